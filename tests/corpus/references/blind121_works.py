"""Works for the "blind121" pool (HELD OUT): what marketers in Belarus and its diaspora cite in CIM Level 6 and 7
reports and MBA assignments written in English.

Belarusian and Russian names in several transliterations (Łacinka, BGN/PCGN, passport spellings), Polish and
Lithuanian minority names, expatriates; BSU, BSEU and EHU theses; journals of the region and international ones;
company pages of banks, telecoms, IT firms, dairies, potash and tractor makers; Belstat, the National Bank and the
MART; laws and edicts as web pages of the legal portal; research firms; the Belarusian, Russian, Lithuanian and
Polish press, signed and unsigned; social posts, podcasts and videos; Russian and Belarusian titles in Latin or
Cyrillic letters with English in square brackets.
"""

# ruff: noqa: E501  (generator tables read best one to a line; Cyrillic letters are meant)
from __future__ import annotations

import random
import re
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# (family, given) as they appear on papers and passports: several spellings of the same names on purpose.
_BELARUSIAN = [
    ("Kavalenka", "Aliaksandr"), ("Kovalenko", "Alexander"), ("Kovalenko", "Aleksandr"), ("Navumchyk", "Siarhei"),
    ("Naumchik", "Sergei"), ("Łukašenka", "Volha"), ("Lukashenko", "Olga"), ("Kazlou", "Dzmitry"),
    ("Kozlov", "Dmitry"), ("Hurynovich", "Tatsiana"), ("Gurinovich", "Tatiana"), ("Bahdanovich", "Yauhen"),
    ("Bogdanovich", "Evgeny"), ("Zhuk", "Katsiaryna"), ("Žuk", "Kaciaryna"), ("Shushkevich", "Uladzimir"),
    ("Karpovich", "Palina"), ("Lebedzeva", "Hanna"), ("Lebedeva", "Anna"), ("Marozava", "Iryna"),
    ("Morozova", "Irina"), ("Sidarenka", "Andrei"), ("Sidorenko", "Andrey"), ("Kuzniatsou", "Pavel"),
    ("Kuznetsov", "Pavel"), ("Ramanchuk", "Yaraslau"), ("Hrybouskaya", "Nasta"), ("Grebnev", "Viktor"),
    ("Tsikhanouskaya", "Sviatlana"), ("Tsikhanovskaya", "Svetlana"), ("Babaryka", "Maryia"),
    ("Dashkevich", "Mikalai"), ("Daszkiewicz", "Mikołaj"), ("Yermakova", "Aksana"), ("Yarmolenka", "Vadzim"),
    ("Charnyshova", "Alena"), ("Chernysheva", "Elena"), ("Vasilevich", "Ales"), ("Pashkevich", "Darya"),
    ("Klimovich", "Raman"), ("Ivanova", "Yuliya"), ("Ivanou", "Artsiom"), ("Mikhalchuk", "Kiryl"),
    ("Sakalouskaya", "Veranika"), ("Sokolovskaya", "Veronika"), ("Shauchenka", "Ihar"), ("Shevchenko", "Igor"),
    ("Kireyeva", "Liudmila"), ("Bialiatski", "Ales"), ("Matskevich", "Uladzislau"), ("Savitskaya", "Maryna"),
    ("Kaliada", "Nadzeya"), ("Koleda", "Nadezhda"), ("Sinkevich", "Anastasiya"), ("Kuchynskaya", "Ksenia"),
    ("Haurylenka", "Mikhail"), ("Gavrilenko", "Mikhail"), ("Aleksandrovich", "Stanislau"),
    ("Mel'nikova", "Ekaterina"), ("Zaleskaya", "Alesia"), ("Ždanovič", "Jan"), ("Šuškievič", "Taciana"),
]  # fmt: skip
# Polish and Lithuanian minority names from Grodno, Lida and Vilnius, and the diaspora's colleagues abroad.
_MINORITY = [
    ("Wiśniewska", "Agnieszka"), ("Kowalczyk", "Tomasz"), ("Łukaszewicz", "Joanna"), ("Żyliński", "Paweł"),
    ("Sienkiewicz", "Krzysztof"), ("Jankowska", "Małgorzata"), ("Kazlauskas", "Tomas"), ("Jankauskienė", "Rūta"),
    ("Petrauskaitė", "Ieva"), ("Žemaitis", "Mindaugas"), ("Bērziņa", "Ilze"), ("Kalniņš", "Jānis"),
    ("Beridze", "Nino"), ("Kapanadze", "Giorgi"), ("Müller", "Katrin"), ("Schröder", "Jonas"),
    ("Smith", "Rebecca"), ("Hughes", "Daniel"), ("O'Connor", "Siobhan"), ("Thompson", "Mark"),
    ("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona"),
    ("Doyle", "Peter"), ("Jobber", "David"), ("Wilson", "Andrew"), ("Ryan", "Damian"),
]  # fmt: skip
_PARTICLED = [("von", "Löwis", "Henrike"), ("de", "Vries", "Maarten"), ("van", "der Meer", "Femke")]

_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("Belarusbank", {"company"}), ("Priorbank JSC", {"company"}), ("Belinvestbank", {"company"}),
    ("Alfa-Bank Belarus", {"company", "hyphen"}), ("BPS-Sberbank", {"company", "hyphen"}),
    ("A1 Belarus", {"company"}), ("MTS Belarus", {"company", "acronym"}), ("life:)", {"company", "punctuation"}),
    ("EPAM Systems", {"company"}), ("Wargaming", {"company"}), ("Flo Health", {"company"}),
    ("Savushkin Product OJSC", {"company"}), ("Santa Bremor", {"company"}), ("Milkavita", {"company"}),
    ("Belaruskali OAO", {"company"}), ("BelAZ", {"company"}), ("Minsk Tractor Works (MTZ)", {"company", "abbreviation"}),
    ("MAZ", {"company", "acronym"}), ("Euroopt", {"company"}), ("Green", {"company"}), ("Belavia", {"company"}),
    ("Hi-Tech Park Belarus", {"trade-body", "hyphen"}), ("Belarusian Chamber of Commerce and Industry", {"trade-body"}),
    ("Belarusian Marketing Association", {"trade-body"}), ("IAB Belarus", {"trade-body", "acronym"}),
    ("Kufar", {"company"}), ("Onliner", {"company"}), ("21vek.by", {"company", "digit"}),
    ("Dr. Bottle CJSC", {"company", "abbreviation"}), ("Bel-Art Agency JLLC", {"company", "hyphen"}),
]  # fmt: skip
_REGULATORS = [
    "National Bank of the Republic of Belarus", "National Statistical Committee of the Republic of Belarus (Belstat)",
    "Belstat", "Ministry of Antimonopoly Regulation and Trade (MART)", "MART", "Ministry of Information of the Republic of Belarus",
    "Ministry of Economy of the Republic of Belarus", "Operational and Analytical Centre (OAC)",
    "National Centre for Personal Data Protection", "European Commission", "World Bank", "EBRD",
]  # fmt: skip
_HOSTS = {
    "National": "www.nbrb.by",
    "Belstat": "www.belstat.gov.by",
    "MART": "mart.gov.by",
    "Ministry": "www.gov.by",
    "European": "ec.europa.eu",
    "World": "www.worldbank.org",
    "EBRD": "www.ebrd.com",
    "Operational": "oac.gov.by",
}
_RESEARCH = ["Satio", "MASMI Belarus", "IPM Research Center", "Gemius", "Statista", "Euromonitor International",
             "DataReportal", "Kantar", "Ipsos", "Chatham House"]  # fmt: skip
_PRESS = ["Nasha Niva", "Zerkalo.io", "Belsat TV", "Reform.by", "Belta", "Pozirk", "Euroradio", "Dev.by",
          "Kyky.org", "Onliner", "LRT English", "Notes from Poland", "Meduza", "BBC News", "Financial Times",
          "Reuters", "bne IntelliNews", "The Guardian"]  # fmt: skip
_JOURNALS = ["Bankauski Vesnik", "Belarusian Economic Journal", "Ekonomika i Upravlenie", "Baltic Journal of Management",
             "Journal of East European Management Studies", "Eastern European Economics", "Post-Soviet Affairs",
             "Journal of Marketing Management", "International Journal of Emerging Markets",
             "Journal of Business Research", "Marketing Intelligence & Planning", "Europe-Asia Studies",
             "Journal of Consumer Behaviour", "Central European Business Review"]  # fmt: skip
_UNIVERSITIES = [("Belarusian State University", "Minsk"), ("Belarus State Economic University", "Minsk"),
                 ("European Humanities University", "Vilnius"), ("Yanka Kupala State University of Grodno", "Grodno"),
                 ("Brest State Technical University", "Brest"), ("Vitebsk State Technological University", "Vitebsk"),
                 ("Francisk Skorina Gomel State University", "Gomel"), ("Vilnius University", "Vilnius"),
                 ("SGH Warsaw School of Economics", "Warsaw")]  # fmt: skip
_PUBLISHERS = [("Vysheishaya Shkola", "Minsk"), ("BGEU", "Minsk"), ("Belaruskaya Navuka", "Minsk"), ("Piter", "Saint Petersburg"),
               ("Alpina Publisher", "Moscow"), ("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"),
               ("Wydawnictwo Naukowe PWN", "Warsaw"), ("Sage", "London"), ("Palgrave Macmillan", "Cham")]  # fmt: skip
_TOPICS = ["brand loyalty", "mobile banking", "digital marketing", "consumer ethnocentrism", "export marketing",
           "employer branding", "private labels", "loyalty cards", "e-commerce", "influencer marketing",
           "CSR communication", "country-of-origin effects", "relocation of IT firms", "Telegram channels",
           "price sensitivity", "dairy exports", "contactless payments", "hotel marketing", "B2B marketing",
           "tourism to the visa-free zone", "retail chains", "generation Z marketing", "the diaspora market", "agritourism"]  # fmt: skip
_PLACES = ["Belarus", "Minsk", "Brest", "Grodno", "Hrodna", "Gomel", "Homel", "Vitebsk", "Mogilev", "Mahilioŭ",
           "the Belarusian diaspora in Lithuania", "Poland", "the EAEU", "Eastern Europe"]  # fmt: skip
# Titles in the original language, transliterated or in Cyrillic, with the English the candidate adds.
_LOCAL_TITLES = [
    ("Marketing v Belarusi: teoriya i praktika", "Marketing in Belarus: theory and practice"),
    ("Маркетинг: учебное пособие", "Marketing: a textbook"),
    ("Маркетынг у Беларусі", "Marketing in Belarus"),
    ("Lojal'nost' potrebitelei v bankovskom sektore", "Consumer loyalty in the banking sector"),
    ("Цифровой маркетинг в Республике Беларусь", "Digital marketing in the Republic of Belarus"),
    ("Brend-menedzhment", "Brand management"),
    ("Eksportnyi marketing molochnoi produktsii", "Export marketing of dairy products"),
    ("Potrebitel'skoe povedenie pokoleniya Z", "Consumer behaviour of generation Z"),
    ("Рэклама і грамадства", "Advertising and society"),
    ("Internet-marketing dlya malogo biznesa", "Internet marketing for small business"),
    ("Маркетинговые исследования", "Marketing research"),
    ("Upravlenie marketingom na promyshlennom predpriyatii", "Marketing management at an industrial enterprise"),
]  # fmt: skip
_TITLE_FORMS = ["{T} in {p}", "The role of {t} in {p}", "{T}: evidence from {p}", "{T} and trust in {p}",
                "Rethinking {t}: the case of {p}", "{T} among consumers in {p}",
                "{T} and purchase intentions in {p}", "{T} in a transition economy: {p}"]  # fmt: skip


class Blind121WorkFactory(WorkFactory):
    """The blind121 pool's works: Belarusian, Russian, Polish and Lithuanian names in several spellings, local and
    international publishers, regulators, laws as web pages, firms' pages and the press of Belarus and its diaspora."""

    DRAWN: ClassVar[dict[str, int]] = {"book": 13, "chapter": 6, "journal": 22, "thesis": 5, "conference": 4, "company-web": 9,
             "company-report": 6, "regulator": 7, "law": 4, "market-research": 7, "news": 8, "news-unsigned": 3,
             "social": 2, "podcast": 2, "undated-web": 4, "working-paper": 3}  # fmt: skip
    KINDS = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "news", "social", "video")

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 121 + 12101)
        self.paired: list[tuple[str, set[str], int, str]] = []
        self.making = ""

    # ------------------------------------------------------------------ names and dates
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.62:
            family, given = self.rng.choice(_BELARUSIAN)
        elif roll < 0.95:
            family, given = self.rng.choice(_MINORITY)
        else:
            particle, family, given = self.rng.choice(_PARTICLED)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        return {"family": family, "given": given}

    def year(self) -> int:
        if self.rng.random() < 0.06:
            return self.rng.randint(1995, 2007)
        return self.rng.randint(2008, 2025)

    def accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        first = max(2022, issued[0] + 1) if issued else 2022
        return {
            "date-parts": [
                [self.rng.randint(first, max(first, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            ]
        }

    def _title(self) -> str:
        if self.rng.random() < 0.25:
            local, english = self.rng.choice(_LOCAL_TITLES)
            return f"{local} [{english}]"
        topic, place = self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        return self.rng.choice(_TITLE_FORMS).format(t=topic, T=topic[0].upper() + topic[1:], p=place)

    def _url(self, host: str) -> str:
        slug = self.fakers["en_GB"].slug()
        return f"https://{host}/{slug}-{self.rng.randint(10, 99999)}"

    @staticmethod
    def _host(name: str, domain: str) -> str:
        host = name.lower().replace(" ", "")
        return host if "." in host else host + domain

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[40, 25, 15, 8, 5, 3, 2, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if all(p["family"] != name["family"] for p in people):
                people.append(name)
        return people

    def _dated(self, record: dict[str, Any], chance: float = 1.0, day: bool = False) -> list[int] | None:
        if self.rng.random() >= chance:
            return None
        year = self.year()
        parts = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)] if day else [year]
        record["issued"] = {"date-parts": [parts]}
        return parts

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # one organisation with two works of the same kind in a year ("Belstat, 2019a" and "2019b"); a title with a
        # year of its own ("Annual report 2019") keeps its organisation and year
        same = [p for p in self.paired if p[3] == self.making]
        dated = "issued" in record and kind != "news" and not re.search(r"\b(19|20)\d\d\b", record["title"])
        if dated and same and self.rng.random() < 0.15:
            name, tags, year, _ = self.rng.choice(same)
            record["issued"] = {"date-parts": [[year]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after([year])
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
        elif dated:
            self.paired.append((name, tags, record["issued"]["date-parts"][0][0], self.making))
        return super()._org_work(record, kind, name, tags)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        self.making = kind
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "publisher": publisher, "publisher-place": place}  # fmt: skip
        issued = self._dated(record)
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        if self.rng.random() < 0.15:  # an e-book read online
            record["URL"] = self._url(self.rng.choice(["elib.bsu.by", "books.google.com", "ebookcentral.proquest.com"]))
            record["accessed"] = self.accessed_after(issued)
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 300)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": self._people(2), "container-title": f"{self.rng.choice(['Marketing', 'Business', 'Consumers', 'Brands'])} in "
            f"{self.rng.choice(['Belarus', 'post-Soviet Europe', 'Eastern Europe', 'the EAEU', 'transition economies'])}",
            "publisher": publisher, "publisher-place": place, "page": f"{start}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        self._dated(record)
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 400)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "volume": str(self.rng.randint(1, 70)),
            "issue": str(self.rng.randint(1, 12)), "page": f"{start}-{start + self.rng.randint(6, 25)}",
        }  # fmt: skip
        self._dated(record)
        if self.rng.random() < 0.4:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": self._people(1),
            "genre": self.rng.choice(["MBA dissertation", "Master's thesis", "PhD thesis", "Kandidat nauk dissertation"]),
            "publisher": university, "publisher-place": place,
        }  # fmt: skip
        self._dated(record)
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(3),
            "container-title": self.rng.choice(["Proceedings of the BSEU International Scientific Conference",
                                                "Proceedings of the Minsk Marketing Forum",
                                                "Proceedings of the EHU Annual Conference on Social Sciences"]),
            "publisher-place": self.rng.choice(["Minsk", "Vilnius", "Grodno"]),
        }  # fmt: skip
        self._dated(record)
        return self._person_work(record, "conference")

    def _working_paper(self) -> Work:
        record: dict[str, Any] = {
            "type": "report", "title": self._title(), "author": self._people(3),
            "publisher": self.rng.choice(["BEROC", "IPM Research Center", "Belarusian Economic Research and Outreach Center",
                                          "Centre for Eastern Studies (OSW)"]),
            "publisher-place": self.rng.choice(["Kyiv", "Minsk", "Warsaw", "Vilnius"]),
        }  # fmt: skip
        issued = self._dated(record)
        if self.rng.random() < 0.5:
            record["URL"] = self._url("www.beroc.org")
            record["accessed"] = self.accessed_after(issued)
        return self._person_work(record, "report")

    def _company_web(self) -> Work:
        name, tags = self.rng.choice(_ORGANISATIONS)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(
            ["About us", "Our history", "Sustainability", "Press centre", "Loyalty programme", "Careers",
             "Export geography", "О компании [About the company]", "Praca ŭ nas [Working with us]"]) if self.rng.random() < 0.5 else self._title(),
            "URL": self._url(self._host(name.split()[0].strip(":)"), ".by"))}  # fmt: skip
        issued = self._dated(record, 0.75)
        if self.rng.random() < 0.85:
            record["accessed"] = self.accessed_after(issued)
        return self._org_work(record, "web", name, tags)

    def _company_report(self) -> Work:
        name, tags = self.rng.choice(_ORGANISATIONS)
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report {year}", f"Sustainability report {year}",
                                                        f"Годовой отчёт за {year} год [Annual report for {year}]", self._title()]),
            "publisher": name.split(" (")[0], "publisher-place": self.rng.choice(["Minsk", "Soligorsk", "Zhodino", "Vilnius"]),
        }  # fmt: skip
        issued = [year]
        record["issued"] = {"date-parts": [issued]}
        if self.rng.random() < 0.6:
            record["URL"] = self._url(self._host(name.split()[0], ".by"))
            if self.rng.random() < 0.85:
                record["accessed"] = self.accessed_after(issued)
        return self._org_work(record, "report", name, tags)

    def _regulator(self) -> Work:
        name = self.rng.choice(_REGULATORS)
        titles = {
            "National": [
                "Monetary policy guidelines",
                "Financial stability report",
                "Payment system of the Republic of Belarus",
            ],
            "Belstat": [
                "Retail trade of the Republic of Belarus",
                "Statistical yearbook of the Republic of Belarus",
                "Information society in the Republic of Belarus",
                "Рознічны гандаль [Retail trade]",
            ],
            "MART": ["Rules of retail trade", "Consumer market monitoring", "Advertising: questions and answers"],
        }
        key = "Belstat" if "Statistical" in name or name == "Belstat" else "MART" if "MART" in name else name.split()[0]
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(
            [self._title(), *titles.get(key, [])]),
            "URL": ""}  # fmt: skip
        record["URL"] = self._url(_HOSTS.get("Belstat" if "Statistical" in name else name.split()[0], "www.gov.by"))
        issued = self._dated(record)
        record["accessed"] = self.accessed_after(issued)
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _law(self) -> Work:
        year = self.year()
        number = self.rng.randint(1, 480)
        title = self.rng.choice([
            f"Law No. {number}-Z 'On advertising'", f"Law No. {number}-Z 'On consumer protection'",
            f"Law No. {number}-Z 'On personal data protection'", f"Edict No. {number} 'On the development of the digital economy'",
            f"Decree No. {number} 'On the development of entrepreneurship'", f"Закон № {number}-З «О рекламе» [Law No. {number}-Z On advertising]",
            f"Resolution of the Council of Ministers No. {number} 'On price regulation'"])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": self._url("pravo.by/document"), "accessed": self.accessed_after([year])}  # fmt: skip
        name = self.rng.choice(
            [
                "Republic of Belarus",
                "National Legal Internet Portal of the Republic of Belarus",
                "President of the Republic of Belarus",
                "Council of Ministers of the Republic of Belarus",
            ]
        )
        return self._org_work(record, "web", name, {"government", "legislation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year()
        record: dict[str, Any] = {"type": "report", "publisher": name, "title": self.rng.choice([
            f"Digital {year}: Belarus", f"Media consumption in Belarus {year}", f"Belarus: consumer lifestyles {year}",
            f"Retail banking in Belarus - {self.rng.choice(['March', 'June', 'November'])} {year}",
            f"Internet audience of Belarus, Q{self.rng.randint(1, 4)} {year}", f"Belarusians' views on brands, wave {self.rng.randint(1, 9)}"]),
            "URL": self._url(f"www.{name.split()[0].lower()}.com")}  # fmt: skip
        if self.rng.random() < 0.92:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self.accessed_after([year] if "issued" in record else None)
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "author": self._people(2),
                                  "container-title": self.rng.choice(_PRESS), "URL": ""}  # fmt: skip
        record["URL"] = self._url(self._host(record["container-title"], ".com"))
        issued = self._dated(record, day=True)
        if self.rng.random() < 0.85:
            record["accessed"] = self.accessed_after(issued)
        return self._person_work(record, "news")

    def _news_unsigned(self) -> Work:
        press = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": press,
                                  "URL": self._url(self._host(press, ".com"))}  # fmt: skip
        issued = self._dated(record, day=True)
        record["accessed"] = self.accessed_after(issued)
        return self._org_work(record, "news", press, {"press"})

    def _social(self) -> Work:
        name, tags = self.rng.choice(_ORGANISATIONS)
        record: dict[str, Any] = {"type": "post", "title": self.rng.choice([
            "Kupalle night with our new cheese range", "Happy Independence Day, 3 July!", "Our new tariff for students",
            "Мы переехали! [We have moved!]", "Join our team in Warsaw", "Dziady: remembering together"]),
            "genre": self.rng.choice(["Instagram", "Telegram", "LinkedIn", "Facebook"]), "URL": self._url("t.me")}  # fmt: skip
        issued = self._dated(record, day=True)
        record["accessed"] = self.accessed_after(issued)
        return self._org_work(record, "social", name, tags | {"social"})

    def _podcast(self) -> Work:
        record: dict[str, Any] = {"type": self.rng.choice(["motion_picture", "broadcast"]), "title": self._title(),
                                  "author": self._people(2), "genre": self.rng.choice(["YouTube video", "Podcast"]),
                                  "URL": self._url("www.youtube.com/watch")}  # fmt: skip
        issued = self._dated(record, day=True)
        record["accessed"] = self.accessed_after(issued)
        return self._person_work(record, "video")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url("www.marketing.by"),
                                  "accessed": self.accessed_after(None)}  # fmt: skip
        if self.rng.random() < 0.4:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.rng.choice(_ORGANISATIONS)
        return self._org_work(record, "web", name, tags | {"undated"})
