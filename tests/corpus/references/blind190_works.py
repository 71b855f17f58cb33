"""Works for the blind190 pool (HELD OUT): what marketers in Israel and its diaspora cite in CIM reports and MBAs.

Written without reading the checker, its tests or any other pool. Hebrew (Ashkenazi, Mizrahi, Sephardi), Russian-
Israeli, Ethiopian-Israeli, Arab-Israeli (Druze, Bedouin, Christian and Muslim Arab) and diaspora names, with
hyphens ("Ben-David", "Bar-On"), spaces ("Ben Ami", "Abu Rayya"), apostrophes ("Ya'akov", "Ra'anan") and
transliteration variants (Tzipi/Tsipi, Chaim/Haim, Yitzhak/Itzhak, Cohen/Kohen); firms with Ltd., Ltd, B.M.
and Group; regulators, the Knesset's laws as they are numbered (5741-1981); theses from Israeli universities;
research firms' titles with a year; Globes, Calcalist, TheMarker and Ynet signed and unsigned; posts, podcasts,
videos and undated pages; titles in Hebrew script or transliteration with English in square brackets.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# (family, given): as they are printed on English-language papers and reports.
_HEBREW = [
    ("Cohen", "Yael"), ("Kohen", "Avi"), ("Levi", "Noa"), ("Levy", "Tamar"), ("Mizrahi", "Moshe"), ("Peretz", "Shira"),
    ("Biton", "Eli"), ("Dahan", "Orly"), ("Avraham", "Yossi"), ("Friedman", "Dana"), ("Katz", "Ronit"),
    ("Azoulay", "Meirav"), ("Ben-David", "Ya'akov"), ("Ben Ami", "Tzipi"), ("Ben-Ami", "Tsipi"), ("Bar-On", "Gil"),
    ("Bar-Ilan", "Hadas"), ("Shapira", "Itzhak"), ("Shapiro", "Yitzhak"), ("Goldberg", "Chaim"),
    ("Rosenberg", "Haim"), ("Abergel", "Sivan"), ("Malka", "Liat"), ("Ohayon", "Shlomi"), ("Amsalem", "Keren"),
    ("Ben-Shitrit", "Moran"), ("Elbaz", "Nir"), ("Gabay", "Hila"), ("Vaknin", "Ofer"), ("Sasson", "Maya"),
    ("Segal", "Uri"), ("Weiss", "Adi"), ("Klein", "Eyal"), ("Hazan", "Yarden"), ("Shalom", "Ra'anan"),
    ("Carmeli", "Tal"), ("Ashkenazi", "Merav"), ("Nahum", "Ido"), ("Yosef", "Osnat"), ("Zilberman", "Amit"),
    ("Harari", "Michal"), ("Tal", "Ya'ara"), ("Oren", "Ze'ev"), ("Gur", "Sha'ul"), ("Ben Haim", "Efrat"),
    ("Bar-Lev", "Doron"), ("Ben-Zvi", "Ayelet"), ("Almog", "Na'ama"), ("Shemesh", "Elad"), ("Stern", "Rivka"),
    ("Ben-Yehuda", "Omri"), ("Katzir", "Inbal"), ("Shahar", "Lior"), ("Tzur", "Roni"), ("Tsur", "Guy"),
]  # fmt: skip
_RUSSIAN_ISRAELI = [("Kaplan", "Alona"), ("Rabinovich", "Dmitri"), ("Kuznetsov", "Yevgenia"), ("Gorelik", "Anna"),
                    ("Feldman", "Igor"), ("Zaslavsky", "Marina"), ("Shteinberg", "Vladimir"), ("Gurevich", "Olga"),
                    ("Rozenfeld", "Svetlana"), ("Pevzner", "Boris")]  # fmt: skip
_ETHIOPIAN_ISRAELI = [("Tadesse", "Abebe"), ("Mekonen", "Tigist"), ("Worku", "Yitayish"), ("Bayene", "Avraham"),
                      ("Teka", "Pnina"), ("Admasu", "Shlomo"), ("Alamo", "Efrat")]  # fmt: skip
_ARAB_ISRAELI = [("Khoury", "Rania"), ("Nassar", "Hisham"), ("Halabi", "Wissam"), ("Zoabi", "Amal"),
                 ("Haddad", "Nadia"), ("Abu Rayya", "Mahmoud"), ("Abu Ghosh", "Samir"), ("Abu-Kaf", "Sarab"),
                 ("Mansour", "Rasha"), ("Kabha", "Mustafa"), ("Jabareen", "Yousef"), ("Qasem", "Maisa"),
                 ("Al-Krenawi", "Alean"), ("Elias", "Hanna"), ("Shehadeh", "Rami"), ("Ghanem", "Lina"),
                 ("Tarabieh", "Faten"), ("Massarwa", "Ayman")]  # fmt: skip
_DIASPORA = [("Goldstein", "Rachel"), ("Rosen", "Daniel"), ("Schwartz", "Jessica"), ("Benaïm", "Sarah"),
             ("Attali", "Élise"), ("Lévy", "Benjamin"), ("Cohen-Solal", "Mathilde"), ("Müller-Katz", "Jonas"),
             ("Weinstein", "Aaron"), ("Greenberg", "Rebecca"), ("Bloom", "Joshua"), ("Sabbagh", "Leila"),
             ("Abramović", "Mira"), ("Kessler", "Hannah"), ("Rothschild", "Nathaniel"), ("Halevi", "Miriam")]  # fmt: skip
_PARTICLES = [("de", "Rothschild", "Ariane"), ("van", "Leer", "Mira"), ("ben", "Natan", "Yehuda"),
              ("bar", "Yochai", "Shimon"), ("al", "Hawari", "Reem")]  # fmt: skip
_INTERNATIONAL = [("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona"),
                  ("Sharp", "Byron"), ("Ries", "Al"), ("Senor", "Dan"), ("Singer", "Saul"), ("Porter", "Michael"),
                  ("Ritson", "Mark"), ("Binet", "Les"), ("Field", "Peter"), ("Solomon", "Michael"),
                  ("Hofstede", "Geert")]  # fmt: skip

_COMPANIES = [
    ("Bank Leumi le-Israel B.M.", {"company"}), ("Bank Leumi", {"company"}), ("Bank Hapoalim B.M.", {"company"}),
    ("Israel Discount Bank Ltd.", {"company"}), ("Mizrahi-Tefahot Bank Ltd.", {"company", "hyphen"}),
    ("First International Bank of Israel", {"company"}), ("One Zero Digital Bank", {"company"}),
    ("Pepper", {"company"}), ("Isracard Ltd.", {"company"}), ("Max It Finance Ltd.", {"company"}),
    ("Israel Credit Cards Ltd. (Cal)", {"company", "abbreviation"}), ("Harel Insurance Investments & Financial Services Ltd.", {"company", "ampersand"}),
    ("Migdal Insurance & Financial Holdings Ltd.", {"company", "ampersand"}), ("Clal Insurance", {"company"}),
    ("The Phoenix Holdings Ltd.", {"company"}), ("Menora Mivtachim Holdings Ltd.", {"company"}),
    ("Bezeq The Israel Telecommunication Corp. Ltd.", {"company"}), ("Partner Communications Company Ltd.", {"company"}),
    ("Cellcom Israel Ltd.", {"company"}), ("HOT Telecommunication Systems Ltd", {"company"}), ("Pelephone", {"company"}),
    ("Golan Telecom", {"company"}), ("Shufersal Ltd.", {"company"}), ("Shufersal", {"company"}),
    ("Rami Levy Hashikma Marketing 2006 Ltd.", {"company"}), ("Victory Supermarket Chain Ltd.", {"company"}),
    ("Yochananof", {"company"}), ("Super-Pharm (Israel) Ltd.", {"company", "hyphen"}), ("Fox-Wizel Ltd.", {"company"}),
    ("Castro Model Ltd.", {"company"}), ("Golf & Co", {"company", "ampersand"}), ("KSP Computers", {"company"}),
    ("Zap Group", {"company"}), ("Strauss Group", {"company"}), ("Strauss Group Ltd.", {"company"}),
    ("Osem-Nestlé", {"company", "accent"}), ("Tnuva Food Industries Ltd", {"company"}),
    ("Tara Dairy", {"company"}), ("Tempo Beverages Ltd.", {"company"}), ("Wissotzky Tea", {"company"}),
    ("Sabra Dipping Company, LLC", {"company", "comma"}), ("Golan Heights Winery", {"company"}),
    ("SodaStream International Ltd.", {"company"}), ("Wix.com Ltd.", {"company"}), ("Wix", {"company"}),
    ("Fiverr International Ltd.", {"company"}), ("monday.com", {"company", "lowercase"}),
    ("Check Point Software Technologies Ltd.", {"company"}), ("CyberArk", {"company"}), ("Waze", {"company"}),
    ("Mobileye", {"company"}), ("Teva Pharmaceutical Industries Ltd.", {"company"}), ("Taboola", {"company"}),
    ("Outbrain", {"company"}), ("Similarweb", {"company"}), ("Payoneer", {"company"}), ("Lemonade, Inc.", {"company", "comma"}),
    ("Playtika", {"company"}), ("McCann Tel Aviv", {"company"}), ("BBR Saatchi & Saatchi", {"company", "ampersand"}),
    ("Gitam BBDO", {"company"}), ("Baumann Ber Rivnay", {"company"}), ("Reuveni Pridan", {"company"}),
]  # fmt: skip
_TRADE_BODIES = [
    ("Israel Marketing Association", set()), ("Israel Marketing Association (IMA)", {"abbreviation"}),
    ("Israel Advertisers Association", set()), ("Israeli Internet Association (ISOC-IL)", {"abbreviation", "hyphen"}),
    ("Israel Advanced Technology Industries (IATI)", {"abbreviation"}), ("Start-Up Nation Central", {"hyphen"}),
    ("Manufacturers Association of Israel", set()), ("Israel Chamber of Commerce", set()),
    ("Federation of Israeli Chambers of Commerce", set()), ("Israel Democracy Institute", set()),
    ("Taub Center for Social Policy Studies in Israel", set()), ("IVC Research Center", set()),
    ("Israel Retailers Association", set()), ("Chartered Institute of Marketing", set()),
]  # fmt: skip
_GOVERNMENT = [
    ("Bank of Israel", set()), ("Central Bureau of Statistics", set()), ("Central Bureau of Statistics (CBS)", {"abbreviation"}),
    ("Israel Innovation Authority", set()), ("Privacy Protection Authority", set()),
    ("Consumer Protection and Fair Trade Authority", set()), ("Israel Competition Authority", set()),
    ("Israel Securities Authority", set()), ("Ministry of Economy and Industry", set()),
    ("Ministry of Communications", set()), ("Ministry of Finance", set()), ("Israel Tax Authority", set()),
    ("Capital Market, Insurance and Savings Authority", {"comma"}), ("Israel Ministry of Tourism", set()),
    ("Ministry of Health", set()), ("State Comptroller of Israel", set()), ("Knesset Research and Information Center", set()),
]  # fmt: skip
_RESEARCH = ["Geocartography Knowledge Group", "TGI Israel", "Ifat Media Research", "Nielsen Israel", "Statista",
             "Midgam Project", "Kantar Israel", "Euromonitor International", "StoreNext", "Ipsos Israel",
             "BDI-Coface", "Dun & Bradstreet Israel", "Mintel"]  # fmt: skip
_PRESS = ["Globes", "Calcalist", "TheMarker", "Haaretz", "Ynetnews", "Yedioth Ahronoth", "Maariv", "Israel Hayom",
          "The Times of Israel", "The Jerusalem Post", "i24NEWS", "Kan News", "N12", "Ice", "Pepper Magazine",
          "CTech by Calcalist", "The Forward", "The Jewish Chronicle", "Jewish Insider", "Marketing Week"]  # fmt: skip
_PRESS_HOSTS = {"Globes": "en.globes.co.il/en", "Calcalist": "www.calcalist.co.il/marketing", "TheMarker": "www.themarker.com/advertising",
               "Haaretz": "www.haaretz.com/israel-news", "Ynetnews": "www.ynetnews.com/business", "Yedioth Ahronoth": "www.yediot.co.il/articles",
               "Maariv": "www.maariv.co.il/business", "Israel Hayom": "www.israelhayom.com", "The Times of Israel": "www.timesofisrael.com",
               "The Jerusalem Post": "www.jpost.com/business-and-innovation", "i24NEWS": "www.i24news.tv/en/news/israel", "Kan News": "www.kan.org.il/content/kan-news",
               "N12": "www.mako.co.il/news-money", "Ice": "www.ice.co.il/advertising", "Pepper Magazine": "www.pepper.co.il",
               "CTech by Calcalist": "www.calcalistech.com/ctechnews", "The Forward": "forward.com/news", "The Jewish Chronicle": "www.thejc.com/news",
               "Jewish Insider": "jewishinsider.com", "Marketing Week": "www.marketingweek.com"}  # fmt: skip
_UNIVERSITIES = [
    ("Tel Aviv University, Coller School of Management", "Tel Aviv"), ("The Hebrew University of Jerusalem", "Jerusalem"),
    ("Technion – Israel Institute of Technology", "Haifa"), ("Reichman University (IDC Herzliya)", "Herzliya"),
    ("Bar-Ilan University", "Ramat Gan"), ("Ben-Gurion University of the Negev", "Be'er Sheva"),
    ("University of Haifa", "Haifa"), ("The Open University of Israel", "Ra'anana"), ("Ono Academic College", "Kiryat Ono"),
    ("College of Management Academic Studies", "Rishon LeZion"), ("Ruppin Academic Center", "Emek Hefer"),
    ("University of Warwick", "Coventry"), ("Middlesex University", "London"),
]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Oxford University Press", "Oxford"), ("Wiley", "Hoboken, NJ"), ("Palgrave Macmillan", "Cham"),
               ("Magnes Press", "Jerusalem"), ("Am Oved", "Tel Aviv"), ("Yedioth Books", "Tel Aviv"),
               ("Matar", "Tel Aviv"), ("The Open University of Israel", "Ra'anana"), ("Twelve", "New York"),
               ("Bar-Ilan University Press", "Ramat Gan"), ("Resling", "Tel Aviv")]  # fmt: skip
_JOURNALS = ["Israel Affairs", "Journal of Marketing", "International Journal of Research in Marketing",
             "Journal of Business Research", "Israel Economic Review", "Journal of Consumer Psychology",
             "European Journal of Marketing", "Journal of Retailing and Consumer Services",
             "Journal of Advertising Research", "Israel Studies", "Journal of Islamic Marketing",
             "Journal of Financial Services Marketing", "International Journal of Bank Marketing",
             "Megamot", "Journal of Interactive Marketing", "Cities", "Tourism Management"]  # fmt: skip
_TOPICS = ["mobile payments", "Bit and PayBox", "open banking", "digital banks", "loyalty clubs", "private labels",
           "price awareness", "the cost of living", "kosher certification", "Haredi consumers", "Arab-Israeli consumers",
           "Russian-speaking consumers", "Ethiopian-Israeli youth", "WhatsApp marketing", "influencer marketing",
           "start-up branding", "nation branding", "boycott campaigns", "Shabbat trading", "holiday promotions",
           "Rosh Hashanah gifting", "Passover shopping", "Ramadan advertising", "telecom switching", "cybersecurity trust",
           "insurance comparison sites", "Black Friday in Israel", "supermarket concentration", "imported goods",
           "Hebrew and Arabic advertising", "diaspora philanthropy", "Israeli wine exports", "hummus brands",
           "SaaS marketing", "employer branding in high-tech", "reserve-duty employees", "wartime advertising"]  # fmt: skip
_TITLE_FORMS = [
    "{T}: evidence from Israel", "Marketing {t} in a small, connected market", "The effect of {t} on customer loyalty",
    "{T} and trust among Israeli consumers", "Segmenting the Israeli market: the case of {t}", "Where {t} and {u} meet",
    "{T}: lessons from Tel Aviv, Haifa and Be'er Sheva", "Consumer responses to {t} during crises",
    "{T}: a multi-sector study", "Rethinking {t} after October 2023", "{T} among diaspora audiences",
    "Why Israeli brands cannot ignore {t}", "{T} and {u} in Israeli retail", "Understanding {t} in the Israeli market",
]  # fmt: skip
_HEBREW_TITLES = [
    "ha-Tsarkhan ha-Yisraeli [The Israeli consumer]", "Shivuk be-idan digitali [Marketing in a digital age]",
    "Mitug ve-emun be-Yisrael [Branding and trust in Israel]", "Ha-kalkala ha-Yisraelit [The Israeli economy]",
    "Pirsum ve-tarbut [Advertising and culture]", "Yakar ha-michya be-Yisrael [The cost of living in Israel]",
    "שיווק דיגיטלי בישראל [Digital marketing in Israel]", "הצרכן הישראלי [The Israeli consumer]",
    "נאמנות לקוחות בענף הקמעונאות [Customer loyalty in retail]", "פרסום בעידן הרשתות [Advertising in the age of networks]",
    "סקר אמון הצרכנים [Consumer confidence survey]", "al-Tasweeq fi al-mujtama' al-'Arabi fi Isra'il [Marketing in Arab society in Israel]",
]  # fmt: skip


class Blind190WorkFactory(WorkFactory):
    """The blind190 pool's works: Israeli and diaspora authors, firms, regulators, laws, theses and press."""

    DRAWN = ("book", "chapter", "journal", "thesis", "conference", "company-web", "company-report", "trade-body",
             "government", "legislation", "market-research", "news", "news-unsigned", "social", "podcast", "video",
             "undated-web")  # fmt: skip
    WEIGHTS = (11, 5, 20, 4, 3, 9, 6, 5, 8, 3, 7, 8, 4, 3, 2, 2, 4)
    KINDS = frozenset({"book", "chapter", "journal", "thesis", "conference", "web", "report", "legislation", "news",
                       "social", "podcast", "video"})  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 190 + 19001)
        self.organisations: list[tuple[str, str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.42:
            family, given = self.rng.choice(_HEBREW)
        elif roll < 0.52:
            family, given = self.rng.choice(_RUSSIAN_ISRAELI)
        elif roll < 0.57:
            family, given = self.rng.choice(_ETHIOPIAN_ISRAELI)
        elif roll < 0.72:
            family, given = self.rng.choice(_ARAB_ISRAELI)
        elif roll < 0.82:
            family, given = self.rng.choice(_DIASPORA)
        elif roll < 0.86:
            particle, family, given = self.rng.choice(_PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        else:
            family, given = self.rng.choice(_INTERNATIONAL)
        if self.rng.random() < 0.05 and "-" not in family and " " not in family and family.isascii():
            family = f"{family}-{self.rng.choice(_HEBREW)[0].split('-')[-1].split()[-1]}"  # "Katz-Oren"
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if all(p["family"] != name["family"] for p in people):
                people.append(name)
        return people

    def organisation(self) -> tuple[str, set[str]]:
        roll = self.rng.random()
        table = _COMPANIES if roll < 0.55 else _TRADE_BODIES if roll < 0.75 else _GOVERNMENT
        name, tags = self.rng.choice(table)
        return name, set(tags)

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1975, 1999)
        return self.rng.randint(2010, 2025)

    def _accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        low = max((year or 2021) + 1, 2022)
        return {
            "date-parts": [[self.rng.randint(low, max(low, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]]
        }

    def _title(self) -> str:
        if self.rng.random() < 0.12:
            return self.rng.choice(_HEBREW_TITLES)
        topic, other = self.rng.sample(_TOPICS, 2)
        form = self.rng.choice(_TITLE_FORMS)
        return form.replace("{T}", topic[0].upper() + topic[1:]).replace("{t}", topic).replace("{u}", other)

    def _url(self, host: str) -> str:
        slug = "-".join(self.fakers["en_GB"].words(self.rng.randint(2, 4)))
        return f"https://{host}/{slug}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(self.DRAWN, weights=self.WEIGHTS)[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then an organisation already drawn, in the same year: "Bank of Israel (2019a)" and "(2019b)".
        # Only an organisation of the same table, and only when the title names no year of its own.
        source = f"{kind}:{record['type']}:{record.get('publisher') is not None}"
        title = str(record.get("title", ""))
        paired = kind not in ("legislation", "news", "social") and not any(ch.isdigit() for ch in title)
        earlier = [o for o in self.organisations if o[0] == source and o[1] != name]
        if paired and earlier and "issued" in record and self.rng.random() < 0.25:
            _source, name, tags, issued = self.rng.choice(earlier)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(issued["date-parts"][0][0])
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
        if paired and "issued" in record:
            self.organisations.append((source, name, tags, record["issued"]))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        year = self.year()
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[year]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 17))
        if self.rng.random() < 0.15:  # an e-book read online
            record["URL"] = self._url(
                self.rng.choice(["www.vlebooks.com", "ebookcentral.proquest.com", "www.kotar.cet.ac.il"])
            )
            record["accessed"] = self._accessed_after(year)
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3), "editor": self._people(2),
            "container-title": self.rng.choice(["The Routledge handbook of Israeli business", "Marketing in Israel",
                                                "The Israeli economy, 1995-2025", "Start-up nation revisited",
                                                "Consumer culture in the Middle East", "Advertising in divided societies"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 70)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{start}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.rng.choice(['jbr', 'ijbm', 'israel', 'jm', 'ejm'])}.{self.rng.randint(2010, 2025)}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": [self.person()], "issued": {"date-parts": [[self.year()]]},
            "publisher": university, "publisher-place": place,
            "genre": self.rng.choice(["MBA dissertation", "MA thesis", "PhD thesis", "MSc thesis", "Unpublished MBA dissertation"]),
        }  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        start = self.rng.randint(1, 400)
        year = self.year()
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": self.rng.choice([f"Proceedings of the Israel Marketing Association Conference {year}",
                                                "Proceedings of the Academy of Marketing Conference",
                                                f"Proceedings of the {self.rng.randint(10, 30)}th Eilat Conference on Business",
                                                "EMAC Annual Conference Proceedings"]),
            "issued": {"date-parts": [[year]]}, "publisher-place": self.rng.choice(["Tel Aviv", "Eilat", "Jerusalem", "Haifa", "London"]),
            "page": f"{start}-{start + self.rng.randint(5, 14)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _company_web(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice([
            "About us", "Our story", "Sustainability", "Investor relations", "Press room", "Our brands",
            f"{self.rng.choice(['Rosh Hashanah', 'Pesach', 'Hanukkah', 'Ramadan'])} offers", "Careers", "Privacy policy",
            "Accessibility statement", "ESG report highlights", "Loyalty club terms", self._title()])}  # fmt: skip
        year = self.year() if self.rng.random() < 0.75 else None
        if year:
            record["issued"] = {"date-parts": [[year]]}
        host = name.split()[0].lower().strip(",.") + (".com" if self.rng.random() < 0.5 else ".co.il")
        record["URL"] = self._url(f"www.{host}")
        record["accessed"] = self._accessed_after(year)
        return self._org_work(record, "web", name, tags | ({"undated"} if not year else set()))

    def _company_report(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "publisher": name, "publisher-place": self.rng.choice(["Tel Aviv", "Petah Tikva", "Herzliya", "Haifa", "Rosh HaAyin", "Airport City"]),
            "title": self.rng.choice([f"Annual report {year}", f"ESG report {year}", f"Periodic report for {year}",
                                      f"Sustainability report {year}", f"Investor presentation Q{self.rng.randint(1, 4)} {year}",
                                      f"Form 20-F for the fiscal year ended 31 December {year - 1}", self._title()]),
            "issued": {"date-parts": [[year]]},
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url(
                self.rng.choice(["maya.tase.co.il", "www.magna.isa.gov.il", "ir.example-investors.com"])
            )
            record["accessed"] = self._accessed_after(year)
        return self._org_work(record, "report", name, tags)

    def _trade_body(self) -> Work:
        name, tags = self.rng.choice(_TRADE_BODIES)
        year = self.year()
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        if record["type"] == "report":
            record["publisher"], record["publisher-place"] = (
                name.split(" (")[0],
                self.rng.choice(["Tel Aviv", "Jerusalem", "London"]),
            )
        if record["type"] == "webpage" or self.rng.random() < 0.5:
            record["URL"] = self._url(
                self.rng.choice(
                    [
                        "www.ima.org.il",
                        "www.idi.org.il",
                        "www.taubcenter.org.il",
                        "www.isoc.org.il",
                        "startupnationcentral.org",
                    ]
                )
            )
            record["accessed"] = self._accessed_after(year)
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        year = self.year()
        titles = [self._title(), f"Statistical abstract of Israel {year}", f"Annual report {year}", f"Household expenditure survey {year - 1}",
                  f"Recommendations on {self.rng.choice(_TOPICS)}", "Guidance on direct marketing and databases",
                  f"The Israeli high-tech industry {year}", f"Consumer price index, {self.rng.choice(['January', 'June', 'September'])} {year}"]  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(titles),
                                  "issued": {"date-parts": [[year]]},
                                  "URL": self._url(self.rng.choice(["www.gov.il/en/departments", "www.boi.org.il/en", "www.cbs.gov.il/en", "innovationisrael.org.il/en"])),
                                  "accessed": self._accessed_after(year)}  # fmt: skip
        if record["type"] == "report":
            record["publisher"], record["publisher-place"] = name.split(" (")[0], "Jerusalem"
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags | {"government"})

    def _legislation(self) -> Work:
        title, year = self.rng.choice([
            ("Protection of Privacy Law, 5741-1981", 1981), ("Consumer Protection Law, 5741-1981", 1981),
            ("Communications Law (Telecommunications and Broadcasting), 5742-1982", 1982),
            ("Privacy Protection (Data Security) Regulations, 5777-2017", 2017),
            ("Economic Competition Law, 5748-1988", 1988), ("Promotion of Competition in the Food Sector Law, 5774-2014", 2014),
            ("Protection of Privacy Law (Amendment No. 13), 5784-2024", 2024), ("Credit Data Law, 5776-2016", 2016),
            ("Payment Services Law, 5784-2023", 2023), ("Equal Rights for Persons with Disabilities Law, 5758-1998", 1998),
        ])  # fmt: skip
        name = self.rng.choice(["Knesset", "State of Israel", "Knesset", "Israel Ministry of Justice"])
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}}
        if self.rng.random() < 0.7:
            record["URL"] = self._url(
                self.rng.choice(
                    [
                        "main.knesset.gov.il/en/activity/legislation",
                        "www.nevo.co.il/law_html",
                        "www.gov.il/en/departments/legalinfo",
                    ]
                )
            )
            record["accessed"] = self._accessed_after(year)
        return self._org_work(record, "legislation", name, {"legislation", "government"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.9 else None
        y = year or 2024
        titles = [f"Israeli consumer trends {y}", f"Retail in Israel {y}", f"Digital advertising in Israel: {y} forecast",
                  f"Fintech in Israel - country report {y}", f"Brand index Israel {y}", f"TGI Israel {y}: media consumption",
                  f"Share of Israelis who shop online, by sector, {y}", f"Supermarkets in Israel: market share {y}",
                  f"סקר מגמות צריכה {y} [Consumption trends survey {y}]"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": self._url(f"www.{name.split()[0].lower()}.co.il"), "accessed": self._accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        year = self.rng.randint(2012, 2025)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._news_title(), "author": self._people(2),
            "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": "",
            "accessed": self._accessed_after(year),
        }  # fmt: skip
        record["URL"] = self._url(_PRESS_HOSTS[record["container-title"]])
        return self._person_work(record, "news")

    def _news_unsigned(self) -> Work:
        year = self.rng.randint(2012, 2025)
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._news_title(), "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(_PRESS_HOSTS[paper]), "accessed": self._accessed_after(year),
        }  # fmt: skip
        return self._org_work(record, "news", paper, {"press"})

    def _news_title(self) -> str:
        brand = self.rng.choice(["Shufersal", "Rami Levy", "Strauss", "Tnuva", "Bezeq", "Cellcom", "Partner", "Wix",
                                 "Fiverr", "Bank Leumi", "Bank Hapoalim", "Isracard", "Super-Pharm", "Osem", "Elite",
                                 "Golan Telecom", "monday.com", "Taboola", "Yochananof", "Fox"])  # fmt: skip
        return self.rng.choice([
            f"{brand} raises prices ahead of {self.rng.choice(['Rosh Hashanah', 'Pesach', 'the holidays', 'Sukkot'])}",
            f"{brand} launches loyalty app", f"{brand} ad campaign sparks online storm",
            f"Why Israelis are switching away from {brand}", f"{brand} posts record quarter despite war",
            f"{brand} CEO: 'We will not pass costs to consumers'", f"Competition Authority probes {brand}",
            f"{brand} bets on Arabic-language marketing", f"{brand}'s Black Friday sales jump {self.rng.randint(10, 60)}%",
            self._title(),
        ])  # fmt: skip

    def _social(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.rng.randint(2018, 2025)
        record: dict[str, Any] = {
            "type": "post", "title": self.rng.choice(["Chag Pesach sameach from all of us", "Shana tova! Our Rosh Hashanah campaign",
                                                      "Ramadan Kareem 🌙", "Our new Bamba flavour is here", "Meet the team behind the app",
                                                      "Hanukkah sameach – 8 nights, 8 deals", "Happy Yom Ha'atzmaut 🇮🇱"]),
            "container-title": self.rng.choice(["Instagram", "LinkedIn", "Facebook", "TikTok", "X"]),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url("www.instagram.com/p"), "accessed": self._accessed_after(year),
        }  # fmt: skip
        if self.rng.random() < 0.35:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        return self._org_work(record, "social", name, tags)

    def _podcast(self) -> Work:
        year = self.rng.randint(2017, 2025)
        record: dict[str, Any] = {
            "type": "song", "medium": "Podcast", "title": f"Episode {self.rng.randint(3, 240)}: {self._title()}",
            "author": self._people(2), "container-title": self.rng.choice(["Globes Podcast", "Calcalist Tech Talk", "Israel Story", "Start-Up Nation Podcast", "Osim History", "The Marketing Table"]),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url("open.spotify.com/episode"), "accessed": self._accessed_after(year),
        }  # fmt: skip
        return self._person_work(record, "podcast")

    def _video(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES + _TRADE_BODIES)
        year = self.rng.randint(2015, 2025)
        record: dict[str, Any] = {"type": "motion_picture", "medium": "YouTube video", "title": self._title(),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url("www.youtube.com/watch"),
                                  "accessed": self._accessed_after(year)}  # fmt: skip
        return self._org_work(record, "video", name, tags)

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url(self.rng.choice(["www.gov.il/en", "www.kolzchut.org.il/en", "www.ima.org.il", "www.ifat.co.il"])),
                                  "accessed": self._accessed_after(None)}  # fmt: skip
        if self.rng.random() < 0.4:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags | {"undated"})
