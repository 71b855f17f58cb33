"""The blind243 pool's works: what marketers at home-improvement, furniture, homewares and garden retailers in the UK and
Ireland cite in CIM Level 6 and 7 reports and MBA assignments.

Textbooks and chapters, retailing and consumer journals with one to eight authors and DOIs, theses from the
universities with retail schools, conference papers, regulators and public bodies of both jurisdictions, trade
bodies and charities of the DIY, furniture and garden trades, retailers' pages, annual reports and investor decks,
market research with years, the trade and national press signed and unsigned, social posts, videos, podcasts and
undated pages. Names as their owners print them: double-barrelled British names, Irish names with Ó, Ní and Mac,
Swedish and Dutch names, South Asian and Polish names. Written without reading the checker or any other pool.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "thesis", "conference", "report", "web", "news", "social", "video", "podcast")

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IE", "en_IE", "sv_SE", "nl_NL", "pl_PL", "en_IN"]
# Names as the people print them: (family, given, particle).
_NAMES = [
    ("Ó Súilleabháin", "Cian", ""), ("Ní Bhriain", "Aoife", ""), ("Mac Donncha", "Seán", ""), ("Ní Dhonnchadha", "Máire", ""),
    ("Ó Conaill", "Pádraig", ""), ("MacCarthy", "Siobhán", ""), ("McGrath", "Orla", ""), ("O'Sullivan", "Niamh", ""),
    ("Åkesson", "Linnea", ""), ("Söderström", "Johan", ""), ("Lindqvist", "Karin", ""), ("Ångström", "Erik", ""),
    ("Linden", "Maarten", "van der"), ("Berg", "Sanne", "van den"), ("Vries", "Pieter", "de"), ("Dijk", "Femke", "van"),
    ("Fox-Tucker", "Harriet", ""), ("Hughes-Wilson", "Tom", ""), ("Lloyd-Jones", "Bethan", ""), ("Ashworth-Hayes", "Clare", ""),
    ("Patel", "Nikhil", ""), ("Chakraborty", "Ananya", ""), ("Sharma", "Rohit", ""), ("Gupta", "Priya", ""), ("Iqbal", "Saira", ""),
    ("Kowalski", "Tomasz", ""), ("Wiśniewska", "Agnieszka", ""), ("Zieliński", "Paweł", ""), ("Wójcik", "Małgorzata", ""),
    ("Dawson", "Julie", ""), ("Burt", "Steve", ""), ("Sparks", "Leigh", ""), ("Jackson", "Paul", ""), ("Hart", "Cathy", ""),
]  # fmt: skip
# (journal, DOI prefix): the prefixes these journals' DOIs begin with
_JOURNALS = [("Journal of Retailing", "10.1016/j.jretai."), ("Journal of Retailing and Consumer Services", "10.1016/j.jretconser."),
             ("International Journal of Retail & Distribution Management", "10.1108/IJRDM-"), ("Journal of Consumer Behaviour", "10.1002/cb."),
             ("Housing Studies", "10.1080/02673037."), ("Journal of Marketing Management", "10.1080/0267257X."),
             ("The International Review of Retail, Distribution and Consumer Research", "10.1080/09593969."),
             ("European Journal of Marketing", "10.1108/EJM-"), ("Irish Journal of Management", "10.2478/ijm-"),
             ("Journal of Business Research", "10.1016/j.jbusres.")]  # fmt: skip
_TOPICS = ["omnichannel retailing", "click and collect", "the DIY shopper", "showrooming", "garden centre visits",
           "home furnishing purchases", "trade customers", "retail store closures", "private-label paint",
           "augmented reality in furniture retail", "interest-free credit", "sustainable homewares",
           "peat-free compost", "flat-pack furniture", "home improvement after the pandemic", "loyalty schemes",
           "retail brand equity", "the home as identity", "store atmospherics", "online furniture returns"]  # fmt: skip
_PLACES = ["the UK", "Ireland", "Great Britain", "the Republic of Ireland", "Northern Ireland", "Scotland", "Europe"]
_UNIVERSITIES = ["University of Stirling (Institute for Retail Studies)", "Manchester Metropolitan University",
                 "University of Surrey", "Loughborough University", "Technological University Dublin", "Ulster University"]  # fmt: skip
_CONFERENCES = ["Academy of Marketing Conference", "EAERCD Conference (European Association for Education and Research in Commercial Distribution)",
                "Colloquium on European Research in Retailing (CERR)"]  # fmt: skip
# (name, tags, domain) of the bodies, trade bodies, charities and firms candidates cite as authors.
_PUBLIC = [("Office for National Statistics", {"government"}, "ons.gov.uk"), ("ONS", {"government", "acronym"}, "ons.gov.uk"),
           ("Competition and Markets Authority", {"government"}, "gov.uk"), ("Advertising Standards Authority", {"government"}, "asa.org.uk"),
           ("Office for Product Safety and Standards", {"government"}, "gov.uk"), ("Trading Standards", {"government"}, "tradingstandards.uk"),
           ("Department for Business and Trade", {"government"}, "gov.uk"), ("Central Statistics Office", {"government"}, "cso.ie"),
           ("CSO", {"government", "acronym"}, "cso.ie"),
           ("Competition and Consumer Protection Commission", {"government"}, "ccpc.ie")]  # fmt: skip
_TRADE = [("British Retail Consortium", {"trade-body"}, "brc.org.uk"), ("BRC", {"trade-body", "acronym"}, "brc.org.uk"),
          ("British Independent Retailers Association", {"trade-body"}, "bira.co.uk"),
          ("Builders Merchants Federation", {"trade-body"}, "bmf.org.uk"), ("Horticultural Trades Association", {"trade-body"}, "hta.org.uk"),
          ("Furniture Industry Research Association (FIRA)", {"trade-body", "abbreviation"}, "fira.co.uk"),
          ("British Furniture Confederation", {"trade-body"}, "britishfurnitureconfederation.org.uk"),
          ("Royal Horticultural Society", {"charity"}, "rhs.org.uk"), ("Retail Excellence Ireland", {"trade-body"}, "retailexcellence.ie"),
          ("Kitchen Bathroom Bedroom Specialists Association (KBSA)", {"trade-body", "abbreviation"}, "kbsa.org.uk")]  # fmt: skip
_COMPANIES = [("Kingfisher plc", {"company"}, "kingfisher.com"), ("B&Q", {"company", "ampersand"}, "diy.com"),
              ("Travis Perkins plc", {"company"}, "travisperkinsplc.co.uk"), ("Wickes Group plc", {"company"}, "wickesplc.co.uk"),
              ("Dunelm Group plc", {"company"}, "corporate.dunelm.com"), ("DFS Furniture plc", {"company"}, "dfscorporate.co.uk"),
              ("Ingka Group", {"company"}, "ingka.com"), ("IKEA UK", {"company"}, "ikea.com/gb"), ("Wayfair Inc.", {"company"}, "investor.wayfair.com"),
              ("Hilco", {"company"}, "hilcoglobal.eu"), ("Dobbies Garden Centres Ltd", {"company"}, "dobbies.com"),
              ("AkzoNobel N.V.", {"company"}, "akzonobel.com"), ("Grafton Group plc", {"company"}, "graftonplc.com"),
              ("Made.com Group plc", {"company"}, "made.com"), ("Farrow & Ball", {"company", "ampersand"}, "farrow-ball.com"),
              ("Woodie's", {"company", "apostrophe"}, "woodies.ie"), ("Sainsbury's Argos", {"company", "apostrophe"}, "argos.co.uk")]  # fmt: skip
_RESEARCH = ["GlobalData", "Mintel", "Kantar", "Statista", "GfK", "Barclaycard Payments", "Which?"]
_RESEARCH_TITLES = ["UK DIY retailing {Y}", "Home and garden retail in Ireland {Y}", "Furniture retailing - UK - {Y}",
                    "Garden products retailing - UK - {Y}", "Consumer spending on homewares, {Y}",
                    "Kitchens and bathrooms - UK - {Y}", "Best and worst DIY stores {Y}", "The UK paint market {Y}"]  # fmt: skip
_PRESS = ["Retail Week", "Drapers", "The Grocer", "DIY Week", "Garden Centre Retail", "Cabinet Maker", "Financial Times",
          "The Guardian", "The Irish Times", "BBC News"]  # fmt: skip
_HEADLINES = ["{c} to close {k} stores as sales slide", "{c} bets on trade customers to lift sales",
              "Why {c}'s click and collect is winning", "{c} profits fall as shoppers delay big-ticket buys",
              "Garden centres enjoy record Easter as sun shines", "Interest-free credit props up sofa sales",
              "DIY boom fades as home improvers cut back", "{c} appoints new chief customer officer",
              "Peat ban: what it means for garden retailers", "{c} launches rental furniture trial"]  # fmt: skip
_CHAINS = ["B&Q", "Screwfix", "Wickes", "Homebase", "Dunelm", "DFS", "ScS", "Furniture Village", "Oak Furnitureland",
           "Dobbies", "Woodie's", "IKEA", "Wayfair", "Made.com", "Blue Diamond", "Harvey Norman"]  # fmt: skip


class Blind243WorkFactory(WorkFactory):
    """Works that DIY, furniture, homewares and garden marketers cite, from one seeded random source."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 43 + 243)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.dated: list[tuple[str, set[str], str, list[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        if self.rng.random() < 0.45:
            family, given, particle = self.rng.choice(_NAMES)
            name = {"family": family, "given": given}
            if particle:
                name["non-dropping-particle"] = particle
            return name
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():
            return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        if self.rng.random() < 0.06:
            family = f"{family}-{self.fakers['en_GB'].last_name()}"
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 28, 16, 9, 5, 4, 2, 2][:most])[0]
        return [self.person() for _ in range(count)]

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1978, 2002)  # the classics: Kotler, Levitt, Bitner
        return self.rng.randint(2010, 2025)

    def _accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        first = max((year or 2022) + 1, 2023)
        return {
            "date-parts": [
                [self.rng.randint(first, max(first, 2026)), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            ]
        }

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]} in {self.rng.choice(_PLACES)}",
                 f"Understanding {topic}: evidence from {self.rng.choice(_PLACES)}", f"{topic[0].upper()}{topic[1:]} and {other}",
                 f"Rethinking {topic}", f"Shoppers, stores and screens: {topic} revisited",
                 f"The effect of {topic} on {other}", f"{topic[0].upper()}{topic[1:]}: a qualitative study"]  # fmt: skip
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "thesis", "conference", "public", "trade", "company", "research", "news",
             "social", "video", "podcast", "undated"],
            weights=[11, 5, 22, 3, 3, 9, 8, 11, 9, 10, 3, 2, 2, 3],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind)()

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self.rng.choice(["Retail marketing management", "Retailing: an introduction",
                                                      "Omnichannel retail", "Principles of marketing", "Retail management",
                                                      "Strategic retail management", "Marketing in the home and garden sector",
                                                      "The retail value chain", "Customer experience management", self._title()]),
            "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Sage", "Kogan Page", "Pearson", "Oxford University Press"]),
            "publisher-place": self.rng.choice(["Abingdon", "London", "Harlow", "Oxford", "Los Angeles"]),
        }  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["Retailing in the 21st century", "The Routledge companion to retail",
                                                "Contemporary issues in retail marketing", "Consumption and the home"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "Sage", "Oxford University Press"]),
            "publisher-place": self.rng.choice(["Abingdon", "London", "Oxford"]), "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 1200)
        year = self.year()
        journal, prefix = self.rng.choice(_JOURNALS)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": journal, "issued": {"date-parts": [[year]]},
            "volume": str(self.rng.randint(8, 82)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{start}-{start + self.rng.randint(9, 24)}",
        }  # fmt: skip
        if self.rng.random() < 0.65:
            record["DOI"] = f"{prefix}{year}.{self.rng.randint(100, 99999)}"
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": self._people(1),
            "genre": self.rng.choice(["PhD thesis", "DBA thesis", "MPhil thesis"]), "publisher": self.rng.choice(_UNIVERSITIES),
            "issued": {"date-parts": [[self.year()]]},
        }  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": f"{self.rng.choice(_CONFERENCES)}", "event-place": self.rng.choice(["Stirling", "Dublin", "Manchester", "Guildford", "Belfast", "Lund"]),
            "issued": {"date-parts": [[year]]},
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _org(self, table: list[tuple[str, set[str], str]], kind: str, types: list[str], titles: list[str]) -> Work:
        name, tags, domain = self.rng.choice(table)
        year = self.year() if self.rng.random() < 0.85 else None
        # now and then the same body in the same year as an earlier work ("BRC, 2024a" and "2024b")
        if year and self.dated and self.rng.random() < 0.15:
            name, tags, domain, titles, issued = self.rng.choice(self.dated)
            year = issued["date-parts"][0][0]
        record: dict[str, Any] = {"type": self.rng.choice(types), "title": self.rng.choice(titles),
                                  "URL": f"https://www.{domain}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
            self.dated.append((name, tags, domain, titles, record["issued"]))
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = (
                "Dublin"
                if domain.endswith(".ie")
                else self.rng.choice(["London", "London", "Newport", "Reading", "Edinburgh"])
            )
        record["accessed"] = self._accessed_after(year)
        return self._org_work(record, "report" if record["type"] == "report" else kind, name, tags)

    def _public(self) -> Work:
        return self._org(_PUBLIC, "web", ["report", "webpage"],
                         ["Annual report", "Consumer protection: annual review", "Home improvement and garden retail: statistical bulletin",
                          "Guidance for businesses on pricing and promotions", "Consumer attitudes to interest-free credit",
                          "Furniture and homewares: research findings", "Green claims and the home: what businesses need to know"])  # fmt: skip

    def _trade(self) -> Work:
        return self._org(_TRADE, "web", ["report", "webpage"],
                         ["Annual review", "Industry report", "Market update: the home and garden", "Consumer insight report",
                          "Sustainability report", "Members' survey: trading conditions", "Policy briefing: business rates"])  # fmt: skip

    def _company(self) -> Work:
        return self._org(_COMPANIES, "web", ["report", "webpage", "webpage"],
                         ["Annual report and accounts", "Capital markets day presentation", "Investor presentation: interim results",
                          "Our brands", "Sustainability report", "Preliminary results", "About us", "Responsible business report",
                          "Half year results presentation", "Press release: trading update"])  # fmt: skip

    def _research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.92 else None
        title = self.rng.choice(_RESEARCH_TITLES).replace("{Y}", str(year or 2024))
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name,
                                  "URL": f"https://www.{name.lower().strip('?').replace(' ', '')}.com/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after(year)
        return self._org_work(record, "report", name, {"market-research"} | ({"punctuation"} if "?" in name else set()))

    def _news(self) -> Work:
        year = self.year()
        chain = self.rng.choice(_CHAINS)
        title = self.rng.choice(_HEADLINES).replace("{c}", chain).replace("{k}", str(self.rng.randint(3, 40)))
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": title, "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.{paper.lower().replace('the ', '').replace(' ', '')}.co.uk/{self.fakers['en_GB'].slug()}",
            "accessed": self._accessed_after(year),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _social(self) -> Work:
        name, handle = self.rng.choice([("B&Q", "@BandQ"), ("Dunelm", "@DunelmUK"), ("Screwfix", "@screwfix"),
                                        ("Homebase", "@HomebaseUK"), ("Dobbies", "@DobbiesGardens"),
                                        ("Woodie's", "@WoodiesIreland"), ("Farrow & Ball", "@farrowandball")])  # fmt: skip
        year = self.rng.randint(2019, 2025)
        platform = self.rng.choice(["Instagram", "X", "TikTok", "Facebook", "LinkedIn"])
        site = {
            "Instagram": "instagram.com/{h}/p/",
            "X": "x.com/{h}/status/",
            "TikTok": "tiktok.com/@{h}/video/",
            "Facebook": "facebook.com/{h}/posts/",
            "LinkedIn": "linkedin.com/company/{h}/posts/",
        }[platform].replace("{h}", handle.strip("@").lower())
        record: dict[str, Any] = {
            "type": "post", "title": self.rng.choice(["Spring is here: garden furniture now in store",
                                                       "Our Black Friday deals start now", "Meet our new paint range",
                                                       "Click and collect in as little as an hour"]),
            "container-title": platform,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.{site}{self.rng.randint(10**9, 10**10)}",
            "accessed": self._accessed_after(year),
        }  # fmt: skip
        return self._org_work(record, "social", name, {"company", "social"})

    def _video(self) -> Work:
        year = self.rng.randint(2014, 2025)
        record: dict[str, Any] = {
            "type": "motion_picture", "title": self.rng.choice(["How to paint a room like a pro", "Inside the IKEA supply chain",
                                                                "Building a raised bed in a weekend", "The rise and fall of Made.com"]),
            "medium": "YouTube video", "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.youtube.com/watch?v={self.fakers['en_GB'].lexify('???????????')}", "accessed": self._accessed_after(year),
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["author"] = self._people(1)
            return self._person_work(record, "video")
        name, tags, _domain = self.rng.choice(_COMPANIES + _TRADE[-4:-2])
        return self._org_work(record, "video", name, tags | {"video"})

    def _podcast(self) -> Work:
        year = self.rng.randint(2018, 2025)
        record: dict[str, Any] = {
            "type": "broadcast", "title": self.rng.choice(["The future of the high street", "Retail reinvented: homewares",
                                                           "Garden centres after lockdown", "Trade counters and the pro customer"]),
            "container-title": self.rng.choice(["Retail Week Podcast", "The Grocer Podcast", "RHS Gardening Podcast", "FT Retail"]),
            "medium": "Podcast", "author": self._people(2),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://podcasts.apple.com/gb/podcast/{self.fakers['en_GB'].slug()}", "accessed": self._accessed_after(year),
        }  # fmt: skip
        return self._person_work(record, "podcast")

    def _undated(self) -> Work:
        name, tags, domain = self.rng.choice(_COMPANIES + _TRADE)
        record: dict[str, Any] = {
            "type": "webpage", "title": self.rng.choice(["Delivery information", "Our history", "Store finder", "Trade account benefits",
                                                         "Buying guide: sofas", "Paint calculator", "Our sustainability commitments"]),
            "URL": f"https://www.{domain}/{self.fakers['en_GB'].slug()}", "accessed": self._accessed_after(None),
        }  # fmt: skip
        if self.rng.random() < 0.25:
            record["author"] = self._people(1)
            return self._person_work(record, "web")
        return self._org_work(record, "web", name, tags | {"undated"})
