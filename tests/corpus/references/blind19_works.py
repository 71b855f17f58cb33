"""Works for the nineteenth held-out pool, "blind19": what college and first-year students cite.

HELD OUT: never tune the checker on this pool; report its tables, never its misses.

Written by a nineteenth hand, without reading the checker, its tests or the other pools, from what 16-19-year-olds on
NCFE and BTEC Level 3 business and marketing courses in England, and first-year undergraduates, put in a reference
list: a textbook or two (Hodder, Pearson BTEC books, Kotler in a late edition), a few journal articles their tutor
gave them, and then mostly websites: BBC Bitesize, tutor2u, Which?, Wikipedia, Statista, Google Trends, Trustpilot,
company 'About us' pages, Reddit and Mumsnet threads, YouTube videos, TikTok posts, BBC News and the Guardian, and
the local council. Sectors: local gyms, hairdressers and barbers, takeaways, bubble tea shops, esports teams, trainer
resale, car washes, phone repair shops, youth football clubs and festivals.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# Names as they come on the books and articles students are given: many cultures, particles, hyphens, Mc and O'.
FIRSTS = ["Aisha", "Connor", "Priya", "Jake", "Olamide", "Hannah", "Zain", "Megan", "Kacper", "Ruby", "Tariq", "Ellie",
          "Chidera", "Liam", "Siân", "Mohammed", "Ffion", "Yusuf", "Amelia", "Dev", "Bartosz", "Leah", "Ngozi", "Callum",
          "Xiaoling", "Rory", "Anaïs", "Kwabena", "Freya", "Hamza", "Zofia", "Josh", "Thandiwe", "Owen", "Mehmet"]  # fmt: skip
SURNAMES = ["Robinson", "Adebayo", "Khan", "Holloway", "Wiśniewski", "Sutcliffe", "Begum", "Okafor", "Tran", "Fairclough",
            "Mahmood", "Jankowska", "Lindqvist", "Barker", "Chowdhury", "Nwosu", "Rahman", "Pemberton", "Gómez", "Aydın",
            "Li", "Whittaker", "Mensah", "Dąbrowski", "Greenhalgh", "Sørensen", "Oyelaran", "Hussain", "Blackburn",
            "Papadakis", "Lowe", "Nguyễn", "Kaur", "Fitzgerald", "Ahmed", "Schäfer", "Iqbal", "Brennan"]  # fmt: skip
PARTICLES = [("van", "Leeuwen"), ("de", "Souza"), ("van der", "Meer"), ("da", "Costa"), ("von", "Bülow"), ("de", "Witt"),
             ("di", "Matteo"), ("le", "Grand"), ("dos", "Reis")]  # fmt: skip
HYPHENATED = ["Smith-Okoro", "Lloyd-Jones", "Evans-Bamidele", "Ali-Hassan", "Clarke-Mensah", "Wood-Kowalski",
              "Al-Amin", "Bright-Davies"]  # fmt: skip
CELTIC = ["McGuinness", "O'Donoghue", "MacLeod", "O'Reilly", "McAteer", "Ó Ceallaigh", "Mac an tSaoir", "O'Shea"]

SECTORS = ["local gyms", "hairdressers", "barbers", "takeaways", "bubble tea shops", "esports teams", "trainer resale",
           "car washes", "phone repair shops", "youth football clubs", "music festivals", "small businesses",
           "independent cafés", "nail salons"]  # fmt: skip
TOPICS = ["the marketing mix", "market research", "segmentation", "customer service", "branding", "social media marketing",
          "pricing strategies", "promotion", "SWOT analysis", "PESTLE analysis", "customer loyalty", "influencers",
          "word of mouth", "online reviews", "Gen Z shoppers", "the product life cycle", "competitor analysis",
          "sponsorship", "email marketing", "motivation"]  # fmt: skip

BOOKS = [("Business: BTEC National", ["Hodder Education", "London"]), ("BTEC Level 3 National Business Student Book {q}", ["Pearson", "Harlow"]),
         ("Principles of marketing", ["Pearson", "Harlow"]), ("Marketing: an introduction", ["Pearson", "Harlow"]),
         ("Essentials of marketing", ["Pearson", "Harlow"]), ("Cambridge International AS and A Level business", ["Cambridge University Press", "Cambridge"]),
         ("Introduction to marketing for {s}", ["SAGE", "London"]), ("Small business marketing for dummies", ["Wiley", "Chichester"]),
         ("Digital marketing: strategy, implementation and practice", ["Pearson", "Harlow"]), ("Marketing communications", ["Kogan Page", "London"]),
         ("Business studies for A level", ["Hodder Education", "London"]), ("Starting a business: {s} and beyond", ["Routledge", "Abingdon"]),
         ("NCFE Level 3 business and marketing", ["Collins", "Glasgow"]), ("Customer service: a practical guide", ["Kogan Page", "London"])]  # fmt: skip
EDITED = ["The Routledge companion to {t}", "Marketing in {s}: cases", "Small business and entrepreneurship", "Sport marketing: a reader",
          "Events management: principles and practice", "Youth culture and consumption"]  # fmt: skip
CHAPTERS = [
    "Marketing {s}",
    "{T} in practice",
    "Young consumers and {t}",
    "Running {s} on a budget",
    "Why {t} matters to {s}",
]
ARTICLES = ["{T} and {s}: a UK study", "How Gen Z uses TikTok to choose {s}", "Online reviews and {s}", "Customer loyalty in {s}",
            "The role of {t} in {s}", "Esports fans and sponsorship", "Sneaker resale and young consumers", "Social media and small {s}",
            "Word of mouth in local service businesses", "Bubble tea and the rise of the Instagram café", "Why do people quit the gym?"]  # fmt: skip
JOURNALS = ["Journal of Marketing Management", "International Journal of Retail & Distribution Management", "Journal of Business Research",
            "Journal of Small Business and Enterprise Development", "Sport, Business and Management", "Young Consumers",
            "Journal of Retailing and Consumer Services", "Event Management", "Journal of Consumer Behaviour"]  # fmt: skip

# Organisations as students name them as authors: brands, shops, clubs, regulators, websites, trade bodies.
COMPANIES = [("PureGym Ltd", "https://www.puregym.com/about-us/"), ("The Gym Group plc", "https://www.tggplc.com/"),
             ("Toni&Guy", "https://www.toniandguy.com/about"), ("Rush Hair & Beauty", "https://www.rush.co.uk/about-us"),
             ("Domino's Pizza Group plc", "https://investors.dominos.co.uk/"), ("Chatime UK", "https://www.chatime.co.uk/about"),
             ("Fnatic", "https://fnatic.com/about"), ("Excel Esports", "https://www.xl.gg/about"), ("StockX", "https://stockx.com/about"),
             ("Depop", "https://www.depop.com/about/"), ("IMO Car Wash", "https://www.imocarwash.com/en-gb/about-us/"),
             ("iSmash", "https://www.ismash.com/about-us"), ("Greggs plc", "https://corporate.greggs.co.uk/"),
             ("Just Eat Takeaway.com", "https://www.justeattakeaway.com/"), ("Festival Republic", "https://festivalrepublic.com/"),
             ("Gail's Bakery", "https://gails.com/pages/about-us"), ("Sports Direct", "https://www.sportsdirect.com/about"),
             ("JD Sports Fashion plc", "https://www.jdplc.com/"), ("Creams Café", "https://www.creamscafe.com/about"),
             ("Mr Lee's Noodles", "https://mrlees.co.uk/about"), ("The Football Association", "https://www.thefa.com/about-football-association"),
             ("Ben & Jerry's", "https://www.benjerry.co.uk/about-us"), ("Glastonbury Festivals Ltd", "https://www.glastonburyfestivals.co.uk/information/")]  # fmt: skip
WEBSITES = [("BBC Bitesize", "https://www.bbc.co.uk/bitesize/guides/", ["The marketing mix", "Market research", "Market segmentation", "Branding", "Customer service", "Pricing strategies"]),
            ("tutor2u", "https://www.tutor2u.net/business/reference/", ["Marketing mix - introduction", "Primary market research", "Boston matrix", "Niche and mass marketing", "Ansoff matrix"]),
            ("Wikipedia", "https://en.wikipedia.org/wiki/", ["Bubble tea", "Esports", "Sneaker collecting", "Car wash", "Barber", "Reading Festival", "PureGym", "Marketing mix"]),
            ("Which?", "https://www.which.co.uk/reviews/", ["Best and worst gym chains", "Phone repair: what are your rights?", "Takeaway delivery apps compared", "Festival tickets and resale sites"]),
            ("Trustpilot", "https://uk.trustpilot.com/review/", ["Reviews of {B}", "{B} reviews", "Read customer service reviews of iSmash"]),
            ("Google Trends", "https://trends.google.co.uk/trends/explore?q=", ["bubble tea", "gyms near me", "car wash near me", "phone screen repair", "Stanley cup"]),
            ("Investopedia", "https://www.investopedia.com/terms/", ["Marketing mix", "Market segmentation", "SWOT analysis"]),
            ("The Chartered Institute of Marketing", "https://www.cim.co.uk/content-hub/", ["What is marketing?", "7Ps: a brief summary of marketing"]),
            ("Mumsnet", "https://www.mumsnet.com/talk/", ["Is the gym worth it?", "Kids' football club fees - normal?", "Bubble tea - safe for children?"]),
            ("Reddit", "https://www.reddit.com/r/", ["Best cheap gym in Leeds?", "Is StockX legit?", "Barbers - how much do you tip?", "Anyone been to Parklife?"])]  # fmt: skip
REGULATORS = [("Advertising Standards Authority", "ASA"), ("Competition and Markets Authority", "CMA"), ("Office for National Statistics", "ONS"),
              ("Information Commissioner's Office", "ICO"), ("Food Standards Agency", "FSA"), ("Department for Business and Trade", None),
              ("HM Revenue & Customs", None), ("Sport England", None), ("Ofcom", None), ("UK Government", None)]  # fmt: skip
COUNCILS = ["Leeds City Council", "Manchester City Council", "Birmingham City Council", "Bristol City Council", "Sheffield City Council",
            "Kirklees Council", "Nottingham City Council", "Cornwall Council", "London Borough of Hackney", "Stoke-on-Trent City Council"]  # fmt: skip
GOV_TITLES = ["Food hygiene ratings: how they work", "Licensing for takeaways and late-night food", "Starting a business in {c}",
              "Sport and physical activity in {c}", "Business rates relief", "Trading standards advice for small businesses",
              "Active Lives Adult Survey", "Family spending in the UK", "Business population estimates for the UK", "Data protection for small businesses"]  # fmt: skip
ACTS = ["Consumer Rights Act 2015", "Data Protection Act 2018", "Equality Act 2010", "Health and Safety at Work etc. Act 1974",
        "Licensing Act 2003", "Sale of Goods Act 1979", "Online Safety Act 2023", "Employment Rights Act 1996"]  # fmt: skip
RESEARCH = [("Statista", "https://www.statista.com/statistics/", ["Number of gym members in the UK {Y}", "Bubble tea market size worldwide", "Esports audience in the UK by age", "Takeaway food delivery revenue UK {Y}"]),
            ("Mintel", "https://store.mintel.com/report/", ["Health and fitness clubs - UK - {Y}", "Hair and beauty services - UK - {Y}", "Takeaways - UK - {Y}"]),
            ("YouGov", "https://yougov.co.uk/topics/", ["What Britons think of bubble tea", "Young people and esports", "How often do Britons get a haircut?"]),
            ("IBISWorld", "https://www.ibisworld.com/united-kingdom/market-size/", ["Car wash and valeting in the UK", "Hairdressing and beauty treatment in the UK", "Phone repair services in the UK"]),
            ("Kantar", "https://www.kantar.com/uki/inspiration/", ["Gen Z and brand loyalty", "Who buys from takeaways?"])]  # fmt: skip
COMPANY_REPORTS = [("The Gym Group plc", "Annual report and accounts {Y}"), ("Domino's Pizza Group plc", "Annual report {Y}"),
                   ("JD Sports Fashion plc", "Annual report and accounts {Y}"), ("Greggs plc", "Annual report {Y}"),
                   ("Frasers Group plc", "Annual report {Y}"), ("Just Eat Takeaway.com", "Annual report {Y}")]  # fmt: skip
NEWS = [("BBC News", "https://www.bbc.co.uk/news/"), ("The Guardian", "https://www.theguardian.com/"), ("Manchester Evening News", "https://www.manchestereveningnews.co.uk/"),
        ("Yorkshire Evening Post", "https://www.yorkshireeveningpost.co.uk/"), ("The Independent", "https://www.independent.co.uk/"),
        ("Sky News", "https://news.sky.com/"), ("Birmingham Mail", "https://www.birminghammail.co.uk/")]  # fmt: skip
TRADE = [("Marketing Week", "https://www.marketingweek.com/"), ("Campaign", "https://www.campaignlive.co.uk/"), ("Hairdressers Journal", "https://www.hji.co.uk/"),
         ("Esports Insider", "https://esportsinsider.com/"), ("Health Club Management", "https://www.healthclubmanagement.co.uk/"), ("British Baker", "https://bakeryinfo.co.uk/")]  # fmt: skip
HEADLINES = ["Why bubble tea shops are opening on every high street", "{B} fined over misleading ads", "Gyms see January rush as prices rise",
             "Barbers warn of price rises", "Takeaway owners hit by energy bills", "Esports team signs new sponsor", "Is the sneaker resale bubble over?",
             "Phone repair shops boom as people keep phones longer", "Youth football clubs struggle with pitch costs", "Festival ticket prices soar",
             "Car wash firms told to pay minimum wage", "TikTok made my small business famous"]  # fmt: skip
CHANNELS = ["Think Media", "Barber Shop Secrets", "Business Casual", "The Finance Guy UK", "Two Cents", "Ali Abdaal", "Steven Bartlett",
            "Sneaker Talk UK", "Tom Scott", "Fnatic", "Gym Owners Academy"]  # fmt: skip
VIDEOS = ["How I started a barbershop at 19", "Why bubble tea is so popular", "Marketing mix explained in 5 minutes", "How esports teams make money",
          "I flipped trainers for 30 days", "Day in the life of a phone repair shop owner", "SWOT analysis explained"]  # fmt: skip
PODCASTS = [("The Diary of a CEO", "The Diary of a CEO"), ("Marketing Week", "Marketing Week podcast"), ("BBC Radio 4", "The Bottom Line"),
            ("tutor2u", "tutor2u Business podcast")]  # fmt: skip
SOCIAL = [("TikTok", "https://www.tiktok.com/@", ["POV: your first shift at a bubble tea shop", "Rating every gym in my town", "Fresh fade on a Saturday ✂️", "Unboxing these Dunks 👟"]),
          ("Instagram", "https://www.instagram.com/p/", ["New menu drop this Friday", "Summer deal: 2 for £8", "Congrats to our U12s on the cup win!"]),
          ("X", "https://x.com/", ["Tickets on sale 9am Friday", "We're hiring weekend staff", "Thanks for 10k followers!"])]  # fmt: skip
HANDLES = [
    "Chatime UK",
    "Fnatic",
    "PureGym",
    "Barber Ben",
    "Leeds Bubble Co",
    "Sole Trader Sneakers",
    "Parklife Festival",
    "Fix My Phone Bradford",
]


class Blind19WorkFactory(WorkFactory):
    """Works that college and first-year students cite, drawn from one seeded random source."""

    KINDS: ClassVar[dict[str, float]] = {
        "book": 12, "chapter": 3, "journal": 12, "web": 20, "wiki": 5, "review": 3, "forum": 3, "report": 7,
        "company-report": 3, "government": 8, "legislation": 1, "news": 9, "trade-press": 4, "video": 5, "podcast": 2,
        "social": 4,
    }  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 23000)
        self.dated: list[tuple[str, dict[str, Any]]] = []  # organisations with a dated work, to pair now and then

    # ------------------------------------------------------------------ people, dates, words
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        given = self.rng.choice(FIRSTS)
        if roll < 0.1:
            particle, family = self.rng.choice(PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.18:
            return {"family": self.rng.choice(HYPHENATED), "given": given}
        if roll < 0.26:
            return {"family": self.rng.choice(CELTIC), "given": given}
        return {"family": self.rng.choice(SURNAMES), "given": given}

    def people(self, low: int, high: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(low, high + 1), weights=[40, 25, 15, 8, 5, 3, 2, 2][: high - low + 1])[0]
        names: list[dict[str, str]] = []
        while len(names) < count:
            name = self.person()
            if name not in names:
                names.append(name)
        return names

    def issued(self, low: int = 2010, high: int = 2025, day: bool = False) -> dict[str, Any]:
        year = self.rng.randint(low, high)
        if day:
            return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        return {"date-parts": [[year]]}

    def accessed(self, issued: dict[str, Any] | None = None) -> dict[str, Any]:  # type: ignore[override]
        parts = list(issued["date-parts"][0]) if issued else [2022]
        year = self.rng.randint(max(parts[0], 2023), 2025)
        if year > parts[0] or len(parts) < 3:
            return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        month = self.rng.randint(parts[1], 12)  # read after it was posted
        return {"date-parts": [[year, month, self.rng.randint(parts[2] if month == parts[1] else 1, 28)]]}

    def words(self, pattern: str) -> str:
        topic = self.rng.choice(TOPICS)
        out = (
            pattern.replace("{s}", self.rng.choice(SECTORS))
            .replace("{t}", topic)
            .replace("{T}", topic[:1].upper() + topic[1:])
        )
        out = out.replace("{Y}", str(self.rng.randint(2019, 2024))).replace("{q}", str(self.rng.randint(1, 2)))
        out = out.replace("{c}", self.rng.choice(["Leeds", "Sheffield", "Bristol", "Bradford", "Coventry", "Hull"]))
        return out.replace(
            "{B}", self.rng.choice(["PureGym", "iSmash", "Chatime", "StockX", "IMO Car Wash", "Toni&Guy"])
        )

    def online(self, record: dict[str, Any], url: str, access: float = 0.85) -> None:
        record["URL"] = url
        if self.rng.random() < access:  # students often leave the access date off
            record["accessed"] = self.accessed(record.get("issued"))

    def org(self, record: dict[str, Any], kind: str, name: str, tags: set[str], undated: float = 0.0) -> Work:
        if self.rng.random() < undated:
            record.pop("issued", None)
        elif "issued" in record and (same := [i for n, i in self.dated if n == name]) and self.rng.random() < 0.35:
            issued = self.rng.choice(same)  # the same site twice in a year: "Wikipedia (2024a)" and "(2024b)"
            record["issued"] = {"date-parts": [list(issued["date-parts"][0])]}
            if "accessed" in record:
                record["accessed"] = self.accessed(record["issued"])
        if "issued" in record:
            self.dated.append((name, record["issued"]))
        return self._org_work(record, kind, name, tags)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        if kind is None:
            kind = self.rng.choices(list(self.KINDS), weights=list(self.KINDS.values()))[0]
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        work.kind = kind
        return work

    def _book(self) -> Work:
        title, (publisher, place) = self.rng.choice(BOOKS)
        record: dict[str, Any] = {"type": "book", "title": self.words(title), "author": self.people(1, 4),
                                  "issued": self.issued(2005, 2024), "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.45:
            record["edition"] = str(self.rng.randint(2, 19))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self.words(self.rng.choice(CHAPTERS)), "author": self.people(1, 3),
            "editor": self.people(1, 2), "container-title": self.words(self.rng.choice(EDITED)), "issued": self.issued(2008, 2024),
            "publisher": self.rng.choice(["Routledge", "SAGE", "Palgrave Macmillan"]), "publisher-place": "London",
            "page": f"{(start := self.rng.randint(5, 300))}-{start + self.rng.randint(10, 25)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self.words(self.rng.choice(ARTICLES)), "author": self.people(1, 8),
            "container-title": self.rng.choice(JOURNALS), "issued": self.issued(2009, 2025),
            "volume": str(self.rng.randint(3, 60)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 800))}-{start + self.rng.randint(10, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.rng.choice(['jmm', 'ijrdm', 'yc', 'jsbed'])}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _web(self) -> Work:
        if self.rng.random() < 0.45:  # a company's own 'About us' page, often with no date
            name, url = self.rng.choice(COMPANIES)
            record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(["About us", "Our story", "Who we are", "Prices", "Membership options"]),
                                      "issued": self.issued(2018, 2025)}  # fmt: skip
            self.online(record, url)
            return self.org(record, "web", name, {"company"}, undated=0.45)
        site, url, titles = self.rng.choice(
            [w for w in WEBSITES if w[0] not in ("Wikipedia", "Trustpilot", "Mumsnet", "Reddit")]
        )
        title = self.words(self.rng.choice(titles))
        record = {"type": "webpage", "title": title, "issued": self.issued(2015, 2025)}
        self.online(record, url + self.slug(title))
        if self.rng.random() < 0.25 and site != "Google Trends":  # a named writer on the site
            record["author"] = self.people(1, 2)
            record["container-title"] = site
            return self._person_work(record, "web")
        return self.org(record, "web", site, {"website"}, undated=0.4 if site == "BBC Bitesize" else 0.2)

    def _wiki(self) -> Work:
        title = self.rng.choice(WEBSITES[2][2])
        record: dict[str, Any] = {"type": "webpage", "title": title, "issued": self.issued(2019, 2025, day=True)}
        self.online(record, WEBSITES[2][1] + title.replace(" ", "_"), 0.9)
        return self.org(record, "wiki", "Wikipedia", {"website"}, undated=0.3)

    def _review(self) -> Work:
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self.words(self.rng.choice(WEBSITES[4][2])),
            "issued": self.issued(2021, 2025),
        }
        self.online(record, WEBSITES[4][1] + self.slug(record["title"]), 0.8)
        return self.org(record, "review", "Trustpilot", {"website"}, undated=0.5)

    def _forum(self) -> Work:
        site, url, titles = self.rng.choice([WEBSITES[8], WEBSITES[9]])
        title = self.rng.choice(titles)
        record: dict[str, Any] = {
            "type": "post",
            "title": title,
            "container-title": site,
            "issued": self.issued(2016, 2025, day=True),
        }
        self.online(record, url + self.slug(title), 0.8)
        if self.rng.random() < 0.4:  # the user's handle as author
            handle = self.rng.choice(
                ["u/gymrat_leeds", "SneakerHead99", "MumOfThree", "u/barberqueen", "throwaway_2021"]
            )
            return self.org(record, "forum", handle, {"handle"})
        return self.org(record, "forum", site, {"website"})

    def _report(self) -> Work:
        name, url, titles = self.rng.choice(RESEARCH)
        title = self.words(self.rng.choice(titles))
        record: dict[str, Any] = {
            "type": "report",
            "title": title,
            "publisher": name,
            "issued": self.issued(2018, 2025),
        }
        self.online(record, url + self.slug(title))
        return self.org(record, "report", name, {"market-research"}, undated=0.1)

    def _company_report(self) -> Work:
        name, title = self.rng.choice(COMPANY_REPORTS)
        issued = self.issued(2018, 2024)
        record: dict[str, Any] = {"type": "report", "title": title.replace("{Y}", str(issued["date-parts"][0][0])),
                                  "publisher": name, "publisher-place": "London", "issued": issued}  # fmt: skip
        if self.rng.random() < 0.6:
            self.online(record, f"https://www.{self.slug(name)[:12]}.co.uk/investors")
        return self.org(record, "company-report", name, {"company"})

    def _government(self) -> Work:
        if self.rng.random() < 0.4:
            name = self.rng.choice(COUNCILS)
            tags = {"council"}
            url = f"https://www.{self.slug(name)}.gov.uk/business"
        else:
            full, short = self.rng.choice(REGULATORS)
            name = f"{full} ({short})" if short and self.rng.random() < 0.35 else full
            tags = {"government"} | ({"abbreviation"} if "(" in name else set())
            url = "https://www.gov.uk/government/publications/"
        title = self.words(self.rng.choice(GOV_TITLES))
        record: dict[str, Any] = {
            "type": self.rng.choice(["webpage", "report"]),
            "title": title,
            "issued": self.issued(2015, 2025),
        }
        self.online(record, url + self.slug(title))
        return self.org(record, "government", name, tags, undated=0.25 if "council" in tags else 0.05)

    def _legislation(self) -> Work:
        title = self.rng.choice(ACTS)
        year = int(title[-4:])
        record: dict[str, Any] = {
            "type": "legislation",
            "title": title,
            "issued": {"date-parts": [[year]]},
            "id": self._id(),
        }
        if self.rng.random() < 0.6:
            self.online(record, f"https://www.legislation.gov.uk/ukpga/{year}/{self.rng.randint(1, 60)}/contents")
        return Work(record, title, str(year), True, 1, "legislation", {"legislation", "organisation"})

    def _news(self) -> Work:
        paper, url = self.rng.choice(NEWS)
        title = self.words(self.rng.choice(HEADLINES))
        record: dict[str, Any] = {
            "type": "article-newspaper",
            "title": title,
            "container-title": paper,
            "issued": self.issued(2016, 2025, day=True),
        }
        self.online(record, url + self.slug(title), 0.85)
        if self.rng.random() < 0.7:
            record["author"] = self.people(1, 2)
            return self._person_work(record, "news")
        return self.org(record, "news", paper, {"press"})

    def _trade_press(self) -> Work:
        mag, url = self.rng.choice(TRADE)
        title = self.words(self.rng.choice(HEADLINES))
        record: dict[str, Any] = {"type": "article-magazine", "title": title, "container-title": mag,
                                  "issued": self.issued(2017, 2025, day=True), "author": self.people(1, 2)}  # fmt: skip
        self.online(record, url + self.slug(title))
        return self._person_work(record, "trade-press")

    def _video(self) -> Work:
        channel = self.rng.choice(CHANNELS)
        title = self.rng.choice(VIDEOS)
        record: dict[str, Any] = {
            "type": "motion_picture",
            "title": title,
            "medium": "YouTube video",
            "issued": self.issued(2016, 2025, day=True),
        }
        self.online(record, f"https://www.youtube.com/watch?v={self.rng.randint(10**9, 10**10)}", 0.8)
        return self.org(record, "video", channel, {"channel"})

    def _podcast(self) -> Work:
        host, show = self.rng.choice(PODCASTS)
        record: dict[str, Any] = {"type": "broadcast", "title": f"Episode {self.rng.randint(1, 300)}: {self.words('{T} for {s}')}",
                                  "container-title": show, "issued": self.issued(2018, 2025, day=True)}  # fmt: skip
        self.online(record, f"https://open.spotify.com/episode/{self.rng.randint(10**8, 10**9)}", 0.8)
        return self.org(record, "podcast", host, {"podcast"})

    def _social(self) -> Work:
        platform, url, posts = self.rng.choice(SOCIAL)
        record: dict[str, Any] = {"type": "post", "title": self.rng.choice(posts), "container-title": platform,
                                  "issued": self.issued(2020, 2025, day=True)}  # fmt: skip
        self.online(record, url + str(self.rng.randint(10**9, 10**10)), 0.75)
        return self.org(record, "social", self.rng.choice(HANDLES), {"social"})

    def slug(self, text: str) -> str:
        return "-".join("".join(ch for ch in word if ch.isalnum()) for word in text.lower().split())
