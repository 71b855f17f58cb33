"""Works for the blind178 pool (HELD OUT): what marketers in northern India and its diaspora cite.

Written without reading the checker, its tests or any other pool. Candidates on CIM Level 6 and 7 courses and MBAs
in Delhi, Gurugram, Noida, Lucknow, Kanpur, Varanasi, Jaipur, Jodhpur, Chandigarh, Amritsar, Ludhiana, Patna,
Dehradun and Srinagar, and in London, Leicester, Birmingham, Brampton, Surrey (BC), New Jersey and Dubai, cite
Indian textbooks (Pearson India, McGraw Hill India, Sultan Chand, Himalaya) beside Kotler-style imports, Indian and
international journals with one to eight authors, theses from IIM Lucknow, IIM Ahmedabad, FMS Delhi, IIT Delhi,
SRCC, Amity, Panjab University, BHU and ISB, conference papers, company pages and annual reports (Ltd., Pvt. Ltd.,
LLP, Trust), trade bodies (IAMAI, FICCI, CII, ASCI, NASSCOM, IBEF), regulators and ministries (RBI, TRAI, MeitY, the
CCPA, the NSO), Acts and Rules numbered as India numbers them, research firms (Kantar India, NielsenIQ, BARC India,
Redseer), the English, Hindi, Punjabi and Urdu press signed and unsigned, Instagram, X and LinkedIn posts, podcasts,
YouTube videos and undated pages. Titles in Devanagari, Gurmukhi or Nastaliq, or transliterated, carry the English
in square brackets. Names: Hindi-belt, Punjabi, Sikh (Singh or Kaur as the only surname), Rajasthani, Bihari,
Kashmiri and Muslim, with initials ("R.K."), "Kumar" and "Devi", diaspora spellings and expatriate scholars.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
import re
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

_SURNAMES = [
    # Hindi belt, Rajasthan, Bihar, Uttarakhand
    "Sharma", "Verma", "Gupta", "Agarwal", "Aggarwal", "Agrawal", "Srivastava", "Shrivastava", "Mishra", "Tiwari",
    "Tewari", "Yadav", "Pandey", "Dubey", "Shukla", "Tripathi", "Chaturvedi", "Saxena", "Mathur", "Bhatnagar",
    "Kumar", "Chauhan", "Rathore", "Shekhawat", "Jain", "Maheshwari", "Goyal", "Bansal", "Mittal", "Singhal",
    "Khandelwal", "Sinha", "Jha", "Prasad", "Thakur", "Chaudhary", "Choudhary", "Rawat", "Bisht", "Negi", "Devi",
    "Kushwaha", "Rajput", "Purohit", "Bhandari", "Joshi", "Upadhyay", "Dwivedi", "Ojha", "Paswan",
    # Punjabi, Sikh and diaspora spellings
    "Gill", "Sandhu", "Dhillon", "Sidhu", "Grewal", "Brar", "Bains", "Randhawa", "Bajwa", "Virk", "Kang", "Chahal",
    "Sekhon", "Ahluwalia", "Bedi", "Kohli", "Malhotra", "Kapoor", "Kapur", "Khanna", "Arora", "Chopra", "Bhatia",
    "Sethi", "Anand", "Sawhney", "Sahni", "Walia", "Johal", "Bhogal", "Sangha", "Dosanjh", "Atwal", "Mann", "Kular",
    "Dhaliwal", "Gidda", "Minhas",
    # Kashmiri
    "Kaul", "Koul", "Raina", "Bhat", "Dar", "Lone", "Wani", "Mir", "Zutshi", "Razdan", "Shah",
    # Muslim
    "Khan", "Siddiqui", "Siddiqi", "Ansari", "Rizvi", "Qureshi", "Naqvi", "Zaidi", "Abbasi", "Farooqui", "Hashmi",
    "Jafri", "Usmani", "Alvi", "Beg", "Mirza", "Syed",
]  # fmt: skip
_HINDU_GIVEN = ["Rajesh", "Sunita", "Anil", "Pooja", "Neha", "Amit", "Priyanka", "Rahul", "Deepak", "Kavita",
                "Sanjay", "Ritu", "Vikas", "Shalini", "Ankit", "Swati", "Manoj", "Anjali", "Alok", "Nidhi", "Saurabh",
                "Shweta", "Ashok Kumar", "Rakesh Kumar", "Sunil Kumar", "Vinod Kumar", "Sunita Devi", "Rekha Devi",
                "Ram Prakash", "Shyam Sundar", "Archana", "Garima", "Shikha", "Ayush", "Akanksha", "Devendra",
                "Yogesh", "Meenakshi", "Pratibha", "Ravi Shankar", "Anupam", "Harsh Vardhan", "Bhavna", "Tanvi",
                "Aditya", "Ishita"]  # fmt: skip
_SIKH_GIVEN = ["Harpreet", "Gurpreet", "Jaspreet", "Manpreet", "Simranjeet", "Amandeep", "Navjot", "Baljit",
               "Kuldeep", "Harjit", "Jasleen", "Gurdeep", "Paramjit", "Rupinder", "Sukhwinder", "Inderjit",
               "Harleen", "Jasmeet", "Ravneet", "Gurleen", "Tejinder"]  # fmt: skip
_MUSLIM_GIVEN = ["Mohammad", "Mohd. Arif", "Ahmed", "Faisal", "Ayesha", "Sana", "Zoya", "Imran", "Nadeem", "Farhan",
                 "Shabana", "Nazia", "Tabassum", "Tariq", "Irfan", "Mehnaz", "Shahid", "Sameer", "Asif", "Rehana",
                 "Mohammad Javed", "Syed Ali", "Fatima", "Uzma", "Aamir"]  # fmt: skip
_DIASPORA_GIVEN = ["Raj", "Tina", "Sonny", "Bobby", "Jas", "Nina", "Ricky", "Pam", "Ravi", "Sunny", "Dev", "Kiran",
                   "Mandy", "Sukh", "Jay"]  # fmt: skip
_INITIALS = ["R.K.", "S.P.", "A.K.", "M.A.", "V.K.", "S.K.", "P.K.", "N.K.", "R.S.", "J.P.", "B.S.", "H.S.",
             "G.S.", "D.P.", "U.N."]  # fmt: skip
# Expatriate and foreign scholars who write about Indian markets and the Indian diaspora
_EXPATRIATES = [("Müller", "Jürgen"), ("Lefèvre", "Céline"), ("Sørensen", "Mette"), ("O'Brien", "Siobhan"),
                ("McKenzie", "Fiona"), ("Thompson", "Claire"), ("Wright", "Oliver"), ("Dawson", "Emma"),
                ("Kowalczyk", "Agnieszka"), ("Lindqvist", "Erik"), ("Núñez", "Lucía"), ("Fraser-Hughes", "Alice"),
                ("Tanaka", "Hiroshi"), ("Al-Hashimi", "Layla"), ("Østergaard", "Lars")]  # fmt: skip
# Authors written in Devanagari, Gurmukhi or Nastaliq, as the Hindi, Punjabi and Urdu press and journals print them
_SCRIPT_PEOPLE = ["शर्मा", "गुप्ता", "मिश्र", "श्रीवास्तव", "त्रिपाठी", "ਸਿੰਘ", "ਕੌਰ", "ਸੰਧੂ", "صدیقی", "رضوی"]  # fmt: skip

_COMPANIES: list[tuple[str, set[str]]] = [
    ("State Bank of India", {"company"}), ("Punjab National Bank", {"company"}), ("HDFC Bank Ltd.", {"company"}),
    ("ICICI Bank", {"company"}), ("One 97 Communications Ltd. (Paytm)", {"company", "abbreviation"}),
    ("PhonePe Pvt. Ltd.", {"company"}), ("Google India Pvt. Ltd.", {"company"}), ("BharatPe", {"company"}),
    ("PB Fintech Ltd.", {"company"}), ("Policybazaar", {"company"}), ("Reliance Jio Infocomm Ltd.", {"company"}),
    ("Bharti Airtel Ltd.", {"company"}), ("Vodafone Idea Ltd.", {"company"}),
    ("Haldiram Snacks Pvt. Ltd.", {"company"}), ("Haldiram's", {"company", "apostrophe"}),
    ("Bikaji Foods International Ltd.", {"company"}),
    ("Gujarat Cooperative Milk Marketing Federation Ltd. (Amul)", {"company", "abbreviation"}), ("Amul", {"company"}),
    ("Mother Dairy Fruit & Vegetable Pvt. Ltd.", {"company", "ampersand"}), ("Patanjali Ayurved Ltd.", {"company"}),
    ("Dabur India Ltd.", {"company"}), ("Parle Products Pvt. Ltd.", {"company"}),
    ("Britannia Industries Ltd.", {"company"}), ("Hindustan Unilever Ltd.", {"company"}),
    ("Hindustan Unilever Limited (HUL)", {"company", "abbreviation"}), ("ITC Ltd.", {"company", "acronym"}),
    ("Reliance Retail Ventures Ltd.", {"company"}), ("Avenue Supermarts Ltd.", {"company"}),
    ("Flipkart Internet Pvt. Ltd.", {"company"}), ("Flipkart", {"company"}), ("Myntra", {"company"}),
    ("FSN E-Commerce Ventures Ltd. (Nykaa)", {"company", "abbreviation"}), ("Zomato Ltd.", {"company"}),
    ("Eternal Ltd. (formerly Zomato)", {"company"}), ("Swiggy Ltd.", {"company"}), ("Meesho", {"company"}),
    ("Zepto", {"company"}), ("Maruti Suzuki India Ltd.", {"company"}), ("Hero MotoCorp Ltd.", {"company"}),
    ("Tata Motors Ltd.", {"company"}), ("Mahindra & Mahindra Ltd.", {"company", "ampersand"}),
    ("InterGlobe Aviation Ltd. (IndiGo)", {"company", "abbreviation"}), ("Air India", {"company"}),
    ("MakeMyTrip", {"company"}), ("OYO", {"company", "acronym"}),
    ("Indian Railway Catering and Tourism Corporation (IRCTC)", {"company", "abbreviation"}),
    ("Ogilvy India", {"company"}), ("Lowe Lintas", {"company"}), ("FCB India", {"company"}),
    ("Dentsu India", {"company"}), ("GroupM India", {"company"}), ("Madison World", {"company"}),
    ("WATConsult", {"company"}), ("Schbang", {"company"}),
    ("Deloitte Touche Tohmatsu India LLP", {"company"}), ("PwC India", {"company"}),
    ("KPMG Assurance and Consulting Services LLP", {"company"}), ("Grant Thornton Bharat LLP", {"company"}),
    ("EY India", {"company"}), ("Bain & Company", {"company", "ampersand"}),
    ("Redseer Strategy Consultants", {"company"}), ("Tata Trusts", {"trust"}), ("Goonj", {"trust"}),
    ("Smile Foundation", {"trust"}), ("Shri Ram Charitable Trust", {"trust"}),
]  # fmt: skip
_BODIES: list[tuple[str, set[str]]] = [
    ("Internet and Mobile Association of India (IAMAI)", {"trade-body", "abbreviation"}),
    ("Internet and Mobile Association of India", {"trade-body"}), ("IAMAI", {"trade-body", "acronym"}),
    ("Federation of Indian Chambers of Commerce & Industry (FICCI)", {"trade-body", "abbreviation", "ampersand"}),
    ("FICCI", {"trade-body", "acronym"}), ("Confederation of Indian Industry (CII)", {"trade-body", "abbreviation"}),
    ("ASSOCHAM", {"trade-body", "acronym"}), ("NASSCOM", {"trade-body", "acronym"}),
    ("Advertising Standards Council of India (ASCI)", {"trade-body", "abbreviation"}),
    ("Advertising Standards Council of India", {"trade-body"}), ("ASCI", {"trade-body", "acronym"}),
    ("India Brand Equity Foundation (IBEF)", {"trade-body", "abbreviation"}), ("IBEF", {"trade-body", "acronym"}),
    ("National Payments Corporation of India (NPCI)", {"trade-body", "abbreviation"}),
    ("Retailers Association of India", {"trade-body"}), ("PHD Chamber of Commerce and Industry", {"trade-body"}),
    ("Society of Indian Automobile Manufacturers (SIAM)", {"trade-body", "abbreviation"}),
    ("Broadcast Audience Research Council (BARC) India", {"trade-body", "abbreviation"}),
    ("exchange4media", {"press", "lowercase"}), ("afaqs!", {"press", "lowercase", "punctuation"}),
]  # fmt: skip
_GOVERNMENT = [
    "Reserve Bank of India", "Reserve Bank of India (RBI)", "Telecom Regulatory Authority of India",
    "Telecom Regulatory Authority of India (TRAI)", "TRAI", "Ministry of Electronics and Information Technology",
    "Ministry of Electronics and Information Technology (MeitY)",
    "Ministry of Consumer Affairs, Food and Public Distribution", "Central Consumer Protection Authority (CCPA)",
    "National Statistical Office (NSO)", "Ministry of Statistics and Programme Implementation (MoSPI)",
    "Office of the Registrar General & Census Commissioner, India", "Securities and Exchange Board of India",
    "Food Safety and Standards Authority of India (FSSAI)", "Competition Commission of India", "Government of India",
    "NITI Aayog", "Press Information Bureau", "Ministry of Tourism", "Government of Uttar Pradesh",
    "Government of Punjab", "Department of Tourism, Government of Rajasthan", "Office for National Statistics",
    "Statistics Canada", "Leicester City Council", "Dubai Department of Economy and Tourism",
]  # fmt: skip
# (author, title, year): laws as India numbers them, with the ministry or body that made them as author
_LAWS = [
    ("Ministry of Law and Justice", "The Digital Personal Data Protection Act, 2023 (No. 22 of 2023)", 2023),
    ("Government of India", "Digital Personal Data Protection Act, 2023 (No. 22 of 2023)", 2023),
    ("Ministry of Law and Justice", "The Consumer Protection Act, 2019 (No. 35 of 2019)", 2019),
    ("Government of India", "Consumer Protection Act, 2019", 2019),
    ("Ministry of Consumer Affairs, Food and Public Distribution", "Consumer Protection (E-Commerce) Rules, 2020", 2020),
    ("Ministry of Law, Justice and Company Affairs", "The Information Technology Act, 2000 (No. 21 of 2000)", 2000),
    ("Ministry of Electronics and Information Technology", "Information Technology (Intermediary Guidelines and Digital Media Ethics Code) Rules, 2021", 2021),
    ("Ministry of Law and Justice", "The Telecommunications Act, 2023 (No. 44 of 2023)", 2023),
    ("Central Consumer Protection Authority", "Guidelines for Prevention of Misleading Advertisements and Endorsements for Misleading Advertisements, 2022", 2022),
    ("Central Consumer Protection Authority", "Guidelines for Prevention and Regulation of Dark Patterns, 2023", 2023),
    ("Food Safety and Standards Authority of India", "Food Safety and Standards (Advertising and Claims) Regulations, 2018", 2018),
    ("Ministry of Consumer Affairs, Food and Public Distribution", "Legal Metrology (Packaged Commodities) Rules, 2011", 2011),
    ("Reserve Bank of India", "Master Direction – Digital Payment Security Controls, 2021", 2021),
]  # fmt: skip
_RESEARCH = ["Kantar India", "NielsenIQ India", "Nielsen India", "BARC India", "Redseer", "Statista",
             "Euromonitor International", "Mintel", "Ipsos India", "Axis My India", "CyberMedia Research (CMR)",
             "Counterpoint Research", "Praxis Global Alliance", "YouGov"]  # fmt: skip
_PRESS = ["The Times of India", "Hindustan Times", "Dainik Bhaskar", "Dainik Jagran", "Amar Ujala",
          "The Indian Express", "NDTV", "Aaj Tak", "ABP News", "The Economic Times", "Mint", "Business Standard",
          "afaqs!", "exchange4media", "Campaign India", "The Hindu BusinessLine", "The Tribune", "Eastern Eye",
          "Des Pardes", "Greater Kashmir", "Inquilab", "Brampton Guardian", "Gulf News", "Khaleej Times",
          "BBC News", "The Guardian"]  # fmt: skip
_SCRIPT_PRESS = ["दैनिक भास्कर", "दैनिक जागरण", "अमर उजाला", "हिन्दुस्तान", "ਅਜੀਤ", "روزنامہ انقلاب"]  # fmt: skip
_TOPICS = ["UPI adoption", "quick commerce", "festive-season advertising", "vernacular content",
           "Hinglish advertising", "rural consumers", "influencer marketing on Instagram Reels", "brand trust",
           "cashback offers", "buy now, pay later", "D2C brands", "WhatsApp marketing", "regional OTT",
           "IPL sponsorship", "diaspora nostalgia", "celebrity endorsement", "kirana stores", "ONDC",
           "green claims", "vocal-for-local messaging", "Ayurvedic positioning", "Gen Z shoppers", "dark patterns",
           "consent under the DPDP Act", "tier-2 cities", "fintech loyalty", "sachet pricing",
           "religious tourism", "wedding spend", "two-wheeler financing"]  # fmt: skip
_PLACES = ["Delhi NCR", "Lucknow", "Kanpur", "Varanasi", "Jaipur", "Jodhpur", "Chandigarh", "Amritsar", "Ludhiana",
           "Patna", "Dehradun", "Srinagar", "Uttar Pradesh", "Punjab", "Bihar", "Rajasthan", "northern India",
           "the Hindi heartland", "Leicester", "Southall", "Brampton", "Surrey, British Columbia", "New Jersey",
           "Dubai", "the UK Punjabi diaspora"]  # fmt: skip
# Titles in the local script with the English in square brackets, or transliterated with the English beside them
_LOCAL_TITLES = [
    "डिजिटल विपणन: सिद्धांत और व्यवहार [Digital marketing: principles and practice]",
    "ग्रामीण उपभोक्ता और ब्रांड निष्ठा [Rural consumers and brand loyalty]",
    "त्योहारी सीज़न में ई-कॉमर्स की बिक्री रिकॉर्ड स्तर पर [E-commerce sales at record levels in the festive season]",
    "यूपीआई से छोटे व्यापारियों का कारोबार बढ़ा [UPI lifts small traders' business]",
    "ਪੰਜਾਬ ਵਿੱਚ ਡਿਜੀਟਲ ਭੁਗਤਾਨ ਵਧੇ [Digital payments rise in Punjab]",
    "ਪਰਵਾਸੀ ਪੰਜਾਬੀ ਅਤੇ ਘਰੇਲੂ ਬ੍ਰਾਂਡ [Diaspora Punjabis and home brands]",
    "کشمیر میں آن لائن خریداری کا رجحان [The trend of online shopping in Kashmir]",
    "Vipanan prabandhan [Marketing management]", "Upbhokta vyavhar [Consumer behaviour]",
    "Bazaar aur Bharat: naye graahak [Markets and India: the new customers]",
    "Tyohaaron ka bazaar [The festival market]", "Vigyapan aur samaj [Advertising and society]",
]  # fmt: skip
_JOURNALS = ["IIMB Management Review", "Vikalpa: The Journal for Decision Makers", "Indian Journal of Marketing",
             "Journal of Indian Business Research", "Global Business Review", "Decision", "Metamorphosis",
             "Asia Pacific Journal of Marketing and Logistics", "Journal of Retailing and Consumer Services",
             "International Journal of Bank Marketing", "South Asian Journal of Business Studies",
             "Journal of Marketing Management", "Paradigm", "Management and Labour Studies",
             "Journal of Consumer Marketing", "Journal of Business Research", "FIIB Business Review",
             "Prabandhan: Indian Journal of Management"]  # fmt: skip
_PUBLISHERS = [("Pearson India", "Noida"), ("Pearson Education", "New Delhi"), ("McGraw Hill Education (India)", "New Delhi"),
               ("Sage Publications India", "New Delhi"), ("Oxford University Press", "New Delhi"),
               ("Vikas Publishing House", "Noida"), ("Sultan Chand & Sons", "New Delhi"), ("Himalaya Publishing House", "Mumbai"),
               ("Penguin Random House India", "Gurugram"), ("HarperCollins India", "Noida"), ("Rupa Publications", "New Delhi"),
               ("Kogan Page", "London"), ("Routledge", "Abingdon"), ("Wiley India", "New Delhi"), ("Taxmann", "New Delhi"),
               ("Cengage Learning India", "Delhi"), ("Bloomsbury India", "New Delhi"), ("Pearson", "Harlow")]  # fmt: skip
_HINDI_PUBLISHERS = [("Rajkamal Prakashan", "New Delhi"), ("Vani Prakashan", "New Delhi"), ("Prabhat Prakashan", "New Delhi"),
                     ("Lokbharti Prakashan", "Prayagraj")]  # fmt: skip
_UNIVERSITIES = ["Indian Institute of Management Lucknow", "Indian Institute of Management Ahmedabad",
                 "Faculty of Management Studies, University of Delhi", "Indian Institute of Technology Delhi",
                 "Shri Ram College of Commerce, University of Delhi", "Amity University", "Panjab University",
                 "Banaras Hindu University", "Indian School of Business", "University of Leicester",
                 "De Montfort University", "Aston University", "University of Birmingham", "York University",
                 "Simon Fraser University", "Jamia Millia Islamia", "Aligarh Muslim University",
                 "University of Kashmir"]  # fmt: skip
_GENRES = ["PhD thesis", "Doctoral thesis", "FPM thesis", "MBA dissertation", "MPhil dissertation",
           "Fellow Programme in Management thesis", "PGDM project report", "MSc dissertation"]  # fmt: skip
_CONFERENCES = ["Proceedings of the IIM Indore International Marketing Conference", "Academy of Marketing Conference",
                "Proceedings of the AIMS International Conference on Management",
                "IIM Kozhikode Marketing Research Conference", "Marketing Science Conference India",
                "Proceedings of the Indian Academy of Management Conference", "ANZMAC Conference Proceedings"]  # fmt: skip
_PLATFORMS = ["Instagram", "X (formerly Twitter)", "LinkedIn", "Facebook", "YouTube", "Koo", "Threads"]  # fmt: skip
_SHOWS = ["The Desi Marketer", "Brand Bharat", "Marketing Masala", "The Punjabi Biz Podcast",
          "Bharat Bazaar Talks", "Startup Dilli"]  # fmt: skip


class Blind178WorkFactory(WorkFactory):
    """The blind178 pool's works: northern India and its diaspora, from its own seeded random source."""

    DRAWN: ClassVar[dict[str, int]] = {
        "book": 12, "chapter": 5, "journal": 22, "thesis": 4, "conference": 4, "company-web": 8, "company-report": 6,
        "body": 6, "government": 6, "legislation": 4, "market-research": 7, "news": 8, "news-unsigned": 4, "social": 3,
        "podcast": 2, "video": 2, "undated-web": 4, "web-person": 3,
    }  # fmt: skip
    KINDS: ClassVar[tuple[str, ...]] = ("book", "chapter", "journal", "thesis", "conference", "web", "report",
                                        "legislation", "news", "social", "podcast", "video")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 178 + 17801)
        self.organisations: list[tuple[str, set[str], int]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.08:
            family, given = rng.choice(_EXPATRIATES)
            return {"family": family, "given": given}
        if roll < 0.22:  # Sikh names with Singh or Kaur as the only surname
            return {"family": rng.choice(["Singh", "Singh", "Kaur"]), "given": rng.choice(_SIKH_GIVEN)}
        family = rng.choice(_SURNAMES)
        if family in ("Khan", "Siddiqui", "Siddiqi", "Ansari", "Rizvi", "Qureshi", "Naqvi", "Zaidi", "Abbasi",
                      "Farooqui", "Hashmi", "Jafri", "Usmani", "Alvi", "Beg", "Mirza", "Syed", "Dar", "Lone", "Wani",
                      "Mir", "Shah"):  # fmt: skip
            given = rng.choice(_MUSLIM_GIVEN)
        elif family in ("Gill", "Sandhu", "Dhillon", "Sidhu", "Grewal", "Brar", "Bains", "Randhawa", "Bajwa", "Virk",
                        "Kang", "Chahal", "Sekhon", "Johal", "Dosanjh", "Atwal", "Mann", "Kular", "Dhaliwal", "Gidda",
                        "Minhas", "Bhogal", "Sangha"):  # fmt: skip
            given = rng.choice(_SIKH_GIVEN + _DIASPORA_GIVEN)
        else:
            given = rng.choice(_HINDU_GIVEN + _DIASPORA_GIVEN[:5])
        if rng.random() < 0.18:
            given = rng.choice(_INITIALS)
        if rng.random() < 0.04:  # a married diaspora name
            family = f"{family}-{rng.choice(['Jones', 'Patel', 'Walker', 'Gill', 'Evans'])}"
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 28, 16, 8, 5, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def year(self) -> int:
        if self.rng.random() < 0.04:  # the classics still cited
            return self.rng.randint(1984, 2004)
        return self.rng.randint(2008, 2025)

    def online_year(self) -> int:
        return self.rng.randint(2012, 2024)

    def accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        rng = self.rng
        low = 2022 if issued is None else max(2022, issued[0] + 1)
        return {"date-parts": [[rng.randint(min(low, 2025), 2025), rng.randint(1, 12), rng.randint(1, 28)]]}

    def _url(self, domain: str) -> str:
        slug = "-".join(self.rng.sample(["india", "brand", "digital", "festive", "upi", "report", "consumer",
                                         "growth", "rural", "d2c", "news", "insights", "2024", "market"], 3))  # fmt: skip
        return f"https://www.{domain}/{slug}"

    def _title(self) -> str:
        rng = self.rng
        topic, place = rng.choice(_TOPICS), rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"The role of {topic} in {place}",
                 f"{topic[0].upper()}{topic[1:]} and {rng.choice([t for t in _TOPICS if t != topic])}: evidence from {place}",
                 f"Understanding {topic} among Indian consumers", f"Rethinking {topic} for Bharat",
                 f"From Diwali to Dhanteras: {topic} and festive demand",
                 f"{topic[0].upper()}{topic[1:]}: a study of consumers in {place}",
                 f"How effective is {topic}? A study of {place}",
                 f"{topic[0].upper()}{topic[1:]} after the pandemic", f"Marketing to {place}: {topic}"]  # fmt: skip
        return rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # One body's two works of one year now and then (TRAI 2019a and 2019b)
        plain = kind in ("web", "report") and "legislation" not in tags and "market-research" not in tags
        plain = plain and not re.search(r"\d{4}", str(record.get("title", "")))
        if plain and self.organisations and "issued" in record and self.rng.random() < 0.12:
            name, tags, year = self.rng.choice(self.organisations)
            record["issued"] = {"date-parts": [[year]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after([year])
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
        if plain and "issued" in record:
            self.organisations.append((name, tags, record["issued"]["date-parts"][0][0]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        rng = self.rng
        hindi = rng.random() < 0.07
        publisher, place = rng.choice(_HINDI_PUBLISHERS if hindi else _PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": rng.choice(_LOCAL_TITLES[:2] + _LOCAL_TITLES[7:]) if hindi else self._title(),
                                  "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
                                  "publisher": publisher, "publisher-place": place}  # fmt: skip
        if rng.random() < 0.35:
            record["edition"] = str(rng.randint(2, 17))
        if rng.random() < 0.1:
            record["medium"] = "e-book"
            record["URL"] = self._url(rng.choice(["amazon.in/kindle", "books.google.co.in", "kopykitab.com"]))
            record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(rng.randint(1, 3))],
            "container-title": rng.choice(["Marketing in India: cases and readings", "The Routledge companion to marketing in emerging markets",
                                           "Handbook of Indian consumer behaviour", "Digital India: strategies for business",
                                           "Brands and the South Asian diaspora", "Rural marketing in India"]),
            "issued": {"date-parts": [[self.year()]]},
            **dict(zip(("publisher", "publisher-place"), rng.choice([("Sage Publications India", "New Delhi"), ("Routledge", "Abingdon"),
                                                                     ("Springer", "Singapore"), ("Palgrave Macmillan", "Cham"), ("Bloomsbury India", "New Delhi")]), strict=True)),
            "page": f"{(start := rng.randint(1, 300))}-{start + rng.randint(8, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(rng.randint(1, 60)), "issue": str(rng.randint(1, 12)),
            "page": f"{(start := rng.randint(1, 900))}-{start + rng.randint(8, 30)}",
        }  # fmt: skip
        if rng.random() < 0.45:
            record["DOI"] = (
                f"10.{rng.choice(['1177', '1108', '1016', '1080', '17010'])}/{rng.choice(['0972', 'ijom', 'jibr', 'gbr'])}.{rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": rng.choice(_UNIVERSITIES),
                                  "genre": rng.choice(_GENRES)}  # fmt: skip
        if rng.random() < 0.4:
            record["URL"] = self._url("shodhganga.inflibnet.ac.in")
            record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(4),
                                  "container-title": rng.choice(_CONFERENCES), "issued": {"date-parts": [[self.year()]]},
                                  "publisher-place": rng.choice(["Lucknow", "Indore", "Kozhikode", "New Delhi", "Leicester", "Ahmedabad"]),
                                  "page": f"{(start := rng.randint(1, 400))}-{start + rng.randint(5, 14)}"}  # fmt: skip
        return self._person_work(record, "conference")

    def _company_web(self) -> Work:
        rng = self.rng
        name, tags = rng.choice(_COMPANIES)
        year = self.online_year()
        record: dict[str, Any] = {"type": "webpage", "title": rng.choice([self._title(), "About us", "Our story",
                                  "Investor relations", "Sustainability", "Newsroom", f"Festive campaign {year}"]),
                                  "URL": self._url(rng.choice(["company.in", "corporate.co.in", "brand.com"])),
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._org_work(record, "web", name, tags)

    def _company_report(self) -> Work:
        rng = self.rng
        name, tags = rng.choice(_COMPANIES)
        year = self.online_year()
        record: dict[str, Any] = {
            "type": "report", "title": rng.choice([f"Integrated annual report {year - 1}-{str(year)[2:]}",
                                                   f"Annual report {year - 1}-{year % 100:02d}",
                                                   f"Business responsibility and sustainability report {year - 1}-{year % 100:02d}",
                                                   self._title()]),
            "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0],
            "publisher-place": rng.choice(["Mumbai", "New Delhi", "Gurugram", "Noida", "Bengaluru", "Kolkata"]),
        }  # fmt: skip
        if rng.random() < 0.65:
            record["URL"] = self._url("investors.company.in")
            record["accessed"] = self.accessed_after([year])
        return self._org_work(record, "report", name, tags)

    def _body(self) -> Work:
        rng = self.rng
        name, tags = rng.choice(_BODIES)
        year = self.online_year()
        record: dict[str, Any] = {"type": "report", "title": rng.choice([self._title(), f"Internet in India {year}",
                                  f"The ASCI Code for Self-Regulation of Advertising Content in India ({year} edition)" if "ASCI" in name or "Advertising" in name else f"India digital advertising report {year}",
                                  f"Annual report {year - 1}-{year % 100:02d}"]),
                                  "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0],
                                  "publisher-place": rng.choice(["New Delhi", "Mumbai"]),
                                  "URL": self._url(rng.choice(["iamai.in", "ficci.in", "ascionline.in", "ibef.org", "npci.org.in"]))}  # fmt: skip
        record["accessed"] = self.accessed_after([year])
        return self._org_work(record, "report", name, tags)

    def _government(self) -> Work:
        rng = self.rng
        name = rng.choice(_GOVERNMENT)
        year = self.online_year()
        title = rng.choice([self._title(), f"Annual report {year - 1}-{year % 100:02d}",
                            f"The Indian telecom services performance indicators: January-March {year}",
                            f"Household consumption expenditure survey {year - 1}-{year % 100:02d}: fact sheet",
                            f"Payment systems in India: vision {year + 1}", "Census of India 2011: primary census abstract",
                            f"Consultation paper on {rng.choice(_TOPICS)}"])  # fmt: skip
        domain = rng.choice(["rbi.org.in", "trai.gov.in", "meity.gov.in", "mospi.gov.in", "pib.gov.in"])
        if title.startswith("Census"):
            name, year, domain = (
                "Office of the Registrar General & Census Commissioner, India",
                2013,
                "censusindia.gov.in",
            )
        record: dict[str, Any] = {"type": rng.choice(["report", "webpage"]), "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": self._url(domain),
                                  "accessed": self.accessed_after([year])}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = "New Delhi"
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _legislation(self) -> Work:
        rng = self.rng
        author, title, year = rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": self._url(rng.choice(["indiacode.nic.in", "egazette.gov.in", "meity.gov.in", "consumeraffairs.nic.in"])),
                                  "accessed": self.accessed_after([year])}  # fmt: skip
        return self._org_work(record, "legislation", author, {"government", "legislation"})

    def _market_research(self) -> Work:
        rng = self.rng
        name = rng.choice(_RESEARCH)
        year = self.online_year()
        place = rng.choice(["India", "urban India", "rural India", "Bharat", "North India", "the UK", "Canada"])
        title = rng.choice([f"{rng.choice(['Brand footprint', 'Winning in Bharat', 'FMCG snapshot', 'Festive shopper report'])} {year}",
                            f"How {place} shops online {year}", f"TV and digital ad volumes, {rng.choice(['IPL', 'festive'])} {year}",
                            f"Quick commerce in {place}: market size and forecast to 2030",
                            f"Share of UPI users in {place} by age group, {year}", f"Smartphone shipments in India, Q{rng.randint(1, 4)} {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" (")[0],
                                  "URL": self._url(rng.choice(["kantar.com/inspiration", "nielseniq.com/global/en", "barcindia.co.in", "redseer.com", "statista.com/statistics"]))}  # fmt: skip
        if rng.random() < 0.92:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        rng = self.rng
        year = self.online_year()
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "author": self._people(2),
                                  "container-title": rng.choice(_PRESS), "issued": {"date-parts": [[year, month, day]]},
                                  "URL": self._url(rng.choice(["timesofindia.indiatimes.com", "hindustantimes.com", "bhaskar.com",
                                                               "jagran.com", "amarujala.com", "indianexpress.com", "livemint.com",
                                                               "economictimes.indiatimes.com", "afaqs.com", "easterneye.biz"]))}  # fmt: skip
        record["accessed"] = self.accessed_after([year])
        if rng.random() < 0.12:  # a Hindi, Punjabi or Urdu byline as the paper prints it, the title glossed
            family = rng.choice(_SCRIPT_PEOPLE)
            record["author"] = [{"family": family}]
            record["container-title"] = rng.choice(_SCRIPT_PRESS)
            record["title"] = rng.choice(_LOCAL_TITLES[2:7])
        elif rng.random() < 0.06:
            record["title"] = rng.choice(_LOCAL_TITLES[2:7])
        return self._person_work(record, "news")

    def _news_unsigned(self) -> Work:
        rng = self.rng
        year = self.online_year()
        script = rng.random() < 0.25
        name = rng.choice(_SCRIPT_PRESS) if script else rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": rng.choice(_LOCAL_TITLES[2:7]) if script else self._title(),
                                  "container-title": name, "issued": {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]},
                                  "URL": self._url(rng.choice(["bhaskar.com", "jagran.com", "amarujala.com", "ndtv.com", "aajtak.in", "abplive.com"]))}  # fmt: skip
        record["accessed"] = self.accessed_after([year])
        return self._org_work(record, "news", name, {"press"})

    def _social(self) -> Work:
        rng = self.rng
        year = self.online_year()
        record: dict[str, Any] = {"type": "post", "title": rng.choice([f"Happy {f} from all of us! #{f}WithUs" for f in ("Lohri", "Baisakhi", "Holi", "Diwali", "Eid", "Gurpurab")] + [self._title()]),
                                  "container-title": rng.choice(_PLATFORMS), "issued": {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]},
                                  "URL": self._url(rng.choice(["instagram.com/p", "x.com/status", "linkedin.com/posts"]))}  # fmt: skip
        record["accessed"] = self.accessed_after([year])
        if rng.random() < 0.5:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        name, tags = rng.choice(_COMPANIES[:48])
        return self._org_work(record, "social", name, tags)

    def _podcast(self) -> Work:
        rng = self.rng
        year = self.online_year()
        record: dict[str, Any] = {"type": "song", "title": f"{rng.choice(_SHOWS)}: {self._title()}", "medium": "Podcast",
                                  "author": self._people(2), "issued": {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]},
                                  "URL": self._url(rng.choice(["open.spotify.com/episode", "podcasts.apple.com/in", "jiosaavn.com/shows"]))}  # fmt: skip
        record["accessed"] = self.accessed_after([year])
        return self._person_work(record, "podcast")

    def _video(self) -> Work:
        rng = self.rng
        year = self.online_year()
        record: dict[str, Any] = {"type": "motion_picture", "title": self._title(), "medium": "YouTube",
                                  "issued": {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]},
                                  "URL": self._url("youtube.com/watch")}  # fmt: skip
        record["accessed"] = self.accessed_after([year])
        if rng.random() < 0.5:
            record["author"] = self._people(2)
            return self._person_work(record, "video")
        name, tags = rng.choice(_COMPANIES[:48])
        return self._org_work(record, "video", name, tags)

    def _undated_web(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "webpage", "title": rng.choice([self._title(), "About us", "Our heritage",
                                  "Frequently asked questions", "Careers", "Grievance redressal"]),
                                  "URL": self._url(rng.choice(["haldirams.com", "amul.com", "dabur.com", "paytm.com", "bikaji.com", "policybazaar.com"])),
                                  "accessed": self.accessed_after(None)}  # fmt: skip
        if rng.random() < 0.3:
            record["author"] = self._people(2)
            record["title"] = self._title()
            return self._person_work(record, "web")
        name, tags = rng.choice(_COMPANIES + _BODIES)
        return self._org_work(record, "web", name, tags | {"undated"})

    def _web_person(self) -> Work:
        rng = self.rng
        year = self.online_year()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "container-title": rng.choice(["YourStory", "Inc42", "Medium", "Social Samosa", "LinkedIn Pulse"]),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(rng.choice(["yourstory.com", "inc42.com", "socialsamosa.com"]))}  # fmt: skip
        record["accessed"] = self.accessed_after([year])
        return self._person_work(record, "web")
