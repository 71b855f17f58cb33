"""Works for the blind266 pool: what marketers at tableware, ceramics, glass, cookware and homeware makers and
retailers in the UK, Ireland, Denmark, Germany and France cite in CIM Level 6 and 7 reports and MBA assignments.

Textbooks, chapters, marketing, design-history and retail journals with up to eight authors and DOIs, theses,
conference papers, public bodies and regulators, trade bodies, charities and museums, companies' pages, annual
reports and investor decks, market research with years, news signed and unsigned, social posts, videos, podcasts
and undated pages. Names as their owners print them: double-barrelled British names, Irish names with Ó, Ní and
Mac, Danish names with ø, æ and å, German names with von and ü, French names with de and Le, South Asian and
Chinese names.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# (family, given) as printed on English-language papers and books
_NAMES = [
    ("Hughes-Wilson", "Clare"), ("Barton-Hale", "Imogen"), ("Ashworth-Lord", "Tom"), ("Plant", "Rebecca"),
    ("Moorcroft", "David"), ("Boote", "Sarah"), ("Heath", "Jonathan"), ("Whitfield", "Kate"), ("Leese", "Martin"),
    ("Ó Súilleabháin", "Cian"), ("Ní Bhriain", "Aoife"), ("Ní Mhurchú", "Sorcha"), ("Mac Cárthaigh", "Donncha"),
    ("MacNamara", "Orla"), ("O'Donoghue", "Fiachra"), ("Ó Ceallaigh", "Pádraig"), ("McGrath", "Niamh"),
    ("Jørgensen", "Mette"), ("Bæk", "Rasmus"), ("Aagaard", "Signe"), ("Søndergaard", "Lars"), ("Kjærsgaard", "Anne"),
    ("Østergaard", "Jens"), ("Dalsgård", "Freja"), ("Højgaard", "Mads"), ("Müller-Lüdenscheid", "Jürgen"),
    ("Schäfer", "Katrin"), ("Großmann", "Lena"), ("Köhler", "Tobias"), ("Weiß", "Hannah"), ("Dubois", "Camille"),
    ("Lefèvre", "Élodie"), ("Moreau", "Julien"), ("Patel", "Anjali"), ("Chaudhry", "Imran"), ("Banerjee", "Rohini"),
    ("Krishnamurthy", "Arvind"), ("Sethi", "Harpreet"), ("Zhang", "Yiwen"), ("Li", "Qiang"), ("Chen", "Mei"),
    ("Wong", "Ka Yan"), ("Huang", "Jie"), ("Liu", "Xiaoyu"), ("Okafor", "Ngozi"), ("Jones", "Sian"), ("Smith", "Paul"),
    ("Brown", "Emily"), ("Evans", "Rhys"), ("Taylor", "Hannah"), ("Walker", "James"), ("Thompson", "Lucy"),
]  # fmt: skip
_PARTICLES = [("von", "Boch", "Wendelin"), ("von", "Hagen", "Clara"), ("de", "Waal", "Edmund"), ("de", "Rosnay", "Aurélie"),
              ("le", "Roux", "Margaux"), ("van", "Dijk", "Lotte"), ("de", "Silva", "Nadia")]  # fmt: skip
_CAPITAL_PARTICLES = [("Le", "Breton", "Yann"), ("Le", "Gall", "Maëlle"), ("De", "Souza", "Priya"), ("Du", "Pont", "Gabrielle")]  # fmt: skip

_ORGS = [
    ("Office for National Statistics", {"government"}), ("Office for National Statistics (ONS)", {"government", "abbreviation"}),
    ("Department for Business and Trade", {"government"}), ("Competition and Markets Authority (CMA)", {"government", "abbreviation"}),
    ("Competition and Markets Authority", {"government"}), ("Advertising Standards Authority (ASA)", {"government", "abbreviation"}),
    ("Office for Product Safety and Standards (OPSS)", {"government", "abbreviation"}), ("Intellectual Property Office", {"government"}),
    ("Historic England", {"government"}), ("Central Statistics Office (CSO)", {"government", "abbreviation"}),
    ("Enterprise Ireland", {"government"}), ("Statistics Denmark", {"government"}), ("Destatis", {"government"}),
    ("European Commission", {"government"}), ("Eurostat", {"government"}),
    ("British Ceramic Confederation", {"trade-body"}), ("Crafts Council", {"trade-body"}), ("Design Council", {"trade-body"}),
    ("Home & Gift Buyers' Association", {"trade-body", "ampersand", "apostrophe"}), ("Giftware Association", {"trade-body"}),
    ("British Glass Manufacturers' Confederation", {"trade-body", "apostrophe"}),
    ("Design & Crafts Council Ireland", {"trade-body", "ampersand"}), ("Dansk Design Center", {"trade-body"}),
    ("Stoke-on-Trent Ceramic Heritage Trust", {"trade-body"}), ("Potteries Museum & Art Gallery", {"trade-body", "ampersand"}),
    ("Fairtrade Foundation", {"trade-body"}),
    ("WWRD Holdings Ltd", {"company"}), ("Fiskars Group", {"company"}), ("Portmeirion Group PLC", {"company"}),
    ("Denby Pottery Ltd", {"company"}), ("Emma Bridgewater Ltd", {"company"}), ("Villeroy & Boch AG", {"company", "ampersand"}),
    ("Royal Copenhagen A/S", {"company"}), ("Le Creuset Group AG", {"company"}), ("Joseph Joseph Ltd", {"company"}),
    ("ProCook Group plc", {"company"}), ("Dunelm Group plc", {"company"}), ("Lakeland Ltd", {"company"}),
    ("The White Company (U.K.) Ltd", {"company", "abbreviation"}),
]  # fmt: skip
_RESEARCH = ["Mintel", "GlobalData", "Kantar", "YouGov", "Statista", "Euromonitor International", "IBISWorld"]
_PUBLISHERS = [("Routledge", "Abingdon"), ("Sage", "London"), ("Kogan Page", "London"), ("Pearson", "Harlow"),
               ("Bloomsbury Visual Arts", "London"), ("Thames & Hudson", "London"), ("Lund Humphries", "London")]  # fmt: skip
_JOURNALS = ["Journal of Marketing Management", "Journal of Business Research", "Journal of Product & Brand Management",
             "Journal of Historical Research in Marketing", "Design Journal", "Journal of Design History",
             "Journal of Retailing and Consumer Services"]  # fmt: skip
_UNIVERSITIES = ["Staffordshire University", "University of the Arts London", "Royal College of Art",
                 "Manchester Metropolitan University", "University of Limerick", "Copenhagen Business School",
                 "Design School Kolding", "Bauhaus-Universität Weimar"]  # fmt: skip
_CONFERENCES = ["Design History Society Annual Conference", "Academy of Marketing Conference",
                "CHARM (Conference on Historical Analysis and Research in Marketing)",
                "European Academy of Design (EAD) Conference", "Ceramics Research Centre Conference"]  # fmt: skip
_PRESS = ["The Sentinel", "Homes & Gardens", "House Beautiful", "Drapers", "Retail Week", "Retail Gazette",
          "Marketing Week", "The Irish Times", "Børsen", "Dezeen", "Wallpaper*", "The Guardian", "BBC News",
          "Financial Times"]  # fmt: skip
_PLATFORMS = ["Instagram", "LinkedIn", "YouTube", "TikTok", "Spotify", "Pinterest"]
_TOPICS = ["heritage branding", "the Potteries", "luxury tableware", "gifting occasions", "direct-to-consumer selling",
           "wholesale accounts", "bone china", "Scandinavian design", "lead crystal", "cast-iron cookware",
           "wedding lists", "collectables", "Made in Britain provenance", "brand archives", "craft authenticity",
           "department-store concessions", "sustainable glass", "factory shops", "designer collaborations",
           "the Stoke-on-Trent ceramics cluster", "hygge", "brand storytelling", "the kitchen as a lifestyle space"]  # fmt: skip
_MARKETS = ["tableware", "cookware", "glassware", "ceramic giftware", "home fragrance", "kitchen accessories",
            "homewares", "bakeware", "drinkware"]  # fmt: skip


class Blind266WorkFactory(WorkFactory):
    """Works that tableware, ceramics, glass and cookware marketers cite, with names as their owners print them."""

    KINDS = ("book", "chapter", "journal", "thesis", "conference", "report", "web", "market-research", "news", "social")
    _MAKERS = ("book", "chapter", "journal", "thesis", "conference", "government", "organisation-web",
               "organisation-report", "market-research", "news", "social", "undated-web")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 266)
        self.dated_orgs: list[tuple[str, set[str], int]] = []

    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.55:
            family, given = self.rng.choice(_NAMES)
            return {"family": family, "given": given}
        if roll < 0.63:
            particle, family, given = self.rng.choice(_PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.68:
            particle, family, given = self.rng.choice(_CAPITAL_PARTICLES)
            return {"family": f"{particle} {family}", "given": given}
        fake = self.fakers[self.rng.choice(["en_GB", "en_GB", "en_IE", "de_DE", "fr_FR", "en_IN"])]
        family = fake.last_name()
        if " " in family and family.split()[0].islower():
            words = family.split()
            return {"family": " ".join(words[1:]), "given": fake.first_name(), "non-dropping-particle": words[0]}
        if self.rng.random() < 0.08:
            family = f"{family}-{self.fakers['en_GB'].last_name().split('-')[0]}"
        return {"family": family, "given": fake.first_name()}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGS)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1970, 1999)
        return self.rng.randint(2005, 2025)

    def accessed(self) -> dict[str, list[list[int]]]:
        return {"date-parts": [[self.rng.randint(2025, 2026), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        topic, other = self.rng.choice(_TOPICS), self.rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]} and {other}", f"Rethinking {topic}",
                 f"{topic[0].upper()}{topic[1:]}: consumers, makers and markets",
                 f"From factory to table: {topic} in practice", f"The value of {topic} for {self.rng.choice(_MARKETS)} brands",
                 f"How {topic} shapes {other}", f"{topic[0].upper()}{topic[1:]} in the UK and Nordic markets"]  # fmt: skip
        return self.rng.choice(forms)

    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            list(self._MAKERS), weights=[12, 5, 20, 3, 4, 7, 12, 8, 9, 10, 4, 6]
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation in the same year as an earlier work ("Dunelm Group plc, 2024a" and "b").
        if self.dated_orgs and "issued" in record and self.rng.random() < 0.12:
            name, tags, year = self.rng.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [[year]]}
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated_orgs.append((name, tags, record["issued"]["date-parts"][0][0]))
            acc = record.get("accessed", {}).get("date-parts", [[0]])[0]
            if acc[0] and acc[0] < record["issued"]["date-parts"][0][0]:
                record["accessed"] = {"date-parts": [[record["issued"]["date-parts"][0][0], 12, 1]]}
        return super()._org_work(record, kind, name, tags)

    def _url(self) -> str:
        return self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path()

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["The Routledge companion to design history", "Ceramics and modernity",
                                                "Heritage brands", "The handbook of luxury branding", "Craft economies"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 70)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["DOI"] = (
                f"10.{self.rng.choice(['1080', '1016', '1108', '1093'])}/{self.rng.randint(10000, 99999)}.{self.rng.randint(2005, 2025)}.{self.rng.randint(100000, 999999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": self._people(1),
                                  "genre": self.rng.choice(["PhD thesis", "MA dissertation", "MBA dissertation", "MPhil thesis"]),
                                  "publisher": self.rng.choice(_UNIVERSITIES), "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(4),
                                  "container-title": f"Proceedings of the {self.rng.choice(_CONFERENCES)}",
                                  "issued": {"date-parts": [[year]]},
                                  "event-place": self.rng.choice(["Stoke-on-Trent", "London", "Limerick", "Kolding", "Dublin", "Weimar"])}  # fmt: skip
        return self._person_work(record, "conference")

    def _government(self) -> Work:
        name, tags = self.rng.choice([o for o in _ORGS if "government" in o[1]])
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "issued": {"date-parts": [[self.year()]]}, "URL": self._url(), "accessed": self.accessed()}  # fmt: skip
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, set(tags))

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
        title = self.rng.choice([f"Annual report and accounts {year}", f"Investor presentation: FY{year} results",
                                 f"Sustainability report {year}", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0]}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"], record["accessed"] = self._url(), self.accessed()
        return self._org_work(record, "report", name, tags)

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year()
        market = self.rng.choice(_MARKETS)
        title = self.rng.choice([f"{market.capitalize()} - UK - {year}", f"{market.capitalize()} in Ireland: market report {year}",
                                 f"Danish {market} market: size and forecast to 2030", f"Gifting habits of UK adults {year}"])  # fmt: skip
        if self.rng.random() < 0.15:
            name, title = "Home & Gift Buyers' Association", f"Trend report {year}"
        elif self.rng.random() < 0.08:
            name, title, year = "Crafts Council", "The market for craft", 2020
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name, "issued": {"date-parts": [[year]]},
                                  "URL": self._url(), "accessed": self.accessed()}  # fmt: skip
        return self._org_work(record, "market-research", name, {"market-research"})

    def _news(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url(), "accessed": self.accessed()}  # fmt: skip
        if record["accessed"]["date-parts"][0][0] < year:
            record["accessed"] = {"date-parts": [[year, 12, 30]]}
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _social(self) -> Work:
        platform = self.rng.choice(_PLATFORMS)
        record: dict[str, Any] = {"type": "post", "title": self._title(),
                                  "container-title": platform, "issued": {"date-parts": [[self.rng.randint(2015, 2025)]]},
                                  "URL": self._url(), "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.5:
            record["author"] = self._people(1)
            return self._person_work(record, "social")
        name, tags = self.rng.choice([o for o in _ORGS if "company" in o[1] or "trade-body" in o[1]])
        return self._org_work(record, "social", name, set(tags))

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self._title(),
            "URL": self._url(),
            "accessed": self.accessed(),
        }
        if self.rng.random() < 0.4:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags | {"undated"})
