"""Works for the hundred-and-sixty-fourth independent pool, "blind164" (HELD OUT): what marketers in the
English-speaking Caribbean and its diaspora cite in CIM Level 6 and 7 reports and MBA assignments.

Trinidad and Tobago, Barbados, Jamaica, Guyana, the Bahamas and St Lucia, and Toronto, New York, Miami, London and
Birmingham: textbooks (some in later editions, some e-books), chapters in edited books, Caribbean and international
journals with one to eight authors (some with a DOI), theses from the UWI (St. Augustine, Cave Hill, Mona), the
Arthur Lok Jack Global School of Business, UTech and the University of Guyana, conference papers, banks, credit
unions, telecoms, conglomerates, rum and beer makers, airlines and tourism boards as authors (Limited, Ltd., Inc.,
SRL), trade bodies, central banks, regulators and statistical offices (the Central Bank of Trinidad and Tobago with
two works of 2019 now and then), Acts as the region numbers them ("Data Protection Act, 2011 (Act No. 13 of 2011)",
Chap. and Cap. numbers) with a government as author, research firms with a year in their titles, the Caribbean and
diaspora press signed and unsigned, social posts, podcasts, videos and undated pages; Creole, Patois, Kwéyòl and
Hindi-Bhojpuri words in titles with English in square brackets. Names: Afro-Caribbean with British, Scottish and
Irish surnames, Indo-Caribbean (Maharaj, Persad, Ramdass, Mohammed, Ali), Chinese-Caribbean (Lee Lum, Ho Sing,
Fung-Kee-Fung), Syrian-Lebanese (Sabga, Aboud, Hadeed), Portuguese (De Freitas, Gonçalves), French Creole (de
Verteuil, St. Hill, Jn Baptiste), "Mc Intosh" with its space, double-barrelled names and expatriate colleagues.
Written without reading the checker, its tests or any other pool.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# ---------------------------------------------------------------------- people
_GIVEN_AFRO = ["Keisha", "Shervon", "Kerry-Ann", "Marlon", "Dwayne", "Nicole", "Andre", "Tricia", "Kareem", "Shelly-Ann",
               "Roxanne", "Jerome", "Camille", "Kwame", "Nkosi", "Akilah", "Desmond", "Beverley", "Winston", "Sharon",
               "Carlyle", "Renée", "Latoya", "Oneil", "Tamika", "Garfield", "Simone", "Delroy", "Ayanna", "Jabari"]  # fmt: skip
_FAMILY_AFRO = ["Williams", "Joseph", "Charles", "Alexander", "Baptiste", "Phillip", "Roberts", "Francis", "Peters",
                "Cummings", "Forde", "Greenidge", "Worrell", "Gittens", "Blackman", "Holder", "Headley", "Campbell",
                "Bailey", "Grant", "Morgan", "Clarke", "Braithwaite", "Hinds", "Nurse", "Springer", "Cumberbatch",
                "Lashley", "Skeete", "Yearwood", "Jemmott", "Boyce", "McKenzie", "Cameron", "Ferguson", "Gordon",
                "Douglas", "Fraser", "O'Connor", "Sealy", "Bogle", "Powell", "Henry", "Ottley", "Warner", "Bynoe",
                "Lewis", "Gayle", "Walcott", "Lovelace", "Armstrong", "Maloney", "McFarlane", "O'Neil", "Rolle",
                "Knowles", "Pinder", "Cartwright", "Ferguson", "Bethel"]  # fmt: skip
_GIVEN_INDO = ["Kamla", "Vishnu", "Ravindra", "Sharda", "Indira", "Anand", "Rajiv", "Nadira", "Shaheed", "Aneesa",
               "Krishna", "Devika", "Premchand", "Savitri", "Rishi", "Nalini", "Suresh", "Farida", "Imran", "Reshma",
               "Ashmeed", "Vidya", "Navin", "Shalini", "Bharat", "Rukhsana", "Deoraj", "Chandra", "Zaheer", "Anjani"]  # fmt: skip
_FAMILY_INDO = ["Maharaj", "Ramdass", "Persad", "Persaud", "Ali", "Mohammed", "Singh", "Rampersad", "Ramkissoon",
                "Ramsaran", "Boodoo", "Sookdeo", "Seepersad", "Mahabir", "Ramlogan", "Bissessar", "Jagdeo", "Rambarran",
                "Baksh", "Khan", "Hosein", "Beharry", "Dookeran", "Deosaran", "Harripersad", "Lutchman", "Sankar",
                "Kissoon", "Teelucksingh", "Jaggernauth", "Sirju", "Ramnarine", "Balgobin", "Narine", "Ramroop",
                "Maraj", "Samaroo", "Gosine"]  # fmt: skip
_CHINESE = [("Lee Lum", "Karen"), ("Ho Sing", "Richard"), ("Chen", "Lisa"), ("Achong", "Marcia"), ("Chin", "Gregory"),
            ("Fung-Kee-Fung", "Ann-Marie"), ("Ho-A-Shoo", "Paul"), ("Lee Kam", "Stephanie"), ("Chang", "Wendy"),
            ("Assing", "Trevor"), ("Chin Aleong", "Jacqueline"), ("Wong Chong", "Patrick"), ("Kong", "Alison"),
            ("Low-A-Chee", "Ian"), ("Lee Chee", "Sheldon")]  # fmt: skip
_LEVANT = [("Sabga", "Nicholas"), ("Aboud", "Gerald"), ("Hadeed", "Rhonda"), ("Habib", "Joseph"), ("Matouk", "Michelle"),
           ("Elias", "Anthony"), ("Issa", "Nadia"), ("Mansour", "Christopher"), ("Shoucair", "Layla"), ("Zakour", "Rania"),
           ("Sabga-Aboud", "Natalie"), ("Hadad", "Elias")]  # fmt: skip
_PORTUGUESE = [("De Freitas", "Christine"), ("Gomes", "Raymond"), ("Fernandes", "Brian"), ("Gonçalves", "Teresa"),
               ("D'Andrade", "Peter"), ("Rodrigues", "Leslie"), ("de Caires", "Michael"), ("Da Silva", "Joanne"),
               ("Ferreira", "Mark"), ("D'Aguilar", "Sean"), ("D'Ornellas", "Helen")]  # fmt: skip
_FRENCH = [("St. Hill", "Keisha"), ("St Rose", "Marcia"), ("Jn Baptiste", "Marc"), ("Jn Pierre", "Lucinda"),
           ("Théodore", "Anselm"), ("Frédérick", "Jovanna"), ("Mondésir", "Kervin"), ("Désir", "Elvina"),
           ("Louisy", "Allan"), ("Chastanet", "Guy"), ("Lafeuillée", "Joanna"), ("Boissière", "Claude"),
           ("Rostant", "Denise"), ("Cipriani", "Arthur"), ("Agostini", "Nicole"), ("Sánchez", "Rosa"),
           ("Hernández", "Luis"), ("Acosta", "Gabriela")]  # fmt: skip
_PARTICLED = [("de", "Verteuil", "Anthony"), ("de", "Gannes", "Lisa"), ("de la", "Bastide", "Paul"),
              ("de", "Boissière", "Marie"), ("le", "Hunte", "Jennifer")]  # fmt: skip
_SPACED = [("Mc Intosh", "Sandra"), ("Mc Kenzie", "Wayne"), ("Mc Leod", "Dianne"), ("Mc Donald", "Kerwin")]  # fmt: skip
_EXPAT = [("Kotler", "Ruth"), ("Dunn", "Gareth"), ("Tremblay", "Sophie"), ("Côté", "Julien"), ("Rivera", "Daniela"),
          ("Okafor", "Chiamaka"), ("Schneider", "Anja"), ("Hughes", "Bethan"), ("O'Sullivan", "Ciarán"),
          ("Nakamura", "Ken"), ("van der Berg", "Pieter"), ("Müller", "Katrin"), ("Pérez", "Alejandro"),
          ("Mensah", "Ama"), ("Fitzgerald", "Niamh"), ("MacDonald", "Fiona")]  # fmt: skip

# ---------------------------------------------------------------------- organisations
_COMPANIES = [
    "Republic Bank Limited", "Republic Financial Holdings Limited", "First Citizens Bank Limited",
    "CIBC Caribbean", "CIBC FirstCaribbean International Bank", "Scotiabank Trinidad and Tobago Limited",
    "NCB Financial Group Limited", "JMMB Group Ltd.", "Sagicor Financial Corporation Limited",
    "Sagicor Life Jamaica", "Massy Holdings Ltd.", "Massy Stores (Trinidad) Ltd.", "ANSA McAL Limited",
    "Goddard Enterprises Limited", "GraceKennedy Limited", "GraceKennedy Money Services", "PriceSmart, Inc.",
    "Courts (Barbados) Limited", "Unicomer (Trinidad) Limited", "Angostura Holdings Limited", "Carib Brewery Limited",
    "Banks Holdings Limited", "Red Stripe", "J. Wray & Nephew Ltd.", "Mount Gay Distilleries Ltd.", "Appleton Estate",
    "Bermudez Biscuit Company Limited", "Kiss Baking Company Limited", "Caribbean Airlines Limited",
    "interCaribbean Airways", "LIAT (1974) Ltd", "Sandals Resorts International", "Digicel Group",
    "Digicel (Trinidad & Tobago) Limited", "Liberty Latin America Ltd.", "Flow", "bmobile",
    "Telecommunications Services of Trinidad and Tobago Limited (TSTT)", "Guyana Telephone and Telegraph Company (GTT)",
    "Blue Waters Products Limited", "SM Jaleel & Co. Ltd", "Guardian Group", "Trinidad Cement Limited",
    "Demerara Distillers Limited", "Banks DIH Limited", "Musson (Jamaica) Limited", "Wisynco Group Limited",
    "Cave Shepherd & Co. Ltd", "Bahamas Telecommunications Company (BTC)", "Teleios Systems SRL",
]  # fmt: skip
_TRADE = [
    "Trinidad and Tobago Chamber of Industry and Commerce", "Barbados Chamber of Commerce and Industry",
    "Private Sector Organisation of Jamaica (PSOJ)", "Jamaica Manufacturers and Exporters Association (JMEA)",
    "Trinidad and Tobago Manufacturers' Association (TTMA)", "Caribbean Hotel and Tourism Association (CHTA)",
    "Caribbean Tourism Organization (CTO)", "Advertising Agencies Association of Trinidad and Tobago",
    "Co-operative Credit Union League of Trinidad and Tobago", "Jamaica Co-operative Credit Union League",
    "Caribbean Association of Banks", "National Carnival Commission (NCC)", "National Cultural Foundation",
    "Caribbean Export Development Agency", "CARICOM Secretariat", "Caribbean Development Bank",
    "Barbados Tourism Marketing Inc. (BTMI)", "Jamaica Tourist Board (JTB)", "Tourism Trinidad Limited",
    "Saint Lucia Tourism Authority", "Guyana Tourism Authority", "Bahamas Ministry of Tourism, Investments & Aviation",
]  # fmt: skip
_REGULATORS = [
    "Central Bank of Trinidad and Tobago", "Central Bank of Trinidad and Tobago (CBTT)", "Central Bank of Barbados",
    "Bank of Jamaica", "Bank of Guyana", "Central Bank of The Bahamas", "Eastern Caribbean Central Bank",
    "Telecommunications Authority of Trinidad and Tobago (TATT)", "Office of Utilities Regulation (OUR)",
    "Central Statistical Office (CSO)", "Statistical Institute of Jamaica (STATIN)", "Barbados Statistical Service",
    "Bureau of Statistics, Guyana", "Fair Trading Commission", "Trinidad and Tobago Bureau of Standards",
    "Ministry of Trade and Industry", "Ministry of Tourism, Culture and the Arts", "Ministry of Digital Transformation",
    "Office of the Information Commissioner", "Consumer Affairs Commission", "Jamaica Stock Exchange",
    "Trinidad and Tobago Securities and Exchange Commission", "Government of Barbados",
]  # fmt: skip
_RESEARCH = ["Market Facts & Opinions", "Caribbean Development Research Services Inc. (CADRES)",
             "Don Anderson's Market Research Services Ltd", "Statista", "Euromonitor International", "Kantar",
             "Mintel", "Caribbean Research & Marketing Ltd", "Ipsos Caribbean", "Systems Consulting Ltd"]  # fmt: skip
_PRESS = ["Trinidad Guardian", "Trinidad Express", "Newsday", "Nation News", "Barbados Today", "The Gleaner",
          "Jamaica Gleaner", "Jamaica Observer", "Stabroek News", "Kaieteur News", "The Tribune", "The Nassau Guardian",
          "St Lucia Times", "Loop News", "CNC3", "TVJ", "Caribbean Business Report", "Miami Herald", "Toronto Star",
          "The Voice", "Business Day", "Demerara Waves"]  # fmt: skip
_LAWS = [
    ("Government of the Republic of Trinidad and Tobago", "Data Protection Act, 2011 (Act No. 13 of 2011)", 2011),
    ("Government of the Republic of Trinidad and Tobago", "Consumer Protection and Safety Act, Chap. 82:34", None),
    ("Government of the Republic of Trinidad and Tobago", "Telecommunications Act, Chap. 47:31", None),
    ("Government of the Republic of Trinidad and Tobago", "Electronic Transactions Act, Chap. 22:05", None),
    ("Government of the Republic of Trinidad and Tobago", "Tobacco Control Act, 2009 (Act No. 15 of 2009)", 2009),
    ("Government of the Republic of Trinidad and Tobago", "Fair Trading Act, 2006 (Act No. 13 of 2006)", 2006),
    ("Parliament of Trinidad and Tobago", "Finance Act, 2022 (Act No. 10 of 2022)", 2022),
    ("Government of Jamaica", "Data Protection Act, 2020 (Jamaica)", 2020),
    ("Government of Jamaica", "Consumer Protection Act, 2005 (Jamaica)", 2005),
    ("Government of Jamaica", "Cybercrimes Act, 2015", 2015),
    ("Houses of Parliament of Jamaica", "Fair Competition Act, 1993 (Jamaica)", 1993),
    ("Government of Barbados", "Data Protection Act, 2019 (Act 2019-29)", 2019),
    ("Government of Barbados", "Fair Competition Act, Cap. 326C", None),
    ("Government of Barbados", "Consumer Protection Act, Cap. 326D", None),
    ("Government of Guyana", "Data Protection Act 2023 (Act No. 18 of 2023)", 2023),
    ("Government of Guyana", "Consumer Affairs Act 2011 (Act No. 13 of 2011)", 2011),
    ("Government of The Bahamas", "Data Protection (Privacy of Personal Information) Act, 2003", 2003),
    ("Government of Saint Lucia", "Data Protection Act, No. 11 of 2011", 2011),
]  # fmt: skip

# ---------------------------------------------------------------------- titles
_TOPICS = ["Carnival sponsorship", "diaspora remittance marketing", "mobile money adoption", "credit union membership",
           "brand loyalty among young Trinidadians", "rum tourism", "Crop Over brand activations", "soca music branding",
           "Indo-Caribbean consumer identity", "Divali retail promotions", "WhatsApp commerce",
           "social media use by small firms", "hurricane crisis communication", "all-inclusive resort marketing",
           "nation branding", "country-of-origin effects", "buy-local campaigns", "cruise tourism",
           "mobile network switching", "retail banking service quality", "financial inclusion",
           "e-commerce adoption after COVID-19", "geographical indications for rum", "airline service recovery",
           "hotel online reviews", "Instagram influencers", "festival tourism", "Brand Jamaica",
           "cricket sponsorship and the CPL", "Boxing Day sales", "customer experience in supermarkets",
           "cashless payments", "private-label groceries", "heritage branding", "sustainable tourism",
           "digital banking apps", "loyalty cards", "Christmas advertising", "consumer ethnocentrism",
           "return migration and consumption"]  # fmt: skip
_PLACES = ["Trinidad and Tobago", "Barbados", "Jamaica", "Guyana", "the Bahamas", "Saint Lucia", "the Caribbean",
           "the English-speaking Caribbean", "CARICOM", "small island developing states", "the Eastern Caribbean",
           "the Caribbean diaspora in Toronto", "the Caribbean diaspora in the UK", "Port of Spain", "Kingston"]  # fmt: skip
_LOCAL_TITLES = [
    "‘Wah yuh go do?’ [What are you going to do?]: consumer uncertainty and {topic} in {place}",
    "‘Mek wi chat’ [Let us talk]: {topic} and Jamaican millennials",
    "‘Wi likkle but wi tallawah’ [We are small but we are strong]: {topic} in Jamaica",
    "‘Leh we go!’ [Let us go!]: {topic} during Carnival",
    "‘Ham log’ [We people]: {topic} among Indo-Trinidadians",
    "Phagwah ke rang [The colours of Phagwah]: {topic} and festival consumption",
    "‘Jahaji bhai’ [Ship brothers]: {topic} and Indo-Caribbean identity",
    "‘Sa ou fè?’ [How are you?]: {topic} in Saint Lucia",
    "Lanmou pou péyi-a [Love for the country]: {topic} and Jounen Kwéyòl",
    "‘Wuh loss!’ [What a loss!]: {topic} in Barbados",
    "‘Doh study it’ [Don't worry about it]: {topic} and Trinidadian humour",
    "‘All ah we is one’ [We are all one]: {topic} in {place}",
    "‘Soon come’ [It will come soon]: service time and {topic}",
    "Bacchanal [Scandal]: {topic} and brand risk in Trinidad",
]  # fmt: skip
_FORMS = ["{Topic} in {place}", "{Topic}: evidence from {place}", "The role of {topic} in {place}",
          "Understanding {topic}: a study of {place}", "{Topic} and customer loyalty in {place}",
          "Rethinking {topic} for {place}", "An exploratory study of {topic} in {place}",
          "{Topic} and brand equity: the case of {place}", "Drivers of {topic} in {place}",
          "{Topic} after the pandemic: lessons from {place}", "Does {topic} work? Evidence from {place}",
          "{Topic} among consumers in {place}: a mixed-methods study"]  # fmt: skip
_BOOKS = ["Marketing management: a Caribbean perspective", "Principles of marketing: Caribbean edition",
          "Services marketing in the Caribbean", "Tourism marketing in small island states",
          "Consumer behaviour: Caribbean cases", "Branding the Caribbean", "Digital marketing for Caribbean business",
          "Strategic marketing in small economies", "Caribbean business: strategy and practice",
          "Integrated marketing communications: a Caribbean view", "Carnival, culture and commerce",
          "Marketing research in the Caribbean", "Retailing in the Caribbean", "Entrepreneurship in the Caribbean",
          "Destination branding for small island states", "Managing brands in emerging Caribbean markets"]  # fmt: skip
_JOURNALS = ["Social and Economic Studies", "Journal of Eastern Caribbean Studies", "Caribbean Quarterly",
             "Journal of Business, Finance & Economics in Emerging Economies", "Caribbean Journal of Management",
             "Journal of Marketing Management", "International Journal of Bank Marketing", "Journal of Services Marketing",
             "Tourism Management", "Journal of Travel Research", "International Journal of Hospitality Management",
             "Journal of Consumer Behaviour", "Journal of Research in Interactive Marketing",
             "Journal of Product & Brand Management", "Journal of Retailing and Consumer Services",
             "Journal of Global Marketing", "Journal of Macromarketing", "International Marketing Review",
             "Journal of Business Research", "Tourism Planning & Development", "Island Studies Journal",
             "Journal of Destination Marketing & Management"]  # fmt: skip
_PUBLISHERS = [("Ian Randle Publishers", "Kingston"), ("The University of the West Indies Press", "Kingston"),
               ("Arawak Publications", "Kingston"), ("Pearson Education", "Harlow"), ("Routledge", "Abingdon"),
               ("Palgrave Macmillan", "Cham"), ("Paria Publishing", "Port of Spain"), ("Peepal Tree Press", "Leeds"),
               ("Hansib Publications", "Hertford"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Macmillan Caribbean", "Oxford"), ("McGraw-Hill Education", "New York"), ("Cengage", "Boston")]  # fmt: skip
_UNIVERSITIES = ["The University of the West Indies, St. Augustine", "The University of the West Indies, Cave Hill",
                 "The University of the West Indies, Mona", "University of the West Indies, St Augustine",
                 "Arthur Lok Jack Global School of Business", "University of Technology, Jamaica",
                 "University of Guyana", "University of the Southern Caribbean", "The University of Trinidad and Tobago",
                 "University of the Commonwealth Caribbean", "Sir Arthur Lewis Community College",
                 "Toronto Metropolitan University", "Florida International University", "Birmingham City University",
                 "University of the Bahamas"]  # fmt: skip
_GENRES = ["MSc thesis", "MBA dissertation", "PhD thesis", "MPhil thesis", "Master's thesis",
           "Unpublished MBA research project", "DBA thesis", "BSc research paper"]  # fmt: skip
_CONFERENCES = [("Proceedings of the SALISES Annual Conference", "Port of Spain"),
                ("Caribbean Academy of Management Conference", "Bridgetown"),
                ("Academy of Marketing Conference", "Birmingham"),
                ("UWI Mona Business Research Conference", "Kingston"),
                ("Caribbean Tourism Organization State of the Industry Conference", "Nassau"),
                ("Arthur Lok Jack Global School of Business Research Symposium", "Mt. Hope"),
                ("International Conference on Business and Management in the Caribbean", "Georgetown")]  # fmt: skip
_HEADLINES = ["{org} posts record profit despite forex squeeze", "Shoppers flock to Boxing Day sales in {city}",
              "{org} launches new mobile app", "Carnival sponsors pull back as costs rise",
              "Crop Over brings BDS$100m boost, says BTMI", "Forex shortage hits importers again",
              "Diaspora spending lifts Christmas sales", "Divali promotions draw crowds in Chaguanas",
              "Credit unions court younger members", "Rum exports up as Appleton and Mount Gay expand",
              "{org} rebrands after 50 years", "Telecoms price war: Digicel and Flow cut data rates",
              "Phagwah celebrations return to Aranguez", "Tourist arrivals pass pre-pandemic levels",
              "Small businesses turn to WhatsApp to sell", "PriceSmart opens new club in {city}",
              "LIAT collapse leaves Eastern Caribbean stranded", "Kiss and Bermudez in bread price row",
              "Emancipation Day vendors report strong sales", "J'ouvert bands chase corporate sponsors"]  # fmt: skip
_CITIES = ["Port of Spain", "San Fernando", "Chaguanas", "Bridgetown", "Kingston", "Montego Bay", "Georgetown",
           "Nassau", "Castries", "Arima", "Speightstown", "Ocho Rios", "New Amsterdam", "Freeport", "Vieux Fort"]  # fmt: skip
_PAGES = ["About us", "Our history", "Sustainability", "Our heritage", "Corporate social responsibility",
          "Investor relations", "Rewards programme", "Personal banking", "Press releases", "Our brands",
          "Community investment", "Annual report {y}", "Sustainability report {y}", "Integrated report {y}"]  # fmt: skip


class Blind164WorkFactory(WorkFactory):
    """Works that candidates of the English-speaking Caribbean and its diaspora cite, drawn from one seeded source."""

    DRAWN: ClassVar[dict[str, int]] = {
        "book": 12, "ebook": 3, "chapter": 6, "journal": 22, "thesis": 6, "conference": 3, "company-web": 8,
        "company-report": 6, "trade-body": 5, "regulator": 8, "legislation": 4, "market-research": 5, "news": 7,
        "unsigned-news": 3, "social": 2, "podcast": 2, "video": 2, "undated-web": 4, "web-person": 3,
    }  # fmt: skip
    KINDS: ClassVar[frozenset[str]] = frozenset({"book", "chapter", "journal", "thesis", "conference", "web", "report",
                                                 "legislation", "news", "social", "podcast", "video"})  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 164 + 16401)

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.32:
            return {"family": rng.choice(_FAMILY_AFRO), "given": rng.choice(_GIVEN_AFRO)}
        if roll < 0.6:
            family = rng.choice(_FAMILY_INDO)
            if rng.random() < 0.12:  # double-barrelled, often a married name
                family = f"{family}-{rng.choice([f for f in _FAMILY_INDO + _FAMILY_AFRO if f != family])}"
            return {"family": family, "given": rng.choice(_GIVEN_INDO)}
        if roll < 0.67:
            family, given = rng.choice(_CHINESE)
            return {"family": family, "given": given}
        if roll < 0.72:
            family, given = rng.choice(_LEVANT)
            return {"family": family, "given": given}
        if roll < 0.77:
            family, given = rng.choice(_PORTUGUESE)
            return {"family": family, "given": given}
        if roll < 0.85:
            family, given = rng.choice(_FRENCH)
            return {"family": family, "given": given}
        if roll < 0.88:
            particle, family, given = rng.choice(_PARTICLED)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.9:
            family, given = rng.choice(_SPACED)
            return {"family": family, "given": given}
        if roll < 0.93:
            first, second = rng.sample(sorted(set(_FAMILY_AFRO)), 2)
            return {"family": f"{first}-{second}", "given": rng.choice(_GIVEN_AFRO)}
        family, given = rng.choice(_EXPAT)
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 28, 16, 9, 5, 4, 2, 2][:most])[0]
        return [self.person() for _ in range(count)]

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1976, 1999)
        return self.rng.randint(2005, 2024)

    def _accessed(self, year: int | None) -> dict[str, list[list[int]]]:
        low = 2022 if year is None else max(2022, year + 1)
        return {"date-parts": [[self.rng.randint(low, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        rng = self.rng
        topic, place = rng.choice(_TOPICS), rng.choice(_PLACES)
        if rng.random() < 0.14:
            return rng.choice(_LOCAL_TITLES).format(topic=topic, place=place)
        return rng.choice(_FORMS).format(topic=topic, Topic=topic[0].upper() + topic[1:], place=place)

    def _slug(self, text: str) -> str:
        return "-".join("".join(c for c in word.lower() if c.isalnum()) for word in text.split()[:6]).strip("-")

    def _domain(self, name: str) -> str:
        words = [
            w
            for w in name.split(" (")[0].lower().split()
            if w not in ("limited", "ltd", "ltd.", "inc.", "the", "of", "and", "&")
        ]
        word = "".join(c for c in "".join(words) if c.isalnum())[:20]
        return f"https://www.{word}.{self._tld(name)}"

    def _tld(self, name: str) -> str:
        for words, tld in (("Jamaica", "com.jm"), ("Barbados", "com.bb"), ("Guyana", "gy"), ("Bahamas", "bs"),
                           ("Lucia", "lc"), ("Trinidad", "co.tt")):  # fmt: skip
            if words in name:
                return tld
        return self.rng.choice(["com", "com", "org", "co.tt", "com.jm"])

    def _place(self, name: str) -> str:
        for words, place in (("Kiss", "Port of Spain"), ("Carib", "Port of Spain"), ("Angostura", "Port of Spain"),
                             ("Massy", "Port of Spain"), ("ANSA", "Port of Spain"), ("Republic", "Port of Spain"),
                             ("First Citizens", "Port of Spain"), ("TSTT", "Port of Spain"), ("bmobile", "Port of Spain"),
                             ("Guardian", "Port of Spain"), ("Bermudez", "Port of Spain"), ("Blue Waters", "Port of Spain"),
                             ("NCB", "Kingston"), ("JMMB", "Kingston"), ("Grace", "Kingston"), ("Wray", "Kingston"),
                             ("Appleton", "Kingston"), ("Red Stripe", "Kingston"), ("Musson", "Kingston"),
                             ("Wisynco", "Kingston"), ("Sandals", "Montego Bay"), ("Goddard", "Bridgetown"),
                             ("Banks Holdings", "Bridgetown"), ("Mount Gay", "Bridgetown"), ("Cave Shepherd", "Bridgetown"),
                             ("CIBC", "Bridgetown"), ("Sagicor", "Bridgetown"), ("BTMI", "Bridgetown"),
                             ("Banks DIH", "Georgetown"), ("Demerara", "Georgetown"), ("GTT", "Georgetown"),
                             ("LIAT", "St John's"), ("BTC", "Nassau"), ("Jamaica", "Kingston"), ("Barbados", "Bridgetown"), ("Guyana", "Georgetown"),
                             ("Bahamas", "Nassau"), ("Lucia", "Castries"), ("Trinidad", "Port of Spain"),
                             ("Eastern Caribbean", "Basseterre"), ("STATIN", "Kingston"), ("OUR", "Kingston")):  # fmt: skip
            if words in name:
                return place
        return self.rng.choice(_CITIES[:9])

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        title = self.rng.choice(_BOOKS) if self.rng.random() < 0.6 else self._title()
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _ebook(self) -> Work:
        work = self._book()
        year = int(work.year)
        if self.rng.random() < 0.5:
            work.record["medium"] = self.rng.choice(["Kindle", "e-book"])
        else:
            work.record["URL"] = (
                f"https://ebookcentral.proquest.com/lib/uwi/detail.action?docID={self.rng.randint(100000, 9999999)}"
            )
            work.record["accessed"] = self._accessed(year)
        return work

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["Caribbean business: strategy and practice", "Tourism in the Caribbean",
                                                "Marketing in emerging economies", "The Caribbean economy: a reader",
                                                "Festivals and events in the Caribbean", "Caribbean diaspora studies"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 700)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 72)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{start}-{start + self.rng.randint(9, 28)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.rng.choice(['ijbm', 'jmm', 'tm', 'ses', 'jsm', 'jcb'])}.{self.rng.randint(2005, 2024)}.{self.rng.randint(100, 99999)}"
            )
        elif self.rng.random() < 0.2:
            record["URL"] = (
                f"https://journals.sta.uwi.edu/ojs/index.php/{self.rng.choice(['ses', 'jecs', 'cjm'])}/article/view/{self.rng.randint(100, 9999)}"
            )
            record["accessed"] = self._accessed(record["issued"]["date-parts"][0][0])
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "issued": {"date-parts": [[self.year()]]}, "genre": self.rng.choice(_GENRES),
                                  "publisher": self.rng.choice(_UNIVERSITIES)}  # fmt: skip
        if self.rng.random() < 0.4:
            record["URL"] = f"https://uwispace.sta.uwi.edu/dspace/handle/2139/{self.rng.randint(10000, 59999)}"
            record["accessed"] = self._accessed(record["issued"]["date-parts"][0][0])
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        name, place = self.rng.choice(_CONFERENCES)
        start = self.rng.randint(1, 400)
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(4),
                                  "container-title": name, "publisher-place": place,
                                  "issued": {"date-parts": [[self.year()]]},
                                  "page": f"{start}-{start + self.rng.randint(6, 15)}"}  # fmt: skip
        return self._person_work(record, "conference")

    def _dated_org(self, name: str, kind: str, record: dict[str, Any], tags: set[str], dated: float = 0.9) -> Work:
        year = self.year()
        if name.startswith("Central Bank of Trinidad and Tobago") and self.rng.random() < 0.5:
            year = 2019  # the CBTT's two works of 2019: its Financial Stability Report and a Monetary Policy Report
        if self.rng.random() < dated:
            record["issued"] = {"date-parts": [[year]]}
        if "URL" in record and self.rng.random() < 0.9:
            record["accessed"] = self._accessed(year if "issued" in record else None)
        return self._org_work(record, kind, name, tags)

    def _company_web(self) -> Work:
        name = self.rng.choice(_COMPANIES)
        title = self.rng.choice(_PAGES).format(y=self.rng.randint(2015, 2024))
        record: dict[str, Any] = {"type": "webpage", "title": title, "URL": f"{self._domain(name)}/{self._slug(title)}"}
        return self._dated_org(name, "web", record, {"company"}, 0.75)

    def _company_report(self) -> Work:
        name = self.rng.choice(_COMPANIES)
        year = self.year()
        title = self.rng.choice([f"Annual report {year}", f"Sustainability report {year}", f"Integrated annual report {year}",
                                 f"Chairman's review {year}", "Investor presentation", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" (")[0],
                                  "publisher-place": self._place(name),
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = f"{self._domain(name)}/investors/{self._slug(title)}.pdf"
            record["accessed"] = self._accessed(year)
        return self._org_work(record, "report", name, {"company"})

    def _trade_body(self) -> Work:
        name = self.rng.choice(_TRADE)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "URL": f"{self._domain(name)}/{self.rng.choice(['news', 'publications', 'research'])}/{self.rng.randint(100, 9999)}"}  # fmt: skip
        return self._dated_org(name, "report" if record["type"] == "report" else "web", record, {"trade-body"})

    def _regulator(self) -> Work:
        name = self.rng.choice(_REGULATORS)
        titles = ["Financial stability report", "Monetary policy report", "Annual economic survey",
                  "Consumer price index bulletin", "Survey of living conditions", "Household budget survey",
                  "Telecommunications market report", "Annual market report", "Guidelines on advertising by financial institutions",
                  "Labour force survey bulletin", "Digital payments strategy", "Payments system report",
                  "Consultation on mobile number portability", "Tourism statistics bulletin"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name.split(" (")[0],
                                  "publisher-place": self._place(name),
                                  "URL": f"{self._domain(name)}/publications/{self.rng.randint(100, 9999)}"}  # fmt: skip
        return self._dated_org(name, "report", record, {"government"}, 0.95)

    def _legislation(self) -> Work:
        name, title, year = self.rng.choice(_LAWS)
        year = year or self.rng.randint(2009, 2021)  # the Chap. and Cap. laws: the revised edition's year
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": "Government Printer", "publisher-place": self._place(name)}  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = f"https://laws.gov.{self._tld(name).split('.')[-1]}/act/{self._slug(title)}"
            record["accessed"] = self._accessed(year)
        return self._org_work(record, "legislation", name, {"government", "legislation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2015, 2024)
        market = self.rng.choice(["Alcoholic drinks", "Rum", "Retail banking", "Mobile telecoms", "Snacks",
                                  "Grocery retail", "Bottled water", "Travel", "E-commerce", "Beer"])  # fmt: skip
        place = self.rng.choice(
            ["Trinidad and Tobago", "Jamaica", "Barbados", "Guyana", "the Caribbean", "the Bahamas"]
        )
        title = self.rng.choice([f"{market} in {place}: country report {year}", f"{market} - {place} - June {year}",
                                 f"Consumer trends in {place} {year}", f"{market} market in {place}, {year}-2030",
                                 f"Omnibus survey of {place} consumers, Q{self.rng.randint(1, 4)} {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" (")[0],
                                  "issued": {"date-parts": [[year]]},
                                  "URL": f"{self._domain(name)}/reports/{self._slug(title)}"}  # fmt: skip
        if self.rng.random() < 0.9:
            record["accessed"] = self._accessed(year)
        return self._org_work(record, "report", name, {"market-research"})

    def _headline(self) -> str:
        return self.rng.choice(_HEADLINES).format(org=self.rng.choice(["Massy", "Republic Bank", "JMMB", "Sagicor",
                                                                       "GraceKennedy", "Carib", "Digicel", "ANSA McAL"]),
                                                  city=self.rng.choice(_CITIES))  # fmt: skip

    def _news(self) -> Work:
        year = self.rng.randint(2012, 2024)
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._headline(), "author": self._people(2),
            "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"{self._domain(paper)}/news/{year}/{self.rng.randint(1000, 99999)}",
        }  # fmt: skip
        if self.rng.random() < 0.9:
            record["accessed"] = self._accessed(year)
        return self._person_work(record, "news")

    def _unsigned_news(self) -> Work:
        year = self.rng.randint(2012, 2024)
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._headline(), "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"{self._domain(paper)}/business/{self.rng.randint(1000, 99999)}", "accessed": self._accessed(year),
        }  # fmt: skip
        return self._org_work(record, "news", paper, {"press"})

    def _social(self) -> Work:
        year = self.rng.randint(2016, 2024)
        name = self.rng.choice(["Carib Brewery", "Digicel Jamaica", "Republic Bank", "Massy Stores", "Angostura",
                                "Visit Barbados", "Visit Jamaica", "bmobile", "Sandals Resorts", "Kiss Baking Company",
                                "First Citizens", "JMMB Group", "Caribbean Airlines"])  # fmt: skip
        caption = self.rng.choice(["Carnival Tuesday is here! Play yourself responsibly", "Happy Divali from our family to yours",
                                   f"Crop Over {year} starts now", "Shubh Divali: lights, sweets and savings",
                                   "Eid Mubarak to all who celebrate", "Happy Emancipation Day", "Boxing Day deals are live",
                                   "Happy Independence, Jamaica 60", "Phagwah blessings", "Soca Monarch finalists announced"])  # fmt: skip
        platform, address = self.rng.choice([("Instagram", "https://www.instagram.com/p/"),
                                             ("Facebook", "https://www.facebook.com/posts/"), ("X", "https://x.com/status/"),
                                             ("TikTok", "https://www.tiktok.com/video/"),
                                             ("LinkedIn", "https://www.linkedin.com/feed/update/")])  # fmt: skip
        record: dict[str, Any] = {"type": "post", "title": caption, "container-title": platform,
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": f"{address}{self.rng.randint(10**9, 10**10)}",
                                  "accessed": self._accessed(year)}  # fmt: skip
        if self.rng.random() < 0.3:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        return self._org_work(record, "social", name, {"company"})

    def _podcast(self) -> Work:
        year = self.rng.randint(2018, 2024)
        show = self.rng.choice(["The Caribbean Marketer Podcast", "Lime and Learn", "Business Unusual TT", "Yaad Talk Business",
                                "Bajan Brand Stories", "Diaspora Money Matters"])  # fmt: skip
        record: dict[str, Any] = {"type": "song", "title": f"Episode {self.rng.randint(1, 180)}: {self._title()}",
                                  "author": self._people(2), "container-title": show, "medium": "Podcast",
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": f"https://open.spotify.com/episode/{self.rng.randint(10**8, 10**9)}",
                                  "accessed": self._accessed(year)}  # fmt: skip
        return self._person_work(record, "podcast")

    def _video(self) -> Work:
        year = self.rng.randint(2014, 2024)
        record: dict[str, Any] = {"type": "motion_picture", "title": self.rng.choice([self._title(), self._headline()]),
                                  "medium": "YouTube video",
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": f"https://www.youtube.com/watch?v={self.rng.randint(10**7, 10**8)}",
                                  "accessed": self._accessed(year)}  # fmt: skip
        if self.rng.random() < 0.4:
            record["author"] = [self.person()]
            return self._person_work(record, "video")
        name = self.rng.choice(["CNC3", "TVJ", "Sandals Resorts International", "JMMB Group Ltd.", "Nation News",
                                "Arthur Lok Jack Global School of Business", "UWI TV"])  # fmt: skip
        return self._org_work(record, "video", name, {"press"})

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice([*_PAGES[:10], self._title()])}
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            record["URL"] = (
                f"https://www.{self.rng.choice(['caribbeanbusiness', 'tt-marketing', 'yaadbiz', 'bajanbrands'])}.com/{self._slug(record['title'])}"
            )
            if self.rng.random() < 0.9:
                record["accessed"] = self._accessed(None)
            return self._person_work(record, "web")
        name = self.rng.choice(_COMPANIES + _TRADE)
        if name in _TRADE:
            record["title"] = self._title()
        record["URL"] = f"{self._domain(name)}/{self._slug(record['title'])}"
        if self.rng.random() < 0.9:
            record["accessed"] = self._accessed(None)
        return self._org_work(record, "web", name, {"undated"})

    def _web_person(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "container-title": self.rng.choice(["LinkedIn", "Medium", "Caribbean Business Blog", "Loop Business"]),
                                  "issued": {"date-parts": [[year]]},
                                  "URL": f"https://www.linkedin.com/pulse/{self._slug(self._title())}"}  # fmt: skip
        if self.rng.random() < 0.85:
            record["accessed"] = self._accessed(year)
        return self._person_work(record, "web")
