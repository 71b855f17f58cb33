"""The blind351 pool's works: what marketers at florists, flower-delivery firms, growers, auctions, subscription
services and event florists in the UK, the Netherlands, Kenya, Colombia, Ecuador and Japan cite in CIM Level 6 and 7
reports and MBA assignments. Written without reading the checker, its tests or any other pool."""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# Authors as their papers print them: British, Irish with "O'" and "Mac", Dutch with "van", "van der" and "de",
# Kenyan Kikuyu, Luo and Kalenjin names, Colombian and Ecuadorian Spanish with two surnames, "de" and "y", Japanese.
_PEOPLE = [
    ("Hughes", "Rachel"), ("Whitfield", "Tom"), ("Barnes", "Eleanor"), ("Pritchard", "Gareth"), ("Ashworth", "Lucy"),
    ("Kerr", "Fiona"), ("Doyle", "Aidan"), ("O'Sullivan", "Niamh"), ("O'Connell", "Ciarán"), ("MacCarthy", "Siobhán"),
    ("MacNamara", "Declan"), ("Bakker", "Sanne"), ("Jansen", "Pieter"), ("Visser", "Maarten"), ("Smit", "Femke"),
    ("Kamau", "Wanjiru"), ("Njoroge", "Peter"), ("Mwangi", "Grace"), ("Wambui", "Esther"), ("Otieno", "Brian"),
    ("Achieng", "Mercy"), ("Odhiambo", "Kevin"), ("Kiprono", "Daniel"), ("Chebet", "Faith"), ("Kiplagat", "Joseph"),
    ("García Rodríguez", "María"), ("Gómez Peña", "Andrés"), ("Muñoz Zapata", "Catalina"), ("Pérez y Soto", "Julián"),
    ("Vélez Ortiz", "Natalia"), ("Andrade Cevallos", "Diego"), ("Zambrano Mora", "Gabriela"), ("Chiriboga", "Paúl"),
    ("Tanaka", "Yuki"), ("Watanabe", "Haruka"), ("Sato", "Kenji"), ("Yamamoto", "Aiko"), ("Kobayashi", "Hiroshi"),
    ("Ōno", "Takeshi"), ("Itō", "Mai"), ("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Chaffey", "Dave"),
    ("Ellis-Chadwick", "Fiona"), ("Armstrong", "Gary"), ("Solomon", "Michael R."), ("Jobber", "David"),
]  # fmt: skip
_PARTICLE_PEOPLE = [
    ("van", "Dijk", "Thijs"), ("van der", "Meer", "Lotte"), ("van den", "Berg", "Joost"), ("de", "Vries", "Anouk"),
    ("de", "Jong", "Bram"), ("van der", "Linden", "Eva"), ("de la", "Torre", "Camila"), ("de", "Castro", "Luis"),
]  # fmt: skip
_TRADE = [
    ("Flowers & Plants Association", {"ampersand", "trade-body"}),
    ("British Florist Association (BFA)", {"abbreviation", "trade-body"}),
    ("Kenya Flower Council (KFC)", {"abbreviation", "trade-body"}), ("Kenya Flower Council", {"trade-body"}),
    ("Asocolflores", {"trade-body"}), ("Expoflores", {"trade-body"}), ("Union Fleurs", {"trade-body"}),
    ("Society of American Florists", {"trade-body"}), ("Japan Florist Association", {"trade-body"}),
    ("Chartered Institute of Marketing (CIM)", {"abbreviation", "trade-body"}),
]  # fmt: skip
_COMPANIES = [
    ("Interflora British Unit Ltd", {"company"}), ("Interflora", {"company"}), ("Bloom & Wild Ltd", {"company", "ampersand"}),
    ("Bloom & Wild", {"company", "ampersand"}), ("Moonpig Group plc", {"company"}), ("Royal FloraHolland U.A.", {"company"}),
    ("Royal FloraHolland", {"company"}), ("Dümmen Orange B.V.", {"company"}), ("Flamingo Horticulture Ltd", {"company"}),
    ("Oserian Development Company Ltd", {"company"}), ("Sian Roses Ltd", {"company"}),
    ("Hibiya-Kadan Floral Co., Ltd.", {"company", "comma"}), ("Teleflora LLC", {"company"}),
    ("Marks & Spencer Group plc", {"company", "ampersand"}), ("Tesco PLC", {"company"}), ("FTD Companies, Inc.", {"company", "comma"}),
    ("Fleurop-Interflora", {"company"}), ("Aoyama Flower Market", {"company"}), ("Serenata Flowers", {"company"}),
    ("Selecta one S.A.S.", {"company"}), ("Hana Prime K.K.", {"company"}),
]  # fmt: skip
_GOVERNMENT = [
    ("Department for Environment, Food & Rural Affairs", {"government", "comma", "ampersand"}),
    ("Department for Environment, Food & Rural Affairs (Defra)", {"government", "comma", "ampersand", "abbreviation"}),
    ("Defra", {"government"}), ("Office for National Statistics", {"government"}),
    ("Office for National Statistics (ONS)", {"government", "abbreviation"}),
    ("Competition and Markets Authority (CMA)", {"government", "abbreviation"}),
    ("Animal and Plant Health Agency (APHA)", {"government", "abbreviation"}),
    ("Statistics Netherlands (CBS)", {"government", "abbreviation"}), ("Netherlands Enterprise Agency (RVO)", {"government", "abbreviation"}),
    ("Kenya National Bureau of Statistics (KNBS)", {"government", "abbreviation"}),
    ("Kenya National Bureau of Statistics", {"government"}), ("Agriculture and Food Authority (AFA)", {"government", "abbreviation"}),
    ("Departamento Administrativo Nacional de Estadística (DANE)", {"government", "abbreviation"}),
    ("Instituto Nacional de Estadística y Censos (INEC)", {"government", "abbreviation"}),
    ("Ministry of Agriculture, Forestry and Fisheries (MAFF)", {"government", "comma", "abbreviation"}),
    ("Food and Agriculture Organization of the United Nations (FAO)", {"government", "abbreviation"}),
]  # fmt: skip
_RESEARCH = ["Mintel", "Statista", "Kantar", "YouGov", "Rabobank", "Euromonitor International", "IBISWorld"]
_PRESS = ["The Guardian", "The Times", "BBC News", "Financial Times", "NRC", "Daily Nation", "Business Daily",
          "El Tiempo", "El Universo", "The Japan Times", "FloraCulture International", "Flowers & Plants Association news"]  # fmt: skip
_JOURNALS = ["Journal of Retailing and Consumer Services", "Journal of Cleaner Production", "Acta Horticulturae",
             "Journal of Agribusiness in Developing and Emerging Economies", "British Food Journal",
             "International Journal of Retail & Distribution Management", "Journal of Consumer Marketing",
             "Journal of Marketing Management"]  # fmt: skip
_TOPICS = ["Valentine's Day demand", "Mother's Day gifting", "letterbox flowers", "flower subscriptions",
           "air-freighted roses", "the carbon footprint of cut flowers", "supermarket flowers", "wedding florists",
           "influencer weddings", "Fairtrade roses", "the Dutch flower auctions", "Kenyan floriculture",
           "Colombian carnations", "Ecuadorian roses", "Japanese ikebana retail", "online flower delivery",
           "British-grown flowers", "sea-freighted flowers", "houseplant subscriptions", "peat-free compost",
           "gift-card flowers", "same-day delivery", "florist loyalty apps", "Instagram floristry"]  # fmt: skip
_MARKETS = ["Cut flowers", "Florists", "Online flower delivery", "Houseplants", "Garden centres", "Wedding services",
            "Gifting", "Fresh flowers and plants"]  # fmt: skip
_COUNTRIES = ["UK", "the Netherlands", "Kenya", "Colombia", "Ecuador", "Japan", "Europe"]


class Blind351WorkFactory(WorkFactory):
    """Books, chapters, journal articles, reports of public bodies, firms' pages and annual reports, trade bodies,
    the press and market research, as florists' and growers' marketers cite them."""

    KINDS = ("book", "chapter", "journal", "web", "report", "news")

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 351)
        self.org_years: list[tuple[str, set[str], int]] = []

    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.12:
            particle, family, given = self.rng.choice(_PARTICLE_PEOPLE)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.25:
            return super().person()
        family, given = self.rng.choice(_PEOPLE)
        return {"family": family, "given": given}

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1975, 1999)
        return self.rng.randint(2008, 2025)

    def _accessed_after(self, year: int | None, issued: list[int] | None = None) -> dict[str, list[list[int]]]:
        start = max(2023, year or 2023)
        accessed = [self.rng.randint(start, max(start, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        if issued and accessed < issued:  # never read before it was published
            accessed = [issued[0], 12, 28]
        return {"date-parts": [accessed]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]}: evidence from {self.rng.choice(_COUNTRIES)}",
                 f"Consumer attitudes to {topic}", f"Marketing {topic} in a digital age",
                 f"{topic[0].upper()}{topic[1:]} and the customer experience", f"Rethinking {topic}",
                 f"What drives {topic}? A study of {self.rng.choice(_COUNTRIES)}",
                 f"Sustainability claims and {topic}", f"The value chain of {topic}"]  # fmt: skip
        return self.rng.choice(forms)

    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "company", "trade", "government", "research", "news"],
            weights=[12, 5, 22, 14, 8, 12, 12, 12],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind)()

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[40, 25, 15, 8, 5, 3, 2, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then a second work of one organisation in one year ("Defra, 2023a" and "2023b").
        if self.org_years and "issued" in record and self.rng.random() < 0.12:
            name, tags, year = self.rng.choice(self.org_years)
            record["issued"] = {"date-parts": [[year]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(year)
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.org_years.append((name, tags, record["issued"]["date-parts"][0][0]))
        return self._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self._title(), "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Pearson", "Routledge", "Kogan Page", "Sage", "Wiley", "CABI", "Palgrave Macmillan"]),
            "publisher-place": self.rng.choice(["Harlow", "Abingdon", "London", "Wallingford", "Chichester", "Cham"]),
        }  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 18))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        start = self.rng.randint(1, 300)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["The Routledge handbook of floriculture", "Horticultural marketing",
                                                "Sustainable supply chains in horticulture", "Retail marketing in practice"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "CABI", "Springer"]),
            "publisher-place": self.rng.choice(["Abingdon", "Wallingford", "Cham"]),
            "page": f"{start}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 400)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{start}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????')}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _company(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        slug = self.fakers["en_GB"].slug()
        domain = name.split()[0].lower().replace("&", "and").replace(",", "")
        if self.rng.random() < 0.4:
            year = self.year()
            record: dict[str, Any] = {
                "type": "report", "title": self.rng.choice([f"Annual report and accounts {year}", f"Sustainability report {year}",
                                                             f"Impact report {year}", self._title()]),
                "issued": {"date-parts": [[year]]}, "publisher": name, "publisher-place": self.rng.choice(
                    ["London", "Aalsmeer", "De Lier", "Naivasha", "Tokyo", "Guildford"]),
                "URL": f"https://www.{domain}.com/investors/{slug}", "accessed": self._accessed_after(year),
            }  # fmt: skip
            return self._org(record, "report", name, tags)
        record = {"type": "webpage", "title": self._title(), "URL": f"https://www.{domain}.com/{slug}"}
        year = None
        if self.rng.random() < 0.75:
            year = self.year()
            record["issued"] = {"date-parts": [[year]]}
        if self.rng.random() < 0.9:
            record["accessed"] = self._accessed_after(year)
        return self._org(record, "web", name, tags | ({"undated"} if year is None else set()))

    def _trade(self) -> Work:
        name, tags = self.rng.choice(_TRADE)
        record: dict[str, Any] = {"type": "webpage", "title": self._title(),
                                  "URL": f"https://www.{self.fakers['en_GB'].domain_word()}.org/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        year = None
        if self.rng.random() < 0.7:
            year = self.year()
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after(year)
        return self._org(record, "web", name, tags)

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        year = self.year()
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "report", "webpage"]), "title": self._title(),
            "issued": {"date-parts": [[year]]}, "URL": f"https://www.gov.uk/government/statistics/{self.fakers['en_GB'].slug()}",
            "accessed": self._accessed_after(year),
        }  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        return self._org(record, "report" if record["type"] == "report" else "web", name, tags)

    def _research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.85 else None
        market, country = self.rng.choice(_MARKETS), self.rng.choice(_COUNTRIES)
        titles = [f"{market} - {country} - {self.rng.choice(['February', 'May', 'November'])} {year or 2024}",
                  f"{market} in {country}: market report", f"Spending on flowers on Valentine's Day in {country}",
                  f"World floriculture map {year or 2024}", f"{market} market size in {country}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": f"https://www.{name.split()[0].lower()}.com/{self.fakers['en_GB'].slug()}",
                                  "accessed": self._accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        year = self.rng.randint(2010, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [issued]}, "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path(),
            "accessed": self._accessed_after(year, issued),
        }  # fmt: skip
        if self.rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org(record, "news", record["container-title"], {"press"})
