"""Works for the blind268 pool: what marketers at dental practices and groups, orthodontists, clear-aligner brands,
oral-care makers and dental suppliers in the UK, Ireland, the Netherlands, Sweden and Australia cite in CIM Level 6
and 7 reports and MBA assignments: marketing textbooks and chapters, dental and marketing journals with many authors,
dental and health bodies' reports and guidance, regulations and contracts, firms' pages and annual reports, market
research and the dental trade press. Written without reading the checker, its tests or any other pool.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import datetime
import random
import re
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IE", "en_IE", "nl_NL", "sv_SE", "en_AU", "en_US", "de_DE"]
# Names as this region's scholars and journals print them: Irish Ó, Ní, Mac; Dutch van, de, van der; Swedish å, ä, ö.
_IRISH = [("Ó Súilleabháin", "Cian"), ("Ní Chonaill", "Aoife"), ("Mac Giolla Phádraig", "Seán"), ("Ó Ceallaigh", "Niamh"),
          ("O'Mullane", "Denis"), ("Ní Dhuibhir", "Órla"), ("MacCarthy", "Gráinne"), ("Ó Briain", "Pádraig"),
          ("Whelton", "Helen"), ("Crowley", "Máiréad"), ("O'Sullivan", "Eimear"), ("McGrath", "Siobhán")]  # fmt: skip
_DUTCH = [("van der", "Weijden", "Fridus"), ("van", "Loveren", "Cor"), ("de", "Jong", "Sanne"), ("van den", "Heuvel", "Joost"),
          ("ten", "Cate", "Bart"), ("de", "Soet", "Hans"), ("van", "Dijk", "Marieke"), ("van 't", "Hof", "Martin")]  # fmt: skip
_SWEDISH = [("Åström", "Anna"), ("Söderberg", "Erik"), ("Lindqvist", "Karin"), ("Ekbäck", "Gunnar"), ("Hägglin", "Catharina"),
            ("Wårdh", "Inger"), ("Sjögren", "Petteri"), ("Öhrn", "Kerstin"), ("Bågesund", "Mats"), ("Nordström", "Maria")]  # fmt: skip
_OTHERS = [("Zhang", "Wei"), ("Nguyen", "Thi Hoa"), ("Patel", "Priya"), ("Kaur", "Harpreet"), ("Al-Ani", "Zaid"),
           ("Papadopoulou", "Eleni"), ("Tanaka", "Yuki"), ("Chong", "Li Ying"), ("Shah", "Rupal"), ("Okafor", "Adaeze")]  # fmt: skip

# Organisations as authors: (name as cited, tags, who publishes its pages).
_BODIES = [
    ("British Dental Association", {"trade-body"}), ("British Dental Association (BDA)", {"trade-body", "abbreviation"}),
    ("General Dental Council", {"regulator"}), ("General Dental Council (GDC)", {"regulator", "abbreviation"}),
    ("NHS England", {"government"}), ("NHS Business Services Authority", {"government"}),
    ("NHSBSA", {"government", "acronym"}), ("Care Quality Commission", {"regulator"}),
    ("Care Quality Commission (CQC)", {"regulator", "abbreviation"}), ("FDI World Dental Federation", {"trade-body"}),
    ("Oral Health Foundation", {"charity"}), ("Healthwatch England", {"charity"}),
    ("Australian Dental Association", {"trade-body"}), ("Dental Council of Ireland", {"regulator"}),
    ("Department of Health & Social Care", {"government", "ampersand"}),
    ("Office for Health Improvement & Disparities", {"government", "ampersand"}),
    ("Public Health England", {"government"}), ("Health Service Executive", {"government"}),
    ("Irish Dental Association", {"trade-body"}), ("British Orthodontic Society", {"trade-body"}),
    ("Association of Dental Groups", {"trade-body"}), ("Competition and Markets Authority", {"government"}),
    ("Advertising Standards Authority", {"regulator"}), ("Which?", {"charity", "punctuation"}),
    ("House of Commons Health and Social Care Committee", {"government"}), ("Tandvårdsverket", {"government", "accent"}),
    ("Koninklijke Nederlandse Maatschappij tot bevordering der Tandheelkunde (KNMT)", {"trade-body", "abbreviation"}),
    ("Chartered Institute of Marketing", {"trade-body"}), ("Dental Laboratories Association", {"trade-body"}),
    ("Children's Dental Health Survey Team", {"government", "apostrophe"}),
]  # fmt: skip
_FIRMS = [
    ("Straumann Group", {"company"}), ("Align Technology", {"company"}), ("Align Technology, Inc.", {"company", "comma"}),
    ("Haleon", {"company"}), ("Haleon plc", {"company"}), ("Colgate-Palmolive", {"company", "hyphen"}),
    ("Colgate-Palmolive Company", {"company", "hyphen"}), ("Henry Schein", {"company"}),
    ("Henry Schein, Inc.", {"company", "comma"}), ("Dentsply Sirona", {"company"}), ("Procter & Gamble", {"company", "ampersand"}),
    ("Koninklijke Philips N.V.", {"company"}), ("Curaden AG", {"company"}), ("Bupa Dental Care", {"company"}),
    ("mydentist", {"company", "lowercase"}), ("Portman Dental Care", {"company"}), ("Colosseum Dental Group", {"company"}),
    ("Dental Care Ireland", {"company"}), ("Dentists' Provident", {"company", "apostrophe"}),
    ("Denplan", {"company"}), ("Practice Plan", {"company"}), ("Smile Direct Club", {"company"}),
]  # fmt: skip
_RESEARCH = ["Mintel", "GlobalData", "Grand View Research", "Euromonitor International", "IBISWorld", "Statista",
             "Kantar", "YouGov", "LaingBuisson"]  # fmt: skip
_PRESS = ["Dentistry.co.uk", "The Probe", "Private Dentistry", "Dental Review", "BDJ In Practice", "The Dentist",
          "Irish Dentistry", "Bite Magazine", "The Guardian", "BBC News", "Marketing Week", "The Irish Times"]  # fmt: skip
_DENTAL_JOURNALS = ["British Dental Journal", "Journal of Dentistry", "Community Dentistry and Oral Epidemiology",
                    "BDJ Open", "Journal of Orthodontics", "International Dental Journal", "Australian Dental Journal",
                    "Journal of the Irish Dental Association", "Community Dental Health", "European Journal of Orthodontics",
                    "Acta Odontologica Scandinavica", "Swedish Dental Journal"]  # fmt: skip
_MARKETING_JOURNALS = ["Journal of Marketing", "Journal of Services Marketing", "Journal of Marketing Management",
                       "European Journal of Marketing", "Journal of Business Research", "Journal of Service Research",
                       "Health Marketing Quarterly", "International Journal of Pharmaceutical and Healthcare Marketing",
                       "Journal of Retailing and Consumer Services", "Industrial Marketing Management",
                       "Journal of Product & Brand Management"]  # fmt: skip
_TOPICS = ["patient loyalty", "private dental plans", "clear aligner therapy", "teledentistry", "NHS dental access",
           "online reviews of dental practices", "patient experience", "cosmetic dentistry", "tooth whitening",
           "direct-to-consumer orthodontics", "dental anxiety", "oral health promotion", "electric toothbrush adoption",
           "sensitive teeth", "gum health", "dental implants", "practice branding", "B2B sales in dentistry",
           "service quality in dental care", "social media and dentistry", "corporate dental groups",
           "fluoride toothpaste", "children's oral health", "sustainable oral care", "word of mouth in healthcare"]  # fmt: skip
_MARKETS = ["clear aligners", "dental implants", "toothpaste", "electric toothbrushes", "mouthwash", "teeth whitening",
            "private dentistry", "dental consumables", "interdental cleaning", "orthodontics", "dental plans"]  # fmt: skip
_PLACES = ["the UK", "Ireland", "Europe", "the Netherlands", "Sweden", "Australia", "Western Europe"]
_BODY_PAGES = ["Find a dentist", "NHS dental charges", "Patient information", "Oral health advice", "Guidance for dental professionals",
               "Standards for the dental team", "Complaints about dental care", "Delivering better oral health"]  # fmt: skip
_FIRM_PAGES = ["Our story", "Investor relations", "About us", "Sustainability", "Fees and treatments", "Careers",
               "Our brands", "Dental plans explained", "Smile guarantee"]  # fmt: skip

# The marketing texts every candidate cites: (authors as (family, given), year, title, publisher, place, edition).
_CLASSICS = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Chernev", "Alexander")], 2022, "Marketing management", "Pearson", "Harlow", "16"),
    ([("Kotler", "Philip"), ("Armstrong", "Gary"), ("Opresnik", "Marc Oliver")], 2021, "Principles of marketing", "Pearson", "Harlow", "18"),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], 2019, "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow", "7"),
    ([("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], 2023, "Principles and practice of marketing", "McGraw-Hill", "London", "10"),
    ([("Wilson", "Alan"), ("Zeithaml", "Valarie A."), ("Bitner", "Mary Jo"), ("Gremler", "Dwayne D.")], 2020, "Services marketing: integrating customer service across the firm", "McGraw-Hill", "London", "4"),
    ([("Grönroos", "Christian")], 2015, "Service management and marketing: managing the service profit logic", "Wiley", "Chichester", "4"),
    ([("Keller", "Kevin Lane"), ("Swaminathan", "Vanitha")], 2020, "Strategic brand management: building, measuring, and managing brand equity", "Pearson", "Harlow", "5"),
    ([("Kapferer", "Jean-Noël")], 2012, "The new strategic brand management", "Kogan Page", "London", "5"),
    ([("Porter", "Michael E.")], 1985, "Competitive advantage: creating and sustaining superior performance", "Free Press", "New York", None),
    ([("Johnson", "Gerry"), ("Whittington", "Richard"), ("Regnér", "Patrick"), ("Angwin", "Duncan"), ("Scholes", "Kevan")], 2020, "Exploring strategy", "Pearson", "Harlow", "12"),
    ([("Fill", "Chris"), ("Turnbull", "Sarah")], 2019, "Marketing communications: touchpoints, sharing and disruption", "Pearson", "Harlow", "8"),
    ([("Baines", "Paul"), ("Rosengren", "Sara"), ("Antonetti", "Paolo")], 2022, "Marketing", "Oxford University Press", "Oxford", "6"),
]  # fmt: skip

KINDS = ("book", "chapter", "journal", "report", "web", "legislation", "market-research", "news")


class Blind268WorkFactory(WorkFactory):
    """Works that dental, orthodontic, oral-care and dental-supply marketers cite. A subclass, so that no other
    pool's corpus changes."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 26800)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 257 + index)
                self.fakers[locale] = fake
        self.classics_used: set[int] = set()
        self.organisations: list[tuple[str, set[str], dict[str, Any], str]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.14:
            family, given = self.rng.choice(_IRISH)
            return {"family": family, "given": given}
        if roll < 0.22:
            particle, family, given = self.rng.choice(_DUTCH)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.32:
            family, given = self.rng.choice(_SWEDISH)
            return {"family": family, "given": given}
        if roll < 0.4:
            family, given = self.rng.choice(_OTHERS)
            return {"family": family, "given": given}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():
            return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        if self.rng.random() < 0.07:
            family = f"{family}-{self.fakers['en_GB'].last_name()}"
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_BODIES if self.rng.random() < 0.6 else _FIRMS)
        return name, set(tags)

    def year(self) -> int:
        return self.rng.randint(2005, 2025)

    def accessed_after(self, issued: list[int]) -> dict[str, list[list[int]]]:
        start = datetime.date(issued[0], issued[1] if len(issued) > 1 else 12, issued[2] if len(issued) > 2 else 28)
        start = max(start, datetime.date(2023, 1, 1))
        day = start + datetime.timedelta(days=self.rng.randint(1, 300))
        return {"date-parts": [[day.year, day.month, day.day]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        forms = [
            f"{topic[0].upper()}{topic[1:]}: a {self.rng.choice(['systematic review', 'qualitative study', 'cross-sectional survey', 'mixed-methods study'])}",
            f"Patients' views of {topic} in {self.rng.choice(_PLACES)}",
            f"{topic[0].upper()}{topic[1:]} and {self.rng.choice(_TOPICS)}",
            f"What drives {topic}? Evidence from {self.rng.choice(['general dental practice', 'UK dental groups', 'Irish practices', 'Swedish Public Dental Service clinics', 'Dutch practices'])}",
            f"Marketing {topic} to {self.rng.choice(['younger adults', 'parents', 'older patients', 'dental professionals'])}",
            f"The effect of {topic} on {self.rng.choice(['patient trust', 'treatment uptake', 'practice revenue', 'brand equity', 'satisfaction'])}",
        ]
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "report", "web", "legislation", "market-research", "news", "undated-web"],
            weights=[14, 6, 24, 14, 13, 3, 10, 11, 5],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation in the same year as an earlier work ("NHS England, 2023a" and "2023b").
        if (
            self.organisations
            and "issued" in record
            and kind in ("report", "web", "market-research")
            and self.rng.random() < 0.14
        ):
            name, tags, issued, title = self.rng.choice(self.organisations)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
            if record.get("publisher") and kind in ("report", "market-research"):
                record["publisher"] = name.split(" (")[0]
            if record["title"] == title or re.search(r"\b(19|20)\d\d\b", record["title"]):
                record["title"] = self._title()  # a second work of that year, not a copy of the first
        if "issued" in record:
            self.organisations.append((name, tags, record["issued"], record["title"]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        free = [i for i in range(len(_CLASSICS)) if i not in self.classics_used]
        if free and self.rng.random() < 0.45:
            index = self.rng.choice(free)
            self.classics_used.add(index)
            authors, year, title, publisher, place, edition = _CLASSICS[index]
            record: dict[str, Any] = {
                "type": "book", "title": title, "author": [{"family": f, "given": g} for f, g in authors],
                "issued": {"date-parts": [[year]]}, "publisher": publisher, "publisher-place": place,
            }  # fmt: skip
            if edition:
                record["edition"] = edition
            return self._person_work(record, "book")
        record = {
            "type": "book", "title": self._title(), "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Wiley-Blackwell", "Springer", "Quintessence", "Kogan Page", "Sage", "Elsevier"]),
            "publisher-place": self.rng.choice(["London", "Abingdon", "Oxford", "Cham", "Chichester", "Edinburgh"]),
        }  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["Dental practice management", "The business of dentistry",
                                                "Healthcare marketing: a case study approach", "Orthodontics: principles and practice",
                                                "Oral health and society", "Services marketing in healthcare"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Wiley-Blackwell", "Routledge", "Springer"]),
            "publisher-place": self.rng.choice(["Chichester", "Abingdon", "Cham"]),
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        dental = self.rng.random() < 0.6
        count = self.rng.choices(
            range(1, 9), weights=[12, 18, 18, 15, 12, 10, 8, 7] if dental else [25, 30, 22, 10, 6, 3, 2, 2]
        )[0]
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": [self.person() for _ in range(count)],
            "container-title": self.rng.choice(_DENTAL_JOURNALS if dental else _MARKETING_JOURNALS),
            "issued": {"date-parts": [[self.year()]]}, "volume": str(self.rng.randint(10, 240)),
            "issue": str(self.rng.randint(1, 12)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(5, 20)}",
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["DOI"] = (
                f"10.{self.rng.choice(['1038', '1016', '1111', '1108', '1177'])}/{self.fakers['en_GB'].lexify('????').lower()}.{record['issued']['date-parts'][0][0]}.{self.rng.randint(100, 9999)}"
            )
        return self._person_work(record, "journal")

    def _report(self) -> Work:
        name, tags = self.organisation()
        fake = self.fakers["en_GB"]
        year = max(self.year(), 2022) if name.startswith("Haleon") else self.year()
        topic = self.rng.choice(_TOPICS)
        titles = [f"Annual report {year}", f"Annual report and accounts {year}", f"Integrated report {year}",
                  f"State of the dental profession {year}", "Consumer insight report",
                  f"Oral health and the public {year}",
                  f"{topic[0].upper()}{topic[1:]}: guidance for practices",
                  f"Patient experience of dental services in {self.rng.choice(_PLACES)}",
                  f"NHS dental statistics for England, {year - 1}-{str(year)[2:]}", "Consumer insight report",
                  self._title()]  # fmt: skip
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice(titles), "issued": {"date-parts": [[year]]},
            "publisher": name.split(" (")[0], "publisher-place": self._place(name),
        }  # fmt: skip
        if self.rng.random() < 0.65:
            record["URL"] = fake.url() + fake.uri_path()
            record["accessed"] = self.accessed_after([year])
        if self.rng.random() < 0.1:
            record.pop("issued")
            record["title"] = self._title()
            return super()._org_work(record, "report", name, tags)
        return self._org_work(record, "report", name, tags)

    def _web(self) -> Work:
        fake = self.fakers["en_GB"]
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": fake.url() + fake.uri_path()}
        year = self.rng.randint(2016, 2025)
        record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self.accessed_after([year])
        if self.rng.random() < 0.25:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        record["title"] = self._page_title(name)
        if name.startswith("Haleon"):  # demerged from GSK in 2022
            record["issued"] = {"date-parts": [[max(year, 2022)]]}
            record["accessed"] = self.accessed_after([max(year, 2022)])
        return self._org_work(record, "web", name, tags)

    def _undated_web(self) -> Work:
        fake = self.fakers["en_GB"]
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "webpage", "title": self._page_title(name), "URL": fake.url() + fake.uri_path(),
                                  "accessed": self.accessed_after([2023])}  # fmt: skip
        return super()._org_work(record, "web", name, tags | {"undated"})

    def _place(self, name: str) -> str:
        for words, place in (("FDI", "Geneva"), ("Straumann", "Basel"), ("Curaden", "Kriens"), ("Australian", "Sydney"),
                             ("Ireland", "Dublin"), ("Irish", "Dublin"), ("Health Service Executive", "Dublin"),
                             ("Tandvård", "Jönköping"), ("KNMT", "Utrecht"), ("Philips", "Amsterdam"),
                             ("Colosseum", "Zug"), ("Align", "Tempe, AZ"), ("Henry Schein", "Melville, NY"),
                             ("Colgate", "New York"), ("Procter", "Cincinnati"), ("Dentsply", "Charlotte, NC")):  # fmt: skip
            if words in name:
                return place
        return self.rng.choice(["London", "London", "Leeds", "Birmingham", "Weybridge", "Andover"])

    def _page_title(self, name: str) -> str:
        firm = any(name == firm for firm, _tags in _FIRMS)
        if self.rng.random() < 0.3:
            return self._title()
        return self.rng.choice(_FIRM_PAGES if firm else _BODY_PAGES)

    def _legislation(self) -> Work:
        # Cited as most candidates do: the body that made it, with its year ("(Department of Health, 2005)").
        year, title, body = self.rng.choice([
            (2005, "The National Health Service (General Dental Services Contracts) Regulations 2005", "Department of Health"),
            (2005, "The National Health Service (Personal Dental Services Agreements) Regulations 2005", "Department of Health"),
            (2014, "Health and Social Care Act 2008 (Regulated Activities) Regulations 2014", "Department of Health"),
            (2022, "The National Health Service (General Dental Services Contracts and Personal Dental Services Agreements) (Amendment) Regulations 2022", "Department of Health and Social Care"),
            (1984, "Dentists Act 1984", "UK Parliament"), (1985, "Dentists Act 1985", "Government of Ireland"),
        ])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": f"https://www.legislation.gov.uk/uksi/{year}/{self.rng.randint(100, 3400)}/contents/made",
                                  "accessed": self.accessed_after([year])}  # fmt: skip
        if body == "Government of Ireland":
            record["URL"] = f"https://www.irishstatutebook.ie/eli/{year}/act/9/enacted/en/html"
        return self._org_work(record, "legislation", body, {"government", "legislation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        market, place = self.rng.choice(_MARKETS), self.rng.choice(_PLACES)
        year = self.year() if self.rng.random() < 0.92 else None
        titles = [f"{market[0].upper()}{market[1:]} - {place.removeprefix('the ')} - {self.rng.choice(['March', 'July', 'November'])} {year or 2024}",
                  f"{place} {market} market size, share and trends analysis report, {year or 2024}-2030",
                  f"{market[0].upper()}{market[1:]} in {place}", f"Dentists in {place} - market research report",
                  f"Oral care: consumer trends {year or 2024}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": f"https://www.{name.split()[0].lower()}.com/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
            record["accessed"] = self.accessed_after([year])
            return self._org_work(record, "market-research", name, {"market-research"})
        record["accessed"] = self.accessed_after([2023])
        return super()._org_work(record, "market-research", name, {"market-research", "undated"})

    def _news(self) -> Work:
        fake = self.fakers["en_GB"]
        issued = [self.rng.randint(2012, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [issued]}, "URL": fake.url() + fake.uri_path(), "accessed": self.accessed_after(issued),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})
