"""Works for the ninety-third held-out pool, "blind93": what marketers in Egypt, Lebanon and Jordan cite.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a ninety-third hand,
without reading the checker, its tests or the other pools' works, from how CIM Level 6 and 7 and MBA candidates at
banks, telecoms, FMCG makers, mall operators, developers and NGOs in Cairo, Beirut and Amman build their lists:
textbooks from London publishers beside AUC and AUB theses, CBE and BDL circulars, Law No. 151 of 2020, Kantar and
Ipsos decks, Ahram Online and L'Orient Today articles, company annual reports (S.A.E., S.A.L., PSC, plc) and Instagram
posts, often undated, with Egyptian, Lebanese, Jordanian and Palestinian names written the ways their owners write them.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# (family, given) as the authors put them on English-language papers: El, Al, Abou, Abu, Abdel written several ways.
_NAMES = [
    ("El-Sayed", "Mona"), ("El Sayed", "Karim"), ("Elsayed", "Heba"), ("Abdel Aziz", "Yasmine"), ("Abdelaziz", "Omar"),
    ("Abd El-Rahman", "Nourhan"), ("Abdel-Fattah", "Sherif"), ("Abou Jaoude", "Rita"), ("Abou Jaoudé", "Marc"),
    ("Abu Ghazaleh", "Lina"), ("Abu-Rumman", "Tareq"), ("Al-Khatib", "Dana"), ("Al Masri", "Zaid"), ("Almasri", "Rand"),
    ("El-Khoury", "Joelle"), ("Khoury", "Georges"), ("Haddad", "Nadine"), ("Nassif", "Carla"), ("Frangié", "Elie"),
    ("Hélou", "Maya"), ("Chédid", "Ziad"), ("Sfeir", "Christelle"), ("Kassab", "Rami"), ("Naccache", "Layal"),
    ("Kéchichian", "Ani"), ("Der Sarkissian", "Hagop"), ("Boyadjian", "Talar"), ("Mouradian", "Serge"),
    ("Shishani", "Ruslan"), ("Abazah", "Leila"), ("Bzhedugh", "Aslan"), ("Abu Shakra", "Wissam"), ("Jumblatt", "Rima"),
    ("Halabi", "Nizar"), ("Girgis", "Mina"), ("Boutros", "Marina"), ("Mikhail", "Bishoy"), ("Shenouda", "Mariam"),
    ("Hanna", "Fady"), ("Tadros", "Verena"), ("Farag", "Amr"), ("Mostafa", "Salma"), ("Mahmoud", "Ahmed"),
    ("Fahmy", "Nada"), ("Soliman", "Hesham"), ("Hegazy", "Dina"), ("Zaki", "Youssef"), ("Shalaby", "Menna"),
    ("Nasrallah", "Hiba"), ("Karam", "Tony"), ("Saadeh", "Roula"), ("Tannous", "Fouad"), ("Maalouf", "Pascale"),
    ("Awwad", "Yazan"), ("Haddadin", "Reem"), ("Twal", "Issa"), ("Qaqish", "Lara"), ("Nsour", "Hamza"),
    ("Bataineh", "Ruba"), ("Khasawneh", "Mohammad"), ("Majali", "Farah"), ("Shahin", "Sami"), ("Barghouti", "Nour"),
    ("Tamimi", "Ola"), ("Nashashibi", "Rana"), ("Darwish", "Khalil"), ("Ibrahim", "Aya"), ("Fawzy", "Ingy"),
    ("Morgan", "Sarah"), ("Fletcher", "James"), ("Müller", "Katrin"), ("Dubois", "Claire"), ("Rossi", "Luca"),
    ("Sharma", "Anika"), ("Menon", "Rahul"), ("O'Connor", "Aoife"), ("Van den Broeck", "Pieter"), ("Okafor", "Chinedu"),
]  # fmt: skip
_HYPHEN_GIVEN = ["Abdel-Rahman", "Jean-Claude", "Marie-Thérèse", "Abdel-Karim", "Jean-Pierre", "Nour-Eldin",
                 "Marie-José", "Mohamed-Ali", "Anne-Marie", "Seif-Eldin"]  # fmt: skip
_PARTICLE_NAMES = [("de", "Freige", "Nayla"), ("de", "Bustros", "Karim"), ("de", "Tarazi", "Philippe")]
_ORGANISATIONS = [
    ("Juhayna Food Industries S.A.E.", {"company"}), ("Edita Food Industries S.A.E.", {"company"}),
    ("Commercial International Bank (Egypt) S.A.E.", {"company", "abbreviation"}), ("CIB", {"company", "acronym"}),
    ("Banque Misr", {"company"}), ("Vodafone Egypt Telecommunications S.A.E.", {"company"}), ("Vodafone Egypt", {"company"}),
    ("Telecom Egypt", {"company"}), ("Fawry for Banking Technology and Electronic Payments S.A.E.", {"company"}),
    ("Talaat Moustafa Group Holding", {"company"}), ("Palm Hills Developments S.A.E.", {"company"}),
    ("Bank Audi S.A.L.", {"company"}), ("BLOM Bank S.A.L.", {"company"}), ("Touch", {"company"}), ("Alfa", {"company"}),
    ("Spinneys Lebanon S.A.L.", {"company"}), ("Zain Jordan", {"company"}), ("Orange Jordan", {"company"}),
    ("Jordan Telecommunications Company PSC", {"company"}), ("Arab Bank plc", {"company"}),
    ("Housing Bank for Trade and Finance", {"company"}), ("Aramex PJSC", {"company"}), ("Hikma Pharmaceuticals PLC", {"company"}),
    ("Jordan Tourism Board", {"government"}), ("Egyptian Tourism Authority", {"government"}),
    ("Central Bank of Egypt", {"government"}), ("Central Bank of Egypt (CBE)", {"government", "abbreviation"}),
    ("Banque du Liban", {"government"}), ("Central Bank of Jordan", {"government"}), ("UNHCR", {"ngo", "acronym"}),
    ("UNICEF", {"ngo", "acronym"}), ("UNICEF Lebanon", {"ngo"}), ("Egyptian Food Bank", {"ngo"}),
    ("Lebanese Red Cross", {"ngo"}), ("Tkiyet Um Ali", {"ngo"}), ("Ipsos", {"market-research"}), ("Kantar", {"market-research"}),
    ("Nielsen", {"market-research"}), ("YouGov", {"market-research"}), ("Arab Barometer", {"market-research"}),
    ("Euromonitor International", {"market-research"}), ("Procter & Gamble Egypt", {"company", "ampersand"}),
    ("Johnson & Johnson Middle East FZ-LLC", {"company", "ampersand"}), ("Abu Ghazaleh & Co. Consulting", {"company", "ampersand"}),
    ("Carrefour Egypt (Majid Al Futtaim Hypermarkets LLC)", {"company", "abbreviation"}), ("Majid Al Futtaim Holding LLC", {"company"}),
    ("Mom's Kitchen S.A.R.L.", {"company", "apostrophe"}), ("Gandour S.A.L.", {"company"}), ("Ghandour's Chocolate Factory", {"company", "apostrophe"}),
    ("Cortas Canning and Refrigerating Co. S.A.L.", {"company"}), ("Mashreq Bank PSC", {"company"}),
    ("Egyptian Banking Institute (EBI)", {"government", "abbreviation"}), ("Beirut Digital District", {"company"}),
    ("Association of Banks in Lebanon", {"trade-body"}), ("Federation of Egyptian Industries", {"trade-body"}),
    ("Jordan Chamber of Commerce", {"trade-body"}), ("int@j", {"trade-body", "punctuation"}),
    ("Dubai Media Incorporated", {"company"}), ("Meta", {"company"}), ("TikTok", {"company"}), ("Google", {"company"}),
    ("Chartered Institute of Marketing", {"trade-body"}), ("McKinsey & Company", {"company", "ampersand"}),
    ("PwC Middle East", {"company"}), ("Deloitte Middle East", {"company"}), ("Ernst & Young", {"company", "ampersand"}),
]  # fmt: skip
_GOVERNMENT = [
    "Central Agency for Public Mobilization and Statistics (CAPMAS)", "CAPMAS", "Central Administration of Statistics (CAS)",
    "Central Administration of Statistics", "Department of Statistics (DoS)", "Department of Statistics",
    "National Telecom Regulatory Authority (NTRA)", "Telecommunications Regulatory Authority (TRA)",
    "Telecommunications Regulatory Commission", "Financial Regulatory Authority (FRA)", "Ministry of Tourism and Antiquities",
    "Ministry of Communications and Information Technology", "Ministry of Digital Economy and Entrepreneurship",
    "Ministry of Economy and Trade", "Egyptian Competition Authority", "Consumer Protection Agency",
    "Central Bank of Egypt", "Banque du Liban", "Central Bank of Jordan", "Jordan Investment Commission",
    "General Authority for Investment and Free Zones (GAFI)", "Investment Development Authority of Lebanon (IDAL)",
]  # fmt: skip
_LAWS = [
    ("Arab Republic of Egypt", "Law No. 151 of 2020 on the Protection of Personal Data", 2020),
    ("Arab Republic of Egypt", "Consumer Protection Law No. 181 of 2018", 2018),
    ("Arab Republic of Egypt", "Law No. 175 of 2018 on Combating Information Technology Crimes", 2018),
    ("Arab Republic of Egypt", "Law No. 194 of 2020 promulgating the Central Bank and Banking Sector Law", 2020),
    ("Republic of Lebanon", "Law No. 81 of 2018 on Electronic Transactions and Personal Data", 2018),
    ("Republic of Lebanon", "Law No. 659 of 2005 on Consumer Protection", 2005),
    ("Hashemite Kingdom of Jordan", "Personal Data Protection Law No. 24 of 2023", 2023),
    ("Hashemite Kingdom of Jordan", "Consumer Protection Law No. 7 of 2017", 2017),
    ("Hashemite Kingdom of Jordan", "Electronic Transactions Law No. 15 of 2015", 2015),
    ("Central Bank of Egypt", "Regulations governing the provision of payment services using mobile phones", 2016),
    ("Banque du Liban", "Basic Circular No. 69 on electronic financial and banking operations", 2000),
    ("Banque du Liban", "Basic Circular No. 158 on exceptional measures for the gradual settlement of deposits", 2021),
    ("Central Bank of Jordan", "Instructions on electronic payment and money transfer services No. 16 of 2020", 2020),
    ("Telecommunications Regulatory Commission", "Decision on the regulation of unsolicited SMS messages", 2019),
]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Oxford University Press", "Oxford"), ("Wiley", "Chichester"), ("Palgrave Macmillan", "Cham"),
               ("The American University in Cairo Press", "Cairo"), ("Dar El Shorouk", "Cairo"),
               ("Hachette Antoine", "Beirut"), ("Dar Al-Saqi", "Beirut"), ("Dar Wael", "Amman"), ("Emerald", "Bingley"),
               ("Cengage", "Andover")]  # fmt: skip
_JOURNALS = ["Journal of Islamic Marketing", "Arab Economic and Business Journal",
             "Journal of Humanitarian Logistics and Supply Chain Management", "International Journal of Bank Marketing",
             "Journal of Business Research", "Journal of Marketing Management", "Journal of Retailing and Consumer Services",
             "International Journal of Emerging Markets", "Journal of Enterprising Communities",
             "Middle East Journal of Management", "Future Business Journal", "Journal of Strategic Marketing",
             "Nonprofit and Voluntary Sector Quarterly", "Telecommunications Policy"]  # fmt: skip
_PRESS = ["Ahram Online", "Al-Ahram", "Al-Masry Al-Youm", "Daily News Egypt", "Enterprise", "L'Orient-Le Jour",
          "An-Nahar", "L'Orient Today", "The Jordan Times", "Al Ghad", "Jordan News", "Egypt Independent",
          "Arab News", "Campaign Middle East", "Executive Magazine", "Wamda"]  # fmt: skip
_UNIVERSITIES = ["Cairo University", "The American University in Cairo", "Ain Shams University",
                 "American University of Beirut", "Lebanese American University", "Université Saint-Joseph",
                 "University of Jordan", "Princess Sumaya University for Technology", "Yarmouk University",
                 "Alexandria University"]  # fmt: skip
_TOPICS = ["mobile wallets", "Ramadan advertising", "cash on delivery", "instalment plans", "loyalty points",
           "halal certification", "WhatsApp Business", "Instagram shops", "microfinance outreach", "fresh-dollar pricing",
           "remittances", "Islamic banking", "private labels", "compound living", "off-plan property sales",
           "donor retention", "zakat campaigns", "youth unemployment", "brand trust after the crisis",
           "bundled data offers", "prepaid top-ups", "food inflation", "Gen Z shoppers", "influencer disclosure",
           "Eid gifting", "back-to-school spending", "diaspora tourism", "Petra visitor numbers", "QR payments",
           "buy now, pay later", "refugee livelihoods", "Arabic-language content", "dark stores", "cause marketing",
           "customer churn", "financial inclusion of women", "hypermarket footfall", "TikTok storytelling"]  # fmt: skip
_PLACES = ["Egypt", "Lebanon", "Jordan", "Greater Cairo", "Beirut", "Amman", "the Levant", "the MENA region",
           "Upper Egypt", "Mount Lebanon", "Irbid", "Aqaba", "Alexandria", "the Arab world"]  # fmt: skip
_FOREIGN_TITLES = [
    ("Al-taswiq al-raqami fi al-bunuk al-misriya", "Digital marketing in Egyptian banks"),
    ("Sulouk al-mustahlik fi shahr Ramadan", "Consumer behaviour in the month of Ramadan"),
    ("La confiance bancaire au Liban après 2019", "Banking trust in Lebanon after 2019"),
    ("Le commerce de détail libanais face à la dollarisation", "Lebanese retail facing dollarisation"),
    ("Al-iqtisad al-urduni wa al-siyaha", "The Jordanian economy and tourism"),
    ("Les marques locales et la diaspora", "Local brands and the diaspora"),
    ("Thaqafat al-tabarru' fi al-Urdun", "The culture of giving in Jordan"),
]  # fmt: skip


class Blind93WorkFactory(WorkFactory):
    """The ninety-third pool's works: Levantine and Egyptian names, firms, regulators, laws, theses, press and posts."""

    KINDS = ("book", "chapter", "journal", "web", "report", "government", "legislation", "market-research", "news",
             "thesis", "social", "podcast")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 93093)
        self.dated_orgs: list[tuple[str, set[str], int, str]] = []

    # ------------------------------------------------------------------ people, dates, titles
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.05:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        family, given = self.rng.choice(_NAMES)
        if roll < 0.15:
            given = self.rng.choice(_HYPHEN_GIVEN)
        return {"family": family, "given": given}

    def year(self) -> int:
        return self.rng.choice(
            [self.rng.randint(1999, 2025), self.rng.randint(2015, 2025), self.rng.randint(2019, 2025)]
        )

    def accessed_after(self, parts: list[int]) -> dict[str, list[list[int]]]:
        year = self.rng.randint(max(parts[0], 2021), 2025) if parts[0] <= 2025 else parts[0]
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        candidate = [year, month, day]
        if candidate[: len(parts)] < parts:
            candidate = [parts[0], parts[1] if len(parts) > 1 else 12, 28]
        return {"date-parts": [candidate]}

    def _title(self) -> str:
        topic, place = self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        other = self.rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"The role of {topic} in {place}",
                 f"{topic[0].upper()}{topic[1:]} and {other}: evidence from {place}",
                 f"Why {topic} matters for brands in {place}", f"Rethinking {topic} after the devaluation",
                 f"{topic[0].upper()}{topic[1:]}: a study of consumers in {place}",
                 f"From {topic} to {other}", f"Marketing {topic} to young people in {place}"]  # fmt: skip
        return self.rng.choice(forms)

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[36, 26, 16, 9, 5, 4, 2, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if person not in people:
                people.append(person)
        return people

    def _org(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    def _dated(self, record: dict[str, Any], name: str, tags: set[str], kind: str) -> Work:
        """Now and then an organisation's second work of a year it already has ("CBE, 2023a" and "2023b")."""
        same_kind = [
            entry for entry in self.dated_orgs if entry[3] == kind and "Annual" not in str(record.get("title"))
        ]
        if "issued" in record and same_kind and self.rng.random() < 0.1:
            name, tags, year, _kind = self.rng.choice(same_kind)
            record["issued"] = {"date-parts": [[year]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after([year])
            if record.get("publisher") and kind in ("report", "market-research"):
                record["publisher"] = name
        if "issued" in record:
            self.dated_orgs.append((name, tags, record["issued"]["date-parts"][0][0], kind))
        return self._org_work(record, kind, name, tags)

    def _url(self, host: str | None = None) -> str:
        host = host or self.rng.choice(["www.cbe.org.eg", "www.bdl.gov.lb", "www.cbj.gov.jo", "www.ahram.org.eg",
                                        "www.lorientlejour.com", "www.jordantimes.com", "enterprise.press",
                                        "www.dailynewsegypt.com", "www.capmas.gov.eg", "www.dos.gov.jo"])  # fmt: skip
        slug = "-".join(self.rng.choice(_TOPICS).replace(",", "").split()[:3]).lower()
        return f"https://{host}/{slug}-{self.rng.randint(100, 99999)}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.KINDS), weights=[12, 5, 22, 11, 9, 7, 4, 7, 9, 5, 5, 3])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
                                  "publisher": publisher, "publisher-place": place}  # fmt: skip
        if (
            place in ("Cairo", "Beirut", "Amman")
            and publisher not in ("The American University in Cairo Press",)
            and self.rng.random() < 0.6
        ):
            original, english = self.rng.choice(_FOREIGN_TITLES)
            record["title"] = f"{original} [{english}]"
        else:
            record["title"] = self._title()
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS[:8])
        start = self.rng.randint(1, 300)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3), "editor": self._people(2),
            "container-title": f"Marketing in {self.rng.choice(['the Middle East', 'the Arab World', 'Emerging Markets', 'MENA'])}",
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 1200)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 160)), "page": f"{start}-{start + self.rng.randint(8, 28)}",
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["issue"] = str(self.rng.randint(1, 12))
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.1108/{self.rng.choice(['JIMA', 'AEBJ', 'IJBM', 'JHLSCM'])}-{self.rng.randint(2015, 2024)}-{self.rng.randint(1, 999):04d}"
            )
        return self._person_work(record, "journal")

    def _web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url()}
        if self.rng.random() < 0.75:
            record["issued"] = {"date-parts": [[self.year()]]}
        if self.rng.random() < 0.85:  # some candidates leave the access date off
            record["accessed"] = self.accessed_after(
                record["issued"]["date-parts"][0] if "issued" in record else [2021]
            )
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self._org()
        return self._dated(record, name, tags | ({"undated"} if "issued" not in record else set()), "web")

    def _report(self) -> Work:
        name, tags = self._org()
        year = self.year()
        title = self.rng.choice([f"Annual report {year}", f"Sustainability report {year}", f"Integrated annual report {year}",
                                 f"Impact report {year}", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name, "publisher-place": self.rng.choice(["Cairo", "Beirut", "Amman", "Giza", "London"])}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url()
            record["accessed"] = self.accessed_after([year])
        if self.rng.random() < 0.1:
            record.pop("issued")
            record.pop("accessed", None)
            record["title"] = self._title()
        return self._dated(record, name, tags, "report")

    def _government(self) -> Work:
        name = self.rng.choice(_GOVERNMENT)
        year = self.year()
        title = self.rng.choice([f"Statistical yearbook {year}", f"Household income, expenditure and consumption survey {year}",
                                 f"Annual report {year}", f"ICT indicators bulletin Q{self.rng.randint(1, 4)} {year}",
                                 f"Inflation and consumer prices, {self.rng.choice(['January', 'April', 'July', 'October'])} {year}",
                                 self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[year]]}, "URL": self._url()}  # fmt: skip
        if self.rng.random() < 0.9:
            record["accessed"] = self.accessed_after([year])
        return self._dated(record, name, {"government"}, "government")

    def _legislation(self) -> Work:
        """A law or circular as candidates list it: the state or the regulator as author, a report or web page."""
        author, title, year = self.rng.choice(_LAWS)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url()
            record["accessed"] = self.accessed_after([year])
        return self._dated(record, author, {"government", "legislation"}, "legislation")

    def _market_research(self) -> Work:
        name = self.rng.choice(["Kantar", "Ipsos", "Nielsen", "YouGov", "Arab Barometer", "Euromonitor International",
                                "Statista", "GWI", "Kantar Egypt", "Ipsos Lebanon"])  # fmt: skip
        year = self.year()
        market, place = self.rng.choice(["dairy", "snacks", "mobile data", "retail banking", "packaged food",
                                         "e-commerce", "hot beverages", "personal care"]), self.rng.choice(_PLACES[:3])  # fmt: skip
        title = self.rng.choice([f"{market.capitalize()} in {place}", f"Ramadan consumer pulse {year}: {place}",
                                 f"Arab Barometer Wave {self.rng.choice(['VI', 'VII', 'VIII'])}: {place} country report",
                                 f"Brand footprint {place} {year}", f"{place} {market} market forecast to 2030"])  # fmt: skip
        record: dict[str, Any] = {
            "type": "report",
            "title": title,
            "publisher": name,
            "URL": self._url(f"www.{name.split()[0].lower()}.com"),
        }
        if self.rng.random() < 0.9:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self.accessed_after([year] if "issued" in record else [2021])
        return self._dated(record, name, {"market-research"}, "market-research")

    def _news(self) -> Work:
        year = self.year()
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        press = self.rng.choice(_PRESS)
        title = self._title()
        if (
            press in ("L'Orient-Le Jour", "An-Nahar", "Al-Ahram", "Al Ghad", "Al-Masry Al-Youm")
            and self.rng.random() < 0.4
        ):
            original, english = self.rng.choice(_FOREIGN_TITLES)
            title = f"{original} [{english}]"
        record: dict[str, Any] = {"type": "article-newspaper", "title": title, "container-title": press,
                                  "issued": {"date-parts": [issued]}, "URL": self._url()}  # fmt: skip
        if self.rng.random() < 0.85:
            record["accessed"] = self.accessed_after(issued)
        if self.rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._dated(record, press, {"press"}, "news")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": self._people(1), "issued": {"date-parts": [[self.year()]]},
            "genre": self.rng.choice(["MBA dissertation", "MSc thesis", "MA thesis", "PhD thesis"]),
            "publisher": self.rng.choice(_UNIVERSITIES),
        }  # fmt: skip
        return self._person_work(record, "thesis")

    def _social(self) -> Work:
        name, tags = self._org()
        platform = self.rng.choice(["Instagram", "Facebook", "TikTok", "X", "LinkedIn", "YouTube"])
        year = self.rng.randint(2018, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {
            "type": "webpage", "title": self.rng.choice([f"{self.rng.choice(['Ramadan Kareem', 'Eid Mubarak', 'Happy Mother’s Day', 'Back to school', 'White Friday is here'])} [{platform} post]",
                                                          f"{self._title()} [{platform} video]"]),
            "container-title": platform, "issued": {"date-parts": [issued]},
            "URL": f"https://www.{platform.lower()}.com/{name.split()[0].lower()}/{self.rng.randint(1000, 999999)}",
            "accessed": self.accessed_after(issued),
        }  # fmt: skip
        if self.rng.random() < 0.3:
            record["author"] = self._people(1)
            return self._person_work(record, "social")
        return self._org_work(record, "social", name, tags | {"social"})

    def _podcast(self) -> Work:
        record: dict[str, Any] = {
            "type": "webpage", "title": f"{self._title()} [Podcast]", "author": self._people(2),
            "container-title": self.rng.choice(["Sowt", "Kerning Cultures", "Enterprise Podcast", "Marketing Minds Beirut"]),
            "URL": self._url("podcasts.apple.com"),
        }  # fmt: skip
        if self.rng.random() < 0.8:
            record["issued"] = {"date-parts": [[self.rng.randint(2017, 2025)]]}
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0] if "issued" in record else [2021])
        return self._person_work(record, "podcast")
