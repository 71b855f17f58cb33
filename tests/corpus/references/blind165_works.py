"""Works for the blind165 pool (HELD OUT): what marketers in Aotearoa New Zealand and its diaspora cite.

Written without reading the checker, its tests or any other pool. Candidates on CIM Level 6 and 7 courses and MBAs
in Auckland/Tāmaki Makaurau, Wellington/Te Whanganui-a-Tara, Christchurch/Ōtautahi, Hamilton, Tauranga, Dunedin,
Rotorua and Gisborne, and New Zealanders in Sydney, Melbourne, Brisbane, London, Apia and Nukuʻalofa, cite
Australasian textbooks and e-books, chapters in edited books, journals with one to eight authors, theses from the
University of Auckland, AUT, Massey, Victoria University of Wellington, Otago and Waikato, ANZMAC papers, banks,
telcos, co-operatives, iwi and Māori businesses, regulators and government (Stats NZ with two works of 2019), Acts
with the New Zealand Government or Parliamentary Counsel Office as author, research firms, the NZ and Pacific press
signed and unsigned, posts, videos, podcasts and undated pages, te reo Māori, Samoan and Tongan titles with English
in square brackets. Names: Māori names with macrons written and dropped ("Tāwhai" and "Tawhai") and "Te" as part of
the surname ("Te Awa"), Samoan names with chiefly titles ("Tui Atua", "Tuimaleali'ifano", "Le Tagaloa"), Tongan,
Fijian, Cook Islands and Niuean names, Pākehā, Chinese, Indian, Korean and Afrikaans New Zealanders' names, and
expatriate colleagues.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# (family, given) as the names are written on papers and reports.
_MAORI = [
    ("Ngata", "Tāmati"), ("Parata", "Hēmi"), ("Tāwhai", "Aroha"), ("Tawhai", "Wiremu"), ("Te Awa", "Mereana"),
    ("Te Whata", "Rāwiri"), ("Rangihau", "Ngaire"), ("Durie", "Mason"), ("Smith", "Linda Tuhiwai"),
    ("Henare", "Manuka"), ("Te Rito", "Kiri"), ("Tipene", "Hana"), ("Kawharu", "Merata"), ("Pōmare", "Tama"),
    ("Pomare", "Hine"), ("Kāretu", "Tīmoti"), ("Mahuika", "Nēpia"), ("Te Aho", "Ānahera"), ("Ruwhiu", "Pāora"),
    ("Te Momo", "Fiona"), ("Pihama", "Leonie"), ("Mikaere", "Ani"), ("Tomoana", "Rangi"), ("Walker", "Ranginui"),
    ("Te Huia", "Awanui"), ("Whaanga", "Mere"), ("Houkamau", "Carla"), ("Kūkūtai", "Tahu"), ("Kukutai", "Tahu"),
    ("Rewi", "Poia"), ("Tuhiwai", "Moana"), ("Mika", "Jason Paul"), ("Haar", "Jarrod"), ("Ruckstuhl", "Katharina"),
    ("Bidois", "Vanessa"), ("Hēnare", "Erana"), ("Waaka", "Tūhoe"), ("Te Kani", "Hōhepa"), ("Paewai", "Tania"),
]  # fmt: skip
_PASIFIKA = [
    ("Tui Atua", "Tupua Tamasese Ta'isi Efi"), ("Tuimaleali'ifano", "Morgan"), ("Le Tagaloa", "Fanaafi"),
    ("Aiono-Le Tagaloa", "Sina"), ("Fairbairn-Dunlop", "Peggy"), ("Anae", "Melani"), ("Va'a", "Leulu Felise"),
    ("Tamapeau", "Losa"), ("Fa'alogo", "Iosefa"), ("Leaupepe", "Malia"), ("Suaalii-Sauni", "Tamasailau"),
    ("Vaioleti", "Timote"), ("Tu'itahi", "Sione"), ("Tuʻivakanō", "Siale"), ("Fonua", "Mele"),
    ("Havili", "Viliami"), ("Taufa", "Salote"), ("Mahina", "Hūfanga Okusitino"), ("Fusitu'a", "Tevita"),
    ("Ratuva", "Steven"), ("Nabobo-Baba", "Unaisi"), ("Naisilisili", "Semi"), ("Vakaoti", "Patrick"),
    ("Tuwere", "Ilaitia"), ("Marsters", "Teuira"), ("Tangimetua", "Ngā"), ("Rongokea", "Mata"),
    ("Tukuitonga", "Colin"), ("Pulu", "Hetututama"), ("Mila-Schaaf", "Karlo"), ("Taumoepeau", "Mo'ale"),
]  # fmt: skip
_ASIAN_NZ = [
    ("Ip", "Manying"), ("Ng", "Wai Kit"), ("Wong", "Mei Ling"), ("Chan", "Ka Wai"), ("Lowe", "Bernard"),
    ("Young", "Hui Min"), ("Kwok", "Jenny"), ("Liu", "James"), ("Zhang", "Yiwen"), ("Li", "Xiaoyan"),
    ("Patel", "Priya"), ("Singh", "Harjinder"), ("Kaur", "Gurpreet"), ("Naidu", "Ravinesh"), ("Chand", "Anil"),
    ("Prasad", "Shalini"), ("Bhana", "Hemant"), ("Narayan", "Ashna"), ("Khan", "Farzana"), ("Kim", "Seoyeon"),
    ("Park", "Jiwoo"), ("Lee", "Minjun"), ("Dela Cruz", "Maricel"), ("Nguyen", "Thi Lan"), ("Gounder", "Sanjay"),
]  # fmt: skip
_PAKEHA = [
    ("McAllister", "Fiona"), ("O'Sullivan", "Brendan"), ("Fitzsimons", "Kate"), ("Gibbs", "Stephen"),
    ("Ellis", "Rachel"), ("Grey", "Hamish"), ("Hollis-English", "Ada"), ("Bryant-Tokalau", "Jenny"),
    ("Thomson", "Angus"), ("Macdonald", "Sarah"), ("MacKenzie", "Duncan"), ("Oliver-Smith", "Tom"),
    ("Fraser", "Isla"), ("Wilson", "Grace"), ("Campbell", "Lachlan"), ("Brown", "Ruth"), ("Taylor", "Jack"),
    ("Hunter", "Kirsty"), ("Lilley", "Ewan"), ("Gendall", "Philip"), ("Hoek", "Janet"), ("Brodie", "Roderick"),
    ("Lindsay", "Victoria"), ("Ferguson", "Shelagh"), ("Marriott", "Lisa"), ("Te Punga-Somerville", "Alice"),
]  # fmt: skip
_PARTICLE = [("van der", "Merwe", "Pieter"), ("van", "Beynen", "Martin"), ("de", "Boer", "Anke"),
             ("de", "Jong", "Sanne"), ("du", "Plessis", "Marike"), ("van den", "Berg", "Lotte")]  # fmt: skip
_EXPAT = [
    ("Kotler", "Philip"), ("Sharp", "Byron"), ("Romaniuk", "Jenni"), ("Dawes", "John"), ("Keller", "Kevin Lane"),
    ("Aaker", "David"), ("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona"), ("Hamilton", "Kathy"),
    ("O'Connor", "Siobhán"), ("Müller", "Jürgen"), ("Okafor", "Chinedu"), ("Fernández", "Lucía"),
]  # fmt: skip

_UNIVERSITIES = [
    ("University of Auckland", "Auckland", "https://researchspace.auckland.ac.nz/handle/2292/"),
    ("Waipapa Taumata Rau, University of Auckland", "Auckland", "https://researchspace.auckland.ac.nz/handle/2292/"),
    ("Auckland University of Technology", "Auckland", "https://openrepository.aut.ac.nz/handle/10292/"),
    ("Massey University", "Palmerston North", "https://mro.massey.ac.nz/handle/10179/"),
    ("Massey University", "Albany", "https://mro.massey.ac.nz/handle/10179/"),
    ("Victoria University of Wellington", "Wellington", "https://openaccess.wgtn.ac.nz/articles/thesis/"),
    ("Te Herenga Waka—Victoria University of Wellington", "Wellington", "https://openaccess.wgtn.ac.nz/articles/thesis/"),
    ("University of Otago", "Dunedin", "https://ourarchive.otago.ac.nz/handle/10523/"),
    ("University of Waikato", "Hamilton", "https://researchcommons.waikato.ac.nz/handle/10289/"),
    ("University of Canterbury", "Christchurch", "https://ir.canterbury.ac.nz/handle/10092/"),
    ("Lincoln University", "Lincoln", "https://researcharchive.lincoln.ac.nz/handle/10182/"),
]  # fmt: skip
_PUBLISHERS = [("Pearson", "Auckland"), ("Pearson Australia", "Melbourne"), ("Cengage Learning Australia", "South Melbourne"),
               ("McGraw-Hill Education (Australia)", "North Ryde"), ("Auckland University Press", "Auckland"),
               ("Bridget Williams Books", "Wellington"), ("Te Herenga Waka University Press", "Wellington"),
               ("Otago University Press", "Dunedin"), ("Huia Publishers", "Wellington"), ("Massey University Press", "Auckland"),
               ("Oxford University Press", "Melbourne"), ("Wiley", "Milton, Qld"), ("Routledge", "Abingdon"),
               ("Kogan Page", "London"), ("Dunmore Publishing", "Wellington")]  # fmt: skip
_JOURNALS = ["Australasian Marketing Journal", "New Zealand Journal of Business", "MAI Journal",
             "AlterNative: An International Journal of Indigenous Peoples", "Journal of Marketing Management",
             "Kōtuitui: New Zealand Journal of Social Sciences Online", "Pacific Dynamics", "New Zealand Economic Papers",
             "Journal of Consumer Behaviour", "Tourism Management", "International Journal of Consumer Studies",
             "Journal of Business Research", "Journal of the Polynesian Society", "Asia Pacific Journal of Marketing and Logistics",
             "Journal of Macromarketing", "New Zealand Journal of Employment Relations", "Te Kaharoa",
             "Journal of Indigenous Wellbeing: Te Mauri – Pimatisiwin", "Journal of Strategic Marketing",
             "European Journal of Marketing"]  # fmt: skip
_TOPICS = ["kaupapa Māori marketing", "manaakitanga in service design", "Pasifika consumers", "KiwiSaver switching",
           "bank loyalty after open banking", "Matariki campaigns", "te reo Māori in advertising", "the 100% Pure brand",
           "kiwifruit exports to Asia", "co-operative brand equity", "iwi-owned tourism", "dairy provenance",
           "mobile plans and churn", "supermarket own brands", "the duopoly in grocery", "buy now, pay later",
           "Gen Z on TikTok", "sustainability claims", "greenwashing", "rural broadband", "regional tourism recovery",
           "Diwali retail promotions", "Lunar New Year shoppers", "Pacific remittances", "cultural intellectual property",
           "kaitiakitanga and brand purpose", "Māori data sovereignty", "loyalty programmes such as Onecard and Flybuys",
           "influencers in Aotearoa", "the cost of living", "Tongan diaspora entrepreneurs", "Samoan church networks"]  # fmt: skip
_REO_TITLES = [
    ("He whakaaro mō te hokohoko", "Thoughts on marketing"), ("Te reo Māori i te ao pakihi", "The Māori language in the business world"),
    ("Mā te huruhuru ka rere te manu", "Adorn the bird with feathers so it may fly"),
    ("Kia tupu, kia hua, kia puāwai", "To grow, to prosper, to flourish"), ("Ngā tikanga hoko", "Customs of trade"),
    ("Te ōhanga Māori", "The Māori economy"), ("Whānau ora me te hokohoko", "Family wellbeing and trade"),
    ("O le tautua ma le pisinisi", "Service and business"), ("Ko e fefakatauʻaki ʻa e kakai Tonga", "Trade among Tongan people"),
]  # fmt: skip
_COMPANIES = [
    ("Air New Zealand", {"company"}), ("Air New Zealand Limited", {"company"}), ("Fonterra Co-operative Group Limited", {"company"}),
    ("Fonterra", {"company"}), ("Zespri International Limited", {"company"}), ("Zespri", {"company"}),
    ("Spark New Zealand", {"company"}), ("One NZ", {"company"}), ("2degrees", {"company", "digit"}),
    ("ASB Bank", {"company"}), ("ANZ Bank New Zealand Limited", {"company"}), ("Bank of New Zealand", {"company"}),
    ("BNZ", {"company", "acronym"}), ("Westpac New Zealand", {"company"}), ("Kiwibank", {"company"}),
    ("TSB Bank Limited", {"company"}), ("Kernel Wealth Limited", {"company"}), ("Silver Fern Farms", {"company"}),
    ("Foodstuffs North Island Limited", {"company"}), ("Foodstuffs", {"company"}), ("Woolworths New Zealand", {"company"}),
    ("Countdown", {"company"}), ("The Warehouse Group", {"company"}), ("KMD Brands Limited", {"company"}),
    ("Kathmandu", {"company"}), ("Farmers Trading Company Ltd", {"company"}), ("Tourism Holdings Limited", {"company"}),
    ("Ngāi Tahu Holdings", {"company", "iwi"}), ("Te Rūnanga o Ngāi Tahu", {"iwi"}), ("Waikato-Tainui", {"iwi", "hyphen"}),
    ("Miraka Limited", {"company", "iwi"}), ("Te Uru Taumatua", {"iwi"}), ("Te Pū Ao", {"company"}),
    ("Whakaata Māori", {"press"}), ("TVNZ", {"press", "acronym"}), ("NZME", {"press", "acronym"}),
    ("Colenso BBDO", {"company"}), ("Special Group", {"company"}), ("Motion Sickness", {"company"}),
    ("Deloitte New Zealand", {"company"}), ("PwC New Zealand", {"company"}), ("KPMG", {"company", "acronym"}),
]  # fmt: skip
_GOVERNMENT = [
    ("Commerce Commission", {"government"}), ("Commerce Commission New Zealand", {"government"}),
    ("Office of the Privacy Commissioner", {"government"}), ("Privacy Commissioner", {"government"}),
    ("Reserve Bank of New Zealand", {"government"}), ("Reserve Bank of New Zealand – Te Pūtea Matua", {"government", "dash"}),
    ("Ministry of Business, Innovation and Employment", {"government", "comma"}), ("MBIE", {"government", "acronym"}),
    ("Te Puni Kōkiri", {"government"}), ("Ministry for Pacific Peoples", {"government"}),
    ("Financial Markets Authority", {"government"}), ("Te Mana Tātai Hokohoko – Financial Markets Authority", {"government", "dash"}),
    ("Tourism New Zealand", {"government"}), ("New Zealand Trade and Enterprise", {"government"}),
    ("Inland Revenue", {"government"}), ("Te Taura Whiri i te Reo Māori", {"government"}),
    ("Advertising Standards Authority", {"trade-body"}), ("Ministry for Culture and Heritage", {"government"}),
    ("Auckland Council", {"government"}), ("Wellington City Council", {"government"}),
]  # fmt: skip
_TRADE = [
    ("Marketing Association of New Zealand", {"trade-body"}), ("Retail NZ", {"trade-body"}),
    ("Commercial Communications Council", {"trade-body"}), ("BusinessNZ", {"trade-body"}),
    ("Federated Farmers of New Zealand", {"trade-body"}), ("ExportNZ", {"trade-body"}),
    ("New Zealand Māori Tourism", {"trade-body"}), ("Tourism Industry Aotearoa", {"trade-body"}),
    ("FinTechNZ", {"trade-body"}), ("Financial Services Council of New Zealand", {"trade-body"}),
    ("Te Hunga Rōia Māori o Aotearoa", {"trade-body"}), ("Pacific Business Trust", {"trade-body"}),
    ("Federation of Māori Authorities", {"trade-body"}), ("Chartered Institute of Marketing", {"trade-body"}),
]  # fmt: skip
_RESEARCH = ["Roy Morgan", "Nielsen", "Kantar Public", "Ipsos New Zealand", "Colmar Brunton", "Research New Zealand",
             "Horizon Research", "Perceptive", "Statista", "IBISWorld", "Euromonitor International", "Kantar", "YouGov"]  # fmt: skip
_MARKETS = ["grocery", "KiwiSaver", "mobile telecommunications", "home loans", "kiwifruit", "infant formula",
            "outdoor apparel", "domestic tourism", "craft beer", "food delivery", "electric vehicles", "streaming video"]  # fmt: skip
_PRESS = ["NZ Herald", "The New Zealand Herald", "Stuff", "RNZ", "The Spinoff", "Newsroom", "BusinessDesk",
          "National Business Review", "The Post", "The Press", "Otago Daily Times", "Waikato Times", "Te Ao Māori News",
          "StopPress", "Idealog", "1News", "The Sydney Morning Herald", "The Guardian", "Samoa Observer", "Matangi Tonga",
          "Pacific Media Network", "Kaniva Tonga", "Bay of Plenty Times", "Gisborne Herald", "Rotorua Daily Post"]  # fmt: skip
_PLATFORMS = ["Instagram", "LinkedIn", "Facebook", "TikTok", "X (formerly Twitter)"]
_LAWS = [("Privacy Act", 2020, "0031"), ("Fair Trading Act", 1986, "0121"), ("Te Ture Whenua Māori Act", 1993, "0004"),
         ("Consumer Guarantees Act", 1993, "0091"), ("Unsolicited Electronic Messages Act", 2007, "0007"),
         ("Credit Contracts and Consumer Finance Act", 2003, "0052"), ("Commerce Act", 1986, "0005"),
         ("Financial Markets Conduct Act", 2013, "0069"), ("Smokefree Environments and Regulated Products Act", 1990, "0108"),
         ("Sale and Supply of Alcohol Act", 2012, "0120"), ("Consumer Information Standards (Unit Pricing for Grocery Products) Regulations", 2023, "0205")]  # fmt: skip


class Blind165WorkFactory(WorkFactory):
    """The blind165 pool's works: Aotearoa New Zealand and its diaspora, HELD OUT."""

    # (kind asked of make, weight when drawn)
    DRAWN: ClassVar[list[tuple[str, int]]] = [
        ("book", 11), ("chapter", 5), ("journal", 21), ("thesis", 6), ("conference", 4), ("organisation-web", 11),
        ("organisation-report", 9), ("government", 8), ("legislation", 3), ("market-research", 6), ("news", 8),
        ("press-unsigned", 3), ("social", 2), ("video", 2), ("podcast", 2), ("undated-web", 3), ("stats", 3),
    ]  # fmt: skip
    # the kinds the works are filed under (Work.kind)
    KINDS = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "legislation", "news", "social",
             "video", "podcast")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 165 + 16501)

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.32:
            family, given = self.rng.choice(_MAORI)
        elif roll < 0.52:
            family, given = self.rng.choice(_PASIFIKA)
        elif roll < 0.68:
            family, given = self.rng.choice(_ASIAN_NZ)
        elif roll < 0.86:
            family, given = self.rng.choice(_PAKEHA)
        elif roll < 0.91:
            particle, family, given = self.rng.choice(_PARTICLE)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        else:
            family, given = self.rng.choice(_EXPAT)
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 28, 16, 9, 5, 3, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if all(name["family"] != other["family"] for other in people):
                people.append(name)
        return people

    def organisation(self) -> tuple[str, set[str]]:
        roll = self.rng.random()
        table = _COMPANIES if roll < 0.5 else _GOVERNMENT if roll < 0.78 else _TRADE
        name, tags = self.rng.choice(table)
        return name, set(tags)

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1975, 1999)
        return self.rng.randint(2005, 2025)

    def _online_year(self) -> int:
        return self.rng.randint(2012, 2024)

    def _accessed_after(self, year: int) -> dict[str, list[list[int]]]:
        return {
            "date-parts": [
                [self.rng.randint(max(2023, year + 1), 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            ]
        }

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        place = self.rng.choice(["Aotearoa New Zealand", "New Zealand", "Aotearoa", "the Pacific", "Auckland",
                                 "Australasia", "Samoa and Tonga", "small island economies"])  # fmt: skip
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {place}",
            f"{topic[0].upper()}{topic[1:]} and {other}: evidence from {place}",
            f"Rethinking {topic}",
            f"Marketing to {self.rng.choice(['Māori', 'Pasifika', 'Asian New Zealander', 'rangatahi', 'young Kiwi', 'rural'])} consumers: {topic}",
            f"What drives {topic}? A study of {place}",
            f"{topic[0].upper()}{topic[1:]}: a kaupapa Māori perspective",
        ]
        if self.rng.random() < 0.12:
            reo, english = self.rng.choice(_REO_TITLES)
            return f"{reo} [{english}]"
        return self.rng.choice(forms)

    def _url(self, host: str) -> str:
        slug = "-".join(self.rng.choice(["matariki", "brand", "kiwisaver", "insights", "report", "whanau", "pacific",
                                         "customers", "2023", "news", "media", "campaign", "sustainability"])
                        for _ in range(self.rng.randint(1, 3)))  # fmt: skip
        return f"https://www.{host}/{slug}"

    @staticmethod
    def _host(name: str) -> str:
        words = ["".join(ch for ch in word.lower() if ch.isascii() and ch.isalnum()) for word in name.split()]
        words = [word for word in words if word and word not in ("limited", "ltd", "the", "of", "i", "te", "o")]
        plain = "".join(words)
        if len(plain) > 16:  # long names go by their initials, as their domains do ("mbie.govt.nz")
            plain = "".join(word[0] for word in words[:5])
        return f"{plain}.co.nz"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kinds, weights = zip(*self.DRAWN, strict=True)
        kind = kind or self.rng.choices(kinds, weights=weights)[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 8))
        if self.rng.random() < 0.2:  # an e-book read online
            year = min(record["issued"]["date-parts"][0][0], 2024)
            record["issued"] = {"date-parts": [[year]]}
            record["URL"] = (
                f"https://ebookcentral.proquest.com/lib/{self.rng.choice(['auckland', 'aut', 'massey', 'vuw', 'otago', 'waikato'])}/detail.action?docID={self.rng.randint(1000000, 9999999)}"
            )
            record["accessed"] = self._accessed_after(year)
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        container = self.rng.choice(["Indigenous entrepreneurship in Aotearoa", "Marketing in the Pacific",
                                     "Consumer behaviour in Aotearoa New Zealand", "Te ōhanga Māori: the Māori economy",
                                     "Tourism and Indigenous peoples", "Pasifika futures", "The Routledge companion to marketing"])  # fmt: skip
        start = self.rng.randint(1, 280)
        record: dict[str, Any] = {"type": "chapter", "title": self._title(), "author": self._people(3),
                                  "editor": self._people(3),
                                  "container-title": container, "issued": {"date-parts": [[self.year()]]},
                                  "publisher": publisher, "publisher-place": place,
                                  "page": f"{start}-{start + self.rng.randint(10, 30)}"}  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 700)
        record: dict[str, Any] = {"type": "article-journal", "title": self._title(), "author": self._people(8),
                                  "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
                                  "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 6)),
                                  "page": f"{start}-{start + self.rng.randint(8, 25)}"}  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice(['1177', '1016', '1080', '20507', '1111', '1108'])}/{self.rng.randint(10000, 99999)}.{self.rng.randint(100, 9999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, place, repository = self.rng.choice(_UNIVERSITIES)
        year = min(self.year(), 2024)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": self._people(1),
                                  "issued": {"date-parts": [[year]]},
                                  "genre": self.rng.choice(["PhD thesis", "Master's thesis", "MBA dissertation",
                                                            "Doctoral thesis", "MCom thesis", "Master of Māori and Indigenous Business thesis"]),
                                  "publisher": university, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = f"{repository}{self.rng.randint(1000, 99999)}"
            record["accessed"] = self._accessed_after(year)
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        year = self.year()
        conference = self.rng.choice([f"ANZMAC {year} Conference Proceedings", f"Proceedings of the {year} ANZAM Conference",
                                      f"Te Tatau Pounamu: Māori Business Conference {year}", f"Pacific Business Summit {year}"])  # fmt: skip
        start = self.rng.randint(1, 400)
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(4),
                                  "container-title": conference, "issued": {"date-parts": [[year]]},
                                  "publisher": self.rng.choice(["ANZMAC", "ANZAM", "University of Waikato", "AUT"]),
                                  "publisher-place": self.rng.choice(["Auckland", "Wellington", "Dunedin", "Melbourne", "Sydney", "Brisbane"]),
                                  "page": f"{start}-{start + self.rng.randint(5, 12)}"}  # fmt: skip
        return self._person_work(record, "conference")

    def _organisation_web(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "webpage", "title": self._org_title(name), "URL": self._url(self._host(name))}
        year = self._online_year()
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after(year)
        return self._org_work(record, "web", name, tags)

    def _org_title(self, name: str) -> str:
        return self.rng.choice([
            f"About {name.split(' Limited')[0]}", "Our Matariki promise", "Sustainability report highlights",
            "Te reo Māori at work [Māori language at work]", "Customer insights", f"Annual review {self.rng.randint(2015, 2024)}",
            "Ngā uara [Our values]", "Responsible lending policy", "Media releases", "Kia ora Pasifika customers",
            "Our brand story", "Privacy statement", self._title(),
        ])  # fmt: skip

    def _organisation_report(self) -> Work:
        name, tags = self.organisation()
        year = self._online_year()
        title = self.rng.choice([f"Annual report {year}", f"Integrated report {year}", f"Sustainability report {year}",
                                 f"Pūrongo ā-tau {year} [Annual report {year}]", f"Impact report {year - 1}/{str(year)[2:]}",
                                 self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name, "publisher-place": self.rng.choice(["Auckland", "Wellington", "Christchurch", "Hamilton"])}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url(self._host(name))
            record["accessed"] = self._accessed_after(year)
        if self.rng.random() < 0.12:
            record.pop("issued")
        return self._org_work(record, "report", name, tags)

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        year = self._online_year()
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url("govt.nz"),
                                  "accessed": self._accessed_after(year)}  # fmt: skip
        if record["type"] == "report":
            record["publisher"], record["publisher-place"] = name, "Wellington"
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, set(tags))

    def _stats(self) -> Work:
        """Stats NZ, often with two works of 2019 (the 2018 Census releases): 2019a and 2019b."""
        name = "Stats NZ"
        year = 2019 if self.rng.random() < 0.6 else self._online_year()
        title = self.rng.choice(["2018 Census place summaries", "2018 Census: Māori descent and iwi affiliation",
                                 "Pacific peoples ethnic group: 2018 Census", "Household expenditure statistics: year ended June 2019",
                                 "Ngā tatauranga o te tau [Statistics of the year]", "Online retail sales: December quarter"])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": f"https://www.stats.govt.nz/information-releases/{self.rng.randint(100, 999)}",
                                  "accessed": self._accessed_after(year)}  # fmt: skip
        return self._org_work(record, "web", name, {"government", "acronym"})

    def _legislation(self) -> Work:
        act, year, number = self.rng.choice(_LAWS)
        name = self.rng.choice(["New Zealand Government", "Parliamentary Counsel Office", "New Zealand Parliament"])
        kind = "regulation" if "Regulations" in act else "act"
        record: dict[str, Any] = {"type": "legislation", "title": f"{act} {year}", "issued": {"date-parts": [[year]]},
                                  "URL": f"https://www.legislation.govt.nz/{kind}/public/{year}/{number}/latest/whole.html",
                                  "accessed": self._accessed_after(year)}  # fmt: skip
        return self._org_work(record, "legislation", name, {"government", "legislation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self._online_year()
        market = self.rng.choice(_MARKETS)
        title = self.rng.choice([f"{market[0].upper()}{market[1:]} in New Zealand {year}",
                                 f"New Zealand {market} market report {year}", f"Consumer confidence in Aotearoa {year}",
                                 f"Brand trust index NZ {year}", f"Share of New Zealanders using {market} {year}, by ethnicity",
                                 f"{market[0].upper()}{market[1:]} - New Zealand - {self.rng.choice(['March', 'July', 'November'])} {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name, "issued": {"date-parts": [[year]]},
                                  "URL": self._url(self._host(name)), "accessed": self._accessed_after(year)}  # fmt: skip
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        year = self._online_year()
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._news_title(), "author": self._people(2),
                                  "container-title": self.rng.choice(_PRESS),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": "", "accessed": self._accessed_after(year)}  # fmt: skip
        record["URL"] = self._url(self._host(record["container-title"]))
        return self._person_work(record, "news")

    def _press_unsigned(self) -> Work:
        year = self._online_year()
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._news_title(), "container-title": paper,
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url(self._host(paper)), "accessed": self._accessed_after(year)}  # fmt: skip
        return self._org_work(record, "news", paper, {"press"})

    def _news_title(self) -> str:
        brand = self.rng.choice(["Kiwibank", "Air NZ", "Fonterra", "Spark", "One NZ", "2degrees", "Countdown", "The Warehouse",
                                 "Zespri", "Kathmandu", "Foodstuffs", "Silver Fern Farms", "ASB", "Westpac NZ", "TVNZ"])  # fmt: skip
        return self.rng.choice([f"{brand} unveils Matariki campaign", f"{brand} drops te reo name after backlash",
                                f"Commerce Commission warns {brand} over pricing claims", f"{brand} profit falls to ${self.rng.randint(2, 900)}m",
                                f"Why {brand} is betting on Pasifika customers", f"{brand} fined under Fair Trading Act",
                                f"Kiwis turn to {self.rng.choice(_MARKETS)} as cost of living bites"])  # fmt: skip

    def _social(self) -> Work:
        year = self._online_year()
        platform = self.rng.choice(_PLATFORMS)
        post = self.rng.choice(["Mānawatia a Matariki! Celebrate with whānau this long weekend",
                                "Kia ora koutou, our new KiwiSaver fund is live", "Talofa lava! Happy Samoan Language Week",
                                "Mālō e lelei! Tongan Language Week starts today", "Happy Diwali from our Papatoetoe team",
                                "Xīn nián kuài lè! Lunar New Year specials in store", "We hear you. An update on our pricing"])  # fmt: skip
        record: dict[str, Any] = {"type": "post", "title": post, "container-title": platform,
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": f"https://www.{platform.split()[0].lower()}.com/{self.rng.randint(10**8, 10**9)}",
                                  "accessed": self._accessed_after(year)}  # fmt: skip
        if self.rng.random() < 0.35:
            record["author"] = self._people(1)
            return self._person_work(record, "social")
        name, tags = self.rng.choice(_COMPANIES)
        return self._org_work(record, "social", name, set(tags))

    def _video(self) -> Work:
        year = self._online_year()
        record: dict[str, Any] = {"type": "motion_picture", "title": self.rng.choice(
            ["Kia Kaha: the making of our safety video", "How Zespri grows a brand", "Whānau Mārama: our Matariki ad",
             "The Pasifika consumer in 2023", "Behind the campaign: Kiwibank's 'Mā te wā' ad", self._title()]),
            "medium": "YouTube video", "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.youtube.com/watch?v={self.rng.randint(10**9, 10**10)}", "accessed": self._accessed_after(year)}  # fmt: skip
        if self.rng.random() < 0.4:
            record["author"] = self._people(2)
            return self._person_work(record, "video")
        name, tags = self.rng.choice(_COMPANIES)
        return self._org_work(record, "video", name, set(tags))

    def _podcast(self) -> Work:
        year = self._online_year()
        record: dict[str, Any] = {"type": "song", "title": f"Ep. {self.rng.randint(1, 240)}: {self._title()}",
                                  "container-title": self.rng.choice(["The Marketing Hui", "The Business of Tech", "Pacific Mornings",
                                                                      "RNZ's The Detail", "Tūhono podcast", "Brand Aotearoa"]),
                                  "medium": "Podcast", "author": self._people(2),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url("rnz.co.nz"), "accessed": self._accessed_after(year)}  # fmt: skip
        return self._person_work(record, "podcast")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "accessed": self._accessed_after(2022)}
        if self.rng.random() < 0.4:
            record["author"] = self._people(2)
            record["URL"] = self._url("medium.com")
            return self._person_work(record, "web")
        name, tags = self.organisation()
        record["URL"] = self._url(self._host(name))
        return self._org_work(record, "web", name, tags | {"undated"})
