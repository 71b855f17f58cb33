"""Works for the seventh independent pool, "blind7": CSL-JSON records of what UK students cite in CIM reports.

Held out until its first tables were read (stop 21); its misses were read and fixed since (stop 22):
development data now.

Written by a seventh hand, without reading the checker, its tests or the other pools' frames, decoys and works,
from what the reference list of a CIM Level 4-6 assignment holds: core textbooks in later editions, chapters in
edited books, journal articles with one to eight authors (some with a DOI, some read online with an access date),
market-research reports (Mintel, Statista, Kantar...), company annual reports and web pages, trade press and
newspapers, government bodies, regulators and legislation, charities and trade bodies, podcasts, YouTube videos,
social media posts, dissertations and conference papers, pages with no date, and authors' names from many
cultures (particles, hyphens, apostrophes, accents, romanised names). Organisations as authors start with "The",
are written in lower case ("innocent drinks"), hold "&", "at", "of", "for", a comma, an apostrophe or a "?",
end in a company form ("plc", "Ltd", "LLP") or are abbreviations ("ONS", "IPA").
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
import re
from typing import Any, ClassVar

from tests.corpus.references.records import Work

# (given names, family names) by culture; a family name starting with lower-case words carries a particle.
CULTURES: dict[str, tuple[list[str], list[str]]] = {
    "english": (
        [
            "Hannah",
            "Oliver",
            "Rebecca",
            "Tom",
            "Lucy",
            "James",
            "Charlotte",
            "Mark",
            "Gemma",
            "Stuart",
            "Philippa",
            "Nigel",
        ],
        [
            "Whitfield",
            "Ashworth",
            "Pennington",
            "Barraclough",
            "Hollis",
            "Fairbairn",
            "Kettle",
            "Lowe",
            "Drinkwater",
            "Sutcliffe",
            "Ellis-Chadwick",
            "Rowntree-Smith",
            "Hart",
        ],
    ),
    "celtic": (
        ["Siobhán", "Ciarán", "Eilidh", "Rhys", "Aoife", "Gethin", "Niamh", "Callum"],
        [
            "O'Sullivan",
            "McAllister",
            "MacLeod",
            "Ní Bhriain",
            "ap Rhys",
            "O'Donoghue",
            "Llewellyn",
            "McGuinness",
            "Mac Giolla",
        ],
    ),
    "south-asian": (
        ["Priya", "Arjun", "Sanjana", "Imran", "Farah", "Raj", "Nusrat", "Vikram", "Harpreet"],
        [
            "Chaudhry",
            "Ramaswamy",
            "Bhattacharya",
            "Sandhu",
            "Rahman",
            "Patel",
            "Iyer",
            "Qureshi",
            "Mukherjee",
            "Siddiqui",
        ],
    ),
    "west-african": (
        ["Chidi", "Adaeze", "Kwame", "Abena", "Oluwaseun", "Ngozi", "Kofi", "Temitope"],
        ["Okonkwo", "Adeyemi", "Mensah", "Boateng", "Oyelaran-Oyeyinka", "Nwachukwu", "Asante", "Babatunde"],
    ),
    "east-asian": (
        ["Wei", "Mei Ling", "Hiroshi", "Yuki", "Jiwoo", "Minjun", "Xiaoyan", "Haruto"],
        ["Zhang", "Li", "Wang", "Nakamura", "Takahashi", "Kim", "Park", "Ng", "Cheung", "Lau"],
    ),
    "south-east-asian": (
        ["Thi Mai", "Van Minh", "Siti", "Ahmad", "Nurul", "Thanh"],
        ["Nguyen", "Tran", "Pham", "Abdullah", "Santoso", "Wijaya"],
    ),
    "arabic-turkish": (
        ["Faisal", "Layla", "Omar", "Elif", "Mehmet", "Zeynep", "Yousef"],
        ["Al-Mansouri", "El-Sayed", "Haddad", "Yılmaz", "Öztürk", "Çelik", "Abu-Ghazaleh", "Al Khalifa"],
    ),
    "european": (
        [
            "Zofia",
            "Lars",
            "Ingrid",
            "Matthias",
            "Chloé",
            "Giulia",
            "João",
            "Marta",
            "Sven",
            "Katarzyna",
            "Pieter",
            "Eleni",
        ],
        [
            "Kowalska",
            "Wiśniewski",
            "van der Berg",
            "de Vries",
            "von Hagen",
            "Müller",
            "Sørensen",
            "Østergaard",
            "García-López",
            "dos Santos",
            "De Pelsmacker",
            "D'Angelo",
            "Di Stefano",
            "Papadopoulou",
            "Lefèvre",
            "de la Cruz",
            "Nagy",
            "Dvořák",
            "van den Heuvel",
            "Kristiansen",
        ],
    ),
}
_CULTURE_WEIGHTS = {
    "english": 30,
    "celtic": 8,
    "south-asian": 12,
    "west-african": 8,
    "east-asian": 10,
    "south-east-asian": 5,
    "arabic-turkish": 7,
    "european": 20,
}

TOPICS = [
    "brand loyalty",
    "customer experience",
    "social media engagement",
    "influencer marketing",
    "sustainable consumption",
    "omnichannel retailing",
    "service quality",
    "price promotions",
    "brand authenticity",
    "green claims",
    "relationship marketing",
    "digital transformation",
    "customer journey mapping",
    "employer branding",
    "cause-related marketing",
    "word of mouth",
    "personalisation",
    "subscription services",
    "market orientation",
    "stakeholder engagement",
    "corporate reputation",
    "value co-creation",
    "loyalty programmes",
    "online reviews",
    "purchase intention",
    "brand equity",
    "the circular economy",
    "ethical consumption",
    "mobile commerce",
    "content marketing",
    "internal marketing",
    "segmentation",
    "B2B buying behaviour",
    "short-form video",
    "artificial intelligence in marketing",
    "live-stream shopping",
    "retail media",
    "greenwashing",
]
MARKETS = [
    "coffee shops",
    "plant-based foods",
    "fast fashion",
    "craft beer",
    "pet care",
    "meal kits",
    "budget airlines",
    "gyms and fitness clubs",
    "skincare",
    "online grocery",
    "soft drinks",
    "budget hotels",
    "home furnishings",
    "cinema",
    "sportswear",
    "confectionery",
    "used cars",
    "banking apps",
]
BOOK_TITLES = [
    "Marketing: an introduction",
    "Principles of marketing",
    "Digital marketing: strategy, implementation and practice",
    "Marketing communications: integrating online and offline, customer engagement and digital technologies",
    "Strategic marketing management",
    "Services marketing: people, technology, strategy",
    "Consumer behaviour",
    "Essentials of marketing",
    "Marketing strategy and competitive positioning",
    "Brand management: research, theory and practice",
    "Relationship marketing: creating stakeholder value",
    "Social media marketing: a strategic approach",
    "Marketing ethics and society",
    "Retail marketing management: principles and practice",
    "International marketing",
    "The marketing plan handbook",
    "Integrated marketing communications",
    "Business-to-business marketing",
    "Customer experience management",
    "Sustainable marketing",
    "Contemporary strategy analysis",
    "Exploring strategy",
    "Marketing research: an applied approach",
    "Content strategy for the web",
    "Pricing strategy: setting price levels, managing price discounts and establishing price structures",
    "Hooked: how to build habit-forming products",
    "This is marketing",
    "Building a storybrand",
    "The long and the short of it",
]
PUBLISHERS = [
    ("Pearson", "Harlow"),
    ("Routledge", "Abingdon"),
    ("SAGE", "London"),
    ("Oxford University Press", "Oxford"),
    ("Kogan Page", "London"),
    ("Cengage Learning", "Andover"),
    ("McGraw-Hill Education", "Maidenhead"),
    ("Palgrave Macmillan", "Basingstoke"),
    ("Wiley", "Chichester"),
    ("Bloomsbury Business", "London"),
    ("Goodfellow Publishers", "Oxford"),
    ("Edward Elgar", "Cheltenham"),
    ("Portfolio Penguin", "London"),
    ("Harvard Business Review Press", "Boston, MA"),
]
JOURNALS = [
    "Journal of Marketing",
    "Journal of Marketing Management",
    "European Journal of Marketing",
    "Journal of Business Research",
    "International Journal of Retail & Distribution Management",
    "Journal of Consumer Behaviour",
    "Psychology & Marketing",
    "Journal of Strategic Marketing",
    "Journal of Brand Management",
    "Journal of Retailing and Consumer Services",
    "Journal of Services Marketing",
    "Industrial Marketing Management",
    "Journal of Interactive Marketing",
    "Journal of Advertising Research",
    "International Journal of Consumer Studies",
    "Business Strategy and the Environment",
    "Journal of Product & Brand Management",
    "Qualitative Market Research",
    "Journal of the Academy of Marketing Science",
    "Marketing Intelligence & Planning",
    "British Food Journal",
    "Tourism Management",
    "Harvard Business Review",
    "The Marketing Review",
    "Journal of Fashion Marketing and Management",
]
ARTICLE_PATTERNS = [
    "{T} and {u}: evidence from UK {m}",
    "Rethinking {t} in {m}",
    "Why {t} matters for {u}",
    "{T}: a systematic literature review",
    "The dark side of {t}",
    "Does {t} drive {u}? A study of {m}",
    "{T} in a cost-of-living crisis",
    "From {t} to {u}: a framework for {m}",
    "Understanding {t} among Generation Z",
    "{T}, trust and {u}",
    "Measuring {t}: scale development and validation",
    "When {t} backfires: the case of {m}",
    "{T} after the pandemic",
    "Consumer responses to {t} in {m}",
    "A qualitative study of {t} in small firms",
]
WEB_TITLES = [
    "Our sustainability commitments",
    "About us",
    "Our story",
    "Annual report and accounts {y}",
    "Plan for {m}",
    "Modern slavery statement {y}",
    "Gender pay gap report {y}",
    "How we source our ingredients",
    "Investor relations",
    "Press release: record Christmas trading",
    "Our approach to {t}",
    "Careers: life at head office",
    "Store locator",
    "Frequently asked questions",
    "Code of conduct",
]
NEWS_TITLES = [
    "Shoppers cut back on {m} as prices rise",
    "{M} brands turn to TikTok to reach younger buyers",
    "Why UK {m} are betting on loyalty apps",
    "Regulator warns brands over {t}",
    "The rise and fall of {t}",
    "Inside the battle for the UK {m} market",
    "Sales of {m} slump in {month}",
    "Can {t} save the high street?",
    "Advertisers pull back on {t}",
    "Consumers say they trust brands less than in {z}",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

# (name, tag, domain): organisations writing reports, pages and posts, none of them a brand the frames name.
RESEARCH = [
    ("Mintel", "research", "reports.mintel.com"),
    ("Statista", "research", "statista.com"),
    ("Kantar", "research", "kantar.com"),
    ("Euromonitor International", "research", "euromonitor.com"),
    ("IBISWorld", "research", "ibisworld.com"),
    ("YouGov", "research", "yougov.co.uk"),
    ("GWI", "research", "gwi.com"),
    ("Nielsen", "research", "nielsen.com"),
    ("Ipsos", "research", "ipsos.com"),
    ("Key Note", "research", "keynote.co.uk"),
    ("WARC", "abbreviation", "warc.com"),
    ("Deloitte", "research", "deloitte.com"),
    ("PwC", "abbreviation", "pwc.co.uk"),
    ("McKinsey & Company", "ampersand", "mckinsey.com"),
    ("Ernst & Young LLP", "company-form", "ey.com"),
    ("Boston Consulting Group", "research", "bcg.com"),
    ("The Grocer", "the", "thegrocer.co.uk"),
    ("Which?", "punctuation", "which.co.uk"),
    ("eMarketer", "lower-case", "emarketer.com"),
]
GOVERNMENT = [
    ("Office for National Statistics", "government", "ons.gov.uk"),
    ("ONS", "abbreviation", "ons.gov.uk"),
    ("Competition and Markets Authority", "government", "gov.uk"),
    ("Department for Environment, Food & Rural Affairs", "comma", "gov.uk"),
    ("HM Revenue & Customs", "ampersand", "gov.uk"),
    ("Department for Business and Trade", "government", "gov.uk"),
    ("Ofcom", "government", "ofcom.org.uk"),
    ("Advertising Standards Authority", "government", "asa.org.uk"),
    ("Information Commissioner's Office", "apostrophe", "ico.org.uk"),
    ("Bank of England", "of", "bankofengland.co.uk"),
    ("European Commission", "government", "ec.europa.eu"),
    ("Food Standards Agency", "government", "food.gov.uk"),
    ("Scottish Government", "government", "gov.scot"),
    ("Welsh Government", "government", "gov.wales"),
]
BODIES = [
    ("The Chartered Institute of Marketing", "the", "cim.co.uk"),
    ("CIM", "abbreviation", "cim.co.uk"),
    ("Institute of Practitioners in Advertising", "of", "ipa.co.uk"),
    ("IPA", "abbreviation", "ipa.co.uk"),
    ("Data & Marketing Association", "ampersand", "dma.org.uk"),
    ("British Retail Consortium", "body", "brc.org.uk"),
    ("The Institute of Customer Service", "the", "instituteofcustomerservice.com"),
    ("Business in the Community", "body", "bitc.org.uk"),
    ("Friends of the Earth", "of", "friendsoftheearth.uk"),
    ("Age UK", "body", "ageuk.org.uk"),
    ("The Marketing Society", "the", "marketingsociety.com"),
    ("Interactive Advertising Bureau UK", "body", "iabuk.com"),
    ("Chartered Institute for Public Relations", "for", "cipr.co.uk"),
    ("WRAP", "abbreviation", "wrap.org.uk"),
    ("Fairtrade Foundation", "body", "fairtrade.org.uk"),
    ("World Health Organization", "body", "who.int"),
]
COMPANIES = [
    ("innocent drinks", "lower-case", "innocentdrinks.co.uk"),
    ("Unilever", "company", "unilever.co.uk"),
    ("Tesco PLC", "company-form", "tescoplc.com"),
    ("J Sainsbury plc", "company-form", "about.sainsburys.co.uk"),
    ("Marks and Spencer Group plc", "company-form", "corporate.marksandspencer.com"),
    ("Procter & Gamble", "ampersand", "pg.co.uk"),
    ("Pets at Home Group plc", "at", "petsathomeplc.com"),
    ("easyJet plc", "lower-case", "corporate.easyjet.com"),
    ("The Body Shop International Ltd", "the", "thebodyshop.com"),
    ("Nestlé UK & Ireland", "ampersand", "nestle.co.uk"),
    ("L'Oréal UK", "apostrophe", "loreal.com"),
    ("Aldi UK", "company", "aldi.co.uk"),
    ("Ocado Group plc", "company-form", "ocadogroup.com"),
    ("John Lewis Partnership", "company", "johnlewispartnership.co.uk"),
    ("Patagonia", "company", "patagonia.com"),
    ("Coca-Cola Europacific Partners", "hyphen", "cocacolaep.com"),
    ("Sainsbury's", "apostrophe", "sainsburys.co.uk"),
    ("adidas", "lower-case", "adidas-group.com"),
    ("Diageo", "company", "diageo.com"),
    ("Boots UK", "company", "boots-uk.com"),
    ("Starbucks Coffee Company", "company", "starbucks.co.uk"),
    ("Lloyds Banking Group", "company", "lloydsbankinggroup.com"),
]
NEWS = [
    ("The Guardian", "theguardian.com"),
    ("BBC News", "bbc.co.uk"),
    ("Financial Times", "ft.com"),
    ("The Times", "thetimes.co.uk"),
    ("The Independent", "independent.co.uk"),
    ("Evening Standard", "standard.co.uk"),
    ("The Telegraph", "telegraph.co.uk"),
    ("Manchester Evening News", "manchestereveningnews.co.uk"),
    ("Sky News", "news.sky.com"),
]
TRADE = [
    ("Marketing Week", "marketingweek.com"),
    ("Campaign", "campaignlive.co.uk"),
    ("The Drum", "thedrum.com"),
    ("Retail Gazette", "retailgazette.co.uk"),
    ("Drapers", "drapersonline.com"),
    ("Retail Week", "retail-week.com"),
    ("PR Week", "prweek.com"),
    ("Forbes", "forbes.com"),
    ("Harvard Business Review", "hbr.org"),
]
PODCASTS = [
    "The Marketing Meetup",
    "Marketing Today",
    "Everyone Hates Marketers",
    "The Diary of a CEO",
    "Brand Tales",
    "Uncensored CMO",
    "How I Built This",
    "The Retail Podcast",
    "Behind the Brand",
]
CHANNELS = [
    "Chartered Institute of Marketing",
    "Harvard Business Review",
    "HubSpot Marketing",
    "Think with Google",
    "The Economist",
    "TEDx Talks",
    "Marketing Week",
]
PLATFORMS = [
    ("Instagram", "instagram.com/p"),
    ("X", "x.com/status"),
    ("LinkedIn", "linkedin.com/posts"),
    ("TikTok", "tiktok.com/video"),
    ("Facebook", "facebook.com/posts"),
    ("Threads", "threads.net/post"),
]
POSTS = [
    "we've changed our recipe (again). tell us what you think",
    "Our new refill stations are now in {n} stores",
    "Proud to share our latest impact report",
    "Five things I learned running a rebrand on a shoestring",
    "Hot take: {t} is not a strategy",
    "Thank you for {n}k followers!",
    "Behind the scenes at our Leeds warehouse",
    "Why we stopped discounting on Black Friday",
]
UNIVERSITIES = [
    "University of Leeds",
    "Manchester Metropolitan University",
    "University of Strathclyde",
    "Cardiff University",
    "Ulster University",
    "Nottingham Trent University",
    "Bournemouth University",
    "University of Kent",
]
CONFERENCES = [
    "Academy of Marketing Conference",
    "European Marketing Academy Conference",
    "Global Marketing Conference",
    "British Academy of Management Conference",
]
LAWS = [
    ("Consumer Rights Act 2015", 2015, "ukpga/2015/15"),
    ("Data Protection Act 2018", 2018, "ukpga/2018/12"),
    ("Equality Act 2010", 2010, "ukpga/2010/15"),
    ("Companies Act 2006", 2006, "ukpga/2006/46"),
    ("Consumer Protection from Unfair Trading Regulations 2008", 2008, "uksi/2008/1277"),
    ("Privacy and Electronic Communications (EC Directive) Regulations 2003", 2003, "uksi/2003/2426"),
    ("Digital Markets, Competition and Consumers Act 2024", 2024, "ukpga/2024/13"),
    ("Modern Slavery Act 2015", 2015, "ukpga/2015/30"),
]
EDITED = [
    "The marketing book",
    "The Routledge companion to marketing research",
    "The SAGE handbook of marketing theory",
    "Contemporary issues in marketing",
    "The Oxford handbook of consumption",
    "Marketing management: a relationship approach",
    "Cases in sustainable marketing",
    "Retailing: critical concepts",
]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:40]


class Blind7WorkFactory:
    """Makes the blind7 pool's works from one seeded random source: a seed always gives the same works."""

    KINDS: ClassVar[dict[str, int]] = {
        "book": 18, "chapter": 6, "journal": 24, "web": 9, "company-report": 4, "report": 9, "government": 6,
        "legislation": 2, "body": 5, "news": 5, "trade-press": 5, "podcast": 2, "video": 2, "social": 3,
        "thesis": 1, "conference": 2,
    }  # fmt: skip

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(f"blind7/works/{seed}")
        self.counter = 0

    def _id(self) -> str:
        self.counter += 1
        return f"b7-{self.counter}"

    # ------------------------------------------------------------------ people, titles, dates
    def person(self) -> dict[str, str]:
        culture = self.rng.choices(list(_CULTURE_WEIGHTS), weights=list(_CULTURE_WEIGHTS.values()))[0]
        givens, families = CULTURES[culture]
        given = self.rng.choice(givens)
        if self.rng.random() < 0.12 and " " not in given and "-" not in given:  # a middle name, listed as an initial
            given = f"{given} {self.rng.choice(['Anne', 'J.', 'Louise', 'Peter', 'R.', 'Mary', 'David'])}"
        words = self.rng.choice(families).split(" ")
        particle = []
        while len(words) > 1 and words[0].islower():
            particle.append(words.pop(0))
        name: dict[str, str] = {"family": " ".join(words), "given": given}
        if particle:
            name["non-dropping-particle"] = " ".join(particle)
        return name

    def people(self, weights: list[int]) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, len(weights) + 1), weights=weights)[0]
        chosen: list[dict[str, str]] = []
        while len(chosen) < count:
            candidate = self.person()
            if all(candidate["family"] != other["family"] for other in chosen):
                chosen.append(candidate)
        return chosen

    def issued(self, low: int, high: int, detail: str = "year") -> dict[str, Any]:
        year = self.rng.randint(low, high)
        if detail == "day":
            return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        if detail == "month":
            return {"date-parts": [[year, self.rng.randint(1, 12)]]}
        return {"date-parts": [[year]]}

    def accessed(self, issued: dict[str, Any] | None) -> dict[str, list[list[int]]]:
        """The day the student looked: on or after the work's date, between 2023 and 2025."""
        parts = issued["date-parts"][0] if issued else [2023]
        year = self.rng.randint(max(2023, parts[0]), 2025)
        same_year = year == parts[0]
        month = self.rng.randint(parts[1] if same_year and len(parts) > 1 else 1, 12)
        low_day = parts[2] if same_year and len(parts) > 2 and month == parts[1] else 1
        return {"date-parts": [[year, month, self.rng.randint(low_day, 28)]]}

    def _fill(self, pattern: str, year: int) -> str:
        topic, other = self.rng.sample(TOPICS, 2)
        market = self.rng.choice(MARKETS)
        return (pattern.replace("{t}", topic).replace("{T}", topic[:1].upper() + topic[1:]).replace("{u}", other)
                .replace("{m}", market).replace("{M}", market[:1].upper() + market[1:]).replace("{y}", str(year))
                .replace("{z}", str(year - 2)).replace("{n}", str(self.rng.randint(2, 90)))
                .replace("{month}", self.rng.choice(MONTHS)))  # fmt: skip

    def _online(self, record: dict[str, Any], domain: str, chance: float = 1.0) -> None:
        if self.rng.random() < chance:
            path = domain if "/" in domain else f"www.{domain}" if domain.count(".") == 1 else domain
            record["URL"] = f"https://{path}/{_slug(str(record.get('title', 'page')))}"
            record["accessed"] = self.accessed(record.get("issued"))

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.KINDS), weights=list(self.KINDS.values()))[0]
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        return work

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        tags = {"person"} | ({"particle"} if "non-dropping-particle" in first else set())
        return Work(record, lead, year, False, len(record["author"]), kind, tags)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tag: str) -> Work:
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, {"organisation", tag})

    def _maybe_undated(self, record: dict[str, Any], chance: float) -> None:
        if self.rng.random() < chance:
            record.pop("issued", None)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self.rng.choice(BOOK_TITLES), "author": self.people([40, 32, 16, 8, 4]),
                                  "publisher": publisher, "publisher-place": place, "issued": self.issued(1998, 2024)}  # fmt: skip
        if self.rng.random() < 0.55:
            record["edition"] = str(self.rng.randint(2, 17))
        if self.rng.random() < 0.12:  # an e-book read on a platform
            record["URL"] = f"https://ebookcentral.proquest.com/lib/{_slug(record['title'])[:20]}"
            record["accessed"] = self.accessed(record["issued"])
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(PUBLISHERS)
        start = self.rng.randint(1, 400)
        year = self.rng.randint(2005, 2024)
        record: dict[str, Any] = {"type": "chapter", "title": self._fill(self.rng.choice(ARTICLE_PATTERNS), year),
                                  "author": self.people([60, 30, 10]), "editor": self.people([40, 45, 15]),
                                  "container-title": self.rng.choice(EDITED), "publisher": publisher, "publisher-place": place,
                                  "page": f"{start}-{start + self.rng.randint(8, 30)}", "issued": {"date-parts": [[year]]}}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        year = self.rng.randint(1995, 2025)
        record: dict[str, Any] = {"type": "article-journal", "title": self._fill(self.rng.choice(ARTICLE_PATTERNS), year),
                                  "author": self.people([22, 26, 20, 12, 8, 5, 4, 3]), "container-title": self.rng.choice(JOURNALS),
                                  "volume": str(self.rng.randint(1, 60)), "issued": {"date-parts": [[year]]}}  # fmt: skip
        if self.rng.random() < 0.8:
            record["issue"] = str(self.rng.randint(1, 12))
        if self.rng.random() < 0.85:
            start = self.rng.randint(1, 900)
            record["page"] = f"{start}-{start + self.rng.randint(10, 30)}"
        else:
            record["page"] = str(self.rng.randint(100000, 114999))  # an article number
        roll = self.rng.random()
        if roll < 0.5:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 1199)}/{_slug(record['container-title'])[:6]}.{year}.{self.rng.randint(1000, 99999)}"
            )
        elif roll < 0.7:
            record["URL"] = f"https://www.proquest.com/docview/{self.rng.randint(10**8, 10**9)}"
            record["accessed"] = self.accessed(record["issued"])
        return self._person_work(record, "journal")

    def _web(self) -> Work:
        name, tag, domain = self.rng.choice(COMPANIES + BODIES)
        record: dict[str, Any] = {
            "type": "webpage",
            "issued": self.issued(2012, 2025, self.rng.choice(["year", "year", "day"])),
        }
        record["title"] = self._fill(self.rng.choice(WEB_TITLES), record["issued"]["date-parts"][0][0])
        self._maybe_undated(record, 0.35)
        self._online(record, domain)
        return self._org_work(record, "web", name, tag)

    def _company_report(self) -> Work:
        name, tag, domain = self.rng.choice(COMPANIES)
        record: dict[str, Any] = {"type": "report", "issued": self.issued(2015, 2025)}
        year = record["issued"]["date-parts"][0][0]
        record["title"] = self.rng.choice([f"Annual report and accounts {year}", f"Sustainability report {year}",
                                           f"Strategic report {year - 1}/{str(year)[2:]}", f"Impact report {year}"])  # fmt: skip
        self._online(record, domain, 0.85)
        return self._org_work(record, "company-report", name, tag)

    def _report(self) -> Work:
        name, tag, domain = self.rng.choice(RESEARCH)
        record: dict[str, Any] = {
            "type": "report",
            "issued": self.issued(2014, 2025, self.rng.choice(["year", "month"])),
        }
        market = self.rng.choice(MARKETS)
        year = record["issued"]["date-parts"][0][0]
        record["title"] = self.rng.choice([f"{market[:1].upper() + market[1:]} - UK - {year}", f"UK {market} market report",
                                           f"Consumer trends {year}", f"The future of {self.rng.choice(TOPICS)}",
                                           f"Global consumer survey {year}: {market}"])  # fmt: skip
        if self.rng.random() < 0.5:
            record["publisher"] = name if name.split()[0] not in ("The",) else name[4:]
            record["publisher-place"] = "London"
        self._maybe_undated(record, 0.08)
        self._online(record, domain, 0.85)
        if self.rng.random() < 0.25 and name == "Statista":  # Statista pages written by a named researcher
            record["author"] = [self.person()]
            return self._person_work(record, "report")
        return self._org_work(record, "report", name, tag)

    def _government(self) -> Work:
        name, tag, domain = self.rng.choice(GOVERNMENT)
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "issued": self.issued(2010, 2025, self.rng.choice(["year", "day"])),
        }
        record["title"] = self._fill(self.rng.choice(["Family spending in the UK: April {z} to March {y}", "Retail sales, Great Britain: {month} {y}",
                                                      "Guidance on {t}", "{M}: market study final report", "Online nation {y} report",
                                                      "Consumer attitudes to {t}", "Green claims code", "Annual report {y}"]),
                                     record["issued"]["date-parts"][0][0])  # fmt: skip
        self._online(record, domain)
        self._maybe_undated(record, 0.1)
        if "issued" not in record and "accessed" in record:
            record["accessed"] = self.accessed(None)
        return self._org_work(record, "government", name, tag)

    def _legislation(self) -> Work:
        title, year, path = self.rng.choice(LAWS)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}}
        if self.rng.random() < 0.8:
            record["URL"] = f"https://www.legislation.gov.uk/{path}/contents"
            record["accessed"] = self.accessed(record["issued"])
        return self._org_work(
            record, "legislation", self.rng.choice(["Great Britain", "UK Parliament", "Great Britain"]), "government"
        )

    def _body(self) -> Work:
        name, tag, domain = self.rng.choice(BODIES)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "issued": self.issued(2008, 2025)}
        record["title"] = self._fill(self.rng.choice(["The state of {t} in the UK", "{T}: a guide for marketers", "Impact report {y}",
                                                      "UK customer satisfaction index: {month} {y}", "Effectiveness in {t}",
                                                      "Position paper on {t}", "Members' survey {y}"]), record["issued"]["date-parts"][0][0])  # fmt: skip
        self._maybe_undated(record, 0.15)
        self._online(record, domain, 0.8)
        return self._org_work(record, "body", name, tag)

    def _news(self) -> Work:
        paper, domain = self.rng.choice(NEWS)
        record: dict[str, Any] = {"type": "article-newspaper", "author": self.people([75, 20, 5]), "container-title": paper,
                                  "issued": self.issued(2015, 2025, "day")}  # fmt: skip
        record["title"] = self._fill(self.rng.choice(NEWS_TITLES), record["issued"]["date-parts"][0][0])
        self._online(record, domain, 0.9)
        return self._person_work(record, "news")

    def _trade_press(self) -> Work:
        title, domain = self.rng.choice(TRADE)
        record: dict[str, Any] = {"type": "article-magazine", "author": self.people([80, 17, 3]), "container-title": title,
                                  "issued": self.issued(2012, 2025, self.rng.choice(["day", "month"]))}  # fmt: skip
        record["title"] = self._fill(
            self.rng.choice(NEWS_TITLES + ARTICLE_PATTERNS), record["issued"]["date-parts"][0][0]
        )
        self._online(record, domain, 0.9)
        return self._person_work(record, "trade-press")

    def _podcast(self) -> Work:
        record: dict[str, Any] = {"type": "song", "author": self.people([70, 30]), "container-title": self.rng.choice(PODCASTS),
                                  "medium": "Podcast", "issued": self.issued(2017, 2025, "day")}  # fmt: skip
        record["title"] = f"Episode {self.rng.randint(1, 400)}: {self.rng.choice(TOPICS)}"
        self._online(record, self.rng.choice(["podcasts.apple.com/gb/podcast", "open.spotify.com/episode"]))
        return self._person_work(record, "podcast")

    def _video(self) -> Work:
        record: dict[str, Any] = {"type": "motion_picture", "medium": "YouTube video", "container-title": "YouTube",
                                  "issued": self.issued(2012, 2025, "day"), "title": self._fill(self.rng.choice(["{T} explained in {n} minutes", "How to build a marketing plan", "{T}: masterclass", "What is {t}?"]), 2020)}  # fmt: skip
        self._online(record, "youtube.com/watch")
        if self.rng.random() < 0.5:
            record["author"] = [self.person()]
            return self._person_work(record, "video")
        return self._org_work(record, "video", self.rng.choice(CHANNELS), "channel")

    def _social(self) -> Work:
        platform, path = self.rng.choice(PLATFORMS)
        record: dict[str, Any] = {"type": "post", "container-title": platform, "issued": self.issued(2016, 2025, "day")}
        record["title"] = self._fill(self.rng.choice(POSTS), 2020)
        self._online(record, path)
        if self.rng.random() < 0.45:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        name, tag, _domain = self.rng.choice(COMPANIES)
        return self._org_work(record, "social", name, tag)

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "author": [self.person()], "genre": self.rng.choice(["PhD thesis", "MSc dissertation", "MBA dissertation"]),
                                  "publisher": self.rng.choice(UNIVERSITIES), "issued": self.issued(2008, 2024)}  # fmt: skip
        record["title"] = self._fill(self.rng.choice(ARTICLE_PATTERNS), record["issued"]["date-parts"][0][0])
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        year = self.rng.randint(2010, 2024)
        record: dict[str, Any] = {"type": "paper-conference", "author": self.people([30, 40, 20, 10]),
                                  "title": self._fill(self.rng.choice(ARTICLE_PATTERNS), year),
                                  "container-title": f"Proceedings of the {self.rng.choice(CONFERENCES)}",
                                  "publisher-place": self.rng.choice(["Cardiff", "Glasgow", "Norwich", "Hull", "London"]),
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        return self._person_work(record, "conference")
