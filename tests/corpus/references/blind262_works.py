"""The blind262 pool's works: what marketers at holiday parks, caravan and motorhome makers, campsites, glamping
sites, outdoor-gear retailers and camping marketplaces in the UK, Ireland, the Netherlands and France cite in CIM
Level 6 and 7 reports and MBA assignments: tourism and marketing textbooks (Routledge, Sage, Kogan Page, Pearson,
Goodfellow, CABI, Channel View), chapters, tourism, leisure and marketing journals with up to eight authors and DOIs,
theses, conference papers, tourist boards, statistics offices and regulators, trade bodies and charities, companies'
pages, annual reports and investor decks, market research with years, the caravan trade press and national press
signed and unsigned, social posts, videos, podcasts and undated pages. Names are written as their owners print
them: British double-barrelled names, Irish names with Ó, Ní and Mac, Welsh names, Dutch names with van, van der and
de, French names with Le and de, Polish, Romanian and South Asian names.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

from typing import Any

from tests.corpus.references.records import Work, WorkFactory

_GIVEN_UK = ["Sarah", "James", "Emma", "Gareth", "Rhiannon", "Tom", "Hannah", "Oliver", "Chloe", "Rachel", "Mark",
             "Lucy", "Daniel", "Katie", "Ben", "Fiona", "Stuart", "Alison", "Ellie", "Nick"]  # fmt: skip
_FAMILY_UK = ["Hughes", "Thompson", "Barnes", "Whitfield", "Hargreaves", "Cartwright", "Pollard", "Ashworth",
              "Kershaw", "Bramley", "Pendleton", "Fairclough", "Marsden", "Holroyd", "Lister", "Sutcliffe", "Nuttall",
              "Craddock", "Ellison", "Tennant", "Lockwood", "Hewitt", "Dawes", "Gillespie", "Ramsbottom"]  # fmt: skip
_DOUBLE = [("Hamilton-Smythe", "Charlotte"), ("Ashby-Clarke", "Felicity"), ("Bowes-Lyon", "Harriet"),
           ("Carter-Wells", "Joanna"), ("Lloyd-Webber", "Imogen"), ("Fenwick-Hart", "Rupert"),
           ("Stanley-Price", "Georgina"), ("Heathcote-Amory", "Piers")]  # fmt: skip
_IRISH = [("Ó Briain", "Seán"), ("Ó Súilleabháin", "Aoife"), ("Ní Bhriain", "Siobhán"), ("Mac Giolla Phádraig", "Ciarán"),
          ("MacCarthy", "Niamh"), ("Ó Conaill", "Pádraig"), ("Ní Dhonnchadha", "Áine"), ("O'Sullivan", "Gráinne"),
          ("McGrath", "Eoin"), ("Mac an tSaoi", "Oisín"), ("O'Donoghue", "Clodagh"), ("Ó Cinnéide", "Tadhg")]  # fmt: skip
_WELSH = [("ap Gwilym", "Dafydd"), ("Pryce", "Siân"), ("Llewellyn", "Gwenllian"), ("Rhys", "Iolo"),
          ("Bowen", "Catrin"), ("Prydderch", "Eleri"), ("Parry", "Geraint"), ("Vaughan", "Nia"),
          ("Gruffydd", "Rhodri"), ("Jenkins", "Ffion")]  # fmt: skip
_DUTCH = [("van", "Dijk", "Sanne"), ("van der", "Meer", "Pieter"), ("de", "Vries", "Lotte"), ("van den", "Berg", "Joost"),
          ("van der", "Veen", "Marieke"), ("de", "Jong", "Bram"), ("van", "Leeuwen", "Femke"), ("ter", "Horst", "Daan"),
          ("van 't", "Hof", "Ilse"), ("de", "Graaf", "Ruud")]  # fmt: skip
_DUTCH_PLAIN = [("Bakker", "Anouk"), ("Jansen", "Thijs"), ("Visser", "Eline"), ("Smit", "Koen"), ("Mulder", "Floor"),
                ("Dekker", "Wouter"), ("Kuipers", "Maaike"), ("Hoekstra", "Jeroen")]  # fmt: skip
_FRENCH = [("Le Gall", "Yann"), ("Le Goff", "Maëlle"), ("Le Bihan", "Gwenaëlle"), ("Lefèvre", "Céline"),
           ("Girard", "Hélène"), ("Dubois", "Mathieu"), ("Roussel", "Amélie"), ("Chevallier", "Benoît")]  # fmt: skip
_FRENCH_PARTICLE = [("de", "La Rochefoucauld", "Aurélie"), ("de", "Montbrun", "Thibault"), ("d'", "Harcourt", "Solène"),
                    ("de", "Villiers", "Margaux")]  # fmt: skip
_OTHER = [("Kowalczyk", "Agnieszka"), ("Wiśniewski", "Tomasz"), ("Zieliński", "Paweł"), ("Nowak", "Magdalena"),
          ("Popescu", "Ioana"), ("Ionescu", "Andrei"), ("Dumitrescu", "Mihaela"), ("Constantinescu", "Radu"),
          ("Patel", "Priya"), ("Chaudhry", "Imran"), ("Banerjee", "Ananya"), ("Sandhu", "Harpreet"),
          ("Rahman", "Nusrat"), ("Krishnamurthy", "Arjun"), ("Gupta", "Sunil"), ("Siddiqui", "Ayesha")]  # fmt: skip

_PUBLISHERS = [("Routledge", "Abingdon"), ("Sage", "London"), ("Kogan Page", "London"), ("Pearson", "Harlow"),
               ("Goodfellow", "Oxford"), ("CABI", "Wallingford"), ("Channel View Publications", "Bristol"),
               ("Routledge", "London"), ("Pearson", "Harlow"), ("Goodfellow", "Woodeaton")]  # fmt: skip
_JOURNALS = ["Tourism Management", "Journal of Travel Research", "Journal of Sustainable Tourism",
             "Annals of Tourism Research", "Leisure Studies", "Journal of Outdoor Recreation and Tourism",
             "Journal of Marketing Management", "Tourism Management Perspectives", "Current Issues in Tourism",
             "Journal of Vacation Marketing", "International Journal of Hospitality Management"]  # fmt: skip
_DOI_PREFIX = {"Tourism Management": "10.1016/j.tourman", "Journal of Travel Research": "10.1177/0047287",
               "Journal of Sustainable Tourism": "10.1080/09669582", "Annals of Tourism Research": "10.1016/j.annals",
               "Leisure Studies": "10.1080/02614367", "Journal of Outdoor Recreation and Tourism": "10.1016/j.jort",
               "Journal of Marketing Management": "10.1080/0267257X", "Tourism Management Perspectives": "10.1016/j.tmp",
               "Current Issues in Tourism": "10.1080/13683500", "Journal of Vacation Marketing": "10.1177/13567667",
               "International Journal of Hospitality Management": "10.1016/j.ijhm"}  # fmt: skip
_UNIVERSITIES = [("Bournemouth University", "Poole"), ("University of Surrey", "Guildford"),
                 ("Leeds Beckett University", "Leeds"), ("Sheffield Hallam University", "Sheffield"),
                 ("Oxford Brookes University", "Oxford"), ("Technological University of the Shannon", "Athlone"),
                 ("Breda University of Applied Sciences", "Breda"), ("Wageningen University", "Wageningen")]  # fmt: skip
_CONFERENCES = [("CHME Annual Research Conference", "Council for Hospitality Management Education"),
                ("Tourism Naturally Conference", "Tourism Naturally"),
                ("Academy of Marketing Conference", "Academy of Marketing"),
                ("ATLAS Annual Conference", "ATLAS"),
                ("TTRA International Conference", "Travel and Tourism Research Association")]  # fmt: skip
_PUBLIC = [("VisitBritain", {"tourist-board"}), ("VisitEngland", {"tourist-board"}), ("Visit Wales", {"tourist-board"}),
           ("VisitScotland", {"tourist-board"}), ("Fáilte Ireland", {"tourist-board", "accent"}),
           ("Office for National Statistics", {"government"}), ("Competition and Markets Authority", {"government"}),
           ("Advertising Standards Authority", {"regulator"}), ("Environment Agency", {"government"}),
           ("Natural England", {"government"}), ("Forestry Commission", {"government"}),
           ("NBTC Holland Marketing", {"tourist-board"}), ("CBS", {"government", "abbreviation"}),
           ("Atout France", {"tourist-board"}), ("Competition and Markets Authority (CMA)", {"abbreviation"}),
           ("Advertising Standards Authority (ASA)", {"abbreviation"})]  # fmt: skip
_TRADE = [("British Holiday & Home Parks Association", {"ampersand"}), ("UK Holiday Parks", set()),
          ("National Caravan Council", set()), ("National Caravan Council (NCC)", {"abbreviation"}),
          ("The Camping and Caravanning Club", set()), ("The Caravan and Motorhome Club", set()),
          ("Irish Caravan and Camping Council", set()), ("HISWA-RECRON", {"abbreviation"}),
          ("Fédération Nationale de l'Hôtellerie de Plein Air", {"apostrophe", "accent"}),
          ("The Ramblers", set()), ("Youth Hostels Association (YHA)", {"abbreviation"}),
          ("Outdoor Industries Association", set()), ("The Scouts", set()),
          ("BH&HPA", {"ampersand", "abbreviation"})]  # fmt: skip
_COMPANIES = [("Parkdean Resorts UK Ltd", "parkdeanresorts.co.uk"), ("Bourne Leisure Ltd", "bourne-leisure.co.uk"),
              ("Center Parcs (Operating Company) Ltd", "centerparcs.co.uk"), ("Butlin's Skyline Ltd", "butlins.com"),
              ("Away Resorts Ltd", "awayresorts.co.uk"), ("Landal GreenParks BV", "landal.com"),
              ("Roompot Vakanties BV", "roompot.nl"), ("Pitchup.com Ltd", "pitchup.com"),
              ("Swift Group Ltd", "swiftgroup.co.uk"), ("Bailey Caravans Ltd", "baileyofbristol.co.uk"),
              ("Frasers Group plc", "frasersgroup.com"), ("Thule Group AB", "thulegroup.com"),
              ("Haven", "haven.com"), ("Hoseasons", "hoseasons.co.uk"), ("Eurocamp", "eurocamp.co.uk"),
              ("Canvas Holidays", "canvasholidays.co.uk"), ("Go Outdoors", "gooutdoors.co.uk"),
              ("Decathlon UK", "decathlon.co.uk"), ("Vango", "vango.co.uk"), ("Campsites.co.uk", "campsites.co.uk")]  # fmt: skip
_RESEARCH = ["Mintel", "YouGov", "Kantar", "Statista", "Euromonitor International", "Key Note"]
_RESEARCH_TITLES = ["Holiday parks and caravan holidays - UK - {mo} {y}", "Camping and caravanning - UK - {y}",
                    "Domestic tourism - UK - {mo} {y}", "Glamping: consumer attitudes {y}",
                    "Number of caravan holidays taken in Great Britain from 2015 to {y}",
                    "Outdoor equipment retailing in the United Kingdom {y}", "Staycations - Ireland - {y}",
                    "Motorhome ownership in the UK, by age group, {y}", "Outdoor clothing and footwear in the UK {y}",
                    "Holiday habits of UK families {y}"]  # fmt: skip
_RESEARCH_NAMED = [("VisitEngland", "GB Tourism Survey 2023", 2024), ("VisitEngland", "Great Britain Day Visits Survey 2023", 2024),
                   ("UK Caravan and Camping Alliance", "The economic impact of the UK holiday park and campsite sector", 2019),
                   ("Pitchup.com Ltd", "Camping Trends Report 2024", 2024),
                   ("National Caravan Council", "Touring caravan and motorhome registration figures 2023", 2024)]  # fmt: skip
_DOMAINS = {
    "VisitEngland": "visitbritain.org",
    "UK Caravan and Camping Alliance": "ukcca.org.uk",
    "Pitchup.com Ltd": "pitchup.com",
    "National Caravan Council": "thencc.org.uk",
}
_PRESS = ["Park Home & Holiday Caravan", "Practical Caravan", "Practical Motorhome", "Camping magazine", "Travel Weekly",
          "TTG", "The Telegraph", "The Guardian", "The Irish Times", "BBC News", "Financial Times"]  # fmt: skip
_TOPICS = ["holiday park marketing", "glamping demand", "the staycation boom", "caravan ownership", "motorhome hire",
           "campsite booking platforms", "holiday home sales", "membership clubs", "seasonal pricing", "family breaks",
           "dark skies tourism", "outdoor recreation", "caravan dealer networks", "eco-certification of parks",
           "second-hand caravans", "pitch fees", "wild camping", "nature-based tourism", "rural visitor economies",
           "customer loyalty in leisure", "lodge holidays", "ownership on holiday parks"]  # fmt: skip
_BOOK_TITLES = ["Marketing for tourism, hospitality and events", "Tourism marketing: a strategic approach",
                "Consumer behaviour in tourism", "Caravanning and camping tourism", "Outdoor recreation management",
                "Rural tourism and recreation", "Destination marketing", "Services marketing for leisure",
                "Strategic management for tourism, hospitality and events", "Marketing the visitor economy",
                "Glamping and the experience economy", "Digital marketing for tourism"]  # fmt: skip
_SOCIAL = [("Instagram", "haven"), ("TikTok", "centerparcsuk"), ("Facebook", "TheCaravanClub"), ("X", "Pitchup"),
           ("LinkedIn", "Parkdean Resorts"), ("Instagram", "awayresorts"), ("TikTok", "landalgreenparks")]  # fmt: skip
_PODCASTS = ["The Caravan Podcast", "Holiday Park Insider", "The Outdoor Trade Podcast", "Camping Unplugged",
             "Tourism Matters"]  # fmt: skip


class Blind262WorkFactory(WorkFactory):
    """Works of marketers at holiday parks, caravan makers, campsites and camping marketplaces (blind262)."""

    # the kinds of work the factory makes (a Work's kind), and the makers it draws them from
    KINDS = ("book", "chapter", "journal", "thesis", "conference", "report", "web", "news", "social", "video",
             "podcast")  # fmt: skip
    MAKERS = ("book", "chapter", "journal", "thesis", "conference", "public-body", "trade-body", "company",
              "annual-report", "market-research", "press", "social", "video", "podcast", "undated-web")  # fmt: skip

    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.3:
            return {"family": self.rng.choice(_FAMILY_UK), "given": self.rng.choice(_GIVEN_UK)}
        if roll < 0.37:
            family, given = self.rng.choice(_DOUBLE)
            return {"family": family, "given": given}
        if roll < 0.5:
            family, given = self.rng.choice(_IRISH)
            return {"family": family, "given": given}
        if roll < 0.58:
            family, given = self.rng.choice(_WELSH)
            if family.startswith("ap "):
                return {"family": "Gwilym", "given": given, "non-dropping-particle": "ap"}
            return {"family": family, "given": given}
        if roll < 0.68:
            particle, family, given = self.rng.choice(_DUTCH)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.73:
            family, given = self.rng.choice(_DUTCH_PLAIN)
            return {"family": family, "given": given}
        if roll < 0.8:
            family, given = self.rng.choice(_FRENCH)
            return {"family": family, "given": given}
        if roll < 0.83:
            particle, family, given = self.rng.choice(_FRENCH_PARTICLE)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        family, given = self.rng.choice(_OTHER)
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        roll = self.rng.random()
        if roll < 0.35:
            name, tags = self.rng.choice(_PUBLIC)
        elif roll < 0.7:
            name, tags = self.rng.choice(_TRADE)
        else:
            name, tags = self.rng.choice(_COMPANIES)[0], {"company"}
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1975, 1999)
        return self.rng.randint(2010, 2025)

    def accessed(self) -> dict[str, list[list[int]]]:
        return {"date-parts": [[2025, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]} in the UK and Ireland", f"Understanding {topic}: evidence from Great Britain",
                 f"{topic[0].upper()}{topic[1:]} after the pandemic", f"Who buys into {topic}? A segmentation study",
                 f"{topic[0].upper()}{topic[1:]} and the Dutch holiday market", f"Rethinking {topic} for the next decade",
                 f"The economics of {topic}", f"{topic[0].upper()}{topic[1:]}: a guide for park operators",
                 f"Green credentials and {topic}", f"{topic[0].upper()}{topic[1:]} among families with young children"]  # fmt: skip
        return self.rng.choice(forms)

    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            list(self.MAKERS), weights=[12, 5, 22, 4, 4, 9, 9, 7, 5, 8, 8, 2, 2, 2, 4]
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _url(self, domain: str) -> str:
        return f"https://www.{domain}/{self.fakers['en_GB'].slug()}"

    # ------------------------------------------------------------------ works
    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "book", "title": self.rng.choice(_BOOK_TITLES) if self.rng.random() < 0.6 else self._title(),
            "author": self._people(4), "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
            "publisher-place": place,
        }  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": f"The Routledge handbook of {self.rng.choice(['camping and caravanning', 'outdoor recreation', 'rural tourism', 'tourism marketing', 'second homes'])}",
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        container = self.rng.choice(_JOURNALS)
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8), "container-title": container,
            "issued": {"date-parts": [[year]]}, "volume": str(self.rng.randint(10, 105)),
            "issue": str(self.rng.randint(1, 8)),
            "page": f"{(start := self.rng.randint(1, 1400))}-{start + self.rng.randint(10, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["DOI"] = f"{_DOI_PREFIX[container]}.{year}.{self.rng.randint(100000, 999999)}"
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": [self.person()],
            "issued": {"date-parts": [[self.rng.randint(2012, 2024)]]}, "publisher": university,
            "publisher-place": place, "genre": self.rng.choice(["PhD thesis", "MSc dissertation", "DBA thesis", "MBA dissertation"]),
        }  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        event, body = self.rng.choice(_CONFERENCES)
        year = self.rng.randint(2014, 2024)
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": f"Proceedings of the {event} {year}",
            "publisher": body, "issued": {"date-parts": [[year]]},
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(5, 14)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _public_body(self) -> Work:
        name, tags = self.rng.choice(_PUBLIC)
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]), "title": self._title(),
            "URL": self._url("gov.uk" if "government" in tags else "visitbritain.org"), "accessed": self.accessed(),
        }  # fmt: skip
        if self.rng.random() < 0.9:
            record["issued"] = {"date-parts": [[self.rng.randint(2015, 2024)]]}
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, set(tags))

    def _trade_body(self) -> Work:
        name, tags = self.rng.choice(_TRADE)
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url("ukholidayparks.org"),
                                  "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.8:
            record["issued"] = {"date-parts": [[self.rng.randint(2016, 2024)]]}
        return self._org_work(record, "web", name, set(tags) | {"trade-body"})

    def _company(self) -> Work:
        name, domain = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {
            "type": "webpage", "title": self.rng.choice(["About us", "Our story", "Sustainability", "Owners' area",
                                                         "Holiday home ownership", "Our parks", "Press centre"]),
            "URL": self._url(domain), "accessed": self.accessed(),
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["issued"] = {"date-parts": [[self.rng.randint(2018, 2024)]]}
        return self._org_work(record, "web", name, {"company"})

    def _annual_report(self) -> Work:
        name, domain = self.rng.choice(_COMPANIES[:12])
        year = self.rng.randint(2016, 2024)
        title = self.rng.choice([f"Annual report and financial statements {year}", f"Annual report {year}",
                                 f"Investor presentation: FY{year} results", f"Sustainability report {year}",
                                 f"Capital markets day {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name,
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(domain),
                                  "accessed": self.accessed()}  # fmt: skip
        return self._org_work(record, "report", name, {"company", "annual-report"})

    def _market_research(self) -> Work:
        if self.rng.random() < 0.3:
            name, title, year = self.rng.choice(_RESEARCH_NAMED)
            record: dict[str, Any] = {"type": "report", "title": title, "publisher": name,
                                      "issued": {"date-parts": [[year]]}, "URL": self._url(_DOMAINS[name]),
                                      "accessed": self.accessed()}  # fmt: skip
            return self._org_work(record, "report", name, {"market-research"})
        name = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2016, 2024)
        title = self.rng.choice(_RESEARCH_TITLES).format(mo=self.rng.choice(["February", "May", "September"]), y=year)
        record = {"type": "report", "title": title, "publisher": name, "URL": self._url(f"{name.split()[0].lower()}.com"),
                  "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.92:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, "report", name, {"market-research"})

    def _press(self) -> Work:
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper" if paper not in ("Practical Caravan", "Practical Motorhome", "Camping magazine",
                                                         "Park Home & Holiday Caravan") else "article-magazine",
            "title": self._title(), "container-title": paper,
            "issued": {"date-parts": [[self.rng.randint(2016, 2024), self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url("practicalcaravan.com" if "Practical" in paper else "thetimes.co.uk"), "accessed": self.accessed(),
        }  # fmt: skip
        if self.rng.random() < 0.65:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _social(self) -> Work:
        platform, handle = self.rng.choice(_SOCIAL)
        name = {"haven": "Haven", "centerparcsuk": "Center Parcs", "TheCaravanClub": "The Caravan and Motorhome Club",
                "Pitchup": "Pitchup", "Parkdean Resorts": "Parkdean Resorts", "awayresorts": "Away Resorts",
                "landalgreenparks": "Landal GreenParks"}[handle]  # fmt: skip
        record: dict[str, Any] = {
            "type": "post", "title": f"{self.rng.choice(['Half-term is sorted', 'Our new lodges are here', 'Pitch of the week', 'Spring into the outdoors'])} [{platform}]",
            "container-title": platform, "issued": {"date-parts": [[self.rng.randint(2021, 2024), self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.{platform.lower()}.com/{handle}", "accessed": self.accessed(),
        }  # fmt: skip
        return self._org_work(record, "social", name, {"social"})

    def _video(self) -> Work:
        record: dict[str, Any] = {
            "type": "motion_picture", "title": self._title(), "container-title": "YouTube",
            "issued": {"date-parts": [[self.rng.randint(2017, 2024), self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.youtube.com/watch?v={self.fakers['en_GB'].lexify('???????????')}", "accessed": self.accessed(),
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["author"] = [self.person()]
            return self._person_work(record, "video")
        name = self.rng.choice(["Practical Motorhome", "Center Parcs UK", "Swift Group", "Go Outdoors", "Vango"])
        return self._org_work(record, "video", name, {"video"})

    def _podcast(self) -> Work:
        record: dict[str, Any] = {
            "type": "song", "title": self._title(), "container-title": self.rng.choice(_PODCASTS),
            "author": self._people(2), "medium": "Podcast",
            "issued": {"date-parts": [[self.rng.randint(2019, 2024), self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://podcasts.apple.com/gb/podcast/{self.fakers['en_GB'].slug()}", "accessed": self.accessed(),
        }  # fmt: skip
        return self._person_work(record, "podcast")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url("campsites.co.uk"),
                                  "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags | {"undated"})
