"""The blind239 pool's works: what marketers at betting, gaming, lottery, bingo and casino operators, affiliates and
their suppliers in the UK, Ireland and Gibraltar cite in CIM Level 6 and 7 reports and MBA assignments.

Written without reading the checker, its tests or any other pool. Textbooks and chapters, gambling-studies and
marketing journals with one to eight authors and DOIs, theses, conference papers, commissioned research reports,
regulators and public bodies, trade bodies and charities, operators' pages, annual reports and investor decks,
market research with years, the trade and national press signed and unsigned, social posts, videos, podcasts and
undated pages; names as their owners print them (Lloyd-Jones, Ó Súilleabháin, Ní Bhriain, Mac Cárthaigh, Camilleri,
Picardo, Bhattacharyya, Wiśniewska).
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "thesis", "conference", "report", "government", "body", "company",
         "market-research", "news", "social", "video", "podcast", "web")  # fmt: skip

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IE", "pl_PL", "en_IN", "it_IT", "es_ES"]
# Names as their owners print them: (family, given).
_IRISH = [("Ó Súilleabháin", "Siobhán"), ("Ní Bhriain", "Aoife"), ("Mac Cárthaigh", "Cian"), ("Ó Conghaile", "Pádraig"),
          ("Ní Mhurchú", "Orla"), ("Mac Giolla Phádraig", "Eoin"), ("Ó Ceallaigh", "Niamh"), ("Nic Aodha", "Gráinne"),
          ("O'Reilly", "Ciarán"), ("McGrath", "Róisín"), ("O'Sullivan", "Declan"), ("Ó Briain", "Dara"),
          ("MacNamara", "Sinéad"), ("Ní Dhomhnaill", "Clodagh"), ("Kavanagh", "Seán")]  # fmt: skip
_MALTESE_GIBRALTARIAN = [("Borg", "Maria"), ("Camilleri", "Joseph"), ("Grech", "Rebecca"), ("Caruana", "Mark"),
                         ("Picardo", "Fabian"), ("Zammit", "Christabelle"), ("Vella", "Luke"), ("Farrugia", "Roberta"),
                         ("Azzopardi", "Kurt"), ("Bossano", "Daniel"), ("Montegriffo", "Lucía"), ("Feetham", "Gemma"),
                         ("Ħili", "Stefan"), ("Debono", "Ylenia"), ("Cassar", "Neil")]  # fmt: skip
_SOUTH_ASIAN = [("Bhattacharyya", "Ananya"), ("Chaudhry", "Imran"), ("Patel", "Nisha"), ("Sandhu", "Harpreet"),
                ("Rahman", "Tahmina"), ("Iqbal", "Zara"), ("Gill", "Manjit"), ("Mukherjee", "Rohan"),
                ("Hussain", "Bilal"), ("Kaur", "Simran"), ("Banerjee", "Priya"), ("Siddiqui", "Ayesha")]  # fmt: skip
_POLISH = [("Wiśniewska", "Katarzyna"), ("Łukasik", "Tomasz"), ("Zając", "Magdalena"), ("Kowalczyk", "Piotr"),
           ("Szymańska", "Agnieszka"), ("Nowak", "Marta"), ("Wójcik", "Paweł"), ("Dąbrowski", "Jakub")]  # fmt: skip
_DOUBLE_BARRELLED = [("Lloyd-Jones", "Eleanor"), ("Heywood-Smith", "Tom"), ("Bowden-Jones", "Henrietta"),
                     ("Forbes-Hamilton", "Alice"), ("Vaughan-Williams", "Rhys"), ("Spencer-Churchill", "Harriet"),
                     ("Fraser-Mackenzie", "Iain"), ("Ashton-Hughes", "Chloe")]  # fmt: skip

# Organisations as these candidates cite them, with what makes each hard.
_REGULATORS = [
    ("Gambling Commission", {"government"}), ("UK Gambling Commission", {"government"}),
    ("Gambling Commission (UKGC)", {"government", "abbreviation"}),
    ("Department for Culture, Media and Sport", {"government", "comma"}),
    ("Department for Culture, Media & Sport (DCMS)", {"government", "comma", "ampersand", "abbreviation"}),
    ("Gambling Regulatory Authority of Ireland", {"government"}),
    ("Gambling Regulatory Authority of Ireland (GRAI)", {"government", "abbreviation"}),
    ("Gibraltar Gambling Commissioner", {"government"}), ("HM Government of Gibraltar", {"government"}),
    ("Advertising Standards Authority", {"government"}),
    ("Committee of Advertising Practice (CAP)", {"government", "abbreviation"}), ("Ofcom", {"government"}),
    ("Office for Health Improvement and Disparities", {"government"}),
    ("National Institute for Health and Care Research (NIHR)", {"government", "abbreviation"}),
    ("Public Health England", {"government"}), ("House of Lords Select Committee on the Social and Economic Impact of the Gambling Industry", {"government"}),
    ("Children's Commissioner for England", {"government", "apostrophe"}),
]  # fmt: skip
_BODIES = [
    ("Betting and Gaming Council", {"trade-body"}), ("Betting & Gaming Council (BGC)", {"trade-body", "ampersand", "abbreviation"}),
    ("GambleAware", {"charity"}), ("GamCare", {"charity"}), ("Gordon Moody", {"charity"}), ("GamStop", {"charity"}),
    ("Gambling Harm UK", {"charity"}), ("Gamban", {"company"}), ("Gambling with Lives", {"charity"}),
    ("Young Gamers & Gamblers Education Trust (YGAM)", {"charity", "ampersand", "abbreviation"}),
    ("YGAM", {"charity", "acronym"}), ("Horserace Betting Levy Board", {"government"}),
    ("The Children's Society", {"charity", "apostrophe"}), ("Royal Society for Public Health (RSPH)", {"charity", "abbreviation"}),
    ("Chartered Institute of Marketing", {"trade-body"}),
]  # fmt: skip
_COMPANIES = [
    ("Entain plc", {"company"}), ("Flutter Entertainment plc", {"company"}), ("bet365 Group Ltd", {"company", "lowercase"}),
    ("Evoke plc", {"company"}), ("The Rank Group Plc", {"company"}), ("Playtech plc", {"company"}),
    ("Allwyn Entertainment Ltd", {"company"}), ("Kindred Group plc", {"company"}),
    ("Done Brothers (Cash Betting) Ltd", {"company", "parenthesis"}), ("Camelot UK Lotteries Ltd", {"company"}),
    ("Tombola Ltd", {"company"}), ("Premier Lotteries Ireland", {"company"}), ("888 Holdings plc", {"company", "digits"}),
    ("Sky Betting & Gaming", {"company", "ampersand"}), ("Allwyn UK", {"company"}),
]  # fmt: skip
_RESEARCH = ["H2 Gambling Capital", "Regulus Partners", "YouGov", "Ipsos", "Kantar", "Mintel", "Statista",
             "Ipsos UK", "Gambling Commission"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Sage", "London"), ("Palgrave Macmillan", "Basingstoke"),
               ("Palgrave Macmillan", "Cham"), ("Kogan Page", "London"), ("Pearson", "Harlow"),
               ("Oxford University Press", "Oxford"), ("Policy Press", "Bristol")]  # fmt: skip
_HANDBOOKS = [("The Routledge handbook of gambling studies", "Routledge", "Abingdon"),
              ("Gambling, marketing and harm", "Policy Press", "Bristol"),
              ("The Palgrave handbook of lottery and gaming", "Palgrave Macmillan", "Cham"),
              ("Sports betting and society", "Sage", "London"), ("Critical perspectives on gambling", "Routledge", "Abingdon"),
              ("Digital marketing in regulated industries", "Kogan Page", "London")]  # fmt: skip
_JOURNALS = [("Journal of Gambling Studies", "10.1007/s10899-{y}-{n5}-{c}"),
             ("International Gambling Studies", "10.1080/14459795.{y}.{n7}"), ("Addiction", "10.1111/add.{n5}"),
             ("Journal of Behavioral Addictions", "10.1556/2006.{y}.000{n2}"),
             ("Critical Gambling Studies", "10.29173/cgs{n3}"), ("Gaming Law Review", "10.1089/glr2.{y}.00{n2}"),
             ("Journal of Marketing Management", "10.1080/0267257X.{y}.{n7}"),
             ("Addictive Behaviors", "10.1016/j.addbeh.{y}.{n6}"), ("Public Health", "10.1016/j.puhe.{y}.{n2}.0{n2}"),
             ("European Journal of Marketing", "10.1108/EJM-{n2}-{y}-0{n3}"),
             ("Journal of Business Research", "10.1016/j.jbusres.{y}.{n6}")]  # fmt: skip
_UNIVERSITIES = ["University of Bristol", "University of Glasgow", "University of Stirling", "Nottingham Trent University",
                 "University College Dublin", "University of Salford"]  # fmt: skip
_CONFERENCES = [("International Conference on Gambling and Risk Taking", "Las Vegas"),
                ("Academy of Marketing Conference", "Cardiff"), ("Academy of Marketing Conference", "Birmingham"),
                ("International Conference on Gambling and Risk Taking", "Reno")]  # fmt: skip
_PRESS = ["iGaming Business", "SBC News", "EGR", "Racing Post", "The Guardian", "Financial Times", "The Irish Times",
          "BBC News", "Marketing Week", "Campaign"]  # fmt: skip
_TOPICS = ["safer gambling messaging", "sports betting advertising", "affiliate marketing", "free bet offers",
           "VIP schemes", "in-play betting", "gambling sponsorship in football", "customer lifetime value in iGaming",
           "CRM and player retention", "bingo communities", "the National Lottery brand", "lottery good causes",
           "loot boxes", "esports betting", "affordability checks", "self-exclusion", "responsible gambling tools",
           "celebrity endorsement in betting ads", "social media gambling marketing", "gambling harms among young men",
           "casino brand loyalty", "personalised bonus offers", "deposit limits", "the whistle-to-whistle ban",
           "gambling advertising on Twitch", "horse racing audiences", "gamification in online casinos",
           "stigma and gambling harm", "women and online bingo", "operator rebranding after mergers"]  # fmt: skip
_ORG_TITLES = ["Annual report and accounts {y}", "Safer gambling strategy {y}", "Sustainability report {y}",
               "Capital markets day presentation", "Interim results for the six months to 30 June {y}",
               "Our approach to responsible marketing", "Industry code for socially responsible advertising",
               "Impact report {y}", "Annual review {y}/{y2}", "Player protection report",
               "Statistics on gambling participation: year to March {y}", "Guidance on affordability checks",
               "Gambling Survey for Great Britain: annual report ({y})", "Annual Treatment and Support Survey {y}",
               "Corporate responsibility report {y}", "National strategy to reduce gambling harms"]  # fmt: skip


class Blind239WorkFactory(WorkFactory):
    """The blind239 pool's works (see the module's docstring). A subclass: the other halves are unchanged."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 239)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 239 + index)
                self.fakers[locale] = fake
        self.dated_orgs: dict[str, list[tuple[str, set[str], int]]] = {}

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        table = None
        if roll < 0.14:
            table = _IRISH
        elif roll < 0.24:
            table = _MALTESE_GIBRALTARIAN
        elif roll < 0.34:
            table = _SOUTH_ASIAN
        elif roll < 0.42:
            table = _POLISH
        elif roll < 0.48:
            table = _DOUBLE_BARRELLED
        if table is not None:
            family, given = self.rng.choice(table)
            return {"family": family, "given": given}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():  # "de Luca": the particle apart, as reference managers keep it
            return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(self.rng.choice([_REGULATORS, _BODIES, _COMPANIES]))
        return name, set(tags)

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.06:  # the classics of gambling studies and marketing
            return self.rng.randint(1994, 2007)
        return self.rng.randint(2012, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        start = issued[0] if issued else 2022
        year = self.rng.randint(max(start, 2023), 2025)
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if issued and year == issued[0]:
            low_month = issued[1] if len(issued) > 1 else 1
            month = self.rng.randint(low_month, 12)
            if len(issued) > 2 and month == low_month:
                day = self.rng.randint(issued[2], 28)
        return {"date-parts": [[year, month, day]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]}: evidence from Great Britain", f"Rethinking {topic}",
                 f"{topic[0].upper()}{topic[1:]} and {other}", f"Understanding {topic} in the UK and Ireland",
                 f"The effects of {topic} on young adults", f"{topic[0].upper()}{topic[1:]}: a qualitative study",
                 f"Marketing, regulation and {topic}", f"Who benefits from {topic}?",
                 f"{topic[0].upper()}{topic[1:]} after the Gambling Act review"]  # fmt: skip
        return self.rng.choice(forms)

    def _org_title(self, year: int | None) -> str:
        y = year or self.rng.randint(2019, 2024)
        return self.rng.choice(_ORG_TITLES).format(y=y, y2=str(y + 1)[2:])

    def _url(self, name: str) -> str:
        slug = self.fakers["en_GB"].slug()
        host = "".join(ch for ch in name.split(" (")[0].lower() if ch.isalnum())[:24] or "site"
        tld = ".com" if host in ("x", "linkedin", "instagram", "tiktok", "facebook", "youtube", "igamingbusiness",
                                 "sbcnews", "egr", "ft", "theguardian", "irishtimes", "bbcnews", "campaign") else ".co.uk"  # fmt: skip
        return f"https://www.{host}{tld}/{slug}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            list(KINDS), weights=[11, 5, 22, 3, 3, 5, 10, 9, 9, 8, 9, 2, 2, 2, 4],
        )[0]  # fmt: skip
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        return work

    def _pick(self, kind: str, table: list[tuple[str, set[str]]]) -> tuple[str, set[str], int | None]:
        """An organisation of the table; now and then one already dated in this kind, with its year again, so that
        one body has two works of a year ("Gambling Commission, 2023a" and "2023b")."""
        earlier = self.dated_orgs.get(kind, [])
        if earlier and self.rng.random() < 0.15:
            name, tags, year = self.rng.choice(earlier)
            return name, set(tags), year
        name, tags = self.rng.choice(table)
        return name, set(tags), None

    def _dated(self, record: dict[str, Any], chance: float, year: int | None = None) -> int | None:
        if year is None and self.rng.random() >= chance:
            return None
        year = year or self.year()
        record["issued"] = {"date-parts": [[year]]}
        return year

    def _online(self, record: dict[str, Any], name: str) -> None:
        record["URL"] = self._url(name)
        issued = record.get("issued", {}).get("date-parts", [None])[0]
        record["accessed"] = self._accessed_after(issued)

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        if "issued" in record and len(record["issued"]["date-parts"][0]) == 1:
            self.dated_orgs.setdefault(kind, []).append((name, set(tags), record["issued"]["date-parts"][0][0]))
        return self._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        container, publisher, place = self.rng.choice(_HANDBOOKS)
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": container,
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        journal, doi = self.rng.choice(_JOURNALS)
        year = self.year()
        start = self.rng.randint(1, 1400)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8), "container-title": journal,
            "issued": {"date-parts": [[year]]}, "volume": str(self.rng.randint(1, 120)),
            "issue": str(self.rng.randint(1, 12)), "page": f"{start}-{start + self.rng.randint(8, 24)}",
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["DOI"] = doi.format(y=year, n2=self.rng.randint(10, 99), n3=self.rng.randint(100, 999),
                                       n5=self.rng.randint(10000, 99999), n6=self.rng.randint(100000, 999999),
                                       n7=self.rng.randint(1000000, 9999999), c=self.rng.choice("xyz0123456789"))  # fmt: skip
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(_UNIVERSITIES),
                                  "genre": self.rng.choice(["PhD thesis", "PhD thesis", "MPhil thesis", "DBA thesis"])}  # fmt: skip
        if record["publisher"] == "University of Bristol" and self.rng.random() < 0.5:
            record["publisher"] = "University of Bristol (Bristol Hub for Gambling Harms Research)"
        if self.rng.random() < 0.5:
            self._online(record, record["publisher"])
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        name, place = self.rng.choice(_CONFERENCES)
        year = self.year()
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(4),
                                  "container-title": f"{name} {year}", "event-place": place, "publisher-place": place,
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        return self._person_work(record, "conference")

    def _report(self) -> Work:
        """Research commissioned by a charity or regulator and written by academics: "Wardle et al. (2023)"."""
        funder = self.rng.choice(["GambleAware", "Gambling Commission", "Gordon Moody", "Ipsos UK",
                                  "University of Bristol", "Public Health England"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self._title(), "author": self._people(5),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": funder,
                                  "publisher-place": "London"}  # fmt: skip
        if self.rng.random() < 0.75:
            self._online(record, funder)
        return self._person_work(record, "report")

    def _government(self) -> Work:
        name, tags, year = self._pick("government", _REGULATORS)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"])}
        year = self._dated(record, 0.92, year)
        record["title"] = self._org_title(year) if self.rng.random() < 0.5 else self._title()
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        self._online(record, name)
        return self._org(record, "government", name, tags)

    def _body(self) -> Work:
        name, tags, year = self._pick("body", _BODIES)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage", "webpage"])}
        year = self._dated(record, 0.8, year)
        record["title"] = self._org_title(year) if self.rng.random() < 0.4 else self._title()
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        self._online(record, name)
        return self._org(record, "body", name, tags)

    def _company(self) -> Work:
        name, tags, year = self._pick("company", _COMPANIES)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"])}
        year = self._dated(record, 0.85, year)
        record["title"] = self._org_title(year) if record["type"] == "report" else self.rng.choice(
            ["About us", "Our brands", "Safer gambling", "Responsible marketing", "Investors", "Our history",
             "Sustainability", "Careers", "Good causes"])  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name
        self._online(record, name)
        return self._org(record, "company", name, tags)

    def _market_research(self) -> Work:
        name, _tags, year = self._pick("market-research", [(name, {"market-research"}) for name in _RESEARCH])
        record: dict[str, Any] = {"type": "report", "publisher": name}
        year = self._dated(record, 0.92, year)
        y = year or 2024
        market = self.rng.choice(["online gambling", "sports betting", "the National Lottery", "bingo", "casinos",
                                  "online slots", "iGaming", "horse racing betting"])  # fmt: skip
        record["title"] = self.rng.choice([
            f"{market[0].upper()}{market[1:]} - UK - {self.rng.choice(['March', 'July', 'November'])} {y}",
            f"Global gambling market forecast {y}", f"Share of UK adults who gambled online in {y}, by age",
            f"Gambling Survey for Great Britain: wave {self.rng.randint(1, 4)} ({y})",
            f"UK {market} market: size and share {y}", f"Attitudes to {market} among UK adults",
        ])  # fmt: skip
        self._online(record, name)
        return self._org(record, "market-research", name, {"market-research"})

    def _news(self) -> Work:
        press = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": press,
                                  "issued": {"date-parts": [[self.rng.randint(2015, 2025), self.rng.randint(1, 12),
                                                             self.rng.randint(1, 28)]]}}  # fmt: skip
        self._online(record, press)
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org(record, "news", press, {"press"})

    def _social(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES + _BODIES)
        platform = self.rng.choice(["X", "LinkedIn", "Instagram", "TikTok", "Facebook"])
        record: dict[str, Any] = {"type": "post", "title": self.rng.choice(
            ["Safer Gambling Week starts today", "Set a deposit limit before the big match",
             "Our latest results are out now", "Meet the team behind our new app", "Good causes funded this year"]),
            "container-title": platform, "issued": {"date-parts": [[self.rng.randint(2019, 2025), self.rng.randint(1, 12),
                                                                    self.rng.randint(1, 28)]]}}  # fmt: skip
        self._online(record, platform)
        return self._org(record, "social", name, tags | {"social"})

    def _video(self) -> Work:
        record: dict[str, Any] = {"type": "motion_picture", "title": self._title(), "container-title": "YouTube",
                                  "issued": {"date-parts": [[self.rng.randint(2015, 2025), self.rng.randint(1, 12),
                                                             self.rng.randint(1, 28)]]}}  # fmt: skip
        self._online(record, "youtube")
        if self.rng.random() < 0.5:
            record["author"] = self._people(2)
            return self._person_work(record, "video")
        name, tags = self.organisation()
        return self._org(record, "video", name, tags)

    def _podcast(self) -> Work:
        record: dict[str, Any] = {"type": "song", "title": self._title(), "container-title": self.rng.choice(
            ["The Gambling Harms Podcast", "iGaming Daily", "The Racing Post Podcast", "Marketing Week Podcast"]),
            "genre": "Podcast", "issued": {"date-parts": [[self.rng.randint(2018, 2025), self.rng.randint(1, 12),
                                                          self.rng.randint(1, 28)]]}}  # fmt: skip
        self._online(record, "podcast")
        record["author"] = self._people(2)
        return self._person_work(record, "podcast")

    def _web(self) -> Work:
        """A page with no date (cited "n.d."), by a person or an organisation."""
        record: dict[str, Any] = {"type": "webpage", "title": self._title()}
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            self._online(record, self.fakers["en_GB"].domain_word())
            return self._person_work(record, "web")
        name, tags = self.organisation()
        self._online(record, name)
        return self._org(record, "web", name, tags | {"undated"})
