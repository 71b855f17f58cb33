"""Works cited by marketers at recycling and waste firms, deposit-return operators, refill shops, packaging makers,
reverse-vending makers and litter charities in the UK, Norway, Germany, the Netherlands, Japan and Kenya.

Written for the "blind350" pool without reading the checker: books, chapters and journal articles with one to
eight authors (Norwegian, German, Dutch, Japanese, Kenyan and British names as their journals print them),
government and public-body reports, companies' pages and annual reports, charities, trade bodies and campaigns,
press articles, market-research reports and the marketing texts every candidate cites.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
import re
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "web", "report", "news")  # the kinds of work, as Work.kind names them

# (family, given, particle) as the journals print them.
_NAMES = {
    "uk": [("Smith", "Rachel", ""), ("Jones", "Gareth", ""), ("Taylor", "Hannah", ""), ("Williams", "Owen", ""),
           ("Brown", "Fiona", ""), ("Evans", "Rhys", ""), ("O'Connor", "Siobhan", ""), ("McAllister", "Iain", ""),
           ("Hughes-Wilson", "Claire", ""), ("Patel", "Anjali", ""), ("Whitaker", "Tom", ""), ("Fraser", "Eilidh", ""),
           ("Ashworth", "Jonathan", ""), ("Barr", "Stewart", ""), ("Gilg", "Andrew", ""), ("Lyon-Hart", "Imogen", "")],
    "no": [("Sørensen", "Ingrid", ""), ("Løvdal", "Kari", ""), ("Hægeland", "Torbjørn", ""), ("Aas", "Marit", ""),
           ("Bjørnstad", "Erlend", ""), ("Ødegård", "Sigrid", ""), ("Haugen", "Lars", ""), ("Strøm", "Håkon", ""),
           ("Kvale", "Åse", ""), ("Dæhlen", "Vegard", ""), ("Ås", "Solveig", ""), ("Nygård", "Øystein", "")],
    "de": [("Müller", "Jürgen", ""), ("Schäfer", "Anke", ""), ("Weiß", "Katrin", ""), ("Hagen", "Klara", "von"),
           ("Bülow", "Friedrich", "von"), ("Köhler", "Stefan", ""), ("Krüger", "Lena", ""), ("Böhm", "Matthias", ""),
           ("Groß", "Sabine", ""), ("Hoffmann", "Jörg", ""), ("Möller", "Ute", ""), ("Schröder", "Tobias", "")],
    "nl": [("Dijk", "Thijs", "van"), ("Berg", "Lotte", "van der"), ("Vries", "Sanne", "de"), ("Jong", "Pieter", "de"),
           ("Velde", "Maarten", "van de"), ("Bakker", "Femke", ""), ("Visser", "Joost", ""), ("Linden", "Eva", "van der"),
           ("Graaf", "Bram", "de"), ("Beek", "Anouk", "van"), ("Jansen", "Ruud", ""), ("Meer", "Ilse", "van der")],
    "jp": [("Tanaka", "Hiroshi", ""), ("Suzuki", "Yuki", ""), ("Nakamura", "Aiko", ""), ("Sato", "Kenji", ""),
           ("Watanabe", "Emi", ""), ("Yamamoto", "Takeshi", ""), ("Kobayashi", "Naoko", ""), ("Itō", "Daisuke", ""),
           ("Hosoda", "Eiji", ""), ("Yoshida", "Mariko", ""), ("Matsumoto", "Ryo", ""), ("Ōno", "Satoshi", "")],
    "ke": [("Kamau", "Wanjiru", ""), ("Njoroge", "Peter", ""), ("Mwangi", "Grace", ""), ("Wanjiku", "Esther", ""),
           ("Otieno", "Brian", ""), ("Odhiambo", "Achieng", ""), ("Ochieng", "Kevin", ""), ("Onyango", "Akinyi", ""),
           ("Kiprotich", "Daniel", ""), ("Chebet", "Faith", ""), ("Kipchumba", "Collins", ""), ("Jepkosgei", "Mercy", ""),
           ("Gitau", "Njeri", ""), ("Wambui", "Ruth", ""), ("Korir", "Evans", "")],
}  # fmt: skip

_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("Biffa plc", {"company"}), ("Veolia Environnement SA", {"company"}), ("Viridor Ltd", {"company"}),
    ("Renewi plc", {"company"}), ("Remondis SE & Co. KG", {"company", "ampersand"}), ("Infinitum AS", {"company"}),
    ("TOMRA Systems ASA", {"company", "acronym"}), ("DS Smith Plc", {"company"}), ("Amcor plc", {"company"}),
    ("Coca-Cola HBC AG", {"company"}), ("Toyo Seikan Group Holdings, Ltd.", {"company", "comma"}),
    ("Mr Green Trading Africa Ltd", {"company"}), ("Suez", {"company"}), ("Circularity Scotland Ltd", {"company"}),
    ("Keep Britain Tidy", {"charity"}), ("Surfers Against Sewage", {"charity"}), ("Zero Waste Europe", {"charity"}),
    ("Zero Waste Scotland", {"charity"}), ("Ellen MacArthur Foundation", {"charity"}),
    ("Chartered Institution of Wastes Management (CIWM)", {"trade-body", "abbreviation"}),
    ("Environmental Services Association (ESA)", {"trade-body", "abbreviation"}),
    ("British Plastics Federation (BPF)", {"trade-body", "abbreviation"}), ("Reloop Platform", {"trade-body"}),
    ("Hold Norge Rent", {"charity"}), ("Kenya Association of Manufacturers (KAM)", {"trade-body", "abbreviation"}),
    ("WRAP", {"charity", "acronym"}), ("Women's Environmental Network", {"charity", "apostrophe"}),
    ("Abel & Cole", {"company", "ampersand"}), ("Marks & Spencer Group plc", {"company", "ampersand"}),
    ("Sainsbury's", {"company", "apostrophe"}), ("Kenya Plastics Pact", {"charity"}),
]  # fmt: skip
_GOVERNMENT: list[tuple[str, set[str]]] = [
    ("Department for Environment, Food & Rural Affairs", {"government", "ampersand", "comma"}),
    ("Department for Environment, Food & Rural Affairs (Defra)", {"government", "ampersand", "comma", "abbreviation"}),
    ("Defra", {"government", "acronym"}), ("Environment Agency", {"government"}), ("WRAP", {"government", "acronym"}),
    ("Scottish Government", {"government"}), ("Office for National Statistics (ONS)", {"government", "abbreviation"}),
    ("Office for National Statistics", {"government"}), ("Competition and Markets Authority (CMA)", {"government", "abbreviation"}),
    ("Competition and Markets Authority", {"government"}), ("Miljødirektoratet", {"government"}),
    ("Umweltbundesamt (UBA)", {"government", "abbreviation"}), ("Umweltbundesamt", {"government"}),
    ("Rijkswaterstaat", {"government"}), ("Ministry of the Environment, Japan", {"government", "comma"}),
    ("Ministry of the Environment (Japan)", {"government"}),
    ("National Environment Management Authority (NEMA)", {"government", "abbreviation"}),
    ("Kenya National Bureau of Statistics (KNBS)", {"government", "abbreviation"}),
    ("Kenya National Bureau of Statistics", {"government"}), ("European Commission", {"government"}),
    ("UNEP", {"government", "acronym"}), ("United Nations Environment Programme", {"government"}),
    ("OECD", {"government", "acronym"}),
]  # fmt: skip
_RESEARCH = ["Eunomia", "Mintel", "Statista", "Kantar", "YouGov", "NielsenIQ", "Euromonitor International"]
_PRESS = ["letsrecycle.com", "Materials Recycling World", "The Guardian", "The Times", "BBC News", "Aftenposten",
          "Der Spiegel", "NRC", "The Japan Times", "Daily Nation", "Business Daily", "Packaging News"]  # fmt: skip
_JOURNALS = ["Resources, Conservation and Recycling", "Waste Management", "Journal of Cleaner Production",
             "Journal of Industrial Ecology", "Journal of Environmental Psychology",
             "Journal of Public Policy & Marketing", "Journal of Consumer Behaviour", "Journal of Marketing Management",
             "Sustainability", "Business Strategy and the Environment"]  # fmt: skip
_TOPICS = ["deposit-return schemes", "refill and reuse", "extended producer responsibility", "greenwashing",
           "green claims", "recycling behaviour", "litter campaigns", "reverse vending", "plastic packaging",
           "zero-waste shopping", "the circular economy", "kerbside collection", "digital nudges for recycling",
           "bottle returns", "single-use plastics", "eco-labels", "on-pack recycling labels", "refillable packaging",
           "household food waste", "social media and sustainability"]  # fmt: skip
_PLACES = ["the UK", "Norway", "Germany", "the Netherlands", "Japan", "Kenya", "Scotland", "Nairobi", "Europe", "Wales"]

_PUBLISHERS = {"Routledge": "Abingdon", "Kogan Page": "London", "Palgrave Macmillan": "Cham", "Springer": "Cham",
               "Edward Elgar": "Cheltenham", "Greenleaf": "Sheffield", "Universitetsforlaget": "Oslo"}  # fmt: skip
_GOV_SITES = {"Defra": "gov.uk/government/publications", "Department": "gov.uk/government/publications",
              "Environment": "gov.uk/government/publications", "Office": "ons.gov.uk/releases",
              "Competition": "gov.uk/cma-cases", "WRAP": "wrap.ngo/resources", "Scottish": "gov.scot/publications",
              "Miljødirektoratet": "miljodirektoratet.no/publikasjoner", "Umweltbundesamt": "umweltbundesamt.de/publikationen",
              "Rijkswaterstaat": "rijkswaterstaat.nl/publicaties", "Ministry": "env.go.jp/en",
              "National": "nema.go.ke/reports", "Kenya": "knbs.or.ke/reports", "European": "environment.ec.europa.eu",
              "UNEP": "unep.org/resources", "United": "unep.org/resources", "OECD": "oecd.org/environment"}  # fmt: skip


def _site(name: str) -> str:
    """A firm's or charity's web address from its name: "Keep Britain Tidy" at keepbritaintidy."""
    return re.sub(r"[^a-z]", "", name.split(" (")[0].lower().replace(" plc", "").replace(" ltd", ""))[:24]


# The marketing texts every candidate cites: (authors as (family, given, particle), title, publisher, place, years).
_CLASSICS = [
    ([("Kotler", "Philip", ""), ("Keller", "Kevin Lane", "")], "Marketing management", "Pearson", "Harlow", [2016, 2022]),
    ([("Chaffey", "Dave", ""), ("Ellis-Chadwick", "Fiona", "")], "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow", [2019, 2022]),
    ([("Belz", "Frank-Martin", ""), ("Peattie", "Ken", "")], "Sustainability marketing: a global perspective", "Wiley", "Chichester", [2012]),
    ([("Jobber", "David", ""), ("Ellis-Chadwick", "Fiona", "")], "Principles and practice of marketing", "McGraw-Hill", "London", [2019, 2023]),
    ([("Ottman", "Jacquelyn A.", "")], "The new rules of green marketing", "Routledge", "Abingdon", [2011]),
    ([("Ryan", "Damian", "")], "Understanding digital marketing", "Kogan Page", "London", [2020]),
    ([("Thaler", "Richard H.", ""), ("Sunstein", "Cass R.", "")], "Nudge: improving decisions about health, wealth and happiness", "Penguin", "London", [2009]),
    ([("Kotler", "Philip", ""), ("Lee", "Nancy R.", "")], "Social marketing: influencing behaviors for good", "Sage", "Thousand Oaks, CA", [2016]),
]  # fmt: skip


class Blind350WorkFactory(WorkFactory):
    """The blind350 pool's works. A subclass, so the other halves' factories are unchanged."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 350350)
        self.dated_orgs: list[tuple[str, set[str], int]] = []
        self.person_years: list[tuple[list[dict[str, str]], int]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        region = self.rng.choices(list(_NAMES), weights=[30, 14, 14, 14, 12, 16])[0]
        if self.rng.random() < 0.25:
            return super().person()
        family, given, particle = self.rng.choice(_NAMES[region])
        name = {"family": family, "given": given}
        if particle:
            name["non-dropping-particle"] = particle
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 15, 9, 6, 4, 3, 3][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if all(p["family"] != person["family"] for p in people):
                people.append(person)
        return people

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        return self.rng.randint(2005, 2025)

    def _accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        low = max(2023, year or 2023)
        return {
            "date-parts": [[self.rng.randint(low, max(low, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]]
        }

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        place = self.rng.choice(_PLACES)
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {place}: evidence from a consumer survey",
            f"Why consumers return bottles: {topic} and habit",
            f"Communicating {topic} to households in {place}",
            f"{topic[0].upper()}{topic[1:]} and brand trust",
            f"Nudging recycling: {topic} on social media",
            f"From waste to value: {topic} in {place}",
            f"The effect of {topic} on purchase intention",
            f"Marketing {topic}: lessons from {place}",
        ]
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "organisation-web", "organisation-report", "government", "market-research",
             "web-person", "press", "undated-web", "classic"],
            weights=[8, 5, 24, 12, 10, 12, 8, 4, 9, 4, 6],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then one organisation twice in one year ("Defra, 2023a" and "2023b").
        group = "government" in tags, "market-research" in tags, "press" in tags
        same = [
            o for o in self.dated_orgs if ("government" in o[1], "market-research" in o[1], "press" in o[1]) == group
        ]
        if same and "issued" in record and self.rng.random() < 0.15:
            name, tags, year = self.rng.choice(same)
            record["issued"] = {"date-parts": [[year, *record["issued"]["date-parts"][0][1:]]]}
            if "accessed" in record:  # a dated article is read after its day: a year on
                record["accessed"] = self._accessed_after(
                    year + 1 if len(record["issued"]["date-parts"][0]) > 1 else year
                )
            if record.get("publisher") and kind == "report" and "market-research" not in tags:
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated_orgs.append((name, set(tags), record["issued"]["date-parts"][0][0]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self._title(), "author": self._people(4),
            "issued": {"date-parts": [[self.year()]]},
            "publisher": (publisher := self.rng.choice(list(_PUBLISHERS))), "publisher-place": _PUBLISHERS[publisher],
        }  # fmt: skip
        if self.rng.random() < 0.2:
            record["edition"] = str(self.rng.randint(2, 5))
        return self._person_work(record, "book")

    def _classic(self) -> Work:
        authors, title, publisher, place, years = self.rng.choice(_CLASSICS)
        record: dict[str, Any] = {
            "type": "book", "title": title,
            "author": [{"family": f, "given": g, **({"non-dropping-particle": p} if p else {})} for f, g, p in authors],
            "issued": {"date-parts": [[self.rng.choice(years)]]}, "publisher": publisher, "publisher-place": place,
        }  # fmt: skip
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["The Routledge handbook of waste, resources and the circular economy",
                                                "Handbook of sustainability marketing", "Circular economy and marketing",
                                                "The Palgrave handbook of social marketing"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "Edward Elgar", "Palgrave Macmillan"]),
            "publisher-place": self.rng.choice(["Abingdon", "Cheltenham", "Cham"]),
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        year = self.year()
        authors = self._people(8)
        if self.person_years and self.rng.random() < 0.1:  # one author's two papers of one year: 2021a and 2021b
            authors, year = self.rng.choice(self.person_years)
            authors = [dict(a) for a in authors]
        self.person_years.append((authors, year))
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": authors,
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[year]]},
            "volume": str(self.rng.randint(5, 210)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.1016/j.{self.rng.choice(['resconrec', 'wasman', 'jclepro', 'jenvp'])}.{year}.{self.rng.randint(100000, 999999)}"
            )
        return self._person_work(record, "journal")

    def _web_person(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "webpage", "title": self._title(), "author": self._people(2), "issued": {"date-parts": [[year]]},
            "URL": f"https://www.{self.rng.choice(['linkedin.com/pulse', 'medium.com', 'resource.co', 'circularonline.co.uk'])}/{self.fakers['en_GB'].slug()}",
            "accessed": self._accessed_after(year),
        }  # fmt: skip
        return self._person_work(record, "web")

    def _organisation_web(self) -> Work:
        name, tags = self.organisation()
        slug = self.fakers["en_GB"].slug()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(),
                                  "URL": f"https://www.{_site(name)}.com/{slug}"}  # fmt: skip
        year = self.year() if self.rng.random() < 0.85 else None
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after(year)
        return self._org_work(record, "web", name, tags)

    def _undated_web(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(["About us", "Our impact", "How it works", "Refill near you", "Where to return your bottles", "Our sustainability strategy"]),
                                  "URL": f"https://www.{_site(name)}.org/{self.fakers['en_GB'].slug()}",
                                  "accessed": self._accessed_after(None)}  # fmt: skip
        return self._org_work(record, "web", name, tags | {"undated"})

    def _organisation_report(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        record: dict[str, Any] = {
            "type": "report",
            "title": self.rng.choice([f"Annual report {year}", f"Sustainability report {year}", f"Impact report {year}", self._title()]),
            "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0], "publisher-place": self.rng.choice(["London", "Oslo", "Asker", "Lünen", "Amsterdam", "Tokyo", "Nairobi", "Edinburgh"]),
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = f"https://www.{_site(name)}.com/reports/{self.fakers['en_GB'].slug()}"
            record["accessed"] = self._accessed_after(year)
        return self._org_work(record, "report", name, tags)

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        year = self.year() if self.rng.random() < 0.92 else None
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]), "title": self._title(),
            "URL": f"https://www.{_GOV_SITES[name.split()[0]]}/{self.fakers['en_GB'].slug()}",
            "accessed": self._accessed_after(year),
        }  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, set(tags))

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.9 else None
        place = self.rng.choice(["UK", "Norway", "Germany", "Netherlands", "Japan", "Kenya", "Europe"])
        market = self.rng.choice(
            [
                "bottled water",
                "refill and reuse",
                "household cleaning",
                "soft drinks",
                "packaging waste",
                "sustainable shopping",
            ]
        )
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"{market.capitalize()} - {place} - {year or 2024}",
                                                        f"Attitudes towards {market} in {place}",
                                                        f"{place}: consumer attitudes to recycling {year or 2024}"]),
            "publisher": name, "URL": f"https://www.{name.split()[0].lower()}.com/{self.fakers['en_GB'].slug()}",
            "accessed": self._accessed_after(year),
        }  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, "report", name, {"market-research"})

    def _press(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.example-news.com/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        record["accessed"] = {
            "date-parts": [
                [self.rng.randint(max(2023, year + 1), 2026), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            ]
        }
        if self.rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})
