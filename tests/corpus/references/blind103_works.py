"""Works for the hundred-and-third held-out pool, "blind103": what marketers in Serbia, Bosnia and Herzegovina,
Montenegro, North Macedonia and Albania cite on CIM Level 6 and 7 courses and MBAs taught in English.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a
hundred-and-third hand, without reading the checker, its tests or the other pools' frames, decoys and works:
regional journals with one to eight authors, English and regional textbooks (Serbian, Bosnian, Croatian,
Macedonian and Albanian titles, Cyrillic ones transliterated, with English translations in square brackets),
chapters, theses from the region's universities, banks, telecoms, retailers, food makers, airlines, tourism
organisations, central banks, statistics offices and regulators as authors (with "&", apostrophes, abbreviations,
a.d., d.o.o., d.d., AD, DOOEL, sh.a. and plc), laws with their Official Gazette numbers, research firms' reports,
the regional press signed and unsigned, social posts and podcasts, works with no date and one author's works of
one year; names ending in -ić, -ović, -ski, -ska, -ov, Albanian names with ë and ç, the same names typed without
their diacritics, double-barrelled married names and the diaspora's names.
"""

# ruff: noqa: E501  (tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

_SERB_FAMILY = ["Petrović", "Jovanović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Kovačević",
                "Pavlović", "Todorović", "Lazić", "Radovanović", "Živković", "Milenković", "Stanković", "Vasić",
                "Ćirić", "Popović", "Janković", "Savić", "Mitrović", "Bogdanović", "Obradović", "Šarić"]  # fmt: skip
_SERB_GIVEN = ["Milica", "Jelena", "Ana", "Marko", "Nikola", "Stefan", "Dragana", "Ivana", "Aleksandar", "Nemanja",
               "Tijana", "Jovana", "Dušan", "Vesna", "Đurđa", "Željko", "Goran", "Snežana", "Miloš", "Katarina",
               "Ana-Marija", "Branislava", "Uroš", "Sanja"]  # fmt: skip
_BOS_FAMILY = ["Hadžić", "Begović", "Mehmedović", "Hodžić", "Delić", "Husić", "Kovač", "Babić", "Alić", "Softić",
               "Imamović", "Čaušević", "Zukić", "Mujkić", "Kapetanović", "Salihović", "Šehić", "Jukić", "Filipović"]  # fmt: skip
_BOS_GIVEN = ["Emina", "Amra", "Adnan", "Haris", "Lejla", "Selma", "Mirza", "Nermin", "Ajla", "Edin", "Dženana",
              "Almir", "Merima", "Tarik", "Ivan", "Mario", "Lana", "Senad", "Anela"]  # fmt: skip
_MNE_FAMILY = ["Vuković", "Radulović", "Šćepanović", "Vujović", "Bulatović", "Perović", "Knežević", "Ćorović",
               "Žarković", "Dragićević", "Lakić", "Raičević", "Vukčević", "Bošković", "Drašković"]  # fmt: skip
_MNE_GIVEN = ["Milena", "Vuk", "Jovan", "Tamara", "Maja", "Luka", "Bojana", "Danilo", "Sara", "Ognjen", "Nataša"]  # fmt: skip
_MK_NAMES = [("Stojanovski", "Bojan"), ("Trajkovska", "Elena"), ("Nikolov", "Filip"), ("Nikolova", "Kristina"),
             ("Petrovski", "Vladimir"), ("Angelovska", "Marija"), ("Dimitrov", "Igor"), ("Georgievska", "Biljana"),
             ("Ristovski", "Ljupčo"), ("Jovanovska", "Sanja"), ("Kostadinov", "Goce"), ("Stefanovska", "Aleksandra"),
             ("Todorovski", "Darko"), ("Velkovska", "Ivana"), ("Mitreski", "Zoran"), ("Spasovska", "Natasha"),
             ("Janevski", "Aleksandar"), ("Gjorgjievska", "Katerina"), ("Apostolov", "Dejan"), ("Trajkovski", "Kiril")]  # fmt: skip
_AL_NAMES = [("Hoxha", "Arbër"), ("Krasniqi", "Elira"), ("Berisha", "Dritan"), ("Gashi", "Blerina"), ("Shehu", "Ilir"),
             ("Çela", "Ermira"), ("Dervishi", "Erion"), ("Dedaj", "Jonida"), ("Kola", "Fatjon"), ("Leka", "Anxhela"),
             ("Mema", "Besnik"), ("Bregu", "Klodiana"), ("Xhafa", "Ardit"), ("Muça", "Rezarta"), ("Tafaj", "Gentian"),
             ("Hysa", "Elona"), ("Zeneli", "Ledio"), ("Bajrami", "Ornela"), ("Kuçi", "Sokol"), ("Dibra", "Migena"),
             ("Prifti", "Eneida"), ("Gjoni", "Alketa"), ("Toska", "Endrit"), ("Qosja", "Dorina")]  # fmt: skip
_DIASPORA = [("Müller", "Katrin"), ("Andersson", "Erik"), ("Schmidt", "Jonas"), ("Yılmaz", "Elif"), ("Huber", "Stefanie"),
             ("Brown", "Rachel"), ("O'Connor", "Siobhán"), ("MacDonald", "Fiona"), ("Gruber", "Thomas"),
             ("Bianchi", "Giulia"), ("Lefèvre", "Jean-François"), ("Nowak", "Agnieszka"), ("Papadopoulos", "Nikos"),
             ("Karlsson", "Sofia"), ("Wagner", "Lukas"), ("Thompson", "Oliver"), ("Keller", "Marie-Ève")]  # fmt: skip
_PARTICLE_NAMES = [("van der", "Linden", "Sanne"), ("van", "Dijk", "Pieter"), ("de", "Vries", "Anouk"),
                   ("von", "Bergen", "Clara"), ("di", "Marco", "Luca")]  # fmt: skip
_PLAIN = str.maketrans({"ć": "c", "č": "c", "š": "s", "ž": "z", "Ć": "C", "Č": "C", "Š": "S", "Ž": "Z", "ë": "e",
                        "ç": "c", "Ç": "C", "Ë": "E"})  # fmt: skip

_TOPICS = ["brand trust in retail banking", "mobile banking adoption", "loyalty programmes in grocery retail",
           "diaspora remittances and digital banking", "the destination image of Montenegro",
           "private labels in Serbian supermarkets", "customer churn in mobile telecoms",
           "sponsorship of music festivals", "consumer ethnocentrism and domestic food brands",
           "country-of-origin effects", "Instagram influencers and coastal tourism", "Generation Z and fintech",
           "green consumption", "price sensitivity under inflation", "omnichannel retailing",
           "service quality in city hotels", "word of mouth in Viber communities", "CSR communication",
           "pharmacy retail and OTC brands", "wine tourism", "rural and mountain tourism", "halal food labelling",
           "contactless payments", "buy now, pay later", "the launch of 5G services", "employer branding",
           "e-commerce and cash on delivery", "TikTok advertising", "airline choice on short-haul routes",
           "beer brand heritage", "dairy brand loyalty", "sales promotions in discount retail",
           "trust in online reviews", "personal data protection and consent", "diaspora tourism"]  # fmt: skip
_PLACES = ["Serbia", "the Western Balkans", "Bosnia and Herzegovina", "Montenegro", "North Macedonia", "Albania",
           "South-East Europe", "the Balkan region", "Belgrade", "Sarajevo", "Skopje", "Tirana", "the Adriatic coast"]  # fmt: skip
_LOCAL_TITLES = [
    ("Ponašanje potrošača na tržištu Srbije", "Consumer behaviour in the Serbian market"),
    ("Marketing usluga u bankarstvu", "Services marketing in banking"),
    ("Digitalni marketing i društvene mreže", "Digital marketing and social networks"),
    ("Lojalnost kupaca u maloprodaji", "Customer loyalty in retail"),
    ("Imidž turističke destinacije Crne Gore", "The image of Montenegro as a tourist destination"),
    ("Marketing menadžment", "Marketing management"),
    ("Upravljanje odnosima s kupcima", "Customer relationship management"),
    ("Brend Bosne i Hercegovine: izazovi pozicioniranja", "The Bosnia and Herzegovina brand: challenges of positioning"),
    ("Odnesuvanje na potrošuvačite vo Severna Makedonija", "Consumer behaviour in North Macedonia"),
    ("Marketingu dixhital në bankat shqiptare", "Digital marketing in Albanian banks"),
    ("Sjellja e konsumatorit dhe besnikëria ndaj markës", "Consumer behaviour and brand loyalty"),
    ("Turizmi në bregdetin shqiptar", "Tourism on the Albanian coast"),
    ("Integrisane marketinške komunikacije", "Integrated marketing communications"),
    ("Elektronsko bankarstvo i zadovoljstvo klijenata", "Electronic banking and client satisfaction"),
    ("Upravuvanje so brendovi", "Brand management"),
    ("Strategjitë e marketingut në telekomunikacion", "Marketing strategies in telecommunications"),
    ("Istraživanje tržišta", "Market research"),
    ("Domaće je najbolje? Etnocentrizam potrošača", "Home-made is best? Consumer ethnocentrism"),
    ("Dijaspora kao tržište", "The diaspora as a market"),
    ("Festivalski turizam u Srbiji", "Festival tourism in Serbia"),
]  # fmt: skip
_JOURNALS = ["Economic Annals", "Marketing", "Management: Journal of Contemporary Management Issues",
             "South East European Journal of Economics and Business", "Journal of Business Research",
             "European Journal of Marketing", "Ekonomika preduzeća", "Strategic Management",
             "Economic Research-Ekonomska Istraživanja", "Market-Tržište", "International Journal of Bank Marketing",
             "Journal of Retailing and Consumer Services", "Tourism and Hospitality Management",
             "Journal of Balkan and Near Eastern Studies", "Sustainability", "Teme"]  # fmt: skip
_PUBLISHERS = [("Centar za izdavačku delatnost Ekonomskog fakulteta", "Beograd"), ("Službeni glasnik", "Beograd"),
               ("Routledge", "Abingdon"), ("Pearson", "Harlow"), ("Palgrave Macmillan", "London"), ("Springer", "Cham"),
               ("Ekonomski fakultet Univerziteta u Sarajevu", "Sarajevo"), ("Univerzitet Crne Gore", "Podgorica"),
               ("Ekonomski fakultet - Skopje", "Skopje"), ("UET Press", "Tirana"), ("Kogan Page", "London"),
               ("Fakultet za ekonomiju, finansije i administraciju", "Beograd"), ("Sage", "London")]  # fmt: skip
_UNIVERSITIES = ["University of Belgrade", "University of Novi Sad", "University of Sarajevo", "University of Montenegro",
                 "Ss. Cyril and Methodius University", "University of Tirana", "University of New York Tirana",
                 "University of Niš", "University of Banja Luka", "Džemal Bijedić University of Mostar"]  # fmt: skip
_COMPANIES = [("Banca Intesa a.d. Beograd", {"company"}), ("Komercijalna banka", {"company"}),
              ("UniCredit Bank Srbija a.d.", {"company"}), ("Raiffeisen Bank d.d. Bosna i Hercegovina", {"company"}),
              ("Crnogorska komercijalna banka AD", {"company"}), ("Komercijalna banka AD Skopje", {"company"}),
              ("Banka Kombëtare Tregtare (BKT)", {"company", "abbreviation"}), ("Telekom Srbija a.d.", {"company"}),
              ("Yettel d.o.o. Beograd", {"company"}), ("A1 Srbija", {"company"}), ("BH Telecom d.d. Sarajevo", {"company"}),
              ("m:tel", {"company", "punctuation"}), ("Crnogorski Telekom A.D.", {"company"}),
              ("Makedonski Telekom AD - Skopje", {"company"}), ("ONE Albania", {"company"}),
              ("Delhaize Serbia", {"company"}), ("Bingo d.o.o. Tuzla", {"company"}), ("Voli Trade", {"company"}),
              ("Ramstore", {"company"}), ("Spar Albania", {"company"}), ("Imlek a.d.", {"company"}),
              ("Podravka d.d.", {"company"}), ("Hemofarm a.d.", {"company"}), ("Alkaloid AD Skopje", {"company"}),
              ("Pivara Skopje AD", {"company"}), ("Plantaže 13. jul", {"company"}), ("Air Serbia a.d.", {"company"}),
              ("Air Montenegro", {"company"}), ("Coca-Cola HBC Srbija", {"company"}), ("Mlinar DOOEL", {"company"}),
              ("Marković & Partners", {"company", "ampersand"}), ("Ogilvy & Mather Beograd", {"company", "ampersand"}),
              ("McCann Sarajevo", {"company"}), ("Vodafone Albania sh.a.", {"company"}), ("Balfin Group", {"company"}),
              ("Coca-Cola HBC AG", {"company"}), ("Nelt Group", {"company"}), ("Mercator-S d.o.o.", {"company"}),
              ("Serbian Marketing Association (SEMA)", {"trade-body", "abbreviation"}),
              ("Foreign Investors Council", {"trade-body"}), ("AmCham Montenegro", {"trade-body"}),
              ("Chamber of Commerce and Industry of Serbia", {"trade-body"}), ("Mercedes's Dealers Club", {"apostrophe"}),
              ("Chartered Institute of Marketing", {"trade-body"}), ("National Tourism Organisation of Serbia", {"tourism"}),
              ("Tourism Association of the Federation of BiH", {"tourism", "abbreviation"}),
              ("National Tourism Organisation of Montenegro", {"tourism"}),
              ("Agency for Promotion and Support of Tourism of North Macedonia", {"tourism"}),
              ("National Agency of Tourism", {"tourism"}), ("Exit Foundation", {"company"}),
              ("Sarajevo Film Festival", {"company"}), ("Deloitte Serbia", {"company"}), ("PwC Serbia", {"company"}),
              ("Ernst & Young", {"company", "ampersand"}), ("Meta", {"company"}), ("Google", {"company"})]  # fmt: skip
_GOVERNMENT = ["Statistical Office of the Republic of Serbia (RZS)", "Republički zavod za statistiku",
               "Agency for Statistics of Bosnia and Herzegovina", "MONSTAT", "State Statistical Office (MAKSTAT)",
               "INSTAT", "National Bank of Serbia (NBS)", "Narodna banka Srbije", "Central Bank of Bosnia and Herzegovina",
               "Central Bank of Montenegro", "National Bank of the Republic of North Macedonia", "Bank of Albania",
               "Regulatory Authority for Electronic Communications and Postal Services (RATEL)",
               "Government of the Republic of Serbia", "Ministry of Tourism and Youth", "Ministry of Economic Development and Tourism",
               "Agency for Electronic Communications (AEK)", "Commissioner for Information of Public Importance and Personal Data Protection",
               "Personal Data Protection Agency", "European Commission", "World Bank", "OECD", "EBRD"]  # fmt: skip
_LAWS = [("Government of the Republic of Serbia", "Law on Personal Data Protection (Official Gazette of RS, No. 87/2018)", 2018),
         ("Government of the Republic of Serbia", "Zakon o oglašavanju [Law on Advertising] (Službeni glasnik RS, br. 6/2016)", 2016),
         ("Government of the Republic of Serbia", "Law on Consumer Protection (Official Gazette of RS, No. 88/2021)", 2021),
         ("Parliamentary Assembly of Bosnia and Herzegovina", "Zakon o zaštiti ličnih podataka [Law on Protection of Personal Data] (Službeni glasnik BiH 12/25)", 2025),
         ("Government of Montenegro", "Law on Electronic Commerce", 2013),
         ("Assembly of the Republic of North Macedonia", "Law on Personal Data Protection (Official Gazette No. 42/2020)", 2020),
         ("Kuvendi i Republikës së Shqipërisë", "Law No. 9887/2008 on Personal Data Protection", 2008),
         ("National Bank of Serbia (NBS)", "Decision on Minimum Content of the Framework Agreement (RS Official Gazette, No. 31/2019)", 2019),
         ("National Bank of Serbia (NBS)", "Decision on the Manner of Informing Financial Service Consumers (RS Official Gazette, No. 62/2020)", 2020)]  # fmt: skip
_PRESS = ["Politika", "Blic", "Danas", "N1", "Nova ekonomija", "Klix.ba", "Oslobođenje", "Vijesti", "Pobjeda", "Kapital",
          "Nova Makedonija", "Top Channel", "Balkan Insight", "SeeNews", "Bloomberg Adria", "Forbes Srbija"]  # fmt: skip
_RESEARCH = ["Ipsos", "Nielsen", "GfK", "Valicon", "IPSOS Strategic Marketing", "Euromonitor International", "Kantar",
             "Mediana Adria", "Datacop"]  # fmt: skip
_MARKETS = ["packaged dairy", "mobile telecoms", "retail banking", "grocery retail", "beer", "bottled water",
            "OTC pharmaceuticals", "confectionery", "e-commerce", "coffee", "travel and tourism", "fintech"]  # fmt: skip
_COUNTRIES = [
    "Serbia",
    "Bosnia and Herzegovina",
    "Montenegro",
    "North Macedonia",
    "Albania",
    "the Western Balkans",
    "Adria",
]
_PLATFORMS = [("Instagram", "https://www.instagram.com/p/"), ("Facebook", "https://www.facebook.com/"),
              ("TikTok", "https://www.tiktok.com/@"), ("YouTube", "https://www.youtube.com/watch?v="),
              ("Viber", "https://invite.viber.com/?g2=")]  # fmt: skip
_PODCASTS = ["Marketing na kafi", "Biznis priče", "Podcast Ponedjeljak", "Balkan Brand Talk", "Fintech Adria",
             "Pod lupom", "Flet Marketingu"]  # fmt: skip
_SLUG_WORDS = ["vijesti", "novosti", "ekonomija", "biznis", "marketing", "turizam", "banka", "telekom", "akcija",
               "istrazivanje", "izvestaj", "lajme", "ekonomi", "vesti", "analiza", "potrosaci"]  # fmt: skip


class Blind103WorkFactory(WorkFactory):
    """Makes the pool's works from one seeded random source (its own, so the base factory's draws do not matter)."""

    KINDS = ("book", "chapter", "journal", "thesis", "web", "report", "government", "legislation", "market-research",
             "news", "social", "podcast")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 103)
        self.seen: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.3:
            family, given = self.rng.choice(_SERB_FAMILY), self.rng.choice(_SERB_GIVEN)
        elif roll < 0.45:
            family, given = self.rng.choice(_BOS_FAMILY), self.rng.choice(_BOS_GIVEN)
        elif roll < 0.55:
            family, given = self.rng.choice(_MNE_FAMILY), self.rng.choice(_MNE_GIVEN)
        elif roll < 0.7:
            family, given = self.rng.choice(_MK_NAMES)
        elif roll < 0.86:
            family, given = self.rng.choice(_AL_NAMES)
        elif roll < 0.96:
            family, given = self.rng.choice(_DIASPORA)
        else:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        roll = self.rng.random()
        if roll < 0.15:  # typed on an English keyboard, or so the journal printed it
            family, given = (
                family.translate(_PLAIN).replace("Đ", "Dj").replace("đ", "dj"),
                given.translate(_PLAIN).replace("Đ", "Dj").replace("đ", "dj"),
            )
        elif roll < 0.22:  # a married name beside the maiden one
            family = f"{family}-{self.rng.choice(_SERB_FAMILY + _BOS_FAMILY + [n for n, _ in _AL_NAMES])}"
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1994, 2007)
        return self.rng.randint(2010, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        first = issued[0] + 1 if issued else 2023
        year = self.rng.randint(min(max(first, 2023), 2026), 2026)
        return {"date-parts": [[year, self.rng.randint(1, 11 if year == 2026 else 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        if self.rng.random() < 0.3:
            local, english = self.rng.choice(_LOCAL_TITLES)
            return f"{local} [{english}]"
        topic, place = self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"The role of {topic} in {place}",
                 f"{topic[0].upper()}{topic[1:]}: evidence from {place}",
                 f"Determinants of {topic}: a study of {place}", f"{topic[0].upper()}{topic[1:]} and {self.rng.choice(_TOPICS)}",
                 f"Rethinking {topic} after the pandemic", f"What drives {topic}? Survey evidence from {place}"]  # fmt: skip
        return self.rng.choice(forms)

    def _url(self, host: str | None = None) -> str:
        host = host or self.rng.choice(["www.nbs.rs", "www.klix.ba", "www.vijesti.me", "www.kapital.mk", "www.monitor.al",
                                        "www.novaekonomija.rs", "www.seenews.com", "www.ebrd.com", "www.ratel.rs"])  # fmt: skip
        return f"https://{host}/{self.rng.choice(_SLUG_WORDS)}/{self.rng.choice(_SLUG_WORDS)}-{self.rng.randint(1000, 999999)}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.KINDS), weights=[11, 5, 24, 4, 12, 10, 8, 3, 7, 9, 4, 3])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        if self.seen and "issued" in record and self.rng.random() < 0.1:  # one body's two works of one year
            name, tags, issued = self.rng.choice(self.seen)
            record["issued"] = {"date-parts": [list(p) for p in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        if "issued" in record:
            self.seen.append((name, set(tags), record["issued"]))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 7))
        return self._person(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["Marketing in the Western Balkans", "Tourism in South-East Europe",
                                                "Banking and finance in transition economies", "Retailing in Central and Eastern Europe",
                                                "Zbornik radova SYMORG", "Proceedings of the Sinteza conference"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 700)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 70)), "issue": str(self.rng.randint(1, 4)),
            "page": f"{start}-{start + self.rng.randint(10, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice(['5937', '2298', '1080', '1016', '1108', '3390'])}/{self.rng.choice(['ea', 'sejeb', 'ekopre', 'jbr', 'ejm'])}{self.rng.randint(10000, 99999)}"
            )
        return self._person(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": [self.person()],
            "genre": self.rng.choice(["PhD thesis", "Doctoral dissertation", "MBA dissertation", "Master's thesis"]),
            "publisher": self.rng.choice(_UNIVERSITIES), "issued": {"date-parts": [[self.year()]]},
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = self._url("phaidrabg.bg.ac.rs")
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._person(record, "thesis")

    def _web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url()}
        if self.rng.random() < 0.75:
            record["issued"] = {"date-parts": [[self.year()]]}
        if self.rng.random() < 0.85:
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            return self._person(record, "web")
        name, tags = self.rng.choice(_COMPANIES)
        return self._org(record, "web", name, set(tags))

    def _report(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.year()
        title = (f"{self.rng.choice(['Annual report', 'Sustainability report', 'Integrated report', 'Godišnji izveštaj [Annual report]', 'Raporti vjetor [Annual report]'])} {year}"
                 if self.rng.random() < 0.5 else self._title())  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" (")[0],
                                  "publisher-place": self.rng.choice(["Belgrade", "Sarajevo", "Podgorica", "Skopje", "Tirana", "Novi Sad", "Banja Luka"])}  # fmt: skip
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[year]]}
        if self.rng.random() < 0.6:
            record["URL"] = self._url()
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        return self._org(record, "report", name, set(tags))

    def _government(self) -> Work:
        name = self.rng.choice(_GOVERNMENT)
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self.rng.choice([self._title(), f"Statistical yearbook {self.rng.randint(2015, 2025)}",
                                      f"Financial stability report {self.rng.randint(2015, 2025)}",
                                      f"Survey on household consumption {self.rng.randint(2015, 2025)}",
                                      f"Annual report on the electronic communications market in {self.rng.randint(2015, 2025)}"]),
            "issued": {"date-parts": [[self.year()]]}, "URL": self._url(),
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._org(record, "government", name, {"government"})

    def _legislation(self) -> Work:
        name, title, year = self.rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]}}
        if self.rng.random() < 0.6:
            record["URL"] = self._url("www.paragraf.rs")
            record["accessed"] = self._accessed_after([year])
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        return Work(record, name, str(year), True, 1, "legislation", {"government", "legislation", "organisation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        market, country = self.rng.choice(_MARKETS), self.rng.choice(_COUNTRIES)
        year = self.year()
        title = self.rng.choice([f"{market[0].upper()}{market[1:]} in {country}", f"{country} {market} market report {year}",
                                 f"Consumer trends in {market}: {country}", f"Retail audit: {market}, {country}, Q{self.rng.randint(1, 4)}",
                                 f"Brand health tracker: {market} ({country})"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name, "URL": self._url(f"www.{name.split()[0].lower()}.com"),
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        if self.rng.random() < 0.12:
            del record["issued"]
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        return self._org(record, "market-research", name, {"market-research"})

    def _news(self) -> Work:
        outlet = self.rng.choice(_PRESS)
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": outlet,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}, "URL": self._url(),
        }  # fmt: skip
        record["accessed"] = self._accessed_after([year])
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person(record, "news")
        return self._org(record, "news", outlet, {"press"})

    def _social(self) -> Work:
        platform, base = self.rng.choice(_PLATFORMS)
        name, tags = self.rng.choice(_COMPANIES[:30])
        year = self.rng.randint(2019, 2025)
        record: dict[str, Any] = {
            "type": "webpage", "container-title": platform,
            "title": self.rng.choice(["Slava je kad smo zajedno [Slava is when we are together]", "Srećan Božić! [Happy Christmas!]",
                                      "Ramazanski Bajram šerif mubarek olsun", "Gëzuar Ditën e Verës! [Happy Summer Day!]",
                                      "Dobrodošli kući [Welcome home]", "Back to school 2024", "Black Friday je počeo [Black Friday has started]",
                                      "Gëzuar 28 Nëntorin! [Happy 28 November!]", "Vidimo se na Exitu [See you at Exit]"]),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"{base}{self.rng.randint(100000, 9999999)}",
        }  # fmt: skip
        record["accessed"] = self._accessed_after([year])
        return self._org(record, "social", name, set(tags) | {"social"})

    def _podcast(self) -> Work:
        year = self.rng.randint(2019, 2025)
        record: dict[str, Any] = {
            "type": "webpage", "title": f"Epizoda {self.rng.randint(1, 140)}: {self._title()} [Podcast]",
            "container-title": self.rng.choice(_PODCASTS), "author": self._people(2),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://open.spotify.com/episode/{self.rng.randint(10**8, 10**9)}",
        }  # fmt: skip
        record["accessed"] = self._accessed_after([year])
        return self._person(record, "podcast")
