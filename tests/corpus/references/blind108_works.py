"""Works for the "blind108" pool: what marketers in Ethiopia, Eritrea and their diaspora cite (HELD OUT).

Written without reading the checker, its tests or any other pool. Candidates on CIM Level 6 and 7 courses and MBAs
in Addis Ababa, Adama, Hawassa, Bahir Dar, Mekelle and Asmara, and in Washington DC, London and Dubai, cite
textbooks (often e-books and Indian reprints), chapters, Ethiopian and international journals with one to eight
authors, theses from Addis Ababa, Bahir Dar, Jimma, Mekelle, Hawassa and St. Mary's universities, conference
proceedings, banks, microfinance institutions, telecoms, the airline, coffee and leather exporters, breweries and
hotels (Share Companies "S.C." and "PLC"s), the National Bank of Ethiopia and its directives, the Ethiopian Capital
Market Authority, proclamations numbered "No. 1156/2019", research firms, the Addis Ababa, Asmara and diaspora press
signed and unsigned, Telegram, Facebook and LinkedIn posts, podcasts and YouTube videos, and undated web pages.

Ethiopian and Eritrean names have no family surname: a given name, the father's name and the grandfather's name.
Reference managers and databases write them every way: the father's name as a surname ("Bekele, T."), the
grandfather's ("Alemu, T.B."), the given name ("Tadesse, B."), the whole name uninverted as the Ethiopian
convention has it ("Tadesse Bekele"), the abbreviations "G/" (Gebre) and "W/" (Wolde) ("G/Medhin, S."), the
Ethiopianist transliteration with "ä" and "ə", and one name spelled several ways (Tesfaye and Tesfay, Gebremedhin,
Gebre-Medhin and Ghebremedhin). Amharic and Tigrinya titles, transliterated or in Ge'ez script, carry English in
square brackets, and Amharic books are often dated by the Ethiopian calendar.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# ---------------------------------------------------------------------- names
_GIVEN_M = ["Abebe", "Alemayehu", "Berhanu", "Dawit", "Ermias", "Fikru", "Getachew", "Girma", "Habtamu", "Henok",
            "Kebede", "Mulugeta", "Mesfin", "Solomon", "Tadesse", "Tesfaye", "Tewodros", "Yonas", "Yohannes",
            "Zerihun", "Biniyam", "Eyob", "Kaleab", "Natnael", "Dereje", "Wondwossen", "Amanuel", "Nahom",
            "Bereket", "Fitsum", "Gashaw", "Melaku", "Tamirat", "Asnake", "Chala", "Gemechu", "Tolossa", "Ashenafi",
            "Yared", "Temesgen", "Mohammed", "Abdulkadir", "Jemal", "Seid", "Misganaw", "Endalkachew", "Wubshet",
            "Sisay", "Ephrem", "Yitbarek", "Mengistu", "Tsegaye", "Lemma", "Shimelis"]  # fmt: skip
_GIVEN_F = ["Almaz", "Aster", "Bethlehem", "Betelhem", "Eden", "Feven", "Hanna", "Helen", "Hiwot", "Kidist", "Liya",
            "Mahlet", "Meron", "Meseret", "Mekdes", "Rahel", "Selam", "Sara", "Tigist", "Tsion", "Yeshi", "Yordanos",
            "Zewditu", "Ma'aza", "Saba", "Senait", "Tirunesh", "Bezawit", "Hirut", "Eleni", "Lidya", "Etenesh",
            "Genet", "Fikirte", "Netsanet", "Azeb", "Birtukan", "Emebet", "Sifan", "Chaltu", "Lomi", "Rediet",
            "Kalkidan", "Samrawit", "Nardos", "Mestawet", "Tsehay", "Fatuma", "Hayat"]  # fmt: skip
# Eritrean and Tigrayan given names, and the fathers' names that follow them.
_GIVEN_TIGRINYA = ["Tesfay", "Kidane", "Mehari", "Tekle", "Berhane", "Yemane", "Ghirmay", "Habte", "Mussie", "Semhar",
                   "Luwam", "Abrehet", "Winta", "Filmon", "Tedros", "Robel", "Yonatan", "Elsa", "Ruta", "Mebrahtu",
                   "Fisseha", "Asmerom", "Yosief", "Negassi", "Zerai", "Araya", "Kahsay", "Hagos", "Tsegay", "Merhawi",
                   "Selamawit", "Senayt", "Freweini", "Amanuel", "Daniel", "Meaza", "Haben", "Feruz"]  # fmt: skip
_FATHERS = ["Bekele", "Alemu", "Tadesse", "Haile", "Girma", "Kebede", "Wolde", "Tesfaye", "Gebremariam",
            "Gebremedhin", "Gebre-Egziabher", "Woldemariam", "Wolde-Giorgis", "Hailemariam", "Hailu", "Assefa",
            "Mengistu", "Ayele", "Desta", "Abebe", "Worku", "Negash", "Mekonnen", "Demissie", "Tefera", "Lemma",
            "Gudeta", "Bulcha", "Dinsa", "Fufa", "Teshome", "Admasu", "Getahun", "Zewde", "Yimer", "Seid", "Mohammed",
            "Ahmed", "Kedir", "Tsegaye", "Berhe", "Gebru", "Asfaw", "Belay", "Debebe", "Fantahun", "Shiferaw",
            "Tilahun", "Workneh", "Zeleke", "Ayana", "Feyissa", "Legesse", "Gebreyohannes", "Tekle-Haimanot",
            "Wondimu", "Abera", "Adugna", "Birhanu", "Chanyalew", "Dagnew", "Eshetu", "Gizaw", "Kassa", "Mulatu",
            "Nigussie", "Shibeshi", "Taye", "Wubie", "Yalew", "Mamo", "Beyene", "Amare"]  # fmt: skip
_FATHERS_TIGRINYA = ["Tesfamariam", "Teklemariam", "Ghebremichael", "Ghebreyesus", "Woldemichael", "Gebreslassie",
                     "Gebrehiwot", "Kahsay", "Hagos", "Araya", "Tekle", "Zerai", "Mehari", "Yemane", "Berhe",
                     "Habtemariam", "Ghebremeskel", "Andemariam", "Tewelde", "Weldeab", "Okbazghi", "Ta'ame",
                     "Mebrahtu", "Asmelash", "Ghebrezgiabher", "Kidane"]  # fmt: skip
# "G/" for Gebre (Ghebre), "W/" for Wolde (Welde), "H/" for Haile, "T/" for Tekle: as Ethiopians write them.
_ABBREVIATED = ["G/Medhin", "G/Egziabher", "W/Giorgis", "W/Mariam", "H/Mariam", "G/Selassie", "W/Michael",
                "H/Giorgis", "T/Haimanot", "G/Tsadik", "W/Senbet", "G/Yohannes", "G/Hiwot", "W/Yohannes", "G/Kidan",
                "W/Gebriel", "H/Mikael", "G/Mariam"]  # fmt: skip
# One name, several spellings: Amharic and Tigrinya transliteration as authors print it.
_VARIANTS = [("Tesfaye", "Tesfay", "Tesfaie"), ("Gebremedhin", "Gebre-Medhin", "Ghebremedhin"),
             ("Woldemariam", "Wolde-Mariam", "Weldemariam"), ("Kebede", "Kebbede", "Kebede"),
             ("Tsegaye", "Tsegay", "Tsegai"), ("Yohannes", "Yohanes", "Johannes"),
             ("Hailemariam", "Haile Mariam", "Hailemariam"), ("Giorgis", "Giyorgis", "Georgis"),
             ("Mekonnen", "Mekonen", "Makonnen"), ("Assefa", "Asefa", "Assefa"),
             ("Desalegn", "Dessalegn", "Desalegne"), ("Berhane", "Birhane", "Brhane"),
             ("Gebreegziabher", "Gebre-Egziabher", "Gebregziabher"), ("Haileselassie", "Haile-Selassie", "Hayle Sellasie")]  # fmt: skip
# Ethiopianist transliteration (Encyclopaedia Aethiopica style), as historians and linguists print names.
_SCHOLARLY = [("Gäbrä-Mädhən", "Täsfaye"), ("Wäldä-Maryam", "Mäsfən"), ("Ḥaylä-Śəllase", "Bäqqälä"),
              ("Täsämma", "Ǝndalkaččäw"), ("Gäbrä-Egzi'abḥer", "Tewodros"), ("Ṭähay", "Almaz"),
              ("Wäldä-Giyorgis", "Mulugeta"), ("Täklä-Haymanot", "Yared"), ("Mängəstu", "Seyoum"),
              ("Zäwde", "Bahru")]  # fmt: skip
# Expatriates and foreign scholars who write on Ethiopian and Eritrean business (family, given, particle).
_EXPATS = [("Clapham", "Christopher", ""), ("Whitfield", "Sarah", ""), ("Bellini", "Marco", ""),
           ("Dubois", "Jean-Paul", ""), ("Tanaka", "Hiroshi", ""), ("Li", "Wei", ""), ("Iyer", "Rajesh", ""),
           ("Nair", "Priya", ""), ("Kumar", "Suresh", ""), ("Rao", "Venkata Ramana", ""), ("Sharma", "Anil", ""),
           ("Lindqvist", "Henrik", ""), ("Meyer", "Katrin", ""), ("Berg", "Lotte", "van den"),
           ("Luca", "Giovanni", "de"), ("Rossi", "Francesca", ""), ("O'Brien", "Siobhan", ""),
           ("Okonkwo", "Chidi", ""), ("Mwangi", "Wanjiru", ""), ("Njoroge", "Peter", ""), ("Dercon", "Stefan", ""),
           ("Mackenzie-Hughes", "Emma", ""), ("Zhang", "Yong", ""), ("Ali", "Abdirahman", ""),
           ("Waal", "Pieter", "de"), ("Müller", "Jürgen", ""), ("García", "Lucía", ""), ("Yılmaz", "Elif", ""),
           ("Andersson", "Karin", ""), ("Pankhurst", "Helen", "")]  # fmt: skip
# Diaspora authors in Washington DC, London, Toronto and Dubai: hyphenated married names and anglicised orders.
_DIASPORA = [("Tesfaye-Johnson", "Meron"), ("Haile", "Sophia M."), ("Gebre", "Daniel T."), ("Berhane", "Ruth"),
             ("Kebede-Smith", "Hanna"), ("Abraha", "Samuel"), ("Woldu", "Naomi"), ("Tekle", "Lia"),
             ("Asfaw", "Nathan"), ("Mengesha", "Bethany")]  # fmt: skip

# ---------------------------------------------------------------------- organisations
_BANKS = ["Commercial Bank of Ethiopia", "Commercial Bank of Ethiopia (CBE)", "Awash Bank S.C.", "Dashen Bank S.C.",
          "Bank of Abyssinia", "Cooperative Bank of Oromia", "Wegagen Bank S.C.", "Hibret Bank S.C.",
          "Nib International Bank", "Zemen Bank S.C.", "Abay Bank S.C.", "Oromia Bank", "Enat Bank S.C.",
          "Amhara Bank S.C.", "Siinqee Bank", "ZamZam Bank S.C.", "Hijra Bank", "Development Bank of Ethiopia",
          "Commercial Bank of Eritrea", "Housing and Commerce Bank of Eritrea"]  # fmt: skip
_MICROFINANCE = ["Amhara Credit and Saving Institution (ACSI) S.C.", "Dedebit Credit and Saving Institution",
                 "Oromia Credit and Saving S.C. (OCSSCO)", "Addis Credit and Saving Institution (AdCSI)",
                 "VisionFund Microfinance Institution S.C.", "Harbu Microfinance Institution S.C.",
                 "Association of Ethiopian Microfinance Institutions (AEMFI)"]  # fmt: skip
_TELECOMS = ["Ethio telecom", "Safaricom Ethiopia", "Safaricom Telecommunications Ethiopia PLC", "M-PESA Ethiopia",
             "Kacha Digital Financial Services S.C.", "Eritrea Telecommunication Services Corporation (EriTel)",
             "Chapa Financial Technologies S.C.", "ArifPay S.C."]  # fmt: skip
_FIRMS = ["Ethiopian Airlines Group", "Ethiopian Airlines", "Eritrean Airlines", "Moplaco Trading PLC",
          "Tomoca Coffee PLC", "Kaldi's Coffee", "Garden of Coffee PLC", "Oromia Coffee Farmers Cooperative Union",
          "Yirgacheffe Coffee Farmers Cooperative Union", "Sidama Coffee Farmers Cooperative Union",
          "Sheba Leather Industry PLC", "Modjo Tannery S.C.", "ZAAF Collection", "soleRebels",
          "BGI Ethiopia", "Heineken Ethiopia", "Diageo Meta Abo Brewery S.C.", "Dashen Brewery S.C.",
          "Habesha Breweries S.C.", "Raya Brewery S.C.", "Asmara Brewery", "East Africa Group (Ethiopia) PLC",
          "MIDROC Ethiopia", "Moha Soft Drinks Industry S.C.", "East African Bottling S.C.", "Faffa Food S.C.",
          "Anbessa Shoe S.C.", "Kuriftu Resort & Spa", "Haile Hotels & Resorts", "Skylight Hotel",
          "Hyatt Regency Addis Ababa", "Sheraton Addis", "Asmara Palace Hotel", "RIDE Transport Services PLC",
          "Feres Transport PLC", "Shoa Shopping Center PLC", "Queens Supermarket PLC",
          "Zeleman Productions PLC", "Moyo Communications PLC", "Addis Creative PLC", "Habesha Digital Agency",
          "Ethiopian Shipping & Logistics Services Enterprise (ESLSE)", "Ethiopian Insurance Corporation",
          "Nyala Insurance S.C.", "Awash Insurance Company S.C."]  # fmt: skip
_REGULATORS = ["National Bank of Ethiopia", "National Bank of Ethiopia (NBE)", "NBE",
               "Ethiopian Capital Market Authority", "Ethiopian Capital Market Authority (ECMA)",
               "Ethiopian Securities Exchange (ESX)", "Ethiopian Communications Authority",
               "Ethiopian Communications Authority (ECA)", "Ethiopian Investment Commission",
               "Ministry of Trade and Regional Integration", "Ministry of Trade and Regional Integration (MoTRI)",
               "Ministry of Finance", "Ministry of Revenues", "Ethiopian Statistical Service",
               "Central Statistical Agency (CSA)", "Ethiopian Food and Drug Authority (EFDA)",
               "Ethiopian Media Authority", "Ministry of Tourism", "Ethiopian Coffee and Tea Authority",
               "Ethiopian Coffee and Tea Authority (ECTA)", "Ethiopia Commodity Exchange (ECX)",
               "Ethiopian Intellectual Property Authority", "Trade Competition and Consumer Protection Authority",
               "Leather Industry Development Institute (LIDI)", "Planning and Development Commission",
               "Addis Ababa City Administration", "Bank of Eritrea", "Ministry of Information, Eritrea",
               "Ministry of Trade and Industry (Eritrea)", "Eritrean Ministry of Tourism",
               "National Statistics Office (Eritrea)"]  # fmt: skip
_BODIES = ["Addis Ababa Chamber of Commerce and Sectoral Associations",
           "Addis Ababa Chamber of Commerce and Sectoral Associations (AACCSA)",
           "Ethiopian Chamber of Commerce and Sectoral Associations", "Ethiopian Bankers Association",
           "Ethiopian Coffee Exporters Association", "Ethiopian Horticulture Producer Exporters Association",
           "Ethiopian Economics Association", "Ethiopian Economics Association (EEA)", "Ethiopian Tanners Association",
           "Ethiopian Marketing Association", "Eritrean National Chamber of Commerce", "World Bank",
           "World Bank Group", "International Monetary Fund", "International Monetary Fund (IMF)", "GSMA",
           "International Finance Corporation (IFC)", "African Development Bank", "UNCTAD", "USAID",
           "Food and Agriculture Organization of the United Nations", "International Coffee Organization",
           "Ethiopian Diaspora Trust Fund", "Ethiopian Diaspora Service", "Chartered Institute of Marketing",
           "Mastercard Foundation", "Gates Foundation"]  # fmt: skip
_LAWMAKERS = ["Federal Democratic Republic of Ethiopia", "FDRE", "Federal Negarit Gazeta",
              "House of Peoples' Representatives", "Council of Ministers", "State of Eritrea",
              "Federal Democratic Republic of Ethiopia (FDRE)"]  # fmt: skip
_RESEARCH = ["Euromonitor International", "Statista", "GeoPoll", "Kantar", "Ipsos", "Frontieri Consult",
             "Laterite", "Shega Insights", "Fitch Solutions", "GlobalData", "Mordor Intelligence", "EY Ethiopia",
             "Deloitte East Africa", "PwC Ethiopia", "DataReportal", "Afrobarometer", "Nielsen"]  # fmt: skip
_PRESS = ["The Reporter", "Addis Fortune", "The Ethiopian Herald", "Capital", "Addis Standard",
          "Ethiopian Business Review", "Shega", "Addis Zeybe", "Ethiopia Insight", "BBC News Amharic",
          "BBC News Tigrinya", "VOA Amharic", "Fana Broadcasting Corporate", "Ethiopian News Agency",
          "Walta Information Center", "Shabait", "Eritrea Profile", "Hadas Ertra", "Reuters", "Financial Times",
          "Bloomberg", "The Africa Report", "Quartz Africa", "TechCabal", "Rest of World", "The EastAfrican",
          "Washington Post", "The Guardian"]  # fmt: skip
_PLATFORMS = ["Telegram", "Facebook", "LinkedIn", "X (formerly Twitter)", "TikTok", "Instagram", "YouTube"]  # fmt: skip
_SHOWS = [("Sheger FM 102.1", "Sheger Business"), ("EBS TV", "Biz Talk Ethiopia"), ("Fana FM 98.1", "Economy Hour"),
          ("Addis Insight", "Addis Insight Podcast"), ("Shega", "Shega Tech Talk"), ("Tech Talk with Solomon", "Tech Talk"),
          ("Marketing Ethiopia", "The Marketing Ethiopia Podcast"), ("Habesha Founders", "Habesha Founders Podcast"),
          ("Asmara Business Hour", "Eri-TV Business Hour"), ("Ethiopian Business Review", "EBR Talks")]  # fmt: skip

# ---------------------------------------------------------------------- titles
_TOPICS = ["customer satisfaction", "service quality", "mobile banking adoption", "mobile money", "brand loyalty",
           "brand equity", "digital marketing", "social media marketing", "interest-free banking", "customer retention",
           "advertising effectiveness", "sales promotion", "coffee export marketing", "leather product branding",
           "beer advertising", "celebrity endorsement", "word of mouth", "relationship marketing",
           "diaspora remittances", "agent banking", "financial inclusion", "e-commerce", "tourism destination image",
           "hotel service quality", "airline loyalty programmes", "country-of-origin image", "consumer ethnocentrism",
           "green marketing", "corporate social responsibility", "marketing mix", "market orientation",
           "SME marketing capability", "export performance", "digital payments", "bancassurance",
           "customer relationship management", "price perception", "packaging", "distribution channels",
           "brand awareness", "online purchase intention", "telebirr adoption", "cross-selling"]  # fmt: skip
_CASES = ["Commercial Bank of Ethiopia", "Awash Bank", "Dashen Bank", "Bank of Abyssinia", "Ethio telecom",
          "Safaricom Ethiopia", "Ethiopian Airlines", "Hibret Bank", "Cooperative Bank of Oromia", "Wegagen Bank",
          "BGI Ethiopia", "Heineken Ethiopia", "Habesha Breweries", "Moha Soft Drinks", "East African Bottling",
          "Amhara Credit and Saving Institution", "Oromia Credit and Saving", "Sheba Leather", "Kuriftu Resort",
          "selected hotels in Bahir Dar", "selected star-rated hotels in Hawassa", "coffee exporters in Addis Ababa",
          "micro and small enterprises in Adama", "Mekelle city", "Jimma zone", "Dire Dawa", "Asmara",
          "Nib International Bank", "Zemen Bank", "Enat Bank"]  # fmt: skip
# Topics and the cases a thesis or article studies them in, by sector, so that a title reads as one would.
_SECTORS = [
    (["customer satisfaction", "service quality", "mobile banking adoption", "interest-free banking", "agent banking",
      "financial inclusion", "digital payments", "bancassurance", "cross-selling", "customer relationship management",
      "customer retention", "brand equity", "relationship marketing", "diaspora remittances"],
     ["Commercial Bank of Ethiopia", "Awash Bank", "Dashen Bank", "Bank of Abyssinia", "Hibret Bank",
      "Cooperative Bank of Oromia", "Wegagen Bank", "Nib International Bank", "Zemen Bank", "Enat Bank",
      "Amhara Credit and Saving Institution", "Oromia Credit and Saving", "selected private banks in Addis Ababa",
      "Commercial Bank of Eritrea"]),
    (["mobile money", "telebirr adoption", "customer satisfaction", "brand loyalty", "price perception",
      "service quality", "digital marketing", "brand switching", "customer retention"],
     ["Ethio telecom", "Safaricom Ethiopia", "Ethio telecom's south Addis Ababa region", "EriTel"]),
    (["advertising effectiveness", "beer advertising", "sales promotion", "packaging", "distribution channels",
      "brand awareness", "celebrity endorsement", "brand loyalty", "marketing mix"],
     ["BGI Ethiopia", "Heineken Ethiopia", "Habesha Breweries", "Dashen Brewery", "Moha Soft Drinks",
      "East African Bottling", "Faffa Food", "Asmara Brewery"]),
    (["coffee export marketing", "leather product branding", "export performance", "country-of-origin image",
      "market orientation", "green marketing"],
     ["coffee exporters in Addis Ababa", "Sheba Leather", "Oromia Coffee Farmers Cooperative Union",
      "Sidama Coffee Farmers Cooperative Union", "leather footwear exporters", "Modjo Tannery"]),
    (["hotel service quality", "airline loyalty programmes", "tourism destination image", "customer satisfaction",
      "online reviews", "word of mouth"],
     ["Ethiopian Airlines", "Kuriftu Resort", "Haile Resort Hawassa", "selected hotels in Bahir Dar",
      "selected star-rated hotels in Hawassa", "Lalibela", "Asmara's hotels"]),
    (["e-commerce", "online purchase intention", "social media marketing", "SME marketing capability",
      "consumer ethnocentrism", "corporate social responsibility", "word of mouth", "marketing mix"],
     ["micro and small enterprises in Adama", "Mekelle city", "Jimma zone", "Dire Dawa", "Asmara",
      "Addis Ababa supermarkets", "Gondar town"]),
]  # fmt: skip
_PLACES = ["Addis Ababa", "Adama", "Hawassa", "Bahir Dar", "Mekelle", "Gondar", "Dire Dawa", "Jimma", "Asmara",
           "Ethiopia", "Eritrea", "East Africa", "Sub-Saharan Africa", "the Horn of Africa"]  # fmt: skip
# Amharic and Tigrinya titles, transliterated or in Ge'ez script, and their English translation.
_LOCAL_TITLES = [
    ("Ye-Ityopiya bankoch ye-dijital agelgilot", "Digital services of Ethiopian banks"),
    ("Ye-buna gebeya ena ye-wich nigd", "The coffee market and export trade"),
    ("Ye-dember ergata be-Ityo telecom", "Customer satisfaction at Ethio telecom"),
    ("Mastawokia ena ye-hig maʿqef", "Advertising and its legal framework"),
    ("Ye-tinish ena anesitegna ingdoch gebeya", "Marketing of micro and small enterprises"),
    ("Ye-bira indastri ena mastawokia", "The brewery industry and advertising"),
    ("Telebirr: ye-mobayil genzeb agelgilot", "Telebirr: the mobile money service"),
    ("Ye-hoteloch ye-agelgilot tirat", "The service quality of hotels"),
    ("Gebeyana gebeyategna", "The market and the marketer"),
    ("የኢትዮጵያ ባንኮች የዲጂታል አገልግሎት", "Digital services of Ethiopian banks"),
    ("የደንበኞች እርካታ እና የአገልግሎት ጥራት", "Customer satisfaction and service quality"),
    ("የቡና ግብይት በኢትዮጵያ", "Coffee marketing in Ethiopia"),
    ("የማስታወቂያ አዋጅ ማብራሪያ", "A commentary on the Advertisement Proclamation"),
    ("የግብይት መርሆዎች", "Principles of marketing"),
    ("ንግዲ ኣብ ኤርትራ", "Trade in Eritrea"),
    ("Negdi ab Ertra: tarikh ena temokro", "Trade in Eritrea: history and experience"),
    ("ዕዳጋ ኣስመራ", "The markets of Asmara"),
]  # fmt: skip
_TEXTBOOKS = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane")], "Marketing management", "Pearson", "Harlow"),
    ([("Kotler", "Philip"), ("Armstrong", "Gary")], "Principles of marketing", "Pearson", "Harlow"),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing", "Pearson", "Harlow"),
    ([("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], "Principles and practice of marketing", "McGraw-Hill Education", "London"),
    ([("Hollensen", "Svend")], "Global marketing", "Pearson", "Harlow"),
    ([("Keller", "Kevin Lane"), ("Swaminathan", "Vanitha")], "Strategic brand management", "Pearson", "Harlow"),
    ([("Zeithaml", "Valarie A."), ("Bitner", "Mary Jo"), ("Gremler", "Dwayne D.")], "Services marketing: integrating customer focus across the firm", "McGraw-Hill", "New York"),
    ([("Wirtz", "Jochen"), ("Lovelock", "Christopher")], "Services marketing: people, technology, strategy", "World Scientific", "Singapore"),
    ([("Doole", "Isobel"), ("Lowe", "Robin"), ("Kenyon", "Alexandra")], "International marketing strategy", "Cengage", "Andover"),
    ([("Aaker", "David A.")], "Building strong brands", "Free Press", "New York"),
    ([("Kapferer", "Jean-Noël")], "The new strategic brand management", "Kogan Page", "London"),
    ([("Malhotra", "Naresh K."), ("Nunan", "Daniel"), ("Birks", "David F.")], "Marketing research: an applied approach", "Pearson", "Harlow"),
    ([("Saunders", "Mark"), ("Lewis", "Philip"), ("Thornhill", "Adrian")], "Research methods for business students", "Pearson", "Harlow"),
    ([("Porter", "Michael E.")], "Competitive advantage: creating and sustaining superior performance", "Free Press", "New York"),
    ([("Ramaswamy", "V.S."), ("Namakumari", "S.")], "Marketing management: global perspective, Indian context", "Macmillan", "New Delhi"),
    ([("Solomon", "Michael R.")], "Consumer behavior: buying, having, and being", "Pearson", "Harlow"),
]  # fmt: skip
_LOCAL_PUBLISHERS = [("Addis Ababa University Press", "Addis Ababa"), ("Mega Publishing and Distribution PLC", "Addis Ababa"),
                     ("Kuraz Publishing Agency", "Addis Ababa"), ("Artistic Printing Enterprise", "Addis Ababa"),
                     ("Eclipse Printing Press", "Addis Ababa"), ("Far East Trading PLC", "Addis Ababa"),
                     ("Hdri Publishers", "Asmara"), ("Red Sea Press", "Trenton, NJ"), ("James Currey", "Oxford"),
                     ("Shama Books", "Addis Ababa"), ("St. Mary's University", "Addis Ababa"),
                     ("Forum for Social Studies", "Addis Ababa")]  # fmt: skip
_UNIVERSITIES = ["Addis Ababa University", "Addis Ababa University, College of Business and Economics",
                 "Bahir Dar University", "Jimma University", "Mekelle University", "Hawassa University",
                 "Haramaya University", "St. Mary's University", "Unity University", "Adama Science and Technology University",
                 "Ethiopian Civil Service University", "University of Gondar", "Arba Minch University", "Admas University",
                 "Asmara College of Business and Economics", "College of Business and Social Sciences, Halhale",
                 "Howard University", "University of London, SOAS", "Middlesex University Dubai"]  # fmt: skip
_GENRES = ["MBA thesis", "MA thesis", "MSc thesis", "Master's thesis", "PhD thesis", "MBA project", "Unpublished MBA thesis",
           "MA thesis in Marketing Management", "PhD dissertation"]  # fmt: skip
_JOURNALS = ["Ethiopian Journal of Business and Economics", "Ethiopian Journal of Economics",
             "Ethiopian Journal of the Social Sciences and Humanities", "Journal of Business and Administrative Studies",
             "Ethiopian Journal of Development Research", "Journal of African Business",
             "African Journal of Economic and Management Studies", "Journal of Marketing", "International Journal of Bank Marketing",
             "Journal of Global Marketing", "African Journal of Business Management", "Cogent Business & Management",
             "Journal of Innovation and Entrepreneurship", "Journal of Eastern African Studies", "Momona Ethiopian Journal of Science",
             "Journal of Islamic Marketing", "International Marketing Review", "Journal of Retailing and Consumer Services",
             "Tourism Management", "Journal of Air Transport Management", "Telecommunications Policy", "World Development",
             "Journal of Services Marketing", "Heliyon", "Bahir Dar Journal of Business and Economics",
             "Jimma University Journal of Business and Economics", "Eritrean Journal of Social Sciences"]  # fmt: skip
_CONFERENCES = ["Proceedings of the 16th International Conference on Private Higher Education in Africa",
                "Proceedings of the 19th International Conference on the Ethiopian Economy",
                "Proceedings of the 21st International Conference of Ethiopian Studies",
                "Proceedings of the National Research Conference on Business and Economics, Bahir Dar University",
                "Proceedings of the Annual Research Conference of Jimma University",
                "Proceedings of the 9th Annual Marketing Conference of the Academy of African Business and Development",
                "Proceedings of the Asmara International Conference on Eritrean Studies"]  # fmt: skip
_LAWS = [
    ("Banking Business Proclamation No. 592/2008", 2008), ("Banking Business (Amendment) Proclamation No. 1159/2019", 2019),
    ("Capital Market Proclamation No. 1248/2021", 2021), ("Commercial Code of the Federal Democratic Republic of Ethiopia Proclamation No. 1243/2021", 2021),
    ("Trade Competition and Consumers Protection Proclamation No. 813/2013", 2013), ("Advertisement Proclamation No. 759/2012", 2012),
    ("Investment Proclamation No. 1180/2020", 2020), ("Personal Data Protection Proclamation No. 1321/2024", 2024),
    ("National Payment System Proclamation No. 718/2011", 2011), ("National Payment System (Amendment) Proclamation No. 1282/2023", 2023),
    ("Media Proclamation No. 1238/2021", 2021), ("Electronic Transaction Proclamation No. 1205/2020", 2020),
    ("Communications Service Proclamation No. 1148/2019", 2019), ("Excise Tax Proclamation No. 1186/2020", 2020),
    ("Food and Medicine Administration Proclamation No. 1112/2019", 2019), ("Microfinancing Business Proclamation No. 626/2009", 2009),
    ("Tourism Proclamation No. 1156/2019", 2019), ("Licensing and Authorization of Payment Instrument Issuers Directive No. ONPS/01/2020", 2020),
    ("Foreign Exchange Directive No. FXD/01/2024", 2024), ("Interest Free Banking Business Directive No. SBB/72/2019", 2019),
    ("Agent Banking Directive No. FIS/01/2019", 2019), ("Commercial Code of the State of Eritrea", 2015),
    ("Proclamation No. 177/2015 on the Civil Code of the State of Eritrea", 2015),
]  # fmt: skip
_SITES = {"Commercial Bank of Ethiopia": "www.combanketh.et", "Awash Bank": "awashbank.com", "Dashen Bank": "dashenbanksc.com",
          "Bank of Abyssinia": "www.bankofabyssinia.com", "Ethio telecom": "www.ethiotelecom.et", "Safaricom": "www.safaricom.et",
          "M-PESA": "m-pesa.safaricom.et", "Ethiopian Airlines": "www.ethiopianairlines.com", "BGI": "www.bgiethiopia.com",
          "Tomoca": "www.tomocacoffee.com", "National Bank of Ethiopia": "nbe.gov.et", "NBE": "nbe.gov.et",
          "Capital Market": "ecma.gov.et", "Securities Exchange": "esxethiopia.com", "Communications Authority": "eca.et",
          "Ministry of Finance": "www.mofed.gov.et", "Statistic": "www.statsethiopia.gov.et", "(CSA)": "www.statsethiopia.gov.et",
          "Coffee and Tea": "www.ecta.gov.et", "Commodity Exchange": "www.ecx.com.et", "Investment Commission": "www.invest-ethiopia.gov.et",
          "Eritrea": "shabait.com", "Food and Drug": "www.efda.gov.et", "Tourism": "www.ethiopia.travel",
          "Trade and Regional": "www.motri.gov.et", "Leather Industry": "www.lidi.gov.et", "Addis Ababa City": "www.addisababa.gov.et",
          "Heineken": "www.theheinekencompany.com", "EriTel": "www.eritel.com.er"}  # fmt: skip
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]  # fmt: skip


class Blind108WorkFactory(WorkFactory):
    """Works Ethiopian, Eritrean and diaspora marketing candidates cite, from one seeded random source."""

    # The factory's own kinds (method suffixes) and how often each is drawn.
    DRAWN: ClassVar[dict[str, int]] = {"textbook": 5, "book": 6, "local_book": 4, "chapter": 5, "journal": 22, "thesis": 8, "conference": 4, "company_web": 9,
             "company_report": 6, "regulator": 7, "body": 4, "legislation": 4, "market_research": 5, "news": 7,
             "news_unsigned": 3, "social": 3, "podcast": 2, "video": 2, "undated_web": 4, "person_web": 3}  # fmt: skip
    # The kinds a Work made here can carry.
    KINDS: ClassVar[tuple[str, ...]] = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "company-report", "government",
             "legislation", "body", "market-research", "news", "social", "podcast", "video")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 108 + 10801)
        self.org_years: list[tuple[str, set[str], dict[str, Any], str]] = []

    # ------------------------------------------------------------------ names
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        tigrinya = rng.random() < 0.25
        given = rng.choice(_GIVEN_TIGRINYA if tigrinya else rng.choice([_GIVEN_M, _GIVEN_F]))
        father = rng.choice(_FATHERS_TIGRINYA if tigrinya else _FATHERS)
        grandfather = rng.choice(_FATHERS + _FATHERS_TIGRINYA)
        if roll < 0.30:  # the father's name as a surname, as journals print it
            return {"family": father, "given": given}
        if roll < 0.40:  # the grandfather's name as a surname: "Alemu, T.B."
            return {"family": grandfather, "given": f"{given} {father}"}
        if roll < 0.52:  # the Ethiopian convention: the whole name, uninverted
            return {"literal": f"{given} {father}"}
        if roll < 0.58:  # the given name taken for a surname: "Tadesse, B."
            return {"family": given, "given": father}
        if roll < 0.64:  # "G/Medhin, S."
            return {"family": rng.choice(_ABBREVIATED), "given": given}
        if roll < 0.71:  # one name, spelled as this author spells it
            return {"family": rng.choice(rng.choice(_VARIANTS)), "given": given}
        if roll < 0.75:  # Ethiopianist transliteration
            family, first = rng.choice(_SCHOLARLY)
            return {"family": family, "given": first}
        if roll < 0.80:  # diaspora authors
            family, first = rng.choice(_DIASPORA)
            return {"family": family, "given": first}
        if roll < 0.83:  # the uninverted name with the grandfather's too
            return {"literal": f"{given} {father} {grandfather}"}
        family, first, particle = rng.choice(_EXPATS)
        name = {"family": family, "given": first}
        if particle:
            name["non-dropping-particle"] = particle
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        weights = [30, 24, 18, 10, 7, 5, 3, 3][:most]
        count = self.rng.choices(range(1, most + 1), weights=weights)[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if name not in people:
                people.append(name)
        return people

    @staticmethod
    def _lead(author: dict[str, str]) -> str:
        if "literal" in author:
            return author["literal"]
        return " ".join(filter(None, [author.get("non-dropping-particle"), author["family"]]))

    def _id(self) -> str:
        self.counter += 1
        return f"b108w{self.counter}"

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        roll = self.rng.random()
        if roll < 0.04:
            return self.rng.randint(1991, 1999)
        if roll < 0.2:
            return self.rng.randint(2000, 2012)
        return self.rng.randint(2013, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        rng = self.rng
        first = issued[0] if issued else 2023
        year = rng.randint(max(2023, first), max(2025, first))
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        if issued and year == issued[0]:
            low_month = issued[1] if len(issued) > 1 else 1
            month = rng.randint(low_month, 12)
            if len(issued) > 2 and month == issued[1]:
                day = rng.randint(issued[2], 28)
        return {"date-parts": [[year, month, day]]}

    @classmethod
    def _site(cls, name: str) -> str:
        """The organisation's own website, as candidates copy it from the address bar."""
        return next((site for key, site in _SITES.items() if key in name), None) or cls._domain(name)

    @staticmethod
    def _domain(name: str) -> str:
        words = [w for w in name.split(" (")[0].replace("&", "and").split() if w not in ("S.C.", "PLC", "The")]
        return "www." + "".join(ch for ch in "".join(words[:2]).lower() if ch.isalnum()) + ".com"

    def _url(self, domain: str) -> str:
        slug = "-".join(self.rng.choice(_TOPICS).split()[:3]).lower()
        return f"https://{domain}/{self.rng.choice(['news', 'en', 'media', 'publications', 'blog', 'am'])}/{slug}-{self.rng.randint(10, 9999)}"

    # ------------------------------------------------------------------ titles
    def _title(self) -> str:
        rng = self.rng
        topics, cases = rng.choice(_SECTORS)
        topic, other, case, place = rng.choice(topics), rng.choice(topics), rng.choice(cases), rng.choice(_PLACES)
        forms = [
            f"The effect of {topic} on {other}: the case of {case}",
            f"Determinants of {topic} in {place}",
            f"Assessment of {topic} practices: the case of {case}",
            f"Factors affecting {topic} in {case}",
            f"{topic[0].upper()}{topic[1:]} and {other} in {place}",
            f"The role of {topic} in {other}: evidence from {place}",
            f"{topic[0].upper()}{topic[1:]} in an emerging market: lessons from {place}",
            f"Exploring {topic} among Ethiopian consumers",
            f"The impact of {topic} on {other} in selected private banks in {rng.choice(['Addis Ababa', 'Adama', 'Hawassa', 'Bahir Dar'])}",
            f"{topic[0].upper()}{topic[1:]}: a structural equation modelling approach",
        ]
        return rng.choice(forms)

    def _local_title(self) -> str:
        local, english = self.rng.choice(_LOCAL_TITLES)
        return f"{local} [{english}]"

    # ------------------------------------------------------------------ building works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, self._lead(record["author"][0]), year, False, len(record["author"]), kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation in the same year as an earlier work: "NBE (2022a)" and "(2022b)".
        reusable = kind in ("web", "report", "company-report", "government", "body", "market-research")
        same_kind = [(n, t, i) for n, t, i, k in self.org_years if k == kind]
        if reusable and same_kind and "issued" in record and self.rng.random() < 0.12:
            name, tags, issued = self.rng.choice(same_kind)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
            if record.get("publisher") and kind in ("report", "company-report", "market-research"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.org_years.append((name, tags, record["issued"], kind))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def _online(self, record: dict[str, Any], domain: str, chance: float = 1.0) -> None:
        if self.rng.random() < chance:
            record["URL"] = self._url(domain)
            issued = record["issued"]["date-parts"][0] if "issued" in record else None
            if self.rng.random() < 0.9:  # now and then a candidate leaves the access date out
                record["accessed"] = self._accessed_after(issued)

    def _textbook(self) -> Work:
        """The international textbooks on every reading list, often an e-book or a later edition."""
        rng = self.rng
        authors, title, publisher, place = rng.choice(_TEXTBOOKS)
        record: dict[str, Any] = {"type": "book", "title": title,
                                  "author": [{"family": f, "given": g} for f, g in authors],
                                  "issued": {"date-parts": [[rng.randint(2005, 2024)]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if rng.random() < 0.6:
            record["edition"] = str(rng.randint(2, 17))
        if rng.random() < 0.3:
            record["medium"] = rng.choice(["E-book", "Kindle edition", "Global edition"])
        return self._person_work(record, "book")

    def _book(self) -> Work:
        rng = self.rng
        publisher, place = rng.choice([*_LOCAL_PUBLISHERS, ("Routledge", "Abingdon"), ("Palgrave Macmillan", "Cham"),
                                        ("Springer", "Cham"), ("Emerald Publishing", "Bingley")])  # fmt: skip
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(3),
                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if rng.random() < 0.2:
            record["edition"] = str(rng.randint(2, 4))
        return self._person_work(record, "book")

    def _local_book(self) -> Work:
        """An Amharic or Tigrinya book, dated by the Ethiopian calendar as its title page has it."""
        rng = self.rng
        publisher, place = rng.choice(_LOCAL_PUBLISHERS[:9])
        record: dict[str, Any] = {"type": "book", "title": self._local_title(), "author": self._people(2),
                                  "issued": {"date-parts": [[rng.randint(1998, 2016)]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        rng = self.rng
        start = rng.randint(1, 380)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(rng.randint(1, 3))],
            "container-title": rng.choice(["The Oxford handbook of the Ethiopian economy", "Marketing in Africa",
                                           "Business in Ethiopia: challenges and opportunities",
                                           "Digital finance in Africa", "Eritrea: a small state in the Horn",
                                           "Tourism in the Horn of Africa", "Brand management in emerging markets",
                                           "The Routledge handbook of African marketing"]),
            "issued": {"date-parts": [[self.year()]]},
            "publisher": rng.choice(["Oxford University Press", "Routledge", "Palgrave Macmillan", "Springer", "Red Sea Press",
                                     "Addis Ababa University Press"]),
            "publisher-place": rng.choice(["Oxford", "Abingdon", "Cham", "Addis Ababa", "Trenton, NJ"]),
            "page": f"{start}-{start + rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        rng = self.rng
        start = rng.randint(1, 700)
        title = self._title() if rng.random() < 0.93 else self._local_title()
        record: dict[str, Any] = {
            "type": "article-journal", "title": title, "author": self._people(8),
            "container-title": rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(rng.randint(1, 45)), "page": f"{start}-{start + rng.randint(8, 25)}",
        }  # fmt: skip
        if rng.random() < 0.8:
            record["issue"] = str(rng.randint(1, 4))
        if rng.random() < 0.45:
            record["DOI"] = (
                f"10.{rng.choice(['1080', '1108', '1016', '4314', '20372', '11648'])}/{rng.choice(['ejbe', 'jab', 'cogent', 'ijbm', 'ejossah'])}.v{rng.randint(1, 14)}i{rng.randint(1, 4)}.{rng.randint(100, 99999)}"
            )
        elif rng.random() < 0.3:
            self._online(
                record, rng.choice(["www.ajol.info", "ejbe.aau.edu.et", "journals.ju.edu.et", "journals.smuc.edu.et"])
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        rng = self.rng
        university = rng.choice(_UNIVERSITIES)
        local = rng.random() < 0.1
        record: dict[str, Any] = {
            "type": "thesis", "title": self._local_title() if local else self._title(), "author": self._people(1),
            "issued": {"date-parts": [[rng.randint(2008, 2016) if local else rng.randint(2005, 2025)]]},
            "publisher": university, "genre": rng.choice(_GENRES),
        }  # fmt: skip
        if rng.random() < 0.3:
            record["publisher-place"] = "Asmara" if "Asmara" in university or "Halhale" in university else "Addis Ababa"
        domain = {"Addis Ababa University": "etd.aau.edu.et", "St. Mary's University": "repository.smuc.edu.et",
                  "Jimma University": "repository.ju.edu.et", "Bahir Dar University": "ir.bdu.edu.et"}.get(
            university.split(",")[0], f"repository.{''.join(w[0] for w in university.split(',')[0].split() if w[0].isupper()).lower()}.edu.et")  # fmt: skip
        if university in ("Howard University", "University of London, SOAS", "Middlesex University Dubai"):
            domain = "hdl.handle.net"
        self._online(record, domain, 0.55)
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        rng = self.rng
        start = rng.randint(1, 400)
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": rng.choice(_CONFERENCES), "issued": {"date-parts": [[self.year()]]},
            "publisher": rng.choice(["St. Mary's University", "Ethiopian Economics Association", "Bahir Dar University",
                                     "Jimma University", "Addis Ababa University"]),
            "publisher-place": rng.choice(["Addis Ababa", "Bahir Dar", "Jimma"]),
            "page": f"{start}-{start + rng.randint(8, 20)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _org_name(self, table: list[str], tags: set[str]) -> tuple[str, set[str]]:
        name = self.rng.choice(table)
        extra = set(tags)
        if "(" in name:
            extra.add("abbreviation")
        if "&" in name:
            extra.add("ampersand")
        if "'" in name:
            extra.add("apostrophe")
        if name[:1].islower():
            extra.add("lowercase")
        return name, extra

    def _company_web(self) -> Work:
        rng = self.rng
        name, tags = self._org_name(_BANKS + _MICROFINANCE + _TELECOMS + _FIRMS, {"company"})
        titles = ["About us", "Our history", "Products and services", "Diaspora banking", "Interest-free banking",
                  "Corporate social responsibility", "Press release: new mobile app launched",
                  f"{rng.choice(_TOPICS).capitalize()} at a glance", "Vision, mission and values", "ShebaMiles",
                  "telebirr super app", "M-PESA tariffs", "Our coffees", "Sustainability", "News and events",
                  "Meskel holiday offer", "Fasika and Eid promotions", "Agent banking", "Careers"]  # fmt: skip
        record: dict[str, Any] = {
            "type": "webpage",
            "title": rng.choice(titles) if rng.random() < 0.6 else self._title(),
        }
        if rng.random() < 0.75:
            record["issued"] = {"date-parts": [[rng.randint(2015, 2025)]]}
        self._online(record, self._site(name))
        return self._org_work(record, "web", name, tags)

    def _company_report(self) -> Work:
        rng = self.rng
        name, tags = self._org_name(_BANKS + _MICROFINANCE + _TELECOMS + _FIRMS, {"company"})
        year = rng.randint(2012, 2025)
        ec = year - 8
        titles = [f"Annual report {year - 1}/{str(year)[2:]}", f"Annual report {year}", "Sustainability report",
                  f"{ec} E.C. annual report", f"Integrated report {year}", "Half-year performance report",
                  f"Strategic plan {year}-{year + 4}", "Customer satisfaction survey report", "Brand guidelines",
                  "Prospectus for the sale of ordinary shares"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": rng.choice(titles), "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0], "publisher-place": rng.choice(["Addis Ababa", "Addis Ababa", "Asmara"])}  # fmt: skip
        self._online(record, self._site(name), 0.6)
        return self._org_work(record, "company-report", name, tags)

    def _regulator(self) -> Work:
        rng = self.rng
        name, tags = self._org_name(_REGULATORS, {"government"})
        year = rng.randint(2010, 2025)
        own = {"Bank": ["Monetary policy framework", "Payment system annual report", f"Directive No. SBB/{rng.randint(40, 95)}/{year}",
                        "Licensed banks and microfinance institutions", f"Annual report {year - 1}/{str(year)[2:]}"],
               "Capital": ["Registration of capital market service providers", "Directive on public offering of securities",
                           "Investor education guide"],
               "Communications": ["Telecom market report", "Licensing of mobile money operators", "Consumer rights and obligations"],
               "Statistic": [f"Statistical report on the {year} urban employment unemployment survey", "Household consumption and expenditure survey",
                             f"Population projection {year}"],
               "Eritrea": ["Eritrea: tourism statistics", "Trade and investment guide", "Annual economic report"],
               "Coffee": ["Guidelines for coffee export contracts", "Coffee export performance report", "Specialty coffee auction results"],
               "Tourism": ["Tourism statistics bulletin", "Land of Origins: destination brand guide"],
               "Food": ["Directive on food advertising", "Guideline on labelling of pre-packaged food"]}  # fmt: skip
        owned = next((t for key, t in own.items() if key in name), None)
        titles = owned or [f"Annual report {year - 1}/{str(year)[2:]}", "Quarterly bulletin, fourth quarter",
                  f"Financial inclusion strategy II ({year}-{year + 4})", "National digital payment strategy",
                  f"Directive No. SBB/{rng.randint(40, 95)}/{year}", "Licensed banks and microfinance institutions",
                  f"Statistical report on the {year} urban employment unemployment survey",
                  f"Digital Ethiopia {2025 if year < 2025 else 2030}: a digital strategy for Ethiopia inclusive prosperity",
                  "Guidelines for coffee export contracts", "Consumer protection guideline",
                  "Registration of capital market service providers", "Tourism statistics bulletin",
                  f"Macroeconomic and social indicators, {year - 8} E.C."]  # fmt: skip
        record: dict[str, Any] = {"type": rng.choice(["report", "webpage"]), "title": rng.choice(titles),
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = "Asmara" if "Eritrea" in name else "Addis Ababa"
        self._online(record, self._site(name), 0.85)
        return self._org_work(record, "report" if record["type"] == "report" else "government", name, tags)

    def _body(self) -> Work:
        rng = self.rng
        name, tags = self._org_name(_BODIES, {"trade-body"})
        record: dict[str, Any] = {"type": rng.choice(["report", "webpage"]),
                                  "title": rng.choice([self._title(), f"Ethiopia economic update: {rng.choice(_TOPICS)}",
                                                       f"State of the industry report: mobile money in Sub-Saharan Africa {rng.randint(2018, 2025)}",
                                                       "Ethiopia: coffee annual", "Private sector development in Ethiopia",
                                                       f"Ethiopia: {rng.choice(['selected issues', 'Article IV consultation', 'country economic memorandum'])}"]),
                                  "issued": {"date-parts": [[rng.randint(2008, 2025)]]}}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = rng.choice(["Washington, DC", "Addis Ababa", "London", "Rome", "Geneva"])
        self._online(
            record,
            rng.choice(
                [
                    "www.worldbank.org",
                    "www.imf.org",
                    "www.gsma.com",
                    "addischamber.com",
                    "www.eeaecon.org",
                    "www.ico.org",
                ]
            ),
            0.85,
        )
        return self._org_work(record, "body", name, tags)

    def _legislation(self) -> Work:
        rng = self.rng
        title, year = rng.choice(_LAWS)
        eritrean = "Eritrea" in title
        directive = "Directive" in title
        author = (
            "State of Eritrea"
            if eritrean
            else ("National Bank of Ethiopia" if directive else rng.choice(_LAWMAKERS[:5] + _LAWMAKERS[6:]))
        )
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}}
        if not eritrean and not directive and rng.random() < 0.6:
            record["container-title"] = "Federal Negarit Gazeta"
        self._online(record, rng.choice(["www.lawethiopia.com", "www.hopr.gov.et", "nbe.gov.et", "chilot.me"]), 0.6)
        tags = {"legislation", "government"} | ({"apostrophe"} if "'" in author else set())
        return self._org_work(record, "legislation", author, tags)

    def _market_research(self) -> Work:
        rng = self.rng
        name = rng.choice(_RESEARCH)
        year = rng.randint(2015, 2025)
        market = rng.choice(["beer", "bottled water", "soft drinks", "coffee", "mobile money", "banking", "hotels",
                             "airlines", "footwear and leather goods", "packaged food", "edible oil", "digital advertising",
                             "smartphones", "fintech"])  # fmt: skip
        country = rng.choice(["Ethiopia", "Ethiopia", "Eritrea", "East Africa"])
        titles = [f"{market.capitalize()} in {country}", f"{market.capitalize()} in {country} {year}",
                  f"{country}: {market} market report {year}", f"Digital {year}: {country}",
                  f"Number of {market} users in {country} from 2019 to 2028", f"{country} {market} market - growth, trends and forecasts ({year} - {year + 5})",
                  f"Consumer survey {year}: {market} in Addis Ababa", f"{country} {market} report Q{rng.randint(1, 4)} {year}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": rng.choice(titles), "publisher": name}
        if rng.random() < 0.9:
            record["issued"] = {"date-parts": [[year]]}
        record["URL"] = (
            f"https://www.{name.split()[0].lower().strip(',')}.com/{market.replace(' ', '-')}-{country.lower().replace(' ', '-')}"
        )
        if rng.random() < 0.92:
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        return self._org_work(record, "market-research", name, {"market-research"})

    def _news(self) -> Work:
        rng = self.rng
        year = rng.randint(2010, 2025)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._headline(), "author": self._people(2),
            "container-title": rng.choice(_PRESS),
            "issued": {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]},
        }  # fmt: skip
        self._online(
            record,
            rng.choice(
                [
                    "www.thereporterethiopia.com",
                    "addisfortune.news",
                    "addisstandard.com",
                    "www.press.et",
                    "www.capitalethiopia.com",
                    "shega.co",
                    "www.bbc.com",
                ]
            ),
            0.85,
        )
        return self._person_work(record, "news")

    def _news_unsigned(self) -> Work:
        rng = self.rng
        year = rng.randint(2010, 2025)
        name = rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._headline(), "container-title": name,
            "issued": {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]},
        }  # fmt: skip
        self._online(record, self._domain(name))
        return self._org_work(record, "news", name, {"press"})

    def _headline(self) -> str:
        rng = self.rng
        bank, brand = rng.choice(_CASES), rng.choice(["telebirr", "M-PESA", "Ethiopian Airlines", "St. George", "Habesha Beer",
                                                     "Walia", "Tomoca", "Sheba Leather", "CBE Birr", "Apollo"])  # fmt: skip
        forms = [f"{bank} posts record profit of {rng.randint(2, 60)} billion birr",
                 f"{brand} launches {rng.choice(['Meskel', 'Enkutatash', 'Timket', 'Fasika', 'Genna', 'Eid'])} campaign",
                 f"NBE lifts cap on {rng.choice(['loan growth', 'foreign exchange', 'mobile money transfers', 'cash withdrawals'])}",
                 "Birr floated as Ethiopia moves to market-based exchange rate",
                 f"Beer advertising ban hits {brand}", f"{brand} targets diaspora in {rng.choice(['Washington DC', 'London', 'Dubai', 'Toronto'])}",
                 f"Ethiopian Securities Exchange lists {bank}", f"Coffee exports earn {rng.randint(1, 2)}.{rng.randint(0, 9)} billion dollars",
                 f"Safaricom Ethiopia reaches {rng.randint(2, 12)} million subscribers", f"Asmara's {rng.choice(['cafés', 'markets', 'hotels'])} await tourists",
                 f"Leather exporters struggle as {rng.choice(['hide prices', 'power cuts', 'forex shortages'])} bite"]  # fmt: skip
        return rng.choice(forms)

    def _social(self) -> Work:
        rng = self.rng
        platform = rng.choice(_PLATFORMS)
        year = rng.randint(2016, 2025)
        title = rng.choice([f"{rng.choice(['Melkam Meskel', 'Melkam Addis Amet', 'Melkam Fasika', 'Eid Mubarak', 'Melkam Timket', 'Melkam Gena'])}! {rng.choice(['Enjoy 20% bonus airtime', 'Send money home free this week', 'Fly home with ShebaMiles', 'Celebrate with St. George'])}",
                            f"We are proud to announce {rng.randint(5, 60)} million telebirr customers",
                            f"Thread: what {rng.choice(_TOPICS)} means for Ethiopian brands",
                            "Our new branch in Hawassa is now open", f"Reflections on {rng.choice(_TOPICS)} after the birr float",
                            f"{rng.randint(3, 12)} lessons from marketing in Addis Ababa"])  # fmt: skip
        record: dict[str, Any] = {"type": "post", "title": title, "container-title": platform,
                                  "issued": {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]}}  # fmt: skip
        self._online(record, {"Telegram": "t.me", "Facebook": "www.facebook.com", "LinkedIn": "www.linkedin.com",
                              "TikTok": "www.tiktok.com", "Instagram": "www.instagram.com",
                              "YouTube": "www.youtube.com"}.get(platform, "x.com"))  # fmt: skip
        if rng.random() < 0.5:
            record["author"] = self._people(1)
            return self._person_work(record, "social")
        name, tags = self._org_name(_BANKS[:8] + _TELECOMS[:4] + _FIRMS[:3], {"company"})
        return self._org_work(record, "social", name, tags)

    def _podcast(self) -> Work:
        rng = self.rng
        host, show = rng.choice(_SHOWS)
        record: dict[str, Any] = {"type": "broadcast", "container-title": show, "medium": "Podcast",
                                  "title": f"Episode {rng.randint(1, 180)}: {rng.choice(_TOPICS)} {rng.choice(['in Ethiopia', 'and the diaspora', 'after the reforms', 'with a CBE marketer'])}",
                                  "issued": {"date-parts": [[rng.randint(2018, 2025), rng.randint(1, 12), rng.randint(1, 28)]]}}  # fmt: skip
        self._online(record, "open.spotify.com")
        if rng.random() < 0.4:
            record["author"] = self._people(2)
            return self._person_work(record, "podcast")
        return self._org_work(record, "podcast", host, {"company"})

    def _video(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "motion_picture", "medium": rng.choice(["YouTube video", "Video", "TikTok video"]),
                                  "title": rng.choice([f"How to use {rng.choice(['telebirr', 'M-PESA', 'CBE Birr', 'Apollo', 'Amole'])}",
                                                       f"{rng.choice(['Meskel', 'Timket', 'Fasika', 'Enkutatash'])} advert {rng.randint(2016, 2025)}",
                                                       f"Interview: {rng.choice(_TOPICS)} in Ethiopia", "Inside the Ethiopian coffee ceremony",
                                                       "Made in Ethiopia: the story of soleRebels", "Asmara: Africa's modernist city"]),
                                  "issued": {"date-parts": [[rng.randint(2014, 2025), rng.randint(1, 12), rng.randint(1, 28)]]}}  # fmt: skip
        self._online(record, "www.youtube.com")
        if rng.random() < 0.35:
            record["author"] = self._people(1)
            return self._person_work(record, "video")
        name, tags = self._org_name(
            _TELECOMS[:3] + _FIRMS[:2] + ["EBS TV", "Ethiopian Broadcasting Corporation (EBC)", "Eri-TV"] + _BANKS[:4],
            {"company"},
        )
        return self._org_work(record, "video", name, tags)

    def _undated_web(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "webpage", "title": rng.choice([self._title(), "Frequently asked questions",
                                                                          "Coffee ceremony", "Ethiopian calendar converter",
                                                                          "Doing business in Ethiopia", "Ethiopia country commercial guide",
                                                                          "Visit Eritrea", "Land of origins"])}  # fmt: skip
        self._online(
            record,
            rng.choice(
                [
                    "www.ethiopia.travel",
                    "www.trade.gov",
                    "www.visitethiopia.et",
                    "shabait.com",
                    "www.ethiopianembassy.org",
                ]
            ),
        )
        if rng.random() < 0.3:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self._org_name(_REGULATORS + _BODIES + _FIRMS, {"undated"})
        return self._org_work(record, "web", name, tags)

    def _person_web(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "container-title": rng.choice(["Medium", "Ethiopia Insight", "LinkedIn Pulse", "Addis Insight", "Borkena"])}  # fmt: skip
        if rng.random() < 0.8:
            record["issued"] = {"date-parts": [[rng.randint(2014, 2025)]]}
        self._online(record, rng.choice(["medium.com", "www.ethiopia-insight.com", "www.linkedin.com", "borkena.com"]))
        return self._person_work(record, "web")
