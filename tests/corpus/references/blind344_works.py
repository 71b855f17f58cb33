"""The blind344 pool's works: what marketers at laundry and dry-cleaning chains, laundrettes, laundry apps,
detergent and fabric-care makers, appliance brands and textile-rental firms in the UK, the Netherlands, Italy,
India, Japan and South Africa cite in CIM Level 6 and 7 reports and MBA assignments.

Written without reading the checker, its tests or any other pool. Books and chapters, journal articles with one to
eight authors, government and public bodies' reports, makers' and chains' pages and annual reports, trade bodies,
the national press signed and unsigned, market research with and without years, the marketing texts every
candidate cites and undated pages; Dutch names with "van", "van der" and "de", Italian names with "Di", "De" and
"Dell'", Indian (Hindi, Tamil, Bengali), Japanese (with and without macrons), Afrikaans names with "van", "du" and
"le", and British names.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "government", "company", "trade-body", "news", "market-research", "web")

# (particle, family, given): the particle apart, as reference managers keep it ("van der Merwe", "du Plessis").
_PEOPLE = [
    # British
    ("", "Ashworth", "Thomas"), ("", "Whitfield", "Claire"), ("", "Pritchard", "Emma"), ("", "Holloway", "James"),
    ("", "Barker-Jones", "Sophie"), ("", "O'Connor", "Siobhan"), ("", "McAllister", "Fiona"), ("", "Fenwick", "Oliver"),
    ("", "Hughes", "Gareth"), ("", "Evans", "Rhian"), ("", "Thornton", "Lucy"), ("", "Marsden", "Paul"),
    # Dutch
    ("van", "Dijk", "Sanne"), ("van der", "Linden", "Joris"), ("de", "Vries", "Maartje"), ("de", "Graaf", "Pieter"),
    ("van den", "Broek", "Lieke"), ("van", "Leeuwen", "Bram"), ("", "Bakker", "Femke"), ("", "Visser", "Daan"),
    ("", "Kuijpers", "Thijs"), ("", "Hoekstra", "Marloes"), ("", "Mulder", "Eline"), ("van der", "Zee", "Ruud"),
    # Italian
    ("", "Di Stefano", "Marco"), ("", "De Luca", "Chiara"), ("", "Dell'Acqua", "Federica"), ("", "Dell'Orto", "Luca"),
    ("", "Rossi", "Giulia"), ("", "Bianchi", "Alessandro"), ("", "Esposito", "Francesca"), ("", "Di Maio", "Sara"),
    ("", "De Angelis", "Paolo"), ("", "Mazzù", "Niccolò"), ("", "Cantù", "Ilaria"), ("", "Colombo", "Davide"),
    # Indian: Hindi, Tamil, Bengali
    ("", "Sharma", "Priya"), ("", "Gupta", "Rahul"), ("", "Verma", "Neha"), ("", "Agarwal", "Ankit"),
    ("", "Mishra", "Kavita"), ("", "Singh", "Harpreet"), ("", "Subramanian", "Karthik"), ("", "Raghavan", "Lakshmi"),
    ("", "Venkatesan", "Divya"), ("", "Krishnamurthy", "Arun"), ("", "Ramasamy", "Senthil"),
    ("", "Chatterjee", "Ananya"), ("", "Banerjee", "Sourav"), ("", "Mukherjee", "Rituparna"),
    ("", "Sengupta", "Debashis"), ("", "Bhattacharya", "Arindam"), ("", "Das", "Moumita"),
    # Japanese, as English-language journals print them: with and without macrons
    ("", "Satō", "Yūki"), ("", "Itō", "Haruka"), ("", "Katō", "Kenji"), ("", "Suzuki", "Takashi"),
    ("", "Takahashi", "Mai"), ("", "Watanabe", "Daisuke"), ("", "Yamamoto", "Aya"), ("", "Kōno", "Shōta"),
    ("", "Ota", "Naoko"), ("", "Nakamura", "Emi"), ("", "Kobayashi", "Hiroshi"), ("", "Saito", "Ren"),
    # Afrikaans and South African
    ("van der", "Merwe", "Pieter"), ("du", "Plessis", "Anri"), ("le", "Roux", "Marelize"), ("van", "Wyk", "Johan"),
    ("du", "Toit", "Riaan"), ("le", "Grange", "Elsabé"), ("", "Botha", "Karin"), ("", "Nel", "Wynand"),
    ("", "Coetzee", "Annelie"), ("", "Pretorius", "Liezl"), ("", "Nkosi", "Thandiwe"), ("", "Dlamini", "Sipho"),
    ("", "Mokoena", "Lerato"), ("", "Steyn", "Hendrik"),
]  # fmt: skip

_TOPICS = ["refill detergents", "concentrated detergents", "laundry apps", "on-demand laundry and pick-up",
           "laundry subscriptions", "energy labels", "washing at 30°C", "plastic-free packaging", "textile rental",
           "microfibre shedding", "eco-labels", "green claims", "product-service systems", "laundrettes",
           "dry cleaning", "detergent pods", "household washing habits", "smart washing machines",
           "refill stations", "cold-water washing", "fabric conditioners", "workwear rental",
           "last-mile laundry logistics", "appliance repairability", "water scarcity and laundry"]  # fmt: skip
_PLACES = ["the UK", "the Netherlands", "Italy", "India", "Japan", "South Africa", "Europe", "urban India",
           "Tokyo households", "Gauteng", "Milan", "Amsterdam"]  # fmt: skip
_JOURNALS = ["Journal of Cleaner Production", "Resources, Conservation and Recycling", "Textile Research Journal",
             "Journal of Consumer Policy", "Journal of Retailing and Consumer Services",
             "Journal of Product & Brand Management", "Industrial Marketing Management",
             "Journal of Marketing Management"]  # fmt: skip
_CLASSICS = [
    ([("", "Kotler", "Philip"), ("", "Keller", "Kevin Lane")], "Marketing management", "Pearson", "Harlow", [2016, 2022], True),
    ([("", "Chaffey", "Dave"), ("", "Ellis-Chadwick", "Fiona")], "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow", [2019, 2022], True),
    ([("", "Ottman", "Jacquelyn A.")], "The new rules of green marketing: strategies, tools, and inspiration for sustainable branding", "Greenleaf", "Sheffield", [2011], False),
    ([("", "Sharp", "Byron")], "How brands grow: what marketers don't know", "Oxford University Press", "South Melbourne", [2010], False),
    ([("", "Belz", "Frank-Martin"), ("", "Peattie", "Ken")], "Sustainability marketing: a global perspective", "Wiley", "Chichester", [2012], True),
    ([("", "Baines", "Paul"), ("", "Rosengren", "Sara"), ("", "Antonetti", "Paolo")], "Marketing", "Oxford University Press", "Oxford", [2019, 2022], True),
    ([("", "Tuten", "Tracy L.")], "Social media marketing", "Sage", "London", [2021, 2023], True),
    ([("", "Lovelock", "Christopher"), ("", "Wirtz", "Jochen")], "Services marketing: people, technology, strategy", "Pearson", "Harlow", [2016], True),
    ([("", "Kapferer", "Jean-Noël")], "The new strategic brand management", "Kogan Page", "London", [2012], True),
    ([("", "Prahalad", "C.K.")], "The fortune at the bottom of the pyramid", "Wharton School Publishing", "Upper Saddle River, NJ", [2004], False),
]  # fmt: skip

# Organisations as candidates write them as authors: (name, tags, web domain).
_GOVERNMENT = [
    ("Department for Environment, Food & Rural Affairs (Defra)", {"government", "ampersand", "abbreviation", "comma"}, "gov.uk"),
    ("Department for Environment, Food & Rural Affairs", {"government", "ampersand", "comma"}, "gov.uk"),
    ("Environment Agency", {"government"}, "gov.uk"), ("WRAP", {"government", "acronym"}, "wrap.ngo"),
    ("Office for National Statistics (ONS)", {"government", "abbreviation"}, "ons.gov.uk"),
    ("Office for National Statistics", {"government"}, "ons.gov.uk"),
    ("Competition and Markets Authority (CMA)", {"government", "abbreviation"}, "gov.uk"),
    ("Competition and Markets Authority", {"government"}, "gov.uk"),
    ("Statistics Netherlands (CBS)", {"government", "abbreviation"}, "cbs.nl"),
    ("CBS", {"government", "acronym"}, "cbs.nl"),
    ("Autoriteit Consument & Markt (ACM)", {"government", "ampersand", "abbreviation"}, "acm.nl"),
    ("ISTAT", {"government", "acronym"}, "istat.it"),
    ("Ministry of Environment, Forest and Climate Change", {"government", "comma"}, "moef.gov.in"),
    ("Bureau of Energy Efficiency (BEE)", {"government", "abbreviation"}, "beeindia.gov.in"),
    ("Ministry of Economy, Trade and Industry (METI)", {"government", "abbreviation", "comma"}, "meti.go.jp"),
    ("Statistics South Africa", {"government"}, "statssa.gov.za"),
    ("European Commission", {"government"}, "ec.europa.eu"),
]  # fmt: skip
_COMPANIES = [
    ("Johnson Service Group plc", {"company"}, "jsg.com"), ("Unilever PLC", {"company"}, "unilever.com"),
    ("Henkel AG & Co. KGaA", {"company", "ampersand"}, "henkel.com"),
    ("The Procter & Gamble Company", {"company", "ampersand"}, "pg.com"),
    ("Miele & Cie. KG", {"company", "ampersand"}, "miele.co.uk"),
    ("Whirlpool Corporation", {"company"}, "whirlpoolcorp.com"),
    ("Haier Smart Home Co., Ltd.", {"company", "comma"}, "haier.com"), ("Kao Corporation", {"company"}, "kao.com"),
    ("UClean Pvt Ltd", {"company"}, "theuclean.com"), ("Defy Appliances (Pty) Ltd", {"company"}, "defy.co.za"),
    ("Oxwash Ltd", {"company"}, "oxwash.com"), ("Timpson Group plc", {"company"}, "timpson.co.uk"),
    ("Ecover", {"company"}, "ecover.com"), ("Smol Ltd", {"company"}, "smol.com"),
    ("Elis", {"company"}, "elis.com"), ("Lion Corporation", {"company"}, "lion.co.jp"),
    ("Laundryheap", {"company"}, "laundryheap.co.uk"), ("Beko plc", {"company"}, "beko.co.uk"),
]  # fmt: skip
_TRADE_BODIES = [
    ("Textile Services Association (TSA)", {"trade-body", "abbreviation"}, "tsa-uk.org"),
    ("International Association for Soaps, Detergents and Maintenance Products (A.I.S.E.)", {"trade-body", "abbreviation", "comma"}, "aise.eu"),
    ("A.I.S.E.", {"trade-body", "acronym"}, "aise.eu"),
    ("American Cleaning Institute (ACI)", {"trade-body", "abbreviation"}, "cleaninginstitute.org"),
    ("Laundry and Dry Cleaning Association", {"trade-body"}, "ldca.org.uk"),
    ("AMDEA", {"trade-body", "acronym"}, "amdea.org.uk"),
    ("Japan Soap and Detergent Association", {"trade-body"}, "jsda.org"),
    ("Which?", {"trade-body", "punctuation"}, "which.co.uk"),
]  # fmt: skip
_PRESS = [("The Guardian", "theguardian.com"), ("The Times", "thetimes.co.uk"), ("BBC News", "bbc.co.uk"),
          ("NRC", "nrc.nl"), ("Corriere della Sera", "corriere.it"), ("The Economic Times", "economictimes.indiatimes.com"),
          ("The Hindu", "thehindu.com"), ("Nikkei Asia", "asia.nikkei.com"), ("Business Day", "businessday.co.za"),
          ("Which?", "which.co.uk")]  # fmt: skip
_RESEARCH = [("Mintel", "mintel.com"), ("Statista", "statista.com"), ("Kantar", "kantar.com"), ("YouGov", "yougov.co.uk"),
             ("NielsenIQ", "nielseniq.com"), ("Euromonitor International", "euromonitor.com"), ("Circana", "circana.com")]  # fmt: skip
_DOMAINS = {name: domain for name, _tags, domain in _GOVERNMENT + _COMPANIES + _TRADE_BODIES} | dict(_PRESS + _RESEARCH)
_SLUG_WORDS = ["laundry", "detergent", "refill", "energy-label", "fabric-care", "washing", "rental", "sustainability",
               "annual-report", "insights", "press-release", "packaging", "consumer", "market"]  # fmt: skip


class Blind344WorkFactory(WorkFactory):
    """Works for blind344: laundry, dry cleaning, fabric care, appliances and textile rental."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 344)
        self.dated_orgs: list[tuple[str, set[str], str, int]] = []

    # ------------------------------------------------------------------ pieces
    def person(self) -> dict[str, str]:
        particle, family, given = self.rng.choice(_PEOPLE)
        name = {"family": family, "given": given}
        if particle:
            name["non-dropping-particle"] = particle
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        chosen: list[dict[str, str]] = []
        while len(chosen) < count:
            name = self.person()
            if name not in chosen:
                chosen.append(name)
        return chosen

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1990, 2007)
        return self.rng.randint(2008, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        low = max(2023, issued[0]) if issued else 2023
        year = self.rng.randint(low, max(low, 2025))
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if issued and year == issued[0]:
            month, day = 12, self.rng.randint(28, 31)
        return {"date-parts": [[year, month, day]]}

    def _url(self, domain: str) -> str:
        words = self.rng.sample(_SLUG_WORDS, self.rng.randint(2, 3))
        return f"https://www.{domain}/{'-'.join(words)}"

    def _title(self) -> str:
        topic, other, place = self.rng.choice(_TOPICS), self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {place}: evidence from a consumer survey",
            f"Why consumers resist {topic}: a study of {place}",
            f"From ownership to access: {topic} and {other}",
            f"{topic[0].upper()}{topic[1:]} and brand trust in {place}",
            f"Green or convenient? {topic[0].upper()}{topic[1:]} among young households",
            f"The adoption of {topic} in {place}",
            f"Nudging households towards {topic}",
            f"Marketing {topic}: lessons from {place}",
        ]
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(KINDS), weights=[12, 6, 24, 12, 12, 8, 10, 10, 6])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        if self.rng.random() < 0.4:
            people, title, publisher, place, years, editions = self.rng.choice(_CLASSICS)
            authors = []
            for particle, family, given in people:
                name = {"family": family, "given": given}
                if particle:
                    name["non-dropping-particle"] = particle
                authors.append(name)
            year = self.rng.choice(years)
            record: dict[str, Any] = {"type": "book", "title": title, "author": authors,
                                      "issued": {"date-parts": [[year]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
            if editions:
                record["edition"] = str(self.rng.randint(3, 16))
            return self._person_work(record, "book")
        record = {
            "type": "book", "title": self._title(), "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Kogan Page", "Sage", "Palgrave Macmillan", "Springer",
                                          "Emerald Publishing", "Woodhead Publishing", "Oxford University Press"]),
            "publisher-place": self.rng.choice(["London", "Abingdon", "Cham", "Bingley", "Cambridge", "Oxford", "New Delhi"]),
        }  # fmt: skip
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        start = self.rng.randint(1, 280)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["Sustainable textiles: production, processing, manufacturing and chemistry",
                                                "Handbook of sustainable consumption", "Circular economy in fashion and textiles",
                                                "The Routledge companion to marketing and sustainability",
                                                "Services marketing in emerging economies"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Springer", "Routledge", "Edward Elgar", "Woodhead Publishing"]),
            "publisher-place": self.rng.choice(["Cham", "Abingdon", "Cheltenham", "Cambridge"]),
            "page": f"{start}-{start + self.rng.randint(12, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(10, 420)), "page": f"{start}-{start + self.rng.randint(8, 24)}",
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["issue"] = str(self.rng.randint(1, 12))
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.choice(['1016', '1177', '1080', '1108', '1007'])}/j.{self.rng.randint(1000, 9999)}.{self.rng.randint(100000, 999999)}"
            )
        return self._person_work(record, "journal")

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then a second work of an organisation in the same year ("Defra, 2023a" and "2023b").
        same_kind = [entry for entry in self.dated_orgs if entry[2] == kind]
        if "issued" in record and same_kind and self.rng.random() < 0.12:
            name, tags, _kind, year = self.rng.choice(same_kind)
            record["issued"] = {"date-parts": [[year]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after([year])
            if "URL" in record and name in _DOMAINS:
                record["URL"] = self._url(_DOMAINS[name])
            if "publisher" in record:
                record["publisher"] = name.split(" (")[0]
            if kind == "news":
                record["container-title"] = name
        if "issued" in record:
            self.dated_orgs.append((name, set(tags), kind, record["issued"]["date-parts"][0][0]))
        return self._org_work(record, kind, name, set(tags))

    def _org_dated(self, domain: str, undated: float) -> dict[str, Any]:
        record: dict[str, Any] = {"URL": self._url(domain)}
        issued = None
        if self.rng.random() >= undated:
            issued = [self.rng.randint(2012, 2025)]
            record["issued"] = {"date-parts": [issued]}
        record["accessed"] = self._accessed_after(issued)
        return record

    def _government(self) -> Work:
        name, tags, domain = self.rng.choice(_GOVERNMENT)
        record = self._org_dated(domain, 0.05)
        subject = self.rng.choice(_TOPICS)
        record.update({"type": "report", "title": self.rng.choice([
            f"{subject[0].upper()}{subject[1:]}: evidence review", f"Household survey: {subject}",
            f"Guidance on {subject} for businesses", f"Consultation outcome: {subject}",
            "Energy labelling of household washing machines", "Plastic packaging: market situation report",
            "Household water use and appliances", "Textiles market situation report"]),
            "publisher": name.split(" (")[0]})  # fmt: skip
        return self._org(record, "government", name, tags)

    def _company(self) -> Work:
        name, tags, domain = self.rng.choice(_COMPANIES)
        if self.rng.random() < 0.45:
            record = self._org_dated(domain, 0.0)
            record.update({"type": "report", "title": self.rng.choice(["Annual report and accounts", "Sustainability report",
                           "Annual report", "Integrated report", "Climate transition action plan"]), "publisher": name})  # fmt: skip
        else:
            record = self._org_dated(domain, 0.35)
            record.update({"type": "webpage", "title": self.rng.choice(["Our refill story", "How our laundry service works",
                           "Washing at 30 degrees", "Our plastic-free promise", "Sustainability", "About us",
                           "Subscriptions and plans", "Energy efficiency and your washing machine", "Press release: new app launch"])})  # fmt: skip
        return self._org(record, "company", name, tags)

    def _trade_body(self) -> Work:
        name, tags, domain = self.rng.choice(_TRADE_BODIES)
        record = self._org_dated(domain, 0.25)
        record.update({"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice([
            "Washing at lower temperatures", "Industry sustainability report", "Laundry sector survey",
            "Guide to energy labels", "Low temperature washing campaign", "Best washing machines",
            "Consumer habits survey", "Market statistics"])})  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        return self._org(record, "trade-body", name, tags)

    def _news(self) -> Work:
        paper, domain = self.rng.choice(_PRESS)
        issued = [self.rng.randint(2015, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": paper,
            "issued": {"date-parts": [issued]}, "URL": self._url(domain), "accessed": self._accessed_after(issued),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org(record, "news", paper, {"press"})

    def _market_research(self) -> Work:
        name, domain = self.rng.choice(_RESEARCH)
        market = self.rng.choice(["Laundry detergents", "Fabric care", "Laundry services", "Washing machines",
                                  "Dry cleaning", "Household care"])  # fmt: skip
        country = self.rng.choice(["UK", "Netherlands", "Italy", "India", "Japan", "South Africa"])
        record = self._org_dated(domain, 0.15)
        year = record["issued"]["date-parts"][0][0] if "issued" in record else 2024
        record.update({"type": "report", "publisher": name, "title": self.rng.choice([
            f"{market} - {country} - {year}", f"{market} in {country}", f"{market}: market size and forecast, {country}",
            f"Share of consumers in {country} who washed at 30°C or lower in {year}"])})  # fmt: skip
        return self._org(record, "market-research", name, {"market-research"})

    def _web(self) -> Work:
        domain = self.rng.choice(
            ["laundryblog.co.uk", "cleanerliving.in", "wasgoed.nl", "greenhomesa.co.za", "medium.com"]
        )
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "URL": self._url(domain)}  # fmt: skip
        issued = None
        if self.rng.random() < 0.4:
            issued = [self.rng.randint(2016, 2025)]
            record["issued"] = {"date-parts": [issued]}
        record["accessed"] = self._accessed_after(issued)
        return self._person_work(record, "web")
