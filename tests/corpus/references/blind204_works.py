"""The blind204 pool's works: what marketers in UK charities, NHS trusts, universities, housing associations, museums
and local councils (London, Manchester, Leeds, Bristol, Glasgow, Cardiff, Belfast) cite in CIM Level 6 and 7 reports
and MBA assignments.

Written without reading the checker, its tests or any other pool. Textbooks (Sage, Routledge, Kogan Page, Pearson),
chapters, journal articles in the nonprofit and public-sector journals, theses, conference papers, government
departments and arm's-length bodies (with and without their abbreviations, two works of one body in a year), Acts
and statutory instruments as older Harvard guides list them ("Great Britain (2011) Charities Act 2011"), select
committee reports, charities' annual and trustees' reports, market research with years (YouGov, Ipsos,
nfpSynergy), the press signed and unsigned, social posts, videos, podcasts and undated pages. Names as British,
Irish, Welsh and Scottish scholars print them ("Ó Súilleabháin", "Ní Dhomhnaill", "ap Gwilym", "MacLeod",
"O'Hagan", "Lloyd-Jones", "St John"), with the names of Britain's South Asian, African, Caribbean, Chinese and Polish
families.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# (particle, family, given): names as UK and Irish journals print them.
_NAMES = [
    ("", "Ó Súilleabháin", "Niamh"), ("", "Ní Dhomhnaill", "Aoife"), ("", "Mac Giolla Phádraig", "Cian"),
    ("", "O'Hagan", "Siobhan"), ("", "O'Sullivan", "Declan"), ("", "McAllister", "Gráinne"), ("", "MacLeod", "Eilidh"),
    ("", "MacKinnon", "Catriona"), ("", "McGregor", "Fraser"), ("", "Mac an Bhaird", "Ciarán"),
    ("ap", "Gwilym", "Rhys"), ("ab", "Iorwerth", "Dafydd"), ("", "Llewelyn", "Ffion"), ("", "Lloyd-Jones", "Gareth"),
    ("", "Prys-Roberts", "Carys"), ("", "Bowen", "Sioned"), ("", "Vaughan-Thomas", "Nia"), ("", "St John", "Amelia"),
    ("", "Patel", "Priya"), ("", "Chaudhry", "Imran"), ("", "Akhtar", "Nazia"), ("", "Begum", "Shahida"),
    ("", "Sandhu", "Harpreet"), ("", "Kaur", "Jaspreet"), ("", "Gill", "Manjit"), ("", "Hussain", "Tariq"),
    ("", "Rahman", "Fatema"), ("", "Mistry", "Anjali"), ("", "Adeyemi", "Tolu"), ("", "Okafor", "Chiamaka"),
    ("", "Mensah", "Kwabena"), ("", "Boateng", "Abena"), ("", "Campbell-Bailey", "Marcia"), ("", "Wong", "Ka Yan"),
    ("", "Cheung", "Wing"), ("", "Wiśniewska", "Agnieszka"), ("", "Kowalski", "Tomasz"), ("de", "Souza", "Rebecca"),
    ("", "D'Souza", "Neil"), ("van", "Teijlingen", "Edwin"), ("", "Ní Bhriain", "Orla"), ("", "Ó Ceallaigh", "Pádraig"),
]  # fmt: skip
_PUBLISHERS = [("Sage", "London"), ("Routledge", "Abingdon"), ("Routledge", "London"), ("Kogan Page", "London"),
               ("Pearson", "Harlow"), ("Policy Press", "Bristol"), ("Palgrave Macmillan", "London"),
               ("Edward Elgar", "Cheltenham"), ("Oxford University Press", "Oxford"), ("Bloomsbury", "London"),
               ("Directory of Social Change", "London")]  # fmt: skip
_JOURNALS = ["Journal of Nonprofit & Public Sector Marketing", "Public Money & Management", "Voluntary Sector Review",
             "International Journal of Nonprofit and Voluntary Sector Marketing", "Journal of Philanthropy and Marketing",
             "Nonprofit and Voluntary Sector Quarterly", "Voluntas", "Journal of Social Marketing",
             "Public Management Review", "Journal of Marketing Management", "Museum Management and Curatorship",
             "Arts and the Market", "Journal of Marketing for Higher Education", "Housing Studies",
             "Health Marketing Quarterly", "Local Government Studies"]  # fmt: skip
_TOPICS = ["donor retention", "legacy giving", "charity brand personality", "social marketing", "digital fundraising",
           "contactless donation", "volunteer engagement", "trust in charities", "co-production", "place branding",
           "student recruitment", "NHS staff recruitment", "museum audience development", "public service branding",
           "tenant engagement", "Gift Aid awareness", "regular giving", "peer-to-peer fundraising",
           "behaviour change campaigns", "community engagement", "corporate partnerships", "cause-related marketing",
           "beneficiary imagery", "the cost-of-living crisis and giving", "reputation management"]  # fmt: skip
_SECTORS = ["UK charities", "NHS trusts", "higher education", "housing associations", "museums and galleries",
            "local government", "the voluntary sector", "small charities", "Welsh charities", "Scottish local authorities"]  # fmt: skip
# Public bodies, regulators and umbrella bodies, as candidates write them as authors (tags say what makes them hard).
_BODIES: list[tuple[str, set[str]]] = [
    ("Office for National Statistics", {"government"}), ("Office for National Statistics (ONS)", {"government", "abbreviation"}),
    ("ONS", {"government", "acronym"}), ("Department for Culture, Media and Sport", {"government", "comma"}),
    ("Department for Culture, Media & Sport (DCMS)", {"government", "ampersand", "abbreviation"}),
    ("DCMS", {"government", "acronym"}), ("Charity Commission for England and Wales", {"government"}),
    ("Charity Commission", {"government"}), ("NHS England", {"government"}), ("Ofcom", {"government"}),
    ("Information Commissioner's Office", {"government", "apostrophe"}),
    ("Information Commissioner's Office (ICO)", {"government", "apostrophe", "abbreviation"}),
    ("ICO", {"government", "acronym"}), ("Fundraising Regulator", {"regulator"}),
    ("National Council for Voluntary Organisations (NCVO)", {"umbrella", "abbreviation"}), ("NCVO", {"umbrella", "acronym"}),
    ("Scottish Charity Regulator (OSCR)", {"regulator", "abbreviation"}), ("Charity Commission for Northern Ireland", {"regulator"}),
    ("Welsh Government", {"government"}), ("Scottish Government", {"government"}),
    ("Department of Health and Social Care", {"government"}), ("Cabinet Office", {"government"}),
    ("Arts Council England", {"arms-length"}), ("Office for Students", {"arms-length"}),
    ("Regulator of Social Housing", {"regulator"}), ("Local Government Association", {"umbrella"}),
    ("National Housing Federation", {"umbrella"}), ("Museums Association", {"umbrella"}), ("The King's Fund", {"apostrophe"}),
    ("NHS Providers", {"umbrella"}), ("Wales Council for Voluntary Action (WCVA)", {"umbrella", "abbreviation"}),
    ("SCVO", {"umbrella", "acronym"}), ("Northern Ireland Council for Voluntary Action", {"umbrella"}),
    ("Government Communication Service", {"government"}), ("Greater London Authority", {"government"}),
    ("Manchester City Council", {"council"}), ("Leeds City Council", {"council"}), ("Bristol City Council", {"council"}),
    ("Glasgow City Council", {"council"}), ("Cardiff Council", {"council"}), ("Belfast City Council", {"council"}),
    ("Chartered Institute of Fundraising", {"umbrella"}), ("Charities Aid Foundation (CAF)", {"umbrella", "abbreviation"}),
    ("Institute of Fundraising", {"umbrella"}), ("Chartered Institute of Marketing (CIM)", {"umbrella", "abbreviation"}),
]  # fmt: skip
# Charities, trusts, universities and housing associations whose own reports candidates cite.
_CHARITIES: list[tuple[str, set[str]]] = [
    ("Macmillan Cancer Support", set()), ("British Heart Foundation", set()), ("Cancer Research UK", set()),
    ("Barnardo's", {"apostrophe"}), ("Alzheimer's Society", {"apostrophe"}), ("St Mungo's", {"apostrophe"}),
    ("Marie Curie", set()), ("Shelter", set()), ("Mind", set()), ("Age UK", set()), ("Oxfam GB", set()),
    ("The Royal British Legion", set()), ("RNLI", {"acronym"}), ("NSPCC", {"acronym"}), ("Save the Children UK", set()),
    ("Battersea Dogs & Cats Home", {"ampersand"}), ("Guide Dogs", set()), ("Sue Ryder", set()), ("Scope", set()),
    ("Samaritans", set()), ("Terrence Higgins Trust", set()), ("The King's Trust", {"apostrophe"}), ("Crisis", set()),
    ("Carers Trust", set()), ("Action for Children", set()), ("Tŷ Hafan", {"accent"}), ("Age NI", set()),
    ("Action Mental Health", set()), ("National Trust", set()), ("Clarion Housing Group", {"housing"}),
    ("Peabody", {"housing"}), ("L&Q", {"housing", "ampersand"}), ("Places for People", {"housing"}),
    ("Wheatley Group", {"housing"}), ("Manchester University NHS Foundation Trust", {"nhs"}),
    ("Leeds Teaching Hospitals NHS Trust", {"nhs"}), ("Cardiff and Vale University Health Board", {"nhs"}),
    ("University of Bristol", {"university"}), ("University of Glasgow", {"university"}),
    ("Queen's University Belfast", {"university", "apostrophe"}), ("Science Museum Group", {"museum"}),
    ("National Museums Liverpool", {"museum"}), ("Amgueddfa Cymru – Museum Wales", {"museum", "dash"}),
]  # fmt: skip
_RESEARCH = ["YouGov", "Ipsos", "nfpSynergy", "Ipsos UK", "Kantar", "Mintel", "Savanta", "Opinium", "Populus",
             "More in Common", "Charities Aid Foundation"]  # fmt: skip
_PRESS = ["Third Sector", "Civil Society", "UK Fundraising", "Charity Times", "The Guardian", "BBC News",
          "The Herald", "Manchester Evening News", "Yorkshire Evening Post", "Bristol Post", "WalesOnline",
          "Belfast Telegraph", "Health Service Journal", "Inside Housing", "Times Higher Education", "Museums Journal",
          "Marketing Week", "Campaign", "PR Week", "Financial Times"]  # fmt: skip
_UNIVERSITIES = ["University of Leeds", "University of Manchester", "Cardiff University", "University of Bristol",
                 "University of Glasgow", "Queen's University Belfast", "University of Strathclyde", "Ulster University",
                 "Manchester Metropolitan University", "Leeds Beckett University", "University of the West of England",
                 "Swansea University", "Bangor University", "University of Kent", "Cass Business School, City, University of London"]  # fmt: skip
_CONFERENCES = ["Academy of Marketing Conference", "NCVO/VSSN Researching the Voluntary Sector Conference",
                "International Social Marketing Conference", "British Academy of Management Conference",
                "Fundraising Convention", "Public Administration Committee Annual Conference"]  # fmt: skip
_ACTS = ["Charities Act", "Data Protection Act", "Equality Act", "Public Services (Social Value) Act", "Health and Social Care Act",
         "Localism Act", "Housing and Regeneration Act", "Health and Care Act", "Online Safety Act", "Charities and Trustee Investment (Scotland) Act",
         "Charities Act (Northern Ireland)", "Well-being of Future Generations (Wales) Act", "Lobbying Act",
         "Small Charitable Donations Act", "Museums and Galleries Act", "Consumer Rights Act", "Social Housing (Regulation) Act",
         "Higher Education and Research Act"]  # fmt: skip
_ACT_YEARS = {"Charities Act": [2006, 2011, 2022], "Data Protection Act": [1998, 2018], "Equality Act": [2010],
              "Public Services (Social Value) Act": [2012], "Health and Social Care Act": [2012], "Localism Act": [2011],
              "Housing and Regeneration Act": [2008], "Health and Care Act": [2022], "Online Safety Act": [2023],
              "Charities and Trustee Investment (Scotland) Act": [2005], "Charities Act (Northern Ireland)": [2008],
              "Well-being of Future Generations (Wales) Act": [2015], "Lobbying Act": [2014],
              "Small Charitable Donations Act": [2012], "Museums and Galleries Act": [1992], "Consumer Rights Act": [2015],
              "Social Housing (Regulation) Act": [2023], "Higher Education and Research Act": [2017]}  # fmt: skip
_SIS = [("The Privacy and Electronic Communications (EC Directive) Regulations 2003", 2003, "SI 2003/2426"),
        ("The Data Protection, Privacy and Electronic Communications (Amendments etc) (EU Exit) Regulations 2019", 2019, "SI 2019/419"),
        ("The Charitable Incorporated Organisations (General) Regulations 2012", 2012, "SI 2012/3012"),
        ("The Gift Aid (Gifts by Companies) Regulations 2017", 2017, "SI 2017/1040"),
        ("The Charities Act 2022 (Commencement No. 3) Regulations 2023", 2023, "SI 2023/1049"),
        ("The Equality Act 2010 (Specific Duties) Regulations 2011", 2011, "SI 2011/2260"),
        ("The Public Contracts Regulations 2015", 2015, "SI 2015/102")]  # fmt: skip
_COMMITTEES = [("House of Lords Select Committee on Charities", "House of Lords", "HL Paper"),
               ("House of Commons Digital, Culture, Media and Sport Committee", "House of Commons", "HC"),
               ("House of Commons Public Administration and Constitutional Affairs Committee", "House of Commons", "HC"),
               ("House of Commons Health and Social Care Committee", "House of Commons", "HC"),
               ("House of Commons Levelling Up, Housing and Communities Committee", "House of Commons", "HC"),
               ("Public Accounts Committee", "House of Commons", "HC"),
               ("Scottish Parliament Social Justice and Social Security Committee", "Scottish Parliament", "SP Paper")]  # fmt: skip


class Blind204WorkFactory(WorkFactory):
    """Works for the blind204 half: UK charity and public-sector marketing, from one seeded random source."""

    KINDS = ("book", "chapter", "journal", "thesis", "conference", "government", "legislation", "committee",
             "charity-report", "market-research", "news", "social", "video", "podcast", "web")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 20400)
        self.dated_organisations: list[tuple[str, set[str], int]] = []

    # ------------------------------------------------------------------ people, dates, titles
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.35:
            particle, family, given = self.rng.choice(_NAMES)
            name = {"family": family, "given": given}
            if particle:
                name["non-dropping-particle"] = particle
            return name
        locale = self.rng.choice(["en_GB", "en_GB", "en_GB", "en_GB", "en_IE", "en_IN", "pl_PL", "en_US"])
        fake = self.fakers[locale]
        family, given = fake.last_name(), fake.first_name()
        roll = self.rng.random()
        if roll < 0.08:
            family = f"{family}-{self.fakers['en_GB'].last_name()}"
        elif roll < 0.13:
            family = self.rng.choice(["O'", "Mc", "Mac"]) + self.fakers["en_GB"].last_name().split("-")[0]
        return {"family": family, "given": given}

    def year(self) -> int:
        if self.rng.random() < 0.04:
            return self.rng.randint(1969, 1994)
        return self.rng.randint(2005, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        first = max(2022, issued[0]) if issued else 2022
        year = self.rng.randint(first, 2025)
        month = self.rng.randint(issued[1] if issued and len(issued) > 1 and year == issued[0] else 1, 12)
        low = issued[2] if issued and len(issued) > 2 and year == issued[0] and month == issued[1] else 1
        return {"date-parts": [[year, month, self.rng.randint(low, 28)]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        sector = self.rng.choice(_SECTORS)
        forms = [f"{topic[0].upper()}{topic[1:]} in {sector}", f"Rethinking {topic}: evidence from {sector}",
                 f"{topic[0].upper()}{topic[1:]} and public trust", f"Marketing {sector}: {topic} after austerity",
                 f"What drives {topic}? A study of {sector}", f"{topic[0].upper()}{topic[1:]}: a practitioner's guide",
                 f"Beyond the appeal: {topic} in {sector}"]  # fmt: skip
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            list(self.KINDS), weights=[12, 5, 20, 3, 3, 12, 4, 3, 9, 7, 8, 3, 3, 2, 6],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then a body's second work of a year it already has ("ONS, 2023a" and "2023b").
        if "issued" in record and self.dated_organisations and self.rng.random() < 0.15:
            name, tags, year = self.rng.choice(self.dated_organisations)
            record["issued"] = {"date-parts": [[year]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after([year])
            if record.get("publisher") and record["type"] == "report" and kind != "committee":
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated_organisations.append((name, tags, record["issued"]["date-parts"][0][0]))
        return self._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 280)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": f"The Routledge companion to {self.rng.choice(_TOPICS)}" if publisher == "Routledge"
                               else f"{self.rng.choice(['Nonprofit marketing', 'Public sector marketing', 'Charity fundraising', 'Arts marketing'])}: {self.rng.choice(['a reader', 'principles and practice', 'new perspectives'])}",
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 700)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 45)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{start}-{start + self.rng.randint(10, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.choice(['1080', '1332', '1002', '1177'])}/{self.fakers['en_GB'].lexify('??????').lower()}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(_UNIVERSITIES),
                                  "genre": self.rng.choice(["PhD thesis", "DBA thesis", "MPhil thesis", "MSc dissertation"])}  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[year]]},
                                  "container-title": f"{self.rng.choice(_CONFERENCES)} {year}",
                                  "publisher-place": self.rng.choice(["Cardiff", "Glasgow", "Leeds", "Manchester", "Belfast", "Bristol", "London", "Stirling"])}  # fmt: skip
        return self._person_work(record, "conference")

    def _government(self) -> Work:
        name, tags = self.rng.choice(_BODIES)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title()}
        issued = [self.year()]
        if self.rng.random() < 0.9:
            record["issued"] = {"date-parts": [issued]}
        else:
            issued = []
        if record["type"] == "webpage" or self.rng.random() < 0.5:
            record["URL"] = f"https://www.gov.uk/government/publications/{self.fakers['en_GB'].slug()}"
            record["accessed"] = self._accessed_after(issued or None)
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = self.rng.choice(["London", "Cardiff", "Edinburgh", "Belfast", "Manchester"])
        return self._org(record, "government", name, tags | {"government"})

    def _legislation(self) -> Work:
        if self.rng.random() < 0.65:
            act = self.rng.choice(_ACTS)
            year = self.rng.choice(_ACT_YEARS[act])
            title = f"{act} {year}"
            record: dict[str, Any] = {"type": "book", "title": title, "issued": {"date-parts": [[year]]},
                                      "publisher": "The Stationery Office", "publisher-place": "London"}  # fmt: skip
        else:
            title, year, number = self.rng.choice(_SIS)
            record = {"type": "book", "title": f"{title} ({number})", "issued": {"date-parts": [[year]]},
                      "publisher": "The Stationery Office", "publisher-place": "London"}  # fmt: skip
        record["id"] = self._id()
        record["author"] = [{"literal": "Great Britain"}]
        return Work(record, "Great Britain", str(year), True, 1, "legislation", {"legislation", "organisation"})

    def _committee(self) -> Work:
        name, house, paper = self.rng.choice(_COMMITTEES)
        record: dict[str, Any] = {"type": "report", "title": self._title(), "issued": {"date-parts": [[self.rng.randint(2010, 2025)]]},
                                  "publisher": house, "publisher-place": "Edinburgh" if "Scottish" in house else "London",
                                  "number": f"{paper} {self.rng.randint(12, 990)}"}  # fmt: skip
        return self._org(record, "committee", name, {"government", "committee"})

    def _charity_report(self) -> Work:
        name, tags = self.rng.choice(_CHARITIES)
        year = self.rng.randint(2012, 2025)
        title = self.rng.choice([f"Annual report and accounts {year - 1}/{str(year)[2:]}",
                                 f"Trustees' report and financial statements for the year ended 31 March {year}",
                                 f"Impact report {year - 1}", f"Strategy {year}–{year + 5}", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name, "publisher-place": self.rng.choice(["London", "Manchester", "Leeds", "Bristol", "Glasgow", "Cardiff", "Belfast"])}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = f"https://www.{self.fakers['en_GB'].domain_word()}.org.uk/{self.fakers['en_GB'].slug()}.pdf"
            record["accessed"] = self._accessed_after([year])
        return self._org(record, "charity-report", name, tags | {"charity"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2010, 2025)
        title = self.rng.choice([f"Charity Awareness Monitor {year}", f"UK Giving Report {year}", f"Veracity Index {year}",
                                 f"Public trust in charities {year}", f"What the public think of the NHS: {year} tracker",
                                 f"Britain's most trusted charities ({year})", f"Attitudes to local councils, wave {self.rng.randint(20, 45)}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name,
                                  "URL": f"https://www.{name.split()[0].lower()}.com/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if self.rng.random() < 0.92:
            record["issued"] = {"date-parts": [[year]]}
            record["accessed"] = self._accessed_after([year])
        else:
            record["accessed"] = self._accessed_after(None)
        return self._org(record, "market-research", name, {"market-research"})

    def _news(self) -> Work:
        year = self.year() if self.rng.random() < 0.3 else self.rng.randint(2015, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": paper,
                                  "issued": {"date-parts": [issued]}}  # fmt: skip
        if self.rng.random() < 0.75:
            record["URL"] = self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path()
            record["accessed"] = self._accessed_after(issued)
        if self.rng.random() < 0.7:
            record["author"] = self._people(3)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press", "unsigned"})

    def _social(self) -> Work:
        issued = [self.rng.randint(2016, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        platform = self.rng.choice(["X", "Instagram", "LinkedIn", "Facebook", "TikTok", "Threads"])
        record: dict[str, Any] = {"type": "post", "title": self.rng.choice(["Thank you to every one of our supporters", "Our new campaign launches today",
                                  "Why we're changing how we talk about homelessness", "Today is #GivingTuesday", "A huge thank you to our volunteers"]),
                                  "container-title": platform, "issued": {"date-parts": [issued]},
                                  "URL": f"https://www.{platform.lower()}.com/{self.fakers['en_GB'].user_name()}/{self.rng.randint(10000, 99999)}",
                                  "accessed": self._accessed_after(issued)}  # fmt: skip
        if self.rng.random() < 0.4:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        name, tags = self.rng.choice(_CHARITIES)
        return self._org(record, "social", name, tags)

    def _video(self) -> Work:
        issued = [self.rng.randint(2012, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "motion_picture", "title": self._title(), "container-title": "YouTube",
                                  "medium": "video", "issued": {"date-parts": [issued]},
                                  "URL": f"https://www.youtube.com/watch?v={self.fakers['en_GB'].lexify('???????????')}",
                                  "accessed": self._accessed_after(issued)}  # fmt: skip
        name, tags = self.rng.choice(_CHARITIES + _BODIES)
        return self._org(record, "video", name, tags)

    def _podcast(self) -> Work:
        issued = [self.rng.randint(2017, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "song", "title": f"Episode {self.rng.randint(1, 180)}: {self._title()}",
                                  "container-title": self.rng.choice(["The Charity Marketing Podcast", "Third Sector Podcast", "The Fundraising Podcast", "NHS Confed Podcast"]),
                                  "medium": "podcast", "issued": {"date-parts": [issued]}, "author": self._people(2),
                                  "URL": f"https://podcasts.apple.com/gb/podcast/{self.fakers['en_GB'].slug()}",
                                  "accessed": self._accessed_after(issued)}  # fmt: skip
        return self._person_work(record, "podcast")

    def _web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(),
                                  "URL": f"https://www.{self.fakers['en_GB'].domain_word()}.org.uk/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        dated = self.rng.random() < 0.45
        if dated:
            record["issued"] = {"date-parts": [[self.rng.randint(2012, 2025)]]}
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if dated else None)
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.rng.choice(_CHARITIES + _BODIES)
        return self._org(record, "web", name, tags | ({"undated"} if not dated else set()))
