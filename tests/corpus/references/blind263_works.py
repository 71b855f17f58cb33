"""The blind263 pool's works: what marketers at biotech, genomics, diagnostics and life-science tools firms and
research institutes in the UK, Ireland, Switzerland, Denmark and the US cite in CIM Level 6 and 7 reports and MBA
assignments: textbooks, chapters, biotech, innovation and B2B marketing journals with up to eight authors and DOIs,
theses, conference papers, regulators and public bodies, trade bodies and charities, company pages, annual reports
and investor decks, market research with years, the trade and national press signed and unsigned, social posts,
videos, podcasts and undated pages. Written without reading the checker, its tests or any other pool."""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

_MAKES = ("book", "chapter", "journal", "thesis", "conference", "government", "trade-body", "company-web",
         "annual-report", "market-research", "press", "social", "video", "podcast", "undated-web")  # fmt: skip

# (family, given, particle): names as their owners and this region's journals print them.
_NAMES: list[tuple[str, str, str]] = [
    ("Sørensen", "Mette", ""), ("Møller", "Anders", ""), ("Aagaard", "Sofie", ""), ("Kjærgaard", "Rasmus", ""),
    ("Østergaard", "Line", ""), ("Frølund", "Jesper", ""), ("Bækgaard", "Ida", ""), ("Nørgaard", "Mikkel", ""),
    ("Müller", "Lukas", ""), ("Zürcher", "Anna", ""), ("Meuron", "Camille", "de"), ("Bühler", "Reto", ""),
    ("Gerber", "Nadine", ""), ("Rochat", "Julien", ""), ("Schläpfer", "Corinne", ""), ("Weber", "Matthias", ""),
    ("Ó Súilleabháin", "Cian", ""), ("Ó Briain", "Aoife", ""), ("MacGiolla", "Niamh", ""), ("Mac Cárthaigh", "Donal", ""),
    ("Ní Bhriain", "Siobhán", ""), ("O'Donoghue", "Ciara", ""), ("McGettigan", "Eoin", ""), ("Fitzgerald", "Orla", ""),
    ("Fox-Templeton", "Harriet", ""), ("Bowes-Lyon", "Edward", ""), ("Heath-Whyte", "Imogen", ""),
    ("Lloyd-Jones", "Gareth", ""), ("Spencer-Churchill", "Olivia", ""), ("Hughes", "Rhiannon", ""),
    ("Sharma", "Priya", ""), ("Venkataraman", "Arjun", ""), ("Iyer", "Lakshmi", ""), ("Chaudhuri", "Rohan", ""),
    ("Banerjee", "Ananya", ""), ("Patel", "Nikhil", ""), ("Wang", "Xiaoming", ""), ("Li", "Jing", ""),
    ("Zhou", "Hui", ""), ("Chen", "Yiwen", ""), ("Kim", "Jiwoo", ""), ("Park", "Seojun", ""), ("Lee", "Hyunjin", ""),
    ("Okonkwo", "Chidera", ""), ("Adeyemi", "Oluwaseun", ""), ("Eze", "Ngozi", ""), ("Balogun", "Tunde", ""),
    ("Papadopoulos", "Eleni", ""), ("Georgiou", "Nikos", ""), ("Konstantinidis", "Dimitris", ""),
    ("Smith", "Rachel", ""), ("Taylor", "James", ""), ("Walsh", "Conor", ""), ("Anderson", "Laura", ""),
    ("Moore", "Daniel", ""), ("Hansen", "Kasper", ""), ("Nielsen", "Freja", ""), ("Jensen", "Søren", ""),
    ("Brennan", "Declan", ""), ("Kavanagh", "Róisín", ""), ("Graham", "Fiona", ""), ("Ross", "Hamish", ""),
    ("Bianchi", "Giulia", ""), ("Fischer", "Tobias", ""), ("Wilson", "Emma", ""), ("Roberts", "Tom", ""),
]  # fmt: skip

# (name, tags): organisations as candidates cite them, some twice (with and without their abbreviation).
_ORGS: list[tuple[str, set[str]]] = [
    ("BioIndustry Association (BIA)", {"abbreviation"}), ("BioIndustry Association", set()),
    ("Association of the British Pharmaceutical Industry (ABPI)", {"abbreviation"}),
    ("British In Vitro Diagnostics Association", set()), ("Life Sciences Scotland", set()),
    ("BioPharmaChem Ireland", set()), ("Interpharma", set()), ("Medicon Valley Alliance", set()),
    ("Biotechnology Innovation Organization (BIO)", {"abbreviation"}), ("Wellcome", set()),
    ("Cancer Research UK", set()), ("Progress Educational Trust", set()), ("Genetic Alliance UK", set()),
]  # fmt: skip
_PUBLIC: list[tuple[str, set[str]]] = [
    ("Medicines and Healthcare products Regulatory Agency (MHRA)", {"government", "abbreviation"}),
    ("Medicines and Healthcare products Regulatory Agency", {"government"}),
    ("National Institute for Health and Care Excellence (NICE)", {"government", "abbreviation"}),
    ("UK Health Security Agency", {"government"}), ("UK Research and Innovation (UKRI)", {"government", "abbreviation"}),
    ("Innovate UK", {"government"}), ("Office for Life Sciences", {"government"}),
    ("Human Fertilisation and Embryology Authority (HFEA)", {"government", "abbreviation"}),
    ("Health Products Regulatory Authority", {"government"}), ("Swissmedic", {"government"}),
    ("Danish Medicines Agency", {"government"}), ("European Medicines Agency (EMA)", {"government", "abbreviation"}),
    ("U.S. Food and Drug Administration", {"government"}), ("European Commission", {"government"}),
]  # fmt: skip
_COMPANIES: list[tuple[str, set[str]]] = [
    ("Oxford Nanopore Technologies plc", {"company"}), ("Illumina, Inc.", {"company", "comma"}),
    ("Genomics England Ltd", {"company"}), ("23andMe Holding Co.", {"company"}), ("Novo Nordisk A/S", {"company"}),
    ("Novonesis A/S", {"company"}), ("Lonza Group AG", {"company"}), ("Abcam plc", {"company"}),
    ("Bicycle Therapeutics plc", {"company"}), ("Exscientia plc", {"company"}), ("Oxford Biomedica plc", {"company"}),
    ("Genmab A/S", {"company"}), ("Qiagen N.V.", {"company"}), ("Thermo Fisher Scientific Inc.", {"company"}),
    ("Wellcome Sanger Institute", {"company"}), ("Francis Crick Institute", {"company"}),
]  # fmt: skip
_RESEARCH = ["Evaluate Pharma", "IQVIA", "GlobalData", "Frost & Sullivan", "McKinsey & Company", "Deloitte",
             "Statista", "BCC Research", "EY"]  # fmt: skip
_PRESS = ["Endpoints News", "Fierce Biotech", "STAT", "GenomeWeb", "Labiotech.eu", "The Pharmaceutical Journal",
          "New Scientist", "Financial Times", "The Guardian", "The Irish Times", "Børsen", "BBC News"]  # fmt: skip
_JOURNALS = ["Nature Biotechnology", "Journal of Commercial Biotechnology", "Drug Discovery Today",
             "Industrial Marketing Management", "Journal of Business Research", "R&D Management",
             "Technological Forecasting and Social Change", "Journal of Medical Marketing"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Sage", "London"), ("Kogan Page", "London"), ("Pearson", "Harlow"),
               ("Wiley-Blackwell", "Chichester"), ("Elsevier Academic Press", "London"),
               ("Cold Spring Harbor Laboratory Press", "Cold Spring Harbor, NY")]  # fmt: skip
_UNIVERSITIES = ["University of Cambridge (Judge Business School)", "University of Oxford (Saïd Business School)",
                 "Imperial College London", "University of Edinburgh", "Trinity College Dublin", "ETH Zürich",
                 "Technical University of Denmark (DTU)", "Copenhagen Business School"]  # fmt: skip
_EVENTS = [("BIO International Convention", "San Diego"), ("BIO-Europe", "Stockholm"),
           ("Festival of Genomics", "London"), ("Advances in Genome Biology and Technology (AGBT) meeting", "Orlando"),
           ("Academy of Marketing Conference", "Cardiff"), ("R&D Management Conference", "Copenhagen")]  # fmt: skip
_TOPICS = ["direct-to-consumer genetic testing", "long-read sequencing", "companion diagnostics",
           "B2B content marketing in life sciences", "key opinion leader engagement", "patient advocacy",
           "biotech investor relations", "market access for advanced therapies", "GLP-1 brand building",
           "sequencing platform adoption", "scientific storytelling", "trade show return on investment",
           "digital sales enablement", "lab-automation buying centres", "precision medicine", "AI-driven drug discovery",
           "cell and gene therapy manufacturing", "enzyme and biosolutions branding", "point-of-care diagnostics",
           "genomic data trust", "open innovation", "technology transfer", "spin-out commercialisation"]  # fmt: skip
_MARKETS = ["next-generation sequencing", "clinical genomics", "in vitro diagnostics", "CDMO services",
            "antibody reagents", "GLP-1 therapies", "cell and gene therapy", "consumer genomics",
            "synthetic biology", "bioprocessing"]  # fmt: skip


class Blind263WorkFactory(WorkFactory):
    """Works a biotech, genomics or life-science tools marketer cites. A subclass with its own random source."""

    KINDS = ("book", "chapter", "journal", "thesis", "conference", "report", "web", "news", "social", "video",
             "podcast")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 263 + 9263)

    def person(self) -> dict[str, str]:
        family, given, particle = self.rng.choice(_NAMES)
        name = {"family": family, "given": given}
        if particle:
            name["non-dropping-particle"] = particle
        return name

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGS + _PUBLIC + _COMPANIES)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.05:  # classics: Kotler, Rogers, Moore
            return self.rng.randint(1983, 2002)
        return self.rng.randint(2010, 2025)

    def accessed_after(self, year: int | None, month: int = 0, day: int = 0) -> dict[str, list[list[int]]]:
        """An access date on or after the work's own date, as a candidate looks a page up after it appears."""
        low = max(2022, year or 2022)
        when = [self.rng.randint(low, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        if year is not None and when[0] == year and when[1:] < [month, day]:
            when[1:] = [month, day]
        return {"date-parts": [when]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        up = topic[0].upper() + topic[1:]
        forms = [f"{up}: evidence from European biotech firms", f"Marketing {topic} to clinicians and scientists",
                 f"{up} and the commercialisation of genomics", f"Why {topic} matters for life-science brands",
                 f"{up}: a review and research agenda", f"Rethinking {topic} in B2B life-science markets",
                 f"From bench to market: {topic}", f"{up} in the UK, Ireland and the Nordics"]  # fmt: skip
        return self.rng.choice(forms)

    def _url(self, host: str) -> str:
        return f"https://www.{host}/{self.fakers['en_GB'].slug()}"

    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            list(_MAKES), weights=[10, 5, 22, 3, 3, 7, 6, 7, 5, 7, 9, 3, 3, 2, 4],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _people_many(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[30, 25, 15, 10, 8, 5, 4, 3][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if person not in people:
                people.append(person)
        return people

    def _dated(self, record: dict[str, Any], chance: float = 1.0) -> int | None:
        if self.rng.random() < chance:
            year = self.year()
            record["issued"] = {"date-parts": [[year]]}
            return year
        return None

    # ------------------------------------------------------------------ people's works
    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people_many(4),
                                  "publisher": publisher, "publisher-place": place}  # fmt: skip
        self._dated(record)
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people_many(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": f"The Routledge companion to {self.rng.choice(_TOPICS)}", "publisher": publisher,
            "publisher-place": place, "page": f"{(s := self.rng.randint(1, 400))}-{s + self.rng.randint(10, 30)}",
        }  # fmt: skip
        self._dated(record)
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people_many(8),
            "container-title": self.rng.choice(_JOURNALS), "volume": str(self.rng.randint(5, 120)),
            "issue": str(self.rng.randint(1, 12)),
            "page": f"{(s := self.rng.randint(1, 900))}-{s + self.rng.randint(8, 25)}",
        }  # fmt: skip
        self._dated(record)
        if self.rng.random() < 0.6:
            record["DOI"] = f"10.{self.rng.choice([1038, 1016, 1057, 1111, 5912])}/{self.rng.randint(10000, 99999)}"
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "genre": self.rng.choice(["PhD thesis", "MPhil thesis", "DBA thesis"]),
                                  "publisher": self.rng.choice(_UNIVERSITIES)}  # fmt: skip
        self._dated(record)
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        event, place = self.rng.choice(_EVENTS)
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people_many(4),
                                  "container-title": event, "event-place": place, "publisher-place": place}  # fmt: skip
        self._dated(record)
        return self._person_work(record, "conference")

    def _press(self) -> Work:
        paper = self.rng.choice(_PRESS)
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": paper,
            "issued": {"date-parts": [[year, (month := self.rng.randint(1, 12)), (day := self.rng.randint(1, 28))]]},
            "URL": self._url(paper.lower().replace(" ", "") + ".com"), "accessed": self.accessed_after(year, month, day),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people_many(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _social(self) -> Work:
        platform = self.rng.choice(["LinkedIn", "X", "Instagram", "Bluesky"])
        record: dict[str, Any] = {"type": "post", "title": self._title(), "container-title": platform,
                                  "URL": self._url(platform.lower() + ".com")}  # fmt: skip
        year = self._dated(record)
        record["accessed"] = self.accessed_after(year)
        if self.rng.random() < 0.5:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        name, tags = self.rng.choice(_COMPANIES + _ORGS)
        return self._org_work(record, "social", name, set(tags))

    def _video(self) -> Work:
        record: dict[str, Any] = {"type": "motion_picture", "title": self._title(), "medium": "YouTube video",
                                  "URL": self._url("youtube.com")}  # fmt: skip
        year = self._dated(record)
        record["accessed"] = self.accessed_after(year)
        name, tags = self.rng.choice(_COMPANIES + _ORGS)
        return self._org_work(record, "video", name, set(tags))

    def _podcast(self) -> Work:
        record: dict[str, Any] = {"type": "broadcast", "title": self._title(), "medium": "Podcast",
                                  "container-title": self.rng.choice(["The Long Run", "Biotech Hangout", "Genomics in Focus"]),
                                  "URL": self._url("podcasts.apple.com")}  # fmt: skip
        year = self._dated(record)
        record["accessed"] = self.accessed_after(year)
        record["author"] = self._people_many(2)
        return self._person_work(record, "podcast")

    # ------------------------------------------------------------------ organisations' works
    def _government(self) -> Work:
        name, tags = self.rng.choice(_PUBLIC)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "URL": self._url("gov.uk/government/publications")}  # fmt: skip
        year = self._dated(record, 0.9)
        record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, set(tags))

    def _trade_body(self) -> Work:
        name, tags = self.rng.choice(_ORGS)
        record: dict[str, Any] = {"type": "report", "title": self._title(), "publisher": name.split(" (")[0],
                                  "publisher-place": "London"}  # fmt: skip
        year = self._dated(record, 0.9)
        if name.startswith("BioIndustry") and year and year >= 2015 and self.rng.random() < 0.5:
            record["title"] = f"UK biotech financing {year}"
        if self.rng.random() < 0.6:
            record["URL"] = self._url("".join(w[0] for w in name.split(" (")[0].split()).lower() + ".org")
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "report", name, set(tags))

    def _company_web(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {"type": "webpage", "title": self._title(),
                                  "URL": self._url(name.split()[0].lower().strip(",") + ".com")}  # fmt: skip
        year = self._dated(record, 0.7)
        record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "web", name, set(tags))

    def _annual_report(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES[:14])
        year = self.rng.randint(2018, 2025)
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report {year - 1}", f"Annual report and accounts {year - 1}",
                                                        "Capital markets day presentation", "Investor presentation"]),
            "issued": {"date-parts": [[year]]}, "publisher": name, "publisher-place": self.rng.choice(["Oxford", "London", "Bagsværd", "Basel", "Copenhagen", "San Diego"]),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self._url(name.split()[0].lower().strip(",") + ".com/investors")
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "report", name, set(tags))

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        market = self.rng.choice(_MARKETS)
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"{market[0].upper()}{market[1:]} market: forecast to 2030",
                                                        f"World preview: {market} outlook",
                                                        f"{market[0].upper()}{market[1:]} in Europe"]),
            "publisher": name, "URL": self._url(name.split()[0].lower().strip(",") + ".com"),
        }  # fmt: skip
        year = self._dated(record, 0.9)
        if name == "EY" and year:
            record["title"] = f"Beyond borders: EY biotechnology report {year}"
        record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "report", name, {"market-research"} | ({"ampersand"} if "&" in name else set()))

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url("example-biotech.com")}
        record["accessed"] = self.accessed_after(None)
        if self.rng.random() < 0.4:
            record["author"] = [self.person()]
            return self._person_work(record, "web")
        name, tags = self.rng.choice(_ORGS + _COMPANIES)
        return self._org_work(record, "web", name, set(tags) | {"undated"})
