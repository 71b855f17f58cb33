"""The blind297 pool's works: what marketers at Louisiana and Gulf Coast restaurants, hot-sauce and seafood brands,
festivals, casinos, tourism bodies and music venues cite in CIM Level 6 and 7 reports and MBA assignments.

Written without reading the checker, its tests or any other pool. Books, chapters and heritage, tourism, event,
hospitality and foodservice journals with one to eight authors; the marketing texts every candidate cites; US federal,
Louisiana and city bodies, VisitBritain and Atout France (with and without their abbreviation, two works of one body
in a year); firms' pages and annual reports with Inc., LLC, L.L.C., Co., Corp. and plc; the Louisiana, food and travel
press signed and unsigned; market research with and without years; undated pages. Names as this region's scholars
and journals print them: Cajun and Creole French surnames ("Hébert", "LeBlanc", "Des Ormeaux", "St. Romain",
"Saint-Amant", "de la Houssaye"), Vietnamese American names ("Nguyen", "Le", "Do"), African American names with
Jr., Sr., II and III, and British names.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import datetime
import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "report", "government", "company", "web", "news", "market-research")

_CAJUN_FAMILIES = ["Hébert", "Thériot", "Chénier", "Boudreaux", "Thibodeaux", "Arceneaux", "Broussard", "Fontenot",
                   "Guidry", "Landry", "Doucet", "Robichaux", "Savoie", "Comeaux", "Trahan", "Guillory", "Breaux",
                   "Mouton", "Sonnier", "Babineaux", "Melançon", "Bourgeois", "Prejean", "Cormier", "Ardoin",
                   "Metoyer", "Rideau", "Balthazar", "Fuselier", "Romero", "Naquin", "Ancelet", "Bergeron",
                   "Champagne", "Daigle", "Gautreaux", "Lejeune"]  # fmt: skip
_PARTICLE_FAMILIES = ["LeBlanc", "LeJeune", "LeBoeuf", "LeDoux", "LaFleur", "LaCour", "LaBauve", "LaCombe", "DuBois",
                      "DuPuy", "DeRouen", "DesHotels", "Des Ormeaux", "Le Doux", "La Rocca", "Du Pré", "St. Romain",
                      "St. Pierre", "St. Germain", "St. Julien", "Saint-Amant", "Saint-Cyr", "Saint Martin",
                      "Guidry-Thibodeaux", "Hébert-Landry", "Broussard-Nguyen", "Arceneaux-Batiste"]  # fmt: skip
_LOWER_PARTICLES = [("de la", "Houssaye"), ("de", "Gravelles"), ("du", "Plantier"), ("de", "Clouet")]
_CAJUN_GIVEN = ["Alcée", "Clotilde", "Émile", "Amédée", "Thérèse", "Jean-Paul", "Marie-Claire", "Remy", "Celeste",
                "Beau", "Gabrielle", "Lucien", "Odile", "Antoine", "Renée", "Josette", "Hippolyte", "Madeleine",
                "Camille", "Adrien", "Margot", "Simone", "Étienne", "Claudette"]  # fmt: skip
_VIET_FAMILIES = ["Nguyen", "Tran", "Le", "Pham", "Huynh", "Vo", "Dang", "Bui", "Do", "Ho", "Ngo", "Duong", "Ly",
                  "Phan", "Truong"]  # fmt: skip
_VIET_GIVEN = ["Thi Lan", "Minh", "Thanh-Huong", "Kim-Anh", "Bao", "Quynh", "Tuan", "Van Long", "Hoa", "Khanh",
               "Linh", "Phuong", "Duc", "Mai", "Cuong", "Kevin", "Tina", "Peter", "Jenny", "Vincent"]  # fmt: skip
_AA_FAMILIES = ["Washington", "Jefferson", "Batiste", "Andrews", "Neville", "Lastie", "Boutté", "Jackson", "Robinson",
                "Toussaint", "Marsalis", "Chase", "Broomfield", "Dejean", "Honoré", "Lewis", "Augustine", "Simmons",
                "Tyler", "Wilkerson", "Pierre", "Bazile"]  # fmt: skip
_AA_GIVEN = ["Darnell", "Keisha", "Terrence", "LaToya", "Andre", "Marcus", "Shantell", "Jerome", "Tamika", "Reginald",
             "Ebony", "Dwayne", "Yolanda", "Cedric", "Monique", "Wendell", "Aisha", "Troy"]  # fmt: skip
_SUFFIXES = ["Jr.", "Sr.", "II", "III", "Jr.", "III"]

_JOURNALS = ["Journal of Heritage Tourism", "Tourism Management", "Event Management",
             "International Journal of Hospitality Management", "Journal of Foodservice Business Research",
             "Cornell Hospitality Quarterly", "Southern Cultures", "Journal of Travel Research",
             "Annals of Tourism Research", "Journal of Vacation Marketing", "Journal of Gastronomy and Tourism",
             "International Journal of Contemporary Hospitality Management", "Louisiana History",
             "Journal of Destination Marketing & Management", "Tourism Recreation Research"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Routledge", "New York"), ("Pearson", "Harlow"), ("Pearson", "Hoboken, NJ"),
               ("Channel View Publications", "Bristol"), ("CABI", "Wallingford"), ("Goodfellow Publishers", "Oxford"),
               ("Louisiana State University Press", "Baton Rouge"), ("University Press of Mississippi", "Jackson"),
               ("University of North Carolina Press", "Chapel Hill"), ("Sage", "London"), ("Wiley", "Hoboken, NJ"),
               ("Kogan Page", "London"), ("Pelican Publishing", "Gretna, LA")]  # fmt: skip
_TOPICS = ["food tourism", "culinary heritage", "festival attendance", "second-line parades", "Creole cuisine",
           "Cajun identity", "destination branding", "hotel revenue management", "casino marketing",
           "post-disaster tourism recovery", "jazz heritage", "music tourism", "Mardi Gras", "restaurant loyalty",
           "hot sauce branding", "seafood provenance", "visitor satisfaction", "Instagram and restaurant choice",
           "online reviews of restaurants", "dark tourism", "authenticity in heritage sites", "event sponsorship",
           "crawfish season", "place attachment", "foodways", "social media influencers in travel",
           "destination marketing organisations", "cruise tourism", "plantation tourism", "menu design",
           "quick-service restaurant advertising", "brand heritage", "Gulf Coast resilience", "festival economics",
           "hospitality workforce", "short-term rentals", "experience design", "regional coffee brands"]  # fmt: skip
_PLACES = ["New Orleans", "Louisiana", "the Gulf Coast", "Acadiana", "the American South", "Lafayette", "Baton Rouge",
           "the Mississippi Delta", "Mobile, Alabama", "Biloxi", "Houston", "coastal Louisiana"]  # fmt: skip

# Who these candidates cite when no person is named: (name, tags, web domain).
_GOVERNMENT = [("U.S. Census Bureau", {"abbreviation"}, "census.gov"),
               ("Louisiana Department of Culture, Recreation & Tourism", {"ampersand", "comma"}, "crt.state.la.us"),
               ("Louisiana Department of Culture, Recreation and Tourism (CRT)", {"comma", "abbreviation"}, "crt.state.la.us"),
               ("Bureau of Labor Statistics", set(), "bls.gov"), ("U.S. Bureau of Labor Statistics", {"abbreviation"}, "bls.gov"),
               ("FEMA", {"acronym"}, "fema.gov"), ("Federal Emergency Management Agency (FEMA)", {"abbreviation"}, "fema.gov"),
               ("NOAA", {"acronym"}, "noaa.gov"), ("National Oceanic and Atmospheric Administration", set(), "noaa.gov"),
               ("National Hurricane Center", set(), "nhc.noaa.gov"),
               ("U.S. Travel Association", {"abbreviation"}, "ustravel.org"),
               ("Louisiana Gaming Control Board", set(), "lgcb.dps.louisiana.gov"),
               ("City of New Orleans", set(), "nola.gov"), ("VisitBritain", set(), "visitbritain.org"),
               ("Atout France", set(), "atout-france.fr"), ("Louisiana Office of Tourism", set(), "louisianatravel.com"),
               ("New Orleans & Company", {"ampersand"}, "neworleans.com"),
               ("National Park Service", set(), "nps.gov"),
               ("Louisiana Seafood Promotion & Marketing Board", {"ampersand"}, "louisianaseafood.com"),
               ("U.S. Department of Commerce", {"abbreviation"}, "commerce.gov"),
               ("Office for National Statistics (ONS)", {"abbreviation"}, "ons.gov.uk")]  # fmt: skip
_COMPANIES = [("McIlhenny Company", set(), "tabasco.com"),
              ("Restaurant Brands International Inc.", {"inc"}, "rbi.com"),
              ("Caesars Entertainment, Inc.", {"inc", "comma"}, "caesars.com"),
              ("Community Coffee Company, L.L.C.", {"llc", "comma"}, "communitycoffee.com"),
              ("Abita Brewing Co.", {"co"}, "abita.com"),
              ("McCormick & Company, Inc.", {"inc", "comma", "ampersand"}, "mccormickcorporation.com"),
              ("Popeyes Louisiana Kitchen, Inc.", {"inc", "comma"}, "popeyes.com"),
              ("Utz Brands, Inc.", {"inc", "comma"}, "utzsnacks.com"), ("Zatarain's", {"apostrophe"}, "zatarains.com"),
              ("Louisiana Fish Fry Products", set(), "louisianafishfry.com"),
              ("Preservation Hall Foundation", set(), "preservationhall.com"),
              ("Tipitina's Foundation", {"apostrophe"}, "tipitinasfoundation.org"),
              ("Essence Ventures LLC", {"llc"}, "essence.com"),
              ("New Orleans Jazz & Heritage Festival and Foundation, Inc.", {"ampersand", "inc", "comma"}, "nojazzfest.com"),
              ("Penn Entertainment, Inc.", {"inc", "comma"}, "pennentertainment.com"),
              ("Boyd Gaming Corp.", {"corp"}, "boydgaming.com"), ("Whitbread plc", {"plc"}, "whitbread.co.uk"),
              ("Mitchells & Butlers plc", {"plc", "ampersand"}, "mbplc.com"),
              ("Visit Baton Rouge", set(), "visitbatonrouge.com"), ("Lafayette Travel", set(), "lafayettetravel.com"),
              ("Louisiana Restaurant Association", set(), "lra.org")]  # fmt: skip
_PRESS = ["The Times-Picayune", "The Advocate", "Gambit", "Nola.com", "Eater New Orleans", "Southern Living",
          "Garden & Gun", "Nation's Restaurant News", "Skift", "The Guardian", "Travel Weekly", "Country Roads"]  # fmt: skip
_RESEARCH = ["Mintel", "Datassential", "Technomic", "Tourism Economics", "Longwoods International", "STR", "Statista",
             "CoStar", "YouGov"]  # fmt: skip
# The marketing texts every candidate cites: (authors, title, year, edition, publisher, place).
_CLASSICS = [
    ([("Kotler", "Philip"), ("Bowen", "John T."), ("Makens", "James C."), ("Baloglu", "Seyhmus")],
     "Marketing for hospitality and tourism", 2017, "7", "Pearson", "Harlow"),
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Chernev", "Alexander")], "Marketing management", 2022, "16",
     "Pearson", "Harlow"),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing: strategy, implementation and practice",
     2019, "7", "Pearson", "Harlow"),
    ([("Pine", "B. Joseph"), ("Gilmore", "James H.")], "The experience economy", 2019, "2", "Harvard Business Review Press",
     "Boston, MA"),
    ([("Morrison", "Alastair M.")], "Marketing and managing tourism destinations", 2019, "2", "Routledge", "Abingdon"),
    ([("Getz", "Donald"), ("Page", "Stephen J.")], "Event studies: theory, research and policy for planned events", 2020,
     "4", "Routledge", "Abingdon"),
    ([("Sharp", "Byron")], "How brands grow: what marketers don't know", 2010, None, "Oxford University Press",
     "South Melbourne"),
    ([("Aaker", "David A.")], "Building strong brands", 1996, None, "Free Press", "New York"),
    ([("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], "Principles and practice of marketing", 2020, "9",
     "McGraw-Hill", "London"),
    ([("Hall", "C. Michael"), ("Sharples", "Liz"), ("Mitchell", "Richard"), ("Macionis", "Niki"), ("Cambourne", "Brock")],
     "Food tourism around the world: development, management and markets", 2003, None, "Butterworth-Heinemann", "Oxford"),
    ([("Bowie", "David"), ("Buttle", "Francis"), ("Brookes", "Maureen"), ("Mariussen", "Anastasia")],
     "Hospitality marketing", 2017, "3", "Routledge", "Abingdon"),
]  # fmt: skip


class Blind297WorkFactory(WorkFactory):
    """Works of Louisiana food, festival, heritage, hospitality and tourism marketing, as these candidates cite them."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 31 + 29700)
        fake = Faker("en_US")
        fake.seed_instance(seed * 211 + 97)
        self.fakers["en_US"] = fake
        self.classics_used: set[int] = set()
        self.organisations: list[tuple[str, set[str], str, dict[str, Any]]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.22:
            return {"family": self.rng.choice(_CAJUN_FAMILIES), "given": self.rng.choice(_CAJUN_GIVEN)}
        if roll < 0.34:
            return {"family": self.rng.choice(_PARTICLE_FAMILIES), "given": self.rng.choice(_CAJUN_GIVEN)}
        if roll < 0.37:
            particle, family = self.rng.choice(_LOWER_PARTICLES)
            return {"family": family, "given": self.rng.choice(_CAJUN_GIVEN), "non-dropping-particle": particle}
        if roll < 0.49:
            return {"family": self.rng.choice(_VIET_FAMILIES), "given": self.rng.choice(_VIET_GIVEN)}
        if roll < 0.61:
            name = {"family": self.rng.choice(_AA_FAMILIES), "given": self.rng.choice(_AA_GIVEN)}
            if self.rng.random() < 0.5:
                name["suffix"] = self.rng.choice(_SUFFIXES)
            return name
        if roll < 0.8:
            fake = self.fakers["en_US"]
            return {"family": fake.last_name(), "given": fake.first_name()}
        fake = self.fakers["en_GB"]
        family = fake.last_name()
        if self.rng.random() < 0.1:
            family = f"{family}-{fake.last_name()}"
        return {"family": family, "given": fake.first_name()}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        return self.rng.randint(2004, 2025) if self.rng.random() < 0.9 else self.rng.randint(1988, 2003)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        start = datetime.date(2022, 1, 1)
        if issued:
            start = max(
                start,
                datetime.date(issued[0], issued[1] if len(issued) > 1 else 12, issued[2] if len(issued) > 2 else 28),
            )
        end = datetime.date(2025, 12, 28)
        if start > end:
            start = end
        day = start + datetime.timedelta(days=self.rng.randint(0, (end - start).days))
        return {"date-parts": [[day.year, day.month, day.day]]}

    def _title(self) -> str:
        topic, other, place = self.rng.choice(_TOPICS), self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"{topic[0].upper()}{topic[1:]} and {other}: evidence from {place}",
                 f"Beyond beignets: {topic} in {place}", f"After the storm: {topic} in {place}",
                 f"Laissez les bons temps rouler? {topic[0].upper()}{topic[1:]} and {other}",
                 f"Gumbo, jazz and {topic}: marketing {place}", f"Understanding {topic} among visitors to {place}",
                 f"The role of {topic} in {other}", f"{topic[0].upper()}{topic[1:]}: a study of {place}",
                 f"Measuring {topic}: the case of {place}", f"From the French Quarter to the bayou: {topic}",
                 f"{self.fakers['en_US'].catch_phrase()}: {topic} in {place}"]  # fmt: skip
        return self.rng.choice(forms)

    def _url(self, domain: str) -> str:
        return f"https://www.{domain}/{self.fakers['en_US'].slug()}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(KINDS), weights=[14, 6, 24, 6, 11, 10, 9, 11, 9])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then a body or firm cited twice for one year ("FEMA, 2021a" and "2021b").
        undated_title = not any(ch.isdigit() for ch in str(record.get("title", "")))
        if self.organisations and "issued" in record and undated_title and self.rng.random() < 0.2:
            name, tags, domain, issued = self.rng.choice(self.organisations)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if record.get("publisher"):
                record["publisher"] = name
            if "URL" in record:
                record["URL"] = self._url(domain)
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        elif "issued" in record:
            domain = record.get("URL", "https://www.example.org/").split("/")[2].removeprefix("www.")
            self.organisations.append((name, tags, domain, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        if self.rng.random() < 0.4:
            free = [i for i in range(len(_CLASSICS)) if i not in self.classics_used]
            if free:
                index = self.rng.choice(free)
                self.classics_used.add(index)
                authors, title, year, edition, publisher, place = _CLASSICS[index]
                record: dict[str, Any] = {"type": "book", "title": title,
                                          "author": [{"family": f, "given": g} for f, g in authors],
                                          "issued": {"date-parts": [[year]]}, "publisher": publisher,
                                          "publisher-place": place}  # fmt: skip
                if edition:
                    record["edition"] = edition
                return self._person_work(record, "book")
        publisher, place = self.rng.choice(_PUBLISHERS)
        record = {"type": "book", "title": self._title(), "author": self._people(4),
                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 5))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        topic = self.rng.choice(_TOPICS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice([f"The Routledge handbook of {topic}", f"{topic[0].upper()}{topic[1:]}: critical perspectives",
                                                f"Food, festivals and the South: {topic}", f"Tourism in {self.rng.choice(_PLACES)}"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 380))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(3, 105)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{(start := self.rng.randint(1, 1200))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.55:
            record["DOI"] = (
                f"10.{self.rng.choice(['1080', '1016', '1177', '3727', '1353'])}/{self.fakers['en_US'].lexify('????').lower()}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _report(self) -> Work:
        """A report with named authors: consultants' studies for tourism bodies, working papers, extension reports."""
        publisher = self.rng.choice(["Tourism Economics", "LSU AgCenter", "University of New Orleans Hospitality Research Center",
                                     "The Data Center", "Louisiana Sea Grant", "Brookings Institution"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self._title(), "author": self._people(3),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": self.rng.choice(["New Orleans, LA", "Baton Rouge, LA", "Philadelphia, PA", "Washington, DC"])}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url(
                self.rng.choice(["lsuagcenter.com", "uno.edu", "datacenterresearch.org", "laseagrant.org"])
            )
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "report")

    def _government(self) -> Work:
        name, tags, domain = self.rng.choice(_GOVERNMENT)
        place = self.rng.choice(_PLACES)
        year = self.rng.randint(2012, 2025)
        title = self.rng.choice([f"Louisiana visitor volume and spending {year - 1}",
                                 f"Hurricane recovery update for {place}", f"Accommodation and food services employment in {place}",
                                 "QuickFacts: Orleans Parish, Louisiana", f"Annual gaming revenue report, fiscal year {year - 1}",
                                 "Inbound market snapshot: USA", f"Tourism strategic plan {year}-{year + 4}",
                                 "Billion-dollar weather and climate disasters", self._title()])  # fmt: skip
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": title,
            "URL": self._url(domain),
        }
        if self.rng.random() < 0.9:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        return self._org_work(record, "government", name, tags | {"government"})

    def _company(self) -> Work:
        name, tags, domain = self.rng.choice(_COMPANIES)
        roll = self.rng.random()
        year = self.rng.randint(2012, 2025)
        if roll < 0.4:
            if "plc" in tags:
                titles = [f"Annual report and accounts {year}", f"Sustainability report {year}"]
            elif tags & {"inc", "corp"}:
                titles = [
                    f"Annual report {year}",
                    f"Form 10-K for the fiscal year ended December 31, {year - 1}",
                    f"Sustainability report {year}",
                ]
            else:
                titles = [f"Press kit {year}", f"Media kit {year}", f"Community impact report {year}"]
            record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles),
                                      "publisher": name, "issued": {"date-parts": [[year]]}}  # fmt: skip
            if self.rng.random() < 0.7:
                record["URL"] = self._url(domain)
                record["accessed"] = self._accessed_after([year])
        else:
            record = {"type": "webpage", "title": self.rng.choice(["Our story", "Our history", "About us", "Press room", "Menu",
                                                                   "Careers", "Sustainability", "Festival information",
                                                                   "Company history", self._title()]),
                      "URL": self._url(domain)}  # fmt: skip
            if self.rng.random() < 0.65:
                record["issued"] = {"date-parts": [[year]]}
            record["accessed"] = self._accessed_after([year] if "issued" in record else None)
        return self._org_work(record, "company", name, tags | {"company"})

    def _web(self) -> Work:
        """A signed blog post or web article."""
        fake = self.fakers["en_US"]
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "URL": f"https://{fake.domain_name()}/{fake.slug()}"}  # fmt: skip
        if self.rng.random() < 0.75:
            record["issued"] = {"date-parts": [[self.year()]]}
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        return self._person_work(record, "web")

    def _news(self) -> Work:
        fake = self.fakers["en_US"]
        year = self.year()
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.{paper.lower().removeprefix('the ').removesuffix('.com').replace(' ', '').replace('&', 'and').replace(chr(39), '')}.com/{fake.slug()}",
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2014, 2025) if self.rng.random() < 0.8 else None
        when = year or 2024
        titles = [f"Hot sauces and condiments - US - {self.rng.choice(['March', 'July', 'October'])} {when}",
                  f"Cajun and Creole cuisine: keynote report {when}", f"Top 500 chain restaurant report {when}",
                  f"Economic impact of visitors in Louisiana {when}", f"Louisiana visitor profile {when}",
                  f"New Orleans hotel performance, Q{self.rng.randint(1, 4)} {when}",
                  f"Number of visitors to New Orleans from 2010 to {when}", f"Coffee shops - US - {when}",
                  f"Casino gaming in the US: market size {when}", f"Festival-goers in the UK and France {when}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": f"https://www.{name.replace(' ', '').lower()}.com/{self.fakers['en_US'].slug()}"}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after([year] if year else None)
        return self._org_work(record, "market-research", name, {"market-research"})
