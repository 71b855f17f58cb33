"""The works cited by the blind295 pool: marketers at second-hand, resale and recommerce firms, charity shops,
pawnbrokers and refurbishers in the UK, France, Lithuania, Sweden, Germany and Australia, writing CIM Level 6 and 7
reports and MBA assignments in English on circular-economy, trust, pricing, platform and digital-channel marketing.

Written without reading the checker, its tests or any other pool. Books, chapters and articles in the circular-
economy, retailing and consumer journals with one to eight authors and DOIs, the marketing texts every candidate
cites, governments and public bodies (WRAP, DEFRA, the Charity Commission, the CRA, the FCA, ADEME, INSEE,
Statistics Lithuania, SCB, the EEA, the Ellen MacArthur Foundation; with and without their abbreviation, two works
of one body in a year), firms' pages and annual reports (plc, Ltd, SAS, SA, UAB, AB, GmbH, Pty Ltd), trade and
business press signed and unsigned, market research with and without years and undated pages. Lithuanian names as
Lithuanian scholars print them (the feminine "-ienė", "-aitė", "-ytė" and "-ūtė"), French names with "de", "du" and
"Le", Swedish, German, British and Australian names.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "report", "government", "company", "web", "news", "market-research")

# (family, given) as the names are printed on these scholars' papers.
_LITHUANIAN = [
    ("Kazlauskienė", "Rūta"), ("Petrauskaitė", "Eglė"), ("Jankauskienė", "Jurgita"), ("Stankevičiūtė", "Aistė"),
    ("Žukauskienė", "Ieva"), ("Vaitkevičienė", "Vilma"), ("Kairytė", "Gintarė"), ("Banytė", "Dalia"),
    ("Stonytė", "Indrė"), ("Paulauskaitė", "Justina"), ("Urbonienė", "Živilė"), ("Gudaitė", "Laura"),
    ("Navickienė", "Asta"), ("Žilytė", "Greta"), ("Butkutė", "Monika"), ("Šimkutė", "Agnė"),
    ("Kazlauskas", "Mindaugas"), ("Petrauskas", "Tomas"), ("Jonaitis", "Darius"), ("Žukauskas", "Audrius"),
    ("Vaitkus", "Vytautas"), ("Šimkus", "Gediminas"), ("Stankevičius", "Rimantas"), ("Bagdonas", "Linas"),
]  # fmt: skip
_SWEDISH = [
    ("Johansson", "Anna"), ("Andersson", "Erik"), ("Lindqvist", "Karin"), ("Åberg", "Björn"), ("Sjöberg", "Maja"),
    ("Ekström", "Lars"), ("Håkansson", "Sofia"), ("Bergström", "Johan"), ("Nyström", "Elin"), ("Öberg", "Per"),
    ("Lindén", "Ingrid"), ("Wallén", "Oskar"),
]  # fmt: skip
_GERMAN = [
    ("Müller", "Jürgen"), ("Schäfer", "Katrin"), ("Weiß", "Stefan"), ("Köhler", "Anja"), ("Hoffmann", "Tobias"),
    ("Fischer", "Miriam"), ("Groß", "Sebastian"), ("Schröder", "Lena"), ("Brück", "Matthias"), ("Jäger", "Sabine"),
]  # fmt: skip
_FRENCH = [
    ("Lefèvre", "Camille"), ("Dubois", "Mathieu"), ("Moreau", "Élodie"), ("Girard", "Hélène"), ("Le Goff", "Yann"),
    ("Le Roux", "Claire"), ("Le Gall", "Thomas"), ("Lemaître", "Aurélie"), ("Bréchet", "Sébastien"),
    ("Fournier", "Margaux"), ("Le Corre", "Nathalie"), ("Roché", "Inès"),
]  # fmt: skip
# French names with a lower-case particle, kept apart as reference managers keep it ("de Ferran, F.").
_FRENCH_PARTICLES = [("de", "Ferran", "Florence"), ("de", "Lassus", "Christel"), ("du", "Plessis", "Antoine"),
                     ("de", "Barnier", "Virginie"), ("du", "Roy", "Bertrand"), ("de", "La Ville", "Valérie")]  # fmt: skip
_REPORT_PUBLISHERS = [("WRAP", "Banbury"), ("European Environment Agency", "Copenhagen"), ("Ellen MacArthur Foundation", "Cowes"),
                      ("Green Alliance", "London"), ("Nordic Council of Ministers", "Copenhagen"), ("University of Leeds", "Leeds"),
                      ("Kaunas University of Technology", "Kaunas"), ("RISE Research Institutes of Sweden", "Gothenburg"),
                      ("Institut du développement durable et des relations internationales (IDDRI)", "Paris"),
                      ("Wuppertal Institut", "Wuppertal")]  # fmt: skip
_BRITISH_GIVEN = ["Sarah", "James", "Emma", "Tom", "Hannah", "Rachel", "David", "Sophie", "Michael", "Lucy", "Ben",
                  "Claire", "Mark", "Fiona", "Kate", "Andrew"]  # fmt: skip

# (journal, first year, volumes a year, Elsevier article numbers, DOI form)
_JOURNALS = [
    ("Journal of Retailing and Consumer Services", 1994, 2, True, "10.1016/j.jretconser.{y}.{a}"),
    ("Journal of Cleaner Production", 1993, 13, True, "10.1016/j.jclepro.{y}.{a}"),
    ("Resources, Conservation and Recycling", 1988, 5, True, "10.1016/j.resconrec.{y}.{a}"),
    ("Journal of Consumer Research", 1974, 1, False, "10.1093/jcr/ucab{n}"),
    ("Journal of Business Research", 1973, 3, True, "10.1016/j.jbusres.{y}.{a}"),
    ("Journal of Fashion Marketing and Management", 1997, 1, False, "10.1108/JFMM-0{m}-{y}-0{n}"),
    ("Electronic Commerce Research and Applications", 2002, 3, True, "10.1016/j.elerap.{y}.{a}"),
    ("International Journal of Consumer Studies", 1977, 1, False, "10.1111/ijcs.12{n}"),
    ("Business Strategy and the Environment", 1992, 1, False, "10.1002/bse.3{n}"),
]  # fmt: skip
_TOPICS = ["second-hand fashion", "online resale platforms", "peer-to-peer marketplaces", "charity shops",
           "refurbished smartphones", "pawnbroking", "recommerce", "circular business models", "pre-owned luxury",
           "consumer trust in used goods", "thrift shopping", "collaborative consumption", "take-back schemes",
           "product-life extension", "platform reputation systems", "the circular economy", "clothing reuse",
           "used electronics", "vintage fashion", "sustainable consumption"]  # fmt: skip
_ANGLES = ["perceived risk", "trust", "price fairness", "hedonic motivation", "contamination concerns",
           "nostalgia", "thrift", "environmental concern", "social stigma", "platform governance", "seller reputation",
           "warranty signals", "brand heritage", "fashion involvement", "word of mouth"]  # fmt: skip
_PLACES = ["the UK", "France", "Lithuania", "Sweden", "Germany", "Australia", "the Baltic states", "Europe",
           "Nordic countries", "England and Wales"]  # fmt: skip

# Marketing texts every candidate cites: authors, title, publisher, place, editions by year.
_CLASSICS = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane")], "Marketing management", "Pearson", "Harlow", [(2016, "15"), (2022, "16")]),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow", [(2019, "7"), (2022, "8")]),
    ([("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], "Principles and practice of marketing", "McGraw-Hill", "London", [(2019, "9"), (2023, "10")]),
    ([("Solomon", "Michael R.")], "Consumer behavior: buying, having, and being", "Pearson", "Harlow", [(2020, "13"), (2018, "12")]),
    ([("Kotler", "Philip"), ("Kartajaya", "Hermawan"), ("Setiawan", "Iwan")], "Marketing 4.0: moving from traditional to digital", "Wiley", "Hoboken, NJ", [(2017, None)]),
    ([("Ryan", "Damian")], "Understanding digital marketing", "Kogan Page", "London", [(2020, "5"), (2016, "4")]),
    ([("Sharp", "Byron")], "How brands grow", "Oxford University Press", "Melbourne", [(2010, None)]),
    ([("Botsman", "Rachel"), ("Rogers", "Roo")], "What's mine is yours: the rise of collaborative consumption", "HarperCollins", "New York", [(2010, None)]),
    ([("Parker", "Geoffrey G."), ("Van Alstyne", "Marshall W."), ("Choudary", "Sangeet Paul")], "Platform revolution", "W. W. Norton", "New York", [(2016, None)]),
    ([("Lacy", "Peter"), ("Rutqvist", "Jakob")], "Waste to wealth: the circular economy advantage", "Palgrave Macmillan", "Basingstoke", [(2015, None)]),
    ([("Fletcher", "Kate")], "Sustainable fashion and textiles: design journeys", "Routledge", "Abingdon", [(2014, "2")]),
    ([("Johnson", "Gerry"), ("Whittington", "Richard"), ("Regnér", "Patrick"), ("Angwin", "Duncan"), ("Scholes", "Kevan")], "Exploring strategy", "Pearson", "Harlow", [(2020, "12")]),
]  # fmt: skip

# Organisations as these candidates cite them, with what makes each hard.
_PUBLIC_TITLES = {
    "wrap": ["Textiles 2030: annual progress report", "Valuing our clothes: the cost of UK fashion",
             "Re-use and repair in the UK: a market review", "Textiles market situation report",
             "Consumer attitudes to buying second-hand clothing"],
    "defra": ["Maximising resources, minimising waste: waste prevention programme for England",
              "Our waste, our resources: a strategy for England", "Resources and waste strategy: monitoring progress",
              "Extended producer responsibility for textiles: call for evidence"],
    "cc": ["Trustees, trading and tax: how charities may lawfully trade", "Annual report and accounts",
           "Charity shops and the law", "Public trust in charities"],
    "cra": ["Annual charity retail survey", "Sector statistics: charity retail", "Charity shops and the high street",
            "Reuse and charity shops: the environmental impact"],
    "fca": ["High-cost credit review: pawnbroking and home-collected credit", "Consumer credit: our approach to pawnbroking",
            "Financial Lives survey: key findings", "Consumer Duty: findings from our review of high-cost lenders"],
    "ademe": ["Panorama de la deuxième vie des produits en France", "Réemploi et réparation : état des lieux",
              "Les Français et la consommation responsable"],
    "insee": ["L'achat d'occasion chez les ménages français", "La consommation des ménages", "Tableaux de l'économie française"],
    "lt": ["Retail trade turnover by type of goods", "Household budget survey", "Municipal waste generation and treatment"],
    "scb": ["Household final consumption expenditure", "Retail trade statistics", "Waste statistics for Sweden"],
    "eea": ["Textiles and the environment in Europe's circular economy",
            "Europe's consumption in a circular economy: the benefits of longer-lasting electronics",
            "Reuse of electrical and electronic equipment", "Trends in reuse and repair in Europe"],
    "emf": ["A new textiles economy: redesigning fashion's future",
            "Circular business models: redefining growth for a thriving fashion industry",
            "Completing the picture: how the circular economy tackles climate change", "Towards the circular economy"],
    "abs": ["Retail trade, Australia", "Household expenditure survey, Australia", "Waste account, Australia"],
    "uba": ["Second-hand goods and household budgets", "Reuse in Germany: potentials and barriers"],
    "npa": ["Pawnbroking in the UK: the facts", "Pawnbroking customer survey"],
}  # fmt: skip
# (name as cited, tags, web address, place of publication, titles)
_PUBLIC = [
    ("WRAP", {"government", "acronym"}, "https://wrap.org.uk/resources/report/", "Banbury", "wrap"),
    ("Waste and Resources Action Programme (WRAP)", {"government", "abbreviation"}, "https://wrap.org.uk/resources/report/", "Banbury", "wrap"),
    ("Department for Environment, Food & Rural Affairs", {"government", "ampersand", "comma"}, "https://www.gov.uk/government/publications/", "London", "defra"),
    ("DEFRA", {"government", "acronym"}, "https://www.gov.uk/government/publications/", "London", "defra"),
    ("Charity Commission for England and Wales", {"government"}, "https://www.gov.uk/government/publications/", "London", "cc"),
    ("The Charity Commission", {"government"}, "https://www.gov.uk/guidance/", "London", "cc"),
    ("Charity Retail Association", {"trade-body"}, "https://www.charityretail.org.uk/", "London", "cra"),
    ("Charity Retail Association (CRA)", {"trade-body", "abbreviation"}, "https://www.charityretail.org.uk/", "London", "cra"),
    ("Financial Conduct Authority", {"government"}, "https://www.fca.org.uk/publications/", "London", "fca"),
    ("Financial Conduct Authority (FCA)", {"government", "abbreviation"}, "https://www.fca.org.uk/publications/", "London", "fca"),
    ("ADEME", {"government", "acronym"}, "https://librairie.ademe.fr/", "Angers", "ademe"),
    ("Agence de la transition écologique (ADEME)", {"government", "abbreviation"}, "https://librairie.ademe.fr/", "Angers", "ademe"),
    ("INSEE", {"government", "acronym"}, "https://www.insee.fr/fr/statistiques/", "Montrouge", "insee"),
    ("Statistics Lithuania", {"government"}, "https://osp.stat.gov.lt/", "Vilnius", "lt"),
    ("Statistics Sweden (SCB)", {"government", "abbreviation"}, "https://www.scb.se/en/finding-statistics/", "Stockholm", "scb"),
    ("Statistics Sweden", {"government"}, "https://www.scb.se/en/finding-statistics/", "Stockholm", "scb"),
    ("European Environment Agency", {"government"}, "https://www.eea.europa.eu/publications/", "Copenhagen", "eea"),
    ("European Environment Agency (EEA)", {"government", "abbreviation"}, "https://www.eea.europa.eu/publications/", "Copenhagen", "eea"),
    ("Ellen MacArthur Foundation", {"charity"}, "https://www.ellenmacarthurfoundation.org/", "Cowes", "emf"),
    ("Australian Bureau of Statistics", {"government"}, "https://www.abs.gov.au/statistics/", "Canberra", "abs"),
    ("Umweltbundesamt", {"government"}, "https://www.umweltbundesamt.de/publikationen/", "Dessau-Roßlau", "uba"),
    ("National Pawnbrokers Association (NPA)", {"trade-body", "abbreviation"}, "https://www.thenpa.com/", "London", "npa"),
]  # fmt: skip

_FIRMS = [
    ("Vinted UAB", {"company"}, "https://www.vinted.co.uk/"), ("Vinted", {"company"}, "https://company.vinted.com/"),
    ("Back Market SAS", {"company"}, "https://www.backmarket.co.uk/"), ("Back Market", {"company"}, "https://www.backmarket.fr/"),
    ("Ramsdens Holdings plc", {"company"}, "https://www.ramsdensplc.com/"), ("H&T Group plc", {"company", "ampersand"}, "https://www.handtgroup.co.uk/"),
    ("Cash Converters International Limited", {"company"}, "https://www.cashconverters.com/"),
    ("Cash Converters Pty Ltd", {"company"}, "https://www.cashconverters.com.au/"),
    ("H & M Hennes & Mauritz AB", {"company", "ampersand"}, "https://hmgroup.com/"),
    ("Vestiaire Collective SA", {"company"}, "https://www.vestiairecollective.com/"),
    ("eBay Inc.", {"company", "lowercase"}, "https://www.ebayinc.com/"), ("eBay UK", {"company", "lowercase"}, "https://www.ebay.co.uk/"),
    ("Depop Ltd", {"company"}, "https://www.depop.com/"), ("musicMagpie plc", {"company", "lowercase"}, "https://www.musicmagpie.co.uk/"),
    ("CeX Ltd", {"company"}, "https://uk.webuy.com/"), ("Sellpy AB", {"company"}, "https://www.sellpy.se/"),
    ("Oxfam GB", {"charity"}, "https://www.oxfam.org.uk/"), ("British Heart Foundation", {"charity"}, "https://www.bhf.org.uk/"),
    ("Sue Ryder", {"charity"}, "https://www.sueryder.org/"), ("Emmaus UK", {"charity"}, "https://emmaus.org.uk/"),
    ("Barnardo's", {"charity", "apostrophe"}, "https://www.barnardos.org.uk/"), ("Leboncoin", {"company", "lowercase"}, "https://www.leboncoin.fr/"),
    ("Selency SAS", {"company"}, "https://www.selency.co.uk/"), ("Tise AS", {"company"}, "https://tise.com/"),
    ("Blocket AB", {"company"}, "https://www.blocket.se/"), ("reBuy reCommerce GmbH", {"company", "lowercase"}, "https://www.rebuy.de/"),
    ("Gumtree UK Ltd", {"company"}, "https://www.gumtree.com/"), ("Thriftify Ltd", {"company"}, "https://thriftify.co.uk/"),
    ("Adevinta ASA", {"company"}, "https://adevinta.com/"), ("Marks & Spencer Group plc", {"company", "ampersand"}, "https://corporate.marksandspencer.com/"),
    ("St Vincent de Paul Society NSW", {"charity"}, "https://www.vinnies.org.au/"), ("The Salvation Army", {"charity"}, "https://www.salvationarmy.org.uk/"),
]  # fmt: skip
_FIRM_TITLES = ["Annual report and accounts {y}", "Impact report {y}", "Sustainability report {y}", "Annual report {y}",
                "Climate and circularity report {y}", "Preliminary results for the year ended 31 March {y}",
                "Our impact", "About us", "How it works", "Buyer Protection", "Our story", "Fees and pricing",
                "Trust and safety", "Pawnbroking: how it works", "Why buy refurbished?", "Donate your clothes",
                "Our shops", "Press room", "Sustainability strategy", "Careers at our stores"]  # fmt: skip

_PRESS = ["Retail Gazette", "Drapers", "Third Sector", "Les Echos", "LSA", "Verslo žinios", "Dagens Industri",
          "Business of Fashion", "TechCrunch", "The Guardian", "Financial Times", "Sifted", "Charity Times"]  # fmt: skip
_PRESS_TITLES = ["{brand} doubles UK listings as cost of living bites", "Charity shops report record sales",
                 "{brand} raises new funding to expand in Europe", "Why Gen Z is buying second-hand",
                 "Pawnbrokers see demand rise as gold price climbs", "{brand} introduces buyer fee in the UK",
                 "Resale is the new retail: inside the pre-loved boom", "{brand} opens its first UK store",
                 "Refurbished phones go mainstream", "The trouble with fakes on resale apps",
                 "How charity retailers are going online", "{brand} posts first annual profit",
                 "Second Hand September returns for another year", "Is recommerce finally profitable?"]  # fmt: skip
_BRAND_NAMES = ["Vinted", "Depop", "Back Market", "Vestiaire Collective", "Sellpy", "musicMagpie", "Oxfam", "Ramsdens",
                "Cash Converters", "Tise", "Selency", "Leboncoin", "Thriftify", "eBay"]  # fmt: skip

_RESEARCH = [("GlobalData", "https://www.globaldata.com/store/report/"), ("thredUP", "https://www.thredup.com/resale/"),
             ("Mintel", "https://store.mintel.com/report/"), ("Kantar", "https://www.kantar.com/inspiration/"),
             ("Boston Consulting Group (BCG)", "https://www.bcg.com/publications/"), ("BCG", "https://www.bcg.com/publications/"),
             ("Statista", "https://www.statista.com/statistics/"), ("YouGov", "https://yougov.co.uk/topics/"),
             ("Statista Research Department", "https://www.statista.com/statistics/")]  # fmt: skip
_RESEARCH_TITLES = ["Second-hand clothing - UK - {y}", "The circular economy and the consumer - UK - {y}",
                    "Value of the second-hand apparel market worldwide from 2021 to 2028", "Recommerce in Europe: market size and forecast",
                    "Fashion resale: consumer attitudes in the UK", "Why consumers buy refurbished electronics",
                    "Share of adults in Sweden who bought second-hand clothes in {y}", "Pre-owned luxury: the next growth engine",
                    "The second-hand fashion market in France, {y}", "What Britons think about charity shops"]  # fmt: skip

_EDITORS_BOOKS = ["The Routledge handbook of sustainable fashion", "Circular economy and marketing", "Handbook of research on the platform economy",
                  "Sustainable consumption and the circular economy", "Charity retailing: marketing perspectives",
                  "Consumption and the circular economy", "The Oxford handbook of the sharing economy"]  # fmt: skip


class Blind295WorkFactory(WorkFactory):
    """Works for the blind295 pool (see the module docstring). A subclass: the other halves' factories are unchanged."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 41 + 295)
        for index, locale in enumerate(["en_AU", "sv_SE", "lt_LT"]):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.used_classics: set[int] = set()
        self.dated_bodies: list[tuple[tuple[str, set[str], str, str, str], int]] = []
        self.titles: set[tuple[str, str]] = set()  # one report does not list the same page twice

    def _fresh(self, name: str, titles: list[str]) -> str:
        for _ in range(20):
            title = self.rng.choice(titles)
            if (name, title) not in self.titles:
                break
        self.titles.add((name, title))
        return title

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.24:
            family, given = self.rng.choice(_LITHUANIAN)
        elif roll < 0.36:
            family, given = self.rng.choice(_FRENCH)
        elif roll < 0.42:
            particle, family, given = self.rng.choice(_FRENCH_PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        elif roll < 0.52:
            family, given = self.rng.choice(_SWEDISH)
        elif roll < 0.60:
            family, given = self.rng.choice(_GERMAN)
        elif roll < 0.62:
            return {"family": "Hagen", "given": self.rng.choice(["Klara", "Felix"]), "non-dropping-particle": "von"}
        else:
            fake = self.fakers[self.rng.choice(["en_GB", "en_GB", "en_GB", "en_AU"])]
            family = fake.last_name()
            given = self.rng.choice(_BRITISH_GIVEN) if self.rng.random() < 0.5 else fake.first_name()
            if "-" in given or " " in given:
                given = self.rng.choice(_BRITISH_GIVEN)
            if self.rng.random() < 0.06:
                family = f"{family}-{self.fakers['en_GB'].last_name()}"
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[30, 28, 18, 10, 6, 4, 2, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if all(name["family"] != p["family"] for p in people):
                people.append(name)
        return people

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.06:
            return self.rng.randint(1986, 2004)
        return self.rng.randint(2010, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        first = issued[0] if issued else 2022
        year = self.rng.randint(max(first, 2023), 2025) if first <= 2025 else first
        month = self.rng.randint(1, 12)
        day = self.rng.randint(1, 28)
        if issued and year == first:
            month = self.rng.randint(issued[1] if len(issued) > 1 else 1, 12)
            if len(issued) > 2 and month == issued[1]:
                day = self.rng.randint(issued[2], 28)
        return {"date-parts": [[year, month, day]]}

    def _id(self) -> str:
        self.counter += 1
        return f"b295w{self.counter}"

    # ------------------------------------------------------------------ titles
    def _title(self) -> str:
        topic, angle, place = self.rng.choice(_TOPICS), self.rng.choice(_ANGLES), self.rng.choice(_PLACES)
        forms = [
            f"{angle.capitalize()} and {topic}: evidence from {place}",
            f"Why consumers choose {topic}: the role of {angle}",
            f"{topic.capitalize()} in {place}: a qualitative study",
            f"Buying used: {angle} in {topic}",
            f"From waste to value: {topic} and {angle}",
            f"The effect of {angle} on intentions to use {topic}",
            f"Understanding {topic}: a systematic literature review",
            f"Who buys second-hand? {angle.capitalize()} among young consumers in {place}",
        ]
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "classic", "chapter", "journal", "person-report", "public", "firm", "press", "market-research"],
            weights=[8, 8, 6, 26, 6, 14, 14, 10, 8],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self._title(), "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Kogan Page", "Palgrave Macmillan", "Springer", "Emerald Publishing",
                                          "Edward Elgar", "Bloomsbury", "Sage"]),
            "publisher-place": self.rng.choice(["Abingdon", "London", "Cham", "Bingley", "Cheltenham", "Oxford"]),
        }  # fmt: skip
        if self.rng.random() < 0.2:
            record["edition"] = str(self.rng.randint(2, 4))
        return self._person_work(record, "book")

    def _classic(self) -> Work:
        free = [i for i in range(len(_CLASSICS)) if i not in self.used_classics]
        if not free:
            return self._book()
        index = self.rng.choice(free)
        self.used_classics.add(index)
        authors, title, publisher, place, editions = _CLASSICS[index]
        year, edition = self.rng.choice(editions)
        record: dict[str, Any] = {
            "type": "book", "title": title, "author": [{"family": f, "given": g} for f, g in authors],
            "issued": {"date-parts": [[year]]}, "publisher": publisher, "publisher-place": place,
        }  # fmt: skip
        if edition:
            record["edition"] = edition
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(_EDITORS_BOOKS), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Springer", "Edward Elgar", "Oxford University Press"]),
            "publisher-place": self.rng.choice(["Abingdon", "Cham", "Cheltenham", "Oxford"]),
            "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        journal, first, per_year, numbered, doi = self.rng.choice(_JOURNALS)
        year = max(self.year(), first + 2)
        volume = (year - first) * per_year + self.rng.randint(0, per_year - 1) + 1
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8), "container-title": journal,
            "issued": {"date-parts": [[year]]}, "volume": str(volume),
        }  # fmt: skip
        article = self.rng.randint(100000, 140000)
        if numbered and year >= 2016:
            record["page"] = str(article)  # an article number
        else:
            record["issue"] = str(self.rng.randint(1, 6 if not numbered else 12))
            start = self.rng.randint(1, 1400 if numbered else 600)
            record["page"] = f"{start}-{start + self.rng.randint(9, 24)}"
        if year >= 2000 and self.rng.random() < 0.75:
            record["DOI"] = doi.format(y=year, a=article, n=self.rng.randint(100, 999), m=self.rng.randint(1, 9))
        return self._person_work(record, "journal")

    def _person_report(self) -> Work:
        """A report with named authors, published by a body or a university (WRAP, the EEA, a think tank)."""
        year = self.rng.randint(2008, 2025)
        record: dict[str, Any] = {
            "type": "report", "title": self._title(), "author": self._people(4), "issued": {"date-parts": [[year]]},
        }  # fmt: skip
        record["publisher"], record["publisher-place"] = self.rng.choice(_REPORT_PUBLISHERS)
        if self.rng.random() < 0.6:
            record["URL"] = f"https://www.{self.fakers['en_GB'].domain_name()}/{self.fakers['en_GB'].slug()}.pdf"
            record["accessed"] = self._accessed_after([year])
        return self._person_work(record, "report")

    def _body_work(self, name: str, tags: set[str], record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def _public(self) -> Work:
        # Now and then a second work of a body already drawn, of the same year ("WRAP, 2022a" and "2022b").
        if self.dated_bodies and self.rng.random() < 0.2:
            body, year = self.rng.choice(self.dated_bodies)
        else:
            body = self.rng.choice(_PUBLIC)
            year = self.rng.randint(2012, 2025) if self.rng.random() < 0.9 else 0
        name, tags, url, place, titles = body
        record: dict[str, Any] = {"type": self.rng.choice(["report", "report", "webpage"]),
                                  "title": self._fresh(name, _PUBLIC_TITLES[titles])}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
            self.dated_bodies.append((body, year))
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = place
        if record["type"] == "webpage" or self.rng.random() < 0.75:
            record["URL"] = url + self.fakers["en_GB"].slug()
            record["accessed"] = self._accessed_after([year] if year else None)
        return self._body_work(name, tags, record, "government")

    def _firm(self) -> Work:
        name, tags, url = self.rng.choice(_FIRMS)
        template = self._fresh(name, _FIRM_TITLES)
        record: dict[str, Any] = {"URL": url + self.fakers["en_GB"].uri_path()}
        if "{y}" in template:
            year = self.rng.randint(2016, 2025)
            record.update({"type": "report", "title": template.format(y=year), "issued": {"date-parts": [[year]]}})
            record["accessed"] = self._accessed_after([year])
            return self._body_work(name, tags, record, "company")
        record.update({"type": "webpage", "title": template})
        if self.rng.random() < 0.45:  # firms' pages seldom carry a date
            year = self.rng.randint(2018, 2025)
            record["issued"] = {"date-parts": [[year]]}
            record["accessed"] = self._accessed_after([year])
        else:
            record["accessed"] = self._accessed_after(None)
        return self._body_work(name, tags, record, "web")

    def _press(self) -> Work:
        year = self.rng.randint(2014, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self.rng.choice(_PRESS_TITLES).format(brand=self.rng.choice(_BRAND_NAMES)),
            "container-title": paper, "issued": {"date-parts": [issued]},
            "URL": f"https://www.{paper.lower().replace(' ', '').replace('ž', 'z')}.com/{self.fakers['en_GB'].slug()}",
            "accessed": self._accessed_after(issued),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._body_work(paper, {"press"}, record, "news")

    def _market_research(self) -> Work:
        name, url = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2017, 2025) if self.rng.random() < 0.85 else 0
        record: dict[str, Any] = {
            "type": "report", "title": (self.rng.choice(_RESEARCH_TITLES) if name != "thredUP" else "Resale report {y}").format(y=year or 2024),
            "publisher": name.split(" (")[0], "URL": url + self.fakers["en_GB"].slug(),
            "accessed": self._accessed_after([year] if year else None),
        }  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._body_work(name, {"market-research"}, record, "market-research")
