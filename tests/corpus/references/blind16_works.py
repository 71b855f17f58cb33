"""Works for the sixteenth held-out pool, "blind16": what its writers read and cite, as CSL-JSON records.

HELD OUT: never tune the checker on this pool; report its tables, never its misses.

Written by a sixteenth hand, without reading the checker, its tests or the other pools, from what hurried final-year
undergraduates, CIM Level 4 learners in small firms in Scotland, Wales and Ireland and marketing assistants in
manufacturing cite: textbooks in later editions, chapters of edited books, journal articles with one to eight
authors, the Scottish and Welsh Governments, councils, Companies House and regulators, Acts and regulations read as
"Great Britain", trade associations, market research (some with a named analyst), plc and Ltd annual reports, Reuters,
Bloomberg, Sky News and regional papers, trade press, YouTube videos, TikTok and LinkedIn posts, blogs, podcasts,
conference talks and lecture slides. Names come from Scotland, Wales and Ireland (Mc, Mac, O', Ní, ap, fadas) and from
the many countries whose people work and study there (particles, hyphens, diacritics). Some pages carry no date, a
few online sources were written down without an access date, and one organisation now and then publishes two works
of one kind in one year.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import datetime
import random
import re
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

GIVEN = ["Callum", "Eilidh", "Rhiannon", "Dafydd", "Siobhán", "Ciarán", "Aoife", "Fionnuala", "Morag", "Hamish", "Gethin", "Seren",
         "Magdalena", "Tomasz", "Agnieszka", "Jurgita", "Mihai", "Ioana", "Chidinma", "Kwabena", "Adaeze", "Priyanka", "Farhan",
         "Ayesha", "Wen", "Jun", "Thảo", "Minh", "Haruka", "Seoyeon", "Elif", "Emre", "Nikos", "Eleni", "João", "Inês", "Sanne",
         "Pieter", "Lukas", "Léa", "Mathieu", "Lucía", "Álvaro", "Giulia", "Matteo", "Omar", "Layla", "Hodan", "Guðrún", "Bjørn",
         "Zsófia", "Jan-Erik", "Marie-Claire", "Kirsty", "Gregor", "Niamh", "Padraig", "Ffion", "Iwan", "Stuart", "Joanne", "Gary"]  # fmt: skip
SURNAMES = ["Campbell", "Fraser", "Robertson", "Grant", "Morrison", "Jones", "Evans", "Pritchard", "Llewellyn", "Byrne", "Kavanagh",
            "Doherty", "Kowalski", "Wiśniewska", "Nowak", "Petrauskienė", "Popescu", "Okafor", "Mensah", "Boateng", "Adeyemi",
            "Chakraborty", "Qureshi", "Rahman", "Zhou", "Xu", "Nguyễn", "Trần", "Yamamoto", "Kang", "Çelik", "Öztürk",
            "Papadakis", "Ferreira", "Gonçalves", "Janssen", "Schäfer", "Müller", "Lefèvre", "García", "Núñez", "Ricci",
            "Haddad", "Warsame", "Guðmundsdóttir", "Bjørnstad", "Szabó", "Dvořák", "Ahmed", "Smith", "Taylor", "Watson",
            "Thomson", "Stewart", "Hughes", "Walsh", "Lindqvist", "Kurtuluş", "Sørensen", "Shah"]  # fmt: skip
# (particle, family): the particle kept apart, as reference managers keep it, and written before the surname.
PARTICLES = [("van der", "Merwe"), ("de", "Jong"), ("van", "Leeuwen"), ("von", "Thurn"), ("da", "Costa"), ("de la", "Fuente"),
             ("dos", "Reis"), ("ap", "Rhys"), ("ter", "Horst"), ("del", "Río"), ("di", "Lorenzo"), ("le", "Breton")]  # fmt: skip
# Surnames as they are spelled at home, with prefixes and capitals inside the word.
CELTIC = ["McAllister", "MacLeòid", "O'Donnell", "Ó Súilleabháin", "Ní Dhomhnaill", "Mac an tSaoi", "McIntyre", "MacKinnon",
          "O'Shea", "Mac Giolla Phádraig", "DeLuca", "FitzGerald", "D'Souza", "Llewellyn-Jones", "Adebayo-Okafor",
          "Ben-David", "Al-Amin", "El Khoury", "Lloyd-Williams", "Hamilton-Baillie", "St John", "Le Gall"]  # fmt: skip

SECTORS = ["industrial B2B manufacturing", "logistics and couriers", "outdoor and camping gear", "coffee chains",
           "supermarket own brands", "mobile games", "travel agencies", "local councils", "weddings and events",
           "charity shops", "precision engineering", "parcel delivery", "food manufacturing", "independent retail"]  # fmt: skip
TOPICS = ["trade shows", "key account management", "brand trust", "own-label quality", "customer retention",
          "loyalty apps", "in-app purchases", "last-mile delivery", "sustainability claims", "price perception",
          "word of mouth", "LinkedIn content", "influencer partnerships", "service recovery", "tender writing",
          "community engagement", "second-hand shopping", "export marketing", "digital transformation",
          "customer reviews", "experiential marketing", "employer branding", "B2B buying centres", "reshoring"]  # fmt: skip

BOOKS = ["Principles of {s} marketing", "Marketing management in {s}", "Business-to-business marketing", "Strategic marketing planning",
         "Digital marketing: strategy, implementation and practice", "Marketing communications: a brand narrative approach",
         "Consumer behaviour", "Services marketing: people, technology, strategy", "Essentials of {t}",
         "Marketing research: an applied approach", "The marketing plan handbook", "Retail marketing management",
         "Logistics and supply chain management", "Tourism marketing", "Event management: an introduction",
         "Charity marketing: contemporary issues, research and practice", "Small business marketing",
         "Brand management: research, theory and practice", "Social media marketing: a strategic approach",
         "{T} for small firms", "Global marketing", "Marketing: real people, real choices"]  # fmt: skip
EDITED = ["The Routledge companion to {s}", "Contemporary issues in {t}", "Marketing in {s}: cases and concepts",
          "The SAGE handbook of {t}", "Cases in {s}", "Research handbook on {t}", "Marketing the third sector"]  # fmt: skip
CHAPTERS = ["{T} in {s}", "Relationship marketing and {t}", "Why {t} matters", "Measuring {t} in {s}", "Ethics, {t} and {s}",
            "The buyer's view of {t}", "Small firms and {t}", "From products to services in {s}"]  # fmt: skip
ARTICLES = ["The role of {t} in {s}", "{T} and customer loyalty: evidence from {s}", "Understanding {t}: a qualitative study",
            "Do {s} customers care about {t}?", "{T} in Scottish SMEs", "Drivers of {t} among Welsh firms",
            "Modelling {t}: a structural equation approach", "{T} and firm performance in {s}",
            "Rethinking {t} after the pandemic", "A systematic review of {t}", "Consumer responses to {t} in {s}",
            "{T}, trust and switching in {s}", "Why {t} fails: lessons from {s}", "Gen Z and {t}"]  # fmt: skip
JOURNALS = ["Industrial Marketing Management", "Journal of Business & Industrial Marketing", "Journal of Marketing Management",
            "International Journal of Physical Distribution & Logistics Management", "Tourism Management",
            "Journal of Retailing and Consumer Services", "British Food Journal", "Journal of Strategic Marketing",
            "International Journal of Nonprofit and Voluntary Sector Marketing", "Journal of Consumer Behaviour",
            "Journal of Travel Research", "Event Management", "Journal of Product & Brand Management",
            "Irish Journal of Management", "Local Government Studies", "Journal of Interactive Marketing", "Games and Culture",
            "International Small Business Journal", "European Journal of Marketing", "Journal of Services Marketing"]  # fmt: skip
PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("SAGE", "London"), ("Kogan Page", "London"),
              ("Oxford University Press", "Oxford"), ("Cengage", "Andover"), ("McGraw-Hill Education", "Maidenhead"),
              ("Edward Elgar", "Cheltenham"), ("Wiley", "Chichester"), ("Red Globe Press", "London"),
              ("Goodfellow Publishers", "Oxford"), ("Bloomsbury Academic", "London")]  # fmt: skip

COMPANIES = ["The Weir Group PLC", "Howden Joinery Group Plc", "A.G. Barr p.l.c.", "Thomas Tunnock Ltd", "Costa Ltd",
             "Caffè Nero Group Ltd", "Whitbread PLC", "Tesco PLC", "J Sainsbury plc", "Aldi UK", "Lidl GB",
             "Wm Morrison Supermarkets Ltd", "DPD UK", "Evri", "International Distribution Services plc", "Menzies Distribution",
             "Frasers Group plc", "Mountain Warehouse Ltd", "Alpkit", "Tiso Group Ltd", "Jet2 plc", "TUI UK", "Hays Travel",
             "Trailfinders", "Supercell", "King", "Tag Games Ltd", "Oxfam GB", "British Heart Foundation", "Barnardo's",
             "Sue Ryder", "Cancer Research UK", "Renishaw plc", "Spirax Group plc", "Wincanton plc", "Pallet-Track",
             "Black Sheep Coffee", "Bean & Gone Ltd", "The Co-operative Group", "Dŵr Cymru Welsh Water"]  # fmt: skip
TRADE_BODIES = ["Charity Retail Association", "Road Haulage Association (RHA)", "Logistics UK", "British Coffee Association",
                "Make UK", "Scottish Council for Development & Industry", "Outdoor Industries Association", "ABTA",
                "UK Interactive Entertainment (Ukie)", "Federation of Small Businesses (FSB)", "Institute of Grocery Distribution (IGD)",
                "British Retail Consortium", "Scottish Grocers' Federation", "Chartered Institute of Procurement & Supply (CIPS)",
                "Chartered Institute of Marketing", "The Chartered Institute of Logistics and Transport (CILT)", "UKHospitality",
                "Hitched", "Bridebook", "The Wedding Industry Awards", "Engineering UK", "Scotland Food & Drink"]  # fmt: skip
GOVERNMENT = [("Scottish Government", "https://www.gov.scot/publications/"), ("Welsh Government", "https://www.gov.wales/"),
              ("Companies House", "https://find-and-update.company-information.service.gov.uk/company/"),
              ("Department for Business and Trade", "https://www.gov.uk/government/publications/"),
              ("Office for National Statistics", "https://www.ons.gov.uk/"), ("ONS", "https://www.ons.gov.uk/"),
              ("Competition and Markets Authority", "https://www.gov.uk/cma-cases/"), ("Ofcom", "https://www.ofcom.org.uk/"),
              ("Advertising Standards Authority", "https://www.asa.org.uk/rulings/"), ("Food Standards Scotland", "https://www.foodstandards.gov.scot/"),
              ("Scottish Enterprise", "https://www.scottish-enterprise.com/"), ("Business Wales", "https://businesswales.gov.wales/"),
              ("Highlands and Islands Enterprise", "https://www.hie.co.uk/"), ("Enterprise Ireland", "https://www.enterprise-ireland.com/"),
              ("Central Statistics Office", "https://www.cso.ie/en/"), ("Invest Northern Ireland", "https://www.investni.com/"),
              ("VisitScotland", "https://www.visitscotland.org/"), ("Visit Wales", "https://www.visitwales.com/"),
              ("Glasgow City Council", "https://www.glasgow.gov.uk/"), ("Cardiff Council", "https://www.cardiff.gov.uk/"),
              ("Dundee City Council", "https://www.dundeecity.gov.uk/"), ("Gwynedd Council", "https://www.gwynedd.llyw.cymru/"),
              ("Belfast City Council", "https://www.belfastcity.gov.uk/"), ("Fife Council", "https://www.fife.gov.uk/"),
              ("HM Revenue & Customs", "https://www.gov.uk/government/organisations/hm-revenue-customs/"),
              ("Information Commissioner's Office", "https://ico.org.uk/"), ("Department for Transport", "https://www.gov.uk/government/statistics/"),
              ("Civil Aviation Authority", "https://www.caa.co.uk/"), ("Office of the Scottish Charity Regulator (OSCR)", "https://www.oscr.org.uk/"),
              ("Charity Commission for England and Wales", "https://www.gov.uk/government/organisations/charity-commission/")]  # fmt: skip
GOV_TITLES = ["{S}: sector statistics {Y}", "Scotland's national strategy for economic transformation", "Business in Wales: {t}",
              "Annual business survey: {s}", "Guidance on {t} for small businesses", "Retail strategy for {s}",
              "{S}: market study final report", "Ruling on {B}", "Consumer attitudes to {t}", "Tourism visitor survey {Y}",
              "Local economic plan {Y} to {Y2}", "Filing history: {B}", "Business population estimates {Y}",
              "Export statistics Scotland {Y}", "Council plan: {t} and local growth"]  # fmt: skip
ACTS = [("Great Britain", "Consumer Rights Act 2015", 2015), ("Great Britain", "Procurement Act 2023", 2023),
        ("Great Britain", "Digital Markets, Competition and Consumers Act 2024", 2024),
        ("Great Britain", "Package Travel and Linked Travel Arrangements Regulations 2018", 2018),
        ("Great Britain", "Consumer Protection from Unfair Trading Regulations 2008", 2008),
        ("Great Britain", "Environment Act 2021", 2021), ("Great Britain", "Companies Act 2006", 2006),
        ("Scottish Parliament", "Charities and Trustee Investment (Scotland) Act 2005", 2005),
        ("Scottish Parliament", "Deposit and Return Scheme for Scotland Regulations 2020", 2020),
        ("Welsh Parliament", "Well-being of Future Generations (Wales) Act 2015", 2015),
        ("Welsh Parliament", "Environmental Protection (Single-use Plastic Products) (Wales) Act 2023", 2023)]  # fmt: skip
RESEARCH = [("Mintel", "https://store.mintel.com/", ["{S} - UK - {Y}", "Attitudes towards {t} - UK - {Y}", "Coffee shops - UK - {Y}",
                                                     "Own-label food and drink - UK - {Y}", "Holiday review - UK - {Y}"]),
            ("Statista", "https://www.statista.com/statistics/", ["Market share of parcel carriers in the UK {Y}",
                                                                  "Number of coffee shop outlets in the UK {Y}", "Mobile gaming revenue in the UK {Y}"]),
            ("Kantar", "https://www.kantar.com/", ["Grocery market share: Great Britain, {m} {Y}", "BrandZ top {n} most valuable UK brands {Y}"]),
            ("IBISWorld", "https://www.ibisworld.com/united-kingdom/", ["Courier activities in the UK - market research report",
                                                                       "Camping equipment retailers in the UK", "Travel agencies in the UK {Y}"]),
            ("YouGov", "https://yougov.co.uk/", ["What Britons think of {t}", "Most popular coffee chains in the UK, Q{q} {Y}"]),
            ("Allegra World Coffee Portal", "https://www.worldcoffeeportal.com/", ["Project Café UK {Y}"]),
            ("Euromonitor International", "https://www.euromonitor.com/", ["{S} in the United Kingdom", "Private label in Ireland {Y}"]),
            ("Circana", "https://www.circana.com/", ["Own-label tracker {Y}"]), ("Sensor Tower", "https://sensortower.com/", ["State of mobile gaming {Y}"]),
            ("Transport Intelligence (Ti)", "https://www.ti-insight.com/", ["UK last-mile delivery {Y}"]),
            ("Savanta", "https://savanta.com/", ["Wedding spend tracker {Y}"])]  # fmt: skip
COMPANY_TITLES = ["Annual report and accounts {Y}", "Annual report {Y}", "Sustainability report {Y}", "Strategic report {Y}",
                  "Impact report {Y}", "Modern slavery statement {Y}", "Investor presentation: full-year results {Y}",
                  "Our story", "About us", "Gender pay gap report {Y}", "Annual review {Y}"]  # fmt: skip
NEWS = [("Reuters", "https://www.reuters.com/business/"), ("Bloomberg", "https://www.bloomberg.com/news/articles/"),
        ("Sky News", "https://news.sky.com/story/"), ("BBC News", "https://www.bbc.co.uk/news/"), ("The Herald", "https://www.heraldscotland.com/business_hq/"),
        ("The Scotsman", "https://www.scotsman.com/business/"), ("Press and Journal", "https://www.pressandjournal.co.uk/fp/business/"),
        ("Daily Record", "https://www.dailyrecord.co.uk/news/"), ("WalesOnline", "https://www.walesonline.co.uk/business/"),
        ("Western Mail", "https://www.walesonline.co.uk/news/"), ("The Irish Times", "https://www.irishtimes.com/business/"),
        ("Belfast Telegraph", "https://www.belfasttelegraph.co.uk/business/"), ("Irish Examiner", "https://www.irishexaminer.com/business/"),
        ("Manchester Evening News", "https://www.manchestereveningnews.co.uk/business/"), ("The Guardian", "https://www.theguardian.com/business/"),
        ("Financial Times", "https://www.ft.com/content/")]  # fmt: skip
TRADE = [("The Grocer", "https://www.thegrocer.co.uk/"), ("Motor Transport", "https://motortransport.co.uk/"),
         ("Post & Parcel", "https://postandparcel.info/"), ("Logistics Manager", "https://www.logisticsmanager.com/"),
         ("The Engineer", "https://www.theengineer.co.uk/"), ("The Manufacturer", "https://www.themanufacturer.com/"),
         ("GamesIndustry.biz", "https://www.gamesindustry.biz/"), ("Pocket Gamer.biz", "https://www.pocketgamer.biz/"),
         ("TTG", "https://www.ttgmedia.com/"), ("Travel Weekly", "https://travelweekly.co.uk/"), ("Civil Society", "https://www.civilsociety.co.uk/"),
         ("Third Sector", "https://www.thirdsector.co.uk/"), ("Marketing Week", "https://www.marketingweek.com/"),
         ("Campaign", "https://www.campaignlive.co.uk/"), ("The Drum", "https://www.thedrum.com/"), ("Packaging News", "https://www.packagingnews.co.uk/"),
         ("Convenience Store", "https://www.conveniencestore.co.uk/"), ("Outdoor Industry News", "https://www.outdoorindustrynews.co.uk/")]  # fmt: skip
HEADLINES = ["{B} profits fall as costs bite", "{B} to cut {n} jobs", "How {B} won back shoppers", "{B} bets on {t}",
             "Own brands gain ground as shoppers trade down", "Couriers face fines over missed deliveries",
             "Coffee chains slow expansion in Scotland", "Council backs new {t} plan", "Charity shops see record sales",
             "Mobile game makers rethink ads after privacy changes", "Wedding costs hit record high", "{B} opens new hub in {c}",
             "Outdoor retailers hit by wet summer", "Travel agents report surge in package holidays", "Why {t} is back on the agenda",
             "{B} named in ASA ruling", "Manufacturers warn of skills gap", "{B} boss on {t}"]  # fmt: skip
CITIES = ["Glasgow", "Edinburgh", "Aberdeen", "Dundee", "Inverness", "Cardiff", "Swansea", "Wrexham", "Belfast", "Derry",
          "Cork", "Galway", "Dublin", "Motherwell", "Livingston", "Bangor", "Newport", "Perth"]  # fmt: skip
NEWS_BRANDS = ["DPD", "Evri", "Royal Mail", "Tesco", "Aldi", "Lidl", "Costa", "Greggs", "Black Sheep Coffee", "Jet2", "TUI",
               "Hays Travel", "Go Outdoors", "Tiso", "Mountain Warehouse", "Weir", "Renishaw", "Wincanton", "Oxfam", "Barnardo's",
               "Supercell", "Tunnock's", "Irn-Bru maker AG Barr", "Morrisons"]  # fmt: skip
PODCASTS = [("The Digital Marketing Podcast", "https://www.targetinternet.com/podcast/"), ("Marketing Over Coffee", "https://www.marketingovercoffee.com/"),
            ("The Supply Chain Podcast", "https://open.spotify.com/show/"), ("Everyone Hates Marketers", "https://www.everyonehatesmarketers.com/"),
            ("The Scottish Business Podcast", "https://podcasts.apple.com/gb/podcast/"), ("Outdoor Business Chat", "https://open.spotify.com/show/"),
            ("Grocery Insight", "https://podcasts.apple.com/gb/podcast/"), ("Games Marketing Weekly", "https://open.spotify.com/show/"),
            ("Third Sector Talks", "https://podcasts.apple.com/gb/podcast/")]  # fmt: skip
EPISODES = ["Episode {n}: {t} with {B}", "{T} on a shoestring", "Ep. {q}: what buyers really want", "Winning tenders in {s}",
            "How {B} grew without TV", "Is {t} dead?", "Season {q}, episode {d}: {t}"]  # fmt: skip
CHANNELS = ["HubSpot Marketing", "Ahrefs", "CIM", "Alpkit", "DPD UK", "Weir Group", "Hays Travel", "Logistics UK", "Neil Patel",
            "The Futur", "Think Media", "Make UK", "Scottish Enterprise", "Tiso", "Barnardo's", "GDC", "Harvard Business Review"]  # fmt: skip
VIDEOS = ["How we pack {n} parcels an hour", "{T} explained in 10 minutes", "Inside our {c} factory", "{B}: brand film {Y}",
          "Pitching {t} to the board", "Gear review: our top {q} tents", "The {t} masterclass", "A day in the life of a {s} marketer",
          "Why {t} works for B2B"]  # fmt: skip
SOCIAL = [("TikTok", "https://www.tiktok.com/@"), ("LinkedIn", "https://www.linkedin.com/posts/"), ("Instagram", "https://www.instagram.com/p/"),
          ("X", "https://x.com/"), ("Facebook", "https://www.facebook.com/")]  # fmt: skip
POSTERS = ["Costa Coffee", "Go Outdoors", "Hays Travel", "Evri", "Alpkit", "Tesco", "Aldi UK", "Oxfam Scotland", "Glasgow City Council",
           "Black Sheep Coffee", "Jet2holidays", "Supercell", "Brew Bus Dundee", "Harris Tweed Hebrides", "Weddings at Dunmore"]  # fmt: skip
POSTS = ["POV: you ordered a flat white at 7am", "Our new own-label range lands in {c} stores this week", "{n} years in {c}!",
         "Thank you to everyone who donated to our {c} shop", "We're hiring in {c}", "Proud to announce our new {c} depot",
         "Behind the scenes at our {c} roastery", "Tips for {t} this summer", "Wedding season is here"]  # fmt: skip
BLOGS = [("HubSpot", "https://blog.hubspot.com/marketing/"), ("Smart Insights", "https://www.smartinsights.com/"), ("Shopify", "https://www.shopify.com/uk/blog/"),
         ("Sprout Social", "https://sproutsocial.com/insights/"), ("Semrush", "https://www.semrush.com/blog/"), ("Hotjar", "https://www.hotjar.com/blog/"),
         ("Mailchimp", "https://mailchimp.com/resources/"), ("Wix", "https://www.wix.com/blog/"), ("Unleashed Software", "https://www.unleashedsoftware.com/blog/")]  # fmt: skip
BLOG_TITLES = ["{T}: a beginner's guide", "{n} {t} ideas for small businesses", "What is {t}?", "How to measure {t}",
               "{T} statistics you need to know in {Y}", "The ultimate guide to {t}", "{T} for B2B brands"]  # fmt: skip
UNIS = [("University of Strathclyde", "MK301"), ("Edinburgh Napier University", "MKT08101"), ("Glasgow Caledonian University", "M3B723"),
        ("Cardiff Metropolitan University", "BMK5002"), ("Swansea University", "SMN301"), ("Ulster University", "MKT517"),
        ("University of the Highlands and Islands", "UB309"), ("Munster Technological University", "MKTG7003"),
        ("Chartered Institute of Marketing", "CIM L4 Module 1")]  # fmt: skip
LECTURES = ["Week {q}: segmentation, targeting and positioning", "Week {q}: B2B buying behaviour", "Lecture {q}: the extended marketing mix",
            "Week {q}: marketing planning (SOSTAC)", "Session {q}: {t}", "Week {q}: services and the 7Ps"]  # fmt: skip
CONFERENCES = [("Multimodal {Y}", "Birmingham"), ("Logistics UK Summit", "Glasgow"), ("Digital Marketing World Forum", "London"),
               ("CIM Scotland Marketing Conference", "Edinburgh"), ("Scottish Tourism Alliance Conference", "Glasgow"),
               ("EGX", "London"), ("Develop:Brighton", "Brighton"), ("Charity Retail Conference", "Birmingham"),
               ("Academy of Marketing Conference", "Cardiff"), ("Irish Academy of Management Conference", "Cork")]  # fmt: skip
TALKS = ["Selling {t} to procurement", "What {s} can learn from {t}", "Keynote: {T} in uncertain times", "Panel: the future of {t}",
         "Building a brand in {s}", "Data, trust and {t}"]  # fmt: skip
MONTHS = ["January", "March", "June", "September", "November"]


class Blind16WorkFactory(WorkFactory):
    """The blind16 pool's works. Draws from a random source of its own, so nothing else's corpus moves."""

    KINDS: ClassVar[dict[str, float]] = {
        "book": 12, "chapter": 5, "journal": 18, "web": 8, "report": 6, "company-report": 5, "government": 7,
        "legislation": 2, "trade-body": 4, "news": 7, "trade-press": 5, "podcast": 2, "video": 3, "social": 2, "blog": 3,
        "conference": 2, "lecture": 2,
    }  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 16_016 + 1616)
        self.count = 0
        self.published: dict[str, list[tuple[list[dict[str, str]], dict[str, Any]]]] = {}

    # ------------------------------------------------------------------ people, dates, words
    def person(self) -> dict[str, str]:
        rng = self.rng
        given = rng.choice(GIVEN)
        roll = rng.random()
        if roll < 0.12:
            particle, family = rng.choice(PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.3:
            return {"family": rng.choice(CELTIC), "given": given}
        family = rng.choice(SURNAMES)
        if rng.random() < 0.06:  # double-barrelled by marriage
            family = f"{family}-{rng.choice(SURNAMES)}"
        return {"family": family, "given": given}

    def people(self, low: int, high: int) -> list[dict[str, str]]:
        weights = [40, 26, 14, 8, 5, 3, 2, 2][low - 1 : high]
        count = self.rng.choices(range(low, high + 1), weights=weights)[0]
        names: list[dict[str, str]] = []
        while len(names) < count:
            name = self.person()
            if all(n.get("family") != name["family"] for n in names):
                names.append(name)
        return names

    def issued(self, low: int = 2010, high: int = 2025, detail: str = "year") -> dict[str, Any]:
        year = self.rng.randint(low, high)
        if detail == "day":
            return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        if detail == "month":
            return {"date-parts": [[year, self.rng.randint(1, 12)]]}
        return {"date-parts": [[year]]}

    def accessed(self, issued: dict[str, Any] | None = None) -> dict[str, Any]:
        """An access date after the work appeared: the night before the deadline, more often than not."""
        parts = issued["date-parts"][0] if issued else [2020]
        start = datetime.date(parts[0], parts[1] if len(parts) > 1 else 12, parts[2] if len(parts) > 2 else 28)
        low = max(start + datetime.timedelta(days=3), datetime.date(2023, 9, 1))
        high = max(low, datetime.date(2025, 11, 30))
        day = low + datetime.timedelta(days=self.rng.randint(0, (high - low).days))
        return {"date-parts": [[day.year, day.month, day.day]]}

    def words(self, pattern: str, year: int | None = None) -> str:
        """A title from a pattern; a year in it is the work's own year when the work gives one."""
        rng = self.rng
        topic, sector = rng.choice(TOPICS), rng.choice(SECTORS)
        year = year if year is not None else rng.randint(2015, 2025)
        values = {"t": topic, "T": topic[0].upper() + topic[1:], "s": sector, "S": sector[0].upper() + sector[1:],
                  "Y": str(year), "Y2": str(year + rng.randint(2, 5)), "n": str(rng.randint(3, 60)), "q": str(rng.randint(1, 12)),
                  "d": str(rng.randint(1, 20)), "m": rng.choice(MONTHS), "B": rng.choice(NEWS_BRANDS), "c": rng.choice(CITIES)}  # fmt: skip
        return re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], pattern)

    def slug(self, text: str) -> str:
        return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:60] or "page"

    # ------------------------------------------------------------------ finishing a record
    def done(self, record: dict[str, Any], kind: str, tags: set[str] | None = None) -> Work:
        self.count += 1
        record["id"] = f"b16-{self.count}"
        first = record["author"][0]
        organisation = "literal" in first
        reusable = (
            organisation
            and "issued" in record
            and kind in ("report", "company-report", "government", "trade-body", "web", "blog")
        )
        if reusable and self.rng.random() < 0.12 and self.published.get(kind):
            # the same organisation twice in a year, in the same kind of source: "Mintel (2024a)" and "(2024b)"
            author, issued = self.rng.choice(self.published[kind])
            record["author"], record["issued"] = (
                [dict(a) for a in author],
                {"date-parts": [list(p) for p in issued["date-parts"]]},
            )
            first = record["author"][0]
            if "publisher" in record and kind != "report":
                record["publisher"] = first["literal"].split(" (")[0]
            if "accessed" in record:
                record["accessed"] = self.accessed(record["issued"])
        if reusable:
            self.published.setdefault(kind, []).append((record["author"], record["issued"]))
        lead = (
            first["literal"]
            if organisation
            else " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        )
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        work_tags = set(tags or ()) | ({"organisation"} if organisation else set())
        return Work(record, lead, year, organisation, len(record["author"]), kind, work_tags)

    def online(self, record: dict[str, Any], url: str, access: float = 0.9) -> None:
        """A URL, and usually the date it was read: a few were copied down in a hurry without one."""
        record["URL"] = url
        if self.rng.random() < access:
            record["accessed"] = self.accessed(record.get("issued"))

    def undated(self, record: dict[str, Any], chance: float) -> None:
        if self.rng.random() < chance:
            record.pop("issued", None)

    def make(self, kind: str | None = None) -> Work:
        if kind is None:
            kind = self.rng.choices(list(self.KINDS), weights=list(self.KINDS.values()))[0]
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        return work

    # ------------------------------------------------------------------ the kinds
    def _book(self) -> Work:
        publisher, place = self.rng.choice(PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self.words(self.rng.choice(BOOKS)), "author": self.people(1, 4),
                                  "issued": self.issued(1998, 2025), "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.55:
            record["edition"] = str(self.rng.randint(2, 12))
        return self.done(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(PUBLISHERS)
        start = self.rng.randint(3, 380)
        record: dict[str, Any] = {"type": "chapter", "title": self.words(self.rng.choice(CHAPTERS)), "author": self.people(1, 3),
                                  "editor": self.people(1, 3), "container-title": self.words(self.rng.choice(EDITED)),
                                  "issued": self.issued(2005, 2025), "publisher": publisher, "publisher-place": place,
                                  "page": f"{start}-{start + self.rng.randint(10, 30)}"}  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 4))
        return self.done(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 1200)
        record: dict[str, Any] = {"type": "article-journal", "title": self.words(self.rng.choice(ARTICLES)), "author": self.people(1, 8),
                                  "container-title": self.rng.choice(JOURNALS), "issued": self.issued(2003, 2025),
                                  "volume": str(self.rng.randint(5, 120)), "issue": str(self.rng.randint(1, 12)),
                                  "page": f"{start}-{start + self.rng.randint(9, 28)}"}  # fmt: skip
        roll = self.rng.random()
        if roll < 0.5:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 1199)}/{self.rng.choice(['imm', 'jbim', 'jmm', 'ejm', 'bfj'])}.{record['issued']['date-parts'][0][0]}.{self.rng.randint(1000, 99999)}"
            )
        elif roll < 0.65:  # read through the library's database
            self.online(
                record, f"https://www.emerald.com/insight/content/doi/{self.rng.randint(100000, 999999)}/full/html"
            )
        return self.done(record, "journal")

    def _web(self) -> Work:
        rng = self.rng
        if rng.random() < 0.5:
            author = [{"literal": rng.choice(COMPANIES + TRADE_BODIES)}]
            title = self.words(rng.choice(["About us", "Our {t} promise", "Sustainability", "{T}", "Our history", "Trade customers",
                                           "Delivery information", "Why choose {B}?", "Our impact in {c}", "Careers in {s}"]))  # fmt: skip
        else:
            author = self.people(1, 2)
            title = self.words(rng.choice(BLOG_TITLES))
        record: dict[str, Any] = {
            "type": "webpage",
            "title": title,
            "author": author,
            "issued": self.issued(2014, 2025),
        }
        self.undated(record, 0.3)
        self.online(
            record,
            f"https://www.{self.slug(str(author[0].get('literal') or author[0]['family']))}.co.uk/{self.slug(title)}",
            0.85,
        )
        return self.done(record, "web")

    def _report(self) -> Work:
        name, url, titles = self.rng.choice(RESEARCH)
        issued = self.issued(2016, 2025, "month")
        record: dict[str, Any] = {"type": "report", "title": self.words(self.rng.choice(titles), issued["date-parts"][0][0]), "issued": issued,
                                  "publisher": name.split(" (")[0]}  # fmt: skip
        # a named analyst now and then, as Mintel and Euromonitor reports carry one
        record["author"] = self.people(1, 2) if self.rng.random() < 0.3 else [{"literal": name}]
        self.undated(record, 0.08)
        self.online(record, url + self.slug(record["title"]), 0.92)
        return self.done(record, "report", {"market-research"})

    def _company_report(self) -> Work:
        name = self.rng.choice(COMPANIES)
        issued = self.issued(2015, 2025)
        # a year's report comes out in the next year
        title = self.words(self.rng.choice(COMPANY_TITLES), issued["date-parts"][0][0] - self.rng.randint(0, 1))
        record: dict[str, Any] = {"type": "report", "title": title, "author": [{"literal": name}], "issued": issued,
                                  "publisher": name, "publisher-place": self.rng.choice([*CITIES, "London", "Leeds", "Bristol"])}  # fmt: skip
        if title in ("Our story", "About us"):
            record["type"] = "webpage"
            del record["publisher"], record["publisher-place"]
            self.undated(record, 0.5)
        if record["type"] == "webpage" or self.rng.random() < 0.7:
            self.online(record, f"https://www.{self.slug(name)}.com/{self.slug(title)}")
        return self.done(record, "company-report", {"company"})

    def _government(self) -> Work:
        name, url = self.rng.choice(GOVERNMENT)
        issued = self.issued(2012, 2025)
        title = self.words(self.rng.choice(GOV_TITLES), issued["date-parts"][0][0])
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title, "author": [{"literal": name}],
                                  "issued": issued}  # fmt: skip
        if record["type"] == "report" and self.rng.random() < 0.5:
            record["publisher"], record["publisher-place"] = (
                name,
                self.rng.choice(["Edinburgh", "Cardiff", "London", "Belfast", "Dublin"]),
            )
        self.undated(record, 0.1)
        self.online(record, url + self.slug(title), 0.9)
        return self.done(record, "government", {"government"})

    def _legislation(self) -> Work:
        author, title, year = self.rng.choice(ACTS)
        record: dict[str, Any] = {
            "type": "legislation",
            "title": title,
            "author": [{"literal": author}],
            "issued": {"date-parts": [[year]]},
        }
        if self.rng.random() < 0.8:
            self.online(record, f"https://www.legislation.gov.uk/{self.slug(title)}", 0.9)
        return self.done(record, "legislation", {"legislation"})

    def _trade_body(self) -> Work:
        name = self.rng.choice(TRADE_BODIES)
        issued = self.issued(2014, 2025)
        title = self.words(self.rng.choice(["{S} report {Y}", "State of {s} {Y}", "Manifesto for {s}", "Members' survey: {t}",
                                            "Guide to {t}", "{T}: best practice guide", "Annual review {Y}", "Economic impact of {s}"]), issued["date-parts"][0][0])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "author": [{"literal": name}], "issued": issued,
                                  "publisher": name.split(" (")[0], "publisher-place": self.rng.choice(["London", "Edinburgh", "Glasgow", "Cardiff", "Dublin"])}  # fmt: skip
        self.undated(record, 0.12)
        if self.rng.random() < 0.75:
            self.online(record, f"https://www.{self.slug(name.split(' (')[0])}.org.uk/{self.slug(title)}", 0.85)
        return self.done(record, "trade-body", {"trade-body"})

    def _news(self) -> Work:
        paper, url = self.rng.choice(NEWS)
        title = self.words(self.rng.choice(HEADLINES))
        record: dict[str, Any] = {
            "type": "article-newspaper",
            "title": title,
            "container-title": paper,
            "issued": self.issued(2016, 2025, "day"),
        }
        # unsigned agency and broadcaster copy is cited by the outlet's name
        record["author"] = [{"literal": paper}] if self.rng.random() < 0.3 else self.people(1, 2)
        self.online(record, url + self.slug(title), 0.9)
        return self.done(record, "news", {"news"})

    def _trade_press(self) -> Work:
        title_name, url = self.rng.choice(TRADE)
        title = self.words(self.rng.choice(HEADLINES))
        record: dict[str, Any] = {"type": "article-magazine", "title": title, "container-title": title_name,
                                  "issued": self.issued(2016, 2025, "day"), "author": self.people(1, 2)}  # fmt: skip
        if self.rng.random() < 0.15:
            record["author"] = [{"literal": title_name}]
        self.online(record, url + self.slug(title), 0.88)
        return self.done(record, "trade-press", {"press"})

    def _podcast(self) -> Work:
        show, url = self.rng.choice(PODCASTS)
        title = self.words(self.rng.choice(EPISODES))
        record: dict[str, Any] = {"type": "broadcast", "title": title, "container-title": show, "medium": "Podcast",
                                  "issued": self.issued(2018, 2025, "day")}  # fmt: skip
        record["author"] = self.people(1, 2) if self.rng.random() < 0.6 else [{"literal": show}]
        self.online(record, url + self.slug(title))
        return self.done(record, "podcast", {"podcast"})

    def _video(self) -> Work:
        channel = self.rng.choice(CHANNELS)
        title = self.words(self.rng.choice(VIDEOS))
        record: dict[str, Any] = {"type": "motion_picture", "title": title, "medium": "YouTube video", "author": [{"literal": channel}],
                                  "issued": self.issued(2015, 2025, "day")}  # fmt: skip
        if self.rng.random() < 0.2:
            record["author"] = self.people(1, 1)
        self.online(record, f"https://www.youtube.com/watch?v={self.slug(title)[:11]}", 0.9)
        return self.done(record, "video", {"video"})

    def _social(self) -> Work:
        platform, url = self.rng.choice(SOCIAL)
        poster = self.rng.choice(POSTERS)
        title = self.words(self.rng.choice(POSTS))
        record: dict[str, Any] = {"type": "post", "title": title, "container-title": platform, "author": [{"literal": poster}],
                                  "issued": self.issued(2020, 2025, "day")}  # fmt: skip
        if platform == "LinkedIn" and self.rng.random() < 0.5:
            record["author"] = self.people(1, 1)
        self.online(record, url + self.slug(poster) + "/" + str(self.rng.randint(10**8, 10**9)), 0.9)
        return self.done(record, "social", {"social"})

    def _blog(self) -> Work:
        site, url = self.rng.choice(BLOGS)
        title = self.words(self.rng.choice(BLOG_TITLES))
        record: dict[str, Any] = {
            "type": "post-weblog",
            "title": title,
            "container-title": f"{site} blog",
            "issued": self.issued(2016, 2025, "day"),
        }
        record["author"] = self.people(1, 2) if self.rng.random() < 0.65 else [{"literal": site}]
        self.undated(record, 0.15)
        self.online(record, url + self.slug(title), 0.88)
        return self.done(record, "blog", {"blog"})

    def _conference(self) -> Work:
        event, place = self.rng.choice(CONFERENCES)
        issued = self.issued(2017, 2025, "day")
        record: dict[str, Any] = {"type": "speech", "title": self.words(self.rng.choice(TALKS)), "author": self.people(1, 2),
                                  "event": event.replace("{Y}", str(issued["date-parts"][0][0])), "event-place": place, "issued": issued}  # fmt: skip
        if self.rng.random() < 0.4:
            self.online(record, f"https://www.youtube.com/watch?v={self.slug(record['title'])[:11]}")
        return self.done(record, "conference", {"conference"})

    def _lecture(self) -> Work:
        university, code = self.rng.choice(UNIS)
        record: dict[str, Any] = {"type": "speech", "genre": "PowerPoint presentation", "title": self.words(self.rng.choice(LECTURES)),
                                  "author": self.people(1, 1), "event": f"{code}: {self.rng.choice(['Marketing principles', 'B2B marketing', 'Marketing planning', 'Digital marketing', 'Services marketing'])}",
                                  "publisher": university, "issued": self.issued(2021, 2025)}  # fmt: skip
        self.online(record, f"https://vle.{self.slug(university)}.ac.uk/course/{self.rng.randint(1000, 9999)}", 0.85)
        return self.done(record, "lecture", {"lecture"})
