"""Works for the blind113 pool (HELD OUT): what marketers in Greece, Cyprus and the Greek diaspora cite.

Greek and Cypriot authors as they appear on English-language and Greek papers (men's surnames in -opoulos, -akis,
-idis, -ou, women's genitive surnames, Hadji-/Chatzi- prefixes, patronymic initials, transliteration variants),
Turkish Cypriot and expatriate names, S.A., I.K.E. and Ltd firms, banks and regulators, laws numbered "4624/2019",
theses from AUEB, Aristotle University and the University of Cyprus, the Athens, Nicosia and diaspora press, and
Greek titles with English in square brackets.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# (family, given): men, women with genitive surnames, Cypriots, transliteration variants of the same name.
_GREEK = [
    ("Papadopoulos", "Georgios"), ("Papadopulos", "Yiorgos"), ("Papadopoulou", "Eleni"), ("Georgiou", "Maria"),
    ("Konstantinidis", "Dimitrios"), ("Konstantinidou", "Aikaterini"), ("Constantinides", "Constantinos"),
    ("Nikolaidis", "Christos"), ("Nikolaidou", "Sofia"), ("Vlachos", "Ioannis"), ("Vlachou", "Despoina"),
    ("Karamanlakis", "Manolis"), ("Daskalakis", "Emmanouil"), ("Tsakiris", "Panagiotis"), ("Theodorakis", "Nikos"),
    ("Stavrakakis", "Eirini"), ("Kourakis", "Michalis"), ("Papadakis", "Stelios"), ("Fragkiadaki", "Argyro"),
    ("Oikonomou", "Vasiliki"), ("Economou", "Andreas"), ("Ioannou", "Panayiotis"), ("Ioannidis", "Thanasis"),
    ("Ioannidou", "Chrysoula"), ("Antoniadis", "Kostas"), ("Antoniadou", "Paraskevi"), ("Karagiannis", "Vasilis"),
    ("Karagianni", "Evangelia"), ("Athanasiou", "Kyriaki"), ("Dimitriou", "Spyros"), ("Triantafyllou", "Lefteris"),
    ("Triantafillou", "Eleftherios"), ("Kalogeropoulos", "Apostolos"), ("Kalogeropoulou", "Fotini"),
    ("Christodoulou", "Andreas"), ("Charalambous", "Marios"), ("Charalampous", "Elena"), ("Kyriacou", "Stavros"),
    ("Kyriakou", "Katerina"), ("Hadjipetrou", "Louiza"), ("Hadjigeorgiou", "Savvas"), ("Chatzigeorgiou", "Anastasia"),
    ("Chatzidimitriou", "Alexandros"), ("Hadjiioannou", "Demetris"), ("Michaelides", "Loucas"), ("Michailidis", "Lukas"),
    ("Pavlou", "Nicoletta"), ("Neophytou", "Andri"), ("Evripidou", "Christiana"), ("Efthymiou", "Angelos"),
    ("Efthimiou", "Aggelos"), ("Mavromatis", "Petros"), ("Mavromati", "Ioanna"), ("Sideridis", "Prodromos"),
    ("Papageorgiou", "Athina"), ("Papagiorgiou", "Athena"), ("Zafeiropoulos", "Evangelos"), ("Gkikas", "Dimitris"),
    ("Gikas", "Demetrios"), ("Tsiotsou", "Rodoula"), ("Siomkos", "Georgios J."), ("Baltas", "George"),
    ("Kavoura", "Androniki"), ("Avlonitis", "George J."), ("Indounas", "Kostis"), ("Giovanis", "Apostolos N."),
    ("Kokkinaki", "Flora"), ("Chatzipanagiotou", "Kalliopi"), ("Koufaris", "Marios"), ("Skourtis", "Georgios"),
    ("Assimakopoulos", "Costas"), ("Dimitriadis", "Sergios"), ("Xenophontos", "Panayiota"), ("Zenonos", "Mikaella"),
    ("Loizou", "Eftychia"), ("Stylianou", "Vasso"), ("Kouris", "Aristides"), ("Psaltis", "Harris"),
    ("Lambrianidis", "Lois"), ("Vrontis", "Demetris"), ("Thrassou", "Alkis"), ("Melanthiou", "Yioulia"),
    ("Papasolomou", "Ioanna"), ("Sarmaniotis", "Christos"), ("Stathopoulou", "Anna"), ("Tsourela", "Maria"),
]  # fmt: skip
# Accents kept, Greek script and Turkish Cypriot names: how some sources and candidates write them.
_MARKED = [
    ("Παπαδόπουλος", "Γιώργος"), ("Γεωργίου", "Μαρία"), ("Κωνσταντινίδης", "Δημήτρης"), ("Οικονόμου", "Βασιλική"),
    ("Χριστοδούλου", "Ανδρέας"), ("Μαυρομάτη", "Ιωάννα"), ("Papadópoulos", "Geórgios"), ("Oikonómou", "Vasilikí"),
    ("Özdemir", "Hüseyin"), ("Çağlar", "Ayşe"), ("Şahin", "Mehmet"), ("Güneş", "Emine"), ("Erhürman", "Tufan"),
]  # fmt: skip
# Diaspora and expatriate authors in Melbourne, London and New York, and the foreigners who write about Greece.
_DIASPORA = [
    ("Anastasiou", "Peter"), ("Stephanopoulos", "Nick"), ("Pappas", "Helen"), ("Kaloudis", "Jim"),
    ("Manolas", "Steve"), ("Doukas", "Christine"), ("Angelopoulos", "Tom"), ("Poulos", "Chris"),
    ("Demetriou", "Alexandra"), ("Koutsoukis", "Bill"), ("Smith", "Rachel"), ("Jones", "Oliver"), ("Walsh", "Fiona"),
    ("Müller", "Katrin"), ("Rossi", "Giulia"), ("Brennan", "Sarah"), ("Cohen", "Daniel"), ("Nguyen", "Thi Lan"),
    ("Kaplan", "Robert"), ("Williams", "Hannah"), ("McKenzie", "Ross"), ("O'Connell", "Aoife"),
]  # fmt: skip
_DOUBLE = [("Kalogeraki-Papadaki", "Maria"), ("Georgiou-Charalambous", "Elena"), ("Vlachou-Stamatopoulou", "Dora"),
           ("Pappas-Walker", "Helen"), ("Hadji-Michael", "Christina")]  # fmt: skip

_BANKS = [("National Bank of Greece S.A.", {"company", "legal-form"}), ("Alpha Bank S.A.", {"company", "legal-form"}),
          ("Eurobank Ergasias Services and Holdings S.A.", {"company", "legal-form"}),
          ("Piraeus Financial Holdings", {"company"}), ("Bank of Cyprus Holdings PLC", {"company"}),
          ("Hellenic Bank Public Company Ltd", {"company", "legal-form"}), ("Optima bank", {"company", "lowercase"})]  # fmt: skip
_FIRMS = [
    ("OTE Group", {"company"}), ("Cosmote", {"company"}), ("Vodafone Greece", {"company"}), ("Nova", {"company"}),
    ("Cyta", {"company"}), ("Epic Ltd", {"company", "legal-form"}), ("Aegean Airlines S.A.", {"company", "legal-form"}),
    ("Sky Express", {"company"}), ("Cyprus Airways", {"company"}), ("Jumbo S.A.", {"company", "legal-form"}),
    ("AB Vassilopoulos", {"company"}), ("Sklavenitis", {"company"}), ("Masoutis", {"company"}),
    ("Alphamega Hypermarkets", {"company"}), ("FAGE International S.A.", {"company", "legal-form"}),
    ("Olympos Dairy S.A.", {"company", "legal-form"}), ("Mevgal S.A.", {"company", "legal-form"}),
    ("Kolios S.A.", {"company", "legal-form"}), ("Gaea Products S.A.", {"company", "legal-form"}),
    ("Minerva S.A. Edible Oils", {"company", "legal-form"}), ("Delta Foods", {"company"}),
    ("Boutari Group", {"company"}), ("KEO plc", {"company"}), ("Lanitis Bros Ltd", {"company", "legal-form"}),
    ("Attica Group", {"company"}), ("Star Bulk Carriers Corp.", {"company"}), ("Grecotel", {"company"}),
    ("Louis Hotels", {"company"}), ("Aldemar Resorts", {"company"}), ("Skroutz S.A.", {"company", "legal-form"}),
    ("Public", {"company"}), ("Kotsovolos", {"company"}), ("Mikel Coffee Company", {"company"}),
    ("Kyknos Canning Company I.K.E.", {"company", "legal-form"}), ("Ktima Lazaridi", {"company"}),
    ("Ogilvy Greece", {"agency"}), ("BBDO Athens", {"agency"}), ("Tribal Worldwide Athens", {"agency"}),
    ("De Facto Communications Ltd", {"agency", "legal-form"}), ("Marketing Greece", {"trade-body"}),
]  # fmt: skip
_CYPRIOT = {"Bank of Cyprus Holdings PLC", "Hellenic Bank Public Company Ltd", "Cyta", "Epic Ltd", "Cyprus Airways",
            "Alphamega Hypermarkets", "KEO plc", "Lanitis Bros Ltd", "Louis Hotels", "De Facto Communications Ltd"}  # fmt: skip
_BODIES = [
    ("Hellenic Capital Market Commission", {"regulator"}), ("Bank of Greece", {"regulator"}),
    ("Central Bank of Cyprus", {"regulator"}), ("Cyprus Securities and Exchange Commission (CySEC)", {"regulator", "abbreviation"}),
    ("Hellenic Statistical Authority (ELSTAT)", {"government", "abbreviation"}), ("ELSTAT", {"government", "acronym"}),
    ("Statistical Service of Cyprus (CYSTAT)", {"government", "abbreviation"}),
    ("Hellenic Data Protection Authority", {"regulator"}), ("Hellenic Competition Commission", {"regulator"}),
    ("Hellenic Telecommunications and Post Commission (EETT)", {"regulator", "abbreviation"}),
    ("Office of the Commissioner for Personal Data Protection", {"regulator"}),
    ("Greek National Tourism Organisation", {"government"}), ("Deputy Ministry of Tourism", {"government"}),
    ("Ministry of Tourism", {"government"}), ("Ministry of Development and Investments", {"government"}),
    ("Enterprise Greece", {"government"}), ("Invest Cyprus", {"government"}),
    ("Association of Greek Tourism Enterprises (SETE)", {"trade-body", "abbreviation"}),
    ("INSETE", {"trade-body", "acronym"}), ("Hellenic Chamber of Hotels", {"trade-body"}),
    ("Foundation for Economic & Industrial Research (IOBE)", {"trade-body", "ampersand", "abbreviation"}),
    ("Hellenic Federation of Enterprises (SEV)", {"trade-body", "abbreviation"}),
    ("Hellenic Association of Communication Agencies (EDEE)", {"trade-body", "abbreviation"}),
    ("Cyprus Chamber of Commerce and Industry", {"trade-body"}), ("Cyprus Tourism Organisation", {"government"}),
    ("Union of Greek Shipowners", {"trade-body"}), ("Cyprus Shipping Chamber", {"trade-body"}),
    ("ELGO-DIMITRA", {"government", "acronym"}), ("European Commission", {"government"}),
]  # fmt: skip
_HOSTS = {"Hellenic Capital Market Commission": "hcmc.gr", "Bank of Greece": "bankofgreece.gr",
          "Central Bank of Cyprus": "centralbank.cy", "Cyprus Securities and Exchange Commission": "cysec.gov.cy",
          "Hellenic Statistical Authority": "statistics.gr", "ELSTAT": "statistics.gr", "Statistical Service of Cyprus": "cystat.gov.cy",
          "Hellenic Data Protection Authority": "dpa.gr", "Hellenic Competition Commission": "epant.gr",
          "Hellenic Telecommunications and Post Commission": "eett.gr", "Office of the Commissioner for Personal Data Protection": "dataprotection.gov.cy",
          "Greek National Tourism Organisation": "visitgreece.gr", "Deputy Ministry of Tourism": "tourism.gov.cy",
          "Ministry of Tourism": "mintour.gov.gr", "Enterprise Greece": "enterprisegreece.gov.gr", "Invest Cyprus": "investcyprus.org.cy",
          "Cyprus Tourism Organisation": "visitcyprus.com", "European Commission": "ec.europa.eu"}  # fmt: skip
_RESEARCH = ["ICAP CRIF", "Focus Bari", "MRB Hellas", "Pulse RC", "Metron Analysis", "Kapa Research", "RAI Consultants",
             "IMR/University of Nicosia", "Nielsen Hellas", "Euromonitor International", "Statista", "Mintel", "Circana"]  # fmt: skip
_PRESS = ["Kathimerini", "eKathimerini", "To Vima", "Naftemporiki", "Capital.gr", "Cyprus Mail", "Phileleftheros",
          "Politis", "Financial Mirror", "In-Cyprus", "Greek Reporter", "Neos Kosmos", "The National Herald",
          "Parikiaki", "Lloyd's List", "TradeWinds", "Financial Times", "Reuters", "Marketing Week", "MarketingWeek.gr",
          "Greek City Times", "Insider.gr"]  # fmt: skip
_UNIVERSITIES = ["Athens University of Economics and Business", "Aristotle University of Thessaloniki",
                 "University of Cyprus", "University of Piraeus", "University of Macedonia", "University of Patras",
                 "Hellenic Open University", "Cyprus University of Technology", "University of Nicosia",
                 "Panteion University", "Open University of Cyprus", "Frederick University"]  # fmt: skip
_PUBLISHERS = [("Kritiki", "Athens"), ("Rosili", "Athens"), ("Broken Hill Publishers", "Athens"),
               ("Tziola", "Thessaloniki"), ("Disigma", "Thessaloniki"), ("Kleidarithmos", "Athens"),
               ("Benou", "Athens"), ("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"),
               ("Palgrave Macmillan", "Cham"), ("Sage", "London"), ("Emerald", "Bingley"), ("Springer", "Cham")]  # fmt: skip
_JOURNALS = ["Journal of Marketing Management", "European Journal of Marketing", "Tourism Management",
             "International Journal of Hospitality Management", "Journal of Retailing and Consumer Services",
             "British Food Journal", "SPOUDAI Journal of Economics and Business", "The Cyprus Review",
             "Journal of Modern Greek Studies", "Maritime Policy & Management", "International Journal of Wine Business Research",
             "Journal of Business Research", "South-Eastern Europe Journal of Economics", "EuroMed Journal of Business",
             "Journal of Destination Marketing & Management", "International Journal of Bank Marketing",
             "Journal of Product & Brand Management", "Telecommunications Policy"]  # fmt: skip
_TOPICS = ["Greek consumers", "Cypriot consumers", "olive oil exports", "feta PDO", "Greek yoghurt", "island hotels",
           "bank loyalty", "mobile banking", "telecom churn", "ferry travel", "wine tourism", "Orthodox Easter promotions",
           "name-day marketing", "diaspora consumers", "country-of-origin effects", "crisis-era shoppers",
           "private labels", "shipping brands", "airline loyalty", "retail apps", "halloumi exports", "agritourism",
           "Generation Z in Athens", "sustainable tourism", "influencers on Instagram", "food delivery"]  # fmt: skip
_GREEK_TITLES = [
    ("Το μάρκετινγκ του ελαιολάδου στην Ελλάδα", "Olive oil marketing in Greece"),
    ("Η συμπεριφορά του Έλληνα καταναλωτή στην κρίση", "Greek consumer behaviour in the crisis"),
    ("Ψηφιακό μάρκετινγκ: θεωρία και πράξη", "Digital marketing: theory and practice"),
    ("Μάρκετινγκ υπηρεσιών", "Services marketing"), ("Διοίκηση μάρκετινγκ", "Marketing management"),
    ("Τουριστικό μάρκετινγκ", "Tourism marketing"), ("Η επωνυμία της φέτας ως ΠΟΠ", "Feta as a PDO brand"),
    ("Ο Κύπριος καταναλωτής και οι τράπεζες", "The Cypriot consumer and the banks"),
    ("Έρευνα αγοράς για το γιαούρτι", "Market research on yoghurt"),
    ("Η εμπειρία πελάτη στα ξενοδοχεία της Κρήτης", "Customer experience in Cretan hotels"),
]  # fmt: skip


class Blind113WorkFactory(WorkFactory):
    """Works Greek, Cypriot and diaspora candidates cite, from a seeded source of its own."""

    KINDS = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "news")  # the works' kinds
    # what make() draws, and how often
    DRAWN: ClassVar[dict[str, int]] = {"book": 11, "chapter": 5, "journal": 20, "thesis": 5, "conference": 4, "company-web": 9,
             "company-report": 7, "trade-body": 6, "regulator": 7, "law": 4, "market-research": 7, "news": 7,
             "press-unsigned": 3, "social": 3, "podcast": 2, "undated-web": 4}  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 113 + 11301)
        self.orgs: list[tuple[str, set[str], int]] = []
        self.seen: set[tuple[str, Any]] = set()

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.62:
            family, given = self.rng.choice(_GREEK)
        elif roll < 0.72:
            family, given = self.rng.choice(_MARKED[6:])
        elif roll < 0.94:
            family, given = self.rng.choice(_DIASPORA)
        else:
            family, given = self.rng.choice(_DOUBLE)
        if self.rng.random() < 0.12 and "." not in given and given.isascii():  # a patronymic initial
            given = f"{given} {self.rng.choice('ACDGIKMNPSTV')}."
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        roll = self.rng.random()
        if roll < 0.2:
            name, tags = self.rng.choice(_BANKS)
        elif roll < 0.6:
            name, tags = self.rng.choice(_FIRMS)
        else:
            name, tags = self.rng.choice(_BODIES)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.04:
            return self.rng.randint(1985, 2004)
        return self.rng.randint(2008, 2025)

    def _dated(self, year: int) -> dict[str, Any]:
        return {"date-parts": [[year]]}

    def _accessed_after(self, issued: dict[str, Any] | None) -> dict[str, Any]:
        low = issued["date-parts"][0][0] if issued else 2022
        year = self.rng.randint(max(low, 2022), 2025)
        parts = issued["date-parts"][0] if issued else [year]
        month = self.rng.randint(parts[1] if year == parts[0] and len(parts) > 1 else 1, 12)
        same = year == parts[0] and len(parts) > 2 and month == parts[1]
        day = self.rng.randint(parts[2] if same else 1, 28)
        return {"date-parts": [[year, month, max(day, parts[2]) if same else day]]}

    def _url(self, host: str) -> str:
        slug = "-".join(self.rng.sample(["marketing", "report", "greece", "cyprus", "news", "insights", "2024", "el",
                                         "en", "press", "tourism", "consumer", "brand", "data"], 3))  # fmt: skip
        return f"https://www.{host}/{slug}"

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice([t for t in _TOPICS if t != topic])
        forms = [
            f"{topic[0].upper()}{topic[1:]} after the crisis", f"Brand trust and {topic}",
            f"{topic[0].upper()}{topic[1:]}: evidence from Greece", f"{topic[0].upper()}{topic[1:]}: evidence from Cyprus",
            f"Linking {topic} and {other}", f"The role of {topic} in Greek retailing",
            f"{topic[0].upper()}{topic[1:]} and {other}: a Cypriot perspective",
            f"Rethinking {topic} in the Eastern Mediterranean",
        ]  # fmt: skip
        if self.rng.random() < 0.2:
            greek, english = self.rng.choice(_GREEK_TITLES)
            return f"{greek} [{english}]"
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        drawn = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        work: Work = getattr(self, "_" + drawn.replace("-", "_"))()
        for _ in range(6):  # one report cites a work once: the same law or page drawn again is drawn anew
            if (work.lead, work.record.get("title")) not in self.seen:
                break
            work = getattr(self, "_" + drawn.replace("-", "_"))()
        self.seen.add((work.lead, work.record.get("title")))
        return work

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 28, 16, 9, 5, 4, 2, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if all(p["family"] != person["family"] for p in people):
                people.append(person)
        return people

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then a second work of an organisation already drawn, in the same year ("Bank of Greece, 2019a, 2019b").
        title = str(record.get("title", ""))
        if record["type"] == "article-newspaper" or "social" in tags:  # dated to the day: never paired
            return self._org_work(record, kind, name, tags)
        dated = "issued" in record and not any(ch.isdigit() for ch in title)
        same = [o for o in self.orgs if o[1] == tags and o[0] != name]
        if dated and same and self.rng.random() < 0.35:
            name, tags, year = self.rng.choice(same)
            record["issued"] = self._dated(year)
            if "publisher" in record and kind == "report":
                record["publisher"] = name.split(" (")[0]
            if "URL" in record:
                base = name.split(" (")[0]
                record["URL"] = self._url(_HOSTS.get(base, base.split()[0].lower().strip(".") + ".gr"))
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"])
        elif dated:
            self.orgs.append((name, set(tags), record["issued"]["date-parts"][0][0]))
        return self._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        title = self._title()
        if publisher in ("Kritiki", "Rosili", "Tziola", "Disigma", "Kleidarithmos", "Benou") and "[" not in title:
            greek, english = self.rng.choice(_GREEK_TITLES)
            title = f"{greek} [{english}]"
        authors = self._people(4)
        if "[" in title and self.rng.random() < 0.3:  # a Greek book cited as its cover prints the authors
            authors = [{"family": f, "given": g} for f, g in self.rng.sample(_MARKED[:6], min(len(authors), 2))]
        record: dict[str, Any] = {"type": "book", "title": title, "author": authors,
                                  "issued": self._dated(self.year()), "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 8))
        if self.rng.random() < 0.15:  # an e-book read on the library platform
            record["URL"] = self._url(self.rng.choice(["ebookcentral.proquest.com", "vlebooks.com", "kallipos.gr"]))
            record["accessed"] = self._accessed_after(record["issued"])
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS[7:])
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["Marketing in Southern Europe", "Tourism in Greece and Cyprus",
                                                "The Routledge handbook of Mediterranean food marketing",
                                                "Family business in the Eastern Mediterranean", "Shipping and branding"]),
            "issued": self._dated(self.year()), "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": self._dated(self.year()),
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        if "[" in record["title"] and not record["container-title"].startswith("SPOUDAI"):  # English journals
            record["title"] = record["title"].split("[")[1].rstrip("]")
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.rng.choice(['jmm', 'ejm', 'bfj', 'ijbm', 'tm'])}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": self._people(1),
            "genre": self.rng.choice(["PhD thesis", "MSc dissertation", "MBA dissertation", "Doctoral thesis"]),
            "publisher": self.rng.choice(_UNIVERSITIES), "issued": self._dated(self.year()),
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = self._url(self.rng.choice(["pergamos.lib.uoa.gr", "ikee.lib.auth.gr", "dione.lib.unipi.gr",
                                                       "gnosis.library.ucy.ac.cy", "aueb.gr/pandemos"]))  # fmt: skip
            record["accessed"] = self._accessed_after(record["issued"])
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        year = self.year()
        event = self.rng.choice(["International Conference on Contemporary Marketing Issues (ICCMI)",
                                 "EMAC Annual Conference", "EuroMed Academy of Business Conference",
                                 "International Conference on Tourism (ICOT)", "Hellenic Conference on Innovation"])  # fmt: skip
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": f"Proceedings of the {event}", "event": event,
            "publisher-place": self.rng.choice(["Thessaloniki", "Athens", "Limassol", "Nicosia", "Heraklion", "Patras"]),
            "issued": self._dated(year), "page": f"{(start := self.rng.randint(1, 500))}-{start + self.rng.randint(5, 12)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _company_web(self) -> Work:
        name, tags = self.rng.choice(_BANKS + _FIRMS)
        titles = ["About us", "Our history", "Sustainability", "Χρόνια πολλά! [Many happy returns!] Name-day offers",
                  "Easter offers", "Press release: new loyalty programme", "Our products", "Careers", "Investor relations"]  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(titles),
                                  "URL": self._url(name.split()[0].lower().strip(".") + ".gr")}  # fmt: skip
        if self.rng.random() < 0.75:
            record["issued"] = self._dated(self.year())
        if self.rng.random() < 0.9:
            record["accessed"] = self._accessed_after(record.get("issued"))
        return self._org(record, "web", name, set(tags))

    def _company_report(self) -> Work:
        name, tags = self.rng.choice(_BANKS + _FIRMS[:30])
        year = self.year()
        title = self.rng.choice([f"Annual financial report {year}", f"Sustainability report {year}",
                                 f"Ετήσια έκθεση {year} [Annual report {year}]", f"ESG report {year}", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": self._dated(year),
                                  "publisher": name, "publisher-place": "Nicosia" if name in _CYPRIOT else "Athens"}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url(name.split()[0].lower().strip(".") + ".com")
            record["accessed"] = self._accessed_after(record["issued"])
        return self._org(record, "report", name, set(tags))

    def _trade_body(self) -> Work:
        name, tags = self.rng.choice([b for b in _BODIES if "trade-body" in b[1]])
        record: dict[str, Any] = {"type": "report", "title": self._title(), "issued": self._dated(self.year()),
                                  "publisher": name.split(" (")[0], "publisher-place": "Athens",
                                  "URL": self._url("sete.gr" if "SETE" in name else "insete.gr"), }  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        return self._org(record, "report", name, set(tags))

    def _regulator(self) -> Work:
        name, tags = self.rng.choice([b for b in _BODIES if "trade-body" not in b[1]])
        year = self.year()
        if "Bank" in name or "Capital" in name or "Securities" in name:
            title = self.rng.choice([f"Monetary policy report {year}", f"Annual report {year}", f"Financial stability review {year}",
                                     "Payment statistics", "Investor protection: a guide for retail investors"])  # fmt: skip
        elif "Data" in name or "Telecom" in name or "Competition" in name:
            title = self.rng.choice(["Guidelines on cookies and trackers", "Decision on direct marketing by telephone",
                                     f"Annual report {year}", "Retail electronic communications market review"])  # fmt: skip
        else:
            title = self.rng.choice(["Tourism statistics", "Household budget survey", "Consumer confidence indicator",
                                     f"Arrivals of non-residents {year}", "Labour force survey", self._title()])  # fmt: skip
        if name == "Bank of Greece" and self.rng.random() < 0.5:  # two works of one year: 2019a and 2019b
            year = 2019
            title = self.rng.choice(["Monetary policy report 2018-2019", "Annual report of the Governor 2018",
                                     "Financial stability review, May 2019", "Report on the tourism balance 2019"])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title,
                                  "issued": self._dated(year), "URL": self._url(_HOSTS.get(name.split(" (")[0], "gov.gr"))}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = (
                "Nicosia" if "Cyprus" in name or name.startswith(("Office", "Deputy", "Invest", "CYSTAT")) else "Athens"
            )
        if self.rng.random() < 0.9:
            record["accessed"] = self._accessed_after(record["issued"])
        return self._org(record, "report" if record["type"] == "report" else "web", name, set(tags))

    def _law(self) -> Work:
        laws = [("Hellenic Republic", 2019, "Law 4624/2019 on the Hellenic Data Protection Authority [Νόμος 4624/2019]"),
                ("Hellenic Republic", 2018, "Law 4548/2018 on sociétés anonymes [Νόμος 4548/2018]"),
                ("Hellenic Republic", 2012, "Law 4072/2012 on the private company (I.K.E.)"),
                ("Hellenic Republic", 2020, "Law 4706/2020 on corporate governance of listed companies"),
                ("Hellenic Republic", 1994, "Law 2251/1994 on consumer protection [Νόμος 2251/1994]"),
                ("Republic of Cyprus", 2018, "Law 125(I)/2018 on the protection of natural persons with regard to the processing of personal data"),
                ("Republic of Cyprus", 2007, "Unfair Commercial Practices Law 103(I)/2007"),
                ("Hellenic Parliament", 2011, "Law 3959/2011 on the protection of free competition"),
                ("Hellenic Parliament", 2021, "Law 4808/2021 on the protection of labour")]  # fmt: skip
        name, year, title = self.rng.choice(laws)
        record: dict[str, Any] = {"type": "webpage", "title": title, "issued": self._dated(year),
                                  "URL": self._url(self.rng.choice(["et.gr", "cylaw.org", "hellenicparliament.gr", "e-nomothesia.gr"]))}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        return self._org(record, "web", name, {"government", "legislation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.9 else None
        market = self.rng.choice(["yoghurt", "olive oil", "feta cheese", "mobile telecoms", "retail banking",
                                  "hotel", "wine", "supermarket", "food delivery", "coffee shop", "airline"])  # fmt: skip
        country = self.rng.choice(["Greece", "Cyprus", "Greece and Cyprus"])
        titles = [f"{market.capitalize()} in {country} {year or 2024}", f"{market.capitalize()} market in {country}: sector study {year or 2023}",
                  f"Consumer barometer {country}, wave {self.rng.randint(1, 4)} {year or 2022}",
                  f"Κλαδική μελέτη: {market} [Sector study: {market}] {year or 2024}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": self._url(name.split()[0].lower().strip("/") + ".gr")}  # fmt: skip
        if year:
            record["issued"] = self._dated(year)
        record["accessed"] = self._accessed_after(record.get("issued"))
        return self._org(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "author": self._people(2),
            "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
        }  # fmt: skip
        record["URL"] = self._url(record["container-title"].lower().replace(" ", "").replace("'", "") + ".com")
        if self.rng.random() < 0.88:
            record["accessed"] = self._accessed_after(record["issued"])
        return self._person_work(record, "news")

    def _press_unsigned(self) -> Work:
        paper = self.rng.choice(_PRESS)
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(paper.lower().replace(" ", "").replace("'", "") + ".com"),
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        return self._org(record, "news", paper, {"press"})

    def _social(self) -> Work:
        name, tags = self.rng.choice(_FIRMS + _BANKS)
        year = self.year()
        post = self.rng.choice(["Καλό Πάσχα! [Happy Easter!]", "Χρόνια πολλά σε όλες τις Ελένες [Happy name day to every Eleni]",
                                "Summer is here #visitgreece", "Καλό Δεκαπενταύγουστο [Happy 15 August]",
                                "Our new feta, now in 400 g packs", "Καλά Χριστούγεννα [Merry Christmas]"])  # fmt: skip
        record: dict[str, Any] = {
            "type": "webpage", "title": f"{post} [{self.rng.choice(['Instagram', 'Facebook', 'LinkedIn', 'TikTok'])}]",
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(self.rng.choice(["instagram.com", "facebook.com", "linkedin.com", "tiktok.com"])),
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        return self._org(record, "web", name, set(tags) | {"social"})

    def _podcast(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "webpage", "title": f"{self._title()} [{self.rng.choice(['Podcast', 'YouTube video', 'Webinar'])}]",
            "author": self._people(2), "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(self.rng.choice(["youtube.com", "open.spotify.com", "podcasts.apple.com"])),
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        return self._person_work(record, "web")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url("marketing.gr")}
        record["accessed"] = self._accessed_after(None)
        if self.rng.random() < 0.4:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org(record, "web", name, tags | {"undated"})
