"""Works for the hundred-and-eleventh independent pool, "blind111" (HELD OUT): what marketers in Georgia and Armenia
and in their diaspora (Moscow, Los Angeles, Paris) cite in CIM Level 6 and 7 reports and MBA assignments.

Georgian names (-shvili, -dze, -ia, -uri, -ava, -ani) and Armenian names (-yan, -ian, -ants, "Ter-" and "Der"), in
Eastern and Western spellings and in the variants that transliteration from Georgian, Armenian and Russian gives
("Tsiklauri" and "Ciklauri", "Hovhannisyan", "Oganesyan" and "Hovannisian"); Russian-language works cited with a
patronymic's initial ("Sargsyan, A.G."), now and then in Cyrillic; banks, telecoms, wineries, brandy houses and
mineral-water makers as JSC, LLC and CJSC; the National Bank of Georgia and the Central Bank of Armenia, Geostat
and Armstat; laws with their numbers from Matsne and ARLIS; theses from Tbilisi State University, ISET, the
American University of Armenia and Yerevan State University; Georgian, Armenian and Russian titles with English in
square brackets; signed and unsigned news from Civil.ge, EVN Report, Hetq and the diaspora press, social posts,
podcasts and videos, undated pages. Written without reading the checker, its tests or any other pool.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
import re
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

_GEO_FAMILY = ["Beridze", "Kapanadze", "Gelashvili", "Maisuradze", "Giorgadze", "Lomidze", "Tsiklauri", "Kvaratskhelia",
               "Gogia", "Janelidze", "Chkheidze", "Abashidze", "Kiknadze", "Japaridze", "Khutsishvili", "Margvelashvili",
               "Tsereteli", "Chavchavadze", "Dadiani", "Shengelia", "Kobakhidze", "Zhvania", "Sharashenidze", "Bakradze",
               "Goguadze", "Dolidze", "Nadaraia", "Pipia", "Chikovani", "Kharaishvili", "Papava", "Basilaia",
               "Gachechiladze", "Tkeshelashvili", "Mchedlishvili", "Lortkipanidze", "Jgerenaia", "Natsvlishvili",
               "Bregvadze", "Khelaia", "Tsintsadze", "Mikaberidze", "Gvaramia", "Kurtanidze", "Amashukeli", "Jibladze",
               "Kakhiani", "Meskhi", "Mgaloblishvili", "Tsomaia", "Dzidziguri", "Robakidze", "Gamkrelidze", "Tabatadze",
               "Kvirikashvili", "Ghlonti", "Tsitsishvili", "Jorjadze", "Khurodze", "Kipiani", "Gurgenidze", "Sulava"]  # fmt: skip
# The same families as other transliterations write them: Russian, German, Georgian national system with diacritics.
_GEO_VARIANTS = ["Ciklauri", "Dzhaparidze", "Čikovani", "Gelašvili", "Charaishvili", "Džanelidze", "Tsereteli",
                 "Kvaracxelia", "Čxeidze", "Dzhorbenadze", "Mchedlišvili", "Tschchenkeli", "Abachidze", "Dadiani",
                 "Khutsichvili", "Djaparidze", "Tchkheidze", "Gogiya", "Shengeliya", "Nadaraya"]  # fmt: skip
_GEO_GIVEN = ["Nino", "Tamar", "Giorgi", "Davit", "Levan", "Irakli", "Ketevan", "Mariam", "Nana", "Zurab", "Lasha",
              "Salome", "Tornike", "Ana", "Eka", "Natia", "Tamuna", "Vakhtang", "Mamuka", "Khatia", "Sopho", "Lika",
              "Nodar", "Gela", "Archil", "Otar", "Shota", "Tinatin", "Maia", "Rusudan", "Ia", "Tea", "Beka", "Nikoloz",
              "Keti", "Gvantsa", "Teona", "Elene", "Mzia", "Revaz", "Guram", "Tamaz", "Nutsa", "Sandro", "Nato"]  # fmt: skip
_ARM_FAMILY = ["Petrosyan", "Hakobyan", "Grigoryan", "Sargsyan", "Harutyunyan", "Avetisyan", "Khachatryan",
               "Gevorgyan", "Martirosyan", "Mkrtchyan", "Vardanyan", "Manukyan", "Asatryan", "Ghazaryan",
               "Hovhannisyan", "Karapetyan", "Poghosyan", "Simonyan", "Stepanyan", "Babayan", "Zakaryan",
               "Abrahamyan", "Movsisyan", "Ter-Petrosyan", "Ter-Grigoryan", "Yeghiazaryan", "Mirzoyan", "Tumanyan",
               "Shahinyan", "Aghababyan", "Tonoyan", "Galstyan", "Avagyan", "Hayrapetyan", "Mnatsakanyan", "Sahakyan",
               "Baghdasaryan", "Aslanyan", "Gasparyan", "Kirakosyan", "Melik-Adamyan", "Ter-Minasyan", "Tadevosyan",
               "Ghukasyan", "Atayants", "Abovyants", "Ghukasyants", "Hovsepyan", "Muradyan", "Nersisyan"]  # fmt: skip
# Western Armenian and diaspora spellings, Russian transliterations, French ones.
_ARM_WESTERN = ["Petrossian", "Hagopian", "Krikorian", "Sarkissian", "Haroutunian", "Khachaturian", "Kevorkian",
                "Mkrtchian", "Vartanian", "Manoukian", "Kazarian", "Hovannisian", "Garabedian", "Boghossian",
                "Der Bedrossian", "Der Manuelian", "Melkonian", "Nalbandian", "Balakian", "Chilingirian", "Kasparian",
                "Aznavourian", "Kéchichian", "Djerdjerian", "Tchakerian", "Papazian", "Atamian", "Kouyoumdjian",
                "Arutyunyan", "Akopyan", "Oganesyan", "Sarkisyan", "Airapetyan", "Ovsepyan", "Mkrtchan", "Kazaryan"]  # fmt: skip
_ARM_GIVEN = ["Armen", "Anahit", "Aram", "Hasmik", "Gohar", "Narek", "Lilit", "Tigran", "Ani", "Arman", "Mane", "Davit",
              "Karen", "Sona", "Hayk", "Lusine", "Gayane", "Ashot", "Vahe", "Nairi", "Siranush", "Arpine", "Mher",
              "Astghik", "Artak", "Ruzanna", "Zaruhi", "Hripsime", "Vardan", "Arsen", "Syuzanna", "Knarik", "Armine"]  # fmt: skip
_ARM_WESTERN_GIVEN = ["Raffi", "Haig", "Talar", "Shant", "Arpi", "Sevag", "Garo", "Hagop", "Krikor", "Hovsep", "Vartan",
                      "Nareg", "Maral", "Lori", "Ara", "Nanor", "Serge", "Sossi", "Aline", "Hélène", "Patrick"]  # fmt: skip
_PATRONYMICS = ["Gagikovich", "Armenovich", "Levanovich", "Grigorievich", "Ashotovna", "Vazgenovna", "Sergeevich",
                "Rafikovich", "Zurabovna", "Shotaevich", "Tigranovna", "Davidovich", "Nodarovna", "Samvelovich"]  # fmt: skip
# Expatriates and foreign scholars writing on the South Caucasus, and the textbook authors every report cites.
_EXPATS = [("Smith", "Rachel"), ("Jones", "Owen"), ("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Chaffey", "Dave"),
           ("Ellis-Chadwick", "Fiona"), ("Jobber", "David"), ("Ivanov", "Sergei"), ("Smirnova", "Olga"),
           ("Dubois", "Claire"), ("Müller", "Katrin"), ("de Waal", "Thomas"), ("Rapp", "Stephen"), ("Wheatley", "Jonathan"),
           ("Lefèvre", "Julien"), ("O'Rourke", "Siobhan"), ("Kuznetsova", "Yulia"), ("Novák", "Tomáš"),
           ("Baumann", "Jörg"), ("Fischer", "Anna"), ("Brown", "Emily"), ("Schmidt", "Lukas"), ("Öztürk", "Emre"),
           ("Aliyev", "Rashad"), ("Mammadova", "Leyla"), ("Nguyen", "Thu Ha"), ("Cooper", "Mark")]  # fmt: skip
# Some Russian-language works, as Russian-trained candidates list them, keep the Cyrillic.
_CYRILLIC = [("Петросян", "Арам Гагикович"), ("Беридзе", "Георгий Леванович"), ("Саркисян", "Анаит Ашотовна"),
             ("Джапаридзе", "Нино Зурабовна"), ("Котлер", "Филип"), ("Акопян", "Карен Самвелович"),
             ("Кварацхелия", "Мамука Шотаевич"), ("Арутюнян", "Тигран Рафикович")]  # fmt: skip

_GEO_TOPICS = ["wine tourism", "brand loyalty in retail banking", "mobile banking adoption", "Rtveli harvest tours",
               "mineral-water exports", "Georgian wine in China", "qvevri wine branding", "hotel guest reviews",
               "Instagram marketing", "customer experience in telecoms", "fintech adoption", "Batumi casino tourism",
               "supermarket loyalty cards", "FMCG distribution", "influencer marketing", "digital nomads in Tbilisi",
               "country-of-origin effects", "remittances and consumer spending", "e-commerce delivery",
               "low-cost airlines", "Kutaisi airport routes", "place branding", "diaspora tourism",
               "brandy exports", "cashback cards", "online reviews", "corporate social responsibility",
               "Armenian IT services", "Yerevan cafe culture", "gastronomic tourism", "TikTok advertising",
               "the Borjomi brand", "trust in banks", "green marketing", "employer branding"]  # fmt: skip
_GEO_TITLES = [
    ("ქართული ღვინის ექსპორტი", "Georgian wine exports"), ("ციფრული მარკეტინგი საქართველოში", "Digital marketing in Georgia"),
    ("მომხმარებელთა ლოიალობა საბანკო სექტორში", "Customer loyalty in the banking sector"),
    ("ტურიზმის მარკეტინგი", "Tourism marketing"), ("ბრენდის მენეჯმენტი", "Brand management"),
    ("რთველი და ღვინის ტურიზმი", "Rtveli and wine tourism"),
]  # fmt: skip
_ARM_TITLES = [
    ("Հայաստանի բանկային համակարգը", "The banking system of Armenia"), ("Մարքեթինգի հիմունքներ", "Principles of marketing"),
    ("Թվային մարքեթինգ", "Digital marketing"), ("Հայկական կոնյակի արտահանումը", "Exports of Armenian brandy"),
    ("Զբոսաշրջության զարգացումը Հայաստանում", "The development of tourism in Armenia"),
    ("Սպառողի վարքագիծը", "Consumer behaviour"),
]  # fmt: skip
_TRANSLIT_TITLES = [
    ("Sakartvelos ghvinis bazari", "The Georgian wine market"), ("Marketingi da brendi", "Marketing and the brand"),
    ("Hayastani zbosashrjutyuny", "Tourism in Armenia"), ("Tvayin marketing", "Digital marketing"),
    ("Spaskhmareblis kcheva", "Consumer behaviour"),
]  # fmt: skip
_RU_TITLES = [
    ("Маркетинг в банковской сфере", "Marketing in banking"), ("Брендинг вин Грузии", "Branding Georgian wines"),
    ("Армянский коньяк на российском рынке", "Armenian brandy on the Russian market"),
    ("Поведение потребителей", "Consumer behaviour"), ("Цифровой маркетинг", "Digital marketing"),
]  # fmt: skip

_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Oxford University Press", "Oxford"), ("Wiley", "Chichester"), ("Palgrave Macmillan", "London"),
               ("Tbilisi University Press", "Tbilisi"), ("Intelekti", "Tbilisi"), ("Artanuji", "Tbilisi"),
               ("Sulakauri Publishing", "Tbilisi"), ("YSU Press", "Yerevan"), ("Antares", "Yerevan"),
               ("Edit Print", "Yerevan"), ("Piter", "St Petersburg"), ("Yurait", "Moscow"),
               ("Ilia State University Press", "Tbilisi"), ("Gomidas Institute", "London")]  # fmt: skip
_JOURNALS = ["Caucasus Analytical Digest", "Journal of Wine Research", "Central Asia and the Caucasus",
             "International Journal of Wine Business Research", "Journal of Business Research",
             "European Journal of Marketing", "Tourism Management", "Journal of Destination Marketing & Management",
             "Ecoforum", "Economics and Business", "Globalization and Business", "Armenian Journal of Economics",
             "Bulletin of Yerevan University", "Journal of Retailing and Consumer Services", "Post-Soviet Affairs",
             "Eurasian Geography and Economics", "Journal of Eurasian Studies", "International Journal of Bank Marketing",
             "Journal of Consumer Behaviour", "Vestnik of Saint Petersburg University. Management", "Marketing v Rossii i za rubezhom"]  # fmt: skip
_CONFERENCES = ["Proceedings of the International Scientific Conference ‘Economics and Management’ (TSU)",
                "Proceedings of the ISET Economics and Business Conference",
                "Proceedings of the AUA Business Research Symposium",
                "Proceedings of the Annual Conference of the Academy of Marketing",
                "Proceedings of the 4th International Conference on Tourism and Hospitality (Batumi)",
                "Proceedings of the EuroMed Academy of Business Conference",
                "Proceedings of the Yerevan State University Conference on Management"]  # fmt: skip
_THESES = [("Ivane Javakhishvili Tbilisi State University", "Tbilisi"), ("ISET, Tbilisi State University", "Tbilisi"),
           ("Caucasus University", "Tbilisi"), ("Free University of Tbilisi", "Tbilisi"),
           ("Batumi Shota Rustaveli State University", "Batumi"), ("Kutaisi International University", "Kutaisi"),
           ("American University of Armenia", "Yerevan"), ("Yerevan State University", "Yerevan"),
           ("Armenian State University of Economics", "Yerevan"), ("Shirak State University", "Gyumri"),
           ("UCLA", "Los Angeles"), ("Université Paris 1 Panthéon-Sorbonne", "Paris"),
           ("Moscow State University", "Moscow")]  # fmt: skip
_GENRES = ["MBA thesis", "MBA dissertation", "Master's thesis", "PhD thesis", "MA dissertation",
           "Kandidat nauk dissertation"]  # fmt: skip
_COMPANIES = [("Bank of Georgia", {"company"}), ("Bank of Georgia Group PLC", {"company"}), ("TBC Bank Group PLC", {"company"}),
              ("TBC Bank JSC", {"company"}), ("Liberty Bank JSC", {"company"}), ("Magticom LLC", {"company"}),
              ("Silknet JSC", {"company"}), ("IDS Borjomi Georgia", {"company"}), ("Borjomi", {"company"}),
              ("Georgian Airways", {"company"}), ("Tbilvino", {"company"}), ("Teliani Valley JSC", {"company"}),
              ("Nikora Trade JSC", {"company"}), ("Wissol Group", {"company"}), ("Natakhtari", {"company"}),
              ("Ameriabank CJSC", {"company"}), ("Ameriabank", {"company"}), ("Ardshinbank CJSC", {"company"}),
              ("ACBA Bank OJSC", {"company", "acronym"}), ("Inecobank", {"company"}), ("Ucom LLC", {"company"}),
              ("Team Telecom Armenia", {"company"}), ("Viva Armenia", {"company"}), ("Yerevan Brandy Company", {"company"}),
              ("Noy Brandy Factory", {"company"}), ("Jermuk Group", {"company"}), ("Karas Wines", {"company"}),
              ("Tufenkian Heritage Hotels", {"company"}), ("SAS Group", {"company", "acronym"}),
              ("Zankou Chicken", {"company"}), ("Galt & Taggart", {"company", "ampersand"}),
              ("PMCG", {"company", "acronym"}), ("Deloitte Armenia", {"company"}), ("EY Georgia", {"company"}),
              ("KPMG Armenia", {"company"}), ("Picsart", {"company"}), ("Grand Candy", {"company"})]  # fmt: skip
_TRADE = [("Georgian Wine Association", set()), ("Georgian National Wine Agency", {"government"}),
          ("Business Association of Georgia", set()), ("American Chamber of Commerce in Georgia (AmCham)", {"abbreviation"}),
          ("Union of Banks of Armenia", set()), ("Association of Banks of Georgia", set()),
          ("Caucasus Research Resource Centers (CRRC)", {"abbreviation"}), ("CRRC-Georgia", {"acronym"}),
          ("ISET Policy Institute", set()), ("Enterprise Georgia", set()), ("Enterprise Armenia", set()),
          ("Union of Manufacturers and Businessmen of Armenia", set()), ("EU4Business", set()),
          ("Armenian General Benevolent Union (AGBU)", {"abbreviation"}), ("Georgian Hotels and Restaurants Federation", set())]  # fmt: skip
_REGULATORS = [("National Bank of Georgia", set()), ("National Bank of Georgia (NBG)", {"abbreviation"}),
               ("Central Bank of Armenia", set()), ("Central Bank of Armenia (CBA)", {"abbreviation"}),
               ("National Statistics Office of Georgia (Geostat)", {"abbreviation"}), ("Geostat", set()),
               ("Statistical Committee of the Republic of Armenia", set()), ("Armstat", set()),
               ("Georgian National Tourism Administration", set()), ("Tourism Committee of the Republic of Armenia", set()),
               ("Communications Commission of Georgia (ComCom)", {"abbreviation"}),
               ("Public Services Regulatory Commission of Armenia", set()),
               ("Competition Agency of Georgia", set()), ("Competition Protection Commission of Armenia", set()),
               ("Ministry of Economy and Sustainable Development of Georgia", set()),
               ("Ministry of Economy of the Republic of Armenia", set()), ("Personal Data Protection Service of Georgia", set()),
               ("World Bank", set()), ("Asian Development Bank", set()), ("European Commission", set())]  # fmt: skip
# Where laws are published: Georgia's Legislative Herald (Matsne) and Armenia's legal information system (ARLIS).
_LAWS = [
    ("Parliament of Georgia", "Law of Georgia on Advertising No. 1228-IIs", 1998, "https://matsne.gov.ge/en/document/view/31792"),
    ("Parliament of Georgia", "Law of Georgia on Personal Data Protection No. 3144-XIms-Xmp", 2023, "https://matsne.gov.ge/en/document/view/5827307"),
    ("Parliament of Georgia", "Law of Georgia on Vine and Wine No. 2064-rs", 2022, "https://matsne.gov.ge/en/document/view/5474410"),
    ("Parliament of Georgia", "Law of Georgia on Consumer Rights Protection No. 6290-Vs", 2022, "https://matsne.gov.ge/en/document/view/5420178"),
    ("Parliament of Georgia", "Law of Georgia on Electronic Communications No. 3955", 2005, "https://matsne.gov.ge/en/document/view/29620"),
    ("Legislative Herald of Georgia", "Tax Code of Georgia No. 3591-Is", 2010, "https://matsne.gov.ge/en/document/view/1043717"),
    ("National Assembly of the Republic of Armenia", "Law of the Republic of Armenia on Advertising HO-51", 1996, "https://www.arlis.am/DocumentView.aspx?docid=75781"),
    ("National Assembly of the Republic of Armenia", "Law of the Republic of Armenia on Protection of Consumer Rights HO-197", 2001, "https://www.arlis.am/DocumentView.aspx?docid=82613"),
    ("National Assembly of the Republic of Armenia", "Law of the Republic of Armenia on Protection of Personal Data HO-49-N", 2015, "https://www.arlis.am/DocumentView.aspx?docid=98767"),
    ("National Assembly of the Republic of Armenia", "Law on Wine HO-216-N", 2021, "https://www.arlis.am/DocumentView.aspx?docid=151820"),
    ("Central Bank of Armenia", "Regulation 8/03 on the protection of consumer rights in financial services", 2019, "https://www.cba.am/en/SitePages/regulation.aspx"),
    ("National Bank of Georgia", "Order No. 151/04 on approving the Regulation on Consumer Protection", 2021, "https://nbg.gov.ge/en/page/consumer-protection"),
]  # fmt: skip
_MARKET_RESEARCH = ["Euromonitor International", "Statista", "GfK Georgia", "Kantar", "ACT Research", "GlobalData",
                    "IBISWorld", "Mordor Intelligence", "MPG LLC", "Ipsos Georgia"]  # fmt: skip
_MARKETS = ["bottled water", "wine", "brandy and cognac", "retail banking", "mobile telecoms", "grocery retail",
            "hotels", "consumer lending", "confectionery", "dairy products", "beer", "e-commerce"]  # fmt: skip
_PLACES = ["Georgia", "Armenia", "the South Caucasus", "Tbilisi", "Yerevan"]
_PRESS = ["Civil.ge", "Georgia Today", "BM.GE", "Interpressnews", "Forbes Georgia", "Commersant.ge", "EVN Report",
          "Hetq", "Armenpress", "Asbarez", "Armenian Mirror-Spectator", "Armenian Weekly", "Nouvelles d'Arménie",
          "Kommersant", "RBC", "Eurasianet", "OC Media", "JAMnews", "bne IntelliNews", "Los Angeles Times"]  # fmt: skip
_PLATFORMS = ["Facebook", "Instagram", "LinkedIn", "TikTok", "X (formerly Twitter)", "Telegram"]
_CHANNELS = ["YouTube", "Spotify", "Apple Podcasts", "Vimeo"]


_DOMAINS = {"National Bank of Georgia": "nbg.gov.ge", "Central Bank of Armenia": "www.cba.am", "Geostat": "www.geostat.ge",
            "National Statistics Office of Georgia": "www.geostat.ge", "Armstat": "armstat.am",
            "Statistical Committee of the Republic of Armenia": "armstat.am", "World Bank": "www.worldbank.org",
            "Georgian National Tourism Administration": "gnta.ge", "European Commission": "ec.europa.eu",
            "Tourism Committee of the Republic of Armenia": "tourism.gov.am", "Asian Development Bank": "www.adb.org",
            "Communications Commission of Georgia": "comcom.ge", "Bank of Georgia": "bankofgeorgia.ge",
            "TBC Bank": "www.tbcbank.ge", "IDS Borjomi Georgia": "borjomi.com", "Caucasus Research Resource Centers": "crrc.ge",
            "CRRC-Georgia": "crrc.ge", "ISET Policy Institute": "iset-pi.ge", "Galt & Taggart": "galtandtaggart.com",
            "Yerevan Brandy Company": "www.araratbrandy.com", "Team Telecom Armenia": "www.telecomarmenia.am",
            "Georgian Wine Association": "gwa.ge", "Georgian National Wine Agency": "wine.gov.ge"}  # fmt: skip


def _domain(name: str) -> str:
    """The web address an organisation's pages are on: the real one where a reader knows it, else its initials."""
    for known, domain in _DOMAINS.items():
        if name.startswith(known):
            return domain
    forms = ("JSC", "LLC", "CJSC", "OJSC", "PLC")
    words = [w for w in re.sub(r"\(.*\)", "", name).split() if w[:1].isupper() and w not in forms]
    armenian = ("Armenia", "Yerevan", "Armstat", "AGBU", "Ameria", "Ardshin", "Ucom", "Viva", "Noy", "Jermuk", "Karas",
                "Inecobank", "ACBA")  # fmt: skip
    tld = "am" if any(w in name for w in armenian) else "ge"
    return f"www.{''.join(w[0] for w in words).lower() if len(words) > 2 else ''.join(words).lower()}.{tld}"


def _place(name: str) -> str:
    if name in ("World Bank", "Asian Development Bank", "European Commission", "EU4Business"):
        return {"World Bank": "Washington DC", "Asian Development Bank": "Manila"}.get(name, "Brussels")
    return "Yerevan" if _domain(name).endswith(".am") else "Tbilisi"


class Blind111WorkFactory(WorkFactory):
    """Works a marketer in Georgia, Armenia or their diaspora cites, from its own seeded random source."""

    # What make() draws, with weights, and the kinds of work that come out of it.
    DRAWN: ClassVar[dict[str, int]] = {"book": 12, "chapter": 6, "journal": 20, "thesis": 5, "conference": 4,
                                       "company-web": 9, "company-report": 6, "trade-body": 5, "regulator": 8, "law": 4, "market-research": 7, "news": 7,
                                       "news-unsigned": 4, "social": 3, "podcast": 2, "undated-web": 3}  # fmt: skip
    KINDS = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "news", "social", "podcast")

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 111 + 11101)
        self.history: list[tuple[str, str, set[str], int]] = []  # (kind of work and author, name, tags, year)

    # ------------------------------------------------------------------ names
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.38:
            family = rng.choice(_GEO_FAMILY if rng.random() < 0.8 else _GEO_VARIANTS)
            given = rng.choice(_GEO_GIVEN)
        elif roll < 0.72:
            western = rng.random() < 0.3
            family = rng.choice(_ARM_WESTERN if western else _ARM_FAMILY)
            given = rng.choice(_ARM_WESTERN_GIVEN if western else _ARM_GIVEN)
        elif roll < 0.78:  # a Russian-style citation keeps the patronymic ("Sargsyan, A.G.")
            family = rng.choice(_ARM_FAMILY + _GEO_FAMILY)
            given = f"{rng.choice(_ARM_GIVEN + _GEO_GIVEN)} {rng.choice(_PATRONYMICS)}"
        elif roll < 0.8:
            family, given = rng.choice(_CYRILLIC)
        else:
            family, given = rng.choice(_EXPATS)
        if family == "de Waal":
            return {"family": "Waal", "given": given, "non-dropping-particle": "de"}
        if rng.random() < 0.05 and " " not in given:  # a second given name ("Nino Mariam")
            given = f"{given} {rng.choice(_GEO_GIVEN + _ARM_GIVEN)}"
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[38, 26, 15, 8, 5, 3, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if all(p["family"] != person["family"] for p in people):
                people.append(person)
        return people

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        if self.rng.random() < 0.04:
            return self.rng.randint(1967, 1994)
        return self.rng.randint(2005, 2025)

    def online_year(self) -> int:
        return self.rng.randint(2008, 2024)

    def accessed_after(self, year: int) -> dict[str, list[list[int]]]:
        return {
            "date-parts": [
                [self.rng.randint(max(year + 1, 2023), 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            ]
        }

    def _title(self) -> str:
        rng = self.rng
        topic = rng.choice(_GEO_TOPICS)
        place = rng.choice(["Georgia", "Armenia", "the South Caucasus", "Tbilisi", "Yerevan", "Batumi", "Gyumri",
                            "the Armenian diaspora", "post-Soviet markets"])  # fmt: skip
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"The role of {topic} in {place}",
                 f"{topic[0].upper()}{topic[1:]}: evidence from {place}", f"Rethinking {topic}",
                 f"{topic[0].upper()}{topic[1:]} and consumer trust in {place}",
                 f"What drives {topic}? A study of {place}", f"From Soviet brands to {topic}: the case of {place}"]  # fmt: skip
        roll = rng.random()
        if roll < 0.1:
            local, english = rng.choice(_GEO_TITLES + _ARM_TITLES)
            return f"{local} [{english}]"
        if roll < 0.16:
            local, english = rng.choice(_TRANSLIT_TITLES + _RU_TITLES)
            return f"{local} [{english}]"
        return rng.choice(forms)

    def _id(self) -> str:
        self.counter += 1
        return f"b111w{self.counter}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        return work

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation in the same year as an earlier work: "(Geostat, 2019a; 2019b)".
        # only a like organisation's like work: a regulator's page beside another regulator's, a bank's report beside a bank's
        group = f"{kind}:{sorted(tags & {'government', 'trade-body', 'company', 'market-research', 'press'})}"
        same = [(n, t, y) for g, n, t, y in self.history if g == group]
        if same and "issued" in record and self.rng.random() < 0.12:
            name, tags, year = self.rng.choice(same)
            if "URL" in record:
                record["URL"] = f"https://{_domain(name)}/{record['URL'].split('/', 3)[-1]}"
            parts = record["issued"]["date-parts"][0]
            record["issued"] = {"date-parts": [[year, *parts[1:]]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(year)
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.history.append((group, name, set(tags), record["issued"]["date-parts"][0][0]))
        return self._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        rng = self.rng
        publisher, place = rng.choice(_PUBLISHERS)
        title = self._title()
        if rng.random() < 0.2:
            title = rng.choice(["Marketing management", "Principles of marketing", "Strategic brand management",
                                "Digital marketing: strategy, implementation and practice", "Services marketing",
                                "The wine marketing handbook", "Marketing in emerging markets"])  # fmt: skip
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if rng.random() < 0.3:
            record["edition"] = str(rng.randint(2, 16))
        if rng.random() < 0.12:  # an e-book read online
            record["medium"] = "E-book"
            record["URL"] = (
                f"https://ebookcentral.proquest.com/lib/{rng.choice(['tsu', 'aua', 'ysu', 'iset'])}/detail.action?docID={rng.randint(100000, 9999999)}"
            )
            record["issued"] = {"date-parts": [[self.online_year()]]}
            record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0][0])
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        rng = self.rng
        publisher, place = rng.choice([*_PUBLISHERS[:7], ("I.B. Tauris", "London"), ("Edward Elgar", "Cheltenham")])
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": self._people(2), "container-title": rng.choice([
                "The Caucasus: an introduction", "Wine, terroir and identity in the Caucasus",
                "Marketing in transition economies", "Tourism in the South Caucasus", "The Armenian diaspora and homeland",
                "Doing business in Georgia", "Banking in post-Soviet Eurasia", "Handbook of wine tourism"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := rng.randint(1, 300))}-{start + rng.randint(8, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(rng.randint(1, 60)), "issue": str(rng.randint(1, 6)),
            "page": f"{(start := rng.randint(1, 400))}-{start + rng.randint(6, 25)}",
        }  # fmt: skip
        if rng.random() < 0.45:
            record["DOI"] = (
                f"10.{rng.randint(1000, 9999)}/{rng.choice(['cad', 'jwr', 'ijwbr', 'ejm', 'ajec', 'gb'])}.{rng.randint(2008, 2025)}.{rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        rng = self.rng
        university, place = rng.choice(_THESES)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": self._people(1),
                                  "genre": rng.choice(_GENRES), "publisher": university, "publisher-place": place,
                                  "issued": {"date-parts": [[rng.randint(2008, 2025)]]}}  # fmt: skip
        if rng.random() < 0.4:
            record["URL"] = (
                f"https://dspace.{rng.choice(['aua.am', 'tsu.ge', 'iset.ge', 'ysu.am'])}/handle/{rng.randint(100, 999)}/{rng.randint(1000, 9999)}"
            )
            record["issued"] = {"date-parts": [[self.online_year()]]}
            record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0][0])
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": rng.choice(_CONFERENCES), "publisher-place": rng.choice(["Tbilisi", "Yerevan", "Batumi", "Paris"]),
            "issued": {"date-parts": [[self.year()]]}, "page": f"{(start := rng.randint(1, 500))}-{start + rng.randint(4, 12)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _company_web(self) -> Work:
        rng = self.rng
        name, tags = rng.choice(_COMPANIES)
        record: dict[str, Any] = {
            "type": "webpage", "title": rng.choice(["About us", "Our history", "Sustainability", "Press releases",
                                                     "Loyalty programme terms", "Rtveli 2023 campaign", "Investor relations",
                                                     "Our brands", "Cashback offers", "Corporate social responsibility"]),
            "URL": f"https://{_domain(name)}/{rng.choice(['en/about', 'en/news', 'hy/about', 'ka/brands', 'en/csr'])}",
        }  # fmt: skip
        if rng.random() < 0.75:
            record["issued"] = {"date-parts": [[self.online_year()]]}
            record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0][0])
        else:
            record["accessed"] = self.accessed_after(2022)
        return self._org(record, "web", name, set(tags))

    def _company_report(self) -> Work:
        rng = self.rng
        name, tags = rng.choice(_COMPANIES)
        year = self.online_year()
        record: dict[str, Any] = {
            "type": "report", "title": rng.choice([f"Annual report {year}", f"Integrated annual report {year}",
                                                    f"Sustainability report {year}", "Pillar 3 report", "Investor presentation: Q4 results",
                                                    "Brand book", f"ESG report {year}"]),
            "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0],
            "publisher-place": _place(name) if "PLC" not in name else "London",
        }  # fmt: skip
        if rng.random() < 0.6:
            record["URL"] = f"https://{_domain(name)}/investors/{year}"
            record["accessed"] = self.accessed_after(year)
        return self._org(record, "report", name, set(tags))

    def _trade_body(self) -> Work:
        rng = self.rng
        name, tags = rng.choice(_TRADE)
        year = self.online_year()
        record: dict[str, Any] = {
            "type": rng.choice(["report", "webpage"]),
            "title": rng.choice([f"Georgian wine export statistics {year}", "Business climate survey",
                                 f"Caucasus Barometer {year}", "Tourism sector review", f"Banking sector overview {year}",
                                 "SME development in Armenia", "Consumer confidence index", "Hotel occupancy bulletin"]),
            "issued": {"date-parts": [[year]]},
            "URL": f"https://{_domain(name)}/publications/{rng.randint(10, 999)}",
            "accessed": self.accessed_after(year),
        }  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = _place(name)
        return self._org(record, "report" if record["type"] == "report" else "web", name, set(tags) | {"trade-body"})

    def _regulator(self) -> Work:
        rng = self.rng
        name, tags = rng.choice(_REGULATORS)
        year = self.online_year()
        record: dict[str, Any] = {
            "type": rng.choice(["report", "webpage"]),
            "title": rng.choice([f"Financial stability report {year}", "Inflation report", "Monetary policy report",
                                 f"Inbound tourism statistics {year}", "Consumer price index", "Household income and expenditure survey",
                                 "Statistical yearbook of Georgia", "Socio-economic situation of the RA, January–December",
                                 "Financial literacy survey", f"Mobile market monitoring report, Q{rng.randint(1, 4)} {year}",
                                 "Guidelines on advertising of financial products", "Remittance inflows by country"]),
            "issued": {"date-parts": [[year]]},
            "URL": f"https://{_domain(name)}/en/{rng.randint(100, 9999)}",
            "accessed": self.accessed_after(year),
        }  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = _place(name)
        return self._org(record, "report" if record["type"] == "report" else "web", name, set(tags) | {"government"})

    def _law(self) -> Work:
        # A law as the candidate read it: a page on Matsne or ARLIS, with the issuing body as author.
        rng = self.rng
        author, title, year, url = rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "webpage", "title": title, "issued": {"date-parts": [[year]]}, "URL": url,
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org_work(record, "web", author, {"government", "legislation"})

    def _market_research(self) -> Work:
        rng = self.rng
        name = rng.choice(_MARKET_RESEARCH)
        year = self.online_year()
        market, place = rng.choice(_MARKETS), rng.choice(_PLACES)
        record: dict[str, Any] = {
            "type": "report", "publisher": name,
            "title": rng.choice([f"{market[0].upper()}{market[1:]} in {place}", f"{market[0].upper()}{market[1:]} in {place} {year}",
                                 f"{place} {market} market: size and forecast {year}–2030",
                                 f"Share of adults in {place} using mobile banking {year}",
                                 f"Media consumption in {place}, wave {rng.randint(1, 9)}", f"TV and digital audience report {year}"]),
            "issued": {"date-parts": [[year]]},
            "URL": f"https://www.{name.split()[0].lower()}.com/{market.replace(' ', '-')}-{place.split()[-1].lower()}",
            "accessed": self.accessed_after(year),
        }  # fmt: skip
        return self._org(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        rng = self.rng
        year = self.online_year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._news_title(), "author": self._people(2),
            "container-title": rng.choice(_PRESS),
            "issued": {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]},
            "URL": f"https://{rng.choice(['civil.ge', 'evnreport.com', 'hetq.am', 'bm.ge', 'georgiatoday.ge', 'asbarez.com', 'oc-media.org'])}/en/{rng.randint(10000, 999999)}",
            "accessed": self.accessed_after(year),
        }  # fmt: skip
        return self._person_work(record, "news")

    def _news_unsigned(self) -> Work:
        rng = self.rng
        year = self.online_year()
        paper = rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._news_title(), "container-title": paper,
            "issued": {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]},
            "URL": f"https://{re.sub(r'[^a-z.]', '', paper.lower())}.com/news/{rng.randint(10000, 999999)}",
            "accessed": self.accessed_after(year),
        }  # fmt: skip
        return self._org(record, "news", paper, {"press"})

    def _news_title(self) -> str:
        rng = self.rng
        return rng.choice([
            "Georgian wine exports hit record high", "Borjomi returns to shelves after sanctions row",
            "Ameriabank launches new mobile app", "TBC and Bank of Georgia dominate retail lending",
            "Yerevan Brandy Company marks 135 years", "Tourists flock to Batumi for the summer season",
            "Lari strengthens against the dollar", "Dram appreciation hurts Armenian exporters",
            "Russian relocants boost Tbilisi rents", "Wizz Air expands at Kutaisi", "Vardavar water fights draw crowds",
            "Rtveli season: wineries open their doors", "Magti and Silknet race to roll out 5G",
            "Glendale's Armenian businesses look online", "Tbilisoba returns to Old Tbilisi",
            f"Remittances to {rng.choice(['Georgia', 'Armenia'])} rise {rng.randint(3, 40)}%",
            "Kindzmarauli counterfeit bottles seized", "Jermuk changes its label design",
        ])  # fmt: skip

    def _social(self) -> Work:
        rng = self.rng
        year = self.online_year()
        record: dict[str, Any] = {
            "type": "post", "title": rng.choice(["Gilotsavt! Rtveli cashback is back 🍇", "Shnorhavor Nor Tari from all of us",
                                                  "Vardavar is here: stay cool with Jermuk", "Our new Tbilisoba collection",
                                                  "We are hiring a brand manager in Yerevan", "Thank you for 1 million followers",
                                                  "Easter eggs, Georgian style", "Behind the scenes at our Kakheti cellar"]),
            "container-title": rng.choice(_PLATFORMS),
            "issued": {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]},
            "URL": f"https://www.{rng.choice(['facebook.com', 'instagram.com/p', 'linkedin.com/posts', 'tiktok.com/@'])}/{rng.randint(100000, 9999999)}",
            "accessed": self.accessed_after(year),
        }  # fmt: skip
        if rng.random() < 0.35:
            record["author"] = self._people(1)
            return self._person_work(record, "social")
        name, tags = rng.choice(_COMPANIES)
        return self._org(record, "social", name, set(tags))

    def _podcast(self) -> Work:
        rng = self.rng
        year = self.online_year()
        record: dict[str, Any] = {
            "type": rng.choice(["motion_picture", "broadcast"]),
            "title": rng.choice(["How Georgian wine found Instagram", "Episode 12: building a bank brand in Armenia",
                                 "Diaspora founders: from Glendale to Yerevan", "Marketing Borjomi abroad",
                                 "The Tumo story", "Qvevri, terroir and storytelling", "Ararat and the cognac question"]),
            "container-title": rng.choice(_CHANNELS),
            "issued": {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]},
            "URL": f"https://www.{rng.choice(['youtube.com/watch?v=', 'open.spotify.com/episode/', 'vimeo.com/'])}{rng.randint(100000, 9999999)}",
            "accessed": self.accessed_after(year),
        }  # fmt: skip
        if rng.random() < 0.5:
            record["author"] = self._people(2)
            return self._person_work(record, "podcast")
        name, tags = rng.choice(_COMPANIES + _TRADE)
        return self._org(record, "podcast", name, set(tags))

    def _undated_web(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {
            "type": "webpage", "title": rng.choice(["Wine routes of Kakheti", "Visit Gyumri", "Top 10 things to do in Tbilisi",
                                                     "Armenian brandy: a short guide", "Georgian supra etiquette",
                                                     "Doing business in Armenia", "Opening a bank account in Georgia",
                                                     "Mineral springs of Borjomi", "Tbilisi Fashion Week", "About the Rtveli festival"]),
            "URL": f"https://{rng.choice(['georgia.travel', 'armenia.travel', 'winesgeorgia.com', 'investinarmenia.am', 'visitbatumi.ge'])}/{rng.randint(1, 999)}",
            "accessed": self.accessed_after(2022),
        }  # fmt: skip
        if rng.random() < 0.4:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = rng.choice(_REGULATORS[8:10] + _TRADE + _COMPANIES[:10])
        record["URL"] = f"https://{_domain(name)}/{record['URL'].split('/', 3)[-1]}"
        return self._org_work(record, "web", name, set(tags) | {"undated"})
