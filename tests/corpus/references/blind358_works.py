"""The blind358 pool's works: what marketers at outdoor-clothing and footwear brands, sports retailers, bike shops,
running and climbing brands, camping and hiking gear makers and resale platforms in the UK, Ireland, Norway,
Switzerland, Chile and Canada cite in CIM Level 6 and 7 reports and MBA assignments written in English.

Textbooks on marketing, branding and sustainability and their chapters, journal articles on brand communities,
sustainability claims, resale, pricing and retail (one to eight authors), sports and outdoor trade bodies and
federations, regulators' and governments' guidance and statistics (green claims, trading standards, participation
surveys), brands' and retailers' annual and impact reports and press pages, market-research firms' reports, trade
press, signed and unsigned news and undated web pages. Names as the region's scholars and journals print them:
Norwegian "Ø" and "Å", Swiss "von" and "de" and umlauts, Irish "Ó" and "Ní", Chilean double surnames, Québécois
hyphenated and accented names. Written without reading the checker, its tests or any other pool.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IE", "ga_IE", "no_NO", "no_NO", "de_CH", "fr_CH", "es_CL", "es_CL",
            "en_CA", "fr_CA", "en_US", "de_DE"]  # fmt: skip
# Names as the region's journals print them (family, given[, particle]).
_REGION_NAMES = [
    ("Ó Súilleabháin", "Aoife", None), ("Ní Bhriain", "Siobhán", None), ("Mac Giolla Phádraig", "Cian", None),
    ("O'Donoghue", "Niamh", None), ("McElhinney", "Ciarán", None), ("Ó Conaill", "Pádraig", None),
    ("Sørensen", "Ingrid", None), ("Østby", "Håkon", None), ("Aasland", "Kjersti", None), ("Bjørnstad", "Sindre", None),
    ("Haugen", "Åse", None), ("Løvold", "Torbjørn", None), ("Grønhaug", "Kjell", None), ("Ødegård", "Marit", None),
    ("Müller", "Reto", None), ("Brändli", "Corinne", None), ("Zürcher", "Lukas", None), ("Wattenwyl", "Anna", "von"),
    ("Weck", "Laurent", "de"), ("Rüegg", "Beat", None), ("Kälin", "Nadja", None), ("Mettler-Fässler", "Sabine", None),
    ("González-Pérez", "Catalina", None), ("Muñoz Rivas", "Felipe", None), ("Fuentes-Bravo", "Javiera", None),
    ("Aránguiz", "Tomás", None), ("Peña Valdés", "Constanza", None), ("Ibáñez", "Matías", None),
    ("Tremblay", "Geneviève", None), ("Côté", "Étienne", None), ("St-Pierre", "Mélanie", None),
    ("Bélanger-Roy", "Frédéric", None), ("Gagnon", "Isabelle", None), ("Singh", "Harjeet", None),
    ("MacKinnon", "Fraser", None), ("Chen", "Wei", None), ("Okafor", "Chinedu", None),
]  # fmt: skip
_JOURNALS = ["Journal of Marketing", "Journal of Consumer Research", "European Journal of Marketing",
             "Journal of Business Research", "Journal of Retailing and Consumer Services", "Journal of Retailing",
             "Journal of Brand Management", "Journal of Product & Brand Management", "Sport Management Review",
             "European Sport Management Quarterly", "Journal of Sustainable Tourism", "Business Strategy and the Environment",
             "Journal of Cleaner Production", "Journal of Marketing Management", "International Journal of Retail & Distribution Management",
             "Journal of Macromarketing", "Journal of Public Policy & Marketing", "Journal of Pricing Management",
             "Journal of Outdoor Recreation and Tourism", "Journal of Fashion Marketing and Management",
             "Scandinavian Journal of Hospitality and Tourism", "Irish Journal of Management",
             "Canadian Journal of Administrative Sciences", "Academia Revista Latinoamericana de Administración"]  # fmt: skip
_TOPICS = ["brand communities", "outdoor brand communities", "greenwashing", "green claims", "second-hand clothing",
           "resale platforms", "repair services", "circular business models", "price fairness", "reference prices",
           "sports retail", "running clubs", "cycling participation", "climbing gyms", "eco-labels",
           "brand authenticity", "consumer scepticism", "sustainable outdoor apparel", "rental models",
           "loyalty schemes", "omnichannel retailing", "brand activism", "purpose-led brands", "take-back schemes",
           "influencer marketing", "Strava and social running", "premium pricing", "discounting", "product lifespan",
           "athlete endorsement"]  # fmt: skip
_BOOK_TITLES = ["Marketing management", "Principles of marketing", "Strategic brand management", "Sustainable marketing",
                "Marketing for sustainability", "Retail marketing management", "Sport marketing", "Consumer behaviour",
                "Pricing strategy", "Marketing communications", "Brand leadership", "Marketing strategy",
                "Sustainable fashion and textiles", "Sports retailing", "The circular economy handbook",
                "Outdoor recreation: management and marketing", "Global marketing", "Services marketing"]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Oxford University Press", "Oxford"), ("Wiley", "Chichester"), ("Palgrave Macmillan", "London"),
               ("Cengage", "Andover"), ("Human Kinetics", "Champaign, IL"), ("Edward Elgar", "Cheltenham"),
               ("Gill Education", "Dublin"), ("Universitetsforlaget", "Oslo"), ("McGraw-Hill Education", "Maidenhead")]  # fmt: skip
# Organisations these candidates cite, with what makes each hard.
_ORGANISATIONS: list[tuple[str, set[str], str]] = [
    ("Patagonia", {"company"}, "patagonia.com"), ("Patagonia Works", {"company"}, "patagonia.com"),
    ("Arc'teryx", {"company", "apostrophe"}, "arcteryx.com"), ("Helly Hansen", {"company"}, "hellyhansen.com"),
    ("Norrøna", {"company"}, "norrona.com"), ("Bergans of Norway", {"company"}, "bergans.com"),
    ("Mammut Sports Group AG", {"company"}, "mammut.com"), ("On Holding AG", {"company"}, "on.com"),
    ("Canada Goose Holdings Inc.", {"company"}, "canadagoose.com"), ("Mountain Equipment Company", {"company"}, "mec.ca"),
    ("Lululemon Athletica Inc.", {"company"}, "lululemon.com"), ("Lippi", {"company"}, "lippioutdoor.com"),
    ("Rab", {"company"}, "rab.equipment"), ("Berghaus", {"company"}, "berghaus.com"), ("Páramo", {"company"}, "paramo-clothing.com"),
    ("Finisterre", {"company"}, "finisterre.com"), ("Vaude", {"company"}, "vaude.com"),
    ("JD Sports Fashion plc", {"company"}, "jdplc.com"), ("Frasers Group plc", {"company"}, "frasers.group"),
    ("Go Outdoors", {"company"}, "gooutdoors.co.uk"), ("Cotswold Outdoor", {"company"}, "cotswoldoutdoor.com"),
    ("Halfords Group plc", {"company"}, "halfordscompany.com"), ("Evans Cycles", {"company"}, "evanscycles.com"),
    ("Decathlon UK", {"company"}, "decathlon.co.uk"), ("Snow+Rock", {"company", "punctuation"}, "snowandrock.com"),
    ("Elverys Sports", {"company"}, "elverys.ie"), ("Great Outdoors Ireland", {"company"}, "greatoutdoors.ie"),
    ("XXL ASA", {"company", "acronym"}, "xxlasa.com"), ("Sport Outlet", {"company"}, "sportoutlet.no"),
    ("Transa Backpacking AG", {"company"}, "transa.ch"), ("Sportchek", {"company"}, "sportchek.ca"),
    ("Canadian Tire Corporation", {"company"}, "corp.canadiantire.ca"), ("Vinted", {"company"}, "vinted.co.uk"),
    ("Depop", {"company"}, "depop.com"), ("Patagonia Worn Wear", {"company"}, "wornwear.patagonia.com"),
    ("Sports & Outdoor Retailers Association", {"trade-body", "ampersand"}, "sora.org.uk"),
    ("Outdoor Industries Association (OIA)", {"trade-body", "abbreviation"}, "outdoorindustriesassociation.co.uk"),
    ("European Outdoor Group (EOG)", {"trade-body", "abbreviation"}, "europeanoutdoorgroup.com"),
    ("Federation of the European Sporting Goods Industry (FESI)", {"trade-body", "abbreviation"}, "fesi-sport.org"),
    ("Sport England", {"government"}, "sportengland.org"), ("Sport Ireland", {"government"}, "sportireland.ie"),
    ("sportscotland", {"government", "lowercase"}, "sportscotland.org.uk"), ("British Cycling", {"trade-body"}, "britishcycling.org.uk"),
    ("British Mountaineering Council (BMC)", {"trade-body", "abbreviation"}, "thebmc.co.uk"),
    ("Mountaineering Ireland", {"trade-body"}, "mountaineering.ie"), ("Norges Idrettsforbund", {"trade-body"}, "idrettsforbundet.no"),
    ("Swiss Olympic", {"trade-body"}, "swissolympic.ch"), ("Bicycle Association of Great Britain", {"trade-body"}, "bicycleassociation.org.uk"),
    ("Competition and Markets Authority", {"government"}, "gov.uk"), ("Competition and Markets Authority (CMA)", {"government", "abbreviation"}, "gov.uk"),
    ("Advertising Standards Authority (ASA)", {"government", "abbreviation"}, "asa.org.uk"),
    ("Chartered Trading Standards Institute", {"government"}, "tradingstandards.uk"),
    ("Department for Culture, Media & Sport", {"government", "ampersand", "comma"}, "gov.uk"),
    ("Department for Environment, Food & Rural Affairs", {"government", "ampersand", "comma"}, "gov.uk"),
    ("Competition and Consumer Protection Commission", {"government"}, "ccpc.ie"),
    ("Forbrukertilsynet", {"government"}, "forbrukertilsynet.no"), ("Statistics Norway", {"government"}, "ssb.no"),
    ("Federal Statistical Office", {"government"}, "bfs.admin.ch"), ("Competition Bureau Canada", {"government"}, "competition-bureau.canada.ca"),
    ("Statistics Canada", {"government"}, "statcan.gc.ca"), ("Servicio Nacional del Consumidor (SERNAC)", {"government", "abbreviation"}, "sernac.cl"),
    ("Central Statistics Office", {"government"}, "cso.ie"), ("European Commission", {"government"}, "ec.europa.eu"),
    ("Chartered Institute of Marketing (CIM)", {"trade-body", "abbreviation"}, "cim.co.uk"),
    ("Textile Exchange", {"trade-body"}, "textileexchange.org"), ("WRAP", {"trade-body", "acronym"}, "wrap.ngo"),
    ("Ellen MacArthur Foundation", {"trade-body"}, "ellenmacarthurfoundation.org"),
    ("B Lab UK", {"trade-body"}, "bcorporation.uk"), ("Which?", {"trade-body", "punctuation"}, "which.co.uk"),
    ("Changing Markets Foundation", {"trade-body"}, "changingmarkets.org"), ("McKinsey & Company", {"company", "ampersand"}, "mckinsey.com"),
    ("Deloitte", {"company"}, "deloitte.com"), ("PwC", {"company", "acronym"}, "pwc.co.uk"),
    ("Bain & Company", {"company", "ampersand"}, "bain.com"), ("Boston Consulting Group (BCG)", {"company", "abbreviation"}, "bcg.com"),
    ("thredUP", {"company", "lowercase"}, "thredup.com"),
]  # fmt: skip
_RESEARCH = [("Mintel", "mintel.com"), ("Statista", "statista.com"), ("Euromonitor International", "euromonitor.com"),
             ("Kantar", "kantar.com"), ("GlobalData", "globaldata.com"), ("IBISWorld", "ibisworld.com"),
             ("YouGov", "yougov.co.uk"), ("NielsenIQ", "nielseniq.com"), ("Circana", "circana.com"),
             ("Ipsos", "ipsos.com"), ("GfK", "gfk.com"), ("Retail Economics", "retaileconomics.co.uk")]  # fmt: skip
_MARKETS = ["outdoor clothing", "sports footwear", "bicycles and e-bikes", "running shoes", "camping equipment",
            "climbing equipment", "sports goods retailing", "second-hand clothing", "technical outerwear",
            "hiking boots", "winter sports equipment", "activewear"]  # fmt: skip
_COUNTRIES = ["UK", "Ireland", "Norway", "Switzerland", "Chile", "Canada", "Europe", "Latin America"]
_PRESS = ["Drapers", "Retail Gazette", "Marketing Week", "Campaign", "The Drum", "Outdoor Industry Compass",
          "SGI Europe", "BikeBiz", "Cycling Industry News", "Running Industry News", "Business Post", "The Irish Times",
          "Financial Times", "The Guardian", "BBC News", "Dagens Næringsliv", "Aftenposten", "Neue Zürcher Zeitung",
          "Swissinfo", "The Globe and Mail", "Financial Post", "CBC News", "El Mercurio", "Diario Financiero"]  # fmt: skip
_PRESS_TOPICS = ["resale", "green claims", "Black Friday", "discounting", "store closures", "repair",
                 "e-bike sales", "running boom", "trail running", "gravel cycling", "rental", "price rises",
                 "overstock", "PFAS-free waterproofing", "click-and-collect"]  # fmt: skip


class Blind358WorkFactory(WorkFactory):
    """Works of outdoor and sports retail, for the blind358 pool only."""

    # The kinds of work it makes, as each Work names itself: the reports and web pages of brands, trade bodies,
    # regulators and research firms are "report" and "web", signed and unsigned press "news".
    KINDS = ("book", "chapter", "journal", "report", "web", "news")

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 358)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.dated_orgs: list[tuple[str, set[str], str, dict[str, Any]]] = []

    # ------------------------------------------------------------------ people, dates
    def person(self) -> dict[str, str]:
        if self.rng.random() < 0.3:
            family, given, particle = self.rng.choice(_REGION_NAMES)
            name = {"family": family, "given": given}
            if particle:
                name["non-dropping-particle"] = particle
            return name
        locale = self.rng.choice(_LOCALES)
        fake = self.fakers[locale]
        family, given = fake.last_name(), fake.first_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():
            return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        if locale == "es_CL" and self.rng.random() < 0.4:  # Chilean scholars often print both surnames
            family = f"{family} {fake.last_name()}" if self.rng.random() < 0.5 else f"{family}-{fake.last_name()}"
        return {"family": family, "given": given}

    def year(self) -> int:
        if self.rng.random() < 0.04:
            return self.rng.randint(1972, 1999)
        return self.rng.randint(2009, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        start = issued[0] if issued else 2022
        year = self.rng.randint(max(2022, start), 2025)
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if issued and year == issued[0]:
            month = max(month, issued[1] if len(issued) > 1 else 1)
            day = max(day, issued[2] if len(issued) > 2 else 1)
        return {"date-parts": [[year, month, day]]}

    def _topic_title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        country = self.rng.choice(_COUNTRIES)
        forms = [f"{topic[0].upper()}{topic[1:]} and {other}", f"The role of {topic} in outdoor retail",
                 f"{topic[0].upper()}{topic[1:]}: evidence from {country}", f"Rethinking {topic}",
                 f"When does {topic} pay? {other[0].upper()}{other[1:]} in sporting goods",
                 f"{topic[0].upper()}{topic[1:]} among {self.rng.choice(['runners', 'cyclists', 'climbers', 'hikers', 'skiers'])}",
                 f"Why consumers doubt {topic}", f"From {topic} to {other}: a review"]  # fmt: skip
        return self.rng.choice(forms)

    def _capital_topic(self) -> str:
        topic = self.rng.choice(_TOPICS)
        return topic[0].upper() + topic[1:]

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "organisation-report", "organisation-web", "government", "market-research",
             "press", "undated-web", "web-person"],
            weights=[12, 6, 22, 11, 11, 8, 9, 12, 5, 4],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        title = self.rng.choice(_BOOK_TITLES)
        if self.rng.random() < 0.4:
            title = f"{title}: {self.rng.choice(['a global perspective', 'an introduction', 'theory and practice', 'a European perspective', 'concepts and cases'])}"
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.45:
            record["edition"] = str(self.rng.randint(2, 17))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._topic_title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": f"The Routledge handbook of {self.rng.choice(['sport marketing', 'sustainable fashion', 'outdoor recreation', 'consumer behaviour', 'sustainable marketing', 'retail'])}"
            if publisher == "Routledge" else f"{self.rng.choice(_BOOK_TITLES)}: cases and readings",
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._topic_title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 120)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{(start := self.rng.randint(1, 1200))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(2009, 2025)}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _org(self) -> tuple[str, set[str], str]:
        name, tags, domain = self.rng.choice(_ORGANISATIONS)
        return name, set(tags), domain

    def _dated_org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then two works of one organisation in one year ("Patagonia, 2023a" and "2023b").
        if self.dated_orgs and "issued" in record and self.rng.random() < 0.15:
            name, tags, _domain, issued = self.rng.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "publisher" in record:
                record["publisher"] = name.split(" (")[0]
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        if "issued" in record:
            self.dated_orgs.append((name, tags, "", record["issued"]))
        return self._org_work(record, kind, name, tags)

    def _organisation_report(self) -> Work:
        name, tags, domain = self._org()
        year = self.year()
        titles = [f"Annual report {year}", f"Annual report and accounts {year}", f"Impact report {year}",
                  f"Sustainability report {year}", f"{year} ESG report", "Climate transition plan",
                  f"{self._capital_topic()}: position paper",
                  f"Outdoor participation in {self.rng.choice(['the UK', 'Ireland', 'Norway', 'Switzerland', 'Chile', 'Canada'])} {year}", f"State of the industry report {year}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0],
                                  "publisher-place": self.rng.choice(["London", "Dublin", "Oslo", "Zurich", "Santiago", "Vancouver", "Montreal", "Ventura, CA"])}  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = f"https://www.{domain}/{self.fakers['en_GB'].slug()}.pdf"
            record["accessed"] = self._accessed_after([year])
        return self._dated_org_work(record, "report", name, tags)

    def _organisation_web(self) -> Work:
        name, tags, domain = self._org()
        titles = ["Our environmental responsibility", "Press release: " + self.rng.choice(_PRESS_TOPICS) + " update",
                  "Newsroom", "Repair and care", "About us", "Our materials", "Trade-in programme: how it works",
                  f"{self._capital_topic()}", "Green claims code: making environmental claims",
                  "Sustainability commitments", "Price match promise"]  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(titles),
                                  "URL": f"https://www.{domain}/{self.fakers['en_GB'].uri_path()}"}  # fmt: skip
        if self.rng.random() < 0.8:
            year = self.year()
            record["issued"] = {"date-parts": [[year]]}
            record["accessed"] = self._accessed_after([year])
            return self._dated_org_work(record, "web", name, tags)
        record["accessed"] = self._accessed_after(None)
        return self._org_work(record, "web", name, tags | {"undated"})

    def _government(self) -> Work:
        bodies = [o for o in _ORGANISATIONS if "government" in o[1]]
        name, tags, domain = self.rng.choice(bodies)
        year = self.year()
        titles = ["Green claims code", "Guidance on environmental claims on goods and services",
                  "Active lives adult survey: annual report", "Children and young people's participation survey",
                  "Pricing practices: guidance for businesses", "Consumer protection: misleading pricing",
                  "Household spending on recreation and culture", "Sport and physical activity statistics",
                  "Fashion retail: compliance review of green claims", "Labour force and retail trade statistics",
                  "Irish sports monitor: annual report", "Guidelines on environmental marketing claims"]  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(titles),
                                  "issued": {"date-parts": [[year]]},
                                  "URL": f"https://www.{domain}/{self.fakers['en_GB'].slug()}", "accessed": self._accessed_after([year])}  # fmt: skip
        return self._dated_org_work(
            record, "report" if record["type"] == "report" else "web", name, tags | {"government"}
        )

    def _market_research(self) -> Work:
        name, domain = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.9 else None
        market, country = self.rng.choice(_MARKETS), self.rng.choice(_COUNTRIES)
        titles = [f"{market[0].upper()}{market[1:]} - {country} - {self.rng.choice(['March', 'July', 'November'])} {year or 2024}",
                  f"{market[0].upper()}{market[1:]} in {country}", f"Market size of {market} in {country} 2018-2028",
                  f"{country} {market}: market report", f"Share of consumers in {country} who bought second-hand {market}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": f"https://www.{domain}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
            record["accessed"] = self._accessed_after([year])
            return self._dated_org_work(record, "report", name, {"market-research"})
        record["accessed"] = self._accessed_after(None)
        return self._org_work(record, "report", name, {"market-research"})

    def _press(self) -> Work:
        fake = self.fakers["en_GB"]
        year = self.rng.randint(2012, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        brand = self.rng.choice(["Patagonia", "Arc'teryx", "Frasers", "JD Sports", "Halfords", "Evans Cycles", "MEC",
                                 "Canada Goose", "On", "Norrøna", "Vinted", "Decathlon", "Cotswold Outdoor", "XXL",
                                 "Mammut", "Lippi", "Elverys", "Rab"])  # fmt: skip
        title = self.rng.choice([f"{brand} bets on {self.rng.choice(_PRESS_TOPICS)}", f"Why {brand} is rethinking {self.rng.choice(_PRESS_TOPICS)}",
                                 f"{brand} profits fall as shoppers cut back", f"Inside {brand}'s {self.rng.choice(_PRESS_TOPICS)} push",
                                 f"Outdoor retailers face {self.rng.choice(_PRESS_TOPICS)} squeeze", f"Regulator warns outdoor brands over {self.rng.choice(['green claims', 'fake discounts', 'drip pricing'])}"])  # fmt: skip
        record: dict[str, Any] = {"type": "article-newspaper", "title": title, "container-title": self.rng.choice(_PRESS),
                                  "issued": {"date-parts": [issued]}, "URL": fake.url() + fake.uri_path(),
                                  "accessed": self._accessed_after(issued)}  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(3)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _undated_web(self) -> Work:
        fake = self.fakers["en_GB"]
        if self.rng.random() < 0.35:
            record: dict[str, Any] = {"type": "webpage", "title": self._topic_title(), "author": self._people(2),
                                      "URL": fake.url() + fake.uri_path(), "accessed": self._accessed_after(None)}  # fmt: skip
            return self._person_work(record, "web")
        name, tags, domain = self._org()
        record = {"type": "webpage", "title": self.rng.choice(["Our story", "Size guide and fit", "Repair service",
                                                                "Returns and recycling", "Store finder", "Our impact"]),
                  "URL": f"https://www.{domain}/{fake.uri_path()}", "accessed": self._accessed_after(None)}  # fmt: skip
        return self._org_work(record, "web", name, tags | {"undated"})

    def _web_person(self) -> Work:
        fake = self.fakers["en_GB"]
        year = self.year()
        record: dict[str, Any] = {"type": "webpage", "title": self._topic_title(), "author": self._people(2),
                                  "container-title": self.rng.choice(["UKClimbing", "road.cc", "Outdoor Industry Compass", "Retail Week blog", "LinkedIn"]),
                                  "issued": {"date-parts": [[year]]}, "URL": fake.url() + fake.uri_path(),
                                  "accessed": self._accessed_after([year])}  # fmt: skip
        return self._person_work(record, "web")
