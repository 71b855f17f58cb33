"""Works for the blind129 pool (HELD OUT): what marketers in Malaysia, Brunei and their diaspora cite.

Written without reading the checker, its tests or any other pool. Candidates on CIM Level 6 and 7 courses and MBAs in
Kuala Lumpur, Petaling Jaya, Penang, Johor Bahru, Kota Kinabalu, Kuching, Ipoh and Bandar Seri Begawan (and in
Singapore, London and Melbourne) cite textbooks and e-books, chapters, Malaysian and international journals, theses
from Universiti Malaya, UiTM, UKM and Universiti Brunei Darussalam, conference papers, banks, e-wallets, telecoms,
palm-oil and glove makers, halal food firms, retailers, trade bodies, regulators (Bank Negara Malaysia, MCMC, the
Securities Commission, JAKIM, AMBD), Acts as "Personal Data Protection Act 2010 (Act 709)" and Brunei Orders, research
firms, the Malaysian, Bruneian and Singaporean press signed and unsigned, social posts, podcasts and videos, and Malay
titles with English in square brackets.

Names follow the region's conventions: Malay and Bruneian names with "bin" and "binti" have no family name and are
written whole, as Malaysian universities teach ("Nurul Huda binti Abdul Rahman"), or as indexers write them, the
father's name taken for a surname ("Abdul Rahman, N.H."); Chinese Malaysian names in Hokkien, Cantonese, Hakka and
Teochew romanisations with and without English given names ("Lim, J.C.K.", "Tan, W.L."); Tamil names with "a/l" and
"a/p" written whole or by the last name; Iban and Bidayuh names with "anak"; Kadazan-Dusun and Sikh names; titles
(Dato', Datuk, Tan Sri, Haji, Dayang Hajah, Pengiran) kept by candidates who cite a speech or an op-ed; and the
expatriates who write about the region.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# ---------------------------------------------------------------------------------------------- names
_MALAY_MEN = ["Ahmad Fauzi", "Mohd Hafiz", "Muhammad Amirul", "Mohd Shahrizal", "Ahmad Zaki", "Khairul Anuar",
              "Mohamad Faizal", "Azlan", "Hafizuddin", "Syed Ahmad Fadzil", "Wan Mohd Azri", "Nik Mohd Hazwan",
              "Megat Iskandar", "Tengku Ahmad Shahril", "Muhammad Haziq", "Zulkifli", "Rosli", "Kamarul Ariffin",
              "Awang Mohd Hasnul", "Pengiran Muhammad Khairul", "Abdul Halim", "Izzat Danial", "Firdaus",
              "Mohd Nazri", "Shahrul Nizam", "Aiman Hakimi"]  # fmt: skip
_MALAY_WOMEN = ["Nurul Huda", "Siti Aishah", "Nor Azlina", "Noor Hayati", "Farah Wahida", "Nur Izzati",
                "Siti Zaleha", "Rozita", "Sharifah Nor Aini", "Wan Nurul Ain", "Nik Suriani", "Puteri Nur Farhana",
                "Dayang Norliza", "Nurfarahin", "Aisyah Humaira", "Noraini", "Zuraidah", "Hasliza", "Dk Nurul Amal",
                "Raja Nor Safinas", "Intan Syafinaz", "Nur Syazwani"]  # fmt: skip
_MALAY_FATHERS = ["Abdul Rahman", "Ismail", "Mohd Zain", "Abdullah", "Hassan", "Omar", "Yusof", "Ibrahim",
                  "Abu Bakar", "Mat Saad", "Othman", "Kamaruddin", "Hj Ahmad", "Haji Mohd Daud", "Jaafar", "Mahmud",
                  "Mohamed Noor", "Awang Besar", "Salleh", "Ab Ghani", "Che Hassan", "Sulaiman", "Idris", "Harun"]  # fmt: skip
_CHINESE_SURNAMES = ["Tan", "Lim", "Lee", "Ng", "Wong", "Chan", "Ong", "Teh", "Goh", "Ooi", "Khoo", "Yeoh", "Cheah",
                     "Leong", "Chong", "Choong", "Loh", "Low", "Lau", "Liew", "Yap", "Foo", "Hew", "Kok", "Phang",
                     "Chua", "Koh", "Gan", "Yong", "Siow", "Voon", "Chin", "Tang", "Chew", "Soo", "Looi", "Thong",
                     "Tay", "Kee", "Lai", "Fong", "Ho", "Yeap", "Chuah", "Kuan", "Eng"]  # fmt: skip
_CHINESE_GIVEN = ["Wei Ling", "Chee Keong", "Mei Yee", "Kah Hoe", "Siew Lian", "Boon Heng", "Pei Shan",
                  "Kok Wai", "Hui Min", "Ah Kow", "Soo Fun", "Yee Von", "Jia Hui", "Kar Mun", "Choon Hock",
                  "Swee Lin", "Zhi Hao", "Wai Kit", "Li-Ying", "Yoke Peng", "Chin Hin", "Kian Seng", "Sze Ying"]  # fmt: skip
_ENGLISH_GIVEN = ["Jason", "Michelle", "Kelvin", "Vivian", "Alvin", "Jessica", "Desmond", "Elaine", "Benjamin",
                  "Cheryl", "Eugene", "Rachel", "Kenneth", "Sharon", "Melvin", "Joanne", "Darren", "Wendy"]  # fmt: skip
_TAMIL_MEN = ["Saravanan", "Ganesan", "Rajendran", "Kumaresan", "Prakash", "Thinesh", "Vikneswaran", "Suresh",
              "Muthukumar", "Arumugam", "Devendran", "Yogeswaran"]  # fmt: skip
_TAMIL_WOMEN = ["Kavitha", "Shanti", "Malar", "Thilagavathy", "Revathi", "Devi", "Puspa", "Kalaivani", "Sangeetha",
                "Jayanthi", "Parameswari"]  # fmt: skip
_TAMIL_FATHERS = ["Muthusamy", "Subramaniam", "Krishnan", "Ramasamy", "Perumal", "Arumugam", "Govindasamy",
                  "Nadarajah", "Veerasamy", "Sinnappan", "Pillai", "Rajagopal"]  # fmt: skip
_SIKH = [("Singh", "Jasvinder"), ("Singh", "Harcharan"), ("Kaur", "Gurmit"), ("Kaur", "Manjit"),
         ("Gill", "Sarjit Singh"), ("Dhillon", "Amrit Kaur")]  # fmt: skip
_BORNEO = ["Jimbun anak Tawai", "Rosalind anak Jalong", "Nyipa anak Ngang", "Dayang anak Sebli",
           "Peter anak Jugah", "Margaret anak Bansa"]  # fmt: skip
_KADAZAN = [("Gumbek", "Joannes"), ("Kitingan", "Jeffrey"), ("Majimbun", "Lucy"), ("Ongkili", "Juliana"),
            ("Sipaun", "Rita"), ("Gontuk", "Felix"), ("Moguring", "Angela"), ("Lasimbang", "Jannie")]  # fmt: skip
_TITLED = ["Tan Sri Dr. Munir Majid", "Dato' Sri Idris Haron", "Datuk Seri Wong Chun Wai", "Dato' Dr. Amar Siraj",
           "Datin Paduka Siti Rahmah", "Tan Sri Azman Hashim", "Datuk Noharuddin Nordin",
           "Dayang Hajah Norhayati binti Haji Abdul Karim", "Pengiran Anak Hajah Zubaidah", "Haji Mohd Yusof bin Haji Ahmad"]  # fmt: skip
_EXPATRIATES = [("Müller", "Katrin"), ("Østergaard", "Lars"), ("Lévêque", "Céline"), ("Hernández", "Pablo"),
                ("Nguyễn", "Thị Hoa"), ("Björk", "Annika"), ("Schäfer", "Tobias"), ("Jović", "Marija"),
                ("Okafor", "Chiamaka"), ("Whitfield", "James"), ("O'Brien", "Siobhan"), ("Fitzgerald-Shaw", "Emma"),
                ("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Wilson", "Jonathan A.J."), ("Temporal", "Paul"),
                ("Sandıkcı", "Özlem"), ("Hosany", "Sameer"), ("Kumar", "Vinay"), ("de Run", "Ernest Cyril"),
                ("Sharma", "Piyush"), ("Santos", "João"), ("Kurniawan", "Dewi"), ("Tanaka", "Yuki"), ("Ratnasari", "Ririn")]  # fmt: skip

# ---------------------------------------------------------------------------------------------- organisations
_COMPANIES = [
    ("Malayan Banking Berhad", {"company"}), ("Maybank", {"company"}), ("Maybank Islamic Berhad", {"company"}),
    ("CIMB Group Holdings Berhad", {"company"}), ("Public Bank Berhad", {"company"}), ("RHB Bank Berhad", {"company"}),
    ("Bank Islam Malaysia Berhad", {"company"}), ("Bank Muamalat Malaysia Berhad", {"company"}),
    ("Hong Leong Bank Berhad", {"company"}), ("AmBank Group", {"company"}),
    ("Bank Islam Brunei Darussalam (BIBD)", {"company", "abbreviation"}), ("Baiduri Bank", {"company"}),
    ("TNG Digital Sdn. Bhd.", {"company", "legal-form"}), ("Touch 'n Go eWallet", {"company", "apostrophe"}),
    ("Boost", {"company"}), ("Axiata Digital Sdn Bhd", {"company", "legal-form"}), ("Grab Malaysia", {"company"}),
    ("GrabPay", {"company"}), ("ShopeePay Malaysia", {"company"}), ("Maxis Berhad", {"company"}),
    ("CelcomDigi Berhad", {"company"}), ("U Mobile Sdn. Bhd.", {"company", "legal-form"}),
    ("Telekom Malaysia Berhad (TM)", {"company", "abbreviation"}), ("DST Communications Sdn Bhd", {"company", "legal-form"}),
    ("imagine Sdn Bhd", {"company", "legal-form", "lower-case"}), ("progresif Sdn Bhd", {"company", "legal-form", "lower-case"}),
    ("Sime Darby Plantation Berhad", {"company"}), ("FGV Holdings Berhad", {"company"}),
    ("IOI Corporation Berhad", {"company"}), ("Kuala Lumpur Kepong Berhad", {"company"}),
    ("Top Glove Corporation Bhd", {"company", "legal-form"}), ("Hartalega Holdings Berhad", {"company"}),
    ("Kossan Rubber Industries Bhd", {"company", "legal-form"}), ("Mamee-Double Decker (M) Sdn. Bhd.", {"company", "legal-form"}),
    ("Ramly Food Processing Sdn. Bhd.", {"company", "legal-form"}), ("Fraser & Neave Holdings Bhd", {"company", "ampersand"}),
    ("Nestlé (Malaysia) Berhad", {"company", "accent"}), ("Dutch Lady Milk Industries Berhad", {"company"}),
    ("Mydin Mohamed Holdings Berhad", {"company"}), ("Lotus's Malaysia", {"company", "apostrophe"}),
    ("AEON Co. (M) Bhd.", {"company", "legal-form"}), ("99 Speed Mart Retail Holdings Berhad", {"company", "digits"}),
    ("myNEWS Holdings Berhad", {"company", "lower-case"}), ("7-Eleven Malaysia Holdings Berhad", {"company", "digits"}),
    ("Hua Ho Department Store Sdn Bhd", {"company", "legal-form"}), ("Capital A Berhad", {"company"}),
    ("AirAsia", {"company"}), ("Malaysia Airlines Berhad", {"company"}), ("Royal Brunei Airlines", {"company"}),
    ("Sunway Berhad", {"company"}), ("S P Setia Berhad", {"company"}), ("Mah Sing Group Berhad", {"company"}),
    ("Eco World Development Group Berhad", {"company"}), ("Media Prima Berhad", {"company"}),
    ("Astro Malaysia Holdings Berhad", {"company"}), ("Star Media Group Berhad", {"company"}),
    ("Taylor's University", {"university", "apostrophe"}), ("Universiti Malaya", {"university"}),
    ("Petronas", {"company"}), ("Tenaga Nasional Berhad (TNB)", {"company", "abbreviation"}),
    ("Ogilvy Malaysia", {"agency"}), ("Leo Burnett Malaysia", {"agency"}), ("Naga DDB Tribal", {"agency"}),
    ("Havas Malaysia", {"agency"}), ("Dentsu Malaysia", {"agency"}),
]  # fmt: skip
# Public companies (Berhad, Bhd) publish annual reports on Bursa Malaysia; private ones (Sdn. Bhd.) do not.
_LISTED = [(name, tags) for name, tags in _COMPANIES if ("Berhad" in name or "Bhd" in name) and "Sdn" not in name]
_BODIES = [
    ("Federation of Malaysian Manufacturers (FMM)", {"trade-body", "abbreviation"}),
    ("Malaysian Rubber Glove Manufacturers' Association (MARGMA)", {"trade-body", "apostrophe", "abbreviation"}),
    ("Malaysian Palm Oil Council", {"trade-body"}), ("Malaysia Retailers Association", {"trade-body"}),
    ("Retail Group Malaysia", {"trade-body"}), ("Malaysian Advertisers Association", {"trade-body"}),
    ("4As Malaysia", {"trade-body", "digits"}), ("Malaysian Digital Association", {"trade-body"}),
    ("Federation of Malaysian Consumers Associations (FOMCA)", {"trade-body", "abbreviation"}),
    ("Persatuan Pengguna Islam Malaysia", {"trade-body", "malay"}), ("Association of Banks in Malaysia", {"trade-body"}),
    ("Association of Islamic Banking and Financial Institutions Malaysia (AIBIM)", {"trade-body", "abbreviation"}),
    ("Halal Development Corporation Berhad", {"trade-body"}), ("Malaysia Digital Economy Corporation (MDEC)", {"trade-body", "abbreviation"}),
    ("Chartered Institute of Marketing", {"trade-body"}), ("Malaysian Institute of Management", {"trade-body"}),
]  # fmt: skip
_GOVERNMENT = [
    ("Bank Negara Malaysia", {"government"}), ("BNM", {"government", "acronym"}),
    ("Malaysian Communications and Multimedia Commission (MCMC)", {"government", "abbreviation"}),
    ("Suruhanjaya Komunikasi dan Multimedia Malaysia", {"government", "malay"}),
    ("Securities Commission Malaysia", {"government"}), ("Jabatan Kemajuan Islam Malaysia (JAKIM)", {"government", "abbreviation", "malay"}),
    ("Department of Statistics Malaysia", {"government"}), ("Jabatan Perangkaan Malaysia", {"government", "malay"}),
    ("DOSM", {"government", "acronym"}), ("Ministry of Domestic Trade and Cost of Living (KPDN)", {"government", "abbreviation"}),
    ("Kementerian Perdagangan Dalam Negeri dan Kos Sara Hidup", {"government", "malay"}),
    ("Personal Data Protection Department", {"government"}), ("Malaysian Investment Development Authority", {"government"}),
    ("Tourism Malaysia", {"government"}), ("Malaysian Palm Oil Board", {"government"}),
    ("Autoriti Monetari Brunei Darussalam", {"government", "malay"}), ("AMBD", {"government", "acronym"}),
    ("Department of Economic Planning and Statistics (DEPS)", {"government", "abbreviation"}),
    ("Ministry of Finance and Economy Brunei Darussalam", {"government"}),
    ("Majlis Ugama Islam Brunei", {"government", "malay"}), ("Authority for Info-communications Technology Industry of Brunei Darussalam (AITI)", {"government", "abbreviation"}),
    ("Monetary Authority of Singapore", {"government"}), ("Ministry of Finance Malaysia", {"government"}),
]  # fmt: skip
_GOVERNMENT_DOMAINS = [("Bank Negara", "www.bnm.gov.my"), ("BNM", "www.bnm.gov.my"), ("MCMC", "www.mcmc.gov.my"),
                       ("Komunikasi", "www.mcmc.gov.my"), ("Securities", "www.sc.com.my"), ("JAKIM", "www.halal.gov.my"),
                       ("Statistics Malaysia", "www.dosm.gov.my"), ("Perangkaan", "www.dosm.gov.my"), ("DOSM", "open.dosm.gov.my"),
                       ("KPDN", "www.kpdn.gov.my"), ("Perdagangan", "www.kpdn.gov.my"), ("Personal Data", "www.pdp.gov.my"),
                       ("Investment", "www.mida.gov.my"), ("Tourism", "www.tourism.gov.my"), ("Palm Oil", "mpob.gov.my"),
                       ("Monetari", "www.ambd.gov.bn"), ("AMBD", "www.ambd.gov.bn"), ("DEPS", "deps.mofe.gov.bn"),
                       ("Brunei Darussalam", "www.mofe.gov.bn"), ("Ugama", "www.mui.gov.bn"), ("AITI", "www.aiti.gov.bn"),
                       ("Singapore", "www.mas.gov.sg"), ("Finance Malaysia", "www.mof.gov.my")]  # fmt: skip
_LAW_AUTHORS = ["Laws of Malaysia", "Malaysia", "Attorney General's Chambers of Malaysia", "Brunei Darussalam",
                "Attorney General's Chambers Brunei Darussalam"]  # fmt: skip
# (title, year, Brunei's): Malaysian Acts with their numbers, Orders and Regulations, Brunei Orders as Brunei writes them.
_MALAYSIAN_LAWS = [("Personal Data Protection Act 2010 (Act 709)", 2010, False), ("Consumer Protection Act 1999 (Act 599)", 1999, False),
                   ("Communications and Multimedia Act 1998 (Act 588)", 1998, False), ("Trade Descriptions Act 2011 (Act 730)", 2011, False),
                   ("Financial Services Act 2013 (Act 758)", 2013, False), ("Islamic Financial Services Act 2013 (Act 759)", 2013, False),
                   ("Competition Act 2010 (Act 712)", 2010, False), ("Trade Descriptions (Definition of Halal) Order 2011", 2011, False),
                   ("Trade Descriptions (Certification and Marking of Halal) Order 2011", 2011, False),
                   ("Personal Data Protection (Amendment) Act 2024 (Act A1727)", 2024, False), ("Online Safety Act 2025 (Act 866)", 2025, False),
                   ("Akta Perlindungan Data Peribadi 2010 (Akta 709) [Personal Data Protection Act 2010]", 2010, False),
                   ("Consumer Protection (Electronic Trade Transactions) Regulations 2012", 2012, False),
                   ("Halal Certificate and Halal Label Order, 2005", 2005, True), ("Consumer Protection (Fair Trading) Order, 2011", 2011, True),
                   ("Competition Order, 2015", 2015, True), ("Perintah Perlindungan Pengguna (Perdagangan Adil), 2011 [Consumer Protection (Fair Trading) Order, 2011]", 2011, True)]  # fmt: skip
_MARKET_RESEARCH = ["Kantar Malaysia", "Ipsos Malaysia", "NielsenIQ", "Euromonitor International", "Statista",
                    "GlobalData", "Mordor Intelligence", "DataReportal", "Vase.ai", "Meltwater", "YouGov",
                    "Milieu Insight", "Rakuten Insight", "GfK", "iPrice Group"]  # fmt: skip
_PRESS = ["The Star", "New Straits Times", "The Edge Malaysia", "Malay Mail", "Free Malaysia Today", "Malaysiakini",
          "Berita Harian", "Utusan Malaysia", "Sinar Harian", "Harian Metro", "Sin Chew Daily", "The Borneo Post",
          "Daily Express", "Borneo Bulletin", "The Scoop", "The Straits Times", "Bernama", "Marketing-Interactive",
          "Campaign Asia-Pacific", "MARKETING Magazine", "Digital News Asia", "The Malaysian Reserve", "Vulcan Post",
          "SoyaCincau", "The Edge Markets", "Nikkei Asia", "South China Morning Post", "The Business Times"]  # fmt: skip
_PRESS_DOMAINS = {"The Star": "www.thestar.com.my", "New Straits Times": "www.nst.com.my", "The Edge Malaysia": "theedgemalaysia.com",
                  "Malay Mail": "www.malaymail.com", "Free Malaysia Today": "www.freemalaysiatoday.com",
                  "Malaysiakini": "www.malaysiakini.com", "Berita Harian": "www.bharian.com.my", "Utusan Malaysia": "www.utusan.com.my",
                  "Sinar Harian": "www.sinarharian.com.my", "Harian Metro": "www.hmetro.com.my", "Sin Chew Daily": "www.sinchew.com.my",
                  "The Borneo Post": "www.theborneopost.com", "Daily Express": "www.dailyexpress.com.my",
                  "Borneo Bulletin": "borneobulletin.com.bn", "The Scoop": "thescoop.co", "The Straits Times": "www.straitstimes.com",
                  "Bernama": "www.bernama.com", "Marketing-Interactive": "www.marketing-interactive.com",
                  "Campaign Asia-Pacific": "www.campaignasia.com", "MARKETING Magazine": "www.marketingmagazine.com.my",
                  "Digital News Asia": "www.digitalnewsasia.com", "The Malaysian Reserve": "themalaysianreserve.com",
                  "Vulcan Post": "vulcanpost.com", "SoyaCincau": "soyacincau.com", "The Edge Markets": "www.theedgemarkets.com",
                  "Nikkei Asia": "asia.nikkei.com", "South China Morning Post": "www.scmp.com", "The Business Times": "www.businesstimes.com.sg"}  # fmt: skip
_JOURNALS = ["Journal of Islamic Marketing", "Asian Academy of Management Journal", "Jurnal Pengurusan",
             "Asia Pacific Journal of Marketing and Logistics", "International Journal of Business and Society",
             "Jurnal Komunikasi: Malaysian Journal of Communication", "Pertanika Journal of Social Sciences & Humanities",
             "Journal of Halal Industry & Services", "Asian Journal of Business Research", "Malaysian Journal of Consumer and Family Economics",
             "Journal of Retailing and Consumer Services", "Kajian Malaysia", "Institutions and Economies",
             "Journal of Islamic Accounting and Business Research", "International Journal of Bank Marketing",
             "Journal of Marketing Management", "Asia-Pacific Management Accounting Journal", "Malaysian Management Review",
             "Borneo Journal of Social Sciences and Humanities", "Journal of Southeast Asian Economies",
             "Jurnal Ekonomi Malaysia", "Spectrum: Journal of Business Studies (UBD)", "Journal of Consumer Marketing",
             "Management & Accounting Review", "Journal of Asian Business and Economic Studies"]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Pearson Malaysia", "Petaling Jaya"), ("Oxford Fajar", "Shah Alam"),
               ("McGraw-Hill Education (Malaysia)", "Kuala Lumpur"), ("UiTM Press", "Shah Alam"),
               ("Penerbit Universiti Kebangsaan Malaysia", "Bangi"), ("University of Malaya Press", "Kuala Lumpur"),
               ("Dewan Bahasa dan Pustaka", "Kuala Lumpur"), ("Penerbit USM", "Pulau Pinang"), ("Routledge", "Abingdon"),
               ("Kogan Page", "London"), ("Wiley", "Singapore"), ("Cengage Learning Asia", "Singapore"),
               ("Springer", "Singapore"), ("Marshall Cavendish", "Singapore"), ("SIRD", "Petaling Jaya"),
               ("Universiti Brunei Darussalam Press", "Bandar Seri Begawan"), ("Sage", "London")]  # fmt: skip
_THESIS_PLACES = [("Universiti Malaya", "Kuala Lumpur"), ("Universiti Teknologi MARA", "Shah Alam"),
                  ("Universiti Kebangsaan Malaysia", "Bangi"), ("Universiti Brunei Darussalam", "Bandar Seri Begawan"),
                  ("Universiti Sains Malaysia", "Penang"), ("Universiti Putra Malaysia", "Serdang"),
                  ("Universiti Malaysia Sabah", "Kota Kinabalu"), ("Universiti Malaysia Sarawak", "Kota Samarahan"),
                  ("Universiti Utara Malaysia", "Sintok"), ("Monash University Malaysia", "Subang Jaya"),
                  ("Taylor's University", "Subang Jaya"), ("Universiti Teknologi Malaysia", "Johor Bahru")]  # fmt: skip
_GENRES = [
    "PhD thesis",
    "MBA dissertation",
    "MSc thesis",
    "Master's thesis",
    "DBA thesis",
    "Tesis Sarjana [Master's thesis]",
]

# ---------------------------------------------------------------------------------------------- titles
_TOPICS = ["e-wallet adoption", "halal certification", "Islamic banking", "Buy Now Pay Later (BNPL)", "cashless payments",
           "festive advertising", "brand trust", "influencer marketing", "live-stream selling", "TikTok Shop",
           "mobile banking apps", "sustainable palm oil", "glove exports", "loyalty programmes", "convenience retail",
           "Muslim-friendly tourism", "property marketing", "student recruitment", "customer experience",
           "Shariah-compliant products", "social commerce", "1Malaysia identity", "QR payments (DuitNow)",
           "food delivery apps", "green marketing", "generation Z consumers", "the 11.11 and 12.12 sales",
           "Chinese New Year campaigns", "Hari Raya campaigns", "Deepavali promotions", "B40 households",
           "digital banks", "takaful", "halal cosmetics", "brand boycotts", "low-cost airlines"]  # fmt: skip
_PLACES = ["Malaysia", "Klang Valley", "Brunei Darussalam", "Sabah", "Sarawak", "Penang", "Johor", "Malaysia and Brunei",
           "Southeast Asia", "ASEAN", "Kuala Lumpur", "Peninsular Malaysia", "East Malaysia", "Kota Kinabalu"]  # fmt: skip
_MALAY_TITLES = [
    ("Tingkah laku pengguna Muslim terhadap produk halal", "Muslim consumers' behaviour towards halal products"),
    ("Penerimaan dompet elektronik dalam kalangan belia", "E-wallet acceptance among youth"),
    ("Pemasaran digital untuk perusahaan kecil dan sederhana", "Digital marketing for small and medium enterprises"),
    ("Kepercayaan jenama dan kesetiaan pelanggan perbankan Islam", "Brand trust and customer loyalty in Islamic banking"),
    ("Iklan Hari Raya dan nilai kekeluargaan", "Hari Raya advertisements and family values"),
    ("Keputusan pembelian dalam talian semasa jualan 11.11", "Online purchase decisions during the 11.11 sale"),
    ("Pengaruh media sosial terhadap pelancongan mesra Muslim", "The influence of social media on Muslim-friendly tourism"),
    ("Strategi penjenamaan universiti awam", "Branding strategies of public universities"),
    ("Amalan pemasaran hijau industri sawit", "Green marketing practices in the palm-oil industry"),
    ("Kesedaran pensijilan halal JAKIM", "Awareness of JAKIM halal certification"),
    ("Pembelian impulsif dalam siaran langsung", "Impulse buying in live streams"),
    ("Kualiti perkhidmatan pasar raya besar", "Service quality in hypermarkets"),
]  # fmt: skip


class Blind129WorkFactory(WorkFactory):
    """Works cited by marketers in Malaysia, Brunei and their diaspora: see the module's docstring."""

    DRAWN = (("book", 11), ("chapter", 5), ("journal", 22), ("thesis", 5), ("conference", 5), ("company-web", 9),
             ("company-report", 6), ("body", 5), ("government", 8), ("legislation", 3), ("market-research", 7),
             ("news", 8), ("unsigned-news", 4), ("social", 3), ("video", 2), ("podcast", 2), ("undated-web", 4))  # fmt: skip
    KINDS = frozenset({"book", "chapter", "journal", "thesis", "conference", "web", "report", "company-report",
                       "body", "government", "legislation", "market-research", "news", "social", "video", "podcast"})  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 129 + 12901)
        self.organisations: list[tuple[str, set[str], int, str]] = []

    # ------------------------------------------------------------------ people
    def _malay(self) -> dict[str, str]:
        rng = self.rng
        woman = rng.random() < 0.5
        given = rng.choice(_MALAY_WOMEN if woman else _MALAY_MEN)
        father = rng.choice(_MALAY_FATHERS)
        roll = rng.random()
        if roll < 0.45:  # the whole name, as Malaysian universities teach: no family name to invert
            link = rng.choice(["binti", "binti", "bt."] if woman else ["bin", "bin", "b."])
            return {"family": f"{given} {link} {father}"}
        if roll < 0.6:  # the whole name without "bin" or "binti"
            return {"family": f"{given} {father}"}
        return {"family": father, "given": given}  # as an indexer writes it: the father's name for a surname

    def _chinese(self) -> dict[str, str]:
        rng = self.rng
        family, given = rng.choice(_CHINESE_SURNAMES), rng.choice(_CHINESE_GIVEN)
        roll = rng.random()
        if roll < 0.45:
            return {"family": family, "given": given}
        if roll < 0.75:  # an English given name before the Chinese one: "Jason Lim Chee Keong"
            return {"family": family, "given": f"{rng.choice(_ENGLISH_GIVEN)} {given}"}
        return {"family": family, "given": rng.choice(_ENGLISH_GIVEN)}

    def _tamil(self) -> dict[str, str]:
        rng = self.rng
        woman = rng.random() < 0.45
        given = rng.choice(_TAMIL_WOMEN if woman else _TAMIL_MEN)
        father = rng.choice(_TAMIL_FATHERS)
        roll = rng.random()
        if roll < 0.4:
            return {"family": f"{given} {'a/p' if woman else 'a/l'} {father}"}
        if roll < 0.75:
            return {"family": father, "given": given}
        return {"family": given, "given": father}  # "Saravanan, M.": the initial of the father's name

    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.34:
            return self._malay()
        if roll < 0.62:
            return self._chinese()
        if roll < 0.72:
            return self._tamil()
        if roll < 0.75:
            family, given = rng.choice(_SIKH)
            return {"family": family, "given": given}
        if roll < 0.78:
            return {"family": rng.choice(_BORNEO)}
        if roll < 0.82:
            family, given = rng.choice(_KADAZAN)
            return {"family": family, "given": given}
        family, given = rng.choice(_EXPATRIATES)
        if family.startswith("de "):
            return {"family": family[3:], "given": given, "non-dropping-particle": "de"}
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[30, 28, 18, 10, 6, 4, 2, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if name not in people:
                people.append(name)
        return people

    # ------------------------------------------------------------------ dates
    def year(self, recent: bool = False) -> int:
        if recent:  # web pages, posts and the press cited are of the smartphone years
            return self.rng.randint(2014, 2025)
        if self.rng.random() < 0.05:  # the classics still cited
            return self.rng.randint(1983, 2004)
        return self.rng.randint(2010, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        rng = self.rng
        start = max(issued[0] if issued else 2023, 2023)
        year = rng.randint(start, min(start + 2, 2026))
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        if issued and year == issued[0]:
            month = max(month, issued[1] if len(issued) > 1 else 1)
            day = max(day, issued[2] if len(issued) > 2 else 1)
        return {"date-parts": [[year, month, day]]}

    def _dated(self, record: dict[str, Any], day: bool = False, recent: bool = False) -> dict[str, Any]:
        year = self.year(recent or day)
        parts = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)] if day else [year]
        record["issued"] = {"date-parts": [parts]}
        return record

    def _online(self, record: dict[str, Any], url: str, access: float = 0.95) -> dict[str, Any]:
        record["URL"] = url
        if self.rng.random() < access:
            issued = record["issued"]["date-parts"][0] if "issued" in record else None
            record["accessed"] = self._accessed_after(issued)
        return record

    def _slug(self) -> str:
        words = self.rng.sample(["raya", "halal", "ewallet", "promo", "digital", "brand", "campaign", "consumer",
                                 "survey", "insights", "2024", "malaysia", "brunei", "payments", "retail", "festive"], 3)  # fmt: skip
        return "-".join(words)

    # ------------------------------------------------------------------ titles
    def _title(self) -> str:
        rng = self.rng
        if rng.random() < 0.14:
            malay, english = rng.choice(_MALAY_TITLES)
            return f"{malay} [{english}]"
        topic, other = rng.sample(_TOPICS, 2)
        place = rng.choice(_PLACES)
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {place}: a structural equation modelling approach",
            f"Determinants of {topic} among Malaysian millennials",
            f"The effect of {topic} on {other}: evidence from {place}",
            f"{topic[0].upper()}{topic[1:]} and {other} in {place}",
            f"Understanding {topic}: a qualitative study in {place}",
            f"{topic[0].upper()}{topic[1:]} and purchase intention: a PLS-SEM analysis",
            f"Extending UTAUT2 to {topic} in {place}",
            f"{topic[0].upper()}{topic[1:]}: lessons from {place}",
            f"Rethinking {topic} after the Movement Control Order",
            f"Consumer attitudes to {topic} in {place}",
        ]
        return rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        if kind is None:
            kinds, weights = zip(*self.DRAWN, strict=True)
            kind = self.rng.choices(kinds, weights=weights)[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then an organisation already cited, with another work of the same year ("BNM, 2023a" and "2023b").
        same_kind = [org for org in self.organisations if org[3] == kind]
        if same_kind and "issued" in record and len(record["issued"]["date-parts"][0]) == 1 and self.rng.random() < 0.2:
            name, tags, year, _kind = self.rng.choice(same_kind)
            record["issued"] = {"date-parts": [[year]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after([year])
            if kind == "report" and record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record and len(record["issued"]["date-parts"][0]) == 1:
            self.organisations.append((name, tags, record["issued"]["date-parts"][0][0], kind))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        rng = self.rng
        publisher, place = rng.choice(_PUBLISHERS)
        record: dict[str, Any] = self._dated({"type": "book", "title": self._title(), "author": self._people(4),
                                              "publisher": publisher, "publisher-place": place})  # fmt: skip
        if rng.random() < 0.15:  # the textbooks every CIM and MBA reading list has, in their Asian editions
            record["title"] = rng.choice(["Principles of marketing: an Asian perspective", "Marketing management: an Asian perspective",
                                          "Islamic marketing: a practitioner's guide", "Branding Malaysia: what works",
                                          "Consumer behaviour in Asia", "Digital marketing: strategy, implementation and practice",
                                          "Halal marketing: concepts and cases", "Islamic banking and finance in Malaysia"])  # fmt: skip
        if rng.random() < 0.35:
            record["edition"] = str(rng.randint(2, 8))
        if rng.random() < 0.15:  # an e-book read on the library's platform
            record["medium"] = "Kindle"
            self._online(
                record,
                f"https://ebookcentral.proquest.com/lib/{rng.choice(['um', 'uitm', 'ukm', 'ubd'])}/detail.action?docID={rng.randint(100000, 9999999)}",
            )
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        rng = self.rng
        publisher, place = rng.choice(_PUBLISHERS)
        start = rng.randint(1, 300)
        record: dict[str, Any] = self._dated({
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": self._people(2), "container-title": rng.choice(
                ["Handbook of Islamic marketing", "Marketing in Southeast Asia", "The Routledge companion to halal business",
                 "Contemporary issues in Malaysian business", "Digital transformation in ASEAN", "Consumer culture in Malaysia",
                 "Islamic finance and banking in Brunei Darussalam", "Asian brand strategy"]),
            "publisher": publisher, "publisher-place": place, "page": f"{start}-{start + rng.randint(10, 30)}",
        })  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        rng = self.rng
        start = rng.randint(1, 900)
        record: dict[str, Any] = self._dated({
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": rng.choice(_JOURNALS), "volume": str(rng.randint(1, 45)), "issue": str(rng.randint(1, 6)),
            "page": f"{start}-{start + rng.randint(8, 28)}",
        })  # fmt: skip
        if rng.random() < 0.45:
            record["DOI"] = (
                f"10.{rng.choice(['1108', '21315', '17576', '1016', '47836', '1080'])}/{rng.choice(['JIMA', 'aamj', 'jp', 'ijbs', 'jkmjc'])}-{rng.randint(2012, 2025)}-{rng.randint(1, 999):04d}"
            )
        elif rng.random() < 0.3:
            self._online(
                record,
                f"https://ejournal.ukm.my/{rng.choice(['pengurusan', 'mjc', 'jem'])}/article/view/{rng.randint(10000, 99999)}",
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        rng = self.rng
        university, place = rng.choice(_THESIS_PLACES)
        record: dict[str, Any] = self._dated({"type": "thesis", "title": self._title(), "author": self._people(1),
                                              "publisher": university, "publisher-place": place, "genre": rng.choice(_GENRES)})  # fmt: skip
        if rng.random() < 0.4:
            self._online(
                record,
                f"https://{rng.choice(['studentsrepo.um.edu.my', 'ir.uitm.edu.my', 'etd.uum.edu.my', 'scholarbank.ubd.edu.bn'])}/{rng.randint(1000, 99999)}/",
            )
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        rng = self.rng
        start = rng.randint(1, 400)
        number = rng.randint(2, 14)
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number if number < 20 else number % 10, "th")
        event, place = rng.choice([("International Conference on Business and Economics (ICBE", "Kuala Lumpur"),
                                   ("Global Conference on Islamic Marketing (GCIM", "Bangi"),
                                   ("International Halal Conference (INHAC", "Shah Alam"),
                                   ("Asia International Conference (AIC", "Kota Kinabalu"),
                                   ("UBD International Business Conference (UBIC", "Bandar Seri Begawan"),
                                   ("Borneo Business Research Symposium (BBRS", "Kuching")])  # fmt: skip
        year = self.year()
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": f"Proceedings of the {number}{suffix} {event} {year})", "issued": {"date-parts": [[year]]},
            "event-place": place, "publisher-place": place, "page": f"{start}-{start + rng.randint(6, 14)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _company_web(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        title = self.rng.choice(["Our sustainability commitments", "About us", "Shariah governance",
                                 "Raya Open House with TNG eWallet", "Sustainability report 2023", "Halal policy",
                                 "Privacy notice", "Careers: graduate programme", "Our brand promise",
                                 "Newsroom: festive campaign launch", "Chinese New Year angpau promotion",
                                 "Deepavali offers", "Terms and conditions: 11.11 campaign", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": title}
        if self.rng.random() < 0.75:
            self._dated(record, recent=True)
        self._online(record, f"https://www.{name.split()[0].lower().replace(chr(39), '')}.com.my/{self._slug()}", 0.9)
        return self._org_work(record, "web", name, tags)

    def _company_report(self) -> Work:
        rng = self.rng
        name, tags = rng.choice(_LISTED)
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": rng.choice([f"Annual report {year}", f"Integrated annual report {year}",
                                                   f"Sustainability report {year}", f"Laporan tahunan {year} [Annual report {year}]",
                                                   "Investor presentation: 4Q results", f"Bursa Malaysia announcement: results for FY{year}"]),
            "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0], "publisher-place": rng.choice(["Kuala Lumpur", "Kuala Lumpur", "Petaling Jaya", "Shah Alam", "Klang"]),
        }  # fmt: skip
        if rng.random() < 0.6:
            self._online(
                record,
                f"https://www.bursamalaysia.com/market_information/announcements/company_announcement/announcement_details?ann_id={rng.randint(3000000, 3999999)}",
            )
        return self._org_work(record, "company-report", name, tags)

    def _body(self) -> Work:
        name, tags = self.rng.choice(_BODIES)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "publisher": name.split(" (")[0], "publisher-place": "Kuala Lumpur"}  # fmt: skip
        if self.rng.random() < 0.85:
            self._dated(record)
        if record["type"] == "webpage" or self.rng.random() < 0.5:
            self._online(
                record,
                f"https://www.{''.join(w[0] for w in name.split() if w[0].isupper()).lower()}.org.my/{self._slug()}",
            )
        return self._org_work(record, "body", name, tags)

    def _government(self) -> Work:
        rng = self.rng
        name, tags = rng.choice(_GOVERNMENT)
        year = self.year()
        titles = [f"Annual report {year}", self._title(), self._title()]
        for key, own in (("Bank Negara", ["Financial Stability Review: first half {y}", "Economic and monetary review {y}",
                                          "Policy document on electronic money (e-money)", "Guidelines on digital insurance and takaful"]),
                         ("BNM", ["Financial Stability Review: first half {y}", "Policy document on electronic money (e-money)"]),
                         ("MCMC", ["Internet users survey {y}", "Hand phone users survey {y}"]),
                         ("Komunikasi", ["Laporan survei pengguna Internet {y} [Internet users survey {y}]"]),
                         ("Statistics Malaysia", ["Household income and basic amenities survey report {y}", "Consumer price index Malaysia, June {y}"]),
                         ("Perangkaan", ["Laporan survei pendapatan isi rumah {y} [Household income survey report {y}]"]),
                         ("DOSM", ["Consumer price index Malaysia, October {y}", "E-commerce statistics {y}"]),
                         ("JAKIM", ["Manual procedure for Malaysia halal certification (domestic) {y}", "Malaysian halal certification statistics {y}"]),
                         ("Securities", ["Capital market masterplan 3", "Guidelines on digital assets ({y} revision)"]),
                         ("Monetari", ["Laporan tahunan {y} [Annual report {y}]", "Financial stability report {y}"]),
                         ("AMBD", ["Financial stability report {y}", "Notice on e-money issuers"]),
                         ("DEPS", ["Brunei Darussalam key indicators {y}", "Report of the labour force survey {y}"]),
                         ("Brunei Darussalam", ["Brunei Darussalam key indicators {y}", "Budget speech {y}/{y1}"]),
                         ("Tourism", ["Malaysia tourism statistics in brief {y}", "Muslim-friendly tourism action plan"]),
                         ("Palm Oil", ["Overview of the Malaysian oil palm industry {y}"]),
                         ("KPDN", ["Festive season maximum price control scheme {y}"]),
                         ("Perdagangan", ["Skim Harga Maksimum Musim Perayaan {y} [Festive season maximum price scheme {y}]"])):  # fmt: skip
            if key in name:
                titles += [title.format(y=year, y1=year + 1) for title in own] * 2
        title = rng.choice(titles)
        record: dict[str, Any] = {
            "type": rng.choice(["report", "webpage"]),
            "title": title,
            "issued": {"date-parts": [[year]]},
        }
        domain = next((d for key, d in _GOVERNMENT_DOMAINS if key in name), "www.malaysia.gov.my")
        self._online(record, f"https://{domain}/{self._slug()}", 0.9)
        return self._org_work(record, "report" if record["type"] == "report" else "government", name, tags)

    def _legislation(self) -> Work:
        rng = self.rng
        title, year, brunei = rng.choice(_MALAYSIAN_LAWS)
        author = (
            rng.choice(["Brunei Darussalam", "Attorney General's Chambers Brunei Darussalam"])
            if brunei
            else rng.choice(_LAW_AUTHORS[:3])
        )
        record: dict[str, Any] = {"type": "book", "title": title, "issued": {"date-parts": [[year]]}}
        if rng.random() < 0.5:
            record["publisher"] = (
                "Percetakan Nasional Malaysia Berhad" if not brunei else "Government Printing Department"
            )
            record["publisher-place"] = "Kuala Lumpur" if not brunei else "Bandar Seri Begawan"
        else:
            record["type"] = "webpage"
            self._online(
                record,
                f"https://{'www.agc.gov.bn' if brunei else 'lom.agc.gov.my'}/act-detail.php?act={rng.randint(100, 900)}",
            )
        return self._org_work(record, "legislation", author, {"legislation", "government"})

    def _market_research(self) -> Work:
        rng = self.rng
        name = rng.choice(_MARKET_RESEARCH)
        year = self.year() if rng.random() < 0.9 else None
        y = year or 2024
        market = rng.choice(["e-wallets", "halal food", "packaged food", "convenience stores", "hypermarkets", "mobile banking",
                             "Islamic banking", "rubber gloves", "skin care", "soft drinks", "coffee", "budget airlines",
                             "condominiums", "private higher education", "food delivery", "BNPL"])  # fmt: skip
        country = rng.choice(["Malaysia", "Brunei", "Malaysia and Singapore", "Southeast Asia"])
        title = rng.choice([f"Digital {y}: {country}", f"{market.capitalize()} in {country} {y}",
                            f"{market.capitalize()} in {country}: market report {y}", f"{country} consumer trends {y}",
                            f"Number of {market} users in {country} from 2019 to {y}",
                            f"{country} {market} market: size, share and forecast to 2030", f"Festive spending survey {y}: Hari Raya",
                            f"Winning Omni-channel {y}: {country}", f"Brand Footprint {country} {y}",
                            f"Share of Malaysian adults using {market} in Q{rng.randint(1, 4)} {y}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name}
        if year:
            record["issued"] = {"date-parts": [[year]]}
        base = name.split()[0].lower()
        self._online(record, f"https://{base if '.' in base else f'www.{base}.com'}/{self._slug()}", 0.9)
        return self._org_work(record, "market-research", name, {"market-research"})

    def _news(self) -> Work:
        rng = self.rng
        paper = rng.choice(_PRESS)
        record: dict[str, Any] = self._dated({"type": "article-newspaper", "title": self._news_title(), "container-title": paper,
                                              "author": self._people(2) if rng.random() < 0.85 else [{"family": rng.choice(_TITLED)}]}, day=True)  # fmt: skip
        self._online(
            record, f"https://{_PRESS_DOMAINS[paper]}/news/{record['issued']['date-parts'][0][0]}/{self._slug()}", 0.9
        )
        return self._person_work(record, "news")

    def _news_title(self) -> str:
        rng = self.rng
        brand = rng.choice(["Maybank", "Touch 'n Go", "Boost", "GrabPay", "Top Glove", "Mydin", "AirAsia", "Maxis",
                            "99 Speedmart", "Ramly", "BIBD", "Royal Brunei", "Lotus's", "Sunway", "Astro"])  # fmt: skip
        return rng.choice([f"{brand} rolls out Raya campaign ahead of Aidilfitri", f"{brand} bets on Gen Z with new app",
                           f"E-wallet war heats up as {brand} offers RM{rng.choice([10, 20, 30, 50])} rebate",
                           f"{brand} posts record profit on festive demand", f"'Boycott fatigue' hits {brand}",
                           f"Halal status of {brand} products clarified, says JAKIM", f"{brand if brand.endswith(chr(39) + 's') else brand + chr(39) + 's'} CNY ad goes viral",
                           "Consumers flock to 11.11 sale despite rising cost of living", f"Brunei's cashless push: {brand} joins in",
                           f"Deepavali spending up {rng.randint(5, 30)} per cent, says retail group", "Kaamatan and Gawai boost East Malaysian retail",
                           self._title()])  # fmt: skip

    def _unsigned_news(self) -> Work:
        rng = self.rng
        paper = rng.choice(_PRESS)
        record: dict[str, Any] = self._dated(
            {"type": "article-newspaper", "title": self._news_title(), "container-title": paper}, day=True
        )
        self._online(record, f"https://{_PRESS_DOMAINS[paper]}/{self._slug()}", 0.9)
        return self._org_work(record, "news", paper, {"press"})

    def _social(self) -> Work:
        rng = self.rng
        name, tags = rng.choice(_COMPANIES)
        platform = rng.choice(["Facebook", "Instagram", "TikTok", "X (formerly Twitter)", "LinkedIn", "Xiaohongshu"])
        record: dict[str, Any] = self._dated({
            "type": "post", "title": rng.choice(["Selamat Hari Raya Aidilfitri, maaf zahir dan batin!",
                                                 "Gong Xi Fa Cai from all of us! 🧧", "Happy Deepavali! May the festival of lights bring joy",
                                                 "Selamat Hari Gawai, gayu guru gerai nyamai", "Kotobian Tadau Tagazo do Kaamatan",
                                                 "11.11 is here: up to 70% off!", "We are now JAKIM halal certified ✅",
                                                 "12.12 flash deals start at midnight", "Merdeka! Happy 31 August, Malaysia"]),
            "container-title": platform,
        }, day=True)  # fmt: skip
        self._online(
            record,
            f"https://www.{platform.split()[0].lower()}.com/{name.split()[0].lower().replace(chr(39), '')}/posts/{rng.randint(10**9, 10**10)}",
            0.9,
        )
        if rng.random() < 0.3:
            record["author"] = self._people(1)
            return self._person_work(record, "social")
        return self._org_work(record, "social", name, tags)

    def _video(self) -> Work:
        rng = self.rng
        name, tags = rng.choice([*_COMPANIES, ("Petronas", {"company"}), ("Petronas", {"company"})])
        record: dict[str, Any] = self._dated({
            "type": "motion_picture", "title": rng.choice(["Raya 2023 | Tak Apa [It's OK]", "Chinese New Year film: Reunion",
                                                           "Deepavali short film: The Kolam", "Merdeka ad: Satu Malaysia",
                                                           "Behind the brand: our halal journey", "Tan Sri explains the digital bank"]),
            "medium": "YouTube video",
        }, day=True)  # fmt: skip
        self._online(
            record, f"https://www.youtube.com/watch?v={''.join(rng.choices('abcdefghijkXYZ0123456789_', k=11))}", 0.9
        )
        return self._org_work(record, "video", name, tags)

    def _podcast(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = self._dated({
            "type": "song", "title": f"Ep. {rng.randint(1, 250)}: {self._title()}", "author": self._people(2),
            "container-title": rng.choice(["BFM 89.9: The Breakfast Grill", "Marketing-Interactive Podcast", "The Brunei Podcast",
                                           "Money Matters (BFM)", "Kopi & Kuih with Marketers", "Borneo Business Talk"]),
            "medium": "Podcast",
        }, day=True)  # fmt: skip
        self._online(record, f"https://www.bfm.my/podcast/{self._slug()}", 0.9)
        return self._person_work(record, "podcast")

    def _undated_web(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "webpage", "title": self._title()}
        self._online(
            record,
            f"https://www.{rng.choice(['halal.gov.my', 'mdec.my', 'ambd.gov.bn', 'tngdigital.com.my', 'myboost.com.my', 'grab.com/my'])}/{self._slug()}",
            0.9,
        )
        if rng.random() < 0.35:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = rng.choice(_COMPANIES + _BODIES + _GOVERNMENT)
        return self._org_work(record, "web", name, tags | {"undated"})
