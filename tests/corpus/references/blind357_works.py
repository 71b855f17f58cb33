"""The blind357 pool's works: what marketers at wedding venues, planners and photographers, bridal retailers,
event-hire firms, conference and exhibition organisers and ticketing platforms in the UK, Ireland, Greece, India,
Nigeria and Australia cite in CIM Level 6 and 7 reports and MBA assignments.

Events-management, marketing and consumer-behaviour textbooks and their chapters, journal articles on event
experience, rituals and consumption, social media and pricing, wedding and events trade bodies, regulators' and
governments' guidance and statistics (licensing, marriage statistics, tourism), operators' and platforms' annual
reports and press pages, market-research firms' reports, trade press, signed and unsigned news and undated web
pages. Names are written as the region's scholars and journals print them: romanised Greek and Indian names,
Yoruba, Igbo and Hausa names without tone marks, Irish names with their fadas.
Written without reading the checker, its tests or any other pool. HELD OUT.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

# The kinds of work the reports cite (a Work's kind), and the makers that draw them.
KINDS = ("book", "chapter", "journal", "web", "report", "market-research", "news")
_MAKERS = ("book", "chapter", "journal", "organisation-web", "organisation-report", "government", "market-research",
           "web-person", "news", "press-page", "undated-web")  # fmt: skip

_LOCALES = ["en_GB", "en_GB", "en_IE", "en_AU", "en_IN"]
# Names as English-language journals and Indian, Greek, Nigerian and Irish universities print them (family, given).
_NAMES = [
    ("Papadopoulos", "Nikolaos"), ("Georgiou", "Eleni"), ("Konstantinidis", "Dimitrios"), ("Papageorgiou", "Maria"),
    ("Vassilikopoulou", "Aikaterini"), ("Kavoura", "Androniki"), ("Stylidis", "Dimitrios"), ("Karagiannis", "Ioannis"),
    ("Tsiotsou", "Rodoula"), ("Alexandris", "Konstantinos"), ("Sharma", "Priya"), ("Gupta", "Rahul"),
    ("Iyer", "Lakshmi"), ("Reddy", "Srinivas"), ("Banerjee", "Ananya"), ("Chatterjee", "Sourav"), ("Nair", "Deepa"),
    ("Agarwal", "Nidhi"), ("Kaur", "Harpreet"), ("Mukherjee", "Arindam"), ("Adeyemi", "Oluwaseun"),
    ("Okonkwo", "Chinedu"), ("Adebayo", "Funmilayo"), ("Eze", "Ngozi"), ("Bello", "Aminu"), ("Olaniyan", "Tolulope"),
    ("Nwankwo", "Chiamaka"), ("Ogunleye", "Babatunde"), ("Abubakar", "Hadiza"), ("Uchenna", "Ifeoma"),
    ("Ó Súilleabháin", "Seán"), ("Ní Bhriain", "Aoife"), ("Ó Ceallaigh", "Pádraig"), ("Ní Dhomhnaill", "Siobhán"),
    ("Ó Briain", "Niamh"), ("Mac Giolla Phádraig", "Éamonn"), ("Nguyen", "Thi Huong"), ("Zhou", "Jing"),
    ("Tan", "Wei Ling"), ("O'Toole", "William"), ("McDonnell", "Ian"), ("Fitzgerald", "Róisín"),
]  # fmt: skip
_CLASSICS = [  # (family-given pairs, year, title, publisher or journal, place or volume/issue/pages, kind, edition)
    ([("Getz", "Donald"), ("Page", "Stephen J.")], 2020, "Event studies: theory, research and policy for planned events", "Routledge", "Abingdon", "book", "4"),
    ([("Bowdin", "Glenn"), ("Allen", "Johnny"), ("Harris", "Rob"), ("Jago", "Leo"), ("O'Toole", "William"), ("McDonnell", "Ian")], 2023, "Events management", "Routledge", "Abingdon", "book", "4"),
    ([("Solomon", "Michael R."), ("Askegaard", "Søren"), ("Hogg", "Margaret K."), ("Bamossy", "Gary J.")], 2019, "Consumer behaviour: a European perspective", "Pearson", "Harlow", "book", "7"),
    ([("Otnes", "Cele C."), ("Pleck", "Elizabeth H.")], 2003, "Cinderella dreams: the allure of the lavish wedding", "University of California Press", "Berkeley", "book", None),
    ([("Pine", "B. Joseph"), ("Gilmore", "James H.")], 2019, "The experience economy: competing for customer time, attention, and money", "Harvard Business Review Press", "Boston, MA", "book", None),
    ([("Rook", "Dennis W.")], 1985, "The ritual dimension of consumer behavior", "Journal of Consumer Research", "12|3|251-264", "journal", None),
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Chernev", "Alexander")], 2022, "Marketing management", "Pearson", "Harlow", "book", "16"),
    ([("Berridge", "Graham")], 2007, "Events design and experience", "Butterworth-Heinemann", "Oxford", "book", None),
    ([("Raj", "Razaq"), ("Walters", "Paul"), ("Rashid", "Tahir")], 2017, "Events management: principles and practice", "Sage", "London", "book", "3"),
    ([("Daniels", "Margaret"), ("Loveless", "Carrie")], 2014, "Wedding planning and management: consultancy for diverse clients", "Routledge", "Abingdon", "book", "2"),
]  # fmt: skip
_TOPICS = ["wedding consumption", "event experience", "destination weddings", "festival attendance", "dynamic ticket pricing",
           "Instagram and wedding planning", "rituals of consumption", "co-creation at events", "bridal dress shopping",
           "virtual and hybrid events", "trade-show participation", "event sponsorship", "memorable event experiences",
           "wedding photography and social media", "conference delegate satisfaction", "secondary ticketing",
           "big fat Indian weddings", "aso ebi and Nigerian weddings", "sustainable events", "event-hire logistics",
           "price fairness", "word of mouth among couples", "luxury wedding venues", "online reviews of venues"]  # fmt: skip
_JOURNALS = ["International Journal of Event and Festival Management", "Event Management", "Journal of Consumer Research",
             "Tourism Management", "Annals of Tourism Research", "Journal of Convention & Event Tourism",
             "International Journal of Hospitality Management", "Psychology & Marketing", "Journal of Business Research",
             "Journal of Retailing and Consumer Services", "Consumption Markets & Culture", "Journal of Marketing Management",
             "Tourism Recreation Research", "Journal of Pricing and Revenue Management", "Leisure Studies",
             "Journal of Hospitality and Tourism Management", "IIMB Management Review", "Journal of Vacation Marketing"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Sage", "London"), ("Pearson", "Harlow"), ("Kogan Page", "London"),
               ("Goodfellow Publishers", "Oxford"), ("CABI", "Wallingford"), ("Oxford University Press", "Oxford"),
               ("Palgrave Macmillan", "Cham"), ("Wiley", "Chichester"), ("Tata McGraw Hill", "New Delhi"),
               ("Cengage", "Melbourne"), ("Channel View Publications", "Bristol")]  # fmt: skip
# Who candidates cite when no person is named, with tags saying what makes the name hard.
_ORGANISATIONS = [
    ("Office for National Statistics", {"government"}), ("ONS", {"government", "acronym"}),
    ("General Register Office", {"government"}), ("Home Office", {"government"}),
    ("Law Commission", {"government"}), ("Department for Culture, Media and Sport", {"government", "comma"}),
    ("Competition and Markets Authority (CMA)", {"government", "abbreviation"}),
    ("Local Government Association", {"government"}), ("VisitBritain", {"government"}),
    ("Central Statistics Office (CSO)", {"government", "abbreviation"}), ("Fáilte Ireland", {"government"}),
    ("Hellenic Statistical Authority (ELSTAT)", {"government", "abbreviation"}),
    ("Greek National Tourism Organisation", {"government"}), ("Ministry of Tourism, Government of India", {"government", "comma"}),
    ("National Bureau of Statistics", {"government"}), ("Lagos State Government", {"government"}),
    ("Australian Bureau of Statistics", {"government"}), ("ABS", {"government", "acronym"}),
    ("Tourism Research Australia", {"government"}),
    ("UK Alliance of Wedding Planners", {"trade-body"}), ("Meetings Industry Association (mia)", {"trade-body", "abbreviation"}),
    ("Association of Event Organisers (AEO)", {"trade-body", "abbreviation"}), ("Event Hire Association", {"trade-body"}),
    ("Events Industry Forum", {"trade-body"}), ("Business Visits & Events Partnership", {"trade-body", "ampersand"}),
    ("Meetings & Events Australia", {"trade-body", "ampersand"}), ("Business Events Council of Australia", {"trade-body"}),
    ("Exhibition and Event Association of Australasia (EEAA)", {"trade-body", "abbreviation"}),
    ("Federation of Indian Chambers of Commerce & Industry (FICCI)", {"trade-body", "ampersand", "abbreviation"}),
    ("Chartered Institute of Marketing", {"trade-body"}), ("CIM", {"trade-body", "acronym"}),
    ("Hitched", {"company"}), ("Bridebook", {"company"}), ("The Knot Worldwide", {"company"}),
    ("Easy Weddings", {"company"}), ("WedMeGood", {"company"}), ("WeddingWire India", {"company"}),
    ("Eventbrite, Inc.", {"company", "comma"}), ("Ticketmaster", {"company"}), ("Live Nation Entertainment", {"company"}),
    ("Informa plc", {"company"}), ("RX Global", {"company"}), ("Clarion Events", {"company"}), ("NEC Group", {"company"}),
    ("ExCeL London", {"company"}), ("Skiddle", {"company"}), ("Moonpig Group plc", {"company"}),
    ("Pronovias", {"company"}), ("David's Bridal", {"company", "apostrophe"}), ("Bride's Choice Awards", {"company", "apostrophe"}),
    ("Marks & Spencer", {"company", "ampersand"}), ("Deloitte", {"company"}), ("PwC", {"company"}),
    ("KPMG in India", {"company"}), ("Ernst & Young", {"company", "ampersand"}),
]  # fmt: skip
_RESEARCH = ["Mintel", "Statista", "IBISWorld", "Euromonitor International", "GlobalData", "YouGov", "Kantar",
             "Research and Markets", "Technavio"]  # fmt: skip
_MARKETS = ["wedding services", "bridal wear", "event ticketing", "exhibitions and conferences", "party and event hire",
            "wedding photography", "destination weddings", "live events", "corporate hospitality", "event catering"]  # fmt: skip
_COUNTRIES = ["UK", "Ireland", "Greece", "India", "Nigeria", "Australia", "Europe"]
_PRESS = ["Conference News", "Exhibition News", "Event Industry News", "Access All Areas", "Bridal Buyer",
          "Wedding Ideas", "The Irish Times", "Kathimerini English Edition", "The Economic Times", "The Hindu BusinessLine",
          "BusinessDay", "The Guardian Nigeria", "Punch", "The Sydney Morning Herald", "Australian Financial Review",
          "BBC News", "The Guardian", "Financial Times", "Marketing Week", "Campaign", "Mumbai Mirror"]  # fmt: skip
_DOMAINS = ["hitched.co.uk", "bridebook.com", "weddingsonline.ie", "easyweddings.com.au", "wedmegood.com",
            "bellanaija.com", "eventbrite.co.uk", "aeo.org.uk", "mia-uk.org", "eventindustrynews.com",
            "confnews.co.uk", "gov.uk", "cso.ie", "statistics.gr", "abs.gov.au", "tourism.gov.in", "nigerianstat.gov.ng"]  # fmt: skip


class Blind357WorkFactory(WorkFactory):
    """Weddings and events works: classics of events management and consumer rituals beside generated books,
    journal articles with one to eight authors, trade bodies, statistics offices, platforms' press pages,
    research firms, trade press and undated web pages."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 357)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 223 + index)
                self.fakers[locale] = fake
        self.used_classics: set[int] = set()
        self.dated_orgs: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        if self.rng.random() < 0.45:
            family, given = self.rng.choice(_NAMES)
            return {"family": family, "given": given}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        if self.rng.random() < 0.06:
            family = f"{family}-{self.fakers['en_GB'].last_name()}"
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        if self.rng.random() < 0.85:
            name, tags = self.rng.choice(_ORGANISATIONS)
            return name, set(tags)
        fake = self.fakers["en_GB"]
        roll = self.rng.random()
        if roll < 0.4:
            return f"{fake.last_name()} & {fake.last_name()} Events", {"company", "ampersand"}
        if roll < 0.7:
            return f"{fake.last_name()}'s Bridal", {"company", "apostrophe"}
        return f"{fake.last_name()} Marquee Hire Ltd", {"company"}

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1979, 2004)
        return self.rng.randint(2010, 2025)

    def accessed(self) -> dict[str, list[list[int]]]:
        return {"date-parts": [[self.rng.randint(2024, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _url(self, name: str | None = None) -> str:
        """A page on the author's own site, or on a blog, wedding or trade site when a person wrote it."""
        if name is None:
            domain = self.rng.choice(_DOMAINS)
        else:
            words = [w for w in name.split(" (")[0].replace("&", "and").split() if w.isalpha()]
            domain = "".join(w.lower() for w in words[:3]) + self.rng.choice([".com", ".org", ".co.uk"])
        return f"https://www.{domain}/{self.fakers['en_GB'].slug()}"

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        cap = topic[0].upper() + topic[1:]
        forms = [f"{cap}: a qualitative study", f"Understanding {topic} in {self.rng.choice(['the UK', 'Ireland', 'Greece', 'India', 'Nigeria', 'Australia'])}",
                 f"{cap} and customer satisfaction", f"The role of {topic} in {self.rng.choice(_TOPICS)}",
                 f"Rethinking {topic}", f"{cap}: evidence from {self.rng.choice(['Mumbai', 'Lagos', 'Athens', 'Dublin', 'Sydney', 'Manchester', 'Santorini', 'Abuja'])}",
                 f"Why couples choose {self.rng.choice(['small weddings', 'destination weddings', 'micro-weddings', 'elopements', 'city venues'])}",
                 f"{cap}: {self.fakers['en_GB'].bs()}"]  # fmt: skip
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        if kind is None and self.rng.random() < 0.08:
            free = [i for i in range(len(_CLASSICS)) if i not in self.used_classics]
            if free:
                index = self.rng.choice(free)
                self.used_classics.add(index)
                return self._classic(index)
        kind = kind or self.rng.choices(list(_MAKERS), weights=[11, 6, 22, 12, 10, 9, 9, 5, 9, 4, 4])[0]
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        record = work.record
        if "issued" in record and "accessed" in record:  # accessed on or after the day it was published
            issued = record["issued"]["date-parts"][0]
            if record["accessed"]["date-parts"][0][: len(issued)] < issued:
                record["accessed"] = {"date-parts": [[issued[0] + 1, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        return work

    def _classic(self, index: int) -> Work:
        names, year, title, container, place, kind, edition = _CLASSICS[index]
        authors = [{"family": f, "given": g} for f, g in names]
        record: dict[str, Any] = {"title": title, "author": authors, "issued": {"date-parts": [[year]]}}
        if kind == "book":
            record.update({"type": "book", "publisher": container, "publisher-place": place})
            if edition:
                record["edition"] = edition
        else:
            volume, issue, page = place.split("|")
            record.update(
                {
                    "type": "article-journal",
                    "container-title": container,
                    "volume": volume,
                    "issue": issue,
                    "page": page,
                }
            )
        return self._person_work(record, kind)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The Routledge handbook of events", "The Routledge handbook of weddings and consumption",
                                                "Event tourism: concepts and cases", "Consumer culture theory", "Festival and event management in Asia",
                                                "Events in Africa: marketing and management"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 110)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{start}-{start + self.rng.randint(8, 24)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "issued": {"date-parts": [[self.year()]]}, "URL": self._url(), "accessed": self.accessed()}  # fmt: skip
        return self._person_work(record, "web")

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then one organisation's two works of one year ("ONS, 2023a" and "2023b").
        if self.dated_orgs and "issued" in record and self.rng.random() < 0.15:
            name, tags, issued = self.rng.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
        if "URL" in record and kind != "news":
            record["URL"] = self._url(name)
        if "issued" in record:
            self.dated_orgs.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _organisation_web(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self._title(),
            "URL": self._url(),
            "accessed": self.accessed(),
        }
        if self.rng.random() < 0.75:
            record["issued"] = {"date-parts": [[self.year()]]}
        return self._org_work(record, "web", name, tags)

    def _organisation_report(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        title = self.rng.choice([f"Annual report and accounts {year}", f"National wedding survey {year}", f"UK wedding report {year}",
                                 f"Events industry outlook {year}", f"Marriages in {self.rng.choice(_COUNTRIES)}: {year}",
                                 "Guidance on approved premises for civil marriages and civil partnerships", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0], "publisher-place": self.rng.choice(["London", "Dublin", "Sydney", "New Delhi", "Lagos", "Athens"])}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url()
            record["accessed"] = self.accessed()
        return self._org_work(record, "report", name, tags)

    def _government(self) -> Work:
        name, tags = self.rng.choice([o for o in _ORGANISATIONS if "government" in o[1]])
        year = self.year()
        title = self.rng.choice([f"Marriages in England and Wales: {year}", "Premises licences: guidance for applicants",
                                 f"International visitor arrivals, {year}", "Temporary event notices", f"Statistical yearbook {year}",
                                 f"Tourism satellite account {year}", "Celebrating marriage: a new weddings law", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(), "accessed": self.accessed()}  # fmt: skip
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, set(tags))

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.9 else None
        market, country = self.rng.choice(_MARKETS), self.rng.choice(_COUNTRIES)
        title = self.rng.choice([f"{market.capitalize()} - {country} - {self.rng.choice(['March', 'July', 'November'])} {year or 2024}",
                                 f"{market.capitalize()} in {country}: market size and forecast to 2030",
                                 f"Average cost of a wedding in {country} from 2015 to 2024",
                                 f"{country} {market} industry report"])  # fmt: skip
        record: dict[str, Any] = {
            "type": "report",
            "title": title,
            "publisher": name,
            "URL": self._url(),
            "accessed": self.accessed(),
        }
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, "market-research", name, {"market-research"})

    def _news(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(), "accessed": self.accessed(),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(3)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _press_page(self) -> Work:
        name, tags = self.rng.choice([o for o in _ORGANISATIONS if "company" in o[1]])
        record: dict[str, Any] = {"type": "webpage", "title": f"{name.split(',')[0]} {self.rng.choice(['announces', 'launches', 'reports', 'unveils'])} {self.rng.choice(_TOPICS)}",
                                  "URL": self._url(), "accessed": self.accessed(), "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        return self._org_work(record, "web", name, set(tags) | {"press-page"})

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self._title(),
            "URL": self._url(),
            "accessed": self.accessed(),
        }
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags | {"undated"})
