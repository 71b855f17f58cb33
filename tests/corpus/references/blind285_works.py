"""Works for the blind285 pool: what marketers in Angola and its diaspora in Portugal and Brazil cite.

Written without reading the checker, its tests or the other pools. Candidates at Angolan banks, mobile operators,
oil firms, brewers, supermarkets, airlines, insurers and tourism bodies, and Angolans working in Lisbon, Porto and
São Paulo, cite the marketing texts every CIM and MBA candidate cites, African, Lusophone and international journals
(Journal of African Business, African Journal of Economic and Management Studies, Journal of Retailing and Consumer
Services, Revista Angolana de Ciências, Cadernos de Estudos Africanos, Telecommunications Policy), the statistics
office, central bank, regulator and ministries (INE, BNA, INACOM, the Ministério das Finanças, AIPEX) beside the
African Development Bank, the World Bank, the IMF and UNDP Angola, firms' pages and annual reports ("Unitel S.A.",
"Sonangol E.P.", "Banco BAI, S.A.", "Refriango – Indústria e Comércio de Bebidas, Lda."), Portuguese- and
English-language press signed and unsigned, and market research with and without years. Names are written as
Angolan and Portuguese scholars and journals print them: particles kept apart ("dos Santos", "da Silva"), two or
three surnames kept together ("Alves da Rocha", "Ferreira Neto"), Angolan hyphenated surnames ("Van-Dúnem") and
Bantu surnames ("Chivukuvuku", "Kiala").
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
import re
import unicodedata
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "report", "company", "news", "market-research", "web")

_GIVEN = ["João", "José", "Manuel", "António", "Francisco", "Pedro", "Paulo", "Domingos", "Sebastião", "Adão",
          "Avelino", "Joaquim", "Mateus", "Nelson", "Hélder", "Osvaldo", "Edmilson", "Kiame", "Ndala", "Nzuzi",
          "Maria", "Ana", "Isabel", "Teresa", "Luísa", "Conceição", "Esperança", "Fátima", "Graça", "Rosa",
          "Madalena", "Yolanda", "Albertina", "Luzia", "Irene", "Ngola", "Wandi", "Kiesse", "Djamila", "Patrícia",
          "Inês", "Beatriz", "Rui", "Tiago", "Gonçalo", "Luís", "Marta", "Sofia", "Rafael", "Carla"]  # fmt: skip
_SURNAMES = ["Silva", "Santos", "Neto", "Cardoso", "Gonçalves", "Simões", "Lourenço", "Quintas", "Fernandes",
             "Tavares", "Pereira", "Mendes", "Carvalho", "Lopes", "Ribeiro", "Monteiro", "Baptista", "Sebastião",
             "Domingos", "Correia", "Teixeira", "Vieira", "Miranda", "Gaspar", "Nascimento", "Magalhães", "Gomes",
             "Kiala", "Chivukuvuku", "Capitango", "Tchissola", "Mbanza", "Kassoma", "Dembo", "Muanda", "Cahango",
             "Samakuva", "Kanjila", "Sapalo", "Katiavala", "Tchipilika", "Nzinga", "Bento", "Kangamba", "Lutukuta",
             "Mavinga", "Chilala", "Epalanga", "Jamba", "Kalunga", "Nunes", "Brito", "Araújo", "Soares", "Matos"]  # fmt: skip
_PARTICLE_NAMES = [("dos", "Santos"), ("da", "Silva"), ("da", "Costa"), ("de", "Carvalho"), ("dos", "Reis"),
                   ("da", "Rocha"), ("das", "Neves"), ("do", "Nascimento"), ("de", "Almeida"), ("da", "Conceição"),
                   ("da", "Graça"), ("de", "Sousa"), ("da", "Fonseca"), ("dos", "Anjos")]  # fmt: skip
# Two or three surnames as Angolan journals and the candidates print them, kept together as the family name.
_COMPOUND = ["Alves da Rocha", "Ferreira Neto", "Van-Dúnem", "Lopes Van-Dúnem", "Mendes de Carvalho",
             "Pereira Gonçalves", "Sousa e Silva", "Carvalho dos Santos", "Vaz da Conceição", "Teixeira Cândido",
             "Correia de Matos", "Fortunato Kiala", "Pinto de Andrade", "Vieira Lopes", "Gaspar Martins",
             "Sebastião Bento Kiala", "Nunes Júnior", "Dias dos Santos", "Freitas Brito", "Andrade Tchipilika"]  # fmt: skip
# English-language and Brazilian scholars beside them.
_OTHERS = [("Mensah", "Kwame"), ("Adeyemi", "Folake"), ("Okonkwo", "Chidi"), ("Boateng", "Richard"),
           ("Hinson", "Robert E."), ("Mbah", "Nnamdi"), ("Nkosi", "Thandiwe"), ("Ferreira", "Marcos"),
           ("Oliveira", "Juliana"), ("Moutinho", "Luiz"), ("Smith", "Andrew"), ("Brown", "Claire"),
           ("Hughes", "Emma"), ("Taylor", "Gareth"), ("Ncube", "Sipho"), ("Sá", "Rita")]  # fmt: skip

_JOURNALS = ["Journal of African Business", "African Journal of Economic and Management Studies",
             "Journal of Retailing and Consumer Services", "Revista Angolana de Ciências",
             "Cadernos de Estudos Africanos", "Telecommunications Policy", "International Journal of Bank Marketing",
             "Journal of Business Research", "Tourism Management", "Journal of Marketing Communications",
             "International Journal of Emerging Markets", "Revista Portuguesa de Marketing",
             "Energy Policy", "Journal of Services Marketing", "Journal of International Marketing"]  # fmt: skip
_TOPICS = ["mobile money adoption", "brand loyalty in telecoms", "bank account ownership", "customer trust in banks",
           "beer brand equity", "supermarket store choice", "destination image", "airline service quality",
           "insurance awareness", "mobile data pricing", "local content and sourcing", "informal retail",
           "price promotions under inflation", "social media engagement", "financial inclusion",
           "customer satisfaction in banking", "diaspora remittances", "country-of-origin effects",
           "corporate social responsibility in oil", "word of mouth", "prepaid mobile subscribers",
           "consumer ethnocentrism", "digital banking apps", "sponsorship of football"]  # fmt: skip
_PLACES = ["Angola", "Luanda", "Benguela", "Huambo", "Lubango", "Cabinda", "Southern Africa", "Lusophone Africa",
           "Sub-Saharan Africa", "Portugal", "Brazil", "PALOP countries", "Mozambique and Angola"]  # fmt: skip
_PT_TITLES = ["O papel do marketing digital na banca angolana", "Fidelização de clientes no sector das telecomunicações",
              "A inclusão financeira em Angola: desafios e perspectivas", "Comportamento do consumidor em Luanda",
              "Marketing turístico e imagem de destino em Angola", "A diversificação da economia angolana",
              "Estratégias de preço num contexto de inflação", "O mercado de cervejas em Angola",
              "Qualidade de serviço e satisfação no retalho alimentar", "Comunicação de marca e redes sociais"]  # fmt: skip

_PUBLISHERS = [("Mayamba Editora", "Luanda"), ("Edições Sílabo", "Lisboa"), ("Almedina", "Coimbra"),
               ("Routledge", "Abingdon"), ("Palgrave Macmillan", "Cham"), ("Springer", "Cham"), ("Actual Editora", "Lisboa"),
               ("Editora Atlas", "São Paulo"), ("Kogan Page", "London"), ("Edições Colibri", "Lisboa")]  # fmt: skip
# What each body publishes; "" is the fallback for bodies not named here.
_BODY_TITLES = {
    "Instituto Nacional": ["Inquérito sobre despesas e receitas (IDR) {y}", "Índice de preços no consumidor nacional: relatório anual {y}", "Anuário de estatísticas sociais {y}"],
    "INE": ["Inquérito ao emprego em Angola: {quarter} trimestre {y}", "Projecção da população {y}-2050"],
    "Banco Nacional": ["Relatório de inflação: {quarter} trimestre {y}", "Relatório de estabilidade financeira {y}", "Relatório e contas {y}"],
    "Instituto Angolano": ["Estatísticas do sector das telecomunicações: {quarter} trimestre {y}", "Relatório anual do mercado {y}"],
    "Ministério das": ["Orçamento Geral do Estado {y}: relatório de fundamentação", "Plano anual de endividamento {y}"],
    "Ministério do": ["Plano director do turismo de Angola", "Estatísticas do turismo {y}"],
    "Agência de Investimento": ["Guia do investidor: Angola {y}", "Angola: investment opportunities in agribusiness"],
    "AIPEX": ["Guia do investidor: Angola {y}", "Relatório de actividades {y}"],
    "African": ["African economic outlook {y}", "Angola country strategy paper", "Angola: country diagnostic note"],
    "World Bank": ["Angola economic update: {quarter} edition", "Angola poverty assessment", "Angola country economic memorandum"],
    "International Monetary": ["Angola: Article IV consultation", "Angola: selected issues"],
    "IMF": ["Angola: Article IV consultation", "Regional economic outlook: Sub-Saharan Africa"],
    "UNDP": ["Human development report: Angola", "Relatório de desenvolvimento humano {y}"],
    "United Nations": ["Human development report {y}", "Multidimensional poverty in Angola"],
    "Agência Nacional": ["Relatório anual {y}", "Licitação de blocos petrolíferos {y}"],
    "Agência Angolana": ["Relatório do mercado segurador {y}"],
    "Associação Angolana": ["Relatório do sector bancário {y}", "Inclusão financeira em Angola"],
    "Instituto Brasileiro de Geografia": ["Pesquisa nacional por amostra de domicílios {y}"],
    "Turismo de Portugal": ["Turismo em números {y}"],
    "Euromonitor": ["Beer in Angola", "Retailing in Angola", "Soft drinks in Angola", "Consumer foodservice in Angola"],
    "GSMA": ["The mobile economy: Sub-Saharan Africa {y}", "State of the industry report on mobile money {y}", "Angola: mobile market snapshot"],
    "Nielsen": ["Angola retail audit {y}", "Africa prospects: consumer confidence {y}"],
    "Kantar": ["BrandZ Africa {y}", "Worldpanel: Angola consumer insights"],
    "Afrobarometer": ["Summary of results: Angola round {round}", "Angolans' views on corruption and trust"],
    "Statista": ["Number of mobile subscribers in Angola from 2015 to {y}", "Angola: inflation rate from 1985 to {y}"],
    "DataReportal": ["Digital {y}: Angola"],
    "Ipsos": ["Africa lifestyle survey {y}"],
    "": ["Annual report {y}", "Relatório anual {y}"],
}  # fmt: skip

_PLACES_OF = {".ao": "Luanda", "afdb.org": "Abidjan", "worldbank.org": "Washington, DC", "imf.org": "Washington, DC",
              "undp.org": "New York", ".pt": "Lisboa", ".br": "Rio de Janeiro"}  # fmt: skip

_BOOKS = [  # the marketing texts every candidate cites: (authors, year, title, edition, publisher, place)
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane")], 2016, "Marketing management", "15", "Pearson", "Harlow"),
    ([("Kotler", "Philip"), ("Armstrong", "Gary")], 2018, "Principles of marketing", "17", "Pearson", "Harlow"),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], 2019, "Digital marketing", "7", "Pearson", "Harlow"),
    ([("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], 2020, "Principles and practice of marketing", "9", "McGraw-Hill", "London"),
    ([("Sharp", "Byron")], 2010, "How brands grow: what marketers don't know", None, "Oxford University Press", "Melbourne"),
    ([("Porter", "Michael E.")], 1985, "Competitive advantage", None, "Free Press", "New York"),
    ([("Keller", "Kevin Lane")], 2013, "Strategic brand management", "4", "Pearson", "Harlow"),
    ([("Aaker", "David A.")], 1991, "Managing brand equity", None, "Free Press", "New York"),
    ([("Hofstede", "Geert")], 2001, "Culture's consequences", "2", "Sage", "Thousand Oaks, CA"),
    ([("Kapferer", "Jean-Noël")], 2012, "The new strategic brand management", "5", "Kogan Page", "London"),
    ([("Solomon", "Michael R.")], 2020, "Consumer behavior: buying, having, and being", "13", "Pearson", "Harlow"),
    ([("Morrison", "Alastair M.")], 2019, "Marketing and managing tourism destinations", "2", "Routledge", "Abingdon"),
    ([("Wirtz", "Jochen"), ("Lovelock", "Christopher")], 2022, "Services marketing: people, technology, strategy", "9", "World Scientific", "Singapore"),
    ([("Ferreira", "Manuel Ennes")], 2005, "Angola: política económica e desenvolvimento", None, "Almedina", "Coimbra"),
    ([("Alves da Rocha", "Manuel José")], 2011, "Desigualdades e assimetrias regionais em Angola", None, "CEIC/UCAN", "Luanda"),
]  # fmt: skip

# Organisations as these candidates cite them, with what makes each hard.
_GOVERNMENT = [
    ("Instituto Nacional de Estatística (INE)", {"government", "abbreviation"}),
    ("Instituto Nacional de Estatística", {"government"}), ("INE Angola", {"government", "acronym"}),
    ("Banco Nacional de Angola (BNA)", {"government", "abbreviation"}), ("Banco Nacional de Angola", {"government"}),
    ("Instituto Angolano das Comunicações (INACOM)", {"government", "abbreviation"}),
    ("Ministério das Finanças", {"government"}), ("Ministério do Turismo", {"government"}),
    ("Agência de Investimento Privado e Promoção das Exportações (AIPEX)", {"government", "abbreviation"}),
    ("AIPEX", {"government", "acronym"}), ("African Development Bank", {"government"}),
    ("African Development Bank Group (AfDB)", {"government", "abbreviation"}), ("World Bank", {"government"}),
    ("International Monetary Fund (IMF)", {"government", "abbreviation"}), ("IMF", {"government", "acronym"}),
    ("UNDP Angola", {"government", "acronym"}), ("United Nations Development Programme", {"government"}),
    ("Agência Nacional de Petróleo, Gás e Biocombustíveis (ANPG)", {"government", "comma", "abbreviation"}),
    ("Agência Angolana de Regulação e Supervisão de Seguros (ARSEG)", {"government", "abbreviation"}),
    ("Associação Angolana de Bancos (ABANC)", {"trade-body", "abbreviation"}),
    ("Instituto Brasileiro de Geografia e Estatística (IBGE)", {"government", "abbreviation"}),
    ("Turismo de Portugal", {"government"}),
]  # fmt: skip
_COMPANIES = [
    ("Unitel S.A.", {"company"}), ("Unitel", {"company"}), ("Sonangol E.P.", {"company"}), ("Sonangol", {"company"}),
    ("Banco BAI, S.A.", {"company", "comma"}), ("Banco Angolano de Investimentos (BAI)", {"company", "abbreviation"}),
    ("Banco BIC, S.A.", {"company", "comma"}), ("Banco de Fomento Angola (BFA)", {"company", "abbreviation"}),
    ("Banco Sol", {"company"}), ("Refriango – Indústria e Comércio de Bebidas, Lda.", {"company", "comma", "dash"}),
    ("Africell Angola", {"company"}), ("Movicel Telecomunicações, S.A.", {"company", "comma"}),
    ("TAAG Angola Airlines", {"company"}), ("ENSA Seguros de Angola, S.A.", {"company", "comma"}),
    ("Shoprite Holdings Ltd", {"company"}), ("Cuca BGI", {"company"}), ("Nosso Super", {"company"}),
    ("Diageo plc", {"company"}), ("Heineken N.V.", {"company"}), ("Galp Energia, SGPS, S.A.", {"company", "comma"}),
    ("Deloitte Angola", {"company"}), ("KPMG Angola", {"company", "acronym"}),
    ("PwC Angola", {"company"}), ("Ernst & Young Angola", {"company", "ampersand"}),
    ("McKinsey & Company", {"company", "ampersand"}), ("Moody's Investors Service", {"company", "apostrophe"}),
    ("Standard & Poor's", {"company", "ampersand", "apostrophe"}), ("Vodacom Group Limited", {"company"}),
    ("Millennium Atlântico", {"company"}), ("Visit Angola", {"company"}),
]  # fmt: skip
_RESEARCH = [("Euromonitor International", {"market-research"}), ("GSMA Intelligence", {"market-research"}),
             ("Nielsen", {"market-research"}), ("NielsenIQ", {"market-research"}), ("Kantar", {"market-research"}),
             ("Afrobarometer", {"market-research"}), ("Statista", {"market-research"}),
             ("DataReportal", {"market-research"}), ("GSMA", {"market-research", "acronym"}),
             ("Ipsos", {"market-research"})]  # fmt: skip
_PRESS = ["Jornal de Angola", "Expansão", "Novo Jornal", "Observador", "Público", "Lusa", "Macauhub", "Reuters",
          "Ver Angola", "Mercado", "Bloomberg", "Financial Times", "BBC News", "Angop"]  # fmt: skip
_PT_NEWS = ["Unitel ultrapassa 13 milhões de clientes", "BNA mantém a taxa básica de juro",
            "Preço da gasolina sobe em Luanda", "Kero abre nova loja em Talatona", "Cuca lança nova campanha",
            "TAAG retoma voos para Lisboa", "Africell reforça rede 4G nas províncias", "Banco Sol aposta no digital",
            "Inflação abranda pelo terceiro mês", "Turismo angolano à procura de visitantes",
            "Shoprite Angola muda de dono", "Candando investe em lojas de proximidade",
            "Receitas do petróleo caem com a produção", "Kwanza volta a desvalorizar face ao dólar"]  # fmt: skip
_EN_NEWS = ["Angola's kwanza slides as oil output falls", "Africell bets on Angola's young mobile users",
            "Angola cuts fuel subsidies in phased reform", "Angola leaves OPEC over production quotas",
            "Luanda's new airport opens to international flights", "Angolan banks race to digitise",
            "Brewers in Angola face a squeeze on margins", "Angola courts tourists with visa waiver"]  # fmt: skip


class Blind285WorkFactory(WorkFactory):
    """The blind285 pool's works. A subclass, so the other halves' factories are unchanged."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 31 + 28500)
        fake = Faker("pt_PT")
        fake.seed_instance(seed * 211 + 5)
        self.fakers["pt_PT"] = fake
        self.organisations: list[tuple[str, set[str], dict[str, Any], str]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        rng = self.rng
        given = rng.choice(_GIVEN)
        if rng.random() < 0.3:  # two given names, as Angolan and Portuguese authors sign them
            given = f"{given} {rng.choice(_GIVEN)}"
        roll = rng.random()
        if roll < 0.4:
            return {"family": rng.choice(_SURNAMES), "given": given}
        if roll < 0.58:
            particle, family = rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.78:
            return {"family": rng.choice(_COMPOUND), "given": given}
        family, given = rng.choice(_OTHERS)
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        roll = self.rng.random()
        table = _GOVERNMENT if roll < 0.45 else _COMPANIES if roll < 0.85 else _RESEARCH
        name, tags = self.rng.choice(table)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1985, 2004)
        return self.rng.randint(2008, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        first = max(2023, issued[0] + 1 if issued else 2023)
        year = self.rng.randint(min(first, 2025), 2025)
        month = self.rng.randint(1, 12)
        if issued and year == issued[0]:
            month = max(month, issued[1] if len(issued) > 1 else 1)
            return {"date-parts": [[year, month, 28]]}
        return {"date-parts": [[year, month, self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        rng = self.rng
        if rng.random() < 0.25:
            return rng.choice(_PT_TITLES)
        topic, place = rng.choice(_TOPICS), rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"Determinants of {topic}: evidence from {place}",
                 f"{topic[0].upper()}{topic[1:]} and {rng.choice(_TOPICS)} in {place}",
                 f"Rethinking {topic} in an oil economy", f"What drives {topic}? The case of {place}",
                 f"{topic[0].upper()}{topic[1:]} among young consumers in {place}"]  # fmt: skip
        return rng.choice(forms)

    def _slug(self) -> str:
        return self.fakers["en_GB"].slug()

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "report", "company", "news", "market-research", "web"],
            weights=[14, 6, 26, 16, 12, 11, 9, 6],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if all(p["family"] != person["family"] for p in people):
                people.append(person)
        return people

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then a second work of an organisation already drawn, of the same kind and in the same year ("BNA,
        # 2023a" and "2023b"); the press's unsigned pieces keep their own paper's name.
        earlier = [o for o in self.organisations if o[3] == kind]
        if earlier and kind != "news" and "issued" in record and self.rng.random() < 0.14:
            name, tags, issued, _kind = self.rng.choice(earlier)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            year = str(record["issued"]["date-parts"][0][0])
            if kind in ("report", "market-research"):
                record["title"] = self._body_title(name, int(year))
            record["title"] = re.sub(
                r"\b(19|20)\d\d\b(?!.*\b(19|20)\d\d\b)", year, record["title"]
            )  # the last year only
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
            record["URL"] = self._url(name)
        if "issued" in record:
            self.organisations.append((name, tags, record["issued"], kind))
        return super()._org_work(record, kind, name, tags)

    def _body_title(self, name: str, year: int | None) -> str:
        """A title such as the body publishes: the central bank's inflation report, GSMA's Mobile Economy."""
        y = year or 2023
        quarter = self.rng.choice(["I", "II", "III", "IV"])
        titles = next((t for k, t in _BODY_TITLES.items() if name.startswith(k)), _BODY_TITLES[""])
        return self.rng.choice(titles).format(y=y, quarter=quarter, round=self.rng.randint(7, 10))

    def _url(self, name: str) -> str:
        known = {"Instituto Nacional": "ine.gov.ao", "INE": "ine.gov.ao", "Banco Nacional": "bna.ao", "Instituto Angolano": "inacom.gov.ao",
                 "Instituto Brasileiro": "ibge.gov.br", "Turismo de Portugal": "turismodeportugal.pt", "Agência Nacional": "anpg.co.ao",
                 "Agência Angolana": "arseg.ao", "Associação Angolana": "abanc.ao",
                 "Ministério das": "minfin.gov.ao", "Ministério do": "mintur.gov.ao", "AIPEX": "aipex.gov.ao",
                 "Agência de Investimento": "aipex.gov.ao", "African": "afdb.org", "World Bank": "worldbank.org",
                 "International Monetary": "imf.org", "IMF": "imf.org", "UNDP": "undp.org", "United Nations": "undp.org"}  # fmt: skip
        domain = next((d for k, d in known.items() if name.startswith(k)), None)
        if domain is None:
            plain = unicodedata.normalize("NFKD", name.split(" (")[0]).encode("ascii", "ignore").decode()
            words = [
                w
                for w in re.findall(r"[A-Za-z]+", plain)
                if w.lower() not in ("de", "da", "do", "das", "e", "s", "a", "lda", "sa", "plc", "ltd")
            ]
            domain = "".join(words[:2]).lower() + (
                ".co.ao" if "Angola" in name or "S.A." in name or "Lda" in name else ".com"
            )
        return f"https://www.{domain}/{self._slug()}"

    def _book(self) -> Work:
        rng = self.rng
        if rng.random() < 0.4:
            authors, year, title, edition, publisher, place = rng.choice(_BOOKS)
            record: dict[str, Any] = {
                "type": "book", "title": title, "author": [{"family": f, "given": g} for f, g in authors],
                "issued": {"date-parts": [[year]]}, "publisher": publisher, "publisher-place": place,
            }  # fmt: skip
            if edition:
                record["edition"] = edition
            return self._person_work(record, "book")
        record = {
            "type": "book", "title": self._title(), "author": self._people(3), "issued": {"date-parts": [[self.year()]]},
        }  # fmt: skip
        record["publisher"], record["publisher-place"] = rng.choice(_PUBLISHERS)
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3), "editor": self._people(2),
            "container-title": rng.choice(["Marketing in Africa", "Angola: the challenges of diversification",
                                           "Tourism in Lusophone Africa", "Retailing in emerging markets",
                                           "Financial inclusion in Sub-Saharan Africa", "Estudos sobre a economia angolana"]),
            "issued": {"date-parts": [[self.year()]]}, "page": f"{(p := rng.randint(10, 250))}-{p + rng.randint(12, 30)}",
        }  # fmt: skip
        record["publisher"], record["publisher-place"] = rng.choice(_PUBLISHERS[3:])
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        rng = self.rng
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": rng.choice(_JOURNALS), "issued": {"date-parts": [[year]]},
            "volume": str(rng.randint(1, 60)), "issue": str(rng.randint(1, 6)),
            "page": f"{(p := rng.randint(1, 900))}-{p + rng.randint(8, 25)}",
        }  # fmt: skip
        if rng.random() < 0.55:
            record["DOI"] = f"10.{rng.randint(1000, 9999)}/{self._slug()}.{year}.{rng.randint(100, 999)}"
        return self._person_work(record, "journal")

    def _report(self) -> Work:
        rng = self.rng
        year = max(self.year(), 2006) if rng.random() < 0.88 else None
        if rng.random() < 0.18:  # a working paper signed by its authors
            record: dict[str, Any] = {
                "type": "report", "title": self._title(), "author": self._people(4),
                "publisher": (paper := rng.choice([("World Bank", "Washington, DC"), ("International Monetary Fund", "Washington, DC"),
                                                     ("African Development Bank", "Abidjan"), ("CEIC/UCAN", "Luanda")]))[0],
                "publisher-place": paper[1],
            }  # fmt: skip
            if year:
                record["issued"] = {"date-parts": [[year]]}
            return self._person_work(record, "report")
        name, tags = self.rng.choice(_GOVERNMENT)
        record = {"type": "report", "title": self._body_title(name, year), "publisher": name.split(" (")[0],
                  "URL": self._url(name)}  # fmt: skip
        domain = record["URL"].split("/")[2]
        record["publisher-place"] = next((place for end, place in _PLACES_OF.items() if domain.endswith(end)), "Luanda")
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if year else None)
        return self._org_work(record, "report", name, tags)

    def _company(self) -> Work:
        rng = self.rng
        name, tags = rng.choice(_COMPANIES)
        if rng.random() < 0.5:
            year = max(self.year(), 2006)  # the bodies and firms cited publish online since then
            record: dict[str, Any] = {
                "type": "report", "title": rng.choice([f"Relatório e contas {year}", f"Annual report {year}",
                                                       f"Relatório de sustentabilidade {year}", f"Integrated report {year}"]),
                "issued": {"date-parts": [[year]]},
                "URL": self._url(name),
            }  # fmt: skip
            record["accessed"] = self._accessed_after([year])
            return self._org_work(record, "company", name, tags)
        record = {"type": "webpage", "title": rng.choice(["Sobre nós", "About us", "A nossa história", "Our brands",
                                                           "Responsabilidade social", "Produtos e serviços", "Press release"]),
                  "URL": self._url(name)}  # fmt: skip
        if rng.random() < 0.6:
            record["issued"] = {"date-parts": [[self.year()]]}
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        return self._org_work(record, "company", name, tags | ({"undated"} if "issued" not in record else set()))

    def _news(self) -> Work:
        rng = self.rng
        paper = rng.choice(_PRESS)
        english = paper in ("Reuters", "Macauhub", "Bloomberg", "Financial Times", "BBC News") or rng.random() < 0.2
        year = min(self.year(), 2025)
        issued = [year, rng.randint(1, 12), rng.randint(1, 28)]
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": rng.choice(_EN_NEWS if english else _PT_NEWS),
            "container-title": paper, "issued": {"date-parts": [issued]},
            "URL": self._url(paper),
        }  # fmt: skip
        record["accessed"] = self._accessed_after(issued)
        if rng.random() < 0.65:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _market_research(self) -> Work:
        rng = self.rng
        name, tags = rng.choice(_RESEARCH)
        year = max(self.year(), 2010) if rng.random() < 0.85 else None
        record: dict[str, Any] = {"type": "report", "title": self._body_title(name, year), "publisher": name,
                                  "URL": self._url(name)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after([year] if year else None)
        return self._org_work(record, "market-research", name, tags)

    def _web(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "webpage", "title": self._title(),
                                  "URL": f"https://{rng.choice(['www.researchgate.net', 'angolaonline.net', 'www.linkedin.com/pulse', 'medium.com'])}/{self._slug()}"}  # fmt: skip
        if rng.random() < 0.7:
            record["issued"] = {"date-parts": [[self.year()]]}
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        if rng.random() < 0.6:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags)
