"""Works for the sixty-eighth held-out pool, "blind68": what Canadian marketing candidates cite.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a sixty-eighth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, CRM, trade,
digital and communications marketers at Canadian retailers, banks and credit unions, telecoms, grocers, coffee
chains, airlines, crown corporations, federal and provincial departments, Indigenous tourism bodies and agencies in
Toronto, Montréal, Vancouver, Calgary, Ottawa, Halifax and Winnipeg write CIM Level 6 and 7 reports and MBA
assignments: Canadian and international journals with one to eight authors, textbooks in Canadian editions,
chapters, theses from Toronto, UBC, McGill, HEC Montréal, Ivey and Schulich, company and crown-corporation reports
(Inc., Ltd., Limited, plc, "&", apostrophes, bilingual names), federal and provincial bodies named in both languages,
Acts and regulations under the body that publishes them, Statistics Canada tables, research firms (Léger, Angus Reid
Institute, Ipsos, Environics, Numeris), the Canadian press, LinkedIn, Instagram and TikTok posts and podcasts, works
with no date and one author's two works of a year; English, French-Canadian, First Nations, Inuit and Métis,
Chinese-, South Asian-, Filipino-, Italian-, Portuguese-, Ukrainian- and Caribbean-Canadian and expatriate names.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

# (family, given) as they appear on papers and reports written in Canada.
_NAMES = [
    ("Tremblay", "Marie-Ève"), ("Gagnon", "Jean-François"), ("Roy", "Geneviève"), ("Côté", "Louis-Philippe"),
    ("Bouchard", "Anne-Sophie"), ("Gauthier", "Mathieu"), ("Morin", "Émilie"), ("Lavoie", "Pierre-Luc"),
    ("Fortin", "Marie-Claude"), ("Bélanger", "Stéphane"), ("Pelletier", "Josée"), ("Lévesque", "François"),
    ("Bergeron", "Nathalie"), ("Leblanc", "Rémi"), ("Cormier", "Chantal"), ("Thériault", "Éric"),
    ("St-Pierre", "Isabelle"), ("Saint-Onge", "Marc-André"), ("Ste-Marie", "Catherine"), ("Leduc-Poirier", "Annie"),
    ("Smith", "Jennifer"), ("MacDonald", "Heather"), ("MacKenzie", "Colin"), ("McLean", "Fiona"), ("Campbell", "Scott"),
    ("O'Brien", "Kathleen"), ("O'Neill", "Brendan"), ("Fraser", "Alison"), ("Wilson", "Graham"), ("Thompson", "Rachel"),
    ("Chen", "Wei"), ("Wong", "Kelvin"), ("Li", "Xiaoyu"), ("Lam", "Winnie"), ("Cheung", "Ka Yan"), ("Liu", "Jiaming"),
    ("Zhang", "Yifan"), ("Ho", "Cindy"), ("Kwan", "Darren"), ("Huang", "Meiling"),
    ("Singh", "Harpreet"), ("Sidhu", "Gurpreet"), ("Dhillon", "Manpreet"), ("Gill", "Navdeep"), ("Grewal", "Simran"),
    ("Patel", "Nisha"), ("Shah", "Rohan"), ("Iyer", "Kavya"), ("Raghunathan", "Srinivas"), ("Khan", "Ayesha"),
    ("Siddiqui", "Faisal"), ("Chowdhury", "Tanvir"), ("Fernando", "Dilani"),
    ("Santos", "Maria Cristina"), ("Reyes", "Jose Miguel"), ("Dela Cruz", "Angelica"), ("Bautista", "Ramon"),
    ("Villanueva", "Precious"), ("Mendoza", "Rhea"),
    ("Rossi", "Alessandra"), ("Esposito", "Marco"), ("Ricci", "Gianluca"), ("Colangelo", "Teresa"), ("DiMarco", "Paolo"),
    ("Medeiros", "Ana Paula"), ("Sousa", "João"), ("Pacheco", "Rui"), ("Furtado", "Carla"), ("Rebelo", "Tiago"),
    ("Kowalchuk", "Oksana"), ("Hnatyshyn", "Taras"), ("Shevchenko", "Olena"), ("Bondarenko", "Mykola"),
    ("Wasylyshyn", "Larissa"), ("Yaremko", "Bohdan"),
    ("Joseph", "Keisha"), ("Baptiste", "Andre"), ("Charles", "Marlon"), ("Thomas-Greene", "Shauna"),
    ("Ramkissoon", "Anil"), ("Persaud", "Vanessa"), ("Jean-Baptiste", "Fabiola"), ("Pierre-Louis", "Widlyne"),
    ("Cardinal", "Tanya"), ("Bear", "Leanne"), ("Sinclair", "Dakota"), ("Whitecloud", "Jordan"),
    ("Manitowabi", "Cheryl"), ("Okemaw", "Raymond"), ("Sapp", "Cheyenne"), ("Nanibush", "Wanda"),
    ("Kusugak", "Aaju"), ("Tagalik", "Siila"), ("Qitsualik", "Nuka"), ("Arnatsiaq", "Looee"), ("Angutimarik", "Pitsiula"),
    ("Dumont", "Gabrielle"), ("Lafontaine", "Kyle"), ("Chartrand", "Brenda"), ("Bruyère", "Laurent"),
    ("Nakamura", "Kenji"), ("Kim", "Ji-hoon"), ("Nguyen", "Thi Thu"), ("Haddad", "Rami"), ("Khoury", "Nadine"),
    ("Müller", "Stefan"), ("Ó Súilleabháin", "Siobhán"), ("Østergaard", "Mette"), ("Van Houtte", "Bram"),
    ("Okafor", "Chinedu"), ("Mensah", "Abena"), ("Kaplan", "Deniz"), ("Yılmaz", "Burak"), ("Novák", "Petra"),
]  # fmt: skip
# Particles kept apart, as reference managers hold them (lead "de Grandpré", "van der Berg").
_PARTICLE_NAMES = [
    ("de", "Grandpré", "Hélène"), ("de", "Champlain", "Véronique"), ("du", "Tremblay", "Sébastien"),
    ("de la", "Durantaye", "Claire"), ("van der", "Berg", "Pieter"), ("van", "Dijk", "Sanne"),
    ("da", "Costa", "Beatriz"), ("dos", "Reis", "Fernando"), ("di", "Stefano", "Lucia"), ("von", "Riesen", "Katrin"),
    ("des", "Rosiers", "Mélanie"),
]  # fmt: skip
_ORGANISATIONS = [
    ("Loblaw Companies Limited", {"company"}), ("Canadian Tire Corporation, Limited", {"company", "comma"}),
    ("Hudson's Bay Company", {"company", "apostrophe"}), ("Shoppers Drug Mart", {"company"}),
    ("Restaurant Brands International Inc.", {"company"}), ("Tim Hortons", {"company"}),
    ("Royal Bank of Canada", {"company"}), ("RBC", {"company", "acronym"}), ("TD Bank Group", {"company"}),
    ("Toronto-Dominion Bank", {"company", "hyphen"}), ("Desjardins Group", {"company"}),
    ("Mouvement des caisses Desjardins", {"company", "french"}), ("BCE Inc.", {"company", "acronym"}),
    ("Rogers Communications Inc.", {"company"}), ("TELUS Corporation", {"company"}), ("Air Canada", {"company"}),
    ("WestJet", {"company"}), ("LCBO", {"crown", "acronym"}),
    ("Société des alcools du Québec (SAQ)", {"crown", "french", "abbreviation"}),
    ("Canada Post", {"crown"}), ("Postes Canada", {"crown", "french"}), ("Destination Canada", {"crown"}),
    ("Indigenous Tourism Association of Canada", {"trade-body"}), ("Metro Inc.", {"company"}),
    ("Sobeys Inc.", {"company"}), ("Empire Company Limited", {"company"}), ("Lululemon Athletica Inc.", {"company"}),
    ("Roots Canada Ltd.", {"company"}), ("Simons", {"company"}), ("Couche-Tard", {"company", "hyphen"}),
    ("Alimentation Couche-Tard Inc.", {"company", "hyphen"}), ("Scotiabank", {"company"}),
    ("Bank of Montreal (BMO)", {"company", "abbreviation"}), ("CIBC", {"company", "acronym"}),
    ("Vancity", {"company"}), ("Canadian Marketing Association", {"trade-body"}),
    ("Ad Standards", {"trade-body"}), ("Retail Council of Canada", {"trade-body"}),
    ("Deloitte Canada", {"company"}), ("PwC Canada", {"company"}), ("KPMG LLP", {"company", "acronym"}),
    ("Ernst & Young LLP", {"company", "ampersand"}), ("McKinsey & Company", {"company", "ampersand"}),
    ("Boston Consulting Group", {"company"}), ("Unilever plc", {"company"}), ("Diageo plc", {"company"}),
    ("Procter & Gamble", {"company", "ampersand"}), ("Johnson & Johnson Inc.", {"company", "ampersand"}),
    ("Dollarama Inc.", {"company"}), ("Indigo Books & Music Inc.", {"company", "ampersand"}),
    ("McDonald's Canada", {"company", "apostrophe"}), ("Harvey's", {"company", "apostrophe"}),
    ("Canada's Wonderland", {"company", "apostrophe"}), ("Leon's Furniture Limited", {"company", "apostrophe"}),
    ("Pattison Outdoor Advertising", {"company"}), ("Cossette", {"company"}), ("Rethink", {"company"}),
    ("Business Development Bank of Canada (BDC)", {"crown", "abbreviation"}),
    ("Tourism Vancouver", {"tourism"}), ("Travel Manitoba", {"tourism"}), ("Tourisme Montréal", {"tourism", "french"}),
    ("Tourism Nova Scotia", {"tourism"}), ("Travel Alberta", {"tourism"}), ("Ottawa Tourism", {"tourism"}),
]  # fmt: skip
_GOVERNMENT = [
    "Statistics Canada", "Government of Canada", "Gouvernement du Canada", "Innovation, Science and Economic Development Canada",
    "Competition Bureau Canada", "Bureau de la concurrence Canada", "Office of the Privacy Commissioner of Canada",
    "Commissariat à la protection de la vie privée du Canada", "Canadian Radio-television and Telecommunications Commission",
    "CRTC", "Financial Consumer Agency of Canada", "Canadian Heritage", "Patrimoine canadien",
    "Commission d'accès à l'information du Québec", "Office québécois de la langue française",
    "Gouvernement du Québec", "Government of Ontario", "Ontario Ministry of Tourism, Culture and Gaming",
    "Government of British Columbia", "Government of Nova Scotia", "Government of Manitoba", "City of Toronto",
    "Ville de Montréal", "Bank of Canada", "Banque du Canada", "Department of Finance Canada",
    "Indigenous Services Canada", "Treasury Board of Canada Secretariat",
]  # fmt: skip
_LEGISLATION = [
    ("Canada's Anti-Spam Legislation (S.C. 2010, c. 23)", 2010),
    ("Personal Information Protection and Electronic Documents Act (S.C. 2000, c. 5)", 2000),
    ("An Act to modernize legislative provisions as regards the protection of personal information (S.Q. 2021, c. 25)", 2021),
    ("Charter of the French Language (CQLR, c. C-11)", 1977), ("Act respecting French, the official and common language of Québec (S.Q. 2022, c. 14)", 2022),
    ("Competition Act (R.S.C. 1985, c. C-34)", 1985), ("Consumer Packaging and Labelling Act (R.S.C. 1985, c. C-38)", 1985),
    ("Accessible Canada Act (S.C. 2019, c. 10)", 2019), ("Telecommunications Act (S.C. 1993, c. 38)", 1993),
    ("Consumer Protection Act, 2002 (S.O. 2002, c. 30, Sch. A)", 2002), ("Food and Drugs Act (R.S.C. 1985, c. F-27)", 1985),
    ("Telecom Decision CRTC 2023-56", 2023), ("Telecom Regulatory Policy CRTC 2024-180", 2024),
    ("Broadcasting Regulatory Policy CRTC 2022-332", 2022), ("Online Streaming Act (S.C. 2023, c. 8)", 2023),
]  # fmt: skip
_PRESS = ["The Globe and Mail", "National Post", "Toronto Star", "La Presse", "Le Devoir", "CBC News", "Radio-Canada",
          "Strategy", "Marketing Magazine", "Financial Post", "BNN Bloomberg", "Montreal Gazette", "Vancouver Sun",
          "Calgary Herald", "Winnipeg Free Press", "Halifax Examiner", "Retail Insider", "Canadian Grocer"]  # fmt: skip
_RESEARCH = ["Léger", "Angus Reid Institute", "Ipsos Canada", "Numeris", "Environics Analytics",
             "Environics Research", "Abacus Data", "Nanos Research", "Mintel", "Statista", "Euromonitor International",
             "Circana", "NielsenIQ Canada"]  # fmt: skip
_JOURNALS = ["Canadian Journal of Administrative Sciences", "Journal of Consumer Behaviour",
             "Journal of Retailing and Consumer Services", "Canadian Public Administration", "Journal of Marketing",
             "Journal of Business Research", "International Journal of Bank Marketing", "Tourism Management",
             "Journal of Sustainable Tourism", "Recherche et Applications en Marketing", "Journal of Services Marketing",
             "Journal of Interactive Marketing", "Telecommunications Policy", "Canadian Journal of Communication",
             "Journal of Public Policy & Marketing", "International Journal of Consumer Studies"]  # fmt: skip
_TOPICS = ["loyalty programmes", "PC Optimum", "Scene+", "Triangle Rewards", "bilingual branding", "Boxing Day promotions",
           "Black Friday in Canada", "Thanksgiving campaigns", "Canada Day marketing", "buy-Canadian sentiment",
           "credit union member engagement", "open banking", "mobile wireless pricing", "5G adoption",
           "grocery price inflation", "shrinkflation", "retail media networks", "Indigenous tourism",
           "reconciliation in advertising", "French-language marketing in Québec", "consent under CASL",
           "privacy by design", "Law 25 compliance", "newcomer banking", "multicultural marketing", "Gen Z in Canada",
           "coffee chain loyalty", "airline service recovery", "crown corporation reputation", "winter tourism",
           "click-and-collect", "customer data platforms", "social commerce", "influencer disclosure",
           "greenwashing claims", "cashless payments", "rural connectivity", "place branding"]  # fmt: skip
_PUBLISHERS = [("Pearson Canada", "Toronto"), ("Nelson Education", "Toronto"), ("McGraw-Hill Ryerson", "Whitby, ON"),
               ("Chenelière Éducation", "Montréal"), ("University of Toronto Press", "Toronto"),
               ("UBC Press", "Vancouver"), ("McGill-Queen's University Press", "Montréal"), ("Wiley", "Hoboken, NJ"),
               ("Routledge", "Abingdon"), ("Sage", "Thousand Oaks, CA"), ("Kogan Page", "London"),
               ("Presses de l'Université du Québec", "Québec"), ("Rotman-UTP Publishing", "Toronto")]  # fmt: skip
_THESES = [("University of Toronto", "Toronto"), ("University of British Columbia", "Vancouver"),
           ("McGill University", "Montréal"), ("HEC Montréal", "Montréal"), ("Western University (Ivey)", "London, ON"),
           ("York University (Schulich)", "Toronto"), ("Concordia University", "Montréal"),
           ("Université Laval", "Québec"), ("Dalhousie University", "Halifax"), ("University of Manitoba", "Winnipeg")]  # fmt: skip


class Blind68WorkFactory(WorkFactory):
    """The blind68 pool's works: Canadian names, organisations, bodies, laws, press and research firms."""

    KINDS = ("book", "chapter", "journal", "web", "report", "news", "legislation", "thesis")  # what make() returns
    _DRAWS = ("book", "chapter", "journal", "organisation-web", "organisation-report", "government", "legislation",
              "statistics", "market-research", "press", "social", "podcast", "thesis", "web-person")  # fmt: skip
    _WEIGHTS = (12, 5, 22, 10, 9, 7, 4, 4, 7, 9, 3, 2, 3, 4)

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 68068)
        for index, locale in enumerate(["en_CA", "fr_CA"]):
            fake = Faker(locale)
            fake.seed_instance(seed * 307 + index)
            self.fakers[locale] = fake
        self.orgs_seen: list[tuple[str, set[str], list[int]]] = []
        self.people_seen: list[dict[str, str]] = []

    # ------------------------------------------------------------------ names
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.55:
            family, given = self.rng.choice(_NAMES)
            name = {"family": family, "given": given}
        elif roll < 0.63:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            name = {"family": family, "given": given, "non-dropping-particle": particle}
        else:
            fake = self.fakers[self.rng.choice(["en_CA", "en_CA", "fr_CA", "fr_CA", "en_GB"])]
            name = {"family": fake.last_name(), "given": fake.first_name()}
            words = name["family"].split()
            if len(words) > 1 and words[0].islower():
                name = {"family": " ".join(words[1:]), "given": name["given"], "non-dropping-particle": words[0]}
        return name

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1970, 1999)
        return self.rng.randint(2010, 2025)

    def accessed_after(self, year: int) -> dict[str, list[list[int]]]:
        first = max(year, 2022)
        return {
            "date-parts": [
                [self.rng.randint(first, max(first, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            ]
        }

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        city = self.rng.choice(
            ["Toronto", "Montréal", "Vancouver", "Calgary", "Ottawa", "Halifax", "Winnipeg", "Canada", "Québec"]
        )
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {city}: evidence from {self.rng.choice(['retail', 'banking', 'telecoms', 'grocery', 'tourism'])}",
            f"Rethinking {topic}",
            f"{topic[0].upper()}{topic[1:]} and {other}",
            f"How {topic} shapes {other}",
            f"The state of {topic} {self.rng.randint(2018, 2025)}",
            f"{topic[0].upper()}{topic[1:]}: what Canadian marketers need to know",
            f"When {topic} meets {other}: a study of {city} consumers",
            f"{topic[0].upper()}{topic[1:]}: {self.fakers['en_GB'].bs()}",
        ]
        return self.rng.choice(forms)

    def _url(self, host: str | None = None) -> str:
        fake = self.fakers["en_CA"]
        return (f"https://www.{host}/" if host else fake.url()) + fake.uri_path()

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(self._DRAWS, weights=self._WEIGHTS)[0]
        return getattr(self, "_" + kind.replace("-", "_"))()  # type: ignore[no-any-return]

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people = [self.person() for _ in range(count)]
        if self.people_seen and self.rng.random() < 0.08:  # the same lead author again, maybe the same year
            people[0] = dict(self.rng.choice(self.people_seen))
        self.people_seen.append(people[0])
        return people

    def _dated(self, record: dict[str, Any], chance: float = 1.0) -> int:
        year = self.year()
        if self.rng.random() < chance:
            record["issued"] = {"date-parts": [[year]]}
        return year

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "publisher": publisher, "publisher-place": place}  # fmt: skip
        self._dated(record)
        if self.rng.random() < 0.4:
            record["edition"] = str(self.rng.randint(2, 12))
            if self.rng.random() < 0.5:
                record["title"] = f"{record['title']}: Canadian edition"
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 300)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": f"The Canadian handbook of {self.rng.choice(_TOPICS)}", "publisher": publisher,
            "publisher-place": place, "page": f"{start}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        self._dated(record)
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "volume": str(self.rng.randint(1, 80)),
            "issue": str(self.rng.randint(1, 6)), "page": f"{start}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        self._dated(record)
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "URL": self._url()}  # fmt: skip
        year = self._dated(record, 0.8)
        if self.rng.random() < 0.93:
            record["accessed"] = self.accessed_after(year)
        return self._person_work(record, "web")

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        if self.orgs_seen and "issued" in record and self.rng.random() < 0.12:  # same organisation, same year
            name, tags, parts = self.rng.choice(self.orgs_seen)
            record["issued"] = {"date-parts": [list(parts)]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(parts[0])
        if "issued" in record:
            self.orgs_seen.append((name, tags, record["issued"]["date-parts"][0]))
        return self._org_work(record, kind, name, tags)

    def _organisation_web(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url()}
        year = self._dated(record, 0.75)
        if self.rng.random() < 0.93:
            record["accessed"] = self.accessed_after(year)
        return self._org(record, "web", name, tags | ({"undated"} if "issued" not in record else set()))

    def _organisation_report(self) -> Work:
        name, tags = self.organisation()
        title = self._title()
        if self.rng.random() < 0.4:
            title = f"{self.rng.choice(['Annual report', 'Sustainability report', 'Annual information form', 'Rapport annuel', 'ESG report'])} {self.rng.randint(2015, 2025)}"
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" (")[0],
                                  "publisher-place": self.rng.choice(["Toronto", "Montréal", "Vancouver", "Calgary", "Ottawa", "Brampton, ON", "Lévis, QC"])}  # fmt: skip
        year = self._dated(record, 0.85)
        if self.rng.random() < 0.6:
            record["URL"] = self._url()
            record["accessed"] = self.accessed_after(year)
        return self._org(record, "report", name, tags)

    def _government(self) -> Work:
        name = self.rng.choice(_GOVERNMENT)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "URL": self._url(self.rng.choice(["canada.ca/en", "canada.ca/fr", "quebec.ca", "ontario.ca", "crtc.gc.ca", "priv.gc.ca"]))}  # fmt: skip
        year = self._dated(record, 0.85)
        record["accessed"] = self.accessed_after(year)
        return self._org(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _legislation(self) -> Work:
        # An Act or a decision as candidates list it: a web page on the body's site, the body as author.
        title, year = self.rng.choice(_LEGISLATION)
        body = (
            "CRTC"
            if "CRTC" in title
            else self.rng.choice(
                ["Government of Canada", "Justice Laws Website", "Gouvernement du Québec", "Government of Ontario"]
            )
        )
        record: dict[str, Any] = {"type": "webpage", "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": self._url(self.rng.choice(["laws-lois.justice.gc.ca", "legisquebec.gouv.qc.ca", "crtc.gc.ca", "ontario.ca/laws"])),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        work = self._org(record, "legislation", body, {"government", "legislation"})
        return work

    def _statistics(self) -> Work:
        table = f"{self.rng.randint(10, 98)}-10-{self.rng.randint(1, 999):04d}-01"
        subject = self.rng.choice(["Retail trade sales by province and territory", "Monthly survey of food services and drinking places",
                                   "Travel by Canadian residents", "Household spending, Canada, regions and provinces",
                                   "Canadian Internet use survey", "Consumer Price Index, monthly, not seasonally adjusted",
                                   "Labour force characteristics by visible minority group", "Retail e-commerce sales"])  # fmt: skip
        record: dict[str, Any] = {
            "type": "dataset",
            "title": f"{subject} (Table {table})",
            "URL": f"https://www150.statcan.gc.ca/t1/tbl1/en/tv.action?pid={table.replace('-', '')}",
        }
        year = self._dated(record, 0.9)
        record["accessed"] = self.accessed_after(year)
        return self._org(record, "web", "Statistics Canada", {"government"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        market = self.rng.choice(["coffee shops", "grocery retail", "wireless services", "retail banking", "credit unions",
                                  "quick-service restaurants", "domestic air travel", "beer, wine and spirits", "pharmacy"])  # fmt: skip
        titles = [f"{market[0].upper()}{market[1:]} in Canada {self.rng.randint(2019, 2025)}",
                  f"Canadians and {market}: {self.rng.choice(['spring', 'fall', 'holiday'])} tracker",
                  f"{market[0].upper()}{market[1:]} - Canada - {self.rng.choice(['March', 'July', 'November'])} {self.rng.randint(2020, 2025)}",
                  f"The {market} consumer in Québec", f"{self.rng.choice(_TOPICS)[0].upper()}: a {name} poll"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": self._url(name.split()[0].lower().replace("é", "e") + ".ca")}  # fmt: skip
        year = self._dated(record, 0.9)
        record["accessed"] = self.accessed_after(year)
        tags = {"market-research"} | ({"undated"} if "issued" not in record else set())
        return self._org(record, "report", name, tags)

    def _press(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}, "URL": self._url(),
        }  # fmt: skip
        if self.rng.random() < 0.93:
            record["accessed"] = {"date-parts": [[min(max(year, 2022) + self.rng.randint(0, 1), 2025), 12, 29]]}
        if self.rng.random() < 0.8:
            record["author"] = self._people(3)
            return self._person_work(record, "news")
        return self._org(record, "news", record["container-title"], {"press"})

    def _social(self) -> Work:
        platform = self.rng.choice(["Instagram", "LinkedIn", "TikTok", "X (formerly Twitter)", "YouTube"])
        year = self.year() if self.rng.random() < 0.5 else self.rng.randint(2019, 2025)
        record: dict[str, Any] = {"type": "post", "title": f"{self._title()} [{platform}]", "URL": self._url(platform.split()[0].lower() + ".com"),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}}  # fmt: skip
        record["accessed"] = {"date-parts": [[max(year, 2022) + 1 if year < 2025 else 2025, 12, 28]]}
        if self.rng.random() < 0.5:
            record["author"] = self._people(1)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org(record, "web", name, tags | {"social"})

    def _podcast(self) -> Work:
        year = self.rng.randint(2017, 2025)
        record: dict[str, Any] = {"type": "interview", "title": f"{self._title()} [Podcast]",
                                  "container-title": self.rng.choice(["The Decibel", "Front Burner", "Strategy Talks", "The Marketing Pod Canada", "Rad'Balado"]),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url(), "accessed": {"date-parts": [[min(year + 1, 2025), 12, 28]]}}  # fmt: skip
        if self.rng.random() < 0.6:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        return self._org(record, "web", self.rng.choice(["CBC News", "Radio-Canada", "The Globe and Mail"]), {"press"})

    def _thesis(self) -> Work:
        school, place = self.rng.choice(_THESES)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": self._people(1),
                                  "genre": self.rng.choice(["MBA thesis", "MSc thesis", "PhD thesis", "Mémoire de maîtrise", "Doctoral dissertation"]),
                                  "publisher": school, "publisher-place": place}  # fmt: skip
        self._dated(record)
        return self._person_work(record, "thesis")
