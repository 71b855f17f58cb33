"""Works for the blind132 pool (HELD OUT): what marketers in Nepal and Bhutan and their diaspora cite.

Written without reading the checker, its tests or any other pool. Candidates at banks, development banks and
microfinance, telecoms and wallets, remittance firms, tea, pashmina, carpet and noodle makers, breweries, airlines,
trekking and hotel firms, hydropower companies, retailers, media houses and agencies in Kathmandu, Lalitpur,
Pokhara, Biratnagar, Butwal, Chitwan, Thimphu, Paro and Phuentsholing, and in Doha, Dubai, Kuala Lumpur, Sydney,
London and New York, cite: Nepali textbooks (some dated in Bikram Sambat, as the cover gives it), NepJOL journals with
their 10.3126 DOIs, international journals, theses from Tribhuvan University, Kathmandu University, Pokhara
University and the Royal University of Bhutan, conference papers, Nepal Rastra Bank and Royal Monetary Authority
reports with fiscal years (2080/81), Acts numbered "Electronic Transactions Act, 2063 (2008)" and "Consumer Protection
Act of Bhutan 2012", company pages and reports (Pvt. Ltd., Ltd., P. Ltd, Limited), trade bodies, DataReportal and
other research firms, the Nepali, Bhutanese and Gulf press signed and unsigned, Facebook and TikTok posts, YouTube
videos and podcasts, undated pages; Nepali and Dzongkha titles with English in square brackets.

Names: Bahun, Chhetri, Newar, Gurung, Magar, Tamang, Rai, Limbu, Tharu, Madhesi, Dalit, Thakali and Sherpa names
(K.C. and B.K. as initials, "Thapa Magar" and other compound surnames, Sherpa names from the day of the week with no
family name, filed by their second name), Bhutanese names with no family name (filed by the second name, by the
first, or written whole), Lhotshampa spellings (Ghalley, Ghimiray), a Dasho typed into the given name, romanisation
variants (Poudel/Paudel, Dorji/Dorjee/Dorje, Tshering/Tsering), a few in IAST diacritics, and expatriates.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# ---------------------------------------------------------------------------------------------- names
_BAHUN = ["Sharma", "Adhikari", "Poudel", "Paudel", "Bhattarai", "Koirala", "Dahal", "Pokharel", "Pokhrel", "Ghimire",
          "Acharya", "Aryal", "Dhakal", "Subedi", "Timilsina", "Upadhyaya", "Upadhyay", "Khanal", "Gautam", "Regmi",
          "Lamichhane", "Neupane", "Pandey", "Devkota", "Rijal", "Wagle", "Baral", "Bhusal", "Sapkota", "Niraula",
          "Pant", "Tiwari", "Joshi", "Bhandari", "Kafle", "Luitel", "Dhungana", "Parajuli", "Sigdel", "Mainali"]  # fmt: skip
_CHHETRI = ["Thapa", "Karki", "Basnet", "Khadka", "Bista", "Rana", "Shahi", "Rawal", "Khatri", "Kunwar", "Budhathoki",
            "Raut", "Mahat", "Bohara", "Rokaya", "Chand", "Thakuri", "Malla", "Shah", "Chhetri", "Kshetri"]  # fmt: skip
_NEWAR = ["Shrestha", "Maharjan", "Bajracharya", "Tuladhar", "Shakya", "Pradhan", "Amatya", "Manandhar", "Rajbhandari",
          "Dangol", "Vaidya", "Tamrakar", "Sthapit", "Joshi", "Karmacharya", "Prajapati", "Singh", "Shrestha"]  # fmt: skip
_JANAJATI = ["Gurung", "Magar", "Pun", "Ale", "Tamang", "Lama", "Moktan", "Yonjan", "Ghising", "Rai", "Limbu", "Subba",
             "Sherchan", "Gauchan", "Tulachan", "Chaudhary", "Dangaura", "Mahato", "Ghale", "Sunuwar"]  # fmt: skip
_MADHESI = ["Yadav", "Jha", "Mishra", "Sah", "Mandal", "Thakur", "Karna", "Das", "Ansari", "Gupta", "Chaudhary",
            "Agrawal", "Shah", "Mahato", "Kushwaha"]  # fmt: skip
_DALIT = ["B.K.", "BK", "Bishwakarma", "Biswakarma", "Pariyar", "Nepali", "Sunar", "Sarki", "Kami"]  # fmt: skip
_COMPOUND = ["Thapa Magar", "Rana Magar", "Budha Magar", "Ale Magar", "Pun Magar", "Rana Tharu", "Lama Tamang",
             "Singh Thakuri", "Gurung Ghale", "Joshi Shrestha"]  # fmt: skip
_GIVEN_M = ["Ram", "Hari", "Krishna", "Bishnu", "Anil", "Binod", "Prakash", "Pratik", "Aashish", "Rajendra", "Shyam",
            "Nabin", "Suman", "Bikash", "Dipesh", "Kiran", "Sagar", "Bibek", "Prabin", "Aayush", "Niraj", "Rabin",
            "Ganesh", "Dil Bahadur", "Man Bahadur", "Tek Bahadur", "Krishna Prasad", "Hari Prasad", "Ram Kumar",
            "Gyanendra", "Shiva Raj", "Bal Krishna", "Sunil Kumar", "Rajesh", "Manoj", "Pramod", "Ujjwal", "Rabindra",
            "Sanjeev", "Prajwol", "Sajan", "Bhim", "Dhan", "Khem", "Tej Narayan", "Lok Nath", "Deepak", "Sudip",
            "Bijay", "Yubaraj", "Puspa Raj", "Ananta", "Roshan", "Saroj"]  # fmt: skip
_GIVEN_F = ["Sita", "Gita", "Sunita", "Sarita", "Sabina", "Pooja", "Rojina", "Anjali", "Sujata", "Manisha", "Srijana",
            "Samikshya", "Sushma", "Durga", "Laxmi", "Chandra Kala", "Mina Kumari", "Anita", "Rashmi", "Asmita",
            "Dil Maya", "Maya", "Bhagwati", "Prativa", "Shristi", "Aakriti", "Bandana", "Januka", "Nirmala", "Kabita",
            "Sapana", "Binita", "Reshma", "Usha"]  # fmt: skip
_DAYS = ["Nima", "Dawa", "Mingma", "Lhakpa", "Phurba", "Pasang", "Pemba"]  # Sherpa names from the day of birth
_SHERPA_SECOND = ["Dorje", "Dorjee", "Tenzing", "Gyalzen", "Norbu", "Lhamu", "Diki", "Futi", "Doma", "Chhiring",
                  "Nuru", "Tashi", "Sonam", "Kancha", "Rita", "Yangji"]  # fmt: skip
_BHUTANESE = ["Tshering", "Dorji", "Wangchuk", "Wangmo", "Choden", "Pem", "Pelden", "Tenzin", "Karma", "Sonam", "Kinley",
              "Dechen", "Ugyen", "Jigme", "Namgay", "Yeshi", "Pema", "Kezang", "Lhamo", "Dema", "Yangzom", "Phuntsho",
              "Sangay", "Chimi", "Tashi", "Rinzin", "Norbu", "Gyeltshen", "Tobgay", "Thinley", "Penjor", "Zangpo",
              "Wangdi", "Lhendup", "Tshomo", "Yangchen", "Dendup", "Rigzin", "Nidup", "Choki", "Dorjee", "Tsering",
              "Gyaltshen", "Letho", "Samten", "Tandin", "Younten", "Zam"]  # fmt: skip
_LHOTSHAMPA = [("Ghalley", "Bhim Bahadur"), ("Ghimiray", "Tika Ram"), ("Rizal", "Pabitra"), ("Chhetri", "Nar Bahadur"),
               ("Gurung", "Dhan Maya"), ("Pradhan", "Rupak"), ("Subba", "Kamala"), ("Mongar", "Tek Nath"),
               ("Sharma", "Dil Kumar"), ("Tamang", "Sangita")]  # fmt: skip
_IAST = [("Śarmā", "Rāmeśvara"), ("Bhaṭṭarāī", "Kṛṣṇa"), ("Śreṣṭha", "Prakāśa"), ("Bajrācārya", "Mañjuśrī"),
         ("Śākya", "Sujātā"), ("Tāmāṅ", "Bīr Bahādur")]  # fmt: skip
_EXPATS: list[tuple[str, str, str | None]] = [
    ("Müller", "Katrin", None), ("Schneider", "Jonas", None), ("Sørensen", "Mette", None), ("Bjørnstad", "Eirik", None),
    ("Gaillard", "Élodie", None), ("Lefèvre", "Mathieu", None), ("Berg", "Sanne", "van den"), ("Vries", "Pieter", "de"),
    ("Tanaka", "Hiroshi", None), ("Kim", "Jiwoo", None), ("Banerjee", "Arindam", None), ("Mukherjee", "Sohini", None),
    ("Bhattacharya", "Debashis", None), ("Rahman", "Mahfuzur", None), ("Smith", "Rebecca", None),
    ("O'Connor", "Siobhán", None), ("Harrison", "James", None), ("Campbell", "Fiona", None), ("Fischer", "Lukas", None),
    ("Nakamura", "Aiko", None), ("Rossi", "Giulia", None), ("Wang", "Xiaoming", None), ("Al-Kuwari", "Noora", None),
    ("Abdullah", "Nur Aisyah", None), ("Lim", "Wei Ling", None), ("Thompson", "Claire", None),
    ("Hoffmann-Shrestha", "Anna", None), ("Gurung-Walker", "Maya", None), ("Schüler", "Jürgen", None),
    ("Iyer", "Lakshmi", None), ("Chatterjee", "Ritwik", None), ("Williams", "Owen", None), ("Kowalski", "Marta", None),
]  # fmt: skip

# ---------------------------------------------------------------------------------------------- organisations
_ORGS: list[tuple[str, set[str]]] = [
    ("Nepal Rastra Bank", {"regulator"}), ("Nepal Rastra Bank (NRB)", {"regulator", "abbreviation"}),
    ("Royal Monetary Authority of Bhutan", {"regulator"}), ("Royal Monetary Authority of Bhutan (RMA)", {"regulator", "abbreviation"}),
    ("Nepal Telecommunications Authority", {"regulator"}), ("Bhutan InfoComm and Media Authority", {"regulator"}),
    ("Securities Board of Nepal (SEBON)", {"regulator", "abbreviation"}), ("Nepal Tourism Board", {"government"}),
    ("Department of Tourism, Royal Government of Bhutan", {"government", "comma"}), ("Tourism Council of Bhutan", {"government"}),
    ("National Statistics Office", {"government"}), ("Central Bureau of Statistics", {"government"}),
    ("National Statistics Bureau of Bhutan", {"government"}), ("Gross National Happiness Commission", {"government"}),
    ("Ministry of Finance, Government of Nepal", {"government", "comma"}), ("Ministry of Culture, Tourism and Civil Aviation", {"government", "comma"}),
    ("Ministry of Labour, Employment and Social Security", {"government", "comma"}), ("Department of Foreign Employment", {"government"}),
    ("Ministry of Economic Affairs", {"government"}), ("Centre for Bhutan and GNH Studies", {"government"}),
    ("Federation of Nepalese Chambers of Commerce and Industry (FNCCI)", {"trade-body", "abbreviation"}),
    ("Confederation of Nepalese Industries", {"trade-body"}), ("Bhutan Chamber of Commerce and Industry", {"trade-body"}),
    ("Hotel Association Nepal", {"trade-body"}), ("Trekking Agencies' Association of Nepal (TAAN)", {"trade-body", "apostrophe", "abbreviation"}),
    ("Nepal Bankers' Association", {"trade-body", "apostrophe"}), ("Nepal Pashmina Industries Association", {"trade-body"}),
    ("Independent Power Producers' Association, Nepal", {"trade-body", "apostrophe", "comma"}), ("National Tea and Coffee Development Board", {"government"}),
    ("Himalayan Orthodox Tea Producers Association", {"trade-body"}), ("Nepal Association of Tour and Travel Agents", {"trade-body"}),
    ("Nabil Bank Limited", {"company"}), ("NIC Asia Bank Ltd.", {"company"}), ("Global IME Bank Limited", {"company"}),
    ("Himalayan Bank Ltd.", {"company"}), ("Standard Chartered Bank Nepal Limited", {"company"}), ("Bank of Bhutan Limited", {"company"}),
    ("Bhutan National Bank Ltd.", {"company"}), ("Bhutan Development Bank Limited", {"company"}), ("Muktinath Bikas Bank Ltd.", {"company"}),
    ("Chhimek Laghubitta Bittiya Sanstha Ltd.", {"company"}), ("Nirdhan Utthan Laghubitta", {"company"}),
    ("Nepal Telecom", {"company"}), ("Nepal Doorsanchar Company Limited", {"company"}), ("Ncell Axiata Limited", {"company"}),
    ("Ncell", {"company"}), ("Bhutan Telecom Ltd.", {"company"}), ("Tashi InfoComm Limited", {"company"}),
    ("eSewa", {"company", "lowercase"}), ("F1Soft International Pvt. Ltd.", {"company"}), ("Khalti Pvt. Ltd.", {"company"}),
    ("IME Pay", {"company"}), ("IME Limited", {"company"}), ("Prabhu Money Transfer", {"company"}), ("City Express Money Transfer", {"company"}),
    ("Nepal Clearing House Ltd.", {"company"}), ("Chaudhary Group", {"company"}), ("CG Corp Global", {"company"}),
    ("Himalayan Snax & Noodles Pvt. Ltd.", {"company", "ampersand"}), ("Gorkha Brewery Pvt. Ltd.", {"company"}),
    ("Bhutan Brewery Pvt. Ltd.", {"company"}), ("Buddha Air", {"company"}), ("Buddha Air Pvt. Ltd.", {"company"}),
    ("Yeti Airlines", {"company"}), ("Drukair Corporation Limited", {"company"}), ("Druk Air", {"company"}),
    ("Nepal Airlines Corporation", {"company"}), ("Dwarika's Hotel", {"company", "apostrophe"}),
    ("Soaltee Hotel Limited", {"company"}), ("Yak & Yeti Hotel", {"company", "ampersand"}),
    ("Bhatbhateni Supermarket", {"company"}), ("Daraz Nepal", {"company"}), ("Chilime Hydropower Company Ltd.", {"company"}),
    ("Butwal Power Company Limited", {"company"}), ("Druk Green Power Corporation Ltd.", {"company"}),
    ("Druk Holding and Investments", {"company"}), ("Kantipur Media Group", {"company"}), ("Bhutan Broadcasting Service", {"company"}),
    ("Himalayan Java Coffee", {"company"}), ("Ilam Tea Producers Cooperative Ltd.", {"company"}),
    ("World Bank", {"international"}), ("Asian Development Bank", {"international"}), ("UNDP Nepal", {"international"}),
    ("International Labour Organization", {"international"}), ("GSMA", {"international", "acronym"}),
    ("Helvetas Nepal", {"international"}), ("GoodWeave International", {"international"}), ("SNV Nepal", {"international"}),
]  # fmt: skip
_POSTS: dict[str, tuple[list[str], list[str]]] = {
    "telecom": (["Ncell", "Nepal Telecom", "TashiCell", "Bhutan Telecom"],
                ["Celebrate Teej with free data", "Tashi Delek! Happy Losar", "Dashain data offer: double data for 15 days",
                 "Shubha Deepawali from all of us"]),
    "wallet": (["eSewa", "Khalti", "IME Pay", "Fonepay"],
               ["Happy Dashain! Enjoy 20% cashback on every payment", "Send money home this Tihar with zero fee",
                "Chhath Parva ko hardik shubhakamana", "Pay your electricity bill and win"]),
    "airline": (["Buddha Air", "Yeti Airlines", "Drukair", "Bhutan Airlines"],
                ["New routes to Bhadrapur from 1 Shrawan", "Thimphu Tshechu special fares", "Mountain flight offer for Nepali citizens"]),
    "food": (["Wai Wai", "Mayos Noodles", "Gorkha Brewery", "Himalayan Java Coffee", "Druk 11000"],
             ["Share the taste this Dashain", "Teej ko shubhakamana", "Our new flavour is here", "Tag a friend who needs a coffee"]),
    "tourism": (["Nepal Tourism Board", "Department of Tourism Bhutan"],
                ["#VisitNepal2025 starts now", "Happiness is a place", "Autumn trekking season is open"]),
}  # fmt: skip
_GOVERNMENT: list[tuple[str, str, list[tuple[str, int]]]] = [
    ("Ministry of Finance", "mof.gov.np", [("Economic survey 2022/23", 2023), ("Budget speech of fiscal year 2080/81", 2023), ("Economic survey 2019/20", 2020)]),
    ("Central Bureau of Statistics", "cbs.gov.np", [("Nepal labour force survey 2017/18", 2019), ("Report on the Nepal labour force survey 2017/18", 2019)]),
    ("National Statistics Office", "nsonepal.gov.np", [("National population and housing census 2021: national report", 2023), ("Nepal living standards survey IV 2022/23", 2024)]),
    ("National Statistics Bureau of Bhutan", "nsb.gov.bt", [("Bhutan living standards survey report 2022", 2022), ("Statistical yearbook of Bhutan 2023", 2023)]),
    ("Centre for Bhutan and GNH Studies", "bhutanstudies.org.bt", [("GNH survey report 2022", 2023), ("A compass towards a just and harmonious society: 2015 GNH survey report", 2016)]),
    ("Ministry of Labour, Employment and Social Security", "moless.gov.np", [("Nepal labour migration report 2022", 2022), ("Nepal labour migration report 2020", 2020)]),
    ("Nepal Rastra Bank", "nrb.org.np", [("Payment systems oversight report 2022/23", 2023), ("Monetary policy for 2080/81", 2023), ("Financial stability report 2022/23", 2024)]),
    ("Nepal Telecommunications Authority", "nta.gov.np", [("Management information system report (Chaitra 2080)", 2024), ("Telecommunication indicators (Ashadh 2079)", 2022)]),
    ("Royal Monetary Authority of Bhutan", "rma.org.bt", [("Annual report 2022-23", 2023), ("Monetary policy statement 2023", 2023)]),
    ("Gross National Happiness Commission", "gnhc.gov.bt", [("Thirteenth five year plan 2024-2029", 2024), ("Twelfth five year plan 2018-2023", 2019)]),
    ("Department of Tourism, Royal Government of Bhutan", "tourism.gov.bt", [("Bhutan tourism monitor 2023", 2024), ("Sustainable Development Fee: revised rates", 2023)]),
    ("Ministry of Culture, Tourism and Civil Aviation", "tourism.gov.np", [("Nepal tourism statistics 2023", 2024), ("Nepal tourism statistics 2019", 2020)]),
    ("Department of Commerce, Supplies and Consumer Protection", "doc.gov.np", [("Festival market monitoring report (Ashwin 2080)", 2023), ("Annual progress report 2078/79", 2022)]),
]  # fmt: skip
_ACTS = [
    ("Electronic Transactions Act, 2063 (2008)", 2008, "Nepal"), ("Consumer Protection Act, 2075 (2018)", 2018, "Nepal"),
    ("Advertisement (Regulation) Act, 2076 (2019)", 2019, "Nepal"), ("Foreign Employment Act, 2064 (2007)", 2007, "Nepal"),
    ("Companies Act, 2063 (2006)", 2006, "Nepal"), ("Banks and Financial Institutions Act, 2073 (2017)", 2017, "Nepal"),
    ("Payment and Settlement Act, 2075 (2019)", 2019, "Nepal"), ("The Privacy Act, 2075 (2018)", 2018, "Nepal"),
    ("Industrial Enterprises Act, 2076 (2020)", 2020, "Nepal"), ("Foreign Investment and Technology Transfer Act, 2075 (2019)", 2019, "Nepal"),
    ("Telecommunications Act, 2053 (1997)", 1997, "Nepal"), ("Copyright Act, 2059 (2002)", 2002, "Nepal"),
    ("Nepal Rastra Bank Act, 2058 (2002)", 2002, "Nepal"), ("Tourism Act, 2035 (1978)", 1978, "Nepal"),
    ("Unified Directives for Licensed Institutions, 2080", 2023, "NRB"), ("Payment Service Provider Licensing Directives, 2078", 2021, "NRB"),
    ("Consumer Protection Act of Bhutan 2012", 2012, "Bhutan"), ("Information, Communications and Media Act of Bhutan 2018", 2018, "Bhutan"),
    ("Companies Act of the Kingdom of Bhutan 2016", 2016, "Bhutan"), ("Tourism Levy Act of Bhutan 2022", 2022, "Bhutan"),
    ("Tobacco Control Act of Bhutan 2010", 2010, "Bhutan"), ("Financial Services Act of Bhutan 2011", 2011, "Bhutan"),
    ("Fiscal Incentives Act of Bhutan 2021", 2021, "Bhutan"), ("Payment and Settlement Systems Regulations 2018", 2018, "RMA"),
]  # fmt: skip
_PRESS = ["The Kathmandu Post", "The Himalayan Times", "myRepublica", "Onlinekhabar English", "Setopati", "Nepali Times",
          "The Rising Nepal", "Kuensel", "The Bhutanese", "Business Bhutan", "BBS", "Gulf Times", "The Peninsula",
          "Khaleej Times", "Gulf News", "The Star", "SBS Nepali", "Nikkei Asia", "The Diplomat", "Himal Southasian",
          "Kantipur", "Nagarik", "New Business Age", "ICT Samachar", "Techpana"]  # fmt: skip
_NEPJOL = [("The Journal of Nepalese Business Studies", "jnbs"), ("Nepalese Journal of Management", "njm"),
           ("Pravaha", "pravaha"), ("Journal of Business and Social Sciences Research", "jbssr"),
           ("NRB Economic Review", "nrber"), ("The Economic Journal of Nepal", "ejon"), ("Management Dynamics", "md"),
           ("Journal of Tourism and Hospitality Education", "jthe"), ("Journal of Business and Management Research", "jbmr"),
           ("The Gaze: Journal of Tourism and Hospitality", "gaze"), ("KMC Journal", "kmcj"), ("Janapriya Journal of Interdisciplinary Studies", "jjis")]  # fmt: skip
_INTL_JOURNALS = ["Journal of Bhutan Studies", "Asia Pacific Journal of Marketing and Logistics", "Journal of Retailing and Consumer Services",
                  "Tourism Management", "Mountain Research and Development", "International Journal of Bank Marketing",
                  "Journal of Global Marketing", "South Asian Journal of Business Studies", "Journal of Destination Marketing & Management",
                  "Asian Journal of Business Research", "Telematics and Informatics", "Himalaya, the Journal of the Association for Nepal and Himalayan Studies",
                  "Bhutan Journal of Business and Management", "Journal of International Consumer Marketing"]  # fmt: skip
_MARKET_RESEARCH = [("DataReportal", "datareportal.com"), ("Statista", "statista.com"), ("Euromonitor International", "euromonitor.com"),
                    ("GSMA Intelligence", "gsmaintelligence.com"), ("Kepios", "kepios.com"), ("Ipsos", "ipsos.com"),
                    ("Nielsen", "nielsen.com"), ("Mordor Intelligence", "mordorintelligence.com"), ("IMARC Group", "imarcgroup.com")]  # fmt: skip
_TOPICS = ["digital wallet adoption", "mobile banking service quality", "customer satisfaction in commercial banks",
           "remittance-driven consumption", "brand loyalty among Gen Z consumers", "festival advertising during Dashain and Tihar",
           "high value, low volume tourism", "Gross National Happiness and consumer well-being", "instant noodle brand preference",
           "country-of-origin labels on pashmina", "green hydropower branding", "trekking tourism recovery",
           "influencer marketing on TikTok", "QR code payments", "celebrity endorsement", "microfinance outreach",
           "e-commerce trust", "orthodox tea exports", "hand-knotted carpet branding", "airline service recovery",
           "homestay marketing", "women entrepreneurs' use of Facebook", "financial literacy and digital credit",
           "migrant workers' saving behaviour", "the Visit Nepal campaign", "social media use by hotels"]  # fmt: skip
_PLACES = ["Kathmandu Valley", "Nepal", "Bhutan", "Pokhara", "Biratnagar", "Butwal", "Chitwan", "Lalitpur", "Thimphu",
           "Paro", "Phuentsholing", "Koshi Province", "Gandaki Province", "Lumbini Province", "Madhesh Province",
           "the Nepali diaspora in Qatar", "Nepali students in Sydney", "Bhutanese migrants in Perth"]  # fmt: skip
_NEPALI_TITLES = ["Nepalma digital bhuktaniko prayog [Use of digital payments in Nepal]",
                  "Bajar byabasthapan [Marketing management]", "Upabhokta byawahar [Consumer behaviour]",
                  "Bigyapan ra prabardhan [Advertising and promotion]", "Bank tatha bittiya sanstha byabasthapan [Management of banks and financial institutions]",
                  "Paryatan bajarikaran [Tourism marketing]", "नेपालमा डिजिटल भुक्तानी [Digital payments in Nepal]",
                  "Dashainma upabhokta kharcha [Consumer spending during Dashain]", "Remittance ra grihasthi upabhog [Remittances and household consumption]"]  # fmt: skip
_DZONGKHA_TITLES = ["Druk gi lamsel [Guidance of Bhutan]", "Gyalyong Gakid Pelzom [Gross National Happiness]",
                    "Tshechu dang yul gi tshongdrel [Tshechu and the local economy]", "Druk Yul gi tshong las [Business in Bhutan]"]  # fmt: skip
_UNIVERSITIES = [("Tribhuvan University", "Kathmandu", "MBS thesis"), ("Tribhuvan University, Shanker Dev Campus", "Kathmandu", "MBS thesis"),
                 ("Kathmandu University School of Management", "Lalitpur", "MBA thesis"), ("Pokhara University", "Pokhara", "MBA dissertation"),
                 ("Purbanchal University", "Biratnagar", "MBA thesis"), ("Royal University of Bhutan, Gedu College of Business Studies", "Gedu", "MBA dissertation"),
                 ("Royal Thimphu College", "Thimphu", "BBA project report"), ("Tribhuvan University", "Kirtipur", "PhD thesis"),
                 ("Kathmandu University", "Dhulikhel", "MPhil thesis"), ("Lincoln University College", "Kathmandu", "MBA dissertation")]  # fmt: skip
_PUBLISHERS = [("Buddha Academic Publishers", "Kathmandu"), ("Asmita Books Publishers", "Kathmandu"), ("Ekta Books", "Kathmandu"),
               ("Heritage Publishers", "Kathmandu"), ("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Sage", "New Delhi"),
               ("Oxford University Press", "New Delhi"), ("KMC Publications", "Thimphu"), ("Centre for Bhutan Studies", "Thimphu"),
               ("Himal Books", "Lalitpur"), ("Martin Chautari", "Kathmandu"), ("Kogan Page", "London"), ("Wiley", "Chichester")]  # fmt: skip
_TEXTBOOKS = ["Marketing management", "Principles of marketing", "Consumer behaviour", "Services marketing", "Strategic brand management",
              "Digital marketing: strategy, implementation and practice", "Marketing management in Nepal", "Tourism marketing in the Himalaya",
              "Bank marketing in South Asia", "International marketing"]  # fmt: skip


class Blind132WorkFactory(WorkFactory):
    """Works a Nepali or Bhutanese marketer (or one of their diaspora) cites, from a seeded random source."""

    DRAWN: ClassVar[dict[str, int]] = {"book": 11, "chapter": 4, "journal": 20, "thesis": 5, "conference": 4, "organisation-web": 10,
             "organisation-report": 10, "government": 7, "legislation": 5, "market-research": 6, "news": 9,
             "post": 3, "video": 3, "undated-web": 3}  # fmt: skip
    KINDS = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "legislation", "news", "post",
             "video", "podcast")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 132 + 13201)
        self.dated_orgs: list[tuple[str, set[str], dict[str, Any], str]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        given = rng.choice(_GIVEN_M + _GIVEN_F)
        if roll < 0.22:
            return {"family": rng.choice(_BAHUN + _CHHETRI), "given": given}
        if roll < 0.34:
            return {"family": rng.choice(_NEWAR), "given": given}
        if roll < 0.42:
            return {"family": rng.choice(_JANAJATI), "given": given}
        if roll < 0.47:
            return {"family": rng.choice(_MADHESI), "given": given}
        if roll < 0.52:
            return {"family": rng.choice([*_DALIT, "K.C.", "KC", "K.C."]), "given": given}
        if roll < 0.57:
            return {"family": rng.choice(_COMPOUND), "given": given}
        if roll < 0.63:  # Sherpa: "Pemba Dorje Sherpa", "Ang Tshering Sherpa", or a day name and no family name
            day, second = rng.choice(_DAYS), rng.choice(_SHERPA_SECOND)
            form = rng.random()
            if form < 0.45:
                return {"family": "Sherpa", "given": f"{day} {second}"}
            if form < 0.6:
                return {"family": "Sherpa", "given": f"Ang {second}"}
            return {"family": second, "given": day}
        if roll < 0.75:  # Bhutanese: two given names, filed by the second (most), by the first, or written whole
            first, second = rng.sample(_BHUTANESE, 2)
            form = rng.random()
            if form < 0.55:
                name = {"family": second, "given": first}
            elif form < 0.8:
                name = {"family": first, "given": second}
            else:
                return {"literal": f"{first} {second}"}
            if rng.random() < 0.06:  # a title typed into the given name
                name["given"] = f"{rng.choice(['Dasho', 'Lyonpo'])} {name['given']}"
            return name
        if roll < 0.79:
            family, given_name = rng.choice(_LHOTSHAMPA)
            return {"family": family, "given": given_name}
        if roll < 0.82:
            family, given_name = rng.choice(_IAST)
            return {"family": family, "given": given_name}
        family, given_name, particle = rng.choice(_EXPATS)
        name = {"family": family, "given": given_name}
        if particle:
            name["non-dropping-particle"] = particle
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 28, 16, 9, 5, 3, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGS)
        return name, set(tags)

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.04:
            return self.rng.randint(1975, 1999)
        return self.rng.randint(2005, 2024)

    def accessed_after(self, issued: list[int]) -> dict[str, list[list[int]]]:
        year = self.rng.randint(max(issued[0] + 1, 2022), 2025)
        return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    @staticmethod
    def _bhutanese(name: str) -> bool:
        return any(
            word in name for word in ("Bhutan", "Druk", "Tashi", "Gross National", "GNH", "RMA", "BBS", "Kuensel")
        )

    def _host(self, name: str) -> str:
        words = [
            w
            for w in name.split(" (")[0].replace(",", "").split()
            if w.lower() not in ("the", "of", "and", "&", "pvt.", "ltd.", "limited")
        ]
        stem = "".join(ch for ch in "".join(words[:2]).lower() if ch.isalnum())
        return f"{stem}.{'bt' if 'Bhutan' in name or 'Druk' in name or 'Tashi' in name else 'com.np'}"

    def _url(self, host: str | None = None) -> str:
        host = host or self.rng.choice(["nrb.org.np", "kathmandupost.com", "kuensel.com.bt", "esewa.com.np", "ntc.net.np",
                                        "ncell.axiata.com", "khalti.com", "buddhaair.com", "drukair.com.bt", "rma.org.bt",
                                        "tourism.gov.bt", "ntb.gov.np", "mof.gov.np", "nta.gov.np", "bt.bt", "tashicell.com",
                                        "cbs.gov.np", "nsb.gov.bt", "fncci.org", "imepay.com.np", "chaudharygroup.com"])  # fmt: skip
        slug = "-".join(self.rng.sample(["report", "digital", "payments", "tourism", "festival", "offer", "policy",
                                         "2080-81", "annual", "press-release", "news", "notice", "data", "survey"], 3))  # fmt: skip
        return f"https://www.{host}/{slug}"

    def _title(self) -> str:
        rng = self.rng
        topic, place = rng.choice(_TOPICS), rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"Determinants of {topic}: evidence from {place}",
                 f"Factors affecting {topic} in {place}", f"{topic[0].upper()}{topic[1:]} and {rng.choice(_TOPICS)}",
                 f"A study of {topic} among consumers in {place}", f"Impact of {topic} on purchase intention in {place}",
                 f"Rethinking {topic}: lessons from {place}"]  # fmt: skip
        if rng.random() < 0.08:
            return rng.choice(_NEPALI_TITLES + _DZONGKHA_TITLES)
        return rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        if "literal" in first:
            lead = first["literal"]
        else:
            lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation in the same year as an earlier work: "Nepal Rastra Bank, 2023a" and "b".
        same = [entry for entry in self.dated_orgs if entry[3] == kind]
        if any(ch.isdigit() for ch in str(record.get("title", ""))):
            same = []
        if same and "issued" in record and "accessed" not in record and self.rng.random() < 0.25:
            name, tags, issued, _kind = self.rng.choice(same)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
                record["publisher-place"] = "Thimphu" if self._bhutanese(name) else "Kathmandu"
        elif same and "issued" in record and self.rng.random() < 0.12:
            name, tags, issued, _kind = self.rng.choice(same)
            year = issued["date-parts"][0][0]
            record["issued"] = {"date-parts": [[year]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after([year])
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
                record["publisher-place"] = "Thimphu" if self._bhutanese(name) else "Kathmandu"
            if "URL" in record and kind != "news":
                record["URL"] = self._url(self._host(name))
        if "issued" in record:
            self.dated_orgs.append((name, tags, record["issued"], kind))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        rng = self.rng
        publisher, place = rng.choice(_PUBLISHERS)
        nepali = place in ("Kathmandu", "Lalitpur") and rng.random() < 0.5
        title = (
            rng.choice(_NEPALI_TITLES[:6])
            if nepali and rng.random() < 0.4
            else rng.choice([*_TEXTBOOKS, self._title()])
        )
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4), "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if nepali and rng.random() < 0.35:  # dated in Bikram Sambat as the cover gives it: 2075, 2078
            record["issued"] = {"date-parts": [[rng.randint(2068, 2081)]]}
        else:
            record["issued"] = {"date-parts": [[self.year()]]}
        if rng.random() < 0.35:
            record["edition"] = str(rng.randint(2, 17))
        if rng.random() < 0.15:
            record["medium"] = "E-book"
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        rng = self.rng
        publisher, place = rng.choice(_PUBLISHERS)
        start = rng.randint(1, 280)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(rng.randint(1, 3))],
            "container-title": rng.choice(["Nepal in transition", "Bhutan's Gross National Happiness in practice",
                                           "Tourism in the Himalaya", "Marketing in South Asia", "Remittances and development in Nepal",
                                           "Handbook of marketing in emerging Asia", "Business and society in Bhutan"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        rng = self.rng
        year = self.year()
        volume, issue = str(rng.randint(1, 40)), str(rng.randint(1, 4))
        start = rng.randint(1, 300)
        record: dict[str, Any] = {"type": "article-journal", "title": self._title(), "author": self._people(8),
                                  "issued": {"date-parts": [[year]]}, "volume": volume, "issue": issue,
                                  "page": f"{start}-{start + rng.randint(8, 25)}"}  # fmt: skip
        if rng.random() < 0.5:
            journal, code = rng.choice(_NEPJOL)
            record["container-title"] = journal
            if rng.random() < 0.6:
                record["DOI"] = f"10.3126/{code}.v{volume}i{issue}.{rng.randint(20000, 69999)}"
        else:
            record["container-title"] = rng.choice(_INTL_JOURNALS)
            if rng.random() < 0.45:
                record["DOI"] = (
                    f"10.{rng.choice([1108, 1016, 1080, 1177, 1659])}/{rng.choice(['APJML', 'j.jretconser', 'MRD', 'IJBM'])}-{year}-{rng.randint(100, 999)}"
                )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        rng = self.rng
        university, place, genre = rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()], "genre": genre,
                                  "publisher": university, "publisher-place": place,
                                  "issued": {"date-parts": [[rng.randint(2010, 2024)]]}}  # fmt: skip
        if rng.random() < 0.3:
            record["URL"] = f"https://elibrary.tucl.edu.np/handle/123456789/{rng.randint(1000, 29999)}"
            record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        rng = self.rng
        start = rng.randint(1, 400)
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": rng.choice(["Proceedings of the International Conference on Business and Economics (ICBE)",
                                           "Proceedings of the 4th International Conference on Gross National Happiness",
                                           "Nepal Tourism Summit proceedings", "Proceedings of the KUSOM International Research Conference",
                                           "Proceedings of the South Asian Management Research Conference"]),
            "publisher": rng.choice(["Kathmandu University School of Management", "Centre for Bhutan and GNH Studies",
                                     "Nepal Tourism Board", "Tribhuvan University"]),
            "publisher-place": rng.choice(["Lalitpur", "Thimphu", "Kathmandu", "Pokhara"]),
            "issued": {"date-parts": [[self.year()]]}, "page": f"{start}-{start + rng.randint(6, 14)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _organisation_web(self) -> Work:
        name, tags = self.organisation()
        year = self.rng.randint(2012, 2024)
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self._web_title(name, year),
            "URL": self._url(self._host(name)),
        }
        record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self.accessed_after([year])
        return self._org_work(record, "web", name, tags)

    def _web_title(self, name: str, year: int) -> str:
        rng = self.rng
        titles = ["About us", "Our products and services", "Press release: new mobile app launched", "Sustainability at a glance",
                  f"{rng.choice(_TOPICS)[0].upper()}{rng.choice(_TOPICS)[1:]}", self._title()]  # fmt: skip
        if self._bhutanese(name):
            titles += ["Losar greetings and offers", "Bhutan's tourism policy: Sustainable Development Fee",
                       f"Tshechu calendar {year}", "Digital payments in Bhutan"]  # fmt: skip
        else:
            titles += [f"Dashain offer {year + 57}", "Tihar cashback campaign", "Remit to Nepal from Qatar",
                       "Notice regarding QR payment charges", f"Annual general meeting notice {year + 56}/{str(year + 57)[-2:]}"]  # fmt: skip
            if year >= 2019:
                titles.append("Visit Nepal 2020")
        return rng.choice(titles)

    def _organisation_report(self) -> Work:
        rng = self.rng
        name, tags = self.organisation()
        fy = rng.randint(2072, 2080)
        ad = rng.randint(2015, 2023)
        bhutan = any(w in name for w in ("Bhutan", "Druk", "Tashi", "GNH", "Gross National"))
        titles = [
            (f"Annual report {ad}", ad + 1),
            ("Sustainability report", ad),
            ("Corporate profile", ad),
            (self._title(), ad),
        ]
        if bhutan:
            titles += [(f"Annual report {ad}-{str(ad + 1)[-2:]}", ad + 1), (f"Bhutan tourism monitor {ad}", ad + 1)]
        else:
            titles += [
                (f"Annual report {fy}/{str(fy + 1)[-2:]}", fy - 56),
                (f"Monetary policy for {fy}/{str(fy + 1)[-2:]}", fy - 57),
                (
                    f"Current macroeconomic and financial situation of Nepal (based on eight months' data of {fy}/{str(fy + 1)[-2:]})",
                    fy - 56,
                ),
            ]
        title, year = rng.choice(titles)
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" (")[0],
                                  "publisher-place": "Thimphu" if bhutan else rng.choice(["Kathmandu", "Kathmandu", "Lalitpur", "Pokhara"]),
                                  "issued": {"date-parts": [[min(year, 2024)]]}}  # fmt: skip
        if rng.random() < 0.6:
            record["URL"] = self._url(self._host(name))
            record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._org_work(record, "report", name, tags)

    def _government(self) -> Work:
        rng = self.rng
        name, host, titles = rng.choice(_GOVERNMENT)
        title, year = rng.choice(titles) if rng.random() < 0.8 else (self._title(), rng.randint(2012, 2024))
        record: dict[str, Any] = {"type": rng.choice(["report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(host),
                                  "accessed": self.accessed_after([year])}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name
            record["publisher-place"] = "Thimphu" if host.endswith(".bt") else "Kathmandu"
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _legislation(self) -> Work:
        rng = self.rng
        title, year, where = rng.choice(_ACTS)
        name = {"Nepal": rng.choice(["Government of Nepal", "Nepal Law Commission"]), "NRB": "Nepal Rastra Bank",
                "Bhutan": rng.choice(["Royal Government of Bhutan", "National Assembly of Bhutan"]),
                "RMA": "Royal Monetary Authority of Bhutan"}[where]  # fmt: skip
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": self._url({"Nepal": "lawcommission.gov.np", "NRB": "nrb.org.np", "Bhutan": "nab.gov.bt", "RMA": "rma.org.bt"}[where])}  # fmt: skip
        record["accessed"] = self.accessed_after([year])
        return self._org_work(record, "legislation", name, {"government", "legislation"})

    def _market_research(self) -> Work:
        rng = self.rng
        name, host = rng.choice(_MARKET_RESEARCH)
        year = rng.randint(2016, 2024)
        country = rng.choice(["Nepal", "Bhutan", "South Asia", "Asia Pacific"])
        if name in ("DataReportal", "Kepios"):
            title = f"Digital {year}: {rng.choice(['Nepal', 'Bhutan'])}"
        elif name.startswith("GSMA"):
            title = rng.choice(
                [f"The mobile economy Asia Pacific {year}", f"Mobile money in South Asia: state of the industry {year}"]
            )
        else:
            title = rng.choice([f"Instant noodles in {country}: market report {year}", f"Consumer lifestyles in {country} {year}",
                                f"Number of mobile wallet users in {country} from 2018 to {year}",
                                f"{country} beer market: size, share and forecast to 2030", f"Tea in {country} ({year} edition)"])  # fmt: skip
        record: dict[str, Any] = {
            "type": "report",
            "title": title,
            "publisher": name,
            "URL": f"https://www.{host}/{rng.choice(['reports', 'statistics', 'insights'])}/{rng.randint(1000, 99999)}",
        }
        if rng.random() < 0.9:
            record["issued"] = {"date-parts": [[year]]}
            record["accessed"] = self.accessed_after([year])
        else:
            record["accessed"] = {"date-parts": [[rng.randint(2022, 2025), rng.randint(1, 12), rng.randint(1, 28)]]}
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        rng = self.rng
        year = rng.randint(2012, 2024)
        paper = rng.choice(_PRESS)
        topic = rng.choice(["Wai Wai", "eSewa", "Khalti", "Ncell", "Nepal Telecom", "Buddha Air", "Drukair", "TashiCell",
                            "remittance inflows", "Dashain shopping", "Tihar sales", "Bhutan's SDF", "hydropower exports",
                            "Ilam tea", "pashmina exporters", "Visit Nepal Year", "the Thimphu Tshechu", "IME Pay", "Bhatbhateni"])  # fmt: skip
        title = rng.choice([f"{topic} sees record demand", f"What {topic} means for young consumers", f"{topic}: what the numbers say",
                            f"Questions raised over {topic}", f"{topic} targets diaspora customers", f"{topic} campaign goes viral",
                            *(["बजारमा दशैंको रौनक [Dashain rush in the markets]"] if paper in ("Kantipur", "Nagarik", "Setopati") else [])])  # fmt: skip
        title = title[0].upper() + title[1:]
        issued = [year, rng.randint(1, 12), rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "article-newspaper", "title": title, "container-title": paper,
                                  "issued": {"date-parts": [issued]}, "URL": self._url(self._host(paper)), "accessed": self.accessed_after(issued)}  # fmt: skip
        if rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _post(self) -> Work:
        rng = self.rng
        sector = rng.choice(list(_POSTS))
        name = rng.choice(_POSTS[sector][0])
        year = rng.randint(2018, 2024)
        issued = [year, rng.randint(1, 12), rng.randint(1, 28)]
        platform = rng.choice(["Facebook", "Facebook", "Instagram", "TikTok", "X (formerly Twitter)", "LinkedIn"])
        record: dict[str, Any] = {
            "type": "post", "title": rng.choice(_POSTS[sector][1]), "container-title": platform,
            "issued": {"date-parts": [issued]}, "accessed": self.accessed_after(issued),
            "URL": f"https://www.{platform.split()[0].lower()}.com/{name.replace(' ', '').lower()}/posts/{rng.randint(10**9, 10**10)}",
        }  # fmt: skip
        return self._org_work(record, "post", name, {"company", "social"})

    def _video(self) -> Work:
        rng = self.rng
        year = rng.randint(2016, 2024)
        podcast = rng.random() < 0.4
        record: dict[str, Any] = {
            "type": "motion_picture", "medium": "Podcast" if podcast else "YouTube video",
            "title": rng.choice(["How eSewa changed payments in Nepal", "Branding Bhutan: high value, low volume",
                                 "The Wai Wai story", "Marketing to the Nepali diaspora in the Gulf", "Inside Khalti's growth",
                                 "GNH and business", "Remittance economy explained", "Building a trekking brand in Pokhara"]),
            "issued": {"date-parts": [[year]]}, "URL": self._url(rng.choice(["youtube.com", "sbs.com.au", "spotify.com"])),
        }  # fmt: skip
        record["accessed"] = self.accessed_after([year])
        kind = "podcast" if podcast else "video"
        if rng.random() < 0.5:
            record["author"] = self._people(2)
            return self._person_work(record, kind)
        name = rng.choice(["SBS Nepali", "BBC News Nepali", "Kantipur TV", "Bhutan Broadcasting Service", "The Kathmandu Post",
                           "Khalti", "Nepal Tourism Board", "Setopati", "Kuensel"])  # fmt: skip
        return self._org_work(record, kind, name, {"media"})

    def _undated_web(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "webpage", "title": rng.choice(["About us", "Our history", "Products", "Remittance partners",
                                                                          "Chyangra pashmina collective trademark", "Fares and baggage",
                                                                          "Tariff plans", "Frequently asked questions", self._title()]),
                                  "accessed": {"date-parts": [[rng.randint(2022, 2025), rng.randint(1, 12), rng.randint(1, 28)]]}}  # fmt: skip
        if rng.random() < 0.3:
            record["URL"] = self._url()
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        record["URL"] = self._url(self._host(name))
        return self._org_work(record, "web", name, tags | {"undated"})
