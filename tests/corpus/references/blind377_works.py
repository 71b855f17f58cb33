"""The blind377 pool's works: what marketers at mobile and virtual operators, broadband and fibre providers, handset
retailers, eSIM and roaming start-ups and tower firms in the UK, Spain, Kenya, Vietnam, Peru and New Zealand cite in
CIM Level 6 and 7 reports and MBA assignments written in English.

Written without reading the checker, its tests or any other pool. Marketing, services-marketing and
relationship-marketing textbooks and their chapters (with the classics still cited), journal articles on churn,
loyalty, bundling, price perception, mobile-money adoption and network quality with one to eight authors, regulators
and international bodies in their several forms (Ofcom, the CNMC, the Communications Authority of Kenya, the MIC,
OSIPTEL, the Commerce Commission, the ITU, the GSMA, BEREC), governments' statistics and legislation as candidates
list it, operators' annual reports, investor presentations and press pages, market-research firms' and analysts'
reports, the trade press and the press signed and unsigned, blog posts and undated pages with access dates. Names as
this region's scholars and journals print them: Vietnamese names with and without their diacritics, Spanish and
Peruvian double surnames and particles, Kenyan names with their apostrophes, Māori names with their macrons, and
British names.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "report", "regulator", "government", "legislation", "company-report",
         "presentation", "press-release", "market-research", "trade-press", "news", "web", "blog")  # fmt: skip

_LOCALES = ["en_GB", "en_GB", "en_GB", "es_ES", "es_ES", "en_NZ", "es_MX", "en_US"]

# Kenyan surnames as Kenyan journals and universities print them (apostrophes included), and given names.
_KENYAN = ["Wanjiru", "Kamau", "Otieno", "Odhiambo", "Ochieng", "Mwangi", "Njoroge", "Kiprono", "Chebet", "Wafula",
           "Wekesa", "Mutua", "Muthoni", "Kariuki", "Omondi", "Achieng", "Kimani", "Nyaga", "Ndung'u", "Ng'ang'a",
           "Korir", "Rotich", "Kipchumba", "Maina", "Gitau", "Okoth", "Owino", "Abdi", "Kosgei", "Wambugu", "Mbithi",
           "Njeru", "Kinyua", "Ogutu", "Nyamweya", "Wanyonyi", "Muriuki", "Ngugi", "Jepkemboi", "Onyango"]  # fmt: skip
_KENYAN_GIVEN = ["Faith", "Brian", "Kevin", "Mercy", "Grace", "Dennis", "Joy", "Njeri", "Wanjiku", "Kibet", "Collins",
                 "Esther", "Caroline", "Samuel", "Moses", "Purity", "Eunice", "Wycliffe", "Cheruiyot", "Achieng"]  # fmt: skip
# Vietnamese names: family name first, printed with diacritics in Vietnamese journals and without in many others.
_VIET_FAMILY = [("Nguyễn", "Nguyen"), ("Trần", "Tran"), ("Lê", "Le"), ("Phạm", "Pham"), ("Hoàng", "Hoang"),
                ("Huỳnh", "Huynh"), ("Phan", "Phan"), ("Vũ", "Vu"), ("Võ", "Vo"), ("Đặng", "Dang"), ("Bùi", "Bui"),
                ("Đỗ", "Do"), ("Hồ", "Ho"), ("Ngô", "Ngo"), ("Dương", "Duong"), ("Lý", "Ly"), ("Đinh", "Dinh")]  # fmt: skip
_VIET_GIVEN = [("Thị Thu Hà", "Thi Thu Ha"), ("Văn Minh", "Van Minh"), ("Quang Huy", "Quang Huy"),
               ("Thanh Tùng", "Thanh Tung"), ("Ngọc Anh", "Ngoc Anh"), ("Hoàng Long", "Hoang Long"),
               ("Thị Lan", "Thi Lan"), ("Đức Thắng", "Duc Thang"), ("Minh Châu", "Minh Chau"), ("Hữu Phước", "Huu Phuoc"),
               ("Thị Mai", "Thi Mai"), ("Quốc Bảo", "Quoc Bao"), ("Thùy Linh", "Thuy Linh"), ("Văn Hùng", "Van Hung")]  # fmt: skip
# Peruvian surnames, printed as one or two family names ("Quispe Mamani", "Huamán-Flores").
_PERUVIAN = ["Quispe", "Mamani", "Huamán", "Flores", "Chávez", "Mendoza", "Ccahua", "Condori", "Rojas", "Vargas",
             "Torres", "Ramírez", "Cárdenas", "Salazar", "Paredes", "Ticona", "Gutiérrez", "Zevallos", "Yupanqui",
             "Castañeda", "Espinoza", "Llanos", "Aliaga", "Ñahui"]  # fmt: skip
_PERUVIAN_GIVEN = ["José Luis", "Rosa María", "Juan Carlos", "Milagros", "Luis Alberto", "Giovanna", "César",
                   "Karina", "Jorge", "Ana Lucía", "Fiorella", "Renzo", "Pilar", "Miguel Ángel"]  # fmt: skip
_SPANISH_PARTICLES = [("de la", "Fuente"), ("del", "Río"), ("de", "Miguel"), ("de la", "Torre"), ("del", "Castillo"),
                      ("de los", "Santos"), ("de", "Pablos")]  # fmt: skip
# Māori names as New Zealand journals print them, macrons kept, and Pākehā names from Faker's en_NZ.
_MAORI = ["Te Huia", "Ngata", "Tapsell", "Tawhai", "Pōmare", "Hēnare", "Mīkaere", "Kōhere", "Paewai", "Rātima",
          "Te Aho", "Mahuika", "Parata", "Tūhiwai", "Waititi", "Kerehoma", "Te Whata", "Rewi"]  # fmt: skip
_MAORI_GIVEN = ["Manaia", "Aroha", "Tama", "Hēmi", "Wiremu", "Mere", "Ngaio", "Rangi", "Kiri", "Anahera", "Tāne"]
_REGIONS = ["GB", "KE", "VN", "PE", "ES", "NZ", "INT"]
# Names of the international telecoms and marketing literature.
_ROMANISED = [("Kim", "Moon-Koo"), ("Park", "Myeong-Cheol"), ("Ahn", "Jae-Hyeon"), ("Lee", "Jonathan"),
              ("Zhang", "Wei"), ("Wang", "Ying"), ("Gupta", "Anil"), ("Sharma", "Priya"), ("Ahmad", "Nor"),
              ("Kumar", "Vikas"), ("Oyelaran", "Tunde"), ("Mensah", "Kofi")]  # fmt: skip

_TELECOM_TOPICS = ["customer churn", "customer loyalty", "switching costs", "bundling", "price perception",
                   "mobile money adoption", "network quality", "service quality", "customer satisfaction",
                   "number portability", "prepaid retention", "fibre broadband adoption", "eSIM adoption",
                   "roaming charges", "brand trust", "relationship quality", "tariff complexity",
                   "mid-contract price rises", "SIM-only plans", "5G adoption", "mobile data pricing",
                   "customer complaints", "agent networks", "digital financial inclusion", "handset financing"]  # fmt: skip
_SETTINGS = ["the UK mobile market", "Spanish telecommunications", "Kenya", "Vietnam", "Peru", "New Zealand",
             "emerging markets", "sub-Saharan Africa", "Latin America", "South-East Asia", "prepaid markets",
             "the Vietnamese mobile market", "rural Kenya", "Lima", "the Spanish convergent market",
             "New Zealand broadband"]  # fmt: skip
_SEGMENTS = ["young consumers", "prepaid subscribers", "small businesses", "rural users", "students", "older adults",
             "postpaid customers", "low-income households", "university students", "SIM-only customers"]  # fmt: skip

# Textbooks and classics still cited, with their real details: (authors, year, title, publisher, place, edition, kind).
_CLASSIC_BOOKS: list[tuple[list[tuple[str, str]], int, str, str, str, str | None]] = [
    ([("Wirtz", "Jochen"), ("Lovelock", "Christopher")], 2022, "Services marketing: people, technology, strategy", "World Scientific", "Hackensack, NJ", "9"),
    ([("Zeithaml", "Valarie A."), ("Bitner", "Mary Jo"), ("Gremler", "Dwayne D.")], 2018, "Services marketing: integrating customer focus across the firm", "McGraw-Hill Education", "New York", "7"),
    ([("Buttle", "Francis"), ("Maklan", "Stan")], 2019, "Customer relationship management: concepts and technologies", "Routledge", "Abingdon", "4"),
    ([("Payne", "Adrian"), ("Frow", "Pennie")], 2013, "Strategic customer management: integrating relationship marketing and CRM", "Cambridge University Press", "Cambridge", None),
    ([("Gummesson", "Evert")], 2008, "Total relationship marketing", "Butterworth-Heinemann", "Oxford", "3"),
    ([("Grönroos", "Christian")], 2015, "Service management and marketing: managing the service profit logic", "Wiley", "Chichester", "4"),
    ([("Reichheld", "Frederick F.")], 1996, "The loyalty effect: the hidden force behind growth, profits, and lasting value", "Harvard Business School Press", "Boston, MA", None),
    ([("Rogers", "Everett M.")], 2003, "Diffusion of innovations", "Free Press", "New York", "5"),
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Chernev", "Alexander")], 2022, "Marketing management", "Pearson", "Harlow", "16"),
    ([("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], 2023, "Principles and practice of marketing", "McGraw-Hill", "London", "10"),
    ([("Christopher", "Martin"), ("Payne", "Adrian"), ("Ballantyne", "David")], 1991, "Relationship marketing: bringing quality, customer service and marketing together", "Butterworth-Heinemann", "Oxford", None),
    ([("Nagle", "Thomas T."), ("Müller", "Georg")], 2018, "The strategy and tactics of pricing: a guide to growing more profitably", "Routledge", "New York", "6"),
]  # fmt: skip
_CLASSIC_ARTICLES: list[tuple[list[tuple[str, str]], int, str, str, str, str, str]] = [
    ([("Keaveney", "Susan M.")], 1995, "Customer switching behavior in service industries: an exploratory study", "Journal of Marketing", "59", "2", "71-82"),
    ([("Oliver", "Richard L.")], 1999, "Whence consumer loyalty?", "Journal of Marketing", "63", "4", "33-44"),
    ([("Morgan", "Robert M."), ("Hunt", "Shelby D.")], 1994, "The commitment-trust theory of relationship marketing", "Journal of Marketing", "58", "3", "20-38"),
    ([("Gerpott", "Torsten J."), ("Rams", "Wolfgang"), ("Schindler", "Andreas")], 2001, "Customer retention, loyalty, and satisfaction in the German mobile cellular telecommunications market", "Telecommunications Policy", "25", "4", "249-269"),
    ([("Kim", "Moon-Koo"), ("Park", "Myeong-Cheol"), ("Jeong", "Dong-Heon")], 2004, "The effects of customer satisfaction and switching barrier on customer loyalty in Korean mobile telecommunication services", "Telecommunications Policy", "28", "2", "145-159"),
    ([("Ahn", "Jae-Hyeon"), ("Han", "Sang-Pil"), ("Lee", "Yung-Seop")], 2006, "Customer churn analysis: churn determinants and mediation effects of partial defection in the Korean mobile telecommunications service industry", "Telecommunications Policy", "30", "10-11", "552-568"),
    ([("Davis", "Fred D.")], 1989, "Perceived usefulness, perceived ease of use, and user acceptance of information technology", "MIS Quarterly", "13", "3", "319-340"),
    ([("Venkatesh", "Viswanath"), ("Morris", "Michael G."), ("Davis", "Gordon B."), ("Davis", "Fred D.")], 2003, "User acceptance of information technology: toward a unified view", "MIS Quarterly", "27", "3", "425-478"),
    ([("Venkatesh", "Viswanath"), ("Thong", "James Y.L."), ("Xu", "Xin")], 2012, "Consumer acceptance and use of information technology: extending the unified theory of acceptance and use of technology", "MIS Quarterly", "36", "1", "157-178"),
    ([("Jack", "William"), ("Suri", "Tavneet")], 2014, "Risk sharing and transactions costs: evidence from Kenya's mobile money revolution", "American Economic Review", "104", "1", "183-223"),
    ([("Stremersch", "Stefan"), ("Tellis", "Gerard J.")], 2002, "Strategic bundling of products and prices: a new synthesis for marketing", "Journal of Marketing", "66", "1", "55-72"),
    ([("Zeithaml", "Valarie A.")], 1988, "Consumer perceptions of price, quality, and value: a means-end model and synthesis of evidence", "Journal of Marketing", "52", "3", "2-22"),
    ([("Xia", "Lan"), ("Monroe", "Kent B."), ("Cox", "Jennifer L.")], 2004, "The price is unfair! A conceptual framework of price fairness perceptions", "Journal of Marketing", "68", "4", "1-15"),
    ([("Parasuraman", "A."), ("Zeithaml", "Valarie A."), ("Berry", "Leonard L.")], 1988, "SERVQUAL: a multiple-item scale for measuring consumer perceptions of service quality", "Journal of Retailing", "64", "1", "12-40"),
    ([("Burnham", "Thomas A."), ("Frels", "Judy K."), ("Mahajan", "Vijay")], 2003, "Consumer switching costs: a typology, antecedents, and consequences", "Journal of the Academy of Marketing Science", "31", "2", "109-126"),
]  # fmt: skip

_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Wiley", "Chichester"), ("Palgrave Macmillan", "Cham"), ("Springer", "Cham"),
               ("Oxford University Press", "Oxford"), ("Cengage", "Andover"), ("ESIC Editorial", "Madrid"),
               ("Universidad del Pacífico", "Lima"), ("Auckland University Press", "Auckland"),
               ("University of Nairobi Press", "Nairobi"), ("Vietnam National University Press", "Hanoi"),
               ("Edward Elgar", "Cheltenham"), ("Emerald Publishing", "Bingley")]  # fmt: skip
_HANDBOOKS = ["The Routledge companion to services marketing", "Handbook of research on mobile marketing management",
              "The Palgrave handbook of telecommunications management", "Handbook of service science",
              "The Sage handbook of relationship marketing", "Mobile money in emerging markets: case studies",
              "Marketing in emerging economies", "Digital transformation in telecommunications",
              "The Oxford handbook of pricing management", "Customer experience management in Asia"]  # fmt: skip
_JOURNALS = ["Telecommunications Policy", "Journal of Services Marketing", "Journal of Service Research",
             "Journal of Retailing and Consumer Services", "Information Technology for Development",
             "European Journal of Marketing", "Journal of Marketing Management", "International Journal of Bank Marketing",
             "Technological Forecasting and Social Change", "Journal of Business Research", "Industrial Marketing Management",
             "Digital Policy, Regulation and Governance", "Journal of African Business",
             "African Journal of Economic and Management Studies", "Asia Pacific Journal of Marketing and Logistics",
             "Journal of Asian Business and Economic Studies", "VNU Journal of Economics and Business",
             "Journal of Economics and Development", "Spanish Journal of Marketing - ESIC", "Cuadernos de Gestión",
             "Journal of Economics, Finance and Administrative Science", "Australasian Marketing Journal",
             "Journal of Product & Brand Management", "Psychology & Marketing", "Information & Management",
             "Journal of Strategic Marketing", "Managing Service Quality", "Journal of Service Theory and Practice",
             "Utilities Policy", "Information Economics and Policy", "The Electronic Journal of Information Systems in Developing Countries"]  # fmt: skip

# Organisations, by what they publish: (name as cited, tags, web domain, market).
_REGULATORS = [("Ofcom", {"regulator"}, "ofcom.org.uk", "UK"), ("Ofcom", {"regulator"}, "ofcom.org.uk", "UK"),
               ("Comisión Nacional de los Mercados y la Competencia (CNMC)", {"regulator", "abbreviation"}, "cnmc.es", "ES"),
               ("CNMC", {"regulator", "acronym"}, "cnmc.es", "ES"),
               ("Communications Authority of Kenya", {"regulator"}, "ca.go.ke", "KE"),
               ("Communications Authority of Kenya (CA)", {"regulator", "abbreviation"}, "ca.go.ke", "KE"),
               ("Ministry of Information and Communications (MIC)", {"regulator", "abbreviation"}, "mic.gov.vn", "VN"),
               ("Vietnam Telecommunications Authority", {"regulator"}, "vnta.gov.vn", "VN"),
               ("OSIPTEL", {"regulator", "acronym"}, "gob.pe/osiptel", "PE"),
               ("Organismo Supervisor de Inversión Privada en Telecomunicaciones (OSIPTEL)", {"regulator", "abbreviation"}, "gob.pe/osiptel", "PE"),
               ("Commerce Commission", {"regulator"}, "comcom.govt.nz", "NZ"),
               ("Commerce Commission New Zealand", {"regulator"}, "comcom.govt.nz", "NZ"),
               ("International Telecommunication Union (ITU)", {"international", "abbreviation"}, "itu.int", "ITU"),
               ("ITU", {"international", "acronym"}, "itu.int", "ITU"), ("GSMA", {"international", "acronym"}, "gsma.com", "GSMA"),
               ("GSMA Intelligence", {"international"}, "gsmaintelligence.com", "GSMA"),
               ("Body of European Regulators for Electronic Communications (BEREC)", {"international", "abbreviation"}, "berec.europa.eu", "EU"),
               ("Competition and Markets Authority", {"regulator"}, "gov.uk/cma", "UKC"),
               ("Competition Authority of Kenya", {"regulator"}, "cak.go.ke", "KE"),
               ("Indecopi", {"regulator"}, "gob.pe/indecopi", "PE"), ("World Bank", {"international"}, "worldbank.org", "DEV"),
               ("OECD", {"international", "acronym"}, "oecd.org", "OECD"),
               ("Alliance for Affordable Internet (A4AI)", {"international", "abbreviation"}, "a4ai.org", "DEV"),
               ("Telecommunications Forum (TCF)", {"trade-body", "abbreviation"}, "tcf.org.nz", "NZ"),
               ("Internet Services Providers' Association (ISPA UK)", {"trade-body", "apostrophe", "abbreviation"}, "ispa.org.uk", "UKC"),
               ("Mobile UK", {"trade-body"}, "mobileuk.org", "UKC"), ("techUK", {"trade-body", "lowercase"}, "techuk.org", "UKC"),
               ("DigitalES", {"trade-body"}, "digitales.es", "ES"), ("Citizens Advice", {"consumer"}, "citizensadvice.org.uk", "UKC"),
               ("Which?", {"consumer", "punctuation"}, "which.co.uk", "UKC"), ("Consumer NZ", {"consumer"}, "consumer.org.nz", "NZ"),
               ("OCU", {"consumer", "acronym"}, "ocu.org", "ES"), ("FACUA", {"consumer", "acronym"}, "facua.org", "ES"),
               ("InternetNZ", {"trade-body"}, "internetnz.nz", "NZ"), ("FSD Kenya", {"international"}, "fsdkenya.org", "KE"),
               ("CGAP", {"international", "acronym"}, "cgap.org", "DEV"), ("Central Bank of Kenya", {"government"}, "centralbank.go.ke", "KE")]  # fmt: skip
_REGULATOR_TITLES = {
    "UK": ["Connected Nations {y}: UK report", "Communications Market Report {y}", "Comparing customer service: mobile, home broadband and landline {y}",
           "Pricing trends for communications services in the UK {y}", "Mid-contract price rises: consumer research", "Switching experience tracker {y}",
           "Mobile coverage and the rural customer", "Affordability of communications services {y}"],
    "ES": ["Informe económico sectorial de las telecomunicaciones y el audiovisual {y}", "Panel de hogares: {q}º semestre {y}",
           "Estadísticas trimestrales de telecomunicaciones, T{q} {y}", "Informe sobre la portabilidad móvil {y}",
           "Satisfacción con las operadoras de telecomunicaciones {y}", "Reclamaciones a operadoras de telefonía {y}"],
    "KE": ["Sector statistics report Q{q} {y}/{y1}", "Annual report {y}/{y1}", "Quality of service report {y}",
           "Consumer protection guidelines for mobile money services", "FinAccess household survey {y}", "Competition in the mobile money market: market inquiry"],
    "VN": ["Vietnam ICT white book {y}", "Report on telecommunications service quality {y}", "Vietnam internet resources report {y}",
           "Mobile subscriber registration: guidance for operators"],
    "PE": ["Reporte estadístico de telecomunicaciones, {mes} {y}", "Encuesta residencial de servicios de telecomunicaciones (ERESTEL) {y}",
           "Informe de desempeño de la calidad del servicio móvil {y}", "Reclamos de usuarios de telecomunicaciones {y}"],
    "NZ": ["Annual telecommunications monitoring report {y}", "Measuring broadband New Zealand: {season} report {y}", "Mobile market study: final report",
           "Broadband satisfaction survey {y}", "State of the internet {y}", "Telecommunications dispute resolution: annual report {y}"],
    "ITU": ["Measuring digital development: facts and figures {y}", "Measuring digital development: ICT price trends {y}", "Global connectivity report {y}"],
    "GSMA": ["The mobile economy: Sub-Saharan Africa {y}", "The mobile economy: Asia Pacific {y}", "The mobile economy: Latin America {y}",
             "The state of mobile internet connectivity {y}", "State of the industry report on mobile money {y}", "The mobile gender gap report {y}"],
    "UKC": ["Mobile networks: customer satisfaction survey {y}", "Price rises in broadband and mobile contracts", "Consumer views on broadband switching {y}",
            "Annual review {y}", "Loyalty penalties in communications markets", "Mobile handsets and airtime: market review {y}"],
    "EU": ["Report on the implementation of the open internet regulation {y}", "Report on the impact of 5G on regulation", "Report on mobile infrastructure sharing"],
    "OECD": ["OECD digital economy outlook {y}", "Broadband policies for Latin America and the Caribbean", "OECD telecommunication and broadcasting review of Peru"],
    "DEV": ["Affordability report {y}", "Mobile money and financial inclusion in Kenya", "Digital financial services: consumer risks {y}",
            "Broadband strategies for Latin America"],
}  # fmt: skip
_GOVERNMENT = [("Office for National Statistics", {"government"}, "ons.gov.uk", "UK"),
               ("Office for National Statistics (ONS)", {"government", "abbreviation"}, "ons.gov.uk", "UK"),
               ("Department for Science, Innovation and Technology", {"government", "comma"}, "gov.uk/dsit", "UK"),
               ("Department for Science, Innovation & Technology (DSIT)", {"government", "comma", "ampersand", "abbreviation"}, "gov.uk/dsit", "UK"),
               ("House of Commons Library", {"government"}, "commonslibrary.parliament.uk", "UK"),
               ("HM Government", {"government"}, "gov.uk", "UK"),
               ("Instituto Nacional de Estadística (INE)", {"government", "abbreviation"}, "ine.es", "ES"),
               ("INE", {"government", "acronym"}, "ine.es", "ES"),
               ("Ministerio para la Transformación Digital y de la Función Pública", {"government"}, "digital.gob.es", "ES"),
               ("ONTSI", {"government", "acronym"}, "ontsi.es", "ES"),
               ("Kenya National Bureau of Statistics (KNBS)", {"government", "abbreviation"}, "knbs.or.ke", "KE"),
               ("Kenya National Bureau of Statistics", {"government"}, "knbs.or.ke", "KE"),
               ("Ministry of Information, Communications and the Digital Economy", {"government", "comma"}, "ict.go.ke", "KE"),
               ("General Statistics Office of Vietnam (GSO)", {"government", "abbreviation"}, "gso.gov.vn", "VN"),
               ("General Statistics Office", {"government"}, "gso.gov.vn", "VN"),
               ("Instituto Nacional de Estadística e Informática (INEI)", {"government", "abbreviation"}, "inei.gob.pe", "PE"),
               ("INEI", {"government", "acronym"}, "inei.gob.pe", "PE"),
               ("Ministerio de Transportes y Comunicaciones (MTC)", {"government", "abbreviation"}, "gob.pe/mtc", "PE"),
               ("Stats NZ", {"government"}, "stats.govt.nz", "NZ"),
               ("Ministry of Business, Innovation and Employment (MBIE)", {"government", "comma", "abbreviation"}, "mbie.govt.nz", "NZ"),
               ("Ministry of Business, Innovation and Employment", {"government", "comma"}, "mbie.govt.nz", "NZ")]  # fmt: skip
_GOVERNMENT_TITLES = {
    "UK": ["Internet users, UK: {y}", "Wireless infrastructure strategy", "UK digital strategy", "Project Gigabit: progress update {y}",
           "Mobile coverage in the UK", "Family spending in the UK: April {y} to March {y1}"],
    "ES": ["Encuesta sobre equipamiento y uso de tecnologías de información y comunicación en los hogares {y}", "España Digital 2026",
           "Cobertura de banda ancha en España en {y}", "Indicadores de la sociedad digital {y}"],
    "KE": ["Economic survey {y}", "Kenya national digital master plan 2022-2032", "Digital economy blueprint", "Statistical abstract {y}"],
    "VN": ["Statistical yearbook of Viet Nam {y}", "Report on labour force survey {y}", "Socio-economic situation in the fourth quarter of {y}",
           "National digital transformation programme to 2025, with orientations to 2030"],
    "PE": ["Estadísticas de las tecnologías de información y comunicación en los hogares, trimestre {q} {y}", "Perú: acceso de los hogares a las TIC {y}",
           "Plan nacional de banda ancha", "Encuesta nacional de hogares (ENAHO) {y}"],
    "NZ": ["Household use of information and communication technology: {y}", "Rural connectivity: programme update",
           "The digital strategy for Aotearoa", "Household economic survey: year ended June {y}"],
}  # fmt: skip
_LEGISLATORS = [("legislation.gov.uk", "legislation.gov.uk", ["Communications Act 2003", "Telecommunications (Security) Act 2021",
                 "Product Security and Telecommunications Infrastructure Act 2022", "Digital Economy Act 2017",
                 "Digital Markets, Competition and Consumers Act 2024"]),
                ("Boletín Oficial del Estado (BOE)", "boe.es", ["Ley 11/2022, de 28 de junio, General de Telecomunicaciones",
                 "Ley 9/2014, de 9 de mayo, General de Telecomunicaciones", "Real Decreto-ley 7/2022, de 29 de marzo, sobre requisitos para garantizar la seguridad de las redes y servicios de comunicaciones electrónicas de quinta generación"]),
                ("Kenya Law", "kenyalaw.org", ["Kenya Information and Communications Act, Cap. 411A", "National Payment System Act, No. 39 of 2011",
                 "Data Protection Act, No. 24 of 2019", "Kenya Information and Communications (Amendment) Act, 2013"]),
                ("National Assembly of Vietnam", "quochoi.vn", ["Law on Telecommunications No. 24/2023/QH15",
                 "Law on Telecommunications No. 41/2009/QH12", "Law on Electronic Transactions No. 20/2023/QH15"]),
                ("Congreso de la República del Perú", "congreso.gob.pe", ["Ley N.° 29904, Ley de Promoción de la Banda Ancha y Construcción de la Red Dorsal Nacional de Fibra Óptica",
                 "Ley N.° 28295, Ley que regula el acceso y uso compartido de infraestructura de uso público", "Ley N.° 29733, Ley de Protección de Datos Personales"]),
                ("New Zealand Legislation", "legislation.govt.nz", ["Telecommunications Act 2001", "Telecommunications (New Regulatory Framework) Amendment Act 2018",
                 "Fair Trading Act 1986", "Unsolicited Electronic Messages Act 2007"]),
                ("Parliamentary Counsel Office", "legislation.govt.nz", ["Telecommunications Act 2001", "Consumer Guarantees Act 1993"])]  # fmt: skip
# Operators, fibre and tower firms, retailers and eSIM start-ups: (name as an author, short name, domain, market).
_COMPANIES = [("BT Group plc", "BT", "bt.com", "UK"), ("Vodafone Group Plc", "Vodafone", "vodafone.com", "UK"),
              ("VodafoneThree", "VodafoneThree", "vodafonethree.com", "UK"), ("Virgin Media O2", "Virgin Media O2", "virginmediao2.co.uk", "UK"),
              ("EE", "EE", "ee.co.uk", "UK"), ("Sky UK", "Sky", "sky.com", "UK"), ("TalkTalk", "TalkTalk", "talktalkgroup.com", "UK"),
              ("giffgaff", "giffgaff", "giffgaff.com", "UK"), ("Lebara", "Lebara", "lebara.co.uk", "UK"),
              ("Openreach", "Openreach", "openreach.co.uk", "UK"), ("CityFibre", "CityFibre", "cityfibre.com", "UK"),
              ("Hyperoptic", "Hyperoptic", "hyperoptic.com", "UK"), ("Currys plc", "Currys", "currysplc.com", "UK"),
              ("Cellnex Telecom, S.A.", "Cellnex", "cellnex.com", "Spain"), ("Cellnex UK", "Cellnex UK", "cellnextelecom.co.uk", "UK"),
              ("Telefónica, S.A.", "Telefónica", "telefonica.com", "Spain"), ("Telefónica España", "Movistar", "telefonica.es", "Spain"),
              ("MasOrange", "MasOrange", "masorange.es", "Spain"), ("Vodafone España", "Vodafone España", "vodafone.es", "Spain"),
              ("Digi Spain Telecom", "Digi", "digimobil.es", "Spain"), ("Avatel", "Avatel", "avatel.es", "Spain"),
              ("Safaricom PLC", "Safaricom", "safaricom.co.ke", "Kenya"), ("Safaricom", "Safaricom", "safaricom.co.ke", "Kenya"),
              ("Airtel Kenya", "Airtel", "airtelkenya.com", "Kenya"), ("Airtel Africa plc", "Airtel Africa", "airtel.africa", "Kenya"),
              ("Telkom Kenya", "Telkom", "telkom.co.ke", "Kenya"), ("Jamii Telecommunications", "Faiba", "jtl.co.ke", "Kenya"),
              ("Viettel Group", "Viettel", "viettel.com.vn", "Vietnam"), ("VNPT", "VNPT", "vnpt.com.vn", "Vietnam"),
              ("MobiFone", "MobiFone", "mobifone.vn", "Vietnam"), ("FPT Telecom", "FPT Telecom", "fpt.vn", "Vietnam"),
              ("Telefónica del Perú S.A.A.", "Movistar Perú", "telefonica.com.pe", "Peru"),
              ("América Móvil, S.A.B. de C.V.", "Claro", "americamovil.com", "Peru"), ("Entel Perú", "Entel", "entel.pe", "Peru"),
              ("Bitel", "Bitel", "bitel.com.pe", "Peru"), ("Spark New Zealand Limited", "Spark", "sparknz.co.nz", "New Zealand"),
              ("Spark New Zealand", "Spark", "spark.co.nz", "New Zealand"), ("One NZ", "One NZ", "one.nz", "New Zealand"),
              ("2degrees", "2degrees", "2degrees.nz", "New Zealand"), ("Chorus Limited", "Chorus", "chorus.co.nz", "New Zealand"),
              ("Connexa", "Connexa", "connexa.co.nz", "New Zealand"), ("Airalo", "Airalo", "airalo.com", "global"),
              ("Holafly", "Holafly", "holafly.com", "global"), ("Ericsson", "Ericsson", "ericsson.com", "global"),
              ("Nokia", "Nokia", "nokia.com", "global")]  # fmt: skip
_PLACES = {"UK": "London", "Spain": "Madrid", "Kenya": "Nairobi", "Vietnam": "Hanoi", "Peru": "Lima", "New Zealand": "Auckland",
           "global": "London"}  # fmt: skip
_RESEARCH = [("Mintel", "mintel.com"), ("Statista", "statista.com"), ("Statista Research Department", "statista.com"),
             ("GSMA Intelligence", "gsmaintelligence.com"), ("Opensignal", "opensignal.com"), ("Ookla", "ookla.com"),
             ("Analysys Mason", "analysysmason.com"), ("Omdia", "omdia.tech.informa.com"), ("Counterpoint Research", "counterpointresearch.com"),
             ("Kantar", "kantar.com"), ("GfK", "gfk.com"), ("IDC", "idc.com"), ("Ipsos", "ipsos.com"), ("Ipsos Perú", "ipsos.com/es-pe"),
             ("Deloitte", "deloitte.com"), ("PwC", "pwc.com"), ("Ernst & Young", "ey.com"), ("McKinsey & Company", "mckinsey.com"),
             ("J.D. Power", "jdpower.com"), ("Juniper Research", "juniperresearch.com"), ("Point Topic", "point-topic.com"),
             ("Uswitch", "uswitch.com"), ("Cable.co.uk", "cable.co.uk"), ("Decision Lab", "decisionlab.co"), ("Q&Me", "qandme.net"),
             ("Cimigo", "cimigo.com"), ("Enders Analysis", "endersanalysis.com"), ("Frost & Sullivan", "frost.com"),
             ("Arthur D. Little", "adlittle.com"), ("Boston Consulting Group", "bcg.com"), ("TeleGeography", "telegeography.com"),
             ("Euromonitor International", "euromonitor.com"), ("BBVA Research", "bbvaresearch.com")]  # fmt: skip
_TRADE_PRESS = [("ISPreview", "ispreview.co.uk"), ("Mobile World Live", "mobileworldlive.com"), ("Light Reading", "lightreading.com"),
                ("TelecomTV", "telecomtv.com"), ("Total Telecom", "totaltele.com"), ("Developing Telecoms", "developingtelecoms.com"),
                ("Telecompaper", "telecompaper.com"), ("TechCabal", "techcabal.com"), ("Reseller News", "reseller.co.nz"),
                ("Capacity Media", "capacitymedia.com"), ("RCR Wireless News", "rcrwireless.com"), ("Marketing Week", "marketingweek.com"),
                ("Campaign", "campaignlive.co.uk"), ("Mobile News", "mobilenewscwp.co.uk"), ("Xataka", "xataka.com"),
                ("Techweez", "techweez.com"), ("ICTnews", "ictnews.vietnamnet.vn")]  # fmt: skip
_NEWS = [("BBC News", "bbc.co.uk", "GB"), ("The Guardian", "theguardian.com", "GB"), ("Financial Times", "ft.com", "GB"),
         ("Reuters", "reuters.com", "INT"), ("The Times", "thetimes.co.uk", "GB"), ("Daily Nation", "nation.africa", "KE"),
         ("Business Daily", "businessdailyafrica.com", "KE"), ("The Standard", "standardmedia.co.ke", "KE"), ("Expansión", "expansion.com", "ES"),
         ("Cinco Días", "cincodias.elpais.com", "ES"), ("El País", "elpais.com", "ES"), ("El Confidencial", "elconfidencial.com", "ES"),
         ("VnExpress International", "e.vnexpress.net", "VN"), ("Viet Nam News", "vietnamnews.vn", "VN"), ("Tuoi Tre News", "tuoitrenews.vn", "VN"),
         ("Gestión", "gestion.pe", "PE"), ("El Comercio", "elcomercio.pe", "PE"), ("La República", "larepublica.pe", "PE"),
         ("NZ Herald", "nzherald.co.nz", "NZ"), ("RNZ", "rnz.co.nz", "NZ"), ("Stuff", "stuff.co.nz", "NZ"), ("The Spinoff", "thespinoff.co.nz", "NZ"),
         ("Bloomberg", "bloomberg.com", "INT")]  # fmt: skip
_BLOGS = [("Medium", "medium.com"), ("LinkedIn", "linkedin.com/pulse"), ("Substack", "substack.com"), ("HubSpot Blog", "blog.hubspot.com"),
          ("Smart Insights", "smartinsights.com/blog"), ("Think with Google", "thinkwithgoogle.com")]  # fmt: skip


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


class Blind377WorkFactory(WorkFactory):
    """The blind377 pool's works (see the module's docstring). A subclass, so the other pools are unchanged."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 377)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.classics_used: set[str] = set()
        self.plain_vietnamese = False
        self.dated_organisations: dict[str, list[tuple[Any, int]]] = {}

    # ------------------------------------------------------------------ people
    def person(self, region: str | None = None) -> dict[str, str]:
        rng = self.rng
        region = region or rng.choices(_REGIONS, weights=[30, 16, 16, 12, 12, 8, 6])[0]
        if region == "GB":
            fake = self.fakers[rng.choice(["en_GB", "en_GB", "en_NZ", "en_US"])]
            name = {"family": fake.last_name(), "given": fake.first_name()}
            if rng.random() < 0.06:
                name["family"] = f"{name['family']}-{self.fakers['en_GB'].last_name()}"
            elif rng.random() < 0.05:
                name["family"] = rng.choice(["O'", "Mc", "Mac"]) + self.fakers["en_GB"].last_name().split("-")[0]
            return name
        if region == "KE":
            return {"family": rng.choice(_KENYAN), "given": rng.choice(_KENYAN_GIVEN)}
        if region == "VN":
            (family, plain), (given, given_plain) = rng.choice(_VIET_FAMILY), rng.choice(_VIET_GIVEN)
            if self.plain_vietnamese:  # printed without diacritics, as many international journals do
                family, given = plain, given_plain
            return {"family": family, "given": given}
        if region == "PE":
            first, second = rng.sample(_PERUVIAN, 2)
            form = rng.random()
            family = first if form < 0.4 else f"{first} {second}" if form < 0.8 else f"{first}-{second}"
            return {"family": family, "given": rng.choice(_PERUVIAN_GIVEN)}
        if region == "ES":
            if rng.random() < 0.2:
                particle, family = rng.choice(_SPANISH_PARTICLES)
                return {"family": family, "given": self.fakers["es_ES"].first_name(), "non-dropping-particle": particle}
            fake = self.fakers[rng.choice(["es_ES", "es_ES", "es_MX"])]
            family = fake.last_name()
            if rng.random() < 0.45:
                family = f"{family} {fake.last_name()}" if rng.random() < 0.7 else f"{family}-{fake.last_name()}"
            words = family.split()
            if len(words) > 1 and words[0].islower():
                return {"family": " ".join(words[1:]), "given": fake.first_name(), "non-dropping-particle": words[0]}
            return {"family": family, "given": fake.first_name()}
        if region == "NZ":
            if rng.random() < 0.5:
                fake = self.fakers["en_NZ"]
                return {"family": fake.last_name(), "given": fake.first_name()}
            return {"family": rng.choice(_MAORI), "given": rng.choice(_MAORI_GIVEN)}
        family, given = rng.choice(_ROMANISED)
        return {"family": family, "given": given}

    def _people(self, most: int, region: str | None = None) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        self.plain_vietnamese = self.rng.random() < 0.45  # one work prints every name the same way
        home = region or self.rng.choices(_REGIONS, weights=[30, 16, 16, 12, 12, 8, 6])[0]
        return [self.person(home if index == 0 or self.rng.random() < 0.75 else None) for index in range(count)]

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.06:
            return self.rng.randint(1990, 2009)
        return self.rng.randint(2010, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        rng = self.rng
        low = max(2023, issued[0]) if issued else 2023
        year = rng.randint(low, max(low, 2025))
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        if issued and year == issued[0]:
            if len(issued) > 1:
                month = rng.randint(issued[1], 12)
                if month == issued[1] and len(issued) > 2:
                    day = rng.randint(issued[2], 28) if issued[2] <= 28 else issued[2]
            else:
                month = rng.randint(1, 12)
        return {"date-parts": [[year, month, day]]}

    def _full_date(self, year: int) -> list[int]:
        return [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]

    def _url(self, domain: str) -> str:
        return f"https://www.{domain}/{self.fakers['en_GB'].slug()}"

    # ------------------------------------------------------------------ titles
    def _title(self) -> str:
        rng = self.rng
        topic, other = rng.sample(_TELECOM_TOPICS, 2)
        setting, segment = rng.choice(_SETTINGS), rng.choice(_SEGMENTS)
        forms = [
            f"{_cap(topic)} and {other} in {setting}",
            f"The effect of {topic} on {other}: evidence from {setting}",
            f"Antecedents of {topic} among {segment} in {setting}",
            f"Why do {segment} switch? {_cap(topic)} in {setting}",
            f"{_cap(topic)}, {other} and customer loyalty in {setting}",
            f"Understanding {topic} among {segment}",
            f"Modelling {topic} in {setting}: a structural equation approach",
            f"{_cap(topic)} as a driver of {other}",
            f"Does {topic} reduce churn? Evidence from {setting}",
            f"Rethinking {topic} in {setting}",
        ]
        return rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "report", "regulator", "government", "legislation", "company-report",
             "presentation", "press-release", "market-research", "trade-press", "news", "web", "blog"],
            weights=[10, 5, 22, 3, 12, 7, 3, 6, 3, 5, 9, 6, 6, 6, 2],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _pick(self, family: str, choices: list[Any]) -> tuple[Any, int | None]:
        """An organisation for a new work, now and then one already drawn with its year: one body's two works of a
        year ("Ofcom, 2023a" and "2023b")."""
        earlier = self.dated_organisations.get(family, [])
        if earlier and self.rng.random() < 0.15:
            return self.rng.choice(earlier)
        return self.rng.choice(choices), None

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str], family: str = "",
                  entry: Any = None) -> Work:  # fmt: skip
        if family and "issued" in record:
            self.dated_organisations.setdefault(family, []).append((entry, record["issued"]["date-parts"][0][0]))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def _book(self) -> Work:
        rng = self.rng
        fresh = [c for c in _CLASSIC_BOOKS if c[2] not in self.classics_used]
        if fresh and rng.random() < 0.45:
            authors, year, title, publisher, place, edition = rng.choice(fresh)
            self.classics_used.add(title)
            record: dict[str, Any] = {"type": "book", "title": _cap(title),
                                      "author": [{"family": f, "given": g} for f, g in authors],
                                      "issued": {"date-parts": [[year]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
            if edition:
                record["edition"] = edition
            return self._person_work(record, "book")
        publisher, place = rng.choice(_PUBLISHERS)
        topic = rng.choice(_TELECOM_TOPICS)
        title = rng.choice([f"Telecoms marketing: strategy, {topic} and the customer", f"{_cap(topic)}: a services marketing perspective",
                            "Relationship marketing in subscription markets", f"Marketing mobile services in {rng.choice(_SETTINGS)}",
                            "Customer experience in telecommunications", f"Managing {topic} in network industries",
                            "Mobile money and the digital economy", "Pricing telecommunications services"])  # fmt: skip
        record = {"type": "book", "title": title, "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
                  "publisher": publisher, "publisher-place": place}  # fmt: skip
        if rng.random() < 0.3:
            record["edition"] = str(rng.randint(2, 6))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        rng = self.rng
        publisher, place = rng.choice(_PUBLISHERS[:9] + _PUBLISHERS[14:])
        start = rng.randint(1, 380)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(rng.randint(1, 3))], "container-title": rng.choice(_HANDBOOKS),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + rng.randint(12, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        rng = self.rng
        fresh = [c for c in _CLASSIC_ARTICLES if c[2] not in self.classics_used]
        if fresh and rng.random() < 0.2:
            authors, year, title, journal, volume, issue, page = rng.choice(fresh)
            self.classics_used.add(title)
            record: dict[str, Any] = {"type": "article-journal", "title": _cap(title),
                                      "author": [{"family": f, "given": g} for f, g in authors], "container-title": journal,
                                      "issued": {"date-parts": [[year]]}, "volume": volume, "issue": issue, "page": page}  # fmt: skip
            return self._person_work(record, "journal")
        start = rng.randint(1, 1400)
        record = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(rng.randint(1, 60)), "issue": str(rng.randint(1, 12)), "page": f"{start}-{start + rng.randint(9, 28)}",
        }  # fmt: skip
        if rng.random() < 0.45:
            record["DOI"] = (
                f"10.{rng.choice(['1016', '1108', '1080', '1177', '1002', '3390'])}/{self.fakers['en_GB'].lexify('????').lower()}.{rng.randint(2010, 2025)}.{rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _report(self) -> Work:
        """An analyst's or a consultant's report with named authors."""
        rng = self.rng
        firm, domain = rng.choice([*_RESEARCH[4:], ("GSMA", "gsma.com"), ("World Bank", "worldbank.org")])
        year = self.year()
        record: dict[str, Any] = {"type": "report", "title": self._title(), "author": self._people(3),
                                  "issued": {"date-parts": [[year]]}, "publisher": firm.split(" (")[0]}  # fmt: skip
        if rng.random() < 0.6:
            record["URL"] = self._url(domain)
            record["accessed"] = self._accessed_after([year])
        return self._person_work(record, "report")

    def _fill_title(self, title: str, year: int) -> str:
        rng = self.rng
        return title.format(y=year, y1=str(year + 1)[2:], q=rng.randint(1, 4), mes=rng.choice(["marzo", "junio", "septiembre", "diciembre"]),
                            season=rng.choice(["autumn", "spring", "winter"]))  # fmt: skip

    def _regulator(self) -> Work:
        rng = self.rng
        entry, paired = self._pick("regulator", _REGULATORS)
        name, tags, domain, market = entry
        year = paired or rng.randint(2010, 2025)
        record: dict[str, Any] = {"type": rng.choice(["report", "report", "webpage"]),
                                  "title": self._fill_title(rng.choice(_REGULATOR_TITLES[market]), year), "URL": self._url(domain)}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = {"UK": "London", "ES": "Madrid", "KE": "Nairobi", "VN": "Hanoi", "PE": "Lima", "NZ": "Wellington",
                                         "ITU": "Geneva", "GSMA": "London", "EU": "Riga", "OECD": "Paris", "DEV": "Washington, DC",
                                         "UKC": "London"}[market]  # fmt: skip
        record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after([year])
        return self._org_work(record, "regulator", name, set(tags), "regulator", entry)

    def _government(self) -> Work:
        rng = self.rng
        entry, paired = self._pick("government", _GOVERNMENT)
        name, tags, domain, market = entry
        year = paired or rng.randint(2012, 2025)
        record: dict[str, Any] = {"type": rng.choice(["report", "webpage"]),
                                  "title": self._fill_title(rng.choice(_GOVERNMENT_TITLES[market]), year),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(domain),
                                  "accessed": self._accessed_after([year])}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = {
                "UK": "London",
                "ES": "Madrid",
                "KE": "Nairobi",
                "VN": "Hanoi",
                "PE": "Lima",
                "NZ": "Wellington",
            }[market]
        return self._org_work(record, "government", name, set(tags), "government", entry)

    def _legislation(self) -> Work:
        """An Act or law as candidates list it: the site or body that publishes it as author, with its year."""
        rng = self.rng
        name, domain, titles = rng.choice(_LEGISLATORS)
        title = rng.choice(titles)
        digits = [
            int(part) for part in title.replace(",", " ").replace("/", " ").split() if part.isdigit() and len(part) == 4
        ]
        year = digits[0] if digits else self.year()
        record: dict[str, Any] = {"type": "webpage", "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": self._url(domain), "accessed": self._accessed_after([year])}  # fmt: skip
        tags = (
            {"legislation"}
            | ({"abbreviation"} if "(" in name else set())
            | ({"lowercase"} if name[0].islower() else set())
        )
        return self._org_work(record, "legislation", name, tags)

    def _company_report(self) -> Work:
        rng = self.rng
        entry, paired = self._pick("company", _COMPANIES)
        name, _short, domain, market = entry
        year = paired or rng.randint(2015, 2025)
        fy = f"{year}/{str(year + 1)[2:]}"
        title = rng.choice([f"Annual report {year}", f"Annual report and financial statements {year}",
                            f"Integrated annual report {year}", f"Sustainability report {year}", f"Consolidated management report {year}",
                            f"Annual report {fy}", f"Sustainable business report FY{str(year)[2:]}"]
                           + ([f"Memoria anual {year}", f"Informe de gestión consolidado {year}"] if market in ("Spain", "Peru") else []))  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0], "publisher-place": _PLACES[market]}  # fmt: skip
        if rng.random() < 0.75:
            record["URL"] = self._url(domain)
            record["accessed"] = self._accessed_after([year])
        return self._org_work(record, "company-report", name, {"company"}, "company", entry)

    def _presentation(self) -> Work:
        rng = self.rng
        entry, paired = self._pick("company", _COMPANIES)
        name, _short, domain, market = entry
        year = paired or rng.randint(2018, 2025)
        title = rng.choice([f"FY{str(year)[2:]} results presentation", f"Half-year results {year}: investor presentation",
                            f"Capital markets day {year}", f"Q{rng.randint(1, 4)} {year} trading update",
                            f"Investor day {year}: strategy update"]
                           + ([f"Resultados {rng.randint(1, 4)}T {year}"] if market in ("Spain", "Peru") else []))  # fmt: skip
        record: dict[str, Any] = {"type": "report", "genre": "Investor presentation", "title": title,
                                  "issued": {"date-parts": [self._full_date(year)]}, "publisher": name.split(" (")[0],
                                  "URL": self._url(domain)}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._org_work(record, "presentation", name, {"company"}, "company", entry)

    def _press_release(self) -> Work:
        rng = self.rng
        entry, paired = self._pick("company", _COMPANIES)
        name, short, domain, market = entry
        year = paired or rng.randint(2016, 2025)
        title = rng.choice([f"{short} launches 5G in {rng.randint(5, 40)} more towns", f"{short} announces new SIM-only plans",
                            f"{short} reports {rng.randint(2, 15)}% growth in customer numbers", f"{short} switches off its 3G network",
                            f"{short} introduces eSIM for prepaid customers", f"{short} completes fibre roll-out to {rng.randint(1, 9)} million premises",
                            f"{short} partners with {rng.choice(['Airalo', 'Google', 'Netflix', 'Disney+', 'Apple'])} on a new bundle",
                            f"{short} named best network in {'the UK' if market == 'UK' else market}", f"{short} freezes prices for existing customers"])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": title, "issued": {"date-parts": [self._full_date(year)]},
                                  "URL": self._url(domain) + "/press"}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._org_work(record, "press-release", name, {"company"}, "company", entry)

    def _market_research(self) -> Work:
        rng = self.rng
        entry, paired = self._pick("research", _RESEARCH)
        name, domain = entry
        year = paired or (rng.randint(2012, 2025) if rng.random() < 0.9 else None)
        shown = year or 2024
        country = rng.choice(["the UK", "Spain", "Kenya", "Vietnam", "Peru", "New Zealand"])
        plain = country.removeprefix("the ")
        titles = [f"Mobile phones - UK - {rng.choice(['January', 'May', 'September'])} {shown}",
                  f"Mobile network experience report: {plain}, {rng.choice(['June', 'October', 'March'])} {shown}",
                  f"Speedtest Global Index: {plain}, {rng.choice(['March', 'August', 'November'])} {shown}",
                  f"Number of mobile subscriptions in {country} from 2015 to {shown} (in millions)",
                  f"Digital consumer trends {shown}: {plain} edition", f"Global mobile consumer survey {shown}",
                  f"Telecommunications in {country}: market forecast to 2030", f"UK broadband satisfaction index {shown}",
                  f"Mobile money in {country}: adoption and usage {shown}", f"Smartphone market share in {country}, Q{rng.randint(1, 4)} {shown}",
                  f"Vietnam mobile app market report {shown}", f"Perú: hábitos y actitudes hacia la telefonía móvil {shown}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": rng.choice(titles), "publisher": name,
                                  "URL": self._url(domain)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after([year] if year else None)
        tags = {"market-research"} | ({"ampersand"} if "&" in name else set())
        return self._org_work(record, "market-research", name, tags, "research", entry)

    def _trade_press(self) -> Work:
        rng = self.rng
        title_name, domain = rng.choice(_TRADE_PRESS)
        year = rng.randint(2012, 2025)
        record: dict[str, Any] = {"type": "article-magazine", "title": self._press_title(None), "container-title": title_name,
                                  "issued": {"date-parts": [self._full_date(year)]}, "URL": self._url(domain)}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        if rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "trade-press")
        return self._org_work(record, "trade-press", title_name, {"press"})

    def _news(self) -> Work:
        rng = self.rng
        paper, domain, region = rng.choice(_NEWS)
        year = rng.randint(2010, 2025)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._press_title(region), "container-title": paper,
                                  "issued": {"date-parts": [self._full_date(year)]}, "URL": self._url(domain)}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        if rng.random() < 0.65:
            record["author"] = self._people(2, region if region != "INT" else "GB")
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _press_title(self, region: str | None) -> str:
        rng = self.rng
        markets = {"GB": "UK", "KE": "Kenya", "ES": "Spain", "VN": "Vietnam", "PE": "Peru", "NZ": "New Zealand"}
        local = [c for c in _COMPANIES if c[3] == markets.get(region or "", "")] or _COMPANIES
        _name, short, _domain, market = rng.choice(local)
        return rng.choice([f"{short} loses customers as price rises bite", f"Regulator orders {short} to simplify its tariffs",
                           f"{short} bets on fibre to stem churn", "Mobile money agents struggle as fees rise",
                           f"Why {'the UK' if market == 'UK' else market}'s mobile operators are merging", f"{short} and the battle for SIM-only customers",
                           f"{short} says 5G is finally paying off", f"Roaming charges return for {market} travellers",
                           f"Tower deal values {short}'s masts at {rng.randint(1, 9)} billion", "Complaints about broadband fall for a third year",
                           f"{short} to cut prices for low-income households", "eSIM start-ups target holidaymakers"])  # fmt: skip

    def _web(self) -> Work:
        rng = self.rng
        if rng.random() < 0.5:
            name, short, domain, _market = rng.choice(_COMPANIES)
            title = rng.choice([f"About {short}", "SIM-only deals", "Our network coverage", "Mobile money tariffs",
                                "Price changes for existing customers", "Social tariffs", "Roaming: using your phone abroad",
                                "Our history", "Fibre broadband plans", "eSIM: frequently asked questions"])  # fmt: skip
            tags: set[str] = {"company"}
        else:
            name, regulator_tags, domain, _market = rng.choice(_REGULATORS + _GOVERNMENT)
            title = rng.choice(["Switching your mobile provider", "Mobile coverage checker", "Broadband speeds explained",
                                "Consumer rights: contracts and price rises", "Know your rights: mobile money",
                                "Numbering and number portability", "About us", "Spectrum auctions: how they work"])  # fmt: skip
            tags = set(regulator_tags)
        record: dict[str, Any] = {"type": "webpage", "title": title, "URL": self._url(domain)}
        if rng.random() < 0.4:
            year = rng.randint(2015, 2025)
            record["issued"] = {"date-parts": [[year]]}
            record["accessed"] = self._accessed_after([year])
        else:
            record["accessed"] = self._accessed_after(None)
            tags.add("undated")
        return self._org_work(record, "web", name, tags)

    def _blog(self) -> Work:
        rng = self.rng
        site, domain = rng.choice(_BLOGS)
        record: dict[str, Any] = {"type": "post-weblog", "title": self._title(), "author": self._people(2),
                                  "container-title": site, "URL": f"https://{domain}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if rng.random() < 0.7:
            year = rng.randint(2014, 2025)
            record["issued"] = {"date-parts": [self._full_date(year)]}
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        else:
            record["accessed"] = self._accessed_after(None)
        return self._person_work(record, "blog")
