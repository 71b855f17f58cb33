"""The blind300 pool's works: what marketers at New England seafood, lobster-shack, fall-foliage tourism, maple-syrup,
craft-brewery and outdoor-gear firms, inns, ski resorts and state tourism offices cite in CIM Level 6 and 7 reports and
MBA assignments.

Written without reading the checker, its tests or any other pool. Books and chapters from the tourism, rural-studies
and marketing publishers; articles in the tourism, rural, marine-policy, brand and food journals with one to eight
authors; reports and pages of NOAA Fisheries, the Maine Department of Marine Resources, the Vermont Agency of
Agriculture, the USDA, the Census Bureau, the BEA, the National Park Service, Statistics Canada, Destination Canada
and VisitBritain (two works of one body in a year); firms' pages and annual reports with Inc., LLC, Co., Corp., plc
and Ltd; the regional and trade press signed and unsigned; market research with and without years; undated pages;
the marketing texts every candidate cites. Names as the region's scholars print them: Franco-American and Québécois
("LeBlanc", "St-Pierre", "Saint-Amand", "Jean-François"), Irish American ("O'Brien", "McCarthy", "MacDonald"),
Portuguese American ("da Ponte", "de Medeiros", "Medeiros"), Wabanaki ("Sockabasin", "Soctomah", "Neptune") and
British.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

# The kinds of work, as each Work names its kind (a firm's, a body's and an undated page are all "web").
KINDS = ("book", "chapter", "journal", "report", "web", "news", "market-research")

_LOCALES = ["en_US", "en_US", "en_US", "en_GB", "en_GB", "fr_CA", "en_CA", "pt_PT", "en_IE"]

_FRANCO = [("LeBlanc", "Jean-François"), ("Le Bel", "Marie-Ève"), ("LaPointe", "Danielle"), ("Lavoie", "Luc"),
           ("St-Pierre", "Marie-Claude"), ("St-Onge", "Pierre-Luc"), ("Saint-Amand", "Geneviève"),
           ("Saint-Laurent", "Rémi"), ("Côté", "Josée"), ("Bélanger", "Hélène"), ("Gagnon", "Sébastien"),
           ("Thériault", "Anne-Marie"), ("Ouellette", "Réjean"), ("Pelletier", "Chantal"), ("Bouchard", "Éric"),
           ("Levesque", "Nathalie"), ("Duchesne", "Marc-André"), ("LaFlamme", "Renée"), ("Lachance", "Jean-Philippe"),
           ("Deschênes", "Sylvie"), ("Michaud", "Paul-Émile"), ("Tremblay", "Étienne"), ("Beaulieu", "Louise-Hélène")]  # fmt: skip
_IRISH = [("O'Brien", "Kathleen"), ("O'Neil", "Brendan"), ("O'Sullivan", "Maura"), ("O'Leary", "Sean"),
          ("McCarthy", "Erin"), ("McLaughlin", "Patrick"), ("McGrath", "Colleen"), ("MacDonald", "Fiona"),
          ("MacLeod", "Ian"), ("MacKenzie", "Heather"), ("Fitzgerald", "Declan"), ("Sullivan", "Bridget"),
          ("Callahan", "Michael"), ("Kennedy", "Siobhan"), ("Donovan", "Kevin"), ("Ó Súilleabháin", "Niamh")]  # fmt: skip
_PORTUGUESE = [("da", "Ponte", "Manuel"), ("da", "Silva", "Ana Paula"), ("de", "Medeiros", "João"),
               ("de", "Sousa", "Lúcia"), ("", "Medeiros", "Catarina"), ("", "Furtado", "Rui"),
               ("", "Pacheco", "Teresa"), ("", "Raposo", "Duarte"), ("", "Carreiro", "Isabel"),
               ("", "Amaral", "Miguel"), ("dos", "Santos", "Filipe"), ("", "Rebelo", "Fátima")]  # fmt: skip
_WABANAKI = [("Sockabasin", "Allen"), ("Soctomah", "Donald"), ("Neptune", "Geo"), ("Francis", "Maria Girouard"),
             ("Dana", "Darren"), ("Ranco", "Darren J."), ("Mitchell", "Sherri"), ("Attean", "Esther"),
             ("Nicola", "Jennifer"), ("Sapiel", "Barry"), ("Tomah", "Natalie"), ("Loring", "Donna")]  # fmt: skip

_TOPICS = ["seasonal tourism", "food provenance", "heritage brands", "lobster traceability", "fall-foliage tourism",
           "maple syrup marketing", "craft beer tourism", "destination branding", "rural tourism", "place-based food",
           "second-home tourism", "ski resort pricing", "culinary tourism", "outdoor recreation", "farm-to-table dining",
           "shoulder-season demand", "visitor management in national parks", "local food networks",
           "brand heritage", "geographical indications", "agritourism", "working waterfronts", "nostalgia marketing",
           "Instagram travel content", "online reviews of inns", "direct booking", "sustainable seafood labels"]  # fmt: skip
_PLACES = ["New England", "Maine", "Vermont", "New Hampshire", "Cape Cod", "coastal Maine", "the Northeast",
           "Atlantic Canada", "Nova Scotia", "Quebec", "the Gulf of Maine", "rural Vermont", "the White Mountains",
           "the Berkshires", "Cornwall", "the Lake District", "Acadia National Park"]  # fmt: skip
_JOURNALS = ["Journal of Travel Research", "Tourism Management", "Annals of Tourism Research", "Marine Policy",
             "Journal of Rural Studies", "Journal of Product & Brand Management", "Journal of Consumer Marketing",
             "Appetite", "Journal of Sustainable Tourism", "Current Issues in Tourism", "Food Policy",
             "Journal of Hospitality & Tourism Research", "Tourism Geographies", "Journal of Marketing"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Channel View Publications", "Bristol"), ("CABI", "Wallingford"),
               ("Pearson", "Harlow"), ("Kogan Page", "London"), ("Sage", "London"), ("Wiley", "Hoboken, NJ"),
               ("University Press of New England", "Hanover, NH"), ("Down East Books", "Camden, ME"),
               ("Edward Elgar", "Cheltenham"), ("Goodfellow Publishers", "Oxford"),
               ("University of Vermont Press", "Burlington, VT")]  # fmt: skip
# Government and public bodies, as candidates write them as authors.
_GOVERNMENT = [
    ("NOAA Fisheries", {"government", "acronym"}), ("National Oceanic and Atmospheric Administration (NOAA)", {"government", "abbreviation"}),
    ("Maine Department of Marine Resources", {"government"}), ("Vermont Agency of Agriculture, Food & Markets", {"government", "ampersand", "comma"}),
    ("U.S. Department of Agriculture (USDA)", {"government", "abbreviation"}), ("USDA National Agricultural Statistics Service", {"government", "acronym"}),
    ("U.S. Census Bureau", {"government"}), ("Bureau of Economic Analysis", {"government"}),
    ("U.S. Bureau of Economic Analysis (BEA)", {"government", "abbreviation"}), ("National Park Service", {"government"}),
    ("Statistics Canada", {"government"}), ("Destination Canada", {"government"}), ("VisitBritain", {"government"}),
    ("Maine Office of Tourism", {"government"}), ("Vermont Department of Tourism & Marketing", {"government", "ampersand"}),
    ("Massachusetts Office of Travel & Tourism", {"government", "ampersand"}),
    ("New Hampshire Division of Travel and Tourism Development", {"government"}),
]  # fmt: skip
_FIRMS = [
    ("The Boston Beer Company, Inc.", {"company", "comma"}), ("L.L.Bean, Inc.", {"company", "comma"}),
    ("Cabot Creamery Cooperative", {"company"}), ("Ben & Jerry's Homemade, Inc.", {"company", "ampersand", "apostrophe", "comma"}),
    ("Vail Resorts, Inc.", {"company", "comma"}), ("Luke's Lobster", {"company", "apostrophe"}),
    ("Legal Sea Foods, LLC", {"company", "comma"}), ("Allagash Brewing Co.", {"company"}),
    ("Vermont Teddy Bear Co.", {"company"}), ("Maple Grove Farms", {"company"}), ("Stowe Mountain Resort", {"company"}),
    ("Discover New England", {"company"}), ("Cape Cod Chamber of Commerce", {"trade-body"}),
    ("Maine Lobster Marketing Collaborative", {"trade-body"}), ("Vermont Maple Sugar Makers' Association", {"trade-body", "apostrophe"}),
    ("Whitbread plc", {"company"}), ("Patagonia, Inc.", {"company", "comma"}), ("Tillamook County Creamery Association", {"company"}),
    ("Hannaford Supermarkets", {"company"}), ("Vail Resorts", {"company"}), ("Aramark Corp.", {"company"}),
    ("Cornish Seafood Ltd", {"company"}), ("Simply Maine Ltd", {"company"}),
]  # fmt: skip
_PRESS = ["The Boston Globe", "Portland Press Herald", "Bangor Daily News", "VTDigger", "Yankee Magazine", "Down East",
          "Eater Boston", "Skift", "Travel Weekly", "The New York Times", "Seven Days", "Boston Business Journal"]  # fmt: skip
_RESEARCH = ["Mintel", "Euromonitor International", "Longwoods International", "Tourism Economics",
             "Brewers Association", "IBISWorld", "Statista", "Euromonitor"]  # fmt: skip
_MARKETS = ["craft beer", "maple syrup", "lobster and shellfish", "ski resorts", "bed and breakfasts",
            "outdoor apparel", "premium ice cream", "domestic travel", "seafood restaurants", "farm tourism"]  # fmt: skip
# The marketing texts every candidate cites (lead, given, co-authors, title, publisher, place, years).
_CLASSICS = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Chernev", "Alexander")], "Marketing management", "Pearson", "Harlow", (2016, 2022)),
    ([("Kotler", "Philip"), ("Bowen", "John T."), ("Makens", "James C."), ("Baloglu", "Seyhmus")], "Marketing for hospitality and tourism", "Pearson", "Boston, MA", (2017, 2021)),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow", (2019, 2022)),
    ([("Keller", "Kevin Lane"), ("Swaminathan", "Vanitha")], "Strategic brand management", "Pearson", "Harlow", (2019, 2020)),
    ([("Morrison", "Alastair M.")], "Marketing and managing tourism destinations", "Routledge", "Abingdon", (2019, 2023)),
    ([("Aaker", "David A.")], "Building strong brands", "Free Press", "New York", (1996, 2002)),
    ([("Pike", "Steven")], "Destination marketing: essentials", "Routledge", "Abingdon", (2016, 2020)),
    ([("Middleton", "Victor T.C."), ("Fyall", "Alan"), ("Morgan", "Michael"), ("Ranchhod", "Ashok")], "Marketing in travel and tourism", "Routledge", "Abingdon", (2009, 2009)),
    ([("Hall", "C. Michael"), ("Sharples", "Liz")], "Food and wine festivals and events around the world", "Butterworth-Heinemann", "Oxford", (2008, 2008)),
]  # fmt: skip
_HOSTS = ["mainelobstermarketing.com", "vermont.org", "visitmaine.com", "discovernewengland.org", "capecodchamber.org",
          "llbean.com", "bostonbeer.com", "cabotcheese.coop", "benjerry.com", "allagash.com", "vailresorts.com",
          "lukeslobster.com", "legalseafoods.com", "vermontmaple.org", "stowe.com"]  # fmt: skip


class Blind300WorkFactory(WorkFactory):
    """Works New England seafood, foliage, maple, brewing and heritage-brand marketers cite (see the module's docstring)."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 300300)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.people_years: list[tuple[dict[str, str], dict[str, Any]]] = []
        self.organisations: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people, bodies and dates
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.14:
            family, given = self.rng.choice(_FRANCO)
            return {"family": family, "given": given}
        if roll < 0.24:
            family, given = self.rng.choice(_IRISH)
            return {"family": family, "given": given}
        if roll < 0.32:
            particle, family, given = self.rng.choice(_PORTUGUESE)
            name = {"family": family, "given": given}
            if particle:
                name["non-dropping-particle"] = particle
            return name
        if roll < 0.36:
            family, given = self.rng.choice(_WABANAKI)
            return {"family": family, "given": given}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():
            return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        if family.startswith("Mc") and len(family) > 3:  # "McDaniel", as the name is printed, not Faker's "Mcdaniel"
            family = f"Mc{family[2].upper()}{family[3:]}"
        if self.rng.random() < 0.06:
            family = f"{family}-{self.fakers['en_US'].last_name()}"
        return {"family": family, "given": given}

    def year(self) -> int:
        if self.rng.random() < 0.04:
            return self.rng.randint(1978, 1999)
        return self.rng.randint(2005, 2025)

    def _after(self, issued: list[int]) -> dict[str, list[list[int]]]:
        """An access date on or after the work's date."""
        year = self.rng.randint(max(issued[0], 2022), max(issued[0], 2025))
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if year == issued[0] and len(issued) > 1:
            month = self.rng.randint(issued[1], 12)
            if month == issued[1] and len(issued) > 2:
                day = self.rng.randint(issued[2], 28)
        return {"date-parts": [[year, month, day]]}

    def _title(self) -> str:
        topic, place = self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        other = self.rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"{topic[0].upper()}{topic[1:]} and {other}: evidence from {place}",
                 f"Authenticity, place and {topic}", f"Who buys {topic}? A study of visitors to {place}",
                 f"{topic[0].upper()}{topic[1:]}: a review and research agenda", f"Rethinking {topic} after the pandemic",
                 f"From dock to dish: {topic} in {place}", f"The economics of {topic} in {place}"]  # fmt: skip
        return self.rng.choice(forms)

    def _url(self) -> str:
        return f"https://www.{self.rng.choice(_HOSTS)}/{self.fakers['en_US'].slug()}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "government", "firm-web", "firm-report", "press", "market-research",
             "web-person", "classic", "undated-web"],
            weights=[10, 6, 24, 12, 10, 6, 10, 8, 5, 5, 4],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        # Now and then one author's second work of a year ("Côté, 2019a" and "2019b").
        if self.people_years and "issued" in record and self.rng.random() < 0.07:
            first, issued = self.rng.choice(self.people_years)
            record["author"][0] = dict(first)
            record["issued"] = {"date-parts": [list(issued["date-parts"][0])]}
            if "accessed" in record:
                record["accessed"] = self._after(record["issued"]["date-parts"][0])
        if "issued" in record:
            self.people_years.append((dict(record["author"][0]), record["issued"]))
        return super()._person_work(record, kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then one body's second work of a year ("NOAA Fisheries, 2022a" and "2022b").
        if self.organisations and "issued" in record and self.rng.random() < 0.12:
            name, tags, issued = self.rng.choice(self.organisations)
            record["issued"] = {"date-parts": [list(issued["date-parts"][0])]}
            if "accessed" in record:
                record["accessed"] = self._after(record["issued"]["date-parts"][0])
            if record.get("publisher") and kind == "report":
                record["publisher"] = name
        if "issued" in record:
            self.organisations.append((name, set(tags), record["issued"]))
        return super()._org_work(record, kind, name, set(tags))

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 300)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": f"The Routledge handbook of {self.rng.choice(_TOPICS)}" if self.rng.random() < 0.5
            else f"{self.rng.choice(_TOPICS).capitalize()} in North America and Europe",
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 1200)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(5, 160)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{start}-{start + self.rng.randint(8, 24)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.choice(['1016', '1177', '1108', '1080'])}/{self.fakers['en_US'].lexify('????').lower()}.{self.rng.randint(2005, 2025)}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "URL": self._url()}  # fmt: skip
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[self.year()]]}
            record["accessed"] = self._after(record["issued"]["date-parts"][0])
        else:
            record["accessed"] = self._after([2022])
        return self._person_work(record, "web")

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        title = self.rng.choice([
            f"Fisheries of the United States, {self.rng.randint(2015, 2023)}", "Maine commercial landings: lobster",
            f"Visitor use statistics: Acadia National Park {self.rng.randint(2016, 2024)}",
            f"Maple syrup production in {self.rng.choice(['Vermont', 'the Northeast', 'Canada', 'Quebec'])}",
            f"Travel and tourism satellite account, {self.rng.randint(2017, 2024)}",
            f"Outdoor recreation satellite account: {self.rng.choice(['Maine', 'Vermont', 'U.S. and states'])}",
            f"Inbound visitor research: {self.rng.choice(['the US market', 'food and drink', 'the autumn season'])}",
            self._title(),
        ])  # fmt: skip
        kind = self.rng.choice(["report", "webpage"])
        record: dict[str, Any] = {"type": kind, "title": title, "issued": {"date-parts": [[self.rng.randint(2012, 2025)]]},
                                  "URL": f"https://www.{self.rng.choice(['fisheries.noaa.gov', 'maine.gov/dmr', 'agriculture.vermont.gov', 'nass.usda.gov', 'census.gov', 'bea.gov', 'nps.gov', 'statcan.gc.ca', 'destinationcanada.com', 'visitbritain.org'])}/{self.fakers['en_US'].slug()}"}  # fmt: skip
        record["accessed"] = self._after(record["issued"]["date-parts"][0])
        if kind == "report":
            record["publisher"] = name.split(" (")[0]
        return self._org_work(record, "report" if kind == "report" else "web", name, tags)

    def _firm_web(self) -> Work:
        name, tags = self.rng.choice(_FIRMS)
        title = self.rng.choice(["Our story", "Sustainability", "Where our lobster comes from", "About us",
                                 "Our heritage", "From the sugarhouse", "Press releases", "Our values",
                                 self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": title, "URL": self._url()}
        if self.rng.random() < 0.75:
            record["issued"] = {"date-parts": [[self.rng.randint(2015, 2025)]]}
            record["accessed"] = self._after(record["issued"]["date-parts"][0])
        else:
            record["accessed"] = self._after([2022])
        return self._org_work(record, "web", name, tags | ({"undated"} if "issued" not in record else set()))

    def _firm_report(self) -> Work:
        name, tags = self.rng.choice(_FIRMS)
        year = self.rng.randint(2012, 2025)
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report {year - 1}", f"Form 10-K: fiscal year {year - 1}",
                                                        "Social and environmental assessment report", "Impact report"]),
            "issued": {"date-parts": [[year]]}, "publisher": name,
            "publisher-place": self.rng.choice(["Boston, MA", "Freeport, ME", "Portland, ME", "Burlington, VT", "Waterbury, VT", "Broomfield, CO", "London"]),
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url()
            record["accessed"] = self._after([year])
        return self._org_work(record, "report", name, tags)

    def _press(self) -> Work:
        year = self.rng.randint(2010, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(),
                                  "container-title": self.rng.choice(_PRESS), "issued": {"date-parts": [issued]},
                                  "URL": f"https://www.{self.fakers['en_US'].domain_name()}/{self.fakers['en_US'].slug()}",
                                  "accessed": self._after(issued)}  # fmt: skip
        if self.rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        market, place = self.rng.choice(_MARKETS), self.rng.choice(["US", "Canada", "UK", "New England", "Maine"])
        year = self.rng.randint(2015, 2025) if self.rng.random() < 0.85 else None
        title = self.rng.choice([f"{market.capitalize()} - {place} - {self.rng.choice(['March', 'July', 'November'])} {year or 2024}",
                                 f"{market.capitalize()} in the {place}", f"{place} travel and tourism profile",
                                 f"{market.capitalize()} industry in the {place} - market research report",
                                 f"Travel USA visitor profile: {self.rng.choice(['Maine', 'Vermont', 'New Hampshire'])}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name,
                                  "URL": f"https://www.{name.split()[0].lower()}.com/{self.fakers['en_US'].slug()}"}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
            record["accessed"] = self._after([year])
        else:
            record["accessed"] = self._after([2022])
        return self._org_work(record, "market-research", name, {"market-research"})

    def _classic(self) -> Work:
        authors, title, publisher, place, years = self.rng.choice(_CLASSICS)
        record: dict[str, Any] = {"type": "book", "title": title,
                                  "author": [{"family": f, "given": g} for f, g in authors],
                                  "issued": {"date-parts": [[self.rng.choice(years)]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.5:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url(),
                                  "accessed": self._after([2022])}  # fmt: skip
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.rng.choice(_FIRMS + _GOVERNMENT)
        return self._org_work(record, "web", name, tags | {"undated"})
