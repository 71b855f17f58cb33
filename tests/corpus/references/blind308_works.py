"""Works for the blind308 pool: what marketers at Uzbek and Kazakh Silk Road tour operators, carpet, suzani and
ceramics workshops, cotton and textile exporters, airlines, banks, telecoms and the tourism bodies of Central Asia
cite in CIM Level 6 and 7 reports and MBA assignments written in English.

Books, chapters and journal articles with one to eight authors (Central Asian Survey, Tourism Management
Perspectives, Journal of Heritage Tourism, Post-Communist Economies, Eurasian Geography and Economics and the
marketing journals), the marketing texts every candidate cites, reports and pages of the region's statistics
agencies, central banks and ministries and of UNESCO, the UNWTO, the ADB, the EBRD and the World Bank (with and
without their abbreviation, two works of one body in a year), firms' pages and annual reports with JSC, LLP, LLC,
AO and plc, the regional and international press signed and unsigned, market research with and without years and
undated pages. Names are written as the region's scholars and English-language journals print them: Uzbek names in
"-ov", "-ova", "-yev" and "-yeva" with the Uzbek Latin "oʻ" and "gʻ", Kazakh names in "-uly", "-kyzy" and "-bayev",
Kyrgyz and Tajik names, Koryo-saram names (Tsoy, Kim, Pak, Ten, Khegay), Russian, Turkish, German and British names.
Written without reading the checker, its tests or any other pool.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import datetime
import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# (family, given) as English-language papers print them: the region's scholars, Koryo-saram, Russians, Turks,
# Germans and Britons. Given names carry no hyphen or apostrophe (the renderer's initials would break on them).
_CENTRAL_ASIAN = [
    ("Abdullayev", "Bakhtiyor"), ("Abdullaeva", "Nodira"), ("Karimov", "Jasur"), ("Karimova", "Dilnoza"),
    ("Yusupov", "Sherzod"), ("Yusupova", "Malika"), ("Rakhimov", "Otabek"), ("Tashkentova", "Gulnora"),
    ("Ergashev", "Ulugbek"), ("Xolmatov", "Sardor"), ("Qodirova", "Zulfiya"), ("Toʻxtayev", "Akmal"),
    ("Gʻulomov", "Saidakbar"), ("Oʻrinboyeva", "Shahnoza"), ("Nurmatov", "Farrukh"), ("Mirzayev", "Rustam"),
    ("Usmonov", "Behzod"), ("Sultonova", "Kamola"), ("Ismoilov", "Doniyor"), ("Juraev", "Aziz"),
    ("Nurlanuly", "Yerlan"), ("Askarkyzy", "Aigerim"), ("Zhumabekov", "Daulet"), ("Seitkali", "Aruzhan"),
    ("Baimukhamedova", "Saule"), ("Sarsenbayev", "Nurlan"), ("Tokhtarova", "Dinara"), ("Kenzhebekov", "Arman"),
    ("Ospanova", "Gulmira"), ("Zhakupov", "Yerzhan"), ("Mukhtarkyzy", "Ainur"), ("Dzhaksybekova", "Assel"),
    ("Omarov", "Bauyrzhan"), ("Kassymova", "Madina"), ("Asanbekov", "Talant"), ("Toktogulova", "Nurgul"),
    ("Ibraimova", "Cholpon"), ("Abdrakhmanov", "Kanat"), ("Rahmonov", "Firuz"), ("Sharipova", "Manizha"),
    ("Qurbonov", "Parviz"), ("Nazarov", "Davlat"),
]  # fmt: skip
_KORYO = [("Tsoy", "Viktoriya"), ("Kim", "German"), ("Pak", "Yelena"), ("Ten", "Roman"), ("Khegay", "Irina"),
          ("Li", "Vladimir"), ("Kan", "Svetlana"), ("Shin", "Eduard")]  # fmt: skip
_OTHERS = [
    ("Ivanova", "Natalia"), ("Kuznetsov", "Sergei"), ("Smirnova", "Olga"), ("Volkov", "Dmitry"), ("Sokolova", "Anna"),
    ("Petrov", "Alexei"), ("Yılmaz", "Elif"), ("Öztürk", "Mehmet"), ("Çelik", "Ayşe"), ("Şahin", "Emre"),
    ("Kaya", "Burak"), ("Müller", "Jürgen"), ("Schäfer", "Katrin"), ("Weiß", "Tobias"), ("Hoffmann", "Lena"),
    ("Smith", "Rachel"), ("Jones", "Gareth"), ("Thompson", "Claire"), ("Harrison", "Mark"), ("O'Neill", "Siobhan"),
    ("MacDonald", "Euan"), ("Pomfret", "Richard"), ("Cooper", "Simon"), ("Walker", "Hannah"), ("Baker", "Tom"),
    ("Hall", "Sophie"), ("Evans", "Daniel"), ("Lee", "Ji Hoon"), ("Park", "Soyeon"), ("Choi", "Minseo"),
]  # fmt: skip
_PARTICLES = [("von", "Hagen", "Klara"), ("van der", "Berg", "Pieter"), ("de", "Cordier", "Bertrand")]  # fmt: skip
# The marketing texts every candidate cites, as (authors, year, title, publisher, edition).
_CLASSICS = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane")], 2016, "Marketing management", "Pearson", "15"),
    ([("Kotler", "Philip"), ("Armstrong", "Gary")], 2021, "Principles of marketing", "Pearson", "18"),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], 2019, "Digital marketing", "Pearson", "7"),
    ([("Keller", "Kevin Lane")], 2013, "Strategic brand management", "Pearson", "4"),
    ([("Anholt", "Simon")], 2007, "Competitive identity: the new brand management for nations, cities and regions", "Palgrave Macmillan", None),
    ([("Dinnie", "Keith")], 2016, "Nation branding: concepts, issues, practice", "Routledge", "2"),
    ([("Hollensen", "Svend")], 2020, "Global marketing", "Pearson", "8"),
    ([("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], 2020, "Principles and practice of marketing", "McGraw-Hill", "9"),
    ([("Timothy", "Dallen J.")], 2021, "Cultural heritage and tourism: an introduction", "Channel View", "2"),
    ([("Morgan", "Nigel"), ("Pritchard", "Annette"), ("Pride", "Roger")], 2011, "Destination brands: managing place reputation", "Butterworth-Heinemann", "3"),
    ([("Ryan", "Damian")], 2016, "Understanding digital marketing", "Kogan Page", "4"),
    ([("Johnson", "Gerry"), ("Whittington", "Richard"), ("Scholes", "Kevan"), ("Angwin", "Duncan"), ("Regnér", "Patrick")], 2020, "Exploring strategy", "Pearson", "12"),
    ([("Porter", "Michael E.")], 1985, "Competitive advantage", "Free Press", None),
    ([("Hofstede", "Geert"), ("Hofstede", "Gert Jan"), ("Minkov", "Michael")], 2010, "Cultures and organizations: software of the mind", "McGraw-Hill", "3"),
]  # fmt: skip
_JOURNALS = ["Central Asian Survey", "Tourism Management Perspectives", "Journal of Heritage Tourism",
             "Post-Communist Economies", "Eurasian Geography and Economics", "Journal of Islamic Marketing",
             "Journal of Fashion Marketing and Management", "International Marketing Review", "Tourism Management",
             "Journal of Destination Marketing & Management", "Place Branding and Public Diplomacy",
             "Journal of Eurasian Studies", "International Journal of Bank Marketing", "Annals of Tourism Research"]  # fmt: skip
_TOPICS = ["Silk Road heritage tourism", "nation branding in Uzbekistan", "destination image of Samarkand",
           "Kazakhstan's nation brand", "fintech adoption in Central Asia", "super-app loyalty", "mobile banking",
           "cotton export and forced labour", "textile export to the EU", "suzani and craft tourism",
           "carpet weaving and authenticity", "visa liberalisation and arrivals", "airline brand image",
           "halal tourism", "diaspora tourism", "the Afrosiyob high-speed train", "ceramics workshops in Rishton",
           "gastronomy tourism and plov", "digital payments in Kazakhstan", "post-Soviet consumer culture",
           "Instagram and destination marketing", "telecom switching in Uzbekistan", "eco-tourism in Kyrgyzstan",
           "Soviet modernist heritage", "UNESCO World Heritage listing", "country-of-origin effects",
           "ikat fashion and global brands", "hotel service quality in Tashkent", "religious tourism and ziyarat"]  # fmt: skip
_GOVERNMENT = [
    ("Statistics Agency under the President of the Republic of Uzbekistan", {"government"}),
    ("Statistics Agency under the President of the Republic of Uzbekistan (Uzstat)", {"government", "abbreviation"}),
    ("Bureau of National Statistics of the Agency for Strategic Planning and Reforms of the Republic of Kazakhstan", {"government"}),
    ("Bureau of National Statistics of Kazakhstan", {"government"}),
    ("Central Bank of the Republic of Uzbekistan", {"government"}), ("Central Bank of Uzbekistan (CBU)", {"government", "abbreviation"}),
    ("National Bank of Kazakhstan", {"government"}), ("National Bank of Kazakhstan (NBK)", {"government", "abbreviation"}),
    ("Ministry of Tourism and Cultural Heritage of the Republic of Uzbekistan", {"government"}),
    ("Committee for Tourism Development", {"government"}),
    ("Ministry of Tourism and Sports of the Republic of Kazakhstan", {"government"}),
    ("Ministry of Economy, Commerce and Tourism of the Kyrgyz Republic", {"government", "comma"}),
    ("UNESCO", {"international", "acronym"}), ("UNESCO World Heritage Centre", {"international"}),
    ("UNWTO", {"international", "acronym"}), ("World Tourism Organization (UNWTO)", {"international", "abbreviation"}),
    ("Asian Development Bank", {"international"}), ("Asian Development Bank (ADB)", {"international", "abbreviation"}),
    ("European Bank for Reconstruction and Development", {"international"}), ("EBRD", {"international", "acronym"}),
    ("World Bank", {"international"}), ("World Bank Group", {"international"}),
    ("International Labour Organization (ILO)", {"international", "abbreviation"}),
    ("Uzbekistan Tourism Committee", {"government"}), ("Kazakh Tourism National Company JSC", {"government", "company"}),
]  # fmt: skip
_FIRMS = [
    ("Kaspi.kz JSC", {"company", "punctuation"}), ("Air Astana JSC", {"company"}), ("Air Astana", {"company"}),
    ("Uzbekistan Airways JSC", {"company"}), ("NAC Kazatomprom JSC", {"company"}), ("Kazatomprom", {"company"}),
    ("Halyk Bank JSC", {"company"}), ("Halyk Bank", {"company"}), ("Kcell JSC", {"company"}),
    ("Unitel LLC (Beeline Uzbekistan)", {"company", "abbreviation"}), ("Kapital Bank JSC", {"company"}),
    ("Uzum", {"company"}), ("Uzum Market LLC", {"company"}), ("Artel Electronics LLC", {"company"}),
    ("SCAT Airlines JSC", {"company"}), ("Freedom Holding Corp.", {"company"}), ("Kazakhtelecom JSC", {"company"}),
    ("KEGOC JSC", {"company", "acronym"}), ("Tengizchevroil LLP", {"company"}), ("Air Astana Group", {"company"}),
    ("Uzbektourism", {"government"}), ("Samarkand Touristic Centre", {"company"}),
    ("Silk Road Samarkand", {"company"}), ("Bukhara Silk Carpets", {"company"}), ("Rixos Hotels", {"company"}),
    ("Hyatt Regency Tashkent", {"company"}), ("Advantour LLC", {"company"}), ("Central Asia Travel", {"company"}),
    ("Kazakh Invest National Company JSC", {"company"}), ("Uzbek Cotton & Textile Association", {"trade-body", "ampersand"}),
    ("Uzbektekstilprom Association", {"trade-body"}), ("Better Cotton", {"trade-body"}),
    ("Marks & Spencer Group plc", {"company", "ampersand"}),
    ("Next plc", {"company"}), ("AO Kazakhtelecom", {"company"}), ("AO Kcell", {"company"}),
    ("Uzbekistan's Ministry of Investment, Industry and Trade", {"government", "apostrophe", "comma"}),
    ("Kazakhstan's Tourism Industry Association", {"trade-body", "apostrophe"}),
    ("Harvey & Yusupov Consulting", {"company", "ampersand"}), ("Deloitte Kazakhstan", {"company"}),
    ("PwC Uzbekistan", {"company"}), ("McKinsey & Company", {"company", "ampersand"}),
    ("Chartered Institute of Marketing (CIM)", {"trade-body", "abbreviation"}),
]  # fmt: skip
_PRESS = ["Gazeta.uz", "Kun.uz", "The Astana Times", "Eurasianet", "The Diplomat", "Financial Times", "Reuters",
          "Wanderlust", "The Tashkent Times", "Daryo", "Forbes Kazakhstan", "bne IntelliNews", "Trend.az",
          "The Guardian", "Bloomberg", "Nikkei Asia", "Spot.uz", "Vlast.kz", "24.kg", "Asia-Plus"]  # fmt: skip
_RESEARCH = ["Euromonitor International", "Mintel", "Statista", "GSMA Intelligence", "Kantar", "DataReportal",
             "Statista Research Department", "Fitch Solutions", "Ipsos Uzbekistan", "Euromonitor"]  # fmt: skip
_MARKETS = ["Travel in Uzbekistan", "Apparel and footwear in Kazakhstan", "Consumer finance in Kazakhstan",
            "The mobile economy: Central Asia", "Mobile payments in Uzbekistan", "Home textiles in Central Asia",
            "Tourism flows in Uzbekistan", "Lodging in Kazakhstan", "E-commerce in Uzbekistan",
            "Digital 2024: Uzbekistan", "Digital 2023: Kazakhstan", "Airlines in Central Asia",
            "Hotels in Tashkent", "Cotton yarn export from Uzbekistan", "Beauty and personal care in Kazakhstan"]  # fmt: skip
_DOMAINS = ["stat.uz", "stat.gov.kz", "cbu.uz", "nationalbank.kz", "uzbektourism.uz", "kazakhtourism.kz", "whc.unesco.org",
            "unwto.org", "adb.org", "ebrd.com", "worldbank.org", "kaspi.kz", "airastana.com", "uzairways.com",
            "kazatomprom.kz", "halykbank.kz", "gazeta.uz", "kun.uz", "astanatimes.com", "eurasianet.org",
            "thediplomat.com", "ft.com", "reuters.com", "wanderlust.co.uk", "uzum.uz", "beeline.uz", "kcell.kz",
            "kapitalbank.uz", "artelgroup.com", "caravanistan.com"]  # fmt: skip


class Blind308WorkFactory(WorkFactory):
    """Works for the blind308 pool: Central Asian heritage tourism, nation branding, fintech and textile export."""

    KINDS = ("book", "chapter", "journal", "government", "report", "company", "web", "news", "market-research")

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 30800)
        self.dated_orgs: list[tuple[str, set[str], dict[str, Any]]] = []
        self.solo: list[tuple[dict[str, str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.5:
            family, given = self.rng.choice(_CENTRAL_ASIAN)
        elif roll < 0.6:
            family, given = self.rng.choice(_KORYO)
        elif roll < 0.92:
            family, given = self.rng.choice(_OTHERS)
        elif roll < 0.96:
            particle, family, given = self.rng.choice(_PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        else:
            fake = self.fakers["en_GB"]
            family, given = fake.last_name(), fake.first_name()
        if self.rng.random() < 0.08:  # a middle initial or a Russian patronymic's initial
            given = f"{given} {self.rng.choice('ABDFKMNRSTV')}."
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if all(p["family"] != person["family"] for p in people):
                people.append(person)
        return people

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1985, 2007)
        return self.rng.randint(2008, 2025)

    def accessed_after(self, issued: int | list[int] | None) -> dict[str, list[list[int]]]:
        """An access date on or after the work's date (and not before 2022), to the day."""
        parts = [issued] if isinstance(issued, int) else list(issued or [2022])
        start = max(datetime.date(2022, 1, 1), datetime.date(parts[0], *[*parts[1:], 1, 1][:2]))
        day = start + datetime.timedelta(days=self.rng.randint(0, max(0, (datetime.date(2025, 12, 28) - start).days)))
        return {"date-parts": [[day.year, day.month, day.day]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        forms = [
            f"{topic[0].upper()}{topic[1:]}: evidence from Uzbekistan",
            f"{topic[0].upper()}{topic[1:]} in Kazakhstan and Kyrgyzstan",
            f"Rethinking {topic} after independence",
            f"{topic[0].upper()}{topic[1:]} and {other}",
            f"The role of {topic} in post-Soviet Central Asia",
            f"Branding the Silk Road: {topic}",
            f"Between Moscow and the market: {topic}",
            f"{topic[0].upper()}{topic[1:]} among young consumers in Tashkent and Almaty",
            f"A stakeholder view of {topic}",
        ]
        return self.rng.choice(forms)

    def _url(self, domain: str | None = None) -> str:
        domain = domain or self.rng.choice(_DOMAINS)
        return f"https://{'' if domain.count('.') > 1 else 'www.'}{domain}/{self.fakers['en_GB'].slug()}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "government", "report", "company", "web", "news", "market-research"],
            weights=[10, 5, 26, 13, 6, 11, 8, 12, 9],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _solo_pair(self, record: dict[str, Any]) -> None:
        """Now and then one author's second work of a year ("Karimova, 2021a" and "2021b")."""
        if self.solo and len(record["author"]) == 1 and self.rng.random() < 0.15:
            author, issued = self.rng.choice(self.solo)
            record["author"] = [dict(author)]
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
        elif len(record["author"]) == 1 and "issued" in record:
            self.solo.append((record["author"][0], record["issued"]))

    def _book(self) -> Work:
        if self.rng.random() < 0.35:
            authors, year, title, publisher, edition = self.rng.choice(_CLASSICS)
            record: dict[str, Any] = {
                "type": "book", "title": title, "author": [{"family": f, "given": g} for f, g in authors],
                "issued": {"date-parts": [[year]]}, "publisher": publisher,
                "publisher-place": "Harlow" if publisher == "Pearson" else self.rng.choice(["London", "Abingdon", "Oxford", "New York"]),
            }  # fmt: skip
            if edition:
                record["edition"] = edition
            return self._person_work(record, "book")
        record = {
            "type": "book", "title": self._title(), "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Palgrave Macmillan", "Springer", "Channel View", "CABI",
                                          "Edward Elgar", "I.B. Tauris", "Oxford University Press", "Brill"]),
            "publisher-place": self.rng.choice(["Abingdon", "London", "Cham", "Bristol", "Wallingford", "Cheltenham", "Leiden", "Oxford"]),
        }  # fmt: skip
        self._solo_pair(record)
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["The Routledge handbook of Central Asian tourism", "Heritage tourism in the post-Soviet world",
                                                "Nation branding in Eurasia", "Tourism in Central Asia: cultural potential and challenges",
                                                "The Silk Road: interwoven history", "Fintech in emerging markets"]),
            "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Palgrave Macmillan", "Apple Academic Press", "Springer"]),
            "publisher-place": self.rng.choice(["Abingdon", "London", "Cham", "Oakville"]),
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(5, 48)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 700))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.choice(['1080', '1016', '1108', '1057'])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(1000, 99999)}"
            )
        self._solo_pair(record)
        return self._person_work(record, "journal")

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Two works of one body in one year now and then ("UNWTO, 2023a" and "2023b").
        if self.dated_orgs and "issued" in record and self.rng.random() < 0.12:
            name, tags, issued = self.rng.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "publisher" in record and kind != "news":
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated_orgs.append((name, tags, record["issued"]))
            if "accessed" in record:
                record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return super()._org_work(record, kind, name, tags)

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        year = self.year()
        titles = [f"International tourist arrivals {year}", f"Socio-economic situation of the Republic of Uzbekistan: January–December {year}",
                  f"Annual report {year}", f"Inflation report: Q{self.rng.randint(1, 4)} {year}", f"Financial stability review {year}",
                  "Concept for the development of tourism to 2030", f"Country partnership strategy {year}–{year + 4}",
                  "Samarkand: crossroad of cultures", "Historic Centre of Bukhara",
                  f"Uzbekistan: diagnostic of the tourism sector {year}", f"Transition report {year}",
                  f"Third-party monitoring of child labour and forced labour during the {year} cotton harvest in Uzbekistan",
                  self._title()]  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "report", "webpage"]), "title": self.rng.choice(titles),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url()}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = self.rng.choice(
                ["Tashkent", "Astana", "Bishkek", "Paris", "Madrid", "Manila", "London", "Washington, DC"]
            )
        record["accessed"] = self.accessed_after(year)
        if record["type"] == "webpage" and self.rng.random() < 0.2:
            record.pop("issued")
        return self._org_work(record, "government", name, tags)

    def _report(self) -> Work:
        """A firm's annual or sustainability report, a PDF cited with or without its address."""
        name, tags = self.rng.choice(_FIRMS)
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report {year}", f"Integrated annual report {year}",
                                                        f"Sustainability report {year}", f"ESG report {year}", self._title()]),
            "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0],
            "publisher-place": self.rng.choice(["Almaty", "Astana", "Tashkent", "London", "Samarkand"]),
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url()
            record["accessed"] = self.accessed_after(year)
        if self.rng.random() < 0.1:
            record.pop("issued")
        return self._org_work(record, "report", name, tags)

    def _company(self) -> Work:
        """A firm's or trade body's web page: about us, press releases, product pages, often undated."""
        name, tags = self.rng.choice(_FIRMS)
        record: dict[str, Any] = {
            "type": "webpage", "title": self.rng.choice(["About us", "Our history", "Press release: new routes for summer", "Kaspi Gold",
                                                         "Sustainability", "Our carpets", "Tours to Samarkand, Bukhara and Khiva",
                                                         "Investor relations", "Brand guidelines", "Loyalty programme Nomad Club",
                                                         "Traceability of our cotton", self._title()]),
            "URL": self._url(),
        }  # fmt: skip
        year = None
        if self.rng.random() < 0.7:
            year = self.year()
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "company", name, tags)

    def _web(self) -> Work:
        """A blog post or travel guide with a named author, sometimes undated."""
        blog = self.rng.choice(
            [
                "caravanistan.com",
                "advantour.com",
                "medium.com",
                "lonelyplanet.com",
                "wanderlust.co.uk",
                "linkedin.com/pulse",
            ]
        )
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self._title(),
            "author": self._people(2),
            "URL": self._url(blog),
        }
        year = None
        if self.rng.random() < 0.75:
            year = self.year()
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self.accessed_after(year)
        return self._person_work(record, "web")

    def _news(self) -> Work:
        paper = self.rng.choice(_PRESS)
        year = self.rng.randint(2012, 2025)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(paper.lower().removeprefix("the ").replace(" ", "") if "." in paper else paper.lower().removeprefix("the ").replace(" ", "") + ".com"),
        }  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.85 else None
        market = self.rng.choice(_MARKETS)
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([market, f"{market}: market report", f"{market} to 2030",
                                                        f"Number of inbound tourists in Uzbekistan from 2015 to {year or 2024}"]),
            "publisher": name, "URL": f"https://www.{name.split()[0].lower()}.com/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "market-research", name, {"market-research"})
