"""The hundred-and-sixty-eighth independent pool's works (HELD OUT): what marketers in Lebanon and its diaspora cite.

Written without reading the checker, its tests or any other pool. Candidates at Lebanese banks and money transfer
firms, telecoms, retailers, F&B groups, food and drink makers, MEA, the press and agencies, on CIM Level 6 and 7
courses and MBAs at AUB, LAU, USJ, NDU and USEK or abroad, cite textbooks and e-books, chapters, journal articles
with one to eight authors, theses and mémoires, conference papers, company pages and reports (S.A.L., S.A.R.L.,
Holding, Offshore), trade bodies, the BDL, the CAS and the ministries, laws as Lebanon numbers them ("Law No. 81 of
10 October 2018 ..."), BDL Basic Circulars, research firms with a year in the title, the Lebanese and French press
signed and unsigned, posts, podcasts, videos and undated pages, French and Arabic titles with English in square
brackets. Names in French and English transliteration ("Khoury", "El Khoury", "Al-Khoury", "Abou Jaoudé", "Abi
Nader", "Bou Khalil", "El-Hage"), Armenian-Lebanese names, French particles and women's double names.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# Family names as they stand on Lebanese papers and reports, every transliteration a candidate meets.
_FAMILIES = [
    "Khoury", "El Khoury", "Al-Khoury", "El-Khoury", "Haddad", "Saadé", "Saade", "Nassar", "Gemayel", "Frangieh",
    "Hariri", "Boutros", "Abi Nader", "Abou Jaoudé", "Abou Jaoude", "Bou Khalil", "El-Hage", "El Hage", "Hage",
    "Karam", "Azar", "Aoun", "Chamoun", "Salamé", "Salameh", "Makdissi", "Maalouf", "Ghanem", "Tabet", "Sfeir",
    "Daher", "Sleiman", "Kassab", "Fakhoury", "Rizk", "Moussa", "Hajj", "Al Hajj", "Chidiac", "Nehmé", "Nehme",
    "Fattal", "Tohmé", "Harb", "Mansour", "Khalil", "Jaber", "Hamadé", "Hamadeh", "Itani", "Beydoun", "Mikati",
    "Shehadeh", "Chehab", "Arslan", "Joumblatt", "Jumblatt", "Kanaan", "Zoghbi", "Yammine", "Abdallah", "Fadel",
    "Ghandour", "Sabbagh", "Srour", "Berri", "Moukarzel", "Abi Saab", "Abou Khalil", "Bou Saab", "Abi Ramia",
    "Bechara", "Zahreddine", "Kobeissi", "Mroueh", "Noujaim", "Eid", "Wehbé", "Wehbe", "Sarkis", "Debs", "Assaf",
    "Naccache", "Abou Zeid", "Hobeika", "Lahoud", "Tannous", "Chahine", "Ghosn", "Hélou", "Helou", "Mouawad",
]  # fmt: skip
_ARMENIAN = ["Kalaydjian", "Der Bedrossian", "Boghossian", "Manoukian", "Kevorkian", "Hagopian", "Tashjian",
             "Kouyoumdjian", "Papazian", "Garabedian", "Nalbandian", "Avedissian", "Der Haroutiounian"]  # fmt: skip
_PARTICLED = [("de", "Freige"), ("de", "Bustros"), ("de", "Tarazi"), ("de", "Sursock")]
# Given names: Christian and Muslim variants, French and English spellings, no hyphens (the renderer breaks them).
_GIVEN = [
    "Rania", "Nadine", "Joëlle", "Joelle", "Maya", "Lara", "Rita", "Carla", "Nour", "Hiba", "Zeina", "Zeinab",
    "Fatima", "Mariam", "Myriam", "Rouba", "Ghada", "Hala", "Layal", "Roula", "Nayla", "Léa", "Yara", "Christelle",
    "Elie", "Elias", "Georges", "Joseph", "Youssef", "Charbel", "Antoine", "Pierre", "Michel", "Fadi", "Ziad",
    "Walid", "Karim", "Karime", "Rami", "Nabil", "Mohammad", "Mohamad", "Mohammed", "Ahmad", "Hussein", "Hassan",
    "Ali", "Omar", "Bilal", "Khaled", "Samir", "Chadi", "Chady", "Wissam", "Ghassan", "Toufic", "Tawfik", "Fouad",
    "Jihad", "Marwan", "Raëd", "Raed", "Nicolas", "Jad", "Tarek", "Tarik", "Maroun", "Grégoire", "Salim",
    "Marie Thérèse", "Marie Claire", "Rima Maria", "Hagop", "Sevan", "Nayiri", "Shant", "Ani", "Talar",
]  # fmt: skip
# Expatriate colleagues and supervisors in Paris, Montréal, Dubai, Sydney, São Paulo, Abidjan and Detroit.
_EXPAT = [
    ("Dubois", "Claire"), ("Lefèvre", "Antoine"), ("Moreau", "Sophie"), ("Tremblay", "Mathieu"),
    ("Gagnon", "Isabelle"), ("Smith", "Rebecca"), ("Brown", "Daniel"), ("Fernandes", "Luiza"),
    ("Kouassi", "Aya"), ("Okafor", "Chinedu"), ("Al Maktoum", "Sara"), ("Al-Otaibi", "Faisal"),
    ("O'Neill", "Siobhan"), ("Nguyen", "Thi Mai"), ("Jones", "Sarah"), ("Martin", "Julien"),
]  # fmt: skip

_BANKS = ["Bank Audi S.A.L.", "BLOM Bank S.A.L.", "Byblos Bank S.A.L.", "SGBL", "Fransabank S.A.L.",
          "Bankmed S.A.L.", "Banque BEMO S.A.L.", "Creditbank S.A.L."]  # fmt: skip
_COMPANIES = [
    ("Bank Audi", {"company"}), ("BLOM Bank", {"company"}), ("Byblos Bank S.A.L.", {"company", "legal-form"}),
    ("Société Générale de Banque au Liban (SGBL)", {"company", "abbreviation", "accent"}),
    ("Fransabank", {"company"}), ("OMT", {"company", "acronym"}), ("OMT S.A.L.", {"company", "legal-form"}),
    ("Whish Money", {"company"}), ("touch", {"company", "lowercase"}), ("alfa", {"company", "lowercase"}),
    ("Ogero", {"company"}), ("ABC Group S.A.L.", {"company", "legal-form"}), ("Spinneys Lebanon", {"company"}),
    ("Le Charcutier Aoun", {"company"}), ("Malik's", {"company", "apostrophe"}), ("Patchi", {"company"}),
    ("Kababji Group", {"company"}), ("Boubouffe", {"company"}), ("Chateau Ksara", {"company"}),
    ("Château Musar", {"company", "accent"}), ("Almaza Brewery S.A.L.", {"company", "legal-form"}),
    ("Tanmia S.A.L.", {"company", "legal-form"}), ("Gandour", {"company"}), ("Wooden Bakery", {"company"}),
    ("Middle East Airlines (MEA)", {"company", "abbreviation"}), ("MEA", {"company", "acronym"}),
    ("Middle East Airlines - Air Liban S.A.L.", {"company", "legal-form"}),
    ("Indevco Holding S.A.L.", {"company", "legal-form"}), ("M1 Group Offshore S.A.L.", {"company", "legal-form"}),
    ("Impact BBDO", {"company"}), ("Leo Burnett Beirut", {"company"}), ("H&C Leo Burnett", {"company", "ampersand"}),
    ("Publicis-Graphics", {"company"}), ("Memac Ogilvy", {"company"}), ("Maison Tarazi S.A.R.L.", {"company", "legal-form"}),
]  # fmt: skip
_BODIES = [
    ("Banque du Liban", {"government"}), ("Banque du Liban (BDL)", {"government", "abbreviation"}),
    ("BDL", {"government", "acronym"}), ("Central Administration of Statistics (CAS)", {"government", "abbreviation"}),
    ("Central Administration of Statistics", {"government"}), ("Ministry of Economy and Trade", {"government"}),
    ("Ministry of Tourism", {"government"}), ("Ministry of Telecommunications", {"government"}),
    ("Investment Development Authority of Lebanon (IDAL)", {"government", "abbreviation"}),
    ("IDAL", {"government", "acronym"}), ("Banking Control Commission of Lebanon", {"government"}),
    ("Capital Markets Authority", {"government"}), ("Association of Banks in Lebanon (ABL)", {"trade-body", "abbreviation"}),
    ("Association of Banks in Lebanon", {"trade-body"}), ("Lebanese Franchise Association", {"trade-body"}),
    ("Syndicate of Owners of Restaurants, Cafés, Night-Clubs and Pastries", {"trade-body", "comma"}),
    ("Beirut Traders Association", {"trade-body"}), ("Lebanese Marketing Association", {"trade-body"}),
    ("Chambre de Commerce, d'Industrie et d'Agriculture de Beyrouth et du Mont-Liban", {"trade-body", "apostrophe"}),
    ("Union of Wine Producers", {"trade-body"}), ("World Bank", {"international"}),
    ("UNDP Lebanon", {"international"}), ("ESCWA", {"international", "acronym"}), ("IMF", {"international", "acronym"}),
    ("Blominvest Bank", {"company"}), ("Byblos Bank Economic Research & Analysis Department", {"company", "ampersand"}),
]  # fmt: skip
_RESEARCH = ["InfoPro", "Information International", "Statista", "Euromonitor International", "Ipsos MENA",
             "YouGov", "Kantar", "GlobalData", "Arab Advisors Group", "Nielsen"]  # fmt: skip
_PRESS = ["L'Orient-Le Jour", "L'Orient Today", "An-Nahar", "The Daily Star", "Executive Magazine", "LBCI",
          "MTV Lebanon", "Al Jadeed", "Annahar Al Arabi", "Le Commerce du Levant", "Arab News", "Gulf News",
          "Le Monde", "La Presse", "Campaign Middle East", "The National", "Al-Akhbar", "Magazine"]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Dunod", "Paris"), ("Vuibert", "Paris"), ("Presses de l'Université Saint-Joseph", "Beirut"),
               ("Dar An-Nahar", "Beirut"), ("Editions L'Orient des Livres", "Beirut"), ("Wiley", "Hoboken, NJ"),
               ("Palgrave Macmillan", "Cham"), ("Oxford University Press", "Oxford"), ("Hachette Antoine", "Beirut"),
               ("Librairie du Liban", "Beirut"), ("Emerald", "Bingley")]  # fmt: skip
_UNIVERSITIES = ["American University of Beirut, Suliman S. Olayan School of Business", "Université Saint-Joseph",
                 "Lebanese American University", "Notre Dame University - Louaize", "Holy Spirit University of Kaslik (USEK)",
                 "Université Saint-Joseph de Beyrouth", "Lebanese University", "Université Paris-Dauphine",
                 "HEC Montréal", "University of Sydney"]  # fmt: skip
_TOPICS = ["remittances", "fresh dollar accounts", "mobile wallets", "brand trust after 2019", "diaspora tourism",
           "wine tourism", "loyalty programmes in dollars", "pricing in lollars", "WhatsApp commerce",
           "Ramadan advertising", "F&B franchising", "the Beirut port explosion and brand purpose",
           "influencers on Instagram", "cash-only retail", "Christmas promotions", "expatriate customers",
           "Arabic-French code-switching in ads", "telecom prepaid bundles", "crisis communication",
           "summer season campaigns", "local sourcing", "delivery apps like Toters"]  # fmt: skip
_FR_TITLES = [
    ("Le marketing bancaire au Liban après la crise", "Bank marketing in Lebanon after the crisis"),
    ("La diaspora libanaise et la consommation de marques locales", "The Lebanese diaspora and consumption of local brands"),
    ("Fidéliser le client en temps de crise", "Keeping customers loyal in times of crisis"),
    ("Les transferts d'argent et la nouvelle économie du cash", "Money transfers and the new cash economy"),
    ("Le vin libanais à l'export : image et prix", "Lebanese wine in export markets: image and price"),
    ("Communication de marque et identité libanaise", "Brand communication and Lebanese identity"),
    ("La publicité pendant le Ramadan", "Advertising during Ramadan"),
    ("Commerce de détail et dollarisation", "Retail and dollarisation"),
]  # fmt: skip
_AR_TITLES = [
    ("Al-taswiq al-raqmi fi Lubnan", "Digital marketing in Lebanon"),
    ("Al-masarif wa thiqat al-zaba'in", "Banks and customer trust"),
    ("Iqtisad al-nakd fi Lubnan ba'd 2019", "The cash economy in Lebanon after 2019"),
    ("Al-mughtaribun wa al-siyaha", "Emigrants and tourism"),
]  # fmt: skip
_JOURNALS = ["Journal of Islamic Marketing", "International Journal of Bank Marketing", "Journal of Business Research",
             "Arab Economic and Business Journal", "Journal of Marketing Management", "Middle East Journal of Management",
             "Journal of Wine Research", "Revue Française de Gestion", "Journal of Consumer Marketing",
             "International Journal of Emerging Markets", "Tourism Management", "Journal of Services Marketing",
             "Journal of Retailing and Consumer Services", "Management et Avenir"]  # fmt: skip
_CITIES = ["Beirut", "Jounieh", "Byblos", "Jbeil", "Tripoli", "Saida", "Sidon", "Zahle", "Tyre", "Batroun"]


class Blind168WorkFactory(WorkFactory):
    """Works for blind168, drawn from its own seeded random source."""

    DRAWN: ClassVar[dict[str, int]] = {
        "book": 12, "chapter": 5, "journal": 22, "thesis": 5, "conference": 4, "company": 12, "body": 9, "law": 4,
        "circular": 3, "research": 7, "news": 10, "social": 3, "podcast": 2, "video": 2, "undated": 4,
    }  # fmt: skip
    KINDS: ClassVar[tuple[str, ...]] = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "news",
                                        "social", "podcast", "video", "law")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 168 + 16801)
        self.dated_orgs: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        given = self.rng.choice(_GIVEN)
        if roll < 0.62:
            family = self.rng.choice(_FAMILIES)
            if self.rng.random() < 0.08:  # a married woman's double name
                family = f"{family}-{self.rng.choice(_FAMILIES[:40]).replace(' ', '')}"
                given = self.rng.choice(_GIVEN[:24])
            return {"family": family, "given": given}
        if roll < 0.75:
            return {"family": self.rng.choice(_ARMENIAN), "given": self.rng.choice(_GIVEN[-6:] + _GIVEN[:12])}
        if roll < 0.82:
            particle, family = self.rng.choice(_PARTICLED)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        family, given = self.rng.choice(_EXPAT)
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def year(self) -> int:
        return self.rng.randint(2005, 2024) if self.rng.random() < 0.93 else self.rng.randint(1975, 2004)

    def accessed(self) -> dict[str, list[list[int]]]:
        return {"date-parts": [[2025, self.rng.randint(1, 11), self.rng.randint(1, 28)]]}

    def _slug(self) -> str:
        words = self.rng.sample(["liban", "lebanon", "marketing", "crise", "dollar", "clients", "brand", "beirut",
                                 "diaspora", "ramadan", "offres", "news", "2023", "rapport", "insights"], 3)  # fmt: skip
        return "-".join(words)

    def _title(self) -> str:
        roll = self.rng.random()
        if roll < 0.15:
            french, english = self.rng.choice(_FR_TITLES)
            return f"{french} [{english}]"
        if roll < 0.22:
            arabic, english = self.rng.choice(_AR_TITLES)
            return f"{arabic} [{english}]"
        topic = self.rng.choice(_TOPICS)
        place = self.rng.choice(["Lebanon", "the Lebanese market", "Beirut", "the MENA region", "the diaspora"])
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"Marketing {topic} in {place}: evidence from {self.rng.choice(_CITIES)}",
                 f"The role of {topic} in consumer trust", f"{topic[0].upper()}{topic[1:]} and brand loyalty after the crisis",
                 f"Rethinking {topic}", f"How {topic} shapes purchase intention in {place}",
                 f"{topic[0].upper()}{topic[1:]}: lessons from {self.rng.choice(['Bank Audi', 'OMT', 'touch', 'Patchi', 'Kababji', 'MEA', 'Spinneys'])}"]  # fmt: skip
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind)()

    def _organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice([*_COMPANIES, *_BODIES])
        return name, set(tags)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # One body now and then with two works of the same year ("Banque du Liban, 2019a" and "2019b").
        pairable = not tags & {"press", "market-research", "legislation", "social"} and record["type"] in (
            "report",
            "webpage",
        )
        pairable = pairable and not any(ch.isdigit() for ch in record.get("title", ""))
        if pairable and self.dated_orgs and "issued" in record and self.rng.random() < 0.12:
            name, tags, issued = self.rng.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
        if pairable and "issued" in record:
            self.dated_orgs.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        if self.rng.random() < 0.15:
            record["URL"] = f"https://www.vitalsource.com/products/{self._slug()}"
            record["accessed"] = self.accessed()
            record["medium"] = "e-book"
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 280)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["Marketing in the Arab world", "Business and management in Lebanon",
                                                "Consumer culture in the Middle East", "Le Liban économique",
                                                "Diaspora marketing", "Banking in the MENA region"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{start}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice([1108, 1016, 1080, 1177, 3917])}/{self.rng.choice(['IJBM', 'JIMA', 'j.jbusres', 'AEBJ'])}-{self.rng.randint(2010, 2024)}-{self.rng.randint(10, 9999):04d}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": [self.person()],
            "genre": self.rng.choice(["MBA dissertation", "Mémoire de master", "MSc thesis", "PhD thesis",
                                      "DBA thesis", "Thèse de doctorat"]),
            "publisher": self.rng.choice(_UNIVERSITIES), "issued": {"date-parts": [[self.rng.randint(2010, 2024)]]},
        }  # fmt: skip
        if record["publisher"].startswith("American University of Beirut") and self.rng.random() < 0.7:
            record["URL"] = f"https://scholarworks.aub.edu.lb/handle/10938/{self.rng.randint(20000, 24999)}"
            record["accessed"] = self.accessed()
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        start = self.rng.randint(1, 400)
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": self.rng.choice(["Proceedings of the Academy of Marketing Science World Marketing Congress",
                                                "Actes du Congrès de l'Association Française du Marketing",
                                                "Proceedings of the LAU Business Conference",
                                                "Proceedings of the International Conference on Business and Economics, NDU"]),
            "event-place": self.rng.choice(["Beirut", "Byblos", "Paris", "Dubai", "Montréal"]),
            "issued": {"date-parts": [[self.year()]]}, "page": f"{start}-{start + self.rng.randint(5, 14)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _company(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        domain = name.split(" (")[0].split()[0].lower().replace("'", "")
        if self.rng.random() < 0.5:
            year = self.year()
            record: dict[str, Any] = {"type": "report", "title": self.rng.choice(
                [f"Annual report {year}", f"Sustainability report {year}", f"Rapport annuel {year} [Annual report {year}]",
                 "Investor presentation", self._title()]), "issued": {"date-parts": [[year]]},
                "publisher": name.split(" (")[0], "publisher-place": "Beirut"}  # fmt: skip
            if self.rng.random() < 0.6:
                record["URL"] = f"https://www.{domain}.com.lb/{self._slug()}"
                record["accessed"] = self.accessed()
            return self._org_work(record, "report", name, tags)
        record = {"type": "webpage", "title": self.rng.choice(["About us", "Our story", "Fresh USD accounts", "Offers",
                                                                "Ramadan offers", "Send money abroad", "Careers", self._title()]),
                  "URL": f"https://www.{domain}.com.lb/{self._slug()}", "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.75:
            record["issued"] = {"date-parts": [[self.year()]]}
        return self._org_work(record, "web", name, tags)

    def _body(self) -> Work:
        name, tags = self.rng.choice(_BODIES)
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(
                ["Labour force and household living conditions survey", "Consumer price index", "Lebanon economic monitor",
                 "Monthly bulletin", "Lebanon at a glance", "Tourism statistics", self._title(), self._title()]),
            "issued": {"date-parts": [[self.year()]]}, "URL": f"https://www.{name.split()[0].lower()}.{'gov' if 'government' in tags else 'org'}.lb/{self._slug()}",
            "accessed": self.accessed(),
        }  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = "Beirut"
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _law(self) -> Work:
        number, day, month, year, subject = self.rng.choice([
            (81, 10, "October", 2018, "Electronic Transactions and Personal Data"),
            (659, 4, "February", 2005, "Consumer Protection"), (44, 24, "November", 2015, "Fighting Money Laundering and Terrorist Financing"),
            (75, 3, "April", 1999, "the Protection of Literary and Artistic Property"), (28, 10, "February", 2017, "the Right of Access to Information"),
            (306, 28, "October", 2022, "Banking Secrecy (amendment)"), (281, 29, "July", 2022, "Competition"),
        ])  # fmt: skip
        name = self.rng.choice(["Lebanese Republic", "Republic of Lebanon", "Parliament of Lebanon"])
        record: dict[str, Any] = {"type": "report", "title": f"Law No. {number} of {day} {month} {year} on {subject}",
                                  "publisher": "Official Gazette", "publisher-place": "Beirut",
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = f"https://www.lp.gov.lb/Resources/Files/{self.rng.randint(1000, 9999)}.pdf"
            record["accessed"] = self.accessed()
        return self._org_work(record, "law", name, {"government", "legislation"})

    def _circular(self) -> Work:
        number = self.rng.choice([154, 158, 161, 151, 148, 165, 69, 150])
        year = {154: 2020, 158: 2021, 161: 2021, 151: 2020, 148: 2020, 165: 2023, 69: 2000, 150: 2020}[number]
        name = self.rng.choice(["Banque du Liban", "Banque du Liban (BDL)", "BDL"])
        record: dict[str, Any] = {"type": "report", "title": f"Basic Circular No. {number}",
                                  "publisher": "Banque du Liban", "publisher-place": "Beirut",
                                  "issued": {"date-parts": [[year]]},
                                  "URL": f"https://www.bdl.gov.lb/circulars/{number}", "accessed": self.accessed()}  # fmt: skip
        return self._org_work(record, "law", name, {"government", "legislation"})

    def _research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year()
        market = self.rng.choice(
            [
                "mobile money",
                "packaged food",
                "wine",
                "quick-service restaurants",
                "banking apps",
                "chocolate and confectionery",
                "telecom services",
                "beer",
            ]
        )
        title = self.rng.choice([f"{market.capitalize()} in Lebanon {year}", f"Lebanon {market} market report {year}",
                                 f"Lebanese consumer barometer {year}", f"{market.capitalize()} - Lebanon - {self.rng.choice(['March', 'July', 'November'])} {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name, "issued": {"date-parts": [[year]]},
                                  "URL": f"https://www.{name.split()[0].lower()}.com/{self._slug()}", "accessed": self.accessed()}  # fmt: skip
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        press = self.rng.choice(_PRESS)
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": press,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.{press.lower().replace(' ', '').replace(chr(39), '')[:12]}.com/article/{self.rng.randint(100000, 999999)}",
            "accessed": self.accessed(),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", press, {"press"})

    def _social(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        platform = self.rng.choice(["Instagram", "LinkedIn", "X", "Facebook", "TikTok"])
        record: dict[str, Any] = {
            "type": "webpage", "title": self.rng.choice(["Kel 3id w into bkhair! Eid offers inside", "Happy Independence Day, Lebanon",
                                                          "Beirut, we rise again", "Ramadan Kareem from all of us",
                                                          "Our new fresh USD card is here", "Joyeux Noël et bonnes fêtes"]),
            "container-title": platform, "issued": {"date-parts": [[self.rng.randint(2019, 2024), self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.{platform.lower()}.com/p/{self.rng.randint(10**8, 10**9)}", "accessed": self.accessed(),
        }  # fmt: skip
        return self._org_work(record, "social", name, tags | {"social"})

    def _podcast(self) -> Work:
        record: dict[str, Any] = {
            "type": "webpage", "title": self.rng.choice(["Marketing in a dollarised economy [Podcast]", "Episode 12: the diaspora customer [Podcast]",
                                                          "Sarde after dinner: brands and the crisis [Podcast]", "Building trust after the thawra [Podcast]"]),
            "author": self._people(2), "issued": {"date-parts": [[self.rng.randint(2019, 2024)]]},
            "URL": f"https://open.spotify.com/episode/{self.rng.randint(10**9, 10**10)}", "accessed": self.accessed(),
        }  # fmt: skip
        return self._person_work(record, "podcast")

    def _video(self) -> Work:
        name, tags = self.rng.choice(
            [*_COMPANIES, ("LBCI", {"press"}), ("MTV Lebanon", {"press"}), ("Al Jadeed", {"press"})]
        )
        record: dict[str, Any] = {
            "type": "webpage", "title": self.rng.choice(["The making of our Christmas ad [Video]", "Beirut Marathon 2023 highlights [Video]",
                                                          "Interview with our CMO [Video]", "Behind the harvest at the Bekaa vineyards [Video]"]),
            "container-title": "YouTube", "issued": {"date-parts": [[self.rng.randint(2015, 2024)]]},
            "URL": f"https://www.youtube.com/watch?v={self.rng.randint(10**7, 10**8)}", "accessed": self.accessed(),
        }  # fmt: skip
        return self._org_work(record, "video", name, tags)

    def _undated(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(),
                                  "URL": f"https://www.{self.rng.choice(['blog', 'marketing', 'beirut'])}{self.rng.randint(1, 99)}.com/{self._slug()}",
                                  "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.5:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self._organisation()
        return self._org_work(record, "web", name, tags | {"undated"})
