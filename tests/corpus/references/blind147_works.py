"""Works for the hundred-and-forty-seventh independent pool, "blind147" (HELD OUT): what marketers in Brazil and its
diaspora cite in CIM Level 6 and 7 reports and MBA assignments written in English.

Brazilian names with several surnames filed under the last one ("Silva, M.A. de S."), the particles de, da, do,
dos and das kept before the surname when the reference manager holds them there ("dos Santos"), Filho, Júnior,
Neto and Sobrinho filed with the surname ("Souza Filho"), names typed with and without their accents ("Conceição"
and "Conceicao"), Japanese-, Italian-, German-, Lebanese- and Portuguese-Brazilian names, and expatriates writing
about Brazil; banks, fintechs, telecoms, retailers, food, drink and beauty makers, airlines, media groups and
agencies with S.A., S/A, Ltda., ME and EIRELI; the Banco Central do Brasil, IBGE, Anatel, ANPD, CONAR and Procon;
laws with "Brasil" as author as candidates trained on ABNT write them; theses and dissertations from USP, FGV,
Unicamp, UFRJ, UFMG and PUC-Rio; the Brazilian and diaspora press signed and unsigned; Portuguese titles with an
English translation in square brackets.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
import re
import unicodedata
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# ---------------------------------------------------------------------------------------------------- people
_GIVEN_F = ["Maria", "Ana", "Juliana", "Fernanda", "Camila", "Patrícia", "Letícia", "Renata", "Beatriz", "Cláudia",
            "Flávia", "Débora", "Tânia", "Júlia", "Heloísa", "Larissa", "Daniela", "Francisca", "Aline", "Mariana",
            "Luíza", "Luiza", "Gabriela", "Vanessa", "Simone", "Adriana", "Thaís", "Bruna", "Raquel", "Lúcia"]  # fmt: skip
_GIVEN_M = ["João", "José", "Antônio", "Antonio", "Luiz", "Luís", "Paulo", "Thiago", "Gabriel", "Rafael", "Márcio",
            "Sérgio", "Gustavo", "Rodrigo", "Vinícius", "Caio", "Marcelo", "Eduardo", "Otávio", "Raimundo",
            "Sebastião", "Fábio", "André", "Leandro", "Diego", "Felipe", "Henrique", "Mauro", "Ricardo", "Wagner"]  # fmt: skip
_SECOND = ["Aparecida", "Cristina", "Eduarda", "Helena", "Clara", "Carolina", "Beatriz", "Fernanda", "Luísa", "Paula",
           "Carlos", "Henrique", "Pedro", "Augusto", "Eduardo", "Felipe", "Roberto", "Ricardo", "Gustavo", "Vitor"]  # fmt: skip
_SURNAMES = ["Silva", "Santos", "Oliveira", "Souza", "Sousa", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima",
             "Gomes", "Costa", "Ribeiro", "Martins", "Carvalho", "Almeida", "Lopes", "Soares", "Fernandes", "Vieira",
             "Barbosa", "Rocha", "Dias", "Nascimento", "Andrade", "Moreira", "Nunes", "Marques", "Machado", "Mendes",
             "Freitas", "Cardoso", "Ramos", "Gonçalves", "Araújo", "Conceição", "Magalhães", "Guimarães", "Brandão",
             "Falcão", "Cavalcanti", "Albuquerque", "Bezerra", "Queiroz", "Monteiro", "Teixeira", "Correia", "Pinto",
             "Batista", "Campos", "Siqueira", "Figueiredo", "Bittencourt", "Vasconcelos", "Xavier", "Leão"]  # fmt: skip
# The same surname as a Brazilian keyboard and as an English or a phone keyboard writes it.
_UNACCENTED = {"Gonçalves": "Goncalves", "Araújo": "Araujo", "Conceição": "Conceicao", "Magalhães": "Magalhaes",
               "Guimarães": "Guimaraes", "Brandão": "Brandao", "Falcão": "Falcao", "Leão": "Leao",
               "Assunção": "Assuncao", "Simões": "Simoes", "Antônio": "Antonio"}  # fmt: skip
_PARTICLES = ["de", "da", "do", "dos", "das"]
_PARTICLE_FAMILIES = [("dos", "Santos"), ("da", "Silva"), ("de", "Oliveira"), ("da", "Costa"), ("de", "Souza"),
                      ("do", "Nascimento"), ("das", "Neves"), ("dos", "Reis"), ("de", "Jesus"), ("da", "Cunha"),
                      ("do", "Carmo"), ("de", "Assis"), ("da", "Rocha"), ("das", "Chagas"), ("do", "Amaral")]  # fmt: skip
_GENERATIONAL = ["Filho", "Júnior", "Junior", "Neto", "Sobrinho"]
_COMPOUND = ["Moreira Salles", "Castello Branco", "Villas Bôas", "Leite Ribeiro", "Mello Franco", "Prado Júnior",
             "Bueno de Camargo", "Pires de Almeida", "Sant'Anna", "D'Ávila", "Dall'Agnol", "Dell'Isola"]  # fmt: skip
# Names of the communities that made Brazil's cities: (family names, given names typical of the Brazilian-born).
_JAPANESE = (["Tanaka", "Yamamoto", "Nakamura", "Sato", "Watanabe", "Kobayashi", "Ito", "Takahashi", "Hashimoto",
              "Okada", "Higa", "Shimizu", "Matsumoto", "Kimura", "Oshiro", "Hayashi", "Miyazaki", "Fujita"],
             ["Paulo Kenji", "Érica Yumi", "Marcos Hiroshi", "Juliana Akemi", "Ricardo Hideki", "Cristina Emi",
              "Fernando Takeshi", "Mayumi", "Hiroshi", "Lucas Massao", "Sandra Satiko", "Tiago Minoru"])  # fmt: skip
_ITALIAN = (["Bianchi", "Ferrari", "Rossi", "Marchetti", "Zanini", "Bortolotto", "Lorenzetti", "Pizzolatto",
             "Matarazzo", "Giacomelli", "Tomasi", "Bellini", "Colombo", "Caldeira Sartori", "Di Giorgio", "Dal Pozzo"],
            ["Giovana", "Matheus", "Luciano", "Silvana", "Renato", "Elisa", "Gianluca", "Carla", "Bruno", "Lorena"])  # fmt: skip
_GERMAN = (["Schmidt", "Müller", "Mueller", "Becker", "Hoffmann", "Klein", "Schneider", "Krüger", "Weber", "Wolff",
            "Hering", "Renaux", "Stein", "Zimmermann", "Kuhn", "Wagner"],
           ["Ingrid", "Ernesto", "Helga", "Otto", "Marlene", "Rolf", "Gisele", "Arno", "Karin", "Jaime"])  # fmt: skip
_LEBANESE = (["Haddad", "Abdalla", "Maluf", "Jafet", "Salomão", "Khoury", "Nassar", "Sabbag", "Bittar", "Farah",
              "Kalil", "Jereissati", "Daher", "Saad", "Chaib", "Hajjar", "Assad", "Zogbi"],
             ["Samir", "Fuad", "Nádia", "Jorge", "Leila", "Michel", "Salim", "Rania", "Tuffy", "Soraya", "Elias"])  # fmt: skip
_PORTUGUESE = (["Antunes", "Quintela", "Mota", "Sá", "Coelho", "Fonseca", "Pacheco", "Tavares", "Simões", "Leitão",
                "Amaral", "Pinheiro", "Assunção"],
               ["Inês", "Tiago", "Gonçalo", "Rita", "Duarte", "Joana", "Nuno", "Mafalda", "Rui", "Catarina"])  # fmt: skip
# Expatriates, visiting scholars and foreign correspondents who write about Brazilian markets.
_EXPATRIATES = [("Whitaker", "Emily"), ("Baker", "Thomas"), ("O'Connor", "Siobhan"), ("McAllister", "Fiona"),
                ("Hudson", "Mark"), ("Kowalski", "Anna"), ("Fernández", "Lucía"), ("García", "Diego"),
                ("Suzuki", "Takumi"), ("Fontaine", "Claire"), ("Van den Berg", "Pieter"), ("Lindqvist", "Erik"),
                ("Goldberg", "Rachel"), ("Okafor", "Chinedu"), ("Chen", "Wei"), ("Patel", "Ravi")]  # fmt: skip

# ---------------------------------------------------------------------------------------------------- organisations
_COMPANIES = [
    "Itaú Unibanco Holding S.A.", "Itaú Unibanco", "Banco Bradesco S.A.", "Bradesco", "Banco do Brasil S.A.",
    "Banco do Brasil", "Caixa Econômica Federal", "Nu Holdings Ltd.", "Nubank", "Banco Inter S.A.", "Inter&Co",
    "PicPay", "Telefônica Brasil S.A.", "Vivo", "Claro Brasil", "TIM S.A.", "TIM Brasil", "Magazine Luiza S.A.",
    "Magalu", "Grupo Casas Bahia S.A.", "Via S.A.", "Americanas S.A.", "Mercado Livre", "Lojas Renner S.A.",
    "Guararapes Confecções S/A", "Riachuelo", "Ambev S.A.", "JBS S.A.", "BRF S.A.", "Natura &Co", "Natura",
    "Grupo Boticário", "O Boticário", "Alpargatas S.A.", "Havaianas", "LATAM Airlines Brasil", "GOL Linhas Aéreas",
    "Azul S.A.", "Azul Linhas Aéreas Brasileiras", "Grupo Globo", "Globo", "Record TV", "Grupo Folha",
    "Grupo Estado", "iFood", "Stone Co.", "Cielo S.A.", "Localiza&Co", "Raia Drogasil S.A.", "Cacau Show",
    "AlmapBBDO", "Africa Creative DDB", "WMcCann", "Ogilvy Brasil", "Publicis Brasil", "DM9",
    "Pimenta Digital Comunicação Ltda.", "Caju Conteúdo e Mídia EIRELI", "Mandacaru Marketing ME",
    "Jabuticaba Inteligência de Mercado Ltda.", "Ipê Roxo Branding S/A",
]  # fmt: skip
_REGULATORS = [
    "Banco Central do Brasil", "Banco Central do Brasil (BCB)", "BCB", "Instituto Brasileiro de Geografia e Estatística (IBGE)",
    "IBGE", "Instituto Brasileiro de Geografia e Estatística", "Agência Nacional de Telecomunicações (Anatel)", "Anatel",
    "Autoridade Nacional de Proteção de Dados (ANPD)", "ANPD", "Fundação Procon-SP", "Procon-SP", "Procon",
    "Conselho Nacional de Autorregulamentação Publicitária (CONAR)", "CONAR", "Secretaria Nacional do Consumidor (Senacon)",
    "Comissão de Valores Mobiliários (CVM)", "Instituto de Pesquisa Econômica Aplicada (Ipea)", "Ministério da Fazenda",
    "Ministério do Desenvolvimento, Indústria, Comércio e Serviços", "Agência Nacional de Aviação Civil (ANAC)",
    "Prefeitura de São Paulo", "Governo do Estado de Pernambuco", "Brasil",
]  # fmt: skip
_TRADE_BODIES = [
    "Federação Brasileira de Bancos (FEBRABAN)", "FEBRABAN", "Associação Brasileira de Comércio Eletrônico (ABComm)",
    "ABComm", "Associação Brasileira de Anunciantes (ABA)", "IAB Brasil", "Associação Brasileira de Supermercados (ABRAS)",
    "Serviço Brasileiro de Apoio às Micro e Pequenas Empresas (Sebrae)", "Sebrae", "Associação Brasileira de Fintechs (ABFintechs)",
    "Associação Brasileira das Empresas Aéreas (Abear)", "Confederação Nacional do Comércio de Bens, Serviços e Turismo (CNC)",
    "Câmara de Comércio Brasil-Japão", "Câmara de Comércio Árabe-Brasileira", "Brazil-U.S. Business Council",
    "Associação Brasileira de Marketing de Dados (ABEMD)",
]  # fmt: skip
_RESEARCH = ["Kantar IBOPE Media", "NielsenIQ Ebit", "Ipsos Brasil", "Euromonitor International", "Statista",
             "Datafolha", "Instituto Locomotiva", "Opinion Box", "Conversion", "Mintel", "Serasa Experian",
             "Quaest", "Ipec", "McKinsey & Company", "Bain & Company", "Deloitte Brasil", "PwC Brasil"]  # fmt: skip
# (name, is the name a paper's masthead, city)
_PRESS = [("Folha de S.Paulo", "São Paulo"), ("O Estado de S. Paulo", "São Paulo"), ("O Globo", "Rio de Janeiro"),
          ("Valor Econômico", "São Paulo"), ("Exame", "São Paulo"), ("Meio & Mensagem", "São Paulo"),
          ("InfoMoney", "São Paulo"), ("Veja", "São Paulo"), ("Época Negócios", "São Paulo"), ("Propmark", "São Paulo"),
          ("g1", "Rio de Janeiro"), ("UOL Economia", "São Paulo"), ("Bloomberg Línea", "Miami"),
          ("Financial Times", "London"), ("Reuters", "London"), ("Rest of World", "New York"),
          ("The Brazilian Report", "São Paulo"), ("Brazil Journal", "São Paulo"), ("Correio Braziliense", "Brasília"),
          ("Jornal do Commercio", "Recife"), ("Zero Hora", "Porto Alegre"), ("Gazeta do Povo", "Curitiba"),
          ("Diário do Nordeste", "Fortaleza"), ("A Crítica", "Manaus"), ("Estado de Minas", "Belo Horizonte"),
          ("Correio", "Salvador"), ("Público", "Lisbon"), ("Expresso", "Lisbon"), ("Brazilian Times", "Boston"),
          ("Nikkey Shimbun", "São Paulo"), ("The Economist", "London")]  # fmt: skip
_UNSIGNED_PRESS = ["The Economist", "Meio & Mensagem", "Propmark", "g1", "Exame", "Valor Econômico", "Brazil Journal"]

# ---------------------------------------------------------------------------------------------------- titles
_TOPICS = [
    ("o Pix e a jornada do consumidor", "Pix and the consumer journey"),
    ("a fidelização de clientes em bancos digitais", "customer loyalty at digital banks"),
    ("o marketing de influência no Instagram", "influencer marketing on Instagram"),
    ("o comportamento do consumidor na Black Friday", "consumer behaviour on Black Friday"),
    ("o varejo omnicanal", "omnichannel retail"),
    ("a LGPD e o marketing orientado por dados", "the LGPD and data-driven marketing"),
    ("a autorregulamentação publicitária", "advertising self-regulation"),
    ("o consumo das classes C e D", "consumption in classes C and D"),
    ("a economia criativa do Carnaval", "the creative economy of Carnaval"),
    ("as compras pelo WhatsApp", "shopping on WhatsApp"),
    ("o live commerce", "live commerce"),
    ("as marcas e a sustentabilidade na Amazônia", "brands and sustainability in the Amazon"),
    ("o consumidor da periferia", "the consumer of the urban periphery"),
    ("o branding de fintechs", "fintech branding"),
    ("o cashback e os programas de fidelidade", "cashback and loyalty schemes"),
    ("as reclamações no Reclame Aqui", "complaints on Reclame Aqui"),
    ("o marketing esportivo no futebol", "sports marketing in football"),
    ("o consumidor 50+", "the over-50 consumer"),
    ("a experiência do cliente em companhias aéreas", "customer experience at airlines"),
    ("a beleza e a diversidade racial", "beauty and racial diversity"),
    ("o merchandising em telenovelas", "product placement in telenovelas"),
    ("o open finance", "open finance"),
    ("o parcelamento sem juros", "interest-free instalments"),
    ("a publicidade infantil", "advertising to children"),
    ("o marketing de datas comemorativas", "marketing around seasonal dates"),
    ("a portabilidade numérica na telefonia móvel", "mobile number portability"),
    ("o greenwashing no setor de cosméticos", "greenwashing in cosmetics"),
    ("os super apps", "super apps"),
]  # fmt: skip
_PLACES = [("São Paulo", "São Paulo"), ("Rio de Janeiro", "Rio de Janeiro"), ("Belo Horizonte", "Belo Horizonte"),
           ("Porto Alegre", "Porto Alegre"), ("Curitiba", "Curitiba"), ("Recife", "Recife"), ("Salvador", "Salvador"),
           ("Fortaleza", "Fortaleza"), ("Manaus", "Manaus"), ("Brasília", "Brasília"), ("no Nordeste", "the Nordeste"),
           ("no interior paulista", "the interior of São Paulo state")]  # fmt: skip
_BRANDS = ["Nubank", "Itaú", "Bradesco", "Magalu", "Natura", "O Boticário", "Havaianas", "Ambev", "Vivo", "Mercado Livre",
           "Casas Bahia", "Renner", "iFood", "PicPay", "Banco Inter", "Azul", "GOL", "Guaraná Antarctica"]  # fmt: skip
_JOURNALS = ["RAE – Revista de Administração de Empresas", "Revista de Administração Contemporânea",
             "BAR – Brazilian Administration Review", "Revista Brasileira de Marketing", "Cadernos EBAPE.BR",
             "Organizações & Sociedade", "Revista Brasileira de Gestão de Negócios", "Revista de Administração da UFSM",
             "Revista de Administração Mackenzie", "Journal of Business Research", "International Journal of Bank Marketing",
             "Journal of Retailing and Consumer Services", "Latin American Business Review", "Psychology & Marketing",
             "Journal of Consumer Behaviour", "International Marketing Review", "Academia Revista Latinoamericana de Administración"]  # fmt: skip
_PUBLISHERS = [("Atlas", "São Paulo"), ("Saraiva Educação", "São Paulo"), ("Elsevier", "Rio de Janeiro"),
               ("FGV Editora", "Rio de Janeiro"), ("Pearson Prentice Hall", "São Paulo"), ("Bookman", "Porto Alegre"),
               ("Cengage Learning", "São Paulo"), ("Sextante", "Rio de Janeiro"), ("Editora Gente", "São Paulo"),
               ("Alta Books", "Rio de Janeiro"), ("Actual Editora", "Lisboa"), ("Edusp", "São Paulo"),
               ("Editora UFMG", "Belo Horizonte"), ("Zahar", "Rio de Janeiro"), ("Kogan Page", "London"),
               ("Routledge", "Abingdon"), ("Palgrave Macmillan", "Cham"), ("Edições Sílabo", "Lisboa")]  # fmt: skip
# (university, repository host, degree names as the catalogue writes them)
_UNIVERSITIES = [
    ("Universidade de São Paulo", "teses.usp.br", ["Dissertação (Mestrado em Administração)", "Tese (Doutorado em Administração)"]),
    ("Fundação Getulio Vargas", "repositorio.fgv.br", ["Dissertação (Mestrado Profissional em Administração)", "MBA thesis", "Tese (Doutorado em Administração de Empresas)"]),
    ("Universidade Estadual de Campinas", "repositorio.unicamp.br", ["Dissertação (Mestrado em Economia)", "Tese (Doutorado em Ciências Sociais)"]),
    ("Universidade Federal do Rio de Janeiro", "pantheon.ufrj.br", ["Dissertação (Mestrado em Administração)", "Trabalho de Conclusão de Curso (Graduação em Comunicação Social)"]),
    ("Universidade Federal de Minas Gerais", "repositorio.ufmg.br", ["Dissertação (Mestrado em Administração)", "Tese (Doutorado em Administração)"]),
    ("Pontifícia Universidade Católica do Rio de Janeiro", "maxwell.vrac.puc-rio.br", ["Dissertação (Mestrado em Administração de Empresas)", "Tese (Doutorado em Administração de Empresas)"]),
    ("Universidade Nova de Lisboa", "run.unl.pt", ["Dissertação de Mestrado em Gestão", "MSc dissertation"]),
    ("Boston University", "open.bu.edu", ["MBA dissertation", "DBA thesis"]),
]  # fmt: skip
_MONTHS_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
              "novembro", "dezembro"]  # fmt: skip
# Laws and regulations as they are numbered: (author, title with its number and date, year, URL).
_LAWS = [
    ("Brasil", "Lei nº 13.709, de 14 de agosto de 2018. Lei Geral de Proteção de Dados Pessoais (LGPD)", 2018, "https://www.planalto.gov.br/ccivil_03/_ato2015-2018/2018/lei/l13709.htm"),
    ("Brasil", "Lei nº 8.078, de 11 de setembro de 1990. Dispõe sobre a proteção do consumidor e dá outras providências [Consumer Protection Code]", 1990, "https://www.planalto.gov.br/ccivil_03/leis/l8078compilado.htm"),
    ("Brasil", "Decreto nº 7.962, de 15 de março de 2013. Regulamenta a Lei nº 8.078 para dispor sobre a contratação no comércio eletrônico", 2013, "https://www.planalto.gov.br/ccivil_03/_ato2011-2014/2013/decreto/d7962.htm"),
    ("Brasil", "Lei nº 12.965, de 23 de abril de 2014. Marco Civil da Internet [Brazilian Internet Civil Framework]", 2014, "https://www.planalto.gov.br/ccivil_03/_ato2011-2014/2014/lei/l12965.htm"),
    ("Brasil", "Lei nº 14.181, de 1º de julho de 2021 (Lei do Superendividamento) [Over-indebtedness Act]", 2021, "https://www.planalto.gov.br/ccivil_03/_ato2019-2022/2021/lei/l14181.htm"),
    ("Brasil", "Lei Complementar nº 123, de 14 de dezembro de 2006. Estatuto Nacional da Microempresa e da Empresa de Pequeno Porte", 2006, "https://www.planalto.gov.br/ccivil_03/leis/lcp/lcp123.htm"),
    ("Brasil", "Lei nº 14.790, de 29 de dezembro de 2023. Dispõe sobre a modalidade lotérica de apostas de quota fixa", 2023, "https://www.planalto.gov.br/ccivil_03/_ato2023-2026/2023/lei/l14790.htm"),
    ("Banco Central do Brasil", "Resolução BCB nº 1, de 12 de agosto de 2020. Institui o arranjo de pagamentos Pix e aprova o seu Regulamento", 2020, "https://www.bcb.gov.br/estabilidadefinanceira/exibenormativo?tipo=Resolução%20BCB&numero=1"),
    ("Banco Central do Brasil", "Resolução Conjunta nº 1, de 4 de maio de 2020. Dispõe sobre a implementação do Sistema Financeiro Aberto (Open Banking)", 2020, "https://www.bcb.gov.br/estabilidadefinanceira/exibenormativo?tipo=Resolução%20Conjunta&numero=1"),
    ("Autoridade Nacional de Proteção de Dados (ANPD)", "Resolução CD/ANPD nº 2, de 27 de janeiro de 2022. Regulamento de aplicação da LGPD para agentes de tratamento de pequeno porte", 2022, "https://www.gov.br/anpd/pt-br/documentos-e-publicacoes/regulamentacoes-da-anpd/resolucao-cd-anpd-no-2-de-27-de-janeiro-de-2022"),
    ("Agência Nacional de Telecomunicações (Anatel)", "Resolução nº 632, de 7 de março de 2014. Regulamento Geral de Direitos do Consumidor de Serviços de Telecomunicações (RGC)", 2014, "https://informacoes.anatel.gov.br/legislacao/resolucoes/2014/750-resolucao-632"),
    ("CONAR", "Código Brasileiro de Autorregulamentação Publicitária [Brazilian Advertising Self-Regulation Code]", 1980, "http://www.conar.org.br/codigo"),
    ("Brasil", "Lei nº 14.478, de 21 de dezembro de 2022. Dispõe sobre diretrizes a serem observadas na prestação de serviços de ativos virtuais", 2022, "https://www.planalto.gov.br/ccivil_03/_ato2019-2022/2022/lei/l14478.htm"),
]  # fmt: skip


_GENERIC = {"banco", "grupo", "lojas", "the", "o", "a", "instituto", "fundação", "agência", "conselho", "secretaria",
            "comissão", "ministério", "associação", "federação", "serviço", "câmara", "confederação",
            "governo", "nu", "estado", "jornal", "revista", "diário", "correio", "de", "do", "da", "dos", "das", "e"}  # fmt: skip


def _host(name: str) -> str:
    """A web host's first label from a name: the abbreviation in its brackets, else its first telling word."""
    if "(" in name:
        word = name.rsplit("(", 1)[1].strip(")")
    else:
        words = [w for w in name.replace("-", " ").split() if w.casefold() not in _GENERIC] or name.split()
        word = words[0]
    plain = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in plain if ch.isascii() and ch.isalnum()).lower() or "portal"


class Blind147WorkFactory(WorkFactory):
    """Works a candidate in Brazil or its diaspora cites, drawn from a seeded random source of the pool's own."""

    DRAWN: ClassVar[dict[str, int]] = {"book": 12, "chapter": 6, "journal": 22, "thesis": 6, "conference": 5, "company-web": 8,
             "company-report": 6, "trade-body": 5, "regulator": 7, "legislation": 4, "market-research": 8,
             "news": 8, "unsigned-news": 3, "social": 3, "video": 3, "undated-web": 4}  # fmt: skip
    KINDS: ClassVar[tuple[str, ...]] = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "legislation", "news", "post",
             "video")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 147 + 14701)
        self.organisations: list[tuple[str, list[int]]] = []

    # ------------------------------------------------------------------ names
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        female = rng.random() < 0.55
        given = rng.choice(_GIVEN_F if female else _GIVEN_M)
        if roll < 0.28:  # one surname, sometimes a second given name
            name = {"family": rng.choice(_SURNAMES), "given": given}
            if rng.random() < 0.5:
                name["given"] = f"{given} {rng.choice(_SECOND)}"
        elif roll < 0.45:  # several surnames, filed by the last: "Silva, M.A. de S."
            middle = rng.choice(_SURNAMES)
            particle = rng.choice([*_PARTICLES, "", ""])
            middle = f"{particle} {middle}".strip()
            name = {"family": rng.choice(_SURNAMES), "given": f"{given} {middle}"}
            if rng.random() < 0.3:
                name["given"] = f"{given} {rng.choice(_SECOND)} {middle}"
        elif roll < 0.55:  # the particle held before the surname: "dos Santos"
            particle, family = rng.choice(_PARTICLE_FAMILIES)
            name = {"family": family, "given": given, "non-dropping-particle": particle}
        elif roll < 0.62:  # Filho, Júnior, Neto, Sobrinho filed with the surname
            name = {"family": f"{rng.choice(_SURNAMES)} {rng.choice(_GENERATIONAL)}",
                    "given": rng.choice(_GIVEN_M)}  # fmt: skip
            if rng.random() < 0.4:
                name["given"] = f"{name['given']} {rng.choice(_SECOND[10:])}"
        elif roll < 0.66:  # a compound or apostrophised surname
            name = {"family": rng.choice(_COMPOUND), "given": given}
        elif roll < 0.86:  # Japanese-, Italian-, German-, Lebanese- and Portuguese-Brazilian names
            families, givens = rng.choice([_JAPANESE, _JAPANESE, _ITALIAN, _GERMAN, _LEBANESE, _PORTUGUESE])
            name = {"family": rng.choice(families), "given": rng.choice(givens)}
            if rng.random() < 0.25:
                name["given"] = f"{name['given']} {rng.choice(_SURNAMES)}"
        else:  # expatriates and foreign scholars
            family, first = rng.choice(_EXPATRIATES)
            name = {"family": family, "given": first}
        if rng.random() < 0.2:  # typed without the accents
            name["family"] = " ".join(_UNACCENTED.get(word, word) for word in name["family"].split())
            name["given"] = " ".join(_UNACCENTED.get(word, word) for word in name["given"].split())
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[30, 28, 18, 10, 6, 4, 2, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def organisation(self) -> tuple[str, set[str]]:
        roll = self.rng.random()
        if roll < 0.45:
            name = self.rng.choice(_COMPANIES)
            return name, {"company"} | ({"ampersand"} if "&" in name else set())
        if roll < 0.75:
            name = self.rng.choice(_REGULATORS)
            return name, {"government"} | ({"abbreviation"} if "(" in name else set())
        name = self.rng.choice(_TRADE_BODIES)
        return name, {"trade-body"} | ({"abbreviation"} if "(" in name else set())

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        return self.rng.randint(2008, 2025)

    def _date(self, year: int) -> list[int]:
        return [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]

    def _accessed(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        start = max(2022, issued[0]) if issued else 2022
        year = self.rng.randint(start, max(start, 2025))
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if issued and year == issued[0] and len(issued) > 1:
            month = self.rng.randint(issued[1], 12)
            if month == issued[1] and len(issued) > 2:
                day = self.rng.randint(issued[2], 28)
        return {"date-parts": [[year, month, day]]}

    def _online(self, record: dict[str, Any], url: str, keep: float = 0.95) -> None:
        """A URL and, most of the time, the date it was read."""
        record["URL"] = url
        if self.rng.random() < keep:
            issued = record["issued"]["date-parts"][0] if "issued" in record else None
            record["accessed"] = self._accessed(issued)

    def _id(self) -> str:
        self.counter += 1
        return f"b147w{self.counter}"

    # ------------------------------------------------------------------ titles
    def _topic(self) -> tuple[str, str]:
        return self.rng.choice(_TOPICS)

    def _title(self, portuguese: float = 0.6) -> str:
        rng = self.rng
        pt, en = self._topic()
        bare_pt = pt.split(" ", 1)[1] if pt.split(" ", 1)[0] in ("o", "a", "os", "as") else pt
        cap_pt = bare_pt[:1].upper() + bare_pt[1:]
        cap_en = en[:1].upper() + en[1:]
        (place_pt, place), brand = rng.choice(_PLACES), rng.choice(_BRANDS)
        place_pt = place_pt if place_pt.startswith("no ") else f"em {place_pt}"
        if rng.random() < portuguese:
            de = {"o": "do", "a": "da", "os": "dos", "as": "das"}.get(pt.split(" ", 1)[0], "de")
            forms = [
                f"{cap_pt}: um estudo de caso sobre {brand} [{cap_en}: a case study of {brand}]",
                f"Os efeitos {de} {bare_pt} sobre a lealdade do consumidor [The effects of {en} on consumer loyalty]",
                f"{cap_pt} no Brasil [{cap_en} in Brazil]",
                f"Uma análise {de} {bare_pt} {place_pt} [An analysis of {en} in {place}]",
                f"{cap_pt}: evidências empíricas [{cap_en}: empirical evidence]",
                f"Entre o digital e o físico: {bare_pt} [Between digital and physical: {en}]",
            ]
            return rng.choice(forms)
        forms = [
            f"{cap_en}: evidence from Brazil", f"Understanding {en} in an emerging market: the case of {brand}",
            f"{cap_en} and trust among Brazilian consumers", f"What drives {en}? A study in {place}",
            f"{cap_en} in Latin America", f"From favela to fintech: {en}",
        ]  # fmt: skip
        return rng.choice(forms)

    # ------------------------------------------------------------------ making works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then a second work by an organisation already drawn, in the same year (IBGE 2019a and 2019b).
        # Only pages and reports whose title carries no year are paired, so a title never contradicts its date.
        pairable = kind in ("web", "report") and not re.search(r"\b(19|20)\d\d\b", str(record.get("title", "")))
        if self.organisations and "issued" in record and pairable and self.rng.random() < 0.2:
            name, issued = self.rng.choice(self.organisations)
            record["issued"] = {"date-parts": [list(issued)]}
            if "accessed" in record:
                record["accessed"] = self._accessed(issued)
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
        if "issued" in record and kind in ("web", "report"):
            self.organisations.append((name, list(record["issued"]["date-parts"][0][:1])))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(0.55), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 16))
        if self.rng.random() < 0.06:  # the older textbooks Brazilian courses still cite
            record["issued"] = {"date-parts": [[self.rng.randint(1985, 2004)]]}
            record["title"] = self.rng.choice(
                [
                    "Administração mercadológica: princípios e métodos [Marketing administration: principles and methods]",
                    "Marketing de serviços: a experiência brasileira [Services marketing: the Brazilian experience]",
                    "O consumidor brasileiro [The Brazilian consumer]",
                    "Propaganda: teoria e prática [Advertising: theory and practice]",
                ]
            )
        if self.rng.random() < 0.15:
            record["medium"] = self.rng.choice(["Kindle edition", "e-book", "Kobo e-book"])
        elif self.rng.random() < 0.1:
            self._online(record, f"https://books.google.com.br/books?id={self.rng.randint(10**6, 10**7)}")
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 380)
        pt, en = self._topic()
        container = self.rng.choice([
            f"Marketing no Brasil: {pt} [Marketing in Brazil: {en}]", f"The Routledge companion to {en} in Latin America",
            "Gestão de marketing: casos brasileiros [Marketing management: Brazilian cases]",
            "Consumo e sociedade no Brasil contemporâneo [Consumption and society in contemporary Brazil]",
            f"Handbook of {en} in emerging markets"])  # fmt: skip
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(0.5), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))], "container-title": container,
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 35)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(0.45), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 64)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 600))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        roll = self.rng.random()
        if roll < 0.45:
            record["DOI"] = self.rng.choice([f"10.1590/S0034-7590{self.rng.randint(2010, 2025)}{self.rng.randint(10, 99)}0{self.rng.randint(1, 9)}",
                                             f"10.1590/1982-7849rac{self.rng.randint(2015, 2025)}{self.rng.randint(1000, 9999)}",
                                             f"10.1016/j.jbusres.{self.rng.randint(2015, 2025)}.{self.rng.randint(10, 12)}.{self.rng.randint(1, 99):03d}",
                                             f"10.1108/IJBM-{self.rng.randint(1, 12):02d}-{self.rng.randint(2018, 2024)}-0{self.rng.randint(100, 999)}"])  # fmt: skip
        elif roll < 0.6:
            self._online(
                record, f"https://periodicos.fgv.br/rae/article/view/{self.rng.randint(80000, 99999)}", keep=0.9
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, host, degrees = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(0.7), "author": [self.person()],
                                  "genre": self.rng.choice(degrees), "publisher": university,
                                  "issued": {"date-parts": [[self.rng.randint(2005, 2025)]]}}  # fmt: skip
        if self.rng.random() < 0.75:
            self._online(record, f"https://{host}/handle/{self.rng.randint(10, 99)}/{self.rng.randint(1000, 99999)}")
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        year = self.rng.randint(2010, 2025)
        event = self.rng.choice([f"XL{self.rng.choice(['', 'I', 'II', 'V', 'VI', 'VII'])} Encontro da ANPAD (EnANPAD)",
                                 "Encontro de Marketing da ANPAD (EMA)", "Seminários em Administração (SemeAd)",
                                 "CLADEA Annual Assembly", "Academy of Marketing Science World Marketing Congress",
                                 "European Marketing Academy Conference (EMAC)"])  # fmt: skip
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(0.6), "author": self._people(4),
            "container-title": f"Anais do {event}" if "Encontro" in event or "Semin" in event else f"Proceedings of the {event}",
            "event": f"{event} {year}", "issued": {"date-parts": [[year]]},
            "publisher-place": self.rng.choice(["Rio de Janeiro", "São Paulo", "Curitiba", "Porto Alegre", "Lisbon", "Online"]),
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["page"] = f"{(start := self.rng.randint(1, 20))}-{start + self.rng.randint(10, 16)}"
        if self.rng.random() < 0.4:
            self._online(record, f"https://arquivo.anpad.org.br/abrir_pdf.php?e={self.rng.randint(10000, 99999)}")
        return self._person_work(record, "conference")

    def _slug(self) -> str:
        words = self._topic()[1].replace("the ", "").split()
        return "-".join(w.lower().strip(",") for w in words[:4])

    def _company_web(self) -> Work:
        name = self.rng.choice(_COMPANIES)
        title = self.rng.choice(["Nossa história [Our history]", "Sobre nós [About us]", "Política de privacidade [Privacy policy]",
                                 "Sala de imprensa [Press room]", (en := self._topic()[1])[:1].upper() + en[1:],
                                 "Relações com investidores [Investor relations]", "Quem somos [Who we are]",
                                 f"Black Friday {self.rng.randint(2019, 2025)}: regulamento [Black Friday terms]",
                                 "Diversidade e inclusão [Diversity and inclusion]", "Newsroom"])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": title}
        if self.rng.random() < 0.7:
            record["issued"] = {"date-parts": [[self.year()]]}
        self._online(record, f"https://www.{_host(name)}.com.br/{self._slug()}")
        return self._org_work(record, "web", name, {"company"} | ({"ampersand"} if "&" in name else set()))

    def _company_report(self) -> Work:
        name = self.rng.choice(_COMPANIES)
        year = self.year()
        title = self.rng.choice([f"Relatório Anual {year} [Annual Report {year}]", f"Relatório de Sustentabilidade {year}",
                                 f"Annual Report on Form 20-F {year}", f"Relatório ESG {year} [ESG Report {year}]",
                                 f"Release de resultados 4T{str(year)[2:]} [Fourth-quarter {year} results]",
                                 f"Integrated report {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name, "publisher-place": self.rng.choice(["São Paulo", "Rio de Janeiro", "Osasco", "Barueri", "Curitiba"])}  # fmt: skip
        if self.rng.random() < 0.7:
            self._online(record, f"https://ri.{_host(name)}.com.br/{year}")
        return self._org_work(record, "report", name, {"company"} | ({"ampersand"} if "&" in name else set()))

    def _trade_body(self) -> Work:
        name = self.rng.choice(_TRADE_BODIES)
        year = self.year()
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "issued": {"date-parts": [[year]]},
                                  "title": self.rng.choice([self._flagship(name, year),
                                                            f"Relatório anual {year} [Annual report {year}]",
                                                            f"Guia de boas práticas: {self._topic()[0].split(' ', 1)[1]}",
                                                            self._flagship(name, year),
                                                            self._title(0.5)])}  # fmt: skip
        if record["type"] == "report":
            record["publisher"], record["publisher-place"] = (
                name.split(" (")[0],
                self.rng.choice(["São Paulo", "Brasília"]),
            )
        self._online(record, f"https://www.{_host(name)}.org.br/{self._slug()}", keep=0.9)
        kind = "report" if record["type"] == "report" else "web"
        return self._org_work(record, kind, name, {"trade-body"} | ({"abbreviation"} if "(" in name else set()))

    @staticmethod
    def _flagship(name: str, year: int) -> str:
        """The yearly survey a trade body is known for, or its yearly overview."""
        if "FEBRABAN" in name:
            return f"Pesquisa FEBRABAN de Tecnologia Bancária {year} [FEBRABAN banking technology survey]"
        if "ABComm" in name:
            return f"Panorama do e-commerce {year} [E-commerce overview {year}]"
        if "Sebrae" in name:
            return f"Perfil das MPEs {year} [Profile of micro and small firms]"
        if "Câmara" in name or "Council" in name:
            return f"Brazil trade and investment outlook {year}"
        return f"Panorama do setor {year} [Sector overview {year}]"

    def _regulator(self) -> Work:
        name = self.rng.choice(_REGULATORS[:-1])
        year = self.year()
        own = {"BCB": [f"Relatório de Economia Bancária {year}", "Estatísticas do Pix [Pix statistics]",
                       f"Relatório de Cidadania Financeira {year} [Financial citizenship report]", "Open Finance: o que é [What open finance is]"],
               "Banco Central": [f"Relatório de Economia Bancária {year}", "Estatísticas do Pix [Pix statistics]",
                                 f"Relatório de Gestão do Pix {year}", "Open Finance: o que é [What open finance is]"],
               "IBGE": [f"Pesquisa Nacional por Amostra de Domicílios Contínua: acesso à internet e à televisão {year}",
                        "Censo Demográfico 2022: primeiros resultados [2022 Census: first results]",
                        f"Pesquisa Mensal de Comércio: {_MONTHS_PT[self.rng.randint(0, 11)]} de {year}"],
               "Instituto Brasileiro": [f"Pesquisa Nacional por Amostra de Domicílios Contínua: acesso à internet e à televisão {year}",
                                        "Censo Demográfico 2022: primeiros resultados [2022 Census: first results]",
                                        f"Pesquisa Mensal de Comércio: {_MONTHS_PT[self.rng.randint(0, 11)]} de {year}"],
               "Anatel": [f"Panorama setorial de telecomunicações {year}", f"Ranking de reclamações {year} [Complaints ranking]"],
               "ANPD": ["Guia orientativo: tratamento de dados pessoais para fins de marketing", "Guia orientativo: cookies e proteção de dados pessoais"],
               "Autoridade": ["Guia orientativo: tratamento de dados pessoais para fins de marketing", "Guia orientativo: cookies e proteção de dados pessoais"],
               "Procon": [f"Ranking de reclamações {year}", "Dicas para a Black Friday [Black Friday tips]"],
               "CONAR": [f"Decisões do Conselho de Ética {year}", "Anexo P: apelos de sustentabilidade [Annex P: sustainability claims]"],
               "Conselho": [f"Decisões do Conselho de Ética {year}", "Anexo P: apelos de sustentabilidade [Annex P: sustainability claims]"],
               "Secretaria": [f"Boletim Consumidor em Números {year}", "Consumidor.gov.br: indicadores [Consumer indicators]"]}  # fmt: skip
        titles = [*next((t for key, t in own.items() if key in name), []), self._title(0.5)]
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(titles),
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        if record["type"] == "report":
            record["publisher"], record["publisher-place"] = (
                name.split(" (")[0],
                self.rng.choice(["Brasília", "Rio de Janeiro", "São Paulo"]),
            )
        self._online(record, f"https://www.gov.br/{_host(name)}/pt-br/{self._slug()}")
        kind = "report" if record["type"] == "report" else "web"
        return self._org_work(record, kind, name, {"government"} | ({"abbreviation"} if "(" in name else set()))

    def _legislation(self) -> Work:
        author, title, year, url = self.rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}}
        self._online(record, url, keep=0.8)
        return self._org_work(record, "legislation", author, {"legislation", "government"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.9 else None
        y = year or 2024
        _pt, en = self._topic()
        titles = [f"Webshoppers {self.rng.randint(38, 52)}ª edição [Webshoppers, edition {self.rng.randint(38, 52)}]",
                  f"Retail banking in Brazil {y}", f"Fintech in Brazil: market report {y}",
                  f"Beauty and personal care in Brazil {y}", f"Inside Video {y}", f"Dossiê Black Friday {y}",
                  f"Consumer trends Brazil {y}: {en}", f"Mobile phone subscriptions in Brazil, {y - 4}–{y}",
                  f"Share of Brazilian internet users who shopped on WhatsApp in {y}",
                  f"Pesquisa Dia dos Namorados {y} [Valentine's Day survey {y}]", f"Retrato do consumidor {y}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "publisher-place": self.rng.choice(["São Paulo", "London", "New York", "Hamburg"])}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        self._online(record, f"https://www.{_host(name)}.com.br/{self._slug()}")
        return self._org_work(record, "report", name, {"market-research"} | ({"ampersand"} if "&" in name else set()))

    def _news_title(self) -> str:
        brand = self.rng.choice(_BRANDS)
        n = self.rng.randint(2, 120)
        tenth = self.rng.randint(1, 9)
        pt, en = self._topic()
        return self.rng.choice([
            f"{brand} aposta em {pt.split(' ', 1)[1]} [{brand} bets on {en}]",
            f"{brand} chega a {n} milhões de clientes [{brand} reaches {n} million customers]",
            f"Black Friday: vendas on-line somam R$ {n},{tenth} bilhões [Black Friday: online sales reach R${n}.{tenth}bn]",
            f"How {brand} won over Brazil's {self.rng.choice(['unbanked', 'Gen Z', 'class C', 'northeastern'])} consumers", f"{brand}'s bet on {en} pays off",
            f"Procon notifica {brand} por propaganda enganosa [Procon notifies {brand} over misleading advertising]",
            f"Why {brand} is betting on {en}",
        ])  # fmt: skip

    def _news(self) -> Work:
        paper, _city = self.rng.choice(_PRESS)
        year = self.rng.randint(2010, 2025)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._news_title(), "author": self._people(3),
                                  "container-title": paper, "issued": {"date-parts": [self._date(year)]}}  # fmt: skip
        if self.rng.random() < 0.85:
            self._online(record, f"https://www.{_host(paper)}.com.br/{self._slug()}-{self.rng.randint(1000, 9999)}")
        return self._person_work(record, "news")

    def _unsigned_news(self) -> Work:
        paper = self.rng.choice(_UNSIGNED_PRESS)
        year = self.rng.randint(2012, 2025)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._news_title(), "container-title": paper,
                                  "issued": {"date-parts": [self._date(year)]}}  # fmt: skip
        self._online(record, f"https://{_host(paper)}.com/{self._slug()}")
        return self._org_work(record, "news", paper, {"press"} | ({"ampersand"} if "&" in paper else set()))

    def _social(self) -> Work:
        platform = self.rng.choice(["Instagram", "LinkedIn", "X (Twitter)", "TikTok", "Facebook"])
        year = self.rng.randint(2016, 2025)
        company = self.rng.choice(_COMPANIES)
        brand = company.split(" S.A.")[0].split(" S/A")[0].split(" Ltda.")[0]
        title = self.rng.choice([f"Vem aí a Black Friday {brand}! [Black Friday is coming]", "Feliz Dia dos Namorados 💕",
                                 "Nosso arraiá chegou! #FestaJunina", f"Bloco {brand} no Carnaval {year}",
                                 f"Why we are rethinking {self._topic()[1]}", f"Obrigado, {self.rng.randint(2, 90)} milhões de clientes!"])  # fmt: skip
        record: dict[str, Any] = {"type": "post", "title": title, "container-title": platform,
                                  "issued": {"date-parts": [self._date(year)]}}  # fmt: skip
        self._online(
            record,
            f"https://www.{platform.split()[0].lower()}.com/{_host(brand)}/posts/{self.rng.randint(10**6, 10**7)}",
        )
        if self.rng.random() < 0.6:
            name = company
            return self._org_work(record, "post", name, {"company"} | ({"ampersand"} if "&" in name else set()))
        record["author"] = [self.person()]
        return self._person_work(record, "post")

    def _video(self) -> Work:
        year = self.rng.randint(2015, 2025)
        medium = self.rng.choice(["YouTube video", "Podcast", "Podcast episode", "Webinar"])
        show = self.rng.choice(["Podcast Meio & Mensagem", "Like a Boss", "Café da Manhã", "Mundo Marketing",
                                "Stock Pickers", "Marketing Talks"])  # fmt: skip
        record: dict[str, Any] = {"type": "motion_picture", "title": f"{show}: {(topic := self._topic())[0]} [{topic[1]}]",
                                  "medium": medium, "issued": {"date-parts": [self._date(year)]}}  # fmt: skip
        self._online(
            record,
            self.rng.choice(["https://www.youtube.com/watch?v=", "https://open.spotify.com/episode/"])
            + f"{self.rng.randint(10**8, 10**9)}",
        )
        if self.rng.random() < 0.5:
            record["author"] = self._people(2)
            return self._person_work(record, "video")
        name = self.rng.choice(
            ["Meio & Mensagem", "Folha de S.Paulo", "Exame", "Sebrae", "Nubank", "Itaú Unibanco", "Grupo Globo"]
        )
        return self._org_work(record, "video", name, {"company"} | ({"ampersand"} if "&" in name else set()))

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(0.5)}
        if self.rng.random() < 0.45:
            record["author"] = self._people(2)
            self._online(
                record,
                f"https://www.{self.rng.choice(['mundodomarketing', 'rockcontent', 'resultadosdigitais', 'ecommercebrasil'])}.com.br/blog/{self._slug()}",
            )
            return self._person_work(record, "web")
        name, tags = self.organisation()
        self._online(
            record, f"https://www.{_host(name)}.{self.rng.choice(['com.br', 'org.br', 'gov.br'])}/{self._slug()}"
        )
        return self._org_work(record, "web", name, tags | {"undated"})
