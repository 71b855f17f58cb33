"""The blind326 pool's works: what marketers at cheesemakers, dairies, creameries, dairy co-operatives, cheesemongers,
milk and butter brands and dairy-promotion boards in France, Switzerland, the Netherlands, Italy, the UK, Ireland,
Wisconsin and Vermont cite in CIM Level 6 and 7 reports and MBA assignments written in English.

Written without reading the checker, its tests or any other pool. Books, chapters and dairy, food-policy, rural and
marketing journals with one to eight authors; the marketing texts every candidate cites; reports and pages of
governments and public bodies (AHDB, Defra, INAO, FranceAgriMer, FOAG, Wageningen Economic Research, the USDA, Bord
Bia, the European Commission), with and without their abbreviation; firms' and co-operatives' pages and annual
reports with SA, S.A., SE, AG, N.V., a.m.b.a., Ltd, plc, Inc. and "Co-operative"; the trade and national press,
signed and unsigned; market research with and without a year; undated pages. French names with "de" and "Le",
Swiss-German names, Dutch names with "van", "de" and "ter", Italian names with "Di" and "Lo", Irish names and the
names of Americans of German and Scandinavian descent, written as their journals print them.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import datetime
import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "report", "web", "news")

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IE", "en_US", "fr_FR", "fr_CH", "de_CH", "nl_NL", "it_IT", "de_DE"]

# Names as the region's scholars and journals print them: (particle, family, given); particle "" when none.
_NAMES = [
    ("", "Le Bihan", "Gwenaëlle"), ("", "Le Gall", "Yannick"), ("", "Lefèvre", "Amandine"), ("de", "Rochefort", "Hélène"),
    ("de", "La Tour", "Baptiste"), ("", "Delacroix", "Mathilde"), ("", "Bérard", "Laurence"), ("", "Marchenay", "Philippe"),
    ("", "Fournier", "Stéphane"), ("", "Bonnaud", "Thierry"), ("", "Perrier-Cornet", "Philippe"), ("", "Sylvander", "Bertil"),
    ("", "Brönnimann", "Ursula"), ("", "Zürcher", "Beat"), ("", "Hürlimann", "Reto"), ("", "Bühlmann", "Karin"),
    ("", "Imhof", "Matthias"), ("von", "Grünigen", "Andrea"), ("", "Schmid", "Dominik"), ("", "Käser", "Nadja"),
    ("van", "Ittersum", "Koert"), ("van der", "Meulen", "Bernd"), ("de", "Vries", "Marieke"), ("ter", "Horst", "Joost"),
    ("van den", "Broek", "Femke"), ("de", "Jong", "Pieter"), ("", "Trienekens", "Jacques"), ("van", "Trijp", "Hans"),
    ("", "Di Stefano", "Chiara"), ("", "Lo Presti", "Giuseppe"), ("", "Di Marzo", "Francesca"), ("", "Lo Bianco", "Marco"),
    ("", "Arfini", "Filippo"), ("", "Bellassen", "Valentin"), ("", "Donati", "Michele"), ("", "Mancini", "Maria Cecilia"),
    ("", "O'Callaghan", "Siobhán"), ("", "Ó Ríordáin", "Cian"), ("", "Ní Bhriain", "Aoife"), ("", "McCarthy", "Orla"),
    ("", "Ó Súilleabháin", "Pádraig"), ("", "Kinsella", "Niamh"), ("", "Hennessy", "Thia"), ("", "Läpple", "Doris"),
    ("", "Schroeder", "Karl"), ("", "Halvorson", "Kristin"), ("", "Lindqvist", "Erik"), ("", "Kjelstad", "Ingrid"),
    ("", "Gundersen", "Nils"), ("", "Steinhoff", "Greta"), ("", "Vandenberg", "Luke"), ("", "Knutson", "Ronald D."),
    ("", "Du Puis", "E. Melanie"), ("", "Paxson", "Heather"), ("", "Kindstedt", "Paul S."), ("", "Donnelly", "Catherine"),
    ("", "Rance", "Patrick"), ("", "Fox", "Patrick F."), ("", "Guinee", "Timothy P."), ("", "Ní Fhlatharta", "Gráinne"),
]  # fmt: skip

_PARTICLES = {
    "van",
    "van der",
    "van den",
    "van de",
    "de",
    "der",
    "den",
    "ter",
    "ten",
    "te",
    "von",
    "di",
    "da",
    "du",
    "de la",
    "le",
    "la",
    "des",
}
_JOURNALS = ["Journal of Dairy Science", "International Dairy Journal", "British Food Journal", "Food Policy",
             "Journal of Rural Studies", "Appetite", "Food Quality and Preference", "Journal of Marketing Management",
             "Sociologia Ruralis", "Journal of Product & Brand Management", "International Journal of Dairy Technology",
             "Agricultural Economics", "European Review of Agricultural Economics"]  # fmt: skip

_TOPICS = ["protected designations of origin", "farmhouse cheese", "raw-milk cheese", "artisan positioning",
           "cheese exports", "plant-based alternatives to cheese", "dairy co-operatives", "consumer trust in provenance",
           "geographical indications", "terroir", "the cheese counter", "online cheesemongers", "butter brands",
           "milk price volatility", "grass-fed claims", "animal welfare labels", "private-label cheese",
           "dairy sustainability claims", "cheese tourism", "Alpine cheese", "farmstead creameries",
           "country-of-origin labelling", "premium milk brands", "direct-to-consumer dairy", "cheese subscription boxes",
           "retail media for dairy brands", "social media and food provenance", "oat drinks", "the dairy aisle"]  # fmt: skip

_CLASSICS = [
    # (authors as (family, given), title, publisher, place, years, edition for each year or "")
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane")], "Marketing management", "Pearson", "Harlow", [(2016, "15th"), (2012, "14th")]),
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Chernev", "Alexander")], "Marketing management", "Pearson", "Harlow", [(2022, "16th")]),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow", [(2019, "7th"), (2022, "8th")]),
    ([("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], "Principles and practice of marketing", "McGraw-Hill", "London", [(2019, "9th"), (2023, "10th")]),
    ([("Kapferer", "Jean-Noël")], "The new strategic brand management", "Kogan Page", "London", [(2012, "5th")]),
    ([("Keller", "Kevin Lane"), ("Swaminathan", "Vanitha")], "Strategic brand management: building, measuring, and managing brand equity", "Pearson", "Harlow", [(2020, "5th")]),
    ([("Aaker", "David A.")], "Building strong brands", "Free Press", "New York", [(1996, "")]),
    ([("Sharp", "Byron")], "How brands grow: what marketers don't know", "Oxford University Press", "South Melbourne", [(2010, "")]),
    ([("Ryan", "Damian")], "Understanding digital marketing", "Kogan Page", "London", [(2020, "5th")]),
    ([("Paxson", "Heather")], "The life of cheese: crafting food and value in America", "University of California Press", "Berkeley", [(2013, "")]),
    ([("Kindstedt", "Paul S.")], "Cheese and culture: a history of cheese and its place in Western civilization", "Chelsea Green", "White River Junction, VT", [(2012, "")]),
    ([("Donnelly", "Catherine")], "The Oxford companion to cheese", "Oxford University Press", "New York", [(2016, "")]),
    ([("Rance", "Patrick")], "The great British cheese book", "Macmillan", "London", [(1982, "")]),
    ([("Du Puis", "E. Melanie")], "Nature's perfect food: how milk became America's drink", "New York University Press", "New York", [(2002, "")]),
    ([("Porter", "Michael E.")], "Competitive advantage: creating and sustaining superior performance", "Free Press", "New York", [(1985, "")]),
    ([("Hennessy", "Thia"), ("Läpple", "Doris"), ("Moran", "Brian")], "The digital divide in farming", "Teagasc", "Athenry", [(2016, "")]),
]  # fmt: skip

# Organisation authors: (name, tags). Public bodies with and without their abbreviation, firms with their legal forms.
_GOVERNMENT = [
    ("Agriculture and Horticulture Development Board (AHDB)", {"government", "abbreviation"}),
    ("AHDB", {"government", "acronym"}), ("Agriculture and Horticulture Development Board", {"government"}),
    ("Department for Environment, Food and Rural Affairs (Defra)", {"government", "comma", "abbreviation"}),
    ("Defra", {"government", "acronym"}), ("Department for Environment, Food & Rural Affairs", {"government", "comma", "ampersand"}),
    ("Institut National de l'Origine et de la Qualité (INAO)", {"government", "apostrophe", "abbreviation"}),
    ("INAO", {"government", "acronym"}), ("FranceAgriMer", {"government"}),
    ("Federal Office for Agriculture (FOAG)", {"government", "abbreviation"}), ("Federal Office for Agriculture", {"government"}),
    ("Wageningen Economic Research", {"government"}), ("U.S. Department of Agriculture (USDA)", {"government", "abbreviation"}),
    ("USDA Economic Research Service", {"government", "acronym"}), ("USDA Foreign Agricultural Service", {"government"}),
    ("Bord Bia", {"government"}), ("Bord Bia – Irish Food Board", {"government"}), ("European Commission", {"government"}),
    ("Food Standards Agency", {"government"}), ("Wisconsin Milk Marketing Board", {"government"}),
    ("Teagasc", {"government"}), ("Vermont Agency of Agriculture, Food & Markets", {"government", "comma", "ampersand"}),
]  # fmt: skip
_FIRMS = [
    ("Groupe Lactalis SA", {"company"}), ("Lactalis UK & Ireland", {"company", "ampersand"}), ("Savencia SA", {"company"}),
    ("Savencia Fromage & Dairy", {"company", "ampersand"}), ("Royal FrieslandCampina N.V.", {"company"}),
    ("FrieslandCampina", {"company"}), ("Arla Foods amba", {"company"}), ("Arla Foods a.m.b.a.", {"company"}),
    ("Arla Foods UK", {"company"}), ("Emmi AG", {"company"}), ("Emmi Group", {"company"}),
    ("Ornua Co-operative Limited", {"company"}), ("Ornua", {"company"}), ("Tillamook County Creamery Association", {"company"}),
    ("Agri-Mark, Inc.", {"company", "comma"}), ("Cabot Creamery Co-operative", {"company"}), ("Danone S.A.", {"company"}),
    ("Bel Group", {"company"}), ("Neal's Yard Dairy", {"company", "apostrophe"}), ("Neal's Yard Dairy Ltd", {"company", "apostrophe"}),
    ("Paxton & Whitfield Ltd", {"company", "ampersand"}), ("Paxton & Whitfield", {"company", "ampersand"}),
    ("Cropwell Bishop Creamery Ltd", {"company"}), ("Colston Bassett Dairy Ltd", {"company"}),
    ("Montgomery's Cheese", {"company", "apostrophe"}), ("Jasper Hill Farm", {"company"}), ("Sartori Company", {"company"}),
    ("Dairy Farmers of America, Inc.", {"company", "comma"}), ("Müller UK & Ireland", {"company", "ampersand"}),
    ("Saputo Dairy UK", {"company"}), ("First Milk Ltd", {"company"}), ("Glanbia plc", {"company"}),
    ("Kerry Group plc", {"company"}), ("Tirlán", {"company"}), ("Fonterra Co-operative Group Limited", {"company"}),
    ("Sodiaal Union", {"company"}), ("Oatly Group AB", {"company"}), ("Upfield", {"company"}),
]  # fmt: skip
_BODIES = [
    ("Dairy UK", {"trade-body"}), ("The Dairy Council", {"trade-body"}), ("Switzerland Cheese Marketing AG", {"trade-body"}),
    ("Switzerland Cheese Marketing", {"trade-body"}), ("Wisconsin Cheese", {"trade-body"}),
    ("Dairy Farmers of Wisconsin", {"trade-body"}), ("Consorzio del Formaggio Parmigiano Reggiano", {"trade-body"}),
    ("Consorzio Tutela Grana Padano", {"trade-body"}), ("Stilton Cheese Makers' Association", {"trade-body", "apostrophe"}),
    ("Specialist Cheesemakers Association", {"trade-body"}), ("Academy of Cheese", {"trade-body"}),
    ("Comité Interprofessionnel de Gestion du Comté (CIGC)", {"trade-body", "abbreviation"}),
    ("Interprofession du Gruyère", {"trade-body"}), ("Vermont Cheese Council", {"trade-body"}),
    ("American Cheese Society", {"trade-body"}), ("Guild of Fine Food", {"trade-body"}),
    ("Irish Co-operative Organisation Society (ICOS)", {"trade-body", "abbreviation"}),
    ("National Farmers' Union", {"trade-body", "apostrophe"}), ("ZuivelNL", {"trade-body"}),
    ("Nederlandse Zuivel Organisatie (NZO)", {"trade-body", "abbreviation"}), ("CNIEL", {"trade-body", "acronym"}),
]  # fmt: skip
_PRESS = ["The Grocer", "Farmers Weekly", "Farmers Guardian", "Les Échos", "Le Monde", "NZZ", "Het Financieele Dagblad",
          "Corriere della Sera", "The Irish Times", "Dairy Reporter", "Cheese Reporter", "Irish Farmers Journal",
          "The Guardian", "Financial Times", "Marketing Week", "Wisconsin State Journal", "Seven Days"]  # fmt: skip
_RESEARCH = ["Kantar", "Mintel", "Circana", "NielsenIQ", "Rabobank", "Statista", "Euromonitor International",
             "Kantar Worldpanel", "IRI", "Statista Research Department"]  # fmt: skip
_MARKETS = ["cheese", "hard cheese", "speciality cheese", "butter and spreads", "milk", "yogurt", "plant-based cheese",
            "dairy alternatives", "blue cheese", "continental cheese", "organic dairy", "cheese snacks"]  # fmt: skip
_PLACES = ["UK", "France", "Switzerland", "the Netherlands", "Italy", "Ireland", "the US", "Europe", "Wisconsin"]
_DOMAINS = {"Groupe Lactalis SA": "lactalis.com", "Savencia SA": "savencia.com", "Royal FrieslandCampina N.V.": "frieslandcampina.com",
            "Arla Foods amba": "arla.com", "Emmi AG": "group.emmi.com", "Ornua Co-operative Limited": "ornua.com"}  # fmt: skip
_PUBLISHERS = ["Routledge", "Palgrave Macmillan", "Springer", "Woodhead Publishing", "Wiley-Blackwell", "CABI",
               "Edward Elgar", "Wageningen Academic Publishers", "Academic Press", "Kogan Page"]  # fmt: skip
_SEATS = {"Groupe Lactalis SA": "Laval", "Savencia SA": "Viroflay", "Royal FrieslandCampina N.V.": "Amersfoort",
          "Arla Foods amba": "Viby J", "Arla Foods a.m.b.a.": "Viby J", "Emmi AG": "Lucerne", "Ornua Co-operative Limited": "Dublin",
          "Tillamook County Creamery Association": "Tillamook, OR", "Agri-Mark, Inc.": "Andover, MA", "Danone S.A.": "Paris",
          "Glanbia plc": "Kilkenny", "Kerry Group plc": "Tralee", "Dairy Farmers of America, Inc.": "Kansas City, KS",
          "Fonterra Co-operative Group Limited": "Auckland", "Oatly Group AB": "Malmö"}  # fmt: skip
_TODAY = datetime.date(2026, 11, 30)


class Blind326WorkFactory(WorkFactory):
    """Works for the blind326 pool. A subclass, so the other halves' factories are unchanged."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 31 + 32600)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.dated: list[tuple[str, str, set[str], dict[str, Any]]] = []
        self.classics: set[int] = set()  # one report cites one edition of a classic once

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        if self.rng.random() < 0.45:
            particle, family, given = self.rng.choice(_NAMES)
            name = {"family": family, "given": given}
            if particle:
                name["non-dropping-particle"] = particle
            return name
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        words = family.split()
        particle = []
        while len(words) > 1 and words[0].islower():
            particle.append(words.pop(0))
        if not particle:
            return {"family": family, "given": given}
        if " ".join(particle) not in _PARTICLES:  # Faker's odd ones ("die Witte"): a name of the region instead
            particle_, family_, given_ = self.rng.choice(_NAMES)
            name = {"family": family_, "given": given_}
            if particle_:
                name["non-dropping-particle"] = particle_
            return name
        # "van Dijk": the particle apart, as reference managers keep it
        return {"family": " ".join(words), "given": given, "non-dropping-particle": " ".join(particle)}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            candidate = self.person()
            if all(p["family"] != candidate["family"] for p in people):
                people.append(candidate)
        return people

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(self.rng.choice([_GOVERNMENT, _FIRMS, _FIRMS, _BODIES]))
        return name, set(tags)

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1985, 2007)
        return self.rng.randint(2008, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        if issued is None:
            start = datetime.date(2022, 1, 1)
        else:
            start = datetime.date(issued[0], issued[1] if len(issued) > 1 else 12, issued[2] if len(issued) > 2 else 28)
            start = max(start, datetime.date(2021, 9, 1))
        day = min(start + datetime.timedelta(days=self.rng.randint(2, 1100)), _TODAY)
        return {"date-parts": [[day.year, day.month, day.day]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        place = self.rng.choice(_PLACES)
        forms = [
            f"{topic[0].upper()}{topic[1:]} and consumer willingness to pay: evidence from {place}",
            f"Who values {topic}? A choice experiment in {place}",
            f"{topic[0].upper()}{topic[1:]}, {other} and the premium price",
            f"Rethinking {topic} in {place}",
            f"The role of {topic} in building dairy brands",
            f"From farm to counter: {topic} in {place}",
            f"{topic[0].upper()}{topic[1:]}: a review",
            f"Marketing {topic} to younger consumers in {place}",
        ]
        return self.rng.choice(forms)

    def _url(self, name: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        if name in _DOMAINS:
            return f"https://www.{_DOMAINS[name]}/{fake.slug()}"
        return fake.url() + fake.uri_path()

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "classic", "chapter", "journal", "government", "firm-web", "firm-report", "body", "news",
             "market-research", "web-person", "undated-web"],
            weights=[8, 7, 5, 22, 12, 10, 6, 7, 10, 9, 3, 3],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self._title(), "author": self._people(4),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(_PUBLISHERS),
            "publisher-place": self.rng.choice(["London", "Abingdon", "Cham", "Cambridge", "Wageningen", "Oxford", "Paris", "New York"]),
        }  # fmt: skip
        if self.rng.random() < 0.2:
            record["edition"] = str(self.rng.randint(2, 5))
        return self._person_work(record, "book")

    def _classic(self) -> Work:
        index = self.rng.randrange(len(_CLASSICS))
        if index in self.classics:
            return self._book()
        self.classics.add(index)
        authors, title, publisher, place, years = _CLASSICS[index]
        year, edition = self.rng.choice(years)
        record: dict[str, Any] = {
            "type": "book", "title": title, "author": [{"family": f, "given": g} for f, g in authors],
            "issued": {"date-parts": [[year]]}, "publisher": publisher, "publisher-place": place,
        }  # fmt: skip
        if edition:
            record["edition"] = edition[:-2]
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["Handbook of cheese marketing", "Geographical indications and global agri-food",
                                                "The Routledge handbook of food and marketing", "Cheese: chemistry, physics and microbiology",
                                                "Food and place: a critical exploration", "Artisan food production"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(_PUBLISHERS),
            "publisher-place": self.rng.choice(["London", "Abingdon", "Cham", "Cambridge"]),
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(10, 110)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(8, 20)}",
        }  # fmt: skip
        if record["container-title"] == "Journal of Dairy Science":  # one volume runs to over ten thousand pages
            record["page"] = f"{(start := self.rng.randint(1000, 11000))}-{start + self.rng.randint(8, 16)}"
        if self.rng.random() < 0.6:
            record["DOI"] = (
                f"10.{self.rng.choice(['3168', '1016', '1108', '1080'])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(2010, 2025)}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _dated_org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then one body's second work of a year ("AHDB, 2023a" and "2023b"), a body of the same sort.
        group = "government" if "government" in tags else "research" if "market-research" in tags else "firm"
        earlier = [entry for entry in self.dated if entry[0] == group]
        if earlier and kind != "news" and "issued" in record and self.rng.random() < 0.15:
            _group, name, tags, issued = self.rng.choice(earlier)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "publisher" in record:
                record["publisher"] = name.split(" (")[0]
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        if "issued" in record and kind != "news":
            self.dated.append((group, name, tags, record["issued"]))
        return self._org_work(record, kind, name, tags)

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        year = self.year()
        market = self.rng.choice(_MARKETS)
        titles = [f"Dairy market outlook {year}", f"{market[0].upper()}{market[1:]}: consumer insight report",
                  f"Cahier des charges and the market for {self.rng.choice(['Comté', 'Roquefort', 'Beaufort', 'Reblochon'])}",
                  f"Milk prices and milk utilisation {year}", f"Export performance and prospects {year}",
                  f"The {market} market in {self.rng.choice(_PLACES)}", f"Dairy sector annual review {year}",
                  f"Origin Green sustainability report {year}", "Registered geographical indications: guidance for producers"]  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(titles),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url()}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        record["accessed"] = self._accessed_after([year])
        return self._dated_org(record, "report" if record["type"] == "report" else "web", name, tags)

    def _firm_web(self) -> Work:
        name, tags = self.rng.choice(_FIRMS + _BODIES)
        titles = ["Our story", "Our cheeses", "Sustainability", "Our farmers", "Who we are", "Our brands",
                  "Heritage and provenance", "Product range", "Press release: new packaging", "Meet the makers",
                  "Our co-operative", "Where to buy", "Caring for the cows"]  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(titles), "URL": self._url(name)}
        issued = None
        if self.rng.random() < 0.7:
            issued = [self.rng.randint(2015, 2025)]
            record["issued"] = {"date-parts": [issued]}
        record["accessed"] = self._accessed_after(issued)
        return self._dated_org(record, "web", name, tags)

    def _firm_report(self) -> Work:
        name, tags = self.rng.choice(_FIRMS)
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report {year}", f"Integrated annual report {year}",
                                                        f"Sustainability report {year}", f"Annual review {year}",
                                                        f"Consolidated annual report {year}"]),
            "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0],
        }  # fmt: skip
        if name in _SEATS:
            record["publisher-place"] = _SEATS[name]
        if self.rng.random() < 0.8:
            record["URL"] = self._url(name)
            record["accessed"] = self._accessed_after([year])
        return self._dated_org(record, "report", name, tags)

    def _body(self) -> Work:
        name, tags = self.rng.choice(_BODIES)
        year = self.year()
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self.rng.choice([f"Cheese market report {year}", "The value of protected names", "Annual review",
                                      "Raw milk cheese: a guide", f"Consumer attitudes to dairy {year}",
                                      "Specification of the designation", "The economic impact of the cheese industry"]),
            "issued": {"date-parts": [[year]]}, "URL": self._url(),
        }  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        record["accessed"] = self._accessed_after([year])
        if self.rng.random() < 0.15:
            record.pop("issued")
            record["accessed"] = self._accessed_after(None)
        return self._dated_org(record, "report" if record["type"] == "report" else "web", name, tags)

    def _news(self) -> Work:
        year = self.rng.randint(2012, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._headline(), "container-title": paper,
            "issued": {"date-parts": [issued]}, "URL": self._url(), "accessed": self._accessed_after(issued),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._dated_org(record, "news", paper, {"press"})

    def _headline(self) -> str:
        return self.rng.choice([
            "Cheddar sales slip as shoppers trade down", "Lactalis tightens grip on French dairy", "Why Comté keeps growing",
            "Farmhouse cheesemakers fear for raw milk", "Arla raises its on-account milk price", "Plant-based cheese loses its fizz",
            "Kerrygold passes a billion in sales", "Emmi bets on premium desserts", "Grana Padano targets the US market",
            "Stilton makers mark a record Christmas", "The rise of the online cheesemonger", "Wisconsin cheese output hits a record",
            "FrieslandCampina cuts jobs as milk supply falls", "Vermont creameries look beyond the state", "Butter prices at a new high",
            "Swiss cheese exports under pressure from the franc", "Irish dairy exports to China slow", "Parmesan makers fight US tariffs",
        ])  # fmt: skip

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.85 else None
        market, place = self.rng.choice(_MARKETS), self.rng.choice(_PLACES)
        titles = [f"{market[0].upper()}{market[1:]} - {place} - {self.rng.choice(['March', 'July', 'November'])} {year or 2024}",
                  f"{market[0].upper()}{market[1:]} in {place}: market report", f"Volume sales of {market} in {place}, 2018 to 2024",
                  f"Global dairy quarterly Q{self.rng.randint(1, 4)} {year or 2023}", f"Dairy top 20 {year or 2023}",
                  f"Take-home {market} purchasing in {place}"]  # fmt: skip
        record: dict[str, Any] = {
            "type": "report",
            "title": self.rng.choice(titles),
            "publisher": name,
            "URL": self._url(),
        }
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after([year] if year else None)
        if name == "Rabobank" and self.rng.random() < 0.6:  # the bank's analysts sign their dairy reports
            record["author"] = self._people(3)
            if "issued" not in record:
                record["issued"] = {"date-parts": [[self.year()]]}
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
            return self._person_work(record, "report")
        return self._dated_org(record, "report", name, {"market-research"})

    def _web_person(self) -> Work:
        issued = [self.rng.randint(2014, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {
            "type": "webpage", "title": self._title(), "author": self._people(2),
            "container-title": self.rng.choice(["Culture: the word on cheese", "Academy of Cheese blog", "Cheese Professor",
                                                "The Cheese Lady", "Paxton & Whitfield journal"]),
            "issued": {"date-parts": [issued]}, "URL": self._url(), "accessed": self._accessed_after(issued),
        }  # fmt: skip
        return self._person_work(record, "web")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(["About us", "Our cheeses", "Cheese guide",
                                                                               "How our cheese is made", "Visit the dairy",
                                                                               "Frequently asked questions"]),
                                  "URL": self._url(), "accessed": self._accessed_after(None)}  # fmt: skip
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.rng.choice(_FIRMS + _BODIES)
        return self._org_work(record, "web", name, tags | {"undated"})
