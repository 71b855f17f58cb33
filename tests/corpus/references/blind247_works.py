"""Works for the blind247 pool: what marketers at UK and Irish high-street banks, building societies, credit unions,
consumer lenders, card and payments firms and challenger banks cite in CIM Level 6 and 7 reports and MBA assignments.

Written without reading the checker, its tests or any other pool. Textbooks and chapters, bank-marketing, finance and
consumer journals with one to eight authors and DOIs, theses, conference papers, regulators and public bodies (some
with two works in one year), trade bodies and charities, banks' own pages, annual reports and investor decks, market
research with years, signed and unsigned news, social posts, videos, podcasts and undated pages. Names are written as
their owners print them: British double-barrelled names, Irish names with Ó, Ní, Nic and Mac, South Asian, Chinese,
Nigerian and Lithuanian names.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IE", "en_IE", "en_IN"]

# (family, given) as the authors print them on their papers.
_NAMES = [
    ("Ó Súilleabháin", "Aoife"), ("Ó Conchúir", "Cathal"), ("Ní Bhriain", "Siobhán"), ("Ní Mhurchú", "Órla"),
    ("Nic Giolla Phádraig", "Úna"), ("Mac Aodha", "Colm"), ("Mac Mathúna", "Seán"), ("MacCarthy", "Deirdre"),
    ("O'Sullivan", "Niamh"), ("McGuinness", "Ciarán"), ("Ó Ceallaigh", "Pádraig"), ("Ní Dhonnchadha", "Gráinne"),
    ("Hughes-Hallett", "Imogen"), ("Lloyd-Davies", "Rhys"), ("Pryce-Jones", "Harriet"), ("Fenwick-Clarke", "Oliver"),
    ("Wynne-Evans", "Gareth"), ("Ashby-Cole", "Philippa"), ("Bowen-Morgan", "Ffion"),
    ("Patel", "Nikhil"), ("Chakrabarti", "Anindita"), ("Shah", "Reema"), ("Bhattacharyya", "Sourav"),
    ("Rahman", "Tahmina"), ("Hussain", "Imran"), ("Iqbal", "Sana"), ("Sivaramakrishnan", "Lakshmi"),
    ("Gupta", "Ankur"), ("Krishnamurthy", "Deepa"), ("Mehta", "Kunal"),
    ("Zhou", "Ying"), ("Xu", "Jiayi"), ("Wang", "Hao"), ("Li", "Xiaoyan"), ("Chen", "Zhiwei"), ("Ng", "Wai Keung"),
    ("Cheung", "Ka Yan"), ("Huang", "Mingyu"),
    ("Adebayo", "Oluwaseun"), ("Okafor", "Chinedu"), ("Oyelaran-Oyeyinka", "Banji"), ("Nwankwo", "Adaeze"),
    ("Ogunleye", "Folasade"), ("Eze", "Ikenna"), ("Olatunji", "Temitope"), ("Adeyemi-Bello", "Tokunbo"),
    ("Kazlauskas", "Tomas"), ("Jankauskienė", "Rūta"), ("Petrauskas", "Mindaugas"), ("Žukauskas", "Darius"),
    ("Vaitkevičiūtė", "Ieva"), ("Šimkus", "Andrius"), ("Butkutė", "Gintarė"),
]  # fmt: skip
_PARTICLE_NAMES = [("de", "Haan", "Maarten"), ("van der", "Linde", "Sanne"), ("di", "Maio", "Lucia"),
                   ("van", "Rooij", "Joost"), ("de", "Búrca", "Éamonn")]  # fmt: skip

# Regulators and public bodies (tags say what makes each hard).
_PUBLIC = [
    ("Financial Conduct Authority", {"government"}), ("Financial Conduct Authority (FCA)", {"government", "abbreviation"}),
    ("FCA", {"government", "acronym"}), ("Prudential Regulation Authority", {"government"}),
    ("Bank of England", {"government"}), ("Payment Systems Regulator", {"government"}),
    ("Payment Systems Regulator (PSR)", {"government", "abbreviation"}), ("Financial Ombudsman Service", {"government"}),
    ("Competition and Markets Authority", {"government"}), ("Competition and Markets Authority (CMA)", {"government", "abbreviation"}),
    ("HM Treasury", {"government"}), ("Central Bank of Ireland", {"government"}),
    ("Competition and Consumer Protection Commission", {"government"}), ("Office for National Statistics", {"government"}),
    ("ONS", {"government", "acronym"}), ("Money and Pensions Service", {"government"}),
    ("Money & Pensions Service", {"government", "ampersand"}),
]  # fmt: skip
_TRADE = [
    ("UK Finance", {"trade-body"}), ("Building Societies Association", {"trade-body"}),
    ("Building Societies Association (BSA)", {"trade-body", "abbreviation"}),
    ("Association of British Credit Unions Ltd (ABCUL)", {"trade-body", "abbreviation"}),
    ("Irish League of Credit Unions", {"trade-body"}), ("Banking & Payments Federation Ireland", {"trade-body", "ampersand"}),
    ("Banking & Payments Federation Ireland (BPFI)", {"trade-body", "ampersand", "abbreviation"}),
    ("Innovate Finance", {"trade-body"}), ("StepChange", {"charity"}), ("StepChange Debt Charity", {"charity"}),
    ("Citizens Advice", {"charity"}), ("Which?", {"charity", "punctuation"}), ("The Money Charity", {"charity"}),
    ("Pay.UK", {"trade-body", "punctuation"}), ("Credit Union Development Association", {"trade-body"}),
]  # fmt: skip
_COMPANIES = [
    ("Barclays PLC", "https://home.barclays"), ("Barclays", "https://www.barclays.co.uk"),
    ("Lloyds Banking Group plc", "https://www.lloydsbankinggroup.com"), ("Lloyds Bank", "https://www.lloydsbank.com"),
    ("NatWest Group plc", "https://www.natwestgroup.com"), ("NatWest", "https://www.natwest.com"),
    ("Santander UK plc", "https://www.santander.co.uk"), ("HSBC UK Bank plc", "https://www.hsbc.co.uk"),
    ("Nationwide Building Society", "https://www.nationwide.co.uk"), ("Monzo Bank Ltd", "https://monzo.com"),
    ("Monzo", "https://monzo.com"), ("Starling Bank Ltd", "https://www.starlingbank.com"),
    ("Revolut Ltd", "https://www.revolut.com"), ("AIB Group plc", "https://aib.ie"),
    ("Bank of Ireland Group plc", "https://investor.bankofireland.com"), ("PTSB Group Holdings plc", "https://www.ptsb.ie"),
    ("Zopa Bank Ltd", "https://www.zopa.com"), ("Klarna Bank AB", "https://www.klarna.com"),
    ("Coventry Building Society", "https://www.coventrybuildingsociety.co.uk"),
    ("Yorkshire Building Society", "https://www.ybs.co.uk"), ("Chase UK", "https://www.chase.co.uk"),
    ("Capital One UK", "https://www.capitalone.co.uk"), ("Visa", "https://www.visa.co.uk"),
    ("Mastercard", "https://www.mastercard.co.uk"), ("Marks & Spencer Bank", "https://bank.marksandspencer.com"),
]  # fmt: skip
# The first year a firm could have published anything as a bank under that name.
_FIRST_YEAR = {"Monzo": 2017, "Starling": 2017, "Revolut": 2018, "Zopa": 2020, "Chase": 2021, "Klarna": 2018,
               "PTSB": 2016, "AIB": 2017}  # fmt: skip
_RESEARCH = [("Ipsos", "ipsos.com"), ("YouGov", "yougov.co.uk"), ("Mintel", "mintel.com"), ("Kantar", "kantar.com"),
             ("Statista", "statista.com"), ("CACI", "caci.co.uk"), ("Finder", "finder.com"),
             ("Moneyfacts", "moneyfactsgroup.co.uk"), ("J.D. Power", "jdpower.com"), ("Moneyfacts Group plc", "moneyfactsgroup.co.uk")]  # fmt: skip
_PRESS = [("Finextra", "finextra.com"), ("AltFi", "altfi.com"), ("FT Adviser", "ftadviser.com"),
          ("Money Marketing", "moneymarketing.co.uk"), ("This is Money", "thisismoney.co.uk"),
          ("Financial Times", "ft.com"), ("The Times", "thetimes.co.uk"), ("The Irish Times", "irishtimes.com"),
          ("The Guardian", "theguardian.com"), ("BBC News", "bbc.co.uk"), ("Marketing Week", "marketingweek.com"),
          ("Campaign", "campaignlive.co.uk")]  # fmt: skip
_JOURNALS = [("International Journal of Bank Marketing", "10.1108/IJBM"), ("Journal of Financial Services Marketing", "10.1057/s41264"),
             ("Journal of Banking & Finance", "10.1016/j.jbankfin"), ("Journal of Consumer Affairs", "10.1111/joca"),
             ("Journal of Retailing", "10.1016/j.jretai"), ("Journal of Marketing Management", "10.1080/0267257X"),
             ("Journal of Services Marketing", "10.1108/JSM"), ("Journal of Retailing and Consumer Services", "10.1016/j.jretconser"),
             ("Irish Journal of Management", "10.2478/ijm"), ("Journal of Financial Regulation and Compliance", "10.1108/JFRC")]  # fmt: skip
_UNIVERSITIES = ["University of Leeds", "University of Edinburgh", "Bangor University", "University of Nottingham",
                 "University College Dublin", "Maynooth University"]  # fmt: skip
_CONFERENCES = [("Academy of Marketing Conference", ["Cardiff", "Huddersfield", "Birmingham", "London", "Cambridge"]),
                ("European Financial Management Association Annual Meeting", ["Dublin", "Milan", "Lisbon", "Aarhus"]),
                ("Money Macro and Finance Society Annual Conference", ["Cardiff", "Sheffield", "Canterbury", "Durham"])]  # fmt: skip
_TOPICS = ["open banking", "mobile banking apps", "branch closures", "financial inclusion", "trust in banks",
           "current account switching", "buy now, pay later", "credit union membership", "challenger banks",
           "customer vulnerability", "authorised push payment fraud", "access to cash", "financial wellbeing",
           "relationship marketing", "service quality in retail banking", "digital-only banks", "brand heritage",
           "ethical banking", "savings behaviour", "mortgage marketing", "contactless payments", "Gen Z and money",
           "the cost of living and credit", "Consumer Duty outcomes", "mutuality", "financial literacy",
           "customer complaints", "bank advertising", "overdraft pricing", "fintech partnerships"]  # fmt: skip
_BOOKS = ["Bank marketing: a relationship approach", "Financial services marketing: an international guide to principles and practice",
          "Marketing financial services", "Retail banking: business transformation and competitive strategies for the future",
          "The customer-centric bank", "Digital bank: strategies to launch or become a digital bank",
          "Services marketing: integrating customer service across the firm", "Marketing management",
          "Principles of marketing", "Strategic brand management", "Consumer behaviour", "Digital marketing",
          "The fintech book", "Mutuality and the building society movement", "Payments systems in the UK"]  # fmt: skip


class Blind247WorkFactory(WorkFactory):
    """The blind247 pool's works. A subclass of WorkFactory with its own random source, so no other pool changes."""

    KINDS = (
        "book",
        "chapter",
        "journal",
        "thesis",
        "conference",
        "report",
        "web",
        "news",
        "social",
        "video",
        "podcast",
    )

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 24747)
        self.pfakers: dict[str, Faker] = {}
        for index, locale in enumerate(sorted(set(_LOCALES))):
            fake = Faker(locale)
            fake.seed_instance(seed * 307 + index)
            self.pfakers[locale] = fake
        self.dated_orgs: list[tuple[str, set[str], int]] = []

    # ------------------------------------------------------------------ people, organisations and dates
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.45:
            family, given = self.rng.choice(_NAMES)
            return {"family": family, "given": given}
        if roll < 0.5:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        fake = self.pfakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        if self.rng.random() < 0.08:
            family = f"{family}-{self.pfakers['en_GB'].last_name()}"
        return {"family": family, "given": given}

    def year(self) -> int:
        if self.rng.random() < 0.06:  # the classics still cited
            return self.rng.randint(1985, 2004)
        return self.rng.randint(2008, 2025)

    def accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        first = issued[0] if issued else 2022
        year = self.rng.randint(max(first, 2022), 2025)
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if issued and year == issued[0]:
            month = self.rng.randint(issued[1] if len(issued) > 1 else 1, 12)
            if len(issued) > 2 and month == issued[1]:
                day = self.rng.randint(issued[2], 28)
        return {"date-parts": [[year, month, day]]}

    def _slug(self) -> str:
        return self.pfakers["en_GB"].slug()

    def _topic_title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]} and {other} in UK retail banking",
                 f"Drivers of {topic}: evidence from the UK and Ireland",
                 f"{topic[0].upper()}{topic[1:]}: a study of {self.rng.choice(['millennials', 'Gen Z', 'older customers', 'SMEs', 'credit union members'])}",
                 f"How {topic} shapes {other}", f"Rethinking {topic} after the pandemic",
                 f"The effect of {topic} on customer loyalty", f"{topic[0].upper()}{topic[1:]} in an era of {other}",
                 f"Understanding {topic}: a mixed-methods study"]  # fmt: skip
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "thesis", "conference", "public", "trade", "company", "research", "news",
             "social", "video", "podcast", "undated"],
            weights=[11, 5, 20, 3, 3, 11, 8, 10, 8, 9, 3, 2, 2, 5],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind)()

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self.rng.choice(_BOOKS) if self.rng.random() < 0.6 else self._topic_title(),
            "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Sage", "Kogan Page", "Pearson", "Wiley", "Palgrave Macmillan"]),
            "publisher-place": self.rng.choice(["London", "Abingdon", "Harlow", "Chichester", "Cham", "Thousand Oaks"]),
        }  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._topic_title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["The Routledge companion to financial services marketing",
                                                "The Palgrave handbook of European banking",
                                                "Contemporary issues in banking", "The Oxford handbook of banking"]),
            "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Palgrave Macmillan", "Sage"]), "publisher-place": "London",
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        journal, prefix = self.rng.choice(_JOURNALS)
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._topic_title(), "author": self._people(8),
            "container-title": journal, "issued": {"date-parts": [[year]]},
            "volume": str(self.rng.randint(5, 45)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{(start := self.rng.randint(1, 1200))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        if self.rng.random() < 0.65:
            record["DOI"] = f"{prefix}-{self.rng.randint(1, 12):02d}-{year}-{self.rng.randint(1, 499):04d}"
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {
            "type": "thesis", "title": self._topic_title(), "author": [self.person()],
            "issued": {"date-parts": [[self.rng.randint(2010, 2024)]]},
            "genre": self.rng.choice(["PhD thesis", "DBA thesis", "MPhil thesis"]), "publisher": university,
        }  # fmt: skip
        if self.rng.random() < 0.4:
            record["URL"] = f"https://etheses.example.ac.uk/{self.rng.randint(1000, 39999)}"
            record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        name, places = self.rng.choice(_CONFERENCES)
        year = self.rng.randint(2012, 2025)
        place = self.rng.choice(places)
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._topic_title(), "author": self._people(4),
            "issued": {"date-parts": [[year]]}, "container-title": f"{name} {year}", "event-place": place,
            "publisher-place": place,
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # One body's two works of one year now and then ("Financial Conduct Authority, 2023a" and "2023b").
        if "issued" in record and self.dated_orgs and self.rng.random() < 0.12:
            name, tags, year = self.rng.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [[year]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after([year])
        if "issued" in record:
            self.dated_orgs.append((name, tags, record["issued"]["date-parts"][0][0]))
        return self._org_work(record, kind, name, tags)

    def _public(self) -> Work:
        name, tags = self.rng.choice(_PUBLIC)
        year = self.rng.randint(2012, 2025)
        short = {"Financial Conduct Authority": "fca.org.uk", "Bank of England": "bankofengland.co.uk",
                 "Central Bank of Ireland": "centralbank.ie", "Office for National Statistics": "ons.gov.uk",
                 "Competition and Consumer Protection Commission": "ccpc.ie"}.get(name.split(" (")[0], "gov.uk")  # fmt: skip
        titles = ["Financial Lives 2022: key findings from the FCA's Financial Lives May 2022 survey",
                  "Guidance for firms on the fair treatment of vulnerable customers", "Consumer Duty: findings from our review",
                  "Strategic review of retail banking business models", "Retail banking market investigation: final report",
                  "Authorised push payment fraud: reimbursement requirement", "Access to cash: policy statement",
                  "Mortgage lending statistics", "Annual complaints data and insight", "Household finances in the UK",
                  "Consumer Protection Outlook", "Trends in UK bank branch closures", self._topic_title()]  # fmt: skip
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "report", "webpage"]), "title": self.rng.choice(titles),
            "issued": {"date-parts": [[year]]}, "URL": f"https://www.{short}/publications/{self._slug()}",
        }  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        record["accessed"] = self.accessed_after([year])
        return self._org(record, "report" if record["type"] == "report" else "web", name, set(tags))

    def _trade(self) -> Work:
        name, tags = self.rng.choice(_TRADE)
        year = self.rng.randint(2012, 2025)
        titles = ["Annual fraud report", "Household finance review", "Cash and payments in the UK", "UK Payment Markets summary",
                  "Statistical release: credit union membership", "Personal debt statistics", "Switching current accounts: what we found",
                  "Building society sector statistics", "Credit union sector annual review", "Mortgage market forecasts",
                  "Statistics yearbook: personal debt", "The true cost of buy now, pay later", self._topic_title()]  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(titles),
                                  "issued": {"date-parts": [[year]]},
                                  "URL": f"https://www.{name.split()[0].lower().strip('?.')}.org.uk/{self._slug()}"}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        record["accessed"] = self.accessed_after([year])
        return self._org(record, "report" if record["type"] == "report" else "web", name, set(tags))

    def _company(self) -> Work:
        name, site = self.rng.choice(_COMPANIES)
        year = self.rng.randint(_FIRST_YEAR.get(name.split()[0], 2014), 2025)
        roll = self.rng.random()
        if roll < 0.45:
            record: dict[str, Any] = {
                "type": "report", "title": self.rng.choice([f"Annual report and accounts {year - 1}", f"Annual report {year - 1}",
                                                             f"Strategic report {year - 1}", f"Sustainability report {year - 1}",
                                                             f"{self.rng.choice(['Full year', 'Half year'])} {year - 1} results presentation",
                                                             "Investor day presentation"]),
                "issued": {"date-parts": [[year]]}, "publisher": name, "URL": f"{site}/investors/{self._slug()}.pdf",
            }  # fmt: skip
            kind = "report"
        else:
            record = {"type": "webpage", "title": self.rng.choice(["About us", "Our purpose", "Our history",
                                                                   "Switch your current account to us", "Helping customers with the cost of living",
                                                                   "How we protect you from fraud", "Our branches and community banking",
                                                                   "Press release: record customer growth", self._topic_title()]),
                      "URL": f"{site}/{self._slug()}"}  # fmt: skip
            if self.rng.random() < 0.75:
                record["issued"] = {"date-parts": [[year]]}
            kind = "web"
        record["accessed"] = self.accessed_after([year] if "issued" in record else None)
        return self._org(record, kind, name, {"company"} | ({"ampersand"} if "&" in name else set()))

    def _research(self) -> Work:
        name, site = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2015, 2025)
        titles = [f"Current accounts - UK - {self.rng.choice(['March', 'June', 'September', 'November'])} {year}",
                  f"Consumers and savings - UK - {year}", f"UK Retail Banking Satisfaction Study {year}",
                  f"Bank switching in the UK: statistics {year}", f"Most trusted banks in the UK {year}",
                  f"Number of Monzo customers in the UK from 2017 to {year}", f"Mobile banking penetration in the UK {year}",
                  f"Buy now, pay later statistics {year}", f"UK savings trends treasury reports, {year}",
                  f"Branch network analysis {year}", f"Financial Lives survey {year}: digital banking"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "issued": {"date-parts": [[year]]},
                                  "URL": f"https://www.{site}/{self._slug()}"}  # fmt: skip
        record["accessed"] = self.accessed_after([year])
        return self._org(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        paper, site = self.rng.choice(_PRESS)
        year = self.rng.randint(2014, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        titles = ["Banks close another 400 branches as customers go digital", "Monzo turns first annual profit",
                  "Nationwide to keep branches open until at least 2028", "Switching bonuses return as banks fight for customers",
                  "Regulator orders banks to pass on higher savings rates", "Chase UK passes two million customers",
                  "Revolut finally secures UK banking licence", "Bank of Ireland and AIB face questions over switching",
                  "Ulster Bank exit leaves 1.1 million customers looking for a new bank", "Why credit unions are winning younger members",
                  "Klarna faces tighter rules on buy now, pay later", self._topic_title()]  # fmt: skip
        record: dict[str, Any] = {"type": "article-newspaper", "title": self.rng.choice(titles), "container-title": paper,
                                  "issued": {"date-parts": [issued]}, "URL": f"https://www.{site}/{self._slug()}"}  # fmt: skip
        record["accessed"] = self.accessed_after(issued)
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org(record, "news", paper, {"press"})

    def _social(self) -> Work:
        year = self.rng.randint(2018, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        platform = self.rng.choice(["LinkedIn", "X", "Instagram", "TikTok", "Facebook"])
        record: dict[str, Any] = {"type": "post", "title": self.rng.choice(
            ["We've just welcomed our ten millionth customer", "Thank you to every member who voted at our AGM",
             "Scam alert: we will never ask you to move money to a safe account", "Our new Banking Hub is now open",
             "Proud to share our latest Which? Recommended Provider award", "What I learned from five years leading brand at a challenger bank"]),
            "container-title": platform, "issued": {"date-parts": [issued]},
            "URL": f"https://www.{platform.lower()}.com/{self._slug()}"}  # fmt: skip
        record["accessed"] = self.accessed_after(issued)
        if self.rng.random() < 0.5:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        name, _site = self.rng.choice(_COMPANIES)
        return self._org(record, "social", name, {"company"})

    def _video(self) -> Work:
        year = self.rng.randint(2015, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        name, _site = self.rng.choice([*_COMPANIES[:20], ("Bank of England", ""), ("Financial Conduct Authority", "")])
        record: dict[str, Any] = {"type": "motion_picture", "title": self.rng.choice(
            ["How open banking works", "Our new brand film", "Spot the scam", "Inside our customer service centre",
             "What is the Consumer Duty?", "Meet the team behind our app"]),
            "medium": "YouTube video", "issued": {"date-parts": [issued]}, "URL": f"https://www.youtube.com/watch?v={self.pfakers['en_GB'].lexify('???????????')}"}  # fmt: skip
        record["accessed"] = self.accessed_after(issued)
        return self._org(record, "video", name, {"company"})

    def _podcast(self) -> Work:
        year = self.rng.randint(2017, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "broadcast", "title": f"Episode {self.rng.randint(3, 240)}: {self._topic_title().lower()}",
                                  "container-title": self.rng.choice(["The Fintech Times podcast", "Bank Underground", "Money Box",
                                                                      "11:FS Fintech Insider", "The Marketing Society podcast"]),
                                  "medium": "Podcast", "author": self._people(2), "issued": {"date-parts": [issued]},
                                  "URL": f"https://podcasts.example.com/{self._slug()}"}  # fmt: skip
        record["accessed"] = self.accessed_after(issued)
        return self._person_work(record, "podcast")

    def _undated(self) -> Work:
        if self.rng.random() < 0.3:
            record: dict[str, Any] = {"type": "webpage", "title": self._topic_title(), "author": self._people(2),
                                      "URL": f"https://www.{self.pfakers['en_GB'].domain_name()}/{self._slug()}"}  # fmt: skip
            record["accessed"] = self.accessed_after(None)
            return self._person_work(record, "web")
        name, tags = self.rng.choice(_TRADE + _PUBLIC + [(n, {"company"}) for n, _s in _COMPANIES])
        record = {"type": "webpage", "title": self.rng.choice(["About us", "Our history", "Who we are", "Find a credit union",
                                                               "Help with debt", "Current account switching guarantee",
                                                               "Complaints data", "Our members"]),
                  "URL": f"https://www.example.org.uk/{self._slug()}"}  # fmt: skip
        record["accessed"] = self.accessed_after(None)
        return self._org(record, "web", name, set(tags) | {"undated"})
