"""Works for the blind138 pool (HELD OUT): what marketers in Kenya, Rwanda and their diaspora cite.

Textbooks (Kenyan and international, editions and e-books), chapters, journal articles from African and
international journals with one to eight authors, theses from the University of Nairobi, Strathmore, Kenyatta,
USIU-Africa and the University of Rwanda, conference papers, company pages and reports (Ltd, PLC), trade bodies,
regulators and government (CBK, CA, KNBS, BNR, RURA, NISR), laws as Kenya and Rwanda number them, market-research
firms, the Kenyan and Rwandan press signed and unsigned, social posts, podcasts and videos, undated pages; Kikuyu,
Luo, Luhya, Kalenjin, Kamba, Kisii, Meru, Swahili-coast and Kenyan-Asian names, Kinyarwanda names with no family
name (written in either order), and expatriates writing about the region. Swahili and Kinyarwanda titles carry an
English translation in square brackets.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# (family, given): Kenyan names as they stand on papers; Christian or Muslim first names before the family name.
_KENYAN = [
    ("Kamau", "Peter"), ("Otieno", "Brian"), ("Wanjiru", "Grace"), ("Cheruiyot", "Kipkemoi"), ("Kiprono", "Amos"),
    ("Mwangi", "Joseph Njoroge"), ("Patel", "Nimisha"), ("Shah", "Rakesh"), ("Njoroge", "Esther"), ("Ochieng'", "Dan"),
    ("Odhiambo", "Fredrick O."), ("Achieng", "Mercy"), ("Wekesa", "Moses"), ("Wafula", "Caroline"), ("Barasa", "Tom"),
    ("Mutua", "Faith Mwikali"), ("Musyoka", "Dennis"), ("Nyamweya", "Bonareri"), ("Omwenga", "Josphat"),
    ("Kirimi", "Purity"), ("Mugambi", "Kinoti"), ("Mwenda", "Lucy"), ("Chebet", "Sharon"), ("Jeptoo", "Naomi"),
    ("Kipchumba", "Elijah"), ("Koech", "Vincent"), ("Rotich", "Hillary"), ("Langat", "Winnie"), ("Kosgei", "Ruth"),
    ("Ndung'u", "Njuguna"), ("Gathoni", "Wambui"), ("Wa Thiong'o", "Mukoma"), ("Nyong'o", "Anyang'"),
    ("Mohamed", "Fatuma Abdalla"), ("Bakari", "Swaleh"), ("Abdalla", "Mwanaisha"), ("Al-Amin", "Hussein"),
    ("Said", "Zuhura"), ("Omar", "Khadija"), ("Shah", "Anjali"), ("Patel", "Hemant"), ("Chandaria", "Manu"),
    ("Somaia", "Ketan"), ("Rawal", "Priya"), ("Hirani", "Sameer"), ("Kariuki", "Anne Wairimu"), ("Gitau", "Samuel"),
    ("Macharia", "John"), ("Owino", "Lilian A."), ("Oduor", "Kevin"), ("Onyango-Obbo", "Charles"),
    ("Muriuki", "Catherine"), ("Kimani-Mwangi", "Jane"), ("Nyaga", "Beatrice"), ("Ng'ang'a", "Stephen"),
    ("Akinyi", "Sheila"), ("Wairimu-Kamau", "Lydia"), ("Kiplagat", "Edwin"), ("Nzioka", "Ann"), ("Makau", "Titus"),
]  # fmt: skip
# Kinyarwanda names have no family name: papers put either name last, so "family" is whichever came last.
_RWANDAN = [
    ("Uwase", "Aline"), ("Mugisha", "Jean Claude"), ("Niyonzima", "Eric"), ("Habimana", "Théogène"),
    ("Uwimana", "Clarisse"), ("Mukamana", "Josiane"), ("Nsengiyumva", "Innocent"), ("Ingabire", "Diane"),
    ("Nkurunziza", "Emmanuel"), ("Hakizimana", "Jean de Dieu"), ("Umutoni", "Sandrine"), ("Twagirayezu", "Fabrice"),
    ("Mutesi", "Yvonne"), ("Bizimana", "Jean Bosco"), ("Niyonsaba", "Claudine"), ("Gatera", "Olivier"),
    ("Ntaganda", "Pacifique"), ("Irakoze", "Ange"), ("Kayitesi", "Marie Chantal"), ("Rwigema", "Patrick"),
    ("Aline", "Uwase"), ("Eric", "Niyonzima"), ("Uwamahoro", "Vestine"), ("Munyaneza", "Félicien"),
    ("Ishimwe", "Kevin"), ("Tuyishime", "Gad"), ("Mbabazi", "Esther"), ("Karangwa", "Didier"),
]  # fmt: skip
_EXPAT = [
    ("Ndemo", "Bitange"), ("Weiss", "Tobias"), ("Jack", "William"), ("Suri", "Tavneet"), ("Heyer", "Amrik"),
    ("Mas", "Ignacio"), ("Morawczynski", "Olga"), ("Hughes", "Nick"), ("Lonie", "Susie"), ("Omwansa", "Tonny K."),
    ("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona"),
    ("Van Hove", "Leo"), ("Dubus", "Antoine"), ("Bateman", "Milford"), ("Kusimba", "Sibel"), ("Donovan", "Kevin P."),
    ("O'Neill", "Siobhan"), ("Jørgensen", "Mads"), ("Müller", "Katrin"), ("Verhoeven", "Sanne"), ("Dupont", "Hélène"),
    ("Goldstein", "Rebecca"), ("Smith", "Jennifer"), ("Chen", "Wei"), ("Gupta", "Arjun"), ("Al-Habsi", "Salim"),
]  # fmt: skip

_ORGS: list[tuple[str, set[str]]] = [
    ("Safaricom PLC", {"company"}), ("Safaricom", {"company"}), ("Airtel Networks Kenya Ltd", {"company"}),
    ("MTN Rwandacell PLC", {"company"}), ("MTN Rwanda", {"company"}), ("Equity Group Holdings PLC", {"company"}),
    ("KCB Group PLC", {"company"}), ("Co-operative Bank of Kenya", {"company"}), ("NCBA Group PLC", {"company"}),
    ("Bank of Kigali PLC", {"company"}), ("Stima Sacco Society Ltd", {"company"}), ("Mwalimu National Sacco", {"company"}),
    ("Tala", {"company"}), ("Branch International", {"company"}), ("Brookside Dairy Ltd", {"company"}),
    ("Kenya Tea Development Agency (KTDA)", {"abbreviation"}), ("KTDA Holdings Ltd", {"company"}),
    ("Naivas Ltd", {"company"}), ("Quickmart", {"company"}), ("Majid Al Futtaim", {"company"}),
    ("Simba Supermarket Ltd", {"company"}), ("East African Breweries PLC", {"company"}), ("EABL", {"acronym"}),
    ("Bralirwa PLC", {"company"}), ("Kenya Airways PLC", {"company"}), ("RwandAir", {"company"}),
    ("Nation Media Group", {"company"}), ("Standard Group PLC", {"company"}), ("Scanad Kenya", {"company"}),
    ("Kenya Flower Council", {"trade-body"}), ("Marketing Society of Kenya (MSK)", {"trade-body", "abbreviation"}),
    ("Kenya Bankers Association", {"trade-body"}), ("Kenya Private Sector Alliance (KEPSA)", {"trade-body", "abbreviation"}),
    ("Private Sector Federation Rwanda", {"trade-body"}), ("Advertisers' Association of Kenya", {"trade-body", "apostrophe"}),
    ("FSD Kenya", {"trade-body"}), ("GSMA", {"trade-body", "acronym"}), ("AFI", {"trade-body", "acronym"}),
    ("Dalberg", {"company"}), ("Deloitte East Africa", {"company"}), ("PwC Kenya", {"company"}),
]  # fmt: skip
_GOV: list[tuple[str, set[str]]] = [
    ("Central Bank of Kenya", {"government"}), ("Central Bank of Kenya (CBK)", {"government", "abbreviation"}),
    ("Communications Authority of Kenya", {"government"}), ("Kenya National Bureau of Statistics", {"government"}),
    ("Kenya National Bureau of Statistics (KNBS)", {"government", "abbreviation"}),
    ("National Bank of Rwanda", {"government"}), ("National Bank of Rwanda (BNR)", {"government", "abbreviation"}),
    ("Rwanda Utilities Regulatory Authority (RURA)", {"government", "abbreviation"}),
    ("National Institute of Statistics of Rwanda", {"government"}), ("NISR", {"government", "acronym"}),
    ("Office of the Data Protection Commissioner", {"government"}), ("Competition Authority of Kenya", {"government"}),
    ("Rwanda Development Board", {"government"}), ("Ministry of ICT and Innovation", {"government"}),
    ("Kenya Revenue Authority", {"government"}), ("Tea Board of Kenya", {"government"}),
]  # fmt: skip
_RESEARCH = ["GeoPoll", "Kantar", "Ipsos Kenya", "Nielsen", "Statista", "TIFA Research", "Infotrak", "Euromonitor International"]  # fmt: skip
_PRESS = ["Business Daily", "Daily Nation", "The Standard", "The EastAfrican", "The New Times", "The Star",
          "Kenyans.co.ke", "Capital FM", "Citizen Digital", "KT Press", "Taifa Leo", "Kigali Today", "TechCabal",
          "Techweez", "Quartz Africa"]  # fmt: skip
_TOPICS = ["mobile money", "M-Pesa adoption", "digital lending", "SACCO membership", "brand loyalty in supermarkets",
           "influencer marketing on TikTok", "customer experience in banking", "financial inclusion", "chama savings",
           "Fuliza overdrafts", "agent networks", "tea exports", "cut-flower branding", "dairy brand equity",
           "beer pricing", "airline loyalty", "WhatsApp commerce", "buy now, pay later", "youth unemployment",
           "Gen Z consumers", "Boda boda financing", "mobile data bundles", "diaspora remittances", "cashless payments",
           "e-commerce trust", "private-label goods", "sports betting adverts"]  # fmt: skip
_PLACES = ["Kenya", "Rwanda", "Nairobi", "Kigali", "East Africa", "Mombasa", "Kisumu", "Nakuru", "Eldoret",
           "Musanze", "Rubavu", "Sub-Saharan Africa"]  # fmt: skip
_LOCAL_TITLES = [
    ("Uchumi wa kidijitali na biashara ndogo", "The digital economy and small businesses"),
    ("Matumizi ya M-Pesa vijijini", "Use of M-Pesa in rural areas"),
    ("Mikopo ya simu na vijana", "Mobile loans and the youth"),
    ("Uaminifu wa wateja katika maduka makubwa", "Customer loyalty in supermarkets"),
    ("Ikoranabuhanga mu bucuruzi buciriritse", "Technology in small trade"),
    ("Imikoreshereze ya MoMo mu cyaro", "The use of MoMo in rural areas"),
    ("Ubukungu bushingiye ku ikoranabuhanga", "The technology-based economy"),
    ("Kwamamaza ku mbuga nkoranyambaga", "Advertising on social media"),
]  # fmt: skip
_UNIS = [("University of Nairobi", "Nairobi", "erepository.uonbi.ac.ke"), ("Strathmore University", "Nairobi", "su-plus.strathmore.edu"),
         ("Kenyatta University", "Nairobi", "ir-library.ku.ac.ke"), ("United States International University-Africa", "Nairobi", "erepo.usiu.ac.ke"),
         ("USIU-Africa", "Nairobi", "erepo.usiu.ac.ke"), ("University of Rwanda", "Kigali", "dr.ur.ac.rw"),
         ("Moi University", "Eldoret", "ir.mu.ac.ke"), ("Jomo Kenyatta University of Agriculture and Technology", "Juja", "ir.jkuat.ac.ke")]  # fmt: skip
_LAWS = [
    ("Republic of Kenya", "Data Protection Act, 2019 (No. 24 of 2019)", 2019, "Kenya Gazette Supplement No. 181"),
    ("Republic of Kenya", "Kenya Information and Communications Act (Cap. 411A)", 1998, "Government Printer"),
    ("Republic of Kenya", "Consumer Protection Act, 2012 (No. 46 of 2012)", 2012, "Kenya Gazette Supplement No. 170"),
    ("Republic of Kenya", "Central Bank of Kenya (Amendment) Act, 2021", 2021, "Kenya Gazette Supplement No. 231"),
    ("Republic of Kenya", "National Payment System Act, 2011 (No. 39 of 2011)", 2011, "Government Printer"),
    ("Republic of Kenya", "Sacco Societies Act, 2008 (No. 14 of 2008)", 2008, "Government Printer"),
    ("Republic of Rwanda", "Law No 058/2021 of 13/10/2021 relating to the protection of personal data and privacy", 2021, "Official Gazette n° Special of 15/10/2021"),
    ("Republic of Rwanda", "Law No 061/2021 of 14/10/2021 governing the payment system", 2021, "Official Gazette n° Special of 15/10/2021"),
    ("Republic of Rwanda", "Law No 36/2012 of 21/09/2012 relating to competition and consumer protection", 2012, "Official Gazette n° 47 of 19/11/2012"),
    ("Parliament of Kenya", "The Finance Act, 2023", 2023, "Kenya Gazette Supplement No. 118"),
]  # fmt: skip


class Blind138WorkFactory(WorkFactory):
    """Kenyan and Rwandan works, drawn from a source of the pool's own."""

    DRAWN = ("book", "chapter", "journal", "thesis", "conference", "organisation-web", "organisation-report",
             "government", "law", "market-research", "news", "press-unsigned", "social", "undated-web")  # fmt: skip
    WEIGHTS = (12, 5, 22, 6, 4, 10, 8, 8, 4, 7, 9, 3, 4, 4)
    KINDS = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "legislation", "news", "social")

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 138 + 13801)
        self.paired: list[tuple[str, set[str], int]] = []

    # ------------------------------------------------------------------ names
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        pool = _KENYAN if roll < 0.5 else _RWANDAN if roll < 0.75 else _EXPAT
        family, given = self.rng.choice(pool)
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGS)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.04:
            return self.rng.randint(1975, 1999)
        return self.rng.randint(2007, 2025)

    def accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        year = issued[0] if issued else 2021
        when = self.rng.randint(max(year, 2022), 2025) if year < 2025 else 2026
        if issued and when == year:
            when += 1
        return {"date-parts": [[when, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def url(self, host: str) -> str:
        return f"https://www.{host}/{self.fakers['en_GB'].slug()}"

    def _title(self) -> str:
        topic, place = self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {place}", f"The effect of {topic} on customer loyalty: evidence from {place}",
            f"Determinants of {topic} among small traders in {place}", f"{topic[0].upper()}{topic[1:]} and brand trust",
            f"Marketing {topic} to young consumers in {place}", f"Does {topic} pay? Lessons from {place}",
            f"Drivers of {topic}: a study of {self.rng.choice(['SACCOs', 'commercial banks', 'supermarkets', 'telcos', 'tea factories'])} in {place}",
        ]  # fmt: skip
        if self.rng.random() < 0.12:
            local, english = self.rng.choice(_LOCAL_TITLES)
            return f"{local} [{english}]"
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(self.DRAWN, weights=self.WEIGHTS)[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self.rng.choice([self._title(), "Principles of marketing", "Marketing management",
                                                     "Digital marketing: strategy, implementation and practice",
                                                     "Marketing in Africa", "Money, real quick: the story of M-Pesa",
                                                     "Strategic brand management", "Consumer behaviour in East Africa"]),
            "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Pearson", "Routledge", "East African Educational Publishers", "Kogan Page",
                                          "Longhorn Publishers", "Fountain Publishers", "Sage", "Guardian Books"]),
            "publisher-place": self.rng.choice(["Nairobi", "Harlow", "Abingdon", "London", "Kampala", "Kigali"]),
        }  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 17))
        if self.rng.random() < 0.15:
            record["medium"] = "e-book"
            record["URL"] = self.url("vitalsource.com")
            record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["Marketing in Africa: a handbook", "Mobile money in East Africa",
                                                "The Routledge companion to African business", "Consumer behaviour in emerging markets"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "Palgrave Macmillan", "Springer"]),
            "publisher-place": self.rng.choice(["Abingdon", "Cham", "London"]),
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(["African Journal of Business Management", "Journal of African Business",
                                                "East African Journal of Business and Economics", "Rwanda Journal of Social Sciences",
                                                "International Journal of Bank Marketing", "Journal of Marketing Management",
                                                "DBA Africa Management Review", "Strathmore Business Review",
                                                "Journal of Eastern African Studies", "African Journal of Economic and Management Studies"]),
            "issued": {"date-parts": [[self.year()]]}, "volume": str(self.rng.randint(1, 45)),
            "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 600))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice(['1108', '1080', '5897', '4314'])}/{self.fakers['en_GB'].lexify('????').upper()}-{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, place, host = self.rng.choice(_UNIS)
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": [self.person()],
            "genre": self.rng.choice(["MBA project", "MSc thesis", "PhD thesis", "MA thesis", "MBA dissertation"]),
            "publisher": university, "publisher-place": place, "issued": {"date-parts": [[self.year()]]},
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = f"http://{host}/handle/{self.rng.randint(11295, 12000)}/{self.rng.randint(10000, 99999)}"
            record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": self.rng.choice(["Proceedings of the Strathmore International Math Research Conference",
                                                "Proceedings of the KU Annual International Conference",
                                                "Proceedings of the IST-Africa Conference", "Proceedings of the AIB Africa Chapter Conference"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher-place": self.rng.choice(["Nairobi", "Kigali", "Mombasa"]),
            "page": f"{(start := self.rng.randint(1, 200))}-{start + self.rng.randint(5, 15)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same body in the same year as an earlier work ("Safaricom PLC, 2019a" and "2019b").
        if self.paired and "issued" in record and self.rng.random() < 0.12:
            name, tags, year = self.rng.choice(self.paired)
            record["issued"] = {"date-parts": [[year]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after([year])
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
        elif "issued" in record:
            self.paired.append((name, tags, record["issued"]["date-parts"][0][0]))
        return super()._org_work(record, kind, name, tags)

    def _organisation_web(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self.url(self.rng.choice(
            ["safaricom.co.ke", "mtn.co.rw", "naivas.online", "eabl.com", "kenya-airways.com", "ktdateas.com"]))}  # fmt: skip
        record["issued"] = {"date-parts": [[self.year()]]}
        if self.rng.random() < 0.8:
            record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._org_work(record, "web", name, tags)

    def _organisation_report(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report and financial statements {year}",
                                                        f"Integrated report {year}", f"Sustainable business report {year}",
                                                        self._title()]),
            "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0],
            "publisher-place": self.rng.choice(["Nairobi", "Kigali"]),
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self.url("investors.example.co.ke")
            if self.rng.random() < 0.8:
                record["accessed"] = self.accessed_after([year])
        return self._org_work(record, "report", name, tags)

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOV)
        year = self.year()
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self.rng.choice([f"Annual report {year}", f"Statistical bulletin {year}",
                                      f"Quarterly statistics report Q{self.rng.randint(1, 4)} {year}/{str(year + 1)[2:]}",
                                      f"{'Rwanda' if 'Rwanda' in name or name == 'NISR' else 'Kenya'} financial inclusion survey {year}",
                                      f"Strategic plan {year}-{year + 4}", self._title()]),
            "issued": {"date-parts": [[year]]},
            "URL": self.url(self.rng.choice(["centralbank.go.ke", "ca.go.ke", "knbs.or.ke", "bnr.rw", "rura.rw", "statistics.gov.rw"])),
            "accessed": self.accessed_after([year]),
        }  # fmt: skip
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _law(self) -> Work:
        author, title, year, gazette = self.rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": gazette,
                                  "publisher-place": "Kigali" if "Rwanda" in author else "Nairobi",
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = self.url("kenyalaw.org" if "Kenya" in author else "minijust.gov.rw")
            record["accessed"] = self.accessed_after([year])
        record["id"] = self._id()
        record["author"] = [{"literal": author}]
        return Work(record, author, str(year), True, 1, "legislation", {"legislation", "organisation", "government"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year()
        market, place = (
            self.rng.choice(["mobile money", "beer", "dairy", "supermarket", "fintech lending", "airtime"]),
            self.rng.choice(_PLACES[:4]),
        )
        record: dict[str, Any] = {
            "type": "report", "publisher": name,
            "title": self.rng.choice([f"{market.capitalize()} in {place} {year}", f"{place} {market} market report {year}",
                                      f"Mobile consumer survey {place} {year}", f"Share of adults in {place} using {market} in {year}"]),
            "URL": self.url(name.split()[0].lower() + ".com"), "issued": {"date-parts": [[year]]},
        }  # fmt: skip
        if self.rng.random() < 0.85:
            record["accessed"] = self.accessed_after([year])
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        year = self.year()
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "author": self._people(2),
            "container-title": self.rng.choice(_PRESS), "issued": {"date-parts": [issued]},
            "URL": self.url(self.rng.choice(["businessdailyafrica.com", "nation.africa", "standardmedia.co.ke", "newtimes.co.rw"])),
        }  # fmt: skip
        if self.rng.random() < 0.85:
            record["accessed"] = self.accessed_after(issued)
        return self._person_work(record, "news")

    def _press_unsigned(self) -> Work:
        year = self.year()
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": paper,
                                  "issued": {"date-parts": [issued]}, "URL": self.url("nation.africa"),
                                  "accessed": self.accessed_after(issued)}  # fmt: skip
        return self._org_work(record, "news", paper, {"press"})

    def _social(self) -> Work:
        year = self.rng.randint(2015, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        platform = self.rng.choice(["X", "LinkedIn", "YouTube", "TikTok", "Spotify", "Instagram"])
        name, tags = self.rng.choice([("Safaricom PLC", {"company"}), ("MTN Rwanda", {"company"}), ("Kenya Airways", {"company"}),
                                      ("RwandAir", {"company"}), ("Naivas Supermarket", {"company"}), ("Brookside Dairy", {"company"})])  # fmt: skip
        record: dict[str, Any] = {
            "type": "motion_picture" if platform == "YouTube" else "webpage",
            "title": self.rng.choice(["#TwendeTukiuke: Madaraka Day message", "Ni Sisi campaign launch",
                                      "Behind the brand: our Umuganura story", "M-Pesa at 15 [video]",
                                      "The Kigali Marketing Podcast, episode 12", "Black Friday deals live now"]),
            "container-title": platform, "issued": {"date-parts": [issued]}, "URL": self.url(platform.lower() + ".com"),
            "accessed": self.accessed_after(issued),
        }  # fmt: skip
        if self.rng.random() < 0.4:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        return self._org_work(record, "social", name, tags)

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self.url("example.co.ke")}
        if self.rng.random() < 0.8:
            record["accessed"] = self.accessed_after(None)
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags | {"undated"})
