"""The blind224 pool's works: what marketers at toy makers, games and puzzle publishers, children's publishers,
licensing agencies, baby and nursery brands, toy retailers and children's entertainment studios in the UK, Denmark,
Germany, the United States and Japan cite in CIM Level 6 and 7 reports and MBA assignments.

Written without reading the checker, its tests or any other pool: textbooks and chapters, journals of children's
consumer research with one to eight authors and DOIs, theses, Toy Fair and ICA papers, regulators and public
bodies, trade bodies and charities, toy companies' pages, annual reports and investor decks, market research with
years, the toy trade press and newspapers signed and unsigned, social posts, videos, podcasts and undated pages.
Danish names keep æ, ø and å, German names their umlauts and "von", Japanese names the order their owners print
(family name as the family name, whichever comes first on the paper).
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

# The kinds of work as each Work records them (what the drawn kinds below become).
KINDS = ("book", "chapter", "journal", "thesis", "conference", "report", "web", "news", "social", "video", "podcast")

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_US", "en_US", "da_DK", "da_DK", "de_DE", "de_DE", "de_AT", "en_IE"]
_DANISH = [("Jørgensen", "Søren"), ("Kjærgaard", "Mette"), ("Sørensen", "Anne-Mette"), ("Møller", "Rasmus"),
           ("Østergaard", "Lærke"), ("Bækgaard", "Jens"), ("Aagaard", "Ida"), ("Nørgaard", "Mads"),
           ("Skovgård", "Trine"), ("Dahl Kristensen", "Birgitte"), ("Lykkegaard", "Frederik"), ("Fæster", "Kasper"),
           ("Rønnow", "Signe"), ("Kirk Kristiansen", "Kjeld"), ("Højbjerg", "Astrid"), ("Thygesen", "Maja")]  # fmt: skip
_GERMAN = [("Müller", "Jürgen"), ("Schäfer", "Anja"), ("Böhm", "Katrin"), ("Günther", "Lukas"), ("Köhler", "Sabine"),
           ("Weiß", "Tobias"), ("Jäger", "Lena"), ("Hübner", "Matthias"), ("Krüger", "Franziska"), ("Brückner", "Ulrich"),
           ("Vögele", "Miriam"), ("Großmann", "Felix")]  # fmt: skip
_VON = [("von", "Hagen", "Klara"), ("von", "Wangenheim", "Florian"), ("von", "Bodelschwingh", "Jana"),
        ("von der", "Heyde", "Marlene"), ("van", "Dijk", "Thijs")]  # fmt: skip
# Japanese authors as English-language papers print them: the family name is the family name whichever comes first.
_JAPANESE = [("Tanaka", "Haruka"), ("Suzuki", "Kenji"), ("Nakamura", "Aiko"), ("Yamamoto", "Daisuke"),
             ("Kobayashi", "Yui"), ("Itō", "Takeshi"), ("Saitō", "Mai"), ("Watanabe", "Shō"), ("Ōno", "Ryōta"),
             ("Katō", "Emi"), ("Matsumoto", "Hiroki"), ("Inoue", "Sakura")]  # fmt: skip

_COMPANIES = [("The LEGO Group", {"company"}), ("LEGO Group", {"company"}), ("Mattel, Inc.", {"company", "comma"}),
              ("Hasbro, Inc.", {"company", "comma"}), ("Bandai Namco Holdings Inc.", {"company"}),
              ("Ravensburger AG", {"company"}), ("Geobra Brandstätter (Playmobil)", {"company", "abbreviation"}),
              ("Smyths Toys", {"company"}), ("The Entertainer", {"company"}), ("Hamleys Global Holdings", {"company"}),
              ("Spin Master Corp.", {"company"}), ("Moose Toys", {"company"}), ("Entertainment One", {"company"}),
              ("Moonpig Group plc", {"company"}), ("Mothercare plc", {"company"}), ("Hornby plc", {"company"}),
              ("Jellycat", {"company"})]  # fmt: skip
_REGULATORS = [("Advertising Standards Authority", {"government"}), ("Advertising Standards Authority (ASA)", {"government", "abbreviation"}),
               ("Committee of Advertising Practice (CAP)", {"government", "abbreviation"}),
               ("Office for Product Safety and Standards", {"government"}), ("Ofcom", {"government"}),
               ("Information Commissioner's Office", {"government", "apostrophe"}),
               ("Information Commissioner's Office (ICO)", {"government", "apostrophe", "abbreviation"}),
               ("Competition and Markets Authority", {"government"}), ("European Commission", {"government"}),
               ("Federal Trade Commission", {"government"}), ("US Federal Trade Commission (FTC)", {"government", "abbreviation"}),
               ("Department for Business & Trade", {"government", "ampersand"})]  # fmt: skip
_TRADE = [("British Toy & Hobby Association", {"trade-body", "ampersand"}), ("British Toy & Hobby Association (BTHA)", {"trade-body", "ampersand", "abbreviation"}),
          ("Toy Industries of Europe", {"trade-body"}), ("The Toy Association", {"trade-body"}),
          ("Childnet International", {"charity"}), ("NSPCC", {"charity", "acronym"}),
          ("National Literacy Trust", {"charity"}), ("Children's Commissioner for England", {"government", "apostrophe"}),
          ("Licensing International", {"trade-body"}), ("Booktrust", {"charity"})]  # fmt: skip
_RESEARCH = ["Circana", "NPD Group", "Mintel", "Kantar", "Euromonitor International", "Statista"]
_PRESS = ["Toy World", "Toys n Playthings", "Licensing Source", "Campaign", "The Guardian", "BBC News",
          "Marketing Week", "The Bookseller", "Toy News", "Financial Times"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"), ("Bloomsbury", "London"),
               ("Bloomsbury Academic", "London"), ("Palgrave Macmillan", "Cham"), ("Edward Elgar", "Cheltenham"),
               ("Samfundslitteratur", "Frederiksberg"), ("Springer Gabler", "Wiesbaden")]  # fmt: skip
_JOURNALS = ["Young Consumers", "Journal of Consumer Research", "Journal of Children and Media",
             "International Journal of Advertising", "Journal of Business Research", "Journal of Marketing Management",
             "Psychology & Marketing", "Journal of Consumer Behaviour", "European Journal of Marketing"]  # fmt: skip
_UNIVERSITIES = ["University of Sheffield", "Bournemouth University", "Copenhagen Business School",
                 "Aarhus University", "Nottingham Trent University"]  # fmt: skip
_TOPICS = ["pester power", "kidfluencers", "unboxing videos", "advergames", "toy licensing", "pocket money",
           "gendered toy marketing", "collectables", "kidult buyers", "brand extension into film", "play patterns",
           "loot boxes", "sustainable toys", "screen time", "parental mediation", "food advertising to children",
           "character merchandising", "the Christmas gifting season", "blind-bag toys", "adult fans of LEGO",
           "nostalgia marketing", "retail theatre in toy shops", "children's data and apps", "board game revivals"]  # fmt: skip


class Blind224WorkFactory(WorkFactory):
    """Works of the blind224 pool, from a random source of its own so no other pool's corpus changes."""

    KINDS = KINDS
    DRAWN: ClassVar[dict[str, int]] = {"book": 12, "chapter": 5, "journal": 22, "thesis": 3, "conference": 3, "regulator": 9, "trade-body": 7,
             "company-web": 8, "company-report": 7, "market-research": 8, "news": 7, "press-unsigned": 3,
             "social": 2, "video": 2, "podcast": 2, "undated-web": 4}  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 224)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.dated_orgs: list[tuple[str, set[str], list[int]]] = []

    # ------------------------------------------------------------------ people, dates, titles
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.15:
            family, given = self.rng.choice(_DANISH)
            return {"family": family, "given": given}
        if roll < 0.25:
            family, given = self.rng.choice(_GERMAN)
            return {"family": family, "given": given}
        if roll < 0.30:
            particle, family, given = self.rng.choice(_VON)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.40:
            family, given = self.rng.choice(_JAPANESE)
            return {"family": family, "given": given}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():
            return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        roll = self.rng.random()
        if roll < 0.06:
            family = f"{family}-{self.fakers['en_GB'].last_name()}"
        elif roll < 0.10:
            family = self.rng.choice(["O'", "Mc", "Mac"]) + self.fakers["en_GB"].last_name().split("-")[0]
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[35, 28, 16, 8, 5, 4, 2, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1975, 1999)
        return self.rng.randint(2006, 2024)

    def accessed(self) -> dict[str, list[list[int]]]:
        return {"date-parts": [[2025, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]} and {other}", f"Children, parents and {topic}",
                 f"The business of play: {topic} in the UK toy market", f"Rethinking {topic}",
                 f"{topic[0].upper()}{topic[1:]}: evidence from Denmark and Germany", f"The effect of {topic} on {other}",
                 f"When play goes digital: {topic} among 6- to 12-year-olds", f"{topic[0].upper()}{topic[1:]} in Japan and the US"]  # fmt: skip
        return self.rng.choice(forms)

    def _url(self, host: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        return f"https://www.{host}/{fake.slug()}" if host else fake.url() + fake.uri_path()

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        if kind not in self.DRAWN:
            kind = self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _with(self, work: Work, kind: str) -> Work:
        work.kind = kind
        return work

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str], dated: bool = True) -> Work:
        if dated:
            if self.dated_orgs and self.rng.random() < 0.12:  # two works of one organisation in one year
                name, tags, parts = self.rng.choice(self.dated_orgs)
                record["issued"] = {"date-parts": [list(parts)]}
            else:
                record["issued"] = {"date-parts": [[self.year()]]}
            self.dated_orgs.append((name, tags, record["issued"]["date-parts"][0]))
        if record.get("publisher") == "":
            record["publisher"] = name
        return self._org_work(record, kind, name, tags)

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
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["The Routledge handbook of children's consumer culture",
                                                "Children, media and marketing", "Licensing and brand extension",
                                                "The Sage handbook of play"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["DOI"] = (
                f"10.{self.rng.choice(['1108', '1093', '1080', '1016'])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(2010, 2024)}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "genre": self.rng.choice(["PhD thesis", "MBA dissertation", "MSc dissertation"]),
                                  "publisher": self.rng.choice(_UNIVERSITIES), "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        year = self.year()
        event = self.rng.choice(
            [f"Toy Fair {year}", f"ICA {year} annual conference", f"Toy Association Toy Fair {year}"]
        )
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(4),
                                  "container-title": f"Proceedings of {event}", "event": event,
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        return self._person_work(record, "conference")

    def _regulator(self) -> Work:
        name, tags = self.rng.choice(_REGULATORS)
        titles = ["Advertising to children", "Children's code: age appropriate design", "Toy safety guidance",
                  "Online Safety Act: protecting children", "Influencer marketing guidance for brands",
                  "Toys (Safety) Regulations 2011: guidance for businesses", "Loot boxes in video games",
                  "Children's media lives", "Green claims code"]  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(titles),
                                  "URL": self._url("gov.uk"), "accessed": self.accessed()}  # fmt: skip
        return self._org(record, "report" if record["type"] == "report" else "web", name, set(tags))

    def _trade_body(self) -> Work:
        name, tags = self.rng.choice(_TRADE)
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(["UK toy market report", "Toy safety: buying online",
                                  "Children and reading in 2024", "Online safety for families", "Value of play report",
                                  "Annual review"]), "publisher": "", "URL": self._url(), "accessed": self.accessed()}  # fmt: skip
        dated = self.rng.random() < 0.85
        return self._org(record, "report", name, set(tags), dated)

    def _company_web(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(["Our purpose", "Sustainability at a glance",
                                  "Play well report", "Responsible marketing to children", "About us", "Newsroom",
                                  "Our brands"]), "URL": self._url(), "accessed": self.accessed()}  # fmt: skip
        return self._org(record, "web", name, set(tags), self.rng.random() < 0.7)

    def _company_report(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        title = self.rng.choice(
            [
                "Annual report",
                "Annual report and accounts",
                "Investor presentation",
                "Capital markets day deck",
                "Integrated report",
                "Q4 earnings release",
            ]
        )
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": "", "URL": self._url(),
                                  "accessed": self.accessed()}  # fmt: skip
        return self._org(record, "report", name, set(tags))

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        market = self.rng.choice(
            [
                "toys and games",
                "traditional toys",
                "baby and nursery products",
                "children's books",
                "licensed toys",
                "kidult toys",
                "board games and puzzles",
            ]
        )
        country = self.rng.choice(["UK", "Germany", "Denmark", "US", "Japan", "Europe"])
        record: dict[str, Any] = {"type": "report", "publisher": name, "URL": self._url(f"{name.split()[0].lower()}.com"),
                                  "accessed": self.accessed(),
                                  "title": self.rng.choice([f"{market[0].upper()}{market[1:]} - {country}",
                                                            f"{market[0].upper()}{market[1:]} in the {country}: market report",
                                                            f"Sales of {market} in the {country} by channel"])}  # fmt: skip
        return self._org(record, "report", name, {"market-research"}, self.rng.random() < 0.92)

    def _news(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "author": self._people(2),
            "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(), "accessed": self.accessed(),
        }  # fmt: skip
        return self._person_work(record, "news")

    def _press_unsigned(self) -> Work:
        name = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": name,
                                  "URL": self._url(), "accessed": self.accessed()}  # fmt: skip
        return self._org(record, "news", name, {"press"})

    def _social(self) -> Work:
        platform = self.rng.choice(["Instagram", "TikTok", "LinkedIn", "X"])
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(["Behind the bricks", "Our new set drops Friday",
                                  "Play is serious business", "Meet the designers"]), "container-title": platform,
                                  "URL": self._url(f"{platform.lower()}.com"), "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.5:
            record["author"] = [self.person()]
            record["issued"] = {
                "date-parts": [[self.rng.randint(2019, 2024), self.rng.randint(1, 12), self.rng.randint(1, 28)]]
            }
            return self._person_work(record, "social")
        name, tags = self.rng.choice(_COMPANIES)
        return self._org(record, "social", name, set(tags))

    def _video(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": f"{self.rng.choice(['How LEGO sets are designed', 'Inside Toy Fair', 'Unboxing the Advent calendar', 'Why kids love Squishmallows'])} [Video]",
                                  "container-title": "YouTube", "URL": self._url("youtube.com"), "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.5:
            record["author"] = [self.person()]
            record["issued"] = {"date-parts": [[self.year()]]}
            return self._person_work(record, "video")
        name, tags = self.rng.choice(_COMPANIES + _TRADE)
        return self._org(record, "video", name, set(tags))

    def _podcast(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": f"{self.rng.choice(['The Toy Podcast', 'Kids Industries', 'Licensing Talk', 'Play Matters'])}: episode {self.rng.randint(2, 240)} [Podcast]",
                                  "author": self._people(2), "issued": {"date-parts": [[self.year()]]},
                                  "URL": self._url(), "accessed": self.accessed()}  # fmt: skip
        return self._person_work(record, "podcast")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self._title(),
            "URL": self._url(),
            "accessed": self.accessed(),
        }
        if self.rng.random() < 0.4:
            record["author"] = [self.person()]
            return self._person_work(record, "web")
        name, tags = self.rng.choice(_COMPANIES + _TRADE)
        return self._org(record, "web", name, set(tags) | {"undated"}, dated=False)
