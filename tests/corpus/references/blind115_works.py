"""Works for the hundred-and-fifteenth independent pool, "blind115" (HELD OUT): what marketers in Iraq, the Kurdistan
Region and their diaspora cite in CIM Level 6 and 7 reports and MBA assignments.

Written without reading the checker, its tests or any other pool. Authors carry Arabic, Kurdish (Sorani and
Kurmanji), Assyrian, Chaldean and Turkmen names as English-language journals and reading lists print them: the
given name and the father's name as given names, the grandfather's, tribal or place name as the surname ("Al-Saadi,
H.A."), one name spelt several ways (Mohammed, Muhammad, Mohamad; Hussein, Husain; Ahmad, Ehmed), "Al-", "al-",
"Abu", "Abdul" and "Hama" names, Kurmanji and Turkmen letters (Xelîl, Hürmüzlü), and the Swedish, German, British
and American co-authors of the diaspora. Organisations are banks, telecoms and mobile-money firms, bottlers, malls,
airlines, regulators (the Central Bank of Iraq, the Communications and Media Commission), KRG ministries, laws as
"Law No. 1 of 2010", theses from the University of Baghdad, Salahaddin University and AUIS, research firms with a
year in the title, the Iraqi and Kurdish press signed and unsigned, social posts, videos and podcasts, with Arabic and
Kurdish titles and English in square brackets.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# Given names: Arabic (in several spellings), Kurdish, Assyrian and Chaldean, Turkmen.
_GIVEN_ARABIC = ["Mohammed", "Muhammad", "Mohamad", "Mohammad", "Hussein", "Husain", "Hussain", "Hasan", "Hassan",
                 "Ali", "Ahmed", "Ahmad", "Mustafa", "Haider", "Hayder", "Abbas", "Omar", "Othman", "Khalid", "Sajjad",
                 "Muntadher", "Karrar", "Murtadha", "Qusay", "Yasir", "Raad", "Falah", "Saad", "Thamer", "Nihad",
                 "Zainab", "Fatima", "Noor", "Nour", "Maryam", "Rusul", "Sura", "Dhuha", "Zahraa", "Ban", "Hiba",
                 "Israa", "Baraa", "Layla", "Shaymaa", "Rand", "Sarah", "Aseel", "Duaa", "Hadeel", "Wasan", "Mayada"]  # fmt: skip
_GIVEN_KURDISH = ["Shwan", "Rebwar", "Soran", "Karwan", "Dilshad", "Hawre", "Aram", "Nawzad", "Bakhtiar", "Sherko",
                  "Azad", "Diyar", "Hemin", "Goran", "Kawa", "Avin", "Shilan", "Nasik", "Hero", "Chnar", "Lana",
                  "Rozhan", "Berivan", "Zhino", "Delal", "Dîlan", "Rêbîn", "Hêja", "Sakar", "Awat", "Bahez", "Niga"]  # fmt: skip
_GIVEN_ASSYRIAN = ["Ninos", "Sargon", "Ashur", "Shamiram", "Youkhana", "Yousif", "Marlin", "Rita", "Nahrain", "Evon",
                   "Fadi", "Rami", "Ninva", "Ramsin", "Basim", "Nadia"]  # fmt: skip
_GIVEN_TURKMEN = ["Arshad", "Turhan", "Yıldız", "Aydın", "Ayten", "Erşat", "Nazlı", "Kemal", "Sevinç", "Orhan"]
# The father's name, written as a second given name by most Iraqi authors.
_FATHERS = ["Ali", "Hussein", "Abdulkareem", "Kadhim", "Jasim", "Hameed", "Mahmood", "Salih", "Omer", "Rasul",
            "Abdulla", "Fadhil", "Jabbar", "Sabah", "Najm", "Mohammed", "Aziz", "Qadir", "Kareem", "Hama", "Tahir"]  # fmt: skip
# Surnames as printed: tribal and place names with "Al-" or "al-", grandfathers' and fathers' names, Kurdish tribal and
# town names, Assyrian and Chaldean family names, Turkmen names, the same name transliterated several ways.
_FAMILY_ARABIC = ["Al-Jubouri", "Al-Jabouri", "al-Jubury", "Al-Dulaimi", "Al-Saadi", "Al-Obaidi", "Al-Ubaidi",
                  "Al-Tamimi", "Al-Khafaji", "Al-Rubaie", "Al-Rubaye", "Al-Shammari", "Al-Zubaidi", "Al-Musawi",
                  "Al-Mousawi", "Al-Hashimi", "Al-Janabi", "Al-Baghdadi", "Al-Basri", "Al-Mosuli", "Al-Najafi",
                  "Al-Taie", "Al-Tai", "Al-Azzawi", "Al-Ani", "Al-Rawi", "Al-Dabbagh", "Al-Kubaisi", "al-Khalidi",
                  "al-Hilli", "Alkhafaji", "Alsaadi", "Abu Zaid", "Abu-Ragheef", "Abdul-Hussein", "Abdulhussein",
                  "Abd Al-Amir", "Abdulrahman", "Jasim", "Kadhim", "Hameed", "Mahdi", "Hasan", "Hussein", "Husain",
                  "Mohammed", "Muhammad", "Abbas", "Salman", "Jawad", "Ja'far", "Shaker", "Mahmood", "Mahmoud"]  # fmt: skip
_FAMILY_KURDISH = ["Ahmed", "Ahmad", "Mohammed", "Abdullah", "Rasul", "Rashid", "Qadir", "Omer", "Aziz", "Hama Amin",
                   "Hama Karim", "Hamasalih", "Mahmood", "Barzani", "Talabani", "Zebari", "Doski", "Barwari",
                   "Hawrami", "Jaff", "Shwani", "Sindi", "Mizuri", "Kakai", "Sulaimani", "Xelîl", "Ehmed", "Mihemed",
                   "Berzincî", "Îbrahîm", "Sabir", "Faraj", "Karim"]  # fmt: skip
_FAMILY_ASSYRIAN = ["Youkhana", "Shimoun", "Odisho", "Khoshaba", "Warda", "Toma", "Jajou", "Kassab", "Yaldo", "Denha",
                    "Jarbo", "Najor", "Shamoun", "Kalasho", "Sesi", "Benjamin", "Isho", "Hanna"]  # fmt: skip
_FAMILY_TURKMEN = ["Bayatli", "Hürmüzlü", "Köprülü", "Salihi", "Kerküklü", "Tuzlu", "Nefteci", "Terzioğlu", "Demirci"]
# The diaspora's and expatriates' co-authors: Sweden, Germany, the UK, the US, Jordan.
_DIASPORA = [("Lindqvist", "Anna"), ("Åberg", "Johan"), ("Söderström", "Elin"), ("Nyström", "Karl"),
             ("Schäfer", "Jonas"), ("Müller", "Katrin"), ("Becker", "Lukas"), ("Smith", "Rachel"), ("Hughes", "Owen"),
             ("Patel", "Nisha"), ("Walker", "James"), ("O'Brien", "Siobhan"), ("Johnson", "Megan"),
             ("Kowalski", "Mark"), ("Haddad", "Rania"), ("Nasser", "Lina"), ("Al-Khatib", "Sami"),
             ("Obeidat", "Yazan"), ("Cole", "Juan"), ("Isakhan", "Benjamin")]  # fmt: skip

_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Oxford University Press", "Oxford"), ("Wiley", "Chichester"), ("Palgrave Macmillan", "Cham"),
               ("Dar Al-Masira", "Amman"), ("Dar Wael", "Amman"), ("Dar Al-Yazouri", "Amman"),
               ("Aras Publishers", "Erbil"), ("Dar Al-Kutub", "Baghdad"), ("Gulf University Press", "Erbil"),
               ("Bloomsbury", "London"), ("Cambridge University Press", "Cambridge")]  # fmt: skip
_JOURNALS = ["Journal of Administration and Economics", "Iraqi Journal of Market Research and Consumer Protection",
             "Journal of Economics and Administrative Sciences", "Zanco Journal of Humanity Sciences",
             "Journal of University of Human Development", "Polytechnic Journal of Humanities and Social Sciences",
             "UKH Journal of Social Sciences", "Al-Kut Journal of Economics and Administrative Sciences",
             "Tikrit Journal of Administrative and Economic Sciences", "Journal of Islamic Marketing",
             "International Journal of Bank Marketing", "Journal of Business Research",
             "Journal of Marketing Communications", "Middle East Journal of Management",
             "International Journal of Emerging Markets", "Cogent Business & Management",
             "Journal of Retailing and Consumer Services", "Telecommunications Policy",
             "Journal of Financial Services Marketing", "Qalaai Zanist Scientific Journal"]  # fmt: skip
_TOPICS = ["mobile money adoption", "brand loyalty among Iraqi telecom subscribers", "Ramadan advertising",
           "e-wallet trust", "Instagram marketing", "shopping mall patronage", "customer satisfaction in private banks",
           "TikTok influencers", "word of mouth in tribal networks", "country-of-origin effects", "halal branding",
           "soft-drink brand preference", "private hospital service quality", "higher-education marketing",
           "airline service recovery", "cash-on-delivery e-commerce", "diaspora remittance apps",
           "Facebook advertising", "customer experience at supermarkets", "green marketing in oil services",
           "corporate social responsibility", "Arbaeen sponsorship", "Nowruz promotions", "SMS marketing",
           "price sensitivity after the dinar devaluation", "brand trust after conflict", "Kurdish-language advertising"]  # fmt: skip
_ARABIC_TITLES = [
    ("Athar al-taswiq al-raqami fi suluk al-mustahlik al-Iraqi", "The effect of digital marketing on Iraqi consumer behaviour"),
    ("Dawr al-thiqa fi tabanni khidmat al-daf' al-electroni", "The role of trust in adopting electronic payment services"),
    ("Jawdat al-khidma al-masrafiya wa wala' al-zaba'in", "Banking service quality and customer loyalty"),
    ("Al-i'lan al-tilfizyuni fi shahr Ramadan", "Television advertising in the month of Ramadan"),
    ("Al-suma al-tijariya li-sharikat al-ittisalat al-mutanaqqila", "The brand reputation of mobile telecom companies"),
    ("التسويق الرقمي وسلوك المستهلك العراقي", "Digital marketing and Iraqi consumer behaviour"),
    ("أثر الإعلان عبر مواقع التواصل الاجتماعي في قرار الشراء", "The effect of social-media advertising on the purchase decision"),
    ("جودة الخدمة الصحية في المستشفيات الأهلية", "Health service quality in private hospitals"),
]  # fmt: skip
_KURDISH_TITLES = [
    ("Rolî bazarkirdinî dîjîtal le Herêmî Kurdistan", "The role of digital marketing in the Kurdistan Region"),
    ("Karîgerî rîklam le ser bryarî kirrîn", "The effect of advertising on the purchase decision"),
    ("Bazirganiya elektronîkî li Duhokê", "E-commerce in Duhok"),
    ("رۆڵی بازاڕکردنی دیجیتاڵ لە هەرێمی کوردستان", "The role of digital marketing in the Kurdistan Region"),
]  # fmt: skip
_COMPANIES = ["Asiacell", "Zain Iraq", "Korek Telecom", "FastPay", "ZainCash", "AsiaHawala", "Qi Card",
              "Trade Bank of Iraq (TBI)", "Rafidain Bank", "Bank of Baghdad", "Kurdistan International Bank",
              "Cihan Bank", "Iraqi Airways", "Fly Baghdad", "Family Mall Erbil", "Majid Al Futtaim - Carrefour Iraq",
              "Baghdad Soft Drinks Company", "Al-Waha Soft Drinks (Coca-Cola Iraq)", "Kar Group", "Newroz Telecom",
              "Earthlink Telecommunications", "Lafarge Iraq", "Pepsi Iraq", "Babylon Mall", "Duhok Mall",
              "Hawler Teaching Hospital", "Al-Kafeel Hospital", "Shafaq Agency", "Lezzoo", "Toters Iraq",
              "Miswag", "Al-Mansour Pharmaceutical Industries"]  # fmt: skip
_TRADE_BODIES = ["Iraqi Private Banks League", "Iraq Britain Business Council (IBBC)", "Erbil Chamber of Commerce & Industry",
                 "Federation of Iraqi Chambers of Commerce", "American Chamber of Commerce in Iraq (AmCham Iraq)",
                 "GSMA", "Iraqi Marketing Association", "Kurdistan Business Women Forum", "Chartered Institute of Marketing",
                 "Iraq Business News"]  # fmt: skip
_GOVERNMENT = ["Central Bank of Iraq", "Central Bank of Iraq (CBI)", "Communications and Media Commission (CMC)",
               "Kurdistan Regional Government", "Ministry of Planning, Kurdistan Regional Government",
               "KRG Ministry of Trade and Industry", "Kurdistan Region Statistics Office (KRSO)",
               "Central Statistical Organization Iraq", "Ministry of Planning (Iraq)", "Iraq Stock Exchange",
               "National Investment Commission", "Board of Investment, Kurdistan Region", "Ministry of Trade (Iraq)",
               "World Bank", "UNDP Iraq", "International Organization for Migration (IOM) Iraq"]  # fmt: skip
_LAWS = [("Republic of Iraq", "Consumer Protection Law No. 1 of 2010", 2010),
         ("Republic of Iraq", "Competition and Monopoly Prevention Law No. 14 of 2010", 2010),
         ("Republic of Iraq", "Electronic Signature and Electronic Transactions Law No. 78 of 2012", 2012),
         ("Central Bank of Iraq", "Regulation No. 3 of 2014 on Electronic Payment Services", 2014),
         ("Central Bank of Iraq", "Banking Law No. 94 of 2004", 2004),
         ("Communications and Media Commission (CMC)", "Media Broadcasting Regulation No. 1 of 2023", 2023),
         ("Kurdistan Parliament", "Investment Law in the Kurdistan Region No. 4 of 2006", 2006),
         ("Kurdistan Regional Government", "Council of Ministers Decree No. 12 of 2021 on e-payment of salaries", 2021),
         ("Republic of Iraq", "Companies Law No. 21 of 1997 (as amended)", 1997),
         ("Republic of Iraq", "Trademarks and Geographical Indications Law No. 21 of 1957 (as amended in 2004)", 2004)]  # fmt: skip
_RESEARCH = ["IIACSS", "Statista", "GSMA Intelligence", "Kepios (DataReportal)", "Arab Barometer", "Ipsos Iraq",
             "Euromonitor International", "Kantar", "Gallup", "Mordor Intelligence", "Al-Mustakilla for Research (IIACSS)"]  # fmt: skip
_MARKETS = ["mobile money", "soft drinks", "telecoms", "private banking", "e-commerce", "modern grocery retail",
            "airline travel", "private healthcare", "bottled water", "cosmetics", "fast food delivery", "cement"]  # fmt: skip
_PLACES = ["Iraq", "the Kurdistan Region", "Iraq and Kurdistan", "Baghdad", "Erbil", "Basra", "the Middle East"]
_PRESS = [("Rudaw", "rudaw.net"), ("Kurdistan 24", "kurdistan24.net"), ("Shafaq News", "shafaq.com"),
          ("The New Arab", "newarab.com"), ("Iraqi News Agency", "ina.iq"), ("Al-Sabaah", "alsabaah.iq"),
          ("Niqash", "niqash.org"), ("Iraq Business News", "iraq-businessnews.com"), ("The National", "thenationalnews.com"),
          ("Arab News", "arabnews.com"), ("Financial Times", "ft.com"), ("The Guardian", "theguardian.com"),
          ("Al-Monitor", "al-monitor.com"), ("Asharq Al-Awsat", "english.aawsat.com"), ("964", "964media.com")]  # fmt: skip
_HOSTS = {"Central Bank of Iraq": "cbi.iq/news", "Communications and Media Commission": "cmc.iq/en",
          "Kurdistan Regional Government": "gov.krd/english", "Ministry of Planning": "gov.krd/mop-en",
          "KRG Ministry of Trade and Industry": "gov.krd/moti-en", "Kurdistan Region Statistics Office": "krso.gov.krd/en",
          "Central Statistical Organization Iraq": "cosit.gov.iq/en", "Iraq Stock Exchange": "isx-iq.net/isxportal",
          "National Investment Commission": "investpromo.gov.iq", "Board of Investment": "boi.gov.krd",
          "Ministry of Trade": "mot.gov.iq", "World Bank": "www.worldbank.org/en/country/iraq", "UNDP Iraq": "www.undp.org/iraq",
          "International Organization for Migration": "iraq.iom.int", "Iraqi Private Banks League": "www.ipbl.iq",
          "Iraq Britain Business Council": "www.webuildiraq.org", "Erbil Chamber of Commerce & Industry": "www.erbilchamber.org",
          "Federation of Iraqi Chambers of Commerce": "www.ficc.org.iq", "American Chamber of Commerce in Iraq": "www.amchamiraq.org",
          "GSMA": "www.gsma.com/mobileeconomy", "Iraqi Marketing Association": "www.ima-iraq.org",
          "Kurdistan Business Women Forum": "www.kbwf.org", "Chartered Institute of Marketing": "www.cim.co.uk/content-hub",
          "Iraq Business News": "www.iraq-businessnews.com"}  # fmt: skip
_SOCIAL = [("Instagram", "instagram.com/p"), ("Facebook", "facebook.com"), ("X", "x.com"), ("TikTok", "tiktok.com/@"),
           ("LinkedIn", "linkedin.com/posts")]  # fmt: skip
_UNIS = [("University of Baghdad", "Baghdad"), ("Salahaddin University-Erbil", "Erbil"),
         ("American University of Iraq, Sulaimani", "Sulaymaniyah"), ("University of Duhok", "Duhok"),
         ("University of Basrah", "Basra"), ("University of Mosul", "Mosul"), ("University of Kufa", "Najaf"),
         ("Koya University", "Koya"), ("Cihan University-Erbil", "Erbil"), ("Lund University", "Lund"),
         ("University of Huddersfield", "Huddersfield"), ("Wayne State University", "Detroit")]  # fmt: skip


class Blind115WorkFactory(WorkFactory):
    """The blind115 pool's works, from a random source of its own seeded from the report's seed."""

    DRAWN: ClassVar[dict[str, int]] = {"book": 11, "chapter": 5, "journal": 22, "thesis": 5, "conference": 4, "company-web": 9, "report": 7,
             "trade-body": 4, "government": 7, "legislation": 4, "market-research": 7, "news": 9, "social": 3,
             "video": 3, "web": 4}  # fmt: skip
    KINDS: ClassVar[tuple[str, ...]] = tuple(DRAWN)

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 115 + 11501)
        self.org_years: list[tuple[str, set[str], int]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.45:
            given, family = rng.choice(_GIVEN_ARABIC), rng.choice(_FAMILY_ARABIC)
        elif roll < 0.72:
            given, family = rng.choice(_GIVEN_KURDISH), rng.choice(_FAMILY_KURDISH)
        elif roll < 0.8:
            given, family = rng.choice(_GIVEN_ASSYRIAN), rng.choice(_FAMILY_ASSYRIAN)
        elif roll < 0.86:
            given, family = rng.choice(_GIVEN_TURKMEN), rng.choice(_FAMILY_TURKMEN)
        else:
            family, given = rng.choice(_DIASPORA)
            return {"family": family, "given": given}
        if rng.random() < 0.55:  # the father's name as a second given name: "Al-Saadi, H.A."
            given = f"{given} {rng.choice(_FATHERS)}"
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[30, 30, 18, 9, 5, 3, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if all(name["family"] != p["family"] for p in people):
                people.append(name)
        return people

    def year(self, recent: bool = False) -> int:
        if recent:  # web pages, posts and the press: the years of Iraq's smartphones and 4G
            return self.rng.randint(2012, 2025)
        if self.rng.random() < 0.06:
            return self.rng.randint(1980, 2002)
        return self.rng.randint(2005, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        first = max(2022, issued[0] if issued else 2022)
        year = self.rng.randint(first, max(first, 2025))
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if issued and year == issued[0] and len(issued) > 1:
            month = self.rng.randint(issued[1], 12)
            if month == issued[1] and len(issued) > 2:
                day = self.rng.randint(issued[2], 28)
        return {"date-parts": [[year, month, day]]}

    def _url(self, host: str) -> str:
        slug = "-".join(self.rng.sample(["iraq", "erbil", "baghdad", "marketing", "2024", "ramadan", "dinar", "customers",
                                         "mobile", "wallet", "brand", "report", "kurdistan", "basra", "sales"], 3))  # fmt: skip
        return f"https://{host}/{slug}-{self.rng.randint(10, 99999)}"

    def _title(self) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.14:
            original, english = rng.choice(_ARABIC_TITLES)
            return f"{original} [{english}]"
        if roll < 0.2:
            original, english = rng.choice(_KURDISH_TITLES)
            return f"{original} [{english}]"
        topic = rng.choice(_TOPICS)
        place = rng.choice(["Iraq", "the Kurdistan Region of Iraq", "Baghdad", "Erbil", "Basra", "Sulaymaniyah",
                            "Duhok", "Mosul", "Najaf", "post-conflict Iraq", "the Iraqi diaspora in Sweden"])  # fmt: skip
        forms = [f"The impact of {topic} on purchase intention: evidence from {place}",
                 f"{topic[0].upper()}{topic[1:]} in {place}", f"Determinants of {topic}: a study in {place}",
                 f"{topic[0].upper()}{topic[1:]} and customer loyalty: the case of {place}",
                 f"Measuring {topic} among consumers in {place}", f"Towards a model of {topic} for {place}",
                 f"{topic[0].upper()}{topic[1:]}: an empirical study of young consumers in {place}"]  # fmt: skip
        return rng.choice(forms)

    def _dated(self, record: dict[str, Any], parts: int = 1, recent: bool = False) -> list[int]:
        year = self.year(recent)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)][:parts]
        record["issued"] = {"date-parts": [issued]}
        return issued

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        work.kind = kind
        return work

    def _person(self, record: dict[str, Any], kind: str) -> Work:
        return self._person_work(record, kind)

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str], pair: bool = True) -> Work:
        # One organisation with two works in a year now and then: "Central Bank of Iraq (2019a, 2019b)".
        if pair and self.org_years and "issued" in record and self.rng.random() < 0.12:
            name, tags, year = self.rng.choice(self.org_years)
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
            parts = record["issued"]["date-parts"][0]
            record["issued"] = {"date-parts": [[year, *parts[1:]]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        if "issued" in record:
            self.org_years.append((name, tags, record["issued"]["date-parts"][0][0]))
        return self._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "publisher": publisher, "publisher-place": place}  # fmt: skip
        self._dated(record)
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 6))
        if self.rng.random() < 0.2:
            record["medium"] = "e-book"
            if self.rng.random() < 0.5:
                record["URL"] = self._url("www.noor-book.com")
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._person(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS[:9])
        start = self.rng.randint(1, 300)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["Marketing in the Middle East", "Business and society in Iraq",
                                                "The Routledge handbook of Islamic marketing",
                                                "The Kurdistan Region of Iraq: economy and society",
                                                "Consumer behaviour in emerging markets", "Iraq after 2003: markets and media"]),
            "publisher": publisher, "publisher-place": place, "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        self._dated(record)
        return self._person(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 400)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "volume": str(self.rng.randint(1, 48)),
            "issue": str(self.rng.randint(1, 4)), "page": f"{start}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        self._dated(record)
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice(['1108', '1016', '25212', '21928', '31972', '24086'])}/{self.rng.randint(1000, 99999)}"
            )
        return self._person(record, "journal")

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_UNIS)
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": self._people(1),
            "genre": self.rng.choice(["PhD thesis", "MSc thesis", "MBA dissertation", "Master's thesis", "Higher Diploma thesis"]),
            "publisher": university, "publisher-place": place,
        }  # fmt: skip
        self._dated(record)
        return self._person(record, "thesis")

    def _conference(self) -> Work:
        start = self.rng.randint(1, 200)
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": self.rng.choice(["Proceedings of the 4th International Conference on Business and Economics",
                                                "Proceedings of the International Conference on Accounting, Business, Economics and Politics (ICABEP)",
                                                "Proceedings of the 2nd Scientific Conference of the College of Administration and Economics",
                                                "Proceedings of the Iraqi Academics Syndicate International Conference"]),
            "publisher": self.rng.choice(["Tishk International University", "University of Baghdad", "Cihan University-Erbil"]),
            "publisher-place": self.rng.choice(["Erbil", "Baghdad"]), "page": f"{start}-{start + self.rng.randint(6, 14)}",
        }  # fmt: skip
        self._dated(record)
        return self._person(record, "conference")

    def _company_web(self) -> Work:
        name = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {"type": "webpage",
                                  "title": self.rng.choice(["About us", "Our story", "Ramadan offers", "Sustainability",
                                                            f"{self.rng.choice(['Annual report', 'Investor relations', 'Press release'])}",
                                                            "Corporate social responsibility", "Our brands", "Nowruz campaign"]),
                                  "URL": self._url("www." + name.split()[0].lower().replace("-", "") + ".iq")}  # fmt: skip
        issued = self._dated(record, recent=True) if self.rng.random() < 0.75 else None
        if issued is None:
            record["title"] += f" - {name.split(' (')[0]}" if self.rng.random() < 0.3 else ""
        if self.rng.random() < 0.88:
            record["accessed"] = self._accessed_after(issued)
        return self._org(record, "company-web", name, {"company"} | ({"undated"} if issued is None else set()))

    def _report(self) -> Work:
        if self.rng.random() < 0.35:  # a report by named people (a working paper, a consultancy's study)
            record: dict[str, Any] = {"type": "report", "title": self._title(), "author": self._people(3),
                                      "publisher": self.rng.choice(["LSE Middle East Centre", "Chatham House", "IIACSS",
                                                                    "Middle East Research Institute (MERI)", "UNDP Iraq"]),
                                      "publisher-place": self.rng.choice(["London", "Erbil", "Baghdad", "Amman"])}  # fmt: skip
            self._dated(record)
            return self._person(record, "report")
        name = self.rng.choice(_COMPANIES)
        year = self.year()
        record = {"type": "report", "title": f"{self.rng.choice(['Annual report', 'Sustainability report', 'Integrated report'])} {year}",
                  "publisher": name.split(" (")[0], "publisher-place": self.rng.choice(["Baghdad", "Erbil", "Sulaymaniyah", "Basra"]),
                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url("www." + name.split()[0].lower() + ".iq")
            record["accessed"] = self._accessed_after([year])
        return self._org(record, "report", name, {"company"})

    def _trade_body(self) -> Work:
        name = self.rng.choice(_TRADE_BODIES)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]),
                                  "title": self.rng.choice([f"The mobile economy: {self.rng.choice(_PLACES)}",
                                                            "Digital payments in Iraq: opportunities for members",
                                                            "Women in business in the Kurdistan Region",
                                                            f"Iraq business outlook {self.rng.randint(2018, 2025)}",
                                                            "Marketing salary survey", self._title()]),
                                  "URL": self._url(_HOSTS.get(name.split(" (")[0], "www.iraqbusiness.org"))}  # fmt: skip
        issued = self._dated(record, recent=True) if self.rng.random() < 0.85 else None
        record["accessed"] = self._accessed_after(issued)
        return self._org(record, "trade-body", name, {"trade-body"})

    def _government(self) -> Work:
        name = self.rng.choice(_GOVERNMENT)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]),
                                  "title": self.rng.choice(["Financial inclusion strategy 2025-2029", "Annual statistical bulletin",
                                                            "Telecommunications market indicators", "Consumer price index",
                                                            "Kurdistan Region population and labour force survey",
                                                            "National Development Plan 2024-2028", "Annual economic report",
                                                            "Circular on e-payment of salaries", "Licensed mobile payment service providers",
                                                            "Tourism statistics of the Kurdistan Region", self._title()]),
                                  "URL": self._url(_HOSTS.get(name.split(" (")[0].split(",")[0], "gov.krd/en"))}  # fmt: skip
        issued = self._dated(record, recent=True) if self.rng.random() < 0.9 else None
        if self.rng.random() < 0.9:
            record["accessed"] = self._accessed_after(issued)
        return self._org(record, "government", name, {"government"})

    def _legislation(self) -> Work:
        name, title, year = self.rng.choice(_LAWS)
        if self.rng.random() < 0.3:  # the Arabic title with the English one after it
            title = f"Qanun himayat al-mustahlik raqam 1 li-sanat 2010 [{title}]" if "Consumer" in title else title
        record: dict[str, Any] = {"type": "webpage", "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": self._url(self.rng.choice(["iraqld.hjc.iq", "moj.gov.iq/view", "parliament.krd/laws", "cbi.iq/static"]))}  # fmt: skip
        record["accessed"] = self._accessed_after([year])
        return self._org(record, "legislation", name, {"government", "legislation"}, pair=False)

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        market, place = self.rng.choice(_MARKETS), self.rng.choice(_PLACES)
        year = self.year(recent=True) if self.rng.random() < 0.9 else None
        label = year or 2024
        titles = [f"Digital {label}: {place}", f"{market.capitalize()} in {place} {label}",
                  f"{place} {market} market: size, share and forecast to 2030",
                  f"Number of {market} users in {place} from 2019 to {label}",
                  f"Arab Barometer wave VIII: {place} country report", f"{market.capitalize()} - {place} - Ramadan {label}",
                  f"The mobile economy Middle East and North Africa {label}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name.split(" (")[0],
                                  "URL": self._url("www." + name.split()[0].lower() + ".com")}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after([year] if year else None)
        return self._org(record, "market-research", name, {"market-research"})

    def _news(self) -> Work:
        paper, host = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "container-title": paper,
                                  "title": self.rng.choice([
                                      "Iraq's mobile-money boom leaves banks behind", "Erbil malls count the cost of the salary crisis",
                                      "Central Bank moves to end cash salaries", "Ramadan advertising spend climbs in Baghdad",
                                      "Asiacell and Zain cut prices as 4G arrives", "Why Iraqis still prefer cash",
                                      "Dinar devaluation hits imported brands", "Kurdistan's e-commerce start-ups look to Nowruz",
                                      "Basra's new malls change how families shop", "Iraqi Airways rebrands as Fly Baghdad expands",
                                      "Diaspora Iraqis in Detroit send more money home by app", self._title()])}  # fmt: skip
        issued = self._dated(record, 3, recent=True)
        record["URL"] = self._url("www." + host)
        if self.rng.random() < 0.9:
            record["accessed"] = self._accessed_after(issued)
        if self.rng.random() < 0.65:
            record["author"] = self._people(2)
            return self._person(record, "news")
        return self._org(record, "news", paper, {"press"})

    def _social(self) -> Work:
        platform, host = self.rng.choice(_SOCIAL)
        name = self.rng.choice(_COMPANIES[:20])
        record: dict[str, Any] = {"type": "post", "container-title": platform,
                                  "title": self.rng.choice(["Ramadan Kareem from all of us", "Eid Mubarak! Double data all week",
                                                            "Newroz pîroz be! Happy Nowruz", "Serving Arbaeen visitors on the Najaf-Karbala road",
                                                            "Our new branch in Duhok is open", "Pay your bills with one tap"])}  # fmt: skip
        issued = self._dated(record, 3, recent=True)
        record["URL"] = self._url("www." + host)
        record["accessed"] = self._accessed_after(issued)
        return self._org(record, "social", name, {"company", "social"})

    def _video(self) -> Work:
        record: dict[str, Any] = {"type": "motion_picture", "container-title": "YouTube",
                                  "title": self.rng.choice(["Selling to Gen Z in Baghdad", "How FastPay grew in Kurdistan",
                                                            "Branding in Iraq after 2003", "Episode 14: mobile money and trust",
                                                            "Marketing in Kurdish and Arabic at once"]) + " [Video]"}  # fmt: skip
        issued = self._dated(record, 3, recent=True)
        record["URL"] = self._url("www.youtube.com/watch")
        record["accessed"] = self._accessed_after(issued)
        if self.rng.random() < 0.5:  # a podcast episode by its hosts
            record["title"] = record["title"].replace(" [Video]", " [Podcast]")
            record["container-title"] = self.rng.choice(["Souq Talk podcast", "Spotify", "Apple Podcasts"])
            record["URL"] = self._url("open.spotify.com/episode")
            record["author"] = self._people(2)
            return self._person(record, "video")
        record["container-title"] = "YouTube"
        name = self.rng.choice(
            ["Rudaw English", "Kurdistan 24", "Iraq Britain Business Council (IBBC)", "AUIS", "Zain Iraq"]
        )
        return self._org(record, "video", name, {"video"})

    def _web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url("www.marketing-iraq.com")}
        record["accessed"] = self._accessed_after(None)
        if self.rng.random() < 0.55:
            record["author"] = self._people(2)
            return self._person(record, "web")
        name = self.rng.choice(["Iraq Marketing Hub", "Hawler Digital", "Bazaar Iraq", "Agency 964", "Babel Creative"])
        return self._org(record, "web", name, {"company", "undated"})
