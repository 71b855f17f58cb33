"""blind260's works: what marketers at home-services marketplaces, trade merchants, plumbing, heating and electrical
firms, locksmiths, pest control, removals and handyman franchises in the UK, Ireland and Canada cite in CIM Level 6
and 7 reports and MBA assignments: textbooks and chapters, services, small-business, retail and construction
journals, theses, conference papers, regulators and statistics offices, trade bodies and charities, companies'
pages, annual reports and investor decks, market research, the trade and national press, social posts, videos,
podcasts and undated pages. Names as their owners print them: British double-barrelled, Irish (Ó, Ní, Mac), Welsh,
French Canadian, South Asian, Polish, Romanian, Nigerian and Chinese."""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "thesis", "conference", "government", "body", "company-report", "company-web",
         "market-research", "news", "social", "video", "podcast", "web")  # fmt: skip

_PEOPLE = [
    ("Harrington-Wells", "Sophie"), ("Lloyd-Jones", "Gareth"), ("Fforde-Mitchell", "Alice"), ("Pritchard", "Rhys"),
    ("Ó Súilleabháin", "Cian"), ("Ní Bhriain", "Aoife"), ("Mac Giolla Phádraig", "Seán"), ("Ó Conchúir", "Niamh"),
    ("MacCarthy", "Orla"), ("O'Driscoll", "Ciarán"), ("Ní Mhurchú", "Róisín"), ("Llywelyn", "Dafydd"),
    ("ap Gwilym", "Siân"), ("Evans", "Bethan"), ("Tremblay", "Étienne"), ("Gagnon", "Marie-Ève"), ("Bélanger", "François"),
    ("Lévesque", "Geneviève"), ("Côté", "Mathieu"), ("Patel", "Priya"), ("Chaudhry", "Imran"), ("Banerjee", "Ananya"),
    ("Sandhu", "Harpreet"), ("Gupta", "Rohan"), ("Kowalski", "Tomasz"), ("Wiśniewska", "Agnieszka"),
    ("Zieliński", "Paweł"), ("Popescu", "Andrei"), ("Ionescu", "Ioana"), ("Dumitrescu", "Mihai"), ("Okafor", "Chinedu"),
    ("Adeyemi", "Funmilayo"), ("Eze", "Ngozi"), ("Balogun", "Tunde"), ("Wang", "Lijun"), ("Zhang", "Wei"), ("Chen", "Xiaoyu"),
    ("Liu", "Jing"), ("Whitfield", "James"), ("Ashworth", "Claire"), ("Carrington", "Tom"), ("Fletcher", "Hannah"),
    ("Greenwood", "Mark"), ("Sutcliffe", "Emma"), ("Brennan", "Declan"), ("Kavanagh", "Sinéad"), ("Fitzgerald", "Conor"),
    ("McKenzie", "Fraser"), ("Robertson", "Isla"), ("Thompson", "Olivia"), ("Nguyen", "Linh"), ("Singh", "Gurpreet"),
    ("Morgan", "Ffion"), ("Hughes", "Owain"), ("Bouchard", "Nathalie"), ("Roy", "Sébastien"), ("Nowak", "Katarzyna"),
]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Sage", "London"), ("Kogan Page", "London"), ("Pearson", "Harlow"),
               ("Wiley", "Chichester"), ("Butterworth-Heinemann", "Oxford"), ("Goodfellow Publishers", "Oxford")]  # fmt: skip
_JOURNALS = ["Journal of Services Marketing", "Journal of Service Research", "Journal of Small Business Management",
             "International Small Business Journal", "Journal of Retailing and Consumer Services",
             "Journal of Marketing Management", "Construction Management and Economics",
             "Industrial Marketing Management", "Journal of Business Research"]  # fmt: skip
_TOPICS = ["online reviews", "trust in tradespeople", "platform-mediated trades work", "franchise marketing",
           "local search", "B2B merchant loyalty", "service recovery", "word of mouth", "small-firm branding",
           "home-services marketplaces", "trade credit", "customer referrals", "emergency call-outs",
           "heat-pump adoption", "price transparency", "service quality", "reputation systems", "installer networks",
           "subscription home cover", "lead generation"]  # fmt: skip
_THESES = [("Aston University", "Birmingham"), ("University of Reading (Henley Business School)", "Henley-on-Thames"),
           ("Loughborough University", "Loughborough"), ("Sheffield Hallam University", "Sheffield"),
           ("Dublin City University", "Dublin"), ("Toronto Metropolitan University", "Toronto"),
           ("University of Waterloo", "Waterloo, ON")]  # fmt: skip
_CONFERENCES = ["Institute for Small Business and Entrepreneurship (ISBE) Conference",
                "Academy of Marketing Conference", "Frontiers in Service Conference", "ARCOM Annual Conference"]  # fmt: skip
_GOVERNMENT = [("Office for National Statistics", "ons.gov.uk"), ("Department for Energy Security and Net Zero", "gov.uk"),
               ("Ofgem", "ofgem.gov.uk"), ("Competition and Markets Authority", "gov.uk"),
               ("Advertising Standards Authority", "asa.org.uk"), ("Trading Standards", "tradingstandards.uk"),
               ("Health and Safety Executive", "hse.gov.uk"), ("Gas Safe Register", "gassaferegister.co.uk"),
               ("Financial Conduct Authority", "fca.org.uk"), ("Central Statistics Office", "cso.ie"),
               ("Competition Bureau Canada", "competition-bureau.canada.ca"), ("Statistics Canada", "statcan.gc.ca")]  # fmt: skip
_BODIES = [("Federation of Master Builders", "fmb.org.uk"), ("Chartered Institute of Plumbing and Heating Engineering", "ciphe.org.uk"),
           ("Master Locksmiths Association", "locksmiths.co.uk"), ("British Pest Control Association", "bpca.org.uk"),
           ("British Association of Removers", "bar.co.uk"), ("National Federation of Roofing Contractors", "nfrc.co.uk"),
           ("NICEIC", "niceic.com"), ("NAPIT", "napit.org.uk"), ("Heating and Hotwater Industry Council", "hhic.org.uk"),
           ("British Franchise Association", "thebfa.org"), ("Citizens Advice", "citizensadvice.org.uk"),
           ("Which? Trusted Traders", "trustedtraders.which.co.uk"), ("Builders Merchants Federation", "bmf.org.uk")]  # fmt: skip
_COMPANIES = [("Checkatrade Ltd", "checkatrade.com"), ("Travis Perkins plc", "travisperkinsplc.co.uk"),
              ("Kingfisher plc", "kingfisher.com"), ("Wolseley UK Ltd", "wolseley.co.uk"), ("HomeServe plc", "homeserve.com"),
              ("Rentokil Initial plc", "rentokil-initial.com"), ("Centrica plc", "centrica.com"),
              ("Timpson Group plc", "timpson-group.co.uk"), ("Pimlico Plumbers Ltd", "pimlicoplumbers.com"),
              ("Howdens Joinery Group plc", "howdenjoinerygroupplc.com"), ("Grafton Group plc", "graftonplc.com"),
              ("Ferguson Enterprises Inc.", "corporate.ferguson.com")]  # fmt: skip
_RESEARCH = [("Mintel", "Home improvement and trades services - UK"), ("YouGov", "How Britons choose a tradesperson"),
             ("Kantar", "Worldpanel: DIY and home improvement"), ("GfK", "Consumer climate: home spending"),
             ("Statista", "Number of plumbing businesses in the UK"), ("IBISWorld", "Plumbing, heating and air-conditioning installation in the UK"),
             ("Builders Merchants Building Index", "BMBI annual review"), ("Federation of Master Builders", "State of Trade Survey"),
             ("Checkatrade", "Trade Sentiment Survey"), ("Which?", "Trader survey: what homeowners want")]  # fmt: skip
_PRESS = [("Builders Merchants Journal", "bmjournal.co.uk"), ("Professional Builder", "professionalbuildermag.co.uk"),
          ("Installer", "installeronline.co.uk"), ("H&V News", "hvnplus.co.uk"), ("PHPI", "phpionline.co.uk"),
          ("Construction News", "constructionnews.co.uk"), ("The Grocer", "thegrocer.co.uk"),
          ("This is Money", "thisismoney.co.uk"), ("The Guardian", "theguardian.com"), ("The Irish Times", "irishtimes.com"),
          ("The Globe and Mail", "theglobeandmail.com"), ("BBC News", "bbc.co.uk")]  # fmt: skip
_CHANNELS = [("Checkatrade", "LinkedIn"), ("Screwfix", "TikTok"), ("Pimlico Plumbers", "Instagram"),
             ("Rated People", "YouTube"), ("HomeStars", "Facebook"), ("Toolstation", "X")]  # fmt: skip


class Blind260WorkFactory(WorkFactory):
    """blind260's works, drawn from their own random source so no other half changes."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 26000)

    def person(self) -> dict[str, str]:
        family, given = self.rng.choice(_PEOPLE)
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[38, 26, 14, 8, 5, 4, 3, 2][:most])[0]
        chosen = self.rng.sample(_PEOPLE, count)
        return [{"family": f, "given": g} for f, g in chosen]

    def _topic_title(self) -> str:
        topic, other = self.rng.sample(_TOPICS, 2)
        return self.rng.choice([
            f"{topic.capitalize()} and {other} in the UK trades", f"Rethinking {topic}: evidence from Irish tradespeople",
            f"How {topic} shapes {other}", f"{topic.capitalize()}: a study of Canadian home-services firms",
            f"The role of {topic} in small trade businesses", f"{topic.capitalize()} at the builders' merchant counter",
        ])  # fmt: skip

    def _web_date(self, record: dict[str, Any], undated: float = 0.15) -> None:
        year = self.rng.randint(2016, 2024)
        if self.rng.random() >= undated:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = {
            "date-parts": [[self.rng.randint(max(year, 2024), 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]
        }

    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(KINDS, weights=[12, 6, 20, 4, 4, 9, 8, 6, 6, 8, 8, 3, 3, 2, 4])[0]
        return getattr(self, "_w_" + kind.replace("-", "_"))()

    def _w_book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        title = self.rng.choice(["Services marketing: people, technology, strategy", "Marketing for small businesses",
                                 "B2B marketing: a guide to the essentials", "Local marketing in a digital age",
                                 "Franchising: principles and practice", "The CIM marketing planning handbook",
                                 self._topic_title()])  # fmt: skip
        if self.rng.random() < 0.12:
            record: dict[str, Any] = {"type": "book", "title": title, "issued": {"date-parts": [[self.rng.randint(2012, 2024)]]},
                                      "publisher": "The Chartered Institute of Marketing", "publisher-place": "Cookham"}  # fmt: skip
            work = self._org_work(record, "book", "The Chartered Institute of Marketing", {"organisation"})
            return work
        record = {"type": "book", "title": title, "author": self._people(4),
                  "issued": {"date-parts": [[self.rng.randint(1998, 2024)]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _w_chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS[:3])
        start = self.rng.randint(10, 300)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._topic_title(), "author": self._people(3),
            "editor": self._people(2), "container-title": self.rng.choice(
                ["The Routledge companion to services marketing", "Handbook of research on small business marketing",
                 "The Sage handbook of franchising", "Marketing in the construction industry"]),
            "issued": {"date-parts": [[self.rng.randint(2005, 2024)]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(12, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _w_journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._topic_title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.rng.randint(2000, 2025)]]},
            "volume": str(self.rng.randint(8, 62)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["DOI"] = (
                f"10.{self.rng.choice(['1108', '1177', '1080', '1016'])}/{self.rng.choice(['JSM', 'jsr', 'jsbm', 'isbj', 'jretconser', 'jmm', 'cme'])}.{record['issued']['date-parts'][0][0]}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _w_thesis(self) -> Work:
        university, place = self.rng.choice(_THESES)
        record: dict[str, Any] = {"type": "thesis", "title": self._topic_title(), "author": self._people(1),
                                  "genre": self.rng.choice(["PhD thesis", "DBA thesis", "MPhil thesis"]),
                                  "publisher": university, "publisher-place": place,
                                  "issued": {"date-parts": [[self.rng.randint(2008, 2024)]]}}  # fmt: skip
        return self._person_work(record, "thesis")

    def _w_conference(self) -> Work:
        name = self.rng.choice(_CONFERENCES)
        record: dict[str, Any] = {"type": "paper-conference", "title": self._topic_title(), "author": self._people(4),
                                  "container-title": f"Proceedings of the {name}", "publisher-place": self.rng.choice(
                                      ["Belfast", "Cardiff", "Dublin", "Glasgow", "Leeds", "Toronto"]),
                                  "issued": {"date-parts": [[self.rng.randint(2012, 2024)]]}}  # fmt: skip
        return self._person_work(record, "conference")

    def _w_government(self) -> Work:
        name, domain = self.rng.choice(_GOVERNMENT)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(
            ["Business population estimates", "Heat pump deployment statistics", "Home improvement market study",
             "Guidance on online reviews and endorsements", "Construction output in Great Britain",
             "Consumer protection review: home services", "Energy price cap explained", "Gas safety in the home"]),
            "URL": f"https://www.{domain}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        self._web_date(record, 0.1)
        if record["type"] == "report":
            record["publisher"] = name
        return self._org_work(record, "government", name, {"government"})

    def _w_body(self) -> Work:
        name, domain = self.rng.choice(_BODIES)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(
            ["Find a member", "Why use a registered tradesperson?", "Annual review", "Consumer guide to hiring a builder",
             "Skills and workforce report", "Franchise industry survey", "Code of practice"]),
            "URL": f"https://www.{domain}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        self._web_date(record, 0.25)
        return self._org_work(record, "body", name, {"organisation"})

    def _w_company_report(self) -> Work:
        name, domain = self.rng.choice(_COMPANIES)
        year = self.rng.randint(2018, 2024)
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(
            [f"Annual report and accounts {year}", f"Capital markets day {year}", f"Preliminary results {year}",
             f"Sustainability report {year}", f"Investor presentation: H1 {year}"]),
            "publisher": name, "publisher-place": "London", "issued": {"date-parts": [[year]]},
            "URL": f"https://www.{domain}/investors", "accessed": {"date-parts": [[self.rng.randint(max(year, 2024), 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}}  # fmt: skip
        return self._org_work(record, "company-report", name, {"company"})

    def _w_company_web(self) -> Work:
        name, domain = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(
            ["About us", "Our story", "Our brands", "Membership and vetting", "Careers", "Press centre"]),
            "URL": f"https://www.{domain}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        self._web_date(record, 0.4)
        return self._org_work(record, "company-web", name, {"company"})

    def _w_market_research(self) -> Work:
        name, title = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2019, 2024)
        record: dict[str, Any] = {"type": "report", "title": f"{title} {year}", "publisher": name,
                                  "issued": {"date-parts": [[year]]},
                                  "URL": f"https://www.{name.split()[0].lower().strip('?')}.com/{self.fakers['en_GB'].slug()}",
                                  "accessed": {"date-parts": [[self.rng.randint(max(year, 2024), 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}}  # fmt: skip
        return self._org_work(record, "market-research", name, {"market-research"})

    def _w_news(self) -> Work:
        paper, domain = self.rng.choice(_PRESS)
        title = self.rng.choice(["Merchants report a slow start to the year", "Heat pump grant take-up rises",
                                 "Trades platform raises its membership fees", "Locksmith scams on the rise, warns MLA",
                                 "Boiler engineers in short supply", "HomeServe brings US owner's playbook to UK",
                                 "Screwfix opens its 900th store", "Canadian renovation spending cools"])  # fmt: skip
        year = self.rng.randint(2018, 2024)
        record: dict[str, Any] = {"type": "article-newspaper", "title": title, "container-title": paper,
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": f"https://www.{domain}/{self.fakers['en_GB'].slug()}",
                                  "accessed": {"date-parts": [[2025, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}}  # fmt: skip
        if self.rng.random() < 0.6:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"organisation"})

    def _social_like(self, kind: str, medium: str) -> Work:
        brand, platform = self.rng.choice(_CHANNELS)
        if kind == "podcast":
            platform = "Spotify"
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(
            ["Meet the trades behind the brand", "Five signs your boiler needs a service", "Our new app is live",
             "Why vetting matters", "A day on the van"]) + f" [{medium}]", "container-title": platform,
            "URL": f"https://www.{platform.lower()}.com/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        self._web_date(record, 0.05)
        return self._org_work(record, kind, brand, {"company"})

    def _w_social(self) -> Work:
        return self._social_like("social", "Social media post")

    def _w_video(self) -> Work:
        return self._social_like("video", "Video")

    def _w_podcast(self) -> Work:
        return self._social_like("podcast", "Podcast")

    def _w_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._topic_title(), "author": self._people(2),
                                  "URL": f"https://www.{self.rng.choice(['tradeskills4u.co.uk', 'smallbusiness.co.uk', 'marketingweek.com', 'franchisedirect.ca'])}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        self._web_date(record, 0.3)
        return self._person_work(record, "web")
