"""Works for the blind171 pool (HELD OUT): what marketers in Egypt, Jordan and their diaspora cite.

Invented works as a reference manager would hold them for CIM Level 6 and 7 reports and MBA assignments written in
English by marketers in Cairo, Giza, Alexandria, New Cairo, Amman, Irbid, Aqaba, Dubai, Riyadh and London: textbooks
(some e-books, some from Cairo and Amman publishers), chapters, journal articles with one to eight authors (some with
a DOI), MBA and MSc dissertations and PhD theses from Cairo University, AUC, the GUC, Ain Shams, the University of
Jordan, PSUT and Yarmouk, conference papers from Cairo, Hurghada and the Dead Sea, company pages and reports (S.A.E.,
PLC, PSC, Holding), regulators and statistics offices (the CBE with two works of 2019), laws with the Arab Republic
of Egypt or the Hashemite Kingdom of Jordan as author, market-research firms with a year in the title, the press
signed and unsigned, posts, podcasts, videos and undated pages; Arabic titles transliterated or in Arabic script with
the English in square brackets. Names in every transliteration (Abdel, Abd El, Abdul; El-, Al-; Mohamed, Mohammed,
Muhammad; Moustafa, Mostafa, Mustafa; Abou, Abu), names with the father's and grandfather's names among the given
names, Coptic, Palestinian-Jordanian and Circassian families, the scholarly transliteration of journals (with ʿayn
and macrons) and expatriate colleagues.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# (family, given): a family name as it is printed on the paper, the given names as the author gives them.
_EGYPTIAN = [
    ("Abdel Rahman", "Mohamed"), ("Abdel-Rahman", "Nourhan"), ("Abdelrahman", "Ahmed Samir"), ("Abd El-Rahman", "Mona"),
    ("Abdul Rahman", "Karim"), ("Abdel Aziz", "Heba"), ("Abd El Aziz", "Tamer"), ("Abdelaziz", "Yasmine"),
    ("Abdel Hamid", "Khaled"), ("Abdel-Hamid", "Sara"), ("Abdel Fattah", "Omar"), ("Abdelfattah", "Mai"),
    ("Abdel Ghani", "Rania Mahmoud"), ("Abdel Latif", "Hany"), ("Abdel Wahab", "Aya"), ("Abdel Moneim", "Sherif"),
    ("El-Sayed", "Ahmed"), ("El Sayed", "Dina"), ("Elsayed", "Mahmoud"), ("El-Said", "Nada"), ("El Shazly", "Reem"),
    ("Elshazly", "Hossam"), ("El-Sherif", "Amr"), ("El Gendy", "Nermeen"), ("El-Gindy", "Walid"), ("El Masry", "Salma"),
    ("El-Naggar", "Ayman"), ("Elnaggar", "Marwa"), ("El-Hawary", "Tarek"), ("El Kholy", "Farida"), ("El-Badry", "Ehab"),
    ("Moustafa", "Hany"), ("Mostafa", "Dina"), ("Mustafa", "Karim"), ("Mohamed", "Ahmed Hassan"),
    ("Mohammed", "Sherine"), ("Muhammad", "Youssef Ali"), ("Hassan", "Mohamed Ibrahim"), ("Hasan", "Noha"),
    ("Ibrahim", "Sara Mahmoud"), ("Ibrahim", "Mohamed Fathy"), ("Fahmy", "Laila"), ("Fahmi", "Ramy"),
    ("Hegazy", "Amr"), ("Hegazi", "Menna"), ("Higazy", "Ingy"), ("Shehata", "Noha"), ("Shehatah", "Islam"),
    ("Soliman", "Heba"), ("Suleiman", "Yousef"), ("Sulaiman", "Lamia"), ("Abou Zeid", "Rania"), ("Abu Zaid", "Omar"),
    ("Abou-Elnaga", "Ahmed"), ("Aboul-Enein", "Tarek"), ("Abouelkheir", "Nesma"), ("Abu El-Ela", "Shady"),
    ("Gamal El-Din", "Hesham"), ("Gamal Eldin", "Nadine"), ("Nour El-Din", "Aya"), ("Nour Eldin", "Mahmoud"),
    ("Saif El-Din", "Marwan"), ("Badr El-Din", "Hala"), ("Ezz El-Arab", "Yasser"), ("Zaki", "Nermine"),
    ("Farouk", "Tamer"), ("Ragab", "Eman"), ("Abdallah", "Shady"), ("Abdalla", "Menna"), ("Fouad", "Reem"),
    ("Kamel", "Ayman"), ("Kamal", "Sherine"), ("Hosny", "Walid"), ("Helmy", "Ingy"), ("Tawfik", "Ramy"),
    ("Tawfeek", "Mohab"), ("Youssef", "Mariam"), ("Yousef", "Hazem"), ("Attia", "Mahmoud"), ("Atteya", "Rehab"),
    ("Hafez", "Salma"), ("Ghoneim", "Tarek"), ("Ghanem", "Lobna"), ("Naguib", "Nadia"), ("Negm", "Karim"),
    ("Radwan", "Sameh"), ("Rizk", "Mena"), ("Samir", "Mohab"), ("Sabry", "Nahla"), ("Sabri", "Hazem"),
    ("Metwally", "Mohamed Abdelaziz"), ("Metwaly", "Asmaa"), ("Abdelsalam", "Ahmed Mohamed Ahmed"),
    ("Zaghloul", "Shaimaa"), ("Seif", "Nourhan"), ("Taha", "Khaled"), ("Sharaf", "Ola"), ("Hamza", "Tarek"),
]  # fmt: skip
_COPTIC = [
    ("Boutros", "Marina"), ("Girgis", "Mina"), ("Guirguis", "Ramy"), ("Gerges", "Bishoy"), ("Shenouda", "Marco"),
    ("Hanna", "Verena"), ("Tadros", "Kirollos"), ("Tawadros", "Demiana"), ("Iskander", "Fady"),
    ("Mikhail", "Mariam"), ("Michael", "Andrew Nabil"), ("Wassef", "Nevine"), ("Habib", "Youstina"),
    ("Abdelmalek", "Peter"), ("Abdel Messih", "Irene"), ("Morcos", "Sandra"), ("Bishay", "John"),
    ("Ghali", "Rafik"), ("Youssef Boutros", "Mina"), ("Fanous", "Mary"), ("Saad", "Abanoub"), ("Aziz", "Sherif Nabil"),
]  # fmt: skip
_JORDANIAN = [
    ("Al-Khalidi", "Lina"), ("Khalidi", "Omar"), ("Haddad", "Rami"), ("Nasser", "Dana"), ("Al-Zoubi", "Mohammad"),
    ("Al-Zu'bi", "Ahmad"), ("Zu'bi", "Hiba"), ("Alzoubi", "Khaled"), ("Al-Majali", "Hussein"), ("Al Majali", "Sawsan"),
    ("Abu-Rumman", "Hiba"), ("Abu Rumman", "Ayman"), ("Aburumman", "Ali"), ("Al-Qudah", "Ayman"), ("Qudah", "Shorouq"),
    ("Obeidat", "Ruba"), ("Al-Obeidat", "Bilal"), ("Bataineh", "Firas"), ("Al-Batayneh", "Rawan"),
    ("Tarawneh", "Omar"), ("Al-Tarawneh", "Haya"), ("Khasawneh", "Sawsan"), ("Al-Rawashdeh", "Bilal"),
    ("Shdeifat", "Noor"), ("Abu Ghazaleh", "Yara"), ("Abu-Ghazaleh", "Ziad"), ("Qaddoumi", "Yazan"),
    ("Al-Husseini", "Layla"), ("Nusseibeh", "Zaid"), ("Dajani", "Tala"), ("Masri", "Rasha"), ("Al-Masri", "Tareq"),
    ("Tamimi", "Ahmad"), ("Al-Tamimi", "Ola"), ("Kawar", "Nadine"), ("Twal", "George"), ("Halaseh", "Issa"),
    ("Sweis", "Maha"), ("Hijazi", "Mohammad Ali"), ("Jaradat", "Mahmoud"), ("Al-Jaradat", "Asma"),
    ("Al-Smadi", "Rasha"), ("Smadi", "Qais"), ("Al-Shboul", "Hamza"), ("Mahasneh", "Raed"), ("Al-Omari", "Suha"),
    ("Alomari", "Anas"), ("Abu Hamdan", "Rand"), ("Al-Hawamdeh", "Murad"), ("Al-Adwan", "Hani"), ("Odeh", "Lara"),
    ("Saleh", "Mohammad Saleh"), ("Al-Fayez", "Bashar"), ("Hammoudeh", "Dima"), ("Al-Nsour", "Khalil"),
]  # fmt: skip
_CIRCASSIAN = [("Haghandoqa", "Tamara"), ("Mirza", "Sami"), ("Shapsough", "Rakan"), ("Bino", "Samira"),
               ("Abaza", "Dina"), ("Kabartai", "Amjad"), ("Shishani", "Aslan"), ("Jaghbeer", "Rima"),
               ("Nabulsi", "Zeina"), ("Qaghd", "Nart")]  # fmt: skip
# The scholarly transliteration of some journals and university presses, with ʿayn, hamza and macrons.
_SCHOLARLY = [("ʿAbd al-Raḥmān", "Ḥasan"), ("ʿAbd al-ʿAzīz", "Muḥammad"), ("al-Sayyid", "Marwa"),
              ("Abū Zayd", "Naṣr"), ("al-Ḥusaynī", "Laylā"), ("Ṭāhā", "Khālid"), ("Shiḥāta", "Nuhā"),
              ("al-Khālidī", "Rāmī"), ("ʿUbaydāt", "Rubā"), ("Muṣṭafā", "Hānī"), ("Saʿīd", "Nādiya"),
              ("al-Zuʿbī", "Aḥmad"), ("Ḥijāzī", "ʿAmr"), ("Jirjis", "Mīnā")]  # fmt: skip
# Egyptian names in the French spelling of francophone schools (Collège de la Salle, Lycée Français du Caire).
_FRANCOPHONE = [("Saïd", "Nadia"), ("Chérif", "Ramy"), ("Ghaly", "Hélène"), ("Zaklama", "Joëlle"),
                ("Chalaby", "Hoda"), ("Sidhom", "Noël"), ("Wahba", "Céline"), ("Rofail", "Amélie")]  # fmt: skip
# Colleagues, supervisors and co-authors abroad: the UK, the Gulf, India and the US.
_EXPATRIATE = [("Thompson", "Claire"), ("O'Brien", "Sean"), ("McAllister", "Fiona"), ("Patel", "Nikhil"),
               ("Menon", "Arjun"), ("Fernandes", "Aisha"), ("Whitfield", "James"), ("Khoury", "Joelle"),
               ("Daher", "Rita"), ("Al-Mansoori", "Hamad"), ("Al-Otaibi", "Nora"), ("Al-Sabah", "Fahad"),
               ("Reynolds", "Mark"), ("Van Heerden", "Pieter"), ("Schmidt", "Katrin"), ("Rossi", "Giulia"),
               ("Nakamura", "Aiko"), ("Wilson", "Helen"), ("Clarke", "Simon"), ("Dimitriou", "Eleni"),
               ("Kowalski", "Anna"), ("Murphy", "Siobhán"), ("Ng", "Wei Ling"), ("Gupta", "Priya")]  # fmt: skip

_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("National Bank of Egypt", {"company"}), ("National Bank of Egypt (NBE)", {"company", "abbreviation"}),
    ("Banque Misr", {"company"}), ("Commercial International Bank (CIB)", {"company", "abbreviation"}),
    ("CIB Egypt", {"company"}), ("QNB Alahli", {"company"}), ("Banque du Caire", {"company"}),
    ("Fawry for Banking Technology and Electronic Payments S.A.E.", {"company", "legal-form"}),
    ("Fawry", {"company"}), ("valU", {"company", "lowercase"}), ("Paymob", {"company"}),
    ("Arab Bank PLC", {"company", "legal-form"}), ("Arab Bank", {"company"}),
    ("The Housing Bank for Trade and Finance", {"company"}), ("Zain Cash", {"company"}),
    ("Vodafone Egypt", {"company"}), ("Orange Egypt", {"company"}), ("e& Egypt", {"company", "ampersand", "lowercase"}),
    ("Telecom Egypt", {"company"}), ("Zain Jordan", {"company"}), ("Umniah", {"company"}), ("Orange Jordan", {"company"}),
    ("Jordan Telecom Group PSC", {"company", "legal-form"}),
    ("Juhayna Food Industries", {"company"}), ("Edita Food Industries S.A.E.", {"company", "legal-form"}),
    ("Arabian Food Industries Company (Domty)", {"company", "abbreviation"}), ("Obour Land for Food Industries", {"company"}),
    ("Al Ahram Beverages Company", {"company"}), ("Hikma Pharmaceuticals PLC", {"company", "legal-form"}),
    ("Majid Al Futtaim", {"company"}), ("Carrefour Egypt", {"company"}), ("Seoudi Market", {"company"}),
    ("Kheir Zaman", {"company"}), ("Cozmo Jordan", {"company"}),
    ("Talaat Moustafa Group Holding", {"company", "legal-form"}), ("Palm Hills Developments S.A.E.", {"company", "legal-form"}),
    ("SODIC", {"company", "acronym"}), ("Emaar Misr for Development S.A.E.", {"company", "legal-form"}),
    ("EgyptAir", {"company"}), ("Royal Jordanian Airlines", {"company"}), ("Aramex PJSC", {"company", "legal-form"}),
    ("Tarek Nour Communications", {"company"}), ("FP7 McCann Cairo", {"company"}), ("Memac Ogilvy", {"company"}),
    ("Arab Advisors Group", {"market-research"}), ("Ipsos Egypt", {"market-research"}), ("Kantar Egypt", {"market-research"}),
    ("YouGov MENA", {"market-research"}), ("ASDA'A BCW", {"company", "apostrophe"}), ("DataReportal", {"market-research"}),
    ("American Chamber of Commerce in Egypt (AmCham Egypt)", {"trade-body", "abbreviation"}),
    ("Federation of Egyptian Industries", {"trade-body"}), ("Egyptian Banking Institute", {"trade-body"}),
    ("Jordan Chamber of Industry", {"trade-body"}), ("Information and Communications Technology Association of Jordan (int@j)", {"trade-body", "abbreviation"}),
    ("Jordan Tourism Board", {"government"}), ("Egyptian Tourism Authority", {"government"}),
    ("Grand Egyptian Museum", {"company"}), ("Petra Development and Tourism Region Authority", {"government"}),
    ("The Chartered Institute of Marketing", {"trade-body"}), ("CIM", {"trade-body", "acronym"}),
]  # fmt: skip
_REGULATORS: list[tuple[str, set[str]]] = [
    ("Central Bank of Egypt", {"government"}), ("Central Bank of Egypt (CBE)", {"government", "abbreviation"}),
    ("Central Agency for Public Mobilization and Statistics (CAPMAS)", {"government", "abbreviation"}),
    ("CAPMAS", {"government", "acronym"}), ("National Telecom Regulatory Authority (NTRA)", {"government", "abbreviation"}),
    ("National Telecom Regulatory Authority", {"government"}), ("Financial Regulatory Authority (FRA)", {"government", "abbreviation"}),
    ("Egyptian Competition Authority", {"government"}), ("Consumer Protection Agency", {"government"}),
    ("Ministry of Communications and Information Technology (MCIT)", {"government", "abbreviation"}),
    ("Information Technology Industry Development Agency (ITIDA)", {"government", "abbreviation"}),
    ("Egyptian Cabinet Information and Decision Support Center (IDSC)", {"government", "abbreviation"}),
    ("Personal Data Protection Center", {"government"}),
    ("Central Bank of Jordan", {"government"}), ("Central Bank of Jordan (CBJ)", {"government", "abbreviation"}),
    ("Telecommunications Regulatory Commission (TRC)", {"government", "abbreviation"}),
    ("Department of Statistics", {"government"}), ("Department of Statistics (DoS)", {"government", "abbreviation"}),
    ("Ministry of Digital Economy and Entrepreneurship", {"government"}), ("Jordan Investment Commission", {"government"}),
    ("Jordan Payments and Clearing Company (JoPACC)", {"government", "abbreviation"}),
    ("Ministry of Tourism and Antiquities", {"government"}), ("World Bank", {"government"}),
    ("International Monetary Fund", {"government"}), ("OECD", {"government", "acronym"}),
]  # fmt: skip
_MARKET_RESEARCH = ["Euromonitor International", "Mintel", "Statista", "Arab Advisors Group", "Ipsos", "Kantar",
                    "GlobalData", "Mordor Intelligence", "YouGov", "Nielsen", "IMARC Group", "Fitch Solutions"]  # fmt: skip
_PRESS = ["Ahram Online", "Al-Ahram", "Al-Masry Al-Youm", "Egypt Independent", "Daily News Egypt", "Mada Masr",
          "Enterprise", "Egyptian Streets", "Egypt Today", "The Jordan Times", "Al Ghad", "Roya News", "Jordan News",
          "Arab News", "The National", "Gulf News", "Campaign Middle East", "Wamda", "Zawya", "Asharq Al-Awsat",
          "Financial Times", "Reuters", "Bloomberg", "BBC News"]  # fmt: skip
_ARABIC_PRESS = ["Al-Ahram", "Al-Masry Al-Youm", "Al Ghad", "Youm7", "Al-Watan", "Ad-Dustour", "Al-Rai", "Masrawy"]

_TOPICS = ["mobile wallets", "instant payments", "financial inclusion", "Ramadan advertising", "brand love",
           "celebrity endorsement", "e-WOM", "customer loyalty", "Islamic banking", "social commerce",
           "Instagram shopping", "TikTok marketing", "cause-related marketing", "service quality", "trust in fintech",
           "buy now, pay later", "price sensitivity", "private labels", "halal branding", "country-of-origin effects",
           "brand boycotts", "influencer credibility", "online grocery", "quick commerce", "gated communities",
           "destination image", "heritage tourism", "medical tourism", "sponsorship", "CSR communication",
           "green purchasing", "Gen Z consumers", "expatriate remittances", "youth unemployment", "dairy brands",
           "snack brands", "WhatsApp marketing", "chatbots", "omnichannel retail", "loyalty programmes"]  # fmt: skip
_PLACES = ["Egypt", "Jordan", "Cairo", "Greater Cairo", "Alexandria", "Upper Egypt", "Amman", "Irbid", "the Delta",
           "the MENA region", "the Arab world", "the GCC", "emerging markets", "New Cairo", "Egypt and Jordan", "Aqaba",
           "Sharm El Sheikh", "the Levant", "Mansoura", "Zarqa"]  # fmt: skip
_ADJECTIVES = ["Egyptian", "Jordanian", "Cairene", "Arab", "Gulf-based", "Upper Egyptian", "Alexandrian", "Ammani",
               "Egyptian and Jordanian", "Saudi"]  # fmt: skip
# Where a body's pages live, as candidates paste the address.
_DOMAINS = {"National Bank of Egypt": "nbe.com.eg", "Banque Misr": "banquemisr.com", "Commercial International": "cibeg.com",
            "CIB": "cibeg.com", "QNB": "qnbalahli.com", "Banque du Caire": "bdc.com.eg", "Fawry": "fawry.com",
            "valU": "valu.com.eg", "Paymob": "paymob.com", "Arab Bank": "arabbank.com", "The Housing Bank": "hbtf.com",
            "Zain Cash": "zaincash.jo", "Vodafone": "vodafone.com.eg", "Orange Egypt": "orange.eg", "e&": "eand.com.eg",
            "Telecom Egypt": "te.eg", "Zain Jordan": "jo.zain.com", "Umniah": "umniah.com", "Orange Jordan": "orange.jo",
            "Jordan Telecom": "orange.jo", "Juhayna": "juhayna.com", "Edita": "edita.com.eg", "Arabian Food": "domty.org",
            "Obour": "obourland.com", "Al Ahram": "alahrambeverages.com", "Hikma": "hikma.com", "Majid": "majidalfuttaim.com",
            "Carrefour": "carrefouregypt.com", "Seoudi": "seoudisupermarket.com", "Kheir": "kheirzaman.com",
            "Cozmo": "cozmo.jo", "Talaat": "talaatmoustafa.com", "Palm Hills": "palmhillsdevelopments.com",
            "SODIC": "sodic.com", "Emaar": "emaarmisr.com", "EgyptAir": "egyptair.com", "Royal Jordanian": "rj.com",
            "Aramex": "aramex.com", "Tarek Nour": "tareknour.com", "FP7": "fp7mccann.com", "Memac": "ogilvy.com",
            "Arab Advisors": "arabadvisors.com", "Ipsos": "ipsos.com", "Kantar": "kantar.com", "YouGov": "yougov.com",
            "ASDA'A": "arabyouthsurvey.com", "DataReportal": "datareportal.com", "American Chamber": "amcham.org.eg",
            "Federation of Egyptian": "fei.org.eg", "Egyptian Banking": "ebi.gov.eg", "Jordan Chamber": "jci.org.jo",
            "Information and Communications": "intaj.net", "Jordan Tourism": "visitjordan.com",
            "Egyptian Tourism": "egypt.travel", "Grand Egyptian": "gem.gov.eg", "Petra": "visitpetra.jo",
            "The Chartered": "cim.co.uk", "CIM": "cim.co.uk"}  # fmt: skip


def _domain(name: str) -> str:
    return next(
        (host for key, host in _DOMAINS.items() if name.startswith(key)),
        "".join(c for c in name.split()[0].lower() if c.isalnum()) + ".com",
    )


_SETTINGS = ["banking customers", "university students", "millennial consumers", "mobile money users", "SMEs",
             "female shoppers", "hotel guests", "dairy consumers", "telecom subscribers", "expatriates in the Gulf",
             "young professionals", "first-time buyers", "rural households", "diaspora investors"]  # fmt: skip
# Arabic titles: transliterated or in Arabic script, with the English the candidate gives in square brackets.
_ARABIC_TITLES = [
    ("al-Taswīq al-raqamī fī Miṣr", "Digital marketing in Egypt"),
    ("Athar al-iʿlānāt al-ramaḍāniyya ʿalā al-walāʾ li-l-ʿalāma al-tijāriyya", "The effect of Ramadan advertisements on brand loyalty"),
    ("al-Shumūl al-mālī wa-l-maḥāfiẓ al-ilktrūniyya", "Financial inclusion and e-wallets"),
    ("Idārat al-taswīq: madkhal istrātījī", "Marketing management: a strategic approach"),
    ("Sulūk al-mustahlik al-urdunī ʿabr al-internet", "Online behaviour of the Jordanian consumer"),
    ("Jawdat al-khidma al-maṣrifiyya fī al-bunūk al-maṣriyya", "Banking service quality in Egyptian banks"),
    ("التسويق الرقمي في مصر", "Digital marketing in Egypt"),
    ("أثر المؤثرين على قرار الشراء لدى الشباب الأردني", "The effect of influencers on the purchase decisions of Jordanian youth"),
    ("الشمول المالي في مصر: الواقع والتحديات", "Financial inclusion in Egypt: reality and challenges"),
    ("إعلانات رمضان والولاء للعلامة التجارية", "Ramadan advertisements and brand loyalty"),
    ("سلوك المستهلك المصري بعد تحرير سعر الصرف", "Egyptian consumer behaviour after the flotation of the pound"),
    ("التجارة الإلكترونية في الأردن", "E-commerce in Jordan"),
]  # fmt: skip
_ARABIC_NEWS = [
    ("البنك الأهلي يطلق حملته الرمضانية", "National Bank of Egypt launches its Ramadan campaign"),
    ("فوري تتوسع في الصعيد", "Fawry expands in Upper Egypt"),
    ("إنستاباي تتخطى 10 ملايين مستخدم", "InstaPay passes 10 million users"),
    ("جهينة ترفع أسعار الألبان", "Juhayna raises dairy prices"),
    ("زين الأردن تطلق خدمات الجيل الخامس", "Zain Jordan launches 5G services"),
    ("Fawry tuwassiʿ khadamātihā fī al-Ṣaʿīd", "Fawry expands its services in Upper Egypt"),
    ("Iʿlānāt Ramaḍān 2023: man rabiḥ?", "Ramadan 2023 adverts: who won?"),
]  # fmt: skip
_JOURNALS = ["Journal of Islamic Marketing", "Arab Economic and Business Journal", "Future Business Journal",
             "Review of Economics and Political Science", "Jordan Journal of Business Administration",
             "Dirasat: Administrative Sciences", "International Journal of Bank Marketing",
             "Journal of Retailing and Consumer Services", "Journal of Marketing Communications",
             "Cogent Business & Management", "Management Science Letters", "Journal of Research in Interactive Marketing",
             "International Journal of Emerging Markets", "Journal of Financial Services Marketing",
             "Tourism Management Perspectives", "Journal of Humanities and Applied Social Sciences",
             "The Scientific Journal of Commercial and Environmental Studies", "Jordan Journal of Economic Sciences",
             "Journal of Global Marketing", "Journal of Business Research", "Middle East Journal of Management",
             "al-Majalla al-ʿIlmiyya li-l-Iqtiṣād wa-l-Tijāra [Scientific Journal of Economics and Commerce]"]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Emerald Publishing", "Bingley"), ("Palgrave Macmillan", "Cham"), ("Wiley", "Chichester"),
               ("The American University in Cairo Press", "Cairo"), ("AUC Press", "Cairo"),
               ("Dar El Shorouk", "Cairo"), ("Nahdet Misr", "Giza"), ("Dar Al-Masira", "Amman"),
               ("Dar Wael for Publishing", "Amman"), ("Dar Al-Yazouri", "Amman"), ("Springer", "Cham"),
               ("Oxford University Press", "Oxford"), ("Cengage", "Andover")]  # fmt: skip
_UNIVERSITIES = ["Cairo University", "The American University in Cairo", "German University in Cairo",
                 "Ain Shams University", "Alexandria University", "Mansoura University", "Helwan University",
                 "Arab Academy for Science, Technology and Maritime Transport", "British University in Egypt",
                 "Nile University", "The University of Jordan", "Princess Sumaya University for Technology",
                 "Yarmouk University", "Jordan University of Science and Technology", "Middle East University",
                 "Al-Balqa Applied University", "German Jordanian University", "University of Bedfordshire",
                 "Heriot-Watt University", "University of Salford", "Coventry University"]  # fmt: skip
_DEGREES = ["MBA dissertation", "MSc dissertation", "MA thesis", "PhD thesis", "DBA thesis", "Master's thesis",
            "MSc thesis", "Unpublished MBA dissertation"]  # fmt: skip
_CONFERENCES = [("Proceedings of the International Conference on Business and Marketing", "Cairo"),
                ("Proceedings of the Arab Marketing Conference", "Amman"),
                ("Proceedings of the International Conference on Tourism and Hospitality", "Hurghada"),
                ("Proceedings of the Global Business Conference", "Dead Sea, Jordan"),
                ("Proceedings of the Annual Conference of the Faculty of Commerce, Ain Shams University", "Cairo"),
                ("Proceedings of the International Conference on Digital Economy", "Sharm El Sheikh"),
                ("Academy of Marketing Conference Proceedings", "London"),
                ("Proceedings of the EMAC Annual Conference", "Madrid")]  # fmt: skip
_PLATFORMS = ["Facebook", "Instagram", "LinkedIn", "X (formerly Twitter)", "TikTok", "YouTube"]
_PODCASTS = ["Sowt", "Kerning Cultures", "Enterprise: The Podcast", "Startups Without Borders", "Egyptian Streets Podcast",
             "Marketing Over Coffee", "The Marketing Room"]  # fmt: skip


class Blind171WorkFactory(WorkFactory):
    """The blind171 pool's works, drawn from their own seeded random source."""

    DRAWN = (("book", 11), ("chapter", 5), ("journal", 22), ("thesis", 5), ("conference", 4),
             ("company-web", 10), ("company-report", 7), ("regulator", 8), ("law", 3), ("market-research", 7),
             ("news", 7), ("unsigned-news", 4), ("social", 3), ("podcast", 2), ("video", 2), ("undated-web", 4))  # fmt: skip
    KINDS = frozenset({"book", "chapter", "journal", "thesis", "conference", "web", "report", "legislation", "news",
                       "social", "podcast", "video"})  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 171 + 17101)
        self.dated: list[tuple[str, set[str], int, str]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        group = self.rng.choices([_EGYPTIAN, _COPTIC, _JORDANIAN, _CIRCASSIAN, _SCHOLARLY, _FRANCOPHONE, _EXPATRIATE],
                                 weights=[38, 10, 26, 4, 6, 3, 13])[0]  # fmt: skip
        family, given = self.rng.choice(group)
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1983, 2004)
        return self.rng.randint(2010, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        first = max(2023, issued[0] + 1) if issued else 2023
        return {
            "date-parts": [
                [self.rng.randint(first, max(first, 2026)), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            ]
        }

    def _day(self, year: int) -> dict[str, list[list[int]]]:
        return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _slug(self) -> str:
        words = self.rng.sample(["ramadan", "campaign", "wallet", "launch", "offer", "brand", "growth", "digital",
                                 "customers", "egypt", "jordan", "cairo", "amman", "report", "news", "payments"], 3)  # fmt: skip
        return "-".join(words) + f"-{self.rng.randint(100, 99999)}"

    def _title(self) -> str:
        topic, other = self.rng.sample(_TOPICS, 2)
        place, setting, adjective = self.rng.choice(_PLACES), self.rng.choice(_SETTINGS), self.rng.choice(_ADJECTIVES)
        cap = topic[0].upper() + topic[1:]
        forms = [
            f"{cap} and {other}: evidence from {place}",
            f"The impact of {topic} on purchase intention among {adjective} {setting}",
            f"Antecedents of {topic} in {place}: a PLS-SEM approach",
            f"{cap} in {place}: a qualitative study of {setting}",
            f"{cap} as a driver of {other}: evidence from {setting} in {place}",
            f"Understanding {topic} among {setting}",
            f"The mediating role of {other} between {topic} and loyalty",
            f"{cap}, {other} and brand equity in {place}",
            f"Rethinking {topic} after the flotation of the pound",
            f"{cap} during Ramadan: {setting} in {place}",
        ]
        return self.rng.choice(forms)

    def _arabic(self, titles: list[tuple[str, str]]) -> str:
        original, english = self.rng.choice(titles)
        return f"{original} [{english}]"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices([k for k, _ in self.DRAWN], weights=[w for _, w in self.DRAWN])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[30, 30, 18, 9, 5, 4, 2, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if name not in people:
                people.append(name)
        return people

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same body in the same year as an earlier work ("CAPMAS, 2021a" and "2021b").
        family = record["type"] + ("/research" if "market-research" in tags else "")
        same = [entry for entry in self.dated if entry[3] == family]
        if same and "issued" in record and self.rng.random() < 0.12:
            name, tags, year, _family = self.rng.choice(same)
            old = record["issued"]["date-parts"][0][0]
            record["title"] = record["title"].replace(str(old), str(year))
            record["issued"] = {"date-parts": [[year]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after([year])
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated.append((name, tags, record["issued"]["date-parts"][0][0], family))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        year = self.year()
        arabic = place in ("Cairo", "Giza", "Amman") and publisher not in ("AUC Press",) and self.rng.random() < 0.5
        title = self._arabic(_ARABIC_TITLES) if arabic else self.rng.choice([
            self._title(), f"Marketing in {self.rng.choice(_PLACES)}: {self.rng.choice(['principles and practice', 'cases and concepts', 'a strategic perspective', 'an introduction'])}",
            f"{self.rng.choice(['Strategic', 'Digital', 'Services', 'Islamic', 'Retail', 'Tourism'])} marketing in the Arab world",
        ])  # fmt: skip
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[year]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        if self.rng.random() < 0.2:
            record["medium"] = self.rng.choice(["e-book", "Kindle e-book", "Google Books"])
            record["URL"] = (
                f"https://{self.rng.choice(['books.google.com.eg', 'www.amazon.co.uk', 'ebookcentral.proquest.com'])}/{self._slug()}"
            )
            record["accessed"] = self._accessed_after([year])
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS[:7] + _PUBLISHERS[14:16])
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["Marketing in the Middle East and North Africa",
                                                "The Routledge handbook of marketing in the Arab world",
                                                "Islamic marketing and branding", "Fintech in the MENA region",
                                                "Tourism in the Middle East", "Consumer behaviour in emerging markets"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 320))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        journal = self.rng.choice(_JOURNALS)
        arabic = journal.startswith(("al-Majalla", "Dirasat")) and self.rng.random() < 0.6
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._arabic(_ARABIC_TITLES) if arabic else self._title(),
            "author": self._people(8), "container-title": journal, "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 700))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice(['1108', '1186', '1080', '1016', '35516', '21608'])}/{self.rng.choice(['JIMA', 'fbj', 'AEBJ', 'IJBM', 'jjba', 'REPS'])}-{self.rng.randint(2010, 2025)}-{self.rng.randint(1, 9999):04d}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {
            "type": "thesis", "title": self._arabic(_ARABIC_TITLES) if self.rng.random() < 0.15 else self._title(),
            "author": [self.person()], "issued": {"date-parts": [[self.year()]]},
            "genre": self.rng.choice(_DEGREES), "publisher": self.rng.choice(_UNIVERSITIES),
        }  # fmt: skip
        if self.rng.random() < 0.4:
            record["URL"] = (
                f"https://fount.aucegypt.edu/etds/{self.rng.randint(100, 3000)}"
                if "American" in record["publisher"]
                else f"https://search.mandumah.com/Record/{self.rng.randint(100000, 1500000)}"
            )
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        name, place = self.rng.choice(_CONFERENCES)
        year = self.year()
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": name, "event-place": place, "issued": {"date-parts": [[year]]},
            "page": f"{(start := self.rng.randint(1, 500))}-{start + self.rng.randint(6, 15)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _company_web(self) -> Work:
        name, tags = self.organisation()
        year = self.rng.randint(2014, 2025)
        page = self.rng.choice(["About us", "Our story", "Investor relations", "Sustainability", "Ramadan offers",
                                "Our brands", "Press releases", "Corporate social responsibility", "Careers",
                                "Pay your bills with Fawry", "Personal banking", "Mobile wallet", "Loyalty programme",
                                "Terms and conditions", "Privacy notice", f"Ramadan {year}", f"Eid al-Fitr {year} offers",
                                "Eid offers", "Our history", "Store locator", "Frequently asked questions"])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": page, "URL": f"https://www.{_domain(name)}/{self._slug()}"}  # fmt: skip
        if self.rng.random() < 0.75:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        return self._org_work(record, "web", name, tags)

    def _company_report(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        title = self.rng.choice([f"Annual report {year}", f"Integrated annual report {year}", f"Sustainability report {year}",
                                 f"Earnings release: Q{self.rng.randint(1, 4)} {year}", f"Investor presentation {year}",
                                 f"Annual report {year - 1}/{year}", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0],
                                  "publisher-place": self.rng.choice(["Cairo", "Giza", "Amman", "New Cairo", "London", "Dubai"])}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = f"https://www.{_domain(name)}/media/{self._slug()}.pdf"
            record["accessed"] = self._accessed_after([year])
        return self._org_work(record, "report", name, tags)

    def _regulator(self) -> Work:
        name, tags = self.rng.choice(_REGULATORS)
        central = name.startswith("Central Bank of Egypt")
        year = 2019 if central and self.rng.random() < 0.45 else self.year()
        title = self.rng.choice([
            f"Financial stability report {year}", f"Annual report {year - 1}/{year}", f"Statistical yearbook {year}",
            f"ICT indicators bulletin: Q{self.rng.randint(1, 4)} {year}", f"Financial inclusion strategy {year}-{year + 3}",
            f"Household income, expenditure and consumption survey {year}", "Regulations governing electronic payments",
            f"Annual report {year}", f"Monthly statistical bulletin, {self.rng.choice(['January', 'April', 'July', 'October'])} {year}",
            "Consumer protection guidelines for banks", f"Digital transformation strategy {year}", self._title(),
        ])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        hosts = {"Central Bank of Egypt": "cbe.org.eg", "Central Agency": "capmas.gov.eg", "CAPMAS": "capmas.gov.eg",
                 "National Telecom": "tra.gov.eg", "Financial Regulatory": "fra.gov.eg", "Egyptian Competition": "eca.gov.eg",
                 "Consumer Protection": "cpa.gov.eg", "Ministry of Communications": "mcit.gov.eg", "Information Technology": "itida.gov.eg",
                 "Egyptian Cabinet": "idsc.gov.eg", "Personal Data": "pdpc.gov.eg", "Central Bank of Jordan": "cbj.gov.jo",
                 "Telecommunications": "trc.gov.jo", "Department": "dos.gov.jo", "Ministry of Digital": "modee.gov.jo",
                 "Jordan Investment": "jic.gov.jo", "Jordan Payments": "jopacc.com", "Ministry of Tourism": "mota.gov.jo",
                 "World Bank": "worldbank.org", "International Monetary": "imf.org", "OECD": "oecd.org"}  # fmt: skip
        host = next(v for k, v in hosts.items() if name.startswith(k))
        record["URL"] = f"https://www.{host}/en/{self._slug()}"
        record["accessed"] = self._accessed_after([year])
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = (
                "Amman" if "Jordan" in name or name.endswith(("(TRC)", "(DoS)", "Statistics")) else "Cairo"
            )
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _law(self) -> Work:
        laws = [
            ("Arab Republic of Egypt", "Law No. 151 of 2020 on the Protection of Personal Data", 2020, "Official Gazette No. 28 (bis)", "Cairo"),
            ("Arab Republic of Egypt", "Consumer Protection Law No. 181 of 2018", 2018, "Official Gazette No. 37 (bis)", "Cairo"),
            ("Arab Republic of Egypt", "Law No. 194 of 2020 Promulgating the Law of the Central Bank and the Banking System", 2020, "Official Gazette", "Cairo"),
            ("Arab Republic of Egypt", "Law No. 18 of 2019 on Regulating the Use of Non-Cash Payment Methods", 2019, "Official Gazette", "Cairo"),
            ("Arab Republic of Egypt", "Law No. 175 of 2018 on Combating Information Technology Crimes", 2018, "Official Gazette", "Cairo"),
            ("Arab Republic of Egypt", "Law No. 5 of 2022 on Regulating and Developing the Use of Financial Technology in Non-Banking Financial Activities", 2022, "Official Gazette", "Cairo"),
            ("Hashemite Kingdom of Jordan", "Personal Data Protection Law No. 24 of 2023", 2023, "Official Gazette No. 5871", "Amman"),
            ("Hashemite Kingdom of Jordan", "Consumer Protection Law No. 7 of 2017", 2017, "Official Gazette", "Amman"),
            ("Hashemite Kingdom of Jordan", "Electronic Transactions Law No. 15 of 2015", 2015, "Official Gazette", "Amman"),
            ("Hashemite Kingdom of Jordan", "Telecommunications Law No. 13 of 1995", 1995, "Official Gazette", "Amman"),
            ("Central Bank of Egypt", "Regulations of mobile payment services for banks", 2016, "Central Bank of Egypt", "Cairo"),
            ("Central Bank of Jordan", "Instructions for regulating electronic payment and money transfer services No. 10 of 2023", 2023, "Central Bank of Jordan", "Amman"),
        ]  # fmt: skip
        author, title, year, gazette, place = self.rng.choice(laws)
        if self.rng.random() < 0.2 and author.startswith(("Arab", "Hashemite")):
            title = f"{title} ({'قانون حماية البيانات الشخصية' if 'Data' in title else 'القانون'})"
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": gazette, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.6:
            egyptian = author in ("Arab Republic of Egypt", "Central Bank of Egypt")
            hosts = (
                ["www.cbe.org.eg", "manshurat.org", "www.cpa.gov.eg"]
                if egyptian
                else ["www.lob.gov.jo", "www.cbj.gov.jo"]
            )
            record["URL"] = f"https://{self.rng.choice(hosts)}/{self._slug()}"
            record["accessed"] = self._accessed_after([year])
        # Laws keep their own year: never paired with another work of their author's year.
        return WorkFactory._org_work(self, record, "legislation", author, {"government", "legislation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_MARKET_RESEARCH)
        year = self.rng.randint(2016, 2025)
        market = self.rng.choice(["Dairy", "Savoury snacks", "Digital payments", "Mobile telecoms", "Packaged food",
                                  "Soft drinks", "Beauty and personal care", "E-commerce", "Fast food", "Real estate",
                                  "Cakes and pastries", "Bottled water", "Grocery retail"])  # fmt: skip
        country = self.rng.choice(["Egypt", "Jordan", "the Middle East and Africa", "MENA", "Egypt and Jordan"])
        title = self.rng.choice([f"{market} in {country} {year}", f"{market} in {country}: market report {year}",
                                 f"{country} {market.lower()} market: size, share and forecast to {year + 6}",
                                 f"{market} - {country} - {self.rng.choice(['March', 'June', 'November'])} {year}",
                                 f"Arab digital consumer survey {year}", f"{country} fintech landscape {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name,
                                  "URL": f"https://www.{name.split()[0].lower()}.com/{self._slug()}"}  # fmt: skip
        if self.rng.random() < 0.92:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after([year])
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        year = self.rng.randint(2012, 2025)
        paper = self.rng.choice(_PRESS)
        arabic = paper in _ARABIC_PRESS and self.rng.random() < 0.5
        title = self._arabic(_ARABIC_NEWS) if arabic else self.rng.choice([
            f"{self.rng.choice(['Fawry', 'Vodafone Cash', 'InstaPay', 'valU', 'Paymob', 'Zain Cash', 'CliQ', 'Banque Misr', 'Juhayna', 'Edita', 'Talaat Moustafa'])} {self.rng.choice(['sees record demand', 'eyes expansion in Upper Egypt', 'launches Ramadan campaign', 'raises prices again', 'teams up with Carrefour', 'targets Gen Z', 'reports 40% jump in users', 'faces online backlash'])}",
            f"What {self.rng.choice(_TOPICS)} means for {self.rng.choice(['Egyptian', 'Jordanian', 'Gulf'])} marketers",
            f"Ramadan ads {year}: the winners and the losers", "Egypt's pound falls to record low as inflation bites",
            f"Jordan's e-wallet users top {self.rng.randint(1, 3)} million", f"Cairo's brands bet on {self.rng.choice(_TOPICS)}",
        ])  # fmt: skip
        record: dict[str, Any] = {"type": "article-newspaper", "title": title, "container-title": paper,
                                  "issued": self._day(year), "author": self._people(2),
                                  "URL": f"https://www.{paper.lower().replace(' ', '').replace('-', '')}.com/news/{self._slug()}"}  # fmt: skip
        record["accessed"] = self._accessed_after([year])
        return self._person_work(record, "news")

    def _unsigned_news(self) -> Work:
        work = self._news()
        record = work.record
        del record["author"]
        self.counter -= 1  # the id is given again below
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _social(self) -> Work:
        name, tags = self.organisation()
        year = self.rng.randint(2016, 2025)
        platform = self.rng.choice(_PLATFORMS)
        title = self.rng.choice(["Ramadan Kareem from all of us", "رمضان كريم [Ramadan Kareem]", "Eid Mubarak!",
                                 "Happy Sham El-Nessim", "Merry Coptic Christmas", "Happy Independence Day, Jordan",
                                 "Meet our new campaign", "Pay with InstaPay and win", "عيد سعيد [Happy Eid]",
                                 "Our October 6 tribute", "Behind the scenes of our Ramadan ad"])  # fmt: skip
        record: dict[str, Any] = {"type": "post", "title": title, "container-title": platform, "issued": self._day(year),
                                  "URL": f"https://www.{platform.split()[0].lower()}.com/{_domain(name).split('.')[0]}/posts/{self.rng.randint(10**9, 10**10)}"}  # fmt: skip
        record["accessed"] = self._accessed_after([year])
        if self.rng.random() < 0.3:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        return self._org_work(record, "social", name, tags)

    def _podcast(self) -> Work:
        year = self.rng.randint(2017, 2025)
        record: dict[str, Any] = {
            "type": "broadcast", "title": self.rng.choice(["Building a fintech in Cairo", "Marketing to Gen Z in Amman",
                                                           "The Ramadan ad economy", "Why Egyptians love Chipsy",
                                                           "Payments after the float", "Brands, boycotts and the region",
                                                           f"Episode {self.rng.randint(3, 180)}: scaling in Saudi"]),
            "container-title": self.rng.choice(_PODCASTS), "medium": "Podcast", "issued": self._day(year),
            "author": self._people(2), "URL": f"https://podcasts.apple.com/podcast/{self._slug()}",
        }  # fmt: skip
        record["accessed"] = self._accessed_after([year])
        return self._person_work(record, "podcast")

    def _video(self) -> Work:
        name, tags = self.organisation()
        year = self.rng.randint(2015, 2025)
        record: dict[str, Any] = {
            "type": "motion_picture", "medium": "YouTube video", "issued": self._day(year),
            "title": self.rng.choice([f"Ramadan {year} advert", f"إعلان رمضان {year} [Ramadan {year} advert]",
                                      "Our story", "Brand film", "Eid al-Adha campaign", "How to use the app"]),
            "URL": f"https://www.youtube.com/watch?v={''.join(self.rng.choices('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789', k=11))}",
        }  # fmt: skip
        record["accessed"] = self._accessed_after([year])
        return self._org_work(record, "video", name, tags)

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice([
            "Frequently asked questions", "How to register on InstaPay", "CliQ: instant payments in Jordan",
            "Tips for marketing during Ramadan", "About the Grand Egyptian Museum", "Visit Petra", "Our products",
            "Meeza cards", "Shopping at Mall of Arabia", "Getting started with Paymob", self._title()]),
            "URL": f"https://www.{self._slug()}.com"}  # fmt: skip
        record["accessed"] = self._accessed_after(None)
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.rng.choice(_ORGANISATIONS + _REGULATORS)
        return self._org_work(record, "web", name, set(tags) | {"undated"})
