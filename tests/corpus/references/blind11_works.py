"""Works for the eleventh held-out pool, "blind11": the sources UK marketing students cite, as CSL-JSON.

HELD OUT: never tune the checker on this pool; report its tables, never its misses.

Written by an eleventh hand, without reading the checker, its tests or the other pools, from the reading lists of
mature part-time students in industry, international students, NCFE Level 3 learners and CIM Level 7 strategic
reports, in sectors others may lean on less: construction and B2B manufacturing, energy and utilities, telecoms,
gaming and esports, beauty, pets, travel, arts and heritage, local government. Textbooks in many editions and
edited collections, journal articles with one to eight authors, organisations as authors (with "&", apostrophes,
"plc", "Ltd" and abbreviations), government, regulators and legislation, market research (Mintel, Statista,
Euromonitor, Kantar), company annual reports, British Standards, news and trade press, podcasts, YouTube, social
posts, blogs, conference papers, dissertations, lecture slides and internal documents, with and without access
dates, some undated.
"""

# ruff: noqa: E501  (tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work

FIRSTS = ["James", "Sophie", "Oluwaseun", "Mei", "Kieran", "Harriet", "Tomasz", "Anjali", "Rhys", "Chloë", "Dmitri", "Niamh", "Wei", "Bethan",
          "Joaquín", "Ifeoma", "Lars", "Zainab", "Hamish", "Yuki", "Stelios", "Agnieszka", "Kwame", "Eilidh"]  # fmt: skip
SURNAMES = ["Thompson", "Okonkwo", "Hargreaves", "Zhang", "Patel", "Whitfield", "Kowalczyk", "Evans", "Ashworth", "Nakamura", "Byrne",
            "Pemberton", "Adeyemi", "Liu", "Sutcliffe", "Gallagher", "Mahmood", "Fairbairn", "Jørgensen", "Müller", "Şahin", "Nguyễn",
            "Łukasiewicz", "Ó Briain", "Çelik", "Álvarez", "Ferreira", "Kaur", "Dlamini", "Rossi", "Lindqvist", "Haddad", "Pryce"]  # fmt: skip
PARTICLE_NAMES = [
    "van der Heijden",
    "van Dam",
    "de Souza",
    "De Luca",
    "da Silva",
    "von Bergen",
    "le Roux",
    "van den Broek",
    "dos Santos",
    "Di Stefano",
]
HYPHENATED = [
    "Price-Whitaker",
    "Mensah-Boateng",
    "Jones-Ellis",
    "García-Moreno",
    "Wood-Harris",
    "Al-Rashid",
    "Kerr-Dineen",
]
CELTIC = ["O'Hare", "McCreadie", "MacPherson", "O'Connell", "Mac Giolla"]

SECTORS = {
    "construction": ("construction products", "specifiers and contractors", "BIM"),
    "manufacturing": ("B2B manufacturing", "industrial buyers", "account-based marketing"),
    "energy": ("energy retail", "household bill payers", "switching"),
    "telecoms": ("mobile and broadband", "pay-monthly customers", "churn"),
    "gaming": ("esports", "Gen Z gamers", "Twitch sponsorship"),
    "beauty": ("beauty and cosmetics", "skincare shoppers", "clean beauty"),
    "pets": ("pet care", "dog owners", "premiumisation"),
    "travel": ("package holidays", "families booking abroad", "dynamic pricing"),
    "heritage": ("arts and heritage", "museum visitors", "audience development"),
    "council": ("local government", "residents", "behaviour change"),
}

BOOKS = [
    ("Marketing: an introduction", [12, 13, 14, 15]), ("Principles and practice of marketing", [8, 9, 10]),
    ("Strategic marketing management", [4, 5]), ("Business-to-business marketing", [3, 4, 5]),
    ("Digital marketing: strategy, implementation and practice", [7, 8]), ("Services marketing", [6, 7, 8]),
    ("Consumer behaviour: buying, having and being", [11, 12, 13]), ("Marketing communications: integrating online and offline", [9, 10]),
    ("Exploring strategy", [12, 13]), ("Marketing research: an applied approach", [5, 6]), ("The marketing plan handbook", [6, 7]),
    ("Brand management: research, theory and practice", [3, 4]), ("International marketing strategy", [8, 9]),
    ("Sustainable marketing", [2, 3]), ("Arts marketing", [2]), ("Tourism marketing: a collaborative approach", [3, 4]),
    ("Marketing in the public sector", [1]), ("Key account management", [5, 6]),
]  # fmt: skip
EDITED = ["The Routledge companion to {s}", "Contemporary issues in {s}", "Marketing {s}: cases and concepts",
          "The Sage handbook of {s}", "Critical perspectives on {s}"]  # fmt: skip
CHAPTERS = ["Branding in {s}", "Relationship marketing and {t}", "Digital channels in {s}", "Measuring {t}", "Ethics and {s}",
            "Segmenting {a}", "Pricing in {s}", "Sponsorship and {t}"]  # fmt: skip
ARTICLES = ["The role of {t} in {s}", "{T} and customer loyalty: evidence from {s}", "Understanding {a}: a qualitative study",
            "Does {t} pay? A panel study of {s} firms", "Trust, value and {t} among {a}", "Rethinking {t}: a review and research agenda",
            "Sustainability claims in {s}: do {a} care?", "{T}, word of mouth and switching intention", "Co-creation with {a} in {s}"]  # fmt: skip
JOURNALS = ["Journal of Marketing Management", "European Journal of Marketing", "Industrial Marketing Management", "Journal of Business Research",
            "Journal of Strategic Marketing", "Tourism Management", "Journal of Retailing and Consumer Services", "Psychology & Marketing",
            "International Journal of Arts Management", "Journal of Business & Industrial Marketing", "Energy Policy",
            "Telecommunications Policy", "Public Money & Management", "Journal of Interactive Marketing", "Journal of Consumer Behaviour"]  # fmt: skip
PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("SAGE", "London"), ("Kogan Page", "London"), ("Oxford University Press", "Oxford"),
              ("Cengage", "Andover"), ("McGraw-Hill Education", "Maidenhead"), ("Wiley", "Chichester"), ("Palgrave Macmillan", "Basingstoke"),
              ("Edward Elgar", "Cheltenham"), ("Goodfellow", "Oxford")]  # fmt: skip

ORGS = ["Marks & Spencer Group plc", "Taylor Wimpey plc", "Kingspan Group plc", "JCB", "Octopus Energy", "British Gas", "Ofgem", "Ofcom",
        "BT Group plc", "Vodafone UK", "Virgin Media O2", "Ukie", "Fnatic Ltd", "Boots UK", "Lush Ltd", "Pets at Home Group plc",
        "PDSA", "UK Pet Food", "ABTA", "Jet2 plc", "TUI UK", "National Trust", "Arts Council England", "Tate", "English Heritage",
        "Local Government Association", "Manchester City Council", "Sainsbury’s", "Wickes Group plc", "Travis Perkins plc",
        "Chartered Institute of Marketing", "CIM", "IPA", "ISBA", "WARC", "The Drum", "CBI", "Which?", "Citizens Advice",
        "Energy Saving Trust", "GWI", "YouGov", "B&Q", "L'Oréal UK and Ireland", "Nationwide Building Society", "BSI"]  # fmt: skip
RESEARCH = [("Mintel", "https://store.mintel.com/", ["{S} - UK - {m} {Y}", "Attitudes towards {s} - UK - {Y}", "{S}: inc impact of the cost of living - UK"]),
            ("Statista", "https://www.statista.com/", ["{S} in the United Kingdom: statistics and facts", "Market share of leading {s} brands in the UK"]),
            ("Euromonitor International", "https://www.euromonitor.com/", ["{S} in the United Kingdom", "Consumer lifestyles in the United Kingdom"]),
            ("Kantar", "https://www.kantar.com/", ["BrandZ most valuable UK brands {Y}", "Who cares? Who does? {Y}"]),
            ("Key Note", "https://www.keynote.co.uk/", ["{S}: market report", "{S} market update"]),
            ("IBISWorld", "https://www.ibisworld.com/", ["{S} in the UK: industry report"]),
            ("GlobalData", "https://www.globaldata.com/", ["UK {s} market: size and forecast"])]  # fmt: skip
GOV = [("Department for Energy Security and Net Zero", "Powering up Britain"), ("Department for Culture, Media and Sport", "Culture and heritage capital"),
       ("Department for Levelling Up, Housing and Communities", "Levelling up the United Kingdom"), ("HM Treasury", "Spring budget {Y}"),
       ("Office for National Statistics", "Family spending in the UK: April {Y} to March {Y2}"), ("Competition and Markets Authority", "Green claims code"),
       ("Advertising Standards Authority", "Ruling on {B} Ltd"), ("Ofcom", "Online nation {Y} report"), ("Ofgem", "State of the energy market {Y}"),
       ("House of Commons Library", "Esports and video games: research briefing"), ("Department for Business and Trade", "Made Smarter adoption programme")]  # fmt: skip
ACTS = [("Consumer Protection from Unfair Trading Regulations 2008", 2008), ("Privacy and Electronic Communications (EC Directive) Regulations 2003", 2003),
        ("Building Safety Act 2022", 2022), ("Online Safety Act 2023", 2023), ("Animal Welfare Act 2006", 2006),
        ("Package Travel and Linked Travel Arrangements Regulations 2018", 2018), ("Cosmetic Products Enforcement Regulations 2013", 2013),
        ("Consumer Rights Act 2015", 2015), ("Energy Prices Act 2022", 2022), ("Localism Act 2011", 2011)]  # fmt: skip
NEWS = [("BBC News", "https://www.bbc.co.uk/news/"), ("The Guardian", "https://www.theguardian.com/"), ("Financial Times", "https://www.ft.com/"),
        ("The Times", "https://www.thetimes.co.uk/"), ("Manchester Evening News", "https://www.manchestereveningnews.co.uk/"),
        ("The Telegraph", "https://www.telegraph.co.uk/"), ("Wales Online", "https://www.walesonline.co.uk/"), ("The Herald", "https://www.heraldscotland.com/")]  # fmt: skip
TRADE = [("Campaign", "https://www.campaignlive.co.uk/"), ("Marketing Week", "https://www.marketingweek.com/"), ("Construction News", "https://www.constructionnews.co.uk/"),
         ("The Engineer", "https://www.theengineer.co.uk/"), ("Utility Week", "https://utilityweek.co.uk/"), ("Mobile News", "https://www.mobilenewscwp.co.uk/"),
         ("Esports Insider", "https://esportsinsider.com/"), ("Cosmetics Business", "https://cosmeticsbusiness.com/"), ("Pet Gazette", "https://petgazette.biz/"),
         ("TTG", "https://www.ttgmedia.com/"), ("Museums Association", "https://www.museumsassociation.org/"), ("The MJ", "https://www.themj.co.uk/")]  # fmt: skip
HEADLINES = ["{B} unveils new brand platform", "{B} hit by customer backlash over price rise", "How {B} won over {a}",
             "{B} appoints new CMO", "Is {s} recession-proof?", "{B} to cut {n} jobs", "{B} named Marketing Society brand of the year",
             "Inside {B}'s move into {s}", "{B} faces ASA ruling over 'eco' claim"]  # fmt: skip
BRANDS = [
    "Octopus Energy",
    "Kingspan",
    "JCB",
    "Jet2holidays",
    "Lush",
    "Pets at Home",
    "Fnatic",
    "EE",
    "giffgaff",
    "Wickes",
    "Tate",
    "Lily's Kitchen",
    "Charlotte Tilbury",
]
PODCASTS = [("The Marketing Meetup", "The Marketing Meetup podcast"), ("Marketing Week", "Marketing Week podcast"), ("B2B Marketing", "B2B Marketing podcast"),
            ("CIM", "CIM Marketing Podcast"), ("The Drum", "The Drum podcast")]  # fmt: skip
CHANNELS = [
    "CIM TV",
    "Marketing Week",
    "Ritson",
    "HubSpot Marketing",
    "Stuart Bruce",
    "ESL Gaming",
    "LinkedIn Marketing Solutions",
    "TEDx Talks",
]
HANDLES = [
    "@octopus_energy",
    "@jet2tweets",
    "@lushltd",
    "@fnatic",
    "@petsathome",
    "@giffgaff",
    "@nationaltrust",
    "@CIMMarketing",
]
UNIS = ["University of Central Lancashire", "Sheffield Hallam University", "University of Derby", "Glasgow Caledonian University",
        "University of Greenwich", "Birmingham City University", "Leeds Beckett University"]  # fmt: skip
LECTURES = ["Week {q}: segmentation, targeting and positioning", "Week {q}: the marketing mix in B2B", "Session {q}: marketing planning",
            "Week {q}: digital customer journeys", "Unit {q}: the marketing environment"]  # fmt: skip
CONFERENCES = [("Academy of Marketing Conference", "Sheffield"), ("Academy of Marketing Conference", "Cardiff"),
               ("EMAC Annual Conference", "Bucharest"), ("IMP Conference", "Manchester"), ("Arts Marketing Association Conference", "Liverpool")]  # fmt: skip
STANDARDS = [("BS 8001:2017", "Framework for implementing the principles of the circular economy in organizations. Guide"),
             ("BS ISO 20671:2019", "Brand evaluation. Principles and fundamentals"), ("BS ISO 20252:2019", "Market, opinion and social research. Vocabulary and service requirements")]  # fmt: skip


class Blind11WorkFactory:
    """Makes the eleventh pool's works from one seeded random source."""

    KINDS: ClassVar[dict[str, float]] = {
        "book": 16, "chapter": 6, "journal": 20, "web": 9, "report": 8, "company-report": 5, "government": 5, "legislation": 3,
        "news": 6, "trade-press": 6, "podcast": 2, "video": 2, "social": 2, "blog": 3, "conference": 2, "thesis": 1,
        "lecture": 2, "standard": 1, "press-release": 2,
    }  # fmt: skip

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(f"blind11/works/{seed}")
        self.count = 0

    # ------------------------------------------------------------ pieces
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        family = rng.choice(SURNAMES)
        if roll < 0.1:
            family = rng.choice(PARTICLE_NAMES)
        elif roll < 0.17:
            family = rng.choice(HYPHENATED)
        elif roll < 0.22:
            family = rng.choice(CELTIC)
        given = rng.choice(FIRSTS)
        if rng.random() < 0.2:
            given = f"{given} {rng.choice('ABCDEHJKMPRST')}."
        return {"family": family, "given": given}

    def people(self, low: int, high: int) -> list[dict[str, str]]:
        count = self.rng.choice([n for n in range(low, high + 1) for _ in range(max(1, 4 - n))])
        chosen: list[dict[str, str]] = []
        while len(chosen) < count:
            person = self.person()
            if all(p["family"] != person["family"] for p in chosen):
                chosen.append(person)
        return chosen

    def issued(self, low: int = 2008, high: int = 2025, detail: str = "year") -> dict[str, Any]:
        rng = self.rng
        year = rng.randint(low, high)
        if detail == "day":
            return {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]}
        if detail == "month":
            return {"date-parts": [[year, rng.randint(1, 12)]]}
        return {"date-parts": [[year]]}

    def accessed(self, issued: dict[str, Any] | None) -> dict[str, Any]:
        rng = self.rng
        low = issued["date-parts"][0][0] if issued else 2021
        year = max(low, rng.randint(2023, 2025))
        parts = [year, rng.randint(1, 12), rng.randint(1, 28)]
        if issued and parts[: len(issued["date-parts"][0])] < issued["date-parts"][0]:
            parts = list(issued["date-parts"][0]) + [28][: 3 - len(issued["date-parts"][0])]
            while len(parts) < 3:
                parts.append(28)
        return {"date-parts": [parts]}

    def words(self, pattern: str, sector: str | None = None, year: int | None = None) -> str:
        rng = self.rng
        s, a, t = SECTORS[sector or rng.choice(list(SECTORS))]
        y = year or rng.randint(2019, 2025)
        text = (pattern.replace("{s}", s).replace("{S}", s[:1].upper() + s[1:]).replace("{a}", a).replace("{t}", t)
                .replace("{T}", t[:1].upper() + t[1:]).replace("{B}", rng.choice(BRANDS)).replace("{n}", str(rng.randint(40, 900)))
                .replace("{q}", str(rng.randint(1, 12))).replace("{Y2}", str(y + 1)).replace("{Y}", str(y))
                .replace("{m}", rng.choice(["January", "March", "June", "September", "November"])))  # fmt: skip
        return text

    def org(self, name: str) -> list[dict[str, str]]:
        return [{"literal": name}]

    def done(self, record: dict[str, Any], kind: str) -> Work:
        self.count += 1
        record["id"] = f"b11-{self.count}-{kind}"
        author = record["author"][0]
        organisation = "literal" in author
        lead = author["literal"] if organisation else author["family"]
        year = "n.d."
        if "issued" in record:
            year = str(record["issued"]["date-parts"][0][0])
        return Work(record, lead, year, organisation, len(record["author"]), kind)

    def online(self, record: dict[str, Any], url: str, access: float = 0.88) -> None:
        record["URL"] = url
        if self.rng.random() < access:
            record["accessed"] = self.accessed(record.get("issued"))

    def undated(self, record: dict[str, Any], chance: float) -> None:
        if self.rng.random() < chance:
            record.pop("issued", None)

    def slug(self, text: str) -> str:
        return "-".join("".join(ch for ch in word if ch.isalnum()) for word in text.lower().split())[:60]

    # ------------------------------------------------------------ the works
    def make(self, kind: str | None = None) -> Work:
        if kind is None:
            kind = self.rng.choices(list(self.KINDS), weights=list(self.KINDS.values()))[0]
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        return work

    def _book(self) -> Work:
        rng = self.rng
        title, editions = rng.choice(BOOKS)
        publisher, place = rng.choice(PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": title, "publisher": publisher, "publisher-place": place,
                                  "author": self.people(1, 4), "issued": self.issued(2005, 2024)}  # fmt: skip
        edition = rng.choice(editions)
        if edition > 1 and rng.random() < 0.8:
            record["edition"] = str(edition)
        if rng.random() < 0.12:  # read as an e-book
            self.online(
                record,
                f"https://ebookcentral.proquest.com/lib/{rng.choice(['uclan', 'shu', 'derby'])}/detail.action?docID={rng.randint(100000, 999999)}",
            )
        return self.done(record, "book")

    def _chapter(self) -> Work:
        rng = self.rng
        sector = rng.choice(list(SECTORS))
        publisher, place = rng.choice(PUBLISHERS)
        record: dict[str, Any] = {"type": "chapter", "title": self.words(rng.choice(CHAPTERS), sector),
                                  "container-title": self.words(rng.choice(EDITED), sector), "author": self.people(1, 3),
                                  "editor": self.people(1, 3), "publisher": publisher, "publisher-place": place,
                                  "issued": self.issued(2010, 2024), "page": f"{(p := rng.randint(5, 300))}-{p + rng.randint(12, 30)}"}  # fmt: skip
        return self.done(record, "chapter")

    def _journal(self) -> Work:
        rng = self.rng
        authors = self.people(1, 3) if rng.random() < 0.7 else self.people(4, 8)
        record: dict[str, Any] = {"type": "article-journal", "title": self.words(rng.choice(ARTICLES)),
                                  "container-title": rng.choice(JOURNALS), "author": authors, "issued": self.issued(2000, 2025),
                                  "volume": str(rng.randint(8, 120)), "issue": str(rng.randint(1, 12)),
                                  "page": f"{(p := rng.randint(1, 1500))}-{p + rng.randint(8, 30)}"}  # fmt: skip
        if rng.random() < 0.55:
            record["DOI"] = (
                f"10.{rng.choice([1016, 1080, 1108, 1002, 1177])}/{rng.choice(['j.jbusres', 'jmm', 'ejm', 'mar', 'imm'])}.{rng.randint(2010, 2025)}.{rng.randint(1000, 99999)}"
            )
        elif rng.random() < 0.2:
            record.pop("issue")
        return self.done(record, "journal")

    def _web(self) -> Work:
        rng = self.rng
        org = rng.choice(ORGS)
        title = self.words(rng.choice(["About us", "Our sustainability strategy", "{S}: what we do", "Our history", "Careers", "Why choose {B}?",
                                       "Annual customer survey results", "Our approach to net zero", "Frequently asked questions", "Membership"]))  # fmt: skip
        author = self.org(org) if rng.random() < 0.8 else self.people(1, 1)
        record: dict[str, Any] = {
            "type": "webpage",
            "title": title,
            "author": author,
            "issued": self.issued(2015, 2025),
        }
        self.undated(record, 0.3)
        self.online(record, f"https://www.{self.slug(org).replace('-', '')[:20]}.co.uk/{self.slug(title)}")
        return self.done(record, "web")

    def _report(self) -> Work:
        rng = self.rng
        publisher, url, titles = rng.choice(RESEARCH)
        year = rng.randint(2017, 2025)
        title = self.words(rng.choice(titles), year=year)
        author = self.org(publisher) if rng.random() < 0.75 else self.people(1, 2)
        record: dict[str, Any] = {"type": "report", "title": title, "author": author, "publisher": publisher,
                                  "issued": {"date-parts": [[year, rng.randint(1, 12)]] if rng.random() < 0.4 else [[year]]}}  # fmt: skip
        self.online(record, url, 0.92)
        return self.done(record, "report")

    def _company_report(self) -> Work:
        rng = self.rng
        org = rng.choice(["Marks & Spencer Group plc", "Taylor Wimpey plc", "Kingspan Group plc", "BT Group plc", "Pets at Home Group plc", "Jet2 plc",
                          "Wickes Group plc", "Travis Perkins plc", "Centrica plc", "Games Workshop Group PLC", "Frasers Group plc", "Vodafone Group Plc"])  # fmt: skip
        year = rng.randint(2016, 2025)
        title = rng.choice(
            [
                f"Annual report and accounts {year}",
                f"Annual report {year}",
                f"Sustainability report {year}",
                f"Strategic report {year - 1}/{str(year)[2:]}",
            ]
        )
        record: dict[str, Any] = {
            "type": "report",
            "title": title,
            "author": self.org(org),
            "issued": {"date-parts": [[year]]},
        }
        self.online(record, f"https://www.{self.slug(org.split(' ')[0])}plc.com/investors/{self.slug(title)}.pdf")
        return self.done(record, "company-report")

    def _government(self) -> Work:
        rng = self.rng
        body, title = rng.choice(GOV)
        issued = self.issued(2012, 2025, rng.choice(["year", "day"]))
        record: dict[str, Any] = {"type": "report", "title": self.words(title, year=issued["date-parts"][0][0] - ("{Y2}" in title)),
                                  "author": self.org(body), "issued": issued}  # fmt: skip
        if rng.random() < 0.5:
            record["publisher"] = "HMSO" if rng.random() < 0.3 else body
        self.online(record, f"https://www.gov.uk/government/publications/{self.slug(record['title'])}")
        return self.done(record, "government")

    def _legislation(self) -> Work:
        rng = self.rng
        title, year = rng.choice(ACTS)
        record: dict[str, Any] = {"type": "legislation", "title": title, "author": self.org(rng.choice(["UK Parliament", "legislation.gov.uk", "Great Britain"])),
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        kind = "ukpga" if "Act" in title else "uksi"
        self.online(record, f"https://www.legislation.gov.uk/{kind}/{year}/{rng.randint(1, 3000)}/contents", 0.85)
        return self.done(record, "legislation")

    def _news(self) -> Work:
        rng = self.rng
        paper, url = rng.choice(NEWS)
        title = self.words(rng.choice(HEADLINES))
        author = self.people(1, 2) if rng.random() < 0.7 else self.org(paper)
        record: dict[str, Any] = {"type": "article-newspaper", "title": title, "container-title": paper, "author": author,
                                  "issued": self.issued(2016, 2025, "day")}  # fmt: skip
        self.online(record, f"{url}{self.slug(title)}", 0.9)
        return self.done(record, "news")

    def _trade_press(self) -> Work:
        rng = self.rng
        mag, url = rng.choice(TRADE)
        title = self.words(rng.choice(HEADLINES))
        record: dict[str, Any] = {"type": "article-magazine", "title": title, "container-title": mag, "author": self.people(1, 2),
                                  "issued": self.issued(2017, 2025, "day")}  # fmt: skip
        if rng.random() < 0.25:
            record["author"] = self.org(mag)
        self.online(record, f"{url}article/{self.slug(title)}/{rng.randint(1000000, 1999999)}")
        return self.done(record, "trade-press")

    def _podcast(self) -> Work:
        rng = self.rng
        host, show = rng.choice(PODCASTS)
        title = self.words(
            rng.choice(["Episode {q}: marketing {s} on a budget", "{T} with {B}", "What B2B can learn from {s}"])
        )
        author = self.people(1, 2) if rng.random() < 0.5 else self.org(host)
        record: dict[str, Any] = {"type": "broadcast", "title": title, "container-title": show, "author": author, "medium": "Podcast",
                                  "issued": self.issued(2019, 2025, "day")}  # fmt: skip
        self.online(record, f"https://open.spotify.com/episode/{rng.randint(10**9, 10**10)}")
        return self.done(record, "podcast")

    def _video(self) -> Work:
        rng = self.rng
        title = self.words(
            rng.choice(
                ["How {B} built a brand", "{T} explained in 10 minutes", "CIM Level 6 exam tips", "The future of {s}"]
            )
        )
        record: dict[str, Any] = {"type": "motion_picture", "title": title, "author": self.org(rng.choice(CHANNELS)), "medium": "YouTube video",
                                  "issued": self.issued(2014, 2025, "day")}  # fmt: skip
        self.online(
            record, f"https://www.youtube.com/watch?v={''.join(rng.choices('abcdefghijkXYZ0123456789_-', k=11))}", 0.95
        )
        return self.done(record, "video")

    def _social(self) -> Work:
        rng = self.rng
        handle = rng.choice(HANDLES)
        title = self.words(
            rng.choice(
                [
                    "Big news for {a} 🎉",
                    "We're hiring! Join the team",
                    "Thank you to everyone who voted for us",
                    "Our new range is here",
                ]
            )
        )
        record: dict[str, Any] = {"type": "post", "title": title, "author": self.org(handle), "container-title": rng.choice(["X", "Instagram", "LinkedIn", "TikTok"]),
                                  "issued": self.issued(2020, 2025, "day")}  # fmt: skip
        self.online(record, f"https://x.com/{handle[1:]}/status/{rng.randint(10**17, 10**18)}", 0.8)
        return self.done(record, "social")

    def _blog(self) -> Work:
        rng = self.rng
        org = rng.choice(
            [
                "HubSpot",
                "Smart Insights",
                "Mailchimp",
                "Hootsuite",
                "Semrush",
                "Neil Patel",
                "Marketing Donut",
                "Business Queensland",
            ]
        )
        title = self.words(rng.choice(["What is {t}? A beginner's guide", "{n} statistics about {s}", "How to write a marketing plan",
                                       "The 7Ps of marketing explained", "SWOT analysis: a complete guide"]))  # fmt: skip
        author = self.people(1, 1) if rng.random() < 0.6 else self.org(org)
        record: dict[str, Any] = {
            "type": "post-weblog",
            "title": title,
            "container-title": org,
            "author": author,
            "issued": self.issued(2014, 2025, "day"),
        }
        self.undated(record, 0.25)
        self.online(record, f"https://www.{self.slug(org).replace('-', '')}.com/blog/{self.slug(title)}", 0.75)
        return self.done(record, "blog")

    def _conference(self) -> Work:
        rng = self.rng
        name, place = rng.choice(CONFERENCES)
        year = rng.randint(2012, 2024)
        record: dict[str, Any] = {"type": "paper-conference", "title": self.words(rng.choice(ARTICLES)), "author": self.people(1, 4),
                                  "container-title": f"Proceedings of the {name} {year}", "event-place": place, "publisher-place": place,
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        return self.done(record, "conference")

    def _thesis(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "thesis", "title": self.words(rng.choice(ARTICLES)), "author": self.people(1, 1),
                                  "genre": rng.choice(["PhD thesis", "MSc dissertation", "MBA dissertation"]), "publisher": rng.choice(UNIS),
                                  "issued": self.issued(2010, 2024)}  # fmt: skip
        return self.done(record, "thesis")

    def _lecture(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "speech", "title": self.words(rng.choice(LECTURES)), "author": self.people(1, 1),
                                  "genre": "Lecture", "publisher": rng.choice(UNIS), "issued": self.issued(2022, 2025, "day")}  # fmt: skip
        if rng.random() < 0.6:
            self.online(record, f"https://blackboard.{self.slug(record['publisher']).split('-')[-2]}.ac.uk/", 0.7)
        return self.done(record, "lecture")

    def _standard(self) -> Work:
        rng = self.rng
        number, title = rng.choice(STANDARDS)
        record: dict[str, Any] = {"type": "report", "title": f"{number} {title}", "author": self.org("BSI"), "publisher": "BSI Standards Limited",
                                  "publisher-place": "London", "issued": {"date-parts": [[int(number[-4:])]]}}  # fmt: skip
        return self.done(record, "standard")

    def _press_release(self) -> Work:
        rng = self.rng
        org = rng.choice(ORGS)
        title = self.words(
            rng.choice(
                [
                    "{B} announces record results",
                    "{B} partners with {n} community groups",
                    "New research reveals what {a} want",
                ]
            )
        )
        record: dict[str, Any] = {
            "type": "webpage",
            "title": title,
            "genre": "Press release",
            "author": self.org(org),
            "issued": self.issued(2018, 2025, "day"),
        }
        self.online(
            record, f"https://www.{self.slug(org).replace('-', '')[:18]}.co.uk/media/press-releases/{self.slug(title)}"
        )
        return self.done(record, "press-release")
