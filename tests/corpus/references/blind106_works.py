"""The works of the blind106 pool (HELD OUT): what marketers in Hungary and in the Hungarian-speaking communities of
Slovakia, Romania (Transylvania) and Serbia (Vojvodina) cite in CIM Level 6 and 7 reports and MBA assignments.

Hungarian names as English-language reference managers hold them (family name apart from given name, whatever
order the source printed), married names with -né ("Kovácsné Nagy Éva"), double surnames, names with and without
their accents as English-language journals sometimes print them, Slovak, Romanian and Serbian colleagues and
expatriates; banks, telecoms, retailers, FMCG, pharmaceutical and wine makers, spas and airlines with Kft., Zrt.,
Nyrt. and Bt.; regulators (GVH, MNB, NMHH, NAIH, KSH) with and without their abbreviations; laws numbered like
"2011. évi CXII. törvény" as the national law database gives them; Hungarian titles with English in square
brackets; theses from Corvinus, BME, ELTE, Debrecen, Szeged and Babeș-Bolyai; the Budapest, Pozsony, Kolozsvár and
Újvidék press signed and unsigned; social posts, podcasts and videos; undated pages.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

_FAMILIES = ["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas", "Balogh",
             "Papp", "Takács", "Juhász", "Lakatos", "Mészáros", "Oláh", "Simon", "Rácz", "Fekete", "Szűcs", "Győri",
             "Pásztor", "Bíró", "Vörös", "Szőke", "Fehér", "Lukács", "Gál", "Hegedűs", "Kelemen", "Vincze", "Pintér",
             "Fülöp", "Csizmadia", "Dudás", "Szilágyi", "Erdős", "Kőszegi", "Böszörményi", "Ferenczi", "Szőcs",
             "Kántor", "Bartalis", "Gergely", "Jakab", "Dobos", "Ürmösi", "Ónodi", "Czakó", "Zsigmond", "Ambrus",
             "Antal", "Benkő", "Csáki", "Dósa", "Ember", "Gyarmati", "Halász", "Illés", "Józsa", "Kerekes", "Lengyel",
             "Magyar", "Nyitrai", "Ősz", "Péterfi", "Rozsnyai", "Sipos", "Török", "Újvári", "Vass", "Zágoni"]  # fmt: skip
_GIVEN = ["Éva", "Zsófia", "Katalin", "Anikó", "Ildikó", "Réka", "Eszter", "Judit", "Orsolya", "Tünde", "Gabriella",
          "Krisztina", "Dóra", "Boglárka", "Csilla", "Ágnes", "Erzsébet", "Hajnalka", "Noémi", "Emese", "Enikő",
          "László", "Gábor", "Zoltán", "Péter", "Attila", "Balázs", "Tamás", "Ákos", "Levente", "Bence", "Gergő",
          "Csaba", "Ferenc", "Győző", "Ödön", "Szabolcs", "Zsolt", "Imre", "Márton", "Botond", "Örs", "Előd",
          "Huba", "Kristóf", "Dániel", "József", "István", "György", "Sándor", "Lőrinc"]  # fmt: skip
_HUSBANDS = ["Kovácsné", "Nagyné", "Tóthné", "Szabóné", "Horváthné", "Vargáné", "Kissné", "Molnárné", "Némethné",
             "Farkasné", "Baloghné", "Takácsné", "Juhászné", "Fehérné", "Simonné", "Bíróné"]  # fmt: skip
# Colleagues and expatriates who write about these markets (family, given, particle).
_OTHERS = [("Novák", "Jana", ""), ("Kováč", "Peter", ""), ("Hudáková", "Zuzana", ""), ("Popescu", "Andrei", ""),
           ("Ionescu", "Ioana", ""), ("Moldovan", "Radu", ""), ("Pop", "Cristina", ""), ("Jovanović", "Milan", ""),
           ("Petrović", "Ana", ""), ("Đorđević", "Nikola", ""), ("Müller", "Katrin", ""), ("Schmidt", "Florian", ""),
           ("Smith", "James", ""), ("Hughes", "Rebecca", ""), ("O'Brien", "Ciara", ""), ("Jong", "Pieter", "de"),
           ("Berg", "Anouk", "van den"), ("Wiśniewska", "Magdalena", ""), ("Dvořák", "Tomáš", ""),
           ("Rossi", "Francesca", ""), ("Lee", "Daniel", ""), ("Kapoor", "Ananya", ""), ("Zhang", "Lei", "")]  # fmt: skip
_ASCII = str.maketrans("áéíóöőúüűÁÉÍÓÖŐÚÜŰ", "aeiooouuuAEIOOOUUU")

_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("Magyar Nemzeti Bank", {"government"}), ("Magyar Nemzeti Bank (MNB)", {"government", "abbreviation"}),
    ("MNB", {"government", "acronym"}), ("Gazdasági Versenyhivatal", {"government"}),
    ("Gazdasági Versenyhivatal (GVH)", {"government", "abbreviation"}), ("GVH", {"government", "acronym"}),
    ("Hungarian Competition Authority", {"government"}),
    ("Nemzeti Média- és Hírközlési Hatóság", {"government", "hyphen"}),
    ("Nemzeti Média- és Hírközlési Hatóság (NMHH)", {"government", "hyphen", "abbreviation"}),
    ("NMHH", {"government", "acronym"}), ("Nemzeti Adatvédelmi és Információszabadság Hatóság", {"government"}),
    ("NAIH", {"government", "acronym"}), ("Központi Statisztikai Hivatal", {"government"}),
    ("Központi Statisztikai Hivatal (KSH)", {"government", "abbreviation"}), ("KSH", {"government", "acronym"}),
    ("Hungarian Central Statistical Office", {"government"}), ("Magyar Turisztikai Ügynökség", {"government"}),
    ("Pénzügyminisztérium", {"government"}), ("Institutul Național de Statistică", {"government"}),
    ("Štatistický úrad Slovenskej republiky", {"government"}), ("Republički zavod za statistiku", {"government"}),
    ("European Commission", {"government"}), ("Eurostat", {"government"}),
    ("OTP Bank Nyrt.", {"company"}), ("OTP Bank", {"company"}), ("Magyar Telekom Nyrt.", {"company"}),
    ("Yettel Magyarország Zrt.", {"company"}), ("4iG Nyrt.", {"company"}), ("MOL Nyrt.", {"company"}),
    ("Richter Gedeon Nyrt.", {"company"}), ("Egis Gyógyszergyár Zrt.", {"company"}),
    ("Béres Gyógyszergyár Zrt.", {"company"}), ("Wizz Air Hungary Zrt.", {"company"}),
    ("Dr. Oetker Magyarország Kft.", {"company", "honorific"}), ("Szentkirályi Ásványvíz Kft.", {"company"}),
    ("Törley Pezsgőpincészet Kft.", {"company"}), ("Tokaj Kereskedőház Zrt.", {"company"}),
    ("Hungarospa Hajdúszoboszló Zrt.", {"company"}), ("Danubius Hotels", {"company"}),
    ("Spar Magyarország Kereskedelmi Kft.", {"company"}), ("CBA Kereskedelmi Kft.", {"company"}),
    ("Coop Hungary Zrt.", {"company"}), ("Pick Szeged Zrt.", {"company"}), ("Gundel Kft.", {"company"}),
    ("Bálint és Társa Bt.", {"company"}), ("Kreatív Ügynökség Bt.", {"company"}), ("Raiffeisen Bank Zrt.", {"company"}),
    ("MBH Bank Nyrt.", {"company"}), ("Erste Bank Hungary Zrt.", {"company"}),
    ("Magyar Reklámszövetség", {"trade-body"}), ("Magyar Reklámszövetség (MRSZ)", {"trade-body", "abbreviation"}),
    ("Magyar Marketing Szövetség", {"trade-body"}), ("IAB Hungary", {"trade-body"}),
    ("Önszabályozó Reklám Testület (ÖRT)", {"trade-body", "abbreviation"}), ("Hegyközségek Nemzeti Tanácsa", {"trade-body"}),
    ("Magyar Szállodák és Éttermek Szövetsége", {"trade-body"}), ("Chartered Institute of Marketing", {"trade-body"}),
]  # fmt: skip
_RESEARCH = ["GfK Hungária", "NielsenIQ Hungary", "Ipsos Zrt.", "Medián", "Kantar Hoffmann", "GKI Gazdaságkutató Zrt.",
             "Statista", "Euromonitor International", "Mintel", "Publicus Intézet", "Századvég", "YouGov"]  # fmt: skip
_PRESS = ["HVG", "Portfolio.hu", "Index.hu", "Telex", "24.hu", "Népszava", "Világgazdaság", "Kreatív.hu", "Media1",
          "Marketing & Media", "Budapest Business Journal", "Budapest Times", "Új Szó", "Krónika", "Maszol.ro",
          "Transtelex", "Magyar Szó", "Daily News Hungary", "Hungary Today", "Forbes Magyarország"]  # fmt: skip
_JOURNALS = ["Vezetéstudomány / Budapest Management Review", "Marketing & Menedzsment", "Közgazdasági Szemle",
             "Statisztikai Szemle", "Financial and Economic Review", "Society and Economy", "Acta Oeconomica",
             "Central European Business Review", "Journal of East European Management Studies",
             "Studia Universitatis Babeș-Bolyai Negotia", "Management & Marketing", "Turizmus Bulletin",
             "Journal of Marketing Management", "International Journal of Wine Business Research",
             "Journal of Retailing and Consumer Services", "Tourism Management Perspectives",
             "Journal of Business Research", "Hitelintézeti Szemle", "Tér és Társadalom", "Gazdaság és Társadalom"]  # fmt: skip
# Hungarian titles with the English a candidate adds in square brackets.
_HU_TITLES = [
    ("A hűségprogramok hatása a vásárlói elégedettségre", "The effect of loyalty programmes on customer satisfaction"),
    ("Fogyasztói bizalom a digitális bankolásban", "Consumer trust in digital banking"),
    ("Influencermarketing a Z generáció körében", "Influencer marketing among generation Z"),
    ("A magyar borfogyasztók szegmentációja", "Segmenting Hungarian wine consumers"),
    ("Gyógyturizmus és márkaépítés a magyar fürdővárosokban", "Health tourism and branding in Hungarian spa towns"),
    ("Az árérzékenység változása az infláció idején", "Changing price sensitivity in a period of inflation"),
    ("Zöld állítások és fogyasztói szkepszis", "Green claims and consumer scepticism"),
    ("Kisebbségi médiafogyasztás Erdélyben", "Minority media consumption in Transylvania"),
    ("A magyar nyelvű reklám hatása a felvidéki vásárlókra", "The effect of Hungarian-language advertising on shoppers in southern Slovakia"),
    ("Online vásárlási szokások a Vajdaságban", "Online shopping habits in Vojvodina"),
    ("Mobilfizetés és az azonnali fizetési rendszer", "Mobile payment and the instant payment system"),
    ("Gyógyszermarketing és a vényköteles termékek kommunikációja", "Pharmaceutical marketing and the communication of prescription products"),
    ("A hazai termékek iránti etnocentrizmus", "Ethnocentrism towards domestic products"),
    ("Az ügyfélélmény mérése a távközlésben", "Measuring customer experience in telecommunications"),
    ("Márkahűség a diszkontláncok korában", "Brand loyalty in the age of discount chains"),
    ("Adatvédelem és személyre szabott hirdetések", "Data protection and personalised advertising"),
    ("A fapadosok hatása a budapesti turizmusra", "The impact of low-cost airlines on tourism in Budapest"),
    ("Hungarikumok a nemzetközi piacon", "Hungaricums on the international market"),
]  # fmt: skip
_EN_TOPICS = ["customer loyalty", "digital banking", "influencer marketing", "wine tourism", "spa tourism",
              "price promotions", "green claims", "consumer ethnocentrism", "mobile payments", "retail media",
              "private labels", "employer branding", "minority-language advertising", "low-cost airlines",
              "pharmaceutical marketing", "customer experience", "Generation Z", "omnichannel retail",
              "country-of-origin effects", "place branding"]  # fmt: skip
_EN_FORMS = ["{t}: evidence from Hungary", "{T} in Central and Eastern Europe", "The role of {t} in a post-transition market",
             "{T} among Hungarian consumers", "{T} and {u}: a Visegrád perspective", "Rethinking {t} after the pandemic",
             "{T} in the Carpathian Basin", "Drivers of {t} in Hungary and Romania"]  # fmt: skip
_UNIVERSITIES = [("Budapesti Corvinus Egyetem", "Budapest"), ("Corvinus University of Budapest", "Budapest"),
                 ("Budapesti Műszaki és Gazdaságtudományi Egyetem", "Budapest"), ("Eötvös Loránd Tudományegyetem", "Budapest"),
                 ("Debreceni Egyetem", "Debrecen"), ("University of Szeged", "Szeged"), ("Szegedi Tudományegyetem", "Szeged"),
                 ("Babeș-Bolyai University", "Cluj-Napoca"), ("Babeș-Bolyai Tudományegyetem", "Kolozsvár"),
                 ("Selye János Egyetem", "Komárno"), ("Pécsi Tudományegyetem", "Pécs")]  # fmt: skip
_PUBLISHERS = [("Akadémiai Kiadó", "Budapest"), ("Alinea Kiadó", "Budapest"), ("HVG Könyvek", "Budapest"),
               ("Typotex", "Budapest"), ("Akadémiai Kiadó", "Budapest"), ("Pearson", "Harlow"), ("Routledge", "Abingdon"),
               ("Kogan Page", "London"), ("Springer", "Cham"), ("Partium Kiadó", "Nagyvárad"), ("Kalligram", "Pozsony")]  # fmt: skip
_LAWS = [
    ("2011. évi CXII. törvény az információs önrendelkezési jogról és az információszabadságról", "Act CXII of 2011 on informational self-determination and freedom of information", 2011),
    ("2008. évi XLVIII. törvény a gazdasági reklámtevékenység alapvető feltételeiről és egyes korlátairól", "Act XLVIII of 2008 on the basic requirements and certain restrictions of commercial advertising", 2008),
    ("2008. évi XLVII. törvény a fogyasztókkal szembeni tisztességtelen kereskedelmi gyakorlat tilalmáról", "Act XLVII of 2008 on the prohibition of unfair commercial practices against consumers", 2008),
    ("1997. évi CLV. törvény a fogyasztóvédelemről", "Act CLV of 1997 on consumer protection", 1997),
    ("2010. évi CLXXXV. törvény a médiaszolgáltatásokról és a tömegkommunikációról", "Act CLXXXV of 2010 on media services and mass media", 2010),
    ("2001. évi CVIII. törvény az elektronikus kereskedelmi szolgáltatások egyes kérdéseiről", "Act CVIII of 2001 on certain issues of electronic commerce services", 2001),
    ("2013. évi CCXXXVII. törvény a hitelintézetekről és a pénzügyi vállalkozásokról", "Act CCXXXVII of 2013 on credit institutions and financial enterprises", 2013),
]  # fmt: skip


_HOSTS = {"Magyar Nemzeti Bank": "mnb.hu", "MNB": "mnb.hu", "Gazdasági Versenyhivatal": "gvh.hu", "GVH": "gvh.hu",
          "Competition Authority": "gvh.hu", "Hírközlési": "nmhh.hu", "NMHH": "nmhh.hu", "Adatvédelmi": "naih.hu",
          "NAIH": "naih.hu", "Statisztikai Hivatal": "ksh.hu", "KSH": "ksh.hu", "Central Statistical": "ksh.hu",
          "Turisztikai": "mtu.gov.hu", "Pénzügyminisztérium": "kormany.hu", "Institutul": "insse.ro",
          "Štatistický": "slovak.statistics.sk", "Republički": "stat.gov.rs", "European Commission": "ec.europa.eu",
          "Eurostat": "ec.europa.eu/eurostat", "OTP": "otpbank.hu", "Telekom": "telekom.hu", "Yettel": "yettel.hu",
          "Wizz": "wizzair.com", "Richter": "gedeonrichter.com", "Chartered Institute": "cim.co.uk"}  # fmt: skip


class Blind106WorkFactory(WorkFactory):
    """Works of the blind106 pool: Hungarian and Hungarian-minority marketing sources and their authors."""

    DRAWN: ClassVar[dict[str, int]] = {"book": 11, "ebook": 3, "chapter": 6, "journal": 22, "thesis": 5, "conference": 4, "organisation-web": 10,
             "organisation-report": 9, "government": 7, "law": 3, "market-research": 7, "news": 8, "social": 3,
             "undated-web": 4}  # fmt: skip
    KINDS: ClassVar[tuple[str, ...]] = (
        "book",
        "chapter",
        "journal",
        "thesis",
        "conference",
        "web",
        "report",
        "news",
        "social",
    )

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 106 + 10601)
        self.dated_orgs: list[tuple[str, set[str], int]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.15:
            family, given, particle = rng.choice(_OTHERS)
            name = {"family": family, "given": given}
            if particle:
                name["non-dropping-particle"] = particle
            return name
        family, given = rng.choice(_FAMILIES), rng.choice(_GIVEN)
        roll = rng.random()
        if roll < 0.12 and given[-1] in "aéiókrs" and given in _GIVEN[:21]:  # a married woman's name: Kovácsné Nagy Éva
            family = f"{rng.choice(_HUSBANDS)} {family}"
        elif roll < 0.2:
            family = f"{family}-{rng.choice(_FAMILIES)}"
        elif roll < 0.27:  # as some English-language journals print it, without the accents
            family, given = family.translate(_ASCII), given.translate(_ASCII)
        return {"family": family, "given": given}

    def year(self, classic: bool = False) -> int:
        if classic and self.rng.random() < 0.12:
            return self.rng.randint(1975, 1999)
        return self.rng.randint(2005, 2025)

    def accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        year = self.rng.randint(max(2022, issued[0] if issued else 2022), 2025)
        if issued and year == issued[0]:
            return {"date-parts": [[year, 12, self.rng.randint(15, 28)]]}
        return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        if self.rng.random() < 0.45:
            hu, en = self.rng.choice(_HU_TITLES)
            return f"{hu} [{en}]"
        topic, other = self.rng.sample(_EN_TOPICS, 2)
        form = self.rng.choice(_EN_FORMS)
        title = form.format(t=topic, T=topic[0].upper() + topic[1:], u=other)
        return title[0].upper() + title[1:]

    def _host(self, name: str) -> str:
        for key, host in _HOSTS.items():
            if key in name:
                return host
        words = [w for w in name.split(" (")[0].split() if w not in ("Kft.", "Zrt.", "Nyrt.", "Bt.")]
        return "".join(words[:2]).lower().replace(".", "").replace("-", "").translate(_ASCII) + ".hu"

    def _url(self, host: str | None = None) -> str:
        host = host or self.rng.choice(
            [
                "mnb.hu",
                "ksh.hu",
                "gvh.hu",
                "nmhh.hu",
                "naih.hu",
                "otpbank.hu",
                "telekom.hu",
                "hvg.hu",
                "portfolio.hu",
                "kreativ.hu",
                "media1.hu",
                "bbj.hu",
                "maszol.ro",
            ]
        )
        slug = "-".join(
            self.rng.sample(
                [
                    "marketing",
                    "fogyasztok",
                    "jelentes",
                    "2023",
                    "kutatas",
                    "piac",
                    "hirek",
                    "elemzes",
                    "digitalis",
                    "bank",
                    "kiskereskedelem",
                    "statisztika",
                ],
                3,
            )
        )
        return f"https://www.{host}/{slug}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[38, 26, 15, 8, 5, 4, 2, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if all(p["family"] != person["family"] for p in people):
                people.append(person)
        return people

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation in the same year as an earlier work (KSH 2019a and 2019b).
        paired = kind in ("web", "report") and not tags & {"legislation", "market-research"}
        if paired and self.dated_orgs and "issued" in record and self.rng.random() < 0.08:
            name, tags, year = self.rng.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [[year]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after([year])
            if "URL" in record:
                record["URL"] = self._url(self._host(name))
            if kind == "report" and "publisher" in record:
                record["publisher"] = name.split(" (")[0]
        if paired and "issued" in record:
            self.dated_orgs.append((name, tags, record["issued"]["date-parts"][0][0]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year(classic=True)]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _ebook(self) -> Work:
        work = self._book()
        work.record["medium"] = "e-book"
        work.record["URL"] = (
            f"https://www.{self.rng.choice(['mersz.hu', 'dtk.tankonyvtar.hu', 'perlego.com'])}/dokumentum/{self.rng.randint(1000, 99999)}"
        )
        work.record["accessed"] = self.accessed_after(work.record["issued"]["date-parts"][0])
        return work

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        container = self.rng.choice(["Marketing a gyakorlatban [Marketing in practice]", "Fogyasztói magatartás [Consumer behaviour]",
                                     "Handbook of Central European marketing", "Turizmusmarketing [Tourism marketing]",
                                     "The Routledge companion to CEE business", "Kisebbségi gazdaság [Minority economy]"])  # fmt: skip
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))], "container-title": container,
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 75)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice(['14267', '1556', '18096', '1108', '1016'])}/{self.rng.choice(['VEZTUD', 'MM', 'KSZ', 'SOCEC'])}.{record['issued']['date-parts'][0][0]}.{self.rng.randint(1, 12):02d}.{self.rng.randint(1, 99):02d}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        hungarian = not university.startswith(("Corvinus University", "University", "Babeș-Bolyai University"))
        genre = self.rng.choice(
            ["Doktori értekezés", "PhD-értekezés", "Diplomamunka"]
            if hungarian
            else ["PhD thesis", "MSc thesis", "MBA dissertation"]
        )
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()], "genre": genre,
                                  "issued": {"date-parts": [[self.rng.randint(2008, 2024)]]}, "publisher": university,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = (
                f"https://{self.rng.choice(['phd.lib.uni-corvinus.hu', 'doktori.hu', 'dea.lib.unideb.hu', 'doktori.bibl.u-szeged.hu'])}/{self.rng.randint(100, 9999)}/"
            )
            record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        year = self.year()
        event = self.rng.choice(["EMOK 2019", "Magyar Marketing Szövetség Marketingoktatók Klubja", "EMAC Annual Conference",
                                 "International Conference on Tourism", "Vállalkozásfejlesztés a XXI. században"])  # fmt: skip
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": f"{event.split(' 20')[0]} konferenciakötet [Conference proceedings]",
            "event-place": self.rng.choice(["Budapest", "Szeged", "Debrecen", "Kolozsvár", "Sopron", "Pécs"]),
            "issued": {"date-parts": [[year]]}, "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(6, 15)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _organisation_web(self) -> Work:
        name, tags = self.rng.choice(_ORGANISATIONS)
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url(self._host(name))}
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[self.year()]]}
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        return self._org_work(record, "web", name, set(tags))

    def _organisation_report(self) -> Work:
        name, tags = self.rng.choice(_ORGANISATIONS)
        year = self.year()
        title = self.rng.choice([f"Éves jelentés {year} [Annual report {year}]", f"Fenntarthatósági jelentés {year} [Sustainability report]",
                                 f"Pénzügyi stabilitási jelentés, {year}. május [Financial stability report, May {year}]"
                                 if "MNB" in name or "Nemzeti Bank" in name else f"Marketingstratégia {year}-{year + 2}",
                                 f"Integrated annual report {year}", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0], "publisher-place": "Budapest"}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url(self._host(name))
            record["accessed"] = self.accessed_after([year])
        return self._org_work(record, "report", name, set(tags))

    def _government(self) -> Work:
        name, tags = self.rng.choice([o for o in _ORGANISATIONS if "government" in o[1]])
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "issued": {"date-parts": [[self.year()]]}, "URL": self._url(self._host(name))}  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, set(tags))

    def _law(self) -> Work:
        """A law as candidates list it: the national law database as author, the numbered act as title."""
        hu, en, year = self.rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "webpage", "title": f"{hu} [{en}]", "issued": {"date-parts": [[year]]},
                                  "URL": f"https://net.jogtar.hu/jogszabaly?docid={self.rng.randint(10000, 99999)}.TV",
                                  "accessed": self.accessed_after([year])}  # fmt: skip
        name = self.rng.choice(["Nemzeti Jogszabálytár", "Wolters Kluwer Jogtár", "Magyar Közlöny"])
        return self._org_work(record, "web", name, {"legislation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.9 else None
        market = self.rng.choice(["bankkártyás fizetés", "mobile telecoms", "ásványvíz", "wine", "OTC pharmaceuticals",
                                  "spa hotels", "grocery retail", "e-commerce", "energy drinks"])  # fmt: skip
        titles = [f"{market.capitalize()} in Hungary {year or 2024}", f"Hungary: {market} market report {year or 2024}",
                  f"Fogyasztói trendek {year or 2023} [Consumer trends {year or 2023}]", f"{market.capitalize()} – Central and Eastern Europe – {year or 2024}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": f"https://www.{name.split()[0].lower().rstrip('.').translate(_ASCII)}.hu/{market.split()[0]}"}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        if self.rng.random() < 0.85:
            record["accessed"] = self.accessed_after([year] if year else None)
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        year = self.rng.randint(2012, 2025)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}, "URL": self._url(),
        }  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _social(self) -> Work:
        name = self.rng.choice(["OTP Bank", "Magyar Telekom", "Wizz Air", "Szentkirályi", "Hungarospa", "Törley",
                                "Yettel Magyarország", "Spar Magyarország", "Kreatív.hu", "Marketing Podcast"])  # fmt: skip
        year = self.rng.randint(2018, 2025)
        platform = self.rng.choice(["Facebook", "Instagram", "LinkedIn", "YouTube", "Spotify", "TikTok"])
        title = self.rng.choice([f"{platform} post", f"Karácsonyi kampányvideó [Christmas campaign video] ({platform})",
                                 f"{name} podcast, {(episode := self.rng.randint(3, 160))}. adás [Episode {episode}]",
                                 f"Nyereményjáték! [Prize draw!] {platform} post"])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": title, "container-title": platform,
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": f"https://www.{platform.lower()}.com/{name.lower().replace(' ', '')}/{self.rng.randint(10**6, 10**7)}"}  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._org_work(record, "social", name, {"social", "company"})

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url()}
        if self.rng.random() < 0.8:
            record["accessed"] = self.accessed_after(None)
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.rng.choice(_ORGANISATIONS)
        record["URL"] = self._url(self._host(name))
        return self._org_work(record, "web", name, set(tags) | {"undated"})
