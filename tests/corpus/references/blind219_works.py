"""The blind219 pool's works: what marketers at construction firms, architecture practices, engineering
consultancies, building-materials and HVAC manufacturers, proptech start-ups and builders' merchants in the UK,
Ireland, the Nordics and the Gulf cite in CIM Level 6 and 7 reports and MBA assignments.

Written without reading the checker, its tests or any other pool. Construction-management and industrial-marketing
textbooks (Routledge, Wiley-Blackwell, ICE Publishing, RIBA Publishing), chapters, journal articles with one to
eight authors and DOIs, theses, ARCOM and CIB papers, public bodies and regulators, standards bodies, trade bodies,
inquiry reports, firms' pages, annual reports and investor decks, market research with years, the construction
press signed and unsigned, social posts, videos, podcasts and undated pages; British, Irish (Ó Briain, Mac Aodha),
Nordic (Åkesson, Sørensen, Häkkinen) and Arabic (Al-Hashimi, bin Sulayem) names as their journals print them.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "thesis", "conference", "report", "web", "standard", "inquiry",
         "company-report", "investor-deck", "market-research", "news", "social", "video", "podcast")  # fmt: skip

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IE", "sv_SE", "da_DK", "no_NO", "fi_FI", "ar_AE", "en_GB"]

# Names as the region's scholars and journals print them (family, given); particles and prefixes kept whole.
_NAMES = [
    ("Åkesson", "Linnea"), ("Sørensen", "Mads"), ("Häkkinen", "Tarja"), ("Öberg", "Mattias"), ("Løvås", "Ingrid"),
    ("Lindström", "Karin"), ("Bröchner", "Jan"), ("Kärnä", "Sami"), ("Jørgensen", "Kristian"), ("Ågren", "Henrik"),
    ("Kadefors", "Anna"), ("Eriksson", "Per Erik"), ("Söderholm", "Anders"), ("Nyström", "Johan"),
    ("Ó Briain", "Siobhán"), ("Ó Súilleabháin", "Cathal"), ("Mac Aodha", "Eoin"), ("MacNamara", "Gráinne"),
    ("Ní Mhurchú", "Aoife"), ("O'Donoghue", "Ciarán"), ("McCarthy", "Orla"), ("MacLeod", "Eilidh"),
    ("Al-Hashimi", "Fatima"), ("al-Suwaidi", "Khalid"), ("Al Marzouqi", "Mariam"), ("bin Sulayem", "Ahmed"),
    ("bin Rashid", "Saeed"), ("Al-Nuaimi", "Omar"), ("El-Sayed", "Yasmin"), ("Abdel-Razek", "Hany"),
    ("Dainty", "Andrew"), ("Egan", "Marian"), ("Smyth", "Hedley"), ("Pryke", "Stephen"), ("Gann", "David"),
    ("Green", "Stuart"), ("Winch", "Graham"), ("Boyd", "David"), ("Chan", "Albert P.C."), ("Chinyio", "Ezekiel"),
]  # fmt: skip
_ORGS: list[tuple[str, set[str]]] = [
    ("Construction Industry Training Board", {"government"}), ("CITB", {"government", "acronym"}),
    ("Health and Safety Executive", {"government"}), ("Health and Safety Executive (HSE)", {"government", "abbreviation"}),
    ("Building Safety Regulator", {"government"}), ("Department for Levelling Up, Housing and Communities", {"government", "comma"}),
    ("Homes England", {"government"}), ("Competition and Markets Authority", {"government"}),
    ("Boverket", {"government"}), ("Dubai Municipality", {"government"}),
    ("Construction Products Association", {"trade-body"}), ("Royal Institute of British Architects (RIBA)", {"trade-body", "abbreviation"}),
    ("RICS", {"trade-body", "acronym"}), ("Chartered Institute of Building", {"trade-body"}),
    ("Builders Merchants Federation", {"trade-body"}), ("UK Green Building Council", {"trade-body"}),
    ("BRE", {"trade-body", "acronym"}), ("Build UK", {"trade-body"}), ("Turner & Townsend", {"company", "ampersand"}),
    ("Balfour Beatty plc", {"company"}), ("Kier Group plc", {"company"}), ("Arup Group", {"company"}),
    ("Mott MacDonald", {"company"}), ("Kingspan Group plc", {"company"}), ("Travis Perkins plc", {"company"}),
    ("VELUX Group", {"company"}), ("Skanska AB", {"company"}), ("Compagnie de Saint-Gobain", {"company"}),
    ("Aldar Properties PJSC", {"company"}), ("Taylor Wimpey plc", {"company"}), ("Persimmon Plc", {"company"}),
    ("Wickes Group plc", {"company"}), ("Grafton Group plc", {"company"}), ("Emaar Properties", {"company"}),
    ("Sisk", {"company"}), ("Currie & Brown", {"company", "ampersand"}), ("Lloyd's Register", {"company", "apostrophe"}),
    ("Screwfix", {"company"}), ("NCC AB", {"company"}),
]  # fmt: skip
# Where a body publishes from and the domain its pages sit on; the rest are London firms and bodies on .co.uk or .com.
_HOMES = {"Boverket": ("boverket.se", "Karlskrona"), "Dubai Municipality": ("dm.gov.ae", "Dubai"),
          "Health and Safety Executive": ("hse.gov.uk", "Bootle"), "Health and Safety Executive (HSE)": ("hse.gov.uk", "Bootle"),
          "Construction Industry Training Board": ("citb.co.uk", "King's Lynn"), "CITB": ("citb.co.uk", "King's Lynn"),
          "Building Safety Regulator": ("gov.uk/bsr", "London"), "Homes England": ("gov.uk/homes-england", "London"),
          "Department for Levelling Up, Housing and Communities": ("gov.uk/dluhc", "London"),
          "Competition and Markets Authority": ("gov.uk/cma", "London"), "BRE": ("bregroup.com", "Watford"),
          "Kingspan Group plc": ("kingspan.com", "Kingscourt"), "Skanska AB": ("group.skanska.com", "Stockholm"),
          "NCC AB": ("ncc.com", "Solna"), "VELUX Group": ("velux.com", "Hørsholm"), "Aldar Properties PJSC": ("aldar.com", "Abu Dhabi"),
          "Emaar Properties": ("emaar.com", "Dubai"), "Compagnie de Saint-Gobain": ("saint-gobain.com", "Courbevoie"),
          "Grafton Group plc": ("graftonplc.com", "Dublin"), "Sisk": ("johnsiskandson.com", "Dublin"),
          "Travis Perkins plc": ("travisperkinsplc.co.uk", "Northampton"), "Persimmon Plc": ("persimmonhomes.com", "York"),
          "Wickes Group plc": ("wickesplc.co.uk", "Watford"), "Taylor Wimpey plc": ("taylorwimpey.co.uk", "High Wycombe"),
          "Kier Group plc": ("kier.co.uk", "Sandy"), "Chartered Institute of Building": ("ciob.org", "Bracknell")}  # fmt: skip
_STANDARDS_BODIES = [("BSI", "BSI Standards Limited"), ("British Standards Institution", "BSI Standards Limited"),
                     ("CEN", "European Committee for Standardization"), ("ISO", "International Organization for Standardization")]  # fmt: skip
_RESEARCH = ["Glenigan", "Barbour ABI", "AMA Research", "Mintel", "GlobalData", "Statista"]
_PRESS = ["Construction News", "Building", "The Architects' Journal", "Construction Enquirer", "Financial Times",
          "BBC News", "New Civil Engineer", "Housing Today", "The Irish Times", "Gulf News", "Dagens Industri"]  # fmt: skip
_JOURNALS = ["Construction Management and Economics", "Engineering, Construction and Architectural Management",
             "Building Research & Information", "Industrial Marketing Management", "Journal of Business & Industrial Marketing",
             "Construction Innovation", "Journal of Construction Engineering and Management",
             "International Journal of Project Management", "Buildings & Cities"]  # fmt: skip
_TOPICS = ["specifier engagement", "BIM adoption", "modern methods of construction", "offsite manufacturing",
           "embodied carbon", "net zero buildings", "key account management", "bid writing", "framework agreements",
           "supply chain integration", "the golden thread", "building safety", "retrofit", "heat pumps",
           "digital twins", "product information", "builders' merchants", "relationship marketing", "brand equity",
           "thought leadership", "value engineering", "social value", "Gulf megaprojects", "timber construction",
           "housebuilder reputation", "trade counter loyalty", "proptech adoption", "client satisfaction"]  # fmt: skip
_THESES = [("Loughborough University", "PhD thesis"), ("University of Reading", "PhD thesis"),
           ("Heriot-Watt University", "PhD thesis"), ("UCL Bartlett School of Construction and Project Management", "MSc dissertation"),
           ("KTH Royal Institute of Technology", "Doctoral thesis"), ("Chalmers University of Technology", "PhD thesis"),
           ("Aalto University", "Doctoral dissertation")]  # fmt: skip


class Blind219WorkFactory(WorkFactory):
    """Works of construction, engineering and building-products marketing, from one seed."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 43 + 219)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.dated_orgs: list[tuple[str, set[str], dict[str, Any]]] = []
        self.inquiries = 0

    # ------------------------------------------------------------------ people, bodies, dates
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.45:
            family, given = self.rng.choice(_NAMES)
            return {"family": family, "given": given}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        if self.rng.random() < 0.06:
            family = f"{family}-{self.fakers['en_GB'].last_name()}"
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGS)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.05:  # Latham (1994) and Egan (1998) are still cited
            return self.rng.randint(1985, 2002)
        return self.rng.randint(2008, 2025)

    def accessed_after(self, issued: dict[str, Any] | None) -> dict[str, list[list[int]]]:
        parts = list(issued["date-parts"][0]) if issued else [2022]
        while True:  # read on or after the day it appeared
            accessed = [self.rng.randint(max(parts[0], 2022), 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            if accessed[: len(parts)] >= parts:
                return {"date-parts": [accessed]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        forms = [
            f"{topic[0].upper()}{topic[1:]} in the UK construction sector",
            f"Rethinking {topic}: evidence from {self.rng.choice(['Sweden', 'Ireland', 'the UAE', 'England', 'Finland', 'Norway', 'Denmark'])}",
            f"{topic[0].upper()}{topic[1:]} and {other}",
            f"Marketing to contractors and specifiers: {topic} in practice",
            f"The role of {topic} in {other}",
            f"Why {topic} matters for building product manufacturers",
            f"{topic[0].upper()}{topic[1:]}: a {self.rng.choice(['case study', 'systematic review', 'practice guide', 'longitudinal study'])}",
        ]
        return self.rng.choice(forms)

    def _url(self, domain: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        return f"https://www.{domain}/{fake.slug()}" if domain else fake.url() + fake.uri_path()

    def _domain(self, name: str) -> str:
        if name in _HOMES:
            return _HOMES[name][0]
        word = "".join(ch for ch in name.split(" (")[0].lower() if ch.isalnum())[:18]
        return f"{word}.{self.rng.choice(['co.uk', 'com', 'org.uk', 'org'])}"

    @staticmethod
    def _place(name: str) -> str:
        return _HOMES.get(name, ("", "London"))[1]

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "thesis", "conference", "report", "web", "standard", "inquiry",
             "company-report", "investor-deck", "market-research", "news", "social", "video", "podcast"],
            weights=[12, 5, 20, 3, 4, 9, 9, 3, 2, 6, 2, 7, 9, 2, 2, 2],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Two works of one body in a year ("CITB, 2023a" and "2023b"); not for works whose title or date holds the
        # year (annual reports, investor decks, dated posts), nor for one-off bodies (standards, inquiries, the press).
        twinnable = kind in ("report", "web", "market-research", "video") and not any(
            str(y) in str(record.get("title", "")) for y in range(1985, 2031)
        )
        if twinnable and self.dated_orgs and "issued" in record and self.rng.random() < 0.12:
            name, tags, issued = self.rng.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [list(issued["date-parts"][0][:1])]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(record["issued"])
            if "URL" in record and "youtube" not in record["URL"]:
                record["URL"] = self._url(self._domain(name))
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
            if record.get("publisher-place"):
                record["publisher-place"] = self._place(name)
        if "issued" in record and kind in ("report", "web", "market-research", "video", "company-report"):
            self.dated_orgs.append((name, tags, record["issued"]))
        return self._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self._title(), "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Wiley-Blackwell", "ICE Publishing", "RIBA Publishing", "Kogan Page", "Pearson"]),
            "publisher-place": self.rng.choice(["Abingdon", "Chichester", "London", "Oxford", "Harlow"]),
        }  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": f"{self.rng.choice(['Construction supply chain management', 'Marketing in construction', 'Building products and specification', 'Managing the construction business'])}",
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "Wiley-Blackwell", "ICE Publishing"]),
            "publisher-place": self.rng.choice(["Abingdon", "Chichester", "London"]),
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 45)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(10, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.6:
            year = record["issued"]["date-parts"][0][0]
            record["DOI"] = (
                f"10.{self.rng.choice(['1080', '1108', '1016'])}/{self.rng.choice(['01446193', 'ECAM', 'j.indmarman', '09613218'])}.{year}.{self.rng.randint(100000, 999999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, genre = self.rng.choice(_THESES)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": self._people(1),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": university, "genre": genre}  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        year = self.year()
        arcom = self.rng.random() < 0.6
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4), "issued": {"date-parts": [[year]]},
            "container-title": f"Proceedings of the {self.rng.randint(20, 40)}th Annual ARCOM Conference" if arcom else f"CIB World Building Congress {year}",
            "publisher": "Association of Researchers in Construction Management" if arcom else "CIB",
            "publisher-place": self.rng.choice(["Leeds", "Glasgow", "Belfast", "London", "Melbourne", "Stockholm"]),
            "page": f"{(start := self.rng.randint(1, 800))}-{start + self.rng.randint(8, 10)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _report(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([self._title(), self._title(), f"Industry outlook {year}-{year + 4}",
                                                        f"{self.rng.choice(['Market', 'Skills', 'Sustainability'])} insight report {year}", "A guide for duty holders"]),
            "publisher": name.split(" (")[0], "publisher-place": self._place(name),
        }  # fmt: skip
        if self.rng.random() < 0.9 or str(year) in record["title"]:
            record["issued"] = {"date-parts": [[year]]}
        if self.rng.random() < 0.6:
            record["URL"] = self._url(self._domain(name))
            record["accessed"] = self.accessed_after(record.get("issued"))
        return self._org(record, "report", name, tags)

    def _web(self) -> Work:
        if self.rng.random() < 0.3:
            record: dict[str, Any] = {
                "type": "webpage",
                "title": self._title(),
                "author": self._people(2),
                "URL": self._url(),
            }
            if self.rng.random() < 0.75:
                record["issued"] = {"date-parts": [[self.year()]]}
            record["accessed"] = self.accessed_after(record.get("issued"))
            return self._person_work(record, "web")
        name, tags = self.organisation()
        record = {"type": "webpage", "title": self.rng.choice([self._title(), "About us", "Our sustainability strategy", "Products and systems", "Careers and apprenticeships", "Specifier hub"]),
                  "URL": self._url(self._domain(name))}  # fmt: skip
        if self.rng.random() < 0.7:
            record["issued"] = {"date-parts": [[self.year()]]}
        record["accessed"] = self.accessed_after(record.get("issued"))
        return self._org(record, "web", name, tags | ({"undated"} if "issued" not in record else set()))

    def _standard(self) -> Work:
        name, publisher = self.rng.choice(_STANDARDS_BODIES)
        year = self.year()
        titles = {"BSI": ["Fire performance of external cladding systems", "Code of practice for the design of non-domestic buildings", "Guide to the specification of thermal insulation"],
                  "British Standards Institution": ["Specification for installation of energy efficiency measures in existing dwellings", "Retrofitting dwellings for improved energy efficiency", "Collaborative business relationship management"],
                  "CEN": ["Sustainability of construction works: environmental product declarations", "Thermal performance of building products and components", "Eurocode: basis of structural design"],
                  "ISO": ["Organization and digitization of information about buildings and civil engineering works", "Quality management systems: requirements", "Sustainability in buildings and civil engineering works"]}  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": f"{self.rng.choice(titles[name])}", "issued": {"date-parts": [[year]]},
                                  "publisher": publisher, "publisher-place": {"CEN": "Brussels", "ISO": "Geneva"}.get(name, "London")}  # fmt: skip
        return self._org(record, "standard", name, {"standards-body"} | ({"acronym"} if name.isupper() else set()))

    def _inquiry(self) -> Work:
        if self.inquiries >= 1:  # one inquiry report a list at most: the same report twice is no candidate's list
            return self._report()
        self.inquiries += 1
        if self.rng.random() < 0.5:
            record: dict[str, Any] = {"type": "report", "title": self.rng.choice(["Phase 1 report", "Phase 2 report: overview"]),
                                      "issued": {"date-parts": [[self.rng.choice([2019, 2024])]]}, "publisher": "Grenfell Tower Inquiry",
                                      "publisher-place": "London", "URL": "https://www.grenfelltowerinquiry.org.uk/phase-2-report",
                                      }  # fmt: skip
            record["accessed"] = self.accessed_after(record["issued"])
            return self._org(record, "inquiry", "Grenfell Tower Inquiry", {"inquiry"})
        record = {"type": "report", "title": "Building a safer future: independent review of building regulations and fire safety: final report",
                  "author": [{"family": "Hackitt", "given": "Judith"}], "issued": {"date-parts": [[2018]]},
                  "publisher": "Ministry of Housing, Communities and Local Government", "publisher-place": "London"}  # fmt: skip
        return self._person_work(record, "inquiry")

    def _company_report(self) -> Work:
        name, tags = self.rng.choice([o for o in _ORGS if "company" in o[1]])
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report and accounts {year}", f"Sustainability report {year}", f"Integrated annual report {year}", f"Building for a better future: annual review {year}"]),
            "issued": {"date-parts": [[year]]}, "publisher": name, "publisher-place": self._place(name),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self._url(self._domain(name))
            record["accessed"] = self.accessed_after(record["issued"])
        return self._org(record, "company-report", name, set(tags))

    def _investor_deck(self) -> Work:
        name, tags = self.rng.choice(
            [o for o in _ORGS if "company" in o[1] and ("plc" in o[0].lower() or "AB" in o[0] or "PJSC" in o[0])]
        )
        year = self.year()
        record: dict[str, Any] = {"type": "webpage", "title": f"{self.rng.choice(['Full year results', 'Half year results', 'Capital markets day'])} {year} [Investor presentation]",
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12)]]}, "URL": self._url(self._domain(name))}  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"])
        return self._org(record, "investor-deck", name, set(tags))

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        market = self.rng.choice(
            [
                "Builders' merchants",
                "Insulation",
                "Roof windows",
                "Heat pumps",
                "Housebuilding",
                "Modular construction",
                "Kitchen and bathroom",
                "Construction output",
                "HVAC equipment",
            ]
        )
        country = self.rng.choice(["UK", "Ireland", "the Nordics", "the UAE", "GCC"])
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice([f"{market} market report - {country}", f"{market}: {country} market size and forecast", f"{market} - {country} - {self.rng.choice(['March', 'September'])}"]),
                                  "publisher": name, "URL": self._url(f"{name.split()[0].lower()}.com")}  # fmt: skip
        if self.rng.random() < 0.9:
            record["issued"] = {"date-parts": [[self.year()]]}
        record["accessed"] = self.accessed_after(record.get("issued"))
        return self._org(record, "market-research", name, {"market-research"})

    def _news(self) -> Work:
        year = self.year()
        press = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": press,
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url()}  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"])
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org(record, "news", press, {"press"} | ({"apostrophe"} if "'" in press else set()))

    def _social(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "webpage", "title": f"{self.rng.choice(['Our new', 'Proud to share our', 'Watch how we built'])} {self.rng.choice(_TOPICS)} {self.rng.choice(['project', 'story', 'milestone'])} [LinkedIn post]",
                                  "issued": {"date-parts": [[self.rng.randint(2019, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": f"https://www.linkedin.com/posts/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"])
        return self._org(record, "social", name, tags)

    def _video(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {
            "type": "webpage",
            "title": f"{self._title()} [Video]",
            "URL": f"https://www.youtube.com/watch?v={self.fakers['en_GB'].lexify('???????????')}",
        }
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[self.rng.randint(2012, 2025)]]}
        record["accessed"] = self.accessed_after(record.get("issued"))
        return self._org(record, "video", name, tags)

    def _podcast(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": f"{self.rng.choice(['The Construction Marketing Podcast', 'Build Better', 'Specified', 'Inside Construction'])}, episode {self.rng.randint(1, 220)}: {self._title()} [Podcast]",
                                  "author": self._people(2), "issued": {"date-parts": [[self.rng.randint(2017, 2025)]]},
                                  "URL": self._url()}  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"])
        return self._person_work(record, "podcast")
