"""Works for the "blind195" pool (HELD OUT): what marketers in Brazil and its diaspora cite in CIM reports and MBAs.

Written without reading the checker, its tests or any other pool. Brazilian names with several surnames and
particles ("Santos, M.A. da S.", "da Silva", "dos Santos", "de Oliveira"), filed under the last surname, with
Filho, Neto, Júnior and Sobrinho kept with it ("Souza Filho, J."); Japanese-, Italian-, German-, Lebanese- and
Afro-Brazilian and Indigenous names; accents written and dropped; diaspora spellings ("DaSilva", "De Souza") and
expatriates. Banks, fintechs, telecoms, retailers, food and drink makers with their legal forms (S.A., Ltda.,
S/A), regulators and government (BCB, ANPD, Procon-SP, Senacon, Anatel, CADE, IBGE, Ipea), laws as Brazil
numbers them with "Brasil" as author, research firms' titles with a year, theses from USP, FGV EAESP, Insper,
ESPM, COPPEAD, UFMG, UFRGS, PUC-Rio, Unicamp and Mackenzie, the press signed and unsigned, social posts,
podcasts, videos and undated pages; Portuguese titles with the English in square brackets.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import datetime
import random
import re
import unicodedata
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

_GIVEN = ["Maria Aparecida", "Ana Paula", "João Pedro", "José Carlos", "Luiz Fernando", "Francisco", "Antônio",
          "Marcos Vinícius", "Juliana", "Fernanda", "Luciana", "Patrícia", "Rafael", "Thiago", "Gustavo", "Camila",
          "Letícia", "Bruna", "Rodrigo", "Paulo Roberto", "Sérgio", "Márcia", "Cláudia", "Renata", "Gabriela",
          "Vinícius", "Luana", "Thaís", "Maria da Conceição", "Raimundo", "Edson", "Wellington", "Jéssica", "Tatiane",
          "Cristiane", "Débora", "Heloísa", "Caio", "Otávio", "Beatriz", "Mariana", "Lucas", "Ângela", "Fábio",
          "Andréa", "Giovanna", "Henrique", "Érica", "Jânio", "Luís Otávio", "Ana Clara", "Pedro Henrique"]  # fmt: skip
_SURNAMES = ["Silva", "Santos", "Oliveira", "Souza", "Sousa", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima",
             "Gomes", "Costa", "Ribeiro", "Martins", "Carvalho", "Almeida", "Lopes", "Soares", "Fernandes", "Vieira",
             "Barbosa", "Rocha", "Dias", "Nascimento", "Andrade", "Moreira", "Nunes", "Marques", "Machado", "Mendes",
             "Freitas", "Cardoso", "Ramos", "Gonçalves", "Santana", "Teixeira", "Araújo", "Cavalcanti", "Albuquerque",
             "Magalhães", "Guimarães", "Brandão", "Figueiredo", "Conceição", "Assunção", "Bezerra", "Monteiro",
             "Pinheiro", "Siqueira", "Queiroz", "Aragão", "Leão", "Falcão", "Bragança", "Medeiros", "Holanda"]  # fmt: skip
# Particles as they go with their surnames ("da Silva", "dos Santos", "das Neves", "do Nascimento", "de Oliveira").
_PARTICLE_NAMES = [("da", "Silva"), ("da", "Silva"), ("da", "Costa"), ("da", "Cunha"), ("da", "Rocha"), ("da", "Fonseca"),
                   ("da", "Conceição"), ("da", "Cruz"), ("dos", "Santos"), ("dos", "Santos"), ("dos", "Reis"), ("dos", "Anjos"),
                   ("das", "Neves"), ("das", "Chagas"), ("do", "Nascimento"), ("do", "Carmo"), ("do", "Amaral"), ("do", "Valle"),
                   ("de", "Oliveira"), ("de", "Oliveira"), ("de", "Souza"), ("de", "Almeida"), ("de", "Andrade"), ("de", "Lima"),
                   ("de", "Paula"), ("de", "Assis"), ("de", "Castro"), ("de", "Moraes"), ("de", "Mello"), ("de", "Sá")]  # fmt: skip
_SUFFIXES = ["Filho", "Filho", "Neto", "Júnior", "Junior", "Sobrinho"]
# (family, given) from the immigrant communities, and Afro-Brazilian and Indigenous authors.
_COMMUNITY = [
    ("Tanaka", "Ricardo Hideki"), ("Nakamura", "Juliana Mayumi"), ("Yamamoto", "Fábio Kenji"), ("Oshiro", "Érika Yukari"),
    ("Higa", "Marcelo Shigueo"), ("Watanabe", "Cristina Emiko"), ("Kobayashi", "Paulo Massao"), ("Hashimoto", "Lúcia Harumi"),
    ("Suzuki", "Yuki"), ("Sato", "Haruto"), ("Itō", "Aiko"),
    ("Matarazzo", "Giulia"), ("Zanetti", "Marco Aurélio"), ("Bortolotto", "Daniela"), ("Lombardi", "Renato"),
    ("Pizzolatto", "Carla"), ("Marchetti", "Eduardo"), ("Zanella", "Bianca"), ("Bianchi", "Roberto"),
    ("Schmidt", "Jorge Luiz"), ("Müller", "Sabine"), ("Hering", "Ingrid"), ("Zimmermann", "Cláudio"), ("Kühn", "Lisiane"),
    ("Becker", "Vanessa"), ("Hoffmann", "Guilherme"), ("Renaux", "Carlos"), ("Weber", "Tânia"),
    ("Haddad", "Jorge Elias"), ("Maluf", "Samira"), ("Jafet", "Ricardo"), ("Salomão", "Nadia"), ("Khoury", "Michel"),
    ("Nahas", "Leila"), ("Kalil", "Gabriel"), ("Chedid", "Rima"), ("Gebara", "Tarek"), ("Zogbi", "Marina"),
    ("Evaristo", "Luedji"), ("Carneiro", "Sueli"), ("Bento", "Cida"), ("Gomes", "Nilma Lino"), ("Jesus", "Carolina Maria de"),
    ("Sacramento", "Akins"), ("Bonfim", "Djamila"), ("Anunciação", "Ivone"),
    ("Krenak", "Ailton"), ("Potiguara", "Eliane"), ("Munduruku", "Daniel"), ("Baniwa", "Gersem"),
    ("Kambeba", "Márcia Wayna"), ("Guajajara", "Sônia"), ("Wapichana", "Joênia"), ("Terena", "Naine"),
    ("Yawanawá", "Tashka"), ("Pataxó", "Arissana"),
]  # fmt: skip
# Expatriates and the diaspora: Lisbon, Porto, Miami, Framingham, Newark, London, Hamamatsu, Luanda.
_EXPATS = [
    ("Williams", "Rhys"), ("Thompson", "Sarah"), ("O'Connor", "Niamh"), ("Mitchell", "James"), ("Hughes", "Eleanor"),
    ("Brennan", "Kate"), ("Patel", "Anjali"), ("Fernández", "Lucía"), ("González", "Martín"), ("Rosen", "Daniel"),
    ("DaSilva", "Michael"), ("De Souza", "Jennifer"), ("DeOliveira", "Brian"), ("Pires", "Inês"),
    ("Rebelo", "Tiago"), ("Van-Dúnem", "Edna"), ("Neto", "Manuel Domingos"), ("Lopes-Baptista", "Rui"),
    ("Kimura", "Takeshi"), ("Ishikawa", "Mariko"), ("Fujimoto", "Kenta"), ("Ó Briain", "Siobhán"),
    ("Castelo Branco", "Helena"), ("Mello Franco", "Afonso"), ("Pinto-Coelho", "Teresa"), ("Costa-Gomes", "Ana"),
]  # fmt: skip

_BANKS = [("Itaú Unibanco", {"company"}), ("Itaú Unibanco Holding S.A.", {"company", "legal-form"}),
          ("Banco Bradesco S.A.", {"company", "legal-form"}), ("Bradesco", {"company"}), ("Banco do Brasil", {"company"}),
          ("Caixa Econômica Federal", {"company"}), ("Santander Brasil", {"company"}), ("Nubank", {"company"}),
          ("Nu Holdings Ltd.", {"company", "legal-form"}), ("Banco Inter", {"company"}), ("Inter&Co", {"company", "ampersand"}),
          ("C6 Bank", {"company"}), ("PicPay", {"company"}), ("Mercado Pago", {"company"}), ("StoneCo", {"company"}),
          ("PagBank", {"company"}), ("PagSeguro Digital Ltd.", {"company", "legal-form"})]  # fmt: skip
_OTHER_FIRMS = [("Telefônica Brasil S.A.", {"company", "legal-form"}), ("Vivo", {"company"}), ("Claro Brasil", {"company"}),
                ("TIM Brasil", {"company"}), ("Oi S.A.", {"company", "legal-form"}),
                ("Magazine Luiza S.A.", {"company", "legal-form"}), ("Magalu", {"company"}), ("Grupo Casas Bahia", {"company"}),
                ("Via S.A.", {"company", "legal-form"}), ("Americanas S.A.", {"company", "legal-form"}),
                ("Mercado Livre", {"company"}), ("Shopee Brasil", {"company"}), ("Amazon Brasil", {"company"}),
                ("Carrefour Brasil", {"company"}), ("GPA", {"company", "acronym"}), ("Assaí Atacadista", {"company"}),
                ("Lojas Renner S.A.", {"company", "legal-form"}), ("Riachuelo", {"company"}), ("C&A Brasil", {"company", "ampersand"}),
                ("Natura &Co", {"company", "ampersand"}), ("Grupo Boticário", {"company"}), ("O Boticário", {"company"}),
                ("Alpargatas S.A.", {"company", "legal-form"}), ("Havaianas", {"company"}), ("iFood", {"company"}),
                ("Rappi Brasil", {"company"}), ("Ambev S.A.", {"company", "legal-form"}), ("Ambev", {"company"}),
                ("JBS S.A.", {"company", "legal-form"}), ("BRF S.A.", {"company", "legal-form"}), ("Nestlé Brasil Ltda.", {"company", "legal-form"}),
                ("Cacau Show", {"company"}), ("Piracanjuba", {"company"}), ("Ypê", {"company"}), ("Grupo 3corações", {"company"}),
                ("Petrobras", {"company"}), ("Vale S.A.", {"company", "legal-form"}), ("Embraer S.A.", {"company", "legal-form"}),
                ("LATAM Airlines Brasil", {"company"}), ("GOL Linhas Aéreas", {"company"}), ("Azul S.A.", {"company", "legal-form"}),
                ("Localiza&Co", {"company", "ampersand"}), ("Grupo Globo", {"company"}), ("Globoplay", {"company"}),
                ("AlmapBBDO", {"company"}), ("Africa Creative DDB", {"company"}), ("WMcCann", {"company"}),
                ("Ogilvy Brasil", {"company"}), ("Publicis Brasil", {"company"}), ("DM9", {"company"}), ("GUT", {"company", "acronym"})]  # fmt: skip
_BODIES = [("Associação Brasileira de Anunciantes (ABA)", {"trade-body", "abbreviation"}),
           ("Conselho Nacional de Autorregulamentação Publicitária (CONAR)", {"trade-body", "abbreviation"}),
           ("CONAR", {"trade-body", "acronym"}), ("Federação Brasileira de Bancos (FEBRABAN)", {"trade-body", "abbreviation"}),
           ("Febraban", {"trade-body"}), ("Associação Brasileira de Comércio Eletrônico (ABComm)", {"trade-body", "abbreviation"}),
           ("IAB Brasil", {"trade-body"}), ("Associação Brasileira de Supermercados (ABRAS)", {"trade-body", "abbreviation"}),
           ("Sociedade Brasileira de Varejo e Consumo (SBVC)", {"trade-body", "abbreviation"}),
           ("Associação Brasileira de Franchising (ABF)", {"trade-body", "abbreviation"}),
           ("Sebrae", {"trade-body"}), ("Associação Brasileira das Agências de Publicidade (Abap)", {"trade-body", "abbreviation"}),
           ("Cenp – Fórum da Autorregulação do Mercado Publicitário", {"trade-body", "dash"})]  # fmt: skip
_REGULATORS = [("Banco Central do Brasil", {"government"}), ("Banco Central do Brasil (BCB)", {"government", "abbreviation"}),
               ("BCB", {"government", "acronym"}), ("Autoridade Nacional de Proteção de Dados (ANPD)", {"government", "abbreviation"}),
               ("ANPD", {"government", "acronym"}), ("Fundação Procon-SP", {"government", "hyphen"}), ("Procon-SP", {"government", "hyphen"}),
               ("Secretaria Nacional do Consumidor (Senacon)", {"government", "abbreviation"}),
               ("Agência Nacional de Telecomunicações (Anatel)", {"government", "abbreviation"}), ("Anatel", {"government"}),
               ("Conselho Administrativo de Defesa Econômica (CADE)", {"government", "abbreviation"}),
               ("Instituto Brasileiro de Geografia e Estatística (IBGE)", {"government", "abbreviation"}),
               ("IBGE", {"government", "acronym"}), ("Instituto de Pesquisa Econômica Aplicada (Ipea)", {"government", "abbreviation"}),
               ("Ministério da Fazenda", {"government"}), ("Agência Nacional de Vigilância Sanitária (Anvisa)", {"government", "abbreviation"}),
               ("Comissão de Valores Mobiliários (CVM)", {"government", "abbreviation"}), ("Embratur", {"government"}),
               ("Prefeitura de São Paulo", {"government"}), ("Governo do Estado de Minas Gerais", {"government"})]  # fmt: skip
_REGULATOR_TITLES = {
    "Banco Central": ["Estatísticas do Pix", "Relatório de Economia Bancária", "Agenda BC#", "Pix: regulamento e manual de marca"],
    "BCB": ["Estatísticas do Pix", "Relatório de Cidadania Financeira", "Open Finance no Brasil"],
    "ANPD": ["Guia orientativo: tratamento de dados pessoais para fins de marketing", "Guia orientativo sobre cookies e proteção de dados pessoais"],
    "Procon": ["Ranking de reclamações", "Black Friday: dicas ao consumidor"], "Senacon": ["Boletim consumidor.gov.br"],
    "Anatel": ["Panorama setorial de telecomunicações", "Painel de dados: acessos móveis"],
    "CADE": ["Guia de análise de atos de concentração horizontal"],
    "IBGE": ["Pesquisa Nacional por Amostra de Domicílios Contínua (PNAD Contínua)", "Censo Demográfico 2022: primeiros resultados"],
    "Ipea": ["Texto para discussão: consumo das famílias brasileiras"],
}  # fmt: skip
_GOV_HOSTS = {"Banco Central": "www.bcb.gov.br", "BCB": "www.bcb.gov.br", "ANPD": "www.gov.br/anpd/pt-br",
              "Procon": "www.procon.sp.gov.br", "Senacon": "www.gov.br/mj/pt-br/assuntos/seus-direitos/consumidor",
              "Anatel": "www.gov.br/anatel/pt-br", "CADE": "www.gov.br/cade/pt-br", "IBGE": "www.ibge.gov.br",
              "Ipea": "www.ipea.gov.br", "Ministério": "www.gov.br/fazenda/pt-br", "Anvisa": "www.gov.br/anvisa/pt-br",
              "CVM": "www.gov.br/cvm/pt-br", "Embratur": "embratur.com.br", "Prefeitura": "www.capital.sp.gov.br",
              "Governo do Estado": "www.mg.gov.br", "CONAR": "www.conar.org.br", "Febraban": "portal.febraban.org.br",
              "FEBRABAN": "portal.febraban.org.br", "Sebrae": "sebrae.com.br", "IAB Brasil": "iabbrasil.com.br"}  # fmt: skip
_RESEARCH = ["Kantar IBOPE Media", "Nielsen Brasil", "NielsenIQ Ebit", "Datafolha", "Instituto Locomotiva",
             "Euromonitor International", "Statista", "Mintel", "Ipsos Brasil", "Opinion Box", "Comscore",
             "Kantar Worldpanel", "Instituto QualiBest", "Conversion"]  # fmt: skip
_PRESS = ["Folha de S.Paulo", "O Globo", "O Estado de S. Paulo", "Estadão", "Valor Econômico", "Exame", "Veja", "G1",
          "UOL", "Meio & Mensagem", "Propmark", "Época Negócios", "InfoMoney", "Bloomberg Línea", "Financial Times",
          "Reuters", "The Economist", "Rest of World", "Brazil Journal", "NeoFeed"]  # fmt: skip
_ENGLISH_PRESS = {"Financial Times", "Reuters", "The Economist", "Rest of World"}
_PRESS_HOSTS = {"Folha de S.Paulo": "www1.folha.uol.com.br", "O Globo": "oglobo.globo.com", "O Estado de S. Paulo": "www.estadao.com.br",
                "Estadão": "www.estadao.com.br", "Valor Econômico": "valor.globo.com", "Exame": "exame.com", "Veja": "veja.abril.com.br",
                "G1": "g1.globo.com", "UOL": "economia.uol.com.br", "Meio & Mensagem": "www.meioemensagem.com.br",
                "Propmark": "propmark.com.br", "Época Negócios": "epocanegocios.globo.com", "InfoMoney": "www.infomoney.com.br",
                "Bloomberg Línea": "www.bloomberglinea.com.br", "Financial Times": "www.ft.com", "Reuters": "www.reuters.com",
                "The Economist": "www.economist.com", "Rest of World": "restofworld.org", "Brazil Journal": "braziljournal.com",
                "NeoFeed": "neofeed.com.br"}  # fmt: skip
_JOURNALS = ["RAE – Revista de Administração de Empresas", "RAC – Revista de Administração Contemporânea",
             "Revista de Administração da USP (RAUSP)", "BAR – Brazilian Administration Review",
             "Revista Brasileira de Marketing (ReMark)", "Brazilian Business Review", "Cadernos EBAPE.BR",
             "Revista de Administração Mackenzie (RAM)", "Journal of Business Research",
             "International Journal of Bank Marketing", "Journal of Retailing and Consumer Services",
             "Latin American Business Review", "Journal of Macromarketing", "Journal of Marketing Management",
             "Intercom – Revista Brasileira de Ciências da Comunicação", "Comunicação, Mídia e Consumo",
             "Journal of Consumer Marketing", "Psychology & Marketing", "Revista Brasileira de Gestão de Negócios (RBGN)"]  # fmt: skip
_UNIS = ["Universidade de São Paulo, Faculdade de Economia, Administração e Contabilidade (FEA-USP)",
         "Fundação Getulio Vargas, Escola de Administração de Empresas de São Paulo (FGV EAESP)", "Insper",
         "Escola Superior de Propaganda e Marketing (ESPM)", "Universidade Federal do Rio de Janeiro, Instituto COPPEAD de Administração",
         "Universidade Federal de Minas Gerais (UFMG)", "Universidade Federal do Rio Grande do Sul (UFRGS)",
         "Pontifícia Universidade Católica do Rio de Janeiro (PUC-Rio)", "Universidade Estadual de Campinas (Unicamp)",
         "Universidade Presbiteriana Mackenzie", "Universidade Federal de Pernambuco (UFPE)", "Universidade Federal da Bahia (UFBA)",
         "Universidade Federal de Santa Catarina (UFSC)", "University of Westminster", "Nova School of Business and Economics",
         "Babson College"]  # fmt: skip
_GENRES = ["Dissertação (Mestrado em Administração)", "Tese (Doutorado em Administração de Empresas)",
           "Dissertação (Mestrado Profissional em Gestão e Competitividade)", "MBA dissertation", "MSc dissertation",
           "PhD thesis", "Trabalho de Conclusão de Curso (Graduação em Comunicação Social – Publicidade e Propaganda)",
           "Dissertação (Mestrado em Comunicação e Práticas de Consumo)"]  # fmt: skip
_PUBLISHERS = [("Atlas", "São Paulo"), ("Saraiva", "São Paulo"), ("Pearson Education do Brasil", "São Paulo"),
               ("Elsevier", "Rio de Janeiro"), ("Bookman", "Porto Alegre"), ("Cengage Learning", "São Paulo"),
               ("GEN Atlas", "Barueri"), ("Alta Books", "Rio de Janeiro"), ("Sextante", "Rio de Janeiro"),
               ("FGV Editora", "Rio de Janeiro"), ("Editora Senac São Paulo", "São Paulo"), ("Autêntica", "Belo Horizonte"),
               ("Intersaberes", "Curitiba"), ("Routledge", "Abingdon"), ("Palgrave Macmillan", "Cham"),
               ("Kogan Page", "London"), ("Pearson", "Harlow")]  # fmt: skip
_CLASSICS = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane")], 2018, "Administração de marketing", "15", "Pearson Education do Brasil", "São Paulo"),
    ([("Las Casas", "Alexandre Luzzi")], 2019, "Marketing: conceitos, exercícios, casos", "10", "Atlas", "São Paulo"),
    ([("Parente", "Juracy"), ("Barki", "Edgard")], 2014, "Varejo no Brasil: gestão e estratégia", "2", "Atlas", "São Paulo"),
    ([("Gabriel", "Martha"), ("Kiso", "Rafael")], 2020, "Marketing na era digital: conceitos, plataformas e estratégias", "2", "Atlas", "São Paulo"),
    ([("Meirelles", "Renato"), ("Athayde", "Celso")], 2014, "Um país chamado favela: a maior pesquisa já feita sobre a favela brasileira", None, "Gente", "São Paulo"),
    ([("Kotler", "Philip"), ("Kartajaya", "Hermawan"), ("Setiawan", "Iwan")], 2021, "Marketing 5.0: tecnologia para a humanidade", None, "Sextante", "Rio de Janeiro"),
    ([("Torres", "Cláudio")], 2018, "A bíblia do marketing digital", "2", "Novatec", "São Paulo"),
    ([("Churchill", "Gilbert A."), ("Peter", "J. Paul")], 2012, "Marketing: criando valor para os clientes", "3", "Saraiva", "São Paulo"),
]  # fmt: skip
_LAWS = [
    ("Brasil", 1990, "Lei nº 8.078, de 11 de setembro de 1990 (Código de Defesa do Consumidor)", "https://www.planalto.gov.br/ccivil_03/leis/l8078compilado.htm"),
    ("Brasil", 2018, "Lei nº 13.709, de 14 de agosto de 2018 (Lei Geral de Proteção de Dados Pessoais – LGPD)", "https://www.planalto.gov.br/ccivil_03/_ato2015-2018/2018/lei/l13709.htm"),
    ("Brasil", 2014, "Lei nº 12.965, de 23 de abril de 2014 (Marco Civil da Internet)", "https://www.planalto.gov.br/ccivil_03/_ato2011-2014/2014/lei/l12965.htm"),
    ("Brasil", 2013, "Decreto nº 7.962, de 15 de março de 2013 (regulamenta o comércio eletrônico)", "https://www.planalto.gov.br/ccivil_03/_ato2011-2014/2013/decreto/d7962.htm"),
    ("Brasil", 2021, "Lei nº 14.181, de 1º de julho de 2021 (Lei do Superendividamento)", "https://www.planalto.gov.br/ccivil_03/_ato2019-2022/2021/lei/l14181.htm"),
    ("Brasil", 2011, "Lei nº 12.529, de 30 de novembro de 2011 (Lei de Defesa da Concorrência)", "https://www.planalto.gov.br/ccivil_03/_ato2011-2014/2011/lei/l12529.htm"),
    ("Brasil", 2006, "Lei Complementar nº 123, de 14 de dezembro de 2006 (Estatuto Nacional da Microempresa e da Empresa de Pequeno Porte)", "https://www.planalto.gov.br/ccivil_03/leis/lcp/lcp123.htm"),
    ("Brasil", 2019, "Lei nº 13.874, de 20 de setembro de 2019 (Lei da Liberdade Econômica)", "https://www.planalto.gov.br/ccivil_03/_ato2019-2022/2019/lei/l13874.htm"),
    ("Brazil", 2018, "Law No. 13,709 of 14 August 2018 (General Personal Data Protection Law – LGPD)", "https://www.gov.br/anpd/pt-br"),
    ("Banco Central do Brasil", 2020, "Resolução BCB nº 1, de 12 de agosto de 2020 (Regulamento do Pix)", "https://www.bcb.gov.br/estabilidadefinanceira/exibenormativo?tipo=Resolução BCB&numero=1"),
    ("Autoridade Nacional de Proteção de Dados (ANPD)", 2022, "Resolução CD/ANPD nº 2, de 27 de janeiro de 2022 (agentes de tratamento de pequeno porte)", "https://www.gov.br/anpd/pt-br/documentos-e-publicacoes"),
    ("Conselho Nacional de Autorregulamentação Publicitária (CONAR)", 1980, "Código Brasileiro de Autorregulamentação Publicitária", "http://www.conar.org.br/codigo"),
    ("Agência Nacional de Telecomunicações (Anatel)", 2023, "Resolução nº 765, de 6 de novembro de 2023 (Regulamento Geral de Direitos do Consumidor de Serviços de Telecomunicações)", "https://informacoes.anatel.gov.br/legislacao"),
]  # fmt: skip
# Topics in Portuguese and English; titles are written in one, or in Portuguese with the English in brackets.
_TOPICS = [("marketing de relacionamento", "relationship marketing"), ("inclusão financeira", "financial inclusion"),
           ("pagamentos instantâneos", "instant payments"), ("bancos digitais", "digital banks"),
           ("varejo omnicanal", "omnichannel retail"), ("marketplaces", "marketplaces"),
           ("influenciadores digitais", "digital influencers"), ("consumo de baixa renda", "low-income consumption"),
           ("a nova classe média", "the new middle class"), ("Black Friday", "Black Friday"),
           ("comércio social", "social commerce"), ("vendas pelo WhatsApp", "WhatsApp selling"),
           ("lealdade à marca", "brand loyalty"), ("proteção de dados e marketing", "data protection and marketing"),
           ("publicidade infantil", "advertising to children"), ("live commerce", "live commerce"),
           ("marcas próprias", "private labels"), ("atacarejo", "cash-and-carry retail"),
           ("programas de fidelidade", "loyalty programmes"), ("greenwashing", "greenwashing"),
           ("diversidade na publicidade", "diversity in advertising"), ("consumidores negros", "Black consumers"),
           ("telefonia pré-paga", "prepaid mobile"), ("parcelamento sem juros", "interest-free instalments"),
           ("superapps", "super apps"), ("delivery de comida", "food delivery"), ("cervejas artesanais", "craft beer"),
           ("marketing esportivo", "sports marketing"), ("patrocínio do Carnaval", "Carnival sponsorship"),
           ("brasilidade nas marcas", "Brazilianness in brands"), ("experiência do cliente", "customer experience"),
           ("reclamações no Reclame Aqui", "complaints on Reclame Aqui"), ("cashback", "cashback"),
           ("marketing de causa", "cause-related marketing"), ("consumo consciente", "conscious consumption")]  # fmt: skip
_CITIES = ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Porto Alegre", "Curitiba", "Recife", "Salvador",
           "Fortaleza", "Brasília", "Manaus", "Florianópolis", "Campinas", "Belém", "Goiânia"]  # fmt: skip
_BRANDS = ["Nubank", "Magalu", "Itaú", "Bradesco", "Natura", "O Boticário", "Ambev", "Havaianas", "iFood", "Mercado Livre",
           "Casas Bahia", "Vivo", "PicPay", "Assaí", "Renner", "Guaraná Antarctica", "Cacau Show", "Inter", "C6 Bank"]  # fmt: skip
_PT_FORMS = [("{pt}: um estudo com consumidores de {city}", "{en}: a study of consumers in {city}"),
             ("Efeitos de {pt} sobre a intenção de compra", "Effects of {en} on purchase intention"),
             ("{pt} e confiança do consumidor: evidências do Brasil", "{en} and consumer trust: evidence from Brazil"),
             ("Um estudo sobre {pt} no varejo brasileiro", "A study of {en} in Brazilian retail"),
             ("Antecedentes e consequências de {pt}", "Antecedents and consequences of {en}"),
             ("{pt} na perspectiva do consumidor", "{en} from the consumer's perspective"),
             ("{pt}: o caso {brand}", "{en}: the case of {brand}"),
             ("Desafios de {pt} para pequenas empresas", "The challenges of {en} for small firms"),
             ("{pt} no pós-pandemia", "{en} after the pandemic"),
             ("{pt} entre jovens da geração Z", "{en} among Generation Z")]  # fmt: skip
_EN_FORMS = ["{en}: evidence from Brazil", "{en} in an emerging market: the Brazilian case", "How {brand} approaches {en}",
             "{en} among Brazilian Gen Z consumers", "The rise of {en} in Latin America", "{en}, trust and the LGPD",
             "Rethinking {en} after Pix", "{en} and the Brazilian consumer", "Lessons from {brand} on {en}",
             "{en} in {city}: a qualitative study"]  # fmt: skip
_MR_TITLES = ["Webshoppers {ed}ª edição", "Consumo no Natal {y}", "Dia das Mães {y}: intenção de compra",
              "Dia dos Namorados {y}: hábitos de presente", "Inside Video {y}", "Target Group Index Brasil {y}",
              "Retail in Brazil {y}", "Banking and payments in Brazil {y}", "Black Friday {y}: balanço do e-commerce",
              "Pesquisa Datafolha: uso do Pix e de cartões ({y})", "Brazil: digital banking users {y}",
              "Consumer lifestyles in Brazil {y}", "Panorama do consumidor das classes C, D e E {y}",
              "Social media in Brazil {y}", "Beleza e cuidados pessoais no Brasil {y}"]  # fmt: skip
_SOCIAL = ["Instagram", "LinkedIn", "X (formerly Twitter)", "TikTok", "Facebook", "YouTube"]
_PODCASTS = ["Podcast Meio & Mensagem", "Café da Manhã (Folha)", "Como Ser Mais Bem Pago", "Podcast Marketing de Gentileza",
             "O Assunto (G1)", "Stock Pickers", "Bloomberg Línea Podcast", "ESPM Podcast"]  # fmt: skip


def _plain(text: str) -> str:
    """Accents dropped, as a candidate on an English keyboard types the name ("Goncalves", "Araujo")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


class Blind195WorkFactory(WorkFactory):
    """The blind195 pool's works: Brazilian marketing as candidates in Brazil and its diaspora cite it."""

    # How often each maker is drawn, and the kinds of work (Work.kind) that come out.
    DRAWN: ClassVar[dict[str, int]] = {"book": 12, "ebook": 3, "classic": 3, "chapter": 6, "journal": 22, "thesis": 6, "conference": 4,
             "company-web": 8, "company-report": 6, "trade-body": 5, "regulator": 6, "legislation": 4,
             "market-research": 7, "news": 8, "news-unsigned": 4, "social": 3, "podcast": 2, "video": 2,
             "undated-web": 4}  # fmt: skip
    KINDS: ClassVar[tuple[str, ...]] = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "legislation", "news", "social",
             "podcast", "video")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 195 + 19501)
        self.used_laws: set[str] = set()
        self.dated_orgs: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.18:
            family, given = rng.choice(_COMMUNITY)
            name = {"family": family, "given": given}
        elif roll < 0.30:
            family, given = rng.choice(_EXPATS)
            name = {"family": family, "given": given}
        else:
            given, family = rng.choice(_GIVEN), rng.choice(_SURNAMES)
            form = rng.random()
            if form < 0.22:  # "da Silva", "dos Santos", "de Oliveira": the particle kept in front
                particle, family = rng.choice(_PARTICLE_NAMES)
                name = {"family": family, "given": given, "non-dropping-particle": particle}
            elif form < 0.32:  # "Silva, M.A. da": the particle after the initials
                particle, family = rng.choice(_PARTICLE_NAMES)
                name = {"family": family, "given": given, "dropping-particle": particle}
            elif form < 0.50:  # "Maria Aparecida da Silva Santos": middle surnames among the given names
                joined = " ".join(rng.choice(_PARTICLE_NAMES)) if rng.random() < 0.5 else rng.choice(_SURNAMES)
                name = {"family": family, "given": f"{given} {joined}"}
            elif form < 0.62:  # Filho, Neto, Júnior and Sobrinho kept with the surname
                name = {"family": f"{family} {rng.choice(_SUFFIXES)}", "given": given}
            elif form < 0.67:  # a compound surname
                name = {
                    "family": f"{family} {rng.choice(['Lima', 'Costa', 'Franco', 'Branco', 'Prado', 'Leite'])}",
                    "given": given,
                }
            else:
                name = {"family": family, "given": given}
        if rng.random() < 0.1:  # accents dropped
            name = {key: _plain(value) for key, value in name.items()}
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[36, 26, 16, 9, 5, 4, 2, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            one = self.person()
            if all(one["family"] != other["family"] for other in people):
                people.append(one)
        return people

    def organisation(self) -> tuple[str, set[str]]:
        table = self.rng.choice([_BANKS, _OTHER_FIRMS, _OTHER_FIRMS, _BODIES, _REGULATORS])
        name, tags = self.rng.choice(table)
        return name, set(tags)

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        if self.rng.random() < 0.06:
            return self.rng.randint(1994, 2007)
        return self.rng.randint(2008, 2025)

    def _accessed_after(self, record: dict[str, Any]) -> dict[str, list[list[int]]]:
        parts = record.get("issued", {}).get("date-parts", [[2021]])[0]
        start = datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 15)
        start = max(start, datetime.date(2022, 1, 10))
        day = start + datetime.timedelta(days=self.rng.randint(2, 700))
        day = min(day, datetime.date(2025, 11, 30))
        if day < start:
            day = start
        return {"date-parts": [[day.year, day.month, day.day]]}

    def _online(self, record: dict[str, Any], url: str) -> None:
        record["URL"] = url
        if self.rng.random() < 0.93:  # now and then left out by habit
            record["accessed"] = self._accessed_after(record)

    def _title(self, english: bool = False) -> str:
        rng = self.rng
        pt, en = rng.choice(_TOPICS)
        values = {"city": rng.choice(_CITIES), "brand": rng.choice(_BRANDS)}
        roll = rng.random()
        if roll < 0.55 and not english:
            pt_form, en_form = rng.choice(_PT_FORMS)
            title_pt = pt_form.format(pt=pt, **values)
            title_pt = title_pt[0].upper() + title_pt[1:]
            if rng.random() < 0.6:
                title_en = en_form.format(en=en, **values)
                return f"{title_pt} [{title_en[0].upper() + title_en[1:]}]"
            return title_pt
        title = rng.choice(_EN_FORMS).format(en=en, **values)
        return title[0].upper() + title[1:]

    def _slug(self) -> str:
        return self.fakers["en_GB"].slug()

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation again in the same year ("Banco Central do Brasil, 2019a" and "2019b").
        dated_title = re.search(r"\b(19|20)\d\d\b|\dT\d\d", str(record.get("title", "")))
        if (
            self.dated_orgs
            and "issued" in record
            and kind != "legislation"
            and not dated_title
            and self.rng.random() < 0.12
        ):
            name, tags, issued = self.rng.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
            if kind in ("web", "report") and record.get("type") != "post":  # its own page, not the other's
                record["title"] = self._title()
            if "URL" in record and kind in ("web", "report"):
                record["URL"] = self._org_url(name)
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record)
        if "issued" in record:
            self.dated_orgs.append((name, set(tags), record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 12))
        if self.rng.random() < 0.08:
            record["translator"] = [self.person()]
        return self._person_work(record, "book")

    def _ebook(self) -> Work:
        work = self._book()
        work.record["medium"] = self.rng.choice(["E-book", "Kindle edition"])
        self._online(
            work.record,
            f"https://{self.rng.choice(['www.amazon.com.br', 'bv4.digitalpages.com.br', 'integrada.minhabiblioteca.com.br', 'play.google.com/store/books'])}/{self._slug()}",
        )
        return work

    def _classic(self) -> Work:
        authors, year, title, edition, publisher, place = self.rng.choice(_CLASSICS)
        record: dict[str, Any] = {"type": "book", "title": title, "author": [{"family": f, "given": g} for f, g in authors],
                                  "issued": {"date-parts": [[year]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if edition:
            record["edition"] = edition
        if self.rng.random() < 0.3:  # the same classic read in another printing
            record["issued"] = {"date-parts": [[year + self.rng.randint(1, 4)]]}
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 300)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["Marketing no Brasil: casos e reflexões", "Varejo competitivo",
                                                "The Routledge companion to Latin American marketing",
                                                "Comportamento do consumidor brasileiro", "Gestão de marcas no Brasil",
                                                "Marketing in emerging markets", "Finanças digitais e o consumidor"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 35)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 400)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 68)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.choice(['1590', '1016', '1108', '15728', '12660', '5585'])}/{self.rng.choice(['S0034-7590', 'rausp', 'bar', 'remark', 'jbr', 'ijbm'])}.{self.rng.randint(2010, 2025)}{self.rng.randint(1000, 9999)}"
            )
        elif self.rng.random() < 0.3:
            self._online(
                record,
                f"https://www.scielo.br/j/{self.rng.choice(['rae', 'rac', 'rausp', 'bar', 'cebape'])}/a/{self.fakers['en_GB'].lexify('????????????')}",
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(_UNIS),
                                  "genre": self.rng.choice(_GENRES)}  # fmt: skip
        if self.rng.random() < 0.6:
            self._online(record, self.rng.choice(["https://www.teses.usp.br/teses/disponiveis/12/12139/tde-", "https://repositorio.fgv.br/items/",
                                                  "https://lume.ufrgs.br/handle/10183/", "https://repositorio.ufmg.br/handle/1843/",
                                                  "https://www.maxwell.vrac.puc-rio.br/"]) + str(self.rng.randint(10000, 99999)))  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        year = self.year()
        event = self.rng.choice([("Anais do {r} Encontro da ANPAD (EnANPAD)", "ANPAD", "Rio de Janeiro"),
                                 ("Anais do {r} Congresso Brasileiro de Ciências da Comunicação (Intercom)", "Intercom", "São Paulo"),
                                 ("Anais do {r} Encontro de Marketing da ANPAD (EMA)", "ANPAD", "Curitiba"),
                                 ("Proceedings of the {y} BALAS Annual Conference", "BALAS", "Lisbon"),
                                 ("Proceedings of the Academy of Marketing Conference {y}", "Academy of Marketing", "London"),
                                 ("Anais do {r} SemeAd", "FEA-USP", "São Paulo")])  # fmt: skip
        roman = self.rng.choice(["XXXVIII", "XL", "XLII", "XLIV", "XLVI", "XLVII", "IX", "X", "XI"])
        start = self.rng.randint(1, 20)
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(4),
                                  "container-title": event[0].format(r=roman, y=year), "publisher": event[1],
                                  "publisher-place": event[2], "issued": {"date-parts": [[year]]},
                                  "page": f"{start}-{start + self.rng.randint(10, 16)}"}  # fmt: skip
        return self._person_work(record, "conference")

    def _org_url(self, name: str) -> str:
        if any(name.startswith(key) or key in name for key in _GOV_HOSTS):
            host = next(host for key, host in _GOV_HOSTS.items() if name.startswith(key) or key in name)
            return f"https://{host}/{self._slug()}"
        base = "".join(ch for ch in _plain(name.split(" (")[0]).lower() if ch.isalnum())[:22]
        return f"https://www.{base}.com.br/{self._slug()}"

    def _company_web(self) -> Work:
        name, tags = self.rng.choice(self.rng.choice([_BANKS, _OTHER_FIRMS]))
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice([
            "Nossa história", "Sobre nós [About us]", "Relações com investidores", "Sustentabilidade e ESG",
            "Quem somos", "Press release: {b} anuncia nova campanha de Natal".format(b=name.split(" S.A.")[0]),
            "Our purpose", "Pix: perguntas frequentes", "Programa de fidelidade: regulamento", self._title()])}  # fmt: skip
        if self.rng.random() < 0.75:
            record["issued"] = {"date-parts": [[self.year()]]}
        self._online(record, self._org_url(name))
        return self._org_work(record, "web", name, set(tags))

    def _company_report(self) -> Work:
        name, tags = self.rng.choice(self.rng.choice([_BANKS, _OTHER_FIRMS]))
        year = self.year()
        title = self.rng.choice([f"Relatório anual {year - 1}", f"Relatório de sustentabilidade {year - 1}",
                                 f"Annual report {year - 1}", f"Formulário de referência {year}",
                                 f"Relatório integrado {year - 1} [Integrated report {year - 1}]", f"Divulgação de resultados 4T{str(year - 1)[2:]}",
                                 self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name, "publisher-place": self.rng.choice(["São Paulo", "Rio de Janeiro", "Osasco", "Barueri", "Curitiba"])}  # fmt: skip
        if self.rng.random() < 0.65:
            self._online(record, self._org_url(name))
        return self._org_work(record, "report", name, set(tags))

    def _trade_body(self) -> Work:
        name, tags = self.rng.choice(_BODIES)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = "São Paulo"
        self._online(record, self._org_url(name))
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, set(tags))

    def _regulator(self) -> Work:
        name, tags = self.rng.choice(_REGULATORS)
        own = [title for key, titles in _REGULATOR_TITLES.items() if key in name for title in titles]
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]),
                                  "title": self.rng.choice(own) if own and self.rng.random() < 0.6 else self._title()}  # fmt: skip
        if self.rng.random() < 0.9:
            record["issued"] = {"date-parts": [[self.rng.randint(2012, 2025)]]}
        self._online(record, self._org_url(name))
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, set(tags))

    def _legislation(self) -> Work:
        fresh = [law for law in _LAWS if law[2] not in self.used_laws]
        if not fresh:
            return self._regulator()
        author, year, title, url = self.rng.choice(fresh)
        self.used_laws.add(title)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}}
        if author != "Conselho Nacional de Autorregulamentação Publicitária (CONAR)":
            record["container-title"] = "Diário Oficial da União"
        self._online(record, url)
        tags = {"legislation", "government"}
        return self._org_work(record, "legislation", author, tags)

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2014, 2025) if self.rng.random() < 0.92 else None
        title = self.rng.choice(_MR_TITLES).format(y=year or 2024, ed=self.rng.randint(38, 51))
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" Ebit")[0]}
        if year:
            record["issued"] = {"date-parts": [[year]]}
        self._online(record, self._org_url(name))
        return self._org_work(record, "report", name, {"market-research"})

    def _dated(self) -> list[int]:
        return [self.year(), self.rng.randint(1, 12), self.rng.randint(1, 28)]

    def _news(self) -> Work:
        press = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(press in _ENGLISH_PRESS), "author": self._people(2),
                                  "container-title": press, "issued": {"date-parts": [self._dated()]}}  # fmt: skip
        self._online(record, f"https://{_PRESS_HOSTS[press]}/{self._slug()}")
        return self._person_work(record, "news")

    def _news_unsigned(self) -> Work:
        press = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(press in _ENGLISH_PRESS), "container-title": press,
                                  "issued": {"date-parts": [self._dated()]}}  # fmt: skip
        self._online(record, f"https://{_PRESS_HOSTS[press]}/{self._slug()}")
        return self._org_work(record, "news", press, {"press"})

    def _social(self) -> Work:
        site = self.rng.choice(_SOCIAL)
        record: dict[str, Any] = {"type": "post", "title": self.rng.choice([
            "Feliz Dia das Mães para todas as mães do Brasil 💛", "Nosso novo cartão chegou", "Black Friday de verdade começa agora",
            "Obrigado, Brasil: 100 milhões de clientes", "Bastidores da nossa campanha de São João", self._title()]),
            "container-title": site, "issued": {"date-parts": [self._dated()]}}  # fmt: skip
        self._online(record, f"https://www.{site.split()[0].lower()}.com/{self._slug()}")
        if self.rng.random() < 0.5:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        name, tags = self.rng.choice(self.rng.choice([_BANKS, _OTHER_FIRMS]))
        return self._org_work(record, "social", name, set(tags))

    def _podcast(self) -> Work:
        record: dict[str, Any] = {"type": "broadcast", "title": f"Ep. {self.rng.randint(3, 380)} – {self._title()}",
                                  "container-title": self.rng.choice(_PODCASTS), "medium": "Podcast",
                                  "issued": {"date-parts": [self._dated()]}, "author": self._people(2)}  # fmt: skip
        self._online(record, f"https://open.spotify.com/episode/{self.fakers['en_GB'].lexify('??????????????')}")
        return self._person_work(record, "podcast")

    def _video(self) -> Work:
        record: dict[str, Any] = {"type": "motion_picture", "title": self._title(), "medium": "YouTube video",
                                  "issued": {"date-parts": [self._dated()]}}  # fmt: skip
        self._online(record, f"https://www.youtube.com/watch?v={self.fakers['en_GB'].lexify('???????????')}")
        if self.rng.random() < 0.4:
            record["author"] = [self.person()]
            return self._person_work(record, "video")
        name, tags = self.rng.choice([(p, {"press"}) for p in _PRESS[:12]] + _OTHER_FIRMS[:10])
        return self._org_work(record, "video", name, set(tags))

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title()}
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            self._online(
                record,
                f"https://{self.rng.choice(['medium.com', 'www.linkedin.com/pulse', 'blog.rdstation.com', 'www.mundodomarketing.com.br'])}/{self._slug()}",
            )
            return self._person_work(record, "web")
        name, tags = self.organisation()
        self._online(record, self._org_url(name))
        return self._org_work(record, "web", name, tags | {"undated"})
