"""The blind342 pool's works: what marketers at dental practices and groups, clear-aligner brands, oral-care makers,
dental-plan firms and cosmetic clinics in the UK, Sweden, Poland, Hungary, Brazil and Canada cite in CIM Level 6
and 7 reports and MBA assignments: dental, services and marketing journals with one to eight authors, books and
chapters, governments and public bodies, firms' pages and annual reports, professional and trade bodies, the press
signed and unsigned, market research and undated pages. Written without reading the checker or any other pool.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "government", "company", "trade-body", "news", "market-research", "web")

_LOCALES = ["en_GB", "en_GB", "en_GB", "sv_SE", "sv_SE", "pl_PL", "pl_PL", "hu_HU", "hu_HU", "pt_BR", "pt_BR",
            "fr_CA", "en_CA"]  # fmt: skip
# Names as the region's scholars and journals print them (family, given, particle).
_NAMES = [
    ("Åström", "Kerstin", ""), ("Öberg", "Magnus", ""), ("Bäckström", "Linnea", ""), ("Hägglund", "Johan", ""),
    ("Lindqvist", "Åsa", ""), ("Söderström", "Björn", ""), ("Wennström", "Jan", ""), ("Ekbäck", "Gunnar", ""),
    ("Wiśniewska", "Małgorzata", ""), ("Łukasik", "Paweł", ""), ("Żółkowski", "Tomasz", ""), ("Kaczmarek", "Agnieszka", ""),
    ("Grabowska-Ślusarczyk", "Joanna", ""), ("Dąbrowski", "Łukasz", ""), ("Szczęsny", "Michał", ""),
    ("Kővári", "Zsófia", ""), ("Szűcs", "Gábor", ""), ("Horváth", "Erzsébet", ""), ("Tőkés", "Péter", ""),
    ("Nagy-Győri", "Anna", ""), ("Fülöp", "Balázs", ""), ("Szőke", "Krisztina", ""),
    ("Silva", "Ana Paula", "da"), ("Santos", "João Pedro", "dos"), ("Oliveira", "Mariana", "de"),
    ("Souza", "Rafael", "de"), ("Costa", "Beatriz", "da"), ("Frazão", "Paulo", ""), ("Peres", "Marco Aurélio", ""),
    ("Gagnon", "Marie-Ève", ""), ("Tremblay", "Jean-François", ""), ("Bédard", "Élise", ""), ("St-Pierre", "Luc", ""),
    ("D'Amours", "Catherine", ""), ("Côté", "Sébastien", ""), ("Quiñonez", "Carlos", ""),
    ("Watt", "Richard G.", ""), ("Steele", "Jimmy", ""), ("O'Brien", "Siobhan", ""), ("McGrath", "Colman", ""),
    ("Marcenes", "Wagner", ""), ("Petersen", "Poul Erik", ""), ("Listl", "Stefan", ""),
]  # fmt: skip
_JOURNALS = ["British Dental Journal", "Journal of Dentistry", "Community Dentistry and Oral Epidemiology",
             "Journal of the American Dental Association", "International Dental Journal", "Journal of Services Marketing",
             "Journal of Business Research", "Journal of Marketing Management", "BMC Oral Health",
             "Journal of Orthodontics", "Swedish Dental Journal", "Brazilian Oral Research", "Journal of the Canadian Dental Association",
             "International Journal of Pharmaceutical and Healthcare Marketing", "Journal of Retailing and Consumer Services"]  # fmt: skip
_TOPICS = ["dental tourism", "clear aligners", "direct-to-consumer orthodontics", "tooth whitening", "NHS dentistry",
           "private dental plans", "patient loyalty", "online reviews of dentists", "dental anxiety",
           "cosmetic dentistry", "influencer marketing", "oral-care brands", "electric toothbrushes",
           "subscription toothbrushes", "teledentistry", "patient experience", "service quality in dental clinics",
           "dental insurance", "fluoride toothpaste", "sensitive teeth", "social media and smile aesthetics",
           "dental implants", "practice websites", "price transparency", "dental deserts"]  # fmt: skip
_FORMS = ["{T}: a systematic review", "Patients' attitudes to {T} in {X}", "The marketing of {T}",
          "{T} and consumer trust", "Why patients choose {T}: evidence from {X}", "{T} after the pandemic",
          "Service quality and {T}", "A cross-sectional study of {T} in {X}", "{T} on Instagram and TikTok",
          "Trust, price and {T}", "Branding {T}: lessons from {X}", "{T} and the dental consumer"]  # fmt: skip
_PLACES = ["the UK", "England", "Sweden", "Poland", "Hungary", "Brazil", "Canada", "Scotland", "Quebec", "São Paulo",
           "Budapest", "Stockholm", "Europe"]  # fmt: skip
_BOOKS = [
    ("Marketing management", "Pearson", "Harlow"), ("Principles of marketing", "Pearson", "Harlow"),
    ("Services marketing: integrating customer focus across the firm", "McGraw-Hill", "Maidenhead"),
    ("Digital marketing: strategy, implementation and practice", "Pearson", "Harlow"),
    ("Strategic brand management", "Pearson", "Harlow"), ("Marketing healthcare services", "Routledge", "Abingdon"),
    ("The business of dentistry", "Quintessence", "London"), ("Ethics in dental practice", "Wiley-Blackwell", "Chichester"),
    ("Consumer behaviour", "Pearson", "Harlow"), ("Exploring strategy", "Pearson", "Harlow"),
    ("Essentials of dental practice management", "Wiley-Blackwell", "Chichester"),
    ("Healthcare marketing: a case study approach", "Routledge", "Abingdon"),
]  # fmt: skip
_HANDBOOKS = ["The Routledge companion to health marketing", "Oral health and the consumer",
              "Handbook of services marketing", "Dental public health: principles and practice",
              "The Oxford handbook of health care management"]  # fmt: skip
# Governments and public bodies, with and without abbreviations.
_GOVERNMENT = [
    ("NHS England", set(), "https://www.england.nhs.uk/publication/"),
    ("Department of Health and Social Care", set(), "https://www.gov.uk/government/publications/"),
    ("Department of Health and Social Care (DHSC)", {"abbreviation"}, "https://www.gov.uk/government/publications/"),
    ("General Dental Council", set(), "https://www.gdc-uk.org/about-us/"),
    ("General Dental Council (GDC)", {"abbreviation"}, "https://www.gdc-uk.org/about-us/"),
    ("Care Quality Commission", set(), "https://www.cqc.org.uk/publications/"),
    ("Care Quality Commission (CQC)", {"abbreviation"}, "https://www.cqc.org.uk/publications/"),
    ("Office for National Statistics", set(), "https://www.ons.gov.uk/peoplepopulationandcommunity/"),
    ("ONS", {"acronym"}, "https://www.ons.gov.uk/peoplepopulationandcommunity/"),
    ("Competition and Markets Authority", set(), "https://www.gov.uk/cma-cases/"),
    ("Competition and Markets Authority (CMA)", {"abbreviation"}, "https://www.gov.uk/cma-cases/"),
    ("Socialstyrelsen", set(), "https://www.socialstyrelsen.se/publikationer/"),
    ("Tandvårds- och läkemedelsförmånsverket", {"non-english"}, "https://www.tlv.se/tandvard/"),
    ("Tandvårds- och läkemedelsförmånsverket (TLV)", {"non-english", "abbreviation"}, "https://www.tlv.se/tandvard/"),
    ("Statistics Poland (GUS)", {"abbreviation"}, "https://stat.gov.pl/en/topics/health/"),
    ("Hungarian Central Statistical Office (KSH)", {"abbreviation"}, "https://www.ksh.hu/stadat_files/"),
    ("Agência Nacional de Saúde Suplementar (ANS)", {"non-english", "abbreviation"}, "https://www.gov.br/ans/pt-br/"),
    ("Health Canada", set(), "https://www.canada.ca/en/health-canada/services/"),
    ("Statistics Canada", set(), "https://www150.statcan.gc.ca/n1/daily-quotidien/"),
    ("World Health Organization", set(), "https://www.who.int/publications/i/item/"),
    ("World Health Organization (WHO)", {"abbreviation"}, "https://www.who.int/publications/i/item/"),
]  # fmt: skip
_COMPANIES = [
    ("Bupa Dental Care Ltd", set(), "https://www.bupa.co.uk/dental/"),
    ("Portman Healthcare Ltd", set(), "https://www.portmandentalcare.com/"),
    ("Align Technology, Inc.", {"comma"}, "https://investor.aligntech.com/"),
    ("Straumann Holding AG", set(), "https://www.straumann.com/group/en/"),
    ("Dentsply Sirona Inc.", set(), "https://investor.dentsplysirona.com/"),
    ("Colgate-Palmolive Company", set(), "https://www.colgatepalmolive.com/en-us/"),
    ("Haleon plc", {"lowercase-suffix"}, "https://www.haleon.com/investors/"),
    ("Praktikertjänst AB", {"non-english"}, "https://www.ptj.se/om-oss/"),
    ("Lux Med Sp. z o.o.", {"abbreviation"}, "https://www.luxmed.pl/"),
    ("Odontoprev S.A.", set(), "https://ri.odontoprev.com.br/"),
    ("Procter & Gamble", {"ampersand"}, "https://us.pg.com/"),
    ("Koninklijke Philips N.V.", set(), "https://www.philips.com/a-w/about/investor/"),
    ("Simplyhealth Group Ltd", set(), "https://www.simplyhealth.co.uk/"),
    ("Kreativ Dental Kft.", {"non-english"}, "https://www.kreativdental.com/"),
    ("Medicover AB", set(), "https://www.medicover.com/investors/"),
    ("Dentalcorp Holdings Ltd.", set(), "https://www.dentalcorp.ca/investors/"),
    ("Sorridents Clínicas Odontológicas Ltda.", {"non-english"}, "https://www.sorridents.com.br/"),
    ("Colosseum Dental UK Ltd", set(), "https://www.colosseumdental.co.uk/"),
]  # fmt: skip
_TRADE = [
    ("British Dental Association", set(), "https://bda.org/news-centre/"),
    ("British Dental Association (BDA)", {"abbreviation"}, "https://bda.org/news-centre/"),
    ("Oral Health Foundation", set(), "https://www.dentalhealth.org/"),
    ("British Orthodontic Society", set(), "https://www.bos.org.uk/"),
    ("Association of Dental Groups (ADG)", {"abbreviation"}, "https://www.theadg.co.uk/"),
    ("Swedish Dental Association", set(), "https://www.tandlakarforbundet.se/"),
    ("Canadian Dental Association (CDA)", {"abbreviation"}, "https://www.cda-adc.ca/en/"),
    ("FDI World Dental Federation", set(), "https://www.fdiworlddental.org/"),
    ("British Association of Cosmetic Dentistry", set(), "https://www.bacd.com/"),
    ("Which?", {"punctuation"}, "https://www.which.co.uk/reviews/"),
    ("Healthwatch England", set(), "https://www.healthwatch.co.uk/report/"),
    ("Dentists' Provident", {"apostrophe"}, "https://www.dentistsprovident.co.uk/"),
    ("Smile & Co. Dental Marketing", {"ampersand"}, "https://www.smileandco.co.uk/blog/"),
]  # fmt: skip
_PRESS = [("The Guardian", "https://www.theguardian.com/society/"), ("The Times", "https://www.thetimes.co.uk/article/"),
          ("BBC News", "https://www.bbc.co.uk/news/"), ("Dagens Nyheter", "https://www.dn.se/ekonomi/"),
          ("Gazeta Wyborcza", "https://wyborcza.pl/"), ("Folha de S.Paulo", "https://www1.folha.uol.com.br/equilibrioesaude/"),
          ("The Globe and Mail", "https://www.theglobeandmail.com/business/"),
          ("Dentistry Online", "https://www.dentistry.co.uk/"), ("The Dentist", "https://www.the-dentist.co.uk/content/news/")]  # fmt: skip
_RESEARCH = ["Mintel", "Statista", "Kantar", "YouGov", "Euromonitor International", "Grand View Research",
             "LaingBuisson"]  # fmt: skip
_MARKETS = ["Oral care", "Toothpaste", "Electric toothbrushes", "Clear aligners", "Dental services",
            "Teeth whitening", "Dental insurance", "Mouthwash", "Dental implants", "Private dentistry"]  # fmt: skip


class Blind342WorkFactory(WorkFactory):
    """Works of the dental-care pool, from their own random source so a seed always gives the same works."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 342)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 347 + index)
                self.fakers[locale] = fake
        self.dated: list[tuple[str, set[str], str, int, str]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.35:
            family, given, particle = self.rng.choice(_NAMES)
            name = {"family": family, "given": given}
            if particle:
                name["non-dropping-particle"] = particle
            return name
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name().split("-")[0]
        words = family.split()
        if len(words) > 1 and words[0].islower():  # "da Cunha": the particle apart, as reference managers keep it
            return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        if self.rng.random() < 0.05:
            family = f"{family}-{self.fakers['en_GB'].last_name().split('-')[0]}"
        return {"family": family, "given": given}

    def year(self) -> int:
        if self.rng.random() < 0.05:  # the classics candidates still cite
            return self.rng.randint(1975, 2004)
        return self.rng.randint(2008, 2025)

    def accessed(self, after: int = 2022) -> dict[str, list[list[int]]]:
        year = self.rng.randint(max(after, 2022), 2025)
        return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        form = self.rng.choice(_FORMS)
        topic = self.rng.choice(_TOPICS)
        title = form.replace("{T}", topic).replace("{X}", self.rng.choice(_PLACES))
        return title[0].upper() + title[1:]

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "government", "company", "trade-body", "news", "market-research", "web"],
            weights=[11, 5, 24, 13, 12, 9, 10, 9, 7],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _people_n(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 15, 9, 6, 4, 3, 3][:most])[0]
        return [self.person() for _ in range(count)]

    def _book(self) -> Work:
        title, publisher, place = self.rng.choice(_BOOKS)
        if self.rng.random() < 0.4:
            title = self._title()
        record: dict[str, Any] = {
            "type": "book", "title": title, "author": self._people_n(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": publisher, "publisher-place": place,
        }  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 18))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people_n(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(_HANDBOOKS), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Springer", "Oxford University Press", "Wiley-Blackwell"]),
            "publisher-place": self.rng.choice(["Abingdon", "Cham", "Oxford", "Chichester"]),
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people_n(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 236)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(5, 20)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.choice(['1038', '1016', '1111', '1108', '1080'])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _dated_org(self, record: dict[str, Any], kind: str, name: str, tags: set[str], url: str) -> Work:
        """An organisation's work, dated four times in five; now and then the same body in the same year as an
        earlier work ("NHS England, 2023a" and "2023b")."""
        year: int | None = self.year() if self.rng.random() < 0.82 else None
        same = [d for d in self.dated if d[2] == kind]
        if year is not None and same and self.rng.random() < 0.15:
            name, tags, _kind, year, url = self.rng.choice(same)
        if year is not None:
            record["issued"] = {"date-parts": [[year]]}
            self.dated.append((name, tags, kind, year, url))
            if (
                record["title"].startswith(
                    ("Annual", "Integrated", "Sustainability", "Oral health statistics", "The state")
                )
                or self.rng.random() < 0.15
            ):
                record["title"] = f"{record['title']} {year}"
        if "publisher" in record:
            record["publisher"] = name.split(" (")[0]
        record["URL"] = url + self.fakers["en_GB"].slug()
        record["accessed"] = self.accessed(year or 2022)
        return self._org_work(record, kind, name, tags)

    def _government(self) -> Work:
        name, tags, url = self.rng.choice(_GOVERNMENT)
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self._org_title("government"),
        }
        if record["type"] == "report":
            record["publisher"] = name
        return self._dated_org(record, "government", name, tags | {"government"}, url)

    def _company(self) -> Work:
        name, tags, url = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage", "webpage"]),
            "title": self._org_title("company"),
        }
        if record["type"] == "report":
            record["publisher"] = name
        return self._dated_org(record, "company", name, tags | {"company"}, url)

    def _trade_body(self) -> Work:
        name, tags, url = self.rng.choice(_TRADE)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._org_title("trade")}
        if record["type"] == "report":
            record["publisher"] = name
        return self._dated_org(record, "trade-body", name, tags | {"trade-body"}, url)

    def _org_title(self, who: str) -> str:
        titles = {
            "government": [
                "NHS dental statistics for England",
                "Adult oral health survey",
                "Dental contract reform",
                "Tandvårdsstöd: a guide to the dental subsidy",
                "Oral health statistics",
                "Dental services market study",
                "Access to dental care: findings",
                "Global oral health status report",
                "Standards for the dental team",
                "Canadian Dental Care Plan: what you need to know",
                "Health care in Poland",
                "Private dental plans: beneficiaries by region",
            ],
            "company": [
                "Annual report and accounts",
                "Integrated annual report",
                "Our story",
                "Sustainability report",
                "Invisalign treatment: how it works",
                "Investor presentation",
                "Dental plans explained",
                "Teeth whitening: prices and options",
                "Find a practice near you",
                "Annual report",
            ],
            "trade": [
                "The state of dentistry",
                "National Smile Month: campaign report",
                "Consumer survey on orthodontics",
                "Dental tourism: what patients should know",
                "Cosmetic dentistry: a guide",
                "Workforce survey",
                "The dental market: policy briefing",
                "Oral health atlas",
                "Buying a clear aligner online",
            ],
        }[who]
        return self.rng.choice(titles)

    def _news(self) -> Work:
        press, url = self.rng.choice(_PRESS)
        year = min(self.year(), 2024)  # read at least a year after it was printed
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": press,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": url + self.fakers["en_GB"].slug(), "accessed": self.accessed(year + 1),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people_n(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", press, {"press"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        market = self.rng.choice(_MARKETS)
        place = self.rng.choice(["UK", "Sweden", "Poland", "Hungary", "Brazil", "Canada", "Europe"])
        record: dict[str, Any] = {
            "type": "report", "publisher": name,
            "title": self.rng.choice([f"{market} - {place} - {self.rng.choice(['March', 'June', 'November'])}",
                                      f"{market} market size, share and trends report", f"{market} in {place}",
                                      f"Share of adults in {place} who used {market.lower()}, by age"]),
        }  # fmt: skip
        return self._dated_org(
            record, "market-research", name, {"market-research"}, f"https://www.{name.replace(' ', '').lower()}.com/"
        )

    def _web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people_n(2),
                                  "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].slug()}  # fmt: skip
        if self.rng.random() < 0.7:
            year = self.year()
            record["issued"] = {"date-parts": [[year]]}
            record["accessed"] = self.accessed(year)
        else:
            record["accessed"] = self.accessed()
        return self._person_work(record, "web")
