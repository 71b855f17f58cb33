"""Works for the seventy-seventh held-out pool, "blind77": what marketers in Portugal, Angola, Mozambique and Cape Verde cite.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a seventy-seventh
hand, without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, trade,
CRM, digital and communications marketers at retailers, banks, telecoms, beverage, energy, airline and tourism
firms in Lisbon, Porto, Luanda, Maputo and Praia cite: Portuguese-language textbooks with English translations in
square brackets, regional and international journals with one to eight authors, dissertações, company reports of
S.A., SGPS, Lda. and E.P. firms, regulators and statistics offices, laws published by the body that issues them,
research firms, the Lusophone press signed and unsigned, LinkedIn and Instagram posts and podcasts; Portuguese
names with several surnames and particles, Angolan, Mozambican, Cape Verdean, Goan, Macanese, Brazilian and
expatriate names.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

_GIVEN = ["João", "José", "Ana Rita", "Maria João", "Conceição", "Gonçalo", "Inês", "Luís", "Sónia", "Filipa",
          "Tiago", "Nuno", "Rui", "Mário", "Isabel", "Helena", "Joana", "Carla", "Paulo", "Ana-Maria", "João Pedro",
          "Francisca", "Bárbara", "Vasco", "Leonor", "Afonso", "Teresa", "Margarida", "Duarte", "Catarina",
          "Adilson", "Edmilson", "Hélder", "Nzinga", "Kiluanji", "Wilson", "Esperança", "Felisberto", "Amélia",
          "Celso", "Nélio", "Énia", "Lutero", "Graça", "Celestino", "Djamila", "Arlindo", "Nilton", "Adalgisa",
          "Maria-Luísa", "Jean-Pierre", "Priya", "Anand", "Thomas", "Sarah", "Klaus", "Siobhán", "Marta", "Sérgio"]  # fmt: skip
# Surnames as written on English-language papers: one or two of them, sometimes joined by "e" or a particle.
_PORTUGUESE = ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa",
               "Fernandes", "Gonçalves", "Gomes", "Lopes", "Marques", "Alves", "Almeida", "Ribeiro", "Pinto",
               "Carvalho", "Teixeira", "Moreira", "Correia", "Mendes", "Nunes", "Soares", "Vieira", "Monteiro",
               "Cardoso", "Rocha", "Raposo", "Brandão", "Magalhães", "Simões", "Fonseca", "Antunes", "Quintela",
               "Loureiro", "Cunha", "Azevedo", "Figueiredo", "Baptista", "Leitão", "Patrício", "Esteves"]  # fmt: skip
_AFRICAN = ["Lourenço", "Kiala", "Mbala", "Neto", "Van-Dúnem", "Kassoma", "Mingas", "Tchipilica", "Sebastião",
            "Cangombe", "Macuácua", "Chissano", "Nhantumbo", "Tembe", "Cossa", "Mondlane", "Mabunda", "Sitoe",
            "Muianga", "Langa", "Tavares", "Fortes", "Semedo", "Varela", "Furtado", "Barros", "Mascarenhas",
            "Évora", "Andrade", "Lima"]  # fmt: skip
_OTHER = [("", "D'Souza"), ("", "Menezes"), ("", "D'Costa"), ("", "Rebello"), ("", "Senna Fernandes"),
          ("", "Nolasco"), ("", "Cavalcanti"), ("", "Albuquerque"), ("", "Souza"), ("", "Müller"), ("", "O'Connor"),
          ("van der", "Merwe"), ("", "Dubois"), ("", "Kowalski"), ("", "Patel"), ("", "Okafor"), ("", "Schäfer"),
          ("", "Lindqvist"), ("", "García-López"), ("de", "Vries")]  # fmt: skip
_PARTICLES = ["da", "dos", "de", "das", "do"]
_WITH_PARTICLE = [("da", "Silva"), ("dos", "Santos"), ("de", "Sousa"), ("da", "Costa"), ("de", "Almeida"),
                  ("dos", "Reis"), ("da", "Cunha"), ("de", "Carvalho"), ("das", "Neves"), ("do", "Rosário"),
                  ("da", "Conceição"), ("de", "Brito"), ("do", "Carmo"), ("da", "Graça"), ("de", "Jesus"),
                  ("dos", "Anjos"), ("da", "Fonseca"), ("de", "Pina")]  # fmt: skip

_PUBLISHERS_PT = [("Edições Sílabo", "Lisboa"), ("Actual Editora", "Lisboa"), ("Almedina", "Coimbra"),
                  ("Escolar Editora", "Lisboa"), ("Porto Editora", "Porto"), ("Plural Editores", "Maputo"),
                  ("Mayamba Editora", "Luanda"), ("Lidel", "Lisboa"), ("Texto Editores", "Luanda"),
                  ("Editora Atlas", "São Paulo")]  # fmt: skip
_PUBLISHERS_EN = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"),
                  ("Wiley", "Chichester"), ("Palgrave Macmillan", "Cham"), ("Oxford University Press", "Oxford"),
                  ("Edward Elgar", "Cheltenham")]  # fmt: skip
_PT_TITLES = [("Marketing estratégico", "Strategic marketing"), ("Gestão da marca", "Brand management"),
              ("Marketing digital em Portugal", "Digital marketing in Portugal"),
              ("O consumidor angolano", "The Angolan consumer"), ("Comunicação integrada de marketing", "Integrated marketing communication"),
              ("Marketing de serviços bancários", "Marketing of banking services"),
              ("Turismo e marketing de destinos", "Tourism and destination marketing"),
              ("Distribuição e retalho alimentar", "Food distribution and retail"),
              ("A fidelização de clientes", "Customer loyalty"), ("Publicidade e sociedade", "Advertising and society"),
              ("Dinheiro móvel em Moçambique", "Mobile money in Mozambique"),
              ("Marcas de vinho portuguesas", "Portuguese wine brands"), ("Mercados africanos lusófonos", "Lusophone African markets"),
              ("Experiência do cliente no retalho", "Customer experience in retail")]  # fmt: skip
_TOPICS = ["mobile money adoption", "private-label strategy", "loyalty cards", "destination image", "wine tourism",
           "beer brand heritage", "telecom churn", "bancassurance", "fuel retail forecourts", "green energy tariffs",
           "airline ancillary revenue", "hotel revenue management", "WhatsApp commerce", "influencer disclosure",
           "diaspora remittances", "price promotions", "omnichannel grocery", "customer satisfaction",
           "corporate reputation", "sponsorship of football", "Black Friday discounting", "financial inclusion",
           "coffee brand loyalty", "CRM in retail banking", "electric mobility", "sustainable packaging",
           "Gen Z and TikTok", "service quality", "country-of-origin effects", "festival marketing"]  # fmt: skip
_CONTEXTS = ["Portugal", "Angola", "Mozambique", "Cape Verde", "Lusophone Africa", "Portuguese retail banking",
             "the Algarve", "Madeira", "Luanda", "Maputo", "the Iberian market", "southern Africa", "small island states",
             "the Portuguese wine sector", "Portuguese telecoms"]  # fmt: skip
_JOURNALS = ["Revista Portuguesa de Marketing", "Portuguese Journal of Management Studies",
             "Tourism & Management Studies", "Journal of Business Research", "International Journal of Hospitality Management",
             "Journal of Retailing and Consumer Services", "European Journal of Marketing", "Tourism Management",
             "African Journal of Economic and Management Studies", "Journal of Destination Marketing & Management",
             "International Journal of Bank Marketing", "Telecommunications Policy", "Journal of African Business",
             "Revista Turismo & Desenvolvimento", "Journal of Wine Research", "Energy Policy"]  # fmt: skip
_UNIVERSITIES = ["Nova School of Business and Economics", "Católica Lisbon School of Business & Economics",
                 "ISEG – Lisbon School of Economics & Management", "ISCTE – Instituto Universitário de Lisboa",
                 "Universidade do Porto", "Universidade Agostinho Neto", "Universidade Eduardo Mondlane",
                 "Universidade de Cabo Verde", "Universidade do Minho", "Universidade do Algarve"]  # fmt: skip
_COMPANIES = [("Jerónimo Martins, SGPS, S.A.", {"company", "comma"}), ("Sonae, SGPS, S.A.", {"company", "comma"}),
              ("Sonae MC", {"company"}), ("Galp Energia, SGPS, S.A.", {"company", "comma"}),
              ("EDP – Energias de Portugal, S.A.", {"company", "dash"}), ("EDP", {"company", "acronym"}),
              ("MEO", {"company", "acronym"}), ("Altice Portugal", {"company"}), ("NOS, SGPS, S.A.", {"company", "comma"}),
              ("Caixa Geral de Depósitos, S.A.", {"company", "comma"}), ("Millennium bcp", {"company"}),
              ("Banco Comercial Português, S.A.", {"company", "comma"}), ("Delta Cafés", {"company"}),
              ("Super Bock Group, SGPS, S.A.", {"company", "comma"}), ("Sogrape Vinhos, S.A.", {"company", "comma"}),
              ("TAP Air Portugal", {"company"}), ("Unitel, S.A.", {"company", "comma"}),
              ("Banco de Fomento Angola (BFA)", {"company", "abbreviation"}), ("Sonangol E.P.", {"company", "abbreviation"}),
              ("Kero", {"company"}), ("Vodacom Moçambique, S.A.", {"company", "comma"}), ("Millennium bim", {"company"}),
              ("Cervejas de Moçambique (CDM)", {"company", "abbreviation"}), ("CV Telecom", {"company"}),
              ("Cabo Verde Airlines", {"company"}), ("Pestana Hotel Group", {"company"}),
              ("Vista Alegre Atlantis, SGPS, S.A.", {"company", "comma"}), ("Fidelidade – Companhia de Seguros, S.A.", {"company", "dash"}),
              ("Mota-Engil, SGPS, S.A.", {"company", "comma"}), ("Worten", {"company"}), ("Pingo Doce", {"company"}),
              ("Lidl Portugal", {"company"}), ("McKinsey & Company", {"company", "ampersand"}),
              ("Deloitte Angola", {"company"}), ("PwC Moçambique", {"company"}), ("Ernst & Young", {"company", "ampersand"}),
              ("O'Neill Consultores, Lda.", {"company", "apostrophe", "comma"}), ("Nando's Moçambique", {"company", "apostrophe"}),
              ("Meios & Publicidade", {"press", "ampersand"}), ("Marketeer", {"press"})]  # fmt: skip
_BODIES = [("Turismo de Portugal, I.P.", {"government", "comma"}), ("Instituto Nacional de Estatística (INE)", {"government", "abbreviation"}),
           ("INE", {"government", "acronym"}), ("Instituto Nacional de Estatística de Angola", {"government"}),
           ("INE Moçambique", {"government"}), ("Instituto Nacional de Estatística de Cabo Verde", {"government"}),
           ("Banco de Portugal", {"government"}), ("Banco Nacional de Angola", {"government"}),
           ("Banco de Moçambique", {"government"}), ("ANACOM", {"government", "acronym"}),
           ("Autoridade Nacional de Comunicações (ANACOM)", {"government", "abbreviation"}),
           ("INACOM", {"government", "acronym"}), ("Comissão Nacional de Proteção de Dados (CNPD)", {"government", "abbreviation"}),
           ("Entidade Reguladora para a Comunicação Social", {"government"}), ("ERSE", {"government", "acronym"}),
           ("Direção-Geral do Consumidor", {"government"}), ("Autoridade da Concorrência", {"government"}),
           ("European Commission", {"government"}), ("Associação Portuguesa de Anunciantes (APAN)", {"trade-body", "abbreviation"}),
           ("Associação Portuguesa de Empresas de Distribuição", {"trade-body"}), ("Instituto Português de Administração de Marketing (IPAM)", {"trade-body", "abbreviation"}),
           ("Chartered Institute of Marketing", {"trade-body"}), ("World Travel & Tourism Council", {"trade-body", "ampersand"}),
           ("GSMA", {"trade-body", "acronym"}), ("Agência para o Desenvolvimento do Turismo (ADT)", {"government", "abbreviation"})]  # fmt: skip
_LAWMAKERS = {"Portugal": "Assembleia da República", "Governo": "Presidência do Conselho de Ministros",
              "Angola": "Assembleia Nacional de Angola", "Mozambique": "Assembleia da República de Moçambique",
              "Cape Verde": "Assembleia Nacional de Cabo Verde", "EU": "European Parliament and Council of the European Union"}  # fmt: skip
_LAWS = [("Portugal", "Lei n.º 58/2019, de 8 de agosto [Law no. 58/2019 on the protection of personal data]", 2019),
         ("Governo", "Decreto-Lei n.º 57/2008, de 26 de março [Decree-Law no. 57/2008 on unfair commercial practices]", 2008),
         ("Governo", "Código da Publicidade: Decreto-Lei n.º 330/90 [Advertising Code]", 1990),
         ("Angola", "Lei n.º 22/11 da Protecção de Dados Pessoais [Law no. 22/11 on personal data protection]", 2011),
         ("Mozambique", "Lei n.º 3/2017 das Transacções Electrónicas [Law no. 3/2017 on electronic transactions]", 2017),
         ("Cape Verde", "Lei n.º 133/V/2001 [Law no. 133/V/2001 on personal data]", 2001),
         ("Portugal", "Lei n.º 16/2022, Lei das Comunicações Eletrónicas [Electronic Communications Law]", 2022),
         ("EU", "Regulation (EU) 2016/679 (General Data Protection Regulation)", 2016),
         ("EU", "Regulation (EU) 2022/2065 (Digital Services Act)", 2022)]  # fmt: skip
_RESEARCH = ["Marktest", "GfK Portugal", "Kantar", "Nielsen", "Euromonitor International", "Statista", "Ipsos APEME",
             "Netsonda", "Kantar Worldpanel", "DataReportal"]  # fmt: skip
_MARKETS = ["beer", "bottled water", "coffee", "mobile telephony", "mobile money", "grocery retail", "wine",
            "fuel retail", "home insurance", "pay TV", "domestic tourism", "soft drinks", "electricity supply"]  # fmt: skip
_PRESS = ["Expresso", "Público", "Jornal de Negócios", "ECO", "Observador", "Jornal de Angola", "Expansão", "O País",
          "Notícias", "A Nação", "Marketeer", "Meios & Publicidade", "Diário de Notícias", "Jornal Económico",
          "Dinheiro Vivo", "Novo Jornal"]  # fmt: skip
_PODCASTS = ["Marketing à Portuguesa", "Conversas de Marca", "O Mercado em Angola", "Pitch Maputo", "Brand Talks PT"]


class Blind77WorkFactory(WorkFactory):
    """The blind77 pool's works. A subclass with its own random source, so no other half changes."""

    KINDS = ("book", "book-translated", "chapter", "journal", "thesis", "company-report", "company-web", "body-report",
             "body-web", "legislation", "market-research", "press", "social", "podcast", "web-person", "undated-web")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 577 + 77077)

    # ------------------------------------------------------------------ people and names
    def person(self) -> dict[str, str]:
        rng = self.rng
        given = rng.choice(_GIVEN)
        roll = rng.random()
        if roll < 0.14:
            particle, family = _OTHER[rng.randrange(len(_OTHER))]
            name = {"family": family, "given": given}
            if particle:
                name["non-dropping-particle"] = particle
            return name
        family = rng.choice(_AFRICAN) if roll < 0.42 else rng.choice(_PORTUGUESE)
        roll = rng.random()
        if roll < 0.18:
            particle, family = rng.choice(_WITH_PARTICLE)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.33:  # two surnames: "Ferreira da Costa", "Marques Mendes", "Sousa e Silva"
            second = rng.choice(_PORTUGUESE + _AFRICAN)
            if second != family:
                joint = rng.choice([" ", " ", " e ", f" {rng.choice(_PARTICLES)} "])
                family = f"{family}{joint}{second}"
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def year(self) -> int:
        if self.rng.random() < 0.04:
            return self.rng.randint(1975, 1999)
        return self.rng.randint(2005, 2025)

    def accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        first = max(2023, issued[0] + 1) if issued else 2023
        year = self.rng.randint(first, max(first, 2025))
        return {"date-parts": [[year, self.rng.randint(1, 11), self.rng.randint(1, 28)]]}

    def _url(self, host: str) -> str:
        slug = "-".join(self.rng.sample(["marca", "clientes", "2024", "relatorio", "digital", "insights", "mercado",
                                         "consumo", "campanha", "noticias", "energia", "turismo"], 3))  # fmt: skip
        return f"https://www.{host}/{slug}"

    def _title(self) -> str:
        rng = self.rng
        topic, context = rng.choice(_TOPICS), rng.choice(_CONTEXTS)
        forms = [f"{topic[0].upper()}{topic[1:]} in {context}", f"The effect of {topic} on {rng.choice(_TOPICS)}",
                 f"{topic[0].upper()}{topic[1:]} and {rng.choice(_TOPICS)}: evidence from {context}",
                 f"Drivers of {topic} among consumers in {context}", f"Rethinking {topic}: a study of {context}",
                 f"What explains {topic}? The case of {context}",
                 f"{topic[0].upper()}{topic[1:]}, trust and {rng.choice(_TOPICS)} in {context}"]  # fmt: skip
        return rng.choice(forms)

    def _issued(self, dated: float = 1.0, day: bool = False) -> dict[str, Any] | None:
        if self.rng.random() >= dated:
            return None
        parts = [self.year()]
        if day:
            parts += [self.rng.randint(1, 12), self.rng.randint(1, 28)]
        return {"date-parts": [parts]}

    def _online(self, record: dict[str, Any], host: str, with_access: float = 0.85) -> None:
        record["URL"] = self._url(host)
        if self.rng.random() < with_access:
            issued = record["issued"]["date-parts"][0] if "issued" in record else None
            record["accessed"] = self.accessed_after(issued)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            list(self.KINDS), weights=[11, 5, 5, 22, 4, 7, 6, 6, 5, 4, 7, 8, 3, 2, 3, 3])[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS_EN)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": self._issued(), "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _book_translated(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS_PT)
        title, english = self.rng.choice(_PT_TITLES)
        subtitle = self.rng.choice(
            [
                "",
                f": {self.rng.choice(['teoria e prática', 'casos portugueses', 'uma abordagem africana', 'conceitos e casos'])}",
            ]
        )
        record: dict[str, Any] = {"type": "book", "title": f"{title}{subtitle} [{english}]", "author": self._people(3),
                                  "issued": self._issued(), "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.4:
            record["edition"] = str(self.rng.randint(2, 12))
        return self._person_work(record, "book-translated")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS_EN + _PUBLISHERS_PT)
        start = self.rng.randint(1, 280)
        record: dict[str, Any] = {"type": "chapter", "title": self._title(), "author": self._people(3),
                                  "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
                                  "container-title": f"Marketing in {self.rng.choice(_CONTEXTS)}", "issued": self._issued(),
                                  "publisher": publisher, "publisher-place": place, "page": f"{start}-{start + self.rng.randint(10, 30)}"}  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 700)
        record: dict[str, Any] = {"type": "article-journal", "title": self._title(), "author": self._people(8),
                                  "container-title": self.rng.choice(_JOURNALS), "issued": self._issued(),
                                  "volume": str(self.rng.randint(1, 160)), "issue": str(self.rng.randint(1, 6)),
                                  "page": f"{start}-{start + self.rng.randint(8, 25)}"}  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.rng.choice(['jbr', 'rpm', 'tms', 'ijhm', 'pjms'])}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        degree = self.rng.choice(["Dissertação de mestrado [Master's dissertation]", "MBA dissertation",
                                  "Tese de doutoramento [PhD thesis]", "Master's dissertation"])  # fmt: skip
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "issued": self._issued(), "genre": degree, "publisher": self.rng.choice(_UNIVERSITIES)}  # fmt: skip
        if self.rng.random() < 0.5:
            self._online(record, "repositorio.ul.pt")
        return self._person_work(record, "thesis")

    def _company_report(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.year()
        title = self.rng.choice([f"Relatório e contas {year} [Annual report {year}]", f"Sustainability report {year}",
                                 f"Integrated annual report {year}", f"Relatório de sustentabilidade {year} [Sustainability report]",
                                 self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name, "publisher-place": self.rng.choice(["Lisboa", "Porto", "Luanda", "Maputo", "Praia"])}  # fmt: skip
        if self.rng.random() < 0.6:
            self._online(record, "investors.example.pt")
        return self._org_work(record, "company-report", name, set(tags))

    def _company_web(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice([self._title(), "Sobre nós [About us]", "A nossa história [Our history]", "Press release: new loyalty app", "Campanha de Natal [Christmas campaign]"])}  # fmt: skip
        issued = self._issued(0.7)
        if issued:
            record["issued"] = issued
        self._online(record, "empresa.pt", 0.8)
        return self._org_work(record, "company-web", name, set(tags) | (set() if issued else {"undated"}))

    def _body_report(self) -> Work:
        name, tags = self.rng.choice(_BODIES)
        year = self.year()
        title = self.rng.choice([f"Estatísticas do turismo {year} [Tourism statistics {year}]", f"Inquérito ao consumo {year}",
                                 f"Relatório de regulação {year} [Regulation report]", f"Deliberação n.º {self.rng.randint(1, 40)}/{year}",
                                 f"Financial inclusion survey {year}", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0], "publisher-place": self.rng.choice(["Lisboa", "Luanda", "Maputo", "Praia", "Brussels"])}  # fmt: skip
        if self.rng.random() < 0.6:
            self._online(record, "ine.pt")
        return self._org_work(record, "body-report", name, set(tags))

    def _body_web(self) -> Work:
        name, tags = self.rng.choice(_BODIES)
        record: dict[str, Any] = {"type": "webpage", "title": self._title()}
        issued = self._issued(0.75)
        if issued:
            record["issued"] = issued
        self._online(record, "gov.example.pt", 0.8)
        return self._org_work(record, "body-web", name, set(tags) | (set() if issued else {"undated"}))

    def _legislation(self) -> Work:
        # Written as the body that issues the law, as a report, so the style cites it as "(Assembleia da República, 2019)".
        country, title, year = self.rng.choice(_LAWS)
        name = _LAWMAKERS[country]
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": self.rng.choice(["Diário da República", "Diário da República", "Official Journal of the European Union", "Imprensa Nacional"])}  # fmt: skip
        if self.rng.random() < 0.5:
            self._online(record, "dre.pt")
        return self._org_work(record, "legislation", name, {"government", "legislation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        market, country = self.rng.choice(_MARKETS), self.rng.choice(["Portugal", "Angola", "Mozambique", "Cape Verde"])
        record: dict[str, Any] = {"type": "report", "publisher": name,
                                  "title": self.rng.choice([f"{market.capitalize()} in {country}", f"{market.capitalize()} - {country} - market report",
                                                            f"Bareme Imprensa: {market}", f"Consumer panel: {market} in {country}",
                                                            f"Share of {market} brands in {country}, by region"])}  # fmt: skip
        issued = self._issued(0.88)
        if issued:
            record["issued"] = issued
        self._online(record, f"{name.split()[0].lower()}.com", 0.85)
        return self._org_work(record, "market-research", name, {"market-research"} | (set() if issued else {"undated"}))

    def _press(self) -> Work:
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": paper,
                                  "issued": self._issued(day=True)}  # fmt: skip
        self._online(record, "jornal.example.pt", 0.85)
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "press")
        return self._org_work(record, "press", paper, {"press"})

    def _social(self) -> Work:
        platform = self.rng.choice(["LinkedIn", "Instagram", "Facebook", "WhatsApp Channel"])
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice([self._title(), "Obrigado a todos pela campanha de Natal!", "Santos Populares: o nosso balanço", "We are hiring in Luanda"]),
                                  "container-title": platform, "issued": self._issued(day=True)}  # fmt: skip
        self._online(record, f"{platform.split()[0].lower()}.com", 0.9)
        if self.rng.random() < 0.5:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        name, tags = self.rng.choice(_COMPANIES)
        return self._org_work(record, "social", name, set(tags))

    def _podcast(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": f"Episódio {self.rng.randint(1, 150)}: {self._title()}",
                                  "container-title": self.rng.choice(_PODCASTS), "author": self._people(2),
                                  "issued": self._issued(day=True)}  # fmt: skip
        self._online(record, "podcasts.example.com", 0.9)
        return self._person_work(record, "podcast")

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "issued": self._issued()}  # fmt: skip
        self._online(record, "blog.example.pt", 0.8)
        return self._person_work(record, "web-person")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title()}
        self._online(record, "site.example.pt", 0.9)
        if self.rng.random() < 0.4:
            record["author"] = self._people(2)
            return self._person_work(record, "undated-web")
        name, tags = self.rng.choice(_COMPANIES + _BODIES)
        return self._org_work(record, "undated-web", name, set(tags) | {"undated"})
