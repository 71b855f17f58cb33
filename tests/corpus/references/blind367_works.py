"""The works the blind367 pool's candidates cite: marketers at farm shops, agricultural suppliers, agritech
start-ups, dairy and meat co-operatives, food producers selling direct and rural-tourism businesses in the UK,
France, Kenya, Brazil, Canada and Poland, writing CIM Level 6 and 7 reports and MBA assignments in English.

Written without reading the checker, its tests or any other pool. Marketing, agribusiness and food-marketing
textbooks and their chapters, journal articles on short food supply chains, provenance, sustainability labels,
rural marketing and direct-to-consumer food (one to eight authors), farmers' unions and trade bodies, agriculture
departments, statistics offices, FAO and EU rules, co-operatives' and producers' annual reports and press pages,
market-research firms, the farming press, signed and unsigned news, and undated web pages. Names as the region's
scholars and journals print them: Kenyan names ("Ochieng'", "Wanjiru", "Kiprotich"), Brazilian names with their
particles and accents ("dos Santos", "da Silva", "Conceição"), Polish names with their letters ("Łukasik",
"Wąsowicz", "Żmija"), French and Québécois names ("Le Velly", "de Fontguyon", "Côté"), Irish, Scottish and Welsh
names ("O'Donovan", "MacLeod", "ap Gwyn") and British ones.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
import re
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "report", "trade-body", "government", "regulation", "co-operative",
         "press-page", "market-research", "farming-press", "news", "web", "undated-web")  # fmt: skip

_LOCALES = ["en_GB", "en_GB", "en_GB", "fr_FR", "fr_CA", "en_CA", "pl_PL", "pt_BR", "en_KE", "en_IE"]  # fmt: skip

# Names as they are printed on papers from the region (family, given, particle).
_NAMES = [
    ("Ochieng'", "Daniel", ""), ("Wanjiru", "Grace", ""), ("Kiprotich", "Wilson", ""), ("Njoroge", "Mary", ""),
    ("Mutua", "Faith", ""), ("Odhiambo", "Joyce", ""), ("Chepkoech", "Ruth", ""), ("Wambugu", "Samuel", ""),
    ("Karanja", "Esther", ""), ("Muriithi", "Antony", ""), ("Omondi", "Kevin", ""), ("Nyaga", "Lucy", ""),
    ("Silva", "Ana Paula", "da"), ("Santos", "João", "dos"), ("Oliveira", "Marcos", "de"), ("Conceição", "Luíza", ""),
    ("Gonçalves", "Fábio", ""), ("Araújo", "Tatiane", ""), ("Schneider", "Sérgio", ""), ("Souza", "Rafael", "de"),
    ("Triches", "Rozane", ""), ("Wilkinson", "John", ""), ("Niederle", "Paulo", ""), ("Gazolla", "Marcio", ""),
    ("Łukasik", "Magdalena", ""), ("Wąsowicz", "Tomasz", ""), ("Żmija", "Katarzyna", ""), ("Czyżewski", "Bazyli", ""),
    ("Kisiel", "Roman", ""), ("Chmielewska", "Barbara", ""), ("Gołębiewski", "Jarosław", ""), ("Sadłowski", "Adam", ""),
    ("Kowalczyk", "Agnieszka", ""), ("Wójcik", "Piotr", ""), ("Michalczyk", "Joanna", ""), ("Bański", "Jerzy", ""),
    ("Le Velly", "Ronan", ""), ("Fontguyon", "Guy", "de"), ("Chiffoleau", "Yuna", ""), ("Praly", "Carole", ""),
    ("Aubry", "Christine", ""), ("Lamine", "Claire", ""), ("Bérard", "Laurence", ""), ("Lefèvre", "Amélie", ""),
    ("Côté", "Isabelle", ""), ("Tremblay", "Mathieu", ""), ("Gagnon", "Sophie", ""), ("Bouchard", "Étienne", ""),
    ("Mundler", "Patrick", ""), ("Laughrea", "Sylvain", ""), ("O'Donovan", "Siobhan", ""), ("MacLeod", "Eilidh", ""),
    ("McEachern", "Morven", ""), ("Gwyn", "Rhodri", "ap"), ("Ilbery", "Brian", ""), ("Kneafsey", "Moya", ""),
    ("Marsden", "Terry", ""), ("Renting", "Henk", ""), ("Hinrichs", "Clare", ""), ("Feagan", "Robert", ""),
]  # fmt: skip

# Who writes when no person is named: unions and trade bodies, governments, co-operatives and producers, research firms.
_TRADE_BODIES = [
    ("National Farmers' Union (NFU)", {"apostrophe", "abbreviation"}), ("NFU", {"acronym"}),
    ("National Farmers' Union", {"apostrophe"}), ("NFU Scotland", set()), ("Farmers' Union of Wales", {"apostrophe"}),
    ("Country Land and Business Association (CLA)", {"abbreviation"}),
    ("Agriculture and Horticulture Development Board (AHDB)", {"abbreviation"}), ("AHDB", {"acronym"}),
    ("Farm Retail Association", set()), ("Soil Association", set()), ("LEAF (Linking Environment And Farming)", {"abbreviation"}),
    ("Red Tractor Assurance", set()), ("Food and Drink Federation", set()), ("Dairy UK", set()),
    ("Farmers' Retail & Markets Association (FARMA)", {"apostrophe", "ampersand", "abbreviation"}),
    ("Kenya National Farmers' Federation (KENAFF)", {"apostrophe", "abbreviation"}),
    ("Fresh Produce Exporters Association of Kenya (FPEAK)", {"abbreviation"}),
    ("Confederação da Agricultura e Pecuária do Brasil (CNA)", {"abbreviation"}),
    ("Organização das Cooperativas Brasileiras (OCB)", {"abbreviation"}), ("Dairy Farmers of Canada", set()),
    ("Canadian Federation of Agriculture", set()), ("Union des producteurs agricoles (UPA)", {"abbreviation"}),
    ("FNSEA", {"acronym"}), ("Chambres d'agriculture France", {"apostrophe"}),
    ("Krajowa Rada Izb Rolniczych (KRIR)", {"abbreviation"}), ("Farm & Food Care Ontario", {"ampersand"}),
]  # fmt: skip
_GOVERNMENT = [
    ("Department for Environment, Food & Rural Affairs (Defra)", {"ampersand", "comma", "abbreviation"}),
    ("Defra", {"acronym"}), ("Department for Environment, Food and Rural Affairs", {"comma"}),
    ("Rural Payments Agency", set()), ("Food Standards Agency", set()), ("Scottish Government", set()),
    ("Welsh Government", set()), ("Office for National Statistics", set()), ("VisitBritain", set()),
    ("Agriculture and Agri-Food Canada", set()), ("Statistics Canada", set()), ("Farm Credit Canada", set()),
    ("Kenya National Bureau of Statistics (KNBS)", {"abbreviation"}), ("Kenya Dairy Board", set()),
    ("Agriculture and Food Authority (AFA)", {"abbreviation"}), ("Ministry of Agriculture and Livestock Development", set()),
    ("Instituto Brasileiro de Geografia e Estatística (IBGE)", {"abbreviation"}), ("Embrapa", set()),
    ("Ministério da Agricultura e Pecuária", set()), ("Statistics Poland", set()), ("Główny Urząd Statystyczny (GUS)", {"abbreviation"}),
    ("Ministerstwo Rolnictwa i Rozwoju Wsi", set()), ("Agreste", set()), ("INSEE", {"acronym"}),
    ("Ministère de l'Agriculture et de la Souveraineté alimentaire", {"apostrophe"}), ("FranceAgriMer", set()),
    ("INAO", {"acronym"}),
]  # fmt: skip
_INTERGOVERNMENTAL = [
    ("Food and Agriculture Organization of the United Nations (FAO)", {"abbreviation"}), ("FAO", {"acronym"}),
    ("European Commission", set()), ("Eurostat", set()), ("OECD", {"acronym"}), ("World Bank", set()),
    ("OECD/FAO", {"acronym", "slash"}), ("International Fund for Agricultural Development (IFAD)", {"abbreviation"}),
]  # fmt: skip
_CO_OPERATIVES = [
    ("Arla Foods amba", {"lowercase"}), ("Arla Foods UK", set()), ("First Milk", set()), ("Müller Milk & Ingredients", {"ampersand"}),
    ("ABP Food Group", set()), ("Dunbia", set()), ("Mole Valley Farmers", set()), ("Openfield", set()),
    ("Riverford Organic Farmers", set()), ("Yeo Valley", set()), ("Westmorland Family", set()), ("Wyke Farms", set()),
    ("Sodiaal", set()), ("Terrena", set()), ("Lactalis", set()), ("SM Mlekovita", set()), ("SM Mlekpol", set()),
    ("Brookside Dairy", set()), ("New Kenya Co-operative Creameries (KCC)", {"abbreviation"}), ("Twiga Foods", set()),
    ("Githunguri Dairy Farmers' Co-operative Society", {"apostrophe"}), ("Apollo Agriculture", set()),
    ("Cooxupé", set()), ("Aurora Coop", set()), ("Coamo Agroindustrial Cooperativa", set()), ("JBS S.A.", {"abbreviation"}),
    ("BRF S.A.", {"abbreviation"}), ("Agropur", set()), ("Gay Lea Foods", set()), ("Saputo Inc.", set()),
    ("Farmer's Choice", {"apostrophe"}), ("Abel & Cole", {"ampersand"}), ("Daylesford Organic", set()),
]  # fmt: skip
_MARKET_RESEARCH = ["Mintel", "Kantar", "IGD", "Euromonitor International", "Statista", "GlobalData", "NielsenIQ",
                    "Circana", "IBISWorld", "Statista Research Department", "Rabobank"]  # fmt: skip
_FARMING_PRESS = ["Farmers Weekly", "Farmers Guardian", "The Scottish Farmer", "The Grocer", "Dairy Reporter",
                  "FoodNavigator", "Just Food", "Agriland", "The Western Producer", "Country Guide", "La France Agricole",
                  "Globo Rural", "Farmer.pl", "Business Daily Africa", "Farm Business"]  # fmt: skip
_NEWS = ["The Guardian", "Financial Times", "BBC News", "The Times", "Daily Nation", "The Standard", "Valor Econômico",
         "Folha de S.Paulo", "CBC News", "The Globe and Mail", "Le Monde", "Notes from Poland", "The Irish Times",
         "The Telegraph"]  # fmt: skip
_JOURNALS = ["Journal of Rural Studies", "Sociologia Ruralis", "British Food Journal", "Food Policy",
             "Journal of Agricultural Economics", "Agricultural and Food Economics", "Appetite",
             "Food Quality and Preference", "Journal of Food Products Marketing",
             "International Food and Agribusiness Management Review", "Agribusiness", "Journal of Sustainable Tourism",
             "Tourism Management", "Renewable Agriculture and Food Systems", "Agriculture and Human Values",
             "Canadian Journal of Agricultural Economics", "Revista de Economia e Sociologia Rural",
             "Journal of Agribusiness in Developing and Emerging Economies", "Zagadnienia Ekonomiki Rolnej",
             "African Journal of Agricultural and Resource Economics", "Économie rurale", "Journal of Marketing Management",
             "Journal of Strategic Marketing", "Journal of Consumer Behaviour", "EuroChoices"]  # fmt: skip
_PUBLISHERS = [("CABI", "Wallingford"), ("Routledge", "Abingdon"), ("Earthscan", "London"), ("Pearson", "Harlow"),
               ("Kogan Page", "London"), ("Sage", "London"), ("Wiley-Blackwell", "Chichester"),
               ("Palgrave Macmillan", "Cham"), ("Springer", "Cham"), ("Wageningen Academic Publishers", "Wageningen"),
               ("Oxford University Press", "Oxford"), ("Éditions Quæ", "Versailles"), ("Editora Atlas", "São Paulo"),
               ("PWE", "Warszawa"), ("Goodfellow Publishers", "Oxford"), ("Edward Elgar", "Cheltenham")]  # fmt: skip
_TOPICS = ["short food supply chains", "farm shops", "farmers' markets", "provenance", "local food",
           "direct-to-consumer dairy", "veg box schemes", "agritourism", "farm diversification", "PDO and PGI labels",
           "carbon labelling", "regenerative agriculture", "organic certification", "animal welfare labels",
           "community supported agriculture", "milk vending machines", "rural marketing", "food miles",
           "origin labelling", "agricultural co-operatives", "digital platforms for smallholders", "mobile money",
           "willingness to pay for local food", "on-farm retail", "sustainability labels", "agritech adoption",
           "meat box subscriptions", "farm-to-fork traceability", "rural tourism", "place branding"]  # fmt: skip
_PLACES = ["the UK", "England", "Scotland", "Wales", "France", "Brittany", "Kenya", "Central Kenya", "Brazil",
           "Minas Gerais", "Rio Grande do Sul", "Canada", "Quebec", "Ontario", "Poland", "Małopolska", "Europe"]  # fmt: skip
_OUTLETS = ["farm shops", "farmers' markets", "veg box schemes", "milk vending machines", "on-farm butchers"]
_MARKETS = ["farm shops", "fresh milk", "organic food", "red meat", "free-range eggs", "agritourism", "plant-based dairy",
            "fresh produce", "artisan cheese", "coffee", "beef", "poultry", "online grocery", "agricultural inputs"]  # fmt: skip


def _place_of(name: str) -> list[str]:
    """Where a public body's statistics are about, so that its titles name its own country."""
    for words, places in ((("Scottish",), ["Scotland"]), (("Welsh",), ["Wales"]),
                          (("Canada",), ["Canada", "Quebec", "Ontario"]),
                          (("Kenya", "Livestock Development", "(AFA)"), ["Kenya", "Central Kenya"]),
                          (("IBGE", "Embrapa", "Ministério"), ["Brazil", "Minas Gerais", "Rio Grande do Sul"]),
                          (("Poland", "GUS", "Ministerstwo"), ["Poland", "Małopolska"]),
                          (("Agreste", "INSEE", "Ministère", "FranceAgriMer", "INAO"), ["France", "Brittany"]),
                          (("Defra", "Rural", "Food Standards", "National Statistics", "VisitBritain"), ["the UK", "England"])):  # fmt: skip
        if any(word in name for word in words):
            return places
    return _PLACES


class Blind367WorkFactory(WorkFactory):
    """The blind367 pool's works. A subclass of WorkFactory with random sources of its own."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 37 + 36700)
        self.fakers = {}
        for index, locale in enumerate(sorted(set(_LOCALES))):
            fake = Faker(locale)
            fake.seed_instance(seed * 367 + index)
            self.fakers[locale] = fake
        self.counter = 0
        self.dated: list[tuple[str, set[str], int, str]] = []  # organisations already drawn with a year, and the kind

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        if self.rng.random() < 0.45:
            family, given, particle = self.rng.choice(_NAMES)
            name = {"family": family, "given": given}
            if particle:
                name["non-dropping-particle"] = particle
            return name
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name().split("-")[0]
        words = family.split()
        if len(words) > 1 and words[0].islower():  # "da Cunha": the particle apart, as reference managers keep it
            return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        roll = self.rng.random()
        if roll < 0.06:
            family = f"{family}-{self.fakers['en_GB'].last_name()}"
        elif roll < 0.09:
            family = self.rng.choice(["O'", "Mc", "Mac"]) + self.fakers["en_GB"].last_name().split("-")[0]
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        table = self.rng.choices(
            [_TRADE_BODIES, _GOVERNMENT, _CO_OPERATIVES, _INTERGOVERNMENTAL], weights=[4, 3, 3, 1]
        )[0]
        name, tags = self.rng.choice(table)
        return name, set(tags)

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.04:  # the classics of agricultural marketing candidates still cite
            return self.rng.randint(1972, 1999)
        return self.rng.randint(2006, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        first = max(2022, issued[0]) if issued else 2022
        year = self.rng.randint(first, max(first, 2025))
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if issued and year == issued[0]:
            month = max(month, issued[1] if len(issued) > 1 else 1)
            day = max(day, issued[2] if len(issued) > 2 else 1)
        return {"date-parts": [[year, month, day]]}

    def _url(self, host: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        return f"https://{host}/{fake.slug()}" if host else fake.url() + fake.uri_path()

    def _title(self) -> str:
        topic, other = self.rng.sample(_TOPICS, 2)
        place = self.rng.choice(_PLACES)
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {place}: evidence from {self.rng.choice(['a consumer survey', 'farm case studies', 'a choice experiment', 'interviews with producers'])}",
            f"Who buys from {self.rng.choice(_OUTLETS)}? Consumers and {other} in {place}",
            f"{topic[0].upper()}{topic[1:]} and {other}",
            f"Rethinking {topic}: lessons from {place}",
            f"The role of {topic} in {other}",
            f"Trust, quality and {topic} in {place}",
            f"Marketing {topic} to urban consumers",
        ]
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "report", "trade-body", "government", "regulation", "co-operative",
             "press-page", "market-research", "farming-press", "news", "web", "undated-web"],
            weights=[11, 5, 22, 4, 9, 8, 3, 6, 4, 7, 7, 5, 4, 5],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same body in the same year as an earlier work ("AHDB, 2023a" and "2023b").
        # Only works whose title carries no year are paired, with a body of the same kind, and never a regulation or
        # an unsigned article (their author is fixed by the rule or the paper).
        title_year = re.search(r"(19|20)\d\d", str(record.get("title", ""))) is not None
        fixed = title_year or tags & {"regulation", "press"}
        same = [entry for entry in self.dated if entry[3] == kind]
        if same and "issued" in record and not fixed and self.rng.random() < 0.2:
            name, tags, year, _kind = self.rng.choice(same)
            record["issued"] = {"date-parts": [[year]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after([year])
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated.append((name, set(tags), record["issued"]["date-parts"][0][0], kind))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        titles = ["Agricultural marketing and agribusiness", "Food marketing: a strategic approach",
                  "Rural tourism and farm diversification", "Agribusiness management", "Marketing management",
                  "Principles of marketing", "Food and beverage marketing", "Short food supply chains and local food",
                  "Marketing the countryside", "Consumer behaviour in food markets", f"{self._title()}",
                  "Strategic marketing for agri-food firms", "The business of farming"]  # fmt: skip
        record: dict[str, Any] = {
            "type": "book", "title": self.rng.choice(titles), "author": self._people(4),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
        }  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The Routledge handbook of sustainable food and gastronomy",
                                                "Alternative food networks", "Handbook of rural tourism",
                                                "Food and place: a critical exploration", "Agri-food marketing",
                                                "Local food systems in Europe", "Rural marketing in emerging economies"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 120)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(2006, 2025)}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _report(self) -> Work:
        """A research report by named authors (a university or an agency), read online or in print."""
        year = self.year()
        publisher, place = self.rng.choice(
            [
                ("Harper Adams University", "Newport"),
                ("Scotland's Rural College", "Edinburgh"),
                ("Royal Agricultural University", "Cirencester"),
                ("INRAE", "Paris"),
                ("Tegemeo Institute", "Nairobi"),
                ("Embrapa", "Brasília"),
                ("IERiGŻ-PIB", "Warszawa"),
                ("University of Guelph", "Guelph"),
                ("Food Ethics Council", "Brighton"),
                ("Sustain", "London"),
            ]
        )
        record: dict[str, Any] = {
            "type": "report", "title": self._title(), "author": self._people(4), "issued": {"date-parts": [[year]]},
            "publisher": publisher, "publisher-place": place,
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url()
            record["accessed"] = self._accessed_after([year])
        return self._person_work(record, "report")

    def _trade_body(self) -> Work:
        name, tags = self.rng.choice(_TRADE_BODIES)
        year = self.year() if self.rng.random() < 0.85 else None
        titles = [f"{self.rng.choice(_TOPICS).capitalize()}: what it means for farmers",
                  f"{self.rng.choice(_TOPICS).capitalize()}: our position", self._title()]  # fmt: skip
        if year:
            titles.append(
                f"{self.rng.choice(['Annual review', 'Farm retail survey', 'Impact report', 'Market outlook'])} {year}"
            )
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(titles),
                                  "URL": self._url(), "accessed": self._accessed_after([year] if year else None)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        return self._org_work(record, "trade-body", name, tags | {"trade-body"})

    def _government(self) -> Work:
        table = _GOVERNMENT if self.rng.random() < 0.75 else _INTERGOVERNMENTAL
        name, tags = self.rng.choice(table)
        year = self.year()
        market, place = self.rng.choice(_MARKETS), self.rng.choice(_place_of(name))
        titles = [f"Agriculture in {place} {year}", f"Farm business income by type of farm, {year - 1}/{str(year)[2:]}",
                  f"The state of food and agriculture {year}", f"Food statistics pocketbook {year}",
                  f"Structure of the {market} sector in {place}", f"Rural tourism statistics, {year}",
                  f"{market.capitalize()}: production and prices, {year}", self._title()]  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(titles),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(), "accessed": self._accessed_after([year])}  # fmt: skip
        return self._org_work(record, "government", name, tags | {"government"})

    def _regulation(self) -> Work:
        rules = [("European Commission", "Regulation (EU) No 1151/2012 on quality schemes for agricultural products and foodstuffs", 2012),
                 ("European Commission", "Regulation (EU) 2018/848 on organic production and labelling of organic products", 2018),
                 ("European Commission", "Farm to Fork Strategy: for a fair, healthy and environmentally-friendly food system", 2020),
                 ("Defra", "The Groceries Code Adjudicator and fair dealing in the dairy supply chain", 2023),
                 ("Food Standards Agency", "Origin labelling guidance for meat, fish and dairy", 2021),
                 ("Agriculture and Agri-Food Canada", "Local Food Infrastructure Fund: applicant guide", 2022),
                 ("Kenya Dairy Board", "Dairy Industry (Registration, Licensing and Levy) Regulations", 2021),
                 ("Ministério da Agricultura e Pecuária", "Instrução Normativa no. 46 sobre produção orgânica", 2011),
                 ("Ministerstwo Rolnictwa i Rozwoju Wsi", "Rolniczy handel detaliczny: guidance for farm retail sales", 2017),
                 ("INAO", "Guide du demandeur d'une AOP ou d'une IGP", 2019)]  # fmt: skip
        name, title, year = self.rng.choice(rules)
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name, "URL": self._url(), "accessed": self._accessed_after([year])}  # fmt: skip
        return self._org_work(record, "regulation", name, {"government", "regulation"})

    def _co_operative(self) -> Work:
        name, tags = self.rng.choice(_CO_OPERATIVES)
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report {year}", f"Consolidated annual report {year}",
                                                        f"Sustainability report {year}", f"Member review {year}",
                                                        f"Impact report {year}"]),
            "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0],
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self._url()
            record["accessed"] = self._accessed_after([year])
        return self._org_work(record, "co-operative", name, tags | {"company"})

    def _press_page(self) -> Work:
        name, tags = self.rng.choice(_CO_OPERATIVES)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice([
            f"{name.split(' (')[0]} announces new milk price", "Our farmers, our story", "Meet the farmers behind our milk",
            "Why we pay a premium for pasture-based milk", "Our new farm shop opens its doors", "From our farms to your table",
            f"Statement on {self.rng.choice(_TOPICS)}"]), "URL": self._url(), "accessed": self._accessed_after(None)}  # fmt: skip
        if self.rng.random() < 0.75:
            record["issued"] = {"date-parts": [[self.year()]]}
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._org_work(record, "press-page", name, tags | {"company"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_MARKET_RESEARCH)
        year = self.year() if self.rng.random() < 0.9 else None
        market, place = (
            self.rng.choice(_MARKETS),
            self.rng.choice(["UK", "France", "Kenya", "Brazil", "Canada", "Poland", "Europe"]),
        )
        titles = [f"{place} {market} market: size, share and forecast to 2030", f"{market.capitalize()} in {place}: market report",
                  f"Shopper attitudes to {market} in {place}"]  # fmt: skip
        if year:  # undated pages carry no year in their titles either
            titles += [f"{market.capitalize()} - {place} - {self.rng.choice(['March', 'July', 'November'])} {year}",
                       f"Share of consumers in {place} who bought {self.rng.choice(['milk', 'meat', 'eggs', 'vegetables', 'cheese'])} direct from a farm, {year}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name, "URL": self._url(),
                                  "accessed": self._accessed_after([year] if year else None)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, "market-research", name, {"market-research"})

    def _dated_article(self, container: str) -> dict[str, Any]:
        year = self.year()
        if year < 2008:
            year += 15
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        return {"type": "article-newspaper", "title": self._title(), "container-title": container,
                "issued": {"date-parts": [issued]}, "URL": self._url(), "accessed": self._accessed_after(issued)}  # fmt: skip

    def _farming_press(self) -> Work:
        record = self._dated_article(self.rng.choice(_FARMING_PRESS))
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "farming-press")
        return self._org_work(record, "farming-press", record["container-title"], {"press", "unsigned"})

    def _news(self) -> Work:
        record = self._dated_article(self.rng.choice(_NEWS))
        if self.rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press", "unsigned"})

    def _web(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(),
                                  "accessed": self._accessed_after([year])}  # fmt: skip
        return self._person_work(record, "web")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice([
            "About us", "Our story", "Visit the farm", "Farm shop and café", "How our co-operative works",
            "Become a member", f"{self.rng.choice(_TOPICS).capitalize()}: a guide for farmers", self._title()]),
            "URL": self._url(), "accessed": self._accessed_after(None)}  # fmt: skip
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            return self._person_work(record, "undated-web")
        name, tags = self.organisation()
        return self._org_work(record, "undated-web", name, tags | {"undated"})
