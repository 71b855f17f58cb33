"""Works for the thirty-sixth held-out pool, "blind36": what farm, dairy, distillery and rural-tourism marketers cite.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a thirty-sixth hand,
without reading the checker, its tests or the other pools' frames, decoys and works: rural marketing textbooks,
agricultural economics and food-marketing journals, levy boards, unions and governments of the four nations,
market-research houses, the farming press, podcasts and social posts; Welsh, Gaelic, Cornish, Irish, Ulster Scots
and English names, with particles, hyphens, accents and apostrophes.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

from typing import Any

from tests.corpus.references.records import Work, WorkFactory

_GIVEN = ["Rhiannon", "Gethin", "Siân", "Dafydd", "Eluned", "Iolo", "Catrin", "Emyr", "Mairi", "Ruaridh", "Eilidh",
          "Seumas", "Catriona", "Morag", "Tamsin", "Jory", "Demelza", "Kerensa", "Niamh", "Ciarán", "Aoife", "Séamus",
          "Orla", "Pádraig", "Wilma", "Trevor", "Heather", "Gordon", "Hannah", "James", "Sarah", "Thomas", "Beth",
          "Fiona", "Callum", "Bethan", "Owain", "Lowenna", "Ffion", "Gwenllian", "Malcolm", "Isla", "Róisín", "Kenneth"]  # fmt: skip
_FAMILY = ["Jones", "Evans", "Pritchard", "Prosser", "Bowen", "Powell", "Hughes", "Llewellyn", "Vaughan", "Price",
           "MacLeod", "MacKinnon", "MacAulay", "Campbell", "Fraser", "Robertson", "Mackenzie", "Sinclair", "Pascoe",
           "Trevithick", "Penrose", "Tregenza", "Nancarrow", "Chenoweth", "Trelawny", "O'Neill", "McCartan",
           "Ó Súilleabháin", "Ní Bhriain", "Mac Giolla Phádraig", "Ó Dónaill", "Ní Chonaill", "McIlwaine", "Gillespie",
           "Kerr", "Montgomery", "Hutchinson", "Agnew", "Armitage", "Hepworth", "Sutcliffe", "Ackroyd", "Fairburn",
           "Wainwright", "Leadbetter", "Brierley", "Duggan-Price", "Lloyd-Williams", "Bevan-Thomas", "Stewart-Reid",
           "Fernández", "Müller", "Ødegaard", "Dąbrowska", "Nowak", "Åberg", "Kowalczyk", "Lefèvre", "Ferreira", "Chaudhry",
           "Mehta", "Okafor", "Wójcik", "Ó Ceallaigh", "Nic Dhòmhnaill", "MacIlleathain"]  # fmt: skip
# Welsh patronymics and other particles kept apart, as reference managers keep them
_PARTICLED = [("ap", "Gwilym", "Rhodri"), ("ab", "Owen", "Gwion"), ("ap", "Rhys", "Elin"), ("de", "Courcy", "Ann"),
              ("van der", "Meer", "Anouk"), ("de la", "Haye", "Tristan"), ("le", "Grice", "Morwenna"),
              ("von", "Bülow", "Katrin"), ("du", "Plessis", "Marthinus")]  # fmt: skip
_ORGS = [
    ("Department for Environment, Food & Rural Affairs", {"government", "ampersand", "comma"}),
    ("DEFRA", {"government", "acronym"}), ("Welsh Government", {"government"}), ("Llywodraeth Cymru", {"government"}),
    ("Scottish Government", {"government"}), ("Department of Agriculture, Environment and Rural Affairs", {"government", "comma"}),
    ("DAERA", {"government", "acronym"}), ("Food Standards Agency", {"government"}), ("Food Standards Scotland", {"government"}),
    ("Agriculture and Horticulture Development Board (AHDB)", {"trade-body", "abbreviation"}),
    ("AHDB", {"trade-body", "acronym"}), ("NFU", {"trade-body", "acronym"}), ("NFU Cymru", {"trade-body"}),
    ("NFU Scotland", {"trade-body"}), ("Ulster Farmers' Union", {"trade-body", "apostrophe"}),
    ("Farmers' Union of Wales", {"trade-body", "apostrophe"}), ("Red Tractor Assurance", {"trade-body"}),
    ("Quality Meat Scotland", {"trade-body"}), ("Hybu Cig Cymru – Meat Promotion Wales", {"trade-body"}),
    ("Food and Drink Wales", {"government"}), ("Scotland Food & Drink", {"trade-body", "ampersand"}),
    ("Scotch Whisky Association", {"trade-body"}), ("Wine GB", {"trade-body"}), ("Guild of Fine Food", {"trade-body"}),
    ("VisitWales", {"government"}), ("VisitScotland", {"government"}), ("Visit Cornwall", {"trade-body"}),
    ("Tourism Northern Ireland", {"government"}), ("Country Land and Business Association (CLA)", {"trade-body", "abbreviation"}),
    ("Kantar", {"market-research"}), ("Mintel", {"market-research"}), ("IGD", {"market-research", "acronym"}),
    ("Kantar Worldpanel", {"market-research"}), ("Farm Retail Association", {"trade-body"}),
    ("Society of Independent Brewers (SIBA)", {"trade-body", "abbreviation"}),
    ("Arla Foods UK Ltd", {"company"}), ("Müller UK & Ireland", {"company", "ampersand"}),
    ("Dale Farm Ltd", {"company"}), ("Tesco PLC", {"company"}), ("J Sainsbury plc", {"company"}),
    ("Wm Morrison Supermarkets Ltd", {"company"}), ("Booths", {"company"}), ("Riverford Organic Farmers Ltd", {"company"}),
    ("Diageo plc", {"company"}), ("Soil Association", {"trade-body"}), ("Prince's Countryside Fund", {"trade-body", "apostrophe"}),
    ("Wildlife Trusts", {"trade-body"}), ("Office for National Statistics", {"government"}),
]  # fmt: skip
_GOV = ["Department for Environment, Food & Rural Affairs", "Welsh Government", "Scottish Government",
        "Department of Agriculture, Environment and Rural Affairs", "Rural Payments Agency", "Natural England",
        "Natural Resources Wales", "NatureScot", "HM Revenue & Customs", "House of Commons Library",
        "Environment, Food and Rural Affairs Committee", "Senedd Cymru"]  # fmt: skip
_TOPICS = ["farm shop footfall", "direct-to-consumer meat boxes", "PGI Welsh Lamb", "Scotch Beef PGI",
           "Cornish clotted cream PDO", "agritourism", "farm diversification", "the Sustainable Farming Incentive",
           "provenance claims", "Red Tractor assurance", "craft gin tourism", "English sparkling wine",
           "raw milk vending", "short food supply chains", "farmers' markets", "veg box schemes", "food tourism",
           "regenerative farming", "dairy price volatility", "Great Taste awards", "rural broadband and e-commerce",
           "glamping diversification", "distillery visitor centres", "local food procurement", "oat milk and dairy",
           "lamb consumption", "cider orchards", "the Northern Ireland Protocol and agri-food",
           "seasonal labour", "carbon labelling on food"]  # fmt: skip
_JOURNALS = ["Journal of Rural Studies", "British Food Journal", "Journal of Agricultural Economics", "EuroChoices",
             "Sociologia Ruralis", "International Journal of Wine Business Research", "Journal of Marketing Management",
             "Food Policy", "Tourism Management", "Journal of Sustainable Tourism", "Agricultural Systems",
             "Journal of Food Products Marketing", "Local Economy", "Journal of Place Management and Development"]  # fmt: skip
_PUBLISHERS = [("CABI", "Wallingford"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Pearson", "Harlow"),
               ("Goodfellow Publishers", "Oxford"), ("Edward Elgar", "Cheltenham"), ("Gwasg Gomer", "Llandysul"),
               ("Birlinn", "Edinburgh"), ("Palgrave Macmillan", "Cham"), ("Sage", "London")]  # fmt: skip
_PRESS = ["Farmers Weekly", "Farmers Guardian", "The Grocer", "The Scottish Farmer", "Farmers Journal",
          "Farming Life", "BBC News", "The Herald", "Western Mail", "Yorkshire Post", "Cornwall Live", "Harpers Wine & Spirit"]  # fmt: skip
_PODCASTS = [
    "The Farmers Guardian Podcast",
    "Farming Today",
    "BBC Countryfile",
    "The Rural Business Podcast",
    "Ffermio",
]


class Blind36WorkFactory(WorkFactory):
    """The thirty-sixth pool's works. A subclass with its own random draws, so no other pool changes."""

    KINDS = ("book", "chapter", "journal", "organisation-web", "organisation-report", "government", "legislation",
             "market-research", "news", "podcast", "social", "web-person", "undated-web")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng.seed(seed * 3607 + 36)
        self.dated: list[tuple[str, set[str], int]] = []

    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.08:
            particle, family, given = self.rng.choice(_PARTICLED)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.2:
            return super().person()
        return {"family": self.rng.choice(_FAMILY), "given": self.rng.choice(_GIVEN)}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGS)
        return name, set(tags)

    def year(self) -> int:
        return self.rng.randint(1998, 2025) if self.rng.random() < 0.95 else self.rng.randint(1975, 1997)

    def accessed(self) -> dict[str, list[list[int]]]:
        return {"date-parts": [[2026, self.rng.randint(1, 11), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        place = self.rng.choice(["Wales", "Scotland", "Cornwall", "Northern Ireland", "Yorkshire", "the Welsh Marches",
                                 "rural England", "the Highlands and Islands", "upland farms"])  # fmt: skip
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"Consumer attitudes to {topic}",
                 f"{topic[0].upper()}{topic[1:]}: evidence from {place}", f"Marketing {topic} to urban consumers",
                 f"{topic[0].upper()}{topic[1:]} and {other}", f"What drives {topic}? A study of {place}",
                 f"Building a brand on {topic}", f"{place[0].upper()}{place[1:]}: {topic} {self.rng.randint(2015, 2025)}"]  # fmt: skip
        return self.rng.choice(forms)

    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            list(self.KINDS), weights=[10, 5, 20, 12, 8, 8, 3, 7, 9, 3, 3, 6, 6],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(3),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 5))
        return self._person_work(record, "book")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 120)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 700))}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.rng.choice(['jrs', 'bfj', 'jage', 'ijwbr'])}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        if (
            kind in ("web", "report") and self.dated and "issued" in record and self.rng.random() < 0.12
        ):  # "AHDB (2023a)" and "(2023b)"
            name, tags, year = self.rng.choice(self.dated)
            record["issued"] = {"date-parts": [[year]]}
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated.append((name, tags, record["issued"]["date-parts"][0][0]))
        return super()._org_work(record, kind, name, tags)

    def _organisation_web(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": f"https://www.{self.rng.choice(['ahdb.org.uk', 'nfuonline.com', 'gov.wales', 'gov.scot', 'visitwales.com', 'redtractor.org.uk', 'daera-ni.gov.uk'])}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if self.rng.random() < 0.75:
            record["issued"] = {"date-parts": [[self.year()]]}
        if self.rng.random() < 0.85:
            record["accessed"] = self.accessed()
        return self._org_work(record, "web", name, tags)

    def _organisation_report(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "report", "title": self._title(), "issued": {"date-parts": [[self.year()]]},
                                  "publisher": name.split(" (")[0], "publisher-place": self.rng.choice(["Kenilworth", "Cardiff", "Edinburgh", "Belfast", "London", "Stoneleigh"])}  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = f"https://www.{self.fakers['en_GB'].domain_name()}/{self.fakers['en_GB'].slug()}.pdf"
            record["accessed"] = self.accessed()
        return self._org_work(record, "report", name, tags)

    def _government(self) -> Work:
        name = self.rng.choice(_GOV)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "issued": {"date-parts": [[self.year()]]},
                                  "URL": f"https://www.gov.uk/government/publications/{self.fakers['en_GB'].slug()}",
                                  "accessed": self.accessed()}  # fmt: skip
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _legislation(self) -> Work:  # an Act cited by its issuing body, as candidates list legislation.gov.uk pages
        act, year = self.rng.choice([("Agriculture Act 2020", 2020), ("Agriculture (Wales) Act 2023", 2023),
                                     ("Agriculture and Fisheries (Scotland) Act 2024", 2024), ("Food Safety Act 1990", 1990),
                                     ("Environment Act 2021", 2021), ("Animal Welfare Act 2006", 2006)])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": act, "issued": {"date-parts": [[year]]},
                                  "URL": f"https://www.legislation.gov.uk/ukpga/{year}/{self.rng.randint(1, 60)}",
                                  "accessed": self.accessed()}  # fmt: skip
        work = WorkFactory._org_work(
            self,
            record,
            "legislation",
            self.rng.choice(["UK Parliament", "Senedd Cymru", "Scottish Parliament"]),
            {"legislation", "government"},
        )
        work.kind = "legislation"
        return work

    def _market_research(self) -> Work:
        name = self.rng.choice(["Mintel", "Kantar", "IGD", "Statista", "NielsenIQ", "Circana", "YouGov"])
        market = self.rng.choice(["cheese", "craft spirits", "English wine", "red meat", "milk and cream", "farm shops",
                                  "cider", "free-from foods", "premium ready meals", "staycations"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": f"{market[0].upper()}{market[1:]} - UK - {self.rng.choice(['March', 'July', 'November'])} {self.rng.randint(2019, 2025)}" if self.rng.random() < 0.5 else f"UK {market} market: shopper insight",
                                  "publisher": name, "URL": f"https://www.{name.lower()}.com/{self.fakers['en_GB'].slug()}",
                                  "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.9:
            record["issued"] = {"date-parts": [[self.rng.randint(2016, 2025)]]}
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path()}  # fmt: skip
        if self.rng.random() < 0.85:
            record["accessed"] = self.accessed()
        if self.rng.random() < 0.8:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _podcast(self) -> Work:
        show = self.rng.choice(_PODCASTS)
        record: dict[str, Any] = {"type": "broadcast", "title": self._title(), "container-title": show,
                                  "issued": {"date-parts": [[self.rng.randint(2018, 2025)]]},
                                  "URL": f"https://www.bbc.co.uk/sounds/play/{self.fakers['en_GB'].lexify('p0??????')}",
                                  "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.5:
            record["author"] = self._people(2)
            return self._person_work(record, "podcast")
        return self._org_work(record, "podcast", show, {"broadcast"})

    def _social(self) -> Work:
        farm = self.rng.choice(["Hafod Dairy", "Penderyn Distillery", "Trewithen Dairy", "Glenarm Organic Salmon",
                                "Castle Howard Farm Shop", "Llaeth y Llan", "Ballylisk of Armagh", "Cornish Orchards",
                                "Tregothnan", "Harvey's Farm Shop", "Isle of Harris Distillers", "Ludlow Farmshop"])  # fmt: skip
        record: dict[str, Any] = {"type": "post", "title": f"{self._title()} [{self.rng.choice(['Instagram', 'Facebook'])}]",
                                  "issued": {"date-parts": [[self.rng.randint(2019, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": f"https://www.instagram.com/p/{self.fakers['en_GB'].lexify('???????????')}",
                                  "accessed": self.accessed()}  # fmt: skip
        return self._org_work(record, "social", farm, {"company", "social"})

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "issued": {"date-parts": [[self.year()]]}, "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path(),
                                  "accessed": self.accessed()}  # fmt: skip
        return self._person_work(record, "web")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path(),
                                  "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.4:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags | {"undated"})
