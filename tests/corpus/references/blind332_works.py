"""The blind332 pool's works: what marketers in the wedding trade cite in CIM Level 6 and 7 reports and MBA
assignments written in English in the UK, Ireland, Italy, Spain, Greece, India and the United States.

Written without reading the checker, its tests or any other pool. Books, chapters and journal articles with one to
eight authors (consumer culture, tourism, fashion and retailing journals), reports of statistics offices, tourism
ministries and registrars, firms' pages and annual reports (bridal-wear houses, jewellers, wedding platforms and
honeymoon operators, with S.L., S.p.A., Ltd, plc, Inc., LLC and Pvt. Ltd), the fashion and national press,
market-research reports and the marketing texts every candidate cites. Names are written as the region's scholars
and journals print them: Italian "De Luca" and "Di Stefano", Spanish double surnames ("García López") and "de la
Fuente", Greek "Papadopoulou" and "Karamanlis", Indian names with initials, Irish "O'Sullivan" and "MacCarthy".
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "government", "company-web", "annual-report", "press", "market-research",
         "classic", "web-person")  # fmt: skip

_BRITISH = [("Thompson", "Claire"), ("Hughes", "Rebecca"), ("Clarke", "Daniel"), ("Whitfield", "Hannah"),
            ("Pemberton", "Alice"), ("Ashworth", "Tom"), ("Lloyd-Jones", "Megan"), ("Fairclough", "Sophie"),
            ("Bennett", "James"), ("Holloway", "Lucy"), ("Cartwright", "Emily"), ("Marsh", "Oliver")]  # fmt: skip
_AMERICAN = [("Rosenberg", "Rachel"), ("Carter", "Brooke"), ("Delgado", "Marisa"), ("Goldstein", "Aaron"),
             ("Whitaker", "Jenna"), ("Otnes", "Cele"), ("Pleck", "Elizabeth"), ("Kowalski", "Megan"),
             ("Hernandez", "Sofia"), ("Brooks", "Tyler")]  # fmt: skip
_IRISH = [("O'Sullivan", "Siobhán"), ("O'Brien", "Aoife"), ("MacCarthy", "Ciarán"), ("McGrath", "Niamh"),
          ("O'Donoghue", "Orla"), ("Ní Bhriain", "Gráinne"), ("Ó Súilleabháin", "Pádraig"), ("Fitzgerald", "Eoin"),
          ("MacNamara", "Róisín"), ("O'Connell", "Deirdre"), ("Kavanagh", "Seán")]  # fmt: skip
_ITALIAN = [("De Luca", "Giulia"), ("Di Stefano", "Marco"), ("Rossi", "Chiara"), ("Bianchi", "Alessandro"),
            ("De Angelis", "Francesca"), ("Di Pietro", "Luca"), ("Esposito", "Federica"), ("Ricci", "Matteo"),
            ("Lo Presti", "Valentina"), ("Dall'Olio", "Silvia"), ("D'Amico", "Paolo"), ("Conti", "Elena")]  # fmt: skip
_SPANISH = [("García López", "Lucía"), ("Fernández Ruiz", "Javier"), ("Martínez Sánchez", "Carmen"),
            ("Rodríguez-Ardura", "Inma"), ("Pérez Gómez", "Álvaro"), ("Sánchez", "Marta"), ("Muñoz Ortega", "Pilar"),
            ("Jiménez Castillo", "David"), ("Ibáñez", "Nuria"), ("Vallespín", "Marta")]  # fmt: skip
_SPANISH_PARTICLE = [("de la", "Fuente", "Ana"), ("de", "Miguel", "Rocío"), ("del", "Río", "Pablo"),
                     ("de la", "Torre", "Inés")]  # fmt: skip
_GREEK = [("Papadopoulou", "Eleni"), ("Karamanlis", "Nikos"), ("Georgiou", "Maria"), ("Dimitriou", "Kostas"),
          ("Vlachou", "Katerina"), ("Papadakis", "Giorgos"), ("Konstantinidis", "Yannis"), ("Stavrou", "Sofia"),
          ("Christodoulou", "Despina"), ("Kouris", "Andreas")]  # fmt: skip
_INDIAN = [("Sharma", "Priya"), ("Gupta", "Rohan"), ("Iyer", "Lakshmi"), ("Reddy", "Srinivas"), ("Nair", "Anjali"),
           ("Banerjee", "Arindam"), ("Mehta", "Kavita"), ("Kapoor", "Rahul"), ("Chatterjee", "Sunita"),
           ("Pillai", "Deepa"), ("Bhatt", "Vikram"), ("Menon", "Shalini")]  # fmt: skip
_INDIAN_INITIALS = ["R.", "K.", "S.", "A.", "V.", "M.", "P."]

_JOURNALS = ["Journal of Consumer Research", "Journal of Consumer Culture", "Tourism Management",
             "Journal of Travel Research", "Journal of Fashion Marketing and Management", "Annals of Tourism Research",
             "Journal of Retailing and Consumer Services", "Journal of Marketing Management"]  # fmt: skip
_GOVERNMENT = [("Office for National Statistics", {"government"}), ("Office for National Statistics (ONS)", {"government", "abbreviation"}),
               ("Central Statistics Office", {"government"}), ("Central Statistics Office (CSO)", {"government", "abbreviation"}),
               ("Istat", {"government"}), ("Instituto Nacional de Estadística (INE)", {"government", "abbreviation"}),
               ("Hellenic Statistical Authority (ELSTAT)", {"government", "abbreviation"}),
               ("Ministry of Tourism", {"government"}), ("Ministry of Tourism, Government of India", {"government", "comma"}),
               ("U.S. Census Bureau", {"government", "abbreviation"}), ("VisitBritain", {"government"}),
               ("ENIT", {"government", "acronym"}), ("General Register Office", {"government"}),
               ("General Register Office for Scotland", {"government"})]  # fmt: skip
_GOV_TITLES = {
    "Office": ["Marriages in England and Wales: {y}", "Marriages in England and Wales by type of ceremony, {y}"],
    "Central": ["Marriages and civil partnerships {y}", "Vital statistics: marriages registered in {y}"],
    "Istat": ["Matrimoni e unioni civili: anno {y}", "Marriages, separations and divorces: year {y}"],
    "Instituto": ["Estadística de matrimonios: año {y}", "Vital statistics: marriages {y}"],
    "Hellenic": ["Marriages and divorces, {y}", "Natural population movement: {y}"],
    "Ministry": ["India tourism statistics {y}", "Incredible India: wedding tourism campaign guidelines"],
    "U.S.": ["America's families and living arrangements: {y}", "Number, timing and duration of marriages: {y}"],
    "VisitBritain": [
        "Inbound wedding and honeymoon travel: market insight",
        "Romance and honeymoon travel to Britain, {y}",
    ],
    "ENIT": ["Destination weddings in Italy: the {y} season", "Wedding tourism in Italy: annual report {y}"],
    "General": ["Marriages registered in {y}", "Number of weddings and civil partnerships by month, {y}"],
}
_COMPANIES = [("Pronovias Group S.L.", {"company", "abbreviation"}), ("Rosa Clará S.L.", {"company", "abbreviation"}),
              ("Jenny Packham Ltd", {"company"}), ("Boodles Ltd", {"company"}), ("Tiffany & Co.", {"company", "ampersand"}),
              ("The Knot Worldwide Inc.", {"company"}), ("Zola, Inc.", {"company", "comma"}), ("Bridebook Ltd", {"company"}),
              ("Kuoni Travel Ltd", {"company"}), ("Sandals Resorts International", {"company"}),
              ("Monsoon Accessorize Ltd", {"company"}), ("Temperley London", {"company"}), ("Halfpenny London", {"company"}),
              ("Vera Wang Bridal House Ltd", {"company"}), ("Moonpig Group plc", {"company"}), ("Hitched", {"company"}),
              ("Vashi Dominguez Ltd", {"company"}), ("Confetti Network Ltd", {"company"}), ("WeddingWire", {"company"}),
              ("Titan Company Ltd", {"company"}), ("WedMeGood Pvt. Ltd", {"company", "abbreviation"}),
              ("Villa d'Este S.p.A.", {"company", "apostrophe", "abbreviation"}), ("Signet Jewelers", {"company"}),
              ("David's Bridal, LLC", {"company", "apostrophe", "comma"}), ("Marks & Spencer Group plc", {"company", "ampersand"}),
              ("Santorini Weddings", {"company"}), ("Destination Weddings in Italy", {"company"})]  # fmt: skip
_COMPANY_TITLES = ["About us", "Our story", "Bridal collections {y}", "Sustainability report {y}", "Annual report {y}",
                   "Annual report and accounts {y}", "Real weddings", "Engagement rings: the buying guide",
                   "Investor relations", "Honeymoon collection {y}", "Plan your wedding abroad", "Press centre",
                   "Wedding venue search", "Our craftsmanship", "Impact report {y}"]  # fmt: skip
_PRESS = ["Vogue", "British Vogue", "Brides", "Harper's Bazaar", "The Guardian", "The Times", "The Irish Times",
          "Corriere della Sera", "El País", "Kathimerini", "The Hindu", "The New York Times"]  # fmt: skip
_RESEARCH = [("Mintel", "Weddings in {c}: market report {y}"), ("Statista", "Average cost of a wedding in {c} {y}"),
             ("Bridebook", "The UK Wedding Report {y}"), ("The Knot", "The Knot Real Weddings Study {y}"),
             ("Kantar", "Bridal jewellery shoppers in {c}"), ("YouGov", "Attitudes to wedding spending in {c}"),
             ("Euromonitor International", "Apparel and footwear in {c}: bridal wear {y}"),
             ("Mintel", "Honeymoons and romantic breaks in {c} - {y}"), ("Statista", "Wedding services market in {c}")]  # fmt: skip
_RESEARCH_COUNTRIES = ["the UK", "the US", "Ireland", "Italy", "Spain", "Greece", "India"]
_CLASSICS = [
    (("Kotler", "Philip"), ("Keller", "Kevin Lane"), "Marketing management", "Pearson", "Harlow"),
    (("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona"), "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow"),
    (("Solomon", "Michael R."), None, "Consumer behavior: buying, having, and being", "Pearson", "Harlow"),
    (("Jobber", "David"), ("Ellis-Chadwick", "Fiona"), "Principles and practice of marketing", "McGraw-Hill", "London"),
    (("Ryan", "Damian"), None, "Understanding digital marketing", "Kogan Page", "London"),
    (("Kapferer", "Jean-Noël"), ("Bastien", "Vincent"), "The luxury strategy", "Kogan Page", "London"),
    (("Ingraham", "Chrys"), None, "White weddings: romancing heterosexuality in popular culture", "Routledge", "New York"),
    (("Otnes", "Cele C."), ("Pleck", "Elizabeth H."), "Cinderella dreams: the allure of the lavish wedding", "University of California Press", "Berkeley"),
]  # fmt: skip
_TOPICS = ["bridal fashion", "destination weddings", "wedding budgets", "wedding debt", "wedding platforms",
           "Instagram weddings", "wedding influencers", "engagement rings", "lab-grown diamonds", "honeymoon travel",
           "wedding photography", "wedding stationery", "romance tourism", "bridal retail", "conspicuous consumption",
           "the wedding industrial complex", "TikTok and bridal brands", "sustainable bridal wear",
           "second-hand wedding dresses", "micro-weddings", "Indian weddings abroad", "Greek island weddings"]  # fmt: skip
_FORMS = ["{T}: evidence from {c}", "Consumer experience and {T}", "Rituals, brides and {T}",
          "{T} and the millennial couple", "Understanding {T} in {c}", "The marketing of {T}",
          "Social media, authenticity and {T}", "Choosing a venue: {T} in {c}", "{T}: a qualitative study",
          "Why couples spend: {T} and status", "From aisle to algorithm: {T}", "Motivations for {T}"]  # fmt: skip
_PLACES = ["Italy", "Spain", "Greece", "India", "Ireland", "the UK", "the United States", "Santorini", "Lake Como",
           "Tuscany", "Mallorca", "Rajasthan", "Goa"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Bloomsbury", "London"), ("Sage", "London"),
               ("Palgrave Macmillan", "Cham"), ("Goodfellow", "Oxford"), ("Emerald", "Bingley"),
               ("CABI", "Wallingford"), ("Channel View Publications", "Bristol")]  # fmt: skip


class Blind332WorkFactory(WorkFactory):
    """The blind332 pool's works, from one seeded random source of its own."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 332)
        self.org_years: list[tuple[str, str, set[str], int]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.07:
            particle, family, given = self.rng.choice(_SPANISH_PARTICLE)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        table = self.rng.choices([_BRITISH, _AMERICAN, _IRISH, _ITALIAN, _SPANISH, _GREEK, _INDIAN],
                                 weights=[22, 14, 12, 16, 14, 10, 12])[0]  # fmt: skip
        family, given = self.rng.choice(table)
        if table is _INDIAN and self.rng.random() < 0.5:  # "Sharma, R. K." as Indian journals print it
            given = f"{self.rng.choice(_INDIAN_INITIALS)} {given[0]}."
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if name not in people:
                people.append(name)
        return people

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        return self.rng.randint(2005, 2025)

    def accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        first = max(2022, year or 2022)
        return {
            "date-parts": [
                [self.rng.randint(first, max(first, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            ]
        }

    def _title(self) -> str:
        title = self.rng.choice(_FORMS).format(T=self.rng.choice(_TOPICS), c=self.rng.choice(_PLACES))
        return title[0].upper() + title[1:]

    def _slug(self, text: str) -> str:
        return "".join(ch if ch.isalnum() else "-" for ch in text.lower()).strip("-")[:40]

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(KINDS), weights=[11, 6, 24, 11, 11, 6, 10, 10, 5, 6])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.2:
            record["edition"] = str(self.rng.randint(2, 5))
        return self._person_work(record, "book")

    def _classic(self) -> Work:
        first, second, title, publisher, place = self.rng.choice(_CLASSICS)
        authors = [{"family": first[0], "given": first[1]}] + (
            [{"family": second[0], "given": second[1]}] if second else []
        )
        record: dict[str, Any] = {"type": "book", "title": title, "author": authors,
                                  "issued": {"date-parts": [[self.rng.choice([1999, 2003, 2012, 2016, 2019, 2022, 2024])]]},
                                  "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.6:
            record["edition"] = str(self.rng.randint(2, 16))
        work = self._person_work(record, "classic")
        return work

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["Weddings, tourism and consumption", "The Routledge handbook of fashion marketing",
                                                "Romance, ritual and the marketplace", "Events management: an international perspective",
                                                "Luxury retail and digital channels"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(8, 110)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{(start := self.rng.randint(1, 1200))}-{start + self.rng.randint(10, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.choice(['1016', '1177', '1108', '1080', '1093'])}/j.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _web_person(self) -> Work:
        year = self.year() if self.rng.random() < 0.8 else None
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "container-title": self.rng.choice(["Hitched", "Bridebook", "Confetti", "The Knot", "Zola", "WedMeGood"]),
                                  "URL": f"https://www.example-weddings.com/advice/{self.rng.randint(100, 9999)}",
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._person_work(record, "web-person")

    def _pair(self, kind: str, name: str, tags: set[str], year: int | None) -> tuple[str, set[str], int | None]:
        """Now and then an organisation already drawn in a year gets a second work that year (2023a, 2023b)."""
        same_kind = [entry for entry in self.org_years if entry[0] == kind]
        if year is not None and same_kind and self.rng.random() < 0.2:
            _kind, name, tags, year = self.rng.choice(same_kind)
        if year is not None:
            self.org_years.append((kind, name, tags, year))
        return name, tags, year

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        name, tags, year = self._pair("government", name, tags, self.year() if self.rng.random() < 0.9 else None)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]),
                                  "title": self.rng.choice(_GOV_TITLES[name.split()[0]]).format(y=(year or 2023) - 1),
                                  "URL": f"https://www.{self._slug(name.split(' (')[0])[:16]}.gov/{self.rng.randint(1000, 99999)}",
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        return self._org_work(record, "government", name, tags)

    def _company_web(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        name, tags, year = self._pair("company-web", name, tags, self.year() if self.rng.random() < 0.65 else None)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(_COMPANY_TITLES).format(y=year or 2024),
                                  "URL": f"https://www.{self._slug(name)[:18]}.com/{self.rng.randint(10, 9999)}",
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, "company-web", name, tags)

    def _annual_report(self) -> Work:
        name, tags = self.rng.choice(
            [c for c in _COMPANIES if c[0].endswith(("plc", "Ltd", "S.L.", "S.p.A.", "Inc.", "LLC", "Co."))]
        )
        name, tags, year = self._pair("annual-report", name, tags, self.rng.randint(2012, 2025))
        assert year is not None
        title = self.rng.choice(
            [
                f"Annual report {year - 1}",
                f"Annual report and accounts {year - 1}",
                f"Strategic report {year - 1}",
                f"Sustainability report {year - 1}",
                f"Responsible sourcing report {year - 1}",
            ]
        )
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name,
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = f"https://www.{self._slug(name)[:18]}.com/investors"
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "annual-report", name, tags)

    def _press(self) -> Work:
        year = self.year()
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper" if paper not in ("Vogue", "British Vogue", "Brides", "Harper's Bazaar") else "article-magazine",
            "title": self._title(), "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.{self._slug(paper)}.com/{self.rng.randint(10000, 999999)}", "accessed": self.accessed_after(year),
        }  # fmt: skip
        issued, accessed = record["issued"]["date-parts"][0], record["accessed"]["date-parts"][0]
        if accessed < issued:  # read after it came out
            record["accessed"] = {
                "date-parts": [[issued[0], 12, 28] if issued[1] == 12 else [issued[0], issued[1] + 1, issued[2]]]
            }
        if self.rng.random() < 0.8:
            record["author"] = self._people(2)
            return self._person_work(record, "press")
        return self._org_work(record, "press", paper, {"press"})

    def _market_research(self) -> Work:
        name, title = self.rng.choice(_RESEARCH)
        name, _tags, year = self._pair(
            "market-research", name, {"market-research"}, self.year() if self.rng.random() < 0.9 else None
        )
        title = self.rng.choice([t for n, t in _RESEARCH if n == name])
        record: dict[str, Any] = {"type": "report", "publisher": name,
                                  "title": title.format(c=self.rng.choice(_RESEARCH_COUNTRIES), y=year or 2024),
                                  "URL": f"https://www.{self._slug(name)}.com/{self.rng.randint(1000, 99999)}",
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, "market-research", name, {"market-research"})
