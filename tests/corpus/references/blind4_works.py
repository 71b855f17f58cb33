"""Works for the fourth independent pool, "blind4": CSL-JSON records of what UK students cite in CIM reports.

Written by a fourth hand without reading the checker, its tests or the other pools' works. The mix follows a
CIM Level 4-6 reading list and a student's browser history: textbooks (often in a later edition), chapters in
edited books, journal articles with one to eight authors, company pages and annual reports ("plc", "Ltd",
"&", apostrophes), trade bodies, regulators and government departments, market-research firms, signed and
unsigned news, blogs, and undated web pages with access dates. Names come from many cultures: particles
("van der", "de la", "dos"), hyphens, apostrophes, Mc/Mac/O', Spanish double surnames, romanised Chinese,
Japanese, Korean, Arabic, South Asian and African names.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work

# (given, particle, family): particle is CSL's non-dropping particle, written before the family name.
PEOPLE: list[tuple[str, str, str]] = [
    # Britain and Ireland
    ("Rebecca", "", "Whitfield"),
    ("Tom", "", "Ashworth"),
    ("Gemma", "", "Pilkington"),
    ("Owain", "", "Pritchard"),
    ("Siobhán", "", "O'Donoghue"),
    ("Declan", "", "O'Sullivan"),
    ("Fiona", "", "McAllister"),
    ("Callum", "", "MacLeod"),
    ("Eilidh", "", "MacKenzie"),
    ("Rhys", "", "ap Gwilym"),
    ("Hannah", "", "Featherstone-Clarke"),
    ("Jack", "", "Smith-Hughes"),
    ("Niamh", "", "McGuinness"),
    ("Alistair", "", "Crichton"),
    ("Bethan", "", "Llewellyn"),
    ("Liam", "", "O'Hare"),
    ("Catriona", "", "McIntyre"),
    ("Gareth", "", "Vaughan"),
    ("Philippa", "", "Beresford"),
    ("Rory", "", "Mac an tSaoi"),
    # South Asia and its diaspora
    ("Priyanka", "", "Chaudhary"),
    ("Arjun", "", "Venkataraman"),
    ("Sunita", "", "Banerjee"),
    ("Imran", "", "Qureshi"),
    ("Farah", "", "Siddiqui"),
    ("Rajesh", "", "Iyer"),
    ("Nusrat", "", "Chowdhury"),
    ("Harpreet", "", "Dhillon"),
    ("Anil", "", "Gupta-Rao"),
    ("Meera", "", "Nair"),
    # East and South-East Asia (romanised)
    ("Wei", "", "Zhang"),
    ("Xiaoling", "", "Chen"),
    ("Haruto", "", "Takahashi"),
    ("Yui", "", "Nakamura"),
    ("Min-jun", "", "Park"),
    ("Ji-woo", "", "Choi"),
    ("Thi Lan", "", "Nguyen"),
    ("Siew Ling", "", "Tan"),
    ("Kwok-wai", "", "Leung"),
    ("Somchai", "", "Wongsuwan"),
    # Arabic, Persian, Turkish
    ("Omar", "", "Al-Khatib"),
    ("Layla", "", "El-Sayed"),
    ("Yusuf", "", "Abdel-Rahman"),
    ("Nadia", "", "Haddad"),
    ("Karim", "", "Bensaïd"),
    ("Reza", "", "Tehrani"),
    ("Zeynep", "", "Öztürk"),
    ("Mehmet", "", "Yılmaz"),
    # Africa
    ("Chidi", "", "Okonkwo"),
    ("Adaeze", "", "Nwachukwu"),
    ("Oluwaseun", "", "Adebayo"),
    ("Kwame", "", "Asante"),
    ("Ama", "", "Owusu-Ansah"),
    ("Wanjiru", "", "Kamau"),
    ("Thabo", "", "Mokoena"),
    ("Tendai", "", "Moyo"),
    ("Abebe", "", "Bekele"),
    ("Fatou", "", "Diallo"),
    # Europe, with particles and double surnames
    ("Pieter", "van der", "Merwe"),
    ("Anouk", "van", "Dijk"),
    ("Bram", "de", "Vries"),
    ("Sofie", "van den", "Broek"),
    ("Friedrich", "von", "Hagen"),
    ("Hélène", "de la", "Fontaine"),
    ("Lucas", "", "Le Goff"),
    ("Claire", "du", "Plessis"),
    ("Alessandro", "", "D'Angelo"),
    ("Giulia", "", "Di Stefano"),
    ("Marco", "", "De Luca"),
    ("Carmen", "", "García-López"),
    ("Javier", "", "Fernández Ruiz"),
    ("Beatriz", "dos", "Santos"),
    ("João", "da", "Costa"),
    ("Agnieszka", "", "Wiśniewska"),
    ("Łukasz", "", "Kowalczyk"),
    ("Søren", "", "Østergaard"),
    ("Ingrid", "", "Åberg"),
    ("Eleni", "", "Papadopoulou"),
    ("Zoltán", "", "Szabó"),
    ("Mathilde", "", "Lefèvre"),
    ("Jürgen", "", "Müller"),
    ("Katarzyna", "", "Nowak-Zielińska"),
    # the Americas and Australasia
    ("Dana", "", "Whitaker"),
    ("Marcus", "", "Jefferson"),
    ("Ana Lucía", "", "Restrepo"),
    ("Kiri", "", "Te Awa"),
]

JOURNALS = [
    "Journal of Marketing Management",
    "European Journal of Marketing",
    "Journal of Consumer Behaviour",
    "Journal of Retailing and Consumer Services",
    "International Journal of Advertising",
    "Journal of Brand Management",
    "Journal of Business Research",
    "Psychology & Marketing",
    "Journal of Interactive Marketing",
    "Journal of Strategic Marketing",
    "Marketing Intelligence & Planning",
    "Journal of Services Marketing",
    "International Journal of Consumer Studies",
    "Journal of Product & Brand Management",
    "Industrial Marketing Management",
    "Journal of Marketing Communications",
    "British Food Journal",
    "Tourism Management",
    "Journal of Fashion Marketing and Management",
    "Journal of Research in Interactive Marketing",
]

PUBLISHERS = [
    ("Pearson", "Harlow"),
    ("Routledge", "Abingdon"),
    ("Kogan Page", "London"),
    ("SAGE", "London"),
    ("Oxford University Press", "Oxford"),
    ("Cengage", "Andover"),
    ("McGraw-Hill Education", "Maidenhead"),
    ("Wiley", "Chichester"),
    ("Palgrave Macmillan", "Basingstoke"),
    ("Edward Elgar", "Cheltenham"),
    ("Goodfellow Publishers", "Oxford"),
    ("Bloomsbury Business", "London"),
]

# Organisations as authors: (name, tag). Tags say what kind of body it is.
COMPANIES = [
    "Marks and Spencer Group plc",
    "J Sainsbury plc",
    "Tesco PLC",
    "Ocado Group plc",
    "Greggs plc",
    "Whitbread PLC",
    "Boots UK Ltd",
    "Lush Ltd",
    "innocent drinks",
    "Gymshark Ltd",
    "Pets at Home Group plc",
    "Nando's",
    "Ben & Jerry's",
    "Dr. Martens plc",
    "Holland & Barrett",
    "Moneysupermarket.com Group PLC",
    "Charlotte Tilbury Beauty Ltd",
    "Bettys & Taylors of Harrogate",
    "Pret A Manger",
    "The Body Shop International Ltd",
    "Unilever PLC",
    "Diageo plc",
    "Burberry Group plc",
    "John Lewis Partnership",
    "Currys plc",
    "AO World plc",
    "Deliveroo",
    "Monzo Bank Ltd",
    "Oatly AB",
    "Brompton Bicycle Ltd",
]
TRADE_BODIES = [
    "Chartered Institute of Marketing",
    "Institute of Practitioners in Advertising",
    "Data & Marketing Association",
    "Market Research Society",
    "Direct Selling Association",
    "British Retail Consortium",
    "Advertising Association",
    "Incorporated Society of British Advertisers",
    "UK Hospitality",
    "Chartered Institute of Public Relations",
    "WARC",
    "Which?",
    "Fairtrade Foundation",
    "WRAP",
]
GOVERNMENT = [
    "Department for Business and Trade",
    "Department for Culture, Media & Sport",
    "Office for National Statistics",
    "HM Revenue & Customs",
    "Department for Environment, Food & Rural Affairs",
    "HM Government",
    "Department for Science, Innovation and Technology",
    "Cabinet Office",
    "Food Standards Agency",
    "House of Commons Library",
]
REGULATORS = [
    "Advertising Standards Authority",
    "Committee of Advertising Practice",
    "Competition and Markets Authority",
    "Information Commissioner's Office",
    "Ofcom",
    "Financial Conduct Authority",
    "Ofgem",
    "Gambling Commission",
]
RESEARCH = [
    "Mintel",
    "Kantar",
    "YouGov",
    "Euromonitor International",
    "Statista",
    "IGD",
    "NielsenIQ",
    "GfK",
    "Deloitte",
    "PwC",
    "McKinsey & Company",
    "Ipsos",
    "Savanta",
    "GlobalData",
    "Circana",
    "Accenture",
]
NEWS = [
    "BBC News",
    "The Guardian",
    "Financial Times",
    "The Grocer",
    "Campaign",
    "Marketing Week",
    "Retail Gazette",
    "The Drum",
    "Drapers",
    "The Independent",
    "Sky News",
]

TOPICS = [
    "customer loyalty",
    "brand equity",
    "digital marketing strategy",
    "consumer decision-making",
    "sustainable consumption",
    "service quality",
    "omnichannel retailing",
    "influencer marketing",
    "social media engagement",
    "pricing strategy",
    "market segmentation",
    "customer experience",
    "relationship marketing",
    "brand authenticity",
    "purpose-led marketing",
    "Gen Z shoppers",
    "electronic word of mouth",
    "ethical branding",
    "retail media",
    "subscription models",
    "personalisation and privacy",
    "value co-creation",
    "marketing ethics",
    "B2B buying behaviour",
    "greenwashing",
    "brand storytelling",
    "loyalty apps",
    "the cost-of-living crisis",
    "food delivery platforms",
    "mobile commerce",
    "employer branding",
    "internal marketing",
    "stakeholder communication",
]
SECTORS = [
    "UK grocery retail",
    "fast fashion",
    "the hospitality sector",
    "independent coffee shops",
    "UK banking",
    "beauty and personal care",
    "the charity sector",
    "higher education",
    "travel and tourism",
    "pet care",
    "plant-based food",
    "online gambling",
    "sportswear",
    "the automotive sector",
    "SMEs",
]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


class Blind4WorkFactory:
    """Makes the blind4 pool's works from one seeded random source: a seed always gives the same works."""

    KINDS = (
        "book",
        "chapter",
        "journal",
        "web",
        "news",
        "news-unsigned",
        "company",
        "company-report",
        "trade-body",
        "government",
        "regulator",
        "market-research",
        "report",
    )
    WEIGHTS = (13, 7, 24, 5, 5, 3, 8, 5, 6, 7, 6, 8, 3)

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 4409 + 44)
        self.counter = 0

    # -------------------------------------------------------------- pieces
    def _id(self) -> str:
        self.counter += 1
        return f"b4w{self.counter}"

    def person(self) -> dict[str, str]:
        given, particle, family = self.rng.choice(PEOPLE)
        name = {"family": family, "given": given}
        if particle:
            name["non-dropping-particle"] = particle
        return name

    def people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 28, 16, 8, 5, 4, 3, 2][:most])[0]
        chosen: list[dict[str, str]] = []
        while len(chosen) < count:
            name = self.person()
            if name not in chosen:
                chosen.append(name)
        return chosen

    def year(self, recent: bool = False) -> int:
        if recent:
            return self.rng.randint(2016, 2025)
        if self.rng.random() < 0.12:  # the classics every reading list keeps
            return self.rng.randint(1960, 1999)
        return self.rng.randint(2000, 2025)

    def issued(self, year: int | None = None, month: bool = False) -> dict[str, Any]:
        year = year or self.year()
        if month:
            return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        return {"date-parts": [[year]]}

    def accessed(self, record: dict[str, Any]) -> dict[str, list[list[int]]]:
        """A day the student read the page: never before it was published."""
        published = record["issued"]["date-parts"][0][0] if "issued" in record else 2023
        year = self.rng.randint(max(published, 2023), 2025) if published <= 2025 else 2025
        return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def url(self, host: str) -> str:
        path = "-".join(self.rng.choice(TOPICS).replace("the ", "").split())
        return f"https://www.{host}/{self.rng.choice(['insights', 'news', 'about-us', 'reports', 'blog'])}/{path}"

    def title(self) -> str:
        topic, sector = self.rng.choice(TOPICS), self.rng.choice(SECTORS)
        forms = [
            f"{_cap(topic)} in {sector}",
            f"The role of {topic} in {sector}",
            f"Rethinking {topic}: evidence from {sector}",
            f"{_cap(topic)} and purchase intention",
            f"Does {topic} still matter? A study of {sector}",
            f"Exploring {topic} among millennial consumers",
            f"{_cap(topic)}, trust and loyalty: a mixed-methods study",
            f"Why {sector} gets {topic} wrong",
        ]
        return self.rng.choice(forms)

    def book_title(self) -> str:
        return self.rng.choice(
            [
                "Marketing: an introduction",
                "Principles of marketing",
                "Strategic marketing management",
                "Digital marketing: strategy, implementation and practice",
                "Consumer behaviour",
                "Marketing communications: integrating online and offline",
                "Services marketing",
                "Brand management: principles and practice",
                "The marketing plan handbook",
                "Social media marketing: a strategic approach",
                "Retail marketing management",
                f"{_cap(self.rng.choice(TOPICS))}: a practical guide",
                f"Marketing in {self.rng.choice(SECTORS)}",
            ]
        )

    # -------------------------------------------------------------- works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(self.KINDS, weights=self.WEIGHTS)[0]
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        return work

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tag: str) -> Work:
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, {"organisation", tag})

    def _book(self) -> Work:
        publisher, place = self.rng.choice(PUBLISHERS)
        record: dict[str, Any] = {
            "type": "book",
            "author": self.people(3),
            "title": self.book_title(),
            "publisher": publisher,
            "publisher-place": place,
            "issued": self.issued(),
        }
        if self.rng.random() < 0.45:
            record["edition"] = str(self.rng.randint(2, 18))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter",
            "author": self.people(3),
            "title": _cap(self.title()),
            "container-title": f"The Routledge companion to {self.rng.choice(TOPICS)}",
            "editor": self.people(2),
            "publisher": publisher,
            "publisher-place": place,
            "issued": self.issued(),
            "page": f"{(p := self.rng.randint(3, 400))}-{p + self.rng.randint(8, 30)}",
        }
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal",
            "author": self.people(8),
            "title": self.title(),
            "container-title": self.rng.choice(JOURNALS),
            "volume": str(self.rng.randint(1, 60)),
            "issue": str(self.rng.randint(1, 12)),
            "issued": self.issued(),
            "page": f"{(p := self.rng.randint(1, 900))}-{p + self.rng.randint(10, 25)}",
        }
        if self.rng.random() < 0.4:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.rng.choice(['jmm', 'ejm', 'cb', 'ijc', 'jbr'])}.{self.rng.randint(10000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _web(self) -> Work:
        record: dict[str, Any] = {
            "type": "post-weblog",
            "author": self.people(2),
            "title": _cap(self.title()),
            "container-title": self.rng.choice(
                ["HubSpot Blog", "Smart Insights", "Econsultancy", "Think with Google", "Medium", "LinkedIn Pulse"]
            ),
            "URL": self.url(self.rng.choice(["smartinsights.com", "econsultancy.com", "hubspot.com"])),
        }
        if self.rng.random() < 0.8:
            record["issued"] = self.issued(self.year(recent=True), month=True)
        record["accessed"] = self.accessed(record)
        return self._person_work(record, "web")

    def _news(self) -> Work:
        outlet = self.rng.choice(NEWS)
        record: dict[str, Any] = {
            "type": "article-newspaper",
            "author": self.people(2),
            "title": _cap(self.title()),
            "container-title": outlet,
            "issued": self.issued(self.year(recent=True), month=True),
            "URL": self.url(outlet.lower().replace(" ", "") + ".co.uk"),
        }
        record["accessed"] = self.accessed(record)
        return self._person_work(record, "news")

    def _news_unsigned(self) -> Work:
        outlet = self.rng.choice(NEWS)
        record: dict[str, Any] = {
            "type": "article-newspaper",
            "title": _cap(self.title()),
            "container-title": outlet,
            "issued": self.issued(self.year(recent=True), month=True),
            "URL": self.url(outlet.lower().replace(" ", "") + ".co.uk"),
        }
        record["accessed"] = self.accessed(record)
        return self._org_work(record, "news", outlet, "news")

    def _org(
        self,
        names: list[str],
        kind: str,
        tag: str,
        title: str,
        dated: float,
        csl: str = "webpage",
        extra: dict[str, Any] | None = None,
    ) -> Work:
        name = self.rng.choice(names)
        suffix = {"government": ".gov.uk", "regulator": ".org.uk", "trade-body": ".org.uk"}.get(
            tag, self.rng.choice([".co.uk", ".com"])
        )
        host = "".join(ch for ch in name.lower() if ch.isalnum())[:18] + suffix
        record: dict[str, Any] = {"type": csl, "title": title, "URL": self.url(host)}
        if self.rng.random() < dated:
            record["issued"] = self.issued(self.year(recent=True))
        record.update(extra or {})
        record["accessed"] = self.accessed(record)
        return self._org_work(record, kind, name, tag)

    def _company(self) -> Work:
        return self._org(
            COMPANIES,
            "company",
            "company",
            self.rng.choice(
                [
                    "Our story",
                    "Sustainability",
                    "Our brands",
                    "Plan A: our sustainability strategy",
                    "About us",
                    "Loyalty programme terms",
                    "Our purpose and values",
                    "Investor relations",
                ]
            ),
            dated=0.55,
        )

    def _company_report(self) -> Work:
        year = self.year(recent=True)
        return self._org(
            COMPANIES,
            "company-report",
            "company",
            f"Annual report and accounts {year}",
            dated=1.0,
            csl="report",
            extra={"issued": {"date-parts": [[year]]}},
        )

    def _trade_body(self) -> Work:
        return self._org(
            TRADE_BODIES,
            "trade-body",
            "trade-body",
            _cap(
                self.rng.choice(
                    [
                        f"{self.rng.choice(TOPICS)}: a guide for marketers",
                        f"The state of {self.rng.choice(SECTORS)}",
                        "Marketing skills benchmark",
                        "Code of practice",
                        f"{_cap(self.rng.choice(TOPICS))} toolkit",
                    ]
                )
            ),
            dated=0.8,
        )

    def _government(self) -> Work:
        return self._org(
            GOVERNMENT,
            "government",
            "government",
            _cap(
                self.rng.choice(
                    [
                        "Retail sales, Great Britain",
                        "Family spending in the UK",
                        "Internet access: households and individuals",
                        "Consumer protection: guidance",
                        "Business population estimates",
                        f"Statistics on {self.rng.choice(SECTORS)}",
                    ]
                )
            ),
            dated=0.85,
            csl="report",
        )

    def _regulator(self) -> Work:
        return self._org(
            REGULATORS,
            "regulator",
            "regulator",
            self.rng.choice(
                [
                    "Influencers' guide to making clear that ads are ads",
                    "Green claims code",
                    "Guide to the UK GDPR",
                    "Online nation report",
                    "Ruling on a complaint about misleading pricing",
                    "Direct marketing guidance",
                    "The CAP Code",
                ]
            ),
            dated=0.7,
            csl="report",
        )

    def _market_research(self) -> Work:
        year = self.year(recent=True)
        return self._org(
            RESEARCH,
            "market-research",
            "market-research",
            f"{_cap(self.rng.choice(SECTORS))}: UK, {self.rng.choice(['January', 'May', 'September'])} {year}",
            dated=0.9,
            csl="report",
        )

    def _report(self) -> Work:
        record: dict[str, Any] = {
            "type": "report",
            "author": self.people(4),
            "title": _cap(self.title()),
            "publisher": self.rng.choice(TRADE_BODIES + RESEARCH),
            "issued": self.issued(self.year(recent=True)),
            "URL": self.url("reports.example.org.uk"),
        }
        record["accessed"] = self.accessed(record)
        return self._person_work(record, "report")
