"""Works for blind143: marketers in Ireland, Northern Ireland and the Irish diaspora, and what they cite.

Irish names in Irish and in English (Ó Súilleabháin and O'Sullivan, Ní Bhriain, Nic Giolla Phádraig), fadas
written and dropped, Ulster-Scots names from the North, Polish, Brazilian and Indian names of new Irish, and
expatriates writing about Ireland from London, Boston, New York, Sydney and Toronto. Firms with DAC, CLG, Teo.,
plc and Ltd; the Central Bank of Ireland, ComReg, the CSO, Bord Bia, Fáilte Ireland, Tourism Ireland and the
ASAI; Acts as "Data Protection Act 2018 (No. 7 of 2018)" and S.I. numbers; theses from TCD, UCD, the University
of Galway, DCU, TU Dublin and Ulster University; Irish titles with English in square brackets.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

_GIVEN_GA = ["Seán", "Aoife", "Siobhán", "Niamh", "Ciarán", "Órla", "Pádraig", "Róisín", "Caoimhe", "Gráinne",
             "Dónal", "Fionnuala", "Tadhg", "Oisín", "Sinéad", "Máire", "Ruairí", "Éabha", "Clíona", "Colm",
             "Saoirse", "Eoin", "Aisling", "Cormac", "Muireann", "Diarmuid", "Bríd", "Fiachra"]  # fmt: skip
_GIVEN_EN = ["Sean", "Siobhan", "Ciaran", "Orla", "Padraig", "Roisin", "Grainne", "Donal", "Sinead", "Conor",
             "Declan", "Deirdre", "Clodagh", "Darragh", "Eimear", "Gerard", "Brendan", "Mairead", "Niall", "Paul",
             "Catherine", "Fergal", "Emer", "Kevin", "Louise", "Brian", "Ronan"]  # fmt: skip
_SURNAME_GA = ["Ó Súilleabháin", "Ní Bhriain", "Mac Cárthaigh", "Nic Giolla Phádraig", "Ó Ceallaigh",
               "Ní Dhomhnaill", "Ó Briain", "Mac Mathúna", "Ó Conaill", "Ní Mhurchú", "Ó Néill", "Nic an tSaoi",
               "Mac Gearailt", "Ó Dálaigh", "Ní Chonaill", "Ó Muirí", "Ní Shé", "Mac Suibhne", "Ó Gallchóir",
               "Ní Fhlannagáin", "Ó hUiginn", "Nic Aodha", "Ó Donnchadha", "Mac an Bhaird"]  # fmt: skip
_SURNAME_GA_BARE = ["O Suilleabhain", "Ni Bhriain", "Mac Carthaigh", "O Ceallaigh", "Ni Dhomhnaill",
                    "O Conaill", "Ni Mhurchu", "O Dalaigh", "O Gallchoir", "Mac Mathuna"]  # fmt: skip
_SURNAME_EN = ["O'Sullivan", "O'Brien", "McCarthy", "Fitzpatrick", "Kelly", "O'Donnell", "Murphy", "O'Neill",
               "MacNamara", "McMahon", "Fitzgerald", "Daly", "Ryan", "Byrne", "Walsh", "O'Connor", "Kavanagh",
               "Doyle", "Brennan", "Quinn", "Nolan", "Ó'Connor", "O’Reilly", "Mac Donncha", "Ní Riain-Kelly",
               "Ní Bhroin", "Mc Gettigan", "Breathnach", "de Búrca", "Mac Aodha-Tierney", "Lynch", "Gallagher",
               "Ó Sé", "Keane", "Fennelly", "Hurley"]  # fmt: skip
_ULSTER = [("Gillian", "McAllister"), ("Wesley", "McCracken"), ("Ruth", "Montgomery"), ("Alastair", "Boyd"),
           ("Lesley", "McIlroy"), ("Trevor", "Agnew"), ("Heather", "Cunningham"), ("Davy", "McKee"),
           ("Jonathan", "Crothers"), ("Karen", "Loughridge"), ("Mervyn", "Patterson"), ("Naomi", "Wylie"),
           ("Stephen", "Irvine"), ("Claire", "McKinstry"), ("Gareth", "Hamill"), ("Rhonda", "Beattie"),
           ("Colin", "McCausland"), ("Lynsey", "Orr"), ("Ciara", "McGuigan"), ("Pól", "Mac Ionnrachtaigh")]  # fmt: skip
_NEW_IRISH = [("Katarzyna", "Wiśniewska"), ("Tomasz", "Zieliński"), ("Agnieszka", "Kowalczyk"), ("Łukasz", "Nowak"),
              ("Małgorzata", "Dąbrowska-Kelly"), ("Rafael", "Oliveira"), ("Thaís", "Gonçalves"),
              ("João Pedro", "Araújo"), ("Larissa", "Costa"), ("Priya", "Nair"), ("Arjun", "Krishnamurthy"),
              ("Deepa", "Iyer"), ("Rohan", "Sharma"), ("Ananya", "Menon"), ("Vilma", "Jankauskaitė"),
              ("Oluwaseun", "Adeyemi"), ("Chen", "Wei"), ("Andreea", "Popescu")]  # fmt: skip
_BRAZIL_PARTICLE = [("Mariana", "da", "Silva"), ("Felipe", "dos", "Santos"), ("Bruna", "de", "Souza"),
                    ("Gabriel", "da", "Costa")]  # fmt: skip
_DIASPORA = [("Kathleen", "Sullivan"), ("Michael J.", "Flaherty"), ("Maureen", "Dowd-Hennessy"),
             ("Bridget", "Callahan"), ("Liam", "Sheehy"), ("Tara", "Fitzsimons"), ("Rebecca", "Hourigan"),
             ("James", "Cullinane"), ("Nicole", "Delaney"), ("Simon", "Pemberton"), ("Harriet", "Ashworth"),
             ("Olivia", "Thorne"), ("Hamish", "Calder")]  # fmt: skip

_COMPANIES = ["AIB Group plc", "Bank of Ireland Group plc", "PTSB", "Revolut", "Eir", "Vodafone Ireland",
              "Three Ireland (Hutchison) Ltd", "Dunnes Stores", "Musgrave Group", "SuperValu", "Tesco Ireland",
              "Primark", "Penneys", "Ornua", "Kerrygold", "Glanbia plc", "Tayto Snacks", "Diageo Ireland",
              "Irish Distillers", "Barry's Tea", "Ryanair Holdings plc", "Aer Lingus", "RTÉ", "TG4",
              "The Irish Times DAC", "An Post", "Bord Gáis Energy", "Lidl Ireland GmbH", "Brown Thomas Arnotts",
              "Nuacht Teo.", "Gaelchultúr Teo.", "Tourism Ireland", "Kerry Group plc", "Flogas", "Centra",
              "Lyons Tea", "Butlers Chocolates", "Avoca Handweavers", "Circle K Ireland", "Harvey Norman Ireland"]  # fmt: skip
_BODIES = ["Central Bank of Ireland", "Commission for Communications Regulation (ComReg)", "Central Statistics Office",
           "CSO", "Bord Bia", "Fáilte Ireland", "Tourism Ireland", "Advertising Standards Authority of Ireland (ASAI)",
           "ASAI", "Data Protection Commission", "Competition and Consumer Protection Commission", "CCPC",
           "Enterprise Ireland", "IDA Ireland", "Irish League of Credit Unions", "Banking & Payments Federation Ireland",
           "Retail Ireland", "Ibec", "Marketing Institute of Ireland", "Institute of Advertising Practitioners in Ireland (IAPI)",
           "Consumer Council for Northern Ireland", "Invest NI", "Northern Ireland Statistics and Research Agency (NISRA)",
           "Tourism NI", "Foras na Gaeilge", "Údarás na Gaeltachta", "Cumann Lúthchleas Gael CLG", "Coimisiún na Meán",
           "Department of Enterprise, Trade and Employment", "Department for the Economy (NI)",
           "Irish Small and Medium Enterprises Association (ISME)", "Chambers Ireland", "Conradh na Gaeilge",
           "Credit Union Development Association (CUDA)", "Safefood", "Drinks Ireland", "Alcohol Action Ireland"]  # fmt: skip
_RESEARCH = ["Red C Research", "Behaviour & Attitudes", "Ipsos B&A", "Amárach Research", "Kantar Ireland", "Mintel",
             "Statista", "Core Research", "Euromonitor International", "Nielsen Ireland", "Empathy Research",
             "Grant Thornton Ireland", "Deloitte Ireland", "PwC Ireland", "KPMG Ireland"]  # fmt: skip
_PRESS = ["The Irish Times", "Irish Independent", "Irish Examiner", "Business Post", "Belfast Telegraph",
          "The Irish News", "RTÉ News", "TheJournal.ie", "Irish Echo", "IrishCentral", "The Irish Post",
          "Silicon Republic", "Adworld.ie", "Marketing.ie", "Connacht Tribune", "Limerick Leader", "Derry Journal",
          "Donegal News", "Tuairisc.ie", "The Irish World", "Boston Irish", "The Irish Voice"]  # fmt: skip
_PUBLISHERS = [("Gill Education", "Dublin"), ("Gill & Macmillan", "Dublin"), ("Oak Tree Press", "Cork"),
               ("Orpen Press", "Dublin"), ("Cork University Press", "Cork"), ("UCD Press", "Dublin"),
               ("Institute of Public Administration", "Dublin"), ("Pearson", "Harlow"), ("Routledge", "Abingdon"),
               ("Kogan Page", "London"), ("Sage", "London"), ("Oxford University Press", "Oxford"),
               ("Cois Life", "Baile Átha Cliath"), ("An Gúm", "Baile Átha Cliath"), ("Blackstaff Press", "Belfast"),
               ("Mercier Press", "Cork"), ("Wiley", "Chichester"), ("Palgrave Macmillan", "Basingstoke")]  # fmt: skip
_UNIS = [("Trinity College Dublin", "MSc dissertation"), ("University College Dublin", "MBA dissertation"),
         ("University of Galway", "PhD thesis"), ("Dublin City University", "MSc thesis"),
         ("Technological University Dublin", "MSc dissertation"), ("Ulster University", "PhD thesis"),
         ("University College Cork", "MBS dissertation"), ("University of Limerick", "PhD thesis"),
         ("Queen's University Belfast", "MSc dissertation"), ("National University of Ireland, Maynooth", "MA thesis"),
         ("Dublin Business School", "MBA dissertation"), ("Griffith College", "MSc dissertation")]  # fmt: skip
_JOURNALS = ["Irish Journal of Management", "Irish Marketing Review", "Journal of Marketing Management",
             "European Journal of Marketing", "Irish Journal of Sociology", "Journal of Business Research",
             "Administration", "The Economic and Social Review", "Irish Geography", "Tourism Management",
             "Journal of Consumer Behaviour", "Irish Studies Review", "Journal of Retailing and Consumer Services",
             "International Journal of Bank Marketing", "Journal of Brand Management", "Comhar Taighde"]  # fmt: skip
_CONFERENCES = [("Irish Academy of Management Annual Conference", "Cork"), ("Academy of Marketing Conference", "Belfast"),
                ("EMAC Annual Conference", "Dublin"), ("Irish Marketing Educators' Symposium", "Galway"),
                ("Marketing Institute of Ireland All Ireland Marketing Conference", "Dublin")]  # fmt: skip
_TOPICS = ["brand loyalty among Irish grocery shoppers", "credit union switching after the banking crisis",
           "the Irish-language market and TG4 audiences", "St Patrick's Day as a global brand platform",
           "Wild Atlantic Way destination branding", "diaspora tourism and 'The Gathering'",
           "price sensitivity in the Irish telecoms market", "Penneys and the value fashion shopper",
           "Origin Green and sustainability claims", "Gen Z banking in Ireland", "Revolut and the young Irish consumer",
           "cross-border shopping between Derry and Donegal", "Halloween (Samhain) and seasonal retail",
           "Leaving Cert students and social media", "Christmas advertising in Ireland", "Bloomsday and literary tourism",
           "Kerrygold in the US market", "minimum unit pricing and alcohol marketing", "the Guinness 0.0 launch",
           "Brexit and Northern Irish consumer confidence", "Barry's Tea and nostalgia marketing",
           "Ryanair's low-cost brand personality", "local radio and community identity", "Gaeltacht tourism",
           "new Irish communities and ethnic marketing", "social media influencers in Ireland",
           "Tayto Park and experiential marketing", "the Irish pub as a brand abroad", "Bord Bia's Quality Assurance logo",
           "loyalty schemes in Irish supermarkets", "GAA sponsorship and brand recall"]  # fmt: skip
_FORMS = ["{T}: evidence from Ireland", "Marketing {t} in a small open economy", "{T}: a study of Irish consumers",
          "Rethinking {t}", "{T} on the island of Ireland", "'Buy Irish'? {T}", "{T}: the case of {co}",
          "From Dublin to Boston: {t}", "{T} north and south of the border", "Understanding {t}"]  # fmt: skip
_GA_TITLES = [("Margaíocht trí Ghaeilge", "Marketing through Irish"), ("An Ghaeilge sa mhargadh", "Irish in the marketplace"),
              ("Meáin Ghaeilge agus an lucht féachana óg", "Irish-language media and the young audience"),
              ("Turasóireacht sa Ghaeltacht", "Tourism in the Gaeltacht"),
              ("Brandáil na hÉireann thar lear", "Branding Ireland abroad"),
              ("Tomhaltóirí óga agus na meáin shóisialta", "Young consumers and social media"),
              ("Fiontraíocht Ghaeltachta", "Gaeltacht enterprise")]  # fmt: skip
_MARKETS = ["Grocery retailing", "Mobile telecoms", "Banking and credit unions", "Crisps and savoury snacks",
            "Irish whiskey", "Tea", "Butter and spreads", "Value fashion", "Domestic holidays", "Craft beer",
            "Online grocery", "Buy now, pay later", "Energy drinks", "Stout and cider"]  # fmt: skip
_LEGISLATION = [("Government of Ireland", "Data Protection Act 2018 (No. 7 of 2018)", 2018),
                ("Government of Ireland", "Consumer Protection Act 2007 (No. 19 of 2007)", 2007),
                ("Government of Ireland", "Consumer Rights Act 2022 (No. 37 of 2022)", 2022),
                ("Government of Ireland", "Online Safety and Media Regulation Act 2022 (No. 41 of 2022)", 2022),
                ("Government of Ireland", "Companies Act 2014 (No. 38 of 2014)", 2014),
                ("Government of Ireland", "Credit Union Act 1997 (No. 15 of 1997)", 1997),
                ("Government of Ireland", "Official Languages Act 2003 (No. 32 of 2003)", 2003),
                ("Government of Ireland", "Public Health (Alcohol) Act 2018 (No. 24 of 2018)", 2018),
                ("Government of Ireland", "Broadcasting Act 2009 (No. 18 of 2009)", 2009),
                ("Houses of the Oireachtas", "Competition and Consumer Protection Act 2014 (No. 29 of 2014)", 2014),
                ("Irish Statute Book", "European Communities (Electronic Communications Networks and Services) (Privacy and Electronic Communications) Regulations 2011 (S.I. No. 336 of 2011)", 2011),
                ("Irish Statute Book", "European Union (Consumer Information, Cancellation and Other Rights) Regulations 2013 (S.I. No. 484 of 2013)", 2013),
                ("Irish Statute Book", "Central Bank (Supervision and Enforcement) Act 2013 (Section 48(1)) (Consumer Protection) Regulations 2025 (S.I. No. 1 of 2025)", 2025),
                ("UK Parliament", "Consumer Rights Act 2015 (c. 15)", 2015),
                ("UK Parliament", "Data Protection Act 2018 (c. 12)", 2018)]  # fmt: skip


class Blind143WorkFactory(WorkFactory):
    """Irish, Northern Irish and diaspora works, drawn from their own seeded random source."""

    DRAWN = (("book", 12), ("ebook", 3), ("chapter", 7), ("journal", 22), ("thesis", 5), ("conference", 4),
             ("company", 8), ("body", 9), ("legislation", 4), ("market-research", 7), ("news", 8), ("social", 3),
             ("podcast", 2), ("video", 2), ("undated", 4))  # fmt: skip
    KINDS = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "legislation", "news", "social",
             "podcast", "video")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 143 + 14301)

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.22:
            return {"family": rng.choice(_SURNAME_GA), "given": rng.choice(_GIVEN_GA)}
        if roll < 0.28:
            return {"family": rng.choice(_SURNAME_GA_BARE), "given": rng.choice(_GIVEN_EN)}
        if roll < 0.58:
            return {"family": rng.choice(_SURNAME_EN), "given": rng.choice(_GIVEN_EN + _GIVEN_GA)}
        if roll < 0.72:
            given, family = rng.choice(_ULSTER)
            return {"family": family, "given": given}
        if roll < 0.82:
            given, family = rng.choice(_NEW_IRISH)
            return {"family": family, "given": given}
        if roll < 0.86:
            given, particle, family = rng.choice(_BRAZIL_PARTICLE)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        given, family = rng.choice(_DIASPORA)
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[38, 26, 15, 8, 5, 3, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            one = self.person()
            if all(one["family"] != p["family"] for p in people):
                people.append(one)
        return people

    # ------------------------------------------------------------------ dates and titles
    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        rng = self.rng
        low = max(2022, issued[0] if issued else 2022)
        year = rng.randint(low, max(low, 2025))
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        if issued and year == issued[0]:
            month = max(month, issued[1] if len(issued) > 1 else 1)
            if len(issued) > 2 and month == issued[1]:
                day = max(day, issued[2])
        return {"date-parts": [[year, month, day]]}

    def _title(self) -> str:
        rng = self.rng
        if rng.random() < 0.1:
            ga, en = rng.choice(_GA_TITLES)
            return f"{ga} [{en}]"
        topic = rng.choice(_TOPICS)
        form = rng.choice(_FORMS)
        return form.format(T=topic[:1].upper() + topic[1:], t=topic, co=rng.choice(_COMPANIES))

    def _url(self, host: str) -> str:
        return f"https://www.{host}/{self.fakers['en_GB'].slug()}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices([k for k, _ in self.DRAWN], weights=[w for _, w in self.DRAWN])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.rng.randint(1995, 2025)]]},
                                  "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _ebook(self) -> Work:
        work = self._book()
        year = work.record["issued"]["date-parts"][0]
        work.record["medium"] = "E-book"
        work.record["URL"] = self._url(self.rng.choice(["vlebooks.com", "ebookcentral.proquest.com", "dawsonera.com"]))
        work.record["accessed"] = self._accessed_after(year)
        return work

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": self._people(2), "container-title": self.rng.choice(
                ["Marketing in Ireland", "Irish Business and Society", "The Irish consumer: a reader",
                 "Contemporary Irish marketing cases", "Tourism in Ireland: a critical analysis",
                 "Gnó agus Gaeilge [Business and Irish]", "Northern Ireland after the Agreement"]),
            "issued": {"date-parts": [[self.rng.randint(1998, 2025)]]},
            "publisher": (pub := self.rng.choice(_PUBLISHERS))[0], "publisher-place": pub[1],
            "page": f"{(start := self.rng.randint(1, 320))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.rng.randint(1992, 2025)]]},
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 4)),
            "page": f"{(start := self.rng.randint(1, 700))}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice([1080, 1108, 1016, 2478, 1111])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        uni, genre = self.rng.choice(_UNIS)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": self._people(1),
                                  "issued": {"date-parts": [[self.rng.randint(2005, 2025)]]}, "genre": genre,
                                  "publisher": uni}  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = self._url(
                self.rng.choice(
                    [
                        "tara.tcd.ie/handle",
                        "researchrepository.ucd.ie",
                        "doras.dcu.ie",
                        "arrow.tudublin.ie",
                        "pure.ulster.ac.uk",
                        "hdl.handle.net",
                    ]
                )
            )
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        name, place = self.rng.choice(_CONFERENCES)
        year = self.rng.randint(2008, 2025)
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(4),
                                  "container-title": f"Proceedings of the {name}", "event-place": place,
                                  "publisher-place": place, "issued": {"date-parts": [[year]]}}  # fmt: skip
        return self._person_work(record, "conference")

    def _company(self) -> Work:
        name = self.rng.choice(_COMPANIES)
        year = self.rng.randint(2012, 2025)
        if self.rng.random() < 0.5:
            record: dict[str, Any] = {"type": "report", "title": f"{self.rng.choice(['Annual report', 'Sustainability report', 'Annual Report and Accounts', 'Tuarascáil Bhliantúil [Annual report]', 'Brand impact report'])} {year}",
                                      "issued": {"date-parts": [[year]]}, "publisher": name,
                                      "publisher-place": self.rng.choice(["Dublin", "Cork", "Belfast", "Galway", "Limerick"])}  # fmt: skip
            kind = "report"
        else:
            record = {"type": "webpage", "title": self.rng.choice(["Our story", "About us", "Our heritage", "Sustainability",
                                                                   "Newsroom", "Careers", "Fáilte [Welcome]", "Brand values"]),
                      "issued": {"date-parts": [[year]]}}  # fmt: skip
            kind = "web"
        if kind == "web" or self.rng.random() < 0.6:
            host = "".join(ch for ch in name.split(" (")[0].lower() if ch.isalnum() and ch.isascii())
            record["URL"] = self._url(f"{host}.{self.rng.choice(['ie', 'com', 'ie'])}")
            record["accessed"] = self._accessed_after([year])
        return self._org_work(record, kind, name, {"company"})

    def _body(self) -> Work:
        name = self.rng.choice(_BODIES)
        year = (
            self.rng.choice([2019, 2019, 2019, self.rng.randint(2010, 2025)])
            if name.startswith("Central Bank")
            else self.rng.randint(2010, 2025)
        )
        title = self.rng.choice(
            [
                self._title(),
                f"{self.rng.choice(['Annual report', 'Consumer protection outlook', 'Market monitor', 'Household survey', 'Strategy statement', 'Quarterly key data report', 'Visitor attitudes survey'])} {year}",
            ]
        )
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(self.rng.choice(
                                      ["centralbank.ie", "comreg.ie", "cso.ie/en/releasesandpublications", "bordbia.ie",
                                       "failteireland.ie", "tourismireland.com", "asai.ie", "gov.ie/en/publication",
                                       "nisra.gov.uk", "investni.com"]))}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name
            record["publisher-place"] = self.rng.choice(["Dublin", "Belfast", "Cork", "Baile Átha Cliath"])
        if self.rng.random() < 0.85:
            record["accessed"] = self._accessed_after([year])
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _legislation(self) -> Work:
        author, title, year = self.rng.choice(_LEGISLATION)
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": "Stationery Office" if "Ireland" in author or "Oireachtas" in author else "The Stationery Office",
                                  "publisher-place": "Dublin" if author != "UK Parliament" else "London",
                                  "URL": self._url("irishstatutebook.ie/eli" if author != "UK Parliament" else "legislation.gov.uk/ukpga")}  # fmt: skip
        record["accessed"] = self._accessed_after([year])
        return self._org_work(record, "legislation", author, {"legislation", "government"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2015, 2025)
        market = self.rng.choice(_MARKETS)
        title = self.rng.choice([f"{market} - Ireland - {self.rng.choice(['March', 'July', 'November'])} {year}",
                                 f"{market} in Ireland {year}", f"Irish consumer sentiment tracker {year}",
                                 f"{market}: Republic of Ireland and Northern Ireland {year}",
                                 f"Share of Irish adults using {market.lower()} services {year}, by age group"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name, "publisher-place": self.rng.choice(["Dublin", "London", "Belfast"])}  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self._url(
                self.rng.choice(["redcresearch.ie", "banda.ie", "amarach.com", "mintel.com", "statista.com"])
            )
            record["accessed"] = self._accessed_after([year])
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        paper = self.rng.choice(_PRESS)
        issued = [self.rng.randint(2014, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": paper,
                                  "issued": {"date-parts": [issued]}}  # fmt: skip
        if self.rng.random() < 0.8:
            record["URL"] = self._url(
                "".join(ch for ch in paper.lower() if ch.isalnum() and ch.isascii())
                + (".com" if "." not in paper else "")
            )
            record["accessed"] = self._accessed_after(issued)
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _social(self) -> Work:
        issued = [self.rng.randint(2018, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        platform = self.rng.choice(["LinkedIn", "Instagram", "X", "TikTok", "Facebook"])
        record: dict[str, Any] = {"type": "post", "title": self.rng.choice(
            ["Proud to launch our St Patrick's Day campaign ☘️", "Lá Fhéile Pádraig sona daoibh! [Happy St Patrick's Day!]",
             "Our Christmas ad is here", "Thank you to every Leaving Cert student who entered", "Bloomsday at our Dublin store",
             "Three lessons from rebranding a credit union", "Oíche Shamhna shona [Happy Halloween]"]),
            "container-title": platform, "issued": {"date-parts": [issued]},
            "URL": self._url(f"{platform.lower()}.com/posts"), "accessed": self._accessed_after(issued)}  # fmt: skip
        if self.rng.random() < 0.5:
            record["author"] = self._people(1)
            return self._person_work(record, "social")
        return self._org_work(record, "social", self.rng.choice(_COMPANIES), {"company"})

    def _podcast(self) -> Work:
        issued = [self.rng.randint(2017, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "webpage", "title": f"{self.rng.choice(['The Business', 'Inside Marketing', 'Irish Tech News', 'Marketing Ireland Podcast', 'Cúpla Focal'])}: {self._title()} [Podcast]",
                                  "issued": {"date-parts": [issued]}, "URL": self._url("open.spotify.com/episode"),
                                  "accessed": self._accessed_after(issued)}  # fmt: skip
        if self.rng.random() < 0.6:
            record["author"] = self._people(2)
            return self._person_work(record, "podcast")
        return self._org_work(
            record, "podcast", self.rng.choice(["RTÉ Radio 1", "Newstalk", "Marketing Institute of Ireland"]), {"press"}
        )

    def _video(self) -> Work:
        issued = [self.rng.randint(2012, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        maker = self.rng.choice(
            ["Guinness", "Tourism Ireland", "Dunnes Stores", "SuperValu", "Aer Lingus", "Barry’s Tea", "Barry's Tea"]
        )
        record: dict[str, Any] = {"type": "motion_picture", "title": f"{maker} Christmas ad {issued[0]}",
                                  "medium": "Video", "issued": {"date-parts": [issued]},
                                  "URL": self._url("youtube.com/watch"), "accessed": self._accessed_after(issued)}  # fmt: skip
        return self._org_work(
            record,
            "video",
            self.rng.choice(
                [
                    "Guinness Ireland",
                    "Tourism Ireland",
                    "SuperValu Ireland",
                    "Aer Lingus",
                    "RTÉ",
                    "TG4",
                    "Dunnes Stores",
                ]
            ),
            {"company"},
        )

    def _undated(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(
            ["Guide to the Irish market", "Irish-language signage guidance", "Shop local this Christmas",
             "Credit union membership explained", "Doing business in Northern Ireland", "Origin Green: the programme",
             "Bunachar na Gaeilge [Irish-language database]", "Advertising code FAQs"]),
            "URL": self._url(self.rng.choice(["bordbia.ie", "asai.ie", "creditunion.ie", "investni.com", "foramnagaeilge.ie"])),
            "accessed": self._accessed_after(None)}  # fmt: skip
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        return self._org_work(record, "web", self.rng.choice(_BODIES), {"government", "undated"})
