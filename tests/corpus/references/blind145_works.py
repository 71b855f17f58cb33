"""Works for the blind145 pool (HELD OUT): what marketers in Myanmar and its diaspora cite in CIM and MBA reports.

Burmese names have no family name: a reference manager holds them whole ("Khin Maung Nyunt", "Daw Tin Tin Aye",
"U Hla Myint") or, from a Western database, cut at the last syllable ("Nyunt, K.M."). Shan (Sai, Nang), Karen
(Saw, Naw), Kachin (clan names, N'Hkum), Chin (Salai, Mai), Mon (Nai, Mi) and Rakhine names beside them, Chinese-
and Indian-Burmese names, diaspora and expatriate writers in Bangkok, Singapore, Kuala Lumpur, Fort Wayne and Sydney.
Works: textbooks and e-books, chapters, journal articles with one to eight authors, theses from the Yangon and
Mandalay universities, conference papers, company pages and reports (Co., Ltd., Public Company), trade bodies, the
Central Bank of Myanmar, the PTD, DICA and the MIC, laws numbered "Pyidaungsu Hluttaw Law No. 29/2017" and
notifications "No. 10/2020", research firms, the Yangon and regional press signed and unsigned, Facebook posts,
videos and podcasts, undated pages, Burmese titles romanised with English in square brackets.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

_MALE = ["Aung", "Kyaw", "Zaw", "Min", "Htet", "Naing", "Thu", "Hla", "Myint", "Win", "Tun", "Soe", "Thein", "Nyunt",
         "Oo", "Lwin", "Thant", "Htoo", "Pyae", "Phyo", "Moe", "Kyi", "Chan", "Sein", "Hlaing", "Thet", "Paing", "Nay",
         "Lin", "Ye", "Hein", "Htun", "Naung", "Sithu", "Kaung", "Myo", "Tint", "Swe", "Ohn", "Than", "Zeyar", "Wai",
         "Yan", "Nanda", "Bo", "Khant", "Si Thu", "Thura", "Zin", "Wunna", "Hset", "Tayza", "Arkar"]  # fmt: skip
_FEMALE = ["Khin", "Thida", "Su", "Myat", "Noe", "Nwe", "Yin", "Mon", "Aye", "Thandar", "Ei", "Phyu", "Hnin", "Wai",
           "Yee", "Zin", "Mar", "Sandar", "Khaing", "Nandar", "Moe", "Nyein", "Thazin", "Shwe", "Thiri", "May", "Wint",
           "Yadanar", "Hsu", "Lei", "Chaw", "Cho", "San", "Htet", "Yamin", "Pwint", "Htwe", "Kyi", "Saw", "Nilar",
           "Tin", "Myo", "Ohnmar", "Phoo", "Pyone", "Thin", "Ei Ei", "Khine"]  # fmt: skip
# Names of Myanmar's other peoples, as their bearers write them in English.
_ETHNIC = ["Sai Kham Leik", "Sai Htee Saing", "Nang Hseng Noung", "Nan Kham Awn", "Sai Lon Hseng", "Nang Mya Oo",
           "Saw Eh Htoo", "Saw Kapi", "Naw Paw Htoo", "Naw Eh Kler Say", "Saw Thaw Thi", "Naw Hsa Moo",
           "Maran Ja Seng", "Lahpai Seng Raw", "Hkawng Lum", "N'Hkum Bawk Ja", "Labang Doi Pyi", "Marip Ja Nu",
           "Salai Van Cung", "Cung Lian Hup", "Mai Sui Par", "Pu Za Thang", "Van Bawi Lian", "Salai Za Uk Ling",
           "Nai Kasauh Mon", "Mi Chan Sar", "Nai Shwe Kyin", "Mi Sar Dar", "Khaing Thurein", "Kyaw Zan Tha",
           "Tun Aung Chain", "Khaing Mrat Kyaw", "Hkun Htun Oo", "Kyi Phyu Shin", "Mya Mya Khaing"]  # fmt: skip
_CHINESE_INDIAN = ["U Aye Lwin", "Mohammed Shafi", "Abdul Razak", "U Ba Thein", "Daw Amina Bi", "Suresh Chandra",
                   "Ko Lin Zhi Wei", "Ma Yang Li Na", "Lo Hsing Han", "U Kyaw Lin (Lin Jia Le)"]  # fmt: skip
# Diaspora and expatriate writers: family name and given names, as databases hold them.
_SPLIT = [("Srisuk", "Suchada"), ("Chaiyaporn", "Kittipong"), ("Wongsuwan", "Pimchanok"), ("Tan", "Wei Ling"),
          ("Lim", "Chee Kiat"), ("Abdullah", "Nurul Huda"), ("Yusof", "Siti Aminah"), ("Lefèvre", "Claire"),
          ("Østergaard", "Mads"), ("Schröder", "Anja"), ("Müller", "Jonas"), ("O'Connell", "Fiona"),
          ("Kudo", "Toshihiro"), ("Park", "Ji Hoon"), ("Nguyễn", "Thu Hà"), ("Das", "Suresh Chandra"),
          ("Pillai", "Murugan"), ("Turnell", "Rosalind"), ("Whitfield", "Ben"), ("Ferrández", "Lucía"),
          ("Hlaing", "Kyaw Min"), ("Aung", "Htet Paing"), ("Win", "Thiri"), ("Oo", "Myat Noe"),
          ("Thein", "Phyo Wai"), ("Sánchez-Ruiz", "Marta"), ("Kowalczyk", "Piotr"), ("Nakamura", "Aiko")]  # fmt: skip
_PARTICLE = [("van der", "Meer", "Joost"), ("de", "Jong", "Pieter"), ("von", "Arnim", "Clara"), ("van", "Dijk", "Sanne")]  # fmt: skip

_TOPICS = ["mobile money adoption", "KBZPay usage", "Wave Money agents", "brand loyalty in banking",
           "Facebook commerce", "tea-leaf (laphet) branding", "beer advertising", "supermarket loyalty cards",
           "customer satisfaction with MPT", "telecom price wars", "SIM card registration", "jade marketing",
           "airline service quality", "rice export branding", "influencer marketing on TikTok", "Thingyan promotions",
           "remittances from Thailand", "digital banking", "QR payments", "instant coffee mix brands",
           "cosmetics sold on Facebook Live", "employer branding", "NGO fundraising", "consumer ethnocentrism",
           "halal certification", "gems and jewellery exports", "online food delivery", "rural microfinance",
           "service recovery in hotels", "word of mouth"]  # fmt: skip
_PLACES = ["Yangon", "Mandalay", "Naypyitaw", "Taunggyi", "Mawlamyine", "Bago", "Myitkyina", "Pathein", "Monywa",
           "Sittwe", "Lashio", "Hpa-An", "Mae Sot", "Bangkok", "Singapore", "Kuala Lumpur", "Fort Wayne", "Sydney"]  # fmt: skip
_FORMS = ["Factors influencing {t} in {p}", "The effect of {t} on customer loyalty: evidence from {p}",
          "A study on {t} among young consumers in {p}", "{T}: a case of {p}", "Determinants of {t} in Myanmar",
          "An analysis of {t} at {b}", "{T} and purchase intention in {p}", "Marketing mix and {t}: the case of {b}",
          "Rethinking {t} in post-2021 Myanmar", "{T} in Myanmar's emerging market", "Trust, risk and {t} in {p}"]  # fmt: skip
_BURMESE_TITLES = [
    ("Sa-thon-thu myar ei digital ngwe-pay-chay-hmu lay-la-chet", "A study of consumers' digital payment behaviour"),
    ("Myanmar lu-ngel myar ei Facebook ma-thu kon-weh-yu-hmu", "Facebook shopping among Myanmar youth"),
    ("Laphet zay-kwet hnint kon-ta-zeik a-myo-a-sar", "The tea-leaf market and its brands"),
    ("Bank-lo-ngan-myar ei won-saung-hmu a-yee-a-thway", "Service quality in banking"),
    ("Thingyan kar-la kyaw-nyar hnint a-yaung", "Advertising and sales in the Thingyan season"),
    ("Sa-ba kon-thwe zay-kwet hlet-sin", "The paddy and rice trade network"),
    ("Kyauk-sein hnint kyauk-myet zay-kwet", "The jade and gems market"),
    ("Mobile phone a-thon-pyu-thu myar ei kyay-nat-hmu", "Satisfaction of mobile phone users"),
    ("Myanmar see-pwar-yay hnint zay-kwet-than-yay", "Myanmar's economy and marketing"),
    ("Hpyit-pyaw-hmu shi-thaw kon-ta-zeik", "Brands that make people happy"),
]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"),
               ("ISEAS–Yusof Ishak Institute", "Singapore"), ("NUS Press", "Singapore"), ("Silkworm Books", "Chiang Mai"),
               ("Cambridge University Press", "Cambridge"), ("Myanmar Book Centre", "Yangon"),
               ("Sarpay Beikman", "Yangon"), ("Seikku Cho Cho", "Yangon"), ("Shwe Pyi Thar Books", "Mandalay"),
               ("Palgrave Macmillan", "Cham"), ("Wiley", "Hoboken, NJ")]  # fmt: skip
_JOURNALS = ["Yangon University of Economics Research Journal", "Journal of the Myanmar Academy of Arts and Science",
             "Journal of Southeast Asian Economies", "Asia Pacific Journal of Marketing and Logistics",
             "Journal of Asian Business and Economic Studies", "Journal of Current Southeast Asian Affairs",
             "Journal of Burma Studies", "Asian Journal of Business Research", "International Journal of Bank Marketing",
             "Journal of Islamic Marketing", "Asia Pacific Business Review", "Mandalay University Research Journal",
             "Journal of Retailing and Consumer Services", "Myanmar Economic Review", "Telecommunications Policy"]  # fmt: skip
_UNIVERSITIES = ["Yangon University of Economics", "Yangon University", "Mandalay University",
                 "Monywa University of Economics", "Meiktila University of Economics", "Dagon University",
                 "Assumption University", "Mahidol University", "University of Malaya", "Purdue University Fort Wayne",
                 "Western Sydney University"]  # fmt: skip
_DEGREES = ["MBA thesis", "EMBA thesis", "MPA thesis", "MDevS thesis", "PhD thesis", "MComm thesis", "MA thesis",
            "MBA dissertation", "Master of Marketing thesis"]  # fmt: skip
_CONFERENCES = ["Proceedings of the Myanmar Universities' Research Conference", "Proceedings of the International Conference on Burma/Myanmar Studies",
                "Proceedings of the Yangon University of Economics Research Seminar", "Proceedings of the ASEAN Marketing Conference",
                "Proceedings of the International Conference on Business and Economics (ICBE)"]  # fmt: skip
_COMPANIES: list[tuple[str, set[str]]] = [
    ("KBZ Bank", {"company"}), ("Kanbawza Bank Limited", {"company"}), ("AYA Bank", {"company", "acronym"}),
    ("Ayeyarwady Bank Ltd.", {"company"}), ("CB Bank", {"company"}), ("Co-operative Bank Ltd. (CB Bank)", {"company", "abbreviation"}),
    ("Yoma Bank Limited", {"company"}), ("Yoma Strategic Holdings Ltd.", {"company"}),
    ("First Myanmar Investment Public Co., Ltd.", {"company", "comma"}), ("Wave Money", {"company"}),
    ("Digital Money Myanmar Ltd.", {"company"}), ("KBZPay", {"company"}), ("MPT", {"company", "acronym"}),
    ("Myanma Posts and Telecommunications (MPT)", {"company", "abbreviation"}), ("Ooredoo Myanmar", {"company"}),
    ("ATOM Myanmar", {"company"}), ("Mytel", {"company"}), ("Telecom International Myanmar Co., Ltd.", {"company", "comma"}),
    ("Myanmar Brewery Limited", {"company"}), ("Carlsberg Myanmar Co., Ltd.", {"company", "comma"}),
    ("Loi Hein Co., Ltd.", {"company", "comma"}), ("City Mart Holding Co., Ltd.", {"company", "comma"}),
    ("Ocean Supercenter", {"company"}), ("Shwe Taung Group", {"company"}), ("Myanmar Airways International", {"company"}),
    ("Air KBZ", {"company"}), ("Myanmar National Airlines", {"company"}), ("Golden Laphet Trading Co., Ltd.", {"company", "comma"}),
    ("Mya Yadanar Gems & Jewellery Co., Ltd.", {"company", "ampersand", "comma"}), ("Shwe Pyi Tan Rice Trading", {"company"}),
    ("Mango Marketing Services", {"company"}), ("Yangon Creative Hub & Partners", {"company", "ampersand"}),
    ("Myanmar Distillery Co., Ltd.", {"company", "comma"}), ("Daw Khin's Kitchen", {"company", "apostrophe"}),
    ("Thiri Media Group", {"company"}), ("Myanmar Red Cross Society", {"ngo"}), ("Save the Children Myanmar", {"ngo"}),
    ("Yangon Heritage Trust", {"ngo"}), ("Metta Development Foundation", {"ngo"}),
]  # fmt: skip
_BODIES: list[tuple[str, set[str]]] = [
    ("Union of Myanmar Federation of Chambers of Commerce and Industry (UMFCCI)", {"trade-body", "abbreviation"}),
    ("UMFCCI", {"trade-body", "acronym"}), ("Myanmar Computer Federation", {"trade-body"}),
    ("Myanmar Tourism Federation", {"trade-body"}), ("Myanmar Rice Federation", {"trade-body"}),
    ("Myanmar Gems and Jewellery Entrepreneurs Association", {"trade-body"}), ("Myanmar Banks Association", {"trade-body"}),
    ("Myanmar Marketing Research & Development (MMRD)", {"trade-body", "ampersand", "abbreviation"}),
    ("GSMA", {"trade-body", "acronym"}), ("World Bank", {"international"}), ("Asian Development Bank", {"international"}),
    ("UNDP Myanmar", {"international"}), ("International Finance Corporation (IFC)", {"international", "abbreviation"}),
    ("UNCDF", {"international", "acronym"}), ("LIRNEasia", {"international"}), ("The Asia Foundation", {"international"}),
    ("Chartered Institute of Marketing", {"trade-body"}), ("European Chamber of Commerce in Myanmar (EuroCham)", {"trade-body", "abbreviation"}),
]  # fmt: skip
_GOVERNMENT = ["Central Bank of Myanmar", "Central Bank of Myanmar (CBM)", "Ministry of Transport and Communications",
               "Posts and Telecommunications Department", "Posts and Telecommunications Department (PTD)",
               "Directorate of Investment and Company Administration (DICA)", "Myanmar Investment Commission",
               "Central Statistical Organization", "Department of Population", "Ministry of Commerce",
               "Ministry of Hotels and Tourism", "Ministry of Planning and Finance", "Yangon City Development Committee (YCDC)",
               "Securities and Exchange Commission of Myanmar", "Department of Food and Drug Administration",
               "Bank of Thailand", "Monetary Authority of Singapore", "Australian Bureau of Statistics"]  # fmt: skip
_SEATS = {"Bank": "Bangkok", "Monetary": "Singapore", "Australian": "Canberra", "Yangon": "Yangon"}
_LAWS = [("Pyidaungsu Hluttaw", "The Telecommunications Law (Pyidaungsu Hluttaw Law No. 31/2013)", 2013),
         ("Pyidaungsu Hluttaw", "The Myanmar Companies Law (Pyidaungsu Hluttaw Law No. 29/2017)", 2017),
         ("Pyidaungsu Hluttaw", "The Consumer Protection Law (Pyidaungsu Hluttaw Law No. 9/2019)", 2019),
         ("Pyidaungsu Hluttaw", "The Competition Law (Pyidaungsu Hluttaw Law No. 9/2015)", 2015),
         ("Pyidaungsu Hluttaw", "The Myanmar Investment Law (Pyidaungsu Hluttaw Law No. 40/2016)", 2016),
         ("Pyidaungsu Hluttaw", "The Financial Institutions Law (Pyidaungsu Hluttaw Law No. 20/2016)", 2016),
         ("Republic of the Union of Myanmar", "The Central Bank of Myanmar Law (Pyidaungsu Hluttaw Law No. 16/2013)", 2013),
         ("Republic of the Union of Myanmar", "The Trademark Law (Pyidaungsu Hluttaw Law No. 3/2019)", 2019),
         ("Republic of the Union of Myanmar", "Law Protecting the Privacy and Security of Citizens (Pyidaungsu Hluttaw Law No. 5/2017)", 2017),
         ("State Peace and Development Council", "The Electronic Transactions Law (SPDC Law No. 5/2004)", 2004),
         ("State Administration Council", "Law Amending the Electronic Transactions Law (SAC Law No. 7/2021)", 2021)]  # fmt: skip
_NOTIFICATIONS = [("Central Bank of Myanmar", "Regulation on Mobile Financial Services (CBM Regulation No. 4/2016)", 2016),
                  ("Central Bank of Myanmar", "Notification No. 10/2020: relaxing e-KYC for mobile wallets", 2020),
                  ("Central Bank of Myanmar", "Directive No. 2/2022 on foreign currency conversion", 2022),
                  ("Posts and Telecommunications Department", "Notification No. 1/2021 on SIM card registration", 2021),
                  ("Myanmar Investment Commission", "Notification No. 13/2017: promoted sectors", 2017),
                  ("Ministry of Commerce", "Notification No. 36/2021 on import licences", 2021),
                  ("Directorate of Investment and Company Administration (DICA)", "Notification No. 2/2018 on MyCO e-filing", 2018)]  # fmt: skip
_RESEARCH = ["Myanmar Survey Research (MSR)", "Kantar Worldpanel Myanmar", "Nielsen Myanmar", "Euromonitor International",
             "Statista", "GSMA Intelligence", "DataReportal", "Ipsos Myanmar", "Mekong Economics", "Frontier Myanmar Research"]  # fmt: skip
_MARKETS = ["beer", "tea leaf and tea mix", "mobile money", "instant noodles", "skin care", "smartphones", "rice",
            "energy drinks", "supermarkets", "mobile data", "cooking oil", "jewellery"]  # fmt: skip
_PRESS = ["The Myanmar Times", "Frontier Myanmar", "The Irrawaddy", "Myanmar Now", "Eleven Myanmar",
          "The Global New Light of Myanmar", "Mizzima", "Nikkei Asia", "Bangkok Post", "The Straits Times",
          "Myanmar Business Today", "DVB", "7Day News", "BBC News Burmese"]  # fmt: skip


class Blind145WorkFactory(WorkFactory):
    """Works a Myanmar or diaspora candidate cites, drawn from one seeded random source."""

    DRAWN: ClassVar[dict[str, int]] = {"book": 10, "ebook": 3, "chapter": 5, "journal": 22, "thesis": 6, "conference": 4, "working-paper": 3,
             "company-web": 7, "company-report": 5, "body": 5, "government": 6, "legislation": 3, "notification": 2,
             "market-research": 6, "news": 7, "news-unsigned": 3, "social": 3, "podcast": 2, "video": 2,
             "undated-web": 3, "web-person": 2}  # fmt: skip
    KINDS: ClassVar[tuple[str, ...]] = ("book", "chapter", "journal", "thesis", "conference", "report", "web", "company-report", "government",
             "legislation", "market-research", "news", "social", "podcast", "video")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 145 + 14501)
        self.dated_orgs: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people
    def _burmese(self) -> str:
        names = _FEMALE if self.rng.random() < 0.5 else _MALE
        count = self.rng.choices([1, 2, 3, 4], weights=[4, 40, 45, 11])[0]
        syllables = [self.rng.choice(names) for _ in range(count)]
        if count >= 2 and self.rng.random() < 0.15:  # doubled syllables: "Aye Aye", "Win Win"
            syllables[1] = syllables[0]
        return " ".join(syllables)

    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.45:  # held whole, as Myanmar universities teach
            return {"literal": self._burmese()}
        if roll < 0.52:  # with the honorific the author publishes under
            male = self.rng.random() < 0.5
            honorific = self.rng.choice(
                ["U", "U", "Ko", "Maung", "Saw", "Sai"] if male else ["Daw", "Daw", "Ma", "Nan", "Naw"]
            )
            names = _MALE if male else _FEMALE
            return {"literal": " ".join([honorific] + [self.rng.choice(names) for _ in range(self.rng.randint(1, 3))])}
        if roll < 0.62:
            return {"literal": self.rng.choice(_ETHNIC + _CHINESE_INDIAN)}
        if roll < 0.74:  # a Western database's cut at the last syllable: "Nyunt, K.M."
            words = self._burmese().split()
            if len(words) == 1:
                words.insert(0, self.rng.choice(_MALE))
            return {"family": words[-1], "given": " ".join(words[:-1])}
        if roll < 0.96:
            family, given = self.rng.choice(_SPLIT)
            return {"family": family, "given": given}
        particle, family, given = self.rng.choice(_PARTICLE)
        return {"family": family, "given": given, "non-dropping-particle": particle}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 28, 16, 9, 5, 4, 2, 2][:most])[0]
        return [self.person() for _ in range(count)]

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        if self.rng.random() < 0.08:
            return self.rng.randint(1988, 2010)
        return self.rng.randint(2011, 2025)

    def _recent(self) -> int:
        return self.rng.randint(2013, 2025)

    def _accessed_after(self, issued: dict[str, Any] | None) -> dict[str, list[list[int]]]:
        first = issued["date-parts"][0][0] if issued else 2022
        year = self.rng.randint(max(2022, first), max(2025, first))
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if issued and len(issued["date-parts"][0]) == 3 and year == first:
            month = max(month, issued["date-parts"][0][1])
            day = max(day, issued["date-parts"][0][2])
        return {"date-parts": [[year, month, day]]}

    def _title(self) -> str:
        if self.rng.random() < 0.14:
            burmese, english = self.rng.choice(_BURMESE_TITLES)
            return f"{burmese} [{english}]"
        topic = self.rng.choice(_TOPICS)
        form = self.rng.choice(_FORMS)
        brand = self.rng.choice(["KBZ Bank", "AYA Bank", "CB Bank", "Wave Money", "KBZPay", "City Mart", "Ocean",
                                 "MPT", "Ooredoo", "ATOM", "Mytel", "Myanmar Beer", "Myanmar Airways International"])  # fmt: skip
        title = form.replace("{t}", topic).replace("{T}", topic[0].upper() + topic[1:])
        return title.replace("{p}", self.rng.choice(_PLACES)).replace("{b}", brand)

    def _headline(self) -> str:
        if self.rng.random() < 0.1:
            burmese, english = self.rng.choice(_BURMESE_TITLES)
            return f"{burmese} [{english}]"
        brand = self.rng.choice(["KBZ Bank", "AYA Bank", "CB Bank", "Wave Money", "KBZPay", "City Mart", "Ocean",
                                 "MPT", "Ooredoo", "ATOM", "Mytel", "Myanmar Brewery", "Air KBZ", "Yoma Bank"])  # fmt: skip
        place = self.rng.choice(_PLACES)
        return self.rng.choice([f"{brand} opens new branch in {place}", f"{brand} cuts prices as price war heats up",
                                f"Thingyan spending falls in {place}", "Kyat slides again; importers raise prices",
                                f"{brand} signs up one million new users", "Jade emporium draws Chinese buyers to Naypyitaw",
                                f"Tea-leaf traders in {place} go online", "Rice exports hit a five-year high",
                                f"Mobile money agents face cash shortages in {place}", f"{brand} rebrands after sale",
                                f"Myanmar workers in {place} send more money home", "Beer makers turn to football sponsorship"])  # fmt: skip

    def _url(self, host: str) -> str:
        return f"https://www.{host}/{self.fakers['en_GB'].slug()}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation in the same year as an earlier work: "(Wave Money, 2019a; 2019b)".
        if self.dated_orgs and "issued" in record and kind in ("web", "report") and self.rng.random() < 0.14:
            name, tags, issued = self.rng.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [list(issued["date-parts"][0])]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"])
            if record.get("publisher") and kind != "legislation":
                record["publisher"] = name.split(" (")[0]
        if "issued" in record and kind in ("web", "report"):
            self.dated_orgs.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = first.get("literal") or " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _ebook(self) -> Work:
        work = self._book()
        work.record["URL"] = self._url(
            self.rng.choice(["ebookcentral.proquest.com", "books.google.com.mm", "scribd.com", "dokumen.pub"])
        )
        work.record["accessed"] = self._accessed_after(work.record["issued"])
        return work

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 300)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["Myanmar's transition and business", "Doing business in Myanmar",
                                                "Consumer markets in mainland Southeast Asia", "Marketing in emerging ASEAN",
                                                "Myanmar: the dynamics of an evolving polity", "The Myanmar economy after 2021"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 400)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 45)), "issue": str(self.rng.randint(1, 4)),
            "page": f"{start}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        roll = self.rng.random()
        if roll < 0.4:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(2011, 2025)}.{self.rng.randint(100, 9999)}"
            )
        elif roll < 0.55:  # a local journal read on the university's site
            record["URL"] = self._url(self.rng.choice(["meral.edu.mm", "uco.edu.mm", "maas.edu.mm"]))
            record["accessed"] = self._accessed_after(record["issued"])
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "genre": self.rng.choice(_DEGREES), "publisher": self.rng.choice(_UNIVERSITIES),
                                  "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        if self.rng.random() < 0.35:
            record["URL"] = self._url("meral.edu.mm")
            record["accessed"] = self._accessed_after(record["issued"])
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        start = self.rng.randint(1, 300)
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(4),
                                  "container-title": self.rng.choice(_CONFERENCES),
                                  "publisher-place": self.rng.choice(["Yangon", "Mandalay", "Naypyitaw", "Bangkok", "Chiang Mai"]),
                                  "issued": {"date-parts": [[self.year()]]}, "page": f"{start}-{start + self.rng.randint(6, 14)}"}  # fmt: skip
        return self._person_work(record, "conference")

    def _working_paper(self) -> Work:
        record: dict[str, Any] = {"type": "report", "title": self._title(), "author": self._people(3),
                                  "publisher": self.rng.choice(["ISEAS–Yusof Ishak Institute", "International Growth Centre",
                                                                "Myanmar Development Institute", "Centre for Economic and Social Development"]),
                                  "publisher-place": self.rng.choice(["Singapore", "London", "Naypyitaw", "Yangon"]),
                                  "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url(self.rng.choice(["iseas.edu.sg", "theigc.org", "mdi.org.mm", "cesd.org.mm"]))
            record["accessed"] = self._accessed_after(record["issued"])
        return self._person_work(record, "report")

    def _company(self) -> tuple[str, set[str]]:
        return self.rng.choice(_COMPANIES if self.rng.random() < 0.7 else _BODIES)

    def _company_web(self) -> Work:
        name, tags = self._company()
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice([
            "About us", "Our history", "Sustainability", "KBZPay agent network", "Products and services", "Thingyan promotion terms and conditions",
            "Annual general meeting notice", "Our brands", "Corporate social responsibility", "Press release: new branches in Mandalay",
            "Myanmar consumer insights", "Careers"]) if self.rng.random() < 0.5 else self._title(),
            "URL": self._url(self.rng.choice(["kbzbank.com", "ayabank.com", "cbbank.com.mm", "wavemoney.com.mm", "citymart.com.mm",
                                              "myanmarbrewery.com", "umfcci.com.mm", "gsma.com", "worldbank.org", "yoma.com.mm"]))}  # fmt: skip
        if self.rng.random() < 0.8:
            record["issued"] = {"date-parts": [[self._recent()]]}
        record["accessed"] = self._accessed_after(record.get("issued"))
        return self._org_work(record, "web", name, tags)

    def _company_report(self) -> Work:
        name, tags = self._company()
        year = self._recent()
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice([
            f"Annual report {year}", f"Annual report {year}–{year + 1}", f"Sustainability report FY {year}-{str(year + 1)[2:]}",
            f"Integrated report {year}", "Myanmar market outlook", f"Impact report ME {year - 638}"]) if self.rng.random() < 0.6 else self._title(),
            "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0], "publisher-place": self.rng.choice(["Yangon", "Yangon", "Singapore", "Washington, DC"])}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url("yoma.com.mm" if "Yoma" in name else "kbzbank.com")
            record["accessed"] = self._accessed_after(record["issued"])
        return self._org_work(record, "company-report", name, tags)

    def _body(self) -> Work:
        name, tags = self.rng.choice(_BODIES)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "issued": {"date-parts": [[self._recent()]]}, "URL": self._url("umfcci.com.mm")}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            place = self.rng.choice(["Washington, DC", "Manila", "London", "Bangkok"])
            record["publisher-place"] = "Yangon" if "Myanmar" in name or "UMFCCI" in name else place
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _government(self) -> Work:
        name = self.rng.choice(_GOVERNMENT)
        year = self._recent()
        title = self.rng.choice([f"Myanmar Living Conditions Survey {year}", f"Statistical yearbook {year}",
                                 "Licensed mobile financial service providers", f"Quarterly financial statistics Q{self.rng.randint(1, 4)} {year}",
                                 f"The {year} Myanmar Population and Housing Census: thematic report on ICT", "Telecommunications operators' licences",
                                 "Foreign investment by country", "Registered banks and branches", "Consumer protection guidelines for e-commerce",
                                 f"Tourist arrivals {year}", "Company registrations by township"])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(self.rng.choice(["cbm.gov.mm", "ptd.gov.mm", "dica.gov.mm", "csostat.gov.mm", "mopf.gov.mm"]))}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = _SEATS.get(name.split()[0], "Naypyitaw")
        return self._org_work(record, "government" if record["type"] == "report" else "web", name, {"government"})

    def _legislation(self) -> Work:
        author, title, year = self.rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}}
        if self.rng.random() < 0.6:
            record["URL"] = self._url("mlis.gov.mm")
            record["accessed"] = self._accessed_after(record["issued"])
        return self._org_work(record, "legislation", author, {"legislation", "government"})

    def _notification(self) -> Work:
        author, title, year = self.rng.choice(_NOTIFICATIONS)
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": author.split(" (")[0], "publisher-place": "Naypyitaw"}  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self._url("cbm.gov.mm")
            record["accessed"] = self._accessed_after(record["issued"])
        return self._org_work(record, "legislation", author, {"legislation", "government"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self._recent()
        market = self.rng.choice(_MARKETS)
        title = self.rng.choice([f"{market.capitalize()} in Myanmar", f"Digital {year}: Myanmar",
                                 f"Myanmar consumer pulse {year}", f"{market.capitalize()} in Myanmar - country report {year}",
                                 f"Mobile money in Myanmar: market update Q{self.rng.randint(1, 4)} {year}",
                                 f"Share of Myanmar adults using {market} in {year}", f"Myanmar {market} market: size and forecast to 2030"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" (")[0],
                                  "URL": self._url(name.split()[0].lower() + ".com")}  # fmt: skip
        if self.rng.random() < 0.9:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after(record.get("issued"))
        return self._org_work(record, "market-research", name, {"market-research"})

    def _news(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._headline(), "author": self._people(2),
                                  "container-title": self.rng.choice(_PRESS),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url("mmtimes.com")}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        return self._person_work(record, "news")

    def _news_unsigned(self) -> Work:
        paper = self.rng.choice(_PRESS)
        year = self.year()
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._headline(), "container-title": paper,
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url("frontiermyanmar.net")}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        return self._org_work(record, "news", paper, {"press"})

    def _social(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "post", "title": self.rng.choice([
            "Happy Thingyan! Send money home for free this week", "Mingalarbar! Our new branch in Taunggyi is open",
            "Top up K 3,000 and get 1 GB free", "Thadingyut lights at Kandawgyi", "Jade Emporium opens today",
            "Tazaungdaing robe-weaving contest: vote now"]), "container-title": self.rng.choice(["Facebook", "Facebook", "TikTok", "Instagram", "Viber"]),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}, "URL": self._url("facebook.com")}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        if self.rng.random() < 0.6:
            name, tags = self.rng.choice(_COMPANIES)
            return self._org_work(record, "social", name, tags)
        record["author"] = [self.person()]
        return self._person_work(record, "social")

    def _podcast(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "song", "title": f"Episode {self.rng.randint(1, 120)}: {self._title()}", "medium": "Podcast",
                                  "container-title": self.rng.choice(["Yangon Marketing Talk", "Myanmar Business Podcast", "Frontier Unfiltered", "Insight Myanmar"]),
                                  "author": self._people(2), "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url("open.spotify.com")}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        return self._person_work(record, "podcast")

    def _video(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "motion_picture", "title": self._title(), "medium": "YouTube video",
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url("youtube.com")}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        if self.rng.random() < 0.5:
            name, tags = self.rng.choice(_COMPANIES)
            return self._org_work(record, "video", name, tags)
        record["author"] = [self.person()]
        return self._person_work(record, "video")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url("myanmarinsider.com")}
        record["accessed"] = self._accessed_after(None)
        if self.rng.random() < 0.4:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self._company()
        return self._org_work(record, "web", name, tags | {"undated"})

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "issued": {"date-parts": [[self.year()]]}, "URL": self._url("medium.com")}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        return self._person_work(record, "web")
