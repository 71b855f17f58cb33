"""The blind296 pool's works: what marketers at coworking, flexible-office and serviced-office operators, landlords,
proptech firms and startup hubs in the UK, India, Israel, China, Singapore and the Netherlands cite in CIM Level 6
and 7 reports and MBA assignments.

Books, chapters and journal articles with one to eight authors (corporate real estate, facilities, property
investment, B2B marketing, entrepreneurship and work journals), the marketing texts every candidate cites, reports of
governments and public bodies (ONS, the GLA, NASSCOM, the RBI, the Israel Innovation Authority, the National Bureau
of Statistics of China, the URA, CBS, the OECD, the ILO; two works of one body in a year), operators' pages and
annual reports ("plc", "Ltd", "Limited", "Pvt. Ltd", "Inc.", "N.V.", "B.V.", "Pte. Ltd."), the property, business
and tech press signed and unsigned, property advisers' and market-research reports with and without years, and
undated pages. Names as the region's scholars print them: Indian authors with initials before the surname, South
Indian authors with a father's initial and no surname, Israeli Hebrew names, Chinese names family name first,
Singaporean Chinese names, Dutch "van", "van der" and "de", British names and Turkish-Dutch names.
Written without reading the checker, its tests or any other pool.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "report", "government", "company-report", "web", "news", "market-research")

# Indian authors as journals print them: initials then surname ("Sharma, R.K."), given as initials.
_INDIAN = [("Sharma", "R. K."), ("Gupta", "A."), ("Mehta", "P. N."), ("Iyer", "S."), ("Banerjee", "Ananya"),
           ("Deshpande", "Rohit"), ("Reddy", "K. V."), ("Kapoor", "Neha"), ("Chaudhary", "M. S."), ("Agarwal", "Pooja"),
           ("Nair", "Vineeth"), ("Joshi", "H."), ("Malhotra", "Kabir"), ("Pillai", "R."), ("Mukherjee", "Debasis")]  # fmt: skip
# South Indian authors with no surname: the personal name is printed as the family name, the father's initial as given.
_SOUTH_INDIAN = [("Senthilkumar", "R."), ("Balasubramanian", "K."), ("Thirumalai", "S."), ("Venkatesan", "M."),
                 ("Karthikeyan", "P."), ("Lakshmi", "V."), ("Ramanathan", "G."), ("Saravanan", "N."),
                 ("Muthukumar", "A."), ("Selvi", "T.")]  # fmt: skip
_ISRAELI = [("Cohen", "Yael"), ("Levi", "Noa"), ("Mizrahi", "Avi"), ("Ben-David", "Tamar"), ("Shapira", "Eitan"),
            ("Peretz", "Shira"), ("Friedman", "Ronit"), ("Katz", "Yossi"), ("Avraham", "Michal"), ("Bar-Lev", "Gilad"),
            ("Ben-Ami", "Oren"), ("Rosenthal", "Dafna"), ("Goldberg", "Itai"), ("Zur", "Hila"), ("Ohana", "Moshe")]  # fmt: skip
# Mainland Chinese names in pinyin, family name first as the reference manager keeps it.
_CHINESE = [("Wang", "Jianguo"), ("Zhang", "Xiaoyan"), ("Li", "Yuqing"), ("Liu", "Haoran"), ("Chen", "Zhiwei"),
            ("Yang", "Lu"), ("Zhou", "Mingyu"), ("Wu", "Ting"), ("Xu", "Jiayi"), ("Sun", "Peng"), ("Zhu", "Lin"),
            ("Hu", "Xiaodong"), ("Guo", "Shuang"), ("He", "Qian"), ("Gao", "Yifan"), ("Lü", "Wenjing")]  # fmt: skip
_SINGAPOREAN = [("Tan", "Boon Huat"), ("Lim", "Wei Ling"), ("Ng", "Kok Wah"), ("Goh", "Siew Hoon"), ("Teo", "Jia Hui"),
                ("Koh", "Eng Kiat"), ("Chua", "Mei Xin"), ("Ong", "Chee Keong")]  # fmt: skip
_DUTCH_PARTICLE = [("van", "Dijk", "Sanne"), ("van der", "Meer", "Joost"), ("de", "Vries", "Femke"), ("van den", "Berg", "Pieter"),
                   ("de", "Jong", "Maarten"), ("van", "Leeuwen", "Iris"), ("van der", "Voordt", "Theo"), ("ten", "Brink", "Anouk"),
                   ("de", "Graaf", "Ruben"), ("van", "Meel", "Juriaan")]  # fmt: skip
_DUTCH_TURKISH = [("Öztürk", "Emre"), ("Yıldız", "Selin"), ("Şahin", "Mehmet"), ("Çelik", "Aylin"), ("Bakker", "Lotte"),
                  ("Janssen", "Bram"), ("Smit", "Noor"), ("Kok", "Thijs")]  # fmt: skip

_GOVERNMENT: list[tuple[str, set[str], str]] = [
    ("Office for National Statistics", {"government"}, "https://www.ons.gov.uk/"),
    ("Office for National Statistics (ONS)", {"government", "abbreviation"}, "https://www.ons.gov.uk/"),
    ("Greater London Authority", {"government"}, "https://www.london.gov.uk/"),
    ("Greater London Authority (GLA)", {"government", "abbreviation"}, "https://www.london.gov.uk/"),
    ("Department for Business and Trade", {"government"}, "https://www.gov.uk/government/publications/"),
    ("NASSCOM", {"trade-body", "acronym"}, "https://nasscom.in/knowledge-center/publications/"),
    ("Reserve Bank of India", {"government"}, "https://www.rbi.org.in/Scripts/PublicationsView.aspx?id="),
    ("Ministry of Electronics & Information Technology", {"government", "ampersand"}, "https://www.meity.gov.in/"),
    ("Israel Innovation Authority", {"government"}, "https://innovationisrael.org.il/en/reports/"),
    ("Israel Central Bureau of Statistics", {"government"}, "https://www.cbs.gov.il/en/publications/"),
    ("National Bureau of Statistics of China", {"government"}, "https://www.stats.gov.cn/english/"),
    ("Urban Redevelopment Authority (URA)", {"government", "abbreviation"}, "https://www.ura.gov.sg/Corporate/Media-Room/"),
    ("Urban Redevelopment Authority", {"government"}, "https://www.ura.gov.sg/Corporate/Media-Room/"),
    ("Enterprise Singapore", {"government"}, "https://www.enterprisesg.gov.sg/resources/"),
    ("CBS", {"government", "acronym"}, "https://www.cbs.nl/en-gb/news/"),
    ("Statistics Netherlands (CBS)", {"government", "abbreviation"}, "https://www.cbs.nl/en-gb/publication/"),
    ("Gemeente Amsterdam", {"government"}, "https://www.amsterdam.nl/en/policy/"),
    ("OECD", {"government", "acronym"}, "https://www.oecd.org/en/publications/"),
    ("International Labour Organization", {"government"}, "https://www.ilo.org/publications/"),
    ("International Labour Organization (ILO)", {"government", "abbreviation"}, "https://www.ilo.org/publications/"),
]  # fmt: skip
_FIRMS: list[tuple[str, str]] = [
    ("International Workplace Group plc", "https://www.iwgplc.com/"), ("IWG plc", "https://www.iwgplc.com/"),
    ("WeWork Inc.", "https://www.wework.com/"), ("Workspace Group PLC", "https://www.workspace.co.uk/"),
    ("Awfis Space Solutions Limited", "https://www.awfis.com/"), ("Smartworks Coworking Spaces Pvt. Ltd", "https://www.smartworksoffice.com/"),
    ("JustCo Holdings Pte. Ltd.", "https://www.justcoglobal.com/"), ("The Office Group Ltd", "https://www.theofficegroup.com/"),
    ("Fora Space Ltd", "https://www.foraspace.com/"), ("Mindspace Ltd", "https://www.mindspace.me/"),
    ("Ucommune International Ltd", "https://www.ucommune.com/"), ("91springboard Business Hub Pvt. Ltd", "https://www.91springboard.com/"),
    ("Innov8 Coworking Pvt. Ltd", "https://www.innov8.work/"), ("The Great Room Pte. Ltd.", "https://www.thegreatroom.co/"),
    ("Rockstart B.V.", "https://rockstart.com/"), ("Spaces B.V.", "https://www.spacesworks.com/"),
    ("NSI N.V.", "https://www.nsi.nl/en/"), ("Huckletree Ltd", "https://www.huckletree.com/"),
    ("Second Home", "https://secondhome.io/"), ("Plexal", "https://www.plexal.com/"), ("Uncommon", "https://uncommon.co.uk/"),
    ("Google for Startups", "https://startup.google.com/"), ("Regus", "https://www.regus.com/"),
    ("Bharti Realty Ltd", "https://www.bhartirealty.com/"), ("Landsec", "https://landsec.com/"),
    ("British Land Company PLC", "https://www.britishland.com/"), ("Flexible Space Association (FSA)", "https://www.flexiblespace.org/"),
    ("UKSPA", "https://www.ukspa.org.uk/"), ("Tech Nation", "https://technation.io/"),
    ("Start-Up Nation Central", "https://startupnationcentral.org/"),
]  # fmt: skip
_ADVISERS = ["JLL", "Jones Lang LaSalle", "CBRE", "CBRE Research", "Cushman & Wakefield", "Knight Frank", "Colliers",
             "Savills", "Instant Group", "The Instant Group", "Coworking Resources", "Deskmag", "Statista", "Mintel",
             "Anarock", "Avison Young", "Knight Frank India", "Cushman & Wakefield India"]  # fmt: skip
_PRESS = ["Estates Gazette", "Property Week", "Allwork.Space", "The Economic Times", "Mint", "Calcalist", "Globes",
          "Caixin", "The Business Times", "Financial Times", "Evening Standard", "The Straits Times", "CoStar News",
          "TechCrunch", "Business Standard", "The Times of Israel", "South China Morning Post", "Het Financieele Dagblad"]  # fmt: skip
_UNSIGNED_PRESS = [
    "Estates Gazette",
    "Allwork.Space",
    "The Economic Times",
    "Globes",
    "Caixin",
    "The Business Times",
    "Mint",
]
_JOURNALS = ["Journal of Corporate Real Estate", "Facilities", "Journal of Property Investment & Finance",
             "Journal of Business Research", "Industrial Marketing Management",
             "International Journal of Entrepreneurial Behavior & Research", "New Technology, Work and Employment",
             "Journal of Marketing Management", "Journal of Business & Industrial Marketing", "Journal of Service Management",
             "Technological Forecasting and Social Change", "Journal of Property Research", "Regional Studies",
             "Journal of Real Estate Literature"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Pearson", "Harlow"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Palgrave Macmillan", "Cham"), ("Edward Elgar", "Cheltenham"), ("Wiley", "Chichester"),
               ("Emerald", "Bingley"), ("Springer", "Singapore"), ("Cengage", "Boston, MA"), ("McGraw-Hill", "London")]  # fmt: skip
_TOPICS = ["coworking communities", "flexible workspace", "serviced offices", "hybrid work", "membership pricing",
           "B2B lead generation", "community management", "space-as-a-service", "enterprise flex demand",
           "the third place", "startup ecosystems", "incubators and accelerators", "proptech adoption",
           "workplace experience", "occupier demand", "managed offices", "brand communities", "LinkedIn marketing",
           "account-based marketing", "tenant retention", "the return to the office", "digital nomads",
           "women-only coworking", "co-located start-ups", "dynamic pricing", "churn", "word of mouth"]  # fmt: skip
_PLACES = ["London", "Bengaluru", "Tel Aviv", "Shanghai", "Singapore", "Amsterdam", "Mumbai", "Beijing", "Manchester",
           "Gurugram", "Hyderabad", "Rotterdam", "Shenzhen", "the UK", "India", "Israel", "China", "the Netherlands",
           "Asia Pacific", "EMEA", "Pune", "Chennai"]  # fmt: skip

# The marketing texts every candidate cites: (family, given) authors, title, publisher, place, years.
_CLASSICS = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane")], "Marketing management", "Pearson", "Harlow", [2016, 2021]),
    ([("Kotler", "Philip"), ("Kartajaya", "Hermawan"), ("Setiawan", "Iwan")], "Marketing 5.0: technology for humanity", "Wiley", "Hoboken, NJ", [2021]),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow", [2019, 2022]),
    ([("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], "Principles and practice of marketing", "McGraw-Hill", "London", [2019, 2023]),
    ([("Brennan", "Ross"), ("Canning", "Louise"), ("McDowell", "Raymond")], "Business-to-business marketing", "Sage", "London", [2017, 2020]),
    ([("Hutt", "Michael D."), ("Speh", "Thomas W.")], "Business marketing management: B2B", "Cengage", "Boston, MA", [2017, 2021]),
    ([("Oldenburg", "Ray")], "The great good place", "Marlowe & Company", "New York", [1989, 1999]),
    ([("Sharp", "Byron")], "How brands grow", "Oxford University Press", "Melbourne", [2010]),
    ([("Ryan", "Damian")], "Understanding digital marketing", "Kogan Page", "London", [2020, 2023]),
    ([("Wilson", "Alan"), ("Zeithaml", "Valarie"), ("Bitner", "Mary Jo"), ("Gremler", "Dwayne")], "Services marketing: integrating customer focus across the firm", "McGraw-Hill", "London", [2016, 2020]),
    ([("Lovelock", "Christopher"), ("Wirtz", "Jochen")], "Services marketing: people, technology, strategy", "World Scientific", "Singapore", [2016, 2022]),
    ([("Osterwalder", "Alexander"), ("Pigneur", "Yves")], "Business model generation", "Wiley", "Hoboken, NJ", [2010]),
    ([("Ries", "Eric")], "The lean startup", "Portfolio Penguin", "London", [2011]),
    ([("Senor", "Dan"), ("Singer", "Saul")], "Start-up nation: the story of Israel's economic miracle", "Twelve", "New York", [2009]),
    ([("Pine", "B. Joseph"), ("Gilmore", "James H.")], "The experience economy", "Harvard Business Review Press", "Boston, MA", [2011, 2019]),
]  # fmt: skip


class Blind296WorkFactory(WorkFactory):
    """Works of the blind296 pool, from its own random source so no other half's corpus changes."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 29601)
        for index, locale in enumerate(("en_IN", "nl_NL")):
            fake = Faker(locale)
            fake.seed_instance(seed * 307 + index)
            self.fakers[locale] = fake
        self.organisations: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.28:
            fake = self.fakers["en_GB"]
            name = {"family": fake.last_name(), "given": fake.first_name()}
            if self.rng.random() < 0.08:
                name["family"] = f"{name['family']}-{fake.last_name()}"
            return name
        if roll < 0.42:
            family, given = self.rng.choice(_INDIAN)
            if self.rng.random() < 0.4:
                fake = self.fakers["en_IN"]
                family, given = fake.last_name(), fake.first_name()
            return {"family": family, "given": given}
        if roll < 0.49:
            family, given = self.rng.choice(_SOUTH_INDIAN)
            return {"family": family, "given": given}
        if roll < 0.61:
            family, given = self.rng.choice(_ISRAELI)
            return {"family": family, "given": given}
        if roll < 0.73:
            family, given = self.rng.choice(_CHINESE)
            return {"family": family, "given": given}
        if roll < 0.79:
            family, given = self.rng.choice(_SINGAPOREAN)
            return {"family": family, "given": given}
        if roll < 0.9:
            particle, family, given = self.rng.choice(_DUTCH_PARTICLE)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        family, given = self.rng.choice(_DUTCH_TURKISH)
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 28, 16, 9, 5, 3, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if all(p["family"] != person["family"] or p.get("given") != person.get("given") for p in people):
                people.append(person)
        return people

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1989, 2007)
        return self.rng.randint(2012, 2025)

    def _accessed_after(self, parts: list[int]) -> dict[str, list[list[int]]]:
        year = parts[0]
        accessed_year = self.rng.randint(max(year, 2023), 2025)
        if accessed_year == year:
            month = self.rng.randint(parts[1] if len(parts) > 1 else 1, 12)
            low = parts[2] if len(parts) > 2 and month == parts[1] else 1
            return {"date-parts": [[accessed_year, month, self.rng.randint(low, 28) if low <= 28 else low]]}
        return {"date-parts": [[accessed_year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _web_year(self) -> int:
        return self.rng.randint(2014, 2025)

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        place = self.rng.choice(_PLACES)
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {place}: evidence from {self.rng.randint(12, 420)} operators",
            f"{topic[0].upper()}{topic[1:]} and {other}",
            f"Rethinking {topic} after the pandemic",
            f"From desks to communities: {topic} in {place}",
            f"Why {topic} matters for flexible office providers",
            f"{topic[0].upper()}{topic[1:]}: a review and research agenda",
            f"The marketing of {topic} to SMEs and enterprise occupiers",
            f"Working alone together? {topic[0].upper()}{topic[1:]} in {place}",
        ]
        return self.rng.choice(forms)

    def _slug(self) -> str:
        return self.fakers["en_GB"].slug()

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "classic", "chapter", "journal", "report-person", "government", "company-report", "web",
             "news", "market-research", "undated-web"],
            weights=[7, 8, 5, 24, 4, 12, 8, 10, 10, 9, 3],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then one organisation's second work of a year ("JLL, 2023a" and "2023b").
        if self.organisations and "issued" in record and self.rng.random() < 0.14:
            name, tags, issued = self.rng.choice(self.organisations)
            old, new = record["issued"]["date-parts"][0][0], issued["date-parts"][0][0]
            record["title"] = (
                record["title"].replace(str(old), str(new)).replace(f"FY{str(old)[2:]}", f"FY{str(new)[2:]}")
            )
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.organisations.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "book", "title": self._title(), "author": self._people(4),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
        }  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _classic(self) -> Work:
        authors, title, publisher, place, years = self.rng.choice(_CLASSICS)
        year = self.rng.choice(years)
        record: dict[str, Any] = {
            "type": "book", "title": title, "author": [{"family": f, "given": g} for f, g in authors],
            "issued": {"date-parts": [[year]]}, "publisher": publisher, "publisher-place": place,
        }  # fmt: skip
        if len(years) > 1 and year == years[-1] and self.rng.random() < 0.7:
            record["edition"] = str(self.rng.randint(3, 16))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The flexible workplace: coworking and other modern workplace transformations",
                                                "Coworking spaces: origins, impacts and futures", "The Routledge companion to B2B marketing",
                                                "Handbook of research on entrepreneurial ecosystems", "Real estate and the new economy"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(8, 160)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(8, 26)}",
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["DOI"] = (
                f"10.{self.rng.choice(['1108', '1016', '1111'])}/{self.fakers['en_GB'].lexify('????').upper()}-{self.rng.randint(10, 99)}-{self.rng.randint(1000, 9999)}"
            )
        return self._person_work(record, "journal")

    def _report_person(self) -> Work:
        """A working paper or consultancy report by named authors."""
        name, place = self.rng.choice([("Centre for Cities", "London"), ("Indian School of Business", "Hyderabad"),
                                       ("Tel Aviv University", "Tel Aviv"), ("National University of Singapore", "Singapore"),
                                       ("Erasmus University Rotterdam", "Rotterdam"), ("Tsinghua University", "Beijing")])  # fmt: skip
        record: dict[str, Any] = {
            "type": "report", "title": self._title(), "author": self._people(3), "publisher": name,
            "publisher-place": place,
            "issued": {"date-parts": [[(year := self._web_year())]]},
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = f"https://www.{name.split()[0].lower()}.org/research/{self._slug()}"
            record["accessed"] = self._accessed_after([year])
        return self._person_work(record, "report")

    def _government(self) -> Work:
        name, tags, base = self.rng.choice(_GOVERNMENT)
        year = self._web_year()
        titles = [f"{self.rng.choice(['Annual report', 'Statistical yearbook', 'Labour market overview', 'Office market review', 'Startup ecosystem report', 'Homeworking and hybrid working'])} {year}",
                  self._title(), f"Business demography, {self.rng.choice(_PLACES)}: {year}",
                  f"Employment in the digital economy, {year - 1}/{str(year)[2:]}"]  # fmt: skip
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "report", "webpage"]), "title": self.rng.choice(titles),
            "issued": {"date-parts": [[year]]}, "URL": f"{base}{self._slug()}",
            "accessed": self._accessed_after([year]),
        }  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        return self._org_work(record, "government", name, tags)

    def _company_report(self) -> Work:
        name, base = self.rng.choice(_FIRMS)
        year = self._web_year()
        record: dict[str, Any] = {
            "type": "report",
            "title": self.rng.choice([f"Annual report and accounts {year}", f"Annual report {year - 1}-{str(year)[2:]}",
                                      f"Sustainability report {year}", "Red herring prospectus", f"Investor presentation: FY{str(year)[2:]} results",
                                      f"Impact report {year}"]),
            "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0],
            "URL": f"{base}investors/{self._slug()}", "accessed": self._accessed_after([year]),
        }  # fmt: skip
        return self._org_work(record, "company-report", name, {"company"})

    def _web(self) -> Work:
        name, base = self.rng.choice(_FIRMS)
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self.rng.choice(["Our story", "Membership plans", "Hot desks and dedicated desks", "Enterprise solutions",
                                      "Community events", "Why flexible workspace?", "Meeting rooms and day passes",
                                      "Sustainability at our buildings", "Become a member", self._title()]),
            "URL": f"{base}{self._slug()}",
        }  # fmt: skip
        if self.rng.random() < 0.75:
            year = self._web_year()
            record["issued"] = {"date-parts": [[year]]}
            record["accessed"] = self._accessed_after([year])
        else:
            record["accessed"] = self._accessed_after([2023])
        return self._org_work(record, "web", name, {"company"})

    def _undated_web(self) -> Work:
        if self.rng.random() < 0.4:
            record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                      "URL": f"https://www.coworkinginsights.{self.rng.choice(['com', 'co.uk', 'in'])}/{self._slug()}",
                                      "accessed": self._accessed_after([2023])}  # fmt: skip
            return self._person_work(record, "web")
        name, tags, base = self.rng.choice(_GOVERNMENT)
        record = {"type": "webpage", "title": self._title(), "URL": f"{base}{self._slug()}",
                  "accessed": self._accessed_after([2023])}  # fmt: skip
        return self._org_work(record, "web", name, tags | {"undated"})

    def _news(self) -> Work:
        year = self._web_year()
        parts = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [parts]}, "URL": f"https://www.{self.rng.choice(['egi.co.uk', 'propertyweek.com', 'allwork.space', 'economictimes.indiatimes.com', 'livemint.com', 'calcalistech.com', 'en.globes.co.il', 'caixinglobal.com', 'businesstimes.com.sg'])}/{self._slug()}",
            "accessed": self._accessed_after(parts),
        }  # fmt: skip
        if self.rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        name = self.rng.choice(_UNSIGNED_PRESS)
        record["container-title"] = name
        return self._org_work(record, "news", name, {"press"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_ADVISERS)
        year = self._web_year()
        place = self.rng.choice(_PLACES)
        record: dict[str, Any] = {
            "type": "report",
            "title": self.rng.choice([f"Flexible office market report: {place}", f"{place} office market outlook {year}",
                                      f"Global coworking survey {year}", f"The future of flex: occupier survey {year}",
                                      f"India flexible workspace report H{self.rng.randint(1, 2)} {year}",
                                      f"{place} coworking market size and forecast", f"Flex index Q{self.rng.randint(1, 4)} {year}"]),
            "publisher": name, "URL": f"https://www.{name.split()[0].lower().replace('&', '')}.com/research/{self._slug()}",
        }  # fmt: skip
        if self.rng.random() < 0.88:
            record["issued"] = {"date-parts": [[year]]}
            record["accessed"] = self._accessed_after([year])
        else:
            record["accessed"] = self._accessed_after([2023])
        tags = {"market-research"} | ({"ampersand"} if "&" in name else set())
        return self._org_work(record, "market-research", name, tags)
