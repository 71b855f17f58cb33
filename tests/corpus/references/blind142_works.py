"""Works for the blind142 pool (HELD OUT): what marketers in Bangladesh and its diaspora cite.

Bangladeshi names as they appear on English-language papers: Md., Mohammad, Mst. and Syed kept in the given names,
family names that differ between siblings, Hindu, Buddhist and hill-tracts names (Das, Saha, Chowdhury, Barua,
Chakma, Marma, Tripura), several romanisations (Rahman and Rahaman, Hossain, Hussain and Hosen, Chowdhury and
Choudhury) and the expatriates who write about Bangladeshi markets. Textbooks from Dhaka and Western publishers,
chapters, journals with one to eight authors, theses from IBA, NSU, BRAC, EWU and JU, conference papers, company
pages and annual reports (Ltd and PLC), trade bodies, Bangladesh Bank, the BTRC, the BBS and the BSEC, Acts with
their numbers, research firms, the Dhaka and diaspora press signed and unsigned, posts, videos and podcasts, and
Bengali titles transliterated or in Bengali script with the English in square brackets.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_GIVEN_M = ["Md. Abdur", "Md. Mizanur", "Mohammad Shahidul", "Mohammed Ashraful", "Md. Rafiqul", "Syed Ferdous",
            "Kazi Tanvir", "A. K. M. Nurul", "Abu Sayeed", "Mohd. Jahangir", "Sheikh Imran", "Tanvir", "Rezaul",
            "Mahmudul", "Nafees", "Sajid", "Arif", "Fahim", "Zubair", "Ehsanul", "Md. Golam", "S. M. Shafiqul",
            "Khandaker Mosharraf", "Mir Sabbir", "Abul Kalam", "Mostafizur", "Shafayet"]  # fmt: skip
_GIVEN_F = ["Mst. Nasrin", "Mst. Shamima", "Nusrat", "Farzana", "Tahmina", "Sharmin", "Rumana", "Fahmida", "Sadia",
            "Nazia", "Rubaiyat", "Tasnim", "Ishrat Jahan", "Afsana", "Mahjabeen", "Shirin", "Laila Arjumand",
            "Syeda Rizwana", "Rokeya", "Nabila"]  # fmt: skip
_FAMILY_MUSLIM = ["Rahman", "Rahaman", "Hossain", "Hussain", "Hosen", "Islam", "Ahmed", "Ahmad", "Chowdhury",
                  "Choudhury", "Khan", "Haque", "Hoque", "Huq", "Uddin", "Alam", "Karim", "Kabir", "Sarker",
                  "Sarkar", "Bhuiyan", "Bhuiya", "Talukder", "Mollah", "Miah", "Mia", "Siddiqui", "Siddique",
                  "Akter", "Akhter", "Begum", "Khatun", "Sultana", "Jahan", "Hasan", "Hassan", "Mahmud",
                  "Mahmood", "Majumder", "Mazumder", "Howlader", "Shikder", "Khondoker", "Sobhan", "Reza",
                  "Ferdous", "Zaman", "Noor", "Anwar", "Rashid"]  # fmt: skip
_HINDU = [("Das", "Shyamal"), ("Saha", "Dipankar"), ("Roy", "Anupam"), ("Chowdhury", "Ratna"), ("Ghosh", "Sumon"),
          ("Dey", "Pritom"), ("Paul", "Tapas Kumar"), ("Biswas", "Mitali"), ("Mondal", "Bikash"), ("Sen", "Moushumi"),
          ("Dutta", "Ankur"), ("Bhattacharjee", "Sudipta"), ("Chakraborty", "Rupa"), ("Podder", "Sanjoy"),
          ("Sarker", "Gopal Chandra"), ("Basak", "Nirmal"), ("Nandi", "Trisha"), ("Kundu", "Ashis")]  # fmt: skip
_BUDDHIST_HILL = [("Barua", "Sujit"), ("Barua", "Papri"), ("Chakma", "Sanchita"), ("Chakma", "Prasit Bikash"),
                  ("Marma", "Ching Mong"), ("Marma", "Aung Shwe Prue"), ("Tripura", "Mathura Bikash"),
                  ("Tanchangya", "Jyotish"), ("Mro", "Rengyung"), ("Bawm", "Lalthan"), ("Khisa", "Nirupa")]  # fmt: skip
_EXPAT_LOCALES = ["en_GB", "en_GB", "en_US", "en_CA", "de_DE", "fr_FR", "tr_TR", "nl_NL", "en_AU", "sv_SE"]
_SPECIAL = [("Ḥusayn", "Mīr Muḥammad"), ("Rahmān", "Ātaur"), ("Ó Ceallaigh", "Siobhán"), ("Yılmaz", "Gökhan"),
            ("Østergaard", "Mette"), ("Nuñez", "Inés")]  # fmt: skip
_PARTICLES = [("van", "Dijk", "Floor"), ("de", "Silva", "Rohan"), ("van der", "Meer", "Joost"), ("de", "Souza", "Ana")]

_TOPICS = ["mobile financial services", "bKash adoption", "agent banking", "cash-on-delivery", "f-commerce",
           "Facebook live selling", "ride-hailing", "brand trust", "halal branding", "RMG buyer relationships",
           "employer branding", "Eid campaigns", "rural distribution", "prepaid top-ups", "data packs",
           "customer churn", "digital payments", "microfinance", "women entrepreneurs", "remittance marketing",
           "influencer marketing", "green apparel", "country-of-origin image", "tea-stall word of mouth",
           "FMCG distribution", "pharmaceutical promotion", "OTT streaming", "e-grocery", "service quality",
           "customer satisfaction", "sustainable packaging", "telco loyalty"]  # fmt: skip
_PLACES = [
    "Bangladesh",
    "Dhaka",
    "Chattogram",
    "Sylhet",
    "Khulna",
    "Rajshahi",
    "rural Bangladesh",
    "urban Bangladesh",
    "the Bangladeshi diaspora",
    "Tower Hamlets",
    "South Asia",
    "emerging markets",
    "Gazipur",
    "Narayanganj",
]
_BENGALI = [("Bangladesher digital orthoniti", "বাংলাদেশের ডিজিটাল অর্থনীতি", "The digital economy of Bangladesh"),
            ("Bipanon byabosthapona", "বিপণন ব্যবস্থাপনা", "Marketing management"),
            ("Grameen bazare mobile banking", "গ্রামীণ বাজারে মোবাইল ব্যাংকিং", "Mobile banking in rural markets"),
            ("Bhokta achoron", "ভোক্তা আচরণ", "Consumer behaviour"),
            ("Brand o bigyapon", "ব্র্যান্ড ও বিজ্ঞাপন", "Brands and advertising"),
            ("Eid-er bazar o khuchra bikri", "ঈদের বাজার ও খুচরা বিক্রি", "The Eid market and retail sales"),
            ("Nari uddokta o e-commerce", "নারী উদ্যোক্তা ও ই-কমার্স", "Women entrepreneurs and e-commerce")]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Sage", "London"), ("Kogan Page", "London"),
               ("Oxford University Press", "Oxford"), ("The University Press Limited", "Dhaka"),
               ("Abir Publications", "Dhaka"), ("Palgrave Macmillan", "Cham"), ("Wiley", "Hoboken, NJ"),
               ("Cengage", "Boston, MA"), ("Prothoma Prokashan", "Dhaka"), ("Bangla Academy", "Dhaka"),
               ("Springer", "Singapore"), ("Cambridge University Press", "Cambridge")]  # fmt: skip
_JOURNALS = ["Journal of Business Administration", "Dhaka University Journal of Business Studies",
             "The Cost and Management", "Asian Business Review", "South Asian Journal of Marketing",
             "Journal of Islamic Marketing", "International Journal of Bank Marketing",
             "Journal of Retailing and Consumer Services", "Bangladesh Development Studies", "IIUC Business Review",
             "Journal of Business and Technology (Dhaka)", "North South Business Review", "BRAC Business Review",
             "Journal of Asian Business Strategy", "Telecommunications Policy", "Journal of Fashion Marketing and Management",
             "Asia Pacific Journal of Marketing and Logistics", "Jahangirnagar Journal of Business Studies"]  # fmt: skip
_UNIVERSITIES = ["Institute of Business Administration, University of Dhaka", "North South University",
                 "BRAC University", "East West University", "Jahangirnagar University", "University of Chittagong",
                 "Independent University, Bangladesh", "Queen Mary University of London",
                 "University of East London", "Middlesex University", "Aston University",
                 "Universiti Malaya"]  # fmt: skip
_COMPANIES = [("BRAC Bank PLC", {"company"}), ("Dutch-Bangla Bank PLC", {"company"}), ("The City Bank PLC", {"company"}),
              ("bKash Limited", {"company"}), ("bKash", {"company"}), ("Nagad", {"company"}),
              ("Grameenphone Ltd.", {"company"}), ("Grameenphone", {"company"}), ("Robi Axiata PLC", {"company"}),
              ("Banglalink Digital Communications Ltd", {"company"}), ("Teletalk Bangladesh Ltd", {"company"}),
              ("PRAN-RFL Group", {"company"}), ("Square Pharmaceuticals PLC", {"company"}), ("ACI Limited", {"company"}),
              ("Akij Group", {"company"}), ("Daraz Bangladesh", {"company"}), ("Chaldal", {"company"}),
              ("Pathao", {"company"}), ("foodpanda Bangladesh", {"company"}), ("Beximco Pharmaceuticals Ltd", {"company"}),
              ("Aarong", {"company"}), ("Walton Hi-Tech Industries PLC", {"company"}), ("Unilever Bangladesh Limited", {"company"}),
              ("Shwapno", {"company"}), ("Meghna Group of Industries", {"company"}), ("LightCastle Partners", {"company"}),
              ("Grey Dhaka", {"company"}), ("Asiatic 360", {"company"}), ("Mediacom Limited", {"company"})]  # fmt: skip
_TRADE = [("Bangladesh Garment Manufacturers and Exporters Association (BGMEA)", {"trade-body", "abbreviation"}),
          ("BGMEA", {"trade-body", "acronym"}), ("e-Commerce Association of Bangladesh (e-CAB)", {"trade-body", "abbreviation"}),
          ("Bangladesh Association of Software and Information Services (BASIS)", {"trade-body", "abbreviation"}),
          ("Dhaka Chamber of Commerce & Industry", {"trade-body", "ampersand"}),
          ("Federation of Bangladesh Chambers of Commerce & Industries (FBCCI)", {"trade-body", "ampersand", "abbreviation"}),
          ("Association of Mobile Telecom Operators of Bangladesh", {"trade-body"}),
          ("Bangladesh Knitwear Manufacturers and Exporters Association", {"trade-body"}),
          ("Bangladesh Association of Pharmaceutical Industries", {"trade-body"}),
          ("GSMA", {"trade-body", "acronym"}), ("British Bangladeshi Chamber of Commerce", {"trade-body"})]  # fmt: skip
_REGULATORS = [("Bangladesh Bank", {"government"}), ("Bangladesh Telecommunication Regulatory Commission", {"government"}),
               ("BTRC", {"government", "acronym"}), ("Bangladesh Bureau of Statistics", {"government"}),
               ("Bangladesh Bureau of Statistics (BBS)", {"government", "abbreviation"}),
               ("Bangladesh Securities and Exchange Commission", {"government"}),
               ("Ministry of Commerce", {"government"}), ("Export Promotion Bureau", {"government"}),
               ("Bangladesh Investment Development Authority", {"government"}), ("a2i", {"government", "acronym"}),
               ("Directorate of National Consumer Rights Protection", {"government"}),
               ("Bangladesh Tourism Board", {"government"}), ("Office for National Statistics", {"government"}),
               ("Tower Hamlets Council", {"government"}), ("Statistics Canada", {"government"})]  # fmt: skip
_LAWS = [("Digital Security Act, 2018 (Act No. 46 of 2018)", 2018), ("Bangladesh Telecommunication Regulatory Act, 2001", 2001),
         ("Consumer Rights Protection Act, 2009 (Act No. 26 of 2009)", 2009), ("Payment and Settlement Systems Act, 2024", 2024),
         ("Competition Act, 2012 (Act No. 23 of 2012)", 2012), ("Cyber Security Act, 2023 (Act No. 39 of 2023)", 2023),
         ("Bangladesh Labour Act, 2006 (Act No. 42 of 2006)", 2006), ("Trademarks Act, 2009", 2009),
         ("Tobacco Products Marketing Control (Amendment) Act, 2013", 2013),
         ("Mobile Financial Services (MFS) Regulations, 2022", 2022), ("Breast-milk Substitutes, Infant Foods, Commercially Manufactured Complementary Foods and the Accessories Thereof (Regulation of Marketing) Act, 2013", 2013),
         ("Bangladesh Bank Payment Systems Department Circular No. 04", 2022), ("SRO No. 223-Law/2019", 2019),
         ("BSEC Directive No. BSEC/CMRRCD/2006-158/208/Admin/81", 2018), ("Digital Commerce Operation Guidelines 2021", 2021)]  # fmt: skip
_LAW_AUTHORS = ["Government of the People's Republic of Bangladesh", "Government of Bangladesh",
                "Ministry of Law, Justice and Parliamentary Affairs", "Bangladesh Parliament"]  # fmt: skip
_RESEARCH = ["LightCastle Partners", "Statista", "Kantar", "GSMA Intelligence", "Euromonitor International",
             "DataReportal", "Ipsos Bangladesh", "Nielsen Bangladesh", "YouGov", "Mordor Intelligence"]  # fmt: skip
_MARKETS = [
    "mobile financial services",
    "e-commerce",
    "ready-made garments",
    "instant noodles",
    "edible oil",
    "smartphones",
    "pharmaceuticals",
    "skin care",
    "soft drinks",
    "ride-hailing",
    "packaged tea",
    "biscuits",
]
_PRESS = ["The Daily Star", "Prothom Alo", "The Business Standard", "Dhaka Tribune", "The Financial Express",
          "New Age", "bdnews24.com", "Kaler Kantho", "Bonik Barta", "Jugantor", "The Independent (Dhaka)",
          "Eastern Eye", "Dhaka Courier", "LightCastle Analytics Wing", "Nikkei Asia", "Khaleej Times"]  # fmt: skip
_PLATFORMS = ["LinkedIn", "Facebook", "YouTube", "Instagram", "X", "TikTok", "Spotify"]


_HOSTS = {"Bangladesh Bank": "www.bb.org.bd", "Bangladesh Telecommunication Regulatory Commission": "www.btrc.gov.bd",
          "BTRC": "www.btrc.gov.bd", "Bangladesh Bureau of Statistics": "bbs.gov.bd", "Ministry of Commerce": "mincom.gov.bd",
          "Bangladesh Securities and Exchange Commission": "sec.gov.bd", "Export Promotion Bureau": "epb.gov.bd",
          "Office for National Statistics": "www.ons.gov.uk", "Tower Hamlets Council": "www.towerhamlets.gov.uk",
          "Statistics Canada": "www150.statcan.gc.ca", "a2i": "a2i.gov.bd"}  # fmt: skip


class Blind142WorkFactory(WorkFactory):
    """The blind142 pool's works, from a random source of its own."""

    # what a work is, as the truth files it; and what is drawn, with its weight
    KINDS: ClassVar[tuple[str, ...]] = (
        "book",
        "chapter",
        "journal",
        "thesis",
        "conference",
        "web",
        "report",
        "news",
        "social",
    )
    DRAWN: ClassVar[dict[str, int]] = {"book": 12, "chapter": 5, "journal": 22, "thesis": 4, "conference": 3, "company-web": 9,
             "company-report": 6, "trade-body": 4, "regulator": 8, "law": 3, "market-research": 6, "news": 10,
             "social": 4, "undated-web": 4}  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 142 + 14201)
        for index, locale in enumerate(sorted(set(_EXPAT_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 142 + index)
                self.fakers[locale] = fake
        self.organisations: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.5:
            given = rng.choice(_GIVEN_F if rng.random() < 0.35 else _GIVEN_M)
            family = rng.choice(_FAMILY_MUSLIM)
            if given.startswith("Mst.") and rng.random() < 0.5:
                family = rng.choice(["Akter", "Khatun", "Begum", "Sultana", "Parvin"])
            return {"family": family, "given": given}
        if roll < 0.64:
            family, given = rng.choice(_HINDU)
            return {"family": family, "given": given}
        if roll < 0.72:
            family, given = rng.choice(_BUDDHIST_HILL)
            return {"family": family, "given": given}
        if roll < 0.76:
            family, given = rng.choice(_SPECIAL)
            return {"family": family, "given": given}
        if roll < 0.79:
            particle, family, given = rng.choice(_PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        fake = self.fakers[rng.choice(_EXPAT_LOCALES)]
        family = fake.last_name()
        if rng.random() < 0.06:
            family = f"{family}-{self.fakers['en_GB'].last_name().split('-')[0]}"
        return {"family": family.split()[-1], "given": fake.first_name()}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 28, 16, 9, 5, 4, 2, 2][:most])[0]
        return [self.person() for _ in range(count)]

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        if self.rng.random() < 0.04:
            return self.rng.randint(1972, 1999)
        return self.rng.randint(2005, 2024)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        low = 2022 if issued is None else max(2022, issued[0] + 1)
        return {"date-parts": [[self.rng.randint(low, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        rng = self.rng
        topic, place = rng.choice(_TOPICS), rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}: evidence from {rng.choice(_MARKETS)}",
                 f"Determinants of {topic} among young consumers in {place}",
                 f"The impact of {topic} on {rng.choice(_TOPICS)}: a study of {place}",
                 f"{topic[0].upper()}{topic[1:]} and {rng.choice(_TOPICS)} in {place}",
                 f"Factors influencing {topic} in {place}: an empirical study",
                 f"Marketing {rng.choice(_MARKETS)} in {place}", f"Rethinking {topic} in {place}"]  # fmt: skip
        return rng.choice(forms)

    def _bengali_title(self) -> str:
        roman, script, english = self.rng.choice(_BENGALI)
        return f"{script if self.rng.random() < 0.5 else roman} [{english}]"

    def _issued(self, precise: bool = False) -> dict[str, list[list[int]]]:
        parts = [self.rng.randint(2012, 2024) if precise else self.year()]
        if precise:
            parts += [self.rng.randint(1, 12), self.rng.randint(1, 28)]
        return {"date-parts": [parts]}

    def _url(self, host: str) -> str:
        return f"https://{host}/{self.fakers['en_GB'].slug()}"

    def _online(self, record: dict[str, Any], host: str) -> None:
        record["URL"] = self._url(host)
        if self.rng.random() < 0.88:
            issued = record.get("issued", {}).get("date-parts", [None])[0]
            record["accessed"] = self._accessed_after(issued)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        if self.organisations and "issued" in record and self.rng.random() < 0.12:
            name, tags, issued = self.rng.choice(self.organisations)  # "Bangladesh Bank, 2019a" and "2019b"
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.organisations.append((name, tags, record["issued"]))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, set(tags) | {"organisation"})

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        local = publisher in ("Abir Publications", "Prothoma Prokashan", "Bangla Academy") and self.rng.random() < 0.7
        record: dict[str, Any] = {"type": "book", "title": self._bengali_title() if local else self._title(),
                                  "author": self._people(4), "issued": self._issued(), "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 17))
        if self.rng.random() < 0.12:
            record["medium"] = "e-book"
            self._online(record, "www.vlebooks.com")
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice([f"Marketing in {self.rng.choice(_PLACES)}", "Business and society in Bangladesh",
                                                "Handbook of marketing in South Asia", "Emerging markets: the Bangladesh story"]),
            "issued": self._issued(), "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 600)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._bengali_title() if self.rng.random() < 0.05 else self._title(),
            "author": self._people(8), "container-title": self.rng.choice(_JOURNALS), "issued": self._issued(),
            "volume": str(self.rng.randint(1, 48)), "issue": str(self.rng.randint(1, 4)),
            "page": f"{start}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice([1108, 1016, 3329, 5430, 1080])}/{self.fakers['en_GB'].lexify('????').upper()}-{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": [self.person()], "issued": self._issued(),
            "genre": self.rng.choice(["MBA thesis", "MBA internship report", "MSc dissertation", "PhD thesis", "MPhil thesis", "BBA internship report"]),
            "publisher": self.rng.choice(_UNIVERSITIES),
        }  # fmt: skip
        if self.rng.random() < 0.4:
            self._online(
                record, self.rng.choice(["dspace.bracu.ac.bd", "repository.library.du.ac.bd", "dspace.ewubd.edu"])
            )
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        start = self.rng.randint(1, 400)
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(5), "issued": self._issued(),
            "container-title": self.rng.choice(["Proceedings of the International Conference on Business and Economics",
                                                "Proceedings of the 5th BIBM Conference", "ICBM 2019 Proceedings",
                                                "Proceedings of the Dhaka University Business Conference"]),
            "event-place": self.rng.choice(["Dhaka", "Chattogram", "Kuala Lumpur", "Sylhet"]),
            "page": f"{start}-{start + self.rng.randint(6, 14)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _company_web(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(
            ["About us", "Our brands", "Sustainability", "Press release: new Eid offer", "Investor relations",
             f"{self.rng.choice(['Pohela Boishakh', 'Eid-ul-Fitr', 'Ramadan', 'Victory Day'])} campaign {self.rng.randint(2016, 2024)}",
             f"{self._title()}"])}  # fmt: skip
        if self.rng.random() < 0.75:
            record["issued"] = self._issued()
        self._online(record, f"www.{name.split()[0].lower().strip('.')}.com.bd")
        return self._org_work(record, "web", name, tags)

    def _company_report(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        issued = self._issued()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report {issued['date-parts'][0][0]}",
                                                        f"Integrated annual report {issued['date-parts'][0][0] - 1}-{str(issued['date-parts'][0][0])[2:]}",
                                                        f"Sustainability report {issued['date-parts'][0][0]}", self._title()]),
            "issued": issued, "publisher": name, "publisher-place": "Dhaka",
        }  # fmt: skip
        if self.rng.random() < 0.6:
            self._online(record, f"www.{name.split()[0].lower().strip('.')}.com")
        return self._org_work(record, "report", name, tags)

    def _trade_body(self) -> Work:
        name, tags = self.rng.choice(_TRADE)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title()}
        if self.rng.random() < 0.85:
            record["issued"] = self._issued()
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = "Dhaka"
        self._online(record, "www.bgmea.com.bd" if "BGMEA" in name else "www.ecab.org.bd")
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _regulator(self) -> Work:
        name, tags = self.rng.choice(_REGULATORS)
        year = self.year()
        titles = [f"Mobile financial services (MFS) comparative summary statement, {self.rng.choice(['January', 'June', 'December'])} {year}",
                  f"Mobile phone subscribers in Bangladesh, {self.rng.choice(['March', 'October'])} {year}",
                  f"Household income and expenditure survey {year}", f"Statistical yearbook Bangladesh {year}",
                  f"Financial stability report {year}", f"Annual report {year - 1}-{str(year)[2:]}", self._title(),
                  "Population and housing census 2022: national report", f"Payment systems department circular no. {self.rng.randint(1, 20):02d}"]  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(titles) if _HOSTS.get(name.split(" (")[0], "").endswith(".bd") else self._title(),
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = {"Statistics Canada": "Ottawa"}.get(
                name, "London" if "gov.uk" in _HOSTS.get(name, "") else "Dhaka"
            )
        self._online(record, _HOSTS.get(name.split(" (")[0], "www.gov.bd"))
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _law(self) -> Work:
        title, year = self.rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": "Bangladesh Government Press", "publisher-place": "Dhaka"}  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = f"http://bdlaws.minlaw.gov.bd/act-{self.rng.randint(300, 1500)}.html"
            record["accessed"] = self._accessed_after([year])
        name = self.rng.choice(_LAW_AUTHORS)
        return self._org_work(
            record, "report", name, {"government", "legislation"} | ({"apostrophe"} if "'" in name else set())
        )

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2012, 2024) if self.rng.random() < 0.9 else None
        market = self.rng.choice(_MARKETS)
        when = year or 2024
        titles = [f"{market.capitalize()} in Bangladesh {when}", f"Digital {when}: Bangladesh",
                  f"Bangladesh {market} market: size, share and forecast to 2030",
                  f"The state of {market} in Bangladesh, Q{self.rng.randint(1, 4)} {when}",
                  f"Number of bKash users in Bangladesh from 2015 to {when}",
                  f"{market.capitalize()} - Bangladesh - {self.rng.choice(['March', 'August', 'November'])} {when}"]  # fmt: skip
        record: dict[str, Any] = {
            "type": "report",
            "title": self.rng.choice(titles) if _HOSTS.get(name.split(" (")[0], "").endswith(".bd") else self._title(),
            "publisher": name,
        }
        if year:
            record["issued"] = {"date-parts": [[year]]}
        self._online(record, f"www.{name.split()[0].lower()}.com")
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        paper = self.rng.choice(_PRESS)
        bengali = paper in ("Prothom Alo", "Kaler Kantho", "Bonik Barta", "Jugantor")
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._bengali_title() if bengali and self.rng.random() < 0.6 else self._title(),
            "container-title": paper, "issued": self._issued(precise=True),
        }  # fmt: skip
        self._online(record, f"www.{paper.split()[-1].lower().strip('()')}.com")
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _social(self) -> Work:
        platform = self.rng.choice(_PLATFORMS)
        label = {"YouTube": "[Video]", "Spotify": "[Podcast]", "TikTok": "[Video]"}.get(platform, "[Post]")
        record: dict[str, Any] = {"type": "webpage", "title": f"{self._title()} {label}", "container-title": platform,
                                  "issued": self._issued(precise=True)}  # fmt: skip
        self._online(record, f"www.{platform.lower()}.com")
        if self.rng.random() < 0.6:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        name, tags = self.rng.choice(_COMPANIES + _TRADE)
        return self._org_work(record, "social", name, tags)

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title()}
        self._online(record, self.rng.choice(["www.lightcastlebd.com", "www.tbsnews.net", "www.bangladesh.gov.bd"]))
        if self.rng.random() < 0.4:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.rng.choice(_COMPANIES + _REGULATORS + _TRADE)
        return self._org_work(record, "web", name, set(tags) | {"undated"})
