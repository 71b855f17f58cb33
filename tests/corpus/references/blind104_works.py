"""Works for the hundred-and-fourth held-out pool, "blind104": what marketers in the Philippines cite.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a
hundred-and-fourth hand, without reading the checker, its tests or the other pools' frames, decoys and works, from
how brand, trade, CRM, digital and communications marketers at Philippine banks, e-wallets, telecoms, malls, FMCG
makers, BPOs, airlines and resorts cite on CIM Level 6 and 7 courses and MBAs: local journals with one to eight
authors, textbooks, chapters, theses from UP Diliman, Ateneo, DLSU, UST, AIM and USC, BSP, PSA, NPC, DTI and SEC
works, Republic Acts and circulars as web pages, company and research-firm reports with and without dates or
access dates, the Manila and Cebu press signed and unsigned, social posts and podcasts, and Filipino, Cebuano and
Taglish titles with their English in square brackets. Names: Spanish-Filipino surnames with particles
("dela Cruz", "del Rosario"), mothers' middle names in full or as an initial, Ma. for María, Jr. and III,
Chinese-Filipino, Maranao and Tausug names, and expatriates.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

_SURNAMES = ["Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "Villanueva", "Ramos", "Aquino", "Castillo",
             "Fernandez", "Navarro", "Pascual", "Salazar", "Tolentino", "Manalo", "Dizon", "Lacson", "Macaraeg",
             "Dimaculangan", "Panganiban", "Magsaysay", "Soriano", "Evangelista", "Gatchalian", "Buenaventura",
             "Peñaflorida", "Muñoz", "Ibáñez", "Nuñez", "Patiño", "Ocampo", "Lopez", "Zamora", "Quisumbing",
             "Cabrera", "Yuchengco", "Sarmiento", "Abad", "Agbayani", "Dumaguete-Lim", "Reyes-Ong", "Santos-Tan",
             "Baluyot", "Dalisay", "Mangubat", "Ylagan", "Alcantara", "Concepcion", "Española", "Sevilla",
             "Cañete", "Dumlao", "Espiritu", "Tiongson"]  # fmt: skip
_CHINESE = ["Sy", "Gokongwei", "Tan", "Co", "Ang", "Yap", "Chua", "Go", "Lim", "Ong", "Uy", "Tiu", "Dy", "Sia",
            "Coyiuto", "Tan-Abdulla"]  # fmt: skip
_MUSLIM = [("Alonto", "Abdul Hamid"), ("Macapagal", "Normina"), ("Tan-Abdulla", "Nurhaida"), ("Lucman", "Sittie Aisah"),
           ("Dimaporo", "Amina"), ("Sinsuat", "Bai Fatima"), ("Jikiri", "Hadji Omar"), ("Tillah", "Alnaser"),
           ("Adiong", "Farrah"), ("Pangandaman", "Jamila")]  # fmt: skip
_PARTICLED = [("dela", "Cruz"), ("del", "Rosario"), ("de los", "Santos"), ("de", "Guzman"), ("dela", "Peña"),
              ("de", "la Paz"), ("del", "Mundo")]  # fmt: skip
_CAPITAL_PARTICLE = ["De Leon", "Delos Reyes", "Dela Torre", "De Castro", "Del Pilar", "De Vera", "Delos Santos"]
_GIVEN = ["Juan", "Jose", "Ma. Luisa", "Ma. Cristina", "Maria Teresa", "Rommel", "Jericho", "Kristine", "Angelica",
          "Mark Anthony", "John Paul", "Rowena", "Marivic", "Jonalyn", "Rhea", "Ramon", "Carlo", "Bea", "Patricia",
          "Mary-Ann", "Ana Liza", "Girlie", "Lourdes", "Ernesto", "Teodoro", "Bienvenido", "Ma. Fe", "Kathrina",
          "Miguel", "Paolo", "Gabriel", "Czarina", "Jhoanna", "Noel", "Rolando", "Imelda", "Remedios", "Aileen",
          "Lorenzo", "Francisco", "Analyn", "Ria", "Joy", "Nikki", "Dindo", "Ferdinand", "Corazon", "Josefina"]  # fmt: skip
_EXPAT = [("Müller", "Jürgen"), ("O'Sullivan", "Siobhán"), ("Kowalski", "Agnieszka"), ("Tanaka", "Hiroshi"),
          ("Park", "Ji-Woo"), ("Nguyen", "Thi Lan"), ("Krishnan", "Lakshmi"), ("Lefèvre", "Jean-François"),
          ("Gagnon", "Marie-Ève"), ("Smith", "Rebecca"), ("Harrington", "Oliver"), ("Van der Berg", "Pieter"),
          ("Østergaard", "Mette"), ("Kaur", "Harpreet"), ("Wijaya", "Budi"), ("Abdullah", "Nurul"),
          ("MacLeod", "Eilidh"), ("Chen", "Wei"), ("Kim", "Seo-yeon")]  # fmt: skip

# (name as author, tags)
_ORGANISATIONS = [
    ("BDO Unibank, Inc.", {"company", "comma"}), ("Bank of the Philippine Islands", {"company"}),
    ("Bank of the Philippine Islands (BPI)", {"company", "abbreviation"}),
    ("Metropolitan Bank & Trust Company", {"company", "ampersand"}), ("UnionBank of the Philippines", {"company"}),
    ("G-Xchange, Inc.", {"company", "comma"}), ("GCash", {"company"}), ("Maya Philippines, Inc.", {"company", "comma"}),
    ("Globe Telecom, Inc.", {"company", "comma"}), ("Smart Communications, Inc.", {"company", "comma"}),
    ("PLDT Inc.", {"company"}), ("DITO Telecommunity Corporation", {"company"}),
    ("SM Prime Holdings, Inc.", {"company", "comma"}), ("Ayala Land, Inc.", {"company", "comma"}),
    ("Robinsons Retail Holdings, Inc.", {"company", "comma"}), ("Puregold Price Club, Inc.", {"company", "comma"}),
    ("Philippine Seven Corporation", {"company"}), ("Jollibee Foods Corporation", {"company"}),
    ("Universal Robina Corporation", {"company"}), ("San Miguel Food and Beverage, Inc.", {"company", "comma"}),
    ("Nestlé Philippines, Inc.", {"company", "comma"}), ("Century Pacific Food, Inc.", {"company", "comma"}),
    ("Monde Nissin Corporation", {"company"}), ("Concentrix", {"company"}), ("Teleperformance Philippines", {"company"}),
    ("Cebu Air, Inc.", {"company", "comma"}), ("Philippine Airlines, Inc.", {"company", "comma"}),
    ("Mang Inasal Philippines, Inc.", {"company", "comma"}), ("Max's Group, Inc.", {"company", "apostrophe", "comma"}),
    ("Goldilocks Bakeshop, Inc.", {"company", "comma"}), ("Ayala Corporation", {"company"}),
    ("Ad Standards Council, Inc.", {"trade-body", "comma"}), ("Ad Standards Council (ASC)", {"trade-body", "abbreviation"}),
    ("Philippine Association of National Advertisers", {"trade-body"}),
    ("IT & Business Process Association of the Philippines", {"trade-body", "ampersand"}),
    ("Fintech Alliance.PH", {"trade-body", "punctuation"}), ("UNICEF Philippines", {"ngo"}),
    ("Kantar Worldpanel", {"market-research"}), ("Nielsen", {"market-research"}), ("Ipsos", {"market-research"}),
    ("Milieu Insight", {"market-research"}), ("YouGov", {"market-research"}), ("Statista", {"market-research"}),
    ("Meltwater & We Are Social", {"company", "ampersand"}), ("DataReportal", {"company"}),
    ("Google, Temasek & Bain & Company", {"company", "ampersand"}),
]  # fmt: skip
_GOVERNMENT = [
    ("Bangko Sentral ng Pilipinas", {"government"}), ("Bangko Sentral ng Pilipinas (BSP)", {"government", "abbreviation"}),
    ("Philippine Statistics Authority", {"government"}), ("Philippine Statistics Authority (PSA)", {"government", "abbreviation"}),
    ("National Privacy Commission", {"government"}), ("Department of Trade and Industry", {"government"}),
    ("Department of Trade and Industry (DTI)", {"government", "abbreviation"}), ("Department of Tourism", {"government"}),
    ("Tourism Promotions Board Philippines", {"government"}), ("Securities and Exchange Commission", {"government"}),
    ("Department of Information and Communications Technology", {"government"}),
    ("National Telecommunications Commission", {"government"}), ("Philippine Competition Commission", {"government"}),
    ("Department of Finance", {"government"}), ("Official Gazette of the Republic of the Philippines", {"government"}),
]  # fmt: skip
_PRESS = ["Philippine Daily Inquirer", "The Philippine Star", "BusinessWorld", "Rappler", "ABS-CBN News", "GMA News",
          "Manila Bulletin", "BusinessMirror", "SunStar Cebu", "SunStar Davao", "Manila Standard", "Bilyonaryo",
          "Adobo Magazine", "Marketing in Asia"]  # fmt: skip
_JOURNALS = ["Philippine Management Review", "Asia-Pacific Social Science Review", "DLSU Business & Economics Review",
             "Asia Pacific Journal of Marketing and Logistics", "Journal of Business Research",
             "International Journal of Consumer Studies", "Philippine Journal of Development",
             "Asian Journal of Business and Accounting", "Journal of Retailing and Consumer Services",
             "Philippine Journal of Public Administration", "Journal of Islamic Marketing",
             "International Journal of Bank Marketing", "Tourism Management Perspectives", "Ateneo Business Review"]  # fmt: skip
_TOPICS = ["e-wallet adoption", "cashback promotions", "sari-sari store loyalty", "OFW remittance behaviour",
           "payday sale shopping", "11.11 and 12.12 campaigns", "mall culture", "prepaid load buying",
           "postpaid churn", "convenience store growth", "quick-service restaurant loyalty", "Gen Z banking",
           "financial inclusion", "QR Ph payments", "BPO employer branding", "attrition in contact centres",
           "destination branding", "domestic tourism recovery", "festival tourism", "influencer marketing",
           "TikTok live selling", "data privacy consent", "SIM registration", "brand trust in telcos",
           "halal food marketing", "premiumisation of instant noodles", "shrinkflation", "tingi retailing",
           "the ber months", "balikbayan boxes", "Taglish advertising", "brand purpose", "super-apps",
           "buy now, pay later", "rural banking", "coffee chains", "budget airline service quality",
           "resort sustainability", "Simbang Gabi retail traffic", "back-to-school spending"]  # fmt: skip
_TAGALOG = [("Ang tindahan sa kanto", "The corner store"), ("Pera sa bulsa ng bayan", "Money in the nation's pocket"),
            ("Padala mula abroad", "Remittances from abroad"), ("Sulit ba ang promo?", "Is the promo worth it?"),
            ("Kwentong Jollibee", "Jollibee stories"), ("Tipid tips ng nanay", "Mothers' thrift tips"),
            ("Kabataan at kredito", "Young people and credit"), ("Paskong Pinoy sa mall", "Filipino Christmas at the mall"),
            ("Ang pagbabalik ng turista", "The return of the tourist"), ("Basta GCash, sure na", "With GCash, it's sure")]  # fmt: skip
_CEBUANO = [("Ang negosyo sa Sugbo", "Business in Cebu"), ("Kwarta ug pagsalig", "Money and trust"),
            ("Ang Sinulog ug ang merkado", "The Sinulog and the market"), ("Mga tindahan sa baryo", "Village shops")]  # fmt: skip
_SCHOOLS = [("University of the Philippines Diliman", "Quezon City"), ("Ateneo de Manila University", "Quezon City"),
            ("De La Salle University", "Manila"), ("University of Santo Tomas", "Manila"),
            ("Asian Institute of Management", "Makati City"), ("University of San Carlos", "Cebu City"),
            ("Ateneo de Davao University", "Davao City"), ("Central Philippine University", "Iloilo City")]  # fmt: skip
_PUBLISHERS = [("Anvil Publishing", "Pasig City"), ("Rex Book Store", "Manila"), ("Ateneo de Manila University Press", "Quezon City"),
               ("University of the Philippines Press", "Quezon City"), ("De La Salle University Publishing House", "Manila"),
               ("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Wiley", "Hoboken, NJ"),
               ("Sage", "London"), ("C&E Publishing, Inc.", "Quezon City"), ("Phoenix Publishing House", "Quezon City")]  # fmt: skip
_REGS = [("Republic Act No. 10173: Data Privacy Act of 2012", 2012), ("Republic Act No. 7394: Consumer Act of the Philippines", 1992),
         ("Republic Act No. 11967: Internet Transactions Act of 2023", 2023), ("Republic Act No. 11934: SIM Registration Act", 2022),
         ("BSP Circular No. 1140, Series of 2022", 2022), ("Department Administrative Order No. 21-09, Series of 2021", 2021),
         ("NPC Circular No. 2023-04: Guidelines on consent", 2023), ("Republic Act No. 11765: Financial Products and Services Consumer Protection Act", 2022),
         ("BSP Circular No. 1048, Series of 2019", 2019), ("Republic Act No. 11127: National Payment Systems Act", 2018)]  # fmt: skip
_HOSTS = ["gcash.com", "maya.ph", "globe.com.ph", "smart.com.ph", "bsp.gov.ph", "psa.gov.ph", "privacy.gov.ph",
          "dti.gov.ph", "inquirer.net", "philstar.com", "bworldonline.com", "rappler.com", "news.abs-cbn.com",
          "gmanetwork.com", "mb.com.ph", "sunstar.com.ph", "jollibee.com.ph", "smsupermalls.com", "tpb.gov.ph",
          "kantar.com", "milieuinsight.com"]  # fmt: skip


class Blind104WorkFactory(WorkFactory):
    """The blind104 pool's works (see the module's docstring)."""

    DRAWN = ("book", "chapter", "journal", "thesis", "organisation-web", "organisation-report", "government",
             "regulation", "market-research", "news", "social", "podcast", "web-person", "undated-web")  # fmt: skip
    KINDS = ("book", "chapter", "journal", "thesis", "web", "report", "news", "social", "podcast")  # the works' kinds

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 104 + 10401)
        self.made_orgs: list[tuple[str, set[str], int]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        rng = self.rng
        given = rng.choice(_GIVEN)
        roll = rng.random()
        name: dict[str, str]
        if roll < 0.45:
            name = {"family": rng.choice(_SURNAMES), "given": given}
        elif roll < 0.55:
            particle, family = rng.choice(_PARTICLED)
            name = {"family": family, "given": given, "non-dropping-particle": particle}
        elif roll < 0.63:
            name = {"family": rng.choice(_CAPITAL_PARTICLE), "given": given}
        elif roll < 0.75:
            name = {"family": rng.choice(_CHINESE), "given": given}
        elif roll < 0.82:
            family, given = rng.choice(_MUSLIM)
            name = {"family": family, "given": given}
        else:
            family, given = rng.choice(_EXPAT)
            name = {"family": family, "given": given}
        extra = rng.random()
        if extra < 0.12 and "non-dropping-particle" not in name:  # the mother's surname in full or as an initial
            middle = rng.choice(_SURNAMES)
            name["given"] = f"{name['given']} {middle if rng.random() < 0.5 else middle[0] + '.'}"
        elif extra < 0.18:
            name["suffix"] = rng.choice(["Jr.", "Jr.", "Sr.", "III", "II"])
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1975, 2004)
        return self.rng.randint(2012, 2025)

    def accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        first = issued[0] if issued else 2022
        year = self.rng.randint(max(first, 2023), 2025)
        if issued and len(issued) > 1 and year == issued[0]:
            return {"date-parts": [[year, 12, 28]]}
        return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _url(self, host: str | None = None) -> str:
        host = host or self.rng.choice(_HOSTS)
        slug = "-".join(self.rng.sample(["ph", "consumer", "trends", "report", "digital", "pinoy", "2024", "insight",
                                         "payments", "promo", "retail", "brand", "survey", "press-release"], 3))  # fmt: skip
        return f"https://www.{host}/{slug}-{self.rng.randint(10, 9999)}"

    def _title(self) -> str:
        rng = self.rng
        topic = rng.choice(_TOPICS)
        roll = rng.random()
        if roll < 0.12:
            native, english = rng.choice(_TAGALOG + _CEBUANO)
            return f"{native}: {topic} [{english}: {topic}]" if rng.random() < 0.4 else f"{native} [{english}]"
        forms = [f"{topic[0].upper()}{topic[1:]} among Filipino consumers",
                 f"{topic[0].upper()}{topic[1:]} in the Philippines: evidence from {rng.choice(['Metro Manila', 'Cebu', 'Davao', 'Iloilo', 'Bacolod', 'Cagayan de Oro', 'Baguio', 'Clark'])}",
                 f"The effect of {topic} on {rng.choice(_TOPICS)}", f"Understanding {topic}: a Philippine perspective",
                 f"{topic[0].upper()}{topic[1:]} and {rng.choice(_TOPICS)}: a structural equation model",
                 f"Why {topic} matters to Filipino brands", f"{topic[0].upper()}{topic[1:]} after the pandemic",
                 f"Beyond {topic}: lessons from Philippine {rng.choice(['banks', 'telcos', 'malls', 'QSR chains', 'BPOs', 'resorts'])}"]  # fmt: skip
        return rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=[10, 5, 20, 5, 10, 8, 8, 4, 7, 9, 3, 2, 5, 4])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # The same organisation in the same year now and then ("Bangko Sentral ng Pilipinas, 2023a" and "2023b").
        if self.made_orgs and "issued" in record and self.rng.random() < 0.12:
            name, tags, year = self.rng.choice(self.made_orgs)
            record["issued"] = {"date-parts": [[year]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after([year])
            if kind == "report":
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.made_orgs.append((name, set(tags), record["issued"]["date-parts"][0][0]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 280)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": f"Marketing in the Philippines: {self.rng.choice(_TOPICS)}",
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 600)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 80)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{start}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.rng.choice(['apssr', 'dlsuber', 'pmr', 'apjml', 'ijcs'])}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        school, place = self.rng.choice(_SCHOOLS)
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": [self.person()],
            "genre": self.rng.choice(["MBA thesis", "Master's thesis", "PhD thesis", "MSc thesis"]),
            "publisher": school, "publisher-place": place, "issued": {"date-parts": [[self.year()]]},
        }  # fmt: skip
        return self._person_work(record, "thesis")

    def _organisation_web(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url()}
        if self.rng.random() < 0.8:
            record["issued"] = {"date-parts": [[self.year()]]}
        if self.rng.random() < 0.85:
            record["accessed"] = self.accessed_after(record.get("issued", {}).get("date-parts", [None])[0])
        return self._org_work(record, "web", name, tags)

    def _organisation_report(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        title = self.rng.choice([f"Annual report {year}", f"Integrated report {year}", f"Sustainability report {year}",
                                 self._title(), f"Consumer insights {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" (")[0],
                                  "publisher-place": self.rng.choice(["Makati City", "Taguig City", "Pasig City", "Mandaluyong City", "Cebu City", "Pasay City"])}  # fmt: skip
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[year]]}
        if self.rng.random() < 0.55:
            record["URL"] = self._url()
            record["accessed"] = self.accessed_after([year] if "issued" in record else None)
        return self._org_work(record, "report", name, tags)

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        host = self.rng.choice(
            ["bsp.gov.ph", "psa.gov.ph", "privacy.gov.ph", "dti.gov.ph", "tourism.gov.ph", "sec.gov.ph"]
        )
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "URL": self._url(host), "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        if record["type"] == "report":
            record["publisher"], record["publisher-place"] = name.split(" (")[0], "Manila"
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, set(tags))

    def _regulation(self) -> Work:
        title, year = self.rng.choice(_REGS)
        name = self.rng.choice(["Official Gazette of the Republic of the Philippines", "Bangko Sentral ng Pilipinas",
                                "National Privacy Commission", "Department of Trade and Industry", "Congress of the Philippines"])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": self._url(self.rng.choice(["officialgazette.gov.ph", "bsp.gov.ph", "privacy.gov.ph", "dti.gov.ph", "lawphil.net"]))}  # fmt: skip
        record["accessed"] = self.accessed_after([year])
        return self._org_work(record, "web", name, {"government", "legislation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(["Kantar Worldpanel", "Nielsen", "Ipsos", "Milieu Insight", "YouGov", "Statista",
                                "Euromonitor International", "Mintel"])  # fmt: skip
        market = self.rng.choice(["e-wallets", "instant noodles", "convenience stores", "mobile data", "coffee", "snacks",
                                  "quick-service restaurants", "domestic travel", "personal loans", "canned tuna"])  # fmt: skip
        year = self.year()
        title = self.rng.choice([f"{market.capitalize()} in the Philippines {year}",
                                 f"Share of Filipino adults using {market} in {year}, by region",
                                 f"Philippines {market} market: size and forecast to 2030",
                                 f"Winning omnichannel: {market} in Asia {year}", f"Brand Footprint Philippines {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name, "URL": self._url(),
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        if self.rng.random() < 0.1:
            del record["issued"]
        record["accessed"] = self.accessed_after([year] if "issued" in record else None)
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        year = min(self.year(), 2024)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}, "URL": self._url(),
        }  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        if self.rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _social(self) -> Work:
        name, tags = self.organisation()
        platform = self.rng.choice(["Facebook", "TikTok", "Instagram", "X", "YouTube"])
        year = self.rng.randint(2019, 2024)
        record: dict[str, Any] = {
            "type": "post", "title": f"{self.rng.choice(['Payday sale na!', 'Tara na sa Sinulog!', 'Noche Buena bundles are here', '12.12 mega deals', 'Happy Independence Day, Pilipinas!', 'Kadayawan promo'])} [{platform}]",
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.{platform.lower().replace('x', 'x')}.com/{name.split()[0].lower().strip(',')}/posts/{self.rng.randint(10000, 99999)}",
        }  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._org_work(record, "social", name, tags | {"social"})

    def _podcast(self) -> Work:
        record: dict[str, Any] = {
            "type": "song", "title": f"{self.rng.choice(['Usapang negosyo', 'The Marketing Kapihan', 'Brand Talk PH', 'Pera Talks'])}: {self.rng.choice(_TOPICS)}",
            "author": self._people(2), "medium": "Podcast", "issued": {"date-parts": [[self.rng.randint(2019, 2024)]]},
            "URL": self._url("open.spotify.com"),
        }  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "podcast")

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "issued": {"date-parts": [[self.year()]]}, "URL": self._url()}  # fmt: skip
        if self.rng.random() < 0.85:
            record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "web")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url()}
        if self.rng.random() < 0.85:
            record["accessed"] = self.accessed_after(None)
        if self.rng.random() < 0.4:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags | {"undated"})
