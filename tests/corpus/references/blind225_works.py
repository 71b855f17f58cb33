"""Works the blind225 pool's candidates cite: marketers in later-life services (care homes and home care, retirement
villages, funerals and funeral plans, equity release and annuities, hearing aids and mobility, age charities) in the
UK, Ireland, Australia and Canada writing CIM Level 6 and 7 reports and MBA assignments.

Written without reading the checker, its tests or any other pool. Gerontology and consumer-studies textbooks and
journals, theses, British Society of Gerontology and AMA papers, regulators and public bodies (two works of one body
in a year), trade bodies and charities, care, funeral and finance companies' pages, annual reports and investor
decks, market research with years, the care and funeral trade press and newspapers signed and unsigned, social posts,
videos, podcasts and undated pages. Irish names with Ó, Ní, Mac and fadas, Scottish Mac and Mc names, Welsh names,
and the names of Australian and Canadian scholars as their journals print them.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "thesis", "conference", "report", "web", "news", "social", "video", "podcast")

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IE", "en_IE", "en_AU", "en_CA", "fr_CA", "en_NZ", "en_IN", "pl_PL", "it_IT"]
# Names as Irish, Scottish, Welsh, Australian and Canadian gerontologists print them on their papers (family, given).
_NAMES = [
    ("Ó Súilleabháin", "Pádraig"), ("Ní Bhriain", "Aoife"), ("Ó Murchú", "Seán"), ("Ní Chonaill", "Siobhán"),
    ("O'Shea", "Eamon"), ("Ó Dochartaigh", "Caoimhe"), ("MacConville", "Úna"), ("McGarrigle", "Christine"),
    ("Mac Giolla Phádraig", "Ciarán"), ("Ní Léime", "Áine"), ("Scharf", "Thomas"), ("Phillipson", "Chris"),
    ("MacLeod", "Eilidh"), ("McKenzie", "Morag"), ("MacDonald", "Catrìona"), ("Llewellyn", "Rhys"),
    ("ap Gwilym", "Dafydd"), ("Prys-Jones", "Ffion"), ("Gruffydd", "Siân"), ("Wilkinson", "Heather"),
    ("Kendig", "Hal"), ("Tsang", "Wing-Kei"), ("Nguyen", "Thi Hoa"), ("Pham", "Quoc"), ("Papadopoulos", "Eleni"),
    ("Kowalski", "Zofia"), ("Singh", "Harpreet"), ("Gagnon", "Stéphanie"), ("Côté", "Marie-Ève"),
    ("Bélanger", "Émilie"), ("Lévesque", "François"), ("St-Pierre", "Hélène"), ("Chen", "Wei"), ("Tremblay", "Julie"),
    ("Walsh", "Kieran"), ("Ní Shé", "Éidín"), ("Ó hAodha", "Dónal"), ("Fitzgerald", "Nóirín"),
    ("van der Meer", "Lotte"), ("Dupuis-Blanchard", "Suzanne"),
]  # fmt: skip
_PARTICLES = [("de", "Sao José", "José"), ("van", "Leeuwen", "Katrien"), ("de", "Jong", "Sanne"),
              ("di", "Rosa", "Mirko"), ("van der", "Roest", "Henriëtte")]  # fmt: skip
_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("Care Quality Commission", {"government"}), ("Care Inspectorate", {"government"}),
    ("Health Information and Quality Authority (HIQA)", {"government", "abbreviation"}),
    ("Financial Conduct Authority", {"government"}), ("Financial Conduct Authority (FCA)", {"government", "abbreviation"}),
    ("Competition and Markets Authority", {"government"}), ("Department of Health and Social Care", {"government"}),
    ("Office for National Statistics", {"government"}), ("ONS", {"government", "acronym"}),
    ("National Institute for Health and Care Excellence (NICE)", {"government", "abbreviation"}),
    ("Money and Pensions Service", {"government"}), ("Aged Care Quality and Safety Commission", {"government"}),
    ("Central Statistics Office", {"government"}), ("Statistics Canada", {"government"}),
    ("Age UK", {"charity"}), ("Independent Age", {"charity"}), ("Alzheimer's Society", {"charity", "apostrophe"}),
    ("National Association of Funeral Directors (NAFD)", {"trade-body", "abbreviation"}),
    ("SAIF", {"trade-body", "acronym"}), ("Equity Release Council", {"trade-body"}),
    ("Homecare Association", {"trade-body"}), ("Care England", {"trade-body"}),
    ("Centre for Ageing Better", {"charity"}), ("Carers UK", {"charity"}), ("Marie Curie", {"charity"}),
    ("ALONE", {"charity", "acronym"}), ("Age Scotland", {"charity"}), ("Alzheimer Society of Canada", {"charity"}),
    ("Care UK", {"company"}), ("HC-One", {"company"}), ("Barchester Healthcare", {"company"}),
    ("Anchor Hanover Group", {"company"}), ("McCarthy Stone", {"company"}), ("Audley Group", {"company"}),
    ("Dignity plc", {"company"}), ("The Co-operative Group", {"company"}), ("Co-op Funeralcare", {"company"}),
    ("Pure Cremation", {"company"}), ("Just Group plc", {"company"}), ("Legal & General Group plc", {"company", "ampersand"}),
    ("Specsavers", {"company"}), ("Amplifon S.p.A.", {"company"}), ("Hidden Hearing", {"company"}),
    ("Sunrise Senior Living", {"company"}), ("Bupa Aged Care", {"company"}), ("Aveo Group", {"company"}),
    ("Sienna Senior Living", {"company"}), ("Mowbray & Sons Funeral Directors", {"company", "ampersand"}),
    ("Golden Charter", {"company"}), ("Stannah", {"company"}), ("Motability Operations", {"company"}),
]  # fmt: skip
_GOVERNMENT = ["Care Quality Commission", "Care Inspectorate", "Health Information and Quality Authority (HIQA)",
               "Financial Conduct Authority", "Competition and Markets Authority",
               "Department of Health and Social Care", "Office for National Statistics",
               "National Institute for Health and Care Excellence (NICE)", "Money and Pensions Service",
               "Aged Care Quality and Safety Commission", "Central Statistics Office", "Statistics Canada",
               "House of Commons Library", "Scottish Government"]  # fmt: skip
_COMPANIES = ["Care UK", "HC-One", "Barchester Healthcare", "Anchor Hanover Group", "McCarthy Stone", "Audley Group",
              "Dignity plc", "The Co-operative Group", "Pure Cremation", "Just Group plc", "Legal & General Group plc",
              "Specsavers", "Amplifon S.p.A.", "Golden Charter", "Aveo Group", "Sienna Senior Living"]  # fmt: skip
_CHARITIES = ["Age UK", "Independent Age", "Alzheimer's Society", "National Association of Funeral Directors (NAFD)",
              "SAIF", "Equity Release Council", "Homecare Association", "Care England", "Centre for Ageing Better",
              "Carers UK", "ALONE", "Age Scotland"]  # fmt: skip
_RESEARCH = ["LaingBuisson", "Key Retirement", "Sun Life", "Mintel", "YouGov", "Ipsos", "Statista", "Savills"]
_PRESS = ["Care Home Professional", "Funeral Service Times", "Which?", "The Guardian", "BBC News", "Financial Times",
          "The Irish Times", "Homecare Insight", "Money Marketing", "The Sydney Morning Herald", "The Globe and Mail",
          "Retirement Living Council News"]  # fmt: skip
_JOURNALS = ["Ageing & Society", "The Gerontologist", "Journal of Aging Studies", "International Journal of Consumer Studies",
             "Journal of Services Marketing", "Mortality", "Journal of Consumer Marketing", "Health & Social Care in the Community",
             "Australasian Journal on Ageing", "Canadian Journal on Aging", "Journal of Financial Services Marketing",
             "Quality in Ageing and Older Adults"]  # fmt: skip
_TOPICS = ["choosing a care home", "the care home decision", "funeral poverty", "direct cremation", "pre-paid funeral plans",
           "equity release", "later-life lending", "retirement villages", "housing with care", "hearing loss and stigma",
           "hearing-aid adoption", "loneliness in later life", "ageism in advertising", "the grey pound",
           "digital exclusion among older people", "dementia-friendly services", "family carers", "self-funders",
           "trust in care providers", "online reviews of care homes", "end-of-life planning", "annuity purchase",
           "consumer vulnerability", "ageing in place", "mobility aids"]  # fmt: skip
_PLACES = ["UK", "England", "Scotland", "Ireland", "Wales", "Australia", "Canada", "Northern Ireland"]


class Blind225WorkFactory(WorkFactory):
    """The blind225 pool's works; a subclass, so every other pool's factory and corpus is unchanged."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 22500)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.dated: list[tuple[str, str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.3:
            family, given = self.rng.choice(_NAMES)
            return {"family": family, "given": given}
        if roll < 0.35:
            particle, family, given = self.rng.choice(_PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        if " " in family and family.split()[0].islower():
            family = family.split()[-1]
        roll = self.rng.random()
        if roll < 0.07:
            family = f"{family}-{self.fakers['en_GB'].last_name()}"
        elif roll < 0.13:
            family = self.rng.choice(["O'", "Mc", "Mac"]) + self.fakers["en_GB"].last_name().split("-")[0]
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1968, 1999)  # Goffman, Kitwood and the classics still cited
        return self.rng.randint(2008, 2025)

    def accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        low = max(2022, year or 2022)
        return {
            "date-parts": [[self.rng.randint(low, max(low, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]]
        }

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        place = self.rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]}: evidence from {place}", f"Understanding {topic} in {place}",
                 f"{topic[0].upper()}{topic[1:]} and the older consumer", f"Marketing to older people: {topic}",
                 f"'It's not for people like me': {topic}", f"Rethinking {topic}",
                 f"{topic[0].upper()}{topic[1:]}, trust and choice", f"The ethics of {topic}"]  # fmt: skip
        return self.rng.choice(forms)

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then a second work of one body in one year ("Age UK, 2023a" and "2023b"), of the same kind.
        same = [entry for entry in self.dated if entry[0] == kind]
        if same and "issued" in record and self.rng.random() < 0.15:
            _kind, name, tags, issued = self.rng.choice(same)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0][0])
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
            if kind == "news":
                record["container-title"] = name
        if "issued" in record:
            self.dated.append((kind, name, tags, record["issued"]))
        return self._org_work(record, kind, name, tags)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "thesis", "conference", "government", "charity", "company", "annual",
             "research", "news", "press", "social", "video", "podcast", "undated"],
            weights=[12, 6, 22, 3, 3, 10, 9, 8, 5, 8, 6, 4, 2, 2, 2, 4],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind)()

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self._title(), "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Policy Press", "Sage", "Kogan Page", "Open University Press", "Bloomsbury Academic"]),
            "publisher-place": self.rng.choice(["Abingdon", "London", "Bristol", "Maidenhead", "Thousand Oaks"]),
        }  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["The Routledge handbook of cultural gerontology", "Ageing in everyday life",
                                                "Critical perspectives on ageing societies", "Death, dying and bereavement"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "Policy Press", "Sage"]),
            "publisher-place": self.rng.choice(["Abingdon", "Bristol", "London"]),
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(10, 25)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["DOI"] = (
                f"10.{self.rng.choice(['1017', '1093', '1016', '1111', '1108', '1080'])}/{self.fakers['en_GB'].lexify('???').upper()}.{record['issued']['date-parts'][0][0]}.{self.rng.randint(100, 9999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": [self.person()],
            "genre": self.rng.choice(["PhD thesis", "MPhil thesis", "DBA thesis"]),
            "publisher": self.rng.choice(["Keele University", "University of Stirling", "University of Kent",
                                          "University of Sheffield", "Trinity College Dublin", "Monash University"]),
            "issued": {"date-parts": [[self.year()]]},
        }  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": self.rng.choice([f"British Society of Gerontology Annual Conference {year}",
                                                f"AMA Summer Academic Conference {year}",
                                                f"Academy of Marketing Conference {year}"]),
            "issued": {"date-parts": [[year]]},
            "publisher-place": self.rng.choice(["Keele", "Stirling", "Chicago", "Swansea", "Newcastle"]),
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _web_record(self, title: str, dated: bool) -> dict[str, Any]:
        fake = self.fakers["en_GB"]
        year = self.rng.randint(2012, 2025) if dated else None  # web pages are recent
        record: dict[str, Any] = {"type": "webpage", "title": title, "URL": fake.url() + fake.uri_path(),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return record

    def _government(self) -> Work:
        name = self.rng.choice(_GOVERNMENT)
        record = self._web_record(self._title(), True)
        if self.rng.random() < 0.5:
            record["type"] = "report"
            record["title"] = self.rng.choice([f"The state of health care and adult social care in England {record['issued']['date-parts'][0][0]}",
                                               "Funeral plans: new rules for providers", "Market study into funerals: final report",
                                               "Population estimates by age", self._title()])  # fmt: skip
            record["publisher"] = name.split(" (")[0]
        return self._org(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _charity(self) -> Work:
        name = self.rng.choice(_CHARITIES)
        record = self._web_record(self._title(), self.rng.random() < 0.85)
        if "issued" in record and self.rng.random() < 0.5:
            record["type"] = "report"
            record["publisher"] = name.split(" (")[0]
        tags = dict(_ORGANISATIONS).get(name, {"charity"})
        return self._org(record, "report" if record["type"] == "report" else "web", name, set(tags))

    def _company(self) -> Work:
        name = self.rng.choice(_COMPANIES)
        title = self.rng.choice(["Our homes", "About us", "Why choose us", "Funeral plans explained", "Lifetime mortgages",
                                 "Our approach to dementia care", "Retirement living", "Hearing tests", self._title()])  # fmt: skip
        record = self._web_record(title, self.rng.random() < 0.6)
        return self._org(record, "web", name, {"company"})

    def _annual(self) -> Work:
        name = self.rng.choice(_COMPANIES)
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "issued": {"date-parts": [[year]]}, "publisher": name,
            "title": self.rng.choice([f"Annual report and accounts {year}", f"Investor presentation: full-year results {year}",
                                      f"Sustainability report {year}", f"Capital markets day {year}"]),
            "URL": self.fakers["en_GB"].url() + "investors/" + self.fakers["en_GB"].slug(), "accessed": self.accessed_after(year),
        }  # fmt: skip
        return self._org(record, "report", name, {"company"})

    def _research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "issued": {"date-parts": [[year]]}, "publisher": name,
            "title": self.rng.choice([f"Care homes for older people: UK market report {year}",
                                      f"Equity release market monitor {year}", f"Cost of Dying report {year}",
                                      f"Funeral services - UK - {self.rng.choice(['March', 'July', 'November'])} {year}",
                                      f"Later-life attitudes tracker {year}", f"Retirement housing: market review {year}"]),
            "URL": f"https://www.{name.lower()}.com/{self.fakers['en_GB'].slug()}", "accessed": self.accessed_after(year),
        }  # fmt: skip
        if name == "LaingBuisson" and self.rng.random() < 0.4:  # a named analyst's report
            record["author"] = self._people(2)
            return self._person_work(record, "report")
        return self._org(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "author": self._people(2),
            "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path(), "accessed": self.accessed_after(year + 1),
        }  # fmt: skip
        return self._person_work(record, "news")

    def _press(self) -> Work:  # an unsigned article, cited by its paper
        year = self.year()
        name = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": name,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path(), "accessed": self.accessed_after(year + 1),
        }  # fmt: skip
        return self._org(record, "news", name, {"press"})

    def _social(self) -> Work:
        name = self.rng.choice(_COMPANIES + _CHARITIES)
        record = self._web_record(
            self.rng.choice(
                [
                    "We're proud to announce our new home in",
                    "Dementia Action Week starts today",
                    "Thank you to our amazing carers",
                    "Talking about death won't kill you",
                ]
            ),
            True,
        )
        record["type"] = "post"
        record["container-title"] = self.rng.choice(["LinkedIn", "Facebook", "Instagram", "X"])
        return self._org(record, "social", name, {"social"})

    def _video(self) -> Work:
        name = self.rng.choice(_COMPANIES + _CHARITIES)
        record = self._web_record(
            self.rng.choice(
                [
                    "A day in the life of a carer",
                    "Inside our new retirement village",
                    "What happens at a direct cremation?",
                    "Equity release explained",
                ]
            ),
            True,
        )
        record["type"] = "motion_picture"
        record["medium"] = "YouTube"
        return self._org(record, "video", name, {"video"})

    def _podcast(self) -> Work:
        record = self._web_record(
            self.rng.choice(
                ["Episode 12: selling care to families", "Grief, money and funerals", "Ageing well with technology"]
            ),
            True,
        )
        record["type"] = "song"
        record["author"] = self._people(2)
        record["container-title"] = self.rng.choice(
            ["The Later Life Podcast", "Dying Matters Podcast", "The Care Marketer"]
        )
        return self._person_work(record, "podcast")

    def _undated(self) -> Work:
        if self.rng.random() < 0.4:
            record = self._web_record(self._title(), False)
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        record = self._web_record(
            self.rng.choice(["Paying for care", "How much does a funeral cost?", self._title()]), False
        )
        return self._org(record, "web", name, tags | {"undated"})
