"""Works for the fifty-fifth held-out pool, "blind55": what maritime marketers cite, as CSL-JSON records.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a fifty-fifth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how commercial, marketing
and communications staff at shipping lines, ship-owning families, port authorities, freight forwarders, logistics
start-ups, terminal operators and maritime insurers in Rotterdam, Antwerp, Piraeus, Athens, Singapore, Dubai and
Hamburg cite on CIM Level 6 and 7 courses and MSc Maritime Business programmes: Stopford and other textbooks in
their editions, chapters in edited companions, maritime and logistics journals with one to eight authors,
conference papers and dissertations, UNCTAD, the World Bank, IMO, BIMCO, ICS and the analysts (Drewry, Clarksons
Research, Alphaliner), carriers' and port authorities' annual reports, EU regulations and IMO resolutions under the
body that made them, governments and port authorities, signed and unsigned trade press (Lloyd's List, TradeWinds,
The Loadstar, Splash247), LinkedIn posts and webinars; web pages with and without dates and access dates. Names:
Dutch and Flemish with particles (van, van der, de, ter, 't), Greek (transliterated, long, patronymic initials),
Singaporean Chinese, Malay and Tamil, Emirati and other Arab (Al, bin), German and Danish.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# (particle, family, given): Dutch and Flemish names as reference managers keep them, the particle apart.
_DUTCH = [
    ("van", "Dijk", "Maarten"), ("van der", "Meer", "Femke"), ("de", "Jong", "Bram"), ("ter", "Horst", "Anouk"),
    ("'t", "Hart", "Joris"), ("van den", "Broeck", "Lieselot"), ("de", "Wit", "Sanne"), ("van", "Leeuwen", "Thijs"),
    ("van der", "Linden", "Jasper"), ("", "Vermeulen", "Pieter"), ("", "Janssens", "Wouter"), ("", "Bakker", "Eline"),
    ("", "Verhoeven", "Koen"), ("de", "Smet", "Annelies"), ("", "Peeters", "Jan-Willem"), ("van", "Rooij", "Daan"),
    ("", "Mulder", "Roos"), ("", "Dekker", "Niels"), ("ten", "Brink", "Marloes"), ("van", "Damme", "Stijn"),
    ("", "Claes", "Hanne"), ("van 't", "Hof", "Lotte"), ("", "Notteboom", "Sofie"), ("", "Wijnen", "Ruud"),
]  # fmt: skip
_GREEK = [
    ("Papadopoulos", "Georgios K."), ("Papadopoulou", "Eleni"), ("Konstantinidis", "Dimitrios A."),
    ("Karamanlis", "Ioanna"), ("Theodoropoulos", "Nikolaos"), ("Angelopoulou", "Maria-Eleni"),
    ("Chrysostomou", "Vasileios G."), ("Lykiardopoulos", "Alexandros"), ("Vlachou", "Katerina"),
    ("Economou", "Panagiotis S."), ("Tsakalidou", "Despoina"), ("Pallis", "Athanasios"), ("Xenakis", "Stavros"),
    ("Mavroeidis", "Christina"), ("Giannakopoulos", "Spyridon"), ("Lemos", "Evangelia"), ("Stylianou", "Andreas"),
    ("Kyriakidou", "Sofia M."), ("Hadjipateras", "Ioannis"), ("Karagiannis", "Eirini"), ("Tzannetakis", "Kostas"),
    ("Nomikou", "Anastasia"), ("Ζαχαρίου", "Πέτρος"), ("Psaraftis", "Michail"),
]  # fmt: skip
_SINGAPORE = [
    ("Tan", "Wei Ming"), ("Lim", "Hui Min"), ("Ng", "Kok Leong"), ("Goh", "Shu Fen"), ("Teo", "Jun Jie"),
    ("Lee", "Mei Ling"), ("Chua", "Boon Hwee"), ("Ong", "Siew Lan"), ("Koh", "Yong Sheng"), ("Wong", "Pei Shan"),
    ("Abdul Rahman", "Nur Aisyah"), ("Ismail", "Siti Hajar"), ("Osman", "Muhammad Faizal"), ("Hamzah", "Nurul Huda"),
    ("Ramasamy", "Kavitha"), ("Subramaniam", "Arun"), ("Krishnan", "Lakshmi"), ("Pillai", "Senthil"),
    ("Rajendran", "Divya"), ("Selvaraj", "Karthik"),
]  # fmt: skip
_ARAB = [
    ("Al Maktoum", "Hamdan"), ("Al Hashimi", "Mariam"), ("Al-Mansoori", "Khalid"), ("bin Sulayem", "Rashid"),
    ("Al Falasi", "Noura"), ("Al-Qassimi", "Sultan"), ("Al Shamsi", "Aisha"), ("Al-Nuaimi", "Omar"),
    ("Haddad", "Rania"), ("El-Khoury", "Karim"), ("Al Suwaidi", "Fatima"), ("Al-Zaabi", "Ahmed"),
    ("Al Ketbi", "Hessa"), ("Saleh", "Yousef"), ("Al-Harthy", "Salim"), ("Abu Hamdan", "Layla"),
]  # fmt: skip
_NORTH = [
    ("Müller", "Jürgen"), ("Schröder", "Katrin"), ("Hoffmann", "Lars"), ("Meyer-Schulte", "Anke"),
    ("Weiß", "Tobias"), ("Becker", "Svenja"), ("Krüger", "Henrik"), ("Jørgensen", "Mette"), ("Sørensen", "Rasmus"),
    ("Møller", "Kirsten"), ("Nielsen", "Anders"), ("Christensen", "Freja"), ("Østergaard", "Mads"),
    ("Lauridsen", "Signe"), ("Brandt", "Matthias"), ("Fischer", "Ulrike"),
]  # fmt: skip
_ANGLO = [
    ("Stopford", "Martin"), ("Cullinane", "Kevin"), ("Grammenos", "Costas"), ("Rodrigue", "Jean-Paul"),
    ("Brooks", "Mary R."), ("Harrison", "Alan"), ("Christopher", "Martin"), ("Haralambides", "Hercules E."),
    ("Fransoo", "Jan C."), ("Song", "Dong-Ping"), ("Lun", "Y.H. Venus"), ("Woodburn", "Allan"),
    ("McKinnon", "Alan"), ("O'Connor", "Siobhan"), ("Thompson", "Rachel"), ("Hughes", "Gareth"),
    ("Wilmsmeier", "Gordon"), ("Yang", "Zaili"), ("Fu", "Xiaowen"), ("Notteboom", "Theo"),
]  # fmt: skip

# Organisations as maritime writers cite them, with the tags of what makes each one hard.
_ORGS: list[tuple[str, set[str]]] = [
    ("UNCTAD", {"acronym"}), ("United Nations Conference on Trade and Development (UNCTAD)", {"abbreviation"}),
    ("World Bank", set()), ("International Maritime Organization", set()),
    ("International Maritime Organization (IMO)", {"abbreviation"}), ("IMO", {"acronym"}),
    ("BIMCO", {"acronym"}), ("International Chamber of Shipping", set()),
    ("International Chamber of Shipping (ICS)", {"abbreviation"}), ("Drewry", {"company"}),
    ("Drewry Shipping Consultants Ltd", {"company"}), ("Clarksons Research", {"company"}),
    ("Clarksons PLC", {"company"}), ("Alphaliner", {"company"}), ("Lloyd's Register", {"apostrophe"}),
    ("Lloyd's List Intelligence", {"apostrophe", "company"}), ("DNV", {"acronym", "company"}),
    ("A.P. Moller - Maersk A/S", {"company"}), ("Maersk", {"company"}), ("Hapag-Lloyd AG", {"company"}),
    ("COSCO SHIPPING Holdings Co., Ltd.", {"company", "comma"}), ("Mediterranean Shipping Company", {"company"}),
    ("CMA CGM Group", {"company"}), ("Ocean Network Express", {"company"}), ("DP World", {"company"}),
    ("PSA International", {"company"}), ("Port of Rotterdam Authority", {"government"}),
    ("Port of Antwerp-Bruges", {"government"}), ("Hamburg Port Authority", {"government"}),
    ("Piraeus Port Authority S.A.", {"company"}), ("Maritime and Port Authority of Singapore", {"government"}),
    ("Maritime and Port Authority of Singapore (MPA)", {"government", "abbreviation"}),
    ("Abu Dhabi Ports Group", {"company"}), ("Kuehne + Nagel", {"company"}), ("DSV A/S", {"company"}),
    ("DHL Global Forwarding", {"company"}), ("Flexport", {"company"}), ("Gard AS", {"company"}),
    ("Thomas Miller P&I Ltd", {"company", "ampersand"}), ("Willis Towers Watson", {"company"}),
    ("Allianz Global Corporate & Specialty", {"company", "ampersand"}), ("McKinsey & Company", {"company", "ampersand"}),
    ("Union of Greek Shipowners", set()), ("Hellenic Chamber of Shipping", set()),
    ("Danaos Corporation", {"company"}), ("Euronav NV", {"company"}), ("Capital Clean Energy Carriers Corp.", {"company"}),
    ("Getting to Zero Coalition", set()), ("Global Maritime Forum", set()), ("ITF", {"acronym"}),
    ("International Transport Forum", set()), ("Sea-Intelligence ApS", {"company"}), ("Xeneta", {"company"}),
    ("Statista", {"market-research"}), ("Seatrade", {"company"}), ("Sea Cargo Charter", set()),
    ("The Nautical Institute", set()), ("Institute of Chartered Shipbrokers", set()),
    ("Institute of Chartered Shipbrokers (ICS)", {"abbreviation"}), ("FIATA", {"acronym"}),
    ("Freight Transport Association", set()), ("Mærsk Mc-Kinney Møller Center for Zero Carbon Shipping", {"company"}),
    ("World Shipping Council", set()), ("Jebel Ali Free Zone (JAFZA)", {"abbreviation"}),
]  # fmt: skip
_GOVERNMENT = [
    "European Commission", "European Maritime Safety Agency", "European Maritime Safety Agency (EMSA)",
    "Ministerie van Infrastructuur en Waterstaat", "Hellenic Ministry of Maritime Affairs and Insular Policy",
    "UAE Ministry of Energy & Infrastructure", "Department for Transport", "Suez Canal Authority",
    "Maritime and Port Authority of Singapore", "Centraal Bureau voor de Statistiek", "Eurostat",
    "Bundesministerium für Digitales und Verkehr", "Danish Maritime Authority", "Singapore Department of Statistics",
    "Hellenic Statistical Authority (ELSTAT)", "Federal Competitiveness and Statistics Centre",
]  # fmt: skip
_LAWMAKERS = [
    ("European Parliament and Council of the European Union", "Regulation (EU) 2023/1805 of 13 September 2023 on the use of renewable and low-carbon fuels in maritime transport (FuelEU Maritime)", 2023),
    ("European Parliament and Council of the European Union", "Directive (EU) 2023/959 amending Directive 2003/87/EC (EU ETS)", 2023),
    ("European Parliament and Council of the European Union", "Regulation (EU) 2015/757 on the monitoring, reporting and verification of carbon dioxide emissions from maritime transport", 2015),
    ("European Commission", "Implementing Regulation (EU) 2023/2599 on the administration of shipping companies", 2023),
    ("International Maritime Organization", "Resolution MEPC.328(76): 2021 revised MARPOL Annex VI", 2021),
    ("International Maritime Organization", "Resolution MEPC.377(80): 2023 IMO strategy on reduction of GHG emissions from ships", 2023),
    ("International Maritime Organization", "Resolution MEPC.352(78): guidelines on operational carbon intensity indicators (CII guidelines, G1)", 2022),
    ("International Maritime Organization", "International Convention for the Prevention of Pollution from Ships (MARPOL), consolidated edition", 2022),
    ("Republic of Singapore", "Merchant Shipping (Maritime Labour Convention) Act 2014", 2014),
    ("UK Parliament", "Merchant Shipping Act 1995", 1995),
    ("Hellenic Republic", "Law 4926/2022 on the Piraeus port concession", 2022),
    ("United Arab Emirates", "Federal Decree-Law No. 43 of 2023 on the Maritime Law", 2023),
]  # fmt: skip
_HOSTS = {"European": "ec.europa.eu", "Ministerie": "government.nl", "Hellenic": "ynanp.gr", "UAE": "moei.gov.ae",
          "Suez": "suezcanal.gov.eg", "Maritime": "mpa.gov.sg", "Centraal": "cbs.nl", "Eurostat": "ec.europa.eu/eurostat",
          "Bundesministerium": "bmdv.bund.de", "Danish": "dma.dk", "Singapore": "singstat.gov.sg", "Federal": "fcsc.gov.ae"}  # fmt: skip
_PRESS = ["Lloyd's List", "TradeWinds", "The Loadstar", "Splash247", "Journal of Commerce", "Seatrade Maritime News",
          "Hellenic Shipping News Worldwide", "Safety4Sea", "The Business Times", "The Straits Times", "Gulf News",
          "The National", "Kathimerini", "Het Financieele Dagblad", "NRC", "Financial Times", "Container News",
          "gCaptain", "Port Technology International", "Riviera Maritime Media", "DVZ", "ShippingWatch"]  # fmt: skip
_JOURNALS = ["Maritime Economics & Logistics", "Maritime Policy & Management", "Transport Policy",
             "International Journal of Physical Distribution & Logistics Management", "Research in Transportation Business & Management",
             "Transportation Research Part E: Logistics and Transportation Review", "WMU Journal of Maritime Affairs",
             "Journal of Shipping and Trade", "Marine Policy", "The Asian Journal of Shipping and Logistics",
             "International Journal of Logistics Management", "Journal of Transport Geography",
             "Industrial Marketing Management", "Journal of Business & Industrial Marketing", "Supply Chain Management: An International Journal"]  # fmt: skip
_TOPICS = ["port choice", "slow steaming", "container freight rates", "liner shipping alliances", "the EU ETS for shipping",
           "FuelEU Maritime", "green corridors", "methanol-ready tonnage", "port community systems", "digital bills of lading",
           "the Red Sea diversions", "the Suez Canal blockage", "transhipment hubs", "port-centric logistics",
           "freight forwarder branding", "B2B customer experience in liner shipping", "carbon intensity ratings",
           "terminal automation", "port marketing", "shipping finance", "P&I insurance", "charter market cycles",
           "schedule reliability", "blank sailings", "hinterland connectivity", "Greek ship-owning families",
           "LNG bunkering", "e-commerce logistics", "Incoterms 2020", "customer loyalty in freight forwarding",
           "the Port of Piraeus concession", "Jebel Ali and the Gulf hub race", "Tuas mega-port", "shore power"]  # fmt: skip
_FORMS = ["{T}: evidence from {R}", "The effect of {t} on {t2}", "{T} and {t2} in {R}", "Rethinking {t}",
          "{T}: a marketing perspective", "A review of {t}", "{T} after {E}", "Branding {t} in {R}",
          "Customer value in {t}", "Managing {t}: lessons from {R}", "What {t} means for shippers",
          "{T} and the competitiveness of {R}", "Measuring {t}", "{T}: a stakeholder analysis"]  # fmt: skip
_REGIONS = ["North Europe", "the Hamburg-Le Havre range", "the Eastern Mediterranean", "Singapore", "the Gulf",
            "Rotterdam", "Antwerp", "Piraeus", "Jebel Ali", "South-East Asia", "the Suez route", "the Baltic"]  # fmt: skip
_EVENTS = ["IMO 2020", "COVID-19", "the Ever Given", "the 2024 Red Sea crisis", "the EU ETS", "the 2M break-up"]
_PUBLISHERS = [("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Palgrave Macmillan", "Basingstoke"),
               ("Edward Elgar", "Cheltenham"), ("Springer", "Cham"), ("Informa Law", "London"), ("Elsevier", "Amsterdam"),
               ("Lloyd's of London Press", "London"), ("Pearson", "Harlow"), ("Witherby Publishing", "Livingston")]  # fmt: skip
_BOOKS = [("Stopford", "Martin", "Maritime economics", ("Routledge", "Abingdon"), ["2", "3"], [1997, 2009]),
          ("Rodrigue", "Jean-Paul", "The geography of transport systems", ("Routledge", "Abingdon"), ["4", "5", "6"], [2017, 2020, 2024]),
          ("Christopher", "Martin", "Logistics and supply chain management", ("Pearson", "Harlow"), ["5", "6"], [2016, 2023]),
          ("Branch", "Alan E.", "Elements of shipping", ("Routledge", "Abingdon"), ["9", "10"], [2014, 2021])]  # fmt: skip
_UNIVERSITIES = ["Erasmus University Rotterdam", "University of Antwerp", "World Maritime University", "University of Piraeus",
                 "Athens University of Economics and Business", "National University of Singapore", "Nanyang Technological University",
                 "Heriot-Watt University Dubai", "Cardiff University", "Kühne Logistics University", "Copenhagen Business School",
                 "City, University of London"]  # fmt: skip
_CONFERENCES = [("IAME 2022 Conference", "Busan"), ("IAME 2023 Conference", "Long Beach"), ("IAME 2019 Conference", "Athens"),
                ("Posidonia Conference", "Athens"), ("TOC Europe", "Rotterdam"), ("Singapore Maritime Week", "Singapore"),
                ("Breakbulk Middle East", "Dubai"), ("Logistics Research Network Conference", "Hull")]  # fmt: skip


class Blind55WorkFactory(WorkFactory):
    """Works cited in maritime and freight marketing reports; a subclass so other pools' factories are unchanged."""

    KINDS = ("book", "chapter", "journal", "conference", "thesis", "report", "company-report", "web", "government",
             "legislation", "news", "social", "video")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 55055)
        self.dated_orgs: list[tuple[str, set[str], dict[str, Any], str]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.3:
            particle, family, given = self.rng.choice(_DUTCH)
            name = {"family": family, "given": given}
            if particle:
                name["non-dropping-particle"] = particle
            return name
        if roll < 0.55:
            family, given = self.rng.choice(_GREEK)
        elif roll < 0.7:
            family, given = self.rng.choice(_SINGAPORE)
        elif roll < 0.8:
            family, given = self.rng.choice(_ARAB)
        elif roll < 0.9:
            family, given = self.rng.choice(_NORTH)
        else:
            family, given = self.rng.choice(_ANGLO)
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGS)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.06:
            return self.rng.randint(1988, 2007)
        return self.rng.randint(2010, 2025)

    def accessed_after(self, year: int) -> dict[str, list[list[int]]]:
        return {
            "date-parts": [[self.rng.randint(max(year, 2023), 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]
        }

    def url(self, host: str) -> str:
        slug = "-".join(self.rng.sample(["shipping", "ports", "outlook", "market", "insight", "container", "freight",
                                         "decarbonisation", "news", "report", "2024", "update", "analysis"], 3))  # fmt: skip
        return f"https://www.{host}/{slug}"

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        form = self.rng.choice(_FORMS)
        title = (form.replace("{T}", topic[0].upper() + topic[1:]).replace("{t2}", other).replace("{t}", topic)
                 .replace("{R}", self.rng.choice(_REGIONS)).replace("{E}", self.rng.choice(_EVENTS)))  # fmt: skip
        return title

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            list(self.KINDS), weights=[10, 5, 24, 5, 4, 12, 8, 10, 5, 4, 10, 2, 1],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[30, 28, 18, 10, 6, 4, 2, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if person not in people:
                people.append(person)
        return people

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # now and then the same organisation twice in one year ("UNCTAD, 2023a" and "2023b")
        same_kind = [(n, t, i) for n, t, i, k in self.dated_orgs if k == kind]
        if same_kind and "issued" in record and self.rng.random() < 0.12:
            name, tags, issued = self.rng.choice(same_kind)
            record["issued"] = {"date-parts": [list(issued["date-parts"][0][:1])]}
            if "publisher" in record:
                record["publisher"] = name.split(" (")[0]
            if "accessed" in record:
                record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0][0])
        if "issued" in record and kind in ("report", "web", "government"):
            self.dated_orgs.append((name, tags, record["issued"], kind))
        return self._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        if self.rng.random() < 0.3:
            family, given, title, (publisher, place), editions, years = self.rng.choice(_BOOKS)
            index = self.rng.randrange(len(editions))
            record: dict[str, Any] = {"type": "book", "title": title, "author": [{"family": family, "given": given}],
                                      "issued": {"date-parts": [[years[index]]]}, "publisher": publisher,
                                      "publisher-place": place, "edition": editions[index]}  # fmt: skip
            return self._person_work(record, "book")
        publisher, place = self.rng.choice(_PUBLISHERS)
        record = {"type": "book", "title": self._title(), "author": self._people(3),
                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 5))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["The Blackwell companion to maritime economics", "Ports and networks",
                                                "The Routledge handbook of maritime management", "Maritime logistics",
                                                "Handbook of ocean container transport logistics", "Shipping and ports in the Gulf"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(5, 60)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        if self.rng.random() < 0.55:
            record["DOI"] = (
                f"10.{self.rng.choice(['1057', '1080', '1016', '1108', '1186'])}/{self.rng.randint(10000, 999999)}"
            )
        return self._person_work(record, "journal")

    def _conference(self) -> Work:
        name, place = self.rng.choice(_CONFERENCES)
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": f"Proceedings of the {name}", "event-place": place,
            "issued": {"date-parts": [[self.year()]]},
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["page"] = f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(8, 20)}"
        return self._person_work(record, "conference")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": [self.person()],
            "genre": self.rng.choice(["MSc dissertation", "MSc thesis", "PhD thesis", "MBA dissertation"]),
            "publisher": self.rng.choice(_UNIVERSITIES), "issued": {"date-parts": [[self.rng.randint(2012, 2025)]]},
        }  # fmt: skip
        return self._person_work(record, "thesis")

    def _report(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        titles = [f"Review of maritime transport {year}", f"Container forecaster Q{self.rng.randint(1, 4)} {year}",
                  f"Shipping review and outlook, {self.rng.choice(['spring', 'autumn'])} {year}",
                  f"The Container Port Performance Index {year - 1}", f"Annual review {year}",
                  f"Ports and terminals insight {year}", self._title()]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0],
                                  "publisher-place": self.rng.choice(["London", "Geneva", "Washington, DC", "Copenhagen", "Singapore", "Rotterdam", "Oslo"])}  # fmt: skip
        if self.rng.random() < 0.55:
            record["URL"] = self.url(
                self.rng.choice(["unctad.org", "worldbank.org", "drewry.co.uk", "clarksons.net", "bimco.org"])
            )
            if self.rng.random() < 0.85:
                record["accessed"] = self.accessed_after(year)
        if self.rng.random() < 0.1:
            record.pop("issued")
            record["title"] = self._title()
        return self._org(record, "report", name, tags)

    def _company_report(self) -> Work:
        name = self.rng.choice(["A.P. Moller - Maersk A/S", "Hapag-Lloyd AG", "DP World", "PSA International",
                                "COSCO SHIPPING Holdings Co., Ltd.", "Port of Rotterdam Authority", "Euronav NV",
                                "Danaos Corporation", "Kuehne + Nagel", "DSV A/S", "Abu Dhabi Ports Group",
                                "Piraeus Port Authority S.A.", "Hamburger Hafen und Logistik AG", "Clarksons PLC"])  # fmt: skip
        year = self.rng.randint(2015, 2025)
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report {year}", f"Integrated report {year}",
                                                        f"Sustainability report {year}", f"Annual report {year - 1}",
                                                        f"Half-year report {year}"]),
            "issued": {"date-parts": [[year]]}, "publisher": name,
            "publisher-place": self.rng.choice(["Copenhagen", "Hamburg", "Dubai", "Singapore", "Rotterdam", "Athens", "Piraeus", "Antwerp"]),
            "URL": self.url(name.split()[0].strip(".,").lower().replace("a.p", "maersk") + ".com/investors"),
        }  # fmt: skip
        if self.rng.random() < 0.8:
            record["accessed"] = self.accessed_after(year)
        return self._org(record, "company-report", name, {"company"})

    def _web(self) -> Work:
        if self.rng.random() < 0.3:
            record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                      "URL": self.url(self.rng.choice(["porttechnology.org", "safety4sea.com", "linkedin.com/pulse"]))}  # fmt: skip
            year = self.year()
            if self.rng.random() < 0.8:
                record["issued"] = {"date-parts": [[year]]}
            if self.rng.random() < 0.85:
                record["accessed"] = self.accessed_after(year)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        year = self.year()
        record = {"type": "webpage", "title": self.rng.choice([self._title(), "About us", "Our services", "Port statistics",
                                                               "Top 100 container operators", "Sustainability", "Green corridors",
                                                               "Facts and figures", "Container terminals"]),
                  "URL": self.url(self.rng.choice(["alphaliner.com", "portofrotterdam.com", "mpa.gov.sg", "dpworld.com", "imo.org"]))}  # fmt: skip
        if self.rng.random() < 0.65:
            record["issued"] = {"date-parts": [[year]]}
        if self.rng.random() < 0.85:
            record["accessed"] = self.accessed_after(year)
        return self._org(record, "web", name, tags | ({"undated"} if "issued" not in record else set()))

    def _government(self) -> Work:
        name = self.rng.choice(_GOVERNMENT)
        year = self.year()
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "issued": {"date-parts": [[year]]},
                                  "URL": self.url(_HOSTS.get(name.split()[0], "gov.uk"))}  # fmt: skip
        if self.rng.random() < 0.9:
            record["accessed"] = self.accessed_after(year)
        return self._org(record, "government", name, {"government"})

    def _legislation(self) -> Work:
        body, title, year = self.rng.choice(_LAWMAKERS)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}}
        if self.rng.random() < 0.6:
            record["URL"] = self.url(
                self.rng.choice(["eur-lex.europa.eu", "imo.org", "legislation.gov.uk", "sso.agc.gov.sg"])
            )
            record["accessed"] = self.accessed_after(year)
        return self._org(record, "legislation", body, {"legislation", "government"})

    def _news(self) -> Work:
        paper = self.rng.choice(_PRESS)
        year = self.rng.randint(2016, 2025)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self.url(self.rng.choice(["lloydslist.com", "tradewindsnews.com", "theloadstar.com", "splash247.com", "businesstimes.com.sg"])),
        }  # fmt: skip
        if self.rng.random() < 0.9:
            seen = [min(year + self.rng.randint(1, 2), 2026), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            if seen[0] == 2026:  # read before this term's submission, never after it
                seen[1] = min(seen[1], 10)
            record["accessed"] = {"date-parts": [seen]}
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _social(self) -> Work:
        year = self.rng.randint(2019, 2024)
        record: dict[str, Any] = {
            "type": "post", "title": self.rng.choice(["Proud to welcome our first methanol dual-fuel vessel to Tuas",
                                                      "Five lessons from a year of Red Sea diversions",
                                                      "Why forwarders must stop selling on price alone",
                                                      "Our Piraeus team at Posidonia this week"]),
            "container-title": "LinkedIn", "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self.url("linkedin.com/posts"),
            "accessed": {"date-parts": [[year + 1, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        name, tags = self.organisation()
        return self._org_work(record, "social", name, tags)

    def _video(self) -> Work:
        name, tags = self.rng.choice([("Drewry", {"company"}), ("Port of Rotterdam", set()), ("Maersk", {"company"}),
                                      ("Clarksons Research", {"company"}), ("Splash247", {"press"})])  # fmt: skip
        year = self.rng.randint(2019, 2024)
        record: dict[str, Any] = {"type": "motion_picture", "title": f"{self._title()} [webinar]", "medium": "Video",
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self.url("youtube.com/watch"),
                                  "accessed": {"date-parts": [[year + 1, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}}  # fmt: skip
        return self._org_work(record, "video", name, tags)
