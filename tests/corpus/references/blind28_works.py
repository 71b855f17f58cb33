"""Works for the twenty-eighth held-out pool, "blind28": what Mediterranean tourism marketers cite.

HELD OUT: never tune the checker on this pool; report its tables, never its misses.

Written by a twenty-eighth hand, without reading the checker, its tests or the other pools, from the sources that
hospitality, travel and tourism marketing students and managers in Spain, Italy, Greece, Portugal, Turkey, Cyprus and
Malta read for CIM qualifications taken in English: tourism textbooks in their editions, chapters of edited
handbooks, Tourism Management and Annals of Tourism Research, UNWTO, WTTC, Eurostat and the national statistics
offices, national and regional tourism boards, hotel groups' and cruise lines' annual reports, STR, Phocuswright
and Skift, the national press in English and trade press, and YouTube and Instagram posts.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# (family, given, particle): double surnames, particles, Greek, Turkish and Maltese letters
PEOPLE = [
    ("García Sánchez", "Lucía", ""), ("Fernández-Caballero", "Javier", ""), ("Cruz", "Marta", "de la"),
    ("Río", "Álvaro", "del"), ("Santos", "João", "dos"), ("Sousa Pinto", "Inês", "de"), ("Costa", "Rui", "da"),
    ("Stefano", "Giulia", "di"), ("Rosa", "Francesca", "De"), ("Bianco", "Salvatore", "Lo"), ("Papadopoulou", "Eleni", ""),
    ("Karagiannis", "Dimitris", ""), ("Oikonomou", "Sofia", ""), ("Yılmaz", "Ayşe", ""), ("Çelik", "Mehmet", ""),
    ("Doğan", "İlker", ""), ("Şahin", "Gülşen", ""), ("Öztürk", "Barış", ""), ("Borġ", "Ġorġ", ""),
    ("Cassar", "Marija", ""), ("Camilleri", "Ċensu", ""), ("Żammit", "Ħelena", ""), ("Mifsud", "Kurt", ""),
    ("Georgiou", "Andreas", ""), ("Christodoulou", "Maria", ""), ("Ferreira Gomes", "Beatriz", ""),
    ("Martínez-López", "Pablo", ""), ("Ruiz Ortega", "Carmen", ""), ("Esposito", "Lorenzo", ""), ("Russo", "Chiara", ""),
    ("Butler", "Richard", ""), ("Morgan", "Nigel", ""), ("Pike", "Steven", ""), ("McCabe", "Scott", ""),
    ("O'Connor", "Peter", ""), ("Middleton", "Victor", ""), ("Buhalis", "Dimitrios", ""), ("Tsiotsou", "Rodoula", ""),
    ("Kozak", "Metin", ""), ("Baloğlu", "Şeyhmus", ""), ("Gössling", "Stefan", ""), ("Hall", "Colin Michael", ""),
    ("Vázquez", "Nuria", ""), ("Agapitou", "Christina", ""), ("Lopes", "Tiago", ""), ("Vella", "Roberta", ""),
    ("Ghosh", "Anika", ""), ("Müller", "Jonas", ""), ("Kim", "Seongseop", ""), ("Nguyen", "Thu Ha", ""),
]  # fmt: skip

TOPICS = ["overtourism", "destination branding", "seasonality", "cruise tourism", "wine tourism", "heritage sites",
          "boutique hotels", "revenue management", "online reviews", "festival tourism", "low-cost airlines",
          "sustainable tourism", "destination image", "visitor experience", "short-term rentals", "beach clubs",
          "museum marketing", "island destinations", "gastronomy tourism", "loyalty programmes"]  # fmt: skip
BOOKS = ["Marketing for hospitality and tourism", "Destination marketing: essentials", "Tourism: principles and practice",
         "Marketing in travel and tourism", "Tourism management: an introduction", "Services marketing: people, technology, strategy",
         "Destination brands: managing place reputation", "Hospitality marketing", "Strategic management in tourism",
         "eTourism: information technology for strategic tourism management"]  # fmt: skip
EDITED = ["The Routledge handbook of {t}", "Mediterranean tourism: {t} and change", "Tourism in southern Europe",
          "Cases in {t}", "Handbook of {t} research"]  # fmt: skip
CHAPTERS = ["{T} on Mediterranean islands", "Marketing {t} after the pandemic", "{T} and the local resident",
            "Measuring {t}", "Branding {t} in the Aegean", "Digital storytelling and {t}"]  # fmt: skip
ARTICLES = ["{T} and resident attitudes: evidence from {p}", "Understanding {t} in {p}", "The effect of {t} on revisit intention",
            "{T}, crowding and satisfaction at heritage sites", "Managing {t}: a study of {p}", "Does {t} pay? Evidence from {p}",
            "{T} and destination loyalty in {p}", "Segmenting visitors by {t}"]  # fmt: skip
PLACES = ["Barcelona", "Venice", "Santorini", "Dubrovnik", "the Algarve", "Cappadocia", "Valletta", "Mallorca",
          "Lisbon", "the Amalfi Coast", "Paphos", "Crete", "Antalya", "Porto", "Sicily", "Gozo", "Seville", "Bodrum"]  # fmt: skip
JOURNALS = ["Tourism Management", "Annals of Tourism Research", "Journal of Travel Research", "International Journal of Hospitality Management",
            "Journal of Destination Marketing & Management", "Current Issues in Tourism", "Journal of Sustainable Tourism",
            "Tourism Review", "Journal of Hospitality Marketing & Management", "International Journal of Contemporary Hospitality Management"]  # fmt: skip
PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("CABI", "Wallingford"), ("Goodfellow", "Oxford"),
              ("Channel View Publications", "Bristol"), ("Elsevier", "Oxford"), ("SAGE", "London"), ("Edward Elgar", "Cheltenham")]  # fmt: skip
ORGS: list[tuple[str, set[str], str]] = [
    ("UNWTO", {"acronym"}, "https://www.unwto.org/"), ("World Tourism Organization", set(), "https://www.unwto.org/"),
    ("World Travel & Tourism Council", {"ampersand"}, "https://wttc.org/"), ("WTTC", {"acronym"}, "https://wttc.org/"),
    ("Eurostat", set(), "https://ec.europa.eu/eurostat/"), ("Instituto Nacional de Estadística (INE)", {"abbreviation"}, "https://www.ine.es/"),
    ("ISTAT", {"acronym"}, "https://www.istat.it/"), ("Hellenic Statistical Authority (ELSTAT)", {"abbreviation"}, "https://www.statistics.gr/"),
    ("TurkStat", set(), "https://data.tuik.gov.tr/"), ("National Statistics Office Malta", set(), "https://nso.gov.mt/"),
    ("Turismo de Portugal", set(), "https://www.turismodeportugal.pt/"), ("Malta Tourism Authority", set(), "https://www.mta.com.mt/"),
    ("Deputy Ministry of Tourism", {"government"}, "https://www.tourism.gov.cy/"), ("Greek National Tourism Organisation", set(), "https://www.visitgreece.gr/"),
    ("ENIT", {"acronym"}, "https://www.enit.it/"), ("Turespaña", set(), "https://www.tourspain.es/"),
    ("Visit Algarve", set(), "https://www.visitalgarve.pt/"), ("Agència Catalana de Turisme", set(), "https://act.gencat.cat/"),
    ("Booking.com", {"punctuation"}, "https://news.booking.com/"), ("Tripadvisor", set(), "https://www.tripadvisor.com/"),
    ("Airbnb", set(), "https://news.airbnb.com/"), ("Skift", set(), "https://skift.com/"), ("Phocuswright", set(), "https://www.phocuswright.com/"),
    ("STR", {"acronym"}, "https://str.com/"), ("Cruise Lines International Association (CLIA)", {"abbreviation"}, "https://cruising.org/"),
    ("Meliá Hotels International", set(), "https://www.meliahotelsinternational.com/"), ("Iberostar Group", set(), "https://www.grupoiberostar.com/"),
    ("TUI Group", {"acronym"}, "https://www.tuigroup.com/"), ("easyJet plc", {"company"}, "https://corporate.easyjet.com/"),
    ("Ryanair Holdings plc", {"company"}, "https://investor.ryanair.com/"), ("Jet2 plc", {"company"}, "https://www.jet2plc.com/"),
    ("Costa Crociere", set(), "https://www.costacrociere.it/"), ("MSC Cruises", set(), "https://www.msccruises.com/"),
    ("Pegasus Airlines", set(), "https://www.flypgs.com/"), ("Hilton Worldwide Holdings Inc.", {"company"}, "https://ir.hilton.com/"),
    ("Aegean Airlines S.A.", {"company"}, "https://en.about.aegeanair.com/"), ("Corinthia Hotels Ltd", {"company"}, "https://www.corinthia.com/"),
    ("Mitchells & Butlers plc", {"ampersand", "company"}, "https://www.mbplc.com/"), ("Pestana Hotel Group", set(), "https://www.pestana.com/"),
    ("The Chartered Institute of Marketing", {"the"}, "https://www.cim.co.uk/"), ("ABTA", {"acronym"}, "https://www.abta.com/"),
    ("Europe's Tourism Council", {"apostrophe"}, "https://etc-corporate.org/"), ("Marriott's Global Insights Team", {"apostrophe"}, "https://news.marriott.com/"),
    ("OECD", {"acronym"}, "https://www.oecd.org/"), ("European Commission", {"government"}, "https://commission.europa.eu/"),
    ("European Travel Commission", set(), "https://etc-corporate.org/"), ("Mintel", {"market-research"}, "https://store.mintel.com/"),
    ("Euromonitor International", {"market-research"}, "https://www.euromonitor.com/"), ("Statista", {"market-research"}, "https://www.statista.com/"),
]  # fmt: skip
# Hotel and cruise groups that publish annual reports without "plc" or "Ltd" in their names
GROUPS = ("Meliá Hotels International", "TUI Group", "Iberostar Group", "MSC Cruises", "Pestana Hotel Group")
# Statistics offices, ministries, tourism authorities and international bodies, cited for their statistics and plans
OFFICIAL = ("Eurostat", "Instituto Nacional de Estadística (INE)", "ISTAT", "Hellenic Statistical Authority (ELSTAT)", "TurkStat",
            "National Statistics Office Malta", "Deputy Ministry of Tourism", "European Commission", "OECD", "Malta Tourism Authority",
            "Turismo de Portugal")  # fmt: skip
RESEARCH_TITLES = ["{T} in Europe: market report {y}", "European hotel performance review {y}", "Travel trends {y}",
                   "Global travel outlook {y}", "Cruise industry outlook {y}", "Short-term rentals in southern Europe",
                   "Travel and tourism economic impact {y}", "Tourism statistics: {p} {y}", "Sustainable travel report {y}",
                   "Inbound arrivals and overnight stays, {y}", "European tourism: trends and prospects Q{q}/{y}"]  # fmt: skip
ACTS = [("Ley 13/2011, de 27 de mayo, de regulación del juego", 2011), ("Malta Travel and Tourism Services Act", 1999),
        ("Package Travel and Linked Travel Arrangements Regulations 2018", 2018), ("Consumer Protection from Unfair Trading Regulations 2008", 2008),
        ("Directive (EU) 2015/2302 on package travel and linked travel arrangements", 2015),
        ("Regulation (EU) 2024/1028 on data collection and sharing relating to short-term accommodation rental services", 2024)]  # fmt: skip
NEWS = [("El País", "https://english.elpais.com/"), ("Corriere della Sera", "https://www.corriere.it/"), ("Kathimerini", "https://www.ekathimerini.com/"),
        ("Times of Malta", "https://timesofmalta.com/"), ("Daily Sabah", "https://www.dailysabah.com/"), ("Cyprus Mail", "https://cyprus-mail.com/"),
        ("Portugal Resident", "https://www.portugalresident.com/"), ("The Guardian", "https://www.theguardian.com/"), ("BBC News", "https://www.bbc.co.uk/news/"),
        ("Financial Times", "https://www.ft.com/")]  # fmt: skip
TRADE = [("Hosteltur", "https://www.hosteltur.com/"), ("Travel Weekly", "https://travelweekly.co.uk/"), ("Skift", "https://skift.com/"),
         ("TTG Media", "https://www.ttgmedia.com/"), ("Hotel Management", "https://www.hotelmanagement.net/"), ("Cruise Industry News", "https://www.cruiseindustrynews.com/"),
         ("PhocusWire", "https://www.phocuswire.com/"), ("Travel Trade Gazette", "https://www.ttgmedia.com/")]  # fmt: skip
HEADLINES = ["{p} caps cruise calls as residents protest", "Record summer for {p} hotels", "Why {p} wants fewer, richer visitors",
             "Low-cost carriers add winter routes to {p}", "Tourist tax doubles in {p}", "Boutique hotels bet on {t}",
             "{p} bans new short-term rentals", "Wine routes lift shoulder season in {p}", "How {p} sold its festival to Gen Z"]  # fmt: skip
CHANNELS = ["Visit Portugal", "Malta Tourism Authority", "Skift", "Tourism Geographic", "Travel Marketing Talks",
            "Ecotourism Channel", "Hospitality Net", "Hotel Tech Report"]  # fmt: skip
VIDEOS = ["Can {p} survive overtourism?", "Inside a {t} strategy", "{T} explained", "Destination marketing masterclass: {p}"]  # fmt: skip
PODCASTS = [("Skift Podcast", "Skift"), ("Travel Tech Talks", "Phocuswright"), ("The Hotel Marketing Podcast", "Hotel Marketing Works"),
            ("Tourism Tattler", "Tourism Tattler")]  # fmt: skip
HANDLES = [("visitmalta", "Visit Malta"), ("visitportugal", "Visit Portugal"), ("visitgreecegr", "Visit Greece"),
           ("goturkiye", "Go Türkiye"), ("spain", "Spain Tourism"), ("italia", "ENIT Italia"), ("visitcyprus", "Deputy Ministry of Tourism")]  # fmt: skip


class Blind28WorkFactory(WorkFactory):
    """Works drawn from this pool's own lists with its own random source; the parent's fakers give URLs only."""

    KINDS: ClassVar[dict[str, float]] = {
        "book": 12, "chapter": 6, "journal": 22, "web": 10, "report": 10, "company-report": 6, "government": 7,
        "legislation": 3, "news": 8, "trade-press": 6, "podcast": 2, "video": 3, "social": 3,
    }  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 28 + 2828)
        self.earlier: list[tuple[str, set[str], dict[str, Any]]] = []  # organisations' dated works, for 2019a/b

    # ------------------------------------------------------------------ pieces
    def person(self) -> dict[str, str]:
        family, given, particle = self.rng.choice(PEOPLE)
        name = {"family": family, "given": given}
        if particle:
            name["non-dropping-particle"] = particle
        return name

    def people(self, low: int, high: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(low, high + 1), weights=[40, 25, 14, 8, 5, 4, 2, 2][: high - low + 1])[0]
        chosen: list[dict[str, str]] = []
        while len(chosen) < count:
            person = self.person()
            if person not in chosen:
                chosen.append(person)
        return chosen

    def issued(self, low: int = 2006, high: int = 2025, detail: bool = False) -> dict[str, Any]:
        year = self.rng.randint(low, high)
        if detail:
            return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        return {"date-parts": [[year]]}

    def accessed(self, issued: dict[str, Any] | None = None) -> dict[str, Any]:  # type: ignore[override]
        low = issued["date-parts"][0][0] if issued else 2022
        year = max(low, self.rng.randint(2023, 2025))
        if issued and year == low and len(issued["date-parts"][0]) == 3:
            return {"date-parts": [[year, 12, 28]]}
        return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def words(self, pattern: str) -> str:
        topic = self.rng.choice(TOPICS)
        text = pattern.replace("{T}", topic.capitalize()).replace("{t}", topic).replace("{p}", self.rng.choice(PLACES))
        return text.replace("{y}", str(self.rng.randint(2018, 2025))).replace("{q}", str(self.rng.randint(1, 4)))

    def online(self, record: dict[str, Any], url: str, access: float = 0.85) -> None:
        record["URL"] = url
        if self.rng.random() < access:  # some students leave the access date off
            record["accessed"] = self.accessed(record.get("issued"))

    def person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        if self.earlier and "issued" in record and self.rng.random() < 0.15:  # "UNWTO (2023a)" and "(2023b)"
            name, tags, issued = self.rng.choice(self.earlier)
            record["issued"] = {"date-parts": [list(issued["date-parts"][0])]}
            if "accessed" in record:  # read after the earlier work came out
                record["accessed"] = self.accessed(record["issued"])
        if "issued" in record:
            self.earlier.append((name, tags, record["issued"]))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def slug(self, text: str) -> str:
        return "-".join("".join(ch for ch in word if ch.isalnum()) for word in text.lower().split())[:60]

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        if kind is None:
            kind = self.rng.choices(list(self.KINDS), weights=list(self.KINDS.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()  # type: ignore[no-any-return]

    def _book(self) -> Work:
        publisher, place = self.rng.choice(PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self.rng.choice(BOOKS), "author": self.people(1, 4),
                                  "issued": self.issued(1999), "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.5:
            record["edition"] = str(self.rng.randint(2, 8))
        return self.person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(PUBLISHERS)
        start = self.rng.randint(3, 400)
        record: dict[str, Any] = {
            "type": "chapter", "title": self.words(self.rng.choice(CHAPTERS)), "author": self.people(1, 3),
            "editor": self.people(1, 2), "container-title": self.words(self.rng.choice(EDITED)), "issued": self.issued(2005),
            "publisher": publisher, "publisher-place": place, "page": f"{start}-{start + self.rng.randint(10, 25)}",
        }  # fmt: skip
        return self.person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 1200)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self.words(self.rng.choice(ARTICLES)), "author": self.people(1, 8),
            "container-title": self.rng.choice(JOURNALS), "issued": self.issued(2002), "volume": str(self.rng.randint(10, 105)),
            "issue": str(self.rng.randint(1, 6)), "page": f"{start}-{start + self.rng.randint(9, 22)}",
        }  # fmt: skip
        if self.rng.random() < 0.55:
            record["DOI"] = f"10.1016/j.tourman.{self.rng.randint(2010, 2025)}.{self.rng.randint(100000, 999999)}"
        return self.person_work(record, "journal")

    def _web(self) -> Work:
        name, tags, url = self.rng.choice(ORGS)
        record: dict[str, Any] = {"type": "webpage", "title": self.words(self.rng.choice(RESEARCH_TITLES + HEADLINES))}
        if self.rng.random() < 0.78:
            record["issued"] = self.issued(2015)
        self.online(record, url + self.slug(record["title"]))
        if self.rng.random() < 0.3:  # a page by a named writer on a board's or brand's site
            record["author"] = self.people(1, 2)
            return self.person_work(record, "web")
        return self.org_work(record, "web", name, tags)

    def _report(self) -> Work:
        name, tags, url = self.rng.choice(ORGS)
        record: dict[str, Any] = {
            "type": "report",
            "title": self.words(self.rng.choice(RESEARCH_TITLES)),
            "publisher": name.split(" (")[0],
        }
        if self.rng.random() < 0.85:
            record["issued"] = self.issued(2014)
        self.online(record, url + "reports/" + self.slug(record["title"]), 0.9)
        return self.org_work(record, "report", name, tags)

    def _company_report(self) -> Work:
        name, tags, url = self.rng.choice([o for o in ORGS if "company" in o[1] or o[0] in GROUPS])
        issued = self.issued(2016)
        year = issued["date-parts"][0][0]
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice([f"Annual report {year}", f"Annual report and accounts {year}", f"Sustainability report {year}", f"Integrated report {year}"]),
                                  "publisher": name, "issued": issued}  # fmt: skip
        self.online(record, url + f"investors/{year}-annual-report.pdf", 0.9)
        return self.org_work(record, "company-report", name, tags | {"company"})

    def _government(self) -> Work:
        name, tags, url = self.rng.choice([o for o in ORGS if o[0] in OFFICIAL])
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self.words(self.rng.choice(RESEARCH_TITLES)),
            "issued": self.issued(2012),
        }
        self.online(record, url + self.slug(record["title"]), 0.9)
        return self.org_work(record, "government", name, tags | {"government"})

    def _legislation(self) -> Work:
        title, year = self.rng.choice(ACTS)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}}
        name = (
            "European Union"
            if title.startswith(("Directive", "Regulation"))
            else "Government of Malta"
            if "Malta" in title
            else "Gobierno de España"
            if title.startswith("Ley")
            else "UK Government"
        )
        return self.org_work(record, "legislation", name, {"government", "legislation"})

    def _news(self) -> Work:
        paper, url = self.rng.choice(NEWS)
        issued = self.issued(2015, detail=True)
        record: dict[str, Any] = {
            "type": "article-newspaper",
            "title": self.words(self.rng.choice(HEADLINES)),
            "container-title": paper,
            "issued": issued,
        }
        self.online(record, url + self.slug(record["title"]))
        if self.rng.random() < 0.8:
            record["author"] = self.people(1, 2)
            return self.person_work(record, "news")
        return self.org_work(record, "news", paper, {"press"})

    def _trade_press(self) -> Work:
        title, url = self.rng.choice(TRADE)
        issued = self.issued(2016, detail=True)
        record: dict[str, Any] = {
            "type": "article-magazine",
            "title": self.words(self.rng.choice(HEADLINES)),
            "container-title": title,
            "issued": issued,
            "author": self.people(1, 2),
        }
        self.online(record, url + self.slug(record["title"]))
        return self.person_work(record, "trade-press")

    def _podcast(self) -> Work:
        show, host = self.rng.choice(PODCASTS)
        record: dict[str, Any] = {
            "type": "song",
            "title": self.words("Episode {q}: " + self.rng.choice(CHAPTERS)),
            "container-title": show,
            "medium": "Podcast",
            "issued": self.issued(2018, detail=True),
        }
        self.online(record, f"https://open.spotify.com/episode/{self.slug(record['title'])}")
        return self.org_work(record, "podcast", host, set())

    def _video(self) -> Work:
        channel = self.rng.choice(CHANNELS)
        record: dict[str, Any] = {
            "type": "motion_picture",
            "title": self.words(self.rng.choice(VIDEOS)),
            "medium": "YouTube video",
            "issued": self.issued(2017, detail=True),
        }
        self.online(record, f"https://www.youtube.com/watch?v={self.slug(record['title'])[:11]}", 0.8)
        return self.org_work(record, "video", channel, set())

    def _social(self) -> Work:
        handle, name = self.rng.choice(HANDLES)
        record: dict[str, Any] = {"type": "post", "title": self.words(self.rng.choice(["Summer in {p} starts now #{t}", "Discover {p} beyond the beaches", "Our new {t} campaign is live"])),
                                  "medium": f"Instagram, @{handle}", "issued": self.issued(2019, detail=True)}  # fmt: skip
        if self.rng.random() < 0.2:
            del record["issued"]  # a reel with no visible date: "n.d."
        self.online(record, f"https://www.instagram.com/p/{self.slug(record['title'])[:11]}/", 0.8)
        return self.org_work(record, "social", name, set())
