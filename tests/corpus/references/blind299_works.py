"""The blind299 pool's works: what marketers in Sudan, South Sudan and the Horn of Africa cite.

Written without reading the checker, its tests or any other pool. Candidates at Sudanese and South Sudanese
telecoms, mobile-money, banking, gum-arabic, livestock-export and consumer-goods firms, NGOs and diaspora businesses
(in Sudan, South Sudan, Egypt, Saudi Arabia, the UAE, the UK and the United States) cite books, chapters and journal
articles on African business, development and Islamic marketing with one to eight authors and DOIs, the marketing
texts every candidate cites, reports of the Central Bank of Sudan, the statistics offices of both Sudans, the
TPRA, the World Bank, the IMF, GSMA, UNDP, OCHA, the AfDB and FAO (two works of one body in a year), firms' pages and
annual reports ("Zain Group K.S.C.P.", "MTN Group Limited", "DAL Group Co. Ltd", "Emirates Telecommunications Group
Company P.J.S.C."), the regional and international press signed and unsigned, market research with and without years
and undated pages. Names are written as the region's scholars and journals print them: Sudanese chained names with
the last name of the chain as family name ("Abdelrahman, M.A."), "El", "Al-", "Abu" and "Abdel" names ("El Tayeb",
"Al-Mahdi", "Abu Sin", "Abdel Ghaffar", "Elbadawi"), Dinka and Nuer names ("Deng", "Garang", "Gatkuoth", "Nyuon"),
Egyptian and Gulf names ("El-Sayed", "Al-Qahtani"), the Europeans who write on the Sudans ("de Waal", "Bøås",
"Sørbø", "Ylönen", "Péclard") and British names.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "report", "company-report", "web", "news", "market-research", "textbook")

# Given names (one, or a chain of given name and father's name) and family names as papers print them.
_SUDANESE_GIVEN = ["Mohamed", "Mohamed Ahmed", "Ahmed Hassan", "Abdalla", "Osman", "Hassan Ali", "Omer", "Amal",
                   "Nada", "Fatima Elzahra", "Samia", "Hiba", "Tagwa", "Mustafa Babiker", "Khalid Mahmoud",
                   "Elsadig", "Mawada", "Eltayeb", "Abubakr", "Reem", "Nagla", "Suad", "Ibrahim Adam", "Yousif"]  # fmt: skip
_SUDANESE_FAMILY = ["Abdelrahman", "Abdelgadir", "Elbadawi", "El Tayeb", "Eltayeb", "Al-Mahdi", "Abu Sin",
                    "Abdel Ghaffar", "Abdelmoneim", "Osman", "Babiker", "Elamin", "El Hassan", "Mohamed", "Ahmed",
                    "Ali", "Abdalla", "Hamid", "Salih", "Elnour", "Suliman", "Abdel Aziz", "Musa", "Yousif", "Idris",
                    "Al-Amin", "Abdelwahab", "Elsheikh", "Khalifa", "Nugud", "Abu Shouk", "El-Battahani"]  # fmt: skip
_SOUTH_SUDANESE = [("Deng", "Luka Biong"), ("Garang", "Ajak"), ("Gatkuoth", "Peter"), ("Nyuon", "Rebecca"),
                   ("Kuol", "Lual Acuek"), ("Mayen", "Achol"), ("Akol", "Mary"), ("Chol", "Abraham Majak"),
                   ("Majok", "Deng"), ("Lual", "Nyandeng"), ("Machar", "Gatwech"), ("Jok", "Jok Madut"),
                   ("Wani", "Joseph"), ("Lado", "Esther"), ("Malual", "Bol"), ("Ruach", "Nyakuma"),
                   ("Tut", "James Both"), ("Biel", "Nyawuor")]  # fmt: skip
_EGYPTIAN_GULF = [("El-Sayed", "Omar"), ("Abdel-Aziz", "Mona"), ("Mostafa", "Heba"), ("Farouk", "Karim"),
                  ("Shalaby", "Nermeen"), ("El-Gamal", "Tarek"), ("Hassan", "Yasmine"), ("Al-Qahtani", "Saad"),
                  ("Al-Otaibi", "Noura"), ("Al Suwaidi", "Maryam"), ("Al-Harthy", "Fahad"), ("AlShehhi", "Aisha"),
                  ("Abu-Rish", "Ziad"), ("Wilson", "Jonathan A.J.")]  # fmt: skip
# Europeans and others who write on the Sudans and on African markets (given names invented).
_EUROPEAN = [("Bøås", "Morten"), ("Sørbø", "Gunnar"), ("Ylönen", "Aleksi"), ("Péclard", "Didier"),
             ("Médard", "Claire"), ("Müller", "Katrin"), ("Verhoeven", "Harry"), ("Thomas", "Edward"),
             ("Young", "John"), ("Johnson", "Douglas H."), ("Mamdani", "Mahmood"), ("Duffield", "Mark"),
             ("Pantuliano", "Sara"), ("Mcharo", "Amina"), ("Okello", "Grace"), ("Ndung'u", "Njuguna"),
             ("Mas", "Ignacio"), ("Suri", "Tavneet")]  # fmt: skip
_PARTICLE_NAMES = [("de", "Waal", "Alex"), ("van der", "Zwan", "Joost"), ("de", "Vries", "Lotje"),
                   ("van", "Dijk", "Femke")]  # fmt: skip

# Organisations as these candidates cite them, with what makes them hard.
_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("Central Bank of Sudan", {"government"}), ("Central Bank of Sudan (CBOS)", {"government", "abbreviation"}),
    ("Central Bureau of Statistics (Sudan)", {"government"}),
    ("National Bureau of Statistics (South Sudan)", {"government"}),
    ("Telecommunications and Post Regulatory Authority (TPRA)", {"government", "abbreviation"}),
    ("Telecommunications and Post Regulatory Authority", {"government"}),
    ("Bank of South Sudan", {"government"}), ("Ministry of Finance & Economic Planning", {"government", "ampersand"}),
    ("World Bank", {"international"}), ("World Bank Group", {"international"}),
    ("International Monetary Fund", {"international"}), ("IMF", {"international", "acronym"}),
    ("International Monetary Fund (IMF)", {"international", "abbreviation"}), ("GSMA", {"trade-body", "acronym"}),
    ("UNDP", {"international", "acronym"}), ("United Nations Development Programme", {"international"}),
    ("OCHA", {"international", "acronym"}),
    ("United Nations Office for the Coordination of Humanitarian Affairs (OCHA)", {"international", "abbreviation"}),
    ("African Development Bank", {"international"}), ("African Development Bank Group (AfDB)", {"international", "abbreviation"}),
    ("FAO", {"international", "acronym"}), ("Food and Agriculture Organization of the United Nations", {"international"}),
    ("UNHCR", {"international", "acronym"}), ("World Food Programme", {"international"}),
    ("Zain Group K.S.C.P.", {"company", "punctuation"}), ("MTN Group Limited", {"company"}),
    ("Sudatel Telecom Group", {"company"}), ("DAL Group Co. Ltd", {"company", "punctuation"}),
    ("Emirates Telecommunications Group Company P.J.S.C.", {"company", "punctuation"}),
    ("MTN South Sudan Ltd", {"company"}), ("Kenana Sugar Company Ltd", {"company"}),
    ("Bank of Khartoum", {"company"}), ("Faisal Islamic Bank (Sudan)", {"company"}),
    ("Talabat Holding plc", {"company"}), ("Careem Inc.", {"company"}), ("Safaricom PLC", {"company"}),
    ("Mo Ibrahim Foundation", {"charity"}), ("Sudanese Red Crescent Society", {"charity"}),
    ("Norwegian People's Aid", {"charity", "apostrophe"}), ("Women's Refugee Commission", {"charity", "apostrophe"}),
    ("Médecins Sans Frontières", {"charity", "accent"}), ("Rift Valley Institute", {"charity"}),
    ("McKinsey & Company", {"company", "ampersand"}), ("Ernst & Young", {"company", "ampersand"}),
    ("Chartered Institute of Marketing", {"trade-body"}), ("CIM", {"trade-body", "acronym"}),
]  # fmt: skip
_GOVERNMENT_TITLES = {
    "Central Bank of Sudan": ["Annual report {Y}", "Economic and financial statistics review: {q}th quarter {Y}", "Regulations for electronic payment services", "Mobile payment services guidelines"],
    "Central Bureau of Statistics (Sudan)": ["Consumer price index and inflation, {Y}", "Sudan national household budget and poverty survey", "Statistical yearbook {Y}"],
    "National Bureau of Statistics (South Sudan)": ["Consumer price index for South Sudan, {M} {Y}", "South Sudan statistical yearbook", "National baseline household survey"],
    "Telecommunications and Post Regulatory Authority": ["Telecommunications market indicators {Y}", "Annual report {Y}", "Quality of service regulations for mobile networks"],
    "World Bank": ["Sudan economic update: {topic}", "South Sudan economic monitor: {topic}", "The Global Findex database {Y}", "Sudan country economic memorandum"],
    "International Monetary Fund": ["Sudan: staff-monitored program", "Sudan: request for an arrangement under the Extended Credit Facility", "South Sudan: Article IV consultation", "Regional economic outlook: Sub-Saharan Africa"],
    "GSMA": ["The mobile economy: Sub-Saharan Africa {Y}", "State of the industry report on mobile money {Y}", "Mobile money in humanitarian settings", "The mobile gender gap report {Y}"],
    "UNDP": ["Human development report {Y}", "Sudan private sector development strategy", "Youth entrepreneurship in South Sudan"],
    "OCHA": ["Sudan humanitarian response plan {Y}", "South Sudan humanitarian needs overview {Y}", "Sudan: cash transfer programming snapshot"],
    "African Development Bank": ["African economic outlook {Y}", "Sudan country strategy paper", "South Sudan country brief"],
    "FAO": ["GIEWS country brief: Sudan", "Crop and food supply assessment mission to Sudan", "The gum arabic value chain in Sudan", "Livestock exports from Sudan: market assessment"],
}  # fmt: skip
_GOVERNMENT_KEYS = {"Central Bank of Sudan (CBOS)": "Central Bank of Sudan", "Bank of South Sudan": "Central Bank of Sudan",
                    "Ministry of Finance & Economic Planning": "Central Bureau of Statistics (Sudan)",
                    "Telecommunications and Post Regulatory Authority (TPRA)": "Telecommunications and Post Regulatory Authority",
                    "World Bank Group": "World Bank", "IMF": "International Monetary Fund",
                    "International Monetary Fund (IMF)": "International Monetary Fund",
                    "United Nations Development Programme": "UNDP", "UNHCR": "OCHA", "World Food Programme": "OCHA",
                    "United Nations Office for the Coordination of Humanitarian Affairs (OCHA)": "OCHA",
                    "African Development Bank Group (AfDB)": "African Development Bank",
                    "Food and Agriculture Organization of the United Nations": "FAO"}  # fmt: skip
_GOVERNMENT_NAMES = [name for name, tags in _ORGANISATIONS if tags & {"government", "international"}] + ["GSMA"]
_DOMAINS = {"Zain Group K.S.C.P.": "zain.com", "MTN Group Limited": "mtn.com", "Sudatel Telecom Group": "sudatel.sd",
            "DAL Group Co. Ltd": "dalgroup.com", "Emirates Telecommunications Group Company P.J.S.C.": "eand.com",
            "MTN South Sudan Ltd": "mtn.com.ss", "Kenana Sugar Company Ltd": "kenana.com",
            "Bank of Khartoum": "bankofkhartoum.com", "Faisal Islamic Bank (Sudan)": "fibsudan.com",
            "Talabat Holding plc": "talabat.com", "Careem Inc.": "careem.com", "Safaricom PLC": "safaricom.co.ke",
            "Mo Ibrahim Foundation": "mo.ibrahim.foundation", "Sudanese Red Crescent Society": "srcs.sd",
            "Norwegian People's Aid": "npaid.org", "Women's Refugee Commission": "womensrefugeecommission.org",
            "Médecins Sans Frontières": "msf.org", "Rift Valley Institute": "riftvalley.net",
            "McKinsey & Company": "mckinsey.com", "Ernst & Young": "ey.com", "Chartered Institute of Marketing": "cim.co.uk",
            "CIM": "cim.co.uk", "Sudan Tribune": "sudantribune.com", "Radio Dabanga": "dabangasudan.org",
            "Dabanga": "dabangasudan.org", "The East African": "theeastafrican.co.ke", "Al Jazeera": "aljazeera.com",
            "Reuters": "reuters.com", "Financial Times": "ft.com", "Asharq Al-Awsat": "english.aawsat.com",
            "Eye Radio": "eyeradio.org", "BBC News": "bbc.co.uk", "The National": "thenationalnews.com",
            "Middle East Eye": "middleeasteye.net", "GSMA Intelligence": "gsmaintelligence.com", "Ookla": "speedtest.net",
            "DataReportal": "datareportal.com", "Ipsos": "ipsos.com", "Euromonitor International": "euromonitor.com",
            "Statista": "statista.com", "Statista Research Department": "statista.com", "Kantar": "kantar.com",
            "Nielsen": "nielsen.com", "GSMA": "gsma.com"}  # fmt: skip
_COMPANY_NAMES = [name for name, tags in _ORGANISATIONS if "company" in tags]
_CHARITY_NAMES = [name for name, tags in _ORGANISATIONS if tags & {"charity", "trade-body"}]
_PUBLISHER_PLACES = {"Routledge": "Abingdon", "James Currey": "Woodbridge", "Hurst": "London",
                     "Palgrave Macmillan": "Cham", "Zed Books": "London", "Springer": "Cham",
                     "Cambridge University Press": "Cambridge", "Khartoum University Press": "Khartoum",
                     "Edward Elgar": "Cheltenham", "Oxford University Press": "Oxford"}  # fmt: skip
# Where each body publishes and its web address.
_BODY_HOMES = {"Central Bank of Sudan": ("Khartoum", "cbos.gov.sd"), "Bank of South Sudan": ("Juba", "boss.gov.ss"),
               "Central Bureau of Statistics (Sudan)": ("Khartoum", "cbs.gov.sd"),
               "National Bureau of Statistics (South Sudan)": ("Juba", "ssnbss.org"),
               "Telecommunications and Post Regulatory Authority": ("Khartoum", "tpra.gov.sd"),
               "Ministry of Finance & Economic Planning": ("Khartoum", "mof.gov.sd"),
               "World Bank": ("Washington, DC", "worldbank.org"), "World Bank Group": ("Washington, DC", "worldbank.org"),
               "International Monetary Fund": ("Washington, DC", "imf.org"), "IMF": ("Washington, DC", "imf.org"),
               "GSMA": ("London", "gsma.com"), "UNDP": ("New York", "undp.org"),
               "United Nations Development Programme": ("New York", "undp.org"), "OCHA": ("New York", "unocha.org"),
               "United Nations Office for the Coordination of Humanitarian Affairs": ("New York", "unocha.org"),
               "African Development Bank": ("Abidjan", "afdb.org"), "African Development Bank Group": ("Abidjan", "afdb.org"),
               "FAO": ("Rome", "fao.org"), "Food and Agriculture Organization of the United Nations": ("Rome", "fao.org"),
               "UNHCR": ("Geneva", "unhcr.org"), "World Food Programme": ("Rome", "wfp.org")}  # fmt: skip
_COMPANY_PAGES = ["About us", "Our story", "Sustainability report {Y}", "Annual report {Y}", "Integrated annual report {Y}",
                  "Investor presentation: {q}Q {Y} results", "Our brands",
                  "Corporate social responsibility", "Careers", "Press release: {topic}", "Group strategy {Y}-{Y2}",
                  "Annual review {Y}", "Our impact in Sudan", "Country operations: South Sudan"]  # fmt: skip
_JOURNALS = ["Journal of African Business", "Information Technologies & International Development",
             "Review of African Political Economy", "Journal of Islamic Marketing", "Telecommunications Policy",
             "World Development", "Journal of Eastern African Studies", "International Journal of Emerging Markets",
             "Journal of Marketing", "African Affairs", "Journal of Humanitarian Logistics and Supply Chain Management",
             "Journal of Business Research"]  # fmt: skip
_TOPICS = ["mobile money adoption", "brand trust", "humanitarian cash transfers", "gum arabic exports",
           "livestock exports", "Islamic banking", "customer loyalty in telecoms", "diaspora remittances",
           "digital payments", "financial inclusion", "informal markets", "sanctions and trade", "halal branding",
           "price promotions under inflation", "SIM registration", "internet shutdowns", "agent networks",
           "youth unemployment", "women's entrepreneurship", "consumer ethnocentrism", "Ramadan advertising",
           "social media marketing", "word of mouth", "market orientation", "corporate social responsibility",
           "country-of-origin effects", "supply chains in conflict", "service quality"]  # fmt: skip
_PLACES = ["Sudan", "South Sudan", "Khartoum", "Juba", "Darfur", "the Horn of Africa", "East Africa", "the Gulf",
           "Egypt", "Saudi Arabia", "the UAE", "Sub-Saharan Africa", "the Sudanese diaspora", "Kordofan"]  # fmt: skip
_PRESS = ["Sudan Tribune", "Radio Dabanga", "Dabanga", "The East African", "Al Jazeera", "Reuters",
          "Financial Times", "Asharq Al-Awsat", "Eye Radio", "BBC News", "The National", "Middle East Eye"]  # fmt: skip
_MARKET_RESEARCH = ["GSMA Intelligence", "Ookla", "DataReportal", "Ipsos", "Euromonitor International", "Statista",
                    "Statista Research Department", "Kantar", "Nielsen"]  # fmt: skip
_MR_TITLES = ["Digital {Y}: {place}", "Speedtest Global Index: {place}", "Mobile subscribers in {place}, {Y}",
              "Consumer lifestyles in {place}", "Soft drinks in {place}", "Mobile money: {place} market snapshot",
              "Number of internet users in {place} from 2015 to {Y}", "Fixed and mobile broadband speeds, {place}",
              "Packaged food in {place}", "Telecom operator market shares in {place}, Q{q} {Y}",
              "Ramadan consumer trends in {place}"]  # fmt: skip
_TEXTBOOKS = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane")], "Marketing management", "Pearson", "Harlow", [2009, 2012, 2016]),
    ([("Kotler", "Philip"), ("Armstrong", "Gary")], "Principles of marketing", "Pearson", "Harlow", [2010, 2018, 2021]),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing", "Pearson", "Harlow", [2016, 2019, 2022]),
    ([("Keller", "Kevin Lane")], "Strategic brand management", "Pearson", "Harlow", [2013, 2020]),
    ([("Aaker", "David A.")], "Managing brand equity", "Free Press", "New York", [1991]),
    ([("Porter", "Michael E.")], "Competitive advantage", "Free Press", "New York", [1985]),
    ([("Prahalad", "C.K.")], "The fortune at the bottom of the pyramid", "Wharton School Publishing", "Upper Saddle River", [2004, 2010]),
    ([("Sharp", "Byron")], "How brands grow", "Oxford University Press", "Melbourne", [2010]),
    ([("Hollensen", "Svend")], "Global marketing", "Pearson", "Harlow", [2017, 2020]),
    ([("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], "Principles and practice of marketing", "McGraw-Hill", "London", [2016, 2019]),
    ([("Temporal", "Paul")], "Islamic branding and marketing", "Wiley", "Singapore", [2011]),
    ([("Fill", "Chris"), ("Turnbull", "Sarah")], "Marketing communications", "Pearson", "Harlow", [2016, 2019]),
    ([("Johnson", "Gerry"), ("Whittington", "Richard"), ("Scholes", "Kevan"), ("Angwin", "Duncan"), ("Regnér", "Patrick")],
     "Exploring strategy", "Pearson", "Harlow", [2017, 2020]),
    ([("Kapferer", "Jean-Noël")], "The new strategic brand management", "Kogan Page", "London", [2012]),
]  # fmt: skip


class Blind299WorkFactory(WorkFactory):
    """Works that marketers in the Sudans and the Horn of Africa cite. A subclass, so no other half changes."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 299)
        self.bodies: dict[str, list[tuple[str, int]]] = {}  # earlier organisation works by kind: (name, year)

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.34:
            return {"family": self.rng.choice(_SUDANESE_FAMILY), "given": self.rng.choice(_SUDANESE_GIVEN)}
        if roll < 0.48:
            family, given = self.rng.choice(_SOUTH_SUDANESE)
            return {"family": family, "given": given}
        if roll < 0.60:
            family, given = self.rng.choice(_EGYPTIAN_GULF)
            return {"family": family, "given": given}
        if roll < 0.72:
            family, given = self.rng.choice(_EUROPEAN)
            return {"family": family, "given": given}
        if roll < 0.76:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        fake = self.fakers["en_GB"]
        family = fake.last_name()
        if self.rng.random() < 0.08:
            family = f"{family}-{fake.last_name()}"
        return {"family": family, "given": fake.first_name()}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.06:
            return self.rng.randint(1985, 2004)
        return self.rng.randint(2008, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        first = max(2022, issued[0]) if issued else 2022
        year = self.rng.randint(first, max(first, 2025))
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if issued and year == issued[0] and len(issued) > 1:
            month, day = self.rng.randint(issued[1], 12), 28
        return {"date-parts": [[year, month, day]]}

    def _title(self) -> str:
        topic, place = self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"{topic[0].upper()}{topic[1:]} and {self.rng.choice([t for t in _TOPICS if t != topic])}: evidence from {place}",
                 f"The role of {topic} in {place}", f"Marketing in fragile states: {topic} in {place}",
                 f"Rethinking {topic} in {place}",
                 f"Determinants of {topic} among consumers in {place}", f"{topic[0].upper()}{topic[1:]}: a study of {place}"]  # fmt: skip
        return self.rng.choice(forms)

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if person not in people:
                people.append(person)
        return people

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "textbook", "chapter", "journal", "report", "company-report", "company-web", "web", "news",
             "market-research"],
            weights=[8, 8, 6, 24, 14, 7, 7, 6, 11, 9],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _fill(self, title: str, year: int) -> str:
        return (title.replace("{Y}", str(year)).replace("{Y2}", str(year + self.rng.randint(2, 5)))
                .replace("{q}", str(self.rng.randint(1, 4))).replace("{M}", self.rng.choice(["March", "June", "October"]))
                .replace("{topic}", self.rng.choice(_TOPICS)).replace("{place}", self.rng.choice(_PLACES)))  # fmt: skip

    def _body(self, kind: str, names: list[str]) -> tuple[str, int | None]:
        """A body and no year; now and then a body already drawn, with its year ("World Bank, 2021a" and "2021b")."""
        earlier = self.bodies.setdefault(kind, [])
        if earlier and self.rng.random() < 0.15:
            name, year = self.rng.choice(earlier)
            return name, year
        return self.rng.choice(names), None

    def _dated(self, kind: str, name: str, year: int) -> None:
        self.bodies.setdefault(kind, []).append((name, year))

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self._title(), "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "James Currey", "Hurst", "Palgrave Macmillan", "Zed Books",
                                          "Springer", "Cambridge University Press", "Khartoum University Press"]),
        }  # fmt: skip
        record["publisher-place"] = _PUBLISHER_PLACES[record["publisher"]]
        return self._person_work(record, "book")

    def _textbook(self) -> Work:
        """One of the marketing texts every candidate cites, in one of its real editions' years."""
        authors, title, publisher, place, years = self.rng.choice(_TEXTBOOKS)
        record: dict[str, Any] = {
            "type": "book", "title": title, "author": [{"family": f, "given": g} for f, g in authors],
            "issued": {"date-parts": [[self.rng.choice(years)]]}, "publisher": publisher, "publisher-place": place,
        }  # fmt: skip
        if self.rng.random() < 0.5 and len(years) > 1:
            record["edition"] = str(self.rng.randint(2, 16))
        work = self._person_work(record, "textbook")
        work.tags.add("textbook")
        return work

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["The Sudan handbook", "Marketing in Africa: contemporary perspectives",
                                                "Humanitarian marketing and communication", "Islamic marketing and branding",
                                                "Mobile money in Africa", "The Oxford handbook of the economy of Sudan"]),
            "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "James Currey", "Palgrave Macmillan", "Edward Elgar", "Oxford University Press"]),
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        record["publisher-place"] = _PUBLISHER_PLACES[record["publisher"]]
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.choice(['1080', '1108', '1016', '1093'])}/{self.fakers['en_GB'].lexify('????').upper()}-{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _report(self) -> Work:
        """A report of a government, central bank, statistics office, regulator or international body."""
        name, year = self._body("report", _GOVERNMENT_NAMES)
        year = year or self.year()
        self._dated("report", name, year)
        key = _GOVERNMENT_KEYS.get(name, name)
        titles = _GOVERNMENT_TITLES.get(key, _GOVERNMENT_TITLES["World Bank"])
        title = self._fill(self.rng.choice(titles), year - self.rng.randint(0, 1))
        short = name.split(" (")[0]
        place, domain = _BODY_HOMES[short if short in _BODY_HOMES else name]
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": short, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = f"https://www.{domain}/{self.fakers['en_GB'].slug()}"
            record["accessed"] = self._accessed_after([year])
        tags = dict(_ORGANISATIONS).get(name, set()) | {"government"}
        return self._org_work(record, "report", name, set(tags))

    def _company_report(self) -> Work:
        """A firm's or NGO's annual, sustainability or impact report."""
        name, year = self._body("company-report", _COMPANY_NAMES + _CHARITY_NAMES)
        year = year or self.year()
        self._dated("company-report", name, year)
        title = self.rng.choice(
            [
                "Annual report",
                "Integrated annual report",
                "Sustainability report",
                "Impact report",
                "Annual review",
                "Annual report and accounts",
            ]
        )
        record: dict[str, Any] = {"type": "report", "title": f"{title} {year - self.rng.randint(0, 1)}",
                                  "issued": {"date-parts": [[year]]}, "publisher": name}  # fmt: skip
        if self.rng.random() < 0.75:
            record["URL"] = f"https://www.{_DOMAINS[name]}/{self.fakers['en_GB'].slug()}.pdf"
            record["accessed"] = self._accessed_after([year])
        return self._org_work(record, "company-report", name, set(dict(_ORGANISATIONS)[name]))

    def _company_web(self) -> Work:
        """A firm's or NGO's own page, dated or not, always with its access date."""
        name, year = self._body("web", _COMPANY_NAMES + _CHARITY_NAMES)
        if year is None and self.rng.random() < 0.55:
            year = self.rng.randint(2012, 2025)
        pages = _COMPANY_PAGES + (["Bankak: mobile banking for everyone"] if name == "Bank of Khartoum" else [])
        if year is None:
            pages = [page for page in pages if "{Y}" not in page]
        record: dict[str, Any] = {"type": "webpage", "title": self._fill(self.rng.choice(pages), year or 2024),
                                  "URL": f"https://www.{_DOMAINS[name]}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if year is not None:
            record["issued"] = {"date-parts": [[year]]}
            self._dated("web", name, year)
        record["accessed"] = self._accessed_after([year] if year else None)
        tags = set(dict(_ORGANISATIONS)[name]) | ({"undated"} if year is None else set())
        return self._org_work(record, "web", name, tags)

    def _web(self) -> Work:
        """A blog post or article on the web by named authors, now and then undated."""
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path()}  # fmt: skip
        issued: list[int] | None = None
        if self.rng.random() < 0.75:
            issued = [self.rng.randint(2012, 2025)]
            record["issued"] = {"date-parts": [issued]}
        record["accessed"] = self._accessed_after(issued)
        return self._person_work(record, "web")

    def _news(self) -> Work:
        """A news article, signed or unsigned (then cited by the paper's name), dated to the day."""
        year = self.rng.randint(2010, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._news_title(), "container-title": paper,
            "issued": {"date-parts": [issued]}, "URL": f"https://www.{_DOMAINS[paper]}/{self.fakers['en_GB'].slug()}",
            "accessed": self._accessed_after(issued),
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _news_title(self) -> str:
        return self.rng.choice([
            "Zain Sudan cuts data prices as the pound slides", "MTN South Sudan expands its mobile money agents",
            "Sudanese pound weakens again on the parallel market", "Bankak users double as cash shortages bite",
            "Gum arabic exporters look for new buyers", "Telecom networks restored after weeks-long blackout",
            "Banks wait for correspondent links to return", "Livestock exports to Saudi Arabia resume",
            "DAL Group launches new dairy brand", "Humanitarian agencies turn to mobile money",
            "Sudani offers free minutes for Ramadan", "Juba traders struggle with rising prices",
            "Diaspora remittances shift to digital channels", "Fuel queues return to Khartoum",
            "Delivery apps court Sudanese customers in Cairo", "Sesame farmers count the cost of the rains",
        ])  # fmt: skip

    def _market_research(self) -> Work:
        name = self.rng.choice(_MARKET_RESEARCH)
        record: dict[str, Any] = {"type": "report", "publisher": name,
                                  "URL": f"https://www.{_DOMAINS[name]}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        issued: list[int] | None = None
        if self.rng.random() < 0.85:
            issued = [self.rng.randint(2015, 2025)]
            record["issued"] = {"date-parts": [issued]}
        record["title"] = self._fill(self.rng.choice(_MR_TITLES), issued[0] if issued else 2024)
        record["accessed"] = self._accessed_after(issued)
        return self._org_work(record, "market-research", name, {"market-research"})
