"""Works for the seventy-eighth held-out pool, "blind78": what marketers in Hungary and Slovakia cite.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a seventy-eighth
hand, without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, trade,
CRM, digital and communications marketers in Budapest, Debrecen, Szeged, Győr, Pécs, Bratislava, Košice and Žilina
write: Hungarian and Slovak journals beside international ones, textbooks in Hungarian and Slovak with English
translations in square brackets, theses, Nyrt., Zrt., Kft., a.s. and s. r. o. firms, regulators (NAIH, GVH, ÚOOÚ),
statistics offices (KSH, ŠÚ SR), laws by number and year, research firms, the Hungarian and Slovak press signed
and unsigned, social posts and podcasts; Hungarian names with accents, -né married names and double surnames,
Slovak names with -ová, German-speaking, Roma and expatriate names.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

_HU_FAMILY = ["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas", "Balogh",
              "Papp", "Takács", "Juhász", "Lakatos", "Mészáros", "Oláh", "Simon", "Rácz", "Fekete", "Szilágyi",
              "Török", "Fehér", "Balázs", "Gál", "Fülöp", "Erdős", "Szőke", "Bíró", "Pintér", "Hegedűs", "Vörös",
              "Sárközi", "Csizmadia", "Győri", "Bényei", "Zsigmond", "Ördög", "Lőrincz", "Székely", "Bartók"]  # fmt: skip
_HU_GIVEN = ["László", "István", "Zoltán", "Gábor", "Péter", "Ákos", "Bence", "Dávid", "Máté", "Csaba", "Gergely",
             "Anna", "Eszter", "Katalin", "Zsófia", "Réka", "Dóra", "Orsolya", "Ildikó", "Judit", "Erzsébet", "Tünde",
             "Boglárka", "Levente", "Krisztina", "Andrea", "Márton", "Ágnes", "Tímea", "Gyöngyi"]  # fmt: skip
_SK_FAMILY_M = ["Novák", "Kováč", "Horváth", "Varga", "Tóth", "Baláž", "Szabó", "Molnár", "Lukáč", "Kollár",
                "Šimko", "Čech", "Ďurica", "Mikuš", "Hudák", "Ševčík", "Krajčí", "Záhorský", "Bielik", "Fiľo",
                "Ťažký", "Šťastný", "Oravec", "Polák", "Žiak"]  # fmt: skip
_SK_FAMILY_F = ["Nováková", "Kováčová", "Horváthová", "Vargová", "Tóthová", "Balážová", "Lukáčová", "Kollárová",
                "Šimková", "Mikušová", "Hudáková", "Ševčíková", "Krajčíová", "Bieliková", "Oravcová", "Poláková",
                "Ďuricová", "Šťastná", "Žiaková", "Fiľová"]  # fmt: skip
_SK_GIVEN_M = [
    "Peter",
    "Martin",
    "Tomáš",
    "Michal",
    "Ján",
    "Juraj",
    "Ľuboš",
    "Matej",
    "Marek",
    "Štefan",
    "Dušan",
    "Ľudovít",
]
_SK_GIVEN_F = [
    "Zuzana",
    "Katarína",
    "Lucia",
    "Jana",
    "Mária",
    "Ľubica",
    "Veronika",
    "Simona",
    "Michaela",
    "Barbora",
    "Soňa",
]
_GERMAN = [("Schmidt", "Johann"), ("Wagner", "Eva"), ("Müller", "Franz"), ("Huber", "Katharina"), ("Weiß", "Stefan"),
           ("Krautsack", "Georg"), ("Pfeiffer", "Hanna"), ("Schön", "Matthias"), ("Bauer", "Lukas")]  # fmt: skip
_EXPAT = [("O'Connell", "Siobhan"), ("MacDonald", "Ewan"), ("Patel", "Rohan"), ("Ahmadi", "Leila"), ("Kowalski", "Piotr"),
          ("Novak", "Daniel"), ("Fischer-Brown", "Emily"), ("Al-Khatib", "Omar"), ("Nguyen", "Thi Mai"), ("Rossi", "Giulia"),
          ("Jensen", "Mette"), ("Abdul-Rahman", "Yusuf"), ("Smith", "Rebecca"), ("Williams", "Tom")]  # fmt: skip
_PARTICLE = [("von", "Habsburg", "Eduard"), ("de", "Vries", "Anouk"), ("van der", "Linden", "Pieter"),
             ("von", "Thurn", "Christina")]  # fmt: skip

_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("OTP Bank Nyrt.", {"company"}), ("MOL Nyrt.", {"company"}), ("Magyar Telekom Nyrt.", {"company"}),
    ("Richter Gedeon Nyrt.", {"company"}), ("Tesco-Global Áruházak Zrt.", {"company"}),
    ("SPAR Magyarország Kereskedelmi Kft.", {"company"}), ("Rossmann Magyarország Kft.", {"company"}),
    ("Szerencsejáték Zrt.", {"company"}), ("Pick Szeged Zrt.", {"company"}), ("Zwack Unicum Nyrt.", {"company"}),
    ("Magyar Turisztikai Ügynökség Zrt.", {"government"}), ("Hungarian Tourism Agency", {"government"}),
    ("Slovak Telekom, a.s.", {"company", "comma"}), ("Tatra banka, a.s.", {"company", "comma"}),
    ("Slovenská sporiteľňa, a.s.", {"company", "comma"}), ("Kofola ČeskoSlovensko a.s.", {"company"}),
    ("Alza.sk s. r. o.", {"company"}), ("dm drogerie markt s.r.o.", {"company", "lowercase"}),
    ("Yettel Hungary Zrt.", {"company"}), ("4iG Nyrt.", {"company"}), ("Procter & Gamble", {"company", "ampersand"}),
    ("Ernst & Young Kft.", {"company", "ampersand"}), ("PwC Magyarország", {"company"}), ("Deloitte Slovensko", {"company"}),
    ("McDonald's Magyarország", {"company", "apostrophe"}), ("Lidl Magyarország Bt.", {"company"}),
    ("Hunguest Hotels Zrt.", {"company"}), ("Danubius Hotels Group", {"company"}),
    ("Nemzeti Adatvédelmi és Információszabadság Hatóság (NAIH)", {"government", "abbreviation"}),
    ("Gazdasági Versenyhivatal", {"government"}), ("Gazdasági Versenyhivatal (GVH)", {"government", "abbreviation"}),
    ("Hungarian Competition Authority", {"government"}),
    ("Úrad na ochranu osobných údajov Slovenskej republiky", {"government"}),
    ("Központi Statisztikai Hivatal (KSH)", {"government", "abbreviation"}), ("KSH", {"government", "acronym"}),
    ("Štatistický úrad Slovenskej republiky", {"government"}), ("ŠÚ SR", {"government", "acronym"}),
    ("Magyar Nemzeti Bank", {"government"}), ("Národná banka Slovenska", {"government"}),
    ("European Commission", {"government"}), ("Eurostat", {"government"}),
    ("Magyar Reklámszövetség (MRSZ)", {"trade-body", "abbreviation"}), ("Önszabályozó Reklám Testület", {"trade-body"}),
    ("Chartered Institute of Marketing", {"trade-body"}), ("Hospodárske noviny", {"press"}),
]  # fmt: skip
_RESEARCH = ["Nielsen", "NielsenIQ", "GfK Hungária", "Kantar Hoffmann", "Ipsos", "Median", "Euromonitor International",
             "Statista", "Kantar", "NMS Market Research Slovakia", "Medián Közvélemény- és Piackutató Intézet"]  # fmt: skip
_PRESS = ["Portfolio.hu", "HVG", "Index", "Telex", "Világgazdaság", "Napi.hu", "SME", "Denník N", "Hospodárske noviny",
          "Trend", "Forbes Slovensko", "Kreatív", "Marketing & Media", "Budapest Business Journal", "The Slovak Spectator"]  # fmt: skip
_JOURNALS = ["Vezetéstudomány / Budapest Management Review", "Közgazdasági Szemle", "Marketing & Menedzsment",
             "Ekonomický časopis", "Journal of Business Research", "Society and Economy", "Ekonomické rozhľady",
             "Journal of Marketing Management", "Central European Business Review", "Tourism and Hospitality Management",
             "International Journal of Retail & Distribution Management", "Journal of Retailing and Consumer Services"]  # fmt: skip
_TOPICS = ["loyalty programmes", "drugstore shoppers", "mobile banking adoption", "Balaton tourism", "spa hotel guests",
           "private labels", "Generation Z consumers", "influencer disclosure", "cookie consent", "price sensitivity",
           "omnichannel retail", "employer branding", "brand heritage", "country-of-origin effects", "ethnocentrism",
           "5G marketing", "telecom churn", "dairy brands", "pharmacy marketing", "sustainable packaging",
           "Black Friday shopping", "regional food products", "insurance digitalisation", "retail media",
           "customer experience", "social commerce", "SZÉP card spending", "rural tourism", "green claims",
           "buy now, pay later"]  # fmt: skip
_PLACES = ["Hungary", "Slovakia", "Central Europe", "the Visegrád countries", "Budapest", "Bratislava", "Eastern Hungary",
           "the CEE region", "Košice", "Lake Balaton"]  # fmt: skip
_HU_BOOKS = [("Fogyasztói magatartás", "Consumer behaviour"), ("Marketing alapismeretek", "Marketing basics"),
             ("Marketingkommunikáció a gyakorlatban", "Marketing communications in practice"),
             ("Márkamenedzsment", "Brand management"), ("A digitális marketing kézikönyve", "The handbook of digital marketing"),
             ("Szolgáltatásmarketing", "Services marketing"), ("Kereskedelmi marketing", "Retail marketing")]  # fmt: skip
_SK_BOOKS = [("Marketingová komunikácia", "Marketing communication"), ("Spotrebiteľské správanie", "Consumer behaviour"),
             ("Digitálny marketing", "Digital marketing"), ("Manažment značky", "Brand management"),
             ("Cestovný ruch a marketing", "Tourism and marketing")]  # fmt: skip
_UNIVERSITIES = ["Corvinus University of Budapest", "Budapesti Corvinus Egyetem", "ELTE", "Budapest University of Technology and Economics",
                 "University of Debrecen", "Comenius University in Bratislava", "University of Economics in Bratislava",
                 "Ekonomická univerzita v Bratislave", "University of Pécs", "University of Szeged"]  # fmt: skip
_LAWS = [("Nemzeti Jogszabálytár", "2011. évi CXII. törvény az információs önrendelkezési jogról és az információszabadságról [Act CXII of 2011 on informational self-determination and freedom of information]"),
         ("Nemzeti Jogszabálytár", "2008. évi XLVIII. törvény a gazdasági reklámtevékenység alapvető feltételeiről és egyes korlátairól [Act XLVIII of 2008 on commercial advertising]"),
         ("Nemzeti Jogszabálytár", "1997. évi CLV. törvény a fogyasztóvédelemről [Act CLV of 1997 on consumer protection]"),
         ("Slov-Lex", "Zákon č. 18/2018 Z. z. o ochrane osobných údajov [Act No. 18/2018 Coll. on personal data protection]"),
         ("Slov-Lex", "Zákon č. 250/2007 Z. z. o ochrane spotrebiteľa [Act No. 250/2007 Coll. on consumer protection]"),
         ("European Parliament and Council of the European Union", "Regulation (EU) 2016/679 (General Data Protection Regulation)"),
         ("European Parliament and Council of the European Union", "Regulation (EU) 2022/2065 on a Single Market for Digital Services (Digital Services Act)"),
         ("European Parliament and Council of the European Union", "Directive 2005/29/EC concerning unfair business-to-consumer commercial practices")]  # fmt: skip


class Blind78WorkFactory(WorkFactory):
    """The blind78 pool's works: Hungarian, Slovak, minority and expatriate authors, real firms and regulators of
    both countries, laws by number, research firms, theses, the press, social posts and podcasts."""

    KINDS = ("book", "chapter", "journal", "web", "report", "news", "thesis", "social", "podcast")  # as Work.kind
    _MAKERS = ("book", "chapter", "journal", "organisation-web", "organisation-report", "government", "legislation",
               "market-research", "web-person", "press", "thesis", "social", "podcast")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 78078)
        self.dated: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.42:
            family, given = rng.choice(_HU_FAMILY), rng.choice(_HU_GIVEN)
            extra = rng.random()
            if extra < 0.08:  # a married name: Kovácsné Szabó Anna
                family = f"{rng.choice(_HU_FAMILY)}né {family}"
                given = rng.choice(["Anna", "Erzsébet", "Katalin", "Ildikó", "Judit"])
            elif extra < 0.16:
                family = f"{family}-{rng.choice(_HU_FAMILY)}"
            elif extra < 0.22:
                family = f"{family} {rng.choice(_HU_FAMILY)}"
            return {"family": family, "given": given}
        if roll < 0.75:
            if rng.random() < 0.5:
                return {"family": rng.choice(_SK_FAMILY_F), "given": rng.choice(_SK_GIVEN_F)}
            return {"family": rng.choice(_SK_FAMILY_M), "given": rng.choice(_SK_GIVEN_M)}
        if roll < 0.83:
            family, given = rng.choice(_GERMAN)
            return {"family": family, "given": given}
        if roll < 0.87:
            particle, family, given = rng.choice(_PARTICLE)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.95:
            family, given = rng.choice(_EXPAT)
            return {"family": family, "given": given}
        return super().person()

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 28, 16, 9, 5, 3, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        if self.rng.random() < 0.04:
            return self.rng.randint(1991, 2004)
        return self.rng.randint(2008, 2024)

    def accessed(self) -> dict[str, list[list[int]]]:
        return {"date-parts": [[2025, self.rng.randint(1, 11), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        rng = self.rng
        topic, place = rng.choice(_TOPICS), rng.choice(_PLACES)
        other = rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"The effect of {topic} on {other}: evidence from {place}",
                 f"{topic[0].upper()}{topic[1:]} and {other} among consumers in {place}",
                 f"What drives {topic}? A survey of {rng.randint(180, 1200)} shoppers in {place}",
                 f"Rethinking {topic} after the pandemic", f"{topic[0].upper()}{topic[1:]}: lessons from {place}",
                 f"Measuring {topic} in {place}, {rng.randint(2015, 2023)}-{rng.randint(2024, 2025)}"]  # fmt: skip
        return rng.choice(forms)

    def _id(self) -> str:
        self.counter += 1
        return f"b78w{self.counter}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            list(self._MAKERS), weights=[12, 5, 22, 12, 9, 6, 3, 8, 5, 9, 3, 3, 2]
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        if (
            self.dated
            and "issued" in record
            and len(record["issued"]["date-parts"][0]) == 1
            and self.rng.random() < 0.12
        ):
            name, tags, issued = self.rng.choice(self.dated)  # the same body twice in one year: 2023a, 2023b
            record["issued"] = {"date-parts": [[issued["date-parts"][0][0]]]}
            if kind == "report" and record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _url(self, host: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        return f"https://{host or fake.domain_name()}/{fake.slug()}"

    def _book(self) -> Work:
        rng = self.rng
        roll = rng.random()
        if roll < 0.3:
            original, english = rng.choice(_HU_BOOKS)
            title, publisher, place = (
                f"{original} [{english}]",
                rng.choice(
                    [
                        "Akadémiai Kiadó",
                        "Alinea Kiadó",
                        "Budapesti Corvinus Egyetem",
                        "HVG Könyvek",
                        "Debreceni Egyetemi Kiadó",
                    ]
                ),
                rng.choice(["Budapest", "Debrecen", "Szeged"]),
            )
        elif roll < 0.5:
            original, english = rng.choice(_SK_BOOKS)
            title, publisher, place = (
                f"{original} [{english}]",
                rng.choice(["Wolters Kluwer", "Ekonóm", "Iura Edition", "Univerzita Komenského"]),
                rng.choice(["Bratislava", "Košice", "Žilina"]),
            )
        else:
            title, publisher, place = (
                self._title(),
                rng.choice(["Pearson", "Routledge", "Kogan Page", "Springer", "Palgrave Macmillan"]),
                rng.choice(["Harlow", "Abingdon", "London", "Cham"]),
            )
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if rng.random() < 0.3:
            record["edition"] = str(rng.randint(2, 17))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(rng.randint(1, 2))],
            "container-title": rng.choice(["Marketing in Central and Eastern Europe", "Tourism in Transition Economies",
                                           "Retailing in Emerging Markets", "A magyar marketing 30 éve [Thirty years of Hungarian marketing]"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": rng.choice(["Springer", "Routledge", "Akadémiai Kiadó"]),
            "publisher-place": rng.choice(["Cham", "Abingdon", "Budapest"]),
            "page": f"{(start := rng.randint(1, 300))}-{start + rng.randint(8, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(rng.randint(1, 72)), "issue": str(rng.randint(1, 12)),
            "page": f"{(start := rng.randint(1, 900))}-{start + rng.randint(8, 30)}",
        }  # fmt: skip
        if rng.random() < 0.45:
            record["DOI"] = (
                f"10.{rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????').lower()}.{rng.randint(2010, 2024)}.{rng.randint(10, 999)}"
            )
        elif rng.random() < 0.3:
            record["URL"] = self._url(rng.choice(["unipub.lib.uni-corvinus.hu", "journals.lib.pte.hu", "doi.org"]))
            record["accessed"] = self.accessed()
        return self._person_work(record, "journal")

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "URL": self._url(), "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.75:
            record["issued"] = {"date-parts": [[self.year()]]}
        if self.rng.random() < 0.1:
            del record["accessed"]  # pasted without the date it was read
        return self._person_work(record, "web")

    def _organisation_web(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice([self._title(), f"{self.rng.choice(['Sustainability', 'Careers', 'About us', 'Press room', 'Fenntarthatóság', 'Kariéra'])}: {self.rng.choice(_TOPICS)}"]),
                                  "URL": self._url(), "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.7:
            record["issued"] = {"date-parts": [[self.year()]]}
        if self.rng.random() < 0.1:
            del record["accessed"]
        return self._org_work(record, "web", name, tags)

    def _organisation_report(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        title = self.rng.choice([f"Annual report {year}", f"Éves jelentés {year} [Annual report {year}]",
                                 f"Výročná správa {year} [Annual report {year}]", f"Sustainability report {year}", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0], "publisher-place": self.rng.choice(["Budapest", "Bratislava", "Debrecen"])}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"], record["accessed"] = self._url(), self.accessed()
        if self.rng.random() < 0.12:
            del record["issued"]
        return self._org_work(record, "report", name, tags)

    def _government(self) -> Work:
        rng = self.rng
        name, tags = rng.choice([o for o in _ORGANISATIONS if "government" in o[1]])
        year = self.year()
        title = rng.choice([f"Határozat NAIH-{rng.randint(100, 9999)}-{rng.randint(2, 12)}/{year} [Decision NAIH-{rng.randint(100, 999)}/{year}]",
                            f"Vj/{rng.randint(1, 60)}/{year} versenyfelügyeleti eljárás [Competition proceedings Vj/{rng.randint(1, 60)}/{year}]",
                            f"Statistical reflection: retail trade, {year}", f"Tourism statistics {year}: accommodation in {rng.choice(_PLACES)}",
                            f"Household consumption expenditure {year}", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": rng.choice(["report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(rng.choice(["www.ksh.hu", "naih.hu", "www.gvh.hu", "slovak.statistics.sk", "dataprotection.gov.sk", "ec.europa.eu"])),
                                  "accessed": self.accessed()}  # fmt: skip
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags | {"government"})

    def _legislation(self) -> Work:
        name, title = self.rng.choice(_LAWS)
        year = int(next(t for t in title.replace("/", " ").replace(".", " ").split() if t.isdigit() and len(t) == 4))
        record: dict[str, Any] = {"type": "webpage", "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": self._url({"Nemzeti Jogszabálytár": "net.jogtar.hu", "Slov-Lex": "www.slov-lex.sk"}.get(name, "eur-lex.europa.eu")),
                                  "accessed": self.accessed()}  # fmt: skip
        return self._org_work(record, "web", name, {"government", "legislation"})

    def _market_research(self) -> Work:
        rng = self.rng
        name = rng.choice(_RESEARCH)
        year = self.year() if rng.random() < 0.85 else None
        market = rng.choice(
            [
                "FMCG",
                "drugstore",
                "dairy",
                "spirits",
                "mobile",
                "retail banking",
                "hotel",
                "OTC medicines",
                "e-commerce",
                "confectionery",
            ]
        )
        titles = [f"{market} in {rng.choice(['Hungary', 'Slovakia'])}: country report {year or 2024}",
                  f"{rng.choice(['Hungary', 'Slovakia'])} {market} market: shopper trends {year or 2023}",
                  f"Shopper Trends {year or 2024}: {rng.choice(_PLACES)}", f"{market} brand health tracker, wave {rng.randint(3, 40)}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": rng.choice(titles), "publisher": name,
                                  "URL": self._url(), "accessed": self.accessed()}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, "report", name, {"market-research"})

    def _press(self) -> Work:
        rng = self.rng
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": rng.choice(_PRESS),
            "issued": {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]},
            "URL": self._url(), "accessed": self.accessed(),
        }  # fmt: skip
        if rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _thesis(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "genre": rng.choice(["PhD thesis", "MSc dissertation", "Diplomová práca", "MBA dissertation"]),
                                  "publisher": rng.choice(_UNIVERSITIES), "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        return self._person_work(record, "thesis")

    def _social(self) -> Work:
        rng = self.rng
        year = rng.randint(2019, 2024)
        platform = rng.choice(["LinkedIn", "Instagram", "TikTok", "Facebook"])
        record: dict[str, Any] = {"type": "post", "title": f"{rng.choice(_TOPICS)[0].upper()}{rng.choice(_TOPICS)[1:]} #{rng.choice(['marketing', 'balaton', 'blackfriday', 'employerbranding', 'retail'])}",
                                  "container-title": platform, "issued": {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]},
                                  "URL": self._url({"LinkedIn": "www.linkedin.com", "Instagram": "www.instagram.com", "TikTok": "www.tiktok.com", "Facebook": "www.facebook.com"}[platform]),
                                  "accessed": self.accessed()}  # fmt: skip
        if rng.random() < 0.5:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        name, tags = self.organisation()
        return self._org_work(record, "social", name, tags)

    def _podcast(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "song", "genre": "Podcast", "title": f"{self._title()} (episode {rng.randint(2, 240)})",
                                  "container-title": rng.choice(["Marketing Mánia", "Kreatív podcast", "Biznisu podcast", "Trend Talks", "Portfolio Checklist"]),
                                  "author": self._people(2), "issued": {"date-parts": [[self.year()]]},
                                  "URL": self._url("open.spotify.com"), "accessed": self.accessed()}  # fmt: skip
        return self._person_work(record, "podcast")
