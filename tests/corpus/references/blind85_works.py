"""Works for the eighty-fifth held-out pool, "blind85": what marketers in Fiji, Samoa, Tonga, PNG, Vanuatu and Solomons cite.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by an eighty-fifth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, trade, CRM,
digital, destination and communications marketers at tourism authorities and resort groups, airlines, telecoms and
mobile-money providers, banks and insurers, fisheries, kava, water and food exporters, supermarket chains and
public-health programmes in Suva, Nadi, Apia, Nukuʻalofa, Port Moresby, Lae, Port Vila and Honiara write their
reference lists on CIM Level 6 and 7 courses and MBAs taught in English: regional and international journals with one
to eight authors, textbooks and chapters, theses from USP, FNU, NUS, UPNG and Unitech, Fijian, Samoan, Tongan and
Tok Pisin titles with English translations in square brackets, company, regulator, statistics-office and regional
body works with and without dates or access dates, Acts cited under the parliament that passed them, the Pacific
press signed and unsigned, research-firm reports, Facebook, TikTok and Instagram posts and podcasts; iTaukei,
Samoan, Tongan, Papua New Guinean, ni-Vanuatu, Solomon Islands, Indo-Fijian, Chinese-Pacific, part-European and
Australian and New Zealand expatriate names, with the ʻokina, particles, hyphens and accents.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# (family, given) pairs are drawn apart: family names by culture, given names by culture.
_FAMILIES = {
    "itaukei": ["Naivalu", "Tuilagi", "Vunibaka", "Qarase", "Ravuvu", "Nailatikau", "Waqanivalu", "Tikoduadua",
                "Raduva", "Nawalowalo", "Koroi", "Vakaloloma", "Rokotuibau", "Matanitobua", "Bulewa", "Seruvakula",
                "Tabualevu", "Delaibatiki", "Naqelevuki", "Lewaravu"],
    "samoan": ["Saʻilele", "Leaupepe", "Afamasaga", "Faleolo", "Tuiasosopo", "Aiono", "Fepuleaʻi", "Leota",
               "Schmidt", "Toleafoa", "Mataʻafa", "Lealaiauloto", "Vaʻai", "Tuimaleali'ifano", "Soʻoaemalelagi",
               "Leota-Ete", "Ah Mu"],
    "tongan": ["Fifita", "Taumoepeau", "Tupou", "ʻAkauʻola", "Fusitu'a", "Havili", "Lātū", "Vaipulu", "Moala",
               "Kupu", "Tōnuʻu", "Helu", "Māhina", "Taufa", "Funaki-Lolohea"],
    "png": ["Namaliu", "Somare", "Kaupa", "Wari", "Kila", "Morauta", "Tkatchenko", "Pundari", "Kumalau", "Yaru",
            "Gabi", "Mek", "Kuman", "Waiyu", "Tomaisi"],
    "vanuatu": ["Kalsakau", "Natapei", "Tabimasmas", "Napuat", "Molisa", "Regenvanu", "Iauko", "Vurobaravu",
                "Bule", "Tari"],
    "solomons": ["Sogavare", "Houenipwela", "Manele", "Ghiro", "Kenilorea", "Tozaka", "Wale", "Maelanga",
                 "Fono", "Hilly"],
    "indofijian": ["Prasad", "Chaudhry", "Sharma", "Khan", "Naidu", "Kumar", "Lal", "Reddy", "Singh", "Ali",
                   "Narayan", "Goundar", "Pillay", "Chand", "Nand"],
    "chinese": ["Wong", "Chan", "Leung", "Yee", "Lum", "Chen", "Ah Kee", "Young", "Tang"],
    "european": ["Pickering", "Brown", "Simpson", "Hennings", "Whippy", "Stinson", "Eastgate", "Kearsley",
                 "Gibson-Wilde", "Ryan", "MacDonald", "O'Connor", "Møller", "Dupré", "Nēmani"],
}  # fmt: skip
_GIVEN = {
    "itaukei": ["Ratu Epeli", "Adi Litia", "Ro Filipe", "Mereoni", "Semisi", "Losana", "Jone", "Salote",
                "Viliame", "Akanisi", "Ilisoni", "Unaisi", "Timoci", "Vasiti"],
    "samoan": ["Fiamē Naomi", "Tuilaepa", "Seiuli", "Lagi", "Ioane", "Faʻamausili", "Tupe", "Leilani", "Sina",
               "Afioga", "Mataio", "Penina"],
    "tongan": ["Sione", "ʻAna", "Siosaia", "Mele", "Tevita", "Losaline", "Viliami", "Kalolaine", "Pita",
               "Siueni"],
    "png": ["Rabbie", "Dame Carol", "Kila", "Bernadette", "Joseph", "Gima", "Wanpis", "Lucy", "Kaluwin",
            "Priscilla", "Dorish"],
    "vanuatu": ["Charlot", "Ralph", "Jotham", "Anne-Marie", "Esline", "Kalo", "Marie-Louise", "Joe"],
    "solomons": ["Manasseh", "Rick", "Jeremiah", "Lily", "Judith", "Stanley", "Alice", "Derek"],
    "indofijian": ["Rajesh", "Anjeela", "Mahendra", "Shaista", "Praveen", "Sunita", "Ashneel", "Farzana",
                   "Vijay", "Roshika", "Shalendra", "Kamal", "Neelam"],
    "chinese": ["Wei Ling", "Kevin", "Mei", "Jason", "Li Na", "Michelle", "Hao"],
    "european": ["Jean-Marc", "Fiona", "Hamish", "Kirsty", "Bruce", "Sarah-Jane", "Peter", "Aroha", "Gerard",
                 "Mia", "Lars", "Hélène"],
}  # fmt: skip
_CULTURES = ["itaukei", "itaukei", "samoan", "tongan", "png", "png", "vanuatu", "solomons", "indofijian",
             "indofijian", "chinese", "european", "european"]  # fmt: skip
_PARTICLED = [("de", "Robillard", "Paul"), ("van der", "Merwe", "Annelie"), ("de", "Vries", "Pieter"),
              ("du", "Fretay", "Isabelle"), ("van", "Heerden", "Karin"), ("le", "Roux", "Maxime"),
              ("da", "Costa", "Beatriz")]  # fmt: skip

_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("Tourism Fiji", {"company"}), ("Fiji Airways", {"company"}), ("Air Pacific Limited", {"company"}),
    ("Vodafone Fiji Pte Limited", {"company"}), ("Digicel (Fiji) Pte Limited", {"company", "brackets"}),
    ("Amalgamated Telecom Holdings Limited", {"company"}), ("Fiji Water LLC", {"company"}),
    ("Fiji National Provident Fund", {"company"}), ("Fiji National Provident Fund (FNPF)", {"abbreviation"}),
    ("BSP Financial Group Limited", {"company"}), ("ANZ Pacific", {"company"}), ("Westpac Fiji", {"company"}),
    ("Samoa Tourism Authority", {"government"}), ("Samoa Airways", {"company"}), ("Digicel Samoa", {"company"}),
    ("Tonga Development Bank", {"company"}), ("Tonga Communications Corporation", {"company"}),
    ("Air Niugini Limited", {"company"}), ("Kumul Petroleum Holdings Limited", {"company"}),
    ("Papua New Guinea Tourism Promotion Authority", {"government"}), ("Vanuatu Tourism Office", {"government"}),
    ("Solomon Islands Visitors Bureau", {"government"}), ("Solomon Telekom Company Limited", {"company"}),
    ("Motibhai Group", {"company"}), ("RB Patel Group Limited", {"company"}),
    ("Punja & Sons Pte Limited", {"company", "ampersand"}), ("Pacific Community (SPC)", {"abbreviation"}),
    ("Pacific Islands Forum Secretariat", {"government"}),
    ("South Pacific Tourism Organisation (SPTO)", {"abbreviation"}), ("Pacific Tourism Organisation", set()),
    ("Consumer Council of Fiji", {"government"}), ("Fiji Competition & Consumer Commission", {"government", "ampersand"}),
    ("Fiji Commerce & Employers Federation", {"ampersand"}), ("Women in Business Development Inc.", {"company"}),
    ("Fiji Hotel & Tourism Association", {"ampersand"}), ("Tebbutt Research", {"market-research"}),
    ("Kantar", {"market-research"}), ("Ipsos", {"market-research"}), ("Euromonitor International", {"market-research"}),
    ("Asian Development Bank", set()), ("World Bank", set()), ("UNICEF Pacific", set()),
    ("World Health Organization", set()), ("Pacific Private Sector Development Initiative (PSDI)", {"abbreviation"}),
    ("Fiji Women's Rights Movement", {"apostrophe"}), ("Pacific Islands Private Sector Organisation (PIPSO)", {"abbreviation"}),
    ("Investment Fiji", {"government"}), ("Samoa Chamber of Commerce & Industry", {"ampersand"}),
    ("Nature's Way Cooperative (Fiji) Ltd", {"apostrophe", "company"}), ("M.H. Ltd", {"company"}),
    ("Kava Vanuatu Ltd", {"company"}), ("Pacific Islands News Association", set()),
]  # fmt: skip
_GOVERNMENT = [
    "Fiji Bureau of Statistics", "Samoa Bureau of Statistics", "Tonga Statistics Department",
    "National Statistical Office of Papua New Guinea", "Vanuatu Bureau of Statistics",
    "Solomon Islands National Statistics Office", "Reserve Bank of Fiji", "Central Bank of Samoa",
    "National Reserve Bank of Tonga", "Bank of Papua New Guinea", "Reserve Bank of Vanuatu",
    "Ministry of Health and Medical Services", "Ministry of Commerce, Trade, Tourism and Transport",
    "Ministry of Fisheries", "Ministry of Health, Samoa", "Government of Samoa", "Fiji Government",
    "Department of Information and Communications Technology", "Online Safety Commission",
    "Telecommunications Authority of Fiji", "Office of the Regulator (Samoa)",
]  # fmt: skip
_GOV_URLS = ["https://www.statsfiji.gov.fj/", "https://www.sbs.gov.ws/", "https://tongastats.gov.to/",
             "https://www.nso.gov.pg/", "https://www.rbf.gov.fj/", "https://www.cbs.gov.ws/",
             "https://www.health.gov.fj/", "https://www.mcttt.gov.fj/", "https://www.fisheries.gov.fj/",
             "https://www.fiji.gov.fj/", "https://www.bankpng.gov.pg/"]  # fmt: skip
_ACTS = [("Parliament of Fiji", "Online Safety Act 2018", 2018), ("Parliament of Fiji", "Consumer Council of Fiji Act 1976", 1976),
         ("Parliament of Fiji", "Fijian Competition and Consumer Commission Act 2010", 2010),
         ("Parliament of Samoa", "Telecommunications Act 2005", 2005), ("Legislative Assembly of Tonga", "Consumer Protection Act 2000", 2000),
         ("Parliament of the Republic of Vanuatu", "Consumer Protection Act No. 37 of 2020", 2020),
         ("Government of Papua New Guinea", "National Data Protection Policy", 2021),
         ("Parliament of Fiji", "Tobacco Control Act 2010", 2010), ("Parliament of Samoa", "Tourism Development Act 2012", 2012),
         ("National Parliament of Solomon Islands", "Consumer Protection Act 1995", 1995)]  # fmt: skip
_PRESS = ["Fiji Times", "Fiji Sun", "FBC News", "Samoa Observer", "Matangi Tonga", "Post-Courier", "The National",
          "Vanuatu Daily Post", "Solomon Star", "Islands Business", "RNZ Pacific", "ABC Pacific"]  # fmt: skip
_PRESS_URLS = {"Fiji Times": "https://www.fijitimes.com.fj/", "Fiji Sun": "https://fijisun.com.fj/",
               "FBC News": "https://www.fbcnews.com.fj/", "Samoa Observer": "https://www.samoaobserver.ws/",
               "Matangi Tonga": "https://matangitonga.to/", "Post-Courier": "https://www.postcourier.com.pg/",
               "The National": "https://www.thenational.com.pg/", "Vanuatu Daily Post": "https://www.dailypost.vu/",
               "Solomon Star": "https://www.solomonstarnews.com/", "Islands Business": "https://islandsbusiness.com/",
               "RNZ Pacific": "https://www.rnz.co.nz/international/pacific-news/", "ABC Pacific": "https://www.abc.net.au/pacific/"}  # fmt: skip
_JOURNALS = ["Journal of Pacific Studies", "The Contemporary Pacific", "Pacific Economic Review",
             "Asia Pacific Viewpoint", "Journal of Destination Marketing & Management", "Tourism Management",
             "Journal of Business Research", "Pacific Economic Bulletin", "Journal of Marketing Management",
             "Asia Pacific Journal of Marketing and Logistics", "Journal of Sustainable Tourism",
             "Development Policy Review", "Marine Policy", "Journal of Islands Studies"]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Oxford University Press", "Oxford"), ("Cengage", "South Melbourne"), ("McGraw-Hill Education", "North Ryde"),
               ("USP Press", "Suva"), ("Institute of Pacific Studies", "Suva"), ("University of Hawaiʻi Press", "Honolulu"),
               ("ANU Press", "Canberra"), ("Wiley", "Milton")]  # fmt: skip
_UNIVERSITIES = [("University of the South Pacific", "Suva"), ("Fiji National University", "Nasinu"),
                 ("National University of Samoa", "Apia"), ("University of Papua New Guinea", "Port Moresby"),
                 ("PNG University of Technology", "Lae"), ("University of Auckland", "Auckland")]  # fmt: skip
_TOPICS = ["destination branding", "mobile money", "diaspora remittances", "kava exports", "cruise tourism",
           "rugby sevens sponsorship", "supermarket loyalty", "vanua-based tourism", "financial inclusion",
           "non-communicable disease campaigns", "bottled water branding", "tuna fisheries certification",
           "digital banking", "social media marketing", "airline service quality", "resort guest satisfaction",
           "the Bula Spirit", "village homestays", "market vendors", "women in small business",
           "church and community networks", "the talanoa method", "fa'a Samoa in advertising", "sugar taxes",
           "COVID-19 recovery", "seasonal worker schemes", "telecommunications competition", "e-commerce adoption"]  # fmt: skip
_PLACES = ["Fiji", "Samoa", "Tonga", "Papua New Guinea", "Vanuatu", "Solomon Islands", "the Pacific",
           "Pacific Island countries", "Melanesia", "Polynesia", "small island developing states", "Suva",
           "Port Moresby", "the South Pacific"]  # fmt: skip
_VERNACULAR = [("Na vanua kei na veiqaravi", "The land and hospitality"), ("Vakaturaga ena veiqaravi", "Chiefly manners in service"),
               ("O le fa'asinomaga o le tagata Samoa", "The identity of the Samoan person"),
               ("Tauhi vā mo e fefakatau'aki", "Keeping relations in trade"), ("Bisnis long ples", "Business in the village"),
               ("Mani long pocket: mobile money long Papua Niugini", "Money in your pocket: mobile money in Papua New Guinea"),
               ("Ko e fonua mo e folau", "Land and voyaging"), ("Lalaga o le manuia", "Weaving prosperity")]  # fmt: skip


class Blind85WorkFactory(WorkFactory):
    """The blind85 pool's works; a subclass so no other pool's factory or corpus changes."""

    KINDS = ("book", "chapter", "journal", "web", "report", "legislation", "news", "thesis", "social", "podcast")

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 85085)
        self.org_years: list[tuple[str, set[str], int]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        rng = self.rng
        if rng.random() < 0.06:
            particle, family, given = rng.choice(_PARTICLED)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        culture = rng.choice(_CULTURES)
        family = rng.choice(_FAMILIES[culture])
        given = rng.choice(_GIVEN[culture if rng.random() < 0.85 else rng.choice(_CULTURES)])
        if rng.random() < 0.05 and "-" not in family and " " not in family:
            family = f"{family}-{rng.choice(_FAMILIES[rng.choice(_CULTURES)]).split('-')[0]}"
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            one = self.person()
            if all(one["family"] != p["family"] for p in people):
                people.append(one)
        return people

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        if self.rng.random() < 0.06:
            return self.rng.randint(1972, 1999)
        return self.rng.randint(2005, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        rng = self.rng
        first = max(issued[0] if issued else 2022, 2022)
        year = rng.randint(first, max(first, 2025) + (1 if first >= 2025 else 0))
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        if issued and year == issued[0] and len(issued) > 1:
            month = rng.randint(issued[1], 12)
            if month == issued[1] and len(issued) > 2:
                day = rng.randint(issued[2], 28)
        return {"date-parts": [[year, month, day]]}

    def _title(self) -> str:
        rng = self.rng
        topic, other, place = rng.choice(_TOPICS), rng.choice(_TOPICS), rng.choice(_PLACES)
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {place}",
            f"{topic[0].upper()}{topic[1:]} and {other}: evidence from {place}",
            f"Rethinking {topic} in {place}",
            f"Consumer attitudes to {topic} in {place}",
            f"The role of {topic} in {other}",
            f"{topic[0].upper()}{topic[1:]}: a case study of {place}",
            f"Marketing {topic} to young people in {place}",
            f"Trust, {topic} and {other} in {place}",
        ]
        if rng.random() < 0.08:
            original, english = rng.choice(_VERNACULAR)
            return f"{original} [{english}]"
        return rng.choice(forms)

    def _issued(self, year: int | None = None, day: bool = False) -> dict[str, list[list[int]]]:
        year = year or self.year()
        if day:
            return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        return {"date-parts": [[year]]}

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "web", "report", "government", "legislation", "news", "thesis", "social",
             "podcast", "market-research"],
            weights=[12, 6, 24, 10, 10, 9, 3, 10, 4, 5, 2, 5],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_dated(self, record: dict[str, Any], kind: str, name: str, tags: set[str], dated: bool = True) -> Work:
        if dated:
            if self.org_years and self.rng.random() < 0.12:  # the same body twice in one year: 2023a and 2023b
                name, tags, year = self.rng.choice(self.org_years)
                record["issued"] = {"date-parts": [[year]]}
            else:
                record.setdefault("issued", self._issued())
            self.org_years.append((name, tags, record["issued"]["date-parts"][0][0]))
        else:
            record.pop("issued", None)
        if "URL" in record and self.rng.random() < 0.88:
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        return self._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": self._issued(), "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 280)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": f"{self.rng.choice(['Marketing in', 'Tourism and development in', 'Business and society in', 'Doing business in'])} {self.rng.choice(_PLACES)}",
            "issued": self._issued(), "publisher": publisher, "publisher-place": place, "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 700)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": self._issued(),
            "volume": str(self.rng.randint(1, 95)), "page": f"{start}-{start + self.rng.randint(6, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["issue"] = str(self.rng.randint(1, 6))
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.rng.choice(['tcp', 'apv', 'jdmm', 'tm', 'jbr', 'per'])}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(),
                                  "URL": f"https://www.{self.rng.choice(['tourismfiji.com', 'fijiairways.com', 'vodafone.com.fj', 'bsp.com.fj', 'samoa.travel', 'vanuatu.travel', 'visitsolomons.com.sb', 'spc.int', 'forumsec.org', 'digicelgroup.com'])}/{self.rng.choice(['news', 'about', 'media', 'insights', 'blog'])}/{self.rng.randint(100, 9999)}"}  # fmt: skip
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            if self.rng.random() < 0.8:
                record["issued"] = self._issued()
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_dated(record, "web", name, tags, dated=self.rng.random() < 0.75)

    def _report(self) -> Work:
        name, tags = self.organisation()
        title = (
            self._title()
            if self.rng.random() < 0.5
            else f"{self.rng.choice(['Annual report', 'Sustainability report', 'Integrated report', 'Strategic plan', 'Corporate plan', 'Market insight report'])} {self.rng.randint(2015, 2025)}"
        )
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" (")[0],
                                  "publisher-place": self.rng.choice(["Suva", "Nadi", "Apia", "Nukuʻalofa", "Port Moresby", "Lae", "Port Vila", "Honiara", "Noumea"])}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = (
                f"https://www.{name.split()[0].lower().strip('(),.&')}.com/reports/{self.rng.randint(10, 999)}"
            )
        return self._org_dated(record, "report", name, tags, dated=self.rng.random() < 0.85)

    def _government(self) -> Work:
        name = self.rng.choice(_GOVERNMENT)
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self.rng.choice([self._title(), f"Household Income and Expenditure Survey {self.rng.randint(2013, 2024)}",
                                      f"Visitor arrivals statistics {self.rng.randint(2015, 2025)}", f"Census of population and housing {self.rng.choice([2007, 2011, 2016, 2017, 2021, 2024])}",
                                      f"Banking supervision policy statement no. {self.rng.randint(1, 20)}", f"Quarterly review, {self.rng.choice(['March', 'June', 'September', 'December'])} {self.rng.randint(2016, 2025)}"]),
            "URL": f"{self.rng.choice(_GOV_URLS)}{self.rng.choice(['publications', 'statistics', 'notices', 'reports'])}/{self.rng.randint(100, 9999)}",
        }  # fmt: skip
        return self._org_dated(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _legislation(self) -> Work:
        body, title, year = self.rng.choice(_ACTS)
        record: dict[str, Any] = {"type": "report", "title": title, "issued": self._issued(year),
                                  "publisher": "Government Printer", "publisher-place": self.rng.choice(["Suva", "Apia", "Nukuʻalofa", "Port Vila", "Honiara", "Port Moresby"])}  # fmt: skip
        return self._org_work(record, "legislation", body, {"legislation", "government"})

    def _news(self) -> Work:
        press = self.rng.choice(_PRESS)
        issued = self._issued(day=True)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": press,
                                  "issued": issued, "URL": f"{_PRESS_URLS[press]}{issued['date-parts'][0][0]}/{self.rng.randint(1000, 99999)}"}  # fmt: skip
        if self.rng.random() < 0.9:
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", press, {"press"})

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": self._people(1),
                                  "genre": self.rng.choice(["MBA thesis", "MA thesis", "PhD thesis", "MCom thesis"]),
                                  "publisher": university, "publisher-place": place, "issued": self._issued()}  # fmt: skip
        return self._person_work(record, "thesis")

    def _social(self) -> Work:
        name, tags = self.rng.choice([o for o in _ORGANISATIONS if "company" in o[1] or "government" in o[1]])
        platform = self.rng.choice(["Facebook", "TikTok", "Instagram", "LinkedIn", "YouTube"])
        record: dict[str, Any] = {"type": "post", "title": self.rng.choice(["Bula! Our new summer fares are here", "Talofa from Apia", "Mālō e lelei, Tonga", "Free data weekend for Fiji Day", "Nau mai: meet our new app", "Happy Diwali from our family to yours", "Back to school with M-PAiSA", "Get ready for the Hibiscus Festival"]) + f" #{self.rng.randint(1, 99)}",
                                  "container-title": platform, "issued": self._issued(day=True),
                                  "URL": f"https://www.{platform.lower()}.com/{name.split()[0].lower().strip('(),.&')}/{self.rng.randint(10000, 99999)}"}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._org_work(record, "social", name, tags | {"social"})

    def _podcast(self) -> Work:
        record: dict[str, Any] = {"type": "broadcast", "title": f"{self._title()} (episode {self.rng.randint(1, 80)})",
                                  "container-title": self.rng.choice(["Pacific Business Talanoa", "The Island Marketer", "Bula Business", "Moana Money"]),
                                  "author": self._people(2), "issued": self._issued(day=True),
                                  "URL": f"https://podcasts.apple.com/podcast/id{self.rng.randint(100000, 999999)}"}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "podcast")

    def _market_research(self) -> Work:
        name = self.rng.choice(["Tebbutt Research", "Kantar", "Ipsos", "Euromonitor International", "Statista"])
        market = self.rng.choice(["mobile money", "bottled water", "kava", "grocery retail", "telecommunications",
                                  "inbound tourism", "banking", "soft drinks", "instant noodles"])  # fmt: skip
        year = self.year()
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice([f"{market.capitalize()} in {self.rng.choice(_PLACES)}", f"Pacific {market} consumer survey {year}", f"{market.capitalize()}: brand health tracker, wave {self.rng.randint(1, 9)}"]),
                                  "publisher": name, "URL": f"https://www.{name.split()[0].lower()}.com/{self.rng.randint(1000, 99999)}"}  # fmt: skip
        if self.rng.random() < 0.9:
            record["issued"] = self._issued(year)
        return self._org_dated(record, "report", name, {"market-research"}, dated="issued" in record)
