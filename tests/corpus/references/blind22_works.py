"""Works for the twenty-second held-out pool, "blind22": what CIM candidates studying abroad cite.

HELD OUT: never tune the checker on this pool; report its tables, never its misses.

Written by a twenty-second hand, without reading the checker, its tests or the other pools, for CIM candidates at
study centres in the Gulf, Hong Kong, Singapore, Malaysia, mainland China, Vietnam and the Caribbean: the textbooks'
Asian and global editions, Islamic marketing and hospitality chapters, regional journals, national statistics
offices, ministries, tourism boards and central banks (by name or by initials), research firms and consultancies,
developers', airlines', hotel groups' and banks' annual and sustainability reports, Gulf and Asian newspapers and
trade press, WeChat, Xiaohongshu and Instagram posts, YouTube videos and podcasts. Names are written as the works
print them: Chinese, Korean and Vietnamese family names first, Malay "bin"/"binti", Arabic "Al-"/"El-"/"Abu",
Indian and Caribbean names, particles, hyphens, Mc/O' and diacritics.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
import unicodedata
from typing import Any, ClassVar

from tests.corpus.references.records import Work

# (family, given): the family name is what the style writes in a citation
CHINESE = [("Wang", "Xiaoming"), ("Li", "Na"), ("Zhang", "Wei"), ("Liu", "Yang"), ("Chen", "Jing"), ("Zhao", "Lei"), ("Huang", "Min"),
           ("Zhou", "Ying"), ("Wu", "Jun"), ("Xu", "Hui"), ("Sun", "Li"), ("Ma", "Lin"), ("Guo", "Fang"), ("Lin", "Xiaoyu"), ("Zheng", "Hao"),
           ("Xie", "Ting"), ("Song", "Yu"), ("Ouyang", "Qian"), ("Sima", "Rui")]  # fmt: skip
HONG_KONG = [("Chan", "Tai Man"), ("Wong", "Ka Yan"), ("Leung", "Chi Keung"), ("Cheung", "Wing Sze"), ("Tsang", "Ho Yin"), ("Ng", "Siu Fung"),
             ("Lau", "Mei Ling"), ("Yeung", "Kwok Wai"), ("Ho", "Sze Wan"), ("Kwok", "Hiu Tung"), ("Fung", "Pak Lun"), ("Tse", "Wai Man")]  # fmt: skip
SINGAPORE = [("Tan", "Boon Heng"), ("Lim", "Wei Ling"), ("Goh", "Swee Kiat"), ("Teo", "Hwee Min"), ("Ong", "Kah Seng"), ("Koh", "Li Ping"),
             ("Chua", "Beng Huat"), ("Yeo", "Shu Fen"), ("Seah", "Jia Hui")]  # fmt: skip
KOREAN = [("Kim", "Minjun"), ("Park", "Jiwoo"), ("Lee", "Seoyeon"), ("Choi", "Hyunwoo"), ("Jung", "Eunji"), ("Kang", "Daeho"), ("Yoon", "Sora"),
          ("Han", "Jisoo")]  # fmt: skip
VIETNAMESE = [("Nguyễn", "Thị Lan"), ("Trần", "Minh Khoa"), ("Lê", "Văn Hùng"), ("Phạm", "Thu Hà"), ("Hoàng", "Đức Anh"), ("Đặng", "Quốc Bảo"),
              ("Võ", "Thanh Tâm"), ("Bùi", "Ngọc Mai"), ("Huỳnh", "Gia Bảo"), ("Nguyen", "Van Thanh"), ("Tran", "Thu Trang")]  # fmt: skip
ARABIC = [("Al-Mansoori", "Khalid"), ("Al-Hashimi", "Mariam"), ("El-Sayed", "Omar"), ("El-Khoury", "Rania"), ("Abu-Ghazaleh", "Tarek"),
          ("Al Maktoum", "Hind"), ("Al-Qassimi", "Noura"), ("Haddad", "Yousef"), ("Abdulrahman", "Aisha"), ("Al-Otaibi", "Faisal"),
          ("Al-Farsi", "Salim"), ("Nasser", "Layla"), ("Abu Zaid", "Huda"), ("El Amrani", "Karim")]  # fmt: skip
INDIAN = [("Krishnamurthy", "Lakshmi"), ("Menon", "Arjun"), ("Banerjee", "Sudipta"), ("Ramaswamy", "Venkat"), ("Iyer", "Priya"),
          ("Chatterjee", "Anirban"), ("Desai", "Neha"), ("Nair", "Deepa"), ("Subramanian", "Karthik"), ("Pillai", "Anand"), ("D'Souza", "Rhea"),
          ("Sharma-Verma", "Kavita")]  # fmt: skip
CARIBBEAN = [("Persaud", "Ravi"), ("Ramdial", "Sasha"), ("Maharaj", "Anil"), ("Baptiste", "Nicole"), ("St. Hill", "Marcia"), ("Chin-Quee", "Damian"),
             ("McKenzie", "Andrea"), ("Thompson-Reid", "Keisha"), ("Boodhoo", "Vishnu"), ("Ramkissoon", "Kerry-Ann"), ("Da Costa", "Ria"),
             ("Seepersad", "Alisha"), ("O'Connor", "Delroy")]  # fmt: skip
WESTERN = [("Wilson", "Alan"), ("Hughes", "Rebecca"), ("Schröder", "Katrin"), ("Sánchez-Fernández", "Raquel"), ("MacLeod", "Fiona"),
           ("O'Cass", "Aron"), ("McDonald", "Malcolm"), ("Ó Súilleabháin", "Niamh"), ("Müller", "Jürgen"), ("Fernandes", "Tiago"), ("Yılmaz", "Elif"),
           ("Kowalczyk", "Agnieszka"), ("Østergaard", "Mette"), ("Dubois", "Hélène")]  # fmt: skip
# (particle, family, given): kept apart, as a reference manager keeps them, and written before the family name
PARTICLED = [("bin", "Ismail", "Ahmad"), ("binti", "Abdullah", "Nur Aisyah"), ("bin", "Rahman", "Mohd Faizal"), ("binti", "Hassan", "Siti Hajar"),
             ("de", "Chernatony", "Leslie"), ("van der", "Merwe", "Rian"), ("van", "Riel", "Allard"), ("von", "Wallpach", "Sylvia"),
             ("da", "Silva", "Ana"), ("de la", "Cruz", "Maria Theresa"), ("dos", "Santos", "Paulo"), ("de", "Mooij", "Marieke")]  # fmt: skip
GROUPS = [
    CHINESE,
    CHINESE,
    HONG_KONG,
    SINGAPORE,
    KOREAN,
    VIETNAMESE,
    ARABIC,
    ARABIC,
    INDIAN,
    CARIBBEAN,
    WESTERN,
    WESTERN,
]

# Textbooks as candidates cite them, often in the Asian or global edition their centre sells: (authors, title, publisher, place, editions)
TEXTBOOKS = [
    ([("Kotler", "Philip"), ("Armstrong", "Gary"), ("Ang", "Swee Hoon"), ("Tan", "Chin Tiong"), ("Yau", "Oliver"), ("Leong", "Siew Meng")],
     "Principles of marketing: an Asian perspective", "Pearson", "Singapore", ["3", "4", "Asian edn"]),
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Ang", "Swee Hoon"), ("Tan", "Chin Tiong"), ("Leong", "Siew Meng")],
     "Marketing management: an Asian perspective", "Pearson", "Singapore", ["6", "7"]),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow", ["7", "8"]),
    ([("Hollensen", "Svend")], "Global marketing", "Pearson", "Harlow", ["8", "9"]),
    ([("Kapferer", "Jean Noel"), ("Bastien", "Vincent")], "The luxury strategy: break the rules of marketing to build luxury brands", "Kogan Page", "London", ["2"]),
    ([("Chevalier", "Michel"), ("Mazzalovo", "Gérald")], "Luxury brand management in digital and sustainable times", "Wiley", "Singapore", ["4"]),
    ([("Wirtz", "Jochen"), ("Lovelock", "Christopher")], "Services marketing: people, technology, strategy", "World Scientific", "Singapore", ["8", "9"]),
    ([("Solomon", "Michael R.")], "Consumer behavior: buying, having, and being", "Pearson", "Harlow", ["13", "Global edn"]),
    ([("Kotler", "Philip"), ("Bowen", "John T."), ("Makens", "James C."), ("Baloglu", "Seyhmus")], "Marketing for hospitality and tourism", "Pearson", "Harlow", ["7", "8"]),
    ([("Temporal", "Paul")], "Islamic branding and marketing: creating a global Islamic business", "Wiley", "Singapore", []),
    ([("Alserhan", "Baker Ahmad")], "The principles of Islamic marketing", "Routledge", "Abingdon", ["2"]),
    ([("Kotler", "Philip"), ("Kartajaya", "Hermawan"), ("Setiawan", "Iwan")], "Marketing 5.0: technology for humanity", "Wiley", "Hoboken, NJ", []),
    ([("de", "Mooij", "Marieke")], "Global marketing and advertising: understanding cultural paradoxes", "SAGE", "London", ["5", "6"]),
    ([("Morrison", "Alastair M.")], "Marketing and managing tourism destinations", "Routledge", "Abingdon", ["2", "3"]),
    ([("Ghauri", "Pervez"), ("Cateora", "Philip")], "International marketing", "McGraw-Hill Education", "London", ["4", "5"]),
    ([("Baines", "Paul"), ("Rosengren", "Sara"), ("Antonetti", "Paolo")], "Marketing", "Oxford University Press", "Oxford", ["5", "6"]),
]  # fmt: skip
# Invented books by the pool's own authors: title patterns
BOOKS = ["Marketing in {r}: cases and concepts", "Consumer behaviour in {r}", "Branding {s} in {r}", "Digital marketing for {s}",
         "Strategic marketing in emerging Asia", "Halal marketing and {s}", "Tourism marketing in {r}"]  # fmt: skip
PUBLISHERS = [("Pearson", "Singapore"), ("McGraw-Hill Education (Asia)", "Singapore"), ("Cengage Learning Asia", "Singapore"), ("Routledge", "Abingdon"),
              ("Springer", "Singapore"), ("Palgrave Macmillan", "Singapore"), ("Hong Kong University Press", "Hong Kong"), ("Emerald", "Bingley"),
              ("Oxford University Press", "Shah Alam"), ("University of the West Indies Press", "Kingston")]  # fmt: skip
EDITED = ["The Routledge handbook of Islamic marketing", "Luxury retail in Asia", "Tourism and hospitality in the Gulf", "Cases in Asian marketing",
          "Airline marketing and management", "Higher education marketing: an international perspective", "Tourism in small island states"]  # fmt: skip
CHAPTERS = ["{S} and the {a} consumer", "Marketing {s} in {r}", "Shariah compliance as a brand promise", "Experiential retail and the mall",
            "Loyalty and frequent flyer programmes", "Recruiting international students from {r}", "Destination image and {s}"]  # fmt: skip
ARTICLES = ["The effect of {t} on purchase intention: evidence from {r}", "{T} and brand loyalty among {a} consumers",
            "Understanding {a} shoppers' attitudes to {t}", "Halal certification, trust and {t}", "Why do customers choose Islamic banks? Evidence from {r}",
            "Mall patronage in {r}: the role of {t}", "{T} in the hotel industry of {r}", "Super-app adoption in {r}: an extended UTAUT model",
            "Destination branding and {t}: the case of {r}", "Airline service quality, satisfaction and {t}", "Luxury consumption among {a} in {r}"]  # fmt: skip
JOURNALS = ["Journal of Islamic Marketing", "Asia Pacific Journal of Marketing and Logistics", "Journal of Retailing and Consumer Services",
            "International Journal of Hospitality Management", "Tourism Management", "Journal of Air Transport Management", "International Journal of Bank Marketing",
            "Journal of Fashion Marketing and Management", "Asia Pacific Business Review", "Journal of Global Marketing", "International Marketing Review",
            "Journal of Property Investment & Finance", "Journal of Marketing for Higher Education", "Electronic Commerce Research and Applications",
            "Journal of Brand Management", "Current Issues in Tourism", "Journal of Asia Business Studies"]  # fmt: skip
REGIONS = ["the UAE", "Dubai", "Saudi Arabia", "Qatar", "Hong Kong", "Singapore", "Malaysia", "China", "Vietnam", "Trinidad and Tobago", "Jamaica",
           "the GCC", "ASEAN", "the Greater Bay Area", "Ho Chi Minh City", "Kuala Lumpur"]  # fmt: skip
SECTORS = ["luxury retail", "Islamic banking", "airlines", "hotels", "off-plan property", "F&B chains", "super-apps", "e-commerce marketplaces",
           "mobile telecoms", "destination tourism", "international education", "shopping malls", "duty-free retail"]  # fmt: skip
TACTICS = ["social media marketing", "influencer endorsement", "livestream selling", "loyalty programmes", "eWOM", "personalisation",
           "service recovery", "celebrity endorsement", "brand experience", "halal certification", "short video"]  # fmt: skip
AUDIENCES = ["Gen Z", "Muslim", "Chinese", "millennial", "expatriate", "Vietnamese", "Emirati", "Caribbean", "student"]

# Organisations as authors: (name, tags). Regulators and agencies are sometimes cited by their initials alone.
COMPANIES = [("Emaar Properties PJSC", {"company"}), ("Majid Al Futtaim", {"company"}), ("Chalhoub Group", {"company"}), ("Swire Properties Limited", {"company"}),
             ("Sun Hung Kai Properties Ltd", {"company"}), ("Cathay Pacific Airways Limited", {"company"}), ("Singapore Airlines Ltd", {"company"}),
             ("Changi Airport Group", {"company"}), ("The Emirates Group", {"company", "the"}), ("Qatar Airways", {"company"}), ("Marina Bay Sands", {"company"}),
             ("Mandarin Oriental International Ltd", {"company"}), ("The Hongkong and Shanghai Hotels, Limited", {"company", "the", "comma"}),
             ("Jumeirah Group", {"company"}), ("Jollibee Foods Corporation", {"company"}), ("Maxim's Caterers Limited", {"company", "apostrophe"}),
             ("Café de Coral Holdings Limited", {"company", "diacritic"}), ("Grab Holdings Inc.", {"company"}), ("Sea Limited", {"company"}),
             ("Alibaba Group", {"company"}), ("Tencent Holdings Ltd", {"company"}), ("Etisalat by e&", {"company", "ampersand"}), ("Singtel", {"company"}),
             ("Maxis Berhad", {"company"}), ("Viettel Group", {"company"}), ("Digicel Group", {"company"}), ("Dubai Islamic Bank PJSC", {"company"}),
             ("Maybank Islamic Berhad", {"company"}), ("Bank Islam Malaysia Berhad", {"company"}), ("Sandals Resorts International", {"company"}),
             ("Massy Holdings Ltd", {"company"}), ("HSBC Holdings plc", {"company", "plc"}), ("Standard Chartered PLC", {"company", "plc"}),
             ("Burberry Group plc", {"company", "plc"}), ("Marks & Spencer Group plc", {"company", "plc", "ampersand"}), ("L'Oréal", {"company", "apostrophe"}),
             ("McDonald's Corporation", {"company", "apostrophe"}), ("Hermès International", {"company", "diacritic"}), ("Chow Tai Fook Jewellery Group", {"company"}),
             ("Vinhomes JSC", {"company"}), ("Aldar Properties PJSC", {"company"}), ("CapitaLand Investment", {"company"}), ("Lee Kum Kee", {"company"})]  # fmt: skip
RESEARCH = [("Euromonitor International", ["{S} in {r}", "Consumer lifestyles in {r}", "Top {n} global consumer trends {Y}", "Passport: {s} in Asia Pacific"]),
            ("Nielsen", ["Global consumer confidence survey Q{q} {Y}", "The Nielsen halal consumer report", "Vietnam consumer insights {Y}"]),
            ("NielsenIQ", ["Mid-year consumer outlook: guide to {Y}", "Vietnam FMCG market update Q{q} {Y}"]),
            ("Kantar", ["BrandZ top 100 most valuable Chinese brands {Y}", "Asia Pacific media trends {Y}", "Who cares? Who does? {Y}"]),
            ("Kantar Worldpanel", ["Winning omnichannel in Asia", "Brand footprint Malaysia {Y}"]),
            ("McKinsey & Company", ["China consumer report {Y}", "The state of fashion: luxury", "Southeast Asia's digital consumer", "Travel to the Middle East: what next?"]),
            ("PwC", ["Global consumer insights pulse survey: Middle East findings", "Islamic finance outlook {Y}", "Total retail {Y}: Hong Kong"]),
            ("Deloitte", ["Global powers of luxury goods {Y}", "GCC powers of retail {Y}", "Hospitality outlook {Y}"]),
            ("Bain & Company", ["China luxury report {Y}", "e-Conomy SEA {Y}"]), ("Statista", ["Number of hotels in {r} from 2015 to {Y}", "E-commerce revenue in {r} {Y}"]),
            ("GlobalData", ["{S} in {r}: market size and forecast to 2030"]), ("Savills", ["Dubai residential market report Q{q} {Y}", "Hong Kong retail leasing {Y}"]),
            ("Knight Frank", ["The wealth report {Y}", "Destination Dubai {Y}"]), ("DinarStandard", ["State of the global Islamic economy report {Y}"]),
            ("The Economist Intelligence Unit", ["Asia consumer outlook {Y}", "Digital cities index {Y}"]), ("QS Quacquarelli Symonds", ["International student survey {Y}"]),
            ("Skytrax", ["World airline awards {Y}: the results"]), ("International Air Transport Association (IATA)", ["Global passenger survey {Y}", "Air passenger market analysis {m} {Y}"])]  # fmt: skip
SIGNED = {
    "McKinsey & Company",
    "PwC",
    "Deloitte",
    "Bain & Company",
    "Knight Frank",
    "DinarStandard",
    "The Economist Intelligence Unit",
    "QS Quacquarelli Symonds",
}
# (name, cited as, strategy or statistics titles, web address)
GOVERNMENT = [("Department of Statistics Malaysia (DOSM)", ["Household income and expenditure survey report {Y}", "Malaysia economic statistics review"], "https://www.dosm.gov.my/"),
              ("DOSM", ["Wholesale and retail trade statistics {m} {Y}"], "https://www.dosm.gov.my/"),
              ("Census and Statistics Department", ["Report on monthly survey of retail sales {m} {Y}", "Hong Kong annual digest of statistics {Y}"], "https://www.censtatd.gov.hk/"),
              ("Hong Kong Tourism Board", ["Visitor arrival statistics {m} {Y}", "Work plan for {Y}-{Y2}"], "https://www.discoverhongkong.com/"),
              ("HKTB", ["Tourism performance {Y}"], "https://partnernet.hktb.com/"),
              ("Singapore Tourism Board", ["Tourism sector performance Q{q} {Y}", "Tourism 2040: a vision for Singapore"], "https://www.stb.gov.sg/"),
              ("STB", ["Singapore tourism analytics network (STAN) update"], "https://www.stb.gov.sg/"),
              ("Dubai Department of Economy and Tourism (DET)", ["Dubai tourism performance report {Y}", "Dubai Economic Agenda D33"], "https://www.visitdubai.com/"),
              ("Federal Competitiveness and Statistics Centre", ["UAE population and vital statistics {Y}"], "https://fcsc.gov.ae/"),
              ("Ministry of Economy, UAE", ["National tourism strategy 2031"], "https://www.moec.gov.ae/"),
              ("Bank Negara Malaysia", ["Financial sector blueprint 2022-2026", "Annual report {Y}"], "https://www.bnm.gov.my/"),
              ("BNM", ["Value-based intermediation: strengthening the roles and impact of Islamic finance"], "https://www.bnm.gov.my/"),
              ("Central Bank of the UAE", ["Annual report {Y}", "Financial stability report {Y}"], "https://www.centralbank.ae/"),
              ("Monetary Authority of Singapore (MAS)", ["Macroeconomic review {m} {Y}"], "https://www.mas.gov.sg/"),
              ("Hong Kong Monetary Authority", ["Fintech 2025 strategy"], "https://www.hkma.gov.hk/"),
              ("National Bureau of Statistics of China", ["Statistical communiqué of the People's Republic of China on the {Y} national economic and social development"], "https://www.stats.gov.cn/english/"),
              ("General Statistics Office of Vietnam", ["Socio-economic situation in the fourth quarter and the year {Y}"], "https://www.gso.gov.vn/en/"),
              ("Vietnam National Authority of Tourism", ["Viet Nam tourism annual report {Y}"], "https://vietnamtourism.gov.vn/en/"),
              ("Infocomm Media Development Authority (IMDA)", ["Singapore digital economy report {Y}"], "https://www.imda.gov.sg/"),
              ("Tourism Malaysia", ["Malaysia tourism statistics in brief {Y}", "Visit Malaysia 2026 campaign plan"], "https://www.tourism.gov.my/"),
              ("Qatar Tourism", ["Qatar national tourism sector strategy 2030"], "https://www.visitqatar.com/"),
              ("Jamaica Tourist Board", ["Annual travel statistics {Y}"], "https://www.jtbonline.org/"),
              ("Caribbean Tourism Organization", ["State of the industry report {Y}"], "https://www.onecaribbean.org/"),
              ("Ministry of Education, Singapore", ["Private education in Singapore"], "https://www.moe.gov.sg/"),
              ("Office of the Privacy Commissioner for Personal Data", ["Guidance on direct marketing"], "https://www.pcpd.org.hk/"),
              ("Personal Data Protection Commission (PDPC)", ["Advisory guidelines on key concepts in the PDPA"], "https://www.pdpc.gov.sg/"),
              ("Malaysian Communications and Multimedia Commission (MCMC)", ["Internet users survey {Y}"], "https://www.mcmc.gov.my/"),
              ("Telecommunications and Digital Government Regulatory Authority (TDRA)", ["UAE digital government strategy 2025"], "https://tdra.gov.ae/"),
              ("Consumer Council", ["Study on online shopping platforms in Hong Kong"], "https://www.consumer.org.hk/"),
              ("Competition and Markets Authority", ["Green claims code"], "https://www.gov.uk/cma")]  # fmt: skip
# (jurisdiction as author, title, year)
ACTS = [("Singapore", "Personal Data Protection Act 2012", 2012), ("Malaysia", "Personal Data Protection Act 2010", 2010),
        ("Malaysia", "Islamic Financial Services Act 2013", 2013), ("Hong Kong Special Administrative Region", "Trade Descriptions (Unfair Trade Practices) (Amendment) Ordinance 2012", 2012),
        ("United Arab Emirates", "Federal Decree-Law No. 45 of 2021 on the Protection of Personal Data", 2021),
        ("People's Republic of China", "Personal Information Protection Law of the People's Republic of China", 2021),
        ("People's Republic of China", "Advertising Law of the People's Republic of China", 2015), ("Viet Nam", "Law on Protection of Consumers' Rights No. 19/2023/QH15", 2023),
        ("Great Britain", "Consumer Rights Act 2015", 2015), ("Jamaica", "The Data Protection Act, 2020", 2020)]  # fmt: skip
NEWS = [("Gulf News", "https://gulfnews.com/"), ("The National", "https://www.thenationalnews.com/"), ("Khaleej Times", "https://www.khaleejtimes.com/"),
        ("South China Morning Post", "https://www.scmp.com/"), ("The Standard", "https://www.thestandard.com.hk/"), ("The Straits Times", "https://www.straitstimes.com/"),
        ("The Business Times", "https://www.businesstimes.com.sg/"), ("The Edge Malaysia", "https://theedgemalaysia.com/"), ("The Star", "https://www.thestar.com.my/"),
        ("Nikkei Asia", "https://asia.nikkei.com/"), ("VnExpress International", "https://e.vnexpress.net/"), ("China Daily", "https://www.chinadaily.com.cn/"),
        ("Jamaica Gleaner", "https://jamaica-gleaner.com/"), ("Trinidad Express", "https://trinidadexpress.com/"), ("Financial Times", "https://www.ft.com/"),
        ("The Economist", "https://www.economist.com/"), ("Reuters", "https://www.reuters.com/"), ("Arabian Business", "https://www.arabianbusiness.com/")]  # fmt: skip
TRADE = [("Campaign Asia-Pacific", "https://www.campaignasia.com/"), ("Campaign Middle East", "https://campaignme.com/"), ("Marketing-Interactive", "https://www.marketing-interactive.com/"),
         ("Mumbrella Asia", "https://www.mumbrella.asia/"), ("Inside Retail Asia", "https://insideretail.asia/"), ("Jing Daily", "https://jingdaily.com/"),
         ("Skift", "https://skift.com/"), ("TTG Asia", "https://www.ttgasia.com/"), ("Hotelier Middle East", "https://www.hoteliermiddleeast.com/"),
         ("The Business of Fashion", "https://www.businessoffashion.com/"), ("WARC", "https://www.warc.com/"), ("Tech in Asia", "https://www.techinasia.com/"),
         ("The PIE News", "https://thepienews.com/"), ("Simple Flying", "https://simpleflying.com/")]  # fmt: skip
HEADLINES = ["{B} opens flagship in {r} as luxury spending recovers", "Why {B} is betting on {t}", "{B} posts record profit on travel rebound",
             "Malls in {r} turn to experiences to lure shoppers back", "Off-plan sales in Dubai hit new high", "Islamic banks grow faster than conventional lenders in {r}",
             "{B} launches loyalty tie-up with {B2}", "Chinese tourists return to {r}, but spend less", "Super-apps battle for {a} users",
             "Universities step up recruitment in {r}", "F&B chains squeezed by rising rents in {r}", "{B} faces backlash over {t} campaign"]  # fmt: skip
BRANDS = ["Emirates", "Cathay Pacific", "Singapore Airlines", "Emaar", "Dubai Mall", "Harbour City", "ION Orchard", "Pavilion KL", "Grab", "Shopee",
          "Lazada", "Talabat", "Careem", "Jollibee", "Highlands Coffee", "Ya Kun", "Maybank", "Dubai Islamic Bank", "Shangri-La", "Marina Bay Sands",
          "Sandals", "Digicel", "du", "Singtel", "Viettel", "Xiaohongshu", "Meituan", "Chow Tai Fook", "Tim Hortons", "Jumeirah"]  # fmt: skip
PODCASTS = [("Campaign Asia-Pacific", "Campaign Asia podcast"), ("Skift", "Skift Travel podcast"), ("Nikkei Asia", "Asia Stream"),
            ("The Business of Fashion", "The BoF podcast"), ("Salaam Gateway", "Islamic economy podcast"), ("Gulf News", "Gulf News Business podcast")]  # fmt: skip
CHANNELS = ["CNBC International", "Bloomberg Originals", "CNA Insider", "South China Morning Post", "Nikkei Asia", "Gulf News", "Harvard Business School",
            "Marketing-Interactive", "Emirates", "Grab"]  # fmt: skip
VIDEOS = ["How {B} became a {s} giant", "Inside the race to win {a} shoppers", "Why {r} is building so many malls", "The business of {s} in {r}",
          "{B} brand film {Y}", "Can {B} survive the super-app wars?"]  # fmt: skip
# (platform, author kind, post wording): WeChat and Xiaohongshu posts are read in translation
SOCIAL = [("WeChat", ["{B}: {Y} Singles' Day offers for members", "{B} official account: new store opening announcement"]),
          ("Xiaohongshu", ["Weekend staycation at {B} - worth it? #staycation", "My honest review of {B} #travel #hongkong"]),
          ("Instagram", ["Ramadan Kareem from all of us at {B} #RamadanKareem", "Our new collection lands in {r} this week"]),
          ("LinkedIn", ["Proud to share {B}'s results for Q{q} {Y}", "What recruiting in {r} taught us about {t}"]),
          ("TikTok", ["POV: your first time at {B} #dubai", "Unboxing the {B} mooncake set {Y}"]), ("Weibo", ["{B} announces partnership with {B2}"]),
          ("Facebook", ["Carnival deals at {B} start today!"])]  # fmt: skip
HANDLES = {
    "WeChat": "{B} 官方",
    "Xiaohongshu": "{B}",
    "Instagram": "@{b}",
    "LinkedIn": "{B}",
    "TikTok": "@{b}",
    "Weibo": "{B}",
    "Facebook": "{B}",
}
WEB_TITLES = ["About us", "Our story", "Sustainability", "Investor relations", "Rewards programme terms and conditions", "Halal policy",
              "Study in {r}: scholarships for international students", "Corporate social responsibility", "Careers", "Press centre"]  # fmt: skip
MONTHS = ["January", "March", "June", "September", "December"]


class Blind22WorkFactory:
    """The works a blind22 report cites, drawn from one seeded random source."""

    KINDS: ClassVar[dict[str, float]] = {
        "book": 14, "chapter": 6, "journal": 22, "web": 9, "report": 5, "company-report": 8, "government": 9, "legislation": 2,
        "market-research": 9, "news": 9, "trade-press": 4, "podcast": 2, "video": 2, "social": 3,
    }  # fmt: skip

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 977 + 22022)
        self.counter = 0
        self.orgs: list[tuple[str, set[str], int]] = []  # organisations already drawn, with their year

    # ------------------------------------------------------------------ pieces
    def person(self) -> dict[str, str]:
        if self.rng.random() < 0.12:
            particle, family, given = self.rng.choice(PARTICLED)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        family, given = self.rng.choice(self.rng.choice(GROUPS))
        return {"family": family, "given": given}

    def people(self, low: int, high: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(low, high + 1), weights=[40, 25, 15, 8, 5, 3, 2, 2][: high - low + 1])[0]
        names: list[dict[str, str]] = []
        while len(names) < count:
            name = self.person()
            if name not in names:
                names.append(name)
        return names

    def year(self, low: int = 2010, high: int = 2025) -> int:
        return self.rng.randint(low, high)

    def issued(self, year: int, detail: str = "year") -> dict[str, Any]:
        if detail == "day":
            return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        return {"date-parts": [[year]]}

    def accessed(self, issued: dict[str, Any] | None) -> dict[str, Any]:
        """A date read on or after the work's date: candidates read their sources from 2023 on."""
        parts = list(issued["date-parts"][0]) if issued else [2023]
        first = max(2023, parts[0])
        year = self.rng.randint(first, max(first, 2025))
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if year == parts[0] and len(parts) > 1:
            month = self.rng.randint(parts[1], 12)
            day = self.rng.randint(parts[2] if month == parts[1] else 1, 28)
        return {"date-parts": [[year, month, day]]}

    def words(self, pattern: str) -> str:
        values = {"s": self.rng.choice(SECTORS), "r": self.rng.choice(REGIONS), "t": self.rng.choice(TACTICS), "a": self.rng.choice(AUDIENCES),
                  "B": self.rng.choice(BRANDS), "B2": self.rng.choice(BRANDS), "Y": str(self.year(2018, 2024)), "n": str(self.rng.choice([5, 10, 100])),
                  "q": str(self.rng.randint(1, 4)), "m": self.rng.choice(MONTHS)}  # fmt: skip
        values["S"], values["T"] = values["s"][:1].upper() + values["s"][1:], values["t"][:1].upper() + values["t"][1:]
        values["b"] = values["B"].lower().replace(" ", "").replace("-", "")
        values["Y2"] = str(int(values["Y"]) + 1)
        text = pattern
        for key in sorted(values, key=len, reverse=True):
            text = text.replace("{" + key + "}", values[key])
        return text

    def titled(self, pattern: str, record: dict[str, Any]) -> str:
        """A title whose year, if it has one, is the year of issue or the one before ("Annual report 2022", issued 2023)."""
        if "issued" in record:
            year = record["issued"]["date-parts"][0][0] - self.rng.choice([0, 0, 1])
            pattern = pattern.replace("{Y}", str(year)).replace("{Y2}", str(year + 1))
        return self.words(pattern)

    def slug(self, text: str) -> str:
        plain = unicodedata.normalize("NFKD", text.removeprefix("The ")).lower()
        return "-".join("".join(ch for ch in word if ch.isascii() and ch.isalnum()) for word in plain.split())[
            :60
        ].strip("-")

    def site(self, name: str) -> str:
        """An organisation's web address, from the first word of its name ("The Economist" at economist.com)."""
        return f"https://www.{self.slug(name).split('-')[0]}.com/"

    def online(self, record: dict[str, Any], url: str, habit: float = 0.06) -> None:
        """Read online: an address and, unless the candidate left it out by habit, the date it was read."""
        record["URL"] = url
        if self.rng.random() >= habit:
            record["accessed"] = self.accessed(record.get("issued"))

    def done(self, record: dict[str, Any], kind: str, organisation: tuple[str, set[str]] | None = None) -> Work:
        self.counter += 1
        record["id"] = f"b22-{self.counter}"
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        if organisation is not None:
            name, tags = organisation
            record["author"] = [{"literal": name}]
            return Work(record, name, year, True, 1, kind, tags | {"organisation"})
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        return Work(record, lead, year, False, len(record["author"]), kind)

    def org_year(self, name: str, tags: set[str], low: int = 2015) -> int:
        """The year of an organisation's work; now and then the year of its earlier work, which makes 2023a and 2023b."""
        same = [year for other, _tags, year in self.orgs if other == name]
        if same and self.rng.random() < 0.5:
            return same[0]
        year = self.year(low)
        self.orgs.append((name, tags, year))
        return year

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        if kind is None:
            kind = self.rng.choices(list(self.KINDS), weights=list(self.KINDS.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()  # type: ignore[no-any-return]

    def _book(self) -> Work:
        if self.rng.random() < 0.55:
            authors, title, publisher, place, editions = self.rng.choice(TEXTBOOKS)
            people = [
                {"family": a[1], "given": a[2], "non-dropping-particle": a[0]}
                if len(a) == 3
                else {"family": a[0], "given": a[1]}
                for a in authors
            ]
            record: dict[str, Any] = {"type": "book", "title": title, "author": people, "publisher": publisher, "publisher-place": place,
                                      "issued": self.issued(self.year(2012, 2024))}  # fmt: skip
            if editions:
                record["edition"] = self.rng.choice(editions)
        else:
            publisher, place = self.rng.choice(PUBLISHERS)
            record = {"type": "book", "title": self.words(self.rng.choice(BOOKS)), "author": self.people(1, 3), "publisher": publisher,
                      "publisher-place": place, "issued": self.issued(self.year(2008, 2024))}  # fmt: skip
            if self.rng.random() < 0.25:
                record["edition"] = str(self.rng.randint(2, 4))
        return self.done(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(PUBLISHERS)
        start = self.rng.randint(1, 320)
        record = {"type": "chapter", "title": self.words(self.rng.choice(CHAPTERS)), "author": self.people(1, 3),
                  "editor": [self.person() for _ in range(self.rng.randint(1, 2))], "container-title": self.rng.choice(EDITED),
                  "publisher": publisher, "publisher-place": place, "page": f"{start}-{start + self.rng.randint(12, 30)}",
                  "issued": self.issued(self.year(2012, 2024))}  # fmt: skip
        return self.done(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 1400)
        record: dict[str, Any] = {"type": "article-journal", "title": self.words(self.rng.choice(ARTICLES)), "author": self.people(1, 8),
                                  "container-title": self.rng.choice(JOURNALS), "volume": str(self.rng.randint(4, 72)),
                                  "issued": self.issued(self.year(2011, 2025))}  # fmt: skip
        if self.rng.random() < 0.7:
            record["issue"] = str(self.rng.randint(1, 12))
        if self.rng.random() < 0.8:
            record["page"] = f"{start}-{start + self.rng.randint(10, 28)}"
        else:
            record["page"] = str(self.rng.randint(100000, 103999))  # an article number
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice(['1108', '1016', '1080', '1177'])}/{self.rng.choice(['JIMA', 'APJML', 'IJBM', 'j.jretconser'])}-{self.rng.randint(2018, 2025)}-{self.rng.randint(1000, 9999)}"
            )
        return self.done(record, "journal")

    def _web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self.words(self.rng.choice(WEB_TITLES))}
        if self.rng.random() < 0.65:
            record["issued"] = self.issued(self.year(2016, 2025))
        if self.rng.random() < 0.3:  # a blog post or staff page signed by a person
            record["author"] = self.people(1, 2)
            record["container-title"] = self.rng.choice([name for name, _ in TRADE])
            self.online(
                record, f"https://blog.{self.slug(self.rng.choice(BRANDS))}.com/{self.slug(str(record['title']))}"
            )
            return self.done(record, "web")
        name, tags = self.rng.choice(COMPANIES + [(name, {"research"}) for name, _ in RESEARCH])
        if "issued" in record:
            record["issued"] = self.issued(self.org_year(name, tags, 2016))
        self.online(record, f"{self.site(name)}{self.slug(str(record['title']))}")
        return self.done(record, "web", (name, tags))

    def _report(self) -> Work:
        """A consultancy, think-tank or central-bank report signed by its authors, or the firm's own."""
        firm, titles = self.rng.choice(RESEARCH)
        record: dict[str, Any] = {"type": "report", "publisher": firm.split(" (")[0],
                                  "publisher-place": self.rng.choice(["Singapore", "Dubai", "Hong Kong", "London", "Shanghai", "Kuala Lumpur"])}  # fmt: skip
        if self.rng.random() < 0.6:  # signed by its authors: consultancies and think tanks, not data vendors
            firm, titles = self.rng.choice([(name, titles) for name, titles in RESEARCH if name in SIGNED])
            record["publisher"] = firm.split(" (")[0]
            record["author"] = self.people(1, 5)
            record["issued"] = self.issued(self.year(2015, 2025))
            record["title"] = self.titled(self.rng.choice(titles), record)
            if self.rng.random() < 0.5:
                self.online(record, f"{self.site(firm)}insights/{self.slug(str(record['title']))}")
            return self.done(record, "report")
        record["issued"] = self.issued(self.org_year(firm, {"research"}))
        record["title"] = self.titled(self.rng.choice(titles), record)
        self.online(record, f"{self.site(firm)}{self.slug(str(record['title']))}")
        return self.done(record, "report", (firm, {"research"}))

    def _market_research(self) -> Work:
        firm, titles = self.rng.choice(RESEARCH)
        record: dict[str, Any] = {"type": "report", "publisher": firm.split(" (")[0]}
        if self.rng.random() < 0.9:
            record["issued"] = self.issued(self.org_year(firm, {"research"}))
        record["title"] = self.titled(self.rng.choice(titles), record)
        self.online(record, f"{self.site(firm)}{self.slug(str(record['title']))}")
        return self.done(record, "market-research", (firm, {"research", "market-research"}))

    def _company_report(self) -> Work:
        name, tags = self.rng.choice(COMPANIES)
        year = self.org_year(name, tags, 2016)
        kind = self.rng.choice(
            ["Annual report", "Sustainability report", "Integrated report", "ESG report", "Interim report"]
        )
        title = (
            f"{kind} {year - 1}"
            if self.rng.random() < 0.5
            else f"{kind} {year - 1}/{str(year)[2:]}"
            if self.rng.random() < 0.3
            else f"{kind} {year}"
        )
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name, "issued": self.issued(year),
                                  "publisher-place": self.rng.choice(["Dubai", "Hong Kong", "Singapore", "Kuala Lumpur", "Hanoi", "Port of Spain", "London"])}  # fmt: skip
        self.online(record, f"{self.site(name)}investors/{self.slug(title)}.pdf")
        return self.done(record, "company-report", (name, tags | {"company-report"}))

    def _government(self) -> Work:
        name, titles, site = self.rng.choice(GOVERNMENT)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"])}
        if self.rng.random() < 0.92:
            record["issued"] = self.issued(self.org_year(name, {"government"}, 2015))
        record["title"] = self.titled(self.rng.choice(titles), record)
        self.online(record, f"{site}{self.slug(str(record['title']))}")
        tags = (
            {"government"}
            | ({"abbreviation"} if "(" in name or name.isupper() else set())
            | ({"comma"} if "," in name else set())
        )
        return self.done(record, "government", (name, tags))

    def _legislation(self) -> Work:
        jurisdiction, title, year = self.rng.choice(ACTS)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": self.issued(year)}
        return self.done(record, "legislation", (jurisdiction, {"legislation", "government"}))

    def _news(self) -> Work:
        paper, site = self.rng.choice(NEWS)
        title = self.words(self.rng.choice(HEADLINES))
        record: dict[str, Any] = {"type": "article-newspaper", "title": title, "container-title": paper,
                                  "issued": self.issued(self.year(2017, 2025), "day")}  # fmt: skip
        self.online(record, f"{site}business/{self.slug(title)}")
        if self.rng.random() < 0.7:
            record["author"] = self.people(1, 2)
            return self.done(record, "news")
        return self.done(record, "news", (paper, {"press"} | ({"the"} if paper.startswith("The ") else set())))

    def _trade_press(self) -> Work:
        title, (outlet, site) = self.words(self.rng.choice(HEADLINES)), self.rng.choice(TRADE)
        record: dict[str, Any] = {"type": "article-magazine", "title": title, "container-title": outlet,
                                  "issued": self.issued(self.year(2018, 2025), "day"), "author": self.people(1, 2)}  # fmt: skip
        self.online(record, f"{site}{self.slug(title)}")
        return self.done(record, "trade-press")

    def _podcast(self) -> Work:
        outlet, show = self.rng.choice(PODCASTS)
        record: dict[str, Any] = {"type": "broadcast", "title": f"Episode {self.rng.randint(3, 240)}: {self.words(self.rng.choice(VIDEOS))}",
                                  "container-title": show, "medium": "Podcast", "issued": self.issued(self.year(2019, 2025), "day")}  # fmt: skip
        self.online(record, f"https://open.spotify.com/episode/{self.rng.randint(10**9, 10**10)}")
        if self.rng.random() < 0.5:
            record["author"] = self.people(1, 2)
            return self.done(record, "podcast")
        return self.done(record, "podcast", (outlet, {"press"}))

    def _video(self) -> Work:
        channel = self.rng.choice(CHANNELS)
        record: dict[str, Any] = {"type": "motion_picture", "title": self.words(self.rng.choice(VIDEOS)), "medium": "YouTube video",
                                  "issued": self.issued(self.year(2016, 2025), "day")}  # fmt: skip
        self.online(record, f"https://www.youtube.com/watch?v={self.slug(channel)[:4]}{self.rng.randint(1000, 9999)}")
        return self.done(record, "video", (channel, {"channel"}))

    def _social(self) -> Work:
        platform, posts = self.rng.choice(SOCIAL)
        brand = self.rng.choice(BRANDS)  # the brand that posts, or that a user posts about
        title = self.words(self.rng.choice(posts).replace("{B}", brand))
        record: dict[str, Any] = {
            "type": "post",
            "title": title,
            "container-title": platform,
            "issued": self.issued(self.year(2019, 2025), "day"),
        }
        self.online(record, f"https://www.{platform.lower()}.com/{self.slug(title)[:20]}")
        if self.rng.random() < 0.35:  # a named person's post: a LinkedIn or Xiaohongshu user
            record["author"] = self.people(1, 1)
            return self.done(record, "social")
        handle = HANDLES[platform].replace("{B}", brand).replace("{b}", brand.lower().replace(" ", "").replace("-", ""))
        return self.done(record, "social", (handle, {"handle"}))
