"""Works for the "blind197" pool (HELD OUT): what marketers in Vietnam and its diaspora cite in CIM reports and MBAs.

Vietnamese authors in their own order (family, middle, given: "Nguyễn, T.B.N."), with and without their
diacritics, now and then written whole as Vietnamese reading lists do ("Nguyễn Văn An"), given name first in the
diaspora ("Bich Ngoc Tran" filed as "Tran, B.N."), Hoa, Khmer Krom, Cham and Tày names, compound family names
("Tôn Nữ", "Tôn Thất") and expatriates; textbooks and e-books (NXB Trẻ, NXB Kinh tế TP. Hồ Chí Minh beside
Pearson), chapters, journals with one to eight authors and some DOIs, theses from NEU, FTU, UEH, RMIT Vietnam,
Fulbright and VNU, conference papers, companies (JSC, CTCP, TNHH, Tập đoàn), regulators and ministries, laws and
decrees numbered as Vietnam numbers them, research firms' titles with a year, signed and unsigned news,
social posts, podcasts, videos and undated pages; Vietnamese titles with English in square brackets.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import datetime
import random
import re
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# Family names, with and without diacritics, as they stand in English-language journals and Vietnamese ones.
_FAMILIES = ["Nguyễn", "Nguyễn", "Nguyễn", "Nguyen", "Nguyen", "Trần", "Tran", "Lê", "Le", "Phạm", "Pham", "Hoàng",
             "Hoang", "Huỳnh", "Huynh", "Phan", "Vũ", "Vu", "Võ", "Vo", "Đặng", "Dang", "Bùi", "Bui", "Đỗ", "Do",
             "Hồ", "Ho", "Ngô", "Ngo", "Dương", "Duong", "Lý", "Ly", "Đinh", "Dinh", "Trương", "Truong", "Đoàn",
             "Doan", "Lương", "Luong", "Mai", "Cao", "Tạ", "Ta", "Lâm", "Lam", "Trịnh", "Trinh", "Châu", "Chau",
             "Quách", "Hà", "Ha", "Kiều", "Tôn", "Thái", "Thai", "Văn", "Khúc", "La", "Từ", "Tô"]  # fmt: skip
_MIDDLES = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc", "Xuân", "Hoàng", "Thu", "Kim", "Bảo",
            "Gia", "Phương", "Mỹ", "Anh", "Tuấn", "Công", "Đình", "Thế", "Hồng", "Khánh", "Diệu"]  # fmt: skip
_GIVENS = ["An", "Bình", "Chi", "Dũng", "Hà", "Hải", "Hạnh", "Hiền", "Hiếu", "Hoa", "Hùng", "Huy", "Hương", "Khoa",
           "Lan", "Linh", "Long", "Mai", "Minh", "Nam", "Ngọc", "Nhung", "Phong", "Phúc", "Phương", "Quang",
           "Quân", "Sơn", "Tâm", "Thảo", "Thắng", "Thủy", "Trang", "Trung", "Tú", "Tuấn", "Vân", "Việt", "Vy",
           "Yến", "Bích Ngọc", "Thu Hà", "Thanh Tâm", "Minh Anh", "Ngọc Ánh", "Bảo Châu", "Khánh Linh"]  # fmt: skip
_PLAIN = str.maketrans("ăâđêôơưĂÂĐÊÔƠƯ", "aadeoouAADEOOU")
# Whole names: Hoa (Chinese-Vietnamese), Khmer Krom, Cham, Tày and Nùng, royal compound families.
_WHOLE = [("Lâm", "Chấn Huy"), ("Quách", "Tuấn Du"), ("Mã", "Thị Lệ Quyên"), ("Lưu", "Bội Kỳ"), ("Trịnh", "Gia Hào"),
          ("Thạch", "Thị Sa Rinh"), ("Sơn", "Ngọc Thành"), ("Danh", "Út"), ("Kim", "Sóc Vàng"), ("Lâm", "Sa Phol"),
          ("Đàng", "Năng Thọ"), ("Thành", "Phú Bá"), ("Quảng", "Đại Tuyên"), ("Bá", "Thị Ka"), ("Nông", "Quốc Tuấn"),
          ("Ma", "Thị Nguyệt"), ("Bế", "Văn Khởi"), ("Lục", "Thị Liên"), ("Hoàng", "Thị Hoa Mai"),
          ("Tôn Nữ", "Thị Ninh"), ("Tôn Thất", "Minh Khôi"), ("Nguyễn Phúc", "Bửu Chánh"), ("Lương", "Hoài Nam")]  # fmt: skip
# Diaspora names given name first on their papers, filed under the last word.
_DIASPORA = [("Nguyen", "Vinh"), ("Tran", "Bich Ngoc"), ("Le", "Tram Anh"), ("Pham", "Kevin"), ("Dang", "Thuy Vo"),
             ("Huynh", "Michelle"), ("Vo", "Linda"), ("Truong", "Quyen"), ("Bui", "Long"), ("Ngo", "Peter"),
             ("Duong", "Anh Thu"), ("Lam", "Andrew"), ("Hoang", "Thanh Binh"), ("Do", "Jacqueline"),
             ("Phan", "Tuan Anh"), ("Nguyen-Phuoc", "Thao"), ("Tran-Nguyen", "Mai"), ("Luu", "Vivian")]  # fmt: skip
# Expatriates and foreign academics who write about Vietnamese marketing.
_EXPATS = [("Smith", "Jonathan"), ("McKenzie", "Fiona"), ("Jensen", "Mette"), ("Müller", "Stefan"),
           ("Lefèvre", "Camille"), ("Kowalski", "Piotr"), ("Novák", "Jiří"), ("Tanaka", "Yuki"), ("Kim", "Ji-hoon"),
           ("Park", "Seo-yeon"), ("Chen", "Wei-ting"), ("Lin", "Yu-chen"), ("O'Brien", "Siobhan"),
           ("Gillespie", "Rachel"), ("Sharma", "Priya"), ("Wójcik", "Anna"), ("King", "Victor T."),
           ("Dwyer", "Larry"), ("Tan", "Kok Wei"), ("Lim", "Hui Min"), ("Fischer", "Lena"), ("Dubois", "Hélène")]  # fmt: skip

_JOURNALS = ["Journal of Asian Business and Economic Studies", "Journal of Economics and Development",
             "VNU Journal of Economics and Business", "Tạp chí Kinh tế & Phát triển [Journal of Economics and Development]",
             "Tạp chí Khoa học Thương mại [Journal of Trade Science]", "Asia Pacific Journal of Marketing and Logistics",
             "International Journal of Bank Marketing", "Journal of Retailing and Consumer Services",
             "Cogent Business & Management", "Journal of Asia Business Studies", "Young Consumers",
             "Asia Pacific Business Review", "Journal of International Consumer Marketing",
             "Tạp chí Nghiên cứu Kinh tế [Journal of Economic Studies]", "Journal of Islamic Marketing",
             "International Journal of Emerging Markets", "Journal of Southeast Asian Economies",
             "Tạp chí Ngân hàng [Banking Review]", "Tạp chí Công Thương [Industry and Trade Magazine]"]  # fmt: skip
_TOPICS_EN = ["e-wallet adoption", "mobile banking", "QR payments", "Tết advertising", "livestream selling",
              "TikTok Shop", "KOL and KOC marketing", "Gen Z coffee culture", "brand love", "cashless payments",
              "food delivery apps", "ride-hailing loyalty", "country-of-origin effects", "green packaging",
              "dairy brands", "electric scooters", "convenience stores", "buy now, pay later", "Zalo marketing",
              "social commerce", "online reviews", "fast-moving consumer goods", "instant noodles",
              "beer advertising", "local fashion brands", "customer experience in banking", "personal data consent"]  # fmt: skip
_TOPICS_VI = [("hành vi mua sắm trực tuyến của thế hệ Z", "online shopping behaviour of Generation Z"),
              ("ý định sử dụng ví điện tử", "intention to use e-wallets"),
              ("lòng trung thành thương hiệu", "brand loyalty"), ("tiếp thị qua người có ảnh hưởng", "influencer marketing"),
              ("quyết định mua sữa của người tiêu dùng", "consumers' milk purchase decisions"),
              ("chất lượng dịch vụ ngân hàng số", "digital banking service quality"),
              ("truyền thông thương hiệu dịp Tết", "brand communication at Tết"),
              ("bán hàng qua livestream", "livestream selling"), ("thương mại điện tử", "e-commerce"),
              ("trải nghiệm khách hàng tại chuỗi cà phê", "customer experience in coffee chains"),
              ("quảng cáo trên mạng xã hội", "social media advertising"), ("tiêu dùng xanh", "green consumption")]  # fmt: skip
_CITIES = ["Hà Nội", "TP. Hồ Chí Minh", "Ho Chi Minh City", "Hanoi", "Đà Nẵng", "Cần Thơ", "Hải Phòng", "Huế",
           "Bình Dương", "Nha Trang"]  # fmt: skip
_BOOK_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Palgrave Macmillan", "Singapore"),
                    ("Springer", "Cham"), ("ISEAS Publishing", "Singapore"), ("NIAS Press", "Copenhagen"),
                    ("NXB Trẻ", "TP. Hồ Chí Minh"), ("NXB Kinh tế TP. Hồ Chí Minh", "TP. Hồ Chí Minh"),
                    ("NXB Đại học Kinh tế Quốc dân", "Hà Nội"), ("NXB Lao động", "Hà Nội"), ("NXB Thống kê", "Hà Nội"),
                    ("Nhà xuất bản Tổng hợp TP.HCM", "TP. Hồ Chí Minh"), ("Kogan Page", "London"),
                    ("Nhà xuất bản Chính trị quốc gia Sự thật", "Hà Nội"), ("Alpha Books và NXB Công Thương", "Hà Nội")]  # fmt: skip
_UNIVERSITIES = ["Trường Đại học Kinh tế Quốc dân (NEU)", "National Economics University", "Trường Đại học Ngoại thương",
                 "Foreign Trade University", "University of Economics Ho Chi Minh City (UEH)", "Trường Đại học Kinh tế TP. Hồ Chí Minh",
                 "RMIT University Vietnam", "Fulbright University Vietnam", "Vietnam National University, Hanoi",
                 "Đại học Quốc gia TP. Hồ Chí Minh", "Western Sydney University", "California State University, Fullerton",
                 "Swinburne University of Technology", "Banking Academy of Vietnam", "Trường Đại học Thương mại"]  # fmt: skip
_GENRES = ["MBA thesis", "Luận văn thạc sĩ [Master's thesis]", "Luận án tiến sĩ [PhD thesis]", "PhD thesis",
           "Master of Marketing thesis", "MBA dissertation", "Khóa luận tốt nghiệp [Bachelor's thesis]"]  # fmt: skip

# Organisations as authors, with what makes them hard.
_COMPANIES: list[tuple[str, set[str]]] = [
    ("Vinamilk", {"company"}), ("Vietnam Dairy Products JSC (Vinamilk)", {"company", "abbreviation"}),
    ("Công ty Cổ phần Sữa Việt Nam (Vinamilk)", {"company", "abbreviation"}), ("Masan Group", {"company"}),
    ("Masan Consumer Corporation", {"company"}), ("Mobile World Investment Corporation", {"company"}),
    ("Công ty Cổ phần Đầu tư Thế Giới Di Động", {"company"}), ("Vietcombank", {"company"}),
    ("Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank)", {"company", "abbreviation"}),
    ("Techcombank", {"company"}), ("VPBank", {"company"}), ("MB Bank", {"company"}), ("TPBank", {"company"}),
    ("M_Service JSC (MoMo)", {"company", "abbreviation"}), ("MoMo", {"company"}), ("ZaloPay", {"company"}),
    ("VNPay", {"company"}), ("Viettel Group", {"company"}), ("Tập đoàn Viettel", {"company"}),
    ("VNPT", {"company", "acronym"}), ("FPT Corporation", {"company"}), ("FPT Telecom", {"company"}),
    ("Vingroup JSC", {"company"}), ("VinFast", {"company"}), ("Vietjet Aviation JSC", {"company"}),
    ("Vietnam Airlines", {"company"}), ("Highlands Coffee", {"company"}), ("Trung Nguyên Legend", {"company"}),
    ("Phúc Long Heritage", {"company"}), ("Acecook Việt Nam", {"company"}), ("Sabeco", {"company"}),
    ("Heineken Vietnam", {"company"}), ("PNJ", {"company", "acronym"}), ("Biti's", {"company", "apostrophe"}),
    ("Công ty TNHH Sản xuất Hàng tiêu dùng Bình Tiên (Biti's)", {"company", "apostrophe", "abbreviation"}),
    ("Shopee Vietnam", {"company"}), ("Tiki", {"company"}), ("Grab Vietnam", {"company"}),
    ("Circle K Vietnam", {"company"}), ("AEON Vietnam", {"company"}), ("Saigon Co.op", {"company", "punctuation"}),
    ("TH Group", {"company"}), ("Kido Group", {"company"}), ("Sun Group", {"company"}), ("Coolmate", {"company"}),
    ("Dentsu Redder", {"company"}), ("Ogilvy Vietnam", {"company"}), ("Cheil Vietnam", {"company"}),
    ("Brands Vietnam", {"press"}), ("Advertising Vietnam", {"press"}),
    ("Hiệp hội Thương mại điện tử Việt Nam (VECOM)", {"trade-body", "abbreviation"}),
    ("Vietnam E-commerce Association (VECOM)", {"trade-body", "abbreviation"}), ("VECOM", {"trade-body", "acronym"}),
    ("Hiệp hội Quảng cáo Việt Nam", {"trade-body"}), ("EuroCham Vietnam", {"trade-body"}),
    ("AmCham Vietnam", {"trade-body"}), ("Vietnam Chamber of Commerce and Industry (VCCI)", {"trade-body", "abbreviation"}),
    ("Google, Temasek and Bain & Company", {"company", "ampersand", "comma"}),
]  # fmt: skip
_GOVERNMENT: list[tuple[str, str]] = [
    ("General Statistics Office of Vietnam", "https://www.gso.gov.vn/en/data-and-statistics/"),
    ("Tổng cục Thống kê (GSO)", "https://www.gso.gov.vn/du-lieu-va-so-lieu-thong-ke/"),
    ("State Bank of Vietnam (SBV)", "https://www.sbv.gov.vn/webcenter/portal/en/home/sbv/news/"),
    ("Ngân hàng Nhà nước Việt Nam", "https://www.sbv.gov.vn/webcenter/portal/vi/menu/trangchu/tt/"),
    ("Bộ Công Thương (MOIT)", "https://moit.gov.vn/tin-tuc/"), ("Ministry of Industry and Trade", "https://moit.gov.vn/en/news/"),
    ("Ministry of Information and Communications (MIC)", "https://english.mic.gov.vn/news/"),
    ("Bộ Thông tin và Truyền thông", "https://mic.gov.vn/tin-tuc/"),
    ("Cục Thương mại điện tử và Kinh tế số (iDEA)", "https://idea.gov.vn/default.aspx?page=news&do=detail&id="),
    ("Ủy ban Cạnh tranh Quốc gia [National Competition Commission]", "https://vcc.gov.vn/tin-tuc/"),
    ("Vietnam Competition and Consumer Authority", "https://vcca.gov.vn/news/"),
    ("Ho Chi Minh City People's Committee", "https://hochiminhcity.gov.vn/en/news/"),
]  # fmt: skip
_RESEARCH = ["Kantar Worldpanel Vietnam", "Nielsen Vietnam", "NielsenIQ Vietnam", "Decision Lab", "Q&Me",
             "Cimigo", "Statista", "Euromonitor International", "Metric.vn", "YouNet Media", "iPrice Group",
             "Mordor Intelligence", "Vietnam Report JSC", "GWI"]  # fmt: skip
_RESEARCH_DOMAINS = {"Kantar Worldpanel Vietnam": "www.kantarworldpanel.com", "Decision Lab": "www.decisionlab.co",
                     "Q&Me": "qandme.net", "Metric.vn": "metric.vn", "YouNet Media": "younetmedia.com",
                     "iPrice Group": "iprice.vn", "Vietnam Report JSC": "vietnamreport.net.vn",
                     "NielsenIQ Vietnam": "nielseniq.com", "Nielsen Vietnam": "nielsen.com"}  # fmt: skip
_PRESS = ["VnExpress", "VnExpress International", "Tuổi Trẻ", "Tuoi Tre News", "Thanh Niên", "Dân Trí", "Znews",
          "VietNamNet", "CafeF", "VnEconomy", "Vietnam Investment Review", "Báo Đầu tư", "Vietnam News",
          "The Saigon Times", "Nikkei Asia", "Người Việt", "SBS Vietnamese", "Rest of World", "Tech in Asia",
          "Brands Vietnam", "Advertising Vietnam"]  # fmt: skip
_LAWS: list[tuple[str, str, int]] = [
    ("Quốc hội", "Luật Bảo vệ quyền lợi người tiêu dùng số 19/2023/QH15 [Law on Protection of Consumers' Rights No. 19/2023/QH15]", 2023),
    ("Quốc hội", "Luật Quảng cáo số 16/2012/QH13 [Law on Advertising No. 16/2012/QH13]", 2012),
    ("National Assembly of Vietnam", "Law on Cybersecurity No. 24/2018/QH14", 2018),
    ("National Assembly of Vietnam", "Law on Electronic Transactions No. 20/2023/QH15", 2023),
    ("Quốc hội", "Luật Cạnh tranh số 23/2018/QH14 [Law on Competition No. 23/2018/QH14]", 2018),
    ("Chính phủ", "Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân [Decree 13/2023/ND-CP on personal data protection]", 2023),
    ("Chính phủ", "Nghị định 91/2020/NĐ-CP về chống tin nhắn rác, thư điện tử rác, cuộc gọi rác [Decree 91/2020/ND-CP on fighting spam messages, emails and calls]", 2020),
    ("Government of Vietnam", "Decree No. 52/2013/ND-CP on e-commerce", 2013),
    ("Chính phủ", "Nghị định 85/2021/NĐ-CP sửa đổi Nghị định 52/2013/NĐ-CP về thương mại điện tử [Decree 85/2021/ND-CP amending Decree 52/2013/ND-CP on e-commerce]", 2021),
    ("Bộ Công Thương", "Thông tư 09/2023/TT-BCT [Circular 09/2023/TT-BCT]", 2023),
    ("State Bank of Vietnam", "Circular No. 16/2020/TT-NHNN on electronic know-your-customer (eKYC) account opening", 2020),
    ("Government of Vietnam", "Decree No. 38/2021/ND-CP on administrative penalties in culture and advertising", 2021),
    ("Thủ tướng Chính phủ", "Quyết định 645/QĐ-TTg phê duyệt Kế hoạch tổng thể phát triển thương mại điện tử quốc gia giai đoạn 2021-2025 [Decision 645/QD-TTg on the national e-commerce master plan 2021-2025]", 2020),
]  # fmt: skip


class Blind197WorkFactory(WorkFactory):
    """Works that marketers in Vietnam and its diaspora cite, from a seeded random source of the pool's own."""

    # The kinds drawn when the builder asks for none, with their weights.
    DRAWN: ClassVar[dict[str, int]] = {"book": 11, "chapter": 5, "journal": 22, "thesis": 5, "conference": 4, "company": 10, "government": 6,
             "legislation": 4, "market-research": 9, "news": 10, "social": 4, "video": 3, "undated-web": 4,
             "web-person": 3}  # fmt: skip
    # The kinds of work that come out (Work.kind).
    KINDS: ClassVar[tuple[str, ...]] = ("book", "chapter", "journal", "thesis", "conference", "report", "web", "legislation", "news", "social",
             "video")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 197 + 19701)
        self.organisations: list[tuple[str, set[str], dict[str, Any], str]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.55:
            family = rng.choice(_FAMILIES)
            middle = rng.choice(_MIDDLES) if rng.random() < 0.85 else ""
            given = " ".join(filter(None, [middle, rng.choice(_GIVENS)]))
            if family.isascii():  # diacritics dropped in the family name are dropped throughout
                given = _plain(given)
            return {"family": family, "given": given}
        if roll < 0.68:
            family, given = rng.choice(_WHOLE)
            return {"family": family, "given": given}
        if roll < 0.82:
            family, given = rng.choice(_DIASPORA)
            return {"family": family, "given": given}
        family, given = rng.choice(_EXPATS)
        return {"family": family, "given": given.replace("-", "")}  # citeproc-py mangles hyphenated given names

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[30, 28, 18, 10, 6, 4, 2, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if name not in people:
                people.append(name)
        return people

    def _vietnamese_people(self, most: int) -> list[dict[str, str]]:
        """Authors of a Vietnamese-language work: written whole now and then, as Vietnamese reading lists do."""
        people = []
        for _ in range(self.rng.randint(1, most)):
            family = self.rng.choice([f for f in _FAMILIES if not f.isascii()] + ["Nguyễn", "Trần", "Lê", "Phạm"])
            name = {"family": family, "given": f"{self.rng.choice(_MIDDLES)} {self.rng.choice(_GIVENS)}"}
            if name not in people:
                people.append(name)
        if self.rng.random() < 0.25:
            return [{"literal": f"{p['family']} {p['given']}"} for p in people]
        return people

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.06:
            return self.rng.randint(1986, 2005)  # Đổi Mới-era classics and older textbooks
        return self.rng.randint(2010, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        if issued is None:
            start = datetime.date(2022, 1, 1)
        else:
            start = datetime.date(issued[0], issued[1] if len(issued) > 1 else 12, issued[2] if len(issued) > 2 else 28)
            start = max(start, datetime.date(2022, 1, 1))
        day = start + datetime.timedelta(days=self.rng.randint(1, 700))
        return {"date-parts": [[day.year, day.month, day.day]]}

    def _online(self, record: dict[str, Any], url: str, access: float = 0.9) -> None:
        record["URL"] = url
        if self.rng.random() < access:
            issued = record.get("issued", {}).get("date-parts", [None])[0]
            record["accessed"] = self._accessed_after(issued)

    def _slug(self) -> str:
        words = ["tet", "gen-z", "vi-dien-tu", "thuong-mai-dien-tu", "ca-phe", "sua", "ngan-hang-so", "livestream",
                 "khach-hang", "thuong-hieu", "marketing", "report", "insights", "bao-cao", "xu-huong"]  # fmt: skip
        return "-".join(self.rng.sample(words, 3)) + f"-{self.rng.randint(100000, 4999999)}"

    # ------------------------------------------------------------------ titles
    def _title(self) -> str:
        rng = self.rng
        if rng.random() < 0.3:
            vi, en = rng.choice(_TOPICS_VI)
            city = rng.choice(_CITIES)
            forms = [(f"Các yếu tố ảnh hưởng đến {vi}", f"Factors affecting {en}"),
                     (f"Nghiên cứu {vi} tại {city}", f"A study of {en} in {city}"),
                     (f"Tác động của {vi} đến hành vi người tiêu dùng", f"The impact of {en} on consumer behaviour")]  # fmt: skip
            vi_title, en_title = rng.choice(forms)
            return f"{vi_title[0].upper()}{vi_title[1:]} [{en_title}]"
        topic = rng.choice(_TOPICS_EN)
        place = rng.choice(["Vietnam", "Viet Nam", "Ho Chi Minh City", "Hanoi", "Vietnamese cities", "the Mekong Delta",
                            "Vietnamese-American communities", "emerging Asian markets"])  # fmt: skip
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}: evidence from a consumer survey",
                 f"Understanding {topic} among Vietnamese {rng.choice(['millennials', 'Gen Z', 'consumers', 'students', 'mothers'])}",
                 f"The role of trust in {topic}: the case of {place}",
                 f"{topic[0].upper()}{topic[1:]} and purchase intention in {place}",
                 f"Drivers of {topic} in {place}: a PLS-SEM approach",
                 f"Why brands in {place} cannot ignore {topic}", f"Marketing in {place}: {topic} and beyond"]  # fmt: skip
        return rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation in the same year as an earlier work: "(SBV, 2019a; 2019b)".
        # Only works of one kind whose titles carry no year are paired, so that no title contradicts its date.
        pairable = kind in ("report", "web") and not re.search(r"\d{4}", str(record.get("title", "")))
        same = [o for o in self.organisations if o[3] == kind]
        if same and pairable and "issued" in record and self.rng.random() < 0.15:
            name, tags, issued, _kind = self.rng.choice(same)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
            if record.get("publisher") and kind == "report":
                record["publisher"] = name
            if record.get("container-title") and kind == "web":
                record["container-title"] = name.split(" (")[0]
        if "issued" in record and pairable:
            self.organisations.append((name, tags, record["issued"], kind))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        rng = self.rng
        publisher, place = rng.choice(_BOOK_PUBLISHERS)
        vietnamese = publisher.startswith(("NXB", "Nhà", "Alpha"))
        if vietnamese:
            vi, en = rng.choice(_TOPICS_VI)
            title = rng.choice(["Giáo trình Marketing căn bản [Principles of marketing]",
                                "Quản trị thương hiệu [Brand management]",
                                f"Marketing số: {vi} [Digital marketing: {en}]", "Hành vi người tiêu dùng [Consumer behaviour]",
                                "Nghiên cứu marketing [Marketing research]"])  # fmt: skip
            authors = self._vietnamese_people(3)
        else:
            title = rng.choice([self._title(), "Marketing in Vietnam", "Doing business in Vietnam",
                                "Principles of marketing: an Asian perspective", "Branding in emerging Asia",
                                "Consumer behaviour in Southeast Asia", "Vietnam's new middle classes",
                                "Digital marketing: strategy, implementation and practice"])  # fmt: skip
            authors = self._people(4)
        record: dict[str, Any] = {"type": "book", "title": title, "author": authors,
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if rng.random() < 0.3:
            record["edition"] = str(rng.randint(2, 8)) if rng.random() < 0.8 else f"Tái bản lần thứ {rng.randint(2, 5)}"
        if rng.random() < 0.15:
            record["medium"] = "e-book"
        return self._person_work(record, "book")

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = first.get("literal") or first["family"]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(
            record, lead, year, False, len(record["author"]), kind, {"vietnamese"} if "literal" in first else set()
        )

    def _chapter(self) -> Work:
        rng = self.rng
        start = rng.randint(1, 380)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(rng.randint(1, 2))],
            "container-title": rng.choice(["Vietnam's economy: Đổi Mới and beyond", "Marketing in Asia",
                                           "The Routledge handbook of contemporary Vietnam",
                                           "Consumer culture in Southeast Asia", "Digital transformation in ASEAN",
                                           "Vietnam: navigating a rapidly changing economy"]),
            "issued": {"date-parts": [[self.year()]]},
            "publisher": (house := rng.choice([("Routledge", "Abingdon"), ("ISEAS Publishing", "Singapore"),
                                                ("Palgrave Macmillan", "Singapore"), ("Springer", "Cham"),
                                                ("Edward Elgar", "Cheltenham")]))[0],
            "publisher-place": house[1],
            "page": f"{start}-{start + rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        rng = self.rng
        start = rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(rng.randint(1, 60)), "issue": str(rng.randint(1, 12)),
            "page": f"{start}-{start + rng.randint(8, 25)}",
        }  # fmt: skip
        if rng.random() < 0.45:
            record["DOI"] = (
                f"10.{rng.choice(['1108', '1080', '1016', '1177', '24311', '33301'])}/{rng.choice(['JABES', 'APJML', 'IJBM', 'jed', 'jre'])}-{rng.randint(2015, 2025)}-{rng.randint(1000, 9999)}"
            )
        elif rng.random() < 0.2:
            self._online(record, f"https://jabes.ueh.edu.vn/Home/SearchArticle?article_Id={self._slug()}")
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": [self.person()],
            "issued": {"date-parts": [[self.year()]]}, "publisher": rng.choice(_UNIVERSITIES), "genre": rng.choice(_GENRES),
        }  # fmt: skip
        if rng.random() < 0.3:
            record["publisher-place"] = rng.choice(["Hà Nội", "Ho Chi Minh City", "Hanoi", "Melbourne", "Fullerton"])
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        rng = self.rng
        start = rng.randint(1, 600)
        year = self.year()
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(5),
            "container-title": rng.choice([f"Proceedings of the International Conference on Business and Finance (ICBF {year})",
                                           f"Kỷ yếu Hội thảo Khoa học Quốc gia [Proceedings of the National Scientific Conference] {year}",
                                           f"Proceedings of the Vietnam Economist Annual Meeting (VEAM {year})",
                                           f"International Conference on Emerging Challenges: Business Transformation (ICECH {year})"]),
            "issued": {"date-parts": [[year]]},
            "publisher": (house := rng.choice([("UEH Publishing House", "Ho Chi Minh City"), ("NXB Tài chính", "Hà Nội"),
                                                ("Springer", "Cham"), ("NXB Đại học Quốc gia Hà Nội", "Hà Nội"),
                                                ("NXB Đại học Đà Nẵng", "Đà Nẵng")]))[0],
            "publisher-place": house[1],
            "page": f"{start}-{start + rng.randint(8, 20)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _company(self) -> Work:
        rng = self.rng
        name, tags = rng.choice(_COMPANIES)
        short = name.split(" (")[0].replace(" ", "").replace("'", "").replace(",", "").lower()[:14]
        if rng.random() < 0.5:
            year = self.year()
            title = rng.choice([f"Báo cáo thường niên {year} [Annual report {year}]", f"Annual report {year}",
                                f"Sustainability report {year}", f"Báo cáo phát triển bền vững {year} [Sustainability report {year}]",
                                "Investor presentation: Q4 and full year results", self._title()])  # fmt: skip
            record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[max(year, 2010)]]},
                                      "publisher": name, "publisher-place": rng.choice(["Hà Nội", "TP. Hồ Chí Minh", "Ho Chi Minh City"])}  # fmt: skip
            if rng.random() < 0.6:
                self._online(record, f"https://www.{short}.com.vn/investor-relations/{self._slug()}.pdf")
            return self._org_work(record, "report", name, tags)
        record = {"type": "webpage", "title": rng.choice(["Về chúng tôi [About us]", "Our story", "Lịch sử phát triển [Our history]",
                                                           "Chương trình khách hàng thân thiết [Loyalty programme]",
                                                           "Press release: " + self._title(), "Tuyển dụng [Careers]", self._title()]),
                  "container-title": name.split(" (")[0]}  # fmt: skip
        if rng.random() < 0.75:
            record["issued"] = {"date-parts": [[self.year()]]}
        self._online(record, f"https://www.{short}.vn/{self._slug()}", 0.88)
        return self._org_work(record, "web", name, tags | ({"undated"} if "issued" not in record else set()))

    def _government(self) -> Work:
        rng = self.rng
        name, url = rng.choice(_GOVERNMENT)
        year = self.year()
        title = rng.choice([f"Tình hình kinh tế - xã hội quý IV năm {year} [Socio-economic situation in the fourth quarter of {year}]",
                            f"Báo cáo Thương mại điện tử Việt Nam {year} [Vietnam e-commerce report {year}]",
                            f"Statistical yearbook of Vietnam {year}", f"Press release on cashless payments, {year}",
                            f"Vietnam digital economy report {year}", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": rng.choice(["report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name
            record["publisher-place"] = "Hà Nội"
        self._online(record, url + self._slug(), 0.9)
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _legislation(self) -> Work:
        # A law or decree with the body that made it as author, as Vietnamese reading lists write them.
        author, title, year = self.rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "webpage", "title": title, "issued": {"date-parts": [[year]]},
                                  "container-title": self.rng.choice(["Thư viện Pháp luật", "Cổng thông tin điện tử Chính phủ", "Công báo"])}  # fmt: skip
        self._online(record, f"https://thuvienphapluat.vn/van-ban/{self._slug()}.aspx", 0.9)
        return self._org_work(record, "legislation", author, {"government", "legislation"})

    def _market_research(self) -> Work:
        rng = self.rng
        name = rng.choice(_RESEARCH)
        year = rng.randint(2012, 2025) if rng.random() < 0.9 else None
        shown = year or 2024
        title = rng.choice([f"Vietnam FMCG Monitor Q{rng.randint(1, 4)} {shown}", f"Brand Footprint Vietnam {shown}",
                            f"Vietnam Gen Z report {shown}", f"Tết {shown} consumer insights",
                            f"Vietnam mobile payment usage and behaviour {shown}", f"Vietnam Consumer Trends {shown}",
                            f"Báo cáo Chỉ số Thương mại điện tử Việt Nam {shown} [Vietnam E-commerce Index report {shown}]",
                            f"Top 10 ngân hàng thương mại uy tín năm {shown} [Top 10 reputable commercial banks {shown}]",
                            f"Vietnam coffee shop market: size and forecast {shown}-2030",
                            f"Share of online shoppers in Vietnam buying during 11.11 and 12.12, {shown}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name}
        if year:
            record["issued"] = {"date-parts": [[year]]}
        domain = _RESEARCH_DOMAINS.get(name, name.split()[0].lower() + ".com")
        self._online(record, f"https://{domain}/vn/{self._slug()}", 0.9)
        return self._org_work(record, "report", name, {"market-research"} | ({"ampersand"} if "&" in name else set()))

    def _news(self) -> Work:
        rng = self.rng
        year = rng.randint(2015, 2025)
        issued = [year, rng.randint(1, 12), rng.randint(1, 28)]
        press = rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": press,
                                  "issued": {"date-parts": [issued]}}  # fmt: skip
        domain = _plain(press).lower().replace(" ", "")
        self._online(record, f"https://{domain}.vn/{self._slug()}.html", 0.9)
        if rng.random() < 0.65:
            record["author"] = self._people(2) if rng.random() < 0.7 else self._vietnamese_people(1)
            return self._person_work(record, "news")
        return self._org_work(record, "news", press, {"press"})

    def _social(self) -> Work:
        rng = self.rng
        name, tags = rng.choice(_COMPANIES[:48])
        year = rng.randint(2018, 2025)
        record: dict[str, Any] = {
            "type": "post", "title": rng.choice(["Chúc mừng năm mới Giáp Thìn! [Happy Lunar New Year of the Dragon!]",
                                                 "Mừng ngày Phụ nữ Việt Nam 20/10 [Celebrating Vietnamese Women's Day]",
                                                 "Mùa Trung Thu đoàn viên [A Mid-Autumn of reunion]", "Sale 12.12 – giảm đến 50%",
                                                 "Our Tết film is here", "Cảm ơn 1 triệu khách hàng [Thank you, one million customers]"]),
            "container-title": rng.choice(["Facebook", "TikTok", "Instagram", "LinkedIn", "Zalo OA"]),
            "issued": {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]},
        }  # fmt: skip
        handle = name.split()[0].lower().replace("'", "")
        self._online(record, f"https://www.facebook.com/{handle}/posts/{rng.randint(10**9, 10**10)}", 0.85)
        if rng.random() < 0.3:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        return self._org_work(record, "social", name, tags)

    def _video(self) -> Work:
        rng = self.rng
        year = rng.randint(2016, 2025)
        record: dict[str, Any] = {"issued": {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]}}
        if rng.random() < 0.5:
            record.update({"type": "motion_picture", "medium": "YouTube",
                           "title": rng.choice(["Tết là để trở về [Tết is for coming home]", "Biti's Hunter – Đi để trở về",
                                                "Behind the campaign: " + self._title(), "Marketing talk: " + self._title()])})  # fmt: skip
        else:
            record.update({"type": "song", "medium": "Podcast", "container-title": rng.choice(["Have A Sip", "Vietcetera", "Marketing Ăn Liền", "Brands Vietnam Podcast"]),
                           "title": f"Tập {rng.randint(1, 180)}: {self._title()}"})  # fmt: skip
        self._online(record, f"https://www.youtube.com/watch?v={self._slug()[:11]}", 0.9)
        if rng.random() < 0.5:
            record["author"] = [self.person()]
            return self._person_work(record, "video")
        name = rng.choice(
            ["Vietcetera", "Brands Vietnam", "Advertising Vietnam", "Dentsu Redder", "Vinamilk", "Biti's"]
        )
        return self._org_work(record, "video", name, {"company"} | ({"apostrophe"} if "'" in name else set()))

    def _undated_web(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "webpage", "title": self._title()}
        self._online(
            record,
            f"https://www.{rng.choice(['brandsvietnam.com', 'advertisingvietnam.com', 'marketingai.vn', 'vietcetera.com'])}/{self._slug()}",
            0.85,
        )
        if rng.random() < 0.4:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = rng.choice(_COMPANIES)
        return self._org_work(record, "web", name, tags | {"undated"})

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "post-weblog", "title": self._title(), "author": self._people(2),
                                  "container-title": self.rng.choice(["Brands Vietnam", "Advertising Vietnam", "Vietcetera", "LinkedIn Pulse", "Medium"]),
                                  "issued": {"date-parts": [[self.rng.randint(2016, 2025)]]}}  # fmt: skip
        self._online(record, f"https://www.brandsvietnam.com/congdong/topic/{self._slug()}", 0.9)
        return self._person_work(record, "web")


def _plain(text: str) -> str:
    """A Vietnamese name without its diacritics, as English-language journals and the diaspora write it."""
    import unicodedata

    stripped = "".join(
        ch for ch in unicodedata.normalize("NFD", text.translate(_PLAIN)) if not unicodedata.combining(ch)
    )
    return unicodedata.normalize("NFC", stripped)
