"""Works for the sixty-second held-out pool, "blind62": what marketers in Vietnam, Thailand and Cambodia cite.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a sixty-second hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, trade, digital,
loyalty and communications marketers at FMCG firms, dairies, coffee chains, banks, e-wallets, retailers, hotel
groups, tourism boards, telecoms and agencies in Ho Chi Minh City, Hanoi, Da Nang, Bangkok, Chiang Mai, Phuket and
Phnom Penh reference their CIM Level 6 and 7 reports and MBA assignments: regional journals with one to eight
authors, textbooks in their editions and chapters, theses from local universities, signed and unsigned articles in
VnExpress, Tuổi Trẻ, Bangkok Post, The Nation, Khmer Times and the trade press, company reports of JSCs, PCLs, Co.,
Ltds and plcs, research-firm reports (Kantar Worldpanel, Decision Lab, Q&Me, NielsenIQ, Euromonitor), GSO, NSO and
NIS statistics, decrees, laws, Acts and Prakas under the body that made them, tourism-board and bank pages with and
without dates or access dates, Facebook, TikTok and Zalo posts and podcasts. Names: Vietnamese with full diacritics
(family name first; in Harvard by family name, now and then by the given name as local practice does, and now and
then stripped of diacritics as journals print them), Thai given names and long surnames, Sino-Thai surnames, royal
titles written in full, Khmer family-first names, and expatriates with particles and hyphens.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
import unicodedata
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_VN_FAMILY = ["Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
              "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lương", "Mai"]  # fmt: skip
_VN_MIDDLE_F = ["Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Bảo", "Phương", "Hải"]
_VN_MIDDLE_M = ["Văn", "Văn", "Minh", "Quốc", "Đức", "Hoàng", "Thành", "Hữu", "Gia", "Tuấn"]
_VN_GIVEN_F = ["Lan", "Hương", "Linh", "Trang", "Phương", "Nhung", "Thảo", "Vy", "Hà", "Mai", "Ngân", "Quyên",
               "Hằng", "Yến", "Trâm", "Uyên", "Diệp", "Châu", "Ánh", "My"]  # fmt: skip
_VN_GIVEN_M = ["Tuấn", "Hùng", "Dũng", "Khoa", "Quang", "Huy", "Bảo", "Long", "Phúc", "Sơn", "Thắng", "Nam", "Đạt",
               "Khánh", "Tùng", "Hiếu", "Lộc", "Trí", "Vinh", "An"]  # fmt: skip
_TH_GIVEN = ["Kanokwan", "Somchai", "Pimchanok", "Nattapong", "Siriporn", "Thanawat", "Wipada", "Chutima", "Apinya",
             "Suriya", "Porntip", "Kittisak", "Anucha", "Ratchanee", "Jirayu", "Sasithorn", "Pattarapong", "Warunee",
             "Thitima", "Worawut", "Napat", "Kamonchanok", "Chanin", "Sukanya", "Paweena", "Teerawat"]  # fmt: skip
_TH_FAMILY = ["Srisawat", "Wongsuwan", "Chaiyaporn", "Phromphan", "Tangsiriwattana", "Kittikhun", "Ratanapakdee",
              "Boonyarat", "Thongchai", "Chanthawong", "Jirawattanakul", "Sukprasert", "Wattanasiri", "Inthapan",
              "Pongpanich", "Sirisombat", "Kaewkhiao", "Rungruangsakorn", "Pholsawat", "Yimsiri", "Nakornthap",
              "Thammasiriwong", "Suwannaphum", "Charoenkiatkul", "Ounjai", "Piyawattanametha"]  # fmt: skip
_SINO_THAI = ["Sae-Tang", "Sae-Lim", "Sae-Ung", "Tangtrakul", "Laohapongchana", "Limthongkul", "Techapaiboon",
              "Ngamsopee", "Kiatsupaibul", "Chotikapanich", "Wangsirikul", "Lertsumitkul"]  # fmt: skip
_ROYAL = ["M.R. Chalermsri Devakula", "M.L. Pakawadee Sanitwong", "M.R. Thongtham Kasemsri", "M.L. Nattakorn Ladavalya",
          "M.R. Pattama Navarat"]  # fmt: skip
_KH_FAMILY = ["Sok", "Sok", "Chea", "Hun", "Heng", "Keo", "Chan", "Meas", "Pich", "Ly", "Sam", "Touch", "Prak", "Seng",
              "Nhem", "Ouk", "Kong", "Tep"]  # fmt: skip
_KH_GIVEN = ["Sophea", "Dara", "Vannak", "Sreymom", "Piseth", "Channary", "Ratanak", "Bopha", "Rithy", "Sokha",
             "Visal", "Kosal", "Chenda", "Leakhena", "Sovann", "Sreyneang", "Monyrath", "Vibol", "Sreyleak", "Panha"]  # fmt: skip
_EXPAT = [("", "Whitfield", "Oliver"), ("", "MacKinnon", "Fiona"), ("van der", "Meer", "Joost"), ("", "O'Sullivan", "Ciara"),
          ("", "Dubois", "Élodie"), ("", "Lefèvre", "Mathieu"), ("", "Schröder", "Katrin"), ("de", "Jong", "Maartje"),
          ("", "Harrington-Lowe", "Sophie"), ("", "Tanaka", "Kenji"), ("", "Park", "Ji-hoon"), ("", "Tan", "Wei Ling"),
          ("", "Lim", "Boon Keng"), ("", "Reyes", "Marisol"), ("", "Kapoor", "Ananya"), ("", "Fitzgerald", "Declan"),
          ("le", "Roux", "Camille"), ("", "Andersson", "Linnea"), ("", "Mitchell-Nguyen", "Hannah"), ("", "Gómez", "Andrés")]  # fmt: skip

# (name, tags): who these writers cite as authors when no person is named.
_COMPANIES = [
    ("Vinamilk", {"company"}), ("Vietnam Dairy Products JSC", {"company", "abbreviation"}),
    ("Vingroup JSC", {"company"}), ("VinFast", {"company"}), ("Masan Group", {"company"}),
    ("Masan Consumer Corporation", {"company"}), ("Trung Nguyên Legend", {"company"}), ("Highlands Coffee", {"company"}),
    ("Phúc Long Heritage", {"company"}), ("The Coffee House", {"company"}), ("Pizza 4P's", {"company", "apostrophe"}),
    ("Viettel Group", {"company"}), ("MoMo", {"company"}), ("M_Service JSC (MoMo)", {"company", "abbreviation"}),
    ("Vietcombank", {"company"}), ("Techcombank", {"company"}), ("Mobile World Investment Corporation", {"company"}),
    ("Saigon Co.op", {"company"}), ("Sabeco", {"company"}), ("Heineken Vietnam", {"company"}),
    ("Nestlé Vietnam Ltd", {"company"}), ("AEON Vietnam Co., Ltd.", {"company", "comma"}),
    ("Charoen Pokphand Group", {"company"}), ("CP ALL PCL", {"company", "acronym"}),
    ("Thai Beverage Public Company Limited", {"company"}), ("ThaiBev", {"company"}), ("Central Group", {"company"}),
    ("Central Retail Corporation PCL", {"company"}), ("SCB X PCL", {"company", "acronym"}),
    ("Siam Commercial Bank", {"company"}), ("KASIKORNBANK", {"company"}), ("Kasikorn Research Center", {"company"}),
    ("True Corporation PCL", {"company"}), ("Advanced Info Service PCL (AIS)", {"company", "abbreviation"}),
    ("AIS", {"company", "acronym"}), ("LINE MAN Wongnai", {"company"}), ("Minor International PCL", {"company"}),
    ("Minor Hotels", {"company"}), ("Dusit Thani PCL", {"company"}), ("Domino's Pizza Thailand", {"company", "apostrophe"}),
    ("McDonald's Vietnam", {"company", "apostrophe"}), ("ABA Bank", {"company", "acronym"}),
    ("Smart Axiata Co., Ltd.", {"company", "comma"}), ("ACLEDA Bank Plc", {"company"}), ("Wing Bank (Cambodia) Plc", {"company"}),
    ("Cambrew Ltd", {"company"}), ("Grab Holdings", {"company"}), ("Shopee", {"company"}), ("Lazada Group", {"company"}),
    ("Unilever Vietnam", {"company"}), ("Sun Group", {"company"}), ("Vietjet Aviation JSC", {"company"}),
]  # fmt: skip
_RESEARCH = [
    ("Kantar Worldpanel", {"market-research"}), ("Kantar Vietnam", {"market-research"}), ("NielsenIQ", {"market-research"}),
    ("Nielsen Vietnam", {"market-research"}), ("Decision Lab", {"market-research"}), ("Q&Me", {"market-research", "ampersand"}),
    ("Euromonitor International", {"market-research"}), ("YouGov Thailand", {"market-research"}),
    ("Google, Temasek & Bain & Company", {"market-research", "ampersand", "comma"}), ("DataReportal", {"market-research"}),
    ("Vero", {"market-research"}), ("Cimigo", {"market-research"}), ("Rakuten Insight", {"market-research"}),
    ("Marketing Oops!", {"press", "punctuation"}), ("Brand Inside", {"press"}), ("Marketeer", {"press"}),
    ("Asia Plus Research", {"market-research"}), ("Ipsos Vietnam", {"market-research"}),
    ("Kantar Worldpanel & Dentsu Vietnam", {"market-research", "ampersand"}), ("Deloitte Vietnam", {"company"}),
    ("PwC Vietnam", {"company"}), ("KPMG in Thailand", {"company"}), ("Economic Intelligence Center (EIC)", {"market-research", "abbreviation"}),
]  # fmt: skip
_GOVERNMENT = [
    ("General Statistics Office of Vietnam", {"government"}), ("General Statistics Office (GSO)", {"government", "abbreviation"}),
    ("National Statistical Office of Thailand", {"government"}), ("National Statistical Office (NSO)", {"government", "abbreviation"}),
    ("National Institute of Statistics (NIS)", {"government", "abbreviation"}), ("Ministry of Industry and Trade", {"government"}),
    ("Ministry of Industry and Trade (MOIT)", {"government", "abbreviation"}), ("Vietnam National Authority of Tourism", {"government"}),
    ("Tourism Authority of Thailand", {"government"}), ("Tourism Authority of Thailand (TAT)", {"government", "abbreviation"}),
    ("Ministry of Tourism of Cambodia", {"government"}), ("State Bank of Vietnam", {"government"}), ("Bank of Thailand", {"government"}),
    ("National Bank of Cambodia", {"government"}), ("People's Committee of Ho Chi Minh City", {"government", "apostrophe"}),
    ("Da Nang Department of Tourism", {"government"}), ("Office of the Personal Data Protection Commission", {"government"}),
    ("Office of the Consumer Protection Board (OCPB)", {"government", "abbreviation"}), ("Ministry of Commerce, Cambodia", {"government", "comma"}),
    ("Thailand Convention & Exhibition Bureau (TCEB)", {"government", "ampersand", "abbreviation"}),
    ("Vietnam Chamber of Commerce and Industry", {"government"}), ("ASEAN Secretariat", {"government"}),
    ("Asian Development Bank", {"government"}), ("World Bank", {"government"}),
]  # fmt: skip
# Laws as these writers list them: (body, title, year).
_LAWS = [
    ("Government of Vietnam", "Decree No. 13/2023/ND-CP on personal data protection", 2023),
    ("National Assembly of Vietnam", "Law on Advertising No. 16/2012/QH13", 2012),
    ("National Assembly of Vietnam", "Law on Protection of Consumers' Rights No. 19/2023/QH15", 2023),
    ("Government of Vietnam", "Decree No. 38/2021/ND-CP on administrative penalties for violations in culture and advertising", 2021),
    ("Government of Vietnam", "Decree No. 24/2020/ND-CP detailing the Law on Prevention of Harmful Effects of Alcohol", 2020),
    ("National Assembly of Vietnam", "Law on Prevention and Control of Harmful Effects of Alcoholic Beverages No. 44/2019/QH14", 2019),
    ("Government of Vietnam", "Decree No. 52/2013/ND-CP on e-commerce", 2013),
    ("Royal Thai Government", "Personal Data Protection Act, B.E. 2562 (2019)", 2019),
    ("Royal Thai Government", "Alcoholic Beverage Control Act, B.E. 2551 (2008)", 2008),
    ("Royal Thai Government", "Consumer Protection Act (No. 4), B.E. 2562 (2019)", 2019),
    ("Royal Thai Government", "Direct Sales and Direct Marketing Act, B.E. 2545 (2002)", 2002),
    ("Kingdom of Cambodia", "Law on Consumer Protection", 2019),
    ("Kingdom of Cambodia", "Law on Electronic Commerce", 2019),
    ("Ministry of Commerce, Cambodia", "Prakas No. 225 on the advertising of goods and services", 2021),
    ("National Bank of Cambodia", "Prakas on the management of payment service providers", 2017),
    ("State Bank of Vietnam", "Circular No. 18/2024/TT-NHNN on bank card operations", 2024),
]  # fmt: skip
_PRESS = ["VnExpress International", "VnExpress", "Tuổi Trẻ News", "Thanh Niên", "Vietnam News", "Vietnam Investment Review",
          "Saigon Times", "Bangkok Post", "The Nation", "Thairath", "Prachachat Turakij", "Khmer Times", "The Phnom Penh Post",
          "Brand Inside", "Marketeer", "Campaign Asia-Pacific", "Nikkei Asia", "Marketing Interactive"]  # fmt: skip
_JOURNALS = ["Asia Pacific Journal of Marketing and Logistics", "Journal of Asian Business and Economic Studies",
             "Asian Academy of Management Journal", "Journal of Southeast Asian Economies", "Journal of Retailing and Consumer Services",
             "International Journal of Bank Marketing", "Tourism Management Perspectives", "Journal of Vacation Marketing",
             "Asia Pacific Journal of Tourism Research", "Journal of Asia Business Studies", "Journal of Economics and Development",
             "Cogent Business & Management", "Kasetsart Journal of Social Sciences", "Journal of Marketing Communications",
             "International Journal of Hospitality Management", "British Food Journal"]  # fmt: skip
_UNIVERSITIES = ["RMIT University Vietnam", "Foreign Trade University", "University of Economics Ho Chi Minh City",
                 "National Economics University", "Chulalongkorn University", "Thammasat University", "Mahidol University",
                 "Chiang Mai University", "Royal University of Phnom Penh", "National University of Management",
                 "Sasin School of Management", "Prince of Songkla University"]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Oxford University Press", "Oxford"), ("Wiley", "Hoboken, NJ"), ("Palgrave Macmillan", "Singapore"),
               ("Springer", "Singapore"), ("NXB Trẻ", "Ho Chi Minh City"), ("Silkworm Books", "Chiang Mai"),
               ("ISEAS Publishing", "Singapore"), ("Chulalongkorn University Press", "Bangkok"), ("Cengage", "Andover")]  # fmt: skip

_TOPICS = ["brand loyalty", "e-wallet adoption", "livestream commerce", "Tết advertising", "Songkran campaigns",
           "coffee-chain loyalty", "dairy brand trust", "Gen Z banking", "super-app engagement", "halal tourism",
           "domestic tourism recovery", "hotel booking intentions", "QR payments", "Zalo Official Accounts",
           "TikTok Shop sellers", "KOL marketing", "green packaging", "convenience-store retailing", "beer advertising",
           "mobile money", "Buddhist lent promotions", "festival sponsorship", "cashless tipping", "EV brand image",
           "Mekong agritourism", "street-food platforms", "private-label groceries", "telecom churn", "luxury hotels",
           "Double Day sales", "Pchum Ben giving", "customer experience in retail banking", "influencer credibility",
           "country-of-origin effects", "instant noodles", "fish sauce branding", "rice brands", "milk tea chains"]  # fmt: skip
_PLACES = ["Vietnam", "Thailand", "Cambodia", "Ho Chi Minh City", "Hanoi", "Da Nang", "Bangkok", "Chiang Mai", "Phuket",
           "Phnom Penh", "Siem Reap", "the Mekong Delta", "ASEAN", "emerging Asia"]  # fmt: skip
_KINDS_WEIGHTED = {"book": 12, "chapter": 5, "journal": 22, "web": 12, "report": 9, "company-report": 7,
                   "government": 6, "legislation": 4, "news": 10, "trade-press": 4, "thesis": 3, "social": 3,
                   "podcast": 2, "market-research": 8}  # fmt: skip


def _strip(text: str) -> str:
    """Diacritics dropped as some journals print Vietnamese names ("Nguyen", "Dang")."""
    text = text.replace("Đ", "D").replace("đ", "d")
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


class Blind62WorkFactory(WorkFactory):
    """The blind62 pool's works (see the module's docstring). A subclass: the other pools are unchanged."""

    # A government work is a report or a web page, so "government" is not a kind a work has.
    KINDS = tuple(kind for kind in _KINDS_WEIGHTED if kind != "government")

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 6262)
        self.en = Faker("en_GB")
        self.en.seed_instance(seed * 62 + 1)
        self.dated_orgs: list[tuple[str, set[str], int]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.42:  # Vietnamese
            female = rng.random() < 0.55
            family = rng.choice(_VN_FAMILY)
            middle = rng.choice(_VN_MIDDLE_F if female else _VN_MIDDLE_M)
            given = rng.choice(_VN_GIVEN_F if female else _VN_GIVEN_M)
            way = rng.random()
            if way < 0.65:
                return {"family": family, "given": f"{middle} {given}"}
            if way < 0.8:  # cited by the given name, as local practice and many Vietnamese journals do
                return {"family": given, "given": f"{family} {middle}"}
            return {"family": _strip(family), "given": _strip(f"{middle} {given}")}  # printed without diacritics
        if roll < 0.68:  # Thai
            given = rng.choice(_TH_GIVEN)
            family = rng.choice(_SINO_THAI if rng.random() < 0.25 else _TH_FAMILY)
            if rng.random() < 0.15:  # listed by given name, as Thai usage and some Thai journals do
                return {"family": given, "given": family}
            return {"family": family, "given": given}
        if roll < 0.82:  # Khmer, family name first
            family, given = rng.choice(_KH_FAMILY), rng.choice(_KH_GIVEN)
            if rng.random() < 0.2:
                return {"family": given, "given": family}
            return {"family": family, "given": given}
        if roll < 0.94:
            particle, family, given = rng.choice(_EXPAT)
            name = {"family": family, "given": given}
            if particle:
                name["non-dropping-particle"] = particle
            return name
        return {"family": self.en.last_name(), "given": self.en.first_name()}

    def _people(self, most: int) -> list[dict[str, str]]:
        weights = [34, 26, 16, 9, 6, 4, 3, 2][:most]
        count = self.rng.choices(range(1, most + 1), weights=weights)[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if name not in people:
                people.append(name)
        return people

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        if self.rng.random() < 0.06:
            return self.rng.randint(1994, 2009)
        return self.rng.randint(2012, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        rng = self.rng
        low = max(issued[0], 2022) if issued else 2022
        year = rng.randint(low, max(low, 2025))
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        if issued and year == issued[0] and len(issued) > 1:
            month = rng.randint(issued[1], 12)
            if month == issued[1] and len(issued) > 2:
                day = rng.randint(issued[2], 28)
        return {"date-parts": [[year, month, day]]}

    def _title(self) -> str:
        rng = self.rng
        topic, place = rng.choice(_TOPICS), rng.choice(_PLACES)
        other = rng.choice(_TOPICS)
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {place}: evidence from {rng.choice(['young urban consumers', 'Gen Z shoppers', 'bank customers', 'international tourists', 'mothers of young children', 'office workers', 'small retailers'])}",
            f"The effect of {topic} on {other} in {place}",
            f"Understanding {topic}: a study of {place}",
            f"{topic[0].upper()}{topic[1:]} and {other}: the moderating role of trust",
            f"Why {topic} matters in {place}",
            f"Drivers of {topic} among {rng.choice(['millennials', 'Gen Z', 'rural households', 'SMEs', 'urban families'])} in {place}",
            f"From {topic} to {other}: lessons from {place}",
            f"{topic[0].upper()}{topic[1:]}: a mixed-methods study",
        ]
        return rng.choice(forms)

    def _issued(self, precise: bool = False) -> dict[str, list[list[int]]]:
        year = self.year()
        if precise:
            return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        return {"date-parts": [[year]]}

    def _url(self, host: str | None = None) -> str:
        host = host or self.en.domain_name()
        return f"https://www.{host}/{self.en.slug()}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(_KINDS_WEIGHTED), weights=list(_KINDS_WEIGHTED.values()))[0]
        return getattr(self, "_k_" + kind.replace("-", "_"))()

    def _person(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same body in the same year as an earlier work ("Kantar Worldpanel, 2024a" and "2024b").
        if self.dated_orgs and "issued" in record and kind != "legislation" and self.rng.random() < 0.1:
            name, tags, year = self.rng.choice(self.dated_orgs)
            record["issued"]["date-parts"][0][0] = year
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
            if kind in ("report", "company-report") and "publisher" in record:
                record["publisher"] = name
        if "issued" in record:
            self.dated_orgs.append((name, set(tags), record["issued"]["date-parts"][0][0]))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, set(tags) | {"organisation"})

    def _k_book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title() if self.rng.random() < 0.5 else self.rng.choice(
            ["Marketing management: an Asian perspective", "Principles of marketing: ASEAN edition", "Services marketing in Asia",
             "Consumer behaviour in Southeast Asia", "Strategic brand management", "Digital marketing: strategy, implementation and practice",
             "Tourism marketing for the Mekong region", "Retail banking in emerging Asia", "Marketing in Vietnam: a practitioner's guide",
             "Thai consumers and the new middle class", "Hospitality marketing", "Integrated marketing communications in Asia"]),
            "author": self._people(4), "issued": self._issued(), "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person(record, "book")

    def _k_chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["Tourism in Southeast Asia", "The Routledge handbook of Asian marketing",
                                                "Consumer culture in Vietnam", "Digital transformation in ASEAN banking",
                                                "Food, place and identity in Thailand", "Marketing in emerging markets"]),
            "issued": self._issued(), "publisher": publisher, "publisher-place": place, "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person(record, "chapter")

    def _k_journal(self) -> Work:
        start = self.rng.randint(1, 1800)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": self._issued(),
            "volume": str(self.rng.randint(1, 75)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{start}-{start + self.rng.randint(9, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = f"10.{self.rng.randint(1000, 9999)}/{self.en.lexify('????').upper()}-{self.rng.randint(2012, 2025)}-{self.rng.randint(1, 999):04d}"  # fmt: skip
        return self._person(record, "journal")

    def _k_web(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "webpage", "title": self._title()}
        if rng.random() < 0.75:
            record["issued"] = self._issued(precise=rng.random() < 0.4)
        record["URL"] = self._url()
        if rng.random() < 0.9:  # some pages are listed without the date they were read
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        if rng.random() < 0.3:
            record["author"] = self._people(2)
            return self._person(record, "web")
        name, tags = rng.choice(_COMPANIES + _GOVERNMENT)
        return self._org(record, "web", name, tags)

    def _k_report(self) -> Work:
        rng = self.rng
        name, tags = rng.choice(_RESEARCH + _GOVERNMENT)
        record: dict[str, Any] = {"type": "report", "title": self._title() if rng.random() < 0.5 else rng.choice(
            ["Vietnam consumer insights", "Thailand digital consumer report", "Cambodia tourism statistics report",
             "Statistical yearbook", "Labour force survey", "Household socio-economic survey", "Payment systems report",
             "e-Conomy SEA", "Vietnam FMCG monitor", "Thai shoppers after the pandemic", "Annual tourism statistics"])
            + f" {rng.randint(2018, 2025)}" * (rng.random() < 0.5),
            "publisher": name.split(" (")[0], "publisher-place": rng.choice(["Hanoi", "Ho Chi Minh City", "Bangkok", "Phnom Penh", "Singapore"])}  # fmt: skip
        if rng.random() < 0.9:
            record["issued"] = self._issued()
        if rng.random() < 0.65:
            record["URL"] = self._url()
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        return self._org(record, "report", name, tags)

    def _k_company_report(self) -> Work:
        rng = self.rng
        name, tags = rng.choice(_COMPANIES)
        year = rng.randint(2014, 2024)
        record: dict[str, Any] = {"type": "report", "title": rng.choice(["Annual report", "Sustainability report", "Integrated report",
            "Form 56-1 One Report", "Investor presentation", "Annual report and accounts"]) + f" {year}",
            "issued": {"date-parts": [[min(year + 1, 2025)]]}, "publisher": name, "publisher-place": rng.choice(["Hanoi", "Ho Chi Minh City", "Bangkok", "Phnom Penh"])}  # fmt: skip
        if rng.random() < 0.7:
            record["URL"] = self._url()
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._org(record, "company-report", name, tags)

    def _k_government(self) -> Work:
        rng = self.rng
        name, tags = rng.choice(_GOVERNMENT)
        year = rng.randint(2016, 2025)
        record: dict[str, Any] = {"type": rng.choice(["report", "webpage"]), "title": rng.choice(
            ["Socio-economic situation in the fourth quarter", "International visitor arrivals", "Consumer price index",
             "Tourism statistics", "Retail sales of goods and services", "Payment statistics", "Guidelines on advertising of financial products",
             "Press release on the digital economy", "Visitor arrivals during Songkran", "Population and housing census"]) + f" {year}",
            "issued": {"date-parts": [[year]]}, "URL": self._url(rng.choice(["gso.gov.vn", "nso.go.th", "nis.gov.kh", "tourismthailand.org", "sbv.gov.vn", "bot.or.th", "moit.gov.vn"]))}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._org(record, "report" if record["type"] == "report" else "web", name, tags | {"government"})

    def _k_legislation(self) -> Work:
        body, title, year = self.rng.choice(_LAWS)
        country = "Thailand" if "Thai" in body else "Cambodia" if "Cambodia" in body else "Vietnam"
        place, host = {"Thailand": ("Bangkok", "krisdika.go.th"), "Cambodia": ("Phnom Penh", "moc.gov.kh"),
                       "Vietnam": ("Hanoi", self.rng.choice(["thuvienphapluat.vn", "vbpl.vn"]))}[country]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": body, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = self._url(host)
            record["accessed"] = self._accessed_after([year])
        return self._org(record, "legislation", body, {"government", "legislation"})

    def _k_news(self) -> Work:
        rng = self.rng
        paper = rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": paper,
                                  "issued": self._issued(precise=True), "URL": self._url()}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        if rng.random() < 0.65:
            record["author"] = self._people(2)
            return self._person(record, "news")
        return self._org(record, "news", paper, {"press"})

    def _k_trade_press(self) -> Work:
        rng = self.rng
        paper = rng.choice(["Brand Inside", "Marketeer", "Marketing Oops!", "Campaign Asia-Pacific", "Marketing Interactive", "Advertising Vietnam"])  # fmt: skip
        record: dict[str, Any] = {"type": "article-magazine", "title": self._title(), "container-title": paper,
                                  "issued": self._issued(precise=rng.random() < 0.7), "URL": self._url()}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        if rng.random() < 0.6:
            record["author"] = self._people(2)
            return self._person(record, "trade-press")
        return self._org(record, "trade-press", paper, {"press"})

    def _k_thesis(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "genre": rng.choice(["MBA dissertation", "MSc thesis", "PhD thesis", "Master's thesis"]),
                                  "publisher": rng.choice(_UNIVERSITIES), "issued": self._issued()}  # fmt: skip
        return self._person(record, "thesis")

    def _k_social(self) -> Work:
        rng = self.rng
        name, tags = rng.choice(_COMPANIES)
        platform = rng.choice(["Facebook", "TikTok", "Zalo", "Instagram", "LINE", "YouTube"])
        record: dict[str, Any] = {"type": "webpage", "title": rng.choice(["Tết campaign video", "Songkran giveaway post",
            "Loy Krathong live stream", "11.11 flash sale announcement", "Pchum Ben greeting", "new store opening post",
            "12.12 mega sale teaser", "Mid-Autumn mooncake launch"]) + f" [{platform}]",
            "URL": f"https://www.{platform.lower()}.com/{self.en.user_name()}"}  # fmt: skip
        if rng.random() < 0.8:
            record["issued"] = {"date-parts": [[rng.randint(2016, 2025), rng.randint(1, 12), rng.randint(1, 28)]]}
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        if rng.random() < 0.15:  # royal-titled or Khun-named creators, written as they sign themselves
            author = rng.choice(_ROYAL)
            record["author"] = [{"literal": author}]
            record["id"] = self._id()
            year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
            return Work(record, author, year, False, 1, "social", {"royal-title"})
        return self._org(record, "social", name, tags)

    def _k_podcast(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "song", "title": f"Ep. {rng.randint(3, 240)}: {self._title()}",
                                  "container-title": rng.choice(["The Marketing Mekong", "Bangkok Brand Talk", "Saigon Growth Club", "Khmer Startup Podcast"]),
                                  "medium": "Podcast", "issued": self._issued(precise=True), "URL": self._url()}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        record["author"] = self._people(2)
        return self._person(record, "podcast")

    def _k_market_research(self) -> Work:
        rng = self.rng
        name, tags = rng.choice(_RESEARCH)
        year = self.year()
        market = rng.choice(["dairy", "coffee", "beer", "instant noodles", "e-wallets", "convenience stores", "skincare",
                             "energy drinks", "budget hotels", "food delivery", "bottled water"])  # fmt: skip
        place = rng.choice(["Vietnam", "Thailand", "Cambodia", "Southeast Asia"])
        record: dict[str, Any] = {"type": "report", "title": rng.choice([f"{market.capitalize()} in {place}",
            f"{place} {market} market: size and forecast to 2030", f"{market.capitalize()} in {place}: consumer trends {year}",
            f"Who buys {market} in {place}? Q{rng.randint(1, 4)} {year}"]), "publisher": name.split(" (")[0],
            "URL": self._url()}  # fmt: skip
        if rng.random() < 0.9:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        return self._org(record, "market-research", name, tags)
