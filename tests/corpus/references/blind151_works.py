"""Works for the blind151 pool (HELD OUT): what marketers in Sri Lanka, the Maldives and their diaspora cite.

Invented works as a reference manager would hold them: Sinhala names with their ge-names kept whole as the family
name ("Herath Mudiyanselage") or reduced to initials in the given names ("Wickramasinghe, W.M.D.P."), Tamil names
with the father's name as surname ("Kandiah, S.") or as initial, Muslim and Burgher names ("de Silva", "Macan
Markar", "de Kretser"), Maldivian names with no surname written whole ("Aishath Shifaza"), and expatriates; banks,
telecoms, conglomerates (PLC, (Pvt) Ltd, Private Limited), the Central Bank of Sri Lanka, TRCSL, the Consumer
Affairs Authority, the Department of Census and Statistics and the Maldives Monetary Authority; Acts numbered as
Sri Lanka numbers them ("Personal Data Protection Act, No. 9 of 2022"), gazettes and Maldivian laws ("Law No.
24/2022"); theses from Colombo, Sri Jayewardenepura, Moratuwa, Kelaniya and the Maldives National University;
conference papers, research firms, the Lankan, Maldivian and diaspora press, posts, videos and podcasts, and
Sinhala, Tamil and Dhivehi titles romanised with their English in square brackets.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# Sinhala family names (a ge-name or a vasagama kept as the family name, or a plain surname) and given names.
_SINHALA_FAMILY = ["Perera", "Fernando", "Jayawardena", "Bandara", "Wickramasinghe", "Rajapaksa", "Gunawardena",
                   "Senanayake", "Dissanayake", "Ranasinghe", "Jayasuriya", "Weerasinghe", "Karunaratne",
                   "Samarakoon", "Herath", "Ekanayake", "Rathnayake", "Kumarasinghe", "Abeysekera", "Wijesinghe",
                   "Liyanage", "Amarasekara", "Gamage", "Kodikara", "Munasinghe", "Pathirana", "Wanigasekera",
                   "Seneviratne", "Jayatilleke", "Hettiarachchi", "Kariyawasam", "Dassanayake", "Siriwardena",
                   "Ratnayake", "Weerakkody", "Udawatta", "Thennakoon", "Galappaththi", "Nanayakkara",
                   "Herath Mudiyanselage", "Rajapaksha Mudiyanselage", "Wanninayake Mudiyanselage",
                   "Ekanayake Mudiyanselage", "Kankanamge", "Liyana Arachchige", "Hewa Pathiranage",
                   "Jayasinghe-Mudalige", "Kumara-Perera", "Wickramaarachchi", "Gunasekara"]  # fmt: skip
_SINHALA_GIVEN = ["Dilini", "Nadeesha", "Kasun", "Chamari", "Tharindu", "Sachini", "Ruwan", "Nirosha", "Dinesh",
                  "Ishara", "Pradeep", "Sanduni", "Lahiru", "Thilini", "Chathura", "Upeksha", "Asanka", "Hiruni",
                  "Nuwan", "Piumi", "Samanthi", "Buddhika", "Anusha", "Shehan", "Malsha", "Kanchana", "Gayan",
                  "Dulani", "Janaka", "Sewwandi"]  # fmt: skip
# The initials of a Sinhala name written out: the ge-name and the vasagama before the given names.
_SINHALA_GE = ["Warnakulasuriya", "Mudiyanselage", "Wasala", "Appuhamilage", "Dissanayake", "Kuruppu",
               "Pathberiyage", "Hettiarachchige", "Ranaweera", "Wijekoon", "Merenchige"]  # fmt: skip
# Tamil names: the father's name as initial or as surname (family, given).
_TAMIL = [("Sivakumar", "Kandiah"), ("Kandiah", "Sivakumar"), ("Thanabalasingam", "Mathivathani"),
          ("Navaratnam", "Prashanthan"), ("Rajendran", "Thusyanthy"), ("Selvarajah", "Kajenthiran"),
          ("Sivanandan", "Ahalya"), ("Kanagaratnam", "Vithushan"), ("Balasubramaniam", "Nirojan"),
          ("Ponnambalam", "Kirushanthi"), ("Murugesu", "Thevaki"), ("Arumugam", "Jeyaseelan"),
          ("Kailāsapathy", "Sharmila"), ("Sritharan", "Mayuran"), ("Yogarajah", "Priyatharsini"),
          ("Ganeshamoorthy", "Saranya"), ("Thiruchelvam", "Nithya"), ("Krishnapillai", "Arunthavam"),
          ("Velummayilum", "Tharshini"), ("Ratnasingam", "Jathursha")]  # fmt: skip
# Muslim and Burgher names (family, given), particles apart where a reference manager keeps them apart.
_MUSLIM = [("Ahamed", "Mohamed Rizvi"), ("Marikar", "Fathima Shazna"), ("Cassim", "Imran"), ("Jiffry", "Aysha"),
           ("Hanifa", "Mohamed Nazeer"), ("Azeez", "Shifna"), ("Macan Markar", "Ashroff"), ("Rahuman", "Fazeena"),
           ("Lebbe", "Ahamed Lafir"), ("Mohideen", "Rishard"), ("Ismail", "Farhana"), ("Uvais", "Mohamed")]  # fmt: skip
_BURGHER_PARTICLE = [("de", "Silva", "Nadeesha"), ("de", "Kretser", "Annaliese"), ("de", "Mel", "Roshan"),
                     ("de", "Zoysa", "Chanaka"), ("de", "Alwis", "Tharanga"), ("de", "Saram", "Romesh")]  # fmt: skip
_BURGHER = [("Ondaatje", "Christopher"), ("Jansz", "Michelle"), ("Van Langenberg", "Shane"), ("Loos", "Jennifer"),
            ("VanderPoorten", "Dirk"), ("Anthonisz", "Rochelle"), ("De Silva", "Harsha"), ("Pereira", "Lorraine"),
            ("Ludowyk", "Gerard")]  # fmt: skip
# Maldivian names: no surname, written whole (one "literal" name); some with the island in brackets or first.
_MALDIVIAN = ["Ahmed Naseem", "Aishath Shifaza", "Mohamed Shareef", "Ibrahim Waheed", "Fathimath Shiuna",
              "Mariyam Zahiya", "Hassan Latheef", "Hawwa Nazla", "Ali Rasheed", "Aminath Nisha",
              "Moosa Zameer", "Ismail Shafeeu", "Mohamed Nasheed Ali", "Aishath Shaheema", "Ahmed Adhil",
              "Khadheeja Ibrahim", "Fuvahmulah Ahmed Shiham"]  # fmt: skip
# Expatriates who write about the islands' tourism, tea and garments.
_EXPAT = [("Schröder", "Katrin"), ("Björklund", "Eva"), ("Lefèvre", "Anaïs"), ("Smith", "Jonathan"),
          ("Hughes", "Rebecca"), ("Kumar", "Rajesh"), ("Iyer", "Meenakshi"), ("MacDonald", "Fiona"),
          ("O'Brien", "Declan"), ("Nakamura", "Aiko"), ("Müller", "Stefan"), ("Gunawardēna", "Sarath"),
          ("Chen", "Li"), ("Al-Sayed", "Omar"), ("Thompson", "Claire"), ("Krishnan", "Lakshmi")]  # fmt: skip

# Organisations as candidates of this theme cite them (name, tags).
_COMPANIES = [
    ("Commercial Bank of Ceylon PLC", {"company"}), ("Sampath Bank PLC", {"company"}),
    ("Hatton National Bank PLC", {"company"}), ("HNB", {"company", "acronym"}), ("Bank of Ceylon", {"company"}),
    ("People's Bank", {"company", "apostrophe"}), ("Bank of Maldives PLC", {"company"}),
    ("Dialog Axiata PLC", {"company"}), ("Sri Lanka Telecom PLC", {"company"}), ("SLT-Mobitel", {"company", "hyphen"}),
    ("Airtel Lanka", {"company"}), ("Ooredoo Maldives PLC", {"company"}), ("Dhiraagu", {"company"}),
    ("John Keells Holdings PLC", {"company"}), ("Hayleys PLC", {"company"}), ("Cargills (Ceylon) PLC", {"company", "bracket"}),
    ("Hemas Holdings PLC", {"company"}), ("Aitken Spence PLC", {"company"}), ("Dilmah Ceylon Tea Company PLC", {"company"}),
    ("MAS Holdings (Pvt) Ltd", {"company", "bracket"}), ("Brandix Lanka Limited", {"company"}),
    ("SriLankan Airlines Limited", {"company"}), ("Maldivian", {"company"}), ("Nestlé Lanka PLC", {"company", "accent"}),
    ("Singer (Sri Lanka) PLC", {"company", "bracket"}), ("Softlogic Holdings PLC", {"company"}),
    ("Ceylon Biscuits Limited", {"company"}), ("Elephant House", {"company"}), ("Keells", {"company"}),
    ("Abans PLC", {"company"}), ("Jetwing Hotels", {"company"}), ("Cinnamon Hotels & Resorts", {"company", "ampersand"}),
    ("Sun Siyam Resorts", {"company"}), ("Villa Group Maldives", {"company"}),
    ("Wijeya Newspapers Ltd", {"company"}), ("Derana Macro Entertainment (Pvt) Ltd", {"company", "bracket"}),
    ("Phoenix Ogilvy", {"company"}), ("Leo Burnett Sri Lanka", {"company"}), ("Unilever Sri Lanka", {"company"}),
    ("PickMe", {"company"}), ("Daraz.lk", {"company", "punctuation"}), ("Kapruka.com", {"company", "punctuation"}),
]  # fmt: skip
_BODIES = [
    ("Sri Lanka Institute of Marketing (SLIM)", {"trade-body", "abbreviation"}),
    ("Sri Lanka Institute of Marketing", {"trade-body"}), ("The Ceylon Chamber of Commerce", {"trade-body"}),
    ("Sri Lanka Tea Board", {"trade-body"}), ("Export Development Board (EDB)", {"trade-body", "abbreviation"}),
    ("Joint Apparel Association Forum (JAAF)", {"trade-body", "abbreviation"}),
    ("Tourist Hotels Association of Sri Lanka", {"trade-body"}), ("Colombo Tea Traders' Association", {"trade-body", "apostrophe"}),
    ("Maldives Association of Tourism Industry (MATI)", {"trade-body", "abbreviation"}),
    ("Advertising Standards Committee of Sri Lanka", {"trade-body"}),
    ("The Chartered Institute of Marketing (CIM) Sri Lanka", {"trade-body", "abbreviation"}),
]  # fmt: skip
_GOVERNMENT = [
    ("Central Bank of Sri Lanka", {"government"}), ("Central Bank of Sri Lanka (CBSL)", {"government", "abbreviation"}),
    ("Telecommunications Regulatory Commission of Sri Lanka (TRCSL)", {"government", "abbreviation"}),
    ("Telecommunications Regulatory Commission of Sri Lanka", {"government"}),
    ("Consumer Affairs Authority", {"government"}), ("Consumer Affairs Authority (CAA)", {"government", "abbreviation"}),
    ("Department of Census and Statistics", {"government"}),
    ("Department of Census and Statistics (DCS)", {"government", "abbreviation"}),
    ("Maldives Monetary Authority", {"government"}), ("Maldives Monetary Authority (MMA)", {"government", "abbreviation"}),
    ("Maldives Bureau of Statistics", {"government"}), ("Ministry of Tourism, Republic of Maldives", {"government", "comma"}),
    ("Sri Lanka Tourism Development Authority (SLTDA)", {"government", "abbreviation"}),
    ("Sri Lanka Tourism Development Authority", {"government"}),
    ("Board of Investment of Sri Lanka", {"government"}), ("Ministry of Finance, Sri Lanka", {"government", "comma"}),
    ("Data Protection Authority of Sri Lanka", {"government"}),
    ("Communications Authority of Maldives (CAM)", {"government", "abbreviation"}),
]  # fmt: skip
# The law's author, as candidates write it, and how the Act is titled and numbered.
_LAW_AUTHORS = ["Parliament of Sri Lanka", "Parliament of the Democratic Socialist Republic of Sri Lanka",
                "Government of Sri Lanka", "People's Majlis", "Government of Maldives",
                "Democratic Socialist Republic of Sri Lanka"]  # fmt: skip
_LK_LAWS = [("Personal Data Protection Act, No. 9 of 2022", 2022), ("Consumer Affairs Authority Act, No. 9 of 2003", 2003),
            ("Online Safety Act, No. 9 of 2024", 2024), ("Electronic Transactions Act, No. 19 of 2006", 2006),
            ("Sri Lanka Telecommunications (Amendment) Act, No. 27 of 1996", 1996),
            ("Intellectual Property Act, No. 36 of 2003", 2003), ("Central Bank of Sri Lanka Act, No. 16 of 2023", 2023),
            ("Payment and Settlement Systems Act, No. 28 of 2005", 2005), ("Tourism Act, No. 38 of 2005", 2005),
            ("Inland Revenue Act, No. 24 of 2017", 2017), ("Value Added Tax (Amendment) Act, No. 32 of 2023", 2023),
            ("Companies Act, No. 7 of 2007", 2007)]  # fmt: skip
_LK_LAW_HOSTS = ["parliament.lk/uploads/acts", "documents.gov.lk/en/gazette", "documents.gov.lk/en/acts"]
_MV_LAWS = [("Consumer Protection Act (Law No. 1/96)", 1996), ("Personal Data Protection Bill (draft)", 2023),
            ("Maldives Tourism Act (Law No. 2/99)", 1999), ("Goods and Services Tax Act (Law No. 10/2011)", 2011),
            ("Competition Act (Law No. 4/2020)", 2020), ("Right to Information Act (Law No. 1/2014)", 2014)]  # fmt: skip
_GAZETTES = ["Extraordinary Gazette No. 2331/41: regulations under the Personal Data Protection Act",
             "Extraordinary Gazette No. 2288/36: maximum retail prices of essential goods",
             "Extraordinary Gazette No. 2215/61: telecommunication levy on mobile services",
             "Gazette Extraordinary No. 2397/12: Online Safety Commission rules",
             "Extraordinary Gazette No. 2257/54: labelling of tea packets for the local market"]  # fmt: skip

_MARKET_RESEARCH = ["Kantar Sri Lanka", "Nielsen (Lanka) (Pvt) Ltd", "LIRNEasia", "Verité Research", "Statista",
                    "Euromonitor International", "DataReportal", "Mintel", "Ipsos", "GWI",
                    "Frontier Research (Pvt) Ltd"]  # fmt: skip
_NEWS = ["Daily Mirror", "The Sunday Times", "Daily FT", "The Island", "Ada Derana", "EconomyNext", "Sunday Observer",
         "LMD", "Lankadeepa", "Virakesari", "The Edition", "Sun Online", "Corporate Maldives", "Hotelier Maldives",
         "Gulf News", "The Hindu", "The Sydney Morning Herald", "Toronto Star", "Echelon", "Newswire"]  # fmt: skip
_HOSTS = {"Daily Mirror": "dailymirror.lk/business-news", "The Sunday Times": "sundaytimes.lk/business-times",
          "Daily FT": "ft.lk/business", "The Island": "island.lk", "Ada Derana": "adaderana.lk/news",
          "EconomyNext": "economynext.com", "Sunday Observer": "sundayobserver.lk", "LMD": "lmd.lk",
          "Lankadeepa": "lankadeepa.lk", "Virakesari": "virakesari.lk", "The Edition": "edition.mv/news",
          "Sun Online": "sun.mv", "Corporate Maldives": "corporatemaldives.com", "Hotelier Maldives": "hoteliermaldives.com",
          "Gulf News": "gulfnews.com/world/asia", "The Hindu": "thehindu.com/news/international",
          "The Sydney Morning Herald": "smh.com.au", "Toronto Star": "thestar.com", "Echelon": "echelon.lk",
          "Newswire": "newswire.lk"}  # fmt: skip
_JOURNALS = ["Sri Lanka Journal of Marketing", "Vidyodaya Journal of Management", "Colombo Business Journal",
             "Kelaniya Journal of Management", "Sri Lankan Journal of Management", "Wayamba Journal of Management",
             "South Asian Journal of Marketing", "Journal of Business Research", "Tourism Management Perspectives",
             "Asia Pacific Journal of Marketing and Logistics", "Journal of Islamic Marketing",
             "International Journal of Hospitality Management", "The Maldives National Journal of Research",
             "Sri Lanka Journal of Social Sciences", "Journal of Fashion Marketing and Management",
             "South Asian Journal of Business Studies"]  # fmt: skip
_PUBLISHERS = [("Sarasavi Publishers", "Nugegoda"), ("S. Godage & Brothers", "Colombo"),
               ("Vijitha Yapa Publications", "Colombo"), ("Stamford Lake", "Pannipitiya"),
               ("Kumaran Book House", "Colombo"), ("Pearson", "Harlow"), ("Routledge", "Abingdon"),
               ("Sage", "London"), ("Palgrave Macmillan", "Singapore"), ("Novelty Printers & Publishers", "Malé"),
               ("Oxford University Press", "New Delhi"), ("Cengage", "Boston")]  # fmt: skip
_UNIVERSITIES = ["University of Colombo", "University of Sri Jayewardenepura", "University of Moratuwa",
                 "University of Kelaniya", "The Maldives National University", "University of Peradeniya",
                 "University of Jaffna", "Eastern University, Sri Lanka", "Postgraduate Institute of Management",
                 "Wayamba University of Sri Lanka", "Villa College", "Deakin University", "University of Westminster"]  # fmt: skip
_DEGREES = ["MBA dissertation", "MBA thesis", "MSc thesis", "MPhil thesis", "PhD thesis", "MA dissertation",
            "Master of Business Studies dissertation", "BBA (Hons) dissertation"]  # fmt: skip
_CONFERENCES = ["Proceedings of the International Conference on Business Management (ICBM)",
                "Proceedings of the International Research Conference on Management and Finance (IRCMF)",
                "Proceedings of the Kelaniya International Conference on Management (KICM)",
                "Proceedings of the International Conference on Business Research (ICBR)",
                "Proceedings of the Annual Research Symposium",
                "Proceedings of the Maldives National Research Conference",
                "Proceedings of the Jaffna University International Research Conference (JUICE)"]  # fmt: skip
_CONF_HOSTS = {"ICBM": ("University of Sri Jayewardenepura", "Nugegoda"), "IRCMF": ("University of Colombo", "Colombo"),
               "KICM": ("University of Kelaniya", "Kelaniya"), "ICBR": ("University of Moratuwa", "Moratuwa"),
               "Symposium": ("University of Colombo", "Colombo"), "Maldives": ("The Maldives National University", "Malé"),
               "JUICE": ("University of Jaffna", "Jaffna")}  # fmt: skip

_TOPICS = ["brand loyalty among Gen Z bank customers", "mobile money adoption", "green marketing of Ceylon tea",
           "service quality in state banks", "festive season advertising", "influencer marketing on TikTok",
           "e-wallet usage", "destination image of the Maldives",
           "resort guest satisfaction", "employer branding in apparel", "customer churn in telecoms",
           "halal labelling", "price sensitivity under inflation", "Islamic banking awareness",
           "remittance marketing to the diaspora", "digital banking in rural areas", "ethical fashion",
           "airline loyalty programmes", "WhatsApp commerce", "supermarket private labels",
           "cause-related marketing", "word-of-mouth in Avurudu shopping", "surf tourism in Arugam Bay",
           "guesthouse tourism on local islands", "fast-moving consumer goods distribution",
           "consumer ethnocentrism", "celebrity endorsement by cricketers", "brand heritage of Ceylon tea"]  # fmt: skip
_PLACES = ["Sri Lanka", "the Maldives", "Colombo", "Kandy", "Galle", "Jaffna", "Negombo", "Kurunegala",
           "Batticaloa", "Malé", "Addu City", "the Western Province", "the Northern Province", "Melbourne", "Toronto",
           "London", "Doha", "Dubai", "Chennai", "the Maldivian atolls"]  # fmt: skip
_LOCAL_TITLES = [
    "Sri Lankave parishoginayange mila sanvedithawa [Price sensitivity of Sri Lankan consumers]",
    "Avurudu velanda pola saha vela dænvim [The Avurudu market and advertising]",
    "Digital bænkukaranaya saha grameeya paribhogikayo [Digital banking and rural consumers]",
    "Tē kshetraye vela nāmaya [Branding in the tea sector]",
    "Sandhaipaduthal uththikal: Yazhppana anubavam [Marketing strategies: the Jaffna experience]",
    "Nugarvor nadathai matrum vilambaram [Consumer behaviour and advertising]",
    "Thamizh ootagangalil vilambarangal [Advertisements in the Tamil media]",
    "Dhivehi raajjeyge fathuruverikamuge viyafaari [The tourism business of the Maldives]",
    "Raajje beyrugai vikkumuge hingun [Marketing abroad from the Maldives]",
    "Sinhala pattara velandapala kalamanakaranaya [Managing advertising in Sinhala newspapers]",
]  # fmt: skip


class Blind151WorkFactory(WorkFactory):
    """The blind151 pool's works, from a seeded random source of its own."""

    KINDS = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "legislation", "news", "social")
    DRAWN = (("book", 11), ("ebook", 3), ("chapter", 5), ("journal", 22), ("thesis", 5), ("conference", 5),
             ("company-web", 9), ("company-report", 7), ("body", 5), ("government", 8), ("law", 4),
             ("market-research", 7), ("news-signed", 7), ("news-unsigned", 3), ("social", 4), ("undated-web", 4))  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 151 + 15101)
        self.dated_orgs: list[tuple[str, set[str], int]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.42:
            given = rng.choice(_SINHALA_GIVEN)
            if rng.random() < 0.35:  # the ge-name and vasagama written out before the given names: "W.M.D.P."
                given = f"{' '.join(rng.sample(_SINHALA_GE, rng.randint(1, 2)))} {given}"
            if rng.random() < 0.3:
                given = f"{given} {rng.choice(_SINHALA_GIVEN)}"
            return {"family": rng.choice(_SINHALA_FAMILY), "given": given}
        if roll < 0.62:
            family, given = rng.choice(_TAMIL)
            return {"family": family, "given": given}
        if roll < 0.72:
            family, given = rng.choice(_MUSLIM)
            return {"family": family, "given": given}
        if roll < 0.78:
            particle, family, given = rng.choice(_BURGHER_PARTICLE)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.83:
            family, given = rng.choice(_BURGHER)
            return {"family": family, "given": given}
        if roll < 0.91:
            return {"literal": rng.choice(_MALDIVIAN)}
        family, given = rng.choice(_EXPAT)
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 28, 17, 9, 5, 3, 2, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if person not in people:
                people.append(person)
        return people

    @staticmethod
    def _lead_of(name: dict[str, str]) -> str:
        if "literal" in name:
            return name["literal"]
        return " ".join(filter(None, [name.get("non-dropping-particle"), name["family"]]))

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        return self.rng.choice(
            [self.rng.randint(1998, 2025), self.rng.randint(2015, 2025), self.rng.randint(2018, 2025)]
        )

    def accessed(self, after: list[int] | None = None) -> dict[str, list[list[int]]]:
        first = max(2022, after[0] if after else 2022)
        year = self.rng.randint(first, max(first, 2025))
        month = self.rng.randint(1, 12)
        if after and year == after[0] and len(after) > 1:
            month = self.rng.randint(after[1], 12)
        day = self.rng.randint(1, 28)
        if after and year == after[0] and len(after) > 2 and month == after[1]:
            day = self.rng.randint(min(after[2], 28), 28)
        return {"date-parts": [[year, month, day]]}

    def _title(self) -> str:
        rng = self.rng
        if rng.random() < 0.1:
            return rng.choice(_LOCAL_TITLES)
        topic, place = rng.choice(_TOPICS), rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}",
                 f"The impact of {topic} on purchase intention: evidence from {place}",
                 f"{topic[0].upper()}{topic[1:]}: a study of {place}",
                 f"Determinants of {topic} among consumers in {place}",
                 f"Rethinking {topic} after the crisis: the case of {place}",
                 f"{topic[0].upper()}{topic[1:]} and {rng.choice([t for t in _TOPICS if t != topic])}",
                 f"An empirical investigation of {topic} in {place}",
                 f"Marketing management in {place}: {topic}"]  # fmt: skip
        return rng.choice(forms)

    def _id(self) -> str:
        self.counter += 1
        return f"b151w{self.counter}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        if kind is None:
            kind = self.rng.choices([k for k, _ in self.DRAWN], weights=[w for _, w in self.DRAWN])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, self._lead_of(record["author"][0]), year, False, len(record["author"]), kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then an organisation's second work of one year ("Central Bank of Sri Lanka, 2019a and 2019b").
        if self.dated_orgs and "issued" in record and self.rng.random() < 0.12:
            name, tags, year = self.rng.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [[year]]}
            if "accessed" in record:
                record["accessed"] = self.accessed([year])
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
            old = str(record.pop("_year", ""))
            if old and old in str(record.get("title", "")):
                record["title"] = str(record["title"]).replace(old, str(year))
        record.pop("_year", None)
        if "issued" in record:
            self.dated_orgs.append((name, set(tags), record["issued"]["date-parts"][0][0]))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, set(tags) | {"organisation"})

    def _url(self, host: str) -> str:
        slug = "-".join(self.fakers["en_GB"].words(self.rng.randint(2, 5)))
        return f"https://www.{host}/{slug}"

    def _book(self, ebook: bool = False) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        year = self.year()
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[year]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 6))
        if ebook:
            record["medium"] = self.rng.choice(["E-book", "Kindle edition", "E-book"])
            if self.rng.random() < 0.6:
                record["URL"] = self._url(
                    self.rng.choice(["ebookcentral.proquest.com", "vlebooks.com", "books.google.lk"])
                )
                record["accessed"] = self.accessed([year])
        return self._person_work(record, "book")

    def _ebook(self) -> Work:
        return self._book(ebook=True)

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3), "editor": self._people(2),
            "container-title": self.rng.choice(["Marketing in South Asia", "Tourism in small island states",
                                                "Consumer behaviour in emerging markets", "The Sri Lankan economy after 2022",
                                                "Branding Ceylon: tea, textiles and tourism", "Services marketing in Asia"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 400)
        journal = self.rng.choice(_JOURNALS)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8), "container-title": journal,
            "issued": {"date-parts": [[self.year()]]}, "volume": str(self.rng.randint(1, 40)),
            "issue": str(self.rng.randint(1, 4)), "page": f"{start}-{start + self.rng.randint(8, 26)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            prefix = (
                "10.4038"
                if journal.startswith(("Sri Lanka", "Vidyodaya", "Colombo", "Kelaniya", "Wayamba"))
                else "10.1108"
            )
            record["DOI"] = (
                f"{prefix}/{self.fakers['en_GB'].lexify('????').lower()}.v{record['volume']}i{record['issue']}.{self.rng.randint(10, 9999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university = self.rng.choice(_UNIVERSITIES)
        year = self.year()
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": self._people(1),
                                  "genre": self.rng.choice(_DEGREES), "publisher": university,
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        if self.rng.random() < 0.4:
            record["URL"] = self._url(
                self.rng.choice(
                    [
                        "dr.lib.sjp.ac.lk",
                        "archive.cmb.ac.lk",
                        "dl.lib.uom.lk",
                        "repository.kln.ac.lk",
                        "saruna.mnu.edu.mv",
                    ]
                )
            )
            record["accessed"] = self.accessed([year])
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        proceedings = self.rng.choice(_CONFERENCES)
        host = next((v for k, v in _CONF_HOSTS.items() if k in proceedings), ("University of Colombo", "Colombo"))
        start = self.rng.randint(1, 600)
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(4),
                                  "container-title": proceedings, "publisher": host[0], "publisher-place": host[1],
                                  "issued": {"date-parts": [[self.year()]]}, "page": f"{start}-{start + self.rng.randint(5, 14)}"}  # fmt: skip
        return self._person_work(record, "conference")

    def _company_web(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice([
            "About us", "Our sustainability story", "Sustainability at a glance", "Avurudu offers",
            "Vesak Dansal partnership", "Customer charter", "Our heritage", "Press release: new digital banking app",
            "Ramadan offers", "Deepavali deals", self._title()]),
            "URL": self._url(name.split()[0].lower().strip("(),.'") + ".lk")}  # fmt: skip
        if self.rng.random() < 0.8:
            record["issued"] = {"date-parts": [[self.year()]]}
        if self.rng.random() < 0.92:
            record["accessed"] = self.accessed(
                record.get("issued", {}).get("date-parts", [[None]])[0][:1] if "issued" in record else None
            )
        return self._org_work(record, "web", name, tags)

    def _company_report(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.year()
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice([
            f"Annual report {year - 1}/{str(year)[2:]}", f"Integrated annual report {year - 1}/{str(year)[2:]}",
            f"Sustainability report {year}", f"Annual report {year}", self._title()]),
            "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0] if "Pvt" not in name else name,
            "publisher-place": self.rng.choice(["Colombo", "Colombo", "Malé", "Colombo 02", "Kandy"]), "_year": year}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url("cse.lk/pages/company-profile")
            record["accessed"] = self.accessed([year])
        return self._org_work(record, "report", name, tags)

    def _body(self) -> Work:
        name, tags = self.rng.choice(_BODIES)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "URL": self._url(self.rng.choice(["slim.lk", "chamber.lk", "pureceylontea.com", "srilankabusiness.com", "jaafsl.com"]))}  # fmt: skip
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[self.year()]]}
        record["accessed"] = self.accessed([record["issued"]["date-parts"][0][0]] if "issued" in record else None)
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        year = self.year()
        month = self.rng.choice(["March", "June", "September", "December"])
        own = {"Central Bank": [f"Annual report {year}", f"Financial stability review {year}", f"Economic and social statistics of Sri Lanka {year}", f"Workers' remittances: {year} review"],
               "Telecommunications": [f"Telecommunication statistics: {month} {year}", f"Annual report {year}", "Consumer complaints on telecommunication services"],
               "Consumer Affairs": [f"Annual report {year}", "Guidelines on price labelling and display", f"Maximum retail prices: {month} {year}"],
               "Census": [f"Household income and expenditure survey {year}: final report", f"Sri Lanka labour force survey: annual report {year}", f"Statistical pocket book {year}"],
               "Monetary": [f"Annual report {year}", f"Quarterly economic bulletin: {month} {year}", f"Financial stability report {year}"],
               "Bureau": [f"Statistical yearbook of Maldives {year}", f"Household income and expenditure survey {year}"],
               "Tourism": [f"Annual statistical report {year}", f"Tourism year book {year}", f"Monthly tourist arrivals: {month} {year}"],
               "Investment": [f"Investor guide {year}", "Why invest in Sri Lanka"], "Finance": [f"Budget speech {year}", f"Annual report {year}"],
               "Data Protection": ["Guidelines for data controllers", f"Annual report {year}"],
               "Communications Authority": [f"Telecom statistics {year}", f"Annual report {year}"]}  # fmt: skip
        titles = [*next((t for key, t in own.items() if key in name), [f"Annual report {year}"]), self._title()]
        hosts = {"Central Bank": "cbsl.gov.lk/en/publications", "Telecommunications": "trc.gov.lk", "Consumer Affairs": "caa.gov.lk",
                 "Census": "statistics.gov.lk", "Monetary": "mma.gov.mv", "Bureau": "statisticsmaldives.gov.mv",
                 "Ministry of Tourism": "tourism.gov.mv", "Tourism Development": "sltda.gov.lk", "Investment": "investsrilanka.com",
                 "Finance": "treasury.gov.lk", "Data Protection": "dpa.gov.lk", "Communications Authority": "cam.gov.mv"}  # fmt: skip
        host = next((h for key, h in hosts.items() if key in name), "gov.lk")
        record: dict[str, Any] = {"type": self.rng.choice(["report", "report", "webpage"]), "title": self.rng.choice(titles),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(host),
                                  "accessed": self.accessed([year]), "_year": year}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0].split(",")[0]
            record["publisher-place"] = "Malé" if "Maldiv" in name else "Colombo"
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _law(self) -> Work:
        roll = self.rng.random()
        if roll < 0.6:
            title, year = self.rng.choice(_LK_LAWS)
            author = self.rng.choice([*_LAW_AUTHORS[:3], _LAW_AUTHORS[5]])
        elif roll < 0.8:
            title, year = self.rng.choice(_MV_LAWS)
            author = self.rng.choice(_LAW_AUTHORS[3:5])
        else:
            title, year = self.rng.choice(_GAZETTES), self.rng.randint(2019, 2024)
            author = "Government of Sri Lanka"
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": "Department of Government Printing" if "Majlis" not in author and "Maldives" not in author else "People's Majlis",
                                  "publisher-place": "Malé" if "Maldives" in author or "Majlis" in author else "Colombo"}  # fmt: skip
        if self.rng.random() < 0.5:
            maldives = "Majlis" in author or "Maldives" in author
            record["URL"] = self._url("majlis.gov.mv/en/laws" if maldives else self.rng.choice(_LK_LAW_HOSTS))
            record["accessed"] = self.accessed([year])
        # Laws are not paired into 2019a/b: each is its own Act.
        record["id"] = self._id()
        record["author"] = [{"literal": author}]
        return Work(record, author, str(year), True, 1, "legislation", {"legislation", "organisation", "government"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_MARKET_RESEARCH)
        year = self.year()
        market = self.rng.choice(
            [
                "mobile banking",
                "tea",
                "apparel",
                "FMCG",
                "resort tourism",
                "telecom",
                "e-commerce",
                "soft drinks",
                "personal care",
                "insurance",
                "digital advertising",
                "ride hailing",
            ]
        )
        country = self.rng.choice(["Sri Lanka", "the Maldives", "South Asia"])
        title = self.rng.choice([f"{market.capitalize()} in {country} {year}", f"Digital {year}: {country}",
                                 f"{market.capitalize()} market in {country}: size and forecast {year}-{year + 5}",
                                 f"Brand health tracker: {market} in {country}, Q{self.rng.randint(1, 4)} {year}",
                                 f"Share of {country} consumers using {market} services {year}",
                                 f"Consumer pulse survey {year}: {country}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name,
                                  "URL": self._url(name.split()[0].lower().strip("(),") + ".com"), "accessed": self.accessed([year]),
                                  "_year": year}  # fmt: skip
        if self.rng.random() < 0.92:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, "report", name, {"market-research"})

    def _news_signed(self) -> Work:
        year = self.year()
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        paper = self.rng.choice(_NEWS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._news_title(), "author": self._people(2),
                                  "container-title": paper, "issued": {"date-parts": [issued]},
                                  "URL": self._url(_HOSTS.get(paper, "newsfirst.lk")),
                                  "accessed": self.accessed(issued)}  # fmt: skip
        return self._person_work(record, "news")

    def _news_unsigned(self) -> Work:
        year = self.year()
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        paper = self.rng.choice(_NEWS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._news_title(), "container-title": paper,
                                  "issued": {"date-parts": [issued]}, "URL": self._url(_HOSTS.get(paper, "newsfirst.lk")),
                                  "accessed": self.accessed(issued)}  # fmt: skip
        return self._org_work(record, "news", paper, {"press"})

    def _news_title(self) -> str:
        brand = self.rng.choice(_COMPANIES)[0].split(" (")[0].replace(" PLC", "")
        return self.rng.choice([
            f"{brand} posts record profit despite tax hikes", f"{brand} launches Avurudu campaign",
            f"Rupee gains as remittances rise; {brand} eyes expansion", f"{brand} named most loved brand at SLIM awards",
            f"Tourist arrivals cross two million as {brand} adds capacity", f"CBSL holds rates; {brand} cuts loan rates",
            f"{brand} rolls out QR payments in Jaffna", "Maldives resort bookings rise ahead of peak season",
            "Consumers cut spending as VAT rises to 18%", "TRCSL orders telcos to block unregistered SIMs",
        ])  # fmt: skip

    def _social(self) -> Work:
        year = self.rng.randint(2018, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        platform = self.rng.choice(["LinkedIn", "Facebook", "Instagram", "YouTube", "X", "TikTok", "Spotify"])
        kinds = {"YouTube": "motion_picture", "Spotify": "song"}
        title = self.rng.choice(["Behind our Avurudu TVC", "Why Gen Z in Colombo switch banks",
                                 "Marketing Mondays: the rupee, inflation and brands", "Episode 12: building a resort brand in the Maldives",
                                 "Our Vesak lanterns, made with our team", "Ramadan Kareem from all of us",
                                 "Lessons from Dilmah's fifty years", "How we grew our Tamil-language audience"])  # fmt: skip
        record: dict[str, Any] = {"type": kinds.get(platform, "post"), "title": title, "container-title": platform,
                                  "issued": {"date-parts": [issued]}, "URL": self._url(f"{platform.lower()}.com"),
                                  "accessed": self.accessed(issued)}  # fmt: skip
        if self.rng.random() < 0.5:
            record["author"] = self._people(1)
            work = self._person_work(record, "social")
            return work
        name, tags = self.rng.choice(_COMPANIES)
        return self._org_work(record, "social", name, tags)

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url(self.rng.choice(["slim.lk", "srilanka.travel", "visitmaldives.com", "lankabusinessonline.com"])),
                                  "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.45:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.rng.choice(_COMPANIES + _BODIES + _GOVERNMENT)
        return self._org_work(record, "web", name, tags | {"undated"})
