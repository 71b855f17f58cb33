"""Works for the blind317 pool: what marketers at sake breweries, shōchū and Japanese whisky distillers, tea growers
and tea houses, soy-sauce and miso makers, craft workshops, ryokan and food-tourism operators in Japan (and their
export markets in the UK, France, the US, Singapore and Hong Kong) cite in CIM Level 6 and 7 reports and MBA
assignments written in English.

Written without reading the checker, its tests or any other pool. Japanese names are written as their scholars and
journals print them: with macrons ("Ōtsuka", "Saitō"), without them ("Otsuka", "Saito") and with the "h" some
authors prefer ("Ohtsuka", "Satoh"); British, French, American, Singaporean and Hong Kong names beside them.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "web", "report", "news")

_JAPANESE = [
    ("Yamamoto", "Kenji"), ("Takahashi", "Yūko"), ("Takahashi", "Hiroshi"), ("Kobayashi", "Aya"), ("Matsumoto", "Daisuke"),
    ("Nakamura", "Mariko"), ("Hasegawa", "Takeshi"), ("Ōtsuka", "Naoko"), ("Otsuka", "Haruki"), ("Ohtsuka", "Emi"),
    ("Saitō", "Shin"), ("Saito", "Keiko"), ("Satō", "Ryō"), ("Sato", "Kana"), ("Satoh", "Yusuke"), ("Itō", "Tomoko"),
    ("Ito", "Masaki"), ("Kōno", "Akira"), ("Kono", "Yumi"), ("Ōno", "Shō"), ("Ohno", "Chie"), ("Watanabe", "Jun"),
    ("Yoshida", "Nao"), ("Inoue", "Kazuo"), ("Kimura", "Rie"), ("Hayashi", "Taro"), ("Shimizu", "Mai"), ("Mori", "Ken"),
    ("Ikeda", "Yoko"), ("Hashimoto", "Sayaka"), ("Fujita", "Kōji"), ("Okada", "Hiromi"), ("Maeda", "Shun"),
    ("Ogawa", "Miho"), ("Murakami", "Tetsuya"), ("Kondō", "Asuka"), ("Kondo", "Ryota"), ("Endō", "Satoshi"),
    ("Yamada", "Noriko"), ("Nishimura", "Kaori"), ("Fukuda", "Makoto"), ("Aoki", "Hitomi"), ("Sakamoto", "Yuki"),
    ("Ishikawa", "Shinji"), ("Ueda", "Mayumi"), ("Sugimoto", "Tatsuya"), ("Kurihara", "Eri"), ("Tsuji", "Gō"),
    ("Yūki", "Haruna"), ("Ōkubo", "Kenta"), ("Kikuchi", "Akiko"), ("Hirano", "Daiki"), ("Noguchi", "Ayumi"),
]  # fmt: skip
_ASIAN = [("Tan", "Wei Ling"), ("Lim", "Jun Jie"), ("Ng", "Hui Min"), ("Goh", "Kian Seng"), ("Lee", "Shu Fen"),
          ("Chua", "Boon Keng"), ("Teo", "Li Ting"), ("Koh", "Ming Hui"), ("Cheung", "Ka Wai"), ("Wong", "Siu Man"),
          ("Chan", "Tsz Ho"), ("Leung", "Wing Yan"), ("Kim", "Jiyoung"), ("Park", "Seoyeon")]  # fmt: skip
_PARTICLES = [("de", "Lacoste", "Amélie"), ("le", "Goff", "Yann"), ("du", "Bellay", "Claire"), ("de", "Villiers", "Hugo"),
              ("van", "Dijk", "Sanne"), ("de", "Rosnay", "Élise")]  # fmt: skip
_LOCALES = ["en_GB", "en_GB", "en_GB", "fr_FR", "fr_FR", "en_US", "en_US"]

_ORGANISATIONS = [
    ("National Tax Agency (NTA)", {"government", "abbreviation"}), ("National Tax Agency", {"government"}),
    ("NTA", {"government", "acronym"}),
    ("Ministry of Agriculture, Forestry and Fisheries (MAFF)", {"government", "comma", "abbreviation"}),
    ("Ministry of Agriculture, Forestry and Fisheries", {"government", "comma"}), ("MAFF", {"government", "acronym"}),
    ("Japan National Tourism Organization (JNTO)", {"government", "abbreviation"}),
    ("Japan National Tourism Organization", {"government"}), ("JNTO", {"government", "acronym"}),
    ("Japan External Trade Organization (JETRO)", {"government", "abbreviation"}), ("JETRO", {"government", "acronym"}),
    ("Japan Tourism Agency", {"government"}), ("Agency for Cultural Affairs", {"government"}),
    ("Statistics Bureau of Japan", {"government"}), ("Cabinet Office, Government of Japan", {"government", "comma"}),
    ("Japan Sake and Shochu Makers Association", {"trade-body"}),
    ("Japan Sake and Shochu Makers Association (JSS)", {"trade-body", "abbreviation"}),
    ("Japan Spirits & Liqueurs Makers Association", {"trade-body", "ampersand"}),
    ("Hyogo Sake Brewers' Association", {"trade-body", "apostrophe"}),
    ("Global Japanese Tea Association", {"trade-body"}), ("The Japan Foundation", {"foundation"}),
    ("Wine & Spirit Education Trust (WSET)", {"trade-body", "ampersand", "abbreviation"}),
    ("UNESCO", {"government", "acronym"}), ("Hong Kong Trade Development Council (HKTDC)", {"government", "abbreviation"}),
    ("Singapore Food Agency", {"government"}), ("USDA Foreign Agricultural Service", {"government", "acronym"}),
    ("Asahi Shuzo Co., Ltd.", {"company", "comma"}), ("Gekkeikan Sake Co., Ltd.", {"company", "comma"}),
    ("Kikkoman Corporation", {"company"}), ("Itoen, Ltd.", {"company", "comma"}), ("Hoshino Resorts Inc.", {"company"}),
    ("Suntory Holdings Limited", {"company"}), ("Takara Holdings Inc.", {"company"}),
    ("Hakkaisan Brewery Co., Ltd.", {"company", "comma"}), ("Kikumasamune Sake Brewing Co., Ltd.", {"company", "comma"}),
    ("Yamasa Corporation", {"company"}), ("Marukyu Koyamaen", {"company"}), ("Ippodo Tea Co.", {"company"}),
    ("Aoki Hamono Seisakusho K.K.", {"company"}), ("Hakuza Kogei K.K.", {"company"}),
    ("Asahi Group Holdings, Ltd.", {"company", "comma"}), ("Kirin Holdings Company, Limited", {"company", "comma"}),
    ("Berry Bros. & Rudd", {"company", "ampersand"}), ("Japan Centre Group Ltd", {"company"}),
]  # fmt: skip
_DOMAINS = {"National Tax Agency (NTA)": "nta.go.jp", "National Tax Agency": "nta.go.jp", "NTA": "nta.go.jp",
            "Ministry of Agriculture, Forestry and Fisheries (MAFF)": "maff.go.jp", "Ministry of Agriculture, Forestry and Fisheries": "maff.go.jp",
            "MAFF": "maff.go.jp", "Japan National Tourism Organization (JNTO)": "jnto.go.jp", "Japan National Tourism Organization": "jnto.go.jp",
            "JNTO": "jnto.go.jp", "Japan External Trade Organization (JETRO)": "jetro.go.jp", "JETRO": "jetro.go.jp",
            "Japan Tourism Agency": "mlit.go.jp/kankocho", "Agency for Cultural Affairs": "bunka.go.jp", "Statistics Bureau of Japan": "stat.go.jp",
            "Cabinet Office, Government of Japan": "cao.go.jp"}  # fmt: skip
_RESEARCH = ["Fuji Keizai", "Yano Research Institute", "Yano Research Institute Ltd.", "Statista", "Euromonitor International",
             "IWSR", "Mintel"]  # fmt: skip
_PRESS = ["The Japan Times", "Nikkei Asia", "The Asahi Shimbun", "The Mainichi", "Japan Today", "NHK World",
          "The Drinks Business", "Decanter", "Financial Times", "Sake Today"]  # fmt: skip
_JOURNALS = ["Journal of Wine Research", "British Food Journal", "Journal of Heritage Tourism",
             "Asia Pacific Journal of Marketing and Logistics", "Japan Forum", "Journal of Asian Business and Economic Studies",
             "Journal of Marketing Management", "International Journal of Gastronomy and Food Science",
             "Tourism Management", "Journal of Brand Management"]  # fmt: skip
_TOPICS = ["sake exports", "premium sake", "craft shōchū", "Japanese whisky", "matcha", "green tea tourism",
           "soy sauce brands", "miso and fermentation", "washoku", "food tourism in Japan", "ryokan hospitality",
           "omotenashi", "heritage brands", "brand authenticity", "geographical indications", "kura tourism",
           "craft knives", "lacquerware", "Arita porcelain", "gold leaf crafts", "inbound tourism", "cross-border e-commerce",
           "Cool Japan", "Japanese restaurants abroad", "country-of-origin effects", "premiumisation", "Instagram and sake",
           "terroir", "family firms", "shinise (long-established firms)"]  # fmt: skip
_MARKETS = ["Sake", "Japanese green tea", "Matcha", "Soy sauce", "Japanese whisky", "Shochu", "Miso", "Kitchen knives",
            "Ryokan and inns", "Japanese food service"]  # fmt: skip
_WHERE = ["Japan", "the UK", "France", "the United States", "Singapore", "Hong Kong", "Europe", "Asia Pacific"]
_CLASSICS: list[tuple[list[tuple[str, str]], int, str, str, str, str | None]] = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Chernev", "Alexander")], 2022, "Marketing management", "Pearson", "Harlow", "16"),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], 2022, "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow", "8"),
    ([("Pine", "B. Joseph"), ("Gilmore", "James H.")], 2019, "The experience economy", "Harvard Business Review Press", "Boston, MA", None),
    ([("Kapferer", "Jean-Noël"), ("Bastien", "Vincent")], 2012, "The luxury strategy", "Kogan Page", "London", "2"),
    ([("Beverland", "Michael")], 2009, "Building brand authenticity: 7 habits of iconic brands", "Palgrave Macmillan", "Basingstoke", None),
    ([("Hollensen", "Svend")], 2020, "Global marketing", "Pearson", "Harlow", "8"),
    ([("Keller", "Kevin Lane"), ("Swaminathan", "Vanitha")], 2020, "Strategic brand management", "Pearson", "Harlow", "5"),
    ([("Aaker", "David A.")], 1996, "Building strong brands", "Free Press", "New York", None),
    ([("Hall", "C. Michael"), ("Sharples", "Liz"), ("Mitchell", "Richard"), ("Macionis", "Niki"), ("Cambourne", "Brock")], 2003, "Food tourism around the world", "Butterworth-Heinemann", "Oxford", None),
    ([("Gilmore", "James H."), ("Pine", "B. Joseph")], 2007, "Authenticity: what consumers really want", "Harvard Business School Press", "Boston, MA", None),
]  # fmt: skip


class Blind317WorkFactory(WorkFactory):
    """Books, chapters and journal articles on sake, tea, crafts and food tourism; Japanese ministries and agencies,
    trade bodies, firms with Co., Ltd., K.K., Inc. and Holdings, the Japanese and drinks press, market research and
    the marketing texts every candidate cites."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 31700)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            fake = Faker(locale)
            fake.seed_instance(seed * 317 + index)
            self.fakers[locale] = fake
        self.dated_orgs: list[tuple[str, set[str], dict[str, Any]]] = []
        self.classics: set[str] = set()

    # ---------------------------------------------------------------- people, organisations, dates
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.6:
            family, given = self.rng.choice(_JAPANESE)
            return {"family": family, "given": given}
        if roll < 0.7:
            family, given = self.rng.choice(_ASIAN)
            return {"family": family, "given": given}
        if roll < 0.75:
            particle, family, given = self.rng.choice(_PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family = fake.last_name().split()[-1]
        return {"family": family, "given": fake.first_name()}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1988, 2004)
        return self.rng.randint(2008, 2025)

    def accessed_after(self, year: int, month: int = 0, day: int = 0) -> dict[str, list[list[int]]]:
        """An access date in 2023 to 2025, never before the work's own date."""
        accessed = [
            self.rng.randint(max(year, 2023), max(year, 2025)),
            self.rng.randint(1, 12),
            self.rng.randint(1, 28),
        ]
        if accessed < [year, month, day]:
            accessed = [year, min(month + 1, 12), 28]
        return {"date-parts": [accessed]}

    def _place(self, name: str) -> str:
        for part, place in (("Hong Kong", "Hong Kong"), ("Singapore", "Singapore"), ("USDA", "Washington, DC"),
                            ("UNESCO", "Paris"), ("Wine &", "London"), ("Berry", "London"), ("Japan Centre", "London"),
                            ("Hyogo", "Kobe"), ("Gekkeikan", "Kyoto"), ("Marukyu", "Uji"), ("Ippodo", "Kyoto"),
                            ("Aoki Hamono", "Sakai"), ("Hakuza", "Kanazawa"), ("Asahi Shuzo", "Iwakuni"),
                            ("Hakkaisan", "Minamiuonuma"), ("Kikumasamune", "Kobe"), ("Yamasa", "Chōshi")):  # fmt: skip
            if part in name:
                return place
        return "Tokyo"

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice([t for t in _TOPICS if t != topic])
        where = self.rng.choice(_WHERE)
        forms = [
            f"{topic[0].upper()}{topic[1:]} and {other}: evidence from {where}",
            f"The role of {topic} in {other}",
            f"Marketing {topic} to consumers in {where}",
            f"{topic[0].upper()}{topic[1:]}: tradition, innovation and the global consumer",
            f"Consumer perceptions of {topic} in {where}",
            f"Heritage, place and {topic}",
            f"Why {topic} matters for {other}",
            f"Rethinking {topic} after the pandemic",
            f"{topic[0].upper()}{topic[1:]} as experience: a study of {other}",
        ]
        return self.rng.choice(forms)

    # ---------------------------------------------------------------- works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "classic", "chapter", "journal", "organisation-web", "organisation-report", "government",
             "market-research", "web-person", "press", "undated-web"],
            weights=[8, 6, 5, 24, 12, 10, 8, 8, 5, 10, 4],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # now and then the same body in the same year as an earlier work ("JNTO, 2023a" and "2023b")
        if self.dated_orgs and "issued" in record and self.rng.random() < 0.12:
            name, tags, issued = self.rng.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(*record["issued"]["date-parts"][0])
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated_orgs.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self._title(), "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Palgrave Macmillan", "Springer", "Kodansha International",
                                          "University of Hawai'i Press", "Stone Bridge Press", "Goodfellow Publishers", "CABI"]),
            "publisher-place": self.rng.choice(["London", "Abingdon", "Singapore", "Tokyo", "Honolulu", "Berkeley, CA", "Oxford", "Wallingford"]),
        }  # fmt: skip
        if self.rng.random() < 0.2:
            record["edition"] = str(self.rng.randint(2, 4))
        return self._person_work(record, "book")

    def _classic(self) -> Work:
        unused = [c for c in _CLASSICS if c[2] not in self.classics]
        if not unused:
            return self._book()
        authors, year, title, publisher, place, edition = self.rng.choice(unused)
        self.classics.add(title)
        record: dict[str, Any] = {
            "type": "book", "title": title, "author": [{"family": f, "given": g} for f, g in authors],
            "issued": {"date-parts": [[year]]}, "publisher": publisher, "publisher-place": place,
        }  # fmt: skip
        if edition:
            record["edition"] = edition
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        start = self.rng.randint(1, 280)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["The Routledge handbook of food tourism", "Food and wine tourism in Japan",
                                                "The Routledge handbook of Japanese business and management",
                                                "Sake and the culture of Japan", "Heritage tourism in Asia", "Japanese craft and design"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "CABI", "Springer", "Bloomsbury"]),
            "publisher-place": self.rng.choice(["Abingdon", "Wallingford", "Singapore", "London"]),
            "page": f"{start}-{start + self.rng.randint(10, 26)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 1200)
        people = self._people(8)
        if self.rng.random() < 0.1:  # large teams in food-science and tourism journals
            people = [self.person() for _ in range(self.rng.randint(5, 8))]
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": people,
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(3, 126)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{start}-{start + self.rng.randint(9, 24)}",
        }  # fmt: skip
        if self.rng.random() < 0.55:
            record["DOI"] = (
                f"10.{self.rng.choice(['1108', '1080', '1016', '1177'])}/{self.fakers['en_GB'].lexify('????').upper()}-{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _organisation_web(self) -> Work:
        name, tags = self.organisation()
        slug = self.fakers["en_GB"].slug()
        pages = [
            "Our history",
            "Sustainability",
            "Export markets",
            "Brand story",
            "Our craftsmanship",
            "How to enjoy matcha",
        ]
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(
            [self._title()] + (pages if tags & {"company", "trade-body", "foundation"} else [])),
            "URL": f"https://www.{name.removeprefix('The ').split()[0].lower().strip(',.')}.jp/en/{slug}"}  # fmt: skip
        if self.rng.random() < 0.8:
            year = self.year()
            record["issued"] = {"date-parts": [[year]]}
            record["accessed"] = self.accessed_after(year)
        else:
            record["accessed"] = self.accessed_after(2022)
        return self._org_work(record, "web", name, tags)

    def _organisation_report(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        title = self.rng.choice([f"Integrated report {year}", f"Annual report {year}", f"Sustainability report {year}",
                                 self._title(), f"Fact book {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0],
                                  "publisher-place": self._place(name)}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = (
                f"https://www.{self.fakers['en_GB'].domain_word()}.co.jp/ir/{self.fakers['en_GB'].slug()}.pdf"
            )
            record["accessed"] = self.accessed_after(year)
        work = self._org_work(record, "report", name, tags)
        if self.rng.random() < 0.12:  # undated: cited "n.d."
            work.record.pop("issued", None)
            work.year = "n.d."
        return work

    def _government(self) -> Work:
        name, tags = self.rng.choice([o for o in _ORGANISATIONS if "government" in o[1] and o[0] in _DOMAINS])
        year = self.year()
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self.rng.choice([f"Statistics on liquor exports {year}", f"White paper on tourism in Japan {year}",
                                      f"Visitor arrivals and spending survey {year}", f"Export strategy for agricultural, forestry and fishery products {year}",
                                      self._title(), f"Annual report on food, agriculture and rural areas in Japan {year}"]),
            "issued": {"date-parts": [[year]]},
            "URL": f"https://www.{_DOMAINS[name]}/english/{self.fakers['en_GB'].slug()}",
            "accessed": self.accessed_after(year),
        }  # fmt: skip
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, set(tags))

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.85 else None
        market, where = self.rng.choice(_MARKETS), self.rng.choice(_WHERE)
        title = self.rng.choice([f"{market} in {where}", f"{market} market in {where}: size and forecast to 2030",
                                 f"{market} - {where} - {self.rng.choice(['March', 'July', 'November'])} {year or 2024}",
                                 f"Volume of {market.lower()} sold in {where} from 2015 to 2024"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name,
                                  "URL": f"https://www.{name.split()[0].lower()}.com/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self.accessed_after(year or 2022)
        tags = {"market-research"} | ({"undated"} if not year else set())
        return self._org_work(record, "report", name, tags)

    def _web_person(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "webpage", "title": self._title(), "author": self._people(2), "issued": {"date-parts": [[year]]},
            "container-title": self.rng.choice(["Sake Today", "Tea Epicure", "Japan Experience", "Sake Street", "Nippon.com"]),
            "URL": f"https://{self.fakers['en_GB'].domain_name()}/{self.fakers['en_GB'].slug()}", "accessed": self.accessed_after(year),
        }  # fmt: skip
        return self._person_work(record, "web")

    def _press(self) -> Work:
        year = self.year()
        outlet = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": outlet,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.{outlet.lower().replace('the ', '').replace(' ', '')}.com/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        record["accessed"] = self.accessed_after(*record["issued"]["date-parts"][0])
        if self.rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", outlet, {"press"})

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(),
                                  "URL": f"https://{self.fakers['en_GB'].domain_name()}/{self.fakers['en_GB'].slug()}",
                                  "accessed": self.accessed_after(2022)}  # fmt: skip
        if self.rng.random() < 0.4:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags | {"undated"})
