"""The blind211 pool's works: what marketers in Canada's Prairie and Atlantic provinces and in Indigenous-owned
businesses cite in CIM Level 6 and 7 reports and MBA assignments.

Written without reading the checker, its tests or any other pool. Canadian textbooks (Pearson Canada, Nelson,
McGraw-Hill Ryerson), chapters, journal articles (Canadian Journal of Administrative Sciences, Journal of
Enterprising Communities) with up to eight authors and DOIs, theses from Prairie and Atlantic universities, ASAC
conference papers, federal, provincial, First Nations and Métis governments and agencies (two works of one body in a
year now and then), Acts with their chapter numbers under the government that passed them, market research with
years (Leger, Angus Reid, Environics), the regional and Indigenous press signed and unsigned, social posts, videos,
podcasts and undated pages; Cree, Mi'kmaw, Métis, Acadian, Ukrainian-Canadian, Icelandic-Canadian, Newfoundland,
Scottish-Canadian and newer Canadians' names as the region's scholars and journals print them.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import datetime
import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "thesis", "conference", "government", "legislation", "market-research",
         "news", "organisation-web", "organisation-report", "social", "video", "podcast", "web")  # fmt: skip

# (family, given) as the names are printed on the region's papers and title pages.
_INDIGENOUS = [("Cardinal", "Harold"), ("Ahenakew", "Cheryl"), ("Starblanket", "Noel"), ("Bear", "Marcia"),
               ("Wuttunee", "Wanda"), ("Littlechild", "Wilton"), ("Cuthand", "Beth"), ("Stonechild", "Blair"),
               ("Sinclair", "Niigaan"), ("Fontaine", "Tina"), ("Linklater", "Renee"), ("Mercredi", "Ovide"),
               ("Kakakaway", "Tara"), ("Okemaw", "Darren"), ("McKay", "Raven"), ("Ballantyne", "Sherry"),
               ("Sark", "Mi'sel"), ("Paul", "Daniel N."), ("Bernard", "Tuma"), ("Denny", "Sherry"),
               ("Googoo", "Maureen"), ("Prosper", "Kerry"), ("Marshall", "Albert"), ("Francis", "Bernie"),
               ("Augustine", "Stephen"), ("Knockwood", "Noel"), ("Gould", "Leah"), ("Sylliboy", "Jaime Battiste"),
               ("Chartrand", "Paul L.A.H."), ("Desjarlais", "Joanne"), ("Laliberte", "Ron"), ("Poitras", "Audrey"),
               ("Ouellette", "Robert-Falcon"), ("Daniels", "Harry"), ("Belcourt", "Tony"), ("Dorion", "Leah Marie"),
               ("Kennedy-Gladue", "Crystal"), ("Manitowabi", "Suzanne"), ("Kinew", "Wab"), ("Bird", "Louise")]  # fmt: skip
_ACADIAN = [("LeBlanc", "Anne-Marie"), ("Cormier", "Jean-François"), ("Arsenault", "Marie-Ève"), ("Gallant", "Rémi"),
            ("Doucet", "Léonie"), ("Thériault", "Guy"), ("Robichaud", "Josée"), ("Landry", "Réjean"),
            ("Boudreau", "Chantal"), ("Poirier", "Marc-André"), ("Comeau", "Geneviève"), ("d'Entremont", "Gérald"),
            ("Savoie", "Donald J."), ("Léger", "Mathieu"), ("Bourque", "Nathalie"), ("Chiasson", "Aurèle"),
            ("Haché", "Sylvie"), ("Thibodeau", "Pierre-Luc"), ("Cyr", "Édith"), ("Richard", "Zénon")]  # fmt: skip
_UKRAINIAN = [("Kowalchuk", "Natalka"), ("Hnatiuk", "Orest"), ("Yaremko", "Lesia"), ("Shevchuk", "Taras"),
              ("Stefaniuk", "Myroslava"), ("Melnyk", "Bohdan"), ("Kuzyk", "Roman"), ("Wasylyshyn", "Larissa"),
              ("Prystupa", "Yuri"), ("Fedoruk", "Halyna"), ("Tkachuk", "Walter"), ("Bilash", "Olenka"),
              ("Hryniuk", "Stella"), ("Semchuk", "Mykola"), ("Zacharuk", "Darcy")]  # fmt: skip
_ICELANDIC = [("Thorsteinson", "Kristín"), ("Sigurdson", "Einar"), ("Eyolfson", "Bjorn"), ("Stefansson", "Signý"),
              ("Bjarnason", "Gunnar"), ("Olafson", "Helga"), ("Gudmundson", "Thora"), ("Einarsson", "Lárus"),
              ("Johnson", "Vala"), ("Arnason", "David")]  # fmt: skip
_ATLANTIC = [("MacDonald", "Heather"), ("MacNeil", "Angus"), ("O'Reilly", "Siobhan"), ("Fraser", "Colin"),
             ("Chisholm", "Mairi"), ("Gillis", "Ronald"), ("Penney", "Gerald"), ("Butt", "Dwayne"), ("Power", "Sheila"),
             ("Walsh", "Kevin"), ("Noseworthy", "Paula"), ("Pike", "Rodney"), ("Kean", "Bernice"), ("Murphy", "Declan"),
             ("MacLean", "Iain"), ("McIsaac", "Jennifer"), ("Doyle", "Brendan"), ("Tulk", "Glenda"),
             ("Fitzgerald", "Maura"), ("Campbell", "Stewart")]  # fmt: skip
_PRAIRIE = [("Friesen", "Gerald"), ("Penner", "Ruth"), ("Klassen", "Abe"), ("Dyck", "Karen"), ("Wiebe", "Nettie"),
            ("Reimer", "Tobias"), ("Schmidt", "Lorraine"), ("Anderson", "Kyle"), ("Nelson", "Brenda"),
            ("Thompson", "Garth"), ("Holt", "Shannon"), ("Hildebrand", "Corey"), ("Loewen", "Megan")]  # fmt: skip
_NEWER = [("Sandhu", "Harpreet"), ("Dhaliwal", "Navdeep"), ("Gill", "Manjit"), ("Chan", "Wing Yee"), ("Wong", "Kelvin"),
          ("Reyes", "Maricel"), ("Santos", "Jonel"), ("Nguyen", "Thao"), ("Okafor", "Chinedu"), ("Haddad", "Lina"),
          ("Zhang", "Yifan"), ("Li", "Xiaoxue"), ("Abubakar", "Fatima"), ("Mohammed", "Ahmed"), ("Patel", "Dhruv"),
          ("Ferreira", "Nuno"), ("Kim", "Ji-hoon"), ("Bélanger", "Sophie"), ("Côté", "Mélanie"), ("Gagnon", "Luc")]  # fmt: skip
_NAME_GROUPS = [(_INDIGENOUS, 18), (_ACADIAN, 14), (_UKRAINIAN, 10), (_ICELANDIC, 6), (_ATLANTIC, 18), (_PRAIRIE, 14),
                (_NEWER, 20)]  # fmt: skip

# Who these reports cite when no person is named: (name, tags).
_GOVERNMENT = [("Statistics Canada", {"government"}), ("Competition Bureau Canada", {"government"}),
               ("Competition Bureau", {"government"}),
               ("Canadian Radio-television and Telecommunications Commission (CRTC)", {"government", "abbreviation"}),
               ("CRTC", {"government", "acronym"}),
               ("Innovation, Science and Economic Development Canada", {"government", "comma"}),
               ("Innovation, Science and Economic Development Canada (ISED)", {"government", "comma", "abbreviation"}),
               ("Fisheries and Oceans Canada", {"government"}), ("Agriculture and Agri-Food Canada", {"government"}),
               ("Atlantic Canada Opportunities Agency (ACOA)", {"government", "abbreviation"}),
               ("Prairies Economic Development Canada", {"government"}), ("Destination Canada", {"government"}),
               ("Indigenous Services Canada", {"government"}), ("Office of the Privacy Commissioner of Canada", {"government"}),
               ("Manitoba Agriculture", {"government"}), ("Government of Saskatchewan", {"government"}),
               ("Saskatchewan Ministry of Agriculture", {"government"}), ("Government of Alberta", {"government"}),
               ("Alberta Economic Development, Trade and Tourism", {"government", "comma"}),
               ("Nova Scotia Department of Fisheries and Aquaculture", {"government"}),
               ("Government of New Brunswick", {"government"}), ("Government of Newfoundland and Labrador", {"government"}),
               ("Prince Edward Island Department of Agriculture", {"government"}), ("Tourism Nova Scotia", {"government"}),
               ("Travel Manitoba", {"government"}), ("Tourism New Brunswick", {"government"}),
               ("Manitoba Métis Federation", {"indigenous-government"}), ("Métis Nation–Saskatchewan", {"indigenous-government"}),
               ("Métis Nation of Alberta", {"indigenous-government"}),
               ("Federation of Sovereign Indigenous Nations (FSIN)", {"indigenous-government", "abbreviation"}),
               ("Assembly of Manitoba Chiefs", {"indigenous-government"}), ("Membertou First Nation", {"indigenous-government"}),
               ("Peter Ballantyne Cree Nation", {"indigenous-government"}), ("Muskeg Lake Cree Nation", {"indigenous-government"}),
               ("Mi'kmaq Confederacy of Prince Edward Island", {"indigenous-government", "apostrophe"}),
               ("Kwilmu'kw Maw-klusuaqn Negotiation Office", {"indigenous-government", "apostrophe"}),
               ("Assembly of Nova Scotia Mi'kmaw Chiefs", {"indigenous-government", "apostrophe"})]  # fmt: skip
_ORGANISATIONS = [("Canadian Council for Aboriginal Business (CCAB)", {"trade-body", "abbreviation"}),
                  ("Indigenous Tourism Association of Canada", {"trade-body"}), ("Indigenous Tourism Alberta", {"trade-body"}),
                  ("Canadian Federation of Independent Business", {"trade-body"}), ("CFIB", {"trade-body", "acronym"}),
                  ("Canadian Credit Union Association", {"trade-body"}), ("Canadian Marketing Association", {"trade-body"}),
                  ("Co-operatives and Mutuals Canada", {"trade-body"}), ("Farm Credit Canada", {"company"}),
                  ("Federated Co-operatives Limited", {"company"}), ("Assiniboine Credit Union", {"company"}),
                  ("Servus Credit Union", {"company"}), ("Conexus Credit Union", {"company"}), ("Affinity Credit Union", {"company"}),
                  ("ATB Financial", {"company"}), ("Steinbach Credit Union", {"company"}), ("Nutrien", {"company"}),
                  ("Richardson International", {"company"}), ("Clearwater Seafoods", {"company"}), ("High Liner Foods", {"company"}),
                  ("Sobeys Inc.", {"company"}), ("Cavendish Farms", {"company"}), ("Irving Oil", {"company"}),
                  ("Emera", {"company"}), ("SaskTel", {"company"}), ("Manitoba Hydro", {"company"}),
                  ("Manitobah Mukluks", {"company"}), ("Peace Hills Trust", {"company"}),
                  ("First Nations Bank of Canada", {"company"}), ("Ernst & Young LLP", {"company", "ampersand"}),
                  ("MNP LLP", {"company", "acronym"}), ("Deloitte Canada", {"company"}), ("Pete's Frootique", {"company", "apostrophe"}),
                  ("Farmers' Markets of Nova Scotia", {"trade-body", "apostrophe"}), ("Moosehead Breweries", {"company"}),
                  ("Lobster Council of Canada", {"trade-body"}), ("Canola Council of Canada", {"trade-body"}),
                  ("Times & Transcript", {"press", "ampersand"}), ("Fishermen & Scientists Research Society", {"trade-body", "ampersand"}),
                  ("Wanuskewin Heritage Park", {"company"}), ("Tourism Saskatoon", {"trade-body"}),
                  ("Economic Development Winnipeg", {"trade-body"}), ("Halifax Partnership", {"trade-body"})]  # fmt: skip
_MARKET_RESEARCH = ["Leger", "Angus Reid Institute", "Environics Analytics", "Environics Research", "Abacus Data",
                    "Ipsos Canada", "Narrative Research", "Probe Research", "Insightrix Research", "Numeris",
                    "Mintel", "Statista"]  # fmt: skip
_NEWS = ["CBC News", "Winnipeg Free Press", "The Chronicle Herald", "APTN News", "Saskatoon StarPhoenix",
         "Regina Leader-Post", "Calgary Herald", "Edmonton Journal", "The Telegram", "Telegraph-Journal",
         "Times & Transcript", "The Guardian (Charlottetown)", "The Western Producer", "The Globe and Mail",
         "Financial Post", "Halifax Examiner", "Eagle Feather News", "Windspeaker", "Acadie Nouvelle"]  # fmt: skip
_BOOK_PUBLISHERS = [("Pearson Canada", "Toronto"), ("Pearson Canada", "North York"), ("Nelson Education", "Toronto"),
                    ("McGraw-Hill Ryerson", "Whitby"), ("McGraw-Hill Ryerson", "Toronto"), ("Cengage Canada", "Toronto"),
                    ("Oxford University Press Canada", "Don Mills"), ("University of Manitoba Press", "Winnipeg"),
                    ("University of Regina Press", "Regina"), ("Fernwood Publishing", "Halifax and Winnipeg"),
                    ("Nimbus Publishing", "Halifax"), ("Purich Publishing", "Saskatoon"), ("Canadian Scholars", "Toronto"),
                    ("Wiley", "Mississauga"), ("UBC Press", "Vancouver")]  # fmt: skip
_JOURNALS = ["Canadian Journal of Administrative Sciences",
             "Canadian Journal of Administrative Sciences / Revue canadienne des sciences de l'administration",
             "Journal of Enterprising Communities: People and Places in the Global Economy",
             "Journal of Enterprising Communities", "Journal of Small Business & Entrepreneurship",
             "Canadian Journal of Agricultural Economics", "Canadian Public Policy", "International Indigenous Policy Journal",
             "Journal of Aboriginal Economic Development", "Journal of Co-operative Organization and Management",
             "Marine Policy", "Journal of Rural and Community Development", "Canadian Geographer",
             "Journal of Business Ethics", "Journal of Sustainable Tourism", "Journal of Marketing Management"]  # fmt: skip
_UNIVERSITIES = ["University of Manitoba", "University of Saskatchewan", "Dalhousie University",
                 "Memorial University of Newfoundland", "University of New Brunswick", "Université de Moncton",
                 "University of Regina", "Saint Mary's University", "Cape Breton University", "University of Calgary",
                 "University of Alberta", "University of Prince Edward Island", "Mount Saint Vincent University"]  # fmt: skip
_TOPICS = ["credit union member loyalty", "co-operative branding", "Indigenous tourism", "lobster exports to Asia",
           "canola marketing", "rural broadband adoption", "Métis entrepreneurship", "Mi'kmaw business development",
           "Acadian identity in advertising", "farm-gate sales", "energy transition messaging", "place branding",
           "buy-local campaigns", "agri-food exports", "seafood traceability", "winter festival tourism",
           "newcomer banking", "CASL compliance", "prairie craft brewing", "reconciliation and procurement",
           "Indigenous-owned brands", "co-operative retail", "francophone consumers", "fisheries certification",
           "potato branding", "carbon pricing communication", "social enterprise", "sport sponsorship"]  # fmt: skip
_PLACES = ["Manitoba", "Saskatchewan", "Alberta", "Nova Scotia", "New Brunswick", "Newfoundland and Labrador",
           "Prince Edward Island", "Atlantic Canada", "the Prairies", "Winnipeg", "Halifax", "Saskatoon", "Regina",
           "Moncton", "St. John's", "Calgary", "Edmonton", "Charlottetown", "Unama'ki", "Treaty 6 territory"]  # fmt: skip
_ACTS = [("Government of Canada", "Canada's Anti-Spam Legislation, S.C. 2010, c. 23", 2010),
         ("Government of Canada", "Personal Information Protection and Electronic Documents Act, S.C. 2000, c. 5", 2000),
         ("Government of Canada", "Competition Act, R.S.C. 1985, c. C-34", 1985),
         ("Government of Canada", "Online Streaming Act, S.C. 2023, c. 8", 2023),
         ("Government of Canada", "Greenhouse Gas Pollution Pricing Act, S.C. 2018, c. 12, s. 186", 2018),
         ("Government of Canada", "Food and Drugs Act, R.S.C. 1985, c. F-27", 1985),
         ("Government of Canada", "Cannabis Act, S.C. 2018, c. 16", 2018),
         ("Government of Canada", "United Nations Declaration on the Rights of Indigenous Peoples Act, S.C. 2021, c. 14", 2021),
         ("Government of Manitoba", "The Consumer Protection Act, C.C.S.M. c. C200", 1970),
         ("Government of Saskatchewan", "The Consumer Protection and Business Practices Act, S.S. 2013, c. C-30.2", 2013),
         ("Government of Alberta", "Consumer Protection Act, R.S.A. 2000, c. C-26.3", 2000),
         ("Government of Nova Scotia", "Consumer Protection Act, R.S.N.S. 1989, c. 92", 1989),
         ("Province of New Brunswick", "Official Languages Act, S.N.B. 2002, c. O-0.5", 2002),
         ("Government of Newfoundland and Labrador", "Fish Inspection Act, R.S.N.L. 1990, c. F-12", 1990),
         ("Parliament of Canada", "Fisheries Act, R.S.C. 1985, c. F-14", 1985),
         ("Parliament of Canada", "An Act respecting First Nations, Inuit and Métis children, youth and families, S.C. 2019, c. 24", 2019)]  # fmt: skip


class Blind211WorkFactory(WorkFactory):
    """Works cited by marketers in the Prairies, Atlantic Canada and Indigenous-owned businesses."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 211)
        self.org_years: list[tuple[str, frozenset[str], int]] = []
        self.people_years: list[tuple[list[dict[str, str]], int]] = []

    # ------------------------------------------------------------------ people and bodies
    def person(self) -> dict[str, str]:
        group = self.rng.choices([g for g, _ in _NAME_GROUPS], weights=[w for _, w in _NAME_GROUPS])[0]
        family, given = self.rng.choice(group)
        if self.rng.random() < 0.05:  # a married woman's double surname, hyphenated as Canadian journals print it
            family = f"{family}-{self.rng.choice(_ATLANTIC + _PRAIRIE)[0]}"
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if name["family"] not in {p["family"] for p in people}:
                people.append(name)
        return people

    def year(self) -> int:
        if self.rng.random() < 0.06:
            return self.rng.randint(1988, 2004)
        return self.rng.randint(2008, 2025)

    def _issued(self, year: int, day: bool = False) -> dict[str, Any]:
        if day:
            return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        return {"date-parts": [[year]]}

    def _accessed_after(self, issued: dict[str, Any] | None) -> dict[str, Any]:
        start = datetime.date(2023, 1, 1)
        if issued is not None:
            parts = issued["date-parts"][0]
            start = max(
                start, datetime.date(parts[0], parts[1] if len(parts) > 1 else 12, parts[2] if len(parts) > 2 else 28)
            )
        when = start + datetime.timedelta(days=self.rng.randint(1, 500))
        return {"date-parts": [[when.year, when.month, when.day]]}

    def _url(self, host: str) -> str:
        return f"https://www.{host}/{self.fakers['en_GB'].slug()}"

    def _title(self) -> str:
        topic, place = self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"Rethinking {topic}: evidence from {place}",
                 f"{topic[0].upper()}{topic[1:]} and community well-being", f"What {place} consumers expect from {topic}",
                 f"Building trust through {topic}", f"{topic[0].upper()}{topic[1:]}: a two-eyed seeing approach",
                 f"The business case for {topic} in {place}", f"{topic[0].upper()}{topic[1:]} after the pandemic"]  # fmt: skip
        return self.rng.choice(forms)

    def _org(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS if self.rng.random() < 0.6 else _GOVERNMENT)
        return name, set(tags)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            list(KINDS), weights=[11, 5, 18, 4, 4, 9, 3, 7, 9, 8, 6, 4, 3, 3, 6],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        if "issued" in record and kind in ("journal", "book", "web") and self.people_years and self.rng.random() < 0.1:
            authors, year = self.rng.choice(self.people_years)  # one author's two works of a year: 2021a and 2021b
            record["author"] = [dict(authors[0]), *record["author"][1:]]
            record["issued"] = self._issued(year)
        if "issued" in record:
            self.people_years.append((record["author"], record["issued"]["date-parts"][0][0]))
        if "accessed" in record:
            record["accessed"] = self._accessed_after(record.get("issued"))
        return super()._person_work(record, kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        once = [entry for entry in self.org_years if self.org_years.count(entry) == 1]
        pairable = kind in ("organisation-web", "organisation-report", "government", "web")
        if pairable and "issued" in record and once and self.rng.random() < 0.1:
            name, tags, year = self.rng.choice(once)  # two works of one body in a year
            record["issued"] = self._issued(year)
            if record.get("publisher") and record["type"] == "report" and kind != "market-research":
                record["publisher"] = name.split(" (")[0]
        if pairable and "issued" in record:
            self.org_years.append((name, frozenset(tags), record["issued"]["date-parts"][0][0]))
        if "accessed" in record:
            record["accessed"] = self._accessed_after(record.get("issued"))
        return super()._org_work(record, kind, name, set(tags))

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_BOOK_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": self._issued(self.year()), "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.4:
            record["edition"] = (
                f"{self.rng.randint(4, 9)}th Canadian edn" if self.rng.random() < 0.5 else str(self.rng.randint(2, 8))
            )
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_BOOK_PUBLISHERS)
        start = self.rng.randint(1, 280)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["Indigenous business in Canada: principles and practices",
                                                "Co-operatives in a post-growth era", "Marketing in Atlantic Canada",
                                                "Prairie economies in transition", "Reconciliation and the economy"]),
            "issued": self._issued(self.year()), "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 600)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": self._issued(self.year()),
            "volume": str(self.rng.randint(1, 41)), "issue": str(self.rng.randint(1, 4)),
            "page": f"{start}-{start + self.rng.randint(10, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.6:
            year, number = record["issued"]["date-parts"][0][0], self.rng.randint(100, 9999)
            record["DOI"] = self.rng.choice([f"10.1002/cjas.{number}", f"10.1108/JEC-{year}-{number:04d}",
                                             f"10.1080/08276331.{year}.{number}", f"10.3138/cpp.{year}-{number:03d}"])  # fmt: skip
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": [self.person()], "issued": self._issued(self.year()),
            "genre": self.rng.choice(["MBA thesis", "MSc thesis", "PhD thesis", "Master's thesis", "MA thesis"]),
            "publisher": university, "publisher-place": "",
        }  # fmt: skip
        record.pop("publisher-place")
        if self.rng.random() < 0.5:
            record["URL"] = self._url(
                self.rng.choice(
                    [
                        "mspace.lib.umanitoba.ca/items",
                        "harvest.usask.ca/handle",
                        "dalspace.library.dal.ca/handle",
                        "research.library.mun.ca",
                        "unbscholar.lib.unb.ca/items",
                    ]
                )
            )
            record["accessed"] = {}
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        year = self.year()
        start = self.rng.randint(1, 200)
        city = self.rng.choice(
            ["Halifax", "Regina", "Winnipeg", "St. John's", "Moncton", "Saskatoon", "Calgary", "Charlottetown"]
        )
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": "Proceedings of the Administrative Sciences Association of Canada (ASAC) Annual Conference",
            "event-place": city, "publisher-place": city, "issued": self._issued(year), "page": f"{start}-{start + 14}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        kind = self.rng.choice(["report", "webpage"])
        host = self.rng.choice(
            [
                "canada.ca/en",
                "statcan.gc.ca/en",
                "gov.mb.ca",
                "saskatchewan.ca",
                "alberta.ca",
                "novascotia.ca",
                "gnb.ca",
                "gov.nl.ca",
                "mmf.mb.ca",
                "membertou.ca",
                "crtc.gc.ca/eng",
                "ised-isde.canada.ca",
            ]
        )
        record: dict[str, Any] = {"type": kind, "title": self._title(), "URL": self._url(host), "accessed": {}}
        if self.rng.random() < 0.88:
            record["issued"] = self._issued(self.year())
        if kind == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = self.rng.choice(
                ["Ottawa", "Winnipeg", "Regina", "Edmonton", "Halifax", "Fredericton", "St. John's"]
            )
        work = self._org_work(record, "government", name, set(tags) | {"government"})
        if "issued" not in record:
            work.year = "n.d."
        return work

    def _legislation(self) -> Work:
        body, title, year = self.rng.choice(_ACTS)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": self._issued(year)}
        if self.rng.random() < 0.6:
            record["URL"] = f"https://laws-lois.justice.gc.ca/eng/acts/{self.fakers['en_GB'].slug()}"
            record["accessed"] = {}
        record["id"] = self._id()
        record["author"] = [{"literal": body}]
        record["accessed"] = self._accessed_after(record["issued"]) if "accessed" in record else None
        if record["accessed"] is None:
            record.pop("accessed")
        return Work(record, body, str(year), True, 1, "legislation", {"legislation", "government", "organisation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_MARKET_RESEARCH)
        year = self.year()
        place = self.rng.choice(_PLACES)
        titles = [f"{place} consumer outlook {year}", f"Canadians and {self.rng.choice(_TOPICS)}: {year} survey",
                  f"Trust in credit unions and banks, {year}", f"PRIZM segmentation: {place}, {year}",
                  f"Atlantic Quarterly, {self.rng.choice(['spring', 'summer', 'fall', 'winter'])} {year}",
                  f"Attitudes to reconciliation and Indigenous-owned business, {year}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "issued": self._issued(year), "URL": self._url(name.split()[0].lower() + ".ca"), "accessed": {}}  # fmt: skip
        return self._org_work(record, "market-research", name, {"market-research"})

    def _news(self) -> Work:
        outlet = self.rng.choice(_NEWS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": outlet,
            "issued": self._issued(self.year(), day=True), "URL": self._url(outlet.split()[-1].strip("()").lower() + ".ca"),
            "accessed": {},
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(3)
            return self._person_work(record, "news")
        return self._org_work(record, "news", outlet, {"press"})

    def _organisation_web(self) -> Work:
        name, tags = self._org()
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self._title(),
            "URL": self._url("example-org.ca"),
            "accessed": {},
        }
        if self.rng.random() < 0.7:
            record["issued"] = self._issued(self.year())
        work = self._org_work(record, "organisation-web", name, tags)
        if "issued" not in record:
            work.year = "n.d."
        return work

    def _organisation_report(self) -> Work:
        name, tags = self._org()
        year = self.year()
        title = (
            f"{self.rng.choice(['Annual report', 'Community impact report', 'Sustainability report', 'Member report'])} {year}"
            if self.rng.random() < 0.5
            else self._title()
        )
        record: dict[str, Any] = {"type": "report", "title": title, "issued": self._issued(year),
                                  "publisher": name.split(" (")[0], "publisher-place": self.rng.choice(["Winnipeg", "Saskatoon", "Halifax", "Calgary", "Moncton"])}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url("example-org.ca")
            record["accessed"] = {}
        return self._org_work(record, "organisation-report", name, tags)

    def _social(self) -> Work:
        platform = self.rng.choice(["Instagram", "LinkedIn", "Facebook", "TikTok", "X"])
        record: dict[str, Any] = {
            "type": "post", "title": self.rng.choice(["Celebrating our members this Co-op Week", "Lobster season is open!",
                                                      "Meet the Métis artisans behind our fall collection",
                                                      "Our harvest update from the farm", "Tansi! Booking for summer tours is now open",
                                                      "Kwe'! Our Mi'kmaw language packaging is here"]),
            "container-title": platform, "issued": self._issued(self.rng.randint(2019, 2025), day=True),
            "URL": self._url(platform.lower() + ".com"), "accessed": {},
        }  # fmt: skip
        if self.rng.random() < 0.4:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        name, tags = self._org()
        return self._org_work(record, "social", name, tags)

    def _video(self) -> Work:
        record: dict[str, Any] = {"type": "motion_picture", "title": self._title(), "medium": "Video",
                                  "container-title": "YouTube", "issued": self._issued(self.rng.randint(2014, 2025), day=True),
                                  "URL": self._url("youtube.com"), "accessed": {}}  # fmt: skip
        if self.rng.random() < 0.4:
            record["author"] = [self.person()]
            return self._person_work(record, "video")
        name, tags = self._org()
        return self._org_work(record, "video", name, tags)

    def _podcast(self) -> Work:
        record: dict[str, Any] = {"type": "broadcast", "title": self._title(), "genre": "Podcast",
                                  "container-title": self.rng.choice(["Unreserved", "The Current", "Prairie Pod", "Atlantic Voice", "The Co-op Effect"]),
                                  "issued": self._issued(self.rng.randint(2016, 2025), day=True),
                                  "URL": self._url("podcasts.apple.com/ca"), "accessed": {}}  # fmt: skip
        record["author"] = self._people(2)
        return self._person_work(record, "podcast")

    def _web(self) -> Work:
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self._title(),
            "URL": self._url("example-blog.ca"),
            "accessed": {},
        }
        undated = self.rng.random() < 0.35
        if not undated:
            record["issued"] = self._issued(self.year())
        if self.rng.random() < 0.6:
            record["author"] = self._people(2)
            work = self._person_work(record, "web")
        else:
            name, tags = self._org()
            work = self._org_work(record, "web", name, tags | {"undated"} if undated else tags)
        if undated:
            work.year = "n.d."
        return work
