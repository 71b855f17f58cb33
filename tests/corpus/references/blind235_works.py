"""Works for the blind235 pool (HELD OUT): what marketers at UK and Irish restaurant groups, pub companies, coffee
and bakery chains, quick-service brands, food-delivery platforms and hospitality suppliers cite in CIM Level 6 and 7
reports and MBA assignments.

Textbooks (Routledge, Sage, Goodfellow, Kogan Page, Pearson), chapters, hospitality and food journals with one to
eight authors and DOIs, theses, conference papers (CHME, EuroCHRIE, the Academy of Marketing), regulators and public
bodies, trade bodies and charities, company pages, annual reports and investor decks, market research with years, the
trade and national press signed and unsigned, social posts, videos, podcasts and undated pages. Names are written as
their owners print them: British double-barrelled names, Irish names with Ó, Ní and Mac, Italian names with di and
de, South Asian and Portuguese names. Written without reading the checker, its tests or any other pool.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
import unicodedata
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "thesis", "conference", "government", "trade-body", "company",
         "annual-report", "market-research", "news", "trade-press", "social", "video", "podcast")  # fmt: skip

_GIVEN = ["James", "Sarah", "Tom", "Emma", "Rachel", "David", "Hannah", "Oliver", "Charlotte", "Matthew", "Sophie",
          "Daniel", "Laura", "Richard", "Claire", "Peter", "Helen", "Gareth", "Rhiannon", "Fiona", "Callum", "Eilidh",
          "Joanne", "Mark", "Alison", "Stuart", "Victoria", "Nicola", "Andrew", "Kate"]  # fmt: skip
_BRITISH = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas", "Roberts", "Walker",
            "Wright", "Robinson", "Thompson", "Hughes", "Edwards", "Green", "Lewis", "Harris", "Clarke", "Hall",
            "Morgan", "Baker", "Marshall", "Ellis", "Lockwood", "Pritchard", "Haworth", "Birtwistle", "Fairclough",
            "Ashworth", "Pemberton", "Whitehead"]  # fmt: skip
_DOUBLE = ["Lloyd-Jones", "Bennett-Hughes", "Hamilton-Brown", "Rees-Mogg", "Owen-Pritchard", "Smith-Porter",
           "Carter-Wells", "Bowes-Lyon", "Hart-Davis", "Morgan-Ellis", "Wade-Gery", "Fox-Pitt"]  # fmt: skip
# Irish names as Irish scholars print them, with their given names.
_IRISH = [("Ó Briain", "Pádraig"), ("Ó Súilleabháin", "Seán"), ("Ní Bhriain", "Aoife"), ("Ní Dhomhnaill", "Gráinne"),
          ("Mac Cárthaigh", "Cian"), ("Mac Giolla Phádraig", "Eoin"), ("Ó Ceallaigh", "Niamh"), ("Ní Chonaill", "Siobhán"),
          ("O'Sullivan", "Ciara"), ("McCarthy", "Declan"), ("O'Neill", "Orla"), ("Ryan", "Aisling"),
          ("Murphy", "Caoimhe"), ("Kavanagh", "Róisín"), ("Fitzgerald", "Dónal"), ("Mac an tSaoir", "Fionnuala"),
          ("Ó Murchú", "Tadhg"), ("Nic Aodha", "Máire")]  # fmt: skip
_SCOTTISH = [("MacLeod", "Iain"), ("McIntyre", "Morag"), ("MacDonald", "Kirsty"), ("McKenzie", "Ewan"),
             ("Mackintosh", "Ailsa")]  # fmt: skip
# Italian names with their particle kept apart (as reference managers hold "di Stefano") or written into the surname.
_ITALIAN = [("di", "Stefano", "Marco"), ("de", "Angelis", "Giulia"), ("di", "Matteo", "Chiara"), ("", "De Luca", "Paolo"),
            ("", "Di Marco", "Francesca"), ("", "Rossi", "Alessandro"), ("", "Esposito", "Sara"), ("", "Ferrari", "Luca"),
            ("", "Bianchi", "Elena"), ("", "D'Amico", "Stefano")]  # fmt: skip
_SOUTH_ASIAN = [("Patel", "Priya"), ("Sharma", "Rohit"), ("Chaudhary", "Anjali"), ("Iyer", "Lakshmi"),
                ("Banerjee", "Arnab"), ("Malhotra", "Kiran"), ("Rahman", "Shahana"), ("Hussain", "Imran"),
                ("Siddiqui", "Ayesha"), ("Begum", "Rukhsana"), ("Gill", "Harpreet"), ("Sandhu", "Jaspreet"),
                ("Kaur", "Simran"), ("Ahmed", "Tariq"), ("Nair", "Deepa"), ("Fernando", "Dilani"),
                ("Chakraborty", "Sourav"), ("Mehta", "Nikhil")]  # fmt: skip
_PORTUGUESE = [("da", "Costa", "Ana"), ("dos", "Santos", "João"), ("", "Gonçalves", "Inês"), ("", "Pereira", "Rui"),
               ("", "Sousa", "Beatriz"), ("", "Fernandes", "Tiago"), ("", "Magalhães", "Mariana"),
               ("de", "Oliveira", "Miguel"), ("", "Gomes", "Catarina"), ("da", "Silva", "Pedro")]  # fmt: skip
_OTHER = [("Kim", "Seongsoo"), ("Zhang", "Lin"), ("Li", "Xiang"), ("Wang", "Yuxin"), ("Nguyen", "Thi Hoa"),
          ("Kowalski", "Marta"), ("Papadopoulos", "Eleni"), ("Yılmaz", "Burak"), ("Okafor", "Chinedu"),
          ("Søndergaard", "Mette"), ("Müller", "Katrin"), ("García", "Lucía")]  # fmt: skip

# Who these candidates cite when no person is named, with what makes each name hard.
_GOVERNMENT = [("Food Standards Agency", {"government"}), ("Food Standards Agency (FSA)", {"government", "abbreviation"}),
               ("Food Standards Scotland", {"government"}), ("Competition and Markets Authority", {"government"}),
               ("Competition and Markets Authority (CMA)", {"government", "abbreviation"}),
               ("Advertising Standards Authority", {"regulator"}), ("ASA", {"regulator", "acronym"}),
               ("Office for National Statistics", {"government"}), ("ONS", {"government", "acronym"}),
               ("Public Health England", {"government"}), ("Office for Health Improvement and Disparities", {"government"}),
               ("Department of Health and Social Care", {"government"}),
               ("Department of Health & Social Care", {"government", "ampersand"}), ("Fáilte Ireland", {"government"}),
               ("Food Safety Authority of Ireland", {"government"}),
               ("Food Safety Authority of Ireland (FSAI)", {"government", "abbreviation"}),
               ("HM Revenue & Customs", {"government", "ampersand"}), ("Department for Business and Trade", {"government"}),
               ("House of Commons Library", {"government"})]  # fmt: skip
_TRADE = [("UKHospitality", {"trade-body"}), ("British Beer and Pub Association", {"trade-body"}),
          ("British Beer & Pub Association (BBPA)", {"trade-body", "ampersand", "abbreviation"}),
          ("Restaurants Association of Ireland", {"trade-body"}), ("The Licensed Trade Charity", {"charity"}),
          ("Sustainable Restaurant Association", {"trade-body"}), ("Hospitality Ulster", {"trade-body"}),
          ("British Takeaway Campaign", {"trade-body"}), ("WRAP", {"charity", "acronym"}),
          ("Hospitality Action", {"charity"}), ("Institute of Hospitality", {"trade-body"}),
          ("CAMRA", {"trade-body", "acronym"}), ("Chartered Institute of Marketing (CIM)", {"trade-body", "abbreviation"}),
          ("Bord Bia", {"government"})]  # fmt: skip
_COMPANIES = [("Greggs plc", {"company"}), ("J D Wetherspoon plc", {"company"}),
              ("Mitchells & Butlers plc", {"company", "ampersand"}), ("Greene King Ltd", {"company"}),
              ("Fuller, Smith & Turner P.L.C.", {"company", "ampersand", "comma"}), ("Whitbread PLC", {"company"}),
              ("Costa Ltd", {"company"}), ("Caffè Nero Group Ltd", {"company"}), ("The Restaurant Group plc", {"company"}),
              ("Domino's Pizza Group plc", {"company", "apostrophe"}), ("Deliveroo plc", {"company"}),
              ("Just Eat Takeaway.com N.V.", {"company"}), ("Nando's Group Holdings Ltd", {"company", "apostrophe"}),
              ("Pret A Manger (Europe) Ltd", {"company"}), ("Nando's", {"company", "apostrophe"}),
              ("Pret A Manger", {"company"}), ("Wagamama", {"company"}), ("Dishoom", {"company"}), ("itsu", {"company", "lowercase"}),
              ("Leon Restaurants", {"company"}), ("Supermac's", {"company", "apostrophe"}), ("Bewley's", {"company", "apostrophe"}),
              ("Brakes", {"company"}), ("Bidfood", {"company"}), ("Uber Eats", {"company"}), ("Greggs", {"company"})]  # fmt: skip
_RESEARCH = ["CGA by NIQ", "Lumina Intelligence", "Kantar", "Mintel", "Allegra World Coffee Portal", "Statista",
             "Bidfood", "YouGov", "KPMG", "Circana"]  # fmt: skip
_PRESS = ["The Caterer", "Propel", "Big Hospitality", "Morning Advertiser", "MCA Insight", "Restaurant Online",
          "Financial Times", "The Guardian", "BBC News", "The Irish Times", "Marketing Week", "The Grocer",
          "Hospitality Ireland"]  # fmt: skip
_TRADE_PRESS = {"The Caterer", "Propel", "Big Hospitality", "Morning Advertiser", "MCA Insight", "Restaurant Online",
                "Marketing Week", "The Grocer", "Hospitality Ireland"}  # fmt: skip

_JOURNALS = [("International Journal of Hospitality Management", "10.1016/j.ijhm"),
             ("International Journal of Contemporary Hospitality Management", "10.1108/IJCHM"),
             ("Cornell Hospitality Quarterly", "10.1177/19389655"),
             ("Journal of Foodservice Business Research", "10.1080/15378020"), ("British Food Journal", "10.1108/BFJ"),
             ("Appetite", "10.1016/j.appet"), ("Journal of Marketing Management", "10.1080/0267257X"),
             ("Journal of Hospitality and Tourism Management", "10.1016/j.jhtm"),
             ("Journal of Retailing and Consumer Services", "10.1016/j.jretconser"),
             ("Public Health Nutrition", "10.1017/S13689800"), ("Tourism and Hospitality Research", "10.1177/14673584")]  # fmt: skip
_TOPICS = ["menu calorie labelling", "loyalty apps", "food delivery platforms", "dark kitchens", "plant-based menus",
           "the British pub", "coffee-shop loyalty", "franchise relationships", "online reviews", "menu engineering",
           "price promotions", "allergen information", "food waste", "meal deals", "brand authenticity",
           "the night-time economy", "sports screenings", "staff turnover", "customer experience", "tipping",
           "sustainable sourcing", "social media engagement", "quick-service restaurants", "drive-thru formats",
           "high-street bakeries", "craft beer", "subscription coffee", "table-ordering apps", "HFSS promotion rules",
           "food hygiene ratings", "rural pubs", "Irish hospitality", "the cost-of-living crisis", "Gen Z diners"]  # fmt: skip
_SETTINGS = ["UK chain restaurants", "managed pub estates", "Irish cafés", "UK coffee chains", "quick-service brands",
             "the UK eating-out market", "casual dining", "high-street bakeries", "food-to-go", "the Irish foodservice sector",
             "Scottish hospitality", "the contract-catering sector", "London restaurants", "Northern Ireland pubs"]  # fmt: skip
_BOOKS = [("Hospitality marketing", ""), ("Marketing for hospitality and tourism", ""), ("Services marketing", "people, technology, strategy"),
          ("Food and beverage management", ""), ("Strategic management in the hospitality industry", ""),
          ("Digital marketing", "strategy, implementation and practice"), ("Principles of marketing", ""),
          ("The business of pubs", ""), ("Consumer behaviour in food and hospitality", ""), ("Franchising", "a practical guide"),
          ("Restaurant marketing", "a guide for owners and managers"), ("Brand management", "research, theory and practice"),
          ("Customer relationship management", "concepts and technologies"), ("Managing hospitality operations", ""),
          ("Marketing strategy", "based on first principles and data analytics"), ("Loyalty marketing", "the second act"),
          ("Hospitality, leisure and tourism", "an introduction"), ("Exploring strategy", "text and cases")]  # fmt: skip
_HANDBOOKS = ["The Routledge handbook of hospitality marketing", "The Routledge handbook of food and gastronomy",
              "The Sage handbook of hospitality management", "Food and drink tourism", "Contemporary hospitality marketing",
              "The Routledge handbook of hospitality studies", "Managing pubs and bars"]  # fmt: skip
_UNIVERSITIES = ["Oxford Brookes University", "University of Surrey", "Sheffield Hallam University",
                 "Technological University Dublin", "Ulster University", "Bournemouth University",
                 "University of Strathclyde", "Leeds Beckett University"]  # fmt: skip
_CONFERENCES = [("Council for Hospitality Management Education (CHME) Annual Research Conference", "CHME"),
                ("EuroCHRIE Conference", "EuroCHRIE"), ("Academy of Marketing Conference", "Academy of Marketing"),
                ("Irish Academy of Management Conference", "IAM")]  # fmt: skip


class Blind235WorkFactory(WorkFactory):
    """Works UK and Irish hospitality, food-service and delivery marketers cite. A subclass with a random source of
    its own, so no other pool's corpus changes."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 235235)
        self.dated: list[tuple[str, set[str], int, str]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.3:
            return {"family": self.rng.choice(_BRITISH), "given": self.rng.choice(_GIVEN)}
        if roll < 0.38:
            return {"family": self.rng.choice(_DOUBLE), "given": self.rng.choice(_GIVEN)}
        if roll < 0.55:
            family, given = self.rng.choice(_IRISH)
            return {"family": family, "given": given}
        if roll < 0.6:
            family, given = self.rng.choice(_SCOTTISH)
            return {"family": family, "given": given}
        if roll < 0.68:
            particle, family, given = self.rng.choice(_ITALIAN)
            name = {"family": family, "given": given}
            if particle:
                name["non-dropping-particle"] = particle
            return name
        if roll < 0.8:
            family, given = self.rng.choice(_SOUTH_ASIAN)
            return {"family": family, "given": given}
        if roll < 0.88:
            particle, family, given = self.rng.choice(_PORTUGUESE)
            name = {"family": family, "given": given}
            if particle:
                name["non-dropping-particle"] = particle
            return name
        if roll < 0.95:
            family, given = self.rng.choice(_OTHER)
            return {"family": family, "given": given}
        fake = self.fakers[self.rng.choice(["en_GB", "en_IE"])]
        return {"family": fake.last_name(), "given": fake.first_name()}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[30, 28, 18, 10, 6, 4, 2, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            one = self.person()
            if all(one["family"] != p["family"] for p in people):
                people.append(one)
        return people

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.06:
            return self.rng.randint(1992, 2007)
        return self.rng.randint(2008, 2025)

    def _after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        """An access date on or after the work's date."""
        first = issued[0] if issued else 2022
        year = self.rng.randint(max(first, 2023), 2025)
        month = self.rng.randint(issued[1] if issued and len(issued) > 1 and year == first else 1, 12)
        low = issued[2] if issued and len(issued) > 2 and year == first and month == issued[1] else 1
        return {"date-parts": [[year, month, self.rng.randint(low, 28)]]}

    def _dated(self, name: str, tags: set[str], record: dict[str, Any], undated: float) -> None:
        """A date for an organisation's work; now and then the year of an earlier work by the same body (2023a, 2023b)."""
        same = [d for d in self.dated if d[0] == name]
        if same and self.rng.random() < 0.5:
            record["issued"] = {"date-parts": [[same[0][2]]]}
        elif self.rng.random() >= undated:
            year = self.rng.randint(2012, 2025)
            record["issued"] = {"date-parts": [[year]]}
            self.dated.append((name, tags, year, record["type"]))

    def _url(self, name: str) -> str:
        plain = unicodedata.normalize("NFKD", name.lower().split(" (")[0])
        slug = "".join(ch for ch in plain if ch.isascii() and ch.isalnum())[:18] or "site"
        fake = self.fakers["en_GB"]
        irish = any(word in name for word in ("Ireland", "Irish", "Fáilte", "Bord Bia", "Supermac", "Bewley"))
        if name in {n for n, _ in _GOVERNMENT}:
            tld = ".ie" if irish else ".gov.uk"
        else:
            tld = ".ie" if irish else self.rng.choice([".co.uk", ".com", ".org.uk"])
        return f"https://www.{slug}{tld}/{fake.slug()}"

    # ------------------------------------------------------------------ titles
    def _title(self) -> str:
        topic, other, setting = self.rng.choice(_TOPICS), self.rng.choice(_TOPICS), self.rng.choice(_SETTINGS)
        forms = [
            f"{topic[0].upper()}{topic[1:]} and customer loyalty in {setting}",
            f"The effect of {topic} on purchase intention: evidence from {setting}",
            f"Understanding {topic} in {setting}",
            f"{topic[0].upper()}{topic[1:]}, {other} and brand trust",
            f"Does {topic} change what customers order? A study of {setting}",
            f"Consumer responses to {topic} in {setting}",
            f"{topic[0].upper()}{topic[1:]}: a qualitative study of {setting}",
            f"Marketing {topic} to {self.rng.choice(['Gen Z', 'families', 'students', 'commuters', 'older diners'])} in {setting}",
        ]
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "thesis", "conference", "government", "trade-body", "company",
             "annual-report", "market-research", "news", "social", "video", "podcast"],
            weights=[12, 5, 24, 3, 3, 9, 7, 8, 5, 9, 10, 2, 2, 1],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        title, subtitle = self.rng.choice(_BOOKS)
        record: dict[str, Any] = {
            "type": "book", "title": f"{title}: {subtitle}" if subtitle else title, "author": self._people(4),
            "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Sage", "Goodfellow Publishers", "Kogan Page", "Pearson", "Oxford University Press"]),
            "publisher-place": self.rng.choice(["Abingdon", "London", "Oxford", "Harlow", "Wolvercote", "Thousand Oaks"]),
        }  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(_HANDBOOKS), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Sage", "Goodfellow Publishers", "Edward Elgar"]),
            "publisher-place": self.rng.choice(["Abingdon", "London", "Oxford", "Cheltenham"]),
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(10, 25)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        journal, prefix = self.rng.choice(_JOURNALS)
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8), "container-title": journal,
            "issued": {"date-parts": [[year]]}, "volume": str(max(1, year - 1990 + self.rng.randint(-3, 80))),
        }  # fmt: skip
        if journal in ("Appetite", "International Journal of Hospitality Management") and self.rng.random() < 0.6:
            record["page"] = str(self.rng.randint(100000, 107999))  # Elsevier's article numbers
        else:
            record["issue"] = str(self.rng.randint(1, 12))
            record["page"] = f"{(start := self.rng.randint(1, 3000))}-{start + self.rng.randint(8, 30)}"
        if self.rng.random() < 0.7:
            record["DOI"] = (
                f"{prefix}-{year}-{self.rng.randint(100, 9999):04d}"
                if "IJCHM" in prefix or "BFJ" in prefix
                else f"{prefix}.{year}.{self.rng.randint(100000, 999999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": self._people(1),
            "genre": self.rng.choice(["PhD thesis", "DBA thesis", "MSc dissertation", "MBA dissertation"]),
            "publisher": self.rng.choice(_UNIVERSITIES), "issued": {"date-parts": [[self.year()]]},
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = (
                f"https://{self.rng.choice(['radar.brookes.ac.uk', 'openresearch.surrey.ac.uk', 'shura.shu.ac.uk', 'arrow.tudublin.ie', 'pure.ulster.ac.uk', 'eprints.bournemouth.ac.uk'])}/id/eprint/{self.rng.randint(1000, 99999)}"
            )
            record["accessed"] = self._after(record["issued"]["date-parts"][0])
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        name, short = self.rng.choice(_CONFERENCES)
        year = self.year()
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(5),
            "container-title": f"Proceedings of the {name}", "event": f"{short} {year}",
            "publisher-place": self.rng.choice(["Sheffield", "Guildford", "Dublin", "Belfast", "Oxford", "Bournemouth", "Lisbon", "Glasgow"]),
            "issued": {"date-parts": [[year]]},
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["page"] = f"{(start := self.rng.randint(1, 600))}-{start + self.rng.randint(6, 15)}"
        return self._person_work(record, "conference")

    def _org(self, table: list[tuple[str, set[str]]], kind: str, titles: list[str], undated: float,
             type_: str = "webpage") -> Work:  # fmt: skip
        name, tags = self.rng.choice(table)
        record: dict[str, Any] = {"type": type_, "title": self.rng.choice(titles)}
        self._dated(name, set(tags), record, undated)
        if type_ == "report":
            record["publisher"] = name.split(" (")[0]
        if type_ == "webpage" or self.rng.random() < 0.7:
            record["URL"] = self._url(name)
            record["accessed"] = self._after(record["issued"]["date-parts"][0] if "issued" in record else None)
        return self._org_work(record, kind, name, set(tags))

    def _government(self) -> Work:
        titles = ["Calorie labelling in the out of home sector: implementation guidance", "Food hygiene rating scheme: annual review",
                  "Natasha's Law: allergen labelling for prepacked for direct sale food", "Restricting promotions of HFSS products",
                  "Food and drink service activities: business insights", "Hospitality sector: economic estimates",
                  "Guidance on fake reviews and drip pricing", "Advertising food to children: the CAP code explained",
                  "Eating out in Ireland: visitor survey", "Tourism and hospitality recovery plan", "Food in a pandemic",
                  "Family food survey", "Mystery diner survey of allergen information", "Licensing statistics for England and Wales",
                  "Hospitality businesses and VAT: the reduced rate", "Out-of-home calorie consumption", "Ruling on a fast-food advert"]  # fmt: skip
        return self._org(_GOVERNMENT, "government", [f"{t} {self.rng.randint(2018, 2024)}" if self.rng.random() < 0.2 else t for t in titles],
                         0.15, self.rng.choice(["report", "webpage"]))  # fmt: skip

    def _trade_body(self) -> Work:
        titles = ["Hospitality workforce report", "Beer barometer", "Pub closures and the cost of doing business",
                  "Hospitality sector budget submission", "Food waste in hospitality", "The state of the pub trade",
                  "Sustainability in foodservice: a guide", "Value of the takeaway sector to the UK economy",
                  "Mental health in hospitality", "Pre-budget submission", "Hospitality Ulster members' survey",
                  "Why VAT matters for Irish restaurants", "Food Made Good standard", "Quarterly tracker"]  # fmt: skip
        return self._org(_TRADE, "trade-body", titles, 0.2, self.rng.choice(["report", "webpage", "webpage"]))

    def _company(self) -> Work:
        titles = ["Our story", "About us", "Our menu", "Sustainability", "Rewards: terms and conditions",
                  "Franchise with us", "Our people", "Responsible sourcing", "Press releases", "Allergen information",
                  "Nutrition and calories", "Our subscription", "Our sites", "Food to go", "Careers", "Our loyalty card",
                  "Our climate commitments", "Investor relations", "Our approach to responsible drinking"]  # fmt: skip
        return self._org(_COMPANIES, "company", titles, 0.35)

    def _annual_report(self) -> Work:
        titles = ["Annual report and accounts", "Annual report", "Annual report and accounts (full year)", "Interim results",
                  "Preliminary results", "Capital markets day presentation", "Trading update", "ESG report",
                  "Strategic report", "Half year results presentation", "Sustainability report", "Investor presentation"]  # fmt: skip
        table = _COMPANIES[:14]
        return self._org(table, "annual-report", titles, 0.0, "report")

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2015, 2025)
        market = self.rng.choice(["Coffee shops", "Pubs and bars", "Menu flavours", "Eating out", "Foodservice",
                                  "Takeaway and home delivery", "Casual dining", "Food to go", "Plant-based eating out",
                                  "Loyalty in hospitality", "Quick-service restaurants"])  # fmt: skip
        titles = [f"{market} - UK - {self.rng.choice(['March', 'June', 'October', 'December'])} {year}",
                  f"{market} in Ireland {year}", f"Project Café UK {year}", f"Foodservice Trends Report {year}",
                  f"Hospitality Market Monitor, {self.rng.choice(['Q1', 'Q2', 'Q3', 'Q4'])} {year}",
                  f"Eating and Drinking Out Market Report {year}", f"Number of outlets in the UK {market.lower()} market from 2010 to {year}",
                  f"{market}: consumer trends", f"Coffee Shop Market Report {year}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name}
        if self.rng.random() < 0.92:
            record["issued"] = {"date-parts": [[year]]}
            self.dated.append((name, {"market-research"}, year, "report"))
        if self.rng.random() < 0.8:
            record["URL"] = self._url(name)
            record["accessed"] = self._after(record["issued"]["date-parts"][0] if "issued" in record else None)
        return self._org_work(record, "market-research", name, {"market-research"})

    def _news(self) -> Work:
        press = self.rng.choice(_PRESS)
        year = self.rng.randint(2012, 2025)
        headline = self.rng.choice([
            "Greggs to open 150 new shops as sales top £1.8bn", "Wetherspoon cuts prices for a day", "Pub closures hit record high",
            "Deliveroo shares slump on debut", "Pret to cut subscription perks", "Costa unveils new loyalty scheme",
            "Nando's closes sites after chicken shortage", "Hospitality warns of job losses after budget", "Dishoom opens in Canary Wharf",
            "Mitchells & Butlers upbeat as sales rise", "Calorie labels: what diners think", "Irish restaurants call for 9% VAT",
            "Fuller's sells off tenanted pubs", "Just Eat leaves the London Stock Exchange", "Leon founders buy back the chain",
            "Uber Eats and Deliveroo fight over riders", "Greene King brews a new lager", "Supermac's wins battle over Big Mac",
            "Itsu doubles down on grocery", "Wagamama owner agrees takeover",
        ])  # fmt: skip
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "article-newspaper", "title": headline, "container-title": press,
                                  "issued": {"date-parts": [issued]}, "URL": self._url(press), "accessed": self._after(issued)}  # fmt: skip
        kind = "trade-press" if press in _TRADE_PRESS else "news"
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, kind)
        return self._org_work(record, kind, press, {"press"})

    def _social(self) -> Work:
        name, tags = self.rng.choice(
            [
                c
                for c in _COMPANIES
                if c[0]
                in ("Greggs", "Nando's", "Pret A Manger", "Wagamama", "Dishoom", "itsu", "Supermac's", "Uber Eats")
            ]
        )
        issued = [self.rng.randint(2018, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        platform = self.rng.choice(["X", "Instagram", "TikTok", "LinkedIn", "Facebook"])
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(["The vegan sausage roll is here", "New menu drops today",
                                                                              "Loyalty just got better", "Our Christmas bake is back",
                                                                              "Free coffee for NHS staff", "Pub quiz season"]),
                                  "container-title": platform, "issued": {"date-parts": [issued]}, "URL": self._url(platform),
                                  "accessed": self._after(issued)}  # fmt: skip
        return self._org_work(record, "social", name, set(tags) | {"social"})

    def _video(self) -> Work:
        issued = [self.rng.randint(2015, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(["Inside the Greggs bakery", "How Dishoom built a brand",
                                                                              "Wetherspoon's Tim Martin on pub prices", "The rise of dark kitchens",
                                                                              "What is Natasha's Law?", "Pret's founder on growth"]),
                                  "container-title": "YouTube", "issued": {"date-parts": [issued]}, "URL": "https://www.youtube.com/watch?v=" + self.fakers["en_GB"].lexify("???????????"),
                                  "accessed": self._after(issued)}  # fmt: skip
        if self.rng.random() < 0.5:
            record["author"] = self._people(1)
            return self._person_work(record, "video")
        name = self.rng.choice(["BBC News", "The Caterer", "Big Hospitality", "Channel 4 News", "Propel"])
        return self._org_work(record, "video", name, {"press", "video"})

    def _podcast(self) -> Work:
        issued = [self.rng.randint(2018, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        show = self.rng.choice(
            [
                "The Restaurant Show",
                "Hospitality Hangout",
                "The Propel Podcast",
                "Marketing Week Uncovered",
                "The Coffee Podcast",
            ]
        )
        record: dict[str, Any] = {"type": "webpage", "title": f"Episode {self.rng.randint(1, 240)}: {self.rng.choice(_TOPICS)}",
                                  "container-title": show, "issued": {"date-parts": [issued]},
                                  "URL": f"https://podcasts.apple.com/gb/podcast/{self.fakers['en_GB'].slug()}", "accessed": self._after(issued)}  # fmt: skip
        record["author"] = self._people(2)
        return self._person_work(record, "podcast")
