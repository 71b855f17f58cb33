"""Works for the blind119 pool (HELD OUT): what marketers in Angola and Mozambique and their diaspora cite.

Written without reading the checker, its tests or any other pool. The candidates work at banks, telecoms and
mobile-money firms, oil, gas and mining groups, breweries and bottlers, supermarkets, cashew, cotton and prawn
exporters, hotels, airlines and agencies in Luanda, Benguela, Lubango, Huambo, Maputo, Beira, Nampula and Pemba, or
in Lisbon, Porto, Johannesburg and São Paulo. They cite Portuguese and Brazilian textbooks beside the usual English
ones, theses from the Universidade Agostinho Neto, the Universidade Católica de Angola, the Universidade Eduardo
Mondlane and ISCTE, their regulators (BNA, Banco de Moçambique, INACOM, INCM, INE), laws as the Diário da República
and the Boletim da República number them, their press signed and unsigned, and Portuguese titles with English in
square brackets. Names: Portuguese names with several surnames and particles ("dos Santos", "Costa e Silva",
"Van-Dúnem"), Kimbundu, Umbundu, Kikongo, Makhuwa, Sena and Changana names, Indian-Mozambican and settler names
and the expatriates who write about both countries.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
import unicodedata
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

_GIVEN_M = ["João", "José", "António", "Manuel", "Francisco", "Domingos", "Joaquim", "Armando", "Augusto", "Hélder",
            "Adérito", "Celso", "Nelson", "Osvaldo", "Edson", "Walter", "Ivo", "Yuri", "Mateus", "Sebastião",
            "Zeferino", "Lourenço", "Agostinho", "Bartolomeu", "Inocêncio", "Evaristo", "Feliciano", "Belarmino",
            "Gervásio", "Aníbal", "Jacinto", "Hermenegildo", "Custódio", "Kiame", "Ndala", "Nsimba", "Kiluanji",
            "Ngola", "Sakaita", "Tchissola", "Amisse", "Momade", "Assane", "Ussene", "Salimo", "Rafik", "Nizar",
            "Dipak", "Yassin", "Fenias", "Samora", "Ernesto", "Benvindo", "Lutero", "Dinis", "Gaspar"]  # fmt: skip
_GIVEN_F = ["Maria", "Ana", "Isabel", "Joana", "Teresa", "Luísa", "Celeste", "Esperança", "Graça", "Conceição",
            "Fátima", "Lurdes", "Rosária", "Filomena", "Albertina", "Cátia", "Yolanda", "Nádia", "Marisa", "Sónia",
            "Telma", "Helena", "Benvinda", "Perpétua", "Madalena", "Nzinga", "Kianda", "Ngueve", "Tchiyevo", "Luena",
            "Nayma", "Shaquila", "Zulmira", "Aisha", "Fátima Zahra", "Nilza", "Anabela", "Edna", "Jucelina", "Elisa",
            "Deolinda", "Ermelinda", "Hortênsia", "Wanda", "Lwini", "Ndapewa", "Mwaluka", "Jéssica", "Naimo"]  # fmt: skip
# Family names as a reference manager holds them: (particle, family). Several surnames, "e" compounds, "Júnior" and
# "Neto", hyphenated Angolan creole names, Bantu, Indian-Mozambican and settler names.
_FAMILIES: list[tuple[str, str]] = [
    ("", "Fernandes"), ("", "Pereira"), ("", "Gonçalves"), ("", "Rodrigues"), ("", "Lopes"), ("", "Teixeira"),
    ("", "Mendes"), ("", "Cardoso"), ("", "Tavares"), ("", "Carvalho"), ("", "Ribeiro"), ("", "Nogueira"),
    ("dos", "Santos"), ("da", "Silva"), ("da", "Costa"), ("de", "Sousa"), ("das", "Neves"), ("da", "Conceição"),
    ("do", "Rosário"), ("de", "Almeida"), ("", "Dos Santos"), ("", "Da Silva"), ("", "De Sousa"),
    ("", "Costa e Silva"), ("", "Brito e Cunha"), ("", "Sá e Melo"), ("", "Fernandes da Silva"),
    ("", "Lopes de Almeida"), ("", "Pinto Leite"), ("", "Teixeira de Sousa"), ("", "Vieira Dias"),
    ("", "Fontes Pereira"), ("", "Van-Dúnem"), ("", "Van Dúnem"), ("", "Boavida"), ("", "Pitra"), ("", "Carreira"),
    ("", "Santos Júnior"), ("", "Mendes Neto"), ("", "Gomes Filho"), ("", "Assis"), ("", "Lara"),
    # Kimbundu, Kikongo and Umbundu
    ("", "Kiala"), ("", "Nsimba"), ("", "Mbemba"), ("", "Lelo"), ("", "Nzau"), ("", "Kiambata"), ("", "Kassoma"),
    ("", "Kassule"), ("", "Canhanga"), ("", "Cangombe"), ("", "Ngonga"), ("", "Kinanga"), ("", "Cassinda"),
    ("", "Chindecasse"), ("", "Tchipilica"), ("", "Chiwale"), ("", "Sapalalo"), ("", "Chissonde"),
    ("", "Epalanga"), ("", "Chilala"), ("", "Kapitango"), ("", "Ndombele"), ("", "Mvemba"), ("", "Njamba"),
    ("", "Kalupeteka"), ("", "Tchiyuka"),
    # Changana, Ronga, Sena, Ndau and Makhuwa
    ("", "Nhantumbo"), ("", "Cossa"), ("", "Mabunda"), ("", "Macuácua"), ("", "Tembe"), ("", "Chambal"),
    ("", "Muianga"), ("", "Sitoe"), ("", "Manhiça"), ("", "Massinga"), ("", "Chirindza"), ("", "Ngovene"),
    ("", "Maluleque"), ("", "Mucavele"), ("", "Zandamela"), ("", "Langa"), ("", "Bila"), ("", "Mungói"),
    ("", "Biriate"), ("", "Simango"), ("", "Mucombo"), ("", "Namburete"), ("", "Muhate"), ("", "Selemane"),
    ("", "Amisse"), ("", "Ussene"), ("", "Chale"), ("", "Namashulua"), ("", "Muatiacale"), ("", "Nhamussua"),
    # Indian-Mozambican and Portuguese-settler
    ("", "Mussagy"), ("", "Adamgy"), ("", "Jamal"), ("", "Issufo"), ("", "Dauto"), ("", "Karim"), ("", "Vala"),
    ("", "Jiva"), ("", "Ratilal"), ("", "Jamnadas"), ("", "Chamanlal"), ("", "Abdul Satar"), ("", "Gulamo"),
    ("", "Vasconcelos"), ("", "Mascarenhas"), ("", "Albuquerque"), ("", "Magalhães"), ("", "Sá Nogueira"),
    ("de", "Vasconcellos"), ("", "D'Oliveira"), ("", "Ferrão"), ("", "Couto"),
]  # fmt: skip
# Expatriates and diaspora scholars who write about both countries: (particle, family, given).
_EXPATS: list[tuple[str, str, str]] = [
    ("van der", "Merwe", "Pieter"), ("", "Botha", "Annelie"), ("", "Naidoo", "Kavitha"), ("", "Nkosi", "Thabo"),
    ("", "Dlamini", "Zanele"), ("", "Hodges", "Tony"), ("", "Birmingham", "David"), ("", "Newitt", "Malyn"),
    ("", "Soares de Oliveira", "Ricardo"), ("", "Chabal", "Patrick"), ("", "Hanlon", "Joseph"),
    ("de", "Grassi", "Aurora"), ("", "Wang", "Lei"), ("", "Zhang", "Min"), ("", "O'Laughlin", "Bridget"),
    ("", "Castel-Branco", "Carlos Nuno"), ("", "Müller", "Katrin"), ("", "Ferreira", "Juliana"),
    ("", "Azevedo", "Rafael"), ("", "Okonkwo", "Chidi"), ("", "Smith", "Rebecca"), ("", "MacDonald", "Ewan"),
    ("du", "Plessis", "Marike"), ("", "Mhlanga", "Sipho"), ("", "Kotler", "Philip"), ("", "Keller", "Kevin Lane"),
]  # fmt: skip
_ORGS: list[tuple[str, set[str]]] = [
    ("Unitel, S.A.", {"company", "legal-form", "comma"}), ("Unitel", {"company"}),
    ("Vodacom Moçambique, S.A.", {"company", "legal-form", "comma"}), ("Vodacom Moçambique", {"company"}),
    ("M-Pesa", {"company", "hyphen"}), ("Movitel, S.A.", {"company", "legal-form", "comma"}),
    ("Africell Angola", {"company"}), ("Tmcel", {"company"}),
    ("Sonangol E.P.", {"company", "legal-form"}), ("Sonangol", {"company"}), ("Endiama E.P.", {"company", "legal-form"}),
    ("ENH – Empresa Nacional de Hidrocarbonetos, E.P.", {"company", "legal-form", "dash"}),
    ("TotalEnergies EP Mozambique Area 1, Lda.", {"company", "legal-form", "comma"}),
    ("Mozal", {"company"}), ("Vale Moçambique", {"company"}), ("Kenmare Resources plc", {"company"}),
    ("Banco de Fomento Angola (BFA)", {"company", "abbreviation"}), ("Banco BAI", {"company"}),
    ("Banco Angolano de Investimentos, S.A.", {"company", "legal-form", "comma"}),
    ("Millennium bim", {"company", "lowercase"}), ("BCI – Banco Comercial e de Investimentos, S.A.", {"company", "dash"}),
    ("Standard Bank Moçambique", {"company"}), ("Banco Económico", {"company"}),
    ("Cervejas de Moçambique (CDM)", {"company", "abbreviation"}), ("Refriango", {"company"}),
    ("Cuca – Companhia União de Cervejas de Angola, S.A.", {"company", "dash", "legal-form"}),
    ("Coca-Cola Sabco Moçambique", {"company", "hyphen"}), ("Shoprite Angola", {"company"}),
    ("Kero", {"company"}), ("Candando", {"company"}), ("Grupo Casa Angolana (Casa dos Frescos)", {"company"}),
    ("TAAG Linhas Aéreas de Angola", {"company"}), ("LAM – Linhas Aéreas de Moçambique, S.A.", {"company", "dash"}),
    ("Olam Moçambique, Lda.", {"company", "legal-form", "comma"}), ("Condor Cajú, Lda.", {"company", "legal-form"}),
    ("Sonae SGPS, S.A.", {"company", "legal-form", "comma"}), ("Jerónimo Martins, SGPS, S.A.", {"company", "legal-form", "comma"}),
    ("Galp Energia, SGPS, S.A.", {"company", "legal-form", "comma"}), ("Mota-Engil África", {"company", "hyphen"}),
    ("Grupo Visabeira", {"company"}), ("Hotéis Tivoli", {"company"}), ("Grupo Pestana", {"company"}),
    ("Polana Serena Hotel", {"company"}), ("Executive Center (EC) Angola", {"company", "abbreviation"}),
    ("Associação Industrial de Angola (AIA)", {"trade-body", "abbreviation"}),
    ("Associação Angolana de Bancos (ABANC)", {"trade-body", "abbreviation"}),
    ("Associação Moçambicana de Bancos", {"trade-body"}),
    ("Confederação das Associações Económicas de Moçambique (CTA)", {"trade-body", "abbreviation"}),
    ("CTA", {"trade-body", "acronym"}), ("Instituto do Caju de Moçambique (INCAJU)", {"government", "abbreviation"}),
    ("Instituto do Algodão e de Oleaginosas de Moçambique", {"government"}),
    ("Câmara de Comércio e Indústria Portugal-Angola", {"trade-body", "hyphen"}),
    ("GSMA", {"trade-body", "acronym"}), ("GSMA Intelligence", {"market-research"}),
    ("Chartered Institute of Marketing", {"trade-body"}), ("Afrobarometer", {"market-research"}),
    ("KPMG Angola", {"company"}), ("Deloitte Moçambique", {"company"}), ("PwC Angola", {"company"}),
    ("Ernst & Young Angola", {"company", "ampersand"}), ("McKinsey & Company", {"company", "ampersand"}),
]  # fmt: skip
_REGULATORS: list[tuple[str, set[str], str]] = [
    ("Banco Nacional de Angola", {"government"}, "https://www.bna.ao"),
    ("Banco Nacional de Angola (BNA)", {"government", "abbreviation"}, "https://www.bna.ao"),
    ("BNA", {"government", "acronym"}, "https://www.bna.ao"),
    ("Banco de Moçambique", {"government"}, "https://www.bancomoc.mz"),
    ("Instituto Angolano das Comunicações (INACOM)", {"government", "abbreviation"}, "https://www.inacom.gov.ao"),
    ("INACOM", {"government", "acronym"}, "https://www.inacom.gov.ao"),
    ("Instituto Nacional das Comunicações de Moçambique (INCM)", {"government", "abbreviation"}, "https://www.incm.gov.mz"),
    ("INCM", {"government", "acronym"}, "https://www.incm.gov.mz"),
    ("Instituto Nacional de Estatística (INE)", {"government", "abbreviation"}, "https://www.ine.gov.ao"),
    ("INE Moçambique", {"government"}, "https://www.ine.gov.mz"), ("INE Angola", {"government"}, "https://www.ine.gov.ao"),
    ("Comissão do Mercado de Capitais", {"government"}, "https://www.cmc.ao"),
    ("Agência de Investimento Privado e Promoção das Exportações (AIPEX)", {"government", "abbreviation"}, "https://aipex.gov.ao"),
    ("Instituto Nacional de Defesa do Consumidor (INADEC)", {"government", "abbreviation"}, "https://www.inadec.gov.ao"),
    ("Ministério da Indústria e Comércio", {"government"}, "https://www.mic.gov.mz"),
    ("Ministério das Telecomunicações, Tecnologias de Informação e Comunicação Social", {"government", "comma"}, "https://www.minttics.gov.ao"),
    ("Governo de Moçambique", {"government"}, "https://www.portaldogoverno.gov.mz"),
    ("Autoridade Tributária de Moçambique", {"government"}, "https://www.at.gov.mz"),
    ("Administração Geral Tributária (AGT)", {"government", "abbreviation"}, "https://www.agt.minfin.gov.ao"),
    ("Bolsa de Valores de Moçambique", {"government"}, "https://www.bvm.co.mz"),
    ("BODIVA", {"government", "acronym"}, "https://www.bodiva.ao"),
    ("World Bank", {"government"}, "https://www.worldbank.org"), ("UNCTAD", {"government", "acronym"}, "https://unctad.org"),
]  # fmt: skip
# Laws and regulations as candidates list them: the body that made them as author, the number in the title.
_LAWS = [
    ("Assembleia Nacional", "Lei n.º {n}/{yy}, de {d} de {mes}: Lei da Protecção de Dados Pessoais", "Personal Data Protection Law", "ao"),
    ("Assembleia Nacional", "Lei n.º {n}/{yy}, de {d} de {mes}: Lei de Defesa do Consumidor", "Consumer Protection Law", "ao"),
    ("Assembleia Nacional", "Lei n.º {n}/{yy}: Lei Geral da Publicidade", "General Advertising Law", "ao"),
    ("Assembleia Nacional", "Lei n.º {n}/{yy}: Lei das Comunicações Electrónicas e dos Serviços da Sociedade da Informação", "Electronic Communications and Information Society Services Law", "ao"),
    ("República de Angola", "Decreto Presidencial n.º {n}/{yy}: Regulamento do Comércio Electrónico", "E-commerce Regulations", "ao"),
    ("República de Angola", "Decreto Presidencial n.º {n}/{yy}, de {d} de {mes}", "Presidential Decree on the tariffs of mobile services", "ao"),
    ("Banco Nacional de Angola", "Aviso n.º {n}/{yyyy}: Sistemas de pagamento e moeda electrónica", "Payment systems and electronic money", "ao"),
    ("Banco Nacional de Angola", "Instrutivo n.º {n}/{yyyy}", "Instruction on the disclosure of bank charges", "ao"),
    ("Assembleia da República", "Lei n.º {n}/{yyyy}, de {d} de {mes}: Lei das Transacções Electrónicas", "Electronic Transactions Law", "mz"),
    ("Assembleia da República", "Lei n.º {n}/{yyyy}: Lei de Defesa do Consumidor", "Consumer Protection Law", "mz"),
    ("Conselho de Ministros", "Decreto n.º {n}/{yyyy}: Código da Publicidade", "Advertising Code", "mz"),
    ("Banco de Moçambique", "Aviso n.º {n}/GBM/{yyyy}: Regulamento dos Serviços de Pagamento Móvel", "Mobile Payment Services Regulations", "mz"),
    ("Banco de Moçambique", "Circular n.º {n}/SCO/{yyyy}", "Circular on agent banking", "mz"),
    ("República de Moçambique", "Boletim da República, I Série, Número {n}: Decreto n.º {n2}/{yyyy}", "Decree on the registration of SIM cards", "mz"),
    ("Imprensa Nacional de Moçambique, E.P.", "Boletim da República, I Série, Número {n}", "Official Gazette, Series I", "mz"),
    ("Imprensa Nacional – E.P.", "Diário da República, I Série, n.º {n}", "Official Gazette, Series I", "ao"),
]  # fmt: skip
_MESES = ["Janeiro", "Fevereiro", "Março", "Abril", "Maio", "Junho", "Julho", "Agosto", "Setembro", "Outubro",
          "Novembro", "Dezembro"]  # fmt: skip
_PRESS = ["Jornal de Angola", "Expansão", "Novo Jornal", "Valor Económico", "Mercado", "O País", "Notícias",
          "Savana", "Carta de Moçambique", "@Verdade", "Diário Económico", "Club of Mozambique", "Macauhub",
          "Jornal de Negócios", "Expresso", "Público", "Observador", "Mail & Guardian", "Business Day",
          "Folha de S.Paulo", "Valor Econômico", "Exame", "Reuters", "Bloomberg", "The Africa Report",
          "How We Made It in Africa", "DW África", "RTP África", "Lusa", "Financial Times"]  # fmt: skip
_UNIVERSITIES = [("Universidade Agostinho Neto", "Luanda"), ("Universidade Católica de Angola", "Luanda"),
                 ("Universidade Eduardo Mondlane", "Maputo"), ("ISCTE – Instituto Universitário de Lisboa", "Lisboa"),
                 ("Universidade Católica de Moçambique", "Beira"), ("Universidade Lúrio", "Nampula"),
                 ("Universidade Jean Piaget de Angola", "Luanda"), ("Universidade Metodista de Angola", "Luanda"),
                 ("Universidade Katyavala Bwila", "Benguela"), ("Universidade Mandume ya Ndemufayo", "Lubango"),
                 ("Universidade José Eduardo dos Santos", "Huambo"), ("ISCTEM", "Maputo"),
                 ("ISEG – Universidade de Lisboa", "Lisboa"), ("Faculdade de Economia da Universidade do Porto", "Porto"),
                 ("University of the Witwatersrand", "Johannesburg"), ("University of Johannesburg", "Johannesburg"),
                 ("Fundação Getulio Vargas", "São Paulo"), ("Universidade de São Paulo", "São Paulo")]  # fmt: skip
_GENRES = ["Dissertação de Mestrado", "Tese de Doutoramento", "MBA dissertation", "Trabalho de Licenciatura",
           "MSc dissertation", "Dissertação de Mestrado em Marketing", "PhD thesis", "Projecto de Mestrado"]  # fmt: skip
_JOURNALS = ["Journal of African Business", "African Journal of Economic and Management Studies",
             "Journal of Retailing and Consumer Services", "International Journal of Bank Marketing",
             "Journal of Marketing Management", "Cadernos de Estudos Africanos", "Revista Angolana de Sociologia",
             "Revista Brasileira de Marketing", "Revista de Administração de Empresas", "Revista Portuguesa de Marketing",
             "Telecommunications Policy", "Information Technology for Development", "Journal of Southern African Studies",
             "African Journal of Hospitality, Tourism and Leisure", "Journal of Business Research",
             "The Extractive Industries and Society", "Journal of Cleaner Production", "Food Policy",
             "Journal of African Media Studies", "Tourism Management", "Journal of Islamic Marketing",
             "South African Journal of Business Management", "Revista Científica da UEM", "Economia Global e Gestão"]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Oxford University Press", "Oxford"), ("Wiley", "Chichester"), ("Palgrave Macmillan", "Cham"),
               ("Escolar Editora", "Lisboa"), ("Edições Sílabo", "Lisboa"), ("Actual Editora", "Coimbra"),
               ("Lidel", "Lisboa"), ("Mayamba Editora", "Luanda"), ("Editorial Nzila", "Luanda"),
               ("Plural Editores", "Maputo"), ("Alcance Editores", "Maputo"), ("Atlas", "São Paulo"),
               ("Saraiva", "São Paulo"), ("Juta", "Cape Town"), ("Van Schaik", "Pretoria"), ("Hurst", "London"),
               ("James Currey", "Woodbridge"), ("Zed Books", "London")]  # fmt: skip
_TOPICS_PT = [("marketing móvel", "do", "mobile marketing"), ("dinheiro móvel", "do", "mobile money"),
              ("inclusão financeira", "da", "financial inclusion"), ("fidelização de clientes", "da", "customer loyalty"),
              ("comportamento do consumidor", "do", "consumer behaviour"), ("identidade de marca", "da", "brand identity"),
              ("redes sociais", "das", "social media"), ("comércio informal", "do", "informal trade"),
              ("qualidade de serviço", "da", "service quality"), ("publicidade", "da", "advertising"),
              ("turismo", "do", "tourism"), ("consumo de cerveja", "do", "beer consumption"),
              ("exportação de caju", "da", "cashew exports"), ("banca digital", "da", "digital banking"),
              ("patrocínio desportivo", "do", "sports sponsorship"), ("responsabilidade social", "da", "social responsibility"),
              ("mercados informais", "dos", "informal markets"), ("produção nacional", "da", "local production")]  # fmt: skip
_PLACES = [("em Angola", "in Angola"), ("em Moçambique", "in Mozambique"), ("em Luanda", "in Luanda"),
           ("em Maputo", "in Maputo"), ("em Benguela", "in Benguela"), ("na Beira", "in Beira"),
           ("em Nampula", "in Nampula"), ("no Huambo", "in Huambo"), ("no Lubango", "in Lubango"),
           ("em Cabo Delgado", "in Cabo Delgado"), ("em Pemba", "in Pemba"), ("na Matola", "in Matola"),
           ("em Cabinda", "in Cabinda"), ("na região da SADC", "in the SADC region")]  # fmt: skip
_TOPICS_EN = ["mobile money adoption", "customer loyalty in retail banking", "brand equity of local beers",
              "social media marketing", "service quality in hotels", "financial inclusion", "cashew value chains",
              "prawn exports", "airline service recovery", "supermarket expansion", "USSD banking",
              "corporate social responsibility in extractives", "local content", "sports sponsorship",
              "word of mouth on WhatsApp", "price sensitivity after devaluation", "country-of-origin effects",
              "informal retail and the candongueiros", "Facebook commerce", "e-wallet trust"]  # fmt: skip
_MARKETS = ["mobile money", "beer", "soft drinks", "telecoms", "retail banking", "supermarkets", "cashew",
            "prawns", "cement", "insurance", "airlines", "hotels", "cotton", "bottled water"]  # fmt: skip
_RESEARCH = ["Euromonitor International", "Statista", "Kantar", "Ipsos", "GeoPoll", "Marktest", "Intercampus",
             "Consultec", "Fitch Solutions", "GlobalData", "DataReportal", "Afrobarometer", "GSMA Intelligence"]  # fmt: skip


class Blind119WorkFactory(WorkFactory):
    """Works that Angolan and Mozambican marketers and their diaspora cite, from a seeded random source."""

    DRAWN = ("book", "chapter", "journal", "thesis", "conference", "company-web", "company-report", "regulator",
             "law", "market-research", "news", "news-unsigned", "social", "video", "undated-web")  # fmt: skip
    WEIGHTS = (11, 5, 20, 6, 3, 9, 6, 7, 4, 7, 7, 4, 3, 3, 5)
    KINDS = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "news")

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 119 + 11901)
        self.dated_orgs: list[tuple[str, str, set[str], int]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        rng = self.rng
        if rng.random() < 0.13:
            particle, family, given = rng.choice(_EXPATS)
        else:
            particle, family = rng.choice(_FAMILIES)
            given = rng.choice(_GIVEN_M if rng.random() < 0.55 else _GIVEN_F)
            if rng.random() < 0.35:  # two given names, as Portuguese names often have
                second = rng.choice(_GIVEN_M + _GIVEN_F)
                if second != given:
                    given = f"{given} {second}"
        name = {"family": family, "given": given}
        if particle:
            name["non-dropping-particle"] = particle
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if all(name["family"] != p["family"] for p in people):
                people.append(name)
        return people

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGS)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1975, 2002)
        return self.rng.randint(2008, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        rng = self.rng
        first = issued[0] if issued else 2022
        year = rng.randint(max(2022, first), max(2025, first))
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        if issued and year == first and len(issued) > 1:
            month = rng.randint(issued[1], 12)
            if month == issued[1] and len(issued) > 2:
                day = rng.randint(issued[2], 28)
        return {"date-parts": [[year, month, day]]}

    def _online(self, record: dict[str, Any], url: str) -> None:
        record["URL"] = url
        if self.rng.random() < 0.95:  # now and then a candidate leaves the access date off
            issued = record["issued"]["date-parts"][0] if "issued" in record else None
            record["accessed"] = self._accessed_after(issued)

    def _slug(self) -> str:
        words = self.rng.sample(["mercado", "clientes", "kwanza", "marca", "digital", "relatorio", "noticias",
                                 "pagamentos", "carteira", "campanha", "inovacao", "consumo", "precos", "exportacao",
                                 "turismo", "cerveja", "caju", "dados", "rede", "agentes"], 3)  # fmt: skip
        return "-".join(words) + f"-{self.rng.randint(100, 99999)}"

    # ------------------------------------------------------------------ titles
    def _title_pt(self) -> str:
        rng = self.rng
        (pt, de, en), (where, where_en) = rng.choice(_TOPICS_PT), rng.choice(_PLACES)
        forms = [
            (f"O papel {de} {pt} {where}", f"The role of {en} {where_en}"),
            (f"{pt[0].upper()}{pt[1:]} {where}: desafios e oportunidades",
             f"{en[0].upper()}{en[1:]} {where_en}: challenges and opportunities"),
            (f"Determinantes {de} {pt} entre os jovens {where}", f"Determinants of {en} among young people {where_en}"),
            (f"Estratégias de {pt} {where}", f"Strategies for {en} {where_en}"),
            (f"Impacto {de} {pt} no desempenho das PME {where}", f"The impact of {en} on SME performance {where_en}"),
        ]  # fmt: skip
        pt_title, en_title = rng.choice(forms)
        return f"{pt_title} [{en_title}]"

    def _title_en(self) -> str:
        rng = self.rng
        topic, place = rng.choice(_TOPICS_EN), rng.choice(["Angola", "Mozambique", "Luanda", "Maputo", "Lusophone Africa",
                                                            "Sub-Saharan Africa", "the PALOP countries", "Beira",
                                                            "Nampula", "northern Mozambique", "southern Angola"])  # fmt: skip
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"The role of {topic} in {place}",
                 f"Understanding {topic}: evidence from {place}", f"{topic[0].upper()}{topic[1:]} and brand trust in {place}",
                 f"What drives {topic}? A study of {place}", f"Rethinking {topic} after the kwanza devaluation",
                 f"{topic[0].upper()}{topic[1:]}: lessons from {place}"]  # fmt: skip
        return rng.choice(forms)

    def _title(self) -> str:
        return self._title_pt() if self.rng.random() < 0.4 else self._title_en()

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(self.DRAWN, weights=self.WEIGHTS)[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str], group: str = "") -> Work:
        # Now and then the same organisation in the same year as an earlier work of its sort: "(BNA, 2019a)" and
        # "(BNA, 2019b)".
        same = [entry for entry in self.dated_orgs if entry[0] == group]
        if same and "issued" in record and self.rng.random() < 0.14:
            _group, name, tags, year = self.rng.choice(same)
            old = record["issued"]["date-parts"][0][0]
            record["title"] = record["title"].replace(str(old), str(year))
            record["issued"] = {"date-parts": [[year]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after([year])
            if kind == "report" and record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated_orgs.append((group, name, set(tags), record["issued"]["date-parts"][0][0]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        rng = self.rng
        publisher, place = rng.choice(_PUBLISHERS)
        title = self._title()
        if rng.random() < 0.3:
            title = rng.choice(["Marketing management", "Principles of marketing", "Marketing: teoria e prática",
                                "Gestão de marketing [Marketing management]", "Strategic brand management",
                                "Mercator: marketing para o século XXI [Mercator: marketing for the 21st century]",
                                "Digital marketing: strategy, implementation and practice",
                                "Marketing de serviços [Services marketing]", "Angola: a política de Luanda",
                                "A history of Mozambique", "Consumer behaviour in Africa"])  # fmt: skip
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if rng.random() < 0.35:
            record["edition"] = str(rng.randint(2, 17))
        if rng.random() < 0.15:
            record["medium"] = "E-book"
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        rng = self.rng
        publisher, place = rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(rng.randint(1, 3))],
            "container-title": rng.choice(["Marketing in Africa", "Lusophone Africa: intersections between the social sciences",
                                           "Angola: os desafios do desenvolvimento [Angola: the challenges of development]",
                                           "Desafios para Moçambique [Challenges for Mozambique]",
                                           "The Routledge handbook of marketing in emerging economies",
                                           "Mobile money in Africa", "Tourism in Southern Africa"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := rng.randint(1, 350))}-{start + rng.randint(9, 34)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(rng.randint(1, 60)), "issue": str(rng.randint(1, 6)),
            "page": f"{(start := rng.randint(1, 700))}-{start + rng.randint(8, 28)}",
        }  # fmt: skip
        if rng.random() < 0.45:
            record["DOI"] = f"10.{rng.choice([1080, 1108, 1016, 4102, 15446, 1177])}/{self._slug()}"
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        rng = self.rng
        university, place = rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title_pt() if rng.random() < 0.6 else self._title_en(),
            "author": [self.person()], "genre": rng.choice(_GENRES), "publisher": university,
            "publisher-place": place, "issued": {"date-parts": [[rng.randint(2009, 2025)]]},
        }  # fmt: skip
        if rng.random() < 0.4:
            self._online(
                record,
                f"https://repositorio.{rng.choice(['uan.ao', 'ucan.edu', 'uem.mz', 'iscte-iul.pt'])}/handle/{rng.randint(100, 999)}/{rng.randint(1000, 99999)}",
            )
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": rng.choice(["Proceedings of the AIB-SSA Annual Conference", "Academy of Marketing Conference Proceedings",
                                           "Actas das Jornadas Científicas da UEM [Proceedings of the UEM Scientific Days]",
                                           "Proceedings of the IEEE AFRICON", "Anais do EnANPAD",
                                           "Conferência Internacional do IESE [IESE International Conference]"]),
            "publisher-place": rng.choice(["Maputo", "Luanda", "Johannesburg", "Lisboa", "São Paulo", "Nairobi"]),
            "issued": {"date-parts": [[self.year()]]}, "page": f"{(start := rng.randint(1, 400))}-{start + rng.randint(5, 14)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _company_web(self) -> Work:
        rng = self.rng
        name, tags = self.organisation()
        title = rng.choice([self._title(), "Sobre nós [About us]", "Quem somos [Who we are]",
                            "Tarifários e pacotes [Tariffs and bundles]", "Sustentabilidade [Sustainability]",
                            "Press release: new brand identity", "Comunicado de imprensa [Press release]",
                            f"Campanha {rng.choice(['Natal', 'Dia da Independência', 'Carnaval', 'Verão'])} {rng.randint(2015, 2025)}"])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": title}
        if rng.random() < 0.8:
            record["issued"] = {"date-parts": [[self.year()]]}
        domain = self._domain(name.split(",")[0].split(" (")[0])
        self._online(
            record, f"https://www.{domain}.{rng.choice(['co.ao', 'co.mz', 'ao', 'mz', 'com', 'pt'])}/{self._slug()}"
        )
        return self._org_work(record, "web", name, tags, "company")

    def _company_report(self) -> Work:
        rng = self.rng
        name, tags = self.organisation()
        year = self.year()
        title = rng.choice([f"Relatório e Contas {year} [Annual report and accounts {year}]", f"Annual report {year}",
                            f"Relatório de Sustentabilidade {year} [Sustainability report {year}]",
                            f"Integrated report {year}", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name, "publisher-place": rng.choice(["Luanda", "Maputo", "Lisboa", "Beira"])}  # fmt: skip
        if rng.random() < 0.6:
            self._online(record, f"https://www.{self._domain(name.split()[0])}.com/relatorios/{self._slug()}.pdf")
        if rng.random() < 0.1:
            record.pop("issued")
            record.pop("accessed", None)
            if "URL" in record:
                record["accessed"] = self._accessed_after(None)
        return self._org_work(record, "report", name, tags, "company")

    def _regulator(self) -> Work:
        rng = self.rng
        name, tags, site = rng.choice(_REGULATORS)
        year = self.year()
        titles = [f"Relatório Anual {year} [Annual report {year}]", self._title_en()]
        if name.startswith(("Banco", "BNA")):
            titles += [
                f"Relatório de Estabilidade Financeira {year} [Financial stability report {year}]",
                f"Estratégia Nacional de Inclusão Financeira {year}-{year + 5} [National financial inclusion strategy]",
                f"Taxas de câmbio de referência [Reference exchange rates], {year}",
                f"Relatório de Política Monetária, {rng.choice(['Março', 'Junho', 'Setembro', 'Dezembro'])} de {year} [Monetary policy report]",
            ]
        elif name.startswith(("Instituto Angolano das", "INACOM", "Instituto Nacional das", "INCM", "Ministério das")):
            titles += [
                f"Boletim Estatístico do Sector das Telecomunicações {year} [Telecommunications statistical bulletin {year}]",
                f"Indicadores do mercado de comunicações electrónicas, {rng.randint(1, 4)}.º trimestre de {year} [Electronic communications market indicators]",
            ]
        elif name.startswith(("INE", "Instituto Nacional de Estatística")):
            titles += [
                f"Inquérito de Despesas e Receitas {year} [Household budget survey {year}]",
                f"Anuário Estatístico {year} [Statistical yearbook {year}]",
                f"Índice de Preços no Consumidor, {rng.choice(_MESES)} de {year} [Consumer price index]",
            ]
        else:
            titles += [f"Relatório de Actividades {year} [Activity report {year}]", self._title_pt()]
        title = rng.choice(titles)  # fmt: skip
        record: dict[str, Any] = {"type": rng.choice(["report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        if record["type"] == "report":
            place = rng.choice(["Luanda", "Maputo"])
            place = "Luanda" if site.endswith(".ao") else "Maputo" if site.endswith(".mz") else place
            record["publisher"], record["publisher-place"] = name.split(" (")[0], place
        self._online(record, f"{site}/{self._slug()}")
        return self._org_work(
            record, "report" if record["type"] == "report" else "web", name, tags | {"regulator"}, "regulator"
        )

    def _law(self) -> Work:
        rng = self.rng
        author, title, english, country = rng.choice(_LAWS)
        year = rng.randint(2002, 2024)
        filled = title.format(n=rng.randint(1, 45), n2=rng.randint(1, 90), yy=f"{year % 100:02d}", yyyy=year,
                              d=rng.randint(1, 28), mes=rng.choice(_MESES))  # fmt: skip
        record: dict[str, Any] = {
            "type": "webpage",
            "title": f"{filled} [{english}]",
            "issued": {"date-parts": [[year]]},
        }
        site = "https://www.bna.ao" if author.startswith("Banco Nacional") else (
            "https://www.bancomoc.mz" if author.startswith("Banco de") else
            f"https://{rng.choice(['www.parlamento.ao', 'www.governo.gov.ao', 'www.imprensanacional.gov.ao'] if country == 'ao' else ['www.parlamento.mz', 'www.portaldogoverno.gov.mz', 'www.inm.gov.mz'])}")  # fmt: skip
        self._online(record, f"{site}/legislacao/{self._slug()}")
        return self._org_work(record, "web", author, {"government", "legislation"}, "law")

    def _market_research(self) -> Work:
        rng = self.rng
        name = rng.choice(_RESEARCH)
        year = self.year() if rng.random() < 0.9 else None
        market, country = (
            rng.choice(_MARKETS),
            rng.choice(["Angola", "Mozambique", "Portugal", "Sub-Saharan Africa", "the PALOP countries"]),
        )
        written = year or 2024
        titles = [f"{market.capitalize()} in {country}", f"{market.capitalize()} in {country}: market report {written}",
                  f"Digital {written}: {country}", f"{market.capitalize()} market in {country}: size, share and forecast to {written + 6}",
                  f"Mobile money penetration in {country}, {written}", f"Barómetro de consumo {written}: {country} [Consumer barometer {written}]",
                  f"The mobile economy: Sub-Saharan Africa {written}", f"{country}: consumer lifestyles {written}"]  # fmt: skip
        title = rng.choice(titles)
        record: dict[str, Any] = {"type": "report", "title": title[0].upper() + title[1:], "publisher": name}
        if year:
            record["issued"] = {"date-parts": [[year]]}
        self._online(record, f"https://www.{name.split()[0].lower()}.com/{self._slug()}")
        return self._org_work(record, "report", name, {"market-research"}, "research")

    def _dated_press(self) -> dict[str, Any]:
        rng = self.rng
        year = self.year()
        return {"type": "article-newspaper", "container-title": rng.choice(_PRESS),
                "issued": {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]}}  # fmt: skip

    def _press_title(self) -> str:
        rng = self.rng
        brand = rng.choice(
            [
                "Unitel",
                "Vodacom",
                "BFA",
                "Millennium bim",
                "Refriango",
                "CDM",
                "TAAG",
                "LAM",
                "Kero",
                "Shoprite",
                "Movitel",
                "Candando",
            ]
        )
        verb, english = rng.choice(
            [
                ("lança nova campanha", "launches new campaign"),
                ("reforça aposta no digital", "steps up its digital push"),
                ("aumenta lucros", "increases its profits"),
                ("renova a marca", "refreshes its brand"),
                ("baixa preços após desvalorização", "cuts prices after devaluation"),
            ]
        )
        move, moved = rng.choice([("mantém", "holds"), ("sobe", "raises"), ("desce", "cuts")])
        forms = [self._title(), f"{brand} {verb} [{brand} {english}]", f"{brand} rebrands for younger customers",
                 f"BNA {move} taxa básica de juro [BNA {moved} its base rate]",
                 f"Banco de Moçambique {move} taxa MIMO [Bank of Mozambique {moved} the MIMO rate]",
                 "M-Pesa and e-Mola race for the unbanked",
                 "Preço do caju sobe na campanha de comercialização [Cashew price rises in the marketing season]"]  # fmt: skip
        return rng.choice(forms)

    @staticmethod
    def _domain(name: str) -> str:
        plain = unicodedata.normalize("NFKD", name.lower())
        return "".join(ch for ch in plain if ch.isascii() and ch.isalnum())[:16]

    def _news(self) -> Work:
        record = self._dated_press()
        record["title"] = self._press_title()
        record["author"] = self._people(2)
        self._online(
            record,
            f"https://www.{self._domain(record['container-title'])}.{self.rng.choice(['co.ao', 'co.mz', 'pt', 'com', 'com.br'])}/{self._slug()}",
        )
        return self._person_work(record, "news")

    def _news_unsigned(self) -> Work:
        record = self._dated_press()
        record["title"] = self._press_title()
        self._online(record, f"https://www.{self._domain(record['container-title'])}.com/{self._slug()}")
        name = record["container-title"]
        return self._org_work(record, "news", name, {"press"}, "press")

    def _social(self) -> Work:
        rng = self.rng
        platform = rng.choice(["Instagram", "Facebook", "LinkedIn", "X (formerly Twitter)", "TikTok"])
        year = self.year()
        record: dict[str, Any] = {"type": "webpage", "container-title": platform,
                                  "issued": {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]},
                                  "title": rng.choice(["Feliz Dia da Independência, Angola! [Happy Independence Day, Angola!]",
                                                       "25 de Junho: Moçambique celebra [25 June: Mozambique celebrates]",
                                                       "O Carnaval de Luanda chegou [The Luanda Carnival is here]",
                                                       "Kizomba nights are back this weekend", "Obrigado pelos 10 anos! [Thank you for 10 years!]",
                                                       "New data bundles from 500 Kz", "Obrigado, Beira! [Thank you, Beira!]"])}  # fmt: skip
        self._online(record, f"https://www.{platform.split()[0].lower()}.com/{self._slug()}")
        if rng.random() < 0.6:
            name, tags = self.organisation()
            return self._org_work(record, "web", name, tags | {"social"})
        record["author"] = [self.person()]
        return self._person_work(record, "web")

    def _video(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "webpage", "container-title": rng.choice(["YouTube", "Spotify", "Apple Podcasts", "Vimeo"]),
                                  "title": rng.choice([f"{self._title_en()} [Video]", f"{self._title_pt()} [Podcast]",
                                                       "Marketing Talks Luanda, episódio 12 [episode 12] [Podcast]",
                                                       "Como o M-Pesa mudou Moçambique [How M-Pesa changed Mozambique] [Video]"]),
                                  "issued": {"date-parts": [[rng.randint(2016, 2025)]]}}  # fmt: skip
        platform = {
            "YouTube": "https://www.youtube.com/watch?v=",
            "Spotify": "https://open.spotify.com/episode/",
            "Apple Podcasts": "https://podcasts.apple.com/ao/podcast/",
            "Vimeo": "https://vimeo.com/",
        }
        self._online(record, f"{platform[record['container-title']]}{rng.randint(10**6, 10**7)}")
        if rng.random() < 0.5:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags | {"video"})

    def _undated_web(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "webpage", "title": self._title()}
        self._online(
            record,
            f"https://{rng.choice(['www.portaldeangola.com', 'www.clubofmozambique.com', 'www.macauhub.com.mo', 'www.menosfios.com', 'www.exameinformatica.ao'])}/{self._slug()}",
        )
        if rng.random() < 0.4:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        if rng.random() < 0.5:
            name, tags, _site = rng.choice(_REGULATORS)
        else:
            name, tags = self.organisation()
        return self._org_work(record, "web", name, set(tags) | {"undated"})
