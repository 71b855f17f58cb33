"""Works cited by marketers at dating apps, matchmaking services, wedding venues, bridal retailers, wedding planners
and wedding-media firms in the UK, Ireland and Australia, writing CIM Level 6 and 7 reports and MBA assignments.

The two-hundred-and-fifty-seventh independent pool, written without reading the checker, its tests or any other pool.
Textbooks on consumer behaviour, relationships and digital media; chapters; consumer-research, media and
relationships journals with up to eight authors and DOIs; theses from UK, Irish and Australian universities;
conference papers (AoIR, ICA, the Academy of Marketing, CCT); regulators and statistics offices (two works of one
body in a year); trade bodies and charities; companies' pages, annual reports and investor decks; market research
with years; the national and trade press signed and unsigned; social posts, videos, podcasts and undated pages.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IE", "en_IE", "en_AU", "en_AU", "en_NZ", "en_IN", "en_US"]
# Names as their owners print them on papers and by-lines (family, given).
_NAMES = [
    ("Ó Súilleabháin", "Niamh"), ("Ní Chonaill", "Aoife"), ("Mac Cárthaigh", "Cian"), ("Ó Briain", "Siobhán"),
    ("Ní Mhurchú", "Gráinne"), ("Mac Giolla Phádraig", "Oisín"), ("O'Donoghue", "Clodagh"), ("McGrath", "Pádraig"),
    ("Fitzgerald", "Saoirse"), ("Ní Bhriain", "Róisín"), ("Ó Dónaill", "Tadhg"), ("MacNamara", "Orla"),
    ("Llewellyn", "Gethin"), ("Prys-Jones", "Angharad"), ("Gruffydd", "Rhiannon"), ("Ellis-Thomas", "Dafydd"),
    ("ap Rhys", "Iolo"), ("Rhys", "Carys"), ("Fairclough-Hughes", "Harriet"), ("Ashworth-Lee", "Imogen"),
    ("Bowes-Lyon", "Charlotte"), ("Sackville-West", "Rupert"), ("Montagu-Scott", "Flora"), ("Chaudhry", "Ayesha"),
    ("Qureshi", "Imran"), ("Malik", "Sana"), ("Siddiqui", "Faisal"), ("Butt", "Hira"), ("Rehman", "Zainab"),
    ("Bhattacharya", "Ananya"), ("Ramanathan", "Vikram"), ("Patel", "Priya"), ("Sandhu", "Harpreet"),
    ("Adebayo", "Olumide"), ("Okafor", "Chiamaka"), ("Nwachukwu", "Emeka"), ("Oyelaran-Oyeyinka", "Folasade"),
    ("Adeyemi", "Temitope"), ("Zhou", "Xinyi"), ("Xu", "Jiayi"), ("Guo", "Wei"), ("Lin", "Yu-Ting"),
    ("Papadimitriou", "Eleni"), ("Konstantinou", "Giorgos"), ("Karamanlis", "Despina"), ("Nguyen", "Thảo"),
    ("Illouz", "Eva"), ("Rosenfeld", "Michael"), ("Finkel", "Eli"), ("Ward", "Janelle"), ("Hobbs", "Mitchell"),
]  # fmt: skip
_PARTICLES = [("de", "Burgh", "Chris"), ("van der", "Merwe", "Annelie"), ("De", "Valera", "Síle"), ("di", "Marco", "Luca"),
              ("le", "Roux", "Anneke")]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Sage", "London"), ("Kogan Page", "London"), ("Pearson", "Harlow"),
               ("Bloomsbury Academic", "London"), ("Polity Press", "Cambridge"), ("Oxford University Press", "Oxford")]  # fmt: skip
_JOURNALS = ["Journal of Consumer Research", "Journal of Consumer Culture", "New Media & Society",
             "Journal of Social and Personal Relationships", "Computers in Human Behavior",
             "Journal of Marketing Management", "Journal of Retailing and Consumer Services",
             "Cyberpsychology, Behavior, and Social Networking", "Consumption Markets & Culture", "Social Media + Society"]  # fmt: skip
_UNIVERSITIES = ["London School of Economics and Political Science", "University of Manchester", "University of Leeds",
                 "King's College London", "Trinity College Dublin", "University of Sydney", "RMIT University"]  # fmt: skip
_CONFERENCES = [("AoIR 2023: Annual Conference of the Association of Internet Researchers", "Philadelphia"),
                ("73rd Annual ICA Conference", "Toronto"), ("Academy of Marketing Conference 2024", "Cardiff"),
                ("Consumer Culture Theory Conference 2023", "Lyon"), ("Academy of Marketing Conference 2022", "Huddersfield"),
                ("AoIR 2022: Decolonising the Internet", "Dublin")]  # fmt: skip
_GOVERNMENT = [("Office for National Statistics", {"government"}), ("Office for National Statistics (ONS)", {"government", "abbreviation"}),
               ("Ofcom", {"government"}), ("Competition and Markets Authority (CMA)", {"government", "abbreviation"}),
               ("Competition and Markets Authority", {"government"}), ("Advertising Standards Authority (ASA)", {"government", "abbreviation"}),
               ("Information Commissioner's Office", {"government", "apostrophe"}), ("Central Statistics Office", {"government"}),
               ("CSO", {"government", "acronym"}), ("Competition and Consumer Protection Commission (CCPC)", {"government", "abbreviation"}),
               ("Australian Bureau of Statistics", {"government"}), ("ABS", {"government", "acronym"}), ("eSafety Commissioner", {"government"}),
               ("Australian Competition and Consumer Commission (ACCC)", {"government", "abbreviation"}),
               ("General Register Office", {"government"})]  # fmt: skip
_TRADE = [("Online Dating and Discovery Association (ODDA)", {"trade-body", "abbreviation"}), ("UK Alliance of Wedding Planners", {"trade-body"}),
          ("National Association of Wedding Professionals", {"trade-body"}), ("Relate", {"charity"}), ("Marriage Foundation", {"charity"}),
          ("Stonewall", {"charity"}), ("Refuge", {"charity"}), ("Women's Aid", {"charity", "apostrophe"}),
          ("Relationships Australia", {"charity"})]  # fmt: skip
_COMPANIES = [("Match Group, Inc.", {"company", "comma"}), ("Bumble Inc.", {"company"}), ("eharmony, Inc.", {"company", "comma"}),
              ("Muzz Ltd", {"company"}), ("Hitched Ltd", {"company"}), ("Bridebook Ltd", {"company"}),
              ("The Knot Worldwide Inc.", {"company"}), ("Pronovias Group", {"company"}), ("Wed2B Ltd", {"company"}),
              ("Easy Weddings Ltd", {"company"}), ("Hinge", {"company"}), ("Tinder", {"company"}),
              ("Marks & Spencer Wedding", {"company", "ampersand"})]  # fmt: skip
_RESEARCH = [
    "Mintel",
    "YouGov",
    "Ipsos",
    "Statista",
    "Pew Research Center",
    "Hitched",
    "Bridebook",
    "The Knot",
    "Ofcom",
]
_NEWS = ["The Guardian", "The Independent", "The Irish Times", "The Sydney Morning Herald", "Vogue", "Brides",
         "Marketing Week", "Campaign", "The Drum", "BBC News", "Financial Times"]  # fmt: skip
_TOPICS = ["swipe fatigue", "dating-app subscriptions", "the wedding industry", "online matchmaking", "bridal retail",
           "intimacy and algorithms", "Gen Z dating", "wedding budgets", "the cost of weddings", "safety on dating apps",
           "religious matchmaking", "LGBTQ+ dating", "wedding influencers", "micro-weddings", "freemium dating",
           "romantic consumption", "wedding planning apps", "bridalwear sustainability", "self-presentation online",
           "love and the market", "destination weddings", "dating after divorce"]  # fmt: skip
_TITLE_FORMS = ["{T}: a consumer perspective", "Selling romance: {t} in the UK and Ireland", "Swipe, match, pay? {T}",
                "{T} and the platform economy", "Consuming love: {t}", "The business of {t}", "{T} in Australia",
                "Rethinking {t} after the pandemic", "Something borrowed: {t} and tradition", "Why {t} matters to brands",
                "{T}: evidence from {c}", "Trust, risk and {t}", "The commodification of {t}"]  # fmt: skip


class Blind257WorkFactory(WorkFactory):
    """Works for blind257: dating, matchmaking and weddings in the UK, Ireland and Australia."""

    KINDS = ("book", "chapter", "journal", "thesis", "conference", "report", "web", "market-research", "news", "social",
             "video", "podcast")  # fmt: skip
    _DRAW = ("book", "chapter", "journal", "thesis", "conference", "government", "trade-body", "company",
             "market-research", "news", "social", "video", "podcast", "web")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 2570)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 257 + index)
                self.fakers[locale] = fake
        self.dated: list[tuple[str, set[str], list[int]]] = []

    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.35:
            family, given = self.rng.choice(_NAMES)
            if family.startswith("ap "):
                return {"family": family[3:], "given": given, "non-dropping-particle": "ap"}
            return {"family": family, "given": given}
        if roll < 0.4:
            particle, family, given = self.rng.choice(_PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        if self.rng.random() < 0.08:
            family = f"{family}-{self.fakers['en_GB'].last_name()}"
        return {"family": family, "given": given}

    def year(self) -> int:
        if self.rng.random() < 0.05:  # the classics: Giddens, Bauman, Goffman
            return self.rng.choice([1959, 1976, 1992, 2003])
        return self.rng.randint(2010, 2025)

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        form = self.rng.choice(_TITLE_FORMS)
        return form.format(
            T=topic[0].upper() + topic[1:], t=topic, c=self.rng.choice(["Ireland", "the UK", "Australia", "Britain"])
        )

    def _dated(self, when: list[int]) -> dict[str, Any]:
        return {"date-parts": [list(when)]}

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        low = max(issued[0] if issued else 2022, 2022)
        year = self.rng.randint(low, max(low, 2025))
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if issued and year == issued[0] and len(issued) > 1:
            month = max(month, issued[1])
            if month == issued[1] and len(issued) > 2:
                day = max(day, issued[2])
        return {"date-parts": [[year, month, day]]}

    def _url(self, domain: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        return f"https://www.{domain}/{fake.slug()}" if domain else fake.url() + fake.uri_path()

    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self._DRAW), weights=[11, 5, 22, 3, 3, 9, 6, 9, 8, 10, 3, 3, 2, 6])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    # ------------------------------------------------------------------ scholarly works
    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": self._dated([self.year()]), "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 280)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": f"The Routledge handbook of {self.rng.choice(_TOPICS)}" if publisher == "Routledge" else f"Love, money and {self.rng.choice(_TOPICS)}",
            "issued": self._dated([self.year()]), "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 1400)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": self._dated([self.year()]),
            "volume": str(self.rng.randint(1, 52)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.65:
            record["DOI"] = (
                f"10.{self.rng.choice(['1177', '1016', '1093', '1080', '1089'])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(2010, 2025)}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": [self.person()],
            "issued": self._dated([self.rng.randint(2012, 2025)]), "genre": self.rng.choice(["PhD thesis", "MPhil thesis", "DBA thesis"]),
            "publisher": self.rng.choice(_UNIVERSITIES),
        }  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        event, place = self.rng.choice(_CONFERENCES)
        year = int(next(word for word in [*event.split(), "2023"] if word.isdigit() and len(word) == 4))
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": event, "event-place": place, "publisher-place": place,
            "issued": self._dated([year]),
        }  # fmt: skip
        return self._person_work(record, "conference")

    # ------------------------------------------------------------------ organisations
    def _body(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        """An organisation's work; now and then the same body in the same year as an earlier one (2023a, 2023b)."""
        if "issued" in record and self.dated and self.rng.random() < 0.12:
            name, tags, when = self.rng.choice(self.dated)
            record["issued"] = self._dated(when)
            if "accessed" in record:
                record["accessed"] = self._accessed_after(when)
        if "issued" in record:
            self.dated.append((name, tags, list(record["issued"]["date-parts"][0])))
        if record.get("type") == "report":
            record["publisher"] = name.split(" (")[0]
        return self._org_work(record, kind, name, tags)

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        when = [self.rng.randint(2015, 2025)]
        kind = self.rng.choice(["report", "web"])
        record: dict[str, Any] = {"type": "report" if kind == "report" else "webpage", "title": self._gov_title(),
                                  "issued": self._dated(when), "URL": self._url("gov.uk" if self.rng.random() < 0.5 else None)}  # fmt: skip
        record["accessed"] = self._accessed_after(when)
        return self._body(record, kind, name, set(tags))

    def _gov_title(self) -> str:
        return self.rng.choice(["Marriages in England and Wales: {y}", "Online nation {y} report", "Romance scams: what you need to know",
                                "Consumer protection and online dating platforms", "Marriages {y}", "Marriage and divorce, Australia, {y}",
                                "Online dating services: compliance review", "Dating apps and your personal data", "Wedding services: pricing guidance",
                                "Online safety and dating apps: a guide for users", "Vital statistics yearly summary {y}"]).format(y=self.rng.randint(2018, 2024))  # fmt: skip

    def _trade_body(self) -> Work:
        name, tags = self.rng.choice(_TRADE)
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self._title(),
            "URL": self._url(),
        }
        when = None
        if self.rng.random() < 0.75:
            when = [self.year()]
            record["issued"] = self._dated(when)
        record["accessed"] = self._accessed_after(when)
        return self._body(
            record,
            "report" if record["type"] == "report" else "web",
            name,
            set(tags) | ({"undated"} if when is None else set()),
        )

    def _company(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        if name in ("Hinge", "Tinder"):  # brands of Match Group: their own pages only, none older than 2020
            when = [self.rng.randint(2020, 2025)] if self.rng.random() < 0.5 else None
            page: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(["Our story", "About us", "Safety centre", "Press centre"]),
                                    "URL": self._url(f"{name.lower()}.com")}  # fmt: skip
            if when:
                page["issued"] = self._dated(when)
            page["accessed"] = self._accessed_after(when)
            return self._body(page, "web", name, set(tags) | ({"undated"} if not when else set()))
        title = self.rng.choice(["Annual report {y}", "Form 10-K {y}", "Investor presentation Q{q} {y}", "Our story",
                                 "About us", "Safety centre", "Impact report {y}", "Shareholder letter Q{q} {y}", "Press centre"]).format(
            y=self.rng.randint(2019, 2024), q=self.rng.randint(1, 4))  # fmt: skip
        record: dict[str, Any] = {"type": "report" if title[0] in "AFIS" and title not in ("About us", "Safety centre") else "webpage",
                                  "title": title, "URL": self._url()}  # fmt: skip
        when = None
        if any(ch.isdigit() for ch in title):
            when = [int(title[-4:]) + (1 if title.startswith(("Annual", "Form", "Impact")) else 0)]
        elif self.rng.random() < 0.4:
            when = [self.rng.randint(2020, 2025)]
        if when:
            record["issued"] = self._dated(when)
        record["accessed"] = self._accessed_after(when)
        return self._body(
            record,
            "report" if record["type"] == "report" else "web",
            name,
            set(tags) | ({"undated"} if not when else set()),
        )

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2018, 2025)
        titles = ["Dating services - UK - {y}", "Weddings - UK - {y}", "The Hitched National Wedding Survey {y}",
                  "UK wedding report {y}", "The Knot Real Weddings Study {y}", "Online nation {y}",
                  "Share of adults in the UK who have used a dating app, {y}", "Online dating in Ireland: attitudes {y}",
                  "From looking for love to swiping the field: online dating in the U.S.", "Wedding spend in Australia {y}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles).format(y=year), "publisher": name,
                                  "issued": self._dated([year]), "URL": self._url(), }  # fmt: skip
        record["accessed"] = self._accessed_after([year])
        work = self._body(record, "market-research", name, {"market-research"})
        return work

    # ------------------------------------------------------------------ press and media
    def _news(self) -> Work:
        when = [self.rng.randint(2016, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_NEWS),
                                  "issued": self._dated(when), "URL": self._url()}  # fmt: skip
        record["accessed"] = self._accessed_after(when)
        if self.rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._body(record, "news", record["container-title"], {"press"})

    def _social(self) -> Work:
        when = [self.rng.randint(2020, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        name, tags = self.rng.choice([*_COMPANIES[:12], ("Rock My Wedding", {"company"}), ("One Fab Day", {"company"})])
        record: dict[str, Any] = {"type": "post", "title": f"{self.rng.choice(['Real love stories', 'Our 2024 wedding trends', 'Swipe season is here', 'Meet the couple', 'New safety feature'])} [Instagram]",
                                  "issued": self._dated(when), "URL": self._url("instagram.com")}  # fmt: skip
        record["accessed"] = self._accessed_after(when)
        return self._org_work(record, "social", name, set(tags) | {"social"})

    def _video(self) -> Work:
        when = [self.rng.randint(2016, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "motion_picture", "title": f"{self._title()} [YouTube]", "issued": self._dated(when),
                                  "URL": self._url("youtube.com"), "author": [self.person()]}  # fmt: skip
        record["accessed"] = self._accessed_after(when)
        return self._person_work(record, "video")

    def _podcast(self) -> Work:
        when = [self.rng.randint(2018, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "broadcast", "title": f"{self._title()} [Podcast]", "container-title": self.rng.choice(
            ["The Wedding Business Podcast", "Modern Love", "Dating Diaries", "The Bridal Buyer Show"]),
            "issued": self._dated(when), "URL": self._url(), "author": self._people(2)}  # fmt: skip
        record["accessed"] = self._accessed_after(when)
        return self._person_work(record, "podcast")

    def _web(self) -> Work:
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self._title(),
            "URL": self._url(),
            "author": self._people(2),
        }
        when = None
        if self.rng.random() < 0.6:
            when = [self.rng.randint(2015, 2025)]
            record["issued"] = self._dated(when)
        record["accessed"] = self._accessed_after(when)
        return self._person_work(record, "web")
