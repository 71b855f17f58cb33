"""Works for the forty-second held-out pool, "blind42": what South Asian consumer, telecom, fintech and edtech
marketers cite on CIM Level 4 to Level 7 courses.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a forty-second hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, digital and
trade marketers at FMCG firms, telecom operators, fintechs, edtechs, D2C start-ups and agencies in India, Pakistan,
Bangladesh and Sri Lanka write and what they read: Indian and global textbooks (two to four co-authors, later
editions, Indian adaptations), journals such as IIMB Management Review, Vikalpa and the Journal of Marketing with
one to eight authors, regulators (TRAI, ASCI, SEBI, RBI, PTA, BTRC, the central banks), Acts listed under the
state, annual reports of listed companies ("Limited", "Ltd", "plc"), Nielsen, Kantar, KPMG India, NASSCOM, IBEF and
Statista, the Indian, Pakistani, Bangladeshi and Sri Lankan business press and its bureaux, afaqs! and
exchange4media, podcasts and LinkedIn posts, theses, web pages with and without dates or access dates. Names:
Indian names with initials and without, single names, Sikh, Tamil, Bengali, Pakistani, Sinhala and Muslim names,
"de Silva" and "de Mel" particles, hyphens, and diaspora or overseas co-authors with accents.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# (family, given) as the names stand on papers and bylines; given names may be initials, "" is a single name.
_NORTH = [("Sharma", "Ankit"), ("Verma", "Neha"), ("Gupta", "Rohit"), ("Agarwal", "Pooja"), ("Mehta", "Kunal"),
          ("Bansal", "Shruti"), ("Khanna", "Vikram"), ("Malhotra", "Ritika"), ("Chaudhary", "Amit"),
          ("Srivastava", "Anupam"), ("Tripathi", "Saurabh"), ("Mishra", "Deepika"), ("Joshi", "Harsh"),
          ("Kapoor", "Tanvi"), ("Saxena", "Mohit"), ("Pandey", "Shalini"), ("Jain", "Ayush"), ("Goyal", "Ishita"),
          ("Rastogi", "Varun"), ("Bhatnagar", "Meenal")]  # fmt: skip
_WEST = [("Patel", "Hetal"), ("Shah", "Jignesh"), ("Desai", "Krupa"), ("Kulkarni", "Aditya"), ("Deshpande", "Gauri"),
         ("Joshi", "Prasad"), ("Gokhale", "Ninad"), ("Parikh", "Foram"), ("Mody", "Zubin"), ("Dalal", "Roshni"),
         ("Sawant", "Omkar"), ("Naik", "Sayali"), ("Thakkar", "Bhavin"), ("Bhosale", "Tejas")]  # fmt: skip
_SIKH = [("Singh", "Harpreet"), ("Kaur", "Simran"), ("Gill", "Jaspreet"), ("Sandhu", "Gurpreet"), ("Dhillon", "Manjot"),
         ("Sidhu", "Navneet"), ("Grewal", "Amanpreet"), ("Bedi", "Kanwaljit"), ("Ahluwalia", "Tejinder"),
         ("Chadha", "Paramjit")]  # fmt: skip
_TAMIL_SOUTH = [("Subramanian", "Lakshmi"), ("Krishnamurthy", "Venkatesh"), ("Ramaswamy", "Arvind"),
                ("Iyer", "Janani"), ("Iyengar", "Srinivas"), ("Natarajan", "Kavitha"), ("Raghavan", "Karthik"),
                ("Sundaram", "Meenakshi"), ("Balasubramaniam", "Priya"), ("Nair", "Anjali"), ("Menon", "Rahul"),
                ("Pillai", "Divya"), ("Reddy", "Srikanth"), ("Rao", "Madhavi"), ("Hegde", "Pradeep"),
                ("Shetty", "Akshata"), ("Kumar", "Senthil"), ("Murugan", "Selvi"), ("Chandrasekaran", "Vidya"),
                ("Thiagarajan", "Gowri")]  # fmt: skip
_BENGALI = [("Chatterjee", "Sayantan"), ("Banerjee", "Moumita"), ("Mukherjee", "Arnab"), ("Bhattacharya", "Ishani"),
            ("Ganguly", "Souvik"), ("Sengupta", "Rituparna"), ("Das", "Anirban"), ("Bose", "Tanushree"),
            ("Ghosh", "Debasish"), ("Dutta", "Paromita"), ("Roy Chowdhury", "Indranil"), ("Majumdar", "Sreya"),
            ("Chakraborty", "Subhajit"), ("Sarkar", "Mahua"), ("Haque", "Tanvir"), ("Rahman", "Nusrat"),
            ("Islam", "Shafiqul"), ("Hossain", "Farhana"), ("Chowdhury", "Rezaul"), ("Khatun", "Sharmin"),
            ("Ahmed", "Tasnim"), ("Uddin", "Kamal"), ("Akter", "Sabrina"), ("Sultana", "Nazia")]  # fmt: skip
_PAKISTANI = [("Khan", "Imran"), ("Qureshi", "Ayesha"), ("Siddiqui", "Bilal"), ("Malik", "Sana"), ("Butt", "Usman"),
              ("Chaudhry", "Hamza"), ("Sheikh", "Mahnoor"), ("Raza", "Ali"), ("Abbasi", "Fatima"), ("Hashmi", "Zain"),
              ("Javed", "Hira"), ("Mirza", "Faisal"), ("Baig", "Sadia"), ("Rizvi", "Ammar"), ("Zaidi", "Mehwish"),
              ("Hussain", "Kashif"), ("Iqbal", "Rabia"), ("Anwar", "Saad"), ("Shah", "Syed Waqas"),
              ("Memon", "Areeba"), ("Jamali", "Fahad"), ("Awan", "Nida")]  # fmt: skip
_SINHALA = [("Perera", "Dilani"), ("Fernando", "Chamara"), ("Jayasinghe", "Nuwan"), ("Wickramasinghe", "Ishara"),
            ("Gunawardena", "Sachini"), ("Rajapaksha", "Thilina"), ("Dissanayake", "Kasun"), ("Senanayake", "Hiruni"),
            ("Bandara", "Lahiru"), ("Karunaratne", "Nadeesha"), ("Herath", "Buddhika"), ("Wijesekera", "Anusha"),
            ("Ekanayake", "Chathura"), ("Samarasinghe", "Piumi"), ("Kumarasinghe", "Dinuka")]  # fmt: skip
_SL_TAMIL = [("Sivakumar", "Tharshini"), ("Thevarajah", "Kajan"), ("Yogarajah", "Mathuri"),
             ("Kanagaratnam", "Suthan"), ("Arulanantham", "Nirosha")]  # fmt: skip
_MUSLIM_INDIA = [("Ansari", "Farhan"), ("Qazi", "Zoya"), ("Shaikh", "Aamir"), ("Khan", "Nazia"), ("Hasan", "Mohd."),
                 ("Pathan", "Arif"), ("Kidwai", "Samina"), ("Naqvi", "Irfan")]  # fmt: skip
# Sri Lankan and Goan names with a particle kept apart, as reference managers hold them.
_PARTICLED = [("de", "Silva", "Nimali"), ("de", "Mel", "Ranjith"), ("de", "Alwis", "Shehani"), ("de", "Souza", "Glen"),
              ("da", "Costa", "Rhea"), ("de", "Zoysa", "Lakmal"), ("de", "Saram", "Anoma")]  # fmt: skip
# Hyphenated or compound family names.
_COMPOUND = [("Roy-Chowdhury", "Ananya"), ("Sen-Gupta", "Arko"), ("Ali-Khan", "Zehra"), ("Wijeratne-Perera", "Tharindu"),
             ("Mohan-Rao", "Keerthi"), ("Haque-Mahmud", "Rumana")]  # fmt: skip
# Overseas co-authors and supervisors, many with accents.
_OVERSEAS = [("Müller", "Katrin"), ("Sánchez", "Elena"), ("Østergaard", "Mikkel"), ("Lefèvre", "Antoine"),
             ("Çelik", "Emre"), ("Nowak", "Zofia"), ("Brennan", "Ciara"), ("Thompson", "Mark"), ("Wright", "Helen"),
             ("O'Connor", "Sean"), ("Lee", "Hyun-woo"), ("Tan", "Wei Ling"), ("Wong", "Mei"), ("Köhler", "Jonas"),
             ("Gómez", "Andrés"), ("Håkansson", "Lena"), ("Björk", "Anders"), ("Dubois", "Élodie")]  # fmt: skip
# Single-name authors (a byline, a Tamil writer or a columnist known by one name).
_SINGLE = ["Ramanathan", "Shobhaa", "Pritish", "Mohanlal", "Kamalini", "Suhel", "Jayaraman", "Anusuya"]

# Organisations as they are written as authors, with tags saying what may make them hard.
_REGULATORS = [
    ("Telecom Regulatory Authority of India (TRAI)", {"government", "abbreviation"}),
    ("Telecom Regulatory Authority of India", {"government"}), ("TRAI", {"government", "acronym"}),
    ("Advertising Standards Council of India (ASCI)", {"trade-body", "abbreviation"}),
    ("Advertising Standards Council of India", {"trade-body"}), ("ASCI", {"trade-body", "acronym"}),
    ("Securities and Exchange Board of India", {"government"}), ("SEBI", {"government", "acronym"}),
    ("Reserve Bank of India", {"government"}), ("RBI", {"government", "acronym"}),
    ("National Payments Corporation of India (NPCI)", {"government", "abbreviation"}), ("NPCI", {"government", "acronym"}),
    ("Pakistan Telecommunication Authority", {"government"}), ("PTA", {"government", "acronym"}),
    ("State Bank of Pakistan", {"government"}), ("Bangladesh Bank", {"government"}),
    ("Bangladesh Telecommunication Regulatory Commission (BTRC)", {"government", "abbreviation"}),
    ("Central Bank of Sri Lanka", {"government"}),
    ("Telecommunications Regulatory Commission of Sri Lanka (TRCSL)", {"government", "abbreviation"}),
    ("Ministry of Electronics and Information Technology", {"government"}),
    ("Ministry of Consumer Affairs, Food & Public Distribution", {"government", "comma", "ampersand"}),
    ("Ministry of Information & Broadcasting", {"government", "ampersand"}),
    ("Department of Consumer Affairs", {"government"}), ("Ministry of Education", {"government"}),
    ("Pakistan Bureau of Statistics", {"government"}), ("Bangladesh Bureau of Statistics", {"government"}),
    ("Department of Census and Statistics, Sri Lanka", {"government", "comma"}),
    ("NITI Aayog", {"government"}), ("Competition Commission of India", {"government"}),
    ("Competition Commission of Pakistan", {"government"}),
]  # fmt: skip
_COMPANIES = [
    ("Hindustan Unilever Limited", {"company"}), ("Tata Consumer Products Ltd", {"company"}),
    ("Reliance Industries Limited", {"company"}), ("Engro Corporation Limited", {"company"}),
    ("ITC Limited", {"company", "acronym"}), ("Marico Limited", {"company"}), ("Dabur India Ltd", {"company"}),
    ("Nestlé India Limited", {"company", "accent"}), ("Britannia Industries Ltd", {"company"}),
    ("Bharti Airtel Limited", {"company"}), ("Reliance Jio Infocomm Limited", {"company"}),
    ("Vodafone Idea Limited", {"company"}), ("Dialog Axiata PLC", {"company"}), ("Grameenphone Ltd", {"company"}),
    ("Jazz", {"company"}), ("Telenor Pakistan", {"company"}), ("One 97 Communications Limited", {"company"}),
    ("bKash Limited", {"company"}), ("PhonePe", {"company"}), ("Haldiram's", {"company", "apostrophe"}),
    ("Domino's Pizza India", {"company", "apostrophe"}), ("Procter & Gamble Hygiene and Health Care Limited", {"company", "ampersand"}),
    ("Unilever Pakistan Limited", {"company"}), ("John Keells Holdings PLC", {"company"}),
    ("Hemas Holdings PLC", {"company"}), ("Square Toiletries Ltd", {"company"}), ("PRAN-RFL Group", {"company"}),
    ("Asian Paints Limited", {"company"}), ("Zomato Limited", {"company"}), ("Nykaa", {"company"}),
    ("Think and Learn Pvt Ltd", {"company"}), ("upGrad", {"company"}), ("Unacademy", {"company"}),
    ("Mamaearth", {"company"}), ("boAt", {"company"}), ("Lux Style Awards", {"company"}),
]  # fmt: skip
_RESEARCH = [
    ("Nielsen India", {"market-research"}), ("NielsenIQ", {"market-research"}), ("Kantar", {"market-research"}),
    ("Kantar Worldpanel India", {"market-research"}), ("KPMG India", {"company"}), ("KPMG", {"company", "acronym"}),
    ("NASSCOM", {"trade-body", "acronym"}), ("India Brand Equity Foundation", {"trade-body"}),
    ("IBEF", {"trade-body", "acronym"}), ("Statista", {"market-research"}), ("PwC India", {"company"}),
    ("Ernst & Young LLP", {"company", "ampersand"}), ("EY-Parthenon", {"company", "hyphen"}),
    ("Deloitte India", {"company"}), ("Bain & Company", {"company", "ampersand"}),
    ("Redseer Strategy Consultants", {"market-research"}), ("McKinsey & Company", {"company", "ampersand"}),
    ("GSMA", {"trade-body", "acronym"}), ("GSMA Intelligence", {"trade-body"}), ("DataReportal", {"market-research"}),
    ("Google & Kantar", {"company", "ampersand"}), ("Meta & Bain", {"company", "ampersand"}),
    ("FICCI-EY", {"trade-body", "hyphen"}), ("Internet and Mobile Association of India (IAMAI)", {"trade-body", "abbreviation"}),
    ("Pakistan Advertisers Society", {"trade-body"}), ("Gallup Pakistan", {"market-research"}),
    ("LIRNEasia", {"market-research"}), ("Chartered Institute of Marketing", {"trade-body"}),
    ("CIM", {"trade-body", "acronym"}), ("Mintel", {"market-research"}),
]  # fmt: skip
_PRESS = ["The Economic Times", "Mint", "Business Standard", "The Hindu BusinessLine", "The Financial Express",
          "Hindustan Times", "The Times of India", "Dawn", "The Express Tribune", "Business Recorder", "The Daily Star",
          "The Business Standard (Bangladesh)", "Daily FT", "Daily Mirror (Sri Lanka)", "afaqs!", "exchange4media",
          "Campaign India", "The Ken", "YourStory", "Inc42", "Entrackr", "Aurora (Dawn)"]  # fmt: skip
_BUREAUX = [("ET Bureau", {"press"}), ("Mint", {"press"}), ("Press Trust of India", {"press"}), ("PTI", {"press", "acronym"}),
            ("BS Reporter", {"press"}), ("Dawn Report", {"press"}), ("Star Business Report", {"press"}),
            ("afaqs!", {"press", "punctuation"}), ("exchange4media News Service", {"press"}),
            ("Reuters", {"press"}), ("IANS", {"press", "acronym"})]  # fmt: skip
_PUBLISHERS = [("Pearson", "Noida"), ("Pearson Education", "New Delhi"), ("McGraw Hill Education", "Chennai"),
               ("Oxford University Press", "New Delhi"), ("Sage", "New Delhi"), ("Wiley India", "New Delhi"),
               ("Cengage Learning India", "New Delhi"), ("Vikas Publishing", "Noida"), ("Himalaya Publishing House", "Mumbai"),
               ("Penguin Random House India", "Gurugram"), ("Routledge", "Abingdon"), ("Kogan Page", "London"),
               ("Pearson", "Harlow"), ("Palgrave Macmillan", "Singapore"), ("HarperCollins India", "Noida"),
               ("Sultan Chand & Sons", "New Delhi"), ("The University Press Limited", "Dhaka")]  # fmt: skip
_JOURNALS = ["IIMB Management Review", "Vikalpa: The Journal for Decision Makers", "Journal of Marketing",
             "Journal of Marketing Research", "Journal of the Academy of Marketing Science", "Indian Journal of Marketing",
             "South Asian Journal of Business Studies", "Global Business Review", "Journal of Indian Business Research",
             "International Journal of Emerging Markets", "Asia Pacific Journal of Marketing and Logistics",
             "Journal of Retailing and Consumer Services", "Management and Labour Studies", "Decision",
             "Pakistan Journal of Commerce and Social Sciences", "Sri Lanka Journal of Marketing",
             "Journal of Consumer Behaviour", "Telecommunications Policy", "Journal of Business Research",
             "IIM Kozhikode Society & Management Review", "Journal of Advertising Research", "Psychology & Marketing"]  # fmt: skip
_TOPICS = ["festive-season advertising", "rural consumers", "Tier 2 and Tier 3 cities", "UPI adoption",
           "mobile wallets", "buy now, pay later", "edtech subscriptions", "regional-language content",
           "influencer marketing", "cricket sponsorship", "sachet pricing", "brand trust", "quick commerce",
           "WhatsApp commerce", "D2C brands", "prepaid mobile tariffs", "5G adoption", "data privacy", "green claims",
           "Gen Z shoppers", "vernacular search", "loyalty programmes", "cash on delivery", "mobile financial services",
           "social commerce", "short-video platforms", "celebrity endorsement", "surrogate advertising",
           "halal branding", "Ayurvedic brands", "modern trade", "kirana stores", "online learning", "customer churn",
           "digital lending", "financial inclusion", "ad-supported OTT", "gamified learning", "premiumisation"]  # fmt: skip
_MARKETS = ["India", "Pakistan", "Bangladesh", "Sri Lanka", "South Asia", "urban India", "rural India", "Karachi",
            "Dhaka", "Colombo", "Bengaluru", "Tamil Nadu", "Punjab", "Kerala", "West Bengal", "Lahore"]  # fmt: skip


class Blind42WorkFactory(WorkFactory):
    """The forty-second pool's works, drawn from their own random source so a seed always gives the same works."""

    KINDS = ("book", "chapter", "journal", "web", "report", "company-report", "government", "legislation", "news",
             "trade-press", "podcast", "social", "thesis")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 43 + 42042)

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.05:
            return {"family": rng.choice(_SINGLE)}
        if roll < 0.11:
            particle, family, given = rng.choice(_PARTICLED)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.15:
            family, given = rng.choice(_COMPOUND)
            return {"family": family, "given": given}
        if roll < 0.25:
            family, given = rng.choice(_OVERSEAS)
            return {"family": family, "given": given}
        group = rng.choice([_NORTH, _WEST, _SIKH, _TAMIL_SOUTH, _TAMIL_SOUTH, _BENGALI, _BENGALI, _PAKISTANI,
                            _PAKISTANI, _SINHALA, _SL_TAMIL, _MUSLIM_INDIA])  # fmt: skip
        family, given = rng.choice(group)
        style = rng.random()
        if style < 0.25:  # initials, as Indian authors often print them: "R. K." or "S."
            extra = rng.choice("ABCDGHKMNPRSTV")
            given = f"{extra}. {given[0]}." if rng.random() < 0.5 else f"{given[0]}."
        elif style < 0.35 and group in (_TAMIL_SOUTH, _SL_TAMIL):  # a father's initial before the given name
            given = f"{rng.choice('KMRSTV')}. {given}"
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[30, 30, 18, 9, 5, 3, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if person not in people:
                people.append(person)
        return people

    def organisation(self) -> tuple[str, set[str]]:
        pool = self.rng.choice([_REGULATORS, _COMPANIES, _RESEARCH, _RESEARCH])
        name, tags = self.rng.choice(pool)
        return name, set(tags)

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.06:  # the classics still cited
            return self.rng.randint(1983, 2005)
        return self.rng.randint(2012, 2025)

    def _accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        low = max((year or 2022) + 1, 2023)
        return {
            "date-parts": [[self.rng.randint(low, max(low, 2026)), self.rng.randint(1, 11), self.rng.randint(1, 28)]]
        }

    def _id(self) -> str:
        self.counter += 1
        return f"b42w{self.counter}"

    def _title(self) -> str:
        rng = self.rng
        topic, other, market = rng.choice(_TOPICS), rng.choice(_TOPICS), rng.choice(_MARKETS)
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {market}: evidence from a consumer survey",
            f"Understanding {topic} among millennial consumers in {market}",
            f"Does {topic} drive {other}? A study of {market}",
            f"{topic[0].upper()}{topic[1:]} and {other}: a structural equation modelling approach",
            f"Antecedents of {topic}: the role of trust",
            f"The impact of {topic} on purchase intention in {market}",
            f"{topic[0].upper()}{topic[1:]} after the pandemic",
            f"From cash to {rng.choice(['UPI', 'QR codes', 'wallets', 'cards'])}: {topic} in {market}",
            f"A qualitative study of {topic} in {market}",
            f"Revisiting {topic}: lessons for {market}",
        ]
        return rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            list(self.KINDS), weights=[12, 4, 22, 12, 9, 7, 6, 3, 12, 5, 2, 3, 2]
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def _book(self) -> Work:
        rng = self.rng
        classic = rng.random()
        if classic < 0.3:  # the textbooks: Kotler, Keller, Koshy and Jha style co-authorship, Indian adaptations
            authors = [{"family": "Kotler", "given": "Philip"}, {"family": "Keller", "given": "Kevin Lane"}]
            if rng.random() < 0.5:
                authors += [
                    {
                        "family": rng.choice(["Koshy", "Chernev", "Sheth"]),
                        "given": rng.choice(["Abraham", "Alexander", "Jagdish N."]),
                    }
                ]
                if rng.random() < 0.6:
                    authors.append({"family": "Jha", "given": "Mithileshwar"})
            title = rng.choice(
                [
                    "Marketing management: a South Asian perspective",
                    "Marketing management",
                    "Principles of marketing: an Indian adaptation",
                    "Strategic brand management",
                ]
            )
            edition = str(rng.randint(12, 16))
        else:
            authors = self._people(4)
            title = rng.choice(
                [
                    self._title(),
                    f"{rng.choice(['Rural', 'Digital', 'Services', 'Retail', 'Consumer', 'Brand'])} marketing: text and cases",
                    f"{rng.choice(_TOPICS).capitalize()}: an Indian casebook",
                    f"Marketing to the {rng.choice(['next billion', 'bottom of the pyramid', 'new middle class', 'Bharat consumer'])}",
                    f"The {rng.choice(['kirana', 'chai', 'bazaar', 'cricket', 'dabba'])} economy: {rng.choice(_TOPICS)} explained",
                ]
            )
            edition = str(rng.randint(2, 8)) if rng.random() < 0.35 else ""
        publisher, place = rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": title, "author": authors,
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if edition:
            record["edition"] = edition
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        rng = self.rng
        publisher, place = rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(rng.randint(1, 2))],
            "container-title": f"{rng.choice(['Handbook of', 'Cases in', 'Perspectives on', 'Readings in'])} {rng.choice(_TOPICS)}",
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := rng.randint(1, 320))}-{start + rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(rng.randint(3, 89)), "issue": str(rng.randint(1, 6)),
            "page": f"{(start := rng.randint(1, 700))}-{start + rng.randint(9, 24)}",
        }  # fmt: skip
        if rng.random() < 0.5:
            record["DOI"] = (
                f"10.{rng.choice(['1016', '1177', '1108', '1080', '1002'])}/{rng.choice(['j.iimb', 'vik', 'jm', 'ijoem', 'sajbs'])}.{rng.randint(2012, 2025)}.{rng.randint(100, 99999)}"
            )
        elif rng.random() < 0.3:
            record["URL"] = f"https://journals.example.ac.in/article/view/{rng.randint(1000, 99999)}"
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0][0])
        return self._person_work(record, "journal")

    def _web(self) -> Work:
        rng = self.rng
        slug = "-".join(self._title().lower().replace(":", "").replace("?", "").replace(",", "").split()[:6])
        record: dict[str, Any] = {"type": "webpage", "title": self._title()}
        year: int | None = None
        if rng.random() < 0.78:
            year = self.year()
            record["issued"] = {"date-parts": [[year]]}
        record["URL"] = (
            f"https://www.{rng.choice(['ibef.org', 'nasscom.in', 'statista.com', 'kantar.com', 'asci.social', 'trai.gov.in', 'afaqs.com', 'exchange4media.com', 'medium.com', 'brandequity.economictimes.indiatimes.com'])}/{slug}"
        )
        if rng.random() < 0.85:  # some candidates leave the access date off
            record["accessed"] = self._accessed_after(year)
        if rng.random() < 0.35:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags)

    def _report(self) -> Work:
        rng = self.rng
        name, tags = rng.choice(_RESEARCH)
        year = self.year()
        title = rng.choice([
            f"{rng.choice(['India', 'Pakistan', 'Bangladesh', 'Sri Lanka', 'South Asia'])} {rng.choice(['FMCG', 'telecom', 'fintech', 'edtech', 'e-commerce', 'D2C', 'media and entertainment'])} report {year}",
            f"How {rng.choice(_MARKETS)} shops: {rng.choice(_TOPICS)}",
            f"The {rng.choice(['state of', 'future of', 'rise of'])} {rng.choice(_TOPICS)} in {rng.choice(_MARKETS)}",
            f"Brand footprint {year}", f"Digital {rng.choice(['2024', '2025', 'India', 'Pakistan'])}: {rng.choice(_TOPICS)}",
            f"Winning in {rng.choice(['Bharat', 'rural India', 'small-town Pakistan', 'Tier 2 cities'])}",
        ])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0],
                                  "publisher-place": rng.choice(["Mumbai", "New Delhi", "Gurugram", "Bengaluru", "Karachi", "Dhaka", "Colombo", "London"])}  # fmt: skip
        if rng.random() < 0.65:
            record["URL"] = (
                f"https://www.{name.split()[0].lower().strip('(),!&')}.com/insights/{rng.randint(100, 9999)}"
            )
            record["accessed"] = self._accessed_after(year)
        if rng.random() < 0.08:
            del record["issued"]
            record["accessed"] = self._accessed_after(None)
            record.setdefault("URL", f"https://www.{name.split()[0].lower().strip('(),!&')}.com/reports")
        return self._org_work(record, "report", name, tags)

    def _company_report(self) -> Work:
        rng = self.rng
        name, tags = rng.choice(_COMPANIES)
        year = self.year()
        title = rng.choice([f"Annual report {year - 1}-{str(year)[2:]}", f"Integrated annual report {year - 1}-{str(year)[2:]}",
                            f"Annual report {year}", f"Sustainability report {year}", f"Investor presentation Q{rng.randint(1, 4)} FY{str(year)[2:]}",
                            f"Business responsibility and sustainability report {year - 1}-{str(year)[2:]}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name, "publisher-place": rng.choice(["Mumbai", "Kolkata", "Karachi", "Colombo", "Dhaka", "Bengaluru"]),
                                  "URL": f"https://www.{name.split()[0].lower().strip(chr(39) + 's')}.com/investors/{year}",
                                  "accessed": self._accessed_after(year)}  # fmt: skip
        return self._org_work(record, "company-report", name, tags | {"company-report"})

    def _government(self) -> Work:
        rng = self.rng
        name, tags = rng.choice(_REGULATORS)
        year = self.year()
        title = rng.choice([
            f"Consultation paper on {rng.choice(_TOPICS)}", f"The Indian telecom services performance indicators, {rng.choice(['January-March', 'April-June', 'July-September'])} {year}",
            f"Guidelines for {rng.choice(['influencer advertising in digital media', 'celebrity endorsements', 'green claims', 'advertising of online gaming', 'digital lending'])}",
            f"Payment systems report {year}", f"Annual report {year - 1}-{str(year)[2:]}", f"Recommendations on {rng.choice(_TOPICS)}",
            f"Master direction on {rng.choice(['digital payment security controls', 'prepaid payment instruments', 'KYC'])}",
            f"Financial inclusion strategy {year}-{year + 5}",
        ])  # fmt: skip
        record: dict[str, Any] = {"type": rng.choice(["report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[year]]} if rng.random() < 0.6 else
                                  {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]}}  # fmt: skip
        if rng.random() < 0.8:
            initials = "".join(w[0] for w in name.split(" (")[0].split() if w[0].isupper()).lower()
            record["URL"] = (
                f"https://www.{initials}.{rng.choice(['gov.in', 'org.in', 'gov.pk', 'org.bd', 'gov.lk'])}/publications/{rng.randint(1000, 99999)}"
            )
            record["accessed"] = self._accessed_after(year)
        return self._org_work(record, "government", name, tags | {"government"})

    def _legislation(self) -> Work:
        rng = self.rng
        state, acts = rng.choice([
            ("Government of India", [("Digital Personal Data Protection Act, 2023", 2023), ("Consumer Protection Act, 2019", 2019),
                                     ("Information Technology Act, 2000", 2000), ("Telecommunications Act, 2023", 2023),
                                     ("Payment and Settlement Systems Act, 2007", 2007)]),
            ("Government of Pakistan", [("Prevention of Electronic Crimes Act, 2016", 2016), ("Payment Systems and Electronic Fund Transfers Act, 2007", 2007)]),
            ("Government of the People's Republic of Bangladesh", [("Consumer Rights Protection Act, 2009", 2009), ("Bangladesh Telecommunication Act, 2001", 2001)]),
            ("Parliament of the Democratic Socialist Republic of Sri Lanka", [("Personal Data Protection Act, No. 9 of 2022", 2022), ("Consumer Affairs Authority Act, No. 9 of 2003", 2003)]),
            ("Ministry of Law and Justice", [("Digital Personal Data Protection Act, 2023", 2023), ("Consumer Protection Act, 2019", 2019)]),
        ])  # fmt: skip
        title, year = rng.choice(acts)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}}
        if rng.random() < 0.7:
            record["URL"] = (
                f"https://www.{rng.choice(['indiacode.nic.in', 'meity.gov.in', 'pakistancode.gov.pk', 'bdlaws.minlaw.gov.bd', 'parliament.lk'])}/act/{year}/{rng.randint(1, 60)}"
            )
            record["accessed"] = self._accessed_after(year)
        return self._org_work(record, "legislation", state, {"legislation", "government"})

    def _news(self) -> Work:
        rng = self.rng
        year = self.year() if rng.random() < 0.5 else rng.randint(2019, 2025)
        headline = rng.choice([
            f"{rng.choice(['Jio', 'Airtel', 'Vi', 'Jazz', 'Zong', 'Grameenphone', 'Dialog', 'Robi'])} raises {rng.choice(['prepaid', 'postpaid', 'data'])} tariffs by {rng.randint(10, 25)}%",
            f"{rng.choice(['HUL', 'ITC', 'Dabur', 'Marico', 'Engro', 'Nestlé Pakistan', 'Square'])} bets on {rng.choice(_TOPICS)}",
            f"Why {rng.choice(_TOPICS)} is the next big thing in {rng.choice(_MARKETS)}",
            f"{rng.choice(['Paytm', 'PhonePe', 'bKash', 'JazzCash', 'Easypaisa', 'Nagad', 'Google Pay'])} {rng.choice(['crosses', 'loses', 'targets'])} {rng.randint(2, 90)} {rng.choice(['crore users', 'million users', 'lakh merchants'])}",
            f"{rng.choice(['Diwali', 'Eid', 'Durga Puja', 'Pongal', 'Avurudu', 'Onam', 'Ramadan'])} ad spends {rng.choice(['rise', 'dip', 'shift to digital'])} this year",
            f"{rng.choice(['IPL', 'PSL', 'BPL', 'LPL'])} sponsorship: {rng.choice(['brands cut back', 'new categories enter', 'fintechs dominate'])}",
            f"{rng.choice(['Edtech', 'Quick commerce', 'D2C', 'BNPL'])} {rng.choice(['winter', 'shake-out', 'boom'])}: {rng.choice(_TOPICS)} under pressure",
        ])  # fmt: skip
        record: dict[str, Any] = {"type": "article-newspaper", "title": headline, "container-title": rng.choice(_PRESS),
                                  "issued": {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]}}  # fmt: skip
        if rng.random() < 0.9:
            record["URL"] = (
                f"https://www.{rng.choice(['economictimes', 'livemint', 'business-standard', 'dawn', 'thedailystar', 'tribune', 'afaqs', 'exchange4media', 'ft.lk'])}.com/{rng.randint(10000, 999999)}"
            )
            record["accessed"] = self._accessed_after(year)
        if rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        name, tags = rng.choice(_BUREAUX)
        return self._org_work(record, "news", name, tags)

    def _trade_press(self) -> Work:
        rng = self.rng
        year = rng.randint(2016, 2025)
        record: dict[str, Any] = {
            "type": "article-magazine", "title": rng.choice([
                f"Inside {rng.choice(['Tanishq', 'Cadbury', 'Fevicol', 'Surf Excel', 'Tata Tea', 'Coke Studio', 'Lifebuoy', 'Dettol'])}'s {rng.choice(['Diwali', 'Eid', 'Puja', 'World Cup', 'Ramadan'])} film",
                f"What {rng.choice(_TOPICS)} means for agencies", f"CMO roundtable: {rng.choice(_TOPICS)}",
                f"{rng.choice(_TOPICS).capitalize()}: the {rng.choice(['regional', 'Bharat', 'small-town'])} opportunity",
            ]), "container-title": rng.choice(["afaqs!", "exchange4media", "Campaign India", "Aurora", "Impact", "Brand Equity"]),
            "issued": {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]},
            "URL": f"https://www.{rng.choice(['afaqs', 'exchange4media', 'campaignindia'])}.com/news/{rng.randint(1000, 99999)}",
            "accessed": self._accessed_after(year),
        }  # fmt: skip
        if rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person_work(record, "trade-press")
        name = record["container-title"]
        return self._org_work(record, "trade-press", name, {"press"})

    def _podcast(self) -> Work:
        rng = self.rng
        year = rng.randint(2019, 2025)
        record: dict[str, Any] = {
            "type": "song", "medium": "Podcast",
            "title": f"Episode {rng.randint(3, 240)}: {rng.choice(_TOPICS)} with {rng.choice(['a D2C founder', 'the CMO of a telco', 'a fintech growth head', 'an edtech marketer'])}",
            "container-title": rng.choice(["The Marketing Podcast India", "Brand Nama", "The Barbershop with Shantanu", "Desi VC", "Marketing Moves", "The Seen and the Unseen"]),
            "issued": {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]},
            "URL": f"https://open.spotify.com/episode/{self.fakers['en_GB'].lexify('??????????')}",
            "accessed": self._accessed_after(year),
        }  # fmt: skip
        record["author"] = self._people(2)
        return self._person_work(record, "podcast")

    def _social(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {
            "type": "post", "title": rng.choice([f"Five lessons from our {rng.choice(['Diwali', 'Eid', 'Pongal', 'Puja', 'IPL'])} campaign",
                                                  f"Why {rng.choice(_TOPICS)} is misunderstood", f"{rng.choice(_TOPICS).capitalize()}: a thread",
                                                  "What 3 years in Tier 2 marketing taught me"]),
            "URL": f"https://www.linkedin.com/posts/{self.fakers['en_GB'].lexify('????????')}-{rng.randint(1000, 9999)}",
        }  # fmt: skip
        year = None
        if rng.random() < 0.85:
            year = rng.randint(2020, 2025)
            record["issued"] = {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]}
        record["accessed"] = self._accessed_after(year)
        record["author"] = [self.person()]
        return self._person_work(record, "social")

    def _thesis(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": [self.person()],
            "genre": rng.choice(["PhD thesis", "MBA dissertation", "MPhil thesis", "Fellow Programme in Management thesis"]),
            "publisher": rng.choice(["Indian Institute of Management Ahmedabad", "University of Dhaka", "Lahore University of Management Sciences",
                                     "University of Colombo", "Jamia Millia Islamia", "Anna University", "Jadavpur University"]),
            "issued": {"date-parts": [[self.year()]]},
        }  # fmt: skip
        return self._person_work(record, "thesis")
