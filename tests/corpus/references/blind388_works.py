"""The blind388 pool's works: what marketers at furniture makers and retailers, kitchen and bathroom showrooms,
interior-design studios, homeware and lighting brands, mattress and sofa direct-to-consumer start-ups and second-hand
furniture marketplaces in the UK, Sweden, Denmark, Italy, Portugal and Australia cite in CIM Level 4 to 6 reports.

Written without reading the checker, its tests or any other pool. Marketing, retail-marketing and design-management
textbooks and their chapters; journal articles on showrooming, omnichannel retail, green claims, product reviews and
augmented reality in retail with one to eight authors; trade bodies and regulators at home and abroad (two works of
one body in a year now and then); legislation and guidance on green claims and consumer rights under the body that
issued them; market-research firms' reports; retailers' annual reports and press pages; the design and trade press,
signed and unsigned; undated pages with access dates. Swedish, Danish, Italian and Portuguese names as their scholars
print them ("Söderström", "Østergaard", "De Angelis", "da Costa"), beside British and Australian ones.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "trade-body", "regulator", "guidance", "legislation", "market-research",
         "annual-report", "press-page", "trade-press", "news", "undated-web")  # fmt: skip

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_GB", "sv_SE", "da_DK", "it_IT", "pt_PT", "en_AU", "en_AU"]
# Names as Scandinavian, Italian and Portuguese scholars print them on English-language papers.
_REGION_NAMES = [
    ("Söderström", "Karin"), ("Åkesson", "Johan"), ("Lindqvist", "Ebba"), ("Ekström", "Karin M."),
    ("Sjöberg", "Lars"), ("Bäckström", "Kristina"), ("Hultén", "Bertil"), ("Östberg", "Jacob"),
    ("Østergaard", "Mette"), ("Jørgensen", "Søren"), ("Kjærgaard", "Annemette"), ("Sørensen", "Bjarke"),
    ("Bødker", "Mads"), ("Møller", "Line"), ("Ravn", "Ida"), ("Hjorth", "Jesper"),
    ("De Angelis", "Matteo"), ("Dell'Era", "Claudio"), ("Verganti", "Roberto"), ("Di Benedetto", "Chiara"),
    ("D'Alessandro", "Francesca"), ("Lo Russo", "Giulia"), ("Pellegrini", "Luca"), ("Castaldo", "Sandro"),
    ("Sousa Ferreira", "Rita"), ("Guimarães", "João"), ("Conceição", "Inês"), ("Magalhães", "Tiago"),
    ("Gonçalves", "Beatriz"), ("Simões", "Pedro"), ("Loureiro", "Sandra Maria Correia"),
    ("Nguyen", "Thi Mai"), ("Zhang", "Wei"), ("Papadopoulos", "Eleni"), ("Kaur", "Harpreet"),
    ("O'Sullivan", "Siobhan"), ("McKenzie", "Fiona"), ("Ní Bhriain", "Aoife"), ("Fitz-Simons", "Hugh"),
]  # fmt: skip
_PARTICLE_NAMES = [("da", "Costa", "Miguel"), ("dos", "Santos", "Ana"), ("de", "Sousa", "Catarina"),
                   ("von", "Essen", "Ulrika"), ("af", "Klercker", "Hedvig"), ("van", "Dijk", "Ruud")]  # fmt: skip

# Organisations as candidates write them as authors, with tags saying what makes them hard.
_TRADE_BODIES = [
    ("British Furniture Confederation", {"trade-body"}), ("FIRA", {"trade-body", "acronym"}),
    ("FIRA International Ltd", {"trade-body"}), ("The Furniture Ombudsman", {"trade-body"}),
    ("National Bed Federation", {"trade-body"}), ("National Bed Federation (NBF)", {"trade-body", "abbreviation"}),
    ("Kitchen Bathroom Bedroom Specialists Association (KBSA)", {"trade-body", "abbreviation"}),
    ("Bathroom Manufacturers Association", {"trade-body"}), ("British Institute of Interior Design", {"trade-body"}),
    ("BIID", {"trade-body", "acronym"}), ("Design Council", {"trade-body"}), ("Which?", {"trade-body", "punctuation"}),
    ("The Furniture Makers' Company", {"trade-body", "apostrophe"}), ("Chartered Institute of Marketing", {"trade-body"}),
    ("TMF Svenska Trä- och Möbelföretagen", {"trade-body", "accent"}), ("Dansk Design Center", {"trade-body"}),
    ("FederlegnoArredo", {"trade-body"}), ("APIMA", {"trade-body", "acronym"}),
    ("Australian Furniture Association", {"trade-body"}), ("Good Environmental Choice Australia", {"trade-body"}),
    ("Forest Stewardship Council UK", {"trade-body"}), ("Ellen MacArthur Foundation", {"trade-body"}),
    ("Waste & Resources Action Programme (WRAP)", {"trade-body", "ampersand", "abbreviation"}),
    ("Reuse Network", {"trade-body"}), ("British Heart Foundation", {"trade-body"}),
]  # fmt: skip
_REGULATORS = [
    ("Competition and Markets Authority", {"government"}), ("CMA", {"government", "acronym"}),
    ("Competition and Markets Authority (CMA)", {"government", "abbreviation"}),
    ("Advertising Standards Authority", {"government"}), ("ASA", {"government", "acronym"}),
    ("Committee of Advertising Practice (CAP)", {"government", "abbreviation"}),
    ("Chartered Trading Standards Institute", {"government"}), ("Business Companion", {"government"}),
    ("Trading Standards Scotland", {"government"}), ("Office for Product Safety and Standards", {"government"}),
    ("Department for Business and Trade", {"government"}), ("Department for Environment, Food & Rural Affairs", {"government", "comma", "ampersand"}),
    ("Konsumentverket", {"government"}), ("Swedish Consumer Agency", {"government"}),
    ("Forbrugerombudsmanden", {"government"}), ("Danish Consumer Ombudsman", {"government"}),
    ("Autorità Garante della Concorrenza e del Mercato", {"government", "accent"}), ("AGCM", {"government", "acronym"}),
    ("Direção-Geral do Consumidor", {"government", "accent"}),
    ("Australian Competition & Consumer Commission", {"government", "ampersand"}),
    ("ACCC", {"government", "acronym"}), ("European Commission", {"government"}),
]  # fmt: skip
_GUIDANCE = {
    "Competition and Markets Authority": ["Green claims code: making environmental claims on goods and services",
                                          "Furniture and homeware: green claims compliance review",
                                          "Online choice architecture: how digital design can harm competition and consumers"],
    "CMA": ["Misleading environmental claims: guidance for businesses", "Fake reviews: guidance for businesses",
            "Pricing practices: guidance on reference prices and urgency claims"],
    "Advertising Standards Authority": ["Environmental claims: sustainability and carbon neutral",
                                        "Ruling on Oak Furniture Land Group Ltd", "Ruling on Wren Kitchens Ltd"],
    "Committee of Advertising Practice (CAP)": ["Advertising guidance: misleading environmental claims and social responsibility",
                                                "Promotional savings claims: advertising guidance"],
    "Chartered Trading Standards Institute": ["Consumer rights and furniture: a guide for retailers",
                                              "Fire safety of upholstered furniture: guidance for sellers"],
    "Business Companion": ["Furniture and furnishings (fire safety)", "Consumer contracts: delivery and cancellation rights"],
    "Konsumentverket": ["Environmental marketing claims: guidance for traders", "Price reductions and the 30-day rule"],
    "Forbrugerombudsmanden": ["Guidance on environmental claims in marketing", "The Consumer Ombudsman's guide to reviews"],
    "Australian Competition & Consumer Commission": ["Making environmental claims: a guide for business",
                                                      "Greenwashing by businesses in Australia: findings of the internet sweep"],
    "European Commission": ["Proposal for a directive on green claims", "Guidance on the Unfair Commercial Practices Directive"],
}  # fmt: skip
_LEGISLATURES = [
    ("UK Parliament", ["Consumer Rights Act 2015", "Digital Markets, Competition and Consumers Act 2024",
                       "Consumer Protection from Unfair Trading Regulations 2008",
                       "Furniture and Furnishings (Fire) (Safety) Regulations 1988",
                       "Consumer Contracts (Information, Cancellation and Additional Charges) Regulations 2013"]),
    ("European Parliament and Council of the European Union", ["Directive (EU) 2024/825 on empowering consumers for the green transition",
                                                               "Directive 2005/29/EC on unfair commercial practices"]),
    ("Australian Government", ["Competition and Consumer Act 2010", "Australian Consumer Law"]),
    ("Sveriges riksdag", ["Marknadsföringslag (2008:486)", "Konsumentköplag (2022:260)"]),
]  # fmt: skip
_MARKET_RESEARCH = ["Mintel", "Mintel", "GlobalData", "Statista", "Euromonitor International", "IBISWorld", "YouGov",
                    "Kantar", "Retail Economics", "CSIL Milano", "Verdict Retail", "Barclays Corporate Banking",
                    "GfK", "Roy Morgan"]  # fmt: skip
_MARKETS = ["furniture retailing", "beds and mattresses", "kitchens", "bathrooms", "home furnishings", "lighting",
            "garden furniture", "second-hand furniture", "upholstery", "homewares", "home office furniture",
            "soft furnishings"]  # fmt: skip
_COUNTRIES = ["UK", "United Kingdom", "Sweden", "Denmark", "Italy", "Portugal", "Australia", "Europe", "Nordics"]
_RETAILERS = [
    ("Dunelm Group plc", {"company"}), ("DFS Furniture plc", {"company"}), ("Howden Joinery Group Plc", {"company"}),
    ("Kingfisher plc", {"company"}), ("Inter IKEA Group", {"company"}), ("Ingka Group", {"company"}),
    ("IKEA", {"company"}), ("John Lewis Partnership plc", {"company"}), ("ScS Group plc", {"company"}),
    ("Victorian Plumbing Group plc", {"company"}), ("Temple & Webster Group Ltd", {"company", "ampersand"}),
    ("Nick Scali Limited", {"company"}), ("Harvey Norman Holdings Ltd", {"company"}), ("Natuzzi S.p.A.", {"company"}),
    ("BoConcept", {"company"}), ("Loaf", {"company"}), ("Simba Sleep", {"company"}), ("Emma Sleep", {"company"}),
    ("Koala", {"company"}), ("HAY", {"company", "acronym"}), ("Muuto", {"company"}), ("Fritz Hansen", {"company"}),
    ("Louis Poulsen", {"company"}), ("Kartell", {"company"}), ("Vista Alegre", {"company"}), ("Vinterior", {"company"}),
    ("Heal's", {"company", "apostrophe"}), ("Sellpy", {"company"}), ("Oak Furnitureland", {"company"}),
    ("Wren Kitchens", {"company"}), ("Marks & Spencer", {"company", "ampersand"}), ("Made.com", {"company"}),
]  # fmt: skip
_TRADE_PRESS = ["Cabinet Maker", "Furniture News", "kbbreview", "Dezeen", "Design Week", "Wallpaper*", "Frame",
                "Retail Gazette", "Drapers", "Interiors Monthly", "Inside Retail Australia", "Furniture Today",
                "Home & Gift Buyer"]  # fmt: skip
_NEWS = ["The Guardian", "Financial Times", "BBC News", "The Times", "The Telegraph", "The Sydney Morning Herald",
         "ABC News", "The Local Sweden", "The Copenhagen Post", "Il Sole 24 Ore", "Público", "Evening Standard"]  # fmt: skip
_TOPICS = ["showrooming", "webrooming", "omnichannel retail", "green claims", "greenwashing", "online reviews",
           "augmented reality", "virtual try-out", "product visualisation", "circular furniture", "buy-back schemes",
           "direct-to-consumer brands", "mattress-in-a-box", "click-and-collect", "store atmospherics",
           "design-led branding", "sustainable materials", "second-hand marketplaces", "room planners",
           "interest-free credit", "delivery promises", "social commerce", "design thinking", "brand heritage",
           "customer experience", "price promotions"]  # fmt: skip
_BOOK_TITLES = ["Retail marketing management: principles and practice", "Design management: managing design strategy, process and implementation",
                "Marketing: an introduction", "Principles of retailing", "Omnichannel retail: strategy and operations",
                "Brand management: co-creating meaningful brands", "Interior design and the business of the home",
                "Marketing communications: brands, experiences and participation", "Sustainable marketing",
                "Strategic retail management", "Consumer behaviour: buying, having and being", "The design-led business",
                "Retail design: theoretical perspectives", "Digital marketing: strategy, implementation and practice"]  # fmt: skip
_JOURNALS = ["Journal of Retailing", "Journal of Retailing and Consumer Services",
             "International Journal of Retail & Distribution Management", "Journal of Business Research",
             "Design Management Journal", "The Design Journal", "Journal of Interactive Marketing",
             "Journal of Consumer Behaviour", "Sustainability", "International Journal of Consumer Studies",
             "Journal of Product & Brand Management", "European Journal of Marketing", "Journal of Marketing",
             "Journal of Cleaner Production", "Technological Forecasting and Social Change"]  # fmt: skip
_PLACES = {"Pearson": "Harlow", "Routledge": "Abingdon", "Kogan Page": "London", "Sage": "London",
           "Bloomsbury Visual Arts": "London", "Laurence King": "London", "Oxford University Press": "Oxford",
           "Wiley": "Chichester", "Cengage": "Andover", "Studentlitteratur": "Lund", "Hoepli": "Milan",
           "Cambridge University Press": "Melbourne"}  # fmt: skip


class Blind388WorkFactory(WorkFactory):
    """Works cited by marketers in furniture, interiors and homeware. A subclass, so other halves are unchanged."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 388)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 389 + index)
                self.fakers[locale] = fake
        self.dated_orgs: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.22:
            family, given = self.rng.choice(_REGION_NAMES)
            return {"family": family, "given": given}
        if roll < 0.28:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        if self.rng.random() < 0.06:
            family = f"{family}-{self.fakers['en_GB'].last_name()}"
        return {"family": family, "given": given}

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.06:  # the classics still cited
            return self.rng.randint(1988, 2004)
        return self.rng.randint(2012, 2025)

    def org_year(self) -> int:
        """Bodies, firms and research houses: the years their pages and reports are still online."""
        return self.rng.randint(2013, 2025)

    def accessed_after(self, record: dict[str, Any]) -> dict[str, list[list[int]]]:
        first = record["issued"]["date-parts"][0][0] if "issued" in record else 2022
        year = self.rng.randint(max(first, 2022), 2025) if first <= 2025 else 2025
        if len(record.get("issued", {}).get("date-parts", [[0]])[0]) == 3 and year == first:
            issued = record["issued"]["date-parts"][0]
            return {"date-parts": [[year, self.rng.randint(issued[1], 12), 28]]}
        return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _url(self, host: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        return f"https://www.{host}/{fake.slug()}" if host else fake.url() + fake.uri_path()

    def _topic_title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]} and {other} in furniture retailing",
                 f"The effect of {topic} on purchase intention for home furnishings",
                 f"{topic[0].upper()}{topic[1:]}: evidence from {self.rng.choice(['Swedish', 'Danish', 'Italian', 'Portuguese', 'Australian', 'UK'])} consumers",
                 f"Why shoppers still visit the showroom: {topic} and {other}",
                 f"{topic[0].upper()}{topic[1:]} in the home furnishings sector", f"Rethinking {topic} for design-led brands",
                 f"Where {topic} meets {other}: a study of furniture buyers"]  # fmt: skip
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(KINDS), weights=[12, 5, 20, 7, 6, 5, 3, 9, 6, 5, 7, 7, 5])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then a body's second work of a year already drawn ("CMA, 2023a" and "2023b").
        if self.dated_orgs and "issued" in record and self.rng.random() < 0.12:
            name, tags, issued = self.rng.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "publisher" in record:
                record["publisher"] = name
            if "accessed" in record:
                record["accessed"] = self.accessed_after(record)
        if "issued" in record:
            self.dated_orgs.append((name, set(tags), record["issued"]))
        return self._org_work(record, kind, name, set(tags))

    def _book(self) -> Work:
        publisher = self.rng.choice(list(_PLACES))
        record: dict[str, Any] = {"type": "book", "title": self.rng.choice(_BOOK_TITLES), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": _PLACES[publisher]}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._topic_title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["The Routledge companion to retail design", "Retail marketing: a reader",
                                                "The handbook of design management", "Omnichannel retailing in practice",
                                                "Sustainable consumption and the home"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "Bloomsbury", "Edward Elgar"]),
            "publisher-place": "London",
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._topic_title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(5, 80)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(2012, 2025)}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _trade_body(self) -> Work:
        name, tags = self.rng.choice(_TRADE_BODIES)
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self.rng.choice([f"{self.rng.choice(_MARKETS).capitalize()}: industry statistics",
                                      "Annual review", "Sustainability in the furniture industry", "Consumer guide to buying a sofa",
                                      "Furniture reuse and the circular economy", "Skills and the furniture workforce",
                                      "The state of the UK kitchen and bathroom market", self._topic_title()]),
            "issued": {"date-parts": [[self.org_year()]]}, "URL": self._url(),
        }  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name
        record["accessed"] = self.accessed_after(record)
        return self._org(record, "trade-body", name, tags)

    def _regulator(self) -> Work:
        name, tags = self.rng.choice(_REGULATORS)
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self.rng.choice(["Consumer rights when buying furniture", "Annual plan", "Greenwashing: what we found",
                                      "Misleading pricing in home furnishings", "Consumer protection review",
                                      "Fake and misleading online reviews", "Environmental claims in the home sector"]),
            "issued": {"date-parts": [[self.org_year()]]}, "URL": self._url(),
        }  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name
        record["accessed"] = self.accessed_after(record)
        return self._org(record, "regulator", name, tags)

    def _guidance(self) -> Work:
        name = self.rng.choice(list(_GUIDANCE))
        tags = dict(_REGULATORS).get(name, {"government"})
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(_GUIDANCE[name]), "publisher": name,
                                  "issued": {"date-parts": [[self.rng.randint(2015, 2025)]]}, "URL": self._url("gov.uk/guidance" if "Market" in name or name == "CMA" else None)}  # fmt: skip
        record["accessed"] = self.accessed_after(record)
        return self._org(record, "guidance", name, set(tags))

    def _legislation(self) -> Work:
        # An Act cited under the legislature that passed it ("UK Parliament (2015)"), as candidates copy it from
        # legislation.gov.uk; the year is the Act's own.
        name, titles = self.rng.choice(_LEGISLATURES)
        title = self.rng.choice(titles)
        digits = [word.strip("()/:,") for word in title.replace("/", " ").replace(":", " ").split()]
        years = [int(w[:4]) for w in digits if w[:4].isdigit() and len(w) >= 4 and 1980 <= int(w[:4]) <= 2025]
        year = years[0] if years else self.rng.randint(2010, 2024)
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": self._url("legislation.gov.uk/ukpga") if name == "UK Parliament" else self._url()}  # fmt: skip
        record["accessed"] = self.accessed_after(record)
        return self._org_work(record, "legislation", name, {"legislation", "government"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_MARKET_RESEARCH)
        year = self.org_year() if self.rng.random() < 0.9 else None
        market, country = self.rng.choice(_MARKETS), self.rng.choice(_COUNTRIES)
        titles = [f"{market.capitalize()} - {country} - {self.rng.choice(['March', 'July', 'November'])} {year or 2024}",
                  f"{market.capitalize()} in {country}", f"{country} {market} market: size and forecast to 2030",
                  f"Share of adults in {country} who bought {market} online in {year or 2023}",
                  f"The {market} consumer: attitudes and behaviours", f"{market.capitalize()} retailing: market report"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": f"https://www.{name.split()[0].lower()}.com/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self.accessed_after(record)
        if year:
            return self._org(record, "market-research", name, {"market-research"})
        return self._org_work(record, "market-research", name, {"market-research", "undated"})

    def _annual_report(self) -> Work:
        name, tags = self.rng.choice(_RETAILERS)
        year = self.org_year()
        record: dict[str, Any] = {"type": "report", "publisher": name, "issued": {"date-parts": [[year]]},
                                  "title": self.rng.choice([f"Annual report and accounts {year}", f"Sustainability report FY{str(year)[2:]}",
                                                            "Annual and sustainability summary", f"Integrated report {year}",
                                                            "People and planet report"])}  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self._url()
            record["accessed"] = self.accessed_after(record)
        return self._org(record, "annual-report", name, tags)

    def _press_page(self) -> Work:
        name, tags = self.rng.choice(_RETAILERS)
        record: dict[str, Any] = {"type": "webpage", "URL": self._url(),
                                  "title": self.rng.choice(["Our sustainability commitments", "Press release: new showroom opens",
                                                            "Our 100-night trial explained", "Buy back and resell", "About us",
                                                            "Delivery and returns", "Our materials", "News: results for the year",
                                                            "Try it in your room with AR"])}  # fmt: skip
        if self.rng.random() < 0.75:
            record["issued"] = {"date-parts": [[self.rng.randint(2016, 2025)]]}
        record["accessed"] = self.accessed_after(record)
        if "issued" in record:
            return self._org(record, "press-page", name, tags)
        return self._org_work(record, "press-page", name, tags | {"undated"})

    def _trade_press(self) -> Work:
        year = self.org_year()
        record: dict[str, Any] = {"type": "article-magazine", "title": self._topic_title(),
                                  "container-title": self.rng.choice(_TRADE_PRESS),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url()}  # fmt: skip
        record["accessed"] = self.accessed_after(record)
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "trade-press")
        return self._org_work(record, "trade-press", record["container-title"], {"press"})

    def _news(self) -> Work:
        year = self.org_year()
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._topic_title(),
                                  "container-title": self.rng.choice(_NEWS),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url()}  # fmt: skip
        record["accessed"] = self.accessed_after(record)
        if self.rng.random() < 0.65:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press", "unsigned"})

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(["How to choose a mattress", "Sofa buying guide",
                                                                              "Kitchen planning guide", "Caring for solid oak",
                                                                              "What does FSC certified mean?", self._topic_title()]),
                                  "URL": self._url()}  # fmt: skip
        record["accessed"] = self.accessed_after(record)
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            return self._person_work(record, "undated-web")
        name, tags = self.rng.choice(_RETAILERS + _TRADE_BODIES)
        return self._org_work(record, "undated-web", name, set(tags) | {"undated"})
