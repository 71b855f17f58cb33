"""Works for the blind192 pool (HELD OUT): what marketers in South Africa, Namibia, Botswana, Lesotho and Eswatini
and their diaspora cite in CIM Level 6 and 7 reports and MBA assignments.

Written without reading the checker, its tests or any other pool. Textbooks from Van Schaik, Juta, Oxford
University Press Southern Africa and Pearson South Africa, chapters, journal articles (the South African Journal of
Business Management, Acta Commercii, the Journal of Contemporary Management...) with one to eight authors, theses
from UCT, Wits, Stellenbosch, GIBS, UJ, UKZN, Rhodes, UNISA, NWU, UNAM and the University of Botswana, conference
papers, company pages and reports ((Pty) Ltd, Ltd, SOC Ltd, NPC, Inc., CC), trade bodies, regulators and
government (one organisation with two works of a year), Acts numbered as South Africa numbers them with the
Republic of South Africa or a Parliament as author, research firms' titles with a year, the press signed and
unsigned, social posts, podcasts, videos and undated pages; titles in Afrikaans, isiZulu, isiXhosa, Sesotho and
Setswana with English in square brackets. Names: Afrikaans particles written apart ("van der Merwe", "du Plessis")
or capitalised when the reference manager holds them whole ("Van der Merwe", "Du Toit"), double-barrelled Afrikaans
surnames ("Janse van Rensburg"), Nguni, Sotho-Tswana, Tsonga, Venda, Herero, Oshiwambo and Nama names, Indian South
African, Cape Malay, Portuguese, Greek and Jewish South African names, and expatriates writing about the region.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# (particle, family, given): particles written apart, lower case, as a reference manager keeps them.
_PARTICLE_NAMES = [
    ("van der", "Merwe", "Johannes"), ("van der", "Westhuizen", "Anri"), ("du", "Plessis", "Francois"),
    ("de", "Villiers", "Marike"), ("le", "Roux", "Elmarie"), ("van", "Wyk", "Stefan"), ("van", "Zyl", "Liezl"),
    ("du", "Toit", "Hendrik"), ("de", "Klerk", "Carla"), ("van", "Heerden", "Pieter"), ("van den", "Berg", "Riaan"),
    ("de", "Beer", "Annelie"), ("van der", "Walt", "Christo"), ("du", "Preez", "Monique"), ("de", "Jager", "Wian"),
    ("van", "Niekerk", "Jolandi"), ("le", "Grange", "Dawid"), ("de", "Kock", "Ilse"), ("van", "Rooyen", "Gerrit"),
    ("van der", "Linde", "Sunette"), ("de", "Wet", "Jaco"), ("van", "Schalkwyk", "Marelize"),
]  # fmt: skip
# Afrikaans surnames as a reference manager holds them whole, the particle capitalised (no initials before it).
_WHOLE_AFRIKAANS = [
    ("Van der Merwe", "Cornelia"), ("Du Plessis", "Jacques"), ("Du Toit", "Leani"), ("De Villiers", "Gideon"),
    ("Le Roux", "Hanlie"), ("Van Wyk", "Thinus"), ("Janse van Rensburg", "Nadia"), ("Jansen van Vuuren", "Karel"),
    ("Van Tonder", "Ruan"), ("De Bruyn", "Estelle"), ("Van Zyl-Smit", "Mariska"), ("Steyn", "Wilhelm"),
    ("Botha", "Adriaan"), ("Pretorius", "Lizelle"), ("Coetzee", "Danie"), ("Nel", "Chanté"), ("Smit", "Bernard"),
    ("Kruger", "Zelda"), ("Venter", "Louw"), ("Swanepoel", "Elna"), ("Oosthuizen", "Hennie"), ("Fourie", "Ansie"),
    ("Grobbelaar", "Tiaan"), ("Erasmus", "Marné"), ("Bezuidenhout", "Koos"), ("Mostert", "Renée"),
]  # fmt: skip
# Nguni, Sotho-Tswana, Tsonga, Venda, Namibian and Swazi names (family, given).
_AFRICAN_NAMES = [
    ("Dlamini", "Sibusiso"), ("Nkosi", "Thandeka"), ("Ndlovu", "Sipho"), ("Mokoena", "Lerato"), ("Khumalo", "Zanele"),
    ("Mthembu", "Nomvula"), ("Mahlangu", "Themba"), ("Mabaso", "Nokuthula"), ("Molefe", "Kagiso"),
    ("Masilo", "Refilwe"), ("Kgosi", "Boitumelo"), ("Motsepe", "Tshepo"), ("Ramaphosa", "Lindiwe"),
    ("Shikongo", "Ndapewa"), ("Nujoma", "Panduleni"), ("Amukoto", "Ndeshipanda"), ("Zulu", "Mbali"),
    ("Ngcobo", "Siyabonga"), ("Mkhize", "Ayanda"), ("Xaba", "Nonhlanhla"), ("Mabuza", "Bongani"),
    ("Maseko", "Sizwe"), ("Sithole", "Busisiwe"), ("Mnguni", "Lwazi"), ("Qwabe", "Zodwa"), ("Madikizela", "Lulama"),
    ("Mbeki", "Unathi"), ("Sisulu", "Ongezwa"), ("Nqweniso", "Anathi"), ("Gqola", "Siphokazi"),
    ("Mofokeng", "Palesa"), ("Letsie", "Mpho"), ("Moshoeshoe", "Lineo"), ("Mosala", "Rethabile"),
    ("Seretse", "Onalenna"), ("Masire", "Kefilwe"), ("Mogae", "Tebogo"), ("Khama", "Gaone"), ("Baloyi", "Tsakani"),
    ("Chauke", "Hlulani"), ("Maluleke", "Nyiko"), ("Mudau", "Rudzani"), ("Netshitenzhe", "Mashudu"),
    ("Tshivhase", "Khathutshelo"), ("Mahlalela", "Sakhile"), ("Kasenene", "Mandla"), ("Tjiueza", "Uaundja"),
    ("Kandjii", "Vetaruhe"), ("Haufiku", "Selma"), ("Iipinge", "Martha"), ("!Gawaseb", "Elias"),
    ("Gowaseb", "Hilma"), ("Hoëb", "Petrus"), ("Ntuli", "Khanyisile"), ("Moloi", "Dineo"), ("Tau", "Lesego"),
]  # fmt: skip
# Indian South African, Cape Malay, Portuguese, Greek and Jewish South African names.
_OTHER_SA_NAMES = [
    ("Naidoo", "Kavitha"), ("Pillay", "Suren"), ("Govender", "Prenesha"), ("Moodley", "Kreeson"),
    ("Reddy", "Yashika"), ("Chetty", "Devan"), ("Singh", "Ashika"), ("Maharaj", "Nirvana"), ("Padayachee", "Roshan"),
    ("Essop", "Zaheera"), ("Jacobs", "Moegamat"), ("Abrahams", "Fatima"), ("Isaacs", "Shaheed"),
    ("Davids", "Nur-Jannah"), ("Salie", "Ridwaan"), ("Hendricks", "Tasneem"), ("Ferreira", "João"),
    ("Gonçalves", "Ana"), ("Pereira", "Nuno"), ("Da Silva", "Marco"), ("Rodrigues", "Inês"), ("Papadopoulos", "Nikos"),
    ("Kyriacou", "Eleni"), ("Georgiou", "Christos"), ("Cohen", "Adam"), ("Katz", "Rebecca"), ("Sacks", "Daniel"),
    ("Abramowitz", "Leah"), ("Mukherjee", "Anjali"), ("Smith", "Lungile"), ("Williams", "Ruth"), ("Adams", "Clinton"),
]  # fmt: skip
# Expatriates and overseas authors who write about the region (and Cite Them Right's usual suspects).
_OVERSEAS = [
    ("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona"),
    ("Sharp", "Byron"), ("Ritson", "Mark"), ("Binet", "Les"), ("Field", "Peter"), ("Okonkwo", "Chidi"),
    ("Mensah", "Ama"), ("Kariuki", "Wanjiru"), ("O'Sullivan", "Ciarán"), ("MacDonald", "Fiona"),
    ("Thompson", "Grace"), ("Müller", "Jürgen"), ("Lindqvist", "Sofia"),
]  # fmt: skip

_PUBLISHERS = [("Van Schaik", "Pretoria"), ("Juta", "Cape Town"), ("Oxford University Press Southern Africa", "Cape Town"),
               ("Pearson South Africa", "Cape Town"), ("LexisNexis", "Durban"), ("Pan Macmillan South Africa", "Johannesburg"),
               ("Wits University Press", "Johannesburg"), ("UKZN Press", "Pietermaritzburg"), ("Tafelberg", "Kaapstad"),
               ("NB-Uitgewers", "Kaapstad"), ("Penguin Random House South Africa", "Cape Town"), ("Pearson", "Harlow"),
               ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"), ("UNAM Press", "Windhoek")]  # fmt: skip
_JOURNALS = ["South African Journal of Business Management", "Acta Commercii", "Journal of Contemporary Management",
             "South African Journal of Economic and Management Sciences", "Journal of Economic and Financial Sciences",
             "Management Dynamics", "African Journal of Business Management", "Journal of African Business",
             "Communicare: Journal for Communication Studies in Africa", "Southern African Business Review",
             "International Journal of Emerging Markets", "Journal of Marketing Management",
             "Journal of Retailing and Consumer Services", "Tydskrif vir Geesteswetenskappe",
             "Botswana Journal of Business", "Journal of Consumer Sciences"]  # fmt: skip
_TOPICS = ["township spaza shops", "stokvel savings", "retail footfall during load-shedding",
           "mobile money in Botswana", "digital banking adoption", "BEE ownership claims in advertising",
           "data-light apps", "WhatsApp commerce", "loyalty programmes", "rewards schemes in grocery retail",
           "Black Friday discounting", "the Braai Day campaign", "influencer marketing on TikTok",
           "sponsorship of the Springboks", "brand trust after state capture", "POPIA consent", "zero-rated data",
           "instant EFT payments", "buy now, pay later", "private-label groceries", "the emerging black middle class",
           "Gen Z consumers in Gauteng", "cross-border shopping in Gaborone", "tourism marketing in Namibia",
           "rural consumers in Lesotho", "brand purpose", "cause-related marketing", "rugby sponsorship",
           "Heritage Day promotions", "the two-pot retirement system", "stadium naming rights"]  # fmt: skip
_LOCAL_TITLES = [
    ("Bemarkingsbestuur in Suid-Afrika", "Marketing management in South Africa"),
    ("Verbruikersgedrag in die digitale era", "Consumer behaviour in the digital era"),
    ("Handelsmerklojaliteit onder Afrikaanse jongmense", "Brand loyalty among young Afrikaans speakers"),
    ("Advertensies en identiteit in Rapport", "Advertisements and identity in Rapport"),
    ("Ukuthengisa ezinkundleni zokuxhumana", "Marketing on social media"),
    ("Imikhiqizo yasekhaya nabathengi basemalokishini", "Local products and township consumers"),
    ("Ukuthenga kwi-intanethi eMpuma Koloni", "Online shopping in the Eastern Cape"),
    ("Inkcubeko nentengiso", "Culture and advertising"),
    ("Papatso ya dihlahiswa Lesotho", "Advertising of products in Lesotho"),
    ("Bareki ba dibanka tsa dijithale", "Customers of digital banks"),
    ("Tshwaragano ya bareki le dikgwebo mo Botswana", "Customer relationships with businesses in Botswana"),
    ("Papatso ya dithoto mo Setswaneng", "Advertising goods in Setswana"),
]  # fmt: skip
_UNIVERSITIES = [("University of Cape Town", "Cape Town"), ("University of the Witwatersrand", "Johannesburg"),
                 ("Stellenbosch University", "Stellenbosch"), ("University of Pretoria", "Pretoria"),
                 ("Gordon Institute of Business Science, University of Pretoria", "Johannesburg"),
                 ("University of Johannesburg", "Johannesburg"), ("University of KwaZulu-Natal", "Durban"),
                 ("Rhodes University", "Makhanda"), ("University of South Africa", "Pretoria"),
                 ("North-West University", "Potchefstroom"), ("University of Namibia", "Windhoek"),
                 ("University of Botswana", "Gaborone"), ("Nelson Mandela University", "Gqeberha"),
                 ("National University of Lesotho", "Roma"), ("University of Eswatini", "Kwaluseni")]  # fmt: skip
_GENRES = ["MBA dissertation", "MCom dissertation", "MPhil thesis", "PhD thesis", "MBA research report",
           "MCom mini-dissertation", "DBA thesis", "Master's thesis"]  # fmt: skip
_COMPANIES = [
    ("Standard Bank Group Ltd", "standardbank.com"), ("FirstRand Limited", "firstrand.co.za"),
    ("Absa Group Limited", "absa.africa"), ("Nedbank Group", "nedbank.co.za"), ("Capitec Bank Holdings Limited", "capitecbank.co.za"),
    ("Discovery Ltd", "discovery.co.za"), ("TymeBank", "tymebank.co.za"), ("Investec", "investec.com"),
    ("Old Mutual", "oldmutual.co.za"), ("Sanlam", "sanlam.com"), ("Yoco Technologies (Pty) Ltd", "yoco.com"),
    ("Ozow (Pty) Ltd", "ozow.com"), ("Bank Windhoek", "bankwindhoek.com.na"), ("Vodacom Group Limited", "vodacom.com"),
    ("MTN Group", "mtn.com"), ("Cell C", "cellc.co.za"), ("Telkom SA SOC Ltd", "telkom.co.za"), ("Mascom Wireless", "mascom.bw"),
    ("Orange Botswana", "orange.co.bw"), ("MTC Namibia", "mtc.com.na"), ("Shoprite Holdings Ltd", "shopriteholdings.co.za"),
    ("Pick n Pay Stores Limited", "picknpay.co.za"), ("Woolworths Holdings Limited", "woolworthsholdings.co.za"),
    ("The SPAR Group Ltd", "spar.co.za"), ("Clicks Group", "clicksgroup.co.za"), ("Dis-Chem Pharmacies", "dischem.co.za"),
    ("Mr Price Group Ltd", "mrpricegroup.com"), ("Pepkor Holdings", "pepkor.co.za"), ("Takealot Online (RF) (Pty) Ltd", "takealot.com"),
    ("Choppies Enterprises Limited", "choppies.co.bw"), ("Sefalana Holding Company Limited", "sefalana.com"),
    ("South African Breweries", "sab.co.za"), ("Distell Group", "distell.co.za"), ("Tiger Brands Limited", "tigerbrands.com"),
    ("Nando's", "nandos.co.za"), ("Famous Brands", "famousbrands.co.za"), ("Spur Corporation", "spurcorp.com"),
    ("Namibia Breweries Limited", "nambrew.com"), ("Clover Industries", "clover.co.za"), ("RFG Holdings", "rhodesfoodgroup.com"),
    ("MultiChoice Group", "multichoice.com"), ("Naspers", "naspers.com"), ("Sasol", "sasol.com"), ("Eskom Holdings SOC Ltd", "eskom.co.za"),
    ("Transnet SOC Ltd", "transnet.net"), ("Mediclinic", "mediclinic.co.za"), ("FlySafair", "flysafair.co.za"),
    ("Debswana", "debswana.com"), ("Joe Public", "joepublic.co.za"), ("TBWA\\Hunt\\Lascaris", "tbwahuntlascaris.com"),
    ("Ogilvy South Africa", "ogilvy.co.za"), ("King James Group", "kingjames.co.za"), ("Net#work BBDO", "networkbbdo.co.za"),
    ("Promise Group", "promise.co.za"), ("Webber Wentzel", "webberwentzel.com"), ("Bowmans", "bowmanslaw.com"),
    ("Werksmans Attorneys", "werksmans.com"), ("Cliffe Dekker Hofmeyr Inc.", "cliffedekkerhofmeyr.com"),
    ("Mr D Food", "mrd.com"), ("Uber Eats South Africa", "ubereats.com"), ("Kulula.com", "kulula.com"),
]  # fmt: skip
_BODIES = [
    ("Advertising Regulatory Board", "arb.org.za"), ("Advertising Regulatory Board (ARB)", "arb.org.za"),
    ("Information Regulator (South Africa)", "inforegulator.org.za"), ("National Consumer Commission", "thencc.org.za"),
    ("Independent Communications Authority of South Africa (ICASA)", "icasa.org.za"),
    ("Financial Sector Conduct Authority", "fsca.co.za"), ("Competition Commission South Africa", "compcom.co.za"),
    ("Statistics South Africa", "statssa.gov.za"), ("Stats SA", "statssa.gov.za"), ("BankservAfrica", "bankservafrica.com"),
    ("South African Reserve Bank", "resbank.co.za"), ("Marketing Research Foundation", "mrfsa.co.za"),
    ("Broadcast Research Council of South Africa", "brcsa.org.za"), ("Marketing Association of South Africa", "marketingsa.co.za"),
    ("Interactive Advertising Bureau South Africa", "iabsa.net"), ("Association for Communication and Advertising", "acasa.co.za"),
    ("Brand South Africa", "brandsouthafrica.com"), ("South African Tourism", "southafrica.net"),
    ("Namibia Tourism Board", "namibiatourism.com.na"), ("Namibia Statistics Agency", "nsa.org.na"),
    ("Statistics Botswana", "statsbots.org.bw"), ("Bank of Botswana", "bankofbotswana.bw"),
    ("Botswana Communications Regulatory Authority", "bocra.org.bw"), ("Lesotho Communications Authority", "lca.org.ls"),
    ("Central Bank of Eswatini", "centralbank.org.sz"), ("Department of Trade, Industry and Competition", "thedtic.gov.za"),
    ("Government Communication and Information System (GCIS)", "gcis.gov.za"), ("The Loeries", "loeries.com"),
    ("Consumer Goods Council of South Africa", "cgcsa.co.za"), ("Nielsen South Africa", "nielsen.com"),
]  # fmt: skip
_RESEARCH = [("Kantar South Africa", "kantar.com"), ("Nielsen South Africa", "nielsen.com"), ("Ipsos South Africa", "ipsos.com"),
             ("Euromonitor International", "euromonitor.com"), ("Statista", "statista.com"), ("BMI Research", "bmi.co.za"),
             ("Ask Afrika", "askafrika.co.za"), ("Ornico", "ornico.co.za"), ("World Wide Worx", "worldwideworx.com"),
             ("Flufftail", "flufftail.co.za"), ("GeoPoll", "geopoll.com"), ("Eighty20", "eighty20.co.za"),
             ("Mintel", "mintel.com"), ("PwC South Africa", "pwc.co.za"), ("Deloitte Africa", "deloitte.com")]  # fmt: skip
_MARKETS = ["grocery retail", "banking apps", "mobile data", "beer and cider", "fast food", "personal care",
            "e-commerce", "short-term insurance", "pay-TV and streaming", "township retail", "low-cost airlines",
            "ready-to-drink alcohol", "snacks", "pharmacy retail", "fashion retail", "funeral cover"]  # fmt: skip
_COUNTRIES = ["South Africa", "Namibia", "Botswana", "Lesotho", "Eswatini", "Southern Africa", "Gauteng",
              "the Western Cape", "KwaZulu-Natal", "SADC"]  # fmt: skip
_PRESS = [("News24", "news24.com"), ("Daily Maverick", "dailymaverick.co.za"), ("Mail & Guardian", "mg.co.za"),
          ("Business Day", "businesslive.co.za"), ("Financial Mail", "businesslive.co.za"), ("Moneyweb", "moneyweb.co.za"),
          ("Sunday Times", "timeslive.co.za"), ("Die Burger", "netwerk24.com"), ("Rapport", "netwerk24.com"),
          ("Netwerk24", "netwerk24.com"), ("Isolezwe", "isolezwe.co.za"), ("SABC News", "sabcnews.com"),
          ("eNCA", "enca.com"), ("The Namibian", "namibian.com.na"), ("Mmegi", "mmegi.bw"),
          ("Bizcommunity", "bizcommunity.com"), ("MarkLives", "marklives.com"), ("TechCentral", "techcentral.co.za"),
          ("BusinessTech", "businesstech.co.za"), ("Sunday Standard", "sundaystandard.info")]  # fmt: skip
_PRODUCTS = ["a new rewards programme", "a township delivery service", "eSIMs for prepaid customers",
             "a zero-rated banking app", "instant EFT at checkout", "a rand-cost-averaging savings account",
             "a Braai Day range", "a data bundle for students", "same-day delivery in Gauteng", "a two-pot calculator"]  # fmt: skip
_PUBLIC_WORDS = ("Commission", "Regulator", "Statistics", "Stats", "Bank", "Authority", "Department", "Government")
_LAWS = [
    ("Protection of Personal Information Act 4 of 2013", 2013, "Government Gazette 37067", "Republic of South Africa"),
    ("Consumer Protection Act 68 of 2008", 2009, "Government Gazette 32186", "Republic of South Africa"),
    ("Electronic Communications and Transactions Act 25 of 2002", 2002, "Government Gazette 23708", "Republic of South Africa"),
    ("Broad-Based Black Economic Empowerment Act 53 of 2003", 2004, "Government Gazette 25899", "Republic of South Africa"),
    ("Broad-Based Black Economic Empowerment Amendment Act 46 of 2013", 2014, "Government Gazette 37271", "Republic of South Africa"),
    ("Competition Amendment Act 18 of 2018", 2019, "Government Gazette 42268", "Republic of South Africa"),
    ("Cybercrimes Act 19 of 2020", 2021, "Government Gazette 44651", "Republic of South Africa"),
    ("Regulations relating to the Protection of Personal Information", 2018, "Government Gazette 42110", "Information Regulator (South Africa)"),
    ("Consumer Protection Act Regulations", 2011, "Government Gazette 34180", "Department of Trade and Industry"),
    ("Electronic Transactions Act 14 of 2019", 2019, "Government Gazette No. 7068", "Parliament of Namibia"),
    ("Data Protection Act 32 of 2018", 2018, "Botswana Government Gazette", "Parliament of Botswana"),
    ("Consumer Protection Act 2022", 2022, "Lesotho Government Gazette", "Kingdom of Lesotho"),
]  # fmt: skip


class Blind192WorkFactory(WorkFactory):
    """Works for blind192: South African, Namibian, Botswanan, Basotho and Swazi marketing sources and names."""

    # (method, weight): what make() draws when the builder names no kind.
    DRAWN: ClassVar[list[tuple[str, int]]] = [("book", 11), ("local_book", 3), ("chapter", 5), ("journal", 20), ("thesis", 6), ("conference", 4),
             ("company_web", 9), ("company_report", 7), ("body", 8), ("law", 3), ("research", 7), ("news", 9),
             ("social", 3), ("podcast", 2), ("video", 2), ("undated_web", 4)]  # fmt: skip
    KINDS: ClassVar[set[str]] = {"book", "chapter", "journal", "thesis", "conference", "web", "report", "legislation", "news", "social",
             "podcast", "video"}  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 192 + 19201)
        self.titles: set[str] = set()
        self.twins: list[tuple[str, set[str], int, tuple[str, str], str]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.16:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.34:
            family, given = self.rng.choice(_WHOLE_AFRIKAANS)
        elif roll < 0.68:
            family, given = self.rng.choice(_AFRICAN_NAMES)
        elif roll < 0.88:
            family, given = self.rng.choice(_OTHER_SA_NAMES)
        else:
            family, given = self.rng.choice(_OVERSEAS)
        name = {"family": family, "given": given}
        roll = self.rng.random()
        if roll < 0.05:  # a double-barrelled married name
            name["family"] = f"{family}-{self.rng.choice(_AFRICAN_NAMES + _WHOLE_AFRIKAANS[10:])[0]}"
        elif roll < 0.09:  # a second given name, as South African ID books carry them
            name["given"] = f"{given} {self.rng.choice(['Thabo', 'Maria', 'Johannes', 'Nomsa', 'Petrus', 'Ayesha'])}"
        return name

    def organisation(self) -> tuple[str, set[str]]:
        if self.rng.random() < 0.55:
            name, _ = self.rng.choice(_COMPANIES)
            return name, {"company"}
        name, _ = self.rng.choice(_BODIES)
        return name, {
            "government" if "Commission" in name or "Regulator" in name or "Statistics" in name else "trade-body"
        }

    def year(self) -> int:
        if self.rng.random() < 0.04:
            return self.rng.randint(1986, 2005)
        return self.rng.randint(2010, 2025)

    def accessed(self, after: int = 2010) -> dict[str, list[list[int]]]:
        year = self.rng.randint(max(after, 2023), 2025)
        return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        place = self.rng.choice(_COUNTRIES)
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {place}",
            f"The influence of {topic} on brand loyalty among {self.rng.choice(['millennials', 'Gen Z consumers', 'township consumers', 'small businesses', 'rural shoppers', 'emerging-market consumers'])} in {place}",
            f"{topic[0].upper()}{topic[1:]}: evidence from {place}",
            f"Exploring {topic} at {self.rng.choice(['a South African bank', 'a Namibian telco', 'a grocery retailer', 'a quick-service restaurant chain', 'a Botswana retailer'])}",
            f"Rethinking {topic} after load-shedding",
            f"Factors affecting {topic}: a perspective from {place}",
            f"Ubuntu and {topic}",
        ]
        title = self.rng.choice(forms)
        if title in self.titles and self.rng.random() < 0.7:
            title = (
                f"{title}: a {self.rng.choice(['mixed-methods', 'qualitative', 'quantitative', 'longitudinal'])} study"
            )
        self.titles.add(title)
        return title

    def _local_title(self) -> str:
        local, english = self.rng.choice(_LOCAL_TITLES)
        return f"{local} [{english}]"

    def _url(self, domain: str) -> str:
        slug = "-".join(self._title().lower().replace(":", "").replace(",", "").split()[:6])
        return f"https://www.{domain}/{self.rng.choice(['news', 'insights', 'media', 'about-us', 'stories'])}/{slug}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        if kind is None:
            kind = self.rng.choices([k for k, _ in self.DRAWN], weights=[w for _, w in self.DRAWN])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if all(name["family"] != p["family"] for p in people):
                people.append(name)
        return people

    def _later(self, record: dict[str, Any]) -> None:
        """Reads a work after it came out: an access date before its day of issue is moved to that day."""
        if "accessed" in record and "issued" in record:
            issued = record["issued"]["date-parts"][0]
            accessed = record["accessed"]["date-parts"][0]
            if accessed[: len(issued)] < issued:
                padded = [*issued, self.rng.randint(1, 12), self.rng.randint(1, 28)][:3]
                record["accessed"] = {"date-parts": [padded]}

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        self._later(record)
        return super()._person_work(record, kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation in the same year as an earlier work of the same kind: "Stats SA (2019a)"
        # and "(2019b)"; only the year is taken over, a dated article keeps its own day.
        same = [twin for twin in self.twins if twin[3] == (kind, record["type"])]
        if same and "issued" in record and self.rng.random() < 0.2:
            name, tags, year, _, host = self.rng.choice(same)
            old = str(record["issued"]["date-parts"][0][0])
            for field in ("title", "URL"):  # "Integrated report 2021" becomes "Integrated report 2019" with its year
                if field in record:
                    record[field] = record[field].replace(old, str(year))
            if "URL" in record and host:  # and the page is on the organisation's own site
                record["URL"] = "https://" + host + "/" + record["URL"].split("://", 1)[1].split("/", 1)[-1]
            record["issued"] = {"date-parts": [[year, *record["issued"]["date-parts"][0][1:]]]}
            if "publisher" in record and kind == "report":
                record["publisher"] = name.split(" (")[0]
            if "accessed" in record:
                record["accessed"] = self.accessed(year)
        if "issued" in record:
            host = record["URL"].split("://", 1)[1].split("/", 1)[0] if "URL" in record else ""
            self.twins.append((name, tags, record["issued"]["date-parts"][0][0], (kind, record["type"]), host))
        self._later(record)
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 8))
        if self.rng.random() < 0.15:  # an e-book read online
            record["medium"] = "Kindle e-book"
            record["URL"] = f"https://www.takealot.com/ebooks/{self.rng.randint(10000, 99999)}"
            record["accessed"] = self.accessed(record["issued"]["date-parts"][0][0])
        return self._person_work(record, "book")

    def _local_book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS[:11])
        record: dict[str, Any] = {"type": "book", "title": self._local_title(), "author": self._people(3),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": self._people(2),
            "container-title": self.rng.choice(["Marketing management: a South African perspective",
                                                "Consumer behaviour: South African psychology and marketing applications",
                                                "Strategic brand management in Africa", "Integrated marketing communication",
                                                "Retail management in South Africa", "Services marketing in Africa"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 600)
        title = self._local_title() if self.rng.random() < 0.08 else self._title()
        record: dict[str, Any] = {
            "type": "article-journal", "title": title, "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 56)), "issue": str(self.rng.randint(1, 4)),
            "page": f"{start}-{start + self.rng.randint(8, 24)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice(['4102/sajbm', '4102/ac', '4102/sajems', '35683/jcm', '1080/0267257X'])}.v{record['volume']}i{record['issue']}.{self.rng.randint(100, 4999)}"
            )
        elif self.rng.random() < 0.2:
            record["page"] = f"a{self.rng.randint(100, 2999)}"  # article numbers, as AOSIS journals give them
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        title = self._local_title() if self.rng.random() < 0.15 else self._title()
        record: dict[str, Any] = {"type": "thesis", "title": title, "author": self._people(1),
                                  "issued": {"date-parts": [[self.year()]]}, "genre": self.rng.choice(_GENRES),
                                  "publisher": university, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = (
                f"https://{self.rng.choice(['open.uct.ac.za', 'wiredspace.wits.ac.za', 'scholar.sun.ac.za', 'repository.up.ac.za', 'ujcontent.uj.ac.za', 'researchspace.ukzn.ac.za', 'uir.unisa.ac.za', 'repository.nwu.ac.za', 'repository.unam.edu.na'])}/handle/{self.rng.randint(10000, 99999)}/{self.rng.randint(1000, 99999)}"
            )
            record["accessed"] = self.accessed(record["issued"]["date-parts"][0][0])
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        start = self.rng.randint(1, 400)
        year = self.year()
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": self.rng.choice([f"Proceedings of the {year} SAIMS Conference",
                                                f"Proceedings of the Global Business and Technology Association Conference {year}",
                                                "Proceedings of the Southern African Institute for Management Scientists",
                                                "Proceedings of the African Marketing Academy Conference",
                                                f"IEEE IST-Africa Conference {year}"]),
            "issued": {"date-parts": [[year]]},
            "publisher-place": self.rng.choice(["Stellenbosch", "Cape Town", "Durban", "Gaborone", "Windhoek", "Port Elizabeth"]),
            "page": f"{start}-{start + self.rng.randint(6, 15)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _company_web(self) -> Work:
        name, domain = self.rng.choice(_COMPANIES)
        short = (
            name.split(" (")[0]
            .replace(" Group", "")
            .replace(" Limited", "")
            .replace(" Ltd", "")
            .replace(" Holdings", "")
        )
        title = self.rng.choice([self._title(), f"{short} launches {self.rng.choice(_PRODUCTS)}",
                                 f"{short} wins {self.rng.choice(['four', 'six', 'nine'])} Loeries",
                                 f"{short} named South Africa's {self.rng.choice(['coolest', 'most trusted', 'most valuable'])} brand",
                                 f"How {short} is supporting customers through load-shedding",
                                 f"{short} celebrates Heritage Day with {self.rng.choice(['a braai', 'local artists', 'a new pack'])}"])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": title, "URL": self._url(domain)}
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[self.year()]]}
        if self.rng.random() < 0.9:
            record["accessed"] = self.accessed(record["issued"]["date-parts"][0][0] if "issued" in record else 2023)
        return self._org_work(record, "web", name, {"company"})

    def _company_report(self) -> Work:
        name, domain = self.rng.choice(_COMPANIES)
        year = self.year()
        title = self.rng.choice([f"Integrated annual report {year}", f"Integrated report {year}",
                                 f"Sustainability report {year}", f"Environmental, social and governance report {year}",
                                 f"Annual results presentation for the year ended 28 February {year}",
                                 f"Interim results for the 26 weeks ended {self.rng.randint(1, 30)} December {year - 1}",
                                 f"B-BBEE certificate and verification report {year}", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name, "publisher-place": self.rng.choice(["Johannesburg", "Cape Town", "Sandton", "Durban", "Stellenbosch", "Windhoek", "Gaborone"])}  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = f"https://www.{domain}/investors/{year}-report.pdf"
            record["accessed"] = self.accessed(year)
        return self._org_work(record, "report", name, {"company"})

    def _body(self) -> Work:
        name, domain = self.rng.choice(_BODIES)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._body_title(name),
                                  "issued": {"date-parts": [[self.year()]]}, "URL": self._url(domain)}  # fmt: skip
        record["accessed"] = self.accessed(record["issued"]["date-parts"][0][0])
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = self.rng.choice(
                ["Pretoria", "Johannesburg", "Windhoek", "Gaborone", "Maseru", "Mbabane"]
            )
        tag = "government" if any(word in name for word in _PUBLIC_WORDS) else "trade-body"
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {tag})

    def _body_title(self, name: str) -> str:
        quarter = self.rng.randint(1, 4)
        if "Statist" in name or "Stats" in name:
            return self.rng.choice([f"Quarterly Labour Force Survey, quarter {quarter}", "Retail trade sales (P6242.1)",
                                    "Census 2022: statistical release P0301.4", "General Household Survey",
                                    "Income and expenditure survey", "Mid-year population estimates"])  # fmt: skip
        if "Advertising" in name:
            return self.rng.choice(["Code of Advertising Practice", "Ruling: Savanna Premium Cider / Complainant",
                                    "Guidance note on influencer marketing", "Annual report",
                                    "Section II, Clause 4.2: substantiation"])  # fmt: skip
        if "Information Regulator" in name:
            return self.rng.choice(["Guidance note on direct marketing", "Guidance note on processing special personal information",
                                    "Enforcement notice: Department of Justice", "Annual report"])  # fmt: skip
        return self.rng.choice([self._title(), "Annual report", "Media release", f"Market inquiry report, phase {quarter}",
                                f"State of the industry report {self.rng.randint(2015, 2025)}"])  # fmt: skip

    def _law(self) -> Work:
        title, year, gazette, author = self.rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "legislation", "title": title, "container-title": gazette,
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        if self.rng.random() < 0.5:
            site = {"Republic of South Africa": "www.gov.za/documents", "Information Regulator (South Africa)": "inforegulator.org.za/legislation",
                    "Department of Trade and Industry": "www.thedtic.gov.za/legislation", "Parliament of Namibia": "www.parliament.na/acts",
                    "Parliament of Botswana": "www.parliament.gov.bw/acts", "Kingdom of Lesotho": "www.gov.ls/acts"}[author]  # fmt: skip
            record["URL"] = f"https://{site}/{'-'.join(title.lower().split()[:5])}"
            record["accessed"] = self.accessed(year)
        return self._org_work(record, "legislation", author, {"government", "legislation"})

    def _research(self) -> Work:
        name, domain = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.9 else None
        market, country = self.rng.choice(_MARKETS), self.rng.choice(_COUNTRIES)
        shown = year or 2024
        titles = [
            f"{market[0].upper()}{market[1:]} in {country} {shown}",
            f"{market[0].upper()}{market[1:]} - {country} - {self.rng.choice(['March', 'July', 'November'])} {shown}",
            f"SA Township Economy Report {shown}",
            f"BrandZ most valuable South African brands {shown}",
            f"Online retail in South Africa {shown}",
            f"The South African social media landscape {shown}",
            f"{country}: {market} market share by brand, {shown - 3} to {shown}",
            f"Ask Afrika Orange Index {shown}: customer service benchmark",
            f"Africa's most admired brands {shown}",
        ]
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": f"https://www.{domain}/{'-'.join(market.split())}-{shown}"}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self.accessed(year or 2023)
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        press, domain = self.rng.choice(_PRESS)
        year = self.year()
        title = (
            self._local_title()
            if press in ("Die Burger", "Rapport", "Netwerk24", "Isolezwe") and self.rng.random() < 0.5
            else self._title()
        )
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": title, "container-title": press,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(domain), "accessed": self.accessed(year),
        }  # fmt: skip
        if self.rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", press, {"press"})

    def _social(self) -> Work:
        name, _ = self.rng.choice(_COMPANIES[:45])
        year = self.rng.randint(2016, 2025)
        platform, base = self.rng.choice([("Facebook", "facebook.com/"), ("Instagram", "instagram.com/"), ("X", "x.com/"),
                                          ("LinkedIn", "linkedin.com/company/"), ("TikTok", "tiktok.com/@")])  # fmt: skip
        record: dict[str, Any] = {
            "type": "webpage", "title": f"{self.rng.choice(['Happy Heritage Day, Mzansi!', 'Braai Day is here', 'Load-shedding? We have you covered', 'Youth Day: celebrating the class of 1976', 'Black Friday deals drop at midnight', 'Our Women’s Day tribute'])} [{platform}]",
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.{base}{name.split()[0].lower()}/posts/{self.rng.randint(10**8, 10**9)}",
            "accessed": self.accessed(year),
        }  # fmt: skip
        return self._org_work(record, "social", name, {"company", "social"})

    def _podcast(self) -> Work:
        year = self.rng.randint(2017, 2025)
        record: dict[str, Any] = {
            "type": "song", "title": f"Episode {self.rng.randint(1, 240)}: {self._title()}",
            "author": self._people(2),
            "container-title": self.rng.choice(["The MarkLives Podcast", "Brand Builders SA", "The Money Show", "Bizcommunity Podcast", "Marketing in Mzansi"]),
            "issued": {"date-parts": [[year]]}, "medium": "Podcast",
            "URL": f"https://open.spotify.com/episode/{self.rng.randint(10**9, 10**10)}", "accessed": self.accessed(year),
        }  # fmt: skip
        return self._person_work(record, "podcast")

    def _video(self) -> Work:
        year = self.rng.randint(2014, 2025)
        name = self.rng.choice(["The Loeries", "Nando's South Africa", "Joe Public", "Vodacom", "SABC News",
                                "eNCA", "Moneyweb", "Ogilvy South Africa", "Pendoring"])  # fmt: skip
        record: dict[str, Any] = {
            "type": "motion_picture", "title": self.rng.choice([f"Loeries {year}: Grand Prix winners", "Behind the campaign", "Meet the makers", self._title()]),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}, "medium": "YouTube video",
            "URL": f"https://www.youtube.com/watch?v={self.rng.randint(10**9, 10**10)}", "accessed": self.accessed(year),
        }  # fmt: skip
        return self._org_work(record, "video", name, {"company", "video"})

    def _undated_web(self) -> Work:
        if self.rng.random() < 0.35:
            _press, domain = self.rng.choice(_PRESS)
            record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                      "URL": self._url(domain), "accessed": self.accessed()}  # fmt: skip
            return self._person_work(record, "web")
        name, domain = self.rng.choice(_COMPANIES + _BODIES)
        record = {"type": "webpage", "title": self.rng.choice(["About us", "Our history", "Our B-BBEE status",
                                                               "Privacy policy (POPIA)", "Terms and conditions",
                                                               "Rewards programme", self._title()]),
                  "URL": self._url(domain), "accessed": self.accessed()}  # fmt: skip
        return self._org_work(record, "web", name, {"undated"})
