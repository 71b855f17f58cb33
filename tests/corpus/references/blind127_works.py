"""Works for the "blind127" pool (HELD OUT): what marketers in Sierra Leone, Liberia and The Gambia cite.

Candidates at banks and microfinance institutions, telecoms and mobile money (Orange Money, Afrimoney, Lonestar Cell
MTN, QMoney), breweries, mining, rubber, cocoa and palm-oil firms, supermarkets, hotels, airlines, media houses,
NGOs and agencies in Freetown, Bo, Kenema, Makeni, Monrovia, Gbarnga, Buchanan, Banjul, Serrekunda and Brikama, and
in the diaspora (London, Washington DC, Minneapolis, Accra), cite textbooks, West African journals, theses from
Fourah Bay College, Njala, the University of Liberia, Cuttington and the University of The Gambia, the three central
banks and the regulators (NatCA, LTA, PURA), Acts cited as "Act No. 5 of 2019", Public Notices, the local press,
Facebook posts and YouTube videos. Names are Krio, Temne, Mende, Limba, Kono, Kpelle, Bassa, Vai, Americo-Liberian,
Mandinka, Wolof, Fula, Jola, Aku and Lebanese, with "Jr.", "Sr." and "III", double surnames and expatriates
writing about the region. Written without reading the checker or any other pool.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# (family, given, optional suffix): suffixes as Liberian and diaspora authors write them.
_KRIO = [("Cole", "Olufemi"), ("Macauley", "Christiana"), ("Nicol", "Abiodun"), ("Wright", "Emmanuel"),
         ("Decker", "Modupe"), ("Pratt", "Josephine"), ("Taylor-Pearce", "Oluwole"), ("During", "Sylvia"),
         ("Nelson-Williams", "Adeyemi"), ("Spaine", "Thomas"), ("Jarrett", "Yvonne"), ("Betts", "Olayinka"),
         ("Awoonor-Renner", "Cecil"), ("Easmon", "Priscilla"), ("Carew", "Omowale"), ("Garrick", "Ebun"),
         ("Metzger", "Bernadette"), ("Johnson", "Theophilus"), ("Thompson-Davies", "Agnes"), ("Coker", "Olu")]  # fmt: skip
_TEMNE_LIMBA = [("Kamara", "Alimamy"), ("Sesay", "Fatmata"), ("Conteh", "Mohamed"), ("Bangura", "Isatu"),
                ("Koroma", "Abu Bakarr"), ("Turay", "Santigie"), ("Kanu", "Adama"), ("Mansaray", "Sorie"),
                ("Fofanah", "Kadiatu"), ("Kargbo", "Osman"), ("Tarawallie", "Hawa"), ("Yillah", "Ibrahim"),
                ("Dumbuya", "Aminata"), ("Kabia", "Foday"), ("Sankoh", "Sanpha"), ("Kabba", "Marie"),
                ("Bundu", "Alusine"), ("Kamara", "Mohamed Lamin"), ("Sesay", "Ibrahim Sorie")]  # fmt: skip
_MENDE_KONO = [("Kallon", "Jeneba"), ("Massaquoi", "Bockarie"), ("Lahai", "Mariama"), ("Gbla", "Osman"),
               ("Sannoh", "Musu"), ("Moiwo", "Hindolo"), ("Kpaka", "Yatta"), ("Vandi", "Joseph"),
               ("Bockarie", "Finda"), ("Jusu", "Momoh"), ("Ngobeh", "Kumba"), ("Gbassay", "Tamba"),
               ("Samba", "Sahr"), ("Komba", "Sia"), ("Kpakiwa", "Lansana")]  # fmt: skip
_LIBERIAN = [("Flomo", "Korto"), ("Kollie", "Jeremiah"), ("Kerkula", "Precious"), ("Sumo", "Gbeme"),
             ("Kpadeh", "Lorpu"), ("Tokpah", "Emmanuel"), ("Gbarbea", "Comfort"), ("Dahn", "Blessing"),
             ("Toe", "Patience"), ("Tarpeh", "Wilmot"), ("Kromah", "Varney"), ("Fahnbulleh", "Momolu"),
             ("Sherif", "Fatu"), ("Dukuly", "Mohammed"), ("Kiadii", "Nyema"), ("Wesseh", "Kou"), ("Saygbe", "Jallah"),
             ("Gbowee", "Yah"), ("Kulubah", "Sekou"), ("Nyenpan", "Teta")]  # fmt: skip
_AMERICO = [("Tubman", "William V.S.", "Jr."), ("Tolbert", "Stephen A.", "III"), ("Barclay", "Arthur", "Sr."),
            ("Dennis", "Clarence E.", "Jr."), ("Cooper", "Henrietta"), ("Brumskine", "Charlene"),
            ("Sherman", "Varney A.", "Sr."), ("Grimes", "Louise"), ("Cassell", "Augustus F.", "III"),
            ("Witherspoon", "Roland"), ("Findley", "Gabriel"), ("Johnson Sirleaf", "Charles"),
            ("Weeks", "Rocheforte"), ("King", "Marion C.", "Jr."), ("Coleman", "Amelia")]  # fmt: skip
_GAMBIAN = [("Jammeh", "Lamin"), ("Touray", "Isatou"), ("Ceesay", "Ousman"), ("Darboe", "Binta"),
            ("Sanneh", "Ebrima"), ("Fatty", "Kaddy"), ("Sonko", "Alieu"), ("Manneh", "Haddy"), ("Jabang", "Yusupha"),
            ("Drammeh", "Sainabou"), ("Janneh", "Abdoulie"), ("Jatta", "Amie"), ("Bojang", "Baboucarr"),
            ("Badjie", "Fatoumata"), ("Colley", "Ebou"), ("Sambou", "Mariama"), ("Njie", "Pa Modou"),
            ("Jobe", "Ndey"), ("Faye", "Awa"), ("Mbye", "Momodou"), ("Secka", "Njundu"), ("N'Dow", "Ya Awa"),
            ("M'Boge", "Omar"), ("Sallah-Njie", "Neneh"), ("Jallow", "Ousainou"), ("Baldeh", "Fanta"),
            ("Bah", "Hassan"), ("Sowe", "Adama"), ("Krubally", "Musa"), ("Gomez", "Francis"), ("Mendy", "Bernadette"),
            ("Renner", "Gabriel"), ("Forster", "Anna")]  # fmt: skip
_FULA_WOLOF_FRANCOPHONE = [("Jalloh", "Mamadu Alpha"), ("Barrie", "Umu"), ("Diallo", "Thierno"), ("Baldé", "Aïssatou"),
                           ("Guèye", "Ndèye Fatou"), ("Sène", "Mamadou"), ("Sèye", "Khady"), ("Ndiaye", "Cheikh"),
                           ("Bâ", "Oumou"), ("Touré", "Sékou")]  # fmt: skip
_LEBANESE = [("Khoury", "Elie"), ("Ghanem", "Nadine"), ("Bazzi", "Hussein"), ("Haidar", "Rania"), ("Fakhry", "Karim"),
             ("Abou-Khalil", "Rami"), ("Jaber", "Mona"), ("Ghandour", "Ali"), ("Shour", "Ziad"), ("Saad", "Layla")]  # fmt: skip
_EXPATRIATE = [("Henderson", "Claire"), ("O'Brien", "Siobhán"), ("McDonald", "Fiona"), ("Richards", "Peter"),
               ("Ferguson", "Alasdair"), ("Hoffmann", "Jürgen"), ("Sørensen", "Mette"), ("Lefèvre", "Hélène"),
               ("Mensah", "Kwame"), ("Owusu", "Akosua"), ("Asante", "Kofi"), ("Okonkwo", "Chidi"), ("Adeyemi", "Folake"),
               ("Zhang", "Wei"), ("Patel", "Nikhil"), ("Clarke", "Hannah"), ("Reilly", "Sean")]  # fmt: skip
_PARTICLED = [("van der", "Merwe", "Pieter"), ("de", "Vries", "Sanne"), ("van", "Dijk", "Thijs"),
              ("da", "Costa", "Marta"), ("le", "Roux", "Camille")]  # fmt: skip
_GROUPS = [_KRIO, _TEMNE_LIMBA, _TEMNE_LIMBA, _MENDE_KONO, _MENDE_KONO, _LIBERIAN, _LIBERIAN, _AMERICO, _GAMBIAN,
           _GAMBIAN, _FULA_WOLOF_FRANCOPHONE, _LEBANESE, _EXPATRIATE, _EXPATRIATE]  # fmt: skip

# Organisations as these candidates cite them: (name, tags, country).
_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("Bank of Sierra Leone", {"government", "central-bank"}), ("Bank of Sierra Leone (BSL)", {"government", "abbreviation"}),
    ("Central Bank of Liberia", {"government", "central-bank"}), ("Central Bank of Liberia (CBL)", {"government", "abbreviation"}),
    ("Central Bank of The Gambia", {"government", "central-bank"}), ("Central Bank of the Gambia (CBG)", {"government", "abbreviation"}),
    ("National Communications Authority (NatCA)", {"government", "abbreviation", "regulator"}),
    ("NatCA", {"government", "acronym", "regulator"}),
    ("Liberia Telecommunications Authority", {"government", "regulator"}), ("LTA", {"government", "acronym", "regulator"}),
    ("Public Utilities Regulatory Authority (PURA)", {"government", "abbreviation", "regulator"}),
    ("PURA", {"government", "acronym", "regulator"}),
    ("Statistics Sierra Leone", {"government"}), ("Stats SL", {"government", "acronym"}),
    ("Liberia Institute of Statistics and Geo-Information Services (LISGIS)", {"government", "abbreviation"}),
    ("Gambia Bureau of Statistics (GBoS)", {"government", "abbreviation"}),
    ("Ministry of Finance, Sierra Leone", {"government", "comma"}),
    ("Ministry of Commerce and Industry, Liberia", {"government", "comma"}),
    ("Ministry of Trade, Industry, Regional Integration and Employment", {"government", "comma"}),
    ("National Revenue Authority", {"government"}), ("Liberia Revenue Authority (LRA)", {"government", "abbreviation"}),
    ("Gambia Tourism Board", {"government"}), ("National Tourist Board of Sierra Leone", {"government"}),
    ("Sierra Leone Investment and Export Promotion Agency (SLIEPA)", {"government", "abbreviation"}),
    ("Gambia Competition and Consumer Protection Commission", {"government"}),
    ("Orange Sierra Leone", {"company"}), ("Orange Liberia", {"company"}), ("Africell Sierra Leone", {"company"}),
    ("Africell Gambia Ltd", {"company"}), ("Lonestar Cell MTN", {"company"}), ("QCell Ltd", {"company"}),
    ("Sierra Leone Brewery Ltd", {"company"}), ("Monrovia Breweries Inc.", {"company"}), ("Banjul Breweries Ltd", {"company"}),
    ("Sierra Leone Commercial Bank", {"company"}), ("Rokel Commercial Bank (SL) Ltd", {"company"}),
    ("Ecobank Sierra Leone", {"company"}), ("Trust Bank Ltd", {"company"}),
    ("Liberian Bank for Development & Investment", {"company", "ampersand"}), ("LBDI", {"company", "acronym"}),
    ("International Bank (Liberia) Ltd", {"company"}), ("Guaranty Trust Bank (Gambia) Ltd", {"company"}),
    ("Firestone Liberia, LLC", {"company", "comma"}), ("Golden Veroleum Liberia", {"company"}),
    ("Goldtree (SL) Ltd", {"company"}), ("Sierra Rutile Ltd", {"company"}), ("ArcelorMittal Liberia", {"company"}),
    ("Abi Jaoudi & Azar", {"company", "ampersand"}), ("Maroun's Supermarket", {"company", "apostrophe"}),
    ("Kairaba Beach Hotel", {"company"}), ("Sierra Leone Chamber of Commerce, Industry and Agriculture", {"trade-body", "comma"}),
    ("Liberia Chamber of Commerce", {"trade-body"}), ("Gambia Chamber of Commerce and Industry (GCCI)", {"trade-body", "abbreviation"}),
    ("Sierra Leone Association of Microfinance Institutions", {"trade-body"}),
    ("Chartered Institute of Marketing", {"trade-body"}), ("CIM", {"trade-body", "acronym"}),
    ("BRAC Sierra Leone", {"ngo"}), ("Mercy Corps Liberia", {"ngo"}), ("Plan International Sierra Leone", {"ngo"}),
    ("GSMA", {"trade-body", "acronym"}), ("World Bank", {"government"}), ("UNCDF", {"government", "acronym"}),
    ("KPMG Sierra Leone", {"company"}), ("Deloitte & Touche Liberia", {"company", "ampersand"}),
    ("Sierraloaded", {"press"}), ("Kamara's Creative Hub", {"company", "apostrophe"}),
]  # fmt: skip
_GOVERNMENTS = ["Government of Sierra Leone", "Government of Liberia", "Government of The Gambia",
                "Republic of Liberia", "Parliament of Sierra Leone", "National Assembly of The Gambia"]  # fmt: skip
_LAWS = [
    ("Sierra Leone", "The Bank of Sierra Leone Act, {y} (Act No. {n} of {y})"),
    ("Sierra Leone", "The Banking Act, {y} (Act No. {n} of {y})"),
    ("Sierra Leone", "The National Payment Systems Act, {y}"),
    ("Sierra Leone", "The Currency (Redenomination) Act, {y}"),
    ("Sierra Leone", "The Consumer Protection Act, {y} (Act No. {n} of {y})"),
    ("Sierra Leone", "The Telecommunications Act, {y} (Act No. {n} of {y})"),
    ("Sierra Leone", "The Finance Act, {y}"),
    ("Liberia", "An Act to Amend the New Financial Institutions Act of 1999, approved {y}"),
    ("Liberia", "Liberia Telecommunications Act of {y}"),
    ("Liberia", "Regulation No. CBL/RSD/{n:03d}/{y}: Mobile Money Regulations"),
    ("Liberia", "The Revenue Code of Liberia (Amended) Act of {y}"),
    ("The Gambia", "Information and Communications (Amendment) Act, {y}"),
    ("The Gambia", "Central Bank of The Gambia Act, {y} (Act No. {n} of {y})"),
    ("The Gambia", "Competition Act, {y}"),
    ("The Gambia", "Tourism Levy Regulations, {y}"),
]  # fmt: skip
_NOTICES = [("PURA", "Public Notice: review of mobile data and voice floor prices"),
            ("NatCA", "Public Notice: mandatory SIM card re-registration"),
            ("LTA", "Public Notice: Lonestar Cell MTN and Orange Liberia tariff adjustments"),
            ("Bank of Sierra Leone", "Public Notice on the redenomination of the leone"),
            ("Central Bank of Liberia", "Public Notice: new family of Liberian dollar banknotes"),
            ("Central Bank of The Gambia", "Press release: Monetary Policy Committee decision"),
            ("Bank of Sierra Leone", "Directive on mobile money agent due diligence"),
            ("PURA", "Public Notice: consumer complaints procedure for ICT services")]  # fmt: skip

_TOPICS = ["mobile money adoption", "brand loyalty", "customer trust", "financial inclusion", "agent networks",
           "social media advertising", "WhatsApp marketing", "word of mouth", "diaspora remittances",
           "service quality", "price sensitivity", "brand equity", "rural distribution", "digital banking",
           "microfinance outreach", "corporate social responsibility", "destination branding", "beer sponsorship",
           "market women's trading", "informal retail", "airtime promotions", "customer complaints",
           "youth unemployment and consumption", "post-Ebola recovery", "palm-oil value chains",
           "influencer marketing", "radio advertising", "SIM card registration", "bundle pricing", "hotel loyalty"]  # fmt: skip
_PLACES = ["Sierra Leone", "Liberia", "The Gambia", "Freetown", "Monrovia", "the Greater Banjul Area", "Bo and Kenema",
           "Makeni", "Gbarnga", "Buchanan", "Serrekunda", "Brikama", "the Mano River Union", "West Africa",
           "post-conflict Liberia", "rural Sierra Leone", "the diaspora"]  # fmt: skip
# Titles in Krio, Liberian English, Wolof and Mandinka, with the English in square brackets as candidates write them.
_LOCAL_TITLES = [
    ("Usai di mani de?", "Where is the money?"), ("Na wi yon", "It is ours"), ("Mek wi sev small-small", "Let us save little by little"),
    ("Kushɛ, bɔbɔ!", "Hello, friend!"), ("Wetin mek pipul dɛn de yuz Orange Money?", "Why do people use Orange Money?"),
    ("Tɛnki fɔ di sabi", "Thank you for the knowledge"), ("Salone man nɔ de giv ɔp", "A Sierra Leonean never gives up"),
    ("Da our own thing", "It is our own thing"), ("I coming", "I will be back"), ("Cheap-cheap business", "Low-price trading"),
    ("Small-small, chicken drink water", "Little by little, things get done"), ("Wha happening?", "What is going on?"),
    ("Nanga def?", "How are you?"), ("Teranga ci biir", "Hospitality within"), ("Jàmm rekk", "Peace only"),
    ("Abaraka bake", "Thank you very much"), ("Dalasi bu bees", "The new dalasi"),
]  # fmt: skip
_JOURNALS = ["Journal of African Business", "African Journal of Economic and Management Studies",
             "International Journal of Bank Marketing", "Journal of Marketing Management",
             "Journal of Enterprising Communities", "African Journal of Marketing Management",
             "Sierra Leone Journal of Management", "Liberian Studies Journal", "Journal of Financial Services Marketing",
             "Africa Journal of Management", "Journal of African Media Studies", "Tourism Management Perspectives",
             "Journal of Retailing and Consumer Services", "Information Technology for Development",
             "Gambia Journal of Business Studies"]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Oxford University Press", "Oxford"), ("Wiley", "Chichester"), ("Palgrave Macmillan", "Cham"),
               ("Sierra Leone University Press", "Freetown"), ("Sabi Books", "Freetown"), ("Cuttington University Press", "Suacoco"),
               ("Sub-Saharan Publishers", "Accra"), ("Fountain Publishers", "Kampala"), ("Langaa RPCIG", "Bamenda"),
               ("Lonestar Press", "Monrovia"), ("Fulladu Publishers", "Banjul")]  # fmt: skip
_THESES = [("Fourah Bay College, University of Sierra Leone", "MBA dissertation"),
           ("Fourah Bay College, University of Sierra Leone", "MSc thesis"), ("Njala University", "MBA dissertation"),
           ("Njala University", "MPhil thesis"), ("University of Liberia", "MBA thesis"),
           ("Cuttington University", "MBA thesis"), ("University of The Gambia", "MSc dissertation"),
           ("Institute of Public Administration and Management (IPAM), University of Sierra Leone", "MBA dissertation"),
           ("University of Makeni", "BSc dissertation"), ("Ernest Bai Koroma University of Science and Technology", "MSc thesis"),
           ("University of Ghana Business School", "PhD thesis"), ("University of Minnesota", "PhD thesis")]  # fmt: skip
_PRESS = ["Awoko", "Concord Times", "Politico SL", "Sierraloaded", "Sierra Leone Telegraph", "FrontPage Africa",
          "Daily Observer", "The New Dawn", "The Point", "Foroyaa", "The Standard", "BBC News Africa", "The Africa Report",
          "Business Day", "The Patriot", "Liberian Observer"]  # fmt: skip
_RESEARCH = ["GSMA Intelligence", "GeoPoll", "Afrobarometer", "Statista", "Euromonitor International", "Kantar",
             "Ipsos", "FinMark Trust", "DataReportal", "Jumia Business Intelligence"]  # fmt: skip
# Works whose title belongs to their author (a regulator's notice, a brand's post, a channel's video): never
# handed to another organisation as its second work of the year.
_OWN_TITLES = {"notice", "social", "media", "press"}
_PLATFORMS = ["Facebook", "Facebook", "Instagram", "X (formerly Twitter)", "TikTok", "LinkedIn", "WhatsApp Channel"]


class Blind127WorkFactory(WorkFactory):
    """Works cited by marketers in Sierra Leone, Liberia and The Gambia and their diaspora."""

    # The kinds make() draws and their weights, and the kinds of work that come out.
    DRAWN: ClassVar[dict[str, int]] = {"book": 12, "ebook": 3, "chapter": 6, "journal": 22, "thesis": 6, "conference": 4, "organisation-web": 10,
             "organisation-report": 9, "government": 5, "legislation": 4, "notice": 3, "market-research": 6,
             "news": 8, "press-unsigned": 3, "social": 4, "video": 3, "undated-web": 4, "web-person": 4}  # fmt: skip
    KINDS = frozenset({"book", "chapter", "journal", "thesis", "conference", "web", "report", "legislation", "news",
                       "social", "video"})  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 127 + 12701)
        self.history: list[tuple[str, set[str], int]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.05:
            particle, family, given = self.rng.choice(_PARTICLED)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        entry = self.rng.choice(self.rng.choice(_GROUPS))
        name = {"family": entry[0], "given": entry[1]}
        if len(entry) > 2 and self.rng.random() < 0.7:
            name["suffix"] = entry[2]
        if self.rng.random() < 0.06 and "-" not in name["family"] and " " not in name["family"]:  # double surnames
            other = self.rng.choice(self.rng.choice([_KRIO, _MENDE_KONO, _LIBERIAN, _GAMBIAN]))[0]
            if other != name["family"] and "-" not in other and " " not in other:
                name["family"] = f"{name['family']}-{other}"
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[40, 25, 15, 8, 5, 3, 2, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if all(p["family"] != name["family"] or p["given"] != name["given"] for p in people):
                people.append(name)
        return people

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.05:  # the classics and the first post-war studies
            return self.rng.randint(1975, 2004)
        return self.rng.randint(2005, 2025)

    def accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        first = max(2022, issued[0] if issued else 2022)
        year = self.rng.randint(first, 2025)
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if issued and year == issued[0] and len(issued) > 1:
            month = self.rng.randint(issued[1], 12)
            if month == issued[1] and len(issued) > 2:
                day = self.rng.randint(issued[2], 28)
        return {"date-parts": [[year, month, day]]}

    def _day(self, floor: int = 2008) -> list[int]:
        """A date to the day, for what is published online: no earlier than the local press went online."""
        return [max(self.year(), floor), self.rng.randint(1, 12), self.rng.randint(1, 28)]

    def _id(self) -> str:
        self.counter += 1
        return f"b127w{self.counter}"

    def _title(self) -> str:
        topic, place = self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        other = self.rng.choice(_TOPICS)
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {place}",
            f"The effect of {topic} on {other} in {place}",
            f"{topic[0].upper()}{topic[1:]} and {other}: evidence from {place}",
            f"Determinants of {topic} among small businesses in {place}",
            f"Rethinking {topic} after the {self.rng.choice(['Ebola outbreak', 'civil war', 'redenomination', 'pandemic', 'elections'])}",
            f"{topic[0].upper()}{topic[1:]} among {self.rng.choice(['market women', 'okada riders', 'university students', 'civil servants', 'returnees', 'Lebanese traders', 'keke drivers'])} in {place}",
        ]
        if self.rng.random() < 0.12:
            local, english = self.rng.choice(_LOCAL_TITLES)
            return f"{local} [{english}]: {topic} in {place}"
        return self.rng.choice(forms)

    def _url(self, host: str | None = None) -> str:
        host = host or self.rng.choice(["orange.sl", "africell.sl", "lonestarcell.com", "qcell.gm", "bsl.gov.sl",
                                        "cbl.org.lr", "cbg.gm", "natca.gov.sl", "lta.gov.lr", "pura.gm",
                                        "statistics.sl", "lisgis.gov.lr", "gbosdata.org", "awokonewspaper.sl",
                                        "frontpageafricaonline.com", "thepoint.gm", "sierraloaded.sl"])  # fmt: skip
        words = ["".join(ch for ch in word if ch.isascii() and ch.isalnum()) for word in self._title().lower().split()]
        slug = "-".join(word for word in words if word)[:48].strip("-")
        return f"https://www.{host}/{self.rng.choice(['news', 'publications', 'reports', 'media', 'blog'])}/{slug}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation in the same year as an earlier work: "(Bank of Sierra Leone, 2019a)".
        if self.history and "issued" in record and self.rng.random() < 0.15 and not tags & _OWN_TITLES:
            name, tags, year = self.rng.choice(self.history)
            parts = record["issued"]["date-parts"][0]
            record["issued"] = {"date-parts": [[year, *parts[1:]]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        if "issued" in record:
            self.history.append((name, tags, record["issued"]["date-parts"][0][0]))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def _book(self, ebook: bool = False) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        if ebook:
            record["medium"] = self.rng.choice(["e-book", "Kindle edition", "ebook"])
            if self.rng.random() < 0.6:
                record["URL"] = (
                    f"https://{self.rng.choice(['ebookcentral.proquest.com/lib/fbc', 'www.vlebooks.com', 'books.google.com'])}/{self.rng.randint(10000, 99999)}"
                )
                record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "book")

    def _ebook(self) -> Work:
        return self._book(ebook=True)

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice([f"Marketing in {p}" for p in ("West Africa", "Africa", "Sierra Leone", "Liberia", "The Gambia")]
                                               + ["The Routledge companion to marketing in Africa", "Doing business in post-conflict economies",
                                                  "Mobile money in Africa: perspectives and practice", "Tourism in West Africa"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 45)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 600))}-{start + self.rng.randint(8, 28)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice([1108, 1080, 1177, 1016, 4314])}/{self.rng.choice(['ijbm', 'jab', 'ajems', 'jeccm', 'jams'])}.{self.rng.randint(2010, 2025)}.{self.rng.randint(100, 9999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, genre = self.rng.choice(_THESES)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": self._people(1),
                                  "issued": {"date-parts": [[self.rng.randint(2008, 2025)]]}, "genre": genre,
                                  "publisher": university}  # fmt: skip
        if self.rng.random() < 0.3:
            record["URL"] = (
                f"https://repository.{self.rng.choice(['njala.edu.sl', 'ul.edu.lr', 'utg.edu.gm', 'usl.edu.sl'])}/handle/{self.rng.randint(100, 999)}/{self.rng.randint(1000, 9999)}"
            )
            record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": self.rng.choice(["Proceedings of the West African Marketing Conference",
                                                "Proceedings of the Academy of African Business and Development (AABD) Annual Conference",
                                                "Proceedings of the Mano River Union Business Forum",
                                                "Proceedings of the International Conference on African Business and Management"]),
            "publisher-place": self.rng.choice(["Freetown", "Monrovia", "Banjul", "Accra", "Dakar", "London"]),
            "issued": {"date-parts": [[year]]}, "page": f"{(start := self.rng.randint(1, 200))}-{start + self.rng.randint(6, 14)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _organisation_web(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url()}
        if self.rng.random() < 0.8:
            record["issued"] = {"date-parts": [[self.year()]]}
        issued = record["issued"]["date-parts"][0] if "issued" in record else None
        if self.rng.random() < 0.9:
            record["accessed"] = self.accessed_after(issued)
        return self._org_work(record, "web", name, tags)

    def _organisation_report(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        title = self.rng.choice([f"Annual report and financial statements {year}", f"Annual report {year}",
                                 f"Sustainability report {year}", f"Financial stability report {year}",
                                 f"Monetary policy statement, {self.rng.choice(['Q1', 'Q2', 'Q3', 'Q4'])} {year}",
                                 f"Customer satisfaction survey {year}", self._title(), self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0],
                                  "publisher-place": self.rng.choice(["Freetown", "Monrovia", "Banjul", "Kanifing", "Bo"])}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url()
            record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        if self.rng.random() < 0.12:
            record.pop("issued")
        return self._org_work(record, "report", name, tags)

    def _government(self) -> Work:
        name = self.rng.choice([*_GOVERNMENTS, "Statistics Sierra Leone", "Ministry of Finance, Sierra Leone",
                                "Ministry of Information and Civic Education, Sierra Leone",
                                "Ministry of Tourism, Arts, Culture and Civic Affairs (Gambia)",
                                "Ministry of Finance and Development Planning, Liberia"])  # fmt: skip
        country = "Liberia" if "Liberia" in name else "The Gambia" if "Gambia" in name else "Sierra Leone"
        host = {"Liberia": "mfdp.gov.lr", "The Gambia": "mofea.gov.gm", "Sierra Leone": "mof.gov.sl"}[country]
        year = self.year()
        survey = {"Liberia": "Liberia demographic and health survey", "The Gambia": "Gambia labour force survey",
                  "Sierra Leone": "Sierra Leone integrated household survey"}[country]  # fmt: skip
        title = self.rng.choice([f"Medium-term national development plan {year}-{year + 4}", f"National budget speech FY{year}",
                                 f"{survey} {year}", f"National tourism policy {year}", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(host)}  # fmt: skip
        record["accessed"] = self.accessed_after([year])
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _legislation(self) -> Work:
        country, form = self.rng.choice(_LAWS)
        year = self.rng.randint(1999, 2025)
        title = form.format(y=year, n=self.rng.randint(1, 20))
        name = {"Sierra Leone": self.rng.choice(["Government of Sierra Leone", "Parliament of Sierra Leone"]),
                "Liberia": self.rng.choice(["Republic of Liberia", "Central Bank of Liberia", "Government of Liberia"]),
                "The Gambia": self.rng.choice(["Government of The Gambia", "National Assembly of The Gambia"])}[country]  # fmt: skip
        if title.startswith("Regulation No. CBL"):
            name = "Central Bank of Liberia"
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": self.rng.choice(["Government Printing Department", "Ministry of Foreign Affairs",
                                                                "Government Printer", "Sierra Leone Gazette"]),
                                  "publisher-place": {"Sierra Leone": "Freetown", "Liberia": "Monrovia", "The Gambia": "Banjul"}[country]}  # fmt: skip
        if self.rng.random() < 0.4:
            record["URL"] = (
                f"https://www.{self.rng.choice(['sierralii.gov.sl', 'parliament.gov.sl', 'liberlii.org', 'gambialii.org'])}/akn/act/{year}/{self.rng.randint(1, 20)}"
            )
            record["accessed"] = self.accessed_after([year])
        # not through _org_work: an Act is never a second work of the same year by chance
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        return Work(record, name, str(year), True, 1, "legislation", {"legislation", "organisation", "government"})

    def _notice(self) -> Work:
        body, title = self.rng.choice(_NOTICES)
        name = {"PURA": "Public Utilities Regulatory Authority (PURA)", "NatCA": "National Communications Authority (NatCA)",
                "LTA": "Liberia Telecommunications Authority (LTA)"}.get(body, body)  # fmt: skip
        issued = self._day()
        record: dict[str, Any] = {"type": "webpage", "title": title, "issued": {"date-parts": [issued]},
                                  "URL": self._url(), "accessed": self.accessed_after(issued)}  # fmt: skip
        return self._org_work(record, "web", name, {"government", "regulator", "notice"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2012, 2025)
        market = self.rng.choice(["mobile money", "beer", "soft drinks", "mobile data", "retail banking", "hotels",
                                  "airtime and data bundles", "edible oils", "bottled water", "smartphones"])  # fmt: skip
        country = self.rng.choice(["Sierra Leone", "Liberia", "The Gambia", "West Africa", "ECOWAS"])
        title = self.rng.choice([f"{market.capitalize()} in {country} {year}", f"The state of {market} in {country}: {year} report",
                                 f"{country}: {market} market size and forecast, {year}-{year + 5}",
                                 f"Digital {year}: {country}", f"{country} consumer survey {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name,
                                  "URL": f"https://www.{name.split()[0].lower()}.com/{market.replace(' ', '-')}-{country.lower().replace(' ', '-')}",
                                  "accessed": self.accessed_after([year]), "issued": {"date-parts": [[year]]}}  # fmt: skip
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        issued = self._day()
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "author": self._people(2),
                                  "container-title": self.rng.choice(_PRESS), "issued": {"date-parts": [issued]},
                                  "URL": self._url(), "accessed": self.accessed_after(issued)}  # fmt: skip
        if self.rng.random() < 0.15:
            record.pop("URL")
            record.pop("accessed")
        return self._person_work(record, "news")

    def _press_unsigned(self) -> Work:
        paper = self.rng.choice(_PRESS)
        issued = self._day()
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": paper,
                                  "issued": {"date-parts": [issued]}, "URL": self._url(), "accessed": self.accessed_after(issued)}  # fmt: skip
        return self._org_work(record, "news", paper, {"press"})

    def _social(self) -> Work:
        name = self.rng.choice(["Orange Sierra Leone", "Africell Sierra Leone", "Lonestar Cell MTN", "QCell Ltd",
                                "Sierra Leone Brewery Ltd", "Monrovia Breweries Inc.", "Trust Bank Ltd",
                                "Bank of Sierra Leone", "Gambia Tourism Board", "Orange Liberia", "Africell Gambia Ltd"])  # fmt: skip
        issued = self._day(2012)
        platform = self.rng.choice(_PLATFORMS)
        title = self.rng.choice([f"{self.rng.choice(['Tobaski', 'Koriteh', 'Christmas', 'Independence Day', 'Ramadan'])} promo: {self._title().lower()}",
                                 f"{self._title()}", f"{self.rng.choice(_LOCAL_TITLES)[0]} #{self.rng.choice(['SaloneProud', 'LiberiaRising', 'GambiaNoKaLama', 'MobileMoneyDay'])}"])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": f"{title} [{platform}]", "issued": {"date-parts": [issued]},
                                  "URL": f"https://www.{platform.split()[0].lower()}.com/{name.replace(' ', '').replace('.', '').lower()}/posts/{self.rng.randint(10**8, 10**9)}",
                                  "accessed": self.accessed_after(issued)}  # fmt: skip
        return self._org_work(record, "social", name, {"social"})

    def _video(self) -> Work:
        issued = self._day(2010)
        record: dict[str, Any] = {"type": "webpage", "title": f"{self._title()} [{self.rng.choice(['YouTube video', 'Podcast', 'Video', 'Facebook Live'])}]",
                                  "issued": {"date-parts": [issued]}, "URL": f"https://www.youtube.com/watch?v={self.rng.randint(10**9, 10**10)}",
                                  "accessed": self.accessed_after(issued)}  # fmt: skip
        if self.rng.random() < 0.5:
            record["author"] = self._people(2)
            return self._person_work(record, "video")
        name = self.rng.choice(["Sierraloaded", "AYV Media Empire", "Sierra Leone Broadcasting Corporation",
                                "Liberia Broadcasting System", "GRTS", "FrontPage Africa", "Kerr Fatou", "Spice FM Liberia"])  # fmt: skip
        return self._org_work(record, "video", name, {"media"})

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url(),
                                  "accessed": self.accessed_after(None)}  # fmt: skip
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags | {"undated"})

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "issued": {"date-parts": [[self.year()]]}, "URL": self._url(self.rng.choice(["medium.com", "linkedin.com/pulse", "sierraleonetelegraph.com", "liberianobserver.com"]))}  # fmt: skip
        if self.rng.random() < 0.85:
            record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "web")
