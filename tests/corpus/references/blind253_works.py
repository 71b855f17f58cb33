"""The blind253 pool's works: what marketers at UK and Irish film studios, distributors, cinema chains, TV producers,
broadcasters and streaming services cite in CIM Level 6 and 7 reports and MBA assignments.

Written without reading the checker, its tests or any other pool. Textbooks (Routledge, Sage, Kogan Page, Pearson,
BFI Publishing, Bloomsbury Academic, Palgrave Macmillan), chapters, screen-studies, media and marketing journals with
up to eight authors and DOIs, theses, conference papers, regulators and public bodies (some with two works of a
year), trade bodies and charities, companies' pages, annual reports and investor decks, market research with years,
the trade and national press signed and unsigned, social posts, videos, podcasts and undated pages. Names as their
owners print them: British double-barrelled names, Irish names with Ó, Ní and Mac, Welsh, South Asian, Nigerian and
Polish names.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

_FAMILIES = [
    ("Fforde-Williams", "Harriet"), ("Ashby-Crane", "Rupert"), ("Lloyd-Hughes", "Cerys"), ("Bamford-Price", "Oliver"),
    ("Ó Súilleabháin", "Cian"), ("Ní Chonaill", "Aoife"), ("Mac Giolla Phádraig", "Seán"), ("Ó Dónaill", "Niamh"),
    ("Ní Bhraonáin", "Róisín"), ("MacAodha", "Eoin"), ("Mac Cárthaigh", "Orla"), ("O'Flaherty", "Clodagh"),
    ("Ap Gwilym", "Dafydd"), ("Llywelyn", "Gwenllian"), ("Prys", "Eluned"), ("Puw", "Rhodri"), ("Bowen", "Siân"),
    ("Chaudhry", "Ayesha"), ("Banerjee", "Sudipta"), ("Raghavan", "Meera"), ("Siddiqui", "Imran"), ("Kapoor", "Rohan"),
    ("Okafor", "Chiamaka"), ("Adebayo", "Tunde"), ("Oyelaran", "Funmilayo"), ("Nwachukwu", "Emeka"),
    ("Wiśniewska", "Katarzyna"), ("Grzegorczyk", "Paweł"), ("Żurawski", "Tomasz"), ("Kowalska", "Magdalena"),
    ("Higson", "Andrew"), ("Mitchell", "Claire"), ("Spicer", "Andrew"), ("Harbord", "Janet"), ("Street", "Sarah"),
    ("Doyle", "Gillian"), ("Barlow", "Katie"), ("Pennington", "James"), ("Thornton", "Beth"), ("Cheung", "Wai-Ling"),
    ("Whitfield", "Tom"), ("Gallagher", "Ciara"), ("McLaughlin", "Ruairí"), ("Buckley", "Fiona"), ("Evans", "Gethin"),
]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Sage", "London"), ("Kogan Page", "London"), ("Pearson", "Harlow"),
               ("BFI Publishing", "London"), ("Bloomsbury Academic", "London"), ("Palgrave Macmillan", "Basingstoke"),
               ("Edinburgh University Press", "Edinburgh"), ("Manchester University Press", "Manchester")]  # fmt: skip
_JOURNALS = ["Journal of British Cinema and Television", "Screen", "Media, Culture & Society",
             "Journal of Media Business Studies", "International Journal of Arts Management",
             "Journal of Marketing Management", "Convergence", "Film Studies", "Studies in European Cinema",
             "Irish Journal of Media Studies", "European Journal of Cultural Studies", "Arts Marketing"]  # fmt: skip
_UNIVERSITIES = ["National Film and Television School", "University of Westminster", "King's College London",
                 "University of East Anglia", "Trinity College Dublin", "IADT Dún Laoghaire",
                 "Glasgow Caledonian University"]  # fmt: skip
_CONFERENCES = ["British Association of Film, Television and Screen Studies (BAFTSS) Annual Conference",
                "Media, Communication and Cultural Studies Association (MeCCSA) Conference",
                "Academy of Marketing Conference", "Edinburgh TV Festival"]  # fmt: skip
_PUBLIC = [("Ofcom", {"government"}), ("British Film Institute (BFI)", {"government", "abbreviation"}),
           ("BFI", {"government", "acronym"}), ("British Board of Film Classification (BBFC)", {"government", "abbreviation"}),
           ("Department for Culture, Media and Sport (DCMS)", {"government", "comma", "abbreviation"}),
           ("Coimisiún na Meán", {"government"}), ("Screen Ireland (Fís Éireann)", {"government"}),
           ("Irish Film Classification Office (IFCO)", {"government", "abbreviation"}), ("Screen Scotland", {"government"}),
           ("Creative Wales", {"government"}), ("Northern Ireland Screen", {"government"}),
           ("British Film Commission", {"government"}), ("Competition and Markets Authority", {"government"}),
           ("Office for National Statistics", {"government"})]  # fmt: skip
_TRADE = [("UK Cinema Association", {"trade-body"}), ("Film Distributors' Association (FDA)", {"trade-body", "apostrophe", "abbreviation"}),
          ("Pact", {"trade-body"}), ("BAFTA", {"trade-body", "acronym"}), ("Royal Television Society (RTS)", {"trade-body", "abbreviation"}),
          ("ScreenSkills", {"trade-body"}), ("Independent Cinema Office", {"trade-body"}), ("Film Hub North", {"trade-body"}),
          ("Cinema Exhibitors' Association", {"trade-body", "apostrophe"}), ("Into Film", {"trade-body"}),
          ("Writers' Guild of Great Britain", {"trade-body", "apostrophe"}), ("Equity", {"trade-body"}),
          ("Film Distributors' Association", {"trade-body", "apostrophe"})]  # fmt: skip
_COMPANIES = ["ITV plc", "Sky UK Ltd", "Channel Four Television Corporation", "BBC Studios Distribution Ltd",
              "Cineworld Group plc", "Everyman Media Group plc", "Vue International", "Odeon Cinemas Group",
              "Pinewood Group Ltd", "Fremantle", "Banijay UK", "All3Media", "Element Pictures Ltd", "RTÉ",
              "Curzon", "Picturehouse Cinemas", "Omniplex Cinemas", "Altitude Films", "Working Title Films", "MUBI",
              "S4C", "TG4", "Virgin Media Television", "Film4"]  # fmt: skip
_RESEARCH = ["Barb", "Comscore", "Ampere Analysis", "Enders Analysis", "Nielsen", "YouGov", "Ipsos", "Mintel",
             "Statista", "Digital i", "Attentional"]  # fmt: skip
_PRESS = ["Screen International", "Broadcast", "Deadline", "Variety", "The Hollywood Reporter", "Televisual",
          "Campaign", "The Irish Times", "The Guardian", "BBC News", "Financial Times"]  # fmt: skip
_TOPICS = ["film marketing", "event cinema", "windowing", "streaming churn", "audience development", "the trailer",
           "film festivals", "independent exhibition", "public service broadcasting", "catch-up viewing",
           "subscription video on demand", "word of mouth for films", "the cinema loyalty card", "prestige drama",
           "Irish-language television", "the Welsh-language audience", "British film exports", "tentpole releases",
           "social media trailers", "community cinema", "premium large-format screens", "FAST channels",
           "co-production", "talent-led publicity", "the box-office opening weekend"]  # fmt: skip
_FORMS = ["{t}: a marketing perspective", "Rethinking {t} in the UK and Ireland", "{t} after the pandemic",
          "Selling {t} to younger audiences", "{t} and the value of the brand", "The economics of {t}",
          "{t} in a streaming age", "Audiences, data and {t}", "Why {t} still matters", "{t}: evidence from Ireland"]  # fmt: skip
_MARKETS = ["Cinemas", "Film distribution", "Subscription video on demand", "TV production", "Streaming services",
            "Event cinema", "Home entertainment", "Broadcast advertising"]  # fmt: skip


class Blind253WorkFactory(WorkFactory):
    """The blind253 pool's works (see the module's docstring)."""

    KINDS = ("book", "chapter", "journal", "thesis", "conference", "report", "web", "news")
    _DRAWN = ("book", "chapter", "journal", "thesis", "conference", "government", "trade-body", "company",
              "market-research", "news", "social", "undated-web")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 253)
        self.dated: list[tuple[str, set[str], int]] = []

    def person(self) -> dict[str, str]:
        if self.rng.random() < 0.55:
            family, given = self.rng.choice(_FAMILIES)
            return {"family": family, "given": given}
        fake = self.fakers[self.rng.choice(["en_GB", "en_GB", "en_IE", "en_IN", "pl_PL"])]
        family = fake.last_name()
        if self.rng.random() < 0.08:
            family = f"{family}-{self.fakers['en_GB'].last_name()}"
        return {"family": family, "given": fake.first_name()}

    def year(self) -> int:
        return self.rng.randint(1996, 2024) if self.rng.random() < 0.3 else self.rng.randint(2015, 2024)

    def accessed_after(self, year: int) -> dict[str, list[list[int]]]:
        return {
            "date-parts": [
                [self.rng.randint(max(year + 1, 2024), 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            ]
        }

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        title = self.rng.choice(_FORMS).format(t=topic)
        return title[0].upper() + title[1:]

    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self._DRAWN), weights=[12, 6, 20, 4, 4, 10, 8, 9, 8, 10, 4, 5])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[36, 26, 14, 8, 6, 4, 3, 3][:most])[0]
        return [self.person() for _ in range(count)]

    def _pick_org(self, pool: list[tuple[str, set[str]]], kind: str, record: dict[str, Any]) -> Work:
        name, tags = self.rng.choice(pool)
        if "issued" in record and self.dated and self.rng.random() < 0.15:  # one body, two works of a year
            name, tags, year = self.rng.choice(self.dated)
            record["title"] = record["title"].replace(str(record["issued"]["date-parts"][0][0]), str(year))
            record["issued"] = {"date-parts": [[year]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(year)
        if "issued" in record:
            self.dated.append((name, set(tags), record["issued"]["date-parts"][0][0]))
        if record.get("type") == "report":
            record["publisher"] = name.split(" (")[0]
        return self._org_work(record, kind, name, set(tags))

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 280)
        record: dict[str, Any] = {"type": "chapter", "title": self._title(), "author": self._people(3),
                                  "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
                                  "container-title": f"The {self.rng.choice(['British cinema', 'Irish screen', 'television studies', 'film marketing', 'media industries'])} reader",
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place, "page": f"{start}-{start + self.rng.randint(10, 25)}"}  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 700)
        record: dict[str, Any] = {"type": "article-journal", "title": self._title(), "author": self._people(8),
                                  "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
                                  "volume": str(self.rng.randint(1, 66)), "issue": str(self.rng.randint(1, 6)),
                                  "page": f"{start}-{start + self.rng.randint(12, 28)}"}  # fmt: skip
        if self.rng.random() < 0.6:
            record["DOI"] = (
                f"10.{self.rng.choice(['3366', '1093', '1177', '1080', '1386'])}/{self.rng.choice(['jbctv', 'screen', 'mcs', 'jmbs', 'ijam', 'jmm', 'con'])}.{self.rng.randint(2015, 2024)}.{self.rng.randint(100, 9999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "genre": self.rng.choice(["PhD thesis", "MA dissertation", "MBA dissertation"]),
                                  "publisher": self.rng.choice(_UNIVERSITIES), "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(3),
                                  "event": self.rng.choice(_CONFERENCES), "container-title": self.rng.choice(_CONFERENCES),
                                  "issued": {"date-parts": [[year]]}, "publisher-place": self.rng.choice(["London", "Glasgow", "Dublin", "Edinburgh", "Cardiff", "Norwich"])}  # fmt: skip
        return self._person_work(record, "conference")

    def _government(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]),
                                  "title": self.rng.choice([self._title(), f"Statistical yearbook {year}", f"Media nations {year}", f"Screen sector review {year}"]),
                                  "issued": {"date-parts": [[year]]}, "URL": f"https://www.{self.rng.choice(['ofcom.org.uk', 'bfi.org.uk', 'gov.uk', 'screenireland.ie', 'cnam.ie', 'screen.scot'])}/{self.fakers['en_GB'].slug()}",
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        return self._pick_org(_PUBLIC, "report" if record["type"] == "report" else "web", record)

    def _trade_body(self) -> Work:
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "URL": f"https://www.{self.fakers['en_GB'].domain_name()}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if self.rng.random() < 0.85:
            year = self.year()
            record["issued"] = {"date-parts": [[year]]}
            record["accessed"] = self.accessed_after(year)
        else:
            record["accessed"] = self.accessed_after(2023)
        return self._pick_org(_TRADE, "report" if record["type"] == "report" else "web", record)

    def _company(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice([f"Annual report and accounts {year}", f"Investor presentation: full-year results {year}", f"Interim results {year}", self._title()]),
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = f"https://www.{self.fakers['en_GB'].domain_name()}/investors/{self.fakers['en_GB'].slug()}"
            record["accessed"] = self.accessed_after(year)
        return self._pick_org([(c, {"company"}) for c in _COMPANIES], "report", record)

    def _market_research(self) -> Work:
        year = self.year()
        market = self.rng.choice(_MARKETS)
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice([f"{market} - UK - {year}", f"{market} in Ireland: market report {year}", f"{market}: audience tracker Q{self.rng.randint(1, 4)} {year}"]),
                                  "issued": {"date-parts": [[year]]}, "URL": f"https://www.{self.fakers['en_GB'].domain_name()}/{self.fakers['en_GB'].slug()}",
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        return self._pick_org([(r, {"market-research"}) for r in _RESEARCH], "report", record)

    def _news(self) -> Work:
        year = min(self.year(), 2024)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": f"https://www.{self.fakers['en_GB'].domain_name()}/news/{self.fakers['en_GB'].slug()}",
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        name = record["container-title"]
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        return Work(record, name, str(year), True, 1, "news", {"press", "organisation"})

    def _social(self) -> Work:
        year = min(self.year(), 2024)
        name = self.rng.choice(
            [
                "Film4",
                "BFI",
                "Curzon",
                "MUBI",
                "Netflix UK & Ireland",
                "ITVX",
                "Everyman Cinema",
                "Channel 4",
                "RTÉ Player",
                "S4C",
            ]
        )
        record: dict[str, Any] = {"type": self.rng.choice(["post", "motion_picture", "broadcast"]),
                                  "title": self.rng.choice(["Official trailer", "Behind the scenes", "The marketing podcast, episode 12", "Our year on screen", "Announcing our new season"]) + f" [{self.rng.choice(['Instagram', 'YouTube', 'TikTok', 'podcast', 'LinkedIn'])}]",
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": f"https://www.{self.rng.choice(['youtube.com', 'instagram.com', 'tiktok.com', 'linkedin.com'])}/{self.fakers['en_GB'].slug()}",
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org_work(record, "web", name, {"company", "social"})

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(),
                                  "URL": f"https://www.{self.fakers['en_GB'].domain_name()}/{self.fakers['en_GB'].slug()}",
                                  "accessed": self.accessed_after(2023)}  # fmt: skip
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.rng.choice(_TRADE + [(c, {"company"}) for c in _COMPANIES])
        return self._org_work(record, "web", name, set(tags) | {"undated"})
