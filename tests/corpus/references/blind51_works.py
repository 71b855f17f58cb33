"""Works for the fifty-first held-out pool, "blind51": what West African telecoms, fintech, FMCG and media marketers cite.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a fifty-first hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, growth, trade
and communications marketers at telecoms operators, fintechs and mobile-money firms, banks, FMCG and beverage
firms, Nollywood studios, music labels and agencies in Nigeria, Ghana, Senegal and Côte d'Ivoire write on CIM Level 6
and 7 courses and MBAs in Lagos, Abuja, Accra and London: textbooks from Routledge and Palgrave beside Lagos and
Ibadan presses, Journal of African Business and Africa Journal of Management articles with up to eight authors,
central banks, regulators and statistics offices (CBN, NCC, NDPC, ARCON, the Bank of Ghana, GSS, NBS, BCEAO, ANSD),
Acts under the legislature that passed them, company annual reports of plcs and Ltds, GeoPoll, NOI Polls, Stears,
Statista and Kantar reports, the Nigerian, Ghanaian and Francophone press, X and Instagram posts, podcasts,
dissertations and conference papers, web pages with and without dates or access dates; Yoruba, Igbo, Hausa, Akan,
Ewe, Ga, Wolof, Ivorian and British names, with and without their diacritics, double barrels and Afro-Brazilian
particles.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

# (family, given): the names of writers and researchers in Lagos, Abuja, Ibadan, Enugu, Kano, Accra, Kumasi, Dakar,
# Abidjan; some with their tones and dots as the writer types them, some without, as journals print them.
_YORUBA = [("Adébáyọ̀", "Ọláolúwa"), ("Adebayo", "Olaoluwa"), ("Ògúnlẹ̀yẹ", "Fọlákẹ́"), ("Ogunleye", "Folake"),
           ("Adéyẹmí", "Tèmítọ́pẹ́"), ("Adeyemi", "Temitope"), ("Olúwaṣẹ́un", "Bọ́lá"), ("Akinwumi", "Adewale"),
           ("Ọlánrewájú", "Ṣadé"), ("Olanrewaju", "Sade"), ("Fashola", "Babajide"), ("Adesina", "Moyosore"),
           ("Oyèníyì", "Ayọ̀dèjì"), ("Bamidele", "Kehinde"), ("Ajayi", "Oluwatosin"), ("Ìdòwú", "Ìfẹ́olúwa"),
           ("Oyelaran", "Damilola"), ("Balogun", "Abiodun"), ("Adegoke", "Titilayo"), ("Olatunji", "Gbenga")]  # fmt: skip
_IGBO = [("Nwachukwu", "Chiamaka"), ("Okonkwo", "Ifeanyi"), ("Eze", "Chinonso"), ("Obi", "Nneka"),
         ("Nwosu", "Obinna"), ("Okafor", "Adaeze"), ("Uchendu", "Chukwuemeka"), ("Ezeani", "Ngozi"),
         ("Onyekachi", "Ebuka"), ("Okeke", "Ugochi"), ("Anyanwu", "Kelechi"), ("Igwe", "Somtochukwu"),
         ("Ọ̀kọ̀rọ̀", "Chidinma"), ("Nnamdi", "Ikenna"), ("Ugwu", "Amarachi"), ("Ojukwu", "Tochukwu")]  # fmt: skip
_HAUSA = [("Abdullahi", "Aisha"), ("Bello", "Usman"), ("Ibrahim", "Hauwa"), ("Musa", "Abubakar"),
          ("Sani", "Zainab"), ("Danjuma", "Halima"), ("Garba", "Sadiq"), ("Yusuf", "Maryam"),
          ("Ɗanladi", "Ƙasimu"), ("Lawal", "Fatima"), ("Shehu", "Aminu"), ("Bala", "Rukayya"), ("Umar", "Nafisa")]  # fmt: skip
_AKAN_EWE_GA = [("Mensah", "Kwame"), ("Owusu", "Akosua"), ("Boateng", "Yaw"), ("Asante", "Adwoa"),
                ("Agyeman", "Kofi"), ("Osei", "Ama"), ("Amponsah", "Kwabena"), ("Darko", "Efua"),
                ("Addo", "Nii Armah"), ("Quaye", "Naa Dedei"), ("Tetteh", "Nii Okai"), ("Lamptey", "Naa Adjeley"),
                ("Agbeko", "Edem"), ("Dzifa", "Sena"), ("Kpodo", "Selasi"), ("Gbedemah", "Dela"),
                ("Nyarko", "Abena"), ("Appiah", "Kwaku"), ("Frimpong", "Yaa"), ("Ofori", "Kojo"),
                ("Ɔfori", "Akua"), ("Opoku", "Nana Yaw"), ("Sarpong", "Esi"), ("Acheampong", "Kwesi")]  # fmt: skip
_FRANCOPHONE = [("Ndiaye", "Awa"), ("Diop", "Cheikh"), ("Fall", "Mame Diarra"), ("Sow", "Ousmane"),
                ("Mbaye", "Fatou"), ("Sarr", "Aminata"), ("Gueye", "Moussa"), ("Diouf", "Khady"), ("Faye", "Seydou"),
                ("Kouassi", "Yao"), ("Koné", "Aïcha"), ("Kouamé", "Adjoua"), ("Ouattara", "Drissa"),
                ("Traoré", "Mariam"), ("Coulibaly", "Souleymane"), ("Bamba", "Affoué"), ("N'Guessan", "Koffi"),
                ("N'Diaye", "Ndèye"), ("Yéo", "Ténin"), ("Touré", "Salif"), ("Bâ", "Oumou"), ("Dièye", "Abdou")]  # fmt: skip
_DOUBLE = ["Owusu-Ansah", "Ofori-Atta", "Adjei-Boateng", "Bello-Osagie", "Agyeman-Duah", "Obeng-Asamoah",
           "Adeyemi-Bero", "Nwankwo-Eze", "Osei-Tutu", "Kuffour-Mensah", "Akinwande-Fayemi", "Sarpong-Kumankoma",
           "Ndiaye-Sall", "Danquah-Smith", "Okoro-Williams"]  # fmt: skip
# Afro-Brazilian and Portuguese family names of Lagos, Accra, Lomé and Porto-Novo, particle kept apart.
_PARTICLED = [("da", "Rocha", "Moses"), ("da", "Silva", "Adaora"), ("de", "Souza", "Akouvi"), ("da", "Costa", "Elikem"),
              ("de", "Graft-Johnson", "Ekow"), ("dos", "Santos", "Abike"), ("de", "Heer", "Janet")]  # fmt: skip
_APOSTROPHE_NAMES = [("D'Almeida", "Kossi"), ("N'Dri", "Ahou"), ("O'Reilly", "Siobhan"), ("N'Goran", "Konan")]  # fmt: skip

_JOURNALS = ["Journal of African Business", "Africa Journal of Management",
             "African Journal of Economic and Management Studies", "International Journal of Bank Marketing",
             "Journal of Marketing Management", "Journal of Business Research", "Journal of Consumer Marketing",
             "Telecommunications Policy", "Information Technology for Development", "Journal of Islamic Marketing",
             "Journal of Retailing and Consumer Services", "International Journal of Advertising",
             "Journal of African Media Studies", "Journal of Research in Interactive Marketing",
             "African Journal of Business Management", "Thunderbird International Business Review",
             "Journal of International Marketing", "Journal of Financial Services Marketing",
             "Journal of Humanities and Social Sciences Communications", "Journal of Strategic Marketing"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Palgrave Macmillan", "Cham"), ("Pearson", "Harlow"), ("Kogan Page", "London"),
               ("Sage", "London"), ("Emerald Publishing", "Bingley"), ("Spectrum Books", "Ibadan"),
               ("University of Lagos Press", "Lagos"), ("Ghana Universities Press", "Accra"),
               ("Cassava Republic Press", "Abuja"), ("Oxford University Press", "Oxford"), ("Wiley", "Chichester"),
               ("Farafina", "Lagos"), ("CODESRIA", "Dakar"), ("Sub-Saharan Publishers", "Accra")]  # fmt: skip
_TOPICS = ["mobile money adoption", "USSD banking", "brand trust in fintech", "Afrobeats and brand partnerships",
           "Nollywood product placement", "celebrity endorsement", "data bundle pricing", "SIM registration",
           "agent banking", "cashless policy", "naira redesign", "cedi depreciation", "FMCG distribution",
           "open-market retail", "informal traders", "pack-size pricing", "sachet economy", "beer brand loyalty",
           "stout consumption", "Detty December tourism", "diaspora remittances", "Jumia Black Friday",
           "social commerce on Instagram", "WhatsApp marketing", "influencer disclosure", "advert vetting",
           "consumer data protection", "buy now, pay later", "digital lending", "microinsurance",
           "telecom churn", "customer experience in banks", "Gen Z shoppers in Lagos", "Islamic banking",
           "rural connectivity", "5G roll-out", "ride-hailing", "music streaming", "Ghana Card integration",
           "Wave and Orange Money", "the eNaira", "mobile money interoperability", "point-of-sale agents",
           "sponsorship of the Africa Cup of Nations", "noodles and seasoning cubes", "street food brands"]  # fmt: skip
_PLACES = ["Nigeria", "Ghana", "Senegal", "Côte d'Ivoire", "Lagos", "Accra", "Abuja", "Kumasi", "Kano", "Dakar",
           "Abidjan", "sub-Saharan Africa", "West Africa", "the WAEMU zone", "Anglophone West Africa", "Port Harcourt"]  # fmt: skip

# Real organisations, as West African candidates write them as authors: regulators, banks, operators, plcs and Ltds.
_ORGANISATIONS: list[tuple[str, tuple[str, ...]]] = [
    ("Central Bank of Nigeria", ("government",)), ("Central Bank of Nigeria (CBN)", ("government", "abbreviation")),
    ("CBN", ("government", "acronym")), ("Nigerian Communications Commission", ("government",)),
    ("Nigerian Communications Commission (NCC)", ("government", "abbreviation")),
    ("Nigeria Data Protection Commission", ("government",)),
    ("National Information Technology Development Agency (NITDA)", ("government", "abbreviation")),
    ("Advertising Regulatory Council of Nigeria", ("government",)),
    ("Advertising Regulatory Council of Nigeria (ARCON)", ("government", "abbreviation")),
    ("Federal Competition and Consumer Protection Commission", ("government",)),
    ("National Bureau of Statistics", ("government",)), ("NBS", ("government", "acronym")),
    ("Ghana Statistical Service", ("government",)), ("Ghana Statistical Service (GSS)", ("government", "abbreviation")),
    ("Bank of Ghana", ("government",)), ("National Communications Authority", ("government",)),
    ("Banque Centrale des États de l'Afrique de l'Ouest", ("government", "apostrophe")),
    ("BCEAO", ("government", "acronym")),
    ("Agence Nationale de la Statistique et de la Démographie", ("government",)),
    ("Securities and Exchange Commission, Nigeria", ("government", "comma")),
    ("Nigerian Exchange Group", ("company",)), ("GSMA", ("trade-body", "acronym")),
    ("GSMA Intelligence", ("trade-body",)), ("World Bank", ("government",)),
    ("International Monetary Fund", ("government",)), ("African Development Bank Group", ("government",)),
    ("MTN Nigeria Communications Plc", ("company", "plc")), ("MTN Group Limited", ("company",)),
    ("MTN Ghana", ("company",)), ("Airtel Africa plc", ("company", "plc")), ("Globacom Limited", ("company",)),
    ("Guinness Nigeria Plc", ("company", "plc")), ("Nestlé Nigeria Plc", ("company", "plc")),
    ("Nigerian Breweries Plc", ("company", "plc")), ("Dangote Cement Plc", ("company", "plc")),
    ("Unilever Nigeria Plc", ("company", "plc")), ("PZ Cussons Nigeria Plc", ("company", "plc")),
    ("Cadbury Nigeria Plc", ("company", "plc")), ("FrieslandCampina WAMCO Nigeria PLC", ("company", "plc")),
    ("Access Holdings Plc", ("company", "plc")), ("Guaranty Trust Holding Company Plc", ("company", "plc")),
    ("Zenith Bank Plc", ("company", "plc")), ("Ecobank Transnational Incorporated", ("company",)),
    ("Stanbic IBTC Holdings Plc", ("company", "plc")), ("Sonatel", ("company",)),
    ("Orange Côte d'Ivoire", ("company", "apostrophe")), ("Jumia Technologies AG", ("company",)),
    ("Flutterwave", ("company",)), ("Paystack", ("company",)), ("OPay", ("company",)), ("Moniepoint", ("company",)),
    ("Africa's Talking Ltd", ("company", "apostrophe")), ("Women's World Banking", ("trade-body", "apostrophe")),
    ("PwC Nigeria", ("company",)), ("KPMG Nigeria", ("company",)), ("Deloitte & Touche", ("company", "ampersand")),
    ("McKinsey & Company", ("company", "ampersand")), ("Ernst & Young", ("company", "ampersand")),
    ("Stears", ("company",)), ("TechCabal Insights", ("company",)), ("GeoPoll", ("market-research",)),
    ("NOI Polls", ("market-research",)), ("Afrobarometer", ("market-research",)), ("Kantar", ("market-research",)),
    ("Nielsen", ("market-research",)), ("Statista", ("market-research",)), ("Partech Africa", ("company",)),
    ("Briter Bridges", ("company",)), ("Mavin Global Holdings Ltd", ("company",)),
    ("MultiChoice Group", ("company",)), ("Boomplay", ("company",)), ("Chartered Institute of Marketing", ("trade-body",)),
    ("Nigerian Institute of Marketing", ("trade-body",)),
    ("Advertisers Association of Nigeria (ADVAN)", ("trade-body", "abbreviation")),
    ("Association of Advertising Agencies of Nigeria", ("trade-body",)),
    ("Lagos Business School", ("trade-body",)), ("Mo Ibrahim Foundation", ("trade-body",)),
]  # fmt: skip
# (body, place, web domain, earliest year, what it publishes)
_GOVERNMENT: list[tuple[str, str, str, int, list[str]]] = [
    ("Central Bank of Nigeria", "Abuja", "cbn.gov.ng", 2005,
     ["Circular on cash withdrawal limits", "Regulatory framework for mobile money services in Nigeria",
      "Guidelines for the regulation of agent banking", "Operational guidelines for open banking in Nigeria",
      "Monetary policy committee communiqué no. {n}", "Statistical bulletin", "Annual report {year}",
      "Frequently asked questions on the redesigned naira notes", "Design paper for the eNaira"]),
    ("Nigerian Communications Commission", "Abuja", "ncc.gov.ng", 2003,
     ["Subscriber statistics", "Consumer Code of Practice Regulations", "Quality of service regulations",
      "Guidelines on the registration of telephone subscribers", "Industry statistics: active voice and internet subscribers",
      "Direction on unsolicited text messages and the Do-Not-Disturb facility"]),
    ("National Bureau of Statistics", "Abuja", "nigerianstat.gov.ng", 2008,
     ["Consumer price index, {month} {year}", "Labour force statistics report Q{q}", "Nigeria multidimensional poverty index",
      "Telecoms data: active voice and internet per state", "Selected food prices watch, {month} {year}"]),
    ("Ghana Statistical Service", "Accra", "statsghana.gov.gh", 2008,
     ["Ghana 2021 population and housing census: general report", "Consumer price index, {month} {year}",
      "Ghana living standards survey round 7", "Quarterly labour force report Q{q} {year}"]),
    ("Bank of Ghana", "Accra", "bog.gov.gh", 2007,
     ["Payment systems oversight annual report", "Guidelines for e-money issuers in Ghana", "Summary of economic and financial data",
      "Notice on the redenomination of the cedi", "Monetary policy report"]),
    ("Nigeria Data Protection Commission", "Abuja", "ndpc.gov.ng", 2023,
     ["General application and implementation directive", "Guidance notice on registration of data controllers",
      "Press release on enforcement of the Nigeria Data Protection Act"]),
    ("Federal Ministry of Communications, Innovation and Digital Economy", "Abuja", "fmcide.gov.ng", 2023,
     ["Accelerating our collective prosperity through technical efficiency: strategic plan", "3 Million Technical Talent programme"]),
    ("Ministry of Communications and Digitalisation", "Accra", "moc.gov.gh", 2017,
     ["Ghana digital economy policy", "Ghana Card and SIM re-registration update"]),
    ("Lagos State Government", "Ikeja", "lagosstate.gov.ng", 2010,
     ["Lagos State development plan 2012-2025", "Lagos tourism master plan", "THEMES+ agenda"]),
    ("Federal Competition and Consumer Protection Commission", "Abuja", "fccpc.gov.ng", 2019,
     ["Limited interim regulatory framework and guidelines for digital lending", "Consumer advisory on promotions and raffles"]),
    ("National Communications Authority", "Accra", "nca.org.gh", 2009,
     ["Industry information: telecom subscriptions for {month} {year}", "Quality of service monitoring report"]),
    ("Advertising Regulatory Council of Nigeria", "Lagos", "arcon.gov.ng", 2022,
     ["Nigerian Code of Advertising Practice, Sales Promotion and other Communications", "Public notice on vetting of online advertisements",
      "Guidelines on the use of foreign models and voice-over artists"]),
    ("Advertising Practitioners Council of Nigeria", "Lagos", "apcon.gov.ng", 2005,
     ["Nigerian Code of Advertising Practice and Sales Promotion", "Advertising vetting guidelines"]),
    ("BCEAO", "Dakar", "bceao.int", 2006,
     ["Rapport sur les services financiers numériques dans l'UEMOA", "Instruction relative aux émetteurs de monnaie électronique",
      "Rapport annuel de la BCEAO"]),
    ("Agence Nationale de la Statistique et de la Démographie", "Dakar", "ansd.sn", 2008,
     ["Enquête nationale sur l'emploi au Sénégal", "Situation économique et sociale du Sénégal"]),
    ("Nigerian Export Promotion Council", "Abuja", "nepc.gov.ng", 2012, ["Zero oil plan", "Export guide for food and beverages"]),
]  # fmt: skip
_LEGISLATION = [("Federal Republic of Nigeria", "Nigeria Data Protection Act 2023", 2023),
                ("National Information Technology Development Agency", "Nigeria Data Protection Regulation 2019", 2019),
                ("Federal Republic of Nigeria", "Federal Competition and Consumer Protection Act 2018", 2018),
                ("Federal Republic of Nigeria", "Nigerian Communications Act 2003", 2003),
                ("Federal Republic of Nigeria", "Advertising Regulatory Council of Nigeria Act 2022", 2022),
                ("Federal Republic of Nigeria", "Banks and Other Financial Institutions Act 2020", 2020),
                ("Federal Republic of Nigeria", "Cybercrimes (Prohibition, Prevention, etc.) Act 2015", 2015),
                ("Republic of Ghana", "Data Protection Act, 2012 (Act 843)", 2012),
                ("Republic of Ghana", "Payment Systems and Services Act, 2019 (Act 987)", 2019),
                ("Republic of Ghana", "Electronic Transactions Act, 2008 (Act 772)", 2008),
                ("Parliament of Ghana", "Electronic Transfer Levy Act, 2022 (Act 1075)", 2022),
                ("République du Sénégal", "Loi n° 2008-12 sur la protection des données à caractère personnel", 2008)]  # fmt: skip
_PRESS = ["BusinessDay", "Punch", "The Guardian Nigeria", "Premium Times", "TechCabal", "Techpoint Africa",
          "Nairametrics", "Vanguard", "ThisDay", "TheCable", "Pulse Nigeria", "MyJoyOnline", "Graphic Online",
          "Citi Newsroom", "GhanaWeb", "Jeune Afrique", "Le Soleil", "Financial Times", "Reuters", "Bloomberg",
          "BBC News Pidgin", "Rest of World", "OkayAfrica", "Billboard", "Music In Africa", "Stears"]  # fmt: skip
_RESEARCH = ["GeoPoll", "NOI Polls", "Statista", "Kantar", "Nielsen", "Stears", "TechCabal Insights",
             "Euromonitor International", "GSMA Intelligence", "Afrobarometer", "Ipsos"]  # fmt: skip
_PODCASTS = ["The Stears Podcast", "TechCabal Daily", "I Said What I Said", "Not Your Regular Podcast",
             "The Honest Bunch", "Marketing Matters Africa", "Money Africa", "Afrobeats Intelligence"]  # fmt: skip
_PLATFORMS = ["Instagram", "X", "LinkedIn", "TikTok", "YouTube", "Facebook"]
_SCHOOLS = ["Lagos Business School, Pan-Atlantic University", "University of Ghana Business School",
            "University of Lagos", "Ahmadu Bello University", "Kwame Nkrumah University of Science and Technology",
            "Université Cheikh Anta Diop", "University of Nigeria, Nsukka", "University of Hertfordshire",
            "Coventry University", "University of Salford", "GIMPA", "Covenant University"]  # fmt: skip
_BOOK_TITLES = [
    "Marketing in Africa: cases and concepts", "Brand management in emerging markets",
    "Strategic marketing: an African perspective", "Consumer behaviour in sub-Saharan Africa",
    "Digital marketing for African businesses", "Integrated marketing communications in Nigeria",
    "Fintech in Africa: money, markets and mobile", "Services marketing: people, technology, strategy",
    "Advertising in Nigeria: history, practice and regulation", "The Nollywood economy",
    "Selling to the bottom of the pyramid", "Afrobeats: the business of a sound",
    "Retail in Africa: the informal and the formal", "Public relations in West Africa",
    "Mobile money and financial inclusion", "Principles of marketing: global and African edition",
]  # fmt: skip
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]  # fmt: skip


class Blind51WorkFactory(WorkFactory):
    """The blind51 pool's works: fifteen kinds, names from five West African cultures and Britain."""

    KINDS = ("book", "chapter", "journal", "report", "organisation-report", "organisation-web", "government",
             "legislation", "market-research", "news", "web", "social", "podcast", "thesis", "conference")  # fmt: skip
    _WEIGHTS = (11, 5, 22, 4, 9, 10, 8, 3, 6, 9, 4, 3, 2, 2, 2)

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 5151)
        self.faker_gb = Faker("en_GB")
        self.faker_gb.seed_instance(seed * 97 + 51)
        self.dated_orgs: list[tuple[str, set[str], dict[str, Any]]] = []
        self.acts: set[str] = set()

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.16:
            family, given = self.rng.choice(_YORUBA)
        elif roll < 0.28:
            family, given = self.rng.choice(_IGBO)
        elif roll < 0.37:
            family, given = self.rng.choice(_HAUSA)
        elif roll < 0.52:
            family, given = self.rng.choice(_AKAN_EWE_GA)
        elif roll < 0.62:
            family, given = self.rng.choice(_FRANCOPHONE)
        elif roll < 0.68:
            family, given = (
                self.rng.choice(_DOUBLE),
                self.rng.choice(["Kwame", "Adwoa", "Tunde", "Efe", "Nana", "Kojo", "Ayo"]),
            )
        elif roll < 0.72:
            particle, family, given = self.rng.choice(_PARTICLED)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        elif roll < 0.75:
            family, given = self.rng.choice(_APOSTROPHE_NAMES)
        else:  # British lecturers, co-authors and journalists
            family, given = self.faker_gb.last_name(), self.faker_gb.first_name()
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if all(name != other for other in people):
                people.append(name)
        return people

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        roll = self.rng.random()
        if roll < 0.03:  # the classics lecturers still set
            return self.rng.randint(1983, 1999)
        if roll < 0.15:
            return self.rng.randint(2000, 2011)
        return self.rng.randint(2012, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        first = issued[0] if issued else 2019
        year = self.rng.randint(max(first, 2021), 2026)
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if issued and year == first:
            month = max(month, issued[1] if len(issued) > 1 else 1)
            day = max(day, issued[2] if len(issued) > 2 else 1)
        return {"date-parts": [[year, month, day]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        place = self.rng.choice(_PLACES)
        other = self.rng.choice(_TOPICS)
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {place}",
            f"{topic[0].upper()}{topic[1:]} and {other}: evidence from {place}",
            f"Drivers of {topic} among consumers in {place}",
            f"The effect of {topic} on {other} in {place}",
            f"Rethinking {topic}: lessons from {place}",
            f"{topic[0].upper()}{topic[1:]}, trust and loyalty: a study of {place}",
            f"Marketing {topic} to the mass market in {place}",
            f"When {topic} meets {other}",
            f"Understanding {topic} in emerging African markets",
        ]
        return self.rng.choice(forms)

    def _book_title(self) -> str:
        return self.rng.choice([*_BOOK_TITLES, self._title()])

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(self.KINDS, weights=self._WEIGHTS)[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # The same body twice in a year now and then: "Central Bank of Nigeria (2023a)" and "(2023b)".
        earlier = [issued for other, _tags, issued in self.dated_orgs if other == name]
        if earlier and "issued" in record and self.rng.random() < 0.5:
            record["issued"] = {"date-parts": [list(part) for part in self.rng.choice(earlier)["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        if "issued" in record:
            self.dated_orgs.append((name, set(tags), record["issued"]))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, set(tags) | {"organisation"})

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._book_title(), "author": self._people(4),
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
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The Routledge companion to marketing in Africa",
                                                "Marketing communications in emerging economies",
                                                "Fintech and financial inclusion in Africa", "Handbook of African business",
                                                "Creative industries in West Africa"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 1400)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 45)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{start}-{start + self.rng.randint(9, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.choice(['1080', '1108', '1016', '1057', '1177'])}/{self.faker_gb.lexify('????').upper()}-{self.rng.randint(2015, 2025)}-{self.rng.randint(100, 9999):04d}"
            )
        return self._person(record, "journal")

    def _report(self) -> Work:
        """A report by named people: a Stears or Lagos Business School working paper, a consultancy white paper."""
        org, _tags = self.organisation()
        record: dict[str, Any] = {"type": "report", "title": self._title(), "author": self._people(3),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": org.split(" (")[0],
                                  "publisher-place": self.rng.choice(["Lagos", "Accra", "Abuja", "Dakar", "London"])}  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = f"https://{self.faker_gb.domain_name()}/{self.faker_gb.slug()}.pdf"
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._person(record, "report")

    def _place(self, name: str) -> str:
        for words, place in (("Ghana", "Accra"), ("Nigeria", "Lagos"), ("CBN", "Abuja"), ("NBS", "Abuja"),
                             ("Sonatel", "Dakar"), ("BCEAO", "Dakar"), ("Afrique", "Dakar"), ("Ivoire", "Abidjan"),
                             ("Airtel", "London"), ("MTN Group", "Johannesburg"), ("MultiChoice", "Johannesburg"),
                             ("World Bank", "Washington, DC"), ("Monetary", "Washington, DC")):  # fmt: skip
            if words in name:
                return place
        return self.rng.choice(["Lagos", "Accra", "London", "Abuja", "Lagos"])

    def _organisation_report(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        title = self.rng.choice([f"Annual report and accounts {year}", f"Integrated annual report {year}",
                                 f"Sustainability report {year}", f"{year} full year results presentation",
                                 self._title(), self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0], "publisher-place": self._place(name)}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = f"https://www.{self.faker_gb.domain_word()}.com/investors/{self.faker_gb.slug()}.pdf"
            record["accessed"] = self._accessed_after([year])
        return self._org(record, "organisation-report", name, tags)

    def _organisation_web(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(),
                                  "URL": f"https://{self.faker_gb.domain_name()}/{self.faker_gb.uri_path()}"}  # fmt: skip
        if self.rng.random() < 0.7:
            record["issued"] = {"date-parts": [[self.year()]]}
        if self.rng.random() < 0.9:
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        work = self._org(record, "organisation-web", name, tags)
        if "issued" not in record:
            work.tags.add("undated")
        return work

    def _government(self) -> Work:
        name, place, domain, earliest, titles = self.rng.choice(_GOVERNMENT)
        year = self.rng.randint(earliest, 2025)
        title = self.rng.choice(titles).replace("{q}", str(self.rng.randint(1, 4))).replace(
            "{n}", str(self.rng.randint(120, 160))).replace("{month}", self.rng.choice(_MONTHS)).replace("{year}", str(year))  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name
            record["publisher-place"] = place
        if record["type"] == "webpage" or self.rng.random() < 0.5:
            record["URL"] = f"https://www.{domain}/{self.faker_gb.slug()}"
            record["accessed"] = self._accessed_after([year])
        return self._org(record, "government", name, {"government"})

    def _legislation(self) -> Work:
        """An Act under the legislature that passed it, as candidates are taught to write it."""
        unused = [act for act in _LEGISLATION if act[1] not in self.acts] or _LEGISLATION  # one Act is listed once
        body, title, year = self.rng.choice(unused)
        self.acts.add(title)
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": self.rng.choice(["Federal Government Printer", "Assembly Press", "Journal officiel"]),
                                  "publisher-place": self.rng.choice(["Abuja", "Lagos", "Accra", "Dakar"])}  # fmt: skip
        record["id"] = self._id()
        record["author"] = [{"literal": body}]
        return Work(record, body, str(year), True, 1, "legislation", {"legislation", "organisation", "government"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.85 else None
        place = self.rng.choice(_PLACES)
        market = self.rng.choice(["mobile money", "beer and stout", "instant noodles", "data bundles", "smartphones",
                                  "bottled water", "seasoning cubes", "music streaming", "pay-TV", "e-commerce",
                                  "remittances", "malt drinks", "skin care"])  # fmt: skip
        title = self.rng.choice([f"{market.capitalize()} in {place}: market report {year or 2024}",
                                 f"Share of adults in {place} who used {market} in the last 30 days",
                                 f"{place} {market} consumer survey, Q{self.rng.randint(1, 4)} {year or 2023}",
                                 f"State of {market} in {place}", f"Who pays for {market}? A {place} poll"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name,
                                  "URL": f"https://www.{name.split()[0].lower()}.com/{self.faker_gb.slug()}"}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after([year] if year else None)
        return self._org(record, "market-research", name, {"market-research"})

    def _news(self) -> Work:
        year = self.rng.randint(2012, 2025)
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": paper,
                                  "issued": {"date-parts": [[year, month, day]]},
                                  "URL": f"https://{self.faker_gb.domain_name()}/{year}/{month:02d}/{self.faker_gb.slug()}"}  # fmt: skip
        if self.rng.random() < 0.9:
            record["accessed"] = self._accessed_after([year, month, day])
        if self.rng.random() < 0.78:
            record["author"] = self._people(2)
            return self._person(record, "news")
        return self._org(record, "news", paper, {"press"})

    def _web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "URL": f"https://{self.faker_gb.domain_name()}/{self.faker_gb.slug()}"}  # fmt: skip
        if self.rng.random() < 0.75:
            record["issued"] = {"date-parts": [[self.rng.randint(2014, 2025)]]}
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        return self._person(record, "web")

    def _social(self) -> Work:
        platform = self.rng.choice(_PLATFORMS)
        year = self.rng.randint(2017, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        text = self.rng.choice(["New data plans are live", "Detty December is loading", "We hear you, and we are fixing it",
                                "Thank you Lagos!", "Our new campaign drops tonight", "Dial the code and win",
                                "Naira or dollar, we have you covered", "Behind the scenes of the video shoot"])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": f"{text} [{platform} post]", "container-title": platform,
                                  "issued": {"date-parts": [issued]},
                                  "URL": f"https://www.{platform.lower()}.com/{self.faker_gb.user_name()}/{self.rng.randint(10**6, 10**7)}",
                                  "accessed": self._accessed_after(issued)}  # fmt: skip
        if self.rng.random() < 0.5:
            record["author"] = self._people(1)
            return self._person(record, "social")
        name, tags = self.rng.choice([o for o in _ORGANISATIONS if "company" in o[1]])
        return self._org(record, "social", name, set(tags))

    def _podcast(self) -> Work:
        year = self.rng.randint(2018, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "broadcast", "title": self._title(), "container-title": self.rng.choice(_PODCASTS),
                                  "author": self._people(2), "issued": {"date-parts": [issued]},
                                  "URL": f"https://open.spotify.com/episode/{self.faker_gb.lexify('??????????????')}",
                                  "accessed": self._accessed_after(issued)}  # fmt: skip
        return self._person(record, "podcast")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": self._people(1),
                                  "issued": {"date-parts": [[self.rng.randint(2008, 2025)]]},
                                  "genre": self.rng.choice(["MBA dissertation", "PhD thesis", "MSc dissertation"]),
                                  "publisher": self.rng.choice(_SCHOOLS)}  # fmt: skip
        return self._person(record, "thesis")

    def _conference(self) -> Work:
        start = self.rng.randint(1, 500)
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": self.rng.choice(["Proceedings of the AIB Sub-Saharan Africa Chapter Conference",
                                                "Academy of Marketing Conference proceedings",
                                                "Proceedings of the International Conference on African Business"]),
            "issued": {"date-parts": [[self.rng.randint(2010, 2025)]]},
            "publisher-place": self.rng.choice(["Lagos", "Accra", "Nairobi", "Cape Town", "London"]),
            "page": f"{start}-{start + self.rng.randint(6, 14)}",
        }  # fmt: skip
        return self._person(record, "conference")
