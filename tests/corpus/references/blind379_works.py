"""The blind379 pool's works: what marketers at quick-service restaurants, food-delivery apps, dark kitchens and
virtual brands, meal-kit services and bakery and coffee franchises in the UK, India, Mexico, Egypt, Thailand and the
Netherlands cite in CIM Level 6 and 7 reports and MBA assignments written in English.

Written without reading the checker, its tests or any other pool. Marketing, hospitality-marketing and franchising
textbooks and their chapters (with the classics still cited), journal articles on online food delivery, loyalty apps,
menu labelling, brand experience, franchising and platform commissions (one to eight authors, DOIs), regulators and
bodies in the six countries (two works of one body in a year now and then), governments' statistics and legislation
as candidates list it, chains' annual reports, investor presentations and press pages, market-research firms' and
consultancies' reports, trade press and news signed and unsigned, and undated web pages with access dates. Names as
the region's scholars and journals print them: Indian names, Mexican double surnames and particles, Egyptian names
with "El-" and "Abdel", Thai names, Dutch particles ("van der Meer", "de Vries", "van 't Hof") and British names.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "report", "web", "news", "legislation")

_LOCALES = ["en_GB", "en_GB", "en_IN", "es_MX", "nl_NL"]
# Names as English-language journals and Indian, Egyptian, Thai, Mexican and Dutch universities print them.
_NAMES = [
    ("Sharma", "Ritu"), ("Gupta", "Ankit"), ("Iyer", "Lakshmi"), ("Reddy", "Srinivas"), ("Chatterjee", "Moumita"),
    ("Banerjee", "Sayantan"), ("Kaur", "Harpreet"), ("Nair", "Deepa"), ("Mukherjee", "Arindam"), ("Pillai", "Anand"),
    ("Agarwal", "Neha"), ("Ray", "Arghya"), ("Dsouza", "Clinton"), ("D'Souza", "Melanie"), ("Sengupta", "Jayanta"),
    ("Venkatesh", "Viswanath"), ("Kumar", "Sanjeev"), ("Prasad", "Kiran"), ("Bhattacharyya", "Sujoy"),
    ("El-Sayed", "Mohamed"), ("Abdel-Aziz", "Nermeen"), ("Abdelaziz", "Hossam"), ("El Gohary", "Hatem"),
    ("Elsharnouby", "Tamer H."), ("Mahrous", "Abeer A."), ("Hassan", "Sherif"), ("Abou-Shouk", "Mohamed"),
    ("Abdel Wahab", "Dina"), ("El-Adly", "Mohammed Ismail"), ("Mostafa", "Rania"), ("Soliman", "Ahmed"),
    ("Wattanasuwan", "Kritsadarat"), ("Chaiyasoonthorn", "Wornchanok"), ("Srisuk", "Nattapong"),
    ("Jirawattananukool", "Pimchanok"), ("Phuthong", "Thanakorn"), ("Suttikun", "Chompoonut"),
    ("Ruangkanjanases", "Athapol"), ("Kiatkawsin", "Kiattipoom"), ("Rattanaburi", "Kanokporn"),
    ("García López", "Alejandra"), ("Hernández Ramírez", "Luis"), ("Martínez-Ruiz", "María Pilar"),
    ("Sánchez Fernández", "Jorge"), ("Ramírez", "Ximena"), ("Gutiérrez", "Héctor"), ("Reyes-Menendez", "Ana"),
    ("Cruz-Cárdenas", "Jorge"), ("Villaseñor", "Noemí"), ("Peña-García", "Nathalie"), ("Núñez", "Itzel"),
    ("Bakker", "Sanne"), ("Jansen", "Daan"), ("Visser", "Femke"), ("Smit", "Edith G."), ("Verhoef", "Peter C."),
    ("Dekker", "Joost"), ("Mulder", "Eline"), ("Kok", "Ruben"), ("Hendriks", "Lotte"),
]  # fmt: skip
_PARTICLE_NAMES = [("van der", "Meer", "Bas"), ("de", "Vries", "Marieke"), ("van", "Dijk", "Thijs"),
                   ("van den", "Berg", "Anouk"), ("van 't", "Hof", "Jeroen"), ("de", "Jong", "Martijn"),
                   ("ter", "Horst", "Iris"), ("de la", "Garza", "Sofía"), ("de los", "Santos", "Rodrigo"),
                   ("del", "Río", "Mariana"), ("van", "Rompay", "Thomas J.L.")]  # fmt: skip
# Regulators, bodies, statistics offices, trade bodies, chains, apps and research firms, as candidates write them.
_BODIES = [
    ("Food Standards Agency", {"government"}), ("Food Standards Agency (FSA)", {"government", "abbreviation"}),
    ("FSA", {"government", "acronym"}), ("Competition and Markets Authority", {"government"}),
    ("Competition and Markets Authority (CMA)", {"government", "abbreviation"}), ("CMA", {"government", "acronym"}),
    ("Advertising Standards Authority", {"trade-body"}), ("ASA", {"trade-body", "acronym"}),
    ("Committee of Advertising Practice (CAP)", {"trade-body", "abbreviation"}),
    ("Food Standards Scotland", {"government"}), ("Department of Health and Social Care", {"government"}),
    ("Department for Environment, Food & Rural Affairs", {"government", "ampersand", "comma"}),
    ("Food Safety and Standards Authority of India", {"government"}), ("FSSAI", {"government", "acronym"}),
    ("Competition Commission of India", {"government"}),
    ("Advertising Standards Council of India (ASCI)", {"trade-body", "abbreviation"}),
    ("Procuraduría Federal del Consumidor (PROFECO)", {"government", "abbreviation"}),
    ("PROFECO", {"government", "acronym"}), ("Comisión Federal de Competencia Económica", {"government"}),
    ("COFEPRIS", {"government", "acronym"}), ("Egyptian Competition Authority", {"government"}),
    ("National Food Safety Authority of Egypt", {"government"}), ("Consumer Protection Agency", {"government"}),
    ("Thai Food and Drug Administration", {"government"}), ("Office of Trade Competition Commission", {"government"}),
    ("Autoriteit Consument & Markt", {"government", "ampersand"}), ("ACM", {"government", "acronym"}),
    ("Nederlandse Voedsel- en Warenautoriteit (NVWA)", {"government", "abbreviation"}),
    ("Stichting Reclame Code", {"trade-body"}), ("UKHospitality", {"trade-body"}),
    ("British Franchise Association", {"trade-body"}), ("National Restaurant Association of India", {"trade-body"}),
    ("NRAI", {"trade-body", "acronym"}), ("Asociación Mexicana de Franquicias", {"trade-body"}),
    ("CANIRAC", {"trade-body", "acronym"}), ("Koninklijke Horeca Nederland", {"trade-body"}),
    ("Which?", {"trade-body", "punctuation"}), ("Bite Back 2030", {"trade-body"}),
    ("Obesity Health Alliance", {"trade-body"}), ("World Health Organization", {"government"}),
    ("WHO", {"government", "acronym"}), ("OECD", {"government", "acronym"}),
]  # fmt: skip
_STATISTICS = [
    ("Office for National Statistics", {"government"}), ("ONS", {"government", "acronym"}),
    ("Ministry of Statistics and Programme Implementation", {"government"}),
    ("National Statistical Office", {"government"}), ("Instituto Nacional de Estadística y Geografía (INEGI)", {"government", "abbreviation"}),
    ("INEGI", {"government", "acronym"}), ("Central Agency for Public Mobilization and Statistics (CAPMAS)", {"government", "abbreviation"}),
    ("CAPMAS", {"government", "acronym"}), ("National Statistical Office of Thailand", {"government"}),
    ("Centraal Bureau voor de Statistiek", {"government"}), ("CBS", {"government", "acronym"}),
    ("Department for Business and Trade", {"government"}), ("House of Commons Library", {"government"}),
    ("Ministry of Food Processing Industries", {"government"}), ("Bank of Thailand", {"government"}),
]  # fmt: skip
_CHAINS = [
    ("McDonald's Corporation", {"company", "apostrophe"}), ("McDonald's UK & Ireland", {"company", "apostrophe", "ampersand"}),
    ("Yum! Brands", {"company", "punctuation"}), ("Domino's Pizza Group plc", {"company", "apostrophe"}),
    ("Jubilant FoodWorks Limited", {"company"}), ("Restaurant Brands International", {"company"}),
    ("Starbucks Corporation", {"company"}), ("Whitbread PLC", {"company"}), ("Greggs plc", {"company"}),
    ("Deliveroo plc", {"company"}), ("Deliveroo", {"company"}), ("Just Eat Takeaway.com", {"company", "punctuation"}),
    ("Zomato Limited", {"company"}), ("Eternal Ltd", {"company"}), ("Swiggy Limited", {"company"}),
    ("Uber Technologies, Inc.", {"company", "comma"}), ("Talabat", {"company"}), ("Rappi", {"company"}),
    ("Delivery Hero SE", {"company"}), ("Grab Holdings", {"company"}), ("LINE MAN Wongnai", {"company"}),
    ("HelloFresh SE", {"company"}), ("Gousto", {"company"}), ("Pret A Manger", {"company"}),
    ("Nando's", {"company", "apostrophe"}), ("Costa Coffee", {"company"}), ("Krispy Kreme, Inc.", {"company", "comma"}),
    ("Devyani International Limited", {"company"}), ("Westlife Foodworld", {"company"}),
    ("Sapphire Foods India", {"company"}), ("Rebel Foods", {"company"}),
    ("Americana Restaurants International PLC", {"company"}), ("Alsea", {"company"}),
    ("Alsea, S.A.B. de C.V.", {"company", "comma", "punctuation"}), ("Grupo Bimbo", {"company"}),
    ("Minor International", {"company"}), ("CP ALL", {"company", "acronym"}), ("Papa John's International", {"company", "apostrophe"}),
    ("Wingstop", {"company"}), ("New York Pizza", {"company"}), ("Thuisbezorgd.nl", {"company", "punctuation"}),
    ("Picnic", {"company"}), ("Gail's", {"company", "apostrophe"}), ("Tim Hortons", {"company"}),
]  # fmt: skip
_RESEARCH = [
    ("Mintel", {"market-research"}), ("Statista", {"market-research"}), ("Euromonitor International", {"market-research"}),
    ("Kantar", {"market-research"}), ("YouGov", {"market-research"}), ("NielsenIQ", {"market-research"}),
    ("Lumina Intelligence", {"market-research"}), ("CGA by NIQ", {"market-research"}), ("Circana", {"market-research"}),
    ("Deloitte", {"company"}), ("PwC", {"company", "acronym"}), ("KPMG", {"company", "acronym"}),
    ("McKinsey & Company", {"company", "ampersand"}), ("Bain & Company", {"company", "ampersand"}),
    ("Ernst & Young", {"company", "ampersand"}), ("Redseer Strategy Consultants", {"company"}),
    ("Technomic", {"market-research"}), ("Allegra World Coffee Portal", {"market-research"}),
    ("Grand View Research", {"market-research"}), ("Frost & Sullivan", {"company", "ampersand"}),
    ("Kearney", {"company"}), ("Rabobank", {"company"}), ("ABN AMRO", {"company", "acronym"}),
    ("Krungsri Research", {"market-research"}), ("Kasikorn Research Center", {"market-research"}),
]  # fmt: skip
_PRESS = ["Big Hospitality", "MCA Insight", "Restaurant Online", "QSR Magazine", "Nation's Restaurant News",
          "The Grocer", "Marketing Week", "Campaign", "The Drum", "Franchise World", "ETHospitalityWorld",
          "Restaurant India", "exchange4media", "afaqs!", "Mint", "The Economic Times", "Business Standard",
          "The Hindu BusinessLine", "Expansión", "El Financiero", "Forbes México", "Ahram Online", "Egypt Independent",
          "Daily News Egypt", "Enterprise", "Bangkok Post", "The Nation Thailand", "NL Times", "DutchNews.nl",
          "Het Financieele Dagblad", "Emerce", "BBC News", "The Guardian", "Financial Times", "Reuters",
          "Bloomberg", "The Independent"]  # fmt: skip
_JOURNALS = ["International Journal of Hospitality Management", "International Journal of Contemporary Hospitality Management",
             "Journal of Hospitality and Tourism Management", "Journal of Retailing and Consumer Services",
             "Journal of Business Research", "Journal of Marketing", "Journal of Foodservice Business Research",
             "British Food Journal", "Appetite", "Food Quality and Preference", "Journal of Product & Brand Management",
             "Journal of Retailing", "Journal of Brand Management", "Journal of Small Business Management",
             "Journal of Consumer Marketing", "Cornell Hospitality Quarterly", "Journal of Services Marketing",
             "Tourism Management Perspectives", "IIMB Management Review", "Vikalpa", "Journal of Islamic Marketing",
             "Future Business Journal", "Asia Pacific Journal of Marketing and Logistics", "Journal of Interactive Marketing",
             "Academia Revista Latinoamericana de Administración", "European Journal of Marketing",
             "Electronic Commerce Research and Applications", "Public Health Nutrition", "BMJ Open",
             "Journal of Marketing Management"]  # fmt: skip
_TOPICS = ["online food delivery apps", "platform commissions", "dark kitchens", "virtual restaurant brands",
           "loyalty apps", "menu calorie labelling", "brand experience", "franchise relationships",
           "quick-service restaurant loyalty", "meal-kit subscriptions", "coffee-shop experience", "food hygiene ratings",
           "delivery riders", "app-based ordering", "HFSS advertising restrictions", "plant-based menu items",
           "customer reviews of restaurants", "multi-unit franchising", "drive-thru service quality",
           "self-service kiosks", "limited-time offers", "surge pricing", "cloud kitchens", "gig-economy couriers",
           "halal fast food", "street food and delivery platforms", "quick commerce", "sustainable packaging"]  # fmt: skip
_PLACES = ["the UK", "India", "Mexico", "Egypt", "Thailand", "the Netherlands", "Bangkok", "Cairo", "Mexico City",
           "Bengaluru", "Mumbai", "Amsterdam", "London", "emerging markets"]  # fmt: skip
_MARKETS = ["Online food delivery", "Quick-service restaurants", "Pizza delivery", "Coffee shops", "Fried chicken",
            "Meal kits", "Bakery cafés", "Burger restaurants", "Foodservice", "Dark kitchens", "Eating out"]  # fmt: skip
# The classics and textbooks candidates still cite: (authors, year, title, publisher, place, edition).
_CLASSICS = [
    ([("Kotler", "Philip"), ("Bowen", "John T."), ("Makens", "James C."), ("Baloglu", "Seyhan")], 2021,
     "Marketing for hospitality and tourism", "Pearson", "Harlow", "8"),
    ([("Bowie", "David"), ("Buttle", "Francis"), ("Brookes", "Maureen"), ("Mariussen", "Anastasia")], 2017,
     "Hospitality marketing", "Routledge", "Abingdon", "3"),
    ([("Schmitt", "Bernd H.")], 1999, "Experiential marketing: how to get customers to sense, feel, think, act and relate to your company and brands", "Free Press", "New York", None),
    ([("Pine", "B. Joseph"), ("Gilmore", "James H.")], 2011, "The experience economy", "Harvard Business Review Press", "Boston", "2"),
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Chernev", "Alexander")], 2022, "Marketing management", "Pearson", "Harlow", "16"),
    ([("Zeithaml", "Valarie A."), ("Bitner", "Mary Jo"), ("Gremler", "Dwayne D.")], 2018, "Services marketing: integrating customer focus across the firm", "McGraw-Hill", "New York", "7"),
    ([("Wirtz", "Jochen"), ("Lovelock", "Christopher")], 2022, "Services marketing: people, technology, strategy", "World Scientific", "Singapore", "9"),
    ([("Blair", "Roger D."), ("Lafontaine", "Francine")], 2005, "The economics of franchising", "Cambridge University Press", "Cambridge", None),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], 2022, "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow", "8"),
    ([("Keller", "Kevin Lane"), ("Swaminathan", "Vanitha")], 2020, "Strategic brand management: building, measuring, and managing brand equity", "Pearson", "Harlow", "5"),
    ([("Kapferer", "Jean-Noël")], 2012, "The new strategic brand management", "Kogan Page", "London", "5"),
]  # fmt: skip


class Blind379WorkFactory(WorkFactory):
    """Works of food-delivery, quick-service restaurant and franchise marketing, for the blind379 pool."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 379379)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 223 + index)
                self.fakers[locale] = fake
        self.classics = list(range(len(_CLASSICS)))
        self.rng.shuffle(self.classics)
        self.dated_bodies: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.45:
            family, given = self.rng.choice(_NAMES)
            return {"family": family, "given": given}
        if roll < 0.55:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():  # "van Leeuwen": the particle apart, as reference managers keep it
            particle = []
            while len(words) > 1 and words[0].islower():
                particle.append(words.pop(0))
            return {"family": " ".join(words), "given": given, "non-dropping-particle": " ".join(particle)}
        if self.rng.random() < 0.06:
            family = f"{family}-{self.fakers['en_GB'].last_name()}"
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 28, 17, 9, 5, 3, 2, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if all(name["family"] != other["family"] for other in people):
                people.append(name)
        return people

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1978, 2004)
        return self.rng.randint(2012, 2025)

    def accessed_after(self, issued: dict[str, Any] | None) -> dict[str, list[list[int]]]:
        first = issued["date-parts"][0] if issued else [2022]
        year = max(first[0], self.rng.randint(2023, 2025))
        month = self.rng.randint(1, 12)
        day = self.rng.randint(1, 28)
        if year == first[0] and len(first) > 1:
            month = self.rng.randint(first[1], 12)
            if month == first[1] and len(first) > 2:
                day = self.rng.randint(first[2], 28)
        return {"date-parts": [[year, month, day]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        place = self.rng.choice(_PLACES)
        forms = [
            f"{topic[0].upper()}{topic[1:]} and customer loyalty: evidence from {place}",
            f"What drives continued use of {topic}? A study in {place}",
            f"The effect of {topic} on {other}",
            f"{topic[0].upper()}{topic[1:]} in {place}: a mixed-methods study",
            f"Understanding {topic} among young consumers in {place}",
            f"{topic[0].upper()}{topic[1:]}, trust and repurchase intention",
            f"From {topic} to {other}: a review and research agenda",
            f"Who gains from {topic}? Franchisees, platforms and customers",
        ]
        return self.rng.choice(forms)

    def _body(self, table: list[tuple[str, set[str]]], record: dict[str, Any], kind: str) -> Work:
        name, tags = self.rng.choice(table)
        # Now and then the same body in the same year as an earlier work ("FSA, 2023a" and "2023b").
        if self.dated_bodies and "issued" in record and self.rng.random() < 0.12:
            name, tags, issued = self.rng.choice(self.dated_bodies)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(record["issued"])
        if "issued" in record:
            self.dated_bodies.append((name, set(tags), record["issued"]))
        if record.get("type") == "report" and "publisher" not in record:
            record["publisher"] = name.split(" (")[0]
        return self._org_work(record, kind, name, set(tags))

    def _url(self, host: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        return f"https://www.{host}/{fake.slug()}" if host else fake.url() + fake.uri_path()

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "regulator", "statistics", "legislation", "chain-report", "chain-web",
             "research", "press", "undated-web"],
            weights=[11, 5, 24, 9, 5, 3, 8, 7, 11, 12, 5],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        if self.classics and self.rng.random() < 0.35:
            authors, year, title, publisher, place, edition = _CLASSICS[self.classics.pop()]
            record: dict[str, Any] = {
                "type": "book", "title": title, "author": [{"family": f, "given": g} for f, g in authors],
                "issued": {"date-parts": [[year]]}, "publisher": publisher, "publisher-place": place,
            }  # fmt: skip
            if edition:
                record["edition"] = edition
            return self._person_work(record, "book")
        record = {
            "type": "book", "title": self._title(), "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Pearson", "Kogan Page", "Sage", "Goodfellow Publishers",
                                          "Palgrave Macmillan", "Springer", "Emerald Publishing", "Cengage"]),
            "publisher-place": self.rng.choice(["London", "Abingdon", "Harlow", "Oxford", "Cham", "Bingley",
                                                "New Delhi", "Singapore", "Mexico City"]),
        }  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        start = self.rng.randint(1, 380)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The Routledge handbook of hospitality marketing",
                                                "Handbook of research on franchising", "Food and beverage management",
                                                "The Routledge handbook of food and nutrition marketing",
                                                "Digital transformation in hospitality", "Contemporary cases in food marketing"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "Edward Elgar", "Springer", "Emerald"]),
            "publisher-place": self.rng.choice(["Abingdon", "Cheltenham", "Cham", "Bingley"]),
            "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 1200)
        if self.rng.random() < 0.04 and self.rng.random() < 0.5:  # SERVQUAL: still cited in every service chapter
            record: dict[str, Any] = {
                "type": "article-journal", "author": [{"family": "Parasuraman", "given": "A."},
                                                      {"family": "Zeithaml", "given": "Valarie A."},
                                                      {"family": "Berry", "given": "Leonard L."}],
                "title": "SERVQUAL: a multiple-item scale for measuring consumer perceptions of service quality",
                "container-title": "Journal of Retailing", "issued": {"date-parts": [[1988]]}, "volume": "64",
                "issue": "1", "page": "12-40",
            }  # fmt: skip
            return self._person_work(record, "journal")
        record = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(5, 120)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{start}-{start + self.rng.randint(9, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.2:
            record.pop("issue")
            record["page"] = str(self.rng.randint(100000, 104999))  # an article number
        if self.rng.random() < 0.55:
            record["DOI"] = (
                f"10.{self.rng.choice(['1016', '1108', '1177', '1080', '1002'])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(2015, 2025)}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _regulator(self) -> Work:
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self.rng.choice([
                f"{self.rng.choice(_TOPICS).capitalize()}: guidance for food businesses",
                f"{self.rng.choice(_TOPICS).capitalize()} market study: final report",
                f"Consumer attitudes to {self.rng.choice(_TOPICS)}", f"Annual report and accounts {self.rng.randint(2018, 2024)}",
                f"Ruling on {self.fakers['en_GB'].company()}", "Food hygiene rating scheme: brand standard",
            ]),
            "issued": {"date-parts": [[self.year()]]}, "URL": self._url(), "accessed": {},
        }  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"])
        return self._body(_BODIES, record, "report" if record["type"] == "report" else "web")

    def _statistics(self) -> Work:
        year = self.rng.randint(2015, 2025)
        record: dict[str, Any] = {
            "type": "report",
            "title": self.rng.choice([f"Household income and expenditure survey {year - 1}", f"Consumer price index, {self.rng.choice(['March', 'August', 'December'])} {year}",
                                      f"Retail sales, {self.rng.choice(['January', 'June', 'October'])} {year}",
                                      f"Statistical yearbook {year}", f"Food service output, {year}"]),
            "issued": {"date-parts": [[year]]}, "URL": self._url(), "accessed": {},
        }  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"])
        return self._body(_STATISTICS, record, "report")

    def _legislation(self) -> Work:
        title, year, author, host = self.rng.choice([
            ("The Calorie Labelling (Out of Home Sector) (England) Regulations 2021", 2021, "legislation.gov.uk", "legislation.gov.uk"),
            ("The Food (Promotion and Placement) (England) Regulations 2021", 2021, "legislation.gov.uk", "legislation.gov.uk"),
            ("Food Safety and Standards Act, 2006", 2006, "Government of India", "indiacode.nic.in"),
            ("Food Safety and Standards (Labelling and Display) Regulations, 2020", 2020, "FSSAI", "fssai.gov.in"),
            ("Ley Federal de Protección al Consumidor", 1992, "Cámara de Diputados del H. Congreso de la Unión", "diputados.gob.mx"),
            ("Law No. 1 of 2017 promulgating the Food Safety Authority Law", 2017, "Egyptian Government", "nfsa.gov.eg"),
            ("Trade Competition Act B.E. 2560", 2017, "Office of Trade Competition Commission", "otcc.or.th"),
            ("Warenwetbesluit Informatievoorziening levensmiddelen", 2014, "Overheid.nl", "wetten.overheid.nl"),
            ("Digital Markets, Competition and Consumers Act 2024", 2024, "UK Parliament", "legislation.gov.uk"),
        ])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": self._url(host), "accessed": {}}  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"])
        record["id"] = self._id()
        record["author"] = [{"literal": author}]
        return Work(record, author, str(year), True, 1, "legislation", {"legislation", "organisation", "government"})

    def _chain_report(self) -> Work:
        year = self.year() if self.rng.random() < 0.5 else self.rng.randint(2018, 2025)
        record: dict[str, Any] = {
            "type": "report",
            "title": self.rng.choice([f"Annual report and accounts {year - 1}", f"Integrated annual report {year - 1}-{str(year)[2:]}",
                                      f"Capital markets day {year}", f"Q{self.rng.randint(1, 4)} FY{str(year)[2:]} investor presentation",
                                      f"Shareholders' letter Q{self.rng.randint(1, 4)} FY{str(year)[2:]}",
                                      f"Sustainability report {year - 1}", f"Annual report {year - 1}", f"Results presentation H1 {year}"]),
            "issued": {"date-parts": [[year]]},
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self._url()
            record["accessed"] = self.accessed_after(record["issued"])
        return self._body(_CHAINS, record, "report")

    def _chain_web(self) -> Work:
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self.rng.choice(["Our story", "Franchise with us", "Nutrition and allergens", "Our rewards app",
                                      f"{self.rng.choice(_TOPICS).capitalize()}: our commitments", "Press release: new menu launch",
                                      "Become a restaurant partner", "How our commission works", "Careers: riders and couriers"]),
            "URL": self._url(), "accessed": {},
        }  # fmt: skip
        if self.rng.random() < 0.65:
            record["issued"] = {
                "date-parts": [[self.rng.randint(2016, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]
            }
        record["accessed"] = self.accessed_after(record.get("issued"))
        return self._body(_CHAINS, record, "web")

    def _research(self) -> Work:
        market, place = (
            self.rng.choice(_MARKETS),
            self.rng.choice(["UK", "India", "Mexico", "Egypt", "Thailand", "Netherlands"]),
        )
        year = self.rng.randint(2016, 2025)
        record: dict[str, Any] = {
            "type": "report",
            "title": self.rng.choice([f"{market} - {place} - {self.rng.choice(['March', 'July', 'November'])} {year}",
                                      f"{market} in {place}", f"{place} {market.lower()} market: size, share and forecast to 2030",
                                      f"The state of {market.lower()} {year}", f"Consumer pulse: {market.lower()} in {place}",
                                      f"Number of {market.lower()} users in {place} from 2018 to {year}"]),
            "issued": {"date-parts": [[year]]},
        }  # fmt: skip
        if self.rng.random() < 0.75:
            record["URL"] = self._url()
            record["accessed"] = self.accessed_after(record["issued"])
        if self.rng.random() < 0.2:  # an analyst's signed report
            record["author"] = self._people(3)
            record["publisher"] = self.rng.choice(_RESEARCH)[0]
            return self._person_work(record, "report")
        return self._body(_RESEARCH, record, "report")

    def _press(self) -> Work:
        year = self.year() if self.rng.random() < 0.3 else self.rng.randint(2017, 2025)
        record: dict[str, Any] = {
            "type": self.rng.choice(["article-newspaper", "article-newspaper", "article-magazine"]),
            "title": self.rng.choice([f"{self.fakers['en_GB'].company()} {self.rng.choice(['opens', 'closes', 'signs'])} {self.rng.randint(3, 40)} {self.rng.choice(['dark kitchens', 'drive-thrus', 'franchised stores', 'sites'])}",
                                      f"Why {self.rng.choice(_TOPICS)} matter to {self.rng.choice(['franchisees', 'restaurants', 'riders', 'diners'])}",
                                      f"{self.rng.choice(_TOPICS).capitalize()} in {self.rng.choice(_PLACES)}",
                                      self._title()]),
            "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(),
        }  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"])
        if self.rng.random() < 0.7:
            record["author"] = self._people(3)
            return self._person_work(record, "news")
        name = record["container-title"]  # unsigned: the paper stands for the author
        return self._org_work(record, "news", name, {"press"})

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self.rng.choice(["About us", "Frequently asked questions", "Food hygiene ratings explained",
                                      "How delivery fees are calculated", "Franchise opportunities", "Rewards terms and conditions",
                                      f"{self.rng.choice(_TOPICS).capitalize()}: a guide"]),
            "URL": self._url(),
        }  # fmt: skip
        record["accessed"] = self.accessed_after(None)
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        table = self.rng.choice([_BODIES, _CHAINS, _RESEARCH])
        name, tags = self.rng.choice(table)
        return self._org_work(record, "web", name, set(tags) | {"undated"})
