"""Works for the thirteenth held-out pool, "blind13": what its writers read and cite, as CSL-JSON records.

HELD OUT: never tune the checker on this pool; report its tables, never its misses.

Written by a thirteenth hand, without reading the checker, its tests or the other pools' works and frames. The
writers are small-business owners on the CIM Certificate, agency account executives, in-house marketers in
multinationals and students writing group reports; their sectors are digital and creative agencies, influencer and
creator marketing, charities and fundraising, publishing, news media and streaming, property and estate agents,
fitness and wellness, luxury and fashion resale, toys and family brands, and B2B SaaS in Europe. So the works are
textbooks in later editions (real ones and invented ones), chapters in edited books, journal articles with one to
eight authors, Harvard Business Review pieces, HubSpot-style blog posts, LinkedIn posts, podcasts, YouTube videos,
market research (Nielsen, YouGov, Mintel, GWI, Enders), consultancies' reports (Deloitte, PwC), regulators (Ofcom,
ASA, CMA, ICO), government, Acts read as "Great Britain", plc annual reports, press releases, trade and news press,
standards and CIM study guides; organisations with "&", "+", apostrophes, "plc", "Ltd", "Inc.", commas,
abbreviations in brackets and "The"; names from many cultures with particles, hyphens, Mc/Mac/O'/D' and accents.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# Given names, family names: each group drawn as a pair so names sit together as people carry them.
PEOPLE: dict[str, tuple[list[str], list[str]]] = {
    "english": (["Olivia", "Harry", "Charlotte", "George", "Poppy", "Ben", "Imogen", "Sam", "Lucy", "Tom", "Freya", "Joe"],
                ["Whitaker", "Brooks", "Fairclough", "Pennington", "Holloway", "Ashby", "Marsden", "Crabtree", "Lowe", "Sutcliffe", "Barraclough", "Dean"]),
    "welsh": (["Gethin", "Cerys", "Dafydd", "Angharad", "Iwan", "Mererid"], ["Pritchard", "Llewellyn", "Rowlands", "Vaughan", "Bowen", "Prosser"]),
    "irish": (["Ciarán", "Aoife", "Seán", "Clodagh", "Niall", "Orla", "Éabha"], ["O'Sullivan", "Ní Bhriain", "Ó Murchú", "O'Rourke", "Kavanagh", "Mac Cárthaigh", "Ní Dhomhnaill"]),
    "scottish": (["Eilidh", "Callum", "Isla", "Fraser", "Mhairi", "Ruaridh"], ["McAllister", "MacKinnon", "McIntyre", "MacLeod", "Buchanan", "McGonigal"]),
    "dutch": (["Anouk", "Joost", "Femke", "Bram", "Lieke", "Sander"], ["Jong", "Broek", "Vliet", "Berg", "Dijk", "Veen"]),
    "german": (["Jürgen", "Anneliese", "Lukas", "Friederike", "Malte", "Jana"], ["Müller-Hahn", "Schäfer", "Thadden", "Großmann", "Weiß", "Köhler"]),
    "french": (["Amélie", "Théo", "Maëlle", "Benoît", "Inès", "Gaëtan"], ["Le Gall", "Lefèvre", "Saint-Clair", "Dubois", "Moreau", "Fontaine"]),
    "iberian": (["Inés", "Joaquín", "Lucía", "João", "Mariana", "Álvaro"], ["García-Márquez", "Fuente", "Santos", "Ibáñez", "Conceição", "Peña"]),
    "italian": (["Giulia", "Matteo", "Chiara", "Luca", "Federica", "Nicolò"], ["Di Marco", "D'Amato", "Esposito", "Lo Bianco", "Ricci", "De Luca"]),
    "polish_czech": (["Łucja", "Tomasz", "Zuzanna", "Tomáš", "Kateřina", "Wojciech"], ["Wójcik", "Żukowska", "Dvořák", "Nowakowski", "Procházková", "Szczepańska"]),
    "nordic": (["Søren", "Ingrid", "Åsa", "Henrik", "Sigrún", "Mikkel"], ["Øberg", "Åkesson", "Sørensen", "Þórsdóttir", "Lindqvist", "Halvorsen"]),
    "turkish_greek": (["Elif", "Mehmet", "Zeynep", "Nikos", "Eleni", "Dimitra"], ["Şahin", "Öztürk", "Çelik", "Georgiou", "Papadakis", "Karagöz"]),
    "arabic": (["Yasmin", "Omar", "Layla", "Karim", "Noor", "Tariq"], ["Al-Khalifa", "El Amrani", "Haddad", "Al-Farsi", "Mansour", "Abu-Zeid"]),
    "south_asian": (["Priya", "Arjun", "Sanjana", "Imran", "Kavita", "Harpreet"], ["Venkataraman", "Chaudhry", "Bhattacharjee", "Sandhu", "Rahman", "Desai"]),
    "east_asian": (["Fang", "Haruto", "Minji", "Wei", "Yuki", "Thanh"], ["Xu", "Nakagawa", "Park", "Huang", "Takahashi", "Pham"]),
    "african": (["Chiamaka", "Kwabena", "Thandiwe", "Brian", "Adaeze", "Tendai"], ["Adebayo", "Nwachukwu", "Asante", "Otieno", "Mutasa", "Okafor-Hughes"]),
    "caribbean_latin": (["Marisol", "Desmond", "Yolanda", "Andrés", "Shanice", "Rafael"], ["Campbell-Reid", "Gonçalves", "Beckford", "Ramírez", "St Hill", "Quiñones"]),
}  # fmt: skip
# Family names whose particle a reference manager keeps apart (non-dropping: cited as "van den Broek (2021)").
PARTICLES = {"Jong": "de", "Broek": "van den", "Vliet": "van", "Berg": "van der", "Dijk": "van", "Veen": "ter",
             "Thadden": "von", "Fuente": "de la", "Santos": "dos", "Saint-Clair": "de"}  # fmt: skip

SECTORS: dict[str, list[str]] = {
    "agency": ["creative agencies", "pitching", "integrated campaigns", "agency-client relationships", "brand purpose", "effectiveness awards"],
    "creator": ["influencer marketing", "creator partnerships", "micro-influencers", "sponsored content disclosure", "parasocial relationships", "the creator economy"],
    "charity": ["charity fundraising", "regular giving", "donor retention", "legacy giving", "cause-related marketing", "trust in charities"],
    "publishing": ["book publishing", "BookTok", "audiobooks", "independent bookshops", "author brands", "subscription reading"],
    "media": ["news subscriptions", "streaming video", "ad-supported streaming", "audience measurement", "podcast advertising", "local news"],
    "property": ["estate agency", "property portals", "online estate agents", "new-build homes", "lettings", "vendor trust"],
    "fitness": ["boutique fitness", "gym membership", "wellness apps", "connected fitness", "wearables", "mental wellbeing"],
    "resale": ["luxury resale", "second-hand fashion", "pre-loved luxury", "rental fashion", "authentication", "circular fashion"],
    "toys": ["toys and games", "kidult shoppers", "family brands", "pester power", "licensed toys", "advertising to children"],
    "saas": ["B2B SaaS", "product-led growth", "account-based marketing", "free trials", "customer success", "B2B buying groups"],
}  # fmt: skip

# Textbooks students actually carry, with their usual authors; editions and years are drawn.
TEXTBOOKS: list[tuple[list[tuple[str, str]], str, str, str]] = [
    ([("Kotler", "Philip"), ("Armstrong", "Gary")], "Principles of marketing", "Pearson", "Harlow"),
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Chernev", "Alexander")], "Marketing management", "Pearson", "Harlow"),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow"),
    ([("Fill", "Chris"), ("Turnbull", "Sarah")], "Marketing communications: touchpoints, sharing and disruption", "Pearson", "Harlow"),
    ([("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], "Principles and practice of marketing", "McGraw-Hill", "London"),
    ([("Baines", "Paul"), ("Rosengren", "Sara"), ("Antonetti", "Paolo")], "Marketing", "Oxford University Press", "Oxford"),
    ([("Solomon", "Michael R."), ("Askegaard", "Søren"), ("Hogg", "Margaret K."), ("Bamossy", "Gary J.")], "Consumer behaviour: a European perspective", "Pearson", "Harlow"),
    ([("Sargeant", "Adrian"), ("Shang", "Jen")], "Fundraising principles and practice", "Wiley", "Hoboken, NJ"),
    ([("Kapferer", "Jean-Noël")], "The new strategic brand management", "Kogan Page", "London"),
    ([("Ryan", "Damian")], "Understanding digital marketing", "Kogan Page", "London"),
    ([("Kingsnorth", "Simon")], "Digital marketing strategy: an integrated approach to online marketing", "Kogan Page", "London"),
    ([("McDonald", "Malcolm"), ("Wilson", "Hugh")], "Marketing plans: how to prepare them, how to profit from them", "Wiley", "Chichester"),
    ([("Brennan", "Ross"), ("Canning", "Louise"), ("McDowell", "Raymond")], "Business-to-business marketing", "SAGE", "London"),
    ([("Okonkwo", "Uché")], "Luxury fashion branding", "Palgrave Macmillan", "Basingstoke"),
    ([("Tuten", "Tracy L.")], "Social media marketing", "SAGE", "London"),
    ([("Hollensen", "Svend")], "Marketing management: a relationship approach", "Pearson", "Harlow"),
    ([("de Chernatony", "Leslie"), ("McDonald", "Malcolm"), ("Wallace", "Elaine")], "Creating powerful brands", "Routledge", "Abingdon"),
    ([("Clow", "Kenneth E."), ("Baack", "Donald")], "Integrated advertising, promotion, and marketing communications", "Pearson", "Harlow"),
]  # fmt: skip
# Invented textbooks and edited books: {s} is a sector phrase.
BOOK_TITLES = ["Marketing {s}: a practical guide", "{S} marketing", "Strategic marketing for {s}", "Brand building in {s}",
               "The {s} playbook", "Digital strategy for {s}: planning, content and measurement", "Understanding {s}",
               "Customer experience in {s}", "{S}: theory and practice"]  # fmt: skip
EDITED_TITLES = ["The Routledge companion to {s}", "Contemporary perspectives on {s}", "Marketing {s}: cases and concepts",
                 "The SAGE handbook of {s}", "Research handbook on {s}", "{S} in Europe: critical perspectives"]  # fmt: skip
CHAPTER_TITLES = ["Trust and authenticity in {s}", "Measuring the value of {s}", "Storytelling and {s}", "The ethics of {s}",
                  "{S} after the pandemic", "Audiences, algorithms and {s}", "Small firms and {s}", "Rethinking loyalty in {s}"]  # fmt: skip
ARTICLE_TITLES = ["The effect of {s} on purchase intention", "{S} and brand trust: evidence from the UK",
                  "Why consumers engage with {s}: a mixed-methods study", "Disclosure, credibility and {s}",
                  "A systematic literature review of {s}", "Generation Z and {s}: a qualitative enquiry",
                  "Value co-creation in {s}", "Measuring return on investment in {s}", "{S}: a framework and research agenda",
                  "When does {s} pay off? A meta-analysis", "Emotional appeals in {s}"]  # fmt: skip
JOURNALS = ["Journal of Marketing", "Journal of Marketing Management", "Journal of Advertising Research", "International Journal of Advertising",
            "Journal of Interactive Marketing", "Journal of Fashion Marketing and Management", "Journal of Philanthropy and Marketing",
            "Nonprofit and Voluntary Sector Quarterly", "Journal of Property Research", "Journal of Media Business Studies",
            "Publishing Research Quarterly", "Industrial Marketing Management", "Journal of Business-to-Business Marketing",
            "Journal of Brand Management", "Psychology & Marketing", "Journal of Retailing and Consumer Services", "Young Consumers",
            "Journal of Global Fashion Marketing", "Journal of Research in Interactive Marketing", "European Journal of Marketing",
            "Sport, Business and Management", "Journal of Consumer Behaviour"]  # fmt: skip
PUBLISHERS = [("Routledge", "Abingdon"), ("SAGE", "London"), ("Kogan Page", "London"), ("Edward Elgar", "Cheltenham"),
              ("Palgrave Macmillan", "Cham"), ("Bloomsbury Business", "London"), ("Goodfellow Publishers", "Oxford"),
              ("Emerald Publishing", "Bingley"), ("Oxford University Press", "Oxford")]  # fmt: skip

# Organisations as authors, with what makes each hard; "sector" is the sector it writes about (None: any).
ORGS: list[tuple[str, set[str], str | None]] = [
    ("Ofcom", {"regulator"}, "media"), ("Advertising Standards Authority (ASA)", {"regulator", "abbreviation"}, "creator"),
    ("Committee of Advertising Practice", {"regulator"}, "creator"), ("Competition and Markets Authority (CMA)", {"regulator", "abbreviation"}, None),
    ("Information Commissioner's Office (ICO)", {"regulator", "apostrophe", "abbreviation"}, "saas"),
    ("Fundraising Regulator", {"regulator"}, "charity"), ("Charity Commission for England and Wales", {"regulator"}, "charity"),
    ("IAB UK", {"trade-body", "acronym"}, "agency"), ("Internet Advertising Bureau UK", {"trade-body"}, "agency"),
    ("Institute of Practitioners in Advertising (IPA)", {"trade-body", "abbreviation"}, "agency"),
    ("The Chartered Institute of Marketing", {"trade-body", "the"}, None), ("CIM", {"trade-body", "acronym"}, None),
    ("Chartered Institute of Fundraising", {"trade-body"}, "charity"), ("National Council for Voluntary Organisations (NCVO)", {"trade-body", "abbreviation"}, "charity"),
    ("Charities Aid Foundation", {"charity"}, "charity"), ("Barnardo's", {"charity", "apostrophe"}, "charity"),
    ("The Prince's Trust", {"charity", "apostrophe", "the"}, "charity"), ("Macmillan Cancer Support", {"charity"}, "charity"),
    ("nfpResearch", {"lowercase", "market-research"}, "charity"), ("Publishers Association", {"trade-body"}, "publishing"),
    ("Penguin Random House UK", {"company"}, "publishing"), ("HarperCollins Publishers Ltd", {"company", "ltd"}, "publishing"),
    ("Reach plc", {"company", "plc"}, "media"), ("Future plc", {"company", "plc"}, "media"), ("ITV plc", {"company", "plc"}, "media"),
    ("Reuters Institute for the Study of Journalism", {"research"}, "media"), ("BARB", {"acronym", "market-research"}, "media"),
    ("Enders Analysis", {"market-research"}, "media"), ("Ampere Analysis", {"market-research"}, "media"),
    ("Rightmove plc", {"company", "plc"}, "property"), ("Knight Frank LLP", {"company"}, "property"), ("Savills plc", {"company", "plc"}, "property"),
    ("Propertymark", {"trade-body"}, "property"), ("The Property Ombudsman", {"regulator", "the"}, "property"), ("HM Land Registry", {"government"}, "property"),
    ("ukactive", {"lowercase", "trade-body"}, "fitness"), ("Sport England", {"government"}, "fitness"), ("Gymshark Ltd", {"company", "ltd"}, "fitness"),
    ("The Gym Group plc", {"company", "plc", "the"}, "fitness"), ("Peloton Interactive, Inc.", {"company", "comma"}, "fitness"),
    ("Burberry Group plc", {"company", "plc"}, "resale"), ("Mulberry Group plc", {"company", "plc"}, "resale"), ("Vestiaire Collective", {"company"}, "resale"),
    ("thredUP Inc.", {"company", "lowercase"}, "resale"), ("Boston Consulting Group", {"consultancy"}, "resale"), ("Bain & Company", {"consultancy", "ampersand"}, "resale"),
    ("British Toy & Hobby Association (BTHA)", {"trade-body", "ampersand", "abbreviation"}, "toys"), ("Circana", {"market-research"}, "toys"),
    ("The LEGO Group", {"company", "the"}, "toys"), ("Hasbro, Inc.", {"company", "comma"}, "toys"), ("Mamas & Papas", {"company", "ampersand"}, "toys"),
    ("Mumsnet", {"company"}, "toys"), ("Gartner", {"consultancy"}, "saas"), ("Forrester Research, Inc.", {"consultancy", "comma"}, "saas"),
    ("HubSpot", {"company"}, "saas"), ("LinkedIn Marketing Solutions", {"company"}, "saas"), ("Pipedrive", {"company"}, "saas"),
    ("Bitkom", {"trade-body"}, "saas"), ("Eurostat", {"government"}, "saas"), ("European Commission", {"government"}, "saas"),
    ("Wieden+Kennedy London", {"company", "plus"}, "agency"), ("Mother London", {"company"}, "agency"), ("WPP plc", {"company", "plc"}, "agency"),
    ("Deloitte", {"consultancy"}, None), ("Deloitte LLP", {"consultancy"}, None), ("PwC", {"consultancy", "acronym"}, None),
    ("PricewaterhouseCoopers LLP", {"consultancy"}, None), ("McKinsey & Company", {"consultancy", "ampersand"}, None),
    ("Nielsen", {"market-research"}, None), ("NielsenIQ", {"market-research"}, None), ("YouGov", {"market-research"}, None),
    ("YouGov plc", {"market-research", "plc"}, None), ("GWI", {"market-research", "acronym"}, None), ("Mintel", {"market-research"}, None),
    ("Statista", {"market-research"}, None), ("Kantar", {"market-research"}, None), ("Federation of Small Businesses (FSB)", {"trade-body", "abbreviation"}, None),
    ("Enterprise Nation", {"trade-body"}, None), ("Harvard Business School Online", {"education"}, None),
]  # fmt: skip
GOVERNMENT = [("Department for Culture, Media and Sport", "media"), ("Department for Business and Trade", "saas"),
              ("Ministry of Housing, Communities and Local Government", "property"), ("Office for National Statistics", None),
              ("Department for Science, Innovation and Technology", "saas"), ("HM Treasury", None), ("Cabinet Office", "charity"),
              ("UK Government", None), ("House of Commons Library", None), ("Scottish Government", None), ("Welsh Government", None),
              ("Intellectual Property Office", "toys"), ("Office for Product Safety and Standards", "toys")]  # fmt: skip
GOV_TITLES = ["{S}: evidence review", "Consultation outcome: {s}", "Guidance on {s}", "Annual statistics on {s}, {y}",
              "Independent review of {s}", "{S}: call for evidence", "Statistical release: {s}"]  # fmt: skip
ACTS = [("Consumer Rights Act 2015", 2015, "ukpga/2015/15"), ("Estate Agents Act 1979", 1979, "ukpga/1979/38"),
        ("Charities Act 2011", 2011, "ukpga/2011/25"), ("Online Safety Act 2023", 2023, "ukpga/2023/50"),
        ("Digital Markets, Competition and Consumers Act 2024", 2024, "ukpga/2024/13"), ("Data Protection Act 2018", 2018, "ukpga/2018/12"),
        ("Communications Act 2003", 2003, "ukpga/2003/21"), ("Media Act 2024", 2024, "ukpga/2024/15"),
        ("Toys (Safety) Regulations 2011", 2011, "uksi/2011/1881"), ("Renters' Rights Act 2025", 2025, "ukpga/2025/26")]  # fmt: skip
RESEARCH_TITLES = ["{S} - UK - {m} {y}", "{S} market report {y}", "Consumer attitudes to {s} {y}", "The state of {s} {y}",
                   "Global {s} outlook {y}-{y2}", "{S}: trends and forecasts", "Share of UK adults using {s}, by age", "{S} tracker, wave {q}"]  # fmt: skip
COMPANY_TITLES = ["Annual report and accounts {y}", "Annual report {y}/{yy}", "Sustainability report {y}", "Impact report {y}",
                  "Strategic report {y}", "Investor presentation: full-year results {y}", "Trustees' annual report {y}/{yy}"]  # fmt: skip
PRESS_RELEASES = ["{O} reports record growth in {s}", "{O} launches new {s} partnership", "{O} appoints new chief marketing officer",
                  "{O} unveils its {y} brand platform", "{O} publishes findings on {s}"]  # fmt: skip
NEWS = [("The Guardian", "https://www.theguardian.com/"), ("Financial Times", "https://www.ft.com/content/"), ("The Times", "https://www.thetimes.co.uk/article/"),
        ("BBC News", "https://www.bbc.co.uk/news/"), ("The Telegraph", "https://www.telegraph.co.uk/"), ("Evening Standard", "https://www.standard.co.uk/"),
        ("City A.M.", "https://www.cityam.com/"), ("Sky News", "https://news.sky.com/story/"), ("The i Paper", "https://inews.co.uk/")]  # fmt: skip
TRADE = [("Campaign", "https://www.campaignlive.co.uk/article/", "agency"), ("The Drum", "https://www.thedrum.com/news/", "agency"),
         ("Marketing Week", "https://www.marketingweek.com/", None), ("PR Week", "https://www.prweek.com/article/", "creator"),
         ("Press Gazette", "https://pressgazette.co.uk/", "media"), ("The Bookseller", "https://www.thebookseller.com/news/", "publishing"),
         ("Estate Agent Today", "https://www.estateagenttoday.co.uk/breaking-news/", "property"), ("Property Industry Eye", "https://propertyindustryeye.com/", "property"),
         ("Drapers", "https://www.drapersonline.com/news/", "resale"), ("Vogue Business", "https://www.voguebusiness.com/", "resale"),
         ("Toy World", "https://toyworldmag.co.uk/", "toys"), ("Third Sector", "https://www.thirdsector.co.uk/", "charity"),
         ("Civil Society", "https://www.civilsociety.co.uk/news/", "charity"), ("Health Club Management", "https://www.healthclubmanagement.co.uk/", "fitness"),
         ("Sifted", "https://sifted.eu/articles/", "saas"), ("Broadcast", "https://www.broadcastnow.co.uk/", "media")]  # fmt: skip
HEADLINES = ["{B} bets on {s} to win younger audiences", "Why {s} is having a moment", "{B} criticised over {s} campaign",
             "Inside {B}'s push into {s}", "{S} spending set to rise, survey finds", "What marketers get wrong about {s}",
             "{B} cuts marketing budget as {s} slows", "The brands winning at {s}"]  # fmt: skip
BRANDS = {"agency": ["VCCP", "Mother", "AMV BBDO"], "creator": ["Molly-Mae Hague", "Gymshark", "Currys"], "charity": ["Macmillan", "Shelter", "Oxfam"],
          "publishing": ["Waterstones", "Penguin", "Audible"], "media": ["Channel 4", "ITVX", "Netflix"], "property": ["Purplebricks", "Foxtons", "Rightmove"],
          "fitness": ["PureGym", "Peloton", "Strava"], "resale": ["Vinted", "Depop", "Hardly Ever Worn It"], "toys": ["Hamleys", "Jellycat", "Smyths"],
          "saas": ["Personio", "Typeform", "Pipedrive"]}  # fmt: skip
BLOGS = [("HubSpot Blog", "https://blog.hubspot.com/marketing/"), ("Smart Insights", "https://www.smartinsights.com/"),
         ("Moz Blog", "https://moz.com/blog/"), ("Later Blog", "https://later.com/blog/"), ("Sprout Social Insights", "https://sproutsocial.com/insights/"),
         ("Mailchimp Resources", "https://mailchimp.com/resources/"), ("Econsultancy", "https://econsultancy.com/")]  # fmt: skip
BLOG_TITLES = ["The ultimate guide to {s} in {y}", "{n} {s} statistics you need to know", "How to build a {s} strategy",
               "{S}: a beginner's guide", "What is {s}? Definition, examples and tips", "{n} examples of brilliant {s}"]  # fmt: skip
LINKEDIN_TITLES = ["Hot take: {s} is not a channel, it is a habit", "Three things I learned running {s} for a year",
                   "We tested {s} for a quarter. Here is what happened", "Unpopular opinion on {s}", "Brand is a B2B growth lever, not a luxury"]  # fmt: skip
PODCASTS = [("Everyone Hates Marketers", "Louis", "Grenier"), ("The Diary of a CEO", "Steven", "Bartlett"), ("HBR IdeaCast", "Alison", "Beard"),
            ("The Marketing Society Podcast", None, None), ("Third Sector Podcast", None, None), ("The Bookseller Podcast", None, None),
            ("The Property Podcast", "Rob", "Dix"), ("Creator Economy Live", "Adaeze", "Nwachukwu"), ("B2B Growth Show", None, None),
            ("Uncensored CMO", "Jon", "Evans")]  # fmt: skip
EPISODE_TITLES = ["Episode {q}{n}: {s} with a difference", "Why {s} needs a rethink", "{S} and the long game", "Ep. {n} - what {s} taught us",
                  "Building a brand in {s}"]  # fmt: skip
CHANNELS = [("HubSpot Marketing", "saas"), ("Cannes Lions", "agency"), ("TEDx Talks", None), ("IAB UK", "agency"), ("Channel 4 News", "media"),
            ("The Bookseller", "publishing"), ("Propertymark", "property"), ("Think with Google", None), ("CIM", None), ("Vogue Business", "resale")]  # fmt: skip
VIDEO_TITLES = ["How {s} really works", "{S} explained in {n} minutes", "Panel: the future of {s}", "Masterclass: {s} for small businesses",
                "Case study: {B} and {s}"]  # fmt: skip
STANDARDS = [("International Organization for Standardization", "ISO 20252:2019 Market, opinion and social research, including insights and data analytics", 2019),
             ("International Organization for Standardization", "ISO 20671-1:2021 Brand evaluation. Part 1: principles and fundamentals", 2021),
             ("British Standards Institution", "BS ISO 10668:2010 Brand valuation. Requirements for monetary brand valuation", 2010),
             ("British Standards Institution", "PAS 2060:2014 Specification for the demonstration of carbon neutrality", 2014)]  # fmt: skip
STUDY_GUIDES = ["Level 4 Certificate in Professional Marketing: Marketing {q} study guide", "Customer insights: module workbook",
                "Digital marketing: unit guide {y}", "Integrated marketing communications: assessment guidance {y}", "Exploring marketing: learning resources"]  # fmt: skip
MONTHS = ["January", "March", "April", "June", "July", "September", "October", "November", "December"]


class Blind13WorkFactory(WorkFactory):
    """The blind13 pool's works, drawn from a random source of its own so that no other pool's works change."""

    KINDS: ClassVar[dict[str, float]] = {
        "book": 11, "chapter": 5, "journal": 18, "magazine": 4, "blog": 5, "social": 3, "web": 8, "report": 9,
        "company-report": 5, "government": 5, "legislation": 1.5, "news": 6, "trade-press": 6, "podcast": 3, "video": 3,
        "press-release": 2, "standard": 1, "study-guide": 2,
    }  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 1301 + 13)
        self.sector = self.rng.choice(list(SECTORS))  # a report leans on one sector, as a real one does
        self.dated_orgs: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people, organisations, words, dates
    def person(self) -> dict[str, str]:
        givens, families = PEOPLE[self.rng.choice(list(PEOPLE))]
        family, given = self.rng.choice(families), self.rng.choice(givens)
        name = {"family": family, "given": given}
        if family in PARTICLES:
            name["non-dropping-particle"] = PARTICLES[family]
        return name

    def people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        chosen: list[dict[str, str]] = []
        while len(chosen) < count:
            name = self.person()
            if all(name["family"] != other["family"] for other in chosen):
                chosen.append(name)
        return chosen

    def words(self, pattern: str, sector: str | None = None, year: int | None = None, org: str = "") -> str:
        if sector is None:
            sector = self.sector if self.rng.random() < 0.6 else self.rng.choice(list(SECTORS))
        s = self.rng.choice(SECTORS[sector])
        y = year or self.rng.randint(2016, 2025)
        brands = BRANDS[sector]
        values = {"s": s, "S": s[0].upper() + s[1:], "y": str(y), "y2": str(y + 5), "yy": f"{(y + 1) % 100:02d}",
                  "m": self.rng.choice(MONTHS), "q": str(self.rng.randint(1, 6)), "n": str(self.rng.randint(5, 50)),
                  "B": self.rng.choice(brands), "O": org}  # fmt: skip
        for name, value in values.items():
            pattern = pattern.replace("{" + name + "}", value)
        return pattern

    def organisation(self, sector: str | None = None) -> tuple[str, set[str]]:
        near = [o for o in ORGS if o[2] in (sector or self.sector, None)]
        name, tags, _ = self.rng.choice(near if self.rng.random() < 0.7 else ORGS)
        return name, set(tags)

    def issued(self, low: int = 2010, high: int = 2025, detail: str = "year") -> dict[str, Any]:
        year = self.rng.randint(low, high)
        if detail == "day":
            return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        if detail == "month":
            return {"date-parts": [[year, self.rng.randint(1, 12)]]}
        return {"date-parts": [[year]]}

    def access(self, record: dict[str, Any]) -> None:
        """An access date on or after the work's date (or any recent one when undated); now and then none at all."""
        if self.rng.random() < 0.06:  # typed from the browser and forgotten: the builder counts it as missing
            return
        parts = list(record.get("issued", {"date-parts": [[2022]]})["date-parts"][0])
        accessed = [self.rng.randint(max(parts[0], 2022), 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        if accessed[: len(parts)] < parts:  # read as soon as it came out
            accessed = parts + [12, 28][len(parts) - 1 :]
        record["accessed"] = {"date-parts": [accessed]}

    def slug(self, text: str) -> str:
        kept = "".join(ch if ch.isalnum() else "-" for ch in text.lower() if ch.isascii())
        return "-".join(part for part in kept.split("-") if part)[:60]

    def undated(self, record: dict[str, Any], chance: float) -> None:
        if self.rng.random() < chance:
            record.pop("issued", None)

    def person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation in the same year as an earlier work: "(Ofcom, 2023a; Ofcom, 2023b)".
        # Only publishers of reports and pages are paired: an Act, a podcast or a video keeps its own author.
        reusable = kind in ("report", "web", "government", "company-report", "press-release")
        if reusable and self.dated_orgs and "issued" in record and self.rng.random() < 0.1:
            name, tags, issued = self.rng.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "publisher" in record:
                record["publisher"] = name.split(" (")[0]
            if "accessed" in record:
                self.access(record)
                record.setdefault("accessed", {"date-parts": [[2025, 12, 1]]})
        if "issued" in record and reusable:
            self.dated_orgs.append((name, tags, record["issued"]))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        if kind is None:
            kind = self.rng.choices(list(self.KINDS), weights=list(self.KINDS.values()))[0]
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        return work

    def _book(self) -> Work:
        if self.rng.random() < 0.45:
            authors, title, publisher, place = self.rng.choice(TEXTBOOKS)
            names = []
            for family, given in authors:
                name = {"family": family, "given": given}
                if family.startswith("de "):
                    name = {"family": family[3:], "given": given, "non-dropping-particle": "de"}
                names.append(name)
            record: dict[str, Any] = {"type": "book", "title": title, "author": names, "issued": self.issued(2012, 2025),
                                      "publisher": publisher, "publisher-place": place}  # fmt: skip
            if self.rng.random() < 0.75:
                record["edition"] = str(self.rng.randint(2, 18))
        else:
            publisher, place = self.rng.choice(PUBLISHERS)
            record = {"type": "book", "title": self.words(self.rng.choice(BOOK_TITLES)), "author": self.people(4),
                      "issued": self.issued(2008, 2025), "publisher": publisher, "publisher-place": place}  # fmt: skip
            if self.rng.random() < 0.3:
                record["edition"] = str(self.rng.randint(2, 5))
        if self.rng.random() < 0.12:  # an e-book read online
            record["URL"] = (
                f"https://ebookcentral.proquest.com/lib/{self.rng.choice(['uwe', 'soton', 'napier', 'herts', 'salford'])}/detail.action?docID={self.rng.randint(100000, 9999999)}"
            )
            self.access(record)
        return self.person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(PUBLISHERS)
        sector = self.rng.choice(list(SECTORS))
        start = self.rng.randint(1, 380)
        record: dict[str, Any] = {
            "type": "chapter", "title": self.words(self.rng.choice(CHAPTER_TITLES), sector), "author": self.people(3),
            "editor": self.people(3), "container-title": self.words(self.rng.choice(EDITED_TITLES), sector),
            "issued": self.issued(2010, 2025), "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(12, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 4))
        return self.person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 1400)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self.words(self.rng.choice(ARTICLE_TITLES)), "author": self.people(8),
            "container-title": self.rng.choice(JOURNALS), "issued": self.issued(2005, 2025),
            "volume": str(self.rng.randint(5, 99)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        roll = self.rng.random()
        if roll < 0.5:
            record["DOI"] = (
                f"10.{self.rng.choice(['1080', '1016', '1108', '1002', '1177', '1057'])}/{self.rng.choice(['jmm', 'jbr', 'ejm', 'mar', 'jfmm', 'nvsq'])}.{self.rng.randint(2005, 2025)}.{self.rng.randint(1000, 99999)}"
            )
        elif roll < 0.6:  # read through the library's database, cited by its link
            record["URL"] = f"https://www.proquest.com/docview/{self.rng.randint(1000000, 99999999)}"
            self.access(record)
        return self.person_work(record, "journal")

    def _magazine(self) -> Work:
        """Harvard Business Review and MIT Sloan Management Review, as managers read them."""
        start = self.rng.randint(20, 140)
        record: dict[str, Any] = {
            "type": "article-magazine", "title": self.words(self.rng.choice(["The new rules of {s}", "What {s} can teach managers",
                                                                              "Stop wasting money on {s}", "How to win at {s}"])),
            "author": self.people(3), "container-title": self.rng.choice(["Harvard Business Review", "Harvard Business Review", "MIT Sloan Management Review"]),
            "issued": self.issued(2012, 2025, "month"), "volume": str(self.rng.randint(90, 103)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{start}-{start + self.rng.randint(6, 12)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = f"https://hbr.org/{record['issued']['date-parts'][0][0]}/{self.slug(record['title'])}"
            self.access(record)
        return self.person_work(record, "magazine")

    def _blog(self) -> Work:
        name, url = self.rng.choice(BLOGS)
        issued = self.issued(2016, 2025, "day")
        record: dict[str, Any] = {"type": "post-weblog", "title": self.words(self.rng.choice(BLOG_TITLES), year=issued["date-parts"][0][0]),
                                  "container-title": name, "issued": issued}  # fmt: skip
        record["URL"] = url + self.slug(record["title"])
        self.undated(record, 0.15)
        self.access(record)
        if self.rng.random() < 0.75:
            record["author"] = self.people(2)
            return self.person_work(record, "blog")
        return self.org_work(
            record, "blog", name.replace(" Blog", "").replace(" Resources", "").replace(" Insights", ""), {"company"}
        )

    def _social(self) -> Work:
        """LinkedIn posts by practitioners, and brands' Instagram and TikTok posts."""
        if self.rng.random() < 0.6:
            record: dict[str, Any] = {"type": "post", "title": self.words(self.rng.choice(LINKEDIN_TITLES)), "container-title": "LinkedIn",
                                      "author": self.people(1), "issued": self.issued(2020, 2025, "day")}  # fmt: skip
            record["URL"] = (
                f"https://www.linkedin.com/posts/{self.slug(record['author'][0]['family'])}_{self.slug(record['title'])[:30]}"
            )
            self.access(record)
            return self.person_work(record, "social")
        name, tags = self.organisation()
        platform = self.rng.choice(["Instagram", "TikTok", "X", "Facebook"])
        record = {"type": "post", "title": self.words(self.rng.choice(["New drop: {s} 💜", "{n} days to go", "Thank you for {n}k followers!",
                                                                         "Our {y} wrapped", "Behind the scenes of {s}"])),
                  "container-title": platform, "issued": self.issued(2019, 2025, "day")}  # fmt: skip
        record["URL"] = f"https://www.{platform.lower()}.com/p/{self.rng.randint(10**8, 10**9)}"
        self.access(record)
        return self.org_work(record, "social", name, tags)

    def _web(self) -> Work:
        if self.rng.random() < 0.25:
            record: dict[str, Any] = {"type": "webpage", "title": self.words(self.rng.choice(["{S}: what it is and why it matters", "A guide to {s}", "About {s}"])),
                                      "author": self.people(2), "issued": self.issued(2014, 2025)}  # fmt: skip
            record["URL"] = (
                f"https://www.{self.slug(record['author'][0]['family']) or 'site'}consulting.co.uk/{self.slug(record['title'])}"
            )
            self.undated(record, 0.2)
            self.access(record)
            return self.person_work(record, "web")
        name, tags = self.organisation()
        record = {"type": "webpage", "title": self.words(self.rng.choice(["Our approach to {s}", "{S} guidance", "Facts and figures: {s}",
                                                                            "{S}: frequently asked questions", "About us", "Research and insight: {s}"])),
                  "issued": self.issued(2014, 2025)}  # fmt: skip
        record["URL"] = (
            f"https://www.{self.slug(name).replace('-', '')[:18] or 'org'}.co.uk/{self.slug(record['title'])}"
        )
        self.undated(record, 0.3)
        self.access(record)
        return self.org_work(record, "web", name, tags)

    def _report(self) -> Work:
        """Market research, consultancies' and trade bodies' reports."""
        name, tags = self.organisation()
        year = self.rng.randint(2015, 2025)
        record: dict[str, Any] = {"type": "report", "title": self.words(self.rng.choice(RESEARCH_TITLES), year=year),
                                  "publisher": name.split(" (")[0], "issued": {"date-parts": [[year]]}}  # fmt: skip
        if self.rng.random() < 0.2:
            record["publisher-place"] = "London"
        if self.rng.random() < 0.8:
            record["URL"] = (
                f"https://www.{self.slug(name).replace('-', '')[:16] or 'research'}.com/insights/{self.slug(record['title'])}"
            )
            self.access(record)
        self.undated(record, 0.06)
        return self.org_work(record, "report", name, tags | {"research"})

    def _company_report(self) -> Work:
        companies = [o for o in ORGS if o[1] & {"company", "charity"}]
        name, tags, _ = self.rng.choice(companies)
        year = self.rng.randint(2016, 2025)
        record: dict[str, Any] = {"type": "report", "title": self.words(self.rng.choice(COMPANY_TITLES), year=year - 1),
                                  "publisher": name, "issued": {"date-parts": [[year]]}}  # fmt: skip
        if self.rng.random() < 0.85:
            record["URL"] = (
                f"https://www.{self.slug(name).replace('-', '')[:16]}.com/investors/{self.slug(record['title'])}.pdf"
            )
            self.access(record)
        return self.org_work(record, "company-report", name, set(tags))

    def _press_release(self) -> Work:
        companies = [o for o in ORGS if o[1] & {"company", "charity", "market-research"}]
        name, tags, sector = self.rng.choice(companies)
        record: dict[str, Any] = {"type": "webpage", "title": self.words(self.rng.choice(PRESS_RELEASES), sector, org=name.split(" (")[0]),
                                  "genre": "Press release", "issued": self.issued(2018, 2025, "day")}  # fmt: skip
        record["URL"] = f"https://www.{self.slug(name).replace('-', '')[:16]}.com/news/{self.slug(record['title'])}"
        self.access(record)
        return self.org_work(record, "press-release", name, set(tags))

    def _government(self) -> Work:
        name, sector = self.rng.choice(GOVERNMENT)
        if self.rng.random() < 0.35:  # the regulators, read as reports
            regulators = [o for o in ORGS if "regulator" in o[1]]
            name, _tags, sector = self.rng.choice(regulators)
        year = self.rng.randint(2012, 2025)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.words(self.rng.choice(GOV_TITLES), sector, year - 1),
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        record["URL"] = f"https://www.gov.uk/government/publications/{self.slug(record['title'])}"
        if name.startswith("Ofcom"):
            record["URL"] = f"https://www.ofcom.org.uk/research-and-data/{self.slug(record['title'])}"
        self.access(record)
        return self.org_work(record, "government", name, {"government"})

    def _legislation(self) -> Work:
        title, year, path = self.rng.choice(ACTS)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": f"https://www.legislation.gov.uk/{path}/contents"}  # fmt: skip
        self.access(record)
        return self.org_work(record, "legislation", "Great Britain", {"legislation"})

    def _news(self) -> Work:
        paper, url = self.rng.choice(NEWS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self.words(self.rng.choice(HEADLINES)), "container-title": paper,
                                  "issued": self.issued(2015, 2025, "day")}  # fmt: skip
        record["URL"] = url + self.slug(record["title"])
        self.access(record)
        if self.rng.random() < 0.8:
            record["author"] = self.people(2)
            return self.person_work(record, "news")
        return self.org_work(record, "news", paper, {"press"})

    def _trade_press(self) -> Work:
        near = [t for t in TRADE if t[2] in (self.sector, None)]
        title, url, sector = self.rng.choice(near if self.rng.random() < 0.6 else TRADE)
        record: dict[str, Any] = {"type": "article-magazine", "title": self.words(self.rng.choice(HEADLINES), sector), "container-title": title,
                                  "issued": self.issued(2016, 2025, "day")}  # fmt: skip
        record["URL"] = url + self.slug(record["title"])
        self.access(record)
        if self.rng.random() < 0.75:
            record["author"] = self.people(2)
            return self.person_work(record, "trade-press")
        return self.org_work(record, "trade-press", title, {"press"})

    def _podcast(self) -> Work:
        show, given, family = self.rng.choice(PODCASTS)
        record: dict[str, Any] = {"type": "broadcast", "title": self.words(self.rng.choice(EPISODE_TITLES)), "container-title": show,
                                  "medium": "Podcast", "issued": self.issued(2018, 2025, "day")}  # fmt: skip
        record["URL"] = (
            f"https://podcasts.apple.com/gb/podcast/{self.slug(show)}/id{self.rng.randint(10**9, 2 * 10**9)}"
        )
        self.access(record)
        if given is not None and family is not None:
            record["author"] = [{"family": family, "given": given}]
            return self.person_work(record, "podcast")
        return self.org_work(record, "podcast", show.replace(" Podcast", "").replace(" Show", ""), {"podcast"})

    def _video(self) -> Work:
        channel, sector = self.rng.choice(CHANNELS)
        record: dict[str, Any] = {"type": "motion_picture", "title": self.words(self.rng.choice(VIDEO_TITLES), sector), "medium": "YouTube video",
                                  "issued": self.issued(2015, 2025, "day")}  # fmt: skip
        record["URL"] = (
            f"https://www.youtube.com/watch?v={''.join(self.rng.choices('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-', k=11))}"
        )
        self.access(record)
        return self.org_work(record, "video", channel, {"video"})

    def _standard(self) -> Work:
        body, title, year = self.rng.choice(STANDARDS)
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": "BSI" if body.startswith("British") else "ISO",
                                  "publisher-place": "London" if body.startswith("British") else "Geneva"}  # fmt: skip
        return self.org_work(record, "standard", body, {"standard"})

    def _study_guide(self) -> Work:
        """CIM course material, read by the small-business owners on the Certificate."""
        name = self.rng.choice(["The Chartered Institute of Marketing", "CIM", "Chartered Institute of Marketing"])
        record: dict[str, Any] = {"type": "report", "title": self.words(self.rng.choice(STUDY_GUIDES)), "publisher": "CIM",
                                  "publisher-place": "Cookham", "issued": self.issued(2018, 2025)}  # fmt: skip
        if self.rng.random() < 0.3:
            record.pop("issued")
        if self.rng.random() < 0.5:
            record["URL"] = "https://www.cim.co.uk/" + self.slug(record["title"])
            self.access(record)
        return self.org_work(record, "study-guide", name, {"trade-body"})
