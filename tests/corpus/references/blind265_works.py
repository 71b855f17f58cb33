"""Works for the blind265 pool: what marketers at opticians, hearing-care providers, eyewear and lens makers and
audiology firms in the UK, Ireland, the Netherlands, Denmark and Australia cite in CIM Level 6 and 7 reports and MBA
assignments. Written without reading the checker, its tests or any other pool. HELD OUT: never tune on it.

Textbooks, chapters, optometry, audiology and marketing journals with one to eight authors and DOIs, theses,
conference papers, regulators and public bodies, trade bodies and charities, companies' pages, annual reports and
investor decks, market research with years, the optical, audiology and national press signed and unsigned, social
posts, videos, podcasts and undated pages.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

# What the factory draws, and the kinds of work it makes (a body's page is "web", its report "report").
_MAKERS = ("book", "chapter", "journal", "thesis", "conference", "government", "trade-body", "company", "annual-report",
           "market-research", "news", "social", "video", "podcast", "undated-web")  # fmt: skip
KINDS = ("book", "chapter", "journal", "thesis", "conference", "report", "web", "news", "social", "video", "podcast")

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_GB", "en_IE", "en_AU", "nl_NL", "da_DK", "it_IT", "en_IN"]
# Names as their owners print them (family, given).
_NAMES = [
    ("Ó Súilleabháin", "Niamh"), ("Ní Bhriain", "Aoife"), ("Ó Ceallaigh", "Pádraig"), ("Mac Giolla Phádraig", "Eoin"),
    ("Ní Mhurchú", "Siobhán"), ("MacNamara", "Ciarán"), ("Ó Dónaill", "Seán"), ("Nørgaard", "Mette"),
    ("Søndergaard", "Rasmus"), ("Østergaard", "Kirsten"), ("Skovgård", "Anders"), ("Ågesen", "Line"),
    ("Bækgaard", "Frederik"), ("Rossi", "Giulia"), ("Esposito", "Marco"), ("Colombo", "Chiara"),
    ("Ferrari", "Alessandro"), ("Patel", "Priya"), ("Chaudhry", "Imran"), ("Bhattacharya", "Anirban"),
    ("Krishnan", "Lakshmi"), ("Gupta", "Rohan"), ("Zhang", "Wei"), ("Chen", "Xiaoling"), ("Wong", "Ka Yan"),
    ("Liu", "Yang"), ("Okonkwo", "Chidi"), ("Adeyemi", "Folake"), ("Oyelaran", "Babatunde"), ("Eze", "Ngozi"),
    ("Papadopoulos", "Nikos"), ("Georgiou", "Eleni"), ("Konstantinidis", "Yannis"), ("Wolffsohn", "James"),
    ("Fotouhi", "Akbar"), ("Ferguson-Hughes", "Harriet"), ("Bowen-Jones", "Gareth"), ("Lloyd-Evans", "Cerys"),
    ("Smyth-Osborne", "Rebecca"), ("Bryce-Warren", "Oliver"),
]  # fmt: skip
_PARTICLE_NAMES = [("van", "Dijk", "Thijs"), ("van der", "Berg", "Lotte"), ("de", "Vries", "Sanne"),
                   ("van den", "Heuvel", "Joost"), ("de", "Jong", "Femke"), ("van", "Leeuwen", "Maarten")]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Sage", "London"), ("Kogan Page", "London"), ("Pearson", "Harlow"),
               ("Elsevier", "Edinburgh"), ("Butterworth-Heinemann", "Oxford"), ("Plural Publishing", "San Diego, CA")]  # fmt: skip
_JOURNALS = ["Ophthalmic and Physiological Optics", "Optometry in Practice", "Clinical and Experimental Optometry",
             "International Journal of Audiology", "Ear and Hearing", "Journal of Retailing and Consumer Services",
             "Journal of Service Research", "Journal of Marketing Management"]  # fmt: skip
_UNIVERSITIES = ["Aston University", "Cardiff University", "City, University of London", "Ulster University",
                 "The University of Manchester", "Technological University Dublin", "The University of Melbourne",
                 "Macquarie University"]  # fmt: skip
_CONFERENCES = [("Optrafair", "Birmingham"), ("100% Optical", "London"),
                ("British Academy of Audiology (BAA) Annual Conference", "Telford"),
                ("American Academy of Audiology (AAA) AudiologyNOW! convention", "Nashville, TN"),
                ("Academy of Marketing Conference", "Cardiff"), ("Frontiers in Service Conference", "Maastricht")]  # fmt: skip
_GOVERNMENT = [
    ("General Optical Council (GOC)", {"abbreviation"}), ("General Optical Council", set()),
    ("Competition and Markets Authority", set()), ("Competition and Markets Authority (CMA)", {"abbreviation"}),
    ("Advertising Standards Authority", set()), ("NHS England", set()),
    ("National Institute for Health and Care Excellence (NICE)", {"abbreviation"}),
    ("Health and Care Professions Council", set()), ("Office for National Statistics", set()),
    ("Department of Health", set()), ("CORU", {"acronym"}), ("Therapeutic Goods Administration", set()),
    ("Australian Competition and Consumer Commission (ACCC)", {"abbreviation"}), ("European Commission", set()),
]  # fmt: skip
_TRADE = [
    ("Association of Optometrists", set()), ("Association of Optometrists (AOP)", {"abbreviation"}),
    ("The College of Optometrists", set()), ("Federation of (Ophthalmic and Dispensing) Opticians", {"punctuation"}),
    ("Association of British Dispensing Opticians", set()), ("British Society of Hearing Aid Audiologists", set()),
    ("BIHIMA", {"acronym"}), ("RNID", {"acronym"}), ("RNIB", {"acronym"}), ("Fight for Sight", set()),
    ("Vision Australia", set()), ("Hearing Australia", set()), ("Guide Dogs for the Blind Association", set()),
]  # fmt: skip
_COMPANIES = [
    ("Specsavers Optical Group Ltd", set()), ("Specsavers", set()), ("Boots UK Ltd", set()),
    ("Vision Express (UK) Ltd", set()), ("Hakim Group Ltd", set()), ("Amplifon S.p.A.", {"punctuation"}),
    ("Demant A/S", {"punctuation"}), ("GN Store Nord A/S", {"punctuation"}), ("Sonova Holding AG", set()),
    ("EssilorLuxottica SA", set()), ("Ace & Tate Holding B.V.", {"ampersand", "punctuation"}), ("Cubitts Ltd", set()),
    ("Bloobloom Ltd", set()), ("Scrivens Ltd", set()), ("Leightons Opticians & Hearing Care", {"ampersand"}),
    ("Optical Express", set()), ("Bayfields Opticians & Audiologists", {"ampersand"}), ("Hidden Hearing", set()),
    ("Bailey Nelson", set()), ("OPSM", {"acronym"}), ("Hans Anders", set()), ("Pearle Europe", set()),
]  # fmt: skip
_RESEARCH = ["Mintel", "YouGov", "GfK", "Kantar", "Statista", "Euromonitor International", "IBISWorld"]
_PRESS = ["Optician", "Optometry Today", "Optical Prescribing", "Audiology Online", "The Hearing Journal",
          "Retail Gazette", "Marketing Week", "Campaign", "The Drum", "The Irish Times", "The Sydney Morning Herald",
          "BBC News", "Financial Times"]  # fmt: skip
_TOPICS = ["myopia management", "hearing-aid uptake", "eyewear subscriptions", "contact lens loyalty",
           "domiciliary eye care", "over-the-counter hearing aids", "blue-light lenses", "frame styling online",
           "sight-test reminders", "franchise partnerships", "clinical trust", "tinnitus support", "kids' eyewear",
           "virtual try-on", "hearing checks in store", "independent opticians", "premium lens upselling",
           "rechargeable hearing aids", "eye health awareness", "dry eye clinics", "audiologist-led care",
           "joint venture partners", "sustainable frames", "older consumers", "teleaudiology"]  # fmt: skip


class Blind265WorkFactory(WorkFactory):
    """blind265's works: optical and hearing-care sources with names from the UK, Ireland, the Netherlands, Denmark,
    Italy, South Asia, China, Nigeria and Greece."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 26500)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.dated: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.3:
            family, given = self.rng.choice(_NAMES)
            return {"family": family, "given": given}
        if roll < 0.37:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():
            return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        if self.rng.random() < 0.06:
            family = f"{family}-{self.fakers['en_GB'].last_name()}"
        return {"family": family, "given": given}

    def year(self) -> int:
        if self.rng.random() < 0.04:
            return self.rng.randint(1978, 1999)
        return self.rng.randint(2010, 2025)

    def accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        start = max(2022, year or 2022)
        return {
            "date-parts": [
                [self.rng.randint(start, max(start, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            ]
        }

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]}: evidence from UK practices", f"Why patients care about {topic}",
                 f"{topic[0].upper()}{topic[1:]} and the high street", f"The role of {topic} in optical retailing",
                 f"Patient trust and {topic}", f"{topic[0].upper()}{topic[1:]} in hearing care: a review",
                 f"Marketing {topic} to older consumers", f"{topic[0].upper()}{topic[1:]} and customer loyalty"]  # fmt: skip
        return self.rng.choice(forms)

    def _url(self, domain: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        return f"https://www.{domain or fake.domain_name()}/{fake.slug()}"

    def _org_dated(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same body in the same year as an earlier work (2023a and 2023b).
        if self.dated and "issued" in record and self.rng.random() < 0.15:
            name, tags, issued = self.rng.choice(self.dated)
            record["issued"] = {"date-parts": [list(p) for p in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(issued["date-parts"][0][0])
        if "issued" in record:
            self.dated.append((name, tags, record["issued"]))
        return self._org_work(record, kind, name, tags)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            list(_MAKERS), weights=[10, 5, 22, 3, 3, 9, 8, 7, 4, 8, 9, 3, 2, 2, 5])[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["Optometry: science, techniques and clinical management",
                                                "Handbook of clinical audiology", "Healthcare marketing",
                                                "Retail marketing management", "Services marketing in practice"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(6, 20)}",
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["DOI"] = (
                f"10.{self.rng.choice(['1111', '1080', '1097', '1016', '1177'])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "genre": self.rng.choice(["PhD thesis", "MSc dissertation", "DBA thesis"]),
                                  "publisher": self.rng.choice(_UNIVERSITIES),
                                  "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        event, place = self.rng.choice(_CONFERENCES)
        year = self.year()
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(4),
                                  "container-title": f"{event} {year}", "event-place": place,
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        return self._person_work(record, "conference")

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        year = self.year()
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org_dated(record, "report" if record["type"] == "report" else "web", name, tags | {"government"})

    def _trade_body(self) -> Work:
        name, tags = self.rng.choice(_TRADE)
        year = self.year()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url(),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        if self.rng.random() < 0.8:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_dated(record, "web", name, tags | {"trade-body"})

    def _company(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.year()
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(["Our story", "About us", "Our hearing care promise", "Eye tests explained", "Franchise opportunities", self._title()]),
                                  "URL": self._url(), "accessed": self.accessed_after(year)}  # fmt: skip
        if self.rng.random() < 0.7:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_dated(record, "web", name, tags | {"company"})

    def _annual_report(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report {year}", f"Capital markets day {year}",
                                                        f"Annual review {year - 1}/{str(year)[2:]}", f"Sustainability report {year}"]),
            "issued": {"date-parts": [[year]]}, "publisher": name, "URL": self._url(), "accessed": self.accessed_after(year),
        }  # fmt: skip
        return self._org_dated(record, "report", name, tags | {"company"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year()
        title = self.rng.choice([f"Optical goods retailing - UK - {year}", f"Hearing aids in the UK: market report {year}",
                                 f"Eyewear in Ireland {year}", f"Contact lens wearers in the UK {year}, by age group",
                                 f"Optical retail in Australia: industry report {year}",
                                 "Hearing aid ownership in Great Britain", "Opticians: consumer trends"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name, "URL": self._url(),
                                  "accessed": self.accessed_after(year), "issued": {"date-parts": [[year]]}}  # fmt: skip
        roll = self.rng.random()
        if roll < 0.2:  # the named surveys candidates cite
            name, record["title"] = self.rng.choice([
                ("BIHIMA", "EuroTrak UK 2022"), ("Hearing Industries Association", "MarkeTrak 2022"),
                ("Association of Optometrists", "Voice of Optometry survey 2024"),
                ("The College of Optometrists", "Optical workforce survey"), ("Optician Online", "Eye Health survey")])  # fmt: skip
            record["publisher"] = name
        return self._org_dated(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(), "accessed": self.accessed_after(year + 1),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _social(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES + _TRADE)
        year = self.rng.randint(2019, 2025)
        record: dict[str, Any] = {"type": "webpage", "title": f"{self.rng.choice(['Instagram', 'LinkedIn', 'TikTok', 'Facebook'])} post: {self._title().lower()}",
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url(), "accessed": self.accessed_after(year + 1)}  # fmt: skip
        return self._org_work(record, "social", name, tags | {"social"})

    def _video(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.rng.randint(2014, 2025)
        record: dict[str, Any] = {"type": "webpage", "title": f"{self._title()} [video]", "container-title": "YouTube",
                                  "issued": {"date-parts": [[year]]}, "URL": f"https://www.youtube.com/watch?v={self.fakers['en_GB'].lexify('???????????')}",
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org_work(record, "video", name, tags | {"video"})

    def _podcast(self) -> Work:
        year = self.rng.randint(2018, 2025)
        record: dict[str, Any] = {"type": "webpage", "title": f"{self._title()} [podcast]", "author": self._people(2),
                                  "container-title": self.rng.choice(["The Optician Podcast", "AOP Podcasts", "This Week in Hearing", "Marketing Week Uncovered"]),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(), "accessed": self.accessed_after(year)}  # fmt: skip
        return self._person_work(record, "podcast")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url(),
                                  "accessed": self.accessed_after(None)}  # fmt: skip
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.rng.choice(_COMPANIES + _TRADE)
        return self._org_work(record, "web", name, tags | {"undated"})
