"""Works for the blind149 pool (HELD OUT): what marketers in Türkiye and its diaspora cite in CIM and MBA reports.

Written without reading the checker or any other pool. Turkish names with their letters (ç, ğ, ı, İ, ö, ş, ü) and
without them as passports, databases and diaspora spellings write them ("Yılmaz" and "Yilmaz", "Öztürk" and
"Ozturk"), two given names ("Ayşe Nur", "Mehmet Ali"), married women's maiden and married surnames together ("Kaya
Demir") or hyphenated, -oğlu names, Kurdish, Laz, Armenian, Rum (Greek) and Azerbaijani names, German- and
Dutch-Turkish names and expatriates writing about Türkiye; banks, telecoms, marketplaces, food makers, airlines and
holdings with A.Ş., T.A.Ş., A.O. and Ltd. Şti.; the TCMB, BTK, TÜİK, KVKK, the Reklam Kurulu, the Rekabet Kurumu and
ministries; laws numbered as the Resmî Gazete numbers them; theses from Boğaziçi, ODTÜ, Istanbul, Bilkent and Koç;
Turkish titles with English in square brackets.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

_PLAIN = str.maketrans({"ç": "c", "Ç": "C", "ğ": "g", "Ğ": "G", "ı": "i", "İ": "I", "ö": "o", "Ö": "O", "ş": "s",
                        "Ş": "S", "ü": "u", "Ü": "U", "â": "a", "î": "i", "û": "u"})  # fmt: skip

_WOMEN = ["Ayşe", "Elif", "Zeynep", "Fatma", "Emine", "Merve", "Büşra", "Gülşen", "Şule", "Özlem", "Derya", "Ebru",
          "Sevgi", "Nilüfer", "Pınar", "Tuğba", "Çiğdem", "Gizem", "İrem", "Selin", "Nazlı", "Hülya", "Dilek", "Burcu",
          "Esra", "Yağmur", "Damla", "Ceren", "Aslı", "Gökçe", "Melis", "Aylin", "Deniz", "Şebnem", "Bahar", "Nur"]  # fmt: skip
_MEN = ["Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "Murat", "Emre", "Burak", "Onur", "Oğuz",
        "Uğur", "Çağrı", "Barış", "Doğan", "Serkan", "Tolga", "Kerem", "Cem", "Can", "Erdem", "Gökhan", "Ömer",
        "Yiğit", "Tayfun", "Volkan", "İlker", "Halil", "Sinan", "Koray", "Alper", "Özgür", "Levent", "Eren"]  # fmt: skip
_TWO_GIVEN = ["Ayşe Nur", "Mehmet Ali", "Fatma Zehra", "Ali Rıza", "Hatice Kübra", "Mustafa Kemal", "Zeynep Sude",
              "Ahmet Can", "Elif Su", "Muhammed Emin", "Ece Naz", "Ali Osman", "Şeyma Nur", "Hüseyin Hüsnü",
              "Emine Gül", "Yusuf Ziya"]  # fmt: skip
_SURNAMES = ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir",
             "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Polat", "Korkmaz",
             "Karakaya", "Erdoğan", "Güneş", "Akgül", "Uysal", "Ünal", "Bulut", "Tekin", "Acar", "Taş", "Aksoy",
             "Başaran", "Gökçe", "Ertuğrul", "Çakır", "Eryılmaz", "Karagöz", "Gündoğdu", "Ağaoğlu", "Büyükşahin",
             "Küçükkaya", "İnce", "Işık", "Sağlam", "Odabaşı", "Kocabaş", "Türkmen", "Öğüt", "Eczacıbaşı", "Ilıcak",
             "Altıntaş", "Ersoy", "Gürbüz", "Özer", "Tüzün", "Uçar", "Şener", "Özgen", "Akyüz", "Ekici", "Ateş"]  # fmt: skip
_OGLU = ["Karaosmanoğlu", "Hacıoğlu", "Bekiroğlu", "Uzunhasanoğlu", "Çakıroğlu", "Kalaycıoğlu", "Topaloğlu",
         "Mollaoğlu", "Süleymanoğlu", "Kahveci", "Hamzaoğlu", "Ocakoğlu"]  # fmt: skip
# Kurdish, Laz, Armenian, Rum, Azerbaijani and Alevi names of Türkiye and Baku: (family, given)
_MINORITY = [("Demirtaş", "Rojda"), ("Aydemir", "Berfin"), ("Zengin", "Welat"), ("Baran", "Heval"), ("Ekinci", "Jiyan"),
             ("Aktaş", "Azad"), ("Baysal", "Dilan"), ("Kaplan", "Şerwan"), ("Ayhan", "Ronahi"), ("Tunç", "Zelal"),
             ("Kocaman", "İsmail"), ("Bucaklişi", "İsmail Avcı"), ("Karadeniz", "Hamdi"), ("Kazmaz", "Zeki"),
             ("Bedrosyan", "Aram"), ("Dink", "Arat"), ("Kasapyan", "Talin"), ("Manukyan", "Sevan"), ("Agopyan", "Hagop"),
             ("Papazyan", "Nora"), ("Tatyosyan", "Karin"), ("Garbisyan", "Lusin"), ("Balıkçıyan", "Garo"),
             ("Vasiliadis", "Yorgo"), ("Hristodulidis", "Eleni"), ("Zografos", "Dimitri"), ("Stamatopulos", "Niko"),
             ("Mammadov", "Rashad"), ("Aliyeva", "Günel"), ("Huseynli", "Nigar"), ("Hasanov", "Elvin"),
             ("Məmmədova", "Aysel"), ("Quliyev", "Orxan")]  # fmt: skip
# Diaspora: German-, Austrian-, Dutch- and American-Turkish names as their countries' registers write them
_DIASPORA = [("Yilmaz-Schneider", "Aylin"), ("Kaya-Müller", "Deniz"), ("Oeztuerk", "Cem"), ("Sahin", "Ugur"),
             ("Akın", "Fatih"), ("Özdemir", "Melis"), ("Tekin-Hofmann", "Leyla"), ("Aydin", "Serdar"),
             ("Ersoy", "Sibel"), ("Özcan", "Kübra"), ("Celik", "Tarkan"), ("Güler-Bakker", "Esma"),
             ("Yildirim", "Hakan"), ("Karahasanoglu", "Selim"), ("Dogan", "Nesrin"), ("Kurtulus", "Ayla"),
             ("Yalçın", "Mert"), ("Gökalp", "Nesrin")]  # fmt: skip
# Expatriates and foreign co-authors writing about Türkiye: (particle, family, given)
_EXPAT = [("", "Robinson", "Claire"), ("", "Hughes", "Gareth"), ("", "O'Sullivan", "Niamh"), ("", "Schmidt", "Katrin"),
          ("van den", "Berg", "Joost"), ("de", "Vries", "Sanne"), ("", "Fischer", "Lukas"), ("", "Walker", "Emily"),
          ("", "Baumgartner", "Julia"), ("", "Kirişci", "Kemal"), ("", "Finkel", "Andrew"), ("", "MacLeod", "Ewan"),
          ("", "Nguyen", "Linh"), ("", "Patel", "Ravi"), ("", "Holloway", "Jane"), ("von", "Hagen", "Marie"),
          ("", "Al-Khatib", "Rami"), ("", "Kowalski", "Marta"), ("", "Brennan", "Siobhán"), ("", "Lindqvist", "Erik")]  # fmt: skip

_JOURNALS = [
    "Pazarlama ve Pazarlama Araştırmaları Dergisi [Journal of Marketing and Marketing Research]",
    "Tüketici ve Tüketim Araştırmaları Dergisi", "Pazarlama Teorisi ve Uygulamaları Dergisi",
    "İşletme Araştırmaları Dergisi [Journal of Business Research-Türk]", "Ege Akademik Bakış",
    "Boğaziçi Journal: Review of Social, Economic and Administrative Studies", "METU Studies in Development",
    "Business and Economics Research Journal", "Istanbul Business Research", "Journal of Islamic Marketing",
    "International Journal of Bank Marketing", "Journal of Retailing and Consumer Services", "Turkish Studies",
    "Journal of Consumer Marketing", "Telecommunications Policy", "Journal of Air Transport Management",
    "British Food Journal", "European Journal of Marketing", "Gazi Üniversitesi İktisadi ve İdari Bilimler Fakültesi Dergisi",
    "Anadolu Üniversitesi Sosyal Bilimler Dergisi", "Journal of Business Research", "Tourism Management",
    "Yönetim ve Ekonomi: Celal Bayar Üniversitesi İİBF Dergisi", "Bilig", "Middle Eastern Studies",
]  # fmt: skip
_TOPICS_TR = [
    ("mobil bankacılık", "mobile banking"), ("marka sadakati", "brand loyalty"), ("sosyal medya pazarlaması", "social media marketing"),
    ("e-ticaret", "e-commerce"), ("tüketici güveni", "consumer trust"), ("influencer pazarlaması", "influencer marketing"),
    ("helal gıda", "halal food"), ("müşteri deneyimi", "customer experience"), ("dijital cüzdanlar", "digital wallets"),
    ("indirim marketleri", "discount grocery stores"), ("havayolu sadakat programları", "airline loyalty programmes"),
    ("kampanya iletişimi", "campaign communication"), ("yerli malı", "domestic products"), ("nostalji pazarlaması", "nostalgia marketing"),
    ("mobil operatör değiştirme", "mobile operator switching"), ("kişisel veri mahremiyeti", "personal data privacy"),
    ("bayram reklamları", "festival advertising"), ("çevrimiçi yorumlar", "online reviews"), ("kadın tüketiciler", "women consumers"),
    ("Z kuşağı", "generation Z"), ("fiyat algısı", "price perception"), ("enflasyon döneminde tüketici davranışı", "consumer behaviour under inflation"),
]  # fmt: skip
_TOPICS_EN = ["mobile banking adoption", "brand loyalty", "influencer disclosure", "e-commerce trust", "halal branding",
              "discount retailing", "super-apps", "buy now, pay later", "airline ancillaries", "festive advertising",
              "consumer ethnocentrism", "country-of-origin effects", "social commerce", "price sensitivity under inflation",
              "open banking", "omnichannel grocery", "cause-related marketing", "diaspora consumers", "nation branding",
              "quick commerce", "customer churn in telecoms", "data privacy concerns", "celebrity endorsement"]  # fmt: skip
_CONTEXTS = ["Türkiye", "Turkey", "Istanbul", "the Turkish banking sector", "Turkish e-commerce", "Turkish consumers",
             "Turkish diaspora consumers in Germany", "emerging markets", "the Turkish airline industry", "Anatolian SMEs",
             "Turkish fintechs", "İzmir", "Ankara", "the Turkish telecoms market", "Turkish-German households"]  # fmt: skip

_ORGS: list[tuple[str, set[str]]] = [
    ("Türkiye İş Bankası A.Ş.", {"company"}), ("İş Bankası", {"company"}), ("Garanti BBVA", {"company"}),
    ("Akbank T.A.Ş.", {"company"}), ("Akbank", {"company"}), ("T.C. Ziraat Bankası A.Ş.", {"company"}),
    ("Ziraat Bankası", {"company"}), ("Papara", {"company"}), ("Papara Elektronik Para A.Ş.", {"company"}),
    ("Turkcell", {"company"}), ("Turkcell İletişim Hizmetleri A.Ş.", {"company"}), ("Türk Telekom", {"company"}),
    ("Vodafone Türkiye", {"company"}), ("Trendyol", {"company"}), ("Trendyol Group", {"company"}),
    ("Hepsiburada", {"company"}), ("D-Market Elektronik Hizmetler ve Ticaret A.Ş.", {"company"}),
    ("BİM Birleşik Mağazalar A.Ş.", {"company"}), ("Migros Ticaret A.Ş.", {"company"}), ("Migros", {"company"}),
    ("A101 Yeni Mağazacılık A.Ş.", {"company"}), ("LC Waikiki", {"company"}), ("Koton", {"company"}),
    ("Ülker Bisküvi Sanayi A.Ş.", {"company"}), ("Ülker", {"company"}), ("Eti Gıda", {"company"}),
    ("Anadolu Efes", {"company"}), ("Pınar", {"company"}), ("Torku", {"company"}), ("Turkish Airlines", {"company"}),
    ("Türk Hava Yolları A.O.", {"company"}), ("Pegasus Airlines", {"company"}), ("AJet", {"company"}),
    ("Koç Holding", {"company"}), ("Koç Holding A.Ş.", {"company"}), ("Sabancı Holding", {"company"}),
    ("Hacı Ömer Sabancı Holding A.Ş.", {"company"}), ("Getir", {"company"}), ("Yemeksepeti", {"company"}),
    ("Medina Turgul DDB", {"company"}), ("Alametifarika", {"company"}), ("TBWA\\Istanbul", {"company"}),
    ("Mavi Nokta Dijital Ajans Ltd. Şti.", {"company"}), ("Anatolia Growth Partners Ltd. Şti.", {"company"}),
    ("Reklamcılar Derneği", {"trade-body"}), ("Türkiye Bankalar Birliği (TBB)", {"trade-body", "abbreviation"}),
    ("TÜSİAD", {"trade-body", "acronym"}), ("IAB Türkiye", {"trade-body"}),
    ("Elektronik Ticaret İşletmecileri Derneği (ETİD)", {"trade-body", "abbreviation"}),
    ("Türkiye Odalar ve Borsalar Birliği (TOBB)", {"trade-body", "abbreviation"}),
    ("İstanbul Ticaret Odası", {"trade-body"}), ("Türkiye Ödeme ve Elektronik Para Kuruluşları Birliği (TÖDEB)", {"trade-body", "abbreviation"}),
    ("Pazarlama İletişimi Derneği", {"trade-body"}), ("Türk Alman Ticaret ve Sanayi Odası (AHK)", {"trade-body", "abbreviation"}),
]  # fmt: skip
_REGULATORS: list[tuple[str, set[str]]] = [
    ("Türkiye Cumhuriyet Merkez Bankası (TCMB)", {"government", "abbreviation"}),
    ("Central Bank of the Republic of Türkiye", {"government"}), ("TCMB", {"government", "acronym"}),
    ("Bilgi Teknolojileri ve İletişim Kurumu (BTK)", {"government", "abbreviation"}), ("BTK", {"government", "acronym"}),
    ("Türkiye İstatistik Kurumu (TÜİK)", {"government", "abbreviation"}), ("TÜİK", {"government", "acronym"}),
    ("TurkStat", {"government"}), ("Kişisel Verileri Koruma Kurumu (KVKK)", {"government", "abbreviation"}),
    ("KVKK", {"government", "acronym"}), ("Rekabet Kurumu", {"government"}), ("Turkish Competition Authority", {"government"}),
    ("T.C. Ticaret Bakanlığı", {"government"}), ("Ministry of Trade", {"government"}), ("Reklam Kurulu", {"government"}),
    ("Bankacılık Düzenleme ve Denetleme Kurumu (BDDK)", {"government", "abbreviation"}),
    ("Radyo ve Televizyon Üst Kurulu (RTÜK)", {"government", "abbreviation"}),
    ("T.C. Kültür ve Turizm Bakanlığı", {"government"}), ("Sermaye Piyasası Kurulu (SPK)", {"government", "abbreviation"}),
]  # fmt: skip
_TCMB = (
    "tcmb.gov.tr",
    [
        "Ödeme Sistemleri Raporu {y} [Payment Systems Report {y}]",
        "Finansal İstikrar Raporu [Financial Stability Report]",
        "Inflation report {y}-{q}",
        "Hanehalkı finansal okuryazarlık anketi [Household financial literacy survey]",
    ],
)
_BTK = (
    "btk.gov.tr",
    [
        "Türkiye Elektronik Haberleşme Sektörü Üç Aylık Pazar Verileri Raporu {y}-Q{q} [Quarterly market data report]",
        "Elektronik haberleşme sektörü yıllık pazar verileri {y} [Annual market data {y}]",
    ],
)
_TUIK = (
    "data.tuik.gov.tr/Bulten/Index?p=",
    [
        "Hanehalkı Bilişim Teknolojileri (BT) Kullanım Araştırması, {y} [Survey on ICT usage in households, {y}]",
        "Tüketici Güven Endeksi, {mon} {y} [Consumer Confidence Index]",
        "Tüketici Fiyat Endeksi, {mon} {y} [Consumer Price Index]",
        "Turizm istatistikleri {y} [Tourism statistics {y}]",
    ],
)
_KVKK = (
    "kvkk.gov.tr",
    [
        "Çerez Uygulamaları Hakkında Rehber [Guide on cookie practices]",
        "Kişisel verilerin işlenmesinde açık rıza [Explicit consent in the processing of personal data]",
        "Kurul kararı {y}/{n} [Board decision {y}/{n}]",
    ],
)
_REKABET = (
    "rekabet.gov.tr",
    [
        "Dijital pazarlarda rekabet [Competition in digital markets]",
        "Hızlı tüketim malları perakendeciliği sektör incelemesi [FMCG retail sector inquiry]",
        "Annual report {y}",
    ],
)
_TICARET = (
    "ticaret.gov.tr",
    [
        "E-Ticaret Bülteni {y} [E-commerce bulletin {y}]",
        "Türkiye'de e-ticaretin görünümü {y} [The outlook for e-commerce in Türkiye]",
        "Sosyal Medya Etkileyicileri Tarafından Yapılan Ticari Reklam ve Haksız Ticari Uygulamalar Hakkında Kılavuz [Guide on advertising by social media influencers]",
    ],
)
_REKLAM = (
    "ticaret.gov.tr/tuketici",
    [
        "Reklam Kurulu toplantı kararları, {n}. toplantı [Advertising Board decisions, meeting {n}]",
        "Sosyal Medya Etkileyicileri Tarafından Yapılan Ticari Reklam ve Haksız Ticari Uygulamalar Hakkında Kılavuz [Guide on advertising by social media influencers]",
    ],
)
_REGULATOR_WORKS = {
    "Türkiye Cumhuriyet Merkez Bankası": _TCMB, "Central Bank of the Republic of Türkiye": _TCMB, "TCMB": _TCMB,
    "Bilgi Teknolojileri ve İletişim Kurumu": _BTK, "BTK": _BTK, "Türkiye İstatistik Kurumu": _TUIK, "TÜİK": _TUIK,
    "TurkStat": _TUIK, "Kişisel Verileri Koruma Kurumu": _KVKK, "KVKK": _KVKK, "Rekabet Kurumu": _REKABET,
    "Turkish Competition Authority": _REKABET, "T.C. Ticaret Bakanlığı": _TICARET, "Ministry of Trade": _TICARET,
    "Reklam Kurulu": _REKLAM,
    "Bankacılık Düzenleme ve Denetleme Kurumu": ("bddk.org.tr", ["Türk bankacılık sektörü görünümü {y} [Outlook of the Turkish banking sector]", "Dijital bankacılık raporu [Digital banking report]"]),
    "Radyo ve Televizyon Üst Kurulu": ("rtuk.gov.tr", ["Televizyon izleme eğilimleri araştırması {y} [Television viewing trends survey {y}]", "Reklam yayın ilkeleri [Principles of broadcast advertising]"]),
    "T.C. Kültür ve Turizm Bakanlığı": ("ktb.gov.tr", ["Turizm istatistikleri {y} [Tourism statistics {y}]", "Go Türkiye marka stratejisi [Go Türkiye brand strategy]"]),
    "Sermaye Piyasası Kurulu": ("spk.gov.tr", ["Kitle fonlaması rehberi [Crowdfunding guide]", "Annual report {y}"]),
}  # fmt: skip
_LAWS = [
    ("6698 sayılı Kişisel Verilerin Korunması Kanunu [Law No. 6698 on the Protection of Personal Data]", 2016, "29677"),
    ("6502 sayılı Tüketicinin Korunması Hakkında Kanun [Law No. 6502 on Consumer Protection]", 2013, "28835"),
    ("6563 sayılı Elektronik Ticaretin Düzenlenmesi Hakkında Kanun [Law No. 6563 on the Regulation of Electronic Commerce]", 2014, "29166"),
    ("4054 sayılı Rekabetin Korunması Hakkında Kanun [Law No. 4054 on the Protection of Competition]", 1994, "22140"),
    ("6493 sayılı Ödeme ve Menkul Kıymet Mutabakat Sistemleri, Ödeme Hizmetleri ve Elektronik Para Kuruluşları Hakkında Kanun [Law No. 6493 on Payment Services and Electronic Money Institutions]", 2013, "28690"),
    ("5809 sayılı Elektronik Haberleşme Kanunu [Electronic Communications Law No. 5809]", 2008, "27050"),
    ("7416 sayılı Elektronik Ticaretin Düzenlenmesi Hakkında Kanunda Değişiklik Yapılmasına Dair Kanun [Law No. 7416 amending the E-commerce Law]", 2022, "31886"),
    ("Ticari Reklam ve Haksız Ticari Uygulamalar Yönetmeliği [Regulation on Commercial Advertising and Unfair Commercial Practices]", 2015, "29232"),
    ("Ticari İletişim ve Ticari Elektronik İletiler Hakkında Yönetmelik [Regulation on Commercial Communication and Commercial Electronic Messages]", 2015, "29335"),
    ("Mesafeli Sözleşmeler Yönetmeliği [Regulation on Distance Contracts]", 2014, "29188"),
    ("Law No. 6563 on the Regulation of Electronic Commerce", 2014, "29166"),
    ("Law No. 6698 on the Protection of Personal Data", 2016, "29677"),
]  # fmt: skip
_LAW_AUTHORS = ["Resmî Gazete", "Resmi Gazete", "TBMM", "Türkiye Büyük Millet Meclisi", "Republic of Türkiye",
                "Republic of Turkey", "T.C. Cumhurbaşkanlığı Mevzuat Bilgi Sistemi"]  # fmt: skip
_RESEARCH = ["Statista", "Euromonitor International", "KONDA", "Ipsos Türkiye", "Nielsen Türkiye", "Kantar Türkiye",
             "GfK Türkiye", "Deloitte Türkiye", "PwC Türkiye", "We Are Social and Meltwater", "DataReportal",
             "Mintel", "Kantar Worldpanel Türkiye", "Areda Survey", "Twentify"]  # fmt: skip
_PRESS = ["Hürriyet", "Milliyet", "Sabah", "Dünya", "Ekonomim", "Habertürk", "Bloomberg HT", "Daily Sabah",
          "Hürriyet Daily News", "Marketing Türkiye", "MediaCat", "Campaign Türkiye", "Webrazzi", "Reuters",
          "Financial Times", "Bianet", "T24", "Cumhuriyet", "BBC Türkçe", "DW Türkçe", "Duvar English",
          "Capital", "Fortune Türkiye", "Der Spiegel", "The Guardian", "Het Parool", "Die Presse"]  # fmt: skip
_UNIVERSITIES = [("Boğaziçi Üniversitesi", "İstanbul"), ("Boğaziçi University", "Istanbul"),
                 ("Orta Doğu Teknik Üniversitesi (ODTÜ)", "Ankara"), ("Middle East Technical University (METU)", "Ankara"),
                 ("İstanbul Üniversitesi", "İstanbul"), ("Istanbul University", "Istanbul"), ("Bilkent Üniversitesi", "Ankara"),
                 ("Bilkent University", "Ankara"), ("Koç Üniversitesi", "İstanbul"), ("Koç University", "Istanbul"),
                 ("Marmara Üniversitesi", "İstanbul"), ("Ege Üniversitesi", "İzmir"), ("Bursa Uludağ Üniversitesi", "Bursa"),
                 ("Akdeniz Üniversitesi", "Antalya"), ("Gaziantep Üniversitesi", "Gaziantep"), ("Selçuk Üniversitesi", "Konya"),
                 ("Karadeniz Teknik Üniversitesi", "Trabzon"), ("Humboldt-Universität zu Berlin", "Berlin"),
                 ("Universiteit van Amsterdam", "Amsterdam"), ("Wirtschaftsuniversität Wien", "Vienna"),
                 ("Azerbaijan State University of Economics (UNEC)", "Baku"), ("Rutgers University", "New Brunswick, NJ")]  # fmt: skip
_THESIS_GENRES = ["Yüksek lisans tezi [Master's thesis]", "Doktora tezi [PhD thesis]", "MBA dissertation",
                  "MSc thesis", "Yayımlanmamış yüksek lisans tezi [Unpublished master's thesis]", "PhD thesis",
                  "Masterarbeit [Master's thesis]"]  # fmt: skip
_PUBLISHERS = [("Nobel Akademik Yayıncılık", "Ankara"), ("Beta Yayınları", "İstanbul"), ("Seçkin Yayıncılık", "Ankara"),
               ("Siyasal Kitabevi", "Ankara"), ("Der Yayınları", "İstanbul"), ("Detay Yayıncılık", "Ankara"),
               ("MediaCat Kitapları", "İstanbul"), ("Gazi Kitabevi", "Ankara"), ("Optimist Yayınları", "İstanbul"),
               ("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Palgrave Macmillan", "Cham"), ("Kogan Page", "London"),
               ("Springer", "Cham"), ("Springer Gabler", "Wiesbaden"), ("Sage", "London"), ("Bilgi Üniversitesi Yayınları", "İstanbul"),
               ("Koç Üniversitesi Yayınları", "İstanbul"), ("ODTÜ Yayıncılık", "Ankara")]  # fmt: skip
_BOOK_TITLES = [
    "Pazarlama yönetimi [Marketing management]", "Tüketici davranışı [Consumer behaviour]",
    "Dijital pazarlama: kavramlar ve uygulamalar [Digital marketing: concepts and practices]",
    "Marka yönetimi [Brand management]", "Bütünleşik pazarlama iletişimi [Integrated marketing communication]",
    "Perakende yönetimi [Retail management]", "Hizmet pazarlaması [Services marketing]",
    "Reklamcılık: teori ve uygulama [Advertising: theory and practice]", "Pazarlama araştırması [Marketing research]",
    "Marketing in Turkey: {e}", "Consumer culture in Turkey", "Branding Türkiye: {e}", "Turkish business and {e}",
    "Emerging market brands: lessons from {c}", "Doing business in Türkiye", "{E} in emerging markets",
    "Kadın, tüketim ve {t} [Women, consumption and {te}]", "Almanya'daki Türkler ve tüketim [Turks in Germany and consumption]",
]  # fmt: skip
_MONTHS_TR = [
    "Ocak",
    "Şubat",
    "Mart",
    "Nisan",
    "Mayıs",
    "Haziran",
    "Temmuz",
    "Ağustos",
    "Eylül",
    "Ekim",
    "Kasım",
    "Aralık",
]
_BRAND_TOPICS = ["Efsane Cuma", "Ramazan kampanyası", "Kurban Bayramı", "29 Ekim Cumhuriyet Bayramı", "Anneler Günü",
                 "bayram ikramiyesi", "okula dönüş", "Yılbaşı", "Sevgililer Günü", "11.11 indirimleri"]  # fmt: skip


_DOMAINS = {"İş": "isbank.com.tr", "Türkiye İş": "isbank.com.tr", "Garanti": "garantibbva.com.tr", "Akbank": "akbank.com",
            "T.C. Ziraat": "ziraatbank.com.tr", "Ziraat": "ziraatbank.com.tr", "Papara": "papara.com", "Turkcell": "turkcell.com.tr",
            "Türk Telekom": "turktelekom.com.tr", "Vodafone": "vodafone.com.tr", "Trendyol": "trendyol.com",
            "Hepsiburada": "hepsiburada.com", "D-Market": "hepsiburada.com", "BİM": "bim.com.tr", "Migros": "migroskurumsal.com",
            "A101": "a101.com.tr", "LC": "lcwaikiki.com", "Koton": "koton.com", "Ülker": "ulker.com.tr", "Eti": "etietieti.com",
            "Anadolu": "anadoluefes.com", "Pınar": "pinar.com.tr", "Torku": "torku.com.tr", "Turkish": "turkishairlines.com",
            "Türk Hava": "turkishairlines.com", "Pegasus": "flypgs.com", "AJet": "ajet.com", "Koç": "koc.com.tr",
            "Sabancı": "sabanci.com", "Hacı": "sabanci.com", "Getir": "getir.com", "Yemeksepeti": "yemeksepeti.com",
            "TBWA\\Istanbul": "tbwaistanbul.com"}  # fmt: skip


def _domain(name: str) -> str:
    """The organisation's own web address, as near as the name gives it."""
    words = name.split()
    for size in (2, 1):
        if " ".join(words[:size]) in _DOMAINS:
            return _DOMAINS[" ".join(words[:size])]
    letters = "".join(w[0] for w in words if w[:1].isupper()) if len(words) > 2 else "".join(words)
    return letters.lower().translate(_PLAIN).replace(".", "").replace("(", "").replace(")", "") + ".org.tr"


def _cap(text: str) -> str:
    """A capital first letter as Turkish writes it: "indirim" becomes "İndirim", not "Indirim"."""
    return ("İ" if text[0] == "i" else text[0].upper()) + text[1:]


def _press_domain(outlet: str) -> str:
    """A newspaper's or trade title's web address, as its name gives it."""
    known = {"Hürriyet Daily News": "hurriyetdailynews.com", "Daily Sabah": "dailysabah.com", "BBC Türkçe": "bbc.com/turkce",
             "DW Türkçe": "dw.com/tr", "Financial Times": "ft.com", "The Guardian": "theguardian.com", "Der Spiegel": "spiegel.de",
             "Het Parool": "parool.nl", "Die Presse": "diepresse.com", "Bloomberg HT": "bloomberght.com", "Duvar English": "duvarenglish.com",
             "Campaign Türkiye": "campaigntr.com", "Marketing Türkiye": "marketingturkiye.com.tr", "Fortune Türkiye": "fortuneturkey.com"}  # fmt: skip
    return known.get(outlet, outlet.lower().translate(_PLAIN).replace(" ", "") + ".com.tr")


class Blind149WorkFactory(WorkFactory):
    """Works for the blind149 pool, from a random source of its own; the fakers of the base class are not drawn."""

    DRAWN: ClassVar[dict[str, int]] = {"book": 11, "chapter": 5, "journal": 22, "thesis": 5, "conference": 4, "company_web": 9,
             "company_report": 6, "regulator": 8, "legislation": 4, "market_research": 6, "news": 7,
             "unsigned_news": 3, "social": 3, "podcast": 2, "video": 2, "web_person": 3, "undated_web": 3}  # fmt: skip
    KINDS = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "legislation", "news", "social",
             "podcast", "video")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 149 + 14901)
        self.dated_orgs: list[tuple[str, set[str], int]] = []

    # ------------------------------------------------------------------ names
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        name: dict[str, str]
        if roll < 0.5:
            given = rng.choice(_TWO_GIVEN) if rng.random() < 0.18 else rng.choice(_WOMEN + _MEN)
            family = rng.choice(_SURNAMES + _OGLU[:4])
            woman = given in _WOMEN or given.split()[0] in ("Ayşe", "Fatma", "Hatice", "Zeynep", "Elif", "Ece", "Şeyma")
            if woman and rng.random() < 0.22:  # maiden and married surnames together, with or without a hyphen
                other = rng.choice(_SURNAMES)
                if other != family:
                    family = f"{family}{rng.choice([' ', ' ', '-'])}{other}"
            name = {"family": family, "given": given}
            if rng.random() < 0.25:  # the letters dropped, as passports, databases and foreign journals write them
                name = {"family": family.translate(_PLAIN), "given": given.translate(_PLAIN)}
        elif roll < 0.62:
            name = {"family": rng.choice(_OGLU), "given": rng.choice(_WOMEN + _MEN)}
        elif roll < 0.76:
            family, given = rng.choice(_MINORITY)
            name = {"family": family, "given": given}
        elif roll < 0.88:
            family, given = rng.choice(_DIASPORA)
            name = {"family": family, "given": given}
        else:
            particle, family, given = rng.choice(_EXPAT)
            name = {"family": family, "given": given}
            if particle:
                name["non-dropping-particle"] = particle
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 28, 17, 9, 5, 3, 2, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if all(person["family"] != p["family"] for p in people):
                people.append(person)
        return people

    # ------------------------------------------------------------------ dates and small pieces
    def year(self) -> int:
        if self.rng.random() < 0.06:
            return self.rng.randint(1988, 2005)
        return self.rng.randint(2008, 2025)

    def _accessed_after(self, issued: dict[str, Any] | None) -> dict[str, list[list[int]]]:
        first = 2023
        if issued is not None:
            first = max(first, issued["date-parts"][0][0] + 1)
        year = self.rng.randint(min(first, 2026), 2026 if first >= 2025 else self.rng.choice([2024, 2025, 2025]))
        return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _online(self, record: dict[str, Any], url: str, accessed: float = 0.86) -> None:
        record["URL"] = url
        if self.rng.random() < accessed:
            record["accessed"] = self._accessed_after(record.get("issued"))

    def _slug(self) -> str:
        words = ["kampanya", "rapor", "haber", "ekonomi", "pazarlama", "dijital", "bankacilik", "eticaret", "musteri",
                 "marka", "2023", "2024", "tuketici", "bayram", "efsane-cuma", "indirim", "mobil", "yatirimci"]  # fmt: skip
        return "-".join(self.rng.sample(words, self.rng.randint(2, 4))) + f"-{self.rng.randint(10, 99999)}"

    def _date(self, year: int) -> dict[str, Any]:
        return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _topic_title(self) -> str:
        rng = self.rng
        if rng.random() < 0.4:
            tr, en = rng.choice(_TOPICS_TR)
            place = rng.choice(
                ["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya", "Gaziantep", "Konya", "Trabzon", "Berlin"]
            )
            method, english = rng.choice(
                [("nitel", "qualitative"), ("nicel", "quantitative"), ("karma yöntemli", "mixed-methods")]
            )
            forms = [f"{_cap(tr)} ve tüketici davranışı: {place} örneği [{_cap(en)} and consumer behaviour: the case of {place.translate(_PLAIN) if place[0] == 'İ' else place}]",
                     f"{_cap(tr)} üzerine bir araştırma [A study of {en}]",
                     f"Türkiye'de {tr} [{_cap(en)} in Türkiye]",
                     f"{_cap(tr)}: {method} bir çalışma [{_cap(en)}: a {english} study]"]  # fmt: skip
            return rng.choice(forms)
        topic, context = rng.choice(_TOPICS_EN), rng.choice(_CONTEXTS)
        forms = [f"{topic.capitalize()} in {context}", f"The effect of {topic} on {rng.choice(_TOPICS_EN)}: evidence from {context}",
                 f"Understanding {topic} among {rng.choice(['millennials', 'Gen Z', 'women', 'SME owners', 'young consumers'])} in {context}",
                 f"{topic.capitalize()} and {rng.choice(_TOPICS_EN)}: a structural equation model",
                 f"What {context} can teach us about {topic}", f"Rethinking {topic} after the 2023 earthquakes"]  # fmt: skip
        return rng.choice(forms)

    def _fill(self, title: str) -> str:
        rng = self.rng
        tr, en = rng.choice(_TOPICS_TR)
        return (title.replace("{y}", str(rng.randint(2016, 2024))).replace("{q}", str(rng.randint(1, 4)))
                .replace("{n}", str(rng.randint(300, 345))).replace("{mon}", rng.choice(_MONTHS_TR))
                .replace("{e}", rng.choice(_TOPICS_EN)).replace("{E}", rng.choice(_TOPICS_EN).capitalize())
                .replace("{c}", rng.choice(["Türkiye", "Turkey", "Anatolia"])).replace("{t}", tr).replace("{te}", en))  # fmt: skip

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_and_year(self, choices: list[tuple[str, set[str]]], first: int = 2008) -> tuple[str, set[str], int]:
        """An organisation and its year; now and then one already drawn with its year ("TCMB (2023a)", "(2023b)")."""
        names = {name for name, _tags in choices}
        earlier = [entry for entry in self.dated_orgs if entry[0] in names]
        if earlier and self.rng.random() < 0.14:
            return self.rng.choice(earlier)
        name, tags = self.rng.choice(choices)
        year = self.rng.randint(first, 2025) if self.rng.random() < 0.93 else self.rng.randint(1995, first)
        self.dated_orgs.append((name, tags, year))
        return name, tags, year

    def _book(self) -> Work:
        rng = self.rng
        publisher, place = rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._fill(rng.choice(_BOOK_TITLES)), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if rng.random() < 0.35:
            record["edition"] = str(rng.randint(2, 9) if rng.random() < 0.85 else rng.randint(10, 19))
        if rng.random() < 0.15:  # an e-book read online
            self._online(
                record,
                f"https://www.{rng.choice(['dergipark.org.tr/tr/download', 'kitaplar.example.com.tr', 'ebookcentral.proquest.com/lib'])}/{self._slug()}",
            )
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        rng = self.rng
        publisher, place = rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._topic_title(), "author": self._people(3),
            "editor": [self.person() for _ in range(rng.randint(1, 3))],
            "container-title": self._fill(rng.choice(["Pazarlamada güncel yaklaşımlar [Current approaches in marketing]",
                                                      "Dijital dönüşüm ve pazarlama [Digital transformation and marketing]",
                                                      "The Routledge handbook of Turkish business", "Marketing in emerging economies",
                                                      "Tüketici davranışında yeni eğilimler [New trends in consumer behaviour]",
                                                      "Contemporary issues in {e}"])),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := rng.randint(1, 400))}-{start + rng.randint(10, 35)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._topic_title(), "author": self._people(8),
            "container-title": rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(rng.randint(1, 60)), "issue": str(rng.randint(1, 4)),
            "page": f"{(start := rng.randint(1, 1200))}-{start + rng.randint(8, 28)}",
        }  # fmt: skip
        roll = rng.random()
        if roll < 0.45:
            record["DOI"] = rng.choice([f"10.15295/bmij.v{rng.randint(5, 12)}i{rng.randint(1, 4)}.{rng.randint(1000, 2999)}",
                                        f"10.1108/IJBM-{rng.randint(2015, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 999):04d}",
                                        f"10.1016/j.jretconser.{rng.randint(2015, 2024)}.{rng.randint(100000, 999999)}",
                                        f"10.26466/opus.{rng.randint(100000, 999999)}",
                                        f"10.1080/14683849.{rng.randint(2015, 2024)}.{rng.randint(1000000, 9999999)}"])  # fmt: skip
        elif roll < 0.6:  # read on DergiPark, no DOI
            self._online(
                record,
                f"https://dergipark.org.tr/tr/pub/{rng.choice(['pazarlama', 'tuketici', 'ebd', 'isarder', 'bilig'])}/issue/{rng.randint(10000, 80000)}/{rng.randint(100000, 999999)}",
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        rng = self.rng
        university, place = rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {"type": "thesis", "title": self._topic_title(), "author": self._people(1),
                                  "issued": {"date-parts": [[self.year()]]}, "genre": rng.choice(_THESIS_GENRES),
                                  "publisher": university, "publisher-place": place}  # fmt: skip
        if rng.random() < 0.6:
            self._online(
                record, f"https://tez.yok.gov.tr/UlusalTezMerkezi/tezDetay.jsp?id={rng.randint(100000, 999999)}"
            )
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        rng = self.rng
        number = rng.randint(18, 28)
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._topic_title(), "author": self._people(4),
            "container-title": rng.choice([f"{number}. Ulusal Pazarlama Kongresi Bildiriler Kitabı [Proceedings of the {number}{'st' if number % 10 == 1 else 'nd' if number % 10 == 2 else 'rd' if number % 10 == 3 else 'th'} National Marketing Congress]",
                                           "Proceedings of the International Marketing Trends Conference",
                                           "Proceedings of the EMAC Annual Conference",
                                           "Uluslararası Tüketici ve Tüketim Araştırmaları Sempozyumu Bildiri Kitabı",
                                           "Global Business Research Congress (GBRC) Proceedings"]),
            "issued": {"date-parts": [[self.year()]]},
            "publisher-place": rng.choice(["İstanbul", "Ankara", "Eskişehir", "Trabzon", "Antalya", "Venice", "Bursa"]),
            "page": f"{(start := rng.randint(1, 900))}-{start + rng.randint(6, 15)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _company_web(self) -> Work:
        rng = self.rng
        name, tags, year = self._org_and_year(_ORGS)
        title = rng.choice(["Hakkımızda [About us]", "Sürdürülebilirlik [Sustainability]", "Basın bültenleri [Press releases]",
                            f"{rng.choice(_BRAND_TOPICS)} kampanyası [campaign]", "Investor relations", "Our story",
                            "Kampanya koşulları [Campaign terms]", "KVKK aydınlatma metni [Privacy notice]",
                            "Çerez politikası [Cookie policy]", f"{rng.choice(_BRAND_TOPICS)} fırsatları [offers]",
                            "Müşteri hizmetleri [Customer services]", "Kariyer [Careers]"])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": title}
        if rng.random() < 0.7:
            record["issued"] = {"date-parts": [[year]]}
        self._online(record, f"https://www.{_domain(name)}/{self._slug()}")
        return self._org_work(record, "web", name, tags)

    def _company_report(self) -> Work:
        rng = self.rng
        name, tags, year = self._org_and_year(_ORGS)
        titles = [f"Faaliyet raporu {year} [Annual report {year}]", f"Tüketici eğilimleri raporu {year} [Consumer trends report {year}]",
                  "Dijital dönüşüm yolculuğumuz [Our digital transformation journey]"]  # fmt: skip
        if year >= 2012:  # integrated and sustainability reports came later
            titles += [f"Integrated annual report {year}", f"Sürdürülebilirlik raporu {year} [Sustainability report {year}]",
                       f"Entegre faaliyet raporu {year} [Integrated annual report {year}]",
                       f"Investor presentation Q{rng.randint(1, 4)} {year}"]  # fmt: skip
        title = rng.choice(titles)
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0], "publisher-place": rng.choice(["İstanbul"] * 5 + ["Istanbul", "Ankara", "İzmir", "Bursa", "Konya", "Gaziantep"])}  # fmt: skip
        if rng.random() < 0.6:
            self._online(record, f"https://www.{_domain(name)}/{self._slug()}.pdf")
        return self._org_work(record, "report", name, tags)

    def _regulator(self) -> Work:
        rng = self.rng
        name, tags, year = self._org_and_year(_REGULATORS, 2012)
        domain, titles = _REGULATOR_WORKS[name.split(" (")[0]]
        title = rng.choice(titles).replace("{y}", str(year))
        record: dict[str, Any] = {"type": rng.choice(["report", "webpage"]), "title": self._fill(title),
                                  "issued": {"date-parts": [[year]]} if rng.random() < 0.75 else self._date(year)}  # fmt: skip
        self._online(record, f"https://www.{domain}/{self._slug()}", accessed=0.88)
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = "Ankara"
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _legislation(self) -> Work:
        rng = self.rng
        title, year, number = rng.choice(_LAWS)
        author = rng.choice(_LAW_AUTHORS)
        if author.startswith("Resm") and rng.random() < 0.5:
            title = f"{title}, Resmî Gazete Sayı: {number}"
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]}}
        self._online(record, rng.choice([f"https://www.resmigazete.gov.tr/eskiler/{year}/{rng.randint(1, 12):02d}/{year}0{rng.randint(1, 9)}{rng.randint(10, 28)}-1.htm",
                                         f"https://www.mevzuat.gov.tr/mevzuat?MevzuatNo={title[:4]}&MevzuatTur=1&MevzuatTertip=5"]),
                     accessed=0.8)  # fmt: skip
        return self._org_work(record, "legislation", author, {"government", "legislation"})

    def _market_research(self) -> Work:
        rng = self.rng
        name, _tags, dated = self._org_and_year([(firm, {"market-research"}) for firm in _RESEARCH], 2014)
        year = dated if rng.random() < 0.9 else None
        market = rng.choice(["e-commerce", "grocery retail", "mobile payments", "confectionery", "beer", "airline",
                             "fast fashion", "quick commerce", "dairy", "digital banking", "telecoms", "snacks"])  # fmt: skip
        shown = year or 2024
        title = rng.choice([f"Digital {shown}: Türkiye", f"{market.capitalize()} in Turkey {shown}", f"{market.capitalize()} in Türkiye: market report {shown}",
                            f"Türkiye {market} market: size and forecast to 2030", f"Türkiye'de e-ticaret {shown} [E-commerce in Türkiye {shown}]",
                            f"Share of Turkish consumers who use {market} apps in Q{rng.randint(1, 4)} {shown}",
                            f"Türkiye gündemi araştırması, {rng.choice(_MONTHS_TR)} {shown} [Türkiye agenda survey]",
                            f"FMCG monitor Türkiye {shown}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name}
        if year:
            record["issued"] = {"date-parts": [[year]]}
        self._online(
            record,
            f"https://www.{name.split()[0].lower().translate(_PLAIN)}{'-social' if name.startswith('We ') else ''}.com/{self._slug()}",
            accessed=0.9,
        )
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._news_title(), "author": self._people(2),
                                  "container-title": rng.choice(_PRESS), "issued": self._date(self.year())}  # fmt: skip
        self._online(
            record,
            f"https://www.{_press_domain(record['container-title'])}/{self._slug()}",
        )
        return self._person_work(record, "news")

    def _unsigned_news(self) -> Work:
        rng = self.rng
        outlet = rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._news_title(), "container-title": outlet,
                                  "issued": self._date(self.year())}  # fmt: skip
        self._online(record, f"https://www.{_press_domain(outlet)}/{self._slug()}")
        return self._org_work(record, "news", outlet, {"press"})

    def _news_title(self) -> str:
        rng = self.rng
        brand = rng.choice(["Trendyol", "Hepsiburada", "Turkcell", "Papara", "Getir", "BİM", "A101", "Migros", "Ülker",
                            "Pegasus", "AJet", "THY", "Garanti BBVA", "Akbank", "Koton", "LC Waikiki", "Efes"])  # fmt: skip
        return rng.choice([f"{brand} {rng.choice(_BRAND_TOPICS)} için yeni kampanyasını duyurdu [{brand} announces its new campaign]",
                           f"{brand}'ın reklamı Reklam Kurulu'na takıldı [{brand}'s advert caught by the Advertising Board]",
                           f"{brand} bets on {rng.choice(_TOPICS_EN)} as inflation bites",
                           f"How {brand} won Turkish shoppers during {rng.choice(['Efsane Cuma', 'Ramadan', 'the lira crisis'])}",
                           f"{brand} ve {(pair := rng.choice(_TOPICS_TR))[0]} [{brand} and {pair[1]}]",
                           f"Turkish {rng.choice(['shoppers', 'banks', 'airlines', 'retailers'])} {rng.choice(['turn to', 'cut back on', 'embrace'])} {rng.choice(_TOPICS_EN)}",
                           f"Efsane Cuma'da {rng.randint(2, 40)} milyar TL'lik harcama [TL {rng.randint(2, 40)} billion spent on Efsane Cuma]"])  # fmt: skip

    def _social(self) -> Work:
        rng = self.rng
        platform = rng.choice(["Instagram", "X", "LinkedIn", "TikTok", "Facebook", "Ekşi Sözlük"])
        text = rng.choice(["Efsane Cuma başladı! [Legendary Friday has started!]", "Ramazan'a özel fırsatlar [Ramadan offers]",
                           "Bayramınız kutlu olsun [Happy Bayram]", "Cumhuriyetimizin 100. yılı kutlu olsun! [Happy 100th anniversary of our Republic!]",
                           f"Why I left a bank for a fintech: lessons on {rng.choice(_TOPICS_EN)}",
                           f"#{rng.choice(['EfsaneCuma', 'Ramazan', 'Bayram', 'YerliMalı', 'Cumhuriyet100'])} kampanyamız yayında [Our campaign is live]"])  # fmt: skip
        record: dict[str, Any] = {
            "type": "post",
            "title": text,
            "container-title": platform,
            "issued": self._date(rng.randint(2019, 2025)),
        }
        self._online(record, f"https://www.{platform.lower().replace(' ', '').translate(_PLAIN)}.com/{self._slug()}")
        if rng.random() < 0.5:
            record["author"] = self._people(1)
            return self._person_work(record, "social")
        name, tags = rng.choice(_ORGS[:40])
        return self._org_work(record, "social", name, tags)

    def _podcast(self) -> Work:
        rng = self.rng
        show = rng.choice(["Webrazzi Podcast", "Pazarlamanın Kısası", "Marketing Türkiye Podcast", "Fintech Istanbul Podcast",
                           "Gurbetçi Girişimciler [Diaspora Entrepreneurs]", "MediaCat Sohbetleri"])  # fmt: skip
        record: dict[str, Any] = {"type": "song", "title": f"Bölüm {(number := rng.randint(1, 250))}: {(pair := rng.choice(_TOPICS_TR))[0]} [Episode {number}: {pair[1]}]",
                                  "container-title": show, "issued": self._date(rng.randint(2018, 2025))}  # fmt: skip
        self._online(record, f"https://open.spotify.com/episode/{self._slug()}")
        if rng.random() < 0.55:
            record["author"] = self._people(2)
            return self._person_work(record, "podcast")
        return self._org_work(record, "podcast", show, {"company"})

    def _video(self) -> Work:
        rng = self.rng
        name, tags = rng.choice(_ORGS[:40])
        record: dict[str, Any] = {"type": "motion_picture", "title": rng.choice([f"{rng.choice(_BRAND_TOPICS)} reklam filmi [advertising film]",
                                                                               "Türkiye'nin her köşesinde [In every corner of Türkiye]",
                                                                               f"{rng.choice(_TOPICS_EN).capitalize()} explained", "Widen your world"]),
                                  "issued": {"date-parts": [[rng.randint(2014, 2025)]]}}  # fmt: skip
        self._online(record, f"https://www.youtube.com/watch?v={self._slug()}")
        return self._org_work(record, "video", name, tags)

    def _web_person(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "webpage", "title": self._topic_title(), "author": self._people(2),
                                  "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        if rng.random() < 0.25:
            record.pop("issued")
        self._online(
            record,
            f"https://{rng.choice(['medium.com/@', 'www.linkedin.com/pulse/', 'pazarlamasyon.com/', 'www.blog.example.com.tr/'])}{self._slug()}",
        )
        return self._person_work(record, "web")

    def _undated_web(self) -> Work:
        rng = self.rng
        name, tags = rng.choice(_ORGS + _REGULATORS)
        record: dict[str, Any] = {"type": "webpage", "title": rng.choice(["Sıkça sorulan sorular [Frequently asked questions]",
                                                                          "Bireysel krediler [Personal loans]", "Tarihçe [History]",
                                                                          "Kurumsal [Corporate]", "Ödeme seçenekleri [Payment options]",
                                                                          "Sadakat programı [Loyalty programme]", "Haklarınız [Your rights]"])}  # fmt: skip
        home = _REGULATOR_WORKS[name.split(" (")[0]][0] if name.split(" (")[0] in _REGULATOR_WORKS else _domain(name)
        self._online(record, f"https://www.{home.split('/')[0]}/{self._slug()}")
        return self._org_work(record, "web", name, tags | {"undated"})
