"""Works for the thirty-ninth held-out pool, "blind39": what property, housing and construction marketers cite.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a thirty-ninth
hand, without reading the checker, its tests or the other pools' frames, decoys and works, from what marketing,
sales and communications staff at housebuilders, estate and letting agents, housing associations, build-to-rent
operators, proptech start-ups, builders' merchants and construction-product makers in the UK and Ireland put in
the reference lists of their CIM Level 4 to Level 7 reports: property-marketing and consumer-behaviour textbooks and
their chapters, Housing Studies and the Journal of Property Research with one to eight authors, house price indices
from portals, lenders, HM Land Registry, the ONS and the Irish CSO, Savills and Knight Frank research, housebuilders'
annual reports (plc), the HBF, NHBC, RICS, Shelter and housing associations, MHCLG and the Irish Department of
Housing, Acts and Bills, Property Week, Estates Gazette, Construction News, Inside Housing, the Guardian, the Irish
Times and BBC News, podcasts, YouTube walk-throughs, LinkedIn posts, MSc dissertations and undated web pages; British,
Irish (Ó, Ní, Mac an), Indian (D'Souza, de Souza), Pakistani, Chinese, Romanian (ș, ț, ă) and Ghanaian names.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# (given names, family names) by the cultures the writers meet; given names carry no hyphen (citeproc-py splits it).
_NAMES: dict[str, tuple[list[str], list[str]]] = {
    "british": (["Oliver", "Charlotte", "James", "Hannah", "Tom", "Lucy", "Rhys", "Megan", "Callum", "Eilidh", "Gareth",
                 "Siân", "Harriet", "Ben", "Fiona", "Alistair", "Jo", "Nicola"],
                ["Hargreaves", "Pemberton", "Whitfield", "Ashworth", "Thornley", "Braithwaite", "Fairclough",
                 "Lloyd-Jones", "Bowen", "Pritchard", "Cartwright", "Sutcliffe", "Holloway", "Kerr", "Buchanan",
                 "MacLeod", "McAllister", "Fraser", "Ashby-Crane", "Rees", "Entwistle", "Greenhalgh", "Dunmore"]),
    "irish": (["Aoife", "Siobhán", "Niamh", "Ciarán", "Seán", "Oisín", "Róisín", "Cian", "Éabha", "Pádraig", "Orla",
               "Darragh", "Caoimhe", "Eoin", "Gráinne"],
              ["Ó Briain", "Ó Súilleabháin", "Ní Dhuibhir", "Mac Giolla Phádraig", "O'Sullivan", "O'Donoghue",
               "McCarthy", "Fitzgerald", "Kavanagh", "Ní Chonaill", "Mac an tSaoir", "Ó Ceallaigh", "Brennan",
               "Moloney", "Ó Murchú", "Nic Amhlaoibh", "Gallagher", "Ó Dálaigh"]),
    "indian": (["Priya", "Arjun", "Ananya", "Rohan", "Kavya", "Vikram", "Lakshmi", "Sanjay", "Deepa", "Rahul", "Meera",
                "Aditya", "Nikhil", "Shreya"],
               ["Sharma", "Venkataraman", "Iyer", "Chakraborty", "Reddy", "Nair", "Deshpande", "Banerjee", "Mukherjee",
                "Gupta", "Kulkarni", "Srinivasan", "Patel", "Menon", "D'Souza", "Fernandes", "Sengupta", "Bhattacharjee"]),
    "pakistani": (["Ayesha", "Bilal", "Fatima", "Hamza", "Sana", "Usman", "Zainab", "Imran", "Hira", "Faisal",
                   "Mehwish", "Tariq", "Saima"],
                  ["Qureshi", "Chaudhry", "Malik", "Siddiqui", "Abbasi", "Butt", "Khan", "Hussain", "Raza", "Shah",
                   "Mirza", "Akhtar", "Javed", "Rana", "Sheikh"]),
    "chinese": (["Wei", "Jing", "Xiaoming", "Yang", "Hui", "Mei", "Jun", "Hao", "Xin", "Yiting", "Zihan", "Ka Wai",
                 "Siu Ming"],
                ["Zhang", "Wang", "Li", "Chen", "Liu", "Huang", "Xu", "Zhou", "Wu", "Lin", "Wong", "Chan", "Lam", "Ng",
                 "Cheung", "Ouyang", "Tsang"]),
    "romanian": (["Ioana", "Andrei", "Mihai", "Elena", "Alexandru", "Ștefan", "Raluca", "Bogdan", "Cristina", "Răzvan",
                  "Oana", "Tudor", "Irina"],
                 ["Popescu", "Ionescu", "Ștefănescu", "Țurcanu", "Dumitrescu", "Constantinescu", "Vasilescu",
                  "Munteanu", "Stoica", "Bălan", "Niculescu", "Rădulescu", "Gheorghiu", "Moldovan", "Lupu", "Pop",
                  "Dragomir", "Șerban"]),
    "ghanaian": (["Kwame", "Akosua", "Kofi", "Ama", "Yaw", "Abena", "Kwabena", "Efua", "Kojo", "Adwoa", "Nana", "Esi",
                  "Kwesi"],
                 ["Mensah", "Owusu", "Boateng", "Asante", "Agyeman-Duah", "Osei", "Appiah", "Darko", "Nkansah",
                  "Ofori-Atta", "Amoako", "Acheampong", "Opoku", "Frimpong", "Adjei", "Quaye", "Tetteh", "Ansah",
                  "Nkrumah-Mensah"]),
}  # fmt: skip
_CULTURES = [
    "british",
    "british",
    "british",
    "irish",
    "irish",
    "indian",
    "pakistani",
    "chinese",
    "romanian",
    "ghanaian",
]
# Surnames with a particle the reference manager keeps apart: (particle, family).
_PARTICLE_NAMES = [("de", "Souza"), ("de", "Búrca"), ("da", "Costa"), ("van der", "Merwe"), ("de", "Silva"),
                   ("van", "Rooyen"), ("du", "Plessis"), ("de", "Paor")]  # fmt: skip

# Organisations as these writers cite them: (name, tags). Real organisations, written as they sign their work.
_AGENTS_AND_PORTALS = [
    ("Rightmove", {"company"}), ("Rightmove plc", {"company"}), ("Zoopla", {"company"}), ("OnTheMarket", {"company"}),
    ("Savills", {"company"}), ("Savills plc", {"company"}), ("Knight Frank", {"company"}), ("Knight Frank LLP", {"company"}),
    ("Strutt & Parker", {"company", "ampersand"}), ("Douglas & Gordon", {"company", "ampersand"}),
    ("Hamptons", {"company"}), ("Foxtons Group plc", {"company"}), ("Purplebricks", {"company"}),
    ("Connells Group", {"company"}), ("Sherry FitzGerald", {"company"}), ("Daft.ie", {"company", "punctuation"}),
    ("MyHome.ie", {"company", "punctuation"}), ("JLL", {"company", "acronym"}), ("CBRE", {"company", "acronym"}),
    ("Carter Jonas LLP", {"company"}), ("Propertymark", {"trade-body"}), ("Goodlord", {"company"}),
    ("Zoopla Ltd", {"company"}), ("Halifax", {"company"}), ("Nationwide Building Society", {"company"}),
]  # fmt: skip
_BUILDERS = [
    ("Barratt Developments plc", {"company"}), ("Barratt Redrow plc", {"company"}), ("Persimmon plc", {"company"}),
    ("Taylor Wimpey plc", {"company"}), ("Bellway plc", {"company"}), ("Berkeley Group Holdings plc", {"company"}),
    ("Vistry Group PLC", {"company"}), ("Redrow plc", {"company"}), ("Crest Nicholson", {"company"}),
    ("McCarthy & Stone", {"company", "ampersand"}), ("Laing O'Rourke", {"company", "apostrophe"}),
    ("O'Flynn Group", {"company", "apostrophe"}), ("Cairn Homes plc", {"company"}),
    ("Glenveagh Properties plc", {"company"}), ("Bloor Homes", {"company"}), ("Miller Homes Ltd", {"company"}),
    ("Grainger plc", {"company"}), ("Get Living", {"company"}), ("Quintain Living", {"company"}),
    ("Travis Perkins plc", {"company"}), ("Wickes Group plc", {"company"}), ("Kingspan Group plc", {"company"}),
    ("Saint-Gobain UK & Ireland", {"company", "ampersand"}), ("Marshalls plc", {"company"}), ("Ibstock plc", {"company"}),
    ("Howdens Joinery Group plc", {"company"}), ("Kier Group plc", {"company"}),
]  # fmt: skip
_BODIES = [
    ("Home Builders Federation", {"trade-body"}), ("Home Builders Federation (HBF)", {"trade-body", "abbreviation"}),
    ("HBF", {"trade-body", "acronym"}), ("NHBC", {"trade-body", "acronym"}),
    ("National House Building Council (NHBC)", {"trade-body", "abbreviation"}),
    ("RICS", {"trade-body", "acronym"}), ("Royal Institution of Chartered Surveyors (RICS)", {"trade-body", "abbreviation"}),
    ("Shelter", {"charity"}), ("Shelter England", {"charity"}), ("Crisis", {"charity"}), ("Generation Rent", {"charity"}),
    ("National Housing Federation", {"trade-body"}), ("Chartered Institute of Housing (CIH)", {"trade-body", "abbreviation"}),
    ("Joseph Rowntree Foundation", {"charity"}), ("Resolution Foundation", {"think-tank"}), ("Centre for Cities", {"think-tank"}),
    ("Renters' Reform Coalition", {"charity", "apostrophe"}), ("Irish Property Owners' Association", {"trade-body", "apostrophe"}),
    ("National Residential Landlords Association (NRLA)", {"trade-body", "abbreviation"}),
    ("Construction Products Association", {"trade-body"}), ("Builders Merchants Federation", {"trade-body"}),
    ("Federation of Master Builders", {"trade-body"}), ("UK Green Building Council", {"trade-body"}),
    ("Royal Town Planning Institute (RTPI)", {"trade-body", "abbreviation"}), ("Which?", {"consumer", "punctuation"}),
    ("Citizens Advice", {"charity"}), ("New Homes Quality Board", {"trade-body"}), ("L&Q", {"housing-association", "ampersand"}),
    ("Clarion Housing Group", {"housing-association"}), ("Peabody", {"housing-association"}),
    ("Places for People", {"housing-association"}), ("Clúid Housing", {"housing-association"}),
    ("The Housing Agency", {"government"}), ("Construction Industry Federation", {"trade-body"}),
]  # fmt: skip
_GOVERNMENT = [
    ("Ministry of Housing, Communities and Local Government", {"comma"}),
    ("Ministry of Housing, Communities & Local Government (MHCLG)", {"comma", "ampersand", "abbreviation"}),
    ("MHCLG", {"acronym"}), ("Department for Levelling Up, Housing and Communities", {"comma"}),
    ("Department for Levelling Up, Housing and Communities (DLUHC)", {"comma", "abbreviation"}),
    ("HM Land Registry", set()), ("HM Revenue & Customs", {"ampersand"}), ("HM Treasury", set()),
    ("Office for National Statistics", set()), ("Office for National Statistics (ONS)", {"abbreviation"}), ("ONS", {"acronym"}),
    ("Homes England", set()), ("Valuation Office Agency", set()), ("Regulator of Social Housing", set()),
    ("Building Safety Regulator", set()), ("Health and Safety Executive", set()), ("House of Commons Library", set()),
    ("National Audit Office", set()), ("Competition and Markets Authority", set()), ("Greater London Authority", set()),
    ("Scottish Government", set()), ("Welsh Government", set()), ("Northern Ireland Housing Executive", set()),
    ("Central Statistics Office", set()), ("Central Statistics Office (CSO)", {"abbreviation"}), ("CSO", {"acronym"}),
    ("Department of Housing, Local Government and Heritage", {"comma"}), ("Residential Tenancies Board", set()),
    ("Grenfell Tower Inquiry", set()), ("Department for Energy Security and Net Zero", set()),
    ("Sustainable Energy Authority of Ireland (SEAI)", {"abbreviation"}),
]  # fmt: skip
_RESEARCH = [("Mintel", {"market-research"}), ("Statista", {"market-research"}), ("YouGov", {"market-research"}),
             ("Ipsos", {"market-research"}), ("Kantar", {"market-research"}), ("Savanta", {"market-research"})]  # fmt: skip
_INDICES = {  # who publishes a monthly or quarterly index, and what it is called
    "Rightmove": "House Price Index", "Zoopla": "House Price Index", "Halifax": "House Price Index",
    "Nationwide Building Society": "House Price Index", "HM Land Registry": "UK House Price Index",
    "Office for National Statistics": "Private rent and house prices, UK", "Central Statistics Office": "Residential Property Price Index",
    "Daft.ie": "Rental Price Report", "MyHome.ie": "Property Price Report", "RICS": "UK Residential Market Survey",
    "Home Builders Federation": "Housing Pipeline Report", "Savills": "Residential Property Focus",
}  # fmt: skip
_IRISH_BODIES = {"Sherry FitzGerald", "Daft.ie", "MyHome.ie", "Irish Property Owners' Association", "Clúid Housing",
                 "The Housing Agency", "Construction Industry Federation"}  # fmt: skip
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]  # fmt: skip

_TOPICS = ["first-time buyers", "Help to Buy", "build-to-rent", "the show-home experience", "trust in new-build homes",
           "EPC ratings and asking prices", "leasehold reform", "cladding remediation", "the private rented sector",
           "social housing tenants", "estate agency branding", "property portals", "virtual viewings",
           "customer satisfaction in housebuilding", "shared ownership", "later-living housing", "place branding",
           "stamp duty holidays", "mortgage affordability", "net zero homes", "modern methods of construction",
           "builders' merchants", "trade customers", "the tenant experience", "rent controls", "housing supply",
           "planning delays", "brand reputation after Grenfell", "green mortgages", "digital property marketing",
           "online reviews of letting agents", "homebuyer decision-making", "neighbourhood identity", "co-living",
           "snagging and aftercare", "part-exchange offers", "sustainable building products", "retrofit",
           "generation rent", "downsizers"]  # fmt: skip
_SUBTITLES = ["evidence from England", "a review", "lessons from Ireland", "what buyers really want",
              "a marketing perspective", "implications for developers", "the case of Greater Manchester",
              "a consumer perspective", "a qualitative study", "trends and outlook", "evidence from Dublin",
              "a mixed-methods study", "insights from the UK new-build market", "a systematic literature review",
              "the view from the sales office", "a survey of renters"]  # fmt: skip
_BOOKS = ["Property marketing", "Real estate marketing: strategy, branding and sales", "Consumer behaviour in housing markets",
          "Residential property: an introduction", "Marketing for estate agents", "Principles of property development",
          "Housing policy in the UK", "Digital marketing for the built environment", "Selling new homes",
          "Branding places and developments", "Marketing construction products", "The housing market explained",
          "Services marketing for property professionals", "Consumer behaviour", "Marketing management",
          "Understanding the private rented sector", "Housebuilding in Britain", "Customer experience in real estate"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Pearson", "Harlow"), ("Sage", "London"),
               ("Wiley-Blackwell", "Chichester"), ("Palgrave Macmillan", "London"), ("Policy Press", "Bristol"),
               ("RICS Books", "London"), ("Estates Gazette", "London"), ("Bloomsbury Business", "London"),
               ("Oxford University Press", "Oxford"), ("Gill Education", "Dublin")]  # fmt: skip
_JOURNALS = ["Housing Studies", "Journal of Property Research", "Journal of European Real Estate Research",
             "Property Management", "International Journal of Housing Markets and Analysis",
             "Journal of Housing and the Built Environment", "Urban Studies", "Journal of Marketing Management",
             "Journal of Consumer Behaviour", "European Journal of Marketing", "Construction Management and Economics",
             "Building Research & Information", "Housing, Theory and Society", "International Journal of Housing Policy",
             "Journal of Place Management and Development", "Journal of Strategic Marketing"]  # fmt: skip
_NEWS = ["The Guardian", "BBC News", "The Times", "Financial Times", "The Irish Times", "Irish Independent",
         "Evening Standard", "The Telegraph", "Manchester Evening News", "RTÉ News", "Business Post"]  # fmt: skip
_NEWS_DOMAINS = {"The Guardian": "www.theguardian.com/money", "BBC News": "www.bbc.co.uk/news", "The Times": "www.thetimes.com/money",
                 "Financial Times": "www.ft.com/content", "The Irish Times": "www.irishtimes.com/business",
                 "Irish Independent": "www.independent.ie/business", "Evening Standard": "www.standard.co.uk/homesandproperty",
                 "The Telegraph": "www.telegraph.co.uk/property", "Manchester Evening News": "www.manchestereveningnews.co.uk/news",
                 "RTÉ News": "www.rte.ie/news/business", "Business Post": "www.businesspost.ie/property"}  # fmt: skip
_TRADE = ["Property Week", "Estates Gazette", "Construction News", "Inside Housing", "Housing Today", "Building",
          "Property Industry Eye", "The Negotiator", "Builders Merchants Journal", "Housebuilder & Developer"]  # fmt: skip
_PODCASTS = ["The Property Marketing Podcast", "Bricks & Clicks", "The Housing Hour", "Show Home Stories",
             "Inside Housing Podcast", "Estate Agency Uncovered"]  # fmt: skip
_ACTS = [("Building Safety Act 2022", 2022), ("Levelling-up and Regeneration Act 2023", 2023),
         ("Leasehold and Freehold Reform Act 2024", 2024), ("Housing and Planning Act 2016", 2016),
         ("Homes (Fitness for Human Habitation) Act 2018", 2018), ("Tenant Fees Act 2019", 2019),
         ("Leasehold Reform (Ground Rent) Act 2022", 2022), ("Estate Agents Act 1979", 1979), ("Fire Safety Act 2021", 2021),
         ("Renting Homes (Wales) Act 2016", 2016), ("Private Housing (Tenancies) (Scotland) Act 2016", 2016),
         ("Renters' Rights Act 2025", 2025)]  # fmt: skip
_IRISH_ACTS = [("Residential Tenancies (Amendment) Act 2019", 2019), ("Planning and Development Act 2000", 2000),
               ("Affordable Housing Act 2021", 2021), ("Land Development Agency Act 2021", 2021),
               ("Housing (Miscellaneous Provisions) Act 2009", 2009)]  # fmt: skip
_BILLS = [("Renters' Rights Bill", 2024), ("Renters (Reform) Bill", 2023), ("Leasehold and Freehold Reform Bill", 2023),
          ("Planning and Infrastructure Bill", 2025)]  # fmt: skip


class Blind39WorkFactory(WorkFactory):
    """The blind39 pool's works, from one seeded random source (no Faker: its own tables of names and titles)."""

    KINDS = ("book", "chapter", "journal", "report", "company-report", "web", "statistics", "government",
             "legislation", "news", "trade-press", "podcast", "social", "video", "thesis")  # fmt: skip
    _WEIGHTS = (12, 5, 20, 9, 5, 10, 8, 7, 4, 7, 6, 2, 2, 2, 1)

    def __init__(self, seed: int) -> None:  # not WorkFactory's: no Faker, so nothing of the other pools is drawn
        self.rng = random.Random(seed * 39 + 39_000)
        self.fakers = {}
        self.counter = 0
        self.dated: list[tuple[str, set[str], int]] = []  # organisations already given a year

    # ------------------------------------------------------------------ people, organisations, dates
    def person(self) -> dict[str, str]:
        rng = self.rng
        if rng.random() < 0.05:
            particle, family = rng.choice(_PARTICLE_NAMES)
            given = rng.choice(_NAMES[rng.choice(["indian", "irish", "british"])][0])
            return {"family": family, "given": given, "non-dropping-particle": particle}
        givens, families = _NAMES[rng.choice(_CULTURES)]
        return {"family": rng.choice(families), "given": rng.choice(givens)}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            one = self.person()
            if all(one["family"] != other["family"] for other in people):
                people.append(one)
        return people

    def organisation(self, pools: tuple[list[tuple[str, set[str]]], ...] | None = None) -> tuple[str, set[str]]:
        pools = pools or (_AGENTS_AND_PORTALS, _BUILDERS, _BODIES, _GOVERNMENT, _RESEARCH)
        name, tags = self.rng.choice(self.rng.choice(pools))
        return name, set(tags)

    def year(self) -> int:
        roll = self.rng.random()
        if roll < 0.04:
            return self.rng.randint(1988, 2004)  # the older textbooks still on reading lists
        if roll < 0.2:
            return self.rng.randint(2005, 2014)
        return self.rng.randint(2015, 2025)

    def _issued(self, day: bool = False, recent: bool = False) -> dict[str, list[list[int]]]:
        year = self.rng.randint(2016, 2025) if recent else self.year()
        if day:
            return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        return {"date-parts": [[year]]}

    def _accessed_after(self, issued: dict[str, list[list[int]]] | None) -> dict[str, list[list[int]]]:
        start = issued["date-parts"][0] if issued else [2023]
        year = self.rng.randint(max(start[0], 2022), 2025)
        month = self.rng.randint(1, 12)
        day = self.rng.randint(1, 28)
        if year == start[0] and len(start) > 1:
            month = self.rng.randint(start[1], 12)
            if month == start[1]:
                day = self.rng.randint(start[2] if len(start) > 2 else 1, 28)
        return {"date-parts": [[year, month, day]]}

    def _online(self, record: dict[str, Any], url: str, access: float = 0.88) -> None:
        """An address, with the access date the writer usually, not always, kept."""
        record["URL"] = url
        if self.rng.random() < access:
            record["accessed"] = self._accessed_after(record.get("issued"))

    def _slug(self, words: str) -> str:
        keep = "".join(ch if ch.isalnum() else "-" for ch in words.lower().replace("'", ""))
        return "-".join(part for part in keep.split("-") if part)[:60]

    def _domain(self, name: str) -> str:
        word = self._slug(name.split(" (")[0]).replace("-plc", "").replace("-ltd", "").replace("-llp", "")
        return {"daft-ie": "www.daft.ie", "myhome-ie": "www.myhome.ie"}.get(word, f"www.{word.replace('-', '')}.co.uk")

    def _title(self) -> str:
        rng = self.rng
        topic = rng.choice(_TOPICS)
        other = rng.choice(_TOPICS)
        cap = topic[0].upper() + topic[1:]
        forms = [f"{cap}: {rng.choice(_SUBTITLES)}", f"Marketing {topic} in a {rng.choice(['falling', 'rising', 'cooling', 'post-pandemic', 'high-rate'])} market",
                 f"Understanding {topic}", f"{cap} and {other}", f"Who trusts the developer? {cap} in {rng.choice(['England', 'Ireland', 'Scotland', 'Wales', 'London', 'the regions'])}",
                 f"From {topic} to {other}: {rng.choice(_SUBTITLES)}", f"The role of {topic} in {other}",
                 f"Rethinking {topic}", f"{cap} since {rng.choice(['2008', 'the pandemic', 'Grenfell', 'Brexit', 'the mini-budget'])}"]  # fmt: skip
        return rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(self.KINDS, weights=self._WEIGHTS)[0]
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        work.kind = kind
        return work

    def _pick(self, pools: tuple[list[tuple[str, set[str]]], ...]) -> tuple[str, set[str], int | None]:
        """An organisation, and now and then one already cited with the year it had ("Savills, 2024a and 2024b")."""
        names = {name for pool in pools for name, _tags in pool}
        earlier = [one for one in self.dated if one[0] in names]
        if earlier and self.rng.random() < 0.2:
            name, tags, year = self.rng.choice(earlier)
            return name, set(tags), year
        name, tags = self.organisation(pools)
        return name, tags, None

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        if "issued" in record:
            self.dated.append((name, set(tags), record["issued"]["date-parts"][0][0]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        title = self.rng.choice(_BOOKS) if self.rng.random() < 0.55 else self._title()
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4), "issued": self._issued(),
                                  "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The Routledge handbook of housing policy", "Property marketing in practice",
                                                "Real estate and the consumer", "Housing and the built environment",
                                                "Contemporary issues in housing", "Marketing the built environment"]),
            "issued": self._issued(), "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(3, 400))}-{start + self.rng.randint(10, 32)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": self._issued(),
            "volume": str(self.rng.randint(1, 62)), "issue": str(self.rng.randint(1, 10)),
            "page": f"{(start := self.rng.randint(1, 1800))}-{start + self.rng.randint(12, 30)}",
        }  # fmt: skip
        roll = self.rng.random()
        if roll < 0.55:
            record["DOI"] = (
                f"10.{self.rng.choice(['1080', '1108', '1007', '1177', '1016'])}/{self.rng.randint(10000, 99999999)}"
            )
        elif roll < 0.7:
            self._online(record, f"https://www.tandfonline.com/doi/full/{self.rng.randint(100000, 999999)}")
        return self._person_work(record, "journal")

    def _report(self) -> Work:
        """Research reports: agents' research teams and trade bodies, now and then with their authors named."""
        name, tags, same = self._pick((_AGENTS_AND_PORTALS, _BODIES, _BODIES, _RESEARCH))
        issued = {"date-parts": [[same]]} if same else self._issued()
        year = issued["date-parts"][0][0]
        forms = [f"{self.rng.choice(['UK Residential Outlook', 'Housing Market Review', 'Build to Rent Market Update', 'Annual Review', 'Customer Satisfaction Survey results', 'Impact Report', 'Tenant Voice survey', 'New Homes Review', 'Housing Pipeline Report', 'Construction Products Trade Survey'])} {year}",
                 self._title(), f"{self._title()}: {self.rng.choice(['research briefing', 'policy paper', 'insight report', 'technical note'])}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(forms), "issued": issued,
                                  "publisher": name.split(" (")[0], "publisher-place": "Dublin" if name in _IRISH_BODIES else self.rng.choice(["London", "London", "Manchester", "Coventry"])}  # fmt: skip
        if self.rng.random() < 0.5:
            self._online(record, f"https://{self._domain(name)}/research/{self._slug(record['title'])}")
        if not same and self.rng.random() < 0.12:
            record.pop("issued")
        if not same and self.rng.random() < 0.3:  # a named team wrote it
            record["author"] = self._people(3)
            return self._person_work(record, "report")
        return self._org_work(record, "report", name, tags)

    def _company_report(self) -> Work:
        name, tags, same = self._pick((_BUILDERS,))
        year = same or self.rng.randint(2016, 2025)
        record: dict[str, Any] = {
            "type": "report", "issued": {"date-parts": [[year]]}, "publisher": name,
            "title": self.rng.choice([f"Annual report and accounts {year}", f"Annual Report {year}", f"Sustainability report {year}",
                                      f"Half year results {year}", f"Trading update: {self.rng.choice(_MONTHS)} {year}",
                                      f"Capital Markets Day {year}"]),
        }  # fmt: skip
        self._online(
            record, f"https://www.{self._slug(name).split('-')[0]}.com/investors/{self._slug(record['title'])}.pdf", 0.8
        )
        return self._org_work(record, "company-report", name, tags)

    def _web(self) -> Work:
        """A web page: an organisation's (often undated) or a person's, with or without an access date."""
        if self.rng.random() < 0.25:
            record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2)}
            if self.rng.random() < 0.8:
                record["issued"] = self._issued(day=self.rng.random() < 0.5)
            self._online(
                record,
                f"https://www.{self.rng.choice(['propertymarketingblog', 'newhomesinsight', 'lettingsmatters', 'housingvoices'])}.co.uk/{self._slug(record['title'])}",
            )
            return self._person_work(record, "web")
        name, tags, same = self._pick((_AGENTS_AND_PORTALS, _BUILDERS, _BODIES, _BODIES))
        title = self.rng.choice([self._title(), "About us", "Our customer charter", "Help to Buy explained",
                                 "Stamp duty calculator", "What is an EPC?", "Our 5-star rating", "Renting with us",
                                 "The new homes buying process", "Part exchange", "Sustainability at our developments",
                                 "Shared ownership explained", "Guide to RICS home surveys", "Our brand"])  # fmt: skip
        record = {"type": "webpage", "title": title}
        if same:
            record["issued"] = {"date-parts": [[same]]}
        elif self.rng.random() < 0.6:
            record["issued"] = self._issued(day=self.rng.random() < 0.3)
        self._online(record, f"https://{self._domain(name)}/{self._slug(title)}", 0.85)
        return self._org_work(record, "web", name, tags | ({"undated"} if "issued" not in record else set()))

    def _statistics(self) -> Work:
        """A monthly or quarterly index or statistical release, dated to the day it came out."""
        again = [(n, y) for n, _t, y in self.dated if n in _INDICES]
        name, year = (
            self.rng.choice(again)
            if again and self.rng.random() < 0.3
            else (self.rng.choice(list(_INDICES)), self.rng.randint(2016, 2025))
        )
        month = self.rng.randint(1, 12)
        period = f"{_MONTHS[month - 1]} {year}" if self.rng.random() < 0.6 else f"Q{(month - 1) // 3 + 1} {year}"
        record: dict[str, Any] = {"type": "webpage", "title": f"{_INDICES[name]}: {period}",
                                  "issued": {"date-parts": [[year, month, self.rng.randint(1, 28)]]}}  # fmt: skip
        self._online(record, f"https://{self._domain(name)}/{self._slug(_INDICES[name] + ' ' + period)}", 0.9)
        tags = {"statistics"} | dict(_AGENTS_AND_PORTALS + _GOVERNMENT + _BODIES).get(name, set())
        return self._org_work(record, "web", name, tags)

    def _government(self) -> Work:
        name, tags, same = self._pick((_GOVERNMENT,))
        issued = {"date-parts": [[same]]} if same else self._issued(day=self.rng.random() < 0.3)
        irish = any(w in name for w in ("Central", "CSO", "Heritage", "Residential", "SEAI"))
        special = {"Grenfell Tower Inquiry": "Phase 2 report: volume 1", "Competition and Markets Authority": "Housebuilding market study: final report",
                   "HM Land Registry": "Price Paid Data", "Building Safety Regulator": "Building safety remediation: monthly data release"}  # fmt: skip
        uk = ["English Housing Survey: headline report", "Housing supply: net additional dwellings, England",
              "Help to Buy: Equity Loan scheme statistics", "Future Homes Standard: consultation response",
              "Renting a home: guidance for tenants", "Approved Document L: conservation of fuel and power",
              "Stamp Duty Land Tax: residential property rates", "Affordable housing supply statistics"]  # fmt: skip
        ireland = ["Housing for All: a new housing plan for Ireland", "New dwelling completions", "Census of Population: housing",
                   "Residential Property Price Index", "Rent Index", "BER Research Tool", "Housing for All: quarterly progress report",
                   "Vacant Property Refurbishment Grant", "Social housing delivery statistics", "Rent Pressure Zones explained",
                   "Tenancy registrations: annual report", "First Home scheme: review"]  # fmt: skip
        title = special.get(name) or self.rng.choice([self._title()] + (ireland if irish else uk))
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title, "issued": issued}
        domain = "www.gov.ie" if irish else "www.gov.uk"
        self._online(record, f"https://{domain}/government/publications/{self._slug(title)}", 0.9)
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags | {"government"})

    def _legislation(self) -> Work:
        """Acts as these writers list them: by country as author, on legislation.gov.uk, or Bills by Parliament."""
        roll = self.rng.random()
        if roll < 0.4:
            title, year = self.rng.choice(_ACTS)
            author = "Great Britain"
            record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}}
            if self.rng.random() < 0.5:
                record.update({"publisher": "The Stationery Office", "publisher-place": "London"})
            else:
                self._online(record, f"https://www.legislation.gov.uk/ukpga/{year}/{self.rng.randint(1, 60)}/contents")
        elif roll < 0.6:
            title, year = self.rng.choice(_ACTS)
            author = "legislation.gov.uk"
            record = {"type": "webpage", "title": title, "issued": {"date-parts": [[year]]}}
            self._online(record, f"https://www.legislation.gov.uk/ukpga/{year}/{self.rng.randint(1, 60)}/contents", 0.9)
        elif roll < 0.8:
            title, year = self.rng.choice(_IRISH_ACTS)
            author = self.rng.choice(["Ireland", "Government of Ireland"])
            record = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}}
            self._online(
                record, f"https://www.irishstatutebook.ie/eli/{year}/act/{self.rng.randint(1, 50)}/enacted/en/html", 0.9
            )
        else:
            title, year = self.rng.choice(_BILLS)
            author = "UK Parliament"
            record = {
                "type": "webpage",
                "title": title,
                "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            }
            self._online(record, f"https://bills.parliament.uk/bills/{self.rng.randint(3300, 3990)}", 0.9)
        record["author"] = [{"literal": author}]
        self.counter += 1
        record["id"] = f"w{self.counter}"
        return Work(record, author, str(year), True, 1, "legislation", {"legislation", "organisation"})

    def _news(self) -> Work:
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_NEWS),
                                  "issued": self._issued(day=True, recent=self.rng.random() < 0.7)}  # fmt: skip
        if self.rng.random() < 0.75:
            self._online(record, f"https://{_NEWS_DOMAINS[record['container-title']]}/{self._slug(record['title'])}")
        else:
            record["page"] = str(self.rng.randint(1, 40))
        if self.rng.random() < 0.85:
            record["author"] = self._people(3)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _trade_press(self) -> Work:
        record: dict[str, Any] = {"type": "article-magazine", "title": self._title(), "container-title": self.rng.choice(_TRADE),
                                  "issued": self._issued(day=True, recent=self.rng.random() < 0.7)}  # fmt: skip
        self._online(
            record,
            f"https://www.{self._slug(record['container-title']).replace('-', '')}.co.uk/news/{self._slug(record['title'])}",
            0.8,
        )
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "trade-press")
        return self._org_work(record, "trade-press", record["container-title"], {"press"})

    def _podcast(self) -> Work:
        record: dict[str, Any] = {"type": "broadcast", "title": self._title(), "container-title": self.rng.choice(_PODCASTS),
                                  "medium": "Podcast", "author": self._people(2), "issued": self._issued(day=True, recent=True)}  # fmt: skip
        self._online(
            record,
            f"https://podcasts.apple.com/gb/podcast/{self._slug(record['container-title'])}/id{self.rng.randint(10**8, 10**9)}",
        )
        return self._person_work(record, "podcast")

    def _social(self) -> Work:
        record: dict[str, Any] = {
            "type": "post-weblog",
            "title": self._title(),
            "issued": self._issued(day=True, recent=True),
        }
        if self.rng.random() < 0.7:
            record.update({"author": self._people(1), "container-title": "LinkedIn"})
            self._online(record, f"https://www.linkedin.com/posts/{self.rng.randint(10**6, 10**7)}")
            return self._person_work(record, "social")
        name, tags = self.organisation((_AGENTS_AND_PORTALS, _BUILDERS, _BODIES))
        record["container-title"] = self.rng.choice(["X", "Instagram", "LinkedIn", "Facebook"])
        handle, number = self._slug(name).replace("-", ""), self.rng.randint(10**17, 10**18)
        where = {"X": f"x.com/{handle}/status/{number}", "Instagram": f"www.instagram.com/p/{number}",
                 "LinkedIn": f"www.linkedin.com/posts/{handle}_{number}", "Facebook": f"www.facebook.com/{handle}/posts/{number}"}  # fmt: skip
        self._online(record, f"https://{where[record['container-title']]}")
        return self._org_work(record, "social", name, tags)

    def _video(self) -> Work:
        record: dict[str, Any] = {"type": "motion_picture", "medium": "YouTube", "issued": self._issued(day=True, recent=True),
                                  "title": self.rng.choice([f"Inside the {h} show home" for h in ("Alderney", "Kennford", "Hadley", "Moresby", "Ashton")]
                                                           + [self._title(), "How to read an EPC", "What happens at a RICS survey?"])}  # fmt: skip
        self._online(record, f"https://www.youtube.com/watch?v={self.rng.randint(10**9, 10**10)}")
        if self.rng.random() < 0.5:
            record["author"] = self._people(1)
            return self._person_work(record, "video")
        name, tags = self.organisation((_BUILDERS, _BODIES, _AGENTS_AND_PORTALS))
        return self._org_work(record, "video", name, tags)

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": self._people(1), "issued": self._issued(),
                                  "genre": self.rng.choice(["MSc dissertation", "MBA dissertation", "PhD thesis"]),
                                  "publisher": self.rng.choice(["University of Reading", "Ulster University", "University College Dublin",
                                                                "Sheffield Hallam University", "Heriot-Watt University", "University of Salford"])}  # fmt: skip
        return self._person_work(record, "thesis")
