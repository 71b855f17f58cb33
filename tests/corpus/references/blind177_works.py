"""Works for the hundred-and-seventy-seventh independent pool, "blind177" (HELD OUT): marketers in Japan and its diaspora.

Written without reading the checker, its tests or any other pool. The works are what CIM Level 6 and 7 candidates
and MBA students writing in English about Japanese markets cite: textbooks and e-books, chapters, journal articles
with one to eight authors (some with DOIs), theses from Hitotsubashi, Keio, Waseda, Tokyo, Kobe and Kyoto, papers
from Japanese and international conferences, company pages and integrated reports (Co., Ltd., K.K., Inc.,
Holdings), trade bodies, ministries and agencies (the PPC, the JFTC, the Consumer Affairs Agency, METI, MIC and the
Statistics Bureau of Japan, the last with two works of 2019), laws numbered as Japan numbers them ("Act No. 57 of
2003") in the Ministry of Justice's translation, research firms (Video Research, Macromill, Intage, Yano), the
press signed and unsigned, posts, podcasts, videos and undated pages. Titles come in English, in romaji and in
Japanese script with English in square brackets. Names are romanised with macrons, without them and with "ou" and
"oh" spellings (Satō, Sato, Satou, Satoh), now and then entered given name first, beside Japanese-Brazilian,
Japanese-American, Zainichi Korean and expatriate names.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# Family names as written with macrons; _romanise gives the other spellings candidates and databases use.
_SURNAMES = ["Satō", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Itō", "Yamamoto", "Nakamura", "Kobayashi", "Katō",
             "Yoshida", "Yamada", "Sasaki", "Yamaguchi", "Matsumoto", "Inoue", "Kimura", "Hayashi", "Shimizu",
             "Yamazaki", "Mori", "Abe", "Ikeda", "Hashimoto", "Yamashita", "Ishikawa", "Nakajima", "Maeda", "Fujita",
             "Ogawa", "Gotō", "Okada", "Hasegawa", "Murakami", "Kondō", "Ishii", "Saitō", "Sakamoto", "Endō", "Aoki",
             "Fujii", "Nishimura", "Fukuda", "Ōta", "Miura", "Okamoto", "Matsuda", "Nakagawa", "Harada", "Ōno",
             "Takeuchi", "Kaneko", "Wada", "Nakano", "Ōshima", "Kudō", "Ōkubo", "Hirano", "Uchida", "Kōno", "Ōtsuka",
             "Shōji", "Ōhashi", "Higa", "Nakasone", "Chinen", "Arakaki", "Tōyama", "Nishida", "Sugimoto", "Kawaguchi",
             "Miyazaki", "Horiuchi", "Yokoyama", "Noguchi", "Kurosawa", "Shiraishi", "Hoshino", "Ōyama", "Tsuchiya"]  # fmt: skip
_GIVEN = ["Hiroshi", "Takeshi", "Kenta", "Shōta", "Yūki", "Haruka", "Yōko", "Keiko", "Naoko", "Tomoko", "Michiko",
          "Ichirō", "Jirō", "Tarō", "Kentarō", "Shintarō", "Ryōta", "Sōta", "Yūta", "Daisuke", "Masahiro", "Akiko",
          "Emi", "Mai", "Aya", "Sakura", "Misaki", "Rina", "Kazuo", "Satoshi", "Makoto", "Hiromi", "Kaori", "Yumi",
          "Megumi", "Junko", "Shin'ya", "Jun'ichi", "Kōji", "Yūsuke", "Takuya", "Nobuko", "Sachiko", "Hanako",
          "Kyōko", "Eriko", "Ren", "Minato", "Yui", "Hina", "Kōtarō", "Ryūnosuke", "Tomohiro", "Masako", "Chiharu",
          "Hideo", "Shūhei", "Tetsuya", "Asuka", "Noriko"]  # fmt: skip
# Japanese-Brazilian (Nikkei Brazilian), Japanese-American, Hawaiian and Peruvian Nikkei names (family, given).
_DIASPORA = [("Nakamura", "Ana Paula"), ("Yamashita Oliveira", "Fernanda"), ("Hayashi", "Mariana"),
             ("Kobayashi Santos", "Rafael"), ("Ueda", "João Victor"), ("Tanaka de Souza", "Beatriz"),
             ("Shimabukuro", "Lucas"), ("Miyagi", "Gabriela"), ("Takei", "Grace"), ("Yoshida", "Kevin"),
             ("Ito", "Jennifer"), ("Fujimoto", "Lisa"), ("Okada-Sullivan", "Erin"), ("Kahananui-Tanaka", "Leilani"),
             ("Matsumura", "Brian"), ("Hirabayashi", "Dana"), ("Kishimoto", "Ryan"), ("Fujimori", "Keiko"),
             ("Higashide", "Carmen"), ("Onaga", "Marcos")]  # fmt: skip
# Brazilian names with a particle kept apart, as reference managers hold them (particle, family, given).
_PARTICLE_NAMES = [("da", "Silva", "Mariana Hayashi"), ("dos", "Santos", "Pedro Kenji"), ("de", "Oliveira", "Camila Emi"),
                   ("van", "Dijk", "Sanne"), ("de", "Mente", "Boyé Lafayette")]  # fmt: skip
# Zainichi Korean, Chinese-Japanese and Thai and Singaporean colleagues in Tokyo (family, given).
_NEIGHBOURS = [("Kim", "Sunhee"), ("Park", "Yong"), ("Ri", "Chol"), ("Son", "Masayoshi"), ("Chen", "Li"),
               ("Wang", "Mei"), ("Lim", "Wei Ling"), ("Tan", "Kah Wee"), ("Srisuk", "Nattapong"),
               ("Wongsawat", "Pimchanok"), ("Nguyen", "Thi Hoa"), ("Reyes", "Maria Cristina")]  # fmt: skip
# Expatriates who write about Japan (family, given).
_EXPATS = [("Kingston", "Jeff"), ("McNeill", "David"), ("Pilling", "David"), ("Harding", "Robin"), ("Lewis", "Leo"),
           ("Dooley", "Ben"), ("Haghirian", "Parissa"), ("Larke", "Roy"), ("O'Donnell", "Siobhan"),
           ("MacLachlan", "Patricia"), ("Rowley", "Chris"), ("Dujarric", "Robert"), ("Schaede", "Ulrike"),
           ("Bestor", "Theodore"), ("Whitelaw", "Gavin"), ("Ackermann", "Kathrin"), ("Rosenbaum", "Roman"),
           ("Ó Ceallaigh", "Niamh"), ("Lefèvre", "Amélie"), ("Holroyd", "Carin"), ("Fitzpatrick-Sato", "Claire"),
           ("Müller", "Jonas"), ("Brennan", "Aoife"), ("Vogel", "Steven")]  # fmt: skip

_COMPANIES: list[tuple[str, str]] = [
    ("Seven-Eleven Japan Co., Ltd.", "sej.co.jp"), ("FamilyMart Co., Ltd.", "family.co.jp"), ("Lawson, Inc.", "lawson.co.jp"),
    ("Aeon Co., Ltd.", "aeon.info"), ("Fast Retailing Co., Ltd.", "fastretailing.com"), ("Ryohin Keikaku Co., Ltd.", "ryohin-keikaku.jp"),
    ("Pan Pacific International Holdings Corporation", "ppih.co.jp"), ("Nitori Holdings Co., Ltd.", "nitorihd.co.jp"),
    ("Rakuten Group, Inc.", "global.rakuten.com"), ("Mercari, Inc.", "about.mercari.com"), ("ZOZO, Inc.", "corp.zozo.com"),
    ("Mitsubishi UFJ Financial Group, Inc.", "mufg.jp"), ("Sumitomo Mitsui Banking Corporation", "smbc.co.jp"),
    ("Mizuho Financial Group, Inc.", "mizuho-fg.com"), ("Japan Post Bank Co., Ltd.", "jp-bank.japanpost.jp"),
    ("Rakuten Bank, Ltd.", "rakuten-bank.co.jp"), ("PayPay Corporation", "about.paypay.ne.jp"), ("LY Corporation", "lycorp.co.jp"),
    ("Nippon Life Insurance Company", "nissay.co.jp"), ("Tokio Marine Holdings, Inc.", "tokiomarinehd.com"),
    ("Sompo Holdings, Inc.", "sompo-hd.com"), ("NTT DOCOMO, INC.", "docomo.ne.jp"), ("KDDI Corporation", "kddi.com"),
    ("SoftBank Corp.", "softbank.jp"), ("Rakuten Mobile, Inc.", "corp.mobile.rakuten.co.jp"), ("Ajinomoto Co., Inc.", "ajinomoto.com"),
    ("Kirin Holdings Company, Limited", "kirinholdings.com"), ("Asahi Group Holdings, Ltd.", "asahigroup-holdings.com"),
    ("Suntory Holdings Limited", "suntory.com"), ("Kikkoman Corporation", "kikkoman.com"), ("Nissin Foods Holdings Co., Ltd.", "nissin.com"),
    ("Meiji Holdings Co., Ltd.", "meiji.com"), ("Calbee, Inc.", "calbee.co.jp"), ("Yakult Honsha Co., Ltd.", "yakult.co.jp"),
    ("ITO EN, LTD.", "itoen-global.com"), ("Toyota Motor Corporation", "global.toyota"), ("Honda Motor Co., Ltd.", "global.honda"),
    ("Sony Group Corporation", "sony.com"), ("Panasonic Holdings Corporation", "holdings.panasonic"), ("Nintendo Co., Ltd.", "nintendo.co.jp"),
    ("Bandai Namco Holdings Inc.", "bandainamco.co.jp"), ("Sanrio Company, Ltd.", "sanrio.co.jp"), ("Japan Airlines Co., Ltd.", "jal.com"),
    ("ANA Holdings Inc.", "ana.co.jp"), ("East Japan Railway Company", "jreast.co.jp"), ("Central Japan Railway Company", "global.jr-central.co.jp"),
    ("Dentsu Inc.", "dentsu.co.jp"), ("Hakuhodo DY Holdings Inc.", "hakuhodody-holdings.co.jp"), ("CyberAgent, Inc.", "cyberagent.co.jp"),
    ("Kabushiki Kaisha Pokémon", "pokemon.co.jp"), ("Uniqlo", "uniqlo.com"), ("Muji", "muji.com"), ("Starbucks Coffee Japan, Ltd.", "starbucks.co.jp"),
    ("Shiseido Company, Limited", "corp.shiseido.com"), ("Kao Corporation", "kao.com"), ("Don Quijote Co., Ltd.", "donki.com"),
    ("Nikkei Inc.", "nikkei.co.jp"), ("Fuji Media Holdings, Inc.", "fujimediahd.co.jp"), ("Seven & i Holdings Co., Ltd.", "7andi.com"),
    ("Suica (East Japan Railway Company)", "jreast.co.jp"), ("MUFG Bank, Ltd.", "bk.mufg.jp"), ("K.K. Tsutaya", "tsutaya.co.jp"),
]  # fmt: skip
_GOVERNMENT = ["Personal Information Protection Commission", "Personal Information Protection Commission (PPC)",
               "Japan Fair Trade Commission", "Japan Fair Trade Commission (JFTC)", "Consumer Affairs Agency",
               "Consumer Affairs Agency, Government of Japan", "Ministry of Economy, Trade and Industry",
               "Ministry of Economy, Trade and Industry (METI)", "METI", "Ministry of Internal Affairs and Communications",
               "Ministry of Internal Affairs and Communications (MIC)", "Japan Tourism Agency",
               "Japan National Tourism Organization (JNTO)", "Cabinet Office, Government of Japan", "Bank of Japan",
               "Financial Services Agency", "Digital Agency", "Japan External Trade Organization (JETRO)",
               "Tokyo Metropolitan Government", "Osaka Prefectural Government", "Hokkaido Government",
               "Okinawa Prefecture", "Ministry of Agriculture, Forestry and Fisheries"]  # fmt: skip
_BODIES = ["Japan Advertising Agencies Association", "Japan Franchise Association", "Payments Japan Association",
           "Japan Marketing Association", "Japan Interactive Advertising Association (JIAA)",
           "Keidanren (Japan Business Federation)", "Japan Chain Stores Association", "Japan Department Stores Association",
           "Japan Advertising Review Organization (JARO)", "Japan Direct Marketing Association", "Japan Cashless Promotion Council",
           "Japan Chamber of Commerce and Industry", "American Chamber of Commerce in Japan", "British Chamber of Commerce in Japan",
           "Câmara de Comércio e Indústria Japonesa do Brasil", "Japan Society of Marketing and Distribution",
           "Japan Association of National Advertisers", "Japan Online Shopping Association"]  # fmt: skip
_RESEARCH = [("Video Research Ltd.", "videor.co.jp"), ("Macromill, Inc.", "macromill.com"), ("INTAGE Inc.", "intage.co.jp"),
             ("Nomura Research Institute", "nri.com"), ("Yano Research Institute Ltd.", "yanoresearch.jp"),
             ("Fuji Keizai Group", "fuji-keizai.co.jp"), ("MMD Research Institute", "mmdlabo.jp"),
             ("Cross Marketing Inc.", "cross-m.co.jp"), ("Hakuhodo Institute of Life and Living", "hakuhodo.co.jp"),
             ("Statista", "statista.com"), ("Euromonitor International", "euromonitor.com"), ("Mintel", "mintel.com"),
             ("Kantar Japan", "kantar.com"), ("Dentsu Inc.", "dentsu.co.jp")]  # fmt: skip
_PRESS = [("Nikkei Asia", "asia.nikkei.com"), ("The Japan Times", "japantimes.co.jp"), ("The Asahi Shimbun", "asahi.com"),
          ("The Yomiuri Shimbun", "yomiuri.co.jp"), ("The Mainichi", "mainichi.jp"), ("NHK World-Japan", "www3.nhk.or.jp"),
          ("Nikkei xTrend", "xtrend.nikkei.com"), ("Diamond Online", "diamond.jp"), ("Toyo Keizai Online", "toyokeizai.net"),
          ("Kyodo News", "english.kyodonews.net"), ("Japan Today", "japantoday.com"), ("Campaign Asia", "campaignasia.com"),
          ("Marketing-Interactive", "marketing-interactive.com"), ("Nikkei", "nikkei.com"), ("Financial Times", "ft.com"),
          ("Bloomberg", "bloomberg.com"), ("Reuters", "reuters.com"), ("Senken Shimbun", "senken.co.jp"),
          ("Nikkan Kogyo Shimbun", "nikkan.co.jp"), ("Folha de S.Paulo", "folha.uol.com.br"), ("Honolulu Star-Advertiser", "staradvertiser.com"),
          ("The Straits Times", "straitstimes.com"), ("Bangkok Post", "bangkokpost.com"), ("Rafu Shimpo", "rafu.com")]  # fmt: skip
_JOURNALS = ["Asia Pacific Journal of Marketing and Logistics", "Japan Marketing Journal", "Journal of Marketing",
             "International Marketing Review", "Journal of International Marketing", "Psychology & Marketing",
             "Journal of Retailing and Consumer Services", "Asian Business & Management", "Journal of Asia Business Studies",
             "Asia Pacific Business Review", "Japan Forum", "Hitotsubashi Journal of Commerce and Management",
             "Keio Business Review", "Kobe Economic & Business Review", "Japanese Economic Review",
             "Journal of Consumer Behaviour", "International Journal of Consumer Studies", "Journal of Brand Management",
             "Journal of Service Management", "Tourism Management", "Contemporary Japan", "Electronic Markets",
             "マーケティングジャーナル [Japan Marketing Journal]", "消費者行動研究 [Japanese Journal of Consumer Behavior]"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Palgrave Macmillan", "Singapore"), ("Springer", "Tokyo"), ("Springer", "Cham"),
               ("Kogan Page", "London"), ("Pearson", "Harlow"), ("Oxford University Press", "Oxford"), ("Yuhikaku", "Tokyo"),
               ("Chikura Shobo", "Tokyo"), ("Nikkei Business Publications", "Tokyo"), ("Diamond", "Tokyo"),
               ("Toyo Keizai Inc.", "Tokyo"), ("Keio University Press", "Tokyo"), ("University of Tokyo Press", "Tokyo"),
               ("Tuttle Publishing", "Tokyo"), ("Kodansha", "Tokyo"), ("Kyoto University Press", "Kyoto"),
               ("University of Hawaiʻi Press", "Honolulu"), ("Edward Elgar", "Cheltenham"), ("Sage", "London")]  # fmt: skip
_UNIVERSITIES = ["Hitotsubashi University", "Keio University", "Waseda University", "University of Tokyo",
                 "Kobe University", "Kyoto University", "Osaka University", "Nagoya University", "Doshisha University",
                 "Ritsumeikan Asia Pacific University", "Tohoku University", "Kyushu University", "Hokkaido University",
                 "Universidade de São Paulo", "University of Hawaiʻi at Mānoa", "SOAS University of London",
                 "National University of Singapore", "Chulalongkorn University", "University of California, Los Angeles"]  # fmt: skip
_TOPICS = ["convenience-store private labels", "cashless payments", "QR-code payments", "points programmes",
           "oshikatsu spending", "inbound tourism", "omotenashi", "ageing consumers", "Generation Z", "LINE official accounts",
           "stealth marketing", "seasonal limited editions", "gift-giving", "kawaii branding", "furusato nozei",
           "super-apps", "retail media", "sustainability claims", "anime collaborations", "character licensing",
           "live commerce", "subscription services", "brand trust", "customer loyalty", "omnichannel retailing",
           "second-hand fashion", "influencer marketing", "personal data", "word of mouth", "premium beer",
           "functional drinks", "ekinaka retail", "Cool Japan", "nostalgia marketing", "mobile carriers' pricing"]  # fmt: skip
_PLACES = ["Japan", "Japan", "Tokyo", "Osaka", "Fukuoka", "Hokkaido", "Okinawa", "Kansai", "the Japanese diaspora",
           "São Paulo", "Hawaii", "Southeast Asia"]  # fmt: skip
# Titles in Japanese script or romaji, with the English a candidate adds in square brackets.
_JAPANESE_TITLES = [
    "キャッシュレス決済の普及と消費者行動 [The spread of cashless payment and consumer behaviour]",
    "コンビニエンスストアにおけるプライベートブランド戦略 [Private-brand strategy in convenience stores]",
    "SNSマーケティングとZ世代 [SNS marketing and Generation Z]",
    "訪日外国人観光客の購買行動 [The purchasing behaviour of inbound tourists]",
    "ポイント経済圏の競争 [Competition between points ecosystems]",
    "推し活消費の研究 [A study of oshikatsu consumption]",
    "ステルスマーケティング規制の課題 [Issues in regulating stealth marketing]",
    "地方創生とふるさと納税 [Regional revitalisation and furusato nōzei]",
    "ブランド・エクイティの測定 [Measuring brand equity]",
    "高齢者市場のマーケティング [Marketing to the senior market]",
    "季節限定商品と消費者の購買意欲 [Seasonal limited editions and purchase intention]",
    "日系ブラジル人コミュニティと日本食ブランド [The Nikkei Brazilian community and Japanese food brands]",
    "Konbini no māketingu senryaku [The marketing strategy of convenience stores]",
    "Shōhisha kōdō to kyasshuresu kessai [Consumer behaviour and cashless payment]",
    "Omotenashi to burando keiken [Omotenashi and the brand experience]",
    "Kawaii bunka to kyarakutā bijinesu [Kawaii culture and the character business]",
    "Dejitaru jidai no kōkoku [Advertising in the digital age]",
    "Nihon-gata māketingu no shinka [The evolution of Japanese-style marketing]",
]  # fmt: skip
_REPORT_TITLES = ["Integrated Report {y}", "統合報告書{y} [Integrated report {y}]", "Annual Securities Report for the fiscal year ended March 31, {y}",
                  "Medium-term Management Plan {y}", "Sustainability Data Book FY{y}", "Financial results for the year to March {y}",
                  "Shareholders' newsletter, Reiwa {r}", "Fact book {y}", "Human capital report {y}"]  # fmt: skip
# What each kind of public body publishes: (the words its names start with, its titles).
_GOV_TITLES = [
    (("Ministry of Internal", "Digital Agency"), ["White Paper on Information and Communications in Japan {y}", "令和{r}年版 情報通信白書 [White Paper on Information and Communications in Japan, Reiwa {r}]", "Survey on the use of mobile services {y}"]),
    (("Personal Information",), ["Guidelines for the Act on the Protection of Personal Information (General Rules)", "Q&A on the amended Act on the Protection of Personal Information", "Annual report {y}"]),
    (("Japan Fair Trade", "JFTC"), ["Report on the digital platform market", "Market study on the smartphone app market", "Guidelines concerning abuse of a superior bargaining position", "Annual report {y}"]),
    (("Consumer Affairs",), ["Consumer White Paper {y}", "消費者白書 [White Paper on Consumer Affairs], {y}", "Q&A on stealth marketing", "Guidelines concerning designated representations (stealth marketing)"]),
    (("Ministry of Economy", "METI"), ["Cashless Vision", "Survey on the use of cashless payments", "Market survey on electronic commerce {y}", "電子商取引に関する市場調査 [E-commerce market survey], Reiwa {r}", "Cool Japan strategy {y}"]),
    (("Japan Tourism", "Japan National Tourism", "Tokyo Metropolitan", "Osaka Prefectural", "Hokkaido", "Okinawa"), ["Visitor arrivals and consumption trends {y}", "Inbound tourism strategy {y}", "Survey of consumption by international visitors {y}"]),
    (("Cabinet Office", "Bank of Japan", "Financial Services"), ["Annual Report on the Japanese Economy and Public Finance {y}", "Payment and settlement systems report {y}", "Survey of household finances {y}"]),
    (("Japan External Trade", "Ministry of Agriculture"), ["Japanese food exports: market report {y}", "Guide to the Japanese market for food and drink", "Survey on Japanese businesses in Latin America {y}"]),
]  # fmt: skip
_LAWS = [("Act on the Protection of Personal Information (Act No. 57 of 2003)", 2003),
         ("Act on the Protection of Personal Information (Act No. 57 of 2003, as amended by Act No. 44 of 2020)", 2020),
         ("Act against Unjustifiable Premiums and Misleading Representations (Act No. 134 of 1962)", 1962),
         ("Act on Specified Commercial Transactions (Act No. 57 of 1976)", 1976),
         ("Specified Commercial Transactions Act", 1976),
         ("Act on Prohibition of Private Monopolization and Maintenance of Fair Trade (Act No. 54 of 1947)", 1947),
         ("Payment Services Act (Act No. 59 of 2009)", 2009), ("Installment Sales Act (Act No. 159 of 1961)", 1961),
         ("Act on Regulation of Transmission of Specified Electronic Mail (Act No. 26 of 2002)", 2002),
         ("Telecommunications Business Act (Act No. 86 of 1984)", 1984), ("Consumer Contract Act (Act No. 61 of 2000)", 2000),
         ("Act on Improving Transparency and Fairness of Digital Platforms (Act No. 38 of 2020)", 2020),
         ("Food Labeling Act (Act No. 70 of 2013)", 2013),
         ("Act on Promotion of Competition for Specified Smartphone Software (Act No. 58 of 2024)", 2024),
         ("Designation of representations that make it difficult for general consumers to discern that they are advertisements (Cabinet Office Notification No. 19 of 2023)", 2023)]  # fmt: skip
_LAW_AUTHORS = [
    "Ministry of Justice, Japan",
    "Government of Japan",
    "Consumer Affairs Agency",
    "National Diet of Japan",
]
_SOCIAL = [("Instagram", "instagram.com/p"), ("X (formerly Twitter)", "x.com/status"), ("LINE", "line.me/R/home"),
           ("TikTok", "tiktok.com/video"), ("LinkedIn", "linkedin.com/posts"), ("note", "note.com/n"), ("Facebook", "facebook.com/posts")]  # fmt: skip
_SOCIAL_TEXT = ["Sakura season is here 🌸 new limited-edition flavours in store from today",
                "ゴールデンウィーク限定キャンペーン実施中！ [Golden Week campaign now on!]",
                "Thank you for 10 million LINE friends", "Our White Day gift guide",
                "Tanabata wishes from all of us", "Obon opening hours at our stores",
                "Why we joined Expo 2025 Osaka", "Proud to launch our first store in São Paulo",
                "年末年始の営業について [Opening hours over the New Year]", "Our 50th anniversary in Hawaii"]  # fmt: skip
_PERSONAL_POSTS = ["What I learned leading marketing at a konbini chain", "Reflections on ten years in Tokyo advertising",
                   "Why Japanese clients still ask for the fax", "Five lessons from launching a Japanese brand in Bangkok",
                   "転職しました [I have changed jobs]", "Notes from the Japan Marketing Academy conference"]  # fmt: skip
_PODCASTS = ["Nikkei Asia Podcast", "Deep Dive Japan", "Japan Station", "Disrupting Japan", "The Japan Times Deep Dive",
             "Campaign Asia Podcast", "NHK World Radio Japan", "Marketing Over Coffee: Tokyo"]  # fmt: skip
_VIDEO_CHANNELS = ["YouTube", "NHK World-Japan", "Nikkei Asia", "TEDxKyoto", "TEDxTokyo", "Vimeo"]


def _romanise(name: str, style: str) -> str:
    """Satō as Sato, Satou or Satoh; Ōta as Ota or Ohta; Yūki as Yuki or Yuuki."""
    if style == "macron":
        return name
    if style == "plain":
        table = {"ō": "o", "ū": "u", "Ō": "O", "Ū": "U"}
    elif style == "ou":
        table = {"ō": "ou", "ū": "uu", "Ō": "O", "Ū": "Yu"}
    else:  # the passport spelling
        table = {"ō": "oh", "ū": "u", "Ō": "Oh", "Ū": "U"}
    return (
        "".join(table.get(ch, ch) for ch in name).replace("Yuu", "Yu")
        if style == "ou"
        else "".join(table.get(ch, ch) for ch in name)
    )


_PAPER_SITES = {"Research Institute of Economy, Trade and Industry (RIETI)": "www.rieti.go.jp/en/publications/dp",
                "Nomura Research Institute": "www.nri.com/en/knowledge/publication", "Bank of Japan": "www.boj.or.jp/en/research/wps_rev",
                "Japan Center for Economic Research": "www.jcer.or.jp/english", "Mitsubishi Research Institute": "www.mri.co.jp/en/knowledge",
                "Hitotsubashi University Institute of Innovation Research": "hermes-ir.lib.hit-u.ac.jp/hermes/ir/re"}  # fmt: skip


class Blind177WorkFactory(WorkFactory):
    """Works for the blind177 pool: Japanese marketing, its companies, regulators, laws, press and scholars."""

    # How often each kind is drawn when the builder asks for any work.
    DRAWN: ClassVar[dict[str, int]] = {"book": 11, "chapter": 5, "journal": 20, "thesis": 3, "conference": 4, "company-web": 9,
             "company-report": 7, "body": 4, "government": 8, "legislation": 3, "market-research": 8, "news": 7,
             "press-unsigned": 3, "social": 3, "podcast": 2, "video": 2, "web-person": 3, "undated-web": 3,
             "working-paper": 3}  # fmt: skip
    # The kinds the works carry (Work.kind).
    KINDS = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "company-report", "government",
             "legislation", "body", "market-research", "news", "social", "podcast", "video")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 177 + 17701)
        self.queued: list[Work] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.62:
            style = rng.choices(["macron", "plain", "ou", "oh"], weights=[35, 45, 8, 12])[0]
            family, given = _romanise(rng.choice(_SURNAMES), style), _romanise(rng.choice(_GIVEN), style)
            if rng.random() < 0.07:  # entered given name first, as a reference manager often holds it
                return {"family": given, "given": family}
            return {"family": family, "given": given}
        if roll < 0.72:
            family, given = rng.choice(_DIASPORA)
            return {"family": family, "given": given}
        if roll < 0.76:
            particle, family, given = rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.82:
            family, given = rng.choice(_NEIGHBOURS)
            return {"family": family, "given": given}
        if roll < 0.93:
            family, given = rng.choice(_EXPATS)
            return {"family": family, "given": given}
        fake = self.fakers[rng.choice(["en_GB", "en_US", "en_IE"])]
        return {"family": fake.last_name(), "given": fake.first_name()}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[38, 26, 15, 8, 5, 3, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if all(p.get("family") != person.get("family") for p in people):
                people.append(person)
        return people

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        roll = self.rng.random()
        if roll < 0.05:
            return self.rng.randint(1979, 1999)
        return self.rng.randint(2005, 2025)

    def _issued(self, day: bool = False) -> dict[str, list[list[int]]]:
        year = self.year()
        if day:
            return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        return {"date-parts": [[year]]}

    def _accessed_after(self, issued: dict[str, list[list[int]]] | None) -> dict[str, list[list[int]]]:
        first = (issued or {"date-parts": [[2022]]})["date-parts"][0]
        year = self.rng.randint(max(2022, first[0]), max(2025, first[0]))
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if year == first[0] and len(first) > 1 and (month, day) < (first[1], first[2] if len(first) > 2 else 1):
            month, day = first[1], min(28, (first[2] if len(first) > 2 else 1) + self.rng.randint(0, 3))
        return {"date-parts": [[year, month, day]]}

    # ------------------------------------------------------------------ titles
    def _title(self) -> str:
        rng = self.rng
        if rng.random() < 0.16:
            return rng.choice(_JAPANESE_TITLES)
        topic, other, place = rng.choice(_TOPICS), rng.choice(_TOPICS), rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]}: evidence from {place}",
                 f"The role of {topic} in Japanese retailing",
                 f"{topic[0].upper()}{topic[1:]} and {other} among Japanese consumers",
                 f"Rethinking {topic} in post-pandemic Japan", f"{topic[0].upper()}{topic[1:]} in the Reiwa era",
                 f"Why Japanese shoppers embrace {topic}", f"From konbini to app: {topic} in {place}",
                 f"{topic[0].upper()}{topic[1:]} and brand trust in {place}",
                 f"Marketing {topic} to {rng.choice(['older', 'younger', 'rural', 'urban', 'inbound'])} consumers in Japan"]  # fmt: skip
        return rng.choice(forms)

    def _url(self, domain: str) -> str:
        if "/" in domain:
            return f"https://{domain}/{self.rng.randint(10**6, 10**9)}"
        bare = domain.count(".") == 1 or (
            domain.count(".") == 2 and domain.endswith((".co.jp", ".or.jp", ".go.jp", ".ne.jp", ".com.br"))
        )
        return f"https://{'www.' if bare else ''}{domain}/{self.fakers['en_GB'].slug()}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        if kind is None and self.queued:
            return self.queued.pop()
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _dates(self, record: dict[str, Any], floor: int) -> None:
        """No post-pandemic title before 2020 and no post, podcast or video before the platforms; the access date follows."""
        if "issued" not in record:
            return
        title = str(record.get("title", ""))
        if any(word in title for word in ("post-pandemic", "Reiwa", "令和", "super-apps", "oshikatsu", "推し活")):
            floor = max(floor, 2020)
        parts = record["issued"]["date-parts"][0]
        if parts[0] < floor:
            parts[0] = self.rng.randint(floor, 2025)
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"])

    def _person(self, record: dict[str, Any], kind: str, floor: int = 0) -> Work:
        self._dates(record, floor)
        return self._person_work(record, kind)

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str], floor: int = 0) -> Work:
        self._dates(record, floor)
        return self._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": self._issued(), "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 6))
        if self.rng.random() < 0.15:
            record["medium"] = self.rng.choice(["e-book", "Kindle edition"])
        return self._person(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The Routledge Companion to Japanese Business", "Marketing in Asia",
                                                "Japanese Consumer Culture", "Handbook of Japanese Management",
                                                "Digital Marketing in East Asia", "The Japanese Diaspora and Business",
                                                "Retailing in Asia", "Tourism and Hospitality in Japan"]),
            "issued": self._issued(), "publisher": publisher, "publisher-place": place, "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": self._issued(), "volume": str(self.rng.randint(1, 70)),
            "issue": str(self.rng.randint(1, 6)), "page": f"{start}-{start + self.rng.randint(8, 28)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice(['1108', '1016', '1111', '1080', '1007', '11291'])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(100, 99999)}"
            )
        return self._person(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": self._people(1),
                                  "issued": self._issued(), "genre": self.rng.choice(["PhD thesis", "MBA dissertation", "Master's thesis", "DBA thesis"]),
                                  "publisher": self.rng.choice(_UNIVERSITIES)}  # fmt: skip
        return self._person(record, "thesis")

    def _conference(self) -> Work:
        start = self.rng.randint(1, 400)
        event, place = self.rng.choice([("Japan Marketing Academy Conference", "Tokyo"), ("Japan Society of Marketing and Distribution Annual Conference", "Kobe"),
                                        ("Academy of Marketing Science Annual Conference", "New Orleans"), ("Asia-Pacific Conference of the Association for Consumer Research", "Fukuoka"),
                                        ("Academy of Marketing Conference", "London"), ("Global Marketing Conference", "Tokyo"),
                                        ("Pacific Asia Conference on Information Systems (PACIS)", "Nanchang"), ("ANZMAC Conference", "Honolulu")])  # fmt: skip
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(4),
                                  "issued": self._issued(), "container-title": f"Proceedings of the {event}",
                                  "publisher-place": place, "page": f"{start}-{start + self.rng.randint(4, 14)}"}  # fmt: skip
        return self._person(record, "conference")

    def _company_web(self) -> Work:
        name, domain = self.rng.choice(_COMPANIES)
        title = self.rng.choice(["Company profile", "Corporate philosophy", "Our history", "News release: " + self._title(),
                                 "Sustainability", "Brand story", "Investor relations: FAQ", "会社概要 [Company overview]",
                                 "Privacy policy", "Press release: new members' programme launched"])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": title, "URL": self._url(domain)}
        if self.rng.random() < 0.7:
            record["issued"] = self._issued(day=self.rng.random() < 0.4)
        record["accessed"] = self._accessed_after(record.get("issued"))
        return self._org(record, "web", name, {"company"})

    def _company_report(self) -> Work:
        name, domain = self.rng.choice(_COMPANIES)
        template = self.rng.choice(_REPORT_TITLES)
        year = self.rng.randint(2019, 2025) if "{r}" in template else self.year()
        title = template.format(y=year, r=year - 2018)
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name, "publisher-place": "Tokyo"}  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self._url(domain)
            record["accessed"] = self._accessed_after(record["issued"])
        return self._org(record, "company-report", name, {"company"})

    def _body(self) -> Work:
        name = self.rng.choice(_BODIES)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "URL": f"https://www.{self.fakers['en_GB'].domain_word()}.or.jp/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if self.rng.random() < 0.8:
            record["issued"] = self._issued()
        record["accessed"] = self._accessed_after(record.get("issued"))
        return self._org(record, "body", name, {"trade-body"})

    def _government(self) -> Work:
        name = self.rng.choice(_GOVERNMENT)
        year = self.year()
        if name.startswith(("Statistics Bureau",)) or self.rng.random() < 0.15:
            return self._statistics()
        template = self.rng.choice(next(titles for starts, titles in _GOV_TITLES if name.startswith(starts)))
        year = self.rng.randint(2019, 2025) if "{r}" in template else year
        title = template.format(y=year, r=year - 2018)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[year]]}, "URL": f"https://www.{self.fakers['en_GB'].domain_word()}.go.jp/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        return self._org(record, "government", name, {"government"})

    def _statistics(self) -> Work:
        """The Statistics Bureau of Japan, most often of 2019, and then now and then a second work of that year."""
        name = "Statistics Bureau of Japan"
        titles = ["Family Income and Expenditure Survey", "Population estimates", "Japan Statistical Yearbook",
                  "National Survey of Family Income, Consumption and Wealth", "Statistical Handbook of Japan",
                  "Survey on Time Use and Leisure Activities", "Economic Census for Business Activity"]  # fmt: skip
        year = 2019 if self.rng.random() < 0.6 else self.year()
        first, second = self.rng.sample(titles, 2)
        works = []
        for title in (first, second):
            record: dict[str, Any] = {"type": "report", "title": f"{title} {year}" if self.rng.random() < 0.5 else title,
                                      "issued": {"date-parts": [[year]]}, "publisher": name, "publisher-place": "Tokyo",
                                      "URL": f"https://www.stat.go.jp/english/data/{self.fakers['en_GB'].slug()}"}  # fmt: skip
            record["accessed"] = self._accessed_after(record["issued"])
            works.append(self._org(record, "government", name, {"government"}))
        if year == 2019 and self.rng.random() < 0.6:
            self.queued.append(works[1])
        return works[0]

    def _legislation(self) -> Work:
        title, year = self.rng.choice(_LAWS)
        name = self.rng.choice(_LAW_AUTHORS)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}}
        if self.rng.random() < 0.8:
            record["URL"] = f"https://www.japaneselawtranslation.go.jp/en/laws/view/{self.rng.randint(1000, 4999)}"
            record["accessed"] = self._accessed_after(record["issued"])
        return self._org(record, "legislation", name, {"government", "legislation"})

    def _market_research(self) -> Work:
        name, domain = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.9 else None
        y = year or 2024
        market = self.rng.choice(["convenience stores", "cashless payments", "beer", "instant noodles", "fast fashion",
                                  "mobile phones", "video games", "e-commerce", "functional drinks", "skincare",
                                  "life insurance", "online banking", "pet food", "second-hand goods"])  # fmt: skip
        titles = [f"{market[0].upper()}{market[1:]} in Japan - Country report - {y}", f"Japan {market} market {y}",
                  f"{market[0].upper()}{market[1:]} usage survey {y}", f"Seikatsusha forecast {y}",
                  f"Advertising expenditures in Japan {y}", f"{y}年 日本の広告費 [Advertising expenditures in Japan {y}]",
                  f"National individual TV audience survey {y}", f"Share of Japanese adults who used {market} in FY{y}",
                  f"{market[0].upper()}{market[1:]}: consumer trends in Japan, {y}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "publisher-place": "Tokyo" if "Statista" not in name and "Mintel" not in name else "London",
                                  "URL": self._url(domain)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after(record.get("issued"))
        return self._org(record, "market-research", name, {"market-research"}, 2010)

    def _news(self) -> Work:
        paper, domain = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._news_title(), "author": self._people(2),
                                  "container-title": paper, "issued": self._issued(day=True), "URL": self._url(domain)}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        return self._person(record, "news")

    def _news_title(self) -> str:
        brand = self.rng.choice(["Seven-Eleven", "Lawson", "Uniqlo", "Muji", "PayPay", "Rakuten", "Mercari", "Suntory",
                                 "Kirin", "Nintendo", "Sanrio", "Toyota", "JR East", "Don Quijote", "Nitori", "Docomo"])  # fmt: skip
        return self.rng.choice([f"{brand} bets on {self.rng.choice(_TOPICS)}", f"{brand} raises prices as the yen weakens",
                                f"{brand} opens flagship in {self.rng.choice(['São Paulo', 'Honolulu', 'Los Angeles', 'London', 'Singapore', 'Bangkok'])}",
                                f"Why {brand} is rethinking {self.rng.choice(_TOPICS)}", self.rng.choice(_JAPANESE_TITLES),
                                f"Golden Week spending hits record as {brand} reports strong sales",
                                f"Japan's regulators turn to {self.rng.choice(_TOPICS)}"])  # fmt: skip

    def _press_unsigned(self) -> Work:
        paper, domain = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._news_title(), "container-title": paper,
                                  "issued": self._issued(day=True), "URL": self._url(domain)}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        return self._org(record, "news", paper, {"press"})

    def _social(self) -> Work:
        platform, path = self.rng.choice(_SOCIAL)
        record: dict[str, Any] = {"type": "post", "title": self.rng.choice(_SOCIAL_TEXT), "container-title": platform,
                                  "issued": self._issued(day=True), "URL": self._url(path)}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        if self.rng.random() < 0.6:
            name = self.rng.choice(
                [c for c, _ in _COMPANIES[:50]] + ["Uniqlo Japan", "Muji Global", "Lawson", "FamilyMart", "PayPay"]
            )
            return self._org(record, "social", name, {"company", "social"}, 2012)
        record["author"] = self._people(1)
        record["title"] = self.rng.choice(_PERSONAL_POSTS)
        return self._person(record, "social", 2012)

    def _podcast(self) -> Work:
        record: dict[str, Any] = {"type": "song", "title": self._title(), "container-title": self.rng.choice(_PODCASTS),
                                  "medium": "Podcast", "issued": self._issued(day=True),
                                  "URL": f"https://open.spotify.com/episode/{self.fakers['en_GB'].lexify('??????????')}"}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        record["author"] = self._people(2)
        return self._person(record, "podcast", 2014)

    def _video(self) -> Work:
        record: dict[str, Any] = {"type": "motion_picture", "title": self._title(), "medium": "Video",
                                  "issued": self._issued(day=True),
                                  "URL": f"https://www.youtube.com/watch?v={self.fakers['en_GB'].lexify('???????????')}"}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        if self.rng.random() < 0.5:
            name = self.rng.choice(_VIDEO_CHANNELS[1:] + [c for c, _ in _COMPANIES[20:50]])
            return self._org(record, "video", name, {"video"}, 2010)
        record["author"] = self._people(1)
        return self._person(record, "video", 2010)

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "issued": self._issued(), "URL": self._url(self.fakers["en_GB"].domain_name())}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        return self._person(record, "web")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self._title(),
            "URL": self._url(self.fakers["en_GB"].domain_name()),
        }
        record["accessed"] = self._accessed_after(None)
        if self.rng.random() < 0.4:
            record["author"] = self._people(2)
            return self._person(record, "web")
        name, domain = self.rng.choice(_COMPANIES)
        record["URL"] = self._url(domain)
        return self._org(record, "web", name, {"company", "undated"})

    def _working_paper(self) -> Work:
        """A discussion or working paper by named researchers: a report with people as authors."""
        publisher = self.rng.choice(["Research Institute of Economy, Trade and Industry (RIETI)", "Nomura Research Institute",
                                     "Bank of Japan", "Japan Center for Economic Research", "Mitsubishi Research Institute",
                                     "Hitotsubashi University Institute of Innovation Research"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self._title(), "author": self._people(3), "issued": self._issued(),
                                  "publisher": publisher, "publisher-place": "Tokyo",
                                  "number": f"{self.rng.randint(19, 25)}-E-{self.rng.randint(1, 99):03d}"}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url(_PAPER_SITES[publisher])
            record["accessed"] = self._accessed_after(record["issued"])
        return self._person(record, "report")
