"""Works for the blind175 pool (HELD OUT): what marketers in mainland China and its diaspora cite.

Written without reading the checker, its tests or any other pool. The candidates work in Beijing, Shanghai,
Shenzhen, Guangzhou, Hangzhou, Chengdu, Chongqing, Wuhan, Xi'an and Suzhou, or in Singapore, Kuala Lumpur,
Vancouver, Sydney, London and San Francisco, at platforms, fintechs, banks, telecoms, phone and car makers, tea and
coffee chains, dairies, beauty and sportswear brands, the press and agencies. They cite English and Chinese
textbooks (editions, e-books, translations), chapters, journal articles with one to eight authors (Chinese
journals with the title in characters or pinyin and English in square brackets), theses from Tsinghua, Peking
University, Fudan, CEIBS, SJTU Antai and Zhejiang University, conference papers, companies with their legal forms
("Co., Ltd.", "Holdings Limited", "Inc.", 有限公司), trade bodies, regulators and statistics offices (CNNIC with its
two statistical reports a year: "2019a" and "2019b"), laws with the NPC Standing Committee or the State Council as
author, research firms (titles with a year), the press signed and unsigned, Weibo, WeChat and LinkedIn posts,
podcasts, videos and undated pages. Names come surname first in pinyin (given names joined, spaced or hyphened),
two-character surnames (Ouyang, Sima, Zhuge), Wade-Giles and Cantonese spellings, Singaporean and Malaysian
Chinese names, English given names with a Chinese surname, surnames in capitals, a reference manager's reversed
order, names in characters with pinyin in brackets, "Lü", and expatriates writing about China.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# ---------------------------------------------------------------------------------------------------- names
# Common mainland surnames, weighted by repetition as they come up on reading lists.
_SURNAMES = ["Wang", "Wang", "Wang", "Li", "Li", "Li", "Zhang", "Zhang", "Zhang", "Liu", "Liu", "Chen", "Chen",
             "Yang", "Yang", "Huang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He",
             "Lin", "Gao", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng",
             "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su",
             "Ding", "Ren", "Lu", "Yao", "Shen", "Zhong", "Cui", "Tan", "Fan", "Jin", "Shi", "Qian", "Kong", "Bai",
             "Mao", "Qiu", "Qin", "Gu", "Hou", "Shao", "Meng", "Long", "Duan", "Lei", "Yin", "Yi", "Geng", "Fu",
             "Jia", "Xia", "Wen", "Fang", "Lü", "Lyu", "Hao", "Niu", "Ning", "Zou", "Xiong", "Kang", "Bao"]  # fmt: skip
_COMPOUND_SURNAMES = ["Ouyang", "Sima", "Zhuge", "Shangguan", "Situ", "Dongfang", "Huangfu", "Murong", "Linghu",
                      "Gongsun", "Xiahou", "Duanmu"]  # fmt: skip
# Given names as syllables, so they can be written joined ("Xiaoming"), spaced ("Xiao Ming") or hyphened ("Xiao-Ming").
_GIVEN = [("Xiao", "ming"), ("Jia", "yi"), ("Zi", "han"), ("Yu", "xuan"), ("Hao", "ran"), ("Yi", "ming"),
          ("Ruo", "xi"), ("Xin", "yi"), ("Zhi", "wei"), ("Jian", "guo"), ("Guo", "qiang"), ("Li", "juan"),
          ("Mei", "ling"), ("Jian", "hua"), ("Hong", "mei"), ("Xiu", "ying"), ("Yu", "fei"), ("Mu", "chen"),
          ("Yu", "tong"), ("Shi", "yu"), ("Wen", "jie"), ("Jia", "hui"), ("Chen", "xi"), ("Hao", "yu"),
          ("Si", "qi"), ("Xue", "feng"), ("Chun", "hua"), ("Yong", "jun"), ("Hai", "tao"), ("Xiao", "hong"),
          ("Qian",), ("Lei",), ("Jing",), ("Na",), ("Wei",), ("Tao",), ("Bo",), ("Yan",), ("Min",), ("Fang",),
          ("Hui",), ("Qiang",), ("Jun",), ("Ying",), ("Ping",), ("Yang",), ("Hao",), ("Xin",), ("Rui",), ("Kai",),
          ("Dan",), ("Lin",), ("Yue",), ("Shuang",), ("Peng",)]  # fmt: skip
# Hong Kong and Macau (Cantonese), Taiwan (Wade-Giles) and Singapore/Malaysia (Hokkien, Teochew, Hakka) spellings.
_CANTONESE = ["Chan", "Wong", "Cheung", "Lau", "Leung", "Ho", "Ng", "Yip", "Tsang", "Kwok", "Lam", "Tse", "Chow",
              "Fung", "Mak", "Au", "Yeung", "Chiu", "Kwan", "Lui"]  # fmt: skip
_CANTONESE_GIVEN = ["Ka Wai", "Tai Man", "Siu Fung", "Wing Yan", "Chi Kin", "Ka-Man", "Hoi-Yan", "Wai Keung",
                    "Man-Kit", "Pui Yee", "Kwok Leung", "Sze Wing"]  # fmt: skip
_WADE_GILES = ["Chang", "Hsu", "Tsai", "Chiang", "Hsieh", "Kuo", "Cheng", "Chou", "Chien", "Hsiao", "Tseng", "Chu"]
_WADE_GILES_GIVEN = ["Hsiao-Wen", "Chih-Hao", "Yi-Ting", "Shu-Fen", "Chia-Hung", "Mei-Hua", "Kuo-Ming", "Ya-Wen"]
_NANYANG = ["Tan", "Lim", "Lee", "Ng", "Goh", "Teo", "Ong", "Koh", "Chua", "Low", "Yeo", "Toh", "Khoo", "Chong",
            "Loh", "Quek", "Ooi", "Heng", "Tay", "Seah"]  # fmt: skip
_NANYANG_GIVEN = ["Wei Ling", "Boon Heng", "Mei Ling", "Kok Wai", "Siew Mei", "Chee Keong", "Hui Min", "Jun Jie",
                  "Li Ting", "Beng Hock", "Kah Yee", "Soon Huat"]  # fmt: skip
_ENGLISH_GIVEN = ["Kevin", "Grace", "Vivian", "Jacky", "Eric", "Amanda", "Cherry", "Tiffany", "Jason", "Bonnie",
                  "Sunny", "Echo", "Coco", "Ivy", "Leo", "Alan", "Winnie", "Jessie", "Daniel", "Angela", "Tony",
                  "Elaine", "Frank", "Cindy"]  # fmt: skip
# Colleagues and teachers of the diaspora: Korean, Japanese, Vietnamese, Malay and Tamil Malaysian names.
_OTHER_ASIAN = [("Kim", "Min-Jun"), ("Park", "Ji-Woo"), ("Lee", "Seo-Yeon"), ("Tanaka", "Yuki"), ("Sato", "Haruto"),
                ("Nguyen", "Thi Lan"), ("Abdullah", "Nur Aisyah"), ("Ismail", "Mohd Faizal"),
                ("Subramaniam", "Priya"), ("Rahman", "Siti"), ("Krishnan", "Arun")]  # fmt: skip
# Names in characters with pinyin in brackets, as a reference manager holds a Chinese-language author.
_CHARACTERS = ["王晓明 (Wang Xiaoming)", "李娜 (Li Na)", "张伟 (Zhang Wei)", "刘洋 (Liu Yang)", "陈静 (Chen Jing)",
               "黄磊 (Huang Lei)", "周雨彤 (Zhou Yutong)", "欧阳娜娜 (Ouyang Nana)", "吕佳 (Lü Jia)", "司马倩 (Sima Qian)"]  # fmt: skip
_EXPAT_LOCALES = ["en_GB", "en_GB", "en_US", "en_US", "en_IE", "fr_FR", "de_DE", "it_IT", "nl_NL", "es_ES"]

# ---------------------------------------------------------------------------------------------------- topics and titles
_TOPICS = ["live-streaming e-commerce", "KOL marketing", "KOC seeding on Xiaohongshu", "private traffic",
           "WeChat mini-programs", "social commerce", "guochao brands", "lower-tier cities", "Gen Z consumers",
           "Singles' Day promotions", "super-apps", "mobile payment", "cross-border e-commerce", "brand localisation",
           "guanxi", "face and luxury consumption", "community group buying", "new retail", "food delivery platforms",
           "membership programmes", "co-branding", "the digital yuan", "EV brand communities", "new-style tea drinks",
           "coffee price wars", "C-beauty", "Douyin's algorithm", "danmu comments on Bilibili", "virtual idols",
           "AIGC in advertising", "PIPL compliance", "price involution", "time-honoured brands", "overseas Chinese consumers",
           "Temu and Shein", "brand trust", "country-of-origin effects", "red packets", "the silver economy",
           "green consumption", "instant retail"]  # fmt: skip
_CONTEXTS = ["in China", "in mainland China", "among Chinese consumers", "in Chinese cities", "in Greater China",
             "in the Chinese market", "in China's lower-tier markets", "among Chinese millennials",
             "in the Chinese diaspora", "in Singapore and Malaysia", "among Chinese tourists", "across Asia"]  # fmt: skip
_OUTCOMES = ["purchase intention", "brand loyalty", "customer engagement", "trust", "impulse buying",
             "word of mouth", "repurchase", "brand equity", "switching", "willingness to pay a premium"]  # fmt: skip
# (characters, pinyin, English) of Chinese-language titles.
_CHINESE_TITLES = [
    ("直播电商中的消费者信任研究", "Zhibo dianshang zhong de xiaofeizhe xinren yanjiu", "A study of consumer trust in live-streaming e-commerce"),
    ("国潮品牌的崛起与消费者认同", "Guochao pinpai de jueqi yu xiaofeizhe rentong", "The rise of guochao brands and consumer identification"),
    ("私域流量运营对顾客忠诚的影响", "Siyu liuliang yunying dui guke zhongcheng de yingxiang", "The effect of private-traffic operations on customer loyalty"),
    ("下沉市场的社交电商模式", "Xiachen shichang de shejiao dianshang moshi", "Social commerce models in lower-tier markets"),
    ("小红书种草内容与购买意愿", "Xiaohongshu zhongcao neirong yu goumai yiyuan", "Seeding content on Xiaohongshu and purchase intention"),
    ("新式茶饮品牌的数字化营销", "Xinshi chayin pinpai de shuzihua yingxiao", "Digital marketing of new-style tea-drink brands"),
    ("Z世代消费行为研究", "Z shidai xiaofei xingwei yanjiu", "Research on Generation Z consumer behaviour"),
    ("数字人民币试点与用户接受度", "Shuzi renminbi shidian yu yonghu jieshoudu", "The e-CNY pilot and user acceptance"),
    ("新能源汽车品牌社群营销", "Xin nengyuan qiche pinpai shequn yingxiao", "Brand community marketing for new-energy vehicles"),
    ("老字号品牌年轻化策略", "Laozihao pinpai nianqinghua celüe", "Rejuvenation strategies for time-honoured brands"),
    ("跨境电商品牌出海路径", "Kuajing dianshang pinpai chuhai lujing", "How cross-border e-commerce brands go overseas"),
    ("社区团购的价格竞争与监管", "Shequ tuangou de jiage jingzheng yu jianguan", "Price competition and regulation in community group buying"),
    ("短视频平台算法推荐与品牌传播", "Duan shipin pingtai suanfa tuijian yu pinpai chuanbo", "Algorithmic recommendation on short-video platforms and brand communication"),
    ("会员制零售在中国的实践", "Huiyuanzhi lingshou zai Zhongguo de shijian", "Membership retail in practice in China"),
    ("双十一促销对消费者冲动购买的影响", "Shuang shiyi cuxiao dui xiaofeizhe chongdong goumai de yingxiang", "The effect of Singles' Day promotions on impulse buying"),
    ("银行数字化转型与客户体验", "Yinhang shuzihua zhuanxing yu kehu tiyan", "Digital transformation and customer experience in banking"),
]  # fmt: skip
_JOURNALS = ["Journal of Marketing", "Journal of International Marketing", "Asia Pacific Journal of Marketing and Logistics",
             "Journal of Business Research", "International Journal of Research in Marketing", "Journal of Interactive Marketing",
             "Chinese Management Studies", "Journal of Chinese Economic and Business Studies", "Asia Pacific Business Review",
             "Journal of Retailing and Consumer Services", "Electronic Commerce Research and Applications",
             "Management and Organization Review", "Journal of Consumer Behaviour", "Journal of Brand Management",
             "Journal of Asia Business Studies", "China Economic Review", "Journal of Fashion Marketing and Management",
             "Internet Research", "International Marketing Review", "Journal of Global Marketing",
             "Journal of Contemporary China", "Chinese Journal of Communication", "Asian Business & Management"]  # fmt: skip
_CHINESE_JOURNALS = ["管理世界 [Management World]", "南开管理评论 [Nankai Business Review]", "营销科学学报 [Journal of Marketing Science]",
                     "经济研究 [Economic Research Journal]", "中国工业经济 [China Industrial Economics]",
                     "商业经济研究 [Journal of Commercial Economics]", "外国经济与管理 [Foreign Economics & Management]",
                     "Guanli Shijie [Management World]", "Nankai Guanli Pinglun [Nankai Business Review]"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Routledge", "London"), ("Palgrave Macmillan", "Singapore"),
               ("Palgrave Macmillan", "Cham"), ("Springer", "Singapore"), ("Wiley", "Singapore"), ("Wiley", "Hoboken, NJ"),
               ("Pearson", "Harlow"), ("Pearson Education Asia", "Hong Kong"), ("Kogan Page", "London"),
               ("World Scientific", "Singapore"), ("Hong Kong University Press", "Hong Kong"), ("Oxford University Press", "Oxford"),
               ("Cambridge University Press", "Cambridge"), ("Harvard Business Review Press", "Boston, MA"),
               ("Sage", "London"), ("Portfolio", "New York"), ("Penguin", "London"), ("McGraw-Hill Education", "Singapore"),
               ("中信出版社 [CITIC Press]", "Beijing"), ("机械工业出版社 [China Machine Press]", "Beijing"),
               ("中国人民大学出版社 [China Renmin University Press]", "Beijing"), ("Peking University Press", "Beijing"),
               ("Tsinghua University Press", "Beijing"), ("复旦大学出版社 [Fudan University Press]", "Shanghai"),
               ("Zhejiang University Press", "Hangzhou"), ("Gezhi Publishing House", "Shanghai")]  # fmt: skip
_UNIVERSITIES = [("Tsinghua University", "Beijing"), ("Peking University", "Beijing"), ("Fudan University", "Shanghai"),
                 ("China Europe International Business School (CEIBS)", "Shanghai"),
                 ("Shanghai Jiao Tong University, Antai College of Economics and Management", "Shanghai"),
                 ("Zhejiang University", "Hangzhou"), ("Renmin University of China", "Beijing"),
                 ("Sun Yat-sen University", "Guangzhou"), ("Wuhan University", "Wuhan"), ("Xi'an Jiaotong University", "Xi'an"),
                 ("Sichuan University", "Chengdu"), ("Chongqing University", "Chongqing"), ("Xi'an Jiaotong-Liverpool University", "Suzhou"),
                 ("University of Nottingham Ningbo China", "Ningbo"), ("The University of Hong Kong", "Hong Kong"),
                 ("National University of Singapore", "Singapore"), ("University of Malaya", "Kuala Lumpur"),
                 ("University of British Columbia", "Vancouver"), ("UNSW Sydney", "Sydney"), ("King's College London", "London"),
                 ("Cheung Kong Graduate School of Business", "Beijing"), ("清华大学 (Tsinghua University)", "Beijing")]  # fmt: skip
_DEGREES = ["PhD thesis", "PhD thesis", "DBA thesis", "MBA dissertation", "MBA dissertation", "Master's thesis",
            "MSc dissertation", "EMBA dissertation", "博士学位论文 [Doctoral dissertation]", "硕士学位论文 [Master's thesis]"]  # fmt: skip
_CONFERENCES = [("Proceedings of the {k}th Wuhan International Conference on E-Business (WHICEB)", "AIS eLibrary", "Atlanta, GA"),
                ("Proceedings of the {k}th International Conference on Electronic Business (ICEB)", "ICEB", "Hong Kong"),
                ("Pacific Asia Conference on Information Systems (PACIS) Proceedings", "AIS eLibrary", "Atlanta, GA"),
                ("Academy of Marketing Conference Proceedings", "Academy of Marketing", "Helensburgh"),
                ("ANZMAC Conference Proceedings", "ANZMAC", "Sydney"),
                ("Proceedings of the {k}th China Marketing International Conference (CMIC)", "Tsinghua University", "Beijing"),
                ("Global Marketing Conference Proceedings", "Korean Scholars of Marketing Science", "Seoul"),
                ("AMA Summer Academic Conference Proceedings", "American Marketing Association", "Chicago, IL")]  # fmt: skip

# ---------------------------------------------------------------------------------------------------- organisations
# (author as written, where its web pages live, where its reports are published)
_COMPANIES = [
    ("Alibaba Group Holding Limited", "alibabagroup.com", "Hangzhou"), ("Alibaba Group", "alibabagroup.com", "Hangzhou"),
    ("JD.com, Inc.", "ir.jd.com", "Beijing"), ("PDD Holdings Inc.", "investor.pddholdings.com", "Shanghai"),
    ("Meituan", "meituan.com", "Beijing"), ("ByteDance Ltd.", "bytedance.com", "Beijing"),
    ("Tencent Holdings Limited", "tencent.com", "Shenzhen"), ("Tencent", "tencent.com", "Shenzhen"),
    ("Kuaishou Technology", "ir.kuaishou.com", "Beijing"), ("Bilibili Inc.", "ir.bilibili.com", "Shanghai"),
    ("Xiaohongshu", "xiaohongshu.com", "Shanghai"), ("小红书 (Xiaohongshu)", "xiaohongshu.com", "Shanghai"),
    ("Ant Group Co., Ltd.", "antgroup.com", "Hangzhou"), ("Alipay", "global.alipay.com", "Hangzhou"),
    ("Huawei Technologies Co., Ltd.", "huawei.com", "Shenzhen"), ("Huawei", "huawei.com", "Shenzhen"),
    ("Xiaomi Corporation", "ir.mi.com", "Beijing"), ("OPPO", "oppo.com", "Dongguan"), ("vivo", "vivo.com", "Dongguan"),
    ("BYD Company Limited", "bydglobal.com", "Shenzhen"), ("NIO Inc.", "ir.nio.com", "Shanghai"),
    ("Li Auto Inc.", "ir.lixiang.com", "Beijing"), ("Geely Automobile Holdings Limited", "geelyauto.com.hk", "Hangzhou"),
    ("Luckin Coffee Inc.", "investor.lkcoffee.com", "Xiamen"), ("Mixue Bingcheng", "mxbc.com", "Zhengzhou"),
    ("蜜雪冰城 (Mixue)", "mxbc.com", "Zhengzhou"), ("HEYTEA", "heytea.com", "Shenzhen"), ("喜茶 (HEYTEA)", "heytea.com", "Shenzhen"),
    ("Nayuki Holdings Limited", "nayuki.com", "Shenzhen"),
    ("Inner Mongolia Yili Industrial Group Co., Ltd.", "yili.com", "Hohhot"),
    ("China Mengniu Dairy Company Limited", "mengniu.com.cn", "Hohhot"), ("Hangzhou Wahaha Group Co., Ltd.", "wahaha.com.cn", "Hangzhou"),
    ("Nongfu Spring Co., Ltd.", "nongfuspring.com", "Hangzhou"), ("Kweichow Moutai Co., Ltd.", "moutaichina.com", "Renhuai"),
    ("Haidilao International Holding Ltd.", "haidilao.com", "Beijing"), ("Genki Forest", "genkiforest.cn", "Beijing"),
    ("元气森林 (Genki Forest)", "genkiforest.cn", "Beijing"), ("Yatsen Holding Limited", "ir.yatsenglobal.com", "Guangzhou"),
    ("Florasis", "florasis.com", "Hangzhou"), ("Proya Cosmetics Co., Ltd.", "proya-group.com", "Hangzhou"),
    ("Li Ning Company Limited", "lining.com", "Beijing"), ("ANTA Sports Products Limited", "ir.anta.com", "Xiamen"),
    ("Bosideng International Holdings Limited", "bosideng.com", "Changshu"), ("SHEIN", "sheingroup.com", "Singapore"),
    ("Temu", "temu.com", "Boston, MA"), ("Industrial and Commercial Bank of China Limited", "icbc-ltd.com", "Beijing"),
    ("China Construction Bank Corporation", "ccb.com", "Beijing"), ("Bank of China Limited", "boc.cn", "Beijing"),
    ("China Merchants Bank Co., Ltd.", "cmbchina.com", "Shenzhen"), ("招商银行 (China Merchants Bank)", "cmbchina.com", "Shenzhen"),
    ("China Mobile Limited", "chinamobileltd.com", "Hong Kong"), ("China Unicom (Hong Kong) Limited", "chinaunicom.com.hk", "Hong Kong"),
    ("China Telecom Corporation Limited", "chinatelecom-h.com", "Beijing"), ("WeChat Pay", "pay.weixin.qq.com", "Shenzhen"),
    ("Pop Mart International Group Limited", "popmart.com", "Beijing"), ("Perfect Diary", "perfectdiary.com", "Guangzhou"),
]  # fmt: skip
_TRADE_BODIES = [
    ("China Chain Store & Franchise Association (CCFA)", "ccfa.org.cn"), ("China Advertising Association", "china-caa.org"),
    ("Internet Society of China", "isc.org.cn"), ("China Association of Automobile Manufacturers (CAAM)", "caam.org.cn"),
    ("China Passenger Car Association", "cpcaauto.com"), ("China Council for the Promotion of International Trade (CCPIT)", "ccpit.org"),
    ("Hong Kong Trade Development Council (HKTDC)", "research.hktdc.com"), ("China-Britain Business Council", "cbbc.org"),
    ("EU SME Centre", "eusmecentre.org.cn"), ("American Chamber of Commerce in Shanghai", "amcham-shanghai.org"),
    ("European Union Chamber of Commerce in China", "europeanchamber.com.cn"), ("China Tea Marketing Association", "ctma.com.cn"),
    ("China Cuisine Association", "ccas.com.cn"), ("China Dairy Industry Association", "cdia.org.cn"),
    ("Chartered Institute of Marketing", "cim.co.uk"), ("Singapore Business Federation", "sbf.org.sg"),
    ("Payment & Clearing Association of China", "pcac.org.cn"), ("中国广告协会 (China Advertising Association)", "china-caa.org"),
]  # fmt: skip
_GOVERNMENT = [
    ("Cyberspace Administration of China (CAC)", "cac.gov.cn"), ("Cyberspace Administration of China", "cac.gov.cn"),
    ("State Administration for Market Regulation (SAMR)", "samr.gov.cn"), ("State Administration for Market Regulation", "samr.gov.cn"),
    ("National Bureau of Statistics of China", "stats.gov.cn"), ("National Bureau of Statistics (NBS)", "stats.gov.cn"),
    ("Ministry of Industry and Information Technology (MIIT)", "miit.gov.cn"),
    ("Ministry of Commerce of the People's Republic of China (MOFCOM)", "english.mofcom.gov.cn"),
    ("The People's Bank of China", "pbc.gov.cn"), ("People's Bank of China (PBOC)", "pbc.gov.cn"),
    ("State Council of the People's Republic of China", "english.www.gov.cn"), ("State Council Information Office", "scio.gov.cn"),
    ("National Development and Reform Commission (NDRC)", "ndrc.gov.cn"),
    ("General Administration of Customs of the People's Republic of China", "english.customs.gov.cn"),
    ("Shanghai Municipal People's Government", "english.shanghai.gov.cn"), ("Hangzhou Municipal Bureau of Commerce", "commerce.hangzhou.gov.cn"),
    ("Census and Statistics Department, Hong Kong SAR", "censtatd.gov.hk"), ("Singapore Department of Statistics", "singstat.gov.sg"),
    ("Personal Data Protection Commission Singapore", "pdpc.gov.sg"), ("Department of Statistics Malaysia", "dosm.gov.my"),
    ("Statistics Canada", "statcan.gc.ca"), ("Australian Bureau of Statistics", "abs.gov.au"),
    ("国家统计局 (National Bureau of Statistics)", "stats.gov.cn"), ("国家市场监督管理总局 (SAMR)", "samr.gov.cn"),
]  # fmt: skip
_GOV_TITLES = ["Notice on the {a} campaign to clean up {b}", "Guidelines on {b}", "Statistical bulletin on {b} {y}",
               "Measures to promote {b}", "Press conference on {b}", "Typical cases of {b} published",
               "Opinions on further developing {b}", "Report on {b} in {y}"]  # fmt: skip
_GOV_SUBJECTS = ["online live-streaming marketing", "false advertising", "internet advertising", "consumer rights",
                 "personal information protection", "the platform economy", "mobile apps", "digital consumption",
                 "unfair competition on platforms", "cross-border e-commerce", "retail sales of consumer goods",
                 "the 'Qinglang' special action", "non-bank payment institutions", "the digital RMB pilot"]  # fmt: skip
# (author, title, year, month, day, domain)
_LAWS = [
    ("Standing Committee of the National People's Congress", "Personal Information Protection Law of the People's Republic of China", 2021, 8, 20, "npc.gov.cn"),
    ("Standing Committee of the National People's Congress", "Advertising Law of the People's Republic of China (2015 revision)", 2015, 4, 24, "npc.gov.cn"),
    ("Standing Committee of the National People's Congress", "E-commerce Law of the People's Republic of China", 2018, 8, 31, "npc.gov.cn"),
    ("Standing Committee of the National People's Congress", "Anti-Unfair Competition Law of the People's Republic of China (2019 amendment)", 2019, 4, 23, "npc.gov.cn"),
    ("Standing Committee of the National People's Congress", "Data Security Law of the People's Republic of China", 2021, 6, 10, "npc.gov.cn"),
    ("Standing Committee of the National People's Congress", "Cybersecurity Law of the People's Republic of China", 2016, 11, 7, "npc.gov.cn"),
    ("Standing Committee of the National People's Congress", "Law of the People's Republic of China on the Protection of Consumer Rights and Interests (2013 amendment)", 2013, 10, 25, "npc.gov.cn"),
    ("Standing Committee of the National People's Congress", "Anti-Monopoly Law of the People's Republic of China (2022 amendment)", 2022, 6, 24, "npc.gov.cn"),
    ("Standing Committee of the National People's Congress", "Food Safety Law of the People's Republic of China (2021 amendment)", 2021, 4, 29, "npc.gov.cn"),
    ("National People's Congress", "中华人民共和国个人信息保护法 [Personal Information Protection Law of the People's Republic of China]", 2021, 8, 20, "flk.npc.gov.cn"),
    ("NPC Standing Committee", "中华人民共和国广告法 [Advertising Law of the PRC] (2021 amendment)", 2021, 4, 29, "flk.npc.gov.cn"),
    ("Cyberspace Administration of China", "Provisions on the Administration of Algorithm-generated Recommendations for Internet Information Services", 2021, 12, 31, "cac.gov.cn"),
    ("Cyberspace Administration of China", "Interim Measures for the Administration of Generative Artificial Intelligence Services", 2023, 7, 10, "cac.gov.cn"),
    ("Cyberspace Administration of China", "Measures for the Security Assessment of Outbound Data Transfers", 2022, 7, 7, "cac.gov.cn"),
    ("State Administration for Market Regulation", "Measures for the Administration of Internet Advertising", 2023, 2, 25, "samr.gov.cn"),
    ("Cyberspace Administration of China et al.", "Administrative Measures for Online Live-streaming Marketing (for Trial Implementation)", 2021, 4, 16, "cac.gov.cn"),
    ("State Council", "Regulations on the Implementation of the Law on the Protection of Consumer Rights and Interests", 2024, 3, 15, "gov.cn"),
    ("The People's Bank of China", "Measures for the Administration of Payment Services Provided by Non-bank Institutions", 2010, 6, 14, "pbc.gov.cn"),
    ("Ministry of Industry and Information Technology", "Provisions on Protecting the Personal Information of Telecommunications and Internet Users", 2013, 7, 16, "miit.gov.cn"),
    ("Singapore Statutes Online", "Personal Data Protection Act 2012", 2012, 11, 20, "sso.agc.gov.sg"),
]  # fmt: skip
_RESEARCH = ["iResearch", "iResearch 艾瑞咨询", "QuestMobile", "Analysys 易观", "CBNData", "Daxue Consulting",
             "McKinsey & Company", "Bain & Company", "Kantar Worldpanel", "Mintel", "Euromonitor International",
             "Statista", "NielsenIQ", "Deloitte China", "PwC China", "KPMG China", "Oliver Wyman", "Boston Consulting Group",
             "Kearney", "Ipsos China", "GWI", "Morketing"]  # fmt: skip
_RESEARCH_TITLES = ["{y} China consumer report", "China mobile internet spring report {y}", "China luxury report {y}",
                    "China shopper report {y}: {m}", "{y}年中国直播电商行业研究报告 [China live-streaming e-commerce industry report {y}]",
                    "China Gen Z consumption report {y}", "{m} - China - {mo} {y}", "{m} in China: market report {y}",
                    "China's {m} market: size, share and forecast to 2030", "Share of Chinese consumers who bought {m} online in Q{q} {y}",
                    "The state of {m} in China {y}", "Singles' Day {y}: what brands learned", "{y} China digital marketing trends",
                    "{y}年中国{mz}消费洞察报告 [{y} China {m} consumer insight report]"]  # fmt: skip
_MARKETS = [("new-style tea drinks", "新式茶饮"), ("freshly ground coffee", "现磨咖啡"), ("new-energy vehicles", "新能源汽车"),
            ("C-beauty", "国货美妆"), ("sportswear", "运动服饰"), ("dairy", "乳制品"), ("bottled water", "瓶装水"),
            ("baijiu", "白酒"), ("hotpot", "火锅"), ("smartphones", "智能手机"), ("down jackets", "羽绒服"),
            ("pet food", "宠物食品"), ("blind boxes", "盲盒"), ("instant retail", "即时零售"), ("outdoor camping", "露营")]  # fmt: skip
_MONTHS = ["January", "March", "June", "September", "November"]
_PRESS = ["South China Morning Post", "Caixin Global", "Sixth Tone", "Financial Times", "Reuters", "Bloomberg",
          "Jing Daily", "Campaign Asia-Pacific", "Marketing-Interactive", "China Daily", "Global Times", "36Kr",
          "KrASIA", "TechNode", "The Straits Times", "The Star", "Lianhe Zaobao", "The Globe and Mail",
          "The Sydney Morning Herald", "The Guardian", "Pandaily", "Yicai Global", "澎湃新闻 [The Paper]",
          "界面新闻 [Jiemian]", "21世纪经济报道 [21st Century Business Herald]", "财新 [Caixin]"]  # fmt: skip
_UNSIGNED_PRESS = [("Xinhua", "english.news.cn"), ("People's Daily Online", "en.people.cn"), ("China Daily", "chinadaily.com.cn"),
                   ("CGTN", "news.cgtn.com"), ("Jing Daily", "jingdaily.com"), ("The Economist", "economist.com"),
                   ("Global Times", "globaltimes.cn"), ("Xinhua News Agency", "xinhuanet.com"), ("36Kr", "36kr.com"),
                   ("人民日报 (People's Daily)", "paper.people.com.cn"), ("Sixth Tone", "sixthtone.com")]  # fmt: skip
_HEADLINES = ["{b} bets on {t} as growth slows", "How {b} won over {a} with {t}", "Why {t} is reshaping marketing in China",
              "{b} fined over misleading ads", "Singles' Day sales: {b} leans on {t}", "{b} cuts prices as the {m} war heats up",
              "Inside {b}'s push into lower-tier cities", "{b} and the limits of {t}", "Regulators tighten rules on {t}",
              "{b} opens its first store in {c}", "The rise and rise of {t}", "{b} turns to {t} to reach {a}"]  # fmt: skip
_HEADLINE_BRANDS = ["Luckin", "Mixue", "HEYTEA", "Nayuki", "Pinduoduo", "Temu", "Shein", "Alibaba", "JD.com", "Meituan",
                    "Douyin", "Kuaishou", "Xiaohongshu", "Bilibili", "BYD", "NIO", "Li Auto", "Xiaomi", "Huawei", "Li-Ning",
                    "Anta", "Bosideng", "Florasis", "Perfect Diary", "Proya", "Moutai", "Haidilao", "Genki Forest",
                    "Nongfu Spring", "Yili", "Mengniu", "Pop Mart", "China Merchants Bank", "Alipay", "WeChat Pay"]  # fmt: skip
_AUDIENCES = ["Gen Z", "young mothers", "white-collar workers", "county-town shoppers", "overseas Chinese",
              "students", "silver-haired consumers", "first-time car buyers"]  # fmt: skip
_CITIES = ["Beijing", "Shanghai", "Shenzhen", "Guangzhou", "Hangzhou", "Chengdu", "Chongqing", "Wuhan", "Xi'an",
           "Suzhou", "Singapore", "Kuala Lumpur", "Vancouver", "Sydney", "London", "San Francisco"]  # fmt: skip
_PLATFORMS = ["Weibo", "WeChat", "LinkedIn", "Xiaohongshu", "Douyin", "X", "Zhihu"]
_PODCASTS = ["Sinica Podcast", "Tech Buzz China", "The China Marketing Podcast", "ChinaTalk", "China Business Cast",
             "Dragon Marketing Talk", "Asia Marketing Uncovered", "贝望录 [Bei Wang Lu]", "The Jing Daily Podcast"]  # fmt: skip
_VIDEO_HOSTS = [("YouTube video", "youtube.com/watch?v="), ("Bilibili video", "bilibili.com/video/BV"),
                ("Douyin video", "douyin.com/video/"), ("WeChat Channels video", "channels.weixin.qq.com/"),
                ("TED Talk", "ted.com/talks/")]  # fmt: skip
_VIDEO_ORGS = ["CGTN", "CCTV", "CNBC International", "Bloomberg Originals", "Jing Daily", "Harvard Business School",
               "CEIBS", "Alibaba Group", "Xiaomi", "BYD", "The Economist", "DW News", "SCMP"]  # fmt: skip
_CONSULTANCY_BLOGS = [("Daxue Consulting", "daxueconsulting.com"), ("Dragon Social", "dragonsocial.net"),
                      ("WalktheChat", "walkthechat.com"), ("Chozan", "chozan.co"), ("Azoya Consulting", "azoyagroup.com"),
                      ("Mailman Group", "mailmangroup.com"), ("GMA (Gentlemen Marketing Agency)", "marketingtochina.com"),
                      ("Ogilvy China", "ogilvy.com"), ("Dentsu China", "dentsu.com"), ("Wavemaker China", "wavemakerglobal.com")]  # fmt: skip
_WORKING_PAPER_SERIES = [("CKGSB Knowledge", "Beijing"), ("Fung Business Intelligence", "Hong Kong"),
                         ("National Bureau of Economic Research", "Cambridge, MA"), ("Asian Development Bank Institute", "Tokyo"),
                         ("Peking University HSBC Business School", "Shenzhen"), ("BIS", "Basel"),
                         ("Tsinghua PBCSF", "Beijing"), ("Lee Kuan Yew School of Public Policy", "Singapore")]  # fmt: skip


_LISTED = ("Limited", "Inc.", "Co., Ltd.", "Corporation", "Technology", "Holding", "Huawei")
_MAINLAND = (
    "Tsinghua",
    "Peking",
    "Fudan",
    "CEIBS",
    "Jiao Tong",
    "Zhejiang",
    "Renmin",
    "Sun Yat-sen",
    "Wuhan",
    "Xi'an",
    "Sichuan",
    "Chongqing",
    "Nottingham Ningbo",
    "Cheung Kong",
    "清华",
)
_STATISTICS_TITLES = ["Retail sales of consumer goods in {y}", "Online retail sales of physical goods, {y}",
                      "Household consumption expenditure survey {y}", "Statistical bulletin on residents' income and consumption {y}",
                      "Population census {y}: main results", "Retail trade survey {y}"]  # fmt: skip
_PAYMENT_TITLES = ["Payment system report {y}", "Progress of research and development of e-CNY in China",
                   "Notice on improving payment services for foreign visitors", "China financial stability report {y}",
                   "Overall operation of the payment system in {y}"]  # fmt: skip


# The first year a company could have published what is cited (its founding or listing).
_FIRST_YEARS = {"Luckin": 2019, "NIO": 2018, "Li Auto": 2020, "Pop Mart": 2020, "Nayuki": 2021, "Kuaishou": 2021,
                "Bilibili": 2018, "PDD": 2018, "Yatsen": 2020, "Meituan": 2018, "Xiaomi": 2018, "Haidilao": 2018,
                "Nongfu": 2020, "Ant Group": 2020, "Genki": 2016, "元气": 2016, "HEYTEA": 2016, "喜茶": 2016,
                "Xiaohongshu": 2014, "小红书": 2014, "ByteDance": 2013, "Temu": 2022, "Florasis": 2017,
                "Perfect Diary": 2017, "SHEIN": 2015}  # fmt: skip


def _first_year(name: str) -> int:
    return max([2012] + [year for word, year in _FIRST_YEARS.items() if word in name])


def _ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


class Blind175WorkFactory(WorkFactory):
    """Works a CIM candidate in China or its diaspora cites, from one seeded random source."""

    # How often each maker is drawn when the builder asks for any work.
    DRAWN: ClassVar[dict[str, int]] = {
        "book": 11, "chapter": 5, "journal": 22, "thesis": 4, "conference": 4, "working-paper": 2, "company-web": 7,
        "company-report": 6, "trade-body": 4, "government": 6, "legislation": 3, "market-research": 9,
        "statistics": 3, "news": 8, "press-unsigned": 4, "social": 3, "podcast": 2, "video": 2, "undated-web": 4,
    }  # fmt: skip
    # The kinds of work (Work.kind) the makers write.
    KINDS: ClassVar[frozenset[str]] = frozenset({"book", "chapter", "journal", "thesis", "conference", "report", "web",
                                                 "legislation", "news", "social", "podcast", "video"})  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 175 + 17501)
        self.pending: list[Work] = []  # a statistics office's second work of the same year, given next

    # ------------------------------------------------------------------ people
    def _given(self) -> str:
        syllables = self.rng.choice(_GIVEN)
        if len(syllables) == 1:
            return syllables[0]
        roll = self.rng.random()
        if roll < 0.8:
            return syllables[0] + syllables[1]
        if roll < 0.9:
            return f"{syllables[0]} {syllables[1].capitalize()}"
        return f"{syllables[0]}-{syllables[1].capitalize()}"

    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.44:
            return {"family": rng.choice(_SURNAMES), "given": self._given()}
        if roll < 0.50:
            return {"family": rng.choice(_COMPOUND_SURNAMES), "given": self._given()}
        if roll < 0.57:
            return {"family": rng.choice(_CANTONESE), "given": rng.choice(_CANTONESE_GIVEN)}
        if roll < 0.61:
            return {"family": rng.choice(_WADE_GILES), "given": rng.choice(_WADE_GILES_GIVEN)}
        if roll < 0.67:
            return {"family": rng.choice(_NANYANG), "given": rng.choice(_NANYANG_GIVEN + _ENGLISH_GIVEN[:6])}
        if roll < 0.75:  # an English name taken at school or work, sometimes with the Chinese one after it
            given = rng.choice(_ENGLISH_GIVEN)
            if rng.random() < 0.3:
                given = f"{given} {self._given()}"
            return {"family": rng.choice(_SURNAMES[:40]), "given": given}
        if roll < 0.77:  # the surname in capitals, as Chinese journals print it
            return {"family": rng.choice(_SURNAMES[:30]).upper(), "given": self._given()}
        if roll < 0.79:  # a reference manager that took the given name for the surname
            return {"family": self._given().replace(" ", "").replace("-", ""), "given": rng.choice(_SURNAMES[:20])}
        if roll < 0.81:
            return {"literal": rng.choice(_CHARACTERS)}
        if roll < 0.84:
            family, given = rng.choice(_OTHER_ASIAN)
            return {"family": family, "given": given}
        fake = self.fakers[rng.choice(_EXPAT_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():
            particles = []
            while len(words) > 1 and words[0].islower():
                particles.append(words.pop(0))
            return {"family": " ".join(words), "given": given, "non-dropping-particle": " ".join(particles)}
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 28, 16, 9, 5, 4, 2, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if name not in people:
                people.append(name)
        return people

    # ------------------------------------------------------------------ dates and addresses
    def year(self) -> int:
        roll = self.rng.random()
        if roll < 0.06:
            return self.rng.randint(1992, 2005)  # the guanxi and mianzi classics
        return self.rng.randint(2008, 2025)

    def _date(self, year: int) -> list[int]:
        return [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]

    def _accessed(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        low = list(issued) if issued else [2022]
        while len(low) < 3:
            low.append(1)
        start = max(tuple(low), (2022, 1, 1))
        for _ in range(50):
            candidate = [
                self.rng.randint(start[0], max(start[0], 2025)),
                self.rng.randint(1, 12),
                self.rng.randint(1, 28),
            ]
            if tuple(candidate) >= start:
                return {"date-parts": [candidate]}
        return {"date-parts": [[start[0], 12, 28]]}

    def _slug(self) -> str:
        return self.fakers["en_GB"].slug()

    # ------------------------------------------------------------------ titles
    def _title(self) -> str:
        rng = self.rng
        topic, context, outcome = rng.choice(_TOPICS), rng.choice(_CONTEXTS), rng.choice(_OUTCOMES)
        forms = [
            f"{topic[0].upper()}{topic[1:]} and {outcome} {context}",
            f"The role of {topic} in {outcome} {context}",
            f"The effect of {topic} on {outcome}: evidence from {rng.choice(_CITIES[:10])}",
            f"{topic[0].upper()}{topic[1:]} {context}: a review and research agenda",
            f"Understanding {topic} {context}",
            f"From {topic} to {rng.choice(_TOPICS)}: {outcome} {context}",
            f"Can {topic} drive {outcome}? A study {context}",
            f"{topic[0].upper()}{topic[1:]}, {rng.choice(_TOPICS)} and {outcome}",
        ]
        return rng.choice(forms)

    def _chinese_title(self) -> str:
        characters, pinyin, english = self.rng.choice(_CHINESE_TITLES)
        roll = self.rng.random()
        if roll < 0.6:
            return f"{characters} [{english}]"
        if roll < 0.85:
            return f"{pinyin} [{english}]"
        return f"{english} (in Chinese)"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        if kind is None and self.pending:
            return self.pending.pop()
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        if "literal" in first:
            lead = first["literal"]
        else:
            lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        if not name.isascii():
            tags = tags | {"characters"}
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def _book(self) -> Work:
        rng = self.rng
        publisher, place = rng.choice(_PUBLISHERS)
        roll = rng.random()
        if "[" in publisher and roll < 0.7:
            title = self._chinese_title()
        elif roll < 0.25:
            title = rng.choice(["Principles of marketing: an Asian perspective", "Marketing management: China edition",
                                "Consumer behaviour in Asia", "Digital marketing strategy in China",
                                "Global marketing: Asia-Pacific edition", "Strategic brand management in China",
                                "Marketing to the Chinese consumer", "Doing business in China"])  # fmt: skip
        else:
            title = self._title()
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if rng.random() < 0.3:
            record["edition"] = str(rng.randint(2, 17))
        if rng.random() < 0.15:
            record["medium"] = rng.choice(["Kindle edition", "e-book", "EPUB"])
            record["URL"] = (
                f"https://www.{rng.choice(['vlebooks.com', 'dawsonera.com', 'ebookcentral.proquest.com', 'read.amazon.co.uk'])}/{self._slug()}"
            )
            record["accessed"] = self._accessed(record["issued"]["date-parts"][0])
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        rng = self.rng
        publisher, place = rng.choice(_PUBLISHERS[:18])
        topic = rng.choice(_TOPICS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(rng.randint(1, 3))],
            "container-title": rng.choice([f"The Routledge handbook of {topic} in China", f"{topic[0].upper()}{topic[1:]} in Asia: cases and concepts",
                                           "Marketing in emerging markets", "The Palgrave handbook of Chinese business",
                                           f"Digital China: {topic} and beyond", "Contemporary Chinese consumers"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := rng.randint(1, 400))}-{start + rng.randint(10, 35)}",
        }  # fmt: skip
        record["editor"] = [e for e in record["editor"] if "literal" not in e] or [
            {"family": rng.choice(_SURNAMES), "given": self._given()}
        ]
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        rng = self.rng
        chinese = rng.random() < 0.2
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._chinese_title() if chinese else self._title(),
            "author": self._people(8), "container-title": rng.choice(_CHINESE_JOURNALS if chinese else _JOURNALS),
            "issued": {"date-parts": [[self.year()]]}, "volume": str(rng.randint(1, 60)), "issue": str(rng.randint(1, 12)),
            "page": f"{(start := rng.randint(1, 1200))}-{start + rng.randint(8, 30)}",
        }  # fmt: skip
        if not chinese and rng.random() < 0.5:
            record["DOI"] = (
                f"10.{rng.choice(['1108', '1016', '1177', '1080', '1002', '1057'])}/{self.fakers['en_GB'].lexify('????').upper()}-{rng.randint(10, 99)}-{rng.randint(1000, 99999)}"
            )
        elif chinese and rng.random() < 0.4:
            record["URL"] = (
                f"https://kns.cnki.net/kcms/detail/{rng.randint(11, 51)}.{rng.randint(1000, 9999)}.F.{rng.randint(2015, 2024)}{rng.randint(1000, 9999)}.html"
            )
            record["accessed"] = self._accessed(record["issued"]["date-parts"][0])
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        rng = self.rng
        university, place = rng.choice(_UNIVERSITIES)
        degree = rng.choice(_DEGREES)
        title = self._chinese_title() if "[" in degree else self._title()
        record: dict[str, Any] = {"type": "thesis", "title": title, "author": [self.person()], "genre": degree,
                                  "publisher": university, "publisher-place": place,
                                  "issued": {"date-parts": [[rng.randint(2008, 2025)]]}}  # fmt: skip
        repositories = {"Hong Kong": f"https://hub.hku.hk/handle/10722/{rng.randint(100000, 350000)}",
                        "Singapore": f"https://scholarbank.nus.edu.sg/handle/10635/{rng.randint(100000, 250000)}"}  # fmt: skip
        url = repositories.get(university.split()[-1]) or repositories.get(place)
        if any(word in university for word in _MAINLAND):
            url = f"https://kns.cnki.net/kcms2/article/abstract?v={self._slug()}"
        if url and rng.random() < 0.4:
            record["URL"] = url
            record["accessed"] = self._accessed(record["issued"]["date-parts"][0])
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        rng = self.rng
        container, publisher, place = rng.choice(_CONFERENCES)
        year = rng.randint(2010, 2025)
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(5),
            "container-title": container.replace("{k}th", _ordinal(year - 2000 if "WHICEB" in container else year - 2000 + 1)),
            "publisher": publisher, "publisher-place": place, "issued": {"date-parts": [[year]]},
            "page": f"{(start := rng.randint(1, 600))}-{start + rng.randint(5, 14)}",
        }  # fmt: skip
        if rng.random() < 0.35:
            record["DOI"] = f"10.{rng.choice(['1145', '1109', '2991'])}/{rng.randint(1000000, 9999999)}"
        return self._person_work(record, "conference")

    def _working_paper(self) -> Work:
        rng = self.rng
        series, place = rng.choice(_WORKING_PAPER_SERIES)
        year = self.year()
        record: dict[str, Any] = {"type": "report", "title": self._title(), "author": self._people(4),
                                  "publisher": series, "publisher-place": place, "issued": {"date-parts": [[year]]},
                                  "genre": "Working paper", "number": f"{year}-{rng.randint(1, 60):02d}"}  # fmt: skip
        if rng.random() < 0.6:
            record["URL"] = (
                f"https://www.{rng.choice(['ssrn.com', 'nber.org', 'adb.org', 'bis.org'])}/papers/{self._slug()}"
            )
            record["accessed"] = self._accessed(record["issued"]["date-parts"][0])
        return self._person_work(record, "report")

    def _company_web(self) -> Work:
        rng = self.rng
        name, domain, _place = rng.choice(_COMPANIES)
        title = rng.choice(["About us", "Our story", "Investor relations", "Our brand", "Sustainability",
                            "Company overview", "Membership programme", "Press release: {h}", "Newsroom: {h}",
                            "Fourth quarter and full year {y} results", "Privacy policy", "Brand history"])  # fmt: skip
        year = rng.randint(max(2015, _first_year(name)), 2025) if rng.random() < 0.7 else None
        title = title.replace(
            "{h}",
            rng.choice(_HEADLINES).format(
                b=rng.choice(_HEADLINE_BRANDS),
                t=rng.choice(_TOPICS),
                a=rng.choice(_AUDIENCES),
                m=rng.choice(_MARKETS)[0],
                c=rng.choice(_CITIES),
            ),
        )
        title = title.replace("{y}", str((year or 2024) - 1))
        record: dict[str, Any] = {"type": "webpage", "title": title, "URL": f"https://www.{domain}/{self._slug()}"}
        if year:
            record["issued"] = {"date-parts": [self._date(year) if rng.random() < 0.4 else [year]]}
        if rng.random() < 0.9:
            record["accessed"] = self._accessed(record["issued"]["date-parts"][0] if year else None)
        return self._org_work(record, "web", name, {"company"})

    def _company_report(self) -> Work:
        rng = self.rng
        name, domain, place = rng.choice([c for c in _COMPANIES if any(w in c[0] for w in _LISTED)])
        year = rng.randint(_first_year(name), 2025)
        title = rng.choice([f"Annual report {year}", f"{year} environmental, social and governance report",
                            f"Interim report {year}", f"Sustainability report {year}", "Global offering prospectus",
                            f"Form 20-F for the fiscal year ended March 31, {year}", f"Fiscal year {year} annual report",
                            f"{year} corporate social responsibility report", f"{year}年年度报告 [Annual report {year}]"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" (")[0], "publisher-place": place,
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        if rng.random() < 0.65:
            record["URL"] = f"https://{domain}/{rng.choice(['media', 'ir', 'static', 'en'])}/{self._slug()}.pdf"
            record["accessed"] = self._accessed(record["issued"]["date-parts"][0])
        return self._org_work(record, "report", name, {"company"})

    def _trade_body(self) -> Work:
        rng = self.rng
        name, domain = rng.choice(_TRADE_BODIES)
        year = self.year()
        market = rng.choice(_MARKETS)[0]
        record: dict[str, Any] = {
            "type": rng.choice(["report", "webpage"]),
            "title": rng.choice([f"China {market} industry development report {year}", f"Guidelines on {rng.choice(_GOV_SUBJECTS)}",
                                 f"Top 100 chain retailers in China {year}", f"Business confidence survey {year}",
                                 f"Doing business in China: {market}", f"Self-regulation convention on {rng.choice(_GOV_SUBJECTS)}"]),
            "issued": {"date-parts": [[year]]},
        }  # fmt: skip
        if record["type"] == "report":
            record["publisher"], record["publisher-place"] = (
                name.split(" (")[0],
                rng.choice(["Beijing", "Shanghai", "Hong Kong", "London"]),
            )
        if record["type"] == "webpage" or rng.random() < 0.5:
            record["URL"] = f"https://www.{domain}/{self._slug()}"
            record["accessed"] = self._accessed(record["issued"]["date-parts"][0])
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"trade-body"})

    def _government(self) -> Work:
        rng = self.rng
        name, domain = rng.choice(_GOVERNMENT)
        year = rng.randint(2010, 2025)
        title = rng.choice(_GOV_TITLES).format(
            a=rng.choice(["Qinglang", f"{year}", "special", "nationwide"]), b=rng.choice(_GOV_SUBJECTS), y=year - 1
        )
        if "Statist" in name or "Census" in name or "统计" in name:
            title = rng.choice(_STATISTICS_TITLES).format(y=year - 1)
        elif "Bank" in name:
            title = rng.choice(_PAYMENT_TITLES).format(y=year - 1)
        record: dict[str, Any] = {"type": rng.choice(["report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [self._date(year) if rng.random() < 0.5 else [year]]},
                                  "URL": f"https://www.{domain}/{rng.choice(['xxgk', 'english', 'zwgk', 'news'])}/{self._slug()}"}  # fmt: skip
        if rng.random() < 0.88:
            record["accessed"] = self._accessed(record["issued"]["date-parts"][0])
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _legislation(self) -> Work:
        rng = self.rng
        author, title, year, month, day, domain = rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year, month, day]]}}
        if rng.random() < 0.8:
            record["URL"] = (
                f"http://www.{domain}/{rng.choice(['npc/c30834', 'englishnpc/c23934'] if 'npc' in domain else ['zfxxgk', 'c_1124', 'zcfg'])}/{self._slug()}.shtml"
            )
            if rng.random() < 0.9:
                record["accessed"] = self._accessed(record["issued"]["date-parts"][0])
        return self._org_work(record, "legislation", author, {"legislation", "government"})

    def _market_research(self) -> Work:
        rng = self.rng
        name = rng.choice(_RESEARCH)
        year = rng.randint(2015, 2025) if rng.random() < 0.9 else None
        market, market_zh = rng.choice(_MARKETS)
        title = rng.choice(_RESEARCH_TITLES).format(
            y=year or 2024, m=market, mz=market_zh, mo=rng.choice(_MONTHS), q=rng.randint(1, 4)
        )
        title = title[0].upper() + title[1:]
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" ")[0] if " " in name and not name.isascii() else name,
                                  "URL": f"https://www.{name.split()[0].lower().replace('&', '')}.com/{self._slug()}"}  # fmt: skip
        if rng.random() < 0.4:
            record["publisher-place"] = rng.choice(["Shanghai", "Beijing", "London", "Hong Kong", "Singapore"])
        if year:
            record["issued"] = {"date-parts": [[year]]}
        if rng.random() < 0.9:
            record["accessed"] = self._accessed(record["issued"]["date-parts"][0] if year else None)
        return self._org_work(record, "report", name, {"market-research"})

    def _statistics(self) -> Work:
        """CNNIC's and the NBS's statistical reports, two a year: now and then the year's second follows at once."""
        rng = self.rng
        year = rng.randint(2012, 2025)
        which = rng.choice(["cnnic", "cnnic", "nbs", "questmobile"])
        works = []
        for half in rng.sample([0, 1], 2):
            if which == "cnnic":
                name = (
                    rng.choice(["China Internet Network Information Center (CNNIC)", "CNNIC"])
                    if not works
                    else works[0].lead
                )
                number = 2 * (year - 2019) + 43 + half
                title = f"The {_ordinal(number)} statistical report on China's internet development"
                domain = "cnnic.com.cn"
            elif which == "nbs":
                name = (
                    rng.choice(["National Bureau of Statistics of China", "National Bureau of Statistics (NBS)"])
                    if not works
                    else works[0].lead
                )
                title = [f"Statistical communiqué of the People's Republic of China on the {year - 1} national economic and social development",
                         f"China statistical yearbook {year}"][half]  # fmt: skip
                domain = "stats.gov.cn"
            else:
                name = "QuestMobile" if not works else works[0].lead
                title = [f"China mobile internet spring report {year}", f"China mobile internet autumn report {year}"][
                    half
                ]
                domain = "questmobile.com.cn"
            record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year, 2 + 6 * half]]},
                                      "URL": f"https://www.{domain}/{self._slug()}"}  # fmt: skip
            if rng.random() < 0.9:
                record["accessed"] = self._accessed(record["issued"]["date-parts"][0])
            works.append(
                self._org_work(record, "report", name, {"government" if which != "questmobile" else "market-research"})
            )
            if rng.random() < 0.5:  # only one of the year's two
                break
        if len(works) == 2:
            self.pending.append(works[1])
        return works[0]

    def _news(self) -> Work:
        rng = self.rng
        year = rng.randint(2014, 2025)
        container = rng.choice(_PRESS)
        if "[" in container and rng.random() < 0.7:
            title = self._chinese_title().replace(" (in Chinese)", "")
        else:
            brand = rng.choice(_HEADLINE_BRANDS)
            title = rng.choice(_HEADLINES).format(
                b=brand,
                t=rng.choice(_TOPICS),
                a=rng.choice(_AUDIENCES),
                m=rng.choice(_MARKETS)[0],
                c=rng.choice(_CITIES),
            )
            title = title[0].upper() + title[1:]
        record: dict[str, Any] = {"type": "article-newspaper", "title": title, "author": self._people(3),
                                  "container-title": container, "issued": {"date-parts": [self._date(year)]}}  # fmt: skip
        if rng.random() < 0.85:
            record["URL"] = f"https://www.{container.split(' [')[0].lower().replace(' ', '')}.com/{self._slug()}"
            if "[" in container:
                record["URL"] = (
                    f"https://www.{rng.choice(['thepaper.cn', 'jiemian.com', '21jingji.com', 'caixin.com'])}/article/{rng.randint(10000000, 99999999)}"
                )
            if rng.random() < 0.88:
                record["accessed"] = self._accessed(record["issued"]["date-parts"][0])
        return self._person_work(record, "news")

    def _press_unsigned(self) -> Work:
        rng = self.rng
        name, domain = rng.choice(_UNSIGNED_PRESS)
        year = rng.randint(2014, 2025)
        brand = rng.choice(_HEADLINE_BRANDS)
        title = rng.choice(_HEADLINES).format(
            b=brand, t=rng.choice(_TOPICS), a=rng.choice(_AUDIENCES), m=rng.choice(_MARKETS)[0], c=rng.choice(_CITIES)
        )
        record: dict[str, Any] = {"type": "article-newspaper", "title": title[0].upper() + title[1:],
                                  "container-title": name.split(" (")[0] if rng.random() < 0.5 else domain,
                                  "issued": {"date-parts": [self._date(year)]}, "URL": f"https://{domain}/{self._slug()}"}  # fmt: skip
        if rng.random() < 0.9:
            record["accessed"] = self._accessed(record["issued"]["date-parts"][0])
        return self._org_work(record, "news", name, {"press"})

    def _social(self) -> Work:
        rng = self.rng
        platform = rng.choice(_PLATFORMS)
        year = rng.randint(2018, 2025)
        brand = rng.choice(_HEADLINE_BRANDS)
        title = rng.choice([f"Our {rng.choice(['11.11', '618', 'Spring Festival', 'Mid-Autumn', 'Golden Week'])} recap: thank you!",
                            f"Three lessons from launching {brand} in {rng.choice(_CITIES)}", f"Rethinking {rng.choice(_TOPICS)}",
                            f"我们的{rng.choice(['双11', '618', '中秋'])}营销复盘 [Our campaign review]", f"{brand} x {rng.choice(_HEADLINE_BRANDS)}: behind the collab",
                            f"Hiring: brand manager, {rng.choice(_CITIES)}"])  # fmt: skip
        record: dict[str, Any] = {"type": "post", "title": title, "container-title": platform,
                                  "issued": {"date-parts": [self._date(year)]}, "URL": f"https://www.{platform.lower()}.com/{self._slug()}"}  # fmt: skip
        record["accessed"] = self._accessed(record["issued"]["date-parts"][0])
        if rng.random() < 0.6:
            record["author"] = self._people(1)
            return self._person_work(record, "social")
        name = rng.choice(_COMPANIES)[0]
        return self._org_work(record, "social", name, {"company"})

    def _podcast(self) -> Work:
        rng = self.rng
        year = rng.randint(2017, 2025)
        record: dict[str, Any] = {
            "type": "broadcast", "title": f"Episode {rng.randint(3, 420)}: {rng.choice(_TOPICS)} {rng.choice(_CONTEXTS)}",
            "author": self._people(2), "container-title": rng.choice(_PODCASTS), "medium": "Podcast",
            "issued": {"date-parts": [self._date(year)]}, "URL": f"https://podcasts.apple.com/podcast/{self._slug()}",
        }  # fmt: skip
        record["accessed"] = self._accessed(record["issued"]["date-parts"][0])
        return self._person_work(record, "podcast")

    def _video(self) -> Work:
        rng = self.rng
        medium, host = rng.choice(_VIDEO_HOSTS)
        year = rng.randint(2015, 2025)
        brand = rng.choice(_HEADLINE_BRANDS)
        record: dict[str, Any] = {
            "type": "motion_picture", "medium": medium,
            "title": rng.choice([f"How {brand} conquered China", f"Inside {brand}'s {rng.choice(_TOPICS)} strategy",
                                 f"{rng.choice(_TOPICS)[0].upper()}{rng.choice(_TOPICS)[1:]} explained", f"{brand} brand story"]),
            "issued": {"date-parts": [self._date(year)]}, "URL": f"https://www.{host}{self.fakers['en_GB'].lexify('??????????')}",
        }  # fmt: skip
        record["accessed"] = self._accessed(record["issued"]["date-parts"][0])
        if rng.random() < 0.5:
            record["author"] = self._people(1)
            return self._person_work(record, "video")
        return self._org_work(record, "video", rng.choice(_VIDEO_ORGS), {"media"})

    def _undated_web(self) -> Work:
        rng = self.rng
        name, domain = rng.choice(_CONSULTANCY_BLOGS)
        topic = rng.choice(_TOPICS)
        record: dict[str, Any] = {"type": "webpage",
                                  "title": rng.choice([f"The ultimate guide to {topic} in China", f"{topic[0].upper()}{topic[1:]}: what foreign brands get wrong",
                                                       f"An introduction to {topic}", f"{topic[0].upper()}{topic[1:]} for beginners",
                                                       f"Case study: {rng.choice(_HEADLINE_BRANDS)} and {topic}"]),
                                  "URL": f"https://{domain}/{self._slug()}"}  # fmt: skip
        if rng.random() < 0.9:
            record["accessed"] = self._accessed(None)
        if rng.random() < 0.45:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        return self._org_work(record, "web", name, {"company", "undated"})
