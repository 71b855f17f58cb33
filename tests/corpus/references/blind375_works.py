"""The blind375 pool's works: what marketers at game studios and publishers, esports teams, leagues and tournament
organisers, game retailers and digital storefronts, streamers and creator agencies and mobile-game makers in the UK,
Finland, South Korea, Brazil, Poland and the Philippines cite in CIM Level 6 and 7 reports and MBA assignments.

Written without reading the checker, its tests or any other pool. Marketing, digital-marketing and media textbooks
and their chapters (and the classics of gamification and live-streaming research still cited), journal articles on
gamification, player engagement, in-game advertising, fandom, streaming audiences and monetisation with one to eight
authors, conference papers and theses, regulators, ratings boards and trade associations (two works of one body in a
year now and then), governments' creative-industries statistics and legislation as candidates list it, publishers'
annual reports, investor presentations and press pages, market-research firms' and analysts' reports, games press,
signed and unsigned news, videos of talks and undated web pages with access dates. Names as the region's scholars
and journals print them: Finnish ("Mäkelä", "Hämäläinen", "Sjöblom"), Korean romanised with hyphenated given names
("Lee, S.-H."), Brazilian with particles ("da Silva", "dos Santos"), Polish with their letters and hyphenated
married names ("Wiśniewska", "Nowak-Kowalska"), Filipino ("Dela Cruz", "Delos Santos", "Ma. Theresa") and British.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
import re
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "conference", "thesis", "report", "company-report", "investor", "press-page",
         "body", "government", "legislation", "market-research", "games-press", "news", "web", "video")  # fmt: skip

_LOCALES = ["en_GB", "fi_FI", "pt_BR", "pl_PL", "en_US"]

_KOREAN_FAMILIES = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin", "Seo",
                    "Kwon", "Hwang", "Ahn", "Song", "Jeon", "Hong", "Yoo", "Ko", "Moon", "Yang", "Son", "Baek", "Nam",
                    "Oh", "Jeong", "Byun", "Chung"]  # fmt: skip
_KOREAN_GIVEN = ["Min-Jun", "Seo-Yeon", "Ji-Hoon", "Hye-Jin", "Sung-Woo", "Jiwon", "Hyunsoo", "Eun-Ji", "Dong-Hyun",
                 "Soo-Min", "Young-Ho", "Yejin", "Jae-Won", "Ha-Eun", "Sang-Hyeok", "Minseo", "Joon-Young", "Da-Eun",
                 "Kyung-Hee", "Taehyun"]  # fmt: skip
_FILIPINO_FAMILIES = ["Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Torres", "Tomas", "Aquino",
                      "Dela Cruz", "De Leon", "Del Rosario", "Delos Santos", "Villanueva", "Soriano", "Pangilinan",
                      "Macaraeg", "Dimaculangan", "Lacson", "Tan", "Sy", "Lim", "Castillo", "Manalo", "Ramos",
                      "Magsaysay", "Dizon", "Sarmiento", "Evangelista", "Tolentino", "Navarro"]  # fmt: skip
_FILIPINO_GIVEN = ["Maria Cristina", "Jose Antonio", "Ma. Theresa", "Juan Paolo", "Kristine Joy", "John Rey",
                   "Mark Anthony", "Angelica", "Rhea", "Carlo", "Paolo", "Jerome", "Ma. Luisa", "Princess", "Jericho",
                   "Bea", "Lorenzo", "Czarina"]  # fmt: skip
_FINNISH_SWEDISH = [("Sjöblom", "Max"), ("Lindqvist", "Sara"), ("Åström", "Henrik"), ("Holmström", "Linnea"),
                    ("Wikström", "Emil"), ("Grönroos", "Christian"), ("Söderlund", "Ida")]  # fmt: skip
_BRAZILIAN_PARTICLES = [("da", "Silva", "Ana Paula"), ("dos", "Santos", "Rafael"), ("de", "Souza", "Camila"),
                        ("da", "Costa", "Thiago"), ("de", "Oliveira", "Mariana"), ("dos", "Reis", "Lucas"),
                        ("da", "Rocha", "Beatriz")]  # fmt: skip

# Works the candidates of this region still cite: (kind, record without id). Each is drawn once at most per factory.
_CLASSICS: list[tuple[str, dict[str, Any]]] = [
    ("book", {"type": "book", "title": "Marketing management", "author": [{"family": "Kotler", "given": "Philip"}, {"family": "Keller", "given": "Kevin Lane"}, {"family": "Chernev", "given": "Alexander"}],
              "edition": "16", "publisher": "Pearson", "publisher-place": "Harlow", "issued": {"date-parts": [[2022]]}}),
    ("book", {"type": "book", "title": "Digital marketing: strategy, implementation and practice", "author": [{"family": "Chaffey", "given": "Dave"}, {"family": "Ellis-Chadwick", "given": "Fiona"}],
              "edition": "8", "publisher": "Pearson", "publisher-place": "Harlow", "issued": {"date-parts": [[2022]]}}),
    ("book", {"type": "book", "title": "Watch me play: Twitch and the rise of game live streaming", "author": [{"family": "Taylor", "given": "T. L."}],
              "publisher": "Princeton University Press", "publisher-place": "Princeton, NJ", "issued": {"date-parts": [[2018]]}}),
    ("book", {"type": "book", "title": "Convergence culture: where old and new media collide", "author": [{"family": "Jenkins", "given": "Henry"}],
              "publisher": "New York University Press", "publisher-place": "New York", "issued": {"date-parts": [[2006]]}}),
    ("book", {"type": "book", "title": "The cultural industries", "author": [{"family": "Hesmondhalgh", "given": "David"}],
              "edition": "4", "publisher": "Sage", "publisher-place": "London", "issued": {"date-parts": [[2019]]}}),
    ("book", {"type": "book", "title": "Korea's online gaming empire", "author": [{"family": "Jin", "given": "Dal Yong"}],
              "publisher": "MIT Press", "publisher-place": "Cambridge, MA", "issued": {"date-parts": [[2010]]}}),
    ("book", {"type": "book", "title": "A casual revolution: reinventing video games and their players", "author": [{"family": "Juul", "given": "Jesper"}],
              "publisher": "MIT Press", "publisher-place": "Cambridge, MA", "issued": {"date-parts": [[2010]]}}),
    ("book", {"type": "book", "title": "Global games: production, circulation and policy in the networked era", "author": [{"family": "Kerr", "given": "Aphra"}],
              "publisher": "Routledge", "publisher-place": "New York", "issued": {"date-parts": [[2017]]}}),
    ("conference", {"type": "paper-conference", "title": "Does gamification work? A literature review of empirical studies on gamification",
                    "author": [{"family": "Hamari", "given": "Juho"}, {"family": "Koivisto", "given": "Jonna"}, {"family": "Sarsa", "given": "Harri"}],
                    "container-title": "Proceedings of the 47th Hawaii International Conference on System Sciences", "publisher": "IEEE", "publisher-place": "Waikoloa, HI",
                    "page": "3025-3034", "issued": {"date-parts": [[2014]]}}),
    ("conference", {"type": "paper-conference", "title": "From game design elements to gamefulness: defining gamification",
                    "author": [{"family": "Deterding", "given": "Sebastian"}, {"family": "Dixon", "given": "Dan"}, {"family": "Khaled", "given": "Rilla"}, {"family": "Nacke", "given": "Lennart"}],
                    "container-title": "Proceedings of the 15th International Academic MindTrek Conference", "publisher": "ACM", "publisher-place": "Tampere",
                    "page": "9-15", "issued": {"date-parts": [[2011]]}}),
    ("journal", {"type": "article-journal", "title": "A definition for gamification: anchoring gamification in the service marketing literature",
                 "author": [{"family": "Huotari", "given": "Kai"}, {"family": "Hamari", "given": "Juho"}], "container-title": "Electronic Markets",
                 "volume": "27", "issue": "1", "page": "21-31", "issued": {"date-parts": [[2017]]}, "DOI": "10.1007/s12525-015-0212-z"}),
    ("journal", {"type": "article-journal", "title": "Why do people watch others play video games? An empirical study on the motivations of Twitch users",
                 "author": [{"family": "Sjöblom", "given": "Max"}, {"family": "Hamari", "given": "Juho"}], "container-title": "Computers in Human Behavior",
                 "volume": "75", "page": "985-996", "issued": {"date-parts": [[2017]]}}),
    ("journal", {"type": "article-journal", "title": "What is eSports and why do people watch it?",
                 "author": [{"family": "Hamari", "given": "Juho"}, {"family": "Sjöblom", "given": "Max"}], "container-title": "Internet Research",
                 "volume": "27", "issue": "2", "page": "211-232", "issued": {"date-parts": [[2017]]}}),
    ("journal", {"type": "article-journal", "title": "The motivational pull of video games: a self-determination theory approach",
                 "author": [{"family": "Ryan", "given": "Richard M."}, {"family": "Rigby", "given": "C. Scott"}, {"family": "Przybylski", "given": "Andrew"}],
                 "container-title": "Motivation and Emotion", "volume": "30", "issue": "4", "page": "344-360", "issued": {"date-parts": [[2006]]}}),
    ("journal", {"type": "article-journal", "title": "Video game loot boxes are linked to problem gambling: results of a large-scale survey",
                 "author": [{"family": "Zendle", "given": "David"}, {"family": "Cairns", "given": "Paul"}], "container-title": "PLoS ONE",
                 "volume": "13", "issue": "11", "page": "e0206767", "issued": {"date-parts": [[2018]]}, "DOI": "10.1371/journal.pone.0206767"}),
]  # fmt: skip

_JOURNALS = ["Games and Culture", "New Media & Society", "Computers in Human Behavior", "Internet Research",
             "Journal of Interactive Marketing", "Journal of Advertising", "International Journal of Advertising",
             "Journal of Business Research", "Simulation & Gaming", "Entertainment Computing",
             "International Journal of Information Management", "Journal of Consumer Behaviour", "Convergence",
             "Game Studies", "Telematics and Informatics", "Journal of Marketing Management", "Psychology & Marketing",
             "Addictive Behaviors", "Journal of Research in Interactive Marketing", "Information, Communication & Society",
             "Asia Pacific Journal of Marketing and Logistics", "Journal of Retailing and Consumer Services",
             "International Journal of Sports Marketing and Sponsorship", "Sport Management Review",
             "Journal of Global Sport Management", "Transformative Works and Cultures", "Journal of Media Business Studies",
             "Revista de Administração Contemporânea", "RAE-Revista de Administração de Empresas",
             "Brazilian Administration Review", "Central European Management Journal", "Journal of Economics and Management",
             "Philippine Management Review", "Asia-Pacific Social Science Review", "Journal of Korea Game Society",
             "Korea Observer", "Finnish Business Review", "Media, Culture & Society", "Television & New Media",
             "Electronic Commerce Research and Applications", "Journal of Electronic Commerce Research"]  # fmt: skip
_ARTICLE_NUMBERED = {"Computers in Human Behavior", "Journal of Business Research", "Entertainment Computing",
                     "Telematics and Informatics", "International Journal of Information Management",
                     "Journal of Retailing and Consumer Services", "Addictive Behaviors",
                     "Electronic Commerce Research and Applications"}  # fmt: skip

_TOPICS = ["gamification", "player engagement", "in-game advertising", "loot boxes", "battle passes",
           "esports fandom", "live-streaming audiences", "Twitch viewers", "mobile game monetisation",
           "free-to-play games", "virtual goods", "microtransactions", "esports sponsorship", "game streamers",
           "parasocial relationships", "player retention", "brand placement in games", "advergames",
           "fan communities", "game communities on Discord", "mobile esports", "in-app purchases",
           "digital storefronts", "game reviews", "influencer marketing in gaming", "cosmetic items",
           "subscription gaming services", "cloud gaming", "PC bangs", "game localisation",
           "age ratings", "player loyalty", "rewarded video ads", "metaverse brand activations",
           "women in esports", "toxic player behaviour", "crowdfunding of indie games", "early access games"]  # fmt: skip
_CONTEXTS = ["Finnish mobile studios", "Korean PC bangs", "Brazilian esports fans", "Polish game developers",
             "Filipino mobile gamers", "UK players", "Generation Z gamers", "esports spectators", "Twitch streamers",
             "casual players", "League of Legends fans", "Mobile Legends players", "young adults",
             "Southeast Asian markets", "emerging markets", "the UK games industry"]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Routledge", "London"), ("Sage", "London"),
               ("Kogan Page", "London"), ("Palgrave Macmillan", "Cham"), ("Springer", "Cham"), ("MIT Press", "Cambridge, MA"),
               ("Bloomsbury Academic", "London"), ("Emerald Publishing", "Bingley"), ("Oxford University Press", "Oxford"),
               ("Wiley", "Chichester"), ("Edward Elgar", "Cheltenham"), ("CRC Press", "Boca Raton, FL")]  # fmt: skip
_HANDBOOKS = ["The Routledge companion to video game studies", "Esports business management",
              "Global esports: transformation of cultural perceptions of competitive gaming",
              "Handbook of research on gamification", "The video game industry: formation, current state and future",
              "Live streaming culture", "Games and play in the creative industries", "Digital marketing in practice",
              "The Routledge handbook of esports", "Fandom: identities and communities in a mediated world",
              "Mobile gaming in Asia: politics, culture and emerging technologies"]  # fmt: skip
_UNIVERSITIES = ["Tampere University", "Aalto University", "University of Turku", "Yonsei University", "KAIST",
                 "Universidade de São Paulo", "Universidade Federal do Rio Grande do Sul", "Jagiellonian University",
                 "Kozminski University", "University of the Philippines Diliman", "De La Salle University",
                 "Ateneo de Manila University", "University of York", "Staffordshire University", "Abertay University",
                 "Brunel University London"]  # fmt: skip
_CONFERENCES = ["Proceedings of DiGRA {y}", "Proceedings of the {y} CHI Conference on Human Factors in Computing Systems",
                "Proceedings of the Annual Symposium on Computer-Human Interaction in Play (CHI PLAY {y})",
                "Proceedings of the {y} International GamiFIN Conference", "Proceedings of the Academy of Marketing Conference {y}",
                "Proceedings of the Hawaii International Conference on System Sciences {y}",
                "Proceedings of the European Marketing Academy Conference (EMAC {y})"]  # fmt: skip

# Regulators, ratings boards, trade associations and industry bodies, as candidates name them.
_BODIES = [
    ("Advertising Standards Authority", {"regulator"}, "asa.org.uk", "London"), ("ASA", {"regulator", "acronym"}, "asa.org.uk", "London"),
    ("Advertising Standards Authority (ASA)", {"regulator", "abbreviation"}, "asa.org.uk", "London"),
    ("Committee of Advertising Practice (CAP)", {"regulator", "abbreviation"}, "asa.org.uk", "London"),
    ("PEGI", {"ratings", "acronym"}, "pegi.info", "Brussels"), ("Video Standards Council Rating Board", {"ratings"}, "videostandards.org.uk", "London"),
    ("Ukie", {"trade-body"}, "ukie.org.uk", "London"), ("TIGA", {"trade-body", "acronym"}, "tiga.org", "London"),
    ("British Esports Federation", {"trade-body"}, "britishesports.org", "Sunderland"), ("Gambling Commission", {"regulator"}, "gamblingcommission.gov.uk", "Birmingham"),
    ("Children's Commissioner for England", {"public-body", "apostrophe"}, "childrenscommissioner.gov.uk", "London"),
    ("Information Commissioner's Office (ICO)", {"regulator", "apostrophe", "abbreviation"}, "ico.org.uk", "Wilmslow"),
    ("Ofcom", {"regulator"}, "ofcom.org.uk", "London"), ("Competition and Markets Authority (CMA)", {"regulator", "abbreviation"}, "gov.uk/cma", "London"),
    ("Game Rating and Administration Committee (GRAC)", {"ratings", "abbreviation"}, "grac.or.kr", "Busan"),
    ("Korea Creative Content Agency (KOCCA)", {"public-body", "abbreviation"}, "kocca.kr", "Naju"), ("KOCCA", {"public-body", "acronym"}, "kocca.kr", "Naju"),
    ("Korea e-Sports Association (KeSPA)", {"trade-body", "abbreviation"}, "e-sports.or.kr", "Seoul"),
    ("Neogames Finland", {"trade-body"}, "neogames.fi", "Helsinki"), ("Finnish Competition and Consumer Authority (KKV)", {"regulator", "abbreviation"}, "kkv.fi", "Helsinki"),
    ("Associação Brasileira das Desenvolvedoras de Jogos Digitais (Abragames)", {"trade-body", "abbreviation"}, "abragames.org", "São Paulo"),
    ("Conselho Nacional de Autorregulamentação Publicitária (CONAR)", {"regulator", "abbreviation"}, "conar.org.br", "São Paulo"),
    ("Office of Competition and Consumer Protection (UOKiK)", {"regulator", "abbreviation"}, "uokik.gov.pl", "Warsaw"),
    ("Polish Agency for Enterprise Development (PARP)", {"public-body", "abbreviation"}, "parp.gov.pl", "Warsaw"),
    ("Game Developers Association of the Philippines (GDAP)", {"trade-body", "abbreviation"}, "gdap.org.ph", "Manila"),
    ("Games and Amusements Board", {"regulator"}, "gab.gov.ph", "Makati"), ("Ad Standards Council (ASC)", {"regulator", "abbreviation"}, "asc.com.ph", "Manila"),
    ("Movie and Television Review and Classification Board (MTRCB)", {"ratings", "abbreviation"}, "mtrcb.gov.ph", "Quezon City"),
    ("Entertainment Software Association", {"trade-body"}, "theesa.com", "Washington, DC"),
    ("International Age Rating Coalition (IARC)", {"ratings", "abbreviation"}, "globalratings.com", "Brussels"),
    ("Esports Integrity Commission (ESIC)", {"regulator", "abbreviation"}, "esic.gg", "London"), ("Video Games Europe", {"trade-body"}, "videogameseurope.eu", "Brussels"),
    ("IAB UK", {"trade-body", "acronym"}, "iabuk.com", "London"), ("Chartered Institute of Marketing", {"trade-body"}, "cim.co.uk", "Cookham"),
    ("Internet Matters", {"charity"}, "internetmatters.org", "London"), ("Parent Zone", {"charity"}, "parentzone.org.uk", "London"),
]  # fmt: skip
_GOVERNMENT = [
    ("Department for Culture, Media & Sport", {"government", "ampersand", "comma"}, "gov.uk/government/statistics"),
    ("Department for Culture, Media and Sport", {"government", "comma"}, "gov.uk/government/publications"),
    ("DCMS", {"government", "acronym"}, "gov.uk/government/statistics"),
    ("Office for National Statistics", {"government"}, "ons.gov.uk/peoplepopulationandcommunity"), ("ONS", {"government", "acronym"}, "ons.gov.uk/releases"),
    ("House of Commons Digital, Culture, Media and Sport Committee", {"government", "comma"}, "committees.parliament.uk/publications"),
    ("Statistics Finland", {"government"}, "stat.fi/en/publication"), ("Business Finland", {"government"}, "businessfinland.fi/en"),
    ("Ministry of Education and Culture, Finland", {"government", "comma"}, "okm.fi/en/publications"),
    ("Ministry of Culture, Sports and Tourism", {"government", "comma"}, "mcst.go.kr/english/policy"), ("Statistics Korea", {"government"}, "kostat.go.kr/anse"),
    ("Ministério da Cultura", {"government"}, "gov.br/cultura/pt-br"), ("Instituto Brasileiro de Geografia e Estatística (IBGE)", {"government", "abbreviation"}, "ibge.gov.br/en/statistics"),
    ("IBGE", {"government", "acronym"}, "ibge.gov.br/en/statistics"), ("Statistics Poland", {"government"}, "stat.gov.pl/en/topics"),
    ("Główny Urząd Statystyczny (GUS)", {"government", "abbreviation"}, "stat.gov.pl/obszary-tematyczne"),
    ("Ministry of Culture and National Heritage", {"government"}, "gov.pl/web/culture"),
    ("Philippine Statistics Authority (PSA)", {"government", "abbreviation"}, "psa.gov.ph/statistics"),
    ("Department of Trade and Industry", {"government"}, "dti.gov.ph/news"),
    ("Department of Information and Communications Technology (DICT)", {"government", "abbreviation"}, "dict.gov.ph/news"),
    ("European Commission", {"government"}, "ec.europa.eu/commission/presscorner"), ("European Parliament", {"government"}, "europarl.europa.eu/thinktank"),
]  # fmt: skip
_GOV_TITLES = ["Creative industries economic estimates {y}", "Video games and the creative economy",
               "Loot boxes in video games: call for evidence", "Government response to the call for evidence on loot boxes",
               "Immersive and addictive technologies", "Game industry white paper {y}", "Survey of game users {y}",
               "Culture and leisure statistics {y}", "Household use of information technology {y}",
               "Digital economy survey {y}", "Creative economy roadmap {y}-{y2}", "Esports industry survey {y}",
               "Children's online habits {y}", "Internet access: households and individuals, {y}",
               "Guidance on in-game purchases", "Game industry facts and figures {y}", "Cultural participation survey {y}",
               "Digital skills and the creative sector {y}"]  # fmt: skip

_LEGISLATION = [
    ("legislation.gov.uk", "Online Safety Act 2023", 2023, "https://www.legislation.gov.uk/ukpga/2023/50"),
    ("legislation.gov.uk", "Digital Markets, Competition and Consumers Act 2024", 2024, "https://www.legislation.gov.uk/ukpga/2024/13"),
    ("legislation.gov.uk", "The Consumer Protection from Unfair Trading Regulations 2008", 2008, "https://www.legislation.gov.uk/uksi/2008/1277"),
    ("Finlex", "Consumer Protection Act (38/1978)", 1978, "https://www.finlex.fi/en/laki/kaannokset/1978/en19780038"),
    ("Finlex", "Act on Audiovisual Programmes (710/2011)", 2011, "https://www.finlex.fi/en/laki/kaannokset/2011/en20110710"),
    ("Korea Law Translation Center", "Game Industry Promotion Act", 2023, "https://elaw.klri.re.kr/eng_service/lawView.do?hseq=62210"),
    ("Korea Legislation Research Institute", "Act on the Promotion of the e-Sports", 2012, "https://elaw.klri.re.kr/eng_service/lawView.do?hseq=25679"),
    ("Presidência da República", "Lei nº 14.852, de 3 de maio de 2024", 2024, "https://www.planalto.gov.br/ccivil_03/_ato2023-2026/2024/lei/l14852.htm"),
    ("Brasil", "Lei nº 8.078, de 11 de setembro de 1990: Código de Defesa do Consumidor", 1990, "https://www.planalto.gov.br/ccivil_03/leis/l8078compilado.htm"),
    ("Internetowy System Aktów Prawnych", "Ustawa z dnia 16 lutego 2007 r. o ochronie konkurencji i konsumentów", 2007, "https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU20070500331"),
    ("Official Gazette of the Republic of the Philippines", "Republic Act No. 10173: Data Privacy Act of 2012", 2012, "https://www.officialgazette.gov.ph/2012/08/15/republic-act-no-10173/"),
    ("Official Gazette of the Republic of the Philippines", "Republic Act No. 11967: Internet Transactions Act of 2023", 2023, "https://www.officialgazette.gov.ph/2023/12/05/republic-act-no-11967/"),
]  # fmt: skip

# Publishers, studios, esports organisations, storefronts, retailers and platforms: (author, place, domain).
_COMPANIES = [
    ("CD PROJEKT S.A.", "Warsaw", "cdprojekt.com"), ("CD PROJEKT Capital Group", "Warsaw", "cdprojekt.com"),
    ("Techland", "Wrocław", "techland.net"), ("11 bit studios S.A.", "Warsaw", "11bitstudios.com"),
    ("People Can Fly S.A.", "Warsaw", "peoplecanfly.com"), ("Huuuge, Inc.", "Szczecin", "huuugegames.com"),
    ("Supercell", "Helsinki", "supercell.com"), ("Rovio Entertainment Corporation", "Espoo", "rovio.com"),
    ("Remedy Entertainment Plc", "Espoo", "remedygames.com"), ("Housemarque", "Helsinki", "housemarque.com"),
    ("Small Giant Games", "Helsinki", "smallgiantgames.com"), ("Nexon Co., Ltd.", "Tokyo", "nexon.co.jp"),
    ("KRAFTON, Inc.", "Seoul", "krafton.com"), ("Netmarble Corp.", "Seoul", "netmarble.com"),
    ("Com2uS", "Seoul", "com2us.com"), ("Kakao Games", "Seongnam", "kakaogames.com"), ("Pearl Abyss", "Gwacheon", "pearlabyss.com"),
    ("Smilegate", "Seongnam", "smilegate.com"), ("SOOP Co., Ltd.", "Seongnam", "sooplive.co.kr"),
    ("Wildlife Studios", "São Paulo", "wildlifestudios.com"), ("Nuuvem", "Rio de Janeiro", "nuuvem.com"),
    ("FURIA Esports", "São Paulo", "furia.gg"), ("LOUD", "São Paulo", "loud.gg"), ("Garena", "Singapore", "garena.com"),
    ("Sea Limited", "Singapore", "sea.com"), ("Moonton", "Shanghai", "mobilelegends.com"),
    ("Datablitz", "Manila", "datablitz.com.ph"), ("Blacklist International", "Manila", "blacklist.gg"),
    ("Frontier Developments plc", "Cambridge", "frontier.co.uk"), ("Team17 Group plc", "Wakefield", "team17.com"),
    ("Jagex", "Cambridge", "jagex.com"), ("GAME Digital plc", "Basingstoke", "game.co.uk"),
    ("Frasers Group plc", "Shirebrook", "frasers.group"), ("Fnatic", "London", "fnatic.com"),
    ("Guild Esports plc", "London", "guildesports.com"), ("Excel Esports", "London", "excel.gg"),
    ("T1", "Seoul", "t1.gg"), ("Gen.G Esports", "Seoul", "geng.gg"), ("ESL FACEIT Group", "Cologne", "eslfaceitgroup.com"),
    ("Riot Games", "Los Angeles", "riotgames.com"), ("Twitch", "San Francisco", "twitch.tv"),
    ("Valve Corporation", "Bellevue, WA", "steampowered.com"), ("Epic Games", "Cary, NC", "epicgames.com"),
    ("Sony Interactive Entertainment", "San Mateo, CA", "sie.com"), ("Nintendo Co., Ltd.", "Kyoto", "nintendo.co.jp"),
    ("Ubisoft Entertainment SA", "Saint-Mandé", "ubisoft.com"), ("Electronic Arts Inc.", "Redwood City, CA", "ea.com"),
    ("Tencent Holdings Ltd.", "Shenzhen", "tencent.com"), ("Sandbox Network", "Seoul", "sandbox.co.kr"),
    ("The Yogscast", "Bristol", "yogscast.com"), ("YouTube", "San Bruno, CA", "blog.youtube"),
    ("Google", "Mountain View, CA", "blog.google"), ("Apple", "Cupertino, CA", "apple.com"),
    ("Microsoft", "Redmond, WA", "news.xbox.com"), ("McDonald's", "Chicago", "mcdonalds.com"),
]  # fmt: skip
_REPORT_TITLES = ["Annual report {y}", "Integrated annual report {y}", "Management Board report on the activities of the Group in {y}",
                  "Annual report and accounts {y}", "Sustainability report {y}", "Half-year report {y}",
                  "Financial statements {y}", "Annual report {y}: creating great games", "ESG report {y}"]  # fmt: skip
_INVESTOR_TITLES = ["Q{q} {y} results presentation", "Capital markets day {y}", "FY{y} results: investor presentation",
                    "Strategy update {y}", "Q{q} {y} earnings release", "Investor day {y} presentation",
                    "H1 {y} results presentation", "Investor relations: key figures"]  # fmt: skip
_PRESS_TITLES = ["{firm} announces partnership with {partner}", "{firm} reaches {n} million players",
                 "{firm} launches in the Philippines", "{firm} unveils new season", "Our approach to responsible monetisation",
                 "Player safety and community guidelines", "About us", "Our story", "{firm} opens Warsaw studio",
                 "{firm} signs sponsorship deal with {partner}", "Creator programme: how it works", "Probability disclosures",
                 "{firm} statement on loot box regulation", "Brand partnerships", "{firm} expands into Brazil"]  # fmt: skip
_PARTNERS = ["Red Bull", "Mastercard", "Samsung", "Logitech G", "Mercedes-Benz", "Secretlab", "Monster Energy",
             "Globe Telecom", "Smart Communications", "Vivo", "Itaú", "Orlen", "Allegro", "Nokia", "SK Telecom"]  # fmt: skip

_MARKET_RESEARCH = ["Newzoo", "Sensor Tower", "data.ai", "Statista", "Mintel", "Ampere Analysis", "Niko Partners",
                    "Circana", "GfK", "Kantar", "YouGov", "Stream Hatchet", "StreamElements", "Esports Charts", "Omdia",
                    "Enders Analysis", "PwC", "Deloitte", "GWI", "Ernst & Young", "McKinsey & Company", "Bain & Company",
                    "MIDiA Research", "Pesquisa Game Brasil", "Krakow Technology Park", "Drake Star Partners",
                    "InvestGame", "Naavik", "Euromonitor International", "Frost & Sullivan"]  # fmt: skip
_MARKETS = ["the UK", "Finland", "South Korea", "Brazil", "Poland", "the Philippines", "Europe", "Southeast Asia",
            "Latin America", "the Nordics", "Central and Eastern Europe"]  # fmt: skip
_MR_TITLES = ["Global games market report {y}", "{m} games market: size, share and forecast to {y2}",
              "Mobile gaming in {m}: consumer insights {y}", "State of mobile {y}", "Global esports and live streaming market report {y}",
              "Number of monthly active Twitch streamers worldwide from 2018 to {y}", "Share of gamers in {m} who paid for in-game items in {y}",
              "Live streaming trends report Q{q} {y}", "Video games – {m} – {mo} {y}", "Gaming and esports: consumer trends {y}",
              "Global entertainment & media outlook {y}-{y2}", "Digital media trends {y}", "Gen Z and gaming {y}",
              "Esports viewership report {y}", "Games industry M&A and investment review {y}", "The mobile gaming gold rush",
              "Battle passes and player spending", "In-game advertising: the next frontier", "The game industry of Poland {y}",
              "Games and esports in {m}: market overview"]  # fmt: skip
_MR_DOMAINS = {"Newzoo": "newzoo.com", "Sensor Tower": "sensortower.com", "data.ai": "data.ai", "Statista": "statista.com",
               "Mintel": "mintel.com", "Ampere Analysis": "ampereanalysis.com", "Niko Partners": "nikopartners.com",
               "Circana": "circana.com", "GfK": "gfk.com", "Kantar": "kantar.com", "YouGov": "yougov.co.uk",
               "Stream Hatchet": "streamhatchet.com", "StreamElements": "streamelements.com", "Esports Charts": "escharts.com",
               "Omdia": "omdia.tech.informa.com", "Enders Analysis": "endersanalysis.com", "PwC": "pwc.com",
               "Deloitte": "deloitte.com", "GWI": "gwi.com", "Ernst & Young": "ey.com", "McKinsey & Company": "mckinsey.com",
               "Bain & Company": "bain.com", "MIDiA Research": "midiaresearch.com", "Pesquisa Game Brasil": "pesquisagamebrasil.com.br",
               "Krakow Technology Park": "kpt.krakow.pl", "Drake Star Partners": "drakestar.com", "InvestGame": "investgame.net",
               "Naavik": "naavik.co", "Euromonitor International": "euromonitor.com", "Frost & Sullivan": "frost.com"}  # fmt: skip
# Firms that publish annual reports and investor presentations (listed, or reporting to bondholders and owners).
_REPORTING = {"CD PROJEKT S.A.", "CD PROJEKT Capital Group", "11 bit studios S.A.", "People Can Fly S.A.", "Huuuge, Inc.",
              "Supercell", "Rovio Entertainment Corporation", "Remedy Entertainment Plc", "Nexon Co., Ltd.", "KRAFTON, Inc.",
              "Netmarble Corp.", "Com2uS", "Kakao Games", "Pearl Abyss", "SOOP Co., Ltd.", "Sea Limited",
              "Frontier Developments plc", "Team17 Group plc", "GAME Digital plc", "Frasers Group plc", "Guild Esports plc",
              "ESL FACEIT Group", "Sony Interactive Entertainment", "Nintendo Co., Ltd.", "Ubisoft Entertainment SA",
              "Electronic Arts Inc.", "Tencent Holdings Ltd."}  # fmt: skip
_MONTHS = ["January", "March", "April", "June", "September", "October", "November"]

_GAMES_PRESS = ["GamesIndustry.biz", "Eurogamer", "PocketGamer.biz", "Polygon", "IGN", "The Verge", "Kotaku", "PC Gamer",
                "VGC", "Dexerto", "Esports Insider", "MCV/Develop", "Game Developer", "Inven Global", "The Esports Observer",
                "Rock Paper Shotgun", "Gamereactor", "ONE Esports", "Esports.gg"]  # fmt: skip
_NEWS = ["BBC News", "The Guardian", "Financial Times", "Reuters", "Bloomberg", "The Korea Herald", "The Korea Times",
         "Korea JoongAng Daily", "Yonhap News Agency", "Yle News", "Helsinki Times", "Helsingin Sanomat", "Folha de S.Paulo",
         "Valor Econômico", "Exame", "Rzeczpospolita", "Puls Biznesu", "Notes from Poland", "Philippine Daily Inquirer",
         "Rappler", "BusinessWorld", "The Philippine Star", "ABS-CBN News", "The Times", "The Independent", "Campaign",
         "Marketing Week", "The Drum"]  # fmt: skip
_NEWS_TITLES = ["{firm} posts record revenue as {topic} grows", "Why {topic} matters to {ctx}",
                "{firm} lays off staff after weak year", "Regulators turn to {topic}", "{firm} bets on {topic}",
                "Inside the rise of {topic} among {ctx}", "{firm} shares jump after strong launch",
                "How {firm} won over {ctx}", "{topic}: the new battleground for brands", "The business of {topic}",
                "{firm} faces backlash over {topic}", "Esports teams look for new revenue as {topic} slows",
                "Players spend more on {topic} despite cost-of-living squeeze", "{firm} plans expansion into {m}"]  # fmt: skip
_WEB_ORGS = ["Twitch", "Discord", "Roblox Corporation", "Liquipedia", "PlayStation", "Xbox", "Nintendo UK",
             "Google Play", "Unity", "Epic Games", "Riot Games", "Supercell", "PEGI", "Ukie", "Esports Charts", "Fnatic",
             "LOUD", "Datablitz", "Nuuvem", "GAME", "CeX", "Samsung", "Logitech G"]  # fmt: skip
_WEB_TITLES = ["About {org}", "What do the labels mean?", "{org} partner programme", "Brand partnerships", "Advertising on {org}",
               "How loot boxes work", "Our games", "Careers at {org}", "Community guidelines", "Creator programme",
               "Responsible gaming", "Age ratings explained", "Esports", "Store: top sellers", "Rewarded ads best practice",
               "{org} for brands", "Parents' guide to {topic}", "Player support: purchases and refunds",
               "Season pass FAQ", "Terms of service"]  # fmt: skip
_CHANNELS = ["YouTube", "Twitch", "GDC Vault", "Vimeo"]
_VIDEO_TITLES = ["How we grew {topic}", "Live ops at scale: lessons from {firm}", "The economics of {topic}",
                 "Building a fan base for {topic}", "Monetisation without pay-to-win", "Brand deals for streamers explained",
                 "What esports sponsors really want", "Postmortem: launching a mobile game in {m}"]  # fmt: skip


class Blind375WorkFactory(WorkFactory):
    """blind375's works: a seeded mix of the kinds above, with names of the region as its journals print them."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 375)
        for index, locale in enumerate(_LOCALES):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.drawn = True
        self.classics = list(range(len(_CLASSICS)))
        self.rng.shuffle(self.classics)
        self.issued_by: list[tuple[str, set[str], dict[str, Any], str, str, str]] = []  # organisations' dated works
        self.acts = list(range(len(_LEGISLATION)))

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.24:
            name = self._faker_person("en_GB")
            roll = self.rng.random()
            if roll < 0.08:  # British double-barrelled names
                name["family"] = f"{name['family']}-{self.fakers['en_GB'].last_name()}"
            elif roll < 0.13:  # Irish and Scottish prefixes
                name["family"] = self.rng.choice(["O'", "Mc", "Mac"]) + self.fakers["en_GB"].last_name().split("-")[0]
        elif roll < 0.36:
            if self.rng.random() < 0.2:
                family, given = self.rng.choice(_FINNISH_SWEDISH)
                return {"family": family, "given": given}
            name = self._faker_person("fi_FI")
        elif roll < 0.52:
            return {"family": self.rng.choice(_KOREAN_FAMILIES), "given": self.rng.choice(_KOREAN_GIVEN)}
        elif roll < 0.65:
            if self.rng.random() < 0.25:
                particle, family, given = self.rng.choice(_BRAZILIAN_PARTICLES)
                return {"family": family, "given": given, "non-dropping-particle": particle}
            name = self._faker_person("pt_BR")
        elif roll < 0.79:
            name = self._faker_person("pl_PL")
            if self.rng.random() < 0.15:  # a married name written with both surnames
                name["family"] = f"{name['family']}-{self.fakers['pl_PL'].last_name()}"
        elif roll < 0.91:
            return {"family": self.rng.choice(_FILIPINO_FAMILIES), "given": self.rng.choice(_FILIPINO_GIVEN)}
        else:
            name = self._faker_person("en_US")
        return name

    def _faker_person(self, locale: str) -> dict[str, str]:
        fake = self.fakers[locale]
        family, given = fake.last_name(), fake.first_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():  # "da Cunha": the particle apart, as reference managers keep it
            return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[30, 28, 20, 10, 5, 3, 2, 2][:most])[0]
        return [self.person() for _ in range(count)]

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        return self.rng.randint(2008, 2025) if self.rng.random() < 0.95 else self.rng.randint(1995, 2007)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        while True:
            when = [self.rng.randint(2022, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            if issued is None or when[: len(issued)] >= issued:
                return {"date-parts": [when]}

    def _dated(self, record: dict[str, Any], full: bool) -> list[int]:
        year = self.year()
        parts = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)] if full else [year]
        record["issued"] = {"date-parts": [parts]}
        return parts

    def _recent(self, record: dict[str, Any], full: bool) -> list[int]:
        """A firm's own documents: from the last ten years or so."""
        parts = self._dated(record, full)
        parts[0] = self.rng.randint(2014, 2025)
        return parts

    def _title(self) -> str:
        topic, ctx = self.rng.choice(_TOPICS), self.rng.choice(_CONTEXTS)
        other = self.rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]} and {other}: evidence from {ctx}",
                 f"Understanding {topic} among {ctx}", f"The effect of {topic} on {other}",
                 f"Why players pay: {topic} and {other}", f"{topic[0].upper()}{topic[1:]} as a marketing tool",
                 f"Drivers of {topic}: a study of {ctx}", f"{topic[0].upper()}{topic[1:]} in {self.rng.choice(_MARKETS)}",
                 f"From players to fans: {topic} among {ctx}", f"Rethinking {topic}",
                 f"{topic[0].upper()}{topic[1:]}, trust and {other}: a mixed-methods study"]  # fmt: skip
        return self.rng.choice(forms)

    def _url(self, domain: str) -> str:
        return f"https://www.{domain}/{self.fakers['en_GB'].slug()}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        self.drawn = kind is None  # the classics only in a drawn mix: a work asked for by kind gets its authors changed
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "conference", "thesis", "report", "company-report", "investor", "press-page",
             "body", "government", "legislation", "market-research", "games-press", "news", "web", "video"],
            weights=[9, 5, 20, 3, 2, 3, 5, 3, 4, 7, 6, 3, 9, 7, 7, 5, 2],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same body in the same year as an earlier work of its kind ("Ukie, 2023a" and "2023b"):
        # the work becomes that body's, with its place, web address and the earlier work's date.
        earlier = [e for e in self.issued_by if e[3] == kind]
        if earlier and "issued" in record and kind != "legislation" and self.rng.random() < 0.15:
            name, tags, issued, _kind, host, place = self.rng.choice(earlier)
            shift = issued["date-parts"][0][0] - record["issued"]["date-parts"][0][0]
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            record["title"] = re.sub(r"\b(19|20)\d\d\b", lambda m: str(int(m.group(0)) + shift), record["title"])
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
            if "URL" in record and host:
                record["URL"] = re.sub(r"^https://[^/]+", host, record["URL"])
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
            if place and record.get("publisher-place"):
                record["publisher-place"] = place
            if record.get("type") == "article-newspaper":
                record["container-title"] = name
        if "issued" in record:
            host = re.match(r"^https://[^/]+", record.get("URL", ""))
            self.issued_by.append((name, tags, record["issued"], kind, host.group(0) if host else "",
                                   record.get("publisher-place", "")))  # fmt: skip
        return super()._org_work(record, kind, name, tags)

    def _classic(self, kind: str) -> Work | None:
        for index in list(self.classics):
            if _CLASSICS[index][0] == kind:
                self.classics.remove(index)
                record = {k: (list(v) if isinstance(v, list) else v) for k, v in _CLASSICS[index][1].items()}
                return self._person_work(record, kind)
        return None

    def _book(self) -> Work:
        if self.drawn and self.rng.random() < 0.35 and (classic := self._classic("book")) is not None:
            return classic
        publisher, place = self.rng.choice(_PUBLISHERS)
        topic = self.rng.choice(_TOPICS)
        title = self.rng.choice([f"Marketing {topic}", f"{topic[0].upper()}{topic[1:]}: a marketing perspective",
                                 "Esports marketing", "The business of esports", "Marketing video games",
                                 "Digital marketing for the games industry", "Game-based marketing", "Fandom and the media",
                                 "Streaming culture", "Brands at play: marketing in games and virtual worlds",
                                 "Media economics", "Consumer behaviour in digital environments",
                                 f"Strategic marketing for {self.rng.choice(_CONTEXTS)}"])  # fmt: skip
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4), "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        self._dated(record, False)
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 7))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(_HANDBOOKS), "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        self._dated(record, False)
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        if self.drawn and self.rng.random() < 0.15 and (classic := self._classic("journal")) is not None:
            return classic
        journal = self.rng.choice(_JOURNALS)
        record: dict[str, Any] = {"type": "article-journal", "title": self._title(), "author": self._people(8),
                                  "container-title": journal, "volume": str(self.rng.randint(1, 90))}  # fmt: skip
        if journal in _ARTICLE_NUMBERED:
            record["page"] = str(self.rng.randint(100000, 108999))
        else:
            record["issue"] = str(self.rng.randint(1, 8))
            start = self.rng.randint(1, 1200)
            record["page"] = f"{start}-{start + self.rng.randint(9, 28)}"
        self._dated(record, False)
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 1199)}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(2008, 2025)}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _conference(self) -> Work:
        if self.drawn and self.rng.random() < 0.4 and (classic := self._classic("conference")) is not None:
            return classic
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(5)}
        year = self._dated(record, False)[0]
        record["container-title"] = self.rng.choice(_CONFERENCES).format(y=year)
        start = self.rng.randint(1, 400)
        record["page"] = f"{start}-{start + self.rng.randint(6, 14)}"
        return self._person_work(record, "conference")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "genre": self.rng.choice(["PhD thesis", "MBA dissertation", "MSc dissertation", "Master's thesis"]),
                                  "publisher": self.rng.choice(_UNIVERSITIES)}  # fmt: skip
        self._dated(record, False)
        if self.rng.random() < 0.5:
            record["URL"] = self._url("repository." + self.fakers["en_GB"].domain_name())
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "thesis")

    def _report(self) -> Work:
        """An analyst's or researcher's report with named authors."""
        firm = self.rng.choice(_MARKET_RESEARCH)
        record: dict[str, Any] = {"type": "report", "author": self._people(3), "publisher": firm}
        issued = self._recent(record, False)
        record["title"] = self._mr_title(issued[0])
        if self.rng.random() < 0.8:
            record["URL"] = self._url(_MR_DOMAINS[firm])
            record["accessed"] = self._accessed_after(issued)
        return self._person_work(record, "report")

    def _mr_title(self, year: int) -> str:
        return self.rng.choice(_MR_TITLES).format(y=year, y2=year + self.rng.randint(3, 6), m=self.rng.choice(_MARKETS),
                                                  q=self.rng.randint(1, 4), mo=self.rng.choice(_MONTHS))  # fmt: skip

    def _market_research(self) -> Work:
        firm = self.rng.choice(_MARKET_RESEARCH)
        record: dict[str, Any] = {"type": "report", "publisher": firm}
        year = self.rng.randint(2014, 2025)
        if self.rng.random() < 0.92:
            record["issued"] = {"date-parts": [[year]]}
        record["title"] = self._mr_title(year)
        record["URL"] = self._url(_MR_DOMAINS[firm])
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        tags = {"market-research"} | ({"ampersand"} if "&" in firm else set())
        return self._org_work(record, "market-research", firm, tags)

    def _company(self, reporting: bool = False) -> tuple[str, str, str]:
        return self.rng.choice([c for c in _COMPANIES if c[0] in _REPORTING] if reporting else _COMPANIES)

    def _company_report(self) -> Work:
        name, place, domain = self._company(reporting=True)
        record: dict[str, Any] = {"type": "report", "publisher": name.split(" (")[0], "publisher-place": place}
        issued = self._recent(record, False)
        record["title"] = self.rng.choice(_REPORT_TITLES).format(y=issued[0] - self.rng.randint(0, 1))
        if self.rng.random() < 0.85:
            record["URL"] = f"https://www.{domain}/investors/{self.fakers['en_GB'].slug()}"
            record["accessed"] = self._accessed_after(issued)
        return self._org_work(record, "company-report", name, {"company"})

    def _investor(self) -> Work:
        name, place, domain = self._company(reporting=True)
        record: dict[str, Any] = {"type": "report", "genre": "Investor presentation", "publisher": name.split(" (")[0],
                                  "publisher-place": place}  # fmt: skip
        issued = self._recent(record, self.rng.random() < 0.5)
        record["title"] = self.rng.choice(_INVESTOR_TITLES).format(
            y=issued[0] - self.rng.randint(0, 1), q=self.rng.randint(1, 4)
        )
        record["URL"] = f"https://www.{domain}/investor-relations/{self.fakers['en_GB'].slug()}"
        record["accessed"] = self._accessed_after(issued)
        return self._org_work(record, "investor", name, {"company"})

    def _press_page(self) -> Work:
        name, _place, domain = self._company()
        firm = name.split(",")[0].replace(" S.A.", "").replace(" plc", "").replace(" Plc", "")
        record: dict[str, Any] = {
            "type": "webpage", "container-title": f"{firm} newsroom" if self.rng.random() < 0.5 else firm,
            "title": self.rng.choice(_PRESS_TITLES).format(firm=firm, partner=self.rng.choice(_PARTNERS), n=self.rng.randint(2, 900)),
            "URL": f"https://www.{domain}/news/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        issued = self._recent(record, True) if self.rng.random() < 0.8 else None
        if issued is None:
            record.pop("issued", None)
        record["accessed"] = self._accessed_after(issued)
        tags = {"company"} | ({"undated"} if issued is None else set()) | ({"apostrophe"} if "'" in name else set())
        return self._org_work(record, "press-page", name, tags)

    def _body(self) -> Work:
        name, tags, domain, place = self.rng.choice(_BODIES)
        topic = self.rng.choice(_TOPICS)
        record: dict[str, Any] = {
            "type": self.rng.choice(["webpage", "report", "report"]),
            "title": self.rng.choice([f"Guidance on {topic}", "Advertising in-game purchases", "Annual report {y}",
                                      "The games industry in numbers {y}", f"Consumer survey on {topic}",
                                      "Esports: a guide for parents", "Rulings on in-game advertising", "Age ratings: annual review {y}",
                                      f"Code of conduct for {topic}",
                                      "Industry code of practice", "Strategy {y}-{y2}", "Player safety report {y}",
                                      "What is esports?", "Our members", f"Position paper on {topic}"]),
            "URL": f"https://www.{domain}/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        dated = self.rng.random() < 0.8
        issued = self._dated(record, record["type"] == "webpage" and self.rng.random() < 0.4) if dated else None
        year = issued[0] if issued else 2024
        record["title"] = record["title"].format(y=year, y2=year + 3)
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = place
        record["accessed"] = self._accessed_after(issued)
        return self._org_work(record, "body", name, set(tags) | ({"undated"} if not dated else set()))

    def _government(self) -> Work:
        name, tags, path = self.rng.choice(_GOVERNMENT)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"])}
        issued = self._dated(record, False)
        record["title"] = self.rng.choice(_GOV_TITLES).format(y=issued[0] - self.rng.randint(0, 1), y2=issued[0] + 3)
        record["URL"] = f"https://www.{path}/{self.fakers['en_GB'].slug()}"
        record["accessed"] = self._accessed_after(issued)
        return self._org_work(record, "government", name, set(tags))

    def _legislation(self) -> Work:
        if not self.acts:  # every act drawn once already: a government page instead
            return self._government()
        index = self.rng.choice(self.acts)
        self.acts.remove(index)
        author, title, year, url = _LEGISLATION[index]
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}, "URL": url}
        record["accessed"] = self._accessed_after([year])
        return self._org_work(record, "legislation", author, {"legislation"})

    def _games_press(self) -> Work:
        outlet = self.rng.choice(_GAMES_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "container-title": outlet, "title": self._news_title(),
            "URL": self._url(outlet.lower().replace(" ", "").replace("/", "") + ("" if "." in outlet else ".com")),
        }  # fmt: skip
        issued = self._dated(record, True)
        record["accessed"] = self._accessed_after(issued)
        if self.rng.random() < 0.85:
            record["author"] = self._people(2)
            return self._person_work(record, "games-press")
        return self._org_work(record, "games-press", outlet, {"press"})

    def _news_title(self) -> str:
        name = self._company()[0]
        firm = name.split(",")[0].replace(" S.A.", "").replace(" plc", "").replace(" Plc", "")
        title = self.rng.choice(_NEWS_TITLES).format(firm=firm, topic=self.rng.choice(_TOPICS), ctx=self.rng.choice(_CONTEXTS),
                                                     m=self.rng.choice(_MARKETS))  # fmt: skip
        return title[0].upper() + title[1:]

    def _news(self) -> Work:
        paper = self.rng.choice(_NEWS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "container-title": paper, "title": self._news_title(),
            "URL": self._url(paper.lower().replace(" ", "").replace(".", "") + ".com"),
        }  # fmt: skip
        issued = self._dated(record, True)
        record["accessed"] = self._accessed_after(issued)
        if self.rng.random() < 0.6:
            record["author"] = self._people(3)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _web(self) -> Work:
        """A web page, often undated: a platform's help page, a store page, a wiki, a blog post by a person."""
        org = self.rng.choice(_WEB_ORGS)
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self.rng.choice(_WEB_TITLES).format(org=org, topic=self.rng.choice(_TOPICS)),
            "URL": self._url(org.lower().replace(" ", "") + ".com"),
        }  # fmt: skip
        issued = self._dated(record, self.rng.random() < 0.3) if self.rng.random() < 0.4 else None
        record["accessed"] = self._accessed_after(issued)
        if self.rng.random() < 0.3:
            record["type"] = "post-weblog"
            blog, host = self.rng.choice([("Medium", "medium.com"), ("Substack", "substack.com"), ("LinkedIn", "linkedin.com/pulse"),
                                          (f"{org} blog", org.lower().replace(" ", "") + ".com/blog")])  # fmt: skip
            record["container-title"] = blog
            record["URL"] = self._url(host)
            record["title"] = self._title()
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        return self._org_work(record, "web", org, {"undated"} if issued is None else set())

    def _video(self) -> Work:
        channel = self.rng.choice(_CHANNELS)
        name = self._company()[0].split(",")[0]
        record: dict[str, Any] = {
            "type": "motion_picture", "medium": "Video",
            "title": self.rng.choice(_VIDEO_TITLES).format(topic=self.rng.choice(_TOPICS), firm=name, m=self.rng.choice(_MARKETS)),
            "container-title": channel, "URL": f"https://www.{'youtube.com/watch?v=' if channel == 'YouTube' else channel.lower().replace(' ', '') + '.com/'}{self.fakers['en_GB'].lexify('???????????')}",
        }  # fmt: skip
        issued = self._dated(record, True)
        record["accessed"] = self._accessed_after(issued)
        if self.rng.random() < 0.6:
            record["author"] = self._people(2)
            return self._person_work(record, "video")
        return self._org_work(
            record,
            "video",
            self.rng.choice(["GDC", "Ukie", "Esports Insider", "Riot Games", "Pocket Gamer Connects"]),
            set(),
        )
