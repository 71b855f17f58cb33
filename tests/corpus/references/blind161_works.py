"""Works for the blind161 pool (HELD OUT): what marketers in Tanzania, Uganda and their diaspora cite.

Written without reading the checker, its tests or any other pool. CIM Level 6 and 7 candidates and MBA students at
banks and microfinance (CRDB, NMB, NBC, Stanbic, Centenary, dfcu, Equity), telecoms and mobile money (Vodacom
M-Pesa, Airtel Money, Mixx by Yas, Halotel, MTN MoMo), FMCG and drink makers (Azam/Bakhresa, TBL, Serengeti, Nile
Breweries, Mukwano, Uganda Breweries), retailers, airlines, tourism boards, media and agencies in Dar es Salaam,
Dodoma, Arusha, Mwanza, Zanzibar, Mbeya, Kampala, Entebbe, Jinja, Gulu and Mbarara, and in London, Nairobi, Dubai,
Johannesburg and Boston. They cite East African and international journals, textbooks (local editions and
e-books), chapters, theses from UDSM, Mzumbe, Makerere, MUBS and UCU, conference papers (ORSEA, AIBUMA),
regulators (the BoT with two works of 2019, the TCRA, the BoU, the UCC, the NBS, UBOS, the TRA, the URA), Acts
with the United Republic or the Republic of Uganda as author, research firms, the press (Daily News, Mwananchi,
The Citizen, New Vision, Daily Monitor) signed and unsigned, posts, videos, podcasts and undated pages, and
Swahili and Luganda titles with the English in square brackets.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# ---------------------------------------------------------------------- names
# Family names by community; given names by community. A Tanzanian often writes the father's name as a second
# given name ("Neema Joseph Mushi"), or drops it; Ugandans put the clan name first or last, as they please.
_TZ_FAMILY = [
    # Chagga
    "Mushi", "Lyimo", "Mrema", "Massawe", "Kimaro", "Swai", "Tarimo", "Shirima", "Urassa", "Temba", "Mallya",
    "Minja", "Kessy", "Mbowe", "Ngowi", "Moshi", "Lema", "Mosha",
    # Sukuma and Nyamwezi
    "Masanja", "Maduhu", "Mabula", "Shija", "Nkwabi", "Lusinde", "Kulwa", "Ndaki", "Mayala", "Budeba",
    # Haya
    "Rweyemamu", "Kaijage", "Rwechungura", "Mutembei", "Kamugisha", "Ishengoma", "Tibaijuka", "Rutashobya",
    "Bishanga", "Kaduma",
    # coast, Zanzibar and elsewhere
    "Mwinyi", "Hamisi", "Athumani", "Mfaume", "Abdallah", "Mbaraka", "Mwakyusa", "Mwakalinga", "Mwakasege",
    "Sanga", "Kapinga", "Nyirenda", "Mwaipopo", "Mwamba", "Komba", "Haule", "Mapunda", "Kilonzo", "Chacha",
    "Marwa", "Mollel", "Laizer", "Sumari", "Nyerere", "Magesa", "Kitila", "Olomi", "Mkenda",
]  # fmt: skip
_TZ_ARAB_ASIAN = [
    "Al-Barwani", "Al-Busaidy", "Al-Mazrui", "El-Maawy", "Bakhresa", "Al-Riyami", "Salim", "Bafadhil",
    "Dewji", "Jivraj", "Karimjee", "Manji", "Ladha", "Rattansi", "Hirji", "Virani", "Lalji", "Mohamedali",
    "Patel", "Chande", "Sumaria", "Somaiya",
]  # fmt: skip
_TZ_GIVEN = [
    "Neema", "Baraka", "Rehema", "Juma", "Mussa", "Amani", "Imani", "Zawadi", "Upendo", "Faraja", "Halima",
    "Mwanaisha", "Salma", "Fatuma", "Hamisi", "Emmanuel", "Godfrey", "Agnes", "Joyce", "Happiness", "Gift",
    "Witness", "Godlisten", "Elibariki", "Anna", "Doreen", "Eliaichi", "Mwajuma", "Khadija", "Saida",
    "Abdulrahman", "Issa", "Frank", "Lilian", "Mwantumu", "Zuhura", "Deogratias", "Ally", "Shabani", "Nuru",
]  # fmt: skip
_TZ_ARAB_ASIAN_GIVEN = ["Mohammed", "Said", "Salim", "Ahmed", "Aisha", "Nasra", "Riziki", "Hussein", "Asha",
                        "Shamsa", "Rahim", "Nazir", "Yusuf", "Shiraz", "Anil", "Nimisha", "Hafsa", "Zainab"]  # fmt: skip
_TZ_FATHERS = ["Joseph", "John", "Juma", "Ally", "Hassan", "Mussa", "Peter", "Daudi", "Selemani", "Rashidi",
               "Elias", "Yohana", "Omari", "Kassim", "Paulo"]  # fmt: skip
_UG_FAMILY = [
    # Baganda
    "Ssemwanga", "Nsubuga", "Kiggundu", "Ssekandi", "Mukasa", "Lubega", "Kasozi", "Kizza", "Ssentongo",
    "Mulindwa", "Kaggwa", "Walusimbi", "Ssewankambo", "Nakato", "Babirye", "Namubiru", "Nalwoga", "Nabukenya",
    "Ssebunya", "Lwanga", "Nnaggenda", "Kiwanuka", "Nakibuuka", "Kakooza",
    # Acholi and Langi
    "Okello", "Akello", "Ocen", "Oryem", "Opiyo", "Atim", "Lakot", "Oloya", "Odongo", "Achan", "Olanya",
    "Komakech", "Aber", "Ojok", "Acen",
    # Banyankole and Bakiga
    "Tumusiime", "Mugisha", "Byaruhanga", "Ahimbisibwe", "Twinomugisha", "Ainebyoona", "Kyomuhendo",
    "Natukunda", "Atuhaire", "Asiimwe", "Tumwebaze", "Rwakakamba", "Bainomugisha", "Turyahikayo", "Kamukama",
    # Basoga and others
    "Waiswa", "Wandera", "Mugabi", "Kirunda", "Isabirye", "Nabirye", "Wafula", "Etyang",
]  # fmt: skip
_UG_ASIAN = ["Madhvani", "Ruparelia", "Mehta", "Karmali", "Alibhai", "Kotecha", "Sheth", "Mulji", "Hasham"]
_UG_GIVEN = [
    "Nakato", "Babirye", "Gloria", "Brian", "Ivan", "Patience", "Prossy", "Sarah", "Moses", "Joseph", "Ronald",
    "Robinah", "Esther", "Isaac", "Winnie", "Brenda", "Denis", "Ritah", "Shamim", "Hadijah", "Ismail", "Grace",
    "Allan", "Mariam", "Solomon", "Immaculate", "Annet", "Daphine", "Edgar", "Racheal", "Jovia", "Herbert",
    "Geoffrey", "Florence", "Peace", "Charity", "Apollo", "Nalongo", "Kato", "Wasswa",
]  # fmt: skip
_UG_ASIAN_GIVEN = ["Sudhir", "Nitin", "Mayur", "Rajesh", "Shruti", "Amit", "Anjali", "Karim", "Zahra"]
# Hyphenated names: a clan name joined to a family name, a married name joined to a maiden one.
_HYPHENATED = ["Kasozi-Mulindwa", "Byaruhanga-Akiiki", "Mwakyusa-Lyimo", "Nsubuga-Kiggundu", "Tumusiime-Mutebile",
               "Mushi-Massawe", "Okello-Oculi", "Rweyemamu-Kaijage", "Al-Barwani-Salim", "Namubiru-Ssali"]  # fmt: skip
# Colleagues and expatriates who write about East African markets, and Kenyan and South African neighbours.
_EXPAT = [
    ("Lindström", "Karin"), ("Müller", "Jürgen"), ("Østergaard", "Mette"), ("Jönsson", "Anders"),
    ("Schäfer", "Katrin"), ("Sørensen", "Lars"), ("Kamau", "Wanjiru"), ("Otieno", "Brian"), ("Njoroge", "Kariuki"),
    ("Wanyama", "Fredrick"), ("Ndlovu", "Thandiwe"), ("Nkosi", "Sipho"), ("Al-Suwaidi", "Maryam"),
    ("O'Brien", "Siobhán"), ("Gómez", "Lucía"), ("Smith", "Rebecca"), ("Thompson", "Mark"), ("Chen", "Jing"),
    ("Hakizimana", "Jean-Paul"), ("Habyarimana", "Aimé"), ("Ngugi", "Mũthoni"), ("Mbeki", "Lerato"),
    ("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona"),
]  # fmt: skip
_EXPAT_PARTICLE = [("van", "Niekerk", "Johan"), ("de", "Haan", "Pieter"), ("van der", "Merwe", "Anika"),
                   ("du", "Plessis", "Marelize"), ("de", "Souza", "Errol")]  # fmt: skip

# ---------------------------------------------------------------------- organisations
_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("CRDB Bank PLC", {"company", "acronym"}), ("NMB Bank Plc", {"company", "acronym"}),
    ("National Bank of Commerce (NBC)", {"company", "abbreviation"}), ("Stanbic Bank Uganda Limited", {"company"}),
    ("Centenary Bank", {"company"}), ("dfcu Bank", {"company", "lower-case"}), ("Equity Bank Uganda Limited", {"company"}),
    ("Vodacom Tanzania PLC", {"company"}), ("Airtel Uganda", {"company"}), ("MTN Uganda", {"company", "acronym"}),
    ("Honora Tanzania PLC", {"company"}), ("Halotel", {"company"}), ("Airtel Tanzania", {"company"}),
    ("Bakhresa Group", {"company"}), ("Azam Media Ltd", {"company"}), ("Tanzania Breweries Limited", {"company"}),
    ("Serengeti Breweries Ltd", {"company"}), ("Nile Breweries Limited", {"company"}), ("Mukwano Group", {"company"}),
    ("Uganda Breweries Limited", {"company"}), ("Jumia", {"company"}), ("Capital Shoppers", {"company"}),
    ("Air Tanzania Company Limited (ATCL)", {"company", "abbreviation"}), ("Precision Air Services PLC", {"company"}),
    ("Uganda Airlines", {"company"}), ("Tanzania National Parks (TANAPA)", {"government", "abbreviation"}),
    ("Uganda Tourism Board", {"government"}), ("Tanzania Tourist Board", {"government"}),
    ("Tanzania Private Sector Foundation", {"trade-body"}), ("Private Sector Foundation Uganda (PSFU)", {"trade-body", "abbreviation"}),
    ("Uganda Manufacturers Association", {"trade-body"}), ("Confederation of Tanzania Industries (CTI)", {"trade-body", "abbreviation"}),
    ("Tanzania Bankers Association", {"trade-body"}), ("Uganda Bankers' Association", {"trade-body", "apostrophe"}),
    ("GSMA", {"trade-body", "acronym"}), ("FSD Tanzania", {"trade-body", "acronym"}), ("FSD Uganda", {"trade-body", "acronym"}),
    ("Twaweza East Africa", {"trade-body"}), ("Chartered Institute of Marketing", {"trade-body"}),
    ("Marketing Society of Tanzania", {"trade-body"}), ("Uganda Marketers Society", {"trade-body"}),
    ("Scanad East Africa", {"company"}), ("Ogilvy Africa", {"company"}), ("Clouds Media Group", {"company"}),
    ("Vision Group", {"company"}), ("Nation Media Group", {"company"}), ("Mwananchi Communications Ltd", {"company"}),
    ("Deloitte East Africa", {"company"}), ("PwC Tanzania", {"company"}), ("KPMG East Africa", {"company"}),
    ("Shoprite Holdings Ltd", {"company"}), ("Lyca Mobile Uganda", {"company"}),
]  # fmt: skip
_GOVERNMENT = [
    "Bank of Tanzania", "Bank of Uganda", "Tanzania Communications Regulatory Authority (TCRA)",
    "Uganda Communications Commission (UCC)", "National Bureau of Statistics (NBS)",
    "Uganda Bureau of Statistics (UBOS)", "Tanzania Revenue Authority (TRA)", "Uganda Revenue Authority (URA)",
    "Fair Competition Commission", "Personal Data Protection Commission", "Personal Data Protection Office",
    "Ministry of Information, Communication and Information Technology", "Ministry of Finance and Planning",
    "Ministry of Finance, Planning and Economic Development", "Ministry of Tourism, Wildlife and Antiquities",
    "Ministry of Natural Resources and Tourism", "Capital Markets Authority", "Zanzibar Commission for Tourism",
    "Tanzania Bureau of Standards (TBS)", "Uganda National Bureau of Standards", "Office of the Chief Government Statistician",
]  # fmt: skip
_RESEARCH = ["GeoPoll", "Ipsos Tanzania", "Ipsos Uganda", "Kantar", "Nielsen", "Statista", "Euromonitor International",
             "Research Solutions Africa", "DataReportal", "Afrobarometer", "InterMedia", "Synovate"]  # fmt: skip
_PRESS = ["Daily News", "Mwananchi", "The Citizen", "New Vision", "Daily Monitor", "The EastAfrican", "Business Daily",
          "The Observer", "Nile Post", "ChimpReports", "HabariLeo", "The Guardian (Tanzania)", "Business Times",
          "The Independent (Uganda)", "Campaign Africa", "Marketing Week", "Financial Times", "BBC News"]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Oxford University Press", "Oxford"), ("Wiley", "Chichester"), ("Palgrave Macmillan", "Cham"),
               ("Fountain Publishers", "Kampala"), ("Mkuki na Nyota", "Dar es Salaam"),
               ("Dar es Salaam University Press", "Dar es Salaam"), ("Makerere University Press", "Kampala"),
               ("Cengage Learning EMEA", "Andover"), ("East African Educational Publishers", "Nairobi"),
               ("Tanzania Publishing House", "Dar es Salaam"), ("McGraw-Hill", "New York")]  # fmt: skip
_JOURNALS = ["African Journal of Economic Review", "Business Management Review", "Journal of African Business",
             "Journal of Research in Interactive Marketing", "International Journal of Bank Marketing",
             "Makerere Business Journal", "ORSEA Journal", "Journal of Co-operative and Business Studies",
             "Tanzania Journal of Development Studies", "African Journal of Marketing Management",
             "Journal of Marketing Management", "Information Technology for Development",
             "Journal of Enterprising Communities", "Uganda Journal of Management and Public Policy Studies",
             "Tourism Management Perspectives", "Telecommunications Policy", "Journal of Islamic Marketing",
             "Journal of Small Business and Enterprise Development", "African Journal of Accounting, Auditing and Finance",
             "The Pan-African Journal of Business Management"]  # fmt: skip
_TOPICS = ["mobile money adoption", "agent banking", "brand loyalty among youth", "customer trust in microfinance",
           "Instagram marketing by small traders", "WhatsApp Business use", "bancassurance uptake",
           "beer brand switching", "domestic tourism promotion", "airline service quality", "supermarket loyalty",
           "SIM card registration and churn", "Islamic banking awareness", "influencer marketing on TikTok",
           "price promotions in FMCG", "e-commerce trust", "cause-related marketing", "radio advertising recall",
           "women-owned SMEs' digital marketing", "Chinese brands in East African markets", "diaspora remittances",
           "mobile lending and over-indebtedness", "bottled water branding", "Swahili-language advertising",
           "customer experience in telecoms", "data bundle pricing", "corporate social responsibility",
           "country-of-origin effects", "cross-border trade at Mutukula", "Boda boda advertising"]  # fmt: skip
_PLACES = ["Tanzania", "Uganda", "Dar es Salaam", "Kampala", "Arusha", "Mwanza", "Zanzibar", "Dodoma", "Mbeya",
           "Gulu", "Mbarara", "Jinja", "Entebbe", "East Africa", "the Lake Victoria region", "northern Uganda",
           "the Southern Highlands"]  # fmt: skip
_SWAHILI_TITLES = [
    ("Matumizi ya mitandao ya kijamii katika kutangaza biashara ndogo", "Use of social media in advertising small businesses"),
    ("Uaminifu wa wateja kwa huduma za fedha kwa simu", "Customer loyalty to mobile money services"),
    ("Mwongozo wa masoko ya kidijitali kwa wajasiriamali", "A guide to digital marketing for entrepreneurs"),
    ("Athari za matangazo ya redio kwa wanunuzi vijijini", "The effects of radio advertising on rural buyers"),
    ("Ripoti ya mwaka ya huduma za fedha", "Annual report on financial services"),
    ("Takwimu za mawasiliano kwa robo ya mwaka", "Quarterly communications statistics"),
    ("Utalii wa ndani baada ya UVIKO-19", "Domestic tourism after COVID-19"),
    ("Sheria ya Ulinzi wa Taarifa Binafsi: maswali na majibu", "The Personal Data Protection Act: questions and answers"),
]  # fmt: skip
_LUGANDA_TITLES = [
    ("Enkola y'okutunda ku mutimbagano", "Online selling practices"),
    ("Okukozesa ssente ku ssimu mu byalo", "Using mobile money in the villages"),
    ("Ebirango by'oku leediyo n'abaguzi", "Radio advertisements and buyers"),
    ("Abavubuka n'emikutu gy'empuliziganya", "Young people and social media"),
]  # fmt: skip
_THESIS = [("University of Dar es Salaam", "Dar es Salaam", ["MBA dissertation", "PhD thesis", "MA (Marketing) dissertation"]),
           ("Mzumbe University", "Morogoro", ["MBA dissertation", "MSc Marketing Management dissertation", "PhD thesis"]),
           ("Makerere University", "Kampala", ["PhD thesis", "MBA dissertation", "Master's dissertation"]),
           ("Makerere University Business School", "Kampala", ["MSc Marketing dissertation", "MBA dissertation", "PhD thesis"]),
           ("Uganda Christian University", "Mukono", ["MBA dissertation", "Master's dissertation"]),
           ("The Open University of Tanzania", "Dar es Salaam", ["MBA dissertation"]),
           ("Institute of Finance Management", "Dar es Salaam", ["MSc dissertation"]),
           ("University of Nairobi", "Nairobi", ["MBA research project"]),
           ("University of Bradford", "Bradford", ["PhD thesis"])]  # fmt: skip
_REPOSITORIES = {"University of Dar es Salaam": "repository.udsm.ac.tz", "Mzumbe University": "scholar.mzumbe.ac.tz",
                 "Makerere University": "makir.mak.ac.ug", "Makerere University Business School": "ir.mubs.ac.ug",
                 "Uganda Christian University": "dir.ucu.ac.ug", "The Open University of Tanzania": "repository.out.ac.tz"}  # fmt: skip
_CONFERENCES = ["Proceedings of the ORSEA Conference", "Proceedings of the AIBUMA Conference",
                "Proceedings of the Academy of African Business and Development", "Proceedings of the MUBS Annual Research Conference",
                "Proceedings of the UDBS Annual Conference", "Proceedings of the Mzumbe University Research Conference"]  # fmt: skip
_ACTS = [
    ("United Republic of Tanzania", "Personal Data Protection Act, 2022 (Act No. 11 of 2022)", 2022, "Dodoma"),
    ("United Republic of Tanzania", "Electronic and Postal Communications Act, Cap. 306", 2010, "Dar es Salaam"),
    ("United Republic of Tanzania", "National Payment Systems Act, 2015 (Act No. 4 of 2015)", 2015, "Dar es Salaam"),
    ("United Republic of Tanzania", "Fair Competition Act, Cap. 285", 2003, "Dar es Salaam"),
    ("United Republic of Tanzania", "The Electronic and Postal Communications (Online Content) Regulations, 2020, G.N. No. 538", 2020, "Dodoma"),
    ("United Republic of Tanzania", "The Microfinance Act, 2018 (Act No. 10 of 2018)", 2018, "Dodoma"),
    ("Republic of Uganda", "Data Protection and Privacy Act, 2019", 2019, "Entebbe"),
    ("Republic of Uganda", "Data Protection and Privacy Regulations, 2021 (S.I. No. 21 of 2021)", 2021, "Entebbe"),
    ("Republic of Uganda", "National Payment Systems Act, 2020", 2020, "Entebbe"),
    ("Republic of Uganda", "Uganda Communications Act, 2013", 2013, "Entebbe"),
    ("Republic of Uganda", "Tier 4 Microfinance Institutions and Money Lenders Act, 2016", 2016, "Entebbe"),
    ("Republic of Uganda", "Computer Misuse (Amendment) Act, 2022", 2022, "Entebbe"),
]  # fmt: skip


_HOSTS = {"Bank of Tanzania": "bot.go.tz", "Bank of Uganda": "bou.or.ug", "Tanzania Communications": "tcra.go.tz",
          "Uganda Communications": "ucc.co.ug", "National Bureau": "nbs.go.tz", "Uganda Bureau": "ubos.org",
          "Tanzania Revenue": "tra.go.tz", "Uganda Revenue": "ura.go.ug", "Fair Competition": "competition.or.tz",
          "Personal Data Protection Commission": "pdpc.go.tz", "Personal Data Protection Office": "pdpo.go.ug",
          "Ministry of Information": "mawasiliano.go.tz", "Ministry of Finance and": "mof.go.tz",
          "Ministry of Finance, ": "finance.go.ug", "Ministry of Tourism": "tourism.go.ug",
          "Ministry of Natural": "maliasili.go.tz", "Capital Markets": "cmsa.go.tz", "Zanzibar": "zanzibartourism.go.tz",
          "Tanzania Bureau": "tbs.go.tz", "Uganda National": "unbs.go.ug", "Office of the Chief": "ocgs.go.tz",
          "Daily News": "dailynews.co.tz", "Mwananchi": "mwananchi.co.tz", "The Citizen": "thecitizen.co.tz",
          "New Vision": "newvision.co.ug", "Daily Monitor": "monitor.co.ug", "The EastAfrican": "theeastafrican.co.ke",
          "Business Daily": "businessdailyafrica.com", "The Observer": "observer.ug", "Nile Post": "nilepost.co.ug",
          "ChimpReports": "chimpreports.com", "HabariLeo": "habarileo.co.tz", "The Guardian": "ippmedia.com",
          "Business Times": "businesstimes.co.tz", "The Independent": "independent.co.ug",
          "Campaign Africa": "campaignafrica.com", "Marketing Week": "marketingweek.com", "Financial Times": "ft.com",
          "BBC News": "bbc.co.uk"}  # fmt: skip


def _host(name: str) -> str:
    for start, host in _HOSTS.items():
        if name.startswith(start):
            return host
    plain = "".join(ch for ch in name.split(" (")[0].lower() if ch.isalnum())
    return f"{plain[:20]}.{'co.ug' if 'Uganda' in name else 'co.tz' if 'Tanzania' in name else 'com'}"


def _place(name: str, rng: random.Random) -> str:
    """Where a body publishes: Kampala or Entebbe for Ugandan ones, Dar es Salaam, Dodoma or Zanzibar for the rest."""
    ugandan = any(word in name for word in ("Uganda", "UBOS", "URA", "UCC", "Mukwano", "Nile", "Centenary", "dfcu",
                                            "Capital Shoppers", "Vision Group", "MTN", "Lyca", "Ministry of Finance,",
                                            "Ministry of Tourism", "Personal Data Protection Office"))  # fmt: skip
    if ugandan:
        return rng.choice(["Kampala", "Kampala", "Entebbe"])
    if "Zanzibar" in name or "Chief Government Statistician" in name:
        return "Zanzibar"
    return rng.choice(["Dar es Salaam", "Dar es Salaam", "Dodoma"])


class Blind161WorkFactory(WorkFactory):
    """Works of every kind a Tanzanian or Ugandan marketing candidate cites, from one seeded random source."""

    DRAWN = (("book", 12), ("chapter", 5), ("journal", 22), ("thesis", 5), ("conference", 4), ("company", 10),
             ("trade-body", 5), ("government", 9), ("legislation", 3), ("market-research", 7), ("news", 9),
             ("social", 3), ("video", 3), ("undated-web", 3))  # fmt: skip
    KINDS = frozenset({"book", "chapter", "journal", "thesis", "conference", "web", "report", "legislation", "news",
                       "social", "video"})  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 161 + 16101)
        self.organisations_used: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.34:  # Tanzanian, now with the father's name, now without
            given = rng.choice(_TZ_GIVEN)
            if rng.random() < 0.35:
                given = f"{given} {rng.choice(_TZ_FATHERS)}"
            return {"family": rng.choice(_TZ_FAMILY), "given": given}
        if roll < 0.42:
            return {"family": rng.choice(_TZ_ARAB_ASIAN), "given": rng.choice(_TZ_ARAB_ASIAN_GIVEN)}
        if roll < 0.72:  # Ugandan, a Christian or Muslim name beside a clan name
            given = rng.choice(_UG_GIVEN)
            if rng.random() < 0.25:
                given = f"{given} {rng.choice(['Nakato', 'Babirye', 'Mirembe', 'Nansubuga', 'Kato', 'Wasswa', 'Atwine', 'Ayebare'])}"
            return {"family": rng.choice(_UG_FAMILY), "given": given}
        if roll < 0.77:
            return {"family": rng.choice(_UG_ASIAN), "given": rng.choice(_UG_ASIAN_GIVEN)}
        if roll < 0.83:
            return {"family": rng.choice(_HYPHENATED), "given": rng.choice(_TZ_GIVEN + _UG_GIVEN)}
        if roll < 0.86:
            particle, family, given = rng.choice(_EXPAT_PARTICLE)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        family, given = rng.choice(_EXPAT)
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            one = self.person()
            if all(one["family"] != p["family"] for p in people):
                people.append(one)
        return people

    def year(self) -> int:
        if self.rng.random() < 0.06:  # the classics still cited
            return self.rng.randint(1983, 2004)
        return self.rng.randint(2008, 2025)

    def accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        low = max(2022, year + 1 if year else 2022)
        if low > 2025:  # a work of this year, read at the end of it
            return {"date-parts": [[2025, 12, 28]]}
        return {"date-parts": [[self.rng.randint(low, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def url(self, host: str) -> str:
        slug = "-".join(self.rng.choice(_TOPICS).lower().replace("'", "").split()[:4])
        return f"https://www.{host}/{slug}-{self.rng.randint(100, 99999)}"

    def _title(self) -> str:
        rng = self.rng
        topic, place = rng.choice(_TOPICS), rng.choice(_PLACES)
        roll = rng.random()
        if roll < 0.1:
            sw, en = rng.choice(_SWAHILI_TITLES)
            return f"{sw} [{en}]"
        if roll < 0.14:
            lg, en = rng.choice(_LUGANDA_TITLES)
            return f"{lg} [{en}]"
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"Determinants of {topic}: evidence from {place}",
                 f"The effect of {topic} on customer loyalty in {place}", f"{topic[0].upper()}{topic[1:]} and brand equity: a study of {place}",
                 f"Factors influencing {topic} among SMEs in {place}", f"Rethinking {topic} in East Africa",
                 f"{topic[0].upper()}{topic[1:]}: lessons from {place}", f"An assessment of {topic} in {place}'s banking sector"]  # fmt: skip
        return rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices([k for k, _ in self.DRAWN], weights=[w for _, w in self.DRAWN])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation in the same year as an earlier work ("Bank of Tanzania, 2019a and 2019b").
        pairable = kind in ("report", "web") and "market-research" not in tags
        if self.organisations_used and "issued" in record and pairable and self.rng.random() < 0.1:
            name, tags, issued = self.rng.choice(self.organisations_used)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
                record["publisher-place"] = _place(name, self.rng)
            if "accessed" in record:
                record["accessed"] = self.accessed_after(issued["date-parts"][0][0])
        if "issued" in record and pairable:
            self.organisations_used.append((name, tags, record["issued"]))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        year = self.year()
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[year]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.1:  # the textbooks on every CIM reading list
            record["title"] = self.rng.choice(["Principles of marketing", "Marketing management", "Digital marketing",
                                               "Strategic brand management", "Marketing in Africa"])  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        if self.rng.random() < 0.15:
            record["medium"] = "E-book"
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 300)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": self._people(2), "container-title": self.rng.choice(
                ["Marketing in emerging markets", "Mobile money in Africa", "Tourism in East Africa",
                 "Entrepreneurship in Tanzania", "Doing business in Uganda", "Branding in Africa"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 600)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 45)), "issue": str(self.rng.randint(1, 4)),
            "page": f"{start}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.rng.choice(['IJBM', 'JAB', 'jrim', 'ajer', 'bmr'])}-{self.rng.randint(2010, 2025)}-{self.rng.randint(1, 9999):04d}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, place, genres = self.rng.choice(_THESIS)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": self._people(1),
                                  "genre": self.rng.choice(genres), "publisher": university, "publisher-place": place,
                                  "issued": {"date-parts": [[self.rng.randint(2010, 2025)]]}}  # fmt: skip
        if self.rng.random() < 0.4:
            record["URL"] = self.url(_REPOSITORIES.get(university, "core.ac.uk"))
            record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0][0])
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        start = self.rng.randint(1, 400)
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(4),
                                  "container-title": self.rng.choice(_CONFERENCES),
                                  "publisher-place": self.rng.choice(["Arusha", "Kampala", "Dar es Salaam", "Entebbe", "Zanzibar", "Nairobi"]),
                                  "issued": {"date-parts": [[self.year()]]}, "page": f"{start}-{start + self.rng.randint(6, 14)}"}  # fmt: skip
        return self._person_work(record, "conference")

    def _company(self) -> Work:
        name, tags = self.rng.choice(_ORGANISATIONS)
        host = _host(name)
        year = self.year() if self.rng.random() < 0.85 else None
        if self.rng.random() < 0.5:
            record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(
                ["About us", "Our brands", "Sustainability", "Investor relations", "Newsroom", "M-Pesa tariffs",
                 "Our story", "Careers", "Press release: results for the year", "Agent banking"]),
                "URL": self.url(host), "accessed": self.accessed_after(year)}  # fmt: skip
            kind = "web"
        else:
            record = {"type": "report", "title": self.rng.choice(
                [f"Annual report and financial statements {year}" if year else "Annual report and financial statements", f"Integrated report {year}" if year else "Integrated report",
                 f"Sustainability report {year}" if year else "Sustainability report",
                 self._title()]), "publisher": name.split(" (")[0], "publisher-place": _place(name, self.rng)}  # fmt: skip
            if self.rng.random() < 0.6:
                record["URL"] = self.url(host)
                record["accessed"] = self.accessed_after(year)
            kind = "report"
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, kind, name, tags)

    def _trade_body(self) -> Work:
        name, tags = self.rng.choice([o for o in _ORGANISATIONS if "trade-body" in o[1]])
        year = self.year()
        record: dict[str, Any] = {"type": "report", "title": self._title(), "publisher": name.split(" (")[0],
                                  "publisher-place": self.rng.choice(["Dar es Salaam", "Kampala", "London", "Nairobi"]),
                                  "issued": {"date-parts": [[year]]}, "URL": self.url(_host(name)),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org_work(record, "report", name, tags)

    def _government(self) -> Work:
        name = self.rng.choice(_GOVERNMENT)
        if name == "Bank of Tanzania" or self.rng.random() < 0.1:  # the BoT's two statements of 2019: 2019a and 2019b
            name = "Bank of Tanzania"
            year = self.rng.choice([2019, 2019, self.rng.randint(2012, 2025)])
            title = self.rng.choice(["Monetary policy statement", "Financial stability report", "Annual report",
                                     "National payment systems: annual report", "Financial sector supervision annual report"])  # fmt: skip
            title = f"{title} {year}/{(year + 1) % 100:02d}" if self.rng.random() < 0.5 else title
        else:
            year = self.year()
            title = self.rng.choice([self._title(), f"Quarterly communications statistics: {self.rng.choice(['January-March', 'April-June', 'July-September', 'October-December'])} {year}",
                                     f"Statistical abstract {year}", f"National financial inclusion survey {year}",
                                     f"FinScope {self.rng.choice(['Tanzania', 'Uganda'])} {year}: insights that drive innovation"])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[year]]}, "URL": self.url(_host(name)),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = _place(name, self.rng)
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _legislation(self) -> Work:
        author, title, year, place = self.rng.choice(_ACTS)
        record: dict[str, Any] = {"type": "book", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": "Government Printer", "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = self.url("parliament.go.tz" if author.startswith("United") else "ulii.org")
            record["accessed"] = self.accessed_after(year)
        record["id"] = self._id()
        record["author"] = [{"literal": author}]
        return Work(record, author, str(year), True, 1, "legislation", {"legislation", "organisation", "government"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.9 else None
        market = self.rng.choice(["beer", "mobile money", "soft drinks", "bottled water", "edible oils", "data bundles",
                                  "supermarkets", "domestic tourism", "banking apps", "cooking gas"])  # fmt: skip
        country = self.rng.choice(["Tanzania", "Uganda", "East Africa"])
        y = year or 2024
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice([
            f"{market[0].upper()}{market[1:]} in {country} {y}", f"{country}: {market} market report {y}",
            f"Digital {y}: {country}", f"Share of adults in {country} using {market} in Q{self.rng.randint(1, 4)} {y}",
            f"{market[0].upper()}{market[1:]} usage in {country}: consumer survey {y}"]),
            "publisher": name, "URL": self.url(name.split()[0].lower() + ".com"), "accessed": self.accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        year = self.rng.randint(2010, 2025)
        paper = self.rng.choice(_PRESS)
        headline = self.rng.choice([
            f"{self.rng.choice(['CRDB', 'NMB', 'Vodacom', 'MTN', 'Airtel', 'Azam', 'TBL', 'Stanbic', 'Centenary'])} posts TSh {self.rng.randint(2, 900)} billion profit",
            f"Mobile money levy hits {self.rng.choice(['traders', 'agents', 'customers'])}", self._title(),
            f"{self.rng.choice(['Kampala', 'Dar', 'Arusha', 'Mwanza'])} traders turn to TikTok", "Why Gen Z is ditching beer for spirits",
            "Serikali yazindua kampeni ya utalii wa ndani [Government launches domestic tourism campaign]",
            "Air Tanzania adds Dubai route", "Uganda Airlines to fly to London Gatwick", "UCC warns telecoms on unsolicited SMS"])  # fmt: skip
        record: dict[str, Any] = {"type": "article-newspaper", "title": headline, "container-title": paper,
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self.url(_host(paper)),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _social(self) -> Work:
        year = self.rng.randint(2016, 2025)
        record: dict[str, Any] = {"type": "post", "title": self.rng.choice(
            ["Heri ya Sikukuu ya Saba Saba!", "Eid Mubarak from all of us", "Nane Nane offers are here",
             "Happy Martyrs' Day", "Tulia ukiwa na M-Pesa", "Webale nnyo, Uganda!", "Thread: what I learnt running ads for a Kampala bakery",
             "Our new branch in Mbarara is open", "Christmas bundles are live"]),
            "container-title": self.rng.choice(["Instagram", "X (formerly Twitter)", "LinkedIn", "Facebook", "TikTok"]),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self.url("instagram.com"), "accessed": self.accessed_after(year)}  # fmt: skip
        if self.rng.random() < 0.5:
            record["author"] = self._people(1)
            return self._person_work(record, "social")
        name, tags = self.rng.choice([o for o in _ORGANISATIONS if "company" in o[1]])
        return self._org_work(record, "social", name, tags)

    def _video(self) -> Work:
        year = self.rng.randint(2014, 2025)
        record: dict[str, Any] = {"type": self.rng.choice(["motion_picture", "song"]), "title": self.rng.choice(
            ["Biashara Mtandaoni, episode 12", "How M-Pesa changed Tanzania", "The Ugandan Rolex: street food as a brand",
             "Marketing to Gen Z in Kampala", "Branding Zanzibar", "Masoko na Mitandao [Markets and networks]", "Inside Nile Breweries"]),
            "medium": self.rng.choice(["YouTube", "Podcast", "Video"]),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self.url("youtube.com"), "accessed": self.accessed_after(year)}  # fmt: skip
        if self.rng.random() < 0.5:
            record["author"] = self._people(2)
            return self._person_work(record, "video")
        name = self.rng.choice(["Clouds Media Group", "NTV Uganda", "Azam Media Ltd", "Vision Group", "CIM Tanzania"])
        return self._org_work(record, "video", name, {"company"})

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(
            ["How to register a business name with BRELA", "Mixx by Yas tariffs", "MoMoPay for merchants",
             "Visit Uganda: the Pearl of Africa", "Tanzania unforgettable", "Airtel Money charges", self._title()]),
            "URL": self.url(self.rng.choice(["brela.go.tz", "mtn.co.ug", "visituganda.com", "tanzaniatourism.go.tz", "airtel.co.tz"])),
            "accessed": self.accessed_after(None)}  # fmt: skip
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.rng.choice(_ORGANISATIONS + [(g, {"government"}) for g in _GOVERNMENT])
        return self._org_work(record, "web", name, tags | {"undated"})
