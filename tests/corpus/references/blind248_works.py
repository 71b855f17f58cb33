"""The blind248 pool's works: what marketers at facilities-management, cleaning, security, contract-catering and
workplace-services firms in the UK, Ireland and the Nordics cite in CIM Level 6 and 7 reports and MBA assignments.

Textbooks on facilities management, B2B and account-based marketing and bid writing; chapters; FM, corporate real
estate, industrial-marketing, hospitality and purchasing journals with one to eight authors and DOIs; theses from
Sheffield Hallam, Leeds Beckett, Heriot-Watt, Reading, TU Dublin and NTNU; EuroFM, IFMA, Academy of Marketing and IMP
conference papers; regulators and public bodies (SIA, HSE, CCS, the Cabinet Office, the NAO, the FSA, the ONS, the
PSA, the OGP, the CSO); trade bodies and charities; operators' pages, annual reports and investor decks; market
research with years; the FM, cleaning, security and catering trade press and national press, signed and unsigned;
LinkedIn posts, videos, podcasts and undated pages. Written without reading the checker or any other pool.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# (family, given) as the names' owners print them.
_BRITISH = [("Atkin", "Brian"), ("Brooks", "Adrian"), ("Alexander", "Keith"), ("Price", "Ilfryn"), ("Tucker", "Matthew"),
            ("Pitt", "Michael"), ("Williams", "Bernard"), ("Barrett", "Peter"), ("Finch", "Edward"), ("Booty", "Frank"),
            ("Wiggins", "Jane M."), ("Hinks", "John"), ("Green", "Andrew"), ("Nutt", "Bev"), ("Roberts", "Paul"),
            ("Kelly", "John"), ("Hodges", "Chris"), ("Lavy", "Sarah"), ("Harris", "Rachel"), ("Cooper", "Helen"),
            ("Baines", "Emma"), ("Whittaker", "Tom"), ("Fairbrother", "Lucy"), ("Ashworth", "Gareth"), ("Pryce", "Rhian"),
            ("Holt", "Samantha"), ("Lloyd", "Dafydd"), ("Marsh", "Oliver"), ("Ellis", "Hannah"), ("Kerr", "Fiona"),
            ("Campbell", "Ewan"), ("Bell", "Andrew D."), ("Warburton", "Claire"), ("Naylor", "Joanne")]  # fmt: skip
_DOUBLE = [("Heywood-Smith", "Charlotte"), ("Lloyd-Jones", "Gareth"), ("Carter-Ward", "Natalie"), ("Bowes-Lyon", "James"),
           ("Fenwick-Clarke", "Imogen"), ("Hughes-Morgan", "Sian"), ("Rees-Mogg", "Annunziata"), ("Ashby-Hall", "Rupert"),
           ("Owusu-Ansah", "Kwabena"), ("Agyeman-Duah", "Efua")]  # fmt: skip
_IRISH = [("Ó Súilleabháin", "Pádraig"), ("Ní Bhriain", "Aoife"), ("Mac Giolla Phádraig", "Cian"), ("Ó Murchú", "Seán"),
          ("Ní Dhuibhir", "Siobhán"), ("MacCarthy", "Niamh"), ("O'Sullivan", "Declan"), ("O'Donoghue", "Róisín"),
          ("McGrath", "Eoin"), ("Ó Briain", "Colm"), ("Nic Aodha", "Orla"), ("Mac Aonghusa", "Ciarán"),
          ("Fitzgerald", "Gráinne"), ("Brennan", "Dervla"), ("Ó Ceallaigh", "Tadhg")]  # fmt: skip
_NORDIC = [("Sørensen", "Mette"), ("Ødegaard", "Kari"), ("Åberg", "Johan"), ("Jensen", "Per Anker"), ("Lindqvist", "Anna"),
           ("Kjærgaard", "Rasmus"), ("Halvorsen", "Ingrid"), ("Bergström", "Erik"), ("Nielsen", "Susanne Balslev"),
           ("Haugen", "Tore I."), ("Bjørberg", "Svein"), ("Lundström", "Karin"), ("Møller", "Henrik"),
           ("Strøm", "Siri"), ("Eriksson", "Lars"), ("Thomsen", "Christian"), ("Öhman", "Maria"), ("Klungseth", "Nora Johanne")]  # fmt: skip
_SOUTH_ASIAN = [("Patel", "Nisha"), ("Chaudhry", "Imran"), ("Krishnamurthy", "Anand"), ("Banerjee", "Sreya"),
                ("Sharma", "Rohit"), ("Iqbal", "Samina"), ("Gill", "Harpreet"), ("Nair", "Deepa"), ("Rahman", "Tanvir")]  # fmt: skip
_POLISH = [("Wójcik", "Katarzyna"), ("Kowalski", "Tomasz"), ("Nowak", "Agnieszka"), ("Szymańska", "Magdalena"),
           ("Zieliński", "Paweł"), ("Lewandowska", "Joanna"), ("Dąbrowski", "Marek")]  # fmt: skip
_GHANAIAN = [("Mensah", "Kofi"), ("Boateng", "Abena"), ("Asante", "Yaw"), ("Osei", "Akua"), ("Acheampong", "Kwame"),
             ("Ofori", "Ama"), ("Darko", "Kojo")]  # fmt: skip
_GROUPS = [_BRITISH, _BRITISH, _BRITISH, _DOUBLE, _IRISH, _IRISH, _NORDIC, _NORDIC, _SOUTH_ASIAN, _POLISH, _GHANAIAN]

# Organisations as their owners print them, with tags saying what makes them hard.
_GOVERNMENT = [("Security Industry Authority", {"government"}), ("Security Industry Authority (SIA)", {"government", "abbreviation"}),
               ("Health and Safety Executive", {"government"}), ("HSE", {"government", "acronym"}),
               ("Crown Commercial Service", {"government"}), ("Cabinet Office", {"government"}),
               ("National Audit Office", {"government"}), ("Food Standards Agency", {"government"}),
               ("Office for National Statistics", {"government"}), ("ONS", {"government", "acronym"}),
               ("Private Security Authority", {"government"}), ("Office of Government Procurement", {"government"}),
               ("Central Statistics Office", {"government"}), ("CSO", {"government", "acronym"})]  # fmt: skip
_TRADE = [("Institute of Workplace and Facilities Management (IWFM)", {"trade-body", "abbreviation"}),
          ("IWFM", {"trade-body", "acronym"}), ("British Institute of Cleaning Science (BICSc)", {"trade-body", "abbreviation"}),
          ("British Security Industry Association", {"trade-body"}), ("BSIA", {"trade-body", "acronym"}),
          ("Cleaning and Support Services Association", {"trade-body"}), ("Hospital Caterers Association", {"trade-body"}),
          ("LACA", {"trade-body", "acronym"}), ("Living Wage Foundation", {"charity"}),
          ("Chartered Institute of Procurement & Supply (CIPS)", {"trade-body", "ampersand", "abbreviation"}),
          ("Irish Contract Cleaning Association", {"trade-body"}), ("Facility Management Association of Ireland", {"trade-body"})]  # fmt: skip
_COMPANIES = [("Mitie Group plc", {"company"}), ("Mitie", {"company"}), ("ISS A/S", {"company", "punctuation"}),
              ("ISS", {"company", "acronym"}), ("Sodexo S.A.", {"company", "punctuation"}), ("Sodexo", {"company"}),
              ("Compass Group PLC", {"company"}), ("OCS Group UK Ltd", {"company"}), ("CBRE Group Inc.", {"company"}),
              ("Serco Group plc", {"company"}), ("G4S Ltd", {"company"}), ("Securitas AB", {"company"}),
              ("Rentokil Initial plc", {"company"}), ("Churchill Group Ltd", {"company"}),
              ("Bidvest Noonan (UK) Ltd", {"company", "brackets"}), ("Elior Group", {"company"}),
              ("Kier Group plc", {"company"}), ("Coor Service Management Holding AB", {"company"})]  # fmt: skip
_HOSTS = {"Security Industry Authority": "gov.uk", "Health and Safety Executive": "hse.gov.uk", "HSE": "hse.gov.uk",
          "Crown Commercial Service": "crowncommercial.gov.uk", "Cabinet Office": "gov.uk", "National Audit Office": "nao.org.uk",
          "Food Standards Agency": "food.gov.uk", "Office for National Statistics": "ons.gov.uk", "ONS": "ons.gov.uk",
          "Private Security Authority": "psa.gov.ie", "Office of Government Procurement": "gov.ie",
          "Central Statistics Office": "cso.ie", "CSO": "cso.ie", "Institute of Workplace": "iwfm.org.uk", "IWFM": "iwfm.org.uk",
          "British Institute of Cleaning": "bics.org.uk", "British Security Industry": "bsia.co.uk", "BSIA": "bsia.co.uk",
          "Cleaning and Support": "cssa.org.uk", "Hospital Caterers": "hospitalcaterers.org", "LACA": "laca.co.uk",
          "Living Wage": "livingwage.org.uk", "Chartered Institute of Procurement": "cips.org",
          "Irish Contract Cleaning": "icca.ie", "Facility Management Association": "fmai.ie", "Mitie": "mitie.com",
          "ISS": "issworld.com", "Sodexo": "sodexo.com", "Compass": "compass-group.com", "OCS": "ocs.com", "CBRE": "cbre.co.uk",
          "Serco": "serco.com", "G4S": "g4s.com", "Securitas": "securitas.com", "Rentokil": "rentokil-initial.com",
          "Churchill": "churchill-group.co.uk", "Bidvest": "bidvestnoonan.com", "Elior": "elior-group.com", "Kier": "kier.co.uk",
          "Coor": "coor.com", "Security Industry Authority (SIA)": "gov.uk"}  # fmt: skip
_RESEARCH = [
    "MarketsandMarkets",
    "Frost & Sullivan",
    "Verdantix",
    "Statista",
    "IBISWorld",
    "i-FM",
    "Mintel",
    "LaingBuisson",
]
_PRESS = ["FM World", "Facilitate", "i-FM.net", "Cleaning & Maintenance", "Professional Security Magazine", "Footprint",
          "Contract Catering Today", "Financial Times", "The Irish Times", "BBC News"]  # fmt: skip
_PRESS_HOSTS = {"FM World": "fmj.co.uk", "Facilitate": "facilitatemagazine.com", "i-FM.net": "i-fm.net",
                "Cleaning & Maintenance": "cleaning-maintenance.co.uk", "Professional Security Magazine": "professionalsecurity.co.uk",
                "Footprint": "foodservicefootprint.com", "Contract Catering Today": "contractcateringtoday.co.uk",
                "Financial Times": "ft.com", "The Irish Times": "irishtimes.com", "BBC News": "bbc.co.uk"}  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Routledge", "London"), ("Sage", "London"), ("Kogan Page", "London"),
               ("Pearson", "Harlow"), ("Wiley-Blackwell", "Chichester"), ("Wiley-Blackwell", "Oxford"),
               ("Butterworth-Heinemann", "Oxford")]  # fmt: skip
_JOURNALS = ["Facilities", "Journal of Facilities Management", "Journal of Corporate Real Estate",
             "Industrial Marketing Management", "Journal of Business & Industrial Marketing",
             "International Journal of Hospitality Management", "Journal of Purchasing and Supply Management"]  # fmt: skip
_UNIVERSITIES = ["Sheffield Hallam University", "Leeds Beckett University", "Heriot-Watt University", "University of Reading",
                 "Technological University Dublin", "Norwegian University of Science and Technology (NTNU)"]  # fmt: skip
_REPOSITORIES = ["shura.shu.ac.uk", "eprints.leedsbeckett.ac.uk", "researchportal.hw.ac.uk", "centaur.reading.ac.uk",
                 "arrow.tudublin.ie", "ntnuopen.ntnu.no"]  # fmt: skip
_CONFERENCES = [("EuroFM Research Symposium", "Proceedings of the EuroFM Research Symposium"),
                ("IFMA World Workplace", "IFMA World Workplace Conference"),
                ("Academy of Marketing Conference", "Proceedings of the Academy of Marketing Conference"),
                ("IMP Group Conference", "Proceedings of the 3Xth IMP Conference")]  # fmt: skip
_TOPICS = ["total facilities management", "integrated FM contracts", "key account management", "account-based marketing",
           "bid writing", "outsourced cleaning", "manned guarding", "contract catering", "workplace experience",
           "social value in public procurement", "the Real Living Wage", "TUPE transfers", "soft FM services",
           "hard FM services", "service-level agreements", "output-based specifications", "supplier relationships",
           "buyer-supplier trust", "hybrid working and office demand", "smart buildings", "net zero estates",
           "frontline staff retention", "value co-creation in B2B services", "customer experience in FM",
           "tender evaluation", "framework agreements", "hospital catering", "school meals", "remote monitoring",
           "technology-enabled security", "pest control services", "washroom hygiene", "service branding"]  # fmt: skip
_TITLE_FORMS = ["{T}: a review of the literature", "The role of {T} in {U}", "{T} and {U} in the UK public sector",
                "Rethinking {T}", "{T} in practice: evidence from Nordic service providers",
                "Understanding {T} from the client's perspective", "{T}, {U} and the buyer's view",
                "Managing {T}: lessons from Ireland", "When does {T} pay? The case of {U}",
                "A framework for {T}", "{T} and customer retention in outsourced services"]  # fmt: skip


class Blind248WorkFactory(WorkFactory):
    """Works cited by FM, cleaning, security and contract-catering marketers in the UK, Ireland and the Nordics."""

    KINDS = ("book", "chapter", "journal", "thesis", "conference", "government", "trade-body", "company",
             "annual-report", "market-research", "news", "social", "video", "podcast", "undated-web")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 248)
        self.earlier: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people, organisations, dates
    def person(self) -> dict[str, str]:
        family, given = self.rng.choice(self.rng.choice(_GROUPS))
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(self.rng.choice([_GOVERNMENT, _TRADE, _COMPANIES]))
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.06:  # the FM and services-marketing classics
            return self.rng.randint(1984, 1999)
        return self.rng.randint(2005, 2025)

    def _accessed_after(self, issued: dict[str, Any] | None) -> dict[str, list[list[int]]]:
        parts = issued["date-parts"][0] if issued else [2022]
        year = self.rng.randint(max(2022, parts[0]), 2025)
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if year == parts[0] and len(parts) > 1:
            month = self.rng.randint(parts[1], 12)
            if month == parts[1] and len(parts) > 2:
                day = self.rng.randint(parts[2], 28)
        return {"date-parts": [[year, month, day]]}

    def _title(self) -> str:
        topic, other = self.rng.sample(_TOPICS, 2)
        title = self.rng.choice(_TITLE_FORMS).replace("{T}", topic).replace("{U}", other)
        return title[0].upper() + title[1:]

    def _host(self, name: str) -> str:
        return next((host for key, host in _HOSTS.items() if name.startswith(key)), "gov.uk")

    def _url(self, host: str) -> str:
        return f"https://www.{host}/{self.fakers['en_GB'].slug()}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.KINDS), weights=[12, 5, 22, 4, 4, 9, 8, 8, 5, 8, 9, 2, 2, 2, 4])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _people_work(self, record: dict[str, Any], kind: str, most: int) -> Work:
        count = self.rng.choices(range(1, most + 1), weights=[36, 26, 16, 9, 5, 4, 2, 2][:most])[0]
        record["author"] = [self.person() for _ in range(count)]
        seen: set[str] = set()
        record["author"] = [a for a in record["author"] if not (a["family"] in seen or seen.add(a["family"]))]
        return self._person_work(record, kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Two works of one organisation in one year, now and then ("Mitie Group plc, 2023a" and "2023b").
        if self.earlier and "issued" in record and self.rng.random() < 0.12:
            name, tags, issued = self.rng.choice(self.earlier)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"])
            if "URL" in record and kind not in ("news", "social", "video"):
                record["URL"] = self._url(self._host(name))
            if record.get("publisher") and kind in ("government", "trade-body", "company", "annual-report"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.earlier.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        titles = ["Total facilities management", "Facilities management: theory and practice",
                  "Business-to-business marketing", "Key account management: a complete action kit",
                  "Account-based marketing: how to target and engage the companies that will grow your revenue",
                  "Bids, tenders and proposals: winning business through best practice", "Services marketing",
                  "Strategic customer management", "Facility management: an introduction",
                  "Purchasing and supply chain management", "Contract catering and hospitality management",
                  "Security management: a critical thinking approach", "B2B brand management",
                  "Workplace strategy and the future of the office", "Managing business relationships"]  # fmt: skip
        record: dict[str, Any] = {"type": "book", "title": self.rng.choice(titles) if self.rng.random() < 0.6 else self._title(),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._people_work(record, "book", 4)

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["Facility management: research and practice", "The Routledge handbook of B2B marketing",
                                                "Research handbook on facilities management", "Corporate real estate and the workplace",
                                                "The Sage handbook of services marketing"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._people_work(record, "chapter", 3)

    def _journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "container-title": self.rng.choice(_JOURNALS),
            "issued": {"date-parts": [[self.year()]]}, "volume": str(self.rng.randint(5, 120)),
            "issue": str(self.rng.randint(1, 14)), "page": f"{start}-{start + self.rng.randint(8, 26)}",
        }  # fmt: skip
        if self.rng.random() < 0.65:
            record["DOI"] = (
                f"10.{self.rng.choice(['1108', '1016', '1080', '1111'])}/{self.fakers['en_GB'].lexify('??-??').upper()}-{self.rng.randint(1000, 99999)}"
            )
        return self._people_work(record, "journal", 8)

    def _thesis(self) -> Work:
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "genre": self.rng.choice(["PhD thesis", "MSc dissertation", "MBA dissertation", "DBA thesis"]),
            "publisher": _UNIVERSITIES[place := self.rng.randrange(len(_UNIVERSITIES))], "issued": {"date-parts": [[self.rng.randint(2008, 2024)]]},
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = self._url(_REPOSITORIES[place])
            record["accessed"] = self._accessed_after(record["issued"])
        return self._people_work(record, "thesis", 1)

    def _conference(self) -> Work:
        event, container = self.rng.choice(_CONFERENCES)
        year = self.rng.randint(2010, 2024)
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "container-title": container.replace("3Xth", f"{self.rng.randint(30, 39)}th"),
            "event": event, "issued": {"date-parts": [[year]]},
            "publisher-place": self.rng.choice(["Copenhagen", "Trondheim", "Dublin", "Sheffield", "Gothenburg", "London", "Orlando"]),
        }  # fmt: skip
        return self._people_work(record, "conference", 4)

    def _body_work(self, kind: str, table: list[tuple[str, set[str]]], titles: list[str]) -> Work:
        name, tags = self.rng.choice(table)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]),
                                  "title": self.rng.choice(titles) if self.rng.random() < 0.6 else self._title(),
                                  "URL": self._url(self._host(name))}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = self.rng.choice(["London", "Dublin", "Stevenage"])
        if self.rng.random() < 0.88:
            record["issued"] = {"date-parts": [[self.rng.randint(2012, 2025)]]}
        record["accessed"] = self._accessed_after(record.get("issued"))
        return self._org_work(record, kind, name, tags)

    def _government(self) -> Work:
        titles = ["Get licensed: a guide for security operatives", "Framework agreement RM6232: facilities management and workplace services",
                  "Social value model", "Managing the risks of lone working", "Guidance on the Procurement Act 2023",
                  "Investigation into the collapse of Carillion", "Labour market overview, UK", "Business demography",
                  "Food hygiene rating scheme: guidance for caterers", "Policy statement on the licensing of contractors",
                  "Cleaning: health and safety in the cleaning industry", "Outsourcing and the public sector"]  # fmt: skip
        return self._body_work("government", _GOVERNMENT, titles)

    def _trade_body(self) -> Work:
        titles = ["State of the FM profession", "Workplace trends survey", "Skills and salaries report", "Real Living Wage employers",
                  "Guide to contract cleaning standards", "Code of practice for the security sector", "Social value in procurement",
                  "The value of the cleaning industry", "Hospital food standards briefing", "School food survey"]  # fmt: skip
        return self._body_work("trade-body", _TRADE, titles)

    def _company(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        titles = ["Our services", "Sustainability", "Case study: integrated FM for a university campus", "Social value",
                  "Why choose us", "Security solutions", "News and insights", "Our people", "Net zero transition plan"]  # fmt: skip
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self.rng.choice(titles),
            "URL": self._url(self._host(name)),
        }
        if self.rng.random() < 0.7:
            record["issued"] = {"date-parts": [[self.rng.randint(2016, 2025)]]}
        record["accessed"] = self._accessed_after(record.get("issued"))
        return self._org_work(record, "company", name, tags)

    def _annual_report(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.rng.randint(2015, 2025)
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report and accounts {year}", f"Capital markets day {year}",
                                                         f"Full-year results presentation FY{year}", f"Sustainability report {year}",
                                                         f"Annual and sustainability report {year}", f"Interim results H1 {year}"]),
            "publisher": name.split(" (")[0], "issued": {"date-parts": [[year]]}, "URL": self._url(self._host(name) + "/investors"),
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        return self._org_work(record, "annual-report", name, tags)

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2016, 2025)
        titles = [f"Facility management market - global forecast to {year + 5}", f"UK contract cleaning industry report {year}",
                  f"Security services in the UK - market size {year}", f"The i-FM market report {year}",
                  f"Contract catering - UK - {self.rng.choice(['March', 'July', 'November'])} {year}",
                  f"Healthcare support services market report {year}", f"Green Quadrant: IWMS software {year}",
                  f"Revenue of the facility management market in the Nordics {year}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(name.lower().replace(" & ", "").replace(" ", "") + ".com")}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        return self._org_work(record, "market-research", name, {"market-research"})

    def _news(self) -> Work:
        press = self.rng.choice(_PRESS)
        year = self.rng.randint(2012, 2025)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": press,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(_PRESS_HOSTS[press]),
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        if self.rng.random() < 0.7:
            return self._people_work(record, "news", 2)
        return self._org_work(record, "news", press, {"press"})

    def _social(self) -> Work:
        record: dict[str, Any] = {
            "type": "webpage", "title": self.rng.choice(["Proud to have retained our contract with a major NHS trust",
                                                          "What does good look like in workplace services?",
                                                          "Our frontline heroes kept the country running", "Thread: why the Real Living Wage matters"]),
            "container-title": self.rng.choice(["LinkedIn", "X", "Instagram"]), "URL": self._url("linkedin.com"),
            "issued": {"date-parts": [[self.rng.randint(2019, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        if self.rng.random() < 0.5:
            return self._people_work(record, "social", 1)
        name, tags = self.rng.choice(_COMPANIES)
        return self._org_work(record, "social", name, tags)

    def _video(self) -> Work:
        record: dict[str, Any] = {
            "type": "webpage", "title": self.rng.choice(["A day in the life of a security officer", "Inside our Merlin operations centre",
                                                          "How we clean a hospital ward", "Winning public sector bids: webinar"]),
            "container-title": "YouTube", "URL": self._url("youtube.com"), "issued": {"date-parts": [[self.rng.randint(2015, 2025)]]},
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        name, tags = self.rng.choice(_COMPANIES + _TRADE)
        return self._org_work(record, "video", name, tags)

    def _podcast(self) -> Work:
        record: dict[str, Any] = {
            "type": "webpage", "title": f"{self.rng.choice(['The FM Show', 'Workplace Matters', 'B2B Growth', 'Talking Security'])}, "
                                        f"episode {self.rng.randint(3, 210)}: {self._title().lower()}",
            "URL": self._url("podcasts.apple.com"), "issued": {"date-parts": [[self.rng.randint(2018, 2025)]]},
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        return self._people_work(record, "podcast", 2)

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self._title(),
            "URL": self._url(self.fakers["en_GB"].domain_name()),
        }
        record["accessed"] = self._accessed_after(None)
        if self.rng.random() < 0.35:
            return self._people_work(record, "undated-web", 2)
        name, tags = self.organisation()
        return self._org_work(record, "undated-web", name, tags | {"undated"})
