"""Works for the blind123 pool: what marketers in Ethiopia, Eritrea and their diaspora cite (HELD OUT).

Written without reading the checker, its tests or any other pool. Ethiopian and Eritrean names have no family name:
a given name, then the father's name, then the grandfather's; reference managers file them by the father's name
("Tekle, A."), some candidates and Addis Ababa University's guides by the given name (the whole name kept as it is
written, "Abebe Bikila Demissie"), and transliteration gives the same man as Tekle or Teklay, Haile or Hailé,
Gebre-Egziabher or G/Egziabher. Beside them: Oromo, Somali and Gurage names, Eritrean and diaspora names, and the
expatriates who write about the region. Organisations carry PLC and S.C., regulators and ministries their
abbreviations, laws their "Proclamation No. 1156/2019" numbers, and Amharic and Tigrinya titles an English
translation in square brackets.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# (given name, father's name), as reference managers hold them: family = father's name.
_ETHIOPIAN = [
    ("Abebe", "Bikila"), ("Tigist", "Assefa"), ("Meron", "Tadesse"), ("Dawit", "Gebremedhin"), ("Selamawit", "Haile"),
    ("Yonas", "Tekle"), ("Hirut", "Wolde-Giorgis"), ("Bereket", "Gebre-Egziabher"), ("Mekdes", "Alemu"),
    ("Fasil", "Mengistu"), ("Tsion", "Girma"), ("Henok", "Ayele"), ("Bethlehem", "Kebede"), ("Samuel", "Desta"),
    ("Eleni", "Gabre-Madhin"), ("Kidist", "Yohannes"), ("Solomon", "Mulugeta"), ("Rahel", "Tsegaye"),
    ("Getachew", "Wondimu"), ("Aster", "Negash"), ("Mulatu", "Astatke"), ("Biruk", "Fekadu"), ("Liya", "Kassa"),
    ("Tewodros", "Hailé"), ("Mahlet", "G/Mariam"), ("Yared", "W/Michael"), ("Sara", "H/Mariam"),
    ("Ermias", "Amare"), ("Netsanet", "Berhanu"), ("Zerihun", "Tafesse"), ("Mekonnen", "Woldemariam"),
    ("Kalkidan", "Shiferaw"), ("Asnake", "Belay"), ("Wubit", "Zewdie"), ("Nardos", "Teferra"), ("Yohannes", "Ayalew"),
    ("Tadesse", "Worku"), ("Hana", "Mekonnen"), ("Abel", "Lemma"), ("Sisay", "Gezahegn"), ("Frehiwot", "Derese"),
]  # fmt: skip
# Oromo, Somali, Gurage, Muslim and Eritrean names, and transliteration variants of the same families.
_REGIONAL = [
    ("Chaltu", "Gemechu"), ("Lensa", "Tolera"), ("Obsa", "Fayisa"), ("Gadisa", "Dinsa"), ("Ayantu", "Bekele"),
    ("Jawar", "Oljira"), ("Hawi", "Gudina"), ("Abdirahman", "Mohamed"), ("Hodan", "Abdi"), ("Mustafe", "Omar"),
    ("Ifrah", "Warsame"), ("Kedir", "Jemal"), ("Feysel", "Abdulkadir"), ("Nuredin", "Ahmed"), ("Zemzem", "Hussien"),
    ("Amina", "Seid"), ("Mohammed", "Nuru"), ("Gebre", "Wolde-Semayat"), ("Muluken", "Gebeyehu"), ("Habtamu", "Beyene"),
    ("Teklay", "Gebreslassie"), ("Tesfaldet", "Teklemariam"), ("Senait", "Ghebrehiwet"), ("Yemane", "Tesfamariam"),
    ("Luwam", "Habtemariam"), ("Filmon", "Tesfai"), ("Simret", "Ghebremeskel"), ("Mussie", "Woldegabriel"),
    ("Winta", "Kidane"), ("Robel", "Tesfaï"), ("Helen", "Ghebreyesus"), ("Daniel", "Teklay"), ("Merhawi", "Tekle"),
]  # fmt: skip
# Diaspora co-authors and expatriates who write on Ethiopian markets (family, given).
_EXPATRIATE = [
    ("Lindqvist", "Karin"), ("Söderström", "Anders"), ("Åkesson", "Maria"), ("Ben-David", "Yael"),
    ("Cohen-Avraham", "Noa"), ("Pankhurst", "Richard"), ("Levine", "Donald"), ("Clapham", "Christopher"),
    ("Dercon", "Stefan"), ("Rosenberg", "Ilan"), ("O'Connell", "Siobhan"), ("Smith", "Jonathan"), ("Brown", "Emily"),
    ("Mwangi", "Grace"), ("Otieno", "Brian"), ("Al-Hashimi", "Reem"), ("Nair", "Anjali"), ("Zhang", "Wei"),
    ("Rossi", "Giulia"), ("Müller", "Jürgen"), ("Vaughan", "Sarah"), ("Schaefer", "Charles"),
]  # fmt: skip
_PARTICLED = [("van", "der Beek", "Joost"), ("de", "Waal", "Alex"), ("di", "Nunzio", "Chiara"), ("van", "Dijk", "Lotte")]  # fmt: skip

_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("Ethio telecom", {"company", "lowercase"}), ("Safaricom Telecommunications Ethiopia PLC", {"company"}),
    ("Safaricom Ethiopia", {"company"}), ("Commercial Bank of Ethiopia", {"company"}),
    ("Commercial Bank of Ethiopia (CBE)", {"company", "abbreviation"}), ("Dashen Bank S.C.", {"company"}),
    ("Awash Bank", {"company"}), ("Bank of Abyssinia", {"company"}), ("Coopbank of Oromia S.C.", {"company"}),
    ("Amhara Credit and Savings Institution (ACSI)", {"company", "abbreviation"}),
    ("Oromia Credit and Savings S.C.", {"company"}), ("Ethiopian Airlines Group", {"company"}),
    ("Ethiopian Airlines", {"company"}), ("BGI Ethiopia", {"company"}), ("Heineken Ethiopia", {"company"}),
    ("Moha Soft Drinks Industry S.C.", {"company"}), ("East African Bottling S.C.", {"company"}),
    ("Habesha Breweries S.C.", {"company"}), ("Dire Dawa Food Complex PLC", {"company"}),
    ("Kaldi's Coffee", {"company", "apostrophe"}), ("Tomoca Coffee", {"company"}), ("Shoa Supermarket PLC", {"company"}),
    ("Ethiopian Coffee and Tea Authority", {"government"}), ("National Bank of Ethiopia", {"government"}),
    ("National Bank of Ethiopia (NBE)", {"government", "abbreviation"}),
    ("Ethiopian Communications Authority", {"government"}),
    ("Ethiopian Communications Authority (ECA)", {"government", "abbreviation"}),
    ("Ethiopian Investment Commission", {"government"}), ("Central Statistics Agency", {"government"}),
    ("Central Statistical Agency (CSA)", {"government", "abbreviation"}), ("Ethiopian Statistics Service", {"government"}),
    ("Ministry of Trade and Regional Integration", {"government"}), ("Ministry of Tourism, Ethiopia", {"government", "comma"}),
    ("Ethiopian Horticulture Producer Exporters Association (EHPEA)", {"trade-body", "abbreviation"}),
    ("Ethiopian Leather Industries Association", {"trade-body"}),
    ("Addis Ababa Chamber of Commerce & Sectoral Associations", {"trade-body", "ampersand"}),
    ("Ethiopian Bankers Association", {"trade-body"}), ("Association of Ethiopian Microfinance Institutions (AEMFI)", {"trade-body", "abbreviation"}),
    ("Bank of Eritrea", {"government"}), ("Eritrean Telecommunication Services Corporation (EriTel)", {"government", "abbreviation"}),
    ("Ministry of Information, Eritrea", {"government", "comma"}), ("Asmara Brewery", {"company"}),
    ("World Bank", {"international"}), ("International Finance Corporation (IFC)", {"international", "abbreviation"}),
    ("GSMA", {"international", "acronym"}), ("UNCTAD", {"international", "acronym"}),
    ("Deloitte Ethiopia", {"company"}), ("PwC", {"company"}), ("Mastercard Foundation", {"company"}),
    ("Ethiopian Diaspora Trust Fund", {"ngo"}), ("Ethiopian Diaspora Service", {"government"}),
]  # fmt: skip
_GOVERNMENT = ["National Bank of Ethiopia", "Ethiopian Communications Authority", "Ethiopian Investment Commission",
               "Central Statistics Agency", "Ethiopian Statistics Service", "Ministry of Finance, Ethiopia",
               "Ministry of Innovation and Technology", "Ethiopian Trade Competition and Consumer Protection Authority",
               "Ethiopian Food and Drug Authority", "Planning and Development Commission", "Bank of Eritrea",
               "Ministry of Trade and Industry, Eritrea", "Ethiopian Tourism Organization"]  # fmt: skip
_LAWS = [
    ("Proclamation No. 1156/2019", "Labour Proclamation"), ("Proclamation No. 1148/2019", "Communications Service Proclamation"),
    ("Proclamation No. 1180/2020", "Investment Proclamation"), ("Proclamation No. 813/2013", "Trade Competition and Consumer Protection Proclamation"),
    ("Proclamation No. 1205/2020", "Electronic Transaction Proclamation"), ("Proclamation No. 1321/2024", "Personal Data Protection Proclamation"),
    ("Proclamation No. 1243/2021", "Commercial Code of the Federal Democratic Republic of Ethiopia"),
    ("Proclamation No. 759/2012", "Advertisement Proclamation"), ("Proclamation No. 1238/2021", "Media Proclamation"),
    ("Proclamation No. 1282/2023", "National Payment System (Amendment) Proclamation"),
]  # fmt: skip
_DIRECTIVES = [
    "Licensing and Authorization of Payment Instrument Issuers Directive No. ONPS/01/2020",
    "Mobile and Agent Banking Services Directive No. FIS/01/2012",
    "Microfinance Business Directive No. MFI/36/2022", "Interest-Free Banking Business Directive No. SBB/72/2019",
    "Licensing of Foreign Banks Directive No. SBB/90/2024", "Foreign Exchange Directive No. FXD/01/2024",
]  # fmt: skip
_PRESS = ["Addis Fortune", "The Reporter", "Capital Ethiopia", "Addis Standard", "The Ethiopian Herald",
          "Ethiopia Insight", "The Africa Report", "Shega", "Eritrea Profile", "BBC News Amharic", "Reuters",
          "Financial Times", "The EastAfrican", "Bloomberg"]  # fmt: skip
_MARKET_RESEARCH = ["Statista", "GSMA Intelligence", "Euromonitor International", "GeoPoll", "Kantar",
                    "Fitch Solutions", "Research and Markets", "Mordor Intelligence", "Ipsos Ethiopia"]  # fmt: skip
_PUBLISHERS = [("Addis Ababa University Press", "Addis Ababa"), ("Shama Books", "Addis Ababa"), ("Pearson", "Harlow"),
               ("Routledge", "Abingdon"), ("Red Sea Press", "Trenton, NJ"), ("Mega Publishing", "Addis Ababa"),
               ("Palgrave Macmillan", "Cham"), ("Hurst", "London"), ("Oxford University Press", "Oxford"),
               ("James Currey", "Woodbridge")]  # fmt: skip
_UNIVERSITIES = [("Addis Ababa University", "Addis Ababa"), ("Bahir Dar University", "Bahir Dar"),
                 ("St. Mary's University", "Addis Ababa"), ("Hawassa University", "Hawassa"),
                 ("Mekelle University", "Mekelle"), ("University of Asmara", "Asmara"), ("Jimma University", "Jimma"),
                 ("Addis Ababa University School of Commerce", "Addis Ababa"), ("Unity University", "Addis Ababa"),
                 ("Adama Science and Technology University", "Adama")]  # fmt: skip
_JOURNALS = ["Ethiopian Journal of Business and Economics", "Ethiopian Journal of Economics",
             "Journal of African Business", "African Journal of Economic and Management Studies",
             "Journal of Marketing Management", "International Journal of Bank Marketing",
             "Ethiopian Journal of the Social Sciences and Humanities", "Journal of Eastern African Studies",
             "Africa Journal of Management", "Journal of Business Research", "Journal of Islamic Marketing",
             "Telecommunications Policy", "Tourism Management", "Eritrean Studies Review",
             "Journal of Ethiopian Studies", "Northeast African Studies", "Information Technology for Development"]  # fmt: skip
_TOPICS = ["mobile money adoption", "telebirr", "M-PESA Ethiopia", "brand loyalty in banking", "interest-free banking",
           "microfinance outreach", "coffee branding", "specialty coffee exports", "cut-flower exports",
           "leather exports", "sesame value chains", "beer advertising", "soft-drink distribution",
           "airline service quality", "hotel guest satisfaction", "supermarket retailing", "diaspora remittances",
           "digital advertising", "social media marketing", "customer satisfaction", "service quality",
           "agent banking", "women entrepreneurs", "youth unemployment", "telecom liberalisation",
           "destination branding", "Meskel and Timket tourism", "fintech", "consumer ethnocentrism",
           "country-of-origin effects"]  # fmt: skip
_PLACES = ["Ethiopia", "Addis Ababa", "Eritrea", "Asmara", "Hawassa", "Bahir Dar", "Adama", "Mekelle", "Dire Dawa",
           "the Horn of Africa", "East Africa", "Oromia", "the Amhara region", "Tigray", "Massawa"]  # fmt: skip
# Amharic and Tigrinya titles as candidates write them: Ge'ez script or transliterated, English in square brackets.
_LOCAL_TITLES = [
    "የኢትዮጵያ ቡና ግብይት [Marketing Ethiopian coffee]", "ዲጂታል ማርኬቲንግ በኢትዮጵያ [Digital marketing in Ethiopia]",
    "የደንበኞች እርካታ በባንኮች [Customer satisfaction in banks]", "ቴሌብር እና የገንዘብ ዝውውር [Telebirr and money transfer]",
    "Ye-Ethiopia bankoch ena dembegnoch [Ethiopian banks and their customers]",
    "Ye-buna gebeya be-Addis Ababa [The coffee market in Addis Ababa]",
    "Mastawokia ena maskeweqia [Advertising and promotion]", "Nigd ena gebeya [Trade and the market]",
    "ዕዳጋ ኣስመራ [Asmara's markets]", "Tigrinya: Mahberawi media ab Eritrea [Social media in Eritrea]",
    "ሚድያን ማሕበረሰብን [Media and society]", "Ye-abbay gidib ena ye-hizb bond [The Renaissance Dam and the people's bond]",
]  # fmt: skip


class Blind123WorkFactory(WorkFactory):
    """Works Ethiopian and Eritrean marketers and their diaspora cite, from a seeded random source of their own."""

    DRAWN = ("book", "chapter", "journal", "thesis", "conference", "organisation-web", "organisation-report",
             "government", "legislation", "market-research", "news", "press-unsigned", "social", "video",
             "web-person", "undated-web")  # fmt: skip
    WEIGHTS = (12, 5, 22, 6, 3, 10, 7, 6, 4, 6, 7, 3, 2, 2, 3, 3)
    KINDS = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "legislation", "news", "social",
             "video")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 123 + 12301)
        self.organisations: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.55:
            given, father = self.rng.choice(_ETHIOPIAN)
        elif roll < 0.8:
            given, father = self.rng.choice(_REGIONAL)
        elif roll < 0.95:
            family, given = self.rng.choice(_EXPATRIATE)
            return {"family": family, "given": given}
        else:
            particle, family, given = self.rng.choice(_PARTICLED)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        style = self.rng.random()
        if style < 0.12:  # filed by the given name, as Addis Ababa University's guides ask: the whole name kept
            return {"family": given, "given": father}
        if style < 0.2:  # the grandfather's name as well, given and father's name as "given"
            _g, grandfather = self.rng.choice(_ETHIOPIAN)
            return {"family": grandfather, "given": f"{given} {father}"}
        return {"family": father, "given": given}

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1968, 1994)
        return self.rng.randint(2005, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        low = max(2022, issued[0] if issued else 2022)
        year = self.rng.randint(low, max(low, 2025))
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if issued and year == issued[0] and len(issued) > 1:
            month = self.rng.randint(issued[1], 12)
            day = self.rng.randint(issued[2] if len(issued) > 2 and month == issued[1] else 1, 28)
        return {"date-parts": [[year, month, day]]}

    def _title(self) -> str:
        if self.rng.random() < 0.12:
            return self.rng.choice(_LOCAL_TITLES)
        topic, place = self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        forms = [
            f"The effect of {topic} on customer loyalty: the case of {self.rng.choice(['Commercial Bank of Ethiopia', 'Dashen Bank', 'Awash Bank', 'Ethio telecom', 'Ethiopian Airlines', 'BGI Ethiopia', 'Safaricom Ethiopia'])}",
            f"{topic[0].upper()}{topic[1:]} in {place}",
            f"Determinants of {topic} in {place}",
            f"{topic[0].upper()}{topic[1:]} and consumer behaviour: evidence from {place}",
            f"Marketing {topic} in {place}: challenges and prospects",
            f"Factors affecting {topic}: a study of {place}",
            f"Assessing {topic} among small and medium enterprises in {place}",
            f"{topic[0].upper()}{topic[1:]}: lessons from {place}",
        ]
        return self.rng.choice(forms)

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    def _url(self, domain: str | None = None) -> str:
        domain = domain or self.rng.choice(
            [
                "ethiotelecom.et",
                "nbe.gov.et",
                "eca.et",
                "addisfortune.news",
                "thereporterethiopia.com",
                "combanketh.et",
                "dashenbanksc.com",
                "ethiopianairlines.com",
                "shega.co",
                "addisstandard.com",
                "shabait.com",
                "investethiopia.gov.et",
                "statsethiopia.gov.et",
            ]
        )
        slug = "-".join(
            self.rng.sample(
                [
                    "marketing",
                    "telebirr",
                    "coffee",
                    "report",
                    "news",
                    "2023",
                    "customers",
                    "digital",
                    "brand",
                    "birr",
                    "export",
                    "mobile-money",
                ],
                3,
            )
        )
        return f"https://www.{domain}/{slug}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(self.DRAWN, weights=self.WEIGHTS)[0]
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        return work

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # One organisation with two works in one year now and then ("National Bank of Ethiopia, 2019a" and "2019b").
        if self.organisations and "issued" in record and kind in ("web", "report") and self.rng.random() < 0.12:
            name, tags, issued = self.rng.choice(self.organisations)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if record.get("publisher") and kind in ("report", "legislation"):
                record["publisher"] = name.split(" (")[0]
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        if "issued" in record and "press" not in tags:
            self.organisations.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self.rng.choice([self._title(), "Principles of marketing", "Marketing management",
                                                      "Bank marketing in Ethiopia", "Services marketing: an African perspective",
                                                      "Digital marketing in East Africa", "A history of Ethiopian trade",
                                                      "Strategic marketing for Ethiopian exporters"]),
            "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
        }  # fmt: skip
        record["publisher"], record["publisher-place"] = self.rng.choice(_PUBLISHERS)
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 6))
        if self.rng.random() < 0.15:  # an e-book
            record["medium"] = "Kindle"
            record["URL"] = "https://www.amazon.co.uk/dp/B0" + str(self.rng.randint(10000000, 99999999))
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["The Oxford handbook of the Ethiopian economy", "Marketing in Africa",
                                                "Ethiopia in the wake of reform", "Doing business in the Horn of Africa",
                                                "Routledge handbook of African marketing"]),
            "issued": {"date-parts": [[self.year()]]},
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        record["publisher"], record["publisher-place"] = self.rng.choice(_PUBLISHERS[2:])
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 4)),
            "page": f"{(start := self.rng.randint(1, 600))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.rng.choice(['ejbe', 'jab', 'ijbm', 'jeas', 'ajems'])}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": [self.person()],
            "genre": self.rng.choice(["MBA thesis", "MA thesis", "MSc thesis", "PhD thesis", "Master's thesis"]),
            "publisher": university, "publisher-place": place, "issued": {"date-parts": [[self.year()]]},
        }  # fmt: skip
        if self.rng.random() < 0.5:
            host = (
                "etd.aau.edu.et"
                if university.startswith("Addis")
                else "repository.smuc.edu.et"
                if university.startswith("St.")
                else "ir.bdu.edu.et"
            )
            record["URL"] = f"http://{host}/handle/123456789/{self.rng.randint(1000, 40000)}"
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": self.rng.choice(["Proceedings of the 16th International Conference on Private Higher Education in Africa",
                                                "Proceedings of the Ethiopian Economic Association Annual Conference",
                                                "Proceedings of the International Conference on the Advancement of Science and Technology (ICAST)",
                                                "Proceedings of the 20th International Conference of Ethiopian Studies"]),
            "publisher-place": self.rng.choice(["Addis Ababa", "Bahir Dar", "Mekelle", "Hawassa"]),
            "issued": {"date-parts": [[self.year()]]},
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(6, 18)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _organisation_web(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice([self._title(), "About us", "Telebirr: our services",
                                                                                "Our history", "Corporate social responsibility",
                                                                                "Interest-free banking products", "Diaspora banking"]),
                                  "URL": self._url()}  # fmt: skip
        if self.rng.random() < 0.8:
            record["issued"] = {"date-parts": [[self.year()]]}
        if self.rng.random() < 0.88:
            record["accessed"] = self._accessed_after(record.get("issued", {}).get("date-parts", [None])[0])
        return self._org_work(record, "web", name, tags)

    def _organisation_report(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report {year}/{(year + 1) % 100:02d}", f"Annual report {year}",
                                                        self._title(), f"Sustainability report {year}",
                                                        f"Annual report {year - 8}/{year - 7} E.C."]),
            "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0],
            "publisher-place": self.rng.choice(["Addis Ababa", "Addis Ababa", "Asmara", "Washington, DC", "London"]),
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url()
            record["accessed"] = self._accessed_after([year])
        return self._org_work(record, "report", name, tags)

    def _government(self) -> Work:
        name = self.rng.choice(_GOVERNMENT)
        year = self.year()
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self.rng.choice([self._title(), f"Quarterly bulletin, fourth quarter {year - 1}/{year % 100:02d}",
                                      "Digital transformation strategy 2025", f"Statistical report on the {year} urban employment survey",
                                      f"Licensed payment instrument issuers as of June {year}", "Homegrown economic reform agenda"]),
            "issued": {"date-parts": [[year]]}, "URL": self._url(self.rng.choice(["nbe.gov.et", "eca.et", "statsethiopia.gov.et", "mofed.gov.et"])),
        }  # fmt: skip
        if self.rng.random() < 0.85:
            record["accessed"] = self._accessed_after([year])
        if record["type"] == "report":
            record["publisher"] = name
            record["publisher-place"] = "Asmara" if "Eritrea" in name else "Addis Ababa"
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _legislation(self) -> Work:
        """A proclamation or a National Bank directive, cited by its issuer as candidates write it."""
        if self.rng.random() < 0.6:
            number, title = self.rng.choice(_LAWS)
            year = int(number.split("/")[-1])
            name = self.rng.choice(
                ["Federal Democratic Republic of Ethiopia", "FDRE", "House of Peoples' Representatives"]
            )
            record: dict[str, Any] = {"type": "report", "title": f"{title}, {number}", "issued": {"date-parts": [[year]]},
                                      "publisher": "Federal Negarit Gazeta", "publisher-place": "Addis Ababa"}  # fmt: skip
            tags = {"government", "legislation"} | ({"apostrophe"} if "'" in name else set())
        else:
            title = self.rng.choice(_DIRECTIVES)
            year = int(title.split("/")[-1]) if title.split("/")[-1].isdigit() else 2020
            name = "National Bank of Ethiopia"
            record = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                      "publisher": "National Bank of Ethiopia", "publisher-place": "Addis Ababa"}  # fmt: skip
            tags = {"government", "legislation"}
        if self.rng.random() < 0.5:
            record["URL"] = (
                f"https://www.{self.rng.choice(['nbe.gov.et', 'lawethiopia.com', 'chilot.me'])}/{self.rng.randint(100, 9999)}"
            )
            record["accessed"] = self._accessed_after([year])
        return self._org_work(record, "legislation", name, tags)

    def _market_research(self) -> Work:
        name = self.rng.choice(_MARKET_RESEARCH)
        year = self.year() if self.rng.random() < 0.9 else None
        market = self.rng.choice(["mobile money", "beer", "soft drinks", "coffee", "cut flowers", "telecoms",
                                  "banking", "hotels", "supermarkets", "leather goods"])  # fmt: skip
        titles = [f"{market.capitalize()} in Ethiopia {year or 2024}", f"Ethiopia {market} market report {year or 2024}",
                  f"Ethiopia: {market} market size and forecast to 2030", f"State of the industry report on {market} {year or 2024}",
                  f"Number of {market} users in Ethiopia from 2018 to {year or 2024}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "publisher-place": "London", "URL": self._url(self.rng.choice(["statista.com", "gsma.com", "euromonitor.com", "geopoll.com"])),
                                  "accessed": self._accessed_after([year] if year else None)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "author": self._people(2),
            "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}, "URL": self._url(),
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "news")

    def _press_unsigned(self) -> Work:
        year = self.year()
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}, "URL": self._url(),
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._org_work(record, "news", paper, {"press"})

    def _social(self) -> Work:
        name = self.rng.choice(["Ethio telecom", "Safaricom Ethiopia", "Ethiopian Airlines", "Commercial Bank of Ethiopia",
                                "Kaldi's Coffee", "Habesha Breweries S.C.", "telebirr"])  # fmt: skip
        year = self.year() if self.rng.random() < 0.5 else self.rng.randint(2019, 2025)
        record: dict[str, Any] = {
            "type": "post", "title": self.rng.choice(["Celebrate Enkutatash with telebirr", "Melkam Timket!",
                                                      "Happy Meskel to all our customers", "Eid Mubarak from our family to yours",
                                                      "Fly to Dubai this Fasika", "Our new 5G service is live in Adama"]),
            "container-title": self.rng.choice(["Facebook", "X", "Instagram", "LinkedIn", "TikTok", "Telegram"]),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}, "URL": self._url(),
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._org_work(record, "social", name, {"company"})

    def _video(self) -> Work:
        year = self.year() if self.rng.random() < 0.5 else self.rng.randint(2016, 2025)
        record: dict[str, Any] = {
            "type": "motion_picture", "title": self.rng.choice(["How telebirr changed payments in Ethiopia",
                                                                "Inside Ethiopia's coffee export boom", "Selling beer in Addis",
                                                                "Marketing to the Ethiopian diaspora", "The Bahir Dar tourism story"]),
            "medium": self.rng.choice(["YouTube", "podcast", "video"]), "URL": f"https://www.youtube.com/watch?v={self.rng.randint(10**9, 10**10)}",
            "issued": {"date-parts": [[year]]},
        }  # fmt: skip
        record["accessed"] = self._accessed_after([year])
        if self.rng.random() < 0.5:
            record["author"] = self._people(2)
            return self._person_work(record, "video")
        name = self.rng.choice(["EBS TV", "Fana Broadcasting Corporate", "Addis Standard", "DW Amharic", "Shega"])
        return self._org_work(record, "video", name, {"press"})

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "issued": {"date-parts": [[self.year()]]}, "URL": self._url()}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "web")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url(),
                                  "accessed": self._accessed_after(None)}  # fmt: skip
        if self.rng.random() < 0.4:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags | {"undated"})
