"""Works for the eighty-third held-out pool, "blind83": what marketers in Malaysia, Singapore and Brunei cite.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by an eighty-third hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, trade, CRM,
digital, loyalty and communications marketers at banks and Islamic banks, takaful operators, telecoms, retailers,
property developers, halal food makers, airlines, hotel groups and tourism boards in Kuala Lumpur, Penang, Johor
Bahru, Kota Kinabalu, Kuching, Singapore and Bandar Seri Begawan build their reading lists on CIM Level 6 and 7
courses and MBAs: regional journals with one to eight authors, textbooks in Malay with English translations in
square brackets, theses from Malaysian, Singaporean and Bruneian universities, company reports of Berhad, Sdn. Bhd.,
Pte. Ltd., Ltd and PLC firms, regulators' guidelines, Acts under the body that publishes them, DOSM, SingStat and
DEPS figures, research firms' reports, the regional press signed and unsigned, social posts and podcasts, with and
without dates or access dates. Malay names with bin, binti and bte (kept whole, as a Malaysian writes them, or
filed under the father's name as databases do), Chinese names in Hokkien, Cantonese and Hakka romanisations with
and without English given names, Indian names with a/l and a/p, Iban, Kadazan and Eurasian names, expatriates.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# Malay given names and fathers' names; a Malay writer's name is "<given> bin/binti <father>".
_MALAY_MEN = ["Ahmad", "Mohd Faizal", "Muhammad Hafiz", "Azlan", "Khairul Anuar", "Zulkifli", "Syed Hamzah",
              "Amirul Hakim", "Nik Mohd Rizal", "Wan Ahmad Fauzi", "Mohamad Firdaus", "Hairul Nizam", "Ismail",
              "Abdul-Rahman", "Shahrul Azman", "Iskandar", "Fadzli", "Awang Haji Jamil", "Pengiran Muhammad Bolkiah"]  # fmt: skip
_MALAY_WOMEN = ["Siti Nur Aisyah", "Nurul Huda", "Noor Azlina", "Farah Nadia", "Nor Hafizah", "Aisyah", "Sharifah Zaleha",
                "Wan Nurul Izzati", "Rohana", "Zarina", "Nur Syafiqah", "Dayang Norsiah", "Hajah Rosnah", "Puteri Balqis",
                "Intan Suraya", "Nur Ain"]  # fmt: skip
_MALAY_FATHERS = ["Ismail", "Abdullah", "Yusof", "Hassan", "Othman", "Ibrahim", "Rahman", "Sulaiman", "Mohd Nor",
                  "Hamzah", "Ab Rahim", "Che Omar", "Mat Zin", "Jaafar", "Idris", "Mahmud", "Osman", "Zakaria",
                  "Abd Ghani", "Hj Ali", "Sabtu", "Tuah"]  # fmt: skip
# Chinese Malaysian, Singaporean and Bruneian names: (family, given, English name or "").
_CHINESE = [("Tan", "Wei Ling", ""), ("Lim", "Boon Keat", ""), ("Ong", "Kah Hock", "Jason"), ("Goh", "Siew Mei", "Rachel"),
            ("Lee", "Chee Keong", ""), ("Wong", "Kar Yan", "Vanessa"), ("Chan", "Mun Yee", ""), ("Ng", "Poh Leng", ""),
            ("Teo", "Hui Min", "Michelle"), ("Koh", "Eng Seng", "Desmond"), ("Yap", "Soon Huat", ""), ("Chong", "Kok Wai", "Kelvin"),
            ("Liew", "Fui Ling", ""), ("Chin", "Thien Fook", ""), ("Khoo", "Teng Chye", ""), ("Loh", "Mei Fong", "Shirley"),
            ("Cheah", "Kean Huat", ""), ("Tay", "Li Ting", "Germaine"), ("Quek", "Beng Hwa", ""), ("Yeoh", "Guat Kim", ""),
            ("Foo", "Siang Yew", "Benjamin"), ("Phua", "Xin Yi", ""), ("Au-Yeung", "Ka Man", ""), ("Low", "Wen Jie", "Marcus"),
            ("Hii", "Ching Ling", ""), ("Siaw", "Kim Hua", ""), ("Chua", "Geok Lan", "Irene")]  # fmt: skip
_INDIAN = [("Ramesh", "a/l", "Subramaniam"), ("Kavitha", "a/p", "Rajendran"), ("Saravanan", "a/l", "Krishnan"),
           ("Deepa", "a/p", "Muniandy"), ("Thevendran", "a/l", "Arumugam"), ("Priya", "a/p", "Sivakumar"),
           ("Ganesh", "s/o", "Pillai"), ("Malathi", "d/o", "Nair"), ("Vignesh", "a/l", "Ponnusamy"),
           ("Shalini", "a/p", "Gopal")]  # fmt: skip
_INDIAN_DB = [("Balakrishnan", "Anand"), ("Menon", "Sunita"), ("Pillay", "Rajiv"), ("Chandran", "Nalini"),
              ("Singh", "Harpreet Kaur"), ("Gill", "Jasvinder"), ("Ramasamy", "Letchumi"), ("Thiagarajan", "Kumaresan")]  # fmt: skip
# Iban, Kadazan, Bidayuh and Eurasian names; (particle, family, given).
_BORNEO = [("", "Jimbun", "Linggi"), ("", "Nyanggau", "Sylvia"), ("", "Gontuni", "Rosalind"), ("", "Mojuntin", "Jeffery"),
           ("", "Sintang", "Dayang"), ("", "Ganggong", "Edward"), ("", "Majimbun", "Priscilla"), ("", "Lo", "Benedict"),
           ("", "Entigar", "Clarence"), ("", "Gumbek", "Angelina")]  # fmt: skip
_EURASIAN = [("de", "Souza", "Marie"), ("de", "Mello", "Christopher"), ("", "Pereira", "Anthony"), ("", "Rozario", "Celine"),
             ("", "D'Cruz", "Gregory"), ("de", "Silva", "Angela"), ("", "Fernandez", "Joanna"), ("", "Theseira", "Brian"),
             ("de", "Costa", "Leonard"), ("", "Scully", "Natasha")]  # fmt: skip
_EXPAT = [("", "Müller", "Jörg"), ("", "Lefèvre", "Sébastien"), ("van", "Rooij", "Maarten"), ("", "O'Sullivan", "Ciarán"),
          ("", "Nakamura", "Kenji"), ("", "Kowalski", "Agnieszka"), ("", "Santos", "Maria Lourdes"), ("", "Hartley-Jones", "Rebecca"),
          ("", "Andersson", "Björn"), ("", "Park", "Ji-Hoon"), ("", "Nguyễn", "Thị Lan"), ("", "Wibowo", "Andreas"),
          ("", "McAllister", "Fiona"), ("", "Kärkkäinen", "Mikko"), ("", "Reyes", "José Miguel")]  # fmt: skip

# Organisations with what makes them hard to read: "&", apostrophes, abbreviations, legal suffixes, accents.
_ORGS: list[tuple[str, set[str]]] = [
    ("Malayan Banking Berhad", {"company"}), ("Maybank", {"company"}), ("CIMB Group Holdings Berhad", {"company"}),
    ("Public Bank Berhad", {"company"}), ("Bank Islam Malaysia Berhad", {"company"}), ("Maxis Berhad", {"company"}),
    ("CelcomDigi Berhad", {"company"}), ("Axiata Group Berhad", {"company"}), ("Petronas Dagangan Berhad", {"company"}),
    ("Sime Darby Berhad", {"company"}), ("Nestlé (Malaysia) Berhad", {"company", "accent", "brackets"}),
    ("Mamee-Double Decker (M) Sdn. Bhd.", {"company", "hyphen", "brackets"}), ("Mydin Mohamed Holdings Berhad", {"company"}),
    ("Capital A Berhad", {"company"}), ("AirAsia", {"company"}), ("Malaysia Airlines Berhad", {"company"}),
    ("DBS Group Holdings Ltd", {"company"}), ("Oversea-Chinese Banking Corporation Limited", {"company", "hyphen"}),
    ("OCBC", {"company", "acronym"}), ("Singapore Telecommunications Limited", {"company"}), ("Singtel", {"company"}),
    ("NTUC Enterprise Co-operative Limited", {"company", "hyphen"}), ("FairPrice Group", {"company"}),
    ("Grab Holdings Limited", {"company"}), ("Sea Limited", {"company"}), ("Shopee", {"company"}),
    ("CapitaLand Investment Limited", {"company"}), ("Royal Brunei Airlines Sdn Bhd", {"company"}),
    ("Baiduri Bank Berhad", {"company"}), ("Takaful Malaysia Keluarga Berhad", {"company"}),
    ("Etiqa General Takaful Berhad", {"company"}), ("Sunway Property", {"company"}), ("IOI Properties Group Berhad", {"company"}),
    ("Marks & Spencer (Singapore) Pte. Ltd.", {"company", "ampersand", "brackets"}), ("Ramly Food Processing Sdn. Bhd.", {"company"}),
    ("Dutch Lady Milk Industries Berhad", {"company"}), ("Old Chang Kee Ltd", {"company"}), ("Ya Kun International Pte Ltd", {"company"}),
    ("Mr D.I.Y. Group (M) Berhad", {"company", "abbreviation", "brackets"}), ("McDonald's Malaysia", {"company", "apostrophe"}),
    ("Marrybrown Sdn Bhd", {"company"}), ("Hong Leong Bank Berhad", {"company"}), ("Prudential BSN Takaful Berhad", {"company"}),
    ("Tourism Malaysia", {"government"}), ("Singapore Tourism Board", {"government"}), ("Sarawak Tourism Board", {"government"}),
    ("Sabah Tourism Board", {"government"}), ("Bank Negara Malaysia", {"government"}), ("Bank Negara Malaysia (BNM)", {"government", "abbreviation"}),
    ("Monetary Authority of Singapore", {"government"}), ("Malaysian Communications and Multimedia Commission (MCMC)", {"government", "abbreviation"}),
    ("Personal Data Protection Commission", {"government"}), ("Department of Statistics Malaysia", {"government"}),
    ("DOSM", {"government", "acronym"}), ("Department of Statistics Singapore", {"government"}), ("SingStat", {"government"}),
    ("Department of Economic Planning and Statistics (DEPS)", {"government", "abbreviation"}),
    ("Jabatan Kemajuan Islam Malaysia (JAKIM)", {"government", "abbreviation"}), ("Majlis Ugama Islam Singapura", {"government"}),
    ("Advertising Standards Authority Malaysia", {"trade-body"}), ("Advertising Standards Authority of Singapore (ASAS)", {"trade-body", "abbreviation"}),
    ("Ministry of Domestic Trade and Costs of Living", {"government"}), ("Ministry of Trade and Industry Singapore", {"government"}),
    ("Halal Development Corporation Berhad", {"company"}), ("Malaysian Digital Economy Corporation (MDEC)", {"government", "abbreviation"}),
    ("Enterprise Singapore", {"government"}), ("Institute of Marketing Malaysia", {"trade-body"}),
    ("Malaysian Association of Hotels", {"trade-body"}), ("Real Estate and Housing Developers' Association Malaysia", {"trade-body", "apostrophe"}),
    ("Federation of Malaysian Manufacturers", {"trade-body"}), ("Singapore Business Federation", {"trade-body"}),
    ("Marketing-Interactive", {"press", "hyphen"}), ("Campaign Asia-Pacific", {"press", "hyphen"}),
    ("Deloitte Southeast Asia", {"company"}), ("PwC Malaysia", {"company"}), ("Ernst & Young Consulting Sdn. Bhd.", {"company", "ampersand"}),
    ("McKinsey & Company", {"company", "ampersand"}), ("Bain & Company", {"company", "ampersand"}),
    ("Google, Temasek and Bain & Company", {"company", "ampersand", "comma"}), ("Meltwater", {"company"}),
    ("We Are Social & Meltwater", {"company", "ampersand"}), ("Lazada", {"company"}), ("TikTok", {"company"}),
]  # fmt: skip
_RESEARCH = ["Nielsen", "NielsenIQ", "Kantar", "Kantar Worldpanel", "Ipsos", "YouGov", "Milieu Insight", "Euromonitor International",
             "Statista", "Mintel", "GlobalData", "Rakuten Insight", "Vase.ai"]  # fmt: skip
_PRESS = ["The Star", "New Straits Times", "The Edge Malaysia", "Malay Mail", "Malaysiakini", "Berita Harian",
          "The Straits Times", "The Business Times", "CNA", "Borneo Bulletin", "Marketing-Interactive", "Campaign Asia",
          "The Borneo Post", "Daily Express", "TODAY", "Free Malaysia Today", "The Sun", "Sin Chew Daily"]  # fmt: skip
_PRESS_HOSTS = {"The Star": "www.thestar.com.my", "New Straits Times": "www.nst.com.my", "The Edge Malaysia": "theedgemalaysia.com",
                "Malay Mail": "www.malaymail.com", "Malaysiakini": "www.malaysiakini.com", "Berita Harian": "www.bharian.com.my",
                "The Straits Times": "www.straitstimes.com", "The Business Times": "www.businesstimes.com.sg", "CNA": "www.channelnewsasia.com",
                "Borneo Bulletin": "borneobulletin.com.bn", "Marketing-Interactive": "www.marketing-interactive.com",
                "Campaign Asia": "www.campaignasia.com", "The Borneo Post": "www.theborneopost.com", "Daily Express": "www.dailyexpress.com.my",
                "TODAY": "www.todayonline.com", "Free Malaysia Today": "www.freemalaysiatoday.com", "The Sun": "thesun.my",
                "Sin Chew Daily": "www.sinchew.com.my"}  # fmt: skip
_JOURNALS = ["Asian Academy of Management Journal", "Journal of Islamic Marketing", "Asia Pacific Journal of Marketing and Logistics",
             "International Journal of Business and Society", "Jurnal Pengurusan", "Journal of Business Research",
             "Asian Journal of Business Research", "Journal of Retailing and Consumer Services", "International Journal of Bank Marketing",
             "Journal of Islamic Accounting and Business Research", "Tourism Management Perspectives", "Malaysian Journal of Consumer and Family Economics",
             "Asia-Pacific Journal of Business Administration", "Jurnal Komunikasi: Malaysian Journal of Communication",
             "Journal of Hospitality and Tourism Management", "Singapore Management Review", "Journal of Consumer Behaviour",
             "Pertanika Journal of Social Sciences & Humanities", "Journal of Services Marketing", "Asian Journal of Communication"]  # fmt: skip
_PUBLISHERS = [("Pearson Malaysia", "Petaling Jaya"), ("Oxford Fajar", "Shah Alam"), ("Dewan Bahasa dan Pustaka", "Kuala Lumpur"),
               ("UKM Press", "Bangi"), ("Penerbit Universiti Sains Malaysia", "Pulau Pinang"), ("UiTM Press", "Shah Alam"),
               ("McGraw-Hill Education (Asia)", "Singapore"), ("World Scientific", "Singapore"), ("Cengage Learning Asia", "Singapore"),
               ("Marshall Cavendish Business", "Singapore"), ("ISEAS-Yusof Ishak Institute", "Singapore"), ("Routledge", "Abingdon"),
               ("Springer", "Singapore"), ("Palgrave Macmillan", "Singapore"), ("Kogan Page", "London"), ("Pearson", "Harlow"),
               ("Penerbit UTM Press", "Johor Bahru"), ("Universiti Brunei Darussalam Press", "Bandar Seri Begawan")]  # fmt: skip
_UNIVERSITIES = [("Universiti Malaya", "Kuala Lumpur"), ("Universiti Kebangsaan Malaysia", "Bangi"), ("Universiti Teknologi MARA", "Shah Alam"),
                 ("Universiti Sains Malaysia", "Penang"), ("Taylor's University", "Subang Jaya"), ("Sunway University", "Bandar Sunway"),
                 ("National University of Singapore", "Singapore"), ("Nanyang Technological University", "Singapore"),
                 ("Singapore Management University", "Singapore"), ("Universiti Brunei Darussalam", "Bandar Seri Begawan"),
                 ("Universiti Malaysia Sarawak", "Kota Samarahan"), ("Universiti Malaysia Sabah", "Kota Kinabalu"),
                 ("Universiti Putra Malaysia", "Serdang"), ("Multimedia University", "Cyberjaya")]  # fmt: skip
_TOPICS = ["halal certification", "Islamic banking loyalty", "takaful purchase intention", "e-wallet adoption", "buy now, pay later",
           "Gen Z on TikTok Shop", "Ramadan bazaar spending", "festive advertising", "Hari Raya campaigns", "Chinese New Year gifting",
           "the Great Singapore Sale", "11.11 and 12.12 mega sales", "live-stream selling", "muslim-friendly tourism",
           "property buyer trust", "green building claims", "palm-oil sustainability messaging", "telco churn", "5G adoption",
           "mobile banking trust", "QR payments", "hawker food delivery", "local brand preference", "Buy Malaysian campaigns",
           "boycott movements", "influencer disclosure", "Xiaohongshu travel content", "budget airline loyalty", "hotel direct booking",
           "Visit Malaysia 2026", "Brunei ecotourism", "Sabah and Sarawak tourism", "modest fashion", "Deepavali retail",
           "data privacy concerns", "super-app loyalty", "supermarket private labels", "back-to-school spending"]  # fmt: skip
_MALAY_TITLES = [("Pemasaran digital untuk PKS", "Digital marketing for SMEs"), ("Gelagat pengguna Muslim", "Muslim consumer behaviour"),
                 ("Pengurusan jenama halal", "Halal brand management"), ("Asas pemasaran", "Principles of marketing"),
                 ("Komunikasi pemasaran bersepadu", "Integrated marketing communications"), ("Perbankan Islam dan pelanggan", "Islamic banking and its customers"),
                 ("Pelancongan mesra Muslim di Malaysia", "Muslim-friendly tourism in Malaysia"), ("Keusahawanan sosial", "Social entrepreneurship"),
                 ("Media sosial dan belia", "Social media and youth"), ("Etika pengiklanan", "Advertising ethics")]  # fmt: skip
_ACTS = [("Personal Data Protection Act 2010 (Act 709)", 2010, "Malaysia"), ("Consumer Protection Act 1999 (Act 599)", 1999, "Malaysia"),
         ("Communications and Multimedia Act 1998 (Act 588)", 1998, "Malaysia"), ("Trade Descriptions Act 2011 (Act 730)", 2011, "Malaysia"),
         ("Trade Descriptions (Definition of Halal) Order 2011", 2011, "Malaysia"), ("Islamic Financial Services Act 2013 (Act 759)", 2013, "Malaysia"),
         ("Personal Data Protection Act 2012 (No. 26 of 2012)", 2012, "Singapore"), ("Consumer Protection (Fair Trading) Act 2003", 2003, "Singapore"),
         ("Spam Control Act 2007", 2007, "Singapore"), ("Halal Certificate and Halal Label Order, 2005", 2005, "Brunei Darussalam"),
         ("Consumer Protection (Fair Trading) Order, 2011", 2011, "Brunei Darussalam"), ("Personal Data Protection Order, 2025", 2025, "Brunei Darussalam")]  # fmt: skip
_ACT_BODIES = {"Malaysia": ["Malaysia", "Attorney General's Chambers of Malaysia", "Laws of Malaysia"],
               "Singapore": ["Singapore", "Attorney-General's Chambers", "Singapore Statutes Online"],
               "Brunei Darussalam": ["Brunei Darussalam", "Attorney General's Chambers Brunei Darussalam"]}  # fmt: skip
_PLATFORMS = [("Instagram", "https://www.instagram.com/p/"), ("X", "https://x.com/"), ("TikTok", "https://www.tiktok.com/@"),
              ("Facebook", "https://www.facebook.com/"), ("Xiaohongshu", "https://www.xiaohongshu.com/explore/"),
              ("LinkedIn", "https://www.linkedin.com/posts/")]  # fmt: skip
_PODCASTS = ["BFM 89.9 The Business Station", "The Marketing Malaysia Podcast", "Money FM 89.3", "Kopi Talk Marketing",
             "CNA Deep Dive", "The Halal Economy Podcast"]  # fmt: skip


_GOVERNMENT = [
    ("Bank Negara Malaysia", "Policy Document on Fair Treatment of Financial Consumers", "www.bnm.gov.my"),
    ("Bank Negara Malaysia (BNM)", "Financial Stability Review", "www.bnm.gov.my"),
    ("Bank Negara Malaysia", "Policy Document on Shariah Governance", "www.bnm.gov.my"),
    ("Monetary Authority of Singapore", "Guidelines on Fair Dealing - Board and Senior Management Responsibilities", "www.mas.gov.sg"),
    ("Monetary Authority of Singapore", "Guidelines on E-Payments User Protection", "www.mas.gov.sg"),
    ("Malaysian Communications and Multimedia Commission (MCMC)", "Internet Users Survey", "www.mcmc.gov.my"),
    ("Malaysian Communications and Multimedia Commission (MCMC)", "Guideline on Consumer Protection Code of Practice", "www.mcmc.gov.my"),
    ("Personal Data Protection Commission", "Advisory Guidelines on Key Concepts in the PDPA", "www.pdpc.gov.sg"),
    ("Personal Data Protection Commission", "Advisory Guidelines on the Do Not Call Provisions", "www.pdpc.gov.sg"),
    ("Department of Statistics Malaysia", "Household Income and Basic Amenities Survey Report", "www.dosm.gov.my"),
    ("DOSM", "Consumer Price Index Malaysia", "open.dosm.gov.my"), ("Department of Statistics Malaysia", "Domestic Tourism Survey", "www.dosm.gov.my"),
    ("Department of Statistics Singapore", "Retail Sales Index", "www.singstat.gov.sg"), ("SingStat", "Household Expenditure Survey", "www.singstat.gov.sg"),
    ("Department of Economic Planning and Statistics (DEPS)", "Labour Force Survey Report, Brunei Darussalam", "deps.mofe.gov.bn"),
    ("Department of Economic Planning and Statistics (DEPS)", "Brunei Darussalam Statistical Yearbook", "deps.mofe.gov.bn"),
    ("Jabatan Kemajuan Islam Malaysia (JAKIM)", "Manual Procedure for Malaysia Halal Certification (Domestic)", "www.halal.gov.my"),
    ("Department of Standards Malaysia", "MS 1500:2019 Halal food - General requirements (Third revision)", "www.jsm.gov.my"),
    ("Majlis Ugama Islam Singapura", "MUIS-HC-S001 General Guidelines for the Handling and Processing of Halal Food", "www.muis.gov.sg"),
    ("Advertising Standards Authority Malaysia", "Malaysian Code of Advertising Practice", "asa.org.my"),
    ("Advertising Standards Authority of Singapore (ASAS)", "Singapore Code of Advertising Practice", "asas.org.sg"),
    ("Tourism Malaysia", "Malaysia Tourism Statistics in Brief", "www.tourism.gov.my"), ("Singapore Tourism Board", "Tourism Sector Performance", "www.stb.gov.sg"),
    ("Sarawak Tourism Board", "Visitor Arrivals to Sarawak", "sarawaktourism.com"), ("Sabah Tourism Board", "Sabah Tourist Arrivals", "www.sabahtourism.com"),
    ("Ministry of Domestic Trade and Costs of Living", "Guidelines on Price Tagging and Festive Season Price Control", "www.kpdn.gov.my"),
    ("Malaysian Digital Economy Corporation (MDEC)", "Malaysia Digital Economy Blueprint Progress Report", "mdec.my"),
    ("Enterprise Singapore", "Singapore Halal Industry Guide", "www.enterprisesg.gov.sg"),
]  # fmt: skip


def _home(name: str) -> str:
    """Where a firm publishes: Singapore for Limited, Ltd and Pte firms, Bandar Seri Begawan for Brunei's."""
    if any(word in name for word in ("Brunei", "Baiduri")):
        return "Bandar Seri Begawan"
    if any(word in name for word in ("Limited", "Ltd", "Pte", "Singtel", "OCBC", "FairPrice", "Shopee", "Singapore")):
        return "Singapore"
    return "Kuala Lumpur"


class Blind83WorkFactory(WorkFactory):
    """The blind83 pool's works, from a random source of its own so a seed always gives the same works."""

    KINDS = ("book", "chapter", "journal", "thesis", "web", "report", "company-report", "government", "legislation",
             "market-research", "news", "social", "podcast")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 83 + 8383)
        self.orgs_used: list[tuple[str, set[str], int, str]] = []
        self.gov_used: list[tuple[str, int, str]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.14:  # written whole, as a Malaysian writes it: "Ahmad bin Ismail"
            woman = rng.random() < 0.5
            given = rng.choice(_MALAY_WOMEN if woman else _MALAY_MEN)
            link = rng.choice(["binti", "bt.", "bte", "binti"]) if woman else rng.choice(["bin", "bin", "b."])
            return {"literal": f"{given} {link} {rng.choice(_MALAY_FATHERS)}"}
        if roll < 0.28:  # filed under the father's name, as a database does: "Yusof, N.H."
            given = rng.choice(_MALAY_WOMEN + _MALAY_MEN)
            father = rng.choice(_MALAY_FATHERS)
            if rng.random() < 0.3:
                father = f"Mohd {father.split()[-1]}" if not father.startswith("Mohd") else father
            return {"family": father, "given": given}
        if roll < 0.5:
            family, given, english = rng.choice(_CHINESE)
            if english and rng.random() < 0.5:
                given = f"{english} {given}" if rng.random() < 0.6 else english
            return {"family": family, "given": given}
        if roll < 0.58:
            given, link, father = rng.choice(_INDIAN)
            return {"literal": f"{given} {link} {father}"}
        if roll < 0.66:
            family, given = rng.choice(_INDIAN_DB)
            return {"family": family, "given": given}
        if roll < 0.76:
            particle, family, given = rng.choice(_BORNEO + _EURASIAN)
        elif roll < 0.86:
            particle, family, given = rng.choice(_EXPAT)
        else:
            fake = self.fakers[rng.choice(["en_GB", "en_GB", "en_IN", "en_US", "fr_FR", "de_DE"])]
            particle, family, given = "", fake.last_name(), fake.first_name()
            if rng.random() < 0.1:
                family = f"{family}-{self.fakers['en_GB'].last_name()}"
        name = {"family": family, "given": given}
        if particle:
            name["non-dropping-particle"] = particle
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        weights = [34, 26, 17, 10, 6, 3, 2, 2][:most]
        count = self.rng.choices(range(1, most + 1), weights=weights)[0]
        return [self.person() for _ in range(count)]

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGS)
        return name, set(tags)

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1975, 1999)
        return self.rng.randint(2005, 2025)

    def accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        start = max(2022, year or 2022)
        return {
            "date-parts": [
                [self.rng.randint(start, max(start, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            ]
        }

    def _title(self) -> str:
        rng = self.rng
        topic = rng.choice(_TOPICS)
        place = rng.choice(["Malaysia", "Singapore", "Brunei", "Klang Valley", "Penang", "Sabah", "Sarawak", "Johor Bahru",
                            "Southeast Asia", "ASEAN", "Malaysian millennials", "Singaporean households"])  # fmt: skip
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"Determinants of {topic} among {place} consumers",
                 f"The effect of {topic} on brand loyalty: evidence from {place}",
                 f"{topic[0].upper()}{topic[1:]} and purchase intention: a PLS-SEM approach",
                 f"Understanding {topic}: a qualitative study in {place}", f"What drives {topic}? Insights from {place}",
                 f"{topic[0].upper()}{topic[1:]}, trust and word of mouth", f"Rethinking {topic} after the pandemic",
                 f"A framework for {topic} in {place}", f"{topic[0].upper()}{topic[1:]} in {place}: opportunities and challenges"]  # fmt: skip
        return rng.choice(forms)

    def _url(self, host: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        host = host or self.rng.choice(["www.thestar.com.my", "www.nst.com.my", "theedgemalaysia.com", "www.malaymail.com",
                                        "www.straitstimes.com", "www.businesstimes.com.sg", "www.channelnewsasia.com",
                                        "borneobulletin.com.bn", "www.marketing-interactive.com", "www.campaignasia.com"])  # fmt: skip
        return f"https://{host}/{fake.slug()}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "thesis", "web", "report", "company-report", "government", "legislation",
             "market-research", "news", "social", "podcast"],
            weights=[11, 5, 24, 4, 9, 6, 7, 7, 3, 7, 11, 4, 2],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = (
            first["literal"]
            if "literal" in first
            else " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        )
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation in the same year as an earlier work of its kind (2023a, 2023b).
        pairable = kind in ("web", "report", "market-research") and "issued" in record
        earlier = [used for used in self.orgs_used if used[3] == kind]
        if pairable and earlier and self.rng.random() < 0.12:
            old = name
            name, tags, year, _kind = self.rng.choice(earlier)
            record["issued"] = {"date-parts": [[year]]}
            if record.get("publisher") == old.split(" (")[0]:
                record["publisher"] = name.split(" (")[0]
            if "accessed" in record:
                record["accessed"] = self.accessed_after(year)
        if pairable:
            self.orgs_used.append((name, tags, record["issued"]["date-parts"][0][0], kind))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        rng = self.rng
        publisher, place = rng.choice(_PUBLISHERS)
        if rng.random() < 0.3:
            malay, english = rng.choice(_MALAY_TITLES)
            title = f"{malay} [{english}]"
            publisher, place = rng.choice(_PUBLISHERS[:6] + _PUBLISHERS[-2:])
        else:
            title = rng.choice([self._title(), f"Marketing in {rng.choice(['Malaysia', 'Singapore', 'Asia', 'ASEAN'])}: {rng.choice(_TOPICS)}",
                                "Principles of marketing: an Asian perspective", f"Islamic marketing and {rng.choice(_TOPICS)}"])  # fmt: skip
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if rng.random() < 0.3:
            record["edition"] = str(rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        rng = self.rng
        publisher, place = rng.choice(_PUBLISHERS)
        start = rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(rng.randint(1, 2))],
            "container-title": f"{rng.choice(['Halal', 'Islamic', 'Digital', 'Tourism', 'Retail', 'Services'])} marketing in Southeast Asia",
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        rng = self.rng
        start = rng.randint(1, 1200)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(rng.randint(1, 160)), "page": f"{start}-{start + rng.randint(8, 30)}",
        }  # fmt: skip
        if rng.random() < 0.8:
            record["issue"] = str(rng.randint(1, 12))
        if rng.random() < 0.5:
            record["DOI"] = (
                f"10.{rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????').upper()}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
            )
        elif rng.random() < 0.3:
            record["URL"] = f"https://ejournal.ukm.my/{self.fakers['en_GB'].slug()}"
            record["accessed"] = self.accessed_after(int(record["issued"]["date-parts"][0][0]))
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        rng = self.rng
        university, place = rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": [self.person()],
            "genre": rng.choice(["PhD thesis", "MBA dissertation", "Master's thesis", "DBA thesis"]),
            "publisher": university, "publisher-place": place, "issued": {"date-parts": [[self.year()]]},
        }  # fmt: skip
        return self._person_work(record, "thesis")

    def _web(self) -> Work:
        rng = self.rng
        if rng.random() < 0.3:
            record: dict[str, Any] = {
                "type": "webpage",
                "title": self._title(),
                "author": self._people(2),
                "URL": self._url(),
            }
            if rng.random() < 0.8:
                record["issued"] = {"date-parts": [[self.year()]]}
            if rng.random() < 0.85:
                record["accessed"] = self.accessed_after(
                    record["issued"]["date-parts"][0][0] if "issued" in record else None
                )
            return self._person_work(record, "web")
        name, tags = self.organisation()
        titles = [self._title()]
        if "company" in tags:
            titles += [f"{rng.choice(['Raya', 'CNY', 'Deepavali', 'Merdeka', 'National Day', 'Gawai', 'Kaamatan'])} campaign",
                       "About us", "Our sustainability commitments", "Privacy notice", "Halal policy"]  # fmt: skip
        record = {"type": "webpage", "title": rng.choice(titles),
                  "URL": self._url(f"www.{name.split()[0].lower().strip('.,()')}.com")}  # fmt: skip
        if rng.random() < 0.75:
            record["issued"] = {"date-parts": [[self.year()]]}
        if rng.random() < 0.85:
            record["accessed"] = self.accessed_after(
                record["issued"]["date-parts"][0][0] if "issued" in record else None
            )
        return self._org_work(record, "web", name, tags)

    def _report(self) -> Work:
        rng = self.rng
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "report", "title": self._title(), "publisher": name.split(" (")[0],
                                  "publisher-place": rng.choice(["Kuala Lumpur", "Singapore", "Bandar Seri Begawan", "Petaling Jaya", "Cyberjaya"])}  # fmt: skip
        if rng.random() < 0.85:
            record["issued"] = {"date-parts": [[self.year()]]}
        if rng.random() < 0.5:
            record["URL"] = self._url()
            record["accessed"] = self.accessed_after(
                record["issued"]["date-parts"][0][0] if "issued" in record else None
            )
        return self._org_work(record, "report", name, tags)

    def _company_report(self) -> Work:
        rng = self.rng
        name, tags = rng.choice([o for o in _ORGS if "company" in o[1]])
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": rng.choice([f"Annual report {year}", f"Integrated annual report {year}", f"Sustainability report {year}",
                                                   f"Investor presentation: {rng.choice(['Q1', 'Q2', 'Q3', 'Q4', 'FY'])}{year}"]),
            "publisher": name, "publisher-place": _home(name),
            "issued": {"date-parts": [[year]]},
        }  # fmt: skip
        if rng.random() < 0.6:
            record["URL"] = self._url(f"www.{name.split()[0].lower().strip('.,()')}.com")
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "company-report", name, set(tags))

    def _government(self) -> Work:
        rng = self.rng
        name, title, host = rng.choice(_GOVERNMENT)
        year: int | None = self.year() if rng.random() < 0.9 else None
        earlier = [used for used in self.gov_used if len([g for g in _GOVERNMENT if g[0] == used[0]]) > 1]
        if earlier and rng.random() < 0.15:  # the same body's second publication of the year (2021a, 2021b)
            name, year, used_title = rng.choice(earlier)
            name, title, host = rng.choice([g for g in _GOVERNMENT if g[0] == name and g[1] != used_title])
        if ":2019" in title and year is not None:  # a standard is dated by its revision
            year = 2019
        if year is not None and rng.random() < 0.3 and not any(ch.isdigit() for ch in title):
            title = f"{title} {year}"
        record: dict[str, Any] = {"type": rng.choice(["report", "webpage"]), "title": title,
                                  "URL": f"https://{host}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if year is not None:
            record["issued"] = {"date-parts": [[year]]}
            self.gov_used.append((name, year, title.removesuffix(f" {year}")))
        record["accessed"] = self.accessed_after(year)
        return super()._org_work(record, "government", name, {"government"})

    def _legislation(self) -> Work:
        rng = self.rng
        title, year, country = rng.choice(_ACTS)
        body = rng.choice(_ACT_BODIES[country])
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}}
        if rng.random() < 0.5:
            record["URL"] = {"Malaysia": "https://lom.agc.gov.my/principal.php", "Singapore": "https://sso.agc.gov.sg/Act/",
                             "Brunei Darussalam": "https://www.agc.gov.bn/AGC%20Site%20Pages/Laws%20of%20Brunei.aspx"}[country]  # fmt: skip
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "legislation", body, {"legislation", "government"})

    def _market_research(self) -> Work:
        rng = self.rng
        name = rng.choice(_RESEARCH)
        market = rng.choice(["halal food", "e-commerce", "takaful", "mobile banking", "convenience stores", "telco prepaid",
                             "travel", "quick-service restaurants", "beauty and personal care", "condominiums"])  # fmt: skip
        country = rng.choice(["Malaysia", "Singapore", "Brunei", "Southeast Asia"])
        record: dict[str, Any] = {"type": "report", "title": rng.choice([f"{market[0].upper()}{market[1:]} in {country}",
                                                                       f"{country} {market} consumer survey", f"Ramadan and Raya shopper insights: {country}",
                                                                       f"Festive season outlook for {market} in {country}"]),
                                  "publisher": name, "URL": f"https://www.{name.split()[0].lower().rstrip('.')}.com/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if rng.random() < 0.88:
            record["issued"] = {"date-parts": [[rng.randint(2015, 2025)]]}
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0][0] if "issued" in record else None)
        return self._org_work(record, "market-research", name, {"market-research"})

    def _news(self) -> Work:
        rng = self.rng
        paper = rng.choice(_PRESS)
        year = self.year() if rng.random() < 0.5 else rng.randint(2015, 2025)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": paper,
                                  "issued": {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]}}  # fmt: skip
        if rng.random() < 0.8:
            record["URL"] = self._url(_PRESS_HOSTS.get(paper))
            record["accessed"] = self.accessed_after(year + 1)
        if rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _social(self) -> Work:
        rng = self.rng
        platform, base = rng.choice(_PLATFORMS)
        year = rng.randint(2018, 2025)
        record: dict[str, Any] = {"type": "post", "title": rng.choice(["Selamat Hari Raya Aidilfitri from all of us", "Our 11.11 deals are live",
                                                                       "Gong xi fa cai! New year, new rewards", "Happy Deepavali",
                                                                       "Merdeka Day giveaway", "Majulah Singapura", "Selamat Hari Gawai",
                                                                       "Behind the scenes of our Ramadan film", "Ask us anything about takaful"]),
                                  "container-title": platform, "issued": {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]},
                                  "URL": f"{base}{self.fakers['en_GB'].lexify('??????????')}", "accessed": self.accessed_after(year + 1)}  # fmt: skip
        if rng.random() < 0.4:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        name, tags = rng.choice([o for o in _ORGS if "company" in o[1] or "government" in o[1]])
        return self._org_work(record, "social", name, set(tags) | {"social"})

    def _podcast(self) -> Work:
        rng = self.rng
        year = rng.randint(2018, 2025)
        record: dict[str, Any] = {"type": "song", "title": f"{self._title()} [Podcast]", "container-title": rng.choice(_PODCASTS),
                                  "issued": {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]},
                                  "URL": f"https://open.spotify.com/episode/{self.fakers['en_GB'].lexify('??????????')}",
                                  "accessed": self.accessed_after(year + 1), "author": self._people(2)}  # fmt: skip
        return self._person_work(record, "podcast")
