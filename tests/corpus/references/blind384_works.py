"""The blind384 pool's works: what marketers at sport clubs, gyms, boutique studios, leisure trusts, running and
cycling events, governing bodies and fitness apps in the UK, Ireland, Portugal, Nigeria, the Philippines and
Argentina cite in CIM Level 6 and 7 reports and MBA assignments. Written without reading the checker or any other
pool: sport-marketing and services-marketing textbooks and their chapters, journal articles on fan engagement,
membership retention, sponsorship, wearables and community sport (one to eight authors), governing bodies,
regulators and public agencies, governments' participation statistics, clubs' and operators' annual reports,
investor presentations and press pages, research firms' and consultancies' reports, the sports and trade press
signed and unsigned, and undated pages with access dates.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "web", "report", "news")

# Names as their scholars and journals print them: Irish with their fadas and prefixes, Portuguese and Argentine with
# two surnames and particles kept apart, Yoruba, Igbo and Hausa names, Filipino names (Spanish and Tagalog surnames).
_NAMES = [
    ("Ó Súilleabháin", "Cian"), ("Ní Mhurchú", "Aoife"), ("O'Sullivan", "Niamh"), ("McCarthy", "Seán"),
    ("Mac Giolla Phádraig", "Eoin"), ("Ní Dhuibhir", "Siobhán"), ("Kavanagh", "Orla"), ("Fitzgerald", "Darragh"),
    ("Gonçalves", "João"), ("Conceição", "Inês"), ("Magalhães", "Rui"), ("Simões", "Beatriz"), ("Sarmento", "Tiago"),
    ("Correia", "Mariana"), ("Antunes", "Sofia"), ("Adeyemi", "Oluwaseun"), ("Okonkwo", "Chukwuemeka"),
    ("Babatunde", "Adebayo"), ("Eze", "Ngozi"), ("Bello", "Aminu"), ("Nwachukwu", "Chiamaka"), ("Ogunleye", "Funmilayo"),
    ("Abdullahi", "Hauwa"), ("Reyes", "Maria Cristina"), ("Dela Rosa", "Jose Miguel"), ("Bautista", "Angelica"),
    ("Mendoza", "Carlo"), ("Macapagal", "Patricia"), ("Villanueva", "Ramon"), ("Dimaculangan", "Joy"),
    ("Fernández", "Lucía"), ("González", "Martín"), ("Pérez Mendoza", "Florencia"), ("Rodríguez", "Agustín"),
    ("Sánchez", "Valentina"), ("Giménez", "Matías"), ("Álvarez", "Sofía"), ("Smith", "Andrew"), ("Jones", "Rhian"),
    ("Hughes", "Gareth"), ("Patel", "Priya"), ("Wright", "Eleanor"), ("Robertson", "Callum"), ("Taylor", "Hannah"),
    ("Shilbury", "David"), ("Funk", "Daniel"), ("Ratten", "Vanessa"), ("Woratschek", "Herbert"), ("Kim", "Minji"),
]  # fmt: skip
_PARTICLE_NAMES = [("da", "Silva", "Pedro"), ("dos", "Santos", "Ana Rita"), ("de", "Sousa", "Miguel"),
                   ("de la", "Fuente", "Camila"), ("del", "Río", "Tomás"), ("de los", "Santos", "Kristine"),
                   ("van der", "Meer", "Lotte")]  # fmt: skip
_ORGANISATIONS = [
    ("Sport England", {"government"}), ("UK Active", {"trade-body"}), ("ukactive", {"trade-body"}),
    ("The Football Association", {"governing-body"}), ("The FA", {"governing-body", "acronym"}),
    ("Premier League", {"governing-body"}), ("English Football League (EFL)", {"governing-body", "abbreviation"}),
    ("Rugby Football Union (RFU)", {"governing-body", "abbreviation"}), ("Sport Ireland", {"government"}),
    ("Football Association of Ireland", {"governing-body"}), ("Gaelic Athletic Association (GAA)", {"governing-body", "abbreviation"}),
    ("Instituto Português do Desporto e Juventude (IPDJ)", {"government", "abbreviation"}),
    ("Federação Portuguesa de Futebol", {"governing-body"}), ("Nigeria Football Federation", {"governing-body"}),
    ("Philippine Sports Commission", {"government"}), ("Asociación del Fútbol Argentino (AFA)", {"governing-body", "abbreviation"}),
    ("Secretaría de Deportes de la Nación", {"government"}), ("British Cycling", {"governing-body"}),
    ("England Athletics", {"governing-body"}), ("parkrun", {"company"}), ("Community Leisure UK", {"trade-body"}),
    ("Department for Culture, Media & Sport", {"government", "ampersand", "comma"}),
    ("Chartered Institute for the Management of Sport and Physical Activity (CIMSPA)", {"trade-body", "abbreviation"}),
    ("Deloitte", {"company"}), ("KPMG", {"company", "acronym"}), ("PwC", {"company"}),
    ("Leisure Database Company", {"market-research"}), ("The Leisure Database Company", {"market-research"}),
    ("Mintel", {"market-research"}), ("Statista", {"market-research"}), ("YouGov", {"market-research"}),
    ("Nielsen Sports", {"market-research"}), ("Two Circles", {"company"}), ("Sport Industry Research Centre", {"market-research"}),
    ("Manchester United plc", {"company"}), ("Celtic plc", {"company"}), ("Sport Lisboa e Benfica", {"company"}),
    ("Futebol Clube do Porto", {"company"}), ("The Gym Group plc", {"company"}), ("PureGym", {"company"}),
    ("David Lloyd Leisure", {"company"}), ("Better (GLL)", {"company", "abbreviation"}), ("Everyone Active", {"company"}),
    ("Strava", {"company"}), ("Fitbit", {"company"}), ("WHOOP", {"company", "acronym"}), ("Peloton", {"company"}),
    ("Anytime Fitness Philippines", {"company"}), ("Club Atlético Boca Juniors", {"company"}),
    ("Lagos City Marathon", {"company"}), ("Sport Ireland & Healthy Ireland", {"government", "ampersand"}),
    ("Women's Sport Trust", {"trade-body", "apostrophe"}), ("Sports Grounds Safety Authority", {"government"}),
    ("Office for National Statistics", {"government"}), ("Central Statistics Office", {"government"}),
    ("Instituto Nacional de Estatística", {"government"}), ("Philippine Statistics Authority", {"government"}),
    ("INDEC", {"government", "acronym"}), ("National Bureau of Statistics", {"government"}),
    ("Advertising Standards Authority", {"government"}), ("Competition and Markets Authority", {"government"}),
]  # fmt: skip
_PRESS = ["SportsPro", "Leisure Opportunities", "Sport Business", "The Athletic", "BBC Sport", "The Irish Times",
          "Record", "A Bola", "Punch", "BusinessWorld", "Olé", "La Nación", "Marketing Week", "Campaign",
          "Health Club Management", "The Guardian", "Financial Times", "Rappler", "Premium Times"]  # fmt: skip
_JOURNALS = ["Sport Management Review", "European Sport Management Quarterly", "Journal of Sport Management",
             "International Journal of Sports Marketing and Sponsorship", "Sport, Business and Management",
             "Journal of Services Marketing", "Managing Sport and Leisure", "Sport Marketing Quarterly",
             "Journal of Business Research", "Journal of Retailing and Consumer Services",
             "International Journal of Sport Policy and Politics", "Leisure Studies", "Revista de Gestão",
             "Asia Pacific Journal of Marketing and Logistics", "Journal of Strategic Marketing"]  # fmt: skip
_TOPICS = ["fan engagement", "membership retention", "shirt sponsorship", "wearable fitness trackers",
           "community sport", "season-ticket renewal", "boutique fitness", "gym churn", "mass-participation events",
           "women's football", "club loyalty", "esports and fan identity", "connected fitness apps",
           "grassroots rugby", "leisure trust pricing", "parkrun and volunteering", "sponsorship activation",
           "fan tokens", "low-cost gyms", "physical activity after COVID-19", "servicescape quality in gyms",
           "social media and fan communities", "cycling sportives", "stadium experience"]  # fmt: skip
_PLACES = ["the UK", "Ireland", "Portugal", "Nigeria", "the Philippines", "Argentina", "England", "Lagos",
           "Metro Manila", "Buenos Aires", "Lisbon", "Dublin", "Scotland"]  # fmt: skip


class Blind384WorkFactory(WorkFactory):
    """Works for blind384; a subclass, so the other halves' factories are unchanged."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 384)
        self.dated: list[tuple[str, set[str], dict[str, Any]]] = []

    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.12:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.75:
            family, given = self.rng.choice(_NAMES)
            return {"family": family, "given": given}
        return super().person()

    def organisation(self) -> tuple[str, set[str]]:
        if self.rng.random() < 0.85:
            name, tags = self.rng.choice(_ORGANISATIONS)
            return name, set(tags)
        return super().organisation()

    def year(self) -> int:
        if self.rng.random() < 0.04:
            return self.rng.randint(1978, 2005)  # Mullin, Hardy and Sutton; Kotler; the classics
        return self.rng.randint(2010, 2024)

    def accessed(self) -> dict[str, list[list[int]]]:
        return {"date-parts": [[2025, self.rng.randint(1, 11), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        place = self.rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"The role of {topic} in {place}'s sport sector",
                 f"{topic[0].upper()}{topic[1:]}: evidence from {place}",
                 f"Why members leave: {topic} and the leisure customer", f"{topic[0].upper()}{topic[1:]} and {self.rng.choice(_TOPICS)}",
                 f"Rethinking {topic}", f"Active lives: {topic} report {self.rng.randint(2015, 2024)}"]  # fmt: skip
        return self.rng.choice(forms)

    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "organisation-web", "organisation-report", "government", "market-research",
             "web-person", "press", "undated-web"],
            weights=[12, 6, 24, 12, 12, 7, 7, 5, 10, 5],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self.rng.choice(["Sport marketing", "Services marketing: people, technology, strategy",
                                                      "Marketing management", "Strategic sport marketing",
                                                      "Principles of marketing", "Sport management: principles and applications",
                                                      self._title()]),
            "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Pearson", "Human Kinetics", "Sage", "Kogan Page", "Wiley", "Goodfellow"]),
            "publisher-place": self.rng.choice(["Abingdon", "Harlow", "Champaign, IL", "London", "Oxford"]),
        }  # fmt: skip
        if self.rng.random() < 0.4:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["Routledge handbook of sport marketing", "The Routledge handbook of football business and management",
                                                "Handbook of research on sport and business", "Managing sport in the Global South"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "Edward Elgar"]),
            "publisher-place": self.rng.choice(["Abingdon", "Cheltenham"]),
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(10, 25)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 700))}-{start + self.rng.randint(10, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same body in the same year as an earlier work (Sport England 2023a and 2023b).
        if self.dated and "issued" in record and self.rng.random() < 0.15:
            name, tags, issued = self.rng.choice(self.dated)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _url(self) -> str:
        fake = self.fakers["en_GB"]
        return f"https://www.{fake.domain_word()}.{self.rng.choice(['co.uk', 'com', 'ie', 'pt', 'ng', 'ph', 'com.ar', 'org'])}/{fake.slug()}"

    def _organisation_web(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self._title(),
            "URL": self._url(),
            "accessed": self.accessed(),
        }
        if self.rng.random() < 0.8:
            record["issued"] = {"date-parts": [[self.year()]]}
        return self._org_work(record, "web", name, tags)

    def _organisation_report(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        title = self.rng.choice([f"Annual report and accounts {year}", f"Investor presentation: FY{str(year)[2:]} results",
                                 f"Strategy {year}-{year + 5}", self._title(), f"Press release: {self._title().lower()}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0], "publisher-place": self.rng.choice(["London", "Dublin", "Lisbon", "Lagos", "Manila", "Buenos Aires"])}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url()
            record["accessed"] = self.accessed()
        return self._org_work(record, "report", name, tags)

    def _government(self) -> Work:
        name = self.rng.choice(["Sport England", "Department for Culture, Media & Sport", "Sport Ireland",
                                "Office for National Statistics", "Central Statistics Office", "Philippine Sports Commission",
                                "Instituto Nacional de Estatística", "Secretaría de Deportes de la Nación",
                                "Federal Ministry of Youth and Sports Development", "Welsh Government", "Scottish Government"])  # fmt: skip
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self.rng.choice([f"Active Lives adult survey: November {(start := self.rng.randint(2016, 2023))}-{(start + 1) % 100:02d} report",
                                      "Uniting the movement", "Get Active: a strategy for the future of sport and physical activity",
                                      "Participation in sport and physical activity", self._title()]),
            "issued": {"date-parts": [[self.year()]]}, "URL": self._url(), "accessed": self.accessed(),
        }  # fmt: skip
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _market_research(self) -> Work:
        name = self.rng.choice(["Mintel", "Statista", "Deloitte", "KPMG", "Leisure Database Company", "YouGov",
                                "Nielsen Sports", "Two Circles", "PwC", "GlobalData", "IBISWorld"])  # fmt: skip
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual review of football finance {year}", f"Health and fitness clubs - UK - {year}",
                                                        f"State of the UK fitness industry report {year}", f"Sports sponsorship market in {self.rng.choice(_PLACES)}",
                                                        f"Football money league {year}", self._title()]),
            "publisher": name, "URL": self._url(), "accessed": self.accessed(), "issued": {"date-parts": [[year]]},
        }  # fmt: skip
        return self._org_work(record, "report", name, {"market-research"})

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "issued": {"date-parts": [[self.year()]]}, "URL": self._url(), "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.2:
            record.pop("issued")
        return self._person_work(record, "web")

    def _press(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[self.year(), self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(), "accessed": self.accessed(),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self._title(),
            "URL": self._url(),
            "accessed": self.accessed(),
        }
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags | {"undated"})
