"""The works the blind315 pool's candidates cite: marketers at circuses, funfairs, travelling showmen's businesses,
amusement parks, seaside piers, arcades, lidos and seaside resorts in the UK, Ireland, France, the Netherlands,
Denmark and Canada, writing CIM Level 6 and 7 reports and MBA assignments in English.

Written without reading the checker or any other pool. Tourism and leisure journals with one to eight authors,
heritage and seaside-regeneration books and chapters, the marketing texts every candidate cites, reports of
governments and public bodies (DLUHC, the Coastal Communities Fund, VisitEngland, Historic England, the HSE, the
Gambling Commission, the ONS, Fáilte Ireland, CBS), firms' pages and annual reports (Ltd, plc, A/S, B.V., S.A.,
"Trust"), local and trade press, and market research. Names as this region's scholars print them: showmen's
families (Codona, Silcock, Biddall), Irish and Scottish Gaelic forms (Ó Súilleabháin, Nic an tSaoir), Dutch
particles (van der Velden), Danish letters (Østergaard) and Québécois accents (Côté, Bélanger).
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import datetime
import random
import re
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IE", "fr_FR", "fr_CA", "nl_NL", "da_DK"]
# Surnames of showmen's and circus families, and of the region's tourism scholars, as they print them.
_NAMES = [
    ("Codona", "Marie"), ("Silcock", "Tommy"), ("Biddall", "Rose"), ("Mellors", "Graham"), ("Thurston", "Lily"),
    ("Wilson", "Henry"), ("Irvin", "Pat"), ("Manning", "Jack"), ("Danter", "Kathleen"), ("Collins", "Anna"),
    ("Ó Súilleabháin", "Seán"), ("Ní Bhriain", "Aoife"), ("Mac Giolla Phádraig", "Cian"), ("O'Driscoll", "Niamh"),
    ("Nic an tSaoir", "Mairead"), ("MacLeòid", "Iain"), ("McAllister", "Fiona"), ("Prys-Jones", "Gwenllian"),
    ("ap Rhys", "Dafydd"), ("Llewelyn", "Catrin"), ("Côté", "Marie-Ève"), ("Bélanger", "Mathieu"),
    ("Lévesque", "Geneviève"), ("Tremblay", "Jean-François"), ("Gagnon", "Isabelle"), ("Østergaard", "Mette"),
    ("Sørensen", "Rasmus"), ("Kjærsgaard", "Anne"), ("Møller", "Jesper"), ("Lefèvre", "Héloïse"), ("Dubois", "Amélie"),
    ("Bouchard-Roy", "Élise"), ("Walton", "John K."), ("Gray", "Fred"), ("Hassan", "Leila"), ("Agarwal", "Sheela"),
]  # fmt: skip
_PARTICLE_NAMES = [("van der", "Velden", "Joost"), ("van", "Leeuwen", "Sanne"), ("de", "Jong", "Maarten"),
                   ("van den", "Broek", "Femke"), ("de la", "Fontaine", "Solène"), ("du", "Pont", "Lucie")]  # fmt: skip
_GOVERNMENT = [
    ("Department for Levelling Up, Housing and Communities", {"government", "comma"}),
    ("Department for Levelling Up, Housing and Communities (DLUHC)", {"government", "comma", "abbreviation"}),
    ("Coastal Communities Fund", {"government"}), ("VisitEngland", {"government"}), ("VisitBritain", {"government"}),
    ("Historic England", {"government"}), ("Health and Safety Executive (HSE)", {"government", "abbreviation"}),
    ("Health and Safety Executive", {"government"}), ("HSE", {"government", "acronym"}),
    ("Gambling Commission", {"government"}), ("Office for National Statistics", {"government"}),
    ("Office for National Statistics (ONS)", {"government", "abbreviation"}), ("Fáilte Ireland", {"government"}),
    ("Statistics Netherlands (CBS)", {"government", "abbreviation"}), ("Centraal Bureau voor de Statistiek", {"government"}),
    ("Destination Canada", {"government"}), ("Department for Culture, Media & Sport", {"government", "ampersand", "comma"}),
    ("Blackpool Council", {"government"}), ("Thanet District Council", {"government"}),
]  # fmt: skip
_FIRMS = [
    ("Blackpool Pleasure Beach Ltd", {"company"}), ("Merlin Entertainments Ltd", {"company"}),
    ("Merlin Entertainments plc", {"company"}), ("Tivoli A/S", {"company"}), ("Efteling B.V.", {"company"}),
    ("Compagnie des Alpes S.A.", {"company"}), ("Brighton Palace Pier Ltd", {"company"}),
    ("National Piers Society", {"trade-body"}), ("The Dreamland Trust", {"trust"}),
    ("The Showmen's Guild of Great Britain", {"apostrophe", "trade-body"}),
    ("Showmen's Guild of Great Britain", {"apostrophe", "trade-body"}), ("Giffords Circus Ltd", {"company"}),
    ("M&D's Scotland's Theme Park", {"ampersand", "apostrophe", "company"}), ("Bournemouth, Christchurch & Poole Council", {"ampersand", "comma", "government"}),
    ("British Amusement Catering Trades Association (BACTA)", {"abbreviation", "trade-body"}),
    ("Association of Leading Visitor Attractions (ALVA)", {"abbreviation", "trade-body"}),
    ("Fairground Heritage Trust", {"trust"}), ("National Fairground and Circus Archive", set()),
    ("VisitBlackpool", {"company"}), ("Visit Kent", {"company"}),
]  # fmt: skip
_PRESS = ["Blackpool Gazette", "The Argus", "Kent Online", "The Guardian", "The Telegraph", "BBC News", "World's Fair",
          "Amusement Today", "Park World", "Le Figaro", "Irish Times", "Isle of Thanet News"]  # fmt: skip
_UK_PLACES = ["Blackpool", "Margate", "Brighton", "Southend-on-Sea", "Great Yarmouth", "Bournemouth", "Scarborough",
              "Skegness", "Rhyl", "Hastings", "Clacton-on-Sea", "Weston-super-Mare"]  # fmt: skip
_RESEARCH = ["Mintel", "YouGov", "Statista", "Kantar", "TEA/AECOM"]
_JOURNALS = ["Tourism Management", "Annals of Tourism Research", "Journal of Heritage Tourism", "Leisure Studies",
             "Journal of Leisure Research", "Tourism Geographies", "Journal of Marketing Management",
             "Journal of Retailing and Consumer Services"]  # fmt: skip
_TOPICS = ["seaside resort decline", "pier heritage", "funfair nostalgia", "circus without animals",
           "theme park queuing", "dynamic pricing of day tickets", "seasonal demand", "coastal regeneration",
           "travelling showpeople", "the visitor experience at amusement parks", "ride safety and trust",
           "arcade gambling and young people", "lido revival", "Instagram and the seaside", "season passes",
           "heritage rides", "family day trips", "festival and fair audiences", "staycations after the pandemic",
           "illuminations and night-time tourism", "thrill seeking", "destination image"]  # fmt: skip
_PLACES = ["Blackpool", "Margate", "Brighton", "Southend-on-Sea", "Great Yarmouth", "Bournemouth", "Scarborough",
           "Bray", "Tramore", "Copenhagen", "Kaatsheuvel", "Québec", "Skegness", "Rhyl", "Portrush"]  # fmt: skip
# The marketing and tourism texts every candidate cites: (authors, title, years, publisher, place).
_CLASSICS = [
    ([("Kotler", "Philip"), ("Armstrong", "Gary")], "Principles of marketing", (2018, 2021, 2023), "Pearson", "Harlow"),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing: strategy, implementation and practice", (2019, 2022), "Pearson", "Harlow"),
    ([("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], "Principles and practice of marketing", (2016, 2019, 2023), "McGraw-Hill", "London"),
    ([("Pine", "B. Joseph"), ("Gilmore", "James H.")], "The experience economy", (1999, 2011, 2019), "Harvard Business Review Press", "Boston, MA"),
    ([("Urry", "John"), ("Larsen", "Jonas")], "The tourist gaze 3.0", (2011,), "Sage", "London"),
    ([("Walton", "John K.")], "The British seaside: holidays and resorts in the twentieth century", (2000,), "Manchester University Press", "Manchester"),
    ([("Middleton", "Victor T.C."), ("Fyall", "Alan"), ("Morgan", "Michael"), ("Ranchhod", "Ashok")], "Marketing in travel and tourism", (2009,), "Butterworth-Heinemann", "Oxford"),
    ([("Morgan", "Nigel"), ("Pritchard", "Annette"), ("Pride", "Roger")], "Destination brands: managing place reputation", (2011,), "Butterworth-Heinemann", "Oxford"),
    ([("Wilson", "Alan"), ("Zeithaml", "Valarie"), ("Bitner", "Mary Jo"), ("Gremler", "Dwayne")], "Services marketing: integrating customer focus across the firm", (2016, 2020), "McGraw-Hill", "London"),
    ([("Toulmin", "Vanessa")], "Pleasurelands: all the fun of the fair", (2003,), "Projection Box", "Hastings"),
    ([("Bennett", "Tony")], "Culture: a reformer's science", (1998,), "Sage", "London"),
]  # fmt: skip


_SITES = {"Tivoli A/S": "tivoli.dk", "Efteling B.V.": "efteling.com", "Compagnie des Alpes S.A.": "compagniedesalpes.com",
          "Mintel": "mintel.com", "YouGov": "yougov.co.uk", "Statista": "statista.com", "Kantar": "kantar.com",
          "TEA/AECOM": "teaconnect.org", "Fáilte Ireland": "failteireland.ie", "Statistics Netherlands (CBS)": "cbs.nl",
          "Centraal Bureau voor de Statistiek": "cbs.nl", "Destination Canada": "destinationcanada.com",
          "Historic England": "historicengland.org.uk", "VisitEngland": "visitbritain.org", "VisitBritain": "visitbritain.org",
          "Blackpool Council": "blackpool.gov.uk", "Thanet District Council": "thanet.gov.uk",
          "Bournemouth, Christchurch & Poole Council": "bcpcouncil.gov.uk", "Gambling Commission": "gamblingcommission.gov.uk",
          "Health and Safety Executive (HSE)": "hse.gov.uk", "Health and Safety Executive": "hse.gov.uk", "HSE": "hse.gov.uk",
          "Office for National Statistics": "ons.gov.uk", "Office for National Statistics (ONS)": "ons.gov.uk",
          "Merlin Entertainments Ltd": "merlinentertainments.biz", "Merlin Entertainments plc": "merlinentertainments.biz",
          "Blackpool Pleasure Beach Ltd": "blackpoolpleasurebeach.com", "Brighton Palace Pier Ltd": "brightonpier.co.uk",
          "The Dreamland Trust": "dreamlandtrust.org.uk", "M&D's Scotland's Theme Park": "scotlandsthemepark.com",
          "The Showmen's Guild of Great Britain": "showmensguild.co.uk", "Showmen's Guild of Great Britain": "showmensguild.co.uk"}  # fmt: skip


class Blind315WorkFactory(WorkFactory):
    """Works of circus, funfair, pier and seaside marketing reports, from one seeded random source."""

    KINDS = ("book", "chapter", "journal", "report", "web", "news")

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 3150)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.organisations: list[tuple[str, set[str], dict[str, Any], str, str]] = []
        self.titles: set[tuple[str, str]] = set()
        self.classics = list(_CLASSICS)
        self.rng.shuffle(self.classics)

    # ------------------------------------------------------------------ people, dates, titles
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.4:
            family, given = self.rng.choice(_NAMES)
            return {"family": family, "given": given}
        if roll < 0.48:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():
            return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:  # co-authors with different surnames
            person = self.person()
            if all(person["family"] != other["family"] for other in people):
                people.append(person)
        return people

    def year(self) -> int:
        if self.rng.random() < 0.06:
            return self.rng.randint(1980, 1999)
        return self.rng.randint(2005, 2025)

    def seen(self, issued: list[int]) -> dict[str, list[list[int]]]:
        """An access date on or after the work's date, as a candidate reads it while writing."""
        start = datetime.date(issued[0], issued[1] if len(issued) > 1 else 1, issued[2] if len(issued) > 2 else 1)
        start = max(start, datetime.date(2023, 1, 1))
        day = min(start + datetime.timedelta(days=self.rng.randint(0, 700)), max(start, datetime.date(2026, 11, 30)))
        return {"date-parts": [[day.year, day.month, day.day]]}

    def _title(self) -> str:
        topic, place = self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"Rethinking {topic}: evidence from {place}",
                 f"{topic[0].upper()}{topic[1:]} and {self.rng.choice(_TOPICS)}",
                 f"'Kiss me quick': {topic} on the British coast", f"Roll up, roll up: {topic} in a digital age",
                 f"Between nostalgia and novelty: {topic}", f"The marketing of {topic} in {place}",
                 f"{topic[0].upper()}{topic[1:]}: a study of {self.rng.randint(8, 60)} {self.rng.choice(['piers', 'parks', 'fairs', 'circuses', 'resorts'])}"]  # fmt: skip
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "classic", "chapter", "journal", "government", "firm", "press", "market-research", "blog"],
            weights=[9, 8, 6, 24, 14, 14, 12, 8, 5],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # now and then one organisation's second work of a year ("VisitEngland, 2023a" and "2023b")
        # of the same sort (a public body's two reports, a research firm's two reports)
        sort = next((tag for tag in ("government", "market-research", "press") if tag in tags), "firm")
        group = [entry for entry in self.organisations if entry[3] == sort and entry[4] == record["type"]]
        if group and sort != "press" and "issued" in record and self.rng.random() < 0.3:
            name, tags, issued, _kind, _type = self.rng.choice(group)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self.seen(record["issued"]["date-parts"][0])
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.organisations.append((name, tags, record["issued"], sort, record["type"]))
        # the title's year and the web site follow the organisation and the date it ended with
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else str(self.rng.randint(2019, 2024))
        if record["title"] == "{BODY}":  # what this public body publishes
            record["title"] = self._body_title(name)
        record["title"] = record["title"].replace("{YEAR}", year)
        while (name, record["title"]) in self.titles:  # one body's two works never share a title
            record["title"] = f"{record['title']}: {self.rng.choice(_UK_PLACES)}"
        self.titles.add((name, record["title"]))
        if "URL" in record:
            site = (
                _SITES.get(name)
                or re.sub(r"[^a-z]", "", name.split(" (")[0].lower().removeprefix("the "))[:22] + ".org.uk"
            )
            record["URL"] = record["URL"].replace("{SITE}", site)
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self._title(), "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Channel View Publications", "CABI", "Goodfellow Publishers",
                                          "Manchester University Press", "Bloomsbury Academic", "Palgrave Macmillan"]),
            "publisher-place": self.rng.choice(["Abingdon", "Bristol", "Wallingford", "Oxford", "Manchester", "London"]),
        }  # fmt: skip
        if self.rng.random() < 0.2:
            record["edition"] = str(self.rng.randint(2, 5))
        return self._person_work(record, "book")

    def _classic(self) -> Work:
        if not self.classics:
            return self._book()
        authors, title, years, publisher, place = self.classics.pop()
        record: dict[str, Any] = {
            "type": "book", "title": title, "author": [{"family": f, "given": g} for f, g in authors],
            "issued": {"date-parts": [[self.rng.choice(years)]]}, "publisher": publisher, "publisher-place": place,
        }  # fmt: skip
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The Routledge handbook of popular culture and tourism",
                                                "Seaside resorts in the twenty-first century", "Heritage, nostalgia and leisure",
                                                "Circus and the city", "Managing visitor attractions"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "Channel View Publications", "CABI"]),
            "publisher-place": self.rng.choice(["Abingdon", "Bristol", "Wallingford"]),
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(5, 105)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.choice([1016, 1080, 1177])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "report", "webpage"]),
            "title": "{BODY}",
            "issued": {"date-parts": [[self.rng.randint(2008, 2025)]]},
            "URL": f"https://www.{{SITE}}/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        if "Levelling" in name:  # the department had this name from 2021 to 2024
            record["issued"] = {"date-parts": [[self.rng.randint(2021, 2024)]]}
        record["accessed"] = self.seen(record["issued"]["date-parts"][0])
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _body_title(self, name: str) -> str:
        place = self.rng.choice(_UK_PLACES)
        titles = {
            "Levelling": [f"Seaside towns and coastal communities: {place} case study", "Levelling up the United Kingdom",
                          "Town Deals: progress report {YEAR}"],
            "Coastal": [f"Coastal Communities Fund: {place} evaluation", "Coastal Communities Fund: annual report {YEAR}"],
            "Visit": ["Domestic day trips survey {YEAR}", "Visitor attractions trends {YEAR}", "Inbound tourism forecast {YEAR}"],
            "Historic": ["Heritage at risk: seaside piers and pavilions", f"{place}: historic area assessment"],
            "Health": ["Amusement devices: inspection procedures", "Managing crowds safely at events"],
            "Gambling": ["Gambling participation in Great Britain {YEAR}", "Young people and gambling {YEAR}"],
            "HSE": ["Amusement devices: inspection procedures", "Managing crowds safely at events"],
            "Netherlands": ["Leisure and tourism in the Netherlands {YEAR}", "Dagrecreatie {YEAR}"],
            "Centraal": ["Toerisme en recreatie in cijfers {YEAR}", "Dagrecreatie {YEAR}"],
            "National Statistics": ["Seaside towns in England and Wales: an economic profile", "Leisure and tourism employment, {YEAR}"],
            "Fáilte": ["Key tourism facts {YEAR}", "Visitor attractions survey {YEAR}"],
            "Destination": ["Tourism outlook {YEAR}", "Québec and the Maritimes: visitor insight"],
            "Culture": ["Taking part survey {YEAR}", "Tourism recovery plan"],
            "Blackpool": ["Blackpool town centre strategy", "Blackpool visitor economy plan {YEAR}"],
            "Thanet": ["Margate town investment plan", "Thanet visitor economy strategy {YEAR}"],
        }  # fmt: skip
        for start, options in titles.items():
            if start in name:
                return self.rng.choice(options)
        return "Tourism and leisure: key figures {YEAR}"

    def _firm(self) -> Work:
        name, tags = self.rng.choice(_FIRMS)
        report = self.rng.random() < 0.45
        record: dict[str, Any] = {
            "type": "report" if report else "webpage",
            "title": self.rng.choice(["Annual report and accounts", "Strategic report", "Sustainability report"])
            if report else self.rng.choice(["Our history", "Season passes and prices", "Accessibility guide",
                                            "About us", "Ride safety", "Plan your visit", "Press releases"]),
            "URL": f"https://www.{{SITE}}/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        if report:
            record["title"] = f"{record['title']} {{YEAR}}"
            record["publisher"] = name
        if report or self.rng.random() < 0.6:
            record["issued"] = {"date-parts": [[self.rng.randint(2012, 2025)]]}
        record["accessed"] = self.seen(record["issued"]["date-parts"][0] if "issued" in record else [2023])
        return self._org_work(
            record, "report" if report else "web", name, tags | ({"undated"} if "issued" not in record else set())
        )

    def _press(self) -> Work:
        paper = self.rng.choice(_PRESS)
        site = re.sub(r"[^a-z]", "", paper.lower())
        issued = [self.rng.randint(2010, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self.rng.choice([
                f"{self.rng.choice(_PLACES)} {self.rng.choice(['pier', 'funfair', 'arcade', 'lido', 'circus'])} {self.rng.choice(['reopens after', 'closes after', 'celebrates', 'sold after'])} {self.rng.randint(2, 130)} years",
                f"Showmen warn of {self.rng.choice(['rising costs', 'pitch fees', 'staff shortages', 'the cost of fuel'])}",
                f"New ride for {self.rng.choice(_PLACES)} as season opens", f"Visitor numbers {self.rng.choice(['soar', 'dip', 'recover'])} at the seaside"]),
            "container-title": paper, "issued": {"date-parts": [issued]},
            "URL": f"https://www.{site}.co.uk/news/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        record["accessed"] = self.seen(issued)
        if self.rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2015, 2025)
        record: dict[str, Any] = {
            "type": "report", "publisher": name,
            "title": self.rng.choice(["Theme Index and Museum Index {YEAR}", f"Days out - UK - {self.rng.choice(['March', 'July'])} {{YEAR}}",
                                      "Visitor attractions - UK - {YEAR}", "Share of UK adults who visited a funfair in {YEAR}",
                                      "Seaside holidays: consumer trends {YEAR}", "Leisure outlook {YEAR}"]),
            "URL": f"https://www.{{SITE}}/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        if self.rng.random() < 0.92:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self.seen([year])
        return self._org_work(record, "report", name, {"market-research"})

    def _blog(self) -> Work:
        record: dict[str, Any] = {
            "type": "webpage", "title": self._title(), "author": self._people(2),
            "URL": f"https://{self.rng.choice(['coasterkings.co.uk', 'fairgroundmania.co.uk', 'seasidehistory.co.uk', 'circusmagazine.nl'])}/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        if self.rng.random() < 0.75:
            record["issued"] = {"date-parts": [[self.rng.randint(2010, 2025)]]}
        record["accessed"] = self.seen(record["issued"]["date-parts"][0] if "issued" in record else [2023])
        return self._person_work(record, "web")
