"""Works cited by marketers at aerospace, defence and space firms and their suppliers (the blind227 pool).

Written without reading the checker, its tests or any other pool: what CIM Level 6 and 7 candidates and MBA
students at BAE Systems, Airbus, Rolls-Royce, Leonardo, Thales, Saab, Babcock, QinetiQ, GKN Aerospace, Surrey
Satellite Technology, OneWeb, Boeing and Lockheed Martin cite in B2B, government and employer-brand marketing
reports: textbooks, chapters, journal articles with up to eight authors and DOIs, theses, conference papers,
regulators and public bodies, trade bodies, company pages, annual reports and investor decks, market research with
years, the trade and national press signed and unsigned, social posts, videos, podcasts and undated pages.
Swedish names with å, ä and ö, French names with particles (de, du, Le), Italian and German names.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

# What the factory makes, and the kinds of work (Work.kind) that come of it.
_MAKE = ("book", "chapter", "journal", "thesis", "conference", "government", "trade-body", "company", "annual-report",
         "market-research", "news", "news-unsigned", "social", "video", "podcast", "undated-web")  # fmt: skip
KINDS = ("book", "chapter", "journal", "thesis", "conference", "report", "web", "news")

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_US", "en_US", "fr_FR", "de_DE", "it_IT", "sv_SE"]

# Names as this region's scholars and journals print them (family, given, particle).
_NAMES = [
    ("Åkesson", "Maria", ""), ("Öberg", "Johan", ""), ("Sjöström", "Karin", ""), ("Ängström", "Lars", ""),
    ("Lindström", "Björn", ""), ("Wåhlin", "Elin", ""), ("Nordström", "Anders", ""), ("Håkansson", "Håkan", ""),
    ("Gadde", "Lars-Erik", ""), ("Löfgren", "Ingrid", ""), ("Gaulle", "Hélène", "de"), ("Roux", "Pierre", "Le"),
    ("Pont", "Aurélie", "du"), ("Villiers", "Thibault", "de"), ("Gall", "Sébastien", "Le"), ("Bréhier", "Anaïs", ""),
    ("Lefèvre", "Jérôme", ""), ("Castellani", "Giulia", ""), ("Bianchi", "Matteo", ""), ("D'Amico", "Francesca", ""),
    ("Esposito", "Luca", ""), ("Müller", "Jürgen", ""), ("Schäfer", "Katrin", ""), ("Weiß", "Tobias", ""),
    ("Hagen", "Klara", "von"), ("Brandt", "Uwe", ""), ("O'Connell", "Siobhan", ""), ("McAllister", "Fraser", ""),
    ("Hartley", "Keith", ""), ("Sandler", "Todd", ""), ("Whitfield", "Rachel", ""), ("Okafor", "Chidi", ""),
    ("Patel", "Anjali", ""), ("Zhang", "Wei", ""), ("Kim", "Soo-jin", ""), ("Bryce-Jones", "Oliver", ""),
]  # fmt: skip

_BOOK_TITLES = ["Business-to-business marketing", "Defence procurement and industry", "Marketing in the aerospace industry",
                "Strategic account management", "Space business: markets and strategy", "The economics of defence",
                "Key account management in complex sales", "Industrial marketing: a value-based approach",
                "Employer branding for the engineering sector", "Government relations and public affairs",
                "Managing business relationships", "Bid and proposal management", "Airline and aerospace marketing",
                "The commercial space economy", "Selling to government", "Technology marketing in regulated markets"]  # fmt: skip
_TOPICS = ["offset agreements", "defence exports", "supplier relationships", "key account management",
           "trade show participation", "employer branding", "graduate recruitment", "value-based selling",
           "aftermarket services", "servitisation", "public procurement", "the NewSpace economy",
           "satellite broadband", "sustainable aviation fuel", "buying centres", "brand reputation in defence",
           "corporate social responsibility", "digital twins", "export controls", "LinkedIn content",
           "thought leadership", "small launch vehicles", "the supply chain", "skills shortages",
           "bid writing", "government relations", "lobbying", "B2B content marketing"]  # fmt: skip
_JOURNALS = ["Industrial Marketing Management", "Journal of Business & Industrial Marketing", "Defence and Peace Economics",
             "Journal of Air Transport Management", "Space Policy", "Acta Astronautica", "Journal of Business Research",
             "Journal of Marketing Management", "European Journal of Marketing", "The Aeronautical Journal",
             "Journal of Purchasing and Supply Management", "Employee Relations"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Wiley", "Chichester"), ("Kogan Page", "London"), ("AIAA", "Reston, VA"),
               ("Palgrave Macmillan", "Cham"), ("Edward Elgar", "Cheltenham"), ("Pearson", "Harlow")]  # fmt: skip
_UNIVERSITIES = ["Cranfield University", "University of Bristol", "University of Southampton", "University of Strathclyde",
                 "ISAE-SUPAERO", "Delft University of Technology", "KTH Royal Institute of Technology"]  # fmt: skip
_CONFERENCES = [("International Astronautical Congress (IAC)", "Paris"), ("Royal Aeronautical Society Conference", "London"),
                ("AIAA SciTech Forum", "Orlando, FL"), ("International Astronautical Congress", "Milan"),
                ("AIAA SciTech 2024 Forum", "Orlando, FL")]  # fmt: skip
_GOVERNMENT = [
    ("Ministry of Defence", {"government"}), ("MOD", {"government", "acronym"}),
    ("Defence Equipment & Support", {"government", "ampersand"}), ("UK Space Agency", {"government"}),
    ("Civil Aviation Authority", {"government"}), ("Civil Aviation Authority (CAA)", {"government", "abbreviation"}),
    ("European Space Agency", {"government"}), ("ESA", {"government", "acronym"}),
    ("European Union Aviation Safety Agency (EASA)", {"government", "abbreviation"}),
    ("Department for Business and Trade", {"government"}), ("NATO", {"government", "acronym"}),
    ("Stockholm International Peace Research Institute", {"government"}), ("SIPRI", {"government", "acronym"}),
    ("US Department of Defense", {"government"}), ("Federal Aviation Administration", {"government"}),
    ("HM Government", {"government"}), ("House of Commons Defence Committee", {"government"}),
]  # fmt: skip
_TRADE = [
    ("ADS Group", {"trade-body"}), ("Aerospace Technology Institute", {"trade-body"}), ("ATI", {"trade-body", "acronym"}),
    ("Royal Aeronautical Society", {"trade-body"}), ("UKspace", {"trade-body"}), ("ASD Europe", {"trade-body"}),
    ("Aerospace Industries Association", {"trade-body"}), ("Chartered Institute of Marketing", {"trade-body"}),
    ("Institution of Mechanical Engineers (IMechE)", {"trade-body", "abbreviation"}),
    ("Women's Engineering Society", {"trade-body", "apostrophe"}), ("Make UK", {"trade-body"}),
]  # fmt: skip
_COMPANIES = [
    ("BAE Systems plc", {"company"}), ("BAE Systems", {"company"}), ("Airbus SE", {"company"}), ("Airbus", {"company"}),
    ("Rolls-Royce Holdings plc", {"company"}), ("Rolls-Royce", {"company"}), ("Leonardo S.p.A.", {"company"}),
    ("Thales Group", {"company"}), ("Saab AB", {"company"}), ("Babcock International Group PLC", {"company"}),
    ("QinetiQ Group plc", {"company"}), ("GKN Aerospace", {"company"}), ("Melrose Industries PLC", {"company"}),
    ("Boeing", {"company"}), ("The Boeing Company", {"company"}), ("Lockheed Martin Corporation", {"company"}),
    ("OneWeb", {"company"}), ("Surrey Satellite Technology Ltd", {"company"}), ("Spirit AeroSystems", {"company"}),
    ("Marshall Aerospace & Defence Group", {"company", "ampersand"}), ("Reaction Engines", {"company"}),
]  # fmt: skip
_RESEARCH = ["Teal Group", "Oliver Wyman", "Deloitte", "Euroconsult", "Forecast International", "Mintel",
             "PwC", "McKinsey & Company", "Statista"]  # fmt: skip
_PRESS = ["Flight Global", "Aviation Week", "Janes", "Defense News", "SpaceNews", "Financial Times", "BBC News",
          "The Engineer", "Aerospace Testing International", "Forces News"]  # fmt: skip
_ORG_TITLES = ["Defence and security industrial strategy", "Annual report and accounts", "Space industry size and health",
               "Careers in aerospace: early talent", "Sustainability report", "Capital markets day presentation",
               "Global market forecast", "UK aerospace outlook", "Supplier code of conduct", "Trends in world military expenditure",
               "Defence Command Paper", "National space strategy", "Future of flight action plan", "Graduate programmes",
               "Investor presentation: full-year results", "Our approach to social value", "Diversity and inclusion report",
               "Skills and workforce survey", "Export licensing guidance", "Satellite broadband: our network"]  # fmt: skip


class Blind227WorkFactory(WorkFactory):
    """The blind227 pool's works, drawn from a random source of its own (so no other pool changes)."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 227)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 227 + index)
                self.fakers[locale] = fake
        self.dated_orgs: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and dates
    def person(self) -> dict[str, str]:
        if self.rng.random() < 0.45:
            family, given, particle = self.rng.choice(_NAMES)
            name = {"family": family, "given": given}
            if particle:
                name["non-dropping-particle"] = particle
            return name
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():
            return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        if self.rng.random() < 0.06:
            family = f"{family}-{self.fakers['en_GB'].last_name()}"
        return {"family": family, "given": given}

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1975, 1999)
        return self.rng.randint(2005, 2025)

    def accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        # read a year or more after it appeared (a 2025 work read in 2026), or from 2023 on
        start = max(2023, (year or 2022) + 1)
        return {
            "date-parts": [
                [self.rng.randint(start, max(start, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            ]
        }

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]} in the aerospace and defence sector",
                 f"The role of {topic} in {other}", f"{topic[0].upper()}{topic[1:]} and {other}: evidence from Europe",
                 f"Rethinking {topic} for complex B2B markets", f"How {topic} shapes {other}",
                 f"{topic[0].upper()}{topic[1:]}: a study of UK and Swedish suppliers",
                 f"Buying behaviour and {topic} in defence procurement"]  # fmt: skip
        return self.rng.choice(forms)

    def _site(self, name: str) -> str:
        """The web domain an organisation publishes on."""
        known = {"BAE": "baesystems.com", "Airbus": "airbus.com", "Rolls": "rolls-royce.com", "Leonardo": "leonardo.com",
                 "Thales": "thalesgroup.com", "Saab": "saab.com", "Babcock": "babcockinternational.com", "QinetiQ": "qinetiq.com",
                 "GKN": "gknaerospace.com", "Melrose": "melrose.com", "Boeing": "boeing.com", "The Boeing": "boeing.com",
                 "Lockheed": "lockheedmartin.com", "OneWeb": "oneweb.net", "Surrey": "sstl.co.uk", "Spirit": "spiritaero.com",
                 "Marshall": "marshallgroup.co.uk", "Reaction": "reactionengines.co.uk", "Flight": "flightglobal.com",
                 "Aviation": "aviationweek.com", "Janes": "janes.com", "Defense": "defensenews.com", "SpaceNews": "spacenews.com",
                 "Financial": "ft.com", "BBC": "bbc.co.uk", "The Engineer": "theengineer.co.uk", "Aerospace Testing": "aerospacetestinginternational.com",
                 "Forces": "forcesnews.com"}  # fmt: skip
        for start, domain in known.items():
            if name.startswith(start):
                return domain
        return "gov.uk"

    def _url(self, domain: str) -> str:
        return f"https://www.{domain}/{self.fakers['en_GB'].slug()}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            list(_MAKE), weights=[11, 5, 20, 4, 4, 9, 7, 7, 6, 7, 6, 3, 2, 2, 2, 5]
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # now and then the same organisation in the same year as an earlier work ("Airbus, 2023a" and "2023b")
        # (only among bodies of one sort, so that no firm is made the author of a newspaper's article)
        sort = "press" if "press" in tags else "other"
        earlier = [(n, t, i) for n, t, i in self.dated_orgs if ("press" in t) == (sort == "press")]
        if earlier and "issued" in record and self.rng.random() < 0.14:
            name, tags, issued = self.rng.choice(earlier)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0][0])
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated_orgs.append((name, tags, record["issued"]))
        return self._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        title = self.rng.choice(_BOOK_TITLES) if self.rng.random() < 0.6 else self._title()
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS[:3] + _PUBLISHERS[4:6])
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {"type": "chapter", "title": self._title(), "author": self._people(3),
                                  "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
                                  "container-title": f"The Routledge handbook of {self.rng.choice(['defence economics', 'B2B marketing', 'space policy', 'aviation management'])}",
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
                                  "page": f"{start}-{start + self.rng.randint(10, 28)}"}  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {"type": "article-journal", "title": self._title(), "author": self._people(8),
                                  "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
                                  "volume": str(self.rng.randint(5, 120)), "issue": str(self.rng.randint(1, 8)),
                                  "page": f"{start}-{start + self.rng.randint(8, 25)}"}  # fmt: skip
        if self.rng.random() < 0.6:
            record["DOI"] = (
                f"10.1016/j.{self.rng.choice(['indmarman', 'jairtraman', 'spacepol', 'actaastro'])}.{self.rng.randint(2008, 2025)}.{self.rng.randint(10, 99)}.{self.rng.randint(100, 999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "genre": self.rng.choice(["PhD thesis", "MBA dissertation", "MSc thesis", "DBA thesis"]),
                                  "publisher": self.rng.choice(_UNIVERSITIES), "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        event, place = self.rng.choice(_CONFERENCES)
        year = self.year()
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(5),
                                  "container-title": f"Proceedings of the {event}", "event-place": place,
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        return self._person_work(record, "conference")

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        year = self.year()
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(_ORG_TITLES),
                                  "issued": {"date-parts": [[year]]},
                                  "URL": self._url(self.rng.choice(["gov.uk", "esa.int", "nato.int", "sipri.org", "easa.europa.eu", "defense.gov", "faa.gov"])),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        return self._org(record, "report" if record["type"] == "report" else "web", name, set(tags))

    def _trade_body(self) -> Work:
        name, tags = self.rng.choice(_TRADE)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(_ORG_TITLES),
                                  "URL": self._url(self.rng.choice(["adsgroup.org.uk", "ati.org.uk", "aerosociety.com", "ukspace.org", "asd-europe.org", "aia-aerospace.org"]))}  # fmt: skip
        year = self.year() if self.rng.random() < 0.8 else None
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self.accessed_after(year)
        return self._org(record, "web", name, set(tags))

    def _company(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(_ORG_TITLES),
                                  "URL": self._url(self._site(name))}  # fmt: skip
        year = self.year() if self.rng.random() < 0.7 else None
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self.accessed_after(year)
        return self._org(record, "web", name, set(tags))

    def _annual_report(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.rng.randint(2015, 2025)
        record: dict[str, Any] = {"type": "report",
                                  "title": self.rng.choice([f"Annual report {year}", f"Annual report and accounts {year}",
                                                            f"Full-year results {year}: investor presentation",
                                                            f"Capital markets day {year}", f"Sustainability report {year}"]),
                                  "issued": {"date-parts": [[year]]}, "publisher": name, "publisher-place": self.rng.choice(["London", "Leiden", "Rome", "Stockholm", "Bethesda, MD", "Farnborough"])}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url(self._site(name))
            record["accessed"] = self.accessed_after(year)
        return self._org(record, "report", name, set(tags))

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2016, 2025)
        market = self.rng.choice(
            [
                "commercial aircraft",
                "military aircraft",
                "small satellites",
                "aero engines",
                "defence electronics",
                "MRO",
                "launch services",
                "UK aerospace",
            ]
        )
        record: dict[str, Any] = {"type": "report",
                                  "title": self.rng.choice([f"World {market} forecast {year}-{year + 10}", f"{market[0].upper()}{market[1:]} market overview {year}",
                                                            f"Global fleet and MRO market forecast {year}", f"Satellites to be built and launched by {year + 9}"]),
                                  "issued": {"date-parts": [[year]]}, "publisher": name.split(" &")[0],
                                  "URL": self._url(f"{name.split()[0].lower()}.com"), "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org(record, "report", name, {"market-research"} | ({"ampersand"} if "&" in name else set()))

    def _news(self) -> Work:
        year = self.year()
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "author": self._people(2),
                                  "container-title": paper,
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url(self._site(paper)),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        return self._person_work(record, "news")

    def _news_unsigned(self) -> Work:
        name = self.rng.choice(_PRESS)
        year = self.year()
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": name,
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url(self._site(name)),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org(record, "news", name, {"press"})

    def _social(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES[:12] + _TRADE[:4])
        year = self.rng.randint(2019, 2025)
        record: dict[str, Any] = {"type": "post", "title": self.rng.choice(["We're hiring graduate engineers for our 2025 intake", "Proud to be at the show this week", "Meet our apprentices", "Celebrating International Women in Engineering Day"]),
                                  "container-title": self.rng.choice(["LinkedIn", "X", "Instagram"]),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url("linkedin.com"), "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org(record, "web", name, set(tags) | {"social"})

    def _video(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.rng.randint(2015, 2025)
        record: dict[str, Any] = {"type": "motion_picture", "title": self.rng.choice(["Inside our factory of the future", "A day in the life of an apprentice", "The story of our engine", "Launch highlights"]),
                                  "medium": "YouTube video", "issued": {"date-parts": [[year]]},
                                  "URL": "https://www.youtube.com/watch?v=" + self.fakers["en_GB"].lexify("???????????"),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org(record, "web", name, set(tags) | {"video"})

    def _podcast(self) -> Work:
        year = self.rng.randint(2018, 2025)
        record: dict[str, Any] = {"type": "broadcast", "title": f"Episode {self.rng.randint(3, 180)}: {self._title()}",
                                  "author": self._people(2), "container-title": self.rng.choice(["The Aerospace Podcast", "Defence Connect", "The Space Show UK", "Aviation Week's Check 6"]),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url("podcasts.apple.com"),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        return self._person_work(record, "web")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(_ORG_TITLES), "URL": self._url(self.rng.choice(["airbus.com", "gov.uk", "saab.com", "thalesgroup.com"])),
                                  "accessed": self.accessed_after(None)}  # fmt: skip
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.rng.choice(_COMPANIES + _TRADE + _GOVERNMENT)
        return self._org_work(record, "web", name, set(tags) | {"undated"})
