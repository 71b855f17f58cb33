"""Works for the thirty-eighth held-out pool, "blind38": what marketers at energy suppliers, water companies,
broadband providers, train and bus operators and airports in the UK and Ireland cite on CIM Level 4 to 7 courses.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a thirty-eighth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how these writers cite:
regulators' decisions and consultations (Ofgem, Ofwat, Ofcom, ORR, CRU), DESNZ and DfT papers, consumer bodies
(Citizens Advice, Which?, Transport Focus, CCW), operators' annual reports, ONS and YouGov, trade press (Utility Week,
Rail Magazine), the FT and BBC News, textbooks and journals with one to eight authors, podcasts and LinkedIn posts,
web pages with and without access dates, undated pages, and one author's two works of a year.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

_BRITISH = [("Hughes", "Gareth"), ("Whitfield", "Claire"), ("Pennington", "Rob"), ("Ashworth", "Helen"),
            ("Maddox", "Owen"), ("Greaves", "Lucy"), ("Thornley", "Mark"), ("Dunmore", "Fiona"), ("Rowlands", "Ceri"),
            ("Haworth", "Jill"), ("Baverstock", "Tom"), ("Kettering", "Sian"), ("Lyle-Prentice", "Joanna"),
            ("Abbott-Kerr", "Douglas"), ("Sutcliffe", "Amy"), ("MacAskill", "Morag"), ("McCrindle", "Fraser")]  # fmt: skip
_IRISH = [("Ó Súilleabháin", "Cian"), ("Ní Dhomhnaill", "Sorcha"), ("O'Sullivan", "Niamh"), ("Mac Giolla Phádraig", "Eoin"),
          ("Ó Ceallaigh", "Róisín"), ("Fitzgerald", "Aoife"), ("Breathnach", "Dara"), ("O'Dwyer", "Ciarán"),
          ("Nic Aodha", "Gráinne"), ("Kavanagh", "Seán")]  # fmt: skip
_SOUTH_ASIAN = [("Chaudhry", "Imran"), ("Patel", "Hetal"), ("Sandhu", "Gurpreet"), ("Mistry", "Nilesh"),
                ("Banerjee", "Sayantani"), ("Rahman", "Tahmina"), ("Qureshi", "Ayesha"), ("Venkataraman", "Srinivas"),
                ("Dhillon", "Harjit"), ("Siddiqui", "Faraz"), ("Ghosh", "Ananya"), ("Kaur", "Simran")]  # fmt: skip
_CARIBBEAN = [("Campbell", "Marcia"), ("Grant", "Delroy"), ("Forbes", "Shereen"), ("Thwaites", "Leroy"),
              ("Bailey-Stewart", "Tamika"), ("Francis", "Winston"), ("Henry", "Jermaine"), ("Clarke", "Yvonne")]  # fmt: skip
_POLISH = [("Wiśniewska", "Magdalena"), ("Kowalczyk", "Tomasz"), ("Zieliński", "Paweł"), ("Dąbrowska", "Katarzyna"),
           ("Szymański", "Łukasz"), ("Woźniak", "Agata"), ("Grabowski", "Michał"), ("Kaczmarek", "Joanna"),
           ("Lewandowska-Nowak", "Ewa"), ("Jabłoński", "Krzysztof")]  # fmt: skip
_NIGERIAN = [("Adebayo", "Oluwaseun"), ("Okafor", "Chiamaka"), ("Nwosu", "Emeka"), ("Balogun", "Temitope"),
             ("Eze", "Ngozi"), ("Ogunleye", "Babatunde"), ("Abubakar", "Hauwa"), ("Olawale", "Funmilayo"),
             ("Ikechukwu", "Obinna"), ("Adeyemi-Jones", "Folasade"), ("Danjuma", "Ɗanladi")]  # fmt: skip
_PARTICLED = [("van", "der Merwe", "Pieter"), ("de", "Souza", "Carla"), ("da", "Costa", "Rui"), ("van", "Leeuwen", "Marit"),
              ("de", "Búrca", "Eimear"), ("le", "Marchant", "Hugh"), ("von", "Stade", "Anna")]  # fmt: skip

_ORGANISATIONS = [
    ("Ofgem", {"regulator"}), ("Office of Gas and Electricity Markets (Ofgem)", {"regulator", "abbreviation"}),
    ("Ofwat", {"regulator"}), ("Ofcom", {"regulator"}), ("Office of Rail and Road", {"regulator"}),
    ("ORR", {"regulator", "acronym"}), ("Commission for Regulation of Utilities", {"regulator"}),
    ("ComReg", {"regulator"}), ("Citizens Advice", {"charity"}), ("Which?", {"charity", "punctuation"}),
    ("Transport Focus", {"watchdog"}), ("CCW", {"watchdog", "acronym"}), ("Consumer Council for Water", {"watchdog"}),
    ("Centrica plc", {"company"}), ("Octopus Energy Ltd", {"company"}), ("Octopus Energy", {"company"}),
    ("Severn Trent Plc", {"company"}), ("BT Group plc", {"company"}), ("FirstGroup plc", {"company"}),
    ("Heathrow Airport Ltd", {"company"}), ("Heathrow Airport Holdings Ltd", {"company"}), ("E.ON UK", {"company"}),
    ("EDF Energy", {"company"}), ("Scottish Power", {"company"}), ("United Utilities Group PLC", {"company"}),
    ("Thames Water", {"company"}), ("Anglian Water Services Ltd", {"company"}), ("Dŵr Cymru Welsh Water", {"company"}),
    ("Virgin Media O2", {"company"}), ("Openreach", {"company"}), ("CityFibre", {"company"}), ("Eir", {"company"}),
    ("Electric Ireland", {"company"}), ("Bord Gáis Energy", {"company"}), ("Go-Ahead Group", {"company"}),
    ("Stagecoach Group", {"company"}), ("Arriva UK Bus", {"company"}), ("Network Rail", {"company"}),
    ("Rail Delivery Group", {"trade-body"}), ("Energy UK", {"trade-body"}), ("Water UK", {"trade-body"}),
    ("Smart Energy GB", {"trade-body"}), ("Energy Saving Trust", {"charity"}), ("National Energy Action", {"charity"}),
    ("YouGov", {"market-research"}), ("Ipsos", {"market-research"}), ("Mintel", {"market-research"}),
    ("Cornwall Insight", {"consultancy"}), ("Baringa", {"consultancy"}), ("Frontier Economics", {"consultancy"}),
    ("Institute of Customer Service", {"trade-body"}), ("Marks & Clerk", {"company", "ampersand"}),
    ("Ernst & Young", {"company", "ampersand"}), ("Chartered Institute of Marketing (CIM)", {"trade-body", "abbreviation"}),
    ("Campaign for Better Transport", {"charity"}), ("St John's Ambulance", {"charity", "apostrophe"}),
    ("Europe's Energy Regulators", {"regulator", "apostrophe"}),
]  # fmt: skip
_GOVERNMENT = [
    "Department for Energy Security and Net Zero", "DESNZ", "Department for Transport", "DfT",
    "Department for Environment, Food & Rural Affairs", "Great British Railways Transition Team", "HM Treasury",
    "Office for National Statistics", "ONS", "Department for Science, Innovation and Technology", "National Audit Office",
    "House of Commons Library", "Transport Scotland", "Welsh Government", "Department for Infrastructure",
    "Department of the Environment, Climate and Communications", "Climate Change Committee", "Competition and Markets Authority",
]  # fmt: skip
_PRESS = ["Utility Week", "Rail Magazine", "Financial Times", "BBC News", "The Irish Times", "Modern Railways",
          "Current±", "New Civil Engineer", "ISPreview", "Marketing Week", "Campaign", "The Guardian", "RTÉ News",
          "Passenger Transport", "Buses Magazine"]  # fmt: skip
_JOURNALS = ["Energy Policy", "Utilities Policy", "Journal of Marketing Management", "Transport Policy",
             "Journal of Consumer Marketing", "Research in Transportation Business & Management",
             "Journal of Services Marketing", "Energy Research & Social Science", "Telecommunications Policy",
             "Journal of Strategic Marketing", "Water Policy", "Journal of Air Transport Management",
             "Irish Journal of Management", "International Journal of Bank Marketing"]  # fmt: skip
_TOPICS = ["smart meter adoption", "the energy price cap", "switching behaviour", "vulnerable customers",
           "priority services registers", "water affordability", "social tariffs", "full-fibre roll-out",
           "broadband mid-contract price rises", "rail fares reform", "railcard take-up", "bus franchising",
           "airport service quality", "passenger satisfaction", "net zero messaging", "heat pump uptake",
           "time-of-use tariffs", "complaint handling", "trust in utilities", "brand repositioning after a price shock",
           "strike communications", "disruption messaging", "customer debt", "green tariffs", "demand flexibility",
           "contactless ticketing", "leakage campaigns", "bill shock", "direct debit reviews", "service recovery"]  # fmt: skip
_SECTORS = ["energy retail", "the water sector", "UK broadband", "passenger rail", "local bus services", "UK airports",
            "Irish utilities", "telecoms", "regulated monopolies", "household energy"]  # fmt: skip
_BOOK_PUBLISHERS = [("Kogan Page", "London"), ("Routledge", "Abingdon"), ("Pearson", "Harlow"), ("Sage", "London"),
                    ("Palgrave Macmillan", "Cham"), ("Edward Elgar", "Cheltenham"), ("Gill Education", "Dublin"),
                    ("Oxford University Press", "Oxford"), ("Bloomsbury Business", "London"), ("Wiley", "Chichester")]  # fmt: skip


class Blind38WorkFactory(WorkFactory):
    """Works for blind38: British, Irish, South Asian, Caribbean, Polish and Nigerian authors, regulators, operators,
    consumer bodies and government; reports, decisions, press, podcasts and LinkedIn posts."""

    KINDS = ("book", "chapter", "journal", "report", "web", "news", "government", "podcast", "social")

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.r = random.Random(seed * 389 + 38)
        self.people: list[dict[str, str]] = []
        self.dated_orgs: list[tuple[str, set[str], list[int]]] = []

    # ------------------------------------------------------------------ names
    def person(self) -> dict[str, str]:
        roll = self.r.random()
        if self.people and roll < 0.06:  # same surname, different person
            return {"family": self.r.choice(self.people)["family"], "given": self.r.choice(_BRITISH)[1]}
        if roll < 0.12:
            particle, family, given = self.r.choice(_PARTICLED)
            name = {"family": family, "given": given, "non-dropping-particle": particle}
        elif roll < 0.25:
            name = super().person()
        else:
            table = self.r.choices([_BRITISH, _IRISH, _SOUTH_ASIAN, _CARIBBEAN, _POLISH, _NIGERIAN],
                                   weights=[30, 15, 15, 10, 12, 12])[0]  # fmt: skip
            family, given = self.r.choice(table)
            name = {"family": family, "given": given}
        self.people.append(name)
        return name

    def _authors(self, most: int) -> list[dict[str, str]]:
        count = self.r.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def year(self) -> int:
        return self.r.choice([self.r.randint(2001, 2025), self.r.randint(2016, 2025), self.r.randint(2019, 2025)])

    def accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        low = max((year or 2021) + 1, 2022)  # accessed after the year it was issued
        return {"date-parts": [[self.r.randint(low, 2026), self.r.randint(1, 12), self.r.randint(1, 28)]]}

    def _title(self) -> str:
        topic, sector = self.r.choice(_TOPICS), self.r.choice(_SECTORS)
        cap = topic[0].upper() + topic[1:]
        forms = [f"{cap} in {sector}", f"{cap}: evidence from {sector}", f"Why {topic} matters for {sector}",
                 f"Rebuilding trust: {topic} in {sector}", f"{cap} and customer outcomes",
                 f"What customers want from {sector}", f"{cap} {self.r.randint(2018, 2025)}: a review",
                 f"Marketing {sector}: {topic} and the brand", f"Understanding {topic} among older customers",
                 f"{cap} after the energy crisis"]  # fmt: skip
        return self.r.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.r.choices(list(self.KINDS), weights=[11, 5, 22, 18, 12, 10, 11, 5, 6])[0]
        return getattr(self, "_b38_" + kind)()

    def _lead_person(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _lead_org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        if "issued" in record and self.dated_orgs and self.r.random() < 0.12:  # same body, same year
            name, tags, parts = self.r.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [list(parts)]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(parts[0])
        if "issued" in record:
            self.dated_orgs.append((name, tags, record["issued"]["date-parts"][0]))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, set(tags) | {"organisation"})

    def _b38_book(self) -> Work:
        publisher, place = self.r.choice(_BOOK_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._authors(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.r.random() < 0.3:
            record["edition"] = str(self.r.randint(2, 6))
        return self._lead_person(record, "book")

    def _b38_chapter(self) -> Work:
        publisher, place = self.r.choice(_BOOK_PUBLISHERS)
        start = self.r.randint(1, 320)
        record: dict[str, Any] = {"type": "chapter", "title": self._title(), "author": self._authors(3),
                                  "editor": [self.person() for _ in range(self.r.randint(1, 2))],
                                  "container-title": f"The handbook of {self.r.choice(_SECTORS)} marketing",
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place, "page": f"{start}-{start + self.r.randint(9, 28)}"}  # fmt: skip
        return self._lead_person(record, "chapter")

    def _b38_journal(self) -> Work:
        start = self.r.randint(1, 1200)
        record: dict[str, Any] = {"type": "article-journal", "title": self._title(), "author": self._authors(8),
                                  "container-title": self.r.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
                                  "volume": str(self.r.randint(3, 190)), "issue": str(self.r.randint(1, 12)),
                                  "page": f"{start}-{start + self.r.randint(7, 25)}"}  # fmt: skip
        if self.r.random() < 0.5:
            record["DOI"] = (
                f"10.{self.r.randint(1000, 9999)}/j.{self.r.choice(['enpol', 'jup', 'tranpol', 'jmm'])}.{self.r.randint(2015, 2025)}.{self.r.randint(100000, 999999)}"
            )
        return self._lead_person(record, "journal")

    def _org_title(self, name: str) -> str:
        year = self.r.randint(2019, 2025)
        forms = [f"Annual report and accounts {year}", f"Annual report {year}/{str(year + 1)[2:]}",
                 f"Consumer vulnerability strategy {year}", f"Energy price cap ({self.r.choice(['January', 'April', 'July', 'October'])} to {self.r.choice(['March', 'June', 'September', 'December'])} {year})",
                 f"PR24 final determinations: {self.r.choice(['overview', 'customer engagement', 'outcomes'])}",
                 f"RIIO-2 {self.r.choice(['final determinations', 'business plan guidance', 'annual report'])}",
                 f"National Rail Passenger Survey: {self.r.choice(['spring', 'autumn'])} {year}",
                 f"Rail passengers' experiences of {self.r.choice(['strikes', 'ticket office closures', 'delays'])}",
                 f"Connected Nations {year}", f"Pricing trends for communications services {year}",
                 f"Smart meter statistics in Great Britain: quarterly report to end {self.r.choice(['March', 'June', 'September', 'December'])} {year}",
                 f"Net zero transition plan {year}", self._title()]  # fmt: skip
        return self.r.choice(forms)

    def _b38_report(self) -> Work:
        name, tags = self.r.choice(_ORGANISATIONS)
        record: dict[str, Any] = {"type": "report", "title": self._org_title(name), "publisher": name.split(" (")[0],
                                  "publisher-place": self.r.choice(["London", "Birmingham", "Dublin", "Coventry", "Glasgow"])}  # fmt: skip
        year = self.year() if self.r.random() < 0.9 else None
        if year:
            record["issued"] = {"date-parts": [[year]]}
        if self.r.random() < 0.6:
            record["URL"] = (
                f"https://www.{name.split()[0].lower().strip('?(').replace('.', '')}.co.uk/{self.fakers['en_GB'].slug()}"
            )
            record["accessed"] = self.accessed_after(year)
        return self._lead_org(record, "report", name, tags)

    def _b38_web(self) -> Work:
        year = self.year() if self.r.random() < 0.75 else None
        record: dict[str, Any] = {"type": "webpage", "title": self._title(),
                                  "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path()}  # fmt: skip
        if year:
            record["issued"] = (
                {"date-parts": [[year, self.r.randint(1, 12), self.r.randint(1, 28)]]}
                if self.r.random() < 0.3
                else {"date-parts": [[year]]}
            )
        if self.r.random() < 0.85:
            record["accessed"] = self.accessed_after(year)
        if self.r.random() < 0.35:
            record["author"] = self._authors(2)
            return self._lead_person(record, "web")
        name, tags = self.r.choice(_ORGANISATIONS)
        return self._lead_org(record, "web", name, tags)

    def _b38_news(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": self.r.choice(_PRESS),
                                  "issued": {"date-parts": [[year, self.r.randint(1, 12), self.r.randint(1, 28)]]},
                                  "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path(),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        if self.r.random() < 0.8:
            record["author"] = self._authors(2)
            return self._lead_person(record, "news")
        return self._lead_org(record, "news", record["container-title"], {"press"})

    def _b38_government(self) -> Work:
        name = self.r.choice(_GOVERNMENT)
        year = self.year()
        title = self.r.choice([self._title(), f"Rail fares {year}: statistical release", "Energy Prices Act 2022: guidance for suppliers",
                               f"Plan for rail: {self.r.choice(['consultation', 'response'])}", f"Annual fuel poverty statistics report {year}",
                               "Bus Services Act 2017: franchising guidance", f"Family spending in the UK: April {year - 1} to March {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": self.r.choice(["report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[year]]},
                                  "URL": f"https://www.gov.uk/government/publications/{self.fakers['en_GB'].slug()}",
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        return self._lead_org(record, "government", name, {"government"})

    def _b38_podcast(self) -> Work:
        year = self.year()
        show = self.r.choice(["The Utility Week Podcast", "Rail Natter", "Energy Unplugged", "The Passenger Experience Show",
                              "Fibre Matters", "Net Zero Marketing"])  # fmt: skip
        record: dict[str, Any] = {"type": "broadcast", "title": f"Episode {self.r.randint(3, 220)}: {self._title()}",
                                  "container-title": show, "issued": {"date-parts": [[year, self.r.randint(1, 12), self.r.randint(1, 28)]]},
                                  "URL": f"https://podcasts.example.com/{self.fakers['en_GB'].slug()}",
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        if self.r.random() < 0.7:
            record["author"] = self._authors(2)
            return self._lead_person(record, "podcast")
        return self._lead_org(record, "podcast", show, {"podcast"})

    def _b38_social(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "post", "title": self._title(), "container-title": "LinkedIn",
                                  "issued": {"date-parts": [[year, self.r.randint(1, 12), self.r.randint(1, 28)]]},
                                  "URL": f"https://www.linkedin.com/posts/{self.fakers['en_GB'].slug()}",
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        record["author"] = self._authors(1)
        return self._lead_person(record, "social")
