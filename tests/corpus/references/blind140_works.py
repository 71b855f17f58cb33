"""Works for the blind140 pool: what marketers in Azerbaijan and its diaspora cite in CIM and MBA reports.

Azerbaijani names in Latin script with and without ə, ğ, ı, ö, ş, ü, ç, in Russian transliteration and in
Soviet-era Cyrillic (Məmmədov/Mammadov/Mamedov/Мамедов), patronymics typed as a middle name, Turkish, Iranian-Azerbaijani
and expatriate names; banks, telecoms, SOCAR, retailers and food makers with MMC, ASC, QSC and LLC; the Central Bank,
ministries, the State Statistical Committee and the Milli Məclis; laws by number; theses from ADA, UNEC, BSU and
Khazar; Azerbaijani and Russian titles with English in square brackets. HELD OUT: written without reading the checker.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# (diacritic form, plain Latin form, Russian transliteration, Cyrillic) of surnames; feminine made with "a".
_SURNAMES = [
    ("Məmmədov", "Mammadov", "Mamedov", "Мамедов"), ("Əliyev", "Aliyev", "Aliev", "Алиев"),
    ("Hüseynov", "Huseynov", "Guseinov", "Гусейнов"), ("Həsənov", "Hasanov", "Gasanov", "Гасанов"),
    ("Quliyev", "Guliyev", "Guliev", "Гулиев"), ("Abdullayev", "Abdullayev", "Abdullaev", "Абдуллаев"),
    ("İsmayılov", "Ismayilov", "Ismailov", "Исмаилов"), ("Rəhimov", "Rahimov", "Ragimov", "Рагимов"),
    ("Cəfərov", "Jafarov", "Dzhafarov", "Джафаров"), ("Nəsirov", "Nasirov", "Nasirov", "Насиров"),
    ("Süleymanov", "Suleymanov", "Suleimanov", "Сулейманов"), ("Bağırov", "Baghirov", "Bagirov", "Багиров"),
    ("Qasımov", "Gasimov", "Kasumov", "Касумов"), ("Şükürov", "Shukurov", "Shukurov", "Шукюров"),
    ("Vəliyev", "Valiyev", "Veliev", "Велиев"), ("Kərimov", "Karimov", "Kerimov", "Керимов"),
    ("Orucov", "Orujov", "Orudzhev", "Оруджев"), ("Nağıyev", "Naghiyev", "Nagiev", "Нагиев"),
    ("Zeynalov", "Zeynalov", "Zeinalov", "Зейналов"), ("Əhmədov", "Ahmadov", "Akhmedov", "Ахмедов"),
    ("Babayev", "Babayev", "Babaev", "Бабаев"), ("Mehdiyev", "Mehdiyev", "Mekhtiev", "Мехтиев"),
    ("Sadıqov", "Sadigov", "Sadykhov", "Садыхов"), ("Novruzov", "Novruzov", "Novruzov", "Новрузов"),
]  # fmt: skip
# Surnames with no feminine form: -li, -lı, -zadə, -bəyli and Turkish ones.
_INVARIANT = [("Hacıbəyli", "Hajibeyli"), ("Rüstəmli", "Rustamli"), ("Sultanlı", "Sultanli"), ("Əfəndizadə", "Afandizada"),
              ("Hüseynzadə", "Huseynzade"), ("Mirzəzadə", "Mirzazade"), ("Vəkilli", "Vakilli"), ("Qaralı", "Garali"),
              ("Talıblı", "Talibli"), ("Axundzadə", "Akhundzada"), ("Səfərli", "Safarli"), ("Nəbili", "Nabili")]  # fmt: skip
_MALE = [("Elçin", "Elchin"), ("Rəşid", "Rashid"), ("Tural", "Tural"), ("Orxan", "Orkhan"), ("Kənan", "Kanan"),
         ("Ramil", "Ramil"), ("Elnur", "Elnur"), ("Fərid", "Farid"), ("Vüsal", "Vusal"), ("Anar", "Anar"),
         ("Rauf", "Rauf"), ("Şahin", "Shahin"), ("Cavid", "Javid"), ("Ilqar", "Ilgar"), ("Nicat", "Nijat"),
         ("Emin", "Emin"), ("Samir", "Samir"), ("Ağa", "Agha")]  # fmt: skip
_FEMALE = [("Leyla", "Leyla"), ("Günel", "Gunel"), ("Aysel", "Aysel"), ("Nərmin", "Narmin"), ("Səbinə", "Sabina"),
           ("Könül", "Konul"), ("Aynur", "Aynur"), ("Lalə", "Lala"), ("Fidan", "Fidan"), ("Şəbnəm", "Shabnam"),
           ("Ülviyyə", "Ulviyya"), ("Nigar", "Nigar"), ("Türkan", "Turkan"), ("Sevinc", "Sevinj"), ("Xədicə", "Khadija")]  # fmt: skip
_CYR_GIVEN = ["Рашид", "Эльчин", "Айдын", "Фуад", "Лейла", "Севиндж", "Гюльнара", "Тофик", "Зарифа"]
_TURKISH = [("Yılmaz", "Emre"), ("Öztürk", "Zeynep"), ("Demir", "Mehmet Ali"), ("Çelik", "Ayşe"), ("Şahin", "Burak"),
            ("Aydın", "Elif"), ("Kaya", "Ömer"), ("Doğan", "Selin")]  # fmt: skip
_IRANIAN = [("Tabrizi", "Reza"), ("Ardabili", "Maryam"), ("Hosseini", "Ali"), ("Rezaei", "Parisa"),
            ("Ghorbani", "Hossein"), ("Azarbaijani", "Shirin"), ("Sadeghi", "Mahsa")]  # fmt: skip
_EXPAT = [("Thompson", "Claire"), ("O'Sullivan", "Niamh"), ("Fischer", "Jonas"), ("Ivanova", "Tatiana"),
          ("Beridze", "Nino"), ("Kapanadze", "Giorgi"), ("Petrosyan", "Anna"), ("MacKenzie", "Ross"),
          ("Sokolov", "Dmitry"), ("Wright", "Oliver"), ("Koç", "Deniz"), ("de Waal", "Pieter")]  # fmt: skip

_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("Kapital Bank", {"company"}), ("Kapital Bank ASC", {"company"}), ("PASHA Bank", {"company"}),
    ("PASHA Holding", {"company"}), ("ABB", {"company", "acronym"}), ("Azərbaycan Beynəlxalq Bankı", {"company"}),
    ("Bank Respublika", {"company"}), ("Birbank", {"company"}), ("m10", {"company"}), ("Azercell Telecom MMC", {"company"}),
    ("Azercell", {"company"}), ("Bakcell", {"company"}), ("Nar", {"company"}), ("Azerfon LLC", {"company"}),
    ("SOCAR", {"company", "acronym"}), ("State Oil Company of the Azerbaijan Republic (SOCAR)", {"company", "abbreviation"}),
    ("SOCAR Petroleum QSC", {"company"}), ("BP Azerbaijan", {"company"}), ("Azersun Holding", {"company"}),
    ("Bravo Supermarket", {"company"}), ("Araz Supermarket MMC", {"company"}), ("Bazarstore", {"company"}),
    ("Port Baku Mall", {"company"}), ("AZAL", {"company", "acronym"}), ("Azerbaijan Airlines (AZAL)", {"company", "abbreviation"}),
    ("Shahdag Mountain Resort", {"company"}), ("Qəbələ Tufandağ", {"company"}), ("Sirab", {"company"}),
    ("Chinar Hotel & Spa Naftalan", {"company", "ampersand"}), ("Marketing.az", {"press"}),
    ("Azerbaijan Marketing Society", {"trade-body"}), ("AmCham Azerbaijan", {"trade-body"}),
    ("Azerbaijan Banks Association", {"trade-body"}), ("Azərbaycan Banklar Assosiasiyası", {"trade-body"}),
    ("Azerbaijan Tourism Board", {"government"}), ("AZPROMO", {"government", "acronym"}),
    ("Kantar Azerbaijan", {"market-research"}), ("SIAR", {"market-research", "acronym"}),
    ("Ernst & Young Azerbaijan", {"company", "ampersand"}), ("PwC Azerbaijan", {"company"}),
]  # fmt: skip
_GOVERNMENT: list[str] = [
    "Central Bank of the Republic of Azerbaijan", "Azərbaycan Respublikasının Mərkəzi Bankı",
    "Ministry of Digital Development and Transport", "State Statistical Committee of the Republic of Azerbaijan",
    "Dövlət Statistika Komitəsi", "Ministry of Economy of the Republic of Azerbaijan",
    "Ministry of Culture and Tourism", "State Tourism Agency of the Republic of Azerbaijan",
    "Financial Market Supervisory Authority", "State Service for Antimonopoly Policy and Consumer Market Control",
    "President of the Republic of Azerbaijan", "Cabinet of Ministers of the Republic of Azerbaijan",
]  # fmt: skip
_LAWS = [
    ("Law of the Republic of Azerbaijan No. 998-IIIQ on Advertising", 2015),
    ("Law of the Republic of Azerbaijan No. 1071-IVQ on Personal Data", 2010),
    ("Law of the Republic of Azerbaijan No. 1126-IQ on Consumer Rights Protection", 1995),
    ("Law of the Republic of Azerbaijan No. 908-IIQ on Electronic Commerce", 2005),
    ("Law of the Republic of Azerbaijan No. 590-IIQ on Banks", 2004),
    ("Presidential Decree No. 1138 on the State Programme for the Development of Digital Payments", 2020),
    ("Presidential Order No. 1897 on the Strategic Roadmap for the National Economy", 2016),
    ("Azərbaycan Respublikasının Reklam haqqında Qanunu [Law on Advertising of the Republic of Azerbaijan]", 2015),
    ("Law of the Republic of Azerbaijan No. 1012-VIQD on Tourism", 2021),
    ("Cabinet of Ministers Decision No. 62 on Rules of Loyalty Programmes", 2019),
]  # fmt: skip
_JOURNALS = ["Journal of Eurasian Studies", "Caucasus Analytical Digest", "Economic and Social Development",
             "Azerbaijan Journal of Economics and Management", "Journal of Islamic Marketing",
             "Baltic Journal of Management", "International Journal of Bank Marketing", "Journal of Retailing and Consumer Services",
             "Eurasian Business Review", "Tourism Management Perspectives", "Journal of Fashion Marketing and Management",
             "Energy Policy", "Khazar Journal of Humanities and Social Sciences", "Sustainability",
             "Vestnik of Saint Petersburg University. Management"]  # fmt: skip
_PRESS = ["Report.az", "APA", "Trend News Agency", "Azernews", "JAMnews", "Caliber.az", "OC Media", "Eurasianet",
          "Marketing.az", "Oxu.az", "Kommersant", "Hürriyet Daily News", "Financial Times", "BBC Azərbaycanca"]  # fmt: skip
_HOSTS = {"Central Bank of the Republic of Azerbaijan": "cbar.az", "Azərbaycan Respublikasının Mərkəzi Bankı": "cbar.az",
          "Ministry of Digital Development and Transport": "mincom.gov.az", "Dövlət Statistika Komitəsi": "stat.gov.az",
          "State Statistical Committee of the Republic of Azerbaijan": "stat.gov.az", "Ministry of Economy of the Republic of Azerbaijan": "economy.gov.az",
          "Ministry of Culture and Tourism": "mct.gov.az", "State Tourism Agency of the Republic of Azerbaijan": "tourism.gov.az",
          "Financial Market Supervisory Authority": "fimsa.az", "President of the Republic of Azerbaijan": "president.az",
          "State Service for Antimonopoly Policy and Consumer Market Control": "competition.gov.az", "Cabinet of Ministers of the Republic of Azerbaijan": "cabmin.gov.az"}  # fmt: skip
_PRESS_HOSTS = {"Report.az": "report.az", "APA": "apa.az", "Trend News Agency": "trend.az", "Azernews": "azernews.az", "JAMnews": "jam-news.net",
                "Caliber.az": "caliber.az", "OC Media": "oc-media.org", "Eurasianet": "eurasianet.org", "Marketing.az": "marketing.az", "Oxu.az": "oxu.az",
                "Kommersant": "kommersant.ru", "Hürriyet Daily News": "hurriyetdailynews.com", "Financial Times": "ft.com", "BBC Azərbaycanca": "bbc.com/azeri"}  # fmt: skip
_ASCII = str.maketrans("əğıöşüçİƏ", "egiosucie")
_TOPICS = ["mobile banking adoption", "brand loyalty among Baku millennials", "Novruz advertising", "cashless payments",
           "telecom churn", "halal food labelling", "customer satisfaction in retail banking", "influencer marketing on Instagram",
           "destination branding", "Formula 1 event tourism", "private-label growth in supermarkets", "mall footfall",
           "airline service quality", "corporate social responsibility in the oil sector", "bottled-water branding",
           "loyalty cards", "e-commerce trust", "country-of-origin effects", "ski tourism in Shahdag", "SME digitalisation",
           "Eurovision as nation branding", "Gurban bayram promotions", "diaspora remittances", "taksit instalment cards"]  # fmt: skip
_AZ_TITLES = [("Marketinqin əsasları", "Fundamentals of marketing"), ("Bank marketinqi", "Bank marketing"),
              ("Rəqəmsal marketinq strategiyaları", "Digital marketing strategies"),
              ("Azərbaycanda istehlakçı davranışı", "Consumer behaviour in Azerbaijan"),
              ("Turizm marketinqi: nəzəriyyə və təcrübə", "Tourism marketing: theory and practice"),
              ("Brend idarəetməsi", "Brand management"), ("Pərakəndə ticarətin iqtisadiyyatı", "The economics of retail trade")]  # fmt: skip
_RU_TITLES = [("Маркетинг в нефтегазовой отрасли", "Marketing in the oil and gas industry"),
              ("Основы маркетинга", "Principles of marketing"), ("Marketing bankovskikh uslug", "Marketing of banking services"),
              ("Potrebitel'skoe povedenie na rynke Azerbaidzhana", "Consumer behaviour in the Azerbaijani market")]  # fmt: skip
_PUBLISHERS = [("Elm", "Bakı"), ("Elm", "Baku"), ("UNEC Nəşriyyatı", "Bakı"), ("Qanun", "Baku"), ("Pearson", "Harlow"),
               ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Wiley", "Chichester"), ("Sage", "London"),
               ("Piter", "Saint Petersburg"), ("Nobel Yayınevi", "Istanbul"), ("Springer", "Cham"), ("Çaşıoğlu", "Bakı")]  # fmt: skip
_UNIS = [("ADA University", "MBA dissertation"), ("Azerbaijan State University of Economics (UNEC)", "MSc thesis"),
         ("Baku State University", "PhD thesis"), ("Khazar University", "MA thesis"), ("UNEC", "Magistr dissertasiyası [Master's dissertation]"),
         ("Baku Higher Oil School", "BSc dissertation"), ("University of Warwick", "MBA dissertation")]  # fmt: skip
_RESEARCH = ["Kantar Azerbaijan", "SIAR", "Statista", "Euromonitor International", "GWI", "Datareportal", "Ipsos"]


class Blind140WorkFactory(WorkFactory):
    """Makes the blind140 pool's works from its own seeded random source."""

    DRAWN = ("book", "chapter", "journal", "thesis", "conference", "organisation-web", "organisation-report",
             "government", "legislation", "market-research", "news", "social", "undated-web")  # fmt: skip
    KINDS = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "legislation", "news", "social")

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 140 + 14001)
        self.organisations: list[tuple[str, str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ names
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.62:
            female = rng.random() < 0.5
            if rng.random() < 0.3:
                family4 = rng.choice(_INVARIANT)
                form = rng.random()
                family = family4[0] if form < 0.5 else family4[1]
                index = 0 if form < 0.5 else 1
            else:
                forms = rng.choice(_SURNAMES)
                form = rng.random()
                index = 0 if form < 0.4 else 1 if form < 0.75 else 2 if form < 0.95 else 3
                ending = ("а" if index == 3 else "a") if female else ""  # a Cyrillic "а" on a Cyrillic name
                family = forms[index] + ending
            if index == 3:
                return {"family": family, "given": rng.choice(_CYR_GIVEN)}
            given = rng.choice(_FEMALE if female else _MALE)[0 if index == 0 else 1]
            if rng.random() < 0.2:  # the patronymic typed in as a middle name: "Elçin Rəşid"
                given = f"{given} {rng.choice(_MALE)[0 if index == 0 else 1]}"
            return {"family": family, "given": given}
        if roll < 0.74:
            family, given = rng.choice(_TURKISH)
        elif roll < 0.82:
            family, given = rng.choice(_IRANIAN)
        else:
            family, given = rng.choice(_EXPAT)
        if family.startswith("de "):
            return {"family": family[3:], "given": given, "non-dropping-particle": "de"}
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[38, 26, 15, 8, 5, 4, 2, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    def year(self) -> int:
        return self.rng.randint(2004, 2025) if self.rng.random() < 0.93 else self.rng.randint(1978, 2003)

    def accessed_after(self, year: int) -> dict[str, list[list[int]]]:
        return {
            "date-parts": [
                [self.rng.randint(max(year + 1, 2022), 2026), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            ]
        }

    def _title(self) -> str:
        rng = self.rng
        topic = rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]} in Azerbaijan", f"The determinants of {topic}: evidence from Baku",
                 f"{topic[0].upper()}{topic[1:]} and customer trust in a post-Soviet market",
                 f"Rethinking {topic} after the oil boom", f"{topic[0].upper()}{topic[1:]}: the case of {rng.choice(['Kapital Bank', 'Azercell', 'Bravo', 'AZAL', 'Azersun', 'PASHA Bank', 'Nar'])}",
                 f"Generation Z and {topic} in the South Caucasus"]  # fmt: skip
        return rng.choice(forms)

    def _local_title(self) -> str:
        original, english = self.rng.choice(_AZ_TITLES + _RU_TITLES)
        return f"{original} [{english}]"

    def _url(self, host: str) -> str:
        return f"https://www.{host.translate(_ASCII)}/{self.fakers['en_GB'].slug()}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(self.DRAWN, weights=[12, 5, 20, 5, 4, 11, 7, 8, 4, 6, 9, 4, 5])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        return super()._person_work(record, kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation in the same year as an earlier work of the same kind: "SOCAR (2019a)".
        earlier = [o for o in self.organisations if o[0] == kind and ("government" in o[2]) == ("government" in tags)]
        if earlier and "issued" in record and kind in ("web", "report") and self.rng.random() < 0.16:
            _kind, name, tags, issued = self.rng.choice(earlier)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "publisher" in record and "market-research" not in tags:
                record["publisher"] = name.split(" (")[0]
            if "accessed" in record:
                record["accessed"] = self.accessed_after(issued["date-parts"][0][0])
        if "issued" in record:
            self.organisations.append((kind, name, set(tags), record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        local = publisher not in ("Pearson", "Routledge", "Kogan Page", "Wiley", "Sage", "Springer")
        record: dict[str, Any] = {"type": "book", "title": self._local_title() if local and self.rng.random() < 0.7 else self._title(),
                                  "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
                                  "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        if self.rng.random() < 0.12:  # an e-book read online
            record["URL"] = self._url("books.google.az")
            record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0][0])
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3), "editor": [self.person()],
            "container-title": self.rng.choice(["Marketing in the Caspian region", "The Routledge handbook of post-Soviet business",
                                                "Tourism in the Caucasus", "Islamic marketing and branding"]),
            "issued": {"date-parts": [[year]]}, "publisher": self.rng.choice(["Routledge", "Palgrave Macmillan", "Springer"]),
            "publisher-place": self.rng.choice(["London", "Cham", "Abingdon"]),
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 600))}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice([1108, 1016, 3390, 1080, 30546])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, genre = self.rng.choice(_UNIS)
        record: dict[str, Any] = {"type": "thesis", "title": self._title() if self.rng.random() < 0.7 else self._local_title(),
                                  "author": [self.person()], "issued": {"date-parts": [[self.rng.randint(2012, 2025)]]},
                                  "publisher": university, "genre": genre, "publisher-place": "Baku"}  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        year = self.rng.randint(2012, 2025)
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": self.rng.choice([f"Economic and Social Development: Book of Proceedings, {year} Baku",
                                                f"Proceedings of the {self.rng.choice(['2nd', '3rd', '4th', '5th', '7th', '9th'])} International Conference on Business and Economics, Khazar University",
                                                f"UNEC International Scientific Conference {year}"]),
            "issued": {"date-parts": [[year]]}, "publisher-place": "Baku",
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(6, 14)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _organisation_web(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        host = name.split()[0].lower().strip("(),").replace(".az", "") + ".az"
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice([
            "About us", "Novruz campaign 2024", "Sustainability", "Birbank cashback terms", "Our history",
            "Gurban bayramı təbriki [Gurban bayram greetings]", "Press releases", "Tariffs and packages"]) if self.rng.random() < 0.5 else self._title(),
            "URL": self._url(host)}  # fmt: skip
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[max(year, 2010)]]}
        if self.rng.random() < 0.85:
            record["accessed"] = self.accessed_after(record.get("issued", {"date-parts": [[2022]]})["date-parts"][0][0])
        return self._org_work(record, "web", name, tags)

    def _organisation_report(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report {year}", f"Sustainability report {year}", f"İllik hesabat {year} [Annual report {year}]"])
            if self.rng.random() < 0.6 else self._title(), "issued": {"date-parts": [[year]]},
            "publisher": name.split(" (")[0], "publisher-place": "Baku",
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url(name.split()[0].lower().strip("(),").replace(".az", "") + ".az")
            if self.rng.random() < 0.85:
                record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "report", name, tags)

    def _government(self) -> Work:
        name = self.rng.choice(_GOVERNMENT)
        year = self.rng.randint(2008, 2025)
        title = self.rng.choice([f"Statistical yearbook of Azerbaijan {year}", f"Payment systems statistics bulletin {year}",
                                 f"Tourism in Azerbaijan {year}", f"Financial stability review {year}",
                                 f"Azərbaycanın statistik göstəriciləri {year} [Statistical indicators of Azerbaijan {year}]",
                                 "Digital development concept", f"Annual report {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": self._url(_HOSTS.get(name, "gov.az")),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        if record["type"] == "report":
            record["publisher"], record["publisher-place"] = name, "Baku"
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _legislation(self) -> Work:
        title, year = self.rng.choice(_LAWS)
        author = "President of the Republic of Azerbaijan" if title.startswith("Presidential") else \
            "Cabinet of Ministers of the Republic of Azerbaijan" if title.startswith("Cabinet") else \
            self.rng.choice(["Milli Məclis", "Republic of Azerbaijan", "Milli Majlis of the Republic of Azerbaijan"])  # fmt: skip
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": self._url("e-qanun.az"), "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org_work(record, "legislation", author, {"government", "legislation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2016, 2025)
        market = self.rng.choice(
            [
                "mobile banking",
                "bottled water",
                "grocery retail",
                "telecoms",
                "tourism",
                "fast-moving consumer goods",
                "e-commerce",
            ]
        )
        title = self.rng.choice([f"Digital {year}: Azerbaijan", f"{market.capitalize()} in Azerbaijan {year}",
                                 f"Azerbaijan {market} market: size and forecast to 2030",
                                 f"Brand health tracker Azerbaijan, Q{self.rng.randint(1, 4)} {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name, "issued": {"date-parts": [[year]]},
                                  "URL": self._url(name.split()[0].lower() + ".com"), "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        year = self.rng.randint(2010, 2025)
        press = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title() if self.rng.random() < 0.7 else self.rng.choice([
                "Kapital Bank launches Birbank cashback for Novruz", "Azercell and Bakcell raise tariffs by 10%",
                "Bravo opens its 100th store in Baku", "AZAL resumes Baku–London flights", "SOCAR unveils new brand identity",
                "Bakıda mall satışları artıb [Mall sales rise in Baku]"]),
            "container-title": press, "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(_PRESS_HOSTS.get(press, press.lower().replace(" ", "") )), "accessed": self.accessed_after(year),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", press, {"press"})

    def _social(self) -> Work:
        year = self.rng.randint(2016, 2025)
        platform = self.rng.choice(["Instagram", "LinkedIn", "YouTube", "Facebook", "Spotify"])
        record: dict[str, Any] = {
            "type": "post" if platform != "YouTube" else "motion_picture",
            "title": self.rng.choice(["Novruz bayramınız mübarək! [Happy Novruz!]", "28 May – Respublika Günü [Republic Day]",
                                      "Behind the scenes of our Formula 1 campaign", "Marketinq podkastı, bölüm 12 [Marketing podcast, episode 12]",
                                      "How we built Birbank", "Ramazan kampaniyası [Ramadan campaign]"]),
            "container-title": platform, "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(platform.lower() + ".com"), "accessed": self.accessed_after(year),
        }  # fmt: skip
        if self.rng.random() < 0.4:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        name, tags = self.organisation()
        return self._org_work(record, "social", name, tags)

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url(self.rng.choice(["marketing.az", "ada.edu.az", "unec.edu.az", "visitazerbaijan.travel"])),
                                  "accessed": self.accessed_after(2022)}  # fmt: skip
        if self.rng.random() < 0.4:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags | {"undated"})
