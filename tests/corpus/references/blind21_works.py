"""Works for the twenty-first held-out pool, "blind21": what digital-marketing practitioners cite, as CSL-JSON.

HELD OUT: never tune the checker on this pool; report its tables, never its misses.

Written by a twenty-first hand, without reading the checker, its tests or the other pools, from what CIM Diploma in
Digital Marketing candidates and agency account executives read: the textbooks on the reading list (in their
latest editions), journal articles on social commerce, influencers and attribution with one to eight authors, the
platforms' own newsrooms and help centres (often undated), tool vendors' blogs (Hootsuite, Sprout Social, Ahrefs,
Semrush, Moz), research firms (DataReportal, eMarketer, Gartner, Forrester), the regulators (ASA, CAP, ICO, Ofcom)
and the law they apply (GDPR, PECR), D2C, SaaS, streaming, gaming, beauty, travel-app, fintech, food-delivery and
resale companies' annual reports and press releases, trade press, podcast episodes, YouTube videos, LinkedIn posts,
webinars and conference talks. Names come from many cultures, with particles, hyphens, Mc and O' and diacritics.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# (family, given) pairs; particles are kept apart as reference managers store them.
NAMES = [("Okafor", "Chidinma"), ("Brennan", "Siobhan"), ("Kaur", "Jaspreet"), ("Lindqvist", "Emil"), ("Achterberg", "Femke"),
         ("Mwangi", "Wanjiru"), ("Fitzgerald", "Tom"), ("Horvath", "Zsofia"), ("Osei", "Kwabena"), ("Richardson", "Amy"),
         ("Takahashi", "Ren"), ("Walsh", "Ciara"), ("Demir", "Burak"), ("Pereira", "Mariana"), ("Hughes", "Gareth"),
         ("Rahman", "Nusrat"), ("Novak", "Petra"), ("Adebayo", "Tolu"), ("Sharma", "Vikram"), ("Clarke", "Jess"),
         ("Moreau", "Léa"), ("Bianchi", "Luca"), ("Kowalski", "Marta"), ("Nowak", "Piotr"), ("Chaudhry", "Imran"),
         ("Li", "Xinyi"), ("Zhou", "Hao"), ("Park", "Soojin"), ("Pham", "Linh"), ("Haddad", "Yasmin"), ("Jensen", "Mads"),
         ("Chaffey", "Dave"), ("Ryan", "Damian"), ("Kingsnorth", "Simon"), ("Tuten", "Tracy"), ("Solomon", "Michael"),
         ("Whitmore", "Hannah"), ("Baines", "Paul"), ("Evans", "Dylan"), ("Lowe", "Kirsty"), ("Farrow", "Ollie")]  # fmt: skip
ACCENTED = [("Ó Súilleabháin", "Niamh"), ("Nguyễn", "Thảo"), ("Şahin", "Elif"), ("Søndergaard", "Ida"), ("Müller", "Jonas"),
            ("Gómez", "Alejandro"), ("Dvořák", "Tereza"), ("Ní Dhónaill", "Áine"), ("Jääskeläinen", "Aino"), ("Håkansson", "Linnea"),
            ("Łukasik", "Zofia"), ("Çelik", "Mert"), ("Ruíz", "Inés"), ("Đorđević", "Milica"), ("Brontë", "Charlotte")]  # fmt: skip
PARTICLES = [("van der", "Linden", "Sanne"), ("de", "Groot", "Pieter"), ("da", "Costa", "Beatriz"), ("von", "Eschenbach", "Clara"),
             ("van", "Rooij", "Daan"), ("de la", "Fuente", "Carmen"), ("di", "Marco", "Giulia"), ("le", "Gall", "Yann"), ("dos", "Reis", "Tiago")]  # fmt: skip
HYPHENS = [("Ellis-Chadwick", "Fiona"), ("Al-Rashid", "Omar"), ("Hughes-Jones", "Megan"), ("Osei-Bonsu", "Ama"), ("Lloyd-Price", "Sam"),
           ("Bennett-Okoye", "Zara"), ("Sánchez-Moreno", "Pablo"), ("El-Khoury", "Nadia"), ("Kerr-Dineen", "Alex")]  # fmt: skip
CELTIC = [("McAllister", "Jo"), ("O'Sullivan", "Cathal"), ("MacDonald", "Isla"), ("O'Neill", "Aoife"), ("McGuinness", "Rory"),
          ("D'Souza", "Priya"), ("MacKinnon", "Euan"), ("O'Brien", "Sinéad")]  # fmt: skip

TOPICS = ["social commerce", "influencer disclosure", "creator partnerships", "short-form video", "marketing attribution",
          "first-party data", "cookie consent", "retail media", "live shopping", "subscription churn", "in-app purchases",
          "app store optimisation", "customer lifetime value", "email personalisation", "conversational marketing",
          "generative AI in content marketing", "search intent", "brand safety", "dark patterns", "buy now, pay later",
          "gamification", "user-generated content", "community management", "paid social", "programmatic advertising",
          "voice search", "loyalty apps", "push notifications", "A/B testing", "marketing automation"]  # fmt: skip
SETTINGS = ["D2C brands", "subscription boxes", "SaaS start-ups", "streaming platforms", "mobile gaming", "beauty e-commerce",
            "travel apps", "challenger banks", "food delivery platforms", "fashion resale", "Gen Z consumers", "UK SMEs"]  # fmt: skip

BOOKS = [("Digital marketing: strategy, implementation and practice", ["Chaffey", "Ellis-Chadwick"], "Pearson", "Harlow", 8),
         ("Understanding digital marketing: a complete guide to engaging customers and implementing successful digital campaigns", ["Ryan"], "Kogan Page", "London", 6),
         ("Digital marketing strategy: an integrated approach to online marketing", ["Kingsnorth"], "Kogan Page", "London", 3),
         ("Social media marketing", ["Tuten", "Solomon"], "SAGE", "London", 4),
         ("Marketing", ["Baines", "Whitmore", "Rahman"], "Oxford University Press", "Oxford", 6)]  # fmt: skip
BOOK_FORMS = ["{Tt} for {s}", "The {t} playbook", "{Tt}: a practical guide", "Data-driven {t}", "{Tt} in a cookieless world",
              "Growth hacking {s}", "The {s} handbook: {t} that works"]  # fmt: skip
EDITED = ["The Routledge companion to {t}", "Digital marketing in practice: cases on {s}", "The SAGE handbook of {t}",
          "Contemporary issues in {t}", "Social media and {s}"]  # fmt: skip
ARTICLE_FORMS = ["{Tt} and purchase intention among {s}", "How {t} shapes engagement: evidence from {s}", "When {t} backfires: a study of {s}",
                 "Measuring the effect of {t} on {t2}", "{Tt}, trust and {t2}: a structural model", "Do consumers notice {t}? An eye-tracking study",
                 "{Tt} in {s}: a systematic literature review", "The dark side of {t}"]  # fmt: skip
JOURNALS = ["Journal of Interactive Marketing", "Journal of Marketing Management", "Journal of Business Research",
            "International Journal of Research in Marketing", "Journal of Advertising", "Journal of Retailing and Consumer Services",
            "Psychology & Marketing", "Journal of Research in Interactive Marketing", "European Journal of Marketing",
            "Internet Research", "Journal of Digital & Social Media Marketing", "Journal of the Academy of Marketing Science"]  # fmt: skip
PUBLISHERS = [("Kogan Page", "London"), ("Routledge", "Abingdon"), ("SAGE", "London"), ("Pearson", "Harlow"), ("Wiley", "Hoboken, NJ"),
              ("Bloomsbury Business", "London"), ("Palgrave Macmillan", "Cham"), ("Goodfellow", "Oxford")]  # fmt: skip

# Organisations as authors: (name, URL, page titles). Help-centre pages are often undated.
PLATFORMS = [("Meta", "https://www.facebook.com/business/news/", ["Introducing new {t} tools for businesses", "{Tt}: what's new for advertisers"]),
             ("Google", "https://blog.google/products/ads-commerce/", ["A privacy-first approach to {t}", "New ways to reach customers with {t}"]),
             ("TikTok", "https://newsroom.tiktok.com/en-gb/", ["How brands are using {t} on TikTok", "What's next for {t}"]),
             ("YouTube", "https://blog.youtube/news-and-events/", ["Creators, {t} and the future of Shorts"]),
             ("LinkedIn", "https://business.linkedin.com/marketing-solutions/blog/", ["The B2B guide to {t}"]),
             ("Snap Inc.", "https://newsroom.snap.com/", ["{Tt} and the Snapchat generation"]),
             ("Pinterest", "https://business.pinterest.com/en-gb/blog/", ["Pinterest Predicts: {t}"])]  # fmt: skip
HELP = [("Google", "https://support.google.com/google-ads/answer/", ["About {t}", "Set up conversion tracking", "About Performance Max campaigns"]),
        ("Meta", "https://www.facebook.com/business/help/", ["About the Meta Pixel", "About Advantage+ shopping campaigns", "About branded content"]),
        ("TikTok For Business", "https://ads.tiktok.com/help/article/", ["About Spark Ads", "About TikTok Shop ads"]),
        ("Shopify", "https://help.shopify.com/en/manual/", ["Abandoned checkouts", "Selling subscriptions"]),
        ("Apple", "https://developer.apple.com/app-store/", ["App Store product page", "In-app events"])]  # fmt: skip
VENDORS = [("Hootsuite", "https://blog.hootsuite.com/"), ("Sprout Social", "https://sproutsocial.com/insights/"), ("Ahrefs", "https://ahrefs.com/blog/"),
           ("Semrush", "https://www.semrush.com/blog/"), ("Moz", "https://moz.com/blog/"), ("HubSpot", "https://blog.hubspot.com/marketing/"),
           ("Smart Insights", "https://www.smartinsights.com/"), ("Econsultancy", "https://econsultancy.com/"), ("Mailchimp", "https://mailchimp.com/resources/"),
           ("Search Engine Land", "https://searchengineland.com/"), ("Klaviyo", "https://www.klaviyo.com/blog/")]  # fmt: skip
VENDOR_TITLES = ["{Tt} statistics you need to know in {Y}", "The ultimate guide to {t}", "{n} {t} examples to inspire you",
                 "How to use {t} to grow {s}", "{Tt}: benchmarks for {Y}", "What is {t}? A beginner's guide"]  # fmt: skip
RESEARCH = [("DataReportal", "https://datareportal.com/reports/", ["Digital {Y}: the United Kingdom", "Digital {Y}: global overview report"]),
            ("eMarketer", "https://www.emarketer.com/content/", ["UK {t} forecast {Y}", "{Tt} trends to watch in {Y}"]),
            ("Gartner", "https://www.gartner.com/en/marketing/research/", ["Hype cycle for digital marketing, {Y}", "CMO spend survey {Y}"]),
            ("Forrester", "https://www.forrester.com/report/", ["Predictions {Y}: B2C marketing", "The state of {t}, {Y}"]),
            ("Think with Google", "https://www.thinkwithgoogle.com/intl/en-gb/", ["How {s} search for {t}", "The messy middle: {t}"]),
            ("Mintel", "https://store.mintel.com/report/", ["{Ss} - UK - {Y}", "Social media and {t} - UK - {Y}"]),
            ("Kantar", "https://www.kantar.com/uki/inspiration/", ["Media reactions {Y}", "BrandZ most valuable UK brands {Y}"]),
            ("GWI", "https://www.gwi.com/reports/", ["Social media trends {Y}", "The Gen Z report {Y}"]),
            ("We Are Social & Meltwater", "https://wearesocial.com/uk/blog/", ["Digital {Y}: UK"]),
            ("Statista", "https://www.statista.com/statistics/", ["Number of {t} users in the United Kingdom from 2019 to {Y}"])]  # fmt: skip
REGULATORS = [("Advertising Standards Authority (ASA)", "https://www.asa.org.uk/resource/", ["Influencers' guide to making clear that ads are ads", "ASA ruling on {B} Ltd"], {"abbreviation"}),
              ("Committee of Advertising Practice (CAP)", "https://www.asa.org.uk/codes-and-rulings/", ["The CAP Code: the UK Code of Non-broadcast Advertising and Direct & Promotional Marketing", "Advertising guidance: {t}"], {"abbreviation"}),
              ("Information Commissioner's Office (ICO)", "https://ico.org.uk/for-organisations/", ["Guidance on the use of cookies and similar technologies", "Direct marketing guidance", "Guide to PECR"], {"apostrophe", "abbreviation", "government"}),
              ("Information Commissioner's Office", "https://ico.org.uk/about-the-ico/media-centre/", ["ICO warns organisations about {t}"], {"apostrophe", "government"}),
              ("Ofcom", "https://www.ofcom.org.uk/research-and-data/", ["Online Nation {Y} report", "Adults' media use and attitudes report {Y}", "Children and parents: media use and attitudes {Y}"], {"government"}),
              ("Competition and Markets Authority", "https://www.gov.uk/government/publications/", ["Guidance for businesses on {t}", "Online choice architecture: how digital design can harm competition and consumers"], {"government"}),
              ("Department for Culture, Media and Sport", "https://www.gov.uk/government/publications/", ["Online advertising programme: consultation", "Creative industries sector vision"], {"government", "comma"}),
              ("IAB UK", "https://www.iabuk.com/research/", ["Digital adspend {Y}", "The IAB UK guide to {t}"], {"abbreviation"}),
              ("Internet Advertising Bureau UK (IAB UK)", "https://www.iabuk.com/", ["Gold Standard {Y}"], {"abbreviation"}),
              ("The Chartered Institute of Marketing", "https://www.cim.co.uk/content-hub/", ["Impact of marketing report {Y}"], set()),
              ("Data & Marketing Association (DMA)", "https://dma.org.uk/research/", ["Marketer email tracker {Y}", "Customer engagement: {t}"], {"ampersand", "abbreviation"}),
              ("European Data Protection Board", "https://edpb.europa.eu/our-work-tools/", ["Guidelines on deceptive design patterns in social media platform interfaces"], {"government"})]  # fmt: skip
ACTS = [("Privacy and Electronic Communications (EC Directive) Regulations 2003", 2003), ("Data Protection Act 2018", 2018),
        ("Consumer Protection from Unfair Trading Regulations 2008", 2008), ("Online Safety Act 2023", 2023),
        ("Digital Markets, Competition and Consumers Act 2024", 2024)]  # fmt: skip
COMPANIES = [("Deliveroo plc", "Annual report and accounts {Y}", "https://corporate.deliveroo.co.uk/investors/", {"company"}),
             ("THG plc", "Annual report {Y}", "https://www.thg.com/investor-relations", {"company", "acronym"}),
             ("Moonpig Group plc", "Annual report and accounts {Y}", "https://www.moonpig.group/investors", {"company"}),
             ("Gymshark Ltd", "Strategic report {Y}", "https://uk.gymshark.com/", {"company"}),
             ("Wise plc", "Annual report {Y}", "https://wise.com/owners/", {"company"}),
             ("Depop Ltd", "Impact report {Y}", "https://news.depop.com/", {"company"}),
             ("Gousto", "Our year in food {Y}", "https://www.gousto.co.uk/", {"company"}),
             ("Spotify Technology S.A.", "Form 20-F {Y}", "https://investors.spotify.com/", {"company", "abbreviation"}),
             ("Procter & Gamble", "Citizenship report {Y}", "https://us.pg.com/", {"company", "ampersand"}),
             ("Ben & Jerry's", "Social and environmental assessment report {Y}", "https://www.benjerry.co.uk/about-us", {"company", "ampersand", "apostrophe"}),
             ("Domino's Pizza Group plc", "Annual report {Y}", "https://investors.dominos.co.uk/", {"company", "apostrophe"}),
             ("Trainline plc", "Annual report and accounts {Y}", "https://www.trainlinegroup.com/", {"company"}),
             ("Charlotte Tilbury Beauty Ltd", "Brand impact report {Y}", "https://www.charlottetilbury.com/uk", {"company"}),
             ("Ocado Group plc", "Annual report {Y}", "https://www.ocadogroup.com/investors", {"company"}),
             ("Monzo Bank Ltd", "Annual report {Y}", "https://monzo.com/annual-report", {"company"}),
             ("Frontier Developments plc", "Annual report {Y}", "https://www.frontier.co.uk/investors", {"company"})]  # fmt: skip
PRESS_RELEASES = ["{B} launches on TikTok Shop", "{B} partners with creators for summer campaign", "{B} hits one million subscribers",
                  "{B} introduces new loyalty app", "{B} rolls out AI-powered recommendations"]  # fmt: skip
NEWS = ["BBC News", "The Guardian", "Financial Times", "The Times", "The Independent", "Evening Standard", "City A.M.", "Sky News"]  # fmt: skip
TRADE = ["Marketing Week", "Campaign", "The Drum", "Econsultancy", "Retail Week", "Drapers", "Cosmetics Business", "PR Week",
         "Mobile Marketing Magazine", "Digiday UK", "Marketing Beat", "Sifted"]  # fmt: skip
HEADLINES = ["{B} bets on creators as {t} matures", "Why {s} are rethinking {t}", "{B} pulls ad after ASA complaint",
             "The rise of {t}: what marketers need to know", "{B} cuts prices as subscribers fall", "Inside {B}'s {t} strategy",
             "{Ss} turn to {t} as costs bite", "ASA bans {B} influencer post"]  # fmt: skip
BRANDS = ["Gymshark", "Cult Beauty", "Huel", "Oddbox", "Bloom & Wild", "Monzo", "Vinted", "Gousto", "Trainline", "Hopper",
          "Depop", "Revolut", "Deliveroo", "Just Eat", "Skyscanner", "PrettyLittleThing", "Naked Wines", "Glossybox", "Hello Fresh", "Freetrade"]  # fmt: skip
PODCASTS = ["The Digital Marketing Podcast", "Marketing Week Uncovered", "The Marketing Meetup Podcast", "Everyone Hates Marketers",
            "The Diary of a CEO", "Social Media Marketing Podcast", "The Growth Loop", "Hustle & Flowchart"]  # fmt: skip
EPISODES = ["Episode {n}: {Tt} with {B}", "{Tt} explained", "How {B} grew with {t}", "Ep. {n} - the truth about {t}"]  # fmt: skip
CHANNELS = [("Ahrefs", True), ("Neil Patel", False), ("Google Ads", True), ("Think Media", True), ("Measureschool", True),
            ("CIM", True), ("Marketing Week", True), ("Hootsuite Labs", True)]  # fmt: skip
VIDEOS = ["How to set up GA4 for {s}", "{Tt} tutorial for beginners", "{Tt} in {Y}: what's changed", "Live: {t} masterclass"]  # fmt: skip
SOCIAL = [("LinkedIn", "post"), ("X", "post"), ("Instagram", "post"), ("TikTok", "video"), ("Threads", "post")]  # fmt: skip
POSTS = ["Five things we learned running {t} for {B}", "Unpopular opinion: {t} is overrated", "We tested {t} for 90 days. Here's what happened",
         "Thread on {t} for {s}", "Our {B} case study is live"]  # fmt: skip
EVENTS = [("BrightonSEO", "Brighton"), ("Festival of Marketing", "London"), ("Social Media Week", "London"), ("Web Summit", "Lisbon"),
          ("Cannes Lions International Festival of Creativity", "Cannes"), ("Advertising Week Europe", "London"), ("MozCon", "Seattle"),
          ("Digital Marketing Show", "London")]  # fmt: skip
HOSTS = {
    "The Chartered Institute of Marketing",
    "Data & Marketing Association (DMA)",
    "IAB UK",
    "Information Commissioner's Office (ICO)",
}
WEBINARS = ["{Tt} for {s}: live webinar", "Webinar: the state of {t} {Y}", "CIM webinar: {t} in practice"]  # fmt: skip


class Blind21WorkFactory(WorkFactory):
    """The blind21 pool's works, drawn from one seeded source of its own so that a seed always gives the same works."""

    KINDS: ClassVar[dict[str, float]] = {
        "book": 11, "chapter": 4, "journal": 18, "web": 10, "help-page": 5, "blog": 9, "report": 9, "company-report": 5,
        "press-release": 3, "regulator": 7, "legislation": 1, "news": 6, "trade-press": 7, "podcast": 3, "video": 3,
        "social": 3, "conference": 2, "webinar": 1,
    }  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 21021)
        self.count = 0
        self.dated_orgs: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people, dates, words
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.58:
            family, given = self.rng.choice(NAMES)
            return {"family": family, "given": given}
        if roll < 0.72:
            family, given = self.rng.choice(ACCENTED)
            return {"family": family, "given": given}
        if roll < 0.82:
            particle, family, given = self.rng.choice(PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.91:
            family, given = self.rng.choice(HYPHENS)
            return {"family": family, "given": given}
        family, given = self.rng.choice(CELTIC)
        return {"family": family, "given": given}

    def people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 28, 17, 8, 5, 4, 2, 2][:most])[0]
        chosen: list[dict[str, str]] = []
        while len(chosen) < count:
            name = self.person()
            if all(name["family"] != other["family"] for other in chosen):
                chosen.append(name)
        return chosen

    def issued(self, low: int = 2012, high: int = 2025, detail: str = "year") -> dict[str, Any]:
        year = self.rng.randint(low, high)
        parts = [year]
        if detail in ("month", "day"):
            parts.append(self.rng.randint(1, 12))
        if detail == "day":
            parts.append(self.rng.randint(1, 28))
        return {"date-parts": [parts]}

    def accessed(self, issued: dict[str, Any] | None = None) -> dict[str, list[list[int]]]:
        low = issued["date-parts"][0][0] + 1 if issued else 2023  # a later year than the work's own
        year = self.rng.randint(max(low, 2023), max(low, 2025))
        return {"date-parts": [[year, self.rng.randint(1, 11 if year > 2025 else 12), self.rng.randint(1, 28)]]}

    def words(self, pattern: str, year: int | None = None) -> str:
        topic, other = self.rng.sample(TOPICS, 2)
        setting = self.rng.choice(SETTINGS)
        filled = (pattern.replace("{Tt}", topic[0].upper() + topic[1:]).replace("{t2}", other).replace("{t}", topic)
                  .replace("{Ss}", setting[0].upper() + setting[1:]).replace("{s}", setting)
                  .replace("{B}", self.rng.choice(BRANDS)).replace("{Y}", str(year or self.rng.randint(2019, 2025)))
                  .replace("{n}", str(self.rng.randint(3, 240))))  # fmt: skip
        return filled

    def slug(self, text: str) -> str:
        return "-".join("".join(ch for ch in word.lower() if ch.isalnum()) for word in text.split()[:6])

    # ------------------------------------------------------------------ making a Work
    def _record(self, kind_type: str, **fields: Any) -> dict[str, Any]:
        self.count += 1
        return {"id": f"b21-{self.count}", "type": kind_type, **fields}

    def done(self, record: dict[str, Any], kind: str, org: tuple[str, set[str]] | None = None) -> Work:
        year = "n.d."
        if "issued" in record:
            year = str(record["issued"]["date-parts"][0][0])
        if org is not None:
            name, tags = org
            record["author"] = [{"literal": name}]
            return Work(record, name, year, True, 1, kind, tags | {"organisation"})
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        return Work(record, lead, year, False, len(record["author"]), kind)

    def online(self, record: dict[str, Any], url: str, access: float = 0.86) -> None:
        record["URL"] = url
        if self.rng.random() < access:  # without it, the builder records a missing access date
            record["accessed"] = self.accessed(record.get("issued"))

    def paired(self, name: str, tags: set[str], record: dict[str, Any]) -> tuple[str, set[str]]:
        """Now and then an organisation's second work of one year (DataReportal 2024a and 2024b)."""
        if "issued" in record and self.dated_orgs and self.rng.random() < 0.15:
            name, tags, issued = self.rng.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [list(issued["date-parts"][0])]}
            if "accessed" in record:
                record["accessed"] = self.accessed(record["issued"])
            if "publisher" in record:
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated_orgs.append((name, set(tags), record["issued"]))
        return name, tags

    def make(self, kind: str | None = None) -> Work:
        if kind is None:
            kind = self.rng.choices(list(self.KINDS), weights=list(self.KINDS.values()))[0]
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        return work

    # ------------------------------------------------------------------ the kinds
    def _book(self) -> Work:
        if self.rng.random() < 0.35:
            title, families, publisher, place, edition = self.rng.choice(BOOKS)
            given = dict(NAMES + HYPHENS)
            authors = [{"family": f, "given": given.get(f, "Fiona")} for f in families]
            record = self._record(
                "book", title=title, author=authors, publisher=publisher, **{"publisher-place": place}
            )
            latest = 2025 - self.rng.randint(0, 3)
            record["issued"] = {"date-parts": [[latest]]}
            if self.rng.random() < 0.85:
                record["edition"] = str(edition - self.rng.randint(0, 1))
            return self.done(record, "book")
        publisher, place = self.rng.choice(PUBLISHERS)
        record = self._record("book", title=self.words(self.rng.choice(BOOK_FORMS)), author=self.people(4),
                              issued=self.issued(2010, 2025), publisher=publisher, **{"publisher-place": place})  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 5))
        return self.done(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(PUBLISHERS)
        start = self.rng.randint(3, 380)
        record = self._record("chapter", title=self.words(self.rng.choice(ARTICLE_FORMS)), author=self.people(3),
                              editor=[self.person() for _ in range(self.rng.randint(1, 3))],
                              **{"container-title": self.words(self.rng.choice(EDITED)), "publisher-place": place},
                              publisher=publisher, issued=self.issued(2014, 2025), page=f"{start}-{start + self.rng.randint(12, 30)}")  # fmt: skip
        return self.done(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 1400)
        record = self._record("article-journal", title=self.words(self.rng.choice(ARTICLE_FORMS)), author=self.people(8),
                              issued=self.issued(2013, 2025), volume=str(self.rng.randint(8, 160)),
                              issue=str(self.rng.randint(1, 12)), page=f"{start}-{start + self.rng.randint(9, 28)}",
                              **{"container-title": self.rng.choice(JOURNALS)})  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 1199)}/j.{self.rng.choice(['intmar', 'jbusres', 'jretconser', 'ijresmar'])}.{record['issued']['date-parts'][0][0]}.{self.rng.randint(100, 999)}"
            )
        elif self.rng.random() < 0.4:
            self.online(
                record, f"https://www.emerald.com/insight/content/doi/{self.rng.randint(1000, 9999)}", access=0.9
            )
        return self.done(record, "journal")

    def _web(self) -> Work:
        name, url, titles = self.rng.choice(PLATFORMS)
        record = self._record(
            "webpage", title=self.words(self.rng.choice(titles)), **{"container-title": f"{name} newsroom"}
        )
        if self.rng.random() < 0.88:
            record["issued"] = self.issued(2018, 2025, "day")
        self.online(record, url + self.slug(record["title"]))
        if self.rng.random() < 0.2:  # a named author of the post
            record["author"] = self.people(2)
            return self.done(record, "web")
        tags = {"company"} | ({"abbreviation"} if name.endswith("Inc.") else set())
        return self.done(record, "web", self.paired(name, tags, record))

    def _help_page(self) -> Work:
        name, url, titles = self.rng.choice(HELP)
        record = self._record(
            "webpage", title=self.words(self.rng.choice(titles)), **{"container-title": f"{name} Help Centre"}
        )
        if self.rng.random() < 0.3:  # most help pages carry no date
            record["issued"] = self.issued(2021, 2025, "month")
        self.online(record, url + str(self.rng.randint(1000000, 9999999)), access=0.9)
        return self.done(record, "web", (name, {"company", "help-centre"}))

    def _blog(self) -> Work:
        name, url = self.rng.choice(VENDORS)
        issued = self.issued(2019, 2025, "day")
        record = self._record("post-weblog", title=self.words(self.rng.choice(VENDOR_TITLES), issued["date-parts"][0][0]),
                              **{"container-title": f"{name} blog"})  # fmt: skip
        if self.rng.random() < 0.9:
            record["issued"] = issued
        self.online(record, url + self.slug(record["title"]))
        if self.rng.random() < 0.7:
            record["author"] = self.people(2)
            return self.done(record, "blog")
        return self.done(record, "blog", self.paired(name, {"company"}, record))

    def _report(self) -> Work:
        name, url, titles = self.rng.choice(RESEARCH)
        issued = self.issued(2019, 2025, self.rng.choice(["year", "month"]))
        record = self._record(
            "report",
            title=self.words(self.rng.choice(titles), issued["date-parts"][0][0]),
            publisher=name.split(" & ")[0],
        )
        if self.rng.random() < 0.9:
            record["issued"] = issued
        self.online(record, url + self.slug(record["title"]))
        if (
            name in ("Gartner", "Forrester", "eMarketer") and self.rng.random() < 0.5
        ):  # analysts' reports name their analysts
            record["author"] = self.people(3)
            return self.done(record, "report")
        tags = (
            {"market-research"}
            | ({"ampersand"} if "&" in name else set())
            | ({"lowercase"} if name[0].islower() else set())
        )
        return self.done(record, "report", self.paired(name, tags, record))

    def _company_report(self) -> Work:
        name, title, url, tags = self.rng.choice(COMPANIES)
        issued = self.issued(2019, 2025)
        record = self._record(
            "report", title=self.words(title, issued["date-parts"][0][0]), publisher=name, issued=issued
        )
        if self.rng.random() < 0.75:
            self.online(record, url)
        return self.done(record, "company-report", self.paired(name, set(tags), record))

    def _press_release(self) -> Work:
        name, _title, url, tags = self.rng.choice(COMPANIES)
        brand = name.replace(" plc", "").replace(" Ltd", "").replace(" Group", "")
        record = self._record("webpage", title=self.words(self.rng.choice(PRESS_RELEASES).replace("{B}", brand)),
                              issued=self.issued(2020, 2025, "day"), genre="Press release")  # fmt: skip
        self.online(record, url + "news/" + self.slug(record["title"]))
        return self.done(record, "press-release", self.paired(name, set(tags), record))

    def _regulator(self) -> Work:
        name, url, titles, tags = self.rng.choice(REGULATORS)
        issued = self.issued(2016, 2025, self.rng.choice(["year", "day"]))
        title = self.words(self.rng.choice(titles), issued["date-parts"][0][0])
        record = self._record(self.rng.choice(["webpage", "report"]), title=title, publisher=name.split(" (")[0])
        if self.rng.random() < 0.85:
            record["issued"] = issued
        self.online(record, url + self.slug(title))
        return self.done(
            record,
            "report" if record["type"] == "report" else "web",
            self.paired(name, set(tags) | {"regulator"}, record),
        )

    def _legislation(self) -> Work:
        title, year = self.rng.choice(ACTS)
        record = self._record("legislation", title=title, issued={"date-parts": [[year]]})
        return Work(record, title, str(year), True, 1, "legislation", {"legislation", "organisation"})

    def _news(self) -> Work:
        record = self._record("article-newspaper", title=self.words(self.rng.choice(HEADLINES)), author=self.people(2),
                              issued=self.issued(2019, 2025, "day"), **{"container-title": self.rng.choice(NEWS)})  # fmt: skip
        self.online(record, f"https://www.example-news.co.uk/business/{self.slug(record['title'])}")
        return self.done(record, "news")

    def _trade_press(self) -> Work:
        outlet = self.rng.choice(TRADE)
        record = self._record("article-magazine", title=self.words(self.rng.choice(HEADLINES)),
                              issued=self.issued(2019, 2025, "day"), **{"container-title": outlet})  # fmt: skip
        self.online(
            record, f"https://www.{outlet.lower().replace(' ', '')}.com/news/{self.slug(record['title'])}", access=0.82
        )
        if self.rng.random() < 0.85:
            record["author"] = self.people(2)
            return self.done(record, "trade-press")
        return self.done(record, "trade-press", self.paired(outlet, {"press"}, record))

    def _podcast(self) -> Work:
        show = self.rng.choice(PODCASTS)
        record = self._record("broadcast", title=self.words(self.rng.choice(EPISODES)), author=self.people(2),
                              issued=self.issued(2020, 2025, "day"), **{"container-title": show, "medium": "Podcast"})  # fmt: skip
        self.online(record, f"https://open.spotify.com/episode/{self.rng.randint(10**9, 10**10)}")
        return self.done(record, "podcast")

    def _video(self) -> Work:
        channel, is_org = self.rng.choice(CHANNELS)
        record = self._record("motion_picture", title=self.words(self.rng.choice(VIDEOS)), issued=self.issued(2019, 2025, "day"),
                              **{"container-title": "YouTube"})  # fmt: skip
        self.online(record, f"https://www.youtube.com/watch?v={self.slug(record['title'])[:11]}")
        if is_org:
            return self.done(record, "video", self.paired(channel, {"company", "channel"}, record))
        family, given = channel.split()[1], channel.split()[0]
        record["author"] = [{"family": family, "given": given}]
        return self.done(record, "video")

    def _social(self) -> Work:
        site, _genre = self.rng.choice(SOCIAL)
        record = self._record("post", title=self.words(self.rng.choice(POSTS)), issued=self.issued(2021, 2025, "day"),
                              **{"container-title": site})  # fmt: skip
        self.online(record, f"https://www.{site.lower()}.com/posts/{self.rng.randint(10**6, 10**7)}", access=0.8)
        if self.rng.random() < 0.75:
            record["author"] = [self.person()]
            return self.done(record, "social")
        brand = self.rng.choice(BRANDS)
        return self.done(
            record, "social", (brand, {"company", "brand-account"} | ({"ampersand"} if "&" in brand else set()))
        )

    def _conference(self) -> Work:
        event, place = self.rng.choice(EVENTS)
        record = self._record("speech", title=self.words(self.rng.choice([*ARTICLE_FORMS, "{Tt}: lessons from {s}"])),
                              author=self.people(2), issued=self.issued(2018, 2025, "day"),
                              **{"event": event, "event-place": place})  # fmt: skip
        return self.done(record, "conference")

    def _webinar(self) -> Work:
        name, url, _titles, tags = self.rng.choice([r for r in REGULATORS if r[0] in HOSTS])
        record = self._record("speech", title=self.words(self.rng.choice(WEBINARS)), issued=self.issued(2020, 2025, "day"),
                              genre="Webinar")  # fmt: skip
        self.online(record, url + "webinars")
        if self.rng.random() < 0.6:
            record["author"] = self.people(3)
            return self.done(record, "webinar")
        return self.done(record, "webinar", self.paired(name, set(tags), record))
