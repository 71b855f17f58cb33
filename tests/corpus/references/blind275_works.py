"""The blind275 pool's works: what marketers at hair salons, barbers, beauty and nail salons, salon-product brands and
booking platforms in the UK, Ireland, Australia and the Netherlands cite in CIM Level 6 and 7 reports and MBA
assignments.

Written without reading the checker, its tests or any other pool. Textbooks and chapters, services, retailing,
hospitality and small-business journals with one to eight authors, the classic marketing texts, trade and public
bodies' reports (two works of one body in a year now and then), legislation as Great Britain and Ireland publish it,
firms' pages and annual reports (plc, Ltd, Pty Ltd, B.V., Inc.), the trade press signed and unsigned, market research
with and without years, personal blog posts and undated pages. Names as the region's scholars print them: Irish Ó, Ní
and Mac, Dutch van, de and van der, Australian and British names, and the names of Europe and Asia on its papers.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IE", "en_IE", "en_AU", "en_AU", "nl_NL", "nl_NL", "en_NZ", "pl_PL", "it_IT"]
_IRISH = [("Ó Súilleabháin", "Máire"), ("Ní Bhriain", "Aoife"), ("Mac Giolla Phádraig", "Seán"), ("Ó Ceallaigh", "Pádraig"),
          ("Ní Fhlatharta", "Síle"), ("MacCarthy", "Orla"), ("O'Donoghue", "Ciara"), ("McGrath", "Eoin"),
          ("Ó Néill", "Caoimhe"), ("Nic Aodha", "Gráinne"), ("O'Shea", "Niamh"), ("Mac Mathúna", "Darragh")]  # fmt: skip
_DUTCH = [("van", "Dijk", "Sanne"), ("de", "Jong", "Lieke"), ("van der", "Meer", "Bram"), ("van den", "Berg", "Femke"),
          ("de", "Vries", "Joost"), ("van 't", "Hof", "Marloes"), ("ter", "Horst", "Wouter"), ("van", "Leeuwen", "Noor")]  # fmt: skip
_OTHER = [("Nguyen", "Thi Hoa"), ("Tran", "Minh"), ("Zhang", "Yue"), ("Kaur", "Harpreet"), ("Patel", "Nisha"),
          ("Okafor", "Adaeze"), ("Kowalska", "Agnieszka"), ("Papadopoulos", "Eleni"), ("Yılmaz", "Zeynep"),
          ("Søndergaard", "Mette"), ("Lim", "Wei Ling"), ("Kim", "Ji-yeon"), ("Al-Khatib", "Rana"), ("Jørgensen", "Lars")]  # fmt: skip

_JOURNALS = ["Journal of Retailing and Consumer Services", "Journal of Services Marketing",
             "International Journal of Hospitality Management", "Journal of Small Business and Enterprise Development",
             "Journal of Marketing Management", "Journal of Service Theory and Practice", "International Journal of Retail & Distribution Management",
             "Journal of Business Research", "Journal of Fashion Marketing and Management", "International Small Business Journal",
             "Service Industries Journal", "Journal of Consumer Behaviour", "Journal of Research in Interactive Marketing"]  # fmt: skip
_TOPICS = ["salon loyalty", "client retention in hair salons", "the stylist-client relationship", "rent-a-chair working",
           "franchise growth", "online booking", "no-show behaviour", "Instagram before-and-after posts",
           "beauty influencers", "service recovery", "word of mouth among salon clients", "small-firm marketing",
           "professional haircare brands", "B2B trade marketing", "salon retail sales", "customer experience in barbershops",
           "men's grooming", "nail bars", "self-employment in hairdressing", "online reviews of personal services",
           "social media marketing in micro-firms", "loyalty programmes", "service quality", "dynamic pricing",
           "sustainability in salons", "gig work in beauty"]  # fmt: skip
_FORMS = ["{T}: evidence from UK hair salons", "Understanding {T} in personal services", "{T} and customer loyalty",
          "The role of {T} in small service firms", "Rethinking {T}: a qualitative study", "{T} in the beauty industry",
          "Does {T} pay? A study of Irish salons", "{T} among Australian consumers", "Exploring {T} in Dutch service SMEs",
          "When the stylist leaves: {T} and switching", "A framework for {T}", "{T} and the experience economy"]  # fmt: skip

_TRADE_BODIES = [
    ("National Hair & Beauty Federation (NHBF)", {"trade-body", "ampersand", "abbreviation"}),
    ("National Hair & Beauty Federation", {"trade-body", "ampersand"}), ("NHBF", {"trade-body", "acronym"}),
    ("British Beauty Council", {"trade-body"}), ("Hair and Beauty Industry Authority (HABIA)", {"trade-body", "abbreviation"}),
    ("HABIA", {"trade-body", "acronym"}), ("Hair & Barber Council", {"trade-body", "ampersand"}),
    ("Irish Hairdressers' Federation", {"trade-body", "apostrophe"}), ("Hair and Beauty Australia", {"trade-body"}),
    ("Professional Beauty Association", {"trade-body"}), ("Chartered Institute of Marketing (CIM)", {"trade-body", "abbreviation"}),
    ("Federation of Small Businesses (FSB)", {"trade-body", "abbreviation"}), ("British Franchise Association", {"trade-body"}),
    ("Franchise Council of Australia", {"trade-body"}), ("ANKO", {"trade-body", "acronym"}),
]  # fmt: skip
_GOVERNMENT = [
    ("Health and Safety Executive", {"government"}), ("HSE", {"government", "acronym"}),
    ("Competition and Markets Authority", {"government"}), ("Competition and Markets Authority (CMA)", {"government", "abbreviation"}),
    ("HM Revenue & Customs", {"government", "ampersand"}), ("HMRC", {"government", "acronym"}),
    ("Office for National Statistics", {"government"}), ("Office for National Statistics (ONS)", {"government", "abbreviation"}),
    ("Central Statistics Office", {"government"}), ("CSO", {"government", "acronym"}),
    ("Australian Bureau of Statistics", {"government"}), ("Centraal Bureau voor de Statistiek (CBS)", {"government", "abbreviation"}),
    ("Department for Business and Trade", {"government"}), ("Institute for Apprenticeships and Technical Education", {"government"}),
    ("Enterprise Ireland", {"government"}), ("Kamer van Koophandel", {"government"}),
]  # fmt: skip
_COMPANIES = [
    ("Regis Corporation", {"company"}), ("Olaplex Holdings, Inc.", {"company", "comma"}), ("Olaplex", {"company"}),
    ("Sally Beauty Holdings, Inc.", {"company", "comma"}), ("Sally Beauty", {"company"}), ("Toni & Guy", {"company", "ampersand"}),
    ("TONI&GUY", {"company", "ampersand"}), ("Rush Hair Ltd", {"company"}), ("Headmasters", {"company"}),
    ("Supercuts", {"company"}), ("Bloww Ltd", {"company"}), ("Hershesons", {"company"}),
    ("Neville Hair & Beauty", {"company", "ampersand"}), ("Peter Mark", {"company"}), ("Just Cuts Pty Ltd", {"company"}),
    ("L'Oréal Professionnel", {"company", "apostrophe"}), ("L'Oréal", {"company", "apostrophe"}), ("Wella Company", {"company"}),
    ("Jemella Group Ltd", {"company"}), ("ghd", {"company"}), ("Fresha", {"company"}), ("Fresha.com, SL", {"company", "comma"}),
    ("Treatwell", {"company"}), ("Treatwell B.V.", {"company"}), ("Booksy Inc.", {"company"}), ("Booksy", {"company"}),
    ("Phorest", {"company"}), ("Phorest Salon Software", {"company"}), ("Salon Scale", {"company"}),
    ("Coty Inc.", {"company"}), ("Kérastase", {"company"}), ("Hairhouse Pty Ltd", {"company"}),
]  # fmt: skip
_ANNUAL = [
    ("Regis Corporation", "Form 10-K: annual report for the fiscal year ended June 30, {Y}"),
    ("Olaplex Holdings, Inc.", "Annual report on Form 10-K for the fiscal year {Y}"),
    ("Sally Beauty Holdings, Inc.", "{Y} annual report"), ("Coty Inc.", "Fiscal {Y} annual report"),
    ("L'Oréal", "{Y} universal registration document"), ("Jemella Group Ltd", "Annual report and financial statements {Y}"),
    ("Rush Hair Ltd", "Report and financial statements for the year ended 31 March {Y}"),
    ("Treatwell B.V.", "Jaarverslag {Y}"), ("Just Cuts Pty Ltd", "Franchise disclosure document {Y}"),
    ("Wella Company", "{Y} ESG report"),
]  # fmt: skip
_PRESS = ["Professional Beauty", "Hairdressers Journal International", "Salon Business", "Creative Head",
          "Modern Barber", "Marketing Week", "The Irish Times", "Australian Hair Fashion", "Retail Gazette", "The Guardian"]  # fmt: skip
_RESEARCH = ["Mintel", "IBISWorld", "Statista", "Kantar", "Mintel Group Ltd", "Euromonitor International", "YouGov"]
_MARKETS = ["haircare", "hair and beauty salons", "barbers", "nail salons", "men's grooming", "beauty and personal care",
            "professional haircare", "hair colourants", "styling tools", "salon services"]  # fmt: skip
_REGIONS = ["UK", "Ireland", "Australia", "the Netherlands", "Europe"]
_CLASSICS = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Chernev", "Alexander")], "Marketing management", "Pearson", "Harlow", 2022, "16"),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow", 2022, "8"),
    ([("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], "Principles and practice of marketing", "McGraw-Hill", "London", 2020, "9"),
    ([("Zeithaml", "Valarie A."), ("Bitner", "Mary Jo"), ("Gremler", "Dwayne D.")], "Services marketing: integrating customer focus across the firm", "McGraw-Hill", "New York", 2018, "7"),
    ([("Wirtz", "Jochen"), ("Lovelock", "Christopher")], "Services marketing: people, technology, strategy", "World Scientific", "Singapore", 2021, "9"),
    ([("Sharp", "Byron")], "How brands grow: what marketers don't know", "Oxford University Press", "Melbourne", 2010, None),
    ([("Pine", "B. Joseph"), ("Gilmore", "James H.")], "The experience economy", "Harvard Business Review Press", "Boston, MA", 2019, "updated"),
    ([("Ryan", "Damian")], "Understanding digital marketing", "Kogan Page", "London", 2020, "5"),
    ([("Johnson", "Gerry"), ("Whittington", "Richard"), ("Regnér", "Patrick"), ("Angwin", "Duncan"), ("Scholes", "Kevan")], "Exploring strategy: text and cases", "Pearson", "Harlow", 2020, "12"),
    ([("Kapferer", "Jean-Noël")], "The new strategic brand management", "Kogan Page", "London", 2012, "5"),
    ([("Reichheld", "Frederick F.")], "The loyalty effect", "Harvard Business School Press", "Boston, MA", 1996, None),
    ([("Fill", "Chris"), ("Turnbull", "Sarah")], "Marketing communications: touchpoints, sharing and disruption", "Pearson", "Harlow", 2019, "8"),
]  # fmt: skip


class Blind275WorkFactory(WorkFactory):
    """Works cited by salon, barber, beauty and booking-platform marketers in the UK, Ireland, Australia and the
    Netherlands. A subclass, so the other pools' factories are unchanged."""

    KINDS = ("book", "chapter", "journal", "classic", "trade-body", "government", "legislation", "company-web",
             "annual-report", "press", "market-research", "web-person", "undated-web")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 275)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.classics: list[int] = list(range(len(_CLASSICS)))
        self.rng.shuffle(self.classics)
        self.dated: list[tuple[str, set[str], list[int]]] = []

    # ------------------------------------------------------------------ people and dates
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.12:
            family, given = self.rng.choice(_IRISH)
            return {"family": family, "given": given}
        if roll < 0.2:
            particle, family, given = self.rng.choice(_DUTCH)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.3:
            family, given = self.rng.choice(_OTHER)
            return {"family": family, "given": given}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():  # Dutch Faker's "van Dam": the particle apart
            particle = []
            while len(words) > 1 and words[0].islower():
                particle.append(words.pop(0))
            return {"family": " ".join(words), "given": given, "non-dropping-particle": " ".join(particle)}
        if self.rng.random() < 0.06:
            family = f"{family}-{self.fakers['en_GB'].last_name()}"
        return {"family": family, "given": given}

    def year(self) -> int:
        return self.rng.randint(2009, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        start = max(2022, issued[0] if issued else 2022)
        year = self.rng.randint(start, 2025)
        month = self.rng.randint(1, 12)
        day = self.rng.randint(1, 28)
        if issued and year == issued[0]:
            month = max(month, issued[1] if len(issued) > 1 else 1)
            if len(issued) > 2 and month == issued[1]:
                day = max(day, issued[2])
        return {"date-parts": [[year, month, day]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        title = self.rng.choice(_FORMS).replace("{T}", topic)
        return title[0].upper() + title[1:]

    def _url(self, host: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        return f"https://www.{host}/{fake.slug()}" if host else fake.url() + fake.uri_path()

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then a second work of a body already cited, in the same year ("NHBF, 2023a" and "2023b").
        if self.dated and "issued" in record and self.rng.random() < 0.12:
            name, tags, issued = self.rng.choice(self.dated)
            record["issued"] = {"date-parts": [list(issued)]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(issued)
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated.append((name, tags, record["issued"]["date-parts"][0]))
        return self._org_work(record, kind, name, tags)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            list(self.KINDS), weights=[10, 5, 22, 6, 10, 8, 2, 9, 3, 9, 8, 5, 3]
        )[0]  # fmt: skip
        return getattr(self, "_k_" + kind.replace("-", "_"))()

    def _k_book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self._title(), "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Kogan Page", "Sage", "Pearson", "Palgrave Macmillan", "Goodfellow Publishers",
                                          "Cengage", "Edward Elgar", "Wiley", "Emerald Publishing"]),
            "publisher-place": self.rng.choice(["London", "Abingdon", "Oxford", "Harlow", "Cheltenham", "Bingley", "Melbourne", "Dublin"]),
        }  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _k_chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The Routledge handbook of service marketing", "Small business marketing: a reader",
                                                "Hospitality and beauty services management", "The Palgrave handbook of franchising",
                                                "Contemporary issues in services marketing"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "Palgrave Macmillan", "Edward Elgar"]),
            "publisher-place": self.rng.choice(["Abingdon", "Cham", "Cheltenham"]),
            "page": f"{(start := self.rng.randint(1, 320))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _k_journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(5, 80)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{(start := self.rng.randint(1, 1200))}-{start + self.rng.randint(9, 26)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.choice(['1016', '1108', '1080', '1111'])}/{self.fakers['en_GB'].lexify('????').upper()}-{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _k_classic(self) -> Work:
        if not self.classics:
            return self._k_book()
        authors, title, publisher, place, year, edition = _CLASSICS[self.classics.pop()]
        record: dict[str, Any] = {
            "type": "book", "title": title, "author": [{"family": f, "given": g} for f, g in authors],
            "issued": {"date-parts": [[year]]}, "publisher": publisher, "publisher-place": place,
        }  # fmt: skip
        if edition:
            record["edition"] = edition
        work = self._person_work(record, "classic")
        return work

    def _k_trade_body(self) -> Work:
        name, tags = self.rng.choice(_TRADE_BODIES)
        year = self.year()
        title = self.rng.choice([
            f"Industry statistics {year}", "Hair and beauty industry report",
            "The value of the hair and beauty industry", "Apprenticeships in hair and beauty: a guide for employers",
            "Rent-a-chair and self-employment: guidance for salon owners", self._title(),
            f"Salon pricing survey {year}", "Member survey: trading conditions",
        ])  # fmt: skip
        place = (
            "Dublin"
            if "Irish" in name
            else "Sydney"
            if "Australia" in name
            else "Amsterdam"
            if name == "ANKO"
            else "London"
        )
        record: dict[str, Any] = {
            "type": "report",
            "title": title,
            "publisher": name.split(" (")[0],
            "publisher-place": place,
        }
        if self.rng.random() < 0.85 or str(year) in title:
            record["issued"] = {"date-parts": [[year]]}
        if self.rng.random() < 0.7:
            record["URL"] = self._url("nhbf.co.uk" if "NHBF" in name or "National Hair" in name else None)
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        return self._org(record, "trade-body", name, tags)

    def _k_government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        title = self.rng.choice([
            "Hairdressing and beauty: health and safety guidance", "Work-related contact dermatitis in hairdressing",
            "Online reviews and endorsements: guidance for businesses", "VAT registration thresholds",
            "Business population estimates", "Personal services: turnover by enterprise size",
            "Employment in personal service activities", "Counts of Australian businesses, including entries and exits",
            "Business demography", "Household spending on personal care", self._title(),
        ])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[self.year()]]}, "URL": self._url("gov.uk/guidance" if "H" in name[:2] else None)}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._org(record, "government", name, tags)

    def _k_legislation(self) -> Work:
        name, title, year, host = self.rng.choice([
            ("Great Britain", "Hairdressers (Registration) Act 1964", 1964, "legislation.gov.uk/ukpga/1964/89"),
            ("Great Britain", "Equality Act 2010", 2010, "legislation.gov.uk/ukpga/2010/15/contents"),
            ("Great Britain", "Consumer Rights Act 2015", 2015, "legislation.gov.uk/ukpga/2015/15/contents"),
            ("Great Britain", "Digital Markets, Competition and Consumers Act 2024", 2024, "legislation.gov.uk/ukpga/2024/13"),
            ("Ireland", "Equal Status Act 2000", 2000, "irishstatutebook.ie/eli/2000/act/8"),
            ("Ireland", "Consumer Rights Act 2022", 2022, "irishstatutebook.ie/eli/2022/act/37"),
        ])  # fmt: skip
        record: dict[str, Any] = {"type": "book", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": "The Stationery Office" if name == "Great Britain" else "Stationery Office",
                                  "publisher-place": "London" if name == "Great Britain" else "Dublin",
                                  "URL": f"https://www.{host}", "accessed": self._accessed_after([year])}  # fmt: skip
        if any(w.record.get("title") == title for w in getattr(self, "_made", [])):
            return self._k_government()
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        work = Work(record, name, str(year), True, 1, "legislation", {"legislation", "organisation"})
        self._made = [*getattr(self, "_made", []), work]
        return work

    def _k_company_web(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        title = self.rng.choice([
            "About us", "Our story", "Franchise with us", "Education and academy courses", "Loyalty rewards: how it works",
            "Salon software features", "Pricing", "Our sustainability commitments", "Press centre", "Find a salon",
            "Partner with us: for salon owners", "Investor relations", "Careers: join our team", "Booking terms and cancellation policy",
        ])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": title, "URL": self._url()}
        if self.rng.random() < 0.65:
            record["issued"] = {"date-parts": [[self.year()]]}
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        return self._org(record, "company-web", name, tags)

    def _k_annual_report(self) -> Work:
        name, title = self.rng.choice(_ANNUAL)
        year = self.rng.randint(2016, 2024)
        record: dict[str, Any] = {"type": "report", "title": title.replace("{Y}", str(year)),
                                  "issued": {"date-parts": [[year + 1 if "fiscal year ended" in title else year]]},
                                  "publisher": name}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url()
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._org(record, "annual-report", name, {"company"})

    def _k_press(self) -> Work:
        year = self.year()
        container = self.rng.choice(_PRESS)
        title = self.rng.choice([
            f"{self.rng.choice(['Rush', 'Headmasters', 'Supercuts', 'Just Cuts', 'Toni & Guy', 'Bloww', 'Hershesons'])} plans new openings",
            "Salons count the cost of no-shows", "Why booking apps are changing the high street", self._title(),
            "Rent-a-chair: the rise of the self-employed stylist", "Barbering boom slows as prices rise",
            "Inside the franchise model", "How salons are using TikTok", "Trade brands rethink their education offer",
        ])  # fmt: skip
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": title, "container-title": container,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}, "URL": self._url(),
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "press")
        return self._org(record, "press", container, {"press"})

    def _k_market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        market, region = self.rng.choice(_MARKETS), self.rng.choice(_REGIONS)
        year = self.year() if self.rng.random() < 0.85 else None
        title = self.rng.choice([
            f"{market.capitalize()} - {region.replace('the ', '').upper() if region == 'UK' else region.replace('the ', '')} - {year or 2024}",
            f"{market.capitalize()} in {region} - market research report", f"{market.capitalize()} in {region}: market size {year or 2023}",
            f"Share of consumers in {region} visiting {market} monthly", f"{market.capitalize()}: consumer trends",
        ])  # fmt: skip
        record: dict[str, Any] = {
            "type": "report",
            "title": title,
            "publisher": name,
            "URL": self._url(f"{name.split()[0].lower()}.com"),
        }
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after([year] if year else None)
        return self._org(record, "market-research", name, {"market-research"})

    def _k_web_person(self) -> Work:
        record: dict[str, Any] = {
            "type": "post-weblog", "title": self._title(), "author": self._people(2),
            "container-title": self.rng.choice(["Fresha blog", "Phorest Academy", "Salon Scale blog", "Treatwell Partner blog", "Booksy Biz"]),
            "issued": {"date-parts": [[self.year(), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}, "URL": self._url(),
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "web-person")

    def _k_undated_web(self) -> Work:
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self._title(),
            "URL": self._url(),
            "accessed": self._accessed_after(None),
        }
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            return self._person_work(record, "undated-web")
        name, tags = self.rng.choice(_COMPANIES + _TRADE_BODIES)
        return self._org_work(record, "undated-web", name, tags | {"undated"})
