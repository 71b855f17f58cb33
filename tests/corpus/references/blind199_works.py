"""Works for the blind199 pool (HELD OUT): what marketers in Nigeria and its diaspora cite in CIM Level 6 and 7
reports and MBA assignments.

Written without reading the checker, its tests or any other pool. Textbooks from Nigerian and British publishers
(editions, e-books), chapters, journal articles with one to eight authors (some with DOIs), theses from UNILAG,
Lagos Business School, Covenant, OAU, UI, UNN, ABU and Babcock, conference papers, company pages and reports (Plc,
PLC, Ltd, Limited, Ltd/Gte, Nig. Ltd), regulators and government (CBN, NCC, NDPC, FCCPC, ARCON, SEC Nigeria, NBS),
laws with the Federal Republic of Nigeria as author, research firms' titles with a year (Kantar Nigeria, NOI Polls,
GeoPoll), the Nigerian press signed and unsigned, social posts, podcasts, videos and undated pages; Yoruba, Igbo,
Hausa and Pidgin titles with English in square brackets; Yoruba, Igbo, Hausa, Fulani, Ijaw, Edo, Efik, Ibibio, Tiv
and Urhobo names with and without tone marks and subdots, hyphenated double surnames, diaspora and expatriate names.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# (family, given): Nigerian names as they appear on papers, with and without tone marks and subdots.
_NIGERIAN = [
    ("Adeyemi", "Folake"), ("Adéyẹmí", "Fọláké"), ("Okonkwo", "Chidi"), ("Abubakar", "Aminu"), ("Bello", "Hadiza"),
    ("Ogunleye", "Tunde"), ("Ògúnlẹ̀yẹ", "Babátúndé"), ("Nwosu", "Ngozi"), ("Eze", "Chinedu"), ("Okafor", "Ifeoma"),
    ("Ibrahim", "Zainab"), ("Yusuf", "Musa"), ("Balogun", "Olumide"), ("Adebayo", "Kemi"), ("Adébáyọ̀", "Kẹ́hìndé"),
    ("Olawale", "Segun"), ("Oyelaran-Oyeyinka", "Banji"), ("Ezeokafor", "Uchenna"), ("Chukwuemeka", "Obinna"),
    ("Nnamdi", "Chioma"), ("Danjuma", "Yakubu"), ("Lawal", "Rasheed"), ("Adewale", "Bisola"), ("Adéwálé", "Ọlá"),
    ("Ṣàngódèyí", "Tóyìn"), ("Sangodeyi", "Toyin"), ("Ọlánrewájú", "Dàmílọ́lá"), ("Olanrewaju", "Damilola"),
    ("Akinwumi-Bakare", "Yetunde"), ("Okoro-Ibe", "Nkechi"), ("Uwaifo", "Osaro"), ("Osagie", "Efosa"),
    ("Igbinedion", "Osas"), ("Ekpo", "Idongesit"), ("Udoh", "Aniekan"), ("Bassey", "Etim"), ("Effiong", "Ekaette"),
    ("Tarka", "Terver"), ("Iorliam", "Msughter"), ("Oghenekaro", "Ejiro"), ("Omonigho", "Oghenetega"),
    ("Ebiowei", "Timi"), ("Alamieyeseigha", "Preye"), ("Dikko", "Fatima"), ("Sani", "Abdullahi"),
    ("Garba", "Hauwa"), ("Bukar", "Kaltume"), ("Shehu", "Aisha"), ("Mohammed", "Bashir"), ("Aliyu", "Nafisa"),
    ("Ɗanladi", "Sadiq"), ("Umar", "Maryam"), ("Ogbonna", "Ikechukwu"), ("Onwuka", "Adaeze"), ("Anyanwu", "Chiamaka"),
    ("Ọkpara", "Chukwuma"), ("Ihejirika", "Nnenna"), ("Obi", "Chinwe"), ("Oduya", "Funmilayo"),
    ("Fashola", "Adeola"), ("Ajayi", "Oluwaseun"), ("Fálétí", "Ìbùkún"), ("Oyinlola", "Temitope"),
    ("Akande", "Mojisola"), ("Ilori", "Femi"), ("Olatunji", "Ayodeji"), ("Adeleke", "Busayo"), ("Oladipo", "Wale"),
    ("Ekwueme", "Emeka"), ("Nwachukwu", "Ebere"), ("Agbaje", "Tobi"), ("Ogundipe", "Morenike"), ("Okeke", "Somto"),
    ("Ukpabi", "Uche"), ("Odunsi", "Bukola"), ("Ohiri-Aniche", "Chinyere"), ("Abdulkadir", "Sulaiman"),
]  # fmt: skip
# British-Nigerian and American-Nigerian names, given names first in the diaspora.
_DIASPORA = [
    ("Adegoke", "Jordan"), ("Okoye", "Michelle"), ("Oyewole", "Daniel"), ("Akinola", "Grace"), ("Okeke", "Jennifer"),
    ("Olatunde-Smith", "Rachel"), ("Ayodele", "Kevin"), ("Nwankwo", "Samantha"), ("Obasi", "Emmanuel"),
    ("Ogundele", "Victoria"), ("Adesanya", "Josh"), ("Chukwu", "Rebecca"), ("Mensah-Adeyemi", "Abigail"),
    ("Eniola", "Tiffany"), ("Osei-Bello", "Marcus"),
]  # fmt: skip
# Expatriates and foreign scholars who write about Nigerian markets.
_EXPAT = [
    ("Smith", "Jonathan"), ("Campbell", "Fiona"), ("Wright", "Helen"), ("Müller", "Jürgen"), ("van der Merwe", "Pieter"),
    ("Mensah", "Kwame"), ("Owusu", "Akosua"), ("Kamau", "Wanjiru"), ("Naidoo", "Priya"), ("Haddad", "Rania"),
    ("Chen", "Li"), ("O'Sullivan", "Niamh"), ("McAllister", "Ross"), ("Dupont", "Claire"), ("Taylor", "Sophie"),
]  # fmt: skip
_ORGS: list[tuple[str, set[str]]] = [
    ("Access Bank Plc", {"company"}), ("Zenith Bank Plc", {"company"}), ("Guaranty Trust Holding Company Plc", {"company"}),
    ("GTCO", {"company", "acronym"}), ("First Bank of Nigeria Limited", {"company"}), ("United Bank for Africa Plc", {"company"}),
    ("UBA", {"company", "acronym"}), ("Stanbic IBTC Holdings PLC", {"company"}), ("Fidelity Bank Plc", {"company"}),
    ("Wema Bank Plc", {"company"}), ("Kuda Technologies Ltd", {"company"}), ("Opay Digital Services Limited", {"company"}),
    ("Moniepoint", {"company"}), ("Paystack", {"company"}), ("Flutterwave", {"company"}), ("Interswitch Group", {"company"}),
    ("Piggyvest", {"company"}), ("Cowrywise", {"company"}), ("MTN Nigeria Communications Plc", {"company"}),
    ("MTN Nigeria", {"company"}), ("Airtel Nigeria", {"company"}), ("Globacom Ltd", {"company"}), ("Jumia Nigeria", {"company"}),
    ("Konga Online Shopping Ltd", {"company"}), ("Chowdeck", {"company"}), ("Dangote Group", {"company"}),
    ("Dangote Cement Plc", {"company"}), ("Nestlé Nigeria Plc", {"company"}), ("Cadbury Nigeria Plc", {"company"}),
    ("Nigerian Breweries Plc", {"company"}), ("Guinness Nigeria Plc", {"company"}), ("Flour Mills of Nigeria Plc", {"company"}),
    ("Dufil Prima Foods Plc", {"company"}), ("Chi Limited", {"company"}), ("Promasidor Nigeria Ltd", {"company"}),
    ("FrieslandCampina WAMCO Nigeria PLC", {"company"}), ("BUA Foods Plc", {"company"}),
    ("MultiChoice Nigeria", {"company"}), ("Air Peace", {"company"}), ("Andela", {"company"}),
    ("Advertisers Association of Nigeria (ADVAN)", {"trade-body", "abbreviation"}),
    ("Association of Advertising Agencies of Nigeria (AAAN)", {"trade-body", "abbreviation"}),
    ("National Institute of Marketing of Nigeria (NIMN)", {"trade-body", "abbreviation"}),
    ("Nigerian Institute of Public Relations (NIPR)", {"trade-body", "abbreviation"}),
    ("Lagos Chamber of Commerce and Industry (LCCI)", {"trade-body", "abbreviation"}),
    ("Manufacturers Association of Nigeria", {"trade-body"}), ("Fintech Association of Nigeria", {"trade-body"}),
    ("Nigeria Inter-Bank Settlement System Plc (NIBSS)", {"company", "abbreviation"}),
    ("Enterprise Development Centre, Pan-Atlantic University", {"trade-body", "comma"}),
    ("Noah's Ark Communications Ltd", {"company", "apostrophe"}), ("X3M Ideas", {"company"}),
    ("Insight Publicis", {"company"}), ("SO&U", {"company", "ampersand"}), ("PwC Nigeria", {"company"}),
    ("KPMG Nigeria", {"company"}), ("Deloitte & Touche Nigeria", {"company", "ampersand"}),
]  # fmt: skip
_GOVERNMENT = [
    "Central Bank of Nigeria", "Central Bank of Nigeria (CBN)", "CBN", "Nigerian Communications Commission",
    "Nigerian Communications Commission (NCC)", "Nigeria Data Protection Commission", "NDPC",
    "Federal Competition and Consumer Protection Commission (FCCPC)", "Federal Competition and Consumer Protection Commission",
    "Advertising Regulatory Council of Nigeria (ARCON)", "Advertising Regulatory Council of Nigeria",
    "Securities and Exchange Commission Nigeria", "National Bureau of Statistics", "National Bureau of Statistics (NBS)",
    "NBS", "Lagos State Government", "Federal Ministry of Industry, Trade and Investment",
    "National Information Technology Development Agency (NITDA)", "Nigerian Exchange Group", "NAFDAC",
    "Small and Medium Enterprises Development Agency of Nigeria (SMEDAN)", "Corporate Affairs Commission",
]  # fmt: skip
_RESEARCH = ["Kantar Nigeria", "NOI Polls", "GeoPoll", "Statista", "GSMA Intelligence", "Euromonitor International",
             "Nielsen Nigeria", "Ipsos Nigeria", "Jumia", "Stears", "SBM Intelligence", "DataReportal"]  # fmt: skip
_PRESS = ["Punch", "Vanguard", "ThisDay", "BusinessDay", "Premium Times", "The Cable", "Daily Trust", "Leadership",
          "The Guardian Nigeria", "TechCabal", "Techpoint Africa", "BrandCrunch", "Marketing Edge", "Nairametrics",
          "Channels Television", "Arise News", "BBC News Pidgin", "The Nation"]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Macmillan Nigeria", "Ibadan"), ("Spectrum Books", "Ibadan"), ("University Press Plc", "Ibadan"),
               ("Malthouse Press", "Lagos"), ("Pumark Nigeria Ltd", "Lagos"), ("Africana First Publishers", "Onitsha"),
               ("Ahmadu Bello University Press", "Zaria"), ("Oxford University Press", "Oxford"),
               ("Palgrave Macmillan", "Cham"), ("Wiley", "Chichester"), ("Cassava Republic Press", "Abuja")]  # fmt: skip
_JOURNALS = ["Journal of African Business", "African Journal of Marketing Management", "Nigerian Journal of Management Sciences",
             "Journal of Marketing Communications", "International Journal of Bank Marketing", "Journal of Business Research",
             "Africa Journal of Management", "Lagos Journal of Banking, Finance and Economic Issues",
             "Covenant Journal of Business and Social Sciences", "Ife Journal of Marketing",
             "Journal of Global Marketing", "Thunderbird International Business Review",
             "Journal of Research in Interactive Marketing", "Management Research Review",
             "Information Technology for Development", "Journal of Small Business and Enterprise Development"]  # fmt: skip
_UNIVERSITIES = ["University of Lagos", "Lagos Business School, Pan-Atlantic University", "Covenant University",
                 "Obafemi Awolowo University", "University of Ibadan", "University of Nigeria, Nsukka",
                 "Ahmadu Bello University", "Babcock University", "University of Benin", "Nnamdi Azikiwe University",
                 "University of Greenwich", "University of Manchester"]  # fmt: skip
_TOPICS = ["mobile money", "agency banking", "USSD banking", "fintech adoption", "brand loyalty", "influencer marketing",
           "Afrobeats endorsements", "Nollywood product placement", "data bundle pricing", "e-commerce trust",
           "cash on delivery", "point-of-sale agents", "the cashless policy", "naira redesign", "Detty December spending",
           "Sallah promotions", "diaspora remittances", "fast-moving consumer goods", "noodle advertising",
           "beer sponsorship", "telecom churn", "SIM-NIN linkage", "WhatsApp commerce", "Instagram vendors",
           "food delivery apps", "ride-hailing", "open-air markets", "celebrity endorsements", "brand activation",
           "loyalty programmes", "consumer data privacy", "customer experience in banks", "Big Brother Naija sponsorship",
           "sachet packaging", "outdoor advertising in Lagos", "Gen Z consumers", "trust in online vendors"]  # fmt: skip
_PLACES = ["Lagos", "Nigeria", "Abuja", "Ibadan", "Port Harcourt", "Kano", "Kaduna", "Enugu", "Onitsha", "Aba",
           "Benin City", "Owerri", "Uyo", "Calabar", "Ilorin", "Jos", "South-West Nigeria", "Northern Nigeria",
           "the Niger Delta", "Sub-Saharan Africa", "West Africa", "the UK Nigerian diaspora", "Peckham", "Houston"]  # fmt: skip
# Titles in Yoruba, Igbo, Hausa and Nigerian Pidgin with the English in square brackets, as the habit is.
_LOCAL_TITLES = [
    "Owó àti ìgbẹ́kẹ̀lé: bí àwọn oníbàárà ṣe ń lo ìfowópamọ́ orí fóònù [Money and trust: how customers use mobile banking]",
    "Ipolowo oja lori ero ayelujara ni Ibadan [Online advertising in Ibadan]",
    "Ìpolówó ọjà àti àṣà Yorùbá [Advertising and Yoruba culture]",
    "Azụmahịa na ntanetị n'Onitsha [Online trade in Onitsha]",
    "Ahia Igbo na teknụzụ ọhụrụ [Igbo markets and new technology]",
    "Tallace-tallace a kafofin sada zumunta a Kano [Advertising on social media in Kano]",
    "Kasuwanci da wayar hannu a Arewacin Najeriya [Trade and mobile phones in Northern Nigeria]",
    "How marketing dey work for Naija market [How marketing works in the Nigerian market]",
    "Wetin customers want from dem bank app [What customers want from their bank app]",
    "Na data we dey buy: telecom prices for 2023 [We are buying data: telecom prices in 2023]",
]  # fmt: skip


def _family(tags: set[str]) -> str:
    return next((f for f in ("legislation", "government", "market-research", "press") if f in tags), "company")


class Blind199WorkFactory(WorkFactory):
    """Works that Nigerian and diaspora candidates cite, from a random source of the pool's own."""

    DRAWN: ClassVar[list[tuple[str, int]]] = [("book", 13), ("chapter", 6), ("journal", 24), ("thesis", 5), ("conference", 4), ("company_web", 10),
             ("company_report", 7), ("government", 9), ("law", 3), ("market_research", 8), ("news", 9),
             ("press_unsigned", 4), ("social", 3), ("video", 3), ("undated_web", 5)]  # fmt: skip
    KINDS: ClassVar[list[str]] = [
        "book",
        "chapter",
        "journal",
        "thesis",
        "conference",
        "web",
        "report",
        "news",
        "social",
        "video",
    ]

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 199 + 19901)
        self.laws: set[str] = set()
        self.organisations: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        nigerian = roll < 0.72
        if nigerian:
            family, given = self.rng.choice(_NIGERIAN)
        elif roll < 0.86:
            family, given = self.rng.choice(_DIASPORA)
        else:
            family, given = self.rng.choice(_EXPAT)
        if family.startswith("van der "):
            return {"family": family[8:], "given": given, "non-dropping-particle": "van der"}
        if nigerian and self.rng.random() < 0.25:  # a second given name, as Nigerian authors often print it
            given = (
                f"{given} {self.rng.choice(['Oluwaseun', 'Chukwudi', 'Adebola', 'Ngozi', 'Abdul', 'Amaka', 'Tobi'])}"
            )
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 17, 9, 6, 4, 2, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if all(p["family"] != name["family"] for p in people):
                people.append(name)
        return people

    # ------------------------------------------------------------------ dates and places
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1978, 1999)
        return self.rng.randint(2005, 2024)

    def accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        low = max((year or 2021) + 1, 2022)
        return {"date-parts": [[self.rng.randint(low, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _url(self, domain: str) -> str:
        slug = "-".join(self.rng.sample(["naira", "lagos", "brand", "customers", "2023", "report", "fintech", "data",
                                          "marketing", "insights", "consumer", "trust", "news", "growth"], 3))  # fmt: skip
        return f"https://{domain}/{slug}"

    def _title(self) -> str:
        if self.rng.random() < 0.08:
            return self.rng.choice(_LOCAL_TITLES)
        topic, place = self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        other = self.rng.choice(_TOPICS)
        forms = [
            f"{topic[0].upper()}{topic[1:]} and customer loyalty in {place}",
            f"The effect of {topic} on purchase intention: evidence from {place}",
            f"{topic[0].upper()}{topic[1:]} in {place}: a qualitative study",
            f"Determinants of {topic} among small businesses in {place}",
            f"Rethinking {topic} in an emerging market",
            f"{topic[0].upper()}{topic[1:]}, {other} and brand equity",
            f"Marketing communications and {topic}: lessons from {place}",
            f"Consumer attitudes to {topic} in {place}",
            f"From {topic} to {other}: the Nigerian experience",
        ]
        return self.rng.choice(forms)

    def _business_title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        return self.rng.choice(
            [
                f"Our approach to {topic}",
                "Customer data privacy policy",
                "Investor presentation",
                "Corporate social responsibility",
                f"Why {topic} matters to our customers",
                "Brand guidelines",
                "Results for the year",
                "Meet our leadership team",
            ]
        )

    # ------------------------------------------------------------------ making works
    def make(self, kind: str | None = None) -> Work:
        if kind is None:
            kind = self.rng.choices([k for k, _ in self.DRAWN], weights=[w for _, w in self.DRAWN])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _id(self) -> str:
        self.counter += 1
        return f"b199w{self.counter}"

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation in the same year as an earlier work ("CBN, 2019a" and "2019b").
        # Only a body of the same sort (a regulator with a regulator, a paper with a paper), and never an Act.
        family = _family(tags)
        same = [o for o in self.organisations if _family(o[1]) == family and family != "legislation"]
        if same and "issued" in record and self.rng.random() < 0.12:
            name, tags, issued = self.rng.choice(same)
            old = str(record["issued"]["date-parts"][0][0])
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            record["title"] = str(record["title"]).replace(old, str(issued["date-parts"][0][0]))
            if "accessed" in record:
                record["accessed"] = self.accessed_after(issued["date-parts"][0][0])
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.organisations.append((name, tags, record["issued"]))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def _online(self, record: dict[str, Any], domain: str, year: int | None) -> None:
        record["URL"] = self._url(domain)
        if self.rng.random() < 0.9:  # now and then the access date is left off, as candidates do
            record["accessed"] = self.accessed_after(year)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        topic = self.rng.choice(_TOPICS)
        title = self.rng.choice([f"Marketing management in Nigeria: {topic}", "Principles of marketing: an African perspective",
                                 "Strategic brand management for African markets", "Consumer behaviour in Nigeria",
                                 f"Digital marketing in Africa: {topic}", "Integrated marketing communications: a Nigerian text",
                                 "Services marketing in West Africa", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        if self.rng.random() < 0.15:
            record["medium"] = "e-book"
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": self._people(2),
            "container-title": self.rng.choice(["Marketing in Africa", "The Routledge companion to marketing in Africa",
                                                "Nigerian business environment", "Fintech in Africa: cases and concepts",
                                                "Entrepreneurship in Nigeria", "Consumer culture in West Africa"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 45)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 600))}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice([1108, 1080, 1016, 1177, 4314])}/{self.rng.choice(['jab', 'ijbm', 'ajmm', 'jgm'])}.{self.rng.randint(2010, 2024)}.{self.rng.randint(100, 9999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": self._people(1),
            "genre": self.rng.choice(["MBA dissertation", "PhD thesis", "MSc dissertation", "MPhil thesis"]),
            "publisher": self.rng.choice(_UNIVERSITIES), "issued": {"date-parts": [[self.rng.randint(2008, 2024)]]},
        }  # fmt: skip
        if self.rng.random() < 0.3:
            initials = "".join(w[0] for w in record["publisher"].split() if w[0].isupper())
            domain = f"ir.{initials.lower()}.edu.ng"
            self._online(record, domain, record["issued"]["date-parts"][0][0])
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": self.rng.choice([f"Proceedings of the Academy of Management Nigeria Conference {year}",
                                                "Proceedings of the International Conference on African Business",
                                                "Covenant University International Conference on African Development Issues",
                                                "Proceedings of the Nigerian Institute of Marketing Annual Conference"]),
            "publisher-place": self.rng.choice(["Abuja", "Ota", "Lagos", "Ile-Ife", "Zaria", "Enugu"]),
            "issued": {"date-parts": [[year]]},
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(6, 15)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _company_web(self) -> Work:
        name, tags = self.rng.choice(_ORGS)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice([
            "About us", "Our history", "Sustainability", "Customer charter", f"{self.rng.choice(_TOPICS).capitalize()}",
            "Press release: new brand campaign", "Our brands", "Investor relations", self._business_title()])}  # fmt: skip
        year = self.year() if self.rng.random() < 0.85 else None
        if year:
            year = max(year, 2010)
            record["issued"] = {"date-parts": [[year]]}
        self._online(record, f"www.{name.split()[0].lower().strip(',').replace(chr(39), '')}.com.ng", year)
        return self._org_work(record, "web", name, tags)

    def _company_report(self) -> Work:
        name, tags = self.rng.choice(_ORGS)
        year = self.rng.randint(2012, 2024)
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report and accounts {year}", f"Sustainability report {year}",
                                                         f"Integrated annual report {year}", self._business_title()]),
            "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0],
            "publisher-place": self.rng.choice(["Lagos", "Abuja", "Lagos", "Ikeja"]),
        }  # fmt: skip
        if self.rng.random() < 0.6:
            self._online(record, f"www.{name.split()[0].lower()}.com", year)
        return self._org_work(record, "report", name, tags)

    def _government(self) -> Work:
        name = self.rng.choice(_GOVERNMENT)
        year = self.rng.randint(2010, 2024)
        q = self.rng.randint(1, 4)
        by_body = {
            "Bank": ["Guidelines on the operations of electronic payment channels in Nigeria", "National financial inclusion strategy",
                     f"Monetary policy communiqué No. {self.rng.randint(100, 160)}", "Consumer protection regulations", "Cashless policy: frequently asked questions"],
            "CBN": ["Guidelines on the operations of electronic payment channels in Nigeria", "National financial inclusion strategy",
                    "Consumer protection regulations", "Cashless policy: frequently asked questions"],
            "Communications": [f"Subscriber statistics {year}", "Quality of service regulations", "Consumer code of practice regulations",
                               f"Industry statistics Q{q} {year}"],
            "NCC": [f"Subscriber statistics {year}", f"Industry statistics Q{q} {year}"],
            "Data Protection": ["General application and implementation directive", "Guidance notice on the registration of data controllers",
                                f"Annual report {year}"],
            "NDPC": ["General application and implementation directive", f"Annual report {year}"],
            "Consumer": ["Consumer protection framework", "Guidelines on advertising and promotional claims", f"Annual report {year}"],
            "Advertising": ["Nigerian code of advertising practice, sales promotion and other rights/restrictions on practice",
                            "Guidelines for advertising on digital platforms", "Advertising vetting procedure"],
            "Securities": ["Rules on the issuance, offering platforms and custody of digital assets", f"Capital market report {year}"],
            "Statistics": [f"Labour force statistics Q{q} {year}", f"Nigerian gross domestic product report Q{q} {year}",
                           f"Consumer price index, December {year}", "Nigeria living standards survey"],
            "NBS": [f"Labour force statistics Q{q} {year}", f"Consumer price index, December {year}"],
        }  # fmt: skip
        titles = next((t for key, t in by_body.items() if key in name),
                      ["National digital economy policy and strategy", f"Annual report {year}", "MSME survey report",
                       "Guidelines for small businesses", "Strategic plan"])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(titles),
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = self.rng.choice(["Abuja", "Abuja", "Lagos"])
        self._online(record, "www.gov.ng", year)
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _law(self) -> Work:
        laws = [(2023, "Nigeria Data Protection Act 2023"), (2018, "Federal Competition and Consumer Protection Act 2018"),
                 (2022, "Advertising Regulatory Council of Nigeria Act 2022"),
                 (2015, "Cybercrimes (Prohibition, Prevention, etc.) Act 2015"),
                 (2019, "Nigeria Data Protection Regulation 2019"), (2003, "Nigerian Communications Act 2003"),
                 (2020, "Companies and Allied Matters Act 2020"), (2007, "Central Bank of Nigeria Act 2007")]  # fmt: skip
        unused = [law for law in laws if law[1] not in self.laws] or laws  # one report lists an Act once
        year, title = self.rng.choice(unused)
        self.laws.add(title)
        author = self.rng.choice(
            ["Federal Republic of Nigeria", "Federal Republic of Nigeria", "National Assembly of Nigeria"]
        )
        if "Regulation" in title:
            author = "National Information Technology Development Agency"
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": "Federal Government Printer", "publisher-place": "Abuja"}  # fmt: skip
        work = self._org_work(record, "report", author, {"government", "legislation"})
        return work

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2015, 2024) if self.rng.random() < 0.9 else None
        market = self.rng.choice(["mobile money", "beer", "instant noodles", "dairy", "bank", "telecoms", "e-commerce",
                                  "food delivery", "beverages", "fintech"])  # fmt: skip
        titles = [f"Nigeria {market} market report {year or 2023}", f"Brand footprint Nigeria {year or 2023}",
                  f"Digital {year or 2024}: Nigeria", f"Consumer confidence poll, Q{self.rng.randint(1, 4)} {year or 2023}",
                  f"Number of {market} users in Nigeria from 2018 to {year or 2024}",
                  f"{market.capitalize()} in Nigeria: size, share and forecast to 2030"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name}
        if year:
            record["issued"] = {"date-parts": [[year]]}
        self._online(record, f"www.{name.split()[0].lower()}.com", year)
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        year = self.rng.randint(2012, 2024)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._news_title(), "author": self._people(2),
            "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
        }  # fmt: skip
        self._online(record, f"www.{record['container-title'].lower().replace(' ', '')}.ng", year)
        return self._person_work(record, "news")

    def _news_title(self) -> str:
        brand = self.rng.choice(["MTN", "Opay", "Moniepoint", "GTBank", "Zenith Bank", "Indomie", "Dangote", "Glo",
                                 "Jumia", "Nestlé", "Guinness", "Kuda", "Chowdeck", "Airtel", "Peak Milk"])  # fmt: skip
        return self.rng.choice([f"{brand} unveils new campaign ahead of Detty December",
                                f"FCCPC fines {brand} over consumer complaints", f"{brand} tops brand rankings again",
                                f"How {brand} won Nigerian Gen Z", f"ARCON suspends unapproved {brand} billboards",
                                f"Naira scarcity: {brand} customers turn to transfers", f"{brand} posts ₦{self.rng.randint(2, 900)}bn profit",
                                self._title()])  # fmt: skip

    def _press_unsigned(self) -> Work:
        paper = self.rng.choice(_PRESS)
        year = self.rng.randint(2014, 2024)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._news_title(), "container-title": paper,
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}}  # fmt: skip
        self._online(record, f"www.{paper.lower().replace(' ', '')}.com", year)
        return self._org_work(record, "news", paper, {"press"})

    def _social(self) -> Work:
        year = self.rng.randint(2018, 2024)
        record: dict[str, Any] = {
            "type": "post", "title": self.rng.choice(["Data don land! Buy 10GB for ₦3,500 today", "Happy Sallah from all of us",
                                                      "Your Detty December plans start here", "We have heard you. Service has been restored",
                                                      "Happy Independence Day, Naija at 63", "Congratulations to the Headies winners"]),
            "container-title": self.rng.choice(["X (formerly Twitter)", "Instagram", "TikTok", "LinkedIn", "Facebook"]),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
        }  # fmt: skip
        domains = {"X (formerly Twitter)": "x.com", "Instagram": "www.instagram.com", "TikTok": "www.tiktok.com",
                   "LinkedIn": "www.linkedin.com", "Facebook": "www.facebook.com"}  # fmt: skip
        self._online(record, domains[record["container-title"]], year)
        if self.rng.random() < 0.4:
            record["author"] = self._people(1)
            return self._person_work(record, "social")
        name, tags = self.rng.choice(_ORGS[:40])
        return self._org_work(record, "social", name, tags)

    def _video(self) -> Work:
        year = self.rng.randint(2016, 2024)
        record: dict[str, Any] = {
            "type": self.rng.choice(["motion_picture", "song"]),
            "title": self.rng.choice(["Inside Nigeria's fintech boom [Video]", "Building a brand in Lagos [Podcast]",
                                      "Marketing to Gen Z in Naija, episode 12 [Podcast]", "The Moniepoint story [Video]",
                                      "Afrobeats and brand deals [Podcast]", "How Indomie won Nigeria [Video]"]),
            "container-title": self.rng.choice(["YouTube", "Spotify", "Apple Podcasts"]),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
        }  # fmt: skip
        platform = "YouTube" if record["title"].endswith("[Video]") else self.rng.choice(["Spotify", "Apple Podcasts"])
        record["container-title"] = platform
        self._online(
            record,
            {"YouTube": "www.youtube.com", "Spotify": "open.spotify.com"}.get(platform, "podcasts.apple.com"),
            year,
        )
        if self.rng.random() < 0.5:
            record["author"] = self._people(2)
            return self._person_work(record, "video")
        name = self.rng.choice(
            ["TechCabal", "Techpoint Africa", "Channels Television", "Arise News", "BBC News Pidgin"]
        )
        return self._org_work(record, "video", name, {"press"})

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(["Our story", "Frequently asked questions",
                                                                             "Careers", "Terms and conditions", self._business_title()])}  # fmt: skip
        self._online(record, "www.example.ng", None)
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.rng.choice(_ORGS)
        return self._org_work(record, "web", name, tags | {"undated"})
