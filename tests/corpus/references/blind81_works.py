"""Works for the eighty-first held-out pool, "blind81": what marketers in Pakistan, Bangladesh and Sri Lanka cite.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by an eighty-first hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, trade, CRM,
digital, sponsorship and communications marketers at telecoms and mobile wallets, banks and Islamic banks, insurers,
textile exporters, FMCG, tea, dairy and biscuit makers, e-commerce platforms and agencies in Karachi, Lahore,
Islamabad, Faisalabad, Dhaka, Chattogram, Colombo and Kandy reference their CIM Level 6 and 7 reports and MBA
assignments: regional and international journals with one to eight authors, textbooks from local and British
publishers, chapters, theses from LUMS, IBA, NUST, Dhaka, NSU, Colombo and Moratuwa, company and regulator reports,
statistics offices, Acts under the government that passed them, research firms, the regional press signed and
unsigned, Facebook, YouTube, TikTok, Instagram and LinkedIn posts and podcasts, with and without dates or access
dates; Pakistani, Bangladeshi, Sinhala, Tamil, Muslim and Burgher Sri Lankan names and expatriates.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# (family, given): given names placed as the papers print them; a Tamil father's name as an initial.
_PAKISTANI = [
    ("Khan", "Ayesha"), ("Khan", "Muhammad Bilal"), ("Qureshi", "Usman"), ("Malik", "Hina"), ("Butt", "Faisal"),
    ("Chaudhry", "Asad Ali"), ("Siddiqui", "Sana"), ("Raza", "Syed Hassan"), ("Shah", "Syed Ali Abbas"),
    ("Muhammad", "Zeeshan"), ("Ahmad", "Naveed"), ("Javed", "Mehreen"), ("Iqbal", "Kashif"), ("Hashmi", "Rabia"),
    ("Awan", "Tariq Mehmood"), ("Baig", "Mirza Adnan"), ("Zaidi", "Fatima"), ("Rizvi", "Syeda Zainab"),
    ("Nadeem", "Amna"), ("Sheikh", "Imran"), ("Durrani", "Abdul-Rahman"), ("Bhatti", "Saima"), ("Gill", "Waqas"),
    ("Mirza", "Omer"), ("Abbasi", "Nida"), ("Tahir", "Hamza"), ("Farooq", "Umar"), ("Lodhi", "Sadia"),
    ("Hussain", "Zahid"), ("Anwar", "Maryam"), ("Kazmi", "Syed Muhammad Ali"), ("Khan-Niazi", "Sameer"),
]  # fmt: skip
_BANGLADESHI = [
    ("Rahman", "Md. Mizanur"), ("Hossain", "Mohammad Shakil"), ("Islam", "Nusrat"), ("Chowdhury", "Tahmina"),
    ("Das", "Prosenjit"), ("Roy", "Anindita"), ("Ahmed", "Sheikh Farhan"), ("Haque", "Md. Ziaul"),
    ("Karim", "Rezaul"), ("Sarker", "Shirin"), ("Akter", "Farzana"), ("Uddin", "Mohammad Jashim"),
    ("Bhuiyan", "Kamrul Hasan"), ("Talukder", "Rafiqul"), ("Saha", "Dipankar"), ("Biswas", "Moumita"),
    ("Mahmud", "Tanvir"), ("Kabir", "Humayun"), ("Alam", "Md. Shafiul"), ("Sultana", "Nasrin"),
    ("Majumder", "Arpita"), ("Chakraborty", "Sourav"), ("Miah", "Abdul-Karim"), ("Begum", "Rokeya"),
]  # fmt: skip
_SINGLE = ["Shahidullah", "Anisuzzaman", "Rokonuzzaman", "Mahfuzullah"]  # Bangladeshi writers with one name
_SRI_LANKAN = [
    ("Wickremesinghe", "K. A. D."), ("Jayasuriya", "Nirmala"), ("Gunawardena", "H. M. Chathurika"),
    ("Perera", "W. A. Dilini"), ("Fernando", "Roshan"), ("Wijesinghe", "Tharindu"), ("Bandara", "R. M. Nuwan"),
    ("Dissanayake", "Sanduni"), ("Rathnayake", "Kasun"), ("Senanayake", "Ishara"), ("Karunaratne", "Malsha"),
    ("Abeysekera", "Dinesh"), ("Jayawardena-Perera", "Amaya"), ("Samarasinghe", "L. P."), ("Herath", "H. M. T. K."),
    ("Sivakumar", "K."), ("Thevarajah", "Arun"), ("Rajaratnam", "S."), ("Nadarajah", "Kavitha"),
    ("Shanmugalingam", "V."), ("Marikar", "Fathima Rizna"), ("Cassim", "Mohamed Rifkhan"), ("Jansz", "Carl"),
    ("Ludowyk", "Elaine"), ("Ekanayake", "Anuradha"), ("Wanigasekera", "Pradeepa"),
]  # fmt: skip
_PARTICLED = [("de", "Silva", "Nimali"), ("de", "Silva", "G. H. K."), ("de", "Mel", "Ruwan"), ("de", "Zoysa", "Hiruni"),
              ("de", "Kretser", "Marianne"), ("van der", "Poorten", "Ashley")]  # fmt: skip
_EXPATRIATES = [
    ("Müller", "Stefan"), ("Sørensen", "Mette"), ("Lefèvre", "Claire"), ("O'Connell", "Fiona"), ("McAllister", "Ross"),
    ("Nakamura", "Kenji"), ("Ferreira", "Ana"), ("Kumar", "Rajesh"), ("Iyer", "Priya"), ("Tan", "Wei Ling"),
    ("Yılmaz", "Emre"), ("Łukasik", "Marta"), ("Thompson", "Gareth"), ("Ó Briain", "Niamh"),
]  # fmt: skip
# Names transliterated with diacritics, as some Bangla and Sinhala scholars print them.
_DIACRITIC = [("Rāmanāthan", "S."), ("Gunasēkara", "Upul"), ("Bandyopādhyāy", "Sudeshna"), ("Ḥusain", "Abdul-Qādir"),
              ("Çelik", "Ayşe"), ("Muñoz", "Lucía")]  # fmt: skip

# Organisations as candidates write them as authors, with what makes each one hard.
_ORGANISATIONS = [
    ("Pakistan Mobile Communications Limited", {"company"}), ("Jazz", {"company"}),
    ("Telenor Pakistan (Pvt.) Ltd.", {"company", "abbreviation"}), ("Habib Bank Limited (HBL)", {"company", "abbreviation"}),
    ("HBL", {"company", "acronym"}), ("Meezan Bank Limited", {"company"}), ("Engro Corporation Limited", {"company"}),
    ("Nishat Mills Limited", {"company"}), ("K&N's Foods (Pvt.) Ltd.", {"company", "ampersand", "apostrophe"}),
    ("English Biscuit Manufacturers (Private) Limited", {"company"}), ("Daraz", {"company"}),
    ("Grameenphone Ltd.", {"company"}), ("bKash Limited", {"company"}), ("BRAC Bank PLC", {"company"}),
    ("Square Pharmaceuticals PLC", {"company"}), ("PRAN-RFL Group", {"company"}),
    ("Walton Hi-Tech Industries PLC", {"company"}), ("Dialog Axiata PLC", {"company"}),
    ("John Keells Holdings PLC", {"company"}), ("Hayleys PLC", {"company"}), ("MAS Holdings (Pvt) Ltd", {"company"}),
    ("Dilmah Ceylon Tea Company PLC", {"company"}), ("Cargills (Ceylon) PLC", {"company"}),
    ("Pakistan Cricket Board", {"sport"}), ("Bangladesh Cricket Board", {"sport"}), ("Sri Lanka Cricket", {"sport"}),
    ("State Bank of Pakistan", {"government"}), ("State Bank of Pakistan (SBP)", {"government", "abbreviation"}),
    ("Pakistan Telecommunication Authority", {"government"}), ("PTA", {"government", "acronym"}),
    ("Bangladesh Bank", {"government"}), ("Bangladesh Telecommunication Regulatory Commission (BTRC)", {"government", "abbreviation"}),
    ("Central Bank of Sri Lanka", {"government"}), ("CBSL", {"government", "acronym"}),
    ("Pakistan Bureau of Statistics", {"government"}), ("Bangladesh Bureau of Statistics (BBS)", {"government", "abbreviation"}),
    ("Department of Census and Statistics", {"government"}), ("Securities and Exchange Commission of Pakistan", {"government"}),
    ("Consumer Affairs Authority", {"government"}), ("Export Promotion Bureau", {"government"}),
    ("Bangladesh Garment Manufacturers & Exporters Association (BGMEA)", {"trade-body", "ampersand", "abbreviation"}),
    ("All Pakistan Textile Mills Association", {"trade-body"}), ("Pakistan Advertisers Society", {"trade-body"}),
    ("Sri Lanka Tea Board", {"government"}), ("Gallup Pakistan", {"market-research"}), ("LIRNEasia", {"market-research"}),
    ("Kantar", {"market-research"}), ("Nielsen", {"market-research"}), ("Ipsos", {"market-research"}),
    ("Euromonitor International", {"market-research"}), ("GSMA", {"trade-body", "acronym"}),
    ("PwC Pakistan", {"company"}), ("KPMG Taseer Hadi & Co.", {"company", "ampersand"}),
    ("LightCastle Partners", {"company"}), ("Ogilvy Pakistan", {"company"}), ("Cheil Bangladesh Ltd.", {"company"}),
]  # fmt: skip
_GOVERNMENTS = ["Government of Pakistan", "Government of the Punjab", "Government of the People's Republic of Bangladesh",
                "Parliament of the Democratic Socialist Republic of Sri Lanka", "Government of Sri Lanka",
                "Ministry of Commerce, Government of Pakistan", "Ministry of Information and Broadcasting",
                "Ministry of Posts, Telecommunications and Information Technology", "Board of Investment of Sri Lanka"]  # fmt: skip
_ACTS = [
    ("Government of Pakistan", "Prevention of Electronic Crimes Act, 2016", 2016),
    ("Government of Pakistan", "Pakistan Electronic Media Regulatory Authority Ordinance, 2002", 2002),
    ("Government of the Punjab", "Punjab Consumer Protection Act, 2005", 2005),
    ("Government of Pakistan", "Competition Act, 2010", 2010),
    ("Government of the People's Republic of Bangladesh", "Digital Security Act, 2018", 2018),
    ("Government of the People's Republic of Bangladesh", "Consumer Rights Protection Act, 2009", 2009),
    ("Government of the People's Republic of Bangladesh", "Bangladesh Telecommunication Act, 2001", 2001),
    ("Parliament of the Democratic Socialist Republic of Sri Lanka", "Personal Data Protection Act, No. 9 of 2022", 2022),
    ("Parliament of the Democratic Socialist Republic of Sri Lanka", "Consumer Affairs Authority Act, No. 9 of 2003", 2003),
    ("Parliament of the Democratic Socialist Republic of Sri Lanka", "Payment Devices Frauds Act, No. 30 of 2006", 2006),
]  # fmt: skip
_CIRCULARS = ["BPRD Circular No. 4 of 2023: digital onboarding of customers", "PSD Circular No. 1 of 2022: branchless banking",
              "Payment Systems Department Circular No. 08/2021", "Directive on unsolicited SMS marketing",
              "Guidelines on Islamic banking product disclosure", "Circular No. 02 of 2024: mobile financial services",
              "Regulations for value added services", "Direction No. 05 of 2021 on credit card promotions"]  # fmt: skip
_JOURNALS = ["Pakistan Journal of Commerce and Social Sciences", "Lahore Journal of Business",
             "South Asian Journal of Management", "Asian Journal of Business Research", "Sri Lanka Journal of Marketing",
             "Journal of Business Research", "Journal of Islamic Marketing", "Dhaka University Journal of Business Studies",
             "IBA Business Review", "NSU Journal of Business", "Colombo Business Journal", "South Asian Journal of Business Studies",
             "Journal of Fashion Marketing and Management", "International Journal of Bank Marketing",
             "Journal of Retailing and Consumer Services", "Vidyodaya Journal of Management"]  # fmt: skip
_PUBLISHERS = [("Oxford University Press", "Karachi"), ("Sang-e-Meel Publications", "Lahore"),
               ("The University Press Limited", "Dhaka"), ("Vijitha Yapa Publications", "Colombo"),
               ("Sarasavi Publishers", "Nugegoda"), ("Pearson", "Harlow"), ("Routledge", "Abingdon"),
               ("Sage", "New Delhi"), ("Kogan Page", "London"), ("Palgrave Macmillan", "Cham"),
               ("Cambridge University Press", "New Delhi"), ("Wiley", "Chichester")]  # fmt: skip
_UNIVERSITIES = ["Lahore University of Management Sciences", "Institute of Business Administration, Karachi",
                 "National University of Sciences and Technology", "University of Dhaka", "North South University",
                 "Institute of Business Administration, University of Dhaka", "University of Colombo",
                 "University of Moratuwa", "University of Sri Jayewardenepura", "University of Peradeniya"]  # fmt: skip
_PRESS = ["Dawn", "The Express Tribune", "Business Recorder", "The News", "Aurora", "The Daily Star", "Prothom Alo",
          "The Business Standard", "Daily Mirror", "Daily FT", "The Sunday Times", "The Financial Express", "Profit"]  # fmt: skip
_TOPICS = ["mobile wallet adoption", "Islamic banking trust", "brand love for biscuits", "cricket sponsorship recall",
           "Ramadan advertising", "e-commerce cash on delivery", "influencer credibility", "tea brand heritage",
           "garment buyer relationships", "sustainable apparel sourcing", "telecom churn", "bundle pricing",
           "rural distribution", "dairy brand switching", "women's financial inclusion", "sachet marketing",
           "festive season promotions", "customer loyalty in banking", "social commerce", "TikTok advertising",
           "brand purpose", "halal certification", "employer branding in textiles", "country-of-origin effects",
           "digital payments after COVID-19", "service quality in telecoms", "purchase intention", "green packaging",
           "celebrity endorsement", "wedding-season spending", "remittance marketing", "OTT advertising"]  # fmt: skip
_PLACES = ["Pakistan", "Bangladesh", "Sri Lanka", "Karachi", "Lahore", "Dhaka", "Chattogram", "Colombo", "Kandy",
           "South Asia", "Faisalabad", "emerging markets"]  # fmt: skip
_TRANSLITERATED = [
    ("Digital bazaar aur sarif ka aitmad", "Digital markets and consumer trust"),
    ("Ramzan mein ishtihar ki duniya", "The world of advertising in Ramadan"),
    ("Bangladesher bazarjat ponner brand", "Brands of packaged goods in Bangladesh"),
    ("Mobile taka o grameen nari", "Mobile money and rural women"),
    ("Sri Lankawe tē velandapola", "The tea market of Sri Lanka"),
    ("Pāribhōgika hāsirīma saha vekaḷanaya", "Consumer behaviour and marketing"),
    ("Cricket aur brand ki mohabbat", "Cricket and brand love"),
    ("Online kenakatar obhyas", "Online shopping habits"),
]  # fmt: skip
_PLATFORMS = ["Facebook", "YouTube", "TikTok", "Instagram", "LinkedIn", "X"]
_PODCASTS = ["The Marketing Adda", "Brand Baat", "Bazaar Talk", "Colombo Growth Cast", "The Dhaka Founders Podcast"]
_RESEARCH_TITLES = ["Consumer pulse {place} {y}", "Brand footprint {place} {y}", "Mobile money in {place}: {y} report",
                    "Digital 2024: {place}", "Retail audit of biscuits and snacks, {place}", "State of telecoms in {place}",
                    "AfterAccess: ICT access and use in {place}", "Media consumption survey {y}",
                    "Packaged food in {place}", "Apparel and footwear in {place}"]  # fmt: skip
_DOMAINS = {"Dawn": "dawn.com", "The Express Tribune": "tribune.com.pk", "Business Recorder": "brecorder.com",
            "The News": "thenews.com.pk", "Aurora": "aurora.dawn.com", "The Daily Star": "thedailystar.net",
            "Prothom Alo": "en.prothomalo.com", "The Business Standard": "tbsnews.net", "Daily Mirror": "dailymirror.lk",
            "Daily FT": "ft.lk", "The Sunday Times": "sundaytimes.lk", "The Financial Express": "thefinancialexpress.com.bd",
            "Profit": "profit.pakistantoday.com.pk"}  # fmt: skip


class Blind81WorkFactory(WorkFactory):
    """The blind81 pool's works: South Asian names and organisations, regional journals, press and regulators."""

    KINDS = ("book", "chapter", "journal", "thesis", "report", "web", "news", "legislation", "circular",
             "market-research", "social", "podcast", "government")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 81081)
        self.organisations: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.3:
            family, given = self.rng.choice(_PAKISTANI)
        elif roll < 0.55:
            family, given = self.rng.choice(_BANGLADESHI)
        elif roll < 0.58:
            return {"family": self.rng.choice(_SINGLE)}
        elif roll < 0.8:
            family, given = self.rng.choice(_SRI_LANKAN)
        elif roll < 0.87:
            particle, family, given = self.rng.choice(_PARTICLED)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        elif roll < 0.95:
            family, given = self.rng.choice(_EXPATRIATES)
        else:
            family, given = self.rng.choice(_DIACRITIC)
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 28, 16, 8, 5, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if name not in people:
                people.append(name)
        return people

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1975, 1999)
        return self.rng.randint(2008, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        parts = [self.rng.randint(2023, 2026), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        if issued is not None and parts[: len(issued)] < issued:
            parts[0] = issued[0] + 1
        return {"date-parts": [parts]}

    def _url(self, domain: str) -> str:
        slug = "-".join(self.rng.sample(["brand", "digital", "eid", "wallet", "cricket", "tea", "bank", "report",
                                         "consumer", "growth", "2024", "insights", "campaign", "rural"], 3))  # fmt: skip
        return f"https://www.{domain}/{slug}-{self.rng.randint(10, 99999)}"

    def _title(self) -> str:
        if self.rng.random() < 0.08:
            original, english = self.rng.choice(_TRANSLITERATED)
            return f"{original} [{english}]"
        topic, other = self.rng.sample(_TOPICS, 2)
        place = self.rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"The effect of {topic} on {other}: evidence from {place}",
                 f"{topic[0].upper()}{topic[1:]} and {other}", f"Understanding {topic} among young consumers in {place}",
                 f"{topic[0].upper()}{topic[1:]}: a study of {place}", f"Can {topic} build {other}? Evidence from {place}",
                 f"Revisiting {topic} in {place}", f"{topic[0].upper()}{topic[1:]} and repurchase intention"]  # fmt: skip
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            list(self.KINDS), weights=[11, 5, 24, 5, 10, 9, 10, 3, 3, 7, 5, 3, 5],
        )[0]  # fmt: skip
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        work.kind = kind
        return work

    def _dated(self, record: dict[str, Any], chance: float = 1.0, day: bool = False) -> None:
        if self.rng.random() < chance:
            year = self.year()
            record["issued"] = {
                "date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)] if day else [year]]
            }

    def _online(self, record: dict[str, Any], domain: str, accessed: float = 0.92) -> None:
        record["URL"] = self._url(domain)
        if self.rng.random() < accessed:
            issued = record["issued"]["date-parts"][0] if "issued" in record else None
            record["accessed"] = self._accessed_after(issued)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str], pair: bool = True) -> Work:
        # The same organisation in the same year now and then ("Daraz, 2023a" and "2023b"): only a company's or a
        # body's own reports, pages and posts are paired, whose publisher is the author.
        if pair and kind != "news" and self.organisations and "issued" in record and self.rng.random() < 0.12:
            name, tags, issued = self.rng.choice(self.organisations)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
            if "publisher" in record:
                record["publisher"] = name.split(" (")[0]
        if "issued" in record and pair and kind != "news":
            self.organisations.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "publisher": publisher, "publisher-place": place}  # fmt: skip
        self._dated(record)
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": f"Marketing in {self.rng.choice(['South Asia', 'Pakistan', 'Bangladesh', 'Sri Lanka', 'emerging Asia'])}",
            "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        self._dated(record)
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "volume": str(self.rng.randint(1, 40)),
            "issue": str(self.rng.randint(1, 4)),
            "page": f"{(start := self.rng.randint(1, 600))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        self._dated(record)
        if self.rng.random() < 0.35:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.rng.choice(['pjcss', 'ajbr', 'sajm', 'jbr', 'ijbm'])}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": self._people(1),
            "genre": self.rng.choice(["MBA dissertation", "MPhil thesis", "PhD thesis", "MBA project report"]),
            "publisher": self.rng.choice(_UNIVERSITIES),
        }  # fmt: skip
        self._dated(record)
        return self._person_work(record, "thesis")

    def _report(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "report", "title": self._title(), "publisher": name.split(" (")[0]}
        self._dated(record, 0.85)
        if "issued" in record and self.rng.random() < 0.6:  # the report of the year before it came out
            year = record["issued"]["date-parts"][0][0]
            record["title"] = self.rng.choice([f"Annual report {year - 1}", f"Sustainability report {year - 1}",
                                               f"Integrated annual report {year - 1}/{str(year)[-2:]}"])  # fmt: skip
        if self.rng.random() < 0.6:
            self._online(
                record, self.rng.choice(["jazz.com.pk", "hbl.com", "engro.com", "bkash.com", "dialog.lk", "keells.com"])
            )
        return self._org_work(record, "report", name, tags)

    def _web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title()}
        self._dated(record, 0.75)
        self._online(
            record,
            self.rng.choice(
                ["daraz.pk", "grameenphone.com", "meezanbank.com", "brac.net", "hayleys.com", "dilmahtea.com"]
            ),
        )
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags)

    def _news(self) -> Work:
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": paper}
        self._dated(record, 0.95, day=True)
        self._online(record, _DOMAINS[paper], 0.85)
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _legislation(self) -> Work:
        body, title, year = self.rng.choice(_ACTS)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}}
        if self.rng.random() < 0.5:
            domain = "pakistancode.gov.pk" if "Pakistan" in body or "Punjab" in body else "parliament.lk"
            self._online(record, "bdlaws.minlaw.gov.bd" if "Bangladesh" in body else domain)
        record["id"] = self._id()
        record["author"] = [{"literal": body}]
        return Work(record, body, str(year), True, 1, "legislation", {"legislation", "organisation", "government"})

    def _circular(self) -> Work:
        name = self.rng.choice(["State Bank of Pakistan", "Bangladesh Bank", "Central Bank of Sri Lanka",
                                "Pakistan Telecommunication Authority", "Bangladesh Telecommunication Regulatory Commission"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(_CIRCULARS), "publisher": name}
        self._dated(record)
        self._online(record, self.rng.choice(["sbp.org.pk", "bb.org.bd", "cbsl.gov.lk", "pta.gov.pk", "btrc.gov.bd"]))
        return self._org_work(record, "report", name, {"government"}, False)

    def _government(self) -> Work:
        name = self.rng.choice([*_GOVERNMENTS, "Pakistan Bureau of Statistics", "Bangladesh Bureau of Statistics",
                                "Department of Census and Statistics"])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title()}
        self._dated(record, 0.9)
        if "issued" in record and self.rng.random() < 0.6:  # a survey titled by the year before it came out
            year = record["issued"]["date-parts"][0][0]
            record["title"] = self.rng.choice([f"Household Income and Expenditure Survey {year - 1}",
                                               f"Labour Force Survey {year - 2}-{str(year - 1)[-2:]}",
                                               f"Economic Survey {year - 1}-{str(year)[-2:]}"])  # fmt: skip
        domain = "gov.pk" if "Pakistan" in name or "Punjab" in name else "gov.bd" if "Bangladesh" in name else "gov.lk"
        self._online(record, f"{''.join(w[0] for w in name.split() if w[0].isupper()).lower()}.{domain}")
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"government"}, False)

    def _market_research(self) -> Work:
        name = self.rng.choice(["Gallup Pakistan", "LIRNEasia", "Kantar", "Nielsen", "Ipsos", "Euromonitor International",
                                "DataReportal", "GSMA Intelligence"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "publisher": name}
        if self.rng.random() < 0.9:  # research firms' reports are recent
            record["issued"] = {"date-parts": [[self.rng.randint(2014, 2025)]]}
        year = record["issued"]["date-parts"][0][0] if "issued" in record else self.rng.randint(2019, 2024)
        place = self.rng.choice(["Pakistan", "Bangladesh", "Sri Lanka"])
        record["title"] = self.rng.choice(_RESEARCH_TITLES).format(place=place, y=year)
        self._online(record, name.split()[0].lower() + ".com")
        return self._org_work(record, "report", name, {"market-research"}, False)

    def _social(self) -> Work:
        platform = self.rng.choice(_PLATFORMS)
        record: dict[str, Any] = {"type": "post", "title": self._title(), "container-title": platform}
        self._dated(record, 0.95, day=True)
        self._online(record, platform.lower() + ".com")
        if self.rng.random() < 0.35:
            record["author"] = self._people(1)
            return self._person_work(record, "social")
        name, tags = self.rng.choice([o for o in _ORGANISATIONS if "company" in o[1] or "sport" in o[1]])
        return self._org_work(record, "social", name, set(tags))

    def _podcast(self) -> Work:
        record: dict[str, Any] = {"type": "song", "title": f"Episode {self.rng.randint(1, 180)}: {self._title()}",
                                  "container-title": self.rng.choice(_PODCASTS), "author": self._people(2)}  # fmt: skip
        self._dated(record, 0.85, day=True)
        self._online(record, "open.spotify.com")
        return self._person_work(record, "podcast")
