"""The blind387 pool's works: what marketers at craft breweries, gin and whisky distilleries, English and Welsh
vineyards, cider makers, coffee roasters and tea merchants in the UK, Ireland, Belgium, Scotland, the United States
and New Zealand cite in CIM Level 4 to 6 reports.

Written without reading the checker, its tests or any other pool. Marketing, branding and food-and-drink marketing
textbooks and their chapters; journal articles on provenance, craft authenticity, experiential marketing and
taprooms (one to eight authors); trade bodies and regulators (SIBA, the WSTA, the Scotch Whisky Association, the
Portman Group, HMRC, the Brewers Association, Bord Bia, New Zealand Winegrowers); legislation and duty notices;
market-research firms' reports; drinks firms' annual reports and press pages; trade press; signed and unsigned news;
and undated web pages. Names are written as the region's scholars and journals print them: Irish and Scottish
Gaelic names with their fadas ("Ó Briain", "Nic Giolla Phádraig"), Flemish and Walloon names ("Van den Bossche",
"De Smet", "Wouters"), Welsh names ("Llywelyn", "Pryce"), te reo Māori names with their macrons ("Te Whata",
"Pōtiki") and American ones.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IE", "en_US", "en_US", "en_NZ", "nl_BE", "fr_BE"]
# Surnames and given names as they are printed on the region's papers (family name, given name).
_NAMES = [
    ("Ó Briain", "Siobhán"), ("Ní Bhriain", "Aoife"), ("Ó Súilleabháin", "Pádraig"), ("Nic Giolla Phádraig", "Órla"),
    ("Mac Aodha", "Ciarán"), ("Ó Ceallaigh", "Seán"), ("MacLeòid", "Eilidh"), ("NicDhòmhnaill", "Mòrag"),
    ("MacDonald", "Iain"), ("McAllister", "Fiona"), ("O'Sullivan", "Niamh"), ("O'Donoghue", "Cathal"),
    ("Van den Bossche", "Pieter"), ("De Smet", "Annelies"), ("Wouters", "Jeroen"), ("Vandenberghe", "Lieselot"),
    ("Peeters", "Sofie"), ("Dupont", "Hélène"), ("Lefèvre", "Thibault"), ("Verhaegen", "Koen"),
    ("Llywelyn", "Gwenllian"), ("Pryce", "Dafydd"), ("Huws", "Siân"), ("Te Whata", "Aroha"), ("Ngata", "Wiremu"),
    ("Tūhoe-Smith", "Mere"), ("Pōtiki", "Hemi"), ("Kowalski", "Dana"), ("Hernández", "Marisol"), ("Nguyen", "Linh"),
    ("Carroll", "Glenn R."), ("Swaminathan", "Anand"), ("Cabras", "Ignazio"), ("Bamforth", "Charles"),
    ("Charters", "Steve"), ("Spielmann", "Nathalie"), ("Beverland", "Michael"), ("Pine", "B. Joseph"),
    ("Gilmore", "James H."), ("Schnell", "Steven M."), ("Reid", "Neil"), ("Thurnell-Read", "Thomas"),
]  # fmt: skip
# Who these candidates cite when no person is named, with what makes each hard to read.
_ORGANISATIONS = [
    ("SIBA", {"trade-body", "acronym"}), ("Society of Independent Brewers (SIBA)", {"trade-body", "abbreviation"}),
    ("Society of Independent Brewers & Associates", {"trade-body", "ampersand"}),
    ("Wine and Spirit Trade Association", {"trade-body"}), ("WSTA", {"trade-body", "acronym"}),
    ("Wine & Spirit Trade Association (WSTA)", {"trade-body", "ampersand", "abbreviation"}),
    ("Scotch Whisky Association", {"trade-body"}), ("Scotch Whisky Association (SWA)", {"trade-body", "abbreviation"}),
    ("The Portman Group", {"regulator"}), ("Portman Group", {"regulator"}),
    ("HM Revenue & Customs", {"government", "ampersand"}), ("HMRC", {"government", "acronym"}),
    ("British Beer & Pub Association", {"trade-body", "ampersand"}), ("Campaign for Real Ale (CAMRA)", {"trade-body", "abbreviation"}),
    ("WineGB", {"trade-body"}), ("National Association of Cider Makers", {"trade-body"}),
    ("Brewers Association", {"trade-body"}), ("Alcohol and Tobacco Tax and Trade Bureau (TTB)", {"government", "abbreviation"}),
    ("Distilled Spirits Council of the United States", {"trade-body"}), ("Irish Whiskey Association", {"trade-body"}),
    ("Drinks Ireland", {"trade-body"}), ("Bord Bia", {"government"}), ("Revenue Commissioners", {"government"}),
    ("New Zealand Winegrowers", {"trade-body"}), ("Brewers Association of New Zealand", {"trade-body"}),
    ("Belgian Brewers", {"trade-body"}), ("Specialty Coffee Association", {"trade-body"}),
    ("UK Tea & Infusions Association", {"trade-body", "ampersand"}), ("Advertising Standards Authority", {"regulator"}),
    ("Food Standards Scotland", {"government"}), ("Department for Environment, Food & Rural Affairs", {"government", "comma", "ampersand"}),
    ("Scottish Government", {"government"}), ("Welsh Government", {"government"}), ("Drinkaware", {"charity"}),
    ("Adnams plc", {"company"}), ("BrewDog plc", {"company"}), ("Fuller, Smith & Turner P.L.C.", {"company", "comma", "ampersand"}),
    ("Marston's PLC", {"company", "apostrophe"}), ("Sharp's Brewery", {"company", "apostrophe"}),
    ("Hendrick's Gin", {"company", "apostrophe"}), ("William Grant & Sons", {"company", "ampersand"}),
    ("Diageo plc", {"company"}), ("Chapel Down Group plc", {"company"}), ("Thatchers Cider", {"company"}),
    ("Westons Cider", {"company"}), ("Penderyn Distillery", {"company"}), ("Teeling Whiskey Company", {"company"}),
    ("Duvel Moortgat", {"company"}), ("Garage Project", {"company"}), ("Sierra Nevada Brewing Co.", {"company", "abbreviation"}),
    ("Taylors of Harrogate", {"company"}), ("Union Hand-Roasted Coffee", {"company"}), ("Clipper Teas", {"company"}),
    ("Camden Town Brewery", {"company"}), ("Tiny Rebel Brewing Co.", {"company", "abbreviation"}),
]  # fmt: skip
_GOVERNMENT = [("HM Revenue & Customs", {"ampersand"}), ("HMRC", {"acronym"}), ("HM Treasury", set()),
               ("Scottish Government", set()), ("Welsh Government", set()), ("Revenue Commissioners", set()),
               ("Alcohol and Tobacco Tax and Trade Bureau (TTB)", {"abbreviation"}), ("Food Standards Agency", set()),
               ("Ministry for Primary Industries", set()), ("Competition and Markets Authority", set()),
               ("Department for Business & Trade", {"ampersand"})]  # fmt: skip
_LEGISLATURES = {
    "UK Parliament": ["Licensing Act 2003", "Finance (No. 2) Act 2023", "Food Information Regulations 2014",
                      "Alcoholic Liquor Duties Act 1979"],
    "Scottish Parliament": ["Alcohol (Minimum Pricing) (Scotland) Act 2012", "Deposit and Return Scheme for Scotland Regulations 2020"],
    "Senedd Cymru": ["Public Health (Minimum Price for Alcohol) (Wales) Act 2018"],
    "Houses of the Oireachtas": ["Public Health (Alcohol) Act 2018", "Intoxicating Liquor Act 2008"],
    "New Zealand Parliament": ["Sale and Supply of Alcohol Act 2012"],
}  # fmt: skip
_NOTICES = ["Alcohol Duty: rates and allowances", "Excise Notice 226: beer duty", "Small Producer Relief for alcohol duty",
            "Alcohol Duty Return: how to complete it", "Draught relief: guidance for producers",
            "Excise Notice 162: cider production", "Wine duty: the easement for wines of 11.5% to 14.5% ABV",
            "Duty Stamps Scheme: spirits and wine", "Alcohol Products Tax: rates", "Craft beverage modernization: tax rates"]  # fmt: skip
_RESEARCH = [("Mintel", set()), ("IWSR", {"acronym"}), ("IWSR Drinks Market Analysis", set()), ("Nielsen", set()),
             ("NielsenIQ", set()), ("Kantar", set()), ("Kantar Worldpanel", set()), ("CGA by NIQ", {"acronym"}),
             ("Euromonitor International", set()), ("Statista", set()), ("YouGov", set()), ("Wine Intelligence", set()),
             ("Allegra World Coffee Portal", set()), ("Lumina Intelligence", set()), ("KAM Media", set()),
             ("Circana", set()), ("Bord Bia", set())]  # fmt: skip
_PRESS = ["The Morning Advertiser", "The Grocer", "Harpers Wine & Spirit", "The Spirits Business", "Imbibe",
          "The Drinks Business", "Just Drinks", "Brewers Journal", "Scottish Licensed Trade News", "Off Licence News",
          "Decanter", "Beverage Daily", "Marketing Week", "Campaign", "The Drum", "Craft Beer & Brewing"]  # fmt: skip
_NEWS = ["BBC News", "The Guardian", "The Irish Times", "The Scotsman", "The Herald", "Financial Times",
         "The New Zealand Herald", "Stuff", "RTÉ News", "The Times", "WalesOnline", "The New York Times",
         "Irish Independent", "The Brussels Times"]  # fmt: skip
_TOPICS = ["provenance", "craft authenticity", "terroir", "the taproom experience", "experiential marketing",
           "brand heritage", "storytelling", "place branding", "neo-localism", "low and no alcohol", "premiumisation",
           "sustainable packaging", "distillery tourism", "cellar door sales", "craft beer communities",
           "direct-to-consumer sales", "limited releases", "brand co-creation", "food and drink tourism",
           "consumer ethnocentrism", "specialty coffee", "ethical sourcing", "wine tourism", "craft cider",
           "the subscription box", "festival sponsorship", "packaging design", "sensory marketing"]  # fmt: skip
_SETTINGS = ["UK craft breweries", "Scotch whisky", "English sparkling wine", "Irish craft spirits", "Belgian beer",
             "New Zealand wine", "US craft brewing", "Welsh food and drink", "specialty coffee roasters",
             "artisan cider", "small-batch gin", "independent tea merchants"]  # fmt: skip
_JOURNALS = ["Journal of Marketing Management", "British Food Journal", "International Journal of Wine Business Research",
             "Journal of Wine Research", "Journal of Brand Management", "Journal of Product & Brand Management",
             "European Journal of Marketing", "Tourism Management", "Journal of Business Research",
             "Journal of Consumer Culture", "Journal of Macromarketing", "Consumption Markets & Culture",
             "Journal of Rural Studies", "Beverages", "Journal of Place Management and Development",
             "Irish Journal of Management", "International Journal of Hospitality Management", "Appetite",
             "Journal of Strategic Marketing", "Qualitative Market Research"]  # fmt: skip
_BOOK_TITLES = ["Marketing: an introduction", "Principles of marketing", "Strategic brand management",
                "Food and drink marketing", "The experience economy", "Marketing management", "Brand storytelling",
                "Wine marketing and sales", "Beer and society", "Craft beverages and tourism", "Building strong brands",
                "The business of craft beer", "Marketing communications: integrating online and offline",
                "Authentic brands", "Brand authenticity: crafting and communicating", "Drinks marketing"]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Oxford University Press", "Oxford"), ("Palgrave Macmillan", "Cham"), ("Goodfellow Publishers", "Oxford"),
               ("Harvard Business Review Press", "Boston, MA"), ("Wiley", "Hoboken, NJ"), ("CABI", "Wallingford"),
               ("Edward Elgar", "Cheltenham"), ("Cengage", "Andover")]  # fmt: skip


class Blind387WorkFactory(WorkFactory):
    """Works that craft-drinks marketers cite: books, chapters, journal articles, trade bodies, regulators,
    legislation and duty notices, market research, firms' reports and press pages, trade press, news and undated
    pages."""

    KINDS = ("book", "chapter", "journal", "trade-body", "government", "legislation", "market-research",
             "company", "trade-press", "news", "undated-web")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 3870)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.dated_orgs: list[tuple[str, str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people, titles, dates
    def person(self) -> dict[str, str]:
        if self.rng.random() < 0.35:
            family, given = self.rng.choice(_NAMES)
            return {"family": family, "given": given}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():
            return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        if self.rng.random() < 0.06:
            family = f"{family}-{self.fakers['en_GB'].last_name()}"
        return {"family": family, "given": given}

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1982, 1999)  # Pine and Gilmore, Aaker, Keller: the classics
        return self.rng.randint(2010, 2025)

    def recent(self) -> int:
        """Organisations' and the press's works are recent: no classics among them."""
        return self.rng.randint(2010, 2025)

    def _accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        low = max(2022, year + 1 if year else 2022)
        return {
            "date-parts": [[self.rng.randint(low, max(low, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]]
        }

    def _title(self) -> str:
        topic, setting = self.rng.choice(_TOPICS), self.rng.choice(_SETTINGS)
        forms = [f"{topic[0].upper()}{topic[1:]} in {setting}", f"Selling {topic}: evidence from {setting}",
                 f"The role of {topic} in {setting}", f"Rethinking {topic}: the case of {setting}",
                 f"{topic[0].upper()}{topic[1:]} and {self.rng.choice(_TOPICS)} among {setting}",
                 f"From grain to glass: {topic} in {setting}", f"Who buys {setting}? {topic[0].upper()}{topic[1:]} and loyalty",
                 f"Authenticity work in {setting}: a study of {topic}"]  # fmt: skip
        return self.rng.choice(forms)

    def _url(self, host: str) -> str:
        return f"https://www.{host}/{self.fakers['en_GB'].slug()}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "trade-body", "government", "legislation", "market-research", "company",
             "trade-press", "news", "undated-web"],
            weights=[12, 6, 22, 12, 6, 3, 10, 8, 9, 6, 6],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _people_work(self, record: dict[str, Any], kind: str) -> Work:
        return self._person_work(record, kind)

    def _dated_org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then one organisation's second work of the same year ("SIBA, 2023a" and "2023b").
        same_kind = [entry for entry in self.dated_orgs if entry[0] == kind]
        if same_kind and "issued" in record and self.rng.random() < 0.25:
            _kind, name, tags, issued = self.rng.choice(same_kind)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(issued["date-parts"][0][0])
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated_orgs.append((kind, name, set(tags), record["issued"]))
        return self._org_work(record, kind, name, set(tags))

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        title = self.rng.choice(_BOOK_TITLES) if self.rng.random() < 0.5 else self._title()
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 18))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The Oxford handbook of wine marketing", "Craft beverages and tourism",
                                                "The geography of beer", "Food and drink tourism: principles and practice",
                                                "Whisky: technology, production and marketing", "Coffee: a global history of taste",
                                                "Routledge handbook of food and drink marketing", "The craft beer revolution"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 1200)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(3, 130)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{start}-{start + self.rng.randint(9, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????').lower()}-{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _trade_body(self) -> Work:
        name, tags = self.rng.choice([o for o in _ORGANISATIONS if "company" not in o[1]])
        year = self.recent()
        topic = self.rng.choice(_TOPICS)
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self.rng.choice([f"Annual report {year}", f"Craft beer report {year}", "Code of practice on the naming, packaging and promotion of alcoholic drinks" if "Portman" in name else f"Members' survey {year}",
                                      f"Industry review {year}", f"{topic[0].upper()}{topic[1:]}: guidance for members",
                                      f"Scotch whisky economic impact report {year}", f"Members' survey {year}", self._title()]),
            "issued": {"date-parts": [[year]]}, "URL": self._url(f"{name.split(' (')[0].replace(' ', '').replace('&', 'and').replace(',', '').replace('.', '').replace(chr(39), '').lower()}.org.uk"),
        }  # fmt: skip
        record["accessed"] = self._accessed_after(year)
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        if self.rng.random() < 0.1:
            record.pop("issued")
        return self._dated_org(record, "trade-body", name, tags)

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        year = self.recent() if self.rng.random() < 0.5 else self.rng.randint(2018, 2025)
        notice = name.startswith(("HM", "Revenue", "Alcohol")) and self.rng.random() < 0.7
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(_NOTICES) if notice else self._title(),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": f"https://www.gov.uk/guidance/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        record["accessed"] = self._accessed_after(year)
        return self._dated_org(record, "government", name, tags | {"government"})

    def _legislation(self) -> Work:
        # Legislation as candidates list it, under the legislature ("Scottish Parliament (2012) Alcohol (Minimum
        # Pricing) (Scotland) Act 2012. Available at: ..."): CSL's legislation type is not rendered usefully.
        name = self.rng.choice(sorted(_LEGISLATURES))
        title = self.rng.choice(_LEGISLATURES[name])
        year = int(title[-4:])
        record: dict[str, Any] = {"type": "webpage", "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": f"https://www.legislation.gov.uk/{self.fakers['en_GB'].slug()}",
                                  "accessed": self._accessed_after(year)}  # fmt: skip
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        return Work(record, name, str(year), True, 1, "legislation", {"legislation", "organisation"})

    def _market_research(self) -> Work:
        name, tags = self.rng.choice(_RESEARCH)
        year = self.recent() if self.rng.random() < 0.9 else None
        setting = self.rng.choice(_SETTINGS)
        month = self.rng.choice(["January", "March", "June", "September", "November"])
        title = self.rng.choice([f"Craft beer - UK - {month} {year or 2024}", f"Cider - UK - {month} {year or 2023}",
                                 f"Gin and flavoured spirits - UK - {month} {year or 2024}",
                                 f"Coffee shops - Ireland - {month} {year or 2022}", f"No- and low-alcohol strategic study {year or 2023}",
                                 f"Drinks market trends {year or 2024}", f"{setting[0].upper()}{setting[1:]}: consumer insight report",
                                 f"Off-trade beer sales by value, {year or 2024}", f"Tea - UK - {month} {year or 2023}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" (")[0],
                                  "URL": f"https://www.{name.split()[0].lower()}.com/{self.fakers['en_GB'].slug()}",
                                  "accessed": self._accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._dated_org(record, "market-research", name, tags | {"market-research"})

    def _company(self) -> Work:
        name, tags = self.rng.choice([o for o in _ORGANISATIONS if "company" in o[1]])
        year = self.recent()
        if self.rng.random() < 0.5:
            record: dict[str, Any] = {"type": "report", "title": self.rng.choice([f"Annual report and accounts {year}", f"Impact report {year}",
                                                                                f"Sustainability report {year}", f"B Corp impact report {year}"]),
                                      "issued": {"date-parts": [[year]]}, "publisher": name}  # fmt: skip
            if self.rng.random() < 0.7:
                record["URL"] = self._url(name.split()[0].replace("'", "").replace(",", "").lower() + ".com/investors")
                record["accessed"] = self._accessed_after(year)
        else:
            record = {"type": "webpage", "title": self.rng.choice(["Our story", "Our people and our planet", "Press release: new taproom opens",
                                                                   "News: record year for exports", "Sustainability", "Visit the distillery"]),
                      "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                      "URL": self._url(name.split()[0].replace("'", "").replace(",", "").lower() + ".co.uk/news"), "accessed": self._accessed_after(year)}  # fmt: skip
            if self.rng.random() < 0.25:
                record.pop("issued")
        return self._dated_org(record, "company", name, tags)

    def _trade_press(self) -> Work:
        year = self.recent()
        record: dict[str, Any] = {
            "type": "article-magazine", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url("trade-press.co.uk"), "accessed": self._accessed_after(year),
        }  # fmt: skip
        if self.rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person_work(record, "trade-press")
        name = record["container-title"]
        return self._dated_org(record, "trade-press", name, {"press"})

    def _news(self) -> Work:
        year = self.recent()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_NEWS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url("news-site.com"), "accessed": self._accessed_after(year),
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._dated_org(record, "news", record["container-title"], {"press", "unsigned"})

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url("craftdrinks.example"),
                                  "accessed": self._accessed_after(None)}  # fmt: skip
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            return self._person_work(record, "undated-web")
        name, tags = self.rng.choice(_ORGANISATIONS)
        return self._org_work(record, "undated-web", name, set(tags) | {"undated"})
