"""The blind250 pool's works: what marketers at UK and Irish water companies, waste-management and recycling firms,
environmental consultancies and circular-economy start-ups cite in CIM Level 6 and 7 reports and MBA assignments.

Written without reading the checker, its tests or any other pool. Textbooks and chapters (Routledge, Sage, Kogan
Page, Pearson, Earthscan, IWA Publishing), journal articles with one to eight authors and DOIs, theses, conference
papers, regulators and public bodies (two works of one body in a year now and then), trade bodies and charities,
company pages, annual reports and investor decks, market research with years, news signed and unsigned, social
posts, videos, podcasts and undated pages; names as their owners print them: British double-barrelled names, Welsh
names (ap Dafydd, Llywelyn, ferch Rhys), Irish names with Ó, Ní and Mac, South Asian, Polish and Nigerian names.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_GB", "en_IE", "en_IE", "pl_PL", "en_IN"]
_WELSH = [("ap Dafydd", "Gruffydd"), ("Llywelyn", "Eleri"), ("ferch Rhys", "Nia"), ("ap Gwilym", "Rhodri"),
          ("Pryce", "Angharad"), ("Bowen", "Cerys"), ("Prydderch", "Dafydd"), ("Rhys", "Gwenllian"),
          ("Llwyd", "Iestyn"), ("Jones-Parry", "Sioned"), ("Vaughan-Thomas", "Owain")]  # fmt: skip
_IRISH = [("Ó Súilleabháin", "Siobhán"), ("Ní Bhriain", "Aoife"), ("Mac Cárthaigh", "Dónal"),
          ("Ó Gráda", "Cormac"), ("Ní Mhurchú", "Síle"), ("MacNamara", "Ciarán"), ("Ó Conchúir", "Pádraig"),
          ("Ní Dhuibhir", "Orla"), ("Mac Giolla Phádraig", "Éanna"), ("O'Rourke", "Niamh"), ("McGuinness", "Fionnuala"),
          ("Ó Briain", "Tadhg")]  # fmt: skip
_SOUTH_ASIAN = [("Chakraborty", "Ananya"), ("Venkataraman", "Srinivas"), ("Mukherjee", "Rahul"), ("Bhattacharjee", "Priyanka"),
                ("Siddiqui", "Ayesha"), ("Patel", "Nikhil"), ("Ranasinghe", "Dilani"), ("Rahman", "Tahmina"),
                ("Kaur", "Harpreet"), ("Subramanian", "Lakshmi")]  # fmt: skip
_POLISH = [("Wiśniewska", "Agnieszka"), ("Kowalczyk", "Tomasz"), ("Zieliński", "Paweł"), ("Wójcik", "Małgorzata"),
           ("Dąbrowski", "Łukasz"), ("Szymańska", "Katarzyna"), ("Grzybowski", "Michał")]  # fmt: skip
_NIGERIAN = [("Adebayo", "Oluwaseun"), ("Okonkwo", "Chinedu"), ("Olanrewaju", "Folasade"), ("Eze", "Ngozi"),
             ("Ogunleye", "Babatunde"), ("Nwachukwu", "Ifeoma"), ("Adeyemi-Bello", "Temitope"), ("Bello", "Aminu")]  # fmt: skip
_SCOTS = [("MacLeod", "Eilidh"), ("McAllister", "Fraser"), ("Mackintosh", "Morag"), ("Fergusson", "Callum")]  # fmt: skip

# Who candidates in this sector cite when no person is named.
_REGULATORS: list[tuple[str, set[str]]] = [
    ("Ofwat", {"government"}), ("Environment Agency", {"government"}), ("Drinking Water Inspectorate", {"government"}),
    ("Drinking Water Inspectorate (DWI)", {"government", "abbreviation"}),
    ("Consumer Council for Water (CCW)", {"government", "abbreviation"}), ("CCW", {"government", "acronym"}),
    ("Scottish Environment Protection Agency (SEPA)", {"government", "abbreviation"}), ("SEPA", {"government", "acronym"}),
    ("Natural Resources Wales", {"government"}), ("Cyfoeth Naturiol Cymru", {"government"}),
    ("Defra", {"government", "acronym"}),
    ("Department for Environment, Food & Rural Affairs", {"government", "comma", "ampersand"}),
    ("Commission for Regulation of Utilities (CRU)", {"government", "abbreviation"}),
    ("Environmental Protection Agency", {"government"}), ("EPA Ireland", {"government", "acronym"}),
    ("Office for Environmental Protection", {"government"}), ("Office for National Statistics", {"government"}),
    ("ONS", {"government", "acronym"}), ("European Environment Agency", {"government"}),
    ("Department of the Environment, Climate and Communications", {"government", "comma"}),
    ("Scottish Government", {"government"}), ("Welsh Government", {"government"}),
    ("National Audit Office", {"government"}), ("House of Commons Environmental Audit Committee", {"government"}),
]  # fmt: skip
_TRADE: list[tuple[str, set[str]]] = [
    ("Water UK", {"trade-body"}), ("Chartered Institution of Wastes Management (CIWM)", {"trade-body", "abbreviation"}),
    ("CIWM", {"trade-body", "acronym"}), ("Environmental Services Association (ESA)", {"trade-body", "abbreviation"}),
    ("WRAP", {"trade-body", "acronym"}), ("Keep Britain Tidy", {"charity"}), ("Zero Waste Scotland", {"charity"}),
    ("Surfers Against Sewage", {"charity"}), ("The Rivers Trust", {"charity"}), ("Waterwise", {"charity"}),
    ("The Recycling Association", {"trade-body"}), ("Repak", {"trade-body"}), ("Hubbub", {"charity"}),
    ("Women's Environmental Network", {"charity", "apostrophe"}), ("Ellen MacArthur Foundation", {"charity"}),
    ("Recycle Now", {"campaign"}), ("Friends of the Earth", {"charity"}), ("Marine Conservation Society", {"charity"}),
    ("Business in the Community (BITC)", {"charity", "abbreviation"}), ("Keep Wales Tidy", {"charity"}),
]  # fmt: skip
_COMPANIES: list[tuple[str, set[str]]] = [
    ("Thames Water Utilities Ltd", {"company"}), ("Thames Water", {"company"}), ("Severn Trent Plc", {"company"}),
    ("Severn Trent", {"company"}), ("United Utilities Group PLC", {"company"}), ("United Utilities", {"company"}),
    ("Pennon Group plc", {"company"}), ("Anglian Water Services Ltd", {"company"}), ("Anglian Water", {"company"}),
    ("Yorkshire Water Services Ltd", {"company"}), ("Yorkshire Water", {"company"}), ("Scottish Water", {"company"}),
    ("Dŵr Cymru Cyfyngedig", {"company", "welsh"}), ("Dŵr Cymru Welsh Water", {"company", "welsh"}),
    ("Uisce Éireann", {"company", "irish"}), ("Veolia Environnement S.A.", {"company"}),
    ("Veolia UK & Ireland", {"company", "ampersand"}), ("Biffa plc", {"company"}), ("Viridor Ltd", {"company"}),
    ("Viridor", {"company"}), ("Renewi plc", {"company"}), ("Suez S.A.", {"company"}),
    ("SUEZ recycling and recovery UK", {"company"}), ("FCC Environment", {"company"}), ("Panda", {"company"}),
    ("Greyhound Recycling", {"company"}), ("Too Good To Go", {"company"}), ("Olio", {"company"}),
    ("ReLondon", {"company"}), ("Wessex Water", {"company"}), ("South West Water", {"company"}),
    ("Northumbrian Water Group", {"company"}), ("Affinity Water", {"company"}),
]  # fmt: skip
_RESEARCH = ["YouGov", "Ipsos", "Mintel", "Statista", "Kantar", "Savanta", "Ipsos MORI"]
_NEWS = ["letsrecycle.com", "Utility Week", "Water Magazine", "MRW", "edie", "Resource", "Financial Times",
         "The Guardian", "The Irish Times", "BBC News"]  # fmt: skip
_UNIVERSITIES = ["Cranfield University", "University of Leeds", "University of Exeter", "University of Sheffield",
                 "University College Cork", "University of Galway", "Cardiff University"]  # fmt: skip
_CONFERENCES = [("CIWM Conference", "Chartered Institution of Wastes Management", "Birmingham"),
                ("IWA World Water Congress", "IWA Publishing", "Toronto"),
                ("World Social Marketing Conference", "ISMA", "Belfast"),
                ("Academy of Marketing Conference", "Academy of Marketing", "Cardiff"),
                ("Resource & Waste Management Expo", "CIWM", "Birmingham")]  # fmt: skip
_JOURNALS = ["Resources, Conservation and Recycling", "Waste Management", "Journal of Cleaner Production",
             "Water Policy", "Journal of Environmental Psychology", "Social Marketing Quarterly",
             "Journal of Marketing Management", "Utilities Policy", "Water Research", "Journal of Social Marketing",
             "Environment and Behavior", "Waste Management & Research", "Sustainability"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Sage", "London"), ("Kogan Page", "London"), ("Pearson", "Harlow"),
               ("Earthscan", "London"), ("IWA Publishing", "London"), ("Routledge", "London"), ("Sage", "Thousand Oaks, CA")]  # fmt: skip
_TOPICS = ["water efficiency", "household recycling", "food waste", "behaviour change", "sewer misuse",
           "customer trust in water companies", "the circular economy", "deposit return schemes", "wet wipes",
           "reuse and refill", "bathing water quality", "storm overflows", "metering", "affordability and social tariffs",
           "contamination in kerbside recycling", "extended producer responsibility", "litter prevention",
           "nudging", "green claims", "stakeholder engagement", "B2B waste services", "community engagement"]  # fmt: skip
_SOCIAL = ["LinkedIn", "X", "Instagram", "TikTok", "Facebook"]


class Blind250WorkFactory(WorkFactory):
    """The blind250 pool's works, from one seeded random source of its own."""

    KINDS = ("book", "chapter", "journal", "thesis", "conference", "government", "trade-body", "company-web",
             "annual-report", "investor-deck", "market-research", "news", "social", "video", "podcast", "web")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 41 + 250250)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.dated: list[tuple[str, str, set[str], int]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        table = None
        if roll < 0.1:
            table = _WELSH
        elif roll < 0.22:
            table = _IRISH
        elif roll < 0.3:
            table = _SOUTH_ASIAN
        elif roll < 0.36:
            table = _POLISH
        elif roll < 0.42:
            table = _NIGERIAN
        elif roll < 0.45:
            table = _SCOTS
        if table is not None:
            family, given = self.rng.choice(table)
            return {"family": family, "given": given}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name().replace("-", "")
        if self.rng.random() < 0.1:  # British double-barrelled names
            family = f"{family.split('-')[0]}-{self.fakers['en_GB'].last_name().split('-')[0]}"
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[36, 26, 15, 9, 6, 4, 2, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def year(self) -> int:
        if self.rng.random() < 0.05:  # the classics still cited (Ajzen, Hardin, Kotler and Zaltman)
            return self.rng.randint(1968, 2004)
        return self.rng.randint(2010, 2025)

    def _accessed(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        first = max(issued[0], 2023) if issued else 2023
        year = self.rng.randint(first, 2025)
        month = self.rng.randint(issued[1] if issued and len(issued) > 1 and year == issued[0] else 1, 12)
        low = issued[2] if issued and len(issued) > 2 and year == issued[0] and month == issued[1] else 1
        return {"date-parts": [[year, month, self.rng.randint(low, 28)]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        forms = [
            f"{topic[0].upper()}{topic[1:]}: evidence from UK households",
            f"Understanding {topic} in the water sector",
            f"{topic[0].upper()}{topic[1:]} and {other}: a social marketing perspective",
            f"Why {topic} campaigns fail: lessons from England and Wales",
            f"{topic[0].upper()}{topic[1:]} in Ireland: attitudes, barriers and motivators",
            f"Rethinking {topic} for a circular economy",
            f"Communicating {topic} to sceptical customers",
            f"{topic[0].upper()}{topic[1:]}: a review",
        ]
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            list(self.KINDS), weights=[10, 5, 22, 3, 4, 11, 9, 6, 5, 2, 7, 9, 3, 2, 2, 4])[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        work = super()._person_work(record, kind)
        work.kind = kind
        return work

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation again in the same year ("Ofwat, 2023a" and "2023b").
        # Only pages and reports whose titles carry no year are paired, and only with a work of the same kind.
        earlier = [d for d in self.dated if d[0] == kind]
        if (
            earlier
            and "issued" in record
            and kind in ("government", "trade-body", "company-web")
            and self.rng.random() < 0.3
        ):
            _kind, name, tags, year = self.rng.choice(earlier)
            record["issued"] = {"date-parts": [[year]]}
            if "accessed" in record:
                record["accessed"] = self._accessed([year])
        if "issued" in record:
            self.dated.append((kind, name, tags, record["issued"]["date-parts"][0][0]))
        return self._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        titles = ["Social marketing and behaviour change", "Sustainable waste management", "Marketing for sustainability",
                  "Water resources management", "Strategic marketing in regulated industries", "B2B marketing",
                  "The circular economy handbook", "Public sector marketing", "Marketing communications",
                  "Environmental communication", "Utility regulation in practice", "Service marketing"]  # fmt: skip
        title = self.rng.choice(titles)
        if self.rng.random() < 0.5:
            title = f"{title}: {self.rng.choice(['principles and practice', 'a critical introduction', 'a strategic approach', 'theory and cases'])}"
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The Routledge handbook of social marketing", "Handbook of water economics",
                                                "Waste management and the circular economy", "Behaviour change for sustainability",
                                                "The Sage handbook of marketing and society"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 2400)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(5, 420)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{start}-{start + self.rng.randint(8, 24)}",
        }  # fmt: skip
        if self.rng.random() < 0.65:
            record["DOI"] = (
                f"10.{self.rng.choice(['1016', '2166', '1080', '1177', '3390'])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(2010, 2025)}.{self.rng.randint(100000, 999999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": [self.person()],
            "genre": self.rng.choice(["PhD thesis", "MSc dissertation", "MBA dissertation", "DBA thesis"]),
            "publisher": self.rng.choice(_UNIVERSITIES), "issued": {"date-parts": [[self.year()]]},
        }  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        event, publisher, place = self.rng.choice(_CONFERENCES)
        year = self.rng.randint(2011, 2025)
        start = self.rng.randint(1, 400)
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(5),
            "container-title": f"Proceedings of the {event} {year}", "event-place": place, "publisher": publisher,
            "issued": {"date-parts": [[year]]}, "page": f"{start}-{start + self.rng.randint(5, 12)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _government(self) -> Work:
        name, tags = self.rng.choice(_REGULATORS)
        titles = ["Water company performance report", "Environmental performance assessment",
                  "Drinking water quality in England: chief inspector's report", "Storm overflow discharge data",
                  "Final determinations: PR24", "Resources and waste strategy: progress report",
                  "Household waste statistics", "Water customers' views", "Litter and fly-tipping statistics",
                  "Water charges plan decision", "Bathing water quality report", "Waste statistics for Wales"]  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(titles),
                                  "URL": f"https://www.{name.split(' (')[0].lower().replace(' ', '')[:18]}.gov.uk/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if self.rng.random() < 0.9:
            record["issued"] = {"date-parts": [[self.year()]]}
        record["accessed"] = self._accessed(record.get("issued", {}).get("date-parts", [None])[0])
        return self._org(record, "government", name, tags)

    def _trade_body(self) -> Work:
        name, tags = self.rng.choice(_TRADE)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path()}  # fmt: skip
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[self.year()]]}
        record["accessed"] = self._accessed(record.get("issued", {}).get("date-parts", [None])[0])
        return self._org(record, "trade-body", name, tags)

    def _company_web(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        titles = ["Our plan for cleaner rivers", "How we are reducing leakage", "Our customer promise", "Save water at home",
                  "Bin it, don't block it", "Our net zero route map", "Priority Services Register", "Sustainability",
                  "About us", "Commercial waste collections", "Our commitments to customers"]  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(titles),
                                  "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path()}  # fmt: skip
        if self.rng.random() < 0.7:
            record["issued"] = {"date-parts": [[self.rng.randint(2016, 2025)]]}
        record["accessed"] = self._accessed(record.get("issued", {}).get("date-parts", [None])[0])
        return self._org(record, "company-web", name, tags)

    def _annual_report(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.rng.randint(2012, 2025)
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report and financial statements {year}",
                                                        f"Annual performance report {year - 1}/{str(year)[2:]}",
                                                        f"Sustainability report {year}", f"Integrated annual report {year}"]),
            "publisher": name, "issued": {"date-parts": [[year]]},
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path()
            record["accessed"] = self._accessed([year])
        return self._org(record, "annual-report", name, tags)

    def _investor_deck(self) -> Work:
        name, tags = self.rng.choice([c for c in _COMPANIES if c[0].endswith(("plc", "Plc", "PLC", "S.A."))])
        year = self.rng.randint(2015, 2025)
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Full year results {year}: investor presentation",
                                                        f"Half year results presentation {year}", "Capital markets day"]),
            "publisher": name, "issued": {"date-parts": [[year]]},
            "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path(), "accessed": self._accessed([year]),
        }  # fmt: skip
        return self._org(record, "investor-deck", name, tags)

    def _market_research(self) -> Work:
        roll = self.rng.random()
        year = self.year() if self.rng.random() < 0.92 else None
        if roll < 0.15:
            name, tags, title = (
                "Consumer Council for Water (CCW)",
                {"government", "abbreviation"},
                f"Water Matters: household customers' views of their water and sewerage services {year or ''}".strip(),
            )
        elif roll < 0.3:
            name, tags, title = (
                "WRAP",
                {"trade-body", "acronym"},
                f"Recycling Tracker survey: {self.rng.choice(['spring', 'autumn'])} {year or 2024}",
            )
        else:
            name, tags = self.rng.choice(_RESEARCH), {"market-research"}
            title = self.rng.choice([f"Attitudes to recycling - UK - {year or 2024}", "Water bills and trust in water companies",
                                     f"Share of UK adults who recycle food waste {year or 2023}", "Refill and reuse - UK",
                                     f"Consumer attitudes towards the environment {year or 2024}", "Waste management in Ireland"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name,
                                  "URL": f"https://www.{name.split()[0].lower()}.com/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed([year] if year else None)
        return self._org(record, "market-research", name, tags)

    def _news(self) -> Work:
        year = self.rng.randint(2012, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        paper = self.rng.choice(_NEWS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": paper,
            "issued": {"date-parts": [issued]}, "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path(),
            "accessed": self._accessed(issued),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(3)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _social(self) -> Work:
        year = self.rng.randint(2018, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "webpage", "container-title": self.rng.choice(_SOCIAL),
                                  "title": self.rng.choice(["Only flush the 3Ps", "Our river health update",
                                                            "Recycle Week: what goes in your blue bin", "Leak of the week",
                                                            "Join our beach clean this Saturday", "Fatbergs are preventable"]),
                                  "issued": {"date-parts": [issued]},
                                  "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path(),
                                  "accessed": self._accessed(issued)}  # fmt: skip
        if self.rng.random() < 0.4:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        name, tags = self.rng.choice(_COMPANIES + _TRADE)
        return self._org_work(record, "social", name, tags)

    def _video(self) -> Work:
        year = self.rng.randint(2015, 2025)
        record: dict[str, Any] = {"type": "motion_picture" if self.rng.random() < 0.3 else "webpage",
                                  "title": self.rng.choice(["What happens when you flush a wet wipe?", "Inside a materials recovery facility",
                                                            "How a water treatment works cleans your water", "Tideway: the super sewer"]),
                                  "container-title": "YouTube", "issued": {"date-parts": [[year]]},
                                  "URL": f"https://www.youtube.com/watch?v={self.fakers['en_GB'].lexify('???????????')}",
                                  "accessed": self._accessed([year])}  # fmt: skip
        name, tags = self.rng.choice(_COMPANIES + _TRADE)
        return self._org(record, "video", name, tags)

    def _podcast(self) -> Work:
        year = self.rng.randint(2018, 2025)
        record: dict[str, Any] = {"type": "webpage",
                                  "title": f"{self.rng.choice(['Talking Rubbish', 'The Water Podcast', 'Circular Conversations', 'Resource Talks'])}, episode {self.rng.randint(1, 180)}",
                                  "issued": {"date-parts": [[year]]}, "author": self._people(2),
                                  "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path(),
                                  "accessed": self._accessed([year])}  # fmt: skip
        return self._person_work(record, "podcast")

    def _web(self) -> Work:
        """An undated page: a blog, an explainer or a council page with no date on it."""
        record: dict[str, Any] = {"type": "webpage", "title": self._title(),
                                  "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path(),
                                  "accessed": self._accessed(None)}  # fmt: skip
        if self.rng.random() < 0.45:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.rng.choice(_COMPANIES + _TRADE + _REGULATORS)
        return self._org_work(record, "web", name, tags | {"undated"})
