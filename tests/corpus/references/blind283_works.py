"""The blind283 pool's works: what marketers at self-storage operators, removal and relocation firms, van-hire,
packaging and moving-supplies brands and property and storage-tech firms in the UK, Ireland, the Netherlands,
Belgium, Germany and the Nordic countries cite in CIM Level 6 and 7 reports and MBA assignments.

Written without reading the checker, its tests or any other pool. Books, chapters and journal articles with one to
eight authors (property, real-estate, services-marketing, consumer-behaviour, logistics and retailing journals), the
marketing texts every candidate cites, statistics offices, regulators and trade bodies (two works of one body in a
year), firms' pages and annual reports ("Big Yellow Group PLC", "Safestore Holdings plc", "Shurgard Self Storage Ltd",
"Nettolager AB", "Pelican Self Storage AS"), the trade and business press signed and unsigned, market research with
and without years and undated pages. Dutch names keep a lower-case particle apart ("van Vliet"), Flemish ones write
it as part of the surname ("Van Driessche"), German, Swedish, Danish, Norwegian and Finnish names keep their letters
("Müller", "Åkesson", "Østergaard", "Bjørnstad", "Mäkinen").
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

# The kinds of work a report holds (Work.kind); make() draws them through the makers below (annual reports, the
# statistics offices' releases and market research are "report" or "web", trade and business press "news").
KINDS = ("book", "chapter", "journal", "web", "report", "news")

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IE", "nl_NL", "nl_NL", "nl_BE", "de_DE", "de_DE", "sv_SE", "da_DK",
            "no_NO", "fi_FI"]  # fmt: skip
# Names as these region's journals print them: particles apart in the Netherlands, inside the surname in Flanders,
# "von" apart in Germany, the Nordic letters kept.
_NAMED = [
    ("van", "Vliet", "Sanne"), ("van der", "Meer", "Joost"), ("van den", "Berg", "Lieke"), ("de", "Jong", "Pieter"),
    ("ten", "Have", "Marloes"), ("von", "Bredow", "Katharina"), (None, "Van den Broeck", "Wouter"),
    (None, "De Smedt", "Lien"), (None, "Vandenbussche", "Jens"), (None, "Müller", "Jürgen"), (None, "Schäfer", "Anke"),
    (None, "Weiß", "Tobias"), (None, "Åkesson", "Linnea"), (None, "Lindqvist", "Oskar"), (None, "Söderström", "Elin"),
    (None, "Østergaard", "Mette"), (None, "Sørensen", "Rasmus"), (None, "Bjørnstad", "Ingrid"), (None, "Hægeland", "Sindre"),
    (None, "Mäkinen", "Aino"), (None, "Järvinen", "Mikko"), (None, "Ó Súilleabháin", "Cian"), (None, "Ní Bhriain", "Aoife"),
    (None, "O'Donoghue", "Ciara"), (None, "McAllister", "Euan"),
]  # fmt: skip
_JOURNALS = ["Journal of Property Investment & Finance", "Journal of Real Estate Research", "Journal of Services Marketing",
             "Journal of Consumer Behaviour", "International Journal of Physical Distribution & Logistics Management",
             "Journal of Retailing and Consumer Services", "Journal of Marketing Management", "Journal of Business Research"]  # fmt: skip
_TEXTBOOKS = [
    ("Marketing management", "Pearson", "Harlow"), ("Principles of marketing", "Pearson", "Harlow"),
    ("Digital marketing: strategy, implementation and practice", "Pearson", "Harlow"),
    ("Services marketing: integrating customer focus across the firm", "McGraw-Hill", "New York"),
    ("Exploring strategy", "Pearson", "Harlow"), ("Marketing communications", "Pearson", "Harlow"),
    ("Pricing strategy: setting price levels, managing price discounts and establishing price structures", "Routledge", "Abingdon"),
    ("Real estate marketing", "Routledge", "Abingdon"), ("Logistics and supply chain management", "Pearson", "Harlow"),
    ("Consumer behaviour", "Pearson", "Harlow"), ("The marketing book", "Routledge", "Abingdon"),
]  # fmt: skip
_TOPICS = ["self-storage demand", "life-event marketing", "local SEO", "dynamic pricing", "occupancy management",
           "removal-firm reputation", "online reviews", "B2B storage", "last-mile logistics", "relocation services",
           "moving-day stress", "van rental", "packaging sustainability", "proptech adoption", "urban densification",
           "small-business storage", "price transparency", "customer lifetime value", "search advertising",
           "corporate relocation", "service recovery", "reference prices", "trust in service providers"]  # fmt: skip
_ORGS: list[tuple[str, set[str]]] = [
    ("SSA UK", {"trade-body", "acronym"}), ("Self Storage Association UK (SSA UK)", {"trade-body", "abbreviation"}),
    ("Self Storage Association UK", {"trade-body"}), ("FEDESSA", {"trade-body", "acronym"}),
    ("Federation of European Self Storage Associations (FEDESSA)", {"trade-body", "abbreviation"}),
    ("British Association of Removers", {"trade-body"}), ("British Association of Removers (BAR)", {"trade-body", "abbreviation"}),
    ("Big Yellow Group PLC", {"company"}), ("Safestore Holdings plc", {"company"}), ("Shurgard Self Storage Ltd", {"company"}),
    ("Shurgard Self Storage SA", {"company"}), ("Nettolager AB", {"company"}), ("Pelican Self Storage AS", {"company"}),
    ("Lok'nStore Group plc", {"company", "apostrophe"}), ("Pickfords Move Management Ltd", {"company"}),
    ("Bishop's Move", {"company", "apostrophe"}), ("Crown Worldwide Group", {"company"}),
    ("Santa Fe Relocation", {"company"}), ("City Self-Storage A/S", {"company"}), ("24Storage AB", {"company"}),
    ("MyStorage B.V.", {"company"}), ("Shurgard Nederland B.V.", {"company"}), ("Europcar Mobility Group SA", {"company"}),
    ("Enterprise Holdings", {"company"}), ("Sixt SE", {"company"}), ("Smurfit Westrock", {"company"}),
    ("DS Smith Plc", {"company"}), ("Stora Enso Oyj", {"company"}), ("Schenker AG", {"company"}),
    ("Instabox Oy", {"company"}), ("Pelican Self Storage ASA", {"company"}), ("Big Yellow Self Storage Company Ltd", {"company"}),
    ("Cushman & Wakefield", {"market-research", "ampersand"}), ("JLL", {"market-research", "acronym"}),
    ("Savills", {"market-research"}), ("Knight Frank", {"market-research"}), ("CBRE", {"market-research", "acronym"}),
    ("Chartered Institute of Marketing", {"trade-body"}), ("Chartered Institute of Marketing (CIM)", {"trade-body", "abbreviation"}),
    ("Google", {"company"}), ("BrightLocal", {"company"}), ("Which?", {"trade-body", "punctuation"}),
]  # fmt: skip
_GOVERNMENT: list[tuple[str, set[str]]] = [
    ("Office for National Statistics", {"government"}), ("Office for National Statistics (ONS)", {"government", "abbreviation"}),
    ("ONS", {"government", "acronym"}), ("CBS", {"government", "acronym"}), ("Centraal Bureau voor de Statistiek", {"government"}),
    ("Statistisches Bundesamt (Destatis)", {"government", "abbreviation"}), ("Destatis", {"government"}),
    ("Statistics Sweden (SCB)", {"government", "abbreviation"}), ("Statistiska centralbyrån", {"government"}),
    ("Statistics Denmark", {"government"}), ("Danmarks Statistik", {"government"}), ("Statistics Norway", {"government"}),
    ("Statistics Finland", {"government"}), ("Central Statistics Office", {"government"}),
    ("Competition and Markets Authority", {"government"}), ("Competition and Markets Authority (CMA)", {"government", "abbreviation"}),
    ("HM Land Registry", {"government"}), ("Ministry of Housing, Communities & Local Government", {"government", "comma", "ampersand"}),
    ("Department for Transport", {"government"}), ("European Commission", {"government"}), ("Eurostat", {"government"}),
]  # fmt: skip
_PRESS = ["Property Week", "Estates Gazette", "The Move Magazine", "Self Storage News", "Financial Times",
          "Het Financieele Dagblad", "Handelsblatt", "Dagens industri", "The Irish Times", "The Guardian", "BBC News",
          "Marketing Week", "The Times", "Børsen"]  # fmt: skip
_MARKET_RESEARCH = ["Cushman & Wakefield", "JLL", "Savills", "Knight Frank", "Mintel", "IBISWorld", "Statista",
                    "Statista Research Department", "Euromonitor International", "YouGov", "Kantar"]  # fmt: skip
_MARKETS = ["self storage", "removals", "van hire", "moving supplies", "document storage", "student storage",
            "international relocation", "packaging materials", "business storage"]  # fmt: skip
_COUNTRIES = ["UK", "United Kingdom", "Europe", "Ireland", "the Netherlands", "Germany", "Sweden", "Denmark",
              "Norway", "Finland", "Belgium", "the Nordics"]  # fmt: skip


class Blind283WorkFactory(WorkFactory):
    """Works for the blind283 pool (self storage and removals in the UK, Ireland, the Low Countries, Germany and the
    Nordics)."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 283)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 283 + index)
                self.fakers[locale] = fake
        self.dated_orgs: list[tuple[str, set[str], dict[str, Any]]] = []

    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.25:
            particle, family, given = self.rng.choice(_NAMED)
            name = {"family": family, "given": given}
            if particle:
                name["non-dropping-particle"] = particle
            return name
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():  # "van Vliet": the particle apart, as Dutch journals keep it
            particles = []
            while len(words) > 1 and words[0].islower():
                particles.append(words.pop(0))
            return {"family": " ".join(words), "given": given, "non-dropping-particle": " ".join(particles)}
        if self.rng.random() < 0.06:
            family = f"{family}-{self.fakers['en_GB'].last_name().split('-')[0]}"
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGS)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1978, 1999)
        return self.rng.randint(2010, 2025)

    def accessed(self) -> dict[str, list[list[int]]]:
        return {"date-parts": [[self.rng.randint(2025, 2026), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _url(self, host: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        return f"https://www.{host}/{fake.slug()}" if host else fake.url() + fake.uri_path()

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        place = self.rng.choice(_COUNTRIES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"The role of {topic} in {other}",
                 f"{topic[0].upper()}{topic[1:]} and {other}: evidence from {place}",
                 f"Why {topic} matters for storage operators", f"Rethinking {topic}",
                 f"{topic[0].upper()}{topic[1:]}: a services marketing perspective",
                 f"Moving home, moving stuff: {topic} among urban households"]  # fmt: skip
        return self.rng.choice(forms)

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "organisation-web", "organisation-report", "government", "market-research",
             "web-person", "press", "undated-web", "annual-report"],
            weights=[11, 5, 22, 12, 8, 9, 10, 4, 11, 4, 6],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then one body twice in a year ("ONS, 2023a" and "2023b").
        if self.dated_orgs and "issued" in record and self.rng.random() < 0.15:
            name, tags, issued = self.rng.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated_orgs.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        if self.rng.random() < 0.4:
            title, publisher, place = self.rng.choice(_TEXTBOOKS)
        else:
            title = self._title()
            publisher, place = self.rng.choice([("Routledge", "Abingdon"), ("Kogan Page", "London"),
                                                ("Palgrave Macmillan", "Cham"), ("Springer", "Cham"),
                                                ("Edward Elgar", "Cheltenham"), ("Wiley-Blackwell", "Chichester")])  # fmt: skip
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 17))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The Routledge companion to real estate marketing",
                                                "Handbook of services marketing", "Alternative real estate investments",
                                                "The Routledge handbook of urban logistics"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "Edward Elgar"]),
            "publisher-place": self.rng.choice(["Abingdon", "Cheltenham"]), "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 950)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(5, 80)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{start}-{start + self.rng.randint(9, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.55:
            record["DOI"] = (
                f"10.{self.rng.choice(['1108', '1002', '1016', '1080'])}/{self.fakers['en_GB'].lexify('????').upper()}-{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "issued": {"date-parts": [[self.year()]]}, "URL": self._url(), "accessed": self.accessed()}  # fmt: skip
        return self._person_work(record, "web")

    def _organisation_web(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice([self._title(), "About us", "Our stores",
                                  "Investor relations", "Storage unit size guide", "Removals price guide", "Sustainability"]),
                                  "URL": self._url(), "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.8:
            record["issued"] = {"date-parts": [[self.year()]]}
        return self._org_work(record, "web", name, tags)

    def _organisation_report(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual industry report {year}", f"European self storage annual survey {year}",
                                                        f"Consumer research {year}", self._title()]),
            "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0],
            "publisher-place": self.rng.choice(["London", "Brussels", "Amsterdam", "Stockholm", "Hamburg"]),
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url()
            record["accessed"] = self.accessed()
        work = self._org_work(record, "report", name, tags)
        return work

    def _annual_report(self) -> Work:
        name = self.rng.choice(["Big Yellow Group PLC", "Safestore Holdings plc", "Shurgard Self Storage Ltd",
                                "Lok'nStore Group plc", "Nettolager AB", "Pelican Self Storage AS", "City Self-Storage A/S",
                                "Europcar Mobility Group SA", "DS Smith Plc", "Stora Enso Oyj"])  # fmt: skip
        year = self.year()
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice([f"Annual report and accounts {year}",
                                  f"Annual report {year}", f"Integrated annual report {year}", f"Årsredovisning {year}"]),
                                  "issued": {"date-parts": [[year]]}, "publisher": name,
                                  "URL": self._url(), "accessed": self.accessed()}  # fmt: skip
        tags = {"company", "apostrophe"} if "'" in name else {"company"}
        return self._org_work(record, "report", name, tags)

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self.rng.choice([self._title(), "Internal migration in England and Wales", "Household projections",
                                      "Self-storage market investigation: final report", "UK House Price Index",
                                      "Verhuizingen binnen Nederland", "Umzüge und Wanderungen", "Flyttningar inom Sverige"]),
            "issued": {"date-parts": [[self.year()]]}, "URL": self._url(), "accessed": self.accessed(),
        }  # fmt: skip
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _market_research(self) -> Work:
        name = self.rng.choice(_MARKET_RESEARCH)
        year = self.year() if self.rng.random() < 0.85 else None
        market, country = self.rng.choice(_MARKETS), self.rng.choice(_COUNTRIES)
        titles = [f"{market.capitalize()} - {country} - {self.rng.choice(['March', 'July', 'November'])} {year or 2024}",
                  f"{market.capitalize()} in {country}: industry report", f"{country} {market} market outlook {year or 2024}",
                  f"Number of {market} facilities in {country} from 2015 to 2024",
                  "European self storage: investment and occupancy", f"{market.capitalize()}: consumer attitudes"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": self._url(f"{name.split()[0].lower().strip('&')}.com"), "accessed": self.accessed()}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        tags = {"market-research", "ampersand"} if "&" in name else {"market-research"}
        return self._org_work(record, "report", name, tags)

    def _press(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(), "accessed": self.accessed(),
        }  # fmt: skip
        if record["accessed"]["date-parts"][0] < record["issued"]["date-parts"][0]:  # read after it came out
            record["accessed"] = {"date-parts": [[2026, self.rng.randint(1, 11), self.rng.randint(1, 28)]]}
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice([self._title(), "Packing tips", "How much storage do I need?",
                                  "Moving checklist", "Van sizes explained"]), "URL": self._url(), "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags | {"undated"})
