"""Works that marketers at gyms, fitness clubs, boutique and yoga studios, fitness apps and sports-nutrition brands
in the UK, the Netherlands, Spain, Sweden, Brazil and the US cite in CIM and MBA reports (the "blind337" pool).

Written without reading the checker or any other pool: sport-management, retailing, services and consumer journals
with one to eight authors, textbooks and chapters, statistics offices and health bodies (with and without their
abbreviation, two works of one body in a year), firms' pages and annual reports (Ltd, plc, N.V., S.L., AB, S.A.,
Ltda., Inc.), trade bodies, the fitness and national press signed and unsigned, market research with and without
years, undated pages; Dutch names with "van", "van der" and "de", Spanish names with two surnames, Swedish names with
"å" and "ö", Brazilian names with "da", "dos" and "de", American and British names.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "report", "web", "news")

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_US", "en_US", "nl_NL", "es_ES", "sv_SE", "pt_BR"]
# Names as this region's scholars print them on English-language papers (particle, family, given).
_NAMES = [
    ("van", "Bottenburg", "Maarten"), ("van der", "Roest", "Jan-Willem"), ("de", "Jong", "Femke"),
    ("van den", "Heuvel", "Sanne"), ("de", "Haan", "Ruud"), (None, "Hoekman", "Remco"), (None, "Breedveld", "Koen"),
    (None, "García Fernández", "Jerónimo"), (None, "Gálvez Ruiz", "Pablo"), (None, "Bernal García", "Alejandro"),
    (None, "Pérez Villalba", "Marta"), ("de la", "Cámara Serrano", "Lucía"), (None, "Calabuig Moreno", "Ferran"),
    (None, "Åkesson", "Johan"), (None, "Söderström", "Tor"), (None, "Lindström", "Åsa"), (None, "Öberg", "Karin"),
    (None, "Fahlén", "Josef"), (None, "Ström", "Mikael"), ("da", "Silva", "Marcos"), ("dos", "Santos", "Luana"),
    ("de", "Oliveira", "Thiago"), ("da", "Costa", "Beatriz"), (None, "Mazzei", "Leandro"), (None, "Rocha", "Cláudio"),
    (None, "Funk", "Daniel C."), (None, "Pritchard", "Mark"), (None, "Shilbury", "David"), (None, "Kim", "Yukyoung"),
    (None, "O'Reilly", "Norm"), (None, "MacIntosh", "Eric"), (None, "Doherty", "Alison"), (None, "Ratten", "Vanessa"),
]  # fmt: skip
# Who candidates cite as authors when no person is named: (name, tags).
_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("PureGym Group Ltd", {"company"}), ("PureGym", {"company"}), ("The Gym Group plc", {"company"}),
    ("David Lloyd Leisure Ltd", {"company"}), ("Nuffield Health", {"company"}), ("Virgin Active", {"company"}),
    ("Basic-Fit N.V.", {"company"}), ("SATS ASA", {"company"}), ("Friskis&Svettis", {"company", "ampersand"}),
    ("Smart Fit Escola de Ginástica e Dança S.A.", {"company"}), ("Bodytech Companhia Ltda.", {"company"}),
    ("Peloton Interactive, Inc.", {"company", "comma"}), ("Planet Fitness, Inc.", {"company", "comma"}),
    ("Gymshark Ltd", {"company"}), ("THG plc", {"company", "acronym"}), ("Holmes Place Iberia S.L.", {"company"}),
    ("Les Mills International", {"company"}), ("Huel Ltd", {"company"}),
    ("Barry's", {"company", "apostrophe"}), ("Equinox Holdings, Inc.", {"company", "comma"}),
    ("ukactive", {"trade-body", "lowercase"}), ("EuropeActive", {"trade-body"}),
    ("Chartered Institute for the Management of Sport and Physical Activity (CIMSPA)", {"trade-body", "abbreviation"}),
    ("CIMSPA", {"trade-body", "acronym"}), ("Health & Fitness Association (IHRSA)", {"trade-body", "ampersand", "abbreviation"}),
    ("Register of Exercise Professionals (REPs)", {"trade-body", "abbreviation"}),
    ("Chartered Institute of Marketing (CIM)", {"trade-body", "abbreviation"}),
    ("Deloitte", {"market-research"}), ("Leisure Database Company", {"market-research"}), ("Mintel", {"market-research"}),
    ("Statista", {"market-research"}), ("Kantar", {"market-research"}), ("YouGov", {"market-research"}),
    ("Euromonitor International", {"market-research"}), ("McKinsey & Company", {"company", "ampersand"}),
]  # fmt: skip
_GOVERNMENT: list[tuple[str, set[str]]] = [
    ("Sport England", set()), ("Department for Culture, Media and Sport", {"comma"}),
    ("Department for Culture, Media and Sport (DCMS)", {"comma", "abbreviation"}), ("DCMS", {"acronym"}),
    ("Office for National Statistics", set()), ("Office for National Statistics (ONS)", {"abbreviation"}),
    ("NHS", {"acronym"}), ("NHS England", set()), ("Statistics Netherlands (CBS)", {"abbreviation"}),
    ("Consejo Superior de Deportes (CSD)", {"abbreviation"}), ("Instituto Nacional de Estadística (INE)", {"abbreviation"}),
    ("Statistics Sweden (SCB)", {"abbreviation"}), ("Instituto Brasileiro de Geografia e Estatística (IBGE)", {"abbreviation"}),
    ("Centers for Disease Control and Prevention (CDC)", {"abbreviation"}), ("World Health Organization", set()),
    ("World Health Organization (WHO)", {"abbreviation"}), ("Public Health England", set()),
]  # fmt: skip
_JOURNALS = ["Journal of Sport Management", "Sport Management Review", "Journal of Retailing",
             "Journal of Service Research", "Journal of Consumer Research",
             "International Journal of Sports Marketing and Sponsorship", "Psychology of Sport and Exercise",
             "Journal of Marketing Management", "European Sport Management Quarterly", "Journal of Services Marketing"]  # fmt: skip
_PRESS = ["The Guardian", "The Times", "Men's Health", "Women's Health", "Health Club Management", "Club Industry",
          "El País", "Dagens Nyheter", "Folha de S.Paulo", "The New York Times", "Marketing Week", "Campaign"]  # fmt: skip
_TOPICS = ["membership churn", "low-cost gym growth", "boutique fitness loyalty", "fitness app retention",
           "wearable adoption", "connected fitness", "influencer marketing in fitness", "gym onboarding",
           "service quality in fitness clubs", "customer engagement in health clubs", "sports nutrition branding",
           "digital fitness communities", "class-pass models", "personal training referrals", "yoga studio pricing",
           "physical activity after lockdown", "female participation in strength training", "gamification in exercise apps",
           "the high-value low-price model", "member experience", "subscription cancellation", "exercise motivation"]  # fmt: skip
_CLASSICS = [
    ("book", [(None, "Kotler", "Philip"), (None, "Keller", "Kevin Lane")], "Marketing management", 1967, "Pearson"),
    ("book", [(None, "Zeithaml", "Valarie A."), (None, "Bitner", "Mary Jo")], "Services marketing", 1996, "McGraw-Hill"),
    ("book", [(None, "Chaffey", "Dave"), (None, "Ellis-Chadwick", "Fiona")], "Digital marketing: strategy, implementation and practice", 2000, "Pearson"),
    ("book", [(None, "Reichheld", "Frederick F.")], "The loyalty effect", 1996, "Harvard Business School Press"),
    ("book", [(None, "Mullin", "Bernard J."), (None, "Hardy", "Stephen"), (None, "Sutton", "William A.")], "Sport marketing", 1993, "Human Kinetics"),
    ("book", [(None, "Keller", "Kevin Lane")], "Strategic brand management", 1998, "Prentice Hall"),
]  # fmt: skip


class Blind337WorkFactory(WorkFactory):
    """The blind337 pool's works: gyms, fitness clubs, studios, apps and sports nutrition."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 33700)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.dated: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        if self.rng.random() < 0.3:
            particle, family, given = self.rng.choice(_NAMES)
            name = {"family": family, "given": given}
        else:
            fake = self.fakers[self.rng.choice(_LOCALES)]
            family, given = fake.last_name(), fake.first_name()
            words = family.split()
            particle = None
            if len(words) > 1 and words[0].islower():
                particle, family = (
                    " ".join(w for w in words if w.islower()),
                    " ".join(w for w in words if not w.islower()),
                )
            if fake is self.fakers["es_ES"] and self.rng.random() < 0.6:  # two surnames, as Spanish scholars print them
                family = f"{family} {fake.last_name()}"
            if fake is self.fakers["pt_BR"] and not particle and self.rng.random() < 0.2:
                particle = self.rng.choice(["da", "dos", "de"])
            name = {"family": family, "given": given}
        if particle:
            name["non-dropping-particle"] = particle
        return name

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    def year(self) -> int:
        return self.rng.randint(2009, 2025)

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]}: evidence from {self.rng.choice(['the UK', 'Spain', 'Sweden', 'Brazil', 'the Netherlands', 'the United States'])}",
                 f"Understanding {topic}", f"{topic[0].upper()}{topic[1:]} and {other}",
                 f"Why members leave: {topic} in {self.rng.choice(['budget gyms', 'boutique studios', 'health clubs'])}",
                 f"{topic[0].upper()}{topic[1:]} in practice", f"The role of {topic} in {other}"]  # fmt: skip
        return self.rng.choice(forms)

    def _accessed_after(self, issued: int | list[int] | None) -> dict[str, list[list[int]]]:
        parts = [issued] if isinstance(issued, int) else list(issued or [2022])
        year = self.rng.randint(max(2022, parts[0]), max(2022, parts[0], 2025))
        month = self.rng.randint(parts[1] if year == parts[0] and len(parts) > 1 else 1, 12)
        day = self.rng.randint(parts[2] if year == parts[0] and len(parts) > 2 and month == parts[1] else 1, 28)
        return {"date-parts": [[year, month, day]]}

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "government", "company", "press", "market-research", "web-person",
             "classic", "undated-web"],
            weights=[11, 6, 24, 12, 14, 10, 9, 5, 4, 5],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[30, 26, 18, 10, 6, 4, 3, 3][:most])[0]
        return [self.person() for _ in range(count)]

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then a second work of one body in the same year ("Sport England, 2023a" and "2023b").
        if self.dated and "issued" in record and self.rng.random() < 0.15:
            name, tags, issued = self.rng.choice(self.dated)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(issued["date-parts"][0])
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self._title(), "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Human Kinetics", "Pearson", "Sage", "Kogan Page", "Palgrave Macmillan", "Wiley"]),
            "publisher-place": self.rng.choice(["Abingdon", "Champaign, IL", "Harlow", "London", "New York", "Chichester"]),
        }  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["Routledge handbook of sport marketing", "The fitness industry: a global perspective",
                                                "Handbook of sport management research", "Services marketing: a European view"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "Edward Elgar", "Sage"]),
            "publisher-place": self.rng.choice(["Abingdon", "Cheltenham", "London"]),
            "page": f"{(start := self.rng.randint(1, 320))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(5, 60)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{(start := self.rng.randint(1, 700))}-{start + self.rng.randint(10, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.choice(['1123', '1016', '1080', '1177'])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(2010, 2025)}.{self.rng.randint(100, 9999)}"
            )
        return self._person_work(record, "journal")

    def _classic(self) -> Work:
        kind, people, title, first, publisher = self.rng.choice(_CLASSICS)
        edition = self.rng.randint(1, 16)
        year = first if edition == 1 else self.rng.randint(max(first, 2012), 2024)
        authors = [{"family": f, "given": g} for _, f, g in people]
        record: dict[str, Any] = {"type": kind, "title": title, "author": authors, "issued": {"date-parts": [[year]]},
                                  "publisher": publisher, "publisher-place": "Harlow" if publisher == "Pearson" else "New York"}  # fmt: skip
        if edition > 1:
            record["edition"] = str(edition)
        return self._person_work(record, "book")

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        year = self.year()
        slug = self.fakers["en_GB"].slug()
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self.rng.choice([f"Active Lives Adult Survey {year}", f"Physical activity statistics {year}",
                                      f"Sport participation and physical activity: {self.rng.choice(['annual', 'quarterly'])} release",
                                      f"Household expenditure on sport and recreation {year}", self._title(),
                                      f"Physical activity guidelines: {self.rng.choice(['adults', 'children', 'older adults'])}"]),
            "issued": {"date-parts": [[year]]}, "URL": f"https://www.{self.rng.choice(['gov.uk', 'sportengland.org', 'cbs.nl', 'ine.es', 'scb.se', 'ibge.gov.br', 'cdc.gov', 'who.int'])}/{slug}",
            "accessed": self._accessed_after(year),
        }  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags | {"government"})

    def _company(self) -> Work:
        name, tags = self.organisation()
        year = self.rng.randint(2012, 2025)  # after the founding years the decoys name ("Smart Fit, 2009")
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage", "webpage"]),
            "title": self.rng.choice([f"Annual report and accounts {year}", f"Sustainability report {year}",
                                      f"{self.rng.choice(['UK', 'European', 'Global'])} fitness market {self.rng.choice(['review', 'report', 'outlook'])} {year}",
                                      "Membership options", "Our story", "Investor presentation: full-year results", self._title()]),
            "issued": {"date-parts": [[year]]}, "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path(),
            "accessed": self._accessed_after(year),
        }  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _market_research(self) -> Work:
        name = self.rng.choice(
            [
                "Mintel",
                "Statista",
                "Kantar",
                "YouGov",
                "Euromonitor International",
                "Deloitte",
                "Leisure Database Company",
            ]
        )
        year = self.year() if self.rng.random() < 0.88 else None
        market = self.rng.choice(
            [
                "health and fitness clubs",
                "boutique fitness",
                "home fitness equipment",
                "sports nutrition",
                "fitness apps",
                "wearable devices",
                "yoga and pilates",
                "sportswear",
            ]
        )
        country = self.rng.choice(["UK", "Netherlands", "Spain", "Sweden", "Brazil", "US", "Europe"])
        record: dict[str, Any] = {
            "type": "report", "publisher": name,
            "title": self.rng.choice([f"{market[0].upper()}{market[1:]} - {country} - {self.rng.choice(['March', 'July', 'November'])} {year or 2024}",
                                      f"State of the {country} fitness market {year or 2024}",
                                      f"Number of {market} users in the {country} from 2018 to 2024",
                                      f"{country} {market} market report"]),
            "URL": f"https://www.{name.split()[0].lower()}.com/{self.fakers['en_GB'].slug()}", "accessed": self._accessed_after(year),
        }  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, "report", name, {"market-research"})

    def _press(self) -> Work:
        fake = self.fakers["en_GB"]
        year = self.year()
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": fake.url() + fake.uri_path(),
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"} | ({"apostrophe"} if "'" in paper else set()))

    def _web_person(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "issued": {"date-parts": [[year]]},
                                  "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path(),
                                  "accessed": self._accessed_after(year)}  # fmt: skip
        return self._person_work(record, "web")

    def _undated_web(self) -> Work:
        fake = self.fakers["en_GB"]
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": fake.url() + fake.uri_path(),
                                  "accessed": self._accessed_after(None)}  # fmt: skip
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags | {"undated"})
