"""The blind383 pool's works: what marketers and fundraisers at charities, hospices, animal-welfare and environmental
charities, fundraising platforms, housing associations and social enterprises in the UK, Ireland, India, Kenya, the
United States and New Zealand cite in CIM Level 6 and 7 reports and MBA assignments.

Marketing, non-profit-marketing and social-marketing textbooks and their chapters; journal articles on donor
behaviour, trust in charities, digital fundraising, legacy giving and cause-related marketing with one to eight
authors; regulators and sector bodies (the Charity Commission, the Fundraising Regulator, the NCVO, the Chartered
Institute of Fundraising, the Charities Regulator, OSCR, Charities Services, the AFP, Candid), governments'
statistics and legislation as candidates list it from the legislature's own site; charities' annual reports and
trustees' reports; press pages; research agencies' and consultancies' reports; sector and trade press, signed and
unsigned; undated pages with access dates. Names as this region's scholars and journals print them: Irish names with
their fadas ("Ó Súilleabháin", "Ní Bhriain"), Indian names ("Chakraborty", "Venkatesh"), Kenyan names ("Wanjiru",
"Odhiambo"), Māori names ("Ngata", "Te Huia", "Pōhatu"), American and British names. Written without reading the
checker, its tests or any other pool.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "web", "report", "news", "legislation", "annual-report", "press-release")

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IE", "en_IE", "en_US", "en_US", "en_IN", "en_NZ", "en_KE"]
# Names as the region's journals print them (family, given): Irish with fadas, Indian, Kenyan, Māori, Pākehā.
_REGION_NAMES = [
    ("Ó Súilleabháin", "Siobhán"), ("Ní Bhriain", "Aoife"), ("Mac Giolla Phádraig", "Cian"), ("Ó Briain", "Pádraig"),
    ("Breathnach", "Gráinne"), ("Ní Dhomhnaill", "Órla"), ("O'Loughlin", "Eoin"), ("McGrath", "Niamh"),
    ("Chakraborty", "Arnab"), ("Venkatesh", "Lakshmi"), ("Iyer", "Priya"), ("Banerjee", "Sohini"), ("Sridhar", "Kavya"),
    ("Menon", "Anand"), ("Bhattacharjee", "Rituparna"), ("Gupta", "Rohit"), ("D'Souza", "Clara"), ("Nair", "Deepa"),
    ("Wanjiru", "Grace"), ("Odhiambo", "Brian"), ("Kamau", "Peter"), ("Otieno", "Faith"), ("Njoroge", "Wambui"),
    ("Mwangi", "Samuel"), ("Chepkoech", "Mercy"), ("Kiprono", "Dennis"), ("Achieng", "Lilian"), ("Mutua", "Joseph"),
    ("Ngata", "Hēmi"), ("Te Huia", "Aroha"), ("Pōhatu", "Mere"), ("Tāwhai", "Rāwiri"), ("Walker", "Ngaire"),
    ("Sargeant", "Adrian"), ("Bekkers", "René"), ("Wiepking", "Pamala"), ("Breeze", "Beth"), ("Shang", "Jen"),
]  # fmt: skip
_PARTICLE_NAMES = [("de", "Souza", "Rhea"), ("van der", "Merwe", "Johan"), ("de", "Silva", "Nadia"), ("van", "Dijk", "Femke"),
                   ("de", "Vries", "Anouk"), ("le", "Roux", "Camille")]  # fmt: skip
# Regulators, sector bodies and governments in the forms candidates write them (tags say what makes them hard).
_BODIES: list[tuple[str, set[str]]] = [
    ("Charity Commission for England and Wales", {"government"}), ("Charity Commission", {"government"}),
    ("Fundraising Regulator", {"regulator"}), ("National Council for Voluntary Organisations (NCVO)", {"abbreviation"}),
    ("NCVO", {"acronym"}), ("Chartered Institute of Fundraising", {"sector-body"}),
    ("Institute of Fundraising", {"sector-body"}), ("Charities Aid Foundation (CAF)", {"abbreviation"}),
    ("CAF", {"acronym"}), ("Office of the Scottish Charity Regulator (OSCR)", {"government", "abbreviation"}),
    ("Charity Commission for Northern Ireland", {"government"}), ("Charities Regulator", {"government"}),
    ("The Wheel", {"sector-body"}), ("Charities Institute Ireland", {"sector-body"}),
    ("Charities Services", {"government"}), ("Fundraising Institute of New Zealand (FINZ)", {"abbreviation"}),
    ("Association of Fundraising Professionals (AFP)", {"abbreviation"}), ("Candid", {"sector-body"}),
    ("Giving USA Foundation", {"sector-body"}), ("National Council of Nonprofits", {"sector-body"}),
    ("Social Enterprise UK", {"sector-body"}), ("Hospice UK", {"sector-body"}), ("Remember A Charity", {"sector-body"}),
    ("National Housing Federation", {"sector-body"}), ("Kenya Community Development Foundation", {"sector-body"}),
    ("Sa-Dhan", {"sector-body"}), ("CAF India", {"sector-body"}), ("GuideStar India", {"sector-body"}),
    ("Public Benefit Organisations Regulatory Authority", {"government"}),
    ("Directory of Social Change", {"sector-body"}), ("Charity Finance Group", {"sector-body"}),
    ("Pro Bono Economics", {"sector-body"}), ("Nesta", {"sector-body"}), ("Big Society Capital", {"sector-body"}),
    ("Rogare", {"sector-body"}), ("The King's Fund", {"apostrophe"}),
    ("Joseph Rowntree Foundation", {"sector-body"}), ("Paul Hamlyn Foundation", {"sector-body"}),
]  # fmt: skip
_GOVERNMENT: list[tuple[str, str]] = [
    ("Office for National Statistics", "https://www.ons.gov.uk/"), ("Office for National Statistics (ONS)", "https://www.ons.gov.uk/"),
    ("HM Revenue & Customs", "https://www.gov.uk/government/statistics/"), ("HMRC", "https://www.gov.uk/government/statistics/"),
    ("Department for Culture, Media & Sport", "https://www.gov.uk/government/publications/"),
    ("Department for Culture, Media and Sport (DCMS)", "https://www.gov.uk/government/publications/"),
    ("Central Statistics Office (CSO)", "https://www.cso.ie/en/releasesandpublications/"),
    ("Department of Rural and Community Development", "https://www.gov.ie/en/publication/"),
    ("Kenya National Bureau of Statistics (KNBS)", "https://www.knbs.or.ke/"),
    ("Ministry of Corporate Affairs", "https://www.mca.gov.in/"), ("NITI Aayog", "https://www.niti.gov.in/"),
    ("Stats NZ", "https://www.stats.govt.nz/information-releases/"),
    ("Te Tari Taiwhenua Department of Internal Affairs", "https://www.dia.govt.nz/"),
    ("Internal Revenue Service (IRS)", "https://www.irs.gov/charities-non-profits/"),
    ("U.S. Census Bureau", "https://www.census.gov/library/"), ("Scottish Government", "https://www.gov.scot/publications/"),
    ("Welsh Government", "https://www.gov.wales/"), ("House of Commons Library", "https://commonslibrary.parliament.uk/research-briefings/"),
]  # fmt: skip
_LEGISLATION: list[tuple[str, str, str]] = [  # none of them named in this pool's decoys
    ("legislation.gov.uk", "Charities Act 2011", "https://www.legislation.gov.uk/ukpga/2011/25/contents"),
    ("legislation.gov.uk", "Charities (Protection and Social Investment) Act 2016", "https://www.legislation.gov.uk/ukpga/2016/4/contents"),
    ("legislation.gov.uk", "Public Services (Social Value) Act 2012", "https://www.legislation.gov.uk/ukpga/2012/3/contents"),
    ("legislation.gov.uk", "Small Charitable Donations Act 2012", "https://www.legislation.gov.uk/ukpga/2012/23/contents"),
    ("Irish Statute Book", "Charities (Amendment) Act 2024", "https://www.irishstatutebook.ie/eli/2024/act/19/enacted/en/html"),
    ("Kenya Law", "Companies Act, 2015", "https://new.kenyalaw.org/akn/ke/act/2015/17"),
    ("India Code", "Companies (Corporate Social Responsibility Policy) Rules, 2014", "https://www.indiacode.nic.in/handle/123456789/2114"),
    ("New Zealand Legislation", "Incorporated Societies Act 2022", "https://www.legislation.govt.nz/act/public/2022/0012/latest/"),
]  # fmt: skip
# Charities, hospices, platforms, housing associations and social enterprises whose own reports are cited.
_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("Macmillan Cancer Support", set()), ("Cancer Research UK", set()), ("British Heart Foundation", set()),
    ("RSPCA", {"acronym"}), ("Royal Society for the Protection of Birds (RSPB)", {"abbreviation"}),
    ("St Christopher's Hospice", {"apostrophe"}), ("Marie Curie", set()), ("Barnardo's", {"apostrophe"}),
    ("Dogs Trust", set()), ("Shelter", set()), ("The Big Issue Group", set()), ("Trócaire", set()),
    ("Concern Worldwide", set()), ("Irish Hospice Foundation", set()), ("Focus Ireland", set()),
    ("The Akshaya Patra Foundation", set()), ("HelpAge India", set()), ("Goonj", set()),
    ("Child Rights and You (CRY)", {"abbreviation"}), ("Kenya Red Cross Society", set()),
    ("Amref Health Africa", set()), ("Sheldrick Wildlife Trust", set()), ("Habitat for Humanity International", set()),
    ("St. Jude Children's Research Hospital", {"apostrophe"}), ("Feeding America", set()),
    ("Starship Foundation", set()), ("SPCA New Zealand", set()), ("Forest & Bird", {"ampersand"}),
    ("Clarion Housing Group", set()), ("Peabody", set()), ("Anchor Hanover Group", set()),
    ("JustGiving", {"platform"}), ("GoFundMe", {"platform"}), ("Milaap", {"platform"}), ("Ketto", {"platform"}),
    ("M-Changa", {"platform"}), ("Givealittle", {"platform"}), ("Enthuse", {"platform"}),
    ("Blackbaud Institute", {"company"}), ("Charity Digital", set()), ("Divine Chocolate", set()),
    ("Change Please", set()), ("Toast Ale", set()),
]  # fmt: skip
_RESEARCH: list[tuple[str, set[str]]] = [
    ("nfpSynergy", {"lowercase", "market-research"}), ("Savanta", {"market-research"}), ("YouGov", {"market-research"}),
    ("Ipsos", {"market-research"}), ("Mintel", {"market-research"}), ("Statista", {"market-research"}),
    ("Kantar", {"market-research"}), ("Legacy Foresight", {"market-research"}), ("Third Sector Research Centre", set()),
    ("Deloitte", {"company"}), ("PwC", {"company"}), ("Bain & Company", {"ampersand", "company"}),
    ("Bain & Company and Dasra", {"ampersand", "company"}), ("McKinsey & Company", {"ampersand", "company"}),
    ("Accenture", {"company"}), ("Dunham and Company", {"company"}), ("M+R", {"company"}),
    ("Edelman", {"company"}), ("Blackbaud", {"company"}), ("Salesforce.org", {"company"}), ("Google", {"company"}),
    ("Meta", {"company"}), ("Charity Commission and Populus", {"company"}),
]  # fmt: skip
# Sector and trade press, and newspapers of the six countries.
_PRESS = ["Third Sector", "Civil Society", "UK Fundraising", "Charity Times", "Inside Housing", "The Guardian",
          "Financial Times", "BBC News", "The Irish Times", "Irish Independent", "RTÉ News", "The Hindu",
          "The Economic Times", "Hindustan Times", "Daily Nation", "The Standard", "Business Daily Africa",
          "The Chronicle of Philanthropy", "The New York Times", "NonProfit PRO", "NZ Herald", "Stuff", "RNZ",
          "Pioneers Post", "Marketing Week", "Campaign"]  # fmt: skip
_UNSIGNED = [
    "BBC News",
    "Third Sector",
    "Civil Society",
    "RTÉ News",
    "The Hindu",
    "Daily Nation",
    "RNZ",
    "Charity Times",
]
_PUBLISHERS = [("Routledge", "Abingdon"), ("Routledge", "London"), ("Wiley", "Hoboken, NJ"), ("Jossey-Bass", "San Francisco"),
               ("Sage", "London"), ("Palgrave Macmillan", "Basingstoke"), ("Palgrave Macmillan", "Cham"),
               ("Pearson", "Harlow"), ("Kogan Page", "London"), ("Directory of Social Change", "London"),
               ("Policy Press", "Bristol"), ("Bristol University Press", "Bristol"), ("Oxford University Press", "Oxford"),
               ("Cambridge University Press", "Cambridge"), ("Edward Elgar", "Cheltenham"), ("Sage India", "New Delhi"),
               ("Goodfellow Publishers", "Oxford"), ("Emerald", "Bingley")]  # fmt: skip
_JOURNALS = ["Nonprofit and Voluntary Sector Quarterly", "Journal of Philanthropy and Marketing",
             "International Journal of Nonprofit and Voluntary Sector Marketing", "Voluntas",
             "Journal of Social Marketing", "Social Marketing Quarterly", "Journal of Nonprofit & Public Sector Marketing",
             "Nonprofit Management and Leadership", "Voluntary Sector Review", "Journal of Business Ethics",
             "Journal of Public Policy & Marketing", "Journal of Marketing Management", "European Journal of Marketing",
             "Psychology & Marketing", "Journal of Business Research", "Journal of Consumer Psychology",
             "Irish Journal of Management", "IIMB Management Review", "Vikalpa", "Third Sector Review",
             "Journal of Social Entrepreneurship", "Social Enterprise Journal", "Housing Studies",
             "Journal of Marketing Communications", "Journal of Interactive Marketing"]  # fmt: skip
_TOPICS = ["donor retention", "trust in charities", "digital fundraising", "legacy giving", "cause-related marketing",
           "peer-to-peer fundraising", "regular giving", "crowdfunding", "donor loyalty", "charity brand personality",
           "social marketing", "volunteer motivation", "Gift Aid", "major donor fundraising", "charity shops",
           "face-to-face fundraising", "social enterprise branding", "online giving", "donor stewardship",
           "beneficiary imagery", "impact reporting", "GivingTuesday", "in-memory giving", "contactless donations",
           "corporate partnerships", "tenant engagement", "hospice care awareness", "animal welfare campaigns",
           "mobile money giving", "CSR partnerships", "diaspora philanthropy", "warm glow"]  # fmt: skip
_TITLE_FORMS = ["{T}: a review and research agenda", "Why people give: {t} and {u}", "The effect of {t} on {u}",
                "{T} in the UK voluntary sector", "Understanding {t}: evidence from {c}", "Rethinking {t}",
                "{T} and the donor journey", "Building trust through {t}", "{T}: what fundraisers need to know",
                "The state of {t} {y}", "{T} after the pandemic", "Does {t} crowd out {u}?",
                "{T} among younger donors in {c}", "Measuring the impact of {t}", "{T}: a systematic literature review",
                "From {t} to {u}: lessons for small charities", "{T} in emerging markets: the case of {c}"]  # fmt: skip
_COUNTRIES = ["the UK", "Ireland", "India", "Kenya", "the United States", "New Zealand", "England and Wales",
              "Scotland", "Aotearoa New Zealand", "Nairobi", "Mumbai"]  # fmt: skip
_BOOK_TITLES = ["Fundraising Principles and Practice", "Social Marketing: Changing Behaviors for Good",
                "Marketing Management for Nonprofit Organizations", "Strategic Marketing for Nonprofit Organizations",
                "Relationship Fundraising: A Donor-Based Approach to the Business of Raising Money",
                "The Routledge Companion to Nonprofit Marketing", "Social Marketing: Rebels with a Cause",
                "Charity Marketing: Contemporary Issues, Research and Practice", "Principles of Marketing",
                "Marketing: An Introduction", "The Essential Fundraising Handbook for Small Nonprofits",
                "Digital Marketing for Charities", "Legacy Fundraising: The Art of Seeking Bequests",
                "Social Enterprise: A Global Comparison", "Philanthropy in India: Trends and Challenges",
                "Nonprofit Marketing: Marketing Management for Charitable and Nongovernmental Organizations"]  # fmt: skip
_HANDBOOKS = ["The Routledge Companion to Nonprofit Marketing", "The Palgrave Handbook of Global Philanthropy",
              "Fundraising Principles and Practice", "Social Marketing: Global Perspectives, Strategies and Effects on Consumer Behavior",
              "The Routledge Handbook of Social and Sustainable Finance", "Handbook of Research on Nonprofit Marketing",
              "Contemporary Issues in Social Marketing", "The Oxford Handbook of Philanthropy",
              "Social Enterprise in Asia", "Charity Marketing: Contemporary Issues, Research and Practice"]  # fmt: skip
_REPORT_TITLES = ["UK Giving Report {y}", "CAF World Giving Index {y}", "Time Well Spent {y}: a national survey on the volunteer experience",
                  "UK Civil Society Almanac {y}", "Giving USA {y}: the annual report on philanthropy",
                  "Public trust and confidence in charities {y}", "Fundraising complaints report {y}",
                  "India Philanthropy Report {y}", "The state of legacy giving {y}", "Charity Brand Index {y}",
                  "Charity Digital Skills Report {y}", "Irish Giving Index {y}", "Fundraising Effectiveness Survey report {y}",
                  "State of Social Enterprise Survey {y}", "Benchmarks {y}", "Donor trends in Kenya {y}",
                  "Charitable giving in the United Kingdom - {y}", "Charities - UK - {y}"]  # fmt: skip
_ANNUAL = ["Annual report and accounts {y}", "Trustees' report and financial statements for the year ended 31 March {y}",
           "Impact report {y}", "Annual report {y}-{z}", "Strategy 2030", "Our year in review {y}",
           "Report of the trustees and financial statements {y}"]  # fmt: skip
_NEWS_TITLES = ["Charities warn of a squeeze on {t}", "Donors turn to {t} as living costs rise", "Why {t} is booming",
                "{T}: the sector's next big test", "Small charities struggle with {t}", "Record year for {t}, figures show",
                "Regulator issues warning on {t}", "How {t} is changing giving in {c}"]  # fmt: skip
_PRESS_TITLES = ["{O} launches new legacy campaign", "{O} reports record income from regular givers",
                 "{O} partners with a high-street bank on contactless giving", "Statement on fundraising practices",
                 "{O} appoints new chief executive", "{O} announces winter appeal"]  # fmt: skip


class Blind383WorkFactory(WorkFactory):
    """Charities', fundraisers' and social enterprises' reading lists in six countries. A subclass of WorkFactory with
    a random source of its own, so no other pool changes."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 47 + 383)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 383 + index)
                self.fakers[locale] = fake
        self.dated_organisations: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people, dates and titles
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.35:
            family, given = self.rng.choice(_REGION_NAMES)
            return {"family": family, "given": given}
        if roll < 0.4:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name().replace("-", "")
        family = family.split()[-1] if " " in family and family.split()[0].islower() else family
        if self.rng.random() < 0.06:
            family = f"{family}-{self.fakers['en_GB'].last_name()}"
        return {"family": family, "given": given}

    def year(self) -> int:
        if self.rng.random() < 0.05:  # the classics: Kotler and Levy, Andreasen, Titmuss
            return self.rng.randint(1969, 1995)
        return self.rng.randint(2005, 2024)

    def accessed_after(self, year: int | None, dated_to_day: bool = False) -> dict[str, list[list[int]]]:
        # Read after it appeared: in a later year when the work is dated to the day (no year is later than 2024).
        first = max(2023, (year or 2023) + (1 if dated_to_day else 0))
        return {"date-parts": [[self.rng.randint(first, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        topic, other = self.rng.sample(_TOPICS, 2)
        form = self.rng.choice(_TITLE_FORMS)
        title = form.format(T=topic[0].upper() + topic[1:], t=topic, u=other, c=self.rng.choice(_COUNTRIES),
                            y=self.rng.randint(2018, 2024))  # fmt: skip
        return title[0].upper() + title[1:]

    def _headline(self) -> str:
        topic = self.rng.choice(_TOPICS)
        title = self.rng.choice(_NEWS_TITLES).format(
            T=topic[0].upper() + topic[1:], t=topic, c=self.rng.choice(_COUNTRIES)
        )
        return title[0].upper() + title[1:]

    def _url(self, base: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        return (base or fake.url()) + fake.slug()

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "body", "government", "legislation", "annual-report", "press-release",
             "research", "news", "unsigned-news", "undated-web", "web-person"],
            weights=[12, 6, 24, 12, 7, 3, 8, 3, 9, 6, 3, 4, 3],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if all(p["family"] != person["family"] for p in people):
                people.append(person)
        return people

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then one organisation's second work of a year ("NCVO, 2023a" and "2023b").
        if (
            self.dated_organisations
            and "issued" in record
            and kind not in ("legislation", "news")
            and self.rng.random() < 0.12
        ):
            name, tags, issued = self.rng.choice(self.dated_organisations)
            record["issued"] = {"date-parts": [list(issued["date-parts"][0])]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(issued["date-parts"][0][0], len(issued["date-parts"][0]) > 1)
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record and kind not in ("legislation", "news"):
            self.dated_organisations.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        title = self.rng.choice(_BOOK_TITLES) if self.rng.random() < 0.6 else self._title()
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 400)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(_HANDBOOKS), "issued": {"date-parts": [[self.year()]]},
            "publisher": publisher, "publisher-place": place, "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 1200)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 54)), "page": f"{start}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.8:
            record["issue"] = str(self.rng.randint(1, 6))
        if self.rng.random() < 0.55:
            record["DOI"] = (
                f"10.{self.rng.choice([1002, 1177, 1108, 1007, 1080, 1111])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _web_person(self) -> Work:
        year = self.year() if self.rng.random() < 0.75 else None
        record: dict[str, Any] = {"type": "post-weblog", "title": self._title(), "author": self._people(2),
                                  "container-title": self.rng.choice(["UK Fundraising", "Critical Fundraising", "SOFII", "Charity Comms", "Medium"]),
                                  "URL": self._url(), "accessed": self.accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._person_work(record, "web")

    def _body(self) -> Work:
        name, tags = self.rng.choice(_BODIES)
        year = self.year() if self.rng.random() < 0.8 else None
        if self.rng.random() < 0.5:
            record: dict[str, Any] = {"type": "report", "title": self.rng.choice(_REPORT_TITLES).format(y=year or 2023),
                                      "publisher": name.split(" (")[0], "publisher-place": self.rng.choice(["London", "Dublin", "Wellington", "Nairobi", "New Delhi", "Washington, DC"])}  # fmt: skip
            kind = "report"
        else:
            record = {"type": "webpage", "title": self._title() if self.rng.random() < 0.5 else self.rng.choice(
                ["Guidance for fundraisers", "Charity fundraising: a guide to trustee duties (CC20)",                  "Register of charities", "About us", "Public benefit: the public benefit requirement (PB1)",
                 "Guidelines for charitable organisations on fundraising from the public"])}  # fmt: skip
            kind = "web"
        if year:
            record["issued"] = {"date-parts": [[year]]}
        if kind == "web" or self.rng.random() < 0.6:
            record["URL"] = self._url()
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, kind, name, set(tags))

    def _government(self) -> Work:
        name, base = self.rng.choice(_GOVERNMENT)
        year = self.year() if self.rng.random() < 0.92 else None
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage", "dataset"]) if year else "webpage",
            "title": self.rng.choice(["Community Life Survey {y}/{z}: volunteering and charitable giving",
                                      "Charitable giving statistics {y}", "Census {y}: summary results",
                                      "Statistical release: Gift Aid and other tax reliefs, {y}",
                                      "Civil Society Strategy", "Economic survey {y}", "Household giving {y}",
                                      "CSR spending summary {y}", "Nonprofit statistics {y}",
                                      "Charities and the voluntary sector: statistics"]).format(y=year or 2022, z=str((year or 2022) + 1)[-2:]),
            "URL": self._url(base), "accessed": self.accessed_after(year),
        }  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        kind = "report" if record["type"] == "report" else "web"
        return self._org_work(record, kind, name, {"government"})

    def _legislation(self) -> Work:
        name, title, url = self.rng.choice(_LEGISLATION)
        year = int(title.replace(",", "").split()[-1])
        record: dict[str, Any] = {"type": "webpage", "title": title, "issued": {"date-parts": [[year]]}, "URL": url,
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org_work(record, "legislation", name, {"government", "legislation"})

    def _annual_report(self) -> Work:
        name, tags = self.rng.choice(_ORGANISATIONS)
        year = self.year() if self.rng.random() < 0.88 else None
        if year and year < 2005:
            year += 20
        record: dict[str, Any] = {"type": "report",
                                  "title": self.rng.choice(_ANNUAL).format(y=year or 2023, z=str((year or 2023) + 1)[-2:]),
                                  "publisher": name.split(" (")[0],
                                  "publisher-place": self.rng.choice(["London", "Dublin", "Bengaluru", "Nairobi", "Auckland", "Memphis, TN", "New Delhi"])}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        if self.rng.random() < 0.7:
            record["URL"] = self._url()
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "annual-report", name, set(tags))

    def _press_release(self) -> Work:
        name, tags = self.rng.choice(_ORGANISATIONS)
        year = self.rng.randint(2016, 2024)
        short = name.split(" (")[0]
        record: dict[str, Any] = {"type": "webpage",
                                  "title": self.rng.choice(_PRESS_TITLES).format(O=short),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url(), "accessed": self.accessed_after(year, True)}  # fmt: skip
        return self._org_work(record, "press-release", name, set(tags))

    def _research(self) -> Work:
        name, tags = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.85 else None
        if year and year < 2005:
            year += 20
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(_REPORT_TITLES + _REPORT_TITLES[-2:] * 2).format(y=year or 2024)
                                  if self.rng.random() < 0.5 else self._title(), "publisher": name}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        if self.rng.random() < 0.75:
            record["URL"] = self._url()
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "report", name, set(tags))

    def _news(self) -> Work:
        year = self.rng.randint(2012, 2024)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._headline(), "author": self._people(2),
            "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(), "accessed": self.accessed_after(year, True),
        }  # fmt: skip
        return self._person_work(record, "news")

    def _unsigned_news(self) -> Work:
        year = self.rng.randint(2012, 2024)
        name = self.rng.choice(_UNSIGNED)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._headline(), "container-title": name,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(), "accessed": self.accessed_after(year, True),
        }  # fmt: skip
        return self._org_work(record, "news", name, {"press"})

    def _undated_web(self) -> Work:
        pool = _BODIES + _ORGANISATIONS
        name, tags = self.rng.choice(pool)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(
            ["Leave a gift in your will", "Ways to give", "How we use your money", "Our fundraising promise",
             "Volunteer with us", "Gift Aid explained", "Our history", "Corporate partnerships", "Start a fundraiser",
             "Fees and pricing", "Become a regular giver", "Our impact"]), "URL": self._url(),
            "accessed": self.accessed_after(None)}  # fmt: skip
        return self._org_work(record, "web", name, set(tags) | {"undated"})
