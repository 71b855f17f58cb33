"""The blind242 pool's works: what marketers at UK and Irish mobile networks, broadband and fibre providers, pay-TV
firms and telecoms resellers cite in CIM Level 6 and 7 reports and MBA assignments.

Written without reading the checker, its tests or any other pool. Textbooks from the usual UK publishers,
chapters, telecoms-policy, services and marketing journals with one to eight authors and DOIs, theses from UK and
Irish universities, conference papers (ITS, the Academy of Marketing, EMAC), regulators and public bodies (Ofcom,
ComReg, DSIT, BDUK, the CMA, the ICO...; a body's two works of one year), trade bodies and charities, operators'
pages, annual reports and investor decks, market research with years, the telecoms trade press and national papers
signed and unsigned, social posts, videos, podcasts and undated pages. Names as their owners print them: British
double-barrelled names, Irish names with Ó, Ní and Mac, Spanish names with two surnames, South Asian and Chinese
names.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IE", "en_IE", "es_ES", "en_IN", "pl_PL", "pt_PT"]
_DOUBLE_BARRELLED = [("Fox-Talbot", "Harriet"), ("Lloyd-Jones", "Gareth"), ("Spencer-Churchill", "Olivia"),
                     ("Hamilton-Baillie", "Rory"), ("Bowes-Lyon", "Imogen"), ("Whitworth-Jones", "Tom"),
                     ("Armstrong-Jones", "Philippa"), ("Ward-Thomas", "Caroline"), ("Pryce-Morgan", "Rhys"),
                     ("Baden-Powell", "Alice"), ("Heath-Stubbs", "Edward")]  # fmt: skip
_IRISH = [("Ó Briain", "Dónal"), ("Ní Bhriain", "Aoife"), ("Ó Súilleabháin", "Seán"), ("Ní Mhurchú", "Caoimhe"),
          ("Mac Aodha", "Cian"), ("Mac Giolla Phádraig", "Niamh"), ("Ó Conghaile", "Pádraig"), ("Ní Chonaill", "Síle"),
          ("O'Sullivan", "Orla"), ("MacNamara", "Eoin"), ("McGuinness", "Róisín"), ("Ó Laoire", "Ciarán"),
          ("Ní Dhomhnaill", "Máire"), ("Mac Cárthaigh", "Tadhg")]  # fmt: skip
_SPANISH = [("García López", "José Luis"), ("Fernández Ruiz", "Marta"), ("Martínez Aguirre", "Elena"),
            ("Sánchez-Cortés", "Javier"), ("Rodríguez Peña", "Lucía"), ("Álvarez de Toledo", "Ignacio"),
            ("Muñoz Castillo", "Beatriz"), ("Gómez Herrera", "Pablo"), ("Pérez Ortega", "Carmen")]  # fmt: skip
_SOUTH_ASIAN = [("Chakraborty", "Ananya"), ("Venkataraman", "Srinivas"), ("Bhattacharjee", "Rahul"),
                ("Subramanian", "Kavitha"), ("Qureshi", "Imran"), ("Siddiqui", "Ayesha"), ("Patel", "Nikhil"),
                ("Mukherjee", "Debashis"), ("Rahman", "Tanvir"), ("Gunawardena", "Dilani"), ("Sandhu", "Harpreet"),
                ("Krishnamurthy", "Lakshmi")]  # fmt: skip
_CHINESE = [("Zhang", "Wei"), ("Li", "Xiaoyan"), ("Wang", "Jun"), ("Chen", "Yiming"), ("Liu", "Hongbin"),
            ("Huang", "Mei"), ("Zhou", "Lin"), ("Xu", "Qiang"), ("Wu", "Haoran"), ("Ng", "Ka Wai"),
            ("Cheung", "Siu Ming"), ("Lau", "Wing Yan")]  # fmt: skip

# Who candidates name as authors when no person is: regulators and public bodies, trade bodies and charities,
# operators, research firms. Names as their owners print them.
_PUBLIC = [("Ofcom", {"regulator"}), ("Commission for Communications Regulation (ComReg)", {"regulator", "abbreviation"}),
           ("ComReg", {"regulator", "acronym"}), ("Department for Science, Innovation and Technology", {"government", "comma"}),
           ("Department for Science, Innovation & Technology (DSIT)", {"government", "ampersand", "abbreviation"}),
           ("Building Digital UK (BDUK)", {"government", "abbreviation"}), ("Building Digital UK", {"government"}),
           ("Competition and Markets Authority", {"government"}), ("Competition and Markets Authority (CMA)", {"government", "abbreviation"}),
           ("Advertising Standards Authority", {"regulator"}), ("Advertising Standards Authority (ASA)", {"regulator", "abbreviation"}),
           ("Information Commissioner's Office", {"government", "apostrophe"}),
           ("Information Commissioner's Office (ICO)", {"government", "apostrophe", "abbreviation"}),
           ("Data Protection Commission", {"regulator"}), ("Office for National Statistics", {"government"}),
           ("Office for National Statistics (ONS)", {"government", "abbreviation"}), ("Central Statistics Office", {"government"}),
           ("Central Statistics Office (CSO)", {"government", "abbreviation"}), ("European Commission", {"government"}),
           ("BEREC", {"regulator", "acronym"}), ("Department of the Environment, Climate and Communications", {"government", "comma"}),
           ("House of Commons Library", {"government"})]  # fmt: skip
_TRADE = [("Internet Service Providers' Association (ISPA)", {"trade-body", "apostrophe", "abbreviation"}),
          ("ISPA UK", {"trade-body", "acronym"}), ("Federation of Communication Services", {"trade-body"}),
          ("Independent Networks Cooperative Association (INCA)", {"trade-body", "abbreviation"}),
          ("Mobile UK", {"trade-body"}), ("GSMA", {"trade-body", "acronym"}), ("GSMA Intelligence", {"trade-body"}),
          ("Good Things Foundation", {"charity"}), ("Citizens Advice", {"charity"}), ("Which?", {"charity", "punctuation"}),
          ("Chartered Institute of Marketing (CIM)", {"trade-body", "abbreviation"}), ("techUK", {"trade-body", "lowercase"}),
          ("Age UK", {"charity"}), ("Ofcom Communications Consumer Panel", {"regulator"})]  # fmt: skip
_COMPANIES = [("BT Group plc", {"company"}), ("BT", {"company", "acronym"}), ("EE Limited", {"company"}),
              ("Openreach Limited", {"company"}), ("Openreach", {"company"}), ("VMED O2 UK Ltd", {"company"}),
              ("Virgin Media O2", {"company"}), ("Vodafone Group Plc", {"company"}), ("Vodafone UK", {"company"}),
              ("Hutchison 3G UK Ltd", {"company"}), ("Three UK", {"company"}), ("Sky UK Ltd", {"company"}),
              ("Sky Group", {"company"}), ("TalkTalk Telecom Group Ltd", {"company"}), ("Telefónica UK Ltd", {"company", "accent"}),
              ("Telefónica S.A.", {"company", "accent"}), ("Liberty Global plc", {"company"}),
              ("CityFibre Holdings Ltd", {"company"}), ("CityFibre", {"company"}), ("Eircom Ltd", {"company"}),
              ("eir", {"company", "lowercase"}), ("Three Ireland (Hutchison) Ltd", {"company"}), ("Three Ireland", {"company"}),
              ("giffgaff", {"company", "lowercase"}), ("Hyperoptic Ltd", {"company"}), ("Community Fibre", {"company"}),
              ("Gigaclear", {"company"}), ("National Broadband Ireland", {"company"}), ("Plusnet", {"company"}),
              ("Lebara", {"company"}), ("Virgin Media Ireland", {"company"}), ("Digiweb", {"company"})]  # fmt: skip
_RESEARCH = [("Kantar Worldpanel ComTech", {"market-research"}), ("Opensignal", {"market-research"}),
             ("Ookla", {"market-research"}), ("uSwitch", {"market-research", "lowercase"}), ("Uswitch", {"market-research"}),
             ("Enders Analysis", {"market-research"}), ("Analysys Mason", {"market-research"}),
             ("Assembly Research", {"market-research"}), ("Mintel", {"market-research"}), ("Statista", {"market-research"}),
             ("YouGov", {"market-research"}), ("Point Topic", {"market-research"}), ("Deloitte", {"company"}),
             ("Ernst & Young LLP", {"company", "ampersand"}), ("McKinsey & Company", {"company", "ampersand"}),
             ("Frontier Economics", {"company"})]  # fmt: skip
_PRESS = ["ISPreview", "Mobile News", "Telecompaper", "Light Reading", "Total Telecom", "Financial Times", "The Guardian",
          "The Irish Times", "Silicon Republic", "BBC News", "Marketing Week", "The Drum", "Campaign", "Advanced Television",
          "Irish Independent", "The Times", "Capacity Media", "Cable.co.uk"]  # fmt: skip
_UNSIGNED = ["BBC News", "ISPreview", "Telecompaper", "Mobile News", "Total Telecom", "Silicon Republic", "RTÉ News"]
_PUBLISHERS = [("Pearson", "Harlow"), ("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Routledge", "London"),
               ("Sage", "London"), ("Kogan Page", "London"), ("Oxford University Press", "Oxford"),
               ("Palgrave Macmillan", "Basingstoke"), ("Wiley", "Chichester"), ("Cambridge University Press", "Cambridge"),
               ("Edward Elgar", "Cheltenham")]  # fmt: skip
_JOURNALS = ["Telecommunications Policy", "Journal of Service Research", "Journal of Retailing and Consumer Services",
             "Information Economics and Policy", "Journal of Business Research", "Journal of Marketing Management",
             "European Journal of Marketing", "Journal of Services Marketing", "Industrial Marketing Management",
             "International Journal of Information Management", "Journal of Interactive Marketing",
             "Journal of Strategic Marketing", "Irish Journal of Management", "Technological Forecasting and Social Change"]  # fmt: skip
_REPOSITORIES = {"Surrey": "openresearch.surrey.ac.uk", "Lancaster": "eprints.lancs.ac.uk", "Strathclyde": "stax.strath.ac.uk",
                 "Trinity": "www.tara.tcd.ie", "Loughborough": "repository.lboro.ac.uk", "Bath": "researchportal.bath.ac.uk"}  # fmt: skip
_UNIVERSITIES = [("University of Surrey", "PhD thesis (5G/6G Innovation Centre)"), ("University of Surrey", "PhD thesis"),
                 ("Lancaster University Management School", "PhD thesis"), ("Lancaster University", "MSc dissertation"),
                 ("University of Strathclyde", "PhD thesis"), ("University of Strathclyde", "MBA dissertation"),
                 ("Trinity College Dublin", "PhD thesis"), ("Loughborough University", "PhD thesis"),
                 ("University of Bath", "DBA thesis"), ("University of Bath", "PhD thesis")]  # fmt: skip
_CONFERENCES = [("International Telecommunications Society (ITS) European Conference", ["Gothenburg", "Madrid", "Seville", "Athens"]),
                ("ITS Biennial Conference", ["Bangkok", "Seoul", "Gothenburg"]),
                ("Academy of Marketing Conference", ["Cardiff", "London", "Huddersfield", "Belfast"]),
                ("EMAC Annual Conference", ["Madrid", "Budapest", "Odense", "Bucharest"])]  # fmt: skip
_REGULATOR_TITLES = {
    "Ofcom": ["Connected Nations {year}: UK report", "Communications Market Report {year}", "Pricing trends for communications services in the UK",
              "Comparing customer service: mobile, home broadband and landline", "Adults' media use and attitudes report {year}",
              "Helping customers get better deals: a review of pricing practices in fixed broadband", "Prohibiting inflation-linked price rises: statement",
              "Telecoms and pay TV complaints: Q4 {year}", "Mobile matters {year}"],
    "Commission for Communications": ["Quarterly key data report: Q{q} {year}", "Mobile consumer experience survey", "Switching in the Irish telecoms market"],
    "ComReg": ["Quarterly key data report: Q{q} {year}", "Consumer ICT survey {year}", "Broadband review: Ireland"],
    "Department for Science": ["Project Gigabit: progress update", "Wireless infrastructure strategy", "UK Digital Strategy"],
    "Building Digital UK": ["Project Gigabit: progress update", "Gigabit Broadband Voucher Scheme: guidance", "Shared Rural Network: annual update"],
    "Competition and Markets": ["Vodafone / CK Hutchison JV merger inquiry: final report", "Online choice architecture: how digital design can harm competition",
                                "Loyalty penalty super-complaint: update"],
    "Advertising Standards": ["ASA ruling on a broadband provider's speed claims", "Broadband speed claims: advertising guidance",
                              "Mid-contract price rises in advertising"],
    "Information Commissioner": ["Guide to PECR: electronic and telephone marketing", "Direct marketing guidance", "Monetary penalty notice"],
    "Data Protection Commission": ["Annual report {year}", "Guidance on direct marketing", "Decision on a telecoms provider's data breach"],
    "Office for National Statistics": ["Internet access: households and individuals, Great Britain: {year}", "Internet users, UK: {year}",
                                       "Consumer price inflation, UK: {year}"],
    "Central Statistics Office": ["Information society statistics: households {year}", "Consumer price index: {year}"],
    "European Commission": ["Digital Economy and Society Index (DESI) {year}", "Digital Decade country report {year}: Ireland"],
    "BEREC": ["BEREC report on the impact of price increases in telecoms", "BEREC opinion on the review of the roaming regulation"],
    "Department of the Environment": ["National Broadband Plan: progress report", "Harnessing digital: the digital Ireland framework"],
    "House of Commons Library": ["Gigabit-capable broadband in the UK: government targets and policy", "Mid-contract price rises for telecoms"],
}  # fmt: skip
_GENERAL_TITLES = ["Annual report {year}", "Consumer protection in telecoms"]
_TOPICS = ["customer churn", "mobile switching", "full-fibre adoption", "bundling of broadband and TV",
           "SIM-only tariffs", "social tariffs", "network quality perceptions", "price-rise clauses",
           "customer retention offers", "5G adoption", "rural broadband", "digital exclusion", "SME connectivity",
           "altnet marketing", "brand loyalty in telecoms", "mobile virtual network operators", "customer service chatbots",
           "net promoter scores", "loyalty penalties", "one-touch switching", "handset financing",
           "the move to eSIM", "fixed wireless access", "connected TV advertising", "retention call centres", "price transparency"]  # fmt: skip
_MARKETS = ["mobile telecommunications", "fixed broadband", "full fibre", "pay TV", "SIM-only", "mobile virtual network operators",
            "home broadband", "business broadband", "mobile handsets", "streaming bundles"]  # fmt: skip
_COUNTRIES = ["UK", "Ireland", "Great Britain", "Northern Ireland", "Scotland", "Europe", "the Republic of Ireland"]
_DOMAINS = {"Ofcom": "www.ofcom.org.uk", "ComReg": "www.comreg.ie", "BT": "www.bt.com", "EE": "ee.co.uk",
            "Openreach": "www.openreach.co.uk", "Vodafone": "www.vodafone.co.uk", "Sky": "www.sky.com",
            "CityFibre": "cityfibre.com", "Three": "www.three.co.uk", "GSMA": "www.gsma.com"}  # fmt: skip


class Blind242WorkFactory(WorkFactory):
    """Works the blind242 pool's candidates cite: people and bodies of the UK and Irish telecoms market."""

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
    # what make() draws from, and how often
    MAKERS = ("book", "chapter", "journal", "thesis", "conference", "regulator", "trade-body", "company-web",
              "annual-report", "market-research", "news", "unsigned-news", "social", "video", "podcast", "undated-web")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 31 + 24200)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 211 + index)
                self.fakers[locale] = fake
        self.dated: list[tuple[str, set[str], int]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        table = None
        if roll < 0.08:
            table = _DOUBLE_BARRELLED
        elif roll < 0.2:
            table = _IRISH
        elif roll < 0.27:
            table = _SPANISH
        elif roll < 0.37:
            table = _SOUTH_ASIAN
        elif roll < 0.45:
            table = _CHINESE
        if table is not None:
            family, given = self.rng.choice(table)
            return {"family": family, "given": given}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():  # "da Costa": the particle apart, as reference managers keep it
            return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        table = self.rng.choices([_PUBLIC, _TRADE, _COMPANIES, _RESEARCH], weights=[35, 20, 30, 15])[0]
        name, tags = self.rng.choice(table)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.05:  # the classics still on reading lists
            return self.rng.randint(1985, 2005)
        return self.rng.randint(2010, 2025)

    def accessed_after(self, issued: int | list[int] | None) -> dict[str, list[list[int]]]:
        """An access date on or after the work's date (a year, or a year, month and day)."""
        parts = issued if isinstance(issued, list) else [issued or 2022]
        low = max(parts[0], 2022)
        while True:
            date = [self.rng.randint(low, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            if date[: len(parts)] >= parts:
                return {"date-parts": [date]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]} in UK telecoms markets",
                 f"Understanding {topic}: evidence from {self.rng.choice(_COUNTRIES)}",
                 f"{topic[0].upper()}{topic[1:]} and {other}", f"Why customers stay: {topic} and {other}",
                 f"The effect of {topic} on customer loyalty", f"Rethinking {topic} for the gigabit era",
                 f"{topic[0].upper()}{topic[1:]}: a service-dominant logic perspective",
                 f"Consumer responses to {topic} in the Irish market"]  # fmt: skip
        return self.rng.choice(forms)

    def _url(self, name: str) -> str:
        for key, domain in _DOMAINS.items():
            if name.startswith(key):
                return f"https://{domain}/{self.fakers['en_GB'].slug()}"
        return self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path()

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = (
            kind or self.rng.choices(list(self.MAKERS), weights=[11, 5, 18, 4, 4, 10, 6, 6, 5, 8, 7, 3, 3, 3, 2, 5])[0]
        )
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        return work

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then a body's second work of a year already in the list ("Ofcom, 2024a" and "2024b").
        if self.dated and "issued" in record and self.rng.random() < 0.14:
            name, tags, year = self.rng.choice(self.dated)
            record["issued"] = {"date-parts": [[year]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(year)
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated.append((name, tags, record["issued"]["date-parts"][0][0]))
        self._access_after_issue(record)
        return super()._org_work(record, kind, name, tags)

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        self._access_after_issue(record)
        return super()._person_work(record, kind)

    def _access_after_issue(self, record: dict[str, Any]) -> None:
        """A page dated to the month or day is read on or after that day, not only in or after its year."""
        if "accessed" in record and "issued" in record:
            issued = record["issued"]["date-parts"][0]
            if record["accessed"]["date-parts"][0][: len(issued)] < issued:
                record["accessed"] = self.accessed_after(list(issued))

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        titles = ["Principles of marketing", "Services marketing: people, technology, strategy", "Marketing management",
                  "Digital marketing: strategy, implementation and practice", "Customer relationship management",
                  "Exploring strategy", "Telecommunications management and marketing", "Marketing communications",
                  "Relationship marketing: creating stakeholder value", "Strategic brand management",
                  "Consumer behaviour: buying, having and being", "The marketing book", "Pricing strategy",
                  "Marketing research: an applied approach", "Business model generation for telecoms"]  # fmt: skip
        title = self.rng.choice(titles) if self.rng.random() < 0.55 else self._title()
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.4:
            record["edition"] = str(self.rng.randint(2, 18))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The Routledge companion to services marketing", "Handbook of telecommunications economics",
                                                "The Sage handbook of marketing theory", "Digital divides in the UK and Ireland",
                                                "Regulating telecommunications in Europe", "The Oxford handbook of the digital economy"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(10, 120)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.65:
            record["DOI"] = (
                f"10.{self.rng.choice([1016, 1177, 1080, 1108, 1111])}/j.{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(2010, 2025)}.{self.rng.randint(100, 99999)}"
            )
        elif self.rng.random() < 0.3:
            record["URL"] = f"https://www.sciencedirect.com/science/article/pii/S{self.rng.randint(10**9, 10**10)}"
            record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0][0])
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, genre = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": university, "genre": genre}  # fmt: skip
        if self.rng.random() < 0.4:
            repository = next(site for key, site in _REPOSITORIES.items() if key in university)
            record["URL"] = f"https://{repository}/{self.fakers['en_GB'].slug()}"
            record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0][0])
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        event, places = self.rng.choice(_CONFERENCES)
        year = self.year()
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(5),
                                  "container-title": f"Proceedings of the {event}", "event-place": self.rng.choice(places),
                                  "issued": {"date-parts": [[year, self.rng.randint(5, 9)]]}}  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = f"https://www.econstor.eu/handle/10419/{self.rng.randint(10000, 99999)}"
            record["accessed"] = self.accessed_after(year)
        return self._person_work(record, "conference")

    def _regulator(self) -> Work:
        name, tags = self.rng.choice(_PUBLIC)
        year = self.rng.randint(2014, 2025) if self.rng.random() < 0.92 else None
        titles = _REGULATOR_TITLES.get(
            next((key for key in _REGULATOR_TITLES if name.startswith(key)), ""), _GENERAL_TITLES
        )
        titles = [
            title.replace("{year}", str(year or 2023)).replace("{q}", str(self.rng.randint(1, 4))) for title in titles
        ]
        record: dict[str, Any] = {"type": self.rng.choice(["report", "report", "webpage"]), "title": self.rng.choice(titles),
                                  "URL": self._url(name)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self.accessed_after(year)
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags | {"public"})

    def _trade_body(self) -> Work:
        name, tags = self.rng.choice(_TRADE)
        year = self.year() if self.rng.random() < 0.85 else None
        titles = ["The digital divide: a briefing", "Broadband switching made simple", "State of the mobile industry",
                  "The mobile economy: Europe", "Digital Nation UK", "Social tariffs: the case for action",
                  "Mid-contract price rises: what consumers need to know", "The altnet sector in numbers",
                  "Best and worst broadband providers", "Consumer attitudes to 5G"]  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(titles),
                                  "URL": self._url(name), "accessed": self.accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _company_web(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.year() if self.rng.random() < 0.7 else None
        titles = ["Our social tariffs", "Annual price changes explained", "Full Fibre rollout: where we're building",
                  "Our purpose", "Switching to us is easy", "Home broadband deals", "How we use your data",
                  "Accessibility and inclusion", "Our network: 5G coverage checker", "Press release: record fibre build",
                  "Responsible business report", "The digital voice switchover"]  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(titles), "URL": self._url(name),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, "web", name, tags)

    def _annual_report(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES[:24])
        year = self.year()
        titles = [f"Annual report {year}", f"Annual report and accounts {year}/{str(year + 1)[2:]}",
                  f"Q{self.rng.randint(1, 4)} {year} results presentation", f"Capital markets day {year}",
                  f"Investor presentation: FY{str(year)[2:]} results", f"Manage for value: strategy update {year}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name.split(" (")[0],
                                  "publisher-place": self.rng.choice(["London", "Newbury", "Reading", "Slough", "Dublin", "Isleworth"]),
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        if self.rng.random() < 0.75:
            record["URL"] = self._url(name)
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "report", name, tags | {"company"})

    def _market_research(self) -> Work:
        name, tags = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.9 else None
        market, country = self.rng.choice(_MARKETS), self.rng.choice(_COUNTRIES)
        titles = [f"{market[0].upper()}{market[1:]} - {country} - {self.rng.choice(['January', 'May', 'September'])} {year or 2024}",
                  f"{country} mobile network experience report", f"Speedtest Global Index: {country} fixed broadband",
                  f"Share of {country} households with {market} from 2015 to 2024", f"{market[0].upper()}{market[1:]} churn tracker",
                  f"Broadband customer satisfaction survey {year or 2023}", f"{country} {market} market: outlook to 2030",
                  f"Smartphone OS and brand share, {country}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": f"https://www.{name.split()[0].lower().strip('?')}.com/{self.fakers['en_GB'].slug()}",
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, "report", name, tags)

    def _news(self) -> Work:
        year = self.rng.randint(2015, 2025)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._headline(), "author": self._people(2),
            "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path(), "accessed": self.accessed_after(year),
        }  # fmt: skip
        return self._person_work(record, "news")

    def _unsigned_news(self) -> Work:
        year = self.rng.randint(2015, 2025)
        name = self.rng.choice(_UNSIGNED)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._headline(), "container-title": name,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path(), "accessed": self.accessed_after(year),
        }  # fmt: skip
        return self._org_work(record, "news", name, {"press"})

    def _headline(self) -> str:
        brand = self.rng.choice(["BT", "EE", "Virgin Media O2", "Vodafone", "Three", "Sky", "TalkTalk", "Openreach",
                                 "CityFibre", "eir", "giffgaff", "Hyperoptic", "Three Ireland"])  # fmt: skip
        forms = [f"{brand} confirms mid-contract price rise", f"{brand} cuts hundreds of jobs in cost drive",
                 f"{brand} launches new social tariff", f"{brand} tops complaints table again",
                 f"Altnets face consolidation as {brand} slows build", f"{brand} reports fall in broadband customers",
                 f"{brand} to switch off 3G network", f"Why {brand} is betting on bundles"]  # fmt: skip
        return self.rng.choice(forms)

    def _social(self) -> Work:
        year = self.rng.randint(2018, 2025)
        if self.rng.random() < 0.5:
            name, tags = self.rng.choice(_COMPANIES)
            author: dict[str, str] = {"literal": name}
        else:
            name, tags, author = "", set(), self.person()
        platform = self.rng.choice(["LinkedIn", "X (formerly Twitter)", "Instagram", "TikTok", "Facebook"])
        record: dict[str, Any] = {"type": "post", "title": self.rng.choice(["We're proud to be switching on full fibre in 100 more towns",
                                                                            "Price rises this April: what it means for you",
                                                                            "Five lessons from leading a retention team",
                                                                            "Our new SIM-only range is live"]),
                                  "container-title": platform, "genre": f"{platform} post",
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": f"https://www.{platform.split()[0].lower()}.com/{self.fakers['en_GB'].slug()}",
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        if name:
            return self._org_work(record, "social", name, tags)
        record["author"] = [author]
        return self._person_work(record, "social")

    def _video(self) -> Work:
        year = self.rng.randint(2014, 2025)
        name, tags = self.rng.choice(_COMPANIES + _TRADE[:6])
        record: dict[str, Any] = {"type": "motion_picture", "title": self.rng.choice(["How full fibre gets to your home",
                                                                                      "Switching made simple", "Our 5G network explained",
                                                                                      "Christmas advert", "Meet the team behind our app"]),
                                  "medium": "YouTube video", "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": f"https://www.youtube.com/watch?v={self.fakers['en_GB'].lexify('???????????')}",
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org_work(record, "video", name, tags)

    def _podcast(self) -> Work:
        year = self.rng.randint(2017, 2025)
        record: dict[str, Any] = {"type": "broadcast", "title": self.rng.choice(["Is the altnet bubble bursting?",
                                                                                 "What customers really want from broadband",
                                                                                 "Churn, retention and the loyalty penalty",
                                                                                 "Inside the 3G switch-off"]),
                                  "container-title": self.rng.choice(["The Telecoms Podcast", "Inside Broadband", "Marketing Week Podcast", "Connected Thinking"]),
                                  "medium": "Podcast", "author": self._people(2),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": f"https://podcasts.apple.com/gb/podcast/{self.fakers['en_GB'].slug()}",
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        return self._person_work(record, "podcast")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(["What is full fibre?", "Help with your bill",
                                                                               "Social tariffs explained", "How to complain",
                                                                               "Broadband speed guide", "Switching your provider"]),
                                  "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path(), "accessed": self.accessed_after(None)}  # fmt: skip
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags | {"undated"})
