"""CSL-JSON records of invented works, generated with Faker from a seed: the bibliographic truth of the corpus.

Each record is what a reference manager would hold for a work (authors, year, title, container, URL, access
date); nothing here knows how marker parses references. The mix follows what CIM/NCFE reports cite: books,
chapters, journal articles with one to eight authors, organisations (with "&", apostrophes, abbreviations),
government bodies and legislation, web pages, market-research reports, works with no date, and one author's
two works of the same year.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from faker import Faker

# Locales whose surnames bring particles ("van Vliet"), accents, apostrophes and hyphens into the corpus.
_LOCALES = ["en_GB", "en_GB", "en_GB", "en_US", "nl_NL", "de_DE", "fr_FR", "es_ES", "it_IT", "en_IN", "pl_PL", "en_IE"]
_PARTICLES = ("van der", "van den", "van", "von", "de", "del", "da", "du", "le", "la", "ten")
_FIELDS = [
    "Digital Marketing",
    "Consumer Research",
    "Retail Analytics",
    "Brand Strategy",
    "Customer Experience",
    "Advertising Standards",
    "Data Protection",
    "Public Relations",
    "Market Research",
    "Sustainable Business",
    "Communications",
    "Direct Marketing",
    "Fair Trading",
    "Competition and Markets",
    "Online Safety",
    "Small Business",
    "Food Standards",
    "Travel and Tourism",
    "Financial Conduct",
    "Media Literacy",
]
_MARKET_RESEARCH = ["Mintel", "Statista", "Euromonitor International", "Kantar", "GlobalData", "IBISWorld",
                    "YouGov", "Nielsen", "Ipsos", "Key Note"]  # fmt: skip
_JOURNAL_WORDS = ["Marketing", "Consumer Research", "Business Research", "Retailing", "Advertising",
                  "Interactive Marketing", "Brand Management", "Services Marketing", "Strategic Marketing",
                  "Marketing Management", "Consumer Behaviour", "Digital Business"]  # fmt: skip
_TOPICS = [
    "customer engagement",
    "brand loyalty",
    "social media advertising",
    "influencer marketing",
    "email marketing",
    "omnichannel retailing",
    "customer journeys",
    "content marketing",
    "search engine optimisation",
    "mobile commerce",
    "personalisation",
    "word of mouth",
    "brand authenticity",
    "customer lifetime value",
    "marketing automation",
    "loyalty programmes",
    "online reviews",
    "sustainable consumption",
    "live streaming",
    "subscription services",
    "chatbots",
    "price promotions",
    "green claims",
    "generation Z",
    "food delivery apps",
]
_MARKETS = ["coffee shops", "food delivery", "plant-based foods", "sportswear", "online grocery", "pet care",
            "beauty and personal care", "gaming", "streaming video", "craft beer", "fast fashion", "home fitness",
            "budget hotels", "electric vehicles", "baby care", "meal kits"]  # fmt: skip
_COUNTRIES = ["UK", "United Kingdom", "Europe", "Ireland", "the US", "Germany", "Scotland", "Wales"]


@dataclass
class Work:
    """One invented work: its CSL-JSON record and the facts the truth needs (lead author as cited, year)."""

    record: dict[str, Any]
    lead: str  # the first author's surname with its particle, or the organisation's name
    year: str  # four digits with any suffix, or "n.d."
    organisation: bool
    authors: int
    kind: str
    tags: set[str] = field(default_factory=set)

    @property
    def key(self) -> str:
        return str(self.record["id"])


class WorkFactory:
    """Makes works from one seeded random source, so a seed always gives the same corpus."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fakers = {}
        for index, locale in enumerate(sorted(set(_LOCALES))):
            fake = Faker(locale)
            fake.seed_instance(seed * 101 + index)
            self.fakers[locale] = fake
        self.counter = 0

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family = fake.last_name()
        given = fake.first_name()
        words = family.split()
        particle = []
        while len(words) > 1 and words[0].islower():
            particle.append(words.pop(0))
        name: dict[str, str] = {"family": " ".join(words), "given": given}
        if particle:
            name["non-dropping-particle"] = " ".join(particle)
        elif self.rng.random() < 0.06:
            name["non-dropping-particle"] = self.rng.choice(_PARTICLES)
        elif self.rng.random() < 0.08:
            name["family"] = f"{name['family']}-{self.fakers['en_GB'].last_name()}"
        elif self.rng.random() < 0.05:
            name["family"] = self.rng.choice(["O'", "D'", "Mc", "Mac"]) + name["family"].capitalize()
        return name

    def organisation(self) -> tuple[str, set[str]]:
        """An organisation's name as it is written as an author, and tags saying what makes it hard."""
        fake = self.fakers["en_GB"]
        roll = self.rng.random()
        if roll < 0.18:
            return f"{fake.last_name()} & {fake.last_name()}", {"ampersand"}
        if roll < 0.30:
            return f"{fake.last_name()}'s", {"apostrophe"}
        if roll < 0.45:
            words = f"{self.rng.choice(['Chartered Institute of', 'Institute of', 'Association for', 'Society of', 'Council for', 'Centre for'])} {self.rng.choice(_FIELDS)}"
            initials = "".join(w[0] for w in words.split() if w[0].isupper())
            return f"{words} ({initials})", {"abbreviation"}
        if roll < 0.60:
            body = self.rng.choice(["Department for", "Office for", "Ministry of", "Department of"])
            return f"{body} {self.rng.choice(_FIELDS)}", {"government"}
        if roll < 0.68:
            return f"HM {self.rng.choice(['Treasury', 'Revenue & Customs', 'Government', 'Land Registry'])}", {
                "government"
            }
        if roll < 0.80:
            return fake.company().replace(" and ", " & ") if self.rng.random() < 0.3 else fake.company(), {"company"}
        return f"{fake.last_name()} {self.rng.choice(['Group', 'Foods', 'Digital', 'Media', 'Retail', 'Labs'])}", {
            "company"
        }

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        return self.rng.randint(1985, 2025)

    def accessed(self) -> dict[str, list[list[int]]]:
        return {"date-parts": [[self.rng.randint(2022, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _id(self) -> str:
        self.counter += 1
        return f"w{self.counter}"

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        fake = self.fakers["en_GB"]
        forms = [
            f"{topic.capitalize()}: {fake.bs()}",
            f"The role of {topic} in {fake.bs().split()[-1]}",
            f"{topic.capitalize()} and {self.rng.choice(_TOPICS)}",
            f"Rethinking {topic}",
            f"{fake.catch_phrase()}: {topic} in practice",
            f"How {topic} shapes {self.rng.choice(_TOPICS)}",
        ]
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "organisation-web", "organisation-report", "government", "legislation",
             "market-research", "web-person"],
            weights=[14, 8, 26, 12, 8, 8, 0, 10, 6],  # legislation: see _legislation
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[40, 25, 15, 8, 5, 3, 2, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def _book(self) -> Work:
        fake = self.fakers["en_GB"]
        record: dict[str, Any] = {
            "type": "book", "title": self._title(), "author": self._people(4),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(
                ["Pearson", "Routledge", "Kogan Page", "Sage", "Oxford University Press", "Wiley", "Palgrave Macmillan"]),
            "publisher-place": self.rng.choice(["London", "Harlow", "Oxford", "Abingdon", "Chichester", fake.city()]),
        }  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 9))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": f"The {self.rng.choice(_TOPICS)} handbook", "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Sage", "Edward Elgar"]), "publisher-place": "London",
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": f"{self.rng.choice(['Journal of', 'European Journal of', 'International Journal of'])} "
                               f"{self.rng.choice(_JOURNAL_WORDS)}",
            "issued": {"date-parts": [[self.year()]]}, "volume": str(self.rng.randint(1, 90)),
            "issue": str(self.rng.randint(1, 12)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.4:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????')}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _web_person(self) -> Work:
        record: dict[str, Any] = {
            "type": "webpage", "title": self._title(), "author": self._people(2),
            "issued": {"date-parts": [[self.year()]]}, "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path(),
            "accessed": self.accessed(),
        }  # fmt: skip
        return self._person_work(record, "web")

    def _organisation_web(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(),
                                  "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path(),
                                  "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.8:
            record["issued"] = {"date-parts": [[self.year()]]}
        return self._org_work(record, "web", name, tags)

    def _organisation_report(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {
            "type": "report", "title": f"{self.rng.choice(['Annual report', 'Impact report', 'Insight report', 'Strategy'])} "
                                       f"{self.year()}" if self.rng.random() < 0.5 else self._title(),
            "issued": {"date-parts": [[self.year()]]}, "publisher": name.split(" (")[0], "publisher-place": "London",
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path()
            record["accessed"] = self.accessed()
        return self._org_work(record, "report", name, tags)

    def _government(self) -> Work:
        fake = self.fakers["en_GB"]
        body = self.rng.choice(["Department for", "Office for", "Department of", "Cabinet Office", "Ofcom", "ONS"])
        name = body if not body.endswith(("for", "of")) else f"{body} {self.rng.choice(_FIELDS)}"
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]), "title": self._title(),
            "issued": {"date-parts": [[self.year()]]}, "URL": f"https://www.gov.uk/government/publications/{fake.slug()}",
            "accessed": self.accessed(),
        }  # fmt: skip
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _legislation(self) -> Work:
        # Not drawn: citeproc-py's Cite Them Right style cites an Act as "(Data Protection Act 2018, 2018)",
        # a form no one writes, so legislation would only measure the renderer.
        year = self.year()
        title = f"{self.rng.choice(_FIELDS)} Act {year}"
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]},
                                  "id": self._id()}  # fmt: skip
        return Work(record, title, str(year), True, 1, "legislation", {"legislation", "organisation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_MARKET_RESEARCH)
        year = self.year() if self.rng.random() < 0.9 else None
        market, country = self.rng.choice(_MARKETS), self.rng.choice(_COUNTRIES)
        titles = [
            f"{market.capitalize()} - {country} - {self.rng.choice(['January', 'June', 'October'])} {year or 2024}",
            f"{market.capitalize()} in the {country}: market report {year or 2024}",
            f"Number of {market} customers in the {country} from 2019 to 2024, by age group",
            f"{country} {market} market: size, share and forecast to 2030",
            f"Share of {country} adults who bought {market} online in Q{self.rng.randint(1, 4)} {year or 2023}",
            f"{market.capitalize()}: consumer trends 2.0",
        ]
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice(titles), "publisher": name,
            "URL": f"https://www.{name.split()[0].lower()}.com/{self.fakers['en_GB'].slug()}", "accessed": self.accessed(),
        }  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, "report", name, {"market-research"})


# ---------------------------------------------------------------------- the blind half's works
# Only the "blind" half draws from here (see BlindWorkFactory); the dev and test halves never touch it, so their
# corpus stays byte for byte what it was.
_BLIND_LOCALES = ["en_KE", "en_NG", "yo_NG", "ig_NG", "en_PK", "tr_TR", "vi_VN", "ga_IE", "sv_SE", "hu_HU", "cs_CZ",
                  "pt_BR", "da_DK", "ro_RO", "en_AU", "en_NZ"]  # fmt: skip
# Surnames UK reading lists carry in romanised form (Faker's zh_CN, ko_KR and ar_AA write them in their own scripts).
# Given names carry no hyphen: citeproc-py renders "Ji-woo" as "J.-. woo .", which would measure the renderer.
_BLIND_ROMANISED = [
    ("Wang", "Xiaoming"), ("Li", "Wei"), ("Zhang", "Jing"), ("Liu", "Yang"), ("Chen", "Hui"), ("Huang", "Lei"),
    ("Zhao", "Min"), ("Xu", "Fang"), ("Kim", "Jiwoo"), ("Park", "Minjun"), ("Lee", "Seoyeon"), ("Choi", "Hyun"),
    ("Tanaka", "Yuki"), ("Suzuki", "Haruto"), ("Al-Mansouri", "Fatima"), ("El-Sayed", "Omar"), ("Abdel-Rahman", "Aisha"),
    ("Al Habsi", "Khalid"), ("Nguyen", "Thi Lan"), ("Tran", "Minh"), ("Mohammed", "Yusuf"), ("Ahmed", "Sana"),
]  # fmt: skip
# Organisations as UK marketing reports cite them: companies with "&", "plc", "Ltd", "LLP", an apostrophe, a
# lower-case first letter or a question mark, public bodies with and without their abbreviation, trade bodies,
# publishers and platforms.
_BLIND_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("Marks & Spencer Group plc", {"ampersand", "company"}), ("J Sainsbury plc", {"company"}),
    ("Tesco PLC", {"company"}), ("Boots UK Ltd", {"company"}), ("Procter & Gamble", {"ampersand", "company"}),
    ("McKinsey & Company", {"ampersand", "company"}), ("Deloitte LLP", {"company"}), ("PwC", {"company"}),
    ("Ernst & Young LLP", {"ampersand", "company"}), ("Which?", {"company"}), ("eBay Inc.", {"lowercase", "company"}),
    ("easyJet plc", {"lowercase", "company"}), ("innocent drinks", {"lowercase", "company"}),
    ("L'Oréal UK & Ireland", {"apostrophe", "ampersand", "company"}), ("Nando's", {"apostrophe", "company"}),
    ("Sainsbury's", {"apostrophe", "company"}), ("Boohoo Group plc", {"company"}), ("ASOS plc", {"company"}),
    ("Greggs plc", {"company"}), ("John Lewis Partnership", {"company"}), ("The Co-operative Group", {"company"}),
    ("Ofcom", {"government"}), ("Office for National Statistics", {"government"}),
    ("Office for National Statistics (ONS)", {"government", "abbreviation"}),
    ("Competition and Markets Authority", {"government"}),
    ("Competition and Markets Authority (CMA)", {"government", "abbreviation"}),
    ("Advertising Standards Authority (ASA)", {"abbreviation"}),
    ("Information Commissioner's Office", {"government", "apostrophe"}),
    ("Information Commissioner's Office (ICO)", {"government", "apostrophe", "abbreviation"}),
    ("Department for Culture, Media & Sport", {"government", "ampersand", "comma"}),
    ("Department for Business & Trade", {"government", "ampersand"}), ("House of Commons Library", {"government"}),
    ("Scottish Government", {"government"}), ("European Commission", {"government"}),
    ("Chartered Institute of Marketing", set()), ("The Chartered Institute of Marketing (CIM)", {"abbreviation"}),
    ("Institute of Practitioners in Advertising (IPA)", {"abbreviation"}),
    ("Data & Marketing Association (DMA)", {"ampersand", "abbreviation"}), ("British Retail Consortium", set()),
    ("World Health Organization", set()), ("Citizens Advice", set()), ("Age UK", set()), ("IAB UK", {"abbreviation"}),
    ("We Are Social and Meltwater", {"company"}), ("Smart Insights", {"company"}), ("HubSpot", {"company"}),
    ("Google", {"company"}), ("Meta", {"company"}), ("Statista Research Department", {"market-research"}),
]  # fmt: skip
_BLIND_GOVERNMENT = ["Ofcom", "Office for National Statistics", "Competition and Markets Authority", "HM Treasury",
                     "Information Commissioner's Office", "Department for Culture, Media & Sport",
                     "Department for Business & Trade", "House of Commons Library", "Scottish Government",
                     "Welsh Government", "Northern Ireland Executive", "Food Standards Agency", "UK Parliament"]  # fmt: skip
_BLIND_NEWS = ["The Guardian", "Financial Times", "The Times", "BBC News", "Marketing Week", "Campaign", "The Grocer",
               "Retail Gazette", "The Drum", "Evening Standard"]  # fmt: skip


class BlindWorkFactory(WorkFactory):
    """Works for the blind half: more countries' names, real-world organisation authors, news articles and more
    works with no date. A subclass so that the dev and test halves' factory, and so their corpus, is unchanged."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.blind_rng = random.Random(seed * 31 + 7)
        for index, locale in enumerate(_BLIND_LOCALES):
            fake = Faker(locale)
            fake.seed_instance(seed * 211 + index)
            self.fakers[locale] = fake
        self.surnames: list[str] = []
        self.organisations: list[tuple[str, set[str], dict[str, Any]]] = []

    def person(self) -> dict[str, str]:
        roll = self.blind_rng.random()
        if roll < 0.4:
            name = super().person()
        elif roll < 0.75:
            fake = self.fakers[self.blind_rng.choice(_BLIND_LOCALES)]
            name = {"family": fake.last_name(), "given": fake.first_name()}
            words = name["family"].split()
            if len(words) > 1 and words[0].islower():  # "da Cunha": the particle apart, as reference managers keep it
                name = {"family": " ".join(words[1:]), "given": name["given"], "non-dropping-particle": words[0]}
        elif roll < 0.9:
            family, given = self.blind_rng.choice(_BLIND_ROMANISED)
            name = {"family": family, "given": given}
        elif self.surnames:  # a second author with a surname already in the report ("Smith, J." and "Smith, K.")
            name = {"family": self.blind_rng.choice(self.surnames), "given": self.fakers["en_GB"].first_name()}
        else:
            name = super().person()
        self.surnames.append(name["family"])
        return name

    def organisation(self) -> tuple[str, set[str]]:
        if self.blind_rng.random() < 0.4:
            return super().organisation()
        name, tags = self.blind_rng.choice(_BLIND_ORGANISATIONS)
        return name, set(tags)

    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.blind_rng.choices(
            ["book", "chapter", "journal", "organisation-web", "organisation-report", "government", "market-research",
             "web-person", "news"],
            weights=[12, 5, 20, 16, 10, 10, 10, 8, 9],
        )[0]  # fmt: skip
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        if kind in ("web-person", "organisation-report") and self.blind_rng.random() < 0.2:
            work.record.pop("issued", None)  # undated web pages and reports: cited "n.d."
            work.year = "n.d."
        return work

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation in the same year as an earlier work ("Mintel, 2023a" and "2023b").
        # Only dated works are paired: two undated works of one author ("no date a", "no date b") are rare in
        # candidates' reports and, paired at this rate, would dominate the measurement.
        if self.organisations and "issued" in record and self.blind_rng.random() < 0.12:
            name, tags, issued = self.blind_rng.choice(self.organisations)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.organisations.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _government(self) -> Work:
        fake = self.fakers["en_GB"]
        name = self.blind_rng.choice(_BLIND_GOVERNMENT)
        record: dict[str, Any] = {
            "type": self.blind_rng.choice(["report", "webpage"]), "title": self._title(),
            "issued": {"date-parts": [[self.year()]]}, "URL": f"https://www.gov.uk/government/publications/{fake.slug()}",
            "accessed": self.accessed(),
        }  # fmt: skip
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _news(self) -> Work:
        """A newspaper or trade-press article with a journalist as author, dated to the day."""
        fake = self.fakers["en_GB"]
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "author": self._people(2),
            "container-title": self.blind_rng.choice(_BLIND_NEWS),
            "issued": {"date-parts": [[year, self.blind_rng.randint(1, 12), self.blind_rng.randint(1, 28)]]},
            "URL": fake.url() + fake.uri_path(), "accessed": self.accessed(),
        }  # fmt: skip
        return self._person_work(record, "news")


# ---------------------------------------------------------------------- the blind2 half's works
# Only the "blind2" half draws from here (see Blind2WorkFactory), written without reading the checker or the blind
# half's tables; the other halves never touch it, so their corpus stays byte for byte what it was.
_BLIND2_LOCALES = ["en_GB", "en_GB", "en_GB", "en_GB", "pt_BR", "pt_PT", "da_DK", "fi_FI", "ro_RO", "hr_HR", "lv_LV",
                   "et_EE", "no_NO", "en_AU", "en_NZ", "fr_CA", "es_MX", "de_AT", "nl_BE", "id_ID", "tw_GH", "zu_ZA"]  # fmt: skip
# Romanised names as they appear on English-language papers (family name, given name).
_BLIND2_ROMANISED = [
    ("Zhang", "Wei"), ("Li", "Na"), ("Wang", "Xiaoming"), ("Liu", "Yang"), ("Chen", "Jing"), ("Huang", "Lei"),
    ("Kim", "Minjun"), ("Park", "Jiwoo"), ("Lee", "Seoyeon"), ("Choi", "Hyun"), ("Tanaka", "Hiroshi"),
    ("Suzuki", "Yuki"), ("Nakamura", "Aiko"), ("Nguyen", "Thi Lan"), ("Tran", "Minh"), ("Al-Mansouri", "Fatima"),
    ("El-Sayed", "Omar"), ("Haddad", "Rania"), ("Abdullah", "Nur"), ("Krishnan", "Lakshmi"), ("Chatterjee", "Arjun"),
    ("Iyer", "Priya"), ("Bhattacharya", "Rohan"), ("Okonkwo", "Chidi"), ("Adeyemi", "Folake"), ("Mensah", "Kwame"),
    ("Owusu", "Akosua"), ("Papadopoulos", "Nikos"), ("Yılmaz", "Elif"), ("Kowalczyk", "Agnieszka"),
    ("Søndergaard", "Mette"), ("Müller", "Jürgen"), ("Ó Briain", "Siobhán"), ("MacLeod", "Eilidh"),
    ("Ní Bhriain", "Aoife"), ("Santos", "João"), ("Fernández", "Lucía"), ("Rossi", "Giulia"),
]  # fmt: skip
_BLIND2_PARTICLE_NAMES = [("da", "Silva", "Ana"), ("dos", "Santos", "Pedro"), ("de", "Vries", "Sanne"),
                          ("van", "Dijk", "Thijs"), ("van der", "Berg", "Lotte"), ("von", "Hagen", "Klara"),
                          ("di", "Stefano", "Marco"), ("de la", "Cruz", "Sofía"), ("le", "Roux", "Camille")]  # fmt: skip
# Who candidates cite as authors when no person is named: brands, agencies, trade bodies, regulators, research firms.
_BLIND2_ORGANISATIONS = [
    ("Mintel", {"market-research"}), ("Statista", {"market-research"}), ("Kantar", {"market-research"}),
    ("YouGov", {"market-research"}), ("Ipsos", {"market-research"}), ("GWI", {"market-research", "acronym"}),
    ("Deloitte", {"company"}), ("PwC", {"company"}), ("McKinsey & Company", {"company", "ampersand"}),
    ("Ernst & Young", {"company", "ampersand"}), ("Accenture", {"company"}), ("Econsultancy", {"company"}),
    ("Smart Insights", {"company"}), ("HubSpot", {"company"}), ("Salesforce", {"company"}), ("Mailchimp", {"company"}),
    ("Litmus", {"company"}), ("Semrush", {"company"}), ("Moz", {"company"}), ("Google", {"company"}),
    ("Meta", {"company"}), ("TikTok", {"company"}), ("Hootsuite", {"company"}), ("We Are Social", {"company"}),
    ("Ogilvy UK", {"company"}), ("WPP", {"company", "acronym"}), ("Dentsu", {"company"}),
    ("Tesco PLC", {"company"}), ("J Sainsbury plc", {"company"}), ("Marks and Spencer Group plc", {"company"}),
    ("Unilever", {"company"}), ("Boots UK", {"company"}), ("Greggs plc", {"company"}), ("Ocado Group", {"company"}),
    ("Chartered Institute of Marketing", {"trade-body"}), ("CIM", {"trade-body", "acronym"}),
    ("Data & Marketing Association (DMA)", {"trade-body", "ampersand", "abbreviation"}),
    ("Internet Advertising Bureau UK", {"trade-body"}), ("IAB UK", {"trade-body", "acronym"}),
    ("Institute of Practitioners in Advertising (IPA)", {"trade-body", "abbreviation"}),
    ("Advertising Standards Authority", {"trade-body"}), ("ASA", {"trade-body", "acronym"}),
    ("Committee of Advertising Practice (CAP)", {"trade-body", "abbreviation"}),
    ("Ofcom", {"government"}), ("Office for National Statistics", {"government"}), ("ONS", {"government", "acronym"}),
    ("Information Commissioner's Office", {"government", "apostrophe"}),
    ("Information Commissioner's Office (ICO)", {"government", "apostrophe", "abbreviation"}),
    ("Competition and Markets Authority", {"government"}), ("Department for Business and Trade", {"government"}),
    ("Department for Culture, Media and Sport", {"government", "comma"}),
    ("Department for Science, Innovation and Technology", {"government", "comma"}), ("HM Treasury", {"government"}),
    ("UK Government", {"government"}), ("European Commission", {"government"}), ("OECD", {"government", "acronym"}),
    ("Which?", {"trade-body", "punctuation"}), ("Retail Gazette", {"press"}), ("Marketing Week", {"press"}),
    ("BBC News", {"press"}), ("The Drum", {"press"}),
]  # fmt: skip
_BLIND2_PRESS = ["Marketing Week", "Campaign", "The Drum", "Retail Gazette", "The Grocer", "Financial Times",
                 "The Guardian", "The Independent", "City A.M.", "Drapers", "PR Week", "Econsultancy Blog"]  # fmt: skip
_BLIND2_TOPICS = ["email deliverability", "first-party data", "cookie consent", "the RACE framework", "SEO after AI",
                  "social commerce", "retail media networks", "CRM platforms", "zero-party data", "TikTok Shop",
                  "loyalty apps", "abandoned-basket emails", "click-and-collect", "buy now, pay later",
                  "micro-influencers", "dark social", "customer data platforms", "voice search", "UGC",
                  "marketing attribution", "net promoter score", "the customer journey", "GDPR consent"]  # fmt: skip


class Blind2WorkFactory(WorkFactory):
    """The blind2 half's works: names from many more countries (romanised Asian, African and Arabic names,
    particles, accents), real organisations that UK marketing candidates cite (brands, agencies, trade bodies,
    regulators and research firms, with "&", "plc", apostrophes, commas and abbreviations), trade-press articles,
    classic texts and more undated works. A subclass, so the other halves' factories are unchanged."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 31 + 8000)
        for index, locale in enumerate(sorted(set(_BLIND2_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 211 + index)
                self.fakers[locale] = fake

    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.2:
            family, given = self.rng.choice(_BLIND2_ROMANISED)
            return {"family": family, "given": given}
        if roll < 0.27:
            particle, family, given = self.rng.choice(_BLIND2_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        fake = self.fakers[self.rng.choice(_BLIND2_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        roll = self.rng.random()
        if roll < 0.07:
            family = f"{family}-{self.fakers['en_GB'].last_name()}"
        elif roll < 0.11:  # Irish and Scottish prefixes, on a British surname of one word
            family = self.rng.choice(["O'", "Mc", "Mac"]) + self.fakers["en_GB"].last_name().split("-")[0]
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        if self.rng.random() < 0.8:
            name, tags = self.rng.choice(_BLIND2_ORGANISATIONS)
            return name, set(tags)
        return super().organisation()

    def year(self) -> int:
        if self.rng.random() < 0.05:  # the classics candidates still cite
            return self.rng.randint(1960, 1984)
        return self.rng.randint(2008, 2025)

    def _title(self) -> str:
        if self.rng.random() < 0.5:
            return super()._title()
        topic = self.rng.choice(_BLIND2_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]}: what marketers need to know",
                 f"The state of {topic} {self.rng.randint(2019, 2025)}", f"Why {topic} matters for UK retailers",
                 f"{topic[0].upper()}{topic[1:]} benchmark report", f"A guide to {topic} for small businesses",
                 f"{topic[0].upper()}{topic[1:]} and the customer experience"]  # fmt: skip
        return self.rng.choice(forms)

    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "organisation-web", "organisation-report", "government", "market-research",
             "web-person", "press", "undated-web"],
            weights=[12, 5, 22, 14, 10, 5, 8, 6, 10, 5],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _press(self) -> Work:
        fake = self.fakers["en_GB"]
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_BLIND2_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": fake.url() + fake.uri_path(), "accessed": self.accessed(),
        }  # fmt: skip
        if self.rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        name = record["container-title"]
        return self._org_work(record, "news", name, {"press"})

    def _undated_web(self) -> Work:
        fake = self.fakers["en_GB"]
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": fake.url() + fake.uri_path(),
                                  "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.4:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags | {"undated"})
