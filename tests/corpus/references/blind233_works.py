"""The blind233 pool's works: what marketers at energy suppliers, renewable developers, water and electricity
networks, EV-charging and heat-pump firms and energy start-ups in the UK, Ireland, Denmark, Germany, Spain and the
Netherlands cite in CIM Level 6 and 7 reports and MBA assignments.

Textbooks (Routledge, Earthscan, Kogan Page, Palgrave Macmillan), chapters in handbooks, energy and marketing journals
with one to eight authors and DOIs, theses (Imperial, Strathclyde, Exeter, SPRU at Sussex, DTU, TU Delft, UCC),
conference papers (BIEE, IAEE, eceee), regulators and public bodies (with two works of one body in a year now and
then), trade bodies and charities, company pages, annual reports and investor decks, market research with years,
news signed and unsigned, social posts, videos, podcasts and undated pages. Names as this region's scholars print
them: Danish æ, ø and å, German umlauts and "von", Spanish double surnames, Irish Ó, Ní and Mac, Welsh "ap" and
Scottish Gaelic Mac and Nic. Written without reading the checker or any other pool.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "thesis", "conference", "regulator", "trade-body", "company", "annual-report",
         "investor-deck", "market-research", "news", "social", "video", "podcast", "web")  # fmt: skip

# (family, given) as the owners print them on English-language papers.
_DANISH = [("Søndergaard", "Mette"), ("Østergaard", "Rasmus"), ("Kjærgaard", "Anne"), ("Nørgaard", "Jesper"),
           ("Bækgaard", "Line"), ("Aagaard", "Søren"), ("Dalgård", "Kirsten"), ("Mølgaard", "Henrik"),
           ("Frederiksen", "Ida"), ("Kristensen", "Birgitte"), ("Thøgersen", "Mads"), ("Lauridsen", "Freja"),
           ("Skovgård", "Niels"), ("Bjørn", "Astrid"), ("Vestergaard", "Troels"), ("Højgaard", "Signe")]  # fmt: skip
_GERMAN = [("Müller", "Jürgen"), ("Schäfer", "Katrin"), ("Weiß", "Tobias"), ("Groß", "Annika"), ("Köhler", "Stefan"),
           ("Hübner", "Lena"), ("Böhm", "Matthias"), ("Krüger", "Anja"), ("Schröder", "Felix"), ("Fuß", "Carola"),
           ("Löffler", "Dominik"), ("Jäger", "Sabine")]  # fmt: skip
_GERMAN_VON = [("von", "Bülow", "Clara"), ("von", "Stein", "Maximilian"), ("von", "Hülsen", "Ulrike"),
               ("von", "Trotha", "Benedikt"), ("von", "der Heyde", "Johanna")]  # fmt: skip
_DUTCH = [("van der", "Meer", "Sanne"), ("de", "Vries", "Thijs"), ("van den", "Berg", "Lotte"), ("ter", "Horst", "Bram"),
          ("van", "Dijk", "Femke"), ("de", "Jong", "Ruben"), ("van", "Leeuwen", "Eline")]  # fmt: skip
_SPANISH = [("García López", "María"), ("Fernández Ruiz", "Javier"), ("Martínez Sánchez", "Lucía"),
            ("Sánchez Ortega", "Elena"), ("Iglesias Castro", "Ana"), ("Navarro Gil", "Raúl"),
            ("Etxeberria Aranburu", "Iñaki"), ("Gómez-Calvo", "Nuria"), ("Ruiz-Mendoza", "Pablo"),
            ("Pérez de Lema", "Álvaro"), ("Muñoz Serrano", "Carmen"), ("Olmedo Ibáñez", "Jorge")]  # fmt: skip
_IRISH = [("Ó Súilleabháin", "Cian"), ("Ó Murchú", "Aoife"), ("Mac Cárthaigh", "Eoin"), ("Ní Bhriain", "Siobhán"),
          ("MacNamara", "Orla"), ("Ó Dónaill", "Ciarán"), ("Ní Mhurchú", "Gráinne"), ("O'Driscoll", "Pádraig"),
          ("Mac Giolla Phádraig", "Niamh"), ("McGrath", "Fionnuala"), ("Ó Ceallaigh", "Darragh")]  # fmt: skip
_WELSH_GAELIC = [("Llewelyn", "Gwenllian"), ("Prys-Jones", "Eleri"), ("Rhys", "Siân"), ("Llwyd", "Meinir"),
                 ("Puw", "Dafydd"), ("MacAoidh", "Màiri"), ("NicLeòid", "Catrìona"), ("MacLeod", "Eilidh"),
                 ("Caimbeul", "Ruairidh"), ("MacDhòmhnaill", "Calum"), ("Mac an t-Saoir", "Seumas"),
                 ("Ellis-Owen", "Rhodri")]  # fmt: skip
_WELSH_AP = [("ap", "Iorwerth", "Rhun"), ("ap", "Dafydd", "Owain"), ("ab", "Ithel", "Gethin")]

# Organisations as authors: (name, tags). Regulators and public bodies, with and without their abbreviations.
_REGULATORS = [
    ("Ofgem", {"government"}), ("Ofwat", {"government"}),
    ("Department for Energy Security and Net Zero", {"government"}),
    ("Department for Energy Security and Net Zero (DESNZ)", {"government", "abbreviation"}),
    ("DESNZ", {"government", "acronym"}), ("Climate Change Committee", {"government"}),
    ("Climate Change Committee (CCC)", {"government", "abbreviation"}), ("Committee on Fuel Poverty", {"government"}),
    ("Energy Ombudsman", {"government"}), ("Citizens Advice", {"charity"}),
    ("Commission for Regulation of Utilities (CRU)", {"government", "abbreviation"}),
    ("Commission for Regulation of Utilities", {"government"}), ("Danish Energy Agency", {"government"}),
    ("Energistyrelsen", {"government"}), ("Bundesnetzagentur", {"government"}),
    ("International Energy Agency (IEA)", {"government", "abbreviation"}), ("IEA", {"government", "acronym"}),
    ("Eurostat", {"government"}), ("Department for Business, Energy & Industrial Strategy", {"government", "comma", "ampersand"}),
    ("Sustainable Energy Authority of Ireland (SEAI)", {"government", "abbreviation"}),
    ("Competition and Markets Authority", {"government"}), ("National Audit Office", {"government"}),
]  # fmt: skip
_TRADE_BODIES = [
    ("Energy UK", {"trade-body"}), ("RenewableUK", {"trade-body"}), ("Water UK", {"trade-body"}),
    ("Energy Saving Trust", {"charity"}), ("National Energy Action (NEA)", {"charity", "abbreviation"}),
    ("National Energy Action", {"charity"}), ("Heat Pump Association", {"trade-body"}),
    ("Solar Energy UK", {"trade-body"}), ("WindEurope", {"trade-body"}), ("Electric Vehicle Association England", {"trade-body"}),
    ("Chargepoint & Infrastructure Forum", {"trade-body", "ampersand"}), ("Energy Networks Association (ENA)", {"trade-body", "abbreviation"}),
    ("Sustainability First", {"charity"}), ("Warm This Winter", {"charity"}),
]  # fmt: skip
_COMPANIES = [
    ("Octopus Energy Group Ltd", {"company"}), ("Octopus Energy", {"company"}), ("Centrica plc", {"company"}),
    ("British Gas", {"company"}), ("EDF Energy Holdings Ltd", {"company"}), ("EDF", {"company", "acronym"}),
    ("E.ON UK plc", {"company", "punctuation"}), ("E.ON", {"company", "punctuation"}), ("OVO Group Ltd", {"company"}),
    ("OVO Energy", {"company"}), ("SSE plc", {"company"}), ("SSE Renewables", {"company"}),
    ("ScottishPower UK plc", {"company"}), ("Iberdrola, S.A.", {"company", "comma"}), ("Ørsted A/S", {"company"}),
    ("Ørsted", {"company"}), ("Vattenfall AB", {"company"}), ("RWE AG", {"company"}), ("National Grid plc", {"company"}),
    ("National Grid ESO", {"company"}), ("Thames Water Utilities Ltd", {"company"}), ("Severn Trent Plc", {"company"}),
    ("Pod Point Group Holdings plc", {"company"}), ("Pod Point", {"company"}), ("Ionity GmbH", {"company"}),
    ("Eneco", {"company"}), ("Good Energy Group plc", {"company"}), ("Bulb Energy Ltd", {"company"}),
    ("Electricity Supply Board (ESB)", {"company", "abbreviation"}), ("Bord Gáis Energy", {"company"}),
    ("Marks & Clerk Energy", {"company", "ampersand"}), ("Baringa Partners LLP", {"company"}),
]  # fmt: skip
_LISTED = [("Centrica plc", "Windsor"), ("SSE plc", "Perth"), ("National Grid plc", "London"),
           ("Severn Trent Plc", "Coventry"), ("Pod Point Group Holdings plc", "London"), ("Ørsted A/S", "Fredericia"),
           ("Vattenfall AB", "Solna"), ("RWE AG", "Essen"), ("Iberdrola, S.A.", "Bilbao"),
           ("E.ON UK plc", "Coventry"), ("OVO Group Ltd", "Bristol"), ("Octopus Energy Group Ltd", "London"),
           ("EDF Energy Holdings Ltd", "London"), ("Thames Water Utilities Ltd", "Reading"),
           ("ScottishPower UK plc", "Glasgow")]  # fmt: skip
_RESEARCH = ["Cornwall Insight", "Wood Mackenzie", "BloombergNEF", "Which?", "YouGov", "Mintel", "Statista",
             "Aurora Energy Research", "Baringa", "Ipsos"]  # fmt: skip
_NEWS = ["Utility Week", "Current±", "Recharge", "Carbon Brief", "The Energyst", "Financial Times", "The Guardian",
         "BBC News", "The Irish Times", "New Power", "edie", "Energy Live News"]  # fmt: skip
_NEWS_URL = {"Utility Week": "utilityweek.co.uk", "Current±": "current-news.co.uk", "Recharge": "rechargenews.com",
             "Carbon Brief": "carbonbrief.org", "The Energyst": "theenergyst.com", "Financial Times": "ft.com",
             "The Guardian": "theguardian.com", "BBC News": "bbc.co.uk/news", "The Irish Times": "irishtimes.com",
             "New Power": "newpower.info", "edie": "edie.net", "Energy Live News": "energylivenews.com"}  # fmt: skip
_JOURNALS = ["Energy Policy", "Energy Research & Social Science", "Renewable and Sustainable Energy Reviews",
             "Utilities Policy", "Journal of Cleaner Production", "Journal of Marketing Management",
             "Journal of Consumer Policy", "Energy Economics", "Industrial Marketing Management",
             "Journal of Business Research", "Nature Energy", "Applied Energy", "Journal of Strategic Marketing"]  # fmt: skip
_UNIVERSITIES = [("Imperial College London", "London"), ("University of Strathclyde", "Glasgow"),
                 ("University of Exeter", "Exeter"), ("University of Sussex", "Brighton"),
                 ("Technical University of Denmark", "Kongens Lyngby"), ("Delft University of Technology", "Delft"),
                 ("University College Cork", "Cork"), ("Universidad Pontificia Comillas", "Madrid"),
                 ("University of Leeds", "Leeds")]  # fmt: skip
_THESIS_GENRE = ["PhD thesis", "PhD thesis", "DPhil thesis", "MSc dissertation", "MBA dissertation",
                 "PhD thesis (SPRU)", "EngD thesis"]  # fmt: skip
_CONFERENCES = [("Proceedings of the {n}th BIEE Academic Conference", "British Institute of Energy Economics", "Oxford"),
                ("Proceedings of the {n}th IAEE International Conference", "International Association for Energy Economics", "Cleveland, OH"),
                ("eceee {y} Summer Study on Energy Efficiency: Proceedings", "European Council for an Energy Efficient Economy", "Stockholm"),
                ("Proceedings of the {n}th European IAEE Conference", "International Association for Energy Economics", "Cleveland, OH"),
                ("Proceedings of the Academy of Marketing Conference {y}", "Academy of Marketing", "Helensburgh")]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Routledge", "London"), ("Earthscan", "London"),
               ("Earthscan from Routledge", "Abingdon"), ("Kogan Page", "London"), ("Palgrave Macmillan", "Cham"),
               ("Palgrave Macmillan", "Basingstoke"), ("Pearson", "Harlow"), ("Edward Elgar", "Cheltenham"),
               ("Oxford University Press", "Oxford"), ("Sage", "London")]  # fmt: skip
_HANDBOOKS = ["The Routledge Handbook of Energy Transitions", "The Palgrave Handbook of Utility Marketing",
              "Handbook of Energy and Society", "Energy, Markets and Consumers", "The Routledge Companion to Sustainable Marketing",
              "Marketing the Energy Transition", "Handbook on Electricity Markets", "Water Utility Management"]  # fmt: skip
_TOPICS = ["switching", "fixed-rate tariffs", "smart meters", "time-of-use tariffs", "heat pumps", "home EV charging",
           "demand flexibility", "fuel poverty", "green tariffs", "customer trust", "the energy crisis",
           "community energy", "vulnerable customers", "water efficiency", "rooftop solar", "net zero messaging",
           "customer service", "brand loyalty", "price caps", "prosumers", "public charging", "offshore wind",
           "social licence", "greenwashing", "retrofit", "battery storage", "bill shock", "debt and arrears"]  # fmt: skip
_MARKETS = ["domestic energy supply", "heat pumps", "home EV chargers", "public EV charging", "solar PV",
            "home batteries", "smart thermostats", "water efficiency devices", "green tariffs", "boiler cover"]  # fmt: skip
# Web addresses by the first word of an organisation's name.
_DOMAINS = {"Ofgem": "ofgem.gov.uk", "Ofwat": "ofwat.gov.uk", "Department": "gov.uk/government/publications",
            "DESNZ": "gov.uk/government/statistics", "Climate": "theccc.org.uk", "Committee": "gov.uk/government/organisations/committee-on-fuel-poverty",
            "Energy": "energyombudsman.org", "Citizens": "citizensadvice.org.uk", "Commission": "cru.ie",
            "Danish": "ens.dk/en", "Energistyrelsen": "ens.dk", "Bundesnetzagentur": "bundesnetzagentur.de/EN",
            "International": "iea.org/reports", "IEA": "iea.org/reports", "Eurostat": "ec.europa.eu/eurostat",
            "Sustainable": "seai.ie", "Competition": "gov.uk/cma-cases", "National": "nao.org.uk",
            "RenewableUK": "renewableuk.com", "Water": "water.org.uk", "Heat": "heatpumps.org.uk",
            "Solar": "solarenergyuk.org", "WindEurope": "windeurope.org", "Electric": "evae.org.uk",
            "Chargepoint": "chargepointforum.org.uk", "Sustainability": "sustainabilityfirst.org.uk",
            "Warm": "warmthiswinter.org.uk", "Octopus": "octopus.energy", "Centrica": "centrica.com",
            "British": "britishgas.co.uk", "EDF": "edfenergy.com", "E.ON": "eonenergy.com", "OVO": "ovoenergy.com",
            "SSE": "sse.com", "ScottishPower": "scottishpower.co.uk", "Iberdrola,": "iberdrola.com",
            "Ørsted": "orsted.com", "Vattenfall": "group.vattenfall.com", "RWE": "rwe.com",
            "Thames": "thameswater.co.uk", "Severn": "severntrent.com", "Pod": "pod-point.com",
            "Ionity": "ionity.eu", "Eneco": "eneco.nl", "Good": "goodenergy.co.uk", "Bulb": "bulb.co.uk",
            "Bord": "bordgaisenergy.ie", "Marks": "marks-clerk.com", "Baringa": "baringa.com"}  # fmt: skip
_ENERGY_DOMAINS = {"Energy UK": "energy-uk.org.uk", "Energy Saving Trust": "energysavingtrust.org.uk",
                   "Energy Ombudsman": "energyombudsman.org", "Energy Networks Association (ENA)": "energynetworks.org",
                   "National Energy Action (NEA)": "nea.org.uk", "National Energy Action": "nea.org.uk",
                   "National Grid plc": "nationalgrid.com", "National Grid ESO": "nationalgrideso.com",
                   "National Audit Office": "nao.org.uk", "Electricity Supply Board (ESB)": "esb.ie",
                   "Water UK": "water.org.uk", "SSE Renewables": "sserenewables.com", "Octopus Energy": "octopus.energy",
                   "EDF": "edfenergy.com", "E.ON": "eonenergy.com", "OVO Energy": "ovoenergy.com", "Pod Point": "pod-point.com"}  # fmt: skip
_DOI_PREFIX = {"Energy Policy": "10.1016/j.enpol", "Energy Research & Social Science": "10.1016/j.erss",
               "Renewable and Sustainable Energy Reviews": "10.1016/j.rser", "Utilities Policy": "10.1016/j.jup",
               "Journal of Cleaner Production": "10.1016/j.jclepro", "Journal of Marketing Management": "10.1080/0267257X",
               "Journal of Consumer Policy": "10.1007/s10603-", "Energy Economics": "10.1016/j.eneco",
               "Industrial Marketing Management": "10.1016/j.indmarman", "Journal of Business Research": "10.1016/j.jbusres",
               "Nature Energy": "10.1038/s41560-", "Applied Energy": "10.1016/j.apenergy",
               "Journal of Strategic Marketing": "10.1080/0965254X"}  # fmt: skip
_COUNTRIES = ["UK", "Ireland", "Denmark", "Germany", "Spain", "the Netherlands", "Great Britain", "Europe"]


class Blind233WorkFactory(WorkFactory):
    """Works that energy, renewables and utilities marketers cite, from one seeded random source."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 233)
        self.dated_orgs: list[tuple[str, str, set[str], int]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.36:
            fake = self.fakers[self.rng.choice(["en_GB", "en_GB", "en_GB", "en_IE", "en_US"])]
            family = fake.last_name()
            if self.rng.random() < 0.06:
                family = f"{family}-{self.fakers['en_GB'].last_name()}"
            return {"family": family, "given": fake.first_name()}
        if roll < 0.48:
            family, given = self.rng.choice(_DANISH)
        elif roll < 0.56:
            family, given = self.rng.choice(_GERMAN)
        elif roll < 0.61:
            particle, family, given = self.rng.choice(_GERMAN_VON)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        elif roll < 0.67:
            particle, family, given = self.rng.choice(_DUTCH)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        elif roll < 0.78:
            family, given = self.rng.choice(_SPANISH)
        elif roll < 0.88:
            family, given = self.rng.choice(_IRISH)
        elif roll < 0.96:
            family, given = self.rng.choice(_WELSH_GAELIC)
        else:
            particle, family, given = self.rng.choice(_WELSH_AP)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if name not in people:
                people.append(name)
        return people

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.05:  # the classics: Porter, Kotler, the 1990s liberalisation literature
            return self.rng.randint(1985, 2004)
        return self.rng.randint(2008, 2025)

    def _accessed_after(self, issued: list[int]) -> dict[str, list[list[int]]]:
        year = self.rng.randint(max(issued[0], 2023), 2025)
        month = self.rng.randint(issued[1] if year == issued[0] and len(issued) > 1 else 1, 12)
        low = issued[2] if year == issued[0] and len(issued) > 2 and month == issued[1] else 1
        return {"date-parts": [[year, month, self.rng.randint(min(low, 28), 28)]]}

    def _dated(self, record: dict[str, Any], full: bool = False, recent: bool = False) -> list[int]:
        year = self._recent() if recent else self.year()
        parts = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)] if full else [year]
        record["issued"] = {"date-parts": [parts]}
        return parts

    def _url(self, name: str) -> str:
        domain = _ENERGY_DOMAINS.get(name) or _DOMAINS.get(
            name.split()[0], f"{self.fakers['en_GB'].domain_word()}.org.uk"
        )
        return f"https://www.{domain}/{self.fakers['en_GB'].slug()}"

    def _recent(self) -> int:
        """The year of a web page, a report of a body or a post: most of them recent."""
        return self.rng.choice([self.rng.randint(2012, 2025), self.rng.randint(2019, 2025)])

    def _title(self) -> str:
        topic, other = self.rng.sample(_TOPICS, 2)
        country = self.rng.choice(_COUNTRIES)
        forms = [
            f"{topic[0].upper()}{topic[1:]} and {other} in {country}",
            f"Consumer engagement with {topic}: evidence from {country}",
            f"Marketing {topic} to households: a qualitative study",
            f"Who chooses {topic}? Segmentation of energy customers in {country}",
            f"Trust, price and {topic}: lessons from the {self.rng.choice(['2021', '2022', '2022–23'])} energy crisis",
            f"{topic[0].upper()}{topic[1:]} as a service: business models for {other}",
            f"The role of {topic} in the {self.rng.choice(['retail energy', 'water', 'EV charging', 'heat'])} market",
            f"Beyond the bill: {topic} and the customer relationship",
            f"Branding {topic}: a stakeholder perspective",
            f"Nudging {topic}: a field experiment with {self.rng.randint(2, 90) * 100} households",
        ]
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "thesis", "conference", "regulator", "trade-body", "company",
             "annual-report", "investor-deck", "market-research", "news", "social", "video", "podcast", "web"],
            weights=[11, 5, 22, 3, 3, 11, 6, 7, 4, 2, 7, 9, 2, 2, 2, 4],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then a second work of a body already cited in the same year ("Ofgem, 2023a" and "2023b"): a body of
        # the same kind (a regulator's second report, not a newspaper signed by a regulator).
        earlier = [org for org in self.dated_orgs if org[0] == kind and kind not in ("news", "social", "video")]
        if "issued" in record and earlier and self.rng.random() < 0.2:
            _kind, name, tags, year = self.rng.choice(earlier)
            parts = record["issued"]["date-parts"][0]
            parts[0] = year
            if "accessed" in record:
                record["accessed"] = self._accessed_after(parts)
            if "URL" in record and kind in ("regulator", "trade-body", "company"):
                record["URL"] = self._url(name)
            elif "URL" in record and kind == "market-research":
                record["URL"] = (
                    f"https://www.{name.lower().replace(' ', '').strip('?')}.com/{self.fakers['en_GB'].slug()}"
                )
            if record.get("publisher") and kind in ("regulator", "trade-body", "annual-report", "market-research"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated_orgs.append((kind, name, set(tags), record["issued"]["date-parts"][0][0]))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, set(tags) | {"organisation"})

    def _person(self, record: dict[str, Any], kind: str) -> Work:
        return self._person_work(record, kind)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "publisher": publisher, "publisher-place": place}  # fmt: skip
        self._dated(record)
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS[:7])
        start = self.rng.randint(1, 420)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(_HANDBOOKS), "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        self._dated(record)
        return self._person(record, "chapter")

    def _journal(self) -> Work:
        journal = self.rng.choice(_JOURNALS)
        record: dict[str, Any] = {"type": "article-journal", "title": self._title(), "author": self._people(8),
                                  "container-title": journal, "volume": str(self.rng.randint(8, 190))}  # fmt: skip
        year = self._dated(record)[0]
        if (
            journal
            in (
                "Energy Policy",
                "Energy Research & Social Science",
                "Utilities Policy",
                "Applied Energy",
                "Journal of Cleaner Production",
                "Renewable and Sustainable Energy Reviews",
                "Energy Economics",
            )
            and self.rng.random() < 0.6
        ):  # article numbers, as Elsevier prints them
            record["page"] = str(self.rng.randint(100000, 140000))
        else:
            record["issue"] = str(self.rng.randint(1, 12))
            start = self.rng.randint(1, 1400)
            record["page"] = f"{start}-{start + self.rng.randint(8, 30)}"
        if self.rng.random() < 0.7:
            prefix = _DOI_PREFIX[journal]
            sep = "" if prefix.endswith("-") else "."
            record["DOI"] = (
                f"{prefix}{sep}{str(year)[2:] if sep == '' else year}{sep or '-'}{self.rng.randint(1000, 99999)}"
            )
        return self._person(record, "journal")

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": self._people(1),
                                  "genre": self.rng.choice(_THESIS_GENRE), "publisher": university,
                                  "publisher-place": place}  # fmt: skip
        parts = self._dated(record)
        if self.rng.random() < 0.6:
            record["URL"] = f"https://{self.fakers['en_GB'].domain_word()}.ac.uk/thesis/{self.rng.randint(1000, 99999)}"
            record["accessed"] = self._accessed_after(parts)
        return self._person(record, "thesis")

    def _conference(self) -> Work:
        container, publisher, place = self.rng.choice(_CONFERENCES)
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(5),
                                  "publisher": publisher, "publisher-place": place}  # fmt: skip
        year = self._dated(record)[0]
        record["container-title"] = container.replace("{n}", str(self.rng.randint(14, 46))).replace("{y}", str(year))
        start = self.rng.randint(1, 900)
        record["page"] = f"{start}-{start + self.rng.randint(6, 14)}"
        return self._person(record, "conference")

    def _regulator(self) -> Work:
        name, tags = self.rng.choice(_REGULATORS)
        titles = [self._title(), f"Energy consumer satisfaction survey {self.rng.randint(2019, 2025)}",
                  f"Retail market indicators: Q{self.rng.randint(1, 4)} {self.rng.randint(2020, 2025)}",
                  f"Progress in reducing emissions: {self.rng.randint(2019, 2025)} report to Parliament",
                  "Energy price cap explained", "Water company performance report",
                  "Consumer protection in the retail energy market", "Annual fuel poverty statistics",
                  "Smart meter statistics in Great Britain: quarterly report", "Heat pump deployment statistics",
                  "Household energy prices: statistics explained", "Customer vulnerability strategy"]  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "report", "webpage"]), "title": self.rng.choice(titles),
                                  "URL": self._url(name)}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        if self.rng.random() < 0.9:
            parts = self._dated(record, recent=True)
            record["accessed"] = self._accessed_after(parts)
        else:
            record["accessed"] = self._accessed_after([2023])
        return self._org(record, "regulator", name, tags)

    def _trade_body(self) -> Work:
        name, tags = self.rng.choice(_TRADE_BODIES)
        titles = [self._title(), f"Energy in the UK {self.rng.randint(2019, 2025)}", "Heat pump installer survey",
                  f"Wind energy in Europe: {self.rng.randint(2019, 2024)} statistics and the outlook",
                  "Solar roadmap: the path to 70GW", "Under pressure: households in fuel debt",
                  "Water efficiency and the customer", "Our guide to heat pumps", "Getting started with solar panels",
                  "Fuel Poverty Monitor", "Ten-point plan for a fair energy transition"]  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(titles),
                                  "URL": self._url(name)}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = "Brussels" if name == "WindEurope" else "London"
        if self.rng.random() < 0.82:
            parts = self._dated(record, recent=True)
            record["accessed"] = self._accessed_after(parts)
        else:
            record["accessed"] = self._accessed_after([2024])
        return self._org(record, "trade-body", name, tags)

    def _company(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        titles = ["About us", "Our tariffs", "Agile Octopus: a tariff that follows wholesale prices", "Sustainability",
                  "Heat pumps for your home", "EV charging at home", "Our priority services register",
                  "Our purpose and strategy", "Press release: new customer charter", "Smart export guarantee",
                  "Help with your bills", "Careers", "Our net zero plan", "Home charging for businesses",
                  "Customer commitments", "Why choose us?"]  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(titles),
                                  "URL": self._url(name)}  # fmt: skip
        if self.rng.random() < 0.6:
            parts = self._dated(record, recent=True)
            record["accessed"] = self._accessed_after(parts)
        else:  # company pages carry no date: cited "n.d."
            record["accessed"] = self._accessed_after([2024])
        return self._org(record, "company", name, tags)

    def _annual_report(self) -> Work:
        name, place = self.rng.choice(_LISTED)
        year = self.year() if self.rng.random() < 0.3 else self.rng.randint(2016, 2025)
        title = self.rng.choice([f"Annual Report and Accounts {year - 1}", f"Annual report {year - 1}",
                                 f"Annual Report and Accounts {year - 1}/{str(year)[2:]}", f"Sustainability report {year - 1}",
                                 f"Integrated annual report {year - 1}", f"Strategic report {year - 1}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name, "publisher-place": place,
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        if self.rng.random() < 0.65:
            base, slug = self._url(name).rsplit("/", 1)
            record["URL"] = f"{base}/investors/{slug}.pdf"
            record["accessed"] = self._accessed_after([year])
        return self._org(record, "annual-report", name, {"company"})

    def _investor_deck(self) -> Work:
        name, _place = self.rng.choice(_LISTED)
        parts = [self.rng.randint(2018, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        title = self.rng.choice(["Capital Markets Day", "Full-year results presentation", "Half-year results presentation",
                                 f"Q{self.rng.randint(1, 4)} trading update", "Net Zero Acceleration Programme Plus"])  # fmt: skip
        record: dict[str, Any] = {"type": "speech", "title": title, "genre": "Investor presentation",
                                  "issued": {"date-parts": [parts]},
                                  "URL": self._url(name).rsplit("/", 1)[0] + "/investors/presentations",
                                  "accessed": self._accessed_after(parts)}  # fmt: skip
        return self._org(record, "investor-deck", name, {"company"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        market, country = self.rng.choice(_MARKETS), self.rng.choice(_COUNTRIES)
        year = self.rng.randint(2016, 2025)
        titles = [f"{market[0].upper()}{market[1:]} - {country} - {self.rng.choice(['March', 'July', 'November'])} {year}",
                  f"Default tariff cap forecast: {self.rng.choice(['January', 'April', 'July', 'October'])} {year}",
                  f"Global energy storage outlook {year}", f"European heat pump market report {year}",
                  f"Best and worst energy companies {year}", f"Public attitudes to {market} in {country}",
                  f"Number of {market} customers in {country} from 2018 to {year}",
                  f"Energy retail market share: Q{self.rng.randint(1, 4)} {year}",
                  f"Electric vehicle outlook {year}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": f"https://www.{name.lower().replace(' ', '').strip('?')}.com/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if self.rng.random() < 0.92:
            record["issued"] = {"date-parts": [[year]]}
            record["accessed"] = self._accessed_after([year])
        else:
            record["accessed"] = self._accessed_after([2024])
        return self._org(
            record, "market-research", name, {"market-research"} | ({"punctuation"} if "?" in name else set())
        )

    def _news(self) -> Work:
        paper = self.rng.choice(_NEWS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._headline(), "container-title": paper,
                                  "URL": f"https://www.{_NEWS_URL[paper]}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        parts = self._dated(record, full=True, recent=True)
        record["accessed"] = self._accessed_after(parts)
        if (paper in ("BBC News", "Carbon Brief", "Current±") and self.rng.random() < 0.45) or self.rng.random() < 0.15:
            return self._org(record, "news", paper, {"press"})  # unsigned: the paper as author
        record["author"] = self._people(3)
        return self._person(record, "news")

    def _headline(self) -> str:
        brand = self.rng.choice(["Octopus", "British Gas", "EDF", "E.ON", "OVO", "SSE", "ScottishPower", "Ørsted",
                                 "Thames Water", "Severn Trent", "Pod Point", "Ionity", "Bulb", "Vattenfall", "RWE"])  # fmt: skip
        return self.rng.choice([f"{brand} to cut jobs as customer numbers fall", f"{brand} tops customer service table",
                                f"Ofgem fines {brand} over smart meter failings", f"{brand} launches new heat pump offer",
                                f"Why {brand} is betting on flexibility", f"{brand} chief calls for levies to move off bills",
                                "Energy price cap to fall in April", "Households face higher standing charges",
                                f"{brand} faces backlash over bill hikes", "Record year for UK offshore wind auctions",
                                "Water bills to rise by a fifth", f"{brand} unveils rebrand"])  # fmt: skip

    def _social(self) -> Work:
        platform = self.rng.choice(["LinkedIn", "X", "Instagram", "TikTok", "Facebook"])
        record: dict[str, Any] = {"type": "post", "title": self.rng.choice(
            ["We have just installed our 50,000th heat pump", "Proud to be named a Which? Recommended Provider again",
             "Big news for EV drivers on our network", "Here is what the new price cap means for you",
             "Our customers saved money during the latest Saving Session", "Thank you to our engineers out in the storm"]),
            "container-title": platform, "URL": f"https://www.{platform.lower()}.com/posts/{self.rng.randint(10**6, 10**7)}"}  # fmt: skip
        parts = self._dated(record, full=True, recent=True)
        record["accessed"] = self._accessed_after(parts)
        if self.rng.random() < 0.6:
            name, tags = self.rng.choice(_COMPANIES + _TRADE_BODIES[:6])
            return self._org(record, "social", name, tags)
        record["author"] = self._people(1)
        return self._person(record, "social")

    def _video(self) -> Work:
        record: dict[str, Any] = {"type": "motion_picture", "title": self.rng.choice(
            ["How does a heat pump work?", "Inside Hornsea 2", "What is a smart meter?", "Charging your EV at home",
             "Tariffs explained in two minutes", "Our journey to net zero", "Where does your water go?"]),
            "container-title": "YouTube", "URL": f"https://www.youtube.com/watch?v={self.fakers['en_GB'].lexify('???????????')}"}  # fmt: skip
        parts = self._dated(record, full=True, recent=True)
        record["accessed"] = self._accessed_after(parts)
        if self.rng.random() < 0.7:
            name, tags = self.rng.choice(_COMPANIES + _TRADE_BODIES)
            return self._org(record, "video", name, tags)
        record["author"] = self._people(2)
        return self._person(record, "video")

    def _podcast(self) -> Work:
        show = self.rng.choice(["The Energy Gang", "Cleaning Up", "Watt It Takes", "The Energy Transition Show",
                                "Current± Podcast", "Carbon Brief Interviews", "Utility Week Live"])  # fmt: skip
        record: dict[str, Any] = {"type": "broadcast", "title": f"Episode {self.rng.randint(3, 240)}: {self._title()}",
                                  "container-title": show, "author": self._people(2),
                                  "URL": f"https://podcasts.apple.com/gb/podcast/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        parts = self._dated(record, full=True, recent=True)
        record["accessed"] = self._accessed_after(parts)
        return self._person(record, "podcast")

    def _web(self) -> Work:
        fake = self.fakers["en_GB"]
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "URL": f"https://{fake.domain_name()}/{fake.slug()}"}  # fmt: skip
        if self.rng.random() < 0.6:
            parts = self._dated(record, recent=True)
            record["accessed"] = self._accessed_after(parts)
        else:  # a blog post with no date on it
            record["accessed"] = self._accessed_after([2024])
        return self._person(record, "web")
