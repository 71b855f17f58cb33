"""Works for the eighty-ninth held-out pool, "blind89": what marketers in Zambia, Zimbabwe, Botswana, Namibia and
Malawi cite in CIM Level 6 and 7 reports and MBA assignments.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by an eighty-ninth
hand, without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, trade,
CRM, digital, sponsorship and communications marketers at banks, mobile-money providers, telecoms, breweries,
retail chains, agribusiness, mining-supply firms, safari groups and tourism boards in Lusaka, Kitwe, Ndola, Harare,
Bulawayo, Gaborone, Francistown, Windhoek, Walvis Bay, Lilongwe and Blantyre cite: regional and international
journals with one to eight authors, textbooks, chapters, theses from the region's universities, company, regulator,
statistics-office, tourism-board and research-firm works with and without dates or access dates, legislation and
statutory instruments cited under the republic that made them, the regional press signed and unsigned, works with
Bemba, Nyanja, Shona, Ndebele, Setswana, Oshiwambo and Chichewa titles glossed in English, social posts and
podcasts; Zambian, Zimbabwean, Motswana, Namibian and Malawian names, Afrikaans and German particles, hyphens,
accents, the click letter "!" and Asian-African and expatriate names.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# (family, given): names as they appear on papers from the region.
_NAMES = [
    ("Mwansa", "Chilufya"), ("Chileshe", "Mutale"), ("Banda", "Thokozani"), ("Phiri", "Chisomo"), ("Moyo", "Tendai"),
    ("Ncube", "Sibusiso"), ("Dube", "Nomvula"), ("Mazarura", "Tatenda"), ("Mogae", "Kagiso"), ("Masire", "Onalenna"),
    ("Kgosi", "Boitumelo"), ("Nujoma", "Ndapewa"), ("Shikongo", "Tuyeni"), ("!Naruseb", "Immanuel"),
    ("Chakwera", "Madalitso"), ("Mutharika", "Chikondi"), ("Mulenga", "Bwalya"), ("Kabwe", "Natasha"),
    ("Zulu", "Mwila"), ("Tembo", "Chipo"), ("Lungu", "Musonda"), ("Sakala", "Kondwani"), ("Mumba", "Kasonde"),
    ("Chanda", "Mapalo"), ("Siame", "Towela"), ("Nyirenda", "Chimwemwe"), ("Mhango", "Wezi"), ("Kumwenda", "Tiyamike"),
    ("Gondwe", "Lusungu"), ("Kachingwe", "Pemphero"), ("Chirwa", "Limbani"), ("Mkandawire", "Dalitso"),
    ("Chiweshe", "Rutendo"), ("Mutasa", "Farai"), ("Chikwanha", "Tafadzwa"), ("Makoni", "Nyasha"), ("Sibanda", "Thandeka"),
    ("Ndlovu", "Mthokozisi"), ("Mpofu", "Sithembile"), ("Gumbo", "Tinashe"), ("Marufu", "Kudakwashe"),
    ("Chigumba", "Ruvimbo"), ("Mhlanga", "Nkosana"), ("Tshabalala", "Lindiwe"), ("Molefe", "Kitso"),
    ("Seretse", "Masego"), ("Motswagole", "Tebogo"), ("Kebonang", "Lorato"), ("Ramotswa", "Goitseone"),
    ("Sebego", "Neo"), ("Tsheko", "Refilwe"), ("Mokgweetsi", "Oratile"), ("Amupolo", "Ndeshipanda"),
    ("Haufiku", "Penda"), ("Nangolo", "Helvi"), ("Iipumbu", "Selma"), ("Shilongo", "Tangeni"), ("Kandjii", "Uaandja"),
    ("Tjiriange", "Veripi"), ("Ndjavera", "Kaera"), ("Gaeseb", "Elfriede"), ("/Uirab", "Hendrik"),
    ("Chatterjee", "Anil"), ("Patel", "Hemant"), ("Desai", "Rukhsana"), ("Omar", "Yusuf"), ("Lakha", "Zainab"),
    ("Kapoor", "Nisha"), ("Goldberg", "Ruth"), ("Fernandes", "Cláudia"), ("Muñoz", "Inés"), ("Ó Súilleabháin", "Ciarán"),
    ("Müller", "Jürgen"), ("Gröbler", "Anneliese"), ("Schütz", "Wolfgang"), ("Fourie", "Anne-Marie"),
    ("Coetzee", "Jean-Pierre"), ("Botha", "Marié"), ("Nel", "Ané"), ("Smith", "Gareth"), ("Williams", "Fiona"),
    ("Chen", "Li"), ("Wang", "Jun"), ("Mwale-Banda", "Esther"), ("Phiri-Nkhoma", "Grace"), ("Moyo-Ndlovu", "Precious"),
    ("Nhamo", "Nyasha-Rose"), ("Kaunda", "Mary-Jane"), ("Kasonde", "Chanda-Marie"), ("Siwale", "Mwenya"),
]  # fmt: skip
_PARTICLE_NAMES = [("van der", "Merwe", "Hendrik"), ("von", "Schlettwein", "Karl"), ("van", "Wyk", "Elsabé"),
                   ("du", "Plessis", "Annelie"), ("de", "Klerk", "Pieter"), ("van", "Rooyen", "Marthinus"),
                   ("von", "Wietersheim", "Ilse"), ("le", "Roux", "Danie"), ("van den", "Berg", "Riaan"),
                   ("de", "Souza", "Ricardo")]  # fmt: skip
# (name as author, tags)
_ORGS = [
    ("Zambia National Commercial Bank Plc", {"company"}), ("Zanaco", {"company"}),
    ("Airtel Networks Zambia Plc", {"company"}), ("MTN Zambia", {"company", "acronym"}),
    ("Zambian Breweries Plc", {"company"}), ("Shoprite Checkers (Pty) Ltd", {"company", "abbreviation"}),
    ("Econet Wireless Zimbabwe Limited", {"company"}), ("EcoCash", {"company"}),
    ("Delta Corporation Limited", {"company"}), ("CBZ Holdings Limited", {"company", "acronym"}),
    ("OK Zimbabwe Limited", {"company"}), ("Innscor Africa Limited", {"company"}), ("Simbisa Brands Limited", {"company"}),
    ("Zimbabwe Tourism Authority", {"government"}), ("Zimbabwe Tourism Authority (ZTA)", {"government", "abbreviation"}),
    ("Debswana Diamond Company (Pty) Ltd", {"company", "abbreviation"}),
    ("Mascom Wireless Botswana (Pty) Ltd", {"company", "abbreviation"}),
    ("First National Bank Botswana Limited", {"company"}), ("Choppies Enterprises Limited", {"company"}),
    ("Sefalana Holdings Company Limited", {"company"}), ("Botswana Tourism Organisation", {"government"}),
    ("MTC Namibia", {"company", "acronym"}), ("Namibia Breweries Limited", {"company"}),
    ("Bank Windhoek Limited", {"company"}), ("FNB Namibia Holdings Limited", {"company", "acronym"}),
    ("Namibia Tourism Board", {"government"}), ("Airtel Malawi Plc", {"company"}), ("TNM Plc", {"company", "acronym"}),
    ("National Bank of Malawi plc", {"company"}), ("Illovo Sugar (Malawi) plc", {"company", "brackets"}),
    ("Press Corporation plc", {"company"}), ("Malawi Tourism Council", {"trade-body"}),
    ("Zambia Information and Communications Technology Authority (ZICTA)", {"government", "abbreviation"}),
    ("ZICTA", {"government", "acronym"}), ("POTRAZ", {"government", "acronym"}),
    ("Postal and Telecommunications Regulatory Authority of Zimbabwe", {"government"}),
    ("Botswana Communications Regulatory Authority (BOCRA)", {"government", "abbreviation"}),
    ("Communications Regulatory Authority of Namibia", {"government"}), ("MACRA", {"government", "acronym"}),
    ("Zambia Statistics Agency", {"government"}), ("ZamStats", {"government", "acronym"}),
    ("Zimbabwe National Statistics Agency (ZimStat)", {"government", "abbreviation"}),
    ("Statistics Botswana", {"government"}), ("Namibia Statistics Agency", {"government"}),
    ("National Statistical Office of Malawi", {"government"}), ("Bank of Zambia", {"government"}),
    ("Reserve Bank of Zimbabwe", {"government"}), ("Bank of Botswana", {"government"}),
    ("Reserve Bank of Malawi", {"government"}), ("Bank of Namibia", {"government"}),
    ("Competition and Consumer Protection Commission", {"government"}),
    ("Consumer Protection Commission Zimbabwe", {"government"}),
    ("Zambia Development Agency", {"government"}), ("Zambia Tourism Agency", {"government"}),
    ("FinMark Trust", {"trade-body"}), ("Afrobarometer", {"market-research"}), ("Geopoll", {"market-research"}),
    ("Kantar", {"market-research"}), ("Nielsen", {"market-research"}), ("Euromonitor International", {"market-research"}),
    ("GSMA", {"trade-body", "acronym"}), ("PwC Zambia", {"company"}), ("Deloitte & Touche Zimbabwe", {"company", "ampersand"}),
    ("Ernst & Young Namibia", {"company", "ampersand"}), ("KPMG Botswana", {"company"}),
    ("Chartered Institute of Marketing", {"trade-body"}), ("Zambia Chamber of Commerce & Industry", {"trade-body", "ampersand"}),
    ("Confederation of Zimbabwe Industries", {"trade-body"}), ("Hospitality Association of Namibia", {"trade-body"}),
    ("Tourism Business Council of Botswana", {"trade-body"}), ("Farmers' Union of Malawi", {"trade-body", "apostrophe"}),
    ("Zambia National Farmers' Union", {"trade-body", "apostrophe"}), ("Women's Finance Trust of Zambia", {"company", "apostrophe"}),
    ("Lake of Stars", {"company"}), ("Wilderness Safaris", {"company"}), ("Cresta Hospitality", {"company"}),
    ("African Sun Limited", {"company"}), ("Sun International Zambia", {"company"}),
    ("Omnia Fertilizer Zambia Ltd", {"company"}), ("Nitrogen Chemicals of Zambia", {"company"}),
    ("Zambia Sugar Plc", {"company"}), ("Tobacco Industry and Marketing Board", {"government"}),
    ("Southern African Development Community (SADC)", {"government", "abbreviation"}),
    ("COMESA", {"government", "acronym"}), ("World Bank", {"government"}), ("UN Tourism", {"government"}),
]  # fmt: skip
_GOVERNMENT = [
    ("Government of the Republic of Zambia", "Zambia"), ("Republic of Zambia", "Zambia"),
    ("Ministry of Tourism (Zambia)", "Zambia"), ("Ministry of Commerce, Trade and Industry", "Zambia"),
    ("Government of Zimbabwe", "Zimbabwe"), ("Ministry of Tourism and Hospitality Industry", "Zimbabwe"),
    ("Ministry of Finance and Economic Development", "Zimbabwe"), ("Government of Botswana", "Botswana"),
    ("Ministry of Environment and Tourism", "Namibia"), ("Government of the Republic of Namibia", "Namibia"),
    ("Ministry of Industrialisation and Trade", "Namibia"), ("Government of Malawi", "Malawi"),
    ("Ministry of Trade and Industry (Malawi)", "Malawi"), ("Ministry of Information and Digitalization", "Malawi"),
]  # fmt: skip
_LAWS = [
    ("Republic of Zambia", "Data Protection Act No. 3 of 2021", 2021),
    ("Republic of Zambia", "Competition and Consumer Protection Act No. 24 of 2010", 2010),
    ("Republic of Zambia", "Cyber Security and Cyber Crimes Act No. 2 of 2021", 2021),
    ("Republic of Zambia", "Information and Communication Technologies (Electronic Commerce) Regulations, Statutory Instrument No. 54 of 2023", 2023),
    ("Government of Zimbabwe", "Cyber and Data Protection Act [Chapter 12:07]", 2021),
    ("Government of Zimbabwe", "Consumer Protection Act [Chapter 14:44]", 2019),
    ("Government of Zimbabwe", "Cyber and Data Protection (Licensing of Data Controllers and Appointment of Data Protection Officers) Regulations, Statutory Instrument 155 of 2024", 2024),
    ("Republic of Botswana", "Data Protection Act, 2018 (Act No. 32 of 2018)", 2018),
    ("Republic of Botswana", "Consumer Protection Act, 2018 (Act No. 5 of 2018)", 2018),
    ("Republic of Namibia", "Consumer Protection Bill", 2023),
    ("Republic of Namibia", "Electronic Transactions Act 4 of 2019", 2019),
    ("Republic of Malawi", "Electronic Transactions and Cyber Security Act, 2016", 2016),
    ("Republic of Malawi", "Data Protection Act, 2024 (Act No. 3 of 2024)", 2024),
    ("Republic of Malawi", "Competition and Fair Trading Act (Cap. 48:09)", 1998),
]  # fmt: skip
_JOURNALS = ["Journal of African Business", "African Journal of Economic and Management Studies",
             "Southern African Business Review", "Botswana Journal of Business", "Journal of Business Research",
             "Tourism Management", "African Journal of Marketing Management", "Zambia Social Science Journal",
             "Journal of Marketing Management", "International Journal of Bank Marketing",
             "Journal of Retailing and Consumer Services", "Journal of Hospitality and Tourism Management",
             "South African Journal of Business Management", "Zimbabwe Journal of Business Studies",
             "Telecommunications Policy", "Journal of Destination Marketing & Management"]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Oxford University Press", "Oxford"), ("Juta", "Cape Town"), ("Van Schaik", "Pretoria"),
               ("Cengage", "Andover"), ("Weaver Press", "Harare"), ("UNZA Press", "Lusaka"),
               ("Macmillan Malawi", "Blantyre"), ("University of Namibia Press", "Windhoek"),
               ("Wiley", "Chichester"), ("Palgrave Macmillan", "Cham")]  # fmt: skip
_UNIVERSITIES = ["University of Zambia", "Copperbelt University", "University of Zimbabwe",
                 "National University of Science and Technology, Bulawayo", "University of Botswana",
                 "University of Namibia", "Namibia University of Science and Technology", "University of Malawi",
                 "Mzuzu University", "Midlands State University"]  # fmt: skip
_PRESS = ["Zambia Daily Mail", "Times of Zambia", "Lusaka Times", "The Herald", "NewsDay", "The Standard",
          "Mmegi", "The Botswana Gazette", "The Namibian", "New Era", "The Nation", "Nyasa Times",
          "The Financial Gazette", "Business Weekly", "Sunday Mail", "Windhoek Observer"]  # fmt: skip
_TOPICS = ["mobile money adoption", "brand loyalty", "customer retention", "digital banking", "WhatsApp commerce",
           "sports sponsorship", "beer brand equity", "supermarket patronage", "tourist satisfaction",
           "destination image", "financial inclusion", "USSD banking", "agent banking", "Chibuku consumption",
           "fertiliser distribution", "smallholder marketing", "sugar pricing", "safari lodge marketing",
           "service quality", "airtime promotions", "data bundle pricing", "loyalty cards", "influencer marketing",
           "corporate social responsibility", "mining-town retail", "cross-border shopping", "informal traders",
           "remittances", "insurance uptake", "fast-food franchising", "local-content rules", "green marketing"]  # fmt: skip
_PLACES = ["Zambia", "Zimbabwe", "Botswana", "Namibia", "Malawi", "Lusaka", "Kitwe", "Ndola", "Harare", "Bulawayo",
           "Gaborone", "Francistown", "Windhoek", "Walvis Bay", "Lilongwe", "Blantyre", "the Copperbelt",
           "southern Africa", "the SADC region"]  # fmt: skip
_VERNACULAR = [
    ("Ubwino bwa ndalama za pa foni", "The benefits of mobile money"),
    ("Amalyashi ya bakabilo", "The markets of the traders"),
    ("Kushambadza muZimbabwe", "Advertising in Zimbabwe"),
    ("Ukuthengisa emadolobheni", "Selling in the towns"),
    ("Kgwebo le badirisi", "Business and consumers"),
    ("Omalandifo moNamibia", "Trade in Namibia"),
    ("Malonda a m'midzi", "Rural trade"),
    ("Mbiri ya chikhalidwe ndi malonda", "A history of culture and trade"),
    ("Ukufwaya imbuto", "Seeking growth"),
    ("Mari nevatengi", "Money and customers"),
]  # fmt: skip
_SOCIAL = ["Facebook", "WhatsApp", "X", "TikTok", "Instagram", "LinkedIn"]
_PODCASTS = ["The Copperbelt Marketer", "Biz Talk Zim", "Pula Pod", "Windhoek Business Hour", "Malawi Means Business"]


class Blind89WorkFactory(WorkFactory):
    """The eighty-ninth pool's works. A subclass of WorkFactory, drawing from its own random source."""

    KINDS = ("book", "chapter", "journal", "thesis", "web", "report", "government", "legislation", "news",
             "market-research", "social", "podcast")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 8971 + 89)
        self.seen_orgs: list[tuple[str, set[str], int]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.08:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.85:
            family, given = self.rng.choice(_NAMES)
            return {"family": family, "given": given}
        fake = self.fakers[self.rng.choice(["en_GB", "en_IN", "de_DE", "en_IE"])]
        family = fake.last_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():
            return {"family": " ".join(words[1:]), "given": fake.first_name(), "non-dropping-particle": words[0]}
        return {"family": family, "given": fake.first_name()}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGS)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1975, 1999)
        return self.rng.randint(2005, 2025)

    def accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        low = max(2023, year or 2023)
        return {
            "date-parts": [[self.rng.randint(low, max(low, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]]
        }

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        place = self.rng.choice(_PLACES)
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {place}: evidence from {self.rng.choice(_PLACES)}",
            f"Determinants of {topic} among {self.rng.choice(['urban consumers', 'smallholder farmers', 'university students', 'SMEs', 'bank customers', 'international tourists'])} in {place}",
            f"The effect of {topic} on {self.rng.choice(_TOPICS)}: a study of {place}",
            f"{topic[0].upper()}{topic[1:]} and {self.rng.choice(_TOPICS)} in {place}",
            f"Rethinking {topic} in {place}",
            f"Marketing {self.rng.choice(['beer', 'mobile data', 'sugar', 'fertiliser', 'safaris', 'insurance', 'groceries'])} in {place}: {topic}",
        ]
        return self.rng.choice(forms)

    def _dated(self, record: dict[str, Any], undated: float = 0.0) -> int | None:
        if self.rng.random() < undated:
            return None
        year = self.year()
        record["issued"] = {"date-parts": [[year]]}
        return year

    def _url(self, host: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        return f"https://{host or fake.domain_name()}/{fake.slug()}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.KINDS), weights=[12, 5, 22, 5, 13, 10, 6, 4, 10, 6, 4, 3])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        return super()._person_work(record, kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation in the same year as an earlier work ("2023a", "2023b").
        pairable = kind not in ("market-research", "legislation", "news")
        if pairable and self.seen_orgs and "issued" in record and self.rng.random() < 0.1:
            name, tags, year = self.rng.choice(self.seen_orgs)
            record["issued"] = {"date-parts": [[year]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(year)
            if kind == "report":
                record["publisher"] = name.split(" (")[0] if not name.endswith(("Ltd", "Limited")) else name
        if pairable and "issued" in record:
            self.seen_orgs.append((name, tags, record["issued"]["date-parts"][0][0]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        title = self._title()
        if self.rng.random() < 0.15:
            native, english = self.rng.choice(_VERNACULAR)
            title = f"{native} [{english}]"
        elif self.rng.random() < 0.2:
            title = self.rng.choice(["Marketing management: an African perspective", "Principles of marketing: a southern African perspective",
                                     "Services marketing in Africa", "Consumer behaviour in emerging markets", "Digital marketing: strategy, implementation and practice",
                                     "Strategic brand management", "Integrated marketing communications in Africa"])  # fmt: skip
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4), "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        self._dated(record)
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 300)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["Marketing in Africa", "Tourism in southern Africa", "Mobile money and financial inclusion in Africa",
                                                "Brand management in emerging markets", "The Routledge companion to African business"]),
            "publisher": publisher, "publisher-place": place, "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        self._dated(record)
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 600)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "volume": str(self.rng.randint(1, 45)),
            "issue": str(self.rng.randint(1, 6)), "page": f"{start}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        self._dated(record)
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": [self.person()],
            "genre": self.rng.choice(["MBA dissertation", "MSc thesis", "PhD thesis", "Master's dissertation"]),
            "publisher": self.rng.choice(_UNIVERSITIES),
        }  # fmt: skip
        self._dated(record)
        if self.rng.random() < 0.4:
            record["URL"] = self._url("dspace.unza.zm" if self.rng.random() < 0.5 else None)
            record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0][0])
        return self._person_work(record, "thesis")

    def _web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url()}
        year = self._dated(record, undated=0.25)
        if self.rng.random() < 0.85:
            record["accessed"] = self.accessed_after(year)
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags)

    def _report(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "report", "publisher": name.split(" (")[0] if not name.endswith(("Ltd", "Limited")) else name,
                                  "publisher-place": self.rng.choice(["Lusaka", "Harare", "Gaborone", "Windhoek", "Blantyre", "Lilongwe", "Bulawayo", "Johannesburg"])}  # fmt: skip
        year = self._dated(record, undated=0.12)
        record["title"] = (f"{self.rng.choice(['Annual report', 'Integrated annual report', 'Sustainability report', 'Tourism statistics report', 'Market inquiry report'])} {year}"
                           if year and self.rng.random() < 0.4 else self._title())  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url()
            if self.rng.random() < 0.85:
                record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "report", name, tags)

    def _government(self) -> Work:
        name, country = self.rng.choice(_GOVERNMENT)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]),
                                  "title": self.rng.choice([f"National tourism policy for {country}", f"Vision 2030: {self._title()}",
                                                            f"{country} national financial inclusion strategy", f"Budget speech {self.rng.randint(2018, 2025)}",
                                                            f"National digital economy strategy of {country}", self._title()])}  # fmt: skip
        year = self._dated(record, undated=0.1)
        if self.rng.random() < 0.7:
            record["URL"] = self._url()
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "government", name, {"government"})

    def _legislation(self) -> Work:
        author, title, year = self.rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": "Government Printer", "publisher-place": self.rng.choice(["Lusaka", "Harare", "Gaborone", "Windhoek", "Zomba"])}  # fmt: skip
        if self.rng.random() < 0.4:
            record["URL"] = self._url()
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "legislation", author, {"government", "legislation"})

    def _news(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
        }  # fmt: skip
        if self.rng.random() < 0.8:
            record["URL"] = self._url()
            record["accessed"] = self.accessed_after(year + 1)
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _market_research(self) -> Work:
        name = self.rng.choice(
            ["Geopoll", "Kantar", "Nielsen", "Afrobarometer", "Euromonitor International", "FinMark Trust", "GSMA"]
        )
        year = self.year() if self.rng.random() < 0.9 else None
        market = self.rng.choice(
            ["beer", "mobile money", "fast food", "soft drinks", "grocery retail", "insurance", "tourism"]
        )
        place = self.rng.choice(["Zambia", "Zimbabwe", "Botswana", "Namibia", "Malawi"])
        record: dict[str, Any] = {
            "type": "report", "publisher": name,
            "title": self.rng.choice([f"{market[0].upper()}{market[1:]} in {place}", f"FinScope consumer survey {place} {year or 2022}",
                                      f"{place} media and consumer survey {year or 2023}", f"Afrobarometer round 9: {place} summary of results",
                                      f"The mobile economy: Sub-Saharan Africa {year or 2024}", f"{market[0].upper()}{market[1:]} in {place}: country report"]),
            "URL": self._url(), "accessed": self.accessed_after(year),
        }  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, "market-research", name, {"market-research"})

    def _social(self) -> Work:
        platform = self.rng.choice(_SOCIAL)
        year = self.rng.randint(2019, 2025)
        record: dict[str, Any] = {
            "type": "post", "title": self.rng.choice(["Month-end deals are here!", "Independence Day special", "Kuomboka weekend offers",
                                                      "Back-to-school bundles now live", "Heroes' Day giveaway", "Our new data bundles",
                                                      "Harvest-season prices", "Oktoberfest tickets on sale"]) + f" [{platform}]",
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(f"www.{platform.lower()}.com" if platform != "X" else "x.com"), "accessed": self.accessed_after(year + 1),
        }  # fmt: skip
        name, tags = self.organisation()
        return self._org_work(record, "social", name, tags | {"social"})

    def _podcast(self) -> Work:
        year = self.rng.randint(2019, 2025)
        record: dict[str, Any] = {
            "type": "song", "title": f"{self._title()} [Podcast]", "container-title": self.rng.choice(_PODCASTS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(), "accessed": self.accessed_after(year + 1), "author": self._people(2),
        }  # fmt: skip
        return self._person_work(record, "podcast")
