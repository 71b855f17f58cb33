"""The blind230 pool's works: what marketers at chemical, plastics, coatings and packaging companies cite.

Written without reading the checker, its tests or any other pool. Candidates at BASF, INEOS, Dow, Covestro, Evonik,
Solvay, Syensqo, Croda, Johnson Matthey, AkzoNobel, Sika, Clariant, DS Smith, Mondi, Amcor, Smurfit Westrock, Tetra
Pak and Reliance Industries (and their distributors) in the UK, Germany, Belgium, the Netherlands, Switzerland, India
and the United States cite B2B and sustainability textbooks, journal articles with many authors and DOIs, theses,
conference papers, regulators, trade bodies, the companies' own pages, annual reports and investor decks, market
research with years, the chemical and packaging press signed and unsigned, social posts, videos, podcasts and pages
with no date.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "de_DE", "de_DE", "nl_NL", "nl_BE", "de_CH", "en_IN", "en_IN", "en_US", "en_US"]
# Names as their owners print them on papers and slides (family, given, particle or "").
_NAMES = [
    ("Müller", "Jürgen", ""), ("Schäfer", "Katrin", ""), ("Weiß", "Tobias", ""), ("Böhm", "Anja", ""),
    ("Krüger", "Stefan", ""), ("Hoffmann", "Lena", ""), ("Größer", "Matthias", ""), ("Brändli", "Reto", ""),
    ("Zürcher", "Corinne", ""), ("Gübeli", "Urs", ""), ("Meier", "Nadine", ""), ("Berg", "Sanne", "van den"),
    ("Jong", "Pieter", "de"), ("Meer", "Femke", "van der"), ("Vries", "Joost", "de"), ("Dijk", "Maarten", "van"),
    ("Van Hoof", "Wouter", ""), ("De Smet", "Els", ""), ("Vandenberghe", "Bart", ""), ("Peeters", "Lieve", ""),
    ("Janssens", "Koen", ""), ("Deshpande", "Aditi", ""), ("Kulkarni", "Rohit", ""), ("Iyer", "Lakshmi", ""),
    ("Patil", "Sanjay", ""), ("Mehta", "Nisha", ""), ("Chatterjee", "Arnab", ""), ("Nair", "Divya", ""),
    ("Raghavan", "Venkat", ""), ("Shah", "Hetal", ""), ("Bhattacharya", "Sumit", ""), ("O'Neill", "Siobhan", ""),
    ("McAllister", "Fraser", ""), ("Taylor", "Rachel", ""), ("Okafor", "Chinedu", ""), ("Smith", "David", ""),
    ("Hartmann", "Jörg", ""), ("Lütke", "Friederike", ""), ("Schmidt-Rösler", "Claudia", ""), ("Sørensen", "Mads", ""),
]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Wiley-VCH", "Weinheim"), ("Kogan Page", "London"), ("Springer", "Cham"),
               ("Routledge", "London"), ("Wiley", "Chichester"), ("Springer", "Berlin"), ("Kogan Page", "London")]  # fmt: skip
_JOURNALS = ["Industrial Marketing Management", "Journal of Business & Industrial Marketing",
             "Resources, Conservation and Recycling", "Journal of Cleaner Production",
             "Packaging Technology and Science", "Green Chemistry", "Industrial Marketing Management",
             "Journal of Business & Industrial Marketing"]  # fmt: skip
_UNIVERSITIES = ["University of Manchester", "Imperial College London", "Loughborough University", "RWTH Aachen University",
                 "KU Leuven", "ETH Zürich", "Institute of Chemical Technology, Mumbai"]  # fmt: skip
_CONFERENCES = [("Proceedings of the International Conference on Packaging", "Valencia"),
                ("Royal Society of Chemistry Sustainable Chemistry Conference", "London"),
                ("ACS Green Chemistry & Engineering Conference", "Pittsburgh"),
                ("Proceedings of the International Conference on Packaging", "Pune")]  # fmt: skip
_TOPICS = ["key account management", "value-based pricing", "circular packaging", "recycled content",
           "mass balance certification", "chemical recycling", "bio-based polymers", "B2B brand equity",
           "distributor relationships", "technical selling", "sustainability claims", "Scope 3 emissions",
           "extended producer responsibility", "solution selling", "customer value propositions",
           "digital channels in chemicals", "fibre-based packaging", "low-carbon coatings", "specialty chemicals",
           "trade marketing", "green chemistry", "life cycle assessment", "buyer-supplier trust", "price increases"]  # fmt: skip
_MARKETS = ["polyethylene", "PET packaging", "flexible packaging", "specialty chemicals", "paints and coatings",
            "corrugated board", "construction chemicals", "personal care ingredients", "catalysts", "polyurethanes",
            "bioplastics", "adhesives and sealants"]  # fmt: skip
# Who these candidates cite with no person named (name, tags).
_PUBLIC = [
    ("Health and Safety Executive", {"government"}), ("Health and Safety Executive (HSE)", {"government", "abbreviation"}),
    ("Environment Agency", {"government"}), ("Department for Environment, Food & Rural Affairs", {"government", "ampersand", "comma"}),
    ("Defra", {"government", "acronym"}), ("European Chemicals Agency (ECHA)", {"government", "abbreviation"}),
    ("European Commission", {"government"}), ("US Environmental Protection Agency", {"government"}),
    ("Bureau of Indian Standards", {"government"}), ("Competition and Markets Authority", {"government"}),
    ("WRAP", {"charity", "acronym"}),
]  # fmt: skip
_BODIES = [
    ("Chemical Industries Association", {"trade-body"}), ("Cefic", {"trade-body"}),
    ("British Plastics Federation", {"trade-body"}), ("Plastics Europe", {"trade-body"}),
    ("The Packaging Federation", {"trade-body"}), ("INCPEN", {"trade-body", "acronym"}),
    ("Ellen MacArthur Foundation", {"charity"}), ("Royal Society of Chemistry", {"charity"}),
    ("American Chemistry Council", {"trade-body"}),
]  # fmt: skip
_COMPANIES = [
    ("BASF SE", {"company"}), ("INEOS Group Holdings S.A.", {"company", "punctuation"}), ("Dow Inc.", {"company", "punctuation"}),
    ("Covestro AG", {"company"}), ("Evonik Industries AG", {"company"}), ("Solvay SA", {"company"}),
    ("Syensqo SA", {"company"}), ("Croda International Plc", {"company"}), ("Johnson Matthey Plc", {"company"}),
    ("Akzo Nobel N.V.", {"company", "punctuation"}), ("Sika AG", {"company"}), ("Clariant AG", {"company"}),
    ("DS Smith Plc", {"company"}), ("Mondi plc", {"company"}), ("Amcor plc", {"company"}),
    ("Smurfit Westrock plc", {"company"}), ("Tetra Pak International S.A.", {"company", "punctuation"}),
    ("Reliance Industries Limited", {"company"}), ("Brenntag SE", {"company"}), ("Azelis Group NV", {"company"}),
    ("Univar Solutions & Partners", {"company", "ampersand"}),
]  # fmt: skip
_RESEARCH = ["IHS Markit", "S&P Global Commodity Insights", "ICIS", "Smithers", "Mintel", "Statista"]
_PRESS = ["Chemistry World", "ICIS Chemical Business", "C&EN", "Packaging News", "European Plastics News",
          "Financial Times", "BBC News"]  # fmt: skip
_PLATFORMS = ["LinkedIn", "YouTube", "X (formerly Twitter)", "Spotify", "Apple Podcasts"]


class Blind230WorkFactory(WorkFactory):
    """Works cited by marketers in chemicals, plastics, coatings and packaging (UK, DE, BE, NL, CH, IN, US)."""

    KINDS = ("book", "chapter", "journal", "thesis", "conference", "government", "trade-body", "company-web",
             "annual-report", "investor-deck", "market-research", "news", "press", "social", "video", "podcast",
             "undated-web")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 230)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.dated: list[tuple[str, set[str], int]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        if self.rng.random() < 0.55:
            family, given, particle = self.rng.choice(_NAMES)
        else:
            fake = self.fakers[self.rng.choice(_LOCALES)]
            family, given, particle = fake.last_name(), fake.first_name(), ""
            words = family.split()
            if len(words) > 1 and words[0].islower():  # "van der Linden": the particle apart
                particle, family = (
                    " ".join(w for w in words if w.islower()),
                    " ".join(w for w in words if not w.islower()),
                )
        name = {"family": family, "given": given}
        if particle:
            name["non-dropping-particle"] = particle
        return name

    def organisation(self) -> tuple[str, set[str]]:
        roll = self.rng.random()
        table = _PUBLIC if roll < 0.35 else _BODIES if roll < 0.6 else _COMPANIES
        name, tags = self.rng.choice(table)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.05:  # the classics: Porter, Kotler, Ford's IMP group
            return self.rng.randint(1980, 1999)
        return self.rng.randint(2008, 2024)

    def accessed_after(self, year: int) -> dict[str, list[list[int]]]:
        return {
            "date-parts": [
                [self.rng.randint(max(year + 1, 2023), 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            ]
        }

    def _url(self, domain: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        return f"https://www.{domain}/{fake.slug()}" if domain else fake.url() + fake.uri_path()

    def _title(self) -> str:
        topic, other = self.rng.sample(_TOPICS, 2)
        market = self.rng.choice(_MARKETS)
        forms = [f"{topic[0].upper()}{topic[1:]} in {market}", f"The role of {topic} in B2B marketing",
                 f"{topic[0].upper()}{topic[1:]} and {other}: evidence from {market}",
                 f"Rethinking {topic} for the chemical industry", f"How {topic} affects {other}",
                 f"{topic[0].upper()}{topic[1:]}: a guide for {market} suppliers",
                 f"Towards {topic} in European {market}", f"{topic[0].upper()}{topic[1:]} in India's {market} sector"]  # fmt: skip
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            list(self.KINDS), weights=[11, 5, 22, 3, 3, 8, 7, 6, 5, 2, 7, 5, 3, 2, 2, 2, 4],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then one organisation's second work of a year ("Cefic, 2023a" and "2023b").
        if self.dated and "issued" in record and self.rng.random() < 0.14:
            name, tags, year = self.rng.choice(self.dated)
            record["issued"] = {"date-parts": [[year]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(year)
            if record.get("publisher") and kind in ("annual-report", "investor-deck", "government", "trade-body"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated.append((name, tags, record["issued"]["date-parts"][0][0]))
        return self._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 400)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": f"Handbook of {self.rng.choice(_TOPICS)}", "issued": {"date-parts": [[self.year()]]},
            "publisher": publisher, "publisher-place": place, "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 1200)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(10, 420)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{start}-{start + self.rng.randint(8, 24)}",
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["DOI"] = (
                f"10.{self.rng.choice(['1016', '1108', '1002', '1039'])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(2008, 2024)}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": [self.person()],
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(_UNIVERSITIES),
            "genre": self.rng.choice(["PhD thesis", "MBA dissertation", "MSc dissertation", "Dr.-Ing. thesis"]),
        }  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        container, place = self.rng.choice(_CONFERENCES)
        start = self.rng.randint(1, 300)
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(5), "container-title": container,
            "event-place": place, "issued": {"date-parts": [[self.year()]]}, "page": f"{start}-{start + self.rng.randint(4, 12)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _government(self) -> Work:
        name, tags = self.rng.choice(_PUBLIC)
        year = self.year()
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url("gov.uk"),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        return self._org(record, "government", name, tags | {"government"})

    def _trade_body(self) -> Work:
        name, tags = self.rng.choice(_BODIES)
        year = self.year()
        record: dict[str, Any] = {"type": "report", "title": self._title(), "issued": {"date-parts": [[year]]},
                                  "publisher": name, "URL": self._url(), "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org(record, "trade-body", name, tags)

    def _company_web(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.year()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "issued": {"date-parts": [[year]]},
                                  "URL": self._url(), "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org(record, "company-web", name, tags)

    def _annual_report(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.year()
        title = self.rng.choice([f"Annual report {year}", f"Integrated report {year}", f"Sustainability report {year}",
                                 f"Annual report and accounts {year - 1}/{str(year)[2:]}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name, "URL": self._url(), "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org(record, "annual-report", name, tags)

    def _investor_deck(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.year()
        title = self.rng.choice([f"Capital markets day {year}", f"Q{self.rng.randint(1, 4)} {year} results presentation",
                                 f"Investor presentation: {self.rng.choice(_TOPICS)}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "genre": "Investor presentation",
                                  "issued": {"date-parts": [[year]]}, "publisher": name, "URL": self._url(),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org(record, "investor-deck", name, tags)

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year()
        market = self.rng.choice(_MARKETS)
        title = self.rng.choice([f"{market[0].upper()}{market[1:]} market outlook {year}",
                                 f"Global {market} market: size, share and forecast to 2030",
                                 f"{market[0].upper()}{market[1:]} - Europe - {self.rng.choice(['March', 'July', 'November'])} {year}",
                                 f"The future of {market} to {year + 5}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name, "issued": {"date-parts": [[year]]},
                                  "URL": self._url(), "accessed": self.accessed_after(year)}  # fmt: skip
        tags = {"market-research"} | ({"ampersand"} if "&" in name else set())
        return self._org(record, "market-research", name, tags)

    def _news(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "author": self._people(2),
            "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(), "accessed": self.accessed_after(year),
        }  # fmt: skip
        return self._person_work(record, "news")

    def _press(self) -> Work:
        """An unsigned article: cited by the title of the paper."""
        name = self.rng.choice(_PRESS)
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": name,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(), "accessed": self.accessed_after(year),
        }  # fmt: skip
        return self._org_work(record, "press", name, {"press"} | ({"ampersand"} if "&" in name else set()))

    def _posted(self, kind: str, platform: str, title: str) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "webpage", "title": title, "container-title": platform,
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url(), "accessed": self.accessed_after(year)}  # fmt: skip
        if self.rng.random() < 0.5:
            record["author"] = self._people(2)
            return self._person_work(record, kind)
        name, tags = self.organisation()
        return self._org_work(record, kind, name, tags)

    def _social(self) -> Work:
        topic = self.rng.choice(_TOPICS)
        platform = self.rng.choice(["LinkedIn", "X (formerly Twitter)"])
        return self._posted(
            "social",
            platform,
            f"{topic[0].upper()}{topic[1:]}: what our customers told us [{platform.split()[0]} post]",
        )

    def _video(self) -> Work:
        return self._posted("video", "YouTube", f"{self._title()} [Video]")

    def _podcast(self) -> Work:
        return self._posted("podcast", self.rng.choice(["Spotify", "Apple Podcasts"]), f"{self._title()} [Podcast]")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url(),
                                  "accessed": self.accessed_after(2022)}  # fmt: skip
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            return self._person_work(record, "undated-web")
        name, tags = self.organisation()
        return self._org_work(record, "undated-web", name, tags | {"undated"})
