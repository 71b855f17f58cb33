"""Works for the seventy-fourth held-out pool, "blind74": what marketers in Taiwan, Hong Kong and Macau cite.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a seventy-fourth
hand, without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, trade,
B2B, CRM, digital and communications marketers at chip and electronics makers, bubble-tea and bakery chains,
convenience and department stores, banks and insurers, developers, casino resorts, airlines, the MTR, tourism
boards and agencies in Taipei, Hsinchu, Taichung, Kaohsiung, Hong Kong, Kowloon and Macau write their CIM Level 6
and 7 reports and MBA assignments in English: regional and international journals with one to eight authors,
textbooks (some in Asian editions), chapters, theses from NTU, NCCU, HKU, CUHK, HKUST, PolyU and the University of
Macau, books and articles with Chinese titles in characters or pinyin and an English translation in square
brackets, Co., Ltd., Corp., Inc., Limited and Holdings firms (a comma inside "Hang Seng Bank, Limited"),
statistics offices and regulators with and without their abbreviations, ordinances and Acts under the body that
publishes them, research firms' reports with their years, the Taiwanese, Hong Kong and Macau press signed and
unsigned, LinkedIn, Instagram, Threads, Facebook, LINE and Xiaohongshu posts, podcasts, pages with and without dates
or access dates; Taiwanese names in Wade-Giles and other romanisations with hyphenated given names, Hong Kong
Cantonese names with and without English given names, mainland pinyin names, Macanese Portuguese names with
particles and accents, Indigenous Taiwanese names, and expatriates.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# Taiwanese family names in Wade-Giles and the spellings passports keep, with hyphenated given names.
_TW_FAMILY = ["Chang", "Hsu", "Tsai", "Cheng", "Lin", "Huang", "Chen", "Wu", "Liu", "Yang", "Kuo", "Hsieh", "Hung",
              "Chiu", "Tseng", "Lai", "Chou", "Chiang", "Lu", "Su", "Yeh", "Kao", "Hsiao", "Chung", "Peng", "Tu",
              "Tung", "Chien", "Weng", "Shih", "Lo", "Fan", "Fang", "Chuang", "Kan", "Jhang", "Syu", "Ciou", "Jheng"]  # fmt: skip
_TW_GIVEN = ["Chia-Hui", "Yu-Ting", "Chih-Wei", "Shu-Fen", "Kuan-Yu", "Hsin-Yi", "Wen-Chi", "Ming-Hsun", "Pei-Ling",
             "Cheng-Han", "Yi-Chen", "Tzu-Hsuan", "Po-Yen", "Ya-Wen", "Chun-Hung", "Mei-Ling", "Chien-Hung",
             "Hsiu-Ying", "Jui-Lin", "Shang-Chieh", "I-Ting", "Wei-Lun", "Yung-Chih", "Hui-Chen", "Kai-Hsiang",
             "Jia-Yu", "Yi-Syuan", "Sin-Yu"]  # fmt: skip
# Hong Kong Cantonese names; a third of them carry an English given name first ("Peter Ka-Ho").
_HK_FAMILY = ["Chan", "Wong", "Ng", "Cheung", "Lau", "Leung", "Lee", "Ho", "Yip", "Tsang", "Kwok", "Mak", "Fung",
              "Yeung", "Tang", "Chow", "Lam", "Choi", "Siu", "Tam", "Kwan", "Tse", "Law", "Poon", "Chu", "Lui",
              "Au-Yeung", "Szeto", "Ngai", "Yiu", "Wan"]  # fmt: skip
_HK_GIVEN = ["Ka-Ho", "Tai Man", "Wing-Sze", "Ka-Yan", "Chi-Keung", "Hoi-Ying", "Siu-Ming", "Man-Kit", "Wai-Lun",
             "Pui-Yee", "Kin-Wah", "Suet-Ling", "Ho-Yin", "Tsz-Ching", "Kwok-Wai", "Mei-Yee", "Chun-Kit", "Lok-Yi"]  # fmt: skip
_HK_ENGLISH = ["Peter", "Karen", "Vincent", "Gigi", "Raymond", "Winnie", "Kelvin", "Queenie", "Alan", "Joyce",
               "Edmond", "Cherry", "Terence", "Fiona", "Ivan", "Sharon", "Marco", "Candy"]  # fmt: skip
_PINYIN = [("Zhang", "Wei"), ("Li", "Xiaoyan"), ("Wang", "Jun"), ("Zhao", "Lei"), ("Sun", "Meng"), ("Zhou", "Yiran"),
           ("Xu", "Haoran"), ("Guo", "Jing"), ("Ma", "Lin"), ("Zhu", "Qian"), ("He", "Ying"), ("Gao", "Yuxuan")]  # fmt: skip
# Macanese and Portuguese names, with the particles kept apart as reference managers keep them.
_MACANESE = [(None, "Rodrigues", "Miguel"), ("da", "Silva", "Ana Cristina"), (None, "Gonçalves", "Filipa"),
             (None, "Conceição", "João"), ("de", "Senna", "Henrique"), (None, "Simões", "Teresa"),
             (None, "Sousa", "Rui"), ("dos", "Santos", "Catarina"), (None, "Jorge", "Cecília"),
             (None, "Ritchie", "Carlos"), (None, "Assunção", "Inês"), ("da", "Luz", "Paulo"), (None, "Xavier", "Nuno"),
             (None, "Lourenço", "Marta"), (None, "Airosa", "Sérgio")]  # fmt: skip
# Indigenous Taiwanese names (Atayal, Amis, Paiwan, Bunun, Truku), written given name first as their bearers write
# them in English; reference managers file the second word as the family name.
_INDIGENOUS = [("Tali", "Yapit"), ("Icyang", "Lahuy"), ("Mayaw", "Panay"), ("Nomin", "Sayun"), ("Kacaw", "Lifok"),
               ("Pavavalung", "Ljegay"), ("Istanda", "Tama"), ("Watan", "Bakan"), ("Takisvilainan", "Vilian")]  # fmt: skip
_EXPATS = [(None, "Müller", "Katrin"), (None, "O'Connor", "Siobhan"), (None, "Fitzgerald", "James"),
           (None, "Kapoor", "Anjali"), (None, "Nakamura", "Kenji"), (None, "Lefèvre", "Claire"),
           ("van der", "Berg", "Joost"), (None, "McAllister", "Fraser"), (None, "Hughes-Whitfield", "Emma"),
           (None, "Park", "Soyeon"), (None, "Santiago", "Maricel"), (None, "Nguyễn", "Thảo"), (None, "Schäfer", "Lukas"),
           (None, "Sørensen", "Mette"), (None, "Thompson", "Adrian")]  # fmt: skip

# Organisations as the writers' reports name them: the firm's full legal form, its abbreviation, or both.
_FIRMS: list[tuple[str, set[str]]] = [
    ("Taiwan Semiconductor Manufacturing Company Limited", {"company"}), ("TSMC", {"company", "acronym"}),
    ("ASUSTeK Computer Inc.", {"company"}), ("Acer Incorporated", {"company"}),
    ("Giant Manufacturing Co., Ltd.", {"company", "comma"}), ("CoCo Fresh Tea & Juice", {"company", "ampersand"}),
    ("Chun Shui Tang", {"company"}), ("President Chain Store Corporation", {"company"}),
    ("Uni-President Enterprises Corp.", {"company"}), ("Cathay Financial Holding Co., Ltd.", {"company", "comma"}),
    ("CTBC Bank Co., Ltd.", {"company", "comma"}), ("EVA Airways Corporation", {"company"}),
    ("Cathay Pacific Airways Limited", {"company"}), ("MTR Corporation Limited", {"company"}),
    ("Sun Hung Kai Properties Limited", {"company"}), ("Hang Seng Bank, Limited", {"company", "comma"}),
    ("A.S. Watson Group", {"company"}), ("Galaxy Entertainment Group", {"company"}), ("Sands China Ltd.", {"company"}),
    ("Melco Resorts & Entertainment Limited", {"company", "ampersand"}), ("Wynn Macau, Limited", {"company", "comma"}),
    ("Gourmet Master Co. Ltd.", {"company"}), ("MediaTek Inc.", {"company"}), ("Foxconn", {"company"}),
    ("Hon Hai Precision Industry Co., Ltd.", {"company", "comma"}), ("Chunghwa Telecom Co., Ltd.", {"company", "comma"}),
    ("HKT Limited", {"company"}), ("Octopus Cards Limited", {"company"}), ("Chow Tai Fook Jewellery Group Limited", {"company"}),
    ("Far Eastern SOGO Department Store", {"company"}), ("Shin Kong Mitsukoshi Department Store", {"company"}),
    ("PX Mart", {"company"}), ("HKTVmall", {"company"}), ("Dcard Taiwan Ltd.", {"company"}),
    ("Swire Properties Limited", {"company"}), ("New World Development Company Limited", {"company"}),
    ("Fubon Financial Holding Co., Ltd.", {"company", "comma"}), ("AIA Group Limited", {"company"}),
    ("The Hongkong and Shanghai Banking Corporation Limited", {"company"}), ("Tiger Sugar", {"company"}),
    ("Kantar", {"market-research"}), ("Euromonitor International", {"market-research"}),
    ("TrendForce Corp.", {"market-research"}), ("DIGITIMES Research", {"market-research"}),
    ("Market Intelligence & Consulting Institute (MIC)", {"market-research", "ampersand", "abbreviation"}),
    ("Nielsen Taiwan", {"market-research"}), ("Ipsos Hong Kong", {"market-research"}),
    ("McKinsey & Company", {"company", "ampersand"}), ("Deloitte Taiwan", {"company"}), ("PwC Hong Kong", {"company"}),
    ("Hong Kong Tourism Board", {"body"}), ("Macao Government Tourism Office", {"government"}),
    ("Macao Government Tourism Office (MGTO)", {"government", "abbreviation"}),
    ("Hong Kong Trade Development Council (HKTDC)", {"body", "abbreviation"}),
    ("Taiwan External Trade Development Council", {"body"}), ("Hong Kong Retail Management Association", {"body"}),
    ("Taiwan Chain Stores and Franchise Association", {"body"}), ("The Hong Kong Management Association", {"body"}),
    ("Chartered Institute of Marketing", {"body"}), ("Hong Kong Institute of Marketing", {"body"}),
    ("Meta", {"company"}), ("LINE Taiwan Limited", {"company"}), ("Google Taiwan", {"company"}),
    ("Xiaohongshu", {"company"}), ("Marketing-Interactive", {"press"}),
]  # fmt: skip
_GOVERNMENT: list[tuple[str, set[str]]] = [
    ("Directorate-General of Budget, Accounting and Statistics", {"government", "comma"}),
    ("Directorate-General of Budget, Accounting and Statistics (DGBAS)", {"government", "comma", "abbreviation"}),
    ("Census and Statistics Department", {"government"}), ("Census and Statistics Department (C&SD)", {"government", "abbreviation", "ampersand"}),
    ("Statistics and Census Service (DSEC)", {"government", "abbreviation"}), ("Statistics and Census Service", {"government"}),
    ("Financial Supervisory Commission", {"government"}), ("Financial Supervisory Commission, R.O.C. (Taiwan)", {"government", "comma"}),
    ("Office of the Privacy Commissioner for Personal Data", {"government"}),
    ("Office of the Privacy Commissioner for Personal Data (PCPD)", {"government", "abbreviation"}),
    ("Hong Kong Monetary Authority", {"government"}), ("Competition Commission", {"government"}),
    ("Fair Trade Commission", {"government"}), ("Ministry of Economic Affairs", {"government"}),
    ("National Development Council", {"government"}), ("Customs and Excise Department", {"government"}),
    ("Consumer Council", {"government"}), ("Gaming Inspection and Coordination Bureau", {"government"}),
    ("Taiwan Tourism Administration", {"government"}), ("Commerce and Economic Development Bureau", {"government"}),
]  # fmt: skip
# Legislation, cited under the body that publishes it, with its number and year in the title.
_LAWS = [
    ("Laws & Regulations Database of The Republic of China (Taiwan)", "Personal Data Protection Act", 2015),
    ("Laws & Regulations Database of The Republic of China (Taiwan)", "Consumer Protection Act", 2015),
    ("Laws & Regulations Database of The Republic of China (Taiwan)", "Fair Trade Act", 2017),
    ("Laws & Regulations Database of The Republic of China (Taiwan)", "Food Safety and Sanitation Act", 2019),
    ("Hong Kong e-Legislation", "Personal Data (Privacy) Ordinance (Cap. 486)", 1995),
    ("Hong Kong e-Legislation", "Trade Descriptions Ordinance (Cap. 362)", 1980),
    ("Hong Kong e-Legislation", "Competition Ordinance (Cap. 619)", 2012),
    ("Hong Kong e-Legislation", "Unsolicited Electronic Messages Ordinance (Cap. 593)", 2007),
    ("Imprensa Oficial", "Law 8/2005: Personal Data Protection Act", 2005),
    ("Imprensa Oficial", "Law 16/2001: Legal framework for the operation of casino games of fortune", 2001),
    ("Ministry of Justice", "Personal Data Protection Act", 2023),
]  # fmt: skip
_LAW_SITES = {"Laws & Regulations Database of The Republic of China (Taiwan)": "law.moj.gov.tw",
              "Hong Kong e-Legislation": "www.elegislation.gov.hk", "Imprensa Oficial": "bo.io.gov.mo",
              "Ministry of Justice": "law.moj.gov.tw/ENG"}  # fmt: skip
_JOURNALS = ["Asia Pacific Journal of Marketing and Logistics", "Journal of Global Marketing",
             "International Journal of Hospitality Management", "Asia Pacific Management Review",
             "Journal of Business Research", "Journal of Retailing and Consumer Services",
             "International Journal of Bank Marketing", "Tourism Management", "Journal of Marketing Management",
             "Asia Pacific Business Review", "Journal of Hospitality & Tourism Research", "NTU Management Review",
             "Sun Yat-sen Management Review", "Industrial Marketing Management", "Journal of Consumer Behaviour",
             "Journal of Brand Management", "Journal of Travel & Tourism Marketing", "British Food Journal",
             "Journal of Services Marketing", "Asian Journal of Communication"]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Pearson Education Asia", "Singapore"), ("McGraw-Hill Education (Asia)", "Singapore"),
               ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"), ("Wiley", "Hoboken, NJ"),
               ("Hong Kong University Press", "Hong Kong"), ("Commonwealth Publishing", "Taipei"),
               ("Business Weekly Publications", "Taipei"), ("Joint Publishing (H.K.)", "Hong Kong"),
               ("Palgrave Macmillan", "Singapore"), ("World Scientific", "Singapore"), ("Oxford University Press", "Oxford")]  # fmt: skip
_PRESS = ["CommonWealth Magazine", "Business Weekly", "Focus Taiwan", "Taipei Times", "South China Morning Post",
          "Hong Kong Economic Journal", "Ming Pao", "Macau Daily Times", "Marketing-Interactive", "The Standard",
          "Macau Business", "DIGITIMES Asia", "Nikkei Asia", "Campaign Asia-Pacific", "Hong Kong Free Press",
          "The Reporter", "Business Next"]  # fmt: skip
_UNIVERSITIES = [("National Taiwan University", "Taipei"), ("National Chengchi University", "Taipei"),
                 ("National Tsing Hua University", "Hsinchu"), ("National Cheng Kung University", "Tainan"),
                 ("The University of Hong Kong", "Hong Kong"), ("The Chinese University of Hong Kong", "Hong Kong"),
                 ("The Hong Kong University of Science and Technology", "Hong Kong"),
                 ("The Hong Kong Polytechnic University", "Hong Kong"), ("University of Macau", "Macau"),
                 ("Macau University of Science and Technology", "Macau")]  # fmt: skip
_TOPICS = ["bubble tea", "hand-shaken drinks", "convenience-store loyalty", "mobile payments", "stored-value cards",
           "LINE official accounts", "Xiaohongshu seeding", "KOL marketing", "B2B trust in foundries",
           "semiconductor employer branding", "integrated resorts", "non-gaming tourism", "MTR station retail",
           "mooncake gifting", "Lunar New Year red packets", "Double Eleven promotions", "virtual banking",
           "insurtech adoption", "property show flats", "luxury retail", "cross-border shopping",
           "airline loyalty", "night markets", "green claims on packaging", "live-stream selling", "brand heritage",
           "celebrity endorsement", "festival spending", "omnichannel bakeries", "employer value propositions"]  # fmt: skip
# Textbooks as these courses' reading lists give them (invented authors, titles of the kind such books carry).
_TEXTBOOKS = ["Principles of marketing: an Asian perspective", "Marketing management: an Asian perspective",
              "Consumer behaviour in Asia", "Services marketing: people, technology, strategy",
              "Business-to-business marketing: the Asian semiconductor case", "Integrated marketing communications in Greater China",
              "Digital marketing: strategy, implementation and practice", "Strategic brand management in Chinese markets",
              "Hospitality and tourism marketing in Macau", "Retail marketing management", "Customer relationship management: Asian cases",
              "Marketing research: an applied orientation", "Global marketing: Asian cases"]  # fmt: skip
_PLACES = ["Taiwan", "Hong Kong", "Macau", "Greater China", "the Greater Bay Area", "Taipei", "Kaohsiung", "Asia",
           "East Asia", "Hsinchu"]  # fmt: skip
_CHINESE_TITLES = [
    ("台灣手搖飲市場的品牌忠誠度", "Brand loyalty in Taiwan's hand-shaken drinks market"),
    ("便利商店會員制度與顧客價值", "Convenience-store membership schemes and customer value"),
    ("香港零售業的數碼轉型", "Digital transformation in Hong Kong retail"),
    ("澳門綜合度假村的非博彩旅遊", "Non-gaming tourism at Macau's integrated resorts"),
    ("半導體產業的雇主品牌", "Employer branding in the semiconductor industry"),
    ("中秋月餅禮盒的消費行為", "Consumer behaviour and Mid-Autumn mooncake gift boxes"),
    ("小紅書種草行銷研究", "A study of seeding marketing on Xiaohongshu"),
    ("Shoupaiyin pinpai de shehui meiti yingxiao", "Social media marketing of hand-shaken drink brands"),
    ("Xianggang xuni yinhang de xinren yu caiyong", "Trust and adoption of Hong Kong virtual banks"),
    ("Aomen lüyou mudidi xingxiang", "Macau's destination image"),
    ("Taiwan bandaoti chanye de B2B yingxiao", "B2B marketing in Taiwan's semiconductor industry"),
    ("Lianmeng xiaofei yu huiyuan jingji", "Alliance consumption and the membership economy"),
]  # fmt: skip


_HK_WORDS = ("Hong Kong", "HK", "Census and Statistics", "Privacy Commissioner", "Monetary Authority", "Competition Commission",
             "Customs", "Consumer Council", "Cathay Pacific", "MTR", "Sun Hung Kai", "Hang Seng", "Watson", "Octopus",
             "Chow Tai Fook", "Swire", "New World", "AIA", "Hongkong", "Commerce and Economic", "PwC", "Ipsos", "Kantar",
             "McKinsey", "Euromonitor", "Meta", "Xiaohongshu", "Marketing-Interactive", "Chartered Institute")  # fmt: skip
_MACAU_WORDS = ("Macao", "Macau", "Statistics and Census Service", "Galaxy", "Sands", "Melco", "Wynn", "Gaming")


def _home(name: str, rng: random.Random) -> str:
    """Where an organisation publishes: Hong Kong, Macau, or a Taiwanese city."""
    if any(word in name for word in _MACAU_WORDS):
        return "Macau"
    if any(word in name for word in _HK_WORDS):
        return "Hong Kong"
    return rng.choice(["Taipei", "Taipei", "Hsinchu", "Taichung", "Kaohsiung", "Taoyuan"])


class Blind74WorkFactory(WorkFactory):
    """The blind74 pool's works: Taiwanese, Hong Kong, Macanese, Indigenous, mainland and expatriate authors,
    regional firms, statistics offices, regulators and ordinances, the regional press and social platforms."""

    KINDS = ("book", "chapter", "journal", "web", "report", "company-report", "government", "legislation", "news",
             "thesis", "social", "podcast", "market-research")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 74 + 7474)
        self.dated_orgs: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.36:
            return {"family": self.rng.choice(_TW_FAMILY), "given": self.rng.choice(_TW_GIVEN)}
        if roll < 0.62:
            given = self.rng.choice(_HK_GIVEN)
            if self.rng.random() < 0.35:
                given = f"{self.rng.choice(_HK_ENGLISH)} {given}"
            elif self.rng.random() < 0.2:
                given = self.rng.choice(_HK_ENGLISH)
            return {"family": self.rng.choice(_HK_FAMILY), "given": given}
        if roll < 0.7:
            family, given = self.rng.choice(_PINYIN)
            return {"family": family, "given": given}
        if roll < 0.8:
            particle, family, given = self.rng.choice(_MACANESE)
        elif roll < 0.85:
            family, given = self.rng.choice(_INDIGENOUS)
            return {"family": family, "given": given}
        elif roll < 0.93:
            particle, family, given = self.rng.choice(_EXPATS)
        else:
            name = super().person()
            return name
        name = {"family": family, "given": given}
        if particle:
            name["non-dropping-particle"] = particle
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[30, 30, 18, 9, 5, 4, 2, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if all(p.get("family") != name.get("family") or p.get("given") != name.get("given") for p in people):
                people.append(name)
        return people

    def organisation(self) -> tuple[str, set[str]]:
        if self.rng.random() < 0.7:
            name, tags = self.rng.choice(_FIRMS)
        else:
            name, tags = self.rng.choice(_GOVERNMENT)
        return name, set(tags)

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1983, 2004)
        return self.rng.randint(2010, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        first = max(issued[0] if issued else 2022, 2022)
        year = self.rng.randint(first, max(first, 2025))
        month = self.rng.randint(1, 12)
        if issued and year == issued[0] and len(issued) > 1:
            month = self.rng.randint(issued[1], 12)
            if month == issued[1] and len(issued) > 2:
                return {"date-parts": [[year, month, self.rng.randint(issued[2], 28)]]}
        return {"date-parts": [[year, month, self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice([t for t in _TOPICS if t != topic])
        place = self.rng.choice(_PLACES)
        if self.rng.random() < 0.1:
            original, english = self.rng.choice(_CHINESE_TITLES)
            return f"{original} [{english}]"
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {place}: evidence from Generation Z",
            f"The effect of {topic} on purchase intention in {place}",
            f"{topic[0].upper()}{topic[1:]} and {other}: a structural equation model",
            f"Understanding {topic} among young consumers in {place}",
            f"When {topic} meets {other}: lessons from {place}",
            f"Rethinking {topic} after the pandemic",
            f"{topic[0].upper()}{topic[1:]}, trust and brand equity",
            f"From {topic} to {other}: a case study from {place}",
            f"Marketing {topic} in {place}",
            f"The case for {topic}",
        ]
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            list(self.KINDS), weights=[11, 5, 22, 10, 7, 7, 7, 3, 10, 4, 6, 3, 6]
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation in the same year as an earlier work ("HKTB, 2023a" and "2023b"): a
        # page or report by an organisation already cited, or the same firm's second work of a year.
        if self.dated_orgs and "issued" in record and self.rng.random() < 0.12:
            same = [entry for entry in self.dated_orgs if entry[0] == name]
            if same:
                name, tags, issued = self.rng.choice(same)
            elif kind in ("web", "report", "social"):
                name, tags, issued = self.rng.choice(self.dated_orgs)
                if record.get("publisher"):
                    record["publisher"] = name.split(" (")[0]
            else:
                issued = record["issued"]
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        if "issued" in record:
            self.dated_orgs.append((name, set(tags), record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        title = self.rng.choice(_TEXTBOOKS) if self.rng.random() < 0.25 else self._title()
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 18))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": f"{self.rng.choice(['Marketing in', 'Consumer behaviour in', 'Tourism and hospitality in', 'Retailing in'])} {self.rng.choice(_PLACES)}",
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 280))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 80)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(8, 28)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = f"10.{self.rng.randint(1000, 9999)}/{self.rng.choice(['apjml', 'jgm', 'ijhm', 'apmr', 'jbr', 'ijbm'])}.{self.rng.randint(2010, 2025)}.{self.rng.randint(100, 99999)}"  # fmt: skip
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": self._people(1),
            "issued": {"date-parts": [[self.year()]]}, "publisher": university, "publisher-place": place,
            "genre": self.rng.choice(["MBA dissertation", "PhD thesis", "MSc dissertation", "Master's thesis", "EMBA thesis"]),
        }  # fmt: skip
        return self._person_work(record, "thesis")

    def _news(self) -> Work:
        year = self.year()
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper" if paper not in ("CommonWealth Magazine", "Business Weekly") else "article-magazine",
            "title": self._title(), "container-title": paper, "issued": {"date-parts": [issued]},
            "URL": f"https://www.{paper.lower().replace(' ', '').replace('-', '')}.com/{self.rng.randint(10000, 999999)}",
        }  # fmt: skip
        if self.rng.random() < 0.85:
            record["accessed"] = self._accessed_after(issued)
        if self.rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _web(self) -> Work:
        name, tags = self.organisation()
        site = "".join(ch for ch in name.split(" (")[0].split(",")[0].lower() if ch.isalnum())[:18]
        record: dict[str, Any] = {"type": "webpage", "title": self._title(),
                                  "URL": f"https://www.{site}{self.rng.choice(['.com.tw', '.com.hk', '.com', '.com.mo', '.org.hk', '.gov.tw'])}/{self.rng.choice(['news', 'insights', 'about', 'press', 'en'])}/{self.rng.randint(100, 9999)}"}  # fmt: skip
        if self.rng.random() < 0.7:
            record["issued"] = {"date-parts": [[self.year()]]}
        issued = record["issued"]["date-parts"][0] if "issued" in record else None
        if self.rng.random() < 0.85:
            record["accessed"] = self._accessed_after(issued)
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        return self._org_work(record, "web", name, tags | ({"undated"} if issued is None else set()))

    def _report(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "report", "title": self._title(), "publisher": name.split(" (")[0],
                                  "publisher-place": _home(name, self.rng)}  # fmt: skip
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[self.year()]]}
        if self.rng.random() < 0.5:
            record["URL"] = f"https://www.{name.split()[0].lower().strip(',.')}.org/{self.rng.randint(100, 9999)}.pdf"
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        return self._org_work(record, "report", name, tags)

    def _company_report(self) -> Work:
        name, tags = self.rng.choice(_FIRMS[:41])
        year = self.year()
        record: dict[str, Any] = {
            "type": "report",
            "title": self.rng.choice([f"Annual report {year}", f"Sustainability report {year}", f"ESG report {year}",
                                      f"{year} annual report", f"Interim report {year}", f"Corporate social responsibility report {year}"]),
            "issued": {"date-parts": [[year]]}, "publisher": name,
            "publisher-place": _home(name, self.rng),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = f"https://www.{name.split()[0].lower().strip(',.')}.com/investors/{year}"
            if self.rng.random() < 0.85:
                record["accessed"] = self._accessed_after([year])
        return self._org_work(record, "company-report", name, set(tags))

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        year = self.year()
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self.rng.choice([f"Report on the survey of family income and expenditure, {year}",
                                      f"Visitor arrival statistics {year}", f"Retail sales statistics: {year}",
                                      "Guidance on direct marketing", f"Annual report {year}", self._title(),
                                      f"Press release: {self.rng.choice(_TOPICS)}", f"Yearbook of statistics {year}"]),
            "issued": {"date-parts": [[year]]},
            "URL": f"https://www.{self.rng.choice(['stat.gov.tw', 'censtatd.gov.hk', 'dsec.gov.mo', 'fsc.gov.tw', 'pcpd.org.hk', 'hkma.gov.hk'])}/{self.rng.randint(1000, 99999)}",
        }  # fmt: skip
        if self.rng.random() < 0.9:
            record["accessed"] = self._accessed_after([year])
        return self._org_work(record, "government", name, tags | {"government"})

    def _legislation(self) -> Work:
        name, title, year = self.rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": f"https://{_LAW_SITES[name]}/{self.rng.randint(100, 9999)}"}  # fmt: skip
        if self.rng.random() < 0.85:
            record["accessed"] = self._accessed_after([year])
        work = self._org_work(record, "legislation", name, {"legislation", "government"})
        return work

    def _social(self) -> Work:
        platform = self.rng.choice(["LinkedIn", "Instagram", "Threads", "Facebook", "LINE", "Xiaohongshu", "YouTube"])
        year = self.rng.randint(2018, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {
            "type": "post", "container-title": platform, "issued": {"date-parts": [issued]},
            "title": self.rng.choice([f"Our {self.rng.choice(['Mid-Autumn', 'Lunar New Year', 'Dragon Boat', 'Christmas', 'Double Eleven'])} campaign is live",
                                      f"What {self.rng.choice(_TOPICS)} taught our team", f"Thoughts on {self.rng.choice(_TOPICS)}",
                                      f"Five lessons from {self.rng.choice(_TOPICS)}"]),
            "URL": f"https://www.{platform.lower()}.com/p/{self.rng.randint(100000, 9999999)}",
        }  # fmt: skip
        if self.rng.random() < 0.85:
            record["accessed"] = self._accessed_after(issued)
        if self.rng.random() < 0.5:
            record["author"] = self._people(1)
            return self._person_work(record, "social")
        name, tags = self.rng.choice(_FIRMS)
        return self._org_work(record, "social", name, set(tags))

    def _podcast(self) -> Work:
        year = self.rng.randint(2019, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {
            "type": "broadcast", "title": f"Episode {self.rng.randint(1, 240)}: {self._title()}",
            "container-title": self.rng.choice(["Marketing in Asia", "The Taipei Brand Room", "HK Marketing Matters",
                                                "Macau Means Business", "Chips and Brands", "Boba Talk"]),
            "medium": "Podcast", "issued": {"date-parts": [issued]},
            "URL": f"https://podcasts.example.com/{self.rng.randint(1000, 99999)}", "accessed": self._accessed_after(issued),
        }  # fmt: skip
        record["author"] = self._people(2)
        return self._person_work(record, "podcast")

    def _market_research(self) -> Work:
        name = self.rng.choice(["Kantar", "Euromonitor International", "TrendForce Corp.", "DIGITIMES Research",
                                "Market Intelligence & Consulting Institute (MIC)", "Nielsen Taiwan", "Ipsos Hong Kong",
                                "Mintel", "Statista"])  # fmt: skip
        year = self.year()
        market = self.rng.choice(["bubble tea", "convenience stores", "foundry services", "notebook PCs", "e-bikes",
                                  "virtual banking", "life insurance", "luxury goods", "bakery cafés", "travel retail"])  # fmt: skip
        place = self.rng.choice(["Taiwan", "Hong Kong", "Macau", "Asia Pacific", "Greater China"])
        record: dict[str, Any] = {
            "type": "report", "publisher": name.split(" (")[0], "issued": {"date-parts": [[year]]},
            "title": self.rng.choice([f"{market[0].upper()}{market[1:]} in {place}", f"{place} {market} market outlook {year}",
                                      f"{market[0].upper()}{market[1:]} in {place}: country report {year}",
                                      f"Global {market} market share, Q{self.rng.randint(1, 4)} {year}",
                                      f"{place} consumer trends {year}"]),
            "URL": f"https://www.{name.split()[0].lower().strip('.')}.com/{self.rng.randint(1000, 99999)}",
        }  # fmt: skip
        if self.rng.random() < 0.9:
            record["accessed"] = self._accessed_after([year])
        if self.rng.random() < 0.06:
            del record["issued"]
        return self._org_work(record, "market-research", name, {"market-research"})
