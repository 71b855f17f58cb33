"""Works for the sixty-fourth held-out pool, "blind64": what marketers in Japan's consumer, retail, beverage,
convenience-store and character-licensing trades cite on CIM Level 6 and 7 courses and MBAs taught in English.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a sixty-fourth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, trade, CRM,
digital and communications marketers at convenience-store chains, department stores, beverage, cosmetics and food
makers, railways, character licensors, game and toy firms, agencies and research firms in Tokyo, Osaka, Nagoya,
Fukuoka and Sapporo write: Japanese names in romaji with and without macrons (Ōtsuka, Ohtsuka, Otsuka), Japanese-
Brazilian, Zainichi Korean and expatriate names, K.K., Co., Ltd. and Holdings firms, ministries and agencies, Acts
with their numbers, Japanese titles in romaji with English translations in square brackets, translated textbooks,
theses, newspaper and trade-press articles, research-firm reports, posts and podcasts, with and without dates.
"""

# ruff: noqa: E501  (tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

# Japanese family and given names as they appear on English-language papers; macrons kept, dropped or spelt "oh".
_JAPANESE_FAMILY = ["Tanaka", "Suzuki", "Takahashi", "Watanabe", "Itō", "Ito", "Yamamoto", "Nakamura", "Kobayashi",
                    "Katō", "Kato", "Yoshida", "Yamada", "Sasaki", "Yamaguchi", "Matsumoto", "Inoue", "Kimura",
                    "Hayashi", "Shimizu", "Saitō", "Saito", "Ōtsuka", "Ohtsuka", "Otsuka", "Kōno", "Kono", "Satō",
                    "Sato", "Mori", "Ikeda", "Hashimoto", "Ishikawa", "Ogawa", "Fujita", "Okada", "Gotō", "Goto",
                    "Hasegawa", "Murakami", "Kondō", "Kondo", "Sakamoto", "Endō", "Aoki", "Fujii", "Nishimura",
                    "Fukuda", "Ōta", "Ohta", "Miura", "Okamoto", "Matsuda", "Nakagawa", "Nakano", "Harada",
                    "Ōno", "Ohno", "Tamura", "Takeuchi", "Kaneko", "Wada", "Nakayama", "Ishii", "Ueda", "Morita",
                    "Hara", "Shibata", "Sakai", "Kudō", "Yokoyama", "Miyazaki", "Miyamoto", "Uchida", "Takagi",
                    "Andō", "Ōshima", "Shimada", "Taniguchi", "Maruyama", "Imai", "Takada", "Fujiwara", "Sugiyama",
                    "Murata", "Noguchi", "Yoshikawa", "Kikuchi", "Ōkubo", "Horikoshi", "Shūto", "Yūki", "Ōmori"]  # fmt: skip
_JAPANESE_GIVEN = ["Haruka", "Yui", "Aoi", "Sakura", "Hina", "Mio", "Yuna", "Rin", "Misaki", "Nanami", "Ayaka",
                   "Emi", "Keiko", "Naoko", "Tomoko", "Yōko", "Yoko", "Kazuko", "Mariko", "Shiori", "Haruto", "Ren",
                   "Sōta", "Sota", "Yūto", "Yuto", "Daiki", "Takumi", "Kenji", "Hiroshi", "Takeshi", "Kōji", "Koji",
                   "Shōhei", "Ryō", "Ryo", "Yūsuke", "Yusuke", "Kenta", "Shin'ichi", "Jun'ya", "Masahiro", "Tetsuya",
                   "Kazuhiro", "Nobuyuki", "Akira", "Makoto", "Hikaru", "Kaoru", "Tsubasa"]  # fmt: skip
# Japanese-Brazilian (Nikkei) names: Portuguese given names, a Japanese surname, sometimes a Portuguese one first.
_NIKKEI = [("Nakamura", "Rafael"), ("Yamashita", "Juliana"), ("Higa", "Fernanda"), ("Shimabukuro", "Thiago"),
           ("Oliveira Tanaka", "Mariana"), ("Kanashiro", "Lucas"), ("Miyagi", "Ana Paula"), ("Tome", "João"),
           ("Sakamoto Silva", "Beatriz"), ("Arakaki", "Gustavo"), ("Nishimura", "Letícia"), ("Ueda", "Márcio")]  # fmt: skip
_NIKKEI_PARTICLES = [("da", "Silva Kobayashi", "Camila"), ("de", "Souza Ikeda", "Bruno"), ("dos", "Santos", "Érika")]  # fmt: skip
# Zainichi Korean names, romanised the Japanese way, the Korean way or as a tsūmei.
_ZAINICHI = [("Kim", "Sŏng-Hŭi"), ("Kim", "Yuna"), ("Pak", "Chŏl"), ("Park", "Jiyeon"), ("Ri", "Yŏng Ae"),
             ("Yi", "Minsu"), ("Kang", "Sang-Jung"), ("Ko", "Eunji"), ("Shin", "Haejin"), ("Chŏng", "Tae-Ho"),
             ("Ryang", "Sonia"), ("Choi", "Hana"), ("Han", "Mirae"), ("Hwang", "Seoyeon")]  # fmt: skip
_EXPAT_LOCALES = ["en_GB", "en_US", "en_AU", "fr_FR", "de_DE", "en_NZ", "nl_NL", "it_IT", "en_IE", "es_ES"]

# (name as author, tags): firms, agencies, trade bodies and research firms; kept as they write themselves.
_FIRMS = [
    ("Seven-Eleven Japan Co., Ltd.", {"company", "comma", "abbreviation"}),
    ("Seven & i Holdings Co., Ltd.", {"company", "ampersand", "comma"}),
    ("FamilyMart Co., Ltd.", {"company", "comma"}), ("Lawson, Inc.", {"company", "comma"}),
    ("AEON Co., Ltd.", {"company", "comma", "acronym"}), ("Isetan Mitsukoshi Holdings Ltd.", {"company"}),
    ("Fast Retailing Co., Ltd.", {"company", "comma"}), ("Uniqlo", {"company"}),
    ("Suntory Holdings Limited", {"company"}), ("Asahi Group Holdings, Ltd.", {"company", "comma"}),
    ("Kirin Holdings Company, Limited", {"company", "comma"}), ("Kirin", {"company"}),
    ("Shiseido Company, Limited", {"company", "comma"}), ("Shiseido", {"company"}), ("Kao Corporation", {"company"}),
    ("Ajinomoto Co., Inc.", {"company", "comma"}), ("East Japan Railway Company", {"company"}),
    ("JR East", {"company", "acronym"}), ("Sanrio Company, Ltd.", {"company", "comma"}), ("Sanrio", {"company"}),
    ("Bandai Namco Holdings Inc.", {"company"}), ("The Pokémon Company", {"company", "accent"}),
    ("Dentsu Inc.", {"company"}), ("Dentsu", {"company"}), ("Hakuhodo DY Holdings Inc.", {"company", "acronym"}),
    ("Video Research Ltd.", {"company"}), ("Procter & Gamble Japan K.K.", {"company", "ampersand", "abbreviation"}),
    ("Johnson & Johnson K.K.", {"company", "ampersand", "abbreviation"}),
    ("McDonald's Holdings Company (Japan), Ltd.", {"company", "apostrophe", "comma"}),
    ("Tully's Coffee Japan Co., Ltd.", {"company", "apostrophe", "comma"}),
    ("Domino's Pizza Japan", {"company", "apostrophe"}), ("Diageo plc", {"company", "plc"}),
    ("WPP plc", {"company", "plc", "acronym"}), ("Unilever Japan K.K.", {"company", "abbreviation"}),
    ("Ito En, Ltd.", {"company", "comma"}), ("Kewpie Corporation", {"company"}),
    ("Nintendo Co., Ltd.", {"company", "comma"}), ("Takara Tomy Company, Ltd.", {"company", "comma"}),
    ("Kabushiki Kaisha Kōdansha", {"company", "accent"}), ("Oriental Land Co., Ltd.", {"company", "comma"}),
    ("Japan Franchise Association", {"trade-body"}), ("Japan Department Stores Association", {"trade-body"}),
    ("Japan Advertising Review Organization (JARO)", {"trade-body", "abbreviation"}), ("JARO", {"trade-body", "acronym"}),
    ("Japan Advertisers Association", {"trade-body"}), ("Japan Interactive Advertising Association (JIAA)", {"trade-body", "abbreviation"}),
    ("Nomura Research Institute", {"company"}), ("Mitsubishi UFJ Research & Consulting", {"company", "ampersand", "acronym"}),
    ("Hakuhodo Institute of Life and Living", {"company"}), ("Japan External Trade Organization (JETRO)", {"government", "abbreviation"}),
    ("McKinsey & Company", {"company", "ampersand"}), ("Ernst & Young ShinNihon LLC", {"company", "ampersand"}),
]  # fmt: skip
_RESEARCH = [("Intage Inc.", {"market-research"}), ("Intage", {"market-research"}), ("Macromill, Inc.", {"market-research", "comma"}),
             ("Macromill", {"market-research"}), ("Euromonitor International", {"market-research"}),
             ("Video Research Ltd.", {"market-research"}), ("Dentsu Inc.", {"market-research"}),
             ("Hakuhodo Institute of Life and Living", {"market-research"}), ("Cross Marketing Group Inc.", {"market-research"}),
             ("Statista", {"market-research"}), ("Yano Research Institute Ltd.", {"market-research"}),
             ("Fuji Keizai Group", {"market-research"}), ("GfK Japan", {"market-research"})]  # fmt: skip
_GOVERNMENT = [
    ("Statistics Bureau of Japan", "https://www.stat.go.jp/english/data/"),
    ("Ministry of Economy, Trade and Industry", "https://www.meti.go.jp/english/statistics/"),
    ("Ministry of Economy, Trade and Industry (METI)", "https://www.meti.go.jp/english/press/"),
    ("METI", "https://www.meti.go.jp/english/policy/"), ("Japan Tourism Agency", "https://www.mlit.go.jp/kankocho/en/"),
    ("Japan National Tourism Organization (JNTO)", "https://statistics.jnto.go.jp/en/"),
    ("JNTO", "https://www.japan.travel/en/"), ("Consumer Affairs Agency", "https://www.caa.go.jp/en/"),
    ("Personal Information Protection Commission", "https://www.ppc.go.jp/en/"),
    ("Ministry of Internal Affairs and Communications", "https://www.soumu.go.jp/english/"),
    ("Cabinet Office, Government of Japan", "https://www.cao.go.jp/en/"),
    ("Japan Fair Trade Commission", "https://www.jftc.go.jp/en/"),
    ("Ministry of Agriculture, Forestry and Fisheries", "https://www.maff.go.jp/e/"),
    ("Tokyo Metropolitan Government", "https://www.metro.tokyo.lg.jp/english/"),
    ("Osaka Prefectural Government", "https://www.pref.osaka.lg.jp/en/"),
    ("Japan Patent Office", "https://www.jpo.go.jp/e/"),
]  # fmt: skip
_ACTS = [
    ("Act on the Protection of Personal Information (Act No. 57 of 2003)", "Personal Information Protection Commission", 2003),
    ("Act against Unjustifiable Premiums and Misleading Representations (Act No. 134 of 1962)", "Consumer Affairs Agency", 1962),
    ("Notification designating stealth marketing as a misleading representation (Cabinet Office Notification No. 19 of 2023)", "Consumer Affairs Agency", 2023),
    ("Guidelines on stealth marketing under the Premiums and Representations Act", "Consumer Affairs Agency", 2023),
    ("Act on Specified Commercial Transactions (Act No. 57 of 1976)", "Consumer Affairs Agency", 1976),
    ("Act on the Prohibition of Private Monopolization and Maintenance of Fair Trade (Act No. 54 of 1947)", "Japan Fair Trade Commission", 1947),
    ("Act on Improving Transparency and Fairness of Digital Platforms (Act No. 38 of 2020)", "Ministry of Economy, Trade and Industry", 2020),
    ("Food Labeling Act (Act No. 70 of 2013)", "Consumer Affairs Agency", 2013),
    ("Liquor Business Association Act (Act No. 7 of 1953)", "National Tax Agency", 1953),
    ("Telecommunications Business Act (Act No. 86 of 1984), as amended in 2022", "Ministry of Internal Affairs and Communications", 2022),
    ("Amended Act on the Protection of Personal Information (2020 amendment)", "Personal Information Protection Commission", 2020),
]  # fmt: skip
_PRESS = ["Nikkei Asia", "Nihon Keizai Shimbun", "The Japan Times", "Asahi Shimbun", "The Asahi Shimbun Asia & Japan Watch",
          "Yomiuri Shimbun", "The Japan News", "Toyo Keizai Online", "Senden Kaigi", "MarkeZine", "Nikkei MJ",
          "Diamond Online", "Campaign Asia", "Nikkei Business", "Ad Age", "The Mainichi"]  # fmt: skip
_PRESS_SITES = {"Nikkei Asia": "asia.nikkei.com", "Nihon Keizai Shimbun": "www.nikkei.com", "The Japan Times": "www.japantimes.co.jp",
                "Asahi Shimbun": "www.asahi.com", "The Asahi Shimbun Asia & Japan Watch": "www.asahi.com/ajw",
                "Yomiuri Shimbun": "www.yomiuri.co.jp", "The Japan News": "japannews.yomiuri.co.jp", "Toyo Keizai Online": "toyokeizai.net",
                "Senden Kaigi": "www.sendenkaigi.com", "MarkeZine": "markezine.jp", "Nikkei MJ": "www.nikkei.com/mj",
                "Diamond Online": "diamond.jp", "Campaign Asia": "www.campaignasia.com", "Nikkei Business": "business.nikkei.com",
                "Ad Age": "adage.com", "The Mainichi": "mainichi.jp"}  # fmt: skip
_JOURNALS = ["Japanese Journal of Marketing", "Japan Marketing Journal", "Asia Pacific Business Review",
             "Journal of Asia-Pacific Business", "International Journal of Research in Marketing",
             "Journal of Retailing and Consumer Services", "Asia Pacific Journal of Marketing and Logistics",
             "Journal of International Marketing", "Journal of Consumer Behaviour", "Japanese Journal of Advertising Science",
             "Marketing Science", "Journal of Global Marketing", "Asian Business & Management"]  # fmt: skip
_PUBLISHERS = [("Nikkei Publishing", "Tokyo"), ("Diamond, Inc.", "Tokyo"), ("Yuhikaku", "Tokyo"), ("Chikura Shobō", "Tokyo"),
               ("Routledge", "Abingdon"), ("Pearson", "Harlow"), ("Kogan Page", "London"), ("Palgrave Macmillan", "Singapore"),
               ("Springer", "Tokyo"), ("Wiley", "Hoboken"), ("Toyo Keizai", "Tokyo"), ("Sendenkaigi", "Tokyo"),
               ("Oxford University Press", "Oxford"), ("Stone Bridge Press", "Berkeley")]  # fmt: skip
_UNIVERSITIES = ["Hitotsubashi University", "Keio University", "Waseda University", "Kobe University",
                 "Doshisha University", "Nagoya University of Commerce & Business", "Kyushu University",
                 "Hokkaido University", "Ritsumeikan Asia Pacific University", "Globis University",
                 "International University of Japan", "Temple University Japan"]  # fmt: skip
_TOPICS = ["convenience-store private labels", "seasonal limited editions", "kawaii branding", "character licensing",
           "omotenashi in retail service", "depachika food halls", "LINE official accounts", "point-card loyalty",
           "cashless payments", "inbound tourism", "fukubukuro lucky bags", "gift-season marketing", "ochūgen and oseibo",
           "ready-to-drink tea", "highball cans", "craft sake", "J-beauty", "anime tie-ins", "gacha capsule toys",
           "stealth marketing", "retail media", "station-front retail", "ekinaka shopping", "ageing consumers",
           "solo households", "Reiwa-era consumers", "Gen Z in Tokyo", "vending machines", "Suica and e-money",
           "rural depopulation", "food loss", "sustainable packaging", "VTuber marketing", "oshikatsu fandom",
           "collaboration cafés", "omnichannel department stores", "TV-to-digital ad spend", "consumer trust"]  # fmt: skip
_ROMAJI_TITLES = [("Konbini no mirai", "The future of the convenience store"),
                  ("Kyarakutā bijinesu no shinka", "The evolution of the character business"),
                  ("Shōhisha kōdō to burando", "Consumer behaviour and brands"),
                  ("Depāto fukkatsu no jōken", "Conditions for the department store's revival"),
                  ("Oshikatsu keizai", "The oshikatsu economy"), ("Inbaundo māketingu nyūmon", "An introduction to inbound marketing"),
                  ("Sutema kisei to kōkoku no rinri", "Stealth-marketing rules and advertising ethics"),
                  ("Kisetsu gentei shōhin no shinrigaku", "The psychology of seasonal limited products"),
                  ("Seikatsusha hakkō", "Seikatsusha insight"), ("Chūgen seibo no henka", "Changes in midsummer and year-end gifting")]  # fmt: skip


class Blind64WorkFactory(WorkFactory):
    """The blind64 pool's works (see the module docstring). Its own random sources, so no other pool changes."""

    KINDS = ("book", "chapter", "journal", "thesis", "report", "web", "news")  # the kinds of work it makes
    DRAWN = ("book", "translated-book", "chapter", "journal", "thesis", "company-report", "organisation-web",
             "government", "legislation", "market-research", "press", "social-post", "podcast", "undated-web")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 67 + 64064)
        for index, locale in enumerate(_EXPAT_LOCALES):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 331 + index)
                self.fakers[locale] = fake
        self.dated_orgs: list[tuple[str, set[str], int]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.58:
            return {"family": self.rng.choice(_JAPANESE_FAMILY), "given": self.rng.choice(_JAPANESE_GIVEN)}
        if roll < 0.66:
            family, given = self.rng.choice(_NIKKEI)
            return {"family": family, "given": given}
        if roll < 0.69:
            particle, family, given = self.rng.choice(_NIKKEI_PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.77:
            family, given = self.rng.choice(_ZAINICHI)
            return {"family": family, "given": given}
        fake = self.fakers[self.rng.choice(_EXPAT_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():
            return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        if self.rng.random() < 0.08:
            family = f"{family}-{self.rng.choice(_JAPANESE_FAMILY)}"
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_FIRMS)
        return name, set(tags)

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1968, 1999)
        return self.rng.randint(2008, 2025)

    def accessed_after(self, year: int) -> dict[str, list[list[int]]]:
        return {
            "date-parts": [[self.rng.randint(max(year, 2023), 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]
        }

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        place = self.rng.choice(
            ["Japan", "Tokyo", "Osaka", "the Kansai region", "Japanese cities", "Hokkaido", "Fukuoka"]
        )
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"{topic[0].upper()}{topic[1:]} and {other}",
                 f"What {topic} means for {other}", f"Beyond {topic}: evidence from {place}",
                 f"Rethinking {topic} after COVID-19", f"{topic[0].upper()}{topic[1:]}: a study of {place}'s shoppers",
                 f"The role of {topic} in {other}", f"Where {topic} and {other} meet"]  # fmt: skip
        if self.rng.random() < 0.15:
            romaji, english = self.rng.choice(_ROMAJI_TITLES)
            return f"{romaji} [{english}]"
        return self.rng.choice(forms)

    def _site(self, name: str) -> str:
        """A firm's or body's own web address, from its name: "Lawson, Inc." at www.lawson.co.jp."""
        word = "".join(ch for ch in name.split()[0].lower() if ch.isalnum() and ch.isascii()) or "corp"
        return f"https://www.{word}.co.jp"

    def _id(self) -> str:
        self.counter += 1
        return f"b64w{self.counter}"

    def _org_record(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same body in the same year as an earlier work: "Lawson, Inc., 2023a" and "2023b".
        alike = [o for o in self.dated_orgs if ("government" in o[1]) == ("government" in tags)]
        if alike and "issued" in record and self.rng.random() < 0.1:
            name, tags, year = self.rng.choice(alike)
            record["issued"] = {"date-parts": [[year]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(year)
        if "issued" in record:
            self.dated_orgs.append((name, tags, record["issued"]["date-parts"][0][0]))
        return self._org_work(record, kind, name, tags)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            list(self.DRAWN), weights=[10, 4, 5, 22, 3, 8, 8, 7, 4, 8, 10, 3, 2, 4])[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _translated_book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self.rng.choice(["The kawaii economy", "Lessons from the konbini", "Marketing the seasons",
                                                      "Brands that bow: service in Japan", "The Japanese shopper",
                                                      "Characters that sell", "Omotenashi and the business of hospitality"]) + f": {self.rng.choice(_TOPICS)}",
            "author": self._people(2), "translator": [self.person()], "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Vertical", "Stone Bridge Press", "Kodansha USA", "Routledge"]),
            "publisher-place": self.rng.choice(["New York", "Berkeley", "Abingdon"]),
        }  # fmt: skip
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": f"{self.rng.choice(['Marketing in Japan', 'Japanese consumer culture', 'Retailing in Asia', 'The Routledge handbook of Japanese business'])}",
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 320))}-{start + self.rng.randint(9, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 45)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 700))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(2008, 2025)}.{self.rng.randint(100, 9999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "genre": self.rng.choice(["MBA dissertation", "MSc dissertation", "PhD thesis"]),
                                  "publisher": self.rng.choice(_UNIVERSITIES), "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        return self._person_work(record, "thesis")

    def _company_report(self) -> Work:
        name, tags = self.organisation()
        year = self.rng.randint(2010, 2025)
        title = self.rng.choice([f"Integrated report {year}", f"Annual securities report FY{year}",
                                 f"Sustainability data book {year}", f"Medium-term management plan FY{year}-FY{year + 2}",
                                 f"Financial results for the fiscal year ended March {year}", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name, "publisher-place": self.rng.choice(["Tokyo", "Osaka", "Nagoya"])}  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = f"{self._site(name)}/en/ir/{self.fakers['en_GB'].slug()}.pdf"
            record["accessed"] = self.accessed_after(year)
        if self.rng.random() < 0.12:
            record.pop("issued")
            record["accessed"] = self.accessed_after(2023)
            record.setdefault("URL", f"{self._site(name)}/en/")
        return self._org_record(record, "report", name, tags)

    def _organisation_web(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(),
                                  "URL": f"{self._site(name)}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if self.rng.random() < 0.8:
            year = self.rng.randint(2010, 2025)
            record["issued"] = {"date-parts": [[year]]}
            record["accessed"] = self.accessed_after(year)
        else:
            record["accessed"] = self.accessed_after(2023)
        if self.rng.random() < 0.15:  # pasted from the browser without the date it was read
            record.pop("accessed")
        return self._org_record(record, "web", name, tags)

    def _government(self) -> Work:
        name, url = self.rng.choice(_GOVERNMENT)
        year = self.rng.randint(2009, 2025)
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self.rng.choice([f"Family income and expenditure survey {year}", f"White paper on tourism in Japan, {year}",
                                      f"Visitor arrivals to Japan, FY{year}", f"Current survey of commerce {year}",
                                      f"Consumer confidence survey (Reiwa {year - 2018})" if year >= 2019 else f"Consumer confidence survey (Heisei {year - 1988})", f"Population estimates as of 1 October {year}",
                                      self._title()]),
            "issued": {"date-parts": [[year]]}, "URL": url + self.fakers["en_GB"].slug(), "accessed": self.accessed_after(year),
        }  # fmt: skip
        return self._org_record(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _legislation(self) -> Work:
        title, body, year = self.rng.choice(_ACTS)
        record: dict[str, Any] = {"type": "webpage", "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": f"https://www.japaneselawtranslation.go.jp/en/laws/view/{self.rng.randint(100, 4999)}",
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org_work(record, "web", body, {"government", "legislation"})

    def _market_research(self) -> Work:
        name, tags = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2012, 2025) if self.rng.random() < 0.88 else None
        shown = year or 2024
        title = self.rng.choice([f"Advertising expenditures in Japan {shown}", f"Seikatsusha forecast {shown}",
                                 f"Convenience stores in Japan: market report {shown}", f"Soft drinks in Japan {shown}",
                                 f"Beauty and personal care in Japan {shown}", f"Toys and games in Japan {shown}",
                                 f"Japanese consumers' gift-season survey {shown}", f"Character goods market {shown}",
                                 f"Consumer price sensitivity survey, FY{shown}", f"SCI panel: RTD category review {shown}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" (")[0],
                                  "URL": f"https://www.{name.split()[0].lower().strip(',.')}.co.jp/en/{self.fakers['en_GB'].slug()}",
                                  "accessed": self.accessed_after(year or 2023)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
            return self._org_record(record, "report", name, tags | {"market-research"})
        return self._org_work(record, "report", name, tags | {"market-research", "undated"})

    def _press(self) -> Work:
        year = self.rng.randint(2012, 2024)
        container = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": container,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://{_PRESS_SITES.get(container, 'www.nikkei.com')}/{self.fakers['en_GB'].slug()}",
            "accessed": {"date-parts": [[self.rng.randint(max(year + 1, 2023), 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", container, {"press"})

    def _social_post(self) -> Work:
        name, tags = self.organisation()
        year = self.rng.randint(2018, 2024)
        platform = self.rng.choice(["X", "Instagram", "LINE", "TikTok", "YouTube"])
        record: dict[str, Any] = {
            "type": "webpage", "title": self.rng.choice(["New limited flavour out today", "Our White Day collection is here",
                                                         "Fukubukuro reservations open now", "Thank you for 10 million friends",
                                                         "Halloween campaign starts tomorrow", "Golden Week opening hours"]) + f" [{platform}]",
            "container-title": platform, "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://{platform.lower()}.com/{self.fakers['en_GB'].user_name()}", "accessed": self.accessed_after(year + 1),
        }  # fmt: skip
        return self._org_work(record, "web", name, tags | {"post"})

    def _podcast(self) -> Work:
        year = self.rng.randint(2019, 2024)
        record: dict[str, Any] = {
            "type": "webpage", "title": f"{self._title()} [Podcast]", "author": self._people(2),
            "container-title": self.rng.choice(["Japan Marketing Podcast", "Tokyo Retail Talk", "The Konbini Show", "Nikkei Asia Podcast"]),
            "issued": {"date-parts": [[year]]}, "URL": f"https://open.spotify.com/episode/{self.fakers['en_GB'].lexify('??????????')}",
            "accessed": self.accessed_after(year),
        }  # fmt: skip
        return self._person_work(record, "web")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(),
                                  "URL": f"https://note.com/{self.fakers['en_GB'].user_name()}/n/n{self.fakers['en_GB'].hexify('^^^^^^^^^^^^')}",
                                  "accessed": self.accessed_after(2023)}  # fmt: skip
        if self.rng.random() < 0.4:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        record["URL"] = f"{self._site(name)}/{self.fakers['en_GB'].slug()}/"
        return self._org_work(record, "web", name, tags | {"undated"})
