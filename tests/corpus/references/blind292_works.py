"""Works the blind292 pool's candidates cite: marketers at car-wash chains, hand car washes, valeting and mobile
detailing firms, car-care brands, wash-equipment makers and forecourt operators in the UK, Ireland, the US, Germany,
Spain and Australia, writing CIM Level 6 and 7 reports and MBA assignments on subscription, loyalty, local,
franchising and digital-channel marketing.

Written without reading the checker, its tests or any other pool. Books, chapters and journal articles with one to
eight authors (British, Irish, American, German, Spanish with two surnames, Australian, British Kurdish and
Albanian names as their journals print them), reports of governments and public bodies, trade associations, firms'
pages and annual reports (plc, Ltd, Inc., LLC, GmbH, AG, S.L., S.A., SE & Co. KG), trade and business press and
market-research reports, some with no date, web works with access dates, and one organisation's two works of a year.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
import re
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "report", "web", "news", "market-research", "annual-report")

# (family, given, particle) as the region's scholars and journals print them.
_BRITISH = [("Thompson", "Sarah"), ("Walker", "James"), ("Hughes", "Rhian"), ("Patel", "Anjali"), ("Clarke", "Tom"),
            ("Robertson", "Fiona"), ("Evans", "Gareth"), ("Whitfield", "Helen"), ("Ashworth", "Mark"),
            ("Lloyd-Jones", "Bethan"), ("MacDonald", "Iain"), ("Begum", "Nasima"), ("Fairbairn", "Callum"),
            ("Okafor", "Chinedu"), ("Shaw", "Rebecca"), ("Pemberton", "Oliver"), ("Hussain", "Imran")]  # fmt: skip
_IRISH = [("O'Sullivan", "Niamh"), ("Ó Súilleabháin", "Pádraig"), ("Ní Bhriain", "Aoife"), ("McCarthy", "Ciarán"),
          ("Mac Giolla Phádraig", "Seán"), ("Byrne", "Siobhán"), ("Ó Conaill", "Eoin"), ("Fitzgerald", "Orla"),
          ("Kavanagh", "Declan"), ("Ní Mhurchú", "Gráinne"), ("Doyle", "Róisín")]  # fmt: skip
_AMERICAN = [("Johnson", "Tyler"), ("Martinez", "Alicia"), ("Nguyen", "Kevin"), ("Washington", "Denise"),
             ("Kowalski", "Brian"), ("Reyes", "Gabriela"), ("Anderson", "Kyle"), ("Rosenberg", "Rachel"),
             ("Bradley", "Courtney"), ("Hernandez", "Luis"), ("Parker", "Jordan"), ("Schneider", "Emily")]  # fmt: skip
_GERMAN = [("Müller", "Jürgen"), ("Schäfer", "Katrin"), ("Weiß", "Tobias"), ("Groß", "Annika"), ("Becker", "Lukas"),
           ("Hoffmann", "Sabine"), ("Köhler", "Matthias"), ("Schröder", "Julia"), ("Krüger", "Florian"),
           ("Löffler", "Miriam"), ("Wagner", "Stefan")]  # fmt: skip
_SPANISH = [("García López", "María"), ("Fernández Ruiz", "Javier"), ("Martínez Sánchez", "Lucía"),
            ("Rodríguez Pérez", "Alejandro"), ("Gómez Navarro", "Carmen"), ("Sánchez-Ferrer", "Pablo"),
            ("Pérez Muñoz", "Elena"), ("Jiménez Ortega", "Andrés"), ("Ibáñez Castillo", "Nuria"),
            ("Llorens Vidal", "Jordi"), ("Moreno Álvarez", "Inés")]  # fmt: skip
_AUSTRALIAN = [("Nguyen", "Linh"), ("Kelly", "Brendan"), ("Papadopoulos", "Nick"), ("Tran", "Mai"),
               ("Fraser", "Lachlan"), ("Mitchell", "Chloe"), ("Wilson", "Jarrah")]  # fmt: skip
_KURDISH = [("Ahmed", "Shwan"), ("Mahmoud", "Rozhan"), ("Karim", "Dilan"), ("Rashid", "Hawre"), ("Barzani", "Avan"),
            ("Hawrami", "Shirin"), ("Qadir", "Aram"), ("Salih", "Zhilwan")]  # fmt: skip
_ALBANIAN = [("Krasniqi", "Arben"), ("Hoxha", "Elira"), ("Gashi", "Driton"), ("Berisha", "Blerta"), ("Shehu", "Ilir"),
             ("Çela", "Ermira"), ("Dervishi", "Gentian"), ("Kelmendi", "Vjosa"), ("Rexhepi", "Fatjon")]  # fmt: skip
_PARTICLES = [("de la", "Fuente", "Marta"), ("von", "Hagen", "Klara"), ("van der", "Berg", "Lotte"),
              ("de", "Vries", "Sanne"), ("del", "Río", "Rafael"), ("zu", "Eltz", "Benedikt")]  # fmt: skip
_GROUPS = [_BRITISH, _BRITISH, _IRISH, _AMERICAN, _GERMAN, _SPANISH, _AUSTRALIAN, _KURDISH, _ALBANIAN]

# Organisations as candidates write them as authors, with the domain of their site.
_GOVERNMENT = [("Environment Agency", "gov.uk"), ("Gangmasters and Labour Abuse Authority (GLAA)", "gla.gov.uk"),
               ("Gangmasters and Labour Abuse Authority", "gla.gov.uk"), ("Health and Safety Executive", "hse.gov.uk"),
               ("Health and Safety Executive (HSE)", "hse.gov.uk"), ("Office for National Statistics", "ons.gov.uk"),
               ("Competition and Markets Authority", "gov.uk"), ("US Environmental Protection Agency", "epa.gov"),
               ("U.S. Bureau of Labor Statistics", "bls.gov"), ("Destatis", "destatis.de"),
               ("Statistisches Bundesamt (Destatis)", "destatis.de"),
               ("Instituto Nacional de Estadística (INE)", "ine.es"),
               ("Environmental Protection Agency", "epa.ie"), ("Home Office", "gov.uk"),
               ("Department for Environment, Food & Rural Affairs", "gov.uk")]  # fmt: skip
_TRADE = [("Car Wash Association (CWA)", "carwashassociation.org.uk"), ("Car Wash Association", "carwashassociation.org.uk"),
          ("International Carwash Association (ICA)", "carwash.org"), ("International Carwash Association", "carwash.org"),
          ("Petrol Retailers Association (PRA)", "ukpra.co.uk"), ("Western Carwash Association", "wcwa.org"),
          ("Australian Car Wash Association", "acwa.org.au"), ("Society of Motor Manufacturers & Traders (SMMT)", "smmt.co.uk"),
          ("Fuels Industry UK", "fuelsindustryuk.org")]  # fmt: skip
_FIRMS = [("Mister Car Wash, Inc.", "mistercarwash.com"), ("WashTec AG", "washtec.de"),
          ("Alfred Kärcher SE & Co. KG", "kaercher.com"), ("Istobal S.A.", "istobal.com"),
          ("Halfords Group plc", "halfordscompany.com"), ("Applegreen Ltd", "applegreen.ie"),
          ("IMO Car Wash", "imocarwash.com"), ("Waves Car Wash Ltd", "waves.co.uk"),
          ("Zips Car Wash, LLC", "zipscarwash.com"), ("Tommy's Express", "tommys-express.com"),
          ("Quick Quack Car Wash", "dontdrivedirty.com"), ("Autoglym", "autoglym.com"),
          ("Meguiar's, Inc.", "meguiars.com"), ("Turtle Wax, Inc.", "turtlewax.com"), ("Chemical Guys", "chemicalguys.com"),
          ("Otto Christ AG", "christ-ag.com"), ("Christ Wash Systems Ltd", "christwashsystems.co.uk"),
          ("Tesco PLC", "tescoplc.com"), ("Shell plc", "shell.com"), ("BP p.l.c.", "bp.com"),
          ("Carwash Technologies Ltd", "carwashtechnologies.co.uk"), ("Splash Car Wash", "splashcarwashes.com"),
          ("Wilcomatic Wash Systems", "wilcomatic.co.uk"), ("Lavados Sur S.L.", "lavadossur.es"),
          ("Valet Pro Ltd", "valetpro.eu"), ("Waschpark Müller GmbH", "waschpark-mueller.de")]  # fmt: skip
_RESEARCH = [("Mintel", "mintel.com"), ("IBISWorld", "ibisworld.com"), ("Grand View Research", "grandviewresearch.com"),
             ("Statista", "statista.com"), ("Frost & Sullivan", "frost.com")]  # fmt: skip
_PRESS = ["Professional Carwashing & Detailing", "Auto Laundry News", "Carwash.com", "Forecourt Trader", "Auto Express",
          "Modern Car Care", "The Grocer", "Marketing Week", "The Irish Times", "Handelsblatt", "Expansión"]  # fmt: skip

_TOPICS = ["unlimited wash subscriptions", "car-wash loyalty programmes", "express exterior tunnels", "hand car washes",
           "mobile valeting", "waterless detailing", "water reclamation", "forecourt convenience retail",
           "franchising in car care", "local search and Google Business Profiles", "app-based wash clubs",
           "membership churn", "service quality in self-service", "customer satisfaction with car washes",
           "labour exploitation in hand car washes", "eco-labelling of car-care products", "ceramic coatings",
           "the do-it-yourself car-care market", "price framing of subscriptions", "licence-plate recognition",
           "private equity roll-ups", "electric vehicles and the forecourt", "detergent runoff", "customer reviews",
           "word of mouth in local services", "dynamic pricing", "service recovery", "brand communities"]  # fmt: skip
_JOURNALS = ["Journal of Service Research", "Journal of Retailing", "Journal of Cleaner Production",
             "Resources, Conservation and Recycling", "Journal of Marketing Research", "Marketing Science",
             "International Journal of Contemporary Hospitality Management", "Journal of Services Marketing",
             "Journal of Retailing and Consumer Services", "Journal of Business Research"]  # fmt: skip
_BOOKS = [("Marketing management", "Pearson", "Harlow"), ("Principles of marketing", "Pearson", "Harlow"),
          ("Services marketing: integrating customer focus across the firm", "McGraw-Hill", "New York"),
          ("Digital marketing: strategy, implementation and practice", "Pearson", "Harlow"),
          ("Strategic marketing management", "Routledge", "Abingdon"), ("Customer relationship management", "Routledge", "Abingdon"),
          ("Franchising: a practical guide", "Kogan Page", "London"), ("Loyalty marketing in practice", "Kogan Page", "London"),
          ("Local marketing for small businesses", "Sage", "London"), ("The subscription economy", "Wiley", "Hoboken, NJ"),
          ("Services marketing: people, technology, strategy", "World Scientific", "Singapore"),
          ("Marketing: an introduction", "Oxford University Press", "Oxford")]  # fmt: skip


def _place(domain: str) -> str:
    """Where a body publishes, from its site: London, Washington, DC, Wiesbaden, Madrid or Wexford."""
    for ending, place in ((".gov.uk", "London"), (".gov", "Washington, DC"), ("destatis.de", "Wiesbaden"),
                          ("ine.es", "Madrid"), ("epa.ie", "Wexford"), (".org.uk", "London"), (".co.uk", "London")):  # fmt: skip
        if f".{domain}".endswith(ending):
            return place
    return ""


class Blind292WorkFactory(WorkFactory):
    """The blind292 pool's works, from a random source of its own so that no other pool's corpus changes."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 292)
        self.dated_orgs: list[tuple[str, set[str], str, dict[str, Any], str]] = []

    # ------------------------------------------------------------------ names
    def person(self) -> dict[str, str]:
        if self.rng.random() < 0.06:
            particle, family, given = self.rng.choice(_PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        family, given = self.rng.choice(self.rng.choice(_GROUPS))
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[35, 25, 15, 9, 6, 4, 3, 3][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if person not in people:
                people.append(person)
        return people

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1985, 2007)
        return self.rng.randint(2010, 2025)

    def recent(self) -> int:
        """The year of a body's, firm's or paper's page or report: the sector's own sources are recent."""
        return self.rng.randint(2012, 2025)

    def _accessed(self, issued: int | list[int] | None) -> dict[str, list[list[int]]]:
        """A date of access on or after the date of issue (a year, or a year, month and day)."""
        parts = issued if isinstance(issued, list) else [issued or 2022]
        year = self.rng.randint(max(2022, parts[0]), 2025)
        month = self.rng.randint(parts[1] if year == parts[0] and len(parts) > 1 else 1, 12)
        same_month = year == parts[0] and len(parts) > 2 and month == parts[1]
        return {"date-parts": [[year, month, self.rng.randint(parts[2] if same_month else 1, 28)]]}

    def _title(self) -> str:
        topic, other = self.rng.sample(_TOPICS, 2)
        forms = [f"{topic[0].upper()}{topic[1:]} and {other}", f"Rethinking {topic}",
                 f"{topic[0].upper()}{topic[1:]}: evidence from {self.rng.choice(['the UK', 'Ireland', 'the United States', 'Germany', 'Spain', 'Australia'])}",
                 f"When does it pay to invest in {topic}? The case of {self.rng.choice(['car washes', 'valeting', 'forecourts', 'detailing firms'])}",
                 f"{topic[0].upper()}{topic[1:]}, {other} and customer loyalty",
                 f"Drivers of {self.rng.choice(['retention', 'churn', 'satisfaction', 'repurchase', 'word of mouth'])} in {topic}"]  # fmt: skip
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "report", "web", "news", "market-research", "annual-report"],
            weights=[13, 5, 25, 14, 16, 10, 9, 8],
        )[0]  # fmt: skip
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        return work

    def _person(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _organisation(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation in the same year as an earlier work ("Environment Agency, 2023a, b").
        # Only a work of the same kind is paired, and it takes that organisation's publisher and site with its name.
        earlier = [o for o in self.dated_orgs if o[2] == kind and kind != "annual-report"]
        if earlier and "issued" in record and self.rng.random() < 0.14:
            name, tags, _kind, issued, site = self.rng.choice(earlier)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "publisher" in record:
                record["publisher"] = name.split(" (")[0]
                record["publisher-place"] = _place(site)
                if not record["publisher-place"] or kind == "market-research":
                    record.pop("publisher-place")
            if "URL" in record:
                record["URL"] = re.sub(r"^https://www\.[^/]+", f"https://www.{site}", record["URL"])
                record["accessed"] = self._accessed(list(record["issued"]["date-parts"][0]))
        if "issued" in record:
            site = re.sub(r"^https://www\.([^/]+).*", r"\1", record.get("URL", "")) or "example.org"
            self.dated_orgs.append((name, tags, kind, record["issued"], site))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        marks = {"ampersand"} if "&" in name else set()
        marks |= {"apostrophe"} if "'" in name else set()
        marks |= {"abbreviation"} if "(" in name else set()
        return Work(record, name, year, True, 1, kind, tags | marks | {"organisation"})

    def _book(self) -> Work:
        title, publisher, place = self.rng.choice(_BOOKS)
        record: dict[str, Any] = {"type": "book", "title": title if self.rng.random() < 0.5 else self._title(),
                                  "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
                                  "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 12))
        return self._person(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["The Routledge companion to services marketing", "Handbook of research on franchising",
                                                "The Oxford handbook of retailing", "Sustainable consumption in practice"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "Edward Elgar", "Oxford University Press"]),
            "publisher-place": self.rng.choice(["Abingdon", "Cheltenham", "Oxford"]),
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(5, 420)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(10, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.choice(['1016', '1177', '1108', '1287'])}/{self.rng.choice(['j.jretai', 'j.jclepro', 'jsr', 'mksc', 'ijchm'])}.{self.rng.randint(2010, 2025)}.{self.rng.randint(1000, 99999)}"
            )
        return self._person(record, "journal")

    def _report(self) -> Work:
        name, domain = self.rng.choice(_GOVERNMENT + _TRADE)
        year = self.recent() if self.rng.random() < 0.88 else None
        titles = [f"{self.rng.choice(['Pollution prevention guidance:', 'Guidance on', 'Regulatory position statement on'])} {self.rng.choice(['vehicle washing', 'trade effluent from car washes', 'water reuse at wash sites'])}",
                  f"Labour exploitation in hand car washes: {self.rng.choice(['intelligence assessment', 'annual strategic assessment', 'findings from inspections'])}",
                  f"{self.rng.choice(['Occupational employment and wages', 'Employment in car washes', 'Business population estimates', 'Retail sales', 'Non-financial business economy'])}: {self.rng.choice(['annual report', 'statistical bulletin', 'May', 'dataset'])} {year or 2024}",
                  f"{self.rng.choice(['Car wash industry', 'Forecourt market', 'Hand car wash'])} {self.rng.choice(['review', 'survey', 'census', 'code of practice'])} {year or 2024}",
                  self._title()]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name.split(" (")[0]}
        if _place(domain):
            record["publisher-place"] = _place(domain)
        if year:
            record["issued"] = {"date-parts": [[year]]}
        if self.rng.random() < 0.75:
            record["URL"] = (
                f"https://www.{domain}/{self.rng.choice(['publications', 'guidance', 'news', 'resources', 'statistics'])}/{self.rng.randint(100, 9999)}"
            )
            record["accessed"] = self._accessed(year)
        tags = {"government"} if (name, domain) in _GOVERNMENT else {"trade-body"}
        return self._organisation(record, "report", name, tags)

    def _web(self) -> Work:
        name, domain = self.rng.choice(_FIRMS + _TRADE + _GOVERNMENT[:6])
        year = self.recent() if self.rng.random() < 0.75 else None
        record: dict[str, Any] = {
            "type": "webpage", "title": self.rng.choice([
                f"{self.rng.choice(['Unlimited Wash Club', 'Membership plans', 'Our wash packages', 'Franchise opportunities', 'Sustainability', 'Find a location', 'About us', 'Careers', 'Investor relations', 'Responsible Car Wash Scheme'])}",
                self._title()]),
            "URL": f"https://www.{domain}/{self.rng.choice(['en', 'about', 'membership', 'locations', 'news', 'sustainability'])}",
            "accessed": self._accessed(year),
        }  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        if self.rng.random() < 0.18:  # a person's page or blog post on a firm's site
            record["author"] = self._people(2)
            return self._person(record, "web")
        tags = {"company"} if (name, domain) in _FIRMS else {"trade-body"}
        return self._organisation(record, "web", name, tags)

    def _news(self) -> Work:
        issued = [self.recent(), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [issued]}, "URL": "", "accessed": self._accessed(issued),
        }  # fmt: skip
        site = "".join(ch for ch in record["container-title"].lower().replace("&", "and") if ch.isalnum() or ch == ".")
        record["URL"] = f"https://www.{site if '.' in site else site + '.com'}/{self.rng.randint(10000, 99999)}"
        if self.rng.random() < 0.8:
            record["author"] = self._people(3)
            return self._person(record, "news")
        return self._organisation(record, "news", record["container-title"], {"press"})

    def _market_research(self) -> Work:
        name, domain = self.rng.choice(_RESEARCH)
        year = self.recent() if self.rng.random() < 0.85 else None
        market = self.rng.choice(["car wash services", "car-care products", "car wash equipment", "vehicle detailing",
                                  "forecourt retailing", "car wash subscriptions"])  # fmt: skip
        country = self.rng.choice(["UK", "Ireland", "US", "Germany", "Spain", "Australia", "Europe", "global"])
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"{market[0].upper()}{market[1:]} in the {country}: industry report",
                                                         f"{country} {market} market size, share and trends report, {year or 2024}-{(year or 2024) + 6}",
                                                         f"{market[0].upper()}{market[1:]} - {country} - {self.rng.choice(['March', 'July', 'November'])} {year or 2024}",
                                                         f"Revenue of the {market} industry in the {country} from 2015 to 2024"]),
            "publisher": name, "URL": f"https://www.{domain}/{self.rng.randint(1000, 99999)}",
            "accessed": self._accessed(year),
        }  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._organisation(record, "market-research", name, {"market-research"})

    def _annual_report(self) -> Work:
        name, domain = self.rng.choice(_FIRMS)
        year = self.year()
        if year < 2012:
            year = self.rng.randint(2015, 2025)
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report and accounts {year}", f"Annual report {year}",
                                                         f"Form 10-K for the fiscal year {year}", f"Geschäftsbericht {year}",
                                                         f"Sustainability report {year}", f"Modern slavery statement {year}"]),
            "publisher": name, "issued": {"date-parts": [[year]]},
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = f"https://www.{domain}/investors/{year}"
            record["accessed"] = self._accessed(year)
        return self._organisation(record, "annual-report", name, {"company"})
