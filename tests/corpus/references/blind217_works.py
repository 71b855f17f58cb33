"""The blind217 pool's works: what marketers in Ethiopia, Kenya, Rwanda and Somalia and their diaspora cite.

Written without reading the checker, its tests or any other pool. Textbooks (Pearson, Routledge, Macmillan
Education East Africa), chapters, journal articles (African Journal of Business Management, Journal of African
Business, Journal of Marketing Management) with one to eight authors and DOIs, theses from Addis Ababa University,
the University of Nairobi, Strathmore, the University of Rwanda and KCA University, conference papers, statistics
offices, central banks and regulators (two works of one body in a year now and then), laws and proclamations with
numbers and years, firms' pages and annual reports, market research with years, the press signed and unsigned,
social posts, videos, podcasts and undated pages. Ethiopian and Eritrean names have no surname: a given name and the
father's given name, which reference managers hold either as family "Abebe", given "Bikila" (cited "Abebe") or as
the whole name written out (cited "Abebe Bikila"); Somali names are three given names (Mohamed Abdi Hassan), Kenyan
ones carry a family or clan name (Wanjiru, Otieno, arap Moi), Rwandan ones a name of their own (Uwimana).
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "thesis", "conference", "government", "legislation", "company-web",
         "annual-report", "market-research", "news", "press", "social", "video", "podcast", "undated-web",
         "web-person")  # fmt: skip

# Ethiopian and Eritrean names: (given name, father's given name), cited by the first.
_HABESHA = [("Abebe", "Bikila"), ("Tsegaye", "Gebremedhin"), ("Mulugeta", "Alemu"), ("Selamawit", "Tesfaye"),
            ("Hailemariam", "Desalegn"), ("Yohannes", "Tadesse"), ("Meseret", "Haile"), ("Bethlehem", "Girma"),
            ("Getachew", "Worku"), ("Mekdes", "Assefa"), ("Dawit", "Kebede"), ("Tigist", "Mengistu"),
            ("Eyerusalem", "Woldemichael"), ("Habtamu", "Ayalew"), ("Senait", "Berhane"), ("Fikre", "Tesfamariam"),
            ("Kidane", "Gebreyesus"), ("Hiwot", "Teferra"), ("Temesgen", "Zewdie"), ("Alemayehu", "Negash"),
            ("Biniam", "Ghebreab"), ("Lemlem", "Tekle"), ("Ermias", "Gebru"), ("Saba", "Yemane")]  # fmt: skip
# Somali names: three given names, the last two the father's and grandfather's, cited by the last.
_SOMALI = [("Hassan", "Mohamed Abdi"), ("Farah", "Amina Yusuf"), ("Warsame", "Abdirahman Ali"),
           ("Jama", "Hodan Ismail"), ("Osman", "Fadumo Ahmed"), ("Nur", "Abdullahi Said"), ("Egal", "Sahra Mohamud"),
           ("Xasan", "Cabdi Maxamed"), ("Cali", "Faarax Yuusuf"), ("Aden", "Ilhan Omar"), ("Duale", "Khadar Abdi")]  # fmt: skip
_KENYAN = [("Wanjiru", "Grace"), ("Otieno", "Brian"), ("Kamau", "Peter"), ("Mwangi", "Joseph"), ("Achieng", "Mercy"),
           ("Kiprotich", "Dennis"), ("Njoroge", "Esther"), ("Chepkoech", "Faith"), ("Wafula", "Moses"),
           ("Muthoni", "Lucy"), ("Ndung'u", "Njuguna"), ("Ochieng'", "Kevin"), ("Mutua", "Daniel"),
           ("Kariuki", "Ann"), ("Odhiambo", "Victor"), ("Wambui", "Caroline"), ("Kimani", "Samuel")]  # fmt: skip
_RWANDAN = [("Uwimana", "Claudine"), ("Habimana", "Jean Paul"), ("Mukamana", "Aline"), ("Nsengiyumva", "Eric"),
            ("Niyonzima", "Patrick"), ("Uwase", "Diane"), ("Mugisha", "Olivier"), ("Ingabire", "Solange"),
            ("Nkurunziza", "Emmanuel"), ("Umutoni", "Josiane"), ("Bizimana", "Théoneste")]  # fmt: skip
_PARTICLE = [("arap", "Moi", "Daniel"), ("arap", "Koech", "Gideon"), ("wa", "Thiong'o", "Mukoma")]  # fmt: skip
_DIASPORA = [("Lindqvist", "Anna"), ("Bergström", "Erik"), ("O'Connor", "Siobhan"), ("Johnson", "Mark"),
             ("Müller", "Katrin"), ("Patel", "Nisha"), ("Smith", "Rachel"), ("Nguyen", "Linh")]  # fmt: skip

_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("Ethiopian Airlines Group", {"company"}), ("Ethio Telecom", {"company"}), ("Safaricom PLC", {"company"}),
    ("Safaricom", {"company"}), ("M-PESA Africa", {"company"}), ("Equity Group Holdings PLC", {"company"}),
    ("KCB Group PLC", {"company", "acronym"}), ("Commercial Bank of Ethiopia", {"company"}),
    ("Dashen Bank S.C.", {"company"}), ("MTN Rwanda", {"company"}), ("Hormuud Telecom", {"company"}),
    ("Dahabshiil", {"company"}), ("Bralirwa Plc", {"company"}), ("East African Breweries PLC", {"company"}),
    ("EABL", {"company", "acronym"}), ("Kenya Tea Development Agency (KTDA)", {"company", "abbreviation"}),
    ("Ethiopian Coffee & Tea Authority", {"government", "ampersand"}), ("Java House Africa", {"company"}),
    ("Bank of Abyssinia", {"company"}), ("Awash Bank", {"company"}), ("Kenya Airways PLC", {"company"}),
    ("RwandAir", {"company"}), ("Naivas", {"company"}), ("Twiga Foods", {"company"}),
    ("Marketing Society of Kenya (MSK)", {"trade-body", "abbreviation"}),
    ("Kenya Flower Council", {"trade-body"}), ("Chartered Institute of Marketing", {"trade-body"}),
    ("Deloitte East Africa", {"company"}), ("PwC Kenya", {"company"}), ("McKinsey & Company", {"company", "ampersand"}),
    ("Ernst & Young", {"company", "ampersand"}), ("Africa's Talking", {"company", "apostrophe"}),
    ("Women's World Banking", {"apostrophe"}), ("GSMA", {"acronym"}), ("World Bank", set()),
    ("UNCTAD", {"acronym"}), ("Mercy Corps", set()),
]  # fmt: skip
_GOVERNMENT = [
    ("Ethiopian Statistical Service", set()), ("Ethiopian Statistical Service (ESS)", {"abbreviation"}),
    ("National Bank of Ethiopia", set()), ("Communications Authority of Kenya", set()),
    ("Communications Authority of Kenya (CA)", {"abbreviation"}), ("Kenya National Bureau of Statistics", set()),
    ("KNBS", {"acronym"}), ("Central Bank of Kenya", set()), ("Rwanda Development Board", set()),
    ("Rwanda Development Board (RDB)", {"abbreviation"}), ("National Institute of Statistics of Rwanda", set()),
    ("NISR", {"acronym"}), ("Ethiopian Investment Commission", set()), ("Office of the Data Protection Commissioner", set()),
    ("Competition Authority of Kenya", set()), ("Ministry of Trade & Regional Integration", {"ampersand"}),
    ("National Bank of Rwanda", set()), ("Central Bank of Somalia", set()), ("Kenya Revenue Authority", set()),
    ("Ethiopian Communications Authority", set()),
]  # fmt: skip
_LAWS = [
    ("Proclamation No. 1238/2021", 2021, "Federal Negarit Gazette"),
    ("Trade Competition and Consumers Protection Proclamation No. 813/2013", 2013, "Federal Negarit Gazette"),
    ("Data Protection Act, 2019 (Kenya)", 2019, "Kenya Gazette Supplement"),
    ("Consumer Protection Act, 2012", 2012, "Kenya Gazette Supplement"),
    ("Competition Act, 2010", 2010, "Kenya Gazette Supplement"),
    ("Law No. 058/2021 relating to the protection of personal data and privacy", 2021, "Official Gazette of Rwanda"),
    ("National Payment System Act, 2011", 2011, "Kenya Gazette Supplement"),
    ("Personal Data Protection Proclamation No. 1321/2024", 2024, "Federal Negarit Gazette"),
]  # fmt: skip
_RESEARCH = ["GeoPoll", "Ipsos Kenya", "TIFA Research", "Kantar", "Statista", "Euromonitor International", "GSMA Intelligence",
             "Nielsen", "Kenya Audience Research Foundation"]  # fmt: skip
_NEWS = ["Addis Standard", "The Reporter Ethiopia", "Business Daily Africa", "Daily Nation", "The New Times",
         "Hiiraan Online", "Capital Ethiopia", "The EastAfrican", "The Standard", "Addis Fortune", "KT Press",
         "Somali Guardian"]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Macmillan Education East Africa", "Nairobi"),
               ("Pearson Education", "Harlow"), ("Longhorn Publishers", "Nairobi"), ("East African Educational Publishers", "Nairobi"),
               ("Addis Ababa University Press", "Addis Ababa"), ("Sage", "London"), ("Palgrave Macmillan", "Cham")]  # fmt: skip
_JOURNALS = ["African Journal of Business Management", "Journal of African Business", "Journal of Marketing Management",
             "Ethiopian Journal of Business and Economics", "East African Journal of Business and Economics",
             "Journal of Business Research", "Rwanda Journal of Social Sciences", "Africa Journal of Management",
             "International Journal of Bank Marketing", "Journal of Small Business & Entrepreneurship Development"]  # fmt: skip
_UNIVERSITIES = ["Addis Ababa University", "University of Nairobi", "Strathmore University", "University of Rwanda",
                 "KCA University", "Bahir Dar University", "Hawassa University", "Jomo Kenyatta University of Agriculture and Technology",
                 "Mount Kenya University", "SIMAD University"]  # fmt: skip
_CONFERENCES = ["Strathmore International Business Conference", "African Academy of Management Conference",
                "Ethiopian Economic Association Annual Conference", "University of Rwanda Business Research Symposium",
                "KCA University Annual Research Conference"]  # fmt: skip
_TOPICS = ["mobile money adoption", "M-PESA and financial inclusion", "bank customer loyalty", "brand equity of local beer",
           "digital marketing in SMEs", "service quality in airlines", "coffee export branding", "telecom switching behaviour",
           "social media marketing", "diaspora remittances", "tea export marketing", "cut flower exports",
           "customer satisfaction in mobile banking", "agent banking", "USSD and app banking", "WhatsApp commerce",
           "influencer marketing on TikTok", "Islamic banking products", "corporate social responsibility",
           "destination branding", "fintech trust", "market orientation", "sales promotion", "green marketing"]  # fmt: skip
_PLACES = ["Ethiopia", "Addis Ababa", "Kenya", "Nairobi", "Rwanda", "Kigali", "Somaliland", "Mogadishu", "Hawassa",
           "Bahir Dar", "Mombasa", "Kisumu", "East Africa", "the Horn of Africa"]  # fmt: skip


class Blind217WorkFactory(WorkFactory):
    """Works that marketers in Ethiopia, Kenya, Rwanda and Somalia and their diaspora cite."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 217)
        for index, locale in enumerate(["en_KE", "sw"]):
            try:
                fake = Faker(locale)
            except AttributeError:
                continue
            fake.seed_instance(seed * 211 + index)
            self.fakers[locale] = fake
        self.bodies: list[tuple[str, set[str], dict[str, Any], str]] = []

    # ------------------------------------------------------------------ names
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.32:
            given, father = self.rng.choice(_HABESHA)
            return {"family": given, "given": father}  # held as the scholar's own journals print it: "Abebe, B."
        if roll < 0.45:
            family, given = self.rng.choice(_SOMALI)
            return {"family": family, "given": given}
        if roll < 0.68:
            family, given = self.rng.choice(_KENYAN)
            return {"family": family, "given": given}
        if roll < 0.8:
            family, given = self.rng.choice(_RWANDAN)
            return {"family": family, "given": given}
        if roll < 0.84:
            particle, family, given = self.rng.choice(_PARTICLE)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        family, given = self.rng.choice(_DIASPORA)
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.04:
            return self.rng.randint(1975, 1995)  # the classics; never a founding year a decoy names
        return self.rng.randint(2005, 2025)

    def accessed(self) -> dict[str, list[list[int]]]:
        return {"date-parts": [[self.rng.randint(2024, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        place = self.rng.choice(_PLACES)
        forms = [f"The effect of {topic} on customer loyalty: evidence from {place}",
                 f"Determinants of {topic} in {place}", f"{topic[0].upper()}{topic[1:]} in {place}",
                 f"Factors affecting {topic} among SMEs in {place}",
                 f"{topic[0].upper()}{topic[1:]}: a case of {place}", f"Assessing {topic} in {place}",
                 f"The role of {topic} in the performance of firms in {place}"]  # fmt: skip
        return self.rng.choice(forms)

    def _seat(self, name: str) -> str:
        """Where a firm publishes its reports, as its report's title page gives it."""
        for words, place in ((("Ethiopia", "Ethio", "Dashen", "Abyssinia", "Awash", "Coffee"), "Addis Ababa"),
                             (("Rwanda", "Bralirwa"), "Kigali"), (("Hormuud",), "Mogadishu"), (("Dahabshiil",), "Hargeisa"),
                             (("McKinsey", "Ernst", "Women's", "GSMA", "World Bank", "UNCTAD", "Chartered"), "London")):  # fmt: skip
            if any(word in name for word in words):
                return place
        return "Nairobi"

    def _url(self, domain: str) -> str:
        return f"https://www.{domain}/{self.fakers['en_GB'].slug()}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "thesis", "conference", "government", "legislation", "company-web",
             "annual-report", "market-research", "news", "social", "video", "podcast", "undated-web", "web-person"],
            weights=[11, 5, 22, 6, 4, 10, 3, 9, 6, 7, 9, 2, 2, 1, 2, 3],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _whole_name(self, record: dict[str, Any], kind: str) -> Work:
        """An Ethiopian or Eritrean lead author written out whole ("Abebe Bikila"), as many candidates cite them."""
        given, father = self.rng.choice(_HABESHA)
        record["author"][0] = {"literal": f"{given} {father}"}
        record["id"] = self._id()
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, f"{given} {father}", year, False, len(record["author"]), kind, {"whole-name"})

    def _person(self, record: dict[str, Any], kind: str) -> Work:
        if self.rng.random() < 0.12:
            return self._whole_name(record, kind)
        return self._person_work(record, kind)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 300)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": f"Marketing in {self.rng.choice(['Africa', 'East Africa', 'emerging markets', 'the Horn of Africa'])}",
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 40)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{start}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.55:
            record["DOI"] = (
                f"10.{self.rng.choice(['5897', '1080', '1108', '4314'])}/{self.fakers['en_GB'].lexify('????').upper()}{self.rng.randint(2010, 2025)}.{self.rng.randint(100, 9999)}"
            )
        return self._person(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": [self.person()],
            "genre": self.rng.choice(["MBA thesis", "MA thesis", "PhD thesis", "MSc dissertation"]),
            "publisher": self.rng.choice(_UNIVERSITIES), "issued": {"date-parts": [[self.year()]]},
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = self._url("erepository.example.ac.ke")
            record["accessed"] = self.accessed()
        return self._person(record, "thesis")

    def _conference(self) -> Work:
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": f"Proceedings of the {self.rng.choice(_CONFERENCES)}",
            "event-place": self.rng.choice(["Nairobi", "Addis Ababa", "Kigali", "Hawassa"]),
            "issued": {"date-parts": [[self.year()]]}, "page": f"{(s := self.rng.randint(1, 200))}-{s + 12}",
        }  # fmt: skip
        return self._person(record, "conference")

    def _body_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # The same body in the same year now and then ("Central Bank of Kenya, 2023a" and "2023b").
        # Only a body's works of one kind are paired (two annual reports, two statistics releases, two pages).
        same = [body for body in self.bodies if body[3] == kind]
        if same and "issued" in record and kind != "legislation" and self.rng.random() < 0.2:
            name, tags, issued, _kind = self.rng.choice(same)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if record.get("publisher") and kind in ("annual-report", "market-research"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.bodies.append((name, tags, record["issued"], kind))
        if "accessed" in record and "issued" in record:
            issued = record["issued"]["date-parts"][0]
            if record["accessed"]["date-parts"][0][: len(issued)] < issued:
                record["accessed"] = {"date-parts": [[issued[0] + 1, 3, 14]]}
        return self._org_work(record, kind, name, tags)

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        year = self.year()
        titles = [f"Statistical abstract {year}", f"Annual report {year - 1}/{str(year)[2:]}", f"Economic survey {year}",
                  f"Sector statistics report, quarter four {year - 1}/{str(year)[2:]}", f"Financial inclusion survey {year}",
                  self._title()]  # fmt: skip
        domain = next((d for words, d in ((("Kenya", "KNBS", "Data Protection", "(CA)"), "go.ke"), (("Rwanda", "NISR", "RDB"), "gov.rw"),
                                          (("Somalia",), "gov.so")) if any(w in name for w in words)), "gov.et")  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(titles),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(f"{name.split(' (')[0].split()[0].lower()}.{domain}"),
                                  "accessed": self.accessed()}  # fmt: skip
        return self._body_work(record, "government", name, tags | {"government"})

    def _legislation(self) -> Work:
        # As candidates list a law: under the legislature or government that made it, the law's name as its title.
        title, year, gazette = self.rng.choice(_LAWS)
        name = {
            "Federal Negarit Gazette": "Federal Democratic Republic of Ethiopia",
            "Kenya Gazette Supplement": "Republic of Kenya",
            "Official Gazette of Rwanda": "Republic of Rwanda",
        }[gazette]
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": gazette,
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        return self._body_work(record, "legislation", name, {"legislation", "government"})

    def _company_web(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(["About us", "Our story", "Products and services", "Sustainability", self._title()]),
                                  "URL": self._url(name.split()[0].lower().replace("'", "") + ".com"), "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.8:
            record["issued"] = {"date-parts": [[self.year()]]}
        return self._body_work(record, "company-web", name, tags)

    def _annual_report(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice([f"Annual report {year}", f"Integrated report and financial statements {year}", f"Sustainability report {year}"]),
                                  "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0],
                                  "publisher-place": self._seat(name)}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url(name.split()[0].lower().replace("'", "") + ".com")
            record["accessed"] = self.accessed()
        return self._body_work(record, "annual-report", name, tags)

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year()
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice([f"Mobile money usage in {self.rng.choice(_PLACES)} {year}",
                                  f"State of the media {year}", f"Consumer sentiment survey, Q{self.rng.randint(1, 4)} {year}",
                                  f"Beer and spirits in {self.rng.choice(['Kenya', 'Ethiopia', 'Rwanda'])}", "Digital banking in East Africa"]),
                                  "publisher": name, "URL": self._url(name.split()[0].lower() + ".com"), "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.9:
            record["issued"] = {"date-parts": [[year]]}
        return self._body_work(record, "market-research", name, {"market-research"})

    def _news(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_NEWS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url("news.example.com"), "accessed": {"date-parts": [[year + self.rng.randint(0, 1), 12, 29]]},
        }  # fmt: skip
        if self.rng.random() < 0.65:
            record["author"] = self._people(2)
            return self._person(record, "news")
        return self._body_work(record, "press", record["container-title"], {"press"})

    def _press(self) -> Work:
        return self._news()

    def _social(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        record: dict[str, Any] = {"type": "post", "title": self.rng.choice(["Celebrating our customers this Meskel", "Happy Madaraka Day!", "New M-PESA GlobalPay card now live", "Umuganda with our team in Kigali"]),
                                  "container-title": self.rng.choice(["X", "Facebook", "LinkedIn", "Instagram"]),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url("x.com"), "accessed": {"date-parts": [[year + 1, 2, 2]]}}  # fmt: skip
        work = self._org_work(record, "social", name, tags)
        return work

    def _video(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        record: dict[str, Any] = {"type": "motion_picture", "title": self.rng.choice(["Our brand story", "Behind the campaign", "How we serve farmers", "Customer stories"]),
                                  "medium": "YouTube video", "issued": {"date-parts": [[year]]},
                                  "URL": self._url("youtube.com"), "accessed": {"date-parts": [[year + 1, 6, 1]]}}  # fmt: skip
        return self._org_work(record, "video", name, tags)

    def _podcast(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "song", "title": f"Episode {self.rng.randint(3, 120)}: {self.rng.choice(_TOPICS)}",
                                  "author": [self.person()], "container-title": self.rng.choice(["The Marketing Mix Africa", "Biashara Talk", "Addis Business Podcast"]),
                                  "medium": "Podcast", "issued": {"date-parts": [[year]]},
                                  "URL": self._url("podcasts.example.com"), "accessed": {"date-parts": [[year + 1, 1, 9]]}}  # fmt: skip
        return self._person_work(record, "podcast")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url("example.co.ke"),
                                  "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            return self._person_work(record, "undated-web")
        name, tags = self.organisation()
        return self._org_work(record, "undated-web", name, tags | {"undated"})

    def _web_person(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url("blog.example.com"),
                                  "accessed": {"date-parts": [[max(year, 2024), 5, 17]]}}  # fmt: skip
        return self._person(record, "web-person")
