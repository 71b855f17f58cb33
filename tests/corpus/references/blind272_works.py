"""Works the blind272 pool's candidates cite: marketers at printers, stationery, greeting-card and gift-wrap makers,
office-supplies retailers and paper brands in the UK, Ireland, Germany and Italy, writing CIM Level 6 and 7 reports
and MBA assignments in English. Written without reading the checker, its tests or the other pools.

Books, chapters and journal articles with one to eight authors, trade and public bodies' reports (two of one body in
a year now and then), firms' pages and annual reports (plc, Ltd, GmbH, AG, S.p.A.), the trade and consumer press,
market research and the classic marketing texts; British, Irish, German and Italian names as their journals print
them (Ó Súilleabháin, Ní Bhriain, MacGabhann, von Bülow, Weiß, Müller-Lüdenscheidt, De Luca, D'Amico, Lo Presti).
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IE", "de_DE", "de_DE", "it_IT", "it_IT", "de_AT", "de_CH"]
_IRISH = [("Ó Súilleabháin", "Niamh"), ("Ní Bhriain", "Aoife"), ("MacGabhann", "Cian"), ("Ó Ceallaigh", "Seán"),
          ("Ní Mhurchú", "Sorcha"), ("O'Driscoll", "Gráinne"), ("McCarthy", "Eoin"), ("Ó Dónaill", "Pádraig"),
          ("Mac Lochlainn", "Róisín"), ("Ní Chonaill", "Clodagh")]  # fmt: skip
_GERMAN = [("Weiß", "Jürgen"), ("Müller-Lüdenscheidt", "Katrin"), ("Schäfer", "Lena"), ("Größer", "Tobias"),
           ("Köhler", "Anja"), ("Strauß", "Felix"), ("Bühler", "Miriam"), ("Jäger", "Stefan"), ("Hoffmann", "Ute")]  # fmt: skip
_PARTICLE = [("von", "Bülow", "Carolin"), ("von der", "Heide", "Jonas"), ("zu", "Dohna", "Marie"),
             ("van", "Dijk", "Sanne"), ("de", "Vries", "Maarten")]  # fmt: skip
_ITALIAN = [("De Luca", "Giulia"), ("D'Amico", "Marco"), ("Lo Presti", "Chiara"), ("Di Stefano", "Alessandro"),
            ("Dell'Acqua", "Francesca"), ("La Rocca", "Matteo"), ("Esposito", "Federica"), ("Sciarrino", "Niccolò"),
            ("Nicolò", "Lucia"), ("Ferrà", "Andrea")]  # fmt: skip
_JOURNALS = ["Journal of Retailing", "Journal of Consumer Culture", "Marketing Theory",
             "Journal of Product & Brand Management", "Journal of Marketing Management", "European Journal of Marketing",
             "Journal of Business Research", "International Journal of Retail & Distribution Management",
             "Journal of Consumer Research", "Psychology & Marketing", "Journal of Consumer Behaviour",
             "Industrial Marketing Management"]  # fmt: skip
_TOPICS = ["greeting cards", "gift-giving rituals", "seasonal gifting", "stationery nostalgia", "paper and the senses",
           "direct-to-consumer printing", "personalised cards", "B2B office supplies", "sustainable packaging",
           "gift wrap and recycling", "analogue revival", "the handwritten note", "back-to-school shopping",
           "web-to-print", "notebook brands", "luxury leather goods", "card retailing", "occasion marketing",
           "subscription boxes", "loyalty in office supplies", "print on demand", "paper-based communication"]  # fmt: skip
_TITLE_FORMS = ["{T}: a consumer culture perspective", "Why {t} still matters in a digital age",
                "{T} and the meaning of material objects", "Rethinking {t} for Generation Z",
                "The economics of {t}", "{T}: evidence from UK retail", "Ritual, memory and {t}",
                "Brand heritage and {t}", "Price promotions and {t}", "{T} in B2B channels",
                "Consumer attitudes to {t}", "From high street to app: {t}"]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Oxford University Press", "Oxford"), ("Wiley", "Chichester"), ("Palgrave Macmillan", "Basingstoke"),
               ("Bloomsbury Business", "London"), ("Springer Gabler", "Wiesbaden"), ("Edward Elgar", "Cheltenham")]  # fmt: skip
# The marketing texts every candidate cites: (authors, title, publisher, place, years, edition).
_CLASSICS: list[tuple[list[tuple[str, str]], str, str, str, list[int], str | None]] = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Chernev", "Alexander")], "Marketing management", "Pearson", "Harlow", [2022], "16"),
    ([("Kotler", "Philip"), ("Armstrong", "Gary")], "Principles of marketing", "Pearson", "Harlow", [2018, 2021], "17"),
    ([("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], "Principles and practice of marketing", "McGraw-Hill", "London", [2019, 2023], "9"),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow", [2019, 2022], "8"),
    ([("Johnson", "Gerry"), ("Whittington", "Richard"), ("Regnér", "Patrick"), ("Angwin", "Duncan"), ("Scholes", "Kevan")], "Exploring strategy", "Pearson", "Harlow", [2020, 2023], "12"),
    ([("Keller", "Kevin Lane"), ("Swaminathan", "Vanitha")], "Strategic brand management", "Pearson", "Harlow", [2020], "5"),
    ([("Solomon", "Michael R."), ("Askegaard", "Søren"), ("Hogg", "Margaret K."), ("Bamossy", "Gary J.")], "Consumer behaviour: a European perspective", "Pearson", "Harlow", [2019], "7"),
    ([("Porter", "Michael E.")], "Competitive advantage", "Free Press", "New York", [1985], None),
    ([("Sharp", "Byron")], "How brands grow", "Oxford University Press", "Melbourne", [2010], None),
    ([("Fill", "Chris"), ("Turnbull", "Sarah")], "Marketing communications: touchpoints, sharing and disruption", "Pearson", "Harlow", [2019, 2023], "8"),
    ([("Aaker", "David A.")], "Managing brand equity", "Free Press", "New York", [1991], None),
    ([("Baines", "Paul"), ("Rosengren", "Sara"), ("Antonetti", "Paolo")], "Marketing", "Oxford University Press", "Oxford", [2022], "5"),
]  # fmt: skip
# Who writes reports and pages: trade bodies, public bodies, firms and research houses (name, tags, domain).
_BODIES = [("Greeting Card Association (GCA)", {"abbreviation"}, "gca.cards"), ("Greeting Card Association", set(), "gca.cards"),
           ("British Printing Industries Federation (BPIF)", {"abbreviation"}, "britishprint.com"),
           ("Two Sides", set(), "twosides.info"), ("Confederation of Paper Industries", set(), "paper.org.uk"),
           ("Forest Stewardship Council (FSC)", {"abbreviation"}, "fsc-uk.org"),
           ("Royal Mail Group Ltd", {"company"}, "royalmailgroup.com"), ("Royal Mail", {"company"}, "royalmail.com"),
           ("Ofcom", {"government"}, "ofcom.org.uk"), ("Office for National Statistics", {"government"}, "ons.gov.uk"),
           ("Office for National Statistics (ONS)", {"government", "abbreviation"}, "ons.gov.uk"),
           ("British Retail Consortium", set(), "brc.org.uk"), ("An Post", {"company"}, "anpost.com"),
           ("Central Statistics Office", {"government"}, "cso.ie"), ("Statistisches Bundesamt (Destatis)", {"government", "abbreviation"}, "destatis.de"),
           ("ISTAT", {"government", "acronym"}, "istat.it"), ("Chartered Institute of Marketing", set(), "cim.co.uk"),
           ("Giftware Association", set(), "giftwareassociation.co.uk"), ("Publishers Association", set(), "publishers.org.uk"),
           ("Advertising Standards Authority", set(), "asa.org.uk"), ("Competition and Markets Authority", {"government"}, "gov.uk")]  # fmt: skip
_FIRMS = [("Card Factory plc", {"company"}, "cardfactoryinvestors.com"), ("WH Smith PLC", {"company"}, "whsmithplc.co.uk"),
          ("Moonpig Group plc", {"company"}, "moonpig.group"), ("Faber-Castell AG", {"company"}, "faber-castell.com"),
          ("Moleskine S.p.A.", {"company"}, "moleskine.com"), ("Hallmark Cards UK Ltd", {"company"}, "hallmark.co.uk"),
          ("Smythson of Bond Street Ltd", {"company"}, "smythson.com"), ("Leuchtturm1917", {"company"}, "leuchtturm1917.com"),
          ("Staedtler Mars GmbH & Co. KG", {"company", "ampersand"}, "staedtler.com"), ("STABILO International GmbH", {"company"}, "stabilo.com"),
          ("Pukka Pad Ltd", {"company"}, "pukkapad.co.uk"), ("Cimpress plc", {"company"}, "cimpress.com"),
          ("Vistaprint", {"company"}, "vistaprint.co.uk"), ("Moo Print Ltd", {"company"}, "moo.com"),
          ("Papier Ltd", {"company"}, "papier.com"), ("Paperchase Products Ltd", {"company"}, "paperchase.com"),
          ("Ryman Ltd", {"company"}, "ryman.co.uk"), ("Lyreco UK Ltd", {"company"}, "lyreco.com"),
          ("Eason & Son Ltd", {"company", "ampersand"}, "easons.com"), ("Solopress", {"company"}, "solopress.com"),
          ("Funky Pigeon", {"company"}, "funkypigeon.com"), ("Clintons", {"company"}, "clintonscards.co.uk"),
          ("Oliver Bonas", {"company"}, "oliverbonas.com"), ("Schleich's Paper Co.", {"company", "apostrophe"}, "schleichspaper.co.uk"),
          ("Marks & Spencer Group plc", {"company", "ampersand"}, "marksandspencer.com")]  # fmt: skip
_RESEARCH = [("Mintel", "mintel.com"), ("GlobalData", "globaldata.com"), ("Statista", "statista.com"),
             ("Kantar", "kantar.com"), ("YouGov", "yougov.co.uk"), ("IBISWorld", "ibisworld.com")]  # fmt: skip
_MARKETS = ["Greetings cards", "Stationery", "Gift wrap and seasonal accessories", "Office supplies", "Pens and writing instruments",
            "Notebooks and diaries", "Online greetings and gifting", "Commercial printing", "Back-to-school", "Personalised gifts"]  # fmt: skip
_PRESS = ["PrintWeek", "Progressive Greetings", "The Bookseller", "Retail Gazette", "The Grocer", "Marketing Week",
          "Campaign", "The Irish Times", "Financial Times", "The Guardian", "Drapers", "Greetings Today"]  # fmt: skip
_REPORT_TITLES = ["State of the UK greeting card market {y}", "Annual report and accounts {y}", "Sustainability report {y}",
                  "Print industry outlook {y}", "Paper facts and myths", "Consumer attitudes to print and paper {y}",
                  "Postal services: annual monitoring update {y}", "Annual results {y}", "Impact report {y}",
                  "Market intelligence: gift wrap and cards", "Consumer price inflation, UK: December {y}",
                  "Retail sales, Great Britain: December {y}", "Half-year results to {m} {y}",
                  "Our approach to responsible forestry", "Stationery trends {y}"]  # fmt: skip


class Blind272WorkFactory(WorkFactory):
    """The blind272 pool's works; a subclass so no other pool's corpus changes."""

    KINDS = ("book", "chapter", "journal", "report", "web", "news")

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 272)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 223 + index)
                self.fakers[locale] = fake
        self.bodies: list[tuple[str, set[str], str, int]] = []

    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.12:
            family, given = self.rng.choice(_IRISH)
        elif roll < 0.22:
            family, given = self.rng.choice(_GERMAN)
        elif roll < 0.28:
            particle, family, given = self.rng.choice(_PARTICLE)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        elif roll < 0.38:
            family, given = self.rng.choice(_ITALIAN)
        else:
            fake = self.fakers[self.rng.choice(_LOCALES)]
            family, given = fake.last_name(), fake.first_name()
            words = family.split()
            if len(words) > 1 and words[0].islower():
                return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
            if self.rng.random() < 0.07:
                family = f"{family}-{self.fakers['en_GB'].last_name().split('-')[0]}"
        return {"family": family, "given": given}

    def year(self) -> int:
        if self.rng.random() < 0.04:
            return self.rng.randint(1970, 1999)
        return self.rng.randint(2010, 2025)

    def accessed_after(self, year: int) -> dict[str, list[list[int]]]:
        return {
            "date-parts": [[self.rng.randint(max(year, 2022), 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]
        }

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        form = self.rng.choice(_TITLE_FORMS)
        return form.replace("{T}", topic[0].upper() + topic[1:]).replace("{t}", topic)

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[36, 26, 16, 9, 5, 4, 2, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "classic", "chapter", "journal", "body-report", "firm-web", "firm-report", "research", "press", "web-person"],
            weights=[9, 8, 5, 22, 14, 12, 8, 10, 9, 3],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    # ------------------------------------------------------------------ people's works
    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _classic(self) -> Work:
        authors, title, publisher, place, years, edition = self.rng.choice(_CLASSICS)
        year = self.rng.choice(years)
        record: dict[str, Any] = {"type": "book", "title": title, "author": [{"family": f, "given": g} for f, g in authors],
                                  "issued": {"date-parts": [[year]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if edition:
            record["edition"] = edition
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["The Routledge companion to consumer culture", "The Oxford handbook of retail",
                                                "Gift giving: a research anthology", "Handbook of research on paper and print",
                                                "Seasonal marketing: theory and practice"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(12, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 980)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(5, 101)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice(['1016', '1177', '1108', '1080', '1002'])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(2010, 2025)}.{self.rng.randint(100, 9999)}"
            )
        return self._person_work(record, "journal")

    def _web_person(self) -> Work:
        fake = self.fakers["en_GB"]
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "URL": f"https://{fake.domain_name()}/blog/{fake.slug()}"}  # fmt: skip
        if self.rng.random() < 0.75:
            year = self.year()
            record["issued"] = {"date-parts": [[year]]}
            record["accessed"] = self.accessed_after(year)
        else:
            record["accessed"] = self.accessed_after(2022)
        return self._person_work(record, "web")

    def _press(self) -> Work:
        fake = self.fakers["en_GB"]
        year = self.rng.randint(2015, 2025)
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.{paper.lower().replace(' ', '')}.com/news/{fake.slug()}",
        }  # fmt: skip
        record["accessed"] = {
            "date-parts": [
                [
                    self.rng.randint(max(year, 2023), 2026),
                    1 + (record["issued"]["date-parts"][0][1] % 12),
                    self.rng.randint(1, 28),
                ]
            ]
        }
        if (
            record["accessed"]["date-parts"][0][0] == year
            and record["accessed"]["date-parts"][0][1] < record["issued"]["date-parts"][0][1]
        ):
            record["accessed"]["date-parts"][0][0] = year + 1
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    # ------------------------------------------------------------------ organisations' works
    def _dated_org(
        self, record: dict[str, Any], kind: str, name: str, tags: set[str], domain: str, undated: float
    ) -> Work:
        # Now and then one body's second work of a year ("Two Sides, 2023a" and "2023b").
        same = [b for b in self.bodies if b[0] == name]
        if same and self.rng.random() < 0.5:
            year: int | None = same[-1][3]
        elif self.rng.random() < undated:
            year = None
        else:
            year = self.rng.randint(2014, 2025)
        if year is not None:
            record["issued"] = {"date-parts": [[year]]}
            self.bodies.append((name, tags, domain, year))
        record["title"] = (
            record["title"]
            .replace("{y}", str(year or 2024))
            .replace("{m}", self.rng.choice(["August", "September", "October"]))
        )
        if "URL" in record:
            record["accessed"] = self.accessed_after(year or 2022)
        return self._org_work(record, kind, name, tags)

    def _pick_body(self, table: list[tuple[str, set[str], str]]) -> tuple[str, set[str], str]:
        if self.bodies and self.rng.random() < 0.25:
            name, tags, domain, _year = self.rng.choice(self.bodies)
            return name, tags, domain
        name, tags, domain = self.rng.choice(table)
        return name, set(tags), domain

    def _body_report(self) -> Work:
        name, tags, domain = self._pick_body(_BODIES)
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(_REPORT_TITLES), "publisher": name.split(" (")[0],
                                  "publisher-place": self.rng.choice(["London", "London", "Dublin", "Wiesbaden", "Rome"])}  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = f"https://www.{domain}/{self.fakers['en_GB'].slug()}"
        return self._dated_org(record, "report", name, tags, domain, 0.12)

    def _firm_report(self) -> Work:
        name, tags, domain = self._pick_body(_FIRMS)
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(["Annual report and accounts {y}", "Annual results {y}",
                                                                             "Sustainability report {y}", "Half-year results to {m} {y}", "Impact report {y}"]),
                                  "publisher": name, "URL": f"https://www.{domain}/investors/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        return self._dated_org(record, "report", name, tags, domain, 0.05)

    def _firm_web(self) -> Work:
        name, tags, domain = self._pick_body(_FIRMS + _BODIES)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(["Our story", "About us", "Sustainability", "Our paper promise",
                                                                              "Corporate gifting", "Business printing services", "Who we are",
                                                                              "Our heritage", "Recycling your cards and wrap", "Press centre"]),
                                  "URL": f"https://www.{domain}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        return self._dated_org(record, "web", name, tags | {"web"}, domain, 0.45)

    def _research(self) -> Work:
        name, domain = self.rng.choice(_RESEARCH)
        market = self.rng.choice(_MARKETS)
        country = self.rng.choice(["UK", "UK", "Ireland", "Germany", "Italy", "Europe"])
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice([f"{market} - {country} - {{m}} {{y}}", f"{market} in the {country}: market report {{y}}",
                                                                              f"{country} {market.lower()} market: size and forecast to 2030",
                                                                              f"Share of {country} adults who bought {market.lower()} online in {{y}}"]),
                                  "publisher": name, "URL": f"https://www.{domain}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        return self._dated_org(record, "report", name, {"market-research"}, domain, 0.06)
