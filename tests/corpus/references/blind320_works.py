"""Works cited by marketers at ice-hockey, basketball and baseball clubs, leagues, arenas, ticketing and merchandise
firms, broadcasters and betting sponsors in Canada, the United States, Finland, Sweden, Czechia, Slovakia, Japan and
South Korea: sport-management and marketing journals, books and chapters, statistical offices and ministries, clubs'
and firms' pages and annual reports, the sports and national press, and market research.

Written for the blind320 pool without reading the checker or any other pool.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "web", "report", "news")

_LOCALES = ["en_CA", "en_CA", "en_US", "en_US", "fr_CA", "fr_CA", "fi_FI", "fi_FI", "sv_SE", "sv_SE", "cs_CZ",
            "cs_CZ", "sk_SK", "en_GB"]  # fmt: skip
# Surnames of the players, coaches and owners the prose names with years (the decoys): no author carries them.
_DECOY_SURNAMES = {"Gretzky", "Jágr", "Jagr", "Selänne", "Selanne", "Richard", "Ohtani", "Suzuki", "Lemieux",
                   "Béliveau", "Crosby", "Sundin", "Forsberg", "Lidström", "Hašek", "Roy", "Lafleur", "Howe", "Orr",
                   "Kurri", "Koivu", "Matsui", "Ovechkin", "McDavid", "Nagy", "Hull", "Dryden", "Henderson",
                   "Šťastný", "Stastny", "Chára", "Hossa", "Gálik", "Naslund", "Näslund", "Sedin", "Ruth", "Robinson",
                   "Jordan", "Brooks", "Matthews", "Price", "Messier", "Rinne", "Granlund", "Laine", "Ruutu",
                   "Nadeau", "Bettman", "Molson", "Bronfman", "Tanaka", "Oh", "Nagashima", "Harada", "Bowman", "Rogers",
                   "Carlton", "Winter", "Hart", "Black", "Golden", "Bosman", "Bell", "Chun", "Sawamura", "Miracle",
                   "Summit", "Heritage", "Ichiro", "Jets", "Kraken", "Vegas"}  # fmt: skip
# Japanese and Korean names romanised as English-language sport-management journals print them (family, given);
# a few with the long vowel written "ō"/"ū" or "oh"/"uu", as authors choose for themselves.
_EAST_ASIAN = [
    ("Matsumura", "Kenta"), ("Yoshida", "Ayaka"), ("Ōkubo", "Takeshi"), ("Ohkubo", "Masato"), ("Kobayashi", "Yui"),
    ("Saitō", "Haruki"), ("Saito", "Naoko"), ("Nakazawa", "Ryo"), ("Hirose", "Mai"), ("Fujimoto", "Daisuke"),
    ("Yamaguchi", "Kaori"), ("Inoue", "Shota"), ("Kōno", "Akiko"), ("Ishii", "Tomoya"), ("Kim", "Minsoo"),
    ("Park", "Jiyoung"), ("Lee", "Hyunwoo"), ("Cho", "Sunghee"), ("Yoon", "Hyejin"), ("Kwon", "Daeho"),
    ("Jang", "Eunji"), ("Han", "Seojun"), ("Byon", "Kevin K."), ("Yoshimura", "Emi"),
]  # fmt: skip
# Québécois names with their particles, as Québec's scholars print them ("de Grandpré", "du Tremblay").
_QUEBEC = [("de", "Grandpré", "Louis"), ("du", "Sablon", "Geneviève"), ("de", "Montigny", "Mathieu"),
           ("de", "Repentigny", "Catherine"), ("du", "Berger", "Alexandre"), (None, "D'Amours", "Isabelle"),
           (None, "St-Pierre", "Marc-André"), (None, "Côté", "Véronique"), (None, "Bélanger", "Étienne"),
           (None, "Ouellet", "Maude"), (None, "Lévesque", "Simon"), (None, "Desjardins", "Chantal")]  # fmt: skip
# Sport-marketing scholars everyone in the field cites, with the classics of the marketing syllabus.
_CLASSICS: list[dict[str, Any]] = [
    {"type": "book", "title": "Marketing management", "author": [{"family": "Kotler", "given": "Philip"}, {"family": "Keller", "given": "Kevin Lane"}],
     "issued": {"date-parts": [[2016]]}, "edition": "15", "publisher": "Pearson", "publisher-place": "Harlow"},
    {"type": "book", "title": "Digital marketing", "author": [{"family": "Chaffey", "given": "Dave"}, {"family": "Ellis-Chadwick", "given": "Fiona"}],
     "issued": {"date-parts": [[2019]]}, "edition": "7", "publisher": "Pearson", "publisher-place": "Harlow"},
    {"type": "book", "title": "Sport marketing", "author": [{"family": "Mullin", "given": "Bernard J."}, {"family": "Hardy", "given": "Stephen"}, {"family": "Sutton", "given": "William A."}],
     "issued": {"date-parts": [[2014]]}, "edition": "4", "publisher": "Human Kinetics", "publisher-place": "Champaign, IL"},
    {"type": "book", "title": "Sports marketing: a strategic perspective", "author": [{"family": "Shank", "given": "Matthew D."}, {"family": "Lyberger", "given": "Mark R."}],
     "issued": {"date-parts": [[2015]]}, "edition": "5", "publisher": "Routledge", "publisher-place": "New York"},
    {"type": "article-journal", "title": "Conceptualizing, measuring, and managing customer-based brand equity", "author": [{"family": "Keller", "given": "Kevin Lane"}],
     "container-title": "Journal of Marketing", "issued": {"date-parts": [[1993]]}, "volume": "57", "issue": "1", "page": "1-22", "DOI": "10.1177/002224299305700101"},
    {"type": "book", "title": "Strategic sport marketing", "author": [{"family": "Shilbury", "given": "David"}, {"family": "Westerbeek", "given": "Hans"}, {"family": "Quick", "given": "Shayne"}, {"family": "Funk", "given": "Daniel C."}, {"family": "Karg", "given": "Adam"}],
     "issued": {"date-parts": [[2014]]}, "edition": "4", "publisher": "Allen & Unwin", "publisher-place": "Crows Nest, NSW"},
    {"type": "book", "title": "Consumer behaviour in sport and events: marketing action", "author": [{"family": "Funk", "given": "Daniel C."}],
     "issued": {"date-parts": [[2008]]}, "publisher": "Butterworth-Heinemann", "publisher-place": "Oxford"},
    {"type": "book", "title": "Marketing: an introduction", "author": [{"family": "Armstrong", "given": "Gary"}, {"family": "Kotler", "given": "Philip"}, {"family": "Opresnik", "given": "Marc Oliver"}],
     "issued": {"date-parts": [[2020]]}, "edition": "14", "publisher": "Pearson", "publisher-place": "Harlow"},
]  # fmt: skip
_JOURNALS = ["Sport Management Review", "Journal of Sport Management", "Sport Marketing Quarterly",
             "International Journal of Sports Marketing and Sponsorship", "European Sport Management Quarterly",
             "Journal of Sports Economics", "Sport, Business and Management: An International Journal",
             "Journal of Marketing Management"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Routledge", "New York"), ("Human Kinetics", "Champaign, IL"),
               ("Sage", "London"), ("Palgrave Macmillan", "Cham"), ("Edward Elgar", "Cheltenham"),
               ("Jones & Bartlett Learning", "Burlington, MA"), ("Presses de l'Université du Québec", "Québec"),
               ("University of Toronto Press", "Toronto"), ("Springer", "Tokyo")]  # fmt: skip
_TOPICS = ["fan engagement", "season-ticket holders", "sponsorship activation", "media rights", "arena naming rights",
           "secondary ticketing", "dynamic pricing", "team identification", "fantasy sport", "betting sponsorship",
           "merchandise licensing", "women's hockey", "esports", "streaming audiences", "fan loyalty",
           "stadium atmosphere", "brand equity in professional sport", "social media and athletes",
           "ticket pricing", "hospitality packages", "second-screen viewing", "jersey sponsorship",
           "community relations", "relocation threats", "minor-league baseball", "youth participation"]  # fmt: skip
_SETTINGS = ["the National Hockey League", "the NHL", "Finnish Liiga", "the Swedish Hockey League",
             "the Czech Extraliga", "Nippon Professional Baseball", "the KBO League", "Major League Baseball",
             "the NBA", "the KHL", "Canadian hockey markets", "Japanese professional baseball",
             "Korean professional baseball", "Nordic ice hockey", "North American major leagues",
             "the Slovak Extraliga"]  # fmt: skip
# Organisations as these candidates cite them, with what makes each hard.
_GOVERNMENT: list[tuple[str, set[str], str]] = [
    ("Statistics Canada", {"government"}, "https://www150.statcan.gc.ca/n1/en/catalogue/"),
    ("Canadian Heritage", {"government"}, "https://www.canada.ca/en/canadian-heritage/services/"),
    ("Sport Canada", {"government"}, "https://www.canada.ca/en/canadian-heritage/services/sport-canada/"),
    ("U.S. Bureau of Economic Analysis", {"government", "abbreviation"}, "https://www.bea.gov/data/"),
    ("Bureau of Economic Analysis (BEA)", {"government", "abbreviation"}, "https://www.bea.gov/news/"),
    ("Statistics Finland", {"government"}, "https://stat.fi/en/publication/"),
    ("Statistics Sweden (SCB)", {"government", "abbreviation"}, "https://www.scb.se/en/finding-statistics/"),
    ("Statistics Sweden", {"government"}, "https://www.scb.se/en/"),
    ("Czech Statistical Office", {"government"}, "https://csu.gov.cz/"),
    ("Japan Sports Agency", {"government"}, "https://www.mext.go.jp/sports/en/"),
    ("Ministry of Culture, Sports and Tourism", {"government", "comma"}, "https://www.mcst.go.kr/english/"),
    ("International Ice Hockey Federation (IIHF)", {"abbreviation"}, "https://www.iihf.com/en/"),
    ("IIHF", {"abbreviation"}, "https://www.iihf.com/en/news/"),
]  # fmt: skip
_FIRMS: list[tuple[str, set[str], str]] = [
    ("Maple Leaf Sports & Entertainment Ltd", {"company", "ampersand"}, "https://www.mlse.com/"),
    ("Maple Leaf Sports & Entertainment", {"company", "ampersand"}, "https://www.mlse.com/news/"),
    ("Groupe CH Inc.", {"company"}, "https://www.groupech.ca/en/"),
    ("Jokerit Oy", {"company"}, "https://jokerit.com/"), ("Tappara Oy", {"company"}, "https://www.tappara.fi/"),
    ("Frölunda Hockey Club AB", {"company"}, "https://www.frolundahockey.com/"),
    ("HC Sparta Praha a.s.", {"company"}, "https://www.hcsparta.cz/"),
    ("Yomiuri Shimbun Holdings", {"company"}, "https://info.yomiuri.co.jp/english/"),
    ("LG Sports Co., Ltd.", {"company", "comma"}, "https://www.lgtwins.com/"),
    ("Fanatics, Inc.", {"company", "comma"}, "https://www.fanaticsinc.com/"),
    ("Live Nation Entertainment, Inc.", {"company", "comma"}, "https://investors.livenationentertainment.com/"),
    ("Ticketmaster", {"company"}, "https://business.ticketmaster.com/"),
    ("Rogers Sports & Media", {"company", "ampersand"}, "https://www.rogerssportsandmedia.com/"),
    ("Bell Media", {"company"}, "https://www.bellmedia.ca/"),
    ("National Hockey League", {"company"}, "https://www.nhl.com/news/"),
    ("NHL", {"company", "abbreviation"}, "https://media.nhl.com/"),
    ("Liiga Oy", {"company"}, "https://liiga.fi/"),
    ("Nippon Professional Baseball Organization (NPB)", {"company", "abbreviation"}, "https://npb.jp/eng/"),
    ("Korea Baseball Organization", {"company"}, "https://eng.koreabaseball.com/"),
    ("Hanshin Electric Railway Co., Ltd.", {"company", "comma"}, "https://www.hanshin.co.jp/"),
    ("Canada's Sports Hall of Fame", {"apostrophe"}, "https://www.sportshall.ca/"),
    ("Hockey Canada", set(), "https://www.hockeycanada.ca/en-ca/news/"),
    ("Svenska Ishockeyförbundet", set(), "https://www.swehockey.se/"),
    ("Rakuten Group, Inc.", {"company", "comma"}, "https://global.rakuten.com/corp/"),
    ("Kansai Sports K.K.", {"company"}, "https://www.kansai-sports.jp/"),
]  # fmt: skip
_RESEARCH: list[tuple[str, str]] = [
    ("Nielsen Sports", "https://nielsensports.com/"), ("Deloitte Sports Business Group", "https://www.deloitte.com/"),
    ("PwC", "https://www.pwc.com/us/en/industries/tmt/library/sports-outlook-north-america.html"),
    ("Statista", "https://www.statista.com/statistics/"), ("YouGov", "https://business.yougov.com/content/"),
    ("Kantar", "https://www.kantar.com/inspiration/sport/"), ("Deloitte", "https://www2.deloitte.com/us/en/insights/"),
    ("Ernst & Young LLP", "https://www.ey.com/en_ca/"),
]  # fmt: skip
_PRESS = [("The Globe and Mail", "https://www.theglobeandmail.com/sports/hockey/"),
          ("La Presse", "https://www.lapresse.ca/sports/"), ("Helsingin Sanomat", "https://www.hs.fi/urheilu/"),
          ("Dagens Nyheter", "https://www.dn.se/sport/"), ("iDNES.cz", "https://www.idnes.cz/sport/hokej/"),
          ("The Athletic", "https://www.nytimes.com/athletic/"), ("ESPN", "https://www.espn.com/nhl/story/"),
          ("Sportico", "https://www.sportico.com/leagues/"), ("Nikkan Sports", "https://www.nikkansports.com/baseball/"),
          ("The Korea Herald", "https://www.koreaherald.com/view.php"), ("Sportsnet", "https://www.sportsnet.ca/nhl/"),
          ("Toronto Star", "https://www.thestar.com/sports/")]  # fmt: skip


def _place(url: str) -> str:
    """Where a club's or firm's report is published, from its web address."""
    host = url.split("/")[2]
    for ending, place in (("tappara", "Tampere"), ("groupech", "Montréal"), ("swehockey", "Stockholm"),
                          ("hanshin", "Osaka"), ("kansai", "Osaka"), ("jokerit", "Helsinki"), ("frolunda", "Gothenburg"),
                          ("fanatics", "Jacksonville, FL"), ("livenation", "Beverly Hills, CA"),
                          ("ticketmaster", "Beverly Hills, CA"), ("sportshall", "Calgary"), ("hockeycanada", "Calgary"),
                          ("iihf", "Zurich"), ("mlse", "Toronto"), ("rogers", "Toronto"), ("bellmedia", "Toronto"),
                          (".ca", "Ottawa"), (".fi", "Helsinki"), (".se", "Gothenburg"), (".cz", "Prague"),
                          (".jp", "Tokyo"), (".kr", "Seoul"), ("koreabaseball", "Seoul"), ("lgtwins", "Seoul"),
                          ("yomiuri", "Tokyo"), ("rakuten", "Tokyo")):  # fmt: skip
        if ending in host:
            return place
    return "New York"


class Blind320WorkFactory(WorkFactory):
    """Works for blind320: Finnish, Swedish, Czech and Slovak ("-ová"), Québécois ("de", "du"), Japanese, Korean,
    American and Canadian authors; sport-management journals with up to eight authors; statistical offices,
    ministries and federations; clubs and firms with Inc., Ltd, Oy, AB, a.s., K.K. and Co., Ltd.; press signed and
    unsigned; market research; undated pages; one body's two works of a year."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 31 + 32000)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 227 + index)
                self.fakers[locale] = fake
        self.dated_organisations: list[tuple[str, set[str], str, dict[str, Any], tuple[str, str]]] = []
        self.classics = list(_CLASSICS)
        self.rng.shuffle(self.classics)

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.18:
            family, given = self.rng.choice(_EAST_ASIAN)
            return {"family": family, "given": given}
        if roll < 0.26:
            particle, family, given = self.rng.choice(_QUEBEC)
            name = {"family": family, "given": given.split("-")[0]}
            if particle:
                name["non-dropping-particle"] = particle
            return name
        fake = self.fakers[self.rng.choice(_LOCALES)]
        for _ in range(20):
            family = fake.last_name()
            if family not in _DECOY_SURNAMES and " " not in family:
                break
        given = fake.first_name().split("-")[0].split()[0]
        if self.rng.random() < 0.05:
            family = f"{family}-{self.fakers['en_CA'].last_name().split('-')[0]}"
        return {"family": family, "given": given}

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        return self.rng.randint(2009, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        start = issued[0] if issued else 2023
        year = self.rng.randint(max(start, 2023), 2025)
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if issued and year == issued[0] and len(issued) > 1:
            month = self.rng.randint(issued[1], 12)
            day = self.rng.randint(issued[2] if month == issued[1] and len(issued) > 2 else 1, 28)
        return {"date-parts": [[year, month, day]]}

    # ------------------------------------------------------------------ titles
    def _title(self) -> str:
        topic, setting = self.rng.choice(_TOPICS), self.rng.choice(_SETTINGS)
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {setting}",
            f"{topic[0].upper()}{topic[1:]} and {self.rng.choice(_TOPICS)}: evidence from {setting}",
            f"Why fans stay: {topic} in {setting}",
            f"Measuring the value of {topic}: a study of {setting}",
            f"The role of {topic} in building club brands",
            f"From rink to screen: {topic} and digital channels",
            f"{topic[0].upper()}{topic[1:]}, rivalry and attendance in {setting}",
            f"Who buys the jersey? {topic[0].upper()}{topic[1:]} among young fans",
        ]
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "classic", "organisation-web", "organisation-report", "government",
             "market-research", "web-person", "press", "undated-web"],
            weights=[9, 5, 24, 6, 12, 9, 10, 8, 4, 10, 4],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _classic(self) -> Work:
        if not self.classics:
            return self._journal()
        record = dict(self.classics.pop())
        record["author"] = [dict(a) for a in record["author"]]
        return self._person_work(record, "journal" if record["type"] == "article-journal" else "book")

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "book", "title": self._title(), "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": publisher, "publisher-place": place,
        }  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS[:6])
        start = self.rng.randint(1, 380)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["Routledge handbook of sport marketing", "The business of ice hockey",
                                                "Sport in East Asia: markets and fans", "Handbook of sport sponsorship",
                                                "Nordic sport management", "Baseball and society in Japan and Korea"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(12, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 700)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(5, 38)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{start}-{start + self.rng.randint(10, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.55:
            record["DOI"] = (
                f"10.{self.rng.choice(['1016', '1123', '1080', '1108', '1177'])}/{self.rng.choice(['smr', 'jsm', 'smq', 'ijsms', 'esmq', 'jse'])}.{self.rng.randint(2009, 2025)}.{self.rng.randint(100, 9999)}"
            )
        return self._person_work(record, "journal")

    def _web_person(self) -> Work:
        url = self.rng.choice(_FIRMS + _GOVERNMENT)[2]
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "issued": {"date-parts": [[self.year()]]}, "URL": url + self.fakers["en_GB"].slug()}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "web")

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str], source: str) -> Work:
        # Now and then one body's second work of a year ("Statistics Canada, 2023a" and "2023b"), paired only with a
        # work of the same sort from the same list (a firm's page with a firm's page, a paper with a paper).
        same = [o for o in self.dated_organisations if o[4] == (record["type"], source)]
        if same and "issued" in record and self.rng.random() < 0.14:
            name, tags, url, issued, _type = self.rng.choice(same)
            if "title" in record:  # "Annual report 2019" keeps the year it is now dated
                record["title"] = record["title"].replace(
                    str(record["issued"]["date-parts"][0][0]), str(issued["date-parts"][0][0])
                )
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "publisher" in record:
                record["publisher"] = name.split(" (")[0]
            if "container-title" in record:
                record["container-title"] = name
            if "URL" in record:
                record["URL"] = url + self.fakers["en_GB"].slug()
            if "publisher-place" in record:
                record["publisher-place"] = _place(url)
        if "accessed" in record:
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        if "issued" in record:
            self.dated_organisations.append(
                (
                    name,
                    tags,
                    record.get("URL", "https://www.example.org/").rsplit("/", 1)[0] + "/",
                    record["issued"],
                    (record["type"], source),
                )
            )
        return self._org_work(record, kind, name, tags)

    def _organisation_web(self) -> Work:
        name, tags, url = self.rng.choice(_FIRMS)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice([
            self._title(), "Our partners", "Season ticket membership", "Community foundation", "Arena facts",
            f"Annual review {self.rng.randint(2019, 2024)}", "Sustainability at the arena", "Fan code of conduct",
            "Media kit", "Corporate hospitality"]), "URL": url + self.fakers["en_GB"].slug(), "accessed": {}}  # fmt: skip
        if self.rng.random() < 0.8:
            record["issued"] = {"date-parts": [[self.year()]]}
        return self._org(record, "web", name, set(tags), "firm")

    def _organisation_report(self) -> Work:
        name, tags, url = self.rng.choice(_FIRMS)
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report {year}", f"Sustainability report {year}",
                                                        f"Fan survey {year}", self._title()]),
            "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0],
            "publisher-place": _place(url),
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = url + self.fakers["en_GB"].slug()
            record["accessed"] = {}
        if "URL" in record and self.rng.random() < 0.2:
            del record["issued"]
        return self._org(record, "report", name, set(tags), "firm")

    def _government(self) -> Work:
        name, tags, url = self.rng.choice(_GOVERNMENT)
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self.rng.choice([self._title(), "Household spending on recreation and sport",
                                      "Sport participation survey", "Arts, culture and sport satellite account",
                                      "Time use and leisure", "White paper on sport", "Attendance at sporting events",
                                      "Consumer price index: admission to sporting events"]),
            "issued": {"date-parts": [[self.year()]]}, "URL": url + self.fakers["en_GB"].slug(), "accessed": {},
        }  # fmt: skip
        return self._org(record, "report" if record["type"] == "report" else "web", name, set(tags), "government")

    def _market_research(self) -> Work:
        name, url = self.rng.choice(_RESEARCH)
        year = self.year()
        league = self.rng.choice(["NHL", "NBA", "MLB", "KHL", "SHL", "NPB", "KBO League", "Czech Extraliga"])
        sector = self.rng.choice(["sports betting", "sports merchandise", "live-event ticketing", "sports streaming",
                                  "sports sponsorship", "arena hospitality"])  # fmt: skip
        title = self.rng.choice([
            f"{league} fan insights {year}", f"Sports survey {year}: {sector}", f"Global sports market outlook {year}",
            f"Revenue of the {league} from 2010 to {year}", f"Fans of the {league}: who watches and why",
            f"{sector[0].upper()}{sector[1:]} in North America and the Nordics: {year} review",
        ])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name, "URL": url + self.fakers["en_GB"].slug(),
                                  "accessed": {}}  # fmt: skip
        if self.rng.random() < 0.9:
            record["issued"] = {"date-parts": [[year]]}
        return self._org(record, "report", name, {"market-research"}, "research")

    def _press(self) -> Work:
        paper, url = self.rng.choice(_PRESS)
        issued = [self.year(), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": paper,
            "issued": {"date-parts": [issued]}, "URL": url + self.fakers["en_GB"].slug(),
            "accessed": self._accessed_after(issued),
        }  # fmt: skip
        if self.rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org(record, "news", paper, {"press"}, "press")

    def _undated_web(self) -> Work:
        name, tags, url = self.rng.choice(_FIRMS + _GOVERNMENT)
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": url + self.fakers["en_GB"].slug(),
                                  "accessed": self._accessed_after(None)}  # fmt: skip
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        return self._org(record, "web", name, set(tags) | {"undated"}, "undated")
