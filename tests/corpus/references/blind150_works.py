"""Works for the blind150 pool (HELD OUT): what marketers in Pakistan and its diaspora cite in CIM Level 6 and 7
reports and MBA assignments.

Pakistani names as their owners write them on papers (given name first, family or clan name last: "Muhammad Usman
Khan", "Syed Ali Raza Naqvi", "Ayesha Siddiqui"), with the variants of their romanisation (Muhammad, Mohammad,
Muhammed; Qureshi, Qureshy, Kureshi; Chaudhry, Chaudhary, Choudhry), particles that stay with the family name ("ul
Haq", "ud Din"), names of one word ("Shahzeb", "Aneeqa"), names filed whole as the person signs them ("Haji
Muhammad Aslam"), Pashto, Sindhi, Punjabi, Balochi and Urdu names, Christian and Parsi names, and expatriates who
write about the market. Organisations with their legal forms ((Pvt.) Ltd., (Private) Limited, Ltd., SMC-Pvt.),
regulators (SBP, SECP, PTA, PEMRA, PBS, the Competition Commission), laws with their Act numbers, market-research
firms, the Pakistani and diaspora press, theses from LUMS, IBA Karachi, the University of the Punjab, NUST and
Quaid-i-Azam University, conference papers, posts, videos and podcasts, and Urdu titles in romanisation with their
English in square brackets.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# (given names, family name): as the name is printed on the paper, given names first.
_PEOPLE = [
    ("Muhammad Usman", "Khan"), ("Ayesha", "Siddiqui"), ("Syed Ali Raza", "Naqvi"), ("Fatima", "Qureshi"),
    ("Mohammad Bilal", "Butt"), ("Sana", "Malik"), ("Imran", "Chaudhry"), ("Hina", "Chaudhary"),
    ("Asad", "Choudhry"), ("Zainab", "Rana"), ("Faisal", "Mirza"), ("Nadia", "Sheikh"), ("Kamran", "Shaikh"),
    ("Muhammed Arslan", "Qureshy"), ("Rabia", "Kureshi"), ("Hassan", "Abbasi"), ("Maryam", "Jamil"),
    ("Umair", "Hashmi"), ("Sidra", "Bukhari"), ("Ahsan", "Iqbal"), ("Mehwish", "Akhtar"), ("Tariq", "Mahmood"),
    ("Saima", "Zafar"), ("Waqas", "Aslam"), ("Amna", "Rafiq"), ("Shahid", "Hussain"), ("Uzma", "Hussain"),
    ("Adnan", "Ahmed"), ("Sadia", "Ahmad"), ("Nauman", "Ashraf"), ("Farah", "Naz"), ("Junaid", "Jamshed"),
    ("Kiran", "Javed"), ("Zeeshan", "Haider"), ("Anum", "Fatima"), ("Hamza", "Sohail"), ("Iqra", "Yousaf"),
    ("Bilal", "Gondal"), ("Mahnoor", "Warraich"), ("Usama", "Bajwa"), ("Ammara", "Cheema"), ("Raheel", "Tarar"),
    ("Ghulam", "Mustafa"), ("Syeda Sadaf", "Zaidi"), ("Syed Hasan", "Rizvi"), ("Tayyaba", "Gilani"),
    ("Muhammad", "Shafique"), ("Ali", "Raza"),
    # Pashto
    ("Gul", "Khattak"), ("Zarmina", "Yousafzai"), ("Wali", "Afridi"), ("Palwasha", "Durrani"),
    ("Shahab", "Bangash"), ("Sher Afzal", "Marwat"), ("Naheed", "Orakzai"), ("Aimal", "Khalil"),
    # Sindhi
    ("Ghulam Hyder", "Jatoi"), ("Shazia", "Soomro"), ("Ali Nawaz", "Memon"), ("Marvi", "Bhutto"),
    ("Sassui", "Talpur"), ("Abdul Rasool", "Shah"), ("Parveen", "Laghari"), ("Rahim Bux", "Mangi"),
    # Punjabi
    ("Rana", "Sanaullah"), ("Noreen", "Gill"), ("Arslan", "Sandhu"), ("Sobia", "Virk"), ("Jahanzeb", "Awan"),
    ("Asma", "Kharal"), ("Nasir", "Tiwana"),
    # Balochi
    ("Mir Hasil", "Bizenjo"), ("Mahrang", "Baloch"), ("Sammi", "Deen"), ("Dostain", "Jamaldini"),
    ("Shah", "Mengal"), ("Gulalai", "Rind"),
    # Urdu-speaking Karachi
    ("Farhan", "Ansari"), ("Nida", "Farooqui"), ("Rehan", "Usmani"), ("Sumbul", "Rizvi"), ("Owais", "Dehlvi"),
    # Christian
    ("Sunil", "Masih"), ("Ruth", "Gill"), ("Samuel", "Bhatti"), ("Asher", "Gill"), ("Rachel", "Joseph"),
    ("Shamim", "Sadiq"), ("Naveed", "Anjum"),
    # Parsi
    ("Cyrus", "Cowasjee"), ("Jamsheed", "Marker"), ("Bapsi", "Sidhwa"), ("Dinshaw", "Avari"),
    ("Roshan", "Dinshaw"), ("Zarine", "Mehta"),
    # diaspora and expatriates writing on the market
    ("Imran", "Mulla"), ("Saira", "Hussain-Ahmed"), ("Tahir", "Abbas"), ("Shabana", "Mahmood-Begum"),
    ("Oliver", "Bennett"), ("Claire", "Whitworth"), ("Rebecca", "O'Connor"), ("James", "McAllister"),
    ("Hannah", "Lindqvist"), ("Daniel", "Okafor"), ("Priya", "Raman"), ("Ahmet", "Yılmaz"), ("Zoë", "Clarke"),
    ("Marc", "Lefèvre"), ("Kevin", "Ng"),
]  # fmt: skip
# Particles that stay with the family name: "Mahbub ul Haq" is "ul Haq, M.", "Zia ud Din" is "ud Din, Z."
_PARTICLE_PEOPLE = [("Mahbub", "ul", "Haq"), ("Zia", "ud", "Din"), ("Ehsan", "ul", "Haque"),
                    ("Salah", "ud", "Din"), ("Noor", "ul", "Ain"), ("Zahoor", "ul", "Hassan"), ("Inam", "ul", "Haq")]  # fmt: skip
# Hyphenated family names written as one: "Ud-Din", "Ul-Haq", "Abdul-Rehman"
_HYPHEN_PEOPLE = [("Fakhar", "Ud-Din"), ("Sheraz", "Ul-Haq"), ("Nabeela", "Abdul-Rehman"), ("Omar", "Ali-Khan"),
                  ("Mariam", "Syed-Naqvi")]  # fmt: skip
# People of one name, who print one word.
_MONONYMS = ["Shahzeb", "Aneeqa", "Faizan", "Rimsha", "Jibran", "Ushna", "Shehroze", "Marium"]
# People filed whole as they sign themselves, with an honorific that belongs to the byline.
_WHOLE = ["Haji Muhammad Aslam", "Begum Nusrat Jahan", "Engr. Tariq Saeed", "Dr. Ishrat Husain",
          "Ch. Muhammad Sarwar"]  # fmt: skip

_BANKS = ["HBL", "Habib Bank Limited", "United Bank Limited (UBL)", "MCB Bank Limited", "Meezan Bank Limited",
          "Bank Alfalah Limited", "Telenor Microfinance Bank Limited", "Easypaisa", "JazzCash", "SadaPay",
          "NayaPay (Private) Limited"]  # fmt: skip
_COMPANIES = [
    *_BANKS,
    "Pakistan Mobile Communications Limited (Jazz)", "Zong 4G", "Telenor Pakistan (Pvt.) Ltd.", "Ufone",
    "Nestlé Pakistan Ltd.", "Engro Foods Limited", "FrieslandCampina Engro Pakistan", "National Foods Limited",
    "Shan Foods (Pvt.) Ltd.", "K&N's Foods (Pvt.) Ltd.", "Tapal Tea (Private) Limited", "Gul Ahmed Textile Mills Ltd.",
    "Khaadi", "Sapphire Retail Limited", "Nishat Mills Limited", "Daraz", "Imtiaz Super Market", "Naheed",
    "Pakistan International Airlines", "PIA", "Airblue Limited", "SereneAir", "Dawn Media Group", "Geo TV",
    "ARY Digital Network", "The Express Tribune", "Synergy Dentsu", "Manhattan Pakistan", "Blitz Advertising",
    "Orient McCann", "BullsEye DDB", "Bramerz", "Kaarvan Crafts Foundation", "Bazaar Technologies SMC-Pvt. Ltd.",
]  # fmt: skip
_REGULATORS = [
    "State Bank of Pakistan", "State Bank of Pakistan (SBP)", "Securities and Exchange Commission of Pakistan",
    "SECP", "Pakistan Telecommunication Authority", "Pakistan Telecommunication Authority (PTA)",
    "Pakistan Electronic Media Regulatory Authority (PEMRA)", "Pakistan Bureau of Statistics",
    "Pakistan Bureau of Statistics (PBS)", "Competition Commission of Pakistan", "Competition Commission of Pakistan (CCP)",
    "Ministry of Commerce", "Ministry of Finance", "Ministry of Information Technology & Telecommunication",
    "Board of Investment", "Federal Board of Revenue (FBR)", "Trade Development Authority of Pakistan (TDAP)",
    "Punjab Food Authority", "Sindh Food Authority", "Pakistan Standards and Quality Control Authority",
]  # fmt: skip
_TRADE_BODIES = ["Pakistan Advertisers Society", "Pakistan Business Council", "All Pakistan Textile Mills Association (APTMA)",
                 "Overseas Investors Chamber of Commerce and Industry", "Karachi Chamber of Commerce & Industry",
                 "Lahore Chamber of Commerce & Industry (LCCI)", "P@SHA", "Pakistan Software Houses Association",
                 "Institute of Bankers Pakistan", "Gallup Pakistan", "Aurora", "British Pakistani Chamber of Commerce",
                 "Muslim Council of Britain", "Bradford Council"]  # fmt: skip
_RESEARCH = ["Gallup Pakistan", "Kantar Pakistan", "Ipsos Pakistan", "Nielsen Pakistan", "Statista", "Euromonitor International",
             "Mintel", "DataReportal", "Aurora Research", "PwC Pakistan"]  # fmt: skip
_PRESS = ["Dawn", "The Express Tribune", "The News International", "Business Recorder", "Aurora", "Profit",
          "Pakistan Today", "The Nation", "Daily Jang", "Geo News", "ARY News", "Eastern Eye", "Daily Pakistan",
          "Gulf News", "Khaleej Times", "Manchester Evening News", "Telegraph & Argus", "Toronto Star"]  # fmt: skip
_PUBLISHERS = [("Oxford University Press", "Karachi"), ("Pearson", "Harlow"), ("Routledge", "Abingdon"),
               ("Sang-e-Meel Publications", "Lahore"), ("Ferozsons", "Lahore"), ("Paramount Books", "Karachi"),
               ("Sage", "London"), ("Kogan Page", "London"), ("Palgrave Macmillan", "Cham"), ("Wiley", "Hoboken, NJ"),
               ("Vanguard Books", "Lahore"), ("Jumhoori Publications", "Lahore")]  # fmt: skip
_JOURNALS = ["Pakistan Journal of Commerce and Social Sciences", "Lahore Journal of Business",
             "Pakistan Business Review", "Business Review (IBA Karachi)", "Journal of Islamic Marketing",
             "Pakistan Development Review", "South Asian Journal of Management Sciences", "Journal of Marketing",
             "International Journal of Emerging Markets", "Asia Pacific Journal of Marketing and Logistics",
             "Journal of Retailing and Consumer Services", "NUST Business Review", "Abasyn Journal of Social Sciences",
             "Market Forces", "Journal of Business Research"]  # fmt: skip
_TOPICS = ["brand loyalty", "mobile wallets", "branchless banking", "Islamic banking", "halal certification",
           "celebrity endorsement", "television drama sponsorship", "Ramazan advertising", "WhatsApp commerce",
           "cash on delivery", "influencer marketing", "customer satisfaction", "service quality",
           "word of mouth", "green packaging", "price promotions", "digital financial inclusion", "lawn collections",
           "ready-to-cook spices", "tea consumption", "frozen foods", "data bundles", "customer churn",
           "brand trust", "social media advertising", "online shopping", "country of origin", "remittances",
           "women's financial inclusion", "rural consumers"]  # fmt: skip
_PLACES = ["Karachi", "Lahore", "Islamabad", "Rawalpindi", "Faisalabad", "Multan", "Peshawar", "Quetta", "Sialkot",
           "Pakistan", "Punjab", "Sindh", "Khyber Pakhtunkhwa", "Balochistan", "the twin cities",
           "the British Pakistani community", "Dubai", "Bradford", "Manchester", "Birmingham", "Toronto", "Houston"]  # fmt: skip
_URDU = [("Digital bankari aur naujawan sarifeen", "Digital banking and young consumers"),
         ("Ramazan mein ishtihar-bazi ka asar", "The effect of advertising in Ramazan"),
         ("Pakistani sarif ka bharosa", "The trust of the Pakistani consumer"),
         ("Mobile wallet: sahulat ya khatra?", "Mobile wallet: convenience or risk?"),
         ("Lawn ka karobar aur social media", "The lawn business and social media"),
         ("Chai ki sanat mein brand ki jang", "The brand war in the tea industry"),
         ("Online khareedari aur cash on delivery", "Online shopping and cash on delivery"),
         ("Eid ki khareedari ka rujhan", "The trend of Eid shopping")]  # fmt: skip
_UNIVERSITIES = ["Lahore University of Management Sciences (LUMS)", "Institute of Business Administration, Karachi",
                 "University of the Punjab", "National University of Sciences and Technology (NUST)",
                 "Quaid-i-Azam University", "COMSATS University Islamabad", "University of Bradford",
                 "University of Manchester"]  # fmt: skip
_CONFERENCES = [("International Conference on Marketing (ICM)", "Karachi"), ("NUST Business Research Conference", "Islamabad"),
                ("LUMS Annual Research Conference", "Lahore"), ("Academy of Marketing Conference", "Manchester"),
                ("South Asian Management Forum", "Lahore"), ("IBA Karachi International Business Conference", "Karachi")]  # fmt: skip
# (title as the Act is written, author): laws and their numbering, and SROs.
_LAWS = [
    ("Prevention of Electronic Crimes Act, 2016 (Act No. XL of 2016)", 2016),
    ("Competition Act, 2010 (Act No. XIX of 2010)", 2010),
    ("Payment Systems and Electronic Fund Transfers Act, 2007 (Act No. IV of 2007)", 2007),
    ("Pakistan Electronic Media Regulatory Authority (Amendment) Act, 2023", 2023),
    ("Punjab Consumer Protection Act, 2005", 2005), ("Sindh Consumer Protection Act, 2014", 2014),
    ("Islamabad Consumers Protection Act, 1995", 1995), ("Companies Act, 2017 (Act No. XIX of 2017)", 2017),
    ("Pakistan Telecommunication (Re-organization) Act, 1996", 1996),
    ("S.R.O. 1213(I)/2021: Customs duty on mobile handsets", 2021),
    ("SRO 642(I)/2023: Sales tax on e-commerce", 2023),
    ("Personal Data Protection Bill, 2023 (draft)", 2023),
]  # fmt: skip
_LAW_AUTHORS = ["Government of Pakistan", "National Assembly of Pakistan", "Federal Board of Revenue",
                "Provincial Assembly of the Punjab", "Provincial Assembly of Sindh", "Ministry of Law and Justice"]  # fmt: skip
_SOCIAL = [("Easypaisa", "Instagram"), ("JazzCash", "Facebook"), ("Khaadi", "Instagram"), ("Shan Foods", "YouTube"),
           ("Tapal Tea", "YouTube"), ("Daraz", "TikTok"), ("SadaPay", "X"), ("Olper's", "Instagram"),
           ("Coke Studio Pakistan", "YouTube"), ("Meezan Bank", "LinkedIn")]  # fmt: skip
_PODCASTS = [("The Pakistan Experience", "Shehzad Ghias Shaikh"), ("Excuse Me with Ahmad Ali Butt", "Ahmad Ali Butt"),
             ("Profit Podcast", "Profit"), ("Mashion Podcast", "Mashion"), ("Markets Decoded", "Aurora")]  # fmt: skip
_ACCESS_YEARS = (2023, 2024, 2025)
_EBOOK_HOSTS = ["vlebooks.com", "ebookcentral.proquest.com", "dokumen.pub", "books.google.com.pk"]
_DOI_PREFIXES = ["1108", "1016", "30543", "31384", "53909"]
_DOI_CODES = ["JIMA", "pjcss", "ljb", "bizrev", "ijoem"]
_JOURNAL_HOSTS = ["jespk.net", "pjcss.net", "lahoreschoolofeconomics.edu.pk", "ojs.pide.org.pk"]
_REGULATOR_HOSTS = [
    "sbp.org.pk",
    "secp.gov.pk",
    "pta.gov.pk",
    "pemra.gov.pk",
    "pbs.gov.pk",
    "cc.gov.pk",
    "finance.gov.pk",
]
_MARKETS = ["mobile wallets", "packaged tea", "dairy", "lawn and unstitched apparel", "e-commerce",
            "spices and seasonings", "frozen foods", "smartphones"]  # fmt: skip


class Blind150WorkFactory(WorkFactory):
    """Works for the blind150 pool: Pakistani and diaspora names, firms, regulators, laws, theses and press."""

    # What make() draws, with its weights, and the kinds of works it gives.
    DRAWN: ClassVar[dict[str, int]] = {"book": 11, "ebook": 3, "chapter": 6, "journal": 22, "thesis": 5, "conference": 4, "company-web": 9,
             "company-report": 7, "regulator": 8, "trade-body": 4, "law": 3, "market-research": 7, "news-signed": 7,
             "news-unsigned": 3, "social": 3, "podcast": 2, "undated-web": 4, "person-web": 3}  # fmt: skip
    KINDS = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "legislation", "news", "social",
             "video")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 150 + 15001)

    # ------------------------------------------------------------------ names
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.06:
            given, particle, family = self.rng.choice(_PARTICLE_PEOPLE)
            return {"given": given, "family": family, "non-dropping-particle": particle}
        if roll < 0.10:
            given, family = self.rng.choice(_HYPHEN_PEOPLE)
            return {"given": given, "family": family}
        if roll < 0.14:
            return {"family": self.rng.choice(_MONONYMS)}
        given, family = self.rng.choice(_PEOPLE)
        if given.startswith("Muhammad") and self.rng.random() < 0.3:  # the same name, spelled as its owner does
            given = self.rng.choice(["Mohammad", "Muhammed", "Mohd."]) + given[len("Muhammad") :]
        return {"given": given, "family": family}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 28, 16, 9, 5, 4, 2, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if person not in people:
                people.append(person)
        return people

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1988, 2004)
        return self.rng.randint(2008, 2025)

    def _accessed_after(self, record: dict[str, Any]) -> dict[str, list[list[int]]]:
        issued = record.get("issued", {"date-parts": [[2015]]})["date-parts"][0]
        year = self.rng.randint(max(issued[0], _ACCESS_YEARS[0]), max(issued[0], _ACCESS_YEARS[-1]))
        low_month = issued[1] if year == issued[0] and len(issued) > 1 else 1
        month = self.rng.randint(low_month, 12)
        low_day = issued[2] if year == issued[0] and len(issued) > 2 and month == issued[1] else 1
        return {"date-parts": [[year, month, self.rng.randint(low_day, 28)]]}

    def _topic_title(self) -> str:
        topic, other = self.rng.sample(_TOPICS, 2)
        place = self.rng.choice(_PLACES)
        forms = [
            f"The impact of {topic} on {other}: evidence from {place}",
            f"{topic[0].upper()}{topic[1:]} in {place}",
            f"Determinants of {topic} among consumers in {place}",
            f"{topic[0].upper()}{topic[1:]} and {other}: a study of {place}",
            f"Does {topic} drive {other}? Evidence from {place}",
            f"Exploring {topic} in an emerging market: the case of {place}",
            f"Role of {topic} in building {other} in {place}",
            f"Marketing to {place}: {topic} after the {self.rng.choice(['pandemic', '2022 floods', 'rupee devaluation', 'IMF programme'])}",
        ]
        return self.rng.choice(forms)

    def _urdu_title(self) -> str:
        urdu, english = self.rng.choice(_URDU)
        return f"{urdu} [{english}]"

    def _title(self) -> str:
        return self._urdu_title() if self.rng.random() < 0.08 else self._topic_title()

    def _url(self, host: str) -> str:
        slug = "-".join(self._topic_title().lower().replace(":", "").replace("?", "").split()[:6])
        return f"https://www.{host}/{slug}-{self.rng.randint(100, 99999)}"

    def _issued(self, day: bool = False) -> dict[str, list[list[int]]]:
        year = self.year()
        if day:
            return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        return {"date-parts": [[year]]}

    # ------------------------------------------------------------------ drawing
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _whole_or_people(self, most: int) -> list[dict[str, str]]:
        if self.rng.random() < 0.04:
            return [{"literal": self.rng.choice(_WHOLE)}]
        return self._people(most)

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = first.get("literal") or " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    # ------------------------------------------------------------------ works by people
    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        title = self.rng.choice([
            "Marketing management: a South Asian perspective", "Principles of marketing: Pakistan edition",
            "Consumer behaviour in Pakistan", "Islamic marketing: theory and practice", "Brand Pakistan",
            "Digital marketing for Pakistani businesses", "Services marketing in emerging economies",
            "Retailing in Pakistan: from kiryana to Daraz", "Advertising in Pakistan: a history",
            "Strategic brand management in South Asia", "Banking on mobile: fintech in Pakistan",
        ]) if self.rng.random() < 0.5 else self._title()  # fmt: skip
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._whole_or_people(4),
                                  "issued": self._issued(), "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 17))
        return self._person_work(record, "book")

    def _ebook(self) -> Work:
        work = self._book()
        work.record["URL"] = self._url(self.rng.choice(_EBOOK_HOSTS))
        work.record["accessed"] = self._accessed_after(work.record)
        return work

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3), "editor": self._people(2),
            "container-title": self.rng.choice(["Marketing in South Asia", "Handbook of Islamic marketing",
                                                "The Pakistan economy: essays in honour of Akmal Hussain",
                                                "Emerging market brands", "Consumer culture in Muslim societies"]),
            "issued": self._issued(), "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": self._issued(),
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 4)),
            "page": f"{(start := self.rng.randint(1, 600))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            prefix, code = self.rng.choice(_DOI_PREFIXES), self.rng.choice(_DOI_CODES)
            record["DOI"] = f"10.{prefix}/{code}-{self.rng.randint(2010, 2025)}-{self.rng.randint(1000, 9999)}"
        elif self.rng.random() < 0.3:
            record["URL"] = self._url(self.rng.choice(_JOURNAL_HOSTS))
            record["accessed"] = self._accessed_after(record)
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": self._people(1), "issued": self._issued(),
            "genre": self.rng.choice(["MBA thesis", "MPhil thesis", "PhD thesis", "MS thesis", "MSc dissertation"]),
            "publisher": self.rng.choice(_UNIVERSITIES),
        }  # fmt: skip
        if self.rng.random() < 0.4:
            record["URL"] = self._url("prr.hec.gov.pk/jspui/handle")
            record["accessed"] = self._accessed_after(record)
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        name, place = self.rng.choice(_CONFERENCES)
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4), "issued": self._issued(),
            "container-title": f"Proceedings of the {name}", "event-place": place, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(5, 15)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _news_signed(self) -> Work:
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "author": self._people(2),
            "container-title": paper, "issued": self._issued(day=True),
            "URL": self._url(self.rng.choice(["dawn.com/news", "tribune.com.pk/story", "brecorder.com/news", "aurora.dawn.com/news", "profit.pakistantoday.com.pk", "thenews.com.pk/print"])),
        }  # fmt: skip
        if self.rng.random() < 0.85:
            record["accessed"] = self._accessed_after(record)
        return self._person_work(record, "news")

    def _person_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "issued": self._issued(), "URL": self._url(self.rng.choice(["medium.com", "linkedin.com/pulse", "mangobaaz.com", "propakistani.pk"]))}  # fmt: skip
        record["accessed"] = self._accessed_after(record)
        return self._person_work(record, "web")

    def _podcast(self) -> Work:
        show, host = self.rng.choice(_PODCASTS)
        record: dict[str, Any] = {
            "type": "motion_picture", "title": f"{show}: {self._topic_title()}", "issued": self._issued(day=True),
            "URL": f"https://www.youtube.com/watch?v={''.join(self.rng.choices('abcdefghijkLMNOPQRS0123456789', k=11))}",
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record)
        if host == "Profit" or host == "Mashion" or host == "Aurora":
            return self._org_work(record, "video", host, {"company", "video"})
        given, family = host.rsplit(" ", 1)
        record["author"] = [{"given": given, "family": family}]
        return self._person_work(record, "video")

    # ------------------------------------------------------------------ works by organisations
    def _company_web(self) -> Work:
        name = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice([
            "About us", "Our story", "Sustainability", "Corporate social responsibility", "Press releases",
            f"{self.rng.choice(['Ramazan', 'Eid', 'Independence Day', 'White Friday', 'PSL'])} campaign {self.year()}",
            "Investor information", "Customer charter", "Roshan Digital Account", "Brand guidelines",
        ]) if self.rng.random() < 0.5 else self._title(), "URL": self._url(f"{name.split()[0].lower().strip('(),.')}.com.pk")}  # fmt: skip
        if self.rng.random() < 0.8:
            record["issued"] = self._issued()
        if self.rng.random() < 0.9:
            record["accessed"] = self._accessed_after(record)
        return self._org_work(record, "web", name, {"company"})

    def _company_report(self) -> Work:
        name = self.rng.choice(_COMPANIES)
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report {year}", f"Sustainability report {year}",
                                                        f"Integrated annual report {year}", f"Financial statements for the year ended 30 June {year}",
                                                        self._title()]),
            "issued": {"date-parts": [[year]]}, "publisher": name, "publisher-place": self.rng.choice(["Karachi", "Lahore", "Islamabad"]),
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url(f"{name.split()[0].lower().strip('(),.')}.com.pk/investors")
            record["accessed"] = self._accessed_after(record)
        return self._org_work(record, "report", name, {"company"})

    def _regulator(self) -> Work:
        name = self.rng.choice(_REGULATORS)
        issued = self._issued()
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice([
                "Annual report", "Branchless banking newsletter", "Financial stability review",
                "National financial inclusion strategy", "Telecom indicators", "Pakistan economic survey",
                "Household integrated economic survey", "Digital Pakistan policy", "Consumer protection guidelines",
                "Enquiry report on deceptive marketing practices", "Labour force survey", "Mobile cellular policy",
            ]) + f" {issued['date-parts'][0][0]}" if self.rng.random() < 0.5 else self._title(),
            "issued": issued, "publisher": name.split(" (")[0], "publisher-place": "Islamabad",
        }  # fmt: skip
        if self.rng.random() < 0.85:
            record["URL"] = self._url(self.rng.choice(_REGULATOR_HOSTS))
            record["accessed"] = self._accessed_after(record)
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _trade_body(self) -> Work:
        name = self.rng.choice(_TRADE_BODIES)
        record: dict[str, Any] = {"type": "report", "title": self._title(), "issued": self._issued(),
                                  "publisher": name, "publisher-place": self.rng.choice(["Karachi", "Lahore", "Bradford"])}  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self._url("pas.org.pk")
            record["accessed"] = self._accessed_after(record)
        return self._org_work(record, "report", name, {"trade-body"})

    def _law(self) -> Work:
        title, year = self.rng.choice(_LAWS)
        author = self.rng.choice(_LAW_AUTHORS)
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": "Gazette of Pakistan", "publisher-place": "Islamabad"}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url("pakistancode.gov.pk/english")
            record["accessed"] = self._accessed_after(record)
        return self._org_work(record, "legislation", author, {"government", "legislation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year()
        market = self.rng.choice(_MARKETS)
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([
                f"{market[0].upper()}{market[1:]} in Pakistan {year}", f"Digital {year}: Pakistan",
                f"Pakistan {market} market: size and forecast to 2030", f"Ramazan consumer pulse {year}",
                f"Share of Pakistani adults using {market} in {year}, by province"]),
            "issued": {"date-parts": [[year]]}, "publisher": name,
            "URL": self._url(name.split()[0].lower() + ".com"),
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record)
        return self._org_work(record, "report", name, {"market-research"})

    def _news_unsigned(self) -> Work:
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": paper,
                                  "issued": self._issued(day=True), "URL": self._url("dawn.com/news")}  # fmt: skip
        record["accessed"] = self._accessed_after(record)
        return self._org_work(record, "news", paper, {"press"})

    def _social(self) -> Work:
        brand, platform = self.rng.choice(_SOCIAL)
        record: dict[str, Any] = {
            "type": "post", "title": self.rng.choice(["Is Ramazan, apni khushiyan baantein [This Ramazan, share your joy]",
                                                      "Jashn-e-Azadi mubarak! [Happy Independence Day!]",
                                                      "White Friday is here", "Eid Mubarak from all of us",
                                                      "Dil se Pakistani [Pakistani from the heart]", "New season, new lawn"]),
            "container-title": platform, "issued": self._issued(day=True),
            "URL": f"https://www.{platform.lower()}.com/{brand.replace(' ', '').replace(chr(39), '').lower()}",
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record)
        return self._org_work(record, "social", brand, {"company", "social"})

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url("propakistani.pk")}
        record["accessed"] = self._accessed_after(record)
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name = self.rng.choice(_COMPANIES + _TRADE_BODIES)
        return self._org_work(record, "web", name, {"undated"})
