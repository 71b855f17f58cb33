"""The blind378 pool's works: what marketers at shared-mobility and transport-app firms cite in their reports.

Car-sharing clubs, e-scooter and bike-share operators, ride-hailing and taxi apps, parking and EV-charging apps, rail
and coach ticketing platforms and electric-car start-ups in the UK, the Netherlands, Portugal, Ghana, India and
Colombia: marketing, services-marketing and consumer-behaviour textbooks and their chapters, the classics of the
sharing economy and technology adoption, journal articles on car-sharing, micromobility, ride-hailing, MaaS, app
adoption, trust in platforms, pricing and sustainable travel (one to eight authors), regulators, transport
authorities and city councils, governments' transport statistics and legislation as candidates list it, operators'
annual reports, investor presentations and press pages, market-research firms' and consultancies' reports, trade
press and news signed and unsigned, and undated web pages. Written without reading the checker or any other pool.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "report", "web", "news", "legislation", "presentation", "press-release")

# Names as this region's scholars and journals print them: British names; Dutch names with their particles apart
# ("van der Meer", "de Vries", "ter Haar"); Portuguese names with their accents and particles ("da Silva",
# "dos Santos", "Gonçalves"); Ghanaian names, some hyphenated ("Owusu-Ansah", "Agyemang-Duah"); Indian names
# ("Venkatesh", "Chakraborty", "Iyer"); Colombian names with both surnames, unhyphenated and hyphenated
# ("Rodríguez Pérez", "Gómez-Restrepo").
_DUTCH = [("Meer", "Sanne", "van der"), ("Vries", "Thijs", "de"), ("Haar", "Femke", "ter"), ("Berg", "Joost", "van den"),
          ("Dijk", "Lotte", "van"), ("Bakker", "Maarten", None), ("Jansen", "Eline", None), ("Visser", "Bram", None),
          ("Smit", "Anouk", None), ("Kroon", "Daan", None), ("Wit", "Marieke", "de"), ("Wee", "Bert", "van"),
          ("Graaf", "Floor", "de"), ("Mulder", "Ruben", None), ("Boer", "Iris", "de"), ("Hoekstra", "Wouter", None),
          ("Kempen", "Noor", "van"), ("Bruijn", "Jeroen", "de")]  # fmt: skip
_PORTUGUESE = [("Silva", "Ana", "da"), ("Santos", "Pedro", "dos"), ("Gonçalves", "Inês", None), ("Ferreira", "João", None),
               ("Conceição", "Marta", None), ("Simões", "Rui", None), ("Magalhães", "Catarina", None),
               ("Costa", "Tiago", None), ("Lourenço", "Beatriz", None), ("Cruz", "Miguel", "da"),
               ("Pinto", "Sofia", None), ("Araújo", "Filipe", None), ("Viegas", "José Manuel", None),
               ("Sá", "Leonor", None), ("Martins", "Duarte", None)]  # fmt: skip
_GHANAIAN = [("Mensah", "Kwame"), ("Owusu-Ansah", "Akosua"), ("Boateng", "Kofi"), ("Asante", "Abena"),
             ("Agyemang-Duah", "Yaw"), ("Osei", "Efua"), ("Adjei", "Kwabena"), ("Ofori-Atta", "Ama"),
             ("Danso", "Kojo"), ("Amoako", "Adwoa"), ("Quaye", "Nii Armah"), ("Acheampong", "Yaa"),
             ("Tetteh", "Naa Dedei"), ("Abane", "Albert"), ("Obeng-Odoom", "Franklin"), ("Kumi", "Esi")]  # fmt: skip
_INDIAN = [("Venkatesh", "Viswanath"), ("Chakraborty", "Arpita"), ("Iyer", "Lakshmi"), ("Sharma", "Rohit"),
           ("Gupta", "Neha"), ("Krishnan", "Srinivas"), ("Bhattacharya", "Sourav"), ("Reddy", "Anil Kumar"),
           ("Nair", "Divya"), ("Mukherjee", "Ananya"), ("Pillai", "Rajesh"), ("Deshpande", "Aditi"),
           ("Banerjee", "Suvojit"), ("Tiwari", "Geetam"), ("Patil", "Sameer"), ("Joshi", "Kavita"),
           ("Kulkarni", "Mrunal"), ("Sen", "Ishita")]  # fmt: skip
_COLOMBIAN = [("Rodríguez Pérez", "Juan Carlos"), ("Gómez-Restrepo", "María José"), ("Martínez Londoño", "Andrés"),
              ("Hernández", "Valentina"), ("Guzmán", "Luis Ángel"), ("Ospina-Valencia", "Camila"),
              ("Peña", "Sebastián"), ("Arango Vélez", "Natalia"), ("Rincón", "Daniela"), ("Zuluaga", "Felipe"),
              ("Moreno Castro", "Paula Andrea"), ("Suárez", "Julián"), ("Cárdenas", "Laura"),
              ("Villegas-Muñoz", "Santiago")]  # fmt: skip
_BRITISH_EXTRA = [("O'Brien", "Siobhan"), ("McKenzie", "Callum"), ("MacDonald", "Isla"), ("Lyons", "Glenn"),
                  ("Marsden", "Greg"), ("Goodwin", "Phil"), ("Chatterton", "Tim"), ("Docherty", "Iain"),
                  ("Cairns", "Sally"), ("Anable", "Jillian"), ("Rye", "Tom"), ("Parkhurst", "Graham")]  # fmt: skip

# The classics these reports cite: (authors as (family, given, particle), year, title, kind, container or publisher).
_CLASSICS: list[tuple[list[tuple[str, str, str | None]], int, str, str, str]] = [
    ([("Botsman", "Rachel", None), ("Rogers", "Roo", None)], 2010, "What's mine is yours: the rise of collaborative consumption", "book", "HarperCollins"),
    ([("Sundararajan", "Arun", None)], 2016, "The sharing economy: the end of employment and the rise of crowd-based capitalism", "book", "MIT Press"),
    ([("Rogers", "Everett M.", None)], 2003, "Diffusion of innovations", "book", "Free Press"),
    ([("Bardhi", "Fleura", None), ("Eckhardt", "Giana M.", None)], 2012, "Access-based consumption: the case of car sharing", "journal", "Journal of Consumer Research"),
    ([("Belk", "Russell", None)], 2014, "You are what you can access: sharing and collaborative consumption online", "journal", "Journal of Business Research"),
    ([("Möhlmann", "Mareike", None)], 2015, "Collaborative consumption: determinants of satisfaction and the likelihood of using a sharing economy option again", "journal", "Journal of Consumer Behaviour"),
    ([("Hamari", "Juho", None), ("Sjöklint", "Mimmi", None), ("Ukkonen", "Antti", None)], 2016, "The sharing economy: why people participate in collaborative consumption", "journal", "Journal of the Association for Information Science and Technology"),
    ([("Venkatesh", "Viswanath", None), ("Thong", "James Y.L.", None), ("Xu", "Xin", None)], 2012, "Consumer acceptance and use of information technology: extending the unified theory of acceptance and use of technology", "journal", "MIS Quarterly"),
    ([("Davis", "Fred D.", None)], 1989, "Perceived usefulness, perceived ease of use, and user acceptance of information technology", "journal", "MIS Quarterly"),
    ([("Ajzen", "Icek", None)], 1991, "The theory of planned behavior", "journal", "Organizational Behavior and Human Decision Processes"),
    ([("Parasuraman", "A.", None), ("Zeithaml", "Valarie A.", None), ("Berry", "Leonard L.", None)], 1988, "SERVQUAL: a multiple-item scale for measuring consumer perceptions of service quality", "journal", "Journal of Retailing"),
    ([("Wirtz", "Jochen", None), ("Lovelock", "Christopher", None)], 2022, "Services marketing: people, technology, strategy", "book", "World Scientific"),
    ([("Zeithaml", "Valarie A.", None), ("Bitner", "Mary Jo", None), ("Gremler", "Dwayne D.", None)], 2018, "Services marketing: integrating customer focus across the firm", "book", "McGraw-Hill Education"),
    ([("Solomon", "Michael R.", None), ("Askegaard", "Søren", None), ("Hogg", "Margaret K.", None), ("Bamossy", "Gary J.", None)], 2019, "Consumer behaviour: a European perspective", "book", "Pearson"),
    ([("Kotler", "Philip", None), ("Keller", "Kevin Lane", None), ("Chernev", "Alexander", None)], 2022, "Marketing management", "book", "Pearson"),
    ([("Chaffey", "Dave", None), ("Ellis-Chadwick", "Fiona", None)], 2022, "Digital marketing: strategy, implementation and practice", "book", "Pearson"),
    ([("Shaheen", "Susan", None), ("Cohen", "Adam", None)], 2013, "Carsharing and personal vehicle services: worldwide market developments and emerging trends", "journal", "International Journal of Sustainable Transportation"),
    ([("Jittrapirom", "Peraphan", None), ("Caiati", "Valeria", None), ("Feneri", "Anna-Maria", None), ("Ebrahimigharehbaghi", "Shima", None), ("Alonso González", "María J.", None), ("Narayan", "Jishnu", None)], 2017, "Mobility as a service: a critical review of definitions, assessments of schemes, and key challenges", "journal", "Urban Planning"),
    ([("Schor", "Juliet", None)], 2020, "After the gig: how the sharing economy got hijacked and how to win it back", "book", "University of California Press"),
    ([("Ert", "Eyal", None), ("Fleischer", "Aliza", None), ("Magen", "Nathan", None)], 2016, "Trust and reputation in the sharing economy: the role of personal photos in Airbnb", "journal", "Tourism Management"),
]  # fmt: skip

_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Oxford University Press", "Oxford"), ("Wiley", "Chichester"), ("Palgrave Macmillan", "Cham"),
               ("Edward Elgar", "Cheltenham"), ("Policy Press", "Bristol"), ("Cengage", "Andover"),
               ("McGraw-Hill Education", "Maidenhead"), ("Elsevier", "Amsterdam"), ("Springer", "Cham"),
               ("Sage Publications India", "New Delhi"), ("Ediciones Uniandes", "Bogotá"),
               ("Actual Editora", "Lisbon"), ("Sub-Saharan Publishers", "Accra")]  # fmt: skip
_JOURNALS = ["Transportation Research Part A: Policy and Practice", "Transportation Research Part D: Transport and Environment",
             "Transport Policy", "Journal of Transport Geography", "Travel Behaviour and Society",
             "Research in Transportation Business & Management", "Transport Reviews", "Case Studies on Transport Policy",
             "Sustainable Cities and Society", "Technological Forecasting and Social Change", "Journal of Business Research",
             "Journal of Retailing and Consumer Services", "Journal of Services Marketing", "Journal of Service Research",
             "Journal of Consumer Behaviour", "Psychology & Marketing", "International Journal of Information Management",
             "Journal of Cleaner Production", "Telematics and Informatics", "European Transport Research Review",
             "IIMB Management Review", "Vikalpa: The Journal for Decision Makers", "Innovar", "Cuadernos de Administración",
             "Academia Revista Latinoamericana de Administración", "African Journal of Economic and Management Studies",
             "Journal of African Business", "Ghana Journal of Geography", "Journal of Marketing Management",
             "Portuguese Journal of Marketing", "International Journal of Sustainable Transportation"]  # fmt: skip
_TOPICS = ["car-sharing", "round-trip car clubs", "peer-to-peer car sharing", "dockless e-scooters", "shared e-bikes",
           "station-based bike sharing", "ride-hailing", "motorbike taxis", "auto-rickshaw aggregators",
           "mobility as a service", "multimodal journey planners", "parking apps", "public EV charging",
           "electric two-wheelers", "surge pricing", "subscription pricing", "trust in platforms",
           "driver ratings", "app adoption", "sustainable travel", "modal shift", "first- and last-mile trips",
           "coach ticketing apps", "rail e-ticketing", "range anxiety", "gig drivers", "travel apps loyalty schemes",
           "women's safety on ride-hailing", "cashless fares"]  # fmt: skip
_PLACES = ["London", "Amsterdam", "Rotterdam", "Utrecht", "Lisbon", "Porto", "Accra", "Kumasi", "Bengaluru", "Delhi",
           "Mumbai", "Pune", "Bogotá", "Medellín", "Cali", "the UK", "the Netherlands", "Portugal", "Ghana", "India",
           "Colombia", "Greater Manchester", "the West Midlands", "Milton Keynes", "Bristol"]  # fmt: skip

# Organisations as these candidates cite them as authors, with tags saying what makes them hard.
_BODIES: list[tuple[str, set[str]]] = [
    ("Department for Transport", {"government"}), ("Department for Transport (DfT)", {"government", "abbreviation"}),
    ("DfT", {"government", "acronym"}), ("Transport for London", {"government"}),
    ("Transport for London (TfL)", {"government", "abbreviation"}), ("Office of Rail and Road", {"government"}),
    ("Office of Rail and Road (ORR)", {"government", "abbreviation"}), ("Competition and Markets Authority", {"government"}),
    ("Office for Zero Emission Vehicles", {"government"}), ("Transport for Greater Manchester", {"government"}),
    ("Milton Keynes City Council", {"government"}), ("Bristol City Council", {"government"}),
    ("Transport Focus", {"government"}), ("Office for National Statistics", {"government"}),
    ("Centraal Bureau voor de Statistiek (CBS)", {"government", "abbreviation"}),
    ("Ministerie van Infrastructuur en Waterstaat", {"government"}), ("Gemeente Amsterdam", {"government"}),
    ("Autoriteit Consument & Markt (ACM)", {"government", "ampersand", "abbreviation"}),
    ("Kennisinstituut voor Mobiliteitsbeleid (KiM)", {"government", "abbreviation"}),
    ("Instituto da Mobilidade e dos Transportes (IMT)", {"government", "abbreviation"}),
    ("Autoridade da Mobilidade e dos Transportes", {"government"}),
    ("Instituto Nacional de Estatística (INE)", {"government", "abbreviation"}), ("Câmara Municipal de Lisboa", {"government"}),
    ("Ghana Statistical Service", {"government"}), ("Ministry of Transport, Ghana", {"government", "comma"}),
    ("Driver and Vehicle Licensing Authority (DVLA)", {"government", "abbreviation"}),
    ("National Road Safety Authority", {"government"}),
    ("Ministry of Road Transport & Highways", {"government", "ampersand"}),
    ("Ministry of Road Transport and Highways (MoRTH)", {"government", "abbreviation"}), ("NITI Aayog", {"government"}),
    ("Bureau of Energy Efficiency", {"government"}), ("Delhi Metro Rail Corporation", {"government"}),
    ("Departamento Administrativo Nacional de Estadística (DANE)", {"government", "abbreviation"}),
    ("Ministerio de Transporte", {"government"}), ("Secretaría Distrital de Movilidad", {"government"}),
    ("Superintendencia de Transporte", {"government"}), ("Alcaldía de Medellín", {"government"}),
    ("International Transport Forum", {"government"}), ("International Energy Agency (IEA)", {"government", "abbreviation"}),
    ("World Bank", {"government"}), ("European Commission", {"government"}), ("OECD", {"government", "acronym"}),
    ("CoMoUK", {"trade-body"}), ("Society of Motor Manufacturers and Traders (SMMT)", {"trade-body", "abbreviation"}),
    ("RAC Foundation", {"trade-body"}), ("Rail Delivery Group", {"trade-body"}), ("Which?", {"trade-body", "punctuation"}),
    ("Women's Budget Group", {"trade-body", "apostrophe"}), ("Lloyd's Register Foundation", {"trade-body", "apostrophe"}),
    ("UITP", {"trade-body", "acronym"}), ("Society of Indian Automobile Manufacturers (SIAM)", {"trade-body", "abbreviation"}),
    ("Chartered Institute of Marketing (CIM)", {"trade-body", "abbreviation"}),
]  # fmt: skip
_OPERATORS: list[tuple[str, set[str]]] = [
    ("Uber Technologies, Inc.", {"company", "comma"}), ("Uber", {"company"}), ("Bolt", {"company"}),
    ("Bolt Technology OÜ", {"company"}), ("Lime", {"company"}), ("Voi Technology", {"company"}), ("Dott", {"company"}),
    ("Zipcar UK", {"company"}), ("Enterprise Car Club", {"company"}), ("Co Wheels", {"company"}),
    ("Trainline plc", {"company", "lowercase"}), ("FirstGroup plc", {"company"}), ("National Express Group PLC", {"company"}),
    ("FlixBus", {"company"}), ("Addison Lee", {"company"}), ("FREENOW", {"company"}), ("RingGo", {"company"}),
    ("JustPark", {"company"}), ("Pod Point Group Holdings plc", {"company"}), ("Zapmap", {"company"}),
    ("Swapfiets", {"company"}), ("Felyx", {"company"}), ("Greenwheels", {"company"}), ("MyWheels", {"company"}),
    ("NS (Nederlandse Spoorwegen)", {"company", "abbreviation"}), ("Lightyear", {"company"}),
    ("CP – Comboios de Portugal", {"company", "dash"}), ("Carris", {"company"}), ("Via Verde", {"company"}),
    ("Yango", {"company"}), ("Metro Mass Transit Ltd", {"company"}), ("ANI Technologies Pvt. Ltd", {"company", "punctuation"}),
    ("Ola Electric Mobility Ltd", {"company"}), ("Rapido", {"company"}), ("Yulu", {"company"}), ("Ather Energy", {"company"}),
    ("Tata Motors", {"company"}), ("redBus", {"company", "lowercase"}),
    ("Indian Railway Catering and Tourism Corporation (IRCTC)", {"company", "abbreviation"}),
    ("TransMilenio S.A.", {"company", "punctuation"}), ("Cabify", {"company"}), ("DiDi", {"company"}), ("Tembici", {"company"}),
    ("Picap", {"company"}), ("inDrive", {"company", "lowercase"}),
]  # fmt: skip
_RESEARCH: list[tuple[str, set[str]]] = [
    ("Mintel", {"market-research"}), ("Statista", {"market-research"}), ("Euromonitor International", {"market-research"}),
    ("YouGov", {"market-research"}), ("Kantar", {"market-research"}), ("Ipsos", {"market-research"}),
    ("GlobalData", {"market-research"}), ("IBISWorld", {"market-research"}), ("Frost & Sullivan", {"market-research", "ampersand"}),
    ("McKinsey & Company", {"company", "ampersand"}), ("Deloitte", {"company"}), ("PwC", {"company"}), ("KPMG", {"company"}),
    ("Boston Consulting Group (BCG)", {"company", "abbreviation"}), ("Bain & Company", {"company", "ampersand"}),
    ("Redseer Strategy Consultants", {"market-research"}), ("Oliver Wyman", {"company"}), ("Roland Berger", {"company"}),
    ("BloombergNEF", {"market-research"}), ("INRIX", {"market-research", "acronym"}), ("Fluctuo", {"market-research"}),
    ("Moody's Investors Service", {"market-research", "apostrophe"}), ("Ernst & Young", {"company", "ampersand"}),
]  # fmt: skip
_PRESS = ["The Guardian", "Financial Times", "BBC News", "The Times", "Evening Standard", "Autocar", "Local Transport Today",
          "Zag Daily", "Smart Transport", "Marketing Week", "Campaign", "Het Financieele Dagblad", "NL Times",
          "DutchNews.nl", "Público", "Expresso", "ECO", "Graphic Online", "MyJoyOnline", "Citi Newsroom",
          "The Economic Times", "Mint", "Business Standard", "Inc42", "YourStory", "El Tiempo", "El Espectador",
          "La República", "Portafolio", "TechCrunch", "Reuters", "Rest of World"]  # fmt: skip
_LEGISLATION = [  # none of them named in this pool's decoys, so no decoy names a work the list may hold
    ("legislation.gov.uk", "Private Hire Vehicles (London) Act 1998", 1998, "https://www.legislation.gov.uk/ukpga/1998/34"),
    ("legislation.gov.uk", "Transport Act 2000", 2000, "https://www.legislation.gov.uk/ukpga/2000/38"),
    ("legislation.gov.uk", "Road Traffic Act 1988", 1988, "https://www.legislation.gov.uk/ukpga/1988/52"),
    ("Diário da República", "Lei n.º 52/2015, de 9 de junho", 2015, "https://diariodarepublica.pt/dr/detalhe/lei/52-2015-67445010"),
    ("Government of India", "The Motor Vehicles Act, 1988", 1988, "https://www.indiacode.nic.in/handle/123456789/1798"),
    ("Secretaría del Senado", "Ley 769 de 2002: Código Nacional de Tránsito Terrestre", 2002, "http://www.secretariasenado.gov.co/senado/basedoc/ley_0769_2002.html"),
    ("Republic of Ghana", "Road Traffic Act, 2004 (Act 683)", 2004, "https://nrsa.gov.gh/road-traffic-act-2004-act-683/"),
    ("Overheid.nl", "Wegenverkeerswet 1994", 1994, "https://wetten.overheid.nl/BWBR0006622/"),
]  # fmt: skip
_PRESS_PAGES = ["Newsroom", "Press releases", "About us", "Our impact", "How it works", "Safety", "Pricing",
                "Sustainability", "Careers", "Help centre: fares explained", "Investor relations", "Our story"]  # fmt: skip
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]  # fmt: skip


class Blind378WorkFactory(WorkFactory):
    """Works for the blind378 pool, from a random source of its own so that no other half changes."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 378)
        self.used_classics: set[int] = set()
        self.dated_orgs: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.26:
            family = self.fakers["en_GB"].last_name()
            given = self.fakers["en_GB"].first_name()
            if self.rng.random() < 0.15:
                family, given = self.rng.choice(_BRITISH_EXTRA)
            return {"family": family, "given": given}
        if roll < 0.42:
            family, given, particle = self.rng.choice(_DUTCH)
        elif roll < 0.56:
            family, given, particle = self.rng.choice(_PORTUGUESE)
        elif roll < 0.7:
            (family, given), particle = self.rng.choice(_GHANAIAN), None
        elif roll < 0.86:
            (family, given), particle = self.rng.choice(_INDIAN), None
        else:
            (family, given), particle = self.rng.choice(_COLOMBIAN), None
        name = {"family": family, "given": given}
        if particle:
            name["non-dropping-particle"] = particle
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 18, 9, 5, 4, 2, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if person not in people:
                people.append(person)
        return people

    def year(self) -> int:
        return self.rng.choices([self.rng.randint(2005, 2014), self.rng.randint(2015, 2025)], weights=[2, 8])[0]

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        first = max(2023, issued[0] + 1 if issued else 2023)
        year = self.rng.randint(min(first, 2026), max(first, 2025))
        return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _url(self, host: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        host = host or fake.domain_name()
        return f"https://www.{host}/{fake.slug()}"

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        place = self.rng.choice(_PLACES)
        other = self.rng.choice(_TOPICS)
        forms = [
            f"Understanding the adoption of {topic} in {place}",
            f"What drives continuance intention for {topic}? Evidence from {place}",
            f"{topic[0].upper()}{topic[1:]} and {other}: a systematic literature review",
            f"Trust, risk and {topic}: a PLS-SEM study of users in {place}",
            f"Who uses {topic}? Segmenting users in {place}",
            f"Pricing {topic}: willingness to pay and fairness perceptions",
            f"{topic[0].upper()}{topic[1:]} and sustainable travel behaviour in {place}",
            f"The service quality of {topic}: an extended SERVQUAL approach",
            f"Does {topic} reduce car ownership? Evidence from {place}",
            f"Platform trust and {topic}: the role of ratings and reviews",
        ]
        return self.rng.choice(forms)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then a second work of an organisation already cited, in the same year ("TfL, 2023a" and "2023b").
        if self.dated_orgs and "issued" in record and self.rng.random() < 0.12:
            name, tags, issued = self.rng.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated_orgs.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "classic", "government", "legislation", "operator-report", "presentation",
             "press-release", "research", "news", "press", "web-person", "undated-web"],
            weights=[8, 5, 22, 7, 12, 3, 6, 3, 5, 9, 8, 4, 4, 5],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _classic(self) -> Work:
        free = [i for i in range(len(_CLASSICS)) if i not in self.used_classics]
        if not free:
            return self._journal()
        index = self.rng.choice(free)
        self.used_classics.add(index)
        authors, year, title, kind, container = _CLASSICS[index]
        people = []
        for family, given, particle in authors:
            person = {"family": family, "given": given}
            if particle:
                person["non-dropping-particle"] = particle
            people.append(person)
        record: dict[str, Any] = {"title": title, "author": people, "issued": {"date-parts": [[year]]}}
        if kind == "book":
            place = {"Pearson": "Harlow", "MIT Press": "Cambridge, MA", "Free Press": "New York",
                     "HarperCollins": "London", "World Scientific": "Hackensack, NJ",
                     "McGraw-Hill Education": "New York", "University of California Press": "Oakland, CA"}[container]  # fmt: skip
            record.update({"type": "book", "publisher": container, "publisher-place": place})
            if self.rng.random() < 0.5 and year >= 2018:
                record["edition"] = str(self.rng.randint(3, 9))
        else:
            record.update({"type": "article-journal", "container-title": container,
                           "volume": str(self.rng.randint(5, 70)), "issue": str(self.rng.randint(1, 6)),
                           "page": f"{(start := self.rng.randint(1, 800))}-{start + self.rng.randint(10, 25)}"})  # fmt: skip
        return self._person_work(record, kind)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        topic = self.rng.choice(_TOPICS)
        title = self.rng.choice([f"Marketing {topic}: services, platforms and customers",
                                 f"Shared mobility: {topic} and the future of urban transport",
                                 f"Consumer behaviour in transport: {topic} in practice",
                                 f"Services marketing in emerging markets: the case of {topic}",
                                 self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS[:12])
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["Handbook of shared mobility", "The Routledge handbook of urban mobility",
                                                "Handbook on transport and urban transformation", "A modern guide to the sharing economy",
                                                "The Palgrave handbook of service management", "Consumer behaviour in tourism and travel"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(12, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 180)),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["issue"] = str(self.rng.randint(1, 12))
        if self.rng.random() < 0.75:
            record["page"] = f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(8, 30)}"
        else:
            record["page"] = str(self.rng.randint(100000, 104999))  # an article number
        if self.rng.random() < 0.55:
            record["DOI"] = (
                f"10.1016/j.{self.rng.choice(['tra', 'trd', 'tranpol', 'jtrangeo', 'tbs', 'jbusres', 'jretconser'])}.{record['issued']['date-parts'][0][0]}.{self.rng.randint(100000, 999999)}"
            )
        return self._person_work(record, "journal")

    def _government(self) -> Work:
        name, tags = self.rng.choice(_BODIES)
        year = self.year()
        title = self.rng.choice([
            f"Transport statistics {year - 1}", f"National travel survey {year - 1}", f"Shared micromobility: evidence review {year}",
            "E-scooter trials: final evaluation report", f"Future of transport: {self.rng.choice(_TOPICS)}",
            f"Mobility strategy {year}-{year + 10}", f"Taxi and private hire vehicle statistics {year - 1}",
            f"Rail passenger numbers and crowding, {year - 1}", f"Public electric vehicle charging infrastructure: {_MONTHS[self.rng.randrange(12)]} {year}",
            f"Consultation on {self.rng.choice(_TOPICS)}", f"Annual report and accounts {year - 1}-{str(year)[2:]}",
        ])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[year]]}, "URL": self._url()}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = self.rng.choice(
                ["London", "The Hague", "Lisbon", "Accra", "New Delhi", "Bogotá"]
            )
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, set(tags))

    def _legislation(self) -> Work:
        author, title, year, url = self.rng.choice(_LEGISLATION)
        record: dict[str, Any] = {"type": "webpage", "title": title, "author": [{"literal": author}],
                                  "issued": {"date-parts": [[year]]}, "URL": url,
                                  "accessed": self._accessed_after([year])}  # fmt: skip
        record["id"] = self._id()
        return Work(record, author, str(year), True, 1, "legislation", {"legislation", "organisation"})

    def _operator_report(self) -> Work:
        name, tags = self.rng.choice(_OPERATORS)
        year = self.rng.randint(2016, 2025)
        title = self.rng.choice([f"Annual report {year - 1}", f"Annual report and accounts {year - 1}/{str(year)[2:]}",
                                 f"Impact report {year - 1}", f"Sustainability report {year - 1}",
                                 f"Form 10-K for the fiscal year {year - 1}", f"Integrated annual report FY{year - 1}-{str(year)[2:]}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0]}  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self._url()
            record["accessed"] = self._accessed_after([year])
        return self._org_work(record, "report", name, set(tags))

    def _presentation(self) -> Work:
        name, tags = self.rng.choice(_OPERATORS)
        year = self.rng.randint(2018, 2025)
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Q{self.rng.randint(1, 4)} {year} investor presentation",
                                                         f"Capital markets day {year}", f"Half-year results {year}: presentation",
                                                         f"Investor presentation, {_MONTHS[self.rng.randrange(12)]} {year}"]),
            "issued": {"date-parts": [[year]]}, "URL": self._url(), "accessed": self._accessed_after([year]),
        }  # fmt: skip
        return self._org_work(record, "presentation", name, set(tags) | {"presentation"})

    def _press_release(self) -> Work:
        name, tags = self.rng.choice(_OPERATORS)
        year = self.rng.randint(2017, 2025)
        month = self.rng.randint(1, 12)
        topic = self.rng.choice(
            [
                "launches in",
                "expands to",
                "wins permit in",
                "hits one million rides in",
                "cuts prices in",
                "partners with the council in",
                "brings electric fleet to",
            ]
        )
        record: dict[str, Any] = {
            "type": "webpage", "title": f"{name.split(' (')[0].split(',')[0]} {topic} {self.rng.choice(_PLACES)}",
            "issued": {"date-parts": [[year, month, self.rng.randint(1, 28)]]}, "URL": self._url(),
            "accessed": self._accessed_after([year]),
        }  # fmt: skip
        return self._org_work(record, "press-release", name, set(tags))

    def _research(self) -> Work:
        name, tags = self.rng.choice(_RESEARCH)
        year = self.year()
        market = self.rng.choice(
            [
                "car sharing",
                "e-scooter sharing",
                "bike sharing",
                "ride-hailing",
                "EV charging",
                "electric two-wheelers",
                "parking apps",
                "rail ticketing",
                "mobility as a service",
            ]
        )
        country = self.rng.choice(["UK", "Netherlands", "Portugal", "Ghana", "India", "Colombia", "Europe", "Africa"])
        title = self.rng.choice([f"{market[0].upper()}{market[1:]} - {country} - {_MONTHS[self.rng.randrange(12)]} {year}",
                                 f"{market[0].upper()}{market[1:]}: {country} market report {year}",
                                 f"The future of {market} in {country}", f"{market[0].upper()}{market[1:]} worldwide: revenue and users",
                                 f"Number of {market} users in {country} from 2019 to 2029"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" (")[0],
                                  "URL": self._url(), "issued": {"date-parts": [[year]]}}  # fmt: skip
        record["accessed"] = self._accessed_after([year])
        if self.rng.random() < 0.2:  # a consultancy report signed by its authors
            record["author"] = self._people(4)
            return self._person_work(record, "report")
        return self._org_work(record, "report", name, set(tags))

    def _news(self) -> Work:
        year = self.rng.randint(2012, 2025)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._headline(), "author": self._people(2),
            "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(), "accessed": self._accessed_after([year]),
        }  # fmt: skip
        return self._person_work(record, "news")

    def _press(self) -> Work:
        """An unsigned news or trade-press article, cited by its paper."""
        year = self.rng.randint(2012, 2025)
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._headline(), "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(), "accessed": self._accessed_after([year]),
        }  # fmt: skip
        return self._org_work(record, "news", paper, {"press"})

    def _headline(self) -> str:
        operator = self.rng.choice(
            [
                "Uber",
                "Bolt",
                "Lime",
                "Voi",
                "Zipcar",
                "Ola",
                "Rapido",
                "Yango",
                "Swapfiets",
                "Felyx",
                "Trainline",
                "Cabify",
                "DiDi",
                "Tembici",
                "Yulu",
                "Dott",
            ]
        )
        place = self.rng.choice(_PLACES)
        return self.rng.choice([f"{operator} pulls out of {place}", f"{operator} raises prices as drivers protest in {place}",
                                f"E-scooter rental trials extended in {place}", f"Why {operator} is betting on {place}",
                                f"{operator} faces licence review in {place}", f"Car clubs struggle to grow outside {place}",
                                f"Ride-hailing drivers strike over fares in {place}", f"EV charging app complaints rise in {place}"])  # fmt: skip

    def _web_person(self) -> Work:
        year = self.rng.randint(2014, 2025)
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(),
                                  "accessed": self._accessed_after([year])}  # fmt: skip
        if self.rng.random() < 0.3:
            del record["issued"]
        return self._person_work(record, "web")

    def _undated_web(self) -> Work:
        name, tags = self.rng.choice(_OPERATORS + _BODIES[:20])
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(_PRESS_PAGES), "URL": self._url(),
                                  "accessed": self._accessed_after(None)}  # fmt: skip
        return self._org_work(record, "web", name, set(tags) | {"undated"})
