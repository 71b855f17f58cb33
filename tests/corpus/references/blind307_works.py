"""The blind307 pool's works: what marketers at New Zealand and Australian honey and mānuka brands, beekeepers,
bee-product makers, natural-health retailers and export bodies cite in CIM Level 6 and 7 reports and MBA assignments.

Books and the marketing texts every candidate cites, chapters of edited collections, journal articles with one to
eight authors (apiculture, food chemistry, food marketing, wine business, rural studies), reports of New Zealand,
Australian, UK and UN public bodies, firms' pages and annual reports ("Limited", "Ltd", "Pty Ltd", "plc"), press
articles with and without a byline, and market-research reports. Names are written as this region's scholars and
journals print them: Māori names with macrons and "Te", hyphenated names, Samoan names with an apostrophe, Tongan,
Chinese New Zealander, Malaysian and Japanese names, and New Zealand, Australian and British names.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "report", "web", "news")

_LOCALES = ["en_NZ", "en_NZ", "en_AU", "en_GB", "en_GB"]
# (family, given) as the journals print them
_MAORI = [("Te Huia", "Ānaru"), ("Pōmare", "Mere"), ("Kāretu", "Hēmi"), ("Ngata", "Tīpene"), ("Te Aho", "Wiremu"),
          ("Tūwhare", "Aroha"), ("Mahuika", "Nēpia"), ("Te Rito", "Hinemoa"), ("Rangihau", "Tama"),
          ("Paewai", "Kiri"), ("Tawhiri", "Rāwiri"), ("Te Awekotuku", "Ngahuia"), ("Waititi", "Mereana"),
          ("Ruwhiu-Karawana", "Tania"), ("Tomoana-Kahu", "Hōne"), ("Hēnare-Mōrehu", "Anahera"),
          ("Kerehoma", "Pita"), ("Te Kani", "Māia"), ("Whaanga", "Ihaia"), ("Parata-Goodall", "Rangi")]  # fmt: skip
_PASIFIKA = [("Fa'alogo", "Sina"), ("Mata'afa", "Lagi"), ("Tuiasosopo", "Iosefa"), ("Leaupepe", "Malia"),
             ("Toleafoa", "Tavita"), ("Fuimaono", "Losa"), ("Fifita", "Sione"), ("Taufa", "Mele"),
             ("Havili", "Viliami"), ("Vaipulu", "Salote"), ("Fonua", "Siaosi"), ("Kaufana", "Ana")]  # fmt: skip
_ASIAN = [("Wong", "Mei Ling"), ("Chan", "Kelvin"), ("Ng", "Wei Jie"), ("Lim", "Siew Hoon"), ("Zhang", "Yan"),
          ("Li", "Xiaoling"), ("Chen", "Jiahui"), ("Liu", "Hong"), ("Abdul Rahman", "Nor Azila"),
          ("Ismail", "Farah"), ("Mohd Yusof", "Hafiz"), ("Tan", "Boon Kiat"), ("Ahmad", "Siti Aishah"),
          ("Sato", "Kenji"), ("Takahashi", "Yumi"), ("Watanabe", "Haruka"), ("Kobayashi", "Daisuke"),
          ("Nakamura", "Aiko"), ("Ho", "Jonathan"), ("Kwok", "Grace")]  # fmt: skip
_PARTICLED = [("van der", "Merwe", "Pieter"), ("de", "Lange", "Sanne"), ("van", "Eaton", "Clare"),
              ("de", "Silva", "Ruwan"), ("van den", "Berg", "Anneke")]  # fmt: skip

_JOURNALS = ["Journal of Apicultural Research", "Food Chemistry", "British Food Journal", "Australasian Marketing Journal",
             "New Zealand Economic Papers", "Journal of Product & Brand Management",
             "International Journal of Wine Business Research", "Journal of Rural Studies", "Journal of Food Products Marketing",
             "Asia Pacific Journal of Marketing and Logistics", "Food Control", "Journal of Place Management and Development"]  # fmt: skip

# Public bodies as candidates name them, some with their abbreviation; the same body is cited both ways.
_GOVERNMENT = [("Ministry for Primary Industries", {"government"}),
               ("Ministry for Primary Industries (MPI)", {"government", "abbreviation"}),
               ("Stats NZ", {"government"}), ("Stats NZ Tatauranga Aotearoa", {"government", "macron"}),
               ("Australian Bureau of Statistics", {"government"}),
               ("Australian Bureau of Statistics (ABS)", {"government", "abbreviation"}),
               ("Food Standards Australia New Zealand", {"government"}),
               ("Food Standards Australia New Zealand (FSANZ)", {"government", "abbreviation"}),
               ("Intellectual Property Office of New Zealand (IPONZ)", {"government", "abbreviation"}),
               ("Food Standards Agency", {"government"}), ("AgriFutures Australia", {"government"}),
               ("Food and Agriculture Organization of the United Nations", {"government"}),
               ("FAO", {"government", "acronym"}),
               ("Ministry of Business, Innovation & Employment", {"government", "comma", "ampersand"}),
               ("New Zealand Trade and Enterprise", {"government"}), ("Te Puni Kōkiri", {"government", "macron"}),
               ("Department of Agriculture, Fisheries and Forestry", {"government", "comma"})]  # fmt: skip
_GOV_SITES = {"Ministry": "https://www.mpi.govt.nz/", "Stats": "https://www.stats.govt.nz/",
              "Australian": "https://www.abs.gov.au/", "Food Standards Australia": "https://www.foodstandards.gov.au/",
              "Intellectual": "https://www.iponz.govt.nz/", "Food Standards Agency": "https://www.food.gov.uk/",
              "AgriFutures": "https://agrifutures.com.au/", "Food and": "https://www.fao.org/", "FAO": "https://www.fao.org/",
              "Ministry of Business": "https://www.mbie.govt.nz/", "New Zealand Trade": "https://www.nzte.govt.nz/",
              "Te Puni": "https://www.tpk.govt.nz/", "Department": "https://www.agriculture.gov.au/"}  # fmt: skip
_FIRMS = [("Comvita Limited", {"company"}), ("Capilano Honey Ltd", {"company"}),
          ("Oha Honey Limited Partnership", {"company"}), ("Holland & Barrett International Ltd", {"company", "ampersand"}),
          ("Manuka Health New Zealand Ltd", {"company"}), ("Hive & Wellness Australia Pty Ltd", {"company", "ampersand"}),
          ("Beechworth Honey Pty Ltd", {"company"}), ("Airborne Honey Ltd", {"company"}), ("Egmont Honey", {"company"}),
          ("Steens Honey Ltd", {"company"}), ("Wedderspoon Organic", {"company"}), ("Manuka Doctor Ltd", {"company"}),
          ("Apiculture New Zealand", {"trade-body"}), ("Bee Products Standards Council", {"trade-body"}),
          ("Unique Mānuka Factor Honey Association (UMFHA)", {"trade-body", "abbreviation", "macron"}),
          ("Australian Honey Bee Industry Council", {"trade-body"}), ("Nature's Way", {"company", "apostrophe"}),
          ("Sainsbury's", {"company", "apostrophe"}), ("Tesco PLC", {"company"}), ("a2 Milk Company Limited", {"company", "lowercase"}),
          ("Fonterra Co-operative Group Limited", {"company"}), ("Zespri International Limited", {"company"})]  # fmt: skip
_FIRM_PLACES = {"Comvita": "Paengaroa", "Capilano": "Richlands", "Oha": "Auckland", "Holland": "Nuneaton", "Manuka Health": "Auckland",
                "Hive": "Richlands", "Beechworth": "Beechworth", "Airborne": "Leeston", "Egmont": "New Plymouth",
                "Steens": "Palmerston North", "Wedderspoon": "Auckland", "Manuka Doctor": "London", "Apiculture": "Wellington",
                "Bee": "Wellington", "Unique": "Auckland", "Australian": "Canberra", "Nature's": "Sydney", "Sainsbury's": "London",
                "Tesco": "Welwyn Garden City", "a2": "Auckland", "Fonterra": "Auckland", "Zespri": "Mount Maunganui"}  # fmt: skip
_MARKET_RESEARCH = ["Mintel", "Euromonitor International", "IBISWorld", "Nielsen", "NielsenIQ", "Coriolis", "Statista"]
_PRESS = ["Stuff", "The New Zealand Herald", "RNZ", "The Guardian", "The Sydney Morning Herald", "Farmers Weekly NZ",
          "The Grocer", "Nikkei Asia", "BusinessDesk", "ABC News"]  # fmt: skip
_PRESS_SITES = {"Stuff": "https://www.stuff.co.nz/business/", "The New Zealand Herald": "https://www.nzherald.co.nz/business/",
                "RNZ": "https://www.rnz.co.nz/news/country/", "The Guardian": "https://www.theguardian.com/",
                "The Sydney Morning Herald": "https://www.smh.com.au/business/", "Farmers Weekly NZ": "https://www.farmersweekly.co.nz/",
                "The Grocer": "https://www.thegrocer.co.uk/", "Nikkei Asia": "https://asia.nikkei.com/Business/",
                "BusinessDesk": "https://businessdesk.co.nz/article/", "ABC News": "https://www.abc.net.au/news/rural/"}  # fmt: skip

# The marketing texts every candidate cites: (authors, title, publisher, place, editions and years)
_CLASSICS: list[tuple[list[tuple[str, str]], str, str, str, list[tuple[str | None, int]]]] = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane")], "Marketing management", "Pearson", "Harlow", [("15", 2016), ("16", 2022)]),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing", "Pearson", "Harlow", [("7", 2019), ("8", 2022)]),
    ([("Sharp", "Byron")], "How brands grow: what marketers don't know", "Oxford University Press", "South Melbourne", [(None, 2010)]),
    ([("Romaniuk", "Jenni"), ("Sharp", "Byron")], "How brands grow: part 2", "Oxford University Press", "South Melbourne", [(None, 2016)]),
    ([("Keller", "Kevin Lane"), ("Swaminathan", "Vanitha")], "Strategic brand management: building, measuring, and managing brand equity", "Pearson", "Harlow", [("5", 2020)]),
    ([("Hollensen", "Svend")], "Global marketing", "Pearson", "Harlow", [("8", 2020)]),
    ([("Aaker", "David A.")], "Building strong brands", "Free Press", "New York", [(None, 1996)]),
    ([("Porter", "Michael E.")], "Competitive advantage: creating and sustaining superior performance", "Free Press", "New York", [(None, 1985)]),
    ([("Solomon", "Michael R."), ("Askegaard", "Søren"), ("Hogg", "Margaret K."), ("Bamossy", "Gary J.")], "Consumer behaviour: a European perspective", "Pearson", "Harlow", [("7", 2019)]),
    ([("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], "Principles and practice of marketing", "McGraw-Hill", "London", [("9", 2019)]),
    ([("Fill", "Chris"), ("Turnbull", "Sarah")], "Marketing communications: touchpoints, sharing and disruption", "Pearson", "Harlow", [("8", 2019)]),
    ([("Elliott", "Richard"), ("Rosenbaum-Elliott", "Richard"), ("Percy", "Larry"), ("Pervan", "Simon")], "Strategic brand management", "Oxford University Press", "Oxford", [("4", 2018)]),
    ([("Kapferer", "Jean-Noël"), ("Bastien", "Vincent")], "The luxury strategy", "Kogan Page", "London", [("2", 2012)]),
    ([("Nagle", "Thomas T."), ("Müller", "Georg")], "The strategy and tactics of pricing", "Routledge", "New York", [("6", 2018)]),
    ([("Anholt", "Simon")], "Competitive identity: the new brand management for nations, cities and regions", "Palgrave Macmillan", "Basingstoke", [(None, 2007)]),
]  # fmt: skip

_TOPICS = ["mānuka honey", "provenance", "country-of-origin labelling", "premium pricing", "honey authentication",
           "health claims", "methylglyoxal", "export marketing", "cross-border e-commerce", "daigou channels",
           "brand authenticity", "place branding", "Māori enterprise", "kaitiakitanga", "propolis", "food fraud",
           "geographical indications", "agritourism", "bee-product adulteration", "natural health retail",
           "certification marks", "clean-green imagery", "functional foods", "Tmall Global", "traceability"]  # fmt: skip
_MARKETS = ["China", "Japan", "Malaysia", "the United Kingdom", "Australia", "New Zealand", "Hong Kong", "Singapore",
            "the Asia-Pacific", "the United States"]  # fmt: skip
_PRODUCTS = ["mānuka honey", "honey", "bee products", "propolis", "natural health products", "royal jelly",
             "honey-based skincare", "functional foods"]  # fmt: skip


class Blind307WorkFactory(WorkFactory):
    """Works cited by honey, mānuka and bee-product marketers in New Zealand, Australia and their export markets."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 31 + 30700)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            fake = Faker(locale)
            fake.seed_instance(seed * 307 + index)
            self.fakers[locale] = fake
        self.classics: list[int] = list(range(len(_CLASSICS)))
        self.rng.shuffle(self.classics)
        self.dated: list[tuple[str, str, set[str], int]] = []
        self.titles: set[str] = set()

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.16:
            family, given = self.rng.choice(_MAORI)
        elif roll < 0.24:
            family, given = self.rng.choice(_PASIFIKA)
        elif roll < 0.40:
            family, given = self.rng.choice(_ASIAN)
        elif roll < 0.44:
            particle, family, given = self.rng.choice(_PARTICLED)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        else:
            fake = self.fakers[self.rng.choice(_LOCALES)]
            family, given = fake.last_name(), fake.first_name()
            if self.rng.random() < 0.06:
                family = f"{family}-{self.fakers['en_GB'].last_name()}"
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if all(p["family"] != person["family"] for p in people):
                people.append(person)
        return people

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1985, 2004)
        return self.rng.randint(2008, 2025)

    def accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        first = max(2023, issued[0] + 1) if issued else 2023
        year = self.rng.randint(first, 2026)
        return {"date-parts": [[year, self.rng.randint(1, 11 if year == 2026 else 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        topic, other = self.rng.sample(_TOPICS, 2)
        market, product = self.rng.choice(_MARKETS), self.rng.choice(_PRODUCTS)
        forms = [f"{topic[0].upper()}{topic[1:]} and consumer trust in {market}",
                 f"The role of {topic} in the marketing of {product}",
                 f"Willingness to pay for {product}: the effect of {topic}",
                 f"{topic[0].upper()}{topic[1:]}, {other} and the premium price of {product}",
                 f"Exporting {product} to {market}: lessons on {topic}",
                 f"Consumer perceptions of {product} in {market}",
                 f"{product[0].upper()}{product[1:]} and {topic}: a review",
                 f"Building brand equity through {topic}: evidence from {product}"]  # fmt: skip
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "government", "firm", "market-research", "press", "web-person"],
            weights=[14, 6, 26, 14, 14, 9, 11, 6],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        if self.classics and self.rng.random() < 0.6:
            authors, title, publisher, place, editions = _CLASSICS[self.classics.pop()]
            edition, year = self.rng.choice(editions)
            record: dict[str, Any] = {"type": "book", "title": title, "publisher": publisher, "publisher-place": place,
                                      "author": [{"family": f, "given": g} for f, g in authors],
                                      "issued": {"date-parts": [[year]]}}  # fmt: skip
            if edition:
                record["edition"] = edition
            return self._person_work(record, "book")
        record = {
            "type": "book", "title": self._title(), "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Auckland University Press", "Victoria University Press", "Otago University Press",
                                          "Routledge", "Palgrave Macmillan", "Bridget Williams Books", "CSIRO Publishing",
                                          "Springer", "Massey University Press", "Huia Publishers"]),
            "publisher-place": self.rng.choice(["Auckland", "Wellington", "Dunedin", "Melbourne", "Abingdon", "Cham", "Sydney"]),
        }  # fmt: skip
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["Food marketing in Aotearoa New Zealand", "Place branding in the Asia-Pacific",
                                                "Honey: a global perspective", "Indigenous business in Aotearoa",
                                                "Agritourism and rural development", "Marketing natural health products"]),
            "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Springer", "Edward Elgar", "Palgrave Macmillan"]),
            "publisher-place": self.rng.choice(["Abingdon", "Cham", "Cheltenham", "Singapore"]),
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(5, 60)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.choice(['1080', '1016', '1108'])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _web_person(self) -> Work:
        issued = [self.year()] if self.rng.random() < 0.8 else None
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "URL": self.fakers["en_NZ"].url() + self.fakers["en_NZ"].uri_path(),
                                  "accessed": self.accessed_after(issued)}  # fmt: skip
        if issued:
            record["issued"] = {"date-parts": [issued]}
        return self._person_work(record, "web")

    def _pick(self, maker: str, table: list[tuple[str, set[str]]]) -> tuple[str, set[str], int]:
        """A body and a year; now and then the same body in the same year as an earlier work ("MPI, 2023a" and "2023b")."""
        earlier = [entry for entry in self.dated if entry[0] == maker]
        if earlier and self.rng.random() < 0.14:
            _maker, name, tags, year = self.rng.choice(earlier)
            return name, set(tags), year
        name, tags = self.rng.choice(table)
        return name, set(tags), self.rng.randint(2008, 2025)  # bodies' pages and reports are recent

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str], maker: str = "") -> Work:
        if record.get("title") in self.titles:  # one body's two works never share a title
            record["title"] = self._title()
        self.titles.add(record["title"])
        if maker and "issued" in record:
            self.dated.append((maker, name, tags, record["issued"]["date-parts"][0][0]))
        return self._org_work(record, kind, name, tags)

    def _government(self) -> Work:
        name, tags, year = self._pick("government", _GOVERNMENT)
        site = next(
            url for prefix, url in sorted(_GOV_SITES.items(), key=lambda p: -len(p[0])) if name.startswith(prefix)
        )
        report = self.rng.random() < 0.55
        titles = {"https://www.mpi.govt.nz/": [f"Apiculture monitoring report {year}", f"Situation and outlook for primary industries {year}",
                                               "Mānuka honey science definition: technical paper", "Export requirements for bee products"],
                  "https://www.stats.govt.nz/": [f"Overseas merchandise trade: {self.rng.choice(['March', 'June', 'December'])} {year}",
                                                 f"Agricultural production statistics: June {year}"],
                  "https://www.abs.gov.au/": [f"Value of agricultural commodities produced, Australia, {year}", f"International trade in goods, {year}"],
                  "https://www.foodstandards.gov.au/": ["Standard 2.8.2 - honey: explanatory notes", "Country of origin labelling for food"],
                  "https://www.iponz.govt.nz/": ["Certification marks and geographical indications", "Decision on opposition to trade mark application"],
                  "https://www.food.gov.uk/": ["Food authenticity: honey", "Country of origin labelling guidance"],
                  "https://agrifutures.com.au/": [f"Honey bee industry research, development and extension plan {year}-{year + 5}",
                                                  "Australian honey: a market study"],
                  "https://www.fao.org/": [f"FAOSTAT: honey production by country, {year}", "Good beekeeping practices for sustainable apiculture"],
                  "https://www.mbie.govt.nz/": [f"Māori economy report {year}", "Geographical indications register"],
                  "https://www.nzte.govt.nz/": [f"Export essentials: food and beverage {year}", "Selling to China through cross-border e-commerce"],
                  "https://www.tpk.govt.nz/": ["Te Ōhanga Māori: the Māori economy", "Māori enterprise in the primary sector"],
                  "https://www.agriculture.gov.au/": [f"Agricultural commodities: honey {year}", "Varroa mite: national response"]}  # fmt: skip
        title = self.rng.choice(titles[site] + [self._title()])
        record: dict[str, Any] = {"type": "report" if report else "webpage", "title": title,
                                  "URL": site + self.fakers["en_GB"].slug()}  # fmt: skip
        if report:
            record["publisher"] = name.split(" (")[0]
            places = {"https://www.abs.gov.au/": "Canberra", "https://www.foodstandards.gov.au/": "Canberra",
                      "https://www.food.gov.uk/": "London", "https://agrifutures.com.au/": "Wagga Wagga",
                      "https://www.fao.org/": "Rome", "https://www.agriculture.gov.au/": "Canberra"}  # fmt: skip
            record["publisher-place"] = places.get(site, "Wellington")
        issued = [year] if report or self.rng.random() < 0.75 else None
        if issued:
            record["issued"] = {"date-parts": [issued]}
        record["accessed"] = self.accessed_after(issued)
        return self._org(record, "report" if report else "web", name, set(tags), "government")

    def _firm(self) -> Work:
        name, tags, year = self._pick("firm", _FIRMS)
        slug = "".join(ch for ch in name.split()[0].lower() if ch.isalpha())
        site = f"https://www.{slug}.{self.rng.choice(['co.nz', 'com.au', 'com', 'co.uk'])}/"
        if self.rng.random() < 0.45:
            record: dict[str, Any] = {"type": "report", "title": self.rng.choice([f"Annual report {year}", f"Integrated annual report {year}",
                                                                                   f"Sustainability report {year}", f"Half-year results {year}"]),
                                      "publisher": name.split(" (")[0], "issued": {"date-parts": [[year]]},
                                      "publisher-place": next(place for prefix, place in sorted(_FIRM_PLACES.items(), key=lambda p: -len(p[0])) if name.startswith(prefix))}  # fmt: skip
            if self.rng.random() < 0.7:
                record["URL"] = site + "investors/" + self.fakers["en_GB"].slug()
                record["accessed"] = self.accessed_after([year])
            return self._org(record, "report", name, set(tags), "firm")
        record = {"type": "webpage", "title": self.rng.choice(["Our story", "Understanding UMF and MGO", "Our hives", "Where our honey comes from",
                                                               "Traceability: from hive to home", "Sustainability", "About us",
                                                               "Mānuka honey: the grading systems explained", self._title()]),
                  "URL": site + self.fakers["en_GB"].slug()}  # fmt: skip
        issued = [year] if self.rng.random() < 0.55 else None
        if issued:
            record["issued"] = {"date-parts": [issued]}
        record["accessed"] = self.accessed_after(issued)
        return self._org(record, "web", name, set(tags) | ({"undated"} if not issued else set()), "firm")

    def _market_research(self) -> Work:
        name, _tags, dated = self._pick("market-research", [(firm, set()) for firm in _MARKET_RESEARCH])
        year = dated if self.rng.random() < 0.9 else None
        market, product = self.rng.choice(_MARKETS), self.rng.choice(_PRODUCTS)
        stamp = year or 2024
        title = self.rng.choice([f"{product[0].upper()}{product[1:]} in {market}", f"Honey and spreads - {market} - {stamp}",
                                 f"Vitamins and dietary supplements in {market}: market report {stamp}",
                                 f"Honey production in Australia - market size, industry analysis, trends and forecasts {stamp}",
                                 f"Export value of natural honey from New Zealand from 2015 to {stamp}",
                                 f"The New Zealand food and beverage industry: {product}",
                                 f"Share of consumers in {market} who buy {product} online"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name,
                                  "URL": f"https://www.{name.split()[0].lower()}.com/{self.fakers['en_GB'].slug()}",
                                  "accessed": self.accessed_after([year] if year else None)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org(record, "report", name, {"market-research"}, "market-research")

    def _press(self) -> Work:
        paper = self.rng.choice(_PRESS)
        year = min(self.year(), 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        brand = self.rng.choice(
            [
                "Comvita",
                "Manuka Health",
                "Egmont Honey",
                "Airborne",
                "Capilano",
                "Steens",
                "Arataki",
                "Oha Honey",
                "Manuka Doctor",
                "Happy Valley",
                "Wedderspoon",
                "Beechworth",
            ]
        )
        headline = self.rng.choice([f"{brand} shares slide as mānuka stockpile grows", "Mānuka honey glut hits beekeepers' incomes",
                                    f"{brand} bets on China's online shoppers", f"Fake mānuka: why {self.rng.choice(_MARKETS)} shoppers are wary",
                                    "Honey exports fall as prices soften", f"{brand} wins UK trade-mark fight over mānuka",
                                    "Beekeepers walk away as hive numbers drop", f"Varroa mite: what it means for {brand}",
                                    f"{brand} cuts jobs after a poor season", "Why a jar of mānuka costs more than a bottle of wine",
                                    f"{brand} lands deal with {self.rng.choice(['Holland & Barrett', 'Tesco', 'Costco', 'Aeon', 'Watsons'])}",
                                    self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "article-newspaper", "title": headline, "container-title": paper,
                                  "issued": {"date-parts": [issued]},
                                  "URL": _PRESS_SITES[paper] + self.fakers["en_GB"].slug(),
                                  "accessed": self.accessed_after(issued)}  # fmt: skip
        if self.rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org(record, "news", paper, {"press"})
