"""Works for the blind193 pool (HELD OUT): what marketers in Portugal, Madeira, the Azores and the Portuguese
diaspora cite in CIM Level 6 and 7 reports and MBA assignments written in English.

Portuguese names with several surnames and particles, written in full or shortened and filed under the last
surname ("Ferreira, M.J. dos S."), under a compound surname ("Santos Ferreira, M.J.") or with the particle in front
("dos Santos Ferreira, M.J."); "Júnior", "Neto", "Filho" and "Sobrinho" kept with the surname; accents written
and dropped ("Gonçalves" and "Goncalves"); Cape Verdean, Angolan, Mozambican, Brazilian, Goan and Luso-descendant
names ("Da Silva" in Paris, "DaCosta" in Newark); expatriates writing about the country. Textbooks and e-books
from Lisbon and London publishers, chapters, journal articles with one to eight authors, theses and dissertations
from Nova SBE, Católica-Lisbon, ISEG, ISCTE, FEP, Porto Business School, Minho, Coimbra and Aveiro, conference
papers, company pages and reports (S.A., SGPS, Lda., CRL), trade bodies, regulators and government, laws with the
Assembleia da República or the Diário da República as author, research firms' titles with a year, the press
signed and unsigned, social posts, podcasts, videos and undated pages; Portuguese titles with English in square
brackets.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

_GIVEN_F = ["Maria João", "Ana Rita", "Inês", "Joana", "Mariana", "Catarina", "Beatriz", "Sofia", "Marta", "Rita",
            "Teresa", "Filipa", "Carolina", "Margarida", "Leonor", "Patrícia", "Sílvia", "Conceição", "Fátima",
            "Ana Sofia", "Maria do Céu", "Helena", "Raquel", "Cláudia", "Susana", "Vera", "Andreia", "Mafalda"]  # fmt: skip
_GIVEN_M = ["João Pedro", "Rui", "Nuno", "Tiago", "Pedro", "Miguel", "Duarte", "Gonçalo", "Luís", "José Manuel",
            "António", "Francisco", "Bernardo", "Ricardo", "Paulo", "Vasco", "Henrique", "Diogo", "Hugo", "Sérgio",
            "João Maria", "Manuel", "Tomás", "Rodrigo", "Fernando", "Jorge", "Álvaro", "Martim"]  # fmt: skip
_SURNAMES = ["Ferreira", "Santos", "Silva", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa",
             "Fernandes", "Gonçalves", "Gomes", "Lopes", "Marques", "Alves", "Almeida", "Ribeiro", "Pinto",
             "Carvalho", "Teixeira", "Moreira", "Correia", "Mendes", "Nunes", "Soares", "Vieira", "Monteiro",
             "Cardoso", "Rocha", "Neves", "Coelho", "Cruz", "Cunha", "Pires", "Ramos", "Reis", "Simões", "Antunes",
             "Matos", "Fonseca", "Machado", "Araújo", "Barbosa", "Tavares", "Lourenço", "Castro", "Figueiredo",
             "Magalhães", "Brandão", "Guimarães", "Baptista", "Leitão", "Valente", "Sequeira", "Quintela",
             "Azevedo", "Mota", "Freitas", "Brito", "Amaral", "Medeiros", "Furtado", "Pacheco", "Bettencourt"]  # fmt: skip
_PARTICLES = ["da", "de", "dos", "da", "de"]
# Which particle each surname takes when it is written with one ("da Silva", "dos Santos", "de Sousa", "do Amaral").
_WITH_PARTICLE = {"Silva": "da", "Costa": "da", "Cunha": "da", "Rocha": "da", "Fonseca": "da", "Mota": "da",
                  "Cruz": "da", "Santos": "dos", "Reis": "dos", "Ramos": "dos", "Sousa": "de", "Almeida": "de",
                  "Oliveira": "de", "Carvalho": "de", "Matos": "de", "Castro": "de", "Brito": "de", "Azevedo": "de",
                  "Freitas": "de", "Magalhães": "de", "Figueiredo": "de", "Sequeira": "de", "Medeiros": "de",
                  "Amaral": "do", "Vale": "do", "Carmo": "do", "Couto": "do", "Nascimento": "do", "Pinho": "de"}  # fmt: skip
_SUFFIXES = ["Júnior", "Neto", "Filho", "Sobrinho"]
_COMPOUNDS = ["Sá Carneiro", "Castelo-Branco", "Sousa-Uva", "Vaz Pinto", "Pinto Leite", "Moniz Pereira",
              "Barbosa e Silva", "Cavaco e Silva", "Corte-Real", "Espírito Santo", "Ramalho Eanes", "Mello Breyner",
              "Vasconcelos e Sá", "Brito e Cunha", "Teixeira Duarte", "Lobo Antunes", "Sampaio da Nóvoa"]  # fmt: skip
# Names from the rest of the Portuguese-speaking world and its diaspora: (family, given, particle or "").
_LUSOPHONE = [
    ("Tavares", "Eliana", ""), ("Lopes da Veiga", "Hélio", ""), ("Monteiro", "Adilson", ""), ("Évora", "Nelsa", ""),
    ("Semedo", "Ivanilda", ""), ("Fortes", "Djamila", ""),  # Cape Verdean
    ("Kiala", "Manuel", ""), ("Mbala", "Eurídice", ""), ("Neto", "Agostinho", ""), ("Santos", "Isabel", "dos"),
    ("Lourenço", "Nzinga", ""), ("Cassoma", "Edmilson", ""),  # Angolan
    ("Macuácua", "Celso", ""), ("Nhantumbo", "Luísa", ""), ("Cossa", "Amélia", ""), ("Chissano", "Benedito", ""),
    ("Mondlane", "Nyeleti", ""), ("Sitoe", "Hermínio", ""),  # Mozambican
    ("Nascimento", "Larissa", ""), ("Albuquerque", "Thiago", ""), ("Cavalcanti", "Renata", ""),
    ("Oliveira", "Gustavo", "de"), ("Rocha", "Fernanda", "da"), ("Bragança", "Luiz Felipe", "de"),  # Brazilian
    ("D'Souza", "Anil", ""), ("Menezes", "Savio", ""), ("Colaço", "Priya", ""), ("Sa", "Rohan", "de"),
    ("Fernandes", "Glenda", ""), ("Dias", "Valerie", ""),  # Goan
    ("Da Silva", "Stéphanie", ""), ("De Oliveira", "Kévin", ""), ("Dos Santos", "Mélanie", ""),  # Luso-French
    ("DaCosta", "Michael", ""), ("Medeiros", "Ashley", ""), ("Furtado", "Jason", ""), ("Pacheco", "Nicole", ""),  # US
    ("Amaral", "Jessica", ""), ("Rego", "Daniel", ""), ("Sousa", "Melissa", "de"),  # Luso-Canadian
    ("Ho", "Leonel", ""), ("Senna Fernandes", "Miguel", ""), ("Conceição", "Yvonne", "da"),  # Macanese
]  # fmt: skip
# Expatriates and foreign academics who write about Portuguese markets.
_FOREIGN = [
    ("Hughes", "Rebecca"), ("Clarke", "Tom"), ("Whitfield", "Hannah"), ("Müller", "Katrin"), ("Schäfer", "Lukas"),
    ("Dubois", "Élodie"), ("Lefèvre", "Antoine"), ("García", "Lucía"), ("Fernández", "Pablo"), ("Rossi", "Chiara"),
    ("van den Berg", "Sanne"), ("O'Connell", "Aoife"), ("Nowak", "Magdalena"), ("Andersson", "Erik"),
    ("Symington", "Rupert"), ("Graham", "Alastair"), ("Kapoor", "Neha"), ("Chen", "Li"),
]  # fmt: skip

_PUBLISHERS = [("Edições Sílabo", "Lisboa"), ("Actual Editora", "Coimbra"), ("Almedina", "Coimbra"),
               ("Lidel", "Lisboa"), ("Escolar Editora", "Lisboa"), ("Vida Económica", "Porto"),
               ("Porto Editora", "Porto"), ("Gradiva", "Lisboa"), ("Fundação Francisco Manuel dos Santos", "Lisboa"),
               ("Bertrand Editora", "Lisboa"), ("Pearson", "Harlow"), ("Routledge", "Abingdon"),
               ("Palgrave Macmillan", "Cham"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Editora Atlas", "São Paulo")]  # fmt: skip
_TOPICS_PT = ["o marketing digital", "a fidelização de clientes", "o comércio eletrónico", "as marcas próprias",
              "a banca digital", "os pagamentos móveis", "o turismo sustentável", "o consumidor português",
              "a comunicação de marca", "as redes sociais", "os influenciadores digitais", "o retalho alimentar",
              "a publicidade televisiva", "o vinho do Porto", "as startups portuguesas", "a experiência do cliente",
              "o marketing de conteúdos", "a sustentabilidade", "a geração Z", "o enoturismo"]  # fmt: skip
_TOPICS_EN = ["digital marketing", "customer loyalty", "e-commerce", "private labels", "digital banking",
              "mobile payments", "sustainable tourism", "the Portuguese consumer", "brand communication",
              "social media", "digital influencers", "food retail", "television advertising", "port wine",
              "Portuguese start-ups", "customer experience", "content marketing", "sustainability", "Generation Z",
              "wine tourism"]  # fmt: skip
_OF = {"o": "do", "a": "da", "os": "dos", "as": "das"}  # "o impacto do marketing", "das redes sociais"
_SETTINGS = ["em Portugal", "no retalho português", "na banca portuguesa", "nas PME portuguesas",
             "no setor das telecomunicações", "nos Açores", "na Madeira", "na diáspora portuguesa"]  # fmt: skip
_SETTINGS_EN = ["in Portugal", "in Portuguese retail", "in Portuguese banking", "in Portuguese SMEs",
                "in the telecoms sector", "in the Azores", "in Madeira", "in the Portuguese diaspora"]  # fmt: skip
_EN_TITLES = ["{T} in a small open economy: evidence from Portugal", "Rethinking {t} after the troika years",
              "{T} and brand trust among Portuguese millennials", "The effect of {t} on purchase intention",
              "{T} in Southern Europe: a comparative study", "Why {t} matters to Lusophone consumers",
              "Measuring {t}: a study of Portuguese retail banks", "{T}, nostalgia and saudade in advertising",
              "{T} in times of crisis: lessons from Portugal", "Drivers of {t}: a PLS-SEM approach"]  # fmt: skip
_JOURNALS = ["Revista Portuguesa de Marketing", "Portuguese Journal of Marketing", "Tourism & Management Studies",
             "Journal of Retailing and Consumer Services", "International Journal of Bank Marketing",
             "Revista de Gestão dos Países de Língua Portuguesa", "European Journal of Marketing",
             "Journal of Business Research", "Journal of Marketing Communications", "Comunicação e Sociedade",
             "Observatorio (OBS*)", "Portuguese Economic Journal", "Revista Turismo & Desenvolvimento",
             "European Research on Management and Business Economics", "Journal of Fashion Marketing and Management",
             "British Food Journal", "International Journal of Wine Business Research"]  # fmt: skip
_SCHOOLS = [("Nova School of Business and Economics", "Carcavelos"), ("Católica Lisbon School of Business & Economics", "Lisboa"),
            ("ISEG – Lisbon School of Economics & Management", "Lisboa"), ("ISCTE – Instituto Universitário de Lisboa", "Lisboa"),
            ("Faculdade de Economia da Universidade do Porto", "Porto"), ("Porto Business School", "Porto"),
            ("Universidade do Minho", "Braga"), ("Universidade de Coimbra", "Coimbra"), ("Universidade de Aveiro", "Aveiro"),
            ("Universidade dos Açores", "Ponta Delgada"), ("Universidade da Madeira", "Funchal"),
            ("IPAM – The Marketing School", "Porto")]  # fmt: skip
_GENRES = ["Master's dissertation", "Dissertação de mestrado", "MSc thesis", "PhD thesis", "Tese de doutoramento",
           "MBA project", "Work project (Master in Management)"]  # fmt: skip
_CONFERENCES = ["Proceedings of the EMAC Annual Conference", "Atas do Congresso Internacional de Marketing da APPM",
                "Proceedings of the International Conference on Tourism Research (ICTR)",
                "Atas da Conferência da Associação Portuguesa de Sistemas de Informação",
                "Proceedings of the Global Marketing Conference", "Actas do Congresso da SOPCOM",
                "Proceedings of the ECIE European Conference on Innovation and Entrepreneurship"]  # fmt: skip
_CONF_PLACES = ["Lisboa", "Porto", "Braga", "Aveiro", "Faro", "Funchal", "Coimbra", "Ponta Delgada", "Madrid"]
# Companies as they sign their pages and reports, with their legal forms; tags say what makes each hard.
_COMPANIES = [
    ("Caixa Geral de Depósitos", {"company", "accent"}), ("Caixa Geral de Depósitos, S.A.", {"company", "legal-form", "comma"}),
    ("Millennium bcp", {"company", "lowercase"}), ("Banco Comercial Português, S.A.", {"company", "legal-form"}),
    ("Novo Banco", {"company"}), ("Banco Santander Totta, S.A.", {"company", "legal-form"}), ("BPI", {"company", "acronym"}),
    ("Banco Montepio", {"company"}), ("Crédito Agrícola", {"company", "accent"}),
    ("Caixa Central de Crédito Agrícola Mútuo, CRL", {"company", "legal-form", "cooperative"}),
    ("SIBS", {"company", "acronym"}), ("SIBS Forward Payment Solutions, S.A.", {"company", "legal-form"}),
    ("Revolut", {"company"}), ("MEO", {"company", "acronym"}), ("Altice Portugal", {"company"}),
    ("NOS SGPS", {"company", "legal-form"}), ("NOS Comunicações, S.A.", {"company", "legal-form"}),
    ("Vodafone Portugal", {"company"}), ("DIGI Portugal", {"company"}), ("Sonae MC", {"company"}),
    ("Sonae SGPS, S.A.", {"company", "legal-form"}), ("Continente", {"company"}),
    ("Jerónimo Martins SGPS, S.A.", {"company", "legal-form", "accent"}), ("Jerónimo Martins", {"company", "accent"}),
    ("Pingo Doce", {"company"}), ("Lidl Portugal", {"company"}), ("Auchan Portugal", {"company"}),
    ("Worten", {"company"}), ("Fnac Portugal", {"company"}), ("Parfois", {"company"}), ("Salsa Jeans", {"company"}),
    ("Farfetch", {"company"}), ("Delta Cafés", {"company", "accent"}), ("Grupo Nabeiro", {"company"}),
    ("Sumol+Compal", {"company", "punctuation"}), ("Super Bock Group", {"company"}),
    ("Central de Cervejas e Bebidas, S.A.", {"company", "legal-form"}), ("Sogrape", {"company"}),
    ("Symington Family Estates", {"company"}), ("Corticeira Amorim, S.G.P.S., S.A.", {"company", "legal-form"}),
    ("Vista Alegre", {"company"}), ("Bordallo Pinheiro", {"company"}), ("Science4you", {"company", "digits"}),
    ("TAP Air Portugal", {"company"}), ("CP – Comboios de Portugal, E.P.E.", {"company", "legal-form", "dash"}),
    ("Galp", {"company"}), ("EDP", {"company", "acronym"}), ("EDP Comercial", {"company"}),
    ("The Navigator Company", {"company"}), ("OutSystems", {"company"}), ("Talkdesk", {"company"}),
    ("Feedzai", {"company"}), ("Pastéis de Belém", {"company", "accent"}), ("Licor Beirão", {"company", "accent"}),
    ("Fábrica de Conservas Ramirez & C.ª (Filhos), S.A.", {"company", "legal-form", "ampersand"}),
    ("Vitalis", {"company"}), ("Água de Luso", {"company", "accent"}), ("Glovo Portugal", {"company"}),
    ("Fuel Lisboa", {"company", "agency"}), ("BAR Ogilvy", {"company", "agency"}), ("Uzina", {"company", "agency"}),
    ("Stream and Tough Guys", {"company", "agency"}), ("Havas Portugal", {"company", "agency"}),
    ("Dentsu Creative Portugal", {"company", "agency"}), ("Pestana Hotel Group", {"company"}),
    ("Maria Mendes Consultoria, Unipessoal Lda.", {"company", "legal-form"}), ("Loja das Meias, Lda", {"company", "legal-form"}),
]  # fmt: skip
_TRADE = [
    ("Associação Portuguesa de Anunciantes (APAN)", {"trade-body", "abbreviation"}), ("APAN", {"trade-body", "acronym"}),
    ("Auto Regulação Publicitária (ARP)", {"trade-body", "abbreviation"}), ("ARP", {"trade-body", "acronym"}),
    ("Associação Portuguesa de Empresas de Distribuição (APED)", {"trade-body", "abbreviation"}),
    ("Associação Portuguesa de Bancos", {"trade-body"}), ("ACEPI", {"trade-body", "acronym"}),
    ("Associação da Economia Digital (ACEPI)", {"trade-body", "abbreviation"}),
    ("DECO PROteste", {"trade-body", "mixed-case"}), ("Turismo de Portugal", {"trade-body"}),
    ("Visit Azores", {"trade-body"}), ("Associação de Turismo de Lisboa", {"trade-body"}),
    ("Instituto dos Vinhos do Douro e do Porto, I.P.", {"trade-body", "legal-form"}),
    ("Associação Portuguesa de Profissionais de Marketing (APPM)", {"trade-body", "abbreviation"}),
    ("Casa do Povo de Santa Cruz, IPSS", {"trade-body", "legal-form"}),
]  # fmt: skip
_REGULATORS = [
    ("Comissão Nacional de Proteção de Dados (CNPD)", {"government", "abbreviation"}), ("CNPD", {"government", "acronym"}),
    ("ANACOM", {"government", "acronym"}), ("Autoridade Nacional de Comunicações (ANACOM)", {"government", "abbreviation"}),
    ("Direção-Geral do Consumidor", {"government", "hyphen"}), ("Entidade Reguladora para a Comunicação Social (ERC)", {"government", "abbreviation"}),
    ("ASAE", {"government", "acronym"}), ("Autoridade da Concorrência", {"government"}), ("Banco de Portugal", {"government"}),
    ("Instituto Nacional de Estatística", {"government"}), ("INE", {"government", "acronym"}),
    ("Statistics Portugal", {"government"}), ("PORDATA", {"government", "acronym"}),
    ("Governo de Portugal", {"government"}), ("Governo Regional dos Açores", {"government"}),
    ("Direção Regional de Estatística da Madeira", {"government"}), ("AICEP Portugal Global", {"government"}),
    ("Comissão Europeia", {"government"}), ("European Commission", {"government"}),
]  # fmt: skip
_RESEARCH = ["Marktest", "GfK Portugal", "Kantar Portugal", "Nielsen Portugal", "Statista", "Euromonitor International",
             "Mintel", "Netsonda", "Intercampus", "Ipsos Apeme", "Deloitte Portugal", "PwC Portugal", "Eurostat",
             "Ipsos"]  # fmt: skip
_RESEARCH_TITLES = ["Bareme Imprensa {y}", "Os Portugueses e as Redes Sociais {y} [The Portuguese and social networks {y}]",
                    "Consumer Panel Portugal {y}", "Barómetro de Telecomunicações {y} [Telecoms barometer {y}]",
                    "Grocery retailers in Portugal {y}", "Coffee in Portugal: market report {y}",
                    "Share of Portuguese adults using MB WAY in {y}", "Brand Footprint Portugal {y}",
                    "Retail banking in Portugal: country report {y}", "Wine in Portugal {y}",
                    "Estudo de Consumo Online {y} [Online shopping study {y}]", "Digital economy and society index {y}: Portugal",
                    "E-commerce in Portugal: statistics and facts {y}", "Portugal consumer outlook {y}"]  # fmt: skip
_PRESS = ["Público", "Expresso", "Observador", "Diário de Notícias", "Jornal de Notícias", "Correio da Manhã",
          "Jornal de Negócios", "ECO", "Dinheiro Vivo", "RTP Notícias", "SIC Notícias", "TVI24", "Meios & Publicidade",
          "Marketeer", "Briefing", "Portugal Resident", "The Portugal News", "Financial Times", "Açoriano Oriental",
          "Diário de Notícias da Madeira", "Luso-Americano", "LusoJornal"]  # fmt: skip
_NEWS_TITLES = ["{B} lança nova campanha para o Natal [{B} launches new Christmas campaign]",
                "{B} reforça aposta no digital [{B} steps up its digital push]",
                "Black Friday: portugueses gastaram mais online [Black Friday: Portuguese shoppers spent more online]",
                "{B} é a marca mais valiosa do país [{B} is the country's most valuable brand]",
                "How {B} won over Portugal's Gen Z", "{B} fined by regulator over advertising claims",
                "Santos Populares trazem recorde de vendas [Popular saints bring record sales]",
                "{B} abre loja no Porto [{B} opens a store in Porto]", "Why Lisbon became Europe's start-up darling",
                "MB WAY ultrapassa seis milhões de utilizadores [MB WAY passes six million users]",
                "{B} e Fuel assinam campanha do ano [{B} and Fuel sign the campaign of the year]"]  # fmt: skip
_NEWS_BRANDS = ["Continente", "Pingo Doce", "MEO", "NOS", "Worten", "Delta", "Super Bock", "Sagres", "TAP",
                "Millennium bcp", "Caixa", "Galp", "Parfois", "Licor Beirão", "Vodafone", "Lidl"]  # fmt: skip
_PLATFORMS = ["Instagram", "LinkedIn", "Facebook", "TikTok", "X (formerly Twitter)", "YouTube"]
_PODCASTS = ["Marketeer Podcast", "Conversas com Marca", "O Mundo Numa Caixa", "Briefing Talks", "ECO Avenida",
             "Expresso da Manhã", "Nova SBE Podcasts"]  # fmt: skip
_LAWS = [
    ("Lei n.º 58/2019, de 8 de agosto", 2019, 8, 8, "Diário da República n.º 151/2019, Série I"),
    ("Decreto-Lei n.º 7/2004, de 7 de janeiro (comércio eletrónico)", 2004, 1, 7, "Diário da República n.º 5/2004, Série I-A"),
    ("Código da Publicidade (Decreto-Lei n.º 330/90, de 23 de outubro)", 1990, 10, 23, "Diário da República n.º 245/1990, Série I"),
    ("Lei n.º 24/96, de 31 de julho (Lei de Defesa do Consumidor)", 1996, 7, 31, "Diário da República n.º 176/1996, Série I-A"),
    ("Lei n.º 41/2004, de 18 de agosto", 2004, 8, 18, "Diário da República n.º 194/2004, Série I-A"),
    ("Decreto-Lei n.º 57/2008, de 26 de março (práticas comerciais desleais)", 2008, 3, 26, "Diário da República n.º 60/2008, Série I"),
    ("Lei n.º 16/2022, de 16 de agosto (Lei das Comunicações Eletrónicas)", 2022, 8, 16, "Diário da República n.º 157/2022, Série I"),
    ("Decreto-Lei n.º 84/2021, de 18 de outubro", 2021, 10, 18, "Diário da República n.º 202/2021, Série I"),
    ("Lei n.º 19/2012, de 8 de maio (Lei da Concorrência)", 2012, 5, 8, "Diário da República n.º 89/2012, Série I"),
    ("Decreto-Lei n.º 24/2014, de 14 de fevereiro (contratos celebrados à distância)", 2014, 2, 14, "Diário da República n.º 32/2014, Série I"),
]  # fmt: skip
_LAW_AUTHORS = ["Assembleia da República", "Diário da República", "Portugal", "Presidência do Conselho de Ministros",
                "Ministério da Economia"]  # fmt: skip
_WEB_TITLES = ["Sobre nós [About us]", "A nossa história [Our history]", "Sustainability report {y}",
               "Relatório e Contas {y} [Annual report {y}]", "Relatório de Sustentabilidade {y} [Sustainability report {y}]",
               "Política de privacidade [Privacy policy]", "Our brands", "Press release: results for {y}",
               "Estratégia {y}–{y2} [Strategy {y}–{y2}]", "Investor relations", "Careers at {o}",
               "Campanha de Natal {y} [Christmas campaign {y}]", "Código de Conduta [Code of conduct]",
               "Consumer protection: your rights online", "Statistical bulletin {y}", "Plano de Atividades {y} [Activity plan {y}]"]  # fmt: skip


_OFFICIAL_TITLES = ["Relatório de Regulação {y} [Regulation report {y}]", "Relatório Anual {y} [Annual report {y}]",
                    "Inquérito à utilização de TIC pelas famílias {y} [Survey on ICT use by households {y}]",
                    "Orientações sobre marketing direto [Guidelines on direct marketing]",
                    "Estatísticas do Comércio {y} [Trade statistics {y}]", "Statistical bulletin {y}",
                    "Relatório de Acompanhamento dos Mercados Bancários de Retalho {y} [Retail banking markets monitoring report {y}]",
                    "Barómetro do consumidor {y} [Consumer barometer {y}]", "Código de Conduta [Code of conduct]",
                    "Plano de Atividades {y} [Activity plan {y}]", "Consumer protection: your rights online",
                    "Reclamações {y}: síntese [Complaints {y}: summary]"]  # fmt: skip


class Blind193WorkFactory(WorkFactory):
    """Portuguese, Lusophone and diaspora works, from the pool's own seeded random source."""

    DRAWN: ClassVar[dict[str, int]] = {"book": 12, "chapter": 5, "journal": 20, "thesis": 5, "conference": 4, "company-web": 9,
             "company-report": 7, "trade-body": 5, "regulator": 7, "legislation": 4, "market-research": 8,
             "news": 8, "press-unsigned": 3, "social": 2, "podcast": 2, "video": 2, "undated-web": 4,
             "web-person": 3}  # fmt: skip
    KINDS: ClassVar[tuple[str, ...]] = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "legislation", "news", "social",
             "podcast", "video")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 193 + 19301)
        self.organisations: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.16:
            family, given, particle = rng.choice(_LUSOPHONE)
            name = {"family": family, "given": given}
            if particle:
                name["non-dropping-particle"] = particle
            return name
        if roll < 0.24:
            family, given = rng.choice(_FOREIGN)
            words = family.split()
            if len(words) > 1 and words[0].islower():
                return {"family": " ".join(words[2:] if words[1].islower() else words[1:]),
                        "given": given, "non-dropping-particle": " ".join(w for w in words if w.islower())}  # fmt: skip
            return {"family": family, "given": given}
        given = rng.choice(_GIVEN_F if rng.random() < 0.55 else _GIVEN_M)
        first, last = rng.sample(_SURNAMES, 2)
        pfirst, plast = rng.sample(sorted(_WITH_PARTICLE), 2)
        form = rng.random()
        if form < 0.30:  # filed under the last surname, as in Portugal
            name = {"family": last, "given": given}
        elif form < 0.40:  # the middle surname kept in the given names: "Ferreira, M.J. dos S."
            name = {"family": last, "given": f"{given} {_WITH_PARTICLE[pfirst]} {pfirst}"}
        elif form < 0.48:  # the middle surname as an initial, as a reference manager holds it
            name = {"family": last, "given": f"{given} {first[0]}."}
        elif form < 0.62:  # a compound surname, as Spanish or British journals file it
            name = {"family": f"{first} {last}", "given": given}
        elif form < 0.72:  # the particle before the surname
            name = {"family": plast, "given": given, "non-dropping-particle": _WITH_PARTICLE[plast]}
        elif form < 0.78:
            name = {"family": f"{first} {_WITH_PARTICLE[plast]} {plast}", "given": given}
        elif form < 0.85:  # Júnior, Neto, Filho, Sobrinho kept with the surname
            name = {"family": f"{last} {rng.choice(_SUFFIXES)}", "given": given}
        elif form < 0.93:
            name = {"family": rng.choice(_COMPOUNDS), "given": given}
        else:  # accents dropped by an English-language journal's system
            name = {"family": _plain(last), "given": _plain(given)}
        if rng.random() < 0.06:
            name["given"] = _plain(name["given"])
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 28, 16, 9, 5, 4, 2, 2][:most])[0]
        people: list[dict[str, str]] = []
        for _ in range(count * 3):  # one person is not two authors of the same work
            person = self.person()
            if person not in people:
                people.append(person)
            if len(people) == count:
                break
        return people

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1975, 1999)
        return self.rng.randint(2005, 2024)

    def _accessed(self, issued: dict[str, Any] | None) -> dict[str, list[list[int]]]:
        parts = issued["date-parts"][0] if issued else [2022]
        year = self.rng.randint(max(2023, parts[0]), 2025)
        month = self.rng.randint(parts[1] if year == parts[0] and len(parts) > 1 else 1, 12)
        low = parts[2] if year == parts[0] and len(parts) > 2 and month == parts[1] else 1
        return {"date-parts": [[year, month, self.rng.randint(min(low, 28), 28)]]}

    def _title(self) -> str:
        rng = self.rng
        index = rng.randrange(len(_TOPICS_PT))
        if rng.random() < 0.4:
            setting = rng.randrange(len(_SETTINGS))
            pt, en = _TOPICS_PT[index], _TOPICS_EN[index]
            frames = [(f"{pt[0].upper()}{pt[1:]} {_SETTINGS[setting]}", f"{en[0].upper()}{en[1:]} {_SETTINGS_EN[setting]}"),
                      (f"O impacto {_OF[pt.split(' ', 1)[0]]} {pt.split(' ', 1)[1]} na lealdade à marca", f"The impact of {en} on brand loyalty"),
                      (f"Estudo sobre {pt} {_SETTINGS[setting]}", f"A study of {en} {_SETTINGS_EN[setting]}")]  # fmt: skip
            pt_title, en_title = rng.choice(frames)
            return f"{pt_title} [{en_title}]"
        topic = _TOPICS_EN[index]
        return rng.choice(_EN_TITLES).format(t=topic, T=topic[0].upper() + topic[1:])

    def _url(self, host: str) -> str:
        slug = "-".join(self.rng.sample(["marketing", "clientes", "digital", "portugal", "marca", "estudo", "retalho",
                                         "consumo", "2024", "noticias", "campanha", "dados"], 3))  # fmt: skip
        return f"https://www.{host}/{slug}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation in the same year as an earlier work ("Marktest, 2019a" and "2019b").
        # Only pages and reports are paired, so a newspaper's or a law's author is never swapped for a company.
        pairable = kind in ("web", "report")
        alike = [
            o for o in self.organisations if o[1] & tags & {"company", "government", "trade-body", "market-research"}
        ]
        if pairable and alike and "issued" in record and self.rng.random() < 0.13:
            name, tags, issued = self.rng.choice(alike)
            old = str(record["issued"]["date-parts"][0][0])
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            record["title"] = record["title"].replace(old, str(issued["date-parts"][0][0]))
            if "accessed" in record:
                record["accessed"] = self._accessed(record["issued"])
            if "publisher" in record:
                record["publisher"] = name.split(" (")[0]
        if pairable and "issued" in record:
            self.organisations.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 8))
        if self.rng.random() < 0.15:  # an e-book read online
            record["URL"] = self._url(self.rng.choice(["bibliu.com", "vleBooks.com", "almedina.net", "silabo.pt"]))
            record["accessed"] = self._accessed(record["issued"])
            record["medium"] = "E-book"
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["Marketing em Portugal: casos de estudo [Marketing in Portugal: case studies]",
                                                "Handbook of Research on Tourism and Hospitality in Portugal",
                                                "Gestão de Marcas [Brand management]", "The Lusophone Consumer",
                                                "Comunicação Estratégica [Strategic communication]",
                                                "Digital Transformation in Iberian Retail"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 700)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{start}-{start + self.rng.randint(8, 28)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice([1108, 1016, 1080, 34624, 18089, 21814])}/{self.rng.choice(['ijbm', 'jretconser', 'rpm', 'tms', 'rgplp', 'ejm'])}.{self.rng.randint(2010, 2024)}.{self.rng.randint(100, 9999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        school, place = self.rng.choice(_SCHOOLS)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "issued": {"date-parts": [[self.rng.randint(2010, 2024)]]}, "publisher": school,
                                  "publisher-place": place, "genre": self.rng.choice(_GENRES)}  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = self._url(self.rng.choice(["run.unl.pt", "repositorio.ucp.pt", "repository.utl.pt",
                                                       "repositorio-aberto.up.pt", "repositorium.sdum.uminho.pt",
                                                       "estudogeral.uc.pt", "ria.ua.pt", "repositorio.iscte-iul.pt"]))  # fmt: skip
            record["accessed"] = self._accessed(record["issued"])
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        start = self.rng.randint(1, 400)
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(4),
                                  "container-title": self.rng.choice(_CONFERENCES),
                                  "issued": {"date-parts": [[self.year()]]},
                                  "publisher-place": self.rng.choice(_CONF_PLACES),
                                  "page": f"{start}-{start + self.rng.randint(6, 14)}"}  # fmt: skip
        return self._person_work(record, "conference")

    def _web_title(self, name: str, year: int | None = None, titles: list[str] = _WEB_TITLES) -> str:
        year = year or self.rng.randint(2015, 2024)
        return self.rng.choice(titles).format(y=year, y2=year + 3, o=name.split(",")[0])

    def _company_web(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.year() if self.rng.random() < 0.75 else None
        record: dict[str, Any] = {"type": "webpage", "title": self._web_title(name, year),
                                  "URL": self._url(_host(name))}  # fmt: skip
        if year is not None:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed(record.get("issued"))
        return self._org_work(record, "web", name, set(tags))

    def _company_report(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.year()
        record: dict[str, Any] = {"type": "report", "title": self._web_title(name, year),
                                  "issued": {"date-parts": [[year]]}, "publisher": name,
                                  "publisher-place": self.rng.choice(["Lisboa", "Porto", "Lisbon", "Oeiras", "Matosinhos", "Campo Maior"])}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url(_host(name))
            record["accessed"] = self._accessed(record["issued"])
        if self.rng.random() < 0.12:
            record.pop("issued")
            record.pop("accessed", None)
            if "URL" in record:
                record["accessed"] = self._accessed(None)
        return self._org_work(record, "report", name, set(tags))

    def _trade_body(self) -> Work:
        name, tags = self.rng.choice(_TRADE)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._web_title(name, year := self.year(), _OFFICIAL_TITLES),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(_host(name))}  # fmt: skip
        record["accessed"] = self._accessed(record["issued"])
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, set(tags))

    def _regulator(self) -> Work:
        name, tags = self.rng.choice(_REGULATORS)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._web_title(name, year := self.year(), _OFFICIAL_TITLES),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(_host(name))}  # fmt: skip
        if record["type"] == "report" and self.rng.random() < 0.5:
            record["publisher"], record["publisher-place"] = name.split(" (")[0], "Lisboa"
        record["accessed"] = self._accessed(record["issued"])
        return self._org_work(
            record, "report" if record["type"] == "report" else "web", name, set(tags) | {"government"}
        )

    def _legislation(self) -> Work:
        title, year, month, day, gazette = self.rng.choice(_LAWS)
        name = self.rng.choice(_LAW_AUTHORS)
        record: dict[str, Any] = {"type": "legislation", "title": title,
                                  "issued": {"date-parts": [[year, month, day]]}, "container-title": gazette,
                                  "URL": f"https://diariodarepublica.pt/dr/detalhe/{self.rng.choice(['lei', 'decreto-lei'])}/{self.rng.randint(10000, 999999)}"}  # fmt: skip
        record["accessed"] = self._accessed(record["issued"])
        return self._org_work(record, "legislation", name, {"legislation", "government"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2012, 2024)
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(_RESEARCH_TITLES).format(y=year),
                                  "issued": {"date-parts": [[year]]}, "publisher": name}  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self._url(_host(name))
            record["accessed"] = self._accessed(record["issued"])
        return self._org_work(record, "report", name, {"market-research"})

    def _news_record(self) -> dict[str, Any]:
        year = self.rng.randint(2012, 2024)
        month = self.rng.randint(1, 12)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self.rng.choice(_NEWS_TITLES).replace("{B}", self.rng.choice(_NEWS_BRANDS)),
            "container-title": self.rng.choice(_PRESS), "issued": {"date-parts": [[year, month, self.rng.randint(1, 28)]]},
        }  # fmt: skip
        if self.rng.random() < 0.85:
            record["URL"] = self._url(_host(record["container-title"]))
            record["accessed"] = self._accessed(record["issued"])
        return record

    def _news(self) -> Work:
        record = self._news_record()
        record["author"] = self._people(2)
        return self._person_work(record, "news")

    def _press_unsigned(self) -> Work:
        record = self._news_record()
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _social(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.rng.randint(2018, 2024)
        record: dict[str, Any] = {"type": "post", "title": self.rng.choice(
            ["Feliz Dia de Santo António! 🎉", "Obrigado, Portugal! 10 anos convosco [Thank you, Portugal! 10 years with you]",
             "O nosso Natal começa hoje [Our Christmas starts today]", "Já conhecem a nova campanha? [Have you seen our new campaign?]",
             "Celebrating 25 de Abril with our team", "Black Friday: até 50% de desconto [up to 50% off]",
             "We're hiring in Porto and Lisbon"]),
            "container-title": (platform := self.rng.choice(_PLATFORMS)),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(platform.split()[0].lower() + ".com")}  # fmt: skip
        record["accessed"] = self._accessed(record["issued"])
        if self.rng.random() < 0.3:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        return self._org_work(record, "social", name, set(tags))

    def _podcast(self) -> Work:
        year = self.rng.randint(2018, 2024)
        record: dict[str, Any] = {"type": "song", "medium": "Podcast", "title": self.rng.choice(
            ["Episódio {n}: o futuro do retalho [Episode {n}: the future of retail]", "Ep. {n} – Marcas que contam histórias [Brands that tell stories]",
             "Episode {n}: building a brand from Portugal", "Ep. {n}: MB WAY e o fim do dinheiro [MB WAY and the end of cash]"]).format(n=self.rng.randint(3, 180)),
            "container-title": self.rng.choice(_PODCASTS), "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(self.rng.choice(["open.spotify.com", "podcasts.apple.com", "marketeer.sapo.pt"]))}  # fmt: skip
        record["accessed"] = self._accessed(record["issued"])
        if self.rng.random() < 0.6:
            record["author"] = self._people(2)
            return self._person_work(record, "podcast")
        return self._org_work(record, "podcast", record["container-title"], {"podcast"})

    def _video(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.rng.randint(2010, 2024)
        record: dict[str, Any] = {"type": "motion_picture", "medium": self.rng.choice(["YouTube", "Video", "Vimeo"]),
                                  "title": self.rng.choice(["Anúncio de Natal {y} [Christmas advert {y}]", "Making of: campanha de verão",
                                                            "Web Summit {y}: keynote", "O Pai Natal existe? [Does Father Christmas exist?]",
                                                            "Case study: {o}", "Brand film {y}"]).format(y=year, o=name.split(",")[0]),
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        record["URL"] = self._url("vimeo.com" if record["medium"] == "Vimeo" else "youtube.com")
        record["accessed"] = self._accessed(record["issued"])
        return self._org_work(record, "video", name, set(tags))

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "container-title": self.rng.choice(["Marketeer", "Medium", "LinkedIn Pulse", "Briefing", "Nova SBE Knowledge Centre"]),
                                  "URL": self._url(self.rng.choice(["medium.com", "linkedin.com", "novasbe.unl.pt", "marketeer.sapo.pt"]))}  # fmt: skip
        if self.rng.random() < 0.7:
            record["issued"] = {"date-parts": [[self.rng.randint(2012, 2024)]]}
        record["accessed"] = self._accessed(record.get("issued"))
        return self._person_work(record, "web")

    def _undated_web(self) -> Work:
        if self.rng.random() < 0.6:
            name, tags = self.rng.choice(_COMPANIES + _TRADE + _REGULATORS)
        else:
            name, tags = self.rng.choice(_REGULATORS)
        record: dict[str, Any] = {"type": "webpage", "title": self._web_title(name), "URL": self._url(_host(name)),
                                  "accessed": self._accessed(None)}  # fmt: skip
        return self._org_work(record, "web", name, set(tags) | {"undated"})


def _plain(text: str) -> str:
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def _host(name: str) -> str:
    word = "".join(ch for ch in _plain(name.split(" (")[0].split(",")[0]).lower() if ch.isalnum())
    return f"{word[:18]}.pt"
