"""The blind246 pool's works: what marketers in Greece, Cyprus and their diaspora cite in CIM and MBA reports.

Written without reading the checker, its tests or any other pool. Textbooks (Routledge, Sage, Kogan Page, Pearson and
the Athens and Nicosia houses Kritiki, Rosili and Broken Hill), chapters, journal articles with one to eight authors
and DOIs, theses from Greek and Cypriot universities, conference papers, regulators and public bodies of both
countries (bodies with two works of a year), trade bodies and charities, companies' pages, annual reports and
investor decks, market research with years, the Greek, Cypriot and international press signed and unsigned, social
posts, videos, podcasts and undated pages. Names as their owners print them: Greek names transliterated more than one
way (Papadopoulos and Papadopoulou, Giorgos and Yiorgos, Chatzidakis and Hatzidakis), names in Greek script,
Armenian-Cypriot names and British double-barrelled names.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "thesis", "conference", "report", "web", "news", "social", "video", "podcast")

_LOCALES = ["en_GB", "en_GB", "en_US", "en_AU", "de_DE", "en_CA"]

# Greek surnames as their bearers transliterate them, male and female forms, and their other spellings.
_GREEK_FAMILIES = [
    ("Papadopoulos", "Papadopoulou"), ("Georgiou", "Georgiou"), ("Christodoulou", "Christodoulou"),
    ("Chatzidakis", "Chatzidaki"), ("Hatzidakis", "Hatzidaki"), ("Konstantinidis", "Konstantinidou"),
    ("Constantinides", "Constantinides"), ("Ioannou", "Ioannou"), ("Nikolaou", "Nikolaou"),
    ("Karagiannis", "Karagianni"), ("Karayannis", "Karayanni"), ("Vlachos", "Vlachou"), ("Oikonomou", "Oikonomou"),
    ("Economou", "Economou"), ("Dimitriadis", "Dimitriadou"), ("Charalambous", "Charalambous"),
    ("Haralambous", "Haralambous"), ("Kyriakou", "Kyriakou"), ("Kyriacou", "Kyriacou"), ("Stylianou", "Stylianou"),
    ("Theodorakis", "Theodoraki"), ("Mavromatis", "Mavromati"), ("Tsiotsos", "Tsiotsou"), ("Gounaris", "Gounari"),
    ("Siomkos", "Siomkou"), ("Chatzipanagiotou", "Chatzipanagiotou"), ("Krystallis", "Krystalli"),
    ("Skourtis", "Skourti"), ("Vrontis", "Vronti"), ("Pavlou", "Pavlou"), ("Antoniou", "Antoniou"),
    ("Loizou", "Loizou"), ("Panayiotou", "Panayiotou"), ("Panagiotou", "Panagiotou"), ("Zotos", "Zotou"),
    ("Kapoulas", "Kapoula"), ("Avlonitis", "Avloniti"), ("Indounas", "Indouna"), ("Baltas", "Balta"),
    ("Michaelides", "Michaelides"), ("Hadjiphilippou", "Hadjiphilippou"), ("Psaltopoulos", "Psaltopoulou"),
    ("Tzimas", "Tzima"), ("Xanthopoulos", "Xanthopoulou"), ("Kokkinaki", "Kokkinaki"),
]  # fmt: skip
_GREEK_MEN = ["Giorgos", "Yiorgos", "Georgios", "Konstantinos", "Kostas", "Costas", "Dimitris", "Demetris",
              "Dimitrios", "Nikos", "Nikolaos", "Christos", "Andreas", "Panagiotis", "Panayiotis", "Michalis",
              "Stavros", "Antonis", "Marios", "Stelios", "Loukas", "Ioannis", "Yiannis", "Vasilis", "Thanos",
              "Spyros", "Charalampos", "Haris"]  # fmt: skip
_GREEK_WOMEN = ["Maria", "Eleni", "Helen", "Ioanna", "Katerina", "Aikaterini", "Sophia", "Sofia", "Despina", "Anna",
                "Evangelia", "Vasiliki", "Vasso", "Androulla", "Chrystalla", "Georgia", "Myria", "Niki", "Athina",
                "Dafni", "Stella", "Christiana", "Eirini", "Irene"]  # fmt: skip
# Names as Greek-language papers and Kathimerini's Greek edition print them.
_GREEK_SCRIPT = [("Παπαδόπουλος", "Γιώργος"), ("Παπαδοπούλου", "Μαρία"), ("Χριστοδούλου", "Ανδρέας"),
                 ("Κωνσταντίνου", "Ελένη"), ("Γεωργίου", "Νίκος"), ("Χατζηδάκης", "Δημήτρης"),
                 ("Οικονόμου", "Κατερίνα"), ("Ιωάννου", "Σοφία"), ("Βλάχος", "Κώστας"), ("Αντωνίου", "Χρίστος")]  # fmt: skip
_ARMENIAN = [("Kasparian", "Vartan"), ("Tashjian", "Sevan"), ("Der Sarkissian", "Anahid"), ("Hagopian", "Nareg"),
             ("Boyadjian", "Talin"), ("Kalaydjian", "Harout"), ("Tomassian", "Arpi"), ("Ohanian", "Lena"),
             ("Kouyoumdjian", "Aram"), ("Mouradian", "Silva")]  # fmt: skip
_DOUBLE_BARRELLED = [("Lloyd-Jones", "Harriet"), ("Hughes-Hallett", "Thomas"), ("Montagu-Stuart", "Fiona"),
                     ("Spencer-Howell", "Oliver"), ("Clarke-Ioannou", "Rebecca"), ("Wilson-Georgiou", "Daniel")]  # fmt: skip

_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("Hellenic Statistical Authority (ELSTAT)", {"government", "abbreviation"}), ("ELSTAT", {"government", "acronym"}),
    ("Bank of Greece", {"government"}), ("Hellenic Capital Market Commission", {"government"}),
    ("Hellenic Competition Commission", {"government"}), ("Greek National Tourism Organisation", {"government"}),
    ("Deputy Ministry of Tourism", {"government"}), ("Statistical Service of Cyprus (CYSTAT)", {"government", "abbreviation"}),
    ("CYSTAT", {"government", "acronym"}), ("Central Bank of Cyprus", {"government"}),
    ("Commission for the Protection of Competition", {"government"}),
    ("Hellenic Telecommunications & Post Commission (EETT)", {"government", "ampersand", "abbreviation"}),
    ("Office of the Commissioner of Electronic Communications and Postal Regulation (OCECPR)", {"government", "abbreviation"}),
    ("European Commission", {"government"}), ("Ελληνική Στατιστική Αρχή", {"government", "greek"}),
    ("Hellenic Federation of Enterprises (SEV)", {"trade-body", "abbreviation"}), ("SEV", {"trade-body", "acronym"}),
    ("Greek Tourism Confederation (SETE)", {"trade-body", "abbreviation"}), ("INSETE", {"trade-body", "acronym"}),
    ("Hellenic Chamber of Hotels", {"trade-body"}), ("Cyprus Chamber of Commerce and Industry", {"trade-body"}),
    ("KEVE", {"trade-body", "acronym"}), ("Cyprus Hotel Association", {"trade-body"}),
    ("Hellenic Confederation of Commerce & Entrepreneurship (ESEE)", {"trade-body", "ampersand", "abbreviation"}),
    ("Hellenic Advertisers Association (SDE)", {"trade-body", "abbreviation"}), ("ActionAid Hellas", {"charity"}),
    ("Ελληνική Εταιρεία", {"charity", "greek"}), ("Cyprus Consumers' Association", {"charity", "apostrophe"}),
    ("Consumers' Association Quality of Life (EKPIZO)", {"charity", "apostrophe", "abbreviation"}),
    ("National Bank of Greece S.A.", {"company"}), ("Eurobank Ergasias Services and Holdings S.A.", {"company"}),
    ("Piraeus Financial Holdings S.A.", {"company"}), ("Alpha Services and Holdings S.A.", {"company"}),
    ("Bank of Cyprus Holdings plc", {"company", "lowercase"}), ("OTE S.A.", {"company"}), ("Jumbo S.A.", {"company"}),
    ("Aegean Airlines S.A.", {"company"}), ("Coca-Cola HBC AG", {"company"}), ("Metlen Energy & Metals S.A.", {"company", "ampersand"}),
    ("Mytilineos S.A.", {"company"}), ("Lanitis Bros Ltd", {"company"}), ("KEO plc", {"company", "lowercase"}),
    ("Helleniq Energy Holdings S.A.", {"company"}), ("Hellenic Petroleum S.A.", {"company"}),
    ("Viva Wallet", {"company"}), ("Cosmote", {"company"}), ("Grecotel", {"company"}), ("Louis Hotels", {"company"}),
    ("Sklavenitis", {"company"}), ("AB Vassilopoulos", {"company"}), ("Kotsovolos", {"company"}),
    ("Alphamega Hypermarkets", {"company"}), ("Hellenic Bank Public Company Ltd", {"company"}),
    ("Delta Foods S.A.", {"company"}), ("Mevgal S.A.", {"company"}), ("Fix Hellas", {"company"}),
    ("Cyta", {"company"}), ("Epic", {"company"}), ("Nova", {"company"}), ("Vodafone Greece", {"company"}),
]  # fmt: skip
_RESEARCH = ["Focus Bari", "Nielsen Greece", "IELKA", "Kantar Greece", "Statista", "Euromonitor International",
             "GfK Hellas", "Cyprus Tourism Organisation", "Hellenic Research Institute of Retail Consumer Goods (IELKA)",
             "Statista Research Department"]  # fmt: skip
_PRESS = ["Kathimerini", "ekathimerini.com", "Naftemporiki", "To Vima", "Cyprus Mail", "Phileleftheros",
          "in-cyprus.com", "Reuters", "Financial Times", "BBC News", "Η Καθημερινή"]  # fmt: skip
_JOURNALS = ["Journal of Modern Greek Studies", "Tourism Management", "Journal of Hospitality and Tourism Research",
             "EuroMed Journal of Business", "South-Eastern Europe Journal of Economics", "The Cyprus Review",
             "Journal of Marketing Management", "British Food Journal", "International Journal of Bank Marketing",
             "Journal of Business Research", "Tourism and Hospitality Research", "International Marketing Review"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Routledge", "London"), ("Sage", "London"), ("Sage", "Thousand Oaks, CA"),
               ("Kogan Page", "London"), ("Pearson", "Harlow"), ("Kritiki", "Athens"), ("Rosili", "Athens"),
               ("Broken Hill", "Nicosia"), ("Broken Hill", "Lefkosia"), ("Palgrave Macmillan", "Cham")]  # fmt: skip
_UNIVERSITIES = [("Athens University of Economics and Business", "Athens"),
                 ("Aristotle University of Thessaloniki", "Thessaloniki"), ("University of Piraeus", "Piraeus"),
                 ("University of Cyprus", "Nicosia"), ("Cyprus University of Technology", "Limassol"),
                 ("University of Nicosia", "Nicosia"), ("ALBA Graduate Business School", "Athens")]  # fmt: skip
_CONFERENCES = [
    ("Proceedings of the {k}th Annual Conference of the EuroMed Academy of Business", ["Thessaloniki", "Nicosia", "Limassol", "Athens"]),
    ("Proceedings of the International Conference on Tourism (ICOT {y})", ["Rhodes", "Heraklion", "Larnaca"]),
    ("Proceedings of the {k}th Conference of the Hellenic Association of Marketing", ["Athens", "Patras", "Larissa"]),
    ("Academy of Marketing Conference {y}", ["London", "Cardiff", "Glasgow"]),
]  # fmt: skip
_TOPICS = ["consumer ethnocentrism", "country-of-origin effects", "olive oil exports", "PDO feta", "halloumi",
           "brand trust after the crisis", "mobile banking adoption", "fintech adoption", "digital wallets",
           "hotel guest reviews", "all-inclusive resorts", "island destination branding", "the sun-and-sea product",
           "diaspora tourism", "Greek food brands abroad", "private-label growth", "supermarket loyalty schemes",
           "telecoms switching", "5G launches", "influencer marketing", "sponsorship", "CSR communication",
           "green hotels", "wine tourism", "short-term rentals", "customer experience", "service quality",
           "bank mergers", "cashless payments", "Gen Z consumers", "price sensitivity", "retail omnichannel"]  # fmt: skip
_PLACES = ["Greece", "Cyprus", "the Republic of Cyprus", "Crete", "Thessaloniki", "Athens", "Lemesos", "Lefkosia",
           "the Greek diaspora", "Melbourne's Greek community", "the Eastern Mediterranean", "South-Eastern Europe",
           "the Aegean islands", "Hellenic SMEs", "post-crisis Greece", "Rhodes"]  # fmt: skip
_GREEK_TITLES = ["Η ψηφιακή μετάβαση των ελληνικών επιχειρήσεων", "Έρευνα καταναλωτικής συμπεριφοράς",
                 "Ο ελληνικός τουρισμός σε αριθμούς", "Οι Έλληνες καταναλωτές και οι ηλεκτρονικές αγορές",
                 "Μάρκετινγκ υπηρεσιών", "Τάσεις στο λιανικό εμπόριο"]  # fmt: skip
_PLATFORMS = ["LinkedIn", "Instagram", "Facebook", "X", "TikTok"]
_DOMAINS = ["gr", "com.cy", "com", "eu", "org.cy", "gr/en"]


class Blind246WorkFactory(WorkFactory):
    """Works Greek and Cypriot marketing candidates cite, with their own random source and their own tables."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 43 + 24600)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.dated_orgs: list[tuple[str, set[str], list[int]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.5:
            male, female = self.rng.choice(_GREEK_FAMILIES)
            if self.rng.random() < 0.5:
                return {"family": male, "given": self.rng.choice(_GREEK_MEN)}
            return {"family": female, "given": self.rng.choice(_GREEK_WOMEN)}
        if roll < 0.58:
            family, given = self.rng.choice(_GREEK_SCRIPT)
            return {"family": family, "given": given}
        if roll < 0.66:
            family, given = self.rng.choice(_ARMENIAN)
            return {"family": family, "given": given}
        if roll < 0.72:
            family, given = self.rng.choice(_DOUBLE_BARRELLED)
            return {"family": family, "given": given}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family = fake.last_name().split()[-1]
        return {"family": family, "given": fake.first_name().split()[0].split("-")[0]}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.05:  # the classics still on reading lists
            return self.rng.randint(1985, 2004)
        return self.rng.randint(2008, 2025)

    def accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        if not issued:
            return self.accessed()
        year = self.rng.randint(max(issued[0], 2022), 2025)
        month = self.rng.randint(1, 12)
        day = self.rng.randint(1, 28)
        if year == issued[0]:
            month = self.rng.randint(issued[1] if len(issued) > 1 else 1, 12)
            if len(issued) > 2 and month == issued[1]:
                day = self.rng.randint(issued[2], 28)
        return {"date-parts": [[year, month, day]]}

    def _place(self, name: str) -> str:
        if name == "European Commission":
            return "Brussels"
        cypriot = (
            "Cyprus",
            "CYSTAT",
            "OCECPR",
            "KEVE",
            "Commission for the Protection",
            "Deputy Ministry",
            "Lanitis",
            "KEO",
            "Cyta",
            "Epic",
            "Alphamega",
            "Louis",
        )
        return (
            "Nicosia"
            if any(word in name for word in cypriot)
            else self.rng.choice(["Athens", "Athens", "Piraeus", "Thessaloniki"])
        )

    def _url(self, name: str) -> str:
        fake = self.fakers["en_GB"]
        stem = "".join(ch for ch in name.split(" (")[0].lower() if ch.isascii() and ch.isalnum())[:18] or "site"
        return f"https://www.{stem}.{self.rng.choice(_DOMAINS)}/{fake.slug()}"

    def _title(self) -> str:
        if self.rng.random() < 0.07:
            return f"{self.rng.choice(_GREEK_TITLES)} {self.rng.randint(2015, 2025)}"
        topic, place = self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        other = self.rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"{topic[0].upper()}{topic[1:]} and {other}: evidence from {place}",
                 f"The role of {topic} in {place}", f"Rethinking {topic}: lessons from {place}",
                 f"The effect of {topic} on {other} in {place}", f"{topic[0].upper()}{topic[1:]}: a study of consumers in {place}",
                 f"From crisis to recovery: {topic} in {place}"]  # fmt: skip
        return self.rng.choice(forms)

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[36, 26, 16, 9, 5, 3, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if all(p["family"] != person["family"] for p in people):
                people.append(person)
        return people

    def _dated_org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then one body's second work of a year ("Bank of Greece, 2023a" and "2023b").
        if self.dated_orgs and "issued" in record and self.rng.random() < 0.14:
            name, tags, issued = self.rng.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [list(issued)]}
            if "URL" in record and "youtube" not in record["URL"]:
                record["URL"] = self._url(name)
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
            if "accessed" in record:
                record["accessed"] = self.accessed_after(issued)
        if "issued" in record:
            self.dated_orgs.append((name, tags, list(record["issued"]["date-parts"][0])))
        return self._org_work(record, kind, name, tags)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "thesis", "conference", "body-report", "company-report", "body-web",
             "undated-web", "market-research", "news", "social", "video", "podcast", "web-person"],
            weights=[12, 5, 20, 4, 4, 9, 7, 8, 4, 8, 10, 3, 2, 2, 2],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        title = self._title()
        if publisher in ("Kritiki", "Rosili") and self.rng.random() < 0.5:
            title = f"{self.rng.choice(_GREEK_TITLES)}"
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS[:7])
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": self._people(2), "container-title": f"The Routledge handbook of {self.rng.choice(_TOPICS)}"
            if publisher == "Routledge" else f"Marketing in {self.rng.choice(_PLACES)}",
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 45)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 700))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["DOI"] = (
                f"10.{self.rng.choice(['1016', '1108', '1177', '1080', '1353'])}/{self.fakers['en_GB'].lexify('????').lower()}.{record['issued']['date-parts'][0][0]}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": self._people(1),
                                  "genre": self.rng.choice(["PhD thesis", "MBA dissertation", "MSc dissertation", "Doctoral thesis"]),
                                  "publisher": university, "publisher-place": place,
                                  "issued": {"date-parts": [[self.rng.randint(2010, 2025)]]}}  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        form, places = self.rng.choice(_CONFERENCES)
        year = self.rng.randint(2010, 2025)
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(5),
            "container-title": form.format(k=self.rng.randint(8, 17), y=year), "event-place": self.rng.choice(places),
            "issued": {"date-parts": [[year]]}, "page": f"{(start := self.rng.randint(1, 1500))}-{start + self.rng.randint(8, 16)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _body_report(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        titles = [f"Annual report {year}", f"Sustainability report {year}", self._title(), self._title()]
        if "government" in tags:
            titles += [
                f"Tourism statistics: {self.rng.choice(['arrivals', 'receipts', 'accommodation'])} {year}",
                f"Financial stability review {year}",
                f"Consumer survey results {year}",
            ]
        else:
            titles += [f"Position paper on {self.rng.choice(_TOPICS)}", f"Members' survey {year}"]
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0], "publisher-place": self._place(name)}  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self._url(name)
            record["accessed"] = self.accessed_after([year])
        return self._dated_org(record, "report", name, tags)

    def _company_report(self) -> Work:
        name, tags = self.rng.choice([o for o in _ORGANISATIONS if "company" in o[1]])
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual financial report {year}", f"Integrated annual report {year}",
                                                        f"Investor presentation Q{self.rng.randint(1, 4)} {year}", f"ESG report {year}",
                                                        f"H1 {year} results presentation"]),
            "issued": {"date-parts": [[year]]}, "publisher": name, "URL": self._url(name),
            "accessed": self.accessed_after([year]),
        }  # fmt: skip
        return self._dated_org(record, "report", name, set(tags))

    def _body_web(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url(name),
                                  "issued": {"date-parts": [[year]]}, "accessed": self.accessed_after([year])}  # fmt: skip
        return self._dated_org(record, "web", name, tags)

    def _undated_web(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(["About us", "Our history", "Our brands", "Investor relations", "Sustainability", self._title()]),
                                  "URL": self._url(name), "accessed": self.accessed()}  # fmt: skip
        return self._org_work(record, "web", name, tags | {"undated"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.9 else None
        label = year or 2024
        titles = [f"Consumer trends in Greece {label}", f"Packaged food in Cyprus: country report {label}",
                  f"Greek supermarket shoppers: {self.rng.choice(['wave', 'round'])} {self.rng.randint(1, 4)}, {label}",
                  f"Number of international tourist arrivals in Greece from 2015 to {label}",
                  f"Mobile banking penetration in Cyprus {label}", f"Retail barometer {label}",
                  f"The Greek consumer after the crisis: {label} survey"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name.split(" (")[0],
                                  "URL": self._url(name), "accessed": self.accessed_after([year] if year else None)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
            return self._dated_org(record, "report", name, {"market-research"})
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        container = self.rng.choice(_PRESS)
        issued = [self.rng.randint(2012, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        title = self._title() if container != "Η Καθημερινή" else f"{self.rng.choice(_GREEK_TITLES)}"
        record: dict[str, Any] = {"type": "article-newspaper", "title": title, "container-title": container,
                                  "issued": {"date-parts": [issued]}, "URL": self._url(container),
                                  "accessed": self.accessed_after(issued)}  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", container, {"press"})

    def _social(self) -> Work:
        name, tags = self.rng.choice([o for o in _ORGANISATIONS if "company" in o[1] or "charity" in o[1]])
        issued = [self.rng.randint(2018, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "post", "title": self.rng.choice(["Proud to announce our new partnership", "Summer is here", "Thank you, Greece!",
                                                                            "Καλό καλοκαίρι σε όλους", "Our new campaign is live", "Meet our people"]),
                                  "container-title": self.rng.choice(_PLATFORMS), "issued": {"date-parts": [issued]},
                                  "URL": self._url(name), "accessed": self.accessed_after(issued)}  # fmt: skip
        if self.rng.random() < 0.3:
            record["author"] = self._people(1)
            return self._person_work(record, "social")
        return self._org_work(record, "social", name, tags)

    def _video(self) -> Work:
        name, tags = self.organisation()
        issued = [self.rng.randint(2015, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "motion_picture", "title": self.rng.choice([f"{name.split(' (')[0]}: our story", "Behind the campaign", "The making of our Christmas advert", self._title()]),
                                  "medium": "video", "container-title": "YouTube", "issued": {"date-parts": [issued]},
                                  "URL": f"https://www.youtube.com/watch?v={self.fakers['en_GB'].lexify('???????????')}",
                                  "accessed": self.accessed_after(issued)}  # fmt: skip
        return self._org_work(record, "video", name, tags)

    def _podcast(self) -> Work:
        issued = [self.rng.randint(2019, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "broadcast", "title": f"Episode {self.rng.randint(1, 140)}: {self._title()}",
                                  "author": self._people(2), "medium": "podcast",
                                  "container-title": self.rng.choice(["Marketing Greece Talks", "The Cyprus Business Podcast", "Μιλώντας για Μάρκετινγκ", "Hellenic Founders"]),
                                  "issued": {"date-parts": [issued]}, "URL": self._url("podcasts"),
                                  "accessed": self.accessed_after(issued)}  # fmt: skip
        return self._person_work(record, "podcast")

    def _web_person(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url("blog"),
                                  "accessed": self.accessed_after([year])}  # fmt: skip
        if self.rng.random() < 0.2:
            del record["issued"]
            record["accessed"] = self.accessed()
        return self._person_work(record, "web")
