"""The blind223 pool's works: what marketers in Malta, Gibraltar, Jersey and Guernsey (and their diaspora in London,
Melbourne and Toronto) cite in CIM Level 6 and 7 reports and MBA assignments.

Textbooks (Routledge, Pearson, Sage, Malta University Press), chapters, journal articles with one to eight authors
and DOIs (Island Studies Journal, Small States & Territories, Tourism Management...), theses from the University of
Malta, the University of Gibraltar, Exeter, Bournemouth and Surrey, Islands of the World and EMAC papers, regulators
and public bodies (two works of one body in a year now and then), laws as the government's legislation sites
publish them, company pages and annual reports, market research with years, the press signed and unsigned, social
posts, videos, podcasts and undated pages. Maltese names with ċ, ġ, ħ, ż and għ, Gibraltarian names of Genoese,
Spanish and British descent, and Jersey and Guernsey names with Le, de and du. Written without reading the checker.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

_MALTESE = [("Borg", "Joseph"), ("Camilleri", "Maria"), ("Farrugia", "Kurt"), ("Vella", "Ramona"), ("Grech", "Clyde"),
            ("Xuereb", "Nadine"), ("Żammit", "Ġorġ"), ("Ċassar", "Marija"), ("Għirlando", "Pawlu"), ("Micallef", "Rachel"),
            ("Spiteri", "Mark"), ("Abela", "Roberta"), ("Mifsud", "Ġużeppi"), ("Azzopardi", "Christine"),
            ("Buħagiar", "Ċensu"), ("Debono", "Luke"), ("Fenech", "Daniela"), ("Galea", "Stephanie"), ("Sammut", "Ivan"),
            ("Schembri", "Ġabriel"), ("Tabone", "Anthea"), ("Cutajar", "Jean Paul"), ("Attard", "Ċelia"),
            ("Mallia", "Karl"), ("Baldacchino", "Godwin"), ("Muscat", "Elaine"), ("Caruana Galizia", "Paul"),
            ("Ellul", "Sarah"), ("Pace", "Matthew"), ("Zahra", "Liam"), ("Ħili", "Therese")]  # fmt: skip
_GIBRALTARIAN = [("Caruana", "Daniel"), ("Picardo", "Lisa"), ("Bossano", "Joseph"), ("Montegriffo", "Peter"),
                 ("Baglietto", "Nadia"), ("Linares", "Ernest"), ("Sacramento", "Gemma"), ("Feetham", "Julian"),
                 ("Cortes", "Gilbert"), ("Danino", "Rebecca"), ("Risso", "Stephen"), ("Isola", "Albert"),
                 ("Netto", "Paul"), ("Vasquez", "Kaiane"), ("Hassan", "Moses"), ("Garcia", "Jonathan")]  # fmt: skip
_ISLANDERS = [("Le Sueur", "Tom"), ("Le Maistre", "Claire"), ("Le Cornu", "Philip"), ("Le Brocq", "Emma"),
              ("Le Marquand", "Jonathan"), ("Le Tissier", "Sophie"), ("Le Poidevin", "Richard"), ("Renouf", "Helen"),
              ("Bisson", "Oliver"), ("Falle", "Rachel"), ("Vibert", "James"), ("Mauger", "Lucy"), ("Ozanne", "Mark"),
              ("Brehaut", "Kate"), ("Tostevin", "Peter"), ("Mahy", "Jenny"), ("Ogier", "Charlotte"), ("Querée", "Paul")]  # fmt: skip
_PARTICLED = [("de", "Gruchy", "Anne"), ("de", "Carteret", "Simon"), ("de la", "Haye", "Nicola"), ("du", "Feu", "Andrew"),
              ("du", "Port", "Louise"), ("de", "Garis", "Hannah")]  # fmt: skip
_OTHERS = [("Smith", "Rebecca"), ("Jones", "David"), ("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Morgan", "Nigel"),
           ("Pritchard", "Annette"), ("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona"), ("Buhalis", "Dimitrios"),
           ("Nguyen", "Thi Lan"), ("Papadopoulos", "Nikos"), ("Karampela", "Maria"), ("Sharpley", "Richard"),
           ("Hall", "C. Michael"), ("O'Reilly", "Aoife"), ("Okafor", "Chidi"), ("Ridley", "Jasmine"), ("Chen", "Wei"),
           ("Russo", "Giulia"), ("Fernández", "Lucía"), ("Wright", "Oliver"), ("Patel", "Priya")]  # fmt: skip

# (name as the author is written, tags)
_BODIES = [("Malta Financial Services Authority", {"government"}), ("Malta Financial Services Authority (MFSA)", {"government", "abbreviation"}),
           ("Malta Gaming Authority", {"government"}), ("MGA", {"government", "acronym"}), ("Malta Tourism Authority", {"government"}),
           ("National Statistics Office Malta", {"government"}), ("NSO", {"government", "acronym"}), ("Central Bank of Malta", {"government"}),
           ("HM Government of Gibraltar", {"government"}), ("Gibraltar Financial Services Commission", {"government"}),
           ("Gibraltar Financial Services Commission (GFSC)", {"government", "abbreviation"}),
           ("Jersey Financial Services Commission", {"government"}), ("Statistics Jersey", {"government"}),
           ("States of Guernsey", {"government"}), ("Visit Jersey", {"government"}), ("Visit Guernsey", {"government"}),
           ("Malta Communications Authority", {"government"}), ("Malta Enterprise", {"government"}),
           ("Government of Jersey", {"government"}), ("Gibraltar Tourist Board", {"government"}),
           ("Malta Chamber of Commerce, Enterprise & Industry", {"trade-body", "ampersand", "comma"}),
           ("Jersey Finance", {"trade-body"}), ("Guernsey Finance", {"trade-body"}),
           ("Gibraltar Betting & Gaming Association", {"trade-body", "ampersand"}),
           ("Consumers' Association Malta", {"trade-body", "apostrophe"}), ("St Julian's Local Council", {"government", "apostrophe"}),
           ("Malta Hotels & Restaurants Association (MHRA)", {"trade-body", "ampersand", "abbreviation"}),
           ("Chartered Institute of Marketing", {"trade-body"}), ("European Commission", {"government"}),
           ("Information & Data Protection Commissioner", {"government", "ampersand"})]  # fmt: skip
_COMPANIES = [("Bank of Valletta p.l.c.", {"company", "abbreviation"}), ("HSBC Bank Malta p.l.c.", {"company", "abbreviation"}),
              ("GO p.l.c.", {"company", "abbreviation"}), ("Epic Communications", {"company"}), ("Air Malta", {"company"}),
              ("Farsons Group", {"company"}), ("Simonds Farsons Cisk plc", {"company"}), ("Gibtelecom", {"company"}),
              ("Jersey Electricity plc", {"company"}), ("Ravenscroft", {"company"}), ("Betsson Group", {"company"}),
              ("Kindred Group", {"company"}), ("JT Group", {"company", "acronym"}), ("Sure (Guernsey) Limited", {"company"}),
              ("Gibraltar International Bank", {"company"}), ("Melita", {"company"}), ("Mapfre Middlesea", {"company"}),
              ("Corinthia Group", {"company"}), ("Condor Ferries", {"company"}), ("Aurigny", {"company"}),
              ("Sandpiper CI", {"company"}), ("Marks & Spencer Jersey", {"company", "ampersand"}),
              ("Tipico", {"company"}), ("Gozo Channel", {"company"}), ("Trust Payments", {"company"}),
              ("APS Bank plc", {"company", "acronym"}), ("Bet365", {"company"})]  # fmt: skip
_RESEARCH = ["MISCO", "Ipsos Malta", "Kantar", "H2 Gambling Capital", "Statista", "Euromonitor International",
             "KPMG Malta", "Deloitte Malta", "PwC Malta", "EY Malta", "GWI"]  # fmt: skip
_PRESS = ["Times of Malta", "Malta Independent", "Lovin Malta", "Newsbook", "GBC News", "Gibraltar Chronicle",
          "Jersey Evening Post", "Guernsey Press", "BBC Jersey", "BBC Guernsey", "Bailiwick Express", "iGaming Business",
          "Malta Today", "The Olive Press"]  # fmt: skip
_JOURNALS = ["Journal of Marketing Management", "Tourism Management", "Island Studies Journal", "Small States & Territories",
             "Journal of Financial Regulation and Compliance", "Journal of Destination Marketing & Management",
             "International Journal of Bank Marketing", "Journal of Gambling Studies", "Current Issues in Tourism",
             "Journal of Services Marketing", "Annals of Tourism Research", "European Journal of Marketing",
             "Journal of Islands and Small States Studies", "Xjenza Online"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Pearson", "Harlow"), ("Sage", "London"), ("Malta University Press", "Msida"),
               ("Kogan Page", "London"), ("Palgrave Macmillan", "Cham"), ("Goodfellow Publishers", "Oxford"),
               ("CABI", "Wallingford"), ("Midsea Books", "Santa Venera"), ("Oxford University Press", "Oxford")]  # fmt: skip
_THESES = [("University of Malta", "Msida"), ("University of Gibraltar", "Gibraltar"), ("University of Exeter", "Exeter"),
           ("Bournemouth University", "Poole"), ("University of Surrey", "Guildford")]  # fmt: skip
_TOPICS = ["destination branding", "island tourism", "iGaming affiliate marketing", "responsible gambling messaging",
           "bank customer loyalty", "mobile payments", "fintech adoption", "diaspora tourism", "festa heritage",
           "cruise passengers", "offshore finance reputation", "telecom churn", "beer brand heritage", "hotel reviews",
           "small-state branding", "Brexit and the Rock", "cross-frontier shoppers", "seasonality", "digital banking",
           "Gozo as a second island", "film tourism", "language choice in advertising", "the English-Maltese code-switch",
           "insurance distribution", "airline relaunches", "luxury short breaks", "wealth-management marketing",
           "overtourism", "sustainable islands", "the Channel Islands' finance brand", "influencer disclosure"]  # fmt: skip
_PLACES = ["Malta", "Gozo", "Gibraltar", "Jersey", "Guernsey", "the Maltese Islands", "the Channel Islands",
           "Valletta", "St Julian's", "Sliema", "St Helier", "St Peter Port", "small island states"]  # fmt: skip
_LAWS = [("Government of Malta", "Gaming Act (Chapter 583 of the Laws of Malta)", 2018, "https://legislation.mt/eli/cap/583/eng"),
         ("Government of Malta", "Data Protection Act (Chapter 586 of the Laws of Malta)", 2018, "https://legislation.mt/eli/cap/586/eng"),
         ("Government of Malta", "Virtual Financial Assets Act (Chapter 590 of the Laws of Malta)", 2018, "https://legislation.mt/eli/cap/590/eng"),
         ("HM Government of Gibraltar", "Gambling Act 2005", 2005, "https://www.gibraltarlaws.gov.gi/legislations/gambling-act-2005"),
         ("HM Government of Gibraltar", "Financial Services Act 2019", 2019, "https://www.gibraltarlaws.gov.gi/legislations/financial-services-act-2019"),
         ("Jersey Legal Information Board", "Data Protection (Jersey) Law 2018", 2018, "https://www.jerseylaw.je/laws/current/l_3_2018"),
         ("States of Guernsey", "The Data Protection (Bailiwick of Guernsey) Law, 2017", 2017, "https://www.guernseylegalresources.gg/data-protection")]  # fmt: skip


class Blind223WorkFactory(WorkFactory):
    """Works for blind223: Maltese, Gibraltarian and Channel Islands authors, bodies, firms, laws and press."""

    KINDS = ("book", "chapter", "journal", "thesis", "conference", "report", "legislation", "company",
             "annual-report", "market-research", "news", "social", "video", "podcast", "web")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 223)
        self.organisations: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.38:
            family, given = self.rng.choice(_MALTESE)
        elif roll < 0.52:
            family, given = self.rng.choice(_GIBRALTARIAN)
        elif roll < 0.66:
            family, given = self.rng.choice(_ISLANDERS)
        elif roll < 0.74:
            particle, family, given = self.rng.choice(_PARTICLED)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        elif roll < 0.9:
            family, given = self.rng.choice(_OTHERS)
        else:
            fake = self.fakers["en_GB"]
            family, given = fake.last_name(), fake.first_name()
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_BODIES if self.rng.random() < 0.55 else _COMPANIES)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1978, 2005)
        return self.rng.randint(2009, 2025)

    def accessed_after(self, issued: list[int]) -> dict[str, list[list[int]]]:
        year = self.rng.randint(max(issued[0], 2023), 2025)
        if year == issued[0]:
            return (
                {"date-parts": [[year, 12, self.rng.randint(1, 28)]]}
                if len(issued) > 1
                else {"date-parts": [[year, 12, 28]]}
            )
        return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _dated(self, record: dict[str, Any], issued: list[int] | None) -> dict[str, Any]:
        if issued is not None:
            record["issued"] = {"date-parts": [issued]}
        if "URL" in record:
            record["accessed"] = self.accessed_after(issued or [2023])
        return record

    def _title(self) -> str:
        topic, place = self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"Rethinking {topic}: evidence from {place}",
                 f"{topic[0].upper()}{topic[1:]} and {self.rng.choice(_TOPICS)}",
                 f"Small islands, big brands: {topic} in {place}", f"Marketing {place}: {topic} after Covid-19",
                 f"What drives {topic}? A study of {place}", f"{topic[0].upper()}{topic[1:]}: a case study of {place}"]  # fmt: skip
        return self.rng.choice(forms)

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[36, 26, 15, 9, 5, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if person not in people:
                people.append(person)
        return people

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "thesis", "conference", "government", "legislation", "company",
             "annual-report", "market-research", "news", "social", "video", "podcast", "web"],
            weights=[11, 5, 20, 5, 3, 11, 3, 8, 5, 7, 10, 3, 2, 2, 5],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then one body's second work of a year ("Malta Tourism Authority, 2023a" and "2023b").
        if self.organisations and "issued" in record and self.rng.random() < 0.12:
            name, tags, issued = self.rng.choice(self.organisations)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
            if record.get("publisher") and kind == "report":
                record["publisher"] = name
        if "issued" in record:
            self.organisations.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(self._dated(record, [self.year()]), "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 300)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["Tourism in small island states", "Marketing the Mediterranean",
                                                "The Routledge handbook of island studies", "Finance centres and their brands",
                                                "Gambling, marketing and society", "Malta and the European Union"]),
            "publisher": publisher, "publisher-place": place, "page": f"{start}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        return self._person_work(self._dated(record, [self.year()]), "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "volume": str(self.rng.randint(1, 60)),
            "issue": str(self.rng.randint(1, 6)), "page": f"{start}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["DOI"] = (
                f"10.{self.rng.choice(['1080', '1016', '24043', '1108', '1177'])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(2009, 2025)}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(self._dated(record, [self.year()]), "journal")

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_THESES)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": self._people(1),
                                  "genre": self.rng.choice(["MBA dissertation", "MA dissertation", "PhD thesis", "MSc dissertation"]),
                                  "publisher": university, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.4:
            record["URL"] = f"https://www.um.edu.mt/library/oar/handle/123456789/{self.rng.randint(1000, 99999)}"
        return self._person_work(self._dated(record, [self.rng.randint(2010, 2025)]), "thesis")

    def _conference(self) -> Work:
        event = self.rng.choice([("Islands of the World XVI Conference", "Kinmen"), ("Islands of the World XVII Conference", "Hobart"),
                                 ("EMAC Annual Conference", "Odense"), ("EMAC Annual Conference", "Bucharest"),
                                 ("Academy of Marketing Conference", "Cardiff")])  # fmt: skip
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(4),
                                  "container-title": event[0], "publisher-place": event[1]}  # fmt: skip
        return self._person_work(self._dated(record, [self.rng.randint(2012, 2025)]), "conference")

    def _government(self) -> Work:
        name, tags = self.rng.choice(_BODIES)
        kind = self.rng.choice(["report", "web"])
        record: dict[str, Any] = {"type": "report" if kind == "report" else "webpage", "title": self._title(),
                                  "URL": f"https://www.{self.rng.choice(['mfsa.mt', 'mga.org.mt', 'mta.com.mt', 'nso.gov.mt', 'centralbankmalta.org', 'gov.gi', 'fsc.gi', 'jerseyfsc.org', 'gov.je', 'gov.gg', 'jersey.com'])}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if kind == "report":
            record["title"] = self.rng.choice([record["title"], f"Annual report {self.rng.randint(2015, 2024)}",
                                               f"Tourism statistics {self.rng.randint(2015, 2024)}", "Strategy for the visitor economy",
                                               "Guidance on the marketing of financial products", "Consumer protection guidance"])  # fmt: skip
            record["publisher"] = name
        undated = kind == "web" and self.rng.random() < 0.25
        return self._org_work(self._dated(record, None if undated else [self.year()]), kind, name, tags)

    def _legislation(self) -> Work:
        author, title, year, url = self.rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "webpage", "title": title, "URL": url}
        return self._org_work(self._dated(record, [year]), "legislation", author, {"government", "legislation"})

    def _company(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(["About us", "Our story", "Our brand", "Sustainability",
                                                                              "Responsible gaming", "Newsroom", "Careers", self._title()]),
                                  "URL": f"https://www.{name.split()[0].lower().strip(',.')}.com/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        undated = self.rng.random() < 0.35
        return self._org_work(self._dated(record, None if undated else [self.year()]), "company", name, tags)

    def _annual_report(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.rng.randint(2012, 2024)
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice([f"Annual report {year}", f"Annual report and financial statements {year}",
                                                                             f"Sustainability report {year}", f"Integrated report {year}"]),
                                  "publisher": name, "publisher-place": self.rng.choice(["Valletta", "Gibraltar", "St Helier", "St Peter Port", "Floriana"])}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = (
                f"https://www.{name.split()[0].lower().strip(',.')}.com/investors/{self.fakers['en_GB'].slug()}"
            )
        return self._org_work(self._dated(record, [year + 1]), "annual-report", name, tags)

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.9 else None
        market, place = self.rng.choice(["online gambling", "retail banking", "mobile telecoms", "beer", "hotels", "payments",
                                         "insurance", "tourism", "e-commerce"]), self.rng.choice(_PLACES[:5])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "publisher": name, "title": self.rng.choice([
            f"{market.capitalize()} in {place}", f"{place} {market} market: size and forecast to 2030",
            f"Consumer trends in {place} {year or 2024}", f"{market.capitalize()} barometer {year or 2023}"]),
            "URL": f"https://www.{name.split()[0].lower()}.com/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        return self._org_work(
            self._dated(record, [year] if year else None), "market-research", name, {"market-research"}
        )

    def _news(self) -> Work:
        year = min(self.year(), 2025)
        issued = [max(year, 2010), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": paper,
                                  "URL": f"https://www.{paper.lower().replace(' ', '')}.com/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        self._dated(record, issued)
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _social(self) -> Work:
        name, tags = self.organisation()
        platform = self.rng.choice(["Instagram", "Facebook", "LinkedIn", "TikTok", "X"])
        record: dict[str, Any] = {"type": "webpage", "title": f"{self.rng.choice(['Summer is here', 'Meet the team', 'Our new app is live', 'Festa season', 'Thank you for 10 years'])} [{platform}]",
                                  "container-title": platform, "URL": f"https://www.{platform.lower()}.com/p/{self.fakers['en_GB'].lexify('??????????')}"}  # fmt: skip
        issued = [self.rng.randint(2018, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        return self._org_work(self._dated(record, issued), "social", name, tags | {"social"})

    def _video(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": f"{self._title()} [Video]", "container-title": "YouTube",
                                  "URL": f"https://www.youtube.com/watch?v={self.fakers['en_GB'].lexify('???????????')}"}  # fmt: skip
        issued = [self.rng.randint(2015, 2025)]
        if self.rng.random() < 0.5:
            record["author"] = self._people(1)
            return self._person_work(self._dated(record, issued), "video")
        name, tags = self.organisation()
        return self._org_work(self._dated(record, issued), "video", name, tags)

    def _podcast(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": f"{self._title()} [Podcast], episode {self.rng.randint(1, 140)}",
                                  "container-title": self.rng.choice(["The Malta Business Podcast", "Rock Talk", "Island Life Podcast", "SiGMA Talks"]),
                                  "URL": f"https://open.spotify.com/episode/{self.fakers['en_GB'].lexify('??????????????')}",
                                  "author": self._people(2)}  # fmt: skip
        return self._person_work(self._dated(record, [self.rng.randint(2018, 2025)]), "podcast")

    def _web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(),
                                  "URL": f"https://www.{self.fakers['en_GB'].domain_word()}.com.mt/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        undated = self.rng.random() < 0.35
        if self.rng.random() < 0.5:
            record["author"] = self._people(2)
            return self._person_work(self._dated(record, None if undated else [self.year()]), "web")
        name, tags = self.organisation()
        return self._org_work(self._dated(record, None if undated else [self.year()]), "web", name, tags)
