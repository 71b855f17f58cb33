"""The works that the blind374 pool's reports cite: energy and home utilities (HELD OUT).

Written without reading the checker, its tests or any other pool, from what marketers at energy suppliers, solar-panel
and heat-pump installers, EV-charging networks, water companies, broadband providers and smart-home device brands in
the UK, Germany, South Africa, India, Chile and Canada cite in CIM Level 6 and 7 reports and MBA assignments:
marketing, services-marketing and sustainability-marketing textbooks and their chapters, journal articles on switching,
green consumption, trust in utilities, smart-home adoption and pricing fairness, regulators and ombudsmen (Ofgem,
Ofwat, Ofcom, the Bundesnetzagentur, NERSA, CERC, TRAI, the CNE, the SEC, the OEB, the CRTC and their like, some in
more than one form), governments' energy statistics, white papers and legislation as candidates list it (under the
site or the parliament that publishes it), suppliers' annual reports, investor presentations and press pages,
market-research firms and consultancies, the trade press, the press signed and unsigned, and undated pages with access
dates. Names are written as the region's journals print them: Afrikaans particles ("van der Merwe", "du Plessis"),
Zulu, Xhosa and Sotho names, Indian names, Chilean double surnames ("González Vergara"), German names with their
umlauts and "ß", French-Canadian names ("Lévesque", "St-Pierre") and British names.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "de_DE", "de_AT", "zu_ZA", "en_IN", "es_CL", "en_CA", "fr_CA"]

# Names as the region's scholars print them on English-language papers: (particle, family, given).
_NAMES = [
    ("van der", "Merwe", "Pieter"), ("du", "Plessis", "Annelie"), ("van", "Zyl", "Johan"), ("de", "Villiers", "Marike"),
    ("", "Botha", "Riaan"), ("", "Nel", "Elmarie"), ("", "Mokoena", "Thabo"), ("", "Ndlovu", "Sipho"),
    ("", "Dlamini", "Nomvula"), ("", "Naidoo", "Kershnee"), ("", "Pillay", "Desigan"), ("", "Mahlangu", "Lerato"),
    ("", "Nkosi", "Zanele"), ("", "Mthembu", "Bongani"), ("", "Sharma", "Anjali"), ("", "Gupta", "Rahul"),
    ("", "Reddy", "Srinivas"), ("", "Iyer", "Lakshmi"), ("", "Chandrasekaran", "Karthik"), ("", "Banerjee", "Sourav"),
    ("", "Mukherjee", "Paromita"), ("", "Deshpande", "Aditi"), ("", "Venkatesh", "Vasanth"), ("", "Kaur", "Harpreet"),
    ("", "Fernández Vergara", "Catalina"), ("", "González Valdés", "Ignacio"), ("", "Muñoz Soto", "Francisca"),
    ("", "Contreras-Espinoza", "Rodrigo"), ("", "Pérez", "Matías"), ("", "Rojas", "Valentina"), ("", "Álvarez", "Tomás"),
    ("", "Müller", "Jürgen"), ("", "Schäfer", "Katrin"), ("", "Weiß", "Tobias"), ("", "Große", "Anke"),
    ("von", "Loewenfeld", "Friederike"), ("", "Schmidt-Hölzl", "Markus"), ("", "Öztürk", "Derya"),
    ("", "Lévesque", "Geneviève"), ("", "St-Pierre", "Mathieu"), ("", "Tremblay", "Isabelle"), ("", "Côté", "François"),
    ("", "MacDonald", "Fiona"), ("", "O'Brien", "Siobhan"), ("", "McAllister", "Ewan"), ("", "Ó Gallchóir", "Brian"),
]  # fmt: skip

# Who the region's candidates cite when no person is named: (name as cited, tags).
_REGULATORS = [
    ("Ofgem", {"government", "regulator"}), ("Office of Gas and Electricity Markets (Ofgem)", {"government", "abbreviation"}),
    ("Ofwat", {"government", "regulator"}), ("Ofcom", {"government", "regulator"}),
    ("Energy Ombudsman", {"government", "ombudsman"}), ("Ombudsman Services", {"government", "ombudsman"}),
    ("Consumer Council for Water (CCW)", {"government", "abbreviation"}), ("Citizens Advice", {"trade-body"}),
    ("Bundesnetzagentur", {"government", "regulator"}), ("Schlichtungsstelle Energie", {"government", "ombudsman"}),
    ("National Energy Regulator of South Africa (NERSA)", {"government", "abbreviation"}), ("NERSA", {"government", "acronym"}),
    ("Independent Communications Authority of South Africa (ICASA)", {"government", "abbreviation"}),
    ("Central Electricity Regulatory Commission (CERC)", {"government", "abbreviation"}),
    ("Telecom Regulatory Authority of India (TRAI)", {"government", "abbreviation"}), ("TRAI", {"government", "acronym"}),
    ("Comisión Nacional de Energía (CNE)", {"government", "abbreviation"}),
    ("Superintendencia de Electricidad y Combustibles (SEC)", {"government", "abbreviation"}),
    ("Superintendencia de Servicios Sanitarios", {"government", "regulator"}),
    ("Ontario Energy Board", {"government", "regulator"}), ("Ontario Energy Board (OEB)", {"government", "abbreviation"}),
    ("CRTC", {"government", "acronym"}), ("Canadian Radio-television and Telecommunications Commission", {"government", "comma"}),
    ("Commission for Complaints for Telecom-television Services (CCTS)", {"government", "abbreviation"}),
]  # fmt: skip
_STATISTICS = [
    ("Department for Energy Security and Net Zero", {"government"}), ("DESNZ", {"government", "acronym"}),
    ("Department for Business, Energy & Industrial Strategy", {"government", "ampersand", "comma"}),
    ("Office for National Statistics", {"government"}), ("ONS", {"government", "acronym"}),
    ("Statistisches Bundesamt (Destatis)", {"government", "abbreviation"}), ("Destatis", {"government"}),
    ("Bundesministerium für Wirtschaft und Klimaschutz (BMWK)", {"government", "abbreviation"}),
    ("Umweltbundesamt", {"government"}), ("Statistics South Africa", {"government"}), ("Stats SA", {"government"}),
    ("Department of Mineral Resources and Energy", {"government"}), ("Ministry of Power", {"government"}),
    ("Central Electricity Authority", {"government"}), ("NITI Aayog", {"government"}),
    ("Ministerio de Energía", {"government"}), ("Instituto Nacional de Estadísticas (INE)", {"government", "abbreviation"}),
    ("Statistics Canada", {"government"}), ("Natural Resources Canada", {"government"}),
    ("International Energy Agency (IEA)", {"government", "abbreviation"}), ("IEA", {"government", "acronym"}),
]  # fmt: skip
_SUPPLIERS = [
    ("Centrica plc", {"company"}), ("British Gas", {"company"}), ("Octopus Energy", {"company"}), ("E.ON UK", {"company", "punctuation"}),
    ("EDF Energy", {"company"}), ("OVO Energy", {"company"}), ("SSE plc", {"company"}), ("ScottishPower", {"company"}),
    ("Good Energy", {"company"}), ("Sainsbury's Energy", {"company", "apostrophe"}), ("Thames Water", {"company"}),
    ("Severn Trent", {"company"}), ("United Utilities Group PLC", {"company"}), ("BT Group", {"company"}),
    ("Virgin Media O2", {"company"}), ("Pod Point", {"company"}), ("Gridserve", {"company"}), ("Hive", {"company"}),
    ("E.ON SE", {"company", "punctuation"}), ("RWE AG", {"company"}), ("EnBW", {"company"}), ("LichtBlick", {"company"}),
    ("Enpal", {"company"}), ("1KOMMA5°", {"company", "punctuation"}), ("tado°", {"company", "punctuation"}),
    ("Viessmann", {"company"}), ("Eskom", {"company"}), ("Eskom Holdings SOC Ltd", {"company"}), ("Rand Water", {"company"}),
    ("Vumatel", {"company"}), ("Telkom", {"company"}), ("Tata Power", {"company"}), ("Adani Green Energy", {"company"}),
    ("Ather Energy", {"company"}), ("Bharti Airtel", {"company"}), ("Reliance Jio", {"company"}), ("Enel Chile", {"company"}),
    ("Aguas Andinas", {"company"}), ("Copec", {"company"}), ("Entel", {"company"}), ("Hydro-Québec", {"company"}),
    ("BC Hydro", {"company"}), ("Ontario Power Generation", {"company"}), ("FLO", {"company"}), ("ecobee", {"company"}),
    ("Rogers Communications", {"company"}), ("Bell Canada", {"company"}),
]  # fmt: skip
_RESEARCH = [
    ("Mintel", {"market-research"}), ("Statista", {"market-research"}), ("Euromonitor International", {"market-research"}),
    ("YouGov", {"market-research"}), ("Ipsos", {"market-research"}), ("Kantar", {"market-research"}),
    ("GlobalData", {"market-research"}), ("GfK", {"market-research"}), ("Cornwall Insight", {"market-research"}),
    ("BloombergNEF", {"market-research"}), ("Wood Mackenzie", {"market-research"}), ("J.D. Power", {"market-research", "punctuation"}),
    ("McKinsey & Company", {"company", "ampersand"}), ("Deloitte", {"company"}), ("PwC", {"company"}), ("EY", {"company", "acronym"}),
    ("Ernst & Young", {"company", "ampersand"}), ("Frost & Sullivan", {"company", "ampersand"}), ("Accenture", {"company"}),
    ("S&P Global Commodity Insights", {"company", "ampersand"}), ("Moody's", {"company", "apostrophe"}),
    ("Mordor Intelligence", {"market-research"}), ("CRISIL", {"market-research", "acronym"}),
    ("Which?", {"trade-body", "punctuation"}), ("Uswitch", {"company"}), ("Energy Saving Trust", {"trade-body"}),
    ("Energy UK", {"trade-body"}), ("Water UK", {"trade-body"}), ("Solar Energy UK", {"trade-body"}),
    ("Heat Pump Association", {"trade-body"}), ("Zap-Map", {"company"}), ("BDEW", {"trade-body", "acronym"}),
    ("Fraunhofer ISE", {"trade-body"}), ("Agora Energiewende", {"trade-body"}),
    ("South African Photovoltaic Industry Association (SAPVIA)", {"trade-body", "abbreviation"}),
    ("Asociación Chilena de Energías Renovables y Almacenamiento (ACERA)", {"trade-body", "abbreviation"}),
    ("Electric Mobility Canada", {"trade-body"}), ("Energy & Climate Intelligence Unit", {"trade-body", "ampersand"}),
]  # fmt: skip
_LEGISLATION = [
    ("legislation.gov.uk", "https://www.legislation.gov.uk/ukpga/{y}/{n}", ["Energy Act {y}", "Energy Prices Act {y}", "Water Industry Act 1991", "Electricity Act 1989", "Smart Meters Act {y}", "Domestic Gas and Electricity (Tariff Cap) Act {y}", "Telecommunications (Security) Act {y}"]),
    ("UK Parliament", "https://bills.parliament.uk/bills/{n}", ["Energy Bill [HL] {y}", "Water (Special Measures) Bill {y}", "Product Security and Telecommunications Infrastructure Bill {y}"]),
    ("Bundesministerium der Justiz", "https://www.gesetze-im-internet.de/{s}", ["Gebäudeenergiegesetz (GEG)", "Erneuerbare-Energien-Gesetz (EEG {y})", "Energiewirtschaftsgesetz (EnWG)"]),
    ("Republic of South Africa", "https://www.gov.za/documents/{s}", ["Electricity Regulation Amendment Act {y}", "National Energy Act {y}", "Water Services Act {y}"]),
    ("Government of India", "https://www.indiacode.nic.in/handle/{n}", ["The Energy Conservation (Amendment) Act, {y}", "Electricity (Rights of Consumers) Rules, {y}", "The Electricity Act, 2003"]),
    ("Biblioteca del Congreso Nacional de Chile", "https://www.bcn.cl/leychile/navegar?idNorma={n}", ["Ley 21.505: promueve el almacenamiento de energía eléctrica y la electromovilidad", "Ley 20.571: regula el pago de las tarifas eléctricas de las generadoras residenciales", "Ley 21.305 sobre eficiencia energética"]),
    ("Government of Canada", "https://laws-lois.justice.gc.ca/eng/acts/{s}", ["Canadian Net-Zero Emissions Accountability Act", "Clean Electricity Regulations", "Telecommunications Act"]),
]  # fmt: skip
_PUBLISHERS = ["Pearson", "Routledge", "Kogan Page", "Sage", "Oxford University Press", "Wiley", "Palgrave Macmillan",
               "Cengage", "McGraw-Hill", "Springer", "Edward Elgar", "Juta", "Van Schaik", "Tata McGraw-Hill"]  # fmt: skip
_PLACES = ["London", "Harlow", "Oxford", "Abingdon", "Chichester", "Cape Town", "Pretoria", "New Delhi", "Cham",
           "Toronto", "Berlin", "Santiago", "Cheltenham", "Hoboken, NJ"]  # fmt: skip
_JOURNALS = ["Energy Policy", "Energy Research & Social Science", "Journal of Services Marketing", "Journal of Service Research",
             "Journal of Marketing", "Journal of Business Research", "Utilities Policy", "Renewable and Sustainable Energy Reviews",
             "Technological Forecasting and Social Change", "Journal of Cleaner Production", "Sustainability",
             "International Journal of Consumer Studies", "Journal of Retailing and Consumer Services",
             "South African Journal of Business Management", "Journal of Energy in Southern Africa", "Indian Journal of Marketing",
             "IIMB Management Review", "Academia Revista Latinoamericana de Administración", "Canadian Journal of Administrative Sciences",
             "Zeitschrift für Energiewirtschaft", "Energy Economics", "Psychology & Marketing", "Journal of Consumer Behaviour",
             "Journal of Strategic Marketing", "European Journal of Marketing", "Journal of Marketing Management"]  # fmt: skip
_TRADE = ["Utility Week", "Current±", "Solar Power Portal", "Energy Live News", "The Energyst", "BusinessGreen", "ESI Africa",
          "Mercom India", "ETEnergyWorld", "pv magazine", "Clean Energy Wire", "electrive", "Electric Autonomy Canada",
          "Revista Electricidad", "H&V News", "ISPreview"]  # fmt: skip
_NEWS = ["BBC News", "The Guardian", "Financial Times", "The Times", "The Telegraph", "Handelsblatt", "DER SPIEGEL",
         "Mail & Guardian", "News24", "Business Day", "Daily Maverick", "The Economic Times", "The Hindu BusinessLine",
         "Mint", "Diario Financiero", "La Tercera", "El Mercurio", "The Globe and Mail", "CBC News", "Financial Post"]  # fmt: skip
_TOPICS = ["switching behaviour", "supplier switching", "green tariffs", "trust in utilities", "smart meter adoption",
           "smart thermostats", "heat pump adoption", "rooftop solar", "time-of-use tariffs", "pricing fairness",
           "price caps", "fuel poverty", "load-shedding", "prepaid electricity", "EV charging", "home batteries",
           "water affordability", "fibre broadband", "customer vulnerability", "green consumption", "demand response",
           "net zero", "energy literacy", "service recovery", "customer complaints", "the energy crisis"]  # fmt: skip
_MARKETS = ["domestic energy", "heat pumps", "residential solar PV", "EV charging", "smart home devices", "home broadband",
            "water and sewerage", "home batteries", "smart thermostats", "prepaid electricity"]  # fmt: skip
_COUNTRIES = ["UK", "Germany", "South Africa", "India", "Chile", "Canada", "Europe"]
# The classics that the region's candidates still cite: (authors, year, title, kind, container or publisher, place).
_CLASSICS: list[tuple[list[tuple[str, str, str]], int, str, str, str, str]] = [
    ([("", "Keaveney", "Susan M.")], 1995, "Customer switching behavior in service industries: an exploratory study", "journal", "Journal of Marketing", "59(2), 71-82"),
    ([("", "Morgan", "Robert M."), ("", "Hunt", "Shelby D.")], 1994, "The commitment-trust theory of relationship marketing", "journal", "Journal of Marketing", "58(3), 20-38"),
    ([("", "Davis", "Fred D.")], 1989, "Perceived usefulness, perceived ease of use, and user acceptance of information technology", "journal", "MIS Quarterly", "13(3), 319-340"),
    ([("", "Ajzen", "Icek")], 1991, "The theory of planned behavior", "journal", "Organizational Behavior and Human Decision Processes", "50(2), 179-211"),
    ([("", "Xia", "Lan"), ("", "Monroe", "Kent B."), ("", "Cox", "Jennifer L.")], 2004, "The price is unfair! A conceptual framework of price fairness perceptions", "journal", "Journal of Marketing", "68(4), 1-15"),
    ([("", "Parasuraman", "A."), ("", "Zeithaml", "Valarie A."), ("", "Berry", "Leonard L.")], 1988, "SERVQUAL: a multiple-item scale for measuring consumer perceptions of service quality", "journal", "Journal of Retailing", "64(1), 12-40"),
    ([("", "Wirtz", "Jochen"), ("", "Lovelock", "Christopher")], 2022, "Services marketing: people, technology, strategy", "book", "World Scientific", "Singapore"),
    ([("", "Belz", "Frank-Martin"), ("", "Peattie", "Ken")], 2012, "Sustainability marketing: a global perspective", "book", "Wiley", "Chichester"),
    ([("", "Rogers", "Everett M.")], 2003, "Diffusion of innovations", "book", "Free Press", "New York"),
    ([("", "Kotler", "Philip"), ("", "Keller", "Kevin Lane"), ("", "Chernev", "Alexander")], 2022, "Marketing management", "book", "Pearson", "Harlow"),
    ([("", "Ottman", "Jacquelyn A.")], 2011, "The new rules of green marketing", "book", "Greenleaf", "Sheffield"),
    ([("", "Zeithaml", "Valarie A."), ("", "Bitner", "Mary Jo"), ("", "Gremler", "Dwayne D.")], 2018, "Services marketing: integrating customer focus across the firm", "book", "McGraw-Hill", "New York"),
]  # fmt: skip


_UK_PAPERS = ["Powering our net zero future", "Energy security plan", "Heat and buildings strategy", "Plan for water",
              "Smart systems and flexibility plan", "Net zero strategy: build back greener", "Wireless infrastructure strategy",
              "Consultation on market-wide half-hourly settlement", "Taking charge: the electric vehicle infrastructure strategy"]  # fmt: skip
_WHITE_PAPERS = [
    ("HM Government", {"government"}, "London", _UK_PAPERS), ("DESNZ", {"government", "acronym"}, "London", _UK_PAPERS),
    ("Department for Energy Security and Net Zero", {"government"}, "London", _UK_PAPERS),
    ("Department for Environment, Food & Rural Affairs", {"government", "ampersand", "comma"}, "London", ["Plan for water", "Water white paper", "Water resources planning guideline"]),
    ("Bundesministerium für Wirtschaft und Klimaschutz (BMWK)", {"government", "abbreviation"}, "Berlin", ["Eröffnungsbilanz Klimaschutz", "Strom 2030", "Wärmepumpen-Offensive: Eckpunkte {y}", "Gesetz für die Wärmeplanung: Eckpunkte"]),
    ("Department of Mineral Resources and Energy", {"government"}, "Pretoria", ["Integrated resource plan {y}", "Energy security master plan", "Just energy transition investment plan"]),
    ("Ministry of Power", {"government"}, "New Delhi", ["National electricity plan", "Guidelines for charging infrastructure for electric vehicles", "Draft national electricity policy {y}"]),
    ("Ministerio de Energía", {"government"}, "Santiago", ["Política energética nacional 2050", "Estrategia nacional de electromovilidad", "Plan de descarbonización"]),
    ("Natural Resources Canada", {"government"}, "Ottawa", ["Canada's energy future", "Powering Canada's future: a clean electricity strategy", "Zero-emission vehicle infrastructure program"]),
]  # fmt: skip
_PLACE = {"Bundesministerium für Wirtschaft und Klimaschutz (BMWK)": "Berlin", "Department of Mineral Resources and Energy": "Pretoria",
          "Ministry of Power": "New Delhi", "Ministerio de Energía": "Santiago", "Natural Resources Canada": "Ottawa"}  # fmt: skip
_SITES = {"Ofgem": "ofgem.gov.uk", "Ofwat": "ofwat.gov.uk", "Ofcom": "ofcom.org.uk", "Energy Ombudsman": "energyombudsman.org",
          "Ombudsman Services": "ombudsman-services.org", "CCW": "ccw.org.uk", "Citizens Advice": "citizensadvice.org.uk",
          "Bundesnetzagentur": "bundesnetzagentur.de", "Schlichtungsstelle Energie": "schlichtungsstelle-energie.de",
          "NERSA": "nersa.org.za", "ICASA": "icasa.org.za", "CERC": "cercind.gov.in", "TRAI": "trai.gov.in", "CNE": "cne.cl",
          "SEC": "sec.cl", "Superintendencia de Servicios Sanitarios": "siss.gob.cl", "Ontario Energy Board": "oeb.ca",
          "OEB": "oeb.ca", "CRTC": "crtc.gc.ca", "Canadian Radio-television and Telecommunications Commission": "crtc.gc.ca",
          "CCTS": "ccts-cprst.ca", "Destatis": "destatis.de", "BMWK": "bmwk.de", "Umweltbundesamt": "umweltbundesamt.de",
          "Statistics South Africa": "statssa.gov.za", "Stats SA": "statssa.gov.za", "Department of Mineral Resources and Energy": "dmre.gov.za",
          "Ministry of Power": "powermin.gov.in", "Central Electricity Authority": "cea.nic.in", "NITI Aayog": "niti.gov.in",
          "Ministerio de Energía": "energia.gob.cl", "INE": "ine.gob.cl", "Statistics Canada": "statcan.gc.ca",
          "Natural Resources Canada": "natural-resources.canada.ca", "IEA": "iea.org", "ONS": "ons.gov.uk", "Office for National Statistics": "ons.gov.uk"}  # fmt: skip


_GERMAN = {"E.ON SE", "RWE AG", "EnBW", "LichtBlick", "Enpal", "1KOMMA5°", "tado°", "Viessmann"}
_CHILEAN = {"Enel Chile", "Aguas Andinas", "Copec", "Entel"}


def _home(name: str) -> str:
    """A firm's or a paper's own web address, made from its name ("Octopus Energy" at www.octopusenergy.com)."""
    return "www." + "".join(ch for ch in name.split(" (")[0].lower() if ch.isascii() and ch.isalnum()) + ".com"


def _site(name: str) -> str:
    """The web address of a body's pages: its own site where it has one, GOV.UK for the UK's departments."""
    short = name.split("(")[-1].rstrip(")") if "(" in name else name
    return _SITES.get(short, _SITES.get(name, "www.gov.uk/government"))


class Blind374WorkFactory(WorkFactory):
    """Works for the blind374 pool: energy, water, broadband and smart-home marketing in six countries."""

    KINDS = ("book", "chapter", "journal", "regulator", "statistics", "white-paper", "legislation", "annual-report",
             "investor", "press-release", "market-research", "trade-press", "news", "web")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 374)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.dated: list[tuple[str, set[str], list[int], str]] = []
        self.used: set[str] = set()  # a classic is cited once in a report

    # ------------------------------------------------------------------ people and dates
    def person(self) -> dict[str, str]:
        if self.rng.random() < 0.35:
            particle, family, given = self.rng.choice(_NAMES)
        else:
            fake = self.fakers[self.rng.choice(_LOCALES)]
            particle, family, given = "", fake.last_name(), fake.first_name()
            if self.rng.random() < 0.06:
                family = f"{family}-{self.fakers['en_GB'].last_name()}"
        if self.rng.random() < 0.15:  # initials only, as some journals print them
            given = " ".join(f"{part[0]}." for part in given.split())
        name = {"family": family, "given": given}
        if particle:
            name["non-dropping-particle"] = particle
        return name

    def year(self) -> int:
        if self.rng.random() < 0.04:
            return self.rng.randint(1986, 2004)
        return self.rng.randint(2010, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        first = 2023 if issued is None else max(2023, issued[0] + 1)  # a work of 2025 read in 2026
        return {
            "date-parts": [
                [self.rng.randint(first, max(first, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            ]
        }

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice([t for t in _TOPICS if t != topic])
        country = self.rng.choice(_COUNTRIES).replace("UK", "the UK")
        forms = [
            f"{topic[0].upper()}{topic[1:]} and {other}: evidence from {country}",
            f"Why households resist {topic}: a study of {self.rng.choice(['UK', 'German', 'South African', 'Indian', 'Chilean', 'Canadian'])} consumers",
            f"{topic[0].upper()}{topic[1:]} in {country}: drivers and barriers",
            f"The role of trust in {topic}",
            f"Understanding {topic} among low-income households",
            f"{topic[0].upper()}{topic[1:]}, {other} and customer loyalty",
            f"Rethinking {topic} after the energy crisis",
            f"Is it worth investing in {topic}? Evidence from {country}",
        ]
        return self.rng.choice(forms)

    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "regulator", "statistics", "white-paper", "legislation", "annual-report",
             "investor", "press-release", "market-research", "trade-press", "news", "web"],
            weights=[9, 5, 22, 10, 7, 3, 3, 6, 3, 5, 9, 6, 7, 5],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[30, 28, 18, 9, 6, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        """An organisation's work; now and then the same body in the same year as an earlier work of its kind
        ("Ofgem, 2023a" and "2023b"), its title's year moved with it."""
        same = [entry for entry in self.dated if entry[3] == kind]
        if same and "issued" in record and self.rng.random() < 0.15:
            name, tags, issued, _kind = self.rng.choice(same)
            old = str(record["issued"]["date-parts"][0][0])
            record["title"] = record["title"].replace(old, str(issued[0]))
            record["issued"] = {"date-parts": [list(issued)]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(issued)
            if "publisher" in record:
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated.append((name, tags, record["issued"]["date-parts"][0], kind))
        return self._org_work(record, kind, name, set(tags))

    def _classic(self, kind: str) -> Work | None:
        classics = [c for c in _CLASSICS if c[3] == kind and c[2] not in self.used]
        if not classics or self.rng.random() > 0.12:
            return None
        authors, year, title, _kind, container, detail = self.rng.choice(classics)
        self.used.add(title)
        people = [{"family": f, "given": g} | ({"non-dropping-particle": p} if p else {}) for p, f, g in authors]
        record: dict[str, Any] = {"title": title, "author": people, "issued": {"date-parts": [[year]]}}
        if kind == "journal":
            volume, _, pages = detail.partition(", ")
            record |= {"type": "article-journal", "container-title": container, "volume": volume.split("(")[0],
                       "issue": volume.split("(")[1].rstrip(")"), "page": pages}  # fmt: skip
        else:
            record |= {"type": "book", "publisher": container, "publisher-place": detail}
        return self._person_work(record, kind)

    # ------------------------------------------------------------------ works
    def _book(self) -> Work:
        classic = self._classic("book")
        if classic is not None:
            return classic
        subject = self.rng.choice(["Services marketing", "Sustainability marketing", "Marketing", "Green marketing",
                                   "Marketing management", "Utility marketing", "Energy marketing", "Consumer behaviour",
                                   "Strategic marketing", "Digital marketing"])  # fmt: skip
        title = self.rng.choice([subject, f"{subject}: {self.rng.choice(['a global perspective', 'concepts and cases', 'an introduction', 'strategy and practice', 'theory and practice'])}",
                                 f"{subject} in {self.rng.choice(['emerging markets', 'South Africa', 'India', 'a net-zero economy', 'regulated industries'])}"])  # fmt: skip
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(_PUBLISHERS),
                                  "publisher-place": self.rng.choice(_PLACES)}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 9))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The Routledge handbook of energy marketing", "Handbook of sustainability marketing",
                                                "The Palgrave handbook of consumer behaviour and the energy transition",
                                                "Research handbook on services marketing", "Marketing utilities in emerging economies"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "Edward Elgar", "Palgrave Macmillan", "Springer"]),
            "publisher-place": self.rng.choice(["London", "Abingdon", "Cheltenham", "Cham"]),
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        classic = self._classic("journal")
        if classic is not None:
            return classic
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 190)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.1:  # an article number instead of pages
            record["page"] = str(self.rng.randint(100000, 114999))
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice(['1016', '1108', '1177', '1002', '3390'])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(2010, 2025)}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _online(self, record: dict[str, Any], url: str, undated: float) -> dict[str, Any]:
        record["URL"] = url
        if self.rng.random() < undated:
            record.pop("issued", None)
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        return record

    def _regulator(self) -> Work:
        name, tags = self.rng.choice(_REGULATORS)
        year = self.rng.randint(2012, 2025)
        title = self.rng.choice([f"State of the market report {year}", f"Consumer experience survey {year}",
                                 f"Complaints data: {self.rng.choice(['quarterly', 'annual'])} report", "Guidance on treating customers in vulnerable circumstances",
                                 f"Decision on the {self.rng.choice(['default tariff cap', 'standing charge review', 'price review', 'switching rules'])}",
                                 f"{self.rng.choice(_MARKETS).capitalize()}: consumer protection review", "Annual report and accounts",
                                 "Check if your supplier is treating you fairly", "How to complain about your provider"])  # fmt: skip
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": title,
            "issued": {"date-parts": [[year]]},
        }
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        slug = self.fakers["en_GB"].slug()
        return self._org(
            self._online(record, f"https://{_site(name)}/{slug}", 0.15),
            "regulator",
            name,
            tags,
        )

    def _statistics(self) -> Work:
        name, tags = self.rng.choice(_STATISTICS)
        year = self.rng.randint(2014, 2025)
        title = self.rng.choice([f"Energy trends: {self.rng.choice(['March', 'June', 'September', 'December'])} {year}",
                                 f"Digest of energy statistics {year}", f"Household energy consumption {year}",
                                 f"Regional electricity consumption {year}", "Fuel poverty statistics",
                                 f"Electricity generation and supply {year}", f"Census {year}: household services",
                                 f"Energy efficiency of housing {year}", f"Smart meter statistics {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage", "dataset"]), "title": title,
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        if record["type"] == "dataset":
            record["type"] = "report"
        return self._org(
            self._online(record, f"https://{_site(name)}/statistics/{self.fakers['en_GB'].slug()}", 0.0),
            "statistics",
            name,
            tags,
        )

    def _white_paper(self) -> Work:
        name, tags, place, titles = self.rng.choice(_WHITE_PAPERS)
        year = self.rng.randint(2011, 2025)
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles).format(y=year), "issued": {"date-parts": [[year]]},
                                  "publisher": "HM Government" if name == "DESNZ" else name.split(" (")[0], "publisher-place": place}  # fmt: skip
        if place == "London" and self.rng.random() < 0.4:
            record["number"] = f"CP {self.rng.randint(100, 999)}"
        if self.rng.random() < 0.7:
            self._online(record, f"https://{_site(name)}/publications/{self.fakers['en_GB'].slug()}", 0.0)
        return self._org(record, "white-paper", name, tags)

    def _legislation(self) -> Work:
        name, url, titles = self.rng.choice(_LEGISLATION)
        year = self.rng.randint(2008, 2024)
        title = self.rng.choice(titles).format(y=year)
        record: dict[str, Any] = {"type": "webpage", "title": title, "issued": {"date-parts": [[year]]}}
        self._online(record, url.format(y=year, n=self.rng.randint(1, 3999), s=self.fakers["en_GB"].slug()), 0.0)
        return self._org(record, "legislation", name, {"government", "legislation"})

    def _annual_report(self) -> Work:
        name, tags = self.rng.choice(_SUPPLIERS)
        year = self.rng.randint(2012, 2025)
        title = self.rng.choice([f"Annual report and accounts {year}", f"Annual report {year - 1}/{str(year)[2:]}",
                                 f"Integrated annual report {year}", f"Sustainability report {year}", f"Integrated report FY{str(year)[2:]}",
                                 "Climate transition plan", f"ESG report {year}"])  # fmt: skip
        if name in _GERMAN and self.rng.random() < 0.3:  # filed under the title of the German edition
            title = f"Geschäftsbericht {year}"
        if name in _CHILEAN and self.rng.random() < 0.3:
            title = f"Memoria anual {year}"
        record: dict[str, Any] = {
            "type": "report",
            "title": title,
            "issued": {"date-parts": [[year]]},
            "publisher": name,
        }
        if self.rng.random() < 0.7:
            self._online(
                record,
                f"https://{_home(name)}/investors/{self.fakers['en_GB'].slug()}",
                0.0,
            )
        return self._org(record, "annual-report", name, tags)

    def _investor(self) -> Work:
        name, tags = self.rng.choice(_SUPPLIERS)
        year = self.rng.randint(2015, 2025)
        title = self.rng.choice([f"Full year results {year}: investor presentation", f"Capital markets day {year}",
                                 f"Half year results {year}", f"Q{self.rng.randint(1, 4)} FY{str(year)[2:]} earnings presentation",
                                 "Investor day: strategy update"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "publisher": name}  # fmt: skip
        self._online(record, f"https://{_home(name)}/investors/{self.fakers['en_GB'].slug()}", 0.0)
        return self._org(record, "investor", name, tags)

    def _press_release(self) -> Work:
        name, tags = self.rng.choice(_SUPPLIERS)
        year = self.rng.randint(2015, 2025)
        title = self.rng.choice([f"{name.split()[0]} launches new {self.rng.choice(['green tariff', 'heat pump offer', 'smart EV tariff', 'fibre package', 'social tariff', 'solar bundle'])}",
                                 "Our response to the price cap announcement", "Customer satisfaction reaches record high",
                                 f"{self.rng.randint(2, 12)} million smart meters installed", "Help for customers struggling with bills",
                                 "Newsroom", "Our commitment to net zero", "About us"])  # fmt: skip
        record: dict[str, Any] = {
            "type": "webpage",
            "title": title,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
        }
        self._online(record, f"https://{_home(name)}/news/{self.fakers['en_GB'].slug()}", 0.25)
        return self._org(record, "press-release", name, tags)

    def _market_research(self) -> Work:
        name, tags = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2014, 2025)
        market, country = self.rng.choice(_MARKETS), self.rng.choice(_COUNTRIES)
        title = self.rng.choice([f"{market.capitalize()} - {country} - {self.rng.choice(['January', 'May', 'September'])} {year}",
                                 f"{country} {market} market: size, share and forecast to 2030", f"Consumer attitudes to {market} {year}",
                                 f"Customer satisfaction study: {market} {year}", f"The future of {market} in {country}",
                                 f"Share of {country} households with {market}, {year - 5} to {year}",
                                 f"{market.capitalize()} outlook {year}"])  # fmt: skip
        record: dict[str, Any] = {
            "type": "report",
            "title": title,
            "issued": {"date-parts": [[year]]},
            "publisher": name.split(" (")[0],
        }
        if self.rng.random() < 0.8:
            self._online(record, f"https://{_home(name)}/{self.fakers['en_GB'].slug()}", 0.1)
        return self._org(record, "market-research", name, tags)

    def _trade_press(self) -> Work:
        year = self.rng.randint(2014, 2025)
        record: dict[str, Any] = {"type": "article-magazine", "title": self._headline(), "container-title": self.rng.choice(_TRADE),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}}  # fmt: skip
        self._online(record, f"https://{_home(record['container-title'])}/{self.fakers['en_GB'].slug()}", 0.0)
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "trade-press")
        return self._org(record, "trade-press", record["container-title"], {"press"})

    def _news(self) -> Work:
        year = self.rng.randint(2012, 2025)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._headline(), "container-title": self.rng.choice(_NEWS),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}}  # fmt: skip
        self._online(record, f"https://{_home(record['container-title'])}/{self.fakers['en_GB'].slug()}", 0.0)
        if self.rng.random() < 0.6:
            record["author"] = self._people(3)
            return self._person_work(record, "news")
        return self._org(record, "news", record["container-title"], {"press"})

    def _headline(self) -> str:
        supplier = self.rng.choice(_SUPPLIERS)[0]
        return self.rng.choice([f"{supplier} customers face higher standing charges", "Households shun heat pumps despite grants",
                                f"{supplier} named worst for complaints", "Load-shedding drives rooftop solar boom",
                                "Price cap to fall in April, regulator says", "Why switching supplier is back",
                                f"{supplier} fined over billing failures", "Smart meters: millions still not working",
                                "EV drivers complain of broken chargers", "Water bills to rise by a fifth",
                                "Fibre price war hits rural broadband", "Heat pump sales fall after heating law row"])  # fmt: skip

    def _web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(["Compare energy tariffs", "What is a heat pump?",
                                  "How the energy price cap works", "Solar panels: are they worth it?", "Smart thermostats explained",
                                  "Home EV charging guide", "Help with water bills", "Social tariffs for broadband", self._title()]),
                                  "issued": {"date-parts": [[self.rng.randint(2014, 2025)]]}}  # fmt: skip
        url = self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path()  # a blog or an installer's guide
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            self._online(record, url, 0.5)
            return self._person_work(record, "web")
        name, tags = self.rng.choice(_RESEARCH[23:] + _SUPPLIERS + _REGULATORS[:8])
        if "government" in tags:
            url = f"https://{_site(name)}/{self.fakers['en_GB'].slug()}"
        self._online(record, url, 0.5)
        return self._org(record, "web", name, tags)
