"""Works for the forty-sixth held-out pool, "blind46": what brand, loyalty, franchise and delivery marketers at
restaurant groups, coffee-shop and bakery chains, quick-service franchises and hospitality groups in the UK, Turkey,
Greece and Cyprus cite on CIM Level 4 to 7 courses.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a forty-sixth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how these candidates
cite: hospitality-marketing textbooks and chapters, journals such as the International Journal of Hospitality
Management, Cornell Hospitality Quarterly and Anatolia with one to eight authors, annual reports of listed chains
(Whitbread PLC, Greggs plc, Domino's Pizza Group plc, TAB Gıda, Yum! Brands, Inc.), market research (Kantar, CGA by
NIQ, Lumina Intelligence, Euromonitor), the Food Standards Agency and UK, Turkish, Greek and Cypriot government
bodies and statistics offices (TÜİK, ELSTAT, CYSTAT), regulations listed under the government that made them, the
trade and national press (The Caterer, Big Hospitality, Hürriyet Daily News, Kathimerini), podcasts, Instagram and
LinkedIn posts, web pages with and without dates or access dates, and dissertations. Names are Turkish (ç, ğ, ı, İ,
ö, ş, ü), Greek and Greek-Cypriot (transliterated, long surnames, Hadji-), Armenian, Kurdish and British (hyphens,
O' and Mc, particles).
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
import re
import unicodedata
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_TURKISH_FAMILY = ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir",
                   "Arslan", "Doğan", "Kılıç", "Çetin", "Koç", "Özkan", "Şimşek", "Korkmaz", "Çakır", "Güneş",
                   "Aksoy", "Uçar", "Karaca", "Ünal", "Bozkurt", "Akgül", "Ergüven", "İnce", "İlhan", "Işık", "Güler",
                   "Sarıoğlu", "Karabağlı", "Ağaoğlu", "Eğilmez", "Gürsoy", "Tekin", "Erbaş", "Başaran", "Dağdelen",
                   "Kocabıyık", "Süzer", "Ötüken", "Çağlayan", "Akyürek"]  # fmt: skip
_TURKISH_GIVEN = ["Elif", "Zeynep", "Ayşe", "Büşra", "Gökhan", "Mehmet", "Çağla", "Ömer", "Şükrü", "İpek", "Ilgın",
                  "Doğukan", "Tuğba", "Cem", "Emre", "Özge", "Burak", "Selin", "Ece", "Barış", "Kübra", "Hüseyin",
                  "Gülşen", "Nazlı", "İlkay", "Merve", "Onur", "Sıla", "Uğur", "Deniz"]  # fmt: skip
_GREEK_FAMILY = ["Papadopoulos", "Georgiou", "Konstantinidis", "Papadimitriou", "Oikonomou", "Christodoulou",
                 "Hadjipetrou", "Hadjikyriacou", "Charalambous", "Constantinou", "Ioannou", "Kyriakou", "Panayiotou",
                 "Antoniades", "Economides", "Tsakiridou", "Vasilopoulou", "Alexandropoulos", "Theodorakopoulou",
                 "Stavropoulos", "Nikolaidis", "Michaelides", "Papachristodoulou", "Zacharopoulos", "Diamantopoulou",
                 "Xenophontos", "Evangelou", "Demetriades", "Pieridou", "Hadjimichael", "Loizidou", "Sotiriou",
                 "Chrysostomou", "Karagiannopoulou", "Triantafyllidis", "Mavrommatis", "Kouyialis", "Efstathiou"]  # fmt: skip
_GREEK_GIVEN = ["Eleni", "Nikos", "Giorgos", "Maria", "Andreas", "Christos", "Despina", "Panagiota", "Stavros",
                "Katerina", "Dimitris", "Androulla", "Kyriacos", "Marios", "Chrystalla", "Sotiris", "Ioanna",
                "Vasiliki", "Thanasis", "Myrto", "Eftychia", "Loukas", "Anthi", "Kostas"]  # fmt: skip
_ARMENIAN = [("Bakırcıyan", "Talin"), ("Kalaycıyan", "Aram"), ("Agopyan", "Sevan"), ("Manukyan", "Anahid"),
             ("Petrosyan", "Nairi"), ("Hovhannisyan", "Lerna"), ("Der Boghossian", "Garo"), ("Kasbarian", "Arda"),
             ("Tashjian", "Maral"), ("Minasyan", "Arek"), ("Kouyoumdjian", "Sona"), ("Balabanyan", "Vartan")]  # fmt: skip
_KURDISH = [("Hawrami", "Rojda"), ("Baban", "Azad"), ("Amedi", "Berfin"), ("Rashid", "Delal"), ("Kurdi", "Şervan"),
            ("Sindi", "Hêvî"), ("Ahmadi", "Dilan"), ("Zengin", "Rojhat"), ("Jaff", "Zîlan"), ("Bilici", "Baran"),
            ("Ekinci", "Hejar"), ("Ranya", "Nazdar")]  # fmt: skip
_PARTICLE_NAMES = [("de", "Souza", "Carla"), ("van der", "Merwe", "Pieter"), ("de", "Silva", "Rosa"),
                   ("van den", "Bosch", "Lieke"), ("di", "Lorenzo", "Marco"), ("le", "Guen", "Yann")]  # fmt: skip
_BRITISH_PREFIXES = ["O'", "Mc", "Mac"]
_REPEATABLE = ("web", "government", "social")  # kinds where one body's two works of a year are common

# Real organisations these candidates cite as authors, with tags saying what makes each hard.
_ORGANISATIONS = [
    ("UKHospitality", {"trade-body"}), ("Food Standards Agency", {"government"}),
    ("Food Standards Agency (FSA)", {"government", "abbreviation"}), ("Food Standards Scotland", {"government"}),
    ("Kantar", {"market-research"}), ("CGA by NIQ", {"market-research"}), ("Lumina Intelligence", {"market-research"}),
    ("Euromonitor International", {"market-research"}), ("Mintel", {"market-research"}), ("YouGov", {"market-research"}),
    ("Whitbread PLC", {"company"}), ("Greggs plc", {"company"}), ("Domino's Pizza Group plc", {"company", "apostrophe"}),
    ("Yum! Brands, Inc.", {"company", "punctuation", "comma"}), ("McDonald's Corporation", {"company", "apostrophe"}),
    ("Mitchells & Butlers plc", {"company", "ampersand"}), ("J D Wetherspoon plc", {"company"}),
    ("TAB Gıda Sanayi ve Ticaret A.Ş.", {"company", "non-ascii"}), ("Simit Sarayı", {"company", "non-ascii"}),
    ("Kahve Dünyası", {"company", "non-ascii"}), ("Nando's", {"company", "apostrophe"}),
    ("Pret A Manger (Europe) Ltd", {"company", "abbreviation"}), ("Costa Ltd", {"company"}),
    ("Deliveroo plc", {"company"}), ("Just Eat Takeaway.com", {"company", "punctuation"}),
    ("Yemeksepeti", {"company"}), ("Getir", {"company"}), ("Wolt", {"company"}), ("efood", {"company", "lower"}),
    ("Foody", {"company"}), ("Mikel Coffee Company", {"company"}), ("Goody's Burger House", {"company", "apostrophe"}),
    ("Starbucks Corporation", {"company"}), ("Big Chefs", {"company"}), ("Leon Restaurants Ltd", {"company"}),
    ("Turkish Statistical Institute (TÜİK)", {"government", "abbreviation", "non-ascii"}), ("TÜİK", {"government", "acronym", "non-ascii"}),
    ("Hellenic Statistical Authority (ELSTAT)", {"government", "abbreviation"}), ("ELSTAT", {"government", "acronym"}),
    ("Statistical Service of Cyprus (CYSTAT)", {"government", "abbreviation"}),
    ("Department of Health and Social Care", {"government"}), ("Office for National Statistics", {"government"}),
    ("Competition and Markets Authority (CMA)", {"government", "abbreviation"}),
    ("Advertising Standards Authority", {"trade-body"}), ("HM Revenue & Customs", {"government", "ampersand"}),
    ("British Beer & Pub Association", {"trade-body", "ampersand"}), ("Institute of Hospitality", {"trade-body"}),
    ("Chartered Institute of Environmental Health (CIEH)", {"trade-body", "abbreviation"}),
    ("Natasha's Allergy Research Foundation", {"charity", "apostrophe"}), ("Allergy UK", {"charity"}),
    ("AA Media Ltd", {"company"}), ("Michelin Guide", {"company"}), ("The Sustainable Restaurant Association", {"charity"}),
    ("Central Bank of the Republic of Türkiye", {"government", "non-ascii"}), ("Eurostat", {"government"}),
    ("Republic of Türkiye Ministry of Trade", {"government", "non-ascii"}), ("Hellenic Republic Ministry of Tourism", {"government"}),
    ("Cyprus Deputy Ministry of Tourism", {"government"}), ("Deloitte", {"company"}), ("KPMG", {"company", "acronym"}),
    ("McKinsey & Company", {"company", "ampersand"}), ("PwC", {"company"}), ("OpenTable", {"company"}),
    ("Tripadvisor", {"company"}), ("WRAP", {"charity", "acronym"}), ("The Caterer", {"press"}),
]  # fmt: skip
# Government bodies and statistics offices with their sites and the kinds of page candidates cite from them.
_GOVERNMENT = [
    ("Food Standards Agency", "food.gov.uk/business-guidance", ["Food hygiene rating scheme: guidance for businesses", "Allergen guidance for food businesses", "Introducing the Food Hygiene Rating Scheme", "Food and You 2: wave {w} key findings"]),
    ("Department of Health and Social Care", "gov.uk/government/publications", ["Calorie labelling in the out of home sector: implementation guidance", "Tackling obesity: empowering adults and children to live healthier lives"]),
    ("Department for Business and Trade", "gov.uk/government/publications", ["Hospitality strategy: reopening, recovery, resilience", "Distribution of tips: code of practice"]),
    ("Office for National Statistics", "ons.gov.uk/economy/inflationandpriceindices", ["Consumer price inflation, UK: {m} {y}", "Business insights and impact on the UK economy: {m} {y}"]),
    ("Food Standards Scotland", "foodstandards.gov.scot/publications-and-research", ["Out of home food environment: consultation analysis", "Situation report: the Scottish diet"]),
    ("Turkish Statistical Institute", "data.tuik.gov.tr/Bulten", ["Consumer price index, {m} {y}", "Household consumption expenditure, {y}"]),
    ("Hellenic Statistical Authority", "statistics.gr/en", ["Consumer price index: {m} {y}", "Arrivals of non-residents: {y}"]),
    ("Statistical Service of Cyprus", "cystat.gov.cy/en", ["Tourism statistics {y}", "Consumer price index, {m} {y}"]),
    ("Republic of Türkiye Ministry of Trade", "ticaret.gov.tr", ["Unfair price increases: guidance for restaurants", "Electronic commerce data, {y}"]),
    ("HM Treasury", "gov.uk/government/publications", ["Eat Out to Help Out: guidance", "VAT: temporary reduced rate for hospitality"]),
    ("House of Commons Library", "commonslibrary.parliament.uk/research-briefings", ["Hospitality industry and Covid-19", "Calorie labelling in the out-of-home sector"]),
]  # fmt: skip
_CHAINS = ["Whitbread PLC", "Greggs plc", "Domino's Pizza Group plc", "Yum! Brands, Inc.", "McDonald's Corporation",
           "Mitchells & Butlers plc", "J D Wetherspoon plc", "TAB Gıda Sanayi ve Ticaret A.Ş.", "Deliveroo plc",
           "Just Eat Takeaway.com", "Starbucks Corporation", "Pret A Manger (Europe) Ltd", "Costa Ltd",
           "Leon Restaurants Ltd", "Simit Sarayı", "Kahve Dünyası", "Nando's"]  # fmt: skip
# Regulations listed under the government that made them, as many candidates write them.
_LEGISLATION = [
    ("UK Government", "The Calorie Labelling (Out of Home Sector) (England) Regulations 2021", 2021),
    ("UK Government", "The Food Information (Amendment) (England) Regulations 2019", 2019),
    ("UK Government", "Food Safety Act 1990", 1990), ("UK Government", "Employment (Allocation of Tips) Act 2023", 2023),
    ("UK Government", "The Food Information Regulations 2014", 2014), ("UK Government", "Licensing Act 2003", 2003),
    ("Scottish Government", "The Food Information (Scotland) Amendment Regulations 2020", 2020),
    ("European Parliament and Council of the European Union", "Regulation (EU) No 1169/2011 on the provision of food information to consumers", 2011),
    ("Republic of Türkiye", "Türk Gıda Kodeksi Gıda Etiketleme ve Tüketicileri Bilgilendirme Yönetmeliği", 2017),
    ("Republic of Cyprus", "Food (Control and Sale) Law", 1996),
]  # fmt: skip
_JOURNALS = ["International Journal of Hospitality Management", "Cornell Hospitality Quarterly", "Anatolia",
             "Tourism Management", "Journal of Foodservice Business Research", "British Food Journal",
             "International Journal of Contemporary Hospitality Management", "Journal of Hospitality Marketing & Management",
             "Appetite", "Food Policy", "Journal of Retailing and Consumer Services", "Tourism and Hospitality Research",
             "International Journal of Gastronomy and Food Science", "Journal of Hospitality and Tourism Research",
             "Journal of Hospitality and Tourism Insights", "Tourism Review"]  # fmt: skip
_PRESS = ["The Caterer", "Restaurant", "Big Hospitality", "Hürriyet Daily News", "Kathimerini English Edition",
          "Cyprus Mail", "Daily Sabah", "The Morning Advertiser", "Propel", "Financial Times", "The Guardian",
          "BBC News", "Greek Reporter", "in-cyprus", "Marketing Week", "The Grocer"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Pearson", "Harlow"), ("Goodfellow Publishers", "Oxford"),
               ("Sage", "London"), ("Kogan Page", "London"), ("CABI", "Wallingford"), ("Wiley", "Hoboken, NJ"),
               ("Palgrave Macmillan", "Cham"), ("Cengage", "Andover"), ("Channel View Publications", "Bristol"),
               ("Nobel Akademik Yayıncılık", "Ankara"), ("Kritiki", "Athens")]  # fmt: skip
_TOPICS = ["loyalty apps", "delivery commission", "dark kitchens", "menu engineering", "limited-time offers",
           "franchise partnerships", "calorie labelling", "allergen information", "food-hygiene ratings",
           "coffee-shop experience", "Ramadan menus", "festive menus", "online reviews", "table booking",
           "service recovery", "plant-based menus", "price perception", "tipping", "brand heritage",
           "Instagrammable food", "gastronomy tourism", "street food", "meze culture", "café loyalty",
           "quick-service restaurants", "bakery-café formats", "self-service kiosks", "sustainable sourcing",
           "food waste", "inflation and menu prices", "drive-thru growth", "aggregator platforms"]  # fmt: skip
_PLACES = ["the UK", "Türkiye", "Turkey", "Greece", "Cyprus", "Istanbul", "Izmir", "Ankara", "Athens", "Thessaloniki",
           "Nicosia", "Limassol", "London", "Manchester", "Scotland", "the Eastern Mediterranean"]  # fmt: skip
_AUDIENCES = ["Generation Z diners", "students", "families", "tourists", "commuters", "franchisees",
              "frontline staff", "older customers", "app users", "delivery customers"]  # fmt: skip


_ADVISERS = (
    "Deloitte",
    "KPMG",
    "McKinsey & Company",
    "PwC",
    "AA Media Ltd",
    "Michelin Guide",
    "OpenTable",
    "Tripadvisor",
)


def _domain(name: str) -> str:
    """A plausible web address for a body: "Greggs plc" at greggs.com, "Simit Sarayı" at simitsarayi.com."""
    folded = unicodedata.normalize("NFKD", name.split(" (")[0].replace("ı", "i")).encode("ascii", "ignore").decode()
    words = [
        w
        for w in re.sub(r"[^A-Za-z ]", "", folded).lower().split()
        if w not in ("plc", "ltd", "inc", "the", "corporation", "as")
    ]
    return "".join(words[:2]) + ".com"


class Blind46WorkFactory(WorkFactory):
    """The forty-sixth pool's works: hospitality books and journals, chains' reports, research firms, governments
    and regulations, press, podcasts, posts, web pages and dissertations, by Turkish, Greek, Cypriot, Armenian,
    Kurdish and British names."""

    KINDS = ("book", "chapter", "journal", "company-report", "market-research", "government", "legislation", "news",
             "web", "web-person", "podcast", "social", "thesis")  # fmt: skip
    _WEIGHTS = (11, 5, 22, 8, 8, 7, 3, 10, 9, 5, 3, 4, 2)

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 4646 + 46)
        for index, locale in enumerate(["tr_TR", "en_GB"]):
            fake = Faker(locale)
            fake.seed_instance(seed * 467 + index)
            self.fakers[f"b46-{locale}"] = fake
        self.surnames: list[dict[str, str]] = []
        self.dated_orgs: list[tuple[str, set[str], int, str]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.22:
            name = {"family": rng.choice(_TURKISH_FAMILY), "given": rng.choice(_TURKISH_GIVEN)}
        elif roll < 0.30:
            fake = self.fakers["b46-tr_TR"]
            name = {"family": fake.last_name(), "given": fake.first_name()}
        elif roll < 0.52:
            family = rng.choice(_GREEK_FAMILY)
            given = rng.choice(_GREEK_GIVEN)
            if rng.random() < 0.08:  # a Greek-Cypriot double surname
                family = f"{family}-{rng.choice(_GREEK_FAMILY)}"
            name = {"family": family, "given": given}
        elif roll < 0.58:
            family, given = rng.choice(_ARMENIAN)
            name = {"family": family, "given": given}
        elif roll < 0.64:
            family, given = rng.choice(_KURDISH)
            name = {"family": family, "given": given}
        elif roll < 0.68:
            particle, family, given = rng.choice(_PARTICLE_NAMES)
            name = {"family": family, "given": given, "non-dropping-particle": particle}
        elif roll < 0.72 and self.surnames:  # a second person with a surname already in the works
            earlier = rng.choice(self.surnames)
            name = {k: v for k, v in earlier.items() if k != "given"}
            name["given"] = self.fakers["b46-en_GB"].first_name()
        else:
            fake = self.fakers["b46-en_GB"]
            family = fake.last_name()
            sub = rng.random()
            if sub < 0.08:
                family = f"{family}-{fake.last_name()}"
            elif sub < 0.13:
                family = rng.choice(_BRITISH_PREFIXES) + family.split("-")[0]
            name = {"family": family, "given": fake.first_name()}
        self.surnames.append(name)
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        weights = [34, 26, 16, 9, 6, 4, 3, 2][:most]
        count = self.rng.choices(range(1, most + 1), weights=weights)[0]
        return [self.person() for _ in range(count)]

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        roll = self.rng.random()
        if roll < 0.05:
            return self.rng.randint(1988, 2004)
        return self.rng.randint(2009, 2025)

    def _accessed_after(self, issued: int | None) -> dict[str, list[list[int]]]:
        first = max((issued or 2021) + 1, 2022)
        year = self.rng.randint(first, 2026)
        return {"date-parts": [[year, self.rng.randint(1, 11 if year == 2026 else 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        rng = self.rng
        topic, place, audience = rng.choice(_TOPICS), rng.choice(_PLACES), rng.choice(_AUDIENCES)
        other = rng.choice(_TOPICS)
        forms = [
            f"{topic[0].upper()}{topic[1:]} and {other} in {place}",
            f"The effect of {topic} on revisit intention: evidence from {place}",
            f"How {audience} respond to {topic}",
            f"{topic[0].upper()}{topic[1:]}: a study of {audience} in {place}",
            f"Understanding {topic} in {place}'s restaurant sector",
            f"Does {topic} build loyalty? {audience[0].upper()}{audience[1:]} in {place}",
            f"Rethinking {topic} after the pandemic",
            f"{topic[0].upper()}{topic[1:]}, trust and word of mouth among {audience}",
            f"Marketing {topic} to {audience}: lessons from {place}",
        ]
        return rng.choice(forms)

    def _id(self) -> str:
        self.counter += 1
        return f"b46w{self.counter}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(self.KINDS, weights=self._WEIGHTS)[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # now and then the same body in the same year as an earlier work ("Food Standards Agency, 2024a" and "2024b")
        same = [o for o in self.dated_orgs if o[3] == kind]
        if "issued" in record and kind in _REPEATABLE and same and self.rng.random() < 0.2:
            name, tags, year, _kind = self.rng.choice(same)
            record["issued"] = {"date-parts": [[year, *record["issued"]["date-parts"][0][1:]]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(year)
        if "issued" in record and kind in _REPEATABLE and record["issued"]["date-parts"][0][0] >= 2015:
            self.dated_orgs.append((name, tags, record["issued"]["date-parts"][0][0], kind))
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
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["The Routledge handbook of hospitality marketing",
                                                "Food and beverage management", "Gastronomy and tourism in the Mediterranean",
                                                "Contemporary cases in hospitality marketing", "Franchising in the food-service sector"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 1400)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(5, 120)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{start}-{start + self.rng.randint(9, 24)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 1999)}/{self.fakers['b46-en_GB'].lexify('??????').lower()}.{self.rng.randint(2009, 2025)}.{self.rng.randint(100, 99999)}"
            )
        return self._person(record, "journal")

    def _company_report(self) -> Work:
        name, tags = self.rng.choice([o for o in _ORGANISATIONS if o[0] in _CHAINS])
        year = self.rng.randint(2014, 2025)  # chains' reports are cited from the last decade
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report and accounts {year}",
                                                        f"Annual report {year - 1}/{str(year)[2:]}",
                                                        f"Sustainability report {year}", f"Integrated annual report {year}",
                                                        f"Preliminary results for the 52 weeks to December {year - 1}",
                                                        f"Franchise prospectus {year}"]),
            "publisher": name, "issued": {"date-parts": [[year]]},
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = f"https://www.{_domain(name)}/investors/{self.fakers['b46-en_GB'].slug()}"
            if self.rng.random() < 0.9:
                record["accessed"] = self._accessed_after(year)
        return self._org(record, "company-report", name, tags)

    def _market_research(self) -> Work:
        name = self.rng.choice(["Kantar", "CGA by NIQ", "Lumina Intelligence", "Euromonitor International", "Mintel",
                                "YouGov", "Statista", "Technomic", "Allegra World Coffee Portal", "NPD Group"])  # fmt: skip
        dated = self.rng.random() < 0.88
        year = self.rng.randint(2015, 2025) if dated else None
        market = self.rng.choice(["Coffee shops", "Quick-service restaurants", "Food delivery", "Bakery and snacking",
                                  "Casual dining", "Eating out", "Pub and bar", "Limited-service restaurants"])  # fmt: skip
        place = self.rng.choice(["UK", "Turkey", "Greece", "Cyprus", "Türkiye"])
        title = self.rng.choice([f"{market} in {place}", f"{market} market report {place} {year or 2024}",
                                 f"{place} {market.lower()} tracker: Q{self.rng.randint(1, 4)} {year or 2024}",
                                 f"Eating and drinking out market recovery tracker, {self.rng.choice(['March', 'July', 'November'])} {year or 2023}",
                                 f"{market}: consumer insight {place}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name,
                                  "URL": f"https://www.{name.split()[0].lower()}.com/{self.fakers['b46-en_GB'].slug()}",
                                  "accessed": self._accessed_after(year)}  # fmt: skip
        if dated:
            record["issued"] = {"date-parts": [[year]]}
        return self._org(record, "market-research", name, {"market-research"})

    def _government(self) -> Work:
        name, site, titles = self.rng.choice(_GOVERNMENT)
        year = self.year()
        title = self.rng.choice(titles).format(
            y=year, m=self.rng.choice(["January", "April", "September", "December"]), w=self.rng.randint(1, 8)
        )
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]), "title": title, "issued": {"date-parts": [[year]]},
            "URL": f"https://www.{site}/{self.fakers['b46-en_GB'].slug()}", "accessed": self._accessed_after(year),
        }  # fmt: skip
        return self._org(record, "government", name, {"government"})

    def _legislation(self) -> Work:
        body, title, year = self.rng.choice(_LEGISLATION)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}}
        if self.rng.random() < 0.5:
            record["URL"] = f"https://www.legislation.gov.uk/uksi/{year}/{self.rng.randint(100, 1500)}/contents/made"
            record["accessed"] = self._accessed_after(year)
        record["id"] = self._id()
        record["author"] = [{"literal": body}]
        return Work(record, body, str(year), True, 1, "legislation", {"legislation", "organisation", "government"})

    def _news(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
        }  # fmt: skip
        if self.rng.random() < 0.85:
            record["URL"] = (
                f"https://www.{self.fakers['b46-en_GB'].domain_word()}.com/news/{self.fakers['b46-en_GB'].slug()}"
            )
            record["accessed"] = self._accessed_after(year)
        if self.rng.random() < 0.8:
            record["author"] = self._people(2)
            return self._person(record, "news")
        return self._org(record, "news", record["container-title"], {"press"})

    def _web(self) -> Work:
        name, tags = self.organisation()
        if name in _CHAINS or ("company" in tags and name not in _ADVISERS):
            titles = [
                "Our menu",
                "Nutrition and allergen information",
                "Franchise with us",
                "Rewards: how it works",
                "About us",
                "Ramadan iftar menu",
                "Christmas menu",
                "Store locator",
                "Our story",
                "Careers",
            ]
        else:
            titles = ["News and insights", "Key facts and figures", "About us", "Latest data", "Press releases"]
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice([self._title(), *titles]),
                                  "URL": f"https://www.{_domain(name)}/{self.fakers['b46-en_GB'].slug()}"}  # fmt: skip
        year = None
        if self.rng.random() < 0.7:
            year = self.rng.randint(2014, 2025)
            record["issued"] = {"date-parts": [[year]]}
        if self.rng.random() < 0.9:  # the rest typed without an access date
            record["accessed"] = self._accessed_after(year)
        return self._org(record, "web", name, tags)

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "URL": f"https://{self.fakers['b46-en_GB'].domain_name()}/blog/{self.fakers['b46-en_GB'].slug()}"}  # fmt: skip
        year = None
        if self.rng.random() < 0.8:
            year = self.year()
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after(year)
        return self._person(record, "web-person")

    def _podcast(self) -> Work:
        year = self.rng.randint(2018, 2025)
        record: dict[str, Any] = {
            "type": "broadcast", "title": f"Episode {self.rng.randint(3, 240)}: {self._title().lower()}",
            "container-title": self.rng.choice(["The Caterer Podcast", "Propel Hospitality Podcast", "Restaurant Marketing Podcast",
                                                "Hospitality Hangout", "Big Hospitality Podcast", "Coffee Culture Talks"]),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://podcasts.example.com/{self.fakers['b46-en_GB'].slug()}", "accessed": self._accessed_after(year),
            "author": self._people(2),
        }  # fmt: skip
        return self._person(record, "podcast")

    def _social(self) -> Work:
        year = self.rng.randint(2019, 2025)
        platform = self.rng.choice(["Instagram", "LinkedIn", "TikTok", "X"])
        record: dict[str, Any] = {
            "type": "post", "title": self.rng.choice(["New season, new menu", "Our loyalty app just got better",
                                                      "We're opening in Thessaloniki", "Iftar boxes are back",
                                                      "Proud of our five-star hygiene rating", "Meet our new franchise partners",
                                                      "Christmas at the bakery", "Delivery now live in Izmir"]),
            "genre": f"{platform} post", "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.{platform.lower()}.com/{self.fakers['b46-en_GB'].user_name()}", "accessed": self._accessed_after(year),
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["author"] = self._people(1)
            return self._person(record, "social")
        name, tags = self.rng.choice([o for o in _ORGANISATIONS if "company" in o[1]])
        return self._org(record, "social", name, tags)

    def _thesis(self) -> Work:
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": self._people(1),
            "genre": self.rng.choice(["MSc dissertation", "MBA dissertation", "PhD thesis"]),
            "publisher": self.rng.choice(["University of Nicosia", "Boğaziçi University", "Oxford Brookes University",
                                          "University of Surrey", "Aristotle University of Thessaloniki", "Ege University",
                                          "Sheffield Hallam University", "Cyprus University of Technology"]),
            "issued": {"date-parts": [[self.rng.randint(2012, 2025)]]},
        }  # fmt: skip
        return self._person(record, "thesis")
