"""Works for the fifty-ninth held-out pool, "blind59": what marketers in Indonesia and the Philippines cite.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a fifty-ninth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how growth, brand, CRM,
community and trade marketers at marketplaces, super-apps, e-wallets, banks, FMCG firms, telecoms and agencies in
Jakarta, Surabaya, Bandung, Manila, Cebu and Davao write their CIM Level 6 and 7 reports and MBA assignments in
English: regional journals with one to eight authors, textbooks in their editions, chapters, theses, signed and
unsigned articles in the national business press, company, regulator and research-firm reports, regulations and Acts
under the body or state that made them, TikTok and Instagram posts, podcasts, web pages with and without dates or
access dates; Indonesian names (single names, Javanese, Sundanese, Batak clan names, Chinese-Indonesian names, "bin"
and "binti"), Filipino names (dela Cruz, de los Santos, delos Reyes, double surnames, Jr. and III) and expatriates.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

from typing import Any

from tests.corpus.references.records import Work, WorkFactory

_ID_GIVEN = ["Budi", "Siti", "Dewi", "Agus", "Rina", "Andi", "Putri", "Rizky", "Ayu", "Fajar", "Nur", "Wahyu", "Indah",
             "Bayu", "Ratna", "Dimas", "Sri", "Yudi", "Anisa", "Hendra", "Made", "Ketut", "Ni Luh", "Gede", "Tri",
             "Reza", "Nadia", "Arief", "Fitri", "Dian", "Kartika", "Yohanes", "Maria", "Stefanus", "Lestari"]  # fmt: skip
_ID_FAMILY = ["Santoso", "Wijaya", "Pratama", "Hidayat", "Kusuma", "Setiawan", "Nugroho", "Saputra", "Permana",
              "Suganda", "Rahmawati", "Susanti", "Hartono", "Purnomo", "Wibisono", "Prasetyo", "Suryadi", "Handoko",
              "Kurniawan", "Utami", "Hakim", "Syahputra", "Maharani", "Iskandar", "Firmansyah", "Anggraini",
              "Sasmita", "Sukmawati", "Darmawan", "Wirawan", "Suwarno", "Prawiro", "Kartasasmita"]  # fmt: skip
_BATAK = ["Siregar", "Nasution", "Simanjuntak", "Hutapea", "Sitompul", "Pardede", "Harahap", "Sinaga", "Tampubolon",
          "Lubis", "Panjaitan", "Situmorang", "Hutagalung", "Manurung"]  # fmt: skip
_CHINESE_ID = [("Budi", "Gunawan"), ("Hendra", "Tanoto"), ("Lina", "Halim"), ("Kevin", "Lim"), ("Michelle", "Tanuwidjaja"),
               ("Jessica", "Salim"), ("William", "Tanujaya"), ("Stevani", "Kosasih"), ("Felicia", "Gozali"),
               ("Andreas", "Sugiharto"), ("Yenny", "Tjandra"), ("Ferry", "Tjahjono"), ("Vivian", "Oei")]  # fmt: skip
_SINGLE = ["Wulandari", "Sukarno", "Suharti", "Mulyadi", "Sutrisno", "Wiranto", "Rusdi", "Suparmi", "Kuswanto",
           "Sumarni", "Jumadi", "Paryono"]  # fmt: skip
_ARABIC = [("Ahmad", "bin", "Ismail"), ("Nurul", "binti", "Hasan"), ("Muhammad Rizal", "bin", "Abdullah"),
           ("Siti Aisyah", "binti", "Yusuf"), ("Faisal", "bin", "Hamzah"), ("Khadijah", "binti", "Salim")]  # fmt: skip
_PH_GIVEN = ["Maria Cristina", "Jose", "Juan Miguel", "Ana Liza", "Mark Anthony", "Kristine", "Rommel", "Jocelyn",
             "Paolo", "Bea", "Carlo", "Jericho", "Mary Grace", "Rhea", "Francis", "Aileen", "Raffy", "Joy", "Bong",
             "Noel", "Rosario", "Teodoro", "Kathleen", "Gerardo"]  # fmt: skip
_PH_FAMILY = ["Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Villanueva", "Aquino", "Ramos",
              "Castillo", "Dimaculangan", "Macaraeg", "Pangilinan", "Tolentino", "Peñaflor", "Ibañez", "Muñoz",
              "Zúñiga", "Lacson", "Manalo", "Gatchalian", "Salonga", "Dizon", "Agbayani", "Sison", "Nuñez"]  # fmt: skip
_PH_PARTICLE = [("dela", "Cruz"), ("de los", "Santos"), ("delos", "Reyes"), ("de la", "Paz"), ("del", "Rosario"),
                ("de", "Guzman"), ("dela", "Peña"), ("de", "Leon"), ("delos", "Santos"), ("de", "Castro")]  # fmt: skip
_EXPAT = [("Nguyễn", "Thu Trang"), ("Müller", "Katrin"), ("Sørensen", "Mads"), ("O'Connell", "Siobhan"),
          ("Beltrán", "Javier"), ("Tanaka", "Haruki"), ("Park", "Ji-woo"), ("Raghunathan", "Priya"),
          ("van Dijk", "Pieter"), ("Lefèvre", "Claire"), ("McAllister", "Fiona"), ("Chua", "Wei Ling"),
          ("Lee", "Hsien Ming"), ("Abdul Rahman", "Farid"), ("Krishnamurthy", "Arun"), ("Schäfer", "Jonas"),
          ("Thompson-Wright", "Olivia"), ("Kowalczyk", "Agnieszka")]  # fmt: skip

_COMPANIES = ["PT GoTo Gojek Tokopedia Tbk", "PT Bukalapak.com Tbk", "PT Unilever Indonesia Tbk", "PT Indofood Sukses Makmur Tbk",
              "PT Bank Central Asia Tbk", "PT Bank Rakyat Indonesia (Persero) Tbk", "PT Telkom Indonesia (Persero) Tbk",
              "PT Mayora Indah Tbk", "PT Sido Muncul Tbk", "Jollibee Foods Corporation", "Globe Telecom, Inc.",
              "PLDT Inc.", "Ayala Corporation", "SM Investments Corporation", "Universal Robina Corporation",
              "Bank of the Philippine Islands", "GCash", "Maya Philippines, Inc.", "Shopee", "Lazada Group", "Grab Holdings Ltd",
              "Sea Limited", "Tokopedia", "Traveloka", "Blibli", "OVO", "DANA Indonesia", "Procter & Gamble Philippines",
              "Johnson & Johnson Indonesia", "Nestlé Philippines", "Kopi Kenangan", "Janji Jiwa", "Wardah Cosmetics",
              "Century Pacific Food, Inc.", "Robinsons Retail Holdings, Inc.", "Puregold Price Club, Inc.",
              "Smart Communications, Inc.", "Ogilvy Philippines", "Dentsu Indonesia", "Hakuhodo International Indonesia",
              "McKinsey & Company", "Bain & Company", "Boston Consulting Group (BCG)", "Deloitte Southeast Asia Ltd",
              "PricewaterhouseCoopers (PwC) Indonesia", "Kearney", "Meltwater", "We Are Social", "DataReportal"]  # fmt: skip
_ASSOCIATIONS = ["Asosiasi E-Commerce Indonesia (idEA)", "Asosiasi Fintech Indonesia (AFTECH)",
                 "Asosiasi Penyelenggara Jasa Internet Indonesia (APJII)", "Fintech Alliance.PH",
                 "Philippine Retailers Association (PRA)", "Internet and Mobile Marketing Association of the Philippines (IMMAP)",
                 "Philippine Association of National Advertisers (PANA)", "Indonesian Consumers Foundation (YLKI)",
                 "Women's Business Council Philippines", "Kadin Indonesia", "Makati Business Club", "Philippine Chamber of Commerce & Industry (PCCI)",
                 "Chartered Institute of Marketing (CIM)", "Marketers' Club Indonesia"]  # fmt: skip
_GOVERNMENT = ["Badan Pusat Statistik (BPS)", "Philippine Statistics Authority (PSA)", "Otoritas Jasa Keuangan (OJK)",
               "Bank Indonesia", "Bangko Sentral ng Pilipinas (BSP)", "Kementerian Perdagangan Republik Indonesia",
               "Kementerian Komunikasi dan Informatika (Kominfo)", "Department of Trade and Industry (DTI)",
               "National Privacy Commission (NPC)", "Department of Information and Communications Technology (DICT)",
               "Securities and Exchange Commission Philippines", "Kementerian Koperasi dan UKM", "Badan Perlindungan Konsumen Nasional (BPKN)",
               "Philippine Competition Commission (PCC)", "Komisi Pengawas Persaingan Usaha (KPPU)"]  # fmt: skip
_RESEARCH = ["Kantar Indonesia", "Kantar Worldpanel Philippines", "NielsenIQ", "Nielsen Indonesia", "Jakpat", "Populix",
             "Katadata Insight Center", "Statista", "Euromonitor International", "Ipsos Philippines", "Milieu Insight",
             "Google, Temasek & Bain & Company", "Snapcart", "Redwood Research Philippines", "Social Weather Stations (SWS)",
             "Pulse Asia Research Inc.", "Mintel"]  # fmt: skip
_PRESS = ["The Jakarta Post", "Kompas", "Tempo", "Philippine Daily Inquirer", "Rappler", "BusinessWorld", "DailySocial",
          "Katadata", "Bisnis Indonesia", "The Philippine Star", "Manila Bulletin", "Tech in Asia", "Nikkei Asia",
          "Jakarta Globe", "CNBC Indonesia", "SWA", "Marketing-Interactive", "Campaign Asia-Pacific", "e27",
          "Philstar.com", "Kontan", "GMA News Online"]  # fmt: skip
_JOURNALS = ["Asia Pacific Journal of Marketing and Logistics", "Journal of Asia Business Studies",
             "Asian Journal of Business Research", "Philippine Management Review", "Gadjah Mada International Journal of Business",
             "Journal of Retailing and Consumer Services", "International Journal of Bank Marketing",
             "Asia Pacific Management Review", "Journal of Islamic Marketing", "Journal of Indonesian Economy and Business",
             "DLSU Business & Economics Review", "Asian Academy of Management Journal", "Journal of Research in Interactive Marketing",
             "Electronic Commerce Research and Applications", "Jurnal Manajemen Indonesia", "Asia Pacific Journal of Management",
             "Journal of Consumer Behaviour", "Southeast Asian Journal of Economics", "Journal of Financial Services Marketing",
             "Internet Research", "Journal of Marketing Communications"]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Pearson Education Asia", "Singapore"), ("Routledge", "Abingdon"),
               ("Kogan Page", "London"), ("Wiley", "Singapore"), ("McGraw-Hill Education", "New York"),
               ("Rex Book Store", "Manila"), ("Penerbit Andi", "Yogyakarta"), ("Salemba Empat", "Jakarta"),
               ("Gramedia Pustaka Utama", "Jakarta"), ("Anvil Publishing", "Pasig City"), ("Sage", "London"),
               ("Palgrave Macmillan", "Singapore"), ("Springer", "Singapore"), ("Ateneo de Manila University Press", "Quezon City"),
               ("UGM Press", "Yogyakarta"), ("Oxford University Press", "Oxford")]  # fmt: skip
_UNIVERSITIES = ["Universitas Indonesia", "Universitas Gadjah Mada", "Institut Teknologi Bandung", "Universitas Airlangga",
                 "BINUS University", "Universitas Padjadjaran", "Prasetiya Mulya Business School", "Ateneo de Manila University",
                 "De La Salle University", "University of the Philippines Diliman", "Asian Institute of Management",
                 "University of San Carlos", "Ateneo de Davao University", "University of Santo Tomas"]  # fmt: skip
_TOPICS = ["live shopping", "e-wallet adoption", "buy now, pay later", "QRIS payments", "halal cosmetics", "cashback promotions",
           "social commerce", "super-app loyalty", "influencer affiliate marketing", "Harbolnas flash sales", "Ramadan advertising",
           "mudik travel spending", "sari-sari store digitisation", "warung restocking apps", "remittance apps", "OFW families",
           "K-pop brand ambassadors", "TikTok Shop", "free-shipping vouchers", "paylater default risk", "Gen Z banking",
           "quick commerce", "community group buying", "mobile legends sponsorship", "sachet marketing", "QR Ph adoption",
           "digital banks", "micro-influencers", "Christmas retail in September", "brand activism", "green packaging",
           "Jollibee nostalgia", "Indomie brand love", "trust in marketplaces", "fake reviews", "data privacy concerns",
           "kopi susu chains", "telco bundles", "gaming top-ups", "local brand pride", "shoppertainment"]  # fmt: skip
_PLACES = ["Indonesia", "the Philippines", "Jakarta", "Metro Manila", "Surabaya", "Cebu", "Bandung", "Davao",
           "Southeast Asia", "Java", "Mindanao", "Greater Jakarta", "Visayas"]  # fmt: skip
_AUDIENCE = ["millennial consumers", "Gen Z shoppers", "urban mothers", "MSME sellers", "unbanked households",
             "Muslim consumers", "rural buyers", "university students", "gig workers", "first-time investors"]  # fmt: skip


class Blind59WorkFactory(WorkFactory):
    """Works as Indonesian and Filipino marketers cite them, from one seeded random source."""

    # the kinds of work made (Work.kind), and the makers drawn from, with their weights
    KINDS = ("book", "chapter", "journal", "news", "web", "report", "legislation", "thesis", "social", "podcast")
    MAKERS = ("book", "chapter", "journal", "news", "news-unsigned", "web-person", "organisation-web", "organisation-report",
              "market-research", "government", "legislation", "thesis", "social", "podcast")  # fmt: skip

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.22:
            name = {"family": rng.choice(_ID_FAMILY), "given": rng.choice(_ID_GIVEN)}
        elif roll < 0.30:
            name = {"family": rng.choice(_BATAK), "given": rng.choice(_ID_GIVEN)}
        elif roll < 0.38:
            given, family = rng.choice(_CHINESE_ID)
            name = {"family": family, "given": given}
        elif roll < 0.42:
            name = {"family": rng.choice(_SINGLE)}
        elif roll < 0.46:
            given, particle, family = rng.choice(_ARABIC)
            name = {"family": family, "given": given, "non-dropping-particle": particle}
        elif roll < 0.66:
            name = {"family": rng.choice(_PH_FAMILY), "given": rng.choice(_PH_GIVEN)}
            if rng.random() < 0.15:
                name["family"] = f"{name['family']}-{rng.choice(_PH_FAMILY)}"
        elif roll < 0.78:
            particle, family = rng.choice(_PH_PARTICLE)
            name = {"family": family, "given": rng.choice(_PH_GIVEN), "non-dropping-particle": particle}
        else:
            family, given = rng.choice(_EXPAT)
            if family.startswith("van "):
                name = {"family": family[4:], "given": given, "non-dropping-particle": "van"}
            else:
                name = {"family": family, "given": given}
        if rng.random() < 0.05 and "given" in name:
            name["suffix"] = rng.choice(["Jr.", "III", "Jr.", "II"])
        return name

    def organisation(self) -> tuple[str, set[str]]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.45:
            name = rng.choice(_COMPANIES)
        elif roll < 0.70:
            name = rng.choice(_ASSOCIATIONS)
        else:
            name = rng.choice(_GOVERNMENT)
        tags = {"company"}
        if "&" in name:
            tags.add("ampersand")
        if "'" in name:
            tags.add("apostrophe")
        if "(" in name:
            tags.add("abbreviation")
        if name in _GOVERNMENT:
            tags = (tags - {"company"}) | {"government"}
        return name, tags

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        return self.rng.choices([self.rng.randint(2003, 2016), self.rng.randint(2017, 2025)], weights=[25, 75])[0]

    def accessed_after(self, year: int | None, later: bool = False) -> dict[str, list[list[int]]]:
        low = max((year or 2021) + (1 if later else 0), 2022)
        year = self.rng.randint(low, 2026)  # never after the day this pool was written (3 December 2026)
        return {"date-parts": [[year, self.rng.randint(1, 11 if year == 2026 else 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        rng = self.rng
        topic, other = rng.sample(_TOPICS, 2)
        place, who = rng.choice(_PLACES), rng.choice(_AUDIENCE)
        forms = [
            f"{topic.capitalize()} and purchase intention among {who} in {place}",
            f"The effect of {topic} on {other}: evidence from {place}",
            f"Why {who} trust {topic}",
            f"{topic.capitalize()} in {place}: a structural equation model",
            f"Understanding {topic} among {who}",
            f"From {topic} to {other}: lessons from {place}",
            f"Drivers of {topic} adoption in {place}",
            f"{topic.capitalize()}, {other} and loyalty among {who}",
        ]
        return rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            list(self.MAKERS), weights=[12, 5, 24, 9, 3, 5, 9, 7, 8, 6, 4, 3, 3, 2]
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[28, 26, 18, 11, 7, 5, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if all(p.get("family") != person.get("family") for p in people):
                people.append(person)
        return people

    def _url(self, host: str, path: str) -> str:
        slug = "-".join(path.lower().translate(str.maketrans("", "", ",:[]()'")).split()[:7])
        return f"https://{host}/{slug}"

    def _book(self) -> Work:
        rng = self.rng
        publisher, place = rng.choice(_PUBLISHERS)
        titles = ["Marketing management", "Principles of marketing: an Asian perspective", "Digital marketing: strategy, implementation and practice",
                  "Consumer behaviour in Asia", "Strategic brand management", "Marketing 5.0: technology for humanity",
                  "Services marketing: people, technology, strategy", "Pemasaran digital untuk UMKM", "Fintech in Southeast Asia",
                  "Retail marketing in emerging markets", "Islamic marketing and branding", "Integrated marketing communications",
                  "Customer relationship management: concepts and technologies", "Brand Indonesia", "Filipino consumer insights"]  # fmt: skip
        title = rng.choice(titles) if rng.random() < 0.5 else self._title()
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if rng.random() < 0.35:
            record["edition"] = str(rng.randint(2, 17))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        rng = self.rng
        publisher, place = rng.choice(_PUBLISHERS)
        start = rng.randint(1, 280)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(rng.randint(1, 3))],
            "container-title": rng.choice(["Digital transformation in ASEAN", "Marketing in emerging Asia",
                                           "The Routledge handbook of Southeast Asian business", "Fintech and financial inclusion",
                                           "Halal branding and consumer behaviour", "E-commerce in Southeast Asia"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        rng = self.rng
        start = rng.randint(1, 1400)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(rng.randint(1, 80)), "issue": str(rng.randint(1, 6)),
            "page": f"{start}-{start + rng.randint(9, 25)}",
        }  # fmt: skip
        if rng.random() < 0.55:
            record["DOI"] = (
                f"10.{rng.choice(['1108', '1016', '22146', '1080', '47263'])}/{rng.choice(['APJML', 'JABS', 'ajbr', 'jretconser', 'gamaijb'])}-{rng.randint(2015, 2025)}-{rng.randint(100, 9999):04d}"
            )
        elif rng.random() < 0.4:
            record["URL"] = self._url("journal.example.ac.id", record["title"])
            record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0][0])
        return self._person_work(record, "journal")

    def _news(self) -> Work:
        rng = self.rng
        year = self.year()
        paper = rng.choice(_PRESS)
        title = rng.choice([f"{rng.choice(_COMPANIES).split(',')[0]} bets on {rng.choice(_TOPICS)}",
                            f"{rng.choice(_TOPICS).capitalize()} booms ahead of {rng.choice(['Harbolnas', 'Lebaran', 'Christmas', '11.11', 'Ramadan'])}",
                            f"Regulator tightens rules on {rng.choice(_TOPICS)}", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "article-newspaper", "title": title, "author": self._people(2),
                                  "container-title": paper,
                                  "issued": {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]},
                                  "URL": self._url(f"www.{paper.lower().replace(' ', '')}.com", title)}  # fmt: skip
        if rng.random() < 0.85:
            record["accessed"] = self.accessed_after(year, later=True)
        return self._person_work(record, "news")

    def _news_unsigned(self) -> Work:
        rng = self.rng
        paper = rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": paper,
                                  "URL": self._url(f"www.{paper.lower().replace(' ', '')}.com", paper + " " + rng.choice(_TOPICS)),
                                  "issued": {"date-parts": [[year := self.year()]]},
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org_work(record, "news", paper, {"press"})

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "URL": self._url("medium.com/@growth-sea", self._title())}  # fmt: skip
        year = None
        if self.rng.random() < 0.8:
            year = self.year()
            record["issued"] = {"date-parts": [[year]]}
        if self.rng.random() < 0.85:
            record["accessed"] = self.accessed_after(year)
        return self._person_work(record, "web")

    def _organisation_web(self) -> Work:
        name, tags = self.organisation()
        title = self.rng.choice(["About us", "Sustainability", "Press release: " + self._title(), "Investor relations",
                                 "Privacy notice", "Our brands", self._title(), "Company profile"])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": title,
                                  "URL": self._url("www." + name.split()[0].lower().strip("(),") + ".com", title)}  # fmt: skip
        year = None
        if self.rng.random() < 0.7:
            year = self.year()
            record["issued"] = {"date-parts": [[year]]}
        if self.rng.random() < 0.85:
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "web", name, tags)

    def _organisation_report(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        title = self.rng.choice([f"Annual report {year}", f"Sustainability report {year}", f"Integrated annual report {year}",
                                 self._title(), f"Laporan tahunan {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0],
                                  "publisher-place": self.rng.choice(["Jakarta", "Makati City", "Taguig", "Pasig City", "Surabaya", "Singapore"])}  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = self._url("www." + name.split()[-1].lower().strip("(),.") + ".com", title)
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "report", name, tags)

    def _market_research(self) -> Work:
        rng = self.rng
        name = rng.choice(_RESEARCH)
        year = self.year() if rng.random() < 0.88 else None
        shown = year or 2024
        title = rng.choice([f"e-Conomy SEA {shown}", f"Brand footprint Philippines {shown}", f"Indonesia consumer outlook {shown}",
                            f"Survei {rng.choice(_TOPICS)} {shown}", f"{rng.choice(_TOPICS).capitalize()} in {rng.choice(_PLACES)}: {shown} survey",
                            f"Ramadan and Lebaran shopping report {shown}", f"Digital {shown}: the Philippines"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" (")[0],
                                  "URL": self._url("www." + name.split()[0].lower().strip(",") + ".com", title),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        tags = {"market-research"} | ({"ampersand"} if "&" in name else set())
        return self._org_work(record, "report", name, tags)

    def _government(self) -> Work:
        rng = self.rng
        name = rng.choice(_GOVERNMENT)
        year = self.year()
        title = rng.choice([f"Statistik e-commerce {year}", f"Survey on Information and Communication Technology {year}",
                            f"National Strategy for Financial Inclusion {year}-{year + 4}", f"Financial Stability Report {year}",
                            "Consumer protection guidelines for digital financial services", f"Family Income and Expenditure Survey {year}",
                            f"Indeks literasi dan inklusi keuangan {year}", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": rng.choice(["report", "webpage"]), "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": self._url(rng.choice(["www.bps.go.id", "www.ojk.go.id", "www.bi.go.id"] if not name.startswith(("Philippine", "Bangko", "Department", "National", "Securities"))
                                                              else ["psa.gov.ph", "www.bsp.gov.ph", "www.dti.gov.ph"]), title),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _legislation(self) -> Work:
        rng = self.rng
        laws = [("Otoritas Jasa Keuangan (OJK)", "Peraturan OJK No. 6/POJK.07/2022 tentang Pelindungan Konsumen dan Masyarakat di Sektor Jasa Keuangan", 2022),
                ("Republik Indonesia", "Peraturan Pemerintah No. 80 Tahun 2019 tentang Perdagangan Melalui Sistem Elektronik", 2019),
                ("Republik Indonesia", "Undang-Undang No. 27 Tahun 2022 tentang Pelindungan Data Pribadi", 2022),
                ("Republik Indonesia", "Undang-Undang No. 8 Tahun 1999 tentang Perlindungan Konsumen", 1999),
                ("Republic of the Philippines", "Republic Act No. 10173: Data Privacy Act of 2012", 2012),
                ("Republic of the Philippines", "Republic Act No. 11967: Internet Transactions Act of 2023", 2023),
                ("Republic of the Philippines", "Republic Act No. 7394: Consumer Act of the Philippines", 1992),
                ("Bangko Sentral ng Pilipinas (BSP)", "Circular No. 1140, Series of 2022: Amendments to regulations on information technology risk management", 2022),
                ("Bank Indonesia", "Peraturan Bank Indonesia No. 22/23/PBI/2020 tentang Sistem Pembayaran", 2020),
                ("Kementerian Perdagangan Republik Indonesia", "Permendag No. 31 Tahun 2023 tentang Perizinan Berusaha, Periklanan, Pembinaan dan Pengawasan Pelaku Usaha dalam Perdagangan Melalui Sistem Elektronik", 2023)]  # fmt: skip
        body, title, year = rng.choice(laws)
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher-place": "Jakarta" if "Indonesia" in body or "OJK" in body else "Manila"}  # fmt: skip
        if rng.random() < 0.6:
            record["URL"] = self._url(
                "peraturan.bpk.go.id" if record["publisher-place"] == "Jakarta" else "www.officialgazette.gov.ph", title
            )
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "legislation", body, {"legislation", "government"})

    def _thesis(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "genre": rng.choice(["MBA thesis", "Master's thesis", "PhD thesis", "Tesis magister"]),
                                  "publisher": rng.choice(_UNIVERSITIES), "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        return self._person_work(record, "thesis")

    def _social(self) -> Work:
        rng = self.rng
        name = rng.choice(["Tokopedia", "Shopee Indonesia", "Shopee Philippines", "Jollibee", "GCash", "Indomie", "Gojek Indonesia",
                           "Maya", "Lazada Philippines", "Kopi Kenangan", "Wardah", "Bench", "Grab Philippines"])  # fmt: skip
        platform = rng.choice(["TikTok", "Instagram", "Facebook", "YouTube", "X"])
        year = self.year() if rng.random() < 0.9 else None
        title = rng.choice([f"Harbolnas 12.12 countdown [{platform}]", f"Kwentong Jollibee Valentine series [{platform}]",
                            f"Ramadan campaign teaser [{platform}]", f"Paskong Pinoy ad [{platform}]", f"Live shopping promo [{platform}]",
                            f"Pay-day sale announcement [{platform}]"])  # fmt: skip
        record: dict[str, Any] = {"type": "post", "title": title,
                                  "URL": self._url(f"www.{platform.lower()}.com/@{name.lower().replace(' ', '')}", title),
                                  "accessed": self.accessed_after(year, later=True)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]}
        return self._org_work(record, "social", name, {"social"})

    def _podcast(self) -> Work:
        rng = self.rng
        year = self.year()
        record: dict[str, Any] = {"type": "broadcast", "title": f"Episode {rng.randint(3, 240)}: {self._title()}",
                                  "container-title": rng.choice(["Asumsi Bersuara", "The Manila Marketer", "Bicara Brand", "Fintech Pinoy", "Growth SEA"]),
                                  "author": self._people(2), "issued": {"date-parts": [[year]]},
                                  "URL": self._url("open.spotify.com/episode", str(rng.randint(10**6, 10**7))),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        return self._person_work(record, "podcast")
