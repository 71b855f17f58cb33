"""The blind349 pool's works: what marketers at nurseries, childcare groups, childminding agencies, after-school clubs,
baby and toddler classes, parenting apps and childcare-voucher providers in the UK, Ireland, Sweden, Australia,
Singapore and the United States cite in CIM Level 6 and 7 reports and MBA assignments.

Written without reading the checker, its tests or any other pool. Books, chapters and early-childhood and
services-marketing journal articles with one to eight authors; the DfE, Ofsted, the ONS, the CMA, HMRC, DCEDIY, Tusla,
Skolverket, SCB, ACECQA, the Productivity Commission, ECDA, HHS and UNICEF (with and without their abbreviation, two
works of one body in a year); nursery groups' and app firms' pages and annual reports with Ltd, plc, AB, Pty Ltd,
Pte. Ltd., Inc., LLC, ApS and SE; charities, trade bodies and campaigns; the press signed and unsigned; market research
with and without years; the marketing texts every candidate cites; undated pages. Swedish names with "å", "ä" and
"ö", Irish names with "O'", "Mac" and "Ní", Singaporean Chinese, Malay and Tamil names as English-language journals
print them, Australian names with "Mc" and "O'", American and British names.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "government", "company", "charity", "press", "market-research", "classic",
         "web-person", "undated-web")  # fmt: skip

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_US", "en_AU", "en_IE", "sv_SE"]
# Names as English-language journals print them (family, given).
_SWEDISH = [("Åberg", "Maria"), ("Öberg", "Johan"), ("Sjöström", "Åsa"), ("Håkansson", "Märta"), ("Lindqvist", "Björn"),
            ("Söderberg", "Karin"), ("Wahlström", "Göran"), ("Ekström", "Sofia"), ("Bäckman", "Anna"),
            ("Löfgren", "Jörgen"), ("Pramling Samuelsson", "Ingrid"), ("Sheridan", "Sonja"), ("Dahlberg", "Gunilla"),
            ("Näslund", "Linnéa"), ("Strömberg", "Elin")]  # fmt: skip
_IRISH = [("O'Sullivan", "Siobhán"), ("MacNamara", "Ciarán"), ("Ní Bhriain", "Aoife"), ("O'Donoghue", "Pádraig"),
          ("Mac Giolla Phádraig", "Róisín"), ("Ní Chonaill", "Orla"), ("O'Regan", "Niamh"), ("McGrath", "Eoin"),
          ("Hayes", "Nóirín"), ("Ó Murchú", "Seán"), ("French", "Geraldine"), ("Ní Laoire", "Caitríona")]  # fmt: skip
_SINGAPORE = [("Tan", "Wei Ling"), ("Lim", "Kok Wah"), ("Ng", "Siew Hoon"), ("Goh", "Mei Xuan"), ("Teo", "Boon Keng"),
              ("Chua", "Li Ting"), ("Abdul Rahman", "Nurul Huda"), ("Ismail", "Siti Aishah"), ("Mohd Yusof", "Farid"),
              ("Subramaniam", "Kavitha"), ("Ramasamy", "Arun"), ("Pillai", "Lakshmi"), ("Krishnan", "Devi"),
              ("Selvaraj", "Prakash"), ("Hassan", "Zulkifli")]  # fmt: skip
_AUSTRALIAN = [("McArdle", "Fiona"), ("O'Connor", "Jodie"), ("McKenzie", "Lachlan"), ("O'Brien", "Tegan"),
               ("Fenech", "Marianne"), ("Sumsion", "Jennifer"), ("McLachlan", "Claire"), ("Grieshaber", "Susan")]  # fmt: skip

_JOURNALS = ["Early Childhood Research Quarterly", "European Early Childhood Education Research Journal",
             "Journal of Early Childhood Research", "Child Care in Practice", "Australasian Journal of Early Childhood",
             "Journal of Services Marketing", "Journal of Consumer Affairs", "Journal of Marketing Management"]  # fmt: skip
_TOPICS = ["parents' choice of childcare", "funded hours and nursery fees", "the early years workforce",
           "staff retention in nurseries", "parent reviews of nurseries", "trust in childcare providers",
           "digital daily updates to parents", "parent–practitioner communication apps", "employer-supported childcare",
           "childcare vouchers and salary sacrifice", "sustainability in early childhood settings", "quality ratings",
           "for-profit childcare markets", "childminders and home-based care", "after-school clubs",
           "baby and toddler classes", "marketisation of early childhood education", "childcare deserts",
           "word of mouth among parents", "social media use by nurseries", "service quality in childcare",
           "the cost of childcare", "maternal employment and childcare", "preschool enrolment", "nursery brands"]  # fmt: skip
_PLACES = ["England", "Ireland", "Sweden", "Australia", "Singapore", "the United States", "Scotland", "New South Wales"]
_BOOK_TITLES = ["Marketing early years services", "Early childhood education and care: policy and practice",
                "The business of childcare", "Childcare markets: can they deliver an equitable service?",
                "Leading and managing in the early years", "Parents, markets and childcare",
                "Services marketing in the public and private sectors", "Understanding the early years workforce",
                "Quality in early childhood services", "Family-friendly employers"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Sage", "London"), ("Policy Press", "Bristol"),
               ("Open University Press", "Maidenhead"), ("Bloomsbury Academic", "London"), ("Allen & Unwin", "Crows Nest"),
               ("Studentlitteratur", "Lund"), ("Palgrave Macmillan", "Basingstoke"), ("Pearson", "Harlow")]  # fmt: skip
_HANDBOOKS = ["The SAGE handbook of early childhood policy", "Childcare markets: local and global perspectives",
              "International handbook of early childhood education", "The Routledge companion to services marketing",
              "Early childhood education in Sweden: policy and practice"]  # fmt: skip

# Bodies as candidates write them as authors, with and without the abbreviation.
_GOVERNMENT = [
    ("Department for Education", "gov.uk"), ("Department for Education (DfE)", "gov.uk"), ("DfE", "gov.uk"),
    ("Ofsted", "gov.uk"), ("Office for National Statistics", "ons.gov.uk"), ("Office for National Statistics (ONS)", "ons.gov.uk"),
    ("ONS", "ons.gov.uk"), ("Competition and Markets Authority (CMA)", "gov.uk"), ("Competition and Markets Authority", "gov.uk"),
    ("HM Revenue & Customs", "gov.uk"), ("HMRC", "gov.uk"),
    ("Department of Children, Equality, Disability, Integration and Youth (DCEDIY)", "gov.ie"), ("DCEDIY", "gov.ie"),
    ("Tusla", "tusla.ie"), ("Skolverket", "skolverket.se"), ("Statistics Sweden (SCB)", "scb.se"),
    ("Australian Children's Education & Care Quality Authority (ACECQA)", "acecqa.gov.au"), ("ACECQA", "acecqa.gov.au"),
    ("Productivity Commission", "pc.gov.au"), ("Early Childhood Development Agency (ECDA)", "ecda.gov.sg"),
    ("ECDA", "ecda.gov.sg"), ("U.S. Department of Health and Human Services", "hhs.gov"), ("UNICEF", "unicef.org"),
]  # fmt: skip
_GOV_TITLES = ["Childcare and early years survey of parents", "Childcare and early years providers survey",
               "Early years foundation stage statutory framework", "Childcare services market study",
               "Tax-Free Childcare statistics", "Early years entitlements: expansion guidance", "Annual report",
               "Main findings: childcare providers and inspections", "Families and the labour market",
               "National Childcare Scheme: guide for parents", "Early learning and care annual review",
               "Barn och personal i förskolan", "Förskolans kvalitet och måluppfyllelse", "Preschool data",
               "NQF snapshot", "A path to universal early childhood education and care", "Where do rich countries stand on childcare?",
               "Child care and development fund report to Congress", "Workforce and sector update"]  # fmt: skip
_COMPANIES = [
    ("Busy Bees Nurseries Ltd", "busybeeschildcare.co.uk"), ("Busy Bees", "busybeeschildcare.co.uk"),
    ("Bright Horizons Family Solutions Inc.", "brighthorizons.com"), ("Bright Horizons", "brighthorizons.co.uk"),
    ("Kido International Ltd", "kido.school"), ("Storal Learning Ltd", "storal.com"), ("G8 Education Ltd", "g8education.edu.au"),
    ("Goodstart Early Learning Ltd", "goodstart.org.au"), ("MindChamps PreSchool Ltd", "mindchamps.org"),
    ("KinderCare Education LLC", "kindercare.com"), ("Famly ApS", "famly.co"), ("Famly", "famly.co"),
    ("Edenred SE", "edenred.com"), ("Sodexo Engage", "sodexoengage.com"), ("N Family Club", "nfamilyclub.com"),
    ("AcadeMedia AB", "academedia.se"), ("Pysslingen Förskolor och Skolor AB", "pysslingen.se"),
    ("Guardian Early Learning Group Pty Ltd", "guardian.edu.au"), ("Edge Early Learning Pty Ltd", "edgeearlylearning.com.au"),
    ("Kinderland Educare Services Pte. Ltd.", "kinderland.com.sg"), ("NTUC First Campus Co-operative Ltd", "myfirstskool.com"),
    ("Mamas & Papas Ltd", "mamasandpapas.com"), ("Storypark", "storypark.com"), ("Tops Day Nurseries", "topsdaynurseries.co.uk"),
    ("Primrose School Franchising Company", "primroseschools.com"), ("The Learning Experience", "thelearningexperience.com"),
    ("Monkey Puzzle Day Nurseries", "monkeypuzzledaynurseries.com"),
]  # fmt: skip
_COMPANY_TITLES = ["Annual report and accounts", "Annual report", "Our approach to sustainability", "Careers: join our team",
                   "Why parents choose us", "Our fees and funded hours", "Employer childcare solutions", "Impact report",
                   "Gender pay gap report", "Modern slavery statement", "How our app keeps parents in the loop",
                   "Investor presentation: half-year results", "Childcare vouchers explained", "Our nurseries"]  # fmt: skip
_CHARITIES = [
    ("National Day Nurseries Association (NDNA)", "ndna.org.uk"), ("National Day Nurseries Association", "ndna.org.uk"),
    ("NDNA", "ndna.org.uk"), ("Early Years Alliance", "eyalliance.org.uk"), ("Coram Family and Childcare", "coram.org.uk"),
    ("The Sutton Trust", "suttontrust.com"), ("Pregnant Then Screwed", "pregnantthenscrewed.com"),
    ("Early Childhood Ireland", "earlychildhoodireland.ie"), ("Early Childhood Australia", "earlychildhoodaustralia.org.au"),
    ("Child Care Aware of America", "childcareaware.org"), ("Professional Association for Childcare and Early Years (PACEY)", "pacey.org.uk"),
    ("Joseph Rowntree Foundation", "jrf.org.uk"), ("Women's Budget Group", "wbg.org.uk"), ("The Children's Society", "childrenssociety.org.uk"),
]  # fmt: skip
_CHARITY_TITLES = ["Childcare survey", "Annual nursery survey", "Workforce survey: recruitment and retention",
                   "Breaking point: the impact of underfunding on the early years", "The cost of childcare",
                   "Parents' experiences of the childcare system", "Pre-budget submission", "State of the sector",
                   "Closing the gap in the early years", "Briefing: the expansion of funded hours"]  # fmt: skip
_PRESS = [("Nursery World", "nurseryworld.co.uk"), ("Nursery Management Today", "nmt-magazine.co.uk"),
          ("The Guardian", "theguardian.com"), ("The Times", "thetimes.co.uk"), ("The Irish Times", "irishtimes.com"),
          ("Dagens Nyheter", "dn.se"), ("The Sydney Morning Herald", "smh.com.au"), ("The Straits Times", "straitstimes.com"),
          ("The New York Times", "nytimes.com"), ("Mumsnet", "mumsnet.com"), ("Förskolan", "forskolan.se")]  # fmt: skip
_PRESS_TITLES = ["Nurseries warn of closures as funded hours expand", "Parents face record childcare costs",
                 "Staff shortages hit nursery groups", "Childcare chain sold to private equity",
                 "Why nursery workers are leaving the sector", "The apps that tell parents what their toddler ate",
                 "Employers turn to workplace nurseries to keep staff", "Inspection grades and what parents make of them",
                 "Förskolan saknar behöriga lärare", "Childcare subsidy changes explained",
                 "Preschool fees to fall under new cap", "Daycare costs outpace rent in most states",
                 "Is it cheaper to give up work than pay for childcare?", "Nursery group posts record profits"]  # fmt: skip
_RESEARCH = [("LaingBuisson", "laingbuisson.com"), ("Mintel", "mintel.com"), ("Statista", "statista.com"),
             ("Kantar", "kantar.com"), ("YouGov", "yougov.co.uk"), ("IBISWorld", "ibisworld.com"),
             ("Euromonitor International", "euromonitor.com")]  # fmt: skip
_RESEARCH_TITLES = ["Childcare UK market report", "Childcare and early years education: market report",
                    "Child day-care services in the UK: industry report", "Child care in Australia: industry report",
                    "Attitudes towards childcare", "Parents' use of childcare apps", "Most trusted nursery brands",
                    "Number of registered childcare places in England", "Childcare services in Sweden", "Baby and toddler classes"]  # fmt: skip
# The marketing texts every candidate cites: (authors, title, years with editions, publisher, place).
_CLASSICS = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane")], "Marketing management", [(2016, "15"), (2022, "16")], "Pearson", "Harlow"),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing: strategy, implementation and practice", [(2019, "7"), (2022, "8")], "Pearson", "Harlow"),
    ([("Wilson", "Alan"), ("Zeithaml", "Valarie A."), ("Bitner", "Mary Jo"), ("Gremler", "Dwayne D.")], "Services marketing: integrating customer focus across the firm", [(2016, "3"), (2020, "4")], "McGraw-Hill Education", "London"),
    ([("Wirtz", "Jochen"), ("Lovelock", "Christopher")], "Services marketing: people, technology, strategy", [(2016, "8"), (2022, "9")], "World Scientific", "Singapore"),
    ([("Fill", "Chris"), ("Turnbull", "Sarah")], "Marketing communications: touchpoints, sharing and disruption", [(2019, "8"), (2023, "9")], "Pearson", "Harlow"),
    ([("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], "Principles and practice of marketing", [(2019, "9"), (2023, "10")], "McGraw-Hill Education", "London"),
    ([("Sharp", "Byron")], "How brands grow: what marketers don't know", [(2010, None)], "Oxford University Press", "South Melbourne"),
    ([("Baines", "Paul"), ("Rosengren", "Sara"), ("Antonetti", "Paolo")], "Marketing", [(2022, "6")], "Oxford University Press", "Oxford"),
    ([("Ryan", "Damian")], "Understanding digital marketing", [(2020, "5")], "Kogan Page", "London"),
    ([("Johnson", "Gerry"), ("Whittington", "Richard"), ("Regnér", "Patrick"), ("Angwin", "Duncan"), ("Scholes", "Kevan")], "Exploring strategy", [(2020, "12")], "Pearson", "Harlow"),
]  # fmt: skip


class Blind349WorkFactory(WorkFactory):
    """Works of the blind349 pool, drawn from the seed alone so that a seed always gives the same report."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 349 + 11)
        self.fakers = {}
        for index, locale in enumerate(sorted(set(_LOCALES))):
            fake = Faker(locale)
            fake.seed_instance(seed * 313 + index)
            self.fakers[locale] = fake
        self.counter = 0
        self.classics: set[int] = set()
        self.organisations: list[tuple[str, str, dict[str, Any]]] = []
        self.people: list[tuple[list[dict[str, str]], int]] = []

    # ------------------------------------------------------------------ people, dates, titles
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.14:
            family, given = self.rng.choice(_SWEDISH)
        elif roll < 0.26:
            family, given = self.rng.choice(_IRISH)
        elif roll < 0.40:
            family, given = self.rng.choice(_SINGAPORE)
        elif roll < 0.48:
            family, given = self.rng.choice(_AUSTRALIAN)
        else:
            fake = self.fakers[self.rng.choice(_LOCALES)]
            family, given = fake.last_name(), fake.first_name()
        return {"family": family, "given": given}

    def year(self) -> int:
        return self.rng.randint(2008, 2025) if self.rng.random() < 0.93 else self.rng.randint(1990, 2007)

    def accessed(self) -> dict[str, list[list[int]]]:
        return {"date-parts": [[self.rng.randint(2024, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        topic, other = self.rng.choice(_TOPICS), self.rng.choice(_TOPICS)
        place = self.rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"{topic[0].upper()}{topic[1:]} and {other}",
                 f"Rethinking {topic}: evidence from {place}", f"What shapes {topic}? A study of {place}",
                 f"{topic[0].upper()}{topic[1:]}: a mixed-methods study", f"Marketing childcare: {topic} in {place}",
                 f"The role of {topic} in {other}", f"Between care and commerce: {topic} in {place}"]  # fmt: skip
        return self.rng.choice(forms)

    def _url(self, domain: str) -> str:
        return f"https://www.{domain}/{self.fakers['en_GB'].slug()}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "government", "company", "charity", "press", "market-research", "classic",
             "web-person", "undated-web"],
            weights=[8, 5, 22, 13, 11, 8, 10, 7, 8, 4, 4],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    @staticmethod
    def _access_after_issue(record: dict[str, Any]) -> None:
        """A page is read after it appears: an access date before the issue date is moved to the end of that year."""
        if "accessed" in record and "issued" in record:
            issued = record["issued"]["date-parts"][0]
            if record["accessed"]["date-parts"][0][: len(issued)] < issued:
                record["accessed"] = {"date-parts": [[issued[0], 12, 30]]}

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        self._access_after_issue(record)
        self.counter += 1
        record["id"] = f"w{self.counter}"
        first = record["author"][0]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, first["family"], year, False, len(record["author"]), kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then a second work of one body in one year ("Ofsted, 2023a" and "2023b"); only dated works.
        if "issued" in record and self.organisations and self.rng.random() < 0.12:
            name, kind_of, issued = self.rng.choice(self.organisations)
            tags = {kind_of}
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "publisher" in record:
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.organisations.append((name, next(iter(tags)), record["issued"]))
        self.counter += 1
        record["id"] = f"w{self.counter}"
        record["author"] = [{"literal": name}]
        self._access_after_issue(record)
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        if "&" in name:
            tags = tags | {"ampersand"}
        if "'" in name:
            tags = tags | {"apostrophe"}
        if "(" in name:
            tags = tags | {"abbreviation"}
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        title = self.rng.choice(_BOOK_TITLES) if self.rng.random() < 0.4 else self._title()
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 5))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS[:5])
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))], "container-title": self.rng.choice(_HANDBOOKS),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        if self.people and self.rng.random() < 0.08:  # one team's two papers of one year ("2021a", "2021b")
            authors, year = self.rng.choice(self.people)
            authors = [dict(a) for a in authors]
        else:
            authors, year = self._people(8), self.year()
            self.people.append((authors, year))
        start = self.rng.randint(1, 700)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": authors,
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[year]]},
            "volume": str(self.rng.randint(8, 66)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{start}-{start + self.rng.randint(9, 24)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _government(self) -> Work:
        name, domain = self.rng.choice(_GOVERNMENT)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(_GOV_TITLES),
                                  "issued": {"date-parts": [[self.rng.randint(2012, 2025)]]}, "URL": self._url(domain),
                                  "accessed": self.accessed()}  # fmt: skip
        if record["type"] == "report" and self.rng.random() < 0.3:
            del record["URL"], record["accessed"]
            record["publisher"] = name.split(" (")[0]
        return self._org_work(record, "government", name, {"government"})

    def _company(self) -> Work:
        name, domain = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {"type": self.rng.choice(["webpage", "webpage", "report"]),
                                  "title": self.rng.choice(_COMPANY_TITLES), "URL": self._url(domain), "accessed": self.accessed()}  # fmt: skip
        if record["title"].startswith(("Annual", "Impact", "Gender")):
            record["title"] += f" {self.rng.randint(2019, 2024)}"
        if record["type"] == "report" or self.rng.random() < 0.75:
            record["issued"] = {"date-parts": [[self.rng.randint(2015, 2025)]]}
        return self._org_work(record, "company", name, {"company"})

    def _charity(self) -> Work:
        name, domain = self.rng.choice(_CHARITIES)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(_CHARITY_TITLES),
                                  "URL": self._url(domain), "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[self.rng.randint(2012, 2025)]]}
        return self._org_work(record, "charity", name, {"charity"})

    def _press(self) -> Work:
        paper, domain = self.rng.choice(_PRESS)
        year = self.rng.randint(2015, 2025)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self.rng.choice(_PRESS_TITLES), "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(domain), "accessed": self.accessed(),
        }  # fmt: skip
        if self.rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person_work(record, "press")
        return self._org_work(record, "press", paper, {"press"})

    def _market_research(self) -> Work:
        name, domain = self.rng.choice(_RESEARCH)
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(_RESEARCH_TITLES), "publisher": name,
                                  "URL": self._url(domain), "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.88:
            year = self.rng.randint(2016, 2025)
            record["issued"] = {"date-parts": [[year]]}
            if self.rng.random() < 0.4:
                record["title"] += f" {year}"
        return self._org_work(record, "market-research", name, {"market-research"})

    def _classic(self) -> Work:
        left = [i for i in range(len(_CLASSICS)) if i not in self.classics]
        if not left:
            return self._book()
        index = self.rng.choice(left)
        self.classics.add(index)
        authors, title, editions, publisher, place = _CLASSICS[index]
        year, edition = self.rng.choice(editions)
        record: dict[str, Any] = {"type": "book", "title": title, "author": [{"family": f, "given": g} for f, g in authors],
                                  "issued": {"date-parts": [[year]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if edition:
            record["edition"] = edition
        return self._person_work(record, "classic")

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "post-weblog", "title": self._title(), "author": self._people(2),
                                  "issued": {"date-parts": [[self.rng.randint(2016, 2025)]]},
                                  "URL": self._url(self.rng.choice(["medium.com", "linkedin.com/pulse", "famly.co/blog", "nurseryworld.co.uk/opinion"])),
                                  "accessed": self.accessed()}  # fmt: skip
        return self._person_work(record, "web-person")

    def _undated_web(self) -> Work:
        pool = self.rng.choice([_COMPANIES, _CHARITIES, _GOVERNMENT])
        name, domain = self.rng.choice(pool)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(_COMPANY_TITLES + _CHARITY_TITLES),
                                  "URL": self._url(domain), "accessed": self.accessed()}  # fmt: skip
        return self._org_work(record, "undated-web", name, {"undated"})
