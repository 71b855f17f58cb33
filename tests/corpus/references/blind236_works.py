"""Works for the blind236 pool: what marketers in UK and Irish property cite (HELD OUT).

Marketers at estate agents, property portals, housebuilders, build-to-rent and student-housing operators, mortgage
brokers, lenders and proptech start-ups in the UK and Ireland write CIM Level 6 and 7 reports and MBA assignments in
English. They cite property and marketing textbooks (Routledge, Wiley-Blackwell, Palgrave Macmillan, the Estates
Gazette's books), chapters, property, housing and marketing journals, theses from Reading, Cambridge, the Bartlett,
Ulster, Heriot-Watt and TU Dublin, ERES, COBRA and Academy of Marketing papers, regulators and public bodies, trade
bodies and housing charities, company pages, annual reports and investor decks, house-price indices and research
houses, the property and national press, social posts, videos, podcasts and undated pages. Written without reading
the checker, its tests or any other pool.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
import re
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "thesis", "conference", "report", "web", "company-report", "research", "news",
         "social", "video", "podcast")  # fmt: skip

# People as their own papers print them: British (double-barrelled too), Irish (Ó, Ní, Mac), South Asian, Polish
# and Nigerian names, and a few with particles.
_BRITISH = [("Crosby", "Neil"), ("Hughes", "Cathy"), ("Sayce", "Sarah"), ("Lizieri", "Colin"), ("Baum", "Andrew"),
            ("McAllister", "Pat"), ("Wyatt", "Peter"), ("Gibb", "Kenneth"), ("Wilcox", "Steve"), ("Marsh", "Alex"),
            ("Ball", "Michael"), ("Jones", "Colin"), ("Scanlon", "Kath"), ("Whitehead", "Christine"),
            ("Hutchison", "Norman"), ("Adair", "Alastair"), ("Berry", "Jim"), ("McGreal", "Stanley"),
            ("Fitzsimmons", "Hannah"), ("Pryce", "Gwilym"), ("Stevenson", "Simon"), ("Thompson", "Bryony"),
            ("Harrison", "Grace"), ("Ashworth", "Tom"), ("Brierley", "Lauren"), ("Hargreaves", "Oliver"),
            ("Lloyd-Jones", "Rhiannon"), ("Heywood-Smith", "James"), ("Bowes-Lyon", "Henrietta"),
            ("Pritchard-Evans", "Owen"), ("Stanley-Clarke", "Imogen"), ("Fox-Davies", "Harriet"),
            ("Armitage-Hale", "Rupert"), ("Drummond", "Fiona"), ("MacLeod", "Callum"), ("McIntyre", "Eilidh"),
            ("Rees", "Bethan"), ("Llewellyn", "Gareth"), ("O'Neill", "Ciara"), ("Morgan", "Sian")]  # fmt: skip
_IRISH = [("Lyons", "Ronan C."), ("Byrne", "Michael"), ("Norris", "Michelle"), ("McQuinn", "Kieran"),
          ("Ó Broin", "Eoin"), ("Ó Súilleabháin", "Pádraig"), ("Ó Ceallaigh", "Seán"), ("Ní Bhriain", "Aoife"),
          ("Ní Mhurchú", "Síle"), ("Ní Chonaill", "Gráinne"), ("Mac Cárthaigh", "Dónal"), ("Mac Giolla Phádraig", "Ciarán"),
          ("MacNamara", "Niamh"), ("O'Callaghan", "Sinéad"), ("O'Sullivan", "Eoghan"), ("Kitchin", "Rob"),
          ("Duffy", "David"), ("Corrigan", "Eoin"), ("Ní Fhloinn", "Caoimhe"), ("Ó Riain", "Tadhg"),
          ("Brennan", "Orla"), ("Keane", "Aisling")]  # fmt: skip
_SOUTH_ASIAN = [("Patel", "Priya"), ("Chakraborty", "Arnab"), ("Bhattacharyya", "Sanjoy"), ("Sandhu", "Harpreet"),
                ("Gill", "Manjit"), ("Iqbal", "Nadia"), ("Hussain", "Imran"), ("Srinivasan", "Lakshmi"),
                ("Mehta", "Rohan"), ("Choudhury", "Tahmina"), ("Raghavan", "Anand"), ("Kaur", "Simran"),
                ("Ahmed", "Faisal"), ("Venkatesh", "Divya")]  # fmt: skip
_POLISH = [("Wiśniewska", "Agnieszka"), ("Kowalczyk", "Tomasz"), ("Łukasik", "Marta"), ("Zając", "Paweł"),
           ("Grzybowski", "Michał"), ("Dąbrowska", "Katarzyna"), ("Szymański", "Piotr"), ("Wójcik", "Ewa"),
           ("Żak", "Joanna"), ("Nowicki", "Krzysztof")]  # fmt: skip
_NIGERIAN = [("Adeyemi", "Oluwaseun"), ("Okonkwo", "Chinedu"), ("Nwachukwu", "Ifeoma"), ("Ogunleye", "Babatunde"),
             ("Olanrewaju", "Abdullahi"), ("Eze", "Chiamaka"), ("Adebayo", "Folasade"), ("Oyedele", "Lukumon"),
             ("Babatunde", "Yewande"), ("Obi", "Nnamdi"), ("Akinyemi", "Temitope")]  # fmt: skip
_PARTICLE = [("de", "Souza", "Marina"), ("van", "Doorn", "Lotte"), ("de", "Jong", "Pieter"), ("van der", "Heijden", "Harry"),
             ("da", "Costa", "Rui")]  # fmt: skip

# Bodies as candidates name them; tags say what makes the name hard.
_GOVERNMENT = [
    ("Department for Levelling Up, Housing and Communities", {"government", "comma"}),
    ("Department for Levelling Up, Housing & Communities (DLUHC)", {"government", "comma", "ampersand", "abbreviation"}),
    ("Ministry of Housing, Communities and Local Government", {"government", "comma"}),
    ("Ministry of Housing, Communities & Local Government (MHCLG)", {"government", "comma", "ampersand", "abbreviation"}),
    ("HM Land Registry", {"government"}), ("Office for National Statistics", {"government"}),
    ("Office for National Statistics (ONS)", {"government", "abbreviation"}), ("ONS", {"government", "acronym"}),
    ("Homes England", {"government"}), ("Competition and Markets Authority", {"government"}),
    ("Competition and Markets Authority (CMA)", {"government", "abbreviation"}),
    ("Financial Conduct Authority", {"government"}), ("Financial Conduct Authority (FCA)", {"government", "abbreviation"}),
    ("FCA", {"government", "acronym"}), ("Bank of England", {"government"}), ("The Property Ombudsman", {"government"}),
    ("National Trading Standards Estate and Letting Agency Team", {"government"}),
    ("National Trading Standards Estate & Letting Agency Team (NTSELAT)", {"government", "ampersand", "abbreviation"}),
    ("Residential Tenancies Board", {"government"}), ("Residential Tenancies Board (RTB)", {"government", "abbreviation"}),
    ("Central Bank of Ireland", {"government"}), ("Central Statistics Office", {"government"}),
    ("Central Statistics Office (CSO)", {"government", "abbreviation"}), ("HM Treasury", {"government"}),
]  # fmt: skip
# What each body publishes, and where: the first key found in the body's name.
_GOVERNMENT_TOPICS = {
    "Levelling Up": ("www.gov.uk/government/publications", ["English housing survey: headline report", "Levelling up the United Kingdom", "How to rent: the checklist for renting in England", "A fairer private rented sector", "Energy performance of buildings certificates statistical release"]),
    "Ministry of Housing": ("www.gov.uk/government/publications", ["Housing supply: net additional dwellings, England", "English housing survey: private rented sector report", "Help to Buy: equity loan scheme statistics", "Fixing our broken housing market"]),
    "Land Registry": ("www.gov.uk/government/statistics", ["UK house price index summary", "Price paid data", "UK house price index: annual review"]),
    "National Statistics": ("www.ons.gov.uk/economy/inflationandpriceindices", ["Private rental market summary statistics in England", "Housing affordability in England and Wales", "Price index of private rents, UK", "Subnational estimates of dwellings by tenure"]),
    "ONS": ("www.ons.gov.uk/peoplepopulationandcommunity/housing", ["Housing affordability in England and Wales", "Price index of private rents, UK", "Private rental market summary statistics in England"]),
    "Homes England": ("www.gov.uk/government/publications", ["Homes England strategic plan", "Help to Buy: equity loan scheme data", "Annual report and financial statements", "Shared ownership: a guide for buyers"]),
    "Competition": ("www.gov.uk/cma-cases", ["Housebuilding market study: final report", "Leasehold housing: consumer protection case", "Housebuilding market study: update paper", "Online platforms and digital advertising market study"]),
    "Financial Conduct": ("www.fca.org.uk/publications", ["Mortgage lending statistics", "Consumer Duty: findings from our review of fair value", "Mortgage market review", "Tailored support guidance for borrowers"]),
    "FCA": ("www.fca.org.uk/publications", ["Mortgage lending statistics", "Mortgage prisoners review", "Financial lives survey"]),
    "Bank of England": ("www.bankofengland.co.uk", ["Financial stability report", "Monetary policy report", "Mortgage lenders and administrators statistics", "Money and credit"]),
    "Property Ombudsman": ("www.tpos.co.uk", ["Code of practice for residential estate agents", "Annual report", "Code of practice for residential lettings agents"]),
    "Letting Agency Team": ("www.nationaltradingstandards.uk", ["Material information in property listings: Part A", "Material information in property listings: Parts B and C", "Guidance on property portals"]),
    "Tenancies": ("www.rtb.ie", ["Rent index", "Rent pressure zones explained", "Annual report", "Registration of tenancies guidance"]),
    "Central Bank": ("www.centralbank.ie", ["Mortgage measures framework review", "Financial stability review", "Residential mortgage arrears statistics"]),
    "Central Statistics": ("www.cso.ie/en/statistics", ["Residential property price index", "New dwelling completions", "Census of population 2022: housing in Ireland", "Rent inflation"]),
    "Treasury": ("www.gov.uk/government/publications", ["Stamp duty land tax: temporary relief", "Autumn statement", "Mortgage charter"]),
}  # fmt: skip
# The years each body published under that name (DLUHC from 2021 to 2024, the CMA from 2013...).
_GOVERNMENT_YEARS = {"Levelling Up": (2021, 2024), "Ministry of Housing": (2018, 2025), "Homes England": (2018, 2025),
                     "Competition": (2014, 2025), "CMA": (2014, 2025), "Financial Conduct": (2013, 2025), "FCA": (2013, 2025),
                     "Letting Agency Team": (2019, 2025), "Property Ombudsman": (2012, 2025)}  # fmt: skip
_BODIES = [
    ("Propertymark", {"trade-body"}), ("Royal Institution of Chartered Surveyors", {"trade-body"}),
    ("Royal Institution of Chartered Surveyors (RICS)", {"trade-body", "abbreviation"}), ("RICS", {"trade-body", "acronym"}),
    ("Home Builders Federation", {"trade-body"}), ("Home Builders Federation (HBF)", {"trade-body", "abbreviation"}),
    ("UK Finance", {"trade-body"}), ("Building Societies Association", {"trade-body"}),
    ("Building Societies Association (BSA)", {"trade-body", "abbreviation"}), ("British Property Federation", {"trade-body"}),
    ("British Property Federation (BPF)", {"trade-body", "abbreviation"}), ("Shelter", {"charity"}),
    ("Generation Rent", {"charity"}), ("Irish Home Builders Association", {"trade-body"}),
    ("Irish Home Builders Association (IHBA)", {"trade-body", "abbreviation"}), ("St Mungo's", {"charity", "apostrophe"}),
    ("Shelter Scotland", {"charity"}), ("Threshold", {"charity"}), ("Strutt & Parker", {"company", "ampersand"}),
    ("McCarthy & Stone", {"company", "ampersand"}), ("Intermediary Mortgage Lenders Association (IMLA)", {"trade-body", "abbreviation"}),
]  # fmt: skip
_COMPANIES = [
    ("Rightmove plc", "rightmove.co.uk"), ("Rightmove", "rightmove.co.uk"), ("Zoopla Ltd", "zoopla.co.uk"),
    ("Zoopla", "zoopla.co.uk"), ("OnTheMarket plc", "onthemarket.com"), ("Foxtons Group plc", "foxtons.co.uk"),
    ("Savills plc", "savills.co.uk"), ("Savills", "savills.co.uk"), ("Knight Frank LLP", "knightfrank.co.uk"),
    ("Knight Frank", "knightfrank.co.uk"), ("Purplebricks Group plc", "purplebricks.co.uk"),
    ("Barratt Developments PLC", "barrattdevelopments.co.uk"), ("Persimmon Plc", "persimmonhomes.com"),
    ("Taylor Wimpey plc", "taylorwimpey.co.uk"), ("The Berkeley Group Holdings plc", "berkeleygroup.co.uk"),
    ("Bellway p.l.c.", "bellwayplc.co.uk"), ("Cairn Homes plc", "cairnhomes.com"), ("Glenveagh Properties PLC", "glenveagh.ie"),
    ("Unite Group plc", "unitegroup.com"), ("Unite Students", "unitestudents.com"), ("Grainger plc", "graingerplc.co.uk"),
    ("Nationwide Building Society", "nationwide.co.uk"), ("Halifax", "halifax.co.uk"), ("Daft.ie", "daft.ie"),
    ("MyHome.ie", "myhome.ie"), ("Habito", "habito.com"), ("L&C Mortgages", "landc.co.uk"), ("Hamptons", "hamptons.co.uk"),
    ("Lloyds Banking Group", "lloydsbankinggroup.com"),
]  # fmt: skip
_RESEARCH = [("Nationwide Building Society", "Nationwide House Price Index"), ("Halifax", "Halifax House Price Index"),
             ("Hometrack", "UK Cities House Price Index"), ("Zoopla", "House Price Index"),
             ("Rightmove", "Rightmove House Price Index"), ("Savills Research", "Residential property focus"),
             ("Knight Frank Research", "The wealth report"), ("Mintel", "Estate agents - UK"), ("Statista", "Property portals in the United Kingdom"),
             ("Daft.ie", "The Daft.ie rental price report"), ("Mintel", "Mortgages - UK"), ("Savills Research", "UK build to rent market update"),
             ("Knight Frank Research", "UK student property report"), ("Statista", "Number of housing completions in the United Kingdom"),
             ("Hometrack", "Mortgage market tracker"), ("Daft.ie", "The Daft.ie house price report")]  # fmt: skip
_PRESS = ["Estate Agent Today", "Property Industry Eye", "Property Week", "Estates Gazette", "Inside Housing",
          "Financial Times", "This is Money", "The Irish Times", "BBC News", "Mortgage Strategy", "Housing Today",
          "The Times", "Irish Independent", "The Guardian"]  # fmt: skip

_PRESS_DOMAINS = {"The Irish Times": "irishtimes.com", "Irish Independent": "independent.ie", "Financial Times": "ft.com",
                  "BBC News": "bbc.co.uk", "Estates Gazette": "egi.co.uk", "Property Industry Eye": "propertyindustryeye.com",
                  "The Guardian": "theguardian.com", "This is Money": "thisismoney.co.uk", "The Times": "thetimes.com"}  # fmt: skip

_JOURNALS = [  # title, DOI prefix, DOI form
    ("Journal of Property Research", "10.1080/09599916.{y}.{n6}"),
    ("Journal of Property Investment & Finance", "10.1108/JPIF-{mm}-{y}-{n4}"),
    ("Housing Studies", "10.1080/02673037.{y}.{n7}"),
    ("Urban Studies", "10.1177/004209802{n7}"),
    ("Journal of European Real Estate Research", "10.1108/JERER-{mm}-{y}-{n4}"),
    ("Property Management", "10.1108/PM-{mm}-{y}-{n4}"),
    ("Journal of Marketing Management", "10.1080/0267257X.{y}.{n7}"),
    ("International Journal of Housing Markets and Analysis", "10.1108/IJHMA-{mm}-{y}-{n4}"),
    ("Journal of Housing and the Built Environment", "10.1007/s10901-0{y2}-{n5}-x"),
    ("Journal of Services Marketing", "10.1108/JSM-{mm}-{y}-{n4}"),
]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Routledge", "London"), ("Wiley-Blackwell", "Chichester"),
               ("Wiley-Blackwell", "Oxford"), ("Palgrave Macmillan", "Basingstoke"), ("Palgrave Macmillan", "London"),
               ("Estates Gazette", "London"), ("EG Books", "London"), ("Pearson", "Harlow"), ("Kogan Page", "London"),
               ("RICS Books", "London"), ("Sage", "London")]  # fmt: skip
_SUBJECTS = ["property marketing", "estate agency", "the private rented sector", "build to rent", "student housing",
             "new-build homes", "first-time buyers", "online property portals", "mortgage advice", "house prices",
             "housing affordability", "the residential property market", "energy-efficient homes", "placemaking",
             "help to buy", "housebuilder brands", "customer satisfaction in new homes", "letting agents",
             "the Dublin rental market", "hybrid estate agency", "proptech", "commercial property valuation",
             "sustainable housing", "buyer trust", "online reviews of estate agents", "virtual viewings"]  # fmt: skip
_TITLE_FORMS = ["{S}: a UK perspective", "Marketing {S}", "The changing face of {S}", "{S} in Ireland",
                "Consumer trust and {S}", "Understanding {S}", "Brand, price and {S}", "{S} after the pandemic",
                "Digital disruption and {S}", "What drives {S}?", "{S} and the cost-of-living crisis",
                "Segmenting buyers in {S}", "Information, search and {S}", "Place, brand and {S}",
                "Sustainability claims in {S}", "Rethinking {S}"]  # fmt: skip


class Blind236WorkFactory(WorkFactory):
    """Works that marketers in UK and Irish property, estate agency and housebuilding cite."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.r = random.Random(seed * 53 + 236)
        self.dated_orgs: list[tuple[str, str, set[str], list[int]]] = []

    # ------------------------------------------------------------------ people and names
    def person(self) -> dict[str, str]:
        roll = self.r.random()
        if roll < 0.05:
            particle, family, given = self.r.choice(_PARTICLE)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        table = self.r.choices([_BRITISH, _IRISH, _SOUTH_ASIAN, _POLISH, _NIGERIAN], weights=[40, 25, 14, 10, 11])[0]
        family, given = self.r.choice(table)
        return {"family": family, "given": given}

    def people(self, most: int) -> list[dict[str, str]]:
        count = self.r.choices(range(1, most + 1), weights=[38, 26, 15, 8, 5, 3, 3, 2][:most])[0]
        chosen: list[dict[str, str]] = []
        while len(chosen) < count:
            name = self.person()
            if all(name["family"] != other["family"] for other in chosen):
                chosen.append(name)
        return chosen

    def year(self) -> int:
        roll = self.r.random()
        if roll < 0.06:
            return self.r.randint(1988, 2004)
        if roll < 0.25:
            return self.r.randint(2005, 2016)
        return self.r.randint(2017, 2025)

    def _issued(self, year: int, day: bool) -> dict[str, list[list[int]]]:
        if day:
            return {"date-parts": [[year, self.r.randint(1, 12), self.r.randint(1, 28)]]}
        return {"date-parts": [[year]]}

    def _accessed_after(self, issued: dict[str, list[list[int]]] | None) -> dict[str, list[list[int]]]:
        parts = issued["date-parts"][0] if issued else [2023]
        year = max(parts[0], self.r.randint(2023, 2025))
        month = self.r.randint(1, 12)
        day = self.r.randint(1, 28)
        if year == parts[0] and len(parts) > 1:
            month = max(month, parts[1])
            if month == parts[1] and len(parts) > 2:
                day = max(day, parts[2])
        return {"date-parts": [[year, month, day]]}

    def _title(self) -> str:
        subject = self.r.choice(_SUBJECTS)
        title = self.r.choice(_TITLE_FORMS).replace("{S}", subject)
        return title[0].upper() + title[1:]

    # ------------------------------------------------------------------ building
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.r.choices(
            ["book", "chapter", "journal", "thesis", "conference", "government", "body", "company", "company-report",
             "research", "news", "social", "video", "podcast", "web"],
            weights=[11, 5, 20, 3, 3, 9, 8, 7, 6, 9, 10, 2, 2, 2, 3],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person(self, record: dict[str, Any], kind: str) -> Work:
        return self._person_work(record, kind)

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str], group: str = "") -> Work:
        # Now and then a body's second work of a year it already has in the report ("ONS, 2024a" and "2024b"): a
        # body of the same sort (a regulator's, a trade body's or a firm's), never a newspaper's, and only when the
        # work's title names no year of its own.
        same = [entry for entry in self.dated_orgs if entry[0] == group]
        titled_year = re.search(r"\b(19|20)\d\d\b", str(record.get("title", ""))) is not None
        if group and "issued" in record and same and not titled_year and self.r.random() < 0.14:
            _group, name, tags, parts = self.r.choice(same)
            record["issued"] = {"date-parts": [list(parts)]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"])
            if kind in ("report", "company-report") and "publisher" in record:
                record["publisher"] = name.split(" (")[0]
            if group == "government":  # what the body it now is publishes, and where
                domain, topics = next(value for key, value in _GOVERNMENT_TOPICS.items() if key in name)
                record["title"] = self.r.choice(topics)
                record["URL"] = f"https://{domain}/{record['title'].lower().replace(' ', '-').replace(':', '')}"
        if group and "issued" in record:
            self.dated_orgs.append((group, name, tags, list(record["issued"]["date-parts"][0])))
        return self._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.r.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self.people(4),
                                  "issued": self._issued(self.year(), False), "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.r.random() < 0.35:
            record["edition"] = str(self.r.randint(2, 8))
        return self._person(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.r.choice(_PUBLISHERS)
        start = self.r.randint(1, 380)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self.people(3),
            "editor": self.people(2), "container-title": self.r.choice(
                ["The Routledge companion to real estate investment", "The Routledge handbook of housing policy",
                 "Real estate marketing and management", "Housing markets and the economy", "A companion to property development",
                 "The Palgrave handbook of housing studies", "Residential property: a guide for surveyors"]),
            "issued": self._issued(self.year(), False), "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.r.randint(12, 30)}",
        }  # fmt: skip
        return self._person(record, "chapter")

    def _journal(self) -> Work:
        journal, doi = self.r.choice(_JOURNALS)
        year = self.year()
        start = self.r.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self.people(8), "container-title": journal,
            "issued": self._issued(year, False), "volume": str(self.r.randint(10, 62)), "issue": str(self.r.randint(1, 8)),
            "page": f"{start}-{start + self.r.randint(10, 28)}",
        }  # fmt: skip
        if self.r.random() < 0.65:
            record["DOI"] = (doi.replace("{y}", str(year)).replace("{y2}", str(year)[2:]).replace("{mm}", f"{self.r.randint(1, 12):02d}")
                             .replace("{n4}", f"{self.r.randint(1, 299):04d}").replace("{n5}", str(self.r.randint(10000, 99999)))
                             .replace("{n6}", str(self.r.randint(100000, 999999))).replace("{n7}", str(self.r.randint(1000000, 9999999))))  # fmt: skip
        return self._person(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": [self.person()],
            "genre": self.r.choice(["PhD thesis", "PhD thesis", "DBA thesis", "MSc dissertation", "MPhil thesis"]),
            "publisher": self.r.choice(["University of Reading", "Henley Business School, University of Reading",
                                        "University of Cambridge", "University College London", "UCL Bartlett School of Planning",
                                        "Ulster University", "Heriot-Watt University", "Technological University Dublin"]),
            "issued": self._issued(self.year(), False),
        }  # fmt: skip
        if self.r.random() < 0.4:
            record["URL"] = (
                f"https://{self.r.choice(['centaur.reading.ac.uk', 'www.repository.cam.ac.uk', 'discovery.ucl.ac.uk', 'pure.ulster.ac.uk', 'www.ros.hw.ac.uk', 'arrow.tudublin.ie'])}/{self.r.randint(1000, 99999)}/"
            )
            record["accessed"] = self._accessed_after(record["issued"])
        return self._person(record, "thesis")

    def _conference(self) -> Work:
        year = self.year()
        event = self.r.choice([("European Real Estate Society (ERES) Annual Conference", "ERES"),
                               ("RICS COBRA Conference", "RICS"), ("Academy of Marketing Conference", "Academy of Marketing"),
                               ("ERES Annual Conference", "ERES"), ("Pacific Rim Real Estate Society Conference", "PRRES")])  # fmt: skip
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self.people(4),
            "container-title": f"{event[0]} {year}", "event-place": self.r.choice(["Dublin", "London", "Belfast", "Milan", "Reading", "Cardiff", "Glasgow", "Kraków"]),
            "issued": self._issued(year, False),
        }  # fmt: skip
        if self.r.random() < 0.5:
            record["URL"] = (
                f"https://{'eres.org' if event[1] == 'ERES' else 'www.rics.org' if event[1] == 'RICS' else 'academyofmarketing.org'}/papers/{self.r.randint(100, 999)}"
            )
            record["accessed"] = self._accessed_after(record["issued"])
        return self._person(record, "conference")

    def _government(self) -> Work:
        name, tags = self.r.choice(_GOVERNMENT)
        first, last = next((span for key, span in _GOVERNMENT_YEARS.items() if key in name), (2010, 2025))
        year = self.r.randint(first, last)
        issued = self._issued(year, self.r.random() < 0.4)
        domain, topics = next(value for key, value in _GOVERNMENT_TOPICS.items() if key in name)
        topic = self.r.choice(topics)
        record: dict[str, Any] = {"type": self.r.choice(["report", "webpage"]), "title": topic, "issued": issued,
                                  "URL": f"https://{domain}/{topic.lower().replace(' ', '-').replace(':', '')}"}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = "Dublin" if domain.endswith(".ie") else "London"
        record["accessed"] = self._accessed_after(issued)
        return self._org(record, "report" if record["type"] == "report" else "web", name, tags, "government")

    def _body(self) -> Work:
        name, tags = self.r.choice(_BODIES)
        record: dict[str, Any] = {
            "type": self.r.choice(["report", "webpage"]),
            "title": self.r.choice(["Housing market forecast", "Residential market survey", "Member survey", "The state of the private rented sector",
                                    "Annual review", "Home truths", "Renters' voices", "Building the homes we need",
                                    "Mortgage market forecasts", "Build to rent: Q{q} update", "Private renters on the edge",
                                    "New homes customer satisfaction survey", "House price and rent trends"]).replace("{q}", str(self.r.randint(1, 4))),
            "URL": f"https://www.{name.split(' (')[0].lower().replace(' ', '').replace('&', 'and').replace(chr(39), '')}.org.uk/{self._title().lower().replace(' ', '-')[:30]}",
        }  # fmt: skip
        if self.r.random() < 0.85:
            record["issued"] = self._issued(self.r.randint(2016, 2025), self.r.random() < 0.3)
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = "London"
        record["accessed"] = self._accessed_after(record.get("issued"))
        return self._org(record, "report" if record["type"] == "report" else "web", name, tags, "body")

    def _company(self) -> Work:
        name, domain = self.r.choice(_COMPANIES)
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self.r.choice(["About us", "Our brand", "Sustainability", "Investor relations", "Our homes",
                                    "Why sell with us", "How it works", "Our customer charter", "Careers", "Press releases",
                                    "Strategy and business model", "Our purpose"]),
            "URL": f"https://www.{domain}/{self.r.choice(['about', 'investors', 'sustainability', 'news', 'our-story'])}",
        }  # fmt: skip
        if self.r.random() < 0.6:
            record["issued"] = self._issued(self.r.randint(2019, 2025), False)
        record["accessed"] = self._accessed_after(record.get("issued"))
        tags = {"company"} | ({"ampersand"} if "&" in name else set())
        return self._org(record, "web", name, tags, "company")

    def _company_report(self) -> Work:
        name, domain = self.r.choice(_COMPANIES)
        year = self.r.randint(2016, 2025)
        title = self.r.choice([f"Annual report and accounts {year}", f"Annual report {year}", f"Sustainability report {year}",
                               f"Full year results {year - 1}: investor presentation", f"Half year results {year}",
                               f"Capital markets day {year}", f"Interim report {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": self._issued(year, self.r.random() < 0.3),
                                  "publisher": name, "publisher-place": self.r.choice(["London", "Dublin", "Watford", "Leicester", "York"])}  # fmt: skip
        if self.r.random() < 0.8:
            record["URL"] = f"https://www.{domain}/investors/results-reports"
            record["accessed"] = self._accessed_after(record["issued"])
        return self._org(
            record, "company-report", name, {"company"} | ({"ampersand"} if "&" in name else set()), "company"
        )

    def _research(self) -> Work:
        name, series = self.r.choice(_RESEARCH)
        year = self.r.randint(2018, 2025)
        month = self.r.choice(["January", "March", "April", "June", "July", "September", "October", "December"])
        title = self.r.choice(
            [f"{series}: {month} {year}", f"{series} Q{self.r.randint(1, 4)} {year}", f"{series} {year}", series]
        )
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name,
                                  "URL": f"https://www.{name.split()[0].lower().replace('.ie', '')}.{'ie' if 'Daft' in name else 'com' if name in ('Mintel', 'Statista') else 'co.uk'}/research/{self.r.randint(100, 9999)}"}  # fmt: skip
        if self.r.random() < 0.92:
            record["issued"] = self._issued(year, self.r.random() < 0.3)
        record["accessed"] = self._accessed_after(record.get("issued"))
        if name in ("Savills Research", "Knight Frank Research", "Hometrack", "Daft.ie") and self.r.random() < 0.35:
            record["author"] = self.people(2)
            if "issued" not in record:
                record["issued"] = self._issued(year, False)
                record["accessed"] = self._accessed_after(record["issued"])
            return self._person(record, "report")
        return self._org(record, "research", name, {"market-research"})

    def _news(self) -> Work:
        paper = self.r.choice(_PRESS)
        year = self.r.randint(2016, 2025)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self.r.choice(
                ["Asking prices hit a new record as buyers return", "Portal wars: can OnTheMarket take on Rightmove?",
                 "Purplebricks sold to Strike for £1", "Housebuilders cut prices as mortgage rates bite",
                 "Renters face the biggest rise in a decade", "Agents warned over material information rules",
                 "Dublin rents climb again despite new supply", "Build to rent investors turn to the regions",
                 "Student housing shortage deepens in university cities", "First-time buyers priced out of the south",
                 "Why the hybrid agency model struggled", "Lenders return to 95% mortgages",
                 "Zoopla launches new tools for agents", "Help to Buy ends: what next for new-build sales?",
                 "Glenveagh targets first-time buyers with new brand"]),
            "container-title": paper, "issued": self._issued(year, True),
            "URL": f"https://www.{_PRESS_DOMAINS.get(paper, paper.lower().replace(' ', '') + '.co.uk')}/news/{self.r.randint(10000, 99999)}",
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        if self.r.random() < 0.7:
            record["author"] = self.people(2)
            return self._person(record, "news")
        return self._org(record, "news", paper, {"press"})

    def _social(self) -> Work:
        name, _domain = self.r.choice(_COMPANIES)
        platform = self.r.choice(["LinkedIn", "Instagram", "X", "TikTok", "Facebook"])
        record: dict[str, Any] = {
            "type": "post", "title": self.r.choice(["We've just launched our new brand campaign", "Record traffic on the portal this Boxing Day",
                                                    "Meet the team behind our new development", "Five tips for first-time buyers",
                                                    "Our latest show home is now open", "Thank you to our customers for another five-star year"]),
            "container-title": platform, "issued": self._issued(self.r.randint(2020, 2025), True),
            "URL": f"https://www.{platform.lower()}.com/{name.split()[0].lower()}/posts/{self.r.randint(1000000, 9999999)}",
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        if self.r.random() < 0.3:
            record["author"] = [self.person()]
            return self._person(record, "social")
        return self._org(record, "social", name, {"company"}, "company")

    def _video(self) -> Work:
        name, _domain = self.r.choice([*_COMPANIES, ("Propertymark", "propertymark.co.uk"), ("RICS", "rics.org")])
        record: dict[str, Any] = {
            "type": "motion_picture", "title": self.r.choice(["Inside our new build-to-rent scheme", "How to sell your home with us",
                                                              "The home-buying journey explained", "Our brand film", "Market update with our chief economist",
                                                              "Student living, reimagined"]),
            "medium": "YouTube", "issued": self._issued(self.r.randint(2019, 2025), True),
            "URL": f"https://www.youtube.com/watch?v={''.join(self.r.choices('abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789', k=11))}",
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        return self._org(record, "video", name, {"company"}, "company")

    def _podcast(self) -> Work:
        record: dict[str, Any] = {
            "type": "song", "title": self.r.choice(["The portal economy", "Can hybrid agents survive?", "Marketing new homes in a downturn",
                                                    "What renters really want", "Mortgages after the mini-budget", "Branding the build-to-rent block"]),
            "container-title": self.r.choice(["The Property Podcast", "Estate Agent Today Podcast", "The Housing Podcast", "Property Week Podcast"]),
            "medium": "Podcast", "author": self.people(2), "issued": self._issued(self.r.randint(2019, 2025), True),
            "URL": f"https://podcasts.apple.com/gb/podcast/id{self.r.randint(100000000, 999999999)}",
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        return self._person(record, "podcast")

    def _web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(),
                                  "URL": f"https://www.{self.r.choice(['propertyindustryeye.com', 'homeownersalliance.org.uk', 'moneysavingexpert.com', 'propertymark.co.uk', 'which.co.uk', 'citizensinformation.ie'])}/{self.r.randint(100, 9999)}"}  # fmt: skip
        if self.r.random() < 0.5:
            record["issued"] = self._issued(self.r.randint(2018, 2025), False)
        record["accessed"] = self._accessed_after(record.get("issued"))
        if self.r.random() < 0.5:
            record["author"] = self.people(2)
            return self._person(record, "web")
        name, tags = self.r.choice([("Money Saving Expert", {"company"}), ("Which?", {"trade-body", "punctuation"}),
                                    ("HomeOwners Alliance", {"company"}), ("Citizens Information", {"government"}),
                                    ("Propertymark", {"trade-body"}), ("Shelter", {"charity"})])  # fmt: skip
        return self._org(record, "web", name, tags)
