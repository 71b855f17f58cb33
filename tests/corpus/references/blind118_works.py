"""Works for the blind118 pool (HELD OUT): what marketers in Oman, Yemen and Bahrain and their diaspora cite.

Textbooks and e-books, chapters, Gulf and international journals with one to eight authors, theses from Sultan
Qaboos University, the University of Bahrain and Sana'a University, conference papers, S.A.O.G., S.A.O.C., LLC,
B.S.C. and W.L.L. company pages and reports, chambers and trade bodies, the Central Bank of Oman, the Central Bank of
Bahrain, the TRA and ministries, Royal Decrees and Bahraini Decree-Laws as web pages, research firms, the Gulf and
Yemeni press signed and unsigned, social posts, podcasts and videos, undated pages; Arabic titles transliterated or
in Arabic script with English in square brackets. Names: Omani, Yemeni (Hadhrami, Adeni), Bahraini and Baloch, with
"bin", "bint", "Ba", tribal nisbas written "Al-", "Al " and "al-", the same name spelt several ways, and the
expatriates who write about the Gulf.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
import re
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_MALE = ["Ahmed", "Ahmad", "Mohammed", "Muhammad", "Mohamed", "Said", "Saeed", "Salim", "Salem", "Khalid", "Khalfan",
         "Hamad", "Hamood", "Sultan", "Talal", "Nasser", "Nasir", "Hilal", "Badar", "Yaqoob", "Yousuf", "Yusuf", "Issa",
         "Rashid", "Majid", "Faisal", "Younis", "Hamed", "Ali", "Abdullah", "Abdulla", "Abdulaziz", "Suleiman",
         "Sulaiman", "Marwan", "Hussain", "Mahmood", "Omar", "Umar", "Adel", "Tariq", "Waleed", "Jassim", "Ebrahim",
         "Isa", "Fawaz", "Hisham", "Mazin", "Qais", "Azzan", "Haitham", "Abdulrahman"]  # fmt: skip
_FEMALE = ["Fatma", "Fatima", "Maryam", "Muna", "Aisha", "Ayesha", "Shamsa", "Zainab", "Zuwaina", "Huda", "Nada",
           "Sara", "Noor", "Asma", "Amna", "Buthaina", "Raya", "Thuraya", "Bushra", "Khadija", "Salma", "Rahma",
           "Shaikha", "Maitha", "Lamya", "Ghalya", "Hessa", "Dana", "Latifa", "Eman", "Iman", "Arwa", "Bilqis"]  # fmt: skip
# Tribal nisbas and family names as they are written on English-language papers: "Al-", "Al " or "Al" joined.
_OMANI = ["Busaidi", "Habsi", "Harthy", "Harthi", "Balushi", "Hinai", "Riyami", "Kindi", "Maskari", "Siyabi",
          "Rawahi", "Mahrouqi", "Kharusi", "Lawati", "Zadjali", "Mawali", "Shukaili", "Jabri", "Hashmi", "Mamari",
          "Saadi", "Amri", "Ghafri", "Shehhi", "Mahri", "Shanfari", "Rawas", "Kathiri", "Ruqaishi", "Abri", "Toobi",
          "Wahaibi", "Hosni", "Yahyai", "Ismaili", "Farsi", "Raisi", "Barwani", "Khusaibi", "Sinani", "Azri"]  # fmt: skip
_YEMENI = ["Aidaroos", "Attas", "Saqqaf", "Kaff", "Amoudi", "Eryani", "Iryani", "Sanabani", "Hamdani", "Absi",
           "Maqtari", "Shaibani", "Aghbari", "Haddad", "Yafei", "Zubairi", "Qirbi", "Hadhrami", "Kathiri", "Ahdal"]  # fmt: skip
_BAHRAINI = ["Khalifa", "Zayani", "Moayyed", "Alawi", "Sayed", "Jishi", "Aali", "Mahmood", "Arrayed", "Shirawi",
             "Mannai", "Ansari", "Ghanem", "Jalahma", "Musallam", "Dossary", "Shehabi", "Mahroos", "Hashimi"]  # fmt: skip
# Family names without "Al": Hadhrami "Ba" and "Bin" houses, Adeni and Bahraini merchant families, Baloch names.
_PLAIN_FAMILIES = ["Ba Wazir", "Bawazir", "Ba-Wazir", "Bin Mahfouz", "bin Mahfouz", "Ba Sharahil", "Basharahil",
                   "Bamatraf", "Ba Abbad", "Bin Talib", "Bazara", "Ba Surrah", "Kanoo", "Fakhro", "Janahi",
                   "Bucheeri", "Matar", "Noman", "Numan", "Luqman", "Ghanem", "Abdulghani", "Baloch", "Rind", "Jamali",
                   "Haider", "Sultan", "Darwish", "Khonji", "Bukhammas", "Fardan", "Abdulla"]  # fmt: skip
# As transliterated in Arabist scholarship: macrons, dots and the ʿayn.
_ARABIST = [("al-Būsaʿīdī", "Aḥmad"), ("al-Ḥabsī", "Maryam"), ("Bā Wazīr", "Sālim"), ("al-Ṣaqqāf", "Ḥusayn"),
            ("al-Kindī", "Nāṣir"), ("Āl Khalīfa", "Ḥamad"), ("al-ʿAmrī", "Saʿīd"), ("al-Ḥaḍramī", "Fāṭima"),
            ("ʿAbd al-Ghanī", "Khālid"), ("al-Maʿmarī", "Zahra"), ("al-Shuʿaylī", "Hilāl"), ("Bin Maḥfūẓ", "Sālim")]  # fmt: skip
# Expatriates and scholars who write about the Gulf, and Gulf-born authors abroad.
_EXPAT = [("Valeri", "Marc"), ("Peterson", "John E."), ("Nair", "Priya"), ("Menon", "Rajesh"), ("Pillai", "Anil"),
          ("D'Souza", "Sheryl"), ("Fernandes", "Glen"), ("Qureshi", "Ayesha"), ("Ahmed", "Zubair"),
          ("Mathew", "Jibin"), ("Thomas", "Reji"), ("Kumar", "Senthil"), ("Rehman", "Atiq ur"), ("Santos", "Maricel"),
          ("Worrall", "James"), ("Jones", "Jeremy"), ("Ridout", "Nicholas"), ("Limbert", "Mandana"),
          ("Kechichian", "Joseph A."), ("Gengler", "Justin"), ("Hertog", "Steffen"), ("Ulrichsen", "Kristian Coates"),
          ("Brehony", "Noel"), ("Carapico", "Sheila"), ("Walker", "Iain"), ("Boxberger", "Linda")]  # fmt: skip
_PARTICLE_EXPAT = [("van", "Veen", "Lotte"), ("de", "Silva", "Nuwan"), ("dela", "Cruz", "Joy"), ("van der", "Meulen", "Hendrik")]  # fmt: skip

_TOPICS = ["Islamic banking", "takaful", "mobile banking apps", "Omanisation", "Bahrainisation", "frankincense branding",
           "Khareef tourism", "halal cosmetics", "date exports", "Sidr honey", "fisheries value chains",
           "free-zone investment", "port marketing", "LNG branding", "employer branding", "Ramadan advertising",
           "Eid promotions", "e-wallets", "5G adoption", "loyalty programmes", "mall footfall", "hypermarket pricing",
           "airline loyalty", "heritage hotels", "influencer marketing", "WhatsApp commerce", "remittances",
           "diaspora consumers", "SME marketing", "country-of-origin effects", "sukuk", "corporate social responsibility",
           "customer satisfaction", "service quality", "brand trust", "word of mouth", "sustainability reporting"]  # fmt: skip
_PLACES = ["Oman", "the Sultanate of Oman", "Bahrain", "the Kingdom of Bahrain", "Yemen", "Muscat", "Salalah", "Sohar",
           "Dhofar", "Sana'a", "Aden", "Hadhramaut", "Mukalla", "Manama", "Muharraq", "the GCC", "the Gulf",
           "the Arabian Peninsula", "the Omani diaspora", "the Yemeni diaspora in Birmingham", "Yemeni Americans in Detroit",
           "Hadhrami communities in Jakarta"]  # fmt: skip
_ARABIC_TITLES = [
    ("Al-taswiq al-raqmi fi al-bunuk al-Omaniya", "Digital marketing in Omani banks"),
    ("Athar al-iʿlan al-ramadani ʿala sulook al-mustahlik", "The effect of Ramadan advertising on consumer behaviour"),
    ("Al-tasweeq al-siyahi fi Dhofar khilal mawsim al-khareef", "Tourism marketing in Dhofar during the Khareef season"),
    ("Jawdat al-khidma wa walaʼ al-ʿumala fi al-masarif al-islamiya", "Service quality and customer loyalty in Islamic banks"),
    ("Tasweeq al-ʿasal al-Hadhrami", "Marketing Hadhrami honey"),
    ("التسويق الرقمي في البنوك العمانية", "Digital marketing in Omani banks"),
    ("أثر وسائل التواصل الاجتماعي على قرار الشراء في مملكة البحرين", "The effect of social media on purchase decisions in the Kingdom of Bahrain"),
    ("تسويق اللبان العماني", "Marketing Omani frankincense"),
    ("ولاء العملاء لشركات الاتصالات في اليمن", "Customer loyalty to telecommunications companies in Yemen"),
    ("رؤية عمان 2040 والقطاع الخاص", "Oman Vision 2040 and the private sector"),
    ("التعمين وصورة العلامة التجارية لصاحب العمل", "Omanisation and employer brand image"),
]  # fmt: skip
_JOURNALS = ["Journal of Islamic Marketing", "International Journal of Islamic and Middle Eastern Finance and Management",
             "Journal of Economic and Administrative Sciences", "Sultan Qaboos University Journal for Science",
             "Arab Gulf Journal of Scientific Research", "Journal of Business and Retail Management Research",
             "International Journal of Bank Marketing", "Journal of Arabian Studies", "Arab Economic and Business Journal",
             "Journal of Marketing Management", "Tourism Management Perspectives", "Journal of Retailing and Consumer Services",
             "Management and Labour Studies", "Journal of Islamic Accounting and Business Research",
             "University of Bahrain International Journal of Computing and Digital Systems", "Asian Journal of Business Ethics",
             "Majallat Jamiʿat Sanʿa lil-ʿUlum al-Insaniya [Sana'a University Journal of Human Sciences]",
             "Journal of Hospitality and Tourism Insights", "Marketing Intelligence & Planning", "Middle East Journal of Management"]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Oxford University Press", "Oxford"), ("Wiley", "Chichester"), ("Palgrave Macmillan", "Cham"),
               ("Springer", "Cham"), ("Hurst", "London"), ("Gerlach Press", "Berlin"), ("Al Roya Press and Publishing House", "Muscat"),
               ("Sultan Qaboos University Academic Publication Council", "Muscat"), ("Dar Al-Kutub Al-Ilmiyah", "Beirut"),
               ("University of Bahrain", "Sakhir"), ("Cambridge University Press", "Cambridge"), ("Edward Elgar", "Cheltenham"),
               ("Gulf Research Center", "Jeddah"), ("Dar al-Fikr", "Damascus"), ("Jadawel", "Beirut")]  # fmt: skip
_UNIVERSITIES = [("Sultan Qaboos University", "Muscat"), ("University of Bahrain", "Sakhir"), ("Sana'a University", "Sana'a"),
                 ("University of Aden", "Aden"), ("Hadhramout University", "Mukalla"), ("University of Nizwa", "Nizwa"),
                 ("Dhofar University", "Salalah"), ("Sohar University", "Sohar"), ("Arabian Gulf University", "Manama"),
                 ("Royal University for Women", "Riffa"), ("German University of Technology in Oman (GUtech)", "Muscat"),
                 ("University of Birmingham", "Birmingham"), ("Aston University", "Birmingham"), ("Wayne State University", "Detroit"),
                 ("Universitas Indonesia", "Depok"), ("University of Exeter", "Exeter"), ("Durham University", "Durham")]  # fmt: skip
_THESIS_GENRES = ["MBA dissertation", "MSc thesis", "PhD thesis", "DBA thesis", "MA dissertation", "Master's thesis",
                  "Unpublished MBA dissertation", "Doctoral thesis"]  # fmt: skip
_CONFERENCES = ["Proceedings of the International Conference on Business and Economics, Sultan Qaboos University",
                "Proceedings of the Gulf Marketing Conference", "Proceedings of the 3rd Oman Tourism Conference",
                "IEEE International Conference on Innovation and Intelligence for Informatics, Computing and Technologies (3ICT)",
                "Proceedings of the Islamic Finance Forum, Manama", "Proceedings of the Academy of Marketing Conference",
                "Proceedings of the Yemeni Economic Forum", "Proceedings of the International Conference on Islamic Banking and Finance"]  # fmt: skip
_CONF_PLACES = ["Muscat", "Manama", "Sakhir", "Salalah", "Sana'a", "Aden", "Dubai", "London", "Kuala Lumpur"]

# Organisations with their tags: companies in every legal form, regulators, ministries, chambers, bodies.
_COMPANIES: list[tuple[str, set[str]]] = [
    ("Bank Muscat S.A.O.G.", {"company", "legal-form"}), ("bank muscat", {"company", "lowercase"}),
    ("BankDhofar", {"company"}), ("Bank Dhofar S.A.O.G.", {"company", "legal-form"}), ("Bank Nizwa", {"company"}),
    ("Sohar International Bank S.A.O.G.", {"company", "legal-form"}), ("National Bank of Oman (NBO)", {"company", "abbreviation"}),
    ("Ahli Bank S.A.O.G.", {"company", "legal-form"}), ("Alizz Islamic Bank", {"company"}), ("Meethaq Islamic Banking", {"company"}),
    ("Bank ABC", {"company", "acronym"}), ("National Bank of Bahrain B.S.C.", {"company", "legal-form"}),
    ("Bahrain Islamic Bank B.S.C.", {"company", "legal-form"}), ("Al Baraka Banking Group B.S.C.", {"company", "legal-form"}),
    ("Kuwait Finance House (Bahrain) B.S.C. (c)", {"company", "legal-form", "brackets"}), ("BBK B.S.C.", {"company", "legal-form"}),
    ("Al-Kuraimi Islamic Microfinance Bank", {"company"}), ("Tadhamon Bank", {"company"}), ("Yemen Kuwait Bank", {"company"}),
    ("Omantel", {"company"}), ("Oman Telecommunications Company S.A.O.G.", {"company", "legal-form"}),
    ("Ooredoo Oman", {"company"}), ("Vodafone Oman", {"company"}), ("Batelco", {"company"}), ("Beyon B.S.C.", {"company", "legal-form"}),
    ("stc Bahrain B.S.C. Closed", {"company", "lowercase", "legal-form"}), ("Zain Bahrain B.S.C.", {"company", "legal-form"}),
    ("Yemen Mobile", {"company"}), ("YOU Telecom Yemen", {"company"}), ("Sabafon", {"company"}),
    ("Petroleum Development Oman (PDO)", {"company", "abbreviation"}), ("OQ S.A.O.C.", {"company", "legal-form"}),
    ("Oman LNG L.L.C.", {"company", "legal-form"}), ("Bapco Energies", {"company"}), ("Asyad Group", {"company"}),
    ("Salalah Port Services Co. S.A.O.G.", {"company", "legal-form"}), ("SOHAR Port and Freezone", {"company"}),
    ("APM Terminals Bahrain B.S.C.", {"company", "legal-form"}), ("Aden Container Terminal", {"company"}),
    ("Al Safi Danone", {"company"}), ("A'Saffa Foods S.A.O.G.", {"company", "apostrophe", "legal-form"}),
    ("Areej Vegetable Oils & Derivatives S.A.O.G.", {"company", "ampersand", "legal-form"}),
    ("Dhofar Fisheries & Food Industries Co. S.A.O.G.", {"company", "ampersand", "legal-form"}),
    ("Amouage", {"company"}), ("Hayel Saeed Anam & Co.", {"company", "ampersand"}), ("Trafco Group B.S.C.", {"company", "legal-form"}),
    ("Delmon Poultry Co. B.S.C.", {"company", "legal-form"}), ("Al Rawabi Hadhramout Honey W.L.L.", {"company", "legal-form"}),
    ("Lulu Group International", {"company"}), ("Lulu Hypermarket", {"company"}), ("Majid Al Futtaim", {"company"}),
    ("Oman Avenues Mall", {"company"}), ("Mall of Muscat", {"company"}), ("Al Fair Supermarkets", {"company"}),
    ("Oman Air", {"company"}), ("SalamAir", {"company"}), ("Gulf Air", {"company"}), ("Yemenia", {"company"}),
    ("Omran Group", {"company"}), ("Shangri-La Barr Al Jissah", {"company", "hyphen"}), ("Bahrain Bay Hotels W.L.L.", {"company", "legal-form"}),
    ("Y.K. Almoayyed & Sons B.S.C. (c)", {"company", "ampersand", "initials", "legal-form"}),
    ("Yusuf Bin Ahmed Kanoo", {"company", "person-like"}), ("Zubair Corporation", {"company"}),
    ("Suhail Bahwan Group (Holding) LLC", {"company", "legal-form", "brackets"}), ("Khimji Ramdas LLC", {"company", "legal-form"}),
    ("Mazoon Dairy", {"company"}), ("Dhofar Frankincense Trading LLC", {"company", "legal-form"}),
    ("Gulf Marketing Group W.L.L.", {"company", "legal-form"}), ("Hadi Agency", {"company"}),
]  # fmt: skip
_BODIES: list[tuple[str, set[str]]] = [
    ("Oman Chamber of Commerce and Industry (OCCI)", {"trade-body", "abbreviation"}),
    ("Bahrain Chamber of Commerce and Industry", {"trade-body"}), ("Bahrain Association of Banks", {"trade-body"}),
    ("Oman Banks Association", {"trade-body"}), ("Federation of Yemen Chambers of Commerce and Industry", {"trade-body"}),
    ("Tamkeen", {"trade-body"}), ("Riyada", {"trade-body"}), ("Authority for Small and Medium Enterprises Development (Riyada)", {"trade-body", "abbreviation"}),
    ("Oman Beekeepers Association", {"trade-body"}), ("Yemeni Community Association Birmingham", {"trade-body"}),
    ("Arab American National Museum", {"trade-body"}), ("AAOIFI", {"trade-body", "acronym"}),
    ("Accounting and Auditing Organization for Islamic Financial Institutions (AAOIFI)", {"trade-body", "abbreviation"}),
    ("Islamic Financial Services Board", {"trade-body"}), ("GSMA", {"trade-body", "acronym"}),
    ("Chartered Institute of Marketing", {"trade-body"}), ("World Bank", {"government"}), ("UNDP Yemen", {"government"}),
]  # fmt: skip
_GOVERNMENT: list[tuple[str, set[str]]] = [
    ("Central Bank of Oman", {"government"}), ("Central Bank of Oman (CBO)", {"government", "abbreviation"}),
    ("Central Bank of Bahrain", {"government"}), ("Central Bank of Bahrain (CBB)", {"government", "abbreviation"}),
    ("Central Bank of Yemen", {"government"}), ("Telecommunications Regulatory Authority (TRA)", {"government", "abbreviation"}),
    ("Telecommunications Regulatory Authority", {"government"}), ("Capital Market Authority", {"government"}),
    ("Financial Services Authority", {"government"}), ("National Centre for Statistics and Information (NCSI)", {"government", "abbreviation"}),
    ("National Centre for Statistics & Information", {"government", "ampersand"}), ("Information & eGovernment Authority", {"government", "ampersand"}),
    ("Ministry of Heritage and Tourism", {"government"}), ("Ministry of Commerce, Industry and Investment Promotion", {"government", "comma"}),
    ("Ministry of Industry and Commerce", {"government"}), ("Ministry of Agriculture, Fisheries and Water Resources", {"government", "comma"}),
    ("Oman Vision 2040 Implementation Follow-up Unit", {"government", "digits"}), ("Bahrain Economic Development Board", {"government"}),
    ("Economic Development Board (EDB)", {"government", "abbreviation"}), ("Central Statistical Organization", {"government"}),
    ("Ministry of Planning and International Cooperation", {"government"}), ("Public Authority for Consumer Protection", {"government"}),
    ("Public Authority for Special Economic Zones and Free Zones (OPAZ)", {"government", "abbreviation"}),
    ("Bahrain Tourism and Exhibitions Authority", {"government"}), ("Oman Investment Authority", {"government"}),
    ("GCC-Stat", {"government", "hyphen"}), ("Consumer Protection Authority", {"government"}),
]  # fmt: skip
_LAW_AUTHORS = ["Sultanate of Oman", "Ministry of Justice and Legal Affairs", "Kingdom of Bahrain", "Legislation and Legal Opinion Commission",
                "Republic of Yemen", "Ministry of Legal Affairs", "Central Bank of Oman", "Central Bank of Bahrain"]  # fmt: skip
_LAWS = [
    ("Royal Decree 18/2019 promulgating the Commercial Companies Law", 2019, "oman"),
    ("Royal Decree 6/2022 issuing the Personal Data Protection Law", 2022, "oman"),
    ("Royal Decree 66/2014 promulgating the Consumer Protection Law", 2014, "oman"),
    ("Royal Decree No. 114/2000 issuing the Banking Law", 2000, "oman"),
    ("Royal Decree 30/2002 promulgating the Telecommunications Regulatory Act", 2002, "oman"),
    ("Royal Decree 69/2008 issuing the Electronic Transactions Law", 2008, "oman"),
    ("Royal Decree 53/2019 issuing the Labour Law", 2019, "oman"),
    ("Ministerial Decision No. 77/2017 on the regulation of e-commerce", 2017, "oman"),
    ("Decree-Law No. (30) of 2018 with respect to Personal Data Protection Law", 2018, "bahrain"),
    ("Law No. (21) of 2001 promulgating the Commercial Companies Law", 2001, "bahrain"),
    ("Decree-Law No. (64) of 2006 with respect to promulgating the Central Bank of Bahrain and Financial Institutions Law", 2006, "bahrain"),
    ("Law No. (35) of 2012 with respect to Consumer Protection", 2012, "bahrain"),
    ("Resolution No. (43) of 2021 regarding the Rules of Advertising", 2021, "bahrain"),
    ("Law No. 22 of 1997 concerning Commercial Companies", 1997, "yemen"),
    ("Law No. 21 of 1996 on Islamic Banks", 1996, "yemen"),
]  # fmt: skip
_RESEARCH = ["Statista", "Euromonitor International", "GlobalData", "Mordor Intelligence", "YouGov MENA", "Ipsos MENA",
             "Kantar", "ASDA'A BCW", "Alpen Capital", "Fitch Solutions", "Oxford Business Group", "Kearney Middle East",
             "PwC Middle East", "Deloitte Middle East", "GSMA Intelligence", "DataReportal", "IMARC Group", "6Wresearch"]  # fmt: skip
_PRESS = ["Times of Oman", "Oman Observer", "Muscat Daily", "Al Watan", "Oman Daily", "Gulf Daily News",
          "Daily Tribune", "The National", "Gulf News", "Arab News", "Zawya", "Arabian Business", "Yemen Times",
          "Al-Ayyam", "South24", "Asharq Al-Awsat", "Reuters", "Bloomberg", "Campaign Middle East", "Khaleej Times",
          "Oman News Agency", "Bahrain News Agency (BNA)", "Birmingham Mail", "Detroit Free Press", "The Jakarta Post",
          "Al-Masdar Online", "Alayam", "Al Roya"]  # fmt: skip
_PLATFORMS = ["Instagram", "X (formerly Twitter)", "LinkedIn", "TikTok", "Facebook", "Snapchat", "X"]
_SOCIAL_ACCOUNTS = ["Omantel", "Bank Muscat S.A.O.G.", "Oman Air", "Gulf Air", "Batelco", "Lulu Hypermarket",
                    "Ministry of Heritage and Tourism", "Visit Oman", "Bahrain Tourism and Exhibitions Authority",
                    "Amouage", "SalamAir", "Yemen Mobile", "Oman LNG L.L.C.", "Mall of Muscat", "Al Fair Supermarkets"]  # fmt: skip
_SOCIAL_TITLES = ["Ramadan Kareem from all of us", "Eid Mubarak! Enjoy 30% off at all branches",
                  "Khareef is back: book your Salalah getaway", "Celebrating the 54th National Day of Oman",
                  "Happy Bahrain National Day", "Our new 5G plans are here", "Join our graduate programme",
                  "Frankincense season has started in Dhofar", "Thank you to our 1 million followers",
                  "Pay with your phone: the new wallet is live", "Iftar offers this Ramadan", "Back to school deals"]  # fmt: skip
_PODCASTS = ["The Oman Business Podcast", "Gulf Marketing Talks", "Manama Money Matters", "Yemen Economy Podcast",
             "Majlis: The Gulf Business Show", "Muscat Startup Stories"]  # fmt: skip
_VIDEO_CHANNELS = ["Oman TV", "Bahrain TV", "Omantel", "Gulf Air", "Oman Observer", "Visit Oman", "Al Jazeera English",
                   "Yemen Shabab", "Muscat Daily", "Tamkeen"]  # fmt: skip
_WEB_TITLES = ["About us", "Our history", "Sustainability", "Investor relations", "Careers", "Personal banking",
               "Islamic banking windows", "Our 5G network", "Khareef Dhofar", "Frankincense: the scent of Oman",
               "Loyalty programme terms and conditions", "Corporate social responsibility", "Omanisation in numbers",
               "Free zone incentives", "Why invest in Bahrain", "Annual general meeting", "Ramadan timings",
               "Shareholder information", "Sidr honey from Hadhramaut", "Our fishing fleet", "Our brands"]  # fmt: skip


class Blind118WorkFactory(WorkFactory):
    """Works for the blind118 pool: Oman, Yemen, Bahrain and their diaspora. A subclass with its own random source."""

    DRAWN: tuple[tuple[str, int], ...] = (
        ("book", 12), ("chapter", 5), ("journal", 20), ("thesis", 5), ("conference", 4), ("company-web", 10),
        ("company-report", 7), ("body", 4), ("government", 7), ("legislation", 3), ("market-research", 6),
        ("news", 6), ("press", 4), ("social", 3), ("podcast", 1), ("video", 2), ("undated-web", 3),
        ("web-person", 3), ("working-paper", 3),
    )  # fmt: skip
    KINDS = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "government", "legislation",
             "market-research", "news", "social", "podcast", "video")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 118 + 11801)
        for index, locale in enumerate(("en_IN", "en_GB", "en_US")):
            fake = Faker(locale)
            fake.seed_instance(seed * 118 + index)
            self.fakers[locale] = fake
        self.dated_orgs: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ names
    def _nisba(self, family: str) -> str:
        roll = self.rng.random()
        if roll < 0.5:
            return f"Al-{family}"
        if roll < 0.75:
            return f"Al {family}"
        if roll < 0.88:
            return f"al-{family}"
        return f"Al{family.lower()}"  # "Alhabsi", as some authors write it on English papers

    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.12:
            family, given = rng.choice(_EXPAT)
            if rng.random() < 0.4:
                fake = self.fakers[rng.choice(["en_IN", "en_GB", "en_US"])]
                family, given = fake.last_name(), fake.first_name()
            return {"family": family, "given": given}
        if roll < 0.15:
            particle, family, given = rng.choice(_PARTICLE_EXPAT)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.21:
            family, given = rng.choice(_ARABIST)
            return {"family": family, "given": given}
        female = rng.random() < 0.45
        first = rng.choice(_FEMALE if female else _MALE)
        form = rng.random()
        if form < 0.2:  # "bin" or "bint" and the father's name
            given = f"{first} {'bint' if female else 'bin'} {rng.choice(_MALE)}"
        elif form < 0.35:  # father's and grandfather's names, as on an Omani passport
            given = f"{first} {rng.choice(_MALE)} {rng.choice(_MALE)}"
        elif form < 0.45:
            given = f"{first} {rng.choice(_MALE)}"
        else:
            given = first
        which = rng.random()
        if which < 0.45:
            family = self._nisba(rng.choice(_OMANI))
        elif which < 0.62:
            family = self._nisba(rng.choice(_YEMENI))
        elif which < 0.77:
            family = self._nisba(rng.choice(_BAHRAINI))
        else:
            family = rng.choice(_PLAIN_FAMILIES)
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1970, 1999)
        return self.rng.randint(2005, 2025)

    def accessed(self, after: int | None = None) -> dict[str, list[list[int]]]:
        """An access date in the year of publication or later (the builder's truth checks the order)."""
        low = min(max(2022, after or 2022), 2025)
        year = self.rng.randint(low, 2025)
        if after is not None and year == after:  # published this year: read at its end, after any day of it
            return {"date-parts": [[year, 12, self.rng.randint(29, 31)]]}
        return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _url(self, domain: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        domain = domain or self.rng.choice(["www.cbo.gov.om", "www.cbb.gov.bh", "www.tra.gov.om", "www.ncsi.gov.om",
                                            "www.omanobserver.om", "timesofoman.com", "www.gdnonline.com", "www.zawya.com",
                                            "www.bankmuscat.com", "www.omantel.om", "www.batelco.com", "www.oman2040.om",
                                            "www.asyad.om", "www.soharportandfreezone.com", "www.edb.gov.bh", "www.mhtourism.gov.om",
                                            "qanoon.om", "www.legalaffairs.gov.bh", "www.saba.ye", "www.omanair.com"])  # fmt: skip
        return f"https://{domain}/{fake.slug()}"

    def _domain(self, name: str) -> str:
        """The organisation's own web address, as candidates copy it from the browser."""
        words = re.sub(r"\(.*?\)|S\.A\.O\.[GC]\.|B\.S\.C\.|W\.L\.L\.|L\.L\.C\.|LLC|Co\.|&", " ", name).split()
        stem = "".join(re.sub(r"[^a-z0-9]", "", w.lower()) for w in words[:3]) or "gulf"
        bahraini = any(
            w in name
            for w in (
                "Bahrain",
                "B.S.C.",
                "W.L.L.",
                "Batelco",
                "Beyon",
                "Gulf Air",
                "Tamkeen",
                "BBK",
                "Gulf Daily",
                "Tribune",
                "Alayam",
                "BNA",
            )
        )
        yemeni = any(
            w in name
            for w in ("Yemen", "Aden", "Sana", "Hadhram", "Kuraimi", "Saba", "Hayel", "Ayyam", "South24", "Masdar")
        )
        if not (bahraini or yemeni) and not any(
            w in name for w in ("Oman", "Muscat", "Dhofar", "Sohar", "Salalah", "Al Roya", "Al Watan", "S.A.O.")
        ):
            return f"www.{stem}.com"
        return f"www.{stem}.{'bh' if bahraini else 'ye' if yemeni else self.rng.choice(['om', 'com', 'co.om', 'gov.om' if 'Ministry' in name else 'om'])}"

    def _title(self) -> str:
        rng = self.rng
        if rng.random() < 0.14:
            arabic, english = rng.choice(_ARABIC_TITLES)
            return f"{arabic} [{english}]"
        topic, other = rng.sample(_TOPICS, 2)
        place = rng.choice(_PLACES)
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {place}: evidence from {rng.choice(['a survey of', 'interviews with'])} {rng.choice(['bank customers', 'young consumers', 'SME owners', 'tourists', 'expatriate workers', 'mall shoppers'])}",
            f"The effect of {topic} on {other} in {place}",
            f"{topic[0].upper()}{topic[1:]} and {other}: the case of {place}",
            f"Determinants of consumers' attitudes to {topic} in {place}",
            f"Marketing {rng.choice(['frankincense', 'Omani dates', 'Sidr honey', 'Islamic banking', 'LNG', 'heritage tourism', 'Yemeni coffee', 'Bahraini pearls'])} in a changing {rng.choice(['Gulf', 'Arab', 'global'])} market",
            f"{topic[0].upper()}{topic[1:]} after Oman Vision 2040",
            f"Consumer perceptions of {topic} in {place}",
        ]
        return rng.choice(forms)

    # ------------------------------------------------------------------ making works
    def make(self, kind: str | None = None) -> Work:
        names = [name for name, _weight in self.DRAWN]
        kind = kind or self.rng.choices(names, weights=[weight for _name, weight in self.DRAWN])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then an organisation already drawn, in the same year: "Central Bank of Oman, 2019a" and "2019b".
        twinnable = kind in ("web", "report", "government", "market-research")
        if self.dated_orgs and twinnable and "issued" in record and self.rng.random() < 0.14:
            name, tags, issued = self.rng.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
            if "accessed" in record:
                record["accessed"] = self.accessed(record["issued"]["date-parts"][0][0])
        if twinnable and "issued" in record:
            self.dated_orgs.append((name, set(tags), record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        if self.rng.random() < 0.15:  # an e-book read online
            record["medium"] = "E-book"
            record["URL"] = f"https://ebookcentral.proquest.com/lib/{self.fakers['en_GB'].slug()}"
            record["accessed"] = self.accessed(record["issued"]["date-parts"][0][0])
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["The Palgrave handbook of Islamic marketing", "Oman: economic, political and social challenges",
                                                "Marketing in the Arab world", "Tourism in the Gulf", "Yemen and the world",
                                                "The Hadhrami diaspora", "Bahrain from the twentieth century to the Arab Spring",
                                                "Branding in the Middle East", "Islamic finance in practice"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 45)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        roll = self.rng.random()
        if roll < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice(['1108', '1016', '1080', '53540', '24200', '12785'])}/{self.fakers['en_GB'].lexify('????').upper()}-{self.rng.randint(1000, 99999)}"
            )
        elif roll < 0.6:
            record["URL"] = self._url(
                self.rng.choice(["journals.squ.edu.om", "journal.uob.edu.bh", "www.su.edu.ye", "platform.almanhal.com"])
            )
            record["accessed"] = self.accessed(record["issued"]["date-parts"][0][0])
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": university,
                                  "publisher-place": place, "genre": self.rng.choice(_THESIS_GENRES)}  # fmt: skip
        if self.rng.random() < 0.35:
            record["URL"] = self._url(
                self.rng.choice(["squ.edu.om", "scholar.uob.edu.bh", "etheses.bham.ac.uk", "digitalcommons.wayne.edu"])
            )
            record["accessed"] = self.accessed(record["issued"]["date-parts"][0][0])
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(4),
                                  "container-title": self.rng.choice(_CONFERENCES), "issued": {"date-parts": [[self.year()]]},
                                  "publisher-place": self.rng.choice(_CONF_PLACES),
                                  "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(5, 14)}"}  # fmt: skip
        return self._person_work(record, "conference")

    def _working_paper(self) -> Work:
        record: dict[str, Any] = {
            "type": "report", "title": self._title(), "author": self._people(3), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Central Bank of Oman", "Gulf Research Center", "Sana'a Center for Strategic Studies",
                                          "Bahrain Center for Strategic, International and Energy Studies (Derasat)",
                                          "Economic Research Forum", "LSE Middle East Centre", "Arab Gulf States Institute in Washington"]),
            "publisher-place": self.rng.choice(["Muscat", "Sana'a", "Manama", "Cairo", "London", "Washington, DC", "Geneva"]),
            "genre": self.rng.choice(["Working paper", "Policy brief", "Research paper"]),
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url()
            record["accessed"] = self.accessed(record["issued"]["date-parts"][0][0])
        return self._person_work(record, "report")

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "URL": self._url(self.rng.choice(["www.linkedin.com/pulse", "medium.com", "www.omanobserver.om/blogs", "www.zawya.com/en/opinion"]))}  # fmt: skip
        if self.rng.random() < 0.75:
            record["issued"] = {
                "date-parts": [[self.rng.randint(2012, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]
            }
            record["accessed"] = self.accessed(record["issued"]["date-parts"][0][0])
        else:
            record["accessed"] = self.accessed()
        return self._person_work(record, "web")

    def _company_web(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self.rng.choice(_WEB_TITLES),
            "URL": self._url(self._domain(name)),
        }
        if self.rng.random() < 0.7:
            record["issued"] = {"date-parts": [[self.rng.randint(2015, 2025)]]}
        record["accessed"] = self.accessed(record["issued"]["date-parts"][0][0] if "issued" in record else None)
        return self._org_work(record, "web", name, set(tags))

    def _company_report(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.rng.randint(2012, 2025)
        title = self.rng.choice([f"Annual report {year}", f"Integrated report {year}", f"Sustainability report {year}",
                                 f"Corporate governance report {year}", f"Investor presentation Q{self.rng.randint(1, 4)} {year}",
                                 "Taqrir al-istidama [Sustainability report]", "التقرير السنوي [Annual report]"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0],
                                  "publisher-place": self.rng.choice(["Muscat", "Manama", "Salalah", "Sohar", "Sana'a", "Aden", "Seef"])}  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self._url(self._domain(name))
            record["accessed"] = self.accessed(year)
        return self._org_work(record, "report", name, set(tags))

    def _body(self) -> Work:
        name, tags = self.rng.choice(_BODIES)
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self._title(),
            "URL": self._url(self._domain(name)),
        }
        if record["type"] == "report" or self.rng.random() < 0.7:
            record["issued"] = {"date-parts": [[self.year()]]}
            if record["type"] == "report":
                record["publisher"] = name.split(" (")[0]
                record["publisher-place"] = self.rng.choice(
                    ["Muscat", "Manama", "Sana'a", "Birmingham", "Dearborn", "Washington, DC"]
                )
        record["accessed"] = self.accessed(record["issued"]["date-parts"][0][0] if "issued" in record else None)
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, set(tags))

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        year = self.rng.randint(2008, 2025)
        title = self.rng.choice([self._title(), f"Statistical yearbook {year}", f"Financial stability report {year}",
                                 f"Annual report {year}", "Oman Vision 2040 document", f"Monthly statistical bulletin, {self.rng.choice(['March', 'June', 'September', 'December'])} {year}",
                                 f"Telecommunications market indicators Q{self.rng.randint(1, 4)} {year}", "Consumer protection guidelines for banks",
                                 "Open banking framework", f"Tourism statistics {year}", "Regulation on Islamic banking windows"])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(self._domain(name))}  # fmt: skip
        record["accessed"] = self.accessed(year)
        return self._org_work(record, "government", name, set(tags))

    def _legislation(self) -> Work:
        title, year, country = self.rng.choice(_LAWS)
        author = self.rng.choice({"oman": ["Sultanate of Oman", "Ministry of Justice and Legal Affairs", "Ministry of Legal Affairs"],
                                  "bahrain": ["Kingdom of Bahrain", "Legislation and Legal Opinion Commission"],
                                  "yemen": ["Republic of Yemen"]}[country])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": self._url({"oman": "qanoon.om/p", "bahrain": "www.lloc.gov.bh", "yemen": "yemen-nic.info/db/laws"}[country]),
                                  "accessed": self.accessed(year)}  # fmt: skip
        return self._org_work(record, "legislation", author, {"legislation", "government"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2015, 2025)
        market = self.rng.choice(["Islamic banking", "mobile telecoms", "grocery retail", "dates", "halal food",
                                  "fragrances", "hotels", "low-cost airlines", "digital payments", "honey", "seafood"])  # fmt: skip
        country = self.rng.choice(["Oman", "Bahrain", "Yemen", "GCC", "Middle East"])
        title = self.rng.choice([
            f"{market[0].upper()}{market[1:]} in {country} {year}", f"{country} {market} market: size, share and forecast to 2030",
            f"Digital {year}: {country}", f"Arab Youth Survey {year}", f"{country} consumer outlook {year}",
            f"Number of mobile subscriptions in {country} from 2015 to {year}", f"{market[0].upper()}{market[1:]} in {country}: market report",
        ])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name, "URL": self._url(f"www.{name.split()[0].lower().replace(chr(39), '')}.com"),
                                  "accessed": self.accessed(year)}  # fmt: skip
        if self.rng.random() < 0.9:
            record["issued"] = {"date-parts": [[year]]}
        else:
            record["accessed"] = self.accessed()
        return self._org_work(record, "market-research", name, {"market-research"})

    def _news(self) -> Work:
        year = self.rng.randint(2010, 2025)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "author": self._people(2),
                                  "container-title": self.rng.choice(_PRESS),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "accessed": self.accessed(year)}  # fmt: skip
        record["URL"] = self._url(self._domain(record["container-title"]))
        return self._person_work(record, "news")

    def _press(self) -> Work:
        year = self.rng.randint(2010, 2025)
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": paper,
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url(self._domain(paper)), "accessed": self.accessed(year)}  # fmt: skip
        return self._org_work(record, "news", paper, {"press"})

    def _social(self) -> Work:
        year = self.rng.randint(2016, 2025)
        account = self.rng.choice(_SOCIAL_ACCOUNTS)
        record: dict[str, Any] = {"type": "post", "title": self.rng.choice(_SOCIAL_TITLES),
                                  "container-title": self.rng.choice(_PLATFORMS),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": "", "accessed": self.accessed(year)}  # fmt: skip
        platform = record["container-title"].split()[0].lower()
        record["URL"] = self._url({"x": "x.com", "instagram": "www.instagram.com/p", "linkedin": "www.linkedin.com/posts",
                                   "tiktok": "www.tiktok.com/@visit", "facebook": "www.facebook.com", "snapchat": "story.snapchat.com"}.get(platform, "x.com"))  # fmt: skip
        return self._org_work(record, "social", account, {"social"})

    def _podcast(self) -> Work:
        year = self.rng.randint(2017, 2025)
        record: dict[str, Any] = {"type": "song", "title": f"{self._title()} [Podcast]",
                                  "container-title": self.rng.choice(_PODCASTS),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url("open.spotify.com/episode"), "accessed": self.accessed(year)}  # fmt: skip
        if self.rng.random() < 0.6:
            record["author"] = self._people(2)
            return self._person_work(record, "podcast")
        return self._org_work(record, "podcast", record["container-title"], {"podcast"})

    def _video(self) -> Work:
        year = self.rng.randint(2012, 2025)
        record: dict[str, Any] = {"type": "motion_picture", "title": self._title(), "medium": "YouTube video",
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url("www.youtube.com/watch"), "accessed": self.accessed(year)}  # fmt: skip
        return self._org_work(record, "video", self.rng.choice(_VIDEO_CHANNELS), {"video"})

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice([*_WEB_TITLES, self._title()]),
                                  "URL": self._url(), "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.rng.choice(_COMPANIES + _BODIES + _GOVERNMENT)
        record["URL"] = self._url(self._domain(name))
        return self._org_work(record, "web", name, set(tags) | {"undated"})
