"""Works cited by marketers in the Pacific islands and their diaspora: the "blind313" pool (HELD OUT).

Written without reading the checker, its tests or any other pool. Candidates at tourism boards, resorts, airlines,
telecoms, banks, bottled-water, kava and coconut brands, rugby unions and remittance firms in Fiji, Samoa, Tonga,
Vanuatu, the Cook Islands, French Polynesia and New Caledonia cite Pacific and tourism journals, the marketing
texts every candidate cites, statistics offices, reserve banks, regional bodies and donors (with and without their
abbreviation, two works of one body in a year), firms' pages and annual reports (Ltd, Pte Ltd, S.A., LLC, "Trust"),
the regional press signed and unsigned, market research with and without years, and undated pages. Names are
printed as the region's scholars and journals print them: the ʻokina and macron where they write them ("Hauʻofa",
"Māhina", "Kaʻili"), a straight apostrophe where others type one ("Fa'asalele"), Indo-Fijian, French and
Australian and New Zealand names beside them.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "report", "web", "news")

_LOCALES = ["en_AU", "en_NZ", "en_GB", "fr_FR", "en_US"]
# (family, given) as Pacific, Indo-Fijian and French Pacific scholars and reporters are printed.
_PACIFIC = [
    ("Vakaloloma", "Sereana"), ("Ratuva", "Steven"), ("Nabobo-Baba", "Unaisi"), ("Ravuvu", "Asesela"),
    ("Tuwere", "Ilaitia"), ("Movono", "Apisalome"), ("Nainoca", "Wainikiti"), ("Qalo", "Ropate"),
    ("Tabua", "Mereoni"), ("Bogiva", "Litia"), ("Nakagawa", "Kiniviliame"), ("Rokotuibau", "Mosese"),
    ("Naidu", "Vijay"), ("Lal", "Brij V."), ("Prasad", "Biman"), ("Reddy", "Mahendra"), ("Narayan", "Paresh Kumar"),
    ("Chand", "Ganesh"), ("Kumar", "Sunil"), ("Sharma", "Keshmeer"), ("Singh", "Gurmeet"), ("Ali", "Shaista"),
    ("Tuilagi", "Faleolo"), ("Fa'asalele", "Tagaloa"), ("Faʻasalele", "Iosefa"), ("Meleisea", "Malama"),
    ("Tuimaleali'ifano", "Morgan"), ("Amituanai-Toloa", "Meaola"), ("Va'a", "Unasa"), ("Leiataua", "Sina"),
    ("Sapolu", "Talalelei"), ("Anae", "Melani"),
    ("Taufa", "Sione"), ("Hauʻofa", "Epeli"), ("Helu-Thaman", "Konai"), ("Māhina", "ʻOkusitino"),
    ("Kaʻili", "Tēvita O."), ("Vaioleti", "Timote"), ("Fonua", "Mele"), ("Fifita", "Siosaia"), ("Taumoepeau", "Ana"),
    ("Tuʻinukuafe", "Lavinia"), ("Kalavite", "Tasileta"),
    ("Regenvanu", "Ralph"), ("Tabi", "Jimmy"), ("Kalsakau", "Rosemary"), ("Molisa", "Grace"), ("Tarivonda", "Leonard"),
    ("Bule", "Lisa"),
    ("Tangianau", "Tuaine"), ("Marsters", "Evelyn"), ("Teariki", "Maara"), ("Pōnia", "Hilda"), ("Tuara", "Kura"),
    ("Te Aho", "Linda"), ("Teaiwa", "Katerina"),
    ("Tetuanui", "Moana"), ("Teriierooiterai", "Claude"), ("Saura", "Bruno"), ("Gorohouna", "Samuel"),
    ("Wamytan", "Léonie"), ("Faugère", "Elsa"), ("Blanchet", "Gilles"), ("Lévêque", "Hélène"),
    ("Scheyvens", "Regina"), ("Pratt", "Stephen"), ("Harrison", "David"), ("Cheer", "Joseph M."), ("Milne", "Simon"),
    ("Connell", "John"), ("Ayres", "Ron"), ("Becken", "Susanne"), ("Carr", "Anna"),
]  # fmt: skip
_PARTICLE_NAMES = [("de", "Deckker", "Paul"), ("de", "Lacoste", "Marie"), ("le", "Cam", "Yannick"),
                   ("van der", "Velde", "Annemarie"), ("du", "Prel", "Alain")]  # fmt: skip
# Who candidates cite when no person is named.
_GOVERNMENT: list[tuple[str, set[str], str]] = [
    ("Fiji Bureau of Statistics", {"government"}, "statsfiji.gov.fj"),
    ("Fiji Bureau of Statistics (FBoS)", {"government", "abbreviation"}, "statsfiji.gov.fj"),
    ("Reserve Bank of Fiji", {"government"}, "rbf.gov.fj"),
    ("Reserve Bank of Fiji (RBF)", {"government", "abbreviation"}, "rbf.gov.fj"),
    ("Samoa Bureau of Statistics", {"government"}, "sbs.gov.ws"),
    ("Central Bank of Samoa", {"government"}, "cbs.gov.ws"),
    ("National Reserve Bank of Tonga", {"government"}, "reservebank.to"),
    ("Pacific Tourism Organisation (SPTO)", {"abbreviation"}, "southpacificislands.travel"),
    ("Pacific Tourism Organisation", set(), "southpacificislands.travel"),
    ("Pacific Community (SPC)", {"abbreviation"}, "spc.int"),
    ("Pacific Community", set(), "spc.int"),
    ("Pacific Islands Forum Secretariat", set(), "forumsec.org"),
    ("Asian Development Bank", set(), "adb.org"),
    ("Asian Development Bank (ADB)", {"abbreviation"}, "adb.org"),
    ("World Bank", set(), "worldbank.org"),
    ("World Bank Group", set(), "worldbank.org"),
    ("UNWTO", {"acronym"}, "unwto.org"),
    ("World Tourism Organization (UNWTO)", {"abbreviation"}, "unwto.org"),
    ("New Zealand Ministry of Foreign Affairs and Trade", {"government"}, "mfat.govt.nz"),
    ("Ministry of Foreign Affairs and Trade (MFAT)", {"government", "abbreviation"}, "mfat.govt.nz"),
    ("Department of Foreign Affairs and Trade", {"government"}, "dfat.gov.au"),
    ("Department of Foreign Affairs and Trade (DFAT)", {"government", "abbreviation"}, "dfat.gov.au"),
    ("Stats NZ", {"government"}, "stats.govt.nz"),
    ("Australian Bureau of Statistics", {"government"}, "abs.gov.au"),
    ("Ministry of Commerce, Trade and Tourism", {"government", "comma"}, "mcttt.gov.fj"),
    ("Tourism Fiji", {"government"}, "tourismfiji.com"),
    ("Samoa Tourism Authority", {"government"}, "samoa.travel"),
    ("Tonga Tourism Authority", {"government"}, "tongaholiday.com"),
    ("Vanuatu Tourism Office", {"government"}, "vanuatu.travel"),
    ("Cook Islands Tourism Corporation", {"government"}, "cookislands.travel"),
    ("Tahiti Tourisme", {"government"}, "tahititourisme.com"),
    ("Institut de la statistique de la Polynésie française (ISPF)", {"government", "abbreviation"}, "ispf.pf"),
]  # fmt: skip
_COMPANIES: list[tuple[str, set[str], str]] = [
    ("Fiji Airways Ltd", {"company"}, "fijiairways.com"), ("Fiji Airways", {"company"}, "fijiairways.com"),
    ("Digicel Pacific Ltd", {"company"}, "digicelgroup.com"), ("Vodafone Fiji Pte Ltd", {"company"}, "vodafone.com.fj"),
    ("BSP Financial Group Ltd", {"company"}, "bsp.com.pg"), ("Tanoa Hotels Group", {"company"}, "tanoahotels.com"),
    ("FIJI Water LLC", {"company"}, "fijiwater.com"), ("Air Tahiti Nui S.A.", {"company"}, "airtahitinui.com"),
    ("Air Vanuatu (Operations) Ltd", {"company"}, "airvanuatu.com"), ("KlickEx Pacific Ltd", {"company"}, "klickex.com"),
    ("Fiji Rugby Union", set(), "fijirugby.com"), ("Pacific Resort Aitutaki", {"company"}, "pacificresort.com"),
    ("ANZ Pacific", {"company"}, "anz.com"), ("Amalgamated Telecom Holdings Ltd", {"company"}, "ath.com.fj"),
    ("Fiji Hotel & Tourism Association", {"ampersand"}, "fhta.com.fj"),
    ("Fiji Hotel & Tourism Association (FHTA)", {"ampersand", "abbreviation"}, "fhta.com.fj"),
    ("Pacific Islands Private Sector Organisation (PIPSO)", {"abbreviation"}, "pipso.org.fj"),
    ("Fiji Women's Rights Movement", {"apostrophe"}, "fwrm.org.fj"),
    ("Pacific Islands Farmers' Organisation Network", {"apostrophe"}, "pacificfarmers.com"),
    ("National Trust of Fiji", {"trust"}, "nationaltrust.org.fj"),
    ("Mamanuca Environment Society", set(), "mesfiji.org"),
    ("Ernst & Young (Fiji)", {"ampersand", "company"}, "ey.com"), ("PwC Pacific", {"company"}, "pwc.com"),
    ("Carpenters Fiji Ltd", {"company"}, "carpenters.com.fj"), ("Nuku'alofa Coconut Co. Ltd", {"company", "apostrophe"}, "tongacoconut.to"),
    ("Pacific Trade Invest", {"company"}, "pacifictradeinvest.com"),
]  # fmt: skip
_PRESS = [("The Fiji Times", "fijitimes.com.fj"), ("Fiji Sun", "fijisun.com.fj"), ("Samoa Observer", "samoaobserver.ws"),
          ("Matangi Tonga", "matangitonga.to"), ("Islands Business", "islandsbusiness.com"), ("RNZ Pacific", "rnz.co.nz"),
          ("Pacific Islands News Association", "pina.com.fj"), ("ABC Pacific", "abc.net.au"), ("Stuff", "stuff.co.nz"),
          ("Les Nouvelles Calédoniennes", "lnc.nc")]  # fmt: skip
_RESEARCH = [("Statista", "statista.com"), ("Euromonitor International", "euromonitor.com"), ("Kantar", "kantar.com"),
             ("Tourism Economics", "tourismeconomics.com"), ("GSMA Intelligence", "gsmaintelligence.com")]  # fmt: skip
_JOURNALS = ["Journal of Pacific Studies", "The Contemporary Pacific", "Pacific Tourism Review", "Tourism Management",
             "Annals of Tourism Research", "Asia Pacific Journal of Marketing and Logistics",
             "Journal of Sustainable Tourism", "Island Studies Journal", "Journal of Destination Marketing & Management",
             "Asia Pacific Viewpoint", "Pacific Dynamics"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Channel View Publications", "Bristol"), ("University of Hawaiʻi Press", "Honolulu"),
               ("USP Press", "Suva"), ("ANU Press", "Canberra"), ("CABI", "Wallingford"), ("Springer", "Singapore"),
               ("Palgrave Macmillan", "Cham"), ("Goodfellow Publishers", "Oxford"), ("Pearson", "Harlow")]  # fmt: skip
_TOPICS = ["diaspora tourism", "mobile money", "remittances", "destination image", "rugby sponsorship",
           "community-based ecotourism", "cruise tourism", "vanua and tourism", "island branding", "kava exports",
           "coconut value chains", "bottled water branding", "social media destination marketing",
           "post-COVID tourism recovery", "the trans-Tasman travel bubble", "dive tourism", "resort employment",
           "airline loyalty", "visiting friends and relatives", "digital financial inclusion", "climate change and tourism",
           "indigenous entrepreneurship", "wedding tourism", "seasonal labour mobility", "telecoms competition",
           "Pacific cultural festivals", "sports diplomacy", "agritourism", "backpacker travel", "Instagram and island imagery"]  # fmt: skip
_PLACES = ["Fiji", "Samoa", "Tonga", "Vanuatu", "the Cook Islands", "French Polynesia", "New Caledonia", "the Pacific",
           "Pacific Island countries", "Melanesia", "Polynesia", "Viti Levu", "Rarotonga", "Upolu", "Tahiti"]  # fmt: skip
# The texts every candidate cites: (authors, title, publisher, place, years it came out in).
_CLASSICS: list[tuple[list[tuple[str, str]], str, str, str, list[int]]] = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane")], "Marketing management", "Pearson", "Harlow", [2016, 2022]),
    ([("Kotler", "Philip"), ("Bowen", "John T."), ("Makens", "James C."), ("Baloglu", "Seyhmus")],
     "Marketing for hospitality and tourism", "Pearson", "Boston", [2017, 2021]),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing: strategy, implementation and practice",
     "Pearson", "Harlow", [2019, 2022]),
    ([("Morrison", "Alastair M.")], "Marketing and managing tourism destinations", "Routledge", "Abingdon", [2019, 2023]),
    ([("Pike", "Steven")], "Destination marketing: essentials", "Routledge", "Abingdon", [2016, 2020]),
    ([("Middleton", "Victor T.C."), ("Fyall", "Alan"), ("Morgan", "Michael"), ("Ranchhod", "Ashok")],
     "Marketing in travel and tourism", "Butterworth-Heinemann", "Oxford", [2009]),
    ([("Hauʻofa", "Epeli")], "We are the ocean: selected works", "University of Hawaiʻi Press", "Honolulu", [2008]),
    ([("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], "Principles and practice of marketing", "McGraw-Hill",
     "London", [2019, 2023]),
    ([("Keller", "Kevin Lane"), ("Swaminathan", "Vanitha")], "Strategic brand management", "Pearson", "Harlow", [2020]),
]  # fmt: skip


_CITIES = {".fj": "Suva", ".ws": "Apia", ".to": "Nukuʻalofa", "vanuatu": "Port Vila", ".nz": "Wellington",
           ".au": "Canberra", ".pf": "Papeete", ".nc": "Nouméa", "spc.int": "Nouméa", "adb": "Manila",
           "worldbank": "Washington, DC", "unwto": "Madrid", "forumsec": "Suva", "tahiti": "Papeete",
           "cookislands": "Avarua", "samoa": "Apia", "tonga": "Nukuʻalofa", "pg": "Port Moresby"}  # fmt: skip


def _city(domain: str) -> str:
    """Where a body publishes, from its web domain."""
    return next((city for key, city in _CITIES.items() if key in domain), "Suva")


class Blind313WorkFactory(WorkFactory):
    """The blind313 pool's works: Pacific islands tourism, telecoms, banking and consumer-brand marketing."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 31300)
        for index, locale in enumerate(_LOCALES):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 313 + index)
                self.fakers[locale] = fake
        self.organisations: list[tuple[str, set[str], str, dict[str, Any]]] = []
        self.classics_used: set[int] = set()

    # ------------------------------------------------------------------ people and dates
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.55:
            family, given = self.rng.choice(_PACIFIC)
            return {"family": family, "given": given}
        if roll < 0.6:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name().split("-")[0]
        words = family.split()
        if len(words) > 1 and words[0].islower():
            return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1977, 2004)
        return self.rng.randint(2008, 2025)

    def _after(self, issued: dict[str, Any] | None) -> dict[str, list[list[int]]]:
        parts = issued["date-parts"][0] if issued else [2022]
        accessed = [self.rng.randint(max(parts[0], 2022), 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        if accessed[: len(parts)] < list(parts):
            accessed = [parts[0], 12, 28]
        return {"date-parts": [accessed]}

    def _title(self) -> str:
        topic, place = self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {place}",
            f"Rethinking {topic}: evidence from {place}",
            f"{topic[0].upper()}{topic[1:]} and {self.rng.choice(_TOPICS)} in {place}",
            f"Talanoa with tourism operators: {topic} in {place}",
            f"Marketing {place} to its diaspora: {topic}",
            f"The role of {topic} in small island economies",
            f"From remittances to resorts: {topic} in {place}",
        ]
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "classic", "chapter", "journal", "government", "company", "press", "market-research", "web-person"],
            weights=[9, 6, 6, 22, 18, 13, 12, 7, 7],
        )[0]  # fmt: skip
        if kind == "book" and self.rng.random() < 0.3:
            kind = "classic"
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.2:
            record["edition"] = str(self.rng.randint(2, 4))
        return self._person_work(record, "book")

    def _classic(self) -> Work:
        free = [i for i in range(len(_CLASSICS)) if i not in self.classics_used]
        if not free:
            return self._book()
        index = self.rng.choice(free)
        self.classics_used.add(index)
        authors, title, publisher, place, years = _CLASSICS[index]
        record: dict[str, Any] = {"type": "book", "title": title,
                                  "author": [{"family": f, "given": g} for f, g in authors],
                                  "issued": {"date-parts": [[self.rng.choice(years)]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.6:
            record["edition"] = str(self.rng.randint(2, 16))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 280)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": f"Tourism in {self.rng.choice(_PLACES)}: {self.rng.choice(['critical perspectives', 'issues and challenges', 'a handbook', 'resilience and recovery'])}",
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 99)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{start}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _web_person(self) -> Work:
        fake = self.fakers["en_GB"]
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "URL": f"https://{self.rng.choice(['devpolicy.org', 'lowyinstitute.org', 'theconversation.com', 'pacificpolicy.org'])}/{fake.slug()}"}  # fmt: skip
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[self.year()]]}
        record["accessed"] = self._after(record.get("issued"))
        return self._person_work(record, "web")

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same body in the same year as an earlier work ("Reserve Bank of Fiji, 2023a" and "2023b").
        if self.organisations and "issued" in record and self.rng.random() < 0.15:
            name, tags, domain, issued = self.rng.choice(self.organisations)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
            if "URL" in record:
                record["URL"] = f"https://www.{domain}/{self.fakers['en_GB'].slug()}"
                record["accessed"] = self._after(record["issued"])
        return super()._org_work(record, kind, name, tags)

    def _remember(self, name: str, tags: set[str], domain: str, record: dict[str, Any]) -> None:
        if "issued" in record:
            self.organisations.append((name, tags, domain, record["issued"]))

    def _body(self, table: list[tuple[str, set[str], str]]) -> Work:
        name, tags, domain = self.rng.choice(table)
        fake = self.fakers["en_GB"]
        is_report = self.rng.random() < 0.55
        place = self.rng.choice(_PLACES)
        year = self.rng.randint(2008, 2025)
        if is_report:
            title = self.rng.choice([f"Annual report {year}", f"International visitor survey: {place}",
                                     f"Economic review {year}", "Pacific economic monitor",
                                     f"Tourism satellite account for {place}", f"Financial inclusion in {place}",
                                     self._title()])  # fmt: skip
            record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" (")[0],
                                      "publisher-place": _city(domain)}  # fmt: skip
            if self.rng.random() < 0.6:
                record["URL"] = f"https://www.{domain}/{fake.slug()}"
        else:
            record = {"type": "webpage", "title": self.rng.choice(["About us", "Our story", "Sustainability", f"Media centre: {self._title()}", self._title()]),
                      "URL": f"https://www.{domain}/{fake.slug()}"}  # fmt: skip
        if is_report or self.rng.random() < 0.75:
            record["issued"] = {"date-parts": [[year]]}
        if "URL" in record:
            record["accessed"] = self._after(record.get("issued"))
        work = self._org_work(record, "report" if is_report else "web", name, tags)
        self._remember(work.lead, work.tags - {"organisation"}, domain, work.record)
        return work

    def _government(self) -> Work:
        return self._body(_GOVERNMENT)

    def _company(self) -> Work:
        return self._body(_COMPANIES)

    def _press(self) -> Work:
        paper, domain = self.rng.choice(_PRESS)
        issued = [self.year(), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": paper,
                                  "issued": {"date-parts": [issued]}, "URL": f"https://www.{domain}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        record["accessed"] = self._after(record["issued"])
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return super()._org_work(record, "news", paper, {"press"})

    def _market_research(self) -> Work:
        name, domain = self.rng.choice(_RESEARCH)
        place = self.rng.choice(["Fiji", "Samoa", "Oceania", "the Pacific Islands", "New Zealand", "Australia"])
        market = self.rng.choice(["bottled water", "mobile money", "inbound tourism", "mobile subscriptions", "kava",
                                  "coconut products", "cruise passengers", "airline seats", "remittance services"])  # fmt: skip
        title = self.rng.choice([f"{market[0].upper()}{market[1:]} in {place}", f"{place}: {market} forecast to 2030",
                                 f"Number of {market} users in {place} from 2018 to 2024", "The mobile economy: Pacific Islands",
                                 f"{place} travel and tourism outlook"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name,
                                  "URL": f"https://www.{domain}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if self.rng.random() < 0.88:
            record["issued"] = {"date-parts": [[self.rng.randint(2016, 2025)]]}
        record["accessed"] = self._after(record.get("issued"))
        return super()._org_work(record, "report", name, {"market-research"})
