"""Works for the blind312 pool: what marketers at Scotch whisky distilleries and blenders, gin and craft-spirits
makers, whisky retailers, auction houses, cask-investment firms, visitor centres and Highlands and Islands tourism
bodies cite in CIM Level 6 and 7 reports and MBA assignments.

Written without reading the checker, its tests or any other pool. Books, chapters and journal articles with one to
eight authors (wine, food, heritage-tourism, brand and business-history journals), the marketing texts every
candidate cites, reports of governments and public bodies (with and without their abbreviation, two works of one body
in a year), firms' pages and annual reports with plc, Ltd, K.K., S.A., Pvt Ltd and "Trust", the Scottish, drinks-trade
and financial press signed and unsigned, market research with and without years and undated pages. Names as the
region's scholars and journals print them: Scottish "Mac", "Mc" and "Nic" and Gaelic forms ("Mac an Tàilleir",
"NicLeòid"), Irish "Ó" and "Ní", romanised Japanese names, Indian, French (with "de" and "Le") and American names.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "report", "web", "news", "market-research", "company-report", "classic")

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IE", "en_US", "en_US", "fr_FR", "en_IN"]
# Surnames that the pool's decoys name with a year ("Jim Murray (2015)", "(Johnnie Walker, 1820)"): no author has them,
# so a decoy never reads as a citation of a work in the list.
_DECOY_SURNAMES = {"Murray", "Walker", "Grant", "Coffey", "Taketsuru", "Smith", "Stein", "Chivas", "Dewar", "Ballantine",
                   "Haig", "Mackenzie", "Buchanan", "Lumsden", "Torii", "Usher", "Morrison", "Campbell", "Jackson"}  # fmt: skip
_SCOTTISH = [("MacLeod", "Eilidh"), ("McAllister", "Fraser"), ("MacKinnon", "Catriona"), ("MacDonald", "Ruaridh"),
             ("McIntyre", "Kirsty"), ("MacNeil", "Calum"), ("McGregor", "Iona"), ("MacAulay", "Donald"),
             ("McCallum", "Shona"), ("MacLean", "Seonaid"), ("McKay", "Alasdair"), ("MacInnes", "Mòrag"),
             ("Mac an Tàilleir", "Iain"), ("NicLeòid", "Màiri"), ("NicDhòmhnaill", "Seonag"), ("MacAoidh", "Ruairidh"),
             ("Nic a' Phearsain", "Anna"), ("MacIlleathain", "Eòghann"), ("Dunbar", "Isla"), ("Fyfe", "Gregor"),
             ("Ross", "Ailsa"), ("Sutherland", "Hamish"), ("Strachan", "Fiona"), ("Urquhart", "Niall")]  # fmt: skip
_IRISH = [("Ó Súilleabháin", "Pádraig"), ("Ní Bhriain", "Aoife"), ("Ó Conchúir", "Seán"), ("Ní Dhomhnaill", "Caoimhe"),
          ("Mac Cárthaigh", "Dónal"), ("Ó Murchú", "Eoin"), ("Ní Fhlannagáin", "Siobhán"), ("O'Driscoll", "Niamh"),
          ("McGuinness", "Ciarán"), ("Ó Gallchóir", "Colm")]  # fmt: skip
_JAPANESE = [("Watanabe", "Kenji"), ("Hayashi", "Mariko"), ("Kobayashi", "Daisuke"), ("Satō", "Yūko"),
             ("Ōno", "Takeshi"), ("Inoue", "Akiko"), ("Matsumoto", "Hiroki"), ("Kimura", "Naoko"),
             ("Fujita", "Shinji"), ("Yoshida", "Emi")]  # fmt: skip
_INDIAN = [("Rao", "Kavitha"), ("Menon", "Anil"), ("Deshpande", "Sneha"), ("Banerjee", "Sourav"), ("Iyengar", "Meera"),
           ("Gowda", "Prakash"), ("Chaudhary", "Nikhil"), ("Nair", "Lakshmi"), ("Kulkarni", "Rohan")]  # fmt: skip
_FRENCH_PARTICLES = [("de", "Kerangal", "Maëlle"), ("de", "Saint-Exupéry", "Hugues"), ("du", "Plessis", "Armand"),
                     ("de", "Rouvray", "Sophie")]  # fmt: skip
_FRENCH = [("Le Gall", "Yann"), ("Lefèvre", "Claire"), ("Charpentier", "Aurélie"), ("Le Bihan", "Gwenaëlle"),
           ("Lagrange", "Thibault"), ("Bézier", "Hélène")]  # fmt: skip

# Organisations as these candidates cite them, with tags saying what makes each hard.
_GOVERNMENT = [
    ("Scottish Government", {"government"}), ("HM Revenue & Customs", {"government", "ampersand"}),
    ("HM Revenue & Customs (HMRC)", {"government", "ampersand", "abbreviation"}), ("HMRC", {"government", "acronym"}),
    ("Office for National Statistics", {"government"}), ("Office for National Statistics (ONS)", {"government", "abbreviation"}),
    ("Food Standards Scotland", {"government"}), ("European Commission", {"government"}),
    ("Highlands and Islands Enterprise", {"government"}), ("Highlands and Islands Enterprise (HIE)", {"government", "abbreviation"}),
    ("Scottish Enterprise", {"government"}), ("VisitScotland", {"government"}), ("VisitScotland.org", {"government"}),
    ("Historic Environment Scotland", {"government"}), ("Department for Business & Trade", {"government", "ampersand"}),
    ("Scottish Parliament Information Centre (SPICe)", {"government", "abbreviation"}),
    ("Fáilte Ireland", {"government"}), ("Japan National Tourism Organization", {"government"}),
]  # fmt: skip
_BODIES = [
    ("Scotch Whisky Association", {"trade-body"}), ("Scotch Whisky Association (SWA)", {"trade-body", "abbreviation"}),
    ("The Scotch Whisky Association", {"trade-body"}), ("Irish Whiskey Association", {"trade-body"}),
    ("Kentucky Distillers' Association", {"trade-body", "apostrophe"}),
    ("Distilled Spirits Council of the United States (DISCUS)", {"trade-body", "abbreviation"}),
    ("Japan Spirits & Liqueurs Makers Association", {"trade-body", "ampersand"}),
    ("Scottish Distillers Association", {"trade-body"}), ("Scotland Food & Drink", {"trade-body", "ampersand"}),
    ("Wine & Spirit Trade Association (WSTA)", {"trade-body", "ampersand", "abbreviation"}),
    ("Keepers of the Quaich", {"trade-body"}), ("National Trust for Scotland", {"trust"}),
    ("Islay Heritage Trust", {"trust"}), ("Speyside Distillers' Trust", {"trust", "apostrophe"}),
]  # fmt: skip
_COMPANIES = [
    ("Diageo plc", {"company"}), ("Diageo", {"company"}), ("Pernod Ricard S.A.", {"company"}),
    ("Pernod Ricard", {"company"}), ("William Grant & Sons Ltd", {"company", "ampersand"}),
    ("William Grant & Sons", {"company", "ampersand"}), ("The Edrington Group Ltd", {"company"}),
    ("Edrington", {"company"}), ("Suntory Holdings Ltd", {"company"}), ("Suntory Holdings K.K.", {"company"}),
    ("Amrut Distilleries Pvt Ltd", {"company"}), ("Bruichladdich Distillery Co. Ltd", {"company"}),
    ("Chivas Brothers Ltd", {"company"}), ("The Glenmorangie Company Ltd", {"company"}),
    ("J. & A. Mitchell & Co. Ltd", {"company", "ampersand"}), ("Beam Suntory Inc.", {"company"}),
    ("Nikka Whisky Distilling K.K.", {"company"}), ("Whisky Auctioneer Ltd", {"company"}),
    ("The Whisky Exchange", {"company"}), ("Gordon & MacPhail", {"company", "ampersand"}),
    ("Rare Whisky 101", {"company"}),
    ("Cask Trade Ltd", {"company"}), ("Irish Distillers Ltd", {"company"}), ("LVMH Moët Hennessy Louis Vuitton S.E.", {"company"}),
    ("Isle of Harris Distillers Ltd", {"company"}), ("Hendrick's Gin", {"company", "apostrophe"}),
]  # fmt: skip
# Where a body publishes and its website, by a word of its name; Scottish bodies otherwise.
_PLACES = [("Irish", "Dublin"), ("Kentucky", "Frankfort, KY"), ("United States", "Washington, DC"), ("Japan", "Tokyo"),
           ("Wine & Spirit", "London"), ("National Trust", "Edinburgh")]  # fmt: skip
_HOSTS = [("Irish", "irishwhiskey.ie"), ("Kentucky", "kybourbon.com"), ("United States", "distilledspirits.org"),
          ("Japan", "yoshu.or.jp"), ("Wine & Spirit", "wsta.co.uk"), ("National Trust", "nts.org.uk"),
          ("Food & Drink", "foodanddrink.scot"), ("Quaich", "keepersofthequaich.co.uk"), ("Islay Heritage", "islayheritage.org"), ("Speyside", "speysidedistillerstrust.org"),
          ("Distillers Association", "scottishdistillersassociation.org")]  # fmt: skip
_COMPANY_PLACES = [("Diageo", "London"), ("Pernod", "Paris"), ("LVMH", "Paris"), ("Suntory Holdings", "Tokyo"),
                   ("Nikka", "Tokyo"), ("Amrut", "Bengaluru"), ("Beam", "Chicago, IL"), ("Irish", "Dublin"),
                   ("Grant", "Dufftown"), ("Bruichladdich", "Bruichladdich, Isle of Islay"), ("Harris", "Tarbert"),
                   ("Mitchell", "Campbeltown"), ("MacPhail", "Elgin"), ("Edrington", "Glasgow"), ("Chivas", "Paisley")]  # fmt: skip
_MARKET_RESEARCH = ["IWSR", "IWSR Drinks Market Analysis", "Mintel", "Euromonitor International", "Knight Frank",
                    "Statista", "Kantar", "Wine Intelligence", "Nielsen IQ"]  # fmt: skip
_PRESS = ["The Herald", "The Scotsman", "The Press and Journal", "Whisky Magazine", "Whisky Advocate",
          "The Spirits Business", "Harpers Wine & Spirit", "The Drinks Business", "Financial Times", "Nikkei Asia",
          "BBC News", "The Irish Times", "The Grocer", "Scottish Field"]  # fmt: skip
_JOURNALS = ["Journal of Wine Research", "International Journal of Wine Business Research", "British Food Journal",
             "Journal of Heritage Tourism", "Tourism Management", "Journal of Brand Management",
             "Journal of Marketing Management", "Business History", "Journal of Rural Studies",
             "Scottish Geographical Journal", "Journal of Consumer Culture", "Tourism Recreation Research"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Edinburgh University Press", "Edinburgh"), ("Birlinn", "Edinburgh"),
               ("Palgrave Macmillan", "Basingstoke"), ("Kogan Page", "London"), ("Channel View", "Bristol"),
               ("Goodfellow", "Oxford"), ("Mitchell Beazley", "London"), ("CABI", "Wallingford"),
               ("Emerald", "Bingley"), ("Sage", "London")]  # fmt: skip
# The marketing texts every candidate cites, with their real first authors and a year of one of their editions.
_CLASSICS = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane")], "Marketing management", "Pearson", "Harlow", (2016, 2022)),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow", (2019, 2022)),
    ([("Aaker", "David A.")], "Building strong brands", "Free Press", "New York", (1996, 1996)),
    ([("Keller", "Kevin Lane"), ("Swaminathan", "Vanitha")], "Strategic brand management: building, measuring, and managing brand equity", "Pearson", "Harlow", (2020, 2020)),
    ([("Kapferer", "Jean-Noël")], "The new strategic brand management", "Kogan Page", "London", (2012, 2012)),
    ([("Kapferer", "Jean-Noël"), ("Bastien", "Vincent")], "The luxury strategy: break the rules of marketing to build luxury brands", "Kogan Page", "London", (2012, 2012)),
    ([("Pine", "B. Joseph"), ("Gilmore", "James H.")], "The experience economy", "Harvard Business Review Press", "Boston, MA", (1999, 2019)),
    ([("Holt", "Douglas B.")], "How brands become icons: the principles of cultural branding", "Harvard Business School Press", "Boston, MA", (2004, 2004)),
    ([("Beverland", "Michael")], "Building brand authenticity: 7 habits of iconic brands", "Palgrave Macmillan", "Basingstoke", (2009, 2009)),
    ([("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], "Principles and practice of marketing", "McGraw-Hill", "London", (2019, 2023)),
    ([("Ryan", "Damian")], "Understanding digital marketing", "Kogan Page", "London", (2020, 2020)),
    ([("Johnson", "Gerry"), ("Whittington", "Richard"), ("Regnér", "Patrick"), ("Angwin", "Duncan"), ("Scholes", "Kevan")], "Exploring strategy", "Pearson", "Harlow", (2020, 2020)),
    ([("Porter", "Michael E.")], "Competitive strategy: techniques for analyzing industries and competitors", "Free Press", "New York", (1980, 1980)),
    ([("Solomon", "Michael R."), ("Hogg", "Margaret K."), ("Askegaard", "Søren"), ("Bamossy", "Gary")], "Consumer behaviour: a European perspective", "Pearson", "Harlow", (2019, 2019)),
]  # fmt: skip
_TOPICS = ["brand heritage", "premiumisation", "whisky tourism", "distillery visitor centres", "single malt Scotch",
           "cask investment", "rare whisky auctions", "collectors", "craft gin", "terroir", "provenance",
           "authenticity", "geographical indications", "export markets", "duty-free retail", "storytelling",
           "place branding", "Islay", "Speyside", "Japanese whisky", "Indian single malt", "Irish whiskey",
           "bourbon", "limited editions", "brand communities", "social media", "e-commerce", "the angels' share",
           "peat", "sustainability claims", "minimum unit pricing", "luxury consumption", "the rural economy",
           "Gaelic culture", "food and drink tourism", "family firms", "blended Scotch"]  # fmt: skip
_SETTINGS = ["the Scotch whisky industry", "Scottish craft distilleries", "Islay", "Speyside", "the Highlands and Islands",
             "Japan", "India", "Ireland", "China", "the United States", "Taiwan", "France", "Kentucky", "the Hebrides",
             "the UK spirits market", "Orkney", "Campbeltown"]  # fmt: skip


class Blind312WorkFactory(WorkFactory):
    """The blind312 pool's works: Scotch whisky, gin and craft spirits, whisky tourism and collecting."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 312)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 313 + index)
                self.fakers[locale] = fake
        self.organisations: list[tuple[str, set[str], dict[str, Any], str]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.2:
            family, given = self.rng.choice(_SCOTTISH)
        elif roll < 0.3:
            family, given = self.rng.choice(_IRISH)
        elif roll < 0.4:
            family, given = self.rng.choice(_JAPANESE)
        elif roll < 0.48:
            family, given = self.rng.choice(_INDIAN)
        elif roll < 0.52:
            particle, family, given = self.rng.choice(_FRENCH_PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        elif roll < 0.57:
            family, given = self.rng.choice(_FRENCH)
        else:
            fake = self.fakers[self.rng.choice(_LOCALES)]
            family, given = fake.last_name(), fake.first_name()
            while family in _DECOY_SURNAMES or " " in family:
                family = self.fakers["en_GB"].last_name()
            if self.rng.random() < 0.06:
                family = f"{family}-{self.fakers['en_GB'].last_name()}"
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        roll = self.rng.random()
        table = _GOVERNMENT if roll < 0.35 else _BODIES if roll < 0.6 else _COMPANIES
        name, tags = self.rng.choice(table)
        return name, set(tags)

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.06:
            return self.rng.randint(1985, 2004)
        return self.rng.randint(2008, 2025)

    def _org_year(self) -> int:
        # Organisations' works from 2008 on: the decoys' founding, closing and launch years of firms come before.
        return self.rng.randint(2008, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        first = max(2022, issued[0]) if issued else 2022
        year = self.rng.randint(first, max(first, 2025))
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if issued and year == issued[0]:
            month = self.rng.randint(issued[1] if len(issued) > 1 else 1, 12)
            low = issued[2] if len(issued) > 2 and month == issued[1] else 1
            day = self.rng.randint(low, 28)
        return {"date-parts": [[year, month, day]]}

    def _title(self) -> str:
        topic, other = self.rng.sample(_TOPICS, 2)
        setting = self.rng.choice(_SETTINGS)
        forms = [
            f"{topic[0].upper()}{topic[1:]} and {other} in {setting}",
            f"Selling {topic}: evidence from {setting}",
            f"The role of {topic} in {setting}",
            f"{topic[0].upper()}{topic[1:]}, {other} and the consumer: a study of {setting}",
            f"From still to glass: {topic} in {setting}",
            f"Whisky, {topic} and {other}",
            f"Drams and destinations: {topic} in {setting}",
            f"Uisge beatha as brand: {topic} in {setting}",
        ]
        return self.rng.choice(forms)

    def _url(self, host: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        return f"https://www.{host}/{fake.slug()}" if host else fake.url() + fake.uri_path()

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "government", "body", "company-report", "company-web", "news", "press",
             "market-research", "web-person", "classic", "person-report"],
            weights=[9, 5, 22, 9, 8, 7, 8, 8, 5, 8, 4, 6, 2],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[36, 26, 15, 9, 5, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then one body's second work of a year ("Scotch Whisky Association, 2023a" and "2023b").
        earlier = [(n, t, i) for n, t, i, k in self.organisations if k == kind]
        if earlier and "issued" in record and kind != "news" and self.rng.random() < 0.14:
            name, tags, issued = self.rng.choice(earlier)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
            if record.get("publisher") and kind in ("report", "company-report", "market-research"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.organisations.append((name, tags, record["issued"], kind))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 5))
        return self._person_work(record, "book")

    def _classic(self) -> Work:
        authors, title, publisher, place, (low, high) = self.rng.choice(_CLASSICS)
        record: dict[str, Any] = {"type": "book", "title": title,
                                  "author": [{"family": f, "given": g} for f, g in authors],
                                  "issued": {"date-parts": [[self.rng.randint(low, high)]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if low > 2000 and self.rng.random() < 0.6:
            record["edition"] = str(self.rng.randint(3, 16))
        return self._person_work(record, "classic")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["Whisky: technology, production and marketing",
                                                "Food and drink tourism: principles and practice",
                                                "The Routledge handbook of wine and culture",
                                                "Heritage, tourism and the Highlands", "Wine and spirits tourism",
                                                "The business of whisky", "Craft beverages and tourism"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 120)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(10, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = f"10.{self.rng.choice(['1108', '1080', '1057', '1016'])}/{self.rng.randint(10000, 99999)}"
        return self._person_work(record, "journal")

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "URL": self._url()}  # fmt: skip
        if self.rng.random() < 0.8:
            record["issued"] = {"date-parts": [[self.year()]]}
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        return self._person_work(record, "web")

    def _person_report(self) -> Work:
        name, _tags = self.rng.choice(_GOVERNMENT + _BODIES)
        record: dict[str, Any] = {"type": "report", "title": self._title(), "author": self._people(3),
                                  "issued": {"date-parts": [[self._org_year()]]}, "publisher": name.split(" (")[0],
                                  "publisher-place": self.rng.choice(["Edinburgh", "Inverness", "Glasgow", "London"])}  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = self._url()
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "report")

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        year = self._org_year()
        titles = [self._title(), f"Scotland's food and drink exports {year}", f"Tourism in Scotland's regions {year}",
                  f"Whisky and tourism: economic impact {year}", f"Spirits duty bulletin: {year}",
                  "Minimum unit pricing: evaluation report", f"Visitor survey {year}: Outer Hebrides",
                  "A strategy for Scotland's food and drink sector", "Distillery tourism in the Highlands and Islands"]  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(titles),
                                  "issued": {"date-parts": [[year]]},
                                  "URL": self._url(self.rng.choice(["gov.scot/publications", "gov.uk/government/statistics",
                                                                    "hie.co.uk/research", "visitscotland.org/research-insights",
                                                                    "ec.europa.eu/info"]))}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = "Edinburgh" if "Scot" in name else "London"
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _body(self) -> Work:
        name, tags = self.rng.choice(_BODIES)
        year = self._org_year()
        titles = [f"Scotch whisky export analysis {year}", f"Economic impact of the Scotch whisky industry {year}",
                  "Scotch whisky: a guide to the rules", "Sustainability strategy", f"Visitor centre survey {year}",
                  self._title(), "Scotch Whisky Technical File", "Protecting the category: counterfeit whisky"]  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(titles),
                                  "URL": self._url(next((host for word, host in _HOSTS if word in name), "scotch-whisky.org.uk/insights"))}  # fmt: skip
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = next((place for word, place in _PLACES if word in name), "Edinburgh")
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _company_report(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self._org_year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report {year}", f"Annual report and accounts {year}",
                                                        f"Sustainability report {year}", f"Integrated report {year}",
                                                        "Society 2030: spirit of progress", "Universal registration document",
                                                        "Strategic report"]),
            "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0],
            "publisher-place": next((place for word, place in _COMPANY_PLACES if word in name), "Edinburgh"),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self._url()
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._org_work(record, "company-report", name, tags)

    def _company_web(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {
            "type": "webpage", "title": self.rng.choice(["Our heritage", "Visit the distillery", "Our story",
                                                         "Cask ownership explained", "Auction results",
                                                         "Whisky tours and tastings", "Our whiskies", "Sustainability",
                                                         "Investor centre", "Brand portfolio", "Press release", self._title()]),
            "URL": self._url(),
        }  # fmt: skip
        if self.rng.random() < 0.65:
            record["issued"] = {"date-parts": [[self._org_year()]]}
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        return self._org_work(record, "web", name, tags)

    def _news(self) -> Work:
        year = self.year() if self.rng.random() < 0.3 else self._org_year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "author": self._people(2),
            "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}, "URL": self._url(),
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "news")

    def _press(self) -> Work:
        """An unsigned article: cited under the paper's or magazine's name."""
        name = self.rng.choice(_PRESS)
        year = self._org_year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": name,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}, "URL": self._url(),
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._org_work(record, "news", name, {"press"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_MARKET_RESEARCH)
        year = self._org_year() if self.rng.random() < 0.85 else None
        market = self.rng.choice(
            [
                "Scotch whisky",
                "premium spirits",
                "gin",
                "Japanese whisky",
                "Irish whiskey",
                "rare whisky",
                "spirits e-commerce",
                "no- and low-alcohol spirits",
                "luxury spirits",
            ]
        )
        country = self.rng.choice(["UK", "Scotland", "China", "India", "Japan", "the US", "France", "Taiwan", "global"])
        label = year or 2024
        titles = [f"{market[0].upper()}{market[1:]} - {country} - {self.rng.choice(['March', 'July', 'November'])} {label}",
                  f"{market[0].upper()}{market[1:]} in {country}: market report {label}",
                  f"The wealth report {label}", f"Knight Frank luxury investment index {label}",
                  f"Value of {market} exports from {country} {label}", f"Drinks market analysis: {market} {label}",
                  f"{market[0].upper()}{market[1:]}: consumer trends to 2030"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": self._url(f"{name.split()[0].lower()}.com")}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after([year] if year else None)
        return self._org_work(record, "market-research", name, {"market-research"})
