"""Works for the blind241 pool: what marketers at UK and Irish museums, galleries, heritage sites, theatres,
orchestras, festivals and arts charities cite in CIM Level 6 and 7 reports and MBA assignments.

Textbooks and chapters on arts and heritage marketing, the field's journals (many authors, DOIs), theses from the
museum-studies and arts-management schools, conference papers, public bodies and funders (DCMS, the arts councils,
the National Lottery Heritage Fund, Historic England, ONS, Fáilte Ireland, VisitBritain), trade bodies and charities,
institutions' pages and annual reports, market research with years, the arts and national press signed and
unsigned, social posts, videos, podcasts and undated pages. Names as their owners print them: British
double-barrelled names, Irish names with Ó, Ní and Mac, Welsh and Scottish Gaelic names, Italian, Greek and Nigerian
names. Written without reading the checker.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "thesis", "conference", "government", "trade-body", "company",
         "annual-report", "market-research", "news", "social", "video", "podcast", "undated-web")  # fmt: skip

# (family, given) as the owners print them
_BRITISH = [("Whitfield", "Clare"), ("Ashworth", "Tom"), ("Pennington", "Sarah"), ("Hollis", "Rachel"),
            ("Fairbairn", "Duncan"), ("Lockwood", "Helen"), ("Brightwell", "Emma"), ("Cavendish", "Oliver"),
            ("Hartley", "James"), ("Okafor", "Joy"), ("Bradbury", "Nina"), ("Kemp", "Alistair"),
            ("Spencer-Churchill", "Harriet"), ("Bowes-Lyon", "Rupert"), ("Lloyd-Webber", "Imogen"),
            ("Heath-Stubbs", "Miranda"), ("Vaughan-Thomas", "Gareth"), ("Kerr-Anderson", "Fiona"),
            ("Rees-Mogg", "Annabel"), ("Hamilton-Baillie", "Ben"), ("Ferguson-Smyth", "Lucy")]  # fmt: skip
_IRISH = [("Ó Súilleabháin", "Cormac"), ("Ní Dhomhnaill", "Aoife"), ("Mac Giolla Phádraig", "Seán"),
          ("Ó Briain", "Siobhán"), ("Ní Chonaill", "Gráinne"), ("Mac Cárthaigh", "Dónal"), ("Ó Ceallaigh", "Niamh"),
          ("O'Sullivan", "Ciara"), ("McGuinness", "Orla"), ("MacNamara", "Eoin"), ("Ní Bhriain", "Caoimhe"),
          ("Ó Murchú", "Pádraig"), ("Nic Giolla Bhríde", "Sorcha"), ("O'Dowd", "Declan"), ("Fitzgerald", "Róisín")]  # fmt: skip
_WELSH = [("ap Dafydd", "Rhodri"), ("Llywelyn", "Siân"), ("Prys-Jones", "Eluned"), ("Gruffudd", "Heledd"),
          ("Pugh", "Gwenllian"), ("Bowen", "Iwan"), ("Hughes", "Ffion"), ("Rhys", "Dafydd"), ("Prydderch", "Lowri")]  # fmt: skip
_GAELIC = [("MacLeòid", "Iain"), ("NicIlleathain", "Catrìona"), ("Mac an t-Saoir", "Seumas"), ("MacAoidh", "Mòrag"),
           ("Caimbeul", "Eilidh"), ("MacDhòmhnaill", "Ruairidh"), ("MacLeod", "Kirsty"), ("Mackenzie", "Calum")]  # fmt: skip
_ITALIAN = [("Rossi", "Giulia"), ("Bianchi", "Lorenzo"), ("Colombo", "Francesca"), ("Esposito", "Chiara"),
            ("Lo Presti", "Marco"), ("Bertacchini", "Enrico"), ("Santagata", "Walter"), ("Mazzanti", "Massimo")]  # fmt: skip
_GREEK = [("Papadopoulou", "Eleni"), ("Georgiou", "Nikos"), ("Konstantinidis", "Yannis"), ("Alexiou", "Maria"),
          ("Tsiotsou", "Rodoula"), ("Vrontis", "Demetris"), ("Karagiannis", "Sofia")]  # fmt: skip
_NIGERIAN = [("Adebayo", "Tolulope"), ("Okonkwo", "Chinedu"), ("Oyelaran-Oyeyinka", "Bisi"), ("Adeyemi", "Folake"),
             ("Nwosu", "Ifeoma"), ("Balogun", "Kehinde"), ("Eze", "Ngozi"), ("Ogunleye", "Damilola")]  # fmt: skip
_PARTICLES = [("de", "Rooij", "Pieter"), ("di", "Stefano", "Alessandra"), ("van", "Aalst", "Irma"),
              ("de", "Bernardi", "Paola")]  # fmt: skip

_PUBLISHERS = [("Routledge", "Abingdon"), ("Routledge", "London"), ("Sage", "London"), ("Palgrave Macmillan", "Basingstoke"),
               ("Palgrave Macmillan", "Cham"), ("Kogan Page", "London"), ("Butterworth-Heinemann", "Oxford"),
               ("Butterworth-Heinemann", "Abingdon")]  # fmt: skip
_JOURNALS = [("International Journal of Arts Management", None), ("Museum Management and Curatorship", "10.1080/09647775"),
             ("International Journal of Heritage Studies", "10.1080/13527258"),
             ("Arts Marketing: An International Journal", "10.1108/AM"), ("Journal of Heritage Tourism", "10.1080/1743873X"),
             ("Cultural Trends", "10.1080/09548963"), ("Journal of Marketing Management", "10.1080/0267257X"),
             ("International Journal of Nonprofit and Voluntary Sector Marketing", "10.1002/nvsm"),
             ("Journal of Arts Management, Law, and Society", "10.1080/10632921")]  # fmt: skip
_TOPICS = ["audience development", "museum membership", "visitor loyalty", "heritage tourism", "arts fundraising",
           "legacy giving", "digital engagement", "pay-what-you-decide pricing", "theatre subscriptions",
           "relaxed performances", "cultural participation", "young audiences", "friends schemes", "blockbuster exhibitions",
           "place branding", "co-creation", "decolonising collections", "dynamic pricing", "volunteer motivation",
           "the visitor experience", "cultural value", "audience segmentation", "donor retention", "live streaming of theatre",
           "sponsorship", "social media", "wellbeing and the arts", "the night-time economy",
           "access and inclusion", "regional touring"]  # fmt: skip
_THESES = [("University of Leicester", "School of Museum Studies"), ("Goldsmiths, University of London", None),
           ("City, University of London", "arts management"), ("University of Glasgow", None),
           ("Queen Margaret University", None), ("University College Dublin", None), ("Ulster University", None)]  # fmt: skip
_CONFERENCES = [("Museums Association Conference", ["Belfast", "Glasgow", "Edinburgh", "Liverpool", "Brighton"]),
                ("Arts Marketing Association Conference (AMA)", ["Glasgow", "Liverpool", "Bristol", "Manchester"]),
                ("AIMAC International Conference on Arts and Cultural Management", ["Venice", "Dijon", "Bogotá", "Lugano"]),
                ("Academy of Marketing Conference", ["Cardiff", "Stirling", "Leeds", "London"])]  # fmt: skip
_GOVERNMENT = [("Department for Culture, Media and Sport", {"government", "comma"}, "https://www.gov.uk/government/publications/"),
               ("Department for Culture, Media & Sport", {"government", "comma", "ampersand"}, "https://www.gov.uk/government/statistics/"),
               ("DCMS", {"government", "acronym"}, "https://www.gov.uk/government/statistics/"),
               ("Arts Council England", {"funder"}, "https://www.artscouncil.org.uk/"),
               ("Creative Scotland", {"funder"}, "https://www.creativescotland.com/"),
               ("Arts Council of Wales", {"funder"}, "https://arts.wales/"),
               ("The Arts Council", {"funder"}, "https://www.artscouncil.ie/"),
               ("Arts Council of Northern Ireland", {"funder"}, "https://artscouncil-ni.org/"),
               ("National Lottery Heritage Fund", {"funder"}, "https://www.heritagefund.org.uk/"),
               ("Historic England", {"government"}, "https://historicengland.org.uk/"),
               ("Office for National Statistics", {"government"}, "https://www.ons.gov.uk/"),
               ("Office for National Statistics (ONS)", {"government", "abbreviation"}, "https://www.ons.gov.uk/"),
               ("Fáilte Ireland", {"government"}, "https://www.failteireland.ie/"),
               ("VisitBritain", {"government"}, "https://www.visitbritain.org/")]  # fmt: skip
_TRADE = [("Museums Association", {"trade-body"}, "https://www.museumsassociation.org/"),
          ("Association of Independent Museums", {"trade-body"}, "https://aim-museums.co.uk/"),
          ("Association of Independent Museums (AIM)", {"trade-body", "abbreviation"}, "https://aim-museums.co.uk/"),
          ("Arts Marketing Association", {"trade-body"}, "https://www.a-m-a.co.uk/"),
          ("The Audience Agency", {"trade-body"}, "https://www.theaudienceagency.org/"),
          ("Art Fund", {"charity"}, "https://www.artfund.org/"), ("UK Theatre", {"trade-body"}, "https://uktheatre.org/"),
          ("Society of London Theatre", {"trade-body"}, "https://solt.co.uk/"),
          ("Society of London Theatre & UK Theatre", {"trade-body", "ampersand"}, "https://solt.co.uk/"),
          ("Association of Leading Visitor Attractions (ALVA)", {"trade-body", "abbreviation"}, "https://www.alva.org.uk/"),
          ("Culture Ireland", {"government"}, "https://www.cultureireland.ie/"),
          ("Heritage Alliance", {"charity"}, "https://www.theheritagealliance.org.uk/")]  # fmt: skip
_INSTITUTIONS = [("National Trust", "https://www.nationaltrust.org.uk/"), ("English Heritage Trust", "https://www.english-heritage.org.uk/"),
                 ("Tate", "https://www.tate.org.uk/"), ("Victoria and Albert Museum", "https://www.vam.ac.uk/"),
                 ("British Museum", "https://www.britishmuseum.org/"), ("Science Museum Group", "https://www.sciencemuseumgroup.org.uk/"),
                 ("Royal Shakespeare Company", "https://www.rsc.org.uk/"), ("Royal National Theatre", "https://www.nationaltheatre.org.uk/"),
                 ("Royal Opera House Covent Garden Foundation", "https://www.rbo.org.uk/"),
                 ("Eden Project Ltd", "https://www.edenproject.com/"), ("Royal Botanic Gardens, Kew", "https://www.kew.org/"),
                 ("Abbey Theatre Amharclann na Mainistreach", "https://www.abbeytheatre.ie/"),
                 ("Historic Environment Scotland", "https://www.historicenvironment.scot/"), ("Cadw", "https://cadw.gov.wales/"),
                 ("National Museums Liverpool", "https://www.liverpoolmuseums.org.uk/"),
                 ("National Gallery of Ireland", "https://www.nationalgallery.ie/"), ("Edinburgh International Festival", "https://www.eif.co.uk/"),
                 ("Hay Festival", "https://www.hayfestival.com/")]  # fmt: skip
_RESEARCH = ["The Audience Agency", "Morris Hargreaves McIntyre", "Indigo Ltd", "Association of Leading Visitor Attractions (ALVA)",
             "Mintel", "Statista", "YouGov", "Department for Culture, Media and Sport"]  # fmt: skip
_RESEARCH_SITES = {"The Audience Agency": "https://www.theaudienceagency.org/evidence/", "Morris Hargreaves McIntyre": "https://www.mhminsight.com/articles/",
                   "Indigo Ltd": "https://www.indigo-ltd.com/", "Association of Leading Visitor Attractions (ALVA)": "https://www.alva.org.uk/",
                   "Mintel": "https://store.mintel.com/report/", "Statista": "https://www.statista.com/statistics/",
                   "YouGov": "https://yougov.co.uk/topics/arts/", "Department for Culture, Media and Sport": "https://www.gov.uk/government/statistics/"}  # fmt: skip
_PRESS = ["Museums Journal", "Arts Professional", "The Stage", "The Art Newspaper", "Apollo", "Financial Times",
          "The Guardian", "The Irish Times", "BBC News"]  # fmt: skip
_SITES = {"Museums Journal": "museumsassociation.org/museums-journal", "Arts Professional": "artsprofessional.co.uk",
          "The Stage": "thestage.co.uk", "The Art Newspaper": "theartnewspaper.com", "Apollo": "apollo-magazine.com",
          "Financial Times": "ft.com/content", "The Guardian": "theguardian.com/culture", "The Irish Times": "irishtimes.com/culture",
          "BBC News": "bbc.co.uk/news"}  # fmt: skip
_PLATFORMS = ["Instagram", "X", "TikTok", "LinkedIn", "Facebook", "Threads"]


class Blind241WorkFactory(WorkFactory):
    """The blind241 pool's works (see the module's docstring). A subclass, so no other pool changes."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 24101)
        self.dated_orgs: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        table = (_BRITISH if roll < 0.3 else _IRISH if roll < 0.48 else _WELSH if roll < 0.56 else _GAELIC if roll < 0.63
                 else _ITALIAN if roll < 0.71 else _GREEK if roll < 0.77 else _NIGERIAN if roll < 0.84 else None)  # fmt: skip
        if table is not None:
            family, given = self.rng.choice(table)
            return {"family": family, "given": given}
        if roll < 0.88:
            particle, family, given = self.rng.choice(_PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        fake = self.fakers[self.rng.choice(["en_GB", "en_GB", "en_IE"])]
        return {"family": fake.last_name(), "given": fake.first_name()}

    def year(self) -> int:
        if self.rng.random() < 0.05:  # the classics of arts marketing
            return self.rng.randint(1978, 1999)
        return self.rng.randint(2005, 2025)

    def recent(self) -> int:
        return self.rng.randint(2012, 2024)

    def accessed_after(self, issued: list[int]) -> dict[str, list[list[int]]]:
        year = self.rng.randint(issued[0] + 1, max(issued[0] + 1, 2025)) if issued[0] < 2025 else 2025
        return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]} in UK museums", f"Rethinking {topic}: lessons from the heritage sector",
                 f"{topic[0].upper()}{topic[1:]} and {other} at regional theatres", f"Who comes? {topic[0].upper()}{topic[1:]} after the pandemic",
                 f"Marketing the arts: {topic} in practice", f"{topic[0].upper()}{topic[1:]} in Ireland's cultural sector",
                 f"From visitors to members: {topic} at heritage sites", f"The role of {topic} in {other}",
                 f"“Not for people like us”: {topic} and non-attenders", f"{topic[0].upper()}{topic[1:]}, {other} and the Scottish festivals"]  # fmt: skip
        return self.rng.choice(forms)

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[38, 26, 15, 8, 5, 4, 2, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if person not in people:
                people.append(person)
        return people

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            list(KINDS), weights=[11, 5, 20, 4, 4, 9, 7, 6, 5, 8, 9, 3, 3, 2, 4])[0]  # fmt: skip
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        work.kind = kind  # the kind as KINDS names it ("annual-report", "social", "podcast")
        return work

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then a body's second work of a year ("Arts Council England, 2023a" and "2023b").
        pairable = kind in ("report", "web") and not tags & {"social", "press"}
        if pairable and self.dated_orgs and "issued" in record and self.rng.random() < 0.14:
            name, tags, issued = self.rng.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [list(issued["date-parts"][0][:1])]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
            if kind == "report" and "publisher" in record:
                record["publisher"] = name.split(" (")[0]
        if pairable and "issued" in record:
            self.dated_orgs.append((name, tags, record["issued"]))
        return self._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 5))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": self._people(3),
            "container-title": self.rng.choice(["The Routledge companion to arts marketing", "Museum marketing: competing in the global marketplace",
                                                "Arts marketing", "Heritage tourism: place, encounter, engagement",
                                                "The Palgrave handbook of museum management", "Cultural policy in the UK and Ireland"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(12, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        journal, prefix = self.rng.choice(_JOURNALS)
        year = self.year()
        start = self.rng.randint(1, 600)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8), "container-title": journal,
            "issued": {"date-parts": [[year]]}, "volume": str(self.rng.randint(3, 40)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{start}-{start + self.rng.randint(10, 24)}",
        }  # fmt: skip
        if prefix and self.rng.random() < 0.7:
            record["DOI"] = (
                f"{prefix}.{year}.{self.rng.randint(1000000, 2999999)}"
                if prefix.startswith("10.1080")
                else f"{prefix}-{self.rng.randint(10, 99)}-{self.rng.randint(1000, 9999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, school = self.rng.choice(_THESES)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": self._people(1),
                                  "genre": self.rng.choice(["PhD thesis", "PhD thesis", "MA dissertation", "MBA dissertation"]),
                                  "publisher": university, "issued": {"date-parts": [[self.recent()]]}}  # fmt: skip
        if school and self.rng.random() < 0.5:
            record["publisher"] = f"{university} ({school})" if school.islower() else f"{school}, {university}"
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        name, places = self.rng.choice(_CONFERENCES)
        year = self.recent()
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(4),
                                  "container-title": f"{name} {year}",
                                  "event-place": self.rng.choice(places), "issued": {"date-parts": [[year]]}}  # fmt: skip
        return self._person_work(record, "conference")

    def _government(self) -> Work:
        name, tags, site = self.rng.choice(_GOVERNMENT)
        year = self.recent()
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self.rng.choice([self._title(), f"Corporate plan {year}–{year + 3}", f"Annual review {year}/{str(year + 1)[2:]}",
                                      "Let's Create: strategy 2020–2030", "Culture is Digital", f"Investment programme {year}–{year + 3}: data",
                                      "Heritage 2033: our 10-year plan", f"Inbound tourism trends {year}"]),
            "issued": {"date-parts": [[year]]}, "URL": site + self.fakers["en_GB"].slug(),
        }  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        return self._org(record, "report" if record["type"] == "report" else "web", name, tags)

    def _trade_body(self) -> Work:
        name, tags, site = self.rng.choice(_TRADE)
        year = self.recent()
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]),
                                  "title": self.rng.choice([self._title(), "Museums change lives", f"Sector barometer {year}",
                                                            f"Theatre attendance {year}", "Visitor figures: a guide for members",
                                                            "Audience Spectrum: segment overview", "National Art Pass: member survey"]),
                                  "issued": {"date-parts": [[year]]}, "URL": site + self.fakers["en_GB"].slug()}  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        return self._org(record, "report" if record["type"] == "report" else "web", name, tags)

    def _company(self) -> Work:
        name, site = self.rng.choice(_INSTITUTIONS)
        record: dict[str, Any] = {"type": "webpage",
                                  "title": self.rng.choice(["Membership", "Become a member", "Support us", "Our history",
                                                            "Access and inclusion", "Plan your visit", "Leave a gift in your will",
                                                            "Our strategy", "Tickets and prices", "Corporate partnerships"]),
                                  "URL": site + self.fakers["en_GB"].slug()}  # fmt: skip
        if self.rng.random() < 0.7:
            record["issued"] = {"date-parts": [[self.recent()]]}
            record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        else:
            record["accessed"] = self.accessed()
        return self._org(record, "web", name, {"company"})

    def _annual_report(self) -> Work:
        name, site = self.rng.choice(_INSTITUTIONS)
        year = self.recent()
        record: dict[str, Any] = {"type": "report",
                                  "title": self.rng.choice([f"Annual report and accounts {year}/{str(year + 1)[2:]}",
                                                            f"Annual report and financial statements for the year ended 31 March {year}",
                                                            f"Trustees' report and accounts {year}", f"Annual review {year}",
                                                            f"Impact report {year}"]),
                                  "issued": {"date-parts": [[year]]}, "publisher": name}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = site + "annual-report"
            record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._org(record, "report", name, {"company"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.recent()
        titles = {"The Audience Agency": ["Audience Spectrum pen portraits", f"Cultural participation monitor: wave {self.rng.randint(1, 9)}"],
                  "Morris Hargreaves McIntyre": ["Culture segments", f"Audience research for the heritage sector {year}"],
                  "Indigo Ltd": ["After the interval: national audience survey", "Culture restart: audience survey"],
                  "Association of Leading Visitor Attractions (ALVA)": [f"Visits made in {year} to visitor attractions in membership with ALVA"],
                  "Mintel": [f"Museums and galleries - UK - {year}", f"Leisure review - UK - {year}", f"Theatre and the performing arts - UK - {year}"],
                  "Statista": [f"Most visited museums and galleries in the United Kingdom in {year}", f"Number of West End theatre attendees {year - 6}-{year}"],
                  "YouGov": [f"Most popular museums in the UK (Q{self.rng.randint(1, 4)} {year})", "Would Britons pay to enter national museums?"],
                  "Department for Culture, Media and Sport": [f"Taking Part survey: England adult report, {year - 1}/{str(year)[2:]}",
                                                              f"Participation Survey {year}/{str(year + 1)[2:]} annual publication"]}  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles[name]), "publisher": name.split(" (")[0],
                                  "issued": {"date-parts": [[year]]},
                                  "URL": f"{_RESEARCH_SITES[name]}{self.fakers['en_GB'].slug()}"}  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._org(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        year = self.recent()
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.{_SITES[paper]}/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        if self.rng.random() < 0.72:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org(record, "news", paper, {"press"})

    def _social(self) -> Work:
        name, _site = self.rng.choice(_INSTITUTIONS)
        platform = self.rng.choice(_PLATFORMS)
        record: dict[str, Any] = {
            "type": "post", "title": self.rng.choice(["Members go free this weekend", "Last chance to see the exhibition",
                                                      "Tickets for the new season are on sale now", "Thank you to our volunteers",
                                                      "Our gardens are open late this summer"]),
            "container-title": platform, "issued": {"date-parts": [[self.recent(), self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.{platform.lower()}.com/{name.split()[0].lower()}",
        }  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._org(record, "web", name, {"company", "social"})

    def _video(self) -> Work:
        record: dict[str, Any] = {
            "type": "motion_picture", "title": self.rng.choice(["Behind the scenes: installing the exhibition", "Why become a member?",
                                                                "Meet the curator", "A year in the life of the gardens",
                                                                "How we made the production accessible"]),
            "medium": "YouTube", "issued": {"date-parts": [[self.recent(), self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.youtube.com/watch?v={self.fakers['en_GB'].lexify('???????????')}",
        }  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        if self.rng.random() < 0.5:
            record["author"] = self._people(1)
            return self._person_work(record, "video")
        name, _site = self.rng.choice(_INSTITUTIONS)
        return self._org(record, "video", name, {"company", "video"})

    def _podcast(self) -> Work:
        record: dict[str, Any] = {
            "type": "broadcast", "title": f"{self.rng.choice(['Membership matters', 'Filling the seats', 'Heritage after lockdown', 'Selling the season'])}",
            "container-title": self.rng.choice(["The Museums Journal Podcast", "Arts Marketing Association podcast", "The Stage Podcast", "The Week in Art"]),
            "medium": "Podcast", "issued": {"date-parts": [[self.recent(), self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://podcasts.apple.com/gb/podcast/{self.fakers['en_GB'].slug()}", "author": self._people(2),
        }  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "podcast")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "accessed": self.accessed()}
        if self.rng.random() < 0.4:
            record["author"] = self._people(2)
            record["URL"] = f"https://www.{self.fakers['en_GB'].domain_name()}/{self.fakers['en_GB'].slug()}"
            return self._person_work(record, "web")
        name, tags, site = self.rng.choice(_TRADE + _GOVERNMENT)
        record["URL"] = site + self.fakers["en_GB"].slug()
        return self._org(record, "web", name, tags | {"undated"})
