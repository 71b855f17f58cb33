"""The blind385 pool's works: what marketers at B2B technology and professional-services firms in the UK, the
Netherlands, Poland, Israel, Singapore and South Africa cite in CIM Level 6 and 7 reports and MBA assignments.

Marketing, B2B-marketing and account-based-marketing textbooks and their chapters, journal articles on buying
centres, content marketing, lead scoring, thought leadership and customer success (one to eight authors, DOIs now and
then), regulators, standards bodies and professional bodies (two works of one body in a year now and then),
governments' business statistics, firms' annual reports, investor presentations and press pages, analyst firms' and
consultancies' reports, trade and technology press (signed and unsigned) and undated web pages with access dates.
Names as this region's scholars and journals print them: Dutch and Afrikaans particles kept apart ("van der Berg",
"du Plessis"), Polish letters ("Wiśniewska", "Łukasik"), Israeli names romanised with their hyphens ("Ben-David"),
Singaporean Chinese names family name first ("Tan", "Wee Liang"), Zulu and Xhosa names and British names.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "report", "web", "news", "government", "company-report", "analyst", "standard")

_LOCALES = ["en_GB", "en_GB", "en_GB", "nl_NL", "pl_PL", "zu_ZA"]
_PARTICLE_NAMES = [("van der", "Berg", "Lotte"), ("van", "Dijk", "Sander"), ("de", "Vries", "Maarten"),
                   ("van der", "Merwe", "Annelie"), ("du", "Plessis", "Ruan"), ("van", "Wyk", "Marlize"),
                   ("de", "Jong", "Femke"), ("van den", "Heuvel", "Joris"), ("le", "Roux", "Pieter"),
                   ("de", "Klerk", "Elsabe"), ("ter", "Horst", "Wouter")]  # fmt: skip
_NAMES = [("Wiśniewska", "Agnieszka"), ("Łukasik", "Paweł"), ("Kowalczyk", "Marta"), ("Zieliński", "Tomasz"),
          ("Nowak", "Katarzyna"), ("Wójcik", "Michał"), ("Dąbrowski", "Piotr"), ("Ben-David", "Noa"),
          ("Cohen", "Yael"), ("Levi", "Amir"), ("Mizrahi", "Tamar"), ("Friedman", "Oren"), ("Shapira", "Dana"),
          ("Ben-Ari", "Eitan"), ("Tan", "Wee Liang"), ("Lim", "Mei Ling"), ("Goh", "Kheng Hock"), ("Ng", "Siew Yen"),
          ("Teo", "Boon Keng"), ("Chua", "Hui Min"), ("Balakrishnan", "Kavitha"), ("Nkosi", "Thandeka"),
          ("Dlamini", "Sipho"), ("Mokoena", "Lerato"), ("Botha", "Jacques"), ("Naidoo", "Kershnee"),
          ("Mthembu", "Zanele"), ("Pretorius", "Hendrik"), ("Bakker", "Sanne"), ("Visser", "Daan"),
          ("Jansen", "Eva"), ("Smit", "Bram"), ("Kotler", "Philip"), ("Keller", "Kevin Lane"),
          ("Pulizzi", "Joe"), ("Lilien", "Gary L."), ("O'Sullivan", "Niamh"), ("McDonald", "Malcolm")]  # fmt: skip
# Who these candidates cite when no person is named: regulators, standards and professional bodies, statistics
# offices, firms, analysts and consultancies, with "&", apostrophes and abbreviations.
_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("Information Commissioner's Office (ICO)", {"government", "apostrophe", "abbreviation"}),
    ("Information Commissioner's Office", {"government", "apostrophe"}),
    ("Institute of Chartered Accountants in England and Wales (ICAEW)", {"professional-body", "abbreviation"}),
    ("ICAEW", {"professional-body", "acronym"}), ("The Law Society", {"professional-body"}),
    ("Solicitors Regulation Authority", {"government"}), ("National Cyber Security Centre (NCSC)", {"government", "abbreviation"}),
    ("Autoriteit Persoonsgegevens", {"government"}), ("Personal Data Protection Commission (PDPC)", {"government", "abbreviation"}),
    ("Information Regulator South Africa", {"government"}), ("Israel Privacy Protection Authority", {"government"}),
    ("Urząd Ochrony Danych Osobowych (UODO)", {"government", "abbreviation"}),
    ("South African Institute of Chartered Accountants (SAICA)", {"professional-body", "abbreviation"}),
    ("Law Society of Singapore", {"professional-body"}), ("Nederlandse Orde van Advocaten", {"professional-body"}),
    ("Chartered Institute of Marketing (CIM)", {"professional-body", "abbreviation"}),
    ("B2B Marketing", {"press"}), ("ITSMA", {"professional-body", "acronym"}),
    ("techUK", {"trade-body", "lowercase"}), ("Nederland ICT", {"trade-body"}),
    ("Gartner", {"analyst"}), ("Gartner, Inc.", {"analyst"}), ("Forrester Research", {"analyst"}), ("IDC", {"analyst", "acronym"}),
    ("Everest Group", {"analyst"}), ("Omdia", {"analyst"}), ("Frost & Sullivan", {"analyst", "ampersand"}),
    ("Bloor Research", {"analyst"}), ("TrustRadius", {"analyst"}), ("G2", {"analyst"}),
    ("McKinsey & Company", {"company", "ampersand"}), ("Bain & Company", {"company", "ampersand"}),
    ("Deloitte", {"company"}), ("PwC", {"company"}), ("KPMG", {"company", "acronym"}), ("Edelman", {"company"}),
    ("LinkedIn", {"company"}), ("HubSpot", {"company"}), ("Salesforce", {"company"}), ("6sense", {"company"}),
    ("Darktrace plc", {"company"}), ("The Sage Group plc", {"company"}), ("Check Point Software Technologies Ltd.", {"company"}),
    ("CyberArk", {"company"}), ("Comarch S.A.", {"company"}), ("Asseco Poland S.A.", {"company"}),
    ("Adyen N.V.", {"company"}), ("Dimension Data", {"company"}), ("Singtel", {"company"}),
    ("Allen & Overy", {"company", "ampersand"}), ("Bowmans", {"company"}), ("Rajah & Tann Asia", {"company", "ampersand"}),
    ("Herzog Fox & Neeman", {"company", "ampersand"}), ("BDO", {"company", "acronym"}), ("Grant Thornton", {"company"}),
    ("Moore Kingston Smith", {"company"}), ("Brown & Co's Consulting", {"company", "ampersand", "apostrophe"}),
]  # fmt: skip
_STATISTICS = ["Office for National Statistics", "Department for Science, Innovation & Technology",
               "Department for Business and Trade", "Centraal Bureau voor de Statistiek (CBS)", "Statistics Poland",
               "Israel Innovation Authority", "Singapore Department of Statistics", "Infocomm Media Development Authority (IMDA)",
               "Statistics South Africa", "European Commission", "Companies House", "Enterprise Singapore"]  # fmt: skip
_ANALYSTS = ["Gartner", "Forrester Research", "IDC", "Everest Group", "Omdia", "Frost & Sullivan", "Bloor Research",
             "Quocirca", "Demand Gen Report", "TrustRadius"]  # fmt: skip
_COMPANIES = ["Darktrace plc", "The Sage Group plc", "Check Point Software Technologies Ltd.", "CyberArk", "Comarch S.A.",
              "Asseco Poland S.A.", "Adyen N.V.", "Wix.com Ltd.", "Exact Group B.V.", "Dimension Data", "Sophos",
              "Softcat plc", "Computacenter plc", "Kainos Group plc", "Bytes Technology Group plc", "Datatec Limited"]  # fmt: skip
_PRESS = ["Computer Weekly", "The Register", "TechCrunch", "Financial Times", "Globes", "Ctech by Calcalist",
          "The Business Times", "The Straits Times", "BusinessDay", "ITWeb", "TechCentral", "Sifted", "B2B Marketing",
          "Marketing Week", "Campaign", "Legal Business", "Accountancy Age", "Emerce", "Rzeczpospolita"]  # fmt: skip
_JOURNALS = ["Industrial Marketing Management", "Journal of Business & Industrial Marketing",
             "Journal of Business-to-Business Marketing", "Journal of Business Research", "Journal of Marketing",
             "European Journal of Marketing", "Journal of Personal Selling & Sales Management",
             "Journal of Marketing Management", "Journal of Service Management", "Journal of Interactive Marketing",
             "Journal of Strategic Marketing", "Israel Affairs", "South African Journal of Business Management",
             "Asia Pacific Journal of Marketing and Logistics", "Central European Management Journal"]  # fmt: skip
_TOPICS = ["buying centres", "content marketing", "lead scoring", "thought leadership", "customer success",
           "account-based marketing", "intent data", "sales and marketing alignment", "B2B brand building",
           "buyer enablement", "demand generation", "partner marketing", "channel resellers", "customer advocacy",
           "product-led growth", "trust in cybersecurity vendors", "professional-services marketing",
           "key account management", "webinars", "B2B social selling", "net revenue retention", "buying groups"]  # fmt: skip
_BOOK_TITLES = ["B2B marketing: a guidebook for the classroom and the real world", "Account-based marketing: how to target and engage the companies that will grow your revenue",
                "Business marketing management: B2B", "Marketing professional services", "Epic content marketing",
                "Principles of marketing", "Marketing management", "Key account management: tools and techniques for achieving profitable key supplier status",
                "The B2B brand playbook", "Selling professional services to the Fortune 500"]  # fmt: skip


class Blind385WorkFactory(WorkFactory):
    """The blind385 pool's works (see the module's docstring). A subclass, so the other pools are unchanged."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 385)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 223 + index)
                self.fakers[locale] = fake
        self.dated_organisations: list[tuple[str, set[str], int]] = []

    # ------------------------------------------------------------------ people, organisations, dates
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.4:
            family, given = self.rng.choice(_NAMES)
            return {"family": family, "given": given}
        if roll < 0.52:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():  # a Dutch particle, kept apart as reference managers keep it
            return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        if self.rng.random() < 0.06:
            family = f"{family}-{self.fakers['en_GB'].last_name().split('-')[0]}"
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.05:  # the classics still on B2B reading lists
            return self.rng.randint(1967, 1996)
        return self.rng.randint(2009, 2025)

    def _accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        low = max(2023, (year or 2022) + 1)
        return {
            "date-parts": [[self.rng.randint(low, max(low, 2026)), self.rng.randint(1, 12), self.rng.randint(1, 28)]]
        }

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]} in B2B technology markets", f"The state of {topic}: a practitioner's view",
                 f"How {topic} shapes {self.rng.choice(_TOPICS)}", f"Rethinking {topic} for professional services",
                 f"{topic[0].upper()}{topic[1:]}: evidence from {self.rng.choice(['the Netherlands', 'Poland', 'Israel', 'Singapore', 'South Africa', 'the UK'])}",
                 f"{topic[0].upper()}{topic[1:]} and {self.rng.choice(_TOPICS)}: a review", f"What buyers want from {topic}"]  # fmt: skip
        return self.rng.choice(forms)

    def _dated_org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then one body's second work of a year ("ICO, 2023a" and "2023b").
        if "issued" in record and self.dated_organisations and self.rng.random() < 0.12:
            name, tags, year = self.rng.choice(self.dated_organisations)
            record["issued"] = {"date-parts": [[year]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(year)
            if "publisher" in record:
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated_organisations.append((name, tags, record["issued"]["date-parts"][0][0]))
        return self._org_work(record, kind, name, tags)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "report", "web", "news", "government", "company-report", "analyst", "standard"],
            weights=[11, 6, 24, 9, 12, 11, 7, 8, 9, 3],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self.rng.choice(_BOOK_TITLES) if self.rng.random() < 0.5 else self._title(),
            "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Kogan Page", "Routledge", "Pearson", "Wiley", "McGraw-Hill", "Cengage", "Sage"]),
            "publisher-place": self.rng.choice(["London", "Abingdon", "Harlow", "Hoboken, NJ", "New York", "Boston, MA"]),
        }  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 17))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["The Routledge companion to B2B marketing", "Handbook of business-to-business marketing",
                                                "The Oxford handbook of professional service firms", "Handbook of research on customer success"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "Edward Elgar", "Oxford University Press"]),
            "publisher-place": self.rng.choice(["Abingdon", "Cheltenham", "Oxford"]),
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 120)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 1199)}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(2009, 2025)}.{self.rng.randint(100, 9999)}"
            )
        return self._person_work(record, "journal")

    def _report(self) -> Work:
        name, tags = self.organisation()
        year = self.year() if self.rng.random() < 0.85 else None
        record: dict[str, Any] = {"type": "report", "title": self._title(), "publisher": name.split(" (")[0],
                                  "publisher-place": self.rng.choice(["London", "Amsterdam", "Warsaw", "Tel Aviv", "Singapore", "Johannesburg"])}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        if self.rng.random() < 0.6:
            record["URL"] = f"https://www.{self.fakers['en_GB'].domain_word()}.com/{self.fakers['en_GB'].slug()}"
            record["accessed"] = self._accessed_after(year)
        return self._dated_org(record, "report", name, tags)

    def _web(self) -> Work:
        fake = self.fakers["en_GB"]
        year = self.year() if self.rng.random() < 0.6 else None
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": fake.url() + fake.uri_path()}
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after(year)
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._dated_org(record, "web", name, tags | ({"undated"} if not year else set()))

    def _news(self) -> Work:
        fake = self.fakers["en_GB"]
        year = min(self.year(), 2025)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": fake.url() + fake.uri_path(), "accessed": self._accessed_after(year),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _government(self) -> Work:
        name = self.rng.choice(_STATISTICS)
        year = self.year()
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(
                [f"Business population estimates {year}", f"ICT usage in enterprises {year}", f"Digital economy statistics {year}",
                 f"Cyber security breaches survey {year}", self._title()]),
            "issued": {"date-parts": [[year]]}, "URL": f"https://www.{self.fakers['en_GB'].domain_word()}.gov/{self.fakers['en_GB'].slug()}",
            "accessed": self._accessed_after(year),
        }  # fmt: skip
        return self._dated_org(record, "government", name, {"government"})

    def _company_report(self) -> Work:
        name = self.rng.choice(_COMPANIES)
        year = self.rng.randint(2015, 2025)
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report and accounts {year}", f"Integrated annual report {year}",
                                                        f"Capital markets day {year}: investor presentation", f"Full-year results {year}",
                                                        "Press release: new partner programme"]),
            "issued": {"date-parts": [[year]]}, "publisher": name,
            "URL": f"https://investors.{self.fakers['en_GB'].domain_word()}.com/{self.fakers['en_GB'].slug()}",
            "accessed": self._accessed_after(year),
        }  # fmt: skip
        return self._dated_org(record, "company-report", name, {"company"})

    def _analyst(self) -> Work:
        name = self.rng.choice(_ANALYSTS)
        year = self.rng.randint(2014, 2025)
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"The B2B buying journey {year}", f"Predicts {year}: sales and marketing",
                                                        f"Worldwide security spending guide {year}", f"The state of ABM {year}",
                                                        f"B2B content preferences survey {year}", self._title()]),
            "issued": {"date-parts": [[year]]}, "publisher": name,
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = f"https://www.{name.split()[0].lower().strip(',&')}.com/{self.fakers['en_GB'].slug()}"
            record["accessed"] = self._accessed_after(year)
        return self._dated_org(record, "analyst", name, {"analyst"})

    def _standard(self) -> Work:
        name = self.rng.choice(["International Organization for Standardization (ISO)", "British Standards Institution (BSI)",
                                "International Organization for Standardization"])  # fmt: skip
        number, year, title = self.rng.choice([("ISO 20671", 2019, "Brand evaluation: principles and fundamentals"),
                                               ("ISO 10668", 2010, "Brand valuation: requirements for monetary brand valuation"),
                                               ("ISO 20252", 2019, "Market, opinion and social research: vocabulary and service requirements"),
                                               ("BS ISO 10002", 2018, "Quality management: customer satisfaction: guidelines for complaints handling")])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": f"{number}:{year} {title}", "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0], "publisher-place": "Geneva" if "ISO" in name else "London"}  # fmt: skip
        return self._org_work(record, "standard", name, {"standards-body"})  # its year is the standard's own
