"""Works cited by marketers in boating, marinas, yachting and watersports (blind259, HELD OUT).

Written without reading the checker, its tests or any other pool: what CIM Level 6 and 7 candidates and MBA
students at boatbuilders, marinas, brokers, charter firms, sailing schools, watersports brands, marine electronics
firms and boat shows in the UK, Ireland, France, the Netherlands and New Zealand cite: textbooks, chapters, tourism,
marine-policy and marketing journals, theses, conference papers, regulators, trade bodies and charities, company
pages, annual reports and investor decks, market research, the yachting and national press, social posts, videos,
podcasts and undated pages.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "thesis", "conference", "report", "web", "news", "social", "video", "podcast")
_MAKERS = ("book", "chapter", "journal", "thesis", "conference", "government", "trade-body", "company",
           "annual-report", "market-research", "news", "social", "video", "podcast", "undated-web")  # fmt: skip

# (family, given, particle) as the owners print them.
_NAMES = [
    ("Fairweather-Jones", "Harriet", ""), ("Ashworth-Clarke", "Tom", ""), ("Stapleton-Hughes", "Imogen", ""),
    ("Ó Súilleabháin", "Cian", ""), ("Ó Ceallaigh", "Niamh", ""), ("Mac Giolla Phádraig", "Seán", ""),
    ("MacCárthaigh", "Órla", ""), ("Ní Dhomhnaill", "Aoife", ""), ("O'Driscoll", "Conor", ""), ("McSweeney", "Gráinne", ""),
    ("Vries", "Sanne", "de"), ("Berg", "Lotte", "van den"), ("Dijk", "Pieter", "van"), ("Wal", "Joost", "van der"),
    ("Jong", "Femke", "de"), ("Kerros", "Yann", "de"), ("Le Gall", "Maëlle", ""), ("Le Bihan", "Erwan", ""),
    ("Guérin", "Solène", ""), ("Lefèvre", "Thibault", ""), ("Te Rangi", "Mereana", ""), ("Ngata", "Hēmi", ""),
    ("Tāwhai", "Aroha", ""), ("Parata", "Wiremu", ""), ("Østergaard", "Mette", ""), ("Sørensen", "Lars", ""),
    ("Håkansson", "Ingrid", ""), ("Lindstrøm", "Kjersti", ""), ("Ågren", "Björn", ""), ("Smith", "Rachel", ""),
    ("Walker", "James", ""), ("Pemberton", "Lucy", ""), ("Trelawny", "Kit", ""), ("Penhaligon", "Demelza", ""),
    ("Harris", "Ben", ""), ("Cooper", "Sophie", ""), ("Morgan", "Rhys", ""), ("Brown", "Fiona", ""),
    ("Thompson", "Mark", ""), ("Nguyen", "Linh", ""), ("Patel", "Anika", ""), ("Kowalski", "Piotr", ""),
    ("Williams", "Hannah", ""), ("Clarke", "Oliver", ""), ("Evans", "Megan", ""), ("Taylor", "Chris", ""),
]  # fmt: skip
_ORGS = [
    ("Maritime and Coastguard Agency", "government"), ("Maritime and Coastguard Agency (MCA)", "government"),
    ("Marine Management Organisation", "government"), ("RNLI", "charity"), ("The Crown Estate", "government"),
    ("Office for National Statistics", "government"), ("Fáilte Ireland", "government"), ("Irish Coast Guard", "government"),
    ("Maritime New Zealand", "government"), ("European Commission", "government"),
    ("Competition and Markets Authority (CMA)", "government"), ("Advertising Standards Authority (ASA)", "government"),
    ("British Marine", "trade-body"), ("Royal Yachting Association (RYA)", "trade-body"), ("RYA", "trade-body"),
    ("The Yacht Harbour Association", "trade-body"), ("International Council of Marine Industry Associations (ICOMIA)", "trade-body"),
    ("Irish Sailing Association", "trade-body"), ("Fédération des Industries Nautiques", "trade-body"),
    ("Yachting New Zealand", "trade-body"), ("Ocean Youth Trust", "charity"), ("Sail Training International", "charity"),
    ("Blue Marine Foundation", "charity"),
]  # fmt: skip
_COMPANIES = [
    "Sunseeker International Ltd", "Princess Yachts Ltd", "Fairline Yachts Ltd", "Oyster Yachts Ltd", "Groupe Beneteau",
    "Brunswick Corporation", "MarineMax, Inc.", "Premier Marinas Ltd", "MDL Marinas Group Ltd",
    "Raymarine (Teledyne FLIR)", "Helly Hansen AS", "Musto Ltd",
]  # fmt: skip
_RESEARCH = [("Mintel", "Watersports and sailing holidays – UK"), ("Statista", "Recreational boat market in Europe"),
             ("Euromonitor International", "Luxury goods in the United Kingdom"),
             ("Superyacht Times Intelligence", "The superyacht market report"),
             ("Boat International", "Global Order Book"), ("British Marine", "Watersports Participation Survey"),
             ("ICOMIA", "Recreational Boating Industry Statistics"),
             ("Royal Yachting Association", "RYA Watersports Participation Survey")]  # fmt: skip
_PRESS = ["Yachting Monthly", "Yachting World", "Practical Boat Owner", "Motor Boat & Yachting", "Boat International",
          "Superyacht Times", "Afloat", "Daily Echo", "Financial Times", "BBC News", "The New Zealand Herald"]  # fmt: skip
_JOURNALS = ["Journal of Business Research", "Tourism Management", "Journal of Sport & Tourism", "Marine Policy",
             "Ocean & Coastal Management", "Journal of Marketing Management", "Journal of Luxury Marketing",
             "Journal of Marketing Management", "Tourism Management"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Sage", "London"), ("Kogan Page", "London"), ("Pearson", "Harlow"),
               ("Adlard Coles", "London"), ("Bloomsbury", "London"), ("Goodfellow", "Oxford")]  # fmt: skip
_TOPICS = ["marine tourism", "recreational boating", "superyacht ownership", "marina berth pricing", "sailing school demand",
           "charter holidays", "watersports participation", "luxury yacht branding", "boat show attendance",
           "dealer networks", "coastal place branding", "sail training", "blue-space wellbeing", "electric propulsion",
           "brand heritage in boatbuilding", "fractional ownership", "yacht brokerage", "technical sailing apparel",
           "marine electronics", "customer experience at marinas", "the America's Cup", "ocean racing sponsorship",
           "Māori maritime heritage", "coastal communities", "the Irish sailing economy", "second-hand boat sales"]  # fmt: skip
_FORMS = ["{t}: a review", "Rethinking {t}", "{T} and brand loyalty", "{T} in the United Kingdom and Ireland",
          "Consumer motivations for {t}", "{T}: evidence from New Zealand", "Marketing {t} after the pandemic",
          "The value of {t} to coastal economies", "Digital engagement and {t}", "{T} among younger customers",
          "Sustainability claims in {t}", "{T}: a practitioner's guide", "Understanding {t}", "{T} in France and the Netherlands"]  # fmt: skip
_UNIS = ["University of Southampton", "Solent University", "Plymouth University", "Bournemouth University",
         "University College Cork", "University of Auckland", "AUT University", "Université de Bretagne Occidentale"]  # fmt: skip
_CONFERENCES = [("International Conference on Marine Tourism", "Cork"), ("Academy of Marketing Conference", "Cardiff"),
                ("RINA Design, Construction and Operation of Super and Mega Yachts", "Genoa"),
                ("Royal Institution of Naval Architects (RINA) Marine Design Conference", "London")]  # fmt: skip


class Blind259WorkFactory(WorkFactory):
    """The blind259 pool's works, from one seeded random source of its own."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 259)
        self.dated_orgs: list[tuple[str, list[int]]] = []

    # ------------------------------------------------------------------ pieces
    def person(self) -> dict[str, str]:
        family, given, particle = self.rng.choice(_NAMES)
        name = {"family": family, "given": given}
        if particle:
            name["non-dropping-particle"] = particle
        return name

    def people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[30, 28, 18, 10, 6, 4, 2, 2][:most])[0]
        chosen: list[dict[str, str]] = []
        while len(chosen) < count:
            name = self.person()
            if name not in chosen:
                chosen.append(name)
        return chosen

    def year(self) -> int:
        return self.rng.choice(
            [self.rng.randint(1996, 2015), self.rng.randint(2016, 2025), self.rng.randint(2018, 2024)]
        )

    def title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        form = self.rng.choice(_FORMS)
        text = form.replace("{t}", topic).replace("{T}", topic[0].upper() + topic[1:])
        return text[0].upper() + text[1:]

    def url(self, site: str) -> str:
        slug = "-".join(self.title().lower().replace(":", "").replace("'", "").split()[:6])
        return f"https://www.{site}/{slug}"

    def access(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        low = 2022 if issued is None else max(2022, issued[0] + 1)
        year = self.rng.randint(min(low, 2025), 2025)
        if issued is not None and year <= issued[0]:
            return {"date-parts": [[issued[0], 12, 28]]}
        return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _person(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org(self, record: dict[str, Any], kind: str, name: str, tag: str) -> Work:
        if "issued" in record and self.dated_orgs and self.rng.random() < 0.15:
            name, parts = self.rng.choice(self.dated_orgs)  # one organisation's two works of a year
            record["issued"] = {"date-parts": [list(parts)]}
            if "accessed" in record:
                record["accessed"] = self.access(list(parts))
        if "issued" in record:
            self.dated_orgs.append((name, record["issued"]["date-parts"][0]))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        tags = (
            {"organisation", tag}
            | ({"ampersand"} if "&" in name else set())
            | ({"abbreviation"} if "(" in name else set())
        )
        return Work(record, name, year, True, 1, kind, tags)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(_MAKERS), weights=[12, 5, 20, 3, 4, 9, 8, 7, 4, 7, 8, 3, 2, 2, 4])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()  # "book" and "journal" are makers' names too

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self.title(), "author": self.people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 300)
        record: dict[str, Any] = {"type": "chapter", "title": self.title(), "author": self.people(3),
                                  "editor": self.people(2), "container-title": self.title(),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place, "page": f"{start}-{start + self.rng.randint(12, 30)}"}  # fmt: skip
        return self._person(record, "chapter")

    def _journal(self) -> Work:
        year = self.year()
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {"type": "article-journal", "title": self.title(), "author": self.people(8),
                                  "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[year]]},
                                  "volume": str(self.rng.randint(5, 160)), "issue": str(self.rng.randint(1, 12)),
                                  "page": f"{start}-{start + self.rng.randint(8, 25)}"}  # fmt: skip
        if self.rng.random() < 0.7:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 1099)}/j.{self.rng.randint(1000, 9999)}.{year}.{self.rng.randint(100, 999)}"
            )
        return self._person(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self.title(), "author": self.people(1),
                                  "genre": self.rng.choice(["PhD thesis", "MBA dissertation", "MSc dissertation", "Thèse de doctorat"]),
                                  "publisher": self.rng.choice(_UNIS), "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        return self._person(record, "thesis")

    def _conference(self) -> Work:
        event, place = self.rng.choice(_CONFERENCES)
        year = self.year()
        record: dict[str, Any] = {"type": "paper-conference", "title": self.title(), "author": self.people(5),
                                  "container-title": f"Proceedings of the {event}", "event-place": place,
                                  "issued": {"date-parts": [[year]]}, "publisher-place": place}  # fmt: skip
        return self._person(record, "conference")

    def _government(self) -> Work:
        name, tag = self.rng.choice([o for o in _ORGS if o[1] == "government"])
        issued = [self.year()]
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.title(),
                                  "issued": {"date-parts": [issued]}, "URL": self.url("gov.uk/guidance"),
                                  "accessed": self.access(issued)}  # fmt: skip
        return self._org(record, "report" if record["type"] == "report" else "web", name, tag)

    def _trade_body(self) -> Work:
        name, tag = self.rng.choice([o for o in _ORGS if o[1] != "government"])
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.title(),
                                  "URL": self.url(name.split(" (")[0].lower().replace(" ", "") + ".org/news"), "publisher": name.split(" (")[0]}  # fmt: skip
        if self.rng.random() < 0.8:
            record["issued"] = {"date-parts": [[self.year()]]}
        record["accessed"] = self.access(record["issued"]["date-parts"][0] if "issued" in record else None)
        return self._org(record, "report" if record["type"] == "report" else "web", name, tag)

    def _company(self) -> Work:
        name = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(["Our story", "Our heritage", "Sustainability",
                                  "Investor relations", "Careers", "The range", "Press centre"]) + f": {self.title()}",
                                  "URL": self.url("company.example.com")}  # fmt: skip
        if self.rng.random() < 0.65:
            record["issued"] = {"date-parts": [[self.rng.randint(2015, 2025)]]}
        record["accessed"] = self.access(record["issued"]["date-parts"][0] if "issued" in record else None)
        return self._org(record, "web", name, "company")

    def _annual_report(self) -> Work:
        name = self.rng.choice(_COMPANIES)
        year = self.rng.randint(2014, 2024)
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice([f"Annual report and accounts {year}",
                                  f"Investor presentation: FY{year} results", f"Annual report {year}: {self.title()}",
                                  f"Capital markets day {year}"]), "issued": {"date-parts": [[year]]},
                                  "publisher": name, "URL": self.url("investors.example.com"),
                                  "accessed": self.access([year])}  # fmt: skip
        return self._org(record, "report", name, "company")

    def _market_research(self) -> Work:
        name, series = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2016, 2024)
        record: dict[str, Any] = {"type": "report", "title": f"{series} {year}", "issued": {"date-parts": [[year]]},
                                  "publisher": name, "URL": self.url("reports.example.com"),
                                  "accessed": self.access([year])}  # fmt: skip
        return self._org(record, "report", name, "market-research")

    def _news(self) -> Work:
        year = self.rng.randint(2012, 2024)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self.title(), "container-title": paper,
                                  "issued": {"date-parts": [issued]}, "URL": self.url("news.example.com"),
                                  "accessed": self.access(issued)}  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self.people(2)
            return self._person(record, "news")
        return self._org(record, "news", paper, "press")

    def _social(self) -> Work:
        year = self.rng.randint(2018, 2024)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        name = self.rng.choice([*_COMPANIES, "Yachting Monthly", "Ocean Youth Trust"])
        record: dict[str, Any] = {"type": "post", "title": f"{self.title()} [Instagram post]", "issued": {"date-parts": [issued]},
                                  "URL": self.url("instagram.com/p"), "accessed": self.access(issued)}  # fmt: skip
        return self._org(record, "social", name, "company")

    def _video(self) -> Work:
        year = self.rng.randint(2014, 2024)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        name = self.rng.choice([*_COMPANIES, "Yachting Monthly", "Sail Training International"])
        record: dict[str, Any] = {"type": "motion_picture", "title": f"{self.title()} [Video]", "issued": {"date-parts": [issued]},
                                  "container-title": "YouTube", "URL": self.url("youtube.com/watch"),
                                  "accessed": self.access(issued)}  # fmt: skip
        return self._org(record, "video", name, "company")

    def _podcast(self) -> Work:
        year = self.rng.randint(2018, 2024)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "broadcast", "title": f"{self.title()} [Podcast]", "author": self.people(2),
                                  "container-title": self.rng.choice(["The Sailing Podcast", "Boat Business Live", "Afloat Podcast"]),
                                  "issued": {"date-parts": [issued]}, "URL": self.url("podcasts.example.com"),
                                  "accessed": self.access(issued)}  # fmt: skip
        return self._person(record, "podcast")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self.title(), "URL": self.url("example.org.uk"),
                                  "accessed": self.access(None)}  # fmt: skip
        if self.rng.random() < 0.35:
            record["author"] = self.people(2)
            return self._person(record, "web")
        name, tag = self.rng.choice(_ORGS)
        return self._org(record, "web", name, tag)
