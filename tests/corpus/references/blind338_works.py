"""The blind338 pool's works: what marketers at ferry and shipping lines, coach operators, ports, booking platforms,
island tourism boards and freight forwarders in the UK, Ireland, France, Norway, Greece, Croatia and Canada cite in
CIM Level 6 and 7 reports and MBA assignments. Written without reading the checker, its tests or any other pool.

Scholars as their journals print them (Norwegian "ø" and "å", Greek "-ou", "-is" and "-akis", Croatian "ć" and "č",
French "de" and "Le", Irish "O'" and "Mac", Scottish Gaelic, Canadian and British names), transport and tourism
journals with up to eight authors, transport ministries, regulators and statistics offices, ferry and coach companies
with Ltd, plc, SA, A/S, ASA, AB, d.d. and Inc., trade bodies, the shipping and national press, market research, web
pages with access dates and some with no date, and one body's two works of one year.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

from typing import Any

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "government", "company", "company-report", "trade-body", "news",
         "market-research", "web", "textbook")  # fmt: skip

_PEOPLE = [
    ("Østergaard", "Lars"), ("Sørensen", "Ingrid"), ("Håkonsen", "Per"), ("Bjørnstad", "Kari"), ("Løvland", "Eirik"),
    ("Aasen", "Marte"), ("Strømme", "Sigrid"), ("Næss", "Øyvind"), ("Papadopoulou", "Eleni"), ("Georgiou", "Nikos"),
    ("Lekakis", "Dimitris"), ("Chatzidakis", "Andreas"), ("Papathanassis", "Alexis"), ("Tsiotsou", "Rodoula"),
    ("Kapetanakis", "Giorgos"), ("Lagoudis", "Ioannis"), ("Psaraftis", "Harilaos"), ("Theotokas", "Ioannis"),
    ("Kovačić", "Mirjana"), ("Perić", "Ana"), ("Jugović", "Alen"), ("Mikulić", "Josip"), ("Vuković", "Ivana"),
    ("Horvat", "Marko"), ("Ivanović", "Luka"), ("Babić", "Petra"), ("Le Gall", "Yann"), ("Le Bihan", "Morgane"),
    ("Guillou", "Erwan"), ("Tremblay", "Julie"), ("Gagnon", "Marc"), ("Campbell", "Fiona"), ("MacLeod", "Iain"),
    ("MacNeil", "Catriona"), ("MacKinnon", "Ruaridh"), ("O'Sullivan", "Siobhán"), ("O'Connell", "Declan"),
    ("MacCarthy", "Aoife"), ("Ní Bhriain", "Orla"), ("Mac an t-Saoir", "Calum"), ("Baird", "Alan"),
    ("Notteboom", "Theo"), ("Wilmsmeier", "Gordon"), ("Pallis", "Athanasios"), ("Ng", "Adolf"), ("Haralambides", "Hercules"),
    ("Baldacchino", "Godfrey"), ("Butler", "Richard"), ("Page", "Stephen"), ("Hall", "Michael"), ("Smith", "Rachel"),
    ("Jones", "Gareth"), ("Evans", "Bethan"), ("Taylor", "James"), ("Whyte", "Ewan"), ("Robertson", "Kirsty"),
    ("Morrison", "Donald"), ("Fraser", "Morag"), ("Kelly", "Niamh"), ("Byrne", "Ciarán"), ("Côté", "Mélanie"),
    ("Bouchard", "Étienne"), ("Leblanc", "Chantal"), ("Pettersen", "Åse"), ("Dahl", "Bjørn"), ("Lie", "Tone"),
]  # fmt: skip
_PARTICLE_PEOPLE = [("de", "Langlade", "Hélène"), ("de", "Kerros", "Loïc"), ("de", "Jong", "Pieter"),
                    ("de", "Rus", "Ginés"), ("Le", "Roux", "Gwenaëlle")]  # fmt: skip
_JOURNALS = ["Maritime Policy & Management", "Transport Policy", "Research in Transportation Business & Management",
             "Tourism Management", "Journal of Transport Geography", "Maritime Economics & Logistics",
             "Journal of Travel Research", "Journal of Marketing Management", "Island Studies Journal",
             "Annals of Tourism Research", "Case Studies on Transport Policy", "Journal of Sustainable Tourism"]  # fmt: skip
_TOPICS = ["dynamic pricing on short-sea ferry routes", "online booking platforms for ferry travel",
           "island tourism and lifeline ferry services", "LNG and battery-electric ferries",
           "crew welfare and service recovery", "coach travel and price-sensitive passengers",
           "port choice and passenger loyalty", "revenue management in passenger shipping",
           "digital channels and ferry brands", "seasonality in coastal tourism", "freight forwarding and Brexit",
           "customer satisfaction on Scottish ferries", "Norwegian coastal cruises", "Greek island connectivity",
           "Adriatic ferry demand", "long-distance bus markets after liberalisation", "crisis communication at sea",
           "green shipping and passenger choice", "travel intermediaries and meta-search", "overtourism on islands"]  # fmt: skip
_TITLE_FORMS = ["{T}: evidence from {R}", "Rethinking {T}", "{Tc} in {R}", "Marketing {T}: a review",
                "Passenger perceptions of {T} in {R}", "{Tc}: lessons from {R}", "The future of {T}"]  # fmt: skip
_REGIONS = ["the English Channel", "the Irish Sea", "the Hebrides", "Norway", "the Aegean", "the Adriatic",
            "British Columbia", "Atlantic Canada", "Brittany", "the Northern Isles", "Europe", "the UK"]  # fmt: skip
_GOVERNMENT = [("Department for Transport", "https://www.gov.uk/government/statistics/"),
               ("Department for Transport (DfT)", "https://www.gov.uk/government/publications/"),
               ("Transport Scotland", "https://www.transport.gov.scot/publication/"),
               ("Office of Rail and Road", "https://www.orr.gov.uk/monitoring-regulation/"),
               ("Competition and Markets Authority (CMA)", "https://www.gov.uk/cma-cases/"),
               ("Maritime and Coastguard Agency", "https://www.gov.uk/government/organisations/maritime-and-coastguard-agency/"),
               ("Central Statistics Office", "https://www.cso.ie/en/releasesandpublications/"),
               ("Statistics Norway (SSB)", "https://www.ssb.no/en/transport-og-reiseliv/"),
               ("ELSTAT", "https://www.statistics.gr/en/statistics/"),
               ("Croatian Bureau of Statistics", "https://podaci.dzs.hr/en/statistics/"),
               ("Transport Canada", "https://tc.canada.ca/en/marine-transportation/"),
               ("European Maritime Safety Agency (EMSA)", "https://www.emsa.europa.eu/publications/"),
               ("European Commission", "https://transport.ec.europa.eu/transport-modes/maritime/")]  # fmt: skip
_COMPANIES = [("P&O Ferries Ltd", "https://www.poferries.com/en/"), ("Stena AB", "https://www.stena.com/en/"),
              ("Brittany Ferries SA", "https://www.brittany-ferries.co.uk/"), ("DFDS A/S", "https://www.dfds.com/en/"),
              ("Irish Continental Group plc", "https://www.icg.ie/"),
              ("Caledonian MacBrayne Ltd", "https://www.calmac.co.uk/"),
              ("Hurtigruten Group AS", "https://www.hurtigruten.com/en-gb/"),
              ("Attica Group S.A.", "https://www.attica-group.com/en/"), ("Jadrolinija d.d.", "https://www.jadrolinija.hr/en/"),
              ("British Columbia Ferry Services Inc.", "https://www.bcferries.com/"),
              ("Mobico Group plc", "https://www.mobicogroup.com/"), ("FlixMobility SE", "https://corporate.flix.com/"),
              ("Fjord Line AS", "https://www.fjordline.com/en/"), ("Color Line ASA", "https://www.colorline.com/")]  # fmt: skip
_TRADE = [("UK Chamber of Shipping", "https://www.ukchamberofshipping.com/"),
          ("Discover Ferries", "https://www.discoverferries.com/"), ("Interferry", "https://interferry.com/"),
          ("Confederation of Passenger Transport (CPT)", "https://www.cpt-uk.org/"),
          ("European Community Shipowners' Associations (ECSA)", "https://www.ecsa.eu/")]  # fmt: skip
_PRESS = ["Lloyd's List", "Shippax", "Ferry & Cruise Review", "The Guardian", "The Times", "The Irish Times",
          "Aftenposten", "Kathimerini", "Jutarnji list", "The Globe and Mail"]  # fmt: skip
_RESEARCH = ["Mintel", "Statista", "Kantar", "YouGov", "Euromonitor International", "Transport Focus"]
_RESEARCH_TITLES = ["Ferry travel - UK - {m} {y}", "Coach holidays and travel - UK - {y}",
                    "Number of ferry passengers in Norway from 2015 to {y}", "Travel intermediaries in Europe {y}",
                    "Bus passenger survey: autumn {y}", "Attitudes towards sustainable travel {y}",
                    "Island and coastal holidays: consumer trends {y}", "Ferry passenger satisfaction {y}"]  # fmt: skip
_TEXTBOOKS = [
    ("book", [("Kotler", "Philip"), ("Keller", "Kevin Lane")], "Marketing management", "Pearson", "Harlow"),
    ("book", [("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow"),
    ("book", [("Lovelock", "Christopher"), ("Wirtz", "Jochen")], "Services marketing: people, technology, strategy", "Pearson", "Harlow"),
    ("book", [("Stopford", "Martin")], "Maritime economics", "Routledge", "Abingdon"),
    ("book", [("Page", "Stephen")], "Transport and tourism: global perspectives", "Pearson", "Harlow"),
    ("book", [("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], "Principles and practice of marketing", "McGraw-Hill", "London"),
    ("book", [("Zeithaml", "Valarie"), ("Bitner", "Mary Jo"), ("Gremler", "Dwayne")], "Services marketing", "McGraw-Hill", "New York"),
    ("book", [("Talluri", "Kalyan"), ("van Ryzin", "Garrett")], "The theory and practice of revenue management", "Springer", "New York"),
]  # fmt: skip


class Blind338WorkFactory(WorkFactory):
    """Ferries, coaches, ports and islands: the works these candidates cite."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng.seed(seed * 59 + 338)
        self.same_year: dict[str, int] = {}

    def person(self) -> dict[str, str]:
        if self.rng.random() < 0.1:
            particle, family, given = self.rng.choice(_PARTICLE_PEOPLE)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        family, given = self.rng.choice(_PEOPLE)
        return {"family": family, "given": given}

    def year(self) -> int:
        return self.rng.randint(2005, 2025) if self.rng.random() < 0.95 else self.rng.randint(1982, 2004)

    def accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        low = max(2023, year or 2023)
        return {
            "date-parts": [[self.rng.randint(low, max(low, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]]
        }

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        form = self.rng.choice(_TITLE_FORMS)
        return form.format(T=topic, Tc=topic[0].upper() + topic[1:], R=self.rng.choice(_REGIONS))

    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "government", "company", "company-report", "trade-body", "news",
             "market-research", "web", "textbook"],
            weights=[8, 6, 26, 11, 9, 5, 5, 9, 8, 5, 8],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if person not in people:
                people.append(person)
        return people

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self._title(), "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Channel View Publications", "Edward Elgar", "Palgrave Macmillan", "CABI", "Goodfellow"]),
            "publisher-place": self.rng.choice(["Abingdon", "Bristol", "Cheltenham", "Cham", "Wallingford", "Oxford"]),
        }  # fmt: skip
        return self._person_work(record, "book")

    def _textbook(self) -> Work:
        _kind, people, title, publisher, place = self.rng.choice(_TEXTBOOKS)
        record: dict[str, Any] = {
            "type": "book", "title": title, "author": [{"family": f, "given": g} for f, g in people],
            "issued": {"date-parts": [[self.rng.randint(2016, 2024)]]}, "publisher": publisher, "publisher-place": place,
            "edition": str(self.rng.randint(3, 16)),
        }  # fmt: skip
        if people[-1][0].startswith("van "):
            record["author"][-1] = {"family": "Ryzin", "given": "Garrett", "non-dropping-particle": "van"}
        return self._person_work(record, "textbook")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3), "editor": self._people(2),
            "container-title": self.rng.choice(["Island tourism: sustainable perspectives", "The Routledge handbook of transport economics",
                                                "Maritime logistics: a guide to contemporary shipping and port management",
                                                "Tourism and transport: modes, networks and flows", "Coastal tourism in Europe"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "Kogan Page", "CABI", "Channel View Publications"]),
            "publisher-place": self.rng.choice(["Abingdon", "London", "Wallingford", "Bristol"]),
            "page": f"{(start := self.rng.randint(1, 320))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(8, 120)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(10, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.1016/j.{self.rng.choice(['tranpol', 'tourman', 'jtrangeo', 'rtbm'])}.{self.rng.randint(2010, 2025)}.{self.rng.randint(100000, 999999)}"
            )
        return self._person_work(record, "journal")

    def _dated_org(self, name: str) -> int:
        """Now and then a body's second work of a year it already has, so the list needs a and b."""
        if name in self.same_year and self.rng.random() < 0.5:
            return self.same_year[name]
        year = self.year()
        self.same_year[name] = year
        return year

    def _government(self) -> Work:
        name, url = self.rng.choice(_GOVERNMENT)
        year = self._dated_org(name)
        title = self.rng.choice([f"Sea passenger statistics: {year}", f"Ferry services: annual review {year}",
                                 f"Passenger transport by sea, {year}", f"Islands connectivity plan {year}",
                                 f"Coach and bus statistics {year}", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0], "URL": url + self.fakers["en_GB"].slug(),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org_work(record, "government", name, {"government"})

    def _company(self) -> Work:
        name, url = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(
            ["Our fleet", "Sustainability", "About us", "Our routes", "Fares and offers", "Our people", "Newsroom",
             "Freight services", "Loyalty club", "Our environmental commitments"]),
            "URL": url + self.fakers["en_GB"].slug()}  # fmt: skip
        if self.rng.random() < 0.7:
            year = self._dated_org(name)
            record["issued"] = {"date-parts": [[year]]}
            record["accessed"] = self.accessed_after(year)
            return self._org_work(record, "company", name, {"company"})
        record["accessed"] = self.accessed_after(None)
        return self._org_work(record, "company", name, {"company", "undated"})

    def _company_report(self) -> Work:
        name, url = self.rng.choice(_COMPANIES)
        year = self._dated_org(name)
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report {year}", f"Sustainability report {year}",
                                                        f"Annual report and accounts {year}", f"Integrated report {year}"]),
            "issued": {"date-parts": [[year]]}, "publisher": name,
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = url + "investors/" + self.fakers["en_GB"].slug()
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "company-report", name, {"company"})

    def _trade_body(self) -> Work:
        name, url = self.rng.choice(_TRADE)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(
            ["The value of ferries to the economy", "Passenger shipping facts and figures", "Coach tourism matters",
             "Decarbonising short-sea shipping", "Ferry industry review", self._title()]),
            "URL": url + self.fakers["en_GB"].slug()}  # fmt: skip
        if self.rng.random() < 0.8:
            year = self._dated_org(name)
            record["issued"] = {"date-parts": [[year]]}
            record["accessed"] = self.accessed_after(year)
            return self._org_work(record, "trade-body", name, {"organisation"})
        record["accessed"] = self.accessed_after(None)
        return self._org_work(record, "trade-body", name, {"undated"})

    def _news(self) -> Work:
        paper = self.rng.choice(_PRESS)
        year = self.rng.randint(2015, 2024)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.{paper.lower().replace(' ', '').replace('&', '').replace(chr(39), '')}.com/{self.fakers['en_GB'].slug()}",
            "accessed": self.accessed_after(year + 1),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2017, 2025)
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice(_RESEARCH_TITLES).format(m=self.rng.choice(["March", "July", "November"]), y=year),
            "publisher": name, "URL": f"https://www.{name.split()[0].lower()}.com/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        if self.rng.random() < 0.92:
            record["issued"] = {"date-parts": [[year]]}
            record["accessed"] = self.accessed_after(year)
        else:
            record["accessed"] = self.accessed_after(None)
        return self._org_work(record, "market-research", name, {"market-research"})

    def _web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path()}  # fmt: skip
        if self.rng.random() < 0.75:
            year = self.year()
            record["issued"] = {"date-parts": [[year]]}
            record["accessed"] = self.accessed_after(year)
        else:
            record["accessed"] = self.accessed_after(None)
        return self._person_work(record, "web")
