"""Works for the blind137 pool (HELD OUT): what marketers in Ukraine and its diaspora cite in CIM and MBA work.

Kyiv, Lviv, Kharkiv, Odesa and Dnipro marketers, and Ukrainians in Warsaw, Kraków, Berlin, Prague, Toronto and
London, cite Ukrainian and international textbooks (some in Ukrainian, with English in square brackets), chapters,
articles in Ukrainian journals with Business Perspectives and Sumy DOIs, theses from KNEU, Shevchenko University,
KSE, UCU and Lviv Polytechnic, conference papers, company pages and reports of banks, telecoms, retailers and
delivery firms with their legal forms (JSC, PrJSC, PJSC, TOV, LLC), trade bodies, the National Bank of Ukraine,
the NKEK, the State Statistics Service, Diia and the Ministry of Digital Transformation, laws and resolutions with
the Verkhovna Rada or the Cabinet of Ministers as author, research firms, the Ukrainian and diaspora press signed
and unsigned, Telegram and LinkedIn posts, YouTube videos and podcasts. Names come in the 2010 national
transliteration and in older systems (Oleksandr/Aleksandr, Yevhen/Evgen, Kharkiv/Kharkov), with apostrophes
(Mar'iana, Podil's'kyi), patronymics typed into the given name, feminine forms, Russian-language forms of the
same people, Polish, German and Canadian diaspora spellings, a few in Cyrillic, and expatriates'.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
import re
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# Family names with their feminine form (or the same for both), in the 2010 national system.
_SURNAMES = [
    ("Shevchenko", "Shevchenko"), ("Kovalenko", "Kovalenko"), ("Bondarenko", "Bondarenko"), ("Tkachenko", "Tkachenko"),
    ("Kravchenko", "Kravchenko"), ("Oliinyk", "Oliinyk"), ("Melnyk", "Melnyk"), ("Boiko", "Boiko"),
    ("Koval", "Koval"), ("Polishchuk", "Polishchuk"), ("Savchuk", "Savchuk"), ("Marchenko", "Marchenko"),
    ("Hnatiuk", "Hnatiuk"), ("Lysenko", "Lysenko"), ("Rudenko", "Rudenko"), ("Moroz", "Moroz"),
    ("Pavlenko", "Pavlenko"), ("Kuzmenko", "Kuzmenko"), ("Zhuk", "Zhuk"), ("Honcharuk", "Honcharuk"),
    ("Yaremchuk", "Yaremchuk"), ("Dovzhenko", "Dovzhenko"), ("Prokopenko", "Prokopenko"), ("Symonenko", "Symonenko"),
    ("Kovalskyi", "Kovalska"), ("Zhytomyrskyi", "Zhytomyrska"), ("Lytvynskyi", "Lytvynska"), ("Vyshnevskyi", "Vyshnevska"),
    ("Podil's'kyi", "Podil's'ka"), ("Hrushevskyi", "Hrushevska"), ("Sokolovskyi", "Sokolovska"), ("Kotsiubynskyi", "Kotsiubynska"),
    ("Ivanov", "Ivanova"), ("Petrov", "Petrova"), ("Sydorov", "Sydorova"), ("Kuznietsov", "Kuznietsova"),
    ("Tymoshenko", "Tymoshenko"), ("Hryhorenko", "Hryhorenko"), ("Yatsenko", "Yatsenko"), ("Ostapchuk", "Ostapchuk"),
    ("Dem'ianenko", "Dem'ianenko"), ("Ilchenko", "Ilchenko"), ("Shcherbak", "Shcherbak"), ("Yushchenko", "Yushchenko"),
    ("Zaporozhets", "Zaporozhets"), ("Khomenko", "Khomenko"), ("Chornovol", "Chornovol"), ("Holovatyi", "Holovata"),
    ("Ahafonov", "Ahafonova"), ("Bilous", "Bilous"), ("Fedoriv", "Fedoriv"), ("Hordiienko", "Hordiienko"),
    ("Nechyporuk", "Nechyporuk"), ("Vovk", "Vovk"), ("Yurchenko", "Yurchenko"), ("Serhiienko", "Serhiienko"),
]  # fmt: skip
_MEN = ["Oleksandr", "Andrii", "Serhii", "Dmytro", "Yevhen", "Volodymyr", "Mykola", "Taras", "Bohdan", "Yurii",
        "Oleh", "Ihor", "Vasyl", "Maksym", "Artem", "Mykhailo", "Ostap", "Roman", "Vitalii", "Hennadii",
        "Anatolii", "Yaroslav", "Denys", "Petro"]  # fmt: skip
_WOMEN = ["Olena", "Oksana", "Nataliia", "Iryna", "Tetiana", "Yuliia", "Kateryna", "Mar'iana", "Khrystyna", "Halyna",
          "Liudmyla", "Svitlana", "Anastasiia", "Olha", "Viktoriia", "Solomiia", "Zoriana", "Hanna", "Daria",
          "Larysa", "Inna", "Alla"]  # fmt: skip
# Patronymics as candidates type them into the given name ("Olena Petrivna").
_PATRONYMICS_M = ["Oleksandrovych", "Volodymyrovych", "Petrovych", "Ivanovych", "Mykolaiovych", "Vasylovych"]
_PATRONYMICS_F = ["Oleksandrivna", "Volodymyrivna", "Petrivna", "Ivanivna", "Mykolaivna", "Vasylivna"]
# The same people in older systems, in Russian-language forms and in Cyrillic (family, given).
_VARIANTS = [
    ("Kovalenko", "Aleksandr"), ("Shevchenko", "Evgen"), ("Tkachenko", "Evgeniy"), ("Koval'chuk", "Natal'ya"),
    ("Kharkovskiy", "Sergey"), ("Ivanova", "Yuliya"), ("Kuznetsova", "Tat'yana"), ("Petrenko", "Andrey"),
    ("Zhitomirskaya", "Irina"), ("Bondarenko", "Ekaterina"), ("Smirnov", "Dmitriy"), ("Grigorenko", "Vladimir"),
    ("Kravtchenko", "Olga"), ("Chevtchenko", "Iryna"), ("Lysenko", "Oleksandr Mykolayovych"),
    ("Шевченко", "Олена"), ("Коваленко", "Андрій"), ("Мельник", "Тетяна"), ("Бондаренко", "Юлія"),
    ("Ковальська", "Мар'яна"), ("Гнатюк", "Ярослав"),
]  # fmt: skip
# Diaspora spellings: Polish, German and Canadian forms of Ukrainian names.
_DIASPORA = [
    ("Szewczenko", "Oksana"), ("Kowalczuk", "Marta"), ("Hnatyszyn", "Roman"), ("Tkaczenko", "Julia"),
    ("Schewtschenko", "Olena"), ("Kowalenko", "Jewgenij"), ("Bondarenko-Schmidt", "Natalia"),
    ("Hnatyshyn", "Stephen"), ("Stefaniuk", "Lesia"), ("Wasylyk", "Michael"), ("Kuryliw", "Daria"),
    ("Melnyczuk", "Adrian"), ("Sawchuk", "Katherine"), ("Zelenko", "Markiyan"), ("Jaworskyj", "Petro"),
    ("Łysenko", "Ołena"), ("Dąbrowska-Kowal", "Iryna"),
]  # fmt: skip
# Expatriates and international co-authors who write about Ukraine.
_EXPATS = [
    ("Wilson", "Andrew"), ("Applebaum", "Rachel"), ("Müller", "Katrin"), ("Nowak", "Agnieszka"),
    ("Novák", "Tomáš"), ("Schmidt", "Jonas"), ("Brown", "Emily"), ("O'Connor", "Siobhan"), ("Clarke", "James"),
    ("Wiśniewski", "Paweł"), ("Fischer", "Lena"), ("Dvořáková", "Petra"), ("Kotler", "Philip"),
    ("Chaffey", "Dave"), ("Gauthier", "Émilie"), ("MacDonald", "Fiona"),
]  # fmt: skip
_PARTICLE_NAMES = [("van", "Dijk", "Maarten"), ("de", "Waal", "Anouk"), ("von", "Hagen", "Ulrich"),
                   ("van der", "Meer", "Lotte")]  # fmt: skip

_COMPANIES: list[tuple[str, set[str]]] = [
    ("JSC CB PrivatBank", {"company", "legal-form"}), ("PrivatBank", {"company"}), ("monobank", {"company", "lowercase"}),
    ("Universal Bank JSC", {"company", "legal-form"}), ("JSC Oschadbank", {"company", "legal-form"}),
    ("Oschadbank", {"company"}), ("PUMB", {"company", "acronym"}), ("JSC First Ukrainian International Bank (PUMB)", {"company", "abbreviation"}),
    ("Raiffeisen Bank Ukraine", {"company"}), ("Raiffeisen Bank JSC", {"company", "legal-form"}),
    ("Kyivstar", {"company"}), ("PrJSC Kyivstar", {"company", "legal-form"}), ("Vodafone Ukraine", {"company"}),
    ("PrJSC VF Ukraine", {"company", "legal-form"}), ("lifecell", {"company", "lowercase"}), ("lifecell LLC", {"company", "lowercase", "legal-form"}),
    ("Rozetka", {"company"}), ("TOV Rozetka.UA", {"company", "legal-form", "dot"}), ("Prom.ua", {"company", "dot"}),
    ("EVO Company", {"company"}), ("Silpo", {"company"}), ("Fozzy Group", {"company"}), ("ATB-Market", {"company", "hyphen"}),
    ("Epicentr K", {"company"}), ("Comfy", {"company"}), ("Foxtrot", {"company"}), ("Nova Poshta", {"company"}),
    ("Nova Poshta Group", {"company"}), ("JSC Ukrposhta", {"company", "legal-form"}), ("Ukrposhta", {"company"}),
    ("Glovo Ukraine", {"company"}), ("Bolt Food", {"company"}), ("Roshen", {"company"}), ("Roshen Confectionery Corporation", {"company"}),
    ("PJSC Obolon", {"company", "legal-form"}), ("Obolon", {"company"}), ("MHP SE", {"company", "legal-form"}),
    ("Myronivsky Hliboproduct", {"company"}), ("Nemiroff", {"company"}), ("EPAM Systems", {"company"}),
    ("SoftServe", {"company"}), ("GlobalLogic", {"company"}), ("Kernel Holding S.A.", {"company", "legal-form"}),
    ("Arterium", {"company"}), ("Darnitsa", {"company"}), ("1+1 Media", {"company", "digits"}), ("Starlight Media", {"company"}),
]  # fmt: skip
_BODIES: list[tuple[str, set[str]]] = [
    ("Ukrainian Marketing Association", {"trade-body"}), ("Ukrainian Marketing Association (UMA)", {"trade-body", "abbreviation"}),
    ("All-Ukrainian Advertising Coalition", {"trade-body", "hyphen"}), ("All-Ukrainian Advertising Coalition (VRK)", {"trade-body", "abbreviation"}),
    ("European Business Association", {"trade-body"}), ("American Chamber of Commerce in Ukraine", {"trade-body"}),
    ("Internet Association of Ukraine", {"trade-body"}), ("IT Ukraine Association", {"trade-body"}),
    ("Ukrainian Council of Shopping Centers", {"trade-body"}), ("Retail Association of Ukraine", {"trade-body"}),
    ("Kyiv School of Economics", {"university"}), ("Kyiv School of Economics (KSE)", {"university", "abbreviation"}),
    ("Chartered Institute of Marketing", {"trade-body"}), ("CIM", {"trade-body", "acronym"}),
]  # fmt: skip
_GOVERNMENT: list[tuple[str, set[str]]] = [
    ("National Bank of Ukraine", {"government"}), ("National Bank of Ukraine (NBU)", {"government", "abbreviation"}),
    ("NBU", {"government", "acronym"}), ("State Statistics Service of Ukraine", {"government"}),
    ("State Statistics Service of Ukraine (Ukrstat)", {"government", "abbreviation"}),
    ("National Commission for the State Regulation of Electronic Communications (NKEK)", {"government", "abbreviation"}),
    ("NKEK", {"government", "acronym"}), ("Ministry of Digital Transformation of Ukraine", {"government"}),
    ("Diia", {"government"}), ("Ministry of Economy of Ukraine", {"government"}),
    ("Antimonopoly Committee of Ukraine", {"government"}), ("Cabinet of Ministers of Ukraine", {"government"}),
    ("Verkhovna Rada of Ukraine", {"government"}), ("Ukrainian Institute", {"government"}),
    ("State Service of Ukraine on Food Safety and Consumer Protection", {"government"}),
    ("Government of Canada", {"government"}), ("European Commission", {"government"}),
]  # fmt: skip
_RESEARCH = ["Kantar Ukraine", "Gradus Research", "Factum Group", "Kyiv International Institute of Sociology (KIIS)",
             "Kyiv International Institute of Sociology", "Razumkov Centre", "GfK Ukraine", "Pro-Consulting",
             "Statista", "Euromonitor International", "InMind", "Rating Sociological Group", "Deloitte Ukraine"]  # fmt: skip
_PRESS = ["Ekonomichna Pravda", "Forbes Ukraine", "The Kyiv Independent", "Kyiv Post", "NV Business", "MC.today",
          "AIN.UA", "dev.ua", "Ukrainska Pravda", "RBC-Ukraine", "Marketing Media Review", "Delo.ua",
          "Interfax-Ukraine", "Ukrinform", "BBC News Ukrainian", "Financial Times", "Notes from Poland", "CBC News",
          "Suspilne", "Mind.ua"]  # fmt: skip
_JOURNALS = [
    ("Innovative Marketing", "10.21511/im"), ("Problems and Perspectives in Management", "10.21511/ppm"),
    ("Marketing and Management of Innovations", "10.21272/mmi"), ("Banks and Bank Systems", "10.21511/bbs"),
    ("Eastern-European Journal of Enterprise Technologies", "10.15587/1729-4061"),
    ("Baltic Journal of Economic Studies", "10.30525/2256-0742"), ("Journal of East European Management Studies", None),
    ("Actual Problems of Economics", None), ("Ekonomika Ukrainy [Economy of Ukraine]", None),
    ("Visnyk of the Lviv University. Series Economics", "10.30970/ves"), ("Journal of Marketing Management", "10.1080/0267257X"),
    ("International Journal of Consumer Studies", "10.1111/ijcs"), ("Ukrainian Food Journal", None),
    ("Economics and Business Review", None), ("Central European Business Review", None),
    ("Marketynh v Ukraini [Marketing in Ukraine]", None), ("Journal of Retailing and Consumer Services", "10.1016/j.jretconser"),
]  # fmt: skip
_TOPICS = ["brand loyalty", "mobile banking", "cashless payments", "food delivery apps", "wartime advertising",
           "brand activism", "e-commerce", "parcel lockers", "employer branding", "telecom churn",
           "loyalty programmes", "influencer marketing", "Telegram channels", "Ukrainian-language content",
           "customer experience", "price perception", "omnichannel retail", "IT outsourcing", "cause-related marketing",
           "consumer ethnocentrism", "digital public services", "buy-Ukrainian campaigns", "crisis communication",
           "private labels", "neobanks", "social commerce"]  # fmt: skip
_CONTEXTS = ["in Ukraine", "under martial law", "in wartime Ukraine", "among Ukrainian Gen Z", "in Kyiv",
             "among Ukrainian refugees in Poland", "in the Ukrainian FMCG market", "in post-2022 Ukraine",
             "among Kharkiv consumers", "in the Ukrainian banking sector", "in Lviv region", "in Central Europe"]  # fmt: skip
# Titles in transliterated Ukrainian with the English in square brackets, and a few in Cyrillic.
_UA_TITLES = [
    "Marketynh: pidruchnyk [Marketing: a textbook]", "Tsyfrovyi marketynh [Digital marketing]",
    "Brend-menedzhment [Brand management]", "Marketynhovi doslidzhennia [Marketing research]",
    "Povedinka spozhyvachiv v umovakh viiny [Consumer behaviour in wartime]",
    "Marketynh posluh bankiv [Marketing of bank services]", "Internet-marketynh [Internet marketing]",
    "Upravlinnia loialnistiu kliientiv [Managing customer loyalty]",
    "Маркетинг: підручник [Marketing: a textbook]", "Цифровий маркетинг [Digital marketing]",
    "Поведінка споживачів [Consumer behaviour]", "Бренд-менеджмент в Україні [Brand management in Ukraine]",
    "Marketing in Ukraine: theory and practice", "Komunikatsiina polityka pidpryiemstva [The enterprise's communication policy]",
]  # fmt: skip
_UA_PUBLISHERS = [("KNEU", "Kyiv"), ("Tsentr uchbovoi literatury", "Kyiv"), ("Znannia", "Kyiv"),
                  ("Lviv Polytechnic Publishing House", "Lviv"), ("Folio", "Kharkiv"), ("Osnovy", "Kyiv"),
                  ("Vydavnytstvo Staroho Leva", "Lviv"), ("Akademvydav", "Kyiv"), ("Ranok", "Kharkiv")]  # fmt: skip
_INT_PUBLISHERS = [("Pearson", "Harlow"), ("Kogan Page", "London"), ("Routledge", "Abingdon"), ("Sage", "London"),
                   ("Palgrave Macmillan", "Cham"), ("University of Toronto Press", "Toronto"), ("Wiley", "Chichester"),
                   ("Oxford University Press", "Oxford"), ("Springer", "Cham"), ("Wydawnictwo C.H. Beck", "Warsaw")]  # fmt: skip
_UNIVERSITIES = ["Kyiv National Economic University named after Vadym Hetman", "KNEU",
                 "Taras Shevchenko National University of Kyiv", "Kyiv School of Economics",
                 "Ukrainian Catholic University", "Lviv Polytechnic National University",
                 "V. N. Karazin Kharkiv National University", "Odesa National Economic University",
                 "Ivan Franko National University of Lviv", "University of Warsaw", "University of Toronto",
                 "Kingston University"]  # fmt: skip
_THESIS_KINDS = ["PhD thesis", "MBA dissertation", "MA thesis", "Candidate of Economic Sciences thesis",
                 "Master's thesis", "Dysertatsiia kandydata ekonomichnykh nauk [Candidate of Sciences thesis]"]  # fmt: skip
_CONFERENCES = ["Proceedings of the International Scientific and Practical Conference 'Marketing and Logistics in the Management System'",
                "Marketing in Ukraine: Proceedings of the 12th All-Ukrainian Conference",
                "Proceedings of the 5th International Conference on Digital Economy (KNEU)",
                "Book of abstracts of the Lviv Polytechnic 'Marketing Days'",
                "Proceedings of the EMAC Regional Conference"]  # fmt: skip
_LAWS = [
    ("Law of Ukraine No. 1089-IX 'On electronic communications'", 2020, "1089-20"),
    ("Law of Ukraine No. 2297-VI 'On personal data protection'", 2010, "2297-17"),
    ("Law of Ukraine No. 1023-XII 'On consumer rights protection'", 1991, "1023-12"),
    ("Law of Ukraine No. 270/96-VR 'On advertising'", 1996, "270/96-вр"),
    ("Law of Ukraine No. 675-VIII 'On electronic commerce'", 2015, "675-19"),
    ("Law of Ukraine No. 2704-VIII 'On ensuring the functioning of the Ukrainian language as the state language'", 2019, "2704-19"),
    ("Zakon Ukrainy 'Pro reklamu' [Law of Ukraine 'On advertising']", 1996, "270/96-вр"),
    ("Zakon Ukrainy 'Pro zakhyst prav spozhyvachiv' No. 3153-IX [Law of Ukraine 'On consumer protection']", 2023, "3153-20"),
    ("Law of Ukraine No. 2155-VIII 'On electronic trust services'", 2017, "2155-19"),
    ("Law of Ukraine No. 2102-IX 'On the approval of the Decree of the President of Ukraine on the introduction of martial law'", 2022, "2102-20"),
]  # fmt: skip
_RESOLUTIONS = [
    ("Resolution of the Cabinet of Ministers No. 1236 'On the establishment of quarantine'", 2020, "1236-2020-п"),
    ("Resolution of the Cabinet of Ministers of Ukraine No. 1137 'On the Diia Unified State Web Portal'", 2019, "1137-2019-п"),
    ("Postanova KMU No. 164 [Resolution of the Cabinet of Ministers No. 164 on eRobota grants]", 2022, "164-2022-п"),
    ("Resolution of the National Bank of Ukraine No. 18 'On the operation of the banking system under martial law'", 2022, "v0018500-22"),
]  # fmt: skip
_MARKETS = ["e-commerce", "food retail", "mobile banking", "parcel delivery", "confectionery", "beer", "coffee shops",
            "telecoms", "consumer electronics", "pharmacy retail", "DIY retail", "vodka and spirits"]  # fmt: skip


class Blind137WorkFactory(WorkFactory):
    """Works a Ukrainian or diaspora candidate cites, from one seeded random source."""

    DRAWN: ClassVar[dict[str, int]] = {"book": 12, "ua-book": 6, "chapter": 5, "journal": 20, "thesis": 4, "conference": 4, "company-web": 8,
             "company-report": 5, "trade-body": 4, "government": 6, "law": 5, "market-research": 7, "news": 6,
             "unsigned-news": 3, "social": 3, "video": 3, "undated-web": 4}  # fmt: skip
    KINDS = frozenset({"book", "chapter", "journal", "thesis", "conference", "web", "report", "legislation", "news",
                       "social", "video"})  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 137 + 13701)
        self.dated_orgs: list[tuple[str, set[str], dict[str, Any]]] = []
        self.laws: set[str] = set()

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.58:
            male, female = rng.choice(_SURNAMES)
            if rng.random() < 0.5:
                family, given = male, rng.choice(_MEN)
                patronymics = _PATRONYMICS_M
            else:
                family, given = female, rng.choice(_WOMEN)
                patronymics = _PATRONYMICS_F
            if rng.random() < 0.12:
                given = f"{given} {rng.choice(patronymics)}"
            return {"family": family, "given": given}
        if roll < 0.72:
            family, given = rng.choice(_VARIANTS)
        elif roll < 0.84:
            family, given = rng.choice(_DIASPORA)
        elif roll < 0.96:
            family, given = rng.choice(_EXPATS)
        else:
            particle, family, given = rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 28, 16, 9, 5, 4, 2, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if all(p["family"] != name["family"] for p in people):
                people.append(name)
        return people

    def year(self) -> int:
        if self.rng.random() < 0.05:  # the classics and the first post-Soviet textbooks
            return self.rng.randint(1991, 2009)
        return self.rng.randint(2012, 2025)

    def accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        first = max(issued[0] if issued else 2022, 2022)
        year = self.rng.randint(first, max(first, 2026) if first >= 2025 else 2025)
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if issued and year == issued[0]:
            month = max(month, issued[1] if len(issued) > 1 else 1)
            if len(issued) > 2 and month == issued[1]:
                day = max(day, issued[2])
        return {"date-parts": [[year, month, day]]}

    def _title(self, year: int | None = None) -> str:
        rng = self.rng
        topic, context = rng.choice(_TOPICS), rng.choice(_CONTEXTS)
        while year is not None and year < 2022 and ("war" in context or "2022" in context or "refugees" in context):
            context = rng.choice(_CONTEXTS)
        while year is not None and year < 2022 and "war" in topic:
            topic = rng.choice(_TOPICS)
        forms = [
            f"{topic[0].upper()}{topic[1:]} {context}",
            f"The effect of {topic} on {rng.choice(_TOPICS)} {context}",
            f"{topic[0].upper()}{topic[1:]} and {rng.choice(_TOPICS)}: evidence from Ukraine",
            f"Determinants of {topic} {context}",
            f"Marketing resilience {context}: the case of {topic}",
            f"{topic[0].upper()}{topic[1:]} {context}: a structural equation model",
            f"How Ukrainian brands use {topic} {context}",
            f"Rethinking {topic} after 24 February 2022",
        ]
        if year is not None and year < 2023:
            forms.pop()
        return rng.choice(forms)

    def _fit(self, record: dict[str, Any]) -> None:
        """A title that fits its year: no war, martial law or refugees before 2022."""
        issued = record.get("issued")
        year = issued["date-parts"][0][0] if issued else None
        title = str(record.get("title", ""))
        if (
            year is not None
            and year < 2022
            and any(w in title for w in ("war", "martial", "2022", "refugees", "viiny"))
        ):
            record["title"] = self._title(year)

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        if kind not in ("social", "video"):
            self._fit(record)
        return super()._person_work(record, kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        if kind not in ("legislation", "social", "video"):
            self._fit(record)
        return super()._org_work(record, kind, name, tags)

    # ------------------------------------------------------------------ making works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _issued(self) -> dict[str, Any]:
        return {"date-parts": [[self.year()]]}

    def _org(self, table: list[tuple[str, set[str]]], record: dict[str, Any], kind: str) -> Work:
        """An organisation's work; now and then the same organisation again in the same year (2019a, 2019b)."""
        name, tags = self.rng.choice(table)
        if self.dated_orgs and "issued" in record and self.rng.random() < 0.15:
            name, tags, issued = self.rng.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [list(p) for p in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
            for old in re.findall(r"\b20\d\d\b", str(record.get("title", ""))):
                record["title"] = record["title"].replace(old, str(record["issued"]["date-parts"][0][0]))
        if "issued" in record:
            self.dated_orgs.append((name, set(tags), record["issued"]))
        if record.get("type") == "report" and "publisher" not in record and self.rng.random() < 0.5:
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = "Maidenhead" if name.startswith(("CIM", "Chartered")) else "Kyiv"
        return self._org_work(record, kind, name, set(tags))

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_INT_PUBLISHERS + _UA_PUBLISHERS[:3])
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": self._issued(), "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        if self.rng.random() < 0.15:
            record["medium"] = "e-book"
        return self._person_work(record, "book")

    def _ua_book(self) -> Work:
        publisher, place = self.rng.choice(_UA_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self.rng.choice(_UA_TITLES), "author": self._people(4),
                                  "issued": self._issued(), "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 5))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_INT_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": self._people(2),
            "container-title": self.rng.choice(["Marketing in Ukraine", "The Routledge handbook of Central and Eastern European business",
                                                "Business resilience in wartime", "Brands and nations: the Ukrainian case",
                                                "Digital transformation in Eastern Europe"]),
            "issued": self._issued(), "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        journal, prefix = self.rng.choice(_JOURNALS)
        year = self.year()
        volume, issue = str(self.rng.randint(1, 40)), str(self.rng.randint(1, 4))
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8), "container-title": journal,
            "issued": {"date-parts": [[year]]}, "volume": volume, "issue": issue,
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        if prefix and self.rng.random() < 0.6:
            record["DOI"] = f"{prefix}.{volume}({issue}).{year}.{self.rng.randint(1, 30):02d}"
        elif self.rng.random() < 0.2:
            record["URL"] = f"https://journals.ua/{self.rng.randint(1000, 99999)}"
            record["accessed"] = self.accessed_after([year])
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self._title() if self.rng.random() < 0.6 else self.rng.choice(_UA_TITLES),
                                  "author": [self.person()], "issued": self._issued(),
                                  "publisher": self.rng.choice(_UNIVERSITIES), "genre": self.rng.choice(_THESIS_KINDS)}  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(3),
            "container-title": self.rng.choice(_CONFERENCES), "issued": self._issued(),
            "publisher-place": self.rng.choice(["Kyiv", "Lviv", "Kharkiv", "Odesa", "Warsaw"]),
            "page": f"{(start := self.rng.randint(1, 200))}-{start + self.rng.randint(2, 8)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _web_record(self, title: str, host: str, dated: bool = True) -> dict[str, Any]:
        record: dict[str, Any] = {
            "type": "webpage",
            "title": title,
            "URL": f"https://{host}/{self.rng.randint(100, 9999)}",
        }
        if dated:
            record["issued"] = self._issued()
        if self.rng.random() < 0.85:
            record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0] if dated else None)
        return record

    def _company_web(self) -> Work:
        title = self.rng.choice(["About us", "Our brand", "Sustainability", "Press centre", "Loyalty programme",
                                 "Careers", "Impact report", "Tariffs and services"]) + " " + self.rng.choice(["", f"{self.year()}", "– official site"])  # fmt: skip
        name, tags = self.rng.choice(_COMPANIES)
        plain = re.sub(r"\b(JSC|PrJSC|PJSC|TOV|LLC|SE|CB)\b", "", name.split(" (")[0].replace("S.A.", ""))
        host = re.sub(r"[^a-z0-9.]", "", plain.lower())
        record = self._web_record(title.strip(), f"{host.strip('.')}.ua" if "." not in host else host)
        if "issued" in record and record["issued"]["date-parts"][0][0] < 2016:
            record["issued"]["date-parts"][0][0] += 10
            if "accessed" in record:
                record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._org([(name, tags)], record, "web")

    def _company_report(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice([f"Annual report {year}", f"Sustainability report {year}",
                                                                             f"Integrated report {year}", f"Richnyi zvit {year} [Annual report {year}]",
                                                                             "Financial statements under IFRS"]),
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = f"https://investors.example.ua/{year}"
            record["accessed"] = self.accessed_after([year])
        return self._org(_COMPANIES, record, "report")

    def _trade_body(self) -> Work:
        if self.rng.random() < 0.5:
            record = self._web_record(self._title(), "uam.in.ua", dated=self.rng.random() < 0.8)
            return self._org(_BODIES, record, "web")
        year = self.year()
        name, tags = self.rng.choice(_BODIES)
        subjects = ["Media market of Ukraine", "Advertising market volume", "Ukrainian IT market", "Retail in Ukraine"]
        if name.startswith(("CIM", "Chartered")):
            subjects = ["Impact of marketing", "Marketing trends", "Exploring marketing in Central and Eastern Europe"]
        record = {"type": "report", "title": f"{self.rng.choice(subjects)} {year}", "issued": {"date-parts": [[year]]}}
        return self._org([(name, tags)], record, "report")

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        titles = [self._title()]
        if "Bank" in name or name == "NBU":
            titles = [
                "Inflation report",
                "Financial stability report",
                "Cashless payments in Ukraine",
                "Payment market development strategy",
                "Banking sector review",
            ]
        elif "Statistic" in name:
            titles = [
                "Retail trade turnover",
                "Population and migration",
                "Household expenditure and income",
                "Statystychnyi shchorichnyk Ukrainy [Statistical yearbook of Ukraine]",
            ]
        elif "Digital" in name or name == "Diia":
            titles = [
                "Digital literacy of the population of Ukraine",
                "Diia.Business: results of the year",
                "Tsyfrova hramotnist naselennia [Digital literacy of the population]",
            ]
        elif "NKEK" in name:
            titles = ["Report on the electronic communications market", "Mobile communications market indicators"]
        record = self._web_record(self.rng.choice(titles), "gov.ua")
        if self.rng.random() < 0.4:
            record["type"] = "report"
        return self._org([(name, tags)], record, "report" if record["type"] == "report" else "web")

    def _law(self) -> Work:
        laws = [law for law in _LAWS + _RESOLUTIONS if law[0] not in self.laws] or _LAWS + _RESOLUTIONS
        title, year, slug = self.rng.choice(laws)
        self.laws.add(title)
        name = "Verkhovna Rada of Ukraine"
        if title.startswith(("Resolution", "Postanova")):
            name = "National Bank of Ukraine" if "National Bank" in title else "Cabinet of Ministers of Ukraine"
        record: dict[str, Any] = {"type": "webpage", "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": f"https://zakon.rada.gov.ua/laws/show/{slug}"}  # fmt: skip
        if self.rng.random() < 0.85:
            record["accessed"] = self.accessed_after([year])
        return self._org_work(record, "legislation", name, {"legislation", "government"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2014, 2025) if self.rng.random() < 0.9 else None
        market = self.rng.choice(_MARKETS)
        shown = year or 2024
        titles = [f"{market[0].upper()}{market[1:]} market in Ukraine {shown}", f"Ukraine: {market} - {self.rng.choice(['March', 'June', 'November'])} {shown}",
                  f"Ukrainian consumer sentiment {shown}: wave {self.rng.randint(1, 12)}", f"Brand health tracker: {market}, Q{self.rng.randint(1, 4)} {shown}",
                  f"Share of Ukrainians who shop for {market} online, {shown}", f"Omnibus {shown}: attitudes to Ukrainian brands"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name.split(" (")[0],
                                  "URL": f"https://{name.split()[0].lower()}.ua/{self.rng.randint(100, 9999)}"}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self.accessed_after([year] if year else None)
        tags = {"market-research"}
        if year:
            self.dated_orgs.append((name, tags, record["issued"]))
        return self._org_work(record, "report", name, tags)

    def _news(self) -> Work:
        year = self.year()
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "author": self._people(2),
                                  "container-title": self.rng.choice(_PRESS), "issued": {"date-parts": [issued]},
                                  "URL": f"https://news.example.ua/{self.rng.randint(1000, 99999)}"}  # fmt: skip
        if self.rng.random() < 0.85:
            record["accessed"] = self.accessed_after(issued)
        return self._person_work(record, "news")

    def _unsigned_news(self) -> Work:
        paper = self.rng.choice(_PRESS)
        year = self.year()
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": paper,
                                  "issued": {"date-parts": [issued]}, "URL": f"https://{paper.split()[0].lower()}.ua/{self.rng.randint(1000, 99999)}",
                                  "accessed": self.accessed_after(issued)}  # fmt: skip
        return self._org_work(record, "news", paper, {"press"})

    def _social(self) -> Work:
        year = self.rng.randint(2022, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        platform = self.rng.choice(["LinkedIn", "Telegram", "Facebook", "Instagram", "X"])
        text = self.rng.choice(["Our team kept the lights on for 1.2 million clients this week", "Дякуємо, що обираєте українське! [Thank you for choosing Ukrainian!]",
                                "Black Friday results: orders up 40% on last year", "Why we switched all our communication to Ukrainian",
                                "Five lessons from running a brand in wartime", "New parcel lockers in Kharkiv and Dnipro"])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": f"{text} [{platform}]", "container-title": platform,
                                  "issued": {"date-parts": [issued]}, "URL": f"https://{platform.lower()}.com/{self.rng.randint(1000, 99999)}",
                                  "accessed": self.accessed_after(issued)}  # fmt: skip
        if self.rng.random() < 0.5:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        name, tags = self.rng.choice(_COMPANIES)
        return self._org_work(record, "social", name, set(tags))

    def _video(self) -> Work:
        year = self.rng.randint(2016, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        title = self.rng.choice(["How monobank built a brand without branches", "Marketing under air-raid sirens",
                                 "Brand Ukraine: episode 12", "Nova Poshta: logistics as marketing",
                                 "Rozetka's Black Friday playbook", "Podcast 'Marketynh bez tsenzury' [Marketing uncensored], ep. 34"])  # fmt: skip
        platform = self.rng.choice(["YouTube", "Spotify", "Apple Podcasts"])
        record: dict[str, Any] = {"type": "webpage", "title": f"{title} [{'Video' if platform == 'YouTube' else 'Podcast'}]",
                                  "container-title": platform, "issued": {"date-parts": [issued]},
                                  "URL": f"https://www.{platform.split()[0].lower()}.com/{self.rng.randint(1000, 99999)}",
                                  "accessed": self.accessed_after(issued)}  # fmt: skip
        if self.rng.random() < 0.5:
            record["author"] = self._people(2)
            return self._person_work(record, "video")
        name, tags = self.rng.choice(_COMPANIES + _BODIES)
        return self._org_work(record, "video", name, set(tags))

    def _undated_web(self) -> Work:
        record = self._web_record(self.rng.choice([self._title(), "Tariffs", "How to pay with Apple Pay", "Diia.Business: grants for entrepreneurs",
                                                   "FOP: how to register as a sole proprietor", "eRobota programme", "Delivery terms"]),
                                  self.rng.choice(["diia.gov.ua", "business.diia.gov.ua", "mono.bank", "glovoapp.com"]), dated=False)  # fmt: skip
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        return self._org(_GOVERNMENT + _COMPANIES, record, "web")
