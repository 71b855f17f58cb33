"""Works for the "blind116" pool (HELD OUT): what marketers in Tanzania and Uganda, and their diaspora in London,
Nairobi and Toronto, cite in CIM Level 6 and 7 reports and MBA assignments.

Written without reading the checker or any other pool. Textbooks (editions, e-books), chapters, journal articles
with one to eight authors (some with a DOI) from East African and international journals, theses from the
University of Dar es Salaam, Makerere, Mzumbe, Moshi Co-operative University and Uganda Christian University,
conference papers, company pages and reports (Ltd, PLC, co-operative unions), trade bodies, regulators (the Bank of
Tanzania, the Bank of Uganda, TCRA, UCC, NEMA, the URA), laws as web pages ("Cap. 212", "Act No. 6 of 2019"),
market-research firms, the Dar es Salaam, Kampala and Nairobi press signed and unsigned, social posts, podcasts and
videos and undated pages; Swahili titles with English in square brackets. Names: Swahili, Chagga, Sukuma, Haya,
Zanzibari-Arab ("bin", "binti", "Al-"), Indian-East-African, Baganda, Banyankole and Acholi names, Christian and
Muslim given names together, "wa" particles, transliteration variants and expatriates writing about the region.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# (family, given) as reference managers hold them; given names mix Christian, Muslim and local names.
_TANZANIAN = [
    ("Mwakyusa", "Neema"), ("Kimaro", "Elibariki"), ("Massawe", "Godfrey"), ("Lyimo", "Anna Ndeshi"), ("Mushi", "Faustine"),
    ("Shirima", "Upendo"), ("Temba", "Gaudensia"), ("Urassa", "Emmanuel"), ("Masanja", "Kulwa"), ("Mabula", "Doto"),
    ("Shija", "Pendo"), ("Ndulu", "Benno"), ("Nkwabi", "Stephano"), ("Rweyemamu", "Justinian"), ("Kaijage", "Adelina"),
    ("Rugemalira", "Audax"), ("Mutembei", "Josephat"), ("Kamugisha", "Felista"), ("Mwinyi", "Zuhura"), ("Mfinanga", "Theresia"),
    ("Mrema", "Baraka"), ("Mollel", "Lazaro"), ("Laizer", "Naserian"), ("Msuya", "Rehema"), ("Kombo", "Mwanaisha"),
    ("Mkapa", "Joyce"), ("Kitwana", "Hamisi"), ("Nyerere", "Rose"), ("Mwakalinga", "Ester"), ("Sanga", "Dickson"),
    ("Mbwambo", "Imani"), ("Kisanga", "Fatuma"), ("Swai", "Evarist"), ("Mtui", "Prisca"), ("Mbilinyi", "Gerald"),
    ("Ngowi", "Honest Prosper"), ("Lema", "Agatha"), ("Mwaipopo", "Tumaini"), ("Mwamba", "Sospeter"), ("Chande", "Saida"),
]  # fmt: skip
_ZANZIBARI = [
    ("Al-Barwani", "Salma"), ("Al-Busaidy", "Khalfan"), ("Mazrui", "Abdulrahman"), ("Al-Harthy", "Ameir"),
    ("Juma", "Asha Abdalla"), ("Said", "Maryam"), ("Saidi", "Omari"), ("Seif", "Riziki"), ("Ali", "Othman Masoud"),
    ("Mohamed", "Amina"), ("Mohammed", "Khamis"), ("Muhammad", "Ibrahim"), ("Al-Riyami", "Nassor"), ("Suleiman", "Time"),
]  # fmt: skip
# Names with a particle: "bin" and "binti" before the father's name, "wa" before a Kikuyu or Kamba name.
_PARTICLED = [
    ("bin", "Salim", "Ali"), ("bin", "Khamis", "Abdalla"), ("binti", "Juma", "Mwanakombo"), ("binti", "Omar", "Zainab"),
    ("bin", "Seif", "Hamad"), ("wa", "Kamau", "Wanjiru"), ("wa", "Mutua", "Mumbua"), ("bin", "Othman", "Suleiman"),
]  # fmt: skip
_INDIAN = [
    ("Patel", "Nisha"), ("Dewji", "Zahir"), ("Jaffer", "Alnoor"), ("Karimjee", "Yusuf"), ("Ladha", "Shamim"),
    ("Madhvani", "Kavita"), ("Mehta", "Rajesh"), ("Virani", "Salim"), ("Bhimji", "Farida"), ("Lalani", "Aziz"),
    ("Ruparelia", "Sudhir"), ("Shah", "Bhavna"), ("Dhanani", "Karim"), ("Hirji", "Nazneen"), ("Chandaria", "Manu"),
]  # fmt: skip
_UGANDAN = [
    ("Ssemakula", "Moses"), ("Nakato", "Sarah"), ("Kiggundu", "Dorothy Nakalema"), ("Mukasa", "Robert Kato"),
    ("Ssewanyana", "Brian"), ("Nalubega", "Harriet"), ("Kasozi", "Ivan"), ("Lubega", "Shamim"), ("Namusoke", "Prossy"),
    ("Ssekandi", "Julius"), ("Kizza", "Edith"), ("Muwanga", "Ronald"), ("Ssemwogerere", "Daniel"), ("Nabukenya", "Juliet"),
    ("Tumusiime", "Patience"), ("Byaruhanga", "Godwin"), ("Ahimbisibwe", "Fortunate"), ("Atuhaire", "Brenda"),
    ("Mugisha", "Allan"), ("Tumwesigye", "Ambrose"), ("Natukunda", "Gloria"), ("Turyahikayo", "Eliab"),
    ("Asiimwe", "Doreen"), ("Kyomuhendo", "Grace"), ("Okello", "Geoffrey"), ("Opiyo", "Denis"), ("Akello", "Christine"),
    ("Ocen", "Patrick"), ("Ojok", "Bosco"), ("Lakot", "Stella"), ("Oryema", "Jimmy"), ("Aciro", "Nancy"),
    ("Oryem-Lakot", "Irene"), ("Nsubuga", "Hajji Twaha"), ("Kakooza", "Rashid"), ("Nambi", "Aisha"),
]  # fmt: skip
_EXPATRIATE = [
    ("Sørensen", "Mette"), ("Ødegaard", "Lars"), ("Müller", "Katrin"), ("Björkman", "Ivar"), ("Gonçalves", "Rui"),
    ("Gauthier-Lévesque", "Émilie"), ("Hüsken", "Jörg"), ("Smith", "Rebecca"), ("Thompson", "Alastair"),
    ("O'Brien", "Siobhan"), ("Van Zyl", "Pieter"), ("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Chaffey", "Dave"),
    ("Jobber", "David"), ("Ellis-Chadwick", "Fiona"), ("Ferrari", "Paola"), ("Nyström", "Anna"), ("Lindqvist", "Åsa"),
]  # fmt: skip

# Organisations as candidates write them as authors, with tags.
_COMPANIES = [
    ("Vodacom Tanzania PLC", {"company"}), ("Airtel Uganda", {"company"}), ("MTN Uganda Ltd", {"company"}),
    ("Tigo Tanzania", {"company"}), ("Tanzania Breweries Limited", {"company"}), ("Uganda Breweries Ltd", {"company"}),
    ("Nile Breweries Ltd", {"company"}), ("Bakhresa Group", {"company"}), ("Azam Media Ltd", {"company"}),
    ("CRDB Bank PLC", {"company", "acronym"}), ("NMB Bank Plc", {"company", "acronym"}), ("Stanbic Bank Uganda Ltd", {"company"}),
    ("Centenary Bank", {"company"}), ("Kilimanjaro Native Co-operative Union (KNCU)", {"company", "abbreviation"}),
    ("Kagera Co-operative Union (KCU)", {"company", "abbreviation"}), ("Kakira Sugar Ltd", {"company"}),
    ("Mwananchi Communications Ltd", {"company"}), ("Nation Media Group", {"company"}),
    ("Vision Group", {"company"}), ("Serengeti Breweries Ltd", {"company"}), ("Coca-Cola Kwanza Ltd", {"company"}),
    ("Century Bottling Company Ltd", {"company"}), ("Mohammed Enterprises (T) Ltd", {"company", "abbreviation"}),
    ("Shoprite Uganda", {"company"}), ("Carrefour Uganda", {"company"}), ("Mango Tree Safaris", {"company"}),
    ("&Beyond", {"company", "ampersand"}), ("Serena Hotels", {"company"}), ("Mukwano Group of Companies", {"company"}),
    ("Tanga Fresh Ltd", {"company"}), ("Unilever Tea Tanzania Ltd", {"company"}), ("Wakulima Tea Company", {"company"}),
    ("Alpha Group (U) Ltd", {"company", "abbreviation"}), ("Quality Chemical Industries Ltd", {"company"}),
    ("Scanad Africa", {"company"}), ("Ogilvy Africa", {"company"}), ("Jumia Uganda", {"company"}),
    ("SafeBoda", {"company"}), ("Selcom Tanzania", {"company"}), ("Dar es Salaam Stock Exchange PLC", {"company"}),
]  # fmt: skip
_BODIES = [
    ("Tanzania Private Sector Foundation (TPSF)", {"trade-body", "abbreviation"}),
    ("Private Sector Foundation Uganda", {"trade-body"}), ("Uganda Manufacturers Association", {"trade-body"}),
    ("Confederation of Tanzania Industries (CTI)", {"trade-body", "abbreviation"}),
    ("Tanzania Association of Tour Operators", {"trade-body"}), ("Uganda Tourism Association", {"trade-body"}),
    ("Marketing Society of Uganda", {"trade-body"}), ("Chartered Institute of Marketing", {"trade-body"}),
    ("GSMA", {"trade-body", "acronym"}), ("Twaweza East Africa", {"ngo"}), ("FSD Tanzania", {"ngo", "acronym"}),
    ("Financial Sector Deepening Uganda", {"ngo"}), ("Uganda Bankers' Association", {"trade-body", "apostrophe"}),
    ("Tanzania Horticultural Association (TAHA)", {"trade-body", "abbreviation"}), ("BRAC Uganda", {"ngo", "acronym"}),
    ("TechnoServe", {"ngo"}), ("Tanzania Bankers Association", {"trade-body"}),
]  # fmt: skip
_REGULATORS = [
    ("Bank of Tanzania", {"government"}), ("Bank of Uganda", {"government"}),
    ("Tanzania Communications Regulatory Authority (TCRA)", {"government", "abbreviation"}),
    ("Tanzania Communications Regulatory Authority", {"government"}),
    ("Uganda Communications Commission (UCC)", {"government", "abbreviation"}), ("Uganda Communications Commission", {"government"}),
    ("National Environment Management Authority (NEMA)", {"government", "abbreviation"}),
    ("Uganda Revenue Authority", {"government"}), ("URA", {"government", "acronym"}), ("Tanzania Revenue Authority", {"government"}),
    ("National Bureau of Statistics", {"government"}), ("Uganda Bureau of Statistics (UBOS)", {"government", "abbreviation"}),
    ("Tanzania Tourist Board", {"government"}), ("Uganda Tourism Board", {"government"}),
    ("Fair Competition Commission", {"government"}), ("Tanzania Coffee Board", {"government"}),
    ("Uganda Coffee Development Authority (UCDA)", {"government", "abbreviation"}), ("Tea Board of Tanzania", {"government"}),
    ("Capital Markets Authority Uganda", {"government"}), ("Ministry of Finance and Planning", {"government"}),
    ("Ministry of Finance, Planning and Economic Development", {"government", "comma"}),
    ("Tanzania Bureau of Standards (TBS)", {"government", "abbreviation"}), ("Uganda National Bureau of Standards", {"government"}),
    ("Zanzibar Commission for Tourism", {"government"}), ("Dar es Salaam City Council", {"government"}),
]  # fmt: skip
_MARKET_RESEARCH = ["GeoPoll", "Ipsos Tanzania", "Kantar", "Euromonitor International", "Statista", "Mintel", "GlobalData",
                    "Research ICT Africa", "Infotrak Research", "Nielsen"]  # fmt: skip
_PRESS = ["The Citizen", "Daily News", "Mwananchi", "The EastAfrican", "Daily Monitor", "New Vision", "The Independent (Uganda)",
          "Business Daily Africa", "The Guardian (Tanzania)", "Nipashe", "Mwanahalisi", "HabariLeo", "Bukedde",
          "Nation (Kenya)", "The Observer (Uganda)", "Marketing Week", "Campaign"]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Oxford University Press", "Oxford"), ("Wiley", "Chichester"), ("Palgrave Macmillan", "London"),
               ("Mkuki na Nyota", "Dar es Salaam"), ("Fountain Publishers", "Kampala"), ("Dar es Salaam University Press", "Dar es Salaam"),
               ("East African Educational Publishers", "Nairobi"), ("Cengage", "Andover"), ("McGraw-Hill Education", "Maidenhead"),
               ("Tanzania Publishing House", "Dar es Salaam"), ("Makerere University Press", "Kampala")]  # fmt: skip
_JOURNALS = ["Business Management Review", "African Journal of Economic Review", "Journal of African Business",
             "Tanzania Journal of Development Studies", "ORSEA Journal", "Makerere Business Journal",
             "Journal of Co-operative and Business Studies", "African Journal of Business Management",
             "International Journal of Bank Marketing", "Journal of Islamic Marketing", "Journal of Marketing Management",
             "Utafiti Journal", "Journal of Tourism Futures", "Information Technology for Development",
             "Journal of Retailing and Consumer Services", "Uongozi Journal of Management and Development Dynamics",
             "Journal of Global Marketing", "African Journal of Hospitality, Tourism and Leisure"]  # fmt: skip
_TOPICS = ["mobile money adoption", "M-Pesa and Tigo Pesa agents", "SACCO membership", "brand loyalty among bodaboda riders",
           "beer price promotions", "soft-drink returnable bottles", "coffee co-operatives", "specialty coffee exports",
           "Nile perch exports", "safari tourism", "Zanzibar beach hotels", "supermarket private labels",
           "radio advertising in Swahili", "WhatsApp commerce", "Instagram sellers in Kariakoo", "bank agency banking",
           "Islamic banking products", "tea smallholders", "sugar pricing", "Bongo Flava endorsements",
           "customer satisfaction in telecoms", "micro-insurance uptake", "bulk SMS marketing", "diaspora remittances",
           "domestic tourism", "cause-related marketing by NGOs", "Luganda-language media", "digital lending apps"]  # fmt: skip
_PLACES = ["Tanzania", "Uganda", "Dar es Salaam", "Kampala", "Arusha", "Zanzibar", "Mwanza", "Dodoma", "Mbarara",
           "Gulu", "Entebbe", "East Africa", "the Lake Victoria basin", "Kilimanjaro region", "Kagera region"]  # fmt: skip
_SWAHILI_TITLES = [
    ("Matumizi ya huduma za fedha kwa simu za mkononi vijijini", "The use of mobile money services in rural areas"),
    ("Uaminifu wa wateja kwa benki za biashara Tanzania", "Customer loyalty to commercial banks in Tanzania"),
    ("Masoko ya kahawa na vyama vya ushirika mkoani Kilimanjaro", "Coffee marketing and co-operative unions in Kilimanjaro region"),
    ("Utalii wa ndani na tabia za watalii wa Kitanzania", "Domestic tourism and the behaviour of Tanzanian tourists"),
    ("Nafasi ya redio za jamii katika matangazo ya biashara", "The role of community radio in commercial advertising"),
    ("Mitandao ya kijamii na biashara ndogo ndogo Kariakoo", "Social media and small businesses in Kariakoo"),
    ("Ushindani wa bei katika soko la vinywaji baridi", "Price competition in the soft-drink market"),
    ("Huduma kwa wateja katika makampuni ya simu", "Customer service in telecom companies"),
    ("Mwongozo wa ulinzi wa taarifa binafsi", "A guide to personal data protection"),
    ("Ripoti ya mwaka ya ushirika wa akiba na mikopo", "Annual report of the savings and credit co-operative"),
]  # fmt: skip
_LUGANDA_TITLES = [
    ("Okutunda emmwanyi mu Buganda", "Selling coffee in Buganda"),
    ("Enkozesa ya Mobile Money mu byalo", "The use of mobile money in villages"),
]  # fmt: skip
_UNIVERSITIES = ["University of Dar es Salaam", "Makerere University", "Mzumbe University", "Moshi Co-operative University",
                 "Uganda Christian University", "Mbarara University of Science and Technology", "Gulu University",
                 "The Open University of Tanzania", "Makerere University Business School", "Institute of Finance Management",
                 "University of Dodoma", "St Augustine University of Tanzania"]  # fmt: skip
_CONFERENCES = ["ORSEA Conference", "Mzumbe University International Research Conference", "AIB Sub-Saharan Africa Conference",
                "MUBS Annual International Management Conference", "UDSM Business School Research Week",
                "East African Tourism Research Symposium"]  # fmt: skip
# Laws as candidates cite them: title, year, who issues it.
_LAWS = [
    ("The Personal Data Protection Act, 2022 (Act No. 11 of 2022)", 2022, "United Republic of Tanzania"),
    ("Data Protection and Privacy Act, 2019 (Act No. 9 of 2019)", 2019, "Republic of Uganda"),
    ("The Fair Competition Act, Cap. 285", 2003, "United Republic of Tanzania"),
    ("The Electronic and Postal Communications Act, Cap. 306", 2010, "United Republic of Tanzania"),
    ("The National Payment Systems Act, 2015 (Act No. 4 of 2015)", 2015, "United Republic of Tanzania"),
    ("The Uganda Communications Act, 2013 (Act No. 1 of 2013)", 2013, "Republic of Uganda"),
    ("The National Payment Systems Act, 2020", 2020, "Republic of Uganda"),
    ("The Tourism Act, Cap. 65", 2008, "United Republic of Tanzania"),
    ("The Co-operative Societies Act, Cap. 211", 2013, "United Republic of Tanzania"),
    ("The Tier 4 Microfinance Institutions and Money Lenders Act, 2016", 2016, "Republic of Uganda"),
    ("The Microfinance Act, 2018 (Act No. 10 of 2018)", 2018, "United Republic of Tanzania"),
    ("The Consumer Protection Regulations, 2018 (GN No. 61 of 2018)", 2018, "Tanzania Communications Regulatory Authority"),
    ("The Electronic and Postal Communications (Online Content) Regulations, 2020", 2020, "United Republic of Tanzania"),
    ("The Finance Act, 2023", 2023, "Republic of Uganda"),
]  # fmt: skip

_REPOSITORIES = {"University of Dar es Salaam": "repository.udsm.ac.tz", "Makerere University": "makir.mak.ac.ug",
                 "Mzumbe University": "scholar.mzumbe.ac.tz", "Moshi Co-operative University": "repository.mocu.ac.tz",
                 "Uganda Christian University": "dir.ucu.ac.ug", "Gulu University": "dspace.gu.ac.ug",
                 "The Open University of Tanzania": "repository.out.ac.tz", "Makerere University Business School": "dissertations.mubs.ac.ug",
                 "University of Dodoma": "repository.udom.ac.tz"}  # fmt: skip
# What marks an organisation as Ugandan (its site ends .ug, its reports come from Kampala, Entebbe or Jinja).
_UGANDAN_MARKERS = ("Uganda", "(U)", "URA", "UBOS", "Kakira", "Nile", "Centenary", "Mukwano", "Vision", "Century",
                    "SafeBoda", "Quality Chemical", "Makerere", "Kampala", "NTV", "Capital FM", "Monitor", "Bukedde",
                    "Observer")  # fmt: skip


class Blind116WorkFactory(WorkFactory):
    """The blind116 pool's works, drawn from its own seeded random source."""

    KINDS = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "news", "social", "podcast",
             "legislation")  # fmt: skip
    DRAWN: ClassVar[dict[str, int]] = {
        "book": 11, "chapter": 5, "journal": 20, "thesis": 5, "conference": 4, "company-web": 9, "company-report": 7,
        "body": 6, "regulator": 8, "boT-2019": 2, "law": 3, "market-research": 6, "news": 8, "unsigned-news": 3,
        "social": 2, "podcast": 2, "web-person": 3, "undated-web": 3,
    }  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 116 + 11601)

    # ---------------------------------------------------------------- names
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.07:
            particle, family, given = self.rng.choice(_PARTICLED)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        table = self.rng.choices(
            [_TANZANIAN, _ZANZIBARI, _INDIAN, _UGANDAN, _EXPATRIATE], weights=[32, 10, 10, 30, 14]
        )[0]
        family, given = self.rng.choice(table)
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[35, 25, 15, 9, 6, 4, 3, 3][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if name not in people:
                people.append(name)
        return people

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1967, 1999)  # Nyerere-era and structural-adjustment classics
        return self.rng.randint(2005, 2024)

    def accessed_after(self, year: int) -> dict[str, list[list[int]]]:
        return {
            "date-parts": [
                [self.rng.randint(max(2023, year + 1), 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            ]
        }

    def _url(self, host: str) -> str:
        slug = "-".join(self.rng.sample(["ripoti", "report", "news", "insights", "2023", "mobile", "brand", "soko",
                                         "habari", "customer", "data", "tourism", "kahawa"], 2))  # fmt: skip
        return f"https://www.{host}/{slug}-{self.rng.randint(100, 9999)}"

    @staticmethod
    def _host(name: str, tld: str) -> str:
        """A site's host from an organisation's name: its abbreviation, its initials or its one word."""
        if "(" in name:
            stem = name.split("(")[1].split(")")[0]
        else:
            words = [w for w in name.replace("&", "").replace(",", "").split() if w[:1].isupper()]
            if words[0].isupper() and len(words[0]) > 1:  # "CRDB Bank PLC", "NMB Bank Plc"
                stem = words[0]
            else:
                stem = "".join(w[0] for w in words) if len(words) > 2 else "".join(words)
        if tld.endswith("."):
            tld += "ug" if any(m in name for m in _UGANDAN_MARKERS) else "tz"
        return f"{stem.lower()}.{tld}"

    def _home(self, name: str) -> str:
        """Where an organisation publishes: Kampala, Entebbe or Jinja for Ugandan ones, a Tanzanian city otherwise."""
        if any(m in name for m in _UGANDAN_MARKERS):
            return self.rng.choice(["Kampala", "Kampala", "Entebbe", "Jinja"])
        return self.rng.choice(["Dar es Salaam", "Dar es Salaam", "Arusha", "Moshi", "Dodoma", "Bukoba", "Mwanza"])

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        place = self.rng.choice(_PLACES)
        roll = self.rng.random()
        if roll < 0.1:
            sw, en = self.rng.choice(_SWAHILI_TITLES)
            return f"{sw} [{en}]"
        if roll < 0.13:
            lg, en = self.rng.choice(_LUGANDA_TITLES)
            return f"{lg} [{en}]"
        forms = [f"The effect of {topic} on customer loyalty in {place}", f"Determinants of {topic}: evidence from {place}",
                 f"{topic[0].upper()}{topic[1:]} and brand equity in {place}", f"Marketing {topic} to young consumers in {place}",
                 f"Rethinking {topic} in {place}", f"{topic[0].upper()}{topic[1:]}: a case of {place}",
                 f"Factors influencing {topic} among SMEs in {place}", f"Trust, price and {topic} in {place}"]  # fmt: skip
        return self.rng.choice(forms)

    def organisation(self) -> tuple[str, set[str]]:
        table = self.rng.choice([_COMPANIES, _BODIES, _REGULATORS])
        name, tags = self.rng.choice(table)
        return name, set(tags)

    # ---------------------------------------------------------------- works
    def make(self, kind: str | None = None) -> Work:
        drawn = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + drawn.replace("-", "_"))()

    def _dated(self, record: dict[str, Any], online: bool = True, undated: float = 0.0) -> int:
        year = self.year()
        if self.rng.random() >= undated:
            record["issued"] = {"date-parts": [[year]]}
        if online and self.rng.random() < 0.85:
            record["accessed"] = self.accessed_after(year)
        return year

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 17))
        if self.rng.random() < 0.15:  # an e-book read online
            record["medium"] = "E-book"
            record["URL"] = (
                f"https://ebookcentral.proquest.com/lib/{self.rng.choice(['udsm', 'mak', 'mzumbe', 'open'])}/detail.action?docID={self.rng.randint(100000, 999999)}"
            )
            record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0][0])
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 300)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["Marketing in Africa", "Tourism in East Africa", "The Routledge handbook of African marketing",
                                                "Mobile money in Africa", "Co-operatives and rural development in Tanzania", "Uganda's economy"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(8, 30)}",
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
        if self.rng.random() < 0.4:
            record["DOI"] = (
                f"10.{self.rng.choice([1108, 1080, 4314, 56279, 37284])}/{self.rng.choice(['ijbm', 'jab', 'bmr', 'ajer', 'jim'])}.{self.rng.randint(2005, 2024)}.{self.rng.randint(100, 9999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": [self.person()],
            "genre": self.rng.choice(["MBA dissertation", "MSc dissertation", "PhD thesis", "MA dissertation", "MBA thesis"]),
            "publisher": self.rng.choice(_UNIVERSITIES), "issued": {"date-parts": [[self.year()]]},
        }  # fmt: skip
        if self.rng.random() < 0.5:
            host = _REPOSITORIES.get(record["publisher"], "repository.udsm.ac.tz")
            record["URL"] = f"http://{host}/handle/{self.rng.randint(100, 999)}/{self.rng.randint(1000, 9999)}"
            record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0][0])
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        start = self.rng.randint(1, 200)
        year = self.year()
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": f"Proceedings of the {self.rng.choice(_CONFERENCES)}", "issued": {"date-parts": [[year]]},
            "event-place": self.rng.choice(["Arusha", "Kampala", "Dar es Salaam", "Entebbe", "Morogoro", "Zanzibar"]),
            "page": f"{start}-{start + self.rng.randint(6, 15)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _company_web(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(
            ["About us", "Our brands", "Sustainability", "Newsroom", "Our story", "Careers", "Products and services",
             "Corporate social investment", f"{self.rng.choice(['Kahawa', 'Safari', 'Kilimanjaro', 'Bell', 'Mpesa', 'Jazz'])} campaign launch"]),
            "URL": self._url(self._host(name, "co.")), "container-title": name.split(" (")[0]}  # fmt: skip
        self._dated(record, undated=0.35)
        return self._org_work(record, "web", name, set(tags))

    def _company_report(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report and financial statements {year}", f"Integrated report {year}",
                                                        f"Sustainability report {year}", "Customer insight report", "Ripoti ya mwaka [Annual report]"]),
            "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0],
            "publisher-place": self._home(name),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self._url(self._host(name, "com"))
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "report", name, set(tags))

    def _body(self) -> Work:
        name, tags = self.rng.choice(_BODIES)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "URL": self._url(self._host(name, "org"))}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        self._dated(record, undated=0.1)
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, set(tags))

    def _regulator(self) -> Work:
        name, tags = self.rng.choice(_REGULATORS)
        quarter = self.rng.choice(["March", "June", "September", "December"])
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self.rng.choice([*self._regulator_titles(name, quarter), "Annual report", "Corporate strategic plan",
                                      "Taarifa ya robo mwaka [Quarterly report]", self._title()]),
            "URL": self._url(self._host(name, "go.")),
        }  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = self._home(name)
        self._dated(record)
        return self._org_work(
            record, "report" if record["type"] == "report" else "web", name, set(tags) | {"regulator"}
        )

    @staticmethod
    def _regulator_titles(name: str, quarter: str) -> list[str]:
        """What each kind of regulator publishes."""
        if "Bank" in name:
            return [
                "Monetary policy statement",
                "Financial stability report",
                "Financial inclusion survey",
                "Consumer protection guidelines for banks",
            ]
        if "Communications" in name:
            return [
                f"Quarterly communications statistics: {quarter} quarter",
                "Consumer protection guidelines",
                "Bulk SMS and sender ID guidelines",
            ]
        if "Touris" in name:
            return [
                "Tourism statistical bulletin",
                "International visitors' exit survey report",
                "Destination marketing strategy",
            ]
        if "Revenue" in name or name == "URA":
            return ["Excise duty guide for manufacturers", "Taxpayers' charter", "Electronic fiscal receipting guide"]
        if "Coffee" in name or "Tea" in name:
            return ["Coffee year report", "Monthly export report", "Tea industry performance report"]
        if "Statistics" in name or "UBOS" in name:
            return ["National panel survey", "Statistical abstract", "Household budget survey: key indicators"]
        return ["Guidelines for licensees", "Consumer awareness report", "Market inquiry report"]

    def _boT_2019(self) -> Work:
        """The Bank of Tanzania's two works of 2019, cited "2019a" and "2019b" when a report has both."""
        title = self.rng.choice(["Monetary policy statement 2019/20", "Financial stability report, September 2019",
                                 "National payment systems directorate annual report 2019"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[2019]]},
                                  "publisher": "Bank of Tanzania", "publisher-place": "Dar es Salaam",
                                  "URL": f"https://www.bot.go.tz/Publications/{self.rng.randint(100, 999)}",
                                  "accessed": self.accessed_after(2019)}  # fmt: skip
        return self._org_work(record, "report", "Bank of Tanzania", {"government", "twin-year"})

    def _law(self) -> Work:
        title, year, issuer = self.rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "webpage", "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": self._url(self.rng.choice(["parliament.go.tz", "ulii.org", "tanzlii.org", "parliament.go.ug"])),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org_work(record, "legislation", issuer, {"government", "legislation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_MARKET_RESEARCH)
        year = self.year()
        market = self.rng.choice(["mobile money", "beer", "carbonated soft drinks", "bottled water", "coffee", "tea",
                                  "hotel", "retail banking", "pay-TV", "smartphones", "sugar", "supermarkets"])  # fmt: skip
        country = self.rng.choice(["Tanzania", "Uganda", "East Africa", "Kenya, Tanzania and Uganda"])
        title = self.rng.choice([f"{market.capitalize()} in {country} {year}", f"{country}: {market} market report {year}",
                                 f"Number of {market} users in {country} from 2018 to {min(year + 5, 2029)}",
                                 f"{market.capitalize()} consumer survey, {country}, Q{self.rng.randint(1, 4)} {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name, "issued": {"date-parts": [[year]]},
                                  "URL": self._url(self._host(name, "com"))}  # fmt: skip
        if self.rng.random() < 0.85:
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "author": self._people(2),
            "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(self.rng.choice(["thecitizen.co.tz", "monitor.co.ug", "newvision.co.ug", "dailynews.co.tz", "theeastafrican.co.ke"])),
            "accessed": self.accessed_after(year),
        }  # fmt: skip
        return self._person_work(record, "news")

    def _unsigned_news(self) -> Work:
        year = self.year()
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(self._host(paper, "co.")), "accessed": self.accessed_after(year),
        }  # fmt: skip
        return self._org_work(record, "news", paper, {"press"})

    def _social(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        platform = self.rng.choice(["Instagram", "X (formerly Twitter)", "Facebook", "LinkedIn", "TikTok"])
        year = self.rng.randint(2016, 2024)
        record: dict[str, Any] = {
            "type": "webpage", "title": self.rng.choice([f"Karibu {self.rng.choice(['Saba Saba', 'Nane Nane', 'Idd'])} offers!",
                                                         "Tunakuletea bundle mpya [Introducing a new bundle]",
                                                         "Webale nnyo for 10 years with us", "Happy Heroes' Day, Uganda"]) + f" [{platform}]",
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.{platform.split()[0].lower()}.com/{name.split()[0].lower().strip('&')}/{self.rng.randint(10000, 99999)}",
            "accessed": self.accessed_after(year),
        }  # fmt: skip
        return self._org_work(record, "social", name, set(tags) | {"social"})

    def _podcast(self) -> Work:
        year = self.rng.randint(2015, 2024)
        record: dict[str, Any] = {
            "type": "webpage", "title": self.rng.choice([f"{self.rng.choice(_TOPICS).capitalize()} [Podcast]",
                                                         f"Biashara na masoko: {self.rng.choice(_TOPICS)} [Business and marketing] [YouTube video]",
                                                         f"How we built a brand in {self.rng.choice(_PLACES)} [Video]"]),
            "issued": {"date-parts": [[year]]}, "URL": f"https://www.youtube.com/watch?v={self.rng.randint(10**9, 10**10)}",
            "accessed": self.accessed_after(year),
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["author"] = self._people(2)
            return self._person_work(record, "podcast")
        name = self.rng.choice(
            ["Clouds Media Group", "NTV Uganda", "Capital FM Uganda", "Wasafi Media", "Ayo TV", "Vision Group"]
        )
        return self._org_work(record, "podcast", name, {"company"})

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "URL": self._url(self.rng.choice(["medium.com", "linkedin.com/pulse", "ippmedia.com", "ugbusiness.com"]))}  # fmt: skip
        self._dated(record, undated=0.2)
        return self._person_work(record, "web")

    def _undated_web(self) -> Work:
        if self.rng.random() < 0.5:
            record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                      "URL": self._url("blogspot.com"), "accessed": self.accessed_after(2024)}  # fmt: skip
            return self._person_work(record, "web")
        name, tags = self.organisation()
        record = {"type": "webpage", "title": self._title(), "URL": self._url(self._host(name, "org")),
                  "accessed": self.accessed_after(2024)}  # fmt: skip
        return self._org_work(record, "web", name, tags | {"undated"})
