"""The blind293 pool's works: what marketers in Brunei, Sabah and Sarawak cite in CIM and MBA reports.

Written without reading the checker, its tests or any other pool. Books, chapters and articles in the region's
marketing, tourism and banking journals with one to eight authors; the marketing texts every candidate cites;
reports and pages of governments and public bodies (DEPS, AMBD, DOSM, Bank Negara Malaysia, Tourism Malaysia,
MDEC, BEDB, ADB, ASEAN), two works of one body in a year now and then; firms' pages and annual reports with Sdn Bhd,
Bhd, Berhad, Sdn. Bhd., Pte Ltd and Ltd; the region's press signed and unsigned; market research with and without
years; undated pages. Names as the region's scholars and journals print them: Malay names with the father's name
as the family name ("Abdul Rahman, N.H.", "Haji Othman, S.N."), Iban names with "anak", Kadazan-Dusun names,
Chinese Malaysian and Bruneian names family name first (Hakka and Foochow spellings), and co-authors from abroad.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "report", "web", "news")

# Malay given names and the father's names that journals print as the family name.
_MALAY_GIVEN = ["Nurul Huda", "Siti Aminah", "Mohd Faizal", "Muhammad Hafiz", "Nur Amalina", "Ahmad Zaki",
                "Siti Norbaya", "Dayang Nur Aqilah", "Awang Mohd Rizal", "Norhayati", "Hajah Rosnah", "Khairunnisa",
                "Mohammad Azmi", "Pengiran Nurul", "Wan Norazlin", "Nik Azrul", "Syazwani", "Fatimah Az-Zahra",
                "Ak Mohd Hafiz", "Dk Siti Rahmah", "Haziq", "Noor Azlina"]  # fmt: skip
_MALAY_FAMILY = ["Abdul Rahman", "Haji Othman", "Abu Bakar", "Mohd Noor", "Ismail", "Hamid", "Haji Mahmud",
                 "Abdullah", "Yusof", "Haji Ibrahim", "Mat Zin", "Omar", "Awang Besar", "Hassan", "Abdul Latif",
                 "Haji Jaafar", "Md Salleh", "Mohamad", "Zainal Abidin", "Osman", "Haji Yaakub", "Kamaruddin"]  # fmt: skip
# Chinese Malaysian and Bruneian names, family name first (Hokkien, Hakka, Foochow, Cantonese spellings).
_CHINESE = [("Lim", "Kok Wai"), ("Tiong", "Hui Ling"), ("Wong", "Siew Mei"), ("Ngu", "Ik Hung"), ("Lau", "Kah Hui"),
            ("Chai", "Yee Ling"), ("Kho", "Swee Lan"), ("Yii", "Ming Kiong"), ("Sii", "Hui Ching"), ("Tang", "Chee Keong"),
            ("Hii", "Ching Ming"), ("Wee", "Chong Seng"), ("Teo", "Pei Shan"), ("Chong", "Fui Yin"), ("Liew", "Kui Fah"),
            ("Ting", "Hieng Kiong"), ("Ong", "Boon Huat"), ("Chin", "Ket Siong"), ("Tan", "Ai Lin"), ("Goh", "Wei Jie")]  # fmt: skip
# Iban names (given name, father's name) and Kadazan-Dusun and other Bornean names.
_IBAN = [("Jenny", "Jalong"), ("Ricky", "Ngelambong"), ("Mary", "Sandin"), ("Jabu", "Empeni"), ("Lucy", "Linggi"),
         ("Michael", "Nyanggau"), ("Agnes", "Ujang"), ("Henry", "Jugah")]  # fmt: skip
_BORNEAN = [("Gontusan", "Rosalind"), ("Majalap", "Norina"), ("Sipaun", "Jeffery"), ("Lasimbang", "Jannie"),
            ("Gungkit", "Clarence"), ("Sondoh", "Stephen Laison"), ("Tangau", "Wilfred"), ("Jikunan", "Vivian"),
            ("Bagang", "Sylvia"), ("Moguring", "Benedict")]  # fmt: skip
# Co-authors from abroad, as they are printed in the region's journals.
_ABROAD = [("Nguyễn", "Thị Lan"), ("Yılmaz", "Elif"), ("Müller", "Jürgen"), ("Pérez", "Lucía"), ("Søndergaard", "Mette"),
           ("Hoàng", "Minh Đức"), ("Özdemir", "Kerem"), ("Sánchez", "José"), ("Kowalczyk", "Agnieszka"),
           ("Al-Ghazali", "Omar"), ("Hussain", "Zarina"), ("Wilson", "Jonathan A.J."), ("Rahman", "Syed Shah"),
           ("Siregar", "Rizky"), ("Kusuma", "Dewi"), ("Santoso", "Budi")]  # fmt: skip

_JOURNALS = ["Journal of Islamic Marketing", "Asia Pacific Journal of Marketing and Logistics",
             "Tourism Management Perspectives", "Journal of Sustainable Tourism", "International Journal of Bank Marketing",
             "Asian Journal of Business Research", "Borneo Research Bulletin", "Journal of Islamic Accounting and Business Research",
             "Asian Academy of Management Journal", "International Journal of Islamic and Middle Eastern Finance and Management",
             "Journal of Hospitality and Tourism Management", "Journal of Marketing Management"]  # fmt: skip
_TOPICS = ["Islamic banking", "halal branding", "halal food", "mobile banking", "e-wallets", "ecotourism",
           "homestay tourism", "takaful", "sukuk", "Muslim-friendly tourism", "digital channels", "customer loyalty",
           "service quality", "brand trust", "social media marketing", "airline loyalty", "telecoms switching",
           "cashless payments", "palm-oil sustainability", "timber certification", "rural tourism", "festival tourism",
           "Shariah compliance", "financial inclusion", "online food delivery", "tamu markets"]  # fmt: skip
_PLACES = ["Brunei Darussalam", "Brunei", "Sabah", "Sarawak", "Malaysia", "Borneo", "Kota Kinabalu", "Kuching",
           "Miri", "Bandar Seri Begawan", "ASEAN", "Southeast Asia", "East Malaysia", "Labuan", "Temburong"]  # fmt: skip
_AUDIENCES = ["Muslim consumers", "Generation Z", "millennials", "Bruneian youth", "rural customers", "SME owners",
              "international tourists", "domestic travellers", "bank customers", "Iban longhouse communities"]  # fmt: skip

_CLASSICS = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane")], "Marketing management", "Pearson", "Harlow"),
    ([("Kotler", "Philip"), ("Armstrong", "Gary")], "Principles of marketing", "Pearson", "Harlow"),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow"),
    ([("Temporal", "Paul")], "Islamic branding and marketing: creating a global Islamic business", "John Wiley & Sons", "Singapore"),
    ([("Alserhan", "Baker Ahmad")], "The principles of Islamic marketing", "Gower", "Farnham"),
    ([("Solomon", "Michael R.")], "Consumer behavior: buying, having, and being", "Pearson", "Harlow"),
    ([("Hollensen", "Svend")], "Global marketing", "Pearson", "Harlow"),
    ([("Wirtz", "Jochen"), ("Lovelock", "Christopher")], "Services marketing: people, technology, strategy", "World Scientific", "Singapore"),
    ([("Kotler", "Philip"), ("Kartajaya", "Hermawan"), ("Setiawan", "Iwan")], "Marketing 5.0: technology for humanity", "John Wiley & Sons", "Hoboken, NJ"),
    ([("Fill", "Chris"), ("Turnbull", "Sarah")], "Marketing communications", "Pearson", "Harlow"),
]  # fmt: skip

# (name, tags, web domain)
_GOVERNMENT = [
    ("Department of Economic Planning and Statistics (DEPS)", {"government", "abbreviation"}, "deps.mofe.gov.bn"),
    ("Department of Economic Planning and Statistics", {"government"}, "deps.mofe.gov.bn"),
    ("Autoriti Monetari Brunei Darussalam (AMBD)", {"government", "abbreviation"}, "ambd.gov.bn"),
    ("Autoriti Monetari Brunei Darussalam", {"government"}, "ambd.gov.bn"),
    ("Ministry of Primary Resources and Tourism", {"government"}, "mprt.gov.bn"),
    ("Department of Statistics Malaysia (DOSM)", {"government", "abbreviation"}, "dosm.gov.my"),
    ("Department of Statistics Malaysia", {"government"}, "dosm.gov.my"),
    ("Bank Negara Malaysia", {"government"}, "bnm.gov.my"),
    ("Sarawak Government", {"government"}, "sarawak.gov.my"),
    ("Tourism Malaysia", {"government"}, "tourism.gov.my"),
    ("Malaysia Digital Economy Corporation (MDEC)", {"government", "abbreviation"}, "mdec.my"),
    ("Brunei Economic Development Board (BEDB)", {"government", "abbreviation"}, "bedb.com.bn"),
    ("Asian Development Bank", {"government"}, "adb.org"),
    ("ASEAN", {"government", "acronym"}, "asean.org"),
    ("ASEAN Secretariat", {"government"}, "asean.org"),
    ("Sabah Tourism Board", {"government"}, "sabahtourism.com"),
    ("Sarawak Tourism Board", {"government"}, "sarawaktourism.com"),
    ("Brunei Darussalam Halal Food Control Division", {"government"}, "halal.gov.bn"),
    ("Department of Islamic Development Malaysia (JAKIM)", {"government", "abbreviation"}, "halal.gov.my"),
]  # fmt: skip
_FIRMS = [
    ("Bank Islam Brunei Darussalam Berhad", {"company"}, "bibd.com.bn"),
    ("Bank Islam Brunei Darussalam (BIBD)", {"company", "abbreviation"}, "bibd.com.bn"),
    ("Baiduri Bank Berhad", {"company"}, "baiduri.com.bn"),
    ("Royal Brunei Airlines Sdn. Bhd.", {"company"}, "flyroyalbrunei.com"),
    ("Royal Brunei Airlines", {"company"}, "flyroyalbrunei.com"),
    ("DST Communications Sdn Bhd", {"company"}, "dst.com.bn"),
    ("Progresif Cellular Sdn Bhd", {"company"}, "progresif.com"),
    ("Unified National Networks Sdn Bhd", {"company"}, "unn.com.bn"),
    ("Hua Ho Department Store Sdn Bhd", {"company"}, "huaho.com.bn"),
    ("Ghanim International Corporation Sdn Bhd", {"company"}, "ghanim.com.bn"),
    ("Sarawak Energy Berhad", {"company"}, "sarawakenergy.com"),
    ("Malayan Banking Berhad", {"company"}, "maybank.com"),
    ("Maybank Islamic Berhad", {"company"}, "maybank2u.com.my"),
    ("CIMB Group Holdings Berhad", {"company"}, "cimb.com"),
    ("Bank Islam Malaysia Berhad", {"company"}, "bankislam.com"),
    ("AirAsia X Berhad", {"company"}, "airasiax.com"),
    ("Capital A Berhad", {"company"}, "capitala.com"),
    ("MASwings Sdn. Bhd.", {"company"}, "maswings.com.my"),
    ("Borneo Eco Tours Sdn Bhd", {"company"}, "borneoecotours.com"),
    ("Sarawak Pay", {"company"}, "sarawakpay.com.my"),
    ("Ta Ann Holdings Berhad", {"company"}, "taann.com.my"),
    ("Sime Darby Plantation Bhd", {"company"}, "simedarbyplantation.com"),
    ("Shopee Singapore Pte Ltd", {"company"}, "shopee.sg"),
    ("Singapore Airlines Ltd", {"company"}, "singaporeair.com"),
    ("Grab Holdings Ltd", {"company"}, "grab.com"),
    ("Ernst & Young PLT", {"company", "ampersand"}, "ey.com"),
    ("Deloitte & Touche Malaysia", {"company", "ampersand"}, "deloitte.com"),
    ("Brunei Darussalam Women's Business Council", {"apostrophe"}, "bwbc.org.bn"),
    ("Sabah Women Entrepreneurs' and Professionals' Association (SWEPA)", {"apostrophe", "abbreviation"}, "swepa.org.my"),
    ("Malaysian Association of Tour & Travel Agents (MATTA)", {"ampersand", "abbreviation"}, "matta.org.my"),
    ("Brunei Malay Chamber of Commerce & Industry", {"ampersand"}, "bmcci.org.bn"),
]  # fmt: skip
_PRESS = ["Borneo Bulletin", "The Scoop", "Borneo Post", "Daily Express", "The Star", "New Straits Times",
          "The Edge Malaysia", "Nikkei Asia", "The Straits Times", "Malay Mail"]  # fmt: skip
_PRESS_SITES = {"Borneo Bulletin": "borneobulletin.com.bn", "The Scoop": "thescoop.co", "Borneo Post": "theborneopost.com",
                "Daily Express": "dailyexpress.com.my", "The Star": "thestar.com.my", "New Straits Times": "nst.com.my",
                "The Edge Malaysia": "theedgemalaysia.com", "Nikkei Asia": "asia.nikkei.com",
                "The Straits Times": "straitstimes.com", "Malay Mail": "malaymail.com"}  # fmt: skip
_RESEARCH = [("Euromonitor International", "euromonitor.com"), ("Kantar", "kantar.com"), ("Ipsos Malaysia", "ipsos.com"),
             ("Statista", "statista.com"), ("Nielsen", "nielsen.com"), ("Kantar Worldpanel Malaysia", "kantar.com"),
             ("DinarStandard", "dinarstandard.com"), ("Mastercard & CrescentRating", "crescentrating.com")]  # fmt: skip
_PRESSES = [("Routledge", "Abingdon"), ("Springer", "Singapore"), ("Palgrave Macmillan", "Singapore"),
            ("Emerald Publishing", "Bingley"), ("Universiti Brunei Darussalam Press", "Bandar Seri Begawan"),
            ("Penerbit UMS", "Kota Kinabalu"), ("UNIMAS Publisher", "Kota Samarahan"), ("Edward Elgar", "Cheltenham"),
            ("Sweet & Maxwell Asia", "Petaling Jaya"), ("Oxford Fajar", "Shah Alam")]  # fmt: skip


class Blind293WorkFactory(WorkFactory):
    """Works that Bruneian, Sabahan and Sarawakian marketers cite; a subclass, so no other half changes."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 293)
        self.fake = Faker("en_GB")
        self.fake.seed_instance(seed * 293 + 5)
        self.bodies: list[tuple[str, set[str], str, int]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.32:
            return {"family": self.rng.choice(_MALAY_FAMILY), "given": self.rng.choice(_MALAY_GIVEN)}
        if roll < 0.55:
            family, given = self.rng.choice(_CHINESE)
            return {"family": family, "given": given}
        if roll < 0.62:
            given, father = self.rng.choice(_IBAN)
            if self.rng.random() < 0.4:  # printed with "anak" before the father's name
                return {"family": father, "given": given, "non-dropping-particle": "anak"}
            return {"family": father, "given": given}
        if roll < 0.72:
            family, given = self.rng.choice(_BORNEAN)
            return {"family": family, "given": given}
        if roll < 0.87:
            family, given = self.rng.choice(_ABROAD)
            return {"family": family, "given": given}
        return {"family": self.fake.last_name(), "given": self.fake.first_name()}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[30, 28, 18, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if name not in people:
                people.append(name)
        return people

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1994, 2007)
        return self.rng.randint(2010, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        year = self.rng.randint(2023, 2025)
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if issued:
            if issued[0] > year:
                year = issued[0]
            if (
                year == issued[0]
                and len(issued) > 1
                and (month, day) < (issued[1], issued[2] if len(issued) > 2 else 1)
            ):
                month, day = issued[1], min(28, (issued[2] if len(issued) > 2 else 1) + self.rng.randint(0, 10))
                day = max(day, issued[2] if len(issued) > 2 else 1)
        return {"date-parts": [[year, month, day]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        place = self.rng.choice(_PLACES)
        who = self.rng.choice(_AUDIENCES)
        forms = [
            f"The effect of {topic} on {other}: evidence from {place}",
            f"Determinants of {topic} adoption among {who} in {place}",
            f"{topic[0].upper()}{topic[1:]} and {other} in {place}",
            f"Understanding {who}' intention towards {topic}: a PLS-SEM approach",
            f"Exploring {topic} in {place}: a qualitative study",
            f"{topic[0].upper()}{topic[1:]} in {place}: challenges and prospects",
            f"Does {topic} matter? {who[0].upper()}{who[1:]} in {place}",
            f"Revisiting {topic} for {who}: the case of {place}",
        ]
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "classic", "chapter", "journal", "government", "firm", "news", "market-research", "undated-web"],
            weights=[7, 7, 5, 24, 16, 14, 12, 9, 6],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PRESSES)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.2:
            record["edition"] = str(self.rng.randint(2, 4))
        return self._person_work(record, "book")

    def _classic(self) -> Work:
        authors, title, publisher, place = self.rng.choice(_CLASSICS)
        record: dict[str, Any] = {
            "type": "book", "title": title, "author": [{"family": f, "given": g} for f, g in authors],
            "issued": {"date-parts": [[self.rng.randint(2011, 2024)]]}, "publisher": publisher, "publisher-place": place,
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["edition"] = str(self.rng.randint(2, 17))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PRESSES)
        topic = self.rng.choice(_TOPICS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": self._people(2),
            "container-title": self.rng.choice([f"Handbook of {topic} in Southeast Asia", f"{topic[0].upper()}{topic[1:]} in Borneo",
                                                f"The Brunei economy: {topic} and diversification", f"Contemporary issues in {topic}"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{(start := self.rng.randint(1, 1200))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        if self.rng.random() < 0.55:
            record["DOI"] = (
                f"10.1108/{self.rng.choice(['JIMA', 'APJML', 'IJBM'])}-{self.rng.randint(2015, 2024)}-{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 400):04d}"
            )
        return self._person_work(record, "journal")

    def _body(self, table: list[tuple[str, set[str], str]]) -> tuple[str, set[str], str, int | None]:
        """An organisation and year; now and then one already used with the same year (2023a and 2023b)."""
        if self.bodies and self.rng.random() < 0.14:
            name, tags, domain, year = self.rng.choice(self.bodies)
            return name, tags, domain, year
        name, tags, domain = self.rng.choice(table)
        year = self.year() if self.rng.random() < 0.88 else None
        if year is not None:
            self.bodies.append((name, tags, domain, year))
        return name, set(tags), domain, year

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str], year: int | None) -> Work:
        if year is not None:
            record["issued"] = {"date-parts": [[year]]}
        if "URL" in record:
            record["accessed"] = self._accessed_after([year] if year else None)
        return self._org_work(record, kind, name, tags | ({"undated"} if year is None else set()))

    def _government(self) -> Work:
        name, tags, domain, year = self._body(_GOVERNMENT)
        short = name.split(" (")[0]
        titles = [f"Brunei Darussalam statistical yearbook {year or 2023}", f"Annual report {year or 2023}",
                  f"Tourism performance report {year or 2023}", f"Household income and expenditure survey {year or 2022}",
                  f"Financial stability report {year or 2023}", f"Digital economy masterplan {year or 2025}",
                  f"Islamic finance development report {year or 2023}", f"Visitor arrivals by country of residence, {year or 2023}",
                  f"Guidelines on {self.rng.choice(_TOPICS)}", f"{self.rng.choice(_PLACES)} tourism master plan"]  # fmt: skip
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "report", "webpage"]),
            "title": self.rng.choice(titles),
        }
        if record["type"] == "report":
            record["publisher"] = short
            record["publisher-place"] = self.rng.choice(["Bandar Seri Begawan", "Kuala Lumpur", "Putrajaya", "Kuching",
                                                         "Kota Kinabalu", "Manila", "Jakarta"])  # fmt: skip
        if record["type"] == "webpage" or self.rng.random() < 0.6:
            record["URL"] = f"https://www.{domain}/{self.fake.slug()}"
        return self._org(record, "report" if record["type"] == "report" else "web", name, tags | {"government"}, year)

    def _firm(self) -> Work:
        name, tags, domain, year = self._body(_FIRMS)
        if self.rng.random() < 0.45:
            record: dict[str, Any] = {"type": "report", "title": f"{self.rng.choice(['Annual report', 'Integrated annual report', 'Sustainability report'])}{f' {year}' if year else ''}",
                                      "publisher": name.split(" (")[0], "URL": f"https://www.{domain}/investor-relations/{self.fake.slug()}"}  # fmt: skip
            return self._org(record, "report", name, tags, year)
        page = self.rng.choice(["About us", "Our story", "Personal banking", "Halal commitment", "Sustainability",
                                "Rewards programme", "Mobile app", "Newsroom", "Travel deals", "Corporate profile"])  # fmt: skip
        record = {"type": "webpage", "title": page, "URL": f"https://www.{domain}/{self.fake.slug()}"}
        return self._org(record, "web", name, tags, year)

    def _news(self) -> Work:
        paper = self.rng.choice(_PRESS)
        year = self.rng.randint(2015, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        brand = self.rng.choice(["BIBD", "Baiduri", "RB", "DST", "imagine", "Progresif", "Hua Ho", "AirAsia",
                                 "MASwings", "Maybank", "CIMB", "Sarawak Pay", "Sarawak Energy", "Bank Islam"])  # fmt: skip
        title = self.rng.choice([f"{brand} launches new {self.rng.choice(_TOPICS)} offering",
                                 f"{self.rng.choice(_PLACES)} sees rise in {self.rng.choice(_TOPICS)}",
                                 f"{brand} eyes growth in {self.rng.choice(_PLACES)}",
                                 f"Tourist arrivals to {self.rng.choice(_PLACES)} rebound"])  # fmt: skip
        record: dict[str, Any] = {"type": "article-newspaper", "title": title, "container-title": paper,
                                  "issued": {"date-parts": [issued]},
                                  "URL": f"https://www.{_PRESS_SITES[paper]}/{self.fake.slug()}",
                                  "accessed": self._accessed_after(issued)}  # fmt: skip
        if self.rng.random() < 0.65:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _market_research(self) -> Work:
        name, domain = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.85 else None
        market = self.rng.choice(["Islamic banking", "halal food", "digital payments", "travel", "mobile telecoms",
                                  "grocery retail", "e-commerce", "palm oil", "consumer foodservice"])  # fmt: skip
        country = self.rng.choice(["Malaysia", "Brunei", "Singapore", "Southeast Asia", "Indonesia"])
        title = self.rng.choice([f"{market.capitalize()} in {country}", f"{market.capitalize()} in {country}: country report",
                                 f"Global Muslim travel index {year or 2024}", f"Number of {market} users in {country} from 2018 to 2028",
                                 f"{country} consumer insights: {market}", f"State of the global Islamic economy report {year or 2023}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" (")[0],
                                  "URL": f"https://www.{domain}/{self.fake.slug()}"}  # fmt: skip
        return self._org(record, "report", name, {"market-research"}, year)

    def _undated_web(self) -> Work:
        if self.rng.random() < 0.5:
            name, tags, domain = self.rng.choice(_FIRMS)
            pages = ["Frequently asked questions", "Our products and services", "About us", "Careers", "Contact us"]
        else:
            name, tags, domain = self.rng.choice(_GOVERNMENT)
            pages = [
                "Frequently asked questions",
                "Halal certification",
                "Mission and vision",
                "Statistics",
                "Publications",
            ]
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(pages),
                                  "URL": f"https://www.{domain}/{self.fake.slug()}"}  # fmt: skip
        return self._org(record, "web", name, set(tags), None)
