"""The blind234 pool's works: what marketers in Georgia and Armenia and their diaspora cite in CIM and MBA reports.

Written without reading the checker, its tests or any other pool. Textbooks (Pearson, Routledge, Sage, Oxford
University Press), chapters, journal articles with one to eight authors and DOIs (Journal of Eastern European and
Central Asian Research, Caucasus Analytical Digest, Post-Soviet Affairs, International Journal of Wine Business
Research, Journal of Marketing Management), theses from Georgian, Armenian and UK universities, conference papers
(the ASN World Convention, the Academy of Marketing), public bodies and regulators (Geostat, the National Bank of
Georgia, ComCom, Armstat, the Central Bank of Armenia, the EBRD, the World Bank, UNDP; bodies with two works of a
year), laws with their years and numbers cited under the parliament that passed them, company pages and annual
reports, market research with years (CRRC Georgia and the Caucasus Barometer, Galt & Taggart, MPG, ACNielsen Georgia,
Breavis, IPSC Armenia, Statista), news signed and unsigned (Civil.ge, OC Media, Georgia Today, Interpressnews,
Agenda.ge, Armenpress, Hetq, CivilNet, Azatutyun, EVN Report, BBC News, Eurasianet), social posts, videos, podcasts
and undated pages. Georgian names in their Latin spellings (-shvili, -dze, -ia, -uri, -ava), Armenian names (-yan,
-ian, -uni, Ter- and Der-), diaspora spellings of the same names (Sarkissian beside Sargsyan, Arutyunyan from Moscow,
Kévorkian from Marseille) and the scholarly transliterations some journals print (Harutʻyunyan, Łazaryan).
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# The kinds a work is recorded as (government, company and market-research works are reports and web pages).
KINDS = ("book", "chapter", "journal", "thesis", "conference", "report", "web", "legislation", "news", "social", "video",
         "podcast")  # fmt: skip

# Georgian names as Georgian scholars and English-language journals print them (family, given).
_GEORGIAN = [
    ("Gelashvili", "Nino"), ("Beridze", "Giorgi"), ("Gamsakhurdia", "Tamar"), ("Chkheidze", "Levan"),
    ("Kvaratskhelia", "Mariam"), ("Tsiklauri", "Davit"), ("Lomidze", "Ana"), ("Japaridze", "Irakli"),
    ("Kiknadze", "Salome"), ("Abashidze", "Nikoloz"), ("Tsereteli", "Eka"), ("Javakhishvili", "Lasha"),
    ("Mgaloblishvili", "Natia"), ("Kobakhidze", "Zurab"), ("Chanturia", "Maia"), ("Gogua", "Tornike"),
    ("Shengelia", "Ketevan"), ("Bakradze", "Otar"), ("Khutsishvili", "Tamta"), ("Dolidze", "Revaz"),
    ("Nadaraia", "Keti"), ("Zhvania", "Sopho"), ("Okujava", "Giorgi"), ("Sikharulidze", "Nana"),
    ("Kharaishvili", "Eter"), ("Tsintsadze", "Luka"), ("Jorbenadze", "Medea"), ("Maisuradze", "Dato"),
    ("Gogoladze", "Lela"), ("Todua", "Nugzar"), ("Kapanadze", "Tinatin"), ("Kurdadze", "Beka"),
    ("Chitaladze", "Khatia"), ("Shavgulidze", "Anano"), ("Gabunia", "Rusudan"), ("Lortkipanidze", "Ia"),
    ("Metreveli", "Shota"), ("Svanidze", "Mzia"), ("Kereselidze", "Vakhtang"), ("Makharadze", "Nata"),
    ("Tskhadadze", "Elene"), ("Gigauri", "Goga"), ("Tabatadze", "Mariam"), ("Gvenetadze", "Koba"),
    ("Amiranashvili", "Tekla"), ("Chachava", "Sandro"), ("Kirtava", "Lika"), ("Arabuli", "Ilia"),
]  # fmt: skip
# Armenian names: -yan and -ian, -uni, Ter- and Der-.
_ARMENIAN = [
    ("Sargsyan", "Armen"), ("Harutyunyan", "Ani"), ("Ter-Petrosyan", "Lilit"), ("Hakobyan", "Gayane"),
    ("Grigoryan", "Tigran"), ("Petrosyan", "Anahit"), ("Mkrtchyan", "Hayk"), ("Avetisyan", "Lusine"),
    ("Khachatryan", "Narek"), ("Manukyan", "Arpine"), ("Ghazaryan", "Karen"), ("Vardanyan", "Mane"),
    ("Abrahamyan", "Sona"), ("Movsisyan", "Vahe"), ("Hovhannisyan", "Astghik"), ("Galstyan", "Ruben"),
    ("Poghosyan", "Marine"), ("Baghdasaryan", "Sevak"), ("Artsruni", "Nune"), ("Bagratuni", "Vahagn"),
    ("Ter-Minasyan", "Gohar"), ("Ter-Grigoryan", "Armine"), ("Der Bedrossian", "Aram"), ("Der Manuelian", "Talin"),
    ("Melkonyan", "Siranush"), ("Simonyan", "Davit"), ("Mirzoyan", "Lia"), ("Tadevosyan", "Hrant"),
    ("Zakaryan", "Nare"), ("Asatryan", "Gor"), ("Karapetyan", "Meline"), ("Aghajanyan", "Arsen"),
    ("Martirosyan", "Lusine"), ("Danielyan", "Tatevik"), ("Yeghiazaryan", "Samvel"), ("Stepanyan", "Emma"),
]  # fmt: skip
# The diaspora's spellings (Los Angeles, Glendale, Paris, Marseille, Athens, Tel Aviv, Moscow) of the same names.
_DIASPORA = [
    ("Sarkissian", "Raffi"), ("Aznavourian", "Serge"), ("Harutunian", "Nairi"), ("Hovanessian", "Lori"),
    ("Boghossian", "Ara"), ("Papazian", "Sylvie"), ("Kalaydjian", "Garo"), ("Tashjian", "Maral"),
    ("Kassabian", "Vartan"), ("Melkonian", "Shant"), ("Manoukian", "Anaïs"), ("Kévorkian", "Alain"),
    ("Arakélian", "Nathalie"), ("Garabédian", "Michel"), ("Karakashian", "Yael"), ("Kasapian", "Eleni"),
    ("Arutyunyan", "Sergei"), ("Sarkisyan", "Elena"), ("Dzhaparidze", "Irina"), ("Chkheidze", "Georges"),
    ("Gelashvili", "David"), ("Mardirossian", "Taline"), ("Der Sarkissian", "Paul"), ("Hagopian", "Nora"),
]  # fmt: skip
# Scholarly transliterations some journals print (Library of Congress, Hübschmann-Meillet).
_SCHOLARLY = [("Harutʻyunyan", "Anna"), ("Łazaryan", "Karen"), ("Xačʻatryan", "Hasmik"), ("Tʻumanyan", "Aram"),
              ("Čikovani", "Nana"), ("Kʻavtaraże", "Giorgi"), ("Ǯavaxišvili", "Tamar")]  # fmt: skip
# Some authors every report reading list on the region has: British and American scholars beside local ones.
_OTHERS = [("Roberts", "Sean"), ("Jones", "Stephen"), ("de Waal", "Thomas"), ("Mitchell", "Lincoln"),
           ("Fraser", "Niall"), ("Brookes", "Helen"), ("Pike", "Steven"), ("Charters", "Steve"), ("Morgan", "Nigel"),
           ("Wilson", "Andrea"), ("Dinnie", "Keith"), ("O'Beirne", "Siobhan")]  # fmt: skip
# The textbooks on every CIM and MBA reading list, written by their usual authors.
_TEXTBOOK_AUTHORS = [("Kotler", "Philip"), ("Keller", "Kevin"), ("Baines", "Paul"), ("Chaffey", "Dave"),
                     ("Fill", "Chris"), ("Jobber", "David"), ("Ellis-Chadwick", "Fiona"), ("Solomon", "Michael")]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Sage", "London"), ("Oxford University Press", "Oxford"),
               ("Palgrave Macmillan", "Cham"), ("Kogan Page", "London"), ("Sage", "Thousand Oaks")]  # fmt: skip

# Organisations as authors, with what makes each hard.
_BODIES: list[tuple[str, set[str]]] = [
    ("National Statistics Office of Georgia (Geostat)", {"government", "abbreviation"}), ("Geostat", {"government", "acronym"}),
    ("National Bank of Georgia", {"government"}), ("National Bank of Georgia (NBG)", {"government", "abbreviation"}),
    ("Georgian National Tourism Administration", {"government"}),
    ("Georgian National Tourism Administration (GNTA)", {"government", "abbreviation"}),
    ("Communications Commission (ComCom)", {"government", "abbreviation"}), ("ComCom", {"government", "acronym"}),
    ("Statistical Committee of the Republic of Armenia (Armstat)", {"government", "abbreviation"}),
    ("Armstat", {"government", "acronym"}), ("Central Bank of Armenia", {"government"}),
    ("Central Bank of Armenia (CBA)", {"government", "abbreviation"}),
    ("Public Services Regulatory Commission", {"government"}), ("Tourism Committee of Armenia", {"government"}),
    ("European Bank for Reconstruction and Development (EBRD)", {"international", "abbreviation"}),
    ("EBRD", {"international", "acronym"}), ("World Bank", {"international"}), ("World Bank Group", {"international"}),
    ("UNDP", {"international", "acronym"}), ("UNDP Georgia", {"international"}),
    ("United Nations Development Programme (UNDP)", {"international", "abbreviation"}),
    ("National Wine Agency of Georgia", {"government"}), ("Enterprise Georgia", {"government"}),
    ("Ministry of Economy and Sustainable Development of Georgia", {"government"}),
    ("Ministry of Economy of the Republic of Armenia", {"government"}),
    ("Personal Data Protection Service of Georgia", {"government"}),
    ("Georgian Farmers' Association (GFA)", {"trade-body", "apostrophe", "abbreviation"}),
    ("Armenian Winemakers' Union", {"trade-body", "apostrophe"}),
    ("American Chamber of Commerce in Georgia (AmCham)", {"trade-body", "abbreviation"}),
    ("Union of Manufacturers & Employers of Armenia", {"trade-body", "ampersand"}),
    ("Transparency International Georgia", {"ngo"}), ("ISET Policy Institute", {"ngo"}),
    ("Chartered Institute of Marketing (CIM)", {"trade-body", "abbreviation"}),
]  # fmt: skip
_COMPANIES: list[tuple[str, set[str], str]] = [
    ("TBC Bank Group PLC", {"company"}, "tbcbankgroup.com"), ("Bank of Georgia Group PLC", {"company"}, "bankofgeorgiagroup.com"),
    ("Georgia Capital PLC", {"company"}, "georgiacapital.ge"), ("Ameriabank CJSC", {"company"}, "ameriabank.am"),
    ("Ardshinbank CJSC", {"company"}, "ardshinbank.am"), ("Inecobank CJSC", {"company"}, "inecobank.am"),
    ("Evocabank", {"company"}, "evocabank.am"), ("Idram", {"company"}, "idram.am"), ("Liberty Bank", {"company"}, "libertybank.ge"),
    ("Magticom", {"company"}, "magticom.ge"), ("Silknet JSC", {"company"}, "silknet.com"), ("Cellfie", {"company"}, "cellfie.ge"),
    ("Team Telecom Armenia", {"company"}, "telecomarmenia.am"), ("Ucom", {"company"}, "ucom.am"),
    ("Tbilvino", {"company"}, "tbilvino.ge"), ("Teliani Valley", {"company"}, "telianivalley.com"),
    ("IDS Borjomi Georgia", {"company"}, "borjomi.com"), ("Yerevan Brandy Company", {"company"}, "ararat.am"),
    ("Grand Candy", {"company"}, "grandcandy.am"), ("Nikora Trade JSC", {"company"}, "nikora.ge"),
    ("Galt & Taggart", {"company", "ampersand"}, "galtandtaggart.com"), ("Georgian Airways", {"company"}, "georgian-airways.com"),
    ("Shumi Winery", {"company"}, "shumi.ge"), ("Yerevan City", {"company"}, "yerevan-city.am"),
]  # fmt: skip
_RESEARCH = [("CRRC Georgia", "crrc.ge"), ("CRRC-Armenia", "crrc.am"), ("MPG", "mpg.ge"),
             ("ACNielsen Georgia", "acnielsen.ge"), ("Breavis", "breavis.am"), ("IPSC Armenia", "ipsc.am"),
             ("Statista", "statista.com"), ("Galt & Taggart", "galtandtaggart.com"), ("ISET Policy Institute", "iset-pi.ge")]  # fmt: skip
_PRESS = [("Civil.ge", "civil.ge"), ("OC Media", "oc-media.org"), ("Georgia Today", "georgiatoday.ge"),
          ("Interpressnews", "interpressnews.ge"), ("Agenda.ge", "agenda.ge"), ("Armenpress", "armenpress.am"),
          ("Hetq", "hetq.am"), ("CivilNet", "civilnet.am"), ("Azatutyun", "azatutyun.am"), ("EVN Report", "evnreport.com"),
          ("BBC News", "bbc.co.uk"), ("Eurasianet", "eurasianet.org")]  # fmt: skip
_JOURNALS = [("Journal of Eastern European and Central Asian Research", "10.15549/jeecar"),
             ("Caucasus Analytical Digest", "10.3929/ethz-b"), ("Post-Soviet Affairs", "10.1080/1060586X"),
             ("International Journal of Wine Business Research", "10.1108/IJWBR"),
             ("Journal of Marketing Management", "10.1080/0267257X"), ("Caucasus Survey", "10.30965/23761202"),
             ("Central Asian Survey", "10.1080/02634937"), ("Europe-Asia Studies", "10.1080/09668136"),
             ("International Journal of Bank Marketing", "10.1108/IJBM"), ("Tourism Management", "10.1016/j.tourman"),
             ("Journal of Wine Economics", "10.1017/jwe"), ("Eurasian Geography and Economics", "10.1080/15387216")]  # fmt: skip
_UNIVERSITIES = [("Tbilisi State University", "Tbilisi"), ("Ilia State University", "Tbilisi"),
                 ("Caucasus University", "Tbilisi"), ("International Black Sea University", "Tbilisi"),
                 ("Yerevan State University", "Yerevan"), ("American University of Armenia", "Yerevan"),
                 ("French University in Armenia", "Yerevan"), ("UCL School of Slavonic and East European Studies", "London"),
                 ("Batumi Shota Rustaveli State University", "Batumi"), ("Free University of Tbilisi", "Tbilisi")]  # fmt: skip
_TOPICS = ["wine tourism", "brand trust", "mobile banking", "diaspora tourism", "country-of-origin effects",
           "qvevri wine", "digital payments", "loyalty programmes", "mineral water exports", "brandy exports",
           "social media marketing", "consumer ethnocentrism", "retail banking", "mobile data pricing", "ski tourism",
           "place branding", "fintech adoption", "influencer marketing", "export marketing", "hotel reviews",
           "supermarket own labels", "remittances", "nation branding", "e-commerce", "customer satisfaction"]  # fmt: skip
_PLACES = ["Georgia", "Armenia", "the South Caucasus", "Tbilisi", "Yerevan", "Batumi", "Kakheti", "Gyumri",
           "the Georgian diaspora", "the Armenian diaspora", "post-Soviet markets", "Adjara", "Dilijan"]  # fmt: skip


class Blind234WorkFactory(WorkFactory):
    """Works of marketers in Georgia, Armenia and their diaspora. A subclass, so the other pools are unchanged."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 43 + 234)
        self.dated_bodies: list[tuple[str, str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.38:
            family, given = self.rng.choice(_GEORGIAN)
        elif roll < 0.7:
            family, given = self.rng.choice(_ARMENIAN)
        elif roll < 0.82:
            family, given = self.rng.choice(_DIASPORA)
        elif roll < 0.87:
            family, given = self.rng.choice(_SCHOLARLY)
        else:
            family, given = self.rng.choice(_OTHERS)
        if family.startswith("de "):
            return {"family": family[3:], "given": given, "non-dropping-particle": "de"}
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[38, 26, 15, 8, 5, 4, 2, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if name not in people:
                people.append(name)
        return people

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1994, 2007)
        return self.rng.randint(2008, 2025)

    def accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        first = max(2022, year or 2022)
        return {
            "date-parts": [
                [self.rng.randint(first, max(first, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            ]
        }

    def _title(self) -> str:
        topic, place = self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"The role of {topic} in {place}",
                 f"{topic[0].upper()}{topic[1:]} and {self.rng.choice(_TOPICS)}: evidence from {place}",
                 f"Rethinking {topic}: the case of {place}", f"{topic[0].upper()}{topic[1:]}: what it means for {place}",
                 f"{topic[0].upper()}{topic[1:]}, trust and young consumers in {place}"]  # fmt: skip
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "thesis", "conference", "government", "legislation", "company", "report",
             "market-research", "news", "web", "social", "video", "podcast"],
            weights=[12, 5, 22, 4, 3, 10, 3, 9, 4, 8, 9, 5, 3, 2, 2],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    @staticmethod
    def _accessed_after_issue(record: dict[str, Any]) -> None:
        """A page is read on or after the day it went up."""
        if "accessed" in record and "issued" in record:
            issued = record["issued"]["date-parts"][0]
            if record["accessed"]["date-parts"][0][: len(issued)] < issued:
                record["accessed"] = {"date-parts": [[issued[0], 12, 28]]}

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        self._accessed_after_issue(record)
        return super()._person_work(record, kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        self._accessed_after_issue(record)
        return super()._org_work(record, kind, name, tags)

    def _body_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then a second work of an organisation already drawn for the same kind of work, in the same year
        # ("Geostat, 2023a" and "2023b"); a year in the title moves with it.
        earlier = [body for body in self.dated_bodies if body[0] == kind]
        if earlier and "issued" in record and self.rng.random() < 0.2:
            _kind, name, tags, issued = self.rng.choice(earlier)
            old, new = str(record["issued"]["date-parts"][0][0]), str(issued["date-parts"][0][0])
            record["title"] = str(record["title"]).replace(old, new)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(issued["date-parts"][0][0])
            if "publisher" in record and kind == "report":
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated_bodies.append((kind, name, tags, record["issued"]))
        return self._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        authors = self._people(4)
        if self.rng.random() < 0.25:  # a marketing textbook by its usual authors
            authors = [{"family": f, "given": g} for f, g in self.rng.sample(_TEXTBOOK_AUTHORS, self.rng.randint(1, 3))]
        title = self._title()
        if authors[0] in [{"family": f, "given": g} for f, g in _TEXTBOOK_AUTHORS]:
            title = self.rng.choice(["Marketing management", "Principles of marketing", "Digital marketing",
                                     "Marketing: an introduction", "Marketing communications", "Strategic brand management",
                                     "Consumer behaviour", "Marketing: concepts and strategies"])  # fmt: skip
        record: dict[str, Any] = {
            "type": "book", "title": title, "author": authors, "issued": {"date-parts": [[self.year()]]},
            "publisher": publisher, "publisher-place": place,
        }  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["The Routledge handbook of the Caucasus", "Wine tourism destination management",
                                                "Marketing in emerging markets", "The Armenian diaspora and the homeland",
                                                "Post-Soviet consumer culture", "Tourism in the South Caucasus"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "Sage", "Palgrave Macmillan"]),
            "publisher-place": self.rng.choice(["Abingdon", "London", "Cham"]), "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        journal, prefix = self.rng.choice(_JOURNALS)
        year = self.year()
        start = self.rng.randint(1, 700)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8), "container-title": journal,
            "issued": {"date-parts": [[year]]}, "volume": str(self.rng.randint(1, 40)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{start}-{start + self.rng.randint(9, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.65:
            record["DOI"] = f"{prefix}.{year}.{self.rng.randint(100, 99999)}"
        elif self.rng.random() < 0.5:
            record["URL"] = (
                f"https://www.{''.join(w[0] for w in journal.split() if w[0].isupper()).lower()}journal.org/article/{self.rng.randint(1000, 9999)}"
            )
            record["accessed"] = self.accessed_after(year)
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": self._people(1), "issued": {"date-parts": [[self.year()]]},
            "genre": self.rng.choice(["PhD thesis", "MBA dissertation", "MSc dissertation", "MA thesis"]),
            "publisher": university, "publisher-place": place,
        }  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        year = self.year()
        event, place = self.rng.choice([("ASN World Convention", "New York"), ("Academy of Marketing Conference", "Cardiff"),
                                        ("Academy of Marketing Conference", "Birmingham"),
                                        ("International Black Sea University Annual Conference", "Tbilisi"),
                                        ("Academy of Wine Business Research Conference", "Tbilisi")])  # fmt: skip
        start = self.rng.randint(1, 200)
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": f"{event} {year}", "issued": {"date-parts": [[year]]}, "event-place": place,
            "publisher-place": place, "page": f"{start}-{start + self.rng.randint(6, 14)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _government(self) -> Work:
        name, tags = self.rng.choice(_BODIES)
        topic = self.rng.choice(["Tourism statistics", "Financial stability report", "Inflation report",
                                 "Annual report", "Consumer price index", "External trade", "Mobile market review",
                                 "Country diagnostic", "Human development report", "Financial inclusion survey",
                                 "Inbound tourism", "Household survey", "Wine exports", "Telecommunications market"])  # fmt: skip
        year, title = self.year(), self._title()
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]), "title": f"{topic} {year}" if self.rng.random() < 0.5 else f"{topic}: {title[:1].lower()}{title[1:]}",
            "issued": {"date-parts": [[year]]}, "publisher-place": self.rng.choice(["Tbilisi", "Yerevan", "London", "Washington, DC"]),
            "URL": f"https://www.{self.rng.choice(['geostat.ge', 'nbg.gov.ge', 'armstat.am', 'cba.am', 'ebrd.com', 'worldbank.org', 'undp.org', 'comcom.ge', 'gnta.ge'])}/en/{self.rng.randint(100, 9999)}",
            "accessed": self.accessed_after(year),
        }  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        if self.rng.random() < 0.08:  # an undated page
            record.pop("issued")
            record["title"] = topic if record["title"] == f"{topic} {year}" else record["title"]
            record["accessed"] = self.accessed_after(None)
        return self._body_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _legislation(self) -> Work:
        """A law cited under the parliament that passed it, as candidates cite foreign laws in Harvard."""
        name, title, year, url = self.rng.choice([
            ("Parliament of Georgia", "Law of Georgia on Advertising", 1998, "https://matsne.gov.ge/en/document/view/31970"),
            ("Parliament of Georgia", "Law of Georgia on Personal Data Protection", 2023, "https://matsne.gov.ge/en/document/view/5827307"),
            ("Parliament of Georgia", "Law of Georgia on Electronic Communications", 2005, "https://matsne.gov.ge/en/document/view/29620"),
            ("Parliament of Georgia", "Law of Georgia on Consumer Rights Protection", 2022, "https://matsne.gov.ge/en/document/view/5432457"),
            ("National Assembly of the Republic of Armenia", "Law of the Republic of Armenia on Advertising (HO-208-N)", 1996, "https://www.arlis.am/documentview.aspx?docid=1"),
            ("National Assembly of the Republic of Armenia", "Law of the Republic of Armenia on Protection of Personal Data (HO-49-N)", 2015, "https://www.arlis.am/documentview.aspx?docid=2"),
            ("National Assembly of the Republic of Armenia", "Law of the Republic of Armenia on Electronic Communication", 2005, "https://www.arlis.am/documentview.aspx?docid=3"),
        ])  # fmt: skip
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": url, "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org_work(record, "legislation", name, {"legislation", "government"})

    def _company(self) -> Work:
        name, tags, domain = self.rng.choice(_COMPANIES)
        year = self.year()
        if self.rng.random() < 0.5:
            record: dict[str, Any] = {
                "type": "report", "title": self.rng.choice([f"Annual report {year}", f"Integrated annual report {year}",
                                                            f"Sustainability report {year}", f"Investor presentation Q{self.rng.randint(1, 4)} {year}"]),
                "issued": {"date-parts": [[year]]}, "publisher": name, "publisher-place": self.rng.choice(["Tbilisi", "Yerevan", "London"]),
            }  # fmt: skip
            if self.rng.random() < 0.6:
                record["URL"] = f"https://www.{domain}/investors/{year}"
                record["accessed"] = self.accessed_after(year)
            return self._body_work(record, "report", name, tags)
        record = {"type": "webpage", "title": self.rng.choice(["About us", "Our history", "Our brands", "Press centre",
                                                               "Sustainability", "Digital banking", "Tariffs"]),
                  "URL": f"https://www.{domain}/en/{self.rng.choice(['about', 'history', 'brands', 'press', 'digital'])}"}  # fmt: skip
        if self.rng.random() < 0.55:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self.accessed_after(year if "issued" in record else None)
        return self._body_work(record, "web", name, tags)

    def _report(self) -> Work:
        """A report or working paper by named authors (policy institutes, donors, banks' research teams)."""
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self._title(), "author": self._people(3), "issued": {"date-parts": [[year]]},
            "publisher": self.rng.choice(["ISET Policy Institute", "CRRC Georgia", "EBRD", "World Bank", "UNDP Armenia",
                                          "Galt & Taggart", "Amberd Research Center"]),
            "publisher-place": self.rng.choice(["Tbilisi", "Yerevan", "London", "Washington, DC"]),
        }  # fmt: skip
        if self.rng.random() < 0.4:
            record["URL"] = f"https://www.example-policy.ge/publications/{self.rng.randint(100, 999)}"
            record["accessed"] = self.accessed_after(year)
        return self._person_work(record, "report")

    def _market_research(self) -> Work:
        name, domain = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.9 else None
        shown = year or 2024
        title = self.rng.choice([
            f"Caucasus Barometer {shown}: {self.rng.choice(['Georgia', 'Armenia'])}",
            f"Media consumption in {self.rng.choice(['Georgia', 'Armenia'])} {shown}",
            f"TV and digital audience measurement {shown}", f"Georgia banking sector review {shown}",
            f"Armenian wine and brandy market {shown}", f"Retail audit: bottled water, {self.rng.choice(['Q1', 'Q2', 'Q3', 'Q4'])} {shown}",
            f"Share of adults using mobile banking in Georgia {shown - 5}-{shown}",
            f"Consumer confidence in Armenia: wave {self.rng.randint(2, 12)}",
        ])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name,
                                  "URL": f"https://www.{domain}/{self.rng.randint(1000, 9999)}",
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._body_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        outlet, domain = self.rng.choice(_PRESS)
        year = self.rng.randint(2012, 2025)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": outlet,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://{domain}/en/{self.rng.randint(10000, 999999)}", "accessed": self.accessed_after(year),
        }  # fmt: skip
        if self.rng.random() < 0.65:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._body_work(record, "news", outlet, {"press"})

    def _web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(),
                                  "URL": f"https://{self.rng.choice(['medium.com', 'georgianjournal.ge', 'armenianweekly.com', 'marketer.ge', 'blog.idram.am'])}/{self.rng.randint(100, 99999)}"}  # fmt: skip
        year = self.year() if self.rng.random() < 0.6 else None
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self.accessed_after(year)
        if self.rng.random() < 0.6:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.rng.choice(_BODIES)
        return self._body_work(record, "web", name, tags | ({"undated"} if not year else set()))

    def _social(self) -> Work:
        name, tags, _domain = self.rng.choice(_COMPANIES)
        platform = self.rng.choice(["Facebook", "Instagram", "LinkedIn", "X", "TikTok"])
        year = self.rng.randint(2018, 2025)
        record: dict[str, Any] = {
            "type": "post", "title": self.rng.choice(["New card, new possibilities", "Georgian wine day", "Meet our new app",
                                                      "Summer in Batumi", "Thank you, Yerevan", "Vintage 2023 is here"]),
            "container-title": platform, "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.{platform.lower()}.com/{name.split()[0].lower()}/posts/{self.rng.randint(10**6, 10**7)}",
            "accessed": self.accessed_after(year),
        }  # fmt: skip
        if self.rng.random() < 0.3:
            record["author"] = self._people(1)
            return self._person_work(record, "social")
        return self._body_work(
            record, "social", name.replace(" PLC", "").replace(" CJSC", "").replace(" JSC", ""), tags
        )

    def _video(self) -> Work:
        name, tags, _domain = self.rng.choice(_COMPANIES)
        year = self.rng.randint(2015, 2025)
        record: dict[str, Any] = {
            "type": "motion_picture", "title": self.rng.choice(["The story of our spring", "Made in Kakheti", "Bank in your pocket",
                                                                "Ararat: a century of brandy", "Visit Georgia 2024", "How we make qvevri wine"]),
            "medium": "YouTube video", "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.youtube.com/watch?v={self.rng.randint(10**8, 10**9)}", "accessed": self.accessed_after(year),
        }  # fmt: skip
        if self.rng.random() < 0.3:
            record["author"] = self._people(1)
            return self._person_work(record, "video")
        return self._body_work(record, "video", name, tags)

    def _podcast(self) -> Work:
        year = self.rng.randint(2018, 2025)
        record: dict[str, Any] = {
            "type": "song", "title": f"Episode {self.rng.randint(1, 140)}: {self._title()}", "medium": "Podcast",
            "container-title": self.rng.choice(["EVN Report Podcast", "CivilNet Podcast", "Marketing in the Caucasus", "Ex Libris Tbilisi"]),
            "author": self._people(2), "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://podcasts.apple.com/ge/podcast/{self.rng.randint(10**6, 10**7)}", "accessed": self.accessed_after(year),
        }  # fmt: skip
        return self._person_work(record, "podcast")
