"""Works for the twenty-sixth held-out pool, "blind26": what engineers moving into B2B marketing cite.

HELD OUT: never tune the checker on this pool; report its tables, never its misses.

Written by a twenty-sixth hand, without reading the checker, its tests or the other pools' works, frames and decoys,
from what engineers, product managers and technical specialists moving into B2B marketing, and CIM Level 6
candidates in industrial and technology firms in Germany, the Netherlands, Scandinavia, India and the UK, put in
their reference lists: B2B and technology-marketing textbooks in their editions, chapters of Springer and Edward Elgar
handbooks, Industrial Marketing Management and Journal of Business & Industrial Marketing papers with one to eight
authors, IEEE and ACM conference papers, analyst and consultancy reports (Gartner, IDC, Forrester, McKinsey, BCG,
Accenture), company annual reports, datasheets and white papers, statistics offices (Eurostat, Destatis, CBS, ONS),
regulators and ministries, EU regulations and UK Acts, ISO/IEC, IEC and EN standards, trade press (The Engineer,
Computer Weekly, Electronics Weekly), trade-fair reports, product-page web pages with and without dates, webinars,
YouTube product demos, podcasts and LinkedIn posts. Names are German, Dutch, Scandinavian, Indian, British and Irish,
with particles kept apart as reference managers keep them ("van der", "ter", "von"), umlauts, "ø" and "å", hyphens,
"Mc", "O'" and "D'".
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import datetime
import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work

GIVEN = ["Jürgen", "Anneke", "Sven", "Priya", "Lars", "Maarten", "Sanne", "Ingrid", "Karthik", "Anand", "Freya", "Jesper", "Lotte",
         "Henrik", "Ravi", "Deepa", "Birgit", "Tobias", "Wouter", "Mette", "Åsa", "Sunil", "Kavya", "Stefan", "Fiona", "Callum",
         "Siobhán", "Björn", "Meenakshi", "Joost", "Femke", "Ulrike", "Katrin", "Niels", "Solveig", "Rohan", "Aditi", "Gareth",
         "Eilidh", "Thijs", "Dagmar", "Matthias", "Sigrid", "Venkat", "Harpreet", "Oluwaseun", "Tomasz", "Mei", "Yusuf", "Grete"]  # fmt: skip
PLAIN_SURNAMES = ["Müller", "Schäfer", "Weiß", "Krüger", "Hoffmann", "Böhm", "Jäger", "Schröder", "Köhler", "Günther", "Neumann",
                  "Fuchs", "Brandt", "Dietrich", "Østergaard", "Søndergaard", "Bjørnstad", "Lindqvist", "Nyström", "Åkesson",
                  "Sæther", "Jørgensen", "Halvorsen", "Virtanen", "Kähkönen", "Venkataraman", "Subramanian", "Ramachandran",
                  "Iyer", "Nair", "Chatterjee", "Bhattacharya", "Reddy", "Kulkarni", "Deshpande", "Mukherjee", "Krishnamurthy",
                  "Banerjee", "Agarwal", "Menon", "Pillai", "Sengupta", "Thompson", "Hughes", "Whitaker", "Pritchard", "Ashworth",
                  "Campbell", "Bakker", "Visser", "Smit", "Janssen", "Mulder", "Dekker", "Kowalski", "Nguyen", "Zhang", "Okafor",
                  "Yılmaz", "Dvořák", "Łukasiewicz", "Al-Hashimi", "Fitzgerald", "Evans", "Kaur", "Singh", "Bose"]  # fmt: skip
PARTICLES = [("van der", "Meer"), ("van den", "Berg"), ("van", "Dijk"), ("de", "Jong"), ("ter", "Horst"), ("ten", "Cate"),
             ("de", "Vries"), ("van", "Leeuwen"), ("van der", "Linden"), ("von", "Hippel"), ("von der", "Heyde"), ("von", "Bülow"),
             ("de", "Groot"), ("van", "Rossum"), ("da", "Costa"), ("de", "Souza"), ("van 't", "Hek"), ("op den", "Kamp")]  # fmt: skip
HYPHENATED = ["Schmidt-Rösler", "Lloyd-Hughes", "Wagner-Lindqvist", "Müller-Westphal", "Jensen-Holm", "Rao-Whitfield",
              "Kraus-Østby", "Bennett-Nair", "Hansen-Lie"]  # fmt: skip
CELTIC = ["O'Sullivan", "McAllister", "MacGregor", "O'Neill", "McKenzie", "D'Souza", "D'Costa", "Mac Aodha", "Ó Murchú"]

SECTORS = ["industrial automation", "semiconductors", "cloud security", "telecoms equipment", "logistics software",
           "medical devices", "agricultural machinery", "construction products", "wind energy", "specialty chemicals",
           "machine vision", "private 5G", "warehouse robotics", "power electronics", "process instrumentation"]  # fmt: skip
TOPICS = ["solution selling", "key account management", "buying centres", "value-based pricing", "technical content marketing",
          "account-based marketing", "trade fair participation", "servitization", "digital twins", "channel partner programmes",
          "tender management", "lead scoring", "customer success", "B2B brand equity", "sales and marketing alignment",
          "platform ecosystems", "product-service systems", "supplier selection", "predictive maintenance offers",
          "the B2B buying journey", "thought leadership", "total cost of ownership arguments", "industrial Internet of Things"]  # fmt: skip

BOOKS = [("Business-to-business marketing", 2, 6), ("B2B marketing: a guidebook for the classroom to the boardroom", 1, 3),
         ("Industrial marketing: strategy and practice", 1, 5), ("Marketing of high-technology products and innovations", 1, 4),
         ("Technology marketing: a guide to selling innovation", 1, 2), ("Key account management: tools and techniques for achieving profitable key supplier status", 1, 3),
         ("Strategic marketing management", 5, 12), ("Marketing: an introduction", 8, 15), ("Digital marketing: strategy, implementation and practice", 6, 8),
         ("Global marketing", 7, 9), ("Business marketing management: B2B", 9, 13), ("B2B brand management", 1, 2),
         ("Services marketing: people, technology, strategy", 7, 9), ("Marketing research: an applied approach", 4, 6),
         ("Content marketing for engineers", 1, 2), ("Selling to the public sector: tenders and frameworks", 1, 3),
         ("Pricing industrial products", 1, 2), ("The Chartered Institute of Marketing guide to B2B", 1, 2)]  # fmt: skip
PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Springer", "Cham"), ("Springer Gabler", "Wiesbaden"),
              ("Wiley", "Hoboken, NJ"), ("SAGE", "London"), ("Cambridge University Press", "Cambridge"), ("McGraw-Hill Education", "New York"),
              ("Cengage", "Boston, MA"), ("Edward Elgar", "Cheltenham"), ("Oxford University Press", "Oxford"), ("Wiley-VCH", "Weinheim")]  # fmt: skip
EDITED = ["Handbook of business-to-business marketing", "The Routledge companion to strategic marketing", "Handbook of industrial marketing",
          "Innovation and marketing in the high-tech industries", "Contemporary issues in B2B marketing", "Digital transformation in industrial firms"]  # fmt: skip
JOURNALS = ["Industrial Marketing Management", "Journal of Business & Industrial Marketing", "Journal of Business Research",
            "Journal of Product Innovation Management", "IEEE Transactions on Engineering Management", "Communications of the ACM",
            "Technovation", "Journal of Personal Selling & Sales Management", "European Journal of Marketing",
            "Journal of Business-to-Business Marketing", "International Journal of Production Economics", "Journal of Marketing",
            "Technological Forecasting and Social Change", "Journal of Purchasing and Supply Management"]  # fmt: skip
ARTICLES = ["{T} in {s}: evidence from German Mittelstand firms", "How {t} shapes supplier selection in {s}",
            "Rethinking {t} for {s}: a multiple case study", "{T} and the industrial buyer: a systematic review",
            "When engineers sell: {t} in {s}", "Measuring the return on {t} in {s} firms", "{T} in Scandinavian {s} exporters",
            "{T}: lessons from Indian IT services", "The dark side of {t} in {s}"]  # fmt: skip
CONFERENCES = [("Proceedings of the IEEE International Conference on Industrial Technology (ICIT)", "IEEE", "Piscataway, NJ"),
               ("Proceedings of the IEEE International Conference on Emerging Technologies and Factory Automation (ETFA)", "IEEE", "Piscataway, NJ"),
               ("Proceedings of the ACM Conference on Human Factors in Computing Systems (CHI)", "ACM", "New York"),
               ("Proceedings of the IMP Conference", "IMP Group", "Manchester"), ("Proceedings of the European Marketing Academy (EMAC) Conference", "EMAC", "Brussels")]  # fmt: skip

ANALYSTS = ["Gartner", "Gartner, Inc.", "IDC", "International Data Corporation (IDC)", "Forrester Research", "McKinsey & Company",
            "Boston Consulting Group", "BCG", "Accenture", "Deloitte", "Frost & Sullivan", "ABI Research", "Omdia", "Roland Berger",
            "VDMA", "ZVEI", "Bitkom", "NASSCOM", "GSMA Intelligence", "Ericsson", "Capgemini Research Institute", "Wood Mackenzie"]  # fmt: skip
REPORT_TITLES = ["Magic Quadrant for {s}", "Market guide for {s} {Y}", "Hype cycle for {s}, {Y}", "Worldwide {s} forecast, {Y}-{Y5}",
                 "The Forrester Wave: {s}, Q{q} {Y}", "The B2B buying journey in {s}", "{S} outlook {Y}", "Industry 4.0 barometer {Y}",
                 "The state of {s}: CXO survey", "Mobility report, {m} {Y}", "Tech trends in {s}", "Predictions {Y}: {s}"]  # fmt: skip
COMPANIES = ["Siemens AG", "ABB Ltd", "Infineon Technologies AG", "ASML Holding N.V.", "Nokia Oyj", "Telefonaktiebolaget LM Ericsson",
             "Schneider Electric SE", "Robert Bosch GmbH", "Festo SE & Co. KG", "KION Group AG", "Vestas Wind Systems A/S", "Ørsted A/S",
             "Koninklijke Philips N.V.", "BASF SE", "Tata Consultancy Services Ltd", "Infosys Ltd", "Wipro Limited", "Larsen & Toubro Ltd",
             "Mahindra & Mahindra Ltd", "Rolls-Royce Holdings plc", "Renishaw plc", "Spirax-Sarco Engineering plc", "Halma plc",
             "Smiths Group plc", "Arm Ltd", "CLAAS KGaA mbH", "Deere & Company", "Kingspan Group plc", "Siemens Healthineers AG",
             "Sartorius AG", "Darktrace plc", "Sophos Ltd", "BT Group plc", "Vodafone Group Plc", "SAP SE", "The Weir Group PLC",
             "Würth Group", "Sandvik AB", "Atlas Copco AB", "Nordic Semiconductor ASA", "NXP Semiconductors N.V.",
             "Dr. Reddy's Laboratories Ltd", "Bharat Electronics Ltd", "Beckhoff Automation GmbH & Co. KG", "Trelleborg AB", "JCB"]  # fmt: skip
COMPANY_DOCS = ["Annual report {Y}", "Integrated annual report {Y}", "Sustainability report {Y}", "Capital markets day {Y}",
                "Datasheet: {code} {p}", "White paper: {t} in {s}", "Technical brochure: {code} series", "Product catalogue {Y}/{Y1}",
                "Case study: {code} at a {s} customer", "Half-year report H1 {Y}", "Annual report and accounts {Y}"]  # fmt: skip
CODES = ["SIMATIC S7-1500", "CPX-AP-I", "XC-2000", "AURIX TC4x", "TwinCAT 3", "V236-15.0 MW", "IRB 6700", "NRF54L15",
         "EcoStruxure", "AirSeT", "PROFINET IO", "OPC UA", "Model 5850", "HX-900", "i.MX 95", "MindSphere", "KNX IP"]  # fmt: skip
SHORT_NAMES = ["Siemens", "ABB", "Infineon", "ASML", "Nokia", "Ericsson", "Bosch", "Festo", "Vestas", "Philips", "BASF", "TCS", "Infosys",
               "Wipro", "L&T", "Renishaw", "Halma", "Arm", "CLAAS", "Darktrace", "SAP", "Weir", "Sandvik", "NXP", "Beckhoff", "Trelleborg"]  # fmt: skip
PRODUCTS = ["PLC", "edge controller", "servo drive", "gateway", "sensor", "microcontroller", "inverter", "heat pump", "pump", "MRI coil"]  # fmt: skip

GOVERNMENT = ["European Commission", "Eurostat", "Destatis", "Statistisches Bundesamt (Destatis)", "Centraal Bureau voor de Statistiek (CBS)",
              "Statistics Sweden", "Statistics Denmark", "Office for National Statistics", "Department for Science, Innovation and Technology",
              "Department for Business and Trade", "Ofcom", "Health and Safety Executive", "Medicines and Healthcare products Regulatory Agency (MHRA)",
              "Bundesnetzagentur", "European Union Agency for Cybersecurity (ENISA)", "National Cyber Security Centre", "Ministry of Electronics and Information Technology",
              "Government of India", "Innovate UK", "Crown Commercial Service", "Federal Ministry for Economic Affairs and Climate Action",
              "Rijksdienst voor Ondernemend Nederland (RVO)", "UK Export Finance", "Department for Energy Security and Net Zero"]  # fmt: skip
GOV_TITLES = ["{S}: statistical bulletin {Y}", "Digital decade country report {Y}: the Netherlands", "Industrial production, {m} {Y}",
              "Procurement policy note {q}/{Y2}", "Cyber security breaches survey {Y}", "{S} sector deal", "Guidance on the {code} conformity route",
              "Enterprises using cloud computing services, {Y}", "Threat landscape {Y}", "National semiconductor strategy", "Exports of {s} by destination, {Y}"]  # fmt: skip
DATASETS = [("Eurostat", "Production in industry - annual data (sts_inpr_a)"), ("Eurostat", "Cloud computing services by size class of enterprise (isoc_cicce_use)"),
            ("Destatis", "Foreign trade: exports of machinery (51000-0004)"), ("Office for National Statistics", "Business investment by industry and asset"),
            ("Centraal Bureau voor de Statistiek (CBS)", "ICT use by companies; company size and branch (SBI 2008)"), ("NASSCOM", "Technology sector in India: strategic review dataset")]  # fmt: skip
LEGISLATION = [("European Parliament and Council of the European Union", "Regulation (EU) 2017/745 on medical devices", 2017),
               ("European Parliament and Council of the European Union", "Regulation (EU) 2023/1230 on machinery", 2023),
               ("European Parliament and Council of the European Union", "Directive (EU) 2022/2555 on measures for a high common level of cybersecurity across the Union (NIS 2 Directive)", 2022),
               ("European Parliament and Council of the European Union", "Regulation (EU) 2024/1689 laying down harmonised rules on artificial intelligence (Artificial Intelligence Act)", 2024),
               ("European Parliament and Council of the European Union", "Regulation (EU) 2016/679 (General Data Protection Regulation)", 2016),
               ("European Parliament and Council of the European Union", "Regulation (EU) No 305/2011 laying down harmonised conditions for the marketing of construction products", 2011),
               ("Great Britain", "Procurement Act 2023", 2023), ("Great Britain", "Product Security and Telecommunications Infrastructure Act 2022", 2022),
               ("Great Britain", "Telecommunications (Security) Act 2021", 2021), ("Great Britain", "Building Safety Act 2022", 2022),
               ("Government of India", "Digital Personal Data Protection Act, 2023", 2023)]  # fmt: skip
STANDARDS = [("International Organization for Standardization", "ISO 9001:2015 Quality management systems. Requirements", 2015),
             ("International Organization for Standardization", "ISO 13485:2016 Medical devices. Quality management systems", 2016),
             ("ISO/IEC", "ISO/IEC 27001:2022 Information security, cybersecurity and privacy protection", 2022),
             ("International Electrotechnical Commission", "IEC 62443-3-3:2013 Security for industrial automation and control systems", 2013),
             ("International Electrotechnical Commission", "IEC 61131-3:2013 Programmable controllers. Part 3: programming languages", 2013),
             ("British Standards Institution", "BS EN 15804:2012+A2:2019 Sustainability of construction works", 2019),
             ("ETSI", "ETSI EN 303 645 V2.1.1 Cyber security for consumer Internet of Things", 2020),
             ("Deutsches Institut für Normung (DIN)", "DIN SPEC 91345:2016 Reference Architecture Model Industrie 4.0 (RAMI4.0)", 2016),
             ("International Organization for Standardization", "ISO 14971:2019 Medical devices. Application of risk management", 2019)]  # fmt: skip
PUBLISHED_BY = {"International Organization for Standardization": ("ISO", "Geneva"), "ISO/IEC": ("ISO", "Geneva"),
                "International Electrotechnical Commission": ("IEC", "Geneva"), "British Standards Institution": ("BSI", "London"),
                "ETSI": ("ETSI", "Sophia Antipolis"), "Deutsches Institut für Normung (DIN)": ("Beuth Verlag", "Berlin")}  # fmt: skip
NEWS = ["Financial Times", "Handelsblatt", "The Economic Times", "Reuters", "The Times", "Het Financieele Dagblad", "Dagens Industri", "The Hindu BusinessLine"]  # fmt: skip
TRADE = ["The Engineer", "Computer Weekly", "Electronics Weekly", "EE Times", "Light Reading", "Logistics Manager", "Medical Device Network",
         "Farmers Weekly", "Construction News", "reNEWS", "Chemistry World", "The Register", "Control Engineering Europe", "B2B Marketing", "Mobile World Live"]  # fmt: skip
HEADLINES = ["{B} opens new {s} plant in {city}", "{B} wins tender for {s} upgrade", "Why {s} buyers are delaying orders",
             "Hannover Messe {Y}: five things we learned", "MWC {Y}: private 5G moves from pilot to procurement", "{B} cuts prices on {code} range",
             "Interview: {B}'s CMO on selling to engineers", "Chip shortage eases for {s} makers", "{S} demand slows in Germany",
             "How {B} rebuilt its partner programme", "Cyber attack halts production at {s} supplier"]  # fmt: skip
CITIES = ["Eindhoven", "Dresden", "Pune", "Gothenburg", "Aarhus", "Stuttgart", "Bengaluru", "Tampere", "Sheffield", "Rotterdam"]  # fmt: skip
WEB_ORGS = ["Siemens", "ABB", "Festo", "Beckhoff", "Infineon", "Ericsson", "Nokia", "HubSpot", "LinkedIn", "TechTarget",
            "Chartered Institute of Marketing", "The Chartered Institute of Procurement & Supply (CIPS)", "B2B Marketing",
            "Hannover Messe", "GSMA", "Deutsche Messe AG", "Institution of Engineering and Technology (IET)", "Make UK",
            "techUK", "Gartner", "Schneider Electric", "O'Reilly Media"]  # fmt: skip
WEB_TITLES = ["What is {t}?", "{S} buyer's guide", "Why {t} matters for {s} suppliers", "{code}: technical specifications",
              "How to write a winning tender response", "Exhibitor statistics", "B2B buying groups explained", "Our {s} portfolio",
              "Frequently asked questions: {code}", "Glossary: {t}"]  # fmt: skip
CHANNELS = ["Siemens", "Festo", "ABB Robotics", "Beckhoff Automation", "Infineon Technologies", "Ericsson", "Hannover Messe",
            "Gartner", "B2B Institute", "The Engineering Mindset", "Nordic Semiconductor", "MWC Barcelona"]  # fmt: skip
VIDEO_TITLES = ["{code} product demo", "Webinar: {t} for {s}", "Hannover Messe {Y} keynote", "How the {code} works",
                "Customer story: {s} at {city}", "MWC {Y}: private networks panel", "Unboxing the {code}"]  # fmt: skip
PODCASTS = [("B2B Marketing", "The B2B Marketing Podcast"), ("Gartner", "Gartner ThinkCast"), ("McKinsey & Company", "The McKinsey Podcast"),
            ("Siemens", "Siemens Industry Experts"), ("The Engineer", "The Engineer Podcast"), ("LinkedIn", "The B2B Institute Podcast")]  # fmt: skip
POST_TITLES = ["Three lessons from our first Hannover Messe stand", "Why we stopped gating our datasheets", "RFQ season is here",
               "Engineers do read marketing emails, if they are useful", "Our {code} launch in numbers", "What MWC {Y} taught me about {t}",
               "Stop calling it a funnel", "Tender writing is marketing"]  # fmt: skip
PLATFORMS = [("LinkedIn", "https://www.linkedin.com/posts/"), ("X", "https://x.com/"), ("Medium", "https://medium.com/@"), ("Substack", "https://substack.com/@")]  # fmt: skip


class Blind26WorkFactory:
    """Makes one report's works from a seed; the same seed always gives the same works."""

    KINDS: ClassVar[dict[str, float]] = {
        "book": 12, "chapter": 5, "journal": 20, "conference": 5, "report": 11, "company-report": 9, "government": 6,
        "dataset": 3, "legislation": 3, "standard": 3, "news": 5, "trade-press": 6, "web": 8, "video": 3, "podcast": 2,
        "social": 3,
    }  # fmt: skip

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 97 + 26026)
        self.counter = 0
        self.dated_orgs: list[tuple[str, int]] = []
        self.drawn: list[object] = []

    # ------------------------------------------------------------------ pieces
    def person(self) -> dict[str, str]:
        rng = self.rng
        given = rng.choice(GIVEN)
        roll = rng.random()
        if roll < 0.2:
            particle, family = rng.choice(PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.28:
            return {"family": rng.choice(HYPHENATED), "given": given}
        if roll < 0.36:
            return {"family": rng.choice(CELTIC), "given": given}
        return {"family": rng.choice(PLAIN_SURNAMES), "given": given}

    def people(self, low: int, high: int) -> list[dict[str, str]]:
        weights = [40, 28, 16, 7, 4, 2, 2, 1][low - 1 : high]
        count = self.rng.choices(range(low, high + 1), weights=weights)[0]
        return [self.person() for _ in range(count)]

    def year(self, low: int = 2010, high: int = 2025) -> int:
        return self.rng.randint(low, high)

    def accessed(self, issued: dict[str, Any] | None) -> dict[str, Any]:
        """A day on which the source was read: in 2023-2025 and never before it was published."""
        parts = issued["date-parts"][0] if issued else [2023]
        first = max(
            datetime.date(2023, 1, 1),
            datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1),
        )
        last = datetime.date(2025, 12, 28)
        day = first + datetime.timedelta(days=self.rng.randint(0, max(0, (last - first).days)))
        return {"date-parts": [[day.year, day.month, day.day]]}

    def unused(self, table: list[tuple[str, str, int]] | list[tuple[str, str]]) -> Any:
        """A row not yet drawn for this report, so that one law, standard or dataset is not listed twice."""
        fresh = [row for row in table if row not in self.drawn]
        row = self.rng.choice(fresh or table)
        self.drawn.append(row)
        return row

    def words(self, pattern: str, year: int | None = None) -> str:
        rng = self.rng
        s, t = rng.choice(SECTORS), rng.choice(TOPICS)
        y = year or rng.randint(2018, 2025)
        filled = pattern.format(s=s, S=s[0].upper() + s[1:], t=t, T=t[0].upper() + t[1:], Y=y, Y1=y + 1, Y2=str(y)[2:],
                                Y5=y + 5, q=rng.randint(1, 4), m=rng.choice(["June", "November", "March"]),
                                code=rng.choice(CODES), p=rng.choice(PRODUCTS), B=rng.choice(SHORT_NAMES),
                                city=rng.choice(CITIES))  # fmt: skip
        return filled

    def slug(self, text: str) -> str:
        return "-".join("".join(ch for ch in word.lower() if ch.isalnum()) for word in text.split()[:6]).strip("-")

    def done(self, record: dict[str, Any], kind: str, tags: set[str] | None = None) -> Work:
        self.counter += 1
        record["id"] = f"b26w{self.counter}"
        first = record["author"][0]
        organisation = "literal" in first
        lead = (
            first["literal"]
            if organisation
            else " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        )
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(
            record,
            lead,
            year,
            organisation,
            len(record["author"]),
            kind,
            (tags or set()) | ({"organisation"} if organisation else set()),
        )

    def org_issued(self, name: str, low: int = 2015, detail: bool = False) -> dict[str, Any]:
        """Now and then one organisation's second work of a year it already has ("Gartner, 2023a" and "2023b")."""
        same = [y for n, y in self.dated_orgs if n == name]
        year = self.rng.choice(same) if same and self.rng.random() < 0.5 else self.year(low)
        self.dated_orgs.append((name, year))
        if detail:
            return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        return {"date-parts": [[year]]}

    def online(self, record: dict[str, Any], url: str, access: float = 0.975) -> None:
        record["URL"] = url
        if self.rng.random() < access:  # a few online sources are listed without an access date, as some students do
            record["accessed"] = self.accessed(record.get("issued"))

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        if kind is None:
            kind = self.rng.choices(list(self.KINDS), weights=list(self.KINDS.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()  # type: ignore[no-any-return]

    def _book(self) -> Work:
        title, low, high = self.rng.choice(BOOKS)
        publisher, place = self.rng.choice(PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": title, "author": self.people(1, 4), "issued": {"date-parts": [[self.year(2005)]]},
                                  "publisher": publisher, "publisher-place": place}  # fmt: skip
        edition = self.rng.randint(low, high)
        if edition > 1:
            record["edition"] = str(edition)
        return self.done(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(
            [p for p in PUBLISHERS if p[0] in ("Routledge", "Springer", "Edward Elgar", "SAGE", "Springer Gabler")]
        )
        start = self.rng.randint(1, 420)
        record: dict[str, Any] = {"type": "chapter", "title": self.words(self.rng.choice(ARTICLES)), "author": self.people(1, 3),
                                  "editor": [self.person() for _ in range(self.rng.randint(1, 3))], "container-title": self.rng.choice(EDITED),
                                  "issued": {"date-parts": [[self.year(2008)]]}, "publisher": publisher, "publisher-place": place,
                                  "page": f"{start}-{start + self.rng.randint(12, 30)}"}  # fmt: skip
        return self.done(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 1400)
        year = self.year(2002)
        record: dict[str, Any] = {"type": "article-journal", "title": self.words(self.rng.choice(ARTICLES)), "author": self.people(1, 8),
                                  "container-title": self.rng.choice(JOURNALS), "issued": {"date-parts": [[year]]},
                                  "volume": str(max(1, year - 1975 + self.rng.randint(-3, 30))), "issue": str(self.rng.randint(1, 8)),
                                  "page": f"{start}-{start + self.rng.randint(9, 24)}"}  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice([1016, 1108, 1109, 1145, 1111])}/{self.rng.choice(['j.indmarman', 'JBIM', 'TEM', 'jpim'])}.{year}.{self.rng.randint(1000, 99999)}"
            )
        return self.done(record, "journal")

    def _conference(self) -> Work:
        container, publisher, place = self.rng.choice(CONFERENCES)
        year = self.year(2012)
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {"type": "paper-conference", "title": self.words(self.rng.choice(ARTICLES)), "author": self.people(2, 6),
                                  "container-title": container, "issued": {"date-parts": [[year]]}, "publisher": publisher,
                                  "publisher-place": place, "page": f"{start}-{start + self.rng.randint(3, 8)}"}  # fmt: skip
        if self.rng.random() < 0.6:
            record["DOI"] = (
                f"10.{1109 if publisher == 'IEEE' else 1145}/{self.rng.randint(10000, 99999)}.{year}.{self.rng.randint(100, 9999)}"
            )
        return self.done(record, "conference")

    def _report(self) -> Work:
        name = self.rng.choice(ANALYSTS)
        issued: dict[str, Any] | None = self.org_issued(name)
        if self.rng.random() < 0.08:
            issued = None  # an undated report
        title = self.words(self.rng.choice(REPORT_TITLES), issued["date-parts"][0][0] if issued else None)
        if self.rng.random() < 0.2:  # an analyst's report under its analysts' names
            record: dict[str, Any] = {"type": "report", "title": title, "author": self.people(1, 3), "publisher": name.split(" (")[0],
                                      "publisher-place": self.rng.choice(["Stamford, CT", "Needham, MA", "Cambridge, MA", "London", "Munich"])}  # fmt: skip
        else:
            record = {"type": "report", "title": title, "author": [{"literal": name}]}
        if issued:
            record["issued"] = issued
        self.online(
            record, f"https://www.{self.slug(name.split(' (')[0]).split('-')[0]}.com/en/insights/{self.slug(title)}"
        )
        return self.done(record, "report")

    def _company_report(self) -> Work:
        name = self.rng.choice(COMPANIES)
        issued: dict[str, Any] | None = self.org_issued(name)
        doc = self.rng.choice(COMPANY_DOCS)
        if doc.startswith(("Datasheet", "Technical", "Case")) and self.rng.random() < 0.45:
            issued = None  # datasheets seldom carry a date
        title = self.words(doc, issued["date-parts"][0][0] - (1 if "Annual" in doc else 0) if issued else None)
        record: dict[str, Any] = {"type": "report", "title": title, "author": [{"literal": name}]}
        if issued:
            record["issued"] = issued
        if self.rng.random() < 0.35:
            record["publisher"], record["publisher-place"] = (
                name,
                self.rng.choice([*CITIES, "Munich", "London", "Stockholm"]),
            )
        self.online(record, f"https://www.{self.slug(name).split('-')[0]}.com/{self.slug(title)}.pdf")
        return self.done(record, "company-report", {"company"})

    def _government(self) -> Work:
        name = self.rng.choice(GOVERNMENT)
        issued = self.org_issued(name)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.words(self.rng.choice(GOV_TITLES), issued["date-parts"][0][0]),
                                  "author": [{"literal": name}], "issued": issued}  # fmt: skip
        domain = (
            "gov.uk/government/publications"
            if "Department" in name or name in ("Ofcom", "Innovate UK", "Crown Commercial Service")
            else "europa.eu/publications"
        )
        self.online(record, f"https://www.{domain}/{self.slug(record['title'])}")
        return self.done(record, "government", {"government"})

    def _dataset(self) -> Work:
        name, title = self.unused(DATASETS)
        issued = self.org_issued(name, 2018, detail=True)
        record: dict[str, Any] = {"type": "dataset", "title": title, "author": [{"literal": name}], "issued": issued}
        self.online(record, f"https://data.example-stats.eu/{self.slug(title)}", access=0.97)
        return self.done(record, "dataset", {"government"})

    def _legislation(self) -> Work:
        author, title, year = self.unused(LEGISLATION)
        record: dict[str, Any] = {
            "type": "legislation",
            "title": title,
            "author": [{"literal": author}],
            "issued": {"date-parts": [[year]]},
        }
        if author.startswith("European") and self.rng.random() < 0.6:
            record["container-title"] = "Official Journal of the European Union"
            self.online(record, f"https://eur-lex.europa.eu/eli/{self.slug(title)}")
        elif self.rng.random() < 0.5:
            self.online(record, f"https://www.legislation.gov.uk/ukpga/{year}/{self.rng.randint(1, 60)}")
        return self.done(record, "legislation", {"legislation"})

    def _standard(self) -> Work:
        author, title, year = self.unused(STANDARDS)
        record: dict[str, Any] = {"type": "report", "title": title, "author": [{"literal": author}], "issued": {"date-parts": [[year]]},
                                  "publisher": PUBLISHED_BY[author][0], "publisher-place": PUBLISHED_BY[author][1]}  # fmt: skip
        return self.done(record, "standard", {"standard"})

    def _news(self) -> Work:
        year = self.year(2016)
        issued = {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        container = self.rng.choice(NEWS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self.words(self.rng.choice(HEADLINES), year), "container-title": container,
                                  "issued": issued}  # fmt: skip
        if self.rng.random() < 0.8:
            record["author"] = self.people(1, 2)
        else:
            record["author"] = [{"literal": container}]
        self.online(record, f"https://www.{self.slug(container).replace('-', '')}.com/{self.slug(record['title'])}")
        return self.done(record, "news")

    def _trade_press(self) -> Work:
        year = self.year(2016)
        issued = {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        container = self.rng.choice(TRADE)
        record: dict[str, Any] = {"type": "article-magazine", "title": self.words(self.rng.choice(HEADLINES), year), "container-title": container,
                                  "issued": issued}  # fmt: skip
        record["author"] = self.people(1, 3) if self.rng.random() < 0.75 else [{"literal": container}]
        self.online(
            record, f"https://www.{self.slug(container).replace('-', '')}.co.uk/news/{self.slug(record['title'])}"
        )
        return self.done(record, "trade-press")

    def _web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self.words(self.rng.choice(WEB_TITLES))}
        if self.rng.random() < 0.3:
            record["author"] = self.people(1, 2)
            name = "blog"
        else:
            name = self.rng.choice(WEB_ORGS)
            record["author"] = [{"literal": name}]
        if self.rng.random() < 0.6:  # many product and help pages carry no date
            record["issued"] = self.org_issued(name, 2018) if name != "blog" else {"date-parts": [[self.year(2018)]]}
        self.online(record, f"https://www.{self.slug(name).split('-')[0]}.com/{self.slug(record['title'])}", access=0.9)
        return self.done(record, "web")

    def _video(self) -> Work:
        channel = self.rng.choice(CHANNELS)
        issued = {"date-parts": [[self.year(2018), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        record: dict[str, Any] = {"type": "motion_picture", "title": self.words(self.rng.choice(VIDEO_TITLES), issued["date-parts"][0][0]),
                                  "author": [{"literal": channel}], "issued": issued, "medium": self.rng.choice(["YouTube video", "Webinar", "Video"])}  # fmt: skip
        self.online(record, f"https://www.youtube.com/watch?v={self.rng.randint(10**9, 10**10)}")
        return self.done(record, "video")

    def _podcast(self) -> Work:
        author, show = self.rng.choice(PODCASTS)
        issued = {"date-parts": [[self.year(2019), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        record: dict[str, Any] = {"type": "song", "title": self.words("Episode {q}{q}: {T} in {s}"), "container-title": show,
                                  "author": self.people(1, 2) if self.rng.random() < 0.4 else [{"literal": author}], "issued": issued, "medium": "Podcast"}  # fmt: skip
        self.online(record, f"https://podcasts.apple.com/gb/podcast/{self.slug(show)}")
        return self.done(record, "podcast")

    def _social(self) -> Work:
        platform, url = self.rng.choice(PLATFORMS)
        issued = {"date-parts": [[self.year(2020), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        author = self.people(1, 1) if self.rng.random() < 0.75 else [{"literal": self.rng.choice(CHANNELS)}]
        record: dict[str, Any] = {"type": "post", "title": self.words(self.rng.choice(POST_TITLES), issued["date-parts"][0][0]), "author": author,
                                  "container-title": platform, "issued": issued}  # fmt: skip
        self.online(record, f"{url}{self.slug(record['title'])}")
        return self.done(record, "social")
