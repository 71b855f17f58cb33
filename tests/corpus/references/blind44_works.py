"""Works for the forty-fourth held-out pool, "blind44": what fundraising, communications and advocacy staff at
international NGOs, UN agencies, humanitarian charities and social enterprises in East Africa, the Horn of Africa,
the Middle East and North Africa and London cite on CIM Level 6 and 7 courses.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a forty-fourth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how these writers'
reference lists look: UN agency and NGO reports (UNHCR, UNICEF, WFP, OCHA, IOM, the World Bank, ODI, Oxfam, Save
the Children, MSF, the IRC, the Red Cross and Red Crescent), UN General Assembly and Security Council resolutions
with their document symbols, FCDO and USAID pages, the Charity Commission and the Fundraising Regulator, Acts listed
under the state ("Republic of Kenya", "Great Britain"), fundraising and development-communication textbooks and
chapters, journals such as Disasters, Development in Practice and Nonprofit and Voluntary Sector Quarterly with one
to eight authors, ODI and HPG working papers by named people, The New Humanitarian, Devex, Al Jazeera and BBC News,
podcasts, YouTube videos, LinkedIn posts, dissertations from Nairobi, Addis Ababa, Makerere, Beirut, Cairo and
London, conference papers, web pages with and without dates or access dates. Names are Arabic (al-, El-, Abu, bin,
bint, Abdel), Ethiopian and Eritrean (a given name and a father's name, now and then written whole), Somali,
Swahili and Ugandan, Amharic, Kurdish, Sudanese, Lebanese with French accents, European aid workers' and British.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

# (family, given): as reference managers hold them, the family name as the author is cited.
_ARABIC = [("al-Khatib", "Rania"), ("Al-Masri", "Omar"), ("El-Sayed", "Nour"), ("Abu Zeid", "Karim"),
           ("Abdel-Rahman", "Hala"), ("Haddad", "Lina"), ("Khoury", "Yousef"), ("Nasser", "Dina"),
           ("Barakat", "Tariq"), ("Abu-Ghazaleh", "Samar"), ("El-Hajj", "Ziad"), ("Mansour", "Reem"),
           ("Al-Hashemi", "Layla"), ("Abdelaziz", "Mohammed"), ("Obeidat", "Hussein"), ("Al-Zoubi", "Maha"),
           ("bin Salem", "Fahad"), ("bint Khalid", "Noura"), ("Abdel Wahab", "Amal"), ("Darwish", "Fadi"),
           ("El Khoury", "Salma"), ("al-Shami", "Ahmad"), ("Abu Hamdan", "Yara"), ("Qasem", "Bilal"),
           ("El-Gamal", "Heba"), ("Abdelmoneim", "Sherif"), ("Al-Rawi", "Zainab"), ("Saadé", "Élie"),
           ("Gemayel", "Hélène"), ("Frangié", "Joëlle"), ("Al-Ḥusaynī", "Nadia"), ("ʿAbd al-Raḥmān", "Kamal")]  # fmt: skip
_ETHIOPIAN = [("Tadesse", "Mekdes"), ("Bekele", "Dawit"), ("Girma", "Hiwot"), ("Haile", "Yonas"),
              ("Gebremedhin", "Bethlehem"), ("Woldemariam", "Abebe"), ("Tesfaye", "Tsion"), ("Alemu", "Meron"),
              ("Kebede", "Henok"), ("Mulugeta", "Saba"), ("Gebreyesus", "Biniam"), ("Tekle", "Feven"),
              ("Habtom", "Kidane"), ("Berhane", "Tigist"), ("Asfaw", "Eyerusalem"), ("Yohannes", "Samuel"),
              ("Negash", "Selam"), ("Abraha", "Ruth"), ("Ghebremichael", "Senait"), ("Desta", "Tsehay")]  # fmt: skip
_SOMALI = [("Warsame", "Hodan"), ("Farah", "Abdirahman"), ("Hassan", "Fadumo"), ("Abdi", "Mohamed"),
           ("Mohamud", "Sahra"), ("Osman", "Ilhan"), ("Jama", "Asha"), ("Egal", "Khadar"), ("Nur", "Nimco"),
           ("Yusuf", "Liban"), ("Hersi", "Ubah"), ("Dualeh", "Amina"), ("Guled", "Hamza"), ("Aden", "Ayaan")]  # fmt: skip
_EAST_AFRICAN = [("Wanjiru", "Grace"), ("Otieno", "Brian"), ("Mwangi", "Faith"), ("Kamau", "Kevin"),
                 ("Achieng'", "Mercy"), ("Njoroge", "Dennis"), ("Odhiambo", "Esther"), ("Mutua", "Joy"),
                 ("Kiprono", "Peter"), ("Chebet", "Winnie"), ("Nakato", "Lilian"), ("Ssempala", "Moses"),
                 ("Mugisha", "Baraka"), ("Namubiru", "Zawadi"), ("Okello", "Imani"), ("Atieno", "Neema"),
                 ("Juma", "Rehema"), ("Kariuki", "Amani"), ("Nyambura", "Halima"), ("Ochieng", "Collins"),
                 ("Mwakilema", "Upendo"), ("Kyalo", "Purity"), ("Ssewankambo", "Ronald"), ("Nalubega", "Prossy")]  # fmt: skip
_KURDISH_SUDANESE = [("Barzani", "Shilan"), ("Ahmadi", "Rebin"), ("Karimi", "Avin"), ("Zebari", "Dilan"),
                     ("Hawrami", "Hêvî"), ("Qadir", "Şêrko"), ("Mustafa", "Berivan"), ("Rashid", "Azad"),
                     ("Abdalla", "Nahid"), ("Elamin", "Mohanad"), ("Babiker", "Sara"), ("Elnour", "Alaa"),
                     ("Idris", "Hiba"), ("Abdelgadir", "Muzamil"), ("Satti", "Samah"), ("Mahgoub", "Eltayeb")]  # fmt: skip
_EUROPEAN = [("van der Veen", "Marieke"), ("de Waal", "Pieter"), ("Søndergaard", "Mette"), ("Müller", "Jürgen"),
             ("Lefèvre", "Camille"), ("García-Pérez", "Lucía"), ("Bianchi", "Giulia"), ("Lindqvist", "Anna"),
             ("Ó Súilleabháin", "Niamh"), ("Nowak", "Agnieszka")]  # fmt: skip
_PARTICLES = [("van", "Dijk", "Thijs"), ("de", "Vries", "Sanne"), ("von", "Hagen", "Klara"), ("de la", "Cruz", "Sofía")]  # fmt: skip

# Organisations as candidates write them as authors: (name, tags).
_ORGS = [
    ("UNHCR", {"un", "acronym"}), ("United Nations High Commissioner for Refugees (UNHCR)", {"un", "abbreviation"}),
    ("UNICEF", {"un", "acronym"}), ("UNICEF UK", {"un", "acronym"}), ("World Food Programme", {"un"}), ("WFP", {"un", "acronym"}),
    ("OCHA", {"un", "acronym"}), ("United Nations Office for the Coordination of Humanitarian Affairs", {"un"}),
    ("IOM", {"un", "acronym"}), ("International Organization for Migration", {"un"}), ("UNDP", {"un", "acronym"}),
    ("UNRWA", {"un", "acronym"}), ("World Bank", {"ifi"}), ("World Bank Group", {"ifi"}), ("ODI", {"think-tank", "acronym"}),
    ("Oxfam", {"ngo"}), ("Oxfam GB", {"ngo"}), ("Oxfam International", {"ngo"}), ("Save the Children", {"ngo"}),
    ("Save the Children UK", {"ngo"}), ("Médecins Sans Frontières", {"ngo", "accent"}), ("MSF", {"ngo", "acronym"}),
    ("International Rescue Committee", {"ngo"}), ("IRC", {"ngo", "acronym"}), ("ICRC", {"red-cross", "acronym"}),
    ("International Federation of Red Cross and Red Crescent Societies (IFRC)", {"red-cross", "abbreviation"}),
    ("British Red Cross", {"red-cross"}), ("Kenya Red Cross Society", {"red-cross"}), ("Egyptian Red Crescent", {"red-cross"}),
    ("Disasters Emergency Committee", {"charity"}), ("DEC", {"charity", "acronym"}),
    ("Charity Commission for England and Wales", {"regulator"}), ("Fundraising Regulator", {"regulator"}),
    ("CHS Alliance", {"network"}), ("ALNAP", {"network", "acronym"}), ("Bond", {"network"}), ("CALP Network", {"network"}),
    ("Ground Truth Solutions", {"ngo"}), ("Development Initiatives", {"think-tank"}), ("GSMA", {"company", "acronym"}),
    ("Safaricom PLC", {"company", "plc"}), ("Vodafone Group Plc", {"company", "plc"}), ("Itad Ltd", {"company", "ltd"}),
    ("Islamic Relief Worldwide", {"ngo"}), ("Christian Aid", {"ngo"}), ("ActionAid UK", {"ngo"}), ("CARE International", {"ngo"}),
    ("Mercy Corps", {"ngo"}), ("Norwegian Refugee Council (NRC)", {"ngo", "abbreviation"}), ("Danish Refugee Council", {"ngo"}),
    ("Concern Worldwide", {"ngo"}), ("World Vision International", {"ngo"}), ("Plan International", {"ngo"}),
    ("GiveDirectly", {"ngo"}), ("BRAC", {"ngo", "acronym"}), ("HelpAge International", {"ngo"}),
    ("Women's Refugee Commission", {"ngo", "apostrophe"}), ("Children's Investment Fund Foundation (CIFF)", {"foundation", "apostrophe", "abbreviation"}),
    ("Bill & Melinda Gates Foundation", {"foundation", "ampersand"}), ("Lloyd's Register Foundation", {"foundation", "apostrophe"}),
    ("Chartered Institute of Fundraising", {"trade-body"}), ("NCVO", {"trade-body", "acronym"}),
    ("Charities Aid Foundation (CAF)", {"foundation", "abbreviation"}), ("nfpResearch", {"company"}),
    ("Ipsos", {"market-research"}), ("YouGov", {"market-research"}), ("Kantar Public", {"market-research"}),
    ("Humanitarian Policy Group", {"think-tank"}), ("The New Humanitarian", {"press"}), ("Devex", {"press"}),
    ("Feinstein International Center", {"university"}), ("Overseas Development Institute (ODI)", {"think-tank", "abbreviation"}),
    ("Action Against Hunger", {"ngo"}), ("Muslim Aid", {"ngo"}), ("Tearfund", {"ngo"}), ("M-KOPA", {"company"}),
    ("Equity Group Holdings Plc", {"company", "plc"}), ("Mastercard Foundation", {"foundation"}),
    ("Dahabshiil", {"company"}), ("Sightsavers", {"ngo"}), ("Trócaire", {"ngo", "accent"}),
]  # fmt: skip
_GOVERNMENT = [
    ("Foreign, Commonwealth & Development Office", {"government", "ampersand", "comma"}), ("FCDO", {"government", "acronym"}),
    ("Department for International Development", {"government"}), ("DFID", {"government", "acronym"}),
    ("USAID", {"government", "acronym"}), ("Independent Commission for Aid Impact (ICAI)", {"government", "abbreviation"}),
    ("House of Commons International Development Committee", {"government"}), ("National Audit Office", {"government"}),
    ("Kenya National Bureau of Statistics", {"government"}), ("Ethiopian Statistics Service", {"government"}),
    ("Uganda Bureau of Statistics (UBOS)", {"government", "abbreviation"}), ("Office of the Prime Minister, Uganda", {"government", "comma"}),
    ("Ministry of Planning and International Cooperation", {"government"}), ("Government of Lebanon and United Nations", {"government"}),
    ("European Commission", {"government"}), ("ECHO", {"government", "acronym"}), ("Central Bank of Kenya", {"government"}),
    ("Federal Government of Somalia", {"government"}), ("HM Treasury", {"government"}), ("Home Office", {"government"}),
]  # fmt: skip
_UN_BODIES = ["UN General Assembly", "United Nations General Assembly", "UN Security Council", "United Nations Security Council",
              "UN Secretary-General", "Human Rights Council", "UN Economic and Social Council"]  # fmt: skip
_LEGISLATION = [
    ("Great Britain", ["Charities Act", "International Development Act", "Charities (Protection and Social Investment) Act",
                       "International Development (Official Development Assistance Target) Act", "Modern Slavery Act", "Bribery Act"]),
    ("Republic of Kenya", ["Public Benefit Organizations Act", "Data Protection Act", "National Payment System Act",
                           "Refugees Act", "Persons with Disabilities Act"]),
    ("Republic of Uganda", ["Non-Governmental Organisations Act", "Data Protection and Privacy Act"]),
    ("Federal Democratic Republic of Ethiopia", ["Organizations of Civil Societies Proclamation", "Refugees Proclamation"]),
    ("Hashemite Kingdom of Jordan", ["Law on Societies"]),
]  # fmt: skip

_TOPICS = ["cash transfers", "mobile money", "localisation", "accountability to affected people", "safeguarding",
           "donor retention", "emergency appeals", "legacy giving", "digital fundraising", "dignified imagery",
           "poverty porn", "humanitarian branding", "refugee self-reliance", "anticipatory action",
           "community engagement", "informed consent in storytelling", "the Grand Bargain", "compassion fatigue",
           "crowdfunding", "corporate partnerships", "zakat and Islamic giving", "diaspora remittances",
           "famine early warning", "advocacy campaigns", "the humanitarian-development nexus",
           "cash and voucher assistance", "feedback mechanisms", "data protection in aid", "decolonising aid",
           "trust in charities", "regular giving", "supporter journeys", "peer-to-peer fundraising",
           "beneficiary voice", "celebrity ambassadors", "crisis communications", "shifting the power",
           "rapid-onset disasters", "protracted displacement", "women-led organisations"]  # fmt: skip
_PLACES = ["Turkana", "Somaliland", "Tigray", "Zaatari", "the Bekaa Valley", "Darfur", "Kakuma", "Dadaab", "Baidoa",
           "Gambella", "Kampala", "Amman", "northern Uganda", "the Horn of Africa", "Sudan", "Yemen", "South Sudan",
           "Mosul", "Erbil", "Gaza", "Puntland", "Afar", "Karamoja", "Nairobi's informal settlements", "Upper Egypt",
           "Beirut", "Mogadishu", "East Africa", "the Middle East and North Africa", "Kurdistan Region of Iraq"]  # fmt: skip
_JOURNALS = ["Disasters", "Development in Practice", "Nonprofit and Voluntary Sector Quarterly", "Journal of Humanitarian Affairs",
             "Journal of Refugee Studies", "Journal of Philanthropy and Marketing", "World Development", "Voluntas",
             "Third World Quarterly", "Journal of International Development", "Gender & Development",
             "International Journal of Nonprofit and Voluntary Sector Marketing", "Journal of Eastern African Studies",
             "Journal of Social Marketing", "International Review of the Red Cross", "Journal of Nonprofit & Public Sector Marketing",
             "Humanitarian Exchange", "Forced Migration Review"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Practical Action Publishing", "Rugby"), ("Zed Books", "London"),
               ("Palgrave Macmillan", "Basingstoke"), ("Oxford University Press", "Oxford"), ("Cambridge University Press", "Cambridge"),
               ("Kogan Page", "London"), ("Wiley", "Chichester"), ("Sage", "London"), ("Directory of Social Change", "London"),
               ("Policy Press", "Bristol"), ("Manchester University Press", "Manchester"), ("Hurst", "London"),
               ("James Currey", "Woodbridge"), ("Fountain Publishers", "Kampala"), ("AUC Press", "Cairo"),
               ("East African Educational Publishers", "Nairobi"), ("Pearson", "Harlow")]  # fmt: skip
_UNIVERSITIES = ["University of Nairobi", "Addis Ababa University", "Makerere University", "American University of Beirut",
                 "American University in Cairo", "University of Jordan", "SOAS University of London", "University of Sussex",
                 "London School of Economics and Political Science", "Strathmore University", "University of Hargeisa",
                 "King's College London"]  # fmt: skip
_PRESS = ["The New Humanitarian", "Devex", "Al Jazeera", "BBC News", "The Guardian", "Daily Nation", "The East African",
          "Addis Standard", "The National", "Middle East Eye", "L'Orient Today", "Jordan Times", "Ahram Online",
          "Daily Monitor", "Third Sector", "Civil Society", "UK Fundraising", "Financial Times"]  # fmt: skip
_PODCASTS = ["Rethinking Humanitarianism", "The Development Podcast", "Aid Works", "Fundraising Everywhere",
             "Africa Daily", "The Comms Room", "Charity Chat", "Humanitarian Voices"]  # fmt: skip


class Blind44WorkFactory(WorkFactory):
    """The forty-fourth pool's works: humanitarian, development and fundraising sources, cited by NGO and UN staff."""

    KINDS = ("book", "chapter", "journal", "report", "un-document", "government", "legislation", "web", "blog",
             "news", "podcast", "social", "video", "thesis", "conference")  # fmt: skip
    _WEIGHTS = (10, 6, 22, 16, 4, 7, 2, 10, 4, 8, 2, 3, 2, 2, 2)

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 4409 + 44)
        self.uk = Faker("en_GB")
        self.uk.seed_instance(seed * 44 + 1)
        self.dated_orgs: list[tuple[str, set[str], int]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.26:
            family, given = self.uk.last_name(), self.uk.first_name()
            extra = self.rng.random()
            if extra < 0.08:
                family = f"{family}-{self.uk.last_name()}"
            elif extra < 0.12:
                family = self.rng.choice(["O'", "Mc", "Mac"]) + family
            return {"family": family, "given": given}
        table = self.rng.choices([_ARABIC, _ETHIOPIAN, _SOMALI, _EAST_AFRICAN, _KURDISH_SUDANESE, _EUROPEAN, None],
                                 weights=[22, 16, 12, 20, 10, 6, 3])[0]  # fmt: skip
        if table is None:
            particle, family, given = self.rng.choice(_PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        family, given = self.rng.choice(table)
        if table is _ETHIOPIAN and self.rng.random() < 0.3:  # a given name drawn apart from its father's name
            given = self.rng.choice(_ETHIOPIAN)[1]
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if name not in people:
                people.append(name)
        return people

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGS if self.rng.random() < 0.85 else _GOVERNMENT)
        return name, set(tags)

    # ------------------------------------------------------------------ dates and ids
    def year(self) -> int:
        roll = self.rng.random()
        if roll < 0.05:
            return self.rng.randint(1991, 2004)
        if roll < 0.2:
            return self.rng.randint(2005, 2014)
        return self.rng.randint(2015, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        while True:
            parts = [self.rng.randint(2023, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            if issued is None or parts[: len(issued)] >= issued:
                return {"date-parts": [parts]}

    def _day(self, year: int) -> list[int]:
        return [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]

    def _url(self, host: str | None = None) -> str:
        host = host or self.rng.choice(["reliefweb.int/report", "www.unhcr.org/media", "www.odi.org/en/publications",
                                        "www.savethechildren.org.uk/news", "www.oxfam.org.uk/blog", "www.devex.com/news",
                                        "www.thenewhumanitarian.org/analysis", "data.unhcr.org/en/documents/details",
                                        "www.gov.uk/government/publications", "medium.com/@" + self.uk.user_name()])  # fmt: skip
        return f"https://{host}/{self.uk.slug()}"

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice([t for t in _TOPICS if t != topic])
        place = self.rng.choice(_PLACES)
        cap = topic[0].upper() + topic[1:]
        forms = [f"{cap}: lessons from {place}", f"{cap} in {place}: a review of the evidence", f"Rethinking {topic}",
                 f"The politics of {topic}", f"{cap} and {other} in protracted crises", f"Who decides? {cap} after the Grand Bargain" if "Grand" not in topic else f"{cap}, ten years on",
                 f"Beyond {topic}: evidence from {place}", f"{cap} during the {self.rng.randint(2011, 2024)} crisis in {place}",
                 f"Evaluation of {topic} in {place}", f"From {topic} to {other}: what donors want",
                 f"Stories that move: {topic} in NGO communications", f"{cap} and public trust"]  # fmt: skip
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(self.KINDS, weights=self._WEIGHTS)[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _new_id(self) -> str:
        self.counter += 1
        return f"b44w{self.counter}"

    def _person(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._new_id()
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        first = record["author"][0]
        if "literal" in first:
            return Work(record, first["literal"], year, False, len(record["author"]), kind, {"whole-name"})
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation in the same year as an earlier work ("UNHCR, 2023a" and "2023b").
        # Not for Acts and UN documents, whose titles and symbols carry their own year.
        repeatable = kind not in ("legislation", "un-document") and not any(
            ch.isdigit() for ch in str(record.get("title", ""))
        )
        if "issued" in record and self.dated_orgs and repeatable and self.rng.random() < 0.1:
            name, tags, year = self.rng.choice(self.dated_orgs)
            parts = record["issued"]["date-parts"][0]
            record["issued"] = {"date-parts": [[year, *parts[1:]]]}
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        if "issued" in record:
            self.dated_orgs.append((name, tags, record["issued"]["date-parts"][0][0]))
        record["id"] = self._new_id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def _authors(self, most: int) -> list[dict[str, str]]:
        people = self._people(most)
        if self.rng.random() < 0.04:  # an Ethiopian author written whole, as many Ethiopian writers cite one another
            family, given = self.rng.choice(_ETHIOPIAN)
            people[0] = {"literal": f"{given} {family}"}
        return people

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._authors(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._authors(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The Routledge companion to humanitarian action", "Fundraising principles and practice",
                                                "The handbook of development communication and social change", "Humanitarianism in question",
                                                f"Communicating {self.rng.choice(_TOPICS)}", "Global fundraising", "The charity sector handbook"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 800)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._authors(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 6)), "page": f"{start}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice(['1111', '1080', '1177', '1093', '1017'])}/{self.uk.lexify('????').lower()}.{self.rng.randint(1000, 99999)}"
            )
        return self._person(record, "journal")

    def _report(self) -> Work:
        year = self.year()
        if self.rng.random() < 0.3:  # a working paper by named people
            record: dict[str, Any] = {
                "type": "report", "title": self._title(), "author": self._authors(4), "issued": {"date-parts": [[year]]},
                "genre": self.rng.choice(["HPG Working Paper", "ODI Working Paper", "Briefing note", "Research report"]),
            }  # fmt: skip
            record["publisher"], record["publisher-place"] = self.rng.choice(
                [("ODI", "London"), ("Humanitarian Policy Group", "London"), ("Feinstein International Center", "Boston"),
                 ("Rift Valley Institute", "Nairobi"), ("IDS", "Brighton"), ("Sahan Research", "Nairobi")])  # fmt: skip
            if self.rng.random() < 0.6:
                record["URL"] = self._url()
                record["accessed"] = self._accessed_after([year])
            return self._person(record, "report")
        name, tags = self.organisation()
        title = self.rng.choice([f"Global trends: forced displacement in {year - 1}", f"Annual report {year}",
                                 f"Humanitarian action for children {year}", f"Global report on food crises {year}",
                                 f"Trustees' report and accounts {year - 1}/{str(year)[2:]}", f"Global humanitarian overview {year}",
                                 "State of the humanitarian system", self._title(), self._title(), self._title()])  # fmt: skip
        record = {"type": "report", "title": title, "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0],
                  "publisher-place": self.rng.choice(["Geneva", "New York", "London", "Nairobi", "Rome", "Amman", "Washington, DC"])}  # fmt: skip
        if self.rng.random() < 0.12:
            record.pop("issued")
        if self.rng.random() < 0.6:
            record["URL"] = self._url()
            record["accessed"] = self._accessed_after([year] if "issued" in record else None)
        return self._org(record, "report", name, tags)

    def _un_document(self) -> Work:
        year = self.rng.choice([1991, 2005, 2015, 2016, 2018, self.rng.randint(2000, 2024)])
        body = self.rng.choice(_UN_BODIES)
        if "Security" in body:
            symbol = f"S/RES/{self.rng.randint(1200, 2760)} ({year})"
        elif "Secretary" in body or "Economic" in body:
            symbol = f"A/{year - 1945}/{self.rng.randint(50, 900)}"
        elif "Human Rights" in body:
            symbol = f"A/HRC/RES/{self.rng.randint(20, 56)}/{self.rng.randint(1, 40)}"
        else:
            symbol = f"A/RES/{year - 1945}/{self.rng.randint(1, 300)}"
        title = self.rng.choice(["Strengthening of the coordination of emergency humanitarian assistance of the United Nations",
                                 "Transforming our world: the 2030 Agenda for Sustainable Development", "Protection of civilians in armed conflict",
                                 "One humanity: shared responsibility", "New York Declaration for Refugees and Migrants",
                                 "Safety and security of humanitarian personnel", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "number": symbol, "issued": {"date-parts": [[year]]},
                                  "publisher": "United Nations", "publisher-place": "New York"}  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = f"https://undocs.org/{symbol.split(' ')[0]}"
            record["accessed"] = self._accessed_after([year])
        return self._org(record, "un-document", body, {"un", "government"})

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        year = self.year()
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url("www.gov.uk/government/publications"),
                                  "accessed": self._accessed_after([year])}  # fmt: skip
        return self._org(record, "government", name, tags | {"government"})

    def _legislation(self) -> Work:
        state, acts = self.rng.choice(_LEGISLATION)
        year = self.rng.randint(1998, 2024)
        act = self.rng.choice(acts)
        title = f"{act} {year}" if "Proclamation" not in act else f"{act} No. {self.rng.randint(900, 1320)}/{year}"
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}}
        return self._org(record, "legislation", state, {"legislation", "government"})

    def _web(self) -> Work:
        name, tags = self.organisation()
        title = self.rng.choice([f"{self.rng.choice(['Sudan', 'Gaza', 'East Africa', 'Somalia', 'Lebanon', 'Türkiye–Syria earthquake', 'Horn of Africa hunger'])} appeal",
                                 "Our approach to safeguarding", "How cash assistance works", "Where your money goes",
                                 "Our commitment to the Grand Bargain", "Complaints and feedback", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": title, "URL": self._url()}
        if self.rng.random() < 0.78:
            record["issued"] = {"date-parts": [self._day(self.year()) if self.rng.random() < 0.3 else [self.year()]]}
        if self.rng.random() < 0.9:
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        return self._org(record, "web", name, tags)

    def _blog(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "post-weblog", "title": self._title(), "author": self._authors(2),
                                  "container-title": self.rng.choice(["ODI Insight", "From Poverty to Power", "Humanitarian Practice Network", "Bond blog", "Medium"]),
                                  "issued": {"date-parts": [self._day(year)]}, "URL": self._url()}  # fmt: skip
        if self.rng.random() < 0.2:
            record.pop("issued")
        if self.rng.random() < 0.92:
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        return self._person(record, "blog")

    def _news(self) -> Work:
        year = self.year()
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": paper,
                                  "issued": {"date-parts": [self._day(year)]}, "URL": self._url()}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        if self.rng.random() < 0.75:
            record["author"] = self._authors(2)
            return self._person(record, "news")
        return self._org(record, "news", paper, {"press"})

    def _podcast(self) -> Work:
        year = self.rng.randint(2018, 2025)
        record: dict[str, Any] = {"type": "broadcast", "title": f"Episode {self.rng.randint(1, 180)}: {self._title()}",
                                  "container-title": self.rng.choice(_PODCASTS), "medium": "Podcast", "author": self._authors(2),
                                  "issued": {"date-parts": [self._day(year)]}, "URL": self._url("open.spotify.com/episode")}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._person(record, "podcast")

    def _social(self) -> Work:
        year = self.rng.randint(2019, 2025)
        record: dict[str, Any] = {"type": "post", "title": self.rng.choice(["Three things I learned from our winter appeal",
                                  "Why we stopped using images of children in distress", f"Reflections on {self.rng.choice(_TOPICS)}",
                                  "Our first cash pilot in Turkana: a thread", "What localisation means for comms teams"]),
                                  "container-title": "LinkedIn", "author": self._authors(1),
                                  "issued": {"date-parts": [self._day(year)]}, "URL": self._url("www.linkedin.com/posts")}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._person(record, "social")

    def _video(self) -> Work:
        year = self.rng.randint(2014, 2025)
        record: dict[str, Any] = {"type": "motion_picture", "title": self._title(), "medium": "YouTube video",
                                  "issued": {"date-parts": [self._day(year)]}, "URL": f"https://www.youtube.com/watch?v={self.uk.lexify('???????????')}"}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        if self.rng.random() < 0.4:
            record["author"] = self._authors(1)
            return self._person(record, "video")
        name, tags = self.organisation()
        return self._org(record, "video", name, tags)

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": self._authors(1),
                                  "genre": self.rng.choice(["MA dissertation", "MSc dissertation", "PhD thesis", "MBA project"]),
                                  "publisher": self.rng.choice(_UNIVERSITIES), "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        return self._person(record, "thesis")

    def _conference(self) -> Work:
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._authors(4),
                                  "container-title": self.rng.choice(["ALNAP Annual Meeting", "Humanitarian Networks and Partnerships Week",
                                                                      "International Fundraising Congress", "Chartered Institute of Fundraising Convention",
                                                                      "World Humanitarian Action Forum"]),
                                  "publisher-place": self.rng.choice(["Geneva", "Nairobi", "London", "Amman", "Noordwijkerhout"]),
                                  "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        return self._person(record, "conference")
