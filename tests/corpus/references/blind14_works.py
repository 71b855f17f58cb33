"""Works for the fourteenth held-out pool, "blind14": what UK marketing students cite, as CSL-JSON records.

HELD OUT: never tune the checker on this pool; report its tables, never its misses.

Written by a fourteenth hand, without reading the checker, its tests or the other pools' works and frames, from
the sources that sixth-form and NCFE Level 3 learners, mature students returning to study, marketing managers in
the public and third sectors and students from South Asia, West Africa and Eastern Europe read for reports on
private clinics, farm shops, tourism boards, banking apps, furniture and DIY, pubs and breweries, airlines,
universities, gaming studios and subscription boxes: textbooks in later editions, chapters in edited books,
journal articles from Emerald and Taylor & Francis with one to eight authors, organisations as authors, government
and regulators, Acts, Mintel/Statista/Kantar/GWI reports, company reports, news and trade press, web pages with and
without an access date, podcasts, videos and social posts, undated pages.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
import re
from typing import Any, ClassVar

from tests.corpus.references.records import Work

FIRSTS = ["Adebayo", "Chidinma", "Kwame", "Abena", "Oluwatobi", "Ngozi", "Priya", "Rahul", "Farhana", "Imran", "Tharindu",
          "Nimal", "Agnieszka", "Bartosz", "Ioana", "Mihai", "Olena", "Taras", "Rasa", "Jonas", "Emma", "Gareth", "Siobhan",
          "Callum", "Fiona", "Hamish", "Lowri", "Dafydd", "Yusuf", "Amina", "Thi Lan", "Duc", "Xiaoling", "Jun", "Elif",
          "Mehmet", "Lucía", "João", "Zsófia", "Bogdan", "Stanislava", "Hannah", "Peter", "Margaret", "Deborah"]  # fmt: skip
SURNAMES = ["Adeyemi", "Okafor", "Mensah", "Asante", "Boateng", "Eze", "Nwosu", "Sharma", "Chowdhury", "Rahman",
            "Perera", "Jayasuriya", "Iqbal", "Nowak", "Wiśniewska", "Popescu", "Ionescu", "Shevchenko", "Kovalenko",
            "Kazlauskas", "Petrauskienė", "Williams", "Hughes", "Pritchard", "Campbell", "Fraser", "Robertson", "Baxter",
            "Holloway", "Greenwood", "Nguyễn", "Trần", "Liu", "Huang", "Öztürk", "Yıldız", "Fernández", "Gonçalves",
            "Nagy", "Dvořák", "Marinković", "Lindqvist", "Hall", "Clarke", "Shah", "Bello", "Danjuma"]  # fmt: skip
PARTICLES = [("van", "Rensburg"), ("van der", "Merwe"), ("de", "Souza"), ("dos", "Santos"), ("da", "Costa"),
             ("van den", "Berg"), ("de la", "Cruz"), ("von", "Hagen"), ("di", "Stefano"), ("le", "Roux")]  # fmt: skip
HYPHENATED = ["Osei-Bonsu", "Appiah-Kubi", "Smith-Adeyemi", "Harris-Patel", "Lloyd-Jones", "Al-Hashimi", "El-Sayed",
              "Bennett-Okoro", "Kowalska-Reid", "Ní Bhriain", "Ó Súilleabháin"]  # fmt: skip
CELTIC = ["McAllister", "MacLeod", "O'Donoghue", "O'Reilly", "McGowan", "MacKinnon", "D'Souza", "M'Bow"]

SECTORS = {  # a market, a topic in it, and an audience
    "private healthcare": ("patient trust", "self-pay patients"),
    "farm shops": ("local food provenance", "rural shoppers"),
    "destination marketing": ("visitor experience", "day visitors"),
    "visitor attractions": ("repeat visitation", "families"),
    "mobile banking": ("digital trust", "Gen Z account holders"),
    "furniture retail": ("showrooming", "first-time homeowners"),
    "DIY and home improvement": ("DIY confidence", "renters"),
    "pubs and bars": ("community belonging", "regular drinkers"),
    "craft brewing": ("brand authenticity", "beer enthusiasts"),
    "airlines": ("service recovery", "leisure travellers"),
    "higher education": ("student recruitment", "international applicants"),
    "video games": ("player communities", "mobile gamers"),
    "subscription boxes": ("subscriber churn", "busy parents"),
    "charities": ("donor retention", "regular givers"),
}

BOOKS = [("Principles of marketing", 8, 19), ("Marketing: an introduction", 3, 15), ("Strategic marketing management", 2, 11),
         ("Consumer behaviour: buying, having and being", 5, 13), ("Digital marketing: strategy, implementation and practice", 4, 8),
         ("Services marketing: people, technology, strategy", 3, 9), ("Marketing communications: integrating online and offline, customer engagement and digital technologies", 3, 9),
         ("Tourism marketing for small businesses", 1, 3), ("Healthcare marketing: a case study approach", 1, 3),
         ("Essentials of marketing", 4, 7), ("Social marketing: changing behaviours for good", 2, 7),
         ("Marketing in travel and tourism", 3, 5), ("Public sector marketing", 1, 2), ("Not-for-profit marketing", 1, 4),
         ("Brand management: research, theory and practice", 2, 4), ("The marketing book", 5, 7),
         ("Retail marketing management: the 5 Es of retailing today", 1, 2), ("Marketing planning and strategy", 2, 6),
         ("Agri-food marketing", 1, 3), ("Games marketing: from launch to live service", 1, 2)]  # fmt: skip
EDITED = ["The Routledge handbook of {s}", "Contemporary perspectives on {s}", "Marketing {s}: a critical reader",
          "Cases in {s} marketing", "Managing {s}: concepts and cases", "The Emerald handbook of {s}"]  # fmt: skip
CHAPTERS = ["Segmenting {a} in {s}", "{T} and the marketing of {s}", "Digital touchpoints in {s}",
            "Co-creating value with {a}", "Pricing and promotion in {s}", "Social media and {t}", "Measuring {t}",
            "Sustainability claims in {s}"]  # fmt: skip
ARTICLES = ["{T} in {s}: evidence from the United Kingdom", "Antecedents of {t} among {a}",
            "Exploring {t} in {s}: a qualitative study", "Does {t} drive loyalty? A study of {s}",
            "{T}, word of mouth and switching intentions in {s}", "The effect of online reviews on {t} in {s}",
            "Marketing {s} after COVID-19: {t} and recovery", "Segmenting {a}: a cluster analysis of {s}",
            "Social media influencers and {t} among {a}", "Understanding {a}: {t} in {s}"]  # fmt: skip
JOURNALS = [("Journal of Marketing Management", "Taylor & Francis"), ("European Journal of Marketing", "Emerald"),
            ("Journal of Services Marketing", "Emerald"), ("International Journal of Retail & Distribution Management", "Emerald"),
            ("Journal of Strategic Marketing", "Taylor & Francis"), ("Journal of Hospitality Marketing & Management", "Taylor & Francis"),
            ("Tourism Management", "Elsevier"), ("Journal of Marketing for Higher Education", "Taylor & Francis"),
            ("British Food Journal", "Emerald"), ("International Journal of Bank Marketing", "Emerald"),
            ("Journal of Nonprofit & Public Sector Marketing", "Taylor & Francis"), ("Qualitative Market Research", "Emerald"),
            ("Journal of Product & Brand Management", "Emerald"), ("Journal of Travel & Tourism Marketing", "Taylor & Francis"),
            ("Journal of Research in Interactive Marketing", "Emerald"), ("Journal of Consumer Behaviour", "Wiley")]  # fmt: skip
PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("SAGE", "London"), ("Kogan Page", "London"),
              ("Oxford University Press", "Oxford"), ("Cengage Learning", "Andover"), ("McGraw-Hill Education", "Maidenhead"),
              ("Palgrave Macmillan", "Basingstoke"), ("Goodfellow Publishers", "Oxford"), ("Wiley", "Chichester"),
              ("CABI", "Wallingford"), ("Edward Elgar", "Cheltenham")]  # fmt: skip

# Organisations as authors, as students write them in the list: "&", apostrophes, "plc"/"Ltd", abbreviations, "The".
ORGS = ["Wetherspoon", "J D Wetherspoon plc", "Greene King", "BrewDog plc", "Marston's PLC", "Fuller, Smith & Turner P.L.C.",
        "Kingfisher plc", "B&Q", "IKEA", "DFS Furniture plc", "Dunelm Group plc", "Wickes", "Monzo Bank Ltd", "Starling Bank",
        "Revolut Ltd", "Nationwide Building Society", "easyJet plc", "Jet2 plc", "British Airways", "Ryanair Holdings plc",
        "Loganair", "Spire Healthcare Group plc", "Bupa", "Circle Health Group", "HelloFresh", "Abel & Cole", "Bloom & Wild",
        "Graze", "Hotel Chocolat", "Riverford Organic Farmers Ltd", "Frontier Developments plc", "Team17 Group plc",
        "Sumo Group", "Ubisoft", "Merlin Entertainments", "The National Trust", "English Heritage", "National Trust for Scotland",
        "The Eden Project", "Wales Tourist Board", "Macmillan Cancer Support", "Age UK", "The King's Fund",
        "Marketing Derby", "Chester Zoo", "Pets at Home", "Ernst & Young", "PwC", "Deloitte", "McKinsey & Company",
        "The Ramblers", "Mumsnet", "Farmers' Union of Wales", "Which?"]  # fmt: skip
BODIES = [("Chartered Institute of Marketing", "CIM"), ("Advertising Standards Authority", "ASA"),
          ("Committee of Advertising Practice", "CAP"), ("Competition and Markets Authority", "CMA"),
          ("Financial Conduct Authority", "FCA"), ("Care Quality Commission", "CQC"), ("Civil Aviation Authority", "CAA"),
          ("Information Commissioner's Office", "ICO"), ("Office for Students", "OfS"), ("British Beer & Pub Association", "BBPA"),
          ("Society of Independent Brewers", "SIBA"), ("National Farmers' Union", "NFU"), ("UK Interactive Entertainment", "Ukie"),
          ("Universities and Colleges Admissions Service", "UCAS"), ("Higher Education Statistics Agency", "HESA"),
          ("Institute of Practitioners in Advertising", "IPA"), ("Direct Marketing Association", "DMA"),
          ("Food Standards Agency", "FSA"), ("Agriculture and Horticulture Development Board", "AHDB"),
          ("Association of Leading Visitor Attractions", "ALVA"), ("Federation of Small Businesses", "FSB")]  # fmt: skip
RESEARCH = [("Mintel", "https://store.mintel.com/report/", ["{S} - UK - {m} {Y}", "Attitudes towards {s} - UK - {Y}", "{S} retailing - UK"]),
            ("Statista", "https://www.statista.com/statistics/", ["Number of {a} in the United Kingdom (UK) from 2015 to {Y}", "{S} market revenue in the UK {Y}", "Share of adults using {s} in Great Britain {Y}, by age"]),
            ("Kantar", "https://www.kantar.com/uki/inspiration/", ["BrandZ most valuable UK brands {Y}", "Grocery market share: {m} {Y}", "Media reactions {Y}"]),
            ("GWI", "https://www.gwi.com/reports/", ["Connecting the dots: {s} trends {Y}", "Gen Z: {Y} report", "The gaming playbook"]),
            ("YouGov", "https://business.yougov.com/content/", ["{S}: what Britons think", "Most popular {s} brands Q{q} {Y}"]),
            ("Euromonitor International", "https://www.euromonitor.com/", ["{S} in the United Kingdom", "Top 10 global consumer trends {Y}"]),
            ("IBISWorld", "https://www.ibisworld.com/united-kingdom/market-research-reports/", ["{S} in the UK - market research report", "{S} industry in the UK {Y}"]),
            ("McKinsey & Company", "https://www.mckinsey.com/industries/", ["The state of {s} {Y}", "What matters to {a} now"]),
            ("Deloitte", "https://www2.deloitte.com/uk/en/insights/", ["Digital consumer trends {Y}", "{S} outlook {Y}"])]  # fmt: skip
GOV = [("Office for National Statistics", "https://www.ons.gov.uk/", ["Family spending in the UK: April {Y} to March {Y2}", "Internet access – households and individuals, Great Britain: {Y}", "Travel trends: {Y}"]),
       ("ONS", "https://www.ons.gov.uk/", ["Retail sales, Great Britain: {m} {Y}", "Overseas travel and tourism: {m} {Y}"]),
       ("Department for Culture, Media and Sport", "https://www.gov.uk/government/publications/", ["DCMS economic estimates {Y}: tourism", "Taking Part survey {Y}/{Y2}"]),
       ("DCMS", "https://www.gov.uk/government/publications/", ["Tourism recovery plan", "Creative industries sector vision"]),
       ("Department for Environment, Food & Rural Affairs", "https://www.gov.uk/government/statistics/", ["Farming statistics: provisional crop areas {Y}", "Food statistics in your pocket"]),
       ("Department of Health and Social Care", "https://www.gov.uk/government/publications/", ["Independent sector healthcare: patient choice", "Major conditions strategy"]),
       ("Department for Education", "https://www.gov.uk/government/publications/", ["International education strategy: {Y} update", "Higher education policy statement"]),
       ("VisitBritain", "https://www.visitbritain.org/research-insights/", ["Inbound tourism forecast {Y}", "Domestic sentiment tracker: {m} {Y}"]),
       ("VisitEngland", "https://www.visitbritain.org/", ["Attractions visits survey {Y}", "Day visits survey"]),
       ("Scottish Government", "https://www.gov.scot/publications/", ["Scotland outlook 2030", "Good food nation plan"]),
       ("Welsh Government", "https://www.gov.wales/", ["Let's shape the future: tourism strategy", "Visitor economy in Wales {Y}"]),
       ("HM Treasury", "https://www.gov.uk/government/publications/", ["Spring budget {Y}", "Fintech sector strategy"])]  # fmt: skip
ACTS = [("Consumer Rights Act 2015", 2015), ("Licensing Act 2003", 2003), ("Data Protection Act 2018", 2018),
        ("Digital Markets, Competition and Consumers Act 2024", 2024), ("Equality Act 2010", 2010),
        ("Consumer Protection from Unfair Trading Regulations 2008", 2008), ("Privacy and Electronic Communications (EC Directive) Regulations 2003", 2003),
        ("Health and Social Care Act 2008", 2008), ("Agriculture Act 2020", 2020), ("Higher Education and Research Act 2017", 2017)]  # fmt: skip
NEWS = [("BBC News", "https://www.bbc.co.uk/news/"), ("The Guardian", "https://www.theguardian.com/"),
        ("Financial Times", "https://www.ft.com/content/"), ("The Independent", "https://www.independent.co.uk/"),
        ("The Telegraph", "https://www.telegraph.co.uk/"), ("Sky News", "https://news.sky.com/story/"),
        ("Manchester Evening News", "https://www.manchestereveningnews.co.uk/"), ("The Scotsman", "https://www.scotsman.com/"),
        ("Forbes", "https://www.forbes.com/sites/"), ("WalesOnline", "https://www.walesonline.co.uk/")]  # fmt: skip
TRADE = [("Marketing Week", "https://www.marketingweek.com/"), ("Campaign", "https://www.campaignlive.co.uk/article/"),
         ("The Grocer", "https://www.thegrocer.co.uk/"), ("Morning Advertiser", "https://www.morningadvertiser.co.uk/"),
         ("Travel Weekly", "https://travelweekly.co.uk/articles/"), ("Farmers Weekly", "https://www.fwi.co.uk/business/"),
         ("Times Higher Education", "https://www.timeshighereducation.com/news/"), ("GamesIndustry.biz", "https://www.gamesindustry.biz/"),
         ("Retail Gazette", "https://www.retailgazette.co.uk/blog/"), ("Finextra", "https://www.finextra.com/newsarticle/"),
         ("The Drum", "https://www.thedrum.com/news/"), ("Healthcare Markets", "https://www.laingbuisson.com/")]  # fmt: skip
HEADLINES = ["{B} launches new campaign aimed at {a}", "{B} reports rise in {s} sales", "Why {a} are turning away from {B}",
             "{B} criticised over advert ruling", "Inside {B}'s plan to win back {a}", "{S}: the brands winning with {a}",
             "{B} to close sites as costs bite", "How {B} used TikTok to reach {a}", "{B} chief on price rises and loyalty"]  # fmt: skip
BRANDS = ["Monzo", "Starling", "Jet2", "easyJet", "BrewDog", "Greene King", "Wetherspoons", "IKEA", "B&Q", "Wickes", "DFS",
          "Dunelm", "Spire", "Bupa", "HelloFresh", "Bloom & Wild", "Graze", "Riverford", "Team17", "Chester Zoo", "the Eden Project",
          "Loganair", "Revolut", "Abel & Cole", "Frontier", "the National Trust"]  # fmt: skip
PODCASTS = [("The Marketing Meetup", "The Marketing Meetup podcast"), ("Marketing Week", "Marketing Week Uncovered"),
            ("Mark Ritson", "Ritson's marketing masterclass"), ("BBC Radio 4", "The Bottom Line"), ("Diary of a CEO", "The Diary of a CEO"),
            ("CIM", "CIM Marketing Podcast"), ("The Guardian", "Today in Focus")]  # fmt: skip
CHANNELS = ["CIM", "Marketing Week", "BBC News", "Mark Ritson", "HubSpot Marketing", "Neil Patel", "Channel 4", "TEDx Talks",
            "Monzo", "VisitScotland"]  # fmt: skip
VIDEO_TITLES = ["How {B} built a brand {a} love", "The marketing mix explained", "STP in five minutes",
                "Why {s} brands are struggling", "{B}: behind the campaign", "Customer journeys in {s}"]  # fmt: skip
SOCIAL = [("Monzo", "@monzo", "X"), ("Jet2holidays", "@jet2holidays", "Instagram"), ("BrewDog", "@brewdog", "Instagram"),
          ("IKEA UK", "@IKEAUK", "X"), ("Chester Zoo", "@chesterzoo", "TikTok"), ("Riverford", "@riverford", "Instagram"),
          ("Team17", "@Team17", "X"), ("VisitWales", "@visitwales", "Instagram")]  # fmt: skip
SOCIAL_POSTS = ["New look, same app. Tap to see what's changed", "Our summer menu lands in pubs today",
                "Behind the scenes on our farm this week", "Flash sale: 20% off sofas this weekend only",
                "We're hiring apprentices across the UK", "Thank you for 1 million downloads"]  # fmt: skip
COMPANY_TITLES = ["Annual report and accounts {Y}", "Strategic report {Y}", "Sustainability report {Y}",
                  "Impact report {Y}", "Preliminary results for the year ended {m} {Y}", "Our story", "About us",
                  "Modern slavery statement {Y}", "Gender pay gap report {Y}"]  # fmt: skip
WEB_TITLES = ["How to write a marketing plan", "The 7Ps of marketing explained", "What is customer lifetime value?",
              "A guide to SWOT analysis", "PESTLE analysis: a beginner's guide", "Ansoff matrix: definition and examples",
              "Customer personas: what they are and how to build them", "Marketing to {a}: a guide", "{S} trends to watch",
              "How to use Google Analytics 4", "Email marketing benchmarks for {s}", "The customer journey in {s}"]  # fmt: skip
WEB_SITES = [("HubSpot", "https://blog.hubspot.com/marketing/"), ("Smart Insights", "https://www.smartinsights.com/"),
             ("CIM", "https://www.cim.co.uk/content-hub/"), ("Business Bitesize", "https://www.bbc.co.uk/bitesize/guides/"),
             ("tutor2u", "https://www.tutor2u.net/business/reference/"), ("Mailchimp", "https://mailchimp.com/resources/"),
             ("Oberlo", "https://www.oberlo.co.uk/blog/"), ("Semrush", "https://www.semrush.com/blog/")]  # fmt: skip
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]  # fmt: skip


class Blind14WorkFactory:
    """Makes the pool's works from one seeded random source, so a seed always gives the same reports."""

    KINDS: ClassVar[dict[str, float]] = {
        "book": 14, "chapter": 6, "journal": 22, "web": 9, "report": 9, "company-report": 7, "government": 7,
        "legislation": 2, "regulator": 4, "news": 8, "trade-press": 6, "podcast": 2, "video": 2, "social": 2,
        "blog": 3, "press-release": 2,
    }  # fmt: skip

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 104729 + 14)
        self.seed = seed
        self.counter = 0
        self.org_years: list[tuple[str, int]] = []  # an organisation twice in one year ("Mintel, 2023a/b")

    # ---------------------------------------------------------------- people, dates and words
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        given = rng.choice(FIRSTS)
        if roll < 0.1:
            particle, family = rng.choice(PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.2:
            return {"family": rng.choice(HYPHENATED), "given": given}
        if roll < 0.28:
            return {"family": rng.choice(CELTIC), "given": given}
        return {"family": rng.choice(SURNAMES), "given": given}

    def people(self, low: int, high: int) -> list[dict[str, str]]:
        weights = [40, 24, 14, 8, 5, 4, 3, 2][low - 1 : high]
        count = self.rng.choices(range(low, high + 1), weights=weights)[0]
        chosen: list[dict[str, str]] = []
        while len(chosen) < count:
            name = self.person()
            if all(name["family"] != other["family"] for other in chosen):
                chosen.append(name)
        return chosen

    def issued(self, low: int = 2010, high: int = 2025, detail: str = "year") -> dict[str, Any]:
        year = self.rng.randint(low, high)
        if detail == "day":
            return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        if detail == "month":
            return {"date-parts": [[year, self.rng.randint(1, 12)]]}
        return {"date-parts": [[year]]}

    def accessed(self, issued: dict[str, Any] | None) -> dict[str, Any]:
        """A day after the work appeared (or any day for an undated one), when a student read it."""
        parts = issued["date-parts"][0] if issued else [2019]
        year = self.rng.randint(max(parts[0], 2022), 2025) if parts[0] <= 2025 else parts[0]
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        candidate = [year, month, day]
        if candidate[: len(parts)] < parts:  # read no earlier than it was published
            candidate = [parts[0], parts[1] if len(parts) > 1 else 12, parts[2] if len(parts) > 2 else 28]
        return {"date-parts": [candidate]}

    def words(self, pattern: str, sector: str | None = None, year: int | None = None) -> str:
        """A title from a pattern; a year in it is the work's own year, as a dated report's title carries."""
        sector = sector or self.rng.choice(list(SECTORS))
        topic, audience = SECTORS[sector]
        year = year or self.rng.randint(2018, 2025)
        values = {"s": sector, "S": sector[:1].upper() + sector[1:], "t": topic, "T": topic[:1].upper() + topic[1:],
                  "a": audience, "B": self.rng.choice(BRANDS), "Y": str(year), "Y2": str(year + 1),
                  "m": self.rng.choice(MONTHS), "q": str(self.rng.randint(1, 4))}  # fmt: skip
        title = re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), pattern)
        return title[:1].upper() + title[1:]

    def slug(self, text: str) -> str:
        return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:60]

    def online(self, record: dict[str, Any], url: str, access: float = 0.93) -> None:
        """A URL and, as most students remember to, the date it was read."""
        record["URL"] = url
        if self.rng.random() < access:
            record["accessed"] = self.accessed(record.get("issued"))

    def done(self, record: dict[str, Any], kind: str, organisation: str | None = None) -> Work:
        self.counter += 1
        record["id"] = f"b14-{self.seed}-{self.counter}"
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        if organisation is not None:
            record["author"] = [{"literal": organisation}]
            return Work(record, organisation, year, True, 1, kind, {"organisation"})
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        return Work(record, lead, year, False, len(record["author"]), kind)

    @staticmethod
    def year_of(record: dict[str, Any]) -> int | None:
        return record["issued"]["date-parts"][0][0] if "issued" in record else None

    def org_issued(self, name: str, detail: str = "year") -> dict[str, Any]:
        """Now and then an organisation already cited, in the same year: the builder gives the pair 'a' and 'b'."""
        same = [year for other, year in self.org_years if other == name]
        issued = self.issued(2016, 2025, detail)
        if same and self.rng.random() < 0.5:
            issued["date-parts"][0][0] = same[0]
        self.org_years.append((name, issued["date-parts"][0][0]))
        return issued

    # ---------------------------------------------------------------- works
    def make(self, kind: str | None = None) -> Work:
        if kind is None:
            kind = self.rng.choices(list(self.KINDS), weights=list(self.KINDS.values()))[0]
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        return work

    def _book(self) -> Work:
        title, low, high = self.rng.choice(BOOKS)
        publisher, place = self.rng.choice(PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": title, "author": self.people(1, 4), "publisher": publisher,
                                  "publisher-place": place, "issued": self.issued(2008, 2024)}  # fmt: skip
        edition = self.rng.randint(low, high)
        if edition > 1:
            record["edition"] = str(edition)
        if self.rng.random() < 0.12:  # an e-book read on a platform
            record["medium"] = "Kindle edition" if self.rng.random() < 0.5 else "e-book"
        return self.done(record, "book")

    def _chapter(self) -> Work:
        sector = self.rng.choice(list(SECTORS))
        publisher, place = self.rng.choice(PUBLISHERS)
        first = self.rng.randint(3, 380)
        record: dict[str, Any] = {
            "type": "chapter", "title": self.words(self.rng.choice(CHAPTERS), sector), "author": self.people(1, 3),
            "editor": self.people(1, 3), "container-title": self.words(self.rng.choice(EDITED), sector),
            "publisher": publisher, "publisher-place": place, "issued": self.issued(2010, 2024),
            "page": f"{first}-{first + self.rng.randint(12, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 4))
        return self.done(record, "chapter")

    def _journal(self) -> Work:
        journal, publisher = self.rng.choice(JOURNALS)
        first = self.rng.randint(1, 1400)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self.words(self.rng.choice(ARTICLES)), "author": self.people(1, 8),
            "container-title": journal, "issued": self.issued(2005, 2025), "volume": str(self.rng.randint(5, 60)),
            "issue": str(self.rng.randint(1, 12)), "page": f"{first}-{first + self.rng.randint(10, 28)}",
        }  # fmt: skip
        roll = self.rng.random()
        if roll < 0.55:
            prefix = (
                "10.1108" if publisher == "Emerald" else "10.1080" if publisher == "Taylor & Francis" else "10.1016"
            )
            record["DOI"] = (
                f"{prefix}/{''.join(w[0] for w in journal.split() if w[0].isupper())}-{self.rng.randint(2005, 2025)}-{self.rng.randint(1000, 99999):04d}"
            )
        elif roll < 0.7:  # read through the library's database: a link and an access date
            self.online(record, f"https://www.emerald.com/insight/content/doi/{self.rng.randint(1000, 9999)}", 0.95)
        return self.done(record, "journal")

    def _web(self) -> Work:
        title = self.words(self.rng.choice(WEB_TITLES))
        site, url = self.rng.choice(WEB_SITES)
        record: dict[str, Any] = {"type": "webpage", "title": title, "container-title": site}
        if self.rng.random() < 0.75:
            record["issued"] = self.issued(2015, 2025)
        self.online(record, url + self.slug(title), 0.85)
        if self.rng.random() < 0.5:
            record["author"] = self.people(1, 2)
            return self.done(record, "web")
        return self.done(record, "web", site)

    def _report(self) -> Work:
        name, url, titles = self.rng.choice(RESEARCH)
        record: dict[str, Any] = {"type": "report", "publisher": name.split(" &")[0]}
        if self.rng.random() < 0.92:
            record["issued"] = self.org_issued(name, "month" if name in ("Mintel", "Kantar") else "year")
        record["title"] = title = self.words(self.rng.choice(titles), year=self.year_of(record))
        self.online(record, url + self.slug(title), 0.93)
        return self.done(record, "report", name)

    def _company_report(self) -> Work:
        name = self.rng.choice(ORGS)
        pattern = self.rng.choice(COMPANY_TITLES)
        record: dict[str, Any] = {"type": "report" if "report" in pattern.casefold() else "webpage"}
        if pattern not in ("Our story", "About us") or self.rng.random() < 0.3:
            record["issued"] = self.org_issued(name)
        record["title"] = title = self.words(pattern, year=self.year_of(record))
        domain = self.slug(name.replace(" plc", "").replace(" Ltd", "")).replace("-", "")
        self.online(record, f"https://www.{domain}.co.uk/{self.slug(title)}", 0.93)
        return self.done(record, "company-report", name)

    def _government(self) -> Work:
        name, url, titles = self.rng.choice(GOV)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]),
                                  "issued": self.org_issued(name, self.rng.choice(["year", "day"]))}  # fmt: skip
        record["title"] = title = self.words(self.rng.choice(titles), year=self.year_of(record))
        self.online(record, url + self.slug(title), 0.93)
        return self.done(record, "government", name)

    def _legislation(self) -> Work:
        title, year = self.rng.choice(ACTS)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}}
        if self.rng.random() < 0.6:
            self.online(record, f"https://www.legislation.gov.uk/ukpga/{year}/{self.rng.randint(5, 60)}/contents", 0.93)
        return self.done(record, "legislation", "Great Britain")

    def _regulator(self) -> Work:
        name, short = self.rng.choice(BODIES)
        written = name if self.rng.random() < 0.7 else short  # some students list the body by its initials
        pattern = self.rng.choice([
            "ASA ruling on {B}", "Guidance on {t} for {s} businesses", "{S}: market study final report",
            "Annual report {Y}", "Consumer duty: findings from our review of {s}", "The UK code of non-broadcast advertising (CAP Code)",
            "State of the sector {Y}", "{S} insight report {Y}", "Membership survey {Y}",
        ])  # fmt: skip
        record: dict[str, Any] = {"type": "report"}
        if self.rng.random() < 0.88:
            record["issued"] = self.org_issued(written, self.rng.choice(["year", "day"]))
        record["title"] = title = self.words(pattern, year=self.year_of(record))
        self.online(record, f"https://www.{short.casefold()}.org.uk/{self.slug(title)}", 0.93)
        return self.done(record, "regulator", written)

    def _news(self) -> Work:
        paper, url = self.rng.choice(NEWS)
        title = self.words(self.rng.choice(HEADLINES))
        record: dict[str, Any] = {"type": "article-newspaper", "title": title, "container-title": paper,
                                  "issued": self.issued(2016, 2025, "day")}  # fmt: skip
        self.online(record, url + self.slug(title), 0.93)
        if self.rng.random() < 0.75:
            record["author"] = self.people(1, 2)
            return self.done(record, "news")
        return self.done(record, "news", paper)

    def _trade_press(self) -> Work:
        magazine, url = self.rng.choice(TRADE)
        title = self.words(self.rng.choice(HEADLINES))
        record: dict[str, Any] = {"type": "article-magazine", "title": title, "container-title": magazine,
                                  "issued": self.issued(2016, 2025, "day")}  # fmt: skip
        self.online(record, url + self.slug(title), 0.93)
        if self.rng.random() < 0.8:
            record["author"] = self.people(1, 2)
            return self.done(record, "trade-press")
        return self.done(record, "trade-press", magazine)

    def _podcast(self) -> Work:
        host, show = self.rng.choice(PODCASTS)
        title = self.words(self.rng.choice(["Episode {q}: marketing {s} to {a}", "Building {t}", "What {B} got right"]))
        record: dict[str, Any] = {"type": "song", "title": title, "container-title": show, "medium": "Podcast",
                                  "issued": self.issued(2019, 2025, "day")}  # fmt: skip
        self.online(record, f"https://podcasts.apple.com/gb/podcast/{self.slug(show)}", 0.93)
        if self.rng.random() < 0.5:
            record["author"] = self.people(1, 2)
            return self.done(record, "podcast")
        return self.done(record, "podcast", host)

    def _video(self) -> Work:
        channel = self.rng.choice(CHANNELS)
        title = self.words(self.rng.choice(VIDEO_TITLES))
        record: dict[str, Any] = {"type": "motion_picture", "title": title, "medium": "YouTube video",
                                  "issued": self.issued(2015, 2025, "day")}  # fmt: skip
        self.online(
            record,
            f"https://www.youtube.com/watch?v={''.join(self.rng.choices('abcdefghijkLMNOPQ0123456789', k=11))}",
            0.93,
        )
        return self.done(record, "video", channel)

    def _social(self) -> Work:
        name, handle, platform = self.rng.choice(SOCIAL)
        record: dict[str, Any] = {"type": "post", "title": f"{self.rng.choice(SOCIAL_POSTS)} [{platform}]",
                                  "issued": self.issued(2021, 2025, "day")}  # fmt: skip
        site = {
            "X": "https://x.com/",
            "Instagram": "https://www.instagram.com/p/",
            "TikTok": "https://www.tiktok.com/",
        }[platform]
        self.online(record, site + handle.strip("@") + f"/{self.rng.randint(10**6, 10**7)}", 0.93)
        return self.done(record, "social", name)

    def _blog(self) -> Work:
        site, url = self.rng.choice(WEB_SITES)
        title = self.words(self.rng.choice([*WEB_TITLES, "Lessons from {B}'s rebrand", "Why {a} still matter"]))
        record: dict[str, Any] = {"type": "post-weblog", "title": title, "container-title": f"{site} blog",
                                  "author": self.people(1, 2)}  # fmt: skip
        if self.rng.random() < 0.7:
            record["issued"] = self.issued(2016, 2025, "day")
        self.online(record, url + self.slug(title), 0.82)
        return self.done(record, "blog")

    def _press_release(self) -> Work:
        name = self.rng.choice(ORGS + [body for body, _ in BODIES])
        record: dict[str, Any] = {"type": "webpage", "genre": "Press release", "issued": self.org_issued(name, "day")}
        title = self.words(self.rng.choice(["{B} announces record summer for {s}", "New research reveals {a} rethink {t}",
                                            "{B} partners with local farms", "{S} awards {Y} shortlist announced"]), year=self.year_of(record))  # fmt: skip
        record["title"] = title
        self.online(record, f"https://www.{self.slug(name)[:20]}.co.uk/press/{self.slug(title)}", 0.93)
        return self.done(record, "press-release", name)
