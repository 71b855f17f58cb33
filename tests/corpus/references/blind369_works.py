"""Works for the "blind369" pool: what marketers at museums, galleries, heritage sites, historic houses, art fairs,
cultural-tourism operators and membership schemes in the UK, Italy, Egypt, Mexico, South Korea and Canada cite in
CIM Level 6 and 7 reports and MBA assignments written in English.

Arts-marketing, museum, heritage and tourism textbooks and their chapters (and the classics still on reading lists),
exhibition catalogues (the museum's with its editors, or its curators'), journal articles on museum
audiences, cultural tourism, membership and loyalty, digital engagement and heritage branding with one to eight
authors, arts councils, heritage trusts and funders, UNESCO-like intergovernmental bodies, governments' culture and
visitor statistics, acts as candidates list them, museums' and galleries' annual reports and press pages,
market-research firms' visitor surveys, the arts and tourism trade press, signed and unsigned news and undated web
pages with access dates. Names are written as the region's scholars and journals print them: Italian surnames with
their capitalised particles ("De Luca", "Dell'Orto", "Lo Presti"), Egyptian names romanised with their articles
("El-Sayed", "Abd El-Aziz", "Abou-Zeid"), Mexican double surnames and particles ("García Canclini", "de la Torre"),
Korean names with the family name first in the list ("Kim, H.J."), Québécois names with their accents ("Bélanger",
"Côté") and British and Canadian names. Written without reading the checker, its tests or any other pool.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import copy
import random
import re
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "catalogue", "report", "annual-report", "government", "intergovernmental",
         "legislation", "market-research", "news", "trade-press", "press-release", "web")  # fmt: skip

_LOCALES = ["en_GB", "it_IT", "es_MX", "fr_CA", "en_CA"]

_EGYPTIAN_FAMILY = ["El-Sayed", "Abdel-Rahman", "Abd El-Aziz", "Hassan", "Mahmoud", "Ibrahim", "El Gamal",
                    "Abou-Zeid", "Fathy", "Shehata", "Abdelhamid", "Soliman", "Mostafa", "Youssef", "El-Menshawy",
                    "Ezzat", "Ragab", "Sabry", "Tawfik", "Elshaer", "Hegazy", "Amer", "Zaki", "Salem", "Helmy",
                    "Abou El-Ela", "Abdel-Ghaffar", "El-Khouly", "Nassar", "Farag"]  # fmt: skip
_EGYPTIAN_GIVEN = ["Ahmed", "Mohamed", "Mona", "Nour", "Heba", "Yasmine", "Karim", "Tarek", "Dina", "Rania", "Omar",
                   "Sherif", "Amr", "Mai", "Hany", "Nermeen", "Walaa", "Aya", "Hossam", "Salma"]  # fmt: skip
_KOREAN_FAMILY = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo",
                  "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Jeon", "Moon", "Baek", "Nam"]  # fmt: skip
_KOREAN_SYLLABLES = ["min", "ji", "seo", "hyun", "jun", "young", "eun", "soo", "hee", "sung", "woo", "jin", "ha",
                     "yeon", "kyung", "hoon", "na", "ra", "sang", "mi", "jae", "dong", "bo", "da"]  # fmt: skip
_ITALIAN_PARTICLED = ["De Luca", "Di Stefano", "D'Angelo", "Dell'Orto", "Lo Presti", "La Rocca", "Dalla Costa",
                      "De Carlo", "Di Pietro", "D'Amico", "Dal Pozzolo", "De Biase", "Della Lucia", "Lo Russo"]  # fmt: skip
_UK_PREFIXED = ["MacLeod", "McCallum", "O'Brien", "O'Neill", "MacDonald", "McKenna", "O'Sullivan", "McIntyre"]

# The classics still on these reading lists (real works, as candidates cite them).
_CLASSICS: list[dict[str, Any]] = [
    {"type": "book", "title": "Museum marketing and strategy: designing missions, building audiences, generating revenue and resources",
     "author": [{"family": "Kotler", "given": "Neil G."}, {"family": "Kotler", "given": "Philip"}, {"family": "Kotler", "given": "Wendy I."}],
     "issued": {"date-parts": [[2008]]}, "edition": "2", "publisher": "Jossey-Bass", "publisher-place": "San Francisco"},
    {"type": "book", "title": "Marketing culture and the arts", "author": [{"family": "Colbert", "given": "François"}],
     "issued": {"date-parts": [[2012]]}, "edition": "4", "publisher": "HEC Montréal", "publisher-place": "Montréal"},
    {"type": "book", "title": "Cultural tourism: the partnership between tourism and cultural heritage management",
     "author": [{"family": "McKercher", "given": "Bob"}, {"family": "Cros", "non-dropping-particle": "du", "given": "Hilary"}],
     "issued": {"date-parts": [[2002]]}, "publisher": "Haworth Hospitality Press", "publisher-place": "New York"},
    {"type": "book", "title": "Identity and the museum visitor experience", "author": [{"family": "Falk", "given": "John H."}],
     "issued": {"date-parts": [[2009]]}, "publisher": "Left Coast Press", "publisher-place": "Walnut Creek, CA"},
    {"type": "book", "title": "The experience economy: work is theatre and every business a stage",
     "author": [{"family": "Pine", "given": "B. Joseph"}, {"family": "Gilmore", "given": "James H."}],
     "issued": {"date-parts": [[1999]]}, "publisher": "Harvard Business School Press", "publisher-place": "Boston, MA"},
    {"type": "book", "title": "Marketing for cultural organizations: new strategies for attracting and engaging audiences",
     "author": [{"family": "Kolb", "given": "Bonita M."}], "issued": {"date-parts": [[2013]]}, "edition": "3",
     "publisher": "Routledge", "publisher-place": "Abingdon"},
    {"type": "book", "title": "Museums and their visitors", "author": [{"family": "Hooper-Greenhill", "given": "Eilean"}],
     "issued": {"date-parts": [[1994]]}, "publisher": "Routledge", "publisher-place": "London"},
    {"type": "book", "title": "Distinction: a social critique of the judgement of taste", "author": [{"family": "Bourdieu", "given": "Pierre"}],
     "issued": {"date-parts": [[1984]]}, "publisher": "Routledge & Kegan Paul", "publisher-place": "London"},
    {"type": "book", "title": "Hybrid cultures: strategies for entering and leaving modernity",
     "author": [{"family": "García Canclini", "given": "Néstor"}], "issued": {"date-parts": [[1995]]},
     "publisher": "University of Minnesota Press", "publisher-place": "Minneapolis"},
    {"type": "book", "title": "Cultural heritage and tourism: an introduction", "author": [{"family": "Timothy", "given": "Dallen J."}],
     "issued": {"date-parts": [[2011]]}, "publisher": "Channel View Publications", "publisher-place": "Bristol"},
    {"type": "book", "title": "The past is a foreign country", "author": [{"family": "Lowenthal", "given": "David"}],
     "issued": {"date-parts": [[1985]]}, "publisher": "Cambridge University Press", "publisher-place": "Cambridge"},
    {"type": "article-journal", "title": "Involvement, Tate, and me", "author": [{"family": "Slater", "given": "Alix"}, {"family": "Armstrong", "given": "Kate"}],
     "container-title": "Journal of Marketing Management", "issued": {"date-parts": [[2010]]}, "volume": "26", "issue": "7-8", "page": "727-748",
     "DOI": "10.1080/02672571003780049"},
    {"type": "article-journal", "title": "Cultural tourism: a review of recent research and trends", "author": [{"family": "Richards", "given": "Greg"}],
     "container-title": "Journal of Hospitality and Tourism Management", "issued": {"date-parts": [[2018]]}, "volume": "36", "page": "12-21",
     "DOI": "10.1016/j.jhtm.2018.03.005"},
]  # fmt: skip

_TOPICS = ["museum membership", "visitor loyalty", "cultural tourism", "heritage branding", "digital engagement",
           "blockbuster exhibitions", "audience development", "the visitor experience", "dark tourism",
           "pay-what-you-wish pricing", "museum shops", "immersive exhibitions", "virtual tours", "heritage interpretation",
           "art fair attendance", "repeat visiting", "museum apps", "Instagram and museums", "friends schemes",
           "donor stewardship", "free admission", "cultural participation", "overtourism at heritage sites",
           "K-culture tourism", "Day of the Dead tourism", "Egyptology and the public", "museum websites",
           "co-creation with visitors", "accessibility in galleries", "historic house tourism", "World Heritage status",
           "late-night openings", "family audiences", "young adult audiences", "corporate sponsorship",
           "cultural passes", "the authentic heritage experience", "gallery retail", "arts philanthropy",
           "post-pandemic recovery", "influencer marketing in the arts", "destination image", "site museums",
           "ticket pricing", "timed-entry booking"]  # fmt: skip
_SETTINGS = ["UK national museums", "Italian state museums", "Egyptian heritage sites", "Mexican museums",
             "Korean art museums", "Canadian galleries", "historic houses in England", "the Uffizi", "Luxor and Aswan",
             "Mexico City", "Seoul", "Montréal and Toronto", "Scottish heritage attractions", "regional museums",
             "commercial galleries", "international art fairs", "UNESCO World Heritage Sites", "Florence and Venice",
             "Giza", "Oaxaca", "Gyeongju", "Québec"]  # fmt: skip
_JOURNALS = ["Museum Management and Curatorship", "International Journal of Heritage Studies",
             "Journal of Heritage Tourism", "International Journal of Arts Management", "Arts and the Market",
             "The Journal of Arts Management, Law, and Society", "Tourism Management", "Annals of Tourism Research",
             "Journal of Travel Research", "Current Issues in Tourism", "Museum and Society",
             "Curator: The Museum Journal", "Journal of Cultural Heritage", "Journal of Marketing Management",
             "International Journal of Nonprofit and Voluntary Sector Marketing", "Journal of Cultural Economics",
             "Tourism Management Perspectives", "Il capitale culturale", "Sinergie Italian Journal of Management",
             "Asia Pacific Journal of Tourism Research", "Museum International", "Journal of Destination Marketing & Management",
             "International Journal of Tourism Cities", "PASOS: Revista de Turismo y Patrimonio Cultural",
             "Estudios y Perspectivas en Turismo", "Journal of Association of Arab Universities for Tourism and Hospitality",
             "Canadian Journal of Administrative Sciences", "Journal of Hospitality & Tourism Research",
             "Tourism Recreation Research", "Consumption Markets & Culture"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Routledge", "London"), ("Sage", "London"), ("Goodfellow Publishers", "Oxford"),
               ("CABI", "Wallingford"), ("Channel View Publications", "Bristol"), ("Palgrave Macmillan", "Cham"),
               ("Pearson", "Harlow"), ("Oxford University Press", "Oxford"), ("Edward Elgar", "Cheltenham"),
               ("FrancoAngeli", "Milano"), ("Egea", "Milano"), ("Rowman & Littlefield", "Lanham, MD"),
               ("Butterworth-Heinemann", "Oxford"), ("Kogan Page", "London"), ("University of Toronto Press", "Toronto"),
               ("The American University in Cairo Press", "Cairo"), ("Fondo de Cultura Económica", "Ciudad de México"),
               ("Springer", "Singapore"), ("Bloomsbury Academic", "London")]  # fmt: skip

# Organisations with their tags and the kind of work they put out.
_FUNDERS = [
    ("Arts Council England", set()), ("Arts Council England (ACE)", {"abbreviation"}), ("Creative Scotland", set()),
    ("Arts Council of Wales", set()), ("The National Lottery Heritage Fund", set()),
    ("National Lottery Heritage Fund (NLHF)", {"abbreviation"}), ("Historic England", set()), ("English Heritage", set()),
    ("National Trust", set()), ("National Trust for Scotland", set()), ("Historic Environment Scotland (HES)", {"abbreviation"}),
    ("Cadw", set()), ("Art Fund", set()), ("Museums Association", set()),
    ("Association of Leading Visitor Attractions (ALVA)", {"abbreviation"}), ("Historic Houses", set()),
    ("Arts Marketing Association (AMA)", {"abbreviation"}), ("Fondo per l'Ambiente Italiano (FAI)", {"apostrophe", "abbreviation"}),
    ("Federculture", set()), ("Fondazione Symbola", set()), ("Associazione Abbonamento Musei", set()),
    ("Touring Club Italiano", set()), ("Canada Council for the Arts", set()),
    ("Conseil des arts et des lettres du Québec (CALQ)", {"abbreviation"}), ("Canadian Museums Association", set()),
    ("Ontario Arts Council", set()), ("Business / Arts", {"punctuation"}), ("Korea Arts Management Service (KAMS)", {"abbreviation"}),
    ("Korea Culture & Tourism Institute", {"ampersand"}), ("Arts Council Korea", set()), ("Fundación Carlos Slim", set()),
    ("Fomento Cultural Banamex", set()), ("Egyptian Heritage Rescue Foundation", set()),
]  # fmt: skip
_GOVERNMENT = [
    ("Department for Culture, Media & Sport", {"ampersand", "comma"}), ("Department for Culture, Media and Sport (DCMS)", {"comma", "abbreviation"}),
    ("DCMS", {"acronym"}), ("VisitBritain", set()), ("VisitEngland", set()), ("Office for National Statistics", set()),
    ("Ministero della Cultura", set()), ("Ministero della Cultura (MiC)", {"abbreviation"}), ("Istat", set()),
    ("ENIT", {"acronym"}), ("Ministry of Tourism and Antiquities", set()), ("Supreme Council of Antiquities", set()),
    ("Central Agency for Public Mobilization and Statistics (CAPMAS)", {"abbreviation"}), ("CAPMAS", {"acronym"}),
    ("Secretaría de Cultura", set()), ("Secretaría de Turismo (SECTUR)", {"abbreviation"}),
    ("Instituto Nacional de Estadística y Geografía (INEGI)", {"abbreviation"}), ("INEGI", {"acronym"}),
    ("Instituto Nacional de Antropología e Historia (INAH)", {"abbreviation"}),
    ("Ministry of Culture, Sports and Tourism", {"comma"}), ("Ministry of Culture, Sports and Tourism (MCST)", {"comma", "abbreviation"}),
    ("Korea Tourism Organization", set()), ("Statistics Korea", set()), ("Cultural Heritage Administration", set()),
    ("Korea Heritage Service", set()), ("Canadian Heritage", set()), ("Statistics Canada", set()),
    ("Destination Canada", set()), ("Parks Canada", set()), ("Government of Canada", set()),
]  # fmt: skip
_INTERGOVERNMENTAL = [
    ("UNESCO", {"acronym"}), ("UNESCO World Heritage Centre", set()), ("UNESCO Institute for Statistics", set()),
    ("International Council of Museums (ICOM)", {"abbreviation"}), ("ICOM", {"acronym"}), ("ICOMOS", {"acronym"}),
    ("UN Tourism", set()), ("World Tourism Organization (UNWTO)", {"abbreviation"}), ("OECD", {"acronym"}),
    ("Council of Europe", set()), ("European Commission", set()), ("Network of European Museum Organisations (NEMO)", {"abbreviation"}),
    ("World Travel & Tourism Council (WTTC)", {"ampersand", "abbreviation"}), ("ICCROM", {"acronym"}),
]  # fmt: skip
_MUSEUMS = [
    ("Tate", set()), ("British Museum", set()), ("The British Museum", set()), ("Victoria and Albert Museum", set()),
    ("V&A", {"ampersand"}), ("National Gallery", set()), ("Science Museum Group", set()), ("National Museums Liverpool", set()),
    ("National Museums Scotland", set()), ("Royal Academy of Arts", set()), ("Ashmolean Museum", set()),
    ("Gallerie degli Uffizi", set()), ("Parco archeologico del Colosseo", {"lowercase"}), ("Pinacoteca di Brera", set()),
    ("Museo Egizio", set()), ("Galleria Borghese", set()), ("La Biennale di Venezia", set()), ("Grand Egyptian Museum", set()),
    ("National Museum of Egyptian Civilization (NMEC)", {"abbreviation"}), ("Bibliotheca Alexandrina", set()),
    ("Museo Nacional de Antropología", set()), ("Museo Frida Kahlo", set()), ("Museo Soumaya", set()), ("Museo Tamayo", set()),
    ("National Museum of Korea", set()), ("National Museum of Modern and Contemporary Art, Korea (MMCA)", {"comma", "abbreviation"}),
    ("Leeum Museum of Art", set()), ("Seoul Museum of Art", set()), ("Royal Ontario Museum", set()), ("Art Gallery of Ontario", set()),
    ("Montreal Museum of Fine Arts", set()), ("Musée national des beaux-arts du Québec", set()), ("National Gallery of Canada", set()),
    ("Canadian Museum of History", set()), ("Frieze", set()), ("Art Basel", set()), ("Kiaf SEOUL", set()), ("Zona Maco", set()),
    ("Christie's", {"apostrophe"}), ("Sotheby's", {"apostrophe"}), ("Hauser & Wirth", {"ampersand"}), ("White Cube", set()),
    ("Kukje Gallery", set()), ("Kurimanzutto", set()),
]  # fmt: skip
_RESEARCH = [
    ("Mintel", set()), ("The Audience Agency", set()), ("Morris Hargreaves McIntyre", set()), ("YouGov", set()),
    ("Statista", set()), ("Euromonitor International", set()), ("Kantar", set()), ("Ipsos", set()), ("Culture Track", set()),
    ("LaPlaca Cohen", set()), ("Hill Strategies Research", set()), ("Nanos Research", set()), ("Gallup Korea", set()),
    ("Nomisma", set()), ("Ipsos Italia", set()), ("Art Basel & UBS", {"ampersand"}), ("IMPACTS Experience", set()),
    ("Indigo Ltd", set()), ("BVA Doxa", set()), ("Parametría", set()),
]  # fmt: skip
_PRESS = ["The Art Newspaper", "Museums Journal", "Apollo", "Artnet News", "ARTnews", "ArtReview", "Arts Professional",
          "Il Giornale dell'Arte", "Artribune", "Ahram Online", "Egypt Independent", "Al-Ahram Weekly", "Mexico News Daily",
          "El Universal", "Milenio", "The Korea Herald", "The Korea Times", "Korea JoongAng Daily", "Yonhap News Agency",
          "The Globe and Mail", "CBC News", "Toronto Star", "La Presse", "Le Devoir", "The Guardian", "BBC News",
          "Financial Times", "The Times", "Corriere della Sera", "la Repubblica", "Il Sole 24 Ore", "Evening Standard"]  # fmt: skip
_TRADE = ["Museums + Heritage Advisor", "Blooloop", "Attractions Management", "Arts Professional", "Museums Journal",
          "TTG", "Travel Weekly", "Skift", "The Art Newspaper", "Apollo", "Artnet News", "Canadian Art", "Galleries West"]  # fmt: skip
_LEGISLATION = [
    ("legislation.gov.uk", "Museums and Galleries Act 1992", 1992, "https://www.legislation.gov.uk/ukpga/1992/44"),
    ("legislation.gov.uk", "National Heritage Act 1983", 1983, "https://www.legislation.gov.uk/ukpga/1983/47"),
    ("legislation.gov.uk", "Charities Act 2011", 2011, "https://www.legislation.gov.uk/ukpga/2011/25"),
    ("legislation.gov.uk", "Historic Environment (Wales) Act 2016", 2016, "https://www.legislation.gov.uk/anaw/2016/4"),
    ("UK Government", "Heritage Act 2024", 2024, "https://www.legislation.gov.uk/ukpga/2024/5"),
    ("Gazzetta Ufficiale della Repubblica Italiana", "Decreto legislativo 22 gennaio 2004, n. 42: Codice dei beni culturali e del paesaggio", 2004, "https://www.gazzettaufficiale.it/eli/id/2004/02/24/004G0066/sg"),
    ("Repubblica Italiana", "Legge 29 luglio 2014, n. 106 (Art Bonus)", 2014, "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:2014;106"),
    ("Arab Republic of Egypt", "Law No. 117 of 1983 on the Protection of Antiquities (as amended by Law No. 91 of 2018)", 2018, "https://www.unesco.org/en/cultnatlaws/egypt"),
    ("Cámara de Diputados del H. Congreso de la Unión", "Ley Federal sobre Monumentos y Zonas Arqueológicos, Artísticos e Históricos", 2018, "https://www.diputados.gob.mx/LeyesBiblio/pdf/131_160218.pdf"),
    ("Korea Legislation Research Institute", "Cultural Heritage Protection Act", 2020, "https://elaw.klri.re.kr/eng_service/lawView.do?lang=ENG&hseq=53530"),
    ("Government of Canada", "Museums Act (S.C. 1990, c. 3)", 1990, "https://laws-lois.justice.gc.ca/eng/acts/m-13.4/"),
    ("Justice Laws Website", "Cultural Property Export and Import Act (R.S.C., 1985, c. C-51)", 1985, "https://laws-lois.justice.gc.ca/eng/acts/c-51/"),
]  # fmt: skip


# What each government body publishes on culture and visitors, and where (the first key found in the name).
_STATISTICS = [
    ("Culture, Media", ["Participation Survey: annual publication, {y} to {z}", "Museums and galleries monthly visits", "Sponsored museums and galleries annual performance indicators {y}–{zz}", "Culture and heritage capital: framework", "Culture is central to our nation's life: DCMS museums action plan"], "gov.uk/government/statistics"),
    ("DCMS", ["Participation Survey: annual publication, {y} to {z}", "Museums and galleries monthly visits", "Sponsored museums and galleries annual performance indicators {y}–{zz}"], "gov.uk/government/statistics"),
    ("Visit", ["Annual survey of visits to visitor attractions: latest results", "Inbound visits and spend: annual UK data {y}", "Visitor attraction trends in England {y}", "Heritage and culture: inbound research"], "visitbritain.org/research-insights"),
    ("Office for National Statistics", ["Travel trends: {y}", "Overseas travel and tourism: {y}", "Well-being and cultural participation, UK: {y}"], "ons.gov.uk/peoplepopulationandcommunity"),
    ("Ministero della Cultura", ["Visitatori e introiti di musei, monumenti e aree archeologiche statali {y}", "Musei italiani: i dati del {y}", "Domenica al museo: i numeri del {y}"], "cultura.gov.it/comunicato"),
    ("Istat", ["I musei, le aree archeologiche e i monumenti in Italia: anno {y}", "Aspetti della vita quotidiana: fruizione culturale {y}", "Movimento turistico in Italia: anno {y}"], "istat.it/it/archivio"),
    ("ENIT", ["Turismo culturale in Italia: rapporto {y}", "Italy tourism outlook {z}"], "enit.it/it/studi"),
    ("Tourism and Antiquities", ["Egypt tourism reform program", "Tourist arrivals to Egypt: {y} results", "The Grand Egyptian Museum: visitor strategy"], "egymonuments.gov.eg/en/news"),
    ("Supreme Council of Antiquities", ["Archaeological sites and museums: ticket prices {z}", "Annual excavation and site report {y}"], "egymonuments.gov.eg/en/sites"),
    ("CAPMAS", ["Egypt in figures {z}: tourism", "Statistical yearbook {z}: culture and tourism", "Annual bulletin of museums and archaeological sites visitors {y}"], "capmas.gov.eg/Pages/Publications"),
    ("Secretaría de Cultura", ["Informe de labores {y}-{z}", "Programa Sectorial de Cultura", "Estadísticas de visitantes a museos {y}"], "gob.mx/cultura/prensa"),
    ("SECTUR", ["Resultados de la actividad turística: diciembre {y}", "Pueblos Mágicos: estrategia nacional", "Turismo cultural en México: diagnóstico {y}"], "gob.mx/sectur/documentos"),
    ("INEGI", ["Estadística de museos {y}", "Encuesta Nacional de Consumo Cultural de México (ENCCUM) {y}", "Módulo sobre Eventos Culturales Seleccionados (MODECULT) {y}"], "inegi.org.mx/programas"),
    ("INAH", ["Estadística de visitantes a museos y zonas arqueológicas {y}", "Informe de actividades {y}"], "inah.gob.mx/boletines"),
    ("Ministry of Culture, Sports and Tourism", ["{y} survey on cultural participation", "Korea tourism data lab: {y} inbound visitors", "Statistics on museums and art galleries {y}", "The 2nd basic plan for museum and art gallery promotion"], "mcst.go.kr/eng/s_policy"),
    ("Korea Tourism Organization", ["Korea monthly tourism statistics: December {y}", "{y} international visitor survey", "Hallyu tourism market report"], "knto.or.kr/eng/tourismStatics"),
    ("Statistics Korea", ["Social survey {y}: culture and leisure", "{y} household survey on culture and travel"], "kostat.go.kr/board.es"),
    ("Cultural Heritage Administration", ["Palace and royal tomb visitor statistics {y}", "Annual report on cultural heritage {y}"], "cha.go.kr/cha/idx"),
    ("Korea Heritage Service", ["Korea Heritage Service launch: new heritage policy", "Palace visitor statistics {y}"], "khs.go.kr/eng"),
    ("Canadian Heritage", ["Canadian Heritage departmental results report {y}–{zz}", "Museums Assistance Program: evaluation", "Arts and heritage access and availability survey {y}"], "canada.ca/en/canadian-heritage"),
    ("Statistics Canada", ["Government and not-for-profit heritage institutions, {y}", "Provincial and territorial culture indicators, {y}", "Travel survey of residents of Canada, {y}"], "statcan.gc.ca/en/daily"),
    ("Destination Canada", ["Indigenous tourism in Canada: market research {y}", "Global tourism watch {y}", "Canada's tourism outlook {z}"], "destinationcanada.com/en/research"),
    ("Parks Canada", ["Parks Canada attendance {y}–{zz}", "National historic sites: visitor information program report"], "parks.canada.ca/docs"),
    ("Government of Canada", ["Canada's museum policy: consultations", "Federal tourism growth strategy"], "canada.ca/en/services"),
]  # fmt: skip
_INTERGOVERNMENTAL_TITLES = [
    ("World Heritage Centre", ["Operational guidelines for the implementation of the World Heritage Convention", "World Heritage List", "Historic Centre of Florence", "Memphis and its necropolis: the pyramid fields from Giza to Dahshur", "Historic Centre of Mexico City and Xochimilco", "Gyeongju historic areas", "Historic district of old Québec"], "whc.unesco.org/en/list"),
    ("Institute for Statistics", ["Measuring cultural participation", "The 2009 UNESCO framework for cultural statistics"], "uis.unesco.org/en"),
    ("UNESCO", ["Museums around the world in the face of COVID-19", "Re|shaping policies for creativity", "Recommendation concerning the protection and promotion of museums and collections", "Culture 2030 indicators"], "unesco.org/en/articles"),
    ("ICOMOS", ["International cultural tourism charter", "Heritage and the sustainable development goals: policy guidance"], "icomos.org/en/resources"),
    ("ICOM", ["Museum definition", "ICOM code of ethics for museums", "Museums, museum professionals and COVID-19: survey results", "International Museum Day"], "icom.museum/en/resources"),
    ("WTTC", ["Travel & tourism economic impact: Egypt", "Travel & tourism economic impact: Italy", "Cities economic impact report"], "wttc.org/research"),
    ("Tourism", ["World tourism barometer", "Tourism and culture synergies", "International tourism highlights", "Tourism and intangible cultural heritage"], "unwto.org/publications"),
    ("OECD", ["Culture and local development: maximising the impact", "The culture fix: creative people, places and industries", "OECD tourism trends and policies"], "oecd.org/cfe"),
    ("Council of Europe", ["Cultural routes of the Council of Europe", "Faro Convention action plan handbook"], "coe.int/en/web/culture"),
    ("European Commission", ["Cultural heritage: digitisation, online accessibility and digital preservation", "European Capitals of Culture: evaluation"], "culture.ec.europa.eu/policies"),
    ("NEMO", ["Museums in the climate crisis", "Final report: the impact of COVID-19 on museums in Europe"], "ne-mo.org/publications"),
    ("ICCROM", ["People-centred approaches to conservation", "Sustaining heritage places"], "iccrom.org/publications"),
]  # fmt: skip
# Where a funder or trust publishes (the first key found in its name).
_FUNDER_PLACES = [("Scotland", "Edinburgh"), ("Creative Scotland", "Edinburgh"), ("Wales", "Cardiff"), ("Cadw", "Cardiff"),
                  ("Italiano", "Milano"), ("Federculture", "Roma"), ("Symbola", "Roma"), ("Abbonamento", "Torino"),
                  ("Touring", "Milano"), ("Canada", "Ottawa"), ("Québec", "Montréal"), ("Canadian", "Ottawa"),
                  ("Ontario", "Toronto"), ("Business / Arts", "Toronto"), ("Korea", "Seoul"), ("Carlos Slim", "Ciudad de México"),
                  ("Banamex", "Ciudad de México"), ("Egyptian", "Cairo")]  # fmt: skip
# Where a museum, gallery or fair publishes, and its annual report's title in its own language.
_PLACES = {
    "Gallerie degli Uffizi": ("Firenze", "Rapporto annuale {y}"), "Parco archeologico del Colosseo": ("Roma", "Bilancio sociale {y}"),
    "Pinacoteca di Brera": ("Milano", "Rapporto annuale {y}"), "Museo Egizio": ("Torino", "Bilancio {y}"),
    "Galleria Borghese": ("Roma", "Rapporto annuale {y}"), "La Biennale di Venezia": ("Venezia", "Bilancio di esercizio {y}"),
    "Grand Egyptian Museum": ("Giza", "Annual report {y}"), "National Museum of Egyptian Civilization (NMEC)": ("Cairo", "Annual report {y}"),
    "Bibliotheca Alexandrina": ("Alexandria", "Annual report {y}/{z}"), "Museo Nacional de Antropología": ("Ciudad de México", "Informe anual {y}"),
    "Museo Frida Kahlo": ("Ciudad de México", "Informe anual {y}"), "Museo Soumaya": ("Ciudad de México", "Informe anual {y}"),
    "Museo Tamayo": ("Ciudad de México", "Informe de actividades {y}"), "Zona Maco": ("Ciudad de México", "Informe anual {y}"),
    "Kurimanzutto": ("Ciudad de México", "Informe anual {y}"),
    "National Museum of Korea": ("Seoul", "Annual report {y}"), "National Museum of Modern and Contemporary Art, Korea (MMCA)": ("Gwacheon", "MMCA annual report {y}"),
    "Leeum Museum of Art": ("Seoul", "Annual report {y}"), "Seoul Museum of Art": ("Seoul", "SeMA annual report {y}"),
    "Kiaf SEOUL": ("Seoul", "Kiaf SEOUL {y} results report"), "Kukje Gallery": ("Seoul", "Annual review {y}"),
    "Royal Ontario Museum": ("Toronto", "Annual report {y}–{z}"), "Art Gallery of Ontario": ("Toronto", "Annual report {y}–{z}"),
    "Montreal Museum of Fine Arts": ("Montréal", "Rapport annuel {y}-{z}"), "Musée national des beaux-arts du Québec": ("Québec", "Rapport annuel de gestion {y}-{z}"),
    "National Gallery of Canada": ("Ottawa", "Annual report {y}–{z}"), "Canadian Museum of History": ("Gatineau", "Annual report {y}–{z}"),
    "Art Basel": ("Basel", "Art Basel {y} show report"), "Frieze": ("London", "Frieze London {y}: post-fair report"),
}  # fmt: skip


def _domain(name: str) -> str:
    """A plausible web address for an organisation: its name's letters, no spaces."""
    return "".join(ch for ch in name.split(" (")[0].lower() if ch.isascii() and ch.isalnum())[:24] + ".org"


def _upper(text: str) -> str:
    """The first letter in capitals and the rest as written ("Day of the Dead tourism")."""
    return text[:1].upper() + text[1:]


def _shift_years(text: str, shift: int) -> str:
    """Moves every year in a title or address by ``shift`` years, with a two-digit end year after a stroke or dash."""

    def moved(match: re.Match[str]) -> str:
        if match.group(3):  # "2021/22"
            return f"{int(match.group(1)) + shift}{match.group(2)}{(int(match.group(3)) + shift) % 100:02d}"
        return str(int(match.group(1)) + shift)

    return re.sub(r"(?<!\d)((?:19|20)\d{2})(?:([/–-])(\d{2}))?(?!\d)", moved, text)


class Blind369WorkFactory(WorkFactory):
    """Museums, galleries and heritage: works from one seeded random source of their own."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 369)
        for index, locale in enumerate(_LOCALES):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        # Each classic at most once a report: two copies would be one work listed twice.
        self.classic_books = [c for c in _CLASSICS if c["type"] == "book"]
        self.classic_articles = [c for c in _CLASSICS if c["type"] == "article-journal"]
        self.rng.shuffle(self.classic_books)
        self.rng.shuffle(self.classic_articles)
        self.issued_by: list[tuple[str, set[str], dict[str, Any], str]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        region = self.rng.choices(["uk", "it", "eg", "mx", "kr", "ca"], weights=[30, 17, 12, 13, 13, 15])[0]
        if region == "uk":
            fake = self.fakers["en_GB"]
            family, given = fake.last_name(), fake.first_name()
            roll = self.rng.random()
            if roll < 0.08:
                family = self.rng.choice(_UK_PREFIXED)
            elif roll < 0.14:
                family = f"{family}-{fake.last_name()}"
            return {"family": family, "given": given}
        if region == "it":
            fake = self.fakers["it_IT"]
            family = self.rng.choice(_ITALIAN_PARTICLED) if self.rng.random() < 0.2 else fake.last_name()
            return {"family": family, "given": fake.first_name()}
        if region == "eg":
            return {"family": self.rng.choice(_EGYPTIAN_FAMILY), "given": self.rng.choice(_EGYPTIAN_GIVEN)}
        if region == "mx":
            fake = self.fakers["es_MX"]
            given = fake.first_name()
            roll = self.rng.random()
            if roll < 0.1:
                return {
                    "family": fake.last_name(),
                    "given": given,
                    "non-dropping-particle": self.rng.choice(["de la", "del", "de"]),
                }
            if roll < 0.5:
                return {"family": f"{fake.last_name()} {fake.last_name()}", "given": given}
            if roll < 0.6:
                return {"family": f"{fake.last_name()}-{fake.last_name()}", "given": given}
            return {"family": fake.last_name(), "given": given}
        if region == "kr":
            first, second = self.rng.sample(_KOREAN_SYLLABLES, 2)
            given = (
                f"{first.capitalize()}{second}"
                if self.rng.random() < 0.6
                else f"{first.capitalize()} {second.capitalize()}"
            )
            return {"family": self.rng.choice(_KOREAN_FAMILY), "given": given}
        fake = self.fakers["fr_CA" if self.rng.random() < 0.45 else "en_CA"]
        return {"family": fake.last_name(), "given": fake.first_name()}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[30, 28, 18, 10, 6, 4, 2, 2][:most])[0]
        return [self.person() for _ in range(count)]

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        return self.rng.randint(2005, 2025) if self.rng.random() < 0.85 else self.rng.randint(1990, 2004)

    def _accessed_after(self, record: dict[str, Any]) -> None:
        if "issued" in record:
            issued = record["issued"]["date-parts"][0]
            year = self.rng.randint(max(issued[0], 2023), 2025)
            if year == issued[0] and len(issued) > 1:
                month = self.rng.randint(issued[1], 12)
                day = self.rng.randint(issued[2] if month == issued[1] and len(issued) > 2 else 1, 28)
                record["accessed"] = {"date-parts": [[year, month, day]]}
                return
        else:
            year = self.rng.randint(2023, 2025)
        record["accessed"] = {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _dated(self, year: int) -> dict[str, Any]:
        month = self.rng.randint(1, 10 if year == 2025 else 12)
        return {"date-parts": [[year, month, self.rng.randint(1, 28)]]}

    # ------------------------------------------------------------------ titles
    def _title(self) -> str:
        topic, other, setting = self.rng.choice(_TOPICS), self.rng.choice(_TOPICS), self.rng.choice(_SETTINGS)
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {setting}",
            f"{topic[0].upper()}{topic[1:]} and {other}: evidence from {setting}",
            f"Why visitors return: {topic} at {setting}",
            f"Rethinking {topic} after the pandemic",
            f"From visitors to members: {topic} in {setting}",
            f"{topic[0].upper()}{topic[1:]}: a marketing perspective",
            f"Measuring {topic} in {setting}",
            f"The role of {topic} in {other}",
            f"Who visits {setting}? {topic[0].upper()}{topic[1:]} and {other}",
            f"Branding the past: {topic} and {other}",
        ]
        return self.rng.choice(forms)

    def _web_title(self) -> str:
        return self.rng.choice([
            "Membership: join today", "Plan your visit", "Our history", "About us", "Support us",
            _upper(self.rng.choice(_TOPICS)), "Tickets and prices", "Become a patron", "Visitor figures",
            "Access and inclusion", "Corporate membership", "Annual pass", f"What's on: {self.rng.choice(['spring', 'summer', 'autumn', 'winter'])} season",
            "Our strategy", "Learning and families", f"Press release: record visitor numbers at {self.rng.choice(_SETTINGS)}",
        ])  # fmt: skip

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            list(KINDS), weights=[12, 6, 24, 5, 7, 6, 7, 5, 3, 7, 6, 5, 4, 8]
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then a second work of an organisation already drawn, in the same year ("Tate, 2023a" and "2023b").
        # Only works whose author is not tied to the work's own title or container (an act, a newspaper) are paired.
        # Only kinds whose titles suit any of their authors are paired, and only with an earlier work of the same kind.
        pairable = kind in ("report", "market-research", "press-release", "web")
        earlier = [(n, t, i) for n, t, i, k in self.issued_by if k == kind]
        if pairable and earlier and "issued" in record and self.rng.random() < 0.3:
            name, tags, issued = self.rng.choice(earlier)
            shift = issued["date-parts"][0][0] - record["issued"]["date-parts"][0][0]
            for field in ("title", "URL"):  # "Annual review 2021/22" moves with its year
                if field in record:
                    record[field] = _shift_years(record[field], shift)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "URL" in record:  # the address is the paired author's
                host = _domain(name) if kind != "market-research" else _domain(name)[:-4] + ".com"
                record["URL"] = re.sub(r"^https://www\.[^/]+", f"https://www.{host}", record["URL"])
            if "accessed" in record:
                self._accessed_after(record)
        if pairable and "issued" in record:
            self.issued_by.append((name, tags, record["issued"], kind))
        if "publisher" in record and kind in (
            "report",
            "annual-report",
            "government",
            "intergovernmental",
            "market-research",
        ):
            record["publisher"] = name.split(" (")[0]
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        if self.classic_books and self.rng.random() < 0.25:
            return self._person_work(copy.deepcopy(self.classic_books.pop()), "book")
        publisher, place = self.rng.choice(_PUBLISHERS)
        title = self.rng.choice([
            f"{self.rng.choice(['Marketing', 'Managing', 'Branding'])} {self.rng.choice(['museums and galleries', 'the arts', 'heritage', 'cultural tourism', 'visitor attractions', 'historic houses'])}",
            f"{self.rng.choice(['Museum', 'Heritage', 'Arts', 'Cultural tourism'])} marketing: {self.rng.choice(['a strategic approach', 'principles and practice', 'an international perspective', 'audiences, brands and experiences'])}",
            self._title(),
        ])  # fmt: skip
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The Routledge handbook of museums, media and communication",
                                                "The Routledge handbook of cultural tourism", "Heritage marketing",
                                                "Arts marketing: the pocket guide", "Museum marketing: competing in the global marketplace",
                                                "Cultural tourism in Latin America", "Tourism in Egypt: heritage and development",
                                                "Korean wave and tourism", f"Handbook of {self.rng.choice(_TOPICS)}"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 320))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        if self.classic_articles and self.rng.random() < 0.06:
            return self._person_work(copy.deepcopy(self.classic_articles.pop()), "journal")
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 700))}-{start + self.rng.randint(10, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.choice(['1080', '1016', '1177', '1108', '3390', '13138'])}/{self.rng.randint(10000, 999999)}"
            )
        return self._person_work(record, "journal")

    def _catalogue(self) -> Work:
        """An exhibition catalogue: the museum's, with its editors, or its curators'."""
        museum, tags = self.rng.choice(_MUSEUMS[:36])
        # No show the prose names as an exhibition with its year (those are decoys, not this list's works).
        show = self.rng.choice(["Egypt's sunken cities", "Diego Rivera's America", "Gold of the Nile: jewellery of the pharaohs",
                                "The Korean wave in pictures", "Ramesses and the gold of the pharaohs",
                                "Tiziano e l'immagine della donna nel Cinquecento veneziano", "Maya: el lenguaje de la belleza",
                                "Emily Carr: fresh seeing", "Turner's modern world", "Donatello: the Renaissance",
                                "Kim Whanki: echoes of the moon", "Group of Seven: a national vision", "Raphael",
                                "Teotihuacan: city of water, city of fire", "Hockney's eye", "Korean art from 1953"])  # fmt: skip
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": f"{show}: exhibition catalogue" if self.rng.random() < 0.3 else show,
                                  "editor": self._people(3), "issued": {"date-parts": [[self.year()]]},
                                  "publisher": museum.split(" (")[0] if self.rng.random() < 0.6 else publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.6:
            return self._org_work(record, "catalogue", museum, tags | {"catalogue"})
        # Written by its curators: an edited book with no author would be filed under its editors, whom the
        # builder cannot give a second work of the same year, so curators are the authors here.
        record["author"] = record.pop("editor")
        return self._person_work(record, "catalogue")

    def _report(self) -> Work:
        """A report by an arts council, heritage trust or funder, now and then by named authors."""
        name, tags = self.rng.choice(_FUNDERS)
        year = self.year()
        title = self.rng.choice([
            f"{self.rng.choice(['Strategy', 'Corporate plan', 'Business plan'])} {year}–{year + self.rng.choice([3, 5, 10])}",
            f"{self.rng.choice(['Impact report', 'Audience insight report', 'Membership review', 'Annual review'])} {year - 1}",
            f"{_upper(self.rng.choice(_TOPICS))}: {self.rng.choice(['a sector review', 'research findings', 'guidance for museums', 'what the data tell us'])}",
            self._title(),
        ])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" (")[0],
                                  "publisher-place": next((place for key, place in _FUNDER_PLACES if key in name), "London")}  # fmt: skip
        if self.rng.random() < 0.9:
            record["issued"] = {"date-parts": [[year]]}
        if self.rng.random() < 0.6:
            record["URL"] = f"https://www.{_domain(name)}/{self.fakers['en_GB'].slug()}"
            self._accessed_after(record)
        if self.rng.random() < 0.25:  # commissioned research by named authors
            record["author"] = self._people(4)
            return self._person_work(record, "report")
        return self._org_work(record, "report", name, tags | {"funder"})

    def _annual_report(self) -> Work:
        name, tags = self.rng.choice(_MUSEUMS)
        year = self.year()
        place, local = _PLACES.get(name, ("London", f"Annual report {year - 1}"))
        local = local.replace("{y}", str(year - 1)).replace("{z}", str(year))
        title = self.rng.choice([f"Annual report and accounts {year - 1}–{str(year)[2:]}", f"Annual review {year - 1}/{str(year)[2:]}",
                                 f"Annual report {year - 1}", local, local, f"Sustainability report {year - 1}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = f"https://www.{_domain(name)}/about/annual-report-{year}"
            self._accessed_after(record)
        return self._org_work(record, "annual-report", name, tags | {"museum"})

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        year = self.year()
        titles, site = next((t, u) for key, t, u in _STATISTICS if key in name)
        title = (
            self.rng.choice(titles)
            .replace("{y}", str(year - 1))
            .replace("{z}", str(year))
            .replace("{zz}", str(year)[2:])
        )
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[year]]}, "URL": f"https://www.{site}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name
        if self.rng.random() < 0.93:
            self._accessed_after(record)
        return self._org_work(record, "government", name, tags | {"government"})

    def _intergovernmental(self) -> Work:
        name, tags = self.rng.choice(_INTERGOVERNMENTAL)
        titles, site = next((t, u) for key, t, u in _INTERGOVERNMENTAL_TITLES if key in name)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(titles),
                                  "URL": f"https://www.{site}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name
            record["publisher-place"] = self.rng.choice(["Paris", "Madrid", "Brussels", "Strasbourg", "Rome"])
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[self.year()]]}
        self._accessed_after(record)
        return self._org_work(record, "intergovernmental", name, tags | {"intergovernmental"})

    def _legislation(self) -> Work:
        author, title, year, url = self.rng.choice(_LEGISLATION)
        record: dict[str, Any] = {"type": "webpage", "title": title, "issued": {"date-parts": [[year]]}, "URL": url}
        self._accessed_after(record)
        return self._org_work(record, "legislation", author, {"legislation"})

    def _market_research(self) -> Work:
        name, tags = self.rng.choice(_RESEARCH)
        year = self.year()
        title = self.rng.choice([
            f"Museums, galleries and heritage attractions - UK - {self.rng.choice(['March', 'June', 'October'])} {year}",
            f"The art market {year}", f"Culture Track: {self.rng.choice(['culture + community', 'key findings', 'audience outlook'])}",
            f"Audience Finder: {self.rng.choice(['museum visitors', 'heritage audiences', 'members and donors'])} {year - 1}/{str(year)[2:]}",
            f"Number of visitors to the {self.rng.choice(['Uffizi Galleries', 'Egyptian pyramids of Giza', 'National Museum of Korea', 'Royal Ontario Museum', 'British Museum', 'Museo Nacional de Antropología'])} from {year - 8} to {year}",
            f"Travel and tourism in {self.rng.choice(['Italy', 'Egypt', 'Mexico', 'South Korea', 'Canada', 'the UK'])}",
            f"Cultural visitors survey: {self.rng.choice(['wave', 'quarter'])} {self.rng.randint(1, 4)}",
            f"Arts and heritage participation: a {self.rng.choice(['national', 'post-pandemic', 'generational'])} survey",
        ])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name,
                                  "URL": f"https://www.{_domain(name)[:-4]}.com/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if self.rng.random() < 0.9:
            record["issued"] = {"date-parts": [[year]]}
        self._accessed_after(record)
        if name == "Art Basel & UBS" and self.rng.random() < 0.5:  # the art-market report under its author's name
            record["author"] = [{"family": "McAndrew", "given": "Clare"}]
            return self._person_work(record, "market-research")
        return self._org_work(record, "market-research", name, tags | {"market-research"})

    def _news(self) -> Work:
        paper = self.rng.choice(_PRESS)
        year = self.rng.randint(2012, 2025)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._news_title(), "container-title": paper,
                                  "issued": self._dated(year), "URL": f"https://www.{self.fakers['en_GB'].domain_name()}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        self._accessed_after(record)
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _news_title(self) -> str:
        return self.rng.choice([
            f"{self.rng.choice(['Visitor numbers', 'Ticket prices', 'Membership sales', 'Queues', 'Cruise arrivals'])} {self.rng.choice(['soar', 'slump', 'recover', 'double', 'fall again'])} at {self.rng.choice(_SETTINGS)}",
            f"Museums turn to {self.rng.choice(_TOPICS)} as funding falls", f"Why {self.rng.choice(_TOPICS)} is the new battleground for galleries",
            f"Inside the plan to bring tourists back to {self.rng.choice(['Luxor', 'Florence', 'Oaxaca', 'Gyeongju', 'Québec City', 'Bath'])}",
            "Art fair sales cool as collectors hold back", f"Heritage sites fear {self.rng.choice(['overtourism', 'funding cuts', 'climate damage'])}",
        ])  # fmt: skip

    def _trade_press(self) -> Work:
        title = self.rng.choice(_TRADE)
        record: dict[str, Any] = {"type": "article-magazine", "title": self._news_title(), "container-title": title,
                                  "issued": self._dated(self.rng.randint(2014, 2025)),
                                  "URL": f"https://www.{self.fakers['en_GB'].domain_name()}/news/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        self._accessed_after(record)
        if self.rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person_work(record, "trade-press")
        return self._org_work(record, "trade-press", title, {"press"})

    def _press_release(self) -> Work:
        name, tags = self.rng.choice(_MUSEUMS + _FUNDERS[:17])
        record: dict[str, Any] = {"type": "webpage", "title": f"Press release: {(t := self._news_title())[0].lower()}{t[1:]}",
                                  "URL": f"https://www.{_domain(name)}/press/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if self.rng.random() < 0.85:
            record["issued"] = self._dated(self.rng.randint(2015, 2025))
        self._accessed_after(record)
        return self._org_work(record, "press-release", name, tags | {"press-page"})

    def _web(self) -> Work:
        """A web page: undated more often than not, read online and given an access date."""
        pool = self.rng.choice([_MUSEUMS, _FUNDERS, _MUSEUMS, _INTERGOVERNMENTAL])
        name, tags = self.rng.choice(pool)
        record: dict[str, Any] = {"type": "webpage", "title": self._web_title(),
                                  "URL": f"https://www.{_domain(name)}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if self.rng.random() < 0.4:
            record["issued"] = {"date-parts": [[self.year()]]}
        self._accessed_after(record)
        if self.rng.random() < 0.2:  # a curator's or blogger's page
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        return self._org_work(record, "web", name, tags | ({"undated"} if "issued" not in record else set()))
