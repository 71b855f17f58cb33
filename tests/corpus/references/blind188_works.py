"""Works for the blind188 pool (HELD OUT): what marketers in Hawaiʻi, Washington, Oregon and their diaspora cite.

Written without reading the checker, its tests or any other pool. Native Hawaiian names with and without the
ʻokina and kahakō, Japanese-, Chinese-, Filipino-, Korean-, Samoan-, Tongan- and Portuguese-Hawaiian names, Pacific
Northwest Anglo, Scandinavian, Vietnamese, Somali, Mexican, Ukrainian and Native American names, suffixes ("Jr.",
"III") and middle initials; banks, credit unions, retailers, food and drink makers, airlines and tech firms of the
islands and the Northwest, their regulators, laws as they are numbered (RCW, HRS, ORS, U.S.C.), research firms,
the local press, theses from Mānoa, HPU, UW, Seattle U, Gonzaga, Oregon State, UO and Portland State, and titles in
Hawaiian and Japanese with English in square brackets.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# (family, given, particle, suffix): the particle and suffix empty when the name has none.
_HAWAIIAN = [("Kealoha", "Kawika"), ("Kahananui", "Malia"), ("Akana", "Keoni"), ("Kamakau", "Leilani"),
             ("Keawe", "Noelani"), ("Nāone", "Kainoa"), ("Naone", "Pualani"), ("Kalāʻau", "Kēhau"), ("Kalaau", "Kehau"),
             ("Kahale", "Makana"), ("Kaʻiliwai", "Hōkū"), ("Kailiwai", "Hoku"), ("Makanani", "Iolani"),
             ("Kauhane", "Kapono"), ("Kaleikini", "Lokelani"), ("Kāneʻaʻi", "Nālani"), ("Mahoe", "Kaleo"),
             ("Keliʻihoʻomalu", "Ikaika"), ("Kekumu", "Ululani"), ("Pūʻōhiwa", "Kalena")]  # fmt: skip
_JAPANESE_HAWAIIAN = [("Nakamura", "Lynn K."), ("Tanaka", "Dean"), ("Yamashiro", "Gail"), ("Higa", "Brandon"),
                      ("Fujimoto", "Stacy A."), ("Kaneshiro", "Corey"), ("Oshiro", "Wendy"), ("Matsumoto", "Ryan T."),
                      ("Uyehara", "Karen"), ("Ige", "Colleen"), ("Shimabukuro", "Derek"), ("Watanabe", "Aiko")]  # fmt: skip
_CHINESE_KOREAN = [("Ching", "Alvin"), ("Wong", "Lisa M."), ("Chun", "Kelvin"), ("Lum", "Sharlene"), ("Fong", "Marcus"),
                   ("Kim", "Min-jun"), ("Park", "Ji-woo"), ("Lee", "Seo-yeon"), ("Choi", "Daniel"), ("Zhang", "Wei"),
                   ("Chen", "Jia"), ("Liu", "Yang")]  # fmt: skip
_FILIPINO = [("Dela Cruz", "Maricel"), ("Agbayani", "Romeo"), ("Pascua", "Jocelyn"), ("Bautista", "Ramon"),
             ("Cabanilla", "Lorna"), ("Ramos", "Analyn"), ("Villanueva", "Jerome"), ("Domingo", "Cherilyn"),
             ("Tagupa", "Ferdinand"), ("Macapagal", "Rowena")]  # fmt: skip
_PACIFIC = [("Tuiasosopo", "Lealaiauloto"), ("Faleolo", "Sina"), ("Sapolu", "Iosefa"), ("Aumua", "Tavita"),
            ("Fifita", "Ana"), ("Havili", "Sione"), ("Kaufusi", "Mele"), ("Tuʻipulotu", "Viliami"),
            ("Tupou", "Losana"), ("Leiataua", "Malia")]  # fmt: skip
_PORTUGUESE = [("Souza", "Michelle"), ("Medeiros", "Kyle"), ("Fernandes", "Tricia"), ("Rapozo", "Jason"),
               ("Gouveia", "Lani"), ("Freitas", "Keith"), ("Silva", "Andrea")]  # fmt: skip
_NORTHWEST = [("Lindqvist", "Erik"), ("Haugen", "Kari"), ("Sorensen", "Britt"), ("Johansson", "Nils"),
              ("Olsen", "Ingrid"), ("McAllister", "Heather"), ("O'Brien", "Shannon"), ("Whitaker", "Jordan"),
              ("Callahan", "Molly"), ("Fairbanks", "Tyler"), ("Nguyen", "Thi Thu Hà"), ("Trần", "Minh Quân"),
              ("Tran", "Linh"), ("Phạm", "Bảo"), ("Warsame", "Hodan"), ("Abdi", "Mohamed"), ("Hassan", "Farhiya"),
              ("Hernández", "Guadalupe"), ("Ramírez", "Jesús"), ("Ortega", "Marisol"), ("Kovalenko", "Oksana"),
              ("Shevchenko", "Taras"), ("Bondarenko", "Yuliia"), ("Sohappy", "Virginia"), ("Jim", "Russell"),
              ("Fryberg", "Deborah"), ("Sampsel", "Lenora"), ("Suppah", "Wilson"), ("Dillon", "Raven")]  # fmt: skip
_EXPATRIATES = [("Smith", "Jonathan"), ("Brown", "Catherine"), ("Murray", "Fiona"), ("Suzuki", "Haruka"),
                ("Yoshida", "Kenji"), ("Watson", "Priya"), ("Taylor", "Grace")]  # fmt: skip
_PARTICLES = [("de los", "Reyes", "Angelica"), ("dela", "Rosa", "Marites"), ("de", "Mello", "Kenneth"),
              ("van", "Dyke", "Karl"), ("de la", "Torre", "Sofía")]  # fmt: skip
_SUFFIXES = ["Jr.", "III", "II", "Sr."]

_ORGANISATIONS = [
    ("First Hawaiian Bank", {"company"}), ("Bank of Hawaii Corporation", {"company"}),
    ("Central Pacific Financial Corp.", {"company"}), ("HawaiiUSA Federal Credit Union", {"company"}),
    ("WaFd Bank", {"company"}), ("BECU", {"company", "acronym"}), ("OnPoint Community Credit Union", {"company"}),
    ("Umpqua Bank", {"company"}), ("Costco Wholesale Corporation", {"company"}), ("Nordstrom, Inc.", {"company", "comma"}),
    ("REI Co-op", {"company"}), ("Fred Meyer", {"company"}), ("Foodland Super Market, Ltd.", {"company", "comma"}),
    ("ABC Stores", {"company"}), ("Powell's Books", {"company", "apostrophe"}), ("Amazon.com, Inc.", {"company", "comma"}),
    ("Starbucks Corporation", {"company"}), ("Tillamook County Creamery Association", {"company"}),
    ("Hawaiian Host Group", {"company"}), ("Maui Brewing Co.", {"company"}), ("Kona Brewing Co.", {"company"}),
    ("Ste. Michelle Wine Estates", {"company"}), ("Bob's Red Mill Natural Foods", {"company", "apostrophe"}),
    ("Microsoft Corporation", {"company"}), ("Nike, Inc.", {"company", "comma"}), ("Columbia Sportswear Company", {"company"}),
    ("Alaska Airlines", {"company"}), ("Hawaiian Airlines", {"company"}), ("Expedia Group", {"company"}),
    ("Zillow Group", {"company"}), ("T-Mobile US, Inc.", {"company", "comma"}), ("Hawaiian Electric", {"company"}),
    ("Kaiser Permanente", {"company"}), ("Wieden+Kennedy", {"company", "punctuation"}),
    ("Copacino+Fujikado", {"company", "punctuation"}), ("Anthology Marketing Group", {"company"}),
    ("Hawaiʻi Tourism Authority", {"government"}), ("Hawaii Tourism Authority", {"government"}),
    ("Hawaiʻi State Department of Business, Economic Development and Tourism", {"government", "comma"}),
    ("DBEDT", {"government", "acronym"}), ("Office of Consumer Protection", {"government"}),
    ("Washington State Office of the Attorney General", {"government"}), ("Oregon Department of Justice", {"government"}),
    ("Federal Trade Commission", {"government"}), ("FTC", {"government", "acronym"}),
    ("U.S. Census Bureau", {"government", "punctuation"}), ("U.S. Bureau of Labor Statistics", {"government", "punctuation"}),
    ("Pew Research Center", {"trade-body"}), ("American Marketing Association", {"trade-body"}),
    ("Chamber of Commerce Hawaii", {"trade-body"}), ("Hawaii Credit Union League", {"trade-body"}),
    ("Washington Retail Association", {"trade-body"}), ("Oregon Business & Industry", {"trade-body", "ampersand"}),
    ("Office of Hawaiian Affairs", {"government"}), ("Kamehameha Schools", {"trade-body"}),
    ("Merrie Monarch Festival", {"trade-body"}), ("Aloha Festivals", {"trade-body"}),
]  # fmt: skip
_RESEARCH = ["Nielsen", "Statista", "Mintel", "Pew Research Center", "Ward Research", "Anthology Research",
             "Forrester", "eMarketer", "Gallup", "Euromonitor International", "SMS Research & Marketing Services"]  # fmt: skip
_PRESS = ["Honolulu Star-Advertiser", "Honolulu Civil Beat", "Pacific Business News", "Hawaii Business Magazine",
          "The Seattle Times", "The Oregonian", "Willamette Week", "GeekWire", "Puget Sound Business Journal",
          "Portland Business Journal", "The Garden Island", "Maui News", "Hawaii Tribune-Herald", "Nikkei Asia",
          "Philippine Daily Inquirer", "The Japan Times", "Adweek", "Marketing Dive"]  # fmt: skip
_UNSIGNED_PRESS = [("Hawaii News Now", "Hawaii News Now"), ("KHON2", "KHON2"), ("KING 5", "KING 5"), ("OPB", "OPB"),
                   ("KITV4", "KITV4"), ("Hawaii Public Radio", "Hawaii Public Radio"),
                   ("Civil Beat Editorial Board", "Honolulu Civil Beat"), ("Star-Advertiser staff", "Honolulu Star-Advertiser")]  # fmt: skip
_TOPICS = ["aloha as a brand value", "local-first retail", "credit union membership growth", "visitor spending",
           "kamaʻāina discounts", "the interisland travel market", "Pacific Northwest outdoor brands",
           "sustainable coffee sourcing", "Gen Z banking", "loyalty apps in grocery", "cultural appropriation in tourism ads",
           "Native Hawaiian place names in branding", "regenerative tourism", "the Mālama Hawaiʻi campaign",
           "influencer marketing on Maui after the 2023 fires", "Filipino American consumers",
           "Asian American shoppers in Seattle", "direct-to-consumer wine", "craft beer tourism", "e-commerce in Oregon",
           "consumer health data", "privacy-first email marketing", "cause marketing by credit unions",
           "co-op membership marketing", "sports sponsorship in the Northwest", "outdoor retail and sustainability",
           "omnichannel grocery", "rural broadband and online shopping", "multilingual advertising",
           "island pricing and shipping costs"]  # fmt: skip
_PLACES = ["Hawaiʻi", "Hawaii", "Honolulu", "Maui", "Kauaʻi", "Hilo", "Kona", "Seattle", "Tacoma", "Spokane",
           "Portland", "Eugene", "Bend", "the Pacific Northwest", "Oregon", "Washington State", "Puget Sound"]  # fmt: skip
_JOURNALS = ["Journal of Marketing", "Journal of Travel Research", "Journal of Consumer Research",
             "Journal of Retailing", "Tourism Management", "Journal of Public Policy & Marketing",
             "Journal of Advertising", "International Journal of Bank Marketing", "Journal of Business Research",
             "Annals of Tourism Research", "Journal of Sustainable Tourism", "Asia Pacific Journal of Marketing and Logistics",
             "Pacific Science", "Hūlili: Multidisciplinary Research on Hawaiian Well-Being", "Journal of Macromarketing",
             "Psychology & Marketing"]  # fmt: skip
_PUBLISHERS = [("University of Hawaiʻi Press", "Honolulu"), ("Mutual Publishing", "Honolulu"), ("Bess Press", "Honolulu"),
               ("Pearson", "Hoboken, NJ"), ("McGraw Hill", "New York"), ("Sage", "Thousand Oaks, CA"),
               ("Routledge", "New York"), ("Wiley", "Hoboken, NJ"), ("University of Washington Press", "Seattle"),
               ("Oregon State University Press", "Corvallis"), ("Kogan Page", "London"), ("Cengage", "Boston, MA"),
               ("Harvard Business Review Press", "Boston, MA"), ("Sasquatch Books", "Seattle")]  # fmt: skip
_UNIVERSITIES = [("University of Hawaiʻi at Mānoa", "MBA thesis"), ("University of Hawaii at Manoa", "PhD thesis"),
                 ("Hawaiʻi Pacific University", "MBA capstone"), ("University of Washington", "MS thesis"),
                 ("Seattle University", "MBA thesis"), ("Gonzaga University", "MBA thesis"),
                 ("Oregon State University", "PhD thesis"), ("University of Oregon", "PhD thesis"),
                 ("Portland State University", "MS thesis"), ("Chaminade University of Honolulu", "MBA thesis")]  # fmt: skip
_LOCAL_TITLES = [
    "Ka ʻoihana kūʻai ma Hawaiʻi [Commerce in Hawaiʻi]",
    "Mālama i ka ʻāina: ke kūʻai ʻana me ke aloha [Caring for the land: selling with aloha]",
    "Nā hōʻailona o ka ʻāina [Signs of the land: place names and brands]",
    "Ka ʻōlelo Hawaiʻi ma ka hoʻolaha [The Hawaiian language in advertising]",
    "Hawai shijō no Nikkei shōhisha kōdō [Japanese American consumer behaviour in the Hawaiʻi market]",
    "Hawai kankō to burando senryaku [Hawaiʻi tourism and brand strategy]",
    "Nihonjin ryokōsha no Hawai kaiki [The return of Japanese travellers to Hawaiʻi]",
    "Shiatoru no kōhī bunka to māketingu [Seattle coffee culture and marketing]",
    "ハワイ観光の回復と日本市場 [The recovery of Hawaiʻi tourism and the Japanese market]",
    "Ang mga Pilipino sa Hawaii bilang mamimili [Filipinos in Hawaii as consumers]",
]  # fmt: skip
_HOSTS = {"Hawaiʻi Tourism Authority": "hawaiitourismauthority.org", "Hawaii Tourism Authority": "hawaiitourismauthority.org",
          "Hawaiʻi State Department of Business, Economic Development and Tourism": "dbedt.hawaii.gov",
          "DBEDT": "dbedt.hawaii.gov", "Office of Consumer Protection": "cca.hawaii.gov/ocp",
          "Washington State Office of the Attorney General": "atg.wa.gov", "Oregon Department of Justice": "doj.state.or.us",
          "Federal Trade Commission": "ftc.gov", "FTC": "ftc.gov", "U.S. Census Bureau": "census.gov",
          "U.S. Bureau of Labor Statistics": "bls.gov", "Office of Hawaiian Affairs": "oha.org", "BECU": "becu.org",
          "Honolulu Star-Advertiser": "staradvertiser.com", "Honolulu Civil Beat": "civilbeat.org", "KHON2": "khon2.com",
          "Hawaii News Now": "hawaiinewsnow.com", "KING 5": "king5.com", "OPB": "opb.org", "The Seattle Times": "seattletimes.com",
          "The Oregonian": "oregonlive.com", "GeekWire": "geekwire.com", "Nikkei Asia": "asia.nikkei.com",
          "Amazon.com, Inc.": "aboutamazon.com", "Microsoft Corporation": "news.microsoft.com", "Nike, Inc.": "about.nike.com",
          "REI Co-op": "rei.com", "Starbucks Corporation": "stories.starbucks.com", "Wieden+Kennedy": "wk.com"}  # fmt: skip
# (author, title as the statute books number it, year, host)
_LAWS = [
    ("Washington State Legislature", "My Health My Data Act, RCW 19.373", 2023, "app.leg.wa.gov"),
    ("Oregon State Legislature", "Oregon Consumer Privacy Act (SB 619, 2023)", 2023, "oregonlegislature.gov"),
    ("Hawaii State Legislature", "Hawaii Revised Statutes § 481B: Unfair and deceptive practices", 2022, "capitol.hawaii.gov"),
    ("Hawaiʻi State Legislature", "Hawaiʻi Revised Statutes chapter 487R: Destruction of personal information records", 2021, "capitol.hawaii.gov"),
    ("U.S. Congress", "Children's Online Privacy Protection Act of 1998, 15 U.S.C. §§ 6501–6506", 1998, "uscode.house.gov"),
    ("U.S. Congress", "CAN-SPAM Act of 2003, 15 U.S.C. § 7701", 2003, "uscode.house.gov"),
    ("Federal Trade Commission", "Guides concerning the use of endorsements and testimonials in advertising, 16 CFR Part 255", 2023, "ecfr.gov"),
    ("Oregon State Legislature", "Unlawful Trade Practices Act, ORS 646.605–646.656", 2021, "oregonlegislature.gov"),
    ("Washington State Legislature", "Consumer Protection Act, RCW 19.86", 2019, "app.leg.wa.gov"),
    ("Hawaii State Legislature", "Act 212, Session Laws of Hawaii 2021 (SB 1321)", 2021, "capitol.hawaii.gov"),
]  # fmt: skip
_MARKETS = ["credit unions", "grocery", "visitor industry", "coffee", "craft beer", "outdoor apparel", "wine",
            "airline travel", "telecoms", "online retail", "convenience stores", "plate lunch restaurants"]  # fmt: skip


class Blind188WorkFactory(WorkFactory):
    """The blind188 pool's works (HELD OUT)."""

    # What make() draws, with its weight; KINDS are the kinds of the works that come out.
    DRAWN: ClassVar[dict[str, int]] = {
        "book": 10, "ebook": 3, "chapter": 5, "journal": 20, "thesis": 4, "conference": 3, "company-web": 8,
        "company-report": 6, "trade-body": 4, "government": 7, "law": 4, "market-research": 7, "news": 8,
        "news-unsigned": 3, "social": 3, "podcast": 3, "undated-web": 3,
    }  # fmt: skip
    KINDS = ("book", "ebook", "chapter", "journal", "thesis", "conference", "web", "report", "law", "market-research",
             "news", "social", "podcast")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 188 + 18801)
        self.org_years: list[tuple[str, set[str], int]] = []
        self.laws: set[str] = set()

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.06:
            particle, family, given = self.rng.choice(_PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        group = self.rng.choices([_HAWAIIAN, _JAPANESE_HAWAIIAN, _CHINESE_KOREAN, _FILIPINO, _PACIFIC, _PORTUGUESE,
                                  _NORTHWEST, _EXPATRIATES], weights=[22, 14, 10, 10, 8, 6, 24, 6])[0]  # fmt: skip
        family, given = self.rng.choice(group)
        name = {"family": family, "given": given}
        extra = self.rng.random()
        if extra < 0.07:
            name["suffix"] = self.rng.choice(_SUFFIXES)
        elif extra < 0.15 and "." not in given:
            name["given"] = f"{given} {self.rng.choice('ABCDGHJKLMPRST')}."
        elif extra < 0.19 and group in (_HAWAIIAN, _NORTHWEST, _JAPANESE_HAWAIIAN):
            name["family"] = (
                f"{family}-{self.rng.choice(['Kahananui', 'Ching', 'Medeiros', 'Olsen', 'Akana', 'Ramos'])}"
            )
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[36, 26, 16, 8, 5, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1978, 2004)
        return self.rng.randint(2010, 2024)

    def _accessed(self, year: int | None) -> dict[str, list[list[int]]]:
        low = max(2023, (year or 2000) + 1)
        return {
            "date-parts": [[self.rng.randint(min(low, 2025), 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]
        }

    def _url(self, host: str) -> str:
        slug = "-".join(self.rng.sample(["aloha", "brand", "report", "members", "insights", "2024", "local", "guide",
                                         "data", "visitors", "privacy", "news", "sustainability", "ohana"], 3))  # fmt: skip
        return f"https://www.{host}/{slug}"

    def _host(self, name: str) -> str:
        if name in _HOSTS:
            return _HOSTS[name]
        words = "".join(ch for ch in name.lower().split(",")[0] if ch.isalnum() or ch == " ").split()
        words = [w for w in words if w not in ("inc", "corp", "corporation", "ltd", "co", "group", "the")] or [
            "example"
        ]
        return "".join(words[:2]) + (".org" if len(words) > 2 else ".com")

    # ------------------------------------------------------------------ titles
    def _title(self) -> str:
        if self.rng.random() < 0.1:
            return self.rng.choice(_LOCAL_TITLES)
        topic, place = self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        other = self.rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"Rethinking {topic}: evidence from {place}",
                 f"{topic[0].upper()}{topic[1:]} and {other}", f"Where {topic} meets {other}",
                 f"Marketing {place}: {topic}", f"{place}: a case study in {topic}",
                 f"From {place} to the mainland: {topic}", f"{topic[0].upper()}{topic[1:]}, trust and {other}",
                 f"Measuring {topic} among {self.rng.choice(['kamaʻāina', 'visitors', 'members', 'Gen Z shoppers', 'Filipino Americans', 'Japanese visitors'])}"]  # fmt: skip
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _dated(self, record: dict[str, Any], year: int | None = None, day: bool = False) -> int:
        year = year or self.year()
        parts = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)] if day else [year]
        record["issued"] = {"date-parts": [parts]}
        return year

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "publisher": publisher, "publisher-place": place}  # fmt: skip
        self._dated(record)
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 12))
        return self._person_work(record, "book")

    def _ebook(self) -> Work:
        work = self._book()
        work.record["medium"] = self.rng.choice(["Kindle edition", "e-book", "VitalSource e-book"])
        if self.rng.random() < 0.5:
            work.record["URL"] = self._url(
                self.rng.choice(["ebookcentral.proquest.com", "vitalsource.com", "amazon.com"])
            )
            work.record["accessed"] = self._accessed(int(work.year))
        work.kind = "ebook"
        return work

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 280)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The Routledge handbook of Pacific tourism", "Marketing in the Pacific Islands",
                                                "Hawaiian entrepreneurship", "Cascadia: business and place",
                                                "Asian American consumers", "Indigenous tourism in North America"]),
            "publisher": publisher, "publisher-place": place, "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        self._dated(record)
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "volume": str(self.rng.randint(1, 99)),
            "issue": str(self.rng.randint(1, 12)), "page": f"{start}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        self._dated(record)
        if self.rng.random() < 0.45:
            record["DOI"] = f"10.{self.rng.choice([1177, 1016, 1108, 1080, 1002])}/{self.rng.randint(100000, 999999)}"
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, genre = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "genre": genre, "publisher": university}  # fmt: skip
        year = self._dated(record)
        if self.rng.random() < 0.5:
            record["URL"] = self._url(
                self.rng.choice(
                    [
                        "scholarspace.manoa.hawaii.edu",
                        "digital.lib.washington.edu",
                        "scholarsbank.uoregon.edu",
                        "pdxscholar.library.pdx.edu",
                    ]
                )
            )
            record["accessed"] = self._accessed(year)
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        event, place = self.rng.choice([("AMA Winter Academic Conference", "Honolulu"), ("Hawaii International Conference on System Sciences", "Waikoloa"),
                                        ("Travel and Tourism Research Association Conference", "Victoria, BC"),
                                        ("Academy of Marketing Science Annual Conference", "Seattle"),
                                        ("Society for Marketing Advances Conference", "Portland, OR")])  # fmt: skip
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(4),
                                  "container-title": f"Proceedings of the {event}", "event": event,
                                  "publisher-place": place}  # fmt: skip
        self._dated(record)
        return self._person_work(record, "conference")

    def _org(self, pool: list[tuple[str, set[str]]] | None = None) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(pool or _ORGANISATIONS)
        return name, set(tags)

    def _org_dated(
        self, record: dict[str, Any], name: str, tags: set[str], day: bool = False
    ) -> tuple[str, set[str], int]:
        # Now and then the same organisation in the same year as an earlier work: 2019a and 2019b.
        same = [entry for entry in self.org_years if entry[1] == tags]
        if same and self.rng.random() < 0.14:
            name, tags, year = self.rng.choice(same)
            self._dated(record, year, day)
            return name, tags, year
        year = self._dated(record, None, day)
        self.org_years.append((name, tags, year))
        return name, tags, year

    def _company_web(self) -> Work:
        name, tags = self._org([o for o in _ORGANISATIONS if "company" in o[1]])
        record: dict[str, Any] = {"type": "webpage", "title": self._title()}
        name, tags, year = self._org_dated(record, name, tags)
        record["URL"] = self._url(self._host(name))
        record["accessed"] = self._accessed(year)
        return self._org_work(record, "web", name, tags)

    def _company_report(self) -> Work:
        name, tags = self._org([o for o in _ORGANISATIONS if "company" in o[1]])
        record: dict[str, Any] = {"type": "report", "publisher": name}
        name, tags, year = self._org_dated(record, name, tags)
        record["publisher"] = name
        record["title"] = self.rng.choice([f"{year} annual report", f"Form 10-K for the fiscal year ended December 31, {year}",
                                           f"{year} impact report", f"Sustainability report {year}", self._title(),
                                           f"Community report {year}: mahalo to our members"])  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self._url(self._host(name))
            record["accessed"] = self._accessed(year)
        return self._org_work(record, "report", name, tags)

    def _trade_body(self) -> Work:
        name, tags = self._org([o for o in _ORGANISATIONS if "trade-body" in o[1]])
        record: dict[str, Any] = {"type": "report", "title": self._title(), "publisher": name}
        name, tags, year = self._org_dated(record, name, tags)
        record["publisher"] = name
        record["URL"] = self._url(self._host(name))
        record["accessed"] = self._accessed(year)
        return self._org_work(record, "report", name, tags)

    def _government(self) -> Work:
        name, tags = self._org([o for o in _ORGANISATIONS if "government" in o[1]])
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"])}
        name, tags, year = self._org_dated(record, name, tags)
        record["title"] = self.rng.choice([
            self._title(), f"{year} annual visitor research report", f"Quarterly tourism forecast, Q{self.rng.randint(1, 4)} {year}",
            f"QuickFacts: {self.rng.choice(['Honolulu County, Hawaii', 'King County, Washington', 'Multnomah County, Oregon', 'Maui County, Hawaii'])}",
            "Consumer data privacy: guidance for businesses", "Health breach notification rule: basic information for business",
            f"Consumer expenditure survey, {year}", "Complying with the Made in USA standard",
        ])  # fmt: skip
        record["URL"] = self._url(self._host(name))
        record["accessed"] = self._accessed(year)
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _law(self) -> Work:
        unused = [law for law in _LAWS if law[1] not in self.laws] or _LAWS  # one report lists an Act once
        name, title, year, host = self.rng.choice(unused)
        self.laws.add(title)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}}
        if self.rng.random() < 0.7:
            record["URL"] = self._url(host)
            record["accessed"] = self._accessed(year)
        return self._org_work(record, "law", name, {"government", "legislation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        record: dict[str, Any] = {"type": "report", "publisher": name}
        name, tags, year = self._org_dated(record, name, {"market-research"})
        record["publisher"] = name
        market, place = self.rng.choice(_MARKETS), self.rng.choice(_PLACES)
        record["title"] = self.rng.choice([
            f"{market[0].upper()}{market[1:]} in {place}: market report {year}",
            f"Share of adults in {place} who use {market}, {year}", f"US {market} - {self.rng.choice(['March', 'July', 'November'])} {year}",
            f"The {year} {place} consumer confidence survey", f"{market[0].upper()}{market[1:]} trends {year}",
        ])  # fmt: skip
        record["URL"] = self._url(self._host(name))
        record["accessed"] = self._accessed(year)
        return self._org_work(record, "market-research", name, tags)

    def _news(self) -> Work:
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "author": self._people(2),
                                  "container-title": self.rng.choice(_PRESS)}  # fmt: skip
        year = self._dated(record, None, day=True)
        if self.rng.random() < 0.85:
            record["URL"] = self._url(self._host(record["container-title"]))
            record["accessed"] = self._accessed(year)
        return self._person_work(record, "news")

    def _news_unsigned(self) -> Work:
        name, paper = self.rng.choice(_UNSIGNED_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": paper}
        name, tags, year = self._org_dated(record, name, {"press"}, day=True)
        record["container-title"] = dict(_UNSIGNED_PRESS).get(name, name)
        record["URL"] = self._url(self._host(record["container-title"]))
        record["accessed"] = self._accessed(year)
        return self._org_work(record, "news", name, tags)

    def _social(self) -> Work:
        name, tags = self._org([o for o in _ORGANISATIONS if "company" in o[1]])
        platform = self.rng.choice(["Instagram", "Facebook", "LinkedIn", "TikTok", "X"])
        record: dict[str, Any] = {"type": "post", "title": self.rng.choice([
            "Happy Lei Day! Share your lei with us", "Mahalo to our members for another year", "Hauʻoli Makahiki Hou from our ʻohana",
            "Our Small Business Saturday picks", "Meet our Merrie Monarch volunteers", "See you at Seafair this weekend",
            "Black Friday starts now", "We're closing our doors on Black Friday again. #OptOutside"]),
            "container-title": platform, "URL": f"https://www.{'x' if platform == 'X' else platform.lower()}.com/p/{self.rng.randint(10000, 99999)}"}  # fmt: skip
        name, tags, year = self._org_dated(record, name, tags, day=True)
        record["accessed"] = self._accessed(year)
        return self._org_work(record, "social", name, tags)

    def _podcast(self) -> Work:
        record: dict[str, Any] = {
            "type": self.rng.choice(["song", "motion_picture"]), "title": self._title(), "author": self._people(2),
            "container-title": self.rng.choice(["The Hawaiʻi Marketing Podcast", "Cascadia Business Hour", "Aloha Business Talk", "GeekWire Podcast"]),
            "medium": self.rng.choice(["Podcast", "YouTube", "Video"]),
        }  # fmt: skip
        year = self._dated(record)
        record["URL"] = self._url(self.rng.choice(["youtube.com", "podcasts.apple.com", "spotify.com"]))
        record["accessed"] = self._accessed(year)
        return self._person_work(record, "podcast")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice([
            "About us", "Our story", "Membership eligibility", "Our mission and values", "Kamaʻāina rewards", "Sustainability",
            self._title()]) if self.rng.random() < 0.5 else self._title()}  # fmt: skip
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            record["URL"] = self._url("medium.com")
            record["accessed"] = self._accessed(None)
            return self._person_work(record, "web")
        name, tags = self._org()
        record["URL"] = self._url(self._host(name))
        record["accessed"] = self._accessed(None)
        return self._org_work(record, "web", name, tags | {"undated"})
