"""The blind209 pool's works: what marketers in eastern India and the Bengali and Odia diaspora cite.

Written without reading the checker, its tests or any other pool. These candidates work at FMCG firms, tea estates,
banks, retailers, telecoms, media houses and agencies in Kolkata, Bhubaneswar, Guwahati, Patna, Ranchi and Siliguri,
or in Dhaka, London, New Jersey and Toronto, and write CIM Level 6 and 7 reports and MBA assignments in English. They
cite textbooks from Indian publishers, chapters, Indian journals (Indian Journal of Marketing, Vikalpa, IIMB
Management Review, Decision), theses from IIM Calcutta, XLRI, Jadavpur, KIIT and IIT Kharagpur, conference papers,
regulators and government bodies (RBI, SEBI, TRAI, FSSAI, the Tea Board of India, MeitY, the West Bengal
government), Indian Acts under the body that made them, market research with years (Kantar India, NielsenIQ India,
CRISIL), the press signed and unsigned (The Telegraph, Anandabazar Patrika, The Times of India), social posts,
videos, podcasts and undated pages. Names are Bengali, Odia, Assamese, Bihari, Nepali and Bangladeshi as their
scholars and journals print them (Chattopadhyay beside Chatterjee, Roy Chowdhury, Pattanaik beside Patnaik), with
a few co-authors from the diaspora's universities.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "thesis", "conference", "report", "web", "news", "legislation", "social",
         "video", "podcast")  # fmt: skip

# Surnames as candidates and Indian journals print them: both spellings of the Bengali "-opadhyay" names, Odia,
# Assamese, Bihari and Jharkhandi, Darjeeling hills and Bangladeshi names; a few printed with diacritics.
_BENGALI = ["Chattopadhyay", "Chatterjee", "Bandyopadhyay", "Banerjee", "Mukherjee", "Mukhopadhyay", "Gangopadhyay",
            "Ganguly", "Bhattacharya", "Bhattacharjee", "Das", "Dasgupta", "Das Gupta", "Sengupta", "Sen", "Ghosh",
            "Bose", "Basu", "Dutta", "Datta", "Roy", "Ray", "Roy Chowdhury", "Chakraborty", "Chakrabarti", "Majumdar",
            "Mazumdar", "Saha", "Pal", "Mitra", "Guha", "Kar", "Nandi", "Biswas", "Sarkar", "Sircar", "Dey", "De",
            "Deb", "Bhowmik", "Chaudhuri", "Choudhury", "Ghoshal", "Sanyal", "Lahiri", "Maitra", "Moitra", "Sen Sharma",
            "Goswami", "Adhikari", "Mondal", "Halder"]  # fmt: skip
_ODIA = ["Mohanty", "Patnaik", "Pattanaik", "Mohapatra", "Mahapatra", "Panda", "Sahoo", "Sahu", "Mishra", "Tripathy",
         "Rath", "Nayak", "Behera", "Swain", "Jena", "Dash", "Parida", "Routray", "Samal", "Pradhan", "Acharya",
         "Senapati", "Satpathy", "Mohanta", "Samantaray", "Dalai", "Baral", "Misra"]  # fmt: skip
_OTHER_EAST = ["Baruah", "Bora", "Gogoi", "Saikia", "Hazarika", "Kalita", "Sinha", "Jha", "Prasad", "Kumar", "Singh",
               "Munda", "Tirkey", "Ekka", "Tamang", "Chettri", "Gurung", "Lepcha", "Rahman", "Hossain", "Ahmed",
               "Islam", "Chowdhury", "Haque", "Karim", "Uddin", "Begum", "Agarwal", "Jalan", "Poddar"]  # fmt: skip
_DIACRITIC = [("Caṭṭopādhyāy", "Sunīti"), ("Bandyopādhyāy", "Śaśī"), ("Mukhopādhyāy", "Dhūrjaṭi"),
              ("Ṭhākur", "Abanīndranāth"), ("Mahāpātra", "Sītākānta")]  # fmt: skip
_DIASPORA = [("Côté", "Geneviève"), ("Bélanger", "Luc"), ("Gagné", "Émilie"), ("Tremblay", "Marc"),
             ("O'Sullivan", "Ciara"), ("McKenzie", "Alison"), ("Whitfield", "James"), ("Okafor", "Ngozi"),
             ("Kowalski", "Anna"), ("Lindqvist", "Erik"), ("Schäfer", "Jonas"), ("Rosenberg", "Daniel")]  # fmt: skip
_BENGALI_GIVEN = ["Arindam", "Sudipta", "Debashis", "Sanjukta", "Rituparna", "Soumya", "Ananya", "Subhasis",
                  "Indranil", "Tanushree", "Paromita", "Saikat", "Joyeeta", "Anirban", "Koushik", "Madhumita",
                  "Sohini", "Partha Pratim", "Amit Kumar", "Swati", "Rajarshi", "Moumita", "Sayantan", "Mahua"]  # fmt: skip
_ODIA_GIVEN = ["Bijaya", "Sasmita", "Pradeep Kumar", "Smruti Ranjan", "Itishree", "Subhashree", "Debasis",
               "Sanghamitra", "Manas Ranjan", "Jyotirmayee", "Biswajit", "Lipsa", "Rashmi Ranjan", "Prasanta",
               "Sabyasachi", "Ipsita", "Sweta Padma", "Chinmay"]  # fmt: skip
_OTHER_GIVEN = ["Bhaskar", "Pallavi", "Nabajit", "Rupjyoti", "Abhishek", "Neha", "Anupam", "Priyanka", "Sanjay",
                "Farhana", "Tanvir", "Nusrat", "Md. Shahidul", "Sharmin", "Pema", "Dawa", "Rakesh", "Kavita"]  # fmt: skip

_PUBLISHERS = [("Pearson India", "Noida"), ("Pearson Education", "New Delhi"), ("McGraw Hill Education (India)", "Chennai"),
               ("Tata McGraw-Hill", "New Delhi"), ("Oxford University Press", "New Delhi"),
               ("Himalaya Publishing House", "Mumbai"), ("S. Chand & Company", "New Delhi"),
               ("Sage Publications India", "New Delhi"), ("PHI Learning", "New Delhi"), ("Vikas Publishing House", "Noida"),
               ("Cengage Learning India", "New Delhi"), ("Excel Books", "New Delhi"), ("Wiley India", "New Delhi"),
               ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Bloomsbury India", "New Delhi")]  # fmt: skip
_JOURNALS = ["Indian Journal of Marketing", "Vikalpa: The Journal for Decision Makers", "IIMB Management Review",
             "Decision", "Global Business Review", "Journal of Indian Business Research", "Asia Pacific Journal of Marketing and Logistics",
             "Journal of Retailing and Consumer Services", "South Asian Journal of Business and Management Cases",
             "Management and Labour Studies", "Paradigm", "Parikalpana: KIIT Journal of Management",
             "IIM Kozhikode Society & Management Review", "Journal of Business Research", "Journal of Consumer Marketing"]  # fmt: skip
_THESIS = [("IIM Calcutta", "Kolkata", "Fellow Programme in Management thesis"), ("XLRI Xavier School of Management", "Jamshedpur", "FPM dissertation"),
           ("Jadavpur University", "Kolkata", "PhD thesis"), ("KIIT Deemed to be University", "Bhubaneswar", "PhD thesis"),
           ("Indian Institute of Technology Kharagpur", "Kharagpur", "PhD thesis"), ("Utkal University", "Bhubaneswar", "PhD thesis"),
           ("University of Calcutta", "Kolkata", "PhD thesis"), ("Gauhati University", "Guwahati", "PhD thesis"),
           ("Xavier University Bhubaneswar", "Bhubaneswar", "MBA dissertation"), ("University of Dhaka", "Dhaka", "MBA thesis")]  # fmt: skip
_CONFERENCES = ["Proceedings of the IIM Calcutta Marketing Conference", "Proceedings of the Indian Marketing Conference",
                "Proceedings of the International Conference on Marketing in Emerging Economies, IIM Kozhikode",
                "AMA-IIM Calcutta Conference on Marketing in Emerging Markets", "Proceedings of the KIIT International Management Conference",
                "Academy of Marketing Conference"]  # fmt: skip
_CONFERENCE_PLACES = ["Kolkata", "Bhubaneswar", "Kozhikode", "Jamshedpur", "London", "Dhaka"]
# Organisations as authors: regulators and ministries, state bodies, firms, agencies and associations.
_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("Reserve Bank of India", {"government"}), ("Reserve Bank of India (RBI)", {"government", "abbreviation"}),
    ("RBI", {"government", "acronym"}), ("Securities and Exchange Board of India", {"government"}),
    ("SEBI", {"government", "acronym"}), ("Telecom Regulatory Authority of India (TRAI)", {"government", "abbreviation"}),
    ("TRAI", {"government", "acronym"}), ("Food Safety and Standards Authority of India", {"government"}),
    ("FSSAI", {"government", "acronym"}), ("Tea Board of India", {"government"}), ("Tea Board India", {"government"}),
    ("Ministry of Electronics and Information Technology", {"government"}), ("MeitY", {"government", "acronym"}),
    ("Government of West Bengal", {"government"}), ("Department of Tourism, Government of West Bengal", {"government", "comma"}),
    ("Government of Odisha", {"government"}), ("Odisha Tourism", {"government"}), ("Government of India", {"government"}),
    ("Ministry of Consumer Affairs, Food & Public Distribution", {"government", "comma", "ampersand"}),
    ("Press Information Bureau", {"government"}), ("Bangladesh Bank", {"government"}),
    ("Indian Brand Equity Foundation (IBEF)", {"trade-body", "abbreviation"}), ("IBEF", {"trade-body", "acronym"}),
    ("Federation of Indian Chambers of Commerce & Industry (FICCI)", {"trade-body", "ampersand", "abbreviation"}),
    ("Bengal Chamber of Commerce & Industry", {"trade-body", "ampersand"}), ("Indian Tea Association", {"trade-body"}),
    ("Advertising Standards Council of India (ASCI)", {"trade-body", "abbreviation"}), ("ASCI", {"trade-body", "acronym"}),
    ("Internet and Mobile Association of India", {"trade-body"}), ("NASSCOM", {"trade-body", "acronym"}),
    ("Ernst & Young", {"company", "ampersand"}), ("EY India", {"company"}), ("PwC India", {"company"}),
    ("KPMG in India", {"company"}), ("Deloitte India", {"company"}), ("Bain & Company", {"company", "ampersand"}),
    ("ITC Limited", {"company"}), ("Hindustan Unilever Limited", {"company"}), ("Emami Limited", {"company"}),
    ("Britannia Industries", {"company"}), ("Tata Consumer Products", {"company"}), ("Haldiram's", {"company", "apostrophe"}),
    ("Bandhan Bank", {"company"}), ("Bharti Airtel", {"company"}), ("Reliance Jio Infocomm", {"company"}),
    ("Goodricke Group", {"company"}), ("Spencer's Retail", {"company", "apostrophe"}), ("ABP Group", {"company"}),
    ("Senco Gold & Diamonds", {"company", "ampersand"}), ("Ogilvy India", {"company"}), ("Rediffusion", {"company"}),
    ("Madison Media", {"company"}), ("Dentsu India", {"company"}), ("GroupM India", {"company"}),
    ("Mother's Recipe", {"company", "apostrophe"}), ("Women's Self Help Group Federation, Odisha", {"trade-body", "apostrophe", "comma"}),
]  # fmt: skip
_RESEARCH = ["Kantar India", "NielsenIQ India", "CRISIL", "CRISIL Research", "Redseer Strategy Consultants", "Statista",
             "Euromonitor International", "Mintel", "YouGov India", "Ipsos India", "Technopak Advisors", "BARC India"]  # fmt: skip
_PRESS = ["The Telegraph", "The Telegraph (Kolkata)", "Anandabazar Patrika", "The Times of India", "The Economic Times",
          "Business Standard", "The Hindu BusinessLine", "Mint", "The Statesman", "Sambad", "The New Indian Express",
          "The Daily Star", "Eastern Eye", "afaqs!", "exchange4media", "Campaign India"]  # fmt: skip
_TOPICS = ["brand loyalty", "rural marketing", "private labels", "celebrity endorsement", "UPI payments",
           "quick commerce", "kirana stores", "vernacular content", "tea tourism", "festive season buying",
           "Durga Puja sponsorship", "handloom brands", "mobile data pricing", "green packaging", "influencer marketing",
           "customer experience in banking", "OTT subscriptions", "women consumers", "sweet shops", "regional television",
           "WhatsApp commerce", "geographical indications", "microfinance", "online grocery", "store brands"]  # fmt: skip
_PLACES = ["Kolkata", "West Bengal", "Odisha", "Bhubaneswar", "Eastern India", "Assam", "Guwahati", "Bihar",
           "Jharkhand", "Siliguri", "North Bengal", "Bangladesh", "tier-2 cities", "India", "the Bengali diaspora"]  # fmt: skip
_MARKETS = ["packaged tea", "biscuits", "edible oil", "hair oil", "sweets and snacks", "two-wheelers", "mobile data",
            "general insurance", "gold jewellery", "FMCG", "personal care", "quick commerce", "OTT video", "digital payments"]  # fmt: skip
_PLATFORMS = [("Instagram", "https://www.instagram.com/p/"), ("X", "https://x.com/"), ("LinkedIn", "https://www.linkedin.com/posts/"),
              ("Facebook", "https://www.facebook.com/")]  # fmt: skip


class Blind209WorkFactory(WorkFactory):
    """Works for the blind209 pool, from its own seeded random source."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 209)
        self.organisations: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.42:
            return {"family": self.rng.choice(_BENGALI), "given": self.rng.choice(_BENGALI_GIVEN)}
        if roll < 0.7:
            return {"family": self.rng.choice(_ODIA), "given": self.rng.choice(_ODIA_GIVEN)}
        if roll < 0.86:
            return {"family": self.rng.choice(_OTHER_EAST), "given": self.rng.choice(_OTHER_GIVEN)}
        if roll < 0.9:
            family, given = self.rng.choice(_DIACRITIC)
            return {"family": family, "given": given}
        if roll < 0.97:
            family, given = self.rng.choice(_DIASPORA)
            return {"family": family, "given": given}
        # initials only, as some Indian journals print them
        return {
            "family": self.rng.choice(_BENGALI + _ODIA),
            "given": self.rng.choice(["A. K.", "P. K.", "S. N.", "R. K.", "B. B."]),
        }

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 30, 16, 8, 5, 3, 2, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if all(name["family"] != other["family"] or name["given"] != other["given"] for other in people):
                people.append(name)
        return people

    def organisation(self, brands_only: bool = False) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(
            [o for o in _ORGANISATIONS if "company" in o[1]] if brands_only else _ORGANISATIONS
        )
        return name, set(tags)

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        roll = self.rng.random()
        if roll < 0.05:
            return self.rng.randint(1984, 1999)  # the classics of Indian marketing
        return self.rng.randint(2005, 2025)

    def _accessed_after(self, record: dict[str, Any]) -> dict[str, list[list[int]]]:
        accessed = [self.rng.randint(2023, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        if "issued" in record:
            issued = record["issued"]["date-parts"][0]
            if accessed[: len(issued)] < issued:
                accessed = [issued[0], issued[1] if len(issued) > 1 else 12, 28]
        return {"date-parts": [accessed]}

    def _id(self) -> str:
        self.counter += 1
        return f"b209w{self.counter}"

    def _title(self) -> str:
        topic, place, other = self.rng.choice(_TOPICS), self.rng.choice(_PLACES), self.rng.choice(_TOPICS)
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {place}: an empirical study",
            f"Impact of {topic} on {other} in {place}",
            f"A study of {topic} among urban consumers of {place}",
            f"{topic[0].upper()}{topic[1:]} and {other}: evidence from {place}",
            f"Determinants of {topic}: a structural equation modelling approach",
            f"Consumer perception of {topic} in {place}",
            f"Rethinking {topic} for the Indian market",
            f"{topic[0].upper()}{topic[1:]}: issues and challenges",
        ]
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "thesis", "conference", "organisation-report", "organisation-web",
             "market-research", "legislation", "news", "press-unsigned", "social", "video", "podcast", "undated-web"],
            weights=[13, 5, 22, 4, 4, 10, 8, 8, 3, 8, 4, 3, 3, 2, 4],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then an organisation already in the report, in the same year (RBI 2023a and 2023b).
        if kind in ("report", "web") and self.organisations and "issued" in record and self.rng.random() < 0.14:
            name, tags, issued = self.rng.choice(self.organisations)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record)
            if kind == "report" and record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.organisations.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "book", "title": self.rng.choice([self._title(), "Marketing management: an Indian perspective",
                                                      "Rural marketing: text and cases", "Services marketing: the Indian context",
                                                      "Consumer behaviour in the Indian context", "Retail management",
                                                      "Brand management: text and cases", "Sales and distribution management",
                                                      "Integrated marketing communications", "Marketing research: an applied orientation"]),
            "author": self._people(4), "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
            "publisher-place": place,
        }  # fmt: skip
        if self.rng.random() < 0.4:
            record["edition"] = str(self.rng.randint(2, 16))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 380)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["Marketing in emerging India", "Handbook of rural marketing",
                                                "Consumer culture in South Asia", "Tea: a global commodity",
                                                "Business and society in Eastern India", "Cases in Indian marketing"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 700)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 55)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{start}-{start + self.rng.randint(8, 24)}",
        }  # fmt: skip
        roll = self.rng.random()
        if roll < 0.35:
            record["DOI"] = (
                f"10.{self.rng.choice(['1177', '1016', '1108', '17010'])}/{self.rng.randint(100000, 999999)}"
            )
        elif roll < 0.45:
            site = (
                "www.indianjournalofmarketing.com/index.php/pijom"
                if record["container-title"] == "Indian Journal of Marketing"
                else "journals.sagepub.com/doi/abs"
            )
            record["URL"] = f"https://{site}/article/view/{self.rng.randint(100000, 179999)}"
            record["accessed"] = self._accessed_after(record)
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        school, place, genre = self.rng.choice(_THESIS)
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": self._people(1), "genre": genre, "publisher": school,
            "publisher-place": place, "issued": {"date-parts": [[self.year()]]},
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = f"https://shodhganga.inflibnet.ac.in/handle/10603/{self.rng.randint(10000, 499999)}"
            record["accessed"] = self._accessed_after(record)
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        start = self.rng.randint(1, 400)
        year = self.year()
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": self.rng.choice(_CONFERENCES), "event-place": self.rng.choice(_CONFERENCE_PLACES),
            "issued": {"date-parts": [[year]]}, "page": f"{start}-{start + self.rng.randint(6, 14)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _organisation_report(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        titles = [f"Annual report {year - 1}-{str(year)[2:]}", f"Sustainability report {year}",
                  f"Report on trend and progress of banking in India {year - 1}-{str(year)[2:]}",
                  f"Consultation paper on {self.rng.choice(_TOPICS)}", self._title(),
                  f"{self.rng.choice(_MARKETS).capitalize()}: the road ahead", f"Annual report on {self.rng.choice(_MARKETS)}"]  # fmt: skip
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice(titles), "issued": {"date-parts": [[year]]},
            "publisher": name.split(" (")[0], "publisher-place": self.rng.choice(["Kolkata", "Mumbai", "New Delhi", "Bhubaneswar", "Dhaka"]),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = (
                f"https://www.{name.split()[0].lower().strip(chr(39) + 's,')}.in/{self.fakers['en_GB'].slug()}"
            )
            record["accessed"] = self._accessed_after(record)
        if self.rng.random() < 0.15:
            record.pop("issued")
        return self._org_work(record, "report", name, tags)

    def _organisation_web(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {
            "type": "webpage", "title": self.rng.choice([self._title(), "About us", "Our brands", "Press releases",
                                                         "Frequently asked questions", "Consumer awareness",
                                                         f"Guidelines on {self.rng.choice(_TOPICS)}"]),
            "URL": f"https://www.{name.split()[0].lower().strip(chr(39) + 's,')}.co.in/{self.fakers['en_GB'].slug()}",
            "issued": {"date-parts": [[self.year()]]},
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record)
        return self._org_work(record, "web", name, tags)

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {
            "type": "webpage", "title": self.rng.choice([self._title(), "Our story", "Darjeeling tea: the champagne of teas",
                                                         "Visit Odisha", "Careers", "Investor relations"]),
            "URL": f"https://www.{self.fakers['en_GB'].domain_word()}.in/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record)
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags | {"undated"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.9 else None
        market, place = (
            self.rng.choice(_MARKETS),
            self.rng.choice(["India", "East India", "West Bengal", "Bangladesh", "Odisha"]),
        )
        titles = [f"ICUBE {year or 2024}: internet in India", f"{market.capitalize()} in {place}: market report {year or 2024}",
                  f"FMCG snapshot: Q{self.rng.randint(1, 4)} {year or 2023}", f"{place} {market} market: outlook to {(year or 2024) + 5}",
                  f"Brand footprint India {year or 2024}", f"{market.capitalize()}: industry risk report"]  # fmt: skip
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice(titles), "publisher": name, "publisher-place": "Mumbai",
            "URL": f"https://www.{name.split()[0].lower()}.com/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after(record)
        return self._org_work(record, "report", name, {"market-research"})

    def _legislation(self) -> Work:
        # An Act cited under the body that made it, as these candidates write it: (Government of India, 2019).
        act, year = self.rng.choice([("The Consumer Protection Act, 2019", 2019), ("The Digital Personal Data Protection Act, 2023", 2023),
                                     ("The Food Safety and Standards Act, 2006", 2006), ("The Legal Metrology Act, 2009", 2009),
                                     ("The Tea Act, 1953", 1953), ("The Information Technology Act, 2000", 2000),
                                     ("The Central Goods and Services Tax Act, 2017", 2017), ("The Companies Act, 2013", 2013),
                                     ("The Payment and Settlement Systems Act, 2007", 2007)])  # fmt: skip
        body = self.rng.choice(["Government of India", "Ministry of Law and Justice", "Parliament of India"])
        record: dict[str, Any] = {
            "type": "legislation", "title": act, "issued": {"date-parts": [[year]]},
            "URL": f"https://www.indiacode.nic.in/handle/123456789/{self.rng.randint(1000, 19999)}",
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record)
        return self._org_work(record, "legislation", body, {"government", "legislation"})

    def _news(self) -> Work:
        year = self.year() if self.rng.random() < 0.5 else self.rng.randint(2016, 2025)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self.rng.choice([self._title(), f"Puja sales cross ₹{self.rng.randint(2, 90)},000 crore",
                                                                  "Darjeeling tea gardens face a labour crunch", "Kolkata's sweet shops go online",
                                                                  "Jio, Airtel raise tariffs again", "Odisha's Rasagola gets its GI tag"]),
            "author": self._people(2), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
        }  # fmt: skip
        domain = "".join(
            ch for ch in record["container-title"].lower().replace("the ", "").split(" (")[0] if ch.isalnum()
        )
        record["URL"] = f"https://www.{domain}.com/{self.fakers['en_GB'].slug()}"
        record["accessed"] = self._accessed_after(record)
        return self._person_work(record, "news")

    def _press_unsigned(self) -> Work:
        paper = self.rng.choice(
            ["The Telegraph", "Anandabazar Patrika", "The Times of India", "The Statesman", "The Daily Star", "Sambad"]
        )
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": paper,
            "issued": {"date-parts": [[self.rng.randint(2015, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.{paper.lower().replace('the ', '').replace(' ', '')}.com/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record)
        return self._org_work(record, "news", paper, {"press"})

    def _social(self) -> Work:
        platform, base = self.rng.choice(_PLATFORMS)
        record: dict[str, Any] = {
            "type": "post", "title": self.rng.choice(["Pujo is here! Share your pandal moments with us", "Our first flush is live",
                                                      "Thank you Bhubaneswar for 10 years", "New store opening in Siliguri",
                                                      "Shubho Noboborsho from all of us", "Rath Yatra special offers"]),
            "container-title": platform, "URL": base + self.fakers["en_GB"].lexify("??????????"),
            "issued": {"date-parts": [[self.rng.randint(2018, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record)
        if self.rng.random() < 0.4:
            record["author"] = self._people(1)
            return self._person_work(record, "social")
        name, tags = self.organisation(brands_only=True)
        return self._org_work(record, "social", name, tags)

    def _video(self) -> Work:
        record: dict[str, Any] = {
            "type": "motion_picture", "title": self.rng.choice([self._title(), "Durga Puja TVC", "The making of a Darjeeling first flush",
                                                                "Brand story: 100 years in Kolkata", "How UPI changed the kirana store"]),
            "container-title": "YouTube", "URL": f"https://www.youtube.com/watch?v={self.fakers['en_GB'].lexify('???????????')}",
            "issued": {"date-parts": [[self.rng.randint(2012, 2025)]]},
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record)
        if self.rng.random() < 0.35:
            record["author"] = self._people(1)
            return self._person_work(record, "video")
        name, tags = self.organisation(brands_only=self.rng.random() < 0.7)
        return self._org_work(record, "video", name, tags)

    def _podcast(self) -> Work:
        record: dict[str, Any] = {
            "type": "broadcast", "title": self._title(),
            "container-title": self.rng.choice(["The Marketing Adda", "Brand Bengal podcast", "Tea Talks", "The Kolkata Biz Cast"]),
            "URL": f"https://open.spotify.com/episode/{self.fakers['en_GB'].lexify('??????????????')}",
            "issued": {"date-parts": [[self.rng.randint(2019, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "author": self._people(2),
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record)
        return self._person_work(record, "podcast")
