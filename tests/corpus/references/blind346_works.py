"""Works cited by marketers at pubs, bars, brewers and hospitality bodies in the UK, Ireland, Belgium, the Czech
Republic, Australia and Kenya: the blind346 pool (HELD OUT), written without reading the checker or other pools.

Books, chapters and hospitality, alcohol-policy, retailing and consumer journals with one to eight authors,
governments and statistics offices (with and without their abbreviations, two works of one body in a year), pub
groups' and brewers' pages and annual reports (Ltd, plc, NV, SA/NV, a.s., Pty Ltd, PLC), trade bodies and
charities, the press signed and unsigned, market research with and without years, the marketing texts every
candidate cites, and undated pages. Irish names with "O'", "Mac" and "Ní", Flemish names with "Van", "De" and
"Vanden", Walloon names, Czech names with their accents, Kikuyu, Luo and Swahili names, Australian and British names.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

# The kinds of work as the builder knows them (reports and pages of bodies, firms and researchers, the press).
KINDS = ("book", "chapter", "journal", "report", "web", "news")

_LOCALES = ["en_GB", "en_GB", "en_IE", "en_AU", "nl_BE", "fr_BE", "cs_CZ", "en_KE"]

# Names as the region's scholars and journals print them (family, given).
_IRISH = [("O'Sullivan", "Siobhán"), ("O'Neill", "Ciarán"), ("MacCarthy", "Dónal"), ("Mac Giolla Phádraig", "Eoin"),
          ("Ní Bhriain", "Aoife"), ("Ní Dhuibhir", "Gráinne"), ("O'Driscoll", "Niamh"), ("McGuinness", "Pádraig"),
          ("Ó Ceallaigh", "Séamus"), ("Mac an tSaoi", "Máire"), ("Kavanagh", "Orla"), ("Ó Súilleabháin", "Colm")]  # fmt: skip
_FLEMISH = [("Van den Broeck", "Jan"), ("De Smet", "Els"), ("Vanden Bossche", "Pieter"), ("Van Damme", "Lieve"),
            ("De Clercq", "Stijn"), ("Vandenberghe", "Annelies"), ("Van Hoof", "Koen"), ("De Wever", "Griet"),
            ("Verhaegen", "Bart"), ("Vanderstraeten", "Sofie"), ("Dubois", "Amélie"), ("Lefèvre", "Mathieu"),
            ("Dupont", "Céline"), ("Goossens", "Wouter"), ("Van Loock", "Hilde")]  # fmt: skip
_CZECH = [("Dvořák", "Tomáš"), ("Nováková", "Petra"), ("Růžička", "Jiří"), ("Kořínková", "Lenka"), ("Šťastný", "Ondřej"),
          ("Černá", "Zuzana"), ("Procházka", "Lukáš"), ("Hrubá", "Markéta"), ("Kratochvíl", "Vojtěch"),
          ("Švecová", "Klára"), ("Říha", "Martin"), ("Veselý", "Jan"), ("Kůrková", "Barbora")]  # fmt: skip
_KENYAN = [("Kamau", "Wanjiru"), ("Mwangi", "Njeri"), ("Odhiambo", "Otieno"), ("Achieng", "Akinyi"),
           ("Ochieng", "Brian"), ("Wambui", "Grace"), ("Njoroge", "Kariuki"), ("Onyango", "Adhiambo"),
           ("Mutua", "Faith"), ("Omondi", "Kevin"), ("Wafula", "Nafula"), ("Mohamed", "Amina"), ("Hassan", "Juma"),
           ("Owino", "Millicent"), ("Gathoni", "Wairimu"), ("Kiprono", "Cheruiyot")]  # fmt: skip
_AUSTRALIAN = [("Nguyen", "Linh"), ("Papadopoulos", "Nick"), ("Kelly", "Bronwyn"), ("Fitzgerald", "Lachlan"),
               ("Rossi", "Chiara"), ("Tran", "Minh"), ("Sharma", "Anjali"), ("Wilson", "Kylie")]  # fmt: skip
_PARTICLED = [("van", "Dijk", "Marloes"), ("de", "Groot", "Anouk"), ("van der", "Berg", "Sanne"),
              ("de", "Vries", "Joost")]  # fmt: skip

# Organisations these candidates cite, with what makes each hard.
_GOVERNMENT = [
    ("Department for Business and Trade", {"government"}), ("Department for Business and Trade (DBT)", {"government", "abbreviation"}),
    ("HM Revenue & Customs", {"government", "ampersand"}), ("HM Revenue & Customs (HMRC)", {"government", "ampersand", "abbreviation"}),
    ("Office for National Statistics", {"government"}), ("Office for National Statistics (ONS)", {"government", "abbreviation"}),
    ("ONS", {"government", "acronym"}), ("Competition and Markets Authority", {"government"}),
    ("Competition and Markets Authority (CMA)", {"government", "abbreviation"}), ("Pubs Code Adjudicator", {"government"}),
    ("Public Health England", {"government"}), ("Central Statistics Office", {"government"}),
    ("Central Statistics Office (CSO)", {"government", "abbreviation"}), ("Health Research Board", {"government"}),
    ("Health Research Board (HRB)", {"government", "abbreviation"}), ("Statbel", {"government"}),
    ("Czech Statistical Office", {"government"}), ("Český statistický úřad (ČSÚ)", {"government", "abbreviation", "accent"}),
    ("Australian Bureau of Statistics", {"government"}), ("Australian Bureau of Statistics (ABS)", {"government", "abbreviation"}),
    ("Kenya National Bureau of Statistics", {"government"}), ("Kenya National Bureau of Statistics (KNBS)", {"government", "abbreviation"}),
    ("National Authority for the Campaign Against Alcohol and Drug Abuse (NACADA)", {"government", "abbreviation"}),
    ("NACADA", {"government", "acronym"}), ("World Health Organization", {"government"}),
    ("World Health Organization (WHO)", {"government", "abbreviation"}),
]  # fmt: skip
_COMPANIES = [
    ("J D Wetherspoon plc", {"company"}), ("Greene King Ltd", {"company"}), ("Mitchells & Butlers plc", {"company", "ampersand"}),
    ("Young & Co.'s Brewery, P.L.C.", {"company", "ampersand", "apostrophe", "comma"}), ("Marston's PLC", {"company", "apostrophe"}),
    ("Diageo plc", {"company"}), ("Heineken N.V.", {"company"}), ("Anheuser-Busch InBev SA/NV", {"company"}),
    ("Plzeňský Prazdroj, a.s.", {"company", "accent", "comma"}), ("Endeavour Group Ltd", {"company"}),
    ("East African Breweries PLC", {"company"}), ("Stonegate Group", {"company"}), ("Fuller, Smith & Turner P.L.C.", {"company", "ampersand", "comma"}),
    ("Admiral Taverns", {"company"}), ("BrewDog plc", {"company"}), ("Carlsberg Britvic", {"company"}),
    ("Molson Coors Beverage Company", {"company"}), ("Duvel Moortgat NV", {"company"}), ("Kenya Breweries Limited", {"company"}),
    ("ALH Group Pty Ltd", {"company"}), ("Australian Venue Co.", {"company"}), ("DesignMyNight", {"company"}),
    ("OpenTable", {"company"}), ("Asahi Europe & International", {"company", "ampersand"}),
]  # fmt: skip
_TRADE = [
    ("British Beer and Pub Association", {"trade-body"}), ("British Beer & Pub Association (BBPA)", {"trade-body", "ampersand", "abbreviation"}),
    ("BBPA", {"trade-body", "acronym"}), ("UKHospitality", {"trade-body"}), ("CAMRA", {"trade-body", "acronym"}),
    ("Campaign for Real Ale (CAMRA)", {"trade-body", "abbreviation"}), ("Licensed Victuallers Association", {"trade-body"}),
    ("Vintners' Federation of Ireland", {"trade-body", "apostrophe"}), ("Vintners' Federation of Ireland (VFI)", {"trade-body", "apostrophe", "abbreviation"}),
    ("Licensed Vintners Association (LVA)", {"trade-body", "abbreviation"}), ("Drinkaware", {"trade-body"}),
    ("Alcohol Change UK", {"trade-body"}), ("Australian Hotels Association", {"trade-body"}),
    ("Australian Hotels Association (AHA)", {"trade-body", "abbreviation"}), ("Drinks Ireland", {"trade-body"}),
    ("Belgian Brewers", {"trade-body"}), ("Pub is The Hub", {"trade-body"}),
]  # fmt: skip
_PRESS = ["The Morning Advertiser", "The Publican", "The Guardian", "The Times", "The Irish Times", "De Standaard",
          "Lidové noviny", "The Sydney Morning Herald", "Daily Nation", "The Standard", "Marketing Week", "Campaign"]  # fmt: skip
_RESEARCH = [
    "CGA by NIQ",
    "Mintel",
    "Statista",
    "Kantar",
    "YouGov",
    "KAM Media",
    "IWSR",
    "Statista Research Department",
]
_CLASSICS = [
    (("Kotler", "Philip"), ("Keller", "Kevin Lane"), "Marketing management", "Pearson", "Harlow"),
    (("Porter", "Michael E."), None, "Competitive strategy: techniques for analyzing industries and competitors", "Free Press", "New York"),
    (("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona"), "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow"),
    (("Jobber", "David"), ("Ellis-Chadwick", "Fiona"), "Principles and practice of marketing", "McGraw-Hill", "London"),
    (("Sharp", "Byron"), None, "How brands grow: what marketers don't know", "Oxford University Press", "Melbourne"),
    (("Oldenburg", "Ray"), None, "The great good place", "Paragon House", "New York"),
    (("Johnson", "Gerry"), ("Whittington", "Richard"), "Exploring strategy", "Pearson", "Harlow"),
    (("Aaker", "David A."), None, "Building strong brands", "Free Press", "New York"),
]  # fmt: skip
_TOPICS = ["pub closures", "community pubs", "low and no alcohol", "app ordering", "sports screening", "tied leases",
           "the cost-of-living crisis", "digital-channel marketing", "craft beer", "cask ale", "drinking occasions",
           "table booking", "loyalty apps", "the night-time economy", "responsible drinking", "premiumisation",
           "social media advertising", "brand heritage", "bar tabs and cashless payment", "Gen Z drinking",
           "beer gardens", "pub food", "sober curiosity", "alcohol marketing regulation", "pub-goers' wellbeing"]  # fmt: skip
_JOURNALS = ["International Journal of Hospitality Management", "International Journal of Contemporary Hospitality Management",
             "Journal of Hospitality & Tourism Research", "Drug and Alcohol Review", "Addiction",
             "Journal of Retailing and Consumer Services", "Journal of Consumer Behaviour", "Journal of Marketing Management"]  # fmt: skip
_PLACES = ["UK", "Great Britain", "Ireland", "Belgium", "the Czech Republic", "Australia", "Kenya", "England", "Dublin",
           "Flanders", "Prague", "Nairobi", "New South Wales"]  # fmt: skip
_DOMAINS = {"J D Wetherspoon plc": "jdwetherspoon.com", "Greene King Ltd": "greeneking.co.uk", "Diageo plc": "diageo.com",
            "Heineken N.V.": "theheinekencompany.com", "East African Breweries PLC": "eabl.com"}  # fmt: skip


class Blind346WorkFactory(WorkFactory):
    """The blind346 pool's works: pubs, bars and brewers in six countries. A subclass, so other pools are unchanged."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 346)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.dated_orgs: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        table = None
        if roll < 0.14:
            table = _IRISH
        elif roll < 0.28:
            table = _FLEMISH
        elif roll < 0.42:
            table = _CZECH
        elif roll < 0.58:
            table = _KENYAN
        elif roll < 0.64:
            table = _AUSTRALIAN
        elif roll < 0.68:
            particle, family, given = self.rng.choice(_PARTICLED)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if table is not None:
            family, given = self.rng.choice(table)
            return {"family": family, "given": given}
        fake = self.fakers[self.rng.choice(["en_GB", "en_GB", "en_IE", "en_AU"])]
        family, given = fake.last_name(), fake.first_name()
        if self.rng.random() < 0.07:
            family = f"{family}-{self.fakers['en_GB'].last_name()}"
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        table = self.rng.choice([_GOVERNMENT, _COMPANIES, _COMPANIES, _TRADE])
        name, tags = self.rng.choice(table)
        return name, set(tags)

    def year(self) -> int:
        return self.rng.randint(2012, 2025) if self.rng.random() < 0.92 else self.rng.randint(1989, 2011)

    def accessed(self) -> dict[str, list[list[int]]]:
        return {"date-parts": [[self.rng.randint(2025, 2026), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        place = self.rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"The role of {topic} in pub-goers' choices",
                 f"{topic[0].upper()}{topic[1:]} and {self.rng.choice(_TOPICS)}: evidence from {place}",
                 f"Why {topic} matters for {self.rng.choice(['managed pubs', 'tenanted pubs', 'cocktail bars', 'brewers', 'hotel bars'])}",
                 f"{topic[0].upper()}{topic[1:]}: a study of drinkers in {place}",
                 f"Understanding {topic} among younger drinkers", f"Last orders? {topic[0].upper()}{topic[1:]} since the pandemic"]  # fmt: skip
        return self.rng.choice(forms)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then one body's second work of a year ("CGA by NIQ, 2024a" and "2024b").
        if self.dated_orgs and "issued" in record and self.rng.random() < 0.14:
            name, tags, issued = self.rng.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated_orgs.append((name, tags, record["issued"]))
        if "accessed" in record and "issued" in record:
            year = record["issued"]["date-parts"][0][0]
            if record["accessed"]["date-parts"][0][0] < year:
                record["accessed"]["date-parts"][0][0] = year
        return super()._org_work(record, kind, name, tags)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "government", "company", "trade-body", "press", "market-research",
             "web-person", "undated-web", "classic"],
            weights=[8, 5, 24, 12, 12, 9, 10, 9, 4, 3, 6],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _journal(self) -> Work:
        work = super()._journal()
        work.record["container-title"] = self.rng.choice(_JOURNALS)
        return work

    def _chapter(self) -> Work:
        work = super()._chapter()
        work.record["container-title"] = self.rng.choice(["The Routledge handbook of hospitality studies",
                                                          "Drinking in the UK: contemporary perspectives",
                                                          "The pub: a cultural history", "Contemporary tourism and hospitality marketing",
                                                          "Beer and society"])  # fmt: skip
        work.record["publisher"] = self.rng.choice(["Routledge", "Goodfellow", "Edward Elgar", "Palgrave Macmillan"])
        return work

    def _classic(self) -> Work:
        first, second, title, publisher, place = self.rng.choice(_CLASSICS)
        authors = [{"family": first[0], "given": first[1]}]
        if second is not None:
            authors.append({"family": second[0], "given": second[1]})
        record: dict[str, Any] = {"type": "book", "title": title, "author": authors,
                                  "issued": {"date-parts": [[self.rng.choice([1980, 1989, 1996, 2010, 2016, 2019, 2021, 2022, 2023])]]},
                                  "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.5:
            record["edition"] = str(self.rng.randint(2, 16))
        return self._person_work(record, "book")

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self.rng.choice([self._title(), f"Alcohol-specific deaths in {self.rng.choice(_PLACES)}: registered in {self.rng.randint(2015, 2024)}",
                                      f"Pubs and bars: business counts, {self.rng.randint(2010, 2024)}", "Beer duty statistics",
                                      "Statutory review of the Pubs Code", f"Household budget survey {self.rng.randint(2015, 2024)}"]),
            "issued": {"date-parts": [[self.year()]]}, "URL": f"https://www.{self.fakers['en_GB'].domain_name()}/{self.fakers['en_GB'].slug()}",
            "accessed": self.accessed(),
        }  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _company(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.year()
        domain = _DOMAINS.get(name, self.fakers["en_GB"].domain_name())
        if self.rng.random() < 0.5:
            record: dict[str, Any] = {"type": "report", "title": f"{self.rng.choice(['Annual report and accounts', 'Annual report', 'Sustainability report', 'Integrated report'])} {year}",
                                      "publisher": name, "issued": {"date-parts": [[year]]},
                                      "URL": f"https://www.{domain}/investors/{self.fakers['en_GB'].slug()}", "accessed": self.accessed()}  # fmt: skip
            kind = "report"
        else:
            record = {"type": "webpage", "title": self.rng.choice(["Our story", "Our pubs", "Responsible drinking", "Our brands", self._title()]),
                      "URL": f"https://www.{domain}/{self.fakers['en_GB'].slug()}", "accessed": self.accessed()}  # fmt: skip
            if self.rng.random() < 0.7:
                record["issued"] = {"date-parts": [[year]]}
            kind = "web"
        return self._org_work(record, kind, name, tags)

    def _trade_body(self) -> Work:
        name, tags = self.rng.choice(_TRADE)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]),
                                  "title": self.rng.choice([self._title(), "Beer barometer", "Pub closures tracker",
                                                            "Quarterly hospitality tracker", "The value of the community pub"]),
                                  "URL": f"https://www.{self.fakers['en_GB'].domain_name()}/{self.fakers['en_GB'].slug()}",
                                  "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[self.year()]]}
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _press(self) -> Work:
        fake = self.fakers["en_GB"]
        year = self.year()
        accessed = self.accessed()
        accessed["date-parts"][0][0] = max(accessed["date-parts"][0][0], year)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": fake.url() + fake.uri_path(), "accessed": accessed,
        }  # fmt: skip
        if accessed["date-parts"][0][0] == year:
            record["issued"]["date-parts"][0][1:] = [1, 1]
            accessed["date-parts"][0][1:] = [max(2, accessed["date-parts"][0][1]), accessed["date-parts"][0][2]]
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        market = self.rng.choice(["pubs and bars", "on-trade", "low and no alcohol drinks", "cocktails", "cider", "craft beer",
                                  "late-night venues", "beer", "spirits"])  # fmt: skip
        place = self.rng.choice(_PLACES)
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"{market[0].upper()}{market[1:]} - {place}", f"On Premise User Survey: {place}",
                                                        f"{market[0].upper()}{market[1:]} market in {place}", f"Hospitality market monitor: {place}",
                                                        f"Share of adults in {place} drinking {market}, by age"]),
            "publisher": name, "URL": f"https://www.{self.fakers['en_GB'].domain_name()}/{self.fakers['en_GB'].slug()}",
            "accessed": self.accessed(),
        }  # fmt: skip
        if self.rng.random() < 0.88:
            record["issued"] = {"date-parts": [[self.year()]]}
        return self._org_work(record, "report", name, {"market-research"})

    def _web_person(self) -> Work:
        work = super()._web_person()
        issued = work.record["issued"]["date-parts"][0][0]
        work.record["accessed"]["date-parts"][0][0] = max(work.record["accessed"]["date-parts"][0][0], issued)
        return work

    def _undated_web(self) -> Work:
        fake = self.fakers["en_GB"]
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": fake.url() + fake.uri_path(),
                                  "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.4:
            record["author"] = self._people(2)
            work = self._person_work(record, "web")
        else:
            name, tags = self.organisation()
            work = self._org_work(record, "web", name, tags | {"undated"})
        return work
