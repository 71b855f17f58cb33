"""Works for the fiftieth held-out pool, "blind50": what platform, social-commerce and gaming marketers in Greater
China, Japan and Korea cite on CIM Level 6 and 7 courses and MSc International Marketing programmes taught in English.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a fiftieth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from what these writers put in
their reference lists: journal articles in English with one to eight authors (Chinese, Hong Kong, Taiwanese,
Japanese, Korean and Western expatriate names, pinyin and Wade-Giles, hyphenated given names, macrons, particles),
textbooks and handbook chapters, platform owners' and brands' pages and annual reports (Tencent Holdings Ltd.,
Samsung Electronics Co., Ltd., Kabushiki Kaisha forms, "&", apostrophes, "plc", abbreviations), research firms and
consultancies (iResearch, QuestMobile, Nielsen, Dentsu, Hakuhodo, Kantar, McKinsey & Company, KOCCA), regulators
and statistics offices, the laws they meet (the PIPL, the APPI, Korea's PIPA, Hong Kong's PDPO) under the body that
made or translated them, English translations of Chinese, Japanese and Korean sources with romanised titles, the
regional and trade press, conference papers, dissertations, videos, posts and podcasts; web pages with and without
dates or access dates, and one author's or one firm's two works of a year.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

# ---------------------------------------------------------------------- people
# Mainland names in pinyin (family, given), as English-language journals print them: given name whole.
_PINYIN_FAMILY = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma",
                  "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Deng",
                  "Feng", "Han", "Cao", "Lü", "Ouyang", "Peng", "Jiang", "Yu", "Dong", "Xiao", "Cheng", "Pan", "Du",
                  "Wei", "Shen", "Yuan", "Fan", "Qian", "Sima", "Zhuge"]  # fmt: skip
_PINYIN_GIVEN = ["Jianguo", "Xiaoming", "Yiwen", "Zihan", "Haoran", "Yuting", "Jing", "Lei", "Wei", "Fang", "Min",
                 "Xinyi", "Ruoxi", "Zhiwei", "Mengqi", "Yifan", "Shuang", "Tingting", "Jiayi", "Hao", "Xue",
                 "Qiang", "Lina", "Dandan", "Yuxuan", "Siyu", "Kexin", "Bo", "Chenxi", "Ziyi", "Xiao-Ming",
                 "Yu-Hang", "Jia-Le"]  # fmt: skip
# Hong Kong and Taiwan names in Wade-Giles or Cantonese romanisation, hyphenated given names, some with an English name.
_HK_TW_FAMILY = ["Chang", "Hsu", "Chiang", "Tsai", "Cheung", "Wong", "Chan", "Leung", "Ng", "Lau", "Yeung", "Tse",
                 "Kwok", "Ho", "Lai", "Chou", "Hsieh", "Kuo", "Tseng", "Chu", "Lo", "Fung", "Mak", "Yip", "Chiu",
                 "Szeto", "Au-Yeung"]  # fmt: skip
_HK_TW_GIVEN = ["Chia-Hui", "Wei-Ting", "Ka-Wai", "Siu-Ming", "Yu-Chen", "Pei-Shan", "Chun-Kit", "Mei-Ling",
                "Hsiao-Wen", "Kwok-Leung", "Wing-Sze", "Tsz-Ching", "Ming-Hsuan", "Yi-Ling", "Kelvin Ka-Ho",
                "Vivian Wing-Yan", "Jason", "Michelle", "Ivan Chun-Hei", "Cherry"]  # fmt: skip
_JAPANESE_FAMILY = ["Tanaka", "Satō", "Sato", "Suzuki", "Takahashi", "Watanabe", "Itō", "Ito", "Yamamoto",
                    "Nakamura", "Kobayashi", "Katō", "Yoshida", "Yamada", "Sasaki", "Matsumoto", "Inoue", "Kimura",
                    "Hayashi", "Shimizu", "Mori", "Ikeda", "Ōno", "Ohno", "Saitō", "Kondō", "Gotō", "Ōta",
                    "Hasegawa", "Fujiwara", "Okada", "Nishimura", "Ishikawa", "Murakami", "Kōno"]  # fmt: skip
_JAPANESE_GIVEN = ["Haruka", "Yuto", "Daisuke", "Keiko", "Shōta", "Shota", "Aiko", "Hiroshi", "Yui", "Ren",
                   "Takumi", "Misaki", "Kenji", "Naoko", "Ryōsuke", "Sakura", "Kaito", "Emi", "Tomoko", "Yūki",
                   "Masahiro", "Ayumi"]  # fmt: skip
_KOREAN_FAMILY = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo",
                  "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Jeon", "Ko", "Moon", "Baek", "Nam-Koong",
                  "Yi", "Rhee"]  # fmt: skip
_KOREAN_GIVEN = ["Min-Jun", "Seo-Yeon", "Ji-Hoon", "Ha-Eun", "Do-Yoon", "Ji-Woo", "Hyun-Woo", "Soo-Jin",
                 "Jae-Won", "Eun-Ji", "Sung-Min", "Yeon-Woo", "Dong-Hyun", "Na-Rae", "Jiyoung", "Minseo",
                 "Hyejin", "Taeyang", "Seung-Hoon", "Bo-Ra"]  # fmt: skip
_EXPAT_LOCALES = ["en_GB", "en_GB", "en_US", "en_AU", "de_DE", "fr_FR", "nl_NL", "en_IE", "es_ES"]

# ---------------------------------------------------------------------- organisations
# (name as author, tags); real firms, agencies, researchers and bodies these writers cite.
_COMPANIES = [
    ("Tencent Holdings Ltd.", {"company", "abbreviation"}), ("Tencent", {"company"}),
    ("Alibaba Group", {"company"}), ("Alibaba Group Holding Limited", {"company"}),
    ("ByteDance", {"company"}), ("ByteDance Ltd.", {"company", "abbreviation"}), ("JD.com, Inc.", {"company", "comma"}),
    ("JD.com", {"company", "punctuation"}), ("Meituan", {"company"}), ("PDD Holdings Inc.", {"company"}),
    ("Kuaishou Technology", {"company"}), ("Bilibili Inc.", {"company"}), ("Xiaohongshu", {"company"}),
    ("NetEase, Inc.", {"company", "comma"}), ("Sony Group Corporation", {"company"}),
    ("Nintendo Co., Ltd.", {"company", "comma"}), ("Bandai Namco Holdings Inc.", {"company"}),
    ("Square Enix Holdings Co., Ltd.", {"company", "comma"}), ("Rakuten Group, Inc.", {"company", "comma"}),
    ("LY Corporation", {"company"}), ("Mercari, Inc.", {"company", "comma"}), ("Fast Retailing Co., Ltd.", {"company", "comma"}),
    ("Shiseido Company, Limited", {"company", "comma"}), ("Kabushiki Kaisha Pokémon", {"company", "accent"}),
    ("Samsung Electronics Co., Ltd.", {"company", "comma"}), ("CJ ENM", {"company", "acronym"}),
    ("Kakao Corp.", {"company"}), ("NAVER Corporation", {"company"}), ("Coupang, Inc.", {"company", "comma"}),
    ("Krafton, Inc.", {"company", "comma"}), ("Nexon Co., Ltd.", {"company", "comma"}), ("Amorepacific", {"company"}),
    ("HYBE", {"company", "acronym"}), ("Lotte Shopping", {"company"}), ("HoYoverse", {"company"}),
    ("McDonald's Holdings Company (Japan), Ltd.", {"company", "apostrophe", "comma"}),
    ("L'Oréal China", {"company", "apostrophe", "accent"}), ("Procter & Gamble", {"company", "ampersand"}),
    ("Burberry Group plc", {"company", "plc"}), ("HSBC Holdings plc", {"company", "plc"}),
    ("Swire Pacific Limited", {"company"}), ("Cathay Pacific Airways Limited", {"company"}),
    ("Dentsu Group Inc.", {"company"}), ("Dentsu", {"company"}), ("Hakuhodo DY Holdings", {"company"}),
    ("Ogilvy", {"company"}), ("WPP", {"company", "acronym"}), ("Publicis Groupe", {"company"}),
]  # fmt: skip
_RESEARCH = [
    ("iResearch", {"market-research"}), ("iResearch Consulting Group", {"market-research"}),
    ("QuestMobile", {"market-research"}), ("Nielsen", {"market-research"}), ("NielsenIQ", {"market-research"}),
    ("Kantar", {"market-research"}), ("Kantar Worldpanel", {"market-research"}),
    ("McKinsey & Company", {"consultancy", "ampersand"}), ("Bain & Company", {"consultancy", "ampersand"}),
    ("Boston Consulting Group (BCG)", {"consultancy", "abbreviation"}), ("Deloitte China", {"consultancy"}),
    ("KPMG China", {"consultancy", "acronym"}), ("PwC", {"consultancy", "acronym"}), ("Ernst & Young", {"consultancy", "ampersand"}),
    ("Euromonitor International", {"market-research"}), ("Statista", {"market-research"}), ("eMarketer", {"market-research"}),
    ("Newzoo", {"market-research"}), ("Niko Partners", {"market-research"}), ("Sensor Tower", {"market-research"}),
    ("data.ai", {"market-research", "punctuation"}), ("Mintel", {"market-research"}), ("GWI", {"market-research", "acronym"}),
    ("Hakuhodo Institute of Life and Living", {"market-research"}), ("Dentsu Institute", {"market-research"}),
    ("Macromill, Inc.", {"market-research", "comma"}), ("Embrain", {"market-research"}), ("Gallup Korea", {"market-research"}),
    ("Ipsos", {"market-research"}), ("Jing Daily", {"press"}), ("We Are Social & Meltwater", {"company", "ampersand"}),
]  # fmt: skip
_GOVERNMENT = [
    ("China Internet Network Information Center (CNNIC)", {"government", "abbreviation"}),
    ("Ministry of Commerce of the People's Republic of China", {"government", "apostrophe"}),
    ("Cyberspace Administration of China", {"government"}), ("State Administration for Market Regulation", {"government"}),
    ("National Bureau of Statistics of China", {"government"}), ("People's Bank of China", {"government", "apostrophe"}),
    ("Ministry of Internal Affairs and Communications", {"government"}),
    ("Ministry of Economy, Trade and Industry (METI)", {"government", "comma", "abbreviation"}),
    ("Consumer Affairs Agency", {"government"}), ("Japan Tourism Agency", {"government"}),
    ("Japan External Trade Organization (JETRO)", {"government", "abbreviation"}),
    ("Personal Information Protection Commission", {"government"}), ("Statistics Bureau of Japan", {"government"}),
    ("Korea Fair Trade Commission", {"government"}), ("Ministry of Science and ICT", {"government"}),
    ("Korea Creative Content Agency (KOCCA)", {"government", "abbreviation"}), ("KOCCA", {"government", "acronym"}),
    ("Statistics Korea", {"government"}), ("Game Rating and Administration Committee", {"government"}),
    ("Korea Communications Commission", {"government"}),
    ("Hong Kong Trade Development Council", {"government"}), ("HKTDC", {"government", "acronym"}),
    ("Census and Statistics Department", {"government"}),
    ("Office of the Privacy Commissioner for Personal Data", {"government"}),
    ("Computer Entertainment Rating Organization", {"government"}), ("Department for Business and Trade", {"government"}),
    ("Japan Fair Trade Commission", {"government"}), ("Ministry of Economic Affairs", {"government"}),
]  # fmt: skip
# Laws under the body that made or translated them: (author, title, year).
_LAWS = [
    ("Standing Committee of the National People's Congress", "Personal Information Protection Law of the People's Republic of China", 2021),
    ("Standing Committee of the National People's Congress", "E-Commerce Law of the People's Republic of China", 2018),
    ("Standing Committee of the National People's Congress", "Advertising Law of the People's Republic of China (2021 Amendment)", 2021),
    ("Standing Committee of the National People's Congress", "Data Security Law of the People's Republic of China", 2021),
    ("Standing Committee of the National People's Congress", "Anti-Unfair Competition Law of the People's Republic of China", 2019),
    ("Cyberspace Administration of China", "Provisions on the Administration of Algorithmic Recommendations for Internet Information Services", 2022),
    ("Cyberspace Administration of China", "Measures for the Administration of Live-Streaming Marketing (Trial)", 2021),
    ("State Administration for Market Regulation", "Measures for the Administration of Internet Advertising", 2023),
    ("Personal Information Protection Commission", "Act on the Protection of Personal Information (Act No. 57 of 2003, as amended)", 2022),
    ("Consumer Affairs Agency", "Act against Unjustifiable Premiums and Misleading Representations", 2023),
    ("Korea Legislation Research Institute", "Personal Information Protection Act", 2023),
    ("Korea Legislation Research Institute", "Game Industry Promotion Act", 2022),
    ("Korea Legislation Research Institute", "Act on the Consumer Protection in Electronic Commerce", 2022),
    ("Hong Kong e-Legislation", "Personal Data (Privacy) Ordinance (Cap. 486)", 2021),
    ("Laws & Regulations Database of The Republic of China (Taiwan)", "Personal Data Protection Act", 2023),
]  # fmt: skip

# ---------------------------------------------------------------------- titles
_TOPICS = ["live-streaming commerce", "KOL marketing", "KOC seeding", "social commerce", "private traffic",
           "mini-program retail", "Singles' Day promotions", "the 618 festival", "guochao brands", "C-beauty",
           "K-beauty exports", "parasocial interaction", "virtual idols", "in-game purchases", "gacha mechanics",
           "mobile game user acquisition", "esports sponsorship", "fan economy", "cross-border e-commerce",
           "Tmall Global", "Douyin e-commerce", "Xiaohongshu notes", "Bilibili communities", "LINE official accounts",
           "KakaoTalk gifting", "Naver Smart Store", "Coupang Rocket Delivery", "webtoon IP", "K-drama product placement",
           "anime collaborations", "convenience-store marketing", "omotenashi in service design", "oshikatsu spending",
           "Gen Z consumers", "silver consumers", "lower-tier cities", "consumer trust", "data privacy concerns",
           "algorithmic recommendation", "short-video advertising", "WeChat Pay", "super-apps", "brand localisation",
           "country-of-origin effects", "luxury resale", "digital red envelopes", "livestreamer credibility",
           "impulse buying", "flash sales", "group buying", "membership programmes", "virtual gifting"]  # fmt: skip
_PLACES = ["China", "mainland China", "Hong Kong", "Taiwan", "Japan", "South Korea", "Korea", "Greater China",
           "East Asia", "Shanghai", "Seoul", "Tokyo", "the Asia-Pacific"]  # fmt: skip
_SUBJECTS = ["Chinese consumers", "Japanese shoppers", "Korean Gen Z", "Taiwanese millennials", "Hong Kong shoppers",
             "mobile gamers", "beauty buyers", "young women", "first-tier city consumers", "cross-border sellers",
             "fans", "livestream viewers"]  # fmt: skip
_ROMANISED = [
    ("zh", "Zhongguo zhibo dianshang hangye yanjiu baogao", "Research report on China's live-streaming e-commerce industry"),
    ("zh", "Wanghong jingji yu pinpai chuanbo", "The influencer economy and brand communication"),
    ("zh", "Xiaohongshu zhongcao yingxiao shiwu", "Seeding marketing on Xiaohongshu in practice"),
    ("zh", "Shejiao dianshang: sixu liuliang de luoji", "Social commerce: the logic of private traffic"),
    ("zh", "Guochao pinpai de jueqi", "The rise of guochao brands"),
    ("zh", "Xiaofeizhe xingwei yu shuzi yingxiao", "Consumer behaviour and digital marketing"),
    ("zh", "Pinpai chuhai: kuajing dianshang zhinan", "Brands going global: a guide to cross-border e-commerce"),
    ("ja", "Shōhisha kōdō to dejitaru māketingu", "Consumer behaviour and digital marketing"),
    ("ja", "Oshikatsu keizai no kenkyū", "A study of the oshikatsu economy"),
    ("ja", "Konbini māketingu ron", "On convenience-store marketing"),
    ("ja", "Gēmu sangyō hakusho", "White paper on the game industry"),
    ("ja", "Seikatsusha no yokkyū", "The desires of sei-katsu-sha"),
    ("ko", "Hallyu-ui gyeongjehak", "The economics of Hallyu"),
    ("ko", "Keonten-cheu saneop baekseo", "Content industry white paper"),
    ("ko", "Jeonja sangeorae sobija boho", "Consumer protection in electronic commerce"),
    ("ko", "Daehanminguk geim baekseo", "White paper on Korean games"),
]  # fmt: skip
_JOURNALS = ["Journal of Interactive Marketing", "Asia Pacific Journal of Marketing and Logistics", "Journal of Global Marketing",
             "International Marketing Review", "Journal of International Marketing", "Journal of Retailing and Consumer Services",
             "Electronic Commerce Research and Applications", "Internet Research", "Journal of Business Research",
             "Psychology & Marketing", "Asia Pacific Business Review", "Journal of Consumer Behaviour", "Computers in Human Behavior",
             "Telematics and Informatics", "International Journal of Advertising", "Journal of Advertising Research",
             "Games and Culture", "Asian Business & Management", "Journal of Brand Management", "Chinese Management Studies",
             "Journal of Korea Trade", "Japanese Journal of Marketing", "Asia Pacific Journal of Management",
             "Journal of Research in Interactive Marketing", "Information & Management"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Routledge", "London"), ("Palgrave Macmillan", "Singapore"),
               ("Palgrave Macmillan", "London"), ("Springer", "Cham"), ("Springer", "Singapore"), ("Kogan Page", "London"),
               ("Pearson", "Harlow"), ("Sage", "London"), ("Edward Elgar", "Cheltenham"), ("Oxford University Press", "Oxford"),
               ("Hong Kong University Press", "Hong Kong"), ("Cambridge University Press", "Cambridge"),
               ("Wiley", "Hoboken, NJ"), ("Emerald Publishing", "Bingley"), ("World Scientific", "Singapore"),
               ("Tuttle Publishing", "Tokyo")]  # fmt: skip
_TRANSLATED_PUBLISHERS = {
    "zh": [
        ("Dianzi Gongye Chubanshe", "Beijing"),
        ("Zhongxin Chubanshe", "Beijing"),
        ("Shanghai Renmin Chubanshe", "Shanghai"),
        ("Commonwealth Publishing", "Taipei"),
    ],
    "ja": [("Nikkei BP", "Tokyo"), ("Diamond-sha", "Tokyo"), ("Tōyō Keizai Shinpōsha", "Tokyo")],
    "ko": [("Hanbit Media", "Seoul"), ("Maeil Business Publishing", "Seoul")],
}
# Bodies whose reports students read in translation, by language: (author, publisher, place).
_TRANSLATED_BODIES = {
    "zh": [("iResearch", "iResearch", "Shanghai"), ("China Internet Network Information Center (CNNIC)", "CNNIC", "Beijing"),
           ("Ministry of Commerce of the People's Republic of China", "China Commerce and Trade Press", "Beijing")],
    "ja": [("Dentsu Institute", "Dentsu Institute", "Tokyo"), ("Ministry of Internal Affairs and Communications", "Nikkei Insatsu", "Tokyo"),
           ("Hakuhodo Institute of Life and Living", "Hakuhodo", "Tokyo")],
    "ko": [("Korea Creative Content Agency (KOCCA)", "KOCCA", "Naju"), ("Statistics Korea", "Statistics Korea", "Daejeon")],
}  # fmt: skip
_NEWS = ["South China Morning Post", "Nikkei Asia", "The Korea Herald", "The Japan Times", "Caixin Global",
         "Korea JoongAng Daily", "Financial Times", "Reuters", "Bloomberg", "Sixth Tone", "Focus Taiwan",
         "The Korea Times", "China Daily", "The Straits Times", "Taipei Times", "The Standard"]  # fmt: skip
_TRADE = ["Campaign Asia-Pacific", "Marketing-Interactive", "Jing Daily", "KrASIA", "TechNode", "Pandaily",
          "Dao Insights", "GamesIndustry.biz", "PocketGamer.biz", "Automaton", "The Drum", "Rest of World",
          "WARC", "Branding in Asia", "Tech in Asia"]  # fmt: skip
_UNIVERSITIES = ["University of Hong Kong", "Chinese University of Hong Kong", "National Taiwan University", "Waseda University",
                 "Keio University", "Yonsei University", "Korea University", "University of Nottingham Ningbo China",
                 "Xi'an Jiaotong-Liverpool University", "University of Leeds", "King's College London", "University of Manchester",
                 "Hitotsubashi University", "Fudan University"]  # fmt: skip
_CONFERENCES = ["Proceedings of the Pacific Asia Conference on Information Systems (PACIS)",
                "Proceedings of the Academy of Marketing Science World Marketing Congress",
                "Proceedings of the AIB Asia Pacific Conference", "Proceedings of DiGRA International Conference",
                "Proceedings of the Global Marketing Conference", "Proceedings of the Academy of Marketing Conference",
                "Proceedings of the International Conference on Electronic Business (ICEB)"]  # fmt: skip
_DOMAINS = ["tencent.com", "alibabagroup.com", "bytedance.com", "xiaohongshu.com", "qq.com", "weixin.qq.com",
            "sony.com", "nintendo.co.jp", "samsung.com", "kakaocorp.com", "navercorp.com", "cjenm.com", "jd.com",
            "iresearch.com.cn", "questmobile.com.cn", "nielsen.com", "kantar.com", "mckinsey.com", "dentsu.co.jp",
            "hakuhodo.co.jp", "kocca.kr", "cnnic.com.cn", "meti.go.jp", "ppc.go.jp", "hktdc.com", "stat.go.jp",
            "kostat.go.kr", "medium.com", "substack.com", "linkedin.com"]  # fmt: skip


class Blind50WorkFactory(WorkFactory):
    """The blind50 pool's works: East Asian and expatriate authors, platforms, research firms, regulators and laws."""

    KINDS = ("book", "chapter", "journal", "web", "report", "market-research", "company-report", "government",
             "legislation", "news", "trade-press", "translated", "conference", "thesis", "video", "social", "podcast")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 97 + 50050)
        for index, locale in enumerate(sorted(set(_EXPAT_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.dated_organisations: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.28:
            return {"family": self.rng.choice(_PINYIN_FAMILY), "given": self.rng.choice(_PINYIN_GIVEN)}
        if roll < 0.40:
            return {"family": self.rng.choice(_HK_TW_FAMILY), "given": self.rng.choice(_HK_TW_GIVEN)}
        if roll < 0.58:
            return {"family": self.rng.choice(_JAPANESE_FAMILY), "given": self.rng.choice(_JAPANESE_GIVEN)}
        if roll < 0.76:
            return {"family": self.rng.choice(_KOREAN_FAMILY), "given": self.rng.choice(_KOREAN_GIVEN)}
        if roll < 0.80:  # a Western given name on an East Asian family name: "Chen, Michelle", "Park, Daniel"
            family = self.rng.choice(_PINYIN_FAMILY[:20] + _KOREAN_FAMILY[:10] + _HK_TW_FAMILY[:10])
            return {"family": family, "given": self.fakers["en_US"].first_name()}
        fake = self.fakers[self.rng.choice(_EXPAT_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        words = family.split()
        particle = []
        while len(words) > 1 and words[0].islower():
            particle.append(words.pop(0))
        name = {"family": " ".join(words), "given": given}
        if particle:
            name["non-dropping-particle"] = " ".join(particle)
        elif self.rng.random() < 0.08:
            name["family"] = f"{name['family']}-{self.fakers['en_GB'].last_name().split('-')[0]}"
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        weights = [34, 28, 16, 9, 5, 4, 2, 2][:most]
        return [self.person() for _ in range(self.rng.choices(range(1, most + 1), weights=weights)[0])]

    def organisation(self) -> tuple[str, set[str]]:
        roll = self.rng.random()
        table = _COMPANIES if roll < 0.45 else _RESEARCH if roll < 0.8 else _GOVERNMENT
        name, tags = self.rng.choice(table)
        return name, set(tags)

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.06:  # the classics still cited on Level 7 courses
            return self.rng.randint(1986, 2011)
        return self.rng.randint(2013, 2025)

    def _issued(self, full: bool = False) -> dict[str, list[list[int]]]:
        year = self.year() if not full else self.rng.randint(2016, 2025)
        if full:
            return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        return {"date-parts": [[year]]}

    def _accessed_after(self, record: dict[str, Any]) -> dict[str, list[list[int]]]:
        issued = record.get("issued", {"date-parts": [[2020]]})["date-parts"][0]
        year = self.rng.randint(max(issued[0], 2022), 2025)
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if year == issued[0] and len(issued) > 1:
            month = self.rng.randint(issued[1], 12)
            day = self.rng.randint(issued[2] if month == issued[1] and len(issued) > 2 else 1, 28)
        return {"date-parts": [[year, month, day]]}

    def _url(self, domain: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        return f"https://www.{domain or self.rng.choice(_DOMAINS)}/{fake.slug()}"

    def _online(self, record: dict[str, Any], access: float = 0.88) -> None:
        record.setdefault("URL", self._url())
        if self.rng.random() < access:
            record["accessed"] = self._accessed_after(record)

    def _id(self) -> str:
        self.counter += 1
        return f"b50w{self.counter}"

    def _title(self) -> str:
        topic, other = self.rng.choice(_TOPICS), self.rng.choice(_TOPICS)
        place, who = self.rng.choice(_PLACES), self.rng.choice(_SUBJECTS)
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {place}: evidence from {who}",
            f"How {topic} shapes purchase intention among {who}",
            f"The effect of {topic} on {other}: a study of {who} in {place}",
            f"{topic[0].upper()}{topic[1:]} and {other}",
            f"Understanding {topic} in {place}",
            f"Why {who} trust {topic}",
            f"From {topic} to {other}: lessons from {place}",
            f"{topic[0].upper()}{topic[1:]}: a systematic literature review",
            f"Rethinking {topic} after COVID-19",
            f"{topic[0].upper()}{topic[1:]} in {place}, {self.rng.randint(2015, 2024)}-{self.rng.randint(2025, 2030)}",
            f"Drivers of {topic} among {who}: an S-O-R perspective",
            f"What {place} can teach brands about {topic}",
        ]
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = (
            kind or self.rng.choices(list(self.KINDS), weights=[9, 4, 24, 11, 6, 8, 6, 5, 3, 7, 6, 4, 2, 2, 2, 3, 2])[0]
        )
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        return work

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same firm in the same year as an earlier work: "QuestMobile (2024a)" and "(2024b)".
        reusable = kind in ("web", "government")
        if reusable and self.dated_organisations and "issued" in record and self.rng.random() < 0.1:
            name, tags, issued = self.rng.choice(self.dated_organisations)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record)
            if record.get("publisher") and kind in ("report", "market-research", "company-report"):
                record["publisher"] = name.split(" (")[0]
        if reusable and "issued" in record:
            self.dated_organisations.append((name, set(tags), record["issued"]))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, set(tags) | {"organisation"})

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        if self.rng.random() < 0.12:  # an e-book read online
            record["URL"] = self._url(self.rng.choice(["books.google.co.uk", "ebookcentral.proquest.com"]))
            record["accessed"] = self._accessed_after(record)
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The Routledge handbook of digital consumption in Asia",
                                                "Digital marketing in East Asia", "Social commerce in the Asia-Pacific",
                                                "The Palgrave handbook of games and marketing", "Hallyu 2.0 and global fandom",
                                                "Marketing in China: cases and concepts", "Japanese consumer culture"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 320))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 68)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(9, 26)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 1200)}/{self.fakers['en_GB'].lexify('????').upper()}-{self.rng.randint(1000, 99999)}"
            )
        elif self.rng.random() < 0.15:
            record["URL"] = self._url(self.rng.choice(["sciencedirect.com", "emerald.com", "tandfonline.com"]))
            record["accessed"] = self._accessed_after(record)
        return self._person_work(record, "journal")

    def _web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title()}
        if self.rng.random() < 0.75:
            record["issued"] = (
                self._issued(full=True) if self.rng.random() < 0.4 else {"date-parts": [[self.rng.randint(2015, 2025)]]}
            )
        if self.rng.random() < 0.35:  # a consultant's or lecturer's blog
            record["author"] = self._people(2)
            self._online(record)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        record["title"] = self.rng.choice([self._title(), f"{self.rng.choice(['About', 'Our brands', 'Investor relations', 'Newsroom', 'Privacy policy', 'Developer documentation'])}",
                                           f"{name.split(' (')[0]} {self.rng.choice(['annual results', 'brand guidelines', 'merchant handbook', 'creator guidelines', 'advertising policies'])}"])  # fmt: skip
        self._online(record, access=0.85)
        return self._org_work(record, "web", name, tags)

    def _report(self) -> Work:
        name, tags = self.rng.choice(_RESEARCH)
        topic = self.rng.choice(_TOPICS)
        record: dict[str, Any] = {
            "type": "report", "publisher": name.split(" (")[0],
            "title": self.rng.choice([self._title(), f"China {topic} report {self.rng.randint(2019, 2025)}",
                                      f"The state of {topic} in {self.rng.choice(_PLACES)}",
                                      f"{self.rng.choice(_PLACES)} consumer report {self.rng.randint(2018, 2025)}"]),
        }  # fmt: skip
        if self.rng.random() < 0.9:
            record["issued"] = {"date-parts": [[self.year()]]}
        if self.rng.random() < 0.7:
            self._online(record)
        else:
            record["publisher-place"] = self.rng.choice(
                ["Shanghai", "Beijing", "Tokyo", "Seoul", "Hong Kong", "London"]
            )
        return self._org_work(record, "report", name, tags)

    def _market_research(self) -> Work:
        name = self.rng.choice(["iResearch", "QuestMobile", "Statista", "Newzoo", "Niko Partners", "Sensor Tower",
                                "Kantar", "Nielsen", "Euromonitor International", "Mintel", "eMarketer", "Macromill, Inc."])  # fmt: skip
        year = self.year()
        market = self.rng.choice(["mobile games", "live-streaming e-commerce", "beauty and personal care", "short video",
                                  "cross-border e-commerce", "convenience stores", "esports", "webtoons", "luxury goods",
                                  "K-beauty", "pet food", "ready-to-drink tea"])  # fmt: skip
        place = self.rng.choice(_PLACES)
        record: dict[str, Any] = {
            "type": "report", "publisher": name,
            "title": self.rng.choice([f"{market[0].upper()}{market[1:]} in {place}: market report {year}",
                                      f"Number of monthly active users of {self.rng.choice(['WeChat', 'Douyin', 'Xiaohongshu', 'LINE', 'KakaoTalk', 'Bilibili'])} from Q1 {year - 3} to Q4 {year}",
                                      f"{place} {market} market: size and forecast to {year + 5}",
                                      f"{market[0].upper()}{market[1:]} - {place} - {self.rng.choice(['March', 'June', 'October'])} {year}",
                                      f"{self.rng.choice(['Spring', 'Autumn'])} {year} {market} insight report"]),
            "issued": {"date-parts": [[year]]},
        }  # fmt: skip
        self._online(record, access=0.9)
        return self._org_work(record, "market-research", name, {"market-research"})

    def _company_report(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.year() if self.rng.random() < 0.5 else self.rng.randint(2019, 2025)
        record: dict[str, Any] = {
            "type": "report", "publisher": name,
            "title": self.rng.choice([f"Annual report {year}", f"Integrated report {year}", f"FY{year} results announcement",
                                      f"Sustainability report {year}", f"Fiscal year {year - 1}/{str(year)[2:]} earnings presentation",
                                      f"Q{self.rng.randint(1, 4)} {year} results", f"Environmental, social and governance report {year}"]),
            "issued": {"date-parts": [[year]]},
        }  # fmt: skip
        if self.rng.random() < 0.7:
            self._online(record, access=0.85)
        else:
            record["publisher-place"] = self.rng.choice(
                ["Shenzhen", "Hangzhou", "Beijing", "Tokyo", "Kyoto", "Seoul", "Suwon", "Hong Kong"]
            )
        return self._org_work(record, "company-report", name, tags)

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self.rng.choice([self._title(), f"Statistical report on internet development in China ({self.rng.randint(48, 54)}th edition)",
                                      f"White paper on information and communications in Japan {self.rng.randint(2019, 2024)}",
                                      f"Guidelines on {self.rng.choice(['influencer advertising', 'stealth marketing', 'cross-border data transfer', 'loot box disclosure', 'live-streaming sales'])}",
                                      f"Survey of {self.rng.choice(['household consumption', 'online shopping', 'game users', 'content industry exports'])} {self.rng.randint(2018, 2024)}"]),
            "issued": {"date-parts": [[self.year()]]},
        }  # fmt: skip
        self._online(record, access=0.9)
        return self._org_work(record, "government", name, tags | {"government"})

    def _legislation(self) -> Work:
        author, title, year = self.rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}}
        if self.rng.random() < 0.8:
            self._online(record, access=0.85)
        return self._org_work(record, "legislation", author, {"legislation", "government"})

    def _news(self) -> Work:
        paper = self.rng.choice(_NEWS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": paper,
                                  "issued": self._issued(full=True)}  # fmt: skip
        self._online(record, access=0.85)
        if self.rng.random() < 0.82:
            record["author"] = self._people(3)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _trade_press(self) -> Work:
        outlet = self.rng.choice(_TRADE)
        record: dict[str, Any] = {"type": "article-magazine", "title": self._title(), "container-title": outlet}
        if self.rng.random() < 0.9:
            record["issued"] = self._issued(full=True)
        self._online(record, access=0.8)
        if self.rng.random() < 0.85:
            record["author"] = self._people(2)
            return self._person_work(record, "trade-press")
        return self._org_work(record, "trade-press", outlet, {"press"})

    def _translated(self) -> Work:
        language, romanised, english = self.rng.choice(_ROMANISED)
        publisher, place = self.rng.choice(_TRANSLATED_PUBLISHERS[language])
        record: dict[str, Any] = {"type": "book", "title": f"{romanised} [{english}]", "publisher": publisher,
                                  "publisher-place": place, "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        if self.rng.random() < 0.7:
            families = {"zh": _PINYIN_FAMILY, "ja": _JAPANESE_FAMILY, "ko": _KOREAN_FAMILY}[language]
            givens = {"zh": _PINYIN_GIVEN, "ja": _JAPANESE_GIVEN, "ko": _KOREAN_GIVEN}[language]
            record["author"] = [{"family": self.rng.choice(families), "given": self.rng.choice(givens)}
                                for _ in range(self.rng.randint(1, 3))]  # fmt: skip
            return self._person_work(record, "translated")
        name, record["publisher"], record["publisher-place"] = self.rng.choice(_TRANSLATED_BODIES[language])
        record["type"] = "report"
        return self._org_work(record, "translated", name, {"translated"})

    def _conference(self) -> Work:
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(5),
            "container-title": self.rng.choice(_CONFERENCES), "issued": {"date-parts": [[self.year()]]},
            "publisher-place": self.rng.choice(["Taipei", "Seoul", "Tokyo", "Hong Kong", "Shanghai", "Kyoto", "Busan"]),
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["page"] = f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(6, 14)}"
        return self._person_work(record, "conference")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "genre": self.rng.choice(["PhD thesis", "MSc dissertation", "MPhil thesis", "MA dissertation"]),
                                  "publisher": self.rng.choice(_UNIVERSITIES), "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        return self._person_work(record, "thesis")

    def _video(self) -> Work:
        record: dict[str, Any] = {"type": "motion_picture", "title": self._title(),
                                  "container-title": self.rng.choice(["YouTube", "Bilibili", "Vimeo", "YouTube"]),
                                  "issued": self._issued(full=True)}  # fmt: skip
        self._online(record, access=0.9)
        if self.rng.random() < 0.5:
            record["author"] = [self.person()]
            return self._person_work(record, "video")
        name, tags = self.organisation()
        return self._org_work(record, "video", name, tags)

    def _social(self) -> Work:
        record: dict[str, Any] = {"type": "post", "title": self._title(),
                                  "container-title": self.rng.choice(["LinkedIn", "Weibo", "WeChat Official Account", "X", "note.com", "Naver Blog"])}  # fmt: skip
        if self.rng.random() < 0.85:
            record["issued"] = self._issued(full=True)
        self._online(record, access=0.8)
        if self.rng.random() < 0.7:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        name, tags = self.organisation()
        return self._org_work(record, "social", name, tags)

    def _podcast(self) -> Work:
        record: dict[str, Any] = {
            "type": "broadcast",
            "title": f"Episode {self.rng.randint(1, 240)}: {self._title()}",
            "container-title": self.rng.choice(["China Marketing Podcast", "Sinica", "Tech Buzz China", "Disrupt Japan",
                                                "Korea Business Podcast", "The China Project", "Asia Game Changers"]),
            "issued": self._issued(full=True),
        }  # fmt: skip
        self._online(record, access=0.85)
        record["author"] = self._people(2)
        return self._person_work(record, "podcast")
