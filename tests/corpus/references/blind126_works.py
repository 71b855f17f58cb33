"""The blind126 pool's works (HELD OUT): what marketers in South India and its diaspora cite.

Written without reading the checker, its tests or any other pool. Marketers at banks and NBFCs, gold-loan and
chit-fund firms, jewellers and silk and saree retailers, FMCG, coffee, tea and spice firms, IT and SaaS firms,
two-wheeler makers, film houses and OTT platforms, hospitals, edtech, hotels and agencies in Chennai, Coimbatore,
Madurai, Kochi, Thiruvananthapuram, Kozhikode, Bengaluru, Mysuru, Hyderabad and Visakhapatnam, and in Singapore,
Dubai, Kuala Lumpur, London and New Jersey, cite Indian and international textbooks and journals, theses from Anna
University, IIT Madras, IIM Bangalore, the University of Kerala and Osmania University, the RBI, SEBI, TRAI and
FSSAI, Acts ("Act No. 35 of 2019") and Government Orders ("G.O. (Ms) No. 123"), trade bodies, research firms, the
Indian and Gulf press, brands' social posts, podcasts and videos. Names follow the region's conventions: an initial
for the father's or the village's name before a given name ("R. Karthikeyan", "K. S. Ravi"), Kerala house names,
Telugu surnames first, "Nair", "Pillai", "Reddy", "Iyer", Syrian Christian and Muslim names, one name spelt several
ways, and the expatriates who write about them.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# (family, given) as a reference manager holds them: a Tamil name with its initial as the "given" part, a Kerala
# house name or caste name as family, a Telugu surname first, a Syrian Christian father's name as surname.
_INITIAL_NAMES = [
    ("Karthikeyan", "R."), ("Ravi", "K. S."), ("Senthilkumar", "M."), ("Saravanan", "P."), ("Muthukumar", "A. R."),
    ("Thirunavukkarasu", "S."), ("Kalaiselvi", "V."), ("Vijayalakshmi", "N."), ("Meenakshi", "T."),
    ("Anbarasan", "G."), ("Ilango", "C. K."), ("Palaniappan", "S. M."), ("Ramasamy", "K."), ("Chidambaram", "P."),
    ("Jeyakumar", "D."), ("Thenmozhi", "R."), ("Velmurugan", "S."), ("Sundararajan", "V."), ("Annamalai", "K."),
    ("Bharathi", "M."), ("Mohanasundaram", "T."), ("Kavitha", "J."), ("Nagarajan", "A."), ("Ilavarasi", "P."),
]  # fmt: skip
_FULL_NAMES = [
    ("Nair", "Lakshmi Devi"), ("Menon", "Anjali"), ("Pillai", "Gopakumar"), ("Kurup", "Sreeja"), ("Panicker", "Arun"),
    ("Warrier", "Meera"), ("Namboothiri", "Vishnu"), ("Iyer", "Subramanian"), ("Iyengar", "Padmini"),
    ("Mathew", "Thomas"), ("Kurian", "Anna"), ("Varghese", "Jinu"), ("Chacko", "Bincy"), ("George", "Jobin"),
    ("Jacob", "Elizabeth"), ("Abraham", "Sanju"), ("Philip", "Reshma"), ("Puthenpurackal", "Joseph Mathew"),
    ("Kallarakkal", "Tessy"), ("Thekkedath", "Ajith"), ("Vadakkedath", "Suresh Babu"), ("Rahman", "Abdul"),
    ("Basheer", "Muhammed"), ("Beevi", "Fathima"), ("Shameer", "K. P."), ("Koya", "Nisar Ahamed"),
    ("Gowda", "Manjunath"), ("Hegde", "Shwetha"), ("Shetty", "Deepa"), ("Rao", "Ranganath"), ("Bhat", "Shivaprasad"),
    ("Kamath", "Ganesh"), ("Shenoy", "Prathibha"), ("Murthy", "Nagaraj"), ("Reddy", "Srinivasa"),
    ("Reddy", "Padmaja"), ("Naidu", "Venkata Ramana"), ("Chowdary", "Sai Kiran"), ("Varma", "Sravani"),
    ("Yarlagadda", "Lakshmi Prasad"), ("Nallamothu", "Ravi Teja"), ("Kotagiri", "Naga Chaitanya"),
    ("Gummadi", "Srilatha"), ("Pasupuleti", "Venkata Subba Rao"), ("Kondapalli", "Haritha"),
    ("Srinivasan", "Anand"), ("Sreenivasan", "Anand"), ("Shrinivasan", "Priya"), ("Subramanian", "Lakshmi"),
    ("Subramaniam", "Lakshmy"), ("Subrahmanyam", "Laxmi"), ("Jayaraman", "Geetha"), ("Jeyaraman", "Githa"),
    ("Sreekumar", "Divya"), ("Srikumar", "Divya"), ("Krishnan", "Hari"), ("Mohammed", "Shafi"),
    ("Muhammed", "Shafeeq"), ("Mohamed", "Riyas"), ("D'Souza", "Merlin"), ("D'Cruz", "Anitha"),
    ("Fernandes", "Clement"), ("Rajaratnam", "Selvi"), ("Thambiah", "Niranjan"), ("Suppiah", "Kumaran"),
]  # fmt: skip
# Tamil and Sanskrit names in scholarly transliteration, as some Tamil-studies and history authors print them.
_DIACRITIC_NAMES = [("Cuppiramaṇiyaṉ", "Ka."), ("Kōvintaṉ", "Ā."), ("Śrīnivāsan", "Ānand"), ("Rāmaṇan", "Ś."),
                    ("Veṅkaṭēśvaran", "K."), ("Nārāyaṇan", "Pārvati")]  # fmt: skip
# The expatriates and colleagues who write with them (Singapore, Dubai, Kuala Lumpur, London, New Jersey).
_EXPAT_NAMES = [("Østergaard", "Mette"), ("Müller", "Jürgen"), ("Tan", "Wei Ling"), ("Lim", "Boon Huat"),
                ("Al-Mansoori", "Fatima"), ("Abdul Razak", "Nurul"), ("O'Donnell", "Siobhán"), ("Smith", "Rebecca"),
                ("Whitfield", "James"), ("Fernández", "Lucía"), ("Goldberg", "Aaron"), ("Okafor", "Chiamaka"),
                ("Wong", "Kar Mun"), ("Hughes", "Owen"), ("Lemaître", "Céline")]  # fmt: skip
# Mononymous authors entered whole, initials first, as a candidate types them into a reference manager.
_LITERAL_NAMES = ["R. Karthikeyan", "K. S. Ravi", "Kumaran a/l Suppiah", "Rajendran s/o Muthu", "A. R. Rahmath"]

_PUBLISHERS = [("Pearson India", "Noida"), ("McGraw Hill Education (India)", "Chennai"),
               ("Himalaya Publishing House", "Mumbai"), ("Sultan Chand & Sons", "New Delhi"),
               ("Vikas Publishing House", "Noida"), ("Sage Publications India", "New Delhi"),
               ("Oxford University Press", "New Delhi"), ("PHI Learning", "New Delhi"), ("Wiley India", "New Delhi"),
               ("S. Chand", "New Delhi"), ("Cengage Learning India", "Delhi"), ("Penguin Random House India", "Gurugram"),
               ("Westland", "Chennai"), ("DC Books", "Kottayam"), ("Kalachuvadu Publications", "Nagercoil"),
               ("Mathrubhumi Books", "Kozhikode"), ("Routledge", "Abingdon"), ("Palgrave Macmillan", "Singapore"),
               ("Emerald Publishing", "Bingley"), ("Kogan Page", "London")]  # fmt: skip
_BOOK_TITLES = ["Marketing management: a South Asian perspective", "Rural marketing: text and cases",
                "Services marketing: the Indian context", "Brand management in India", "Retail management",
                "Consumer behaviour in the Indian context", "Digital marketing for Indian SMEs",
                "Marketing of financial services", "Strategic brand management: Indian edition",
                "Integrated marketing communications", "Marketing research: an applied orientation",
                "B2B marketing for SaaS firms", "Hospitality marketing in Kerala", "The business of Tamil cinema",
                "Gold: the Indian obsession", "Selling silk: the Kanchipuram story", "Chit funds and the middle class",
                "Bottom of the pyramid marketing", "Family business and brand succession in South India",
                "The coffee trail: from Chikkamagaluru to the café"]  # fmt: skip
_LOCAL_TITLES = [
    "Pongal panikaala virpanai uthigal [Pongal festive sales strategies]",
    "Thangam vaangum pazhakkam [The habit of buying gold]",
    "Kaithari pattu: oru sandhai aayvu [Handloom silk: a market study]",
    "Onam vipaniyum upabhokthavum [The Onam market and the consumer]",
    "Swarnavum Malayaliyum [Gold and the Malayali]", "Pravasi nikshepam [Expatriate deposits]",
    "Sankranti ammakaalu: grameena vinimogadarulu [Sankranti sales: rural consumers]",
    "Chit fund lo nammakam [Trust in chit funds]", "Ugadi habbada maarukatte [The Ugadi festival market]",
    "தங்க நகை வாங்கும் பழக்கம் [The habit of buying gold jewellery]",
    "ഓണം വിപണി [The Onam market]", "సినిమా మార్కెటింగ్ [Film marketing]",
    "Tamil thiraippada vilambaram [Tamil film publicity]", "Malayala cinemayude OTT kaalam [Malayalam cinema in the OTT era]",
]  # fmt: skip
_JOURNALS = ["IIMB Management Review", "Vikalpa: The Journal for Decision Makers", "Indian Journal of Marketing",
             "Journal of Indian Business Research", "South Asian Journal of Business Studies", "Global Business Review",
             "Asia Pacific Journal of Marketing and Logistics", "Journal of Retailing and Consumer Services",
             "International Journal of Bank Marketing", "SCMS Journal of Indian Management",
             "Prabandhan: Indian Journal of Management", "Paradigm", "Decision", "Journal of Business Research",
             "Tourism Management Perspectives", "Journal of Islamic Marketing", "Management and Labour Studies",
             "Journal of Creative Communications", "Media Asia", "Asian Journal of Communication"]  # fmt: skip
_TOPICS = ["gold loan", "chit fund", "festive season", "Onam", "Pongal", "Akshaya Tritiya", "Diwali", "wedding jewellery",
           "silk saree", "filter coffee", "spice export", "two-wheeler", "OTT subscription", "pan-India film",
           "hospital brand", "edtech", "SaaS", "UPI payment", "NRI deposit", "Gulf remittance", "homestay",
           "Ayurveda tourism", "Tier-2 city", "vernacular content", "WhatsApp commerce", "regional influencer",
           "temple town", "private label masala", "hallmarked jewellery", "microfinance"]  # fmt: skip
_PLACES = ["Tamil Nadu", "Kerala", "Karnataka", "Andhra Pradesh", "Telangana", "South India", "Chennai", "Coimbatore",
           "Madurai", "Kochi", "Thiruvananthapuram", "Kozhikode", "Bengaluru", "Mysuru", "Hyderabad",
           "Visakhapatnam", "the GCC", "Singapore", "Malaysia", "the Indian diaspora"]  # fmt: skip
_UNIVERSITIES = [("Anna University", "Chennai"), ("Indian Institute of Technology Madras", "Chennai"),
                 ("Indian Institute of Management Bangalore", "Bengaluru"), ("University of Kerala", "Thiruvananthapuram"),
                 ("Osmania University", "Hyderabad"), ("University of Madras", "Chennai"), ("Bharathiar University", "Coimbatore"),
                 ("Madurai Kamaraj University", "Madurai"), ("Cochin University of Science and Technology", "Kochi"),
                 ("University of Mysore", "Mysuru"), ("Andhra University", "Visakhapatnam"),
                 ("Indian Institute of Management Kozhikode", "Kozhikode")]  # fmt: skip
_CONFERENCES = ["Proceedings of the IIM Bangalore Marketing Research Conference",
                "Proceedings of the International Conference on Marketing in Emerging Economies (ICMEE)",
                "Proceedings of the Kerala Management Association Annual Convention",
                "Proceedings of the 9th Anna University Business Research Symposium",
                "Proceedings of the Academy of Indian Marketing (AIM) Conference"]  # fmt: skip
_COMPANIES = ["Muthoot Finance Ltd", "Manappuram Finance Ltd", "Shriram Chits Pvt. Ltd.", "Margadarsi Chit Fund Pvt. Ltd.",
              "Kerala State Financial Enterprises Ltd (KSFE)", "The Federal Bank Ltd", "South Indian Bank Ltd",
              "Karur Vysya Bank", "City Union Bank Ltd", "Joyalukkas India Pvt. Ltd.", "Malabar Gold & Diamonds",
              "Kalyan Jewellers India Ltd", "GRT Jewellers", "The Chennai Silks", "Pothys", "Nalli Silks", "Seematti",
              "Sakthi Masala Pvt. Ltd.", "Eastern Condiments Pvt. Ltd.", "MTR Foods Pvt. Ltd.", "Hatsun Agro Product Ltd",
              "CavinKare Pvt. Ltd.", "Jyothy Labs Ltd", "Tata Coffee Ltd", "Kannan Devan Hills Plantations Company Pvt. Ltd.",
              "Zoho Corporation Pvt. Ltd.", "Freshworks Inc.", "Chargebee", "TVS Motor Company Ltd", "Ather Energy Ltd",
              "Apollo Hospitals Enterprise Ltd", "Aster DM Healthcare", "Aravind Eye Care System",
              "Think & Learn Pvt. Ltd. (BYJU'S)", "Sun TV Network Ltd", "Lyca Productions", "Hombale Films",
              "Mythri Movie Makers", "Arha Media & Broadcasting Pvt. Ltd. (aha)", "CGH Earth", "R K Swamy Ltd",
              "Stark Communications Pvt. Ltd.", "Beyond Brand LLP", "Nativelead Foundation", "Kudumbashree Mission"]  # fmt: skip
_TRADE_BODIES = ["Advertising Standards Council of India (ASCI)", "Confederation of Indian Industry (CII)", "FICCI",
                 "Internet and Mobile Association of India (IAMAI)", "NASSCOM", "Society of Indian Automobile Manufacturers",
                 "All India Gem & Jewellery Domestic Council", "World Gold Council", "Spices Board India", "Coffee Board of India",
                 "Tea Board India", "Madras Management Association", "Kerala Management Association",
                 "Hyderabad Software Enterprises Association", "Telugu Film Chamber of Commerce",
                 "Kerala Film Chamber of Commerce", "Tamil Film Producers Council", "India Brand Equity Foundation"]  # fmt: skip
_BANKING = [
    "Report on trend and progress of banking in India {y}-{y2}",
    "Financial stability report, December {y}",
    "Press release: revised norms on loans against gold jewellery",
    "Master circular on customer service in banks",
]
_REGULATORS = [
    ("Reserve Bank of India", "rbi.org.in", "Mumbai", _BANKING), ("Reserve Bank of India (RBI)", "rbi.org.in", "Mumbai", _BANKING),
    ("Securities and Exchange Board of India", "sebi.gov.in", "Mumbai", ["Consultation paper on finfluencers", "Annual report {y}-{y2}"]),
    ("SEBI", "sebi.gov.in", "Mumbai", ["Investor survey {y}", "Consultation paper on finfluencers"]),
    ("Telecom Regulatory Authority of India (TRAI)", "trai.gov.in", "New Delhi", ["The Indian telecom services performance indicators: January-March {y}", "Consultation paper on OTT communication services"]),
    ("Food Safety and Standards Authority of India", "fssai.gov.in", "New Delhi", ["Guidance note on labelling of spices and condiments", "Eat Right India: annual report {y}-{y2}"]),
    ("FSSAI", "fssai.gov.in", "New Delhi", ["Advisory on misleading health claims", "Licensing and registration FAQs"]),
    ("National Payments Corporation of India", "npci.org.in", "Mumbai", ["UPI product statistics", "UPI 123PAY for feature phones"]),
    ("Ministry of Information and Broadcasting", "mib.gov.in", "New Delhi", ["Advisory to OTT platforms on online betting advertisements", "Annual report {y}-{y2}"]),
    ("Ministry of Tourism, Government of India", "tourism.gov.in", "New Delhi", ["India tourism statistics {y}", "Incredible India campaign brief"]),
    ("Department of Tourism, Government of Kerala", "keralatourism.org", "Thiruvananthapuram", ["Kerala tourism statistics {y}", "Responsible tourism mission: progress report"]),
    ("Kerala Tourism", "keralatourism.org", "Thiruvananthapuram", ["Onam week celebrations {y}", "Tourist statistics {y}"]),
    ("Government of Tamil Nadu", "tn.gov.in", "Chennai", ["Tamil Nadu economic survey {y}-{y2}", "Tamil Nadu MSME policy {y}"]),
    ("Government of Kerala", "kerala.gov.in", "Thiruvananthapuram", ["Economic review {y}", "Kerala start-up policy {y}"]),
    ("Government of Telangana", "telangana.gov.in", "Hyderabad", ["Telangana ICT policy {y}-{y2}", "Socio economic outlook {y}"]),
    ("Government of Karnataka", "karnataka.gov.in", "Bengaluru", ["Karnataka tourism policy {y}-{y2}", "Economic survey of Karnataka {y}-{y2}"]),
    ("Central Board of Film Certification", "cbfcindia.gov.in", "Mumbai", ["Annual report {y}", "Certified films: regional languages, {y}"]),
    ("Bureau of Indian Standards", "bis.gov.in", "New Delhi", ["Hallmarking: frequently asked questions", "HUID-based hallmarking: progress report {y}"]),
    ("Ministry of Statistics and Programme Implementation", "mospi.gov.in", "New Delhi", ["Household consumption expenditure survey {y}-{y2}", "Periodic labour force survey {y}"]),
]  # fmt: skip
_RESEARCH = ["RedSeer Strategy Consultants", "Kantar India", "NielsenIQ", "CRISIL", "ICRA", "CareEdge Ratings",
             "Ormax Media", "KPMG in India", "EY", "Bain & Company", "Statista", "IMARC Group", "Mordor Intelligence",
             "Euromonitor International"]  # fmt: skip
_NEWS = ["The Hindu", "The Hindu BusinessLine", "The Economic Times", "Deccan Herald", "The New Indian Express",
         "Deccan Chronicle", "Onmanorama", "The News Minute", "Mint", "Business Standard", "Gulf News",
         "The Straits Times", "Khaleej Times", "The Star", "India Abroad", "afaqs!", "exchange4media",
         "Mathrubhumi English", "Eenadu", "Dinamalar"]  # fmt: skip
_LAWS = [
    ("Government of India", "The Consumer Protection Act, 2019 (Act No. 35 of 2019)", 2019),
    ("Government of India", "The Digital Personal Data Protection Act, 2023 (Act No. 22 of 2023)", 2023),
    ("Government of India", "The Chit Funds (Amendment) Act, 2019 (Act No. 42 of 2019)", 2019),
    ("Government of India", "The Cinematograph (Amendment) Act, 2023 (Act No. 12 of 2023)", 2023),
    ("Government of Tamil Nadu", "The Tamil Nadu Protection of Interests of Depositors (in Financial Establishments) Act, 1997 (Tamil Nadu Act 44 of 1997)", 1997),
    ("Government of Kerala", "The Kerala Money Lenders (Amendment) Act, 2012 (Act No. 17 of 2012)", 2012),
    ("Food Safety and Standards Authority of India", "Food Safety and Standards (Advertising and Claims) Regulations, 2018", 2018),
    ("Central Consumer Protection Authority", "Guidelines for Prevention of Misleading Advertisements and Endorsements for Misleading Advertisements, 2022", 2022),
    ("Bureau of Indian Standards", "Hallmarking of Gold Jewellery and Gold Artefacts Order, 2020", 2020),
    ("Reserve Bank of India", "Master Direction – Reserve Bank of India (Non-Banking Financial Company – Scale Based Regulation) Directions, 2023. RBI/DoR/2023-24/106", 2023),
    ("Securities and Exchange Board of India", "SEBI (Listing Obligations and Disclosure Requirements) Regulations, 2015", 2015),
]  # fmt: skip
_GOS = [("Government of Tamil Nadu", "Tourism, Culture and Religious Endowments (T2) Department", "Chennai"),
        ("Government of Tamil Nadu", "Handlooms, Handicrafts, Textiles and Khadi (G1) Department", "Chennai"),
        ("Government of Kerala", "Finance (Taxes) Department", "Thiruvananthapuram"),
        ("Government of Kerala", "Tourism (A) Department", "Thiruvananthapuram"),
        ("Government of Telangana", "Industries and Commerce (IP&INF) Department", "Hyderabad"),
        ("Government of Andhra Pradesh", "Information Technology, Electronics & Communications Department", "Amaravati"),
        ("Government of Karnataka", "Kannada and Culture Secretariat", "Bengaluru")]  # fmt: skip
_PODCASTS = ["The Marketing Chai podcast", "Kochi Startup Stories", "Brand Sutra", "Madras Marketing Talks",
             "The Filter Kaapi Pod", "Hyderabad SaaS Diaries"]  # fmt: skip


class Blind126WorkFactory(WorkFactory):
    """Works for the blind126 pool: South Indian and diaspora names, firms, regulators, laws, theses and press."""

    DRAWN = (("book", 13), ("ebook", 3), ("chapter", 6), ("journal", 22), ("thesis", 5), ("conference", 4),
             ("company", 9), ("trade-body", 4), ("regulator", 6), ("law", 3), ("government-order", 2),
             ("market-research", 7), ("news", 6), ("news-unsigned", 3), ("social", 3), ("podcast", 2), ("video", 2),
             ("undated-web", 4))  # fmt: skip
    KINDS = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "legislation", "news", "social",
             "podcast", "video")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 126 + 12601)
        self.twin_org: tuple[str, set[str], int] | None = None

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.3:
            family, given = self.rng.choice(_INITIAL_NAMES)
        elif roll < 0.8:
            family, given = self.rng.choice(_FULL_NAMES)
        elif roll < 0.87:
            family, given = self.rng.choice(_DIACRITIC_NAMES)
        elif roll < 0.97:
            family, given = self.rng.choice(_EXPAT_NAMES)
        else:
            return {"literal": self.rng.choice(_LITERAL_NAMES)}
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 28, 16, 9, 5, 3, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if name not in people:
                people.append(name)
        return people

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        first = record["author"][0]
        if "literal" not in first:
            return super()._person_work(record, kind)
        record["id"] = self._id()
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, first["literal"], year, False, len(record["author"]), kind, {"literal-name"})

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1978, 1999)
        return self.rng.randint(2005, 2025)

    def accessed_after(self, issued: list[int]) -> dict[str, list[list[int]]]:
        year = self.rng.randint(max(issued[0] + 1, 2023), 2026) if issued[0] < 2025 else 2025
        if year > issued[0]:
            return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        month = max(issued[1] if len(issued) > 1 else 1, 11)
        return {"date-parts": [[year, month, 28]]}

    def _url(self, domain: str) -> str:
        slug = "-".join(
            [
                *self.rng.choice(_TOPICS).lower().split(),
                self.rng.choice(["trends", "report", "insights", "story", "2024", "faq"]),
            ]
        )
        return f"https://www.{domain}/{slug}"

    def _title(self) -> str:
        topic, place = self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} marketing in {place}: evidence from {self.rng.choice(['urban', 'semi-urban', 'rural', 'NRI'])} consumers",
                 f"Determinants of {topic} adoption among {self.rng.choice(['women', 'millennial', 'Gen Z', 'farmer', 'salaried', 'MSME'])} customers in {place}",
                 f"Trust, tradition and technology: {topic} brands in {place}",
                 f"The impact of {topic} advertising on purchase intention: a study in {place}",
                 f"Regional language content and {topic} engagement in {place}",
                 f"Festive demand and {topic}: a {place} perspective",
                 f"Why {place} customers switch {topic} providers"]  # fmt: skip
        if self.rng.random() < 0.12:
            return self.rng.choice(_LOCAL_TITLES)
        return self.rng.choice(forms)

    def _dated(self, record: dict[str, Any], full: bool = False) -> dict[str, Any]:
        year = self.rng.randint(2014, 2025) if full else self.year()
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)] if full else [year]
        record["issued"] = {"date-parts": [issued]}
        return record

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # One organisation with two works in a year: "(RBI, 2019a)" and "(RBI, 2019b)".
        if "issued" in record and self.twin_org is not None and self.rng.random() < 0.15:
            name, tags, year = self.twin_org
            record["issued"] = {"date-parts": [[year]]}
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
            if "accessed" in record:
                record["accessed"] = self.accessed_after([year])
        elif "issued" in record and self.twin_org is None:
            self.twin_org = (name, tags, record["issued"]["date-parts"][0][0])
        return self._org_work(record, kind, name, tags)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kinds, weights = zip(*self.DRAWN, strict=True)
        kind = kind or self.rng.choices(kinds, weights=weights)[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        title = self.rng.choice(_BOOK_TITLES) if self.rng.random() < 0.7 else self._title()
        record: dict[str, Any] = self._dated({"type": "book", "title": title, "author": self._people(4),
                                              "publisher": publisher, "publisher-place": place})  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 16))
        return self._person_work(record, "book")

    def _ebook(self) -> Work:
        work = self._book()
        if self.rng.random() < 0.5:
            work.record["medium"] = self.rng.choice(["Kindle", "e-book", "EPUB"])
        else:
            work.record["URL"] = self._url(
                self.rng.choice(["books.google.co.in", "ebookcentral.proquest.com", "dokumen.pub"])
            )
            work.record["accessed"] = self.accessed_after(work.record["issued"]["date-parts"][0])
        return work

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = self._dated({
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": self._people(2), "container-title": self.rng.choice(
                ["Marketing in emerging Asia", "Handbook of Indian consumer behaviour", "Festivals, faith and markets",
                 "Media and entertainment in South India", "Digital India: cases in marketing", "The Gulf migration reader"]),
            "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(8, 30)}",
        })  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = self._dated({
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "volume": str(self.rng.randint(1, 60)),
            "issue": str(self.rng.randint(1, 12)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(8, 30)}",
        })  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice(['1177', '1108', '1016', '17010'])}/{self.rng.choice(['ijom', 'jibr', 'gbr', 'vik', 'sajbs'])}.{self.rng.randint(2010, 2025)}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = self._dated({
            "type": "thesis", "title": self._title(), "author": self._people(1),
            "genre": self.rng.choice(["PhD thesis", "Doctoral thesis", "MBA dissertation", "MPhil dissertation", "MS thesis"]),
            "publisher": university, "publisher-place": place,
        })  # fmt: skip
        if self.rng.random() < 0.4:
            record["URL"] = f"https://shodhganga.inflibnet.ac.in/handle/10603/{self.rng.randint(10000, 499999)}"
            record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        record: dict[str, Any] = self._dated({
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": self.rng.choice(_CONFERENCES), "publisher-place": self.rng.choice(["Bengaluru", "Chennai", "Kochi", "Hyderabad"]),
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(5, 15)}",
        })  # fmt: skip
        return self._person_work(record, "conference")

    def _company(self) -> Work:
        name = self.rng.choice(_COMPANIES)
        short = name.split(" (")[0].replace("Pvt. Ltd.", "").replace("Ltd", "").replace("Inc.", "")
        domain = "".join(c for c in short.lower() if c.isalnum())[:18] + ".com"
        if self.rng.random() < 0.5:
            record: dict[str, Any] = {"type": "report", "title": f"{self.rng.choice(['Annual report', 'Integrated annual report', 'Sustainability report', 'Investor presentation'])} {(y := self.rng.randint(2016, 2024))}-{str(y + 1)[2:]}",
                                                  "publisher": name.split(" (")[0], "publisher-place": self.rng.choice(["Chennai", "Kochi", "Thrissur", "Bengaluru", "Hyderabad", "Coimbatore"])}  # fmt: skip
            record["issued"] = {"date-parts": [[y + 1]]}
            if self.rng.random() < 0.6:
                record["URL"] = self._url(domain)
                record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
            return self._org(record, "report", name, {"company"})
        record = {"type": "webpage", "title": self.rng.choice(["About us", "Our story", "Festive collection", "Gold loan at 0.79% per month", "Investor relations", "Careers", "Press releases"]),
                  "URL": self._url(domain)}  # fmt: skip
        if self.rng.random() < 0.8:
            self._dated(record)
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0] if "issued" in record else [2023])
        return self._org(record, "web", name, {"company"} | (set() if "issued" in record else {"undated"}))

    def _trade_body(self) -> Work:
        name = self.rng.choice(_TRADE_BODIES)
        year = self.rng.randint(2010, 2025)
        title = (
            self._title()
            if self.rng.random() < 0.4
            else f"{self.rng.choice(['Annual report', 'Industry outlook', 'Members survey', 'Guidelines for influencer advertising', 'Festive season sentiment survey'])} {year}"
        )
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0], "publisher-place": self.rng.choice(["New Delhi", "Mumbai", "Chennai", "Kochi", "Kottayam", "Bengaluru"])}  # fmt: skip
        if self.rng.random() < 0.7:
            short = "".join(word[0] for word in name.split(" (")[0].split() if word[0].isupper()).lower()
            record["URL"] = self._url(f"{short or 'ibef'}.org.in")
            record["accessed"] = self.accessed_after([year])
        return self._org(record, "report", name, {"trade-body"})

    def _regulator(self) -> Work:
        name, domain, place, titles = self.rng.choice(_REGULATORS)
        year = self.rng.randint(2012, 2025)
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(titles).format(y=year - 1, y2=str(year)[2:]),
            "issued": {"date-parts": [[year]]}, "URL": self._url(domain),
        }  # fmt: skip
        record["accessed"] = self.accessed_after([year])
        if record["type"] == "report":
            record["publisher"], record["publisher-place"] = name.split(" (")[0], place
        return self._org(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _law(self) -> Work:
        name, title, year = self.rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": self._url(self.rng.choice(["indiacode.nic.in", "egazette.gov.in", "fssai.gov.in"]))}  # fmt: skip
        record["accessed"] = self.accessed_after([year])
        return self._org_work(record, "legislation", name, {"government", "legislation"})

    def _government_order(self) -> Work:
        name, department, place = self.rng.choice(_GOS)
        year = self.rng.randint(2012, 2024)
        number = self.rng.randint(3, 480)
        form = self.rng.choice(
            [
                f"G.O. (Ms) No. {number}",
                f"G.O.(P) No. {number}/{year}/Fin",
                f"G.O.Ms.No. {number}",
                f"G.O. (Rt) No. {number}",
            ]
        )
        record: dict[str, Any] = {"type": "report", "title": f"{form}, {department}, dated {self.rng.randint(1, 28):02d}.{self.rng.randint(1, 12):02d}.{year}",
                                  "issued": {"date-parts": [[year]]}, "publisher": name, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self._url(
                {
                    "Government of Tamil Nadu": "tn.gov.in",
                    "Government of Kerala": "kerala.gov.in",
                    "Government of Telangana": "goir.telangana.gov.in",
                    "Government of Andhra Pradesh": "goir.ap.gov.in",
                }.get(name, "karnataka.gov.in")
            )
            record["accessed"] = self.accessed_after([year])
        return self._org_work(record, "legislation", name, {"government", "legislation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.9 else None
        market = self.rng.choice(
            [
                "gold loan",
                "jewellery retail",
                "OTT video",
                "two-wheeler",
                "packaged spices",
                "coffee",
                "edtech",
                "SaaS",
                "hospital chains",
                "regional cinema",
            ]
        )
        titles = [f"India {market} market: size, share and forecast to 2030", f"{market[0].upper()}{market[1:]} in India {year or 2024}",
                  f"The Ormax box office report: {self.rng.choice(['Tamil', 'Telugu', 'Malayalam', 'Kannada'])} films, {year or 2023}",
                  f"Number of {market} customers in South India from 2018 to 2024", f"EY-FICCI media and entertainment report {year or 2024}",
                  f"{market[0].upper()}{market[1:]}: festive season consumer pulse {year or 2023}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": self._url(name.split()[0].lower().strip(",") + ".com")}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self.accessed_after([year or 2023])
        return self._org(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        paper = self.rng.choice(_NEWS)
        record: dict[str, Any] = self._dated({"type": "article-newspaper", "title": self._news_title(),
                                              "author": self._people(2), "container-title": paper,
                                              "URL": self._url(paper.lower().replace(" ", "").replace("!", "") + ".com")}, full=True)  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "news")

    def _news_title(self) -> str:
        return self.rng.choice([
            f"{self.rng.choice(['Gold loan', 'Chit fund', 'Silk saree', 'Two-wheeler', 'Filter coffee', 'OTT'])} demand surges ahead of {self.rng.choice(['Onam', 'Pongal', 'Diwali', 'Ugadi', 'Akshaya Tritiya', 'Vishu'])}",
            f"{self.rng.choice(['Kochi', 'Coimbatore', 'Madurai', 'Hyderabad', 'Mysuru'])} retailers bet on vernacular ads",
            f"Malayalam film crosses ₹{self.rng.randint(50, 250)} crore worldwide", "RBI tightens norms for gold loans",
            f"NRI deposits in Kerala banks hit Rs. {self.rng.randint(2, 3)} lakh crore", "Why Tamil brands are going pan-India",
            f"Telugu OTT platform adds {self.rng.randint(2, 9)} lakh subscribers", self._title()])  # fmt: skip

    def _news_unsigned(self) -> Work:
        work = self._news()
        del work.record["author"]
        name = work.record["container-title"]
        return self._org_work(work.record, "news", name, {"press"})

    def _social(self) -> Work:
        name = self.rng.choice([*_COMPANIES[:30], "Kerala Tourism", "Reserve Bank of India"])
        record: dict[str, Any] = self._dated({"type": "post", "title": self.rng.choice([
            "Celebrate this Onam with our Kasavu collection 🌼", "Pongal O Pongal! Wishing you a harvest of joy",
            "Happy Ugadi from all of us", "Ramadan Kareem: special gold rates this week", "#RBIKehtaHai: never share your OTP",
            "Merry Christmas from God's Own Country", "Diwali dhamaka: zero making charges"]),
            "container-title": self.rng.choice(["Instagram", "Facebook", "X", "LinkedIn"]),
            "URL": self._url(self.rng.choice(["instagram.com", "facebook.com", "x.com", "linkedin.com"]))}, full=True)  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._org_work(record, "social", name, {"company", "social"})

    def _podcast(self) -> Work:
        record: dict[str, Any] = self._dated({"type": "song", "title": f"{self.rng.choice(['Building a D2C brand from Coimbatore', 'How Tamil cinema markets a pan-India release', 'Gold, trust and the Malayali customer', 'Selling SaaS from Chennai to the world'])} [Podcast]",
                                              "author": self._people(2), "container-title": self.rng.choice(_PODCASTS),
                                              "URL": self._url(self.rng.choice(["open.spotify.com", "podcasts.apple.com"]))}, full=True)  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "podcast")

    def _video(self) -> Work:
        record: dict[str, Any] = self._dated({"type": "motion_picture", "title": self.rng.choice([
            "Marketing lessons from the Jailer campaign", "Inside Zoho's rural offices", "How Kerala Tourism builds a brand",
            "The making of a silk saree ad", "Ather's community-led marketing explained"]),
            "medium": "Video", "container-title": "YouTube", "URL": f"https://www.youtube.com/watch?v={''.join(self.rng.choices('abcdefghijkXYZ0123456789', k=11))}"}, full=True)  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        if self.rng.random() < 0.5:
            record["author"] = self._people(1)
            return self._person_work(record, "video")
        return self._org_work(
            record,
            "video",
            self.rng.choice(["Kerala Tourism", "Zoho", "TVS Motor Company", "Sun TV", "IIM Bangalore"]),
            {"company"},
        )

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(["Gold loan interest rates", "How chit funds work", "Silk Mark: frequently asked questions", "Onam sadya recipes and offers", "About Ayurveda holidays", self._title()]),
                                  "URL": self._url(self.rng.choice(["bankbazaar.com", "paisabazaar.com", "silkmarkindia.com", "keralatourism.org", "chennaionline.com"]))}  # fmt: skip
        record["accessed"] = self.accessed_after([2023])
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name = self.rng.choice(
            ["BankBazaar", "Paisabazaar", "Silk Mark Organisation of India", "Kerala Tourism", "ClearTax"]
        )
        return self._org_work(record, "web", name, {"company", "undated"})
