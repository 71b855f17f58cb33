"""The blind389 pool's works: what marketers at airlines, airports, tour operators, cruise lines, coach operators
and travel agents in the UK, Ireland, Spain, Greece, Turkey, the UAE and India cite in CIM Level 4 to 6 reports.

Written without reading the checker or any other pool: marketing, services-marketing and tourism-marketing
textbooks and their chapters; journal articles on loyalty programmes, dynamic pricing, service recovery, travel
intermediaries and destination marketing with one to eight authors; regulators and industry bodies (the CAA, ABTA,
IATA, the UNWTO, the WTTC, Airlines UK and their Irish, Spanish, Greek, Turkish, Emirati and Indian counterparts);
legislation on package travel and passenger rights; airlines' and tour operators' annual reports and investor
presentations; market-research and data firms (Mintel, Phocuswright, OAG, Cirium and smaller ones); trade press,
signed and unsigned news, and undated web pages. Names are written as the region's scholars print them: Irish fadas,
Spanish double surnames, romanised Greek, Turkish letters, Arabic "Al-" and "Al " forms and Indian names.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "report", "web", "legislation", "news")

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IE", "es_ES", "tr_TR", "en_IN"]
# Names as the region's scholars print them on English-language papers (family, given).
_NAMES = [
    ("Papatheodorou", "Andreas"), ("Buhalis", "Dimitris"), ("Karamanlis", "Eleni"), ("Christodoulou", "Maria"),
    ("Georgiou", "Nikos"), ("Kokkinou", "Alexandra"), ("Stylidis", "Dimitrios"), ("Vassiliadis", "Chris A."),
    ("Yılmaz", "Elif"), ("Öztürk", "Ahmet Bülent"), ("Çelik", "Mehmet"), ("Şahin", "Zeynep"), ("Ünal", "Burak"),
    ("Güzel", "Özlem"), ("Kozak", "Metin"), ("Akgündüz", "Yıldırım"), ("Al-Hammadi", "Fatima"), ("Al Suwaidi", "Khalid"),
    ("Al-Marzooqi", "Mariam"), ("Bin Rashid", "Saeed"), ("Haddad", "Rania"), ("El-Gohary", "Hatem"),
    ("Sharma", "Priya"), ("Iyer", "Lakshmi"), ("Bhattacharya", "Rohan"), ("Reddy", "Srinivas"), ("Nair", "Anjali"),
    ("Chatterjee", "Arjun"), ("Kaur", "Harpreet"), ("Gupta", "Vikram"), ("Ó Briain", "Siobhán"), ("Ní Bhriain", "Aoife"),
    ("Mac Cárthaigh", "Seán"), ("O'Connell", "Niamh"), ("McGrath", "Ciarán"), ("Martínez-López", "Francisco J."),
    ("García Rodríguez", "Lucía"), ("Fernández-Villarán", "Ascensión"), ("Muñoz", "Javier"), ("Sánchez-Rivero", "Marcelino"),
    ("Alegre", "Joaquín"), ("Ruiz-Molina", "María Eugenia"),
]  # fmt: skip
_PARTICLE_NAMES = [("de", "la Fuente", "Carmen"), ("del", "Río", "Pablo"), ("de", "Juan", "Ángel")]  # fmt: skip
# Who these candidates cite when no person is named, with what makes each hard.
_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("Civil Aviation Authority", {"government"}), ("Civil Aviation Authority (CAA)", {"government", "abbreviation"}),
    ("CAA", {"government", "acronym"}), ("ABTA", {"trade-body", "acronym"}),
    ("ABTA – The Travel Association", {"trade-body", "dash"}),
    ("International Air Transport Association (IATA)", {"trade-body", "abbreviation"}), ("IATA", {"trade-body", "acronym"}),
    ("World Tourism Organization (UNWTO)", {"trade-body", "abbreviation"}), ("UNWTO", {"trade-body", "acronym"}),
    ("World Travel & Tourism Council", {"trade-body", "ampersand"}),
    ("World Travel & Tourism Council (WTTC)", {"trade-body", "ampersand", "abbreviation"}),
    ("Airlines UK", {"trade-body"}), ("Airport Operators Association", {"trade-body"}),
    ("Department for Transport", {"government"}), ("Commission for Aviation Regulation", {"government"}),
    ("Fáilte Ireland", {"government", "accent"}), ("Tourism Ireland", {"government"}), ("VisitBritain", {"government"}),
    ("Aena S.M.E., S.A.", {"company", "comma"}), ("Turespaña", {"government", "accent"}),
    ("Instituto Nacional de Estadística (INE)", {"government", "abbreviation"}),
    ("Hellenic Statistical Authority (ELSTAT)", {"government", "abbreviation"}),
    ("Greek National Tourism Organisation", {"government"}), ("Turkish Statistical Institute", {"government"}),
    ("Republic of Türkiye Ministry of Culture and Tourism", {"government", "accent"}),
    ("General Civil Aviation Authority (GCAA)", {"government", "abbreviation"}),
    ("Dubai's Department of Economy and Tourism", {"government", "apostrophe"}),
    ("Directorate General of Civil Aviation (DGCA)", {"government", "abbreviation"}),
    ("Ministry of Tourism, Government of India", {"government", "comma"}), ("Which?", {"trade-body", "punctuation"}),
    ("easyJet plc", {"company", "lowercase"}), ("Ryanair Holdings plc", {"company"}), ("Jet2 plc", {"company"}),
    ("TUI Group", {"company"}), ("TUI UK & Ireland", {"company", "ampersand"}), ("Wizz Air Holdings Plc", {"company"}),
    ("Aer Lingus", {"company"}), ("Loganair", {"company"}), ("Emirates Group", {"company"}),
    ("flydubai", {"company", "lowercase"}), ("Air Arabia", {"company"}), ("InterGlobe Aviation Ltd", {"company"}),
    ("Air India", {"company"}), ("Pegasus Airlines", {"company"}), ("Turkish Airlines", {"company"}),
    ("Vueling", {"company"}), ("Aegean Airlines", {"company"}), ("International Airlines Group", {"company"}),
    ("Heathrow Airport Limited", {"company"}), ("Manchester Airports Group (MAG)", {"company", "abbreviation"}),
    ("daa plc", {"company", "lowercase"}), ("Dubai Airports", {"company"}), ("On the Beach Group plc", {"company"}),
    ("loveholidays", {"company", "lowercase"}), ("Hays Travel", {"company"}), ("Trailfinders", {"company"}),
    ("Kuoni", {"company"}), ("Carnival UK", {"company"}), ("P&O Cruises", {"company", "ampersand"}),
    ("Marella Cruises", {"company"}), ("Celestyal Cruises", {"company"}), ("National Express Group", {"company"}),
    ("Shearings", {"company"}), ("MakeMyTrip", {"company"}), ("Thomas Cook (India) Ltd", {"company", "brackets"}),
    ("Saga plc", {"company"}), ("Virgin Atlantic", {"company"}), ("Barrhead Travel", {"company"}),
    ("Sunvil", {"company"}), ("Olympic Holidays", {"company"}), ("Corendon", {"company"}),
]  # fmt: skip
_RESEARCH = ["Mintel", "Mintel", "Phocuswright", "OAG", "Cirium", "Euromonitor International", "Statista",
             "YouGov", "Skift Research", "ForwardKeys", "GlobalData", "Simon-Kucher & Partners", "Kantar",
             "CAPA – Centre for Aviation", "ch-aviation", "Travel Weekly Insight", "Global Market Insights"]  # fmt: skip
_PRESS = ["Travel Weekly", "TTG", "Travel Trade Gazette", "Business Traveller", "Simple Flying", "Skift",
          "Aviation Week", "FlightGlobal", "Arabian Business", "Gulf News", "The National", "Hürriyet Daily News",
          "eKathimerini", "The Hindu BusinessLine", "The Economic Times", "The Irish Times", "Irish Independent",
          "BBC News", "The Guardian", "Financial Times", "El País in English", "Cruise Industry News",
          "Travel Gossip", "Breaking Travel News", "The Times", "Daily Sabah"]  # fmt: skip
_TOPICS = ["loyalty programmes", "dynamic pricing", "service recovery", "travel intermediaries",
           "destination marketing", "ancillary revenue", "low-cost carriers", "package holidays",
           "online travel agents", "airport retail", "customer complaints", "flight delays", "overtourism",
           "cruise tourism", "coach tourism", "frequent-flyer schemes", "revenue management", "brand trust",
           "all-inclusive holidays", "airline alliances", "price transparency", "sustainable aviation",
           "travel apps", "customer satisfaction", "word of mouth", "regional airports", "holiday booking"]  # fmt: skip
_PLACES = ["the UK", "Ireland", "Spain", "Greece", "Turkey", "Türkiye", "the UAE", "India", "Europe", "the Gulf",
           "the Mediterranean", "Dubai", "the Canary Islands", "Crete", "Antalya", "Goa", "Kerala", "Scotland"]  # fmt: skip
_JOURNALS = ["Tourism Management", "Annals of Tourism Research", "Journal of Travel Research",
             "Journal of Air Transport Management", "Journal of Services Marketing", "Journal of Service Research",
             "Journal of Destination Marketing & Management", "International Journal of Hospitality Management",
             "Current Issues in Tourism", "Journal of Revenue and Pricing Management", "Transport Policy",
             "Tourism Economics", "Journal of Travel & Tourism Marketing", "Anatolia", "Tourism Review",
             "Journal of Vacation Marketing", "Journal of Business Research", "European Journal of Marketing",
             "Tourism Management Perspectives", "Journal of Retailing and Consumer Services"]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Oxford University Press", "Oxford"), ("Goodfellow Publishers", "Oxford"), ("CABI", "Wallingford"),
               ("McGraw-Hill Education", "Maidenhead"), ("Cengage", "Andover"), ("Channel View Publications", "Bristol"),
               ("Palgrave Macmillan", "London"), ("Edward Elgar", "Cheltenham")]  # fmt: skip
_BOOK_TITLES = ["Services marketing: people, technology, strategy", "Marketing for hospitality and tourism",
                "Tourism marketing: a collaborative approach", "Airline marketing and management",
                "The business of tourism", "Destination marketing: an integrated marketing communication approach",
                "Strategic management for travel and tourism", "Principles of marketing", "Marketing management",
                "Consumer behaviour in tourism", "Flying off course: airline economics and marketing",
                "The global airline industry", "Tour operators and operations", "Cruise ship tourism",
                "Digital marketing for tourism", "Revenue management for hospitality and tourism",
                "Travel agency management", "Marketing in travel and tourism", "Airport marketing",
                "Customer experience management in travel"]  # fmt: skip
LEGISLATION = [
    ("legislation.gov.uk", "The Package Travel and Linked Travel Arrangements Regulations 2018", 2018, "https://www.legislation.gov.uk/uksi/2018/634/contents"),
    ("legislation.gov.uk", "The Civil Aviation (Air Travel Organisers' Licensing) Regulations 2012", 2012, "https://www.legislation.gov.uk/uksi/2012/1017/contents"),
    ("legislation.gov.uk", "Consumer Rights Act 2015", 2015, "https://www.legislation.gov.uk/ukpga/2015/15/contents"),
    ("European Parliament and Council of the European Union", "Regulation (EC) No 261/2004 on compensation and assistance to passengers in the event of denied boarding and of cancellation or long delay of flights", 2004, "https://eur-lex.europa.eu/eli/reg/2004/261/oj"),
    ("European Parliament and Council of the European Union", "Directive (EU) 2015/2302 on package travel and linked travel arrangements", 2015, "https://eur-lex.europa.eu/eli/dir/2015/2302/oj"),
    ("European Parliament and Council of the European Union", "Regulation (EU) No 1177/2010 concerning the rights of passengers when travelling by sea and inland waterway", 2010, "https://eur-lex.europa.eu/eli/reg/2010/1177/oj"),
    ("Irish Statute Book", "Package Holidays and Travel Trade Act 1995", 1995, "https://www.irishstatutebook.ie/eli/1995/act/17/enacted/en/html"),
    ("Directorate General of Civil Aviation (DGCA)", "Civil Aviation Requirements, Section 3, Series M, Part IV: facilities to be provided to passengers by airlines due to denied boarding, cancellation of flights and delays in flights", 2019, "https://www.dgca.gov.in/digigov-portal/"),
    ("Directorate General of Civil Aviation (Türkiye)", "Air Passenger Rights Regulation (SHY-YOLCU)", 2012, "https://web.shgm.gov.tr/en/"),
]  # fmt: skip


class Blind389WorkFactory(WorkFactory):
    """Works cited by marketers at airlines, airports, tour operators, cruise lines, coach operators and travel
    agents in the UK, Ireland, Spain, Greece, Turkey, the UAE and India. A subclass of WorkFactory with a random
    source of its own, so no other pool's corpus changes."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 3890)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 389 + index)
                self.fakers[locale] = fake
        self.dated_organisations: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people, organisations, dates
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.35:
            family, given = self.rng.choice(_NAMES)
            return {"family": family, "given": given}
        if roll < 0.39:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():
            return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        if self.rng.random() < 0.06:
            family = f"{family}-{self.fakers['en_GB'].last_name().split('-')[0]}"
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.06:  # the classics of services marketing
            return self.rng.randint(1985, 2004)
        return self.rng.randint(2009, 2025)

    def accessed_after(self, year: int | None, month: int = 1, day: int = 1) -> dict[str, list[list[int]]]:
        """An access date on or after the work's date, from 2022 (when these candidates read them) to 2025."""
        first = max(2022, year or 2022)
        accessed = [self.rng.randint(first, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        if year is not None and accessed[0] == year:
            accessed = [year, self.rng.randint(month, 12), self.rng.randint(1, 28)]
            if accessed[1] == month:
                accessed[2] = self.rng.randint(day, 28)
        return {"date-parts": [accessed]}

    def _url(self) -> str:
        return self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path()

    def _title(self) -> str:
        topic, other, place = self.rng.choice(_TOPICS), self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        forms = [
            f"{topic.capitalize()} and {other}: evidence from {place}",
            f"The effect of {topic} on {other}",
            f"{topic.capitalize()} in {place}: a review",
            f"Rethinking {topic} after the pandemic",
            f"How {topic} shapes {other} among holidaymakers",
            f"{topic.capitalize()}: what travel brands need to know",
            f"Understanding {topic} in {place}",
        ]
        return self.rng.choice(forms)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then one organisation's second work of a year ("CAA, 2024a" and "2024b").
        # Only a body's own pages and reports are paired: an annual report or a research firm's title names its year.
        pairable = kind != "news" and not tags & {"annual-report", "market-research"}
        if pairable and self.dated_organisations and "issued" in record and self.rng.random() < 0.14:
            name, tags, issued = self.rng.choice(self.dated_organisations)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(issued["date-parts"][0][0])
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
        elif pairable and "issued" in record:
            self.dated_organisations.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "body-web", "body-report", "annual-report", "market-research",
             "legislation", "press", "undated-web"],
            weights=[12, 6, 22, 12, 8, 8, 9, 4, 12, 7],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        title = self.rng.choice(_BOOK_TITLES) if self.rng.random() < 0.6 else self._title()
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.4:
            record["edition"] = str(self.rng.randint(2, 9))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The Routledge handbook of", "The Sage handbook of", "Contemporary issues in", "Case studies in"]) + " " + self.rng.choice(_TOPICS),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 105)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{(start := self.rng.randint(1, 1200))}-{start + self.rng.randint(8, 24)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/j.{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(2010, 2025)}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _body_web(self) -> Work:
        name, tags = self.organisation()
        year = self.year() if self.rng.random() < 0.75 else None
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url(),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, "web", name, tags)

    def _body_report(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        place = self.rng.choice(_PLACES)
        title = self.rng.choice([f"UK aviation market review {year}", f"Holiday habits report {year}",
                                 f"Travel and tourism economic impact {year}: {place}", f"Passenger survey {year}",
                                 f"Consumer trends {year}", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0], "publisher-place": self.rng.choice(["London", "Dublin", "Madrid", "Geneva", "Dubai", "New Delhi", "Athens", "Ankara"])}  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self._url()
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "report", name, tags)

    def _annual_report(self) -> Work:
        name, tags = self.rng.choice([o for o in _ORGANISATIONS if "company" in o[1]])
        year = self.rng.randint(2015, 2025)
        title = self.rng.choice([f"Annual report and accounts {year}", f"Annual report {year - 1}/{str(year)[2:]}",
                                 f"Full-year results {year}: investor presentation", f"Capital markets day {year}",
                                 f"Sustainability report {year}", f"Half-year results presentation H1 FY{str(year)[2:]}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0], "URL": self._url(),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org_work(record, "report", name, set(tags) | {"annual-report"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2016, 2025)
        place = self.rng.choice(_PLACES)
        title = self.rng.choice([f"Holiday review - UK - {self.rng.choice(['January', 'May', 'October'])} {year}",
                                 f"Short- and mid-haul holidays - UK - {year}", f"European online travel overview {year}",
                                 f"Airline on-time performance review {year}", f"Cruises - UK - {year}",
                                 f"Low-cost carrier capacity in {place}, {year}", f"Travel agents - {place} - {year}",
                                 f"Number of international tourist arrivals in {place} from 2015 to {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name, "URL": self._url(), "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org_work(record, "report", name, {"market-research"})

    def _legislation(self) -> Work:
        name, title, year, url = self.rng.choice(LEGISLATION)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": url, "accessed": self.accessed_after(year)}  # fmt: skip
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        return Work(record, name, str(year), True, 1, "legislation", {"legislation", "organisation"})

    def _press(self) -> Work:
        year, month, day = self.rng.randint(2012, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, month, day]]}, "URL": self._url(),
            "accessed": self.accessed_after(year, month, day),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(3)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url(),
                                  "accessed": self.accessed_after(None)}  # fmt: skip
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags | {"undated"})
