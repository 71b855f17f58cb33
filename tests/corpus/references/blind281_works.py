"""Works cited by marketers in Cambodia and Laos (hotels and resorts, tour operators, banks and microfinance, mobile
operators, brewers, coffee and consumer brands, airlines, tourism boards) in CIM Level 6 and 7 reports and MBA
assignments: the "blind281" pool (HELD OUT), written without reading the checker, its tests or any other pool.

Books, chapters and tourism, Southeast Asian and bank-marketing journals with one to eight authors, the marketing
texts every candidate cites, ministries, central banks, statistics bureaux and development banks (two works of one
body in a year), firms' pages and annual reports (Plc., Co., Ltd., Public Company, Sole Co., Ltd.), the English-language
press of Phnom Penh and Vientiane signed and unsigned, market research with and without years and undated pages.
Khmer and Lao names are printed as the region's journals print them: the family name first as the family field, and
now and then the whole name as one literal ("Hing Vutha"), as some journals and reference managers keep it.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "classic", "government", "company", "news", "market-research", "web")

# Khmer names: family name first (Hing Vutha is Mr Hing); as journals print them, family and given.
_KHMER = [("Hing", "Vutha"), ("Chheang", "Vannarith"), ("Sok", "Chenda"), ("Chan", "Sophal"), ("Kao", "Kim Hourn"),
          ("Seng", "Sothearith"), ("Ly", "Sodeth"), ("Heng", "Molyaneth"), ("Nuon", "Veasna"), ("Phal", "Chansopheak"),
          ("Touch", "Siphat"), ("Keo", "Sokunthea"), ("Chea", "Vatana"), ("Srey", "Chanthy"), ("Meas", "Sokha"),
          ("Pen", "Sophanna"), ("Lim", "Sovannara"), ("Ouk", "Bunthoeun"), ("Tep", "Vuthy"), ("Ros", "Channak")]  # fmt: skip
# Lao names as Lao scholars print them in English-language journals.
_LAO = [("Phommavong", "Saykham"), ("Sisouphanthong", "Bounthavy"), ("Vongphachanh", "Souksavanh"),
        ("Keovilay", "Phetsamone"), ("Souvannavong", "Kham"), ("Inthavong", "Somsack"), ("Sengsourivong", "Vilayphone"),
        ("Chanthavong", "Latsamy"), ("Phanthavong", "Sengdeuane"), ("Xayavong", "Noy"), ("Luangkhot", "Ngeun")]  # fmt: skip
# Other names on the region's tourism and finance papers: Vietnamese, Thai, French (EFEO), Japanese, Korean, Western.
_OTHERS = [("Nguyễn", "Thị Hà"), ("Trần", "Quang Minh"), ("Lê", "Văn Hùng"), ("Phạm", "Thu Trang"),
           ("Suntikul", "Wantanee"), ("Chaisawat", "Manat"), ("Kaosa-ard", "Mingsarn"), ("Winter", "Tim"),
           ("Hall", "C. Michael"), ("Harrison", "David"), ("Ollier", "Colin"),
           ("Pottier", "Christophe"), ("Pâris", "Hélène"), ("Lévy", "Frédérique"), ("Ashley", "Caroline"),
           ("Miura", "Keiko"), ("Yamada", "Takeshi"), ("Kim", "Seohyun"), ("Park", "Joon"), ("Sharpley", "Richard"),
           ("Mackenzie", "Fiona"), ("O'Connor", "Siobhán"), ("Müller", "Anja"), ("Rahman", "Nur Aisyah"),
           ("Tan", "Wei Ling"), ("Lim", "Boon Hock"), ("Santos", "Maria Cristina"), ("Ramos", "Jose"),
           ("Duval", "Sébastien"), ("Chen", "Yuxin"), ("Wong", "Ka Yan"), ("Thompson", "Gareth")]  # fmt: skip
_PARTICLED = [("de", "Silva", "Anura"), ("van", "Leeuwen", "Marieke"), ("de", "Bruyn", "Pieter"),
              ("du", "Pont", "Claire")]  # fmt: skip
# Full names kept as one literal, as some journals and reference managers print Khmer names.
_LITERAL_NAMES = ["Hing Vutha", "Chheang Vannarith", "Sok Chenda", "Kao Kim Hourn", "Chan Sophal", "Nuon Veasna"]

_JOURNALS = ["Asia Pacific Journal of Tourism Research", "Journal of Southeast Asian Economies",
             "Tourism Recreation Research", "Journal of Heritage Tourism", "International Journal of Bank Marketing",
             "Asian Journal of Business Research", "Tourism Management", "Journal of Sustainable Tourism",
             "Annals of Tourism Research", "Journal of Travel Research", "Current Issues in Tourism",
             "Journal of Services Marketing", "Telecommunications Policy", "Asian Economic Policy Review"]  # fmt: skip
_TOPICS = ["heritage tourism at Angkor", "community-based tourism in Laos", "mobile banking adoption in Cambodia",
           "financial inclusion among rural women", "microfinance and over-indebtedness", "QR payments and Bakong",
           "brand loyalty in the Cambodian beer market", "destination image of Luang Prabang",
           "Chinese visitors after the Laos-China Railway", "luxury hotel service quality in Siem Reap",
           "mobile data pricing in the Mekong region", "e-wallet adoption among young Cambodians",
           "coffee culture in Phnom Penh", "ecotourism in the Cardamom Mountains", "dollarisation and consumer prices",
           "airline choice in the Mekong subregion", "social media and tour booking", "trust in digital banking",
           "local food and tourist experience", "remittances and mobile money", "visitor satisfaction at Vat Phou",
           "corporate social responsibility in banking", "Facebook commerce in Cambodia", "homestays in northern Laos"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Pearson", "Harlow"), ("Sage", "London"), ("Springer", "Singapore"),
               ("ISEAS-Yusof Ishak Institute", "Singapore"), ("NIAS Press", "Copenhagen"), ("Silkworm Books", "Chiang Mai"),
               ("CABI", "Wallingford"), ("Palgrave Macmillan", "Singapore"), ("Channel View Publications", "Bristol")]  # fmt: skip
# The marketing texts every candidate cites: (authors, title, publisher, place, years and editions).
_CLASSICS = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Chernev", "Alexander")], "Marketing management", "Pearson", "Harlow", [(2022, "16")]),
    ([("Kotler", "Philip"), ("Armstrong", "Gary")], "Principles of marketing", "Pearson", "Harlow", [(2018, "17"), (2021, "18")]),
    ([("Kotler", "Philip"), ("Bowen", "John T."), ("Makens", "James C."), ("Baloglu", "Seyhmus")], "Marketing for hospitality and tourism", "Pearson", "Harlow", [(2017, "7")]),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing", "Pearson", "Harlow", [(2019, "7"), (2022, "8")]),
    ([("Wirtz", "Jochen"), ("Lovelock", "Christopher")], "Services marketing: people, technology, strategy", "World Scientific", "Singapore", [(2022, "9")]),
    ([("Porter", "Michael E.")], "Competitive advantage", "Free Press", "New York", [(1985, None)]),
    ([("Keller", "Kevin Lane"), ("Swaminathan", "Vanitha")], "Strategic brand management", "Pearson", "Harlow", [(2020, "5")]),
    ([("Hofstede", "Geert"), ("Hofstede", "Gert Jan"), ("Minkov", "Michael")], "Cultures and organizations: software of the mind", "McGraw-Hill", "New York", [(2010, "3")]),
    ([("Prahalad", "C.K.")], "The fortune at the bottom of the pyramid", "Wharton School Publishing", "Upper Saddle River", [(2005, None)]),
    ([("Morrison", "Alastair M.")], "Marketing and managing tourism destinations", "Routledge", "Abingdon", [(2019, "2")]),
]  # fmt: skip
# Public bodies as candidates write them as authors; tags say what makes each hard.
_BODIES = [
    ("Ministry of Tourism Cambodia", {"government"}), ("Ministry of Tourism", {"government"}),
    ("Ministry of Tourism (MoT)", {"government", "abbreviation"}), ("National Bank of Cambodia", {"government"}),
    ("National Bank of Cambodia (NBC)", {"government", "abbreviation"}), ("Bank of the Lao PDR", {"government"}),
    ("Bank of the Lao P.D.R.", {"government", "abbreviation"}), ("Lao Statistics Bureau", {"government"}),
    ("Lao Statistics Bureau (LSB)", {"government", "abbreviation"}),
    ("National Institute of Statistics of Cambodia", {"government"}),
    ("National Institute of Statistics (NIS)", {"government", "abbreviation"}),
    ("APSARA National Authority", {"government", "acronym"}), ("Asian Development Bank", {"government"}),
    ("Asian Development Bank (ADB)", {"government", "abbreviation"}), ("World Bank", {"government"}),
    ("World Bank Group", {"government"}), ("UNDP", {"government", "acronym"}),
    ("United Nations Development Programme", {"government"}), ("ASEAN Secretariat", {"government"}),
    ("Mekong Tourism Coordinating Office", {"government"}),
    ("Ministry of Information, Culture and Tourism, Lao PDR", {"government", "comma"}),
    ("Ministry of Posts and Telecommunications", {"government"}),
    ("Telecommunication Regulator of Cambodia (TRC)", {"government", "abbreviation"}),
    ("UNESCO World Heritage Centre", {"government"}), ("Cambodia Microfinance Association", {"trade-body"}),
    ("Association of Banks in Cambodia (ABC)", {"trade-body", "abbreviation"}),
    ("Pacific Asia Travel Association (PATA)", {"trade-body", "abbreviation"}),
    ("UN Tourism", {"government"}), ("International Finance Corporation", {"government"}),
    ("Council for the Development of Cambodia", {"government"}),
]  # fmt: skip
_FIRMS = [
    ("ACLEDA Bank Plc.", {"company"}), ("ACLEDA Bank Lao Ltd.", {"company"}), ("ABA Bank", {"company", "acronym"}),
    ("Advanced Bank of Asia Limited", {"company"}), ("Wing Bank (Cambodia) Plc", {"company"}),
    ("Prince Bank Plc.", {"company"}), ("Banque Pour Le Commerce Exterieur Lao Public (BCEL)", {"company", "abbreviation"}),
    ("BCEL", {"company", "acronym"}), ("Lao Brewery Co., Ltd.", {"company", "comma"}),
    ("Cambrew Ltd.", {"company"}), ("Smart Axiata Co., Ltd.", {"company", "comma"}),
    ("Cellcard", {"company"}), ("Viettel (Cambodia) Pte., Ltd.", {"company", "comma"}),
    ("Lao Telecommunications Public Company", {"company"}), ("Star Telecom (Unitel) Co., Ltd.", {"company", "comma"}),
    ("Brown Coffee & Bakery", {"company", "ampersand"}), ("Lao Airlines State Enterprise", {"company"}),
    ("Cambodia Angkor Air", {"company"}), ("Raffles Hotels & Resorts", {"company", "ampersand"}),
    ("Accor", {"company"}), ("Aman", {"company"}), ("Rosewood Hotel Group", {"company"}), ("Azerai", {"company"}),
    ("Exotic Voyages", {"company"}), ("Dao-Heuang Group", {"company"}), ("Phillip Bank Plc.", {"company"}),
    ("Sathapana Bank Plc.", {"company"}), ("PRASAC Microfinance Institution Plc.", {"company"}),
    ("LOLC (Cambodia) Plc.", {"company"}), ("Hattha Bank Plc.", {"company"}), ("Amret Plc.", {"company"}),
    ("Cambodia Securities Exchange (CSX)", {"company", "abbreviation"}),
    ("Lao-China Railway Co., Ltd.", {"company", "comma"}), ("Chip Mong Group", {"company"}),
    ("Khmer Beverages Co., Ltd.", {"company", "comma"}), ("Ly Hour Sole Co., Ltd.", {"company", "comma"}),
    ("Mekong Strategic Partners", {"company"}), ("Decision Lab", {"company"}), ("Meta", {"company"}),
    ("DataReportal", {"company"}), ("Agoda", {"company"}),
    ("McKinsey & Company", {"company", "ampersand"}), ("Mastercard", {"company"}), ("L'Occitane en Provence", {"company", "apostrophe"}),
    ("Women's World Banking", {"trade-body", "apostrophe"}),
]  # fmt: skip
_PRESS = ["The Phnom Penh Post", "Khmer Times", "Vientiane Times", "The Laotian Times", "Nikkei Asia",
          "Cambodianess", "Southeast Asia Globe", "Bangkok Post", "The Diplomat", "Reuters"]  # fmt: skip
_RESEARCH = ["Euromonitor International", "Kantar", "Decision Lab", "Mekong Strategic Partners", "Statista",
             "GSMA Intelligence", "Kantar Worldpanel", "Nielsen", "Ipsos Cambodia", "YouGov"]  # fmt: skip
_MARKETS = ["beer", "coffee", "mobile money", "mobile data", "hotels", "inbound tourism", "digital payments",
            "microfinance", "packaged water", "energy drinks", "instant noodles", "airline travel", "skincare"]  # fmt: skip
_COUNTRIES = ["Cambodia", "Laos", "Lao PDR", "the Mekong region", "Southeast Asia", "ASEAN"]


class Blind281WorkFactory(WorkFactory):
    """Works of the blind281 pool: Cambodian and Lao scholars and bodies beside the marketing texts."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 28100)
        self.bodies: list[tuple[str, set[str], dict[str, Any]]] = []
        self.classics: set[str] = set()

    # ------------------------------------------------------------------ names
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.3:
            family, given = self.rng.choice(_KHMER)
        elif roll < 0.45:
            family, given = self.rng.choice(_LAO)
        elif roll < 0.92:
            family, given = self.rng.choice(_OTHERS)
        else:
            particle, family, given = self.rng.choice(_PARTICLED)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if name not in people:
                people.append(name)
        if self.rng.random() < 0.06:  # a Khmer name kept whole
            people[0] = {"literal": self.rng.choice(_LITERAL_NAMES)}
        return people

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = (
            first["literal"]
            if "literal" in first
            else " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        )
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def year(self) -> int:
        return self.rng.randint(2006, 2025)

    def accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        start = issued[0] if issued else 2021
        year = self.rng.randint(max(start, 2022), 2025) if start <= 2025 else start
        month = self.rng.randint(1, 12)
        day = self.rng.randint(1, 28)
        if issued and year == issued[0] and len(issued) > 1:
            month = self.rng.randint(issued[1], 12)
            if month == issued[1] and len(issued) > 2:
                day = self.rng.randint(issued[2], 28)
        return {"date-parts": [[year, month, day]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]}", f"Understanding {topic}: evidence from {self.rng.choice(_COUNTRIES)}",
                 f"{topic[0].upper()}{topic[1:]}: a structural equation model", f"Rethinking {topic}",
                 f"{topic[0].upper()}{topic[1:]} and customer satisfaction", f"Drivers of {topic}",
                 f"The role of trust in {topic}", f"{topic[0].upper()}{topic[1:]} after COVID-19"]  # fmt: skip
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "classic", "government", "company", "news", "market-research", "web"],
            weights=[8, 5, 24, 8, 16, 14, 11, 8, 6],
        )[0]  # fmt: skip
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        return work

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.2:
            record["edition"] = str(self.rng.randint(2, 4))
        return self._person_work(record, "book")

    def _classic(self) -> Work:
        unused = [c for c in _CLASSICS if c[1] not in self.classics]
        if not unused:  # each text once in a report
            return self._journal()
        authors, title, publisher, place, editions = self.rng.choice(unused)
        self.classics.add(title)
        year, edition = self.rng.choice(editions)
        record: dict[str, Any] = {"type": "book", "title": title,
                                  "author": [{"family": f, "given": g} for f, g in authors],
                                  "issued": {"date-parts": [[year]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if edition:
            record["edition"] = edition
        return self._person_work(record, "classic")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 280)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["Tourism in Cambodia: development and challenges",
                                                "The Routledge handbook of tourism in Asia",
                                                "Finance and inclusion in the Mekong region",
                                                "Heritage and tourism in Southeast Asia",
                                                "Laos: development, livelihoods and tourism"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(3, 48)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{start}-{start + self.rng.randint(9, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.choice(['1080', '1108', '1355', '1016'])}/{self.rng.randint(10000, 99999)}.{self.rng.randint(2010, 2025)}.{self.rng.randint(100000, 999999)}"
            )
        return self._person_work(record, "journal")

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then one body's second work of the same year ("National Bank of Cambodia, 2023a" and "2023b").
        if self.bodies and "issued" in record and self.rng.random() < 0.15:
            name, tags, issued = self.rng.choice(self.bodies)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.bodies.append((name, tags, record["issued"]))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def _government(self) -> Work:
        name, tags = self.rng.choice(_BODIES)
        year = self.year()
        title = self.rng.choice([f"Tourism statistics report {year - 1}", f"Annual report {year - 1}",
                                 f"Financial stability review {year - 1}", "National financial inclusion strategy 2019-2025",
                                 "Cambodia tourism development strategic plan 2021-2035", f"Payment system report {year - 1}",
                                 "Lao PDR economic monitor: restoring macroeconomic stability", "ASEAN tourism strategic plan 2016-2025",
                                 "Mekong tourism marketing plan", f"Labour force survey {year - 1}", "Cambodia socio-economic survey",
                                 "Angkor heritage management framework", f"Macroeconomic update {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0], "publisher-place": self.rng.choice(["Phnom Penh", "Vientiane", "Manila", "Washington, DC", "Jakarta", "Bangkok", "Siem Reap"])}  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = (
                f"https://www.{self.rng.choice(['tourismcambodia.org', 'nbc.gov.kh', 'bol.gov.la', 'lsb.gov.la', 'nis.gov.kh', 'adb.org', 'worldbank.org', 'undp.org', 'asean.org', 'mekongtourism.org'])}/{self.fakers['en_GB'].slug()}"
            )
            record["accessed"] = self.accessed_after([year])
        return self._org(record, "government", name, tags)

    def _company(self) -> Work:
        name, tags = self.rng.choice(_FIRMS)
        record: dict[str, Any] = {"type": self.rng.choice(["webpage", "webpage", "report"]),
                                  "title": self.rng.choice(["About us", "Our story", "Sustainability report", "Annual report",
                                                            "Mobile banking app features", "Rates and fees", "Press release: new digital services",
                                                            "Brand history", "Corporate social responsibility", "Our rooms and suites"])}  # fmt: skip
        slug = self.fakers["en_GB"].slug()
        record["URL"] = f"https://www.{name.split()[0].lower().strip(',.()')}.com/{slug}"
        if self.rng.random() < 0.75:
            year = self.year()
            record["issued"] = {"date-parts": [[year]]}
            if record["title"] in ("Annual report", "Sustainability report"):
                record["title"] = f"{record['title']} {year - 1}"
            record["accessed"] = self.accessed_after([year])
        else:
            record["accessed"] = self.accessed_after(None)
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        return self._org(record, "company", name, tags)

    def _news(self) -> Work:
        year = self.year()
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self.rng.choice([
                "Tourist arrivals climb as Chinese visitors return", "Bakong passes ten million users",
                "Beer price war heats up ahead of Khmer New Year", "Railway brings new visitors to Luang Prabang",
                "Microfinance borrowers struggle with debt", "Mobile operators cut data prices again",
                "Coffee chains expand beyond Phnom Penh", "Lao kip slides against the dollar",
                "Siem Reap's new airport opens to first flights", "Banks push QR payments in rural provinces",
                f"Hotel occupancy recovers in {self.rng.choice(['Siem Reap', 'Vientiane', 'Kampot', 'Vang Vieng'])}"]),
            "container-title": self.rng.choice(_PRESS), "issued": {"date-parts": [issued]},
            "URL": f"https://www.{self.fakers['en_GB'].domain_word()}.com/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        record["accessed"] = self.accessed_after(issued)
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org(record, "news", record["container-title"], {"press"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        market, country = self.rng.choice(_MARKETS), self.rng.choice(_COUNTRIES)
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice([
            f"{market.capitalize()} in {country}", f"{country} {market} market report",
            f"The Cambodian consumer: {market} and digital habits", f"{market.capitalize()} in {country}: country report",
            f"Lao consumer trends: {market}"]), "publisher": name,
            "URL": f"https://www.{name.split()[0].lower()}.com/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if self.rng.random() < 0.85:
            year = self.year()
            record["issued"] = {"date-parts": [[year]]}
            record["accessed"] = self.accessed_after([year])
        else:
            record["accessed"] = self.accessed_after(None)
        return self._org(record, "market-research", name, {"market-research"})

    def _web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(),
                                  "URL": f"https://{self.fakers['en_GB'].domain_name()}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if self.rng.random() < 0.7:
            year = self.year()
            record["issued"] = {"date-parts": [[year]]}
            record["accessed"] = self.accessed_after([year])
        else:
            record["accessed"] = self.accessed_after(None)
        record["author"] = self._people(2)
        return self._person_work(record, "web")
