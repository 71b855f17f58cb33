"""The blind382 pool's works: what marketers at hotel groups, boutique hotels, holiday-let agencies, glamping and
caravan parks, hostels, serviced apartments and online travel agents in the UK, Spain, Greece, Thailand, South Africa
and Mexico cite in CIM Level 6 and 7 reports and MBA assignments.

Hospitality-marketing and tourism textbooks and their chapters, journal articles on online reviews, revenue
management, direct booking, destination image and guest experience (one to eight authors), tourism boards,
regulators and trade bodies (VisitBritain, UKHospitality, the CMA, Turespaña, the Tourism Authority of Thailand...),
governments' tourism statistics, hotel groups' annual reports, investor presentations and press pages, market-research
and consultancy reports, travel and trade press, signed and unsigned news and undated web pages. Names are written as
this region's scholars print them in English-language journals: Spanish and Mexican double surnames, romanised Greek
and Thai names, Afrikaans particles ("van der Merwe", "du Plessis") and Zulu and Xhosa names.

Written without reading the checker, its tests or any other pool.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "web", "report", "news", "trade-press", "statistics", "annual-report",
         "investor", "press-release", "market-research", "consultancy")  # fmt: skip

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_GB", "es_ES", "es_ES", "es_MX", "en_TH", "zu_ZA", "en_IE", "en_US",
            "nl_NL", "it_IT"]  # fmt: skip
# Romanised Greek names as Greek scholars print them in English-language journals (family, given).
_GREEK = [("Papadopoulos", "Nikos"), ("Papathanassis", "Anestis"), ("Stylidis", "Dimitrios"), ("Kyriakaki", "Eleni"),
          ("Georgiou", "Maria"), ("Christou", "Prokopis"), ("Sigala", "Marianna"), ("Koutoulas", "Dimitris"),
          ("Vassiliadis", "Christos"), ("Zouni", "Georgia"), ("Tsiotsou", "Rodoula"), ("Dimitriou", "Kostas"),
          ("Karamanis", "Ioanna"), ("Alexandris", "Konstantinos"), ("Papageorgiou", "Athina"), ("Ntounis", "Nikos")]  # fmt: skip
_THAI = [("Chaiyasoonthorn", "Wasin"), ("Srisawat", "Pimchanok"), ("Wongsuwan", "Kanokwan"), ("Phongsakorn", "Niran"),
         ("Sukhothai", "Araya"), ("Rattanaphan", "Siriporn"), ("Jaroenwisan", "Kittisak"), ("Boonyarit", "Nattaya"),
         ("Thongchai", "Supaporn"), ("Kasemsuk", "Ploy")]  # fmt: skip
# Spanish and Mexican authors with both surnames, as Spanish-language scholars print them (sometimes hyphenated).
_HISPANIC = [("García-López", "Ana"), ("Martínez Peláez", "Jorge"), ("Rodríguez del Bosque", "Ignacio"),
             ("Fernández-Villarán", "Asunción"), ("Sánchez Ollero", "José Luis"), ("Moreno-Gil", "Sergio"),
             ("Pérez Aranda", "Javier"), ("Gómez Ramírez", "Lucía"), ("Hernández-Méndez", "Carmen"),
             ("Ramos Núñez", "Itzel"), ("Castañeda García", "Juan Antonio"), ("Ortega-Egea", "Marta")]  # fmt: skip
# South African names: Afrikaans with the particle apart, as reference managers keep it (particle, family, given).
_AFRIKAANS = [("van der", "Merwe", "Pieter"), ("du", "Plessis", "Elmarie"), ("van", "Zyl", "Christo"),
              ("de", "Klerk", "Sanet"), ("van der", "Westhuizen", "Marlene"), ("le", "Roux", "Anel"),
              ("du", "Toit", "Hennie"), ("van", "Heerden", "Riana")]  # fmt: skip
_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("VisitBritain", {"tourism-board"}), ("VisitEngland", {"tourism-board"}), ("VisitScotland", {"tourism-board"}),
    ("Visit Wales", {"tourism-board"}), ("VisitBritain/VisitEngland", {"tourism-board", "slash"}),
    ("UKHospitality", {"trade-body"}), ("UK Hospitality", {"trade-body"}),
    ("British Holiday & Home Parks Association (BH&HPA)", {"trade-body", "ampersand", "abbreviation"}),
    ("Professional Association of Self-Caterers UK", {"trade-body"}),
    ("Association of British Travel Agents (ABTA)", {"trade-body", "abbreviation"}), ("ABTA", {"trade-body", "acronym"}),
    ("Competition and Markets Authority", {"government"}), ("Competition & Markets Authority (CMA)", {"government", "ampersand", "abbreviation"}),
    ("CMA", {"government", "acronym"}), ("Office for National Statistics", {"government"}),
    ("Department for Culture, Media and Sport", {"government", "comma"}), ("Welsh Government", {"government"}),
    ("Scottish Government", {"government"}), ("Instituto Nacional de Estadística (INE)", {"government", "abbreviation"}),
    ("Turespaña", {"tourism-board"}), ("Exceltur", {"trade-body"}), ("Greek Tourism Confederation (SETE)", {"trade-body", "abbreviation"}),
    ("INSETE", {"trade-body", "acronym"}), ("Hellenic Chamber of Hotels", {"trade-body"}),
    ("Tourism Authority of Thailand", {"tourism-board"}), ("Thai Hotels Association", {"trade-body"}),
    ("South African Tourism", {"tourism-board"}), ("Tourism Business Council of South Africa", {"trade-body"}),
    ("Federated Hospitality Association of Southern Africa (FEDHASA)", {"trade-body", "abbreviation"}),
    ("Statistics South Africa", {"government"}), ("Secretaría de Turismo (SECTUR)", {"government", "abbreviation"}),
    ("Instituto Nacional de Estadística y Geografía (INEGI)", {"government", "abbreviation"}),
    ("UN Tourism", {"intergovernmental"}), ("World Travel & Tourism Council", {"trade-body", "ampersand"}),
    ("OECD", {"intergovernmental", "acronym"}), ("European Commission", {"government"}),
    ("Whitbread PLC", {"hotel-group"}), ("Premier Inn", {"hotel-group"}), ("IHG Hotels & Resorts", {"hotel-group", "ampersand"}),
    ("InterContinental Hotels Group PLC", {"hotel-group"}), ("Travelodge", {"hotel-group"}),
    ("Meliá Hotels International", {"hotel-group"}), ("NH Hotel Group", {"hotel-group"}), ("Minor Hotels", {"hotel-group"}),
    ("Tsogo Sun", {"hotel-group"}), ("City Lodge Hotels", {"hotel-group"}), ("Grupo Posadas", {"hotel-group"}),
    ("Sykes Holiday Cottages", {"holiday-let"}), ("Sykes Cottages", {"holiday-let"}), ("Hoseasons", {"holiday-let"}),
    ("Haven", {"holiday-park"}), ("Bourne Leisure", {"holiday-park"}), ("Parkdean Resorts", {"holiday-park"}),
    ("Center Parcs", {"holiday-park"}), ("Pitchup.com", {"platform", "punctuation"}), ("YHA (England & Wales)", {"hostel", "ampersand", "brackets"}),
    ("Hostelworld Group plc", {"platform"}), ("Airbnb", {"platform"}), ("Booking.com", {"platform", "punctuation"}),
    ("Booking Holdings", {"platform"}), ("Expedia Group", {"platform"}), ("Tripadvisor", {"platform"}),
    ("STR", {"data-firm", "acronym"}), ("CoStar", {"data-firm"}), ("AirDNA", {"data-firm"}), ("Phocuswright", {"data-firm"}),
    ("Mintel", {"market-research"}), ("Statista", {"market-research"}), ("Euromonitor International", {"market-research"}),
    ("YouGov", {"market-research"}), ("Kantar", {"market-research"}), ("Deloitte", {"consultancy"}),
    ("PwC", {"consultancy", "acronym"}), ("Knight Frank", {"consultancy"}), ("Savills", {"consultancy"}),
    ("JLL", {"consultancy", "acronym"}), ("HVS", {"consultancy", "acronym"}), ("McKinsey & Company", {"consultancy", "ampersand"}),
    ("Ernst & Young", {"consultancy", "ampersand"}), ("Christie & Co", {"consultancy", "ampersand"}),
    ("Which?", {"consumer-body", "punctuation"}), ("Skift", {"press"}), ("Hotel Owner", {"press"}),
]  # fmt: skip
_PRESS = ["Travel Weekly", "TTG", "Boutique Hotelier", "Hotel Owner", "The Caterer", "Skift", "Hospitality Net",
          "PhocusWire", "Hotel Management", "Caravan Industry", "The Guardian", "Financial Times", "The Times",
          "BBC News", "The Telegraph", "Greek Reporter", "Bangkok Post", "El País (English edition)",
          "Mexico News Daily", "Business Day", "Daily Maverick", "Tourism Update"]  # fmt: skip
_TOPICS = ["online reviews", "revenue management", "direct booking", "destination image", "guest experience",
           "dynamic pricing", "OTA commission", "rate parity", "hotel loyalty programmes", "management responses to reviews",
           "glamping demand", "short-term rentals", "overtourism", "eWOM", "service recovery", "brand.com conversion",
           "the staycation market", "sustainable tourism", "hostel guests", "wellness tourism", "upselling",
           "channel management", "Instagram and destination choice", "all-inclusive resorts", "Airbnb and hotels",
           "memorable tourism experiences", "room-rate fences", "servicescape", "tourist taxes", "Gen Z travellers"]  # fmt: skip
_PLACES = ["the UK", "Spain", "Greece", "Thailand", "South Africa", "Mexico", "the Balearic Islands", "Crete",
           "Phuket", "Cape Town", "Cancún", "the Lake District", "Cornwall", "Santorini", "Chiang Mai", "Tulum",
           "the Canary Islands", "the Garden Route", "Scotland", "Andalucía"]  # fmt: skip
_JOURNALS = ["Tourism Management", "International Journal of Hospitality Management", "Annals of Tourism Research",
             "Journal of Travel Research", "International Journal of Contemporary Hospitality Management",
             "Cornell Hospitality Quarterly", "Journal of Hospitality Marketing & Management", "Current Issues in Tourism",
             "Journal of Destination Marketing & Management", "Tourism Management Perspectives",
             "Journal of Revenue and Pricing Management", "Journal of Vacation Marketing", "Tourism Review",
             "Journal of Hospitality and Tourism Technology", "Journal of Sustainable Tourism",
             "European Journal of Tourism Research", "Journal of Hospitality and Tourism Management",
             "African Journal of Hospitality, Tourism and Leisure", "Asia Pacific Journal of Tourism Research",
             "PASOS Revista de Turismo y Patrimonio Cultural"]  # fmt: skip
_BOOKS = [("Marketing for Hospitality and Tourism", "Pearson", "Harlow"),
          ("Tourism: Principles and Practice", "Pearson", "Harlow"), ("Hospitality Marketing", "Routledge", "Abingdon"),
          ("Revenue Management for the Hospitality Industry", "Wiley", "Hoboken, NJ"),
          ("Services Marketing: People, Technology, Strategy", "World Scientific", "Singapore"),
          ("Destination Marketing: An Integrated Marketing Communication Approach", "Routledge", "Abingdon"),
          ("Tourism Marketing: A Strategic Approach", "Goodfellow", "Oxford"),
          ("The Business of Tourism", "Pearson", "Harlow"), ("Digital Marketing for Tourism", "CABI", "Wallingford"),
          ("Hotel Revenue Management: From Theory to Practice", "Zangador", "Varna"),
          ("Strategic Management in Tourism", "CABI", "Wallingford"), ("Marketing Management", "Pearson", "Harlow"),
          ("Principles of Marketing", "Pearson", "Harlow"), ("Consumer Behaviour in Tourism", "Routledge", "Abingdon"),
          ("The Experience Economy", "Harvard Business Review Press", "Boston, MA"),
          ("Hospitality Management: Accommodation and Guest Experience", "Sage", "London"),
          ("Glamping and Rural Tourism", "CABI", "Wallingford"), ("Tourism in the Developing World", "Sage", "London")]  # fmt: skip
_HANDBOOKS = ["The Routledge Handbook of Hospitality Studies", "The Routledge Handbook of Tourism Marketing",
              "The Sage Handbook of Tourism Management", "Handbook of Revenue Management in Hospitality and Tourism",
              "The Routledge Handbook of Tourism Experience Management and Marketing",
              "Research Handbook on Sharing Economy and Tourism", "Tourism and Hospitality in Southeast Asia",
              "Tourism in Mexico and Latin America", "Contemporary Issues in South African Tourism"]  # fmt: skip


class Blind382WorkFactory(WorkFactory):
    """Works for the blind382 pool: hospitality and tourism marketing in the UK, Spain, Greece, Thailand, South Africa
    and Mexico. A subclass with a random source of its own, so no other pool's corpus changes."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 38200)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.dated_orgs: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.12:
            family, given = self.rng.choice(_GREEK)
            return {"family": family, "given": given}
        if roll < 0.2:
            family, given = self.rng.choice(_THAI)
            return {"family": family, "given": given}
        if roll < 0.3:
            family, given = self.rng.choice(_HISPANIC)
            return {"family": family, "given": given}
        if roll < 0.36:
            particle, family, given = self.rng.choice(_AFRIKAANS)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():
            return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        roll = self.rng.random()
        if roll < 0.06:
            family = f"{family}-{self.fakers['en_GB'].last_name()}"
        elif roll < 0.1:
            family = self.rng.choice(["O'", "Mc", "Mac"]) + self.fakers["en_GB"].last_name().split("-")[0]
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.05:  # the classics: Pine and Gilmore, Parasuraman, Butler
            return self.rng.randint(1980, 2004)
        return self.rng.randint(2010, 2025)

    def _title(self) -> str:
        topic, place = self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"The effect of {topic} on hotel performance",
                 f"{topic[0].upper()}{topic[1:]} and {self.rng.choice(_TOPICS)}: evidence from {place}",
                 f"Rethinking {topic} after the pandemic", f"How {topic} shapes booking intentions",
                 f"{topic[0].upper()}{topic[1:]}: a systematic review", f"Guests, platforms and {topic}",
                 f"Understanding {topic} among independent hoteliers in {place}"]  # fmt: skip
        return self.rng.choice(forms)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then a second work of an organisation already in the report, in the same year ("STR, 2023a/b").
        # Only for works whose title carries no year of its own.
        pairable = kind in ("web", "press-release", "news", "trade-press")
        if self.dated_orgs and pairable and "issued" in record and self.rng.random() < 0.2:
            name, tags, issued = self.rng.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(issued["date-parts"][0][0])
        if "issued" in record:
            self.dated_orgs.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        first = max(2022, (year or 2021) + 1)  # read after the year it came out, whatever its day
        return {
            "date-parts": [
                [self.rng.randint(first, max(first, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            ]
        }

    def _url(self, host: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        return f"https://www.{host}/{fake.slug()}" if host else fake.url() + fake.uri_path()

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "web", "report", "news", "trade-press", "statistics", "annual-report",
             "investor", "press-release", "market-research", "consultancy"],
            weights=[11, 5, 24, 9, 6, 5, 6, 6, 4, 2, 3, 7, 5],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        title, publisher, place = self.rng.choice(_BOOKS)
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.4:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(_HANDBOOKS), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Sage", "Edward Elgar", "CABI", "Springer"]),
            "publisher-place": self.rng.choice(["Abingdon", "London", "Cheltenham", "Wallingford", "Cham"]),
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(5, 120)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{(start := self.rng.randint(1, 1200))}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.choice(['1016', '1177', '1108', '1080'])}/{self.fakers['en_GB'].lexify('????')}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _web(self) -> Work:
        """A web page: a tourism board's, a hotel group's or a platform's, often undated."""
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url()}
        year = self.year() if self.rng.random() < 0.6 else None
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after(year)
        if self.rng.random() < 0.25:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags | (set() if year else {"undated"}))

    def _report(self) -> Work:
        """A report by a tourism board, trade body or regulator; sometimes by named researchers for them."""
        name, tags = self.organisation()
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([self._title(), f"{self.rng.choice(['Annual review', 'Domestic sentiment tracker', 'Inbound tourism forecast', 'Self-catering market report', 'Holiday parks economic impact study'])} {year}"]),
            "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0], "publisher-place": self.rng.choice(["London", "Madrid", "Athens", "Bangkok", "Pretoria", "Mexico City", "Edinburgh"]),
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url()
            record["accessed"] = self._accessed_after(year)
        if self.rng.random() < 0.25:
            record["author"] = self._people(3)
            return self._person_work(record, "report")
        if self.rng.random() < 0.12:
            record.pop("issued")
            return self._org_work(record, "report", name, tags | {"undated"})
        return self._org_work(record, "report", name, tags)

    def _news(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS[10:]),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(), "accessed": self._accessed_after(year),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press", "unsigned"})

    def _trade_press(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-magazine", "title": self._title(), "container-title": self.rng.choice(_PRESS[:10]),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(), "accessed": self._accessed_after(year),
        }  # fmt: skip
        if self.rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person_work(record, "trade-press")
        return self._org_work(record, "trade-press", record["container-title"], {"press", "unsigned"})

    def _statistics(self) -> Work:
        name = self.rng.choice(["Office for National Statistics", "VisitBritain", "Instituto Nacional de Estadística (INE)",
                                "Statistics South Africa", "Secretaría de Turismo (SECTUR)", "Tourism Authority of Thailand",
                                "Hellenic Statistical Authority (ELSTAT)", "Welsh Government", "Scottish Government",
                                "Department for Culture, Media and Sport", "Ministry of Tourism and Sports (Thailand)"])  # fmt: skip
        year = self.year()
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "dataset", "webpage"]),
            "title": self.rng.choice([f"Tourist accommodation occupancy survey: {year}", f"Inbound visits and spend, {year}",
                                      f"International tourist arrivals by country of residence, {year}",
                                      f"Short-term lets: number of listings, {year}", f"Travel trends: {year}"]),
            "issued": {"date-parts": [[year]]}, "URL": self._url(), "accessed": self._accessed_after(year),
        }  # fmt: skip
        return self._org_work(record, "statistics", name, {"government", "statistics"})

    def _annual_report(self) -> Work:
        name, tags = self.rng.choice(
            [o for o in _ORGANISATIONS if o[1] & {"hotel-group", "holiday-park", "platform", "holiday-let"}]
        )
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report and accounts {year}", f"Integrated report {year}",
                                                        f"Annual report {year}/{str(year + 1)[2:]}", f"Sustainability report {year}"]),
            "issued": {"date-parts": [[year]]}, "publisher": name, "URL": self._url(), "accessed": self._accessed_after(year),
        }  # fmt: skip
        return self._org_work(record, "annual-report", name, set(tags))

    def _investor(self) -> Work:
        name, tags = self.rng.choice([o for o in _ORGANISATIONS if o[1] & {"hotel-group", "platform", "holiday-park"}])
        year = self.year()
        record: dict[str, Any] = {
            "type": "speech", "title": self.rng.choice(["Capital markets day presentation", f"Q{self.rng.randint(1, 4)} {year} results presentation",
                                                        f"Full-year {year} results: investor presentation"]),
            "genre": "Investor presentation", "issued": {"date-parts": [[year, self.rng.randint(1, 12)]]},
            "URL": self._url(), "accessed": self._accessed_after(year),
        }  # fmt: skip
        return self._org_work(record, "investor", name, set(tags))

    def _press_release(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        record: dict[str, Any] = {
            "type": "webpage", "title": f"{name.split(' (')[0]} {self.rng.choice(['announces', 'welcomes', 'responds to', 'launches'])} {self.rng.choice(_TOPICS)}",
            "genre": "Press release", "URL": self._url(),
        }  # fmt: skip
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
            record["accessed"] = self._accessed_after(year)
        else:
            year = None
            record["accessed"] = self._accessed_after(None)
        return self._org_work(record, "press-release", name, set(tags))

    def _market_research(self) -> Work:
        name = self.rng.choice(["Mintel", "Statista", "Euromonitor International", "YouGov", "Kantar", "STR", "AirDNA",
                                "Phocuswright", "GlobalData", "IBISWorld"])  # fmt: skip
        year = self.year()
        market, place = self.rng.choice(["holiday parks", "budget hotels", "holiday lets", "glamping", "hostels",
                                         "serviced apartments", "boutique hotels", "online travel agents", "all-inclusive holidays",
                                         "short-term rentals"]), self.rng.choice(_PLACES)  # fmt: skip
        record: dict[str, Any] = {
            "type": "report", "publisher": name, "URL": self._url(f"{name.split()[0].lower()}.com"),
            "title": self.rng.choice([f"{market[0].upper()}{market[1:]} - UK - {self.rng.choice(['March', 'July', 'November'])} {year}",
                                      f"{market[0].upper()}{market[1:]} in {place}: market report {year}",
                                      f"Average daily rate of {market} in {place} from 2019 to {year}",
                                      f"{market[0].upper()}{market[1:]}: consumer trends {year}"]),
        }  # fmt: skip
        record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after(year)
        if name == "Statista" and self.rng.random() < 0.4:  # a chart page with its compiler named
            record["author"] = self._people(1)
            return self._person_work(record, "market-research")
        return self._org_work(record, "market-research", name, {"market-research"})

    def _consultancy(self) -> Work:
        name = self.rng.choice(["Deloitte", "PwC", "Knight Frank", "Savills", "JLL", "HVS", "McKinsey & Company",
                                "Ernst & Young", "Christie & Co", "CBRE Hotels"])  # fmt: skip
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "publisher": name,
            "title": self.rng.choice([f"UK hotels forecast {year}", f"European hotel investment outlook {year}",
                                      "The future of travel distribution", f"Holiday parks market review {year}",
                                      f"Thailand hospitality market update {year}", "Mexican Caribbean hotel market snapshot"]),
            "issued": {"date-parts": [[year]]}, "publisher-place": "London",
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self._url()
            record["accessed"] = self._accessed_after(year)
        if self.rng.random() < 0.35:  # the partners who wrote it
            record["author"] = self._people(3)
            return self._person_work(record, "consultancy")
        return self._org_work(record, "consultancy", name, {"consultancy"})
