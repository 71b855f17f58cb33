"""Works the blind347 pool cites: what marketers at estate and letting agents, property portals, online and hybrid
agents, new-homes developers, mortgage brokers and conveyancers in the UK, Ireland, Spain, Portugal, Australia and
South Africa cite in CIM Level 6 and 7 reports and MBA assignments.

Written without reading the checker, its tests or any other pool. Books, chapters and journal articles (property,
housing and services-marketing journals) with one to eight authors; reports and pages of governments and public
bodies; firms' pages and annual reports (plc, Ltd, LLP, S.A., S.L., Lda., Pty Ltd, (Pty) Ltd); professional and
trade bodies; the press signed and unsigned; market research and house-price indices, with and without years; the
marketing texts every candidate cites; undated pages. Names as this region's scholars print them: Spanish with
"de", "del" and "y", Portuguese with "da", "dos" and "e", Irish with "O'", "Mac" and "Ní", Afrikaans with "van",
"du" and "le" (and "Van der" as South African journals capitalise it), Zulu and Xhosa, Australian and British.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import copy
import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "government", "company", "trade-body", "news", "market-research", "classic",
         "web-person", "undated-web")  # fmt: skip

# Surnames the pool's decoys name (founders, presenters, politicians): never given to an author, so that no decoy
# such as "Michael Bruce (2012)" can ever name a work in the list.
_DECOY_SURNAMES = {"Hunt", "Allsopp", "Spencer", "Bruce", "Thatcher", "Truss", "Kwarteng", "Savill", "Frank",
                   "Knight", "Hooker", "White", "Golding", "Seeff", "Sunak", "Osborne", "McCloud", "Stanhope",
                   "Baird", "Hunter", "Quinn", "Chesterman", "Foxton", "Dorfman", "Connell", "Barratt", "Wimpey", "Bannon", "Dunne"}  # fmt: skip

_BRITISH = [("Thompson", "Rachel"), ("Harris", "James"), ("Clarke", "Sophie"), ("Walsh", "Tom"), ("Patel", "Anjali"),
            ("Hughes", "Gareth"), ("Lloyd", "Emma"), ("Green", "Daniel"), ("Ball", "Michael"), ("Crook", "Tony"),
            ("Marsh", "Alex"), ("Gibb", "Kenneth"), ("Smith", "Susan J."), ("Jones", "Colin"), ("Pryce", "Gwilym"),
            ("Leishman", "Chris"), ("Ashworth-Hayes", "Sam"), ("Kirkham", "Joanne"), ("Begum", "Nasreen"),
            ("Okafor", "Chinedu"), ("Whitehead", "Christine"), ("Mulheirn", "Ian"), ("Nanda", "Anupam")]  # fmt: skip
_AUSTRALIAN = [("Nguyen", "Linh"), ("Reed", "Richard"), ("Wilkinson", "Sara"), ("Yates", "Judith"), ("Costello", "Greg"),
               ("Ong", "Rachel"), ("Pawson", "Hal"), ("Randolph", "Bill"), ("Tan", "Wei Ling"), ("Fitzpatrick", "Kate"),
               ("Sims", "Rebecca"), ("Papadopoulos", "Nick"), ("Kemp", "Laura"), ("Murray", "Cameron")]  # fmt: skip
_IRISH = [("O'Sullivan", "Eoin"), ("O'Brien", "Aoife"), ("MacLaran", "Andrew"), ("Mac Donncha", "Seán"),
          ("Ní Bhriain", "Áine"), ("Ní Chonaill", "Siobhán"), ("Ó Riain", "Cian"), ("McQuinn", "Kieran"),
          ("Lyons", "Ronan C."), ("Kennedy", "Gerard"), ("FitzGerald", "Niamh"), ("O'Toole", "Caoimhe"),
          ("Mac Giolla Phádraig", "Dónal"), ("Ní Fhlatharta", "Orla")]  # fmt: skip
_SPANISH = [("García", "Lucía"), ("Fernández", "José Luis"), ("Martínez del Río", "Ana"), ("López y Sáenz", "Pablo"),
            ("Sánchez-Ollero", "José Luis"), ("Rodríguez", "Marta"), ("Gómez", "Javier"), ("Pérez y Pérez", "Luis"),
            ("Ruiz", "Carmen"), ("Romero", "Álvaro"), ("Hernández", "Irene"), ("Muñoz", "Sergio"),
            ("García-Montalvo", "José"), ("Ibáñez", "Nuria")]  # fmt: skip
_SPANISH_PARTICLES = [("de la", "Fuente", "Ángel"), ("del", "Valle", "Rocío"), ("de", "Miguel", "Beatriz"),
                      ("de la", "Paz", "Paloma"), ("del", "Pozo", "Enrique")]  # fmt: skip
_PORTUGUESE = [("Ferreira", "João"), ("Almeida", "Inês"), ("Sousa e Silva", "Rui"), ("Pereira", "Mariana"),
               ("Costa", "Tiago"), ("Gonçalves", "Beatriz"), ("Mendes", "Rita"), ("Sá e Melo", "Duarte"),
               ("Marques", "Filipa"), ("Carvalho", "Nuno"), ("Lopes", "Catarina"), ("Brandão", "Gonçalo")]  # fmt: skip
_PORTUGUESE_PARTICLES = [("da", "Silva", "Ana"), ("dos", "Santos", "Pedro"), ("da", "Costa", "Helena"),
                         ("dos", "Reis", "Miguel"), ("das", "Neves", "Joana"), ("da", "Cunha", "Ricardo")]  # fmt: skip
_AFRIKAANS = [("Van der Merwe", "Johan"), ("Du Plessis", "Anri"), ("Le Roux", "Pieter"), ("Van Zyl", "Elmarie"),
              ("Botha", "Riaan"), ("Pretorius", "Liezl"), ("Steyn", "Hennie"), ("Nel", "Marike"), ("Coetzee", "Willem"),
              ("Boshoff", "Douw"), ("Cloete", "Chris E."), ("Kotzé", "Annelie")]  # fmt: skip
_AFRIKAANS_PARTICLES = [("van der", "Merwe", "Karin"), ("du", "Toit", "Jacques"), ("le", "Grange", "Suné"),
                        ("van", "Wyk", "Hendrik"), ("du", "Preez", "Marlize"), ("van den", "Berg", "Ruan")]  # fmt: skip
_NGUNI = [("Dlamini", "Thandiwe"), ("Nkosi", "Sipho"), ("Mthembu", "Nomvula"), ("Ndlovu", "Bongani"),
          ("Zungu", "Lindiwe"), ("Mabaso", "Themba"), ("Ngcobo", "Zanele"), ("Mthethwa", "Sibusiso"),
          ("Qamata", "Ayanda"), ("Gqola", "Nomalanga"), ("Nqweniso", "Lwazi"), ("Mbatha", "Nokuthula"),
          ("Xaba", "Mandla"), ("Sithole", "Busisiwe"), ("Ntuli", "Phumzile"), ("Mahlangu", "Khanyisile")]  # fmt: skip

_JOURNALS = ["Journal of Property Research", "Journal of Housing Economics", "Housing Studies",
             "Journal of Real Estate Research", "Property Management", "Journal of Services Marketing",
             "Journal of Interactive Marketing", "Journal of Marketing Management", "Journal of European Real Estate Research",
             "International Journal of Housing Markets and Analysis", "Journal of Property Investment & Finance",
             "Urban Studies", "Journal of Marketing", "Journal of Business Research"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Pearson", "Harlow"), ("Wiley-Blackwell", "Chichester"), ("Kogan Page", "London"),
               ("Palgrave Macmillan", "Basingstoke"), ("Estates Gazette", "London"), ("Sage", "London"),
               ("Juta", "Cape Town"), ("Van Schaik", "Pretoria"), ("Cambridge University Press", "Cambridge"),
               ("Oxford University Press", "Oxford"), ("Edward Elgar", "Cheltenham")]  # fmt: skip
_TOPICS = ["portal fees", "property listings", "hybrid estate agency", "online estate agents", "virtual viewings",
           "first-time buyers", "mortgage affordability", "new-build marketing", "online reviews", "trust in estate agents",
           "digital channels", "listing photography", "house price expectations", "build-to-rent", "letting agents",
           "tenant fees", "shared ownership", "help-to-buy schemes", "conveyancing speed", "mortgage brokers",
           "property portals", "agent branding", "buyer search behaviour", "vendor instructions", "open houses",
           "lead generation", "energy performance certificates", "show homes", "the rental market", "home valuation"]  # fmt: skip
_PLACES = ["the UK", "England", "London", "Ireland", "Dublin", "Spain", "Madrid", "Portugal", "Lisbon", "Australia",
           "Sydney", "Melbourne", "South Africa", "Cape Town", "Gauteng", "Scotland", "Wales"]  # fmt: skip

# (name, tags, the years a decoy of this pool gives the firm: its works are never dated then)
_GOVERNMENT = [("HM Land Registry", {"government"}), ("Department for Levelling Up, Housing and Communities", {"government", "comma"}),
               ("Department for Levelling Up, Housing and Communities (DLUHC)", {"government", "comma", "abbreviation"}),
               ("Office for National Statistics", {"government"}), ("Office for National Statistics (ONS)", {"government", "abbreviation"}),
               ("ONS", {"government", "acronym"}), ("Competition and Markets Authority", {"government"}),
               ("Competition and Markets Authority (CMA)", {"government", "abbreviation"}), ("Bank of England", {"government"}),
               ("Financial Conduct Authority", {"government"}), ("Financial Conduct Authority (FCA)", {"government", "abbreviation"}),
               ("Property Services Regulatory Authority (PSRA)", {"government", "abbreviation"}),
               ("Central Statistics Office", {"government"}), ("Central Statistics Office (CSO)", {"government", "abbreviation"}),
               ("Instituto Nacional de Estadística (INE)", {"government", "abbreviation"}),
               ("Instituto Nacional de Estadística", {"government"}), ("Instituto Nacional de Estatística", {"government"}),
               ("Instituto Nacional de Estatística (INE)", {"government", "abbreviation"}),
               ("Australian Bureau of Statistics", {"government"}), ("Australian Bureau of Statistics (ABS)", {"government", "abbreviation"}),
               ("Reserve Bank of Australia", {"government"}), ("Statistics South Africa", {"government"}),
               ("Stats SA", {"government", "acronym"}), ("Property Practitioners Regulatory Authority (PPRA)", {"government", "abbreviation"}),
               ("Estate Agency Affairs Board", {"government"}), ("Department of Housing, Local Government and Heritage", {"government", "comma"}),
               ("HM Treasury", {"government"}), ("Ministerio de Vivienda y Agenda Urbana", {"government"})]  # fmt: skip
_COMPANIES = [("Rightmove plc", {"company"}), ("Zoopla Ltd", {"company"}), ("Foxtons Group plc", {"company"}),
              ("Savills plc", {"company"}), ("Knight Frank LLP", {"company"}), ("Purplebricks Group plc", {"company"}),
              ("Connells Ltd", {"company"}), ("Barratt Developments plc", {"company"}), ("Persimmon Plc", {"company"}),
              ("Taylor Wimpey plc", {"company"}), ("Idealista S.A.", {"company"}), ("REA Group Ltd", {"company"}),
              ("Domain Holdings Australia Ltd", {"company"}), ("Pam Golding Properties (Pty) Ltd", {"company", "brackets"}),
              ("Seeff Properties (Pty) Ltd", {"company", "brackets"}), ("Property24 (Pty) Ltd", {"company", "brackets"}),
              ("Engel & Völkers", {"company", "ampersand"}), ("Strutt & Parker", {"company", "ampersand"}),
              ("Marsh & Parsons", {"company", "ampersand"}), ("Sotheby's International Realty", {"company", "apostrophe"}),
              ("Lisney Sotheby's International Realty", {"company", "apostrophe"}), ("Sherry FitzGerald Group", {"company"}),
              ("DNG Estate Agents", {"company"}), ("Adevinta Spain S.L.", {"company"}), ("ERA Portugal Lda.", {"company"}),
              ("Imovirtual Lda.", {"company"}), ("Habito Ltd", {"company"}), ("Trussle Lab Ltd", {"company"}),
              ("Countrywide plc", {"company"}), ("OnTheMarket plc", {"company"}), ("Ray White Group Pty Ltd", {"company"}),
              ("LJ Hooker Group Pty Ltd", {"company"}), ("Hamptons International Ltd", {"company"}),
              ("Daft.ie", {"company", "punctuation"}), ("MyHome.ie", {"company", "punctuation"})]  # fmt: skip
_TRADE_BODIES = [("Royal Institution of Chartered Surveyors (RICS)", {"trade-body", "abbreviation"}),
                 ("RICS", {"trade-body", "acronym"}), ("Royal Institution of Chartered Surveyors", {"trade-body"}),
                 ("Propertymark", {"trade-body"}), ("The Property Ombudsman", {"trade-body"}),
                 ("Home Builders Federation (HBF)", {"trade-body", "abbreviation"}), ("Home Builders Federation", {"trade-body"}),
                 ("UK Finance", {"trade-body"}), ("Institute of Professional Auctioneers & Valuers (IPAV)", {"trade-body", "ampersand", "abbreviation"}),
                 ("Real Estate Institute of Australia (REIA)", {"trade-body", "abbreviation"}),
                 ("Real Estate Institute of New South Wales", {"trade-body"}), ("Estate Agency Affairs Board (EAAB)", {"trade-body", "abbreviation"}),
                 ("Banking & Payments Federation Ireland", {"trade-body", "ampersand"}), ("Which?", {"trade-body", "punctuation"}),
                 ("Intermediary Mortgage Lenders Association", {"trade-body"}), ("Council for Licensed Conveyancers", {"trade-body"}),
                 ("The Law Society", {"trade-body"}), ("Chartered Institute of Marketing (CIM)", {"trade-body", "abbreviation"})]  # fmt: skip
_PRESS = ["The Guardian", "The Times", "Financial Times", "The Irish Times", "El País", "Público",
          "The Australian Financial Review", "Business Day", "Estate Agent Today", "Property Industry Eye",
          "The Sunday Times", "Irish Independent", "The Sydney Morning Herald", "Moneyweb", "Property Week",
          "Negotiator Magazine", "Cinco Días", "Expresso"]  # fmt: skip
_RESEARCH = [("Mintel", {"market-research"}), ("Statista", {"market-research"}), ("Kantar", {"market-research"}),
             ("YouGov", {"market-research"}), ("Zoopla", {"market-research"}), ("Nationwide Building Society", {"market-research"}),
             ("CoreLogic", {"market-research"}), ("Lightstone", {"market-research"}), ("Halifax", {"market-research"}),
             ("PropTrack", {"market-research"}), ("Hometrack", {"market-research"}), ("Daft.ie", {"market-research", "punctuation"}),
             ("Statista Research Department", {"market-research"}), ("FNB Property Barometer", {"market-research"})]  # fmt: skip
# Years the pool's decoys give these names (founding years, takeovers, launches): no work of theirs is dated then.
_DECOY_YEARS = {"Rightmove": {2000, 2016, 2024}, "Zoopla": {2007, 2008, 2018}, "Foxtons": {1981, 2013},
                "Purplebricks": {2012, 2016, 2023}, "Connells": {1936, 2021}, "Barratt": {1958, 2024}, "REA": {1995, 2024},
                "Domain": {1999}, "Idealista": {2000, 2024}, "Daft.ie": {1997}, "Savills": {1855}, "Knight": {1896},
                "Countrywide": {2021}, "OnTheMarket": {2015, 2023}, "Habito": {2016, 2021}, "Property24": {1999}}  # fmt: skip
# The texts every candidate cites: fixed authors, years and titles.
_CLASSICS: list[dict[str, Any]] = [
    {"type": "book", "title": "Marketing management", "author": [{"family": "Kotler", "given": "Philip"}, {"family": "Keller", "given": "Kevin Lane"}, {"family": "Chernev", "given": "Alexander"}], "issued": {"date-parts": [[2022]]}, "edition": "16", "publisher": "Pearson", "publisher-place": "Harlow"},
    {"type": "book", "title": "Digital marketing: strategy, implementation and practice", "author": [{"family": "Chaffey", "given": "Dave"}, {"family": "Ellis-Chadwick", "given": "Fiona"}], "issued": {"date-parts": [[2019]]}, "edition": "7", "publisher": "Pearson", "publisher-place": "Harlow"},
    {"type": "book", "title": "Services marketing: integrating customer focus across the firm", "author": [{"family": "Zeithaml", "given": "Valarie A."}, {"family": "Bitner", "given": "Mary Jo"}, {"family": "Gremler", "given": "Dwayne D."}], "issued": {"date-parts": [[2018]]}, "edition": "7", "publisher": "McGraw-Hill Education", "publisher-place": "New York"},
    {"type": "book", "title": "Services marketing: people, technology, strategy", "author": [{"family": "Wirtz", "given": "Jochen"}, {"family": "Lovelock", "given": "Christopher"}], "issued": {"date-parts": [[2022]]}, "edition": "9", "publisher": "World Scientific", "publisher-place": "New Jersey"},
    {"type": "book", "title": "Principles and practice of marketing", "author": [{"family": "Jobber", "given": "David"}, {"family": "Ellis-Chadwick", "given": "Fiona"}], "issued": {"date-parts": [[2020]]}, "edition": "9", "publisher": "McGraw-Hill Education", "publisher-place": "London"},
    {"type": "article-journal", "title": "SERVQUAL: a multiple-item scale for measuring consumer perceptions of service quality", "author": [{"family": "Parasuraman", "given": "A."}, {"family": "Zeithaml", "given": "Valarie A."}, {"family": "Berry", "given": "Leonard L."}], "issued": {"date-parts": [[1988]]}, "container-title": "Journal of Retailing", "volume": "64", "issue": "1", "page": "12-40"},
    {"type": "article-journal", "title": "The commitment-trust theory of relationship marketing", "author": [{"family": "Morgan", "given": "Robert M."}, {"family": "Hunt", "given": "Shelby D."}], "issued": {"date-parts": [[1994]]}, "container-title": "Journal of Marketing", "volume": "58", "issue": "3", "page": "20-38"},
    {"type": "article-journal", "title": "Understanding customer experience throughout the customer journey", "author": [{"family": "Lemon", "given": "Katherine N."}, {"family": "Verhoef", "given": "Peter C."}], "issued": {"date-parts": [[2016]]}, "container-title": "Journal of Marketing", "volume": "80", "issue": "6", "page": "69-96", "DOI": "10.1509/jm.15.0420"},
    {"type": "book", "title": "Marketing strategy: based on first principles and data analytics", "author": [{"family": "Palmatier", "given": "Robert W."}, {"family": "Sridhar", "given": "Shrihari"}], "issued": {"date-parts": [[2021]]}, "edition": "2", "publisher": "Red Globe Press", "publisher-place": "London"},
    {"type": "book", "title": "Exploring strategy: text and cases", "author": [{"family": "Johnson", "given": "Gerry"}, {"family": "Whittington", "given": "Richard"}, {"family": "Regnér", "given": "Patrick"}, {"family": "Angwin", "given": "Duncan"}, {"family": "Scholes", "given": "Kevan"}], "issued": {"date-parts": [[2020]]}, "edition": "12", "publisher": "Pearson", "publisher-place": "Harlow"},
    {"type": "book", "title": "Property marketing", "author": [{"family": "Kenny", "given": "Peter"}], "issued": {"date-parts": [[2015]]}, "publisher": "Estates Gazette", "publisher-place": "London"},
    {"type": "book", "title": "Real estate marketing: strategy, personal selling, negotiation, management, and ethics", "author": [{"family": "Dorf", "given": "Steven"}], "issued": {"date-parts": [[2016]]}, "edition": "2", "publisher": "Routledge", "publisher-place": "New York"},
]  # fmt: skip


def _gov_site(name: str) -> str:
    """The web site a public body publishes on."""
    for key, site in (("Land Registry", "gov.uk/government/statistics"), ("Levelling", "gov.uk/government/publications"),
                      ("ONS", "ons.gov.uk/economy"), ("National Statistics", "ons.gov.uk/peoplepopulationandcommunity"),
                      ("Competition", "gov.uk/cma-cases"), ("Bank of England", "bankofengland.co.uk/statistics"),
                      ("Financial Conduct", "fca.org.uk/publications"), ("HM Treasury", "gov.uk/government/publications"),
                      ("PSRA", "psr.ie/publications"), ("Central Statistics", "cso.ie/en/releasesandpublications"),
                      ("Housing, Local", "gov.ie/en/publication"), ("Estadística", "ine.es/prensa"),
                      ("Vivienda", "mivau.gob.es/vivienda"), ("Estatística", "ine.pt/xportal"),
                      ("Australian Bureau", "abs.gov.au/statistics"), ("Reserve Bank", "rba.gov.au/publications"),
                      ("Stat", "statssa.gov.za/publications"), ("PPRA", "theppra.org.za/downloads"),
                      ("Estate Agency", "eaab.org.za/downloads")):  # fmt: skip
        if key in name:
            return site
    return "gov.uk/government/publications"


def _tld(name: str) -> str:
    """The country domain a firm's pages are on."""
    if "(Pty)" in name or "Property24" in name:
        return "co.za"
    if "Pty" in name or name.startswith(("REA", "Domain")):
        return "com.au"
    if name.endswith(("S.A.", "S.L.")):
        return "es"
    if name.endswith("Lda."):
        return "pt"
    if name.startswith(("Sherry", "DNG", "Lisney")):
        return "ie"
    return "co.uk" if "Völkers" not in name else "com"


class Blind347WorkFactory(WorkFactory):
    """The blind347 pool's works: property, housing and services-marketing scholarship, regulators and statistics
    offices of six countries, agents, portals, developers and lenders, trade bodies, the property press, market
    research and house-price indices, and the marketing classics. A subclass, so no other pool's works change."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 347)
        for index, locale in enumerate(["en_GB", "en_IE", "en_AU", "es_ES", "pt_PT", "zu_ZA"]):
            key = f"b347_{locale}"
            fake = Faker(locale)
            fake.seed_instance(seed * 347 + index)
            self.fakers[key] = fake
        self.surnames: list[tuple[str, str]] = []
        self.organisations: list[tuple[str, set[str], dict[str, Any], str]] = []
        self.classics_used: set[int] = set()

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.06 and self.surnames:  # a second author of a surname already in the report
            family, _given = rng.choice(self.surnames)
            name = {"family": family, "given": rng.choice(["Mark", "Claire", "Luke", "Sinéad", "Thabo", "Inês"])}
            return name
        if roll < 0.36:
            table = rng.choice([_BRITISH, _BRITISH, _AUSTRALIAN, _IRISH])
            family, given = rng.choice(table)
            name = {"family": family, "given": given}
        elif roll < 0.46:
            locale = rng.choice(["en_GB", "en_IE", "en_AU"])
            fake = self.fakers[f"b347_{locale}"]
            family, given = fake.last_name(), fake.first_name()
            if family in _DECOY_SURNAMES or " " in family:
                family = rng.choice(_BRITISH)[0]
            name = {"family": family, "given": given}
        elif roll < 0.58:
            family, given = rng.choice(_SPANISH)
            name = {"family": family, "given": given}
        elif roll < 0.62:
            particle, family, given = rng.choice(_SPANISH_PARTICLES)
            name = {"family": family, "given": given, "non-dropping-particle": particle}
        elif roll < 0.70:
            family, given = rng.choice(_PORTUGUESE)
            name = {"family": family, "given": given}
        elif roll < 0.74:
            particle, family, given = rng.choice(_PORTUGUESE_PARTICLES)
            name = {"family": family, "given": given, "non-dropping-particle": particle}
        elif roll < 0.82:
            family, given = rng.choice(_AFRIKAANS)
            name = {"family": family, "given": given}
        elif roll < 0.86:
            particle, family, given = rng.choice(_AFRIKAANS_PARTICLES)
            name = {"family": family, "given": given, "non-dropping-particle": particle}
        else:
            family, given = rng.choice(_NGUNI)
            name = {"family": family, "given": given}
        self.surnames.append((name["family"], name["given"]))
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 28, 16, 9, 5, 3, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if all(p["family"] != person["family"] for p in people):
                people.append(person)
        return people

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.04:
            return self.rng.randint(1979, 1999)
        return self.rng.randint(2010, 2025)

    def _org_year(self, name: str) -> int:
        banned = set().union(*(years for key, years in _DECOY_YEARS.items() if name.startswith(key)))
        year = self.rng.randint(2012, 2025)
        while year in banned:
            year = self.rng.randint(2012, 2025)
        return year

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        rng = self.rng
        if issued is None:
            return {"date-parts": [[rng.randint(2023, 2025), rng.randint(1, 12), rng.randint(1, 28)]]}
        year = rng.randint(max(issued[0], 2023), 2025)
        month = rng.randint(issued[1] if year == issued[0] and len(issued) > 1 else 1, 12)
        low_day = issued[2] if year == issued[0] and len(issued) > 2 and month == issued[1] else 1
        return {"date-parts": [[year, month, rng.randint(low_day, 28)]]}

    def _title(self) -> str:
        rng = self.rng
        topic, other, place = rng.choice(_TOPICS), rng.choice(_TOPICS), rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}: evidence from listing data",
                 f"The effect of {topic} on {other}", f"{topic[0].upper()}{topic[1:]} and {other} in {place}",
                 f"Rethinking {topic}: lessons from {place}", f"Do {topic} matter? Buyers, sellers and agents in {place}",
                 f"{topic[0].upper()}{topic[1:]} after the pandemic", f"Marketing {topic}: a services perspective",
                 f"Who benefits from {topic}? {place[0].upper()}{place[1:]} compared"]  # fmt: skip
        return rng.choice(forms)

    def _id(self) -> str:
        self.counter += 1
        return f"b347w{self.counter}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "government", "company", "trade-body", "news", "market-research", "classic",
             "web-person", "undated-web"],
            weights=[9, 5, 24, 13, 11, 7, 9, 8, 6, 4, 4],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation in the same year as an earlier work ("RICS, 2023a" and "2023b").
        same_kind = [o for o in self.organisations if o[3] == kind and kind != "news"]
        if (
            same_kind
            and "issued" in record
            and self.rng.random() < 0.3
            and not any(ch.isdigit() for ch in record.get("title", ""))
        ):
            name, tags, issued, _kind = self.rng.choice(same_kind)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.organisations.append((name, tags, record["issued"], kind))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, set(tags) | {"organisation"})

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["The Routledge companion to real estate marketing",
                                                "Housing markets and the economy", "A research agenda for housing",
                                                "The handbook of services marketing", "Real estate in South Africa",
                                                "Housing in Ireland: policy and practice"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 800)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(8, 60)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.choice([1080, 1016, 1108, 1111])}/{self.rng.randint(10000, 99999)}.{self.rng.randint(2010, 2025)}.{self.rng.randint(100, 9999)}"
            )
        return self._person(record, "journal")

    def _classic(self) -> Work:
        free = [i for i in range(len(_CLASSICS)) if i not in self.classics_used]
        if not free:
            return self._book()
        index = self.rng.choice(free)
        self.classics_used.add(index)
        record = copy.deepcopy(_CLASSICS[index])
        work = self._person(record, "classic")
        return work

    def _web_person(self) -> Work:
        issued = [self.year(), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        site = self.rng.choice(["propertyindustryeye.com", "estateagenttoday.co.uk", "thenegotiator.co.uk",
                                "linkedin.com/pulse", "medium.com", "propertyreporter.co.uk"])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "issued": {"date-parts": [issued]},
                                  "URL": f"https://www.{site}/{self.fakers['en_GB'].slug()}",
                                  "accessed": self._accessed_after(issued)}  # fmt: skip
        return self._person(record, "web-person")

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        year = self.year() if self.rng.random() < 0.2 else self._org_year(name)
        uk = ["English housing survey: headline report", "UK house price index", "House price statistics for small areas",
              "Housing affordability in England and Wales", "Private rental market summary statistics",
              "Home buying and selling: call for evidence", "Mortgage lenders and administrators statistics",
              "Financial stability report", "Improving the home buying and selling process",
              "Market trends update"]  # fmt: skip
        other = ["Residential property price index", "Census of population: housing", "Total value of dwellings",
                 "Estadística de transmisiones de derechos de la propiedad", "Estatísticas da construção e habitação",
                 "Annual report", "Housing market conditions survey", "Residential property market statistics"]  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "report", "webpage"]),
                                  "title": self.rng.choice(uk if ".uk/" in _gov_site(name) else other),
                                  "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0]}  # fmt: skip
        if self.rng.random() < 0.8:
            record["URL"] = f"https://www.{_gov_site(name)}/{self.fakers['en_GB'].slug()}"
            record["accessed"] = self._accessed_after([year])
        kind = "government"
        if record["type"] == "webpage" and self.rng.random() < 0.25:
            record.pop("issued")
        return self._org(record, kind, name, tags)

    def _company(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self._org_year(name)
        titles = [f"Annual report and accounts {year}", f"Integrated annual report {year}", "About us",
                  "How much does it cost to sell a house?", "Our fees explained", "First-time buyer guide",
                  "Book a virtual viewing", "Sustainability report", "Investor presentation: full-year results",
                  "Why choose a hybrid agent?", "Help and advice for landlords", "Our story", "Market outlook",
                  "Residential research: the prime market"]  # fmt: skip
        if _tld(name) in ("es", "pt"):  # Spanish and Portuguese firms' own reports, cited in their language
            titles += (
                ["Informe anual", "Nota de prensa"] if _tld(name) == "es" else ["Relatório e contas", "Comunicado"]
            )
        record: dict[str, Any] = {"type": self.rng.choice(["webpage", "report"]), "title": self.rng.choice(titles),
                                  "issued": {"date-parts": [[year]]},
                                  "URL": f"https://www.{name.split()[0].lower().strip('.,')}.{_tld(name)}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        record["accessed"] = self._accessed_after([year])
        if record["type"] == "report":
            record["publisher"] = name
        if record["type"] == "webpage" and self.rng.random() < 0.3:
            record.pop("issued")
        return self._org(record, "company", name, tags)

    def _trade_body(self) -> Work:
        name, tags = self.rng.choice(_TRADE_BODIES)
        year = self._org_year(name)
        titles = ["Residential market survey", "UK residential market survey", "Housing market report",
                  "Code of practice for residential estate agents", "Material information in property listings",
                  "Housing pipeline report", "Mortgage market forecasts", "Complaints and redress in property",
                  "Consumer guide: buying a home", "Real estate market facts", "Code of conduct for property practitioners",
                  "Home buying and selling reform: our position", f"Household finance review {year}",
                  f"{name.split(' (')[0]}: annual review {year}", "Consumer trust in the property sector"]  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(titles),
                                  "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0]}  # fmt: skip
        if self.rng.random() < 0.75:
            record["URL"] = f"https://www.{name.split()[0].lower().strip('?')}.org/{self.fakers['en_GB'].slug()}"
            record["accessed"] = self._accessed_after([year])
        return self._org(record, "trade-body", name, tags)

    def _news(self) -> Work:
        year = self.year() if self.rng.random() < 0.5 else self.rng.randint(2016, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": paper,
                                  "issued": {"date-parts": [issued]}}  # fmt: skip
        if self.rng.random() < 0.85:
            record["URL"] = (
                f"https://www.{paper.lower().replace(' ', '').replace('í', 'i').replace('ú', 'u')}.com/{self.fakers['en_GB'].slug()}"
            )
            record["accessed"] = self._accessed_after(issued)
        if self.rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person(record, "news")
        return self._org(record, "news", paper, {"press"})

    def _market_research(self) -> Work:
        name, tags = self.rng.choice(_RESEARCH)
        year = self._org_year(name) if self.rng.random() < 0.85 else None
        place = self.rng.choice(["UK", "Ireland", "Spain", "Portugal", "Australia", "South Africa"])
        titles = [f"Estate agents and property services - {place} - {year or 2024}", f"House price index: {self.rng.choice(['January', 'March', 'June', 'October'])} {year or 2024}",
                  f"Mortgages - {place} - {year or 2023}", f"Number of property listings on online portals in {place} from 2015 to 2024",
                  f"Home ownership and moving intentions in {place}", f"Hedonic home value index: {place}",
                  f"Rental report Q{self.rng.randint(1, 4)} {year or 2024}", f"Residential property trends in {place}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": f"https://www.{name.split()[0].lower().strip('.')}.com/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after([year] if year else None)
        return self._org(record, "market-research", name, tags)

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(),
                                  "URL": f"https://www.{self.rng.choice(['rightmove.co.uk/guides', 'zoopla.co.uk/discover', 'propertymark.co.uk/advice', 'daft.ie/learn', 'idealista.com/en/news', 'property24.com/articles', 'domain.com.au/advice', 'habito.com/guides'])}/{self.fakers['en_GB'].slug()}",
                                  "accessed": self._accessed_after(None)}  # fmt: skip
        if self.rng.random() < 0.4:
            record["author"] = self._people(2)
            return self._person(record, "undated-web")
        name, tags = self.rng.choice(_COMPANIES + _TRADE_BODIES)
        return self._org(record, "undated-web", name, tags | {"undated"})
