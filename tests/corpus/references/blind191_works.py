"""Works for the blind191 pool (HELD OUT): what marketers in Singapore, Hong Kong, Macau and their diaspora cite.

Written without reading the checker, its tests or any other pool. Hokkien, Teochew, Cantonese, Hakka and pinyin
surnames with given names in the local spellings (no hyphens in the record: "Hok Yau" rather than "Hok-yau"), a
Western given name before the Chinese one ("Jacky Hok Yau"), Malay names with bin, binte and binti written whole as
the name is used, Tamil and Indian names with initials and s/o or d/o, Eurasian and Macanese names ("de Souza",
"Senna Fernandes", "Conceição") and expatriates; banks, telecoms, retailers, F&B makers, airlines and casinos with
their legal forms (Pte. Ltd., Limited, Co., Ltd., Sdn. Bhd., S.A.), regulators (PDPC, IMDA, MAS, CCCS, ASAS, PCPD,
HKMA, the Consumer Council, GPDP), laws as the three places number them, theses from the region's universities,
the press in English, Chinese, Malay and Tamil, and titles in Chinese characters, Malay, Tamil or Portuguese with
English in square brackets.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# ------------------------------------------------------------------------------------------------ people
_SG_SURNAMES = ["Tan", "Lim", "Lee", "Ng", "Ong", "Goh", "Chua", "Teo", "Koh", "Tay", "Sim", "Yeo", "Heng", "Ang",
                "Seah", "Quek", "Toh", "Low", "Chia", "Phua", "Neo", "Lau", "Khoo", "Foo", "Liew", "Chin", "Thong"]  # fmt: skip
_SG_GIVEN = ["Wei Ling", "Boon Kiat", "Hui Min", "Kok Wah", "Jia Hui", "Siew Ling", "Chee Keong", "Mei Ling",
             "Zhi Hao", "Xin Yi", "Kian Seng", "Pei Shan", "Yong Sheng", "Soon Huat", "Li Ting", "Chin Hock"]  # fmt: skip
_HK_SURNAMES = ["Chan", "Cheung", "Leung", "Lau", "Ho", "Tsang", "Yeung", "Kwok", "Wong", "Lai", "Chow", "Fung",
                "Tse", "Mak", "Yip", "Siu", "Tsui", "Kwan", "Chiu", "Ip", "Au", "Cheng", "Lo", "Poon"]  # fmt: skip
_HK_GIVEN = ["Ka Man", "Wai Kit", "Siu Ming", "Chi Wai", "Hoi Yan", "Ka Yan", "Tsz Ching", "Man Kit", "Wing Sze",
             "Hok Yau", "Kwok Wing", "Sze Wan", "Chun Hei", "Pui Yee", "Yuen Ting", "Kin Fai"]  # fmt: skip
_WESTERN_GIVEN = ["Jacky", "Vivian", "Kelvin", "Jasmine", "Shawn", "Rachel", "Eunice", "Desmond", "Cheryl",
                  "Alvin", "Gillian", "Terence", "Winnie", "Raymond", "Angus", "Priscilla", "Edmund", "Karen"]  # fmt: skip
_PINYIN = [("Zhang", "Wei"), ("Wang", "Xiaoming"), ("Li", "Jing"), ("Liu", "Yang"), ("Chen", "Yiwen"),
           ("Huang", "Lei"), ("Zhou", "Xinyu"), ("Xu", "Fang"), ("Guo", "Ruoxi"), ("Zheng", "Hao"),
           ("Xie", "Tingting"), ("Lü", "Qian"), ("Zhao", "Yuxuan"), ("Sun", "Mengjie")]  # fmt: skip
_MALAY_WHOLE = ["Ahmad Faizal bin Mohd Noor", "Siti Nurhaliza binti Ismail", "Nur Aisyah binte Abdul Rahman",
                "Muhammad Haziq bin Roslan", "Nurul Huda binte Jaafar", "Mohamed Irwan bin Salleh",
                "Farah Diyana binti Kamarudin", "Hafiz bin Osman"]  # fmt: skip
_MALAY_DATABASE = [("Abdul Rahman", "Nur Aisyah"), ("Ismail", "Siti"), ("Mohd Noor", "Ahmad Faizal"),
                   ("Osman", "Hafiz"), ("Jaafar", "Nurul Huda"), ("Salleh", "Mohamed Irwan"),
                   ("Abdullah", "Nurhidayah"), ("Yusof", "Khairul Anuar")]  # fmt: skip
_INDIAN = [("Ramasamy", "A."), ("Subramaniam", "Kavitha"), ("Pillai", "Suresh"), ("Nair", "Priya"),
           ("Menon", "Anand"), ("Krishnan", "Lakshmi"), ("Rajaratnam", "S."), ("Gopal", "Vijay"),
           ("Kaur", "Harpreet"), ("Singh", "Gurmit"), ("Thevar", "Meena"), ("Naidu", "R. K."),
           ("Shanmugam", "Deepa"), ("Chelliah", "Mohan")]  # fmt: skip
_INDIAN_WHOLE = ["Rajendran s/o Muthusamy", "Kavitha d/o Ramasamy", "Selvam s/o Arumugam", "Devi d/o Krishnan"]
_EURASIAN = [("Rozario", "Marcus"), ("Sequeira", "Ana Maria"), ("Gonçalves", "Sofia"), ("Conceição", "Joana"),
             ("Assunção", "Miguel"), ("Simões", "Rita"), ("Pereira", "Daniel"), ("Xavier", "Clara"),
             ("Senna Fernandes", "Henrique"), ("Westerhout", "Gerald"), ("Shepherdson", "Cheryl"),
             ("Aeria", "Lisa"), ("Scully", "Brendan"), ("Oliveiro", "Beatriz")]  # fmt: skip
_PARTICLED = [("de", "Souza", "Maria"), ("da", "Silva", "João"), ("de", "Jesus", "Leonor"), ("da", "Luz", "Paulo"),
              ("de", "Almeida", "Carlos"), ("dos", "Remédios", "Inês")]  # fmt: skip
_EXPAT = [("Whitfield", "Oliver"), ("McAllister", "Fiona"), ("O'Brien", "Siobhan"), ("Hartmann", "Jonas"),
          ("Dubois", "Claire"), ("Nakamura", "Kenji"), ("Kim", "Soo Jin"), ("Nguyen", "Thi Lan"),
          ("Brennan-Hughes", "Sarah"), ("Andersson", "Erik"), ("Fitzgerald", "Tom"), ("Østergaard", "Mette")]  # fmt: skip

# ------------------------------------------------------------------------------------------------ organisations
_COMPANIES = [
    "DBS Bank Ltd.", "DBS Group Holdings Ltd", "Oversea-Chinese Banking Corporation Limited", "OCBC Bank",
    "United Overseas Bank Limited", "POSB", "GXS Bank Pte. Ltd.", "Trust Bank Singapore Limited",
    "The Hongkong and Shanghai Banking Corporation Limited", "HSBC Hong Kong", "Hang Seng Bank Limited",
    "Bank of China (Hong Kong) Limited", "Standard Chartered Bank (Hong Kong) Limited", "ZA Bank Limited",
    "Octopus Cards Limited", "Grab Holdings Limited", "Nium Pte. Ltd.", "Singtel", "StarHub Ltd", "M1 Limited",
    "HKT Limited", "SmarTone Telecommunications Holdings Limited", "Hutchison Telecommunications Hong Kong Holdings Limited",
    "Companhia de Telecomunicações de Macau, S.A.", "NTUC FairPrice Co-operative Limited", "Sheng Siong Group Ltd",
    "Cold Storage Singapore (1983) Pte Ltd", "Pan Pacific Retail Management (Singapore) Pte. Ltd.",
    "Shopee Singapore Private Limited", "Lazada Group", "Carousell Pte. Ltd.", "Courts (Singapore) Pte Ltd",
    "A.S. Watson Group", "Mannings", "Hong Kong Television Network Limited", "Sa Sa International Holdings Limited",
    "Chow Tai Fook Jewellery Group Limited", "Giordano International Limited", "Charles & Keith Group",
    "Asia Pacific Breweries Singapore", "Yeo Hiap Seng Limited", "Fraser and Neave, Limited", "Ya Kun International Pte Ltd",
    "Old Chang Kee Ltd.", "Bee Cheng Hiang Hup Chong Foodstuff Pte Ltd", "Irvins Salted Egg Pte Ltd",
    "BreadTalk Group Pte Ltd", "Vitasoy International Holdings Limited", "Maxim's Caterers Limited",
    "Café de Coral Holdings Limited", "Lee Kum Kee Company Limited", "Koi Kei Bakery", "Singapore Airlines Limited",
    "Cathay Pacific Airways Limited", "Sea Limited", "Razer Inc.", "Changi Airport Group", "MTR Corporation Limited",
    "Swire Pacific Limited", "Jardine Matheson Holdings Limited", "Sands China Ltd.", "Galaxy Entertainment Group",
    "Hong Kong Disneyland Resort", "Ocean Park Corporation", "Wellcome", "Qoo10 Pte. Ltd.",
    "Grab Financial Group", "Alipay Financial Services (HK) Limited", "Dairy Farm International Holdings Limited",
    "Ogilvy Singapore", "Havas Hong Kong", "BBH Singapore", "Tribal Worldwide Hong Kong", "Kinetic Singapore",
    "TBWA\\Hakuhodo", "Mindshare Malaysia Sdn. Bhd.", "Grey Group Malaysia Sdn Bhd",
]  # fmt: skip
_PUBLIC = [
    "Personal Data Protection Commission (PDPC)", "Personal Data Protection Commission Singapore",
    "Infocomm Media Development Authority", "IMDA", "Monetary Authority of Singapore", "Monetary Authority of Singapore (MAS)",
    "Competition and Consumer Commission of Singapore", "CCCS", "Advertising Standards Authority of Singapore (ASAS)",
    "Department of Statistics Singapore", "SingStat", "Singapore Tourism Board", "Enterprise Singapore",
    "Ministry of Trade and Industry", "Housing & Development Board", "Office of the Privacy Commissioner for Personal Data",
    "PCPD", "Hong Kong Monetary Authority", "HKMA", "Consumer Council", "Census and Statistics Department",
    "Hong Kong Tourism Board", "Hong Kong Trade Development Council (HKTDC)", "Commerce and Economic Development Bureau",
    "Gabinete para a Protecção de Dados Pessoais (GPDP)", "Direcção dos Serviços de Estatística e Censos (DSEC)",
    "Macao Government Tourism Office", "Gaming Inspection and Coordination Bureau", "Bank Negara Malaysia",
]  # fmt: skip
_TRADE = [
    "Institute of Advertising Singapore (IAS)", "Singapore Retailers Association", "Hong Kong Retail Management Association",
    "The Hong Kong Association of Interactive Marketing", "Marketing Institute of Singapore", "Singapore FinTech Association",
    "The Association of Banks in Singapore", "The Hong Kong Association of Banks", "CIM Hong Kong",
    "Singapore Business Federation", "Hong Kong Management Association", "Restaurant Association of Singapore",
    "Institute of Policy Studies", "Lee Kuan Yew School of Public Policy", "Our Hong Kong Foundation",
]  # fmt: skip
_PUBLIC_HOSTS = [
    ("Personal Data Protection Commission (PDPC)", "pdpc.gov.sg", "Singapore"), ("Personal Data Protection Commission Singapore", "pdpc.gov.sg", "Singapore"),
    ("Infocomm Media Development Authority", "imda.gov.sg", "Singapore"), ("IMDA", "imda.gov.sg", "Singapore"),
    ("Monetary Authority of Singapore", "mas.gov.sg", "Singapore"), ("Monetary Authority of Singapore (MAS)", "mas.gov.sg", "Singapore"),
    ("Competition and Consumer Commission of Singapore", "cccs.gov.sg", "Singapore"), ("CCCS", "cccs.gov.sg", "Singapore"),
    ("Advertising Standards Authority of Singapore (ASAS)", "asas.org.sg", "Singapore"),
    ("Department of Statistics Singapore", "singstat.gov.sg", "Singapore"), ("SingStat", "singstat.gov.sg", "Singapore"),
    ("Singapore Tourism Board", "stb.gov.sg", "Singapore"), ("Enterprise Singapore", "enterprisesg.gov.sg", "Singapore"),
    ("Ministry of Trade and Industry", "mti.gov.sg", "Singapore"), ("Housing & Development Board", "hdb.gov.sg", "Singapore"),
    ("Office of the Privacy Commissioner for Personal Data", "pcpd.org.hk", "Hong Kong"), ("PCPD", "pcpd.org.hk", "Hong Kong"),
    ("Hong Kong Monetary Authority", "hkma.gov.hk", "Hong Kong"), ("HKMA", "hkma.gov.hk", "Hong Kong"),
    ("Consumer Council", "consumer.org.hk", "Hong Kong"), ("Census and Statistics Department", "censtatd.gov.hk", "Hong Kong"),
    ("Hong Kong Tourism Board", "discoverhongkong.com", "Hong Kong"), ("Hong Kong Trade Development Council (HKTDC)", "hktdc.com", "Hong Kong"),
    ("Commerce and Economic Development Bureau", "cedb.gov.hk", "Hong Kong"),
    ("Gabinete para a Protecção de Dados Pessoais (GPDP)", "gpdp.gov.mo", "Macau"),
    ("Direcção dos Serviços de Estatística e Censos (DSEC)", "dsec.gov.mo", "Macau"),
    ("Macao Government Tourism Office", "macaotourism.gov.mo", "Macau"), ("Gaming Inspection and Coordination Bureau", "dicj.gov.mo", "Macau"),
    ("Bank Negara Malaysia", "bnm.gov.my", "Kuala Lumpur"),
    ("Institute of Advertising Singapore (IAS)", "ias.org.sg", "Singapore"), ("Singapore Retailers Association", "retailsg.org.sg", "Singapore"),
    ("Hong Kong Retail Management Association", "hkrma.org", "Hong Kong"), ("Marketing Institute of Singapore", "mis.org.sg", "Singapore"),
    ("Singapore FinTech Association", "singaporefintech.org", "Singapore"), ("The Association of Banks in Singapore", "abs.org.sg", "Singapore"),
    ("The Hong Kong Association of Banks", "hkab.org.hk", "Hong Kong"), ("Restaurant Association of Singapore", "ras.org.sg", "Singapore"),
    ("Institute of Policy Studies", "lkyspp.nus.edu.sg/ips", "Singapore"), ("Our Hong Kong Foundation", "ourhkfoundation.org.hk", "Hong Kong"),
]  # fmt: skip
_PUBLIC_TITLES = {
    "pdpc.gov.sg": ["Advisory guidelines on key concepts in the PDPA", "Guide to data protection by design for ICT systems",
                    "Advisory guidelines on the Do Not Call provisions"],
    "asas.org.sg": ["Singapore Code of Advertising Practice", "Guidelines on interactive marketing communication and social media"],
    "singstat.gov.sg": ["Household Expenditure Survey 2022/23", "Retail sales index, December 2024", "Census of Population 2020"],
    "mas.gov.sg": ["Guidelines on fair dealing: board and senior management responsibilities", "Consumer protection for digital payment token services"],
    "pcpd.org.hk": ["Guidance on direct marketing", "New guidance on direct marketing (revised)"],
    "hkma.gov.hk": ["Virtual banks: authorisation and supervision", "Fintech 2025 strategy"],
    "consumer.org.hk": ["CHOICE magazine: mooncake test", "Annual report 2023"],
    "censtatd.gov.hk": ["Report on monthly survey of retail sales", "Hong Kong annual digest of statistics 2024"],
    "dsec.gov.mo": ["Visitor arrivals statistics", "Visitor expenditure survey, 4th quarter 2024"],
    "gpdp.gov.mo": ["Guidelines on personal data protection in direct marketing"],
    "stb.gov.sg": ["Tourism sector performance report Q4 2024", "Made in Singapore: brand guidelines"],
    "discoverhongkong.com": ["Hello Hong Kong: campaign toolkit", "Visitor arrival statistics"],
}  # fmt: skip
_RESEARCH = ["Euromonitor International", "Mintel", "Statista", "Kantar", "NielsenIQ", "YouGov", "Milieu Insight",
             "Blackbox Research", "Ipsos", "Rakuten Insight", "DataReportal", "GlobalData", "Meltwater"]  # fmt: skip
_PRESS = ["The Straits Times", "Lianhe Zaobao", "Berita Harian", "Tamil Murasu", "CNA", "Mothership",
          "The Business Times", "TODAY", "The Edge Singapore", "South China Morning Post", "Ming Pao", "Oriental Daily",
          "HK01", "The Standard", "Hong Kong Economic Journal", "Marketing-Interactive", "Campaign Asia-Pacific",
          "Macau Daily Times", "Macau Business", "The Star (Malaysia)"]  # fmt: skip
_UNSIGNED_PRESS = ["The Straits Times", "CNA", "Mothership", "The Standard", "Macau Daily Times", "Marketing-Interactive",
                   "Ming Pao 明報", "Lianhe Zaobao 联合早报", "HK01 香港01", "Campaign Asia-Pacific"]  # fmt: skip
_PUBLISHERS = [("Pearson Education South Asia", "Singapore"), ("McGraw-Hill Education (Asia)", "Singapore"),
               ("World Scientific", "Singapore"), ("Cengage Learning Asia", "Singapore"), ("NUS Press", "Singapore"),
               ("Marshall Cavendish Business", "Singapore"), ("Straits Times Press", "Singapore"),
               ("Hong Kong University Press", "Hong Kong"), ("The Chinese University Press", "Hong Kong"),
               ("Joint Publishing (H.K.) Co., Ltd.", "Hong Kong"), ("Commercial Press (Hong Kong)", "Hong Kong"),
               ("Palgrave Macmillan", "Singapore"), ("Springer Nature Singapore", "Singapore"), ("Routledge", "Abingdon"),
               ("Kogan Page", "London"), ("Pearson", "Harlow"), ("SAGE", "London"), ("Wiley", "Chichester"),
               ("Epigram Books", "Singapore"), ("Oxford University Press", "Oxford")]  # fmt: skip
_JOURNALS = ["Asia Pacific Journal of Marketing and Logistics", "Journal of Asian Business Studies",
             "Asian Journal of Communication", "Journal of International Marketing", "Asia Pacific Business Review",
             "International Journal of Bank Marketing", "Journal of Retailing and Consumer Services",
             "Asia Pacific Journal of Management", "Journal of Consumer Marketing", "Journal of Marketing Management",
             "Chinese Management Studies", "International Journal of Hospitality Management", "Tourism Management",
             "Journal of Islamic Marketing", "Asian Journal of Business Research", "Journal of Brand Management",
             "Journal of Services Marketing", "International Gambling Studies"]  # fmt: skip
_UNIVERSITIES = ["National University of Singapore", "Nanyang Technological University",
                 "Nanyang Business School, Nanyang Technological University", "Singapore Management University",
                 "Singapore University of Social Sciences", "The University of Hong Kong",
                 "The Chinese University of Hong Kong", "The Hong Kong University of Science and Technology",
                 "The Hong Kong Polytechnic University", "City University of Hong Kong", "Hong Kong Baptist University",
                 "University of Macau", "University of Malaya", "Monash University Malaysia",
                 "The University of British Columbia", "University of Sydney"]  # fmt: skip
_REPOSITORIES = {"National University of Singapore": "scholarbank.nus.edu.sg", "Nanyang Technological University": "dr.ntu.edu.sg",
                 "Nanyang Business School, Nanyang Technological University": "dr.ntu.edu.sg",
                 "Singapore Management University": "ink.library.smu.edu.sg", "The University of Hong Kong": "hub.hku.hk",
                 "The Chinese University of Hong Kong": "repository.lib.cuhk.edu.hk", "The Hong Kong University of Science and Technology": "repository.hkust.edu.hk",
                 "The Hong Kong Polytechnic University": "theses.lib.polyu.edu.hk", "City University of Hong Kong": "scholars.cityu.edu.hk",
                 "Hong Kong Baptist University": "scholars.hkbu.edu.hk", "University of Macau": "library2.um.edu.mo"}  # fmt: skip
_GENRES = ["MSc dissertation", "MBA dissertation", "PhD thesis", "MPhil thesis", "DBA thesis", "Master's dissertation",
           "BBA honours thesis"]  # fmt: skip
_CONFERENCES = ["Proceedings of the Academy of Marketing Science World Marketing Congress",
                "Proceedings of the Asia-Pacific Conference on Business and Social Sciences",
                "Proceedings of the Global Marketing Conference, Hong Kong",
                "Proceedings of the International Conference on Electronic Business (ICEB)",
                "Proceedings of the ANZMAC Conference", "Proceedings of the 2023 IEEE International Conference on Industrial Engineering and Engineering Management"]  # fmt: skip

# ------------------------------------------------------------------------------------------------ titles
_TOPICS = ["PayNow adoption among hawker centre stallholders", "digital-only banks in Singapore",
           "virtual banks in Hong Kong", "festive marketing at Chinese New Year", "cross-border shopping in Shenzhen",
           "mainland Chinese visitors to Macau", "integrated resort loyalty programmes", "livestream commerce",
           "Gen Z shoppers in Tampines and Punggol", "heritage food brands", "halal certification and Muslim consumers",
           "multilingual advertising", "Singlish in advertising", "Cantonese slang in social media copy",
           "KOL marketing", "super apps", "buy now, pay later", "stored-value cards", "11.11 and Double 12 sales",
           "the Great Singapore Sale", "e-wallets in Hong Kong", "bubble tea brands", "Deepavali promotions",
           "Hari Raya Puasa campaigns", "mooncake gifting", "premium telco bundles", "5G plans",
           "loyalty coalitions", "retail media networks", "personal data consent", "green claims",
           "luxury retail in Causeway Bay", "tourism recovery after COVID-19", "airline frequent-flyer schemes",
           "quick commerce", "hawker culture", "Xiaohongshu (RED) reviews", "Carousell resale", "ageing consumers"]  # fmt: skip
_CHINESE_TITLES = [("香港零售業的數碼轉型", "Digital transformation of Hong Kong retail"),
                   ("新加坡华人消费者的品牌忠诚度", "Brand loyalty among Chinese Singaporean consumers"),
                   ("澳門博彩業的會員營銷", "Membership marketing in the Macau gaming industry"),
                   ("社交媒體上的關鍵意見領袖", "Key opinion leaders on social media"),
                   ("电子钱包与年轻消费者", "E-wallets and young consumers"),
                   ("老字號品牌的年輕化策略", "Rejuvenation strategies of heritage brands"),
                   ("中秋月餅市場調查", "A survey of the Mid-Autumn mooncake market"),
                   ("大灣區跨境消費行為研究", "Cross-border consumption in the Greater Bay Area")]  # fmt: skip
_OTHER_TITLES = [("Pemasaran digital dalam kalangan PKS Melayu", "Digital marketing among Malay SMEs"),
                 ("Pengguna Muslim dan logo halal", "Muslim consumers and the halal logo"),
                 ("தமிழ் ஊடகங்களில் விளம்பரம்", "Advertising in Tamil media"),
                 ("O marketing do jogo em Macau", "Gaming marketing in Macau"),
                 ("A comunidade macaense e a gastronomia", "The Macanese community and its cuisine")]  # fmt: skip
_PLATFORM_HOSTS = {"Instagram": "instagram.com", "Facebook": "facebook.com", "LinkedIn": "linkedin.com/posts",
                   "TikTok": "tiktok.com", "Xiaohongshu": "xiaohongshu.com/explore", "X (formerly Twitter)": "x.com",
                   "Threads": "threads.net"}  # fmt: skip
_SHORT_BRANDS = ["DBS", "OCBC", "UOB", "GXS", "Trust Bank", "HSBC", "Hang Seng", "ZA Bank", "Octopus", "PayMe", "Grab",
                 "Singtel", "StarHub", "SmarTone", "CTM", "FairPrice", "Sheng Siong", "Don Don Donki", "Shopee", "Lazada",
                 "Carousell", "HKTVmall", "Sa Sa", "Chow Tai Fook", "Charles & Keith", "Tiger Beer", "Yeo's", "Ya Kun",
                 "Irvins", "Vitasoy", "Maxim's", "Café de Coral", "Koi Kei", "SIA", "Cathay", "Razer", "MTR",
                 "Sands China", "Galaxy", "Ocean Park"]  # fmt: skip
_CHINESE_HEADLINES = [("虛擬銀行爭奪年輕客戶", "Virtual banks fight for young customers"),
                      ("月餅銷量按年上升", "Mooncake sales up year on year"),
                      ("北上消費熱潮持續", "The northbound shopping boom continues"),
                      ("新加坡零售业迎来复苏", "Singapore retail sees a recovery"),
                      ("澳門旅客人次創新高", "Macau visitor numbers hit a record")]  # fmt: skip
_MARKETS = ["Consumer foodservice", "Retail banking", "Beauty and personal care", "Mobile telecommunications",
            "E-commerce", "Jewellery", "Soft drinks", "Beer", "Snacks", "Travel", "Digital payments", "Luxury goods",
            "Sauces, dressings and condiments", "Bakery products", "Casino gaming", "Theme parks"]  # fmt: skip
_PLACES = ["Singapore", "Hong Kong", "Hong Kong, China", "Macau", "Macao SAR", "Malaysia", "Greater China",
           "Southeast Asia", "the Greater Bay Area"]  # fmt: skip


_HK_WORDS = ("Hong Kong", "Hongkong", "Hang Seng", "ZA Bank", "Octopus", "HKT", "SmarTone", "Hutchison", "Watson", "Mannings",
             "Sa Sa", "Chow Tai Fook", "Giordano", "Vitasoy", "Maxim", "Café de Coral", "Lee Kum Kee", "Cathay", "MTR",
             "Swire", "Jardine", "Disneyland", "Ocean Park", "Wellcome", "Dairy Farm", "Alipay", "Havas", "Tribal", "TBWA")  # fmt: skip
_MACAU_WORDS = ("Macau", "Macao", "Koi Kei", "Sands China", "Galaxy", "Telecomunicações")


def _host(name: str) -> str:
    """A company's web address as its name suggests: "Sa Sa International Holdings Limited" at sasa.com."""
    words = [w for w in name.replace("(", " ").replace(")", " ").split() if w.isascii()]
    core = "".join(ch for ch in "".join(words[:2]).lower() if ch.isalnum())
    return f"{core}.com"


def _place(name: str, rng: random.Random) -> str:
    if "Sdn" in name or "Malaysia" in name:
        return "Kuala Lumpur"
    if any(word in name for word in _MACAU_WORDS):
        return "Macau"
    if any(word in name for word in _HK_WORDS):
        return "Hong Kong"
    return "Singapore" if rng.random() < 0.9 else "London"


class Blind191WorkFactory(WorkFactory):
    """The blind191 pool's works, drawn from a random source of its own so the base class's draws stay apart."""

    DRAWN: ClassVar[dict[str, int]] = {
        "book": 12, "chapter": 5, "journal": 22, "thesis": 5, "conference": 4, "company_web": 9, "company_report": 7,
        "public_body": 8, "legislation": 3, "market_research": 7, "news": 10, "social": 3, "podcast": 2, "video": 2,
        "undated_web": 4, "working_paper": 3,
    }  # fmt: skip
    KINDS = ("book", "chapter", "journal", "thesis", "conference", "report", "web", "legislation", "news", "social",
             "podcast", "video")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 191 + 19101)
        self.dated_orgs: list[tuple[str, dict[str, Any]]] = []

    # ---------------------------------------------------------------------------------------- people
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.22:
            return {"family": rng.choice(_SG_SURNAMES), "given": rng.choice(_SG_GIVEN)}
        if roll < 0.40:
            return {"family": rng.choice(_HK_SURNAMES), "given": rng.choice(_HK_GIVEN)}
        if roll < 0.50:  # a Western given name before the Chinese one, or alone
            surname = rng.choice(_HK_SURNAMES + _SG_SURNAMES)
            given = rng.choice(_WESTERN_GIVEN)
            if rng.random() < 0.5:
                given = f"{given} {rng.choice(_HK_GIVEN + _SG_GIVEN)}"
            return {"family": surname, "given": given}
        if roll < 0.57:
            family, given = rng.choice(_PINYIN)
            return {"family": family, "given": given}
        if roll < 0.61:
            return {"literal": rng.choice(_MALAY_WHOLE)}
        if roll < 0.66:
            family, given = rng.choice(_MALAY_DATABASE)
            return {"family": family, "given": given}
        if roll < 0.74:
            family, given = rng.choice(_INDIAN)
            return {"family": family, "given": given}
        if roll < 0.76:
            return {"literal": rng.choice(_INDIAN_WHOLE)}
        if roll < 0.85:
            family, given = rng.choice(_EURASIAN)
            return {"family": family, "given": given}
        if roll < 0.90:
            particle, family, given = rng.choice(_PARTICLED)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        family, given = rng.choice(_EXPAT)
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[36, 26, 16, 8, 5, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if name not in people:
                people.append(name)
        return people

    def _editors(self) -> list[dict[str, str]]:
        editors = [self.person()]
        if self.rng.random() < 0.5:
            other = self.person()
            if other != editors[0]:
                editors.append(other)
        return editors

    # ---------------------------------------------------------------------------------------- dates
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1976, 1999)
        return self.rng.randint(2008, 2025)

    def accessed_after(self, issued: dict[str, Any] | None) -> dict[str, list[list[int]]]:
        """An access date in 2023 to 2025, never before the work's own date."""
        rng = self.rng
        date = [rng.randint(2023, 2025), rng.randint(1, 12), rng.randint(1, 28)]
        if issued is not None:
            parts = list(issued["date-parts"][0])
            if date[: len(parts)] < parts:
                date = (parts + [rng.randint(1, 12), rng.randint(1, 28)][len(parts) - 1 :])[:3]
        return {"date-parts": [date]}

    def _id(self) -> str:
        self.counter += 1
        return f"b191w{self.counter}"

    def _title(self) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.1:
            original, english = rng.choice(_CHINESE_TITLES)
            return f"{original} [{english}]"
        if roll < 0.15:
            original, english = rng.choice(_OTHER_TITLES)
            return f"{original} [{english}]"
        topic, other = rng.sample(_TOPICS, 2)
        place = rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]}: evidence from {place}", f"The role of {topic} in {place}",
                 f"{topic[0].upper()}{topic[1:]} and {other}", f"Rethinking {topic}",
                 f"Understanding {topic}: a study of consumers in {place}", f"The influence of {topic} on {other}",
                 f"{topic[0].upper()}{topic[1:]} in {place}: a mixed-methods study",
                 f"When East meets West: {topic} in {place}"]  # fmt: skip
        return rng.choice(forms)

    def _headline(self) -> str:
        rng = self.rng
        if rng.random() < 0.12:
            original, english = rng.choice(_CHINESE_HEADLINES)
            return f"{original} [{english}]"
        brand = rng.choice(_SHORT_BRANDS)
        return rng.choice([
            f"{brand} bets on {rng.choice(_TOPICS)} to win younger customers",
            f"{brand} to open {rng.randint(3, 40)} new outlets in {rng.choice(_PLACES[:5])}",
            f"{brand} profit rises {rng.randint(2, 45)}% on strong festive demand",
            f"Why {brand}'s {rng.choice(['Chinese New Year', 'Hari Raya', 'Deepavali', 'Christmas', 'Mid-Autumn'])} ad went viral",
            f"Consumers turn to {rng.choice(_TOPICS)} as costs bite",
            f"{brand} fined over data breach affecting {rng.randint(2, 900)},000 customers",
            f"{brand} appoints new chief marketing officer",
            f"Is {rng.choice(_TOPICS)} the next big thing for {rng.choice(_PLACES[:5])} retailers?",
        ])  # fmt: skip

    # ---------------------------------------------------------------------------------------- making works
    def make(self, kind: str | None = None) -> Work:
        if kind is None:
            names = list(self.DRAWN)
            kind = self.rng.choices(names, weights=[self.DRAWN[n] for n in names])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        if "literal" in first:
            lead = first["literal"]
        else:
            lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        tags = {"literal-name"} if "literal" in first else set()
        return Work(record, lead, year, False, len(record["author"]), kind, tags)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        if "issued" in record:
            if self.dated_orgs and self.rng.random() < 0.12:  # one organisation, two works of a year: 2019a and 2019b
                name, issued = self.rng.choice(self.dated_orgs)
                record["issued"] = {"date-parts": [list(p) for p in issued["date-parts"]]}
                if "accessed" in record:
                    record["accessed"] = self.accessed_after(record["issued"])
                if record.get("publisher") and kind == "report" and "market-research" not in tags:
                    record["publisher"] = name
                if "URL" in record and kind != "social":
                    record["URL"] = self._url(_host(name))
            self.dated_orgs.append((name, record["issued"]))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def _url(self, host: str) -> str:
        slug = "-".join(self.fakers["en_GB"].words(self.rng.randint(2, 4)))
        return f"https://www.{host}/{slug}"

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        roll = self.rng.random()
        if roll < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        if self.rng.random() < 0.2:
            record["medium"] = "e-book"
            if self.rng.random() < 0.5:
                record["URL"] = self._url("dawsonera.com")
                record["accessed"] = self.accessed_after(record["issued"])
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 280)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": self._editors(),
            "container-title": self.rng.choice(["Marketing in Asia", "The Routledge handbook of marketing in Asia",
                                                "Consumer behaviour in Greater China", "Branding in Southeast Asia",
                                                "Hong Kong business: a reader", "Services marketing: an Asian perspective"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 1200)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{start}-{start + self.rng.randint(8, 28)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            prefix = self.rng.choice([1108, 1016, 1080, 1177, 1057])
            letters = self.fakers["en_GB"].lexify("????").upper()
            record["DOI"] = f"10.{prefix}/{letters}-{self.rng.randint(1000, 99999)}"
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": self._people(1),
                                  "issued": {"date-parts": [[self.year()]]}, "genre": self.rng.choice(_GENRES),
                                  "publisher": university}  # fmt: skip
        if self.rng.random() < 0.4:
            record["URL"] = self._url(_REPOSITORIES.get(university, "proquest.com/docview"))
            record["accessed"] = self.accessed_after(record["issued"])
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        start = self.rng.randint(1, 600)
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "container-title": self.rng.choice(_CONFERENCES),
                                  "publisher-place": self.rng.choice(["Singapore", "Hong Kong", "Macau", "Kuala Lumpur"]),
                                  "page": f"{start}-{start + self.rng.randint(5, 12)}"}  # fmt: skip
        return self._person_work(record, "conference")

    def _working_paper(self) -> Work:
        record: dict[str, Any] = {"type": "report", "title": self._title(), "author": self._people(3),
                                  "issued": {"date-parts": [[self.year()]]},
                                  "publisher": self.rng.choice([*_TRADE[-3:], "Asian Development Bank Institute", "HKUST Business School"]),
                                  "publisher-place": self.rng.choice(["Singapore", "Hong Kong", "Tokyo"])}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url("lkyspp.nus.edu.sg")
            record["accessed"] = self.accessed_after(record["issued"])
        return self._person_work(record, "report")

    def _company_web(self) -> Work:
        name = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(
            ["About us", "Our story", "Sustainability", "Newsroom", "Our heritage", self._title(), "Privacy notice",
             "Corporate information", "Media releases", f"Annual results {self.rng.randint(2018, 2024)}"]),
            "URL": self._url(_host(name))}  # fmt: skip
        if self.rng.random() < 0.75:
            record["issued"] = {"date-parts": [[self.year()]]}
        record["accessed"] = self.accessed_after(record.get("issued"))
        return self._org_work(record, "web", name, {"company"})

    def _company_report(self) -> Work:
        name = self.rng.choice(_COMPANIES + _TRADE)
        year = self.year()
        title = self.rng.choice([f"Annual Report {year - 1}", f"Sustainability Report {year - 1}", f"Annual report {year - 1}/{str(year)[2:]}",
                                 f"Integrated Report {year - 1}", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name, "publisher-place": _place(name, self.rng)}  # fmt: skip
        if self.rng.random() < 0.65:
            record["URL"] = self._url(_host(name))
            record["accessed"] = self.accessed_after(record["issued"])
        if self.rng.random() < 0.1:
            del record["issued"]
        tags = {"company"} if name in _COMPANIES else {"trade-body"}
        return self._org_work(record, "report", name, tags)

    def _public_body(self) -> Work:
        name, host, place = self.rng.choice(_PUBLIC_HOSTS)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(
            [self._title(), *_PUBLIC_TITLES.get(host, [])]), "issued": {"date-parts": [[self.year()]]},
            "URL": self._url(host)}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name
            record["publisher-place"] = place
        record["accessed"] = self.accessed_after(record["issued"])
        tags = {"government"} if name in _PUBLIC else {"trade-body"}
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _legislation(self) -> Work:
        rng = self.rng
        author, title, year, url = rng.choice([
            ("Parliament of Singapore", "Personal Data Protection Act 2012 (No. 26 of 2012)", 2012, "sso.agc.gov.sg/Act/PDPA2012"),
            ("Singapore Statutes Online", "Spam Control Act 2007 (2020 Revised Edition)", 2020, "sso.agc.gov.sg/Act/SCA2007"),
            ("Singapore Statutes Online", "Consumer Protection (Fair Trading) Act 2003 (2020 Revised Edition)", 2020, "sso.agc.gov.sg/Act/CPFTA2003"),
            ("Attorney-General's Chambers", "Spam Control Act (Cap. 311A)", 2008, "sso.agc.gov.sg/Act/SCA2007"),
            ("Parliament of Singapore", "Personal Data Protection (Amendment) Act 2020 (No. 40 of 2020)", 2020, "sso.agc.gov.sg/Acts-Supp/40-2020"),
            ("Hong Kong e-Legislation", "Personal Data (Privacy) Ordinance (Cap. 486)", 1995, "elegislation.gov.hk/hk/cap486"),
            ("Hong Kong e-Legislation", "Trade Descriptions Ordinance (Cap. 362)", 1980, "elegislation.gov.hk/hk/cap362"),
            ("Legislative Council of the Hong Kong Special Administrative Region", "Personal Data (Privacy) (Amendment) Ordinance 2021", 2021, "legco.gov.hk/yr2021"),
            ("Imprensa Oficial da RAEM", "Lei n.º 8/2005 – Lei da Protecção de Dados Pessoais [Personal Data Protection Act]", 2005, "bo.io.gov.mo/bo/i/2005/34/lei08"),
            ("Imprensa Oficial da RAEM", "Lei n.º 9/2021 – Lei de protecção dos direitos e interesses do consumidor [Consumer Rights and Interests Protection Law]", 2021, "bo.io.gov.mo/bo/i/2021/19/lei09"),
        ])  # fmt: skip
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": f"https://{url}"}  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"])
        work = self._org_work(record, "legislation", author, {"legislation", "government"})
        return work

    def _market_research(self) -> Work:
        rng = self.rng
        name = rng.choice(_RESEARCH)
        year = rng.randint(2016, 2025)
        market, place = rng.choice(_MARKETS), rng.choice(_PLACES[:5])
        title = rng.choice([f"{market} in {place} {year}", f"{market} - {place} - {rng.choice(['March', 'July', 'November'])} {year}",
                            f"Digital {year}: {place}", f"{place}: {market.lower()} market size {year}-2030",
                            f"Share of consumers in {place} using e-wallets {year}, by age group",
                            f"{market}: Asia Pacific consumer trends {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name,
                                  "URL": self._url(name.split()[0].lower() + ".com"), "issued": {"date-parts": [[year]]}}  # fmt: skip
        if rng.random() < 0.08:
            del record["issued"]
        record["accessed"] = self.accessed_after(record.get("issued"))
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        rng = self.rng
        issued = {"date-parts": [[self.year(), rng.randint(1, 12), rng.randint(1, 28)]]}
        paper = rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._headline(), "container-title": paper,
                                  "issued": issued, "URL": self._url(paper.lower().replace(" ", "").replace("-", "") + ".com")}  # fmt: skip
        if rng.random() < 0.85:
            record["accessed"] = self.accessed_after(issued)
        if rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        name = rng.choice(_UNSIGNED_PRESS)
        record["container-title"] = " ".join(w for w in name.split() if w.isascii())  # "Ming Pao 明報" in Ming Pao
        record["URL"] = self._url(_host(name))
        return self._org_work(record, "news", name, {"press"})

    def _social(self) -> Work:
        rng = self.rng
        issued = {"date-parts": [[rng.randint(2018, 2025), rng.randint(1, 12), rng.randint(1, 28)]]}
        record: dict[str, Any] = {"type": "post", "title": rng.choice([
            "Huat ah! Our CNY bundle is here 🧧", "Selamat Hari Raya Aidilfitri from all of us",
            "Happy Deepavali! Light up your home with our festive deals", "Mid-Autumn mooncake pre-orders now open",
            "11.11 mega sale starts at midnight", "Thank you, Singapore, for 30 years", "Our new Punggol outlet is open",
            "中秋快樂 [Happy Mid-Autumn Festival]", "新年快乐 [Happy New Year]", self._title()]),
            "container-title": rng.choice(["Instagram", "Facebook", "LinkedIn", "TikTok", "Xiaohongshu", "X (formerly Twitter)", "Threads"]),
            "issued": issued}  # fmt: skip
        record["URL"] = self._url(_PLATFORM_HOSTS[record["container-title"]])
        record["accessed"] = self.accessed_after(issued)
        if rng.random() < 0.3:
            record["author"] = self._people(1)
            return self._person_work(record, "social")
        return self._org_work(record, "social", rng.choice(_COMPANIES), {"company"})

    def _podcast(self) -> Work:
        rng = self.rng
        issued = {"date-parts": [[rng.randint(2017, 2025), rng.randint(1, 12), rng.randint(1, 28)]]}
        record: dict[str, Any] = {"type": "broadcast", "title": f"Episode {rng.randint(1, 240)}: {self._title()}",
                                  "container-title": rng.choice(["The Marketing Interactive Podcast", "BT Podcasts: Brave New World",
                                                                 "CNA Podcasts: Deep Dive", "RTHK Money Talk", "SCMP Inside China Business",
                                                                 "Mothership Unfiltered"]),
                                  "medium": "Podcast", "issued": issued, "URL": self._url("podcasts.apple.com")}  # fmt: skip
        record["accessed"] = self.accessed_after(issued)
        if rng.random() < 0.5:
            record["author"] = self._people(2)
            return self._person_work(record, "podcast")
        name = rng.choice(["The Business Times", "CNA", "Marketing-Interactive", "RTHK", "South China Morning Post"])
        return self._org_work(record, "podcast", name, {"press"})

    def _video(self) -> Work:
        rng = self.rng
        issued = {"date-parts": [[rng.randint(2012, 2025), rng.randint(1, 12), rng.randint(1, 28)]]}
        record: dict[str, Any] = {"type": "motion_picture", "title": rng.choice([
            "Singapore Airlines: A great way to fly (TV commercial)", "DBS: Live more, bank less", "Our Home, Our Heart",
            "How Hong Kong's virtual banks are changing", "Inside Macau's Cotai Strip", self._title(),
            "Yeo's Chinese New Year ad 2024", "McDonald's Hong Kong: 麥麥送 [McDelivery]"]),
            "medium": "YouTube video", "issued": issued, "URL": self._url("youtube.com")}  # fmt: skip
        record["accessed"] = self.accessed_after(issued)
        if rng.random() < 0.2:
            record["author"] = self._people(1)
            return self._person_work(record, "video")
        return self._org_work(record, "video", rng.choice(["CNA Insider", "Singapore Airlines", "DBS Bank", "Mothership",
                                                           "South China Morning Post", "TVB News", "Hong Kong Tourism Board",
                                                           "Yeo Hiap Seng Limited", "Macao Government Tourism Office"]), {"press"})  # fmt: skip

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title()}
        record["URL"] = self._url(self.rng.choice(["medium.com", "sethlui.com", "ladyironchef.com", "timeout.com/hong-kong",
                                                   "seedly.sg", "moneysmart.sg", "hk.news.yahoo.com", "goodyfeed.com"]))  # fmt: skip
        if self.rng.random() < 0.85:
            record["accessed"] = self.accessed_after(None)
        if self.rng.random() < 0.55:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        return self._org_work(record, "web", self.rng.choice(_COMPANIES + _TRADE), {"company", "undated"})
