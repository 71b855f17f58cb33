"""The blind238 pool's works: what marketers at UK and Irish rail, bus, tram and ferry operators, ticketing apps and
transport authorities cite in CIM Level 6 and 7 reports and MBA assignments.

Written without reading the checker, its tests or any other pool. Textbooks, chapters, transport and marketing
journals with one to eight authors and DOIs, theses, conference papers, regulators and public bodies, trade bodies
and charities, operators' pages, annual reports and investor decks, market research with years, the rail, bus and
national press signed and unsigned, social posts, videos, podcasts and undated pages. Names as their owners print
them: British double-barrelled names, Irish names with Ó, Ní and Mac, Scottish Mc and Mac, Welsh ap, ab and Llywelyn,
South Asian and Caribbean names.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# (family, given) as the scholars print them on English-language transport and marketing papers.
_NAMES = [
    ("Lloyd-Jones", "Gareth"), ("Heywood-Smith", "Clare"), ("Bowen-Davies", "Rhian"), ("Fraser-Hughes", "Tom"),
    ("Ó Súilleabháin", "Cormac"), ("Ó Ceallaigh", "Pádraig"), ("Ní Bhriain", "Aoife"), ("Ní Mhurchú", "Siobhán"),
    ("Mac Cárthaigh", "Dónall"), ("Mac Giolla Phádraig", "Eoin"), ("O'Sullivan", "Niamh"), ("O'Mahony", "Ciarán"),
    ("McAllister", "Ross"), ("MacLeod", "Eilidh"), ("McGregor", "Iain"), ("MacDonald", "Catriona"),
    ("McKenna", "Orla"), ("MacKinnon", "Fiona"), ("ap Iorwerth", "Dafydd"), ("ab Owain", "Siôn"),
    ("Llywelyn", "Gwenllian"), ("Pritchard", "Ffion"), ("Vaughan", "Rhodri"), ("Bhattacharyya", "Anirban"),
    ("Chaudhry", "Ayesha"), ("Patel", "Nikhil"), ("Ramanathan", "Lakshmi"), ("Sivakumar", "Priya"),
    ("Kaur", "Harpreet"), ("Siddiqui", "Imran"), ("Banerjee", "Ritika"), ("Mahmood", "Tariq"),
    ("Campbell-Ferguson", "Marcia"), ("Thompson-Clarke", "Delroy"), ("St. Hill", "Andrea"), ("Brathwaite", "Kemar"),
    ("Forde", "Shondelle"), ("Greenidge", "Winston"), ("Mottley", "Janelle"), ("Goodwin", "Phil"),
    ("Marsden", "Greg"), ("Lyons", "Glenn"), ("Preston", "John"), ("Jain", "Juliet"), ("Docherty", "Iain"),
    ("Shaw", "Jon"), ("Wardman", "Mark"), ("Hine", "Julian"), ("Mackie", "Peter"), ("Nash", "Chris"),
    ("Smith", "Rebecca"), ("Walker", "Jarrett"), ("Chatterjee", "Kiron"), ("Caulfield", "Brian"),
    ("Ahern", "Aoife"), ("Carroll", "Páraic"), ("Kelly", "Séamus"), ("Kowalska", "Agnieszka"), ("Nowak", "Łukasz"),
    ("Ferreira", "João"), ("Müller", "Jürgen"), ("Østergaard", "Mette"), ("Zhang", "Wei"), ("Nguyen", "Thi Lan"),
    ("Adeyemi", "Folake"), ("Okonkwo", "Chidi"), ("Begum", "Shahana"), ("Hussain", "Zainab"), ("Evans", "Sioned"),
    ("Jones", "Huw"), ("Williams", "Eleri"), ("Davies", "Rhys"), ("Brown", "Eilidh"), ("Wilson", "Callum"),
]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Routledge", "London"), ("Sage", "London"), ("Kogan Page", "London"),
               ("Pearson", "Harlow"), ("Edward Elgar", "Cheltenham"), ("Edward Elgar Publishing", "Cheltenham"),
               ("Elsevier", "Amsterdam"), ("Policy Press", "Bristol"), ("Emerald Publishing", "Bingley")]  # fmt: skip
_JOURNALS = ["Transport Policy", "Transportation Research Part A: Policy and Practice", "Journal of Transport Geography",
             "Research in Transportation Business & Management", "Journal of Public Transportation", "Transport Reviews",
             "Journal of Marketing Management", "Research in Transportation Economics", "Case Studies on Transport Policy",
             "Travel Behaviour and Society", "Journal of Services Marketing", "European Journal of Marketing",
             "Journal of Consumer Behaviour", "Irish Journal of Management", "Journal of Social Marketing"]  # fmt: skip
_TOPICS = ["passenger satisfaction", "fare simplification", "contactless ticketing", "mode shift", "bus patronage",
           "rail demand after COVID-19", "flexible season tickets", "mobility as a service", "demand-responsive transport",
           "customer information during disruption", "active travel", "service quality in rail", "brand trust in public transport",
           "behaviour-change campaigns", "travel apps", "loyalty in ferry travel", "the £2 bus fare cap",
           "commuter habits", "rail passenger compensation", "accessible travel", "leisure rail travel",
           "integrated ticketing", "perceived safety on buses", "open data and journey planning", "sustainable tourism by rail",
           "bus franchising", "social marketing for modal shift", "B2B rail freight marketing", "hybrid working and commuting"]  # fmt: skip
_PLACES = ["Great Britain", "the UK", "Ireland", "Scotland", "Wales", "Northern Ireland", "London", "Greater Manchester",
           "Dublin", "the North of England", "West Yorkshire", "Edinburgh", "Cardiff", "Belfast"]  # fmt: skip
_THESES = [("PhD thesis", "Institute for Transport Studies, University of Leeds", "Leeds"),
           ("PhD thesis", "University of Leeds", "Leeds"),
           ("PhD thesis", "Centre for Transport Studies, University College London", "London"),
           ("PhD thesis", "Imperial College London", "London"),
           ("PhD thesis", "Transport Research Institute, Edinburgh Napier University", "Edinburgh"),
           ("PhD thesis", "Trinity College Dublin", "Dublin"), ("MPhil thesis", "Trinity College Dublin", "Dublin"),
           ("PhD thesis", "University of Southampton", "Southampton"),
           ("MSc dissertation", "Institute for Transport Studies, University of Leeds", "Leeds"),
           ("MBA dissertation", "Edinburgh Napier University", "Edinburgh")]  # fmt: skip
_CONFERENCES = [("European Transport Conference", "Association for European Transport", ["Milan", "Dublin", "Antwerp", "Lisbon"]),
                ("Universities' Transport Study Group (UTSG) Annual Conference", "UTSG", ["Leeds", "Edinburgh", "Cardiff", "Southampton"]),
                ("53rd Annual UTSG Conference", "Universities' Transport Study Group", ["Edinburgh"]),
                ("Academy of Marketing Conference", "Academy of Marketing", ["Cardiff", "Belfast", "Nottingham", "Huddersfield"])]  # fmt: skip
# Public bodies and regulators; trade bodies and charities; operators and companies; (name, tags).
_PUBLIC = [("Department for Transport", {"government"}), ("Department for Transport (DfT)", {"government", "abbreviation"}),
           ("Office of Rail and Road", {"government"}), ("Office of Rail and Road (ORR)", {"government", "abbreviation"}),
           ("Transport for London", {"government"}), ("TfL", {"government", "acronym"}), ("Transport Focus", {"government"}),
           ("Transport Scotland", {"government"}), ("Transport for the North", {"government"}), ("Network Rail", {"government"}),
           ("Great British Railways Transition Team", {"government"}), ("National Transport Authority", {"government"}),
           ("Competition and Markets Authority", {"government"}), ("Advertising Standards Authority", {"government"}),
           ("Office for National Statistics", {"government"}), ("Office for National Statistics (ONS)", {"government", "abbreviation"}),
           ("Transport for Wales", {"government"}), ("Welsh Government", {"government"}),
           ("Department for Infrastructure", {"government"}), ("Transport for Greater Manchester", {"government"})]  # fmt: skip
_TRADE = [("Rail Delivery Group", {"trade-body"}), ("Rail Delivery Group (RDG)", {"trade-body", "abbreviation"}),
          ("Confederation of Passenger Transport", {"trade-body"}), ("Campaign for Better Transport", {"trade-body"}),
          ("Sustrans", {"trade-body"}), ("Urban Transport Group", {"trade-body"}), ("Rail Industry Association", {"trade-body"}),
          ("Railway Heritage Trust", {"trade-body"}), ("Chartered Institute of Logistics & Transport", {"trade-body", "ampersand"}),
          ("Passenger Transport Executive Group (pteg)", {"trade-body", "abbreviation"})]  # fmt: skip
_COMPANIES = [("Stagecoach Group plc", {"company"}), ("FirstGroup plc", {"company"}), ("The Go-Ahead Group plc", {"company"}),
              ("Mobico Group PLC", {"company"}), ("Arriva plc", {"company"}), ("Trainline plc", {"company"}),
              ("Eurostar International Ltd", {"company"}), ("Iarnród Éireann", {"company"}), ("Translink NI", {"company"}),
              ("Stena Line Ltd", {"company"}), ("MTR Elizabeth line", {"company"}), ("Transport UK Group", {"company"}),
              ("Lothian Buses", {"company"}), ("Dublin Bus", {"company"}), ("Irish Ferries", {"company"}),
              ("Citymapper", {"company"}), ("LNER", {"company", "acronym"}), ("Avanti West Coast", {"company"}),
              ("Great Western Railway", {"company"}), ("ScotRail", {"company"}), ("Northern Trains Ltd", {"company"}),
              ("Southeastern", {"company"}), ("National Express", {"company"}), ("Go North East", {"company"}),
              ("Brighton & Hove Buses", {"company", "ampersand"}), ("Caledonian MacBrayne", {"company"})]  # fmt: skip
_RESEARCH = [
    "Transport Focus",
    "YouGov",
    "Kantar",
    "Mintel",
    "Statista",
    "Ipsos Mori",
    "Ipsos",
    "Statista Research Department",
]
_PRESS = ["RAIL", "Modern Railways", "Railway Gazette International", "Route One", "Passenger Transport",
          "Local Transport Today", "Financial Times", "The Guardian", "The Irish Times", "BBC News", "The Scotsman",
          "Marketing Week", "Campaign"]  # fmt: skip
_PLATFORMS = [("LinkedIn", "[LinkedIn post]"), ("X", "[X post]"), ("Instagram", "[Instagram post]"),
              ("TikTok", "[TikTok video]"), ("YouTube", "[YouTube video]"), ("Spotify", "[Podcast]"),
              ("Apple Podcasts", "[Podcast]")]  # fmt: skip

_DOMAINS = {"RAIL": "railmagazine.com", "Modern Railways": "modernrailways.com", "Railway Gazette International": "railwaygazette.com",
            "Route One": "route-one.net", "Passenger Transport": "passengertransport.co.uk", "Local Transport Today": "transportxtra.com",
            "Financial Times": "ft.com", "The Guardian": "theguardian.com", "The Irish Times": "irishtimes.com",
            "BBC News": "bbc.co.uk/news", "The Scotsman": "scotsman.com", "Marketing Week": "marketingweek.com",
            "Campaign": "campaignlive.co.uk"}  # fmt: skip


def _domain(name: str) -> str:
    """A web domain's first part from an organisation's name ("Iarnród Éireann" gives "irishrail")."""
    special = {"Iarnród": "irishrail", "The": "go-ahead", "Translink": "translink", "MTR": "mtrel", "Ipsos": "ipsos"}
    first = name.split()[0]
    return special.get(first, "".join(ch for ch in first.lower() if ch.isascii() and (ch.isalnum() or ch == "-")))


class Blind238WorkFactory(WorkFactory):
    """Works of rail, bus and public-transport marketers in the UK and Ireland, from one seeded random source."""

    KINDS = ("book", "chapter", "journal", "thesis", "conference", "government", "trade-body", "company",
             "company-report", "market-research", "news", "social", "video", "podcast", "web")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 238)
        self.dated: list[tuple[str, str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        if self.rng.random() < 0.55:
            family, given = self.rng.choice(_NAMES)
            return {"family": family, "given": given}
        fake = self.fakers[self.rng.choice(["en_GB", "en_GB", "en_GB", "en_IE", "en_IN", "pl_PL"])]
        family, given = fake.last_name(), fake.first_name()
        if " " in family:
            family = family.split()[-1]
        if self.rng.random() < 0.07:
            family = f"{family}-{self.fakers['en_GB'].last_name().split()[-1]}"
        return {"family": family, "given": given}

    def year(self) -> int:
        if self.rng.random() < 0.05:  # the classics: Kotler, Zeithaml, Mackie
            return self.rng.randint(1978, 2004)
        return self.rng.randint(2010, 2025)

    def accessed_after(self, issued: int | list[int] | None) -> dict[str, list[list[int]]]:
        parts = [issued] if isinstance(issued, int) else list(issued or [2023])
        low = max(2023, parts[0])
        accessed = [self.rng.randint(low, max(low, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        if accessed[: len(parts)] < parts:  # read on the day it came out, never before
            accessed = [*parts, *[12, 28][len(parts) - 1 :]]
        return {"date-parts": [accessed]}

    def _title(self) -> str:
        topic, place = self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"Understanding {topic}: evidence from {place}",
                 f"{topic[0].upper()}{topic[1:]} and the passenger experience",
                 f"What drives {topic}? A study of {place}", f"Marketing public transport: {topic}",
                 f"{topic[0].upper()}{topic[1:]} after the pandemic", f"Rethinking {topic}",
                 f"Segmenting passengers for {topic}"]  # fmt: skip
        return self.rng.choice(forms)

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 15, 9, 6, 4, 3, 3][:most])[0]
        return [self.person() for _ in range(count)]

    def _url(self, domain: str) -> str:
        return f"https://www.{domain}/{self.fakers['en_GB'].slug()}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "thesis", "conference", "government", "trade-body", "company",
             "company-report", "market-research", "news", "social", "video", "podcast", "web"],
            weights=[11, 5, 20, 3, 3, 11, 6, 7, 6, 8, 10, 3, 2, 2, 4],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person(self, record: dict[str, Any], kind: str) -> Work:
        work = self._person_work(record, kind)
        work.kind = kind
        return work

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # now and then one organisation's second work of a year ("Transport Focus, 2023a" and "2023b")
        same_kind = [entry for entry in self.dated if entry[0] == kind]
        if same_kind and "issued" in record and self.rng.random() < 0.14:
            _kind, name, tags, issued = self.rng.choice(same_kind)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(issued["date-parts"][0])
            if record.get("publisher") and record["type"] == "report":
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated.append((kind, name, tags, record["issued"]))
        work = self._org_work(record, kind, name, tags)
        work.kind = kind
        return work

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        titles = [self._title(), "Marketing public transport", "Services marketing: people, technology, strategy",
                  "Transport marketing and passenger behaviour", "Principles of marketing", "Digital marketing",
                  "Behaviour change and sustainable travel", "Customer experience management in transport",
                  "The economics of passenger transport", "Strategic marketing planning"]  # fmt: skip
        record: dict[str, Any] = {"type": "book", "title": self.rng.choice(titles), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS[:7])
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["Handbook of sustainable transport", "The Routledge handbook of public transport",
                                                "Handbook on transport and urban planning", "Marketing in the public sector",
                                                "Transport and mobility futures"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(3, 380))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person(record, "chapter")

    def _journal(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[year]]},
            "volume": str(self.rng.randint(5, 190)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(8, 24)}",
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["DOI"] = (
                f"10.1016/j.{self.rng.choice(['tranpol', 'tra', 'jtrangeo', 'rtbm'])}.{year}.{self.rng.randint(100000, 999999)}"
            )
        elif self.rng.random() < 0.3:
            record["URL"] = self._url("sciencedirect.com")
            record["accessed"] = self.accessed_after(year)
        return self._person(record, "journal")

    def _thesis(self) -> Work:
        genre, school, place = self.rng.choice(_THESES)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "issued": {"date-parts": [[self.year()]]}, "genre": genre, "publisher": school,
                                  "publisher-place": place}  # fmt: skip
        return self._person(record, "thesis")

    def _conference(self) -> Work:
        name, publisher, places = self.rng.choice(_CONFERENCES)
        year = self.year()
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(4),
                                  "container-title": f"Proceedings of the {name} {year}", "publisher": publisher,
                                  "event-place": self.rng.choice(places), "issued": {"date-parts": [[year]]}}  # fmt: skip
        return self._person(record, "conference")

    def _organisation_record(self, names: list[tuple[str, set[str]]], kind: str, domain: str) -> Work:
        name, tags = self.rng.choice(names)
        year: int | None = self.year() if self.rng.random() < 0.85 else None
        titles = [self._title(), f"Annual report {year or 2024}", f"Business plan {year or 2024}/{str((year or 2024) + 1)[2:]}",
                  f"Rail trends factsheet {year or 2023}", "Our customer promise", "Passenger Charter",
                  f"Bus passenger experience report {year or 2023}", "Fares and ticketing strategy"]  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(titles),
                                  "URL": self._url(domain), "accessed": self.accessed_after(year)}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = self.rng.choice(["London", "Edinburgh", "Dublin", "Manchester", "Cardiff"])
            if self.rng.random() < 0.25:
                del record["URL"], record["accessed"]
        if year is not None:
            record["issued"] = {"date-parts": [[year]]}
        return self._org(record, kind, name, tags)

    def _government(self) -> Work:
        return self._organisation_record(_PUBLIC, "government", "gov.uk")

    def _trade_body(self) -> Work:
        return self._organisation_record(_TRADE, "trade-body", "raildeliverygroup.com")

    def _company(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(
            ["About us", "Our brand", "Sustainability", "Delay Repay", "Railcards and discounts", "Our fleet",
             "Sail and rail", "Accessibility and assisted travel", "Careers", "Press releases"]),
            "URL": self._url(_domain(name) + ".co.uk"), "accessed": self.accessed_after(None)}  # fmt: skip
        if self.rng.random() < 0.5:
            year = self.year()
            record["issued"] = {"date-parts": [[year]]}
            record["accessed"] = self.accessed_after(year)
        return self._org(record, "company", name, tags)

    def _company_report(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES[:12])
        year = self.rng.randint(2015, 2025)
        title = self.rng.choice([f"Annual report and accounts {year}", f"Full year results {year}: investor presentation",
                                 f"Capital markets day {year}", f"Sustainability report {year}",
                                 f"Interim results for the six months to 30 September {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name,
                                  "publisher-place": self.rng.choice(["London", "Perth", "Aberdeen", "Dublin", "Sunderland"]),
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self._url(_domain(name) + ".com/investors")
            record["accessed"] = self.accessed_after(year)
        return self._org(record, "company-report", name, tags)

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year: int | None = self.rng.randint(2016, 2025) if self.rng.random() < 0.9 else None
        titles = [f"National Rail Passenger Survey: spring {year or 2019}", f"Wavelength survey {year or 2024}",
                  f"Bus passenger survey {year or 2023}", f"Rail travel - UK - {self.rng.choice(['March', 'July', 'November'])} {year or 2024}",
                  f"Share of adults in Great Britain who commute by train {year or 2024}",
                  f"Attitudes to public transport in Ireland {year or 2023}", f"Ferry travel in the UK {year or 2022}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": self._url(_domain(name) + ".com"), "accessed": self.accessed_after(year)}  # fmt: skip
        if year is not None:
            record["issued"] = {"date-parts": [[year]]}
        return self._org(record, "market-research", name, {"market-research"})

    def _news(self) -> Work:
        year = self.rng.randint(2012, 2025)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
        }  # fmt: skip
        if self.rng.random() < 0.8:
            record["URL"] = self._url(_DOMAINS.get(record["container-title"], "news.co.uk"))
            record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person(record, "news")
        return self._org(record, "news", record["container-title"], {"press"})

    def _post(self, kind: str, platforms: list[tuple[str, str]]) -> Work:
        platform, label = self.rng.choice(platforms)
        year = self.rng.randint(2018, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "webpage", "title": f"{self._title()} {label}", "container-title": platform,
                                  "URL": self._url(platform.lower().replace(" ", "") + ".com"),
                                  "accessed": self.accessed_after(issued), "issued": {"date-parts": [issued]}}  # fmt: skip
        if self.rng.random() < 0.5:
            record["author"] = [self.person()]
            return self._person(record, kind)
        name, tags = self.rng.choice(_COMPANIES + _PUBLIC[:10])
        return self._org(record, kind, name, tags)

    def _social(self) -> Work:
        return self._post("social", _PLATFORMS[:4])

    def _video(self) -> Work:
        return self._post("video", _PLATFORMS[3:5])

    def _podcast(self) -> Work:
        return self._post("podcast", _PLATFORMS[5:])

    def _web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url("transportblog.co.uk"),
                                  "accessed": self.accessed_after(None)}  # fmt: skip
        if self.rng.random() < 0.5:
            year = self.year()
            record["issued"] = {"date-parts": [[year]]}
            record["accessed"] = self.accessed_after(year)
        if self.rng.random() < 0.55:
            record["author"] = self._people(2)
            return self._person(record, "web")
        name, tags = self.rng.choice(_TRADE + _COMPANIES)
        return self._org(record, "web", name, tags | ({"undated"} if "issued" not in record else set()))
