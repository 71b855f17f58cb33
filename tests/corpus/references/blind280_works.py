"""The blind280 pool's works: what marketers at racecourses, racing and breeding bodies, bloodstock sales houses,
stud farms, riding schools, equestrian-sport bodies, saddlery, feed and equestrian-apparel brands in the UK, Ireland
and France cite in CIM Level 6 and 7 reports and MBA assignments.

Books, chapters and journal articles (Journal of Gambling Studies, Sport in Society, Equine Veterinary Journal,
Anthrozoös, Leisure Studies...) with one to eight authors, the marketing texts every candidate cites, reports of
governing and public bodies (the BHA, Horse Racing Ireland, France Galop, the Gambling Commission, DEFRA, Teagasc,
the ITBA, BETA, the IFHA; two works of one body in a year), firms' pages and annual reports with plc, Ltd, DAC, SAS
and S.A., the racing and equestrian press signed and unsigned, market research with and without years, and pages
with no date. Names as Irish, British and French scholars and journals print them: Ó, Ní, Mac and O', French
particles (de, du, Le) and accents. Written without reading the checker, its tests or any other pool.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IE", "en_IE", "fr_FR", "fr_FR", "en_US", "en_AU", "de_DE"]
# Irish-language names as Irish journals and university presses print them (family name, given name).
_IRISH = [
    ("Ó Briain", "Siobhán"), ("Ní Mhurchú", "Aoife"), ("Mac Gearailt", "Pádraig"), ("Ó Súilleabháin", "Cian"),
    ("Ní Chonaill", "Róisín"), ("Ó Dónaill", "Eoin"), ("Mac Carthaigh", "Seán"), ("Ní Bhriain", "Niamh"),
    ("O'Sullivan", "Declan"), ("O'Brien", "Gráinne"), ("McCarthy", "Orla"), ("Fitzgerald", "Ciarán"),
    ("Walsh", "Áine"), ("Mullins", "Sinéad"), ("Kavanagh", "Colm"), ("Ó Néill", "Tadhg"),
]  # fmt: skip
# French names with their particle apart, as reference managers keep them (particle, family, given).
_FRENCH_PARTICLES = [
    ("de", "Chevigny", "Hélène"), ("de", "La Rochefoucauld", "Amaury"), ("du", "Breil", "Anne-Sophie"),
    ("de", "Boisseson", "Édouard"), ("de", "Montaigu", "Clémence"),
]  # fmt: skip
_FRENCH = [("Lefèvre", "Mathilde"), ("Bénézet", "Laurent"), ("Le Gall", "Yann"), ("Desrosiers", "Céline"),
           ("Thévenot", "Guillaume"), ("Léger", "Amélie"), ("Chédeville", "Benoît"), ("Le Floch", "Gaëlle"),
           ("Pélissier", "Jérôme"), ("Rousseau", "Élodie")]  # fmt: skip
_BODIES: list[tuple[str, set[str]]] = [
    ("British Horseracing Authority", {"trade-body"}), ("The British Horseracing Authority", {"trade-body"}),
    ("British Horseracing Authority (BHA)", {"trade-body", "abbreviation"}), ("Horse Racing Ireland", {"trade-body"}),
    ("Horse Racing Ireland (HRI)", {"trade-body", "abbreviation"}), ("France Galop", {"trade-body"}),
    ("Gambling Commission", {"government"}), ("Department for Environment, Food & Rural Affairs", {"government", "ampersand", "comma"}),
    ("DEFRA", {"government", "acronym"}), ("Teagasc", {"government"}),
    ("Irish Thoroughbred Breeders' Association", {"trade-body", "apostrophe"}),
    ("Irish Thoroughbred Breeders' Association (ITBA)", {"trade-body", "apostrophe", "abbreviation"}),
    ("British Equestrian Trade Association (BETA)", {"trade-body", "abbreviation"}),
    ("International Federation of Horseracing Authorities", {"trade-body"}),
    ("International Federation of Horseracing Authorities (IFHA)", {"trade-body", "abbreviation"}),
    ("British Equestrian", {"trade-body"}), ("The Pony Club", {"trade-body"}),
    ("Fédération Française d'Équitation", {"trade-body", "apostrophe"}), ("Racehorse Owners Association", {"trade-body"}),
    ("Department of Agriculture, Food and the Marine", {"government", "comma"}), ("Weatherbys", {"company"}),
    ("Horserace Betting Levy Board", {"government"}), ("Sport Ireland", {"government"}), ("Sport England", {"government"}),
    ("Fáilte Ireland", {"government"}), ("Institut français du cheval et de l'équitation (IFCE)", {"government", "apostrophe", "abbreviation"}),
]  # fmt: skip
_FIRMS: list[tuple[str, set[str]]] = [
    ("The Jockey Club Racecourses Ltd", {"company"}), ("The Jockey Club", {"company"}),
    ("Goffs Bloodstock Sales Ltd", {"company"}), ("Arqana SAS", {"company"}), ("Flutter Entertainment plc", {"company"}),
    ("Tattersalls Ltd", {"company"}), ("Ascot Racecourse Ltd", {"company"}), ("Coolmore Stud", {"company"}),
    ("Godolphin", {"company"}), ("Dodson & Horrell Ltd", {"company", "ampersand"}), ("Baileys Horse Feeds", {"company"}),
    ("Dubarry of Ireland", {"company"}), ("Ariat Europe Ltd", {"company"}), ("Joules Group plc", {"company"}),
    ("Musto Ltd", {"company"}), ("Hermès International S.A.", {"company", "accent"}), ("CWD Sellier", {"company"}),
    ("Entain plc", {"company"}), ("Paddy Power Betfair plc", {"company"}), ("Horse Racing Ireland Tote DAC", {"company"}),
    ("Leopardstown Racecourse DAC", {"company"}), ("The Curragh Racecourse DAC", {"company"}),
    ("Arena Racing Company Ltd", {"company"}), ("Pegasus Group & Partners", {"company", "ampersand"}),
    ("Harry's Horse", {"company", "apostrophe"}), ("Equi-Trek Ltd", {"company"}), ("PMU S.A.", {"company"}),
]  # fmt: skip
_RESEARCH = [("Deloitte", {"market-research"}), ("Mintel", {"market-research"}), ("IBISWorld", {"market-research"}),
             ("Frontier Economics", {"market-research"}), ("YouGov", {"market-research"}),
             ("Kantar", {"market-research"}), ("PwC", {"market-research"}), ("Statista", {"market-research"})]  # fmt: skip
_PRESS = ["Racing Post", "The Irish Field", "Paris-Turf", "Horse & Hound", "Your Horse", "Thoroughbred Daily News",
          "The Irish Times", "Financial Times", "Marketing Week", "Campaign", "Equus Magazine", "Jour de Galop"]  # fmt: skip
_JOURNALS = ["Journal of Gambling Studies", "Sport in Society", "Journal of Equine Veterinary Science",
             "Equine Veterinary Journal", "Anthrozoös", "Leisure Studies",
             "International Journal of Hospitality Management", "Sport, Business and Management",
             "Journal of Marketing Management", "European Journal of Marketing", "Event Management",
             "International Journal of Sports Marketing and Sponsorship", "Irish Journal of Management",
             "Journal of Sport Management", "Tourism Management", "Annals of Leisure Research"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Pearson", "Harlow"), ("SAGE", "London"), ("Kogan Page", "London"),
               ("Palgrave Macmillan", "Basingstoke"), ("Oxford University Press", "Oxford"), ("Goodfellow", "Oxford"),
               ("Wiley", "Chichester"), ("Cork University Press", "Cork"), ("Gill Books", "Dublin"),
               ("Presses universitaires de Rennes", "Rennes"), ("CABI", "Wallingford"), ("Bloomsbury", "London")]  # fmt: skip
_CLASSICS = [
    ("Kotler", "Philip", "Principles of marketing", [("Armstrong", "Gary")]),
    ("Kotler", "Philip", "Marketing management", [("Keller", "Kevin Lane")]),
    ("Chaffey", "Dave", "Digital marketing: strategy, implementation and practice", [("Ellis-Chadwick", "Fiona")]),
    ("Aaker", "David", "Building strong brands", []), ("Keller", "Kevin Lane", "Strategic brand management", []),
    ("Jobber", "David", "Principles and practice of marketing", [("Ellis-Chadwick", "Fiona")]),
    ("Sharp", "Byron", "How brands grow", []), ("Ries", "Al", "Positioning: the battle for your mind", [("Trout", "Jack")]),
    ("Chadwick", "Simon", "Routledge handbook of sports marketing", [("Chanavat", "Nicolas"), ("Desbordes", "Michel")]),
    ("Smith", "PR", "Marketing communications: integrating online and offline", [("Zook", "Ze")]),
    ("Hollensen", "Svend", "Marketing management: a relationship approach", []),
]  # fmt: skip
_TOPICS = ["racegoer experience", "owner retention", "racecourse hospitality", "sponsorship of jump racing",
           "bloodstock auction marketing", "stallion marketing", "equine welfare and the social licence",
           "young racegoers", "betting and racing media rights", "digital channels for riding schools",
           "equestrian participation", "saddlery retail", "horse feed brands", "equestrian apparel",
           "the French racing fan", "women in racing", "syndicate ownership", "racing tourism",
           "the Irish breeding industry", "Pony Club membership", "livery yards", "racing on social media",
           "heritage and the racecourse brand", "responsible gambling messages"]  # fmt: skip


class Blind280WorkFactory(WorkFactory):
    """The blind280 pool's works (see the module's docstring). A subclass, so no other half changes."""

    # The kinds of work, as each Work names its own; make() draws them from the finer list _DRAWN.
    KINDS = ("book", "classic", "chapter", "journal", "report", "web", "press", "undated-web")
    _DRAWN = ("book", "classic", "chapter", "journal", "body-report", "body-web", "firm-web", "annual-report",
              "press", "market-research", "undated-web")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 47 + 280)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.dated_orgs: list[tuple[str, set[str], int]] = []

    # ------------------------------------------------------------------ people, bodies, dates
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.2:
            family, given = self.rng.choice(_IRISH)
            return {"family": family, "given": given}
        if roll < 0.27:
            particle, family, given = self.rng.choice(_FRENCH_PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.4:
            family, given = self.rng.choice(_FRENCH)
            return {"family": family, "given": given}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name().split("-")[0]
        if " " in family or not family.replace("'", "").replace("-", "").isalpha():
            family = self.fakers["en_GB"].last_name()
        if self.rng.random() < 0.06:
            family = f"{family}-{self.fakers['en_GB'].last_name()}"
        return {"family": family, "given": given}

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1975, 1999)
        return self.rng.randint(2009, 2025)

    def accessed_after(self, year: int | None, month: int = 1, day: int = 1) -> dict[str, list[list[int]]]:
        """An access date on or after the work's own date (a web page is read after it is published)."""
        accessed_year = self.rng.randint(max(2022, year or 2022), 2025)
        if accessed_year != year:
            month, day = 1, 1
        accessed_month = self.rng.randint(month, 12)
        accessed_day = self.rng.randint(day if accessed_month == month else 1, 28)
        return {"date-parts": [[accessed_year, accessed_month, accessed_day]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]}: evidence from Britain and Ireland",
                 f"{topic[0].upper()}{topic[1:]} in France, Ireland and Great Britain",
                 f"Marketing {topic}: a qualitative study", f"Understanding {topic}",
                 f"{topic[0].upper()}{topic[1:]} and brand loyalty", f"Who cares about {topic}?",
                 f"{topic[0].upper()}{topic[1:]}: a review and research agenda"]  # fmt: skip
        return self.rng.choice(forms)

    def _url(self) -> str:
        fake = self.fakers["en_GB"]
        return fake.url() + fake.uri_path()

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self._DRAWN), weights=[10, 5, 6, 22, 11, 7, 8, 6, 11, 8, 6])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org(self, record: dict[str, Any], kind: str, pool: list[tuple[str, set[str]]]) -> Work:
        name, tags = self.rng.choice(pool)
        # Now and then a second work of an organisation already listed, in the same year ("HRI, 2023a" and "2023b").
        if self.dated_orgs and "issued" in record and self.rng.random() < 0.15:
            name, tags, year = self.rng.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [[year]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(year)
        if "issued" in record:
            self.dated_orgs.append((name, tags, record["issued"]["date-parts"][0][0]))
        if record.get("type") == "report" and "publisher" not in record:
            record["publisher"] = name.split(" (")[0]
        return self._org_work(record, kind, name, set(tags))

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 5))
        return self._person_work(record, "book")

    def _classic(self) -> Work:
        family, given, title, others = self.rng.choice(_CLASSICS)
        publisher, place = self.rng.choice(_PUBLISHERS[:4])
        authors = [{"family": family, "given": given}] + [{"family": f, "given": g} for f, g in others]
        record: dict[str, Any] = {"type": "book", "title": title, "author": authors,
                                  "issued": {"date-parts": [[self.rng.randint(2012, 2024)]]},
                                  "edition": str(self.rng.randint(3, 18)), "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        return self._person_work(record, "classic")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3), "editor": self._people(2),
            "container-title": f"The Routledge handbook of {self.rng.choice(['equine', 'horseracing', 'sport', 'leisure', 'events'])} {self.rng.choice(['management', 'studies', 'marketing'])}",
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(first := self.rng.randint(10, 300))}-{first + self.rng.randint(10, 25)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[year]]},
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{(first := self.rng.randint(1, 900))}-{first + self.rng.randint(8, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????')}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _body_report(self) -> Work:
        year = self.year()
        title = self.rng.choice([f"Annual report {year}", f"Racing and breeding statistics {year}",
                                 f"Economic impact of the equine sector {year}", f"Customer insight report {year}",
                                 f"Participation survey {year}", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]}}
        if self.rng.random() < 0.7:
            record["URL"], record["accessed"] = self._url(), self.accessed_after(year)
        if self.rng.random() < 0.1:
            record.pop("issued")
        return self._org(record, "report", _BODIES)

    def _body_web(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "issued": {"date-parts": [[year]]},
                                  "URL": self._url(), "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org(record, "web", _BODIES)

    def _firm_web(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "issued": {"date-parts": [[year]]},
                                  "URL": self._url(), "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org(record, "web", _FIRMS)

    def _annual_report(self) -> Work:
        year = self.rng.randint(2015, 2025)
        record: dict[str, Any] = {"type": "report", "title": f"Annual report and accounts {year}",
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org(record, "report", _FIRMS)

    def _press(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, (month := self.rng.randint(1, 12)), (day := self.rng.randint(1, 28))]]},
            "URL": self._url(), "accessed": self.accessed_after(year, month, day),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "press")
        name = record["container-title"]
        return self._org_work(record, "press", name, {"press"})

    def _market_research(self) -> Work:
        year = self.year() if self.rng.random() < 0.85 else None
        market = self.rng.choice(["equestrian", "horse feed", "betting and gaming", "racing hospitality",
                                  "saddlery and tack", "country clothing", "sports events"])  # fmt: skip
        title = self.rng.choice([f"{market.capitalize()} market in the UK {year or ''}".strip(),
                                 f"The economic contribution of {market} in Ireland",
                                 f"{market.capitalize()} - UK - {self.rng.choice(['March', 'July', 'November'])} {year or 2024}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "URL": self._url(),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org(record, "report", _RESEARCH)

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url(),
                                  "accessed": self.accessed_after(None)}  # fmt: skip
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            return self._person_work(record, "undated-web")
        record["id"] = self._id()
        name, tags = self.rng.choice(_FIRMS + _BODIES)
        record["author"] = [{"literal": name}]
        return Work(record, name, "n.d.", True, 1, "undated-web", set(tags) | {"organisation", "undated"})
