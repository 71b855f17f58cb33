"""The blind245 pool's works: what marketers at UK and Irish dairy, meat, bakery and food-processing firms and farmer
co-operatives cite in CIM Level 6 and 7 reports and MBA assignments on export, brand and trade marketing.

Textbooks from Routledge, Sage, Wiley-Blackwell, Woodhead Publishing and Kogan Page, chapters, food-policy,
agricultural-economics, dairy-science and marketing journals with up to eight authors and DOIs, theses from Harper
Adams, the RAU, UCD, UCC, Queen's, Reading and SRUC, conference papers (AES, EAAE, the Academy of Marketing), public
bodies and regulators (two works of a body in a year now and then), trade bodies and charities, co-operatives' and
processors' pages, annual reports and investor decks, market research with years, the farming, trade and national
press signed and unsigned, social posts, videos, podcasts and undated pages. Names as their owners print them:
British double-barrelled names, Irish names with Ó, Ní and Mac, Danish and German names, South Asian and Brazilian
names. Written without reading the checker, its tests or any other pool.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
import unicodedata
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IE", "en_IE", "da_DK", "de_DE", "pt_BR", "en_IN", "nl_NL"]
# Names as the region's scholars print them on their papers (family, given); no hyphen in a given name.
_NAMES = [
    ("Ó Briain", "Siobhán"), ("Ní Bhriain", "Aoife"), ("Ó Súilleabháin", "Pádraig"), ("Ní Dhuibhir", "Máire"),
    ("Ó Cinnéide", "Cathal"), ("Ní Chonaill", "Gráinne"), ("Mac Giolla Phádraig", "Seán"), ("MacDonagh", "Ciara"),
    ("McCarthy", "Donal"), ("O'Donovan", "Niamh"), ("O'Reilly", "Eoin"), ("Mac an tSaoi", "Orla"),
    ("Sørensen", "Mette"), ("Kristensen", "Søren"), ("Østergaard", "Line"), ("Bækgaard", "Rasmus"),
    ("Müller", "Jürgen"), ("Schäfer", "Katrin"), ("Weiß", "Tobias"), ("Hoffmann", "Anja"),
    ("Patel", "Priya"), ("Chaudhary", "Anil"), ("Banerjee", "Rohit"), ("Iyer", "Lakshmi"), ("Singh", "Harpreet"),
    ("Sharma", "Deepa"), ("Rahman", "Tanvir"), ("Pereira", "João"), ("Gonçalves", "Mariana"), ("Araújo", "Thiago"),
    ("Carvalho", "Fernanda"), ("Hallam-Baker", "Philippa"), ("Fox-Strangways", "Henry"), ("Lloyd-Jones", "Rhian"),
    ("Pryce-Davies", "Gethin"), ("Cunningham-Reid", "Fiona"), ("Hennessy", "Brendan"), ("Breen", "Thia"),
    ("Dillon", "Emma"), ("Thorne", "Fiona"), ("Läpple", "Doris"), ("Loughrey", "Jason"), ("Moran", "Brian"),
]  # fmt: skip
_PARTICLE_NAMES = [("de", "Brún", "Tomás"), ("van", "Doorn", "Jeroen"), ("da", "Silva", "Rafael"),
                   ("dos", "Santos", "Beatriz"), ("von", "Bülow", "Karin"), ("de", "Burca", "Éamon")]  # fmt: skip

_PUBLISHERS = [("Routledge", "Abingdon"), ("Sage", "London"), ("Wiley-Blackwell", "Chichester"),
               ("Woodhead Publishing", "Cambridge"), ("Kogan Page", "London"), ("Palgrave Macmillan", "Cham"),
               ("Pearson", "Harlow"), ("CABI", "Wallingford")]  # fmt: skip
_JOURNALS = ["British Food Journal", "Food Policy", "Journal of Agricultural Economics",
             "International Journal of Dairy Technology", "Meat Science", "Appetite", "Journal of Marketing Management",
             "Irish Journal of Agricultural and Food Research", "EuroChoices", "Journal of Dairy Science",
             "Food Quality and Preference", "International Food and Agribusiness Management Review"]  # fmt: skip
_UNIVERSITIES = ["Harper Adams University", "Royal Agricultural University", "University College Dublin",
                 "University College Cork", "Queen's University Belfast", "University of Reading",
                 "Scotland's Rural College (SRUC)"]  # fmt: skip
_CONFERENCES = [("Agricultural Economics Society Annual Conference", "University of Warwick, Coventry"),
                ("Agricultural Economics Society Annual Conference", "University of Edinburgh"),
                ("EAAE Congress", "Rennes"), ("EAAE Seminar on Food Chains", "Dublin"),
                ("Academy of Marketing Annual Conference", "Cardiff"), ("Academy of Marketing Annual Conference", "University of Cambridge")]  # fmt: skip
_TOPICS = ["grass-fed dairy", "country-of-origin labelling", "farmer co-operatives", "butter exports",
           "private-label cheese", "red meat demand", "plant-based milk", "bakery brands", "the milk price",
           "Origin Green", "sustainable beef", "supply-chain power", "HFSS promotions", "food waste",
           "animal welfare labels", "premium butter", "Protected Geographical Indications", "retail buyers",
           "food inflation", "export market entry", "brand heritage", "carbon footprint labels", "poultry brands",
           "consumer trust in farming", "infant formula exports"]  # fmt: skip
_PUBLIC = [
    ("Department for Environment, Food & Rural Affairs", {"government", "ampersand", "comma"}),
    ("Department for Environment, Food & Rural Affairs (Defra)", {"government", "ampersand", "comma", "abbreviation"}),
    ("Food Standards Agency", {"government"}), ("Food Standards Agency (FSA)", {"government", "abbreviation"}),
    ("Food Standards Scotland", {"government"}), ("Agriculture and Horticulture Development Board", {"government"}),
    ("AHDB", {"government", "acronym"}), ("Bord Bia", {"government"}), ("Teagasc", {"government"}),
    ("Department of Agriculture, Food and the Marine", {"government", "comma"}),
    ("Food Safety Authority of Ireland", {"government"}), ("Groceries Code Adjudicator", {"government"}),
    ("Advertising Standards Authority (ASA)", {"government", "abbreviation"}),
    ("Office for National Statistics", {"government"}), ("ONS", {"government", "acronym"}),
    ("Central Statistics Office", {"government"}), ("European Commission", {"government"}),
]  # fmt: skip
_TRADE = [
    ("Dairy UK", {"trade-body"}), ("National Farmers' Union (NFU)", {"trade-body", "apostrophe", "abbreviation"}),
    ("National Farmers' Union", {"trade-body", "apostrophe"}), ("Irish Farmers' Association", {"trade-body", "apostrophe"}),
    ("Irish Co-operative Organisation Society (ICOS)", {"trade-body", "abbreviation"}),
    ("British Meat Processors Association", {"trade-body"}), ("Food and Drink Federation", {"trade-body"}),
    ("Food & Drink Federation (FDF)", {"trade-body", "ampersand", "abbreviation"}), ("Red Tractor", {"trade-body"}),
    ("Federation of Bakers", {"trade-body"}), ("Compassion in World Farming", {"charity"}), ("WRAP", {"charity", "acronym"}),
]  # fmt: skip
_COMPANIES = [
    ("Arla Foods amba", {"company", "lowercase"}), ("Arla Foods UK", {"company"}),
    ("Müller UK & Ireland Group LLP", {"company", "ampersand"}), ("First Milk Ltd", {"company"}),
    ("Dairygold Co-Operative Society Ltd", {"company"}), ("Ornua Co-operative Ltd", {"company"}),
    ("Tirlán Ltd", {"company"}), ("Lakeland Dairies Co-operative Society Ltd", {"company"}),
    ("ABP Food Group", {"company"}), ("Dawn Meats Group", {"company"}), ("Cranswick plc", {"company", "lowercase"}),
    ("Pilgrim's Pride Ltd", {"company", "apostrophe"}), ("Moy Park Ltd", {"company"}), ("Warburtons Ltd", {"company"}),
    ("Hovis Ltd", {"company"}), ("Kerry Group plc", {"company"}), ("Glanbia plc", {"company"}),
    ("Premier Foods plc", {"company"}), ("Dale Farm Ltd", {"company"}), ("Kepak Group", {"company"}),
]  # fmt: skip
_RESEARCH = [
    "Kantar Worldpanel",
    "NielsenIQ",
    "Mintel",
    "IGD",
    "AHDB",
    "Bord Bia",
    "Statista",
    "Euromonitor International",
]
_PRESS = ["Farmers Weekly", "Farmers Journal", "Agriland", "The Grocer", "Food Manufacture", "Dairy Reporter",
          "Financial Times", "The Guardian", "The Irish Times", "BBC News"]  # fmt: skip
_PLATFORMS = ["LinkedIn", "X", "Instagram", "TikTok", "Facebook"]


def _domain(name: str) -> str:
    """A web address's name from an organisation's first word, without accents or apostrophes."""
    plain = unicodedata.normalize("NFKD", name.split()[0]).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain if ch.isalnum()).lower()


class Blind245WorkFactory(WorkFactory):
    """Works for the blind245 pool; a subclass, so no other pool's works change."""

    # The kinds of work its reports hold, as each work records its kind.
    KINDS = (
        "book",
        "chapter",
        "journal",
        "thesis",
        "conference",
        "report",
        "web",
        "news",
        "social",
        "video",
        "podcast",
    )
    # What make() draws from: public bodies, trade bodies, companies and undated pages are "web" or "report" works.
    MAKERS = ("book", "chapter", "journal", "thesis", "conference", "government", "trade-body", "company",
              "annual-report", "market-research", "news", "social", "video", "podcast", "undated-web")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 245)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.issued: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people, organisations, dates
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.35:
            family, given = self.rng.choice(_NAMES)
            return {"family": family, "given": given}
        if roll < 0.41:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name().split()[-1], fake.first_name().split("-")[0]
        roll = self.rng.random()
        if roll < 0.08:
            family = f"{family}-{self.fakers['en_GB'].last_name().split()[-1]}"
        elif roll < 0.13:
            family = self.rng.choice(["O'", "Mc", "Mac"]) + self.fakers["en_GB"].last_name().split("-")[0]
        return {"family": family, "given": given}

    def year(self) -> int:
        if self.rng.random() < 0.05:  # the classics still on reading lists
            return self.rng.randint(1985, 2004)
        return self.rng.randint(2010, 2025)

    def accessed_after(self, issued: list[int] | int | None) -> dict[str, list[list[int]]]:
        """An access date no earlier than the work's date (a post of 8 December is not read in May)."""
        parts = [issued] if isinstance(issued, int) else list(issued or [])
        drawn = [
            self.rng.randint(max(2022, parts[0] if parts else 2022), 2025),
            self.rng.randint(1, 12),
            self.rng.randint(1, 28),
        ]
        return {"date-parts": [max(drawn, parts + [1, 1][: 3 - len(parts)]) if parts else drawn]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]} and {other}", f"Consumer attitudes to {topic} in Ireland and the UK",
                 f"The role of {topic} in export marketing", f"{topic[0].upper()}{topic[1:]}: evidence from {self.rng.choice(['Ireland', 'Great Britain', 'Northern Ireland', 'Denmark', 'the EU'])}",
                 f"Marketing {topic} to retail buyers", f"Willingness to pay for {topic}",
                 f"Rethinking {topic} after Brexit"]  # fmt: skip
        return self.rng.choice(forms)

    def _body(self, table: list[tuple[str, set[str]]]) -> tuple[str, set[str], dict[str, Any] | None]:
        """A body from the table; now and then one already dated in this report, for its second work of that year
        (2023a, 2023b)."""
        earlier = [(name, tags, issued) for name, tags, issued in self.issued if (name, tags) in table]
        if earlier and self.rng.random() < 0.12:
            return self.rng.choice(earlier)
        name, tags = self.rng.choice(table)
        return name, set(tags), None

    def _dated_org(self, record: dict[str, Any], kind: str, name: str, tags: set[str],
                   issued: dict[str, Any] | None, dated: float = 0.85) -> Work:  # fmt: skip
        if issued is not None:
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
        elif self.rng.random() < dated:
            record["issued"] = {"date-parts": [[self.year()]]}
            self.issued.append((name, tags, record["issued"]))
        if "accessed" in record:
            year = record["issued"]["date-parts"][0][0] if "issued" in record else None
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, kind, name, tags)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            list(self.MAKERS), weights=[11, 5, 22, 3, 3, 9, 7, 7, 5, 8, 8, 3, 2, 2, 5],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS[:5])
        start = self.rng.randint(1, 300)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["Handbook of dairy marketing", "Food marketing: an international perspective",
                                                "The Routledge handbook of food supply chains", "Agri-food export strategy"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(20, 130)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{start}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["DOI"] = (
                f"10.{self.rng.choice(['1108', '1016', '1111', '1080'])}/{self.fakers['en_GB'].lexify('????').upper()}-{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "issued": {"date-parts": [[year]]}, "publisher": self.rng.choice(_UNIVERSITIES),
                                  "genre": self.rng.choice(["PhD thesis", "MSc thesis", "MBA dissertation"])}  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        event, place = self.rng.choice(_CONFERENCES)
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(4),
                                  "container-title": f"Proceedings of the {event}", "event-place": place,
                                  "issued": {"date-parts": [[self.rng.randint(2015, 2025)]]}}  # fmt: skip
        return self._person_work(record, "conference")

    def _government(self) -> Work:
        name, tags, issued = self._body(_PUBLIC)
        slug = self.fakers["en_GB"].slug()
        site = (
            "https://www.gov.uk/government/publications/"
            if "Department for" in name or name in ("Food Standards Agency", "ONS")
            else f"https://www.{_domain(name)}.ie/"
        )
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "URL": site + slug, "accessed": {}}  # fmt: skip
        kind = "report" if record["type"] == "report" else "web"
        return self._dated_org(record, kind, name, tags, issued, dated=0.92)

    def _trade_body(self) -> Work:
        name, tags, issued = self._body(_TRADE)
        record: dict[str, Any] = {"type": "webpage", "title": self._title(),
                                  "URL": f"https://www.{_domain(name)}.org.uk/{self.fakers['en_GB'].slug()}",
                                  "accessed": {}}  # fmt: skip
        return self._dated_org(record, "web", name, tags, issued, dated=0.75)

    def _company(self) -> Work:
        name, tags, issued = self._body(_COMPANIES)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(["Our story", "Our farmers", "Sustainability",
                                                                               "Our brands", "Export markets", self._title()]),
                                  "URL": f"https://www.{_domain(name)}.com/{self.fakers['en_GB'].slug()}",
                                  "accessed": {}}  # fmt: skip
        return self._dated_org(record, "web", name, tags, issued, dated=0.6)

    def _annual_report(self) -> Work:
        name, tags, issued = self._body(_COMPANIES)
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(["Annual report and financial statements", "Annual report",
                                                                              "Sustainability report", "Preliminary results: investor presentation",
                                                                              "Capital markets day presentation"]),
                                  "publisher": name, "publisher-place": self.rng.choice(["Dublin", "Cork", "London", "Manchester", "Hull", "Tralee"])}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = f"https://www.{_domain(name)}.com/investors/{self.fakers['en_GB'].slug()}"
            record["accessed"] = {}
        return self._dated_org(record, "report", name, tags, issued, dated=1.0)

    def _market_research(self) -> Work:
        name, tags, issued = self._body([(firm, {"market-research"}) for firm in _RESEARCH])
        market = self.rng.choice(
            [
                "butter and spreads",
                "cheese",
                "liquid milk",
                "yoghurt",
                "bread and morning goods",
                "red meat",
                "chicken",
                "plant-based dairy alternatives",
                "sausages and bacon",
            ]
        )
        country = self.rng.choice(["the UK", "Ireland", "Great Britain", "Northern Ireland", "Germany", "China"])
        if issued is None and self.rng.random() < 0.9:
            issued = {"date-parts": [[self.rng.randint(2018, 2025)]]}
            self.issued.append((name, tags, issued))
        year = issued["date-parts"][0][0] if issued is not None else 2024
        title = self.rng.choice([f"{market[0].upper()}{market[1:]} - {country.removeprefix('the ')} - {self.rng.choice(['March', 'July', 'November'])} {year}",
                                 f"{country[0].upper()}{country[1:]} {market} market report {year}", f"Consumer insight: {market} in {country}",
                                 f"Global Sustainability Insights {year}", f"Retail sales of {market} in {country}, 2017 to {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name,
                                  "URL": f"https://www.{_domain(name)}.com/{self.fakers['en_GB'].slug()}",
                                  "accessed": {}}  # fmt: skip
        return self._dated_org(record, "report", name, tags, issued, dated=0.0)

    def _news(self) -> Work:
        fake = self.fakers["en_GB"]
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": fake.url() + fake.uri_path(),
        }  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _social(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES + _TRADE)
        platform = self.rng.choice(_PLATFORMS)
        year = self.rng.randint(2019, 2025)
        record: dict[str, Any] = {
            "type": "post", "title": f"{self.rng.choice(['Proud to welcome', 'Our farmers are', 'New on shelf:', 'Meet the family behind'])} {self.rng.choice(_TOPICS)} [{platform}]",
            "container-title": platform, "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.{platform.lower()}.com/{self.fakers['en_GB'].user_name()}", "accessed": {},
        }  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._org_work(record, "social", name, set(tags))

    def _video(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES + _PUBLIC[:10])
        year = self.rng.randint(2015, 2025)
        record: dict[str, Any] = {
            "type": "motion_picture", "title": f"{self._title()} [video]", "container-title": "YouTube",
            "issued": {"date-parts": [[year]]}, "URL": f"https://www.youtube.com/watch?v={self.fakers['en_GB'].lexify('???????????')}",
            "accessed": self.accessed_after(year),
        }  # fmt: skip
        return self._org_work(record, "video", name, set(tags))

    def _podcast(self) -> Work:
        year = self.rng.randint(2018, 2025)
        record: dict[str, Any] = {
            "type": "song", "title": f"{self._title()} [podcast]",
            "container-title": self.rng.choice(["The Farmers Journal Podcast", "Farmers Weekly Podcast", "Grocer 33 podcast", "Agriland Podcast"]),
            "author": self._people(2), "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://podcasts.apple.com/gb/podcast/{self.fakers['en_GB'].slug()}", "accessed": {},
        }  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "podcast")

    def _undated_web(self) -> Work:
        fake = self.fakers["en_GB"]
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": fake.url() + fake.uri_path(),
                                  "accessed": self.accessed_after(None)}  # fmt: skip
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.rng.choice(_TRADE + _COMPANIES + _PUBLIC)
        return self._org_work(record, "web", name, set(tags) | {"undated"})
