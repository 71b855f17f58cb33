"""Works for the hundred-and-eighty-fourth independent pool, "blind184" (HELD OUT): marketers in Taiwan and its diaspora.

Written without reading the checker, its tests or any other pool. The works are those a candidate in Taipei, Hsinchu,
Taichung, Kaohsiung or in Vancouver, the San Gabriel Valley, Singapore or Tokyo cites in a CIM Level 6 or 7 report or
an MBA assignment about Taiwanese banks and fintechs, insurers, telecoms, convenience stores and e-commerce, food and
drink makers, tech firms, airlines and media: textbooks (some in Chinese with English in square brackets, some
e-books), chapters, journal articles with one to eight authors (Taiwanese journals among the international ones),
theses from NTU, NCCU, Tsing Hua, NCKU, Fu Jen and Tamkang, conference papers, company pages and reports (Co., Ltd.,
Corp., Inc. and 股份有限公司), trade bodies and institutes (TIER, MIC, III, TWNIC), regulators and ministries (the FSC
with two works of 2019), laws as the national database gives them, research firms with a year in the title, news
signed and unsigned, posts, podcasts, videos and undated pages. Names: Taiwanese names in Wade-Giles, Tongyong and
passport spellings with hyphenated, joined and spaced given names, English names before the surname, Hakka and
Hokkien names, indigenous names (Amis, Atayal, Paiwan, Bunun, Tsou, Seediq) with the father's or house name as the
surname, names in Chinese characters alone or with their romanisation, Singaporean, Malaysian, Hong Kong and Japanese
names, and expatriates writing about Taiwan.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# ---------------------------------------------------------------------------------------------------- names
_SURNAMES = ["Chen", "Chan", "Lin", "Huang", "Hwang", "Chang", "Lee", "Li", "Wang", "Wu", "Liu", "Liou", "Tsai",
             "Yang", "Hsu", "Shiu", "Cheng", "Hsieh", "Shieh", "Kuo", "Hung", "Tseng", "Chiu", "Kao", "Chou", "Yeh",
             "Su", "Chuang", "Lu", "Lo", "Chien", "Chung", "Pan", "Tu", "Peng", "Tsao", "Hsiao", "Chao", "Kang",
             "Teng", "Yu", "Ho", "Chiang", "Wei", "Liao", "Lai", "Chu", "Jhang", "Syu", "Jian", "Tzeng", "Hou",
             "Ou-Yang", "Szu-Tu", "Fang", "Kuan", "Shih", "Weng", "Yen", "Hsueh", "Lü", "Chü", "Hsü"]  # fmt: skip
_GIVEN_HYPHEN = ["Yu-Ting", "Chia-Hao", "Yi-Chun", "Hsin-Yi", "Ming-Hsun", "Shu-Fen", "Chih-Wei", "Pei-Shan",
                 "Wen-Chieh", "Kuan-Ting", "Tzu-Yu", "Po-Han", "Hui-Ju", "Chun-Hung", "Ya-Wen", "Jui-Lin", "Yen-Ju",
                 "Szu-Yu", "Chien-Hsiung", "Mei-Ling", "Kuo-Hua", "Shih-Chieh", "Ting-Ting", "Hsiang-Chi", "Yung-Ching",
                 "Chia-Ying", "Wei-Lun", "I-Hsuan", "Jhih-Yuan", "Ching-Yi", "Yao-Tsung", "Hsiu-Chin"]  # fmt: skip
_GIVEN_JOINED = ["Yuting", "Chiahao", "Yichun", "Hsinyi", "Peishan", "Weilun", "Meiling", "Jiahui", "Zihan", "Yiting",
                 "Kuanyu", "Shihhan", "Chunyi", "Tzuhsuan"]  # fmt: skip
_GIVEN_SPACED = ["Yu Ting", "Chia Hao", "Ming Hsun", "Shu Fen", "Wen Chieh", "Pei Ling", "Kuo Liang"]
_ENGLISH_GIVEN = ["Vivian", "Kevin", "Jessica", "Eric", "Ivy", "Tiffany", "Jason", "Grace", "Wendy", "Alan", "Peggy",
                  "Sean", "Joanne", "Cindy", "Sunny", "Vincent", "Winnie", "Jerry", "Angela", "Ken", "Irene", "Hank",
                  "Cherry", "Teresa", "Allen", "Rita", "Daphne"]  # fmt: skip
# Hokkien and Hakka names as their bearers romanise them in Pe̍h-ōe-jī and Pha̍k-fa-sṳ (family, given).
_POJ = [("Tân", "Bûn-Hiông"), ("Lîm", "Siok-Hûi"), ("Ông", "Tek-Hōa"), ("Tiuⁿ", "Bí-Lêng"), ("N̂g", "Chheng-Hô"),
        ("Khu", "Sin-Hoa"), ("Phang", "Mîn-Fî"), ("Chung", "Kók-Fûng")]  # fmt: skip
# Indigenous names: given name, then the father's, mother's or house name, which files them (family, given).
_INDIGENOUS = [("Kacaw", "Panay"), ("Mayaw", "Calaw"), ("Foting", "Kolas"), ("Sumi", "Lekal"), ("Kilang", "Sawmah"),
               ("Batu", "Yukan"), ("Losing", "Watan"), ("Tanah", "Pisuy"), ("Yupas", "Lahuy"), ("Nokan", "Yapit"),
               ("Ljivangeraw", "Tjuku"), ("Pavavaljung", "Ljegeay"), ("Kapitjuan", "Kui"), ("Talum", "Tama"),
               ("Husungan", "Istanda"), ("Tak-banuaz", "Biung"), ("Takisvilainan", "Savi"), ("Poiconx", "Pasuya"),
               ("Tanah", "Pawan"), ("Ispalakan", "Langus")]  # fmt: skip
# Singapore, Malaysia, Hong Kong and Macau, the mainland, Japan (family, given).
_REGIONAL = [("Tan", "Siew Ling"), ("Lim", "Wei Ming"), ("Goh", "Kah Hoe"), ("Ng", "Boon Keat"), ("Teo", "Hui Min"),
             ("Ooi", "Chee Keong"), ("Khoo", "Li Ping"), ("Wong", "Ka-Wai"), ("Cheung", "Ho-Yin"), ("Chan", "Siu-Ming"),
             ("Leung", "Wing-Sze"), ("Zhang", "Xiaoming"), ("Zhou", "Jing"), ("Zhao", "Lei"), ("Xu", "Fang"),
             ("Sato", "Yuki"), ("Takahashi", "Haruto"), ("Nakamura", "Aiko"), ("Abdullah", "Nur Aisyah"),
             ("Krishnan", "Lakshmi"), ("Nguyen", "Thi Lan"), ("Santos", "Maria Cristina")]  # fmt: skip
# Names in characters, for works in Chinese cited as their authors print them, alone or with the romanisation.
_HANZI = [("陳怡君", "Chen Yi-Chun"), ("林志明", "Lin Chih-Ming"), ("黃淑芬", "Huang Shu-Fen"), ("張家豪", "Chang Chia-Hao"),
          ("李佩珊", "Lee Pei-Shan"), ("王俊傑", "Wang Chun-Chieh"), ("吳雅婷", "Wu Ya-Ting"), ("劉冠廷", "Liu Kuan-Ting"),
          ("蔡宜蓁", "Tsai Yi-Chen"), ("楊子瑜", "Yang Tzu-Yu"), ("許文傑", "Hsu Wen-Chieh"), ("鄭惠如", "Cheng Hui-Ju"),
          ("謝明勳", "Hsieh Ming-Hsun"), ("郭美玲", "Kuo Mei-Ling"), ("洪振宏", "Hung Chen-Hung"), ("邱欣怡", "Chiu Hsin-Yi")]  # fmt: skip
_EXPATS = [("Rigby", "Hannah"), ("O'Sullivan", "Declan"), ("McAllister", "Fiona"), ("Fischer-Lange", "Katrin"),
           ("Dubois", "Élodie"), ("Schäfer", "Lukas"), ("Harrison", "Mark"), ("Kowalski", "Anna"), ("Moreau", "Julien"),
           ("Bergström", "Sofia"), ("Whitfield", "James"), ("Novak", "Petra"), ("Okafor", "Chinedu"),
           ("Fernández", "Lucía"), ("Sutherland", "Craig"), ("Walsh", "Niamh")]  # fmt: skip
_EXPAT_PARTICLES = [("van der", "Meer", "Joris"), ("de", "Vries", "Sanne"), ("von", "Arnim", "Clara"),
                    ("van", "Dijk", "Pieter"), ("de la", "Fuente", "Marta")]  # fmt: skip

# ---------------------------------------------------------------------------------------------------- organisations
_COMPANIES = [
    "Cathay United Bank Co., Ltd.", "Cathay Financial Holdings", "CTBC Bank Co., Ltd.", "CTBC Financial Holding Co., Ltd.",
    "Fubon Financial Holding Co., Ltd.", "Taipei Fubon Commercial Bank", "E.SUN Commercial Bank, Ltd.",
    "E.SUN Financial Holding Co., Ltd.", "Taishin International Bank", "Mega International Commercial Bank Co., Ltd.",
    "Bank SinoPac", "LINE Bank Taiwan Limited", "JKOPAY Co., Ltd.", "LINE Pay Taiwan Limited", "EasyCard Corporation",
    "Cathay Life Insurance Co., Ltd.", "Fubon Life Insurance Co., Ltd.", "Nan Shan Life Insurance Company, Ltd.",
    "Chunghwa Telecom Co., Ltd.", "Taiwan Mobile Co., Ltd.", "Far EasTone Telecommunications Co., Ltd.",
    "President Chain Store Corporation", "Taiwan FamilyMart Co., Ltd.", "Hi-Life International Co., Ltd.",
    "PX Mart", "Carrefour Taiwan", "momo.com Inc.", "PChome Online Inc.", "Shopee Taiwan", "Eslite Spectrum Corporation",
    "Uniqlo Taiwan", "Uni-President Enterprises Corp.", "Wei Chuan Foods Corporation", "I-Mei Foods Co., Ltd.",
    "Kuai Kuai Co., Ltd.", "Taiwan Tobacco & Liquor Corporation", "King Car Group", "Chun Shui Tang", "Presotea",
    "CoCo Fresh Tea & Juice", "Gourmet Master Co. Ltd.", "Din Tai Fung", "Taiwan Semiconductor Manufacturing Company Limited",
    "TSMC", "ASUSTeK Computer Inc.", "Acer Incorporated", "HTC Corporation", "Gogoro Inc.",
    "Hon Hai Precision Industry Co., Ltd.", "MediaTek Inc.", "EVA Airways Corporation", "China Airlines",
    "STARLUX Airlines", "Taiwan High Speed Rail Corporation", "統一超商股份有限公司", "全家便利商店股份有限公司",
    "富邦媒體科技股份有限公司", "Ogilvy Taiwan", "Dentsu Taiwan", "Isobar Taiwan", "iKala", "Appier Group, Inc.",
]  # fmt: skip
_GOVERNMENT = [
    "Fair Trade Commission", "National Communications Commission (NCC)", "National Communications Commission",
    "Financial Supervisory Commission", "Financial Supervisory Commission (FSC)", "Ministry of Digital Affairs",
    "Directorate-General of Budget, Accounting and Statistics (DGBAS)", "Directorate-General of Budget, Accounting and Statistics",
    "National Development Council", "Consumer Protection Committee, Executive Yuan", "Executive Yuan",
    "Ministry of Economic Affairs", "Taiwan Food and Drug Administration", "Ministry of Health and Welfare",
    "Taiwan Tourism Administration", "Central Bank of the Republic of China (Taiwan)", "Council of Indigenous Peoples",
    "Hakka Affairs Council", "Taipei City Government", "Kaohsiung City Government", "行政院主計總處",
    "Ministry of Culture", "National Statistics, Republic of China (Taiwan)",
]  # fmt: skip
_BODIES = [
    "Taiwan Institute of Economic Research (TIER)", "Taiwan Institute of Economic Research",
    "Market Intelligence & Consulting Institute (MIC)", "Institute for Information Industry (III)",
    "Taiwan Network Information Center (TWNIC)", "Taiwan Chain Stores and Franchise Association",
    "Taiwan Digital Media and Marketing Association (DMA)", "Taiwan Association of Accredited Advertising Agents (4A)",
    "American Chamber of Commerce in Taiwan", "AmCham Taiwan", "Taiwan External Trade Development Council (TAITRA)",
    "The Bankers Association of the Republic of China", "Life Insurance Association of the Republic of China",
    "Taiwan FinTech Association", "Chinese National Federation of Industries", "台灣連鎖暨加盟協會",
]  # fmt: skip
_RESEARCH = ["Nielsen Taiwan", "Kantar Worldpanel Taiwan", "Market Intelligence & Consulting Institute (MIC)",
             "Euromonitor International", "Statista", "Ipsos Taiwan", "DIGITIMES Research", "eMarketer",
             "Taiwan Network Information Center (TWNIC)", "Mintel", "YouGov", "Rakuten Insight", "創市際市場研究顧問"]  # fmt: skip
_PRESS = ["Focus Taiwan", "Taipei Times", "CommonWealth Magazine", "Business Weekly", "The Liberty Times",
          "United Daily News", "China Times", "TVBS News", "SET News", "PTS News", "Digitimes", "The News Lens",
          "Nikkei Asia", "The Straits Times", "South China Morning Post", "Taiwan News", "Brain Magazine (動腦)",
          "Business Next (數位時代)", "天下雜誌", "經濟日報", "自由時報", "Meet 創業小聚", "Campaign Asia-Pacific"]  # fmt: skip
_PRESS_AUTHORS = ["Focus Taiwan", "Taipei Times", "CommonWealth Magazine (天下雜誌)", "Business Weekly", "TVBS News",
                  "SET News", "Taiwan News", "Digitimes", "Brain Magazine (動腦)", "United Daily News (聯合報)",
                  "Campaign Asia-Pacific", "自由時報"]  # fmt: skip
_SOCIAL = [("7-ELEVEN Taiwan", "Facebook"), ("全家便利商店 FamilyMart", "Facebook"), ("Gogoro", "Instagram"),
           ("momo購物網", "Facebook"), ("STARLUX Airlines", "Instagram"), ("LINE Pay 台灣", "Facebook"),
           ("Cathay United Bank", "LinkedIn"), ("Taiwan Mobile 台灣大哥大", "Facebook"), ("Din Tai Fung", "Instagram"),
           ("Kavalan Whisky", "Instagram"), ("Taiwan High Speed Rail", "X"), ("PX Mart 全聯福利中心", "Facebook"),
           ("Shopee Taiwan 蝦皮購物", "Instagram"), ("E.SUN Bank 玉山銀行", "LinkedIn"), ("Presotea", "TikTok")]  # fmt: skip
_CHANNELS = ["TVBS NEWS", "天下雜誌 CommonWealth Magazine", "Business Weekly 商業周刊", "公視新聞網 PNN", "Gogoro",
             "TaiwanPlus", "Focus Taiwan", "Brain 動腦", "Meet 創業小聚", "iKala"]  # fmt: skip
_PODCASTS = ["Taiwan Marketing Talk", "股癌 Gooaye", "百靈果 News", "The Taiwan Take", "Marketing Over Coffee Asia",
             "科技島讀 Stratechery-style Daily", "Taiwan Business Now", "Brand Story 品牌故事", "Ketagalan Media Podcast"]  # fmt: skip

# ---------------------------------------------------------------------------------------------------- titles
_TOPICS = ["mobile payment adoption", "convenience-store retail media", "LINE official accounts", "live-stream selling",
           "bubble tea brand loyalty", "cross-border e-commerce", "the New Southbound Policy", "ageing consumers",
           "Generation Z in Taipei", "Double Eleven promotions", "the membership economy", "online-merge-offline retail",
           "ESG disclosure", "greenwashing", "IP character collaborations", "collectible sticker promotions",
           "open banking", "digital-only banks", "insurtech", "5G adoption", "food-safety scandals and trust",
           "night-market tourism", "Hakka cultural branding", "indigenous tourism", "festival marketing",
           "electronic ticketing", "e-scooter battery swapping", "stored-value cards", "loyalty points",
           "influencer disclosure", "KOL marketing", "brand trust after data breaches", "omnichannel banking",
           "semiconductor employer branding", "airline service quality", "high-speed rail advertising"]  # fmt: skip
_ZH_TITLES = [("行動支付使用意圖之研究", "A study of intention to use mobile payment"),
              ("便利商店集點行銷對顧客忠誠度之影響", "The effect of convenience-store points promotions on customer loyalty"),
              ("網紅行銷與消費者購買意願", "Influencer marketing and consumers' purchase intention"),
              ("純網銀的品牌信任與採用", "Brand trust and adoption of digital-only banks"),
              ("手搖飲品牌形象之探討", "Brand image of hand-shaken tea drinks"),
              ("直播電商的顧客參與", "Customer engagement in live-stream commerce"),
              ("銀髮族的數位金融行為", "Digital finance behaviour of senior citizens"),
              ("客家文化節慶行銷", "Festival marketing and Hakka culture"),
              ("原住民族觀光與品牌建構", "Indigenous tourism and place branding"),
              ("企業社會責任與綠色消費", "Corporate social responsibility and green consumption"),
              ("會員經濟與零售創新", "The membership economy and retail innovation"),
              ("雙十一購物節消費行為", "Consumer behaviour on the Double Eleven shopping festival"),
              ("台灣保險業數位轉型", "Digital transformation of Taiwan's insurance industry"),
              ("電子票證與公共運輸", "Stored-value cards and public transport"),
              ("中秋節烤肉文化與品牌行銷", "Mid-Autumn barbecue culture and brand marketing")]  # fmt: skip
_JOURNALS = ["Asia Pacific Management Review", "Asia Pacific Journal of Marketing and Logistics",
             "Journal of Retailing and Consumer Services", "International Journal of Bank Marketing",
             "Journal of Business Research", "Telematics and Informatics", "Electronic Commerce Research and Applications",
             "Journal of Hospitality and Tourism Management", "Journal of Consumer Behaviour", "Journal of Global Marketing",
             "Asian Journal of Business Research", "Journal of Marketing Management", "Tourism Management",
             "International Journal of Information Management", "Journal of Service Theory and Practice"]  # fmt: skip
_ZH_JOURNALS = ["中山管理評論 [Sun Yat-sen Management Review]", "臺大管理論叢 [NTU Management Review]",
                "行銷評論 [Journal of Marketing Review]", "管理學報 [Journal of Management]",
                "資訊管理學報 [Journal of Information Management]", "觀光休閒學報 [Journal of Leisure and Tourism Research]",
                "Journal of Marketing Science (行銷科學學報)", "Taiwan Journal of Marketing Science"]  # fmt: skip
_UNIVERSITIES = [("National Taiwan University", "Taipei"), ("National Chengchi University", "Taipei"),
                 ("National Tsing Hua University", "Hsinchu"), ("National Cheng Kung University", "Tainan"),
                 ("Fu Jen Catholic University", "New Taipei"), ("Tamkang University", "New Taipei"),
                 ("National Sun Yat-sen University", "Kaohsiung"), ("National Central University", "Taoyuan"),
                 ("Yuan Ze University", "Taoyuan"), ("National Taiwan Normal University", "Taipei"),
                 ("Tunghai University", "Taichung"), ("國立政治大學", "台北"), ("國立臺灣大學", "台北")]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Pearson Education Taiwan", "Taipei"), ("McGraw-Hill Education (Asia)", "Singapore"),
               ("Hwa Tai Publishing (華泰文化)", "Taipei"), ("Best-Wise Publishing (前程文化)", "New Taipei"),
               ("Wu-Nan Book Inc. (五南圖書)", "Taipei"), ("Commonwealth Publishing (天下文化)", "Taipei"),
               ("Business Weekly Publications (商周出版)", "Taipei"), ("Routledge", "Abingdon"), ("Palgrave Macmillan", "Singapore"),
               ("Springer", "Singapore"), ("World Scientific", "Singapore"), ("Cengage Learning Asia", "Singapore"),
               ("SAGE", "London"), ("Kogan Page", "London"), ("Wiley", "Hoboken, NJ")]  # fmt: skip
_CONFERENCES = [("Proceedings of the Taiwan Academy of Management Annual Conference", "Taichung"),
                ("Proceedings of the International Conference on Electronic Business (ICEB)", "Taipei"),
                ("PACIS 2019 Proceedings", "Xi'an"), ("Pacific Asia Conference on Information Systems", "Taipei"),
                ("Academy of Marketing Science World Marketing Congress", "Kaohsiung"),
                ("ANZMAC Conference Proceedings", "Sydney"), ("Global Marketing Conference", "Tokyo"),
                ("中華民國管理科學學會年會論文集 [Proceedings of the Chinese Management Association]", "Taipei")]  # fmt: skip
_LAWS = ["Personal Data Protection Act (個人資料保護法)", "Fair Trade Act", "Consumer Protection Act",
         "Food Safety and Sanitation Management Act", "Financial Consumer Protection Act", "Electronic Payment Institutions Act",
         "Telecommunications Management Act", "Act Governing Electronic Payment Institutions", "Regulations on Financial Holding Companies",
         "Insurance Act", "Tobacco and Alcohol Administration Act", "公平交易法", "消費者保護法 [Consumer Protection Act]"]  # fmt: skip
_MARKETS = ["convenience stores", "hand-shaken tea", "mobile payments", "digital banking", "life insurance", "e-commerce",
            "whisky", "instant noodles", "electric scooters", "smartphones", "bakery cafés", "online travel"]  # fmt: skip


class Blind184WorkFactory(WorkFactory):
    """Works a Taiwanese or diaspora candidate cites, from a seeded random source of the pool's own."""

    # The kinds make() draws, with their weights, and the kinds of Work they give.
    DRAWN: ClassVar[dict[str, int]] = {"book": 12, "ebook": 3, "chapter": 6, "journal": 20, "zh-journal": 4, "thesis": 5, "conference": 4,
             "working-paper": 3, "company-web": 8, "company-report": 6, "trade-body": 5, "government": 7, "law": 3,
             "market-research": 7, "news": 8, "unsigned-news": 3, "social": 3, "video": 2, "podcast": 2,
             "undated-web": 4}  # fmt: skip
    KINDS = ("book", "chapter", "journal", "thesis", "conference", "report", "web", "legislation", "news", "social",
             "video", "podcast")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 184 + 18401)
        self.orgs_dated: list[tuple[str, set[str], int]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.56:
            family = rng.choice(_SURNAMES)
            style = rng.random()
            if style < 0.55:
                given = rng.choice(_GIVEN_HYPHEN)
            elif style < 0.7:
                given = rng.choice(_GIVEN_JOINED)
            elif style < 0.78:
                given = rng.choice(_GIVEN_SPACED)
            elif style < 0.93:
                given = rng.choice(_ENGLISH_GIVEN)
            else:
                given = f"{rng.choice(_ENGLISH_GIVEN)} {rng.choice(_GIVEN_HYPHEN)}"
            return {"family": family, "given": given}
        if roll < 0.61:
            family, given = rng.choice(_POJ)
        elif roll < 0.68:
            family, given = rng.choice(_INDIGENOUS)
        elif roll < 0.8:
            family, given = rng.choice(_REGIONAL)
        elif roll < 0.85:
            particle, family, given = rng.choice(_EXPAT_PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        elif roll < 0.92:
            family, given = rng.choice(_EXPATS)
        else:
            return super().person()
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 28, 16, 9, 5, 3, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def _hanzi_people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.randint(1, most)
        with_roman = self.rng.random() < 0.4
        names = self.rng.sample(_HANZI, count)
        return [{"literal": f"{zh} ({roman})" if with_roman else zh} for zh, roman in names]

    # ------------------------------------------------------------------ dates and addresses
    def year(self) -> int:
        if self.rng.random() < 0.06:  # the classics still on reading lists
            return self.rng.randint(1976, 2006)
        return self.rng.randint(2009, 2025)

    def online_year(self) -> int:
        return self.rng.randint(2012, 2024)

    def accessed_after(self, year: int) -> dict[str, list[list[int]]]:
        start = max(2023, year + 1)
        return {"date-parts": [[self.rng.randint(start, max(start, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}  # fmt: skip

    def _url(self, host: str) -> str:
        path = self.rng.choice(["news", "zh-tw/about", "en/newsroom", "article", "insights", "report", "tw/blog", "p"])
        return f"https://www.{host}/{path}/{self.rng.randint(10000, 9999999)}"

    def _host(self, name: str) -> str:
        letters = "".join(ch for ch in name.split(" (")[0].split(",")[0].lower() if ch.isascii() and ch.isalnum())
        return f"{letters[:18] or 'example'}.com.tw"

    def _online(self, record: dict[str, Any], host: str, year: int | None) -> None:
        record["URL"] = self._url(host)
        if self.rng.random() < 0.94:  # now and then the access date is left off by habit
            record["accessed"] = self.accessed_after(year or 2022)

    def _title(self) -> str:
        rng = self.rng
        topic = rng.choice(_TOPICS)
        other = rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]} in Taiwan: evidence from {rng.choice(['Taipei', 'Kaohsiung', 'Taichung', 'Hsinchu', 'Tainan'])}",
                 f"The effect of {topic} on {rng.choice(['brand loyalty', 'purchase intention', 'customer satisfaction', 'trust', 'word of mouth'])}",
                 f"{topic[0].upper()}{topic[1:]} and {other}", f"Understanding {topic} among Taiwanese consumers",
                 f"Why {topic} counts: lessons from East Asia", f"{topic[0].upper()}{topic[1:]}: a Taiwanese perspective",
                 f"Rethinking {topic} after COVID-19", f"From {topic} to {other}"]  # fmt: skip
        return rng.choice(forms)

    def _zh_title(self) -> str:
        zh, en = self.rng.choice(_ZH_TITLES)
        return f"{zh} [{en}]"

    # ------------------------------------------------------------------ making works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        if "literal" in first:
            lead = first["literal"]
        else:
            lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same body in the same year as an earlier work: "Financial Supervisory Commission, 2019a/b".
        same = [o for o in self.orgs_dated if o[1] == tags and o[0] != name]
        titled_year = any(ch.isdigit() for ch in str(record.get("title", "")))
        if same and "issued" in record and not titled_year and self.rng.random() < 0.2:
            name, tags, year = self.rng.choice(same)
            if "URL" in record and "company" in tags:
                record["URL"] = self._url(self._host(name))
            parts = record["issued"]["date-parts"][0]
            record["issued"] = {"date-parts": [[year, *parts[1:]]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(year)
            if record.get("publisher") and kind == "report":
                record["publisher"] = name
        if "issued" in record:
            self.orgs_dated.append((name, tags, record["issued"]["date-parts"][0][0]))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        chinese = "(" in publisher and self.rng.random() < 0.6
        record: dict[str, Any] = {
            "type": "book", "title": self._zh_title() if chinese else self._title(),
            "author": self._hanzi_people(2) if chinese and self.rng.random() < 0.5 else self._people(4),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
        }  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.choice([2, 2, 3, 3, 4, 5, 6, 8, 12, 16]))
        return self._person(record, "book")

    def _ebook(self) -> Work:
        work = self._book()
        year = int(work.year)
        work.record["medium"] = "e-book"
        if self.rng.random() < 0.6:
            host = self.rng.choice(["books.google.com.tw", "readmoo.com", "ebook.hyread.com.tw", "airitibooks.com"])
            work.record["URL"] = self._url(host)
            work.record["accessed"] = self.accessed_after(max(year, 2015))
        return work

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS[8:])
        start = self.rng.randint(1, 300)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["Marketing in Taiwan and Greater China", "The Routledge handbook of East Asian consumer culture",
                                                "Digital finance in Asia", "Retailing in Asia: a handbook", "Tourism and hospitality in Taiwan",
                                                "Taiwan's economy and society in the twenty-first century"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 80)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{start}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = f"10.{self.rng.choice(['1016', '1108', '1080', '1002', '6160', '6126'])}/{self.rng.choice(['j.jretconser', 'IJBM', 'APMR', 'cb', 'j.tele'])}.{self.rng.randint(2010, 2025)}.{self.rng.randint(100, 99999)}"  # fmt: skip
        return self._person(record, "journal")

    def _zh_journal(self) -> Work:
        work = self._journal()
        work.record["container-title"] = self.rng.choice(_ZH_JOURNALS)
        if self.rng.random() < 0.5:
            work.record["title"] = self._zh_title()
        if self.rng.random() < 0.5:
            work.record["author"] = self._hanzi_people(3)
            work.lead = work.record["author"][0]["literal"]
            work.authors = len(work.record["author"])
        return work

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        chinese = not university.isascii() or self.rng.random() < 0.4
        record: dict[str, Any] = {
            "type": "thesis", "title": self._zh_title() if chinese else self._title(),
            "author": self._hanzi_people(1) if chinese and self.rng.random() < 0.5 else [self.person()],
            "genre": self.rng.choice(["Master's thesis", "MBA thesis", "PhD thesis", "EMBA thesis", "碩士論文 [Master's thesis]"]),
            "publisher": university, "publisher-place": place, "issued": {"date-parts": [[self.rng.randint(2008, 2024)]]},
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = f"https://hdl.handle.net/11296/{self.fakers['en_GB'].lexify('??????').lower()}"
            record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0][0])
        return self._person(record, "thesis")

    def _conference(self) -> Work:
        container, place = self.rng.choice(_CONFERENCES)
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": container, "publisher-place": place, "issued": {"date-parts": [[self.year()]]},
        }  # fmt: skip
        if self.rng.random() < 0.5:
            start = self.rng.randint(1, 400)
            record["page"] = f"{start}-{start + self.rng.randint(5, 12)}"
        return self._person(record, "conference")

    def _working_paper(self) -> Work:
        publisher = self.rng.choice(["Taiwan Institute of Economic Research", "Chung-Hua Institution for Economic Research",
                                     "Institute for Information Industry", "Academia Sinica", "Central Bank of the Republic of China (Taiwan)"])  # fmt: skip
        record: dict[str, Any] = {
            "type": "report", "title": self._title(), "author": self._people(3), "publisher": publisher,
            "publisher-place": "Taipei", "issued": {"date-parts": [[self.year()]]},
        }  # fmt: skip
        return self._person(record, "report")

    def _company_web(self) -> Work:
        name = self.rng.choice(_COMPANIES)
        year = self.online_year()
        title = self.rng.choice([f"About {name.split(' Co')[0]}", "Sustainability", "Newsroom: membership programme relaunched",
                                 "品牌故事 [Our brand story]", "Investor relations", "ESG report highlights",
                                 f"{self.rng.choice(_TOPICS).capitalize()}: our approach", "Privacy policy"])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": title, "issued": {"date-parts": [[year]]}}
        self._online(record, self._host(name), year)
        return self._org(record, "web", name, {"company"})

    def _company_report(self) -> Work:
        name = self.rng.choice(_COMPANIES)
        year = self.online_year()
        minguo = year - 1911
        title = self.rng.choice([f"Annual report {year}", f"{year} sustainability report", f"民國{minguo}年年報 [{year} annual report]",
                                 f"Corporate sustainability report {year}", f"{year}年永續報告書 [{year} sustainability report]",
                                 f"Investor conference presentation Q{self.rng.randint(1, 4)} {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name, "publisher-place": "Taipei"}  # fmt: skip
        if self.rng.random() < 0.7:
            self._online(record, self._host(name), year)
        return self._org(record, "report", name, {"company"})

    def _trade_body(self) -> Work:
        name = self.rng.choice(_BODIES)
        year = self.online_year()
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = "Taipei"
        self._online(record, "example.org.tw", year)
        return self._org(record, "report" if record["type"] == "report" else "web", name, {"trade-body"})

    def _government(self) -> Work:
        name = self.rng.choice(_GOVERNMENT)
        year = self.online_year()
        minguo = year - 1911
        survey = f"{minguo}年家庭收支調查報告 [Report on the survey of family income and expenditure, {year}]"
        if "Budget" not in name and "主計" not in name:  # the household survey is the statistics office's
            survey = f"{minguo}年施政計畫 [Administrative plan for {year}]"
        title = self.rng.choice([self._title(), survey,
                                 f"Press release: {self.rng.choice(_TOPICS)}", f"Guidelines on {self.rng.choice(_TOPICS)}",
                                 f"Annual report {year}", f"Statistical yearbook {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        self._online(record, "example.gov.tw", year)
        return self._org(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _law(self) -> Work:
        year = self.rng.choice([2015, 2017, 2019, 2021, 2022, 2023, 2024])
        name = self.rng.choice(["Laws & Regulations Database of The Republic of China (Taiwan)", "Ministry of Justice",
                                "全國法規資料庫"])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": f"{self.rng.choice(_LAWS)} (amended {year})",
                                  "issued": {"date-parts": [[year]]},
                                  "URL": f"https://law.moj.gov.tw/ENG/LawClass/LawAll.aspx?pcode={self.rng.choice('ABCDEGIJ')}{self.rng.randint(10000, 99999):07d}",
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org(record, "legislation", name, {"government", "legislation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.online_year()
        market = self.rng.choice(_MARKETS)
        title = self.rng.choice([f"{market.capitalize()} in Taiwan {year}", f"Taiwan {market} market report {year}",
                                 f"Taiwan Internet Report {year}", f"{year}年台灣消費趨勢 [Taiwan consumer trends {year}]",
                                 f"Asia Pacific {market}: country focus Taiwan, {year}", f"Consumer confidence in Taiwan, Q{self.rng.randint(1, 4)} {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" (")[0]}
        if self.rng.random() < 0.92:
            record["issued"] = {"date-parts": [[year]]}
        self._online(record, "example.com", year)
        return self._org(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        year = self.online_year()
        paper = self.rng.choice(_PRESS)
        title = self._zh_title() if not paper.isascii() and self.rng.random() < 0.7 else self._title()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": title, "author": self._people(2), "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
        }  # fmt: skip
        self._online(record, "example-news.com.tw", year)
        return self._person(record, "news")

    def _unsigned_news(self) -> Work:
        year = self.online_year()
        name = self.rng.choice(_PRESS_AUTHORS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": name.split(" (")[0],
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
        }  # fmt: skip
        self._online(record, "example-news.com.tw", year)
        return self._org(record, "news", name, {"press"})

    def _social(self) -> Work:
        name, platform = self.rng.choice(_SOCIAL)
        year = self.online_year()
        record: dict[str, Any] = {
            "type": "post", "title": self.rng.choice(["中秋節快樂！限定禮盒開賣 [Happy Mid-Autumn! Limited gift boxes on sale]",
                                                      "Double Eleven starts at midnight", "新品上市 [New arrivals]",
                                                      "Thank you for 1 million followers", "Lunar New Year lucky bags are back",
                                                      "Ghost Month offerings: our guide", "Double Ten holiday opening hours"]),
            "container-title": platform, "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
        }  # fmt: skip
        self._online(record, f"{platform.lower()}.com", year)
        return self._org(record, "social", name, {"company", "social"})

    def _video(self) -> Work:
        year = self.online_year()
        record: dict[str, Any] = {
            "type": "motion_picture", "title": self._title(), "medium": "YouTube",
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
        }  # fmt: skip
        self._online(record, "youtube.com", year)
        if self.rng.random() < 0.4:
            record["author"] = [self.person()]
            return self._person(record, "video")
        return self._org(record, "video", self.rng.choice(_CHANNELS), {"company"})

    def _podcast(self) -> Work:
        year = self.online_year()
        record: dict[str, Any] = {
            "type": "song", "title": f"Ep. {self.rng.randint(3, 420)}: {self._title()}", "medium": "Podcast",
            "container-title": self.rng.choice(_PODCASTS), "author": self._people(2),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
        }  # fmt: skip
        self._online(record, "podcasts.apple.com", year)
        return self._person(record, "podcast")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice([self._title(), "常見問題 [Frequently asked questions]",
                                                                              "Membership terms and conditions", "Store locator", "Our story"])}  # fmt: skip
        if self.rng.random() < 0.3:
            self._online(record, "example.com.tw", None)
            record["author"] = self._people(2)
            return self._person(record, "web")
        name = self.rng.choice(_COMPANIES + _BODIES)
        self._online(record, self._host(name), None)
        return self._org(record, "web", name, {"undated"})
