"""The blind309 pool's works: what marketers at anime studios, manga publishers, character-licensing agencies, anime
streaming services, figure makers, anime cafés and convention organisers cite in CIM Level 6 and 7 reports and MBA
assignments written in English in Japan, the UK, France, the United States, Brazil and the Philippines.

Books, chapters and journal articles with one to eight authors (Mechademia, Japan Forum, Journal of Popular Culture,
International Journal of Cultural Studies, Journal of Consumer Culture, Asia Pacific Business Review, Journal of
Marketing Management, Convergence), the marketing texts every candidate cites, reports of Japanese and UK public
bodies (METI, the Cabinet Office's Cool Japan Strategy, JETRO, JNTO, the Agency for Cultural Affairs, the UK
Intellectual Property Office, the Association of Japanese Animations), with and without their abbreviation and two of
one body in a year, firms' pages and annual reports with Co., Ltd., K.K., Inc. and Holdings, the anime, trade and
national press signed and unsigned, market research with and without years, and undated pages. Japanese names are
written as English-language journals in the field print them, macrons kept ("Ōtsuka", "Itō", "Satō"), beside Korean,
Filipino, Brazilian, French, American and British names. Written without reading the checker or any other pool.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "report", "web", "news")

_LOCALES = ["en_GB", "en_US", "fr_FR", "pt_BR"]
# Japanese names as English-language journals of Japanese studies print them: macrons kept, family name as CSL holds it.
_JAPANESE = [
    ("Ōtsuka", "Kenji"), ("Itō", "Mariko"), ("Satō", "Yūki"), ("Saitō", "Takeshi"), ("Kōno", "Haruka"),
    ("Ōno", "Shōta"), ("Yamamura", "Kaori"), ("Okamoto", "Ryōsuke"), ("Sugawa-Shimada", "Aya"), ("Nakano", "Emi"),
    ("Hashimoto", "Daisuke"), ("Kobayashi", "Naoko"), ("Matsumoto", "Kōichi"), ("Fujiwara", "Shūhei"),
    ("Yoshida", "Chie"), ("Mori", "Jun'ichi"), ("Inoue", "Sayaka"), ("Shimizu", "Tōru"), ("Kawaguchi", "Misaki"),
    ("Hayashi", "Yōsuke"), ("Watanabe", "Rie"), ("Kimura", "Kazuhiro"), ("Ishikawa", "Yōko"), ("Nishimura", "Ken"),
    ("Uchida", "Mai"), ("Ogawa", "Tatsuya"), ("Endō", "Asami"), ("Kudō", "Hiroshi"), ("Gotō", "Ayumi"),
    ("Murakami", "Shin'ya"), ("Aoyama", "Nozomi"), ("Kondō", "Yūta"),
]  # fmt: skip
_KOREAN = [("Kim", "Jihoon"), ("Park", "Seoyeon"), ("Lee", "Minji"), ("Jin", "Dal Yong"), ("Choi", "Eunyoung"),
           ("Yoon", "Sanghyun"), ("Han", "Yuna")]  # fmt: skip
_FILIPINO = [("dela Cruz", "Maria Cristina"), ("de Guzman", "Paolo"), ("Reyes", "Angelica"), ("Bautista", "Jose Miguel"),
             ("Villanueva", "Kristine"), ("Mendoza", "Rafael"), ("Aquino", "Bea"), ("Macaraeg", "Ramon"),
             ("Tolentino", "Joanna"), ("delos Santos", "Carlo")]  # fmt: skip
_BRAZILIAN = [("da Silva", "Luana"), ("dos Santos", "Thiago"), ("Nakamura Pereira", "Beatriz"),
              ("Yamashita", "Fernanda"), ("Gonçalves", "Rafael"), ("Araújo", "Camila"), ("Conceição", "Bruno")]  # fmt: skip
_FRENCH = [("Lefèvre", "Aurélie"), ("Bouissou", "Jean-Marc"), ("Pellitteri", "Marco"), ("Gaudin", "Élodie"),
           ("Le Guern", "Mathilde"), ("Dubois-Tanaka", "Claire"), ("Morvan", "Loïc")]  # fmt: skip

_JOURNALS = ["Mechademia", "Japan Forum", "Journal of Popular Culture", "International Journal of Cultural Studies",
             "Journal of Consumer Culture", "Asia Pacific Business Review", "Journal of Marketing Management",
             "Convergence", "Transformative Works and Cultures", "Journal of Fandom Studies",
             "Asia Pacific Journal of Marketing and Logistics", "International Journal of Heritage Studies",
             "Tourism Management Perspectives", "Journal of Retailing and Consumer Services"]  # fmt: skip
_PUBLISHERS = [("University of Minnesota Press", "Minneapolis"), ("Duke University Press", "Durham, NC"),
               ("Routledge", "Abingdon"), ("Palgrave Macmillan", "Cham"), ("Bloomsbury Academic", "London"),
               ("Kogan Page", "London"), ("University of California Press", "Oakland, CA"),
               ("Stone Bridge Press", "Berkeley, CA"), ("Amsterdam University Press", "Amsterdam"),
               ("Hong Kong University Press", "Hong Kong")]  # fmt: skip
_TOPICS = ["anime fandom", "the media mix", "character licensing", "global anime streaming", "manga piracy",
           "contents tourism", "anime pilgrimage", "otaku consumption", "idol culture", "cross-media franchising",
           "Cool Japan policy", "figure collecting", "gacha games", "simulcast subtitling", "fan translation",
           "kawaii branding", "collaboration cafés", "convention marketing", "merchandise drops",
           "vertical-scroll webtoons", "voice-actor events", "oshikatsu spending", "transmedia storytelling",
           "brand collaborations", "limited-edition merchandise", "parasocial attachment", "licensing in Europe",
           "anime on Netflix", "Brazilian anime fans", "Filipino otaku communities"]  # fmt: skip
_PLACES = ["Japan", "the UK", "France", "the United States", "Brazil", "the Philippines", "Europe", "East Asia",
           "Latin America", "Southeast Asia"]  # fmt: skip

# Who candidates cite when no person is named: public bodies (with and without their abbreviation), firms, trade
# bodies and research houses. Studios, events and platforms that the decoys name with years are left out on purpose.
_GOVERNMENT = [
    ("Ministry of Economy, Trade and Industry (METI)", {"government", "abbreviation", "comma"}),
    ("Ministry of Economy, Trade and Industry", {"government", "comma"}), ("METI", {"government", "acronym"}),
    ("Cabinet Office, Government of Japan", {"government", "comma"}),
    ("Intellectual Property Strategy Headquarters", {"government"}),
    ("Japan External Trade Organization (JETRO)", {"government", "abbreviation"}), ("JETRO", {"government", "acronym"}),
    ("Japan National Tourism Organization (JNTO)", {"government", "abbreviation"}), ("JNTO", {"government", "acronym"}),
    ("Agency for Cultural Affairs", {"government"}), ("Japan Tourism Agency", {"government"}),
    ("UK Intellectual Property Office", {"government"}), ("Intellectual Property Office", {"government"}),
    ("Association of Japanese Animations (AJA)", {"trade-body", "abbreviation"}),
    ("The Association of Japanese Animations", {"trade-body"}),
    ("Department for Culture, Media and Sport", {"government", "comma"}),
]  # fmt: skip
_FIRMS = [
    ("Toei Animation Co., Ltd.", {"company", "abbreviation"}), ("Bandai Namco Holdings Inc.", {"company"}),
    ("Sony Group Corporation", {"company"}), ("Kadokawa Corporation", {"company"}),
    ("Good Smile Company, Inc.", {"company", "comma"}), ("Sanrio Company, Ltd.", {"company", "comma"}),
    ("Shueisha Inc.", {"company"}), ("Kodansha Ltd.", {"company"}), ("Aniplex Inc.", {"company"}),
    ("Animate K.K.", {"company", "abbreviation"}), ("Toho Co., Ltd.", {"company", "comma"}),
    ("Kotobukiya Co., Ltd.", {"company", "comma"}), ("Cool Japan Fund Inc.", {"company"}),
    ("Tokyo Otaku Mode Inc.", {"company"}), ("McDonald's Japan", {"company", "apostrophe"}),
    ("Domino's Pizza Japan", {"company", "apostrophe"}), ("Ernst & Young ShinNihon LLC", {"company", "ampersand"}),
    ("McKinsey & Company", {"company", "ampersand"}), ("Hakuhodo DY Holdings Inc.", {"company"}),
    ("Dentsu Inc.", {"company"}), ("Kinokuniya Company Ltd.", {"company"}),
    ("Bandai Spirits Co., Ltd.", {"company", "comma"}), ("Forbidden Planet International", {"company"}),
]  # fmt: skip
_RESEARCH = ["Mintel", "Statista", "Parrot Analytics", "Human Mixer", "Yano Research Institute", "Euromonitor International",
             "Yano Research Institute Ltd.", "GWI", "Ampere Analysis", "Circana"]  # fmt: skip
_PRESS_SIGNED = ["Anime News Network", "Crunchyroll News", "The Japan Times", "Nikkei Asia", "Variety", "The Guardian",
                 "Polygon", "Oricon News", "The Hollywood Reporter", "Kotaku", "Le Monde", "Rappler"]  # fmt: skip
_PRESS_UNSIGNED = ["Anime News Network", "The Japan Times", "Nikkei Asia", "Oricon News", "Kyodo News",
                   "Anime Trending"]  # fmt: skip
# The texts every candidate cites, as they were published (author, year, title, publisher, place, edition).
_CLASSICS = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane")], 2016, "Marketing management", "Pearson", "Harlow", "15"),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], 2019, "Digital marketing", "Pearson", "Harlow", "7"),
    ([("Jenkins", "Henry")], 2006, "Convergence culture: where old and new media collide", "New York University Press", "New York", None),
    ([("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], 2020, "Principles and practice of marketing", "McGraw-Hill", "London", "9"),
    ([("Keller", "Kevin Lane")], 2013, "Strategic brand management", "Pearson", "Harlow", "4"),
    ([("Hills", "Matt")], 2002, "Fan cultures", "Routledge", "London", None),
    ([("Kotler", "Philip"), ("Kartajaya", "Hermawan"), ("Setiawan", "Iwan")], 2017, "Marketing 4.0: moving from traditional to digital", "Wiley", "Hoboken, NJ", None),
    ([("Ryan", "Damian")], 2016, "Understanding digital marketing", "Kogan Page", "London", "4"),
    ([("Hollensen", "Svend")], 2020, "Global marketing", "Pearson", "Harlow", "8"),
]  # fmt: skip


class Blind309WorkFactory(WorkFactory):
    """Works for blind309: anime, manga, licensing and fandom scholarship, Japanese and UK public bodies, firms,
    press, market research and the textbooks. A subclass of WorkFactory with its own random source."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 30900)
        for index, locale in enumerate(_LOCALES):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 223 + index)
                self.fakers[locale] = fake
        self.bodies: list[tuple[str, set[str], dict[str, Any], str]] = []
        self.classics_used: set[int] = set()

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.34:
            family, given = self.rng.choice(_JAPANESE)
        elif roll < 0.42:
            family, given = self.rng.choice(_KOREAN)
        elif roll < 0.50:
            family, given = self.rng.choice(_FILIPINO)
        elif roll < 0.58:
            family, given = self.rng.choice(_BRAZILIAN)
        elif roll < 0.64:
            family, given = self.rng.choice(_FRENCH)
        else:
            fake = self.fakers[self.rng.choice(_LOCALES)]
            family, given = fake.last_name(), fake.first_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():  # "dela Cruz", "da Silva": the particle apart
            return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_FIRMS)  # firms' own pages; public bodies are drawn in _government
        return name, set(tags)

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        return self.rng.randint(2008, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        first = issued[0] if issued else 2022
        year = self.rng.randint(max(first, 2023), 2025)
        month = self.rng.randint(1, 12)
        day = self.rng.randint(1, 28)
        if issued and year == first and len(issued) > 1:
            month = self.rng.randint(issued[1], 12)
            if len(issued) > 2 and month == issued[1]:
                day = self.rng.randint(issued[2], 28)
        return {"date-parts": [[year, month, day]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        place = self.rng.choice(_PLACES)
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {place}", f"Beyond {topic}: {other} and the fan economy",
            f"{topic[0].upper()}{topic[1:]} and {other}", f"Selling {topic}: marketing anime to audiences in {place}",
            f"From page to screen: {topic} and the manga industry", f"Rethinking {topic} after the streaming boom",
            f"Fans, brands and {topic}", f"The business of {topic}: evidence from {place}",
            f"Consuming characters: {topic} among young adults in {place}",
        ]  # fmt: skip
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "classic", "chapter", "journal", "government", "firm-web", "firm-report", "press",
             "market-research", "undated-web"],
            weights=[10, 6, 6, 22, 12, 10, 7, 12, 8, 7],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _people(self, most: int) -> list[dict[str, str]]:
        weights = [34, 24, 15, 9, 6, 5, 4, 3][:most]
        people: list[dict[str, str]] = []
        for _ in range(self.rng.choices(range(1, most + 1), weights=weights)[0]):
            person = self.person()
            if all(person["family"] != other["family"] for other in people):  # co-authors are different people
                people.append(person)
        return people

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(3),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.15:
            record["edition"] = str(self.rng.randint(2, 4))
        return self._person_work(record, "book")

    def _classic(self) -> Work:
        index = self.rng.randrange(len(_CLASSICS))
        if index in self.classics_used:  # one report lists each textbook once
            return self._book()
        self.classics_used.add(index)
        authors, year, title, publisher, place, edition = _CLASSICS[index]
        record: dict[str, Any] = {"type": "book", "title": title,
                                  "author": [{"family": f, "given": g} for f, g in authors],
                                  "issued": {"date-parts": [[year]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if edition:
            record["edition"] = edition
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 280)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The Routledge handbook of Japanese media", "Anime studies reader",
                                                "Fandom, now in color", "Global manga", "The Japanification of children's popular culture",
                                                "Contents tourism in Japan", "Introducing Japanese popular culture"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 700)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 45)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{start}-{start + self.rng.randint(12, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.55:
            record["DOI"] = (
                f"10.{self.rng.choice(['1080', '1177', '1111', '5749', '3983'])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str], category: str) -> Work:
        # Now and then one body's second work of a year ("JETRO, 2023a" and "2023b"): an earlier body of the same
        # sort (the same body for public ones, whose titles are their own) lends its name and year.
        same = [b for b in self.bodies if b[3] == category and (category != "government" or b[0] == name)]
        if same and "issued" in record and self.rng.random() < 0.3:
            before = str(record["issued"]["date-parts"][0][0])
            name, tags, issued, _ = self.rng.choice(same)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            record["title"] = record["title"].replace(before, str(issued["date-parts"][0][0]))
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
            if record.get("type") == "report":
                record["publisher"] = name.split(" (")[0]
            if category == "press":
                record["container-title"] = name
        if "issued" in record:
            self.bodies.append((name, tags, record["issued"], category))
        if record.get("type") == "report" and "publisher" not in record:
            record["publisher"] = name.split(" (")[0]
        return self._org_work(record, kind, name, tags)

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        earlier = [b for b in self.bodies if b[3] == "government"]
        if earlier and self.rng.random() < 0.3:  # a body the report already cites
            name, tags = self.rng.choice(earlier)[:2]
        year = self.year()
        topic = self.rng.choice(_TOPICS)
        place = self.rng.choice(_PLACES[1:])
        short = name.split(" (")[0].removeprefix("The ")
        domain, titles = {
            "Ministry of Economy, Trade and Industry": ("meti.go.jp", [f"Content industry growth strategy {year}", f"Survey on overseas demand for Japanese content: {place}", "Cool Japan and the creative industries"]),
            "METI": ("meti.go.jp", [f"Content industry growth strategy {year}", f"White paper on the content industry {year}"]),
            "Cabinet Office, Government of Japan": ("cao.go.jp", [f"Cool Japan Strategy {year}", "New Cool Japan Strategy", f"Intellectual Property Strategic Program {year}"]),
            "Intellectual Property Strategy Headquarters": ("kantei.go.jp", [f"Intellectual Property Strategic Program {year}", "Cool Japan Strategy"]),
            "Japan External Trade Organization": ("jetro.go.jp", [f"Japanese content market in {place}", f"Anime and manga: market report for {place}", f"Survey on {topic} overseas"]),
            "JETRO": ("jetro.go.jp", [f"Japanese content market in {place}", f"Survey on {topic} overseas"]),
            "Japan National Tourism Organization": ("jnto.go.jp", [f"Visitor arrivals and {topic}", f"Japan tourism statistics {year}", "Anime tourism: travel ideas"]),
            "JNTO": ("jnto.go.jp", [f"Japan tourism statistics {year}", "Anime tourism: travel ideas"]),
            "Agency for Cultural Affairs": ("bunka.go.jp", ["Copyright system in Japan", f"Measures against online piracy {year}", "Media arts policy"]),
            "Japan Tourism Agency": ("mlit.go.jp", [f"Consumption trends of international visitors {year}", f"Promoting {topic}"]),
            "UK Intellectual Property Office": ("gov.uk", [f"Counterfeit goods and {topic}: guidance for rights holders", f"Online copyright infringement tracker {year}", "IP crime and enforcement report"]),
            "Intellectual Property Office": ("gov.uk", [f"Online copyright infringement tracker {year}", "Licensing intellectual property"]),
            "Association of Japanese Animations": ("aja.gr.jp", [f"Anime industry report {year}", "Anime industry data: summary"]),
            "Department for Culture, Media and Sport": ("gov.uk", [f"Creative industries sector plan {year}", "DCMS sector economic estimates"]),
        }[short]  # fmt: skip
        dtype = self.rng.choice(["report", "webpage"])
        record: dict[str, Any] = {"type": dtype, "title": self.rng.choice(titles), "issued": {"date-parts": [[year]]},
                                  "URL": f"https://www.{domain}/{self.fakers['en_GB'].slug()}",
                                  "accessed": self._accessed_after([year])}  # fmt: skip
        return self._org(record, "report" if dtype == "report" else "web", name, tags, "government")

    def _firm_web(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(
            ["About us", "Our licensing business", "Corporate profile", "Integrated report", "Character licensing",
             f"{self.rng.choice(_TOPICS).capitalize()}", "Investor relations: business overview", "Sustainability"]),
            "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path()}  # fmt: skip
        if self.rng.random() < 0.75:
            issued = [self.year()]
            record["issued"] = {"date-parts": [issued]}
            record["accessed"] = self._accessed_after(issued)
        else:
            record["accessed"] = self._accessed_after(None)
        return self._org(record, "web", name, tags, "firm")

    def _firm_report(self) -> Work:
        name, tags = self.rng.choice(_FIRMS)
        year = self.year()
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(
            [f"Integrated report {year}", f"Annual report {year}", f"Fiscal {year} results briefing",
             "Medium-term management plan", "Securities report"]), "issued": {"date-parts": [[year]]}}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self.fakers["en_GB"].url() + "ir/" + self.fakers["en_GB"].slug() + ".pdf"
            record["accessed"] = self._accessed_after([year])
        return self._org(record, "report", name, tags, "firm")

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        place = self.rng.choice(_PLACES)
        topic = self.rng.choice(["anime streaming", "character goods", "collectible figures", "manga sales",
                                 "anime merchandise", "video on demand", "trading cards", "otaku market"])  # fmt: skip
        title = self.rng.choice([f"{topic.capitalize()} - {place} - {self.rng.choice(['March', 'July', 'November'])}",
                                 f"Demand for anime in {place}: global TV demand report",
                                 f"Market size of {topic} in {place}", f"{topic.capitalize()} market survey",
                                 f"Share of adults in {place} who watch anime, by age"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name,
                                  "URL": f"https://www.{name.split()[0].lower()}.com/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        issued = None
        if self.rng.random() < 0.85:
            issued = [self.year()]
            record["issued"] = {"date-parts": [issued]}
        record["accessed"] = self._accessed_after(issued)
        if self.rng.random() < 0.3:  # an analyst named on the report
            record["author"] = self._people(2)
            return self._person_work(record, "report")
        return self._org(record, "report", name, {"market-research"}, "research")

    def _press(self) -> Work:
        fake = self.fakers["en_GB"]
        issued = [self.year(), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        topic = self.rng.choice(_TOPICS)
        title = self.rng.choice([
            f"How {topic} became big business", f"{topic[0].upper()}{topic[1:]} is booming – but who profits?",
            f"Why {self.rng.choice(_PLACES)} has fallen for anime", f"Studios bet on {topic} as streaming deals grow",
            f"The fans behind {topic}", f"{topic[0].upper()}{topic[1:]}: what the numbers say",
        ])  # fmt: skip
        record: dict[str, Any] = {"type": "article-newspaper", "title": title,
                                  "issued": {"date-parts": [issued]}, "URL": fake.url() + fake.uri_path(),
                                  "accessed": self._accessed_after(issued)}  # fmt: skip
        if self.rng.random() < 0.7:
            record["container-title"] = self.rng.choice(_PRESS_SIGNED)
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        name = self.rng.choice(_PRESS_UNSIGNED)
        record["container-title"] = name
        return self._org(record, "news", name, {"press"}, "press")

    def _undated_web(self) -> Work:
        fake = self.fakers["en_GB"]
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": fake.url() + fake.uri_path(),
                                  "accessed": self._accessed_after(None)}  # fmt: skip
        if self.rng.random() < 0.4:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org(record, "web", name, tags | {"undated"}, "firm")
