"""The blind228 pool's works: what marketers in Fiji, Samoa, Tonga, Vanuatu and the Solomon Islands and their
diaspora cite in CIM Level 6 and 7 reports and MBA assignments.

Written without reading the checker, its tests or any other pool. Textbooks (Pearson, Routledge, Sage, USP Press),
chapters, journal articles (Pacific Tourism Review, Journal of Pacific Studies, Tourism Management...), theses from
the University of the South Pacific, Fiji National University, the National University of Samoa and New Zealand
and Australian universities, conference papers, statistics offices, central banks and regional bodies, laws cited
by their parliament, company pages and annual reports, market research, Pacific news signed and unsigned, social
posts, videos, podcasts and undated pages. Fijian, Indo-Fijian, Samoan, Tongan (with the ʻokina and macrons),
ni-Vanuatu and Solomon Islands names, some with chiefly titles written before the given name.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "thesis", "conference", "report", "web", "news", "legislation", "social",
         "video", "podcast")  # fmt: skip

# (family, given) as the names are printed on papers from the region.
_FIJIAN = [("Rabuka", "Sitiveni"), ("Naivalu", "Litia"), ("Vuniwaqa", "Mereseini"), ("Tuilagi", "Sione"),
           ("Ravuvu", "Asesela"), ("Nabobo-Baba", "Unaisi"), ("Tuwere", "Ilaitia"), ("Nayacakalou", "Rusiate"),
           ("Waqavonovono", "Salote"), ("Koroivulaono", "Timoci"), ("Tawake", "Akanisi"), ("Seruvatu", "Eroni"),
           ("Bulivou", "Adi Litia"), ("Nawadra", "Ratu Jone"), ("Qalo", "Ratu Meli"), ("Vakaloloma", "Mosese")]  # fmt: skip
_INDO_FIJIAN = [("Prasad", "Biman Chand"), ("Chand", "Ganesh"), ("Kumar", "Sunil"), ("Narayan", "Paresh Kumar"),
                ("Reddy", "Mahendra"), ("Sharma", "Anjeela"), ("Singh", "Gurmeet"), ("Naidu", "Vijay"),
                ("Lal", "Brij V."), ("Raj", "Shalini"), ("Goundar", "Ravinesh"), ("Devi", "Sunita")]  # fmt: skip
_POLYNESIAN = [("Tuiʻolemotu", "Lupe"), ("Mataʻafa", "Fiamē Naomi"), ("ʻAkauʻola", "Siosaia"), ("Pōhiva", "ʻAkilisi"),
               ("Fifita", "Mele"), ("Taufaʻahau", "Tēvita"), ("Lātū", "Manaʻia"), ("Fonoti", "Lealaiauloto"),
               ("Taumoepeau", "Kalolaine"), ("Vaʻai", "Saleimoa"), ("Fuimaono", "Tuala"), ("Leaupepe", "Faʻamoe"),
               ("Mahina", "ʻOkusitino"), ("Helu-Thaman", "Konai"), ("Soʻo", "Asofou"), ("Tupouniua", "Vika")]  # fmt: skip
_MELANESIAN = [("Tabi", "Kalsakau"), ("Natapei", "Edward"), ("Molisa", "Grace Mera"), ("Bule", "Jotham"),
               ("Regenvanu", "Ralph"), ("Kenilorea", "Peter"), ("Sogavare", "Manasseh"), ("Maetala", "Ruth"),
               ("Houainamo", "Dalcy"), ("Tekulu", "Joel"), ("Pikacha", "Elsie"), ("Wasuka", "Moffat")]  # fmt: skip
_OTHER = [("Scheyvens", "Regina"), ("Harrison", "David"), ("Pratt", "Stephen"), ("Milne", "Simon"),
          ("McDonald", "Keith"), ("Gibson", "John"), ("O'Connor", "Sinead"), ("Cheer", "Joseph M."),
          ("Movono", "Apisalome"), ("Dahles", "Heidi"), ("Kotler", "Philip"), ("Keller", "Kevin Lane"),
          ("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona"), ("Hollensen", "Svend"), ("Jobber", "David"),
          ("Zhang", "Wei"), ("Nguyen", "Thi Lan"), ("van der Merwe", "Anri")]  # fmt: skip

_ORGANISATIONS = [
    ("Fiji Bureau of Statistics", {"government"}), ("Fiji Bureau of Statistics (FBoS)", {"government", "abbreviation"}),
    ("Reserve Bank of Fiji", {"government"}), ("Central Bank of Samoa", {"government"}),
    ("National Reserve Bank of Tonga", {"government"}), ("Samoa Bureau of Statistics", {"government"}),
    ("Tourism Fiji", {"government"}), ("Samoa Tourism Authority", {"government"}),
    ("Pacific Islands Forum Secretariat", {"government"}), ("Pacific Community (SPC)", {"government", "abbreviation"}),
    ("Asian Development Bank", {"government"}), ("ADB", {"government", "acronym"}), ("World Bank", {"government"}),
    ("Fiji Competition & Consumer Commission", {"government", "ampersand"}),
    ("Ministry of Commerce, Trade, Tourism & Transport", {"government", "ampersand", "comma"}),
    ("Vanuatu Tourism Office", {"government"}), ("Tonga Statistics Department", {"government"}),
    ("Solomon Islands National Statistics Office", {"government"}),
    ("Fiji Airways", {"company"}), ("Air Vanuatu", {"company"}), ("Vodafone Fiji", {"company"}),
    ("Digicel Pacific", {"company"}), ("Fiji Water", {"company"}), ("Fiji Bata", {"company"}),
    ("Pacific Energy", {"company"}), ("BSP Financial Group", {"company"}), ("ANZ Pacific", {"company"}),
    ("Westpac Fiji", {"company"}), ("Vailima Breweries", {"company"}), ("Kava Fiji", {"company"}),
    ("Fintel", {"company"}), ("Home Finance Company", {"company"}), ("Home Finance Company (HFC)", {"company", "abbreviation"}),
    ("Carpenters Fiji", {"company"}), ("Morris Hedstrom", {"company"}), ("Punjas & Sons", {"company", "ampersand"}),
    ("Motibhai & Co", {"company", "ampersand"}), ("Jack's of Fiji", {"company", "apostrophe"}),
    ("Tappoo's", {"company", "apostrophe"}), ("Western Union", {"company"}), ("Digicel Tonga", {"company"}),
    ("Tebbutt Research", {"market-research"}), ("Roy Morgan", {"market-research"}), ("Kantar", {"market-research"}),
    ("Talanoa Consulting", {"market-research"}), ("Statista", {"market-research"}),
    ("Pacific Trade Invest (PTI) Australia", {"trade-body", "abbreviation"}),
    ("Fiji Commerce & Employers Federation", {"trade-body", "ampersand"}),
    ("Fiji Hotel & Tourism Association", {"trade-body", "ampersand"}),
    ("Chartered Institute of Marketing", {"trade-body"}), ("CIM", {"trade-body", "acronym"}),
    ("Oxfam in the Pacific", {"ngo"}), ("Save the Children Fiji", {"ngo"}), ("UNDP Pacific Office", {"ngo", "acronym"}),
]  # fmt: skip
_PARLIAMENTS = ["Parliament of the Republic of Fiji", "Government of Fiji", "Legislative Assembly of Samoa",
                "Government of Tonga", "Parliament of Vanuatu"]  # fmt: skip
_LAWS = ["Online Safety Act 2018", "Telecommunications Act 2008", "Fijian Competition and Consumer Commission Act 2010",
         "Tourism Act 2012", "Consumer Lending Act 2014", "Data Protection Act 2022", "Broadcasting Act 2010",
         "Media Industry Development Decree 2010 (Decree No. 29)", "Telecommunications Promulgation 2008 (Decree No. 44)",
         "Fair Trading Decree 1992", "National Payment System Act 2021", "Electronic Transactions Act 2008"]  # fmt: skip
_NEWS = ["The Fiji Times", "Fiji Village", "FBC News", "Samoa Observer", "Matangi Tonga", "Vanuatu Daily Post",
         "Solomon Star", "RNZ Pacific", "ABC Pacific", "Islands Business", "Fiji Sun", "Kaniva Tonga"]  # fmt: skip
_TOPICS = ["remittances", "mobile money", "kava exports", "bottled water", "resort marketing", "sevens rugby",
           "the diaspora market", "tourism recovery", "destination branding", "digital banking", "airline loyalty",
           "Facebook marketing", "WhatsApp commerce", "TikTok", "brand trust", "talanoa research", "vanua values",
           "fa'a Samoa", "cruise tourism", "duty-free retail", "solar energy", "village tourism", "homestays",
           "financial inclusion", "customer service", "corporate social responsibility", "beer advertising",
           "data prices", "e-commerce", "Pacific diaspora consumers"]  # fmt: skip
_PLACES = ["Fiji", "Samoa", "Tonga", "Vanuatu", "the Solomon Islands", "the South Pacific", "Pacific Island countries",
           "Suva", "Nadi", "Apia", "Nukuʻalofa", "Port Vila", "Honiara", "small island developing states",
           "Melanesia", "Polynesia", "Auckland's Pasifika communities"]  # fmt: skip
_BOOK_PUBLISHERS = [("Pearson", "Harlow"), ("Pearson", "Melbourne"), ("Routledge", "Abingdon"), ("Sage", "London"),
                    ("USP Press", "Suva"), ("Institute of Pacific Studies", "Suva"), ("Channel View", "Bristol"),
                    ("Cengage", "South Melbourne"), ("Oxford University Press", "Oxford"), ("Wiley", "Milton")]  # fmt: skip
_JOURNALS = ["Pacific Tourism Review", "Journal of Pacific Studies", "Tourism Management",
             "Asia Pacific Journal of Marketing and Logistics", "Journal of Marketing Management",
             "The Contemporary Pacific", "Asia Pacific Viewpoint", "Journal of Sustainable Tourism",
             "Pacific Economic Review", "Fijian Studies", "Journal of Samoan Studies", "Development Bulletin",
             "Australasian Marketing Journal", "Journal of Services Marketing"]  # fmt: skip
_UNIVERSITIES = [("University of the South Pacific", "Suva"), ("Fiji National University", "Suva"),
                 ("National University of Samoa", "Apia"), ("University of Auckland", "Auckland"),
                 ("Massey University", "Palmerston North"), ("Griffith University", "Gold Coast"),
                 ("University of Fiji", "Lautoka"), ("Auckland University of Technology", "Auckland")]  # fmt: skip
_CONFERENCES = ["Pacific Islands Universities Research Network Conference", "ANZMAC Annual Conference",
                "Pacific Update Conference", "Fiji Economic Outlook Forum", "USP School of Business Research Day"]  # fmt: skip
_DOMAINS = {"Fiji Bureau of Statistics": "statsfiji.gov.fj", "Reserve Bank of Fiji": "rbf.gov.fj",
            "Central Bank of Samoa": "cbs.gov.ws", "National Reserve Bank of Tonga": "reservebank.to",
            "Samoa Bureau of Statistics": "sbs.gov.ws", "Tourism Fiji": "fiji.travel", "Samoa Tourism Authority": "samoa.travel",
            "Pacific Islands Forum Secretariat": "forumsec.org", "Asian Development Bank": "adb.org", "ADB": "adb.org",
            "World Bank": "worldbank.org", "Fiji Airways": "fijiairways.com", "Air Vanuatu": "airvanuatu.com",
            "Vodafone Fiji": "vodafone.com.fj", "Digicel Pacific": "digicelpacific.com", "Fiji Water": "fijiwater.com",
            "BSP Financial Group": "bsp.com.pg", "Westpac Fiji": "westpac.com.fj", "Vailima Breweries": "vailima.ws",
            "Kava Fiji": "kavafiji.com", "Fintel": "fintel.com.fj", "Tebbutt Research": "tebbutt.com.au",
            "Roy Morgan": "roymorgan.com", "Talanoa Consulting": "talanoaconsulting.com"}  # fmt: skip
_SOCIAL = [("Facebook", "facebook.com"), ("Instagram", "instagram.com"), ("TikTok", "tiktok.com"),
           ("LinkedIn", "linkedin.com"), ("X", "x.com")]  # fmt: skip


class Blind228WorkFactory(WorkFactory):
    """Works Pacific Islands marketers cite; a subclass so that no other half's corpus changes."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 228)
        self.dated: list[tuple[str, set[str], int]] = []

    # ------------------------------------------------------------------ people, organisations and dates
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        table = (_FIJIAN if roll < 0.25 else _INDO_FIJIAN if roll < 0.45 else _POLYNESIAN if roll < 0.65
                 else _MELANESIAN if roll < 0.75 else _OTHER)  # fmt: skip
        family, given = self.rng.choice(table)
        if family.startswith("van der "):
            return {"family": family[8:], "given": given, "non-dropping-particle": "van der"}
        if table is _FIJIAN and self.rng.random() < 0.15 and not given.startswith(("Ratu", "Adi")):
            given = f"{self.rng.choice(['Ratu', 'Adi'])} {given}"  # the chiefly title before the given name
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.06:
            return self.rng.randint(1970, 1999)  # Ravuvu, Nayacakalou and the classics
        return self.rng.randint(2005, 2025)

    def accessed_after(self, year: int | None, issued: list[int] | None = None) -> dict[str, list[list[int]]]:
        start = max(2022, year or 2022)
        accessed = [self.rng.randint(start, max(start, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        if issued and accessed[: len(issued)] < issued:  # read on the day it was posted, never before
            accessed = [issued[0], 12, 28]
        return {"date-parts": [accessed]}

    def _url(self, name: str = "") -> str:
        domain = _DOMAINS.get(name.split(" (")[0], self.rng.choice(["fijitimes.com.fj", "pina.com.fj", "devpolicy.org",
                                                                    "pacificbusiness.org", "talanoa.blog"]))  # fmt: skip
        return f"https://www.{domain}/{self.fakers['en_GB'].slug()}"

    def _title(self) -> str:
        topic, place = self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"Understanding {topic} in {place}: a talanoa approach",
                 f"Reaching Pacific consumers through {topic}", f"{topic[0].upper()}{topic[1:]} and {self.rng.choice(_TOPICS)}: evidence from {place}",
                 f"The role of {topic} in {place}", f"Rethinking {topic} after COVID-19: the case of {place}",
                 f"Consumer attitudes to {topic} in {place}"]  # fmt: skip
        return self.rng.choice(forms)

    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "thesis", "conference", "report", "web", "news", "legislation", "social",
             "video", "podcast"],
            weights=[12, 5, 22, 5, 4, 16, 12, 12, 3, 3, 3, 2],
        )[0]  # fmt: skip
        return getattr(self, "_w_" + kind)()

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation in the same year as an earlier work ("Tourism Fiji, 2023a" and "2023b").
        if self.dated and "issued" in record and self.rng.random() < 0.12:
            name, tags, year = self.rng.choice(self.dated)
            record["issued"] = {"date-parts": [[year]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(year)
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated.append((name, tags, record["issued"]["date-parts"][0][0]))
        return self._org_work(record, kind, name, tags)

    # ------------------------------------------------------------------ works
    def _w_book(self) -> Work:
        publisher, place = self.rng.choice(_BOOK_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _w_chapter(self) -> Work:
        publisher, place = self.rng.choice(_BOOK_PUBLISHERS)
        start = self.rng.randint(1, 300)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": f"{self.rng.choice(['Tourism in', 'Marketing in', 'Business and development in'])} {self.rng.choice(_PLACES)}",
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _w_journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 90)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{start}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.55:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _w_thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "genre": self.rng.choice(["PhD thesis", "Master's thesis", "MBA dissertation", "MCom thesis"]),
                                  "publisher": university, "publisher-place": place,
                                  "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        return self._person_work(record, "thesis")

    def _w_conference(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(4),
                                  "container-title": f"Proceedings of the {self.rng.choice(_CONFERENCES)}",
                                  "event-place": self.rng.choice(["Suva", "Apia", "Nadi", "Auckland", "Brisbane", "Port Vila"]),
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        if self.rng.random() < 0.4:
            record["URL"] = self._url()
            record["accessed"] = self.accessed_after(year)
        return self._person_work(record, "conference")

    def _w_report(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        titles = [f"Annual report {year}", f"Annual report {year - 1}/{str(year)[2:]}", f"Quarterly economic review, {self.rng.choice(['March', 'June', 'September', 'December'])} {year}",
                  f"{self.rng.choice(['International visitor survey', 'Household income and expenditure survey', 'Remittance market study', 'Digital consumer survey'])} {year}",
                  self._title(), f"Sustainability report {year}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name.split(" (")[0],
                                  "publisher-place": self.rng.choice(["Suva", "Apia", "Nukuʻalofa", "Port Vila", "Honiara", "Manila", "Washington, DC", "Noumea", "Sydney"]),
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url(name)
            record["accessed"] = self.accessed_after(year)
        if self.rng.random() < 0.08:
            record.pop("issued")
        return self._org(record, "report", name, tags)

    def _w_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "accessed": self.accessed_after(None)}
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            record["URL"] = self._url()
            if self.rng.random() < 0.75:
                year = self.year()
                record["issued"] = {"date-parts": [[year]]}
                record["accessed"] = self.accessed_after(year)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        record["URL"] = self._url(name)
        if self.rng.random() < 0.7:  # the rest are undated pages: "(Kava Fiji, n.d.)"
            year = self.year()
            record["issued"] = {"date-parts": [[year]]}
            record["accessed"] = self.accessed_after(year)
        return self._org(record, "web", name, tags)

    def _w_news(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_NEWS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(),
        }  # fmt: skip
        record["accessed"] = self.accessed_after(year, record["issued"]["date-parts"][0])
        if self.rng.random() < 0.65:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _w_legislation(self) -> Work:
        # Cited by the parliament that passed it, as candidates here write "(Government of Fiji, 2018)".
        law = self.rng.choice(_LAWS)
        digits = [word for word in law.replace("(", " ").split() if word.isdigit() and len(word) == 4]
        year = int(digits[0]) if digits else self.year()
        record: dict[str, Any] = {"type": "report", "title": law, "publisher": "Government Printer",
                                  "publisher-place": "Suva", "issued": {"date-parts": [[year]]}}  # fmt: skip
        name = self.rng.choice(_PARLIAMENTS)
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        return Work(record, name, str(year), True, 1, "legislation", {"legislation", "organisation", "government"})

    def _w_social(self) -> Work:
        platform, domain = self.rng.choice(_SOCIAL)
        name, tags = self.rng.choice([entry for entry in _ORGANISATIONS if "company" in entry[1]])
        year = self.rng.randint(2016, 2025)
        record: dict[str, Any] = {"type": "post", "title": f"{self.rng.choice(['Bula', 'Talofa', 'Mālō e lelei', 'Halo'])}! {self._title()} [{platform}]",
                                  "URL": f"https://www.{domain}/{name.split()[0].lower()}/posts/{self.rng.randint(10**8, 10**9)}",
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  }  # fmt: skip
        record["accessed"] = self.accessed_after(year, record["issued"]["date-parts"][0])
        return self._org_work(record, "social", name, set(tags) | {"social"})

    def _w_video(self) -> Work:
        year = self.rng.randint(2012, 2025)
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "motion_picture", "title": f"{self._title()} [video]",
                                  "URL": f"https://www.youtube.com/watch?v={self.fakers['en_GB'].lexify('???????????')}",
                                  "issued": {"date-parts": [[year]]}, "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org(record, "video", name, tags)

    def _w_podcast(self) -> Work:
        year = self.rng.randint(2018, 2025)
        record: dict[str, Any] = {"type": "song", "title": f"{self._title()} [podcast]", "author": self._people(2),
                                  "container-title": self.rng.choice(["Pacific Waves", "Talanoa Talks", "The Pasifika Business Podcast"]),
                                  "URL": f"https://www.rnz.co.nz/international/pacific-waves/{self.fakers['en_GB'].slug()}",
                                  "issued": {"date-parts": [[year]]}, "accessed": self.accessed_after(year)}  # fmt: skip
        return self._person_work(record, "podcast")
