"""The works of the "blind105" pool: what marketers in Iran and its diaspora cite in CIM and MBA reports.

Written without reading the checker, its tests or any other pool. Brand, CRM, digital, export and communications
marketers at e-commerce platforms, ride-hailing and super-apps, banks, insurers, telecoms, FMCG and dairy makers,
carpet and saffron exporters, hotels and agencies in Tehran, Isfahan, Shiraz, Mashhad and Tabriz, and in Dubai,
Toronto and London, cite Iranian and international journals with up to eight authors, English textbooks and Persian
ones with their titles transliterated and translated in square brackets, chapters, theses from the University of
Tehran, Sharif, Allameh Tabataba'i, Shahid Beheshti, Ferdowsi and Tarbiat Modares, conference papers, PJSC and
company pages and reports, the Central Bank, ministries, the Statistical Centre, laws as the Majlis research centre
publishes them, research firms, the Tehran and diaspora press signed and unsigned, Instagram and LinkedIn posts,
podcasts and Aparat or YouTube videos. Names: Persian surnames with -i, -zadeh, -pour, -nejad, -far, -ian, Mir- and
Haj, Seyed and Sadat in given names, transliteration variants (Hosseini, Hoseini, Husseini), a few with scholarly
diacritics, and the names of expatriates and diaspora writers.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# Family names as they appear on English-language papers, with their transliteration variants.
_FAMILY = [
    "Mohammadi", "Mohamadi", "Hosseini", "Hoseini", "Husseini", "Hosseinzadeh", "Hoseinzadeh", "Ahmadi", "Rezaei",
    "Rezaee", "Rezayi", "Karimi", "Moradi", "Rahimi", "Jafari", "Ja'fari", "Ghasemi", "Qasemi", "Kazemi", "Sadeghi",
    "Sadeqi", "Abbasi", "Heidari", "Heydari", "Mousavi", "Musavi", "Rostami", "Salehi", "Bagheri", "Baqeri",
    "Nazari", "Amini", "Akbari", "Ebrahimi", "Ebrahimzadeh", "Alizadeh", "Aliakbarzadeh", "Hasanzadeh",
    "Ghorbani", "Yousefi", "Yusefi", "Tavakoli", "Shirazi", "Esfahani", "Isfahani", "Tabrizi", "Mashhadi",
    "Kermani", "Tehrani", "Yazdi", "Ghaffari", "Gholami", "Soltani", "Jalali", "Najafi", "Azizi", "Zamani",
    "Farahani", "Nikpour", "Alipour", "Hosseinpour", "Rahimpour", "Gholipour", "Ghanbarpour", "Mohammadpour",
    "Hashemnejad", "Rahnejad", "Kiyanejad", "Alinejad", "Soleimaninejad", "Tabatabaei", "Tabatabai", "Khosravi",
    "Kiani", "Kianfar", "Nikfar", "Golfar", "Dehghan", "Dehghani", "Shahbazi", "Pourmohammad", "Pourhashemi",
    "Mirzaei", "Mirzaee", "Bahrami", "Parsa", "Farzaneh", "Jahanshahi", "Khorasani", "Zanjani", "Daneshvar",
    "Ghazanfari", "Ansari", "Emami", "Sharifi", "Nourbakhsh", "Afshar", "Afsharian", "Rahmanian", "Karimian",
    "Eslamian", "Ahmadian", "Fatemi", "Vahidi", "Motamedi", "Zarrinkoub", "Bakhtiari", "Sepehri", "Arjmand",
    "Khalili", "Taheri", "Esmaeili", "Esmaili", "Ismaili", "Sabouri", "Ranjbar", "Namazi", "Khodadadi",
    "Asgari", "Askari", "Firouzabadi", "Kashani", "Safavi", "Ghaemmaghami", "Zolfaghari", "Hajizadeh",
    "Sharifzadeh", "Rouhani", "Varzandeh", "Salimi", "Sotoudeh", "Behbahani", "Navabi", "Shams", "Nasr",
]  # fmt: skip
# Prefixed and compound family names: Mir-, Haj, Seyed as part of a surname, and double names.
_COMPOUND = [
    "Mir-Hosseini", "Mirhosseini", "Mir Mohammadi", "Mirmohammadi", "Mirzadeh", "Haj Ahmadi", "Hajiahmadi",
    "Haji Mohammadi", "Hajjar", "Seyedabadi", "Sayyedi", "Mousavi-Lotfi", "Mohammadi-Fard", "Hosseini-Nasab",
    "Ghaem Maghami", "Hashemi Nasab", "Sadat Hosseini", "Ahmadi-Nejad", "Karimi-Zand", "Seyed Javadin",
    "Tabatabaei-Nasab", "Razavi-Nejad", "Sheikh-ol-Eslami", "Amir-Ebrahimi", "Shah-Hosseini", "Khaje-Nouri",
    "Pour-Abbas", "Fakhr-Tabatabaei",
]  # fmt: skip
# A few names as some journals print them, with scholarly diacritics.
_DIACRITIC = ["Ṭabāṭabāʾī", "Ḥosseini", "Moḥammadi", "Qāsemi", "Ṣādeqi", "Raḥimi", "Šarifi", "Jaʿfari",
              "Mūsavī", "Karīmī", "Kāẓemi", "Ẓarrābi"]  # fmt: skip
_GIVEN_M = ["Mohammad", "Mohammad Reza", "Mohammad Ali", "Ali", "Alireza", "Reza", "Hossein", "Hamid", "Hamidreza",
            "Mehdi", "Mahdi", "Majid", "Saeed", "Said", "Amir", "Amirhossein", "Hassan", "Hasan", "Morteza",
            "Mostafa", "Mojtaba", "Javad", "Ahmad", "Behnam", "Babak", "Kaveh", "Kourosh", "Dariush", "Farhad",
            "Arash", "Siavash", "Pouya", "Peyman", "Payam", "Navid", "Omid", "Hadi", "Masoud", "Vahid", "Abolfazl",
            "Seyed Mohammad", "Seyed Ali", "Seyed Mehdi", "Seyyed Hossein", "Sayed Javad", "Mir Hamid"]  # fmt: skip
_GIVEN_F = ["Fatemeh", "Fatemeh Sadat", "Zahra", "Zahra Sadat", "Maryam", "Marjan", "Mahsa", "Mahnaz", "Nazanin",
            "Narges", "Niloufar", "Niloofar", "Shirin", "Parisa", "Parvaneh", "Leila", "Leyla", "Azadeh", "Roya",
            "Samira", "Sara", "Sepideh", "Shadi", "Golnaz", "Golnar", "Ladan", "Elham", "Mitra", "Mina", "Negin",
            "Haleh", "Taraneh", "Soheila", "Tahereh", "Masoumeh", "Somayeh", "Arezoo", "Atefeh", "Mahboubeh",
            "Seyedeh Maryam", "Sedigheh", "Yasaman", "Bahareh", "Hengameh", "Forough"]  # fmt: skip
# Expatriates and diaspora co-authors in Dubai, Toronto and London, and the Western scholars they publish with.
_EXPAT = [
    ("Nguyen", "Linh"), ("Thompson", "Claire"), ("O'Neill", "Siobhan"), ("Patel", "Anjali"), ("Khan", "Imran"),
    ("Al-Marri", "Hamad"), ("Al Suwaidi", "Noura"), ("MacDonald", "Fiona"), ("Tremblay", "Émilie"),
    ("Gagnon", "Luc"), ("Schmidt", "Jürgen"), ("Yılmaz", "Ayşe"), ("Kaya", "Emre"), ("Aliyev", "Rashad"),
    ("Rahmonov", "Farrukh"), ("Wang", "Lei"), ("Smith", "Jonathan"), ("Brown", "Rebecca"), ("Williams", "Oliver"),
    ("Taylor", "Hannah"), ("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Chaffey", "Dave"),
    ("Ellis-Chadwick", "Fiona"), ("Davies", "Gareth"), ("Ferreira", "Ana"), ("Haddad", "Rania"),
    ("Sarkissian", "Ani"), ("Petrosyan", "Armen"), ("Danielian", "Vartan"),
]  # fmt: skip

_FIELDS_EN = [
    "digital marketing in Iranian e-commerce", "brand equity of Iranian dairy brands", "customer loyalty in Iranian private banks",
    "Instagram commerce among Iranian SMEs", "super-app adoption in Tehran", "saffron export marketing under sanctions",
    "Persian carpet branding in international markets", "Nowruz promotions and consumer spending",
    "trust in online shopping under sanctions", "ride-hailing and customer satisfaction in Tehran",
    "mobile payments and the Shetab network", "Islamic banking and customer experience", "halal branding and FMCG exports",
    "country-of-origin effects for Iranian products", "diaspora consumers and Persian food brands in Toronto",
    "influencer marketing on Instagram in Iran", "Yalda night gifting and retail promotions", "telecom churn in Iran",
    "insurance marketing and bancassurance in Iran", "hotel reviews in Isfahan and Shiraz", "medical tourism to Mashhad",
    "Ramadan advertising and consumer attitudes", "online grocery adoption after COVID-19 in Iran",
    "price perception under high inflation", "word of mouth among Iranian students", "omnichannel retailing in Iran",
    "green purchase intention among Iranian consumers", "internet filtering and VPN use in digital marketing",
    "Persian-language content marketing", "B2B marketing in the Iranian petrochemical sector",
]  # fmt: skip
# Persian titles, transliterated, with the English translation in square brackets as Iranian reading lists give them.
_FA_TITLES = [
    ("Naqsh-e tabligh-e dijital dar vafadari be berand", "The role of digital advertising in brand loyalty"),
    ("Bazaryabi-ye mohtava dar Instagram", "Content marketing on Instagram"),
    ("Raftar-e masrafkonande dar kharid-e online", "Consumer behaviour in online shopping"),
    ("Arzesh-e vizhe-ye berand dar sanat-e labaniyat", "Brand equity in the dairy industry"),
    ("Tasir-e tahrim-ha bar bazaryabi-ye saderati", "The effect of sanctions on export marketing"),
    ("Vafadari-ye moshtari dar bank-ha-ye khosusi", "Customer loyalty in private banks"),
    ("Modiriyat-e bazaryabi", "Marketing management"),
    ("Osul-e bazaryabi-ye dijital", "Principles of digital marketing"),
    ("Berandsazi-ye farsh-e dastbaf-e Irani", "Branding the Iranian hand-woven carpet"),
    ("Saderat-e za'faran va bazar-ha-ye jahani", "Saffron exports and global markets"),
    ("Tajrobe-ye moshtari dar sakku-ha-ye dijital", "Customer experience on digital platforms"),
    ("Bazaryabi-ye rabete-mand dar bime", "Relationship marketing in insurance"),
    ("Kharid-e zarbei dar ayyam-e Nowruz", "Impulse buying in the Nowruz holidays"),
    ("Tabligh-at-e shahri va nagsh-e bilbord-ha", "Urban advertising and the role of billboards"),
    ("بازاریابی دیجیتال در ایران", "Digital marketing in Iran"),
    ("رفتار مصرف‌کننده", "Consumer behaviour"),
    ("وفاداری به برند در صنعت لبنیات", "Brand loyalty in the dairy industry"),
]  # fmt: skip
_BOOK_PUBLISHERS = [
    ("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"),
    ("Palgrave Macmillan", "Cham"), ("Springer", "Cham"), ("Emerald Publishing", "Bingley"), ("Wiley", "Chichester"),
    ("Oxford University Press", "Oxford"), ("Cengage", "Boston"),
]  # fmt: skip
_FA_PUBLISHERS = [
    ("Samt", "Tehran"), ("Nashr-e Ney", "Tehran"), ("Nashr-e Markaz", "Tehran"), ("Termeh", "Tehran"),
    ("Atinegar", "Tehran"), ("University of Tehran Press", "Tehran"), ("Sharif University of Technology Press", "Tehran"),
    ("Ferdowsi University Press", "Mashhad"), ("Nashr-e Bazaryabi", "Tehran"), ("Amirkabir", "Tehran"),
]  # fmt: skip
_JOURNALS = [
    "Iranian Journal of Management Studies", "Journal of Islamic Marketing", "Journal of Business Research",
    "International Journal of Emerging Markets", "New Marketing Research Journal", "Journal of Business Management",
    "Journal of Retailing and Consumer Services", "Iranian Economic Review", "Journal of Information Technology Management",
    "Journal of Hospitality and Tourism Insights", "Modiriyat-e Bazargani [Business Management]",
    "Tahqiqat-e Bazaryabi-ye Novin [New Marketing Research]", "Journal of International Marketing",
    "Asia Pacific Journal of Marketing and Logistics", "Journal of Product & Brand Management",
    "Journal of Consumer Behaviour", "British Food Journal", "Tourism Management Perspectives",
    "Iranian Journal of Management Sciences", "Management Research in Iran",
]  # fmt: skip
_UNIVERSITIES = ["University of Tehran", "Sharif University of Technology", "Allameh Tabataba'i University",
                 "Shahid Beheshti University", "Ferdowsi University of Mashhad", "Tarbiat Modares University",
                 "University of Isfahan", "Shiraz University", "University of Tabriz", "Iran University of Science and Technology",
                 "Amirkabir University of Technology", "Islamic Azad University, Science and Research Branch",
                 "University of Toronto", "Middlesex University Dubai", "University of Westminster"]  # fmt: skip
_THESIS_GENRES = ["MBA thesis", "MSc thesis", "PhD thesis", "MA dissertation", "DBA thesis", "Master's thesis"]
_CONFERENCES = [
    "International Conference on Management, Economics and Marketing, Tehran",
    "Iran Marketing Conference (Hamayesh-e Bazaryabi-ye Iran), Tehran",
    "International Conference on Electronic Commerce in Developing Countries (ECDC), Isfahan",
    "Academy of Marketing Conference, London", "EMAC Annual Conference, Odense",
    "International Conference on Web Research (ICWR), Tehran", "Global Islamic Marketing Conference, Dubai",
]  # fmt: skip
# Companies, banks, insurers, telecoms, exporters, hotels and agencies as candidates name them as authors.
_COMPANIES: list[tuple[str, set[str]]] = [
    ("Digikala", {"company"}), ("Digikala Group", {"company"}), ("Snapp", {"company"}), ("Snapp Group", {"company"}),
    ("Snappfood", {"company"}), ("Tapsi", {"company"}), ("Divar", {"company"}), ("Cafe Bazaar", {"company"}),
    ("Torob", {"company"}), ("Alibaba.ir", {"company", "punctuation"}), ("Snapptrip", {"company"}),
    ("Bank Melli Iran", {"company"}), ("Bank Mellat", {"company"}), ("Bank Saderat Iran", {"company"}),
    ("Bank Pasargad", {"company"}), ("Saman Bank", {"company"}), ("Parsian Bank", {"company"}),
    ("Ayandeh Bank", {"company"}), ("Tejarat Bank", {"company"}), ("Blu Bank", {"company"}),
    ("Iran Insurance Company (Bimeh Iran)", {"company", "abbreviation"}), ("Asia Insurance", {"company"}),
    ("Saman Insurance", {"company"}), ("Mobile Telecommunication Company of Iran (MCI)", {"company", "abbreviation"}),
    ("Hamrah-e Aval", {"company"}), ("MTN Irancell", {"company"}), ("Irancell", {"company"}),
    ("Rightel", {"company"}), ("Telecommunication Company of Iran (TCI)", {"company", "abbreviation"}),
    ("Kalleh Dairy", {"company"}), ("Pegah Dairy Industries Co.", {"company", "punctuation"}),
    ("Damdaran", {"company"}), ("Golrang Industrial Group", {"company"}), ("Iran Khodro (IKCO)", {"company", "abbreviation"}),
    ("SAIPA", {"company", "acronym"}), ("Zar Macaron", {"company"}), ("Minoo Industrial Group", {"company"}),
    ("Sahar Khiz Saffron", {"company"}), ("Novin Saffron", {"company"}), ("Iran Carpet Company PJSC", {"company"}),
    ("Parsian Hotels", {"company"}), ("Espinas Hotels Group", {"company"}), ("Abbasi Hotel", {"company"}),
    ("Refah Chain Stores Co.", {"company", "punctuation"}), ("Hyperstar Iran", {"company"}), ("Ofogh Kourosh", {"company"}),
    ("Sarava", {"company"}), ("Tapsell", {"company"}), ("Yektanet", {"company"}), ("Aparat", {"company"}),
    ("Filimo", {"company"}), ("Sabavision", {"company"}), ("Emirates NBD", {"company", "acronym"}),
    ("Persian Basket Toronto", {"company"}), ("Sadaf Foods", {"company"}),
]  # fmt: skip
_TRADE_BODIES: list[tuple[str, set[str]]] = [
    ("Iran Chamber of Commerce, Industries, Mines and Agriculture (ICCIMA)", {"trade-body", "comma", "abbreviation"}),
    ("Tehran Chamber of Commerce", {"trade-body"}), ("Iran National Carpet Center", {"trade-body"}),
    ("Iran Saffron Council", {"trade-body"}), ("Iranian Marketing Association", {"trade-body"}),
    ("Iran Dairy Industries Association", {"trade-body"}), ("Iranian Association of Advertising Agencies", {"trade-body"}),
    ("Iran E-commerce Association", {"trade-body"}), ("Iranian Hotel Owners Association", {"trade-body"}),
    ("Chartered Institute of Marketing", {"trade-body"}), ("Iranian Canadian Congress", {"trade-body"}),
    ("Dubai Chamber of Commerce", {"trade-body"}), ("British Iranian Chamber of Commerce", {"trade-body"}),
]  # fmt: skip
_GOVERNMENT: list[tuple[str, set[str]]] = [
    ("Central Bank of the Islamic Republic of Iran", {"government"}), ("Central Bank of Iran (CBI)", {"government", "abbreviation"}),
    ("Statistical Centre of Iran", {"government"}), ("Statistical Center of Iran (SCI)", {"government", "abbreviation"}),
    ("Ministry of Industry, Mine and Trade", {"government", "comma"}),
    ("Ministry of Information and Communications Technology", {"government"}),
    ("Ministry of Cultural Heritage, Tourism and Handicrafts", {"government", "comma"}),
    ("Ministry of Economic Affairs and Finance", {"government"}), ("Trade Promotion Organization of Iran (TPO)", {"government", "abbreviation"}),
    ("Tehran Stock Exchange (TSE)", {"government", "abbreviation"}), ("Securities and Exchange Organization", {"government"}),
    ("Iran Fara Bourse", {"government"}), ("Central Insurance of Iran", {"government"}),
    ("Communications Regulatory Authority", {"government"}), ("Islamic Parliament Research Center", {"government"}),
    ("E-Commerce Development Center", {"government"}), ("Tehran Municipality", {"government"}),
    ("Dubai Economy and Tourism", {"government"}), ("Statistics Canada", {"government"}),
    ("Office for National Statistics", {"government"}), ("World Bank", {"government"}),
]  # fmt: skip
_LAWS = [
    ("Qanun-e Tejarat-e Elektroniki", "Electronic Commerce Law", 2004), ("Qanun-e Hemayat az Hoquq-e Masrafkonandegan", "Consumer Rights Protection Law", 2009),
    ("Qanun-e Ejra-ye Siyasat-ha-ye Kolli-ye Asl-e 44", "Law on the Implementation of the General Policies of Article 44", 2008),
    ("Qanun-e Bazar-e Avraq-e Bahadar", "Securities Market Law", 2005), ("Qanun-e Jarayem-e Rayane'i", "Computer Crimes Law", 2009),
    ("Qanun-e Ta'sis-e Bimeh-ye Markazi", "Law on the Establishment of Central Insurance", 1971),
    ("A'in-name-ye Nahve-ye Tabligh-at-e Kala", "Regulation on the Advertising of Goods", 2016),
    ("Qanun-e Tejarat", "Commercial Code", 1932), ("Qanun-e Hemayat az Hoquq-e Padidavarandegan-e Narm-afzar", "Law on Protection of Software Creators' Rights", 2000),
]  # fmt: skip
_RESEARCH = ["Statista", "Euromonitor International", "Kantar", "GlobalData", "BMI", "Ipsos", "GWI", "DataReportal",
             "Similarweb", "IMARC Group", "Mordor Intelligence", "Iran Open Data", "Econlyst"]  # fmt: skip
_MARKETS = ["dairy products", "saffron", "hand-woven carpets", "online retail", "ride-hailing", "mobile banking",
            "motor insurance", "mobile telecoms", "packaged food", "confectionery", "hotels", "skincare",
            "pistachios", "tea", "soft drinks", "e-grocery", "home appliances"]  # fmt: skip
_PRESS = ["Tehran Times", "Financial Tribune", "Donya-e-Eqtesad", "Eghtesad Online", "Iran Daily", "Hamshahri",
          "Shargh", "BBC Persian", "Iran International", "IranWire", "Gulf News", "The National", "Toronto Star",
          "The Guardian", "Financial Times", "Khabar Online", "Digiato", "Zoomit", "Techrasa", "Al-Monitor"]  # fmt: skip
_PLATFORMS = ["Instagram", "LinkedIn", "X", "Telegram", "Threads"]
_PODCASTS = ["Bazaryabi Podcast", "Chanel-e Marketing", "Rokh Podcast", "Startup Podcast Iran", "Diaspora Business Hour",
             "The Persian Pod", "Marketing Week Podcast"]  # fmt: skip
_VIDEO_SITES = ["YouTube", "Aparat", "Namasha"]
_DOMAINS = ["digikala.com", "snapp.ir", "tapsi.ir", "bmi.ir", "bankmellat.ir", "mci.ir", "irancell.ir", "kalleh.com",
            "cbi.ir", "amar.org.ir", "mimt.gov.ir", "tpo.ir", "tse.ir", "rc.majlis.ir", "enamad.ir", "iccima.ir",
            "donya-e-eqtesad.com", "tehrantimes.com", "financialtribune.com", "bbc.com/persian", "divar.ir",
            "cafebazaar.ir", "yektanet.com", "saharkhiz.com", "parsianhotels.com", "iranintl.com"]  # fmt: skip


def _paper_domain(paper: str) -> str:
    return "".join(ch for ch in paper.lower().removeprefix("the ") if ch.isalnum() or ch == "-") + ".com"


class Blind105WorkFactory(WorkFactory):
    """Works from one seeded random source, as candidates of this theme cite them."""

    DRAWN: ClassVar[dict[str, int]] = {"book": 12, "fa-book": 5, "chapter": 5, "journal": 22, "thesis": 5, "conference": 4, "company": 10,
             "company-report": 6, "trade-body": 4, "government": 8, "law": 3, "market-research": 7, "news": 7,
             "press": 3, "social": 3, "podcast": 2, "video": 2, "undated-web": 4}  # fmt: skip
    KINDS = (
        "book",
        "chapter",
        "journal",
        "thesis",
        "conference",
        "web",
        "report",
        "news",
        "social",
        "podcast",
        "video",
    )

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 105 + 10501)
        self.organisations: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        given = self.rng.choice(_GIVEN_M if self.rng.random() < 0.55 else _GIVEN_F)
        if roll < 0.62:
            return {"family": self.rng.choice(_FAMILY), "given": given}
        if roll < 0.76:
            return {"family": self.rng.choice(_COMPOUND), "given": given}
        if roll < 0.83:
            return {"family": self.rng.choice(_DIACRITIC), "given": given}
        if roll < 0.88:  # a married diaspora name, hyphenated with a Western surname
            family = f"{self.rng.choice(_FAMILY)}-{self.rng.choice(['Smith', 'Gagnon', 'Evans', 'Martin', 'Clarke'])}"
            return {"family": family, "given": given}
        family, given = self.rng.choice(_EXPAT)
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[22, 30, 22, 12, 6, 4, 2, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if person not in people:
                people.append(person)
        return people

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1975, 2002)
        return self.rng.randint(2008, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        first = issued[0] if issued else 2022
        year = self.rng.randint(max(first, 2022), 2025)
        month = self.rng.randint(1, 12)
        day = self.rng.randint(1, 28)
        if issued and year == first and len(issued) > 1:
            month = self.rng.randint(issued[1], 12)
            if month == issued[1] and len(issued) > 2:
                day = self.rng.randint(issued[2], 28)
        return {"date-parts": [[year, month, day]]}

    def _id(self) -> str:
        self.counter += 1
        return f"b105w{self.counter}"

    # ------------------------------------------------------------------ titles
    def _title(self) -> str:
        field = self.rng.choice(_FIELDS_EN)
        forms = [
            f"{field[0].upper()}{field[1:]}",
            f"{field[0].upper()}{field[1:]}: evidence from {self.rng.choice(['Tehran', 'Isfahan', 'Shiraz', 'Mashhad', 'Tabriz', 'Iran', 'the Iranian diaspora'])}",
            f"The impact of {self.rng.choice(['brand trust', 'perceived risk', 'social media marketing', 'service quality', 'price fairness', 'brand image'])} on {field}",
            f"Understanding {field}: a mixed-methods study",
            f"{self.rng.choice(['Antecedents and consequences of', 'A structural model of', 'Modelling', 'Rethinking'])} {field}",
            f"{self.rng.choice(['Brand love', 'E-loyalty', 'Purchase intention', 'Electronic word of mouth', 'Customer engagement'])} and {field}",
        ]
        return self.rng.choice(forms)

    def _fa_title(self) -> str:
        persian, english = self.rng.choice(_FA_TITLES)
        return f"{persian} [{english}]"

    def _any_title(self) -> str:
        return self._fa_title() if self.rng.random() < 0.22 else self._title()

    def _url(self, domain: str | None = None) -> str:
        domain = domain or self.rng.choice(_DOMAINS)
        slug = "-".join(
            self.rng.sample(
                [
                    "marketing",
                    "report",
                    "nowruz",
                    "1402",
                    "1403",
                    "brand",
                    "customers",
                    "digital",
                    "news",
                    "insight",
                    "yalda",
                    "ramadan",
                    "export",
                    "sales",
                ],
                2,
            )
        )
        return f"https://www.{domain}/{slug}-{self.rng.randint(10, 9999)}"  # fmt: skip

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        return work

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, first["family"], year, False, len(record["author"]), kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation in the same year as an earlier work ("Central Bank of Iran, 2019a, 2019b").
        if (
            kind in ("report", "web")
            and "legislation" not in tags
            and self.organisations
            and "issued" in record
            and self.rng.random() < 0.14
        ):
            name, tags, issued = self.rng.choice(self.organisations)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
        if "issued" in record and kind in ("report", "web") and "legislation" not in tags:
            self.organisations.append((name, tags, record["issued"]))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_BOOK_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 17))
        if self.rng.random() < 0.15:  # an e-book read online
            record["URL"] = (
                f"https://ebookcentral.proquest.com/lib/{self.rng.choice(['ut', 'mdx', 'westminster', 'utoronto'])}/detail.action?docID={self.rng.randint(100000, 9999999)}"
            )
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "book")

    def _fa_book(self) -> Work:
        publisher, place = self.rng.choice(_FA_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._fa_title(), "author": self._people(3),
                                  "issued": {"date-parts": [[self.rng.randint(2005, 2024)]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 25))
        if self.rng.random() < 0.25:  # a Persian translation of a Western textbook
            record["translator"] = self._people(2)
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_BOOK_PUBLISHERS[:7])
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3), "editor": self._people(2),
            "container-title": self.rng.choice(["Marketing in the Middle East", "Handbook of Islamic marketing",
                                                "Consumer behaviour in emerging markets", "Doing business in Iran",
                                                "Tourism in Iran: challenges and perspectives", "Digital transformation in the MENA region",
                                                "The Routledge companion to marketing and sanctions"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 320))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._any_title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{(start := self.rng.randint(1, 700))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        roll = self.rng.random()
        if roll < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice(['1108', '1016', '22059', '22034', '22051', '1080', '52547'])}/{self.rng.choice(['JIMA', 'ijms', 'jbm', 'nmrj', 'jbr'])}.{self.rng.randint(2014, 2025)}.{self.rng.randint(1000, 99999)}"
            )
        elif roll < 0.6:
            record["URL"] = (
                f"https://{self.rng.choice(['ijms.ut.ac.ir', 'jbm.ut.ac.ir', 'nmrj.ui.ac.ir', 'jitm.ut.ac.ir', 'ier.ut.ac.ir'])}/article_{self.rng.randint(70000, 99999)}.html"
            )
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {
            "type": "thesis", "title": self._any_title(), "author": [self.person()],
            "genre": self.rng.choice(_THESIS_GENRES), "publisher": self.rng.choice(_UNIVERSITIES),
            "issued": {"date-parts": [[self.rng.randint(2010, 2024)]]},
        }  # fmt: skip
        if self.rng.random() < 0.4:
            record["URL"] = f"https://ganj.irandoc.ac.ir/#/articles/{self.rng.randint(100000, 999999)}"
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        year = self.rng.randint(2012, 2024)
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._any_title(), "author": self._people(4),
            "container-title": f"Proceedings of the {self.rng.choice(_CONFERENCES)}", "issued": {"date-parts": [[year]]},
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(5, 14)}",
        }  # fmt: skip
        if self.rng.random() < 0.4:
            record["URL"] = f"https://civilica.com/doc/{self.rng.randint(100000, 2000000)}"
            record["accessed"] = self._accessed_after([year])
        return self._person_work(record, "conference")

    def _web_record(self, title: str, domain: str | None = None, dated: float = 0.8) -> dict[str, Any]:
        record: dict[str, Any] = {"type": "webpage", "title": title, "URL": self._url(domain)}
        if self.rng.random() < dated:
            record["issued"] = {"date-parts": [[self.year()]]}
        if self.rng.random() < 0.9:
            issued = record["issued"]["date-parts"][0] if "issued" in record else None
            record["accessed"] = self._accessed_after(issued)
        return record

    def _domain(self, name: str) -> str:
        word = "".join(ch for ch in name.split(" (")[0].split()[0].lower() if ch.isalnum())
        if any(place in name for place in ("Dubai", "Emirates")):
            return f"{word}.ae"
        if any(place in name for place in ("Canada", "Canadian", "Toronto")):
            return f"{word}.ca"
        if any(place in name for place in ("British", "Chartered", "Office for", "World")):
            return f"{word}.org"
        return f"{word}.ir"

    def _company(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        title = self.rng.choice([
            "About us", "Our story", "Sustainability at a glance", f"Nowruz {self.rng.randint(1399, 1404)} campaign",
            "Investor relations", "Customer charter", "Careers", "Products and services", "Yalda night offers",
            "Press release: new loyalty programme", "Brand guidelines", "Annual sales highlights", self._title(),
        ])  # fmt: skip
        record = self._web_record(title, self._domain(name), 0.75)
        return self._org_work(record, "web", name, tags)

    def _company_report(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES + _TRADE_BODIES)
        year = self.year()
        title = self.rng.choice([
            f"Annual report {year}", f"Board of directors' report to the general assembly, fiscal year {year - 622}",
            f"Sustainability report {year}", f"Digikala Annual Report {year}" if name.startswith("Digikala") else f"Market review {year}",
            "Consumer insight report", f"Export performance report {year}", self._title(),
        ])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0], "publisher-place": {".ae": "Dubai", ".ca": "Toronto", "org": "London"}.get(
                                      self._domain(name)[-3:], self.rng.choice(["Tehran", "Tehran", "Tehran", "Mashhad", "Isfahan", "Tabriz"]))}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url(self._domain(name))
            record["accessed"] = self._accessed_after([year])
        if self.rng.random() < 0.12:  # undated: a page of the firm's site
            record["title"] = self.rng.choice(["Consumer insight report", "Company profile", "Export catalogue"])
            record.pop("issued")
            if "accessed" in record:
                record["accessed"] = self._accessed_after(None)
        return self._org_work(record, "report", name, tags)

    def _trade_body(self) -> Work:
        name, tags = self.rng.choice(_TRADE_BODIES)
        record = self._web_record(self._title() if self.rng.random() < 0.5 else self.rng.choice(
            ["Membership directory", "Export statistics", "Code of ethics", "Events calendar", "Policy brief on sanctions and trade"]),
            self._domain(name))  # fmt: skip
        return self._org_work(record, "web", name, tags)

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        year = self.year()
        title = self.rng.choice([
            f"Economic report and balance sheet {year}", f"Selected economic indicators, {self.rng.choice(['spring', 'summer', 'autumn', 'winter'])} {year - 621}",
            "Household income and expenditure survey", "Consumer price index", "Labour force survey",
            "Statistical yearbook", f"E-commerce in Iran {year}", "Guidelines for online businesses", self._title(),
        ])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(self._domain(name)), "accessed": self._accessed_after([year])}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = (
                "Tehran" if "Canada" not in name and "Dubai" not in name else "Ottawa" if "Canada" in name else "Dubai"
            )
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _law(self) -> Work:
        persian, english, year = self.rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "webpage", "title": f"{persian} [{english}]", "issued": {"date-parts": [[year]]},
                                  "URL": f"https://rc.majlis.ir/fa/law/show/{self.rng.randint(90000, 999999)}",
                                  "accessed": self._accessed_after([year])}  # fmt: skip
        return self._org_work(record, "web", "Islamic Parliament Research Center", {"government", "legislation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2016, 2025)
        market = self.rng.choice(_MARKETS)
        title = self.rng.choice([
            f"{market.capitalize()} in Iran", f"{market.capitalize()} in Iran: market report {year}",
            f"Iran {market} market: size, share and forecast to 2030", f"Digital {year}: Iran",
            f"Number of internet users in Iran from 2015 to {year}", f"{market.capitalize()} in the Middle East and Africa, {year}",
            f"Consumer lifestyles in Iran {year}",
        ])  # fmt: skip
        record: dict[str, Any] = {
            "type": "report",
            "title": title,
            "publisher": name,
            "URL": self._url(f"{name.split()[0].lower()}.com"),
        }
        if self.rng.random() < 0.9:
            record["issued"] = {"date-parts": [[year]]}
        if self.rng.random() < 0.9:
            record["accessed"] = self._accessed_after([year] if "issued" in record else None)
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        year = self.rng.randint(2012, 2025)
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._news_title(), "author": self._people(2),
            "container-title": paper,
            "issued": {"date-parts": [[year, (month := self.rng.randint(1, 12)), (day := self.rng.randint(1, 28))]]},
            "URL": self._url(_paper_domain(paper)), "accessed": self._accessed_after([year, month, day]),
        }  # fmt: skip
        return self._person_work(record, "news")

    def _news_title(self) -> str:
        return self.rng.choice([
            "Digikala sales jump on Yalda night", "Snapp launches super-app services in Mashhad",
            "Saffron exporters struggle with payment channels", "Dairy prices rise again as subsidies end",
            "Iranian banks race to launch neobanks", "Carpet exports fall for a third year",
            "Instagram shops move to Telegram and WhatsApp", "Tehran Stock Exchange index hits record",
            "Nowruz travel boosts hotel bookings in Shiraz", "Rial slides against the dollar on the open market",
            "Iranian-Canadian grocers expand in North York", "Persian restaurants in Dubai court Emirati diners",
            "Ride-hailing fares rise by 30 percent", "Online advertising spend in Iran doubles",
            "Insurers bet on digital sales", "Kalleh rebrands its yoghurt range", self._title(),
        ])  # fmt: skip

    def _press(self) -> Work:
        """An unsigned news item: the paper itself is the author."""
        name = self.rng.choice(_PRESS)
        year = self.rng.randint(2012, 2025)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._news_title(), "container-title": name,
            "issued": {"date-parts": [[year, (month := self.rng.randint(1, 12)), (day := self.rng.randint(1, 28))]]},
            "URL": self._url(_paper_domain(name)), "accessed": self._accessed_after([year, month, day]),
        }  # fmt: skip
        return self._org_work(record, "news", name, {"press"})

    def _social(self) -> Work:
        platform = self.rng.choice(_PLATFORMS)
        year = self.rng.randint(2016, 2025)
        issued = [year, (month := self.rng.randint(1, 12)), (day := self.rng.randint(1, 28))]
        record: dict[str, Any] = {
            "type": "post", "title": self.rng.choice([
                "Happy Nowruz 1403 from all of us", "Our Yalda box is back", "Ramadan Kareem: new iftar menu",
                "We are hiring marketing interns in Tehran", "Thank you for 10 million orders",
                "Five lessons from launching in Toronto", "Why brand matters more in an inflationary economy",
                "Our saffron is now available in Dubai Mall",
            ]), "container-title": platform, "genre": f"{platform} post",
            "issued": {"date-parts": [issued]}, "URL": {"Instagram": "https://www.instagram.com/p/", "LinkedIn": "https://www.linkedin.com/posts/",
                    "X": "https://x.com/status/", "Telegram": "https://t.me/s/", "Threads": "https://www.threads.net/post/"}[platform] + str(self.rng.randint(10**6, 10**9)),
            "accessed": self._accessed_after([year, month, day]),
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        name, tags = self.rng.choice(_COMPANIES)
        return self._org_work(record, "social", name, tags)

    def _podcast(self) -> Work:
        year = self.rng.randint(2018, 2025)
        show = self.rng.choice(_PODCASTS)
        record: dict[str, Any] = {
            "type": "song", "title": f"Episode {self.rng.randint(1, 240)}: {self.rng.choice(['Marketing under sanctions', 'Building a brand with a toman budget', 'Growth at Snapp', 'Selling saffron abroad', 'Nowruz campaigns that worked', 'The diaspora as a market'])}",
            "container-title": show, "genre": "Podcast", "author": [self.person()], "issued": {"date-parts": [[year]]},
            "URL": f"https://castbox.fm/episode/{self.rng.randint(10**6, 10**8)}", "accessed": self._accessed_after([year]),
        }  # fmt: skip
        return self._person_work(record, "podcast")

    def _video(self) -> Work:
        year = self.rng.randint(2015, 2025)
        site = self.rng.choice(_VIDEO_SITES)
        record: dict[str, Any] = {
            "type": "motion_picture", "title": self.rng.choice(["Nowruz 1403 advert", "Behind the scenes on Yalda night",
                                                                 "Brand film", "5G launch event", "Inside a Persian carpet workshop in Tabriz",
                                                                 "Saffron harvest in Torbat-e Heydarieh", "CEO interview: digital banking in Iran",
                                                                 "Ramadan campaign 1402", "How we built our loyalty club"]),
            "medium": f"{site} video", "issued": {"date-parts": [[year]]},
            "URL": f"https://www.{site.lower()}.com/v/{self.rng.randint(10**5, 10**8)}", "accessed": self._accessed_after([year]),
        }  # fmt: skip
        if self.rng.random() < 0.4:
            record["author"] = [self.person()]
            return self._person_work(record, "video")
        name, tags = self.rng.choice(_COMPANIES)
        return self._org_work(record, "video", name, tags)

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._any_title(), "URL": self._url(),
                                  "accessed": self._accessed_after(None)}  # fmt: skip
        if self.rng.random() < 0.4:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.rng.choice(_COMPANIES + _TRADE_BODIES)
        return self._org_work(record, "web", name, tags | {"undated"})
