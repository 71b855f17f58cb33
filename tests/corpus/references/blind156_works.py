"""Works for the blind156 pool (HELD OUT): what marketers in the Philippines and its diaspora cite.

Candidates at Philippine banks, fintechs, telcos, conglomerates, food and drink makers, airlines, media groups and
BPO firms, in Manila, Makati, BGC, Quezon City, Pasig, Cebu, Davao, Iloilo, Baguio and Cagayan de Oro, and overseas
Filipino workers in Dubai, Riyadh, Singapore, Hong Kong, Los Angeles, Toronto and London, cite Philippine and
international journals, textbooks (local editions, e-books), chapters, theses from UP Diliman, Ateneo, De La Salle,
UST and the AIM, congress papers, company pages and annual reports (Inc., Corp., Co.), trade bodies, the BSP, NPC,
DTI, PSA and SEC, laws as "Republic Act No. 10173" and executive orders, research firms with the year in the title,
the Philippine and diaspora press signed and unsigned, Facebook and TikTok posts, YouTube videos, podcasts and
undated pages. Names: Spanish surnames, the mother's maiden surname as a middle name or an initial, "Ma." for María,
Jr., Sr., II and III, "dela Cruz", "De los Santos" and "delos Reyes", "Sta. Maria", Chinese-Filipino surnames (Sy,
Gokongwei, Tan, Go, Uy, Co), accents (Peñaflor, Añonuevo, Mapúa) and the expatriates who write about the country.
Titles in Filipino (Tagalog), Cebuano and Taglish carry an English translation in square brackets.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

# ---------------------------------------------------------------------- names
_SPANISH = ["Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Mendoza", "Garcia", "Villanueva", "Aquino", "Ramos",
            "Castillo", "Soriano", "Navarro", "Salazar", "Concepcion", "Gonzales", "Fernandez", "Torres", "Flores",
            "Rivera", "Aguilar", "Domingo", "Mercado", "Valdez", "Pascual", "Francisco", "Marquez", "Villareal",
            "Buenaventura", "Evangelista", "Javier", "Manalastas", "Lopez", "Perez", "Rosales", "Tolentino",
            "Esguerra", "Alcantara", "Samson", "Cabrera", "Gatdula", "Legaspi", "Velasco", "Roxas", "Osmeña",
            "Jimenez", "Robles", "Abad", "Padilla", "Quisumbing", "Laurel", "Vergara", "Agustin", "Serrano"]  # fmt: skip
_NATIVE = ["Macaraeg", "Dimaculangan", "Panganiban", "Pangilinan", "Lacson", "Magsaysay", "Manalo", "Dimaano",
           "Sumulong", "Dalisay", "Macapagal", "Maglaya", "Mangahas", "Gatchalian", "Lapid", "Bituin", "Tagle",
           "Ilagan", "Magbanua", "Dimalanta", "Malabanan", "Lumbera", "Bagasao", "Sisante", "Pacquing", "Tabuena",
           "Katigbak", "Mabanta", "Dumlao", "Balagtas", "Dagohoy", "Umali", "Ablaza", "Lagman", "Baluyot"]  # fmt: skip
_CHINESE_FILIPINO = ["Sy", "Gokongwei", "Tan", "Go", "Uy", "Co", "Ong", "Yap", "Lim", "Chua", "Ang", "Tiu", "Dy",
                     "Yuchengco", "Tiangco", "Coyiuto", "Lao", "Chiongbian", "Tanco", "Tiongson", "Cojuangco",
                     "Sytengco", "Gaw", "Tan Caktiong", "Ty", "Tuazon", "Sioson", "Yulo"]  # fmt: skip
_PARTICLE_SURNAMES = ["dela Cruz", "Dela Cruz", "De la Cruz", "delos Reyes", "Delos Reyes", "De los Santos",
                      "delos Santos", "De Guzman", "de Guzman", "Del Rosario", "del Rosario", "De Leon", "De Vera",
                      "De Jesus", "Dela Paz", "dela Rosa", "De Castro", "Sta. Maria", "Sto. Domingo", "San Juan",
                      "San Pedro", "De Ocampo", "Delos Angeles", "dela Torre", "De Asis", "Zobel de Ayala",
                      "Pardo de Tavera", "Ponce Enrile"]  # fmt: skip
_ACCENTED = ["Peñaflor", "Ibañez", "Nuñez", "Muñoz", "Añonuevo", "Logroño", "Cariño", "Dueñas", "Zúñiga", "Saño",
             "Patiño", "Briñas", "Españo", "Peña", "Ordoñez", "Castañeda", "Magdangal-Niño", "Mañalac"]  # fmt: skip
_HYPHENATED = ["Santos-Ocampo", "Cruz-Lucero", "Lopez-Dee", "Abad-Santos", "Reyes-Tan", "Villanueva-Go",
               "Garcia-Uy", "Mendoza-Bautista", "Aquino-Oreta", "Ramos-Shahani", "Tan-Torres"]  # fmt: skip
_PARTICLES = [("dela", "Cruz"), ("de", "Guzman"), ("delos", "Santos"), ("de los", "Reyes"), ("del", "Mundo"),
              ("de la", "Peña"), ("dela", "Rama")]  # fmt: skip
_GIVEN_F = ["Maria", "Ma. Theresa", "Ma. Luisa", "Ma. Cristina", "Ma. Lourdes", "Ma. Victoria", "Mary Grace",
            "Mary Joy", "Kristine Joy", "Jennylyn", "Rowena", "Marivic", "Lorna", "Cherry Ann", "Jonalyn", "Rhea Mae",
            "Princess", "Angelica", "Patricia", "Bea", "Kathryn", "Leni", "Liza", "Imelda", "Corazon", "Rosario",
            "Katrina", "Anne Margaret", "Sheila Marie", "Ana Liza", "Maricel", "Divina Gracia", "Glaiza", "Rachelle",
            "Aileen", "Josefina", "Trixie", "Nikki", "Czarina", "Andrea Nicole"]  # fmt: skip
_GIVEN_M = ["Juan", "Jose", "Juan Miguel", "Jose Maria", "Jericho", "Rodel", "Ramon", "Renato", "Rolando", "Ernesto",
            "Eduardo", "Antonio", "Francisco", "Paolo", "Miguel", "Carlo", "Mark Anthony", "John Paul", "Christian",
            "Jayson", "Jomar", "Reynaldo", "Dindo", "Emmanuel", "Rafael", "Benigno", "Fernando", "Raymund",
            "Gerardo", "Vicente", "Nestor", "Joel", "Rommel", "Arnel", "Marlon", "Kevin Lance", "Luis Enrique",
            "Jan Carlo", "Ferdinand", "Teodoro"]  # fmt: skip
_SUFFIXES = ["Jr.", "Jr.", "Sr.", "II", "III", "III", "IV"]
# Expatriates and diaspora scholars who write about Philippine consumers (family name, given name).
_EXPATS = [("Kim", "Soojin"), ("Park", "Jihoon"), ("Tanaka", "Haruki"), ("Nakamura", "Yui"), ("Lim", "Wei Ling"),
           ("Ng", "Kah Hoe"), ("Goh", "Siew Lan"), ("Chan", "Ka Wai"), ("Wong", "Mei Yee"), ("Nguyen", "Thi Huong"),
           ("Krishnan", "Anand"), ("Menon", "Divya"), ("Al-Harbi", "Faisal"), ("Al Mazrouei", "Noura"),
           ("Hernández", "Lucía"), ("Müller", "Stefan"), ("O'Connor", "Siobhan"), ("McKay", "Fiona"),
           ("Thompson", "Claire"), ("Whitfield", "James"), ("Hoang", "Minh Chau"), ("Wijaya", "Putri"),
           ("Rahman", "Nurul Aini"), ("Sørensen", "Mette")]  # fmt: skip
_EXPAT_LOCALES = ["en_US", "en_GB", "en_AU", "en_CA", "en_IN"]

# ---------------------------------------------------------------------- organisations
_COMPANIES: list[tuple[str, set[str]]] = [
    ("BDO Unibank, Inc.", {"company", "comma"}), ("BDO Unibank", {"company"}),
    ("Bank of the Philippine Islands", {"company"}), ("BPI", {"company", "acronym"}),
    ("Metropolitan Bank & Trust Company", {"company", "ampersand"}), ("Metrobank", {"company"}),
    ("Land Bank of the Philippines", {"company", "government"}), ("LANDBANK", {"company", "acronym"}),
    ("UnionBank of the Philippines", {"company"}), ("Security Bank Corporation", {"company"}),
    ("GCash", {"company"}), ("G-Xchange, Inc.", {"company", "comma"}), ("Mynt", {"company"}),
    ("Maya Philippines, Inc.", {"company", "comma"}), ("Maya Bank", {"company"}), ("GoTyme Bank", {"company"}),
    ("PLDT Inc.", {"company"}), ("Smart Communications, Inc.", {"company", "comma"}),
    ("Globe Telecom, Inc.", {"company", "comma"}), ("Globe", {"company"}), ("DITO Telecommunity Corp.", {"company"}),
    ("SM Investments Corporation", {"company"}), ("SM Prime Holdings, Inc.", {"company", "comma"}),
    ("Ayala Corporation", {"company"}), ("Ayala Land, Inc.", {"company", "comma"}),
    ("JG Summit Holdings, Inc.", {"company", "comma"}), ("San Miguel Corporation", {"company"}),
    ("Robinsons Retail Holdings, Inc.", {"company", "comma"}), ("Puregold Price Club, Inc.", {"company", "comma"}),
    ("Philippine Seven Corporation", {"company"}), ("7-Eleven Philippines", {"company", "digit"}),
    ("Jollibee Foods Corporation", {"company"}), ("Jollibee Group", {"company"}),
    ("Universal Robina Corporation", {"company"}), ("Monde Nissin Corporation", {"company"}),
    ("Ginebra San Miguel Inc.", {"company"}), ("Del Monte Philippines, Inc.", {"company", "comma"}),
    ("Philippine Airlines", {"company"}), ("Cebu Air, Inc.", {"company", "comma"}), ("Cebu Pacific", {"company"}),
    ("AirAsia Philippines", {"company"}), ("ABS-CBN Corporation", {"company", "hyphen"}),
    ("GMA Network, Inc.", {"company", "comma"}), ("TV5 Network, Inc.", {"company", "comma", "digit"}),
    ("Rappler", {"company"}), ("Concentrix Philippines", {"company"}), ("Teleperformance Philippines", {"company"}),
    ("Accenture Philippines", {"company"}), ("Cebuana Lhuillier", {"company"}), ("Mercury Drug Corporation", {"company"}),
]  # fmt: skip
_TRADE_BODIES: list[tuple[str, set[str]]] = [
    ("Ad Standards Council", {"trade-body"}), ("Ad Standards Council (ASC)", {"trade-body", "abbreviation"}),
    ("Philippine Association of National Advertisers", {"trade-body"}),
    ("Association of Accredited Advertising Agencies of the Philippines (4As)", {"trade-body", "abbreviation", "digit"}),
    ("Internet and Mobile Marketing Association of the Philippines (IMMAP)", {"trade-body", "abbreviation"}),
    ("IT and Business Process Association of the Philippines (IBPAP)", {"trade-body", "abbreviation"}),
    ("Philippine Marketing Association", {"trade-body"}), ("Philippine Retailers Association", {"trade-body"}),
    ("Management Association of the Philippines", {"trade-body"}), ("Makati Business Club", {"trade-body"}),
    ("FinTech Alliance.PH", {"trade-body", "punctuation"}), ("Bankers Association of the Philippines", {"trade-body"}),
    ("Philippine Chamber of Commerce and Industry", {"trade-body"}), ("Kapisanan ng mga Brodkaster ng Pilipinas", {"trade-body"}),
]  # fmt: skip
_GOVERNMENT: list[tuple[str, set[str]]] = [
    ("Bangko Sentral ng Pilipinas", {"government"}), ("Bangko Sentral ng Pilipinas (BSP)", {"government", "abbreviation"}),
    ("BSP", {"government", "acronym"}), ("National Privacy Commission", {"government"}),
    ("National Privacy Commission (NPC)", {"government", "abbreviation"}), ("Department of Trade and Industry", {"government"}),
    ("Department of Trade and Industry (DTI)", {"government", "abbreviation"}), ("DTI", {"government", "acronym"}),
    ("Philippine Statistics Authority", {"government"}), ("Philippine Statistics Authority (PSA)", {"government", "abbreviation"}),
    ("Securities and Exchange Commission", {"government"}), ("Department of Information and Communications Technology", {"government"}),
    ("National Telecommunications Commission", {"government"}), ("Department of Tourism", {"government"}),
    ("Commission on Filipinos Overseas", {"government"}), ("Department of Migrant Workers", {"government"}),
    ("Philippine Overseas Employment Administration", {"government"}), ("Philippine Competition Commission", {"government"}),
    ("Food and Drug Administration Philippines", {"government"}), ("Philippine Institute for Development Studies", {"government"}),
    ("National Economic and Development Authority", {"government"}), ("Overseas Workers Welfare Administration", {"government"}),
]  # fmt: skip
_GOVERNMENT_WORKS = {  # what each body publishes: its domain and titles
    "Bangko Sentral ng Pilipinas": ("bsp.gov.ph", ["Financial inclusion survey {year}", "Report on e-payments measurement {year}",
                                    "Consumer expectations survey, Q{q} {year}", "Overseas Filipinos' cash remittances, {year}",
                                    "Financial inclusion in the Philippines dashboard, Q{q} {year}"]),
    "National Privacy Commission": ("privacy.gov.ph", ["Advisory on the use of personal data in direct marketing",
                                    "Annual report {year}", "Guidelines on consent", "Data privacy accountability and compliance framework"]),
    "Department of Trade and Industry": ("dti.gov.ph", ["E-commerce Philippines roadmap 2022", "Fair Trade Enforcement Bureau: {year} accomplishment report",
                                         "Online business registration guidelines", "Noche Buena price guide {year}", "Suggested retail prices of basic necessities and prime commodities, {year}"]),
    "DTI": ("dti.gov.ph", ["Noche Buena price guide {year}", "E-commerce Philippines roadmap 2022", "Bagwis seal of excellence for online stores"]),
    "Philippine Statistics Authority": ("psa.gov.ph", ["{year} Census of Population and Housing: highlights", "Survey on overseas Filipinos {year}",
                                        "Family income and expenditure survey {year}", "Labor force survey, Q{q} {year}", "Philippine tourism satellite accounts {year}"]),
    "Securities and Exchange Commission": ("sec.gov.ph", ["Memorandum Circular No. {q}, Series of {year}", "Guidelines on the registration of online lending platforms",
                                           "Advisory on investment scams on social media"]),
    "Department of Information and Communications Technology": ("dict.gov.ph", ["National ICT household survey {year}", "Free Wi-Fi for All programme report {year}"]),
    "National Telecommunications Commission": ("ntc.gov.ph", ["SIM registration: frequently asked questions", "Memorandum Order No. {q}, Series of {year}"]),
    "Department of Tourism": ("tourism.gov.ph", ["Visitor arrivals to the Philippines, {year}", "National tourism development plan {year}-2028",
                                                 "Love the Philippines: brand guidelines"]),
    "Commission on Filipinos Overseas": ("cfo.gov.ph", ["Stock estimate of overseas Filipinos {year}", "Philippine diaspora engagement report {year}"]),
    "Department of Migrant Workers": ("dmw.gov.ph", ["OFW deployment statistics {year}", "Advisory on illegal recruitment via social media"]),
    "Philippine Overseas Employment Administration": ("poea.gov.ph", ["Overseas employment statistics {year}", "OFW deployment by destination, {year}"]),
    "Philippine Competition Commission": ("phcc.gov.ph", ["Competition policy review {year}", "Guidelines on merger review"]),
    "Food and Drug Administration Philippines": ("fda.gov.ph", ["FDA Advisory No. {year}-0{q}: unregistered food products sold online",
                                                  "Guidelines on the advertisement and promotion of food products"]),
    "Philippine Institute for Development Studies": ("pids.gov.ph", ["Discussion Paper Series No. {year}-0{q}: e-commerce and MSMEs",
                                                     "Digital payments and financial inclusion in the Philippines"]),
    "National Economic and Development Authority": ("neda.gov.ph", ["Philippine development plan 2023-2028", "Socioeconomic report {year}"]),
    "Overseas Workers Welfare Administration": ("owwa.gov.ph", ["OWWA annual report {year}", "Reintegration programme for returning OFWs"]),
}  # fmt: skip
_LAWS = [  # (author, title, year)
    ("Republic of the Philippines", "Republic Act No. 10173: Data Privacy Act of 2012", 2012),
    ("Congress of the Philippines", "Republic Act No. 10173 – Data Privacy Act of 2012", 2012),
    ("Republic of the Philippines", "Republic Act No. 7394: The Consumer Act of the Philippines", 1992),
    ("Congress of the Philippines", "Republic Act No. 11967: Internet Transactions Act of 2023", 2023),
    ("Republic of the Philippines", "Republic Act No. 11934: Subscriber Identity Module (SIM) Registration Act", 2022),
    ("Congress of the Philippines", "Republic Act No. 11765: Financial Products and Services Consumer Protection Act", 2022),
    ("Republic of the Philippines", "Republic Act No. 10667: Philippine Competition Act", 2015),
    ("Congress of the Philippines", "Republic Act No. 8792: Electronic Commerce Act of 2000", 2000),
    ("Republic of the Philippines", "Republic Act No. 10175: Cybercrime Prevention Act of 2012", 2012),
    ("Congress of the Philippines", "Republic Act No. 11127: National Payment Systems Act", 2018),
    ("Republic of the Philippines", "Republic Act No. 11232: Revised Corporation Code of the Philippines", 2019),
    ("Congress of the Philippines", "Republic Act No. 11469: Bayanihan to Heal as One Act", 2020),
    ("Republic of the Philippines", "Republic Act No. 11898: Extended Producer Responsibility Act of 2022", 2022),
    ("Official Gazette of the Republic of the Philippines", "Republic Act No. 10173, s. 2012", 2012),
    ("Official Gazette of the Republic of the Philippines", "Executive Order No. 26, s. 2017: Providing for the establishment of smoke-free environments in public and enclosed places", 2017),
    ("Office of the President of the Philippines", "Executive Order No. 106, s. 2020", 2020),
    ("Bangko Sentral ng Pilipinas", "BSP Circular No. 1048, Series of 2019: Regulations on financial consumer protection", 2019),
    ("Bangko Sentral ng Pilipinas", "BSP Circular No. 1105, Series of 2020: Guidelines on the establishment of digital banks", 2020),
    ("National Privacy Commission", "NPC Circular No. 16-03: Personal data breach management", 2016),
    ("National Privacy Commission", "NPC Circular No. 2023-06: Security of personal data in the government and the private sector", 2023),
    ("Department of Trade and Industry", "Joint Memorandum Circular No. 20-02, Series of 2020: Guidelines for online businesses", 2020),
]  # fmt: skip
_MARKET_RESEARCH = ["Kantar Worldpanel Philippines", "Statista", "Euromonitor International", "NielsenIQ Philippines",
                    "Milieu Insight", "Rakuten Insight", "DataReportal", "Social Weather Stations", "Pulse Asia Research",
                    "Ipsos Philippines", "YouGov", "Kantar Media Philippines", "Meltwater and We Are Social"]  # fmt: skip
_PRESS = ["Philippine Daily Inquirer", "Inquirer.net", "BusinessWorld", "The Philippine Star", "Philstar.com",
          "Rappler", "ABS-CBN News", "GMA News Online", "Manila Bulletin", "BusinessMirror", "Manila Standard",
          "SunStar Cebu", "Mindanao Times", "Bilyonaryo", "Nikkei Asia", "South China Morning Post",
          "The Filipino Times", "Arab News", "Asian Journal", "Gulf News", "Adobo Magazine", "Campaign Asia",
          "Marketing-Interactive", "The Straits Times", "Los Angeles Times", "The Guardian"]  # fmt: skip
_SOCIAL = [("Facebook", "post"), ("Instagram", "post"), ("TikTok", "post"), ("X (formerly Twitter)", "post"),
           ("LinkedIn", "post"), ("YouTube", "motion_picture")]  # fmt: skip
_SOCIAL_AUTHORS = ["Jollibee Philippines", "GCash", "Maya", "Smart Communications", "Globe", "Cebu Pacific",
                   "Philippine Airlines", "SM Supermalls", "Puregold", "7-Eleven Philippines", "BPI", "BDO Unibank",
                   "Ginebra San Miguel", "Lucky Me!", "Jack 'n Jill", "Rappler", "ABS-CBN News", "GMA Network",
                   "Department of Trade and Industry", "Bangko Sentral ng Pilipinas"]  # fmt: skip
_UNIVERSITIES = [("University of the Philippines Diliman", "Quezon City"), ("Ateneo de Manila University", "Quezon City"),
                 ("De La Salle University", "Manila"), ("University of Santo Tomas", "Manila"),
                 ("Asian Institute of Management", "Makati City"), ("University of San Carlos", "Cebu City"),
                 ("Ateneo de Davao University", "Davao City"), ("Mapúa University", "Manila"),
                 ("Polytechnic University of the Philippines", "Manila"), ("Silliman University", "Dumaguete City"),
                 ("Xavier University – Ateneo de Cagayan", "Cagayan de Oro City"), ("University of the Philippines Visayas", "Iloilo City"),
                 ("Saint Louis University", "Baguio City"), ("University of Westminster", "London"),
                 ("Middlesex University Dubai", "Dubai")]  # fmt: skip
_GENRES = ["MBA thesis", "Master's thesis", "PhD thesis", "Undergraduate thesis", "MSc dissertation",
           "Doctor of Business Administration dissertation", "MA thesis"]  # fmt: skip
_JOURNALS = ["Philippine Management Review", "DLSU Business & Economics Review", "Philippine Journal of Psychology",
             "Asia-Pacific Social Science Review", "Philippine Sociological Review", "Philippine Journal of Development",
             "Plaridel: A Philippine Journal of Communication, Media, and Society", "Philippine Studies: Historical and Ethnographic Viewpoints",
             "Kritika Kultura", "Asia Pacific Journal of Marketing and Logistics", "Journal of Asia Business Studies",
             "International Journal of Bank Marketing", "Journal of Retailing and Consumer Services",
             "Asian Journal of Communication", "Journal of Consumer Marketing", "Journal of Services Marketing",
             "Asia Pacific Business Review", "Tourism Management Perspectives", "Journal of Global Marketing",
             "Asian Journal of Business Research", "Ateneo Law Journal", "Review of Women's Studies"]  # fmt: skip
_PUBLISHERS = [("Anvil Publishing", "Mandaluyong City"), ("Ateneo de Manila University Press", "Quezon City"),
               ("University of the Philippines Press", "Quezon City"), ("De La Salle University Publishing House", "Manila"),
               ("UST Publishing House", "Manila"), ("Rex Book Store", "Manila"), ("C&E Publishing", "Quezon City"),
               ("Vibal Group", "Quezon City"), ("Pearson", "Harlow"), ("Pearson Education South Asia", "Singapore"),
               ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"), ("Palgrave Macmillan", "Singapore"),
               ("Springer", "Cham"), ("Wiley", "Hoboken, NJ"), ("McGraw-Hill Education (Asia)", "Singapore"),
               ("Cengage Learning Asia", "Singapore"), ("ISEAS–Yusof Ishak Institute", "Singapore")]  # fmt: skip
_CONGRESSES = ["DLSU Research Congress", "Philippine Marketing Association Research Forum",
               "UP Diliman Virata School of Business Research Conference", "Asia-Pacific Marketing Conference",
               "International Conference on Business and Management Research", "Ateneo Graduate School of Business Research Colloquium",
               "Academy of Marketing Science World Marketing Congress"]  # fmt: skip

# ---------------------------------------------------------------------- titles
_TOPICS = ["e-wallet adoption", "financial inclusion", "remittance behaviour", "sari-sari stores", "sachet marketing",
           "the -ber months", "Christmas retail", "Taglish advertising", "influencer marketing", "TikTok Shop",
           "11.11 and 12.12 sales", "brand nostalgia", "OFW families", "balikbayan boxes", "mall culture",
           "Simbang Gabi", "Holy Week travel", "Sinulog tourism", "Kadayawan", "digital banking", "QR Ph payments",
           "prepaid mobile loads", "SIM registration", "data privacy", "customer trust", "BPO employer branding",
           "fast-food loyalty", "live selling", "Gen Z Filipinos", "teleserye product placement", "pasalubong",
           "local airlines", "buy now, pay later", "regional marketing in Mindanao", "Cebuano audiences"]  # fmt: skip
_LOCAL_TITLES = [
    "Ang pamimili ng mga Pilipino sa panahon ng pandemya [Filipino shopping in the time of the pandemic]",
    "Taglish sa patalastas: wika at identidad [Taglish in advertising: language and identity]",
    "Mga OFW at ang padala: pera, pamilya at pangarap [OFWs and remittances: money, family and dreams]",
    "Ang sari-sari store bilang sentro ng komunidad [The sari-sari store as the centre of the community]",
    "Kilig at katapatan: ang mga tagahanga bilang mamimili [Kilig and loyalty: fans as consumers]",
    "Pasko sa mall: konsumerismo at tradisyon [Christmas at the mall: consumerism and tradition]",
    "Ang pagpalit sa mga Sugbuanon sa online [Online buying among Cebuanos]",
    "Sinulog ug ang mga negosyo sa Sugbo [Sinulog and the businesses of Cebu]",
    "Ang GCash at ang bagong bayanihan [GCash and the new bayanihan]",
    "Tingi-tingi: ang ekonomiya ng sachet [Bit by bit: the sachet economy]",
    "Mga hugot sa social media at ang mga brand [Hugot lines on social media and brands]",
    "Ang wika ng patalastas sa telebisyon [The language of television advertising]",
    "Balikbayan: ang kahon, ang pamilya at ang tatak [Balikbayan: the box, the family and the brand]",
    "Pagsabot sa mga konsumidor sa Davao [Understanding consumers in Davao]",
    "Bida ang saya: si Jollibee at ang pagka-Pilipino [Joy is the star: Jollibee and Filipino identity]",
]  # fmt: skip


class Blind156WorkFactory(WorkFactory):
    """Works a Philippine or diaspora CIM/MBA candidate cites, from a seeded random source of the pool's own."""

    DRAWN: ClassVar[dict[str, int]] = {
        "book": 12, "chapter": 5, "journal": 20, "thesis": 5, "conference": 4, "company-web": 9, "company-report": 7,
        "trade-body": 5, "government": 8, "legislation": 5, "market-research": 9, "news": 9, "press-unsigned": 4,
        "social": 4, "video": 2, "podcast": 2, "undated-web": 4, "asc-2019": 3,
    }  # fmt: skip
    KINDS = tuple(DRAWN)

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 156 + 15601)
        for index, locale in enumerate(_EXPAT_LOCALES):
            fake = Faker(locale)
            fake.seed_instance(seed * 156 + 15601 + index)
            self.fakers[f"156-{locale}"] = fake
        self.surnames: list[str] = []
        self.asc_titles = [
            "Code of Ethics and Manual of Procedures 2019", "Guidelines on influencer and social media advertising",
            "ASC annual report 2019", "Guidelines on advertising to children", "Content and regulatory standards for alcohol advertising",
        ]  # fmt: skip
        self.rng.shuffle(self.asc_titles)

    # ------------------------------------------------------------------ people
    def _given(self) -> str:
        given = self.rng.choice(_GIVEN_F if self.rng.random() < 0.55 else _GIVEN_M)
        roll = self.rng.random()
        if roll < 0.3:  # the mother's maiden surname as a middle initial
            given = f"{given} {self.rng.choice(_SPANISH + _NATIVE + _CHINESE_FILIPINO)[0]}."
        elif roll < 0.42:  # written out in full, as some reference managers keep it
            given = f"{given} {self.rng.choice(_SPANISH + _NATIVE)}"
        return given

    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        name: dict[str, str]
        if roll < 0.16 and self.surnames:  # "Santos, J." and "Santos, M." in one report
            name = {"family": self.rng.choice(self.surnames), "given": self._given()}
        elif roll < 0.42:
            name = {"family": self.rng.choice(_SPANISH), "given": self._given()}
        elif roll < 0.52:
            name = {"family": self.rng.choice(_NATIVE), "given": self._given()}
        elif roll < 0.62:
            name = {"family": self.rng.choice(_CHINESE_FILIPINO), "given": self._given()}
        elif roll < 0.70:
            name = {"family": self.rng.choice(_PARTICLE_SURNAMES), "given": self._given()}
        elif roll < 0.73:  # the particle kept apart, as Zotero imports it
            particle, family = self.rng.choice(_PARTICLES)
            name = {"family": family, "given": self._given(), "non-dropping-particle": particle}
        elif roll < 0.79:
            name = {"family": self.rng.choice(_ACCENTED), "given": self._given()}
        elif roll < 0.83:
            name = {"family": self.rng.choice(_HYPHENATED), "given": self.rng.choice(_GIVEN_F)}
        elif roll < 0.91:
            family, given = self.rng.choice(_EXPATS)
            name = {"family": family, "given": given}
        else:
            fake = self.fakers[f"156-{self.rng.choice(_EXPAT_LOCALES)}"]
            name = {"family": fake.last_name(), "given": fake.first_name()}
        if "non-dropping-particle" not in name and self.rng.random() < 0.07:
            name["suffix"] = self.rng.choice(_SUFFIXES)
        self.surnames.append(name["family"])
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[38, 26, 15, 8, 5, 4, 2, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if all((name["family"], name["given"]) != (p["family"], p["given"]) for p in people):
                people.append(name)
        return people

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        if self.rng.random() < 0.04:  # the classics still on reading lists
            return self.rng.randint(1967, 1994)
        return self.rng.randint(2005, 2025)

    def _recent(self) -> int:
        return self.rng.randint(2012, 2024)

    def _accessed_after(self, year: int) -> dict[str, list[list[int]]]:
        first = max(year + 1, 2022)
        return {
            "date-parts": [
                [self.rng.randint(first, max(first, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            ]
        }

    def _title(self) -> str:
        if self.rng.random() < 0.16:
            return self.rng.choice(_LOCAL_TITLES)
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        place = self.rng.choice(["the Philippines", "Metro Manila", "Cebu", "Davao City", "Iloilo", "Mindanao",
                                 "the Visayas", "Quezon City", "Cagayan de Oro", "Baguio"])  # fmt: skip
        group = self.rng.choice(["Gen Z Filipinos", "OFW families", "millennial Filipinos", "unbanked Filipinos", "BPO workers",
                                 "Filipino mothers", "OFWs in the Gulf", "Filipino-Canadians in Toronto",
                                 "Filipino migrants in Hong Kong", "the Filipino diaspora in London"])  # fmt: skip
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {place}",
            f"{topic[0].upper()}{topic[1:]} and {other}: evidence from {place}",
            f"Understanding {topic} among {group}",
            f"The role of {topic} in {place}",
            f"From palengke to app: {topic} in {place}",
            f"{self.rng.choice(['Sulit', 'Suki', 'Kilig', 'Bayanihan', 'Padala', 'Pasalubong'])}: {topic} and {group}",
            f"Marketing to {group}: {topic}",
            f"Can {topic} build trust? A study of {group}",
        ]
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        work.kind = kind
        return work

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        if self.rng.random() < 0.15:  # the e-book read on a phone
            record.pop("publisher-place")
            record["URL"] = (
                f"https://www.{self.rng.choice(['perlego.com/book', 'books.google.com.ph/books', 'scribd.com/book'])}/{self.rng.randint(10000, 999999)}"
            )
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0][0])
        elif self.rng.random() < 0.1:
            record["medium"] = self.rng.choice(["Kindle", "e-book"])
        if self.rng.random() < 0.08:  # the textbook everyone cites, in its Asian edition
            record["title"] = self.rng.choice(["Principles of marketing: an Asian perspective", "Marketing management: an Asian perspective",
                                               "Marketing in the Philippine setting", "Consumer behavior: Philippine edition"])  # fmt: skip
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 300)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["Consumer culture in the Philippines", "Marketing in Southeast Asia",
                                                "The Routledge handbook of contemporary Philippines",
                                                "Filipino diaspora and consumption", "Media and society in the Philippines",
                                                "Pinoy popular culture reader", "Digital marketing in emerging Asia"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 600)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 70)), "issue": str(self.rng.randint(1, 4)),
            "page": f"{start}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice(['1108', '1016', '13185', '3860', '1080', '59588'])}/{self.rng.choice(['APJML', 'pmr', 'dlsu-ber', 'IJBM', 'j.jretconser', 'apssr'])}-{self.rng.randint(2010, 2025)}-{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "issued": {"date-parts": [[self.rng.randint(2008, 2025)]]},
                                  "genre": self.rng.choice(_GENRES), "publisher": university,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.4:
            record["URL"] = (
                f"https://{self.rng.choice(['animorepository.dlsu.edu.ph/etd_masteral', 'archium.ateneo.edu/theses-dissertations', 'www.journals.upd.edu.ph/thesis', 'repository.usc.edu.ph'])}/{self.rng.randint(100, 9999)}"
            )
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0][0])
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        congress = self.rng.choice(_CONGRESSES)
        year = self.rng.randint(2010, 2025)
        start = self.rng.randint(1, 200)
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": f"Proceedings of the {congress} {year}", "event": congress,
            "event-place": self.rng.choice(["Manila", "Quezon City", "Makati City", "Cebu City", "Davao City", "Singapore", "Bangkok"]),
            "issued": {"date-parts": [[year]]}, "page": f"{start}-{start + self.rng.randint(5, 12)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _company_web(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        title = self.rng.choice(["About us", "Our story", "Sustainability", "Investor relations", "Newsroom",
                                 "Privacy notice", "Company profile", "Our brands", f"{self.rng.choice(['Pasko', 'Christmas', '12.12', '11.11', 'Summer'])} promo mechanics",
                                 "Corporate governance", "Customer charter", "Careers"])  # fmt: skip
        slug = "".join(ch for ch in name.lower().split(",")[0].split()[0] if ch.isalnum())
        record: dict[str, Any] = {"type": "webpage", "title": title,
                                  "URL": f"https://www.{slug}.com.ph/{title.lower().replace(' ', '-')}"}  # fmt: skip
        year = None
        if self.rng.random() < 0.7:
            year = self._recent()
            record["issued"] = {"date-parts": [[year]]}
        if self.rng.random() < 0.9:
            record["accessed"] = self._accessed_after(year or 2021)
        return self._org_work(record, "web", name, tags)

    def _company_report(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self._recent()
        title = self.rng.choice([f"Integrated annual report {year}", f"{year} annual report", f"Sustainability report {year}",
                                 f"SEC Form 17-A: annual report for the fiscal year ended 31 December {year - 1}",
                                 f"Investor presentation: full-year {year - 1} results", f"{year} ESG report"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name, "publisher-place": self.rng.choice(["Pasig City", "Makati City", "Taguig City", "Mandaluyong City", "Quezon City", "Pasay City", "Cebu City"])}  # fmt: skip
        if self.rng.random() < 0.65:
            record["URL"] = f"https://www.{name.split()[0].lower().strip(',')}.com.ph/investor-relations/{year}"
            if self.rng.random() < 0.92:
                record["accessed"] = self._accessed_after(year)
        return self._org_work(record, "report", name, tags)

    def _trade_body(self) -> Work:
        name, tags = self.rng.choice(_TRADE_BODIES)
        year = self._recent()
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]),
                                  "title": self.rng.choice([f"Code of ethics ({year} revision)", f"State of the industry report {year}",
                                                            "Guidelines on influencer marketing", f"Industry roadmap {year}-2028",
                                                            "Frequently asked questions", self._title()]),
                                  "issued": {"date-parts": [[year]]},
                                  "URL": f"https://www.{''.join(w[0] for w in name.split() if w[0].isupper()).lower()}.org.ph/{self.rng.randint(10, 999)}",
                                  "accessed": self._accessed_after(year)}  # fmt: skip
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _asc_2019(self) -> Work:
        """The Ad Standards Council's pages of 2019: two in one report are "2019a" and "2019b"."""
        title = self.asc_titles.pop() if self.asc_titles else self._title()
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[2019]]},
                                  "publisher": "Ad Standards Council", "publisher-place": "Makati City",
                                  "URL": f"https://asc.com.ph/{title.split()[0].lower()}-{self.rng.randint(1, 99)}",
                                  "accessed": self._accessed_after(2019)}  # fmt: skip
        return self._org_work(record, "report", "Ad Standards Council", {"trade-body"})

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        year = self._recent()
        short = name.split(" (")[0]
        if short == "BSP":
            short = "Bangko Sentral ng Pilipinas"
        domain, titles = _GOVERNMENT_WORKS[short]
        title = (
            self.rng.choice(titles).format(year=year, q=self.rng.randint(1, 4))
            if self.rng.random() < 0.8
            else self._title()
        )
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]), "title": title, "issued": {"date-parts": [[year]]},
            "URL": f"https://www.{domain}/{self.rng.choice(['publications', 'news', 'advisories', 'statistics', 'downloads'])}/{self.rng.randint(100, 9999)}",
            "accessed": self._accessed_after(year),
        }  # fmt: skip
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags | {"government"})

    def _legislation(self) -> Work:
        author, title, year = self.rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": f"https://www.officialgazette.gov.ph/{year}/{self.rng.randint(1, 12):02d}/{self.rng.randint(1, 28):02d}/",
                                  "accessed": self._accessed_after(year)}  # fmt: skip
        if self.rng.random() < 0.3:
            record["URL"] = (
                f"https://lawphil.net/statutes/repacts/ra{year}/ra_{self.rng.randint(7000, 11999)}_{year}.html"
            )
        return self._org_work(record, "legislation", author, {"government", "legislation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_MARKET_RESEARCH)
        year = self.rng.randint(2016, 2024) if self.rng.random() < 0.88 else None
        shown = year or 2024
        title = self.rng.choice([
            f"Digital {shown}: the Philippines", f"Asia brand footprint {shown}: Philippines",
            f"Consumer foodservice in the Philippines {shown}", f"Share of e-wallet users in the Philippines {shown}, by age group",
            "Philippines: e-commerce revenue forecast to 2029", f"Filipino consumers and the -ber months: Christmas shopping {shown}",
            f"Fourth quarter {shown} social weather survey", f"Ulat ng Bayan: {shown} national survey [Report of the nation]",
            f"Alcoholic drinks in the Philippines, {shown}", f"How Filipinos pay: cash, cards and e-wallets {shown}",
        ])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" and ")[0],
                                  "URL": f"https://www.{name.split()[0].lower()}.com/ph/{self.rng.randint(1000, 99999)}",
                                  "accessed": self._accessed_after(year or 2021)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        year = self._recent()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "author": self._people(2),
            "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.{self.rng.choice(['inquirer.net', 'bworldonline.com', 'philstar.com', 'rappler.com', 'news.abs-cbn.com', 'gmanetwork.com/news', 'mb.com.ph', 'sunstar.com.ph', 'thefilipinotimes.com', 'asianjournal.com'])}/{self.rng.randint(100000, 999999)}",
            "accessed": self._accessed_after(year),
        }  # fmt: skip
        if self.rng.random() < 0.08:
            del record["accessed"]  # the habit of leaving it off
        return self._person_work(record, "news")

    def _press_unsigned(self) -> Work:
        year = self._recent()
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.{''.join(ch for ch in paper.lower() if ch.isalnum())}.com/{self.rng.randint(100000, 999999)}",
            "accessed": self._accessed_after(year),
        }  # fmt: skip
        return self._org_work(record, "news", paper, {"press"})

    def _social(self) -> Work:
        platform, kind = self.rng.choice(_SOCIAL[:-1])
        year = self._recent()
        author = self.rng.choice(_SOCIAL_AUTHORS)
        record: dict[str, Any] = {
            "type": kind, "title": self.rng.choice(["Pasko na, Bida! Our -ber months treats are here",
                                                    "12.12 Payday Sale: up to 50% off", "Happy Sinulog, Cebu! Pit Señor!",
                                                    "Salamat, mga Kapuso [Thank you, Kapusos]",
                                                    "Padala made easy for our OFWs this Christmas", "Kadayawan sa Dabaw!",
                                                    "Register your SIM before the deadline", "Holy Week travel advisory"]),
            "container-title": platform, "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.{platform.split()[0].lower()}.com/{''.join(ch for ch in author.lower() if ch.isalnum())}/{self.rng.randint(1000000, 9999999)}",
            "accessed": self._accessed_after(year),
        }  # fmt: skip
        return self._org_work(record, "social", author, {"company", "social"})

    def _video(self) -> Work:
        year = self._recent()
        record: dict[str, Any] = {
            "type": "motion_picture",
            "title": self.rng.choice(["Kwentong Jollibee: Vow", "How GCash won the -ber months", "The OFW and the balikbayan box",
                                      "Inside Cebu Pacific's low-fare playbook", "Marketing Taglish: a masterclass",
                                      "Maya and the rise of digital banks"]),
            "medium": "YouTube", "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.youtube.com/watch?v={self.fakers['en_GB'].lexify('???????????')}",
            "accessed": self._accessed_after(year),
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["author"] = self._people(1)
            return self._person_work(record, "video")
        return self._org_work(
            record,
            "video",
            self.rng.choice(["ANC 24/7", "Rappler", "Jollibee Philippines", "GMA Public Affairs", "Adobo Magazine"]),
            {"company"},
        )

    def _podcast(self) -> Work:
        year = self._recent()
        record: dict[str, Any] = {
            "type": "song", "title": f"Episode {self.rng.randint(1, 240)}: {self._title()}",
            "container-title": self.rng.choice(["Usapang Marketing", "The Pinoy Marketer Podcast", "Kwentong Negosyo",
                                                "Rappler Talk", "Business Matters PH", "Brand Kwentuhan"]),
            "medium": "Podcast", "author": self._people(2), "issued": {"date-parts": [[year]]},
            "URL": f"https://open.spotify.com/episode/{self.fakers['en_GB'].lexify('??????????')}",
            "accessed": self._accessed_after(year),
        }  # fmt: skip
        return self._person_work(record, "podcast")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(),
                                  "URL": f"https://www.{self.rng.choice(['yugatech.com', 'pinoymoneytalk.com', 'filipiknow.net', 'grit.ph', 'moneymax.ph', 'marketing-interactive.com'])}/{self.rng.randint(100, 99999)}",
                                  "accessed": self._accessed_after(2021)}  # fmt: skip
        if self.rng.random() < 0.5:
            record["author"] = self._people(2)
            return self._person_work(record, "undated-web")
        name, tags = self.rng.choice(_COMPANIES + _TRADE_BODIES)
        return self._org_work(record, "undated-web", name, tags | {"undated"})
