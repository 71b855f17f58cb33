"""Works for the blind122 pool (HELD OUT): what marketers in Papua New Guinea, the Solomon Islands and Vanuatu
and their diaspora cite in CIM Level 6 and 7 reports and MBA assignments.

Melanesian names (one given name and a father's name as surname, clan and island names, Christian names), Chinese-PNG,
Francophone ni-Vanuatu and expatriate names; banks, telecoms, LNG, mining, coffee, copra, kava and tuna firms with
Ltd and Limited; the Bank of PNG, the Central Bank of Solomon Islands, NICTA, ICCC and TCSI; Acts as their
parliaments number them; theses from UPNG, PNG Unitech, SINU and USP; Tok Pisin and Bislama titles with English in
square brackets; the Post-Courier, The National, the Solomon Star and the Vanuatu Daily Post, signed and unsigned.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

_GIVEN = ["John", "Peter", "Mary", "Grace", "Joseph", "Ruth", "Kila", "Moses", "Esther", "Hitolo", "Kapi", "Wapi",
          "Betty", "Rose", "Michael", "Samuel", "Lucy", "Theresa", "Dorcas", "Elizah", "Kaia", "Ravu", "Jacob",
          "Loa", "Sione", "Iamo", "Vagi", "Gima", "Tau", "Dika", "Naime", "Kepas", "Thomas", "Patricia", "Serah",
          "Wesley", "Jeffrey", "Alphonse", "Gabriel", "Philomena", "Clement", "Judith", "Kolly", "Anna", "Stanley",
          "Jenny", "Dulcie", "Tevita", "Lorraine", "Timothy", "Gelu", "Nou", "Agnes", "Ishmael", "Joycelyn"]  # fmt: skip
# Papua New Guinean surnames (often a father's given name), Solomon Islands and ni-Vanuatu surnames.
_MELANESIAN = ["Kila", "Morea", "Vagi", "Rei", "Gima", "Hitolo", "Kapi", "Wapi", "Kuman", "Waugla", "Namaliu",
               "Somare", "Kaupa", "Yawe", "Pokawin", "Tamarua", "Kombuk", "Opa", "Toua", "Tom", "Moses", "Kundi",
               "Yakam", "Wari", "Pundari", "Kaputin", "Tumu", "Kaluwin", "Wanma", "Kaiah", "Siaguru", "Kasaipwalova",
               "Lamang", "Mondo", "Pangu", "Raka", "Ipai", "Oala", "Dikana", "Hau'ofa", "Aisi", "Peter", "John",
               "Sogavare", "Houenipwela", "Kenilorea", "Tausinga", "Lilo", "Maelanga", "Fono", "Kwanairara",
               "Ramoifuila", "Waleilia", "Sade", "Tuhaika", "Pitakaka", "Mamaloni", "Ulufa'alu",
               "Natapei", "Regenvanu", "Kalsakau", "Tabimasmas", "Salwai", "Napat", "Molisa", "Bule", "Tabi",
               "Iautu", "Toa", "Kalpokas", "Malas", "Loughman", "Vohor", "Tarihambu"]  # fmt: skip
_EXPATRIATE = [("Lefèvre", "Hélène"), ("Bonnemaison", "Joël"), ("Ménard", "Françoise"), ("Chan", "Julius"),
               ("Wong", "Sir Henry"), ("Ling-Stuckey", "Ian"), ("Lau", "Wendy"), ("Seeto", "Robert"),
               ("Cheung", "Mei"), ("Ah Mai", "Catherine"), ("Smith", "Gregory"), ("O'Brien", "Siobhan"),
               ("McLeod", "Andrew"), ("Gómez", "Lucía"), ("Müller", "Jörg"), ("Nakamura", "Ken"),
               ("Fraenkel", "Jon"), ("Crocombe", "Ron"), ("Gewertz", "Deborah"), ("Sælen", "Ingrid"),
               ("de Vries", "Pieter"), ("Van Trease", "Howard"), ("Tomasi", "Mereani"), ("Naidu", "Vijay"),
               ("Prasad", "Biman"), ("Kauhalalalo", "Sione"), ("Tuilagi", "Sefo")]  # fmt: skip
_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("Bank South Pacific Limited", {"company"}), ("BSP Financial Group Limited", {"company"}),
    ("Kina Bank Limited", {"company"}), ("Westpac Bank PNG Limited", {"company"}), ("Digicel (PNG) Limited", {"company"}),
    ("Digicel Pacific", {"company"}), ("Vodafone PNG", {"company"}), ("Telikom PNG Limited", {"company"}),
    ("bmobile Vodafone", {"company", "lowercase"}), ("Our Telekom", {"company"}), ("Solomon Telekom Co. Ltd", {"company"}),
    ("Air Niugini Limited", {"company"}), ("Solomon Airlines Ltd", {"company"}), ("Air Vanuatu (Operations) Limited", {"company"}),
    ("Oil Search Limited", {"company"}), ("ExxonMobil PNG Limited", {"company"}), ("Santos Ltd", {"company"}),
    ("Ok Tedi Mining Limited", {"company"}), ("Newcrest Mining Limited", {"company"}), ("Rimbunan Hijau (PNG) Ltd", {"company"}),
    ("Lamana Development Ltd", {"company"}), ("Trukai Industries Ltd", {"company"}), ("Coca-Cola Amatil (PNG) Ltd", {"company"}),
    ("SP Brewery Ltd", {"company"}), ("Lae Biscuit Company Ltd", {"company"}), ("RD Tuna Canners Ltd", {"company"}),
    ("SolTuna Ltd", {"company"}), ("Brian Bell & Co. Ltd", {"company", "ampersand"}), ("CPL Group", {"company"}),
    ("Papindo Trading Co. Ltd", {"company"}), ("Vanuatu Kava Store", {"company"}), ("Tanna Coffee Ltd", {"company"}),
    ("Post-Courier", {"press"}), ("Coffee Industry Corporation Ltd", {"trade-body"}), ("Cocoa Board of PNG", {"trade-body"}),
    ("Kokonas Indastri Koporesen", {"trade-body"}), ("PNG Chamber of Commerce & Industry", {"trade-body", "ampersand"}),
    ("Solomon Islands Chamber of Commerce and Industry (SICCI)", {"trade-body", "abbreviation"}),
    ("Vanuatu Chamber of Commerce and Industry (VCCI)", {"trade-body", "abbreviation"}),
    ("Tourism Promotion Authority", {"government"}), ("PNG Tourism Promotion Authority (TPA)", {"government", "abbreviation"}),
    ("Vanuatu Tourism Office", {"government"}), ("Tourism Solomons", {"government"}),
    ("Pacific Islands Forum Secretariat", {"trade-body"}), ("Asian Development Bank", {"trade-body"}),
    ("Lowy Institute", {"trade-body"}), ("Pacific Trade Invest Australia", {"trade-body"}),
]  # fmt: skip
_GOVERNMENT = ["Bank of Papua New Guinea", "Bank of Papua New Guinea (BPNG)", "Central Bank of Solomon Islands",
               "Reserve Bank of Vanuatu", "National Information and Communications Technology Authority (NICTA)",
               "NICTA", "Independent Consumer and Competition Commission", "ICCC",
               "Telecommunications Commission Solomon Islands (TCSI)", "National Statistical Office",
               "Solomon Islands National Statistics Office", "Vanuatu Bureau of Statistics",
               "Department of Treasury", "Investment Promotion Authority", "Telecommunications and Radiocommunications Regulator",
               "Department of National Planning and Monitoring"]  # fmt: skip
_LAWS = [("Independent State of Papua New Guinea", "Companies Act 1997", 1997),
         ("Independent State of Papua New Guinea", "Independent Consumer and Competition Commission Act 2002", 2002),
         ("Independent State of Papua New Guinea", "National Information and Communications Technology Act 2009", 2009),
         ("Independent State of Papua New Guinea", "Central Banking Act 2000", 2000),
         ("Independent State of Papua New Guinea", "Central Banking (Amendment) Act 2021", 2021),
         ("Independent State of Papua New Guinea", "Tobacco Control Act 2016", 2016),
         ("Solomon Islands Government", "Telecommunications Act 2009 (Act No. 20 of 2009)", 2009),
         ("Solomon Islands Government", "Consumer Protection Act (Act No. 12 of 2019)", 2019),
         ("Solomon Islands Government", "Companies Act 2009", 2009),
         ("Republic of Vanuatu", "Kava Act No. 7 of 2002", 2002),
         ("Republic of Vanuatu", "Telecommunications, Radiocommunications and Broadcasting Regulation Act No. 30 of 2009", 2009),
         ("Republic of Vanuatu", "Companies Act No. 25 of 2012", 2012)]  # fmt: skip
_PRESS = ["Post-Courier", "The National", "Business Advantage PNG", "Solomon Star", "Island Sun", "Vanuatu Daily Post",
          "Islands Business", "RNZ Pacific", "ABC Pacific", "EMTV Online", "Loop PNG", "PNG Business News"]  # fmt: skip
_JOURNALS = ["Pacific Economic Bulletin", "Contemporary PNG Studies", "Journal of Pacific Studies",
             "Development Bulletin", "Journal of South Pacific Agriculture", "Asia Pacific Journal of Marketing and Logistics",
             "Journal of Marketing", "Pacific Dynamics", "International Journal of Bank Marketing",
             "Journal of Islands and Small States", "Melanesian Journal of Business"]  # fmt: skip
_TOPICS = ["mobile money uptake", "wantok obligations and customer loyalty", "brand trust in PNG banks",
           "kava exports to New Zealand", "coffee value chains in the Highlands", "tuna loins and canned tuna branding",
           "betel-nut trade in urban markets", "SIM registration and prepaid data", "resort marketing in Port Vila",
           "cocoa quality premiums", "copra price swings", "LNG landowner communications", "supermarket loyalty cards",
           "diaspora remittances from Brisbane", "social media in Honiara", "airline route marketing",
           "Goroka Show sponsorship", "Tok Pisin radio advertising", "financial inclusion for women vendors",
           "micro-tourism on Espiritu Santo", "digital wallets in Lae", "Facebook Marketplace selling"]  # fmt: skip
_LOCAL_TITLES = [("Maket bilong kopi long Hailans", "The coffee market in the Highlands"),
                 ("Mani long fon: ol meri long maket", "Money on the phone: women at the market"),
                 ("Kastom mo bisnis long Vanuatu", "Custom and business in Vanuatu"),
                 ("Ol wantok na bisnis", "Wantoks and business"),
                 ("Toktok bilong kastoma", "The customer's voice"),
                 ("Kava blong yumi", "Our kava"),
                 ("Helpim ol liklik bisnis", "Helping small businesses"),
                 ("Lukautim mani bilong yu", "Looking after your money")]  # fmt: skip
_UNIVERSITIES = [("University of Papua New Guinea", "Port Moresby"),
                 ("Papua New Guinea University of Technology", "Lae"),
                 ("Solomon Islands National University", "Honiara"),
                 ("University of the South Pacific", "Suva"), ("Divine Word University", "Madang"),
                 ("University of Goroka", "Goroka"), ("James Cook University", "Cairns")]  # fmt: skip
_RESEARCH = ["Statista", "Euromonitor International", "Kantar", "GlobalData", "IBISWorld", "Fitch Solutions",
             "BMI Research", "Tebbutt Research"]  # fmt: skip


class Blind122WorkFactory(WorkFactory):
    """Works candidates of the PNG, Solomon Islands and Vanuatu theme cite, from a seeded source of its own."""

    DRAWN = ("book", "chapter", "journal", "thesis", "conference", "company-web", "company-report", "government",
             "legislation", "market-research", "news", "news-unsigned", "social", "web-person", "local-title")  # fmt: skip
    WEIGHTS = (12, 6, 18, 5, 4, 10, 7, 9, 3, 6, 8, 4, 3, 4, 3)
    KINDS = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "news", "legislation", "social")

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 122 + 12201)
        self.orgs: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.68:
            return {"family": self.rng.choice(_MELANESIAN), "given": self.rng.choice(_GIVEN)}
        if roll < 0.74:  # two given names, or a Christian name before a clan name
            return {
                "family": self.rng.choice(_MELANESIAN),
                "given": f"{self.rng.choice(_GIVEN)} {self.rng.choice(_GIVEN)}",
            }
        family, given = self.rng.choice(_EXPATRIATE)
        if family.startswith("de "):
            return {"family": family[3:], "given": given, "non-dropping-particle": "de"}
        return {"family": family, "given": given.replace("Sir ", "")}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[40, 25, 15, 8, 5, 3, 2, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def year(self) -> int:
        return self.rng.randint(1995, 2024)

    def accessed(self) -> dict[str, list[list[int]]]:
        return {"date-parts": [[2025, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _url(self, host: str) -> str:
        path = "-".join(self.rng.sample(["kina", "mobile", "money", "coffee", "news", "business", "report", "png",
                                         "sme", "tourism", "kava", "tuna", "digital", "loans", "2024"], 3))  # fmt: skip
        return f"https://www.{host}/{path}"

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        place = self.rng.choice(["Papua New Guinea", "PNG", "the Solomon Islands", "Vanuatu", "Port Moresby",
                                 "Lae", "Honiara", "Port Vila", "Melanesia", "the Pacific"])  # fmt: skip
        forms = [f"{topic[0].upper() + topic[1:]} in {place}", f"Understanding {topic}: evidence from {place}",
                 f"{topic[0].upper() + topic[1:]} and marketing strategy in {place}", f"Rethinking {topic} in {place}",
                 f"Marketing in {place}: {topic}", f"{place}: a study of {topic}"]  # fmt: skip
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(self.DRAWN, weights=self.WEIGHTS)[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        if self.orgs and "issued" in record and self.rng.random() < 0.12:  # the same body twice in a year
            name, tags, issued = self.rng.choice(self.orgs)
            record["issued"] = {"date-parts": [list(p) for p in issued["date-parts"]]}
            if "accessed" in record and record["accessed"]["date-parts"][0][0] < issued["date-parts"][0][0]:
                record["accessed"] = {"date-parts": [[2025, 3, 14]]}
        if "issued" in record:
            self.orgs.append((name, tags, record["issued"]))
        return self._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self.rng.choice([self._title(), "Marketing management in the Pacific",
                                                      "Principles of marketing: a Melanesian perspective",
                                                      "Doing business in Papua New Guinea", "Small business in Melanesia"]),
            "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["UPNG Press", "Pearson Australia", "ANU Press", "USP Press",
                                          "Institute of Pacific Studies", "Routledge", "Cengage Learning Australia"]),
            "publisher-place": self.rng.choice(["Port Moresby", "Melbourne", "Canberra", "Suva", "Abingdon", "Sydney"]),
        }  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        if self.rng.random() < 0.15:
            record["medium"] = "Kindle e-book"
        return self._person_work(record, "book")

    def _local_title(self) -> Work:
        local, english = self.rng.choice(_LOCAL_TITLES)
        record: dict[str, Any] = {
            "type": "book", "title": f"{local} [{english}]", "author": self._people(2),
            "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Wantok Publications", "Kristen Pres", "Vanuatu Cultural Centre", "UPNG Press"]),
            "publisher-place": self.rng.choice(["Port Moresby", "Madang", "Port Vila"]),
        }  # fmt: skip
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        start = self.rng.randint(1, 300)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["Business and development in Melanesia", "The Pacific economy reader",
                                                "Marketing in emerging Pacific markets", "Governance and growth in PNG"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["ANU Press", "Routledge", "USP Press"]),
            "publisher-place": self.rng.choice(["Canberra", "London", "Suva"]), "page": f"{start}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 600)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 45)), "issue": str(self.rng.randint(1, 4)),
            "page": f"{start}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.4:
            record["DOI"] = f"10.{self.rng.randint(1000, 9999)}/pjm.{self.rng.randint(100, 99999)}"
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": self._people(1),
            "genre": self.rng.choice(["MBA thesis", "Master's thesis", "PhD thesis", "BBus honours thesis"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": university, "publisher-place": place,
        }  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": self.rng.choice(["PNG Update Conference", "Pacific Update", "Solomon Islands Update",
                                                "ANZMAC Annual Conference"]),
            "event-place": self.rng.choice(["Port Moresby", "Suva", "Honiara", "Canberra"]),
            "issued": {"date-parts": [[self.year()]]},
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _company_web(self) -> Work:
        name, tags = self.rng.choice(_ORGANISATIONS)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(
            ["About us", "Our history", "Personal banking", "Mobile money", "Prepaid data plans", "Sustainability",
             "Community partnerships", "Our coffee", "Careers", self._title()]),
            "URL": self._url(name.split()[0].lower().strip("(),") + ".com.pg")}  # fmt: skip
        if self.rng.random() < 0.75:
            record["accessed"] = self.accessed()
        if self.rng.random() < 0.7:
            record["issued"] = {"date-parts": [[self.year()]]}
        return self._org(record, "web", name, set(tags))

    def _company_report(self) -> Work:
        name, tags = self.rng.choice(_ORGANISATIONS)
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report {year}", f"Sustainability report {year}",
                                                        f"Customer insights {year}", self._title()]),
            "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0],
            "publisher-place": self.rng.choice(["Port Moresby", "Lae", "Honiara", "Port Vila"]),
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = self._url("annualreports.com.pg")
            record["accessed"] = self.accessed()
        return self._org(record, "report", name, set(tags))

    def _government(self) -> Work:
        name = self.rng.choice(_GOVERNMENT)
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(
                [f"Quarterly economic bulletin, {self.rng.choice(['March', 'June', 'September', 'December'])} quarter",
                 "Monetary policy statement", "Financial inclusion strategy", "Mobile network performance report",
                 "Retail tariffs for mobile data", "Household income and expenditure survey", self._title()]),
            "issued": {"date-parts": [[self.year()]]}, "URL": self._url("gov.vu" if "Vanuatu" in name else "gov.sb" if "Solomon" in name or "TCSI" in name else "gov.pg"), "accessed": self.accessed(),
        }  # fmt: skip
        return self._org(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _legislation(self) -> Work:
        author, title, year = self.rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "webpage", "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": self._url("paclii.org"), "accessed": self.accessed()}  # fmt: skip
        return self._org(record, "legislation", author, {"government", "legislation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.85 else None
        market = self.rng.choice(["mobile data", "banking", "coffee", "kava", "canned tuna", "soft drinks", "tourism"])
        country = self.rng.choice(["Papua New Guinea", "Solomon Islands", "Vanuatu", "Pacific Islands"])
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"{country} {market} report {year or 2024}",
                                                        f"{market.capitalize()} in {country}: market size and forecast to 2030",
                                                        f"{country}: {market} consumer survey Q{self.rng.randint(1, 4)} {year or 2023}"]),
            "publisher": name, "URL": self._url(name.split()[0].lower() + ".com"), "accessed": self.accessed(),
        }  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "author": self._people(2),
            "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[self.year(), self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url("postcourier.com.pg"), "accessed": self.accessed(),
        }  # fmt: skip
        return self._person_work(record, "news")

    def _news_unsigned(self) -> Work:
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": paper,
            "issued": {"date-parts": [[self.year(), self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url("thenational.com.pg"), "accessed": self.accessed(),
        }  # fmt: skip
        return self._org(record, "news", paper, {"press"})

    def _social(self) -> Work:
        name, tags = self.rng.choice(_ORGANISATIONS[:20])
        record: dict[str, Any] = {
            "type": "webpage", "title": self.rng.choice(["Happy Independence Day PNG! #PNG49",
                                                         "Celebrate the Hiri Moale with us", "Kina Bank podcast: SME stories",
                                                         "Mobile money explained (video)", "Tok Pisin ad for the Goroka Show"]),
            "container-title": self.rng.choice(["Facebook", "YouTube", "LinkedIn", "TikTok"]),
            "issued": {"date-parts": [[self.rng.randint(2019, 2024), self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url("facebook.com"), "accessed": {"date-parts": [[2025, self.rng.randint(1, 9), self.rng.randint(1, 28)]]},
        }  # fmt: skip
        return self._org(record, "social", name, set(tags))

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "URL": self._url("devpolicy.org"), "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.6:
            record["issued"] = {"date-parts": [[self.year()]]}
        return self._person_work(record, "web")
