"""The blind343 pool's works: what marketers at home-security, alarm, lock, smart-doorbell, guarding and
home-insurance firms in the UK, Ireland, Spain, Norway, Israel and New Zealand cite in CIM Level 6 and 7 reports
and MBA assignments.

Written without reading the checker, its tests or any other pool. Books, chapters and criminology and marketing
journals with one to eight authors, public bodies (two works of one body in a year now and then), firms' pages and
annual reports, trade and standards bodies, the press signed and unsigned, market research with and without years,
the marketing texts every candidate cites and undated pages. Names as this region's scholars print them: Spanish
with "de", "del" and "y", Norwegian with "ø", "æ" and "å", Israeli names with "Ben-" and "Bar-", Māori names with
macrons, Irish names with "O'", "Mac", "Ó" and "Ní", and British names.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

_SPANISH = [("García", "Lucía"), ("Martínez-López", "Javier"), ("Fernández Sánchez", "Marta"), ("Ruiz", "Alejandro"),
            ("Sánchez y Gil", "Inés"), ("Moreno", "Pablo"), ("Jiménez", "Carmen"), ("Navarro-Ortega", "Elena"),
            ("Ortega y Ruiz", "Daniel"), ("Romero", "Isabel"), ("Herrera", "Sergio"), ("Vázquez", "Nuria")]  # fmt: skip
_SPANISH_PARTICLES = [("de la", "Fuente", "Marta"), ("del", "Río", "Andrés"), ("de", "Miguel", "Raquel"),
                      ("del", "Castillo", "Jorge"), ("de la", "Torre", "Beatriz"), ("de", "León", "Álvaro")]  # fmt: skip
_NORWEGIAN = [("Østby", "Ingrid"), ("Sæther", "Håkon"), ("Ødegård", "Kari"), ("Haugen", "Sindre"),
              ("Kjærstad", "Solveig"), ("Løvås", "Øystein"), ("Strømme", "Torunn"), ("Grønvold", "Bjørn"),
              ("Hægeland", "Marit"), ("Åsheim", "Eirik"), ("Bakke", "Silje"), ("Dæhlen", "Ragnhild")]  # fmt: skip
_ISRAELI = [("Ben-David", "Noa"), ("Bar-Lev", "Yoav"), ("Cohen", "Tamar"), ("Levi", "Amit"), ("Mizrahi", "Shira"),
            ("Ben-Ari", "Eitan"), ("Bar-Tal", "Michal"), ("Peretz", "Oren"), ("Shapira", "Yael"), ("Katz", "Ido"),
            ("Ben-Shahar", "Ronit"), ("Friedman", "Gil"), ("Bar-Ilan", "Dana"), ("Avraham", "Liat")]  # fmt: skip
_MAORI = [("Ngata", "Aroha"), ("Te Huia", "Tāmati"), ("Pōmare", "Mere"), ("Tāwhai", "Wiremu"), ("Māhuika", "Ngaire"),
          ("Pāora", "Hēmi"), ("Te Rangi", "Kiri"), ("Wētere", "Rāwiri"), ("Tūhiwai", "Anahera")]  # fmt: skip
_IRISH = [("O'Sullivan", "Aoife"), ("O'Connell", "Cian"), ("MacNamara", "Niamh"), ("Ó Ceallaigh", "Pádraig"),
          ("Ní Mhurchú", "Gráinne"), ("McGrath", "Eoin"), ("O'Donoghue", "Siobhán"), ("Mac Cárthaigh", "Seán"),
          ("Ní Bhriain", "Orla"), ("Kavanagh", "Ciara"), ("MacCarthy", "Dónal")]  # fmt: skip
_BRITISH = [("Smith", "Rachel"), ("Taylor", "James"), ("Hughes", "Emma"), ("Patel", "Priya"), ("Evans", "Gareth"),
            ("Wright", "Hannah"), ("Armitage", "Rachel"), ("Pease", "Ken"), ("Farrell", "Graham"), ("Tilley", "Nick"),
            ("Tseloni", "Andromachi"), ("Thompson", "Rebecca"), ("Hopkins", "Matt"), ("Clarke-Jones", "Oliver"),
            ("Khan", "Aisha"), ("Morgan", "Rhys"), ("Bennett", "Laura"), ("Fletcher", "Tom")]  # fmt: skip

_JOURNALS = ["Security Journal", "Crime Science", "Journal of Quantitative Criminology", "British Journal of Criminology",
             "Journal of Consumer Behaviour", "Journal of Interactive Marketing", "Psychology & Marketing",
             "Journal of Marketing Management"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Palgrave Macmillan", "Basingstoke"), ("Kogan Page", "London"),
               ("Pearson", "Harlow"), ("Sage", "London"), ("Willan", "Cullompton"), ("Policy Press", "Bristol"),
               ("Oxford University Press", "Oxford"), ("Springer", "Cham"), ("Wiley", "Chichester")]  # fmt: skip
_TOPICS = ["smart doorbells", "burglary prevention", "monitored alarms", "fear appeals", "home-insurance bundles",
           "smart locks", "video surveillance and privacy", "subscription security", "target hardening",
           "repeat victimisation", "the connected home", "security as a service", "trust in smart devices",
           "insurer partnerships", "doorstep crime", "digital channels in home security", "neighbourhood watch apps",
           "alarm response", "older homeowners and telecare", "security cameras and GDPR"]  # fmt: skip

_GOVERNMENT: list[tuple[str, set[str], str]] = [
    ("Home Office", {"government"}, "https://www.gov.uk/government/statistics/"),
    ("Office for National Statistics", {"government"}, "https://www.ons.gov.uk/peoplepopulationandcommunity/crimeandjustice/"),
    ("Office for National Statistics (ONS)", {"government", "abbreviation"}, "https://www.ons.gov.uk/releases/"),
    ("Information Commissioner's Office", {"government", "apostrophe"}, "https://ico.org.uk/for-the-public/"),
    ("Information Commissioner's Office (ICO)", {"government", "apostrophe", "abbreviation"}, "https://ico.org.uk/for-organisations/"),
    ("Office for Product Safety and Standards (OPSS)", {"government", "abbreviation"}, "https://www.gov.uk/government/publications/"),
    ("Central Statistics Office", {"government"}, "https://www.cso.ie/en/releasesandpublications/"),
    ("Central Statistics Office (CSO)", {"government", "abbreviation"}, "https://www.cso.ie/en/statistics/"),
    ("An Garda Síochána", {"government"}, "https://www.garda.ie/en/crime-prevention/"),
    ("Instituto Nacional de Estadística (INE)", {"government", "abbreviation"}, "https://www.ine.es/dyngs/INEbase/"),
    ("Statistics Norway (SSB)", {"government", "abbreviation"}, "https://www.ssb.no/en/sosiale-forhold-og-kriminalitet/"),
    ("Israel Central Bureau of Statistics", {"government"}, "https://www.cbs.gov.il/en/publications/"),
    ("Stats NZ", {"government"}, "https://www.stats.govt.nz/information-releases/"),
    ("New Zealand Police", {"government"}, "https://www.police.govt.nz/about-us/publications-statistics/"),
    ("European Union Agency for Cybersecurity (ENISA)", {"government", "abbreviation"}, "https://www.enisa.europa.eu/publications/"),
]  # fmt: skip
_FIRMS: list[tuple[str, set[str], str]] = [
    ("ADT Fire and Security plc", {"company"}, "https://www.adt.co.uk/"),
    ("Verisure plc", {"company"}, "https://www.verisure.com/investors/"),
    ("Securitas AB", {"company"}, "https://www.securitas.com/en/investors/"),
    ("ASSA ABLOY AB", {"company"}, "https://www.assaabloy.com/group/en/investors/"),
    ("Sector Alarm AS", {"company"}, "https://www.sectoralarm.no/"),
    ("Prosegur Compañía de Seguridad S.A.", {"company"}, "https://www.prosegur.com/en/shareholders-investors/"),
    ("Gjensidige Forsikring ASA", {"company"}, "https://www.gjensidige.com/investor-relations/"),
    ("Ring LLC", {"company"}, "https://ring.com/uk/en/blog/"),
    ("Arlo Technologies, Inc.", {"company", "comma"}, "https://www.arlo.com/en-gb/"),
    ("SimpliSafe, Inc.", {"company", "comma"}, "https://simplisafe.co.uk/"),
    ("Banham Patent Locks Ltd", {"company"}, "https://www.banham.co.uk/"),
    ("Tunstall Healthcare (UK) Ltd", {"company"}, "https://www.tunstall.co.uk/"),
    ("Magal Security Systems Ltd", {"company"}, "https://www.magal-s3.com/"),
    ("Direct Line Insurance Group plc", {"company"}, "https://www.directlinegroup.co.uk/en/investors/"),
    ("Aviva plc", {"company"}, "https://www.aviva.com/investors/"),
    ("FBD Holdings plc", {"company"}, "https://www.fbdgroup.com/investor-relations/"),
    ("Yale", {"company"}, "https://www.yale.co.uk/en/yale/couk/"),
    ("Paxton Access Ltd", {"company"}, "https://www.paxton-access.com/"),
]  # fmt: skip
_TRADE: list[tuple[str, set[str], str]] = [
    ("British Security Industry Association (BSIA)", {"trade-body", "abbreviation"}, "https://www.bsia.co.uk/"),
    ("British Security Industry Association", {"trade-body"}, "https://www.bsia.co.uk/publications/"),
    ("Master Locksmiths Association (MLA)", {"trade-body", "abbreviation"}, "https://www.locksmiths.co.uk/"),
    ("National Security Inspectorate (NSI)", {"trade-body", "abbreviation"}, "https://www.nsi.org.uk/"),
    ("Secured by Design", {"trade-body"}, "https://www.securedbydesign.com/guidance/"),
    ("Association of British Insurers (ABI)", {"trade-body", "abbreviation"}, "https://www.abi.org.uk/data-and-resources/"),
    ("Insurance Ireland", {"trade-body"}, "https://www.insuranceireland.eu/"),
    ("Insurance Council of New Zealand", {"trade-body"}, "https://www.icnz.org.nz/"),
    ("Fire & Security Association (FSA)", {"trade-body", "ampersand", "abbreviation"}, "https://www.thefsa.org.uk/"),
    ("Which?", {"trade-body", "punctuation"}, "https://www.which.co.uk/reviews/"),
]  # fmt: skip
_PRESS = ["The Guardian", "The Times", "BBC News", "The Irish Times", "El País", "Aftenposten", "Haaretz",
          "The New Zealand Herald", "Which?"]  # fmt: skip
_RESEARCH = ["Mintel", "Statista", "Kantar", "YouGov", "Parks Associates", "Omdia", "Euromonitor International"]
_MARKETS = ["smart home security", "home security systems", "smart doorbells", "home insurance", "locks and keys",
            "video surveillance", "alarm monitoring", "connected home devices"]  # fmt: skip
_COUNTRIES = ["UK", "Ireland", "Spain", "Norway", "Israel", "New Zealand", "Europe", "Western Europe"]
# The marketing texts every candidate cites, as their reading lists give them (author, given, title, publisher, place).
_TEXTS = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane")], "Marketing management", "Pearson", "Harlow"),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing", "Pearson", "Harlow"),
    ([("Solomon", "Michael R.")], "Consumer behavior: buying, having, and being", "Pearson", "Harlow"),
    ([("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], "Principles and practice of marketing", "McGraw-Hill", "London"),
    ([("Kingsnorth", "Simon")], "Digital marketing strategy: an integrated approach to online marketing", "Kogan Page", "London"),
    ([("Ryan", "Damian")], "Understanding digital marketing", "Kogan Page", "London"),
    ([("Sharp", "Byron")], "How brands grow: what marketers don't know", "Oxford University Press", "Melbourne"),
    ([("Felson", "Marcus"), ("Eckert", "Mary A.")], "Crime and everyday life", "Sage", "Thousand Oaks, CA"),
    ([("Zuboff", "Shoshana")], "The age of surveillance capitalism", "Profile Books", "London"),
    ([("Fill", "Chris"), ("Turnbull", "Sarah")], "Marketing communications: touchpoints, sharing and disruption", "Pearson", "Harlow"),
]  # fmt: skip


class Blind343WorkFactory(WorkFactory):
    """Works for the blind343 pool: home security, locks, smart doorbells, guarding and home insurance."""

    KINDS = ("book", "chapter", "journal", "report", "web", "news")

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 343)
        self.dated: list[tuple[str, set[str], str, int]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.1:
            particle, family, given = self.rng.choice(_SPANISH_PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        table = self.rng.choices([_SPANISH, _NORWEGIAN, _ISRAELI, _MAORI, _IRISH, _BRITISH, None],
                                 weights=[12, 13, 12, 9, 12, 22, 20])[0]  # fmt: skip
        if table is None:
            fake = self.fakers["en_GB"]
            return {"family": fake.last_name(), "given": fake.first_name()}
        family, given = self.rng.choice(table)
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if all(p["family"] != person["family"] for p in people):
                people.append(person)
        return people

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.05:  # the criminology classics candidates still cite
            return self.rng.randint(1979, 1999)
        return self.rng.randint(2006, 2025)

    def _web_year(self) -> int:
        return min(self.year(), 2024)

    def _accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        low = max(2022, (year or 2021) + 1)
        return {
            "date-parts": [[self.rng.randint(min(low, 2025), 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]
        }

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        country = self.rng.choice(
            ["the UK", "Ireland", "Spain", "Norway", "Israel", "New Zealand", "England and Wales"]
        )
        forms = [f"{topic[0].upper()}{topic[1:]} and {other}", f"Rethinking {topic}: evidence from {country}",
                 f"{topic[0].upper()}{topic[1:]} in {country}", f"Attitudes to {topic}: a survey of homeowners in {country}",
                 f"The marketing of {topic}", f"{topic[0].upper()}{topic[1:]}: a systematic review",
                 f"{topic[0].upper()}{topic[1:]} and burglary risk: evidence from {country}"]  # fmt: skip
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "text", "chapter", "journal", "government", "firm", "trade", "press", "market-research",
             "web-person"],
            weights=[8, 6, 5, 22, 13, 13, 10, 10, 8, 5],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _text(self) -> Work:
        people, title, publisher, place = self.rng.choice(_TEXTS)
        record: dict[str, Any] = {"type": "book", "title": title,
                                  "author": [{"family": f, "given": g} for f, g in people],
                                  "issued": {"date-parts": [[self.rng.randint(2016, 2024)]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.7:
            record["edition"] = str(self.rng.randint(2, 16))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["Handbook of crime prevention and community safety",
                                                "The Routledge handbook of security marketing",
                                                "Situational crime prevention: successful case studies",
                                                "The Palgrave handbook of consumer privacy"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 64)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.choice(['1057', '1186', '1007', '1093', '1002', '1016', '1080'])}/{self.rng.randint(10000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _web_person(self) -> Work:
        year = self._web_year()
        site = self.rng.choice(["https://www.locksmiths.co.uk/blog/", "https://www.securityinformed.com/insights/",
                                "https://www.ifsecglobal.com/", "https://theconversation.com/"])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "URL": site + self.fakers["en_GB"].slug(), "accessed": self._accessed_after(year)}  # fmt: skip
        if self.rng.random() < 0.8:
            record["issued"] = {"date-parts": [[year]]}
        return self._person_work(record, "web")

    def _org(self, table: list[tuple[str, set[str], str]], titles: list[str]) -> Work:
        name, tags, url = self.rng.choice(table)
        year: int | None = self._web_year()
        earlier = [d for d in self.dated if d[0] in {row[0] for row in table}]
        if earlier and self.rng.random() < 0.15:  # one body's two works of a year ("Home Office, 2023a" and "b")
            name, tags, url, year = self.rng.choice(earlier)
        elif self.rng.random() < 0.15:
            year = None
        report = self.rng.random() < 0.5
        record: dict[str, Any] = {"type": "report" if report else "webpage", "title": self.rng.choice(titles)}
        if report:
            record["publisher"] = name.split(" (")[0]
        if not report or self.rng.random() < 0.7:
            record["URL"] = url + self.fakers["en_GB"].slug()
            record["accessed"] = self._accessed_after(year)
        if year is not None:
            record["issued"] = {"date-parts": [[year]]}
            self.dated.append((name, tags, url, year))
        return self._org_work(record, "report" if report else "web", name, tags)

    def _government(self) -> Work:
        year = self.rng.randint(2018, 2024)
        titles = [f"Crime in England and Wales: year ending March {year}", "Burglary and theft: crime prevention advice",
                  f"Recorded crime statistics {year}", "Smart security cameras: using them in your home",
                  "Code of practice for consumer IoT security", "Household burglary and domestic security measures",
                  f"Crime and victimisation survey {year}", "Threat landscape for consumer smart devices"]  # fmt: skip
        return self._org(_GOVERNMENT, titles)

    def _firm(self) -> Work:
        year = self.rng.randint(2018, 2024)
        titles = [f"Annual report {year}", f"Annual and sustainability report {year}", "How our monitoring centre works",
                  "Our smart home security plans", f"Integrated report {year}", "Home security survey results",
                  "Capital markets day presentation", "Why choose a monitored alarm?"]  # fmt: skip
        return self._org(_FIRMS, titles)

    def _trade(self) -> Work:
        titles = ["Guide to choosing an alarm system", "Home security: what insurers look for",
                  "Police response to intruder alarms", "The state of the UK security industry",
                  "Locks and insurance: BS 3621 explained", "Smart locks: buyer's guide", "Homes 2023 guide",
                  "Home insurance claims and burglary trends"]  # fmt: skip
        return self._org(_TRADE, titles)

    def _press(self) -> Work:
        year = self._web_year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].slug(), "accessed": self._accessed_after(year),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self._web_year() if self.rng.random() < 0.85 else None
        market, country = self.rng.choice(_MARKETS), self.rng.choice(_COUNTRIES)
        titles = [f"{market[0].upper()}{market[1:]} - {country} - {self.rng.choice(['March', 'July', 'November'])} {year or 2024}",
                  f"{market[0].upper()}{market[1:]} in {country}", f"Share of households with {market} in {country}",
                  f"{country} {market} market: forecast to 2030", f"{market[0].upper()}{market[1:]}: consumer survey"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": f"https://www.{name.split()[0].lower()}.com/{self.fakers['en_GB'].slug()}",
                                  "accessed": self._accessed_after(year)}  # fmt: skip
        if year is not None:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, "report", name, {"market-research"})
