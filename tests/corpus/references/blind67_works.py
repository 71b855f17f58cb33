"""Works for the sixty-seventh held-out pool, "blind67": what marketers in South Korea cite in CIM and MBA reports.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a sixty-seventh hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, CRM, performance,
content and communications marketers at K-beauty houses, entertainment and webtoon firms, department stores and
convenience chains, platforms, food and beverage makers, carmakers and agencies in Seoul, Busan, Incheon and Pangyo
write: Korean and international journals with one to eight authors, textbooks (some translated), chapters, theses
from Seoul National, Yonsei, Korea and KAIST universities, Co., Ltd., Corp. and Inc. reports, ministries' and
agencies' releases, Acts under the body that publishes them, KOSTAT, KOCCA, KTO and KCA figures, research firms'
reports, the Korean press in English, Instagram, YouTube, Naver blog and TikTok posts and podcasts, with and without
dates or access dates; Korean names in several romanisations and orders of the given name's syllables, McCune-
Reischauer breves, Korean-American, Joseonjok and expatriate names.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

_FAMILIES = ["Kim", "Kim", "Kim", "Lee", "Lee", "Yi", "Rhee", "Park", "Park", "Pak", "Choi", "Choe", "Jung", "Chung",
             "Kang", "Cho", "Jo", "Yoon", "Yun", "Jang", "Chang", "Lim", "Im", "Han", "Oh", "Seo", "Shin", "Kwon",
             "Hwang", "Ahn", "Song", "Jeon", "Hong", "Ko", "Moon", "Yang", "Son", "Baek", "Heo", "Nam", "Noh", "Ha",
             "Ryu", "Yoo", "Bae", "Jin", "Um", "Sung", "Namgoong", "Sunwoo", "Jegal", "Hwangbo", "Dokgo"]  # fmt: skip
_SYLLABLES = ["min", "jun", "seo", "yeon", "ji", "woo", "hyun", "su", "jin", "ho", "eun", "young", "hee", "sung",
              "dong", "ha", "na", "yoon", "kyung", "jae", "sang", "hye", "won", "chan", "bin", "da", "in", "tae",
              "mi", "so", "yu", "gyu", "joon", "sook", "cheol", "ae", "ra", "rim", "bo", "han"]  # fmt: skip
# McCune-Reischauer spellings in older Korean-studies papers, and scholars who keep them.
_MR_NAMES = [("Chŏng", "Hŭi-Sŏn"), ("Pak", "Chŏng-Hŭi"), ("Ch'oe", "Yŏng-Ho"), ("Yi", "Sŭng-Man"),
             ("Kim", "Yŏng-Ae"), ("Ŏm", "Ki-Ch'ŏl"), ("Hŏ", "Mi-Ryŏng")]  # fmt: skip
_AMERICAN = [("Kim", "Grace"), ("Park", "Daniel J."), ("Lee", "Christine"), ("Choi", "Michael"), ("Han", "Esther"),
             ("Yoon", "Jessica"), ("Kwon", "Andrew S."), ("Oh", "Sandra")]  # fmt: skip
_JOSEONJOK = [("Jin", "Zhehu"), ("Piao", "Chunhua"), ("Jin", "Meilan"), ("Li", "Zhengzhe"), ("Cui", "Yinghua"),
              ("Quan", "Hongji"), ("Pu", "Xuemei")]  # fmt: skip
_EXPATS = [("Müller", "Katrin"), ("Lefèvre", "Antoine"), ("Núñez", "Carolina"), ("O'Sullivan", "Ciarán"),
           ("MacAllister", "Fiona"), ("Tanaka", "Haruka"), ("Nguyễn", "Thị Hoa"), ("Novák", "Tomáš"),
           ("Brennan-Walsh", "Rachel"), ("Søgaard", "Mikkel"), ("Hughes", "Owen"), ("Fitzgerald", "Emma")]  # fmt: skip
_PARTICLE_NAMES = [("van", "Dam", "Joost"), ("de", "Oliveira", "Marina"), ("von", "Heyden", "Lukas"),
                   ("van der", "Linden", "Eva")]  # fmt: skip

_ORGANISATIONS = [
    ("Amorepacific Corporation", {"company"}), ("Amorepacific", {"company"}), ("LG H&H", {"company", "ampersand"}),
    ("LG Household & Health Care", {"company", "ampersand"}), ("CJ Olive Young Corporation", {"company"}),
    ("Olive Young", {"company"}), ("HYBE Co., Ltd.", {"company", "comma"}), ("HYBE", {"company", "acronym"}),
    ("SM Entertainment", {"company"}), ("JYP Entertainment", {"company"}), ("Naver Webtoon", {"company"}),
    ("NAVER Corp.", {"company"}), ("Kakao Corp.", {"company"}), ("Kakao Entertainment", {"company"}),
    ("Coupang, Inc.", {"company", "comma"}), ("Musinsa", {"company"}), ("Lotte Shopping Co., Ltd.", {"company", "comma"}),
    ("Shinsegae Inc.", {"company"}), ("GS Retail", {"company"}), ("BGF Retail", {"company"}), ("Nongshim Co., Ltd.", {"company", "comma"}),
    ("Orion Corp.", {"company"}), ("HiteJinro", {"company"}), ("CJ CheilJedang", {"company"}),
    ("Hyundai Motor Company", {"company"}), ("Samsung Electronics", {"company"}), ("Cheil Worldwide", {"company"}),
    ("Innocean Worldwide", {"company"}), ("Statistics Korea (KOSTAT)", {"government", "abbreviation"}),
    ("Statistics Korea", {"government"}), ("Korea Creative Content Agency (KOCCA)", {"government", "abbreviation"}),
    ("KOCCA", {"government", "acronym"}), ("Korea Tourism Organization", {"government"}),
    ("Korea Communications Agency (KCA)", {"government", "abbreviation"}),
    ("Korea Fair Trade Commission", {"government"}), ("KFTC", {"government", "acronym"}),
    ("Ministry of Food and Drug Safety", {"government"}), ("Personal Information Protection Commission", {"government"}),
    ("Ministry of Culture, Sports and Tourism", {"government", "comma"}), ("Ministry of Trade, Industry and Energy", {"government", "comma"}),
    ("Korea Consumer Agency", {"government"}), ("Nasmedia", {"market-research"}), ("Opensurvey", {"market-research"}),
    ("Macromill Embrain", {"market-research"}), ("Gallup Korea", {"market-research"}),
    ("Euromonitor International", {"market-research"}), ("Mintel", {"market-research"}),
    ("Samjong KPMG", {"company"}), ("McKinsey & Company", {"company", "ampersand"}), ("Ernst & Young Han Young", {"company", "ampersand"}),
    ("Korea Advertisers Association", {"trade-body"}), ("Korea Federation of Advertising Associations", {"trade-body"}),
    ("Korea Cosmetic Association", {"trade-body"}), ("Korea International Trade Association (KITA)", {"trade-body", "abbreviation"}),
    ("Chartered Institute of Marketing", {"trade-body"}), ("Marketers' Club Korea", {"trade-body", "apostrophe"}),
    ("Seoul Metropolitan Government", {"government"}), ("Busan Metropolitan City", {"government"}),
]  # fmt: skip
_PRESS = ["The Korea Herald", "The Korea Times", "Korea JoongAng Daily", "JoongAng Daily", "The Chosun Ilbo",
          "Maeil Business Newspaper", "Yonhap News Agency", "The Korea Economic Daily", "Business Korea",
          "Campaign Asia", "Financial Times", "Nikkei Asia"]  # fmt: skip
_JOURNALS = ["Asia Pacific Journal of Marketing and Logistics", "Journal of Global Scholars of Marketing Science",
             "Asian Business & Management", "Korea Marketing Review", "Journal of Korea Trade",
             "Journal of Business Research", "Journal of Retailing and Consumer Services", "Asia Marketing Journal",
             "Journal of Interactive Marketing", "International Journal of Advertising",
             "Journal of Fashion Marketing and Management", "Korean Journal of Advertising and Public Relations",
             "Journal of Consumer Marketing", "Journal of Brand Management"]  # fmt: skip
_TOPICS = ["K-beauty", "K-pop fandom", "webtoon IP", "live commerce", "rocket delivery", "convenience-store private labels",
           "Chuseok gift sets", "Seollal promotions", "Pepero Day", "Korea Sale FESTA", "hallyu", "idol endorsements",
           "fan platforms", "quick commerce", "membership programmes", "omnichannel department stores", "ramyeon exports",
           "soju branding", "K-food", "electric vehicle launches", "virtual influencers", "clean beauty", "MZ generation",
           "Naver blog reviews", "short-form video", "personal information consent", "endorsement disclosure",
           "cosmetics labelling", "fashion platforms", "mukbang content", "duty-free retail", "pop-up stores in Seongsu"]  # fmt: skip
_KOREAN_TITLES = [("MZ sedae-ui sobi yeokseol", "The consumption paradox of the MZ generation"),
                  ("Pyeonuijeom PB sangpum-ui seongjang", "The growth of convenience-store private-label goods"),
                  ("K-byuti-ui segyehwa jeollyak", "Globalisation strategies of K-beauty"),
                  ("Paendeom gyeongje iron", "A theory of the fandom economy"),
                  ("Raibeu keomeoseu sobija haengdong yeongu", "A study of consumer behaviour in live commerce"),
                  ("Hallyu wa gukga beuraendeu", "Hallyu and the nation brand"),
                  ("Teuraendeu Korea {y}", "Trend Korea {y}"),
                  ("Sobi teuraendeu bunseok", "An analysis of consumption trends")]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Wiley", "Hoboken, NJ"), ("Palgrave Macmillan", "Singapore"), ("Springer", "Singapore"),
               ("Miraebook", "Seoul"), ("Parkyoung Publishing", "Seoul"), ("Hanbit Biz", "Seoul"),
               ("Seoul National University Press", "Seoul"), ("Yonsei University Press", "Seoul"),
               ("Columbia University Press", "New York"), ("Gimm-Young Publishers", "Paju")]  # fmt: skip
_UNIVERSITIES = ["Seoul National University", "Yonsei University", "Korea University", "KAIST",
                 "Sungkyunkwan University", "Ewha Womans University", "Hanyang University"]  # fmt: skip


class Blind67WorkFactory(WorkFactory):
    """The blind67 pool's works (see the module docstring). A subclass, so no other pool's corpus changes."""

    KINDS = ("book", "chapter", "journal", "thesis", "company-report", "government", "legislation", "research",
             "news", "web", "social", "podcast", "korean-book")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 67 + 6700)
        self.people: list[dict[str, str]] = []
        self.org_years: list[tuple[str, set[str], int]] = []
        self.titles: set[str] = set()

    # ------------------------------------------------------------------ people
    def _given(self) -> str:
        first, second = self.rng.choice(_SYLLABLES), self.rng.choice(_SYLLABLES)
        style = self.rng.random()
        if style < 0.35:  # Min-jun on the page; its reference manager keeps it as Min-Jun, which it abbreviates M.-J.
            return f"{first.capitalize()}-{second.capitalize()}"
        if style < 0.6:
            return f"{first.capitalize()}{second}"  # Minjun
        if style < 0.8:
            return f"{first.capitalize()}-{second.capitalize()}"  # Min-Jun
        return f"{first.capitalize()} {second.capitalize()}"  # Min Jun

    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.66:
            name = {"family": self.rng.choice(_FAMILIES), "given": self._given()}
        elif roll < 0.72:
            family, given = self.rng.choice(_MR_NAMES)
            name = {"family": family, "given": given}
        elif roll < 0.78:
            family, given = self.rng.choice(_AMERICAN)
            name = {"family": family, "given": given}
        elif roll < 0.83:
            family, given = self.rng.choice(_JOSEONJOK)
            name = {"family": family, "given": given}
        elif roll < 0.93:
            family, given = self.rng.choice(_EXPATS)
            name = {"family": family, "given": given}
        elif roll < 0.96:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            name = {"family": family, "given": given, "non-dropping-particle": particle}
        elif self.people:  # a second author already in the report, with a different given name
            name = {"family": self.rng.choice(self.people)["family"], "given": self._given()}
        else:
            name = {"family": self.rng.choice(_FAMILIES), "given": self._given()}
        self.people.append(name)
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[30, 28, 18, 10, 6, 4, 2, 2][:most])[0]
        return [self.person() for _ in range(count)]

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1988, 2007)
        return self.rng.randint(2010, 2025)

    def _accessed_after(self, record: dict[str, Any]) -> dict[str, list[list[int]]]:
        issued = record.get("issued", {"date-parts": [[2020]]})["date-parts"][0][0]
        year = self.rng.randint(max(issued + 1, 2023), max(issued + 1, 2026))
        return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        forms = [
            f"{topic[0].upper()}{topic[1:]} and consumer engagement in South Korea",
            f"The effect of {topic} on purchase intention: evidence from Korea",
            f"How {topic} reshaped {other}",
            f"{topic[0].upper()}{topic[1:]} in the Korean market: a mixed-methods study",
            f"Beyond {topic}: brand trust among Korean consumers",
            f"{topic[0].upper()}{topic[1:]}, {other} and loyalty",
            f"Understanding {topic} in Seoul's retail landscape",
            f"Why {topic} matters for global brands",
            f"{topic[0].upper()}{topic[1:]}: lessons from {self.rng.choice(['Olive Young', 'Coupang', 'HYBE', 'Musinsa', 'GS25', 'Nongshim', 'Kakao'])}",
        ]
        return self.rng.choice(forms)

    def _url(self, host: str) -> str:
        slug = "-".join(self.rng.choice(_SYLLABLES) for _ in range(3))
        return f"https://{host}/{slug}-{self.rng.randint(100, 99999)}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            list(self.KINDS), weights=[10, 4, 22, 4, 10, 7, 4, 9, 10, 7, 5, 2, 4]
        )[0]  # fmt: skip
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        work.kind = kind
        return work

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org(self, record: dict[str, Any], kind: str, pick: list[tuple[str, set[str]]] | None = None) -> Work:
        name, tags = self.rng.choice(pick or _ORGANISATIONS)
        if "issued" in record and self.org_years and self.rng.random() < 0.1:  # one body, two works in a year
            name, tags, year = self.rng.choice(self.org_years)
            record["issued"] = {"date-parts": [[year]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record)
        if "issued" in record:
            self.org_years.append((name, tags, record["issued"]["date-parts"][0][0]))
        if record.get("type") == "report" and "publisher" not in record:
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = self.rng.choice(["Seoul", "Seoul", "Sejong", "Busan", "Incheon", "Seongnam"])
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, set(tags) | {"organisation"})

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        if self.rng.random() < 0.15:  # a translated textbook
            record["translator"] = [self.person()]
        return self._person_work(record, "book")

    def _korean_book(self) -> Work:
        year = self.year()
        korean, english = self.rng.choice(_KOREAN_TITLES)
        record: dict[str, Any] = {"type": "book", "title": f"{korean} [{english}]".replace("{y}", str(year + 1)),
                                  "author": self._people(3), "issued": {"date-parts": [[year]]},
                                  "publisher": self.rng.choice(["Miraeui Chang", "Gimm-Young Publishers", "Hanbit Biz", "Wisdom House"]),
                                  "publisher-place": self.rng.choice(["Seoul", "Paju"])}  # fmt: skip
        return self._person_work(record, "korean-book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 300)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["The Routledge handbook of Korean culture and society", "Hallyu 2.0: the Korean wave in the age of social media",
                                                "Marketing in Asia", "K-pop: the international rise of the Korean music industry", "Retailing in East Asia"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 1200)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{start}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.55:
            record["DOI"] = (
                f"10.{self.rng.choice([1108, 1016, 1080, 1057, 15830])}/{self.rng.choice(['APJML', 'j.jbusres', '21639159', 's41291', 'kmr'])}-{self.rng.randint(2015, 2025)}-{self.rng.randint(100, 9999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "genre": self.rng.choice(["MBA dissertation", "MSc thesis", "PhD thesis", "Master's thesis"]),
                                  "publisher": self.rng.choice(_UNIVERSITIES),
                                  "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        return self._person_work(record, "thesis")

    def _company_report(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "report", "issued": {"date-parts": [[year]]},
                                  "title": self.rng.choice([f"Annual report {year}", f"Sustainability report {year}", f"ESG report {year}",
                                                            f"Integrated report {year}", f"Investor presentation Q{self.rng.randint(1, 4)} {year}", self._title()])}  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = self._url(
                self.rng.choice(["www.apgroup.com", "ir.hybecorp.com", "www.lghnh.com", "ir.coupang.com", "www.cj.net"])
            )
            record["accessed"] = self._accessed_after(record)
        if self.rng.random() < 0.12:  # an undated deck, read online
            record.pop("issued")
            record["URL"] = record.get("URL") or self._url("www.company.co.kr")
            record["accessed"] = self._accessed_after({})
        return self._org(record, "company-report", [o for o in _ORGANISATIONS if "company" in o[1]])

    def _government(self) -> Work:
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "issued": {"date-parts": [[self.year()]]},
                                  "URL": self._url(self.rng.choice(["kostat.go.kr", "www.kocca.kr", "english.visitkorea.or.kr", "www.ftc.go.kr", "www.mfds.go.kr"]))}  # fmt: skip
        record["accessed"] = self._accessed_after(record)
        return self._org(record, "government", [o for o in _ORGANISATIONS if "government" in o[1]])

    def _legislation(self) -> Work:
        acts = [("Personal Information Protection Act (Act No. 10465)", 2011), ("Act on Fair Labeling and Advertising (Act No. 5814)", 1999),
                ("Framework Act on Broadcasting Communications Development (Act No. 9280)", 2008), ("Cosmetics Act (Act No. 5506)", 1999),
                ("Act on the Consumer Protection in Electronic Commerce (Act No. 6687)", 2002), ("Guidelines on the review of endorsements and testimonials in advertising", 2020),
                ("Food Labeling and Advertising Act (Act No. 13201)", 2015), ("Enforcement Decree of the Cosmetics Act", 2023)]  # fmt: skip
        title, year = self.rng.choice(acts)
        if self.rng.random() < 0.4:
            year = self.rng.randint(max(year, 2015), 2025)  # the amended text
        record: dict[str, Any] = {"type": "webpage", "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": self._url("elaw.klri.re.kr/eng_service")}  # fmt: skip
        record["accessed"] = self._accessed_after(record)
        bodies = [("Korea Legislation Research Institute", {"government"}), ("Korea Fair Trade Commission", {"government"}),
                  ("Ministry of Food and Drug Safety", {"government"}), ("Personal Information Protection Commission", {"government"}),
                  ("National Law Information Center", {"government"})]  # fmt: skip
        return self._org(record, "legislation", bodies)

    def _research(self) -> Work:
        year = self.year() if self.rng.random() < 0.88 else None
        topic = self.rng.choice(_TOPICS)
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice([
            f"{topic[0].upper()}{topic[1:]} in South Korea", f"Korea consumer trend report {year or 2024}",
            f"{topic[0].upper()}{topic[1:]}: consumer survey {year or 2024}", f"Mobile advertising market report {year or 2023}",
            "Beauty and personal care in South Korea", f"Trends in {topic} among Koreans in their 20s and 30s"])}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        if self.rng.random() < 0.7:
            record["URL"] = self._url(
                self.rng.choice(
                    [
                        "www.nasmedia.co.kr",
                        "blog.opensurvey.co.kr",
                        "trendmonitor.co.kr",
                        "www.gallup.co.kr",
                        "www.euromonitor.com",
                    ]
                )
            )
            record["accessed"] = self._accessed_after(record)
        return self._org(record, "research", [o for o in _ORGANISATIONS if "market-research" in o[1]])

    def _news(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url(self.rng.choice(["www.koreaherald.com/view", "www.koreatimes.co.kr/www/biz", "koreajoongangdaily.joins.com/news", "en.yna.co.kr/view"]))}  # fmt: skip
        record["accessed"] = self._accessed_after(record)
        if self.rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        name = record["container-title"]
        return self._org(record, "news", [(name, {"press"})])

    def _web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(),
                                  "URL": self._url(self.rng.choice(["www.mobiinside.co.kr", "www.thebell.co.kr", "brunch.co.kr", "www.apgroup.com/int/en/news", "www.oliveyoung.com"]))}  # fmt: skip
        if self.rng.random() < 0.75:
            record["issued"] = {"date-parts": [[self.year()]]}
        if self.rng.random() < 0.85:  # some candidates leave the access date out
            record["accessed"] = self._accessed_after(record)
        if self.rng.random() < 0.45:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        return self._org(record, "web")

    def _social(self) -> Work:
        platform, host = self.rng.choice([("Instagram", "www.instagram.com/p"), ("YouTube", "www.youtube.com/watch?v="),
                                          ("Naver blog", "blog.naver.com"), ("TikTok", "www.tiktok.com/@")])  # fmt: skip
        record: dict[str, Any] = {"type": "post", "title": f"{self._title()} [{platform}]",
                                  "issued": {"date-parts": [[self.rng.randint(2018, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url(host)}  # fmt: skip
        record["accessed"] = self._accessed_after(record)
        if self.rng.random() < 0.5:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        return self._org(record, "social", [o for o in _ORGANISATIONS if "company" in o[1]])

    def _podcast(self) -> Work:
        record: dict[str, Any] = {"type": "broadcast", "genre": "Podcast", "title": self._title(),
                                  "container-title": self.rng.choice(["K-Biz Insider", "Seoul Marketing Talk", "The Korea Brief", "Hallyu Business"]),
                                  "issued": {"date-parts": [[self.rng.randint(2019, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url("podcasts.apple.com/kr/podcast")}  # fmt: skip
        record["accessed"] = self._accessed_after(record)
        record["author"] = self._people(2)
        return self._person_work(record, "podcast")
