"""Works for the twelfth held-out pool, "blind12": what degree apprentices, career changers and students writing in
English as a second language cite in UK marketing reports.

HELD OUT: never tune the checker on this pool; report its tables, never its misses.

Written by a twelfth hand, without reading the checker, its tests or the other pools' works, frames and decoys.
The sectors are financial services and insurance, higher education recruitment, music, live entertainment and
ticketing, football and sports clubs, food and drink start-ups, grocery retail, mobility and car-sharing, and NHS
and public health campaigns. The sources are the ones such students reach for: core textbooks in later editions,
chapters of edited books, journal articles with one to eight authors, CIPR, IPA and WARC material, ASA rulings,
regulators and departments, Acts read as "Great Britain", market research, investor pages and annual reports,
signed and unsigned news, trade press, blogs, podcasts, YouTube videos, social media posts, lecture slides and
conference papers. Web pages usually carry an access date and now and then do not (the builder records those as
missing access dates); some works have no date; an organisation may publish twice in one year (2023a, 2023b).
Names come from many cultures, with particles, hyphens, Mc/Mac/O'/D', two-word surnames and diacritics.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# (given, family) by culture; given names carry no hyphen (citeproc-py initialises "Ji-woo" oddly)
PEOPLE = {
    "british": (["Gemma", "Craig", "Lauren", "Darren", "Stacey", "Aled", "Ffion", "Callum", "Kirsty", "Nathan", "Rebecca", "Gareth"],
                ["Pennington", "Whitworth", "Brierley", "Ashcroft", "Haworth", "Pritchard", "Llewellyn", "Dunmore", "Caddick", "Fairclough", "Ridley", "Tennant"]),
    "irish-scottish": (["Siobhán", "Ciarán", "Eilidh", "Fionnuala", "Ruairí", "Mhairi", "Padraig", "Orla"],
                       ["McLaughlin", "O'Rourke", "MacAskill", "McGuinness", "O'Callaghan", "MacInnes", "Ní Dhomhnaill", "Ó Cinnéide", "McVey", "O'Dowd"]),
    "south-asian": (["Harpreet", "Aarav", "Nusrat", "Imran", "Shreya", "Farhan", "Anika", "Rajesh", "Tahmina", "Vikram"],
                    ["Sandhu", "Chaudhry", "Begum", "Rahman", "Venkatesh", "Gill", "Mukherjee", "D'Souza", "Qureshi", "Nair", "Bhattacharjee"]),
    "west-african": (["Adaeze", "Kwabena", "Ngozi", "Tunde", "Efua", "Chinedu", "Abena", "Olumide"],
                     ["Nwachukwu", "Asante", "Ogunleye", "Boateng", "Eze", "Adeyemi-Cole", "Quaye", "Akinola"]),
    "east-asian": (["Xinyi", "Haoran", "Minseo", "Daichi", "Yuna", "Jiahui", "Sungmin", "Kenta"],
                   ["Zhou", "Xu", "Lin", "Kang", "Yoon", "Takahashi", "Yamamoto", "Hu", "Ma", "Song"]),
    "south-east-asian": (["Thu", "Quang", "Siti", "Arief", "Maricel", "Anong"],
                         ["Pham", "Vu", "Hidayat", "Santoso", "Dela Cruz", "Srisuk"]),
    "central-european": (["Łukasz", "Zuzana", "Krisztina", "Mateusz", "Agnieszka", "Tomáš", "Ágnes", "Bartosz"],
                         ["Wiśniewska", "Dąbrowski", "Horváth", "Novák", "Krawczyk", "Szabó", "Dvořák", "Zieliński"]),
    "south-european": (["Inês", "João", "Chiara", "Matteo", "Lucía", "Álvaro", "Eleni", "Dimitris"],
                       ["Gonçalves", "Ferreira", "Esposito", "Bianchi", "Fernández López", "Ruiz-Moreno", "Georgiou", "Papadopoulou"]),
    "nordic-germanic": (["Søren", "Åsa", "Jürgen", "Frauke", "Mikael", "Liesbeth", "Henrik", "Anneke"],
                        ["Kjærgaard", "Lindqvist", "Schäfer", "Becker", "Järvinen", "Østergaard", "Brandt", "Jansen"]),
    "middle-eastern": (["Yasmin", "Karim", "Leila", "Omar", "Zeynep", "Emre", "Noor", "Tariq"],
                       ["Haddad", "Al-Farsi", "El Khoury", "Nasser", "Yıldız", "Öztürk", "Abu-Saleh", "Karimi"]),
    "east-european": (["Oksana", "Dmytro", "Ioana", "Andrei", "Natalia", "Mihai"],
                      ["Shevchenko", "Popescu", "Ionescu", "Petrenko", "Kovalenko", "Dumitrescu"]),
}  # fmt: skip
# Surnames whose particle the reference manager keeps apart: (particle, family, given)
PARTICLES = [("van der", "Merwe", "Pieter"), ("van", "Rooij", "Femke"), ("de", "Groot", "Maarten"), ("da", "Costa", "Beatriz"),
             ("dos", "Reis", "Tiago"), ("di", "Marco", "Alessia"), ("del", "Río", "Carmen"), ("von", "Bülow", "Katharina"),
             ("le", "Brun", "Amélie"), ("de la", "Fuente", "Marisol"), ("van den", "Heuvel", "Joost"), ("ter", "Horst", "Ilse")]  # fmt: skip
DOUBLE_BARRELLED = ["Bowen-Evans", "Pryce-Jones", "Clarke-Osei", "Ahmed-Whitley", "Fox-Ramsay", "Hart-Nakamura"]  # fmt: skip

SECTORS = {
    "insurance": ["motor insurance", "home insurance", "insurtech", "claims handling", "renewal pricing", "price comparison sites"],
    "banking": ["challenger banks", "current account switching", "financial wellbeing", "open banking", "savings apps", "buy now, pay later"],
    "higher education": ["student recruitment", "Clearing", "international student recruitment", "university open days", "university league tables", "postgraduate marketing"],
    "music": ["music streaming", "independent record labels", "artist branding", "vinyl sales", "TikTok and the charts", "music fandom"],
    "live events": ["live music", "festival marketing", "dynamic ticket pricing", "secondary ticketing", "venue experience", "ticketing platforms"],
    "football": ["football fandom", "club sponsorship", "women's football", "matchday experience", "club membership schemes", "football club brands"],
    "food and drink": ["food and drink start-ups", "plant-based brands", "low and no alcohol drinks", "challenger snack brands", "direct-to-consumer food", "crowdfunded breweries"],
    "grocery": ["grocery retail", "discount grocers", "supermarket loyalty cards", "own-label ranges", "quick commerce", "food waste"],
    "mobility": ["car-sharing", "car clubs", "e-scooter hire", "ride-hailing", "electric vehicle subscriptions", "shared mobility"],
    "public health": ["public health campaigns", "smoking cessation", "NHS vaccination uptake", "healthy eating campaigns", "mental health campaigns", "social marketing"],
}  # fmt: skip
THEMES = ["trust", "brand loyalty", "customer experience", "word of mouth", "price perception", "brand communities", "co-creation",
          "perceived value", "customer engagement", "behaviour change", "switching intention", "brand authenticity", "fan identification",
          "service quality", "purchase intention", "digital touchpoints", "nudging", "relationship marketing", "sponsorship effectiveness",
          "customer satisfaction", "scarcity messaging", "social proof", "financial literacy", "student choice"]  # fmt: skip

TEXTBOOKS = ["Principles of marketing", "Marketing: an introduction", "Marketing communications: integrating online and offline, customer engagement and digital technologies",
             "Services marketing: people, technology, strategy", "Consumer behaviour: buying, having, and being", "Strategic marketing planning",
             "Strategic brand management", "Social marketing: changing behaviours for good", "Sport marketing", "Financial services marketing: an international guide to principles and practice",
             "Marketing in higher education", "Music marketing: press, promotion, distribution and retail", "Events management: an international approach",
             "Retail marketing management", "Digital marketing: strategy, implementation and practice", "Public relations: strategies and tactics",
             "Exploring public relations and management communication", "Marketing research: an applied approach", "The marketing of food and drink",
             "Sustainable marketing", "Marketing management", "Integrated marketing communications: a strategic approach", "Essentials of services marketing"]  # fmt: skip
EDITED = ["The Routledge handbook of {s}", "Contemporary issues in {s}", "{S}: a critical introduction", "Marketing {s}: theory and practice",
          "Cases in {s}", "Critical perspectives on {s}", "A research agenda for {s}"]  # fmt: skip
CHAPTERS = ["{T} in {s}", "Building {t} through social media", "{S} and the post-pandemic consumer", "Measuring {t}: a practitioner view",
            "Segmenting audiences for {s}", "Ethics, regulation and {s}", "{T} and the role of storytelling", "From awareness to advocacy: {t} in practice"]  # fmt: skip
ARTICLES = ["The effect of {t} on purchase intention in {s}", "{T} and {t2}: evidence from UK {s}", "Understanding {t} among young adults: a mixed-methods study of {s}",
            "Does {t} matter? A study of {s} in the United Kingdom", "Antecedents of {t} in {s}", "{T} as a driver of loyalty in {s}",
            "Rethinking {t} in {s}: a systematic literature review", "Why do consumers switch? {T} in {s}", "Exploring {t} in {s}: a netnographic study",
            "Social media, {t} and {s}", "The dark side of {t}: lessons from {s}"]  # fmt: skip
JOURNALS = ["Journal of Marketing Management", "European Journal of Marketing", "Journal of Financial Services Marketing", "International Journal of Bank Marketing",
            "Journal of Marketing for Higher Education", "Sport, Business and Management: An International Journal", "European Sport Management Quarterly",
            "Journal of Social Marketing", "Social Marketing Quarterly", "Health Education Journal", "British Food Journal", "Journal of Retailing and Consumer Services",
            "International Journal of Retail & Distribution Management", "Popular Music and Society", "Arts and the Market", "Event Management",
            "Transportation Research Part A: Policy and Practice", "Psychology & Marketing", "Journal of Consumer Behaviour", "International Journal of Advertising",
            "Journal of Advertising Research", "Journal of Strategic Marketing", "Journal of Services Marketing", "Public Relations Review"]  # fmt: skip
PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("SAGE", "London"), ("Kogan Page", "London"), ("Oxford University Press", "Oxford"),
              ("Palgrave Macmillan", "London"), ("Wiley", "Chichester"), ("Cengage Learning", "Andover"), ("McGraw-Hill Education", "Maidenhead"),
              ("Edward Elgar", "Cheltenham"), ("Goodfellow Publishers", "Oxford"), ("Bloomsbury Business", "London"), ("Emerald Publishing", "Bingley")]  # fmt: skip

# Organisations as authors, with what makes each hard: "&", an apostrophe, "plc"/"Ltd", an abbreviation, "The", a comma
COMPANIES = [("Aviva plc", "https://www.aviva.com/investors/"), ("Legal & General Group plc", "https://group.legalandgeneral.com/en/investors"),
             ("Admiral Group plc", "https://admiralgroup.co.uk/investors"), ("Direct Line Insurance Group plc", "https://www.directlinegroup.co.uk/en/investors.html"),
             ("Lloyds Banking Group plc", "https://www.lloydsbankinggroup.com/investors.html"), ("NatWest Group plc", "https://investors.natwestgroup.com/"),
             ("Nationwide Building Society", "https://www.nationwide.co.uk/about-us/investor-relations/"), ("Monzo Bank Ltd", "https://monzo.com/annual-report/"),
             ("Starling Bank Limited", "https://www.starlingbank.com/about/investors/"), ("Tesco PLC", "https://www.tescoplc.com/investors/"),
             ("J Sainsbury plc", "https://www.about.sainsburys.co.uk/investors"), ("Marks and Spencer Group plc", "https://corporate.marksandspencer.com/investors"),
             ("Ocado Group plc", "https://www.ocadogroup.com/investors/"), ("Manchester United plc", "https://ir.manutd.com/"),
             ("Celtic plc", "https://www.celticfc.com/investors/"), ("Live Nation Entertainment, Inc.", "https://investors.livenationentertainment.com/"),
             ("Deliveroo plc", "https://corporate.deliveroo.co.uk/investors/"), ("Fevertree Drinks plc", "https://fever-tree.com/en_GB/investors"),
             ("Hotel Chocolat Group plc", "https://www.hotelchocolat.com/uk/investors"), ("Naked Wines plc", "https://www.nakedwinesplc.co.uk/investors"),
             ("Oatly Group AB", "https://investors.oatly.com/"), ("Hargreaves Lansdown plc", "https://www.hl.co.uk/investor-relations"),
             ("Spotify Technology S.A.", "https://investors.spotify.com/"), ("Universal Music Group N.V.", "https://investors.universalmusic.com/")]  # fmt: skip
BODIES = ["Chartered Institute of Public Relations (CIPR)", "Chartered Institute of Public Relations", "Institute of Practitioners in Advertising (IPA)",
          "IPA", "WARC", "Chartered Institute of Marketing", "The Chartered Institute of Marketing (CIM)", "Association of British Insurers (ABI)",
          "British Insurance Brokers' Association", "UK Finance", "The Investing and Saving Alliance", "British Phonographic Industry (BPI)",
          "UK Music", "Music Venue Trust", "Society of Ticket Agents and Retailers (STAR)", "The Football Association", "The Premier League",
          "The Football Supporters' Association", "Kick It Out", "Food and Drink Federation", "British Retail Consortium", "Institute of Grocery Distribution (IGD)",
          "CoMoUK", "RAC Foundation", "The King's Fund", "Royal Society for Public Health", "Cancer Research UK", "Mind", "Universities UK",
          "Universities and Colleges Admissions Service (UCAS)", "UCAS", "Which?", "Citizens Advice", "Money and Pensions Service", "Ben & Jerry's",
          "Pip & Nut", "Tony's Chocolonely", "BrewDog", "Gousto", "Zipcar UK", "Enterprise Car Club", "Brentford FC", "Lewes FC", "Wrexham AFC",
          "DICE FM Ltd", "Ticketmaster UK", "See Tickets", "Sainsbury's", "Aldi UK", "Lidl GB", "Co-op", "Iceland Foods Ltd", "Morrisons", "Monzo"]  # fmt: skip
GOVERNMENT = [("Financial Conduct Authority", "https://www.fca.org.uk/publications/"), ("Financial Conduct Authority (FCA)", "https://www.fca.org.uk/publications/"),
              ("Competition and Markets Authority", "https://www.gov.uk/cma-cases/"), ("Advertising Standards Authority", "https://www.asa.org.uk/codes-and-rulings/"),
              ("Committee of Advertising Practice", "https://www.asa.org.uk/advice-online/"), ("Ofcom", "https://www.ofcom.org.uk/research-and-data/"),
              ("Gambling Commission", "https://www.gamblingcommission.gov.uk/statistics-and-research/"), ("Office for Students", "https://www.officeforstudents.org.uk/publications/"),
              ("Office for Students (OfS)", "https://www.officeforstudents.org.uk/publications/"), ("Department of Health and Social Care", "https://www.gov.uk/government/publications/"),
              ("Department for Transport", "https://www.gov.uk/government/statistics/"), ("Department for Education", "https://www.gov.uk/government/publications/"),
              ("UK Health Security Agency", "https://www.gov.uk/government/publications/"), ("Office for Health Improvement and Disparities", "https://www.gov.uk/government/publications/"),
              ("NHS England", "https://www.england.nhs.uk/publication/"), ("Public Health England", "https://www.gov.uk/government/publications/"),
              ("Food Standards Agency", "https://www.food.gov.uk/research/"), ("HM Treasury", "https://www.gov.uk/government/publications/"),
              ("Office for National Statistics", "https://www.ons.gov.uk/"), ("Office for National Statistics (ONS)", "https://www.ons.gov.uk/"),
              ("Higher Education Statistics Agency (HESA)", "https://www.hesa.ac.uk/data-and-analysis/"), ("Transport for London (TfL)", "https://tfl.gov.uk/corporate/publications-and-reports/"),
              ("Scottish Government", "https://www.gov.scot/publications/"), ("Welsh Government", "https://www.gov.wales/"),
              ("Department for Culture, Media and Sport", "https://www.gov.uk/government/publications/"), ("Financial Ombudsman Service", "https://www.financial-ombudsman.org.uk/data-insight/")]  # fmt: skip
GOV_TITLES = ["{S}: policy statement", "Consultation on {s}", "{S}: evidence review", "Guidance for firms on {t}", "{S} market study: final report",
              "Annual report on {s}", "{S}: statistical release", "Consumer research on {t} in {s}", "Campaign evaluation: {s}", "{S}: findings from the {Y} survey"]  # fmt: skip
RULINGS = ["Hastings Insurance Services Ltd t/a Hastings Direct", "Monzo Bank Ltd", "Deliveroo UK Ltd", "Ticketmaster UK Ltd", "University of West London",
           "Coventry University", "BrewDog plc", "Tesco Stores Ltd", "Zipcar (UK) Ltd", "Compare The Market Ltd", "Oatly UK Ltd", "Heineken UK Ltd",
           "Admiral Insurance (Gibraltar) Ltd", "Lidl Great Britain Ltd", "Uber London Ltd", "Huel Ltd"]  # fmt: skip
ACTS = [("Consumer Rights Act 2015", 2015, "c. 15"), ("Financial Services and Markets Act 2023", 2023, "c. 29"), ("Online Safety Act 2023", 2023, "c. 50"),
        ("Digital Markets, Competition and Consumers Act 2024", 2024, "c. 13"), ("Data Protection Act 2018", 2018, "c. 12"), ("Equality Act 2010", 2010, "c. 15"),
        ("Higher Education and Research Act 2017", 2017, "c. 29"), ("Health and Care Act 2022", 2022, "c. 31"), ("Automated Vehicles Act 2024", 2024, "c. 10")]  # fmt: skip

RESEARCH = [("Mintel", "https://store.mintel.com/", ["{S} - UK - {m} {Y}", "Attitudes towards {s} - UK - {Y}", "{S}: inc impact of the cost-of-living crisis - UK - {Y}"]),
            ("Kantar", "https://www.kantar.com/uki/inspiration/", ["Grocery market share: 12 weeks ending {d} {m} {Y}", "BrandZ most valuable UK brands {Y}", "Who cares? Who does? {Y}"]),
            ("YouGov", "https://business.yougov.com/content/", ["What do Britons think about {s}?", "{S}: consumer tracker {Y}", "The YouGov BrandIndex rankings {Y}"]),
            ("Statista", "https://www.statista.com/statistics/", ["Number of users of {s} in the United Kingdom (UK) from 2018 to {Y}", "Market size of {s} in the UK {Y}"]),
            ("GWI", "https://www.gwi.com/reports/", ["Gen Z and {s}: audience report", "The {s} report {Y}"]),
            ("IBISWorld", "https://www.ibisworld.com/united-kingdom/market-research-reports/", ["{S} in the UK - market research report", "{S} in the UK: industry statistics {Y}"]),
            ("Deloitte", "https://www2.deloitte.com/uk/en/pages/sports-business-group/", ["Annual review of football finance {Y}", "Football money league {Y}"]),
            ("Euromonitor International", "https://www.euromonitor.com/", ["{S} in the United Kingdom", "Top 10 global consumer trends {Y}"]),
            ("NielsenIQ", "https://nielseniq.com/global/en/insights/", ["UK total till: {m} {Y}", "Shopper trends report {Y}"]),
            ("McKinsey & Company", "https://www.mckinsey.com/uk/our-insights/", ["The state of {s} {Y}", "What consumers want from {s}"])]  # fmt: skip
BODY_REPORTS = [("Chartered Institute of Public Relations (CIPR)", ["State of the profession {Y}", "CIPR guide to {t}"]),
                ("Institute of Practitioners in Advertising (IPA)", ["IPA Bellwether report: Q{d} {Y}", "The long and the short of it: {s}"]), ("IPA", ["IPA Bellwether report: Q{d} {Y}", "Effectiveness in {s}"]),
                ("WARC", ["Marketer's toolkit {Y}", "The anatomy of effectiveness: {s}"]), ("UK Music", ["This is music {Y}", "Music by numbers {Y}"]),
                ("British Phonographic Industry (BPI)", ["All about the music {Y}", "Fans, streams and {s}"]), ("Institute of Grocery Distribution (IGD)", ["UK grocery market forecast {Y}", "Viewpoint: {s}"]),
                ("CoMoUK", ["Annual car club survey {Y}", "Shared mobility and {t}"]), ("Universities UK", ["The future of {s}", "International student recruitment: the evidence"]),
                ("UK Finance", ["{S}: annual fraud report {Y}", "Household finance review: Q{d} {Y}"]), ("Food and Drink Federation", ["State of the industry {Y}", "{S}: the evidence"])]  # fmt: skip
COMPANY_TITLES = ["Annual report and accounts {Y}", "Annual report and financial statements {Y}", "Sustainability report {Y}", "Preliminary results for the year ended 31 December {Y}",
                  "Half-year results {Y}", "Capital markets day presentation", "Strategic report {Y}", "ESG data supplement {Y}"]  # fmt: skip

NEWS = [("BBC News", "https://www.bbc.co.uk/news/"), ("The Guardian", "https://www.theguardian.com/"), ("Financial Times", "https://www.ft.com/content/"),
        ("The Times", "https://www.thetimes.co.uk/article/"), ("The Telegraph", "https://www.telegraph.co.uk/"), ("The Independent", "https://www.independent.co.uk/"),
        ("Manchester Evening News", "https://www.manchestereveningnews.co.uk/news/"), ("The Scotsman", "https://www.scotsman.com/"), ("Sky News", "https://news.sky.com/story/"),
        ("Evening Standard", "https://www.standard.co.uk/"), ("Liverpool Echo", "https://www.liverpoolecho.co.uk/")]  # fmt: skip
TRADE = [("Marketing Week", "https://www.marketingweek.com/"), ("Campaign", "https://www.campaignlive.co.uk/article/"), ("The Drum", "https://www.thedrum.com/news/"),
         ("PRWeek", "https://www.prweek.com/article/"), ("The Grocer", "https://www.thegrocer.co.uk/"), ("Music Week", "https://www.musicweek.com/"),
         ("Music Business Worldwide", "https://www.musicbusinessworldwide.com/"), ("Access All Areas", "https://accessaa.co.uk/"), ("Insurance Times", "https://www.insurancetimes.co.uk/"),
         ("Insurance Post", "https://www.postonline.co.uk/"), ("Times Higher Education", "https://www.timeshighereducation.com/news/"), ("SportsPro", "https://www.sportspromedia.com/"),
         ("Retail Gazette", "https://www.retailgazette.co.uk/blog/"), ("Just Drinks", "https://www.just-drinks.com/news/"), ("Fleet News", "https://www.fleetnews.co.uk/news/"),
         ("Influence", "https://influenceonline.co.uk/"), ("WARC", "https://www.warc.com/newsandopinion/news/")]  # fmt: skip
HEADLINES = ["{B} launches first brand campaign in five years", "Why {B} is betting on {s}", "{B} criticised over {t} claims", "How {B} turned {s} into growth",
             "{B} to cut prices as {s} heats up", "Inside {B}'s plan to win over Gen Z", "{B} names new chief marketing officer", "{S}: the brands getting it right",
             "ASA bans {B} ad for misleading claims", "{B} sales rise despite cost-of-living squeeze", "What {s} can learn from football clubs"]  # fmt: skip
BRANDS = ["Monzo", "Aviva", "Admiral", "Direct Line", "Nationwide", "Hastings Direct", "Starling", "Compare the Market", "UCAS", "the University of Salford",
          "Spotify", "Ticketmaster", "DICE", "Live Nation", "Glastonbury", "Brentford", "Wrexham", "Arsenal", "Gousto", "Oatly", "BrewDog", "Pip & Nut",
          "Tony's Chocolonely", "Tesco", "Aldi", "Lidl", "Iceland", "Co-op", "Zipcar", "Uber", "Lime", "the NHS", "Better Health"]  # fmt: skip

PODCASTS = ["The Marketing Meetup", "Marketing Week Uncut", "Unofficial Partner", "The Ticketing Hour", "The Drum Network podcast", "Behind the Brand",
            "The CIPR Podcast", "WARC Podcast", "Wonkhe Show", "The Grocer Podcast", "Fintech Insider"]  # fmt: skip
EPISODES = ["How {B} built a fanbase", "Episode {q}: {s} after the pandemic", "{T} with {B}'s marketing director", "Why marketing matters for {s}",
            "Inside {s}: a conversation with {B}", "The truth about {t}"]  # fmt: skip
CHANNELS = ["CIPR", "IPA", "Chartered Institute of Marketing", "NHS", "Wonkhe", "TEDx Talks", "Brentford FC", "BBC Ideas", "Think with Google",
            "The Drum", "WARC", "Which?"]  # fmt: skip
VIDEOS = ["{B}: the story behind the campaign", "{T} explained", "Case study: {B} and {s}", "IPA Effectiveness Awards: {B}", "How {s} really works",
          "Webinar: {t} for small brands"]  # fmt: skip
PLATFORMS = ["LinkedIn", "Instagram", "TikTok", "X (formerly Twitter)", "Facebook", "Threads"]  # fmt: skip
POSTS = ["We've listened: {t} starts today", "Proud to announce our new partnership with {B}", "Our {Y} impact report is here", "{n} people switched this month. Thank you!",
         "Big news for {s}", "Ticket update: please read before you buy", "New season, new kit"]  # fmt: skip
BLOGS = [("Wonkhe", "Wonkhe blog"), ("Smart Insights", "Smart Insights blog"), ("HubSpot", "HubSpot Marketing Blog"), ("Mailchimp", "Mailchimp Resources"),
         ("Gousto", "Gousto blog"), ("Monzo", "Monzo blog"), ("CoMoUK", "CoMoUK news"), ("The King's Fund", "The King's Fund blog"), ("Hootsuite", "Hootsuite blog")]  # fmt: skip
MODULES = [("MKT4001", "Principles of marketing"), ("BUS5012", "Digital marketing"), ("MK6003", "Marketing strategy"), ("DA501", "Marketing management (degree apprenticeship)"),
           ("MKT5203", "Consumer behaviour"), ("CIM L6", "Marketing and digital strategy")]  # fmt: skip
UNIS = ["University of Salford", "Manchester Metropolitan University", "Anglia Ruskin University", "University of Greenwich", "Leeds Beckett University",
        "Ulster University", "Edinburgh Napier University", "University of Gloucestershire", "Nottingham Trent University", "University of South Wales"]  # fmt: skip
CONFERENCES = [("Academy of Marketing Conference", "Cardiff"), ("Academy of Marketing Conference", "Lincoln"), ("European Marketing Academy Conference", "Madrid"),
               ("World Social Marketing Conference", "Belfast"), ("Sport Marketing Association Conference", "Loughborough")]  # fmt: skip
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]  # fmt: skip


class Blind12WorkFactory(WorkFactory):
    """The blind12 pool's works, drawn from its own seeded random source and its own lists."""

    KINDS: ClassVar[dict[str, float]] = {
        "book": 14, "chapter": 6, "journal": 20, "web": 9, "report": 6, "company-report": 6, "government": 7, "ruling": 2,
        "legislation": 2, "news": 6, "trade-press": 7, "podcast": 2.5, "video": 2.5, "social": 2.5, "blog": 3, "lecture": 1.5,
        "conference": 1.5, "press-release": 2,
    }  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 16000)  # the pool's own stream, apart from the base factory's
        self.published: list[
            tuple[str, set[str], dict[str, Any], str]
        ] = []  # organisations already used, for 2023a/2023b

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.1:
            particle, family, given = self.rng.choice(PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        givens, families = PEOPLE[self.rng.choice(list(PEOPLE))]
        name = {"family": self.rng.choice(families), "given": self.rng.choice(givens)}
        if roll > 0.95:
            name["family"] = self.rng.choice(DOUBLE_BARRELLED)
        return name

    def people(self, most: int) -> list[dict[str, str]]:
        weights = [34, 26, 16, 9, 6, 4, 3, 2][:most]
        return [self.person() for _ in range(self.rng.choices(range(1, most + 1), weights=weights)[0])]

    # ------------------------------------------------------------------ dates and words
    def year(self) -> int:
        if self.rng.random() < 0.05:  # the older work a lecturer still recommends
            return self.rng.randint(1983, 2005)
        return self.rng.randint(2010, 2025)

    def dated(self, detail: bool = False) -> dict[str, Any]:
        year = self.year() if not detail else self.rng.randint(2016, 2025)
        if detail:
            return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        return {"date-parts": [[year]]}

    def access(self, issued: dict[str, Any] | None) -> dict[str, Any]:
        """A day the page was read: after it was published, in the years these students write."""
        first = issued["date-parts"][0] if issued else [2023]
        year = self.rng.randint(max(first[0], 2023), 2025)
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if year == first[0] and len(first) > 1:
            month = self.rng.randint(first[1], 12)
            day = self.rng.randint(first[2] if month == first[1] else 1, 28)
        return {"date-parts": [[year, month, day]]}

    def words(self, pattern: str, sector: str | None = None, year: int | None = None) -> str:
        sector = sector or self.rng.choice(list(SECTORS))
        subject = self.rng.choice(SECTORS[sector])
        theme, other = self.rng.sample(THEMES, 2)
        values = {"s": subject, "S": subject[0].upper() + subject[1:], "t": theme, "T": theme[0].upper() + theme[1:], "t2": other,
                  "B": self.rng.choice(BRANDS), "Y": str(year or self.rng.randint(2018, 2025)), "m": self.rng.choice(MONTHS),
                  "d": str(self.rng.randint(1, 28)), "q": str(self.rng.randint(1, 140)), "n": f"{self.rng.randint(2, 90)},{self.rng.randint(100, 999)}"}  # fmt: skip
        text = pattern
        for key, value in values.items():
            text = text.replace("{" + key + "}", value)
        return text[0].upper() + text[1:]

    def slug(self, text: str) -> str:
        return "-".join("".join(ch for ch in word.lower() if ch.isalnum()) for word in text.split()[:7]).strip("-")

    # ------------------------------------------------------------------ finishing a record
    def person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then an organisation already in the report publishes again in the same year ("UCAS, 2023a/b").
        # Only a work of the same kind is paired, so the title and publisher still fit the author.
        earlier = [(n, t, i) for n, t, i, k in self.published if k == kind]
        if earlier and "issued" in record and kind != "legislation" and self.rng.random() < 0.15:
            name, tags, issued = self.rng.choice(earlier)
            record["issued"] = {
                "date-parts": [list(issued["date-parts"][0][:1]) + list(record["issued"]["date-parts"][0][1:])]
            }
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
            if "accessed" in record:
                record["accessed"] = self.access(record["issued"])
        if "issued" in record:
            self.published.append((name, tags, record["issued"], kind))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def online(self, record: dict[str, Any], url: str, forget: float = 0.07) -> None:
        """A URL and, unless the student forgot it, the day it was read."""
        record["URL"] = url
        if self.rng.random() >= forget:
            record["accessed"] = self.access(record.get("issued"))

    def org_tags(self, name: str) -> set[str]:
        tags = set()
        if "&" in name:
            tags.add("ampersand")
        if "'" in name:
            tags.add("apostrophe")
        if name.endswith(")"):
            tags.add("abbreviation")
        if name.startswith("The "):
            tags.add("the")
        if name.split()[-1] in ("plc", "PLC", "Ltd", "Limited", "Inc.", "AB", "S.A.", "N.V."):
            tags.add("company-suffix")
        if "," in name:
            tags.add("comma")
        return tags

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        if kind is None:
            kind = self.rng.choices(list(self.KINDS), weights=list(self.KINDS.values()))[0]
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        return work

    def _book(self) -> Work:
        publisher, place = self.rng.choice(PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self.rng.choice(TEXTBOOKS), "author": self.people(4), "issued": self.dated(),
                                  "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.45:
            record["edition"] = str(self.rng.randint(2, 19))
        if self.rng.random() < 0.12:  # read as an e-book on the library's platform
            record["medium"] = "Kindle"
        return self.person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(PUBLISHERS)
        sector = self.rng.choice(list(SECTORS))
        start = self.rng.randint(1, 380)
        record: dict[str, Any] = {"type": "chapter", "title": self.words(self.rng.choice(CHAPTERS), sector), "author": self.people(3),
                                  "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
                                  "container-title": self.words(self.rng.choice(EDITED), sector), "issued": self.dated(),
                                  "publisher": publisher, "publisher-place": place, "page": f"{start}-{start + self.rng.randint(12, 30)}"}  # fmt: skip
        if self.rng.random() < 0.2:
            record["edition"] = str(self.rng.randint(2, 4))
        return self.person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 1400)
        record: dict[str, Any] = {"type": "article-journal", "title": self.words(self.rng.choice(ARTICLES)), "author": self.people(8),
                                  "container-title": self.rng.choice(JOURNALS), "issued": self.dated(), "volume": str(self.rng.randint(3, 62)),
                                  "issue": str(self.rng.randint(1, 12)), "page": f"{start}-{start + self.rng.randint(10, 28)}"}  # fmt: skip
        roll = self.rng.random()
        if roll < 0.5:
            record["DOI"] = (
                f"10.{self.rng.choice(['1080', '1108', '1016', '1177', '1002'])}/{self.rng.choice(['JFSM', 'ijbm', 'jmhe', 'sbm', 'EJM'])}.{self.rng.randint(2010, 2025)}.{self.rng.randint(10000, 99999)}"
            )
        elif roll < 0.6:  # read through a database link rather than a DOI
            self.online(
                record,
                f"https://www.emerald.com/insight/content/doi/{self.rng.randint(100000, 999999)}/full/html",
                forget=0.1,
            )
        return self.person_work(record, "journal")

    def _web(self) -> Work:
        sector = self.rng.choice(list(SECTORS))
        title = self.words(self.rng.choice(["What is {s}?", "A guide to {s}", "{S}: key facts", "How {t} works in {s}", "{S} explained", "Our approach to {t}",
                                            "Ten tips for {s}", "{S}: frequently asked questions"]), sector)  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": title}
        if self.rng.random() < 0.8:
            record["issued"] = self.dated(detail=self.rng.random() < 0.3)
        if self.rng.random() < 0.35:
            record["author"] = self.people(2)
            self.online(
                record,
                f"https://www.{self.rng.choice(['moneysavingexpert.com/', 'thecompleteuniversityguide.co.uk/', 'smartinsights.com/', 'footballbenchmark.com/', 'foodnavigator.com/'])}{self.slug(title)}",
                forget=0.1,
            )
            return self.person_work(record, "web")
        name = self.rng.choice(BODIES)
        record["container-title"] = name.split(" (")[0]
        self.online(
            record, f"https://www.{self.slug(name).replace('-', '')[:18]}.org.uk/{self.slug(title)}", forget=0.05
        )
        return self.org_work(record, "web", name, self.org_tags(name))

    def _report(self) -> Work:
        """Market research, consultancies' and trade bodies' reports."""
        if self.rng.random() < 0.7:
            name, url, titles = self.rng.choice(RESEARCH)
            pattern = self.rng.choice(titles)
            tags = {"market-research"}
        else:
            name, patterns = self.rng.choice(BODY_REPORTS)
            url = f"https://www.{self.slug(name).replace('-', '')[:14]}.co.uk/reports/"
            pattern = self.rng.choice(patterns)
            tags = {"trade-body"}
        title = self.words(pattern)
        record: dict[str, Any] = {
            "type": "report",
            "title": title,
            "publisher": name.split(" (")[0],
            "publisher-place": "London",
        }
        if self.rng.random() < 0.9:
            record["issued"] = self.dated()
            # a dated report's title carries its own year or the next one ("Marketer's toolkit 2024", 2023)
            record["title"] = self.words(
                pattern, year=record["issued"]["date-parts"][0][0] + self.rng.choice([0, 0, 1])
            )
        if self.rng.random() < 0.85:
            self.online(record, url + self.slug(record["title"]), forget=0.07)
        return self.org_work(record, "report", name, tags | self.org_tags(name))

    def _company_report(self) -> Work:
        name, url = self.rng.choice(COMPANIES)
        issued = {"date-parts": [[self.rng.randint(2016, 2025)]]}
        # the accounts of a year are published in the next one ("Annual report and accounts 2023", 2024)
        title = self.rng.choice(COMPANY_TITLES).replace(
            "{Y}", str(issued["date-parts"][0][0] - self.rng.choice([0, 1]))
        )
        record: dict[str, Any] = {"type": "report", "title": self.words(title), "publisher": name, "issued": issued}
        self.online(record, url, forget=0.05)
        return self.org_work(record, "company-report", name, {"company"} | self.org_tags(name))

    def _government(self) -> Work:
        name, url = self.rng.choice(GOVERNMENT)
        title = self.words(self.rng.choice(GOV_TITLES))
        record: dict[str, Any] = {"type": self.rng.choice(["report", "report", "webpage"]), "title": title}
        if self.rng.random() < 0.93:
            record["issued"] = self.dated(detail=record["type"] == "webpage")
        if record["type"] == "report" and self.rng.random() < 0.3:
            record["number"] = (
                f"{self.rng.choice(['PS', 'CP', 'MS', 'FG'])}{self.rng.randint(19, 25)}/{self.rng.randint(1, 20)}"
            )
        self.online(record, url + self.slug(title), forget=0.05)
        return self.org_work(record, "government", name, {"government"} | self.org_tags(name))

    def _ruling(self) -> Work:
        company = self.rng.choice(RULINGS)
        record: dict[str, Any] = {
            "type": "webpage",
            "title": f"ASA Ruling on {company}",
            "issued": self.dated(detail=True),
        }
        self.online(
            record,
            f"https://www.asa.org.uk/rulings/{self.slug(company)}-a{self.rng.randint(19, 25)}-{self.rng.randint(100000, 999999)}.html",
            forget=0.07,
        )
        name = self.rng.choice(["Advertising Standards Authority", "Advertising Standards Authority (ASA)", "ASA"])
        return self.org_work(record, "ruling", name, {"regulator"} | self.org_tags(name))

    def _legislation(self) -> Work:
        # Read as "Great Britain" with the Act as the title, as many UK library guides teach: citeproc-py would
        # otherwise cite an Act as "(Consumer Rights Act 2015, 2015)", which no one writes.
        act, year, chapter = self.rng.choice(ACTS)
        record: dict[str, Any] = {
            "type": "legislation",
            "title": f"{act}, {chapter}",
            "issued": {"date-parts": [[year]]},
        }
        if self.rng.random() < 0.7:
            self.online(
                record, f"https://www.legislation.gov.uk/ukpga/{year}/{chapter.split()[-1]}/contents", forget=0.07
            )
        else:
            record["publisher"], record["publisher-place"] = "The Stationery Office", "London"
        return self.org_work(record, "legislation", "Great Britain", {"legislation"})

    def _news(self) -> Work:
        paper, url = self.rng.choice(NEWS)
        title = self.words(self.rng.choice(HEADLINES))
        record: dict[str, Any] = {
            "type": "article-newspaper",
            "title": title,
            "container-title": paper,
            "issued": self.dated(detail=True),
        }
        if self.rng.random() < 0.93:
            self.online(record, url + self.slug(title), forget=0.07)
        if self.rng.random() < 0.75:
            record["author"] = self.people(3)
            return self.person_work(record, "news")
        return self.org_work(record, "news", paper, {"press"} | self.org_tags(paper))

    def _trade_press(self) -> Work:
        title_name, url = self.rng.choice(TRADE)
        title = self.words(self.rng.choice(HEADLINES))
        record: dict[str, Any] = {
            "type": "article-magazine",
            "title": title,
            "container-title": title_name,
            "issued": self.dated(detail=True),
        }
        self.online(record, url + self.slug(title), forget=0.05)
        if self.rng.random() < 0.8:
            record["author"] = self.people(2)
            return self.person_work(record, "trade-press")
        return self.org_work(record, "trade-press", title_name, {"press"})

    def _podcast(self) -> Work:
        series = self.rng.choice(PODCASTS)
        record: dict[str, Any] = {"type": "broadcast", "title": self.words(self.rng.choice(EPISODES)), "container-title": f"{series} [Podcast]",
                                  "issued": self.dated(detail=True)}  # fmt: skip
        self.online(
            record,
            f"https://podcasts.apple.com/gb/podcast/{self.slug(series)}/id{self.rng.randint(1000000, 9999999)}",
            forget=0.1,
        )
        if self.rng.random() < 0.7:
            record["author"] = self.people(2)
            return self.person_work(record, "podcast")
        return self.org_work(record, "podcast", series, {"podcast"})

    def _video(self) -> Work:
        record: dict[str, Any] = {
            "type": "motion_picture",
            "title": self.words(self.rng.choice(VIDEOS)),
            "medium": "Video",
            "issued": self.dated(detail=True),
        }
        self.online(
            record,
            f"https://www.youtube.com/watch?v={''.join(self.rng.choices('abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_', k=11))}",
            forget=0.05,
        )
        if self.rng.random() < 0.3:
            record["author"] = self.people(1)
            return self.person_work(record, "video")
        name = self.rng.choice(CHANNELS)
        return self.org_work(record, "video", name, {"channel"} | self.org_tags(name))

    def _social(self) -> Work:
        platform = self.rng.choice(PLATFORMS)
        record: dict[str, Any] = {
            "type": "post",
            "title": self.words(self.rng.choice(POSTS)),
            "container-title": platform,
            "issued": self.dated(detail=True),
        }
        self.online(
            record,
            f"https://www.{platform.split()[0].lower()}.com/{self.rng.choice(['p', 'posts', 'status'])}/{self.rng.randint(10**8, 10**9)}",
            forget=0.07,
        )
        if self.rng.random() < 0.35:  # a founder's or a marketing director's own post
            record["author"] = self.people(1)
            return self.person_work(record, "social")
        name = self.rng.choice([*BODIES[-22:], "UCAS", "NHS England", "Which?"])
        return self.org_work(record, "social", name, {"social"} | self.org_tags(name))

    def _blog(self) -> Work:
        name, blog = self.rng.choice(BLOGS)
        title = self.words(
            self.rng.choice(
                [
                    "Why {t} matters for {s}",
                    "{S}: what we learned this year",
                    "Five lessons on {t}",
                    "The future of {s}",
                    "{T}: a beginner's guide",
                ]
            )
        )
        record: dict[str, Any] = {"type": "post-weblog", "title": title, "container-title": blog}
        if self.rng.random() < 0.85:
            record["issued"] = self.dated(detail=True)
        self.online(record, f"https://www.{self.slug(name).replace('-', '')}.com/blog/{self.slug(title)}", forget=0.1)
        if self.rng.random() < 0.6:
            record["author"] = self.people(2)
            return self.person_work(record, "blog")
        return self.org_work(record, "blog", name, self.org_tags(name))

    def _lecture(self) -> Work:
        code, module = self.rng.choice(MODULES)
        record: dict[str, Any] = {"type": "speech", "title": self.words(f"Week {self.rng.randint(1, 12)}: {{s}} and {{t}}"), "author": self.people(1),
                                  "event": f"{code}: {module}", "publisher": self.rng.choice(UNIS), "issued": self.dated(detail=True)}  # fmt: skip
        if self.rng.random() < 0.5:
            record["genre"] = "PowerPoint presentation"
        return self.person_work(record, "lecture")

    def _conference(self) -> Work:
        conference, place = self.rng.choice(CONFERENCES)
        issued = self.dated()
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {"type": "paper-conference", "title": self.words(self.rng.choice(ARTICLES)), "author": self.people(4),
                                  "container-title": f"Proceedings of the {conference} {issued['date-parts'][0][0]}", "publisher-place": place,
                                  "issued": issued, "page": f"{start}-{start + self.rng.randint(6, 14)}"}  # fmt: skip
        return self.person_work(record, "conference")

    def _press_release(self) -> Work:
        name = self.rng.choice([*BODIES[-26:], *(c for c, _ in COMPANIES[:8])])
        title = self.words(self.rng.choice(["{B} and {s}: new partnership announced", "Record year for {s}", "Statement on {t}", "{B} welcomes new guidance on {s}",
                                            "New research reveals the state of {s}"]))  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": title, "genre": "Press release"}
        if self.rng.random() < 0.9:
            record["issued"] = self.dated(detail=True)
        self.online(
            record, f"https://www.{self.slug(name).replace('-', '')[:16]}.co.uk/press/{self.slug(title)}", forget=0.07
        )
        return self.org_work(record, "press-release", name, {"press-release"} | self.org_tags(name))
