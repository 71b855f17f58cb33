"""The blind175 pool (HELD OUT): marketers in mainland China and its diaspora, writing CIM reports in English.

A hundred-and-seventy-fifth independent pool, written without reading the checker (marker/checks), its tests or
any other pool. The candidates are brand, growth and CRM managers in Beijing, Shanghai, Shenzhen, Guangzhou,
Hangzhou, Chengdu, Chongqing, Wuhan, Xi'an and Suzhou, or in Singapore, Kuala Lumpur, Vancouver, Sydney, London and
San Francisco, at platforms and fintechs (Alibaba, JD.com, Pinduoduo/Temu, Meituan, ByteDance/Douyin, Kuaishou,
Tencent/WeChat, Xiaohongshu, Bilibili, Ant Group/Alipay), banks, telecoms, phone and car makers, tea, coffee and
dairy brands, beauty and sportswear brands, the press and agencies. Their frames write in the English of
Chinese-educated MBA and CIM candidates ("It can be seen that", "As we all know", "In recent years"), their claims
are about live commerce, private traffic, guochao, lower-tier cities and super-apps, and their decoys are the
brackets, years, codes and figures such reports are full of: PRC laws with their years and revisions, CAC
campaigns, SAMR fines, RMB, CNY, ¥, wan and yi, GMV, Singles' Day (11.11), 618, Spring Festival and Golden Week,
the Canton Fair and the CIIE, stock codes, ICP licences and unified social credit codes, GB standards, Five-Year
Plans, founders and livestreamers, product models, titles in 《》 with English glosses, chengyu, dynasties and more,
none of them citations. HELD OUT: never tune on it; report its tables, never its misses.

``values(rng)`` adds this pool's own fill values: {city}, {plat}, {fest}, {pct}, {Y3}, {mo}, {reg}, {kol}, {exec},
{prod}, {uni}, {bn}, {wan}, {px}, {tier}, {aud} and {h}.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Luckin Coffee", "Mixue", "HEYTEA", "Nayuki", "Yili", "Mengniu", "Wahaha", "Nongfu Spring", "Moutai",
          "Haidilao", "Genki Forest", "Perfect Diary", "Florasis", "Proya", "Li-Ning", "Anta", "Bosideng", "Shein",
          "Temu", "Pinduoduo", "Meituan", "Taobao", "Tmall", "JD.com", "Xiaohongshu", "Bilibili", "Douyin", "Kuaishou",
          "Alipay", "WeChat Pay", "ICBC", "China Construction Bank", "Bank of China", "China Merchants Bank",
          "China Mobile", "China Unicom", "China Telecom", "Huawei", "Xiaomi", "OPPO", "vivo", "BYD", "NIO",
          "Li Auto", "Geely", "Pop Mart", "Chagee", "Yum China", "Uniqlo China", "Cotti Coffee"]  # fmt: skip

_CITIES = ["Beijing", "Shanghai", "Shenzhen", "Guangzhou", "Hangzhou", "Chengdu", "Chongqing", "Wuhan", "Xi'an",
           "Suzhou", "Singapore", "Kuala Lumpur", "Vancouver", "Sydney", "London", "San Francisco"]  # fmt: skip
_PLATFORMS = ["Douyin", "Tmall", "Taobao", "JD.com", "Pinduoduo", "Xiaohongshu", "WeChat", "Kuaishou", "Bilibili",
              "Meituan", "Weibo", "Dianping", "WeChat Channels", "Alipay"]  # fmt: skip
_FESTIVALS = ["Singles' Day", "618", "Spring Festival", "the Mid-Autumn Festival", "Golden Week", "Double 12",
              "Qixi", "520", "Chinese New Year", "the Dragon Boat Festival", "Women's Day (3.8)"]  # fmt: skip
_KOLS = ["Li Jiaqi", "Viya", "Luo Yonghao", "Dong Yuhui", "Simba", "Crazy Little Brother Yang", "Li Ziqi", "Papi Jiang"]
_EXECUTIVES = ["Lei Jun", "Zhang Yiming", "Jack Ma", "Pony Ma", "Richard Liu", "Colin Huang", "Ren Zhengfei",
               "Wang Chuanfu", "Wang Xing", "William Li", "Li Xiang", "Zhong Shanshan", "Zong Qinghou", "Li Ning",
               "Ding Shizhong", "Zhang Yong", "Daniel Zhang", "Eddie Wu"]  # fmt: skip
_PRODUCTS = ["Xiaomi SU7", "Huawei Mate 60 Pro", "BYD Seal", "BYD Dolphin", "NIO ET5", "Li Auto L9", "OPPO Find X7",
             "vivo X100", "Geely Galaxy E8", "Xiaomi 14 Ultra", "Huawei P70", "Honor Magic6"]  # fmt: skip
_UNIVERSITIES = ["Tsinghua", "Peking University", "Fudan", "CEIBS", "SJTU Antai", "Zhejiang University",
                 "Renmin University", "Sun Yat-sen University", "Wuhan University", "NUS Business School"]  # fmt: skip
_AUDIENCES = ["Gen Z consumers", "post-95s", "post-00s", "young mothers", "white-collar workers in first-tier cities",
              "county-town shoppers", "overseas Chinese students", "silver-haired consumers", "small-town youth",
              "new middle-class families", "Singaporean Chinese millennials", "members of the brand's WeChat groups"]  # fmt: skip
_HANDLES = ["@喜茶HEYTEA", "@luckincoffee", "@小米公司", "@完美日记PerfectDiary", "@bilibili", "@蜜雪冰城",
            "@LiNing李宁", "@元气森林"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn after the builder's common ones."""
    return {
        "city": rng.choice(_CITIES), "plat": rng.choice(_PLATFORMS), "fest": rng.choice(_FESTIVALS),
        "pct": str(rng.randint(4, 87)), "Y3": str(rng.randint(2019, 2025)),
        "mo": rng.choice(["January", "March", "April", "June", "August", "September", "October", "November", "December"]),
        "reg": rng.choice(["CAC", "SAMR", "MIIT", "PBOC", "NBS", "CNNIC", "MOFCOM", "NMPA"]),
        "kol": rng.choice(_KOLS), "exec": rng.choice(_EXECUTIVES), "prod": rng.choice(_PRODUCTS),
        "uni": rng.choice(_UNIVERSITIES), "bn": f"{rng.randint(1, 95)}.{rng.randint(1, 9)}",
        "wan": str(rng.randint(15, 980)), "px": f"{rng.randint(3, 39)}.9",
        "tier": rng.choice(["first-tier", "new first-tier", "second-tier", "third-tier", "lower-tier", "county-level"]),
        "aud": rng.choice(_AUDIENCES), "h": rng.choice(_HANDLES),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} pointed out that {C}.",
    "{N} argued that {C}, which is very relevant for {B}.",
    "{N} found that {C}, although the sample came mainly from {tier} cities.",
    "{N} believe that {C}.",
    "{N} states clearly that {C}.",
    "{N} emphasised that {C}, especially for {aud}.",
    "{N} put forward the view that {C}.",
    "{N} conducted a survey in {city} and found that {C}.",
    "{N} studied {plat} and concluded that {C}.",
    "{N} holds that {C}; this is also the experience of {B}.",
    "{N} indicated that {C} during {fest}.",
    "{N} further explained that {C}.",
    "{N} proposed that {C}, so {B} should not only focus on price.",
    "{N} compared Chinese and Western consumers and showed that {C}.",
    "{N} warned that {C} if the brand loses the trust of {aud}.",
    "{N} noted that, in the Chinese context, {C}.",
    "{N} summarised three reasons why {C}.",
    "{N} suggested that {C} and that {C2}.",
    "{N} observed that {C} – a lesson for {B} as it expands to {city}.",
    "{N} takes a different view, arguing that {C}.",
    "{N} reported that {C} among {aud}.",
    "{N} described how {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} pointed out, {C}.",
    "According to {N}, {C}.",
    "{O}, {N} found that {C}.",
    "In the research of {N}, {C}.",
    "It can be seen from {N} that {C}.",
    "This is in line with {N}, who argued that {C}.",
    "{C}, as {N} have shown.",
    "{C}, which is consistent with {N}.",
    "{B} is a typical case: {N} showed that {C}.",
    "As we all know, {C}; {N} gives the data behind this.",
    "In recent years, as {N} observed, {C}.",
    "Based on the study of {N}, {C}.",
    "Different from Western markets, {N} argued that {C}.",
    "{C}; however, {N} found the opposite among {aud}.",
    "When {B} entered {city}, it followed the advice of {N}: {C}.",
    "Drawing on the interviews of {N}, it appears that {C}.",
    "A survey by {N} of {n} consumers in {city} shows that {C}.",
    "Both {B} and its rivals rely on {plat}, and {N} found that {C}.",
    "{C} – a point also made by {N}.",
    "Similar to what {N} reported for {plat}, {C}.",
    "For a brand like {B}, the findings of {N} suggest that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.",
    "According to {N} survey, {C}.",
    "{O}, {N} model helps to explain why {C}.",
    "{N} framework is useful for {B} because {C}.",
    "This supports {N} argument that {C}.",
    "{N} findings on {plat} suggest that {C}.",
    "Applying {N} framework to {B}, {C}.",
    "{N} study of {aud} found that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "In recent years, {C} {P}.",
    "It can be seen that {C} {P}.",
    "For {B}, {C} {P}.",
    "Research shows that {C} {P}.",
    "This is important because {C} {P}.",
    "During {fest}, {C} {P}.",
    "On {plat} in particular, {C} {P}.",
    "As a result, {C} {P:see}.",
    "Several studies agree that {C} {P:e.g.}.",
    "{C}, especially among {aud} {P}.",
    "{C}, which explains why {B} invests so much in {plat} {P}.",
    "Compared with Western markets, {C} {P}.",
    "In {tier} cities, {C} {P}.",
    "Overall, {C} {P:see also}.",
    "Many scholars believe that {C} {P:cf.}.",
    "{B} is a good example, because {C} {P}.",
    "The super-app model means that {C} {P}.",
    "{C}. {P}",
    "Live-streaming, private traffic and membership are the three pillars of this strategy {P}.",
    "{C}, as the experience of {city} shows {P:for example,}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{C} {P}, but {C2}.",
    "{C} {P}; at the same time, {C2}.",
    "Although {C} {P}, {C2}.",
    "While {C} {P}, it is also true that {C2}.",
    "Because {C} {P}, {B} should make sure that {C2}.",
    "{C} {P:see}, whereas {C2}.",
    "Some scholars {P:e.g.} argue that {C}.",
    "{C} {P}: in other words, {C2}.",
    "Studies of {plat} {P} show that {C}.",
]  # fmt: skip
CLAIMS = [
    "live-streaming on {plat} turns impulse buying into a daily habit for {aud}",
    "private traffic in WeChat groups is cheaper to keep than public traffic is to buy",
    "guochao brands win {aud} by mixing traditional culture with modern design",
    "{aud} trust a KOC's honest review more than a celebrity endorsement",
    "discounts during {fest} pull sales forward rather than create new demand",
    "{B} cannot rely on price wars forever because margins are already very thin",
    "lower-tier cities are where the next wave of growth for {B} will come from",
    "membership schemes lift repeat purchase only when the benefits are easy to understand",
    "super-apps such as WeChat and Alipay keep users inside one ecosystem",
    "a strong story about Chinese origin raises willingness to pay among {aud}",
    "co-branding with a famous IP creates buzz but rarely builds long-term loyalty",
    "the algorithm on Douyin rewards content that keeps users watching in the first three seconds",
    "{aud} search on Xiaohongshu before they buy, not on Baidu",
    "foreign brands lose market share when they do not localise their digital channels",
    "mobile payment has made cash almost disappear from retail in {tier} cities",
    "consumers expect delivery within thirty minutes in most big cities",
    "using {T} works better in China when it is combined with social commerce",
    "negative word of mouth on Weibo spreads faster than the brand can respond",
    "customers of {B} care about emotional value as much as about functional value",
    "state-owned banks have had to learn from fintechs to keep younger customers",
    "the PIPL has made first-party data much more valuable than bought data",
    "livestreamers now have more bargaining power than many of the brands they sell",
    "Chinese brands going overseas must build trust from zero in each new market",
    "community group buying lowers the cost of reaching {aud}",
    "{aud} switch between {plat} and offline stores many times before they buy",
    "a clear position on price and quality matters more than heavy advertising",
    "guanxi with distributors still shapes how fast a brand can expand outside the coastal cities",
    "red-packet campaigns attract users quickly but many of them leave afterwards",
    "{B} could use its mini-program to link online coupons with store visits",
    "new-energy vehicle buyers treat the brand's app community as part of the product",
]  # fmt: skip
OPENERS = ["In the Chinese market", "For {B}", "On {plat}", "During {fest}", "Compared with the UK",
           "Since the pandemic", "In lower-tier cities", "From a guanxi perspective", "Within the diaspora",
           "In {city}", "In recent years", "Generally speaking", "Nowadays", "What is more", "In this case",
           "For international brands", "Among {aud}", "On the other hand", "Last but not least"]  # fmt: skip
PLAIN = [
    "{B} sells through Tmall, JD.com, Douyin and its own WeChat mini-program.",
    "The rest of this section applies the 7Ps to {B}'s business in {city}.",
    "The author works in the brand team of {B} and has direct access to its data.",
    "{B} has around {n} stores, most of them in {tier} cities.",
    "A PESTLE analysis of the Chinese market is included in the appendix.",
    "The recommendations below are phased over the next twelve months.",
    "{O}, {C}.",
    "Customer service is handled through WeChat, the app and a hotline.",
    "The campaign was planned around {fest}, the busiest period of the year.",
    "{B}'s followers on {plat} have grown quickly, but engagement per post has fallen.",
    "Competitors are analysed in Table 2 by price, channel and positioning.",
    "The budget is mainly spent on KOL cooperation and paid traffic on {plat}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one textbook puts it, {Q} {P}.",
    "This is summed up well: {Q} {P}.",
    "{N} put it directly: {Q}.",
    "{B} seems to agree that {Q} {P}.",
    "In the words of {N}, {Q}.",
    "One Chinese scholar concluded that {Q} {P}, which {B} should take seriously.",
    "Marketers in {city} are often reminded that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘involution’", "‘lying flat’", "‘seeding grass’", "‘pulling weeds’", "‘private traffic’",
                "‘national tide’", "'revenge spending'", "“wanghong”", "‘emotional value’", "‘sinking market’",
                "'bang for the buck'", "‘special forces tourism’", "“Citywalk”", "‘new retail’", "‘face’",
                "‘996’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} has been criticised for {Q} in its pricing {P}.",
    "Many {aud} are tired of so-called {Q} marketing {P}.",
    "The idea of {Q} is now common in Chinese marketing {P}.",
    "This trend, often called {Q}, affects {aud} most {P}.",
    "This is what {N} called {Q}.",
    "The term {Q} is used very loosely in the industry {P}.",
    "Critics call this {Q}, and {B} is not immune {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Your {fest} coupons expire at midnight’", "‘红包已到账 – your red packet has arrived’",
                 "“Pre-sale starts now: pay a deposit, save ¥{px}”", "‘Hi, your exclusive member price is ready’",
                 "‘Only 3 hours left! Free shipping on everything’", "“Your order has shipped from our {city} warehouse”",
                 "‘New flavour alert: limited to {fest}’", "‘Thank you for being a member for one year’",
                 "'Buy 2 get 1 free – today only'", "‘Scan to join our WeChat group and get ¥{px} off’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A push message such as {Q} can lift open rates {P}.",
    "{B} sent {Q} to inactive members {P}.",
    "Short, urgent copy like {Q} works well with {aud} {P}.",
    "Messages like {Q} create a sense of urgency {P}.",
    "The SMS {Q} had the highest click rate of the campaign {P}.",
    "Testing {Q} against a plainer version showed a clear winner {P}.",
]  # fmt: skip

# Text with brackets, years, codes or quotation marks that is no citation: each kind is one habit of these reports.
NOT_CITATIONS = {
    "prc-law-year": [
        "Since the Personal Information Protection Law of the People's Republic of China (2021) took effect, {B} asks for separate consent.",
        "The E-commerce Law (2019) made platforms responsible for their sellers' licences.",
        "The Data Security Law (2021) and the PIPL changed how {B} stores member data.",
    ],
    "law-revision": [
        "Words such as 'best' and 'No. 1' are banned by the Advertising Law of the PRC (2015 revision).",
        "The Anti-Unfair Competition Law (2019 amendment) now covers fake reviews and click farming.",
        "The Consumer Rights Protection Law (2013 amendment) gives online buyers seven days to return goods.",
    ],
    "law-article": [
        "Article 9 of the Advertising Law bans superlatives (Art. 9(3)), so {B} removed 'top' from its copy.",
        "Under Article 13 of the PIPL (consent and its exceptions), {B} cannot share member data with partners.",
        "Article 17 of the E-commerce Law (disclosure of information) applies to every shop on {plat}.",
    ],
    "regulator-campaign": [
        "The CAC's 'Qinglang' campaign ({Y3}) targeted fake traffic and paid reviews.",
        "The CAC's special action against 'fan circle' chaos (summer {Y3}) cut many celebrity accounts.",
        "{plat} closed thousands of shops after the {reg} inspection ({mo} {Y3}).",
    ],
    "regulator-fine": [
        "SAMR fined Alibaba RMB 18.228 bn (April 2021) under the Anti-Monopoly Law.",
        "Meituan was fined CNY 3.44 bn (October 2021) for its 'choose one of two' policy.",
        "{B} paid a fine of ¥{wan},000 ({Y3}) for using the word 'national level' in an advert.",
    ],
    "rmb-amount": [
        "The launch budget was small (RMB {wan} wan) compared with its rivals.",
        "Its best-selling drink costs only ¥{px} (about £1).",
        "Total marketing spend reached CNY {bn} bn ({Y3}), mostly on {plat}.",
    ],
    "wan-yi-figure": [
        "The live room attracted 3,200 wan viewers (32 million) in one night.",
        "{B}'s revenue passed 100 yi yuan (RMB 10 bn) for the first time in {Y3}.",
        "The campaign video was played {wan} wan times (萬次) on {plat}.",
    ],
    "gmv-year": [
        "Douyin e-commerce kept growing ({Y3} GMV: about ¥{q}.{q} trillion).",
        "{B}'s GMV during {fest} rose sharply ({Y3} figure: RMB {bn} bn).",
        "Live-streaming sales now make up a large share of online retail ({Y3} data).",
    ],
    "festival-date": [
        "Singles' Day (11.11) started as a Taobao promotion and is now a national shopping festival.",
        "The 618 festival (18 June) was created by JD.com to celebrate its founding day.",
        "Pre-sales for Double 11 now start in late October (20:00, 24 October {Y3}).",
    ],
    "lunar-calendar": [
        "Spring Festival sales peak in the two weeks before the first day of the first lunar month (农历正月初一).",
        "The Year of the Dragon (2024) boosted demand for red packaging and gold jewellery.",
        "Chinese New Year fell on 10 February in 2024 and on 29 January in 2025.",
    ],
    "golden-week": [
        "Domestic travel recovered strongly during the National Day Golden Week (1–7 October).",
        "{B} ran pop-up stores in {city} over Golden Week (October {Y3}).",
        "The May Day holiday (1–5 May) is now the second-biggest travel week of the year.",
    ],
    "mid-autumn": [
        "Mooncake gift boxes are the core product for the Mid-Autumn Festival (15th day of the 8th lunar month).",
        "Qixi (the Chinese Valentine's Day, 7th day of the 7th lunar month) is a key date for {B}.",
        "The campaign linked '520' (20 May, which sounds like 'I love you') to couples' gifts.",
    ],
    "trade-fair": [
        "{B} exhibited at the 133rd Canton Fair (spring 2023) to meet overseas buyers.",
        "The China International Import Expo (CIIE, Shanghai, November {Y3}) is a showcase for foreign brands.",
        "The brand met distributors at the Canton Fair (Guangzhou, April and October each year).",
    ],
    "stock-code": [
        "Alibaba is listed in both New York and Hong Kong (NYSE: BABA; HKEX: 9988).",
        "BYD's A shares (SZSE: 002594) rose by {pct}% in {Y3}.",
        "Kweichow Moutai (SSE: 600519) is the most valuable listed company in the sector.",
    ],
    "legal-name-founded": [
        "The holding company (Zhejiang Geely Holding Group, founded 1986) also owns Volvo Cars.",
        "Mixue's operating entity (蜜雪冰城股份有限公司, est. 2008) is registered in Zhengzhou.",
        "The joint venture (SAIC-GM, set up in 1997) was the model for many foreign car makers.",
    ],
    "founder-born": [
        "Xiaomi's founder Lei Jun (b. 1969) often presents new products himself.",
        "Zong Qinghou (1945–2024) built Wahaha from a school shop in Hangzhou.",
        "{exec} (founder) is still seen as the face of the brand.",
    ],
    "executive-role": [
        "{exec} (chairman since {Y}) announced the new strategy at the annual meeting.",
        "According to the brand director (Ms Chen, Shanghai office), the target is {pct}% growth.",
        "Dong Mingzhu (chair of Gree, 2012–) often appears in the company's own adverts.",
    ],
    "livestreamer": [
        "{kol} sold out the product within minutes (11.11 pre-sale, {Y3}).",
        "Viya (Huang Wei) was fined RMB 1.34 bn in December 2021 for tax evasion.",
        "Li Jiaqi (the 'Lipstick King') lost followers after a comment about a ¥79 eyebrow pencil (September 2023).",
    ],
    "product-model": [
        "The {prod} ({Y3}) was promoted mainly through the founder's Weibo account.",
        "The Xiaomi SU7 (launched 28 March 2024) received over 88,000 locked-in orders in 24 hours.",
        "Huawei's Mate 60 Pro (August 2023) was seen as a symbol of national pride.",
    ],
    "app-launch": [
        "WeChat (launched January 2011) now has over 1.3 billion monthly active users.",
        "Mini-programs (小程序, 2017) let brands sell inside WeChat without an app.",
        "Douyin (2016) and its overseas version TikTok (2017) share the same recommendation engine.",
    ],
    "campaign-year": [
        "Luckin's 'Jiang Xiang Latte' with Moutai (4 September 2023) sold 5.42 million cups on its first day.",
        "The 'Chi Fan for Tomorrow' campaign (2019) showed how not to advertise in China.",
        "{B}'s '{fest} Family Reunion' film ({Y3}) was shared widely on {plat}.",
    ],
    "chinese-slogan": [
        "Nongfu Spring's line '我们不生产水，我们只是大自然的搬运工' [We don't make water, we are just nature's porter] is still famous.",
        "Mixue's theme song ('你爱我，我爱你，蜜雪冰城甜蜜蜜') went viral on Douyin in {Y3}.",
        "Wahaha's early slogan '喝了娃哈哈，吃饭就是香' [Drink Wahaha, and food tastes better] targeted parents.",
    ],
    "book-title-marks": [
        "The hit drama 《狂飙》 (The Knockout, 2023) created a wave of product placement.",
        "Scenes from 《繁花》 (Blossoms Shanghai, 2023) made the Huanghe Road restaurants famous.",
        "{B} placed its products in the variety show 《乘风破浪的姐姐》 (Sisters Who Make Waves).",
    ],
    "tv-gala": [
        "The CCTV Spring Festival Gala ({Y3}) is still the most expensive advertising slot in China.",
        "Red packets were given out during the Gala (Chunwan, 春晚) through {plat}.",
        "'The Rap of China' (iQIYI, 2017) made hip-hop mainstream for Gen Z.",
    ],
    "award-year": [
        "The campaign won a Gold at the Greater China Effie Awards ({Y3}).",
        "{B}'s packaging received a Red Dot award (product design, {Y3}).",
        "The film was shortlisted at Cannes Lions ({Y3}, Film Craft).",
    ],
    "ranking-year": [
        "{B} entered the Fortune China 500 (No. {n} in {Y3}).",
        "Tencent has been the most valuable Chinese brand for years (rank {q} of 100 in {Y3}).",
        "The brand moved up in the Hurun Global Unicorn Index ({Y3}) to a value of ¥{bn} bn.",
    ],
    "user-figures": [
        "WeChat is used by most adults in China (MAU: 1.34 bn, Q4 {Y3}).",
        "Xiaohongshu has around 300 million monthly users (70% female, {pct}% born after 1990).",
        "{plat}'s daily active users passed {wan} million (DAU, {mo} {Y3}).",
    ],
    "fiscal-quarter": [
        "Alibaba's fiscal year ends in March (FY{Y3} covers April to March).",
        "Revenue growth slowed sharply (Q{q} FY{Y3}: {pct}% year on year).",
        "Same-store sales fell for the third quarter in a row (Q{q} {Y3}).",
    ],
    "survey-sample": [
        "Most respondents shop on {plat} every week (n = {n}, {city} and {tier} cities).",
        "The questionnaire was sent through WeChat groups (n = {n}, response rate {pct}%).",
        "Interviews were held in Mandarin and translated by the author (8 interviews, {mo} {Y3}).",
    ],
    "figure-table": [
        "Sales by channel are shown below (Figure {q}).",
        "The competitor map (see Table {q}) compares price and positioning.",
        "Monthly GMV is summarised in the chart (Figure {q}, source: company data).",
    ],
    "task-appendix": [
        "The full customer journey is in the appendix (Appendix {q}).",
        "This links back to the situation analysis (Task 1a, Section 2).",
        "The budget breakdown (Appendix {q}, p. {q}) is in RMB.",
    ],
    "wechat-id": [
        "Customers can follow the official account (WeChat ID: luckincoffee2017) for coupons.",
        "The store manager's enterprise WeChat (企业微信) adds every new customer.",
        "Fans can search the brand on Xiaohongshu ({h}) or scan the QR code in store.",
    ],
    "web-domain": [
        "The flagship store (www.tmall.com) carries the full range.",
        "Overseas customers order from the brand's own site (global.heytea.com).",
        "Most traffic comes from the mini-program rather than the website (www.jd.com).",
    ],
    "weibo-hashtag": [
        "The hashtag #国潮# (guochao) has billions of views on Weibo.",
        "The topic #新品上市# (new arrivals) trended for two days in {mo} {Y3}.",
        "The challenge #RedPacketDance ({fest} {Y3}) was started by the brand's own staff.",
    ],
    "icp-licence": [
        "Every website in mainland China must show its licence number (沪ICP备13030189号).",
        "The brand's website footer shows its ICP filing (京ICP证030173号-1).",
        "Foreign brands often need a local partner to obtain an ICP licence (ICP备案).",
    ],
    "credit-code": [
        "The seller's unified social credit code (91330100799655058B) is shown on every invoice.",
        "The business licence (统一社会信用代码 91440300MA5FXXXX2K) is displayed in the shop.",
        "The company was registered in the Shanghai pilot free trade zone (registration no. 310000400{wan}).",
    ],
    "hotline": [
        "Complaints can be made to the national consumer hotline (12315).",
        "The brand's service hotline (400-820-{wan}) is open every day from 9:00 to 21:00.",
        "Customers in Singapore can call the local office (+65 6{wan} 1234).",
    ],
    "address-postcode": [
        "The headquarters is on West Wenyi Road (Yuhang District, Hangzhou 311121).",
        "The first store opened in Sanlitun (Chaoyang District, Beijing 100027).",
        "The Sydney office (Level {q}, 100 George Street, NSW 2000) serves the Australian market.",
    ],
    "chinese-date": [
        "The announcement was posted on the official account (2023年11月11日).",
        "The new rules take effect on 1 {mo} (实施日期: {Y3}-{q}-1).",
        "The store opened on a lucky date (8 August, 8.8) chosen by the owner.",
    ],
    "tier-city": [
        "The brand grew fastest in new first-tier cities (Chengdu, Hangzhou, Wuhan and Xi'an).",
        "Most new stores were in {tier} cities (xiachen shichang, 下沉市场).",
        "City tiers are an industry habit (widely used since the 2010s), not an official classification.",
    ],
    "five-year-plan": [
        "The 14th Five-Year Plan (2021–2025) puts domestic consumption at the centre of growth.",
        "Made in China 2025 (announced 2015) supports high-end manufacturing such as EVs.",
        "The dual circulation strategy (2020) encourages brands to focus on the home market.",
    ],
    "policy-year": [
        "The 'double reduction' policy (July 2021) hit the after-school tutoring industry overnight.",
        "Common Prosperity (2021) made luxury brands more careful about showing wealth.",
        "Trade-in subsidies for cars and appliances ({Y3}) lifted sales in the second half.",
    ],
    "history-year": [
        "Private brands only appeared after the Reform and Opening-up (1978).",
        "China joined the WTO (December 2001), which opened retail to foreign brands.",
        "The Beijing Olympics (2008) was the turning point for Li-Ning's brand image.",
    ],
    "covid-period": [
        "Many stores in Shanghai stayed closed during the lockdown (April–May 2022).",
        "Online sales rose during the zero-COVID years (2020–2022).",
        "Footfall did not recover until after reopening (January 2023).",
    ],
    "gb-standard": [
        "The drink meets the national food additive standard (GB 2760-2014).",
        "Down jackets must follow the national standard (GB/T 14272-2021) on filling.",
        "{B}'s data security follows the graded protection standard (GB/T 22239-2019).",
    ],
    "trademark-patent": [
        "The brand name is protected by a registered trademark (TM No. 12{wan}567, Class 43).",
        "The cup design has a Chinese design patent (ZL 2021 3 0{wan}.5).",
        "A squatter had registered the Chinese name first (trademark dispute, {Y}–{Y2}).",
    ],
    "exchange-rate": [
        "All figures are converted at a fixed rate (£1 = ¥9.10, {mo} {Y3}).",
        "The budget is about US$1.4 million (RMB 10 million at 7.1).",
        "Prices in Malaysia are higher (RM 15.90, about ¥24).",
    ],
    "macro-figure": [
        "China's economy grew more slowly than before (GDP growth 5.2%, 2023).",
        "Retail sales of consumer goods reached RMB 47.1 trillion (2023 total, up 7.2%).",
        "Youth unemployment rose to a record high ({pct}.{q}%, June 2023).",
    ],
    "university-founded": [
        "The author studied at {uni} (MBA, class of {Y3}).",
        "Tsinghua University (founded 1911) runs one of the largest EMBA programmes in Asia.",
        "The case was discussed in a CEIBS elective (Shanghai campus, {mo} {Y3}).",
    ],
    "honorific-person": [
        "Mr Wang (store manager, {city}) said that most customers pay with WeChat Pay.",
        "Teacher Li (李老师), a KOC with {wan} thousand followers, reviewed the product.",
        "Director Zhang (marketing, {B}) approved the plan in {mo}.",
    ],
    "interviewee": [
        "One franchisee (Interviewee 3, Chengdu) said that delivery orders now exceed walk-in orders.",
        "A brand manager (Participant B, female, 29) described Xiaohongshu as 'the new search engine'.",
        "The regional manager (interviewed {d} {mo} {Y3}) confirmed the target.",
    ],
    "chengyu": [
        "The brand follows the idea of 入乡随俗 (rù xiāng suí sú, 'when in Rome, do as the Romans do').",
        "Its founder often quotes 物美价廉 (wù měi jià lián, 'good quality at a low price').",
        "Customers value 面子 (miànzi, 'face') when they buy gifts for {fest}.",
    ],
    "dynasty-dates": [
        "The tea culture goes back to the Tang dynasty (618–907).",
        "Florasis uses patterns from the Song dynasty (960–1279) on its packaging.",
        "The brand's name comes from a Ming dynasty (1368–1644) poem.",
    ],
    "time-honoured": [
        "Wang Zhi He (王致和, since 1669) is one of the oldest time-honoured brands in Beijing.",
        "Only a few firms have the official time-honoured brand title (中华老字号, certified 2006).",
        "{B} cooperated with a laozihao brand (founded 1862) on a limited edition.",
    ],
    "zodiac-edition": [
        "The Year of the Rabbit edition (2023) sold out in three days.",
        "Moutai's zodiac bottle (Year of the Dragon, 2024) was sold at ¥2,499.",
        "The limited can (Year of the Snake, 2025) was only available on {plat}.",
    ],
    "diaspora-law": [
        "In Singapore the same data is covered by the Personal Data Protection Act 2012 (PDPA).",
        "Canadian stores must also follow PIPEDA (2000) when they collect emails.",
        "The Australian site has to comply with the Privacy Act 1988 (Cth).",
    ],
    "price-tag": [
        "Mixue's ice cream still costs ¥3 (2 yuan in its early years).",
        "The coffee was priced at ¥9.9 per cup during the price war ({Y3}).",
        "A cup of HEYTEA cost around 30 kuai ({Y}) but is much cheaper now.",
    ],
    "beijing-time": [
        "The live stream started at 20:00 (Beijing time, UTC+8).",
        "Peak ordering hours are at lunch (11:30–13:00) and late at night (22:00–24:00).",
        "Orders placed before midnight (00:00 on 12 November) qualify for the discount.",
    ],
    "sports-event": [
        "Anta was an official partner of the Beijing 2022 Winter Olympics (4–20 February 2022).",
        "The Hangzhou Asian Games (September 2023) used Alipay for ticketing.",
        "Li-Ning's sponsorship of the national team (Paris 2024) raised its profile.",
    ],
    "sku-code": [
        "The best seller (SKU 100012043978) is a gift set for {fest}.",
        "The product (item no. CN-{Y3}-{q}0{q}) was only sold through live streams.",
        "Its barcode (6901234567892) starts with 690, the prefix for China.",
    ],
    "tax-fapiao": [
        "Prices include VAT (13% for goods, 6% for services).",
        "Corporate customers need an official invoice (fapiao, 发票) for every order.",
        "Cross-border parcels are taxed at a lower rate (9.1%, up to RMB 5,000 per order).",
    ],
    "exhibition-model": [
        "The Auto Shanghai show (April {Y3}) was used to launch three new models.",
        "Huawei presented HarmonyOS NEXT at its developer conference (HDC, June {Y3}).",
        "The World Artificial Intelligence Conference (WAIC, Shanghai, {Y3}) featured many AIGC tools.",
    ],
}  # fmt: skip
