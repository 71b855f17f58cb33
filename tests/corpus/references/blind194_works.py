"""Works for the blind194 pool (HELD OUT): what marketers in Greece, Cyprus and the Greek diaspora cite.

Greek names in Greek script and in Latin transliteration with their variants (Georgiou / Yeorgiou, Chatzidakis /
Hatzidakis, Konstantinou / Constantinou, Oikonomou / Economou), feminine surname forms, patronymic initials,
diaspora spellings, Greek-Cypriot, Turkish-Cypriot, Armenian-Cypriot and Maronite names; banks, telecoms,
retailers, food and drink makers, regulators, laws numbered as Greece and Cyprus number them, market-research
firms, the Greek and Cypriot press, theses from Greek and Cypriot universities, conference papers, social posts,
podcasts and videos, titles in Greek with an English translation in square brackets.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
import re
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# (family, given) as they stand on papers: Latin transliterations of every school, feminine forms, patronymic initials.
_LATIN = [
    ("Papadopoulos", "Georgios"), ("Papadopoulou", "Eleni"), ("Georgiou", "Andreas"), ("Yeorgiou", "Andreas"),
    ("Georgiadou", "Maria"), ("Georgiadis", "Kostas"), ("Chatzidakis", "Manolis"), ("Hatzidakis", "Emmanouil"),
    ("Chatzidaki", "Ioanna"), ("Konstantinou", "Dimitrios"), ("Constantinou", "Christos"), ("Konstantinidou", "Sofia"),
    ("Oikonomou", "Panagiotis"), ("Economou", "Petros"), ("Oikonomidou", "Despoina"), ("Nikolaidou", "Athanasia"),
    ("Nikolaidis", "Stavros"), ("Karamanlis", "Vasileios"), ("Vlachou", "Aikaterini"), ("Vlachos", "Theodoros"),
    ("Alexiou", "Evangelia"), ("Dimitriou", "Nikolaos G."), ("Antoniou", "Stella"), ("Ioannidis", "Ioannis K."),
    ("Ioannidou", "Chrysoula"), ("Kyriakidis", "Spyros"), ("Kyriakidou", "Anastasia"), ("Triantafyllou", "Apostolos"),
    ("Triantafillou", "Angeliki"), ("Tsiotsou", "Rodoula H."), ("Siomkos", "George J."), ("Baltas", "George"),
    ("Kalogeras", "Fotis"), ("Mavrommati", "Xanthi"), ("Zografos", "Lefteris"), ("Makri", "Vassiliki"),
    ("Papathanassiou", "Ioanna"), ("Papathanasiou", "Nektarios"), ("Anagnostopoulos", "Charalampos"),
    ("Anagnostopoulou", "Zoi"), ("Kourtidis", "Achilleas"), ("Lymperopoulos", "Konstantinos"), ("Stathakopoulos", "Vlasis"),
    ("Tsoukatos", "Evangelos"), ("Indounas", "Kostis"), ("Skourtis", "Giannis"), ("Koutsoukou", "Paraskevi"),
    ("Kalogeraki", "Stella"), ("Drosos", "Dimitris"), ("Manolopoulou", "Efthymia"), ("Pappa", "Marina"),
    ("Venizelou", "Kalliopi"), ("Mitsotakis", "Alexandros"), ("Giannakopoulou", "Olga"), ("Kalamara", "Dafni"),
    ("Chrysochou", "Polymeros"), ("Krystallis", "Athanasios"), ("Argyriou", "Evmorfia"), ("Xenou", "Eirini"),
]  # fmt: skip
# Greek script, as the cover of a Greek book or thesis has it.
_GREEK = [
    ("Παπαδόπουλος", "Γεώργιος"), ("Παπαδοπούλου", "Ελένη"), ("Γεωργίου", "Ανδρέας"), ("Χατζηδάκης", "Μανώλης"),
    ("Κωνσταντίνου", "Δημήτριος"), ("Οικονόμου", "Παναγιώτης"), ("Νικολαΐδου", "Αθανασία"), ("Γεωργιάδου", "Μαρία"),
    ("Βλάχος", "Θεόδωρος"), ("Τριανταφύλλου", "Απόστολος"), ("Αλεξίου", "Ευαγγελία"), ("Σιώμκος", "Γεώργιος Ι."),
    ("Καλογεράκη", "Στέλλα"), ("Ζωγράφος", "Λευτέρης"), ("Μαυρομμάτη", "Ξανθή"), ("Ιωαννίδης", "Ιωάννης Κ."),
    ("Χαραλάμπους", "Χαράλαμπος"), ("Σάββα", "Σάββας"), ("Ευαγγέλου", "Χρυσάνθη"), ("Δημητρίου", "Νικόλαος Γ."),
]  # fmt: skip
# Greek Cypriots (Hadji-/Chatzi- prefixes, -ou genitives), Turkish Cypriots, Armenian and Maronite Cypriots.
_CYPRIOT = [
    ("Charalambous", "Andri"), ("Christodoulou", "Marios"), ("Hadjigeorgiou", "Elena"), ("Chatzigeorgiou", "Elena"),
    ("Hadjipetrou", "Michalis"), ("Hadji-Pavlou", "Niki"), ("Ioannou", "Antonis"), ("Kyriakou", "Despo"),
    ("Loizou", "Stelios"), ("Stylianou", "Koulla"), ("Panayiotou", "Nicos"), ("Pavlides", "Stavros"),
    ("Kouppari", "Chrystalla"), ("Efstathiou", "Demetris"), ("Neocleous", "Andreas"), ("Vrontis", "Demetris"),
    ("Thrassou", "Alkis"), ("Kyprianou", "Christina"), ("Zenonos", "Avgi"), ("Michael", "Panicos"),
    ("Özkan", "Mehmet"), ("Çelik", "Ayşe"), ("Beyatlı", "Emine"), ("Hüseyin", "Derviş"), ("Mustafa", "Ahmet Cem"),
    ("Kalaydjian", "Arto"), ("Tahmazian", "Sevan"), ("Bedevian", "Nayiri"), ("Hadjiroussos", "Elias"),
    ("Skordis", "Josephine"), ("Moussas", "Antonis"), ("Sawa", "Marianna"),
]  # fmt: skip
# Diaspora spellings: Melbourne, Sydney, Astoria, Chicago, Toronto, Montreal, London, Munich and Stuttgart.
_DIASPORA = [
    ("Pappas", "Nick"), ("Poulos", "Steve"), ("Stephanopoulos", "Costas"), ("Kostas", "Helen"), ("Kouvaras", "Peter"),
    ("Dimopoulos", "Kathy"), ("Karras", "Tony"), ("Georgakis", "Stella"), ("Demos", "Chris"), ("Angelopoulos", "Jim"),
    ("Vlahos", "Bill"), ("Hatzis", "Anna"), ("Economides", "Paul"), ("Constantinides", "Sophia"), ("Lambrou", "Mike"),
    ("Tsakiridis", "Elefteria"), ("Papadakis", "Jörg"), ("Theodoridou", "Sabine"), ("Karagiannis", "Michael"),
    ("Kallas", "Jonathan"), ("Spiliotopoulos", "Maria"), ("Coutsoukis", "Alexandra"), ("Galanis", "Dean"),
]  # fmt: skip
# Expatriates and visiting academics who write about Greek and Cypriot markets.
_EXPATS = [
    ("Smith", "Rebecca"), ("Hughes", "Owen"), ("Baker", "Tom"), ("Schmidt", "Katrin"), ("Müller", "Jan"),
    ("Rossi", "Luca"), ("van den", "Berg", "Anouk"), ("de", "Jong", "Pieter"), ("Dubois", "Claire"),
    ("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona"),
    ("Jobber", "David"), ("O'Sullivan", "Niamh"), ("Fernández", "Lucía"),
]  # fmt: skip

# Organisations as authors, with tags saying what makes them hard.
_COMPANIES = [
    ("National Bank of Greece", {"company"}), ("Εθνική Τράπεζα της Ελλάδος", {"company", "greek-script"}),
    ("Piraeus Bank S.A.", {"company", "legal-form"}), ("Alpha Bank", {"company"}), ("Eurobank", {"company"}),
    ("Eurobank Ergasias Services and Holdings S.A.", {"company", "legal-form"}),
    ("Bank of Cyprus Public Company Ltd", {"company", "legal-form"}), ("Hellenic Bank", {"company"}),
    ("Viva Wallet", {"company"}), ("Cosmote", {"company"}), ("OTE Group", {"company"}),
    ("Hellenic Telecommunications Organization S.A. (OTE)", {"company", "abbreviation", "legal-form"}),
    ("Vodafone Greece", {"company"}), ("Nova", {"company"}), ("Cyta", {"company"}), ("Epic", {"company"}),
    ("Sklavenitis", {"company"}), ("AB Vassilopoulos", {"company"}), ("Lidl Hellas", {"company"}),
    ("Masoutis", {"company"}), ("Jumbo S.A.", {"company", "legal-form"}), ("Public", {"company"}),
    ("Plaisio Computers S.A.", {"company", "legal-form"}), ("Kotsovolos", {"company"}), ("Skroutz", {"company"}),
    ("Skroutz A.E.", {"company", "legal-form"}), ("e-Food", {"company", "lowercase"}), ("Hondos Center", {"company"}),
    ("Alphamega Hypermarkets", {"company"}), ("Vivartia", {"company"}), ("Delta Foods", {"company"}),
    ("Mevgal", {"company"}), ("FAGE", {"company", "acronym"}), ("Chipita", {"company"}),
    ("Papadopoulos Biscuits", {"company"}), ("Loumidis Papagalos", {"company"}), ("Barba Stathis", {"company"}),
    ("Athenian Brewery S.A.", {"company", "legal-form"}), ("KEO plc", {"company", "legal-form"}),
    ("Aegean Airlines", {"company"}), ("Sky Express", {"company"}), ("Attica Group", {"company"}),
    ("Allwyn Hellas", {"company"}), ("OPAP S.A.", {"company", "legal-form"}), ("Coca-Cola HBC", {"company", "hyphen"}),
    ("Titan Cement Group", {"company"}), ("ΔΕΗ", {"company", "greek-script", "acronym"}),
    ("Public Power Corporation (PPC)", {"company", "abbreviation"}), ("Motor Oil Hellas", {"company"}),
    ("Helleniq Energy", {"company"}), ("Korres", {"company"}), ("Apivita", {"company"}), ("Frezyderm", {"company"}),
    ("Grecotel", {"company"}), ("Aldemar Resorts", {"company"}), ("Ogilvy Greece", {"company"}),
    ("BBDO Athens", {"company"}), ("Tribal Worldwide Athens", {"company"}), ("Lanitis Bros Ltd", {"company", "legal-form"}),
]  # fmt: skip
_TRADE = [
    ("Marketing Greece", {"trade-body"}), ("SEV Hellenic Federation of Enterprises", {"trade-body"}),
    ("Σύνδεσμος Διαφημιζομένων Ελλάδος", {"trade-body", "greek-script"}),
    ("Hellenic Association of Advertising & Communication Agencies (EDEE)", {"trade-body", "ampersand", "abbreviation"}),
    ("Council for Advertising Self-Regulation (SEE)", {"trade-body", "abbreviation", "hyphen"}),
    ("Hellenic Institute of Marketing", {"trade-body"}), ("Cyprus Chamber of Commerce and Industry", {"trade-body"}),
    ("INSETE", {"trade-body", "acronym"}), ("SETE", {"trade-body", "acronym"}),
    ("Greek E-commerce Association (GR.EC.A)", {"trade-body", "abbreviation"}), ("ELTRUN", {"trade-body", "acronym"}),
    ("Cyprus Marketing Association", {"trade-body"}),
]  # fmt: skip
_REGULATORS = [
    ("Hellenic Data Protection Authority", {"government"}), ("Hellenic Data Protection Authority (HDPA)", {"government", "abbreviation"}),
    ("Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα", {"government", "greek-script"}),
    ("Commissioner for Personal Data Protection", {"government"}), ("EETT", {"government", "acronym"}),
    ("Hellenic Telecommunications and Post Commission (EETT)", {"government", "abbreviation"}),
    ("Hellenic Competition Commission", {"government"}), ("General Secretariat for Commerce and Consumer Protection", {"government"}),
    ("ELSTAT", {"government", "acronym"}), ("Hellenic Statistical Authority", {"government"}), ("CYSTAT", {"government", "acronym"}),
    ("Statistical Service of Cyprus (CYSTAT)", {"government", "abbreviation"}), ("Bank of Greece", {"government"}),
    ("Central Bank of Cyprus", {"government"}), ("Ministry of Development and Investments", {"government"}),
    ("Ministry of Tourism", {"government"}), ("Deputy Ministry of Tourism (Cyprus)", {"government"}),
    ("Hellenic Capital Market Commission", {"government"}), ("Enterprise Greece", {"government"}),
]  # fmt: skip
_RESEARCH = ["Focus Bari", "Kapa Research", "Nielsen Hellas", "Statista", "Euromonitor International", "Mintel",
             "Kantar Hellas", "GWI", "Ipsos Cyprus", "Pulse RC", "MRB Hellas", "Marc", "IELKA", "ICAP CRIF"]  # fmt: skip
_PRESS = ["Kathimerini", "ekathimerini.com", "Ta Nea", "To Vima", "Naftemporiki", "Capital.gr", "Protothema",
          "in.gr", "Efsyn", "ERT News", "Skai.gr", "Phileleftheros", "Politis", "Cyprus Mail", "marketingweek.gr",
          "Adweek.gr", "Greek Reporter", "Neos Kosmos", "The National Herald", "Kathimerini Cyprus"]  # fmt: skip
_UNIVERSITIES = ["Athens University of Economics and Business", "University of Piraeus",
                 "Aristotle University of Thessaloniki", "National and Kapodistrian University of Athens",
                 "University of Macedonia", "ALBA Graduate Business School, The American College of Greece",
                 "University of Cyprus", "Cyprus University of Technology", "University of Nicosia",
                 "Οικονομικό Πανεπιστήμιο Αθηνών", "Πανεπιστήμιο Μακεδονίας", "University of Patras",
                 "Hellenic Open University", "Frederick University"]  # fmt: skip
_REPOSITORIES = {"Athens University of Economics and Business": "pyxida.aueb.gr", "Οικονομικό Πανεπιστήμιο Αθηνών": "pyxida.aueb.gr",
                 "University of Piraeus": "dione.lib.unipi.gr", "Aristotle University of Thessaloniki": "ikee.lib.auth.gr",
                 "National and Kapodistrian University of Athens": "pergamos.lib.uoa.gr", "University of Macedonia": "dspace.lib.uom.gr",
                 "Πανεπιστήμιο Μακεδονίας": "dspace.lib.uom.gr", "Cyprus University of Technology": "ktisis.cut.ac.cy",
                 "University of Cyprus": "gnosis.library.ucy.ac.cy", "University of Patras": "nemertes.library.upatras.gr",
                 "University of Nicosia": "unic.ac.cy"}  # fmt: skip
_GREEK_PUBLISHERS = ["Εκδόσεις Μπένου", "Rosili", "Εκδόσεις Κριτική", "Broken Hill Publishers", "Gutenberg",
                     "Εκδόσεις Τζιόλα", "Stamoulis", "Εκδόσεις Παπαζήση", "Kallipos"]  # fmt: skip
_INTL_PUBLISHERS = ["Pearson", "Routledge", "Kogan Page", "Sage", "Palgrave Macmillan", "Springer", "Emerald",
                    "Wiley", "Oxford University Press", "Edward Elgar"]  # fmt: skip
_JOURNALS = ["Journal of Marketing Management", "International Journal of Bank Marketing", "Journal of Business Research",
             "Journal of Retailing and Consumer Services", "Tourism Management", "EuroMed Journal of Business",
             "Journal of Modern Greek Studies", "The Cyprus Review", "SPOUDAI Journal of Economics and Business",
             "South-Eastern Europe Journal of Economics", "Journal of Islands Studies", "British Food Journal",
             "International Journal of Hospitality Management", "Journal of Product & Brand Management",
             "Σπουδαί", "Review of Economic Analysis", "European Journal of Marketing", "Telecommunications Policy",
             "Journal of Destination Marketing & Management", "Psychology & Marketing"]  # fmt: skip
_CONFERENCES = ["EMAC Annual Conference", "International Conference on Contemporary Marketing Issues (ICCMI)",
                "Annual EuroMed Academy of Business Conference", "International Conference on Business and Economics (ICBE)",
                "Hellenic Open University Marketing Symposium", "ΕΕΔΕ Πανελλήνιο Συνέδριο Διοίκησης"]  # fmt: skip
_CONF_PLACES = ["Thessaloniki", "Athens", "Nicosia", "Limassol", "Heraklion", "Corfu", "Rhodes", "Larnaca"]

# Topics and titles: English ones and Greek ones with their translation in square brackets.
_TOPICS = ["customer loyalty in Greek retail banking", "mobile payments after capital controls",
           "private-label growth at Greek supermarkets", "Name Day promotions", "Easter (Pascha) campaigns",
           "Black Friday in Greece", "diaspora tourism", "sustainable tourism in the Cyclades",
           "influencer marketing on Instagram", "TikTok and Greek Gen Z", "e-commerce after the pandemic",
           "the Greek yoghurt category abroad", "feta PDO labelling", "brand trust in Cypriot banks",
           "telecom churn in Greece", "loyalty cards at Sklavenitis and AB", "food delivery platforms in Athens",
           "crisis communication during the wildfires", "country-of-origin effects for Greek products",
           "green claims in Greek advertising", "GDPR consent in Greek e-shops", "hotel direct booking in Crete",
           "the Thessaloniki International Fair", "ouzo and tsipouro brand heritage", "the Cyprus property market",
           "digital wallets and IRIS payments", "Greek-Australian consumer identity", "sponsorship of the Athens Marathon"]  # fmt: skip
_GREEK_TITLES = [
    ("Μάρκετινγκ υπηρεσιών", "Services marketing"), ("Συμπεριφορά καταναλωτή", "Consumer behaviour"),
    ("Ψηφιακό μάρκετινγκ στην Ελλάδα", "Digital marketing in Greece"),
    ("Η πιστότητα των πελατών στις ελληνικές τράπεζες", "Customer loyalty in Greek banks"),
    ("Το ηλεκτρονικό εμπόριο μετά την πανδημία", "E-commerce after the pandemic"),
    ("Διαφήμιση και κοινωνικά δίκτυα", "Advertising and social networks"),
    ("Στρατηγικό μάρκετινγκ", "Strategic marketing"), ("Διοίκηση μάρκας", "Brand management"),
    ("Τουριστικό μάρκετινγκ", "Tourism marketing"), ("Έρευνα αγοράς", "Market research"),
    ("Η αγορά γιαουρτιού στην Ελλάδα", "The yoghurt market in Greece"),
    ("Οι Έλληνες καταναλωτές και η ακρίβεια", "Greek consumers and the cost of living"),
    ("Προσφορές και ονομαστικές εορτές", "Promotions and name days"),
    ("Το Πάσχα στο λιανεμπόριο τροφίμων", "Easter in food retail"),
]  # fmt: skip
_TRANSLIT_TITLES = [("Márketing ypiresión", "Services marketing"), ("Symperiforá katanalotí", "Consumer behaviour"),
                    ("Psifiakó márketing", "Digital marketing"), ("Diafímisi kai epikoinonía", "Advertising and communication")]  # fmt: skip
# Where an organisation's pages live: a known site, or its name written as a domain.
_HOSTS = {"Data Protection Authority": "dpa.gr", "Αρχή": "dpa.gr", "Commissioner": "dataprotection.gov.cy",
          "EETT": "eett.gr", "Competition": "epant.gr", "ELSTAT": "statistics.gr", "Hellenic Statistical": "statistics.gr",
          "CYSTAT": "cystat.gov.cy", "Bank of Greece": "bankofgreece.gr", "Central Bank of Cyprus": "centralbank.cy",
          "Development": "mindev.gov.gr", "General Secretariat": "mindev.gov.gr", "Deputy Ministry": "tourism.gov.cy",
          "Ministry of Tourism": "mintour.gov.gr", "Capital Market": "hcmc.gr", "Enterprise Greece": "enterprisegreece.gov.gr",
          "National Bank": "nbg.gr", "Εθνική": "nbg.gr", "Piraeus": "piraeusbank.gr", "Alpha": "alpha.gr",
          "Eurobank": "eurobank.gr", "Bank of Cyprus": "bankofcyprus.com", "Hellenic Bank": "hellenicbank.com",
          "OTE": "cosmote.gr", "Cosmote": "cosmote.gr", "Vodafone": "vodafone.gr", "Cyta": "cyta.com.cy", "Epic": "epic.com.cy",
          "ΔΕΗ": "dei.gr", "Power": "dei.gr", "Alphamega": "alphamega.com.cy", "KEO": "keogroup.com", "Lanitis": "lanitis.com",
          "Σύνδεσμος": "sde.gr", "EDEE": "edee.gr", "SEE": "see.gr", "SEV": "sev.org.gr", "Cyprus Chamber": "ccci.org.cy",
          "GR.EC.A": "greca.gr", "Cyprus Marketing": "cyprusmarketing.org.cy"}  # fmt: skip


def _host(name: str) -> str:
    for key, host in _HOSTS.items():
        if key in name:
            return host
    return re.sub(r"[^a-z]", "", name.split(" (")[0].lower().replace(" s.a.", "").replace(" a.e.", "")) + ".gr"


class Blind194WorkFactory(WorkFactory):
    """The blind194 pool's works, drawn from a seeded random source of its own."""

    DRAWN: ClassVar[dict[str, int]] = {"book": 12, "greek-book": 6, "chapter": 6, "journal": 20, "thesis": 5, "conference": 4,
             "company-web": 10, "company-report": 7, "trade-body": 4, "regulator": 6, "law": 3,
             "market-research": 7, "news-signed": 7, "news-unsigned": 3, "social": 3, "podcast": 2,
             "undated-web": 4}  # fmt: skip
    KINDS = frozenset({"book", "chapter", "journal", "thesis", "conference", "web", "report", "legislation",
                       "market-research", "news", "social", "video"})  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 194 + 19401)
        self.paired: list[tuple[str, set[str], dict[str, Any], str]] = []

    # ------------------------------------------------------------------ people, organisations and dates
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.42:
            family, given = self.rng.choice(_LATIN)
        elif roll < 0.55:
            family, given = self.rng.choice(_GREEK)
        elif roll < 0.75:
            family, given = self.rng.choice(_CYPRIOT)
        elif roll < 0.9:
            family, given = self.rng.choice(_DIASPORA)
        else:
            entry = self.rng.choice(_EXPATS)
            if len(entry) == 3:
                return {"non-dropping-particle": entry[0], "family": entry[1], "given": entry[2]}
            family, given = entry
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[38, 26, 15, 8, 5, 3, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if person not in people:
                people.append(person)
        return people

    def year(self, classic: bool = False) -> int:
        if classic and self.rng.random() < 0.08:  # the classics candidates still cite
            return self.rng.randint(1975, 1999)
        return self.rng.randint(2008, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        first = issued[0] if issued else 2022
        year = self.rng.randint(max(first, 2022), max(first, 2022) + 1)
        month = self.rng.randint(1, 12)
        day = self.rng.randint(1, 28)
        if issued and year == issued[0] and len(issued) > 1:
            month = self.rng.randint(issued[1], 12)
            if month == issued[1] and len(issued) > 2:
                day = self.rng.randint(issued[2], 28)
        return {"date-parts": [[year, month, day]]}

    def _url(self, host: str) -> str:
        slug = "-".join(self.rng.sample(["marketing", "brand", "report", "katanalotes", "agora", "digital", "news",
                                         "eidiseis", "loyalty", "tourismos", "oikonomia", "research", "2024", "retail"], 3))  # fmt: skip
        return f"https://www.{host}/{slug}/{self.rng.randint(1000, 99999)}"

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]}: evidence from Greece", f"The role of {topic} in brand equity",
                 f"{topic[0].upper()}{topic[1:]} and consumer trust", f"Rethinking {topic}",
                 f"{topic[0].upper()}{topic[1:]}: a Cypriot perspective", f"How {topic} shapes purchase intention",
                 f"{topic[0].upper()}{topic[1:]} in times of crisis"]  # fmt: skip
        return self.rng.choice(forms)

    def _greek_title(self) -> str:
        if self.rng.random() < 0.2:
            greek, english = self.rng.choice(_TRANSLIT_TITLES)
        else:
            greek, english = self.rng.choice(_GREEK_TITLES)
        return f"{greek} [{english}]"

    def _issued(self, full: bool = False, recent: bool = False) -> dict[str, list[list[int]]]:
        if full:
            year = self.rng.randint(2017, 2025) if recent else self.year()
            return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        return {"date-parts": [[self.year()]]}

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation in the same year as an earlier work: "(Bank of Greece, 2019a; 2019b)".
        same = [pair for pair in self.paired if pair[3] == kind]
        if same and "issued" in record and self.rng.random() < 0.15:
            name, tags, issued, _kind = self.rng.choice(same)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
            if record.get("publisher") and kind == "report":
                record["publisher"] = name
            if "URL" in record and kind in ("web", "report"):  # the organisation's own site, not the first one's
                record["URL"] = self._url(_host(name))
        if "issued" in record:
            self.paired.append((name, tags, record["issued"], kind))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self._title() if self.rng.random() < 0.5 else self.rng.choice(
                ["Marketing management", "Principles of marketing", "Digital marketing: strategy, implementation and practice",
                 "Strategic brand management", "Services marketing in the Mediterranean", "Tourism marketing for islands",
                 "Retail marketing in Southern Europe", "Consumer behaviour: a European perspective"]),
            "author": self._people(4), "issued": {"date-parts": [[self.year(classic=True)]]},
            "publisher": self.rng.choice(_INTL_PUBLISHERS), "publisher-place": self.rng.choice(["London", "Harlow", "Abingdon", "Cham", "Bingley", "Cheltenham"]),
        }  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 17))
        if self.rng.random() < 0.15:
            record["medium"] = "e-book"
        return self._person_work(record, "book")

    def _greek_book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self._greek_title(), "author": self._people(3), "issued": self._issued(),
            "publisher": self.rng.choice(_GREEK_PUBLISHERS), "publisher-place": self.rng.choice(["Athens", "Αθήνα", "Thessaloniki", "Nicosia"]),
        }  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["The Palgrave handbook of Greek business", "Marketing in the Mediterranean",
                                                "Tourism in Greece and Cyprus", "Crisis and consumption in Southern Europe",
                                                "Family business in Cyprus", "The Routledge companion to Greek diaspora studies"]),
            "issued": self._issued(), "publisher": self.rng.choice(["Routledge", "Palgrave Macmillan", "Springer", "Emerald"]),
            "publisher-place": self.rng.choice(["Abingdon", "Cham", "London", "Bingley"]),
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title() if self.rng.random() < 0.85 else self._greek_title(),
            "author": self._people(8), "container-title": self.rng.choice(_JOURNALS), "issued": self._issued(),
            "volume": str(self.rng.randint(1, 75)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice(['1108', '1016', '1080', '1002', '3390'])}/{self.rng.choice(['IJBM', 'j.jbusres', 'jmm', 'mar', 'su'])}-{self.rng.randint(2010, 2025)}-{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university = self.rng.choice(_UNIVERSITIES)
        greek = university.startswith(("Οικ", "Παν"))
        record: dict[str, Any] = {
            "type": "thesis", "title": self._greek_title() if greek or self.rng.random() < 0.25 else self._title(),
            "author": self._people(1), "issued": self._issued(),
            "genre": self.rng.choice(["MSc dissertation", "MBA dissertation", "PhD thesis", "Διπλωματική εργασία", "Διδακτορική διατριβή"]),
            "publisher": university,
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = self._url(_REPOSITORIES.get(university, "apothesis.eap.gr"))
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": f"Proceedings of the {self.rng.choice(_CONFERENCES)}", "issued": self._issued(),
            "event-place": self.rng.choice(_CONF_PLACES), "publisher-place": self.rng.choice(_CONF_PLACES),
            "page": f"{(start := self.rng.randint(1, 600))}-{start + self.rng.randint(5, 14)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _company_web(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(
            ["About us", "Our story", "Sustainability", "Loyalty programme terms", "Press releases",
             "Η ιστορία μας [Our story]", "Εταιρική υπευθυνότητα [Corporate responsibility]", "Careers", "Investor relations"]),
            "URL": self._url(_host(name))}  # fmt: skip
        if self.rng.random() < 0.75:
            record["issued"] = self._issued()
        if self.rng.random() < 0.9:
            record["accessed"] = self._accessed_after(record.get("issued", {}).get("date-parts", [None])[0])
        return self._org_work(record, "web", name, tags)

    def _company_report(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual financial report {year}", f"Sustainability report {year}",
                                                        f"Ετήσια έκθεση {year} [Annual report {year}]", f"ESG report {year}",
                                                        f"Integrated annual report {year}"]),
            "issued": {"date-parts": [[year]]}, "publisher": name, "publisher-place": self.rng.choice(["Nicosia", "Limassol"] if ".cy" in _host(name) or "Cyprus" in name or "KEO" in name else ["Athens", "Piraeus", "Marousi", "Thessaloniki"]),
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url(_host(name))
            record["accessed"] = self._accessed_after([year])
        return self._org_work(record, "report", name, tags)

    def _trade_body(self) -> Work:
        name, tags = self.rng.choice(_TRADE)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(
            ["Κώδικας Διαφήμισης και Επικοινωνίας [Code of advertising and communication]", "E-commerce in Greece: annual study",
             f"Tourism barometer {self.rng.randint(2018, 2025)}", "Advertising expenditure in Greece", "Ermis Awards: rules of entry",
             "Ο ελληνικός τουρισμός: εξελίξεις και προοπτικές [Greek tourism: developments and prospects]"]),
            "issued": self._issued(), "URL": self._url(_host(name))}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _regulator(self) -> Work:
        name, tags = self.rng.choice(_REGULATORS)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(
            ["Annual report", "Guidelines on cookies and trackers", "Decision on unsolicited marketing calls",
             "Household Budget Survey", "Ετήσια έκθεση [Annual report]", "Monetary policy report",
             "Labour force survey: quarterly results", "Sector inquiry into fresh milk", "Opinion on price transparency",
             "Οδηγός για τα cookies [Guide to cookies]", "Tourist arrivals: monthly bulletin", "Retail trade turnover index"]),
            "issued": self._issued(), "URL": self._url(_host(name))}  # fmt: skip
        if self.rng.random() < 0.85:
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _law(self) -> Work:
        # Laws cited as candidates cite them: under the state that made them, the law's number in the title.
        choice = self.rng.choice([
            ("Hellenic Republic", 2019, "Law 4624/2019 (Government Gazette Α΄ 137/29.8.2019) on the Hellenic Data Protection Authority and measures implementing Regulation (EU) 2016/679"),
            ("Hellenic Republic", 1994, "Law 2251/1994 on consumer protection (ΦΕΚ Α΄ 191/16.11.1994)"),
            ("Hellenic Republic", 2012, "Νόμος 4070/2012: Ρυθμίσεις Ηλεκτρονικών Επικοινωνιών [Law 4070/2012: Electronic communications]"),
            ("Hellenic Republic", 2006, "Ν. 3471/2006 Προστασία δεδομένων προσωπικού χαρακτήρα στις ηλεκτρονικές επικοινωνίες [Law 3471/2006 on privacy in electronic communications]"),
            ("Republic of Cyprus", 2018, "The Processing of Personal Data Law of 2018 (Law 125(I)/2018)"),
            ("Republic of Cyprus", 2021, "The Consumer Protection Law of 2021 (Law 112(I)/2021)"),
            ("Ελληνική Δημοκρατία", 2022, "Νόμος 4938/2022 (ΦΕΚ Α΄ 109/06.06.2022) [Law 4938/2022 on consumer protection]"),
            ("Hellenic Parliament", 2023, "Law 5019/2023 on the omnibus directive (FEK A 19/2023)"),
        ])  # fmt: skip
        name, year, title = choice
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": "National Printing Office" if name != "Republic of Cyprus" else "Cyprus Bar Association",
                                  "publisher-place": "Athens" if name != "Republic of Cyprus" else "Nicosia"}  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = self._url(
                "cylaw.org" if name == "Republic of Cyprus" else self.rng.choice(["et.gr", "kodiko.gr", "lawspot.gr"])
            )
            record["accessed"] = self._accessed_after([year])
        work = super()._org_work(record, "legislation", name, {"government", "legislation"})
        return work

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.9 else None
        market = self.rng.choice(["yoghurt", "coffee", "beer", "snacks", "telecoms", "banking", "food delivery",
                                  "cosmetics", "supermarkets", "ouzo and spirits", "hotels", "e-commerce"])  # fmt: skip
        country = self.rng.choice(["Greece", "Cyprus", "Greece and Cyprus"])
        titles = [f"{market[0].upper()}{market[1:]} in {country} {year or 2024}",
                  f"{market[0].upper()}{market[1:]} - {country} - {self.rng.choice(['March', 'July', 'November'])} {year or 2024}",
                  f"Consumer confidence barometer: wave {self.rng.randint(1, 40)}",
                  f"Οι καταναλωτές στην αγορά {year or 2024} [Consumers in the market {year or 2024}]",
                  f"Share of {country} adults who shop online in Q{self.rng.randint(1, 4)} {year or 2023}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": self._url(name.split()[0].lower() + ".gr")}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after([year] if year else None)
        return self._org_work(record, "market-research", name, {"market-research"})

    def _news_signed(self) -> Work:
        press = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title() if self.rng.random() < 0.6 else self._greek_title(),
            "author": self._people(2), "container-title": press, "issued": self._issued(full=True),
            "URL": self._url(press.lower().replace(" ", "") if "." in press else press.lower().replace(" ", "") + ".gr"),
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "news")

    def _news_unsigned(self) -> Work:
        press = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": press, "issued": self._issued(full=True),
            "URL": self._url(press.lower().replace(" ", "") if "." in press else press.lower().replace(" ", "") + ".gr"),
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._org_work(record, "news", press, {"press"})

    def _social(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {
            "type": "post", "title": self.rng.choice(["Χρόνια πολλά σε όσους γιορτάζουν! [Happy name day to all who celebrate!]",
                                                      "Καλό Πάσχα! [Happy Easter!]", "Our Black Friday deals start now",
                                                      "Καλή Σαρακοστή: Clean Monday offers", "Proud sponsor of the Athens Marathon"]),
            "container-title": (platform := self.rng.choice(["Instagram", "Facebook", "LinkedIn", "TikTok", "X"])),
            "issued": self._issued(full=True, recent=True), "URL": self._url({"X": "x.com"}.get(platform, platform.lower() + ".com")),
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._org_work(record, "social", name, tags | {"social"})

    def _podcast(self) -> Work:
        record: dict[str, Any] = {
            "type": "motion_picture", "title": self.rng.choice(["How Skroutz built trust", "Marketing after the crisis",
                                                                "Ermis Awards 2023 winners' talk", "Η νέα γενιά καταναλωτών [The new generation of consumers]",
                                                                "Growing a Greek brand abroad", "Cyprus fintech stories"]),
            "issued": self._issued(full=True, recent=True), "URL": self._url(self.rng.choice(["youtube.com", "open.spotify.com", "podcasts.apple.com"])),
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        if self.rng.random() < 0.5:
            record["author"] = self._people(2)
            return self._person_work(record, "video")
        name, tags = self.rng.choice(_COMPANIES + _TRADE)
        return self._org_work(record, "video", name, tags)

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(
            ["Frequently asked questions", "Οι όροι χρήσης [Terms of use]", "Name day calendar", "Store locator",
             "How to make a complaint", "Our brands", "Privacy policy", "Πολιτική cookies [Cookie policy]"]),
            "URL": self._url(self.rng.choice(["eortologio.net", "greekreporter.com", "neoskosmos.com", "medium.com"]))}  # fmt: skip
        record["accessed"] = self._accessed_after(None)
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.rng.choice(_COMPANIES + _TRADE)
        record["URL"] = self._url(_host(name))
        return self._org_work(record, "web", name, tags | {"undated"})
