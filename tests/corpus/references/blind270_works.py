"""The blind270 pool's works: what marketers in southern India and its diaspora cite in CIM Level 6 and 7 reports
and MBA assignments.

Written without reading the checker, its tests or the other pools. Names are written as South Indian scholars and
journals print them: a Tamil author's father's and village initials before the given name ("K. R. Srinivasan" is
cited as Srinivasan), a two-word given name used as the surname ("Lakshmi Narayanan, S."), Malayali house names
(Puthenveettil, Kunnath), Telugu family names (Yarlagadda, Kommineni), Kannada names (Gowda, Hegde), Indian
Christian and Muslim names (Varghese, D'Souza, Mohammed Shafi), beside international scholars. Public bodies (RBI,
SEBI, TRAI, NSSO, the Ministry of Tourism, Kerala Tourism, the Spices and Coffee Boards), Acts cited under the
ministry that published them, the Indian and state press, firms' pages and annual reports (Ltd, Pvt. Ltd.),
market research and the marketing texts every candidate cites.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "classic", "report", "legislation", "news", "company-web", "company-report",
         "market-research", "web")  # fmt: skip

# (family, given) as reference managers hold them for South Indian authors; the given part is often initials only.
_SOUTH_INDIAN = [
    ("Srinivasan", "K. R."), ("Lakshmi Narayanan", "S."), ("Ramaswamy", "V. S."), ("Subramanian", "Meenakshi"),
    ("Venkatesan", "R."), ("Krishnamurthy", "P."), ("Balasubramanian", "N."), ("Sundaram", "Anitha"),
    ("Rajagopal", "T. K."), ("Annamalai", "Kavitha"), ("Muthukumar", "S."), ("Chidambaram", "R."),
    ("Natarajan", "Priya"), ("Thiagarajan", "M."), ("Kalaiselvi", "P."), ("Senthil Kumar", "A."),
    ("Puthenveettil", "Jose"), ("Kunnath", "Mohan"), ("Vadakkedath", "Sreeja"), ("Nair", "Rekha S."),
    ("Menon", "Arun K."), ("Pillai", "Gopakumar"), ("Namboodiri", "Vishnu"), ("Panicker", "Deepa"),
    ("Yarlagadda", "Lakshmi Prasad"), ("Kommineni", "Srinivasa Rao"), ("Reddy", "G. Venkata"),
    ("Chowdary", "Ramya"), ("Naidu", "K. Suresh"), ("Vemuri", "Sailaja"), ("Gowda", "H. M. Ramesh"),
    ("Hegde", "Shrinivas"), ("Shetty", "Prakash"), ("Bhat", "Ananth"), ("Kamath", "Shweta"), ("Rao", "Nagaraja"),
    ("Varghese", "Mathew"), ("George", "Jacob"), ("Thomas", "Elizabeth"), ("Kurian", "Anil"), ("D'Souza", "Clement"),
    ("D'Cruz", "Maria"), ("Mohammed Shafi", "K."), ("Abdul Rahman", "P. M."), ("Basheer", "Faseela"),
    ("Ahamed", "Nisha"), ("Iyer", "Lalitha"), ("Iyengar", "Ranganathan"), ("Ganesan", "Sudha"),
    ("Shanmugam", "R."), ("Jayaraman", "Vidya"), ("Aravindan", "C."), ("Sivakumar", "Hemalatha"),
]  # fmt: skip
_INDIAN = [
    ("Sharma", "Rajiv"), ("Gupta", "Anjali"), ("Banerjee", "Sourav"), ("Mukherjee", "Ishita"), ("Sinha", "Pratyush"),
    ("Jain", "Varsha"), ("Agarwal", "Nitin"), ("Chatterjee", "Sreya"), ("Kapoor", "Ritu"), ("Mehta", "Kunal"),
    ("Patel", "Hiral"), ("Joshi", "Aditya"), ("Dasgupta", "Moumita"), ("Khan", "Imran"), ("Singh", "Harpreet"),
]  # fmt: skip
_INTERNATIONAL = [
    ("Sheth", "Jagdish N."), ("Kumar", "V."), ("Lemon", "Katherine N."), ("Verhoef", "Peter C."),
    ("Müller", "Jürgen"), ("Sääksjärvi", "Maria"), ("Gómez", "Lucía"), ("Özdemir", "Elif"), ("Tan", "Wei Ling"),
    ("Lim", "Chee Keong"), ("Wong", "Siew Mei"), ("Smith", "Andrew"), ("Brown", "Claire"), ("Harris", "Lloyd C."),
    ("Østergaard", "Mette"), ("Nguyen", "Thi Lan"), ("Al-Mansouri", "Fatima"), ("Walsh", "Gianfranco"),
]  # fmt: skip
_PARTICLES = [("de", "Chernatony", "Leslie"), ("van", "Heerde", "Harald J."), ("de", "Mooij", "Marieke")]

_JOURNALS = ["Vikalpa: The Journal for Decision Makers", "IIMB Management Review", "Journal of Indian Business Research",
             "Indian Journal of Marketing", "Global Business Review", "South Asian Journal of Business Studies",
             "Asia Pacific Journal of Marketing and Logistics", "Journal of Retailing and Consumer Services",
             "International Journal of Bank Marketing", "Journal of Islamic Marketing", "Decision",
             "Management and Labour Studies", "Journal of Marketing", "Tourism Management",
             "Journal of Business Research", "Journal of Consumer Marketing", "Asian Journal of Management Cases",
             "Journal of Heritage Tourism", "South Asian Journal of Marketing"]  # fmt: skip
_PUBLISHERS = [("Pearson India", "Noida"), ("Sage Publications India", "New Delhi"), ("McGraw Hill Education", "Chennai"),
               ("Oxford University Press", "New Delhi"), ("Cengage Learning India", "New Delhi"),
               ("Vikas Publishing House", "Noida"), ("Sultan Chand & Sons", "New Delhi"), ("Himalaya Publishing House", "Mumbai"),
               ("Wiley India", "New Delhi"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Pearson", "Harlow"),
               ("Penguin Random House India", "Gurugram"), ("Notion Press", "Chennai")]  # fmt: skip
_TOPICS = ["rural consumers in Tamil Nadu", "gold loan marketing", "jewellery retailing in Kerala",
           "private label FMCG in South India", "UPI adoption among small retailers", "cooperative dairy brands",
           "regional-language advertising", "Gulf remittances and consumption", "Ayurveda tourism",
           "festive-season promotions", "quick commerce in Bengaluru", "SaaS marketing from India",
           "brand trust in private banks", "ready-to-eat foods", "spice exports", "coffee estate tourism",
           "silk saree retailing", "vernacular social media", "diaspora consumers in Singapore and Dubai",
           "celebrity endorsement in Tollywood", "ed-tech marketing", "customer experience at fintechs",
           "temple tourism", "responsible tourism in Kerala", "textile clusters in Coimbatore and Tiruppur"]  # fmt: skip

# Organisation authors, with tags saying what makes each one hard.
_BODIES: list[tuple[str, set[str]]] = [
    ("Reserve Bank of India", {"government"}), ("Reserve Bank of India (RBI)", {"government", "abbreviation"}),
    ("RBI", {"government", "acronym"}), ("Securities and Exchange Board of India (SEBI)", {"government", "abbreviation"}),
    ("Telecom Regulatory Authority of India", {"government"}), ("TRAI", {"government", "acronym"}),
    ("National Sample Survey Office (NSSO)", {"government", "abbreviation"}),
    ("Ministry of Statistics and Programme Implementation", {"government"}),
    ("Ministry of Tourism, Government of India", {"government", "comma"}), ("Kerala Tourism", {"government"}),
    ("Department of Tourism, Government of Kerala", {"government", "comma"}),
    ("Tamil Nadu Tourism Development Corporation", {"government"}), ("Spices Board India", {"government"}),
    ("Coffee Board of India", {"government"}), ("Press Information Bureau", {"government"}),
    ("NITI Aayog", {"government"}), ("International Institute for Population Sciences (IIPS) & ICF", {"ampersand", "abbreviation"}),
    ("India Brand Equity Foundation", {"trade-body"}), ("NASSCOM", {"trade-body", "acronym"}),
    ("Federation of Indian Chambers of Commerce & Industry (FICCI)", {"trade-body", "ampersand", "abbreviation"}),
    ("Confederation of Indian Industry", {"trade-body"}), ("Advertising Standards Council of India (ASCI)", {"trade-body", "abbreviation"}),
    ("Internet and Mobile Association of India", {"trade-body"}),
]  # fmt: skip
_FIRMS: list[tuple[str, set[str], str]] = [
    ("Infosys Ltd", {"company"}, "infosys.com"), ("Zoho Corporation Pvt. Ltd.", {"company"}, "zoho.com"),
    ("Wipro Ltd", {"company"}, "wipro.com"), ("Freshworks Inc.", {"company"}, "freshworks.com"),
    ("Federal Bank Ltd", {"company"}, "federalbank.co.in"), ("South Indian Bank Ltd", {"company"}, "southindianbank.com"),
    ("Karur Vysya Bank", {"company"}, "kvb.co.in"), ("Muthoot Finance Ltd", {"company"}, "muthootfinance.com"),
    ("Manappuram Finance Ltd", {"company"}, "manappuram.com"), ("Britannia Industries Ltd", {"company"}, "britannia.co.in"),
    ("MTR Foods Pvt. Ltd.", {"company"}, "mtrfoods.com"), ("CavinKare Pvt. Ltd.", {"company"}, "cavinkare.com"),
    ("Jyothy Labs Ltd", {"company"}, "jyothylabs.com"), ("Kalyan Jewellers India Ltd", {"company"}, "kalyanjewellers.net"),
    ("Malabar Gold & Diamonds", {"company", "ampersand"}, "malabargoldanddiamonds.com"),
    ("Joyalukkas India Ltd", {"company"}, "joyalukkas.in"), ("Lulu Group International", {"company"}, "lulugroupinternational.com"),
    ("Swiggy Ltd", {"company"}, "swiggy.com"), ("Think & Learn Pvt. Ltd.", {"company", "ampersand"}, "byjus.com"),
    ("Kerala Co-operative Milk Marketing Federation", {"company"}, "milma.com"),
    ("Tamil Nadu Co-operative Milk Producers' Federation Ltd", {"company", "apostrophe"}, "aavinmilk.com"),
    ("Karnataka Co-operative Milk Producers' Federation (KMF)", {"company", "apostrophe", "abbreviation"}, "kmfnandini.coop"),
    ("Tamil Nadu Newsprint and Papers Ltd (TNPL)", {"company", "abbreviation"}, "tnpl.com"),
    ("Aachi Masala Foods (P) Ltd", {"company"}, "aachifoods.com"), ("TVS Motor Company", {"company"}, "tvsmotor.com"),
]  # fmt: skip
_RESEARCH = [("Nielsen", "nielsen.com"), ("NielsenIQ", "nielseniq.com"), ("Kantar India", "kantar.com"),
             ("RedSeer Strategy Consultants", "redseer.com"), ("CRISIL Ltd", "crisil.com"),
             ("CRISIL Research", "crisil.com"), ("Bain & Company", "bain.com"), ("KPMG in India", "kpmg.com"),
             ("PwC India", "pwc.in"), ("Ernst & Young LLP", "ey.com"), ("Statista", "statista.com"),
             ("Euromonitor International", "euromonitor.com")]  # fmt: skip
_PRESS = [("The Hindu", "thehindu.com"), ("Deccan Herald", "deccanherald.com"), ("Malayala Manorama", "manoramaonline.com"),
          ("The News Minute", "thenewsminute.com"), ("The Economic Times", "economictimes.indiatimes.com"),
          ("Mint", "livemint.com"), ("The Hindu BusinessLine", "thehindubusinessline.com"),
          ("The New Indian Express", "newindianexpress.com"), ("Business Standard", "business-standard.com"),
          ("Deccan Chronicle", "deccanchronicle.com"), ("afaqs!", "afaqs.com"), ("exchange4media", "exchange4media.com"),
          ("Inc42", "inc42.com"), ("YourStory", "yourstory.com"), ("The Straits Times", "straitstimes.com"),
          ("Gulf News", "gulfnews.com")]  # fmt: skip
# The texts every candidate cites: (authors, year, title, edition, publisher, place).
_CLASSICS = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Koshy", "Abraham"), ("Jha", "Mithileshwar")], 2013,
     "Marketing management: a South Asian perspective", "14", "Pearson India", "Noida"),
    ([("Ramaswamy", "V. S."), ("Namakumari", "S.")], 2018, "Marketing management: Indian context, global perspective",
     "6", "Sage Publications India", "New Delhi"),
    ([("Prahalad", "C. K.")], 2004, "The fortune at the bottom of the pyramid: eradicating poverty through profits",
     None, "Wharton School Publishing", "Upper Saddle River, NJ"),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], 2022, "Digital marketing: strategy, implementation and practice",
     "8", "Pearson", "Harlow"),
    ([("Keller", "Kevin Lane"), ("Parameswaran", "Ambi M. G."), ("Jacob", "Isaac")], 2015,
     "Strategic brand management: building, measuring and managing brand equity", "4", "Pearson India", "Noida"),
    ([("Kapferer", "Jean-Noël")], 2012, "The new strategic brand management", "5", "Kogan Page", "London"),
    ([("Zeithaml", "Valarie A."), ("Bitner", "Mary Jo"), ("Gremler", "Dwayne D."), ("Pandit", "Ajay")], 2017,
     "Services marketing: integrating customer focus across the firm", "7", "McGraw Hill Education", "Chennai"),
    ([("Kumar", "Nirmalya"), ("Puranam", "Phanish")], 2012, "India inside: the emerging innovation challenge to the West",
     None, "Harvard Business Review Press", "Boston, MA"),
    ([("Hofstede", "Geert")], 2001, "Culture's consequences", "2", "Sage", "Thousand Oaks, CA"),
    ([("Bijapurkar", "Rama")], 2013, "A never-before world: tracking the evolution of consumer India", None,
     "Portfolio Penguin", "New Delhi"),
]  # fmt: skip


class Blind270WorkFactory(WorkFactory):
    """Works cited by marketers in southern India and its diaspora; a subclass so the other halves are unchanged."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 43 + 2700)
        self.dated: list[tuple[str, set[str], dict[str, Any]]] = []
        self.classics_used: set[int] = set()

    # ---------------------------------------------------------------- people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.6:
            family, given = self.rng.choice(_SOUTH_INDIAN)
        elif roll < 0.75:
            family, given = self.rng.choice(_INDIAN)
        elif roll < 0.96:
            family, given = self.rng.choice(_INTERNATIONAL)
        else:
            particle, family, given = self.rng.choice(_PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[36, 28, 16, 8, 5, 3, 2, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if person not in people:
                people.append(person)
        return people

    def year(self) -> int:
        return self.rng.randint(2005, 2025) if self.rng.random() < 0.9 else self.rng.randint(1994, 2004)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        low = max(2023, issued[0] + 1 if issued and len(issued) > 1 else (issued[0] if issued else 2023))
        year = self.rng.randint(min(low, 2025), 2025)
        return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]}: evidence from South India", f"Determinants of {topic}",
                 f"{topic[0].upper()}{topic[1:]} and {other}", f"A study on {topic} in Chennai and Coimbatore",
                 f"Understanding {topic}: a structural equation modelling approach",
                 f"{topic[0].upper()}{topic[1:]}: the case of Kerala", f"Rethinking {topic} after the pandemic",
                 f"Consumer attitudes towards {topic} in Bengaluru"]  # fmt: skip
        return self.rng.choice(forms)

    def _org_dated(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        """Now and then the same organisation in the same year as an earlier work ("RBI, 2023a" and "2023b")."""
        if self.dated and "issued" in record and self.rng.random() < 0.15:
            name, tags, issued = self.rng.choice(self.dated)
            record["issued"] = {"date-parts": [list(issued["date-parts"][0][:1])]}
            if "publisher" in record:
                record["publisher"] = name.split(" (")[0]
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        if "issued" in record:
            self.dated.append((name, tags, record["issued"]))
        return self._org_work(record, kind, name, tags)

    # ---------------------------------------------------------------- works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "classic", "report", "legislation", "news", "company-web",
             "company-report", "market-research", "web"],
            weights=[11, 5, 24, 8, 10, 3, 11, 9, 6, 8, 5],
        )[0]  # fmt: skip
        if kind == "classic" and len(self.classics_used) == len(_CLASSICS):
            kind = "book"
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS[:9])
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["Marketing in emerging India", "Handbook of Indian consumer behaviour",
                                                "Tourism in South India: cases and perspectives",
                                                "Banking and financial inclusion in India", "Brands of the South"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 4)),
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(8, 24)}",
        }  # fmt: skip
        if self.rng.random() < 0.55:
            record["DOI"] = f"10.{self.rng.choice(['1177', '1016', '1108', '1080'])}/{self.rng.randint(10000, 99999)}"
        return self._person_work(record, "journal")

    def _classic(self) -> Work:
        index = self.rng.choice([i for i in range(len(_CLASSICS)) if i not in self.classics_used])
        self.classics_used.add(index)
        authors, year, title, edition, publisher, place = _CLASSICS[index]
        record: dict[str, Any] = {"type": "book", "title": title, "author": [{"family": f, "given": g} for f, g in authors],
                                  "issued": {"date-parts": [[year]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if edition:
            record["edition"] = edition
        work = self._person_work(record, "classic")
        return work

    def _report(self) -> Work:
        name, tags = self.rng.choice(_BODIES)
        year = self.year()
        titles = [f"Annual report {year - 1}-{str(year)[2:]}", f"India tourism statistics {year}",
                  f"Household consumption expenditure survey {year - 1}-{str(year)[2:]}",
                  f"The Indian telecom services performance indicators: {self.rng.choice(['January-March', 'July-September'])} {year}",
                  f"Report on currency and finance {year - 1}-{str(year)[2:]}", f"Payment systems vision {year + 1}",
                  f"Kerala tourism statistics {year}", f"Spice exports from India: {year - 1}-{str(year)[2:]}",
                  f"Coffee: database {year}", f"State of digital adoption in India {year}", self._title()]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name.split(" (")[0],
                                  "publisher-place": self.rng.choice(["New Delhi", "Mumbai", "Thiruvananthapuram", "Kochi", "Bengaluru", "Chennai"])}  # fmt: skip
        if self.rng.random() < 0.9:
            record["issued"] = {"date-parts": [[year]]}
        if self.rng.random() < 0.7:
            record["URL"] = (
                f"https://www.{self.rng.choice(['rbi.org.in', 'sebi.gov.in', 'trai.gov.in', 'mospi.gov.in', 'tourism.gov.in', 'keralatourism.org', 'indianspices.com', 'indiacoffee.org', 'ibef.org', 'nasscom.in'])}/{self.fakers['en_GB'].slug()}"
            )
            record["accessed"] = self._accessed_after(record.get("issued", {}).get("date-parts", [None])[0])
        return self._org_dated(record, "report", name, tags | {"organisation"})

    def _legislation(self) -> Work:
        """An Act as Indian candidates cite it: under the ministry that published it in the Gazette."""
        act, year = self.rng.choice([("The Consumer Protection Act, 2019 (No. 35 of 2019)", 2019),
                                     ("The Digital Personal Data Protection Act, 2023 (No. 22 of 2023)", 2023),
                                     ("The Information Technology Act, 2000 (No. 21 of 2000)", 2000),
                                     ("The Food Safety and Standards Act, 2006 (No. 34 of 2006)", 2006)])  # fmt: skip
        name = self.rng.choice(
            ["Ministry of Law and Justice", "Government of India", "Ministry of Law and Justice, Government of India"]
        )
        record: dict[str, Any] = {"type": "report", "title": act, "issued": {"date-parts": [[year]]},
                                  "publisher": "The Gazette of India", "publisher-place": "New Delhi"}  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = f"https://www.indiacode.nic.in/handle/{self.rng.randint(1000, 9999)}"
            record["accessed"] = self._accessed_after([year])
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        return Work(record, name, str(year), True, 1, "legislation", {"legislation", "organisation", "government"})

    def _news(self) -> Work:
        paper, domain = self.rng.choice(_PRESS)
        year = self.rng.randint(2015, 2024)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": paper,
            "issued": {"date-parts": [issued]}, "URL": f"https://www.{domain}/business/{self.fakers['en_GB'].slug()}",
            "accessed": self._accessed_after(issued),
        }  # fmt: skip
        if self.rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _company_web(self) -> Work:
        name, tags, domain = self.rng.choice(_FIRMS)
        record: dict[str, Any] = {
            "type": "webpage", "title": self.rng.choice(["About us", "Our story", "Investor relations", "Sustainability",
                                                         "Press releases", "Our brands", "Careers", "Loyalty programme"]),
            "URL": f"https://www.{domain}/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        if self.rng.random() < 0.65:
            record["issued"] = {"date-parts": [[self.rng.randint(2015, 2025)]]}
        record["accessed"] = self._accessed_after(record.get("issued", {}).get("date-parts", [None])[0])
        return self._org_dated(record, "company-web", name, tags | {"organisation"})

    def _company_report(self) -> Work:
        name, tags, domain = self.rng.choice(_FIRMS)
        year = self.rng.randint(2012, 2025)
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Integrated annual report {year - 1}-{str(year)[2:]}",
                                                        f"Annual report {year - 1}-{str(year)[2:]}",
                                                        f"ESG report {year - 1}", "Investor presentation"]),
            "issued": {"date-parts": [[year]]}, "publisher": name, "publisher-place": self.rng.choice(["Bengaluru", "Chennai", "Kochi", "Thrissur", "Hyderabad"]),
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = f"https://www.{domain}/investors/{self.fakers['en_GB'].slug()}"
            record["accessed"] = self._accessed_after([year])
        return self._org_dated(record, "company-report", name, tags | {"organisation"})

    def _market_research(self) -> Work:
        name, domain = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2016, 2025)
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"India FMCG snapshot: Q{self.rng.randint(1, 4)} {year}",
                                                        f"Rural India and the festive consumer {year}",
                                                        f"Brand footprint India {year}", f"India quick commerce market {year}",
                                                        f"Gold loan market in India {year}", f"India fintech report {year}",
                                                        "South India jewellery retail: market overview"]),
            "publisher": name, "URL": f"https://www.{domain}/insights/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        if self.rng.random() < 0.88:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after(record.get("issued", {}).get("date-parts", [None])[0])
        return self._org_dated(record, "market-research", name, {"market-research", "organisation"})

    def _web(self) -> Work:
        record: dict[str, Any] = {
            "type": "webpage", "title": self._title(), "author": self._people(2),
            "URL": f"https://{self.rng.choice(['medium.com', 'www.linkedin.com/pulse', 'www.brandequity.com', 'www.socialsamosa.com'])}/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["issued"] = {"date-parts": [[self.rng.randint(2016, 2025)]]}
        record["accessed"] = self._accessed_after(record.get("issued", {}).get("date-parts", [None])[0])
        return self._person_work(record, "web")
