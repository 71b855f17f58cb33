"""The blind381 pool's works: what marketers at estate and letting agents, property portals, build-to-rent and
student-housing operators, house builders, mortgage brokers and proptech start-ups in the UK, Ireland, the United
Arab Emirates, Kenya, Malaysia and Australia cite in CIM Level 6 and 7 reports and MBA assignments.

Written without reading the checker, its tests or any other pool. Textbooks and their chapters, journal articles on
housing search online, trust in agents, virtual viewings, place branding and tenant experience (one to eight
authors), regulators, ombudsmen and professional bodies, governments' housing statistics and legislation, operators'
and builders' annual reports, investor presentations and press pages, market-research and consultancy reports,
property and trade press (signed and unsigned) and undated web pages.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
import re
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IE", "en_IE", "en_AU", "en_AU", "en_KE", "en_IN", "en_US"]
# Names as the region's scholars and journals print them (family name, given name).
_REGION_NAMES = [
    ("Ó Súilleabháin", "Cian"), ("Ní Bhriain", "Aoife"), ("Mac Giolla Phádraig", "Seán"), ("Ó Ceallaigh", "Niamh"),
    ("Ní Mhurchú", "Siobhán"), ("O'Sullivan", "Eoin"), ("McAleese", "Orla"), ("Ó Broin", "Pádraig"),
    ("Al Marzooqi", "Hessa"), ("Al-Falasi", "Mohammed"), ("Al Suwaidi", "Maitha"), ("Al-Hashimi", "Rashid"),
    ("Abdulla", "Noura"), ("El-Khatib", "Rania"), ("Haddad", "Karim"), ("Al Nuaimi", "Saeed"),
    ("Wanjiru", "Grace"), ("Otieno", "Brian"), ("Kamau", "Peter"), ("Mwangi", "Joyce"), ("Odhiambo", "Kevin"),
    ("Chebet", "Faith"), ("Njoroge", "Samuel"), ("Wafula", "Mercy"), ("Kiprono", "Dennis"),
    ("Abdul Rahman", "Nurul Aini"), ("Mohd Nor", "Azlan"), ("Ismail", "Siti Hajar"), ("Tan", "Boon Hock"),
    ("Lim", "Mei Ling"), ("Ng", "Kok Wai"), ("Wong", "Siew Lan"), ("Ooi", "Chee Keong"), ("Subramaniam", "Kavitha"),
    ("Abdullah", "Mohd Faiz"), ("Yusof", "Nor Azura"), ("Teh", "Hui Min"), ("Krishnan", "Ganesh"),
    ("Nguyen", "Thi Lan"), ("Papadopoulos", "Eleni"), ("Kowalczyk", "Agnieszka"), ("Müller", "Jürgen"),
    ("Søndergaard", "Mette"), ("Zhang", "Wei"), ("Li", "Na"), ("Chatterjee", "Arjun"),
]  # fmt: skip
_PARTICLE_NAMES = [("de", "Silva", "Ruwan"), ("van", "Dijk", "Thijs"), ("van der", "Merwe", "Annelie"),
                   ("de la", "Cruz", "Sofía"), ("di", "Stefano", "Marco"), ("le", "Roux", "Camille")]  # fmt: skip
# (name as author, tags): regulators, ombudsmen and professional bodies, governments, portals, agents, operators,
# builders, brokers, research firms and consultancies.
_BODIES = [
    ("Royal Institution of Chartered Surveyors (RICS)", {"abbreviation", "trade-body"}), ("RICS", {"acronym", "trade-body"}),
    ("Propertymark", {"trade-body"}), ("The Property Ombudsman", {"trade-body"}), ("Property Redress Scheme", {"trade-body"}),
    ("National Residential Landlords Association (NRLA)", {"abbreviation", "trade-body"}),
    ("Real Estate Regulatory Agency (RERA)", {"abbreviation", "government"}), ("Dubai Land Department", {"government"}),
    ("Abu Dhabi Department of Municipalities and Transport", {"government"}),
    ("Residential Tenancies Board", {"government"}), ("Property Services Regulatory Authority (PSRA)", {"abbreviation", "government"}),
    ("Estate Agents Registration Board", {"government"}), ("Board of Valuers, Appraisers, Estate Agents and Property Managers", {"government", "comma"}),
    ("Real Estate Institute of Australia (REIA)", {"abbreviation", "trade-body"}), ("NSW Fair Trading", {"government"}),
    ("Consumer Affairs Victoria", {"government"}), ("Shelter", {"charity"}), ("Generation Rent", {"charity"}), ("Which?", {"punctuation"}),
]  # fmt: skip
_GOVERNMENT = [
    ("Office for National Statistics", {"government"}), ("Office for National Statistics (ONS)", {"government", "abbreviation"}),
    ("HM Land Registry", {"government"}), ("Department for Levelling Up, Housing and Communities", {"government", "comma"}),
    ("Ministry of Housing, Communities & Local Government", {"government", "comma", "ampersand"}), ("Homes England", {"government"}),
    ("HM Revenue & Customs", {"government", "ampersand"}), ("Bank of England", {"government"}), ("Financial Conduct Authority", {"government"}),
    ("Central Statistics Office", {"government"}), ("Department of Housing, Local Government and Heritage", {"government", "comma"}),
    ("Kenya National Bureau of Statistics (KNBS)", {"government", "abbreviation"}), ("State Department for Housing and Urban Development", {"government"}),
    ("National Property Information Centre (NAPIC)", {"government", "abbreviation"}), ("Department of Statistics Malaysia", {"government"}),
    ("Australian Bureau of Statistics", {"government"}), ("Australian Bureau of Statistics (ABS)", {"government", "abbreviation"}),
    ("Dubai Statistics Center", {"government"}), ("UK Parliament", {"government"}), ("House of Commons Library", {"government"}),
]  # fmt: skip
_FIRMS = [
    ("Rightmove plc", {"company"}), ("Rightmove", {"company"}), ("Zoopla", {"company"}), ("OnTheMarket plc", {"company"}),
    ("Purplebricks Group plc", {"company"}), ("Foxtons Group plc", {"company"}), ("Savills plc", {"company"}), ("Savills", {"company"}),
    ("Knight Frank LLP", {"company"}), ("Knight Frank", {"company"}), ("JLL", {"company", "acronym"}), ("CBRE", {"company", "acronym"}),
    ("Strutt & Parker", {"company", "ampersand"}), ("Sotheby's International Realty", {"company", "apostrophe"}),
    ("Hamptons", {"company"}), ("Connells Group", {"company"}), ("Barratt Developments plc", {"company"}),
    ("Persimmon plc", {"company"}), ("Taylor Wimpey plc", {"company"}), ("The Berkeley Group Holdings plc", {"company"}),
    ("Grainger plc", {"company"}), ("Get Living", {"company"}), ("Unite Students", {"company"}), ("Scape", {"company"}),
    ("Daft.ie", {"company", "punctuation"}), ("MyHome.ie", {"company", "punctuation"}), ("Sherry FitzGerald", {"company"}),
    ("Emaar Properties PJSC", {"company"}), ("Aldar Properties", {"company"}), ("DAMAC Properties", {"company"}),
    ("Property Finder", {"company"}), ("Bayut", {"company"}), ("Allsopp & Allsopp", {"company", "ampersand"}),
    ("haus & haus", {"company", "ampersand", "lowercase"}), ("Betterhomes", {"company"}),
    ("HassConsult", {"company"}), ("BuyRentKenya", {"company"}), ("Knight Frank Kenya", {"company"}),
    ("PropertyGuru Group", {"company"}), ("iProperty.com.my", {"company", "lowercase", "punctuation"}),
    ("EdgeProp Malaysia", {"company"}), ("Sime Darby Property", {"company"}), ("S P Setia Berhad", {"company"}),
    ("REA Group Ltd", {"company"}), ("Domain Holdings Australia", {"company"}), ("CoreLogic", {"company"}),
    ("PropTrack", {"company"}), ("Ray White", {"company"}), ("LJ Hooker", {"company"}), ("Mortgage Choice", {"company"}),
    ("Habito", {"company"}), ("L&C Mortgages", {"company", "ampersand"}), ("Nationwide Building Society", {"company"}),
    ("Halifax", {"company"}), ("Hometrack", {"company"}), ("Goodlord", {"company"}), ("OpenRent", {"company"}),
]  # fmt: skip
_RESEARCH = [
    ("Mintel", {"market-research"}), ("Statista", {"market-research"}), ("IBISWorld", {"market-research"}),
    ("YouGov", {"market-research"}), ("Ipsos", {"market-research"}), ("Kantar", {"market-research"}),
    ("Deloitte", {"company"}), ("PwC", {"company", "acronym"}), ("EY", {"company", "acronym"}),
    ("McKinsey & Company", {"company", "ampersand"}), ("KPMG", {"company", "acronym"}), ("Cushman & Wakefield", {"company", "ampersand"}),
    ("Colliers", {"company"}), ("Frank Knight Research", {"company"}), ("Hamptons Research", {"company"}),
    ("Euromonitor International", {"market-research"}), ("GlobalData", {"market-research"}),
]  # fmt: skip
_PRESS = ["Estates Gazette", "Property Week", "Estate Agent Today", "Letting Agent Today", "The Negotiator",
          "Inside Housing", "Property Industry Eye", "Mortgage Strategy", "The Irish Times", "Irish Independent",
          "Gulf News", "The National", "Khaleej Times", "Business Daily Africa", "Daily Nation", "The Star",
          "The Edge Malaysia", "The Australian Financial Review", "The Sydney Morning Herald", "Financial Times",
          "The Guardian", "BBC News", "The Times", "City A.M."]  # fmt: skip
_JOURNALS = ["Journal of Property Research", "Housing Studies", "Journal of Housing and the Built Environment",
             "Property Management", "International Journal of Housing Markets and Analysis",
             "Journal of Property Investment & Finance", "Journal of Services Marketing",
             "Journal of Place Management and Development", "Place Branding and Public Diplomacy",
             "Journal of Retailing and Consumer Services", "Journal of Real Estate Research", "Urban Studies",
             "Pacific Rim Property Research Journal", "Journal of European Real Estate Research",
             "International Journal of Strategic Property Management", "Journal of Interactive Marketing",
             "Journal of Marketing Management", "Journal of Consumer Behaviour", "Real Estate Economics",
             "Journal of Business Research"]  # fmt: skip
_TOPICS = ["online housing search", "trust in estate agents", "virtual viewings", "place branding",
           "tenant experience", "build-to-rent", "student accommodation", "property portals", "online reviews of agents",
           "first-time buyers", "hybrid estate agency", "rental affordability", "new-build warranties",
           "off-plan sales", "proptech adoption", "mortgage brokers' advice", "property listing photographs",
           "3D virtual tours", "agent fees", "landlord branding", "community management", "resident apps",
           "service quality in lettings", "developer reputation", "housing satisfaction", "expatriate renters",
           "short-term lets", "AI valuation tools", "green homes", "gated communities"]  # fmt: skip
_PLACES = ["the UK", "Ireland", "Dubai", "Abu Dhabi", "Nairobi", "Kenya", "Kuala Lumpur", "Malaysia", "Australia",
           "Sydney", "Melbourne", "London", "Manchester", "Dublin", "the UAE", "Klang Valley"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Pearson", "Harlow"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Wiley-Blackwell", "Chichester"), ("Palgrave Macmillan", "London"), ("Oxford University Press", "Oxford"),
               ("Edward Elgar", "Cheltenham"), ("Estates Gazette", "London"), ("McGraw-Hill", "Sydney"),
               ("Cengage", "Melbourne"), ("Emerald Publishing", "Bingley")]  # fmt: skip
_BOOK_TITLES = ["Real estate marketing: strategy, personal selling and negotiation", "Services marketing: people, technology, strategy",
                "Property marketing", "Marketing management", "Principles of marketing", "Residential property: a marketing approach",
                "Digital marketing: strategy, implementation and practice", "Housing economics and policy",
                "Place branding: glocal, virtual and physical identities", "Services marketing: integrating customer focus across the firm",
                "Estate agency: principles and practice", "The build-to-rent handbook", "Real estate: an introduction to the profession",
                "Proptech: technology in the property sector", "Customer experience in real estate",
                "Marketing for surveyors and valuers", "Brand management: research, theory and practice"]  # fmt: skip


class Blind381WorkFactory(WorkFactory):
    """Works for blind381: property, lettings and proptech in the UK, Ireland, the UAE, Kenya, Malaysia and
    Australia. A subclass, so every other pool's factory is unchanged."""

    KINDS = ("book", "chapter", "journal", "report", "web", "news", "legislation", "presentation")

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 381)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 223 + index)
                self.fakers[locale] = fake
        self.dated: list[tuple[str, set[str], dict[str, Any]]] = []
        self.titles: set[str] = set()

    # ------------------------------------------------------------------ people, bodies, dates
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.35:
            family, given = self.rng.choice(_REGION_NAMES)
            return {"family": family, "given": given}
        if roll < 0.40:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        family = family.split()[-1] if " " in family else family
        given = given.split("-")[0].split()[0]
        roll = self.rng.random()
        if roll < 0.06:
            family = f"{family}-{self.fakers['en_GB'].last_name().split('-')[0]}"
        elif roll < 0.10:
            family = self.rng.choice(["O'", "Mc", "Mac"]) + self.fakers["en_IE"].last_name().split("-")[0].lstrip("O'")
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        table = self.rng.choices([_BODIES, _GOVERNMENT, _FIRMS, _RESEARCH], weights=[25, 20, 40, 15])[0]
        name, tags = self.rng.choice(table)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1978, 2004)
        return self.rng.randint(2010, 2025)

    def accessed(self, after: int | None = None) -> dict[str, list[list[int]]]:
        low = max(2022, after or 2022)
        return {
            "date-parts": [[self.rng.randint(low, max(low, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]]
        }

    def _unique(self, title: str) -> str:
        base, n = title, 2
        while title in self.titles:
            title = f"{base} ({self.rng.choice(_PLACES)})" if n == 2 else f"{base}: part {n}"
            n += 1
        self.titles.add(title)
        return title

    def _title(self) -> str:
        topic, other, place = self.rng.choice(_TOPICS), self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}: evidence from {self.rng.choice(['renters', 'buyers', 'landlords', 'agents', 'students'])}",
                 f"How {topic} shapes {other}", f"{topic[0].upper()}{topic[1:]} and {other}: a review",
                 f"The role of {topic} in {other}", f"Rethinking {topic} after the pandemic",
                 f"{topic[0].upper()}{topic[1:]}: a study of {place}", f"Who trusts {topic}? Evidence from {place}",
                 f"Measuring {topic} in {place}"]  # fmt: skip
        return self._unique(self.rng.choice(forms))

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 15, 9, 6, 4, 3, 3][:most])[0]
        return [self.person() for _ in range(count)]

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # now and then a body's second work of the same year ("RICS, 2023a" and "2023b")
        yearless = not re.search(r"\d{4}", str(record.get("title", "")))
        if self.dated and "issued" in record and yearless and self.rng.random() < 0.12:
            name, tags, issued = self.rng.choice(self.dated)
            if "URL" in record:
                record["URL"] = self._url(name)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
            if "accessed" in record and record["accessed"]["date-parts"][0][0] < record["issued"]["date-parts"][0][0]:
                record["accessed"] = self.accessed(record["issued"]["date-parts"][0][0])
        if "issued" in record:
            self.dated.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "body-web", "government", "legislation", "annual-report", "presentation",
             "research", "press", "undated-web", "person-web"],
            weights=[11, 6, 22, 10, 9, 3, 8, 4, 9, 11, 4, 3],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        title = self._unique(self.rng.choice(_BOOK_TITLES) if self.rng.random() < 0.6 else self._title())
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 12))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        container = self.rng.choice(["The Routledge handbook of housing policy", "Real estate marketing and management",
                                     "The Routledge companion to real estate investment", "Handbook of place branding",
                                     "Services marketing in emerging markets", "Proptech and the future of real estate",
                                     "Housing markets in Asia", "Contemporary issues in estate agency"])  # fmt: skip
        start = self.rng.randint(1, 400)
        record: dict[str, Any] = {"type": "chapter", "title": self._title(), "author": self._people(3),
                                  "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
                                  "container-title": container, "issued": {"date-parts": [[self.year()]]},
                                  "publisher": publisher, "publisher-place": place,
                                  "page": f"{start}-{start + self.rng.randint(10, 30)}"}  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 1200)
        record: dict[str, Any] = {"type": "article-journal", "title": self._title(), "author": self._people(8),
                                  "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
                                  "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 12)),
                                  "page": f"{start}-{start + self.rng.randint(8, 30)}"}  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _url(self, name: str) -> str:
        fake = self.fakers["en_GB"]
        slug = "".join(ch for ch in name.split(" (")[0].lower() if ch.isalnum())[:18] or "property"
        tld = self.rng.choice([".co.uk", ".com", ".ie", ".ae", ".co.ke", ".com.my", ".com.au", ".org", ".gov.uk"])
        return f"https://www.{slug}{tld}/{fake.slug()}"

    def _dated_web(self, record: dict[str, Any]) -> None:
        year = self.year()
        record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self.accessed(year)

    def _body_web(self) -> Work:
        name, tags = self.rng.choice(_BODIES)
        titles = ["Code of practice for residential estate agents", "Consumer guide: renting a home", "Client money protection explained",
                  "Guidance on material information in property listings", "Annual review", "How to make a complaint about an agent",
                  "Rental index", "Tenant fees: what agents can charge", "Professional standards and guidance",
                  "Ejari registration: a guide for tenants", "Off-plan purchase guide for investors"]  # fmt: skip
        title = self._unique(self.rng.choice(titles) if self.rng.random() < 0.6 else self._title())
        record: dict[str, Any] = {"type": "webpage", "title": title, "URL": self._url(name)}
        self._dated_web(record)
        return self._org_work(record, "web", name, tags)

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        year = self.year()
        titles = [f"House price index: {self.rng.choice(['January', 'March', 'June', 'September', 'December'])} {year}",
                  f"English housing survey {year - 1} to {year}: headline report", f"Private rental market statistics {year}",
                  f"Residential property price index {year}", f"Census {year}: housing", f"Property market report {year}",
                  f"Housing affordability in {self.rng.choice(_PLACES)}, {year}", f"Dwelling stock estimates {year}",
                  f"Index of private housing rental prices, {year}"]  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._unique(self.rng.choice(titles)),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(name), "accessed": self.accessed(year)}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _legislation(self) -> Work:
        # an Act or regulation as candidates cite it from the government's own site: the legislature as author
        acts = [("Renters (Reform) Bill", "UK Parliament", 2023), ("Tenant Fees Act 2019", "UK Parliament", 2019),
                ("Estate Agents Act 1979", "UK Parliament", 1979), ("Consumer Protection from Unfair Trading Regulations 2008", "UK Parliament", 2008),
                ("Residential Tenancies (Amendment) Act 2019", "Oireachtas", 2019), ("Property Services (Regulation) Act 2011", "Oireachtas", 2011),
                ("Law No. 26 of 2007 regulating the relationship between landlords and tenants in the Emirate of Dubai", "Government of Dubai", 2007),
                ("Land Control Act", "Kenya Law", 2012), ("Estate Agents Act 1981 (Act 242)", "Attorney General's Chambers of Malaysia", 1981),
                ("Property and Stock Agents Act 2002", "NSW Government", 2002), ("Residential Tenancies Act 1997", "Victorian Government", 1997),
                ("Leasehold and Freehold Reform Act 2024", "UK Parliament", 2024)]  # fmt: skip
        title, name, year = self.rng.choice(acts)
        record: dict[str, Any] = {"type": "webpage", "title": self._unique(title), "URL": self._url(name),
                                  "issued": {"date-parts": [[year]]}, "accessed": self.accessed(year)}  # fmt: skip
        tags = {"government", "legislation"} | ({"apostrophe"} if "'" in name else set())
        return self._org_work(record, "legislation", name, tags)

    def _annual_report(self) -> Work:
        name, tags = self.rng.choice(_FIRMS)
        year = self.year()
        titles = [f"Annual report and accounts {year}", f"Annual report {year}", f"Sustainability report {year}",
                  f"Integrated annual report {year}", f"Half-year results {year}", f"Strategic report {year}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self._unique(self.rng.choice(titles) if self.rng.random() < 0.75 else self._title()),
                                  "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0]}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url(name)
            record["accessed"] = self.accessed(year)
        if self.rng.random() < 0.12:  # an undated report
            record.pop("issued")
            record["title"] = self._unique(self._title())
        return self._org_work(record, "report", name, tags)

    def _presentation(self) -> Work:
        name, tags = self.rng.choice(_FIRMS)
        year = self.year()
        titles = [f"Investor presentation: full-year results {year}", f"Capital markets day {year}",
                  f"Press release: {self._title().lower()}", f"Trading update, {self.rng.choice(['Q1', 'Q2', 'Q3', 'Q4'])} {year}",
                  "Newsroom: our story", f"Results presentation H{self.rng.randint(1, 2)} {year}"]  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": self._unique(self.rng.choice(titles)), "URL": self._url(name),
                                  "issued": {"date-parts": [[year]]}, "accessed": self.accessed(year)}  # fmt: skip
        return self._org_work(record, "presentation", name, tags)

    def _research(self) -> Work:
        name, tags = self.rng.choice(_RESEARCH)
        year = self.year()
        place = self.rng.choice(_PLACES)
        titles = [f"Estate agents in the UK - industry market research report {year}", f"Property portals - {place} - {year}",
                  f"Build-to-rent in {place}: market outlook {year}", f"Residential property market in {place} {year}",
                  f"Global proptech report {year}", f"The future of living: {place} {year}", f"Student housing in {place}: investment report {year}",
                  f"Share of renters in {place} who viewed a property virtually, {year}", f"Mortgage brokers in {place}: market report {year}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self._unique(self.rng.choice(titles)), "publisher": name,
                                  "URL": self._url(name)}  # fmt: skip
        if self.rng.random() < 0.9:
            record["issued"] = {"date-parts": [[year]]}
            record["accessed"] = self.accessed(year)
        else:
            record["accessed"] = self.accessed()
        return self._org_work(record, "report", name, tags)

    def _press(self) -> Work:
        paper = self.rng.choice(_PRESS)
        year = self.year()
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": paper,
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url(paper)}  # fmt: skip
        issued = record["issued"]["date-parts"][0]
        record["accessed"] = {
            "date-parts": [[max(year, 2022) + self.rng.randint(0, 1), self.rng.randint(1, 12), self.rng.randint(1, 28)]]
        }
        if record["accessed"]["date-parts"][0] < issued:
            record["accessed"] = {"date-parts": [[issued[0] + 1, 1, 15]]}
        if self.rng.random() < 0.7:  # signed
            record["author"] = self._people(3)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _undated_web(self) -> Work:
        name, tags = self.rng.choice(_FIRMS + _BODIES)
        titles = ["About us", "How it works", "Our fees", "Landlord services", "Tenant FAQs", "Mortgage calculator",
                  "Why choose us", "Virtual viewings", "Our communities", "Resident app", "Buying off-plan",
                  "Meet the team", "Sell your home online"]  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": self._unique(self.rng.choice(titles)), "URL": self._url(name),
                                  "accessed": self.accessed()}  # fmt: skip
        return self._org_work(record, "web", name, tags | {"undated"})

    def _person_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "URL": self._url(self.rng.choice(_PRESS))}  # fmt: skip
        if self.rng.random() < 0.75:
            self._dated_web(record)
        else:
            record["accessed"] = self.accessed()
        return self._person_work(record, "web")
