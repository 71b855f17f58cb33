"""Works for the "blind322" pool: what marketers at tackle and outdoor brands, lodges, angling clubs, licence bodies,
boat builders, marinas, sailing schools and coastal and river tourism bodies cite in CIM Level 6 and 7 reports and MBA
assignments: books, chapters and fisheries, tourism and marketing journals with one to eight authors, the marketing
texts every candidate cites, reports and pages of governments and public bodies in Scotland, Ireland, Norway,
Sweden, Iceland, Canada and New Zealand, firms' pages and annual reports (Ltd, plc, AS, AB, ehf., Inc., S.A., Oyj),
the press signed and unsigned, and market research with and without years.

Written without reading the checker, its tests or any other pool. Names are printed as this region's scholars and
journals print them: Scottish and Irish "Mac", "Mc", "O'" and "Ó", Norwegian and Swedish "ø" and "å", Icelandic
patronymics ("-son", "-dóttir"), Argentine double surnames ("García Morales"), Māori names with macrons and
Canadian names, French and English.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = (
    "book",
    "chapter",
    "journal",
    "classic",
    "government",
    "company",
    "trade-body",
    "press",
    "market-research",
    "web",
)

_LOCALES = ["en_GB", "en_GB", "en_IE", "en_CA", "en_NZ", "no_NO", "sv_SE", "es_AR", "is_IS"]
_NAMES = [
    ("MacLeod", "Eilidh"), ("McAllister", "Fraser"), ("MacKenzie", "Iain"), ("McGregor", "Catriona"),
    ("O'Sullivan", "Niamh"), ("O'Connor", "Seán"), ("Ó Conaill", "Pádraig"), ("Ní Bhriain", "Aoife"),
    ("Mac Aodha", "Ciarán"), ("McGinley", "Declan"), ("MacIver", "Morag"), ("O'Driscoll", "Aisling"),
    ("Sørensen", "Kristin"), ("Løvås", "Håkon"), ("Ødegård", "Ingrid"), ("Bjørnstad", "Eirik"), ("Strøm", "Tove"),
    ("Håkansson", "Åsa"), ("Ångström", "Lars"), ("Sjöberg", "Erik"), ("Lindqvist", "Maja"), ("Aas", "Øystein"),
    ("Guðmundsdóttir", "Sigríður"), ("Jónsson", "Einar"), ("Þórarinsson", "Gunnar"), ("Sigurðardóttir", "Helga"),
    ("Magnússon", "Ragnar"), ("Ólafsdóttir", "Katrín"), ("Einarsson", "Björn"),
    ("García Morales", "Lucía"), ("Fernández Castro", "Martín"), ("Rodríguez Peña", "Valentina"),
    ("Pérez Aguirre", "Santiago"), ("Sánchez Ibarra", "Florencia"), ("Gómez Laborde", "Tomás"),
    ("Te Whata", "Aroha"), ("Ngata", "Hēmi"), ("Tāwhiri", "Mereana"), ("Parata", "Hine"), ("Te Awa", "Rāwiri"),
    ("Tremblay", "Geneviève"), ("Gagnon", "Mathieu"), ("Côté", "Émilie"), ("Bouchard", "Julie"), ("Fraser", "Colin"),
]  # fmt: skip
_PARTICLE_NAMES = [("de", "Souza", "Camila"), ("van der", "Meer", "Pieter"), ("de", "Champlain", "Luc"),
                   ("du", "Plessis", "Anri")]  # fmt: skip

# Who candidates cite when no person is named, with tags saying what makes the name hard.
_GOVERNMENT = [
    ("Scottish Government", set()), ("Marine Scotland", set()), ("Environment Agency", set()),
    ("Inland Fisheries Ireland", set()), ("Inland Fisheries Ireland (IFI)", {"abbreviation"}),
    ("Fiskeridirektoratet", set()), ("Norwegian Directorate of Fisheries", set()),
    ("Swedish Agency for Marine and Water Management", set()), ("Havs- och vattenmyndigheten", {"hyphen"}),
    ("Statistics Iceland", set()), ("Hagstofa Íslands", set()), ("Fisheries and Oceans Canada", set()),
    ("Fisheries and Oceans Canada (DFO)", {"abbreviation"}), ("Department of Conservation", set()),
    ("Fish & Game New Zealand", {"ampersand"}), ("NatureScot", set()), ("VisitScotland", set()),
    ("Fáilte Ireland", set()), ("Innovation Norway", set()), ("Destination Canada", set()),
    ("Tourism New Zealand", set()), ("Ministerio de Turismo y Deportes", set()),
]  # fmt: skip
_TRADE_BODIES = [
    ("Angling Trust", set()), ("Fisheries Management Scotland", set()), ("Royal Yachting Association", set()),
    ("Royal Yachting Association (RYA)", {"abbreviation"}), ("British Marine", set()), ("Atlantic Salmon Trust", set()),
    ("Salmon & Trout Conservation", {"ampersand"}), ("Wild Trout Trust", set()),
    ("Shetland Fishermen's Association", {"apostrophe"}),
    ("New Zealand Professional Fishing Guides' Association", {"apostrophe"}), ("Irish Sailing", set()),
    ("Recreational Boating & Fishing Foundation", {"ampersand"}), ("Sail Canada", set()),
    ("Norges Jeger- og Fiskerforbund", {"hyphen"}), ("Cowes Week Ltd", {"company"}),
]  # fmt: skip
_COMPANIES = [
    ("Hardy & Greys Ltd", {"ampersand"}), ("The Orvis Company, Inc.", {"comma"}), ("Shimano Inc.", set()),
    ("Pure Fishing, Inc.", {"comma"}), ("Fox International Group Ltd", set()), ("Hallberg-Rassy Varvs AB", {"hyphen"}),
    ("Groupe Beneteau", set()), ("Beneteau S.A.", set()), ("Rapala VMC Oyj", set()), ("Sage Manufacturing", set()),
    ("Simms Fishing Products", set()), ("Loop Tackle Design AB", set()), ("Savage Gear", set()),
    ("Daiwa Sports Ltd", set()), ("Nimbus Boats AB", set()), ("Patagonia River Guides", set()), ("SailGP", set()),
    ("O. Mustad & Søn AS", {"ampersand"}), ("Fish Partner ehf.", set()), ("Lax-á ehf.", {"hyphen"}),
    ("Halcyon Marine plc", set()), ("Fishing New Zealand", set()),
]  # fmt: skip
_PRESS = ["The Herald", "The Scotsman", "The Irish Times", "Aftenposten", "Morgunblaðið", "The Globe and Mail",
          "Stuff", "Clarín", "Trout & Salmon", "Angling Times", "Fly Fisherman", "Yachting Monthly"]  # fmt: skip
_RESEARCH = ["Mintel", "Statista", "Euromonitor International", "American Sportfishing Association", "Kantar"]
_JOURNALS = ["Fisheries Research", "Fisheries Management and Ecology", "North American Journal of Fisheries Management",
             "Human Dimensions of Wildlife", "Journal of Outdoor Recreation and Tourism", "Tourism Management",
             "Journal of Sport & Tourism", "Marine Policy", "Journal of Marketing Management"]  # fmt: skip
_TOPICS = ["angler licence sales", "catch and release", "wild salmon conservation", "fly-fishing tourism",
           "sailing participation", "marina service quality", "recreational fisheries", "angler segmentation",
           "lapsed anglers", "tackle retail", "river beat pricing", "sea trout angling", "lodge marketing",
           "youth sailing", "regatta sponsorship", "coastal tourism", "boat ownership", "angling clubs",
           "online tackle sales", "licence renewals", "salmon farming and wild fish", "guided fishing",
           "marine protected areas", "sportfishing in Patagonia", "Icelandic salmon rivers"]  # fmt: skip
_MARKETS = ["fishing tackle", "angling", "fly fishing", "sailing holidays", "leisure boats", "outdoor clothing",
            "marinas", "coastal tourism", "sportfishing", "fishing holidays"]  # fmt: skip
_COUNTRIES = ["UK", "Scotland", "Ireland", "Norway", "Sweden", "Iceland", "Canada", "New Zealand", "Argentina",
              "Europe"]  # fmt: skip
# The marketing and tourism texts every candidate cites: (authors, title, publisher, place, first year, editions).
_CLASSICS = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane")], "Marketing management", "Pearson", "Harlow", [(2016, "15"), (2022, "16")]),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing", "Pearson", "Harlow", [(2019, "7"), (2022, "8")]),
    ([("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], "Principles and practice of marketing", "McGraw-Hill", "London", [(2020, "9")]),
    ([("Middleton", "Victor T.C."), ("Fyall", "Alan"), ("Morgan", "Michael"), ("Ranchhod", "Ashok")], "Marketing in travel and tourism", "Butterworth-Heinemann", "Oxford", [(2009, "4")]),
    ([("Morrison", "Alastair M.")], "Marketing and managing tourism destinations", "Routledge", "Abingdon", [(2019, "2"), (2023, "3")]),
    ([("Keller", "Kevin Lane"), ("Swaminathan", "Vanitha")], "Strategic brand management", "Pearson", "Harlow", [(2020, "5")]),
    ([("Ryan", "Damian")], "Understanding digital marketing", "Kogan Page", "London", [(2016, "4"), (2020, "5")]),
    ([("Kapferer", "Jean-Noël")], "The new strategic brand management", "Kogan Page", "London", [(2012, "5")]),
]  # fmt: skip


_DOMAINS = {"Scottish Government": "gov.scot", "Marine Scotland": "gov.scot", "Environment Agency": "gov.uk",
            "Inland Fisheries Ireland": "fisheriesireland.ie", "Fiskeridirektoratet": "fiskeridir.no",
            "Norwegian Directorate of Fisheries": "fiskeridir.no", "Swedish Agency": "havochvatten.se",
            "Havs-": "havochvatten.se", "Statistics Iceland": "statice.is", "Hagstofa": "hagstofa.is",
            "Fisheries and Oceans": "dfo-mpo.gc.ca", "Department of Conservation": "doc.govt.nz",
            "Fish & Game": "fishandgame.org.nz", "Fáilte": "failteireland.ie", "Ministerio": "argentina.gob.ar",
            "American Sportfishing": "asafishing.org", "Euromonitor": "euromonitor.com", "Royal Yachting": "rya.org.uk",
            "Orvis": "orvis.com", "Hardy": "hardyfishing.com", "Beneteau": "beneteau-group.com",
            "Shetland Fishermen": "sfa-shetland.com", "Professional Fishing Guides": "nzpfga.com"}  # fmt: skip


def _domain(name: str) -> str:
    """The web address an organisation's pages are found at."""
    for start, domain in _DOMAINS.items():
        if start in name:
            return domain
    plain = "".join(ch for ch in name.split(" (")[0].lower() if ch.isalnum())
    return f"{plain}.com"


class Blind322WorkFactory(WorkFactory):
    """The blind322 pool's works; a subclass, so no other half's factory changes."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 322)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 223 + index)
                self.fakers[locale] = fake
        self.organisations: list[tuple[str, set[str], dict[str, Any], str]] = []
        self.classics: set[str] = set()

    # ------------------------------------------------------------------ people, dates, titles
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.45:
            family, given = self.rng.choice(_NAMES)
            return {"family": family, "given": given}
        if roll < 0.5:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        locale = self.rng.choice(_LOCALES)
        fake = self.fakers[locale]
        family, given = fake.last_name(), fake.first_name()
        if locale == "es_AR" and self.rng.random() < 0.5:  # two surnames, as Argentine journals print them
            family = f"{family} {fake.last_name()}"
        elif locale in ("en_GB", "en_CA") and self.rng.random() < 0.12:
            family = self.rng.choice(["Mac", "Mc", "O'"]) + family.split("-")[0]
        return {"family": family.strip(), "given": given}

    def year(self) -> int:
        if self.rng.random() < 0.04:
            return self.rng.randint(1978, 1999)
        return self.rng.randint(2005, 2025)

    def accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        start = max(issued[0], 2022) if issued else 2022
        year = self.rng.randint(min(start, 2025), 2025)
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if issued and year == issued[0] and len(issued) == 3:
            month, day = max(month, issued[1]), max(day, issued[2])
        return {"date-parts": [[year, month, day]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        place = self.rng.choice(_COUNTRIES)
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {place}: evidence from an angler survey",
            f"Why anglers stop: {topic} and {other}",
            f"Segmenting {topic} markets in {place}",
            f"{topic[0].upper()}{topic[1:]} and the digital customer journey",
            f"Motivations, satisfaction and loyalty in {topic}",
            f"The economic value of {topic} in {place}",
            f"Marketing {topic} to younger audiences",
            f"Rethinking {topic}: a {place} case study",
        ]
        return self.rng.choice(forms)

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[30, 26, 16, 10, 7, 5, 3, 3][:most])[0]
        return [self.person() for _ in range(count)]

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "classic", "government", "company", "trade-body", "press",
             "market-research", "web"],
            weights=[9, 6, 24, 7, 13, 11, 8, 10, 7, 5],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then a second work of an organisation already cited, in the same year ("2023a", "2023b").
        earlier = [o for o in self.organisations if o[3] == kind and kind != "press"]
        if earlier and "issued" in record and self.rng.random() < 0.2:
            name, tags, issued, _kind = self.rng.choice(earlier)
            record["issued"] = {"date-parts": [list(issued["date-parts"][0][:1])]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
            if "URL" in record:
                record["URL"] = f"https://www.{_domain(name)}/{self.fakers['en_GB'].slug()}"
        if "issued" in record:
            self.organisations.append((name, tags, record["issued"], kind))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self._title(), "author": self._people(4),
            "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "CABI", "Wiley-Blackwell", "Goodfellow Publishers",
                                          "Channel View Publications", "Edward Elgar", "Palgrave Macmillan"]),
            "publisher-place": self.rng.choice(["Abingdon", "Wallingford", "Chichester", "Oxford", "Bristol", "Cheltenham"]),
        }  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 4))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["Recreational fisheries: social, economic and management aspects",
                                                "The Routledge handbook of sport and outdoor tourism",
                                                "Marine and coastal tourism", "Angler behaviour and management",
                                                "Nature-based tourism in the Nordic countries"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "CABI", "Wiley-Blackwell"]),
            "publisher-place": self.rng.choice(["Abingdon", "Wallingford", "Chichester"]),
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(3, 280)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(8, 24)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.choice(['1016', '1080', '1111', '1002'])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _classic(self) -> Work:
        unused = [c for c in _CLASSICS if c[1] not in self.classics]
        if not unused:  # one report cites each text once
            return self._book()
        authors, title, publisher, place, editions = self.rng.choice(unused)
        self.classics.add(title)
        year, edition = self.rng.choice(editions)
        record: dict[str, Any] = {
            "type": "book", "title": title, "author": [{"family": f, "given": g} for f, g in authors],
            "issued": {"date-parts": [[year]]}, "publisher": publisher, "publisher-place": place, "edition": edition,
        }  # fmt: skip
        work = self._person_work(record, "book")
        work.kind = "classic"
        return work

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        year = self.year()
        fake = self.fakers["en_GB"]
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "report", "webpage"]),
            "title": self.rng.choice([f"Angling and licence statistics {year}", f"Wild salmon and sea trout catches {year}",
                                      f"Recreational fishing survey {year}", self._title(),
                                      f"Marine tourism strategy {year}-{year + 5}", f"Visitor survey {year}: outdoor activities"]),
            "issued": {"date-parts": [[year]]},
            "URL": f"https://www.{_domain(name)}/{fake.slug()}",
        }  # fmt: skip
        record["accessed"] = self.accessed_after([year])
        if self.rng.random() < 0.1:
            record.pop("issued")
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        return self._org_work(record, "government", name, tags | {"government"})

    def _company(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.year()
        fake = self.fakers["en_GB"]
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage", "webpage"]),
            "title": self.rng.choice([f"Annual report {year}", f"Sustainability report {year}", "Our story",
                                      "Conservation and the rivers we fish", f"Half-year results {year}",
                                      "Fly fishing lodges and hosted trips", "Sailing the new range", "About us"]),
            "issued": {"date-parts": [[year]]}, "URL": f"https://www.{_domain(name)}/{fake.slug()}",
        }  # fmt: skip
        record["accessed"] = self.accessed_after([year])
        if record["type"] == "webpage" and self.rng.random() < 0.3:
            record.pop("issued")  # undated pages: cited "n.d."
        if record["type"] == "report":
            record["publisher"] = name
        return self._org_work(record, "company", name, tags | {"company"})

    def _trade_body(self) -> Work:
        name, tags = self.rng.choice(_TRADE_BODIES)
        year = self.year()
        fake = self.fakers["en_GB"]
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self.rng.choice([f"Participation survey {year}", "Get into fishing", "Our strategy",
                                      f"Impact report {year}", "Why sailing matters", self._title()]),
            "issued": {"date-parts": [[year]]}, "URL": f"https://www.{_domain(name)}/{fake.slug()}",
        }  # fmt: skip
        record["accessed"] = self.accessed_after([year])
        if self.rng.random() < 0.2:
            record.pop("issued")
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        return self._org_work(record, "trade-body", name, tags | {"trade-body"})

    def _press(self) -> Work:
        year = self.year()
        fake = self.fakers["en_GB"]
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": paper,
            "issued": {"date-parts": [issued]}, "URL": f"https://www.{fake.domain_word()}.com/{fake.slug()}",
            "accessed": self.accessed_after(issued),
        }  # fmt: skip
        if self.rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person_work(record, "press")
        return self._org_work(record, "press", paper, {"press"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year()
        market, country = self.rng.choice(_MARKETS), self.rng.choice(_COUNTRIES)
        record: dict[str, Any] = {
            "type": "report",
            "title": self.rng.choice([f"{market[0].upper()}{market[1:]} - {country} - {year}",
                                      f"{market[0].upper()}{market[1:]} in {country}: market size and forecast",
                                      "Sportfishing in America: an economic force for conservation",
                                      f"Number of {market} participants in {country} from 2015 to {year}"]),
            "publisher": name, "issued": {"date-parts": [[year]]},
            "URL": f"https://www.{_domain(name)}/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        record["accessed"] = self.accessed_after([year])
        if self.rng.random() < 0.12:
            record.pop("issued")
        return self._org_work(record, "market-research", name, {"market-research"})

    def _web(self) -> Work:
        fake = self.fakers["en_GB"]
        year = self.year()
        record: dict[str, Any] = {
            "type": "webpage", "title": self._title(), "author": self._people(2),
            "issued": {"date-parts": [[year]]}, "URL": f"https://{fake.domain_name()}/{fake.slug()}",
            "accessed": self.accessed_after([year]),
        }  # fmt: skip
        if self.rng.random() < 0.25:
            record.pop("issued")
        return self._person_work(record, "web")
