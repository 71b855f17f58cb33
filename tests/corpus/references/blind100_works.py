"""Works for the hundredth held-out pool, "blind100": what marketers in Georgia, Armenia and Azerbaijan cite.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a hundredth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, export, trade,
CRM, digital, destination and communications marketers at wineries, brandy houses, mineral-water makers, banks,
telecoms, supermarket and mall operators, hotel groups, airlines and tourism boards in Tbilisi, Batumi, Yerevan,
Gyumri, Baku and Ganja write CIM Level 6 and 7 reports and MBA assignments: regional and international journals
with one to eight authors, textbooks, chapters, theses from Tbilisi State University, ISET, AUA, ADA University and
UNEC, bank, telecom, winery, tourism-board, central-bank, statistics-office, development-bank and research-firm
works (JSC, LLC, CJSC, OJSC, PLC, LEPL), laws with their numbers, the regional press signed and unsigned, social
posts, Georgian, Armenian, Azerbaijani and Russian titles transliterated with English translations in square
brackets; Georgian, Armenian and Azerbaijani names written more than one way, patronymics, hyphens, accents and
expatriate names.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

_GEORGIAN = ["Beridze", "Kapanadze", "Gelashvili", "Chkheidze", "Janelidze", "Tsiklauri", "Lomidze", "Kvaratskhelia",
             "Gogoladze", "Maisuradze", "Abashidze", "Chikovani", "Dolidze", "Javakhishvili", "Kiknadze", "Meladze",
             "Nadiradze", "Shengelia", "Gvenetadze", "Tsereteli", "Bakradze", "Khutsishvili", "Mchedlishvili",
             "Gamkrelidze", "Papava", "Gabunia", "Kobakhidze", "Jorbenadze", "Toidze", "Natroshvili", "Sulaberidze",
             "Kurtanidze", "Japaridze", "Iashvili", "Khurtsidze", "Svanidze", "Dadiani", "Orbeliani", "Amilakhvari",
             "Chavchavadze", "Mgaloblishvili", "Guruli", "Tkeshelashvili", "Kakabadze", "Zhvania"]  # fmt: skip
_GEORGIAN_GIVEN = ["Nino", "Tamar", "Giorgi", "Levan", "Mariam", "Ana", "Davit", "Irakli", "Salome", "Nikoloz",
                   "Ketevan", "Lasha", "Eka", "Tornike", "Natia", "Zurab", "Sopho", "Beka", "Maia", "Otar", "Teona",
                   "Nana", "Lika", "Vakhtang", "Khatia", "Rusudan"]  # fmt: skip
_ARMENIAN = ["Petrosyan", "Petrosian", "Hovhannisyan", "Hovannisian", "Grigoryan", "Grigorian", "Sargsyan",
             "Sarkissian", "Harutyunyan", "Arutyunyan", "Avetisyan", "Khachatryan", "Khachaturian", "Mkrtchyan",
             "Karapetyan", "Gevorgyan", "Ghazaryan", "Kazarian", "Vardanyan", "Manukyan", "Abrahamyan", "Galstyan",
             "Hakobyan", "Hakobian", "Melkonyan", "Simonyan", "Babayan", "Asatryan", "Danielyan", "Martirosyan",
             "Ohanian", "Aghajanyan", "Zakaryan", "Poghosyan", "Tadevosyan", "Yeghiazaryan", "Mirzoyan"]  # fmt: skip
_ARMENIAN_GIVEN = ["Anush", "Armen", "Lilit", "Hayk", "Narine", "Gor", "Ani", "Tigran", "Mane", "Aram", "Gayane",
                   "Vahe", "Siranush", "Arsen", "Hasmik", "Karen", "Lusine", "Davit", "Mher", "Astghik", "Ruzanna",
                   "Sona", "Arpine", "Hovhannes", "Zara"]  # fmt: skip
_ARMENIAN_HYPHENED = ["Ter-Petrosyan", "Ter-Grigoryan", "Ter-Minasyan", "Ter-Avetisyan", "Ter-Hovhannisyan",
                      "Ter-Matevosyan", "Ter-Gabrielyan"]  # fmt: skip
_AZERBAIJANI = ["Aliyev", "Aliyeva", "Mammadova", "Mammadov", "Mamedov", "Hasanli", "Rasulzade", "Huseynov",
                "Huseynova", "Guliyev", "Quliyev", "Ismayilov", "Ismayilova", "Abbasov", "Abbasova", "Babayev",
                "Jafarov", "Cafarov", "Nasirli", "Qasimova", "Gasimova", "Bagirov", "Bağırov", "Əliyeva",
                "Məmmədov", "Hüseynli", "Sultanzade", "Talibzade", "Karimli", "Kərimli", "Valiyev", "Safarova",
                "Orujov", "Rzayeva", "Mustafayev", "Ahmadli", "Novruzova", "Zeynalov"]  # fmt: skip
_AZERBAIJANI_GIVEN = ["Leyla", "Rashad", "Aynur", "Elnur", "Gunel", "Farid", "Nigar", "Orkhan", "Sevinj", "Tural",
                      "Aysel", "Kamran", "Lala", "Ilkin", "Konul", "Vugar", "Narmin", "Elvin", "Fidan", "Samir",
                      "Günel", "Şəbnəm", "Ülviyyə", "Cavid", "Zaur"]  # fmt: skip
# Patronymic names as some Azerbaijani authors write them: the family part is the father's name and "oglu" or "qizi".
_PATRONYMIC = [("Huseyn oglu", "Ilham"), ("Hasan qizi", "Sevda"), ("Mammad oglu", "Rauf"), ("Ali qizi", "Aygun"),
               ("Rasul oglu", "Elchin"), ("Məmməd qızı", "Səbinə")]  # fmt: skip
# Romanised Russian names of Soviet-trained co-authors, some written two ways.
_RUSSIAN = [("Ivanova", "Olga"), ("Smirnov", "Dmitry"), ("Kuznetsova", "Yelena"), ("Kuznetsova", "Elena"),
            ("Sokolov", "Alexei"), ("Sokolov", "Aleksei"), ("Volkova", "Natalia"), ("Fyodorov", "Igor"),
            ("Fedorov", "Igor"), ("Lebedeva", "Yulia"), ("Morozov", "Sergei")]  # fmt: skip
# Expatriate lecturers, consultants and co-authors.
_EXPAT = [("Müller", "Katrin", None), ("Dubois", "Jean-Baptiste", None), ("Lefèvre", "Marie-Claire", None),
          ("Vliet", "Pieter", "van"), ("Rossi", "Giulia", None), ("Smith", "Rebecca", None), ("O'Connor", "Ciarán", None),
          ("Jones", "Gareth", None), ("Brown", "Alison", None), ("Kowalski", "Tomasz", None), ("Yılmaz", "Emre", None),
          ("Santos", "João", None), ("Bergström", "Anna", None), ("Hoffmann", "Lukas", None), ("Anderson", "Mark", None),
          ("Costa", "Ana Lúcia", "da"), ("Berg", "Lotte", "van den"), ("Clarke", "Helen", None), ("Demir", "Ayşe", None),
          ("Novák", "Petr", None), ("McKenzie", "Fiona", None), ("Taylor-Price", "Joanne", None), ("Moreau", "Anne-Sophie", None)]  # fmt: skip

# Organisations as authors: (name, tags). Real bodies and firms of the region and the development banks.
_ORGANISATIONS = [
    ("TBC Bank Group PLC", {"company", "plc"}), ("TBC Bank", {"company"}), ("Bank of Georgia", {"company"}),
    ("Lion Finance Group PLC", {"company", "plc"}), ("Liberty Bank JSC", {"company"}), ("Silknet JSC", {"company"}),
    ("MagtiCom Ltd", {"company"}), ("Magti", {"company"}), ("IDS Borjomi Georgia LLC", {"company", "acronym"}),
    ("Tbilvino", {"company"}), ("Teliani Valley JSC", {"company"}), ("Château Mukhrani", {"company", "accent"}),
    ("Georgian Wine Association", {"trade-body"}), ("Nikora Trade JSC", {"company"}),
    ("Majid Al Futtaim", {"company"}), ("Ameriabank CJSC", {"company"}), ("Ardshinbank CJSC", {"company"}),
    ("Team Telecom Armenia", {"company"}), ("VivaCell-MTS", {"company", "hyphen"}), ("Viva Armenia", {"company"}),
    ("Yerevan Brandy Company", {"company"}), ("Tsarukyan Wine", {"company"}), ("Armenia Wine Company", {"company"}),
    ("Kapital Bank OJSC", {"company"}), ("PASHA Bank OJSC", {"company", "acronym"}), ("Azercell Telecom LLC", {"company"}),
    ("Bakcell LLC", {"company"}), ("Azersu OJSC", {"company"}), ("Bravo Supermarket", {"company"}),
    ("Azerbaijan Airlines CJSC", {"company"}), ("AZAL", {"company", "acronym"}), ("Fly Arna", {"company"}),
    ("Georgian Airways", {"company"}), ("Georgian National Tourism Administration", {"government"}),
    ("Georgian National Tourism Administration (GNTA)", {"government", "abbreviation"}),
    ("Armenian Tourism Committee", {"government"}), ("Azerbaijan Tourism Board", {"government"}),
    ("National Bank of Georgia", {"government"}), ("National Bank of Georgia (NBG)", {"government", "abbreviation"}),
    ("Central Bank of Armenia", {"government"}), ("Central Bank of the Republic of Azerbaijan", {"government"}),
    ("CBAR", {"government", "acronym"}), ("Geostat", {"government"}), ("National Statistics Office of Georgia", {"government"}),
    ("ArmStat", {"government"}), ("Statistical Committee of the Republic of Armenia", {"government"}),
    ("State Statistical Committee of the Republic of Azerbaijan", {"government"}),
    ("National Wine Agency of Georgia", {"government"}), ("LEPL National Wine Agency", {"government"}),
    ("EBRD", {"development", "acronym"}), ("European Bank for Reconstruction and Development", {"development"}),
    ("USAID", {"development", "acronym"}), ("Asian Development Bank", {"development"}), ("World Bank", {"development"}),
    ("CRRC Caucasus", {"research"}), ("Caucasus Research Resource Centers", {"research"}), ("IPM Research", {"research"}),
    ("Kantar", {"market-research"}), ("GfK", {"market-research"}), ("Euromonitor International", {"market-research"}),
    ("ISET Policy Institute", {"research", "acronym"}), ("Deloitte & Touche LLC", {"company", "ampersand"}),
    ("PricewaterhouseCoopers Armenia", {"company"}), ("Ernst & Young LLC", {"company", "ampersand"}),
    ("McKinsey & Company", {"company", "ampersand"}), ("Carrefour Georgia", {"company"}),
    ("Wine Lover's Club Tbilisi", {"company", "apostrophe"}), ("Marketer's Hub Yerevan", {"company", "apostrophe"}),
    ("Business Association of Georgia", {"trade-body"}), ("Union of Banks of Armenia", {"trade-body"}),
    ("Association of Banks of Azerbaijan", {"trade-body"}), ("American Chamber of Commerce in Georgia", {"trade-body"}),
    ("AmCham Armenia", {"trade-body"}), ("Meta", {"company"}), ("TikTok", {"company"}), ("DataReportal", {"research"}),
]  # fmt: skip
_PRESS = ["Civil.ge", "Georgia Today", "BM.ge", "Interpressnews", "Armenpress", "EVN Report", "Hetq", "CivilNet",
          "Report.az", "APA", "Trend News Agency", "JAMnews", "OC Media", "Forbes Georgia", "Banks and Finance",
          "Business Media Georgia", "news.am", "Azernews", "Eurasianet", "bne IntelliNews"]  # fmt: skip
_JOURNALS = ["International Journal of Wine Business Research", "Journal of Wine Research", "Post-Communist Economies",
             "Caucasus Survey", "Journal of Eurasian Studies", "Journal of Business Research", "Tourism Management",
             "Journal of Destination Marketing & Management", "International Journal of Bank Marketing",
             "Telecommunications Policy", "Journal of Retailing and Consumer Services", "Wine Economics and Policy",
             "Central Asian Survey", "Eurasian Geography and Economics", "Journal of Marketing Management",
             "Annals of Tourism Research", "Caucasus Analytical Digest", "Journal of Islamic Marketing",
             "Europe-Asia Studies", "Baltic Journal of Management"]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Oxford University Press", "Oxford"), ("Palgrave Macmillan", "Cham"), ("Wiley", "Chichester"),
               ("Tbilisi University Press", "Tbilisi"), ("Ilia State University Press", "Tbilisi"),
               ("YSU Press", "Yerevan"), ("Zangak", "Yerevan"), ("Elm", "Baku"), ("Qanun", "Baku"),
               ("Springer", "Cham"), ("Goodfellow", "Oxford"), ("CABI", "Wallingford"), ("Edward Elgar", "Cheltenham")]  # fmt: skip
_TOPICS = ["qvevri wine", "wine tourism", "brandy exports", "mineral water branding", "country-of-origin effects",
           "mobile banking adoption", "fintech trust", "digital wallets", "telecom churn", "5G pricing",
           "supermarket loyalty cards", "mall footfall", "destination image", "diaspora tourism", "halal tourism",
           "hotel revenue management", "low-cost airlines", "Instagram marketing", "TikTok influencers",
           "cashless payments", "open banking", "consumer ethnocentrism", "place branding", "gastronomy tourism",
           "brand heritage", "export promotion", "customer experience in banking", "Telegram channels",
           "Black Friday promotions", "omnichannel retail", "sustainable viticulture", "geographical indications",
           "cultural events marketing", "ski resort demand", "employer branding", "social commerce"]  # fmt: skip
_PLACES = ["Georgia", "Armenia", "Azerbaijan", "the South Caucasus", "Tbilisi", "Yerevan", "Baku", "Kakheti",
           "Batumi", "Gabala", "Dilijan", "the Caucasus", "post-Soviet markets", "Gyumri", "Ganja"]  # fmt: skip
# Transliterated titles with their English translation in square brackets, as the region's theses and reports give them.
_TRANSLITERATED = [
    ("Ghvinis turizmi kakhetshi", "Wine tourism in Kakheti"), ("Sabanko marketingi sakartveloshi", "Bank marketing in Georgia"),
    ("Tsifruli marketingis strategiebi", "Digital marketing strategies"), ("Kartuli ghvinis eksporti", "Georgian wine export"),
    ("Hayastani zbosashrjutyan zargacum", "The development of tourism in Armenia"),
    ("Koniaki artadrutyan patmutyun", "A history of brandy production"), ("Bankayin hamakargi vstahutyun", "Trust in the banking system"),
    ("Azərbaycanda rəqəmsal marketinq", "Digital marketing in Azerbaijan"), ("Turizm sektorunun inkişafı", "The development of the tourism sector"),
    ("Bank xidmətlərinin keyfiyyəti", "The quality of bank services"), ("Marketing v stranakh Kavkaza", "Marketing in the countries of the Caucasus"),
    ("Potrebitelskoe povedenie v roznichnoi torgovle", "Consumer behaviour in retail"), ("Brend i reputatsiya", "Brand and reputation"),
]  # fmt: skip
_UNIVERSITIES = [("Tbilisi State University", "Tbilisi"), ("ISET, Tbilisi State University", "Tbilisi"),
                 ("Free University of Tbilisi", "Tbilisi"), ("American University of Armenia", "Yerevan"),
                 ("Yerevan State University", "Yerevan"), ("ADA University", "Baku"),
                 ("Azerbaijan State University of Economics (UNEC)", "Baku"), ("Caucasus University", "Tbilisi")]  # fmt: skip
_LAWS = [("Parliament of Georgia", "Law of Georgia on Personal Data Protection", 2023),
         ("Parliament of Georgia", "Law of Georgia on Advertising", 1998),
         ("Parliament of Georgia", "Law of Georgia on Vine and Wine", 2019),
         ("National Assembly of the Republic of Armenia", "Law of the Republic of Armenia on Protection of Personal Data (HO-49-N)", 2015),
         ("National Assembly of the Republic of Armenia", "Law of the Republic of Armenia on Advertising", 1996),
         ("Milli Majlis of the Republic of Azerbaijan", "Law on Personal Data No. 998-IIIQ", 2010),
         ("Milli Majlis of the Republic of Azerbaijan", "Law on Advertising No. 1000-IVQ", 2015),
         ("National Bank of Georgia", "Order No. 151/04 on the approval of the Regulation on consumer protection", 2022),
         ("Central Bank of Armenia", "Regulation 8/03 on the minimum conditions for consumer lending", 2020),
         ("Central Bank of the Republic of Azerbaijan", "Rules on protection of the rights of financial consumers", 2021)]  # fmt: skip
_PLATFORMS = ["Facebook", "Instagram", "TikTok", "Telegram", "YouTube", "LinkedIn"]


class Blind100WorkFactory(WorkFactory):
    """The blind100 pool's works: see the module's docstring. A subclass, so no other pool's works change."""

    # the kinds of work made (Work.kind), and the makers drawn from, with their weights
    KINDS = ("book", "chapter", "journal", "web", "report", "news", "legislation", "thesis", "translated")
    _MAKERS = ("book", "chapter", "journal", "organisation-web", "organisation-report", "government", "legislation",
               "market-research", "web-person", "press", "thesis", "social", "translated")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 100100)
        self.dated: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.3:
            return {"family": rng.choice(_GEORGIAN), "given": rng.choice(_GEORGIAN_GIVEN)}
        if roll < 0.52:
            family = rng.choice(_ARMENIAN_HYPHENED) if rng.random() < 0.12 else rng.choice(_ARMENIAN)
            return {"family": family, "given": rng.choice(_ARMENIAN_GIVEN)}
        if roll < 0.72:
            return {"family": rng.choice(_AZERBAIJANI), "given": rng.choice(_AZERBAIJANI_GIVEN)}
        if roll < 0.77:
            family, given = rng.choice(_PATRONYMIC)
            return {"family": family, "given": given}
        if roll < 0.83:
            family, given = rng.choice(_RUSSIAN)
            return {"family": family, "given": given}
        if roll < 0.86:  # a double-barrelled married name
            return {"family": f"{rng.choice(_GEORGIAN)}-{rng.choice(_ARMENIAN)}", "given": rng.choice(_ARMENIAN_GIVEN)}
        family, given, particle = rng.choice(_EXPAT)
        name = {"family": family, "given": given}
        if particle:
            name["non-dropping-particle"] = particle
        return name

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.04:
            return self.rng.randint(1975, 1999)
        return self.rng.randint(2005, 2025)

    def accessed(self) -> dict[str, list[list[int]]]:
        year = self.rng.randint(2024, 2026)
        return {"date-parts": [[year, self.rng.randint(1, 10 if year == 2026 else 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        rng = self.rng
        topic, place = rng.choice(_TOPICS), rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"{topic[0].upper()}{topic[1:]} and {rng.choice(_TOPICS)}: evidence from {place}",
                 f"Drivers of {topic} in {place}", f"The role of {topic} in {place}'s {rng.choice(['wine', 'banking', 'telecom', 'retail', 'tourism', 'hospitality'])} sector",
                 f"Rethinking {topic}: lessons from {place}", f"{topic[0].upper()}{topic[1:]} after the pandemic",
                 f"Consumer attitudes to {topic} in {place}", f"From Soviet legacy to {topic}: the case of {place}"]  # fmt: skip
        return rng.choice(forms)

    def _url(self, host: str | None = None) -> str:
        host = host or self.rng.choice(["www.tbcbank.ge", "bankofgeorgia.ge", "www.gnta.ge", "www.geostat.ge",
                                        "www.armstat.am", "www.stat.gov.az", "www.cba.am", "www.cbar.az", "nbg.gov.ge",
                                        "www.azercell.com", "www.ameriabank.am", "www.ebrd.com", "georgia.travel",
                                        "armenia.travel", "azerbaijan.travel", "www.wine.gov.ge", "www.pashabank.az"])  # fmt: skip
        slug = "-".join(self._title().lower().replace(":", "").replace("'", "").split()[:5])
        return f"https://{host}/en/{slug}"

    def _place(self, name: str) -> str:
        for words, place in ((("Armen", "Yerevan", "Ameria", "Ardshin", "Viva", "Tsarukyan", "ArmStat", "Union of Banks"), "Yerevan"),
                             (("Azer", "Baku", "Kapital", "PASHA", "Bakcell", "Bravo", "AZAL", "CBAR", "Azersu"), "Baku"),
                             (("EBRD", "European Bank", "Euromonitor", "Kantar", "McKinsey", "Meta", "TikTok", "DataReportal"), "London"),
                             (("Asian Development", "World Bank", "USAID"), "Washington, DC")):  # fmt: skip
            if any(word in name for word in words):
                return "Manila" if "Asian" in name else place
        return "Tbilisi"

    def _issued(self, record: dict[str, Any], year: int | None = None) -> None:
        record["issued"] = {"date-parts": [[year or self.year()]]}

    def _fix_access(self, record: dict[str, Any]) -> None:
        if "accessed" in record and "issued" in record:
            issued = record["issued"]["date-parts"][0]
            accessed = record["accessed"]["date-parts"][0]
            if accessed[: len(issued)] < issued:
                record["accessed"] = {"date-parts": [[issued[0] + 1, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self._MAKERS), weights=[10, 5, 22, 12, 10, 6, 4, 5, 5, 9, 4, 3, 5])[0]
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        if "accessed" in work.record and "issued" in work.record:
            self._fix_access(work.record)
        return work

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        self._fix_access(record)
        return super()._person_work(record, kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # now and then the same organisation in the same year as an earlier work ("Geostat, 2023a" and "2023b")
        if self.dated and "issued" in record and self.rng.random() < 0.12:
            name, tags, issued = self.rng.choice(self.dated)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated.append((name, tags, record["issued"]))
        self._fix_access(record)
        return super()._org_work(record, kind, name, tags)

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "publisher": publisher, "publisher-place": place}  # fmt: skip
        self._issued(record)
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": f"{self.rng.choice(['Marketing in', 'Tourism in', 'Business and society in', 'Wine and food in'])} {self.rng.choice(_PLACES)}",
            "publisher": publisher, "publisher-place": place, "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        self._issued(record)
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 800)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "volume": str(self.rng.randint(1, 60)),
            "issue": str(self.rng.randint(1, 6)), "page": f"{start}-{start + self.rng.randint(9, 25)}",
        }  # fmt: skip
        self._issued(record)
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.rng.choice(['ijwbr', 'jwr', 'pce', 'cs', 'euras', 'jbr'])}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "URL": self._url(), "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.8:
            self._issued(record)
        if self.rng.random() < 0.1:
            del record["accessed"]
        return self._person_work(record, "web")

    def _organisation_web(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self._title(),
            "URL": self._url(),
            "accessed": self.accessed(),
        }
        if self.rng.random() < 0.75:
            self._issued(record)
        if self.rng.random() < 0.1:
            del record["accessed"]
        return self._org_work(record, "web", name, tags)

    def _organisation_report(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        title = (f"{self.rng.choice(['Annual report', 'Integrated annual report', 'Sustainability report', 'Financial stability report', 'Tourism statistics'])} {year}"
                 if self.rng.random() < 0.45 else self._title())  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" (")[0],
                                  "publisher-place": self._place(name)}  # fmt: skip
        if self.rng.random() < 0.9:
            self._issued(record, year)
        if self.rng.random() < 0.6:
            record["URL"] = self._url()
            record["accessed"] = self.accessed()
        return self._org_work(record, "report", name, tags)

    def _government(self) -> Work:
        name = self.rng.choice(["Geostat", "National Statistics Office of Georgia", "ArmStat", "Central Bank of Armenia",
                                "National Bank of Georgia", "Central Bank of the Republic of Azerbaijan",
                                "Georgian National Tourism Administration", "Armenian Tourism Committee",
                                "Azerbaijan Tourism Board", "Ministry of Economy and Sustainable Development of Georgia",
                                "Ministry of Economy of the Republic of Armenia", "Ministry of Economy of the Republic of Azerbaijan",
                                "National Wine Agency of Georgia", "State Statistical Committee of the Republic of Azerbaijan"])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "URL": self._url(), "accessed": self.accessed()}  # fmt: skip
        self._issued(record)
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _legislation(self) -> Work:
        # A law as candidates here list it: under the parliament or bank that passed it, with its number in the title.
        body, title, year = self.rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": body,
                                  "publisher-place": {"Parliament of Georgia": "Tbilisi", "National Bank of Georgia": "Tbilisi"}.get(body, "Yerevan" if "Armenia" in body else "Baku")}  # fmt: skip
        self._issued(record, year)
        if self.rng.random() < 0.6:
            record["URL"] = self._url(self.rng.choice(["matsne.gov.ge", "www.arlis.am", "e-qanun.az"]))
            record["accessed"] = self.accessed()
        record["id"] = self._id()
        self._fix_access(record)
        record["author"] = [{"literal": body}]
        return Work(record, body, str(year), True, 1, "legislation", {"legislation", "organisation", "government"})

    def _market_research(self) -> Work:
        name = self.rng.choice(["Euromonitor International", "Kantar", "GfK", "IPM Research", "CRRC Caucasus",
                                "Caucasus Research Resource Centers", "EBRD", "DataReportal"])  # fmt: skip
        year = self.year()
        market = self.rng.choice(["Wine", "Spirits", "Bottled water", "Retail banking", "Mobile telecoms", "Grocery retail",
                                  "Travel", "Consumer electronics", "Digital payments"])  # fmt: skip
        country = self.rng.choice(["Georgia", "Armenia", "Azerbaijan"])
        title = self.rng.choice([f"{market} in {country}", f"{market} in {country}: country report {year}",
                                 f"Caucasus Barometer {year}: {country}", f"Digital {year}: {country}",
                                 f"Transition report {year}", f"{country} consumer panel {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name, "URL": self._url(),
                                  "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.92:
            self._issued(record, year)
        return self._org_work(record, "report", name, {"market-research"})

    def _press(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(), "accessed": self.accessed(),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "genre": self.rng.choice(["MBA thesis", "MA thesis", "PhD thesis", "MSc dissertation"]),
                                  "publisher": university, "publisher-place": place}  # fmt: skip
        self._issued(record)
        return self._person_work(record, "thesis")

    def _social(self) -> Work:
        platform = self.rng.choice(_PLATFORMS)
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "post", "title": f"{self.rng.choice(['Rtveliseba', 'Novruz', 'Vardavar', 'Black Friday', 'New Year', 'Tbilisoba', 'Back to school'])} campaign post",
                                  "container-title": platform, "URL": f"https://www.{platform.lower()}.com/{name.split()[0].lower()}",
                                  "accessed": self.accessed()}  # fmt: skip
        year = self.year()
        record["issued"] = {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        return self._org_work(record, "web", name, tags | {"social"})

    def _translated(self) -> Work:
        original, english = self.rng.choice(_TRANSLITERATED)
        publisher, place = self.rng.choice(_PUBLISHERS[7:13])
        record: dict[str, Any] = {"type": "book", "title": f"{original} [{english}]", "author": self._people(3),
                                  "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.9:
            self._issued(record)
        return self._person_work(record, "translated")
