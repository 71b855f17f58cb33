"""Works for the blind198 pool (HELD OUT): what marketers in Türkiye and the Turkish diaspora cite.

Turkish names with their letters (İ/ı, ş, ğ, ç, ö, ü) written or anglicised ("Öztürk" and "Ozturk"), double given
names ("Ayşe Nur"), Kurdish, Laz, Circassian, Armenian-, Greek- (Rum), Jewish-Turkish, Turkish-Cypriot, German- and
Dutch-Turkish names and expatriates; textbooks and e-books (Nobel, Seçkin, Beta, Pearson), chapters, journal articles
with one to eight authors, theses from Boğaziçi, Koç, Sabancı, Bilkent, ODTÜ, İstanbul, Marmara, Ankara and Yeditepe,
conference papers, companies (A.Ş., Ltd. Şti., Holding A.Ş.), trade bodies and foundations (Derneği, Vakfı),
regulators (KVKK, Reklam Kurulu, Rekabet Kurumu, BTK, BDDK, TÜİK, TCMB), laws by their number with the Resmî Gazete,
research firms with a year in the title, the press signed and unsigned, social posts, videos, podcasts and undated
pages. Turkish titles carry their English in square brackets.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# (family, given): Turkish names as written in Turkish.
_TURKISH = [
    ("Yılmaz", "Elif"), ("Kaya", "Mehmet Ali"), ("Demir", "Ayşe Nur"), ("Şahin", "Burak"), ("Çelik", "Zeynep"),
    ("Yıldız", "Emre"), ("Yıldırım", "Selin"), ("Öztürk", "Hakan"), ("Aydın", "Gülşen"), ("Özdemir", "Cem"),
    ("Arslan", "Deniz"), ("Doğan", "Serkan"), ("Kılıç", "Büşra"), ("Aslan", "Tolga"), ("Çetin", "Merve"),
    ("Kara", "Oğuz"), ("Koç", "İpek"), ("Kurt", "Uğur"), ("Özkan", "Ebru"), ("Şimşek", "Kaan"), ("Polat", "Özge"),
    ("Korkmaz", "İlker"), ("Karaca", "Şule"), ("Aksoy", "Gökhan"), ("Erdoğan", "Nilüfer"), ("Güneş", "Barış"),
    ("Aktaş", "Esra"), ("Bulut", "Çağrı"), ("Keskin", "Pınar"), ("Ünal", "Onur"), ("Türkmen", "Sıla"),
    ("Erdem", "Tuğba"), ("Acar", "Murat"), ("Güler", "Ece"), ("Sarı", "Volkan"), ("Tekin", "Derya"),
    ("Işık", "Eren"), ("Uysal", "Gizem"), ("Gündoğdu", "Ozan"), ("Karakaya", "İrem"), ("Bayraktar", "Alper"),
    ("Akın", "Fatma Betül"), ("Özer", "Ahmet Can"), ("Taş", "Hatice"), ("Ateş", "Yiğit"), ("Yücel", "Damla"),
    ("Sönmez", "Kerem"), ("Altıntaş", "Nazlı"), ("Ekinci", "Berk"), ("Çakır", "Gamze"), ("Uçar", "Sinan"),
    ("Gök", "Aslı"), ("Eroğlu", "Umut"), ("Karagöz", "Melis"), ("Başaran", "Levent"), ("Cömert", "Ilgın"),
    ("Ilıcak", "Tuba"), ("Çağlar", "İsmail Hakkı"), ("Gürsoy", "Yasemin"), ("Dinçer", "Ömer Faruk"),
    ("Ağaoğlu", "Defne"), ("Karaosmanoğlu", "Elif Şafak"), ("Kocabaş", "Gül"), ("Oğuzhan", "Şeyma"),
]  # fmt: skip
# Kurdish, Laz, Circassian, Armenian-, Greek- (Rum), Jewish-, Alevi and Turkish-Cypriot names as they are registered.
_MINORITY = [
    ("Ayhan", "Rojda"), ("Baran", "Delal"), ("Zana", "Berfin"), ("Tan", "Dilan"), ("Ekinci", "Rojhat"),
    ("Alkan", "Zilan"), ("Aras", "Welat"), ("Çakıroğlu", "Temel"), ("Hopalı", "Ayşegül"), ("Koyuncu", "Sevda"),
    ("Abaza", "Nart"), ("Şapsığ", "Setenay"), ("Natho", "Aslan"), ("Bakırcıyan", "Aret"), ("Margosyan", "Nora"),
    ("Kuyumcuyan", "Hagop"), ("Dinkçiyan", "Talin"), ("Papadopulos", "Yorgo"), ("Vasiliadis", "Eleni"),
    ("Kalfa", "Niko"), ("Behar", "Rifat"), ("Levi", "Sara"), ("Alfandari", "Moris"), ("Kohen", "Rachel"),
    ("Benbanaste", "Nesim"), ("Doğru", "Hıdır"), ("Cemal", "Zülfü"), ("Mehmetçik", "Süleyman"),
    ("Hüseyin", "Ahmet"), ("Ramadan", "Cahit"), ("Denktaş", "Serdar"), ("İsmail", "Emine"),
]  # fmt: skip
# German-, Dutch-, Austrian-, Belgian- and British-Turkish names and those who write about Türkiye from abroad.
_DIASPORA = [
    ("Özdemir", "Cem"), ("Gümüşay", "Kübra"), ("Yeşilgöz", "Dilan"), ("Şener", "Sevda"), ("Akgün", "Lale"),
    ("Ateş", "Seyran"), ("Topçu", "Canan"), ("Ertürk", "Hülya"), ("Kahraman", "Aylin"), ("Uslucan", "Haci-Halil"),
    ("Sezgin", "Hilal"), ("Yücel", "Deniz"), ("Türkoğlu", "Nurhan"), ("Kaymak", "Sinan"), ("Aksu", "Kemal"),
    ("Müller", "Katharina"), ("Schmidt", "Jonas"), ("van den Berg", "Eva"), ("Jansen", "Pieter"),
    ("Peeters", "Lies"), ("Gruber", "Lukas"), ("Hughes", "Rebecca"), ("O'Neill", "Siobhan"), ("Taylor", "James"),
    ("Aliyev", "Rashad"), ("Mammadova", "Leyla"), ("Hasanov", "Elvin"), ("Karaman-Smith", "Ayla"),
    ("Kuru-Ward", "Sevgi"), ("Ozsoy", "Mark"),
]  # fmt: skip
_ASCII = str.maketrans({"ı": "i", "İ": "I", "ş": "s", "Ş": "S", "ğ": "g", "Ğ": "G", "ç": "c", "Ç": "C", "ö": "o",
                        "Ö": "O", "ü": "u", "Ü": "U", "â": "a", "î": "i", "û": "u"})  # fmt: skip

_PUBLISHERS = [("Nobel Akademik Yayıncılık", "Ankara"), ("Seçkin Yayıncılık", "Ankara"), ("Beta Yayınları", "İstanbul"),
               ("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Mediacat Kitapları", "İstanbul"),
               ("Der Yayınları", "İstanbul"), ("Kogan Page", "London"), ("Palgrave Macmillan", "Cham"),
               ("Türkmen Kitabevi", "İstanbul"), ("Literatür Yayıncılık", "İstanbul"), ("Sage", "London"),
               ("Detay Yayıncılık", "Ankara"), ("Springer", "Cham")]  # fmt: skip
_TOPICS_TR = [
    ("Dijital pazarlama", "Digital marketing"), ("Marka sadakati", "Brand loyalty"),
    ("Sosyal medya fenomenleri", "Social media influencers"), ("Tüketici davranışı", "Consumer behaviour"),
    ("Mobil bankacılık", "Mobile banking"), ("E-ticarette güven", "Trust in e-commerce"),
    ("Hızlı ticaret", "Quick commerce"), ("Perakende markaları", "Retail brands"),
    ("İndirim marketleri", "Discount grocers"), ("Kuşak farklılıkları", "Generational differences"),
    ("Ramazan reklamları", "Ramadan advertising"), ("Gurbetçi tüketiciler", "Turkish expatriate consumers"),
    ("Enflasyon döneminde fiyatlama", "Pricing in a period of inflation"), ("Yeşil pazarlama", "Green marketing"),
    ("Müşteri deneyimi", "Customer experience"), ("Marka iletişimi", "Brand communication"),
    ("Sadakat programları", "Loyalty programmes"), ("Kişisel verilerin korunması", "Personal data protection"),
]  # fmt: skip
_TOPICS_EN = ["digital banking adoption", "brand love", "influencer credibility", "quick commerce", "discount retail",
              "mobile payments", "nostalgia advertising", "halal branding", "country-of-origin effects",
              "loyalty programmes", "consumer ethnocentrism", "Ramadan campaigns", "social commerce",
              "Generation Z", "price consciousness under inflation", "diaspora consumers", "green claims",
              "fintech trust", "super apps", "TV series product placement", "e-commerce returns"]  # fmt: skip
_CONTEXTS = ["Turkish consumers", "Türkiye", "Turkish banks", "İstanbul", "Turkish-German consumers",
             "an emerging market", "Turkish e-commerce", "Turkish Gen Z", "the Turkish diaspora in Europe",
             "Turkish FMCG brands", "Turkish airlines and tourism"]  # fmt: skip
_JOURNALS = ["Journal of Business Research", "Pazarlama ve Pazarlama Araştırmaları Dergisi",
             "Tüketici ve Tüketim Araştırmaları Dergisi", "Journal of Islamic Marketing",
             "International Journal of Bank Marketing", "Boğaziçi Journal", "Ekonomik Yaklaşım",
             "Business and Economics Research Journal", "Journal of Retailing and Consumer Services",
             "Turkish Studies", "Yönetim ve Ekonomi", "Journal of Consumer Marketing", "İletişim Kuram ve Araştırma Dergisi",
             "European Journal of Marketing", "Anadolu Üniversitesi Sosyal Bilimler Dergisi"]  # fmt: skip
_UNIVERSITIES = ["Boğaziçi Üniversitesi", "Koç University", "Sabancı University", "Bilkent University",
                 "Orta Doğu Teknik Üniversitesi (ODTÜ)", "Middle East Technical University", "İstanbul Üniversitesi",
                 "Marmara Üniversitesi", "Ankara Üniversitesi", "Yeditepe Üniversitesi",
                 "University of Duisburg-Essen", "Erasmus University Rotterdam"]  # fmt: skip
_CONFERENCES = ["Ulusal Pazarlama Kongresi", "International Marketing Trends Conference",
                "Uluslararası Tüketici ve Tüketim Sempozyumu", "EMAC Annual Conference",
                "Uluslararası İletişim Günleri"]  # fmt: skip
_COMPANIES = [
    "Türkiye İş Bankası A.Ş.", "Akbank T.A.Ş.", "Garanti BBVA", "Yapı ve Kredi Bankası A.Ş.", "QNB Türkiye",
    "T.C. Ziraat Bankası A.Ş.", "DenizBank A.Ş.", "Enpara.com", "Papara Elektronik Para A.Ş.", "ininal",
    "Turkcell İletişim Hizmetleri A.Ş.", "Türk Telekom", "Vodafone Türkiye", "BİM Birleşik Mağazalar A.Ş.",
    "Migros Ticaret A.Ş.", "CarrefourSA", "Trendyol", "Hepsiburada", "Getir", "Yemeksepeti", "LC Waikiki",
    "Koton Mağazacılık Tekstil San. ve Tic. A.Ş.", "DeFacto", "Mavi Giyim San. ve Tic. A.Ş.", "Boyner",
    "Teknosa", "Ülker Bisküvi Sanayi A.Ş.", "Eti Gıda San. ve Tic. A.Ş.", "Pınar Süt Mamulleri Sanayii A.Ş.",
    "Sütaş", "Anadolu Efes", "Coca-Cola İçecek A.Ş.", "Çaykur", "Kurukahveci Mehmet Efendi", "Hafız Mustafa 1864",
    "Türk Hava Yolları A.O.", "Turkish Airlines", "Pegasus Hava Taşımacılığı A.Ş.", "Arçelik A.Ş.", "Beko",
    "Vestel", "Koç Holding A.Ş.", "Hacı Ömer Sabancı Holding A.Ş.", "Eczacıbaşı Holding", "Ford Otosan", "Togg",
    "Şişecam", "Rafineri", "Alametfarika", "Havas İstanbul", "Medina Turgul DDB", "Publicis Yorum",
    "Koska Helvacısı Ltd. Şti.", "Tamek Gıda", "Uludağ İçecek", "Torku", "Beypazarı Maden Suyu",
]  # fmt: skip
_TRADE = ["Reklamcılar Derneği", "Reklam Verenler Derneği (RVD)", "Türkiye Bankalar Birliği (TBB)",
          "Elektronik Ticaret İşletmecileri Derneği (ETİD)", "Türkiye Sanayici ve İş İnsanları Derneği (TÜSİAD)",
          "Türkiye Odalar ve Borsalar Birliği (TOBB)", "İletişim Danışmanlığı Şirketleri Derneği (İDA)",
          "Türkiye Ekonomik ve Sosyal Etüdler Vakfı (TESEV)", "Türkiye Esnaf ve Sanatkârları Konfederasyonu",
          "Pazarlama İletişimi Derneği", "Tarım Kredi Kooperatifleri", "Effie Türkiye", "Kristal Elma"]  # fmt: skip
_KVKK = ["Açık rıza alırken uyulacak kurallar [Rules for obtaining explicit consent]", "Kurul kararları {Y} [Board decisions {Y}]",
         "Guide on cookie applications", "Aydınlatma yükümlülüğü rehberi [Guide to the obligation to inform]"]  # fmt: skip
_TUIK = ["Hane halkı bilişim teknolojileri kullanım araştırması, {Y} [Household ICT usage survey, {Y}]",
         "Tüketici fiyat endeksi, {M} {Y} [Consumer price index]", "Adrese dayalı nüfus kayıt sistemi sonuçları, {Y} [Population results]"]  # fmt: skip
_COMPETITION = ["Hızlı tüketim malları perakendeciliği sektör incelemesi [FMCG retailing sector inquiry]",
                "E-pazaryeri sektör incelemesi nihai raporu [Final report of the e-marketplace sector inquiry]", "Annual report {Y}"]  # fmt: skip
_REGULATORS = [
    ("Kişisel Verileri Koruma Kurumu (KVKK)", "kvkk.gov.tr", _KVKK), ("Personal Data Protection Authority", "kvkk.gov.tr", _KVKK),
    ("Kişisel Verileri Koruma Kurumu", "kvkk.gov.tr", _KVKK), ("Reklam Kurulu", "ticaret.gov.tr",
     ["Reklam Kurulu toplantı kararları, {M} {Y} [Advertising Board decisions]", "Ticari reklamlarda indirimli satış ilanları kılavuzu [Guide to discount advertising]"]),
    ("Rekabet Kurumu", "rekabet.gov.tr", _COMPETITION), ("Turkish Competition Authority", "rekabet.gov.tr", _COMPETITION),
    ("Bilgi Teknolojileri ve İletişim Kurumu (BTK)", "btk.gov.tr", ["Türkiye elektronik haberleşme sektörü {q}. çeyrek {Y} pazar verileri [Quarterly market data]"]),
    ("Sermaye Piyasası Kurulu (SPK)", "spk.gov.tr", ["Sermaye piyasasında reklam ve ilanlar rehberi [Guide to capital-market advertising]", "Faaliyet raporu {Y} [Annual report {Y}]"]),
    ("Bankacılık Düzenleme ve Denetleme Kurumu (BDDK)", "bddk.org.tr", ["Türk bankacılık sektörü temel göstergeleri, {M} {Y} [Key indicators of Turkish banking]", "Dijital bankacılık raporu [Digital banking report]"]),
    ("Türkiye İstatistik Kurumu (TÜİK)", "tuik.gov.tr", _TUIK), ("TurkStat", "tuik.gov.tr", _TUIK), ("TÜİK", "tuik.gov.tr", _TUIK),
    ("Türkiye Cumhuriyet Merkez Bankası (TCMB)", "tcmb.gov.tr", ["Finansal istikrar raporu, {M} {Y} [Financial stability report]", "Ödeme sistemleri istatistikleri [Payment systems statistics]"]),
    ("T.C. Ticaret Bakanlığı", "ticaret.gov.tr", ["Türkiye'de e-ticaretin görünümü {Y} [Outlook of e-commerce in Türkiye]", "Tüketici hakem heyetleri istatistikleri [Consumer arbitration statistics]"]),
    ("Ministry of Trade", "ticaret.gov.tr", ["E-commerce in Türkiye {Y}", "Consumer protection and market surveillance report"]),
    ("Kültür ve Turizm Bakanlığı", "ktb.gov.tr", ["Turizm istatistikleri {Y} [Tourism statistics]", "Türkiye marka stratejisi [Türkiye brand strategy]"]),
]  # fmt: skip
_TBMM = ["Türkiye Büyük Millet Meclisi (TBMM)", "Resmî Gazete", "Türkiye Cumhuriyeti"]
_LAWS = [
    (2016, 4, 7, "6698 sayılı Kişisel Verilerin Korunması Kanunu [Law No. 6698 on the Protection of Personal Data]", "29677", [*_TBMM, "Kişisel Verileri Koruma Kurumu"]),
    (2013, 11, 28, "6502 sayılı Tüketicinin Korunması Hakkında Kanun [Law No. 6502 on Consumer Protection]", "28835", [*_TBMM, "T.C. Ticaret Bakanlığı"]),
    (2014, 11, 5, "6563 sayılı Elektronik Ticaretin Düzenlenmesi Hakkında Kanun [Law No. 6563 on the Regulation of Electronic Commerce]", "29166", [*_TBMM, "T.C. Ticaret Bakanlığı"]),
    (2015, 1, 10, "Ticari Reklam ve Haksız Ticari Uygulamalar Yönetmeliği [Regulation on Commercial Advertising and Unfair Commercial Practices]", "29232", ["T.C. Ticaret Bakanlığı", "Gümrük ve Ticaret Bakanlığı", "Resmî Gazete"]),
    (1994, 12, 13, "4054 sayılı Rekabetin Korunması Hakkında Kanun [Law No. 4054 on the Protection of Competition]", "22140", [*_TBMM, "Rekabet Kurumu"]),
    (2013, 6, 27, "6493 sayılı Ödeme ve Menkul Kıymet Mutabakat Sistemleri, Ödeme Hizmetleri ve Elektronik Para Kuruluşları Hakkında Kanun [Law No. 6493 on Payment and Securities Settlement Systems, Payment Services and Electronic Money Institutions]", "28690", _TBMM),
    (2015, 7, 15, "Ticari İletişim ve Ticari Elektronik İletiler Hakkında Yönetmelik [Regulation on Commercial Communication and Commercial Electronic Messages]", "29417", ["T.C. Ticaret Bakanlığı", "Resmî Gazete"]),
    (2024, 7, 10, "Kişisel Verilerin Yurt Dışına Aktarılmasına İlişkin Usul ve Esaslar Hakkında Yönetmelik [Regulation on the transfer of personal data abroad]", "32598", ["Kişisel Verileri Koruma Kurumu", "Resmî Gazete"]),
]  # fmt: skip
_RESEARCH = ["Ipsos Türkiye", "Kantar Türkiye", "Nielsen Türkiye", "Statista", "GWI", "Euromonitor International",
             "Deloitte Türkiye", "PwC Türkiye", "KONDA Araştırma ve Danışmanlık", "Mintel", "We Are Social"]  # fmt: skip
_AGENCIES = ["Rafineri", "Alametfarika", "Havas İstanbul", "Medina Turgul DDB", "Publicis Yorum"]
_PRESS = ["Hürriyet", "Milliyet", "Sabah", "Sözcü", "Cumhuriyet", "Habertürk", "NTV", "CNN Türk", "Dünya",
          "Ekonomim", "Marketing Türkiye", "MediaCat", "Campaign Türkiye", "Daily Sabah", "Hürriyet Daily News",
          "Bloomberg HT", "Deutsche Welle Türkçe", "BBC Türkçe", "Financial Times", "Reuters", "Euronews"]  # fmt: skip
_MONTHS = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]  # fmt: skip


class Blind198WorkFactory(WorkFactory):
    """Works of the blind198 pool, from their own seeded random source."""

    # What each work is (Work.kind), and how often each of the factory's makers is drawn.
    KINDS = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "news", "social", "video")
    DRAWN = (("book", 12), ("chapter", 6), ("journal", 22), ("thesis", 5), ("conference", 4), ("company-web", 9),
             ("company-report", 6), ("trade-body", 4), ("regulator", 7), ("legislation", 3), ("market-research", 7),
             ("news", 9), ("social", 3), ("video", 3), ("undated-web", 4))  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 198 + 19801)
        self.counter = 0

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.6:
            family, given = self.rng.choice(_TURKISH)
        elif roll < 0.8:
            family, given = self.rng.choice(_MINORITY)
        else:
            family, given = self.rng.choice(_DIASPORA)
        if self.rng.random() < 0.25:  # anglicised: "Ozturk, H." as English-language journals print it
            family, given = family.translate(_ASCII), given.translate(_ASCII)
        if family.startswith("van "):
            return {"family": family[4:], "given": given, "non-dropping-particle": "van"}
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if all(p["family"] != name["family"] for p in people):
                people.append(name)
        return people

    # ------------------------------------------------------------------ dates
    def year(self, classic: bool = False) -> int:
        if classic and self.rng.random() < 0.12:  # the classics still cited (Kotler's Turkish editions)
            return self.rng.randint(1975, 1999)
        return self.rng.randint(2005, 2025)

    def accessed_after(self, year: int, month: int = 1, day: int = 1) -> dict[str, list[list[int]]]:
        accessed = [self.rng.randint(max(year, 2022), 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        return {"date-parts": [max(accessed, [year, month, day])]}  # read on the day it came out at the earliest

    def _id(self) -> str:
        self.counter += 1
        return f"b198w{self.counter}"

    def _url(self, host: str) -> str:
        slug = "-".join(self.rng.sample(["pazarlama", "marka", "kampanya", "rapor", "tuketici", "dijital", "2024",
                                         "haber", "analiz", "ramazan", "indirim", "musteri"], 3))  # fmt: skip
        return f"https://www.{host}/{slug}-{self.rng.randint(100, 99999)}"

    # ------------------------------------------------------------------ titles
    def _title(self) -> str:
        if self.rng.random() < 0.45:
            tr, en = self.rng.choice(_TOPICS_TR)
            tail, english_tail = self.rng.choice(
                [
                    ("bir alan araştırması", "a field study"),
                    ("kuram ve uygulama", "theory and practice"),
                    ("Türkiye örneği", "the case of Türkiye"),
                    ("nitel bir çalışma", "a qualitative study"),
                ]
            )
            lower = tr[0].replace("İ", "i").replace("I", "ı").lower() + tr[1:]
            forms = [(f"{tr}: {tail}", f"{en}: {english_tail}"), (f"{tr} ve satın alma niyeti", f"{en} and purchase intention"),
                     (f"Z kuşağında {lower}", f"{en} among Generation Z")]  # fmt: skip
            title, english = self.rng.choice(forms)
            return f"{title} [{english}]"
        topic, context = self.rng.choice(_TOPICS_EN), self.rng.choice(_CONTEXTS)
        forms = [f"{topic[0].upper()}{topic[1:]} in {context}", f"The effect of {topic} on {self.rng.choice(_TOPICS_EN)}: evidence from {context}",
                 f"Understanding {topic} among {context}", f"{topic[0].upper()}{topic[1:]} and brand trust: the case of {context}",
                 f"What drives {topic}? A study of {context}"]  # fmt: skip
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices([k for k, _ in self.DRAWN], weights=[w for _, w in self.DRAWN])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year(True)]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        roll = self.rng.random()
        if roll < 0.3:
            record["edition"] = str(self.rng.randint(2, 12))
        elif roll < 0.45:  # an e-book read online
            year = record["issued"]["date-parts"][0][0]
            record["URL"] = self._url(self.rng.choice(["kitapyurdu.com", "books.google.com.tr", "dr.com.tr"]))
            record["accessed"] = self.accessed_after(year)
            record["medium"] = "e-book"
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": self._people(2),
            "container-title": self.rng.choice(["Pazarlama yönetimi: güncel yaklaşımlar [Marketing management: current approaches]",
                                                "Marketing in Turkey: emerging perspectives", "Dijital çağda tüketici [The consumer in the digital age]",
                                                "Handbook of Turkish business", "Reklamcılık ve halkla ilişkiler [Advertising and public relations]"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 380))}-{start + self.rng.randint(10, 34)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 4)),
            "page": f"{(start := self.rng.randint(1, 700))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice(['1108', '1016', '15295', '30798', '26466', '17218'])}/{self.rng.choice(['ijbm', 'jbusres', 'mbd', 'ttad', 'jima'])}.{self.rng.randint(1000, 999999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university = self.rng.choice(_UNIVERSITIES)
        turkish = "Üniversitesi" in university or "ODTÜ" in university
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": self._people(1),
            "issued": {"date-parts": [[self.year()]]},
            "genre": self.rng.choice(["Yüksek lisans tezi", "Doktora tezi"]) if turkish else self.rng.choice(["MBA dissertation", "PhD thesis", "MSc thesis"]),
            "publisher": university,
        }  # fmt: skip
        if turkish and self.rng.random() < 0.6:
            year = record["issued"]["date-parts"][0][0]
            record["URL"] = f"https://tez.yok.gov.tr/UlusalTezMerkezi/tezDetay.jsp?id={self.rng.randint(10000, 99999)}"
            record["accessed"] = self.accessed_after(year)
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        year = self.year()
        conference = self.rng.choice(_CONFERENCES)
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": f"{conference} {year} bildiriler kitabı" if conference[0] in "UÜ" else f"Proceedings of the {conference}",
            "event-place": self.rng.choice(["İstanbul", "Ankara", "İzmir", "Eskişehir", "Antalya", "Trabzon", "Konya", "Berlin"]),
            "issued": {"date-parts": [[year]]}, "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(6, 14)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _company_web(self) -> Work:
        name = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice([
            "Hakkımızda [About us]", "Sürdürülebilirlik [Sustainability]", "Our brand story", "Kampanyalar [Campaigns]",
            "Yatırımcı ilişkileri [Investor relations]", "Basın bültenleri [Press releases]", "Kurumsal profil [Corporate profile]",
            f"{self.rng.choice(['Ramazan', 'Kurban Bayramı', 'Efsane Cuma', 'Muhteşem Cuma', 'Yılbaşı'])} kampanyası [campaign]",
            "KVKK aydınlatma metni [Privacy notice]", "Loyalty programme terms", f"{self.rng.choice(_TOPICS_TR)[0]} yaklaşımımız [Our approach]"]),
            "URL": self._url(name.replace("T.C. ", "").split()[0].translate(_ASCII).lower().strip(".") + ".com.tr")}  # fmt: skip
        year = None
        if self.rng.random() < 0.75:
            year = self.year()
            record["issued"] = {"date-parts": [[year]]}
        if self.rng.random() < 0.9:
            record["accessed"] = self.accessed_after(year or 2022)
        return self._org_work(record, "web", name, {"company"})

    def _company_report(self) -> Work:
        name = self.rng.choice([c for c in _COMPANIES if c not in _AGENCIES])
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"{year} Faaliyet Raporu [{year} Annual Report]", f"Integrated annual report {year}",
                                                        f"Sürdürülebilirlik Raporu {year} [Sustainability Report {year}]",
                                                        f"{year} Yatırımcı Sunumu [Investor Presentation]"]),
            "issued": {"date-parts": [[year]]}, "publisher": name, "publisher-place": "İzmir" if name.startswith("Pınar") else "İstanbul",
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url("kap.org.tr")
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "report", name, {"company"})

    def _trade_body(self) -> Work:
        name = self.rng.choice(_TRADE)
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Türkiye'de e-ticaret {year} [E-commerce in Türkiye {year}]",
                                                        f"Reklam yatırımları raporu {year} [Advertising investment report]",
                                                        "Etik kurallar [Code of ethics]", f"{year} kazananları [{year} winners]",
                                                        "Dijital pazarlama ve tüketici güveni [Digital marketing and consumer trust]"]),
            "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0], "publisher-place": "İstanbul",
            "URL": self._url(self.rng.choice(["rvd.org.tr", "tbb.org.tr", "etid.org.tr", "tusiad.org", "effie.com.tr"])),
            "accessed": self.accessed_after(year),
        }  # fmt: skip
        return self._org_work(record, "report", name, {"trade-body"})

    def _regulator(self) -> Work:
        if self.rng.random() < 0.2:  # one body, two works of one year: "Reklam Kurulu (2019a)" and "(2019b)"
            title = self.rng.choice(["Reklam Kurulu kararları: Ocak 2019 [Advertising Board decisions: January 2019]",
                                     "Sosyal medya etkileyicileri tarafından yapılan ticari reklam ve haksız ticari uygulamalar hakkında kılavuz [Guidelines on advertising by social media influencers]"])  # fmt: skip
            record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[2019]]},
                                      "publisher": "T.C. Ticaret Bakanlığı", "publisher-place": "Ankara",
                                      "URL": self._url("ticaret.gov.tr"), "accessed": self.accessed_after(2019)}  # fmt: skip
            return self._org_work(record, "report", "Reklam Kurulu", {"government"})
        name, host, titles = self.rng.choice(_REGULATORS)
        year = self.year()
        title = self.rng.choice(titles).replace("{Y}", str(year)).replace("{M}", _MONTHS[self.rng.randint(0, 11)])
        record = {"type": self.rng.choice(["report", "webpage"]), "title": title.replace("{q}", str(self.rng.randint(1, 4))),
                  "issued": {"date-parts": [[year]]}, "URL": self._url(host), "accessed": self.accessed_after(year)}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = "Ankara"
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _legislation(self) -> Work:
        year, month, day, title, number, authors = self.rng.choice(_LAWS)
        name = self.rng.choice(authors)
        record: dict[str, Any] = {
            "type": "webpage", "title": f"{title}. Resmî Gazete, {day:02d}.{month:02d}.{year}, Sayı: {number}",
            "issued": {"date-parts": [[year, month, day]]}, "URL": f"https://www.mevzuat.gov.tr/mevzuat?MevzuatNo={self.rng.randint(5000, 40000)}",
            "accessed": self.accessed_after(year, month, day),
        }  # fmt: skip
        return self._org_work(record, "web", name, {"government", "legislation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2014, 2025)
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Digital {year}: Türkiye", f"Türkiye'de hızlı tüketim trendleri {year} [FMCG trends in Türkiye]",
                                                        f"Global Marka Ayak İzi {year} [Brand Footprint Türkiye]", f"Turkish consumer confidence, Q{self.rng.randint(1, 4)} {year}",
                                                        f"Ramazan tüketici raporu {year} [Ramadan consumer report]", f"Online grocery in Turkey {year}",
                                                        f"Generation Z in Türkiye {year}: attitudes to banks and fintechs"]),
            "publisher": name, "URL": self._url(name.split()[0].lower().replace("ü", "u") + (".com.tr" if "Türkiye" in name else ".com")),
        }  # fmt: skip
        issued = self.rng.random() < 0.9
        if issued:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        year = self.year() if self.rng.random() < 0.3 else self.rng.randint(2016, 2025)
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self.rng.choice([
                "{} {} [{}]".format(self.rng.choice(_COMPANIES).split()[0], *self.rng.choice([
                    ("yeni kampanyasını tanıttı", "launches new campaign"), ("reklam filmiyle gündemde", "in the spotlight with its new advert"),
                    ("Efsane Cuma rekoru kırdı", "breaks its Black Friday record"), ("sadakat programını yeniledi", "renews its loyalty programme")])),
                self._title(), f"Turkish shoppers trade down as inflation bites in {year}",
                f"Gurbetçiler bayram tatilinde {self.rng.choice(['Antalya', 'Bodrum', 'Trabzon', 'Konya'])} tercih etti [Expatriates chose the region for the holiday]"]),
            "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(paper.split()[0].translate(_ASCII).lower() + ".com.tr"),
        }  # fmt: skip
        record["accessed"] = self.accessed_after(*record["issued"]["date-parts"][0])
        if self.rng.random() < 0.65:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _social(self) -> Work:
        name = self.rng.choice(["Turkcell", "Trendyol", "Getir", "Türk Hava Yolları", "Migros", "Papara", "Enpara.com",
                                "Koton", "Hepsiburada", "Pınar", "Reklam Verenler Derneği (RVD)", "MediaCat"])  # fmt: skip
        year = self.rng.randint(2018, 2025)
        record: dict[str, Any] = {
            "type": "webpage", "title": self.rng.choice(["Bu bayram sofralar bizden! #RamazanBayramı [This holiday the table is on us]",
                                                         "Efsane Kasım başladı 🔥 [Legendary November has started]",
                                                         "29 Ekim Cumhuriyet Bayramımız kutlu olsun [Happy Republic Day]",
                                                         "23 Nisan Ulusal Egemenlik ve Çocuk Bayramı kutlu olsun [Happy National Sovereignty and Children's Day]",
                                                         "Yeni kampanyamız yayında! [Our new campaign is live]"]),
            "container-title": self.rng.choice(["Instagram", "X (Twitter)", "LinkedIn", "TikTok"]),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
        }  # fmt: skip
        record["URL"] = self._url(record["container-title"].split()[0].lower() + ".com")
        record["accessed"] = self.accessed_after(*record["issued"]["date-parts"][0])
        return self._org_work(record, "social", name, {"company"})

    def _video(self) -> Work:
        year = self.rng.randint(2015, 2025)
        record: dict[str, Any] = {
            "type": "webpage", "title": self.rng.choice(["Marka yönetiminde hikâye anlatıcılığı [Storytelling in brand management]",
                                                         f"Kristal Elma {year} ödül töreni [Awards ceremony]", "Effie Türkiye konuşmaları [Effie talks]",
                                                         "Pazarlamanın geleceği [The future of marketing] (podcast)", "How Getir built quick commerce"]),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
        }  # fmt: skip
        record["container-title"], host = self.rng.choice(
            [("YouTube", "youtube.com"), ("Spotify", "open.spotify.com"), ("Apple Podcasts", "podcasts.apple.com")]
        )
        record["URL"] = self._url(host)
        record["accessed"] = self.accessed_after(*record["issued"]["date-parts"][0])
        if self.rng.random() < 0.5:
            record["author"] = self._people(2)
            return self._person_work(record, "video")
        return self._org_work(
            record,
            "video",
            self.rng.choice(["MediaCat", "Marketing Türkiye", "Webrazzi", "Rafineri", "Koç University"]),
            {"company"},
        )

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url(self.rng.choice(["webrazzi.com", "pazarlamasyon.com", "medium.com", "ideasoft.com.tr"])),
                                  "accessed": self.accessed_after(2022)}  # fmt: skip
        if self.rng.random() < 0.5:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name = self.rng.choice(_COMPANIES + _TRADE)
        return self._org_work(record, "web", name, {"undated"})
