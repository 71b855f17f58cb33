"""Works for the seventieth held-out pool, "blind70": what South African marketers on CIM Level 6 and 7 courses
and MBAs cite.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a seventieth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, trade, CRM,
loyalty, digital and communications marketers at South African grocers, clothing retailers, banks, insurers,
telecoms, breweries, wine and spirits brands, quick-service restaurants, SOEs and agencies write: South African and
international journals with one to eight authors, textbooks in South African editions (Juta, Van Schaik, Oxford
University Press Southern Africa), chapters, MCom and MBA research reports, company and SOE reports with and without
dates, departments, regulators and statistics bodies, Acts under the body that publishes them, research firms, the
South African press signed and unsigned, X, TikTok and LinkedIn posts and podcasts; Afrikaans names with their
particles, isiZulu, isiXhosa, Sesotho, Setswana and Tshivenda names, Indian-South African, Cape Malay, Portuguese-
and Greek-South African and expatriate names.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# (family, particle or "", given names): given names carry no hyphen.
_AFRIKAANS = [("Merwe", "van der", "Johan"), ("Plessis", "du", "Marli"), ("Villiers", "de", "Pieter"),
              ("Rensburg", "Janse van", "Elmarie"), ("Roux", "le", "Francois"), ("Wyk", "van", "Annelize"),
              ("Botha", "", "Riaan"), ("Pretorius", "", "Liezl"), ("Coetzee", "", "Hennie"), ("Steyn", "", "Carina"),
              ("Westhuizen", "van der", "Jaco"), ("Toit", "du", "Chanté"), ("Bruyn", "de", "Wilna"),
              ("Nel", "", "Stefan"), ("Grobbelaar", "", "Anél"), ("Schalkwyk", "van", "Deon"), ("Kock", "de", "Ilse"),
              ("Smit", "", "Wynand"), ("Venter", "", "Mariëtte"), ("Heerden", "van", "Louis")]  # fmt: skip
_AFRICAN = [("Mthembu", "Sibusiso"), ("Dlamini", "Nomvula"), ("Nkosi", "Thabo"), ("Mokoena", "Lerato"),
            ("Ndlovu", "Sipho"), ("Mahlangu", "Zanele"), ("Khumalo", "Bongani"), ("Zungu", "Thandeka"),
            ("Mabaso", "Nokuthula"), ("Ngcobo", "Mandla"), ("Sithole", "Ayanda"), ("Mkhize", "Lindiwe"),
            ("Madiba", "Kagiso"), ("Molefe", "Tumelo"), ("Mothibi", "Boitumelo"), ("Masilela", "Themba"),
            ("Mabuza", "Palesa"), ("Ntuli", "Siyabonga"), ("Nemavhola", "Mpho"), ("Ramavhoya", "Rudzani"),
            ("Netshitenzhe", "Ndivhuwo"), ("Tshabalala", "Refilwe"), ("Gqola", "Lwazi"), ("Mbeki", "Unathi"),
            ("Qwabe", "Xolani"), ("Mokgadi", "Keabetswe"), ("Seabi", "Dineo"), ("Letsoalo", "Tshepo"),
            ("Magagula", "Nozipho"), ("Matlala", "Kamohelo"), ("Mokwena", "Neo"), ("Sebokedi", "Onkarabile")]  # fmt: skip
_INDIAN_MALAY = [("Naidoo", "Kershnee"), ("Pillay", "Vishen"), ("Govender", "Prenisha"), ("Moodley", "Kavith"),
                 ("Reddy", "Sashlin"), ("Singh", "Avinash"), ("Chetty", "Leeandra"), ("Maharaj", "Nikhil"),
                 ("Hendricks", "Faiza"), ("Abrahams", "Tashriq"), ("Isaacs", "Shireen"), ("Jacobs", "Zaid"),
                 ("Davids", "Nuraan"), ("Salie", "Ebrahim"), ("Parker", "Waseefa")]  # fmt: skip
_PORTUGUESE_GREEK = [("Gonçalves", "Ricardo"), ("Ferreira", "Ana"), ("Fernandes", "Duarte"), ("Pereira", "Sofia"),
                     ("Rodrigues", "Nuno"), ("Papadopoulos", "Eleni"), ("Georgiou", "Nikos"),
                     ("Christodoulou", "Maria"), ("Karamanlis", "Stavros"), ("Andrade", "João")]  # fmt: skip
_EXPATRIATE = [("Müller", "Katrin"), ("O'Sullivan", "Aoife"), ("Okonkwo", "Chidi"), ("Mensah", "Kwame"),
               ("Mutasa", "Tendai"), ("Chiwenga", "Farai"), ("Mwangi", "Wanjiru"), ("Smith", "Rachel"),
               ("McDonald", "Euan"), ("Kotler", "Philip"), ("Jensen", "Søren"), ("Zhang", "Wei"),
               ("Haddad", "Rania"), ("Brown-Sequard", "Lisa"), ("Taylor-Jones", "Megan"), ("Hoffmann", "Jürgen")]  # fmt: skip

_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("Shoprite Holdings Ltd", {"company"}), ("Pick n Pay Stores Limited", {"company", "lowercase"}),
    ("Woolworths Holdings Limited", {"company"}), ("The Foschini Group", {"company"}), ("TFG Limited", {"company"}),
    ("Mr Price Group Ltd", {"company"}), ("Capitec Bank Holdings Limited", {"company"}),
    ("FirstRand Limited", {"company"}), ("First National Bank (FNB)", {"company", "abbreviation"}),
    ("Standard Bank Group", {"company"}), ("Old Mutual Limited", {"company"}), ("Discovery Limited", {"company"}),
    ("Vodacom Group Limited", {"company"}), ("MTN Group", {"company"}), ("Telkom SA SOC Ltd", {"company"}),
    ("South African Breweries (SAB)", {"company", "abbreviation"}), ("AB InBev", {"company"}),
    ("Distell Group Holdings Ltd", {"company"}), ("KWV", {"company", "abbreviation"}),
    ("Famous Brands Limited", {"company"}), ("Nando's", {"company", "apostrophe"}),
    ("Eskom Holdings SOC Ltd", {"company", "government"}), ("South African Tourism", {"government"}),
    ("Spar Group Ltd", {"company"}), ("Clicks Group Limited", {"company"}), ("Absa Group Limited", {"company"}),
    ("Nedbank Group", {"company"}), ("Sanlam Limited", {"company"}), ("Cell C (Pty) Ltd", {"company"}),
    ("Ogilvy South Africa", {"company"}), ("Joe Public United", {"company"}),
    ("Advertising Regulatory Board (ARB)", {"abbreviation"}), ("Advertising Regulatory Board", set()),
    ("Competition Commission South Africa", {"government"}), ("Information Regulator (South Africa)", {"government"}),
    ("Statistics South Africa", {"government"}), ("Stats SA", {"government", "abbreviation"}),
    ("South African Reserve Bank (SARB)", {"government", "abbreviation"}),
    ("Broadcast Research Council of South Africa", set()), ("Marketing Association of South Africa", set()),
    ("Department of Trade, Industry and Competition", {"government", "comma"}),
    ("National Consumer Commission", {"government"}), ("Independent Communications Authority of South Africa (ICASA)", {"government", "abbreviation"}),
    ("Johnson & Johnson (Pty) Ltd", {"company", "ampersand"}), ("Tiger Brands Limited", {"company"}),
    ("Unilever South Africa", {"company"}), ("PwC South Africa", {"company"}), ("Deloitte & Touche", {"company", "ampersand"}),
    ("Ernst & Young Advisory Services (Pty) Ltd", {"company", "ampersand"}), ("McKinsey & Company", {"company", "ampersand"}),
    ("Checkers", {"company"}), ("Mr D Food", {"company"}), ("Takealot.com", {"company"}), ("Bizcommunity", {"company"}),
    ("Eighty20", {"company"}), ("BMi Research", {"company"}), ("Kantar South Africa", {"market-research"}),
    ("Ipsos South Africa", {"market-research"}), ("Euromonitor International", {"market-research"}),
    ("Consumer Goods Council of South Africa (CGCSA)", {"abbreviation"}), ("Banking Association South Africa", set()),
    ("Vinpro NPC", {"company"}), ("Wines of South Africa (WOSA)", {"abbreviation"}),
    ("SA Wine Industry Information & Systems NPC", {"ampersand", "company"}),
    ("B-BBEE Commission", {"government"}), ("Department of Small Business Development", {"government"}),
]  # fmt: skip
_GOVERNMENT = ["Statistics South Africa", "Department of Trade, Industry and Competition", "National Treasury",
               "Competition Commission South Africa", "Information Regulator (South Africa)", "South African Reserve Bank",
               "Independent Communications Authority of South Africa", "National Consumer Commission",
               "Department of Health", "Department of Tourism", "Republic of South Africa", "Parliamentary Monitoring Group",
               "Western Cape Government", "Gauteng Provincial Government", "City of Cape Town"]  # fmt: skip
_ACTS = [("Protection of Personal Information Act 4 of 2013", 2013), ("Consumer Protection Act 68 of 2008", 2008),
         ("Liquor Act 59 of 2003", 2003), ("Competition Act 89 of 1998", 1998),
         ("Broad-Based Black Economic Empowerment Act 53 of 2003", 2003), ("Electronic Communications Act 36 of 2005", 2005),
         ("National Credit Act 34 of 2005", 2005), ("Tobacco Products Control Amendment Act 63 of 2008", 2008),
         ("Electronic Communications and Transactions Act 25 of 2002", 2002), ("Financial Sector Regulation Act 9 of 2017", 2017)]  # fmt: skip
_NEWS = ["Business Day", "Financial Mail", "News24", "Moneyweb", "Daily Maverick", "The Citizen", "Sunday Times",
         "Bizcommunity", "BusinessTech", "TechCentral", "Mail & Guardian", "IOL", "Fin24", "The Marketing Site"]  # fmt: skip
_JOURNALS = ["South African Journal of Business Management", "South African Journal of Economic and Management Sciences",
             "Acta Commercii", "Journal of Contemporary Management", "Journal of Retailing and Consumer Services",
             "African Journal of Business and Economic Research", "Journal of Marketing", "International Journal of Retail & Distribution Management",
             "Journal of Consumer Sciences", "South African Journal of Information Management", "Journal of Business Research",
             "The Retail and Marketing Review", "Journal of African Business", "Journal of Product & Brand Management"]  # fmt: skip
_TOPICS = ["loyalty programme participation", "township retail", "stokvel spending", "spaza shop competition",
           "mobile money adoption", "data-free apps", "load-shedding and consumer behaviour", "Black Friday shopping",
           "brand trust in banking", "premium lager choice", "wine tourism", "craft gin", "fast-food delivery apps",
           "Sunday trading", "green claims on packaging", "WhatsApp commerce", "youth unemployment and brand attitudes",
           "black middle-class consumers", "festive season promotions", "insurance rewards programmes",
           "cellphone contract churn", "prepaid airtime bundles", "private-label groceries", "sorghum beer",
           "clothing fast fashion", "digital banking apps", "rural consumers", "influencer disclosure",
           "heritage branding", "ubuntu in marketing", "cashback rewards", "queue-free checkout"]  # fmt: skip
_PLACES = ["Gauteng", "KwaZulu-Natal", "the Western Cape", "Soweto", "Khayelitsha", "Umlazi", "South Africa",
           "sub-Saharan Africa", "Tshwane", "the Eastern Cape", "Gqeberha", "Stellenbosch", "Limpopo"]  # fmt: skip
_UNIVERSITIES = ["University of the Witwatersrand", "University of Cape Town", "Stellenbosch University",
                 "University of Pretoria", "University of Johannesburg", "University of KwaZulu-Natal",
                 "Nelson Mandela University", "Rhodes University", "North-West University", "University of South Africa"]  # fmt: skip


class Blind70WorkFactory(WorkFactory):
    """South African works: names from the country's cultures, real organisations, Acts, theses, press and posts."""

    KINDS = ("book", "chapter", "journal", "thesis", "organisation-web", "organisation-report", "government",
             "legislation", "market-research", "news", "news-unsigned", "web-person", "social")  # fmt: skip
    _WEIGHTS = (12, 6, 26, 5, 10, 8, 7, 3, 7, 6, 3, 4, 3)

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.titles_seen = 0

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.28:
            family, particle, given = rng.choice(_AFRIKAANS)
            name = {"family": family, "given": given}
            if particle:
                name["non-dropping-particle"] = particle
            return name
        if roll < 0.6:
            family, given = rng.choice(_AFRICAN)
        elif roll < 0.75:
            family, given = rng.choice(_INDIAN_MALAY)
        elif roll < 0.85:
            family, given = rng.choice(_PORTUGUESE_GREEK)
        else:
            family, given = rng.choice(_EXPATRIATE)
        if rng.random() < 0.05:
            family = f"{family}-{rng.choice(_AFRICAN)[0]}"
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        return self.rng.choice(_ORGANISATIONS)

    def year(self) -> int:
        return self.rng.randint(1998, 2024)

    def accessed_after(self, year: int) -> dict[str, list[list[int]]]:
        return {
            "date-parts": [[self.rng.randint(max(year, 2023), 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]
        }

    def _title(self) -> str:
        rng = self.rng
        topic, other, place = rng.choice(_TOPICS), rng.choice(_TOPICS), rng.choice(_PLACES)
        forms = [
            f"{topic.capitalize()} in {place}",
            f"The influence of {topic} on {other}: evidence from {place}",
            f"{topic.capitalize()} and {other} among millennial consumers in {place}",
            f"Exploring {topic} in an emerging market",
            f"Drivers of {topic}: a study of {place} shoppers",
            f"Rethinking {topic}: lessons from {place}",
            f"{topic.capitalize()}: a {rng.choice(['qualitative', 'quantitative', 'mixed-methods'])} study in {place}",
            f"Why {topic} matters for South African brands",
        ]
        return rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(self.KINDS, weights=self._WEIGHTS)[0]
        return getattr(self, "_sa_" + kind.replace("-", "_"))()

    def _issued(self, record: dict[str, Any], chance: float = 1.0) -> int:
        year = self.year()
        if self.rng.random() < chance:
            record["issued"] = {"date-parts": [[year]]}
        return year

    def _sa_book(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "book", "title": rng.choice([self._title(), self._title(), "Marketing management: a South African perspective",
                                  "Consumer behaviour: South African psychology and marketing applications", "Integrated marketing communication in South Africa",
                                  "Retail marketing in South Africa", "Services marketing in Africa"]),
                                  "author": self._people(4),
                                  "publisher": rng.choice(["Juta", "Van Schaik", "Oxford University Press Southern Africa", "Pearson South Africa", "Routledge", "Cengage"]),
                                  "publisher-place": rng.choice(["Cape Town", "Pretoria", "Johannesburg", "London"])}  # fmt: skip
        self._issued(record)
        if rng.random() < 0.4:
            record["edition"] = str(rng.randint(2, 7))
        return self._person_work(record, "book")

    def _sa_chapter(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "chapter", "title": self._title(), "author": self._people(3),
                                  "editor": [self.person() for _ in range(rng.randint(1, 2))],
                                  "container-title": rng.choice(["Marketing in South Africa", "Brand management in Africa", "Contemporary retailing", "Digital marketing: a South African perspective"]),
                                  "publisher": rng.choice(["Juta", "Van Schaik", "Oxford University Press Southern Africa"]), "publisher-place": "Cape Town",
                                  "page": f"{(start := rng.randint(1, 300))}-{start + rng.randint(8, 30)}"}  # fmt: skip
        self._issued(record)
        return self._person_work(record, "chapter")

    def _sa_journal(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "article-journal", "title": self._title(), "author": self._people(8),
                                  "container-title": rng.choice(_JOURNALS), "volume": str(rng.randint(1, 60)),
                                  "issue": str(rng.randint(1, 4)), "page": f"{(start := rng.randint(1, 600))}-{start + rng.randint(8, 24)}"}  # fmt: skip
        self._issued(record)
        if rng.random() < 0.5:
            record["DOI"] = (
                f"10.{rng.choice(['4102', '1108', '1016', '10520'])}/{rng.choice(['sajbm', 'ac', 'jcman', 'sajems'])}.v{rng.randint(10, 30)}i{rng.randint(1, 2)}.{rng.randint(100, 9999)}"
            )
        return self._person_work(record, "journal")

    def _sa_thesis(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "genre": rng.choice(["MCom dissertation", "MBA research report", "PhD thesis", "MPhil research report"]),
                                  "publisher": rng.choice(_UNIVERSITIES)}  # fmt: skip
        self._issued(record)
        return self._person_work(record, "thesis")

    def _sa_web_person(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "URL": f"https://www.{rng.choice(['marketingweb.co.za', 'bizcommunity.com', 'themarketingsite.com', 'medium.com'])}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        year = self._issued(record)
        if rng.random() < 0.8:
            record["accessed"] = self.accessed_after(year)
        return self._person_work(record, "web-person")

    def _sa_news(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "author": self._people(2),
                                  "container-title": rng.choice(_NEWS)}  # fmt: skip
        year = self._issued(record)
        record["issued"]["date-parts"][0] += [rng.randint(1, 12), rng.randint(1, 28)]
        if rng.random() < 0.7:
            record["URL"] = (
                f"https://www.{rng.choice(['businesslive.co.za', 'news24.com', 'moneyweb.co.za', 'dailymaverick.co.za'])}/{self.fakers['en_GB'].slug()}"
            )
            record["accessed"] = self.accessed_after(year + 1)
        return self._person_work(record, "news")

    def _sa_news_unsigned(self) -> Work:
        rng = self.rng
        name = rng.choice(_NEWS)
        record: dict[str, Any] = {"type": "webpage", "title": self._title(),
                                  "URL": f"https://www.{name.lower().replace(' ', '').replace('&', '')}.co.za/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        year = self._issued(record, 0.85)
        record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "news-unsigned", name, {"news"})

    def _sa_social(self) -> Work:
        rng = self.rng
        name, tags = rng.choice([o for o in _ORGANISATIONS if "company" in o[1]])
        platform = rng.choice(["X", "TikTok", "LinkedIn", "Instagram", "YouTube", "Spotify podcast"])
        record: dict[str, Any] = {"type": "post", "title": f"{self._title()} [{platform}]",
                                  "URL": f"https://www.{platform.split()[0].lower()}.com/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        year = self._issued(record)
        record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "social", name, tags | {"social"})

    def _sa_organisation_web(self) -> Work:
        rng = self.rng
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "webpage", "title": rng.choice([self._title(), "About us", "Our rewards programme", "Sustainability", "Media statement"]),
                                  "URL": f"https://www.{self.fakers['en_GB'].domain_word()}.co.za/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        year = self._issued(record, 0.75)
        if rng.random() < 0.85:
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "organisation-web", name, tags)

    def _sa_organisation_report(self) -> Work:
        rng = self.rng
        name, tags = self.organisation()
        year = self.year()
        record: dict[str, Any] = {"type": "report",
                                  "title": rng.choice([f"Integrated annual report {year}", f"Sustainability report {year}", f"Annual financial statements {year}", self._title()]),
                                  "publisher": name.split(" (")[0], "publisher-place": rng.choice(["Johannesburg", "Cape Town", "Durban", "Pretoria", "Sandton", "Stellenbosch"]),
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        if rng.random() < 0.5:
            record["URL"] = (
                f"https://www.{self.fakers['en_GB'].domain_word()}.co.za/investors/{self.fakers['en_GB'].slug()}.pdf"
            )
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "organisation-report", name, tags)

    def _sa_government(self) -> Work:
        rng = self.rng
        name = rng.choice(_GOVERNMENT)
        record: dict[str, Any] = {"type": rng.choice(["report", "webpage"]),
                                  "title": rng.choice([self._title(), "Retail trade sales (Statistical release P6242.1)", "Quarterly Labour Force Survey", "Quarterly Bulletin", "Guidance note on direct marketing", "General household survey"]),
                                  "URL": f"https://www.{rng.choice(['statssa.gov.za', 'thedtic.gov.za', 'resbank.co.za', 'inforegulator.org.za', 'compcom.co.za', 'gov.za'])}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        year = self._issued(record, 0.9)
        record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "government", name, {"government"})

    def _sa_legislation(self) -> Work:
        # An Act under the body that publishes it, as a report: the Act's own name and number are its title.
        rng = self.rng
        title, year = rng.choice(_ACTS)
        name = rng.choice(["Republic of South Africa", "South Africa", "Government Gazette"])
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": "Government Printer",
                                  "publisher-place": "Pretoria", "issued": {"date-parts": [[year]]}}  # fmt: skip
        return self._org_work(record, "legislation", name, {"government", "legislation"})

    def _sa_market_research(self) -> Work:
        rng = self.rng
        name = rng.choice(
            [
                "Euromonitor International",
                "Kantar",
                "Ipsos",
                "BMi Research",
                "Eighty20",
                "Nielsen",
                "Statista",
                "Mintel",
                "GfK",
            ]
        )
        year = self.year()
        market = rng.choice(
            [
                "alcoholic drinks",
                "apparel and footwear",
                "retail banking",
                "mobile telecoms",
                "grocery retail",
                "quick-service restaurants",
                "beer",
                "wine",
                "spirits",
            ]
        )
        record: dict[str, Any] = {"type": "report",
                                  "title": rng.choice([f"{market.capitalize()} in South Africa", f"South Africa {market} market report {year}", f"BrandZ most valuable South African brands {year}", f"Township consumer {market} tracker"]),
                                  "publisher": name,
                                  "URL": f"https://www.{name.split()[0].lower()}.com/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if rng.random() < 0.88:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "market-research", name, {"market-research"})
