"""Works for the blind158 pool (HELD OUT): what marketers in Hungary and its diaspora cite in CIM reports and MBAs.

Hungarian authors whose names are stored family name first in Hungarian catalogues and given name first in English
journals (both reach CSL as family and given), accents and double acutes (Szűcs, Kőrösi), married names with -né
("Kovácsné Nagy"), hyphenated double surnames, ifj. and id. (junior and senior) kept as a suffix, names written
without their accents in English-language journals, a family name with an initial before it ("Gy. Nagy"), and
expatriates in Vienna, Cluj-Napoca, London, Berlin and Toronto. Companies with Nyrt., Zrt., Kft. and Bt.,
regulators (NAIH, GVH, NMHH, MNB, KSH) in Hungarian and in English, Acts and government decrees numbered as
Hungarian law numbers them with the Parliament or the Government as author, theses (szakdolgozat,
PhD-értekezés) from Corvinus, ELTE, BME, Debrecen and Szeged, Hungarian titles with English in square brackets,
signed and unsigned press, posts, podcasts, videos and undated pages. The Magyar Nemzeti Bank has two works of
2019 (2019a and 2019b when a report cites both).
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

_HU_FAMILY = ["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas",
              "Balogh", "Papp", "Takács", "Juhász", "Lakatos", "Mészáros", "Oláh", "Simon", "Rácz", "Fekete",
              "Szilágyi", "Török", "Fehér", "Balázs", "Gál", "Kis", "Szűcs", "Kocsis", "Orsós", "Pintér",
              "Fodor", "Szalai", "Sipos", "Magyar", "Lukács", "Gulyás", "Biró", "Király", "Balog", "László",
              "Katona", "Jakab", "Bogdán", "Fülöp", "Pál", "Vincze", "Hegedűs", "Kőrösi", "Győri", "Bőhm",
              "Csizmadia", "Sárközi", "Veres", "Deák", "Bálint", "Erdős", "Vörös", "Zsigmond", "Csonka", "Hajdú",
              "Berács", "Törőcsik", "Hofmeister", "Wéber", "Schmidt", "Bauer", "Esterházy", "Széchényi", "Gyöngyösi",
              "Ördög", "Csörgő", "Szőke", "Ujvári", "Dobos", "Antal", "Halász", "Major", "Bakos", "Kun", "Somogyi"]  # fmt: skip
_HU_MALE = ["László", "István", "József", "János", "Zoltán", "Sándor", "Gábor", "Ferenc", "Attila", "Péter",
            "Tamás", "Zsolt", "Tibor", "András", "Csaba", "Imre", "Lajos", "György", "Balázs", "Gyula", "Mihály",
            "Róbert", "Norbert", "Ádám", "Dániel", "Bence", "Máté", "Levente", "Krisztián", "Ákos", "Örs", "Botond"]  # fmt: skip
_HU_FEMALE = ["Mária", "Erzsébet", "Katalin", "Éva", "Ilona", "Anna", "Zsuzsanna", "Judit", "Ágnes", "Andrea",
              "Erika", "Krisztina", "Mónika", "Edit", "Eszter", "Zsófia", "Réka", "Dóra", "Noémi", "Orsolya",
              "Boglárka", "Tünde", "Csilla", "Gabriella", "Enikő", "Hajnalka", "Ildikó", "Viktória", "Petra", "Lilla"]  # fmt: skip
_UNACCENT = str.maketrans("áéíóöőúüűÁÉÍÓÖŐÚÜŰ", "aeiooouuuAEIOOOUUU")
# Expatriates and neighbours who write about the Hungarian market: (family, given, particle or "").
_EXPAT = [("Gruber", "Stefan", ""), ("Huber", "Katharina", ""), ("Pichler", "Martin", ""), ("Müller", "Sabine", ""),
          ("Schneider", "Jonas", ""), ("Popescu", "Andreea", ""), ("Moldovan", "Radu", ""), ("Mureșan", "Ioana", ""),
          ("Pop", "Mihai", ""), ("Horváthová", "Lucia", ""), ("Dvořák", "Tomáš", ""), ("Nowak", "Agnieszka", ""),
          ("Petrović", "Milica", ""), ("Smith", "Rachel", ""), ("Thompson", "Daniel", ""), ("O'Connor", "Siobhan", ""),
          ("MacDonald", "Heather", ""), ("Tremblay", "Marc", ""), ("Berg", "Anton", "van den"), ("Hagen", "Lukas", "von"),
          ("Kish", "Andrew", ""), ("Nagy-Kovach", "Julia", ""), ("Farkas", "Steven", ""), ("Szabo", "Michael", ""),
          ("Reid", "Fiona", ""), ("Kowalczyk", "Piotr", ""), ("Novák", "Peter", ""), ("Wright", "Emma", "")]  # fmt: skip

# Organisations as candidates name them as authors: (name, tags).
_COMPANIES = [("OTP Bank Nyrt.", {"company"}), ("OTP Bank", {"company"}), ("K&H Bank Zrt.", {"company", "ampersand"}),
              ("MBH Bank Nyrt.", {"company"}), ("Erste Bank Hungary Zrt.", {"company"}), ("CIB Bank Zrt.", {"company"}),
              ("Raiffeisen Bank Zrt.", {"company"}), ("Revolut", {"company"}), ("Magyar Telekom Nyrt.", {"company"}),
              ("Magyar Telekom", {"company"}), ("Yettel Magyarország Zrt.", {"company"}), ("4iG Nyrt.", {"company"}),
              ("One Magyarország Zrt.", {"company"}), ("eMAG", {"company", "lowercase"}), ("Alza.hu Kft.", {"company"}),
              ("Tesco-Global Áruházak Zrt.", {"company"}), ("SPAR Magyarország Kereskedelmi Kft.", {"company"}),
              ("CBA Kereskedelmi Kft.", {"company"}), ("Rossmann Magyarország Kft.", {"company"}),
              ("Pick Szeged Zrt.", {"company"}), ("FrieslandCampina Hungária Zrt.", {"company"}),
              ("Dreher Sörgyárak Zrt.", {"company"}), ("Borsodi Sörgyár Kft.", {"company"}),
              ("Törley Pezsgőpincészet Kft.", {"company"}), ("Zwack Unicum Nyrt.", {"company"}),
              ("Szamos Marcipán Kft.", {"company"}), ("Richter Gedeon Nyrt.", {"company"}), ("Gedeon Richter Plc.", {"company"}),
              ("Egis Gyógyszergyár Zrt.", {"company"}), ("MOL Nyrt.", {"company"}), ("MOL Group", {"company"}),
              ("Wizz Air Holdings Plc", {"company"}), ("Wizz Air", {"company"}), ("RTL Magyarország Zrt.", {"company"}),
              ("TV2 Média Csoport Zrt.", {"company"}), ("Kürtőskalács Manufaktúra Bt.", {"company"}),
              ("Budapest Brand Kft.", {"company"}), ("Sziget Kulturális Menedzser Iroda Kft.", {"company"}),
              ("Café Frei Kft.", {"company"}), ("Rossmann", {"company"})]  # fmt: skip
_BODIES = [("Nemzeti Adatvédelmi és Információszabadság Hatóság (NAIH)", {"government", "abbreviation"}),
           ("Nemzeti Adatvédelmi és Információszabadság Hatóság", {"government"}),
           ("Gazdasági Versenyhivatal (GVH)", {"government", "abbreviation"}), ("Gazdasági Versenyhivatal", {"government"}),
           ("Hungarian Competition Authority", {"government"}),
           ("Nemzeti Média- és Hírközlési Hatóság (NMHH)", {"government", "abbreviation"}),
           ("Magyar Nemzeti Bank (MNB)", {"government", "abbreviation"}), ("Central Bank of Hungary", {"government"}),
           ("Központi Statisztikai Hivatal (KSH)", {"government", "abbreviation"}), ("Központi Statisztikai Hivatal", {"government"}),
           ("Hungarian Central Statistical Office", {"government"}), ("KSH", {"government", "abbreviation"}),
           ("Magyar Turisztikai Ügynökség", {"government"}), ("Nemzetgazdasági Minisztérium", {"government"}),
           ("Magyarország Kormánya", {"government"}), ("Budapest Főváros Önkormányzata", {"government"}),
           ("Magyar Reklámszövetség (MRSZ)", {"abbreviation"}), ("Önszabályozó Reklám Testület", set()),
           ("IAB Hungary", {"abbreviation"}), ("Magyar Marketing Szövetség", set()),
           ("Magyar Kereskedelmi és Iparkamara (MKIK)", {"abbreviation"}), ("Budapesti Kereskedelmi és Iparkamara", set()),
           ("AmCham Hungary", {"abbreviation"}), ("Országos Kereskedelmi Szövetség", set()),
           ("Magyar Bankszövetség", set()), ("European Commission", {"government"})]  # fmt: skip
_RESEARCH = ["Kantar Hungary", "NRC Marketingkutató és Tanácsadó Kft.", "GKI Gazdaságkutató Zrt.", "Ipsos Zrt.",
             "GfK Hungária", "eNET Internetkutató", "Medián", "NielsenIQ Hungary", "Statista", "Euromonitor International",
             "Mintel", "YouGov", "Publicus Intézet"]  # fmt: skip
_PRESS = ["Portfolio", "HVG", "Telex", "Index", "444", "Világgazdaság", "Forbes Magyarország", "Kreatív", "Media1",
          "Marketing & Média", "Budapest Business Journal", "Daily News Hungary", "Hungary Today", "Napi.hu",
          "Reuters", "Financial Times", "Bloomberg", "The Guardian", "Népszava", "G7"]  # fmt: skip
_PRESS_HOSTS = {"Portfolio": "portfolio.hu", "HVG": "hvg.hu", "Telex": "telex.hu", "Index": "index.hu", "444": "444.hu",
                "Világgazdaság": "vg.hu", "Forbes Magyarország": "forbes.hu", "Kreatív": "kreativ.hu", "Media1": "media1.hu",
                "Marketing & Média": "mmonline.hu", "Budapest Business Journal": "bbj.hu", "Daily News Hungary": "dailynewshungary.com",
                "Hungary Today": "hungarytoday.hu", "Napi.hu": "napi.hu", "Reuters": "reuters.com", "Financial Times": "ft.com",
                "Bloomberg": "bloomberg.com", "The Guardian": "theguardian.com", "Népszava": "nepszava.hu", "G7": "g7.hu"}  # fmt: skip

_BODY_HOSTS = {"Adatvédelmi": "naih.hu", "Versenyhivatal": "gvh.hu", "Competition": "gvh.hu", "Média-": "nmhh.hu",
               "Nemzeti Bank": "mnb.hu", "Central Bank": "mnb.hu", "Statisztikai": "ksh.hu", "Statistical": "ksh.hu",
               "KSH": "ksh.hu", "Turisztikai": "mtu.gov.hu", "Reklámszövetség": "mrsz.hu", "Reklám Testület": "ort.hu",
               "IAB": "iab.hu", "Marketing Szövetség": "mmsz.hu", "Iparkamara": "mkik.hu", "AmCham": "amcham.hu",
               "Kereskedelmi Szövetség": "oksz.hu", "Bankszövetség": "bankszovetseg.hu", "European": "ec.europa.eu",
               "Budapest Főváros": "budapest.hu"}  # fmt: skip
# Hungarian titles with their English, as candidates write them: "Magyar cím [English title]".
_HU_TITLES = [
    ("A márkahűség alakulása a magyar bankpiacon", "Brand loyalty in the Hungarian banking market"),
    ("Az influencermarketing hatása a Z generáció vásárlási döntéseire", "The effect of influencer marketing on Generation Z purchase decisions"),
    ("Fogyasztói bizalom és digitális pénzügyi szolgáltatások", "Consumer trust and digital financial services"),
    ("Fogyasztói etnocentrizmus és a hazai termékek választása", "Consumer ethnocentrism and the choice of domestic products"),
    ("Hűségprogramok a magyar kiskereskedelemben", "Loyalty programmes in Hungarian retail"),
    ("A fenntarthatósági kommunikáció hitelessége", "The credibility of sustainability communication"),
    ("Az e-kereskedelem fejlődése Magyarországon", "The development of e-commerce in Hungary"),
    ("Márkaépítés a közösségi médiában", "Brand building on social media"),
    ("Az árérzékenység változása az infláció idején", "Changing price sensitivity in a time of inflation"),
    ("Fesztiválmarketing és turizmus a Balaton régióban", "Festival marketing and tourism in the Balaton region"),
    ("A hungarikumok szerepe az országmárkázásban", "The role of Hungarikums in nation branding"),
    ("Mobilbankolás a fiatal felnőttek körében", "Mobile banking among young adults"),
    ("Adatvédelem és személyre szabott reklám", "Data protection and personalised advertising"),
    ("A vásárlói élmény mérése a távközlési piacon", "Measuring customer experience in the telecommunications market"),
    ("Retro márkák újrapozicionálása", "Repositioning retro brands"),
    ("Gyógyszermarketing a digitális korban", "Pharmaceutical marketing in the digital age"),
    ("A fapados légitársaságok márkaérzékelése", "Brand perception of low-cost airlines"),
    ("Online vásárlási szokások a vidéki nagyvárosokban", "Online shopping habits in provincial cities"),
    ("Sajátmárkás termékek a diszkontláncokban", "Private-label products in discount chains"),
    ("A karácsonyi vásárlási szezon és a Black Friday", "The Christmas shopping season and Black Friday"),
    ("Zöld marketing és zöldre festés", "Green marketing and greenwashing"),
    ("A televíziós reklám jövője a streaming korában", "The future of TV advertising in the age of streaming"),
]  # fmt: skip
_HU_SUBTITLES = [
    ("esettanulmány az OTP Bank példáján", "a case study of OTP Bank"), ("empirikus vizsgálat", "an empirical study"),
    ("egy kérdőíves felmérés eredményei", "results of a questionnaire survey"), ("a Túró Rudi esete", "the case of Túró Rudi"),
    ("kvalitatív kutatás", "a qualitative study"), ("nemzetközi kitekintés", "an international outlook"),
    ("a debreceni egyetemisták körében", "among students in Debrecen"), ("2019 és 2024 között", "between 2019 and 2024"),
]  # fmt: skip
_EN_TOPICS = ["consumer ethnocentrism", "brand loyalty", "mobile banking adoption", "influencer marketing",
              "customer experience", "nation branding", "omnichannel retailing", "festival tourism", "private labels",
              "green claims", "price sensitivity", "digital advertising", "loyalty programmes", "fintech adoption",
              "retro brand revival", "low-cost airline branding", "pharmaceutical marketing", "e-commerce growth"]  # fmt: skip
_EN_PLACES = ["Hungary", "Central and Eastern Europe", "the Visegrád countries", "Budapest", "post-socialist markets",
              "Hungarian retail banking", "the Hungarian FMCG sector", "the CEE region", "Transylvania"]  # fmt: skip
_JOURNALS = ["Vezetéstudomány – Budapest Management Review", "Marketing & Menedzsment", "Közgazdasági Szemle",
             "Hitelintézeti Szemle", "Statisztikai Szemle", "Society and Economy", "Acta Oeconomica",
             "Journal of East European Management Studies", "Central European Business Review", "Tér és Társadalom",
             "Studia Universitatis Babeș-Bolyai Oeconomica", "Journal of Business Research", "International Journal of Consumer Studies",
             "European Journal of Marketing", "Journal of Retailing and Consumer Services", "Tourism Management Perspectives",
             "Journal of Brand Management", "Pénzügyi Szemle", "Jelenkori Társadalmi és Gazdasági Folyamatok"]  # fmt: skip
_PUBLISHERS = [("Akadémiai Kiadó", "Budapest"), ("Typotex", "Budapest"), ("Alinea Kiadó", "Budapest"),
               ("HVG Könyvek", "Budapest"), ("Osiris Kiadó", "Budapest"), ("Saldo", "Budapest"),
               ("Szegedi Egyetemi Kiadó", "Szeged"), ("Debreceni Egyetemi Kiadó", "Debrecen"),
               ("Wolters Kluwer Hungary", "Budapest"), ("Pearson", "Harlow"), ("Routledge", "Abingdon"),
               ("Kogan Page", "London"), ("Springer", "Cham"), ("Palgrave Macmillan", "London"),
               ("Edward Elgar", "Cheltenham"), ("Corvinus University of Budapest", "Budapest")]  # fmt: skip
_UNIVERSITIES = [("Budapesti Corvinus Egyetem", "phd.lib.uni-corvinus.hu"), ("Corvinus University of Budapest", "unipub.lib.uni-corvinus.hu"),
                 ("Eötvös Loránd Tudományegyetem", "edit.elte.hu"), ("Budapesti Műszaki és Gazdaságtudományi Egyetem", "repozitorium.omikk.bme.hu"),
                 ("Debreceni Egyetem", "dea.lib.unideb.hu"), ("University of Debrecen", "dea.lib.unideb.hu"),
                 ("Szegedi Tudományegyetem", "doktori.bibl.u-szeged.hu"), ("University of Szeged", "doktori.bibl.u-szeged.hu"),
                 ("Pécsi Tudományegyetem", "pea.lib.pte.hu"), ("Széchenyi István Egyetem", "doktori.hu"),
                 ("Miskolci Egyetem", "midra.uni-miskolc.hu"), ("Babeș-Bolyai University", "doctorat.ubbcluj.ro"),
                 ("Wirtschaftsuniversität Wien", "epub.wu.ac.at"), ("University of Toronto", "tspace.library.utoronto.ca")]  # fmt: skip
_GENRES = ["Szakdolgozat", "Diplomamunka", "PhD-értekezés", "Doktori (PhD) értekezés", "MSc thesis", "PhD thesis",
           "MBA dissertation", "Masterarbeit"]  # fmt: skip
_CONFERENCES = ["Az EMOK {roman}. Országos Konferencia tanulmánykötete", "EMOK {year} konferenciakötet",
                "Marketing Oktatók Klubja {year} Konferencia", "Proceedings of the EMAC Annual Conference {year}",
                "Proceedings of the International Conference on Marketing and Business Development",
                "MKT Vándorgyűlés {year}", "Proceedings of the Challenges in the Carpathian Basin Conference"]  # fmt: skip
# Acts and government decrees: (number and title, English, year).
_LAWS = [
    ("2011. évi CXII. törvény az információs önrendelkezési jogról és az információszabadságról", "Act CXII of 2011 on the right of informational self-determination and on the freedom of information", 2011),
    ("2008. évi XLVIII. törvény a gazdasági reklámtevékenység alapvető feltételeiről és egyes korlátairól", "Act XLVIII of 2008 on the basic requirements and certain restrictions of commercial advertising", 2008),
    ("2008. évi XLVII. törvény a fogyasztókkal szembeni tisztességtelen kereskedelmi gyakorlat tilalmáról", "Act XLVII of 2008 on the prohibition of unfair commercial practices against consumers", 2008),
    ("1996. évi LVII. törvény a tisztességtelen piaci magatartás és a versenykorlátozás tilalmáról", "Act LVII of 1996 on the prohibition of unfair market practices and of the restriction of competition", 1996),
    ("2010. évi CLXXXV. törvény a médiaszolgáltatásokról és a tömegkommunikációról", "Act CLXXXV of 2010 on media services and mass media", 2010),
    ("2001. évi CVIII. törvény az elektronikus kereskedelmi szolgáltatások, valamint az információs társadalommal összefüggő szolgáltatások egyes kérdéseiről", "Act CVIII of 2001 on electronic commerce", 2001),
    ("1997. évi CLV. törvény a fogyasztóvédelemről", "Act CLV of 1997 on consumer protection", 1997),
    ("45/2014. (II. 26.) Korm. rendelet a fogyasztó és a vállalkozás közötti szerződések részletes szabályairól", "Government Decree 45/2014 on the detailed rules of contracts between consumers and businesses", 2014),
    ("2023. évi XC. törvény az általános forgalmi adóról szóló törvény módosításáról", "Act XC of 2023 amending the VAT Act", 2023),
]  # fmt: skip


class Blind158WorkFactory(WorkFactory):
    """The works of blind158, drawn from its own seeded random source."""

    # the factory's methods and how often each is drawn
    DRAWN: ClassVar[dict[str, int]] = {"book": 13, "chapter": 7, "journal": 22, "thesis": 5, "conference": 4, "company_web": 7,
             "company_report": 6, "body": 9, "law": 4, "market_research": 7, "news": 9, "post": 3, "video": 2,
             "podcast": 2, "undated_web": 4}  # fmt: skip
    # the kinds of work it makes (Work.kind)
    KINDS: ClassVar[tuple[str, ...]] = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "legislation", "news", "post",
             "video", "podcast")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 158 + 15801)

    # ------------------------------------------------------------------ names
    def person(self) -> dict[str, str]:
        rng = self.rng
        if rng.random() < 0.16:
            family, given, particle = rng.choice(_EXPAT)
            name = {"family": family, "given": given}
            if particle:
                name["non-dropping-particle"] = particle
            return name
        female = rng.random() < 0.5
        family = rng.choice(_HU_FAMILY)
        given = rng.choice(_HU_FEMALE if female else _HU_MALE)
        roll = rng.random()
        if roll < 0.08:  # two given names
            given = f"{given} {rng.choice(_HU_FEMALE if female else _HU_MALE)}"
        elif roll < 0.15:  # a double surname
            family = f"{family}-{rng.choice([f for f in _HU_FAMILY if f != family])}"
        elif roll < 0.21 and female:  # a married name: Kovácsné Nagy Ilona
            family = f"{rng.choice(_HU_FAMILY)}né {family}"
        elif roll < 0.25 and not female:  # ifj. or id.
            return {"family": family, "given": given, "suffix": rng.choice(["ifj.", "id."])}
        elif roll < 0.32:  # written without accents in an English-language journal
            family, given = family.translate(_UNACCENT), given.translate(_UNACCENT)
        elif roll < 0.34:  # an initial before the family name tells two namesakes apart
            family = f"{rng.choice(['Gy.', 'Sz.', 'G.', 'K.'])} {family}"
        return {"family": family, "given": given}

    def _authors(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 28, 17, 9, 5, 3, 2, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if all(p["family"] != person["family"] for p in people):
                people.append(person)
        return people

    def organisation(self) -> tuple[str, set[str]]:
        return self.rng.choice(_COMPANIES if self.rng.random() < 0.55 else _BODIES)

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        return self.rng.choice(
            [self.rng.randint(1996, 2025), self.rng.randint(2012, 2025), self.rng.randint(2018, 2025)]
        )

    def _accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        start = max((year or 2020) + 1, 2021)
        return {
            "date-parts": [
                [self.rng.randint(start, max(start, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            ]
        }

    def _online(self, record: dict[str, Any], url: str, year: int | None, keep: float = 0.88) -> None:
        record["URL"] = url
        if self.rng.random() < keep:
            record["accessed"] = self._accessed_after(year)

    @staticmethod
    def _host(name: str) -> str:
        return name.split()[0].lower().replace("&", "").strip(".").translate(_UNACCENT)

    def _slug(self) -> str:
        words = ["marka", "bank", "fogyaszto", "kutatas", "black-friday", "karacsony", "inflacio", "gen-z", "sziget",
                 "balaton", "fintech", "hirdetes", "webshop", "hazai", "zold", "adatvedelem"]  # fmt: skip
        return "-".join(self.rng.sample(words, 3)) + f"-{self.rng.randint(100, 99999)}"

    # ------------------------------------------------------------------ titles
    def _title(self) -> str:
        rng = self.rng
        if rng.random() < 0.45:
            hu, en = rng.choice(_HU_TITLES)
            if rng.random() < 0.5:
                sub_hu, sub_en = rng.choice(_HU_SUBTITLES)
                hu, en = f"{hu}: {sub_hu}", f"{en}: {sub_en}"
            return f"{hu} [{en}]" if rng.random() < 0.85 else hu
        topic, place = rng.choice(_EN_TOPICS), rng.choice(_EN_PLACES)
        forms = [f"{topic.capitalize()} in {place}", f"{topic.capitalize()} in {place}: evidence from a survey",
                 f"Rethinking {topic}: lessons from {place}", f"What drives {topic}? The case of {place}",
                 f"{topic.capitalize()} and {rng.choice(_EN_TOPICS)} in {place}",
                 f"From socialism to smartphones: {topic} in {place}"]  # fmt: skip
        return rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        if kind is None:
            kind = self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person(self, record: dict[str, Any], kind: str) -> Work:
        return self._person_work(record, kind)

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        return self._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        year = self.year()
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._authors(4),
                                  "issued": {"date-parts": [[year]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        if self.rng.random() < 0.15:  # an e-book read online
            record["medium"] = "E-book"
            self._online(
                record,
                f"https://www.{self.rng.choice(['mersz.hu', 'dtk.tankonyvtar.hu', 'ebookcentral.proquest.com'])}/{self._slug()}",
                year,
            )
        return self._person(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        editors = self._authors(2)
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {"type": "chapter", "title": self._title(), "author": self._authors(3), "editor": editors,
                                  "container-title": self.rng.choice(["Marketingkommunikáció", "Fogyasztói magatartás",
                                                                      "Marketing in Central and Eastern Europe",
                                                                      "A magyar gazdaság és a fogyasztók", "Digital marketing in the CEE region",
                                                                      "Turizmusmarketing", "Stratégiai menedzsment"]),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
                                  "page": f"{start}-{start + self.rng.randint(10, 35)}"}  # fmt: skip
        return self._person(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 700)
        record: dict[str, Any] = {"type": "article-journal", "title": self._title(), "author": self._authors(8),
                                  "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
                                  "volume": str(self.rng.randint(1, 78)), "issue": str(self.rng.randint(1, 12)),
                                  "page": f"{start}-{start + self.rng.randint(8, 28)}"}  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = self.rng.choice([f"10.14267/VEZTUD.{self.rng.randint(2015, 2024)}.{self.rng.randint(1, 12):02d}.0{self.rng.randint(1, 9)}",
                                             f"10.25201/HSZ.{self.rng.randint(15, 23)}.{self.rng.randint(1, 4)}.{self.rng.randint(5, 150)}",
                                             f"10.1016/j.jbusres.{self.rng.randint(2015, 2024)}.{self.rng.randint(1, 12):02d}.{self.rng.randint(1, 99):03d}",
                                             f"10.1556/204.{self.rng.randint(2015, 2024)}.{self.rng.randint(10000, 99999)}"])  # fmt: skip
        return self._person(record, "journal")

    def _thesis(self) -> Work:
        year = self.year()
        university, host = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": self._authors(1),
                                  "issued": {"date-parts": [[year]]}, "genre": self.rng.choice(_GENRES), "publisher": university}  # fmt: skip
        if self.rng.random() < 0.6:
            self._online(record, f"https://{host}/{self.rng.randint(100, 19999)}/", year)
        return self._person(record, "thesis")

    def _conference(self) -> Work:
        start = self.rng.randint(1, 600)
        year = max(self.year(), 2000)
        roman = ["XX", "XXI", "XXII", "XXIII", "XXIV", "XXV", "XXVI", "XXVII", "XXVIII", "XXIX"][(year - 2000) % 10]
        container = self.rng.choice(_CONFERENCES).format(year=year, roman=roman)
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._authors(4),
                                  "container-title": container, "issued": {"date-parts": [[year]]},
                                  "publisher": self.rng.choice(["Szegedi Tudományegyetem", "Budapesti Corvinus Egyetem", "Debreceni Egyetem",
                                                                "Pécsi Tudományegyetem", "EMAC", "Széchenyi István Egyetem"]),
                                  "publisher-place": self.rng.choice(["Szeged", "Budapest", "Debrecen", "Pécs", "Győr", "Brussels"]),
                                  "page": f"{start}-{start + self.rng.randint(6, 14)}"}  # fmt: skip
        return self._person(record, "conference")

    def _company_web(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.year() if self.rng.random() < 0.7 else None
        title = self.rng.choice(["Rólunk [About us]", "Adatkezelési tájékoztató [Privacy notice]", "Our story",
                                 "Fenntarthatóság [Sustainability]", "Hűségprogram [Loyalty programme]", "Sajtóközlemények [Press releases]",
                                 "A márka története [The history of the brand]", "Karrier", "Investor relations",
                                 "Black Friday ajánlatok [Black Friday offers]", "Karácsonyi kampány 2023 [Christmas campaign 2023]"])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": title}
        if year:
            record["issued"] = {"date-parts": [[year]]}
        self._online(record, f"https://www.{self._host(name)}.hu/{self._slug()}", year)
        return self._org(record, "web", name, tags)

    def _company_report(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.year()
        title = self.rng.choice([f"Éves jelentés {year - 1} [Annual report {year - 1}]", f"Fenntarthatósági jelentés {year - 1} [Sustainability report {year - 1}]",
                                 f"Integrated annual report {year - 1}", f"Annual report and accounts F{str(year)[2:]}",
                                 f"Felelős társaságirányítási jelentés {year - 1}", f"ESG report {year - 1}", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name, "publisher-place": self.rng.choice(["Budapest", "Budapest", "Debrecen", "London"])}  # fmt: skip
        if self.rng.random() < 0.7:
            self._online(record, f"https://www.{self._host(name)}.hu/static/{self._slug()}.pdf", year)
        return self._org(record, "report", name, tags)

    def _body(self) -> Work:
        name, tags = self.rng.choice(_BODIES)
        year = self.year()
        if name.startswith("Magyar Nemzeti Bank") and self.rng.random() < 0.6:  # the MNB's two works of 2019
            year = 2019
            title = self.rng.choice(["Fintech és digitalizációs jelentés [Fintech and digitalisation report]",
                                     "Fogyasztóvédelmi jelentés [Consumer protection report]"])  # fmt: skip
        else:
            title = self.rng.choice([f"Gyorstájékoztató: kiskereskedelem, {year} [First release: retail trade, {year}]",
                                     f"Éves beszámoló {year - 1} [Annual report {year - 1}]",
                                     "Ajánlás az influencerek általi reklámozásról [Recommendation on advertising by influencers]",
                                     "Tájékoztató a sütik használatáról [Guidance on the use of cookies]",
                                     "Consumer protection priorities", "Digital consumer survey", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        if record["type"] == "report":
            record["publisher"], record["publisher-place"] = name.split(" (")[0], "Budapest"
        host = next((h for key, h in _BODY_HOSTS.items() if key in name), "kormany.hu")
        if self.rng.random() < 0.85 or record["type"] == "webpage":
            self._online(record, f"https://www.{host}/{self._slug()}", year)
        return self._org(record, "report" if record["type"] == "report" else "web", name, tags)

    def _law(self) -> Work:
        title, english, year = self.rng.choice(_LAWS)
        author = self.rng.choice(["Országgyűlés", "Magyarország", "Hungarian Parliament", "Magyarország Kormánya"]
                                 if "Korm." not in title else ["Magyarország Kormánya", "Kormány", "Government of Hungary"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": f"{title} [{english}]" if self.rng.random() < 0.75 else title,
                                  "issued": {"date-parts": [[year]]}, "publisher": self.rng.choice(["Nemzeti Jogszabálytár", "Wolters Kluwer", "Magyar Közlöny"])}  # fmt: skip
        self._online(
            record,
            f"https://{self.rng.choice(['njt.hu/jogszabaly', 'net.jogtar.hu/jogszabaly'])}/{year}-{self.rng.randint(1, 200)}-00-00",
            year,
        )
        return self._org(record, "legislation", author, {"government", "legislation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2012, 2025) if self.rng.random() < 0.9 else None
        shown = year or 2024
        title = self.rng.choice([f"Online kiskereskedelem Magyarországon {shown} [Online retail in Hungary {shown}]",
                                 f"E-commerce in Hungary: market data {shown}", f"Bankválasztási trendek {shown} [Bank choice trends {shown}]",
                                 f"Hungary: consumer lifestyles {shown}", f"Share of Hungarian adults using mobile banking {shown}, by age group",
                                 f"Sörpiac Magyarországon, {shown} [The beer market in Hungary, {shown}]",
                                 f"Karácsonyi költési szándékok {shown} [Christmas spending intentions {shown}]"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name}
        if year:
            record["issued"] = {"date-parts": [[year]]}
        self._online(
            record,
            f"https://www.{name.split()[0].lower().strip('.')}.{self.rng.choice(['hu', 'com'])}/{self._slug()}",
            year,
        )
        return self._org(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        paper = self.rng.choice(_PRESS)
        year = self.rng.randint(2014, 2025)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._news_title(), "container-title": paper,
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}}  # fmt: skip
        self._online(record, f"https://{_PRESS_HOSTS[paper]}/{self._slug()}", year, keep=0.82)
        if self.rng.random() < 0.55:
            record["author"] = self._authors(2)
            return self._person(record, "news")
        record["id"] = self._id()  # unsigned: the paper stands in for the author
        return Work(record, paper, str(year), True, 1, "news", {"organisation", "news"})

    def _news_title(self) -> str:
        brand = self.rng.choice(["az OTP", "a Wizz Air", "a Magyar Telekom", "a Yettel", "az eMAG", "a Tesco", "a SPAR",
                                 "a Dreher", "a Túró Rudi", "a Richter", "a MOL", "a Revolut"])  # fmt: skip
        return self.rng.choice([f"Új kampánnyal jelentkezett {brand} [{brand.split()[1]} launches a new campaign]",
                                "Rekordot döntött a Black Friday forgalma [Black Friday sales broke a record]",
                                "Ennyit költenek a magyarok karácsonyra [This is how much Hungarians spend on Christmas]",
                                f"Megbírságolta a GVH {brand.split()[1]} cégét [The GVH fined {brand.split()[1]}]",
                                f"{brand.split()[1]} rebrands as competition heats up",
                                "Hungarian inflation hits consumer confidence", "Hungary's banks race to win Gen Z customers",
                                "Wizz Air expands at Budapest airport", f"Marketingigazgatót vált {brand} [{brand.split()[1]} changes marketing director]"])  # fmt: skip

    def _post(self) -> Work:
        year = self.rng.randint(2018, 2025)
        record: dict[str, Any] = {"type": "post", "title": self.rng.choice(["Boldog karácsonyt mindenkinek! 🎄", "Pöttyös, ami pöttyös!",
                                                                            "Proud of our team at the Effie Awards Hungary", "Sziget 2024: itt vagyunk!",
                                                                            "Five lessons from rebranding a Hungarian bank", "Idén is ott leszünk a Balaton Soundon"]),
                                  "container-title": self.rng.choice(["Facebook", "Instagram", "LinkedIn", "TikTok", "X"]),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}}  # fmt: skip
        self._online(record, f"https://www.{record['container-title'].lower()}.com/{self._slug()}", year)
        if self.rng.random() < 0.5:
            record["author"] = self._authors(1)
            return self._person(record, "post")
        name, tags = self.rng.choice(_COMPANIES)
        return self._org(record, "post", name, tags)

    def _video(self) -> Work:
        year = self.rng.randint(2015, 2025)
        record: dict[str, Any] = {"type": "motion_picture", "title": self.rng.choice(["Hogyan épít márkát egy bank? [How does a bank build a brand?]",
                                                                                      "The story of Unicum", "Túró Rudi reklám 1990 [Túró Rudi advert 1990]",
                                                                                      "Brand Budapest: a talk at Brain Bar", "Kreatív Klub: a legjobb magyar reklámok"]),
                                  "container-title": "YouTube", "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}}  # fmt: skip
        self._online(record, f"https://www.youtube.com/watch?v={self.rng.randint(10**9, 10**10)}", year)
        if self.rng.random() < 0.5:
            record["author"] = self._authors(1)
            return self._person(record, "video")
        name, tags = self.rng.choice([*_COMPANIES, ("Brain Bar", {"company"}), ("Kreatív", {"company"})])
        return self._org(record, "video", name, tags)

    def _podcast(self) -> Work:
        year = self.rng.randint(2018, 2025)
        record: dict[str, Any] = {"type": "song", "title": f"{self.rng.choice(['Kreatív Podcast', 'Portfolio Checklist', 'Marketing Mindset', 'Bankmonitor Podcast', 'Budapest Business Podcast'])} #{self.rng.randint(3, 240)}",
                                  "container-title": self.rng.choice(["Spotify", "Apple Podcasts"]),
                                  "issued": {"date-parts": [[year]]}, "author": self._authors(2)}  # fmt: skip
        self._online(record, f"https://open.spotify.com/episode/{self.rng.randint(10**8, 10**9)}", year)
        return self._person(record, "podcast")

    def _undated_web(self) -> Work:
        if self.rng.random() < 0.5:
            name, tags = self.rng.choice(_BODIES)
        else:
            name, tags = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(["Gyakran ismételt kérdések [Frequently asked questions]",
                                                                               "Márkáink [Our brands]", "Küldetésünk [Our mission]",
                                                                               "Fogyasztóvédelem [Consumer protection]", "Impresszum",
                                                                               "Our brands", "Elérhetőségek [Contact]", self._title()])}  # fmt: skip
        self._online(record, f"https://www.{self._host(name)}.hu/{self._slug()}", None, keep=0.8)
        return self._org(record, "web", name, tags)
