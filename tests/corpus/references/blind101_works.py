"""Works for the hundred-and-first held-out pool, "blind101": what marketers in Alaska, Hawaiʻi and the Pacific
Northwest cite in CIM Level 6 and 7 reports and MBA assignments.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a hundred-and-first
hand, without reading the checker, its tests or the other pools' frames, decoys and works, from how brand,
destination, CRM, digital, community-relations and communications marketers at Alaska Native corporations, seafood
processors, airlines, cruise and tour operators, hotels, health systems, utilities, credit unions, banks, grocers and
agencies in Anchorage, Juneau, Fairbanks, Ketchikan, Sitka, Honolulu, Hilo, Kahului, Kailua-Kona, Līhuʻe, Seattle,
Tacoma, Spokane and Portland write: tourism, fisheries and business journals with one to eight authors, textbooks,
chapters, theses from the region's universities, titles in Hawaiian, Yupʼik, Iñupiaq and Tlingit with English
translations in square brackets, corporation, utility, bank, health-system, tourism-authority, state and federal
agency, legislation and research-firm works with and without dates or access dates, the regional press signed and
unsigned, Instagram, TikTok, Facebook, X and YouTube posts and podcasts; Native Hawaiian names with and without the
ʻokina and kahakō, Alaska Native names, Japanese-, Chinese-, Filipino-, Korean-, Samoan- and Portuguese-Hawaiian
names, Scandinavian and Russian-Alaskan names, Jr. and III, and expatriate names with particles and hyphens.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

# (family, given) as they appear on papers, theses and press bylines from the region.
_HAWAIIAN = [("Kealoha", "Leilani"), ("Kamakau", "Kekoa"), ("Kahananui", "Maile"), ("Nāone", "Kainoa"),
             ("Naone", "Kainoa"), ("Kanahele", "Pualani"), ("Akaka", "Noelani"), ("Kahaleʻole", "Keʻala"),
             ("Kahaleole", "Keala"), ("Kaʻeo", "Kawika"), ("Kaeo", "Kawika"), ("Makaʻike", "Ikaika"),
             ("Kamakawiwoʻole", "Hōkū"), ("Kamakawiwoole", "Hoku"), ("Keliʻihoʻomalu", "Nāmaka"),
             ("Pānui", "Kalena"), ("Panui", "Kalena"), ("Kauhane", "ʻIolani"), ("Kapuni", "Mahina"),
             ("Nakoa", "Lokelani"), ("Kaleikini", "Kapono"), ("Kalaniʻōpuʻu", "Keola")]  # fmt: skip
_ALASKA_NATIVE = [("Kookesh", "Matthew"), ("Demientieff", "Lillian"), ("Nanouk", "Martin"), ("Kawagley", "Angayuqaq"),
                  ("Peratrovich", "Roy"), ("Worl", "Rosita"), ("Hensley", "Willie"), ("Kitka", "Julie"),
                  ("Katchatag", "Elsie"), ("Nicori", "Sophie"), ("Sheakley", "Ida"), ("Jackson", "Naaweiyaa"),
                  ("Oquilluk", "Tanya"), ("Nageak", "Qaiyaan"), ("Ahmaogak", "Edward"), ("Attla", "Jonathan"),
                  ("Esmailka", "Bernadette"), ("Charlie", "Delores"), ("Ivanoff", "Natasha"), ("Tritt", "Lincoln"),
                  ("Kaleak", "Aaluk"), ("Angaiak", "Nuqaq"), ("Kashatok", "Wassilie"), ("Pungowiyi", "Clarence")]  # fmt: skip
_ASIAN_PACIFIC = [("Nakamura", "Kenji"), ("Tanaka", "Gail"), ("Fujimoto", "Dean"), ("Higa", "Karen"),
                  ("Yamashiro", "Craig"), ("Ige", "Lynn"), ("Matsumoto", "Kristi"), ("Wong", "Kimberly"),
                  ("Chang", "Dennis"), ("Lum", "Jared"), ("Fong", "Sheryl"), ("Ching", "Russell"),
                  ("Cabral", "Rizalina"), ("Domingo", "Marivic"), ("Pascual", "Jojo"), ("Agbayani", "Ligaya"),
                  ("Ramos", "Florante"), ("Kim", "Soo-Jin"), ("Park", "Min-Ho"), ("Cho", "Hye-Won"),
                  ("Faleafine", "Tavita"), ("Tuiasosopo", "Malia"), ("Fonoti", "Sefo"), ("Leiataua", "Ioane"),
                  ("Medeiros", "Lori"), ("Freitas", "Manny"), ("Souza", "Dayna"), ("Rapozo", "Kalani"),
                  ("Teixeira", "Branden"), ("Nguyen", "Thu Ha"), ("Tran", "Quoc")]  # fmt: skip
_NORTHERN = [("Halvorsen", "Erik"), ("Lindqvist", "Annika"), ("Sørensen", "Kari"), ("Bjørklund", "Ingrid"),
             ("Haugen", "Sven"), ("Ødegaard", "Liv"), ("Bergström", "Nils"), ("Kvasnikoff", "Gregory"),
             ("Shaishnikoff", "Vera"), ("Chernoff", "Mikhail"), ("Kashevaroff", "Alexandra"), ("Pestrikoff", "Dimitri"),
             ("Zharoff", "Larisa"), ("Olsen", "Britt"), ("Johansen", "Leif")]  # fmt: skip
_PARTICLE_NAMES = [("de", "Sá", "Luísa"), ("da", "Costa", "Maria"), ("De", "Mello", "Kamaka"), ("van", "Wyk", "Annelie"),
                   ("van der", "Meer", "Joost"), ("von", "Rüdiger", "Anke"), ("de la", "Peña", "Rosario"),
                   ("dos", "Reis", "Kaipo"), ("le", "Guen", "Anne-Sophie")]  # fmt: skip
_HYPHENATED_GIVEN = ["Jean-Baptiste", "Marie-Claire", "Anne-Marie", "Soo-Jin", "Min-Ho", "Mary-Kate", "Hye-Won",
                     "Jean-Luc", "Lee-Ann"]  # fmt: skip
_LOCALES = ["en_US", "en_US", "en_US", "en_US", "en_US", "en_PH", "no_NO", "sv_SE", "pt_PT", "de_DE", "en_GB",
            "fr_FR", "nl_NL", "en_AU", "en_CA"]  # fmt: skip

# Organisations as writers put them in the author position (name, tags).
_ORGANISATIONS = [
    ("Sealaska Corporation", {"company", "native-corporation"}), ("Sealaska", {"company", "native-corporation"}),
    ("Doyon, Limited", {"company", "native-corporation", "comma"}),
    ("Arctic Slope Regional Corporation (ASRC)", {"company", "native-corporation", "abbreviation"}),
    ("ASRC", {"company", "acronym"}), ("Cook Inlet Region, Inc. (CIRI)", {"company", "comma", "abbreviation"}),
    ("CIRI", {"company", "acronym"}), ("NANA Regional Corporation, Inc.", {"company", "comma"}),
    ("Calista Corporation", {"company"}), ("Bristol Bay Native Corporation", {"company"}),
    ("Trident Seafoods Corporation", {"company"}), ("Trident Seafoods", {"company"}),
    ("Alaska Airlines, Inc.", {"company", "comma"}), ("Alaska Air Group", {"company"}),
    ("Hawaiian Airlines, Inc.", {"company", "comma"}), ("Holland America Line N.V.", {"company", "abbreviation"}),
    ("Princess Cruise Lines, Ltd.", {"company", "comma"}), ("Alaska Railroad Corporation", {"company"}),
    ("GCI Communication Corp.", {"company", "abbreviation"}), ("Matson, Inc.", {"company", "comma"}),
    ("Hawaiian Electric Company, Inc.", {"company", "comma"}), ("Hawaiian Electric", {"company"}),
    ("Alexander & Baldwin, Inc.", {"company", "ampersand", "comma"}), ("Kamehameha Schools", {"trust"}),
    ("Office of Hawaiian Affairs (OHA)", {"government", "abbreviation"}), ("Office of Hawaiian Affairs", {"government"}),
    ("Hawaiʻi Tourism Authority", {"government", "okina"}), ("Hawaii Tourism Authority (HTA)", {"government", "abbreviation"}),
    ("Visit Anchorage", {"tourism-board"}), ("Travel Alaska", {"tourism-board"}),
    ("Alaska Travel Industry Association (ATIA)", {"trade-body", "abbreviation"}),
    ("Bank of Hawaii Corporation", {"company"}), ("First Hawaiian Bank", {"company"}),
    ("Northrim BanCorp, Inc.", {"company", "comma"}), ("Credit Union 1", {"company"}),
    ("Queen's Health Systems", {"health", "apostrophe"}), ("The Queen’s Health Systems", {"health", "apostrophe"}),
    ("Southcentral Foundation", {"health"}), ("Providence Health & Services", {"health", "ampersand"}),
    ("Foodland Super Market, Ltd.", {"company", "comma"}), ("Fred Meyer Stores, Inc.", {"company", "comma"}),
    ("REI Co-op", {"company"}), ("Alaska Seafood Marketing Institute (ASMI)", {"trade-body", "abbreviation"}),
    ("ASMI", {"trade-body", "acronym"}), ("McDowell Group", {"market-research"}), ("Rain Coast Data", {"market-research"}),
    ("Alaska Native Tribal Health Consortium", {"health"}), ("Kaiser Permanente Hawaiʻi", {"health", "okina"}),
    ("Chugach Electric Association, Inc.", {"utility", "comma"}), ("Puget Sound Energy", {"utility"}),
    ("Portland General Electric", {"utility"}), ("Alaska Federation of Natives (AFN)", {"trade-body", "abbreviation"}),
    ("Native Hawaiian Hospitality Association", {"trade-body"}), ("Hawaii Pacific Health", {"health"}),
    ("Ward Research", {"market-research"}), ("SMS Research & Marketing Services, Inc.", {"market-research", "ampersand", "comma"}),
    ("Juneau Economic Development Council", {"trade-body"}), ("Visit Seattle", {"tourism-board"}),
    ("Travel Portland", {"tourism-board"}), ("Port of Seattle", {"government"}),
]  # fmt: skip
_GOVERNMENT = [
    "Alaska Department of Fish and Game", "Alaska Department of Labor and Workforce Development",
    "Alaska Department of Commerce, Community, and Economic Development",
    "State of Hawaii Department of Business, Economic Development and Tourism (DBEDT)",
    "Department of Business, Economic Development and Tourism", "Hawaii State Department of Health",
    "U.S. Census Bureau", "Bureau of Labor Statistics", "U.S. Bureau of Labor Statistics", "NOAA Fisheries",
    "National Oceanic and Atmospheric Administration", "National Park Service", "U.S. Travel Association",
    "Federal Trade Commission", "Washington State Department of Commerce", "Oregon Department of Justice",
    "Washington State Office of the Attorney General", "City and County of Honolulu", "Municipality of Anchorage",
    "Regulatory Commission of Alaska", "Hawaii Public Utilities Commission", "North Pacific Fishery Management Council",
]  # fmt: skip
_LEGISLATURES = ["Alaska State Legislature", "Hawaii State Legislature", "U.S. Congress", "Washington State Legislature",
                 "Oregon Legislative Assembly", "State of Alaska", "State of Hawaii"]  # fmt: skip
_LAWS = [
    ("Alaska Native Claims Settlement Act of 1971 (43 U.S.C. § 1601)", 1971, "U.S. Congress"),
    ("Merchant Marine Act of 1920 (Jones Act), 46 U.S.C. § 55102", 1920, "U.S. Congress"),
    ("Hawaii Revised Statutes § 487N: Security Breach of Personal Information", 2006, "Hawaii State Legislature"),
    ("Hawaii Revised Statutes chapter 481B: Unfair and Deceptive Practices", 2019, "Hawaii State Legislature"),
    ("Alaska Statutes § 45.50.471: Unfair Trade Practices", 2022, "Alaska State Legislature"),
    ("Act 96, Session Laws of Hawaii 2018", 2018, "Hawaii State Legislature"),
    ("Act 1, Session Laws of Hawaii 2024 (Maui wildfire recovery)", 2024, "Hawaii State Legislature"),
    ("My Health My Data Act (HB 1155), chapter 19.373 RCW", 2023, "Washington State Legislature"),
    ("Oregon Consumer Privacy Act (SB 619)", 2023, "Oregon Legislative Assembly"),
    ("Alaska Personal Information Protection Act (AS 45.48)", 2008, "Alaska State Legislature"),
    ("Magnuson-Stevens Fishery Conservation and Management Act (16 U.S.C. § 1801)", 1976, "U.S. Congress"),
    ("Hawaiian Homes Commission Act, 1920", 1921, "U.S. Congress"),
]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Wiley", "Hoboken, NJ"), ("Oxford University Press", "Oxford"), ("Goodfellow Publishers", "Oxford"),
               ("University of Hawaiʻi Press", "Honolulu"), ("University of Alaska Press", "Fairbanks"),
               ("University of Washington Press", "Seattle"), ("Bess Press", "Honolulu"), ("McGraw-Hill", "New York"),
               ("CABI", "Wallingford"), ("Channel View Publications", "Bristol")]  # fmt: skip
_JOURNALS = ["Journal of Travel Research", "Tourism Management", "Annals of Tourism Research", "Marine Policy",
             "Journal of Sustainable Tourism", "Journal of Business Research", "Journal of Advertising",
             "Journal of Marketing", "Tourism Management Perspectives", "Arctic", "Polar Geography",
             "Pacific Science", "Journal of Destination Marketing & Management", "Current Issues in Tourism",
             "Fish and Fisheries", "Journal of Services Marketing", "Alaska Journal of Anthropology",
             "Hūlili: Multidisciplinary Research on Hawaiian Well-Being", "Health Marketing Quarterly",
             "Journal of Public Policy & Marketing", "Energy Policy", "International Journal of Bank Marketing"]  # fmt: skip
_PRESS = ["Anchorage Daily News", "Alaska Beacon", "KTOO", "Juneau Empire", "Alaska Public Media",
          "Honolulu Star-Advertiser", "Honolulu Civil Beat", "Pacific Business News", "The Maui News",
          "Hawaii Tribune-Herald", "The Garden Island", "The Seattle Times", "The Oregonian", "Puget Sound Business Journal",
          "National Fisherman", "SeafoodSource", "Skift", "Travel Weekly", "Fairbanks Daily News-Miner",
          "Ketchikan Daily News"]  # fmt: skip
_UNIVERSITIES = ["University of Alaska Anchorage", "University of Alaska Fairbanks", "University of Hawaiʻi at Mānoa",
                 "University of Hawaii at Manoa", "Hawaiʻi Pacific University", "University of Washington",
                 "Portland State University", "University of Alaska Southeast", "Seattle University"]  # fmt: skip
_RESEARCH = ["Nielsen", "Ipsos", "Kantar", "Statista", "McDowell Group", "UHERO", "Mintel", "Euromonitor International",
             "Rain Coast Data", "Ward Research"]  # fmt: skip
_TOPICS = ["destination stewardship", "regenerative tourism", "visitor dispersal", "cruise passenger spending",
           "wild salmon branding", "seafood traceability", "Native-owned brands", "shareholder communications",
           "community benefit", "malama campaigns", "loyalty programme redemption", "inter-island travel",
           "winter-visitor campaigns", "Japanese visitor recovery", "rural broadband adoption", "utility rate messaging",
           "wildfire recovery marketing", "credit union membership growth", "health-system brand trust",
           "grocery price perception", "place attachment", "Indigenous cultural tourism", "overtourism",
           "aurora tourism", "sport fishing visitors", "the Golden Week market", "sustainable seafood labels",
           "employer branding in remote communities", "telehealth uptake", "energy transition communications"]  # fmt: skip
_PLACES = ["Alaska", "Hawaiʻi", "Hawaii", "Maui", "the Big Island", "Kauaʻi", "Southeast Alaska", "Bristol Bay",
           "the Pacific Northwest", "Anchorage", "Honolulu", "Juneau", "Washington State", "Oregon", "rural Alaska",
           "the Aleutians", "Oʻahu", "Ketchikan"]  # fmt: skip
_NATIVE_TITLES = [
    ("Mālama ʻāina", "Caring for the land"), ("Ke ala hou", "The new path"), ("Ka leo o ka lāhui", "The voice of the nation"),
    ("Hoʻokipa", "Hospitality"), ("ʻOhana", "Family"), ("Aloha ʻāina", "Love of the land"), ("Ka wai ola", "The living water"),
    ("Yuuyaraq", "The way of being human"), ("Ellam yua", "The spirit of the universe"), ("Iñuuniaġniq", "Living"),
    ("Uqaqtuaq", "Storyteller"), ("Haa Shuká", "Our ancestors"), ("Haa Aaní", "Our land"),
    ("Haa Kusteeyí", "Our culture"), ("Cama-i", "Hello"),
]  # fmt: skip


class Blind101WorkFactory(WorkFactory):
    """The hundred-and-first pool's works (HELD OUT): see the module's docstring."""

    KINDS = ("book", "chapter", "journal", "web", "report", "news", "thesis", "legislation", "social", "podcast")

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 101 + 10101)
        self.local: dict[str, Faker] = {}
        for index, locale in enumerate(sorted(set(_LOCALES))):
            fake = Faker(locale)
            fake.seed_instance(seed * 977 + index)
            self.local[locale] = fake
        self.dated_orgs: list[tuple[str, set[str], dict[str, Any]]] = []
        self.people: list[dict[str, str]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        name: dict[str, str]
        if roll < 0.16:
            family, given = rng.choice(_HAWAIIAN)
            name = {"family": family, "given": given}
        elif roll < 0.30:
            family, given = rng.choice(_ALASKA_NATIVE)
            name = {"family": family, "given": given}
        elif roll < 0.46:
            family, given = rng.choice(_ASIAN_PACIFIC)
            name = {"family": family, "given": given}
        elif roll < 0.54:
            family, given = rng.choice(_NORTHERN)
            name = {"family": family, "given": given}
        elif roll < 0.60:
            particle, family, given = rng.choice(_PARTICLE_NAMES)
            if particle[0].isupper():  # "De Mello": the particle is part of the family name as written
                name = {"family": f"{particle} {family}", "given": given}
            else:
                name = {"family": family, "given": given, "non-dropping-particle": particle}
        elif roll < 0.64 and self.people:  # a second person of a surname already in the report
            name = {"family": rng.choice(self.people)["family"], "given": self.local["en_US"].first_name()}
        else:
            fake = self.local[rng.choice(_LOCALES)]
            name = {"family": fake.last_name(), "given": fake.first_name()}
            words = name["family"].split()
            if len(words) > 1 and words[0].islower():  # "van Dijk": the particle apart, as reference managers keep it
                name = {"family": " ".join(words[1:]), "given": name["given"], "non-dropping-particle": words[0]}
            if rng.random() < 0.07:
                name["family"] = f"{name['family']}-{rng.choice(['Kealoha', 'Nakamura', 'Olsen', 'Medeiros', 'Smith'])}"
        extra = rng.random()
        if extra < 0.05:
            name["given"] = rng.choice(_HYPHENATED_GIVEN)
        elif extra < 0.09 and "non-dropping-particle" not in name:
            name["suffix"] = rng.choice(["Jr.", "III", "II"])
        self.people.append(name)
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        weights = [34, 24, 16, 10, 6, 4, 3, 3][:most]
        count = self.rng.choices(range(1, most + 1), weights=weights)[0]
        return [self.person() for _ in range(count)]

    def organisation(self) -> tuple[str, set[str]]:
        if self.rng.random() < 0.75:
            name, tags = self.rng.choice(_ORGANISATIONS)
            return name, set(tags)
        return self.rng.choice(_GOVERNMENT), {"government"}

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        roll = self.rng.random()
        if roll < 0.04:
            return self.rng.randint(1971, 1999)
        return self.rng.randint(2005, 2025)

    def accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        first = max(issued[0] if issued else 2022, 2022)
        year = self.rng.randint(first, max(first, 2025))
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if issued and year == issued[0] and len(issued) > 1:
            month = self.rng.randint(issued[1], 12)
            if month == issued[1] and len(issued) > 2:
                day = self.rng.randint(issued[2], 28)
        return {"date-parts": [[year, month, day]]}

    def _title(self) -> str:
        rng = self.rng
        topic, place = rng.choice(_TOPICS), rng.choice(_PLACES)
        if rng.random() < 0.12:
            native, english = rng.choice(_NATIVE_TITLES)
            return f"{native} [{english}]: {topic} in {place}"
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {place}",
            f"{topic[0].upper()}{topic[1:]}: evidence from {place}",
            f"Rethinking {topic} for {place}",
            f"The role of {topic} in {rng.choice(_TOPICS)}",
            f"{topic[0].upper()}{topic[1:]} and {rng.choice(_TOPICS)}: a study of {place}",
            f"Who benefits? {topic[0].upper()}{topic[1:]} in {place}",
            f"From {rng.choice(_TOPICS)} to {topic}",
            f"{place} visitor satisfaction and {topic}",
            f"Marketing {place}: {topic} after COVID-19",
            f"{topic[0].upper()}{topic[1:]}, trust and loyalty",
        ]
        return rng.choice(forms)

    def _issued(self, day: bool = False) -> dict[str, list[list[int]]]:
        year = self.rng.randint(2012, 2025) if day else self.year()  # the press, posts and podcasts are recent
        if day:
            return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        return {"date-parts": [[year]]}

    def _url(self, host: str | None = None) -> str:
        fake = self.local["en_US"]
        return f"https://{host}/{fake.slug()}" if host else fake.url() + fake.uri_path()

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "org-web", "org-report", "government", "research", "web-person", "news",
             "thesis", "legislation", "social", "podcast"],
            weights=[10, 5, 22, 12, 9, 8, 7, 4, 9, 4, 3, 5, 2],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # now and then the same body in the same year as an earlier work ("ASMI, 2023a" and "2023b")
        if self.dated_orgs and "issued" in record and self.rng.random() < 0.12:
            name, tags, issued = self.rng.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [list(p) for p in issued["date-parts"]]}
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
            if "accessed" in record:
                record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        if "issued" in record:
            self.dated_orgs.append((name, set(tags), record["issued"]))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": self._issued(), "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": f"{self.rng.choice(['Tourism in the', 'Indigenous business in the', 'Marketing the', 'Fisheries and communities of the'])} {self.rng.choice(['Pacific', 'Arctic', 'North Pacific', 'Far North'])}",
            "issued": self._issued(), "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 1200)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": self._issued(),
            "volume": str(self.rng.randint(1, 110)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{start}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = f"10.{self.rng.randint(1000, 9999)}/{self.local['en_US'].lexify('????').lower()}.{self.rng.randint(2010, 2025)}.{self.rng.randint(100, 99999)}"  # fmt: skip
        return self._person_work(record, "journal")

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2), "URL": self._url()}  # fmt: skip
        if self.rng.random() < 0.8:
            record["issued"] = self._issued()
        if self.rng.random() < 0.85:  # now and then written without the access date
            record["accessed"] = self.accessed_after(record.get("issued", {}).get("date-parts", [None])[0])
        return self._person_work(record, "web")

    def _org_web(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url()}
        if self.rng.random() < 0.75:
            record["issued"] = self._issued()
        if self.rng.random() < 0.85:
            record["accessed"] = self.accessed_after(record.get("issued", {}).get("date-parts", [None])[0])
        return self._org_work(record, "web", name, tags | ({"undated"} if "issued" not in record else set()))

    def _org_report(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        title = self.rng.choice([f"Annual report {year}", f"{year} shareholder report", f"Community impact report {year}",
                                 f"Sustainability report {year}", self._title(), self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" (")[0],
                                  "publisher-place": self.rng.choice(["Anchorage", "Juneau", "Honolulu", "Seattle", "Fairbanks", "Portland"])}  # fmt: skip
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[year]]}
        if self.rng.random() < 0.6:
            record["URL"] = self._url()
            record["accessed"] = self.accessed_after(record.get("issued", {}).get("date-parts", [None])[0])
        return self._org_work(record, "report", name, tags)

    def _government(self) -> Work:
        name = self.rng.choice(_GOVERNMENT)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "issued": self._issued(), "URL": self._url(self.rng.choice(["www.adfg.alaska.gov", "dbedt.hawaii.gov", "www.census.gov", "www.bls.gov", "www.fisheries.noaa.gov", "labor.alaska.gov"]))}  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year()
        place = self.rng.choice(_PLACES)
        title = self.rng.choice([f"Economic impact of {place}'s visitor industry {year}",
                                 f"{place} visitor volume and profile, {year}", f"Seafood consumer trends {year}",
                                 f"US grocery shopper survey {year}", f"Number of visitors to {place} from 2015 to {year}",
                                 f"Hawaii economic outlook: {self.rng.choice(['first', 'second', 'third', 'fourth'])} quarter {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name, "URL": self._url()}
        if self.rng.random() < 0.9:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self.accessed_after(record.get("issued", {}).get("date-parts", [None])[0])
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(),
                                  "container-title": self.rng.choice(_PRESS), "issued": self._issued(day=True),
                                  "URL": self._url()}  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "genre": self.rng.choice(["MBA dissertation", "MSc thesis", "PhD thesis", "MA thesis"]),
                                  "publisher": self.rng.choice(_UNIVERSITIES), "issued": self._issued()}  # fmt: skip
        return self._person_work(record, "thesis")

    def _legislation(self) -> Work:
        # An Act written with the legislature as its author, as candidates put it in their lists.
        title, year, body = self.rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}}
        if self.rng.random() < 0.5:
            record["URL"] = self._url(self.rng.choice(["www.akleg.gov", "www.capitol.hawaii.gov", "uscode.house.gov", "app.leg.wa.gov", "olis.oregonlegislature.gov"]))  # fmt: skip
            record["accessed"] = self.accessed_after([year])
        record["id"] = self._id()
        record["author"] = [{"literal": body}]
        return Work(record, body, str(year), True, 1, "legislation", {"legislation", "organisation", "government"})

    def _social(self) -> Work:
        platform = self.rng.choice(["Instagram", "TikTok", "Facebook", "X", "YouTube", "LinkedIn"])
        name, tags = self.rng.choice(_ORGANISATIONS)
        record: dict[str, Any] = {
            "type": "motion_picture" if platform in ("YouTube", "TikTok") else "post",
            "title": self.rng.choice(["Mahalo for a record summer", "Wild Alaska salmon season is here",
                                      "Meet our shareholders", "Celebrating Merrie Monarch", "Behind the scenes in Dutch Harbor",
                                      "Our commitment to Maui", "Fur Rondy is back", "Aloha Festivals 2024 recap",
                                      self._title()]),
            "container-title": platform, "issued": self._issued(day=True),
            "URL": self._url(f"www.{platform.lower()}.com"),
        }  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        if self.rng.random() < 0.3:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        return self._org_work(record, "social", name, set(tags) | {"social"})

    def _podcast(self) -> Work:
        record: dict[str, Any] = {
            "type": "broadcast", "title": f"Episode {self.rng.randint(1, 240)}: {self._title()}",
            "container-title": self.rng.choice(["Alaska Business Podcast", "The Hawaiʻi Marketing Podcast", "Coffee with ATIA",
                                                "Talk Story Marketing", "Fish Talk", "PNW Brand Lab"]),
            "URL": self._url(),
        }  # fmt: skip
        if self.rng.random() < 0.85:
            record["issued"] = self._issued(day=True)
        record["accessed"] = self.accessed_after(record.get("issued", {}).get("date-parts", [None])[0])
        record["author"] = self._people(2)
        return self._person_work(record, "podcast")
