"""Works for the blind131 pool (HELD OUT): what marketers in Vietnam and its diaspora cite in CIM reports and MBAs.

Vietnamese names are written family name first and given name last, with middle names (Thị, Văn, Minh, Ngọc...):
a reference manager holds "Nguyễn Thị Minh Khai" as family "Nguyễn", given "Thị Minh Khai", which the style files
as "Nguyễn, T.M.K."; the same people appear without diacritics ("Nguyen, T.M.K."), now and then filed wrongly by the
given name ("Khai, N.T.M."), and beside overseas Vietnamese with English and French given names ("Nguyen, K.",
"Trần, S.") and the expatriates who write about Vietnam. Many authors share Nguyen, Tran, Le or Pham. Works:
textbooks (Vietnamese and international, editions and e-books), chapters, journal articles with one to eight
authors, theses from NEU, UEH, FTU and RMIT Vietnam, conference papers, company pages and annual reports (Công ty
Cổ phần, Công ty TNHH, JSC), trade bodies, regulators and ministries, decrees, circulars and laws as they are
numbered ("Decree No. 13/2023/ND-CP", "Nghị định 13/2023/NĐ-CP", "Law No. 59/2020/QH14"), market-research firms,
signed and unsigned news, social posts, podcasts and videos, and undated pages; Vietnamese titles carry an English
translation in square brackets.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
import re
import unicodedata
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

_FAMILIES = ["Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Phạm", "Hoàng", "Huỳnh",
             "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đinh", "Lương", "Mai",
             "Cao", "Tạ", "Đào", "Văn", "Kiều", "Quách"]  # fmt: skip
_COMPOUND_FAMILIES = ["Tôn Nữ", "Tôn Thất", "Nguyễn Phúc", "Âu Dương"]
_MIDDLES_F = ["Thị", "Thị", "Thị", "Ngọc", "Thu", "Kim", "Thanh", "Bảo", "Mỹ", "Hoàng", "Phương", "Diệu"]
_MIDDLES_M = ["Văn", "Văn", "Văn", "Đức", "Minh", "Hữu", "Quang", "Thanh", "Công", "Xuân", "Bá", "Quốc", "Trọng"]
_GIVEN_F = ["Anh", "Hương", "Lan", "Linh", "Trang", "Hà", "Thảo", "Mai", "Hạnh", "Vy", "Ngân", "Thủy", "Nhung", "Yến",
            "Phương", "Khai", "Uyên", "Hằng", "Oanh", "Giang", "Trâm", "Quyên", "Diễm", "Nga"]  # fmt: skip
_GIVEN_M = ["Hùng", "Dũng", "Tuấn", "Nam", "Long", "Huy", "Phúc", "Khoa", "Quân", "Hiếu", "Duy", "Tâm", "Sơn",
            "Thắng", "Cường", "Đạt", "Trung", "Bình", "Khánh", "Lộc", "Vinh", "Tùng", "Hải", "Thịnh"]  # fmt: skip
_SECOND = ["Minh", "Thanh", "Ngọc", "Hoài", "Bích", "Quỳnh", "Anh", "Tuệ", "Gia", "Hải", "Mạnh", "Nhật"]
_DIASPORA_GIVEN = ["Kevin", "Tiffany", "Jennifer", "David", "Michelle", "Vincent", "Peter", "Jacqueline", "Andrew",
                   "Cindy", "Thomas", "Pierre", "Sophie", "Camille", "Julien", "Hélène", "Amélie", "Céline", "Laurent",
                   "Stéphane", "Tony", "Annie", "Jimmy", "Lena", "Jessica", "Victor"]  # fmt: skip
_DIASPORA_HYPHENATED = ["Nguyen-Khoa", "Vo-Thanh", "Tran-Nam", "Pham-Huu", "Le-Quang", "Truong-Dinh"]
_EXPATRIATES = [("Kim", "Jiwoo"), ("Park", "Sungmin"), ("Lee", "Hyunwoo"), ("Choi", "Eunji"), ("Tanaka", "Kenji"),
                ("Sato", "Yumi"), ("Tan", "Wei Ling"), ("Lim", "Boon Kiat"), ("Wong", "Mei"), ("Smith", "Rachel"),
                ("O'Connor", "Liam"), ("McKenzie", "Fiona"), ("Brown", "Oliver"), ("Harris", "Emily"),
                ("Dubois", "Antoine"), ("Lefèvre", "Claire"), ("Müller", "Jonas"), ("Schröder", "Anna"),
                ("Jenkins", "Mark"), ("Walsh", "Siobhan"), ("Fitzgerald", "James"), ("Anderson", "Kate"),
                ("Gillespie", "Robert"), ("Sharma", "Priya"), ("Sørensen", "Mads"), ("Van den Berg", "Pieter")]  # fmt: skip
_PARTICLED = [("de", "Vries", "Sanne"), ("van", "Dijk", "Bram"), ("de", "Jong", "Lotte"), ("du", "Pont", "Mathilde")]

_VN_TOPICS = [
    ("Hành vi mua sắm trực tuyến của người tiêu dùng Gen Z tại TP. Hồ Chí Minh", "Online shopping behaviour of Gen Z consumers in Ho Chi Minh City"),
    ("Các yếu tố ảnh hưởng đến ý định sử dụng ví điện tử tại Việt Nam", "Factors affecting the intention to use e-wallets in Vietnam"),
    ("Lòng trung thành thương hiệu trong ngành ngân hàng bán lẻ", "Brand loyalty in retail banking"),
    ("Tiếp thị người ảnh hưởng trên TikTok và quyết định mua hàng", "Influencer marketing on TikTok and purchase decisions"),
    ("Marketing căn bản", "Principles of marketing"),
    ("Quản trị thương hiệu", "Brand management"),
    ("Hành vi người tiêu dùng", "Consumer behaviour"),
    ("Nghiên cứu marketing", "Marketing research"),
    ("Truyền thông marketing tích hợp", "Integrated marketing communications"),
    ("Thương mại điện tử và livestream bán hàng", "E-commerce and live-stream selling"),
    ("Sự hài lòng của khách hàng đối với dịch vụ 4G của Viettel", "Customer satisfaction with Viettel's 4G service"),
    ("Ý định mua thực phẩm hữu cơ của người tiêu dùng Hà Nội", "Hanoi consumers' intention to buy organic food"),
    ("Chuyển đổi số trong doanh nghiệp vừa và nhỏ", "Digital transformation in small and medium-sized enterprises"),
    ("Tác động của quảng cáo Tết đến nhận biết thương hiệu", "The effect of Tết advertising on brand awareness"),
    ("Tiêu dùng xanh ở giới trẻ Việt Nam", "Green consumption among young Vietnamese"),
    ("Trải nghiệm khách hàng tại chuỗi cửa hàng tiện lợi", "Customer experience in convenience-store chains"),
    ("Xuất khẩu cà phê Việt Nam sang thị trường EU", "Vietnamese coffee exports to the EU market"),
    ("Bảo vệ dữ liệu cá nhân trong hoạt động marketing", "Personal data protection in marketing"),
]  # fmt: skip
_EN_TOPICS = ["e-wallet adoption", "mobile banking", "buy now, pay later", "live-stream commerce", "KOL marketing",
              "TikTok Shop", "brand love", "Tết advertising", "Gen Z consumers", "green packaging", "coffee culture",
              "convenience retail", "digital banking", "super apps", "QR payments", "online reviews", "country of origin",
              "halal and seafood exports", "dairy brand trust", "beer marketing", "low-cost airlines", "loyalty points",
              "omnichannel retail", "personal data protection", "electronic word of mouth", "social commerce",
              "the diaspora market", "remittances", "fashion e-commerce", "rice exports"]  # fmt: skip
_PLACES = ["Vietnam", "Vietnam", "Viet Nam", "Ho Chi Minh City", "Hanoi", "Da Nang", "the Mekong Delta",
           "Southeast Asia", "emerging Asia", "the Vietnamese diaspora", "Little Saigon"]  # fmt: skip
_BOOK_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"),
                    ("Springer", "Cham"), ("Palgrave Macmillan", "Singapore"), ("Cengage Learning", "Singapore"),
                    ("McGraw-Hill Education", "New York"), ("Wiley", "Hoboken, NJ"), ("Sage", "London"),
                    ("NXB Đại học Kinh tế Quốc dân", "Hà Nội"), ("NXB Kinh tế TP. Hồ Chí Minh", "TP. Hồ Chí Minh"),
                    ("NXB Tổng hợp TP.HCM", "Ho Chi Minh City"), ("NXB Lao động", "Hanoi"),
                    ("NXB Thông tin và Truyền thông", "Hà Nội"), ("NXB Trẻ", "TP. Hồ Chí Minh")]  # fmt: skip
_JOURNALS = ["Journal of Asian Business and Economic Studies", "Journal of Economics and Development",
             "Tạp chí Kinh tế & Phát triển", "Tạp chí Khoa học Thương mại", "Tạp chí Nghiên cứu Tài chính – Marketing",
             "Asia Pacific Journal of Marketing and Logistics", "Journal of Retailing and Consumer Services",
             "International Journal of Bank Marketing", "Cogent Business & Management", "Journal of Asia Business Studies",
             "Journal of Southeast Asian Economies", "Asian Journal of Business Research", "Spanish Journal of Marketing – ESIC",
             "Journal of Consumer Marketing", "British Food Journal", "Journal of International Consumer Marketing",
             "VNU Journal of Economics and Business", "Heliyon"]  # fmt: skip
_UNIVERSITIES = [("National Economics University", "Hanoi"), ("Trường Đại học Kinh tế Quốc dân", "Hà Nội"),
                 ("University of Economics Ho Chi Minh City (UEH)", "Ho Chi Minh City"),
                 ("Đại học Kinh tế TP. Hồ Chí Minh", "TP. Hồ Chí Minh"), ("Foreign Trade University", "Hanoi"),
                 ("RMIT University Vietnam", "Ho Chi Minh City"), ("University of Danang – University of Economics", "Da Nang"),
                 ("Can Tho University", "Can Tho"), ("Hue University of Economics", "Hue"),
                 ("Western Sydney University", "Sydney"), ("Université Paris-Dauphine", "Paris")]  # fmt: skip
_DEGREES = ["MBA thesis", "MBA thesis", "Luận văn thạc sĩ [Master's thesis]", "MSc dissertation", "PhD thesis",
            "Luận án tiến sĩ [Doctoral thesis]", "Master of Marketing thesis"]  # fmt: skip
_CONFERENCES = ["Proceedings of the International Conference on Business and Finance (ICBF)",
                "Proceedings of the Vietnam Marketing Conference", "Kỷ yếu Hội thảo khoa học quốc gia về Marketing",
                "Proceedings of the International Conference on Emerging Challenges (ICECH)",
                "Proceedings of the Asia Pacific Marketing Academy Conference",
                "Proceedings of the UEH International Conference on Digital Economy"]  # fmt: skip
# (name, tags): companies as candidates write them, with their legal forms
_COMPANIES = [
    ("Vietcombank", {"company"}), ("Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank)", {"company", "abbreviation"}),
    ("Techcombank", {"company"}), ("VPBank", {"company"}), ("MoMo", {"company"}),
    ("Công ty Cổ phần Dịch vụ Di động Trực tuyến (M_Service)", {"company", "abbreviation"}), ("ZaloPay", {"company"}),
    ("VNPAY", {"company"}), ("Viettel Group", {"company"}), ("Tập đoàn Công nghiệp – Viễn thông Quân đội (Viettel)", {"company", "abbreviation"}),
    ("VNPT", {"company", "acronym"}), ("MobiFone", {"company"}), ("Vingroup JSC", {"company"}),
    ("Masan Group", {"company"}), ("Masan Consumer", {"company"}), ("Sun Group", {"company"}), ("FPT Corporation", {"company"}),
    ("Vinamilk", {"company"}), ("Công ty Cổ phần Sữa Việt Nam (Vinamilk)", {"company", "abbreviation"}),
    ("TH True Milk", {"company"}), ("Trung Nguyên Legend", {"company"}), ("Highlands Coffee", {"company"}),
    ("Phúc Long Heritage", {"company"}), ("Sabeco", {"company"}), ("Heineken Vietnam", {"company"}),
    ("Vĩnh Hoàn Corporation", {"company"}), ("Minh Phu Seafood Corporation", {"company"}),
    ("Lộc Trời Group", {"company"}), ("May 10 Corporation", {"company"}), ("Công ty TNHH Samsung Electronics Việt Nam", {"company"}),
    ("Shopee Vietnam", {"company"}), ("Tiki", {"company"}), ("Lazada Vietnam", {"company"}), ("TikTok Shop", {"company"}),
    ("Bách Hóa Xanh", {"company"}), ("Mobile World Investment Corporation (MWG)", {"company", "abbreviation"}),
    ("WinCommerce", {"company"}), ("Circle K Vietnam", {"company"}), ("Vietnam Airlines JSC", {"company"}),
    ("Vietjet Aviation JSC", {"company"}), ("Bamboo Airways", {"company"}), ("Công ty TNHH Unilever Việt Nam", {"company"}),
    ("Dentsu Vietnam", {"company"}), ("Ogilvy Vietnam", {"company"}), ("VCCorp", {"company"}),
    ("Brands Vietnam", {"press"}), ("Advertising Vietnam", {"press"}), ("Google, Temasek & Bain & Company", {"company", "ampersand", "comma"}),
    ("PwC Vietnam", {"company"}), ("Deloitte Vietnam", {"company"}), ("Ernst & Young Vietnam", {"company", "ampersand"}),
]  # fmt: skip
_BODIES = [
    ("Vietnam E-commerce Association (VECOM)", {"trade-body", "abbreviation"}), ("Hiệp hội Thương mại điện tử Việt Nam", {"trade-body"}),
    ("Vietnam Chamber of Commerce and Industry (VCCI)", {"trade-body", "abbreviation"}), ("VCCI", {"trade-body", "acronym"}),
    ("Vietnam Dairy Association", {"trade-body"}), ("Vietnam Coffee and Cocoa Association (VICOFA)", {"trade-body", "abbreviation"}),
    ("Vietnam Association of Seafood Exporters and Producers (VASEP)", {"trade-body", "abbreviation"}),
    ("Vietnam Textile and Apparel Association (VITAS)", {"trade-body", "abbreviation"}), ("Vietnam Banks Association", {"trade-body"}),
    ("Vietnam Food Association", {"trade-body"}), ("Vietnam Advertising Association", {"trade-body"}),
    ("EuroCham Vietnam", {"trade-body"}), ("AmCham Vietnam", {"trade-body"}), ("Vietnam Beer Alcohol Beverage Association (VBA)", {"trade-body", "abbreviation"}),
]  # fmt: skip
_GOVERNMENT = [
    "State Bank of Vietnam", "State Bank of Vietnam (SBV)", "Ngân hàng Nhà nước Việt Nam",
    "Ministry of Information and Communications", "Bộ Thông tin và Truyền thông", "Ministry of Industry and Trade",
    "Bộ Công Thương", "General Statistics Office (GSO)", "General Statistics Office of Vietnam", "Tổng cục Thống kê",
    "Vietnam Competition Commission", "Vietnam E-commerce and Digital Economy Agency (iDEA)", "Ministry of Finance",
    "Vietnam National Administration of Tourism", "Ministry of Agriculture and Rural Development",
]  # fmt: skip
# (issuing body, number as written, year, subject): the theme's numbering of laws, decrees, circulars and decisions
_LAWS = [
    ("Government of Vietnam", "Decree No. 13/{y}/ND-CP", 2023, "on personal data protection"),
    ("Chính phủ", "Nghị định 13/{y}/NĐ-CP", 2023, "về bảo vệ dữ liệu cá nhân [on personal data protection]"),
    ("Government of Vietnam", "Decree No. 52/{y}/ND-CP", 2013, "on e-commerce"),
    ("Government of Vietnam", "Decree No. 85/{y}/ND-CP", 2021, "amending Decree No. 52/2013/ND-CP on e-commerce"),
    ("Government of Vietnam", "Decree No. 91/{y}/ND-CP", 2020, "on fighting spam messages, spam emails and spam calls"),
    ("Government of Vietnam", "Decree No. 70/{y}/ND-CP", 2021, "on advertising"),
    ("Chính phủ", "Nghị định 181/{y}/NĐ-CP", 2013, "quy định chi tiết thi hành Luật Quảng cáo [detailing the Law on Advertising]"),
    ("State Bank of Vietnam", "Circular 09/{y}/TT-NHNN", 2020, "on information system security in banking operations"),
    ("State Bank of Vietnam", "Circular 16/{y}/TT-NHNN", 2020, "on opening payment accounts by electronic means (eKYC)"),
    ("Ngân hàng Nhà nước Việt Nam", "Thông tư 17/{y}/TT-NHNN", 2024, "về mở và sử dụng tài khoản thanh toán [on opening and using payment accounts]"),
    ("National Assembly of Vietnam", "Law No. 59/{y}/QH14", 2020, "on Enterprises"),
    ("National Assembly of Vietnam", "Law No. 19/{y}/QH15", 2023, "on Protection of Consumers' Rights"),
    ("Quốc hội", "Luật Quảng cáo số 16/{y}/QH13", 2012, "[Law on Advertising No. 16/2012/QH13]"),
    ("National Assembly of Vietnam", "Law No. 24/{y}/QH14", 2018, "on Cybersecurity"),
    ("National Assembly of Vietnam", "Law No. 23/{y}/QH14", 2018, "on Competition"),
    ("Prime Minister of Vietnam", "Decision No. 749/QĐ-TTg", 2020, "approving the National Digital Transformation Programme to 2025, with orientations to 2030"),
    ("Ministry of Information and Communications", "Circular 38/{y}/TT-BTTTT", 2016, "on cross-border provision of public information"),
]  # fmt: skip
_RESEARCH = ["Q&Me", "Decision Lab", "Vietnam Report", "Nielsen Vietnam", "Kantar Worldpanel Vietnam", "Cimigo",
             "Metric.vn", "YouNet Media", "Statista", "Euromonitor International", "Mintel", "GlobalData", "Ipsos Vietnam",
             "DataReportal", "Buzzmetrics"]  # fmt: skip
_RESEARCH_MARKETS = ["e-wallets", "instant coffee", "liquid milk", "beer", "convenience stores", "smartphones",
                     "online food delivery", "skincare", "instant noodles", "bottled water", "fast fashion",
                     "mobile banking apps", "frozen seafood", "packaged rice", "domestic air travel"]  # fmt: skip
_PRESS = ["VnExpress International", "VnExpress", "Tuổi Trẻ", "Tuoi Tre News", "Thanh Niên", "VietNamNet",
          "Việt Nam News", "The Saigon Times", "Vietnam Investment Review", "Nhịp Cầu Đầu Tư", "Người Lao Động",
          "Người Việt", "SBS Vietnamese", "BBC News Tiếng Việt", "Nikkei Asia", "Tech in Asia", "Brands Vietnam",
          "Advertising Vietnam", "Café F", "Forbes Việt Nam", "Reuters"]  # fmt: skip
_PLATFORMS = ["Facebook", "LinkedIn", "Instagram", "TikTok", "Zalo Official Account", "X (formerly Twitter)"]
_DOMAINS = ["vnexpress.net", "tuoitre.vn", "brandsvietnam.com", "advertisingvietnam.com", "momo.vn", "vietcombank.com.vn",
            "techcombank.com", "sbv.gov.vn", "gso.gov.vn", "mic.gov.vn", "moit.gov.vn", "vinamilk.com.vn", "qandme.net",
            "decisionlab.co", "vietnamreport.net.vn", "thuvienphapluat.vn", "chinhphu.vn", "vietjetair.com"]  # fmt: skip


def _ascii(text: str) -> str:
    """A name as it is typed without Vietnamese diacritics: "Nguyễn Thị Thủy" as "Nguyen Thi Thuy"."""
    plain = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in plain if not unicodedata.combining(ch))


def _short(name: str) -> str:
    """The name an organisation goes by: "Vinamilk" for "Công ty Cổ phần Sữa Việt Nam (Vinamilk)"."""
    return name.split(" (")[-1].rstrip(")") if "(" in name else name


def _group(tags: set[str]) -> str:
    return next((tag for tag in ("government", "trade-body", "press", "market-research") if tag in tags), "company")


class Blind131WorkFactory(WorkFactory):
    """The blind131 pool's works: Vietnamese and diaspora authors, Vietnamese institutions and their numbering."""

    DRAWN: ClassVar[dict[str, int]] = {
        "book": 11, "chapter": 4, "journal": 20, "thesis": 5, "conference": 4, "company-web": 9, "company-report": 6,
        "body": 5, "government": 6, "legislation": 5, "market-research": 8, "news": 7, "press": 4, "social": 3,
        "video": 2, "podcast": 2, "undated-web": 4,
    }  # fmt: skip
    KINDS: ClassVar[tuple[str, ...]] = ("book", "chapter", "journal", "thesis", "conference", "web", "report",
                                        "legislation", "market-research", "news", "social", "video", "podcast")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 131 + 13101)
        self.surnames: list[str] = []
        self.dated_orgs: list[tuple[str, set[str], int]] = []

    # ------------------------------------------------------------------ people
    def _vietnamese(self) -> dict[str, str]:
        female = self.rng.random() < 0.55
        middle = self.rng.choice(_MIDDLES_F if female else _MIDDLES_M)
        given = self.rng.choice(_GIVEN_F if female else _GIVEN_M)
        parts = [middle]
        if self.rng.random() < 0.35:
            parts.append(self.rng.choice(_SECOND))
        elif self.rng.random() < 0.15:
            parts = []  # no middle name ("Lê Linh")
        parts.append(given)
        if self.rng.random() < 0.05:
            family = self.rng.choice(_COMPOUND_FAMILIES)
        elif self.surnames and self.rng.random() < 0.15:  # a second Nguyen or Tran in the same report
            family = self.rng.choice(self.surnames)
        else:
            family = self.rng.choice(_FAMILIES)
        return {"family": family, "given": " ".join(parts)}

    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.5:
            name = self._vietnamese()
        elif roll < 0.68:  # typed without diacritics, as on many English-language papers
            name = {key: _ascii(value) for key, value in self._vietnamese().items()}
        elif roll < 0.72:  # filed by the given name, the Western way: "Khai, N.T.M."
            vietnamese = self._vietnamese()
            words = vietnamese["given"].split()
            name = {"family": words[-1], "given": " ".join([vietnamese["family"], *words[:-1]])}
            if self.rng.random() < 0.5:
                name = {key: _ascii(value) for key, value in name.items()}
        elif roll < 0.84:  # overseas Vietnamese with English or French given names
            family = self.rng.choice(_FAMILIES[:12])
            if self.rng.random() < 0.6:
                family = _ascii(family)
            if self.rng.random() < 0.12:
                family = self.rng.choice(_DIASPORA_HYPHENATED)
            name = {"family": family, "given": self.rng.choice(_DIASPORA_GIVEN)}
        elif roll < 0.97:
            family, given = self.rng.choice(_EXPATRIATES)
            name = {"family": family, "given": given}
        else:
            particle, family, given = self.rng.choice(_PARTICLED)
            name = {"family": family, "given": given, "non-dropping-particle": particle}
        if name["family"].split()[0] in ("Nguyễn", "Nguyen", "Trần", "Tran", "Lê", "Le", "Phạm", "Pham"):
            self.surnames.append(name["family"])
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[30, 25, 18, 12, 6, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    # ------------------------------------------------------------------ dates, titles
    def year(self) -> int:
        if self.rng.random() < 0.04:  # the classics
            return self.rng.randint(1980, 2004)
        return self.rng.randint(2008, 2025)

    def accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        start = issued[0] if issued else 2022
        year = self.rng.randint(max(start, 2023), 2025) if start <= 2025 else start
        month = self.rng.randint(1, 12)
        day = self.rng.randint(1, 28)
        if issued and year == issued[0]:
            month = max(month, issued[1] if len(issued) > 1 else 1)
            if len(issued) > 2 and month == issued[1]:
                day = max(day, issued[2])
        return {"date-parts": [[year, month, day]]}

    def _date(self, year: int) -> list[int]:
        return [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]

    def _title(self) -> str:
        roll = self.rng.random()
        if roll < 0.3:  # a research title, not a textbook's
            vietnamese, english = self.rng.choice(_VN_TOPICS[:4] + _VN_TOPICS[10:])
            return f"{vietnamese} [{english}]"
        topic, other = self.rng.choice(_EN_TOPICS), self.rng.choice(_EN_TOPICS)
        place = self.rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}: evidence from {self.rng.choice(['Hanoi', 'Ho Chi Minh City', 'Da Nang', 'Can Tho', 'Hai Phong', 'Hue', 'Nha Trang'])}",
                 f"The effect of {topic} on {other} in {place}", f"Why {topic} matters in {place}",
                 f"{topic[0].upper()}{topic[1:]} and {other}: a study of Vietnamese consumers",
                 f"Understanding {topic} among Vietnamese millennials", f"{topic[0].upper()}{topic[1:]}: lessons from {place}",
                 f"Drivers of {topic} in an emerging market: the case of {place}",
                 f"From Đổi Mới to digital: {topic} in {place}"]  # fmt: skip
        return self.rng.choice(forms)

    def _url(self, owner: str = "") -> str:
        """A page's address: on the owner's own domain when there is one ("Tuổi Trẻ" at tuoitre.vn)."""
        slug = self.fakers["en_GB"].slug()
        if owner:
            short = owner.split(" (")[-1].rstrip(")") if "(" in owner else owner
            words = [w for w in _ascii(short).replace("&", " ").split() if w[:1].isupper() or w[:1].isdigit()]
            letters = [w[0] for w in words] if len(words) > 2 else words
            word = "".join(ch for ch in "".join(letters).lower() if ch.isalnum())
            domain = f"{word}.{self.rng.choice(['vn', 'com.vn', 'com', 'gov.vn' if 'government' in owner.lower() else 'vn'])}"
        else:
            domain = self.rng.choice(_DOMAINS)
        return f"https://{self.rng.choice(['www.', ''])}{domain}/{slug}"

    def _id(self) -> str:
        self.counter += 1
        return f"b131w{self.counter}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation in the same year as an earlier work: "Q&Me, 2019a" and "2019b". Only an
        # organisation of the same sort takes the work over (a company's page stays a company's), under its own name.
        group = _group(tags)
        same = [entry for entry in self.dated_orgs if _group(entry[1]) == group]
        if same and "issued" in record and kind not in ("legislation", "market-research") and self.rng.random() < 0.2:
            old = name
            name, tags, year = self.rng.choice(same)
            parts = record["issued"]["date-parts"][0]
            record["issued"] = {"date-parts": [[year, *parts[1:]]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
            if record.get("container-title") == old:  # an unsigned article: the paper is its author
                record["container-title"] = name
            if "URL" in record and record.get("container-title", name) == name:
                record["URL"] = self._url(name)
            title = re.sub(r"\b(19|20)\d\d\b", str(year), str(record["title"]))
            record["title"] = title.replace(_short(old), _short(name))
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated_orgs.append((name, tags, record["issued"]["date-parts"][0][0]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_BOOK_PUBLISHERS)
        vietnamese = publisher.startswith("NXB")
        if vietnamese:
            title, english = self.rng.choice(_VN_TOPICS[4:10])
            title = f"{title} [{english}]"
        else:
            title = self.rng.choice([self._title(), f"Marketing in Vietnam: {self.rng.choice(_EN_TOPICS)}",
                                     "Principles of marketing: an Asian perspective", "Marketing management in Asia",
                                     "Doing business in Vietnam", "Digital marketing: strategy, implementation and practice",
                                     "Services marketing in emerging Asia", "Brand management in Southeast Asia"])  # fmt: skip
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 8))
        if self.rng.random() < 0.15:
            record["medium"] = "e-book"
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_BOOK_PUBLISHERS[:9])
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["The Routledge handbook of marketing in Asia", "Marketing in Vietnam",
                                                "Business in Vietnam: from Đổi Mới to the digital economy",
                                                "The Vietnamese economy at a crossroads", "Consumer behaviour in Southeast Asia",
                                                "Digital transformation in ASEAN"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{(start := self.rng.randint(1, 600))}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice(['1108', '1016', '1080', '57110', '24311'])}/{self.fakers['en_GB'].lexify('????').upper()}-{self.rng.randint(10, 99)}-{self.rng.randint(1000, 9999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "issued": {"date-parts": [[self.rng.randint(2012, 2025)]]}, "publisher": university,
                                  "publisher-place": place, "genre": self.rng.choice(_DEGREES)}  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        year = self.rng.randint(2015, 2025)
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": f"{self.rng.choice(_CONFERENCES)} {year}", "issued": {"date-parts": [[year]]},
            "publisher": self.rng.choice(["NXB Kinh tế TP. Hồ Chí Minh", "Springer", "UEH Publishing House",
                                          "NXB Đại học Kinh tế Quốc dân", "Atlantis Press"]),
            "publisher-place": self.rng.choice(["Ho Chi Minh City", "Hà Nội", "Cham", "Da Nang"]),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(6, 15)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _company_title(self, name: str, year: int | None) -> str:
        short, stamp = _short(name), year or self.rng.randint(2019, 2024)
        return self.rng.choice([f"About {short}", f"{short} sustainability report {stamp}",
                                f"Giới thiệu về {short} [About {short}]", "Our story", "Tầm nhìn và sứ mệnh [Vision and mission]",
                                f"{short} launches Tết {stamp} campaign", "Investor relations",
                                "Press release: new loyalty programme", f"Báo cáo thường niên {stamp} [Annual report {stamp}]",
                                "Brand guidelines", "Khuyến mãi 11.11 [11.11 promotions]"])  # fmt: skip

    def _company_web(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {"type": "webpage", "URL": self._url(name)}
        if self.rng.random() < 0.8:
            record["issued"] = {"date-parts": [[self.year()]]}
        record["title"] = self._company_title(
            name, record["issued"]["date-parts"][0][0] if "issued" in record else None
        )
        record["accessed"] = self.accessed_after(record.get("issued", {}).get("date-parts", [None])[0])
        if self.rng.random() < 0.08:  # pasted from the browser without an access date
            del record["accessed"]
        return self._org_work(record, "web", name, tags)

    def _company_report(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.year()
        title = self.rng.choice([f"Annual report {year}", f"Báo cáo thường niên {year} [Annual report {year}]",
                                 f"Sustainable development report {year}", f"Integrated report {year}",
                                 self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0],
                                  "publisher-place": self.rng.choice(["Hanoi", "Ho Chi Minh City", "Hà Nội", "TP. Hồ Chí Minh"])}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url(name)
            record["accessed"] = self.accessed_after([year])
        if self.rng.random() < 0.5:  # a person-authored report: the brand manager's or the analyst's
            record["author"] = self._people(3)
            return self._person_work(record, "report")
        return self._org_work(record, "report", name, tags)

    def _body(self) -> Work:
        name, tags = self.rng.choice(_BODIES)
        year = self.year()
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]),
                                  "title": self.rng.choice([f"{_short(name)} annual report {year}", f"Báo cáo ngành {year} [Industry report {year}]",
                                                            f"Export outlook {year}", self._title(), "Member directory",
                                                            f"White book {year}: trade and investment issues and recommendations"]),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(name)}  # fmt: skip
        record["accessed"] = self.accessed_after([year])
        if record["type"] == "report":
            record["publisher"], record["publisher-place"] = name.split(" (")[0], "Hanoi"
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _government(self) -> Work:
        name = self.rng.choice(_GOVERNMENT)
        year = self.year()
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]),
                                  "title": self.rng.choice([f"Socio-economic situation in the fourth quarter and the whole year {year}",
                                                            f"Tình hình kinh tế – xã hội năm {year} [Socio-economic situation in {year}]",
                                                            f"Statistical yearbook of Vietnam {year}", f"Vietnam e-commerce white book {year}",
                                                            f"Báo cáo Thương mại điện tử Việt Nam {year} [Vietnam e-commerce report {year}]",
                                                            "Non-cash payment statistics", self._title(),
                                                            f"Annual report {year}", "Press release on interest rates"]),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(name)}  # fmt: skip
        record["accessed"] = self.accessed_after([year])
        if record["type"] == "report" and self.rng.random() < 0.5:
            record["publisher"] = self.rng.choice(["Statistical Publishing House", "NXB Thống kê", name.split(" (")[0]])
            record["publisher-place"] = "Hà Nội" if self.rng.random() < 0.5 else "Hanoi"
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _legislation(self) -> Work:
        body, number, year, subject = self.rng.choice(_LAWS)
        title = f"{number.format(y=year)} {subject}"
        parts = self._date(year)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [parts]},
                                  "URL": f"https://{self.rng.choice(['thuvienphapluat.vn', 'vanban.chinhphu.vn', 'luatvietnam.vn', 'sbv.gov.vn'])}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        record["accessed"] = self.accessed_after(parts)
        return self._org_work(record, "legislation", body, {"government", "legislation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.88 else None
        market = self.rng.choice(_RESEARCH_MARKETS)
        stamp = year or 2024
        title = self.rng.choice([f"Vietnam {market} market report {stamp}", f"{market.capitalize()} in Vietnam {stamp}",
                                 f"Vietnamese consumers' {market} usage and attitude survey {stamp}",
                                 f"Top 10 {market} brands in Vietnam, Q{self.rng.randint(1, 4)}/{stamp}",
                                 f"Digital {stamp}: Vietnam", f"Tết {stamp} consumer insights",
                                 f"Vietnam {market}: size, share and forecast to 2030"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name, "URL": self._url(name)}
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self.accessed_after([year] if year else None)
        return self._org_work(record, "market-research", name, {"market-research"})

    def _news(self) -> Work:
        parts = self._date(self.rng.randint(2012, 2025))
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._news_title(), "author": self._people(2),
                                  "container-title": self.rng.choice(_PRESS), "issued": {"date-parts": [parts]}}  # fmt: skip
        record["URL"] = self._url(record["container-title"])
        record["accessed"] = self.accessed_after(parts)
        return self._person_work(record, "news")

    def _news_title(self) -> str:
        if self.rng.random() < 0.3:
            vietnamese, english = self.rng.choice(_VN_TOPICS[:4] + _VN_TOPICS[10:])
            return f"{vietnamese} [{english}]"
        return self.rng.choice([f"{self.rng.choice(['MoMo', 'ZaloPay', 'VNPAY', 'Techcombank', 'VPBank'])} races to win Gen Z users",
                                "Vietnamese shoppers spend record sums on 11.11", "Tết spending falls as consumers tighten belts",
                                "Beer sales slump after drink-driving crackdown", "TikTok Shop overtakes Lazada in Vietnam",
                                "Vietjet adds routes to Seoul and Sydney", "Coffee exports hit record value",
                                "State Bank tightens rules on e-wallets", "Vinamilk refreshes its brand identity after 47 years",
                                "Bách Hóa Xanh returns to profit", f"Why {self.rng.choice(_EN_TOPICS)} is booming in Vietnam",
                                "Overseas Vietnamese send home record remittances"])  # fmt: skip

    def _press(self) -> Work:
        name = self.rng.choice(_PRESS)
        parts = self._date(self.rng.randint(2014, 2025))
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._news_title(), "container-title": name,
                                  "issued": {"date-parts": [parts]}, "URL": self._url(name)}  # fmt: skip
        record["accessed"] = self.accessed_after(parts)
        return self._org_work(record, "news", name, {"press"})

    def _social(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES[:40])
        parts = self._date(self.rng.randint(2018, 2025))
        record: dict[str, Any] = {"type": "webpage", "container-title": self.rng.choice(_PLATFORMS),
                                  "title": self.rng.choice(["Tết này lì xì qua ví [This Tết, send lucky money by e-wallet]",
                                                            "Mừng ngày Phụ nữ Việt Nam 20/10 [Happy Vietnamese Women's Day]",
                                                            "Trung thu đoàn viên [A Mid-Autumn reunion]", "9.9 Siêu Sale [9.9 Super Sale]",
                                                            "We are hiring: brand executive", "Thank you for 10 million customers",
                                                            "Behind the scenes of our new TVC"]),
                                  "issued": {"date-parts": [parts]}}  # fmt: skip
        platform = record["container-title"].split()[0].lower()
        record["URL"] = (
            f"https://www.{'zalo.me' if platform == 'zalo' else platform + '.com'}/{self.fakers['en_GB'].slug()}"
        )
        record["accessed"] = self.accessed_after(parts)
        if self.rng.random() < 0.3:  # a marketer's own LinkedIn post
            record["author"] = [self.person()]
            record["container-title"] = "LinkedIn"
            record["URL"] = f"https://www.linkedin.com/posts/{self.fakers['en_GB'].slug()}"
            return self._person_work(record, "social")
        return self._org_work(record, "social", name, tags | {"social"})

    def _video(self) -> Work:
        parts = self._date(self.rng.randint(2016, 2025))
        record: dict[str, Any] = {"type": "motion_picture", "medium": "YouTube video", "issued": {"date-parts": [parts]},
                                  "title": self.rng.choice(["Tết là để trở về [Tết is for coming home]", "Ghen Cô Vy handwashing song",
                                                            "How MoMo built a super app", "Inside Vietnam's coffee boom",
                                                            "Marketing to Gen Z in Vietnam", "Our Tết TVC: behind the scenes"]),
                                  "URL": f"https://www.youtube.com/watch?v={self.fakers['en_GB'].lexify('???????????')}"}  # fmt: skip
        record["accessed"] = self.accessed_after(parts)
        if self.rng.random() < 0.5:
            record["author"] = [self.person()]
            return self._person_work(record, "video")
        name, tags = self.rng.choice(_COMPANIES)
        return self._org_work(record, "video", name, tags)

    def _podcast(self) -> Work:
        parts = self._date(self.rng.randint(2019, 2025))
        record: dict[str, Any] = {"type": "song", "medium": "Podcast", "issued": {"date-parts": [parts]},
                                  "container-title": self.rng.choice(["Brands Vietnam Podcast", "Have A Sip", "Vietcetera",
                                                                      "Marketing Không Ngủ [Marketing Never Sleeps]", "Asia Marketing Talks"]),
                                  "title": f"Ep. {self.rng.randint(1, 250)}: {self._title()}", "author": self._people(2)}  # fmt: skip
        host = self.rng.choice(
            ["open.spotify.com/episode", "podcasts.apple.com/vn/podcast", "www.youtube.com/@vietcetera"]
        )
        record["URL"] = f"https://{host}/{self.fakers['en_GB'].lexify('??????????')}"
        record["accessed"] = self.accessed_after(parts)
        return self._person_work(record, "podcast")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title()}
        record["accessed"] = self.accessed_after(None)
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            record["URL"] = self._url()
            return self._person_work(record, "web")
        name, tags = self.rng.choice(_COMPANIES + _BODIES)
        record["URL"] = self._url(name)
        return self._org_work(record, "web", name, tags | {"undated"})
