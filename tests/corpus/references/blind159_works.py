"""Works for the blind159 pool (HELD OUT): what marketers in Thailand and its diaspora cite in CIM and MBA reports.

Thai authors on English-language papers (given name first, filed by surname: "Suwannarat, P."), long surnames
("Sirivadhanabhakdi", "Leelaprachakul"), the "Na" surnames of old families ("Na Ayudhya", "Na Songkhla"),
romanisation variants ("Suwannarat" and "Suvarnarat", "Chaiyaporn" and "Chaiyaphon"), Sino-Thai "Sae-" surnames,
the titled (M.R., M.L.) and monks written whole, Thai-language works cited by the full name in Thai order, and the
expatriates and diaspora colleagues in Singapore, Tokyo, London, Sydney and Los Angeles. Organisations with PCL,
"Public Company Limited" and "Co., Ltd.", regulators (BOT, NBTC, OCPB, NSO, SEC, PDPC), the TAT, Acts and royal decrees
numbered by the Buddhist Era, theses and independent studies from Chulalongkorn, Thammasat, Mahidol, Kasetsart and
Sasin, conference papers, research houses, the Thai and regional press, posts, videos and podcasts; romanised Thai
titles with English in square brackets.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_GIVEN = ["Somchai", "Somsak", "Siriporn", "Supaporn", "Nattapong", "Nattaya", "Kanokwan", "Chanathip", "Pimchanok",
          "Thanawat", "Wanchai", "Wanwisa", "Kittipong", "Apinya", "Jirayu", "Pornthip", "Suchada", "Chaiwat",
          "Chayut", "Phonthip", "Rattana", "Patcharee", "Sasithorn", "Anuwat", "Chatchai", "Piyawat", "Narumon",
          "Thitima", "Orawan", "Saowalak", "Worawut", "Jaruwan", "Yupin", "Arunee", "Phattharaphon", "Tanapon",
          "Chutima", "Kanyarat", "Parinya", "Sutthida", "Ekachai", "Pattarawadee", "Nopparat", "Woraphon", "Kulthida"]  # fmt: skip
_SURNAMES = ["Suwannarat", "Suvarnarat", "Srisuk", "Jaidee", "Wongsawat", "Chaiyaporn", "Chaiyaphon", "Rattanakul",
             "Kittisak", "Boonmee", "Saetang", "Saelim", "Sae-Ung", "Saeng-ngam", "Chotikapanich", "Sirivadhanabhakdi",
             "Chearavanont", "Chirathivat", "Ratanarak", "Phongsathorn", "Thanasombat", "Pattanapongsa", "Wattanasiri",
             "Kasemsuk", "Limthongkul", "Tangkitvanich", "Na Ayudhya", "Na Songkhla", "Na Chiangmai", "Sripraphai",
             "Charoenphol", "Charoenpol", "Techapaibul", "Leelaprachakul", "Kositanont", "Prasertsuk", "Ungphakorn",
             "Ruangsuwan", "Ruangsuvan", "Thongthip", "Kaewmanee", "Intharasombat", "Phromphan", "Chuenchom",
             "Silpa-archa", "Bunnag", "Sukhumvit", "Assavanonda", "Vejjajiva", "Mahakunajirakul", "Yoovidhya"]  # fmt: skip
_TITLED = [("Chitrabongs", "M.R. Narisa"), ("Kridakorn", "M.L. Chayotid"), ("Devakula", "M.R. Pridiyathorn"),
           ("Sanidvongs", "M.L. Sirichai"), ("Pramoj", "M.R. Sukhumbhand"), ("Kasemsri", "M.R. Kasemsamosorn")]  # fmt: skip
_MONKS = ["Phra Paisal Visalo", "Phra Dhammapitaka (P.A. Payutto)", "Phra Brahmagunabhorn", "Ajahn Jayasaro",
          "Phra Maha Boonchuay Siridhammo"]  # fmt: skip
_DIASPORA = [("Tan", "Wei Ling"), ("Lim", "Boon Heng"), ("Ng", "Siew Mei"), ("Yamamoto", "Kenji"),
             ("Nakamura", "Aiko"), ("Chen", "Yiting"), ("Nguyễn", "Thị Hà"), ("Trần", "Minh Tuấn"),
             ("Kuroda", "Haruka"), ("Lee", "Jae Won"), ("Wong", "Ka Yan"), ("Goh", "Chok Tong"),
             ("Phan", "Dara"), ("Siriwardena", "Nuwan")]  # fmt: skip
_LOCALES = ["en_GB", "en_US", "en_AU", "de_DE", "fr_FR", "nl_NL", "es_ES", "sv_SE"]

_COMPANIES = [
    ("Kasikornbank PCL", {"company"}), ("KASIKORNBANK", {"company", "capitals"}), ("Siam Commercial Bank Public Company Limited", {"company"}),
    ("SCB", {"company", "acronym"}), ("Bangkok Bank", {"company"}), ("Krungthai Bank PCL", {"company"}),
    ("Bank of Ayudhya PCL (Krungsri)", {"company", "abbreviation"}), ("TrueMoney", {"company"}),
    ("Rabbit LINE Pay Co., Ltd.", {"company", "comma"}), ("LINE Thailand", {"company"}),
    ("Advanced Info Service PCL", {"company"}), ("AIS", {"company", "acronym"}), ("True Corporation PCL", {"company"}),
    ("National Telecom PCL (NT)", {"company", "abbreviation"}), ("Charoen Pokphand Group", {"company"}),
    ("CP ALL PCL", {"company", "capitals"}), ("Charoen Pokphand Foods PCL", {"company"}), ("Central Group", {"company"}),
    ("Central Retail Corporation PCL", {"company"}), ("The Mall Group Co., Ltd.", {"company", "comma"}),
    ("Big C Supercenter PCL", {"company"}), ("Lotus's", {"company", "apostrophe"}),
    ("Siam Makro PCL", {"company"}), ("Thai Beverage Public Company Limited", {"company"}), ("ThaiBev", {"company"}),
    ("Boon Rawd Brewery Co., Ltd.", {"company", "comma"}), ("Osotspa PCL", {"company"}), ("Carabao Group PCL", {"company"}),
    ("Ichitan Group PCL", {"company"}), ("Thai President Foods PCL", {"company"}),
    ("Thai Airways International PCL", {"company"}), ("Bangkok Dusit Medical Services", {"company"}),
    ("Bangkok Airways PCL", {"company"}), ("Thai AirAsia", {"company"}), ("Nok Air", {"company"}),
    ("Workpoint Entertainment PCL", {"company"}), ("BEC World PCL", {"company"}), ("Ogilvy Thailand", {"company"}),
    ("Dentsu Thailand", {"company"}), ("GroupM Thailand", {"company"}), ("Wunderman Thompson Thailand", {"company"}),
    ("Kasikorn Business-Technology Group (KBTG)", {"company", "abbreviation"}), ("Agoda", {"company"}),
]  # fmt: skip
_BODIES = [
    ("Bank of Thailand", {"government"}), ("Bank of Thailand (BOT)", {"government", "abbreviation"}),
    ("Office of the National Broadcasting and Telecommunications Commission (NBTC)", {"government", "abbreviation"}),
    ("Office of the Consumer Protection Board (OCPB)", {"government", "abbreviation"}),
    ("National Statistical Office", {"government"}), ("National Statistical Office of Thailand (NSO)", {"government", "abbreviation"}),
    ("Securities and Exchange Commission, Thailand", {"government", "comma"}), ("SEC Thailand", {"government", "acronym"}),
    ("Personal Data Protection Committee (PDPC)", {"government", "abbreviation"}),
    ("Tourism Authority of Thailand", {"government"}), ("Tourism Authority of Thailand (TAT)", {"government", "abbreviation"}),
    ("Ministry of Digital Economy and Society", {"government"}),
    ("Electronic Transactions Development Agency (ETDA)", {"government", "abbreviation"}),
    ("Department of Business Development", {"government"}), ("Ministry of Commerce", {"government"}),
    ("Thailand Board of Investment", {"government"}), ("Office of the Council of State", {"government"}),
    ("Department of Intellectual Property", {"government"}), ("Ministry of Tourism and Sports", {"government"}),
]  # fmt: skip
_TRADE = [
    ("Thai Chamber of Commerce", {"trade-body"}), ("Federation of Thai Industries", {"trade-body"}),
    ("Thai Bankers' Association", {"trade-body", "apostrophe"}), ("Thai Retailers Association", {"trade-body"}),
    ("Advertising Association of Thailand", {"trade-body"}), ("Media Agency Association of Thailand (MAAT)", {"trade-body", "abbreviation"}),
    ("Marketing Association of Thailand", {"trade-body"}), ("Digital Advertising Association (Thailand)", {"trade-body", "bracket"}),
    ("DAAT", {"trade-body", "acronym"}), ("Thai E-Commerce Association", {"trade-body"}),
]  # fmt: skip
_RESEARCH = ["Kantar Worldpanel Thailand", "Nielsen Thailand", "Euromonitor International", "Statista", "Mintel",
             "YouGov", "Ipsos Thailand", "Rakuten Insight", "Kasikorn Research Center", "Krungthai COMPASS",
             "Krungsri Research", "SCB EIC", "Wisesight", "DataReportal", "Economist Intelligence Unit"]  # fmt: skip
_PRESS = ["Bangkok Post", "The Nation", "Thairath", "Prachachat Turakij", "Brand Inside", "Marketeer Online",
          "Positioning Magazine", "Thai PBS World", "Nikkei Asia", "The Standard", "Khaosod English",
          "Campaign Asia-Pacific", "Marketing-Interactive", "South China Morning Post", "The Straits Times"]  # fmt: skip
_THAI_PRESS = ["Thairath", "Prachachat Turakij", "Brand Inside", "Marketeer Online", "Positioning Magazine", "The Standard"]  # fmt: skip
_UNIVERSITIES = ["Chulalongkorn University", "Thammasat University", "Mahidol University", "Kasetsart University",
                 "Sasin School of Management, Chulalongkorn University", "Chiang Mai University", "Khon Kaen University",
                 "Prince of Songkla University", "National Institute of Development Administration (NIDA)",
                 "Mahidol University International College", "Assumption University", "University of Southern California",
                 "University of Sydney", "National University of Singapore"]  # fmt: skip
_THESES = ["MBA independent study", "MSc thesis", "PhD thesis", "MMgt thematic paper", "DBA thesis", "MA dissertation"]
_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Chulalongkorn University Press", "Bangkok"), ("Thammasat University Press", "Bangkok"),
               ("Silkworm Books", "Chiang Mai"), ("River Books", "Bangkok"), ("Wiley", "Singapore"),
               ("Palgrave Macmillan", "Singapore"), ("Springer", "Singapore"), ("McGraw-Hill Education", "Singapore"),
               ("Se-Education", "Bangkok"), ("Matichon", "Bangkok"), ("Amarin", "Bangkok")]  # fmt: skip
_JOURNALS = ["Asia Pacific Journal of Marketing and Logistics", "Journal of Asian Business Strategy",
             "Chulalongkorn Business Review", "Thammasat Review", "Journal of Business Research",
             "International Journal of Bank Marketing", "Kasetsart Journal of Social Sciences",
             "ABAC Journal", "Journal of Retailing and Consumer Services", "Asian Journal of Business Research",
             "Journal of Travel Research", "Tourism Management Perspectives", "Journal of Islamic Marketing",
             "Journal of Marketing Management", "Sasin Journal of Management", "Humanities, Arts and Social Sciences Studies",
             "Journal of Consumer Behaviour", "Electronic Commerce Research and Applications"]  # fmt: skip
_TOPICS = ["mobile banking adoption", "PromptPay and QR payments", "LINE Official Accounts", "live commerce on TikTok",
           "convenience-store loyalty", "the All Member programme", "Songkran campaigns", "halal food in the south",
           "energy-drink brand equity", "influencer (KOL) marketing", "medical tourism", "Generation Z in Bangkok",
           "super apps", "11.11 and 12.12 sales", "sustainable packaging", "Thai street food brands",
           "cross-border e-commerce", "the Thai soft power push", "buy now, pay later", "digital lending",
           "5G services", "tourism recovery", "Chinese tourists in Phuket", "premium beer positioning",
           "instant noodles", "community malls", "PDPA consent", "Muay Thai as a brand", "T-pop fandom",
           "BL series and brand placement", "retail media", "green banking", "Thai Baht exchange and spending"]  # fmt: skip
_THAI_TITLES = [
    ("Kan talat phan sue sangkhom khong SME Thai", "Social media marketing of Thai SMEs"),
    ("Phruettikam phuboriphok Gen Z nai Krung Thep Maha Nakhon", "Gen Z consumer behaviour in Bangkok"),
    ("Patchai thi mi phon to kan chai bat khrettit", "Factors affecting credit card use"),
    ("Kan rap ru khunkha tra sinkha khrueang duem chu kamlang", "Perceived brand value of energy drinks"),
    ("Khwam phueng phochai nai kan chai borikan mobile banking", "Satisfaction with mobile banking services"),
    ("Naeothang kan songsoem kan thongthiao Mueang Rong", "Guidelines for promoting tourism in secondary cities"),
    ("Itthiphon khong KOL to kan tatsin chai sue", "The influence of KOLs on purchase decisions"),
    ("Kan suesan kan talat baep buranakan", "Integrated marketing communication"),
    ("Sathanakan kan kha aelekthronik nai Prathet Thai", "The state of e-commerce in Thailand"),
    ("Raingan kan samruat phruettikam phu chai internet", "Thailand internet user behaviour survey"),
]  # fmt: skip
_BOT_2019 = ["Payment systems roadmap no. 4 (2019-2021)", "Market conduct guidelines for financial service providers",
             "Thailand's digital payments: consumer survey 2019", "Raingan setthakit lae kan ngoen [Economic and monetary report]"]  # fmt: skip
_LAWS = [("Personal Data Protection Act, B.E. 2562 (2019)", 2019), ("Computer Crime Act (No. 2), B.E. 2560 (2017)", 2017),
         ("Electronic Transactions Act, B.E. 2544 (2001)", 2001), ("Consumer Protection Act (No. 4), B.E. 2562 (2019)", 2019),
         ("Direct Sales and Direct Marketing Act, B.E. 2545 (2002)", 2002),
         ("Royal Decree on the Supervision of Digital Platform Service Businesses that Require Notification, B.E. 2565 (2022)", 2022),
         ("Alcoholic Beverage Control Act, B.E. 2551 (2008)", 2008), ("Trade Competition Act, B.E. 2560 (2017)", 2017),
         ("Payment Systems Act, B.E. 2560 (2017)", 2017), ("Emergency Decree on Digital Asset Businesses, B.E. 2561 (2018)", 2018),
         ("Notification of the Personal Data Protection Committee on Security Measures, B.E. 2565 (2022)", 2022),
         ("Food Act, B.E. 2522 (1979)", 1979), ("Notification of the Ministry of Public Health (No. 374) B.E. 2559 (2016)", 2016)]  # fmt: skip
_LAW_AUTHORS = ["Royal Thai Government", "Office of the Council of State", "Thailand", "Royal Thai Government Gazette"]
_EBOOK_HOSTS = ["ebooks.com", "vitalsource.com", "cu-elibrary.chula.ac.th", "kobo.com", "meb.co.th"]
_REPOSITORIES = ["digital.car.chula.ac.th", "digital.library.tu.ac.th", "repository.li.mahidol.ac.th", "kukr.lib.ku.ac.th",
                 "repository.nida.ac.th", "cmudc.library.cmu.ac.th"]  # fmt: skip
_SOCIAL = ["Facebook", "Instagram", "TikTok", "X", "LinkedIn", "LINE VOOM"]
_POSTS = ["Songkran deals are here! Splash out with up to 50% cashback", "Our 12.12 flash sale starts at midnight",
          "Happy Loy Krathong from all of us", "Celebrating Chinese New Year in Yaowarat with you",
          "Scan, pay, done: PromptPay now at every 7-Eleven", "Meet our new Phuket route from Sydney",
          "Why we are going plastic-free this year", "Thank you for 10 million members", "Behind the scenes of our Bangkok pop-up"]  # fmt: skip


class Blind159WorkFactory(WorkFactory):
    """The blind159 pool's works: Thai names and institutions as Thai marketers cite them, with their diaspora."""

    DRAWN = (("book", 12), ("ebook", 3), ("chapter", 6), ("journal", 22), ("thesis", 6), ("conference", 5),
             ("company-web", 9), ("company-report", 7), ("trade-body", 4), ("government", 7), ("law", 4),
             ("market-research", 7), ("news", 8), ("unsigned-news", 3), ("social", 4), ("video", 3), ("podcast", 2),
             ("undated-web", 4))  # fmt: skip
    KINDS = frozenset({"book", "chapter", "journal", "thesis", "conference", "web", "report", "law", "news", "social",
                       "video", "podcast"})  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 159 + 15901)
        for index, locale in enumerate(_LOCALES):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 159 + index)
                self.fakers[locale] = fake
        self.issued_orgs: list[tuple[str, set[str], int, tuple[str, str, str]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.62:
            return {"family": self.rng.choice(_SURNAMES), "given": self.rng.choice(_GIVEN)}
        if roll < 0.66:
            family, given = self.rng.choice(_TITLED)
            return {"family": family, "given": given}
        if roll < 0.78:
            family, given = self.rng.choice(_DIASPORA)
            return {"family": family, "given": given}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        return {"family": fake.last_name(), "given": fake.first_name()}

    def _people(self, most: int, local: bool = False) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[36, 26, 16, 9, 5, 4, 2, 2][:most])[0]
        people = [self.person() for _ in range(count)]
        if local and self.rng.random() < 0.08:  # a monk, written whole
            people[0] = {"literal": self.rng.choice(_MONKS)}
        elif local and self.rng.random() < 0.12:  # a Thai-language work cited by the full name, given name first
            people[0] = {"literal": f"{self.rng.choice(_GIVEN)} {self.rng.choice(_SURNAMES)}"}
        return people

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1978, 2004)
        return self.rng.randint(2008, 2025)

    def dated(self, year: int) -> list[int]:
        return [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]

    def accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        year = self.rng.randint(2023, 2025)
        if issued is None:
            return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        year = max(year, issued[0])
        month = self.rng.randint(issued[1] if len(issued) > 1 and year == issued[0] else 1, 12)
        same = len(issued) > 2 and year == issued[0] and month == issued[1]
        day = self.rng.randint(issued[2] if same else 1, 28)
        return {"date-parts": [[year, month, day]]}

    def _id(self) -> str:
        self.counter += 1
        return f"b159w{self.counter}"

    def url(self, host: str) -> str:
        return f"https://www.{host}/{self.fakers['en_GB'].slug()}"

    def _title(self, thai: bool = False) -> str:
        topic, other = self.rng.sample(_TOPICS, 2)
        place = self.rng.choice(["Thailand", "Bangkok", "Chiang Mai", "Phuket", "the Thai market", "Southeast Asia",
                                 "the ASEAN region", "Khon Kaen", "Hat Yai", "upcountry Thailand", "Thai diaspora communities"])  # fmt: skip
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"The role of {topic} in {other}",
                 f"{topic[0].upper()}{topic[1:]} and {other}: evidence from {place}",
                 f"Understanding {topic} among consumers in {place}", f"Rethinking {topic} after COVID-19",
                 f"From {topic} to {other}: lessons from {place}", f"{topic[0].upper()}{topic[1:]}: a study of {place}"]  # fmt: skip
        if thai and self.rng.random() < 0.3:  # a Thai-language work: romanised, with English in square brackets
            romanised, english = self.rng.choice(_THAI_TITLES)
            return f"{romanised} [{english}]"
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        if kind is None:
            names, weights = zip(*self.DRAWN, strict=True)
            kind = self.rng.choices(names, weights=weights)[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = first.get("literal") or first["family"]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str], pair: bool = True) -> Work:
        # Now and then an organisation already in the report again in the same year: "(Bank of Thailand, 2019a)".
        # Only an organisation of the same sort (a bank's two reports, a paper's two articles) is paired.
        sort = (kind, record["type"], " ".join(sorted(tags)))
        earlier = [entry for entry in self.issued_orgs if entry[3] == sort]
        if pair and earlier and "issued" in record and self.rng.random() < 0.15:
            old = record["issued"]["date-parts"][0]
            name, tags, year, _sort = self.rng.choice(earlier)
            record["issued"] = {"date-parts": [[year, *old[1:]]]}
            record["title"] = record["title"].replace(str(old[0]), str(year))  # "Annual report 2019" stays 2019
            if "accessed" in record:
                record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
            if record["type"] == "article-newspaper":
                record["container-title"] = name
        if "issued" in record:
            self.issued_orgs.append((name, tags, record["issued"]["date-parts"][0][0], sort))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        local = place in ("Bangkok", "Chiang Mai")
        record: dict[str, Any] = {"type": "book", "title": self._title(local), "author": self._people(4, local),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 17))
        return self._person_work(record, "book")

    def _ebook(self) -> Work:
        work = self._book()
        work.record["medium"] = "E-book"
        if self.rng.random() < 0.6:
            work.record["URL"] = self.url(self.rng.choice(_EBOOK_HOSTS))
            work.record["accessed"] = self.accessed_after(work.record["issued"]["date-parts"][0])
        return work

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["Marketing in Southeast Asia", "The Routledge handbook of Thai business",
                                                "Consumer behaviour in Asia", "Tourism in Thailand: new perspectives",
                                                "Digital transformation in ASEAN", "Family business in Thailand"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 700)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 4)),
            "page": f"{start}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            year = record["issued"]["date-parts"][0][0]
            record["DOI"] = f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????').lower()}.{year}.{self.rng.randint(100, 9999)}"  # fmt: skip
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self._title(True), "author": [self.person()],
                                  "issued": {"date-parts": [[self.rng.randint(2010, 2025)]]},
                                  "genre": self.rng.choice(_THESES), "publisher": self.rng.choice(_UNIVERSITIES)}  # fmt: skip
        if self.rng.random() < 0.4:
            record["URL"] = self.url(self.rng.choice(_REPOSITORIES))
            record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        start = self.rng.randint(1, 400)
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(True), "author": self._people(4),
            "container-title": self.rng.choice(["Proceedings of the National and International Conference on Business Administration",
                                                "Proceedings of the International Conference on Business and Industrial Research (ICBIR)",
                                                "Proceedings of the Asia-Pacific Marketing Conference",
                                                "Proceedings of the Thammasat Business School Research Symposium"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher-place": self.rng.choice(["Bangkok", "Pattaya", "Chiang Mai", "Khon Kaen", "Hat Yai"]),
            "page": f"{start}-{start + self.rng.randint(6, 14)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _company_web(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(
            ["Sustainability", "About us", "Our brands", "Investor relations", "K PLUS", "All Member", "The 1 card",
             "Newsroom", "Songkran campaign " + str(self.rng.randint(2019, 2025)), "Company history", "Press release"]),
            "URL": self.url(name.split()[0].lower().strip(",'") + ".co.th")}  # fmt: skip
        if self.rng.random() < 0.8:
            record["issued"] = {"date-parts": [[self.year()]]}
        if self.rng.random() < 0.85:
            record["accessed"] = self.accessed_after(record.get("issued", {}).get("date-parts", [None])[0])
        return self._org_work(record, "web", name, tags)

    def _company_report(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report {year}", f"Form 56-1 One Report {year}",
                                                        f"Sustainability report {year}", self._title()]),
            "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0], "publisher-place": "Bangkok",
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self.url("set.or.th")
            record["accessed"] = self.accessed_after([year])
        return self._org_work(record, "report", name, tags)

    def _trade_body(self) -> Work:
        name, tags = self.rng.choice(_TRADE)
        year = self.year()
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]),
                                  "title": self.rng.choice([f"Thailand digital advertising spend {year}", f"Retail outlook {year}", self._title()]),
                                  "URL": self.url(name.split()[0].lower() + ".or.th")}  # fmt: skip
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self.accessed_after([year] if "issued" in record else None)
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _government(self) -> Work:
        if self.rng.random() < 0.12:  # the Bank of Thailand's two papers of 2019, cited "2019a" and "2019b"
            record: dict[str, Any] = {"type": "report", "title": self.rng.choice(_BOT_2019), "issued": {"date-parts": [[2019]]},
                                      "publisher": "Bank of Thailand", "publisher-place": "Bangkok",
                                      "URL": self.url("bot.or.th"), "accessed": self.accessed_after([2019])}  # fmt: skip
            return self._org_work(record, "report", "Bank of Thailand", {"government"}, pair=False)
        name, tags = self.rng.choice(_BODIES)
        year = self.year()
        titles = [self._title(True), f"Payment systems report {year}", f"Tourism statistics {year}",
                  f"The {year} household socio-economic survey", f"Thailand internet user behaviour {year}",
                  "Guidelines on advertising of consumer credit", f"Annual report {year}"]  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(titles),
                                  "issued": {"date-parts": [[year]]}, "URL": self.url("go.th")}  # fmt: skip
        record["accessed"] = self.accessed_after([year])
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _law(self) -> Work:
        title, year = self.rng.choice(_LAWS)
        name = self.rng.choice(_LAW_AUTHORS)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}}
        if self.rng.random() < 0.7:
            record["URL"] = f"https://www.krisdika.go.th/{self.fakers['en_GB'].slug()}"
            record["accessed"] = self.accessed_after([year])
        return self._org_work(record, "law", name, {"legislation", "government"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.9 else None
        market = self.rng.choice(["energy drinks", "ready-to-drink tea", "instant noodles", "beer", "convenience stores",
                                  "mobile payments", "skincare", "e-commerce", "quick-service restaurants", "hotels"])  # fmt: skip
        shown = year or 2024
        titles = [f"{market.capitalize()} in Thailand {shown}", f"Thailand {market} market report {shown}",
                  f"Digital {shown}: Thailand", f"Thai consumer outlook {shown}", f"{market.capitalize()} - Thailand - {self.rng.choice(['March', 'September'])} {shown}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": self.url(name.split()[0].lower() + ".com")}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self.accessed_after([year] if year else None)
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        issued = self.dated(self.year())
        press = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(press in _THAI_PRESS), "author": self._people(2),
                                  "container-title": press, "issued": {"date-parts": [issued]},
                                  "URL": self.url("bangkokpost.com")}  # fmt: skip
        if self.rng.random() < 0.9:
            record["accessed"] = self.accessed_after(issued)
        return self._person_work(record, "news")

    def _unsigned_news(self) -> Work:
        issued = self.dated(self.year())
        name = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(name in _THAI_PRESS), "container-title": name,
                                  "issued": {"date-parts": [issued]}, "URL": self.url("nationthailand.com"),
                                  "accessed": self.accessed_after(issued)}  # fmt: skip
        return self._org_work(record, "news", name, {"press"})

    def _social(self) -> Work:
        issued = self.dated(self.rng.randint(2018, 2025))
        record: dict[str, Any] = {"type": "post", "title": self.rng.choice(_POSTS), "container-title": self.rng.choice(_SOCIAL),
                                  "issued": {"date-parts": [issued]}, "URL": self.url("facebook.com"),
                                  "accessed": self.accessed_after(issued)}  # fmt: skip
        if self.rng.random() < 0.3:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        name, tags = self.rng.choice(_COMPANIES + _BODIES[9:11])
        return self._org_work(record, "social", name, tags)

    def _video(self) -> Work:
        issued = self.dated(self.rng.randint(2015, 2025))
        record: dict[str, Any] = {"type": "motion_picture", "medium": "Video", "container-title": "YouTube",
                                  "title": self.rng.choice(["Amazing Thailand: Visit Thai Villages", "K PLUS: easier every day",
                                                            "Thai Life Insurance: Unsung Hero", "The making of our Songkran film",
                                                            "CP ALL Opportunity Day", self._title()]),
                                  "issued": {"date-parts": [issued]}, "URL": self.url("youtube.com"),
                                  "accessed": self.accessed_after(issued)}  # fmt: skip
        if self.rng.random() < 0.35:
            record["author"] = [self.person()]
            return self._person_work(record, "video")
        name, tags = self.rng.choice(_COMPANIES + _BODIES)
        return self._org_work(record, "video", name, tags)

    def _podcast(self) -> Work:
        issued = self.dated(self.rng.randint(2018, 2025))
        record: dict[str, Any] = {"type": "song", "medium": "Podcast",
                                  "container-title": self.rng.choice(["Spotify", "Apple Podcasts", "The Standard Podcast", "Brand Inside Podcast"]),
                                  "title": f"EP.{self.rng.randint(1, 400)} {self._title()}", "author": self._people(2),
                                  "issued": {"date-parts": [issued]}, "URL": self.url("thestandard.co"),
                                  "accessed": self.accessed_after(issued)}  # fmt: skip
        return self._person_work(record, "podcast")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self.url("co.th"),
                                  "accessed": self.accessed_after(None)}  # fmt: skip
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.rng.choice(_COMPANIES + _TRADE + _BODIES)
        return self._org_work(record, "web", name, tags | {"undated"})
