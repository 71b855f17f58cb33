"""The blind333 pool's works: what marketers at funeral directors, funeral-plan providers, crematoria, cemeteries,
memorial masons, celebrants, will-writing and probate firms, bereavement charities and online memorial platforms in
the UK, Ireland, Australia, New Zealand, South Africa and the United States cite in CIM Level 6 and 7 reports and MBA
assignments: books, chapters and journal articles on death, grief and services marketing (one to eight authors),
regulators' and statistics offices' reports, firms' pages and annual reports (Ltd, plc, Pty Ltd, Inc., LLC, NPC),
trade bodies, press and market research, with works of no date, access dates on web works, organisations with two
works of a year and one author's two works of a year. Written without reading the checker or any other pool.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "report", "web", "news")
# What make() draws from, by weight: the kinds above come of these.
_MAKES = ("book", "chapter", "journal", "government", "company", "trade-body", "press", "market-research", "web-person",
          "undated-web")  # fmt: skip

# Names as the region's scholars and journals print them (family, given, particle).
_PEOPLE = [
    ("Walter", "Tony", ""), ("Davies", "Douglas", ""), ("Jupp", "Peter", ""), ("Howarth", "Glennys", ""),
    ("Woodthorpe", "Kate", ""), ("Valentine", "Christine", ""), ("Klass", "Dennis", ""), ("Neimeyer", "Robert", ""),
    ("Stroebe", "Margaret", ""), ("Schut", "Henk", ""), ("Corr", "Charles", ""), ("Doka", "Kenneth", ""),
    ("O'Rourke", "Siobhán", ""), ("O'Connor", "Mary", ""), ("Ó Súilleabháin", "Seán", ""), ("MacConville", "Úna", ""),
    ("Mac Giolla Phádraig", "Colm", ""), ("Ní Bhriain", "Aoife", ""), ("McNeill", "Eilidh", ""), ("McKay", "Fiona", ""),
    ("MacLeod", "Calum", ""), ("Merwe", "Pieter", "van der"), ("Plessis", "Annelie", "du"), ("Wyk", "Johan", "van"),
    ("Toit", "Marelize", "du"), ("Heerden", "Riaan", "van"), ("Botha", "Elmarie", ""), ("Nkosi", "Thandiwe", ""),
    ("Mokoena", "Lerato", ""), ("Dlamini", "Sipho", ""), ("Naidoo", "Kavitha", ""), ("Ngata", "Hēmi", ""),
    ("Te Huia", "Mereana", ""), ("Pōtiki", "Rāwiri", ""), ("Tuhiwai Smith", "Linda", ""), ("Parata", "Aroha", ""),
    ("Whaanga", "Tāne", ""), ("Nguyen", "Thi Lan", ""), ("Papadopoulos", "Eleni", ""), ("Kelly", "Brendan", ""),
    ("Fitzgerald", "Niamh", ""), ("Kellaher", "Leonie", ""), ("Hockey", "Jenny", ""), ("Sudnow", "David", ""),
    ("Gibbs", "Rachel", ""), ("Holloway", "Margaret", ""), ("Bailey", "Liz", ""), ("Thompson", "Craig", ""),
    ("Arnould", "Eric", ""), ("Price", "Linda", ""), ("Gentry", "James", ""), ("Bonsu", "Samuel", ""),
    ("Kozinets", "Robert", ""), ("Hackley", "Chris", ""), ("Sood", "Sanjay", ""), ("Rogers", "Kaitlin", ""),
    ("Wright", "Hayley", ""), ("Turner", "Jarrah", ""), ("Nakamura", "Yuki", ""), ("Søndergaard", "Mette", ""),
]  # fmt: skip
_GIVEN = ["Sarah", "James", "Ciara", "Declan", "Mhairi", "Aisling", "Thabo", "Annika", "Wiremu", "Kiri", "Chloe",
          "Brad", "Lachlan", "Megan", "Nomvula", "Ruan", "Jessica", "Tyler", "Oisín", "Ngaire"]  # fmt: skip
_JOURNALS = ["Mortality", "Death Studies", "Omega: Journal of Death and Dying", "Journal of Consumer Research",
             "Journal of Services Marketing", "Journal of Consumer Affairs", "Sociology of Health & Illness",
             "Journal of Marketing Management", "Bereavement Care", "Consumption Markets & Culture"]  # fmt: skip
_CLASSICS = [  # the marketing texts every candidate cites (author list, title, publisher, place)
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane")], "Marketing management", "Pearson", "Harlow"),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow"),
    ([("Wilson", "Alan"), ("Zeithaml", "Valarie"), ("Bitner", "Mary Jo"), ("Gremler", "Dwayne")], "Services marketing: integrating customer service across the firm", "McGraw-Hill", "London"),
    ([("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], "Principles and practice of marketing", "McGraw-Hill", "London"),
    ([("Lovelock", "Christopher"), ("Wirtz", "Jochen")], "Services marketing: people, technology, strategy", "Pearson", "Harlow"),
    ([("Ryan", "Damian")], "Understanding digital marketing", "Kogan Page", "London"),
    ([("Sharp", "Byron")], "How brands grow", "Oxford University Press", "South Melbourne"),
    ([("Kapferer", "Jean-Noël")], "The new strategic brand management", "Kogan Page", "London"),
]  # fmt: skip
# Organisations as candidates cite them (name, tags, kind, web domain).
_GOVERNMENT = [
    ("Competition and Markets Authority", {"government"}), ("Competition and Markets Authority (CMA)", {"government", "abbreviation"}),
    ("Financial Conduct Authority", {"government"}), ("Financial Conduct Authority (FCA)", {"government", "abbreviation"}),
    ("Office for National Statistics", {"government"}), ("Office for National Statistics (ONS)", {"government", "abbreviation"}),
    ("Ministry of Justice", {"government"}), ("National Records of Scotland", {"government"}),
    ("Central Statistics Office", {"government"}), ("Australian Bureau of Statistics", {"government"}),
    ("Australian Bureau of Statistics (ABS)", {"government", "abbreviation"}), ("Stats NZ", {"government"}),
    ("Statistics South Africa", {"government"}), ("Federal Trade Commission", {"government"}),
    ("Federal Trade Commission (FTC)", {"government", "abbreviation"}),
    ("Centers for Disease Control and Prevention", {"government"}),
]  # fmt: skip
_DOMAINS = {"Competition": "gov.uk/cma-cases", "Financial": "fca.org.uk/publications", "Office": "ons.gov.uk",
            "Ministry": "gov.uk/government/statistics", "National Records": "nrscotland.gov.uk/statistics-and-data",
            "Central": "cso.ie/en/releasesandpublications", "Australian": "abs.gov.au/statistics", "Stats NZ": "stats.govt.nz",
            "Statistics South": "statssa.gov.za", "Federal": "ftc.gov/reports", "Centers": "cdc.gov/nchs"}  # fmt: skip
_COMPANIES = [
    ("Dignity plc", {"company"}), ("Co-operative Group Ltd", {"company"}), ("Pure Cremation Ltd", {"company"}),
    ("Farewill Ltd", {"company"}), ("Golden Charter Ltd", {"company"}), ("InvoCare Ltd", {"company"}),
    ("AVBOB Mutual Assurance Society", {"company"}), ("Service Corporation International", {"company"}),
    ("Legacy.com, Inc.", {"company", "comma"}), ("Avalon Funeral Plans Ltd", {"company"}), ("A.W. Lymn", {"company", "initials"}),
    ("Fanagans Funeral Directors", {"company"}), ("Tributes NZ Ltd", {"company"}), ("Doves Group Pty Ltd", {"company"}),
    ("MuchLoved", {"company"}), ("Much Loved Memorials LLC", {"company"}), ("SunLife", {"company"}),
    ("Cruse Bereavement Support", {"charity"}), ("Marie Curie", {"charity"}), ("Sue Ryder", {"charity"}),
    ("Natural Death Centre", {"charity"}), ("Hospice & Palliative Care Association of South Africa NPC", {"charity", "ampersand"}),
    ("Lymn's Funeral Directors", {"company", "apostrophe"}),
]  # fmt: skip
_TRADE = [
    ("National Association of Funeral Directors", {"trade-body"}), ("National Association of Funeral Directors (NAFD)", {"trade-body", "abbreviation"}),
    ("NAFD", {"trade-body", "acronym"}), ("National Society of Allied and Independent Funeral Directors (SAIF)", {"trade-body", "abbreviation"}),
    ("Funeral Planning Authority", {"trade-body"}), ("National Funeral Directors Association", {"trade-body"}),
    ("National Funeral Directors Association (NFDA)", {"trade-body", "abbreviation"}),
    ("Institute of Cemetery & Crematorium Management (ICCM)", {"trade-body", "ampersand", "abbreviation"}),
    ("Cremation Society of Great Britain", {"trade-body"}), ("Funeral Directors Association of New Zealand", {"trade-body"}),
    ("Irish Association of Funeral Directors", {"trade-body"}), ("Which?", {"trade-body", "punctuation"}),
]  # fmt: skip
_PRESS = ["Funeral Service Times", "The Guardian", "The Times", "The Irish Times", "The Sydney Morning Herald",
          "The New Zealand Herald", "Mail & Guardian", "The New York Times", "Which?", "Funeral Service Journal"]  # fmt: skip
_RESEARCH = ["SunLife", "Mintel", "Statista", "YouGov", "Kantar", "IBISWorld", "Euromonitor International"]
_TOPICS = ["direct cremation", "funeral plans", "price transparency", "online memorials", "digital legacy",
           "grief", "bereavement support", "pre-need funeral insurance", "woodland burial", "funeral poverty",
           "the cost of dying", "livestreamed funerals", "memorialisation on social media", "green funerals",
           "will-writing online", "probate services", "end-of-life planning", "death positivity",
           "funeral comparison websites", "celebrant-led ceremonies", "consumer vulnerability",
           "trust in funeral directors", "digital remembrance", "ash scattering"]  # fmt: skip
_PLACES = ["the UK", "Britain", "Scotland", "Ireland", "Australia", "New Zealand", "Aotearoa", "South Africa",
           "the United States", "England and Wales"]  # fmt: skip


class Blind333WorkFactory(WorkFactory):
    """Works that funeral, memorial and bereavement marketers cite. Own random source; reuses Work and ids."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 333)
        self.dated: list[tuple[str, set[str], int]] = []

    # ------------------------------------------------------------------ names and dates
    def person(self) -> dict[str, str]:
        if self.rng.random() < 0.65:
            family, given, particle = self.rng.choice(_PEOPLE)
        else:
            fake = self.fakers[self.rng.choice(["en_GB", "en_IE", "en_US", "en_GB"])]
            family, given, particle = fake.last_name(), self.rng.choice(_GIVEN), ""
            roll = self.rng.random()
            if roll < 0.08:
                family = self.rng.choice(["O'", "Mc", "Mac"]) + self.fakers["en_GB"].last_name().split("-")[0]
            elif roll < 0.14:
                family = f"{family}-{self.fakers['en_GB'].last_name()}"
        name = {"family": family, "given": given}
        if particle:
            name["non-dropping-particle"] = particle
        return name

    def people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[38, 26, 15, 8, 5, 3, 3, 2][:most])[0]
        chosen: list[dict[str, str]] = []
        while len(chosen) < count:
            name = self.person()
            if name not in chosen:
                chosen.append(name)
        return chosen

    def year(self) -> int:
        if self.rng.random() < 0.06:
            return self.rng.randint(1963, 1998)
        return self.rng.randint(2006, 2025)

    def org_year(self) -> int:
        return self.rng.randint(2008, 2025)  # bodies and firms cited for what they publish now

    def accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        start = max(2022, year or 2022)
        return {"date-parts": [[self.rng.randint(start, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        place = self.rng.choice(_PLACES)
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {place}",
            f"{topic[0].upper()}{topic[1:]} and {other}",
            f"Rethinking {topic}: evidence from {place}",
            f"Consumers, {topic} and the funeral market",
            f"The marketisation of death: {topic} in {place}",
            f"When {topic} meets {other}",
            f"{topic[0].upper()}{topic[1:]}: a services marketing perspective",
            f"Vulnerable consumers and {topic}",
            f"Managing {topic} in {place}'s funeral sector",
        ]
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(_MAKES), weights=[12, 6, 22, 12, 13, 8, 10, 8, 5, 4])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        if self.rng.random() < 0.35:
            authors, title, publisher, place = self.rng.choice(_CLASSICS)
            record: dict[str, Any] = {"type": "book", "title": title,
                                      "author": [{"family": f, "given": g} for f, g in authors],
                                      "issued": {"date-parts": [[self.rng.randint(2008, 2024)]]},
                                      "publisher": publisher, "publisher-place": place}  # fmt: skip
            if self.rng.random() < 0.6:
                record["edition"] = str(self.rng.randint(2, 16))
        else:
            record = {"type": "book", "title": self.title(), "author": self.people(4),
                      "issued": {"date-parts": [[self.year()]]},
                      "publisher": self.rng.choice(["Routledge", "Palgrave Macmillan", "Policy Press", "Bloomsbury",
                                                    "Manchester University Press", "Wits University Press",
                                                    "Auckland University Press", "UNSW Press"]),
                      "publisher-place": self.rng.choice(["Abingdon", "London", "Bristol", "Manchester",
                                                          "Johannesburg", "Auckland", "Sydney", "New York"])}  # fmt: skip
        return self._with_twin(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self.title(), "author": self.people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["The Routledge handbook of death and the afterlife",
                                                "Death, memory and material culture", "Funerals and consumer culture",
                                                "Digital afterlife: death matters in a digital age",
                                                "Grief and bereavement in contemporary society"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "Palgrave Macmillan"]),
            "publisher-place": "London",
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(10, 25)}",
        }  # fmt: skip
        return self._with_twin(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self.title(), "author": self.people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(5, 90)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.rng.choice(['mort', 'ds', 'jcr', 'jsm'])}.{self.rng.randint(1000, 99999)}"
            )
        return self._with_twin(record, "journal")

    def _with_twin(self, record: dict[str, Any], kind: str) -> Work:
        return self._person_work(record, kind)

    def _web_person(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "webpage", "title": self.title(), "author": self.people(2), "issued": {"date-parts": [[year]]},
            "URL": f"https://www.{self.rng.choice(['funeralguide.co.uk', 'goodfuneralguide.co.uk', 'thegoodgrieftrust.org', 'deathcafe.com'])}/{self.fakers['en_GB'].slug()}",
            "accessed": self.accessed_after(year),
        }  # fmt: skip
        return self._person_work(record, "web")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self.title(),
                                  "URL": f"https://www.{self.fakers['en_GB'].domain_name()}/{self.fakers['en_GB'].slug()}",
                                  "accessed": self.accessed_after(None)}  # fmt: skip
        if self.rng.random() < 0.4:
            record["author"] = self.people(2)
            return self._person_work(record, "web")
        name, tags = self.rng.choice(_COMPANIES + _TRADE)
        return self._org_work(record, "web", name, tags | {"undated"})

    def _org(self, pool: list[tuple[str, set[str]]], record: dict[str, Any], kind: str) -> Work:
        name, tags = self.rng.choice(pool)
        mine = [entry for entry in self.dated if entry[0] in {n for n, _ in pool}]
        if mine and self.rng.random() < 0.13:  # a second work of one organisation in one year ("2023a", "2023b")
            name, tags, year = self.rng.choice(mine)
            record["issued"] = {"date-parts": [[year]]}
        elif self.rng.random() < 0.12:
            record.pop("issued", None)
        if "issued" in record:
            year = record["issued"]["date-parts"][0][0]
            self.dated.append((name, tags, year))
            if "accessed" in record:
                record["accessed"] = self.accessed_after(year)
        if record.get("publisher") == "":
            record["publisher"] = name.split(" (")[0]
        return self._org_work(record, kind, name, set(tags))

    def _government(self) -> Work:
        year = self.org_year()
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self.rng.choice(["Funerals market investigation: final report", f"Deaths registered in {self.rng.choice(_PLACES)}: {year}",
                                      f"Funeral plans: policy statement {self.rng.randint(18, 24)}/{self.rng.randint(1, 9)}",
                                      f"Mortality statistics, {year}", f"Consumer guidance on {self.rng.choice(_TOPICS)}",
                                      self.title()]),
            "issued": {"date-parts": [[year]]}, "publisher": "",
            "URL": "",
            "accessed": self.accessed_after(year),
        }  # fmt: skip
        if record["type"] == "webpage":
            record.pop("publisher")
        work = self._org(_GOVERNMENT, record, "report" if record["type"] == "report" else "web")
        domain = next(d for key, d in _DOMAINS.items() if work.lead.startswith(key))
        work.record["URL"] = f"https://www.{domain}/{self.fakers['en_GB'].slug()}"
        return work

    def _company(self) -> Work:
        year = self.org_year()
        if self.rng.random() < 0.45:
            record: dict[str, Any] = {"type": "report", "title": self.rng.choice([f"Annual report and accounts {year}", f"Impact report {year}", f"Integrated annual report {year}", self.title()]),
                                      "issued": {"date-parts": [[year]]}, "publisher": ""}  # fmt: skip
            if self.rng.random() < 0.6:
                record["URL"] = (
                    f"https://www.{self.fakers['en_GB'].domain_name()}/investors/{self.fakers['en_GB'].slug()}"
                )
                record["accessed"] = self.accessed_after(year)
            return self._org(_COMPANIES, record, "report")
        record = {"type": "webpage", "title": self.rng.choice(["Our prices", "About us", "Direct cremation explained",
                                                               "Funeral plans compared", "Write your will online",
                                                               "Create an online memorial", self.title()]),
                  "issued": {"date-parts": [[year]]}, "URL": f"https://www.{self.fakers['en_GB'].domain_name()}/{self.fakers['en_GB'].slug()}",
                  "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org(_COMPANIES, record, "web")

    def _trade_body(self) -> Work:
        year = self.org_year()
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]),
                                  "title": self.rng.choice([f"Code of practice {year}", f"Funeral trends report {year}", "Standards for funeral plan providers", self.title()]),
                                  "issued": {"date-parts": [[year]]},
                                  "URL": f"https://www.{self.fakers['en_GB'].domain_name()}/{self.fakers['en_GB'].slug()}",
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = ""
        return self._org(_TRADE, record, "report" if record["type"] == "report" else "web")

    def _press(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self.title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.{self.fakers['en_GB'].domain_name()}/{self.fakers['en_GB'].slug()}",
            "accessed": self.accessed_after(year),
        }  # fmt: skip
        issued, accessed = record["issued"]["date-parts"][0], record["accessed"]["date-parts"][0]
        if accessed < issued:  # read on the day it was published or after
            record["accessed"] = {"date-parts": [[issued[0], issued[1], self.rng.randint(issued[2], 28)]]}
        if self.rng.random() < 0.75:
            record["author"] = self.people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.org_year()
        title = {"SunLife": f"Cost of dying report {year}"}.get(name, self.rng.choice([
            f"Funeral services - UK - {self.rng.choice(['March', 'July', 'November'])} {year}",
            f"Funeral homes in {self.rng.choice(['Australia', 'the US', 'Ireland', 'New Zealand', 'South Africa'])}: industry report",
            f"Average cost of a funeral in the UK from 2010 to {year}", f"Attitudes to funeral planning, {year}"]))  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name, "issued": {"date-parts": [[year]]},
                                  "URL": f"https://www.{name.split()[0].lower()}.com/{self.fakers['en_GB'].slug()}",
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org([(name, {"market-research"})], record, "report")
