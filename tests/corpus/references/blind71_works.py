"""Works for the seventy-first held-out pool, "blind71": what US healthcare, retail, technology and non-profit
marketers studying on CIM Level 6 and 7 courses and UK MBAs online cite. HELD OUT: never tune the checker on this
pool; report its tables, never its misses. Written by a seventy-first hand, without reading the checker, its tests
or the other pools' frames, decoys and works, from how brand, growth, lifecycle, content, product-marketing and
communications marketers in New York, Chicago, Austin, Atlanta, Seattle, Boston and Los Angeles write: journal
articles from the American marketing journals with one to eight authors, US-edition textbooks, trade press
(Adweek, Advertising Age, Marketing Dive), newspapers, analyst and research firms (Gartner, Forrester, eMarketer,
Pew Research Center, Nielsen, McKinsey & Company), companies with "Inc.", "Corp.", "LLC", "L.P." and "&",
federal agencies (FTC, U.S. Census Bureau, Bureau of Labor Statistics, HHS), regulations with their C.F.R.
numbers, dissertations, LinkedIn posts and podcasts, web pages with and without access dates, undated pages, one
author's two works of one year, and American names with middle initials, suffixes, hyphenated and double
surnames, particles and accents.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES71 = ["en_US", "en_US", "en_US", "en_US", "es_MX", "es_ES", "en_IE", "it_IT", "pl_PL", "en_IN", "vi_VN",
              "ko_KR", "zh_CN", "fr_FR", "de_DE", "pt_BR"]  # fmt: skip
# (family, given) as they appear on American papers: Chinese-, Korean-, Vietnamese-, Indian-, African-American,
# Hispanic double surnames, Irish-, Italian- and Polish-American names.
_NAMES71 = [
    ("Nguyen", "Thanh Huong"), ("Tran", "Bao"), ("Pham", "Linh"), ("Le", "Quang Minh"), ("Vo", "Kim-Ly"),
    ("Chen", "Yi-Ting"), ("Wang", "Shu-Fen"), ("Zhou", "Kevin"), ("Liang", "Meiling"), ("Hsu", "Andrew C."),
    ("Kim", "Ji-hoon"), ("Park", "Soo-Jin"), ("Choi", "Daniel H."), ("Yoon", "Grace"), ("Lee", "Hyun-woo"),
    ("Patel", "Nikhil"), ("Raghunathan", "Priya"), ("Venkataraman", "Srinivas"), ("Desai", "Anjali"),
    ("Mukherjee", "Sohini"), ("Reddy", "Kavya"), ("Washington", "Darnell"), ("Jefferson", "LaToya"),
    ("Okafor", "Chinedu"), ("Adebayo", "Temitope"), ("Robinson", "Keisha M."), ("Banks", "Tyrone"),
    ("García-Márquez", "Lucía"), ("Hernández Ruiz", "José Luis"), ("Ramírez", "Ximena"), ("Peña", "Adrián"),
    ("Muñoz", "Valeria"), ("Gutiérrez-López", "Carlos"), ("O'Sullivan", "Brendan"), ("McNamara", "Colleen"),
    ("Fitzgerald", "Siobhan"), ("O'Donnell", "Patrick J."), ("DeLuca", "Gina"), ("Esposito", "Vincent"),
    ("Romano", "Angela"), ("LaRocca", "Anthony"), ("Kowalski", "Stanisław"), ("Wiśniewski", "Piotr"),
    ("Nowak", "Katarzyna"), ("Zieliński", "Mark"), ("Lindqvist", "Ingrid"), ("Müller", "Jörg"), ("Søreide", "Hanne"),
]  # fmt: skip
_PARTICLE_NAMES71 = [("de la", "Garza", "Marisol"), ("De", "Jesus", "Roberto"), ("van", "Buren", "Claire"),
                     ("da", "Costa", "Rafael"), ("Van", "Horn", "Emily"), ("del", "Rio", "Andrea"),
                     ("von", "Stein", "Erika"), ("dos", "Santos", "Thiago")]  # fmt: skip
_SUFFIXES71 = ["Jr.", "Sr.", "II", "III"]
# Who these writers cite when no person is named.
_ORGS71 = [
    ("Pew Research Center", {"research"}), ("Gartner, Inc.", {"company", "comma"}), ("Gartner", {"company"}),
    ("Forrester Research, Inc.", {"company", "comma"}), ("Forrester", {"company"}),
    ("eMarketer", {"research"}), ("Insider Intelligence", {"research"}), ("Nielsen", {"research"}),
    ("The Nielsen Company (US), LLC", {"company", "abbreviation"}), ("McKinsey & Company", {"company", "ampersand"}),
    ("Deloitte Insights", {"company"}), ("Accenture", {"company"}), ("Edelman", {"company"}),
    ("Walmart Inc.", {"company"}), ("Target Corporation", {"company"}), ("The Kroger Co.", {"company"}),
    ("CVS Health Corporation", {"company"}), ("Walgreens Boots Alliance, Inc.", {"company", "comma"}),
    ("Kaiser Permanente", {"health"}), ("Mayo Clinic", {"health"}), ("Cleveland Clinic", {"health"}),
    ("The Procter & Gamble Company", {"company", "ampersand"}), ("PepsiCo, Inc.", {"company", "comma"}),
    ("Nike, Inc.", {"company", "comma"}), ("Salesforce, Inc.", {"company", "comma"}), ("Salesforce", {"company"}),
    ("HubSpot, Inc.", {"company", "comma"}), ("HubSpot", {"company"}), ("Warby Parker Inc.", {"company"}),
    ("Patagonia, Inc.", {"company", "comma"}), ("American Red Cross", {"non-profit"}),
    ("United Way Worldwide", {"non-profit"}), ("GivingTuesday", {"non-profit"}), ("Feeding America", {"non-profit"}),
    ("St. Jude Children's Research Hospital", {"non-profit", "apostrophe"}),
    ("Kohl's, Inc.", {"company", "apostrophe", "comma"}), ("Macy's, Inc.", {"company", "apostrophe", "comma"}),
    ("Trader Joe's", {"company", "apostrophe"}), ("Dick's Sporting Goods", {"company", "apostrophe"}),
    ("Johnson & Johnson", {"company", "ampersand"}), ("AT&T Inc.", {"company", "ampersand"}),
    ("Ben & Jerry's Homemade, Inc.", {"company", "ampersand", "apostrophe"}),
    ("Interactive Advertising Bureau (IAB)", {"trade-body", "abbreviation"}), ("IAB", {"trade-body", "acronym"}),
    ("Association of National Advertisers (ANA)", {"trade-body", "abbreviation"}),
    ("American Marketing Association", {"trade-body"}), ("AMA", {"trade-body", "acronym"}),
    ("Word of Mouth Marketing Association (WOMMA)", {"trade-body", "abbreviation"}),
    ("Blackbaud Institute", {"non-profit"}), ("M+R", {"company", "punctuation"}), ("Sprout Social", {"company"}),
    ("Meta Platforms, Inc.", {"company", "comma"}), ("Google LLC", {"company"}), ("Amazon.com, Inc.", {"company", "comma"}),
    ("Shopify", {"company"}), ("Adobe", {"company"}), ("Boston Consulting Group", {"company"}),
    ("KKR & Co. L.P.", {"company", "ampersand"}), ("Brandwatch", {"company"}), ("Morning Consult", {"research"}),
]  # fmt: skip
_GOV71 = [
    ("Federal Trade Commission", {"government"}), ("Federal Trade Commission (FTC)", {"government", "abbreviation"}),
    ("FTC", {"government", "acronym"}), ("U.S. Census Bureau", {"government"}),
    ("U.S. Bureau of Labor Statistics", {"government"}), ("Bureau of Labor Statistics", {"government"}),
    ("U.S. Department of Health and Human Services", {"government"}),
    ("Centers for Disease Control and Prevention", {"government"}), ("CDC", {"government", "acronym"}),
    ("U.S. Food and Drug Administration", {"government"}), ("Federal Communications Commission", {"government"}),
    ("U.S. Small Business Administration", {"government"}), ("California Privacy Protection Agency", {"government"}),
    ("Office of the Attorney General of California", {"government"}), ("Consumer Financial Protection Bureau", {"government"}),
]  # fmt: skip
_REGULATIONS71 = [
    "Guides Concerning the Use of Endorsements and Testimonials in Advertising (16 C.F.R. Part 255)",
    "CAN-SPAM Act: a compliance guide for business",
    "Children's Online Privacy Protection Rule (16 C.F.R. Part 312)",
    "Summary of the HIPAA Privacy Rule",
    "Marketing under the HIPAA Privacy Rule (45 C.F.R. § 164.501)",
    "California Consumer Privacy Act regulations (Cal. Code Regs. tit. 11, § 7000)",
    "Health Breach Notification Rule (16 C.F.R. Part 318)",
    "Trade Regulation Rule on the use of consumer reviews and testimonials (16 C.F.R. Part 465)",
    "Made in USA Labeling Rule (16 C.F.R. Part 323)",
    "Negative option rule: click to cancel",
    "Telemarketing Sales Rule (16 C.F.R. Part 310)",
    "Green Guides: guides for the use of environmental marketing claims (16 C.F.R. Part 260)",
]
_JOURNALS71 = ["Journal of Marketing", "Journal of Marketing Research", "Journal of Consumer Research",
               "Journal of Public Policy & Marketing", "Journal of Interactive Marketing", "Journal of Retailing",
               "Journal of the Academy of Marketing Science", "Marketing Science", "Journal of Advertising",
               "Journal of Advertising Research", "Journal of Health Communication", "Health Marketing Quarterly",
               "Nonprofit and Voluntary Sector Quarterly", "Journal of Consumer Psychology", "Management Science",
               "Journal of Service Research", "International Journal of Research in Marketing"]  # fmt: skip
_PRESS71 = ["The New York Times", "The Wall Street Journal", "Advertising Age", "Adweek", "Forbes",
            "Harvard Business Review", "Marketing Dive", "Retail Dive", "Fierce Healthcare", "TechCrunch",
            "The Washington Post", "Los Angeles Times", "Chicago Tribune", "Fast Company", "Modern Retail",
            "Axios", "Bloomberg", "The Boston Globe", "Austin American-Statesman", "The Atlanta Journal-Constitution",
            "The Seattle Times", "MM+M", "Chronicle of Philanthropy", "Business Insider"]  # fmt: skip
_PUBLISHERS71 = [("Pearson", "Hoboken, NJ"), ("Pearson", "Upper Saddle River, NJ"), ("McGraw Hill", "New York"),
                 ("McGraw-Hill Education", "New York, NY"), ("Cengage Learning", "Boston, MA"), ("Wiley", "Hoboken, NJ"),
                 ("Harvard Business Review Press", "Boston, MA"), ("Portfolio/Penguin", "New York"),
                 ("Simon & Schuster", "New York"), ("Free Press", "New York"), ("Crown Business", "New York"),
                 ("Jossey-Bass", "San Francisco, CA"), ("Sage", "Thousand Oaks, CA"), ("Routledge", "New York"),
                 ("Stanford University Press", "Stanford, CA"), ("Kogan Page", "London")]  # fmt: skip
_UNIVERSITIES71 = ["University of Texas at Austin", "Northwestern University", "Emory University",
                   "University of Washington", "Boston University", "University of Southern California",
                   "Georgia State University", "New York University", "University of Illinois Chicago",
                   "Temple University"]  # fmt: skip
_TOPICS71 = ["patient acquisition", "retail media networks", "first-party data", "Black Friday promotions",
             "Cyber Monday email", "Prime Day deals", "Giving Tuesday appeals", "donor retention",
             "product-led growth", "customer lifecycle marketing", "brand purpose", "telehealth adoption",
             "pharmacy loyalty", "price transparency", "influencer disclosure", "creator partnerships",
             "Super Bowl advertising", "cause marketing", "DTC subscription churn", "account-based marketing",
             "HIPAA-compliant CRM", "consumer privacy", "Gen Z shoppers", "Hispanic consumers", "omnichannel fulfillment",
             "buy online, pick up in store", "employer branding", "health equity messaging", "peer-to-peer fundraising",
             "marketing mix modeling", "generative AI in content marketing", "B2B SaaS pricing", "brand trust",
             "private label growth", "curbside pickup", "sustainability claims", "short-form video", "loyalty apps"]  # fmt: skip
_STATES71 = ["Texas", "Georgia", "Illinois", "California", "Washington", "Massachusetts", "New York", "Oregon"]

# the makers drawn from, with their weights, and the maker for a kind asked for by name
_MAKERS71 = {"book": 11, "chapter": 5, "journal": 22, "press": 10, "web-org": 10, "web-person": 5, "report": 7,
             "government": 6, "regulation": 3, "research": 6, "dissertation": 2, "social": 3, "podcast": 2,
             "undated-web": 4}  # fmt: skip
_BY_KIND71 = {"news": "press", "web": "web-org"}


class Blind71WorkFactory(WorkFactory):
    """blind71's works, drawn from a random source of its own so the seed gives the same works every time."""

    # the kinds of work made (Work.kind); the makers drawn from are _MAKERS71
    KINDS = ("book", "chapter", "journal", "news", "web", "report", "dissertation", "social", "podcast")

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 71071)
        for index, locale in enumerate(sorted(set(_LOCALES71))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 173 + index)
                self.fakers[locale] = fake
        self.us = Faker("en_US")
        self.us.seed_instance(seed * 97 + 71)
        self.dated_orgs: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.3:
            family, given = self.rng.choice(_NAMES71)
            name = {"family": family, "given": given}
        elif roll < 0.36:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES71)
            name = {"family": family, "given": given, "non-dropping-particle": particle}
        else:
            locale = self.rng.choice(_LOCALES71)
            fake = self.fakers[locale]
            family, given = fake.last_name(), fake.first_name()
            if locale in ("ko_KR", "zh_CN"):  # romanised as on American papers
                family, given = self.rng.choice(["Kim", "Lee", "Park", "Zhang", "Liu", "Huang"]), self.us.first_name()
            name = {"family": family, "given": given}
            if locale == "en_US" and self.rng.random() < 0.35:  # a middle initial
                name["given"] = f"{given} {self.rng.choice('ABCDEFGHJKLMNPRSTW')}."
            if self.rng.random() < 0.08:
                name["family"] = f"{family}-{self.us.last_name()}"
        if self.rng.random() < 0.06:
            name["suffix"] = self.rng.choice(_SUFFIXES71)
        return name

    def _people71(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[30, 28, 18, 10, 6, 4, 2, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def organisation(self) -> tuple[str, set[str]]:
        if self.rng.random() < 0.85:
            name, tags = self.rng.choice(_ORGS71)
        else:
            name, tags = self.rng.choice(_GOV71)
        return name, set(tags)

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1970, 1999)
        return self.rng.randint(2012, 2025)

    def accessed_after(self, record: dict[str, Any]) -> dict[str, list[list[int]]]:
        start = record["issued"]["date-parts"][0][0] if "issued" in record else 2022
        year = self.rng.randint(max(start, 2023), 2025) if start < 2025 else 2025
        accessed = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        issued = record["issued"]["date-parts"][0] if "issued" in record else []
        if accessed[: len(issued)] < issued:  # read after it was published: late in its year
            accessed = [issued[0], 12, 28]
        return {"date-parts": [accessed]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS71)
        other = self.rng.choice(_TOPICS71)
        cap = topic[0].upper() + topic[1:]
        forms = [
            f"{cap} and {other}: evidence from U.S. retailers",
            f"When does {topic} pay off? A field experiment",
            f"{cap}: what marketers get wrong",
            f"The effect of {topic} on {other}",
            f"{cap} in health systems",
            f"Rethinking {topic} for nonprofits",
            f"How {self.rng.choice(['Target', 'CVS', 'Walmart', 'Nike', 'Patagonia', 'Kaiser Permanente'])} uses {topic}",
            f"{cap} in {self.rng.choice(_STATES71)}: a mixed-methods study",
            f"{cap}, {other} and the American consumer",
            f"The {self.rng.randint(2019, 2025)} state of {topic}",
            f"{self.us.catch_phrase()}: {topic} at scale",
            f"Why {topic} matters now",
        ]
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        maker = _BY_KIND71.get(kind, kind) if kind else None
        maker = maker or self.rng.choices(list(_MAKERS71), weights=list(_MAKERS71.values()))[0]
        return getattr(self, "_k_" + maker.replace("-", "_"))()

    def _person_work71(self, record: dict[str, Any], kind: str) -> Work:
        return self._person_work(record, kind)

    def _org_work71(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # now and then one organisation's two works of one year: "Pew Research Center, 2023a" and "2023b"
        if self.dated_orgs and "issued" in record and self.rng.random() < 0.12:
            name, tags, issued = self.rng.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(record)
        if "issued" in record:
            self.dated_orgs.append((name, tags, record["issued"]))
        return self._org_work(record, kind, name, tags)

    def _url(self, host: str | None = None) -> str:
        host = host or self.us.domain_name()
        return f"https://www.{host}/{self.us.slug()}"

    def _k_book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS71)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people71(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 18))
        return self._person_work71(record, "book")

    def _k_chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS71)
        start = self.rng.randint(1, 400)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people71(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": f"The handbook of {self.rng.choice(_TOPICS71)}",
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work71(record, "chapter")

    def _k_journal(self) -> Work:
        start = self.rng.randint(1, 1200)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people71(8),
            "container-title": self.rng.choice(_JOURNALS71), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(20, 90)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{start}-{start + self.rng.randint(12, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.choice(['1177', '1086', '1016', '1509'])}/{self.rng.randint(10000, 99999)}{self.rng.randint(100, 999)}"
            )
        return self._person_work71(record, "journal")

    def _k_press(self) -> Work:
        year = self.year() if self.rng.random() < 0.2 else self.rng.randint(2016, 2025)
        record: dict[str, Any] = {
            "type": self.rng.choice(["article-newspaper", "article-magazine"]), "title": self._title(),
            "container-title": self.rng.choice(_PRESS71),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(),
        }  # fmt: skip
        record["accessed"] = self.accessed_after(record)
        if self.rng.random() < 0.8:
            record["author"] = self._people71(3)
            return self._person_work71(record, "news")
        return self._org_work71(record, "news", record["container-title"], {"press"})

    def _k_web_org(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url()}
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[self.rng.randint(2014, 2025)]]}
        if self.rng.random() < 0.85:  # some writers leave the access date off
            record["accessed"] = self.accessed_after(record)
        return self._org_work71(record, "web", name, tags)

    def _k_web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people71(2),
                                  "issued": {"date-parts": [[self.rng.randint(2014, 2025)]]}, "URL": self._url()}  # fmt: skip
        if self.rng.random() < 0.85:
            record["accessed"] = self.accessed_after(record)
        return self._person_work71(record, "web")

    def _k_undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url()}
        record["accessed"] = self.accessed_after(record)
        if self.rng.random() < 0.3:
            record["author"] = self._people71(2)
            return self._person_work71(record, "web")
        name, tags = self.organisation()
        return self._org_work71(record, "web", name, tags | {"undated"})

    def _k_report(self) -> Work:
        name, tags = self.organisation()
        year = self.rng.randint(2015, 2025)
        title = self.rng.choice([f"{self.rng.choice(['Annual report', 'Impact report', 'Fiscal year', 'Corporate responsibility report', 'Form 10-K annual report'])} {year}",
                                 self._title(), f"{self.rng.choice(_TOPICS71).capitalize()} benchmark report {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0],
                                  "publisher-place": self.rng.choice(["New York, NY", "Chicago, IL", "Austin, TX", "Atlanta, GA", "Seattle, WA", "Boston, MA", "Los Angeles, CA", "Portland, OR", "Washington, DC"])}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url()
            record["accessed"] = self.accessed_after(record)
        return self._org_work71(record, "report", name, tags)

    def _k_government(self) -> Work:
        name, tags = self.rng.choice(_GOV71)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "issued": {"date-parts": [[self.rng.randint(2010, 2025)]]},
                                  "URL": f"https://www.{self.rng.choice(['ftc.gov', 'census.gov', 'bls.gov', 'hhs.gov', 'cdc.gov', 'fda.gov'])}/{self.us.slug()}"}  # fmt: skip
        record["accessed"] = self.accessed_after(record)
        return self._org_work71(record, "report" if record["type"] == "report" else "web", name, set(tags))

    def _k_regulation(self) -> Work:
        name = self.rng.choice(["Federal Trade Commission", "U.S. Department of Health and Human Services",
                                "California Privacy Protection Agency", "Federal Trade Commission (FTC)"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(_REGULATIONS71),
                                  "issued": {"date-parts": [[self.rng.randint(2003, 2025)]]},
                                  "publisher": name.split(" (")[0], "publisher-place": "Washington, DC",
                                  "URL": f"https://www.{self.rng.choice(['ftc.gov', 'hhs.gov', 'ecfr.gov', 'cppa.ca.gov'])}/{self.us.slug()}"}  # fmt: skip
        record["accessed"] = self.accessed_after(record)
        return self._org_work71(record, "report", name, {"government", "regulation"})

    def _k_research(self) -> Work:
        name = self.rng.choice(["Gartner", "Forrester", "eMarketer", "Insider Intelligence", "Nielsen", "Pew Research Center",
                                "McKinsey & Company", "Morning Consult", "Statista", "Mintel", "Edelman"])  # fmt: skip
        year = self.rng.randint(2016, 2025)
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice([
            f"US {self.rng.choice(_TOPICS71)} forecast {year}-{year + 4}", f"The {year} {self.rng.choice(_TOPICS71)} report",
            f"Share of U.S. adults who use {self.rng.choice(['TikTok', 'Instagram', 'telehealth', 'store pickup'])}, {year}",
            f"{self.rng.choice(_TOPICS71).capitalize()}: US consumer trends {year}"]),
            "publisher": name, "URL": self._url(), "issued": {"date-parts": [[year]]}}  # fmt: skip
        if self.rng.random() < 0.1:
            record.pop("issued")
        record["accessed"] = self.accessed_after(record)
        return self._org_work71(record, "report", name, {"research"})

    def _k_dissertation(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "genre": self.rng.choice(["PhD dissertation", "DBA dissertation", "Doctoral dissertation"]),
                                  "title": self._title(), "author": [self.person()],
                                  "publisher": self.rng.choice(_UNIVERSITIES71), "issued": {"date-parts": [[self.rng.randint(2010, 2025)]]}}  # fmt: skip
        return self._person_work71(record, "dissertation")

    def _k_social(self) -> Work:
        platform = self.rng.choice(["LinkedIn", "Instagram", "TikTok", "X"])
        record: dict[str, Any] = {"type": "post", "title": self._title(), "author": [self.person()],
                                  "container-title": platform,
                                  "issued": {"date-parts": [[self.rng.randint(2019, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": f"https://www.{platform.lower() if platform != 'X' else 'x'}.com/{self.us.user_name()}"}  # fmt: skip
        record["accessed"] = self.accessed_after(record)
        return self._person_work71(record, "social")

    def _k_podcast(self) -> Work:
        record: dict[str, Any] = {"type": "broadcast", "title": f"Episode {self.rng.randint(12, 480)}: {self._title()}",
                                  "author": self._people71(2),
                                  "container-title": self.rng.choice(["Marketing Over Coffee", "The CMO Podcast", "Everyone Hates Marketers", "Marketing School", "Nonprofits Are Messy"]),
                                  "issued": {"date-parts": [[self.rng.randint(2018, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url()}  # fmt: skip
        record["accessed"] = self.accessed_after(record)
        return self._person_work71(record, "podcast")
