"""CSL-JSON records of invented works for the eighth independent pool, "blind8".

Held out until its first tables were read (stop 22); its misses were read and fixed since: development
data now.

Written by an eighth hand, without reading the checker, its tests or the other pools' works, from what UK students
cite in CIM Level 4-6 assignments: core textbooks in their nth edition (some read as e-books on Kortext or
VitalSource), chapters in edited books, journal articles found through the library's discovery search (one to
eight authors, DOIs, article numbers, a few with a database URL instead), market-research reports from Mintel,
Statista, Kantar and the like (some with an analyst named, some undated), company annual and sustainability
reports and press releases, "About us" pages, government statistics and guidance, legislation, professional and
trade bodies, national news and the trade press, blogs of marketing software firms, social media posts, YouTube
adverts and talks, podcasts, the tutor's lecture slides on the VLE, theses and conference papers.

People are invented, with surnames from many cultures: particles kept with the surname ("van der Linde", "de
Souza", "da Silva") or dropped after the initials ("Dubois, L. de"), hyphenated, with apostrophes straight or
curly, with spaces ("Mac Giolla"), accents and letters outside ASCII ("Yılmaz", "Østergaard", "Nguyễn").
Organisations are real and written as students write them: with "&", "plc", "Ltd", "LLP", apostrophes,
abbreviations in brackets, a comma or a question mark in the name.
"""

# ruff: noqa: E501  (tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work

# fmt: off
# (given names, surnames) by culture; a surname may carry a particle, written "particle|surname".
_NAMES: dict[str, tuple[list[str], list[str]]] = {
    "british": (["Sarah", "James", "Emma", "Rhys", "Hannah", "Callum", "Sophie", "Oliver", "Lucy", "Tom", "Bethan", "Ewan", "Gemma", "Alistair", "Jo", "Kirsty"],
                ["Hargreaves", "Whitfield", "Pemberton", "Ashworth", "Llewellyn", "Blackwood", "Thornton", "Rowlands", "Cartwright", "Penhaligon", "Fairbairn", "Goodall", "Sutcliffe", "Ellison", "Marsh", "Kettering", "Holloway", "Brindley", "Winstanley", "Maddox"]),
    "scottish-irish": (["Niamh", "Cathal", "Siobhán", "Eilidh", "Fergus", "Aoife", "Ciarán", "Mhairi", "Declan", "Róisín"],
                       ["MacLeod", "McAllister", "O'Connor", "O’Sullivan", "Ó Briain", "Mac Giolla", "Ní Bhriain", "McCartney", "Donnelly", "Gallagher", "Kavanagh", "MacKinnon"]),
    "hyphenated": (["Charlotte", "Marcus", "Priya", "Imogen", "Kwame", "Laura"],
                   ["Clarke-Jones", "Bowes-Lyon", "Hughes-Morgan", "Okafor-Smith", "Taylor-Wood", "Fraser-Kerr", "Ahmed-Riley", "Lloyd-Evans"]),
    "dutch-german": (["Anke", "Pieter", "Jeroen", "Lotte", "Friedrich", "Sanne", "Jürgen", "Katrin"],
                     ["van der|Linde", "van|Dijk", "de|Vries", "van den|Broek", "ten|Have", "Müller", "Schäfer", "Hoffmann", "von|Arnim", "Bakker", "Weiß"]),
    "french": (["Léa", "Mathieu", "Chloé", "Étienne", "Camille", "Benoît"],
               ["Lefèvre", "Moreau", "Dubois", "Girard", "Rousseau", "Bonnet", "Lemaître"]),
    "iberian-italian": (["Carla", "Javier", "Lucía", "Giulia", "Marco", "João", "Inês"],
                        ["de|Souza", "da|Silva", "García-López", "Fernández", "Di Marco", "Rossi", "Esposito", "dos|Santos", "Ribeiro", "Martínez"]),
    "nordic-polish": (["Lars", "Ingrid", "Anna", "Tomasz", "Agnieszka", "Mikkel", "Katarzyna"],
                      ["Østergaard", "Sørensen", "Lindqvist", "Wójcik", "Kowalczyk", "Nowak", "Åberg", "Jørgensen", "Zieliński"]),
    "turkish-greek": (["Elif", "Mehmet", "Zeynep", "Nikos", "Eleni"],
                      ["Yılmaz", "Öztürk", "Çelik", "Şahin", "Papadopoulos", "Konstantinou"]),
    "south-asian": (["Priya", "Arjun", "Sunita", "Rahul", "Ananya", "Imran", "Fatima", "Sanjay", "Deepa"],
                    ["Venkataraman", "Chaudhry", "Patel", "Sharma", "Banerjee", "Krishnan", "Hussain", "Mehta", "Rahman", "Iyer"]),
    "east-asian": (["Wei", "Mei", "Hiroshi", "Yuki", "Ji-woo", "Minh", "Xiaoling", "Thi Hoa"],
                   ["Zhang", "Liu", "Chen", "Takahashi", "Nakamura", "Kim", "Park", "Nguyễn", "Trần", "Wang"]),
    "african-arabic": (["Adaeze", "Kwame", "Chiamaka", "Yusuf", "Amina", "Kofi", "Layla", "Tariq"],
                       ["Adeyemi", "Okonkwo", "Mensah", "Boateng", "Al-Mansouri", "El-Sayed", "Abubakar", "Nwosu", "Haddad"]),
}
_CULTURES = list(_NAMES)
_CULTURE_WEIGHTS = [30, 8, 5, 7, 5, 7, 6, 4, 12, 9, 7]
_DROPPING = {"de|Dubois", "de|Girard"}  # written after the initials in the list ("Dubois, L. de"), dropped when cited

_BOOK_TOPICS = [
    ("Principles of Marketing", ""), ("Marketing", "an introduction"), ("Strategic Marketing Management", "planning and control"),
    ("Digital Marketing", "strategy, implementation and practice"), ("Consumer Behaviour", "a European perspective"),
    ("Marketing Communications", "brands, experiences and participation"), ("Brand Management", "principles and practice"),
    ("Services Marketing", "people, technology, strategy"), ("Social Media Marketing", "a strategic approach"),
    ("Customer Experience Management", ""), ("The Marketing Plan Handbook", ""), ("Marketing Research", "an applied approach"),
    ("Sustainable Marketing", "responsible practice in a changing world"), ("International Marketing", ""),
    ("Integrated Marketing Communications", "a global brand-driven approach"), ("B2B Marketing", "a guide for the strategic marketing professional"),
    ("Retail Marketing Management", "principles and practice"), ("Public Relations Strategy", ""), ("Relationship Marketing", "creating stakeholder value"),
    ("Pricing Strategy", "setting price levels, managing price discounts and establishing price structures"), ("Essentials of Marketing", ""),
    ("Marketing Metrics", "the manager's guide to measuring marketing performance"), ("Content Marketing", "think like a publisher"),
    ("Ethical Marketing", "a critical introduction"), ("Influencer Marketing for Brands", ""), ("Data-Driven Marketing", "the 15 metrics everyone in marketing should know"),
    ("Contemporary Strategy Analysis", ""), ("Exploring Strategy", "text and cases"), ("Research Methods for Business Students", ""),
    ("Branding", "in five and a half steps"), ("Green Marketing Management", ""), ("Tourism Marketing", "a collaborative approach"),
]
_PUBLISHERS = [("Harlow", "Pearson"), ("Harlow", "Pearson Education"), ("London", "Kogan Page"), ("Abingdon", "Routledge"), ("London", "SAGE"),
               ("Oxford", "Oxford University Press"), ("Chichester", "Wiley"), ("Hoboken, NJ", "John Wiley & Sons"), ("London", "Palgrave Macmillan"),
               ("Andover", "Cengage Learning"), ("Maidenhead", "McGraw-Hill Education"), ("London", "Bloomsbury Business"), ("Oxford", "Goodfellow Publishers"),
               ("Cheltenham", "Edward Elgar"), ("London", "Thames & Hudson"), ("New York", "Portfolio/Penguin")]  # fmt: skip
_EDITED = ["The Marketing Book", "The SAGE Handbook of Marketing Theory", "Contemporary Issues in Marketing", "Digital and Social Media Marketing",
           "The Routledge Companion to Consumer Behaviour", "Marketing Management: a cultural perspective", "Critical Marketing: issues in contemporary marketing",
           "Fashion Marketing: contemporary issues", "Advertising and Promotion: an integrated approach"]  # fmt: skip

_JOURNALS = ["Journal of Marketing Management", "European Journal of Marketing", "Journal of Business Research", "Journal of Retailing and Consumer Services",
             "International Journal of Consumer Studies", "Journal of Consumer Behaviour", "Journal of Strategic Marketing", "Psychology & Marketing",
             "Journal of Interactive Marketing", "Journal of Brand Management", "Journal of Product & Brand Management",
             "Qualitative Market Research: An International Journal", "Journal of Marketing", "Journal of Advertising Research", "International Journal of Advertising",
             "Journal of Services Marketing", "British Food Journal", "Tourism Management", "Journal of Fashion Marketing and Management",
             "Harvard Business Review", "Journal of Research in Interactive Marketing", "Marketing Intelligence & Planning", "Journal of Cleaner Production",
             "Business Strategy and the Environment", "Journal of Consumer Marketing", "Journal of Social Marketing", "Sustainability"]  # fmt: skip
_CONCEPTS = ["brand loyalty", "customer engagement", "purchase intention", "brand trust", "perceived value", "electronic word of mouth", "brand authenticity",
             "influencer credibility", "green scepticism", "customer satisfaction", "impulse buying", "brand love", "service quality", "online reviews",
             "price sensitivity", "brand purpose", "loyalty programme membership", "social media advertising", "personalised emails", "live-stream shopping",
             "sustainable packaging", "chatbot service", "parasocial relationships", "user-generated content", "omnichannel integration", "cause-related marketing"]  # fmt: skip
_CONTEXTS = ["UK supermarkets", "Generation Z consumers", "the fast-fashion sector", "UK coffee-shop chains", "online grocery", "Instagram", "TikTok",
             "small independent retailers", "the UK craft beer market", "premium cosmetics", "budget airlines", "higher education", "subscription boxes",
             "the plant-based food category", "banking apps", "charity donors", "luxury hotels", "the Chinese market", "Nigerian mobile users", "football clubs"]  # fmt: skip
_ARTICLE_PATTERNS = [
    "The effect of {c1} on {c2}: evidence from {x}",
    "Does {c1} drive {c2}? A study of {x}",
    "Exploring {c1} in {x}",
    "{C1} and {c2} in {x}: a qualitative study",
    "Understanding {c1}: a systematic literature review",
    "When {c1} backfires: {c2} in {x}",
    "“It's just marketing”? {C1} and {c2} among {x}",
    "Rethinking {c1} in a post-pandemic world",
    "{C1}, {c2} and the moderating role of age",
    "From {c1} to {c2}: a conceptual framework",
    "Twenty-five years of {c1} research ({Y0}–{Y1}): a bibliometric review",
    "How {x} build {c2} through {c1}",
    "Antecedents of {c2} in {x}: the mediating role of {c1}",
]

_RESEARCH = [  # (organisation as written, publisher, title patterns, domain)
    ("Mintel", "Mintel Group Ltd", ["{M} – UK – {Y}", "Attitudes towards {m} – UK – {mon} {Y}", "{M} Retailing – UK – {Y}"], "reports.mintel.com"),
    ("Statista", "Statista", ["Market share of {m} in the United Kingdom (UK) from 2018 to {Y}", "Number of {m} users in the UK {Y}", "{M} in the UK – statistics & facts"], "www.statista.com"),
    ("Kantar", "Kantar Worldpanel", ["Grocery market share (Great Britain), 12 weeks ending {d} {mon} {Y}", "BrandZ Most Valuable UK Brands {Y}"], "www.kantar.com"),
    ("YouGov", "YouGov plc", ["BrandIndex: best brand rankings {Y}", "What do Britons think of {m}?"], "yougov.co.uk"),
    ("Euromonitor International", "Euromonitor", ["{M} in the United Kingdom", "Top 10 global consumer trends {Y}"], "www.portal.euromonitor.com"),
    ("IBISWorld", "IBISWorld", ["{M} in the UK – market research report ({Y}–2030)"], "www.ibisworld.com"),
    ("Deloitte LLP", "Deloitte", ["Digital consumer trends {Y}", "The Deloitte consumer tracker: Q{q} {Y}"], "www2.deloitte.com"),
    ("PwC", "PricewaterhouseCoopers", ["Global consumer insights pulse survey {Y}", "UK consumer sentiment survey"], "www.pwc.co.uk"),
    ("McKinsey & Company", "McKinsey & Company", ["The state of fashion {Y}", "What is personalization?"], "www.mckinsey.com"),
    ("GlobalData", "GlobalData plc", ["UK {m} market size and forecast to {Y2}"], "www.globaldata.com"),
    ("NielsenIQ", "NielsenIQ", ["The {Y} consumer outlook"], "nielseniq.com"),
    ("Key Note", "Key Note Ltd", ["{M}: market report {Y}"], "www.keynote.co.uk"),
]  # fmt: skip
_MARKETS = ["coffee shops", "plant-based foods", "sportswear", "online grocery", "pet food", "beauty and personal care", "gaming", "streaming video",
            "craft beer", "fast fashion", "home fitness", "budget hotels", "electric vehicles", "meal kits", "soft drinks", "chocolate confectionery",
            "bakery and snacking", "vaping", "second-hand clothing", "fragrance"]  # fmt: skip
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

_COMPANIES = [  # (name as author, short name for titles, domain)
    ("Tesco PLC", "Tesco", "www.tescoplc.com"), ("J Sainsbury plc", "Sainsbury's", "www.about.sainsburys.co.uk"),
    ("Marks and Spencer Group plc", "M&S", "corporate.marksandspencer.com"), ("Greggs plc", "Greggs", "corporate.greggs.co.uk"),
    ("Nando’s", "Nando's", "www.nandos.co.uk"), ("Lush Ltd", "Lush", "www.lush.com"), ("Ben & Jerry's", "Ben & Jerry's", "www.benjerry.co.uk"),
    ("Procter & Gamble", "P&G", "us.pg.com"), ("L'Oréal", "L'Oréal", "www.loreal.com"), ("Boots UK Ltd", "Boots", "www.boots-uk.com"),
    ("innocent drinks", "innocent", "www.innocentdrinks.co.uk"), ("Mondelēz International", "Cadbury", "www.mondelezinternational.com"),
    ("Unilever PLC", "Unilever", "www.unilever.com"), ("Gymshark Ltd", "Gymshark", "www.gymshark.com"), ("The Co-operative Group", "Co-op", "www.co-operative.coop"),
    ("John Lewis Partnership plc", "John Lewis", "www.johnlewispartnership.co.uk"), ("Tony's Chocolonely", "Tony's", "tonyschocolonely.com"),
    ("Pret A Manger", "Pret", "www.pret.co.uk"), ("Aldi UK", "Aldi", "www.aldi.co.uk"), ("Patagonia", "Patagonia", "eu.patagonia.com"),
    ("McDonald's UK & Ireland", "McDonald's", "www.mcdonalds.com"), ("Burberry Group plc", "Burberry", "www.burberryplc.com"),
    ("Dr. Martens plc", "Dr. Martens", "www.drmartensplc.com"), ("ASOS Plc", "ASOS", "www.asosplc.com"), ("Monzo Bank Ltd", "Monzo", "monzo.com"),
]  # fmt: skip
_COMPANY_DOCS = ["Annual report and financial statements {Y}", "Annual Report {Y}/{y2}", "Sustainability report {Y}", "ESG report {Y}", "Our story",
                 "About us", "Our values", "Modern slavery statement {Y}", "Preliminary results for the 52 weeks ended {d} {mon} {Y}",
                 "Gender pay gap report {Y}", "Plan A: our ESG report {Y}", "Interim results {Y}", "Our brand purpose"]  # fmt: skip
_PRESS = ["{S} launches new loyalty app", "{S} reports record Christmas trading", "{S} unveils {Y} sustainability targets",
          "{S} partners with {P} on limited-edition range", "{S} to open {n} new stores in {Y}", "{S} appoints new Chief Marketing Officer"]  # fmt: skip

_GOVERNMENT = [  # (author as written, titles, domain, type)
    ("Office for National Statistics (ONS)", ["Retail sales, Great Britain: {mon} {Y}", "Internet sales as a percentage of total retail sales (ratio) (%)", "Consumer price inflation, UK: {mon} {Y}", "Family spending in the UK: April {Y} to March {Y2}"], "www.ons.gov.uk", "dataset"),
    ("Office for National Statistics", ["Population estimates for the UK, England, Wales, Scotland and Northern Ireland: mid-{Y}", "Internet access – households and individuals, Great Britain: {Y}"], "www.ons.gov.uk", "report"),
    ("Department for Culture, Media and Sport", ["Online advertising programme: consultation", "DCMS economic estimates {Y}"], "www.gov.uk", "report"),
    ("Competition and Markets Authority", ["Green claims code: making environmental claims", "Consumer protection: a guide for businesses", "Unit pricing: update paper"], "www.gov.uk", "webpage"),
    ("CMA", ["Fake online reviews: investigation update", "Loyalty penalty super-complaint"], "www.gov.uk", "webpage"),
    ("Ofcom", ["Online nation {Y} report", "Adults' media use and attitudes report {Y}", "Children and parents: media use and attitudes report {Y}"], "www.ofcom.org.uk", "report"),
    ("HM Revenue & Customs", ["Plastic Packaging Tax: steps to take"], "www.gov.uk", "webpage"),
    ("Department for Business and Trade", ["Business population estimates for the UK and regions {Y}"], "www.gov.uk", "report"),
    ("Department for Environment, Food & Rural Affairs", ["Food statistics in your pocket", "Extended producer responsibility for packaging"], "www.gov.uk", "webpage"),
    ("Food Standards Agency", ["Food and You 2: wave {q}"], "www.food.gov.uk", "report"),
    ("Scottish Government", ["Scotland's tourism strategy: Outlook 2030"], "www.gov.scot", "report"),
    ("HM Government", ["Restricting promotions of products high in fat, sugar or salt by location and by volume price"], "www.gov.uk", "webpage"),
    ("European Commission", ["Consumer Conditions Scoreboard: {Y} edition"], "commission.europa.eu", "report"),
    ("Information Commissioner's Office", ["Guide to the UK GDPR", "Direct marketing guidance"], "ico.org.uk", "webpage"),
]  # fmt: skip
_LAWS = [("Consumer Rights Act 2015", "c. 15", 2015), ("Data Protection Act 2018", "c. 12", 2018), ("Equality Act 2010", "c. 15", 2010),
         ("Companies Act 2006", "c. 46", 2006), ("Digital Markets, Competition and Consumers Act 2024", "c. 13", 2024),
         ("Consumer Protection from Unfair Trading Regulations 2008", "SI 2008/1277", 2008),
         ("Privacy and Electronic Communications (EC Directive) Regulations 2003", "SI 2003/2426", 2003),
         ("Food Information Regulations 2014", "SI 2014/1855", 2014), ("Environment Act 2021", "c. 30", 2021)]  # fmt: skip
_BODIES = [  # (author, titles, domain)
    ("The Chartered Institute of Marketing (CIM)", ["7Ps: a brief summary of marketing and how it works", "Marketing and the 7Ps", "The impact of AI on marketing"], "www.cim.co.uk"),
    ("Chartered Institute of Marketing", ["Impact of marketing report {Y}", "What is marketing?"], "www.cim.co.uk"),
    ("Advertising Standards Authority", ["Influencers' guide to making clear that ads are ads", "Ruling on {S} Ltd", "Recognising ads: social media and influencer marketing"], "www.asa.org.uk"),
    ("CAP", ["The CAP Code: the UK Code of Non-broadcast Advertising and Direct & Promotional Marketing", "Environmental claims: general"], "www.asa.org.uk"),
    ("Which?", ["Supermarket loyalty prices: are they really a good deal?", "Best and worst supermarkets {Y}", "Shrinkflation: the products getting smaller"], "www.which.co.uk"),
    ("IPA", ["IPA Bellwether Report Q{q} {Y}", "Effectiveness Awards {Y}: case studies"], "ipa.co.uk"),
    ("Market Research Society", ["MRS code of conduct", "Guidance on using AI in research"], "www.mrs.org.uk"),
    ("British Retail Consortium", ["BRC-KPMG retail sales monitor: {mon} {Y}", "Climate action roadmap"], "brc.org.uk"),
    ("Data & Marketing Association (DMA)", ["Consumer email tracker {Y}", "Customer engagement: the consumer perspective {Y}"], "dma.org.uk"),
    ("Fairtrade Foundation", ["What is Fairtrade?", "Fairtrade Fortnight {Y} impact report"], "www.fairtrade.org.uk"),
    ("World Health Organization", ["Marketing of foods high in fat, salt and sugar to children: update {Y}"], "www.who.int"),
    ("B Lab UK", ["About B Corp certification"], "bcorporation.uk"),
    ("WRAP", ["Courtauld Commitment 2030 annual report", "Textiles 2030 progress report"], "wrap.org.uk"),
]  # fmt: skip
_NEWS = [("BBC News", "www.bbc.co.uk/news"), ("The Guardian", "www.theguardian.com"), ("Financial Times", "www.ft.com"), ("The Times", "www.thetimes.co.uk"),
         ("The Independent", "www.independent.co.uk"), ("The Telegraph", "www.telegraph.co.uk"), ("Evening Standard", "www.standard.co.uk"),
         ("Sky News", "news.sky.com"), ("Reuters", "www.reuters.com"), ("The Grocer", "www.thegrocer.co.uk"), ("Manchester Evening News", "www.manchestereveningnews.co.uk"),
         ("The Scotsman", "www.scotsman.com"), ("Wales Online", "www.walesonline.co.uk")]  # fmt: skip
_HEADLINES = ["{S} sales rise as shoppers seek cheaper treats", "Why {S} is betting on TikTok", "{S} faces backlash over {m} advert",
              "Cost-of-living crisis: how brands are responding", "{S} profits jump {n}% despite price rises", "Is the high street finally recovering?",
              "Gen Z are ditching {m} – here's why", "{S} advert banned by watchdog", "Shrinkflation: {S} defends smaller packs",
              "Inside the rise of {S}", "{S} to close {n} stores", "Black Friday spending falls for the first time"]  # fmt: skip
_TRADE = [("Marketing Week", "www.marketingweek.com"), ("Campaign", "www.campaignlive.co.uk"), ("The Drum", "www.thedrum.com"),
          ("Retail Gazette", "www.retailgazette.co.uk"), ("Drapers", "www.drapersonline.com"), ("PRWeek", "www.prweek.com"),
          ("Marketing Beat", "www.marketing-beat.co.uk"), ("Retail Week", "www.retail-week.com"), ("The Grocer", "www.thegrocer.co.uk"),
          ("Event", "www.eventmagazine.co.uk"), ("Little Black Book", "lbbonline.com")]  # fmt: skip
_TRADE_TITLES = ["How {S} turned its brand around", "{S}'s CMO on why brand building still matters", "The {Y} Marketing Week Language of Leadership list",
                 "Ad of the week: {S}", "Why purpose-led marketing is losing its shine", "{S} hands creative account to new agency",
                 "Five things marketers learned from {Y}", "The death of the marketing funnel?", "{S} ups spend on retail media",
                 "Loyalty schemes: the new battleground for grocers"]  # fmt: skip
_BLOGS = [("HubSpot Blog", "blog.hubspot.com"), ("Hootsuite Blog", "blog.hootsuite.com"), ("Sprout Social Insights", "sproutsocial.com/insights"),
          ("Smart Insights", "www.smartinsights.com"), ("Mailchimp Resources", "mailchimp.com/resources"), ("Semrush Blog", "www.semrush.com/blog"),
          ("Professional Academy", "www.professionalacademy.com/blogs"), ("Oxford College of Marketing Blog", "blog.oxfordcollegeofmarketing.com")]  # fmt: skip
_BLOG_TITLES = ["What is the marketing mix? The 7Ps explained", "How to write a SMART marketing objective", "The ultimate guide to SWOT analysis",
                "{n} social media statistics marketers need to know in {Y}", "PESTLE analysis: what it is and how to use it", "What is RACE planning?",
                "Email marketing benchmarks by industry ({Y})", "A beginner's guide to customer personas", "How to calculate customer lifetime value",
                "The AIDA model explained (with examples)", "Ansoff matrix: a simple guide"]  # fmt: skip
_SOCIAL = [("Instagram", "www.instagram.com/p/"), ("TikTok", "www.tiktok.com/@"), ("X", "x.com/"), ("LinkedIn", "www.linkedin.com/posts/"), ("Facebook", "www.facebook.com/")]
_CAPTIONS = ["Sausage roll or steak bake? 👀", "Our Christmas advert is here 🎄", "We've made a change to our packaging 🌍", "It's back. You asked, we listened.",
             "Proud to announce we're now a certified B Corp", "What I learned from {n} days of cold outreach on LinkedIn", "Tag someone who needs this ☕",
             "Three lessons from rebranding a 100-year-old company", "POV: you work in marketing", "Introducing our new {m} range"]  # fmt: skip
_VIDEOS = ["{S} Christmas advert {Y}", "{S} | Official TV advert {Y}", "The {S} story", "How {S} built a brand on TikTok", "Why brands fail | {P2} | TEDxBristol",
           "Marketing strategy explained in {n} minutes", "Behind the campaign: {S}"]  # fmt: skip
_PODCASTS = ["The Marketing Meetup Podcast", "Marketing Week Uncovered", "Behind the Brand", "The Diary of a CEO", "Brand Builders", "Everybody Hates Marketers",
             "The Digital Marketing Podcast", "CIM Marketing Podcast"]  # fmt: skip
_EPISODES = ["Episode {n}: building a challenger brand", "{P2} on loyalty, data and trust", "Why brand purpose matters (or doesn't)", "Marketing in a recession",
             "Ep. {n} – The future of retail media", "How to win Gen Z"]  # fmt: skip
_MODULES = ["CIM Level 4 Marketing Principles", "Customer Insight", "Integrated Marketing Communications", "Digital Strategy", "Innovations in Digital Marketing",
            "Marketing and Digital Strategy", "Level 6 Strategic Marketing"]  # fmt: skip
_LECTURES = ["Week {q}: segmentation, targeting and positioning", "Unit {q}: the extended marketing mix", "Lecture {q} – consumer decision-making",
             "Session {q}: PESTLE and Porter's Five Forces", "Week {q}: measuring marketing performance", "Topic {q}: sustainability and ethics"]  # fmt: skip
_VLES = ["moodle.", "canvas.", "blackboard.", "learn.", "vle."]
_UNIVERSITIES = ["University of Leeds", "Manchester Metropolitan University", "University of Strathclyde", "Cardiff University", "Ulster University",
                 "University of Bristol", "Nottingham Trent University", "Bournemouth University", "University of Hertfordshire"]  # fmt: skip
_CONFERENCES = ["Academy of Marketing Conference", "European Marketing Academy (EMAC) Annual Conference", "Global Marketing Conference", "British Academy of Management Conference"]
_THESIS_TITLES = ["Consumer attitudes to {c1} in {x}", "The role of {c1} in shaping {c2} among {x}", "An exploratory study of {c1} and {c2}"]
_DICTIONARIES = [("Cambridge Dictionary", "dictionary.cambridge.org/dictionary/english/"), ("Oxford Learner's Dictionaries", "www.oxfordlearnersdictionaries.com/definition/english/"),
                 ("Collins English Dictionary", "www.collinsdictionary.com/dictionary/english/"), ("Merriam-Webster", "www.merriam-webster.com/dictionary/"),
                 ("Investopedia", "www.investopedia.com/terms/")]
_HEADWORDS = ["brand", "marketing", "loyalty", "segmentation", "stakeholder", "greenwashing", "brand equity", "omnichannel", "shrinkflation", "positioning"]
_PROMPTS = ["Explain the 7Ps of marketing", "Summarise the UK coffee-shop market", "Suggest SMART objectives for a bakery chain",
            "What are the main PESTLE factors for UK supermarkets?", "Give examples of greenwashing in fashion"]
_AI_TOOLS = [("OpenAI", "ChatGPT", "https://chat.openai.com"), ("Google", "Gemini", "https://gemini.google.com"),
             ("Microsoft", "Copilot", "https://copilot.microsoft.com"), ("Anthropic", "Claude", "https://claude.ai")]

# fmt: on


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


class Blind8WorkFactory:
    """Works of the blind8 pool, drawn from a seed; ``make(kind)`` gives one of ``KINDS`` (weighted when no kind)."""

    KINDS: ClassVar[dict[str, int]] = {
        "book": 15,
        "ebook": 3,
        "chapter": 6,
        "journal": 17,
        "report": 7,  # market research, some with a named analyst
        "company": 7,  # annual, sustainability and "about us" pages
        "press-release": 2,
        "web": 5,  # a page of an organisation's site
        "government": 5,
        "legislation": 2,
        "body": 5,
        "news": 6,
        "trade-press": 6,
        "blog": 4,
        "social": 3,
        "video": 3,
        "podcast": 2,
        "lecture": 2,
        "thesis": 1,
        "conference": 1,
        "dictionary": 1,  # a definition looked up online, usually undated
        "ai-output": 1,  # a chatbot's answer, cited as the university's guidance asks
    }

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(f"blind8/works/{seed}")
        self.seed = seed
        self.count = 0

    # ---------------------------------------------------------------- pieces
    def _id(self) -> str:
        self.count += 1
        return f"b8-{self.seed}-{self.count}"

    def person(self) -> tuple[dict[str, str], str]:
        """A CSL name and the surname as the style cites it."""
        rng = self.rng
        culture = rng.choices(_CULTURES, _CULTURE_WEIGHTS)[0]
        givens, surnames = _NAMES[culture]
        surname = rng.choice(surnames)
        given = rng.choice(givens)
        if rng.random() < 0.12:  # a middle initial, or only initials as the database gave them
            given = (
                f"{given} {rng.choice('ABCDEFGHJKLMNPRSTW')}."
                if rng.random() < 0.6
                else f"{given[0]}.{rng.choice('ABCDJKLMRS')}."
            )
        if surname in _DROPPING or (culture == "french" and rng.random() < 0.15):
            family = surname.split("|")[-1]
            return {"family": family, "given": given, "dropping-particle": "de"}, family
        if "|" in surname:
            particle, family = surname.split("|")
            return {"family": family, "given": given, "non-dropping-particle": particle}, f"{particle} {family}"
        return {"family": surname, "given": given}, surname

    def people(self, weights: list[int]) -> tuple[list[dict[str, str]], str]:
        count = self.rng.choices(range(1, len(weights) + 1), weights)[0]
        names: list[dict[str, str]] = []
        lead = ""
        seen: set[str] = set()
        while len(names) < count:
            name, cited = self.person()
            if name["family"] in seen:
                continue
            seen.add(name["family"])
            names.append(name)
            lead = lead or cited
        return names, lead

    def date(self, low: int, high: int, detail: str = "year") -> list[int]:
        rng = self.rng
        year = rng.randint(low, high)
        if detail == "year":
            return [year]
        if detail == "month":
            return [year, rng.randint(1, 12)]
        return [year, rng.randint(1, 12), rng.randint(1, 28)]

    def accessed(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        """An access date on or after the work's date, in the years students write their reports."""
        rng = self.rng
        low = max(2022, issued[0]) if issued else 2022
        year = rng.randint(low, max(low, 2025))
        month = rng.randint(1, 12)
        if issued and year == issued[0] and len(issued) > 1:
            month = rng.randint(issued[1], 12)
        day = rng.randint(1, 28)
        if issued and len(issued) > 2 and [year, month] == issued[:2]:
            day = rng.randint(issued[2], 28)
        return {"date-parts": [[year, month, day]]}

    def _fill(self, pattern: str, year: int) -> str:
        rng = self.rng
        market = rng.choice(_MARKETS)
        short = rng.choice(_COMPANIES)[1]
        person, _cited = self.person()
        values = {
            "{Y}": str(year), "{Y0}": str(year - 25), "{Y1}": str(year - 1), "{y2}": str(year + 1)[-2:], "{Y2}": str(year + rng.randint(3, 6)), "{M}": _capital(market), "{m}": market,
            "{mon}": rng.choice(_MONTHS), "{d}": str(rng.randint(1, 28)), "{q}": str(rng.randint(1, 4)), "{n}": str(rng.choice([3, 5, 7, 10, 12, 15, 20, 25, 40, 50, 100])),
            "{S}": short, "{P}": rng.choice([c[1] for c in _COMPANIES if c[1] != short]), "{P2}": f"{person['given']} {person['family']}",
            "{c1}": rng.choice(_CONCEPTS), "{x}": rng.choice(_CONTEXTS),
        }  # fmt: skip
        c2 = rng.choice([c for c in _CONCEPTS if c != values["{c1}"]])
        values["{c2}"], values["{C1}"] = c2, _capital(values["{c1}"])
        for key, value in values.items():
            pattern = pattern.replace(key, value)
        return pattern

    def _online(self, record: dict[str, Any], url: str, chance: float = 1.0) -> None:
        record["URL"] = url if url.startswith("http") else f"https://{url}"
        if self.rng.random() < chance:
            issued = record.get("issued", {}).get("date-parts", [None])[0]
            record["accessed"] = self.accessed(issued)

    def _slug(self, text: str) -> str:
        words = "".join(ch if ch.isalnum() else " " for ch in text.casefold()).split()
        return "-".join(words[:7])

    def _issue(self, record: dict[str, Any], parts: list[int] | None) -> str:
        if parts is None:
            return "n.d."
        record["issued"] = {"date-parts": [parts]}
        return str(parts[0])

    def _person_work(
        self,
        record: dict[str, Any],
        kind: str,
        weights: list[int],
        parts: list[int] | None,
        tags: set[str] | None = None,
    ) -> Work:
        names, lead = self.people(weights)
        record["author"] = names
        year = self._issue(record, parts)
        return Work(record, lead, year, False, len(names), kind, tags or set())

    def _org_work(
        self, record: dict[str, Any], kind: str, name: str, parts: list[int] | None, tags: set[str] | None = None
    ) -> Work:
        record["author"] = [{"literal": name}]
        year = self._issue(record, parts)
        return Work(record, name, year, True, 1, kind, tags or set())

    # ---------------------------------------------------------------- works
    def make(self, kind: str | None = None) -> Work:
        if kind is None:
            kind = self.rng.choices(list(self.KINDS), list(self.KINDS.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()  # type: ignore[no-any-return]

    def _book_record(self) -> dict[str, Any]:
        rng = self.rng
        title, subtitle = rng.choice(_BOOK_TOPICS)
        place, publisher = rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"id": self._id(), "type": "book", "title": f"{title}: {subtitle}" if subtitle else title,
                                  "publisher": publisher, "publisher-place": place}  # fmt: skip
        if rng.random() < 0.55:
            record["edition"] = str(rng.choice([2, 2, 3, 3, 4, 5, 6, 7, 8, 9, 12, 17, 19]))
        return record

    def _book(self) -> Work:
        record = self._book_record()
        return self._person_work(
            record, "book", [40, 30, 20, 6, 3], self.date(1998, 2024), {"edition"} if "edition" in record else set()
        )

    def _ebook(self) -> Work:
        record = self._book_record()
        platform, url = self.rng.choice([("Kortext", "https://read.kortext.com/reader/epub/"), ("VitalSource", "https://bookshelf.vitalsource.com/books/"),
                                          ("Perlego", "https://www.perlego.com/book/"), ("EBSCOhost", "https://search.ebscohost.com/login.aspx?direct=true&db=e000xww&AN=")])  # fmt: skip
        record["medium"] = platform
        work = self._person_work(record, "ebook", [50, 35, 15], self.date(2010, 2024), {"online"})
        self._online(record, f"{url}{self.rng.randint(100000, 9999999)}")
        return work

    def _chapter(self) -> Work:
        rng = self.rng
        place, publisher = rng.choice(_PUBLISHERS)
        start = rng.randint(1, 420)
        record: dict[str, Any] = {"id": self._id(), "type": "chapter", "container-title": rng.choice(_EDITED), "publisher": publisher,
                                  "publisher-place": place, "page": f"{start}-{start + rng.randint(12, 35)}",
                                  "title": self._fill(rng.choice(["{C1} and the consumer", "Understanding {c1}", "{C1}: theory and practice", "Marketing and {c1} in {x}", "Digital {c1}"]), 2020)}  # fmt: skip
        editors, _lead = self.people([45, 40, 15])
        record["editor"] = editors
        if rng.random() < 0.3:
            record["edition"] = str(rng.randint(2, 8))
        return self._person_work(record, "chapter", [60, 30, 10], self.date(2005, 2024), {"editors"})

    def _journal(self) -> Work:
        rng = self.rng
        parts = self.date(2000, 2025)
        record: dict[str, Any] = {"id": self._id(), "type": "article-journal", "container-title": rng.choice(_JOURNALS),
                                  "title": self._fill(rng.choice(_ARTICLE_PATTERNS), parts[0]), "volume": str(rng.randint(5, 62))}  # fmt: skip
        if rng.random() < 0.8:
            record["issue"] = str(rng.randint(1, 12))
        if record["container-title"] == "Sustainability" or rng.random() < 0.1:
            record["number"] = str(rng.randint(1000, 19999))  # an article number, no pages
        else:
            start = rng.randint(1, 1900)
            record["page"] = f"{start}-{start + rng.randint(8, 30)}"
        tags = {"journal"}
        roll = rng.random()
        if roll < 0.7:
            record["DOI"] = (
                f"10.{rng.choice([1016, 1108, 1080, 1111, 1177, 1002, 3390])}/{rng.choice(['j.jbusres', 'EJM', 'jmm', 'ijcs', 'mar', 'jcb'])}.{parts[0]}.{rng.randint(1000, 99999)}"
            )
        elif roll < 0.85:  # found through the library and read online
            record["URL"] = f"https://www.proquest.com/docview/{rng.randint(10**8, 10**9)}"
            record["accessed"] = self.accessed(parts)
            tags.add("online")
        return self._person_work(record, "journal", [16, 24, 22, 14, 9, 6, 5, 4], parts, tags)

    def _report(self) -> Work:
        rng = self.rng
        name, publisher, titles, domain = rng.choice(_RESEARCH)
        parts = self.date(2016, 2025, rng.choice(["year", "year", "month"]))
        record: dict[str, Any] = {
            "id": self._id(),
            "type": "report",
            "title": self._fill(rng.choice(titles), parts[0]),
            "publisher": publisher,
        }
        if rng.random() < 0.3:  # the analyst named on the report's cover
            work = self._person_work(record, "report", [70, 30], parts, {"research", "analyst"})
        else:
            work = self._org_work(record, "report", name, None if rng.random() < 0.12 else parts, {"research"})
        self._online(record, f"https://{domain}/{self._slug(record['title'])}", 0.9)
        return work

    def _company(self) -> Work:
        rng = self.rng
        name, _short, domain = rng.choice(_COMPANIES)
        parts = self.date(2015, 2025)
        title = self._fill(rng.choice(_COMPANY_DOCS), parts[0])
        undated = title in ("Our story", "About us", "Our values", "Our brand purpose") and rng.random() < 0.7
        record: dict[str, Any] = {
            "id": self._id(),
            "type": "webpage" if undated or rng.random() < 0.3 else "report",
            "title": title,
        }
        work = self._org_work(record, "company", name, None if undated else parts, {"company"})
        self._online(record, f"https://{domain}/{self._slug(title)}", 0.85)
        return work

    def _press_release(self) -> Work:
        rng = self.rng
        name, short, domain = rng.choice(_COMPANIES)
        parts = self.date(2018, 2025, "day")
        title = self._fill(rng.choice(_PRESS).replace("{S}", short), parts[0])
        record: dict[str, Any] = {
            "id": self._id(),
            "type": "webpage",
            "title": title,
            "genre": "Press release",
            "container-title": f"{short} newsroom",
        }
        work = self._org_work(record, "press-release", name, parts, {"company"})
        self._online(record, f"https://{domain}/media/press-releases/{self._slug(title)}", 0.8)
        return work

    def _web(self) -> Work:
        rng = self.rng
        if rng.random() < 0.5:
            name, titles, domain = rng.choice(_BODIES)
        else:
            name, _short, domain = rng.choice(_COMPANIES)
            titles = [
                "Our commitment to {m}",
                "Loyalty scheme terms and conditions",
                "Careers",
                "Store locator",
                "Rewards FAQs",
                "Our packaging",
            ]
        parts = self.date(2017, 2025, rng.choice(["year", "day"]))
        title = self._fill(rng.choice(titles), parts[0])
        record: dict[str, Any] = {"id": self._id(), "type": "webpage", "title": title}
        work = self._org_work(record, "web", name, None if rng.random() < 0.35 else parts, {"web"})
        self._online(record, f"https://{domain}/{self._slug(title)}", 0.8)
        return work

    def _government(self) -> Work:
        rng = self.rng
        name, titles, domain, kind = rng.choice(_GOVERNMENT)
        parts = self.date(2015, 2025, rng.choice(["year", "day"]))
        title = self._fill(rng.choice(titles), parts[0])
        record: dict[str, Any] = {"id": self._id(), "type": kind, "title": title}
        if kind == "report" and rng.random() < 0.4:
            record["publisher"] = "HMSO" if name.startswith(("HM", "Department")) else name
        work = self._org_work(record, "government", name, parts, {"government"})
        self._online(record, f"https://{domain}/{self._slug(title)}", 0.9)
        return work

    def _legislation(self) -> Work:
        title, chapter, year = self.rng.choice(_LAWS)
        record: dict[str, Any] = {
            "id": self._id(),
            "type": "legislation",
            "title": title,
            "container-title": chapter,
            "issued": {"date-parts": [[year]]},
        }
        if self.rng.random() < 0.6:
            self._online(
                record,
                f"https://www.legislation.gov.uk/{'uksi' if chapter.startswith('SI') else 'ukpga'}/{year}/{chapter.split()[-1].split('/')[-1]}/contents",
                0.85,
            )
        return Work(record, title, str(year), True, 1, "legislation", {"legislation"})

    def _body(self) -> Work:
        rng = self.rng
        name, titles, domain = rng.choice(_BODIES)
        parts = self.date(2016, 2025, rng.choice(["year", "month", "day"]))
        title = self._fill(rng.choice(titles), parts[0])
        record: dict[str, Any] = {"id": self._id(), "type": rng.choice(["webpage", "report"]), "title": title}
        work = self._org_work(record, "body", name, None if rng.random() < 0.2 else parts, {"body"})
        self._online(record, f"https://{domain}/{self._slug(title)}", 0.85)
        return work

    def _news(self) -> Work:
        rng = self.rng
        paper, domain = rng.choice(_NEWS)
        parts = self.date(2016, 2025, "day")
        title = self._fill(rng.choice(_HEADLINES), parts[0])
        record: dict[str, Any] = {
            "id": self._id(),
            "type": "article-newspaper",
            "title": title,
            "container-title": paper,
        }
        if paper in ("BBC News", "Sky News", "Reuters") and rng.random() < 0.5:  # no byline: the outlet as author
            work = self._org_work(record, "news", paper, parts, {"news"})
        else:
            work = self._person_work(record, "news", [80, 17, 3], parts, {"news"})
        if rng.random() < 0.85:
            self._online(record, f"https://{domain}/{self._slug(title)}-{rng.randint(1000, 99999)}", 0.85)
        return work

    def _trade_press(self) -> Work:
        rng = self.rng
        magazine, domain = rng.choice(_TRADE)
        parts = self.date(2016, 2025, "day")
        title = self._fill(rng.choice(_TRADE_TITLES), parts[0])
        record: dict[str, Any] = {
            "id": self._id(),
            "type": "article-magazine",
            "title": title,
            "container-title": magazine,
        }
        work = self._person_work(record, "trade-press", [85, 15], parts, {"trade"})
        self._online(record, f"https://{domain}/{self._slug(title)}", 0.85)
        return work

    def _blog(self) -> Work:
        rng = self.rng
        blog, domain = rng.choice(_BLOGS)
        parts = self.date(2017, 2025, "day")
        title = self._fill(rng.choice(_BLOG_TITLES), parts[0])
        record: dict[str, Any] = {"id": self._id(), "type": "post-weblog", "title": title, "container-title": blog}
        work = self._person_work(record, "blog", [85, 15], None if rng.random() < 0.15 else parts, {"blog"})
        self._online(record, f"https://{domain}/{self._slug(title)}", 0.8)
        return work

    def _social(self) -> Work:
        rng = self.rng
        platform, base = rng.choice(_SOCIAL)
        parts = self.date(2019, 2025, "day")
        record: dict[str, Any] = {"id": self._id(), "type": "post", "title": self._fill(rng.choice(_CAPTIONS), parts[0]), "container-title": platform,
                                  "genre": f"{platform} post"}  # fmt: skip
        if platform == "LinkedIn" or rng.random() < 0.25:
            work = self._person_work(record, "social", [1], parts, {"social"})
        else:
            name = rng.choice(
                [
                    "Greggs",
                    "Gymshark",
                    "Duolingo",
                    "Lush",
                    "Aldi UK",
                    "Tony's Chocolonely",
                    "Ryanair",
                    "Innocent Drinks",
                    "Specsavers",
                    "Oatly UK",
                ]
            )
            work = self._org_work(record, "social", name, parts, {"social"})
        self._online(record, f"https://{base}{rng.randint(10**6, 10**9)}", 0.9)
        return work

    def _video(self) -> Work:
        rng = self.rng
        parts = self.date(2012, 2025, "day")
        company, short, _domain = rng.choice(_COMPANIES)
        title = self._fill(rng.choice(_VIDEOS).replace("{S}", short), parts[0])
        record: dict[str, Any] = {
            "id": self._id(),
            "type": "motion_picture",
            "title": title,
            "container-title": "YouTube",
        }
        if "{S}" not in title and short not in title:
            work = self._person_work(record, "video", [1], parts, {"video"})
        else:
            work = self._org_work(record, "video", company, parts, {"video"})
        self._online(
            record,
            f"https://www.youtube.com/watch?v={''.join(rng.choices('abcdefghijkLMNOPQRSTUVWXYZ0123456789_', k=11))}",
            0.85,
        )
        return work

    def _podcast(self) -> Work:
        rng = self.rng
        parts = self.date(2018, 2025, "day")
        record: dict[str, Any] = {"id": self._id(), "type": "song", "medium": "Podcast", "container-title": rng.choice(_PODCASTS),
                                  "title": self._fill(rng.choice(_EPISODES), parts[0])}  # fmt: skip
        work = self._person_work(record, "podcast", [70, 30], parts, {"podcast"})
        self._online(
            record,
            rng.choice(["https://open.spotify.com/episode/", "https://podcasts.apple.com/gb/podcast/"])
            + str(rng.randint(10**6, 10**8)),
            0.85,
        )
        return work

    def _lecture(self) -> Work:
        rng = self.rng
        parts = self.date(2022, 2025, "day")
        record: dict[str, Any] = {"id": self._id(), "type": "speech", "title": self._fill(rng.choice(_LECTURES), parts[0]),
                                  "genre": rng.choice(["PowerPoint presentation", "Lecture", "Lecture notes"]), "container-title": rng.choice(_MODULES)}  # fmt: skip
        work = self._person_work(record, "lecture", [85, 15], parts, {"lecture"})
        self._online(
            record,
            f"https://{rng.choice(_VLES)}{rng.choice(['leeds', 'mmu', 'strath', 'herts', 'bournemouth', 'ntu'])}.ac.uk/course/view.php?id={rng.randint(1000, 99999)}",
            0.9,
        )
        return work

    def _thesis(self) -> Work:
        rng = self.rng
        parts = self.date(2008, 2024)
        record: dict[str, Any] = {"id": self._id(), "type": "thesis", "title": self._fill(rng.choice(_THESIS_TITLES), parts[0]),
                                  "genre": rng.choice(["PhD thesis", "MSc dissertation", "DBA thesis"]), "publisher": rng.choice(_UNIVERSITIES)}  # fmt: skip
        return self._person_work(record, "thesis", [1], parts, {"thesis"})

    def _conference(self) -> Work:
        rng = self.rng
        parts = self.date(2010, 2025)
        conference = rng.choice(_CONFERENCES)
        record: dict[str, Any] = {"id": self._id(), "type": "paper-conference", "title": self._fill(rng.choice(_ARTICLE_PATTERNS), parts[0]),
                                  "container-title": f"Proceedings of the {conference} {parts[0]}",
                                  "publisher-place": rng.choice(["Cardiff", "London", "Glasgow", "Madrid", "Budapest", "Bristol"])}  # fmt: skip
        return self._person_work(record, "conference", [40, 35, 25], parts, {"conference"})

    def _dictionary(self) -> Work:
        rng = self.rng
        name, base = rng.choice(_DICTIONARIES)
        word = rng.choice(_HEADWORDS)
        record: dict[str, Any] = {
            "id": self._id(),
            "type": "entry-dictionary",
            "title": _capital(word),
            "container-title": name,
        }
        work = self._org_work(
            record, "dictionary", name, self.date(2019, 2025) if rng.random() < 0.25 else None, {"web"}
        )
        self._online(record, f"https://{base}{word.replace(' ', '-')}", 0.9)
        return work

    def _ai_output(self) -> Work:
        rng = self.rng
        maker, tool, url = rng.choice(_AI_TOOLS)
        parts = self.date(2023, 2025, "day")
        record: dict[str, Any] = {
            "id": self._id(),
            "type": "software",
            "title": f"{tool} response to “{rng.choice(_PROMPTS)}”",
            "medium": f"{tool}",
        }
        work = self._org_work(record, "ai-output", maker, parts, {"ai"})
        self._online(record, url, 1.0)
        return work
