"""The blind336 pool's works: what marketers at pharmacies, over-the-counter health brands, supplement retailers and
pharmacy wholesalers in the UK, Ireland, Germany, Poland, Nigeria and Canada cite in CIM Level 6 and 7 reports and MBA
assignments. Written without reading the checker, its tests or the other pools; a subclass of WorkFactory, so no
other half's corpus changes.

Books, chapters and journal articles with one to eight authors (pharmacy-practice, health-services, retailing and
marketing journals), the marketing texts every candidate cites, reports and pages of governments and public bodies
(DHSC, NHS England, MHRA, GPhC, HSE, PSI, BfArM, GUS, NAFDAC, Health Canada, Statistics Canada) with and without
their abbreviation, firms' pages and annual reports (Ltd, plc, GmbH, AG, S.A., sp. z o.o., Inc., N.V., Nigeria Ltd),
trade bodies, the pharmacy and national press signed and unsigned, market research with and without years, and
undated pages. Names as this region's scholars and journals print them: German with "von" and umlauts, Polish with
"ł", "ś" and "-ska", Yoruba, Igbo and Hausa, Irish with "O'" and "Mac", French Canadian with "de" and "Le",
Canadian and British.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

# The kinds of work its reports hold (the makers below: book, chapter, journal, classic, government, company,
# trade-body, press, market-research, web-person and undated-web, give works of these kinds).
KINDS = ("book", "chapter", "journal", "report", "web", "news")

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IE", "en_CA", "fr_CA", "de_DE", "de_DE", "pl_PL", "pl_PL"]  # fmt: skip
# Names as the region's journals print them (family, given).
_GERMAN = [("Müller", "Jürgen"), ("Schröder", "Anke"), ("Weiß", "Katrin"), ("Köhler", "Matthias"),
           ("Hänsel", "Birgit"), ("Großmann", "Tobias"), ("Jäger", "Sabine"), ("Böhm", "Lukas"),
           ("Krüger", "Annette"), ("Fuß", "Dominik")]  # fmt: skip
_GERMAN_VON = [("von", "Bülow", "Friederike"), ("von", "Hagen", "Konstantin"), ("von", "Wedel", "Clara"),
               ("von", "Arnim", "Henrik")]  # fmt: skip
_POLISH = [("Kowalska", "Agnieszka"), ("Wiśniewska", "Małgorzata"), ("Łukasik", "Paweł"), ("Michalska", "Joanna"),
           ("Śliwiński", "Tomasz"), ("Zawadzka", "Katarzyna"), ("Kołodziej", "Łukasz"), ("Wróblewska", "Ewa"),
           ("Stępień", "Michał"), ("Jabłońska", "Magdalena"), ("Gałązka", "Piotr"), ("Świątek", "Anna")]  # fmt: skip
_NIGERIAN = [("Adeyemi", "Folake"), ("Okonkwo", "Chidi"), ("Oyelaran-Oyeyinka", "Banji"), ("Bello", "Aminu"),
             ("Okafor", "Ngozi"), ("Adebayo", "Oluwaseun"), ("Eze", "Chinwe"), ("Abubakar", "Hauwa"),
             ("Ogunleye", "Adeola"), ("Nwachukwu", "Ikenna"), ("Danladi", "Ibrahim"), ("Ibrahim", "Zainab"),
             ("Olayinka", "Temitope"), ("Obi", "Chukwuemeka"), ("Yusuf", "Aisha"), ("Oladipo", "Kehinde"),
             ("Ugwu", "Obinna"), ("Musa", "Sani")]  # fmt: skip
_IRISH = [("O'Brien", "Siobhán"), ("O'Sullivan", "Ciarán"), ("MacCarthy", "Aoife"), ("O'Connor", "Niamh"),
          ("MacMahon", "Declan"), ("O'Leary", "Róisín"), ("Ní Bhriain", "Orla"), ("Ó Súilleabháin", "Pádraig"),
          ("Mac an tSaoi", "Eimear"), ("Fitzgerald", "Cathal")]  # fmt: skip
_FRENCH_CANADIAN = [("de", "Grandpré", "Marie-Ève"), ("de", "Montigny", "Julien"), ("", "Le Blanc", "Sophie"),
                    ("", "Lemieux", "Étienne"), ("", "Le Bouthillier", "Geneviève"), ("", "Côté", "Mathieu"),
                    ("", "Bélanger", "Isabelle"), ("de", "Champlain", "Louis"), ("", "Gagnon", "Chantal"),
                    ("", "Tremblay", "François")]  # fmt: skip
_JOURNALS = ["International Journal of Pharmacy Practice", "Research in Social and Administrative Pharmacy",
             "Journal of Pharmaceutical Health Services Research", "BMJ Open", "Journal of Retailing and Consumer Services",
             "International Journal of Pharmaceutical and Healthcare Marketing", "Health Marketing Quarterly",
             "Journal of Marketing Management", "Pharmacy", "Journal of Business Research"]  # fmt: skip
_TOPICS = ["online prescriptions", "Pharmacy First services", "own-label medicines", "vitamin and supplement buying",
           "wellness marketing", "pharmacy loyalty schemes", "digital-channel marketing", "e-pharmacy adoption",
           "self-care and over-the-counter medicines", "community pharmacy footfall", "consumer trust in pharmacists",
           "health-food retailing", "social media health claims", "click-and-collect prescriptions",
           "patient experience in community pharmacy", "brand switching in analgesics", "private-label vitamins",
           "pharmacy app engagement", "influencer marketing of supplements", "minor ailments services",
           "pharmacy wholesaling", "price promotions on cold and flu remedies", "mobile health apps",
           "counterfeit medicines online"]  # fmt: skip
_MARKETS = ["over-the-counter medicines", "vitamins and minerals", "sports nutrition", "online pharmacy",
            "cough, cold and flu remedies", "analgesics", "digestive remedies", "sleep aids", "skincare in pharmacy",
            "herbal supplements", "health food stores", "allergy remedies", "oral care", "women's health supplements"]  # fmt: skip
_COUNTRIES = ["UK", "Ireland", "Germany", "Poland", "Nigeria", "Canada", "Europe"]
# Public bodies: (name as cited, tags, web domain). Some with their abbreviation, some without.
_BODIES = [
    ("Department of Health and Social Care", {"government"}, "www.gov.uk"),
    ("Department of Health and Social Care (DHSC)", {"government", "abbreviation"}, "www.gov.uk"),
    ("NHS England", {"government"}, "www.england.nhs.uk"),
    ("Medicines and Healthcare products Regulatory Agency", {"government"}, "www.gov.uk"),
    ("Medicines and Healthcare products Regulatory Agency (MHRA)", {"government", "abbreviation"}, "www.gov.uk"),
    ("General Pharmaceutical Council", {"government"}, "www.pharmacyregulation.org"),
    ("General Pharmaceutical Council (GPhC)", {"government", "abbreviation"}, "www.pharmacyregulation.org"),
    ("Health Service Executive", {"government"}, "www.hse.ie"),
    ("Health Service Executive (HSE)", {"government", "abbreviation"}, "www.hse.ie"),
    ("Pharmaceutical Society of Ireland", {"government"}, "www.thepsi.ie"),
    ("Pharmaceutical Society of Ireland (PSI)", {"government", "abbreviation"}, "www.thepsi.ie"),
    ("Bundesinstitut für Arzneimittel und Medizinprodukte", {"government"}, "www.bfarm.de"),
    ("Bundesinstitut für Arzneimittel und Medizinprodukte (BfArM)", {"government", "abbreviation"}, "www.bfarm.de"),
    ("Główny Urząd Statystyczny", {"government"}, "stat.gov.pl"),
    ("Główny Urząd Statystyczny (GUS)", {"government", "abbreviation"}, "stat.gov.pl"),
    ("National Agency for Food and Drug Administration and Control (NAFDAC)", {"government", "abbreviation"}, "www.nafdac.gov.ng"),
    ("Health Canada", {"government"}, "www.canada.ca"),
    ("Statistics Canada", {"government"}, "www150.statcan.gc.ca"),
    ("Office for National Statistics", {"government"}, "www.ons.gov.uk"),
]  # fmt: skip
_COMPANIES = [
    ("Walgreens Boots Alliance, Inc.", {"company", "comma"}, "www.walgreensbootsalliance.com"),
    ("Holland & Barrett International Ltd", {"company", "ampersand"}, "www.hollandandbarrett.com"),
    ("Haleon plc", {"company"}, "www.haleon.com"),
    ("Reckitt Benckiser Group plc", {"company"}, "www.reckitt.com"),
    ("Vitabiotics Ltd", {"company"}, "www.vitabiotics.com"),
    ("DocMorris AG", {"company"}, "corporate.docmorris.com"),
    ("Redcare Pharmacy N.V.", {"company"}, "corporate.redcare-pharmacy.com"),
    ("Neuca S.A.", {"company"}, "www.neuca.pl"),
    ("Emzor Pharmaceutical Industries Ltd", {"company"}, "www.emzorpharma.com"),
    ("Loblaw Companies Ltd", {"company"}, "www.loblaw.ca"),
    ("dm-drogerie markt GmbH + Co. KG", {"company", "lowercase"}, "www.dm.de"),
    ("Ratiopharm GmbH", {"company"}, "www.ratiopharm.de"),
    ("Apteka Gemini sp. z o.o.", {"company"}, "www.gemini.pl"),
    ("HealthPlus Nigeria Ltd", {"company"}, "www.healthplus.com.ng"),
    ("Pharmacy2U Ltd", {"company"}, "www.pharmacy2u.co.uk"),
    ("Hickey's Pharmacy", {"company", "apostrophe"}, "www.hickeyspharmacies.ie"),
    ("Well Pharmacy", {"company"}, "www.well.co.uk"),
]  # fmt: skip
_TRADE_BODIES = [
    ("National Pharmacy Association", set(), "www.npa.co.uk"),
    ("National Pharmacy Association (NPA)", {"abbreviation"}, "www.npa.co.uk"),
    ("Community Pharmacy England", set(), "cpe.org.uk"),
    ("Proprietary Association of Great Britain (PAGB)", {"abbreviation"}, "www.pagb.co.uk"),
    ("Proprietary Association of Great Britain", set(), "www.pagb.co.uk"),
    ("Irish Pharmacy Union (IPU)", {"abbreviation"}, "ipu.ie"),
    ("ABDA", {"acronym"}, "www.abda.de"),
    ("Pharmaceutical Society of Nigeria", set(), "psnnational.org"),
    ("Canadian Pharmacists Association", set(), "www.pharmacists.ca"),
    ("Royal Pharmaceutical Society", set(), "www.rpharms.com"),
    ("Health Food Manufacturers' Association", {"apostrophe"}, "www.hfma.co.uk"),
]  # fmt: skip
_PRESS = [("The Pharmacist", "www.thepharmacist.co.uk"), ("Chemist+Druggist", "www.chemistanddruggist.co.uk"),
          ("Pharmaceutical Journal", "pharmaceutical-journal.com"), ("The Guardian", "www.theguardian.com"),
          ("The Times", "www.thetimes.co.uk"), ("The Irish Times", "www.irishtimes.com"),
          ("Deutsche Apotheker Zeitung", "www.deutsche-apotheker-zeitung.de"), ("Rzeczpospolita", "www.rp.pl"),
          ("Punch", "punchng.com"), ("BusinessDay", "businessday.ng"), ("The Globe and Mail", "www.theglobeandmail.com")]  # fmt: skip
_RESEARCH = ["IQVIA", "Mintel", "Kantar", "Statista", "YouGov", "GfK", "Euromonitor International"]
# The marketing texts every candidate cites: (authors, title, publisher, place, years, edition).
_CLASSICS = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane")], "Marketing management", "Pearson", "Harlow", [2016, 2022], "15"),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow", [2019, 2022], "7"),
    ([("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], "Principles and practice of marketing", "McGraw-Hill", "London", [2019, 2023], "9"),
    ([("Kotler", "Philip"), ("Armstrong", "Gary"), ("Harris", "Lloyd C."), ("He", "Hongwei")], "Principles of marketing", "Pearson", "Harlow", [2020, 2023], "8"),
    ([("Smith", "Ellen"), ("Taylor", "Alan")], "Pharmaceutical marketing: principles, environment and practice", "Pharmaceutical Products Press", "New York", [2002], None),
    ([("Zeithaml", "Valarie A."), ("Bitner", "Mary Jo"), ("Gremler", "Dwayne D.")], "Services marketing: integrating customer focus across the firm", "McGraw-Hill", "New York", [2018], "7"),
    ([("Sharp", "Byron")], "How brands grow: what marketers don't know", "Oxford University Press", "Melbourne", [2010], None),
    ([("Aaker", "David A.")], "Building strong brands", "Free Press", "New York", [1996], None),
    ([("Payne", "Adrian"), ("Frow", "Pennie")], "Strategic customer management", "Cambridge University Press", "Cambridge", [2013], None),
]  # fmt: skip


class Blind336WorkFactory(WorkFactory):
    """Works for the blind336 pool, drawn from a random source of its own."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 336)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.dated_bodies: list[tuple[str, set[str], str, dict[str, Any]]] = []
        self.people_years: list[tuple[list[dict[str, str]], int]] = []
        self.classics: set[str] = set()

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.12:
            family, given = self.rng.choice(_NIGERIAN)
        elif roll < 0.2:
            family, given = self.rng.choice(_POLISH)
        elif roll < 0.27:
            family, given = self.rng.choice(_GERMAN)
        elif roll < 0.31:
            particle, family, given = self.rng.choice(_GERMAN_VON)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        elif roll < 0.38:
            family, given = self.rng.choice(_IRISH)
        elif roll < 0.45:
            particle, family, given = self.rng.choice(_FRENCH_CANADIAN)
            if particle:
                return {"family": family, "given": given, "non-dropping-particle": particle}
        else:
            fake = self.fakers[self.rng.choice(_LOCALES)]
            family, given = fake.last_name(), fake.first_name()
            words = family.split()
            if len(words) > 1 and words[0].islower():
                return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
            if self.rng.random() < 0.06:
                family = f"{family}-{self.fakers['en_GB'].last_name()}"
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 15, 9, 6, 4, 3, 3][:most])[0]
        return [self.person() for _ in range(count)]

    def year(self) -> int:
        return self.rng.randint(2009, 2025) if self.rng.random() < 0.93 else self.rng.randint(1990, 2008)

    def accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        start = max(2023, year or 2023)
        return {"date-parts": [[self.rng.randint(start, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        country = self.rng.choice(_COUNTRIES)
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {country}: a mixed-methods study",
            f"Consumers' attitudes to {topic} in {country}",
            f"{topic[0].upper()}{topic[1:]} and {other}",
            f"What drives {topic}? Evidence from {country}",
            f"The role of {topic} in community pharmacy",
            f"{topic[0].upper()}{topic[1:]}: a systematic review",
            f"Rethinking {topic} after COVID-19",
            f"Pharmacists' perceptions of {topic}",
        ]
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "classic", "government", "company", "trade-body", "press", "market-research",
             "web-person", "undated-web"],
            weights=[9, 5, 24, 7, 12, 11, 7, 9, 9, 4, 3],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _access_after_issue(self, record: dict[str, Any]) -> None:
        """A page is read on or after the day it was published."""
        if "accessed" in record and "issued" in record:
            issued = record["issued"]["date-parts"][0]
            accessed = record["accessed"]["date-parts"][0]
            if accessed[: len(issued)] < issued:
                day = [*issued, 1, 1][:3]
                record["accessed"] = {"date-parts": [[day[0], day[1], min(28, day[2] + self.rng.randint(0, 9))]]}
                if record["accessed"]["date-parts"][0][: len(issued)] < issued:
                    record["accessed"] = {"date-parts": [list(day)]}

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        # Now and then one author's second work of a year already cited ("Adeyemi, 2021a" and "2021b").
        if "issued" in record and self.people_years and self.rng.random() < 0.08:
            authors, year = self.rng.choice(self.people_years)
            record["author"] = [dict(name) for name in authors]
            record["issued"] = {"date-parts": [[year]]}
        elif "issued" in record:
            self.people_years.append((record["author"], record["issued"]["date-parts"][0][0]))
        self._access_after_issue(record)
        return super()._person_work(record, kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        self._access_after_issue(record)
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self._title(), "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            **dict(zip(("publisher", "publisher-place"), self.rng.choice(
                [("Routledge", "Abingdon"), ("Pharmaceutical Press", "London"), ("Kogan Page", "London"), ("Sage", "London"),
                 ("Palgrave Macmillan", "Cham"), ("Springer", "Cham"), ("Oxford University Press", "Oxford"),
                 ("Wiley-Blackwell", "Chichester"), ("University of Toronto Press", "Toronto")]), strict=True)),
        }  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["Pharmacy practice", "Social pharmacy: shaping the future of pharmacy",
                                                "The Routledge companion to health marketing",
                                                "Contemporary issues in retail marketing"]),
            "issued": {"date-parts": [[self.year()]]},
            **dict(zip(("publisher", "publisher-place"), self.rng.choice([("Routledge", "Abingdon"), ("Elsevier", "London"), ("Springer", "Cham")]), strict=True)),
            "page": f"{(start := self.rng.randint(1, 320))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 40)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{(start := self.rng.randint(1, 700))}-{start + self.rng.randint(6, 22)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = f"10.{self.rng.choice([1093, 1016, 1136, 1108, 1080])}/{self.rng.randint(10000, 99999)}"
        return self._person_work(record, "journal")

    def _classic(self) -> Work:
        unused = [classic for classic in _CLASSICS if classic[1] not in self.classics]
        if not unused:  # a candidate lists each textbook once
            return self._book()
        authors, title, publisher, place, years, edition = self.rng.choice(unused)
        self.classics.add(title)
        record: dict[str, Any] = {
            "type": "book", "title": title, "author": [{"family": f, "given": g} for f, g in authors],
            "issued": {"date-parts": [[self.rng.choice(years)]]}, "publisher": publisher, "publisher-place": place,
        }  # fmt: skip
        if edition:
            record["edition"] = edition
        return super()._person_work(record, "book")

    def _dated_body(self, table: list[tuple[str, set[str], str]], kind: str, record: dict[str, Any]) -> Work:
        name, tags, domain = self.rng.choice(table)
        # Now and then a second work of one body in one year ("NHS England, 2024a" and "2024b").
        if "issued" in record and self.dated_bodies and self.rng.random() < 0.15:
            name, tags, domain, issued = self.rng.choice(self.dated_bodies)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
        year = record["issued"]["date-parts"][0][0] if "issued" in record else None
        record["title"] = record["title"].replace("{YEAR}", str(year or self.rng.randint(2019, 2024)))
        if "URL" in record:
            record["URL"] = f"https://{domain}/{self.fakers['en_GB'].slug()}"
            record["accessed"] = self.accessed_after(year)
        if record.get("type") == "report":
            record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated_bodies.append((name, tags, domain, record["issued"]))
        return self._org_work(record, kind, name, set(tags))

    def _government(self) -> Work:
        kind = self.rng.choice(["report", "web"])
        record: dict[str, Any] = {"type": "report" if kind == "report" else "webpage", "title": self._body_title(),
                                  "issued": {"date-parts": [[self.year()]]}, "URL": ""}  # fmt: skip
        if kind == "report" and self.rng.random() < 0.3:
            record.pop("URL")
        return self._dated_body(_BODIES, kind, record)

    def _body_title(self) -> str:
        return self.rng.choice([
            f"Community pharmacy contractual framework {self.rng.randint(2019, 2025)} to {self.rng.randint(2026, 2029)}",
            "Pharmacy First: clinical pathways and service specification", "Guidance for registered pharmacies providing services at a distance, including on the internet",
            "Buying medicines online safely", "Prescription cost analysis", "Annual report and accounts {YEAR}",
            "Health survey: self-care and use of over-the-counter medicines", "Falsified medicines: what you need to know",
            "Sales of non-prescription medicines: statistical release", "Pharmacy workforce survey {YEAR}",
            "Consumer health products: regulatory guidance", "Household spending on health goods",
            f"{self.rng.choice(_TOPICS)[0].upper()}{self.rng.choice(_TOPICS)[1:]}: policy paper",
        ])  # fmt: skip

    def _company(self) -> Work:
        kind = self.rng.choice(["report", "web", "web"])
        record: dict[str, Any] = {"type": "report" if kind == "report" else "webpage", "URL": ""}
        record["title"] = (
            "Annual report {YEAR}" if kind == "report" else self.rng.choice(
                ["Our story", "About us", "Sustainability report", "Investor relations: results and presentations",
                 "Our brands", "Advantage Card and loyalty rewards", "Online doctor and prescription service",
                 "Press release: new store format", "Half-year results", "Wellness strategy"])
        )  # fmt: skip
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[self.year()]]}
        return self._dated_body(_COMPANIES, kind, record)

    def _trade_body(self) -> Work:
        kind = self.rng.choice(["report", "web"])
        record: dict[str, Any] = {
            "type": "report" if kind == "report" else "webpage", "URL": "",
            "title": self.rng.choice(["Self-care nation: consumer survey", "Pharmacy Advice Audit",
                                      "The value of community pharmacy", "Pharmacy pressures survey",
                                      "Pharmacy funding: the facts", "Die Apotheke: Zahlen, Daten, Fakten",
                                      "Vision for pharmacy practice", "OTC medicines market review",
                                      "Supplement use and consumer attitudes"]),
        }  # fmt: skip
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[self.year()]]}
        return self._dated_body(_TRADE_BODIES, kind, record)

    def _press(self) -> Work:
        paper, domain = self.rng.choice(_PRESS)
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._news_title(), "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://{domain}/{self.fakers['en_GB'].slug()}", "accessed": self.accessed_after(year),
        }  # fmt: skip
        if self.rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _news_title(self) -> str:
        return self.rng.choice([
            "Boots to close 300 stores", "Pharmacy First consultations pass one million", "Online pharmacies face tougher checks",
            "Lloyds Pharmacy to leave Sainsbury's stores", "Vitamin sales soar as shoppers turn to self-care",
            "Apotheken im Wettbewerb mit dem Versandhandel", "NAFDAC warns against fake drugs online",
            "E-prescriptions change how Germans buy medicines", "Shoppers Drug Mart expands pharmacist prescribing",
            "Holland & Barrett rebrands as wellness destination", "Pharmacies struggle as funding falls",
            f"Why {self.rng.choice(_TOPICS)} matters for pharmacy", "Own-label painkillers win market share",
        ])  # fmt: skip

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.88 else None
        market, country = self.rng.choice(_MARKETS), self.rng.choice(_COUNTRIES)
        titles = [f"{market[0].upper()}{market[1:]} - {country} - {self.rng.choice(['March', 'July', 'November'])} {year or 2024}",
                  f"{market[0].upper()}{market[1:]} in {country}", f"{country} {market} market: size and forecast to 2030",
                  f"Share of adults in {country} who bought {market} online", f"Consumer health in {country}: {market}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": f"https://www.{name.split()[0].lower()}.com/{self.fakers['en_GB'].slug()}",
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, "report", name, {"market-research"})

    def _web_person(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "webpage", "title": self._title(), "author": self._people(2), "issued": {"date-parts": [[year]]},
            "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path(), "accessed": self.accessed_after(year),
        }  # fmt: skip
        return self._person_work(record, "web")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(
            ["Our pharmacy services", "Vitamin D: who should take it", "How our online prescription service works",
             "Find a pharmacy", "About our own-brand range", "Loyalty scheme terms", "Talk to us about your medicines"]),
            "URL": "https://www.example.org/", "accessed": self.accessed_after(None)}  # fmt: skip
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            record["URL"] = self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path()
            return self._person_work(record, "web")
        table = self.rng.choice([_COMPANIES, _TRADE_BODIES, _BODIES])
        return self._dated_body(table, "web", record)
