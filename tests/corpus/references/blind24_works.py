"""Works for the twenty-fourth held-out pool, "blind24": what in-house brand managers cite on sustainability.

HELD OUT: never tune the checker on this pool; report its tables, never its misses.

Written by a twenty-fourth hand, without reading the checker, its tests or the other pools' works, from what brand
and category managers at consumer-goods, food and drink and household-products firms in the UK, Ireland and the
Netherlands cite on the CIM Diploma in Professional Marketing (Level 6) when they write about sustainability, ESG,
purpose, greenwashing, packaging, certification and pricing: green-marketing and brand textbooks in later editions,
chapters in handbooks on sustainable consumption, journal articles with one to eight authors, the CMA's Green Claims
Code and ASA rulings, DEFRA, WRAP, the Ellen MacArthur Foundation, B Lab and the Carbon Trust, Acts and EU directives,
ISO standards, Kantar Worldpanel, Circana, NielsenIQ, Mintel and IGD, company annual and sustainability reports, The
Grocer, Marketing Week and Campaign, signed news, podcasts, YouTube videos, LinkedIn and Instagram posts and undated
brand pages. Names come from the UK, Ireland, the Netherlands and Flanders, and from the families of the people who
work there (particles, hyphens, Mc/Mac/O', Irish fadas, Nordic, Polish, Turkish and Vietnamese letters).
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import datetime
import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work

FIRSTS = ["Aoife", "Ciarán", "Sinéad", "Pádraig", "Eimear", "Gráinne", "Sander", "Femke", "Joost", "Maartje", "Bram",
          "Ingrid", "Lieke", "Wouter", "Hannah", "Oliver", "Priya", "Rajesh", "Adaeze", "Tunde", "Kwabena", "Ama",
          "Mehmet", "Zeynep", "Thuy", "Minh", "Xin", "Jun", "Magdalena", "Łukasz", "Søren", "Åsa", "Isabel", "Luís",
          "Fatima", "Yusuf", "Eilidh", "Callum", "Rhiannon", "Gethin", "Nadia", "Tomás", "Chiara", "Matteo", "Helga"]  # fmt: skip
SURNAMES = ["Hughes", "Doherty", "Ní Bhriain", "Ó Súilleabháin", "Kavanagh", "Fitzgerald", "Bakker", "Visser", "Smit",
            "Meijer", "Mulder", "Jansen", "Peeters", "Claes", "Janssens", "Wouters", "Okafor", "Adeyemi", "Mensah",
            "Asante", "Yılmaz", "Şahin", "Nguyễn", "Trần", "Phạm", "Wang", "Liu", "Sharma", "Chaudhry", "Nowak",
            "Wiśniewska", "Kowalczyk", "Østergaard", "Lindqvist", "Söderberg", "Gonçalves", "Ferreira", "Rossi",
            "Esposito", "Müller", "Schäfer", "Griffiths", "Pritchard", "Thornton", "Whitmore", "Bradshaw", "Lowe",
            "Ahmed", "Haddad", "Hussain", "Begum", "Ellison", "Carver", "Moreau", "Lefèvre"]  # fmt: skip
PARTICLES = [("van", "Dijk"), ("van der", "Meer"), ("van den", "Broek"), ("de", "Vries"), ("de", "Jong"),
             ("ten", "Hove"), ("van 't", "Hof"), ("von", "Bülow"), ("de la", "Fuente"), ("da", "Costa"),
             ("le", "Goff"), ("di", "Marco"), ("van", "Leeuwen"), ("de", "Groot")]  # fmt: skip
HYPHENATED = ["Smith-Okafor", "Lloyd-Jones", "Baker-Visser", "Ward-Nguyen", "Hamilton-Brown", "Price-Adeyemi",
              "Kerr-Mulligan", "Jansen-Holt"]  # fmt: skip
CELTIC = ["McGuinness", "MacAulay", "O'Driscoll", "McAleese", "O'Rourke", "MacKinnon", "Mc Carthy", "O'Sullivan",
          "McLaughlin", "D'Arcy"]  # fmt: skip

TOPICS = ["green marketing", "greenwashing", "sustainable packaging", "eco-labels", "refill and reuse",
          "plant-based diets", "purpose-led branding", "ESG communication", "carbon labelling", "recyclability claims",
          "own-label sustainability", "premium pricing of organic food", "deposit return schemes",
          "corporate social responsibility", "brand activism", "B Corp certification", "food waste",
          "low- and no-alcohol drinks", "ethical consumption", "circular economy business models",
          "concentrated cleaning products", "palm oil sourcing", "Fairtrade labels", "net zero targets",
          "the attitude-behaviour gap"]  # fmt: skip
SECTORS = ["plant-based foods", "soft drinks", "beer and cider", "spirits", "household cleaning",
           "beauty and personal care", "pet food", "baby food", "grocery own brands", "dairy alternatives",
           "laundry detergents", "bottled water", "snacks", "coffee", "oral care"]  # fmt: skip
BOOKS = ["Sustainable marketing", "Green marketing: theory and practice", "Strategic brand management",
         "Marketing for sustainability", "Principles of marketing", "Consumer behaviour", "Marketing communications",
         "Purpose: the brand as a force for good", "Marketing planning and strategy", "Sustainable packaging design",
         "Pricing strategy: setting price levels", "The circular economy handbook for brands",
         "Ethical marketing and the new consumer", "Brand management: principles and practice"]  # fmt: skip
EDITED = ["The Routledge handbook of sustainable consumption", "Green marketing and the consumer",
          "Handbook of research on ethical consumption", "Sustainability in food retail", "Packaging and society",
          "The Oxford handbook of corporate social responsibility", "Research handbook on brand purpose"]  # fmt: skip
ARTICLES = ["Greenwashing and consumer scepticism: evidence from {s}", "Do eco-labels change what shoppers buy in {s}?",
            "The effect of {t} on willingness to pay", "{T} and brand trust in UK grocery", "When {t} backfires: a study of {s}",
            "Price premiums for {s} carrying sustainability claims", "A systematic review of {t}",
            "Consumer responses to {t} in the Netherlands", "Packaging cues and perceived sustainability in {s}",
            "Measuring the attitude-behaviour gap in {s}", "Vague environmental claims and regulatory response",
            "{T}: a qualitative study of category managers"]  # fmt: skip
JOURNALS = ["Journal of Marketing Management", "Journal of Business Ethics", "European Journal of Marketing",
            "Journal of Cleaner Production", "Business Strategy and the Environment", "Psychology & Marketing",
            "Journal of Consumer Behaviour", "International Journal of Consumer Studies", "Food Quality and Preference",
            "Journal of Retailing and Consumer Services", "Appetite", "Sustainable Production and Consumption",
            "Journal of Public Policy & Marketing", "Journal of the Academy of Marketing Science"]  # fmt: skip
PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("SAGE", "London"),
              ("Oxford University Press", "Oxford"), ("Wiley", "Chichester"), ("Edward Elgar", "Cheltenham"),
              ("Palgrave Macmillan", "London"), ("Cengage", "Andover"), ("McGraw-Hill Education", "Maidenhead"),
              ("Bloomsbury Business", "London"), ("Noordhoff", "Groningen")]  # fmt: skip

# Organisations as authors, each with the tags that say what makes it hard.
COMPANIES = [("Unilever PLC", {"company", "plc"}), ("Reckitt Benckiser Group plc", {"company", "plc"}),
             ("Procter & Gamble", {"company", "ampersand"}), ("Diageo plc", {"company", "plc"}),
             ("Britvic plc", {"company", "plc"}), ("Heineken N.V.", {"company", "abbreviation"}),
             ("Danone UK & Ireland", {"company", "ampersand"}), ("Ella's Kitchen", {"company", "apostrophe"}),
             ("Ben & Jerry's", {"company", "ampersand", "apostrophe"}), ("innocent drinks", {"company", "lower-case"}),
             ("Oatly Group AB", {"company"}), ("Tesco PLC", {"company", "plc"}), ("J Sainsbury plc", {"company", "plc"}),
             ("Marks and Spencer Group plc", {"company", "plc"}), ("Waitrose & Partners", {"company", "ampersand"}),
             ("Lidl GB", {"company"}), ("Aldi UK", {"company"}), ("The Co-operative Group", {"company", "the"}),
             ("Albert Heijn", {"company"}), ("Mars Petcare", {"company"}), ("Smol Ltd", {"company", "ltd"}),
             ("Abel & Cole Ltd", {"company", "ampersand", "ltd"}), ("Method Products", {"company"}),
             ("Coca-Cola Europacific Partners plc", {"company", "plc"}), ("Glanbia plc", {"company", "plc"}),
             ("Kerry Group plc", {"company", "plc"}), ("Dunnes Stores", {"company"}), ("Lush Ltd", {"company", "ltd"}),
             ("BrewDog plc", {"company", "plc"}), ("Tony's Chocolonely", {"company", "apostrophe"})]  # fmt: skip
BODIES = [("Competition and Markets Authority", {"regulator"}), ("Competition and Markets Authority (CMA)", {"regulator", "abbreviation"}),
          ("Advertising Standards Authority", {"regulator"}), ("Advertising Standards Authority (ASA)", {"regulator", "abbreviation"}),
          ("Committee of Advertising Practice", {"regulator"}), ("Department for Environment, Food & Rural Affairs", {"government", "ampersand", "comma"}),
          ("DEFRA", {"government", "acronym"}), ("WRAP", {"charity", "acronym"}), ("Ellen MacArthur Foundation", {"charity"}),
          ("B Lab UK", {"charity"}), ("The Carbon Trust", {"company", "the"}), ("Carbon Trust", {"company"}),
          ("Fairtrade Foundation", {"charity"}), ("Soil Association", {"charity"}), ("Rainforest Alliance", {"charity"}),
          ("Food Standards Agency", {"government"}), ("Autoriteit Consument & Markt (ACM)", {"regulator", "ampersand", "abbreviation"}),
          ("European Commission", {"government"}), ("Bord Bia", {"government"}), ("Environmental Protection Agency", {"government"}),
          ("Which?", {"charity", "punctuation"}), ("The Consumer Goods Forum", {"trade-body", "the"}),
          ("Food and Drink Federation", {"trade-body"}), ("British Retail Consortium (BRC)", {"trade-body", "abbreviation"}),
          ("On-Pack Recycling Label Ltd (OPRL)", {"trade-body", "ltd", "abbreviation"}), ("Chartered Institute of Marketing", {"trade-body"}),
          ("Science Based Targets initiative", {"charity", "lower-case"}), ("Changing Markets Foundation", {"charity"})]  # fmt: skip
RESEARCH = [("Kantar Worldpanel", ["{S}: take-home grocery market share, 12 weeks to {m} {Y}", "Who buys sustainable? {S} shoppers"]),
            ("Circana", ["{S} category review {Y}", "The state of {s} in the UK"]),
            ("NielsenIQ", ["Sustainability claims and sales in {s}", "{S}: price and promotion tracker"]),
            ("Mintel", ["{S} - UK - {m} {Y}", "Ethical and green consumer - UK - {Y}", "Attitudes towards sustainable packaging - UK"]),
            ("IGD", ["Shopper attitudes to sustainability {Y}", "Viewpoint: the future of {s}"]),
            ("YouGov", ["Most Britons doubt supermarket green claims", "{S}: who is buying?"]),
            ("Euromonitor International", ["{S} in the Netherlands", "{S} in Ireland"]),
            ("Kantar", ["Who cares, who does? {Y}", "Brand purpose and growth"])]  # fmt: skip
GOV_TITLES = {"Competition and Markets Authority": ["Green claims code: making environmental claims on goods and services", "Green claims: compliance review of fast-moving consumer goods"],
              "Advertising Standards Authority": ["ASA ruling on {B}", "Environmental claims: guidance on misleading advertising"],
              "Committee of Advertising Practice": ["Environmental claims: general", "The environmental claims guidance"],
              "DEFRA": ["Extended producer responsibility for packaging", "Deposit return scheme for drinks containers"],
              "WRAP": ["The UK Plastics Pact roadmap", "Household food waste in the UK", "Courtauld Commitment 2030 progress report"],
              "Ellen MacArthur Foundation": ["Reuse: rethinking packaging", "The Global Commitment {Y} progress report"],
              "B Lab UK": ["B Impact Assessment guidance", "Annual impact report {Y}"],
              "European Commission": ["Proposal for a directive on green claims", "Screening of websites for greenwashing"]}  # fmt: skip
ACTS = [("Great Britain", "Environment Act 2021", 2021), ("Great Britain", "Consumer Protection from Unfair Trading Regulations 2008", 2008),
        ("Great Britain", "Digital Markets, Competition and Consumers Act 2024", 2024), ("Great Britain", "Food Information Regulations 2014", 2014),
        ("Great Britain", "Packaging Waste (Data Reporting) (England) Regulations 2023", 2023),
        ("European Parliament and Council of the European Union", "Directive (EU) 2024/825 on empowering consumers for the green transition", 2024),
        ("European Parliament and Council of the European Union", "Directive (EU) 2019/904 on the reduction of the impact of certain plastic products on the environment", 2019),
        ("Ireland", "Circular Economy and Miscellaneous Provisions Act 2022", 2022)]  # fmt: skip
STANDARDS = [("International Organization for Standardization", "ISO 14021:2016 Environmental labels and declarations: self-declared environmental claims", 2016),
             ("International Organization for Standardization", "ISO 14067:2018 Greenhouse gases: carbon footprint of products", 2018),
             ("International Organization for Standardization", "ISO 14001:2015 Environmental management systems", 2015),
             ("British Standards Institution", "PAS 2060:2014 Specification for the demonstration of carbon neutrality", 2014),
             ("British Standards Institution", "BS 8001:2017 Framework for implementing the principles of the circular economy", 2017)]  # fmt: skip
PRESS = [("The Grocer", "https://www.thegrocer.co.uk/"), ("Marketing Week", "https://www.marketingweek.com/"),
         ("Campaign", "https://www.campaignlive.co.uk/"), ("The Drum", "https://www.thedrum.com/"),
         ("Packaging News", "https://www.packagingnews.co.uk/"), ("Food Navigator", "https://www.foodnavigator.com/"),
         ("Cosmetics Business", "https://www.cosmeticsbusiness.com/"), ("Checkout", "https://www.checkout.ie/"),
         ("Retail Gazette", "https://www.retailgazette.co.uk/"), ("Just Drinks", "https://www.just-drinks.com/")]  # fmt: skip
NEWS = [("The Guardian", "https://www.theguardian.com/"), ("BBC News", "https://www.bbc.co.uk/news/"),
        ("Financial Times", "https://www.ft.com/"), ("The Irish Times", "https://www.irishtimes.com/"),
        ("NL Times", "https://nltimes.nl/"), ("The Times", "https://www.thetimes.co.uk/")]  # fmt: skip
HEADLINES = ["{B} drops recyclable claim after ASA ruling", "{B} moves {s} into refill packs", "Why {s} prices are rising",
             "{B} sets net zero target for {Y2}", "CMA warns {s} brands over green claims", "Own labels win share in {s}",
             "{B} relaunches with plant-based recipe", "Is {t} losing its appeal?", "{B} becomes a certified B Corp"]  # fmt: skip
BRANDS = ["Ecover", "Oatly", "Alpro", "Innocent", "Tony's Chocolonely", "Fairy", "Persil", "Method", "Smol",
          "Lilly's Kitchen", "Ella's Kitchen", "Heinz", "Guinness", "Heineken", "Lucozade", "Dove", "Ben & Jerry's",
          "Quorn", "Tenzing", "Beyond Meat", "Graze", "BrewDog", "Yorkshire Tea", "Pukka", "Faith in Nature"]  # fmt: skip
PODCASTS = [("Marketing Week", "Marketing Week podcast"), ("The Grocer", "The Grocer podcast"),
            ("Campaign", "Campaign podcast"), ("Sustainable Brands", "Brand-Driven Change podcast"),
            ("Ellen MacArthur Foundation", "The Circular Economy Show")]  # fmt: skip
PLATFORMS = ["LinkedIn", "Instagram", "X", "TikTok", "YouTube"]
BRAND_PAGES = ["Our planet commitments", "Our packaging", "Sustainability", "Why we are a B Corp", "Refill stations",
               "Our impact", "Ingredients and sourcing", "How to recycle our packs"]  # fmt: skip


class Blind24WorkFactory:
    """Makes the pool's works from one seed; same seed, same works."""

    KINDS: ClassVar[dict[str, float]] = {
        "book": 11, "chapter": 5, "journal": 20, "web": 10, "report": 9, "company-report": 8, "government": 9,
        "legislation": 3, "standard": 2, "news": 5, "trade-press": 8, "podcast": 2, "video": 2, "social": 3,
        "brand-page": 3,
    }  # fmt: skip

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 24 + 2424)
        self.counter = 0
        self.orgs: list[
            tuple[str, str, set[str], dict[str, Any]]
        ] = []  # dated organisation works (kind, name, tags, date), for 2021a/2021b

    # ------------------------------------------------------------------ names and dates
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        given = self.rng.choice(FIRSTS)
        if roll < 0.13:
            particle, family = self.rng.choice(PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.2:
            return {"family": self.rng.choice(HYPHENATED), "given": given}
        if roll < 0.3:
            return {"family": self.rng.choice(CELTIC), "given": given}
        return {"family": self.rng.choice(SURNAMES), "given": given}

    def people(self, low: int, high: int, weights: list[int] | None = None) -> list[dict[str, str]]:
        count = self.rng.choices(range(low, high + 1), weights=weights)[0] if weights else self.rng.randint(low, high)
        names: list[dict[str, str]] = []
        while len(names) < count:
            name = self.person()
            if name not in names:
                names.append(name)
        return names

    def issued(self, detail: str = "year", low: int = 2010, high: int = 2025) -> dict[str, Any]:
        if detail == "year" and self.rng.random() < 0.04:  # the classics of green marketing
            return {"date-parts": [[self.rng.choice([1995, 1997, 2001, 2004, 2008])]]}
        year = self.rng.randint(low, high)
        if detail == "day":
            return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        return {"date-parts": [[year]]}

    def accessed(self, issued: dict[str, Any] | None) -> dict[str, Any]:
        parts = issued["date-parts"][0] if issued else [2022]
        start = datetime.date(parts[0], parts[1] if len(parts) > 1 else 12, parts[2] if len(parts) > 2 else 28)
        start = max(start, datetime.date(2023, 1, 5))
        day = start + datetime.timedelta(days=self.rng.randint(1, 600))
        day = min(day, datetime.date(2026, 11, 20))
        return {"date-parts": [[day.year, day.month, day.day]]}

    def words(self, pattern: str) -> str:
        sector, topic = self.rng.choice(SECTORS), self.rng.choice(TOPICS)
        brand = self.rng.choice(BRANDS)
        filled = (pattern.replace("{s}", sector).replace("{S}", sector[0].upper() + sector[1:])
                  .replace("{t}", topic).replace("{T}", topic[0].upper() + topic[1:]).replace("{B}", brand)
                  .replace("{m}", self.rng.choice(["January", "March", "June", "September", "November"]))
                  .replace("{Y2}", str(self.rng.choice([2030, 2035, 2040, 2045, 2050])))
                  .replace("{Y}", str(self.rng.randint(2019, 2025))))  # fmt: skip
        return filled

    def slug(self, text: str) -> str:
        return "-".join("".join(ch for ch in word.lower() if ch.isalnum()) for word in text.split()[:6])

    # ------------------------------------------------------------------ building works
    def _id(self) -> str:
        self.counter += 1
        return f"b24w{self.counter}"

    def done(self, record: dict[str, Any], kind: str, tags: set[str] | None = None) -> Work:
        record["id"] = self._id()
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        first = record["author"][0]
        if "literal" in first:
            return Work(record, first["literal"], year, True, 1, kind, (tags or set()) | {"organisation"})
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        return Work(record, lead, year, False, len(record["author"]), kind, tags or set())

    def org(self, record: dict[str, Any], name: str, tags: set[str], kind: str) -> Work:
        # Now and then an organisation already cited, in the same year: "(WRAP, 2023a; WRAP, 2023b)".
        earlier = [org for org in self.orgs if org[0] == kind]  # a second work of the same kind, so its title fits
        if earlier and "issued" in record and self.rng.random() < 0.15:
            _kind, name, tags, issued = self.rng.choice(earlier)
            record["issued"] = {"date-parts": [list(issued["date-parts"][0])]}
            if "accessed" in record:
                record["accessed"] = self.accessed(record["issued"])
            if record.get("publisher") and kind in ("report", "company-report"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.orgs.append((kind, name, set(tags), record["issued"]))
        record["author"] = [{"literal": name}]
        return self.done(record, kind, tags)

    def online(self, record: dict[str, Any], url: str, access: float = 0.85) -> None:
        record["URL"] = url
        if self.rng.random() < access:
            record["accessed"] = self.accessed(record.get("issued"))

    def make(self, kind: str | None = None) -> Work:
        if kind is None:
            kind = self.rng.choices(list(self.KINDS), weights=list(self.KINDS.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()  # type: ignore[no-any-return]

    def _book(self) -> Work:
        publisher, place = self.rng.choice(PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self.rng.choice(BOOKS), "author": self.people(1, 4, [40, 35, 15, 10]),
                                  "issued": self.issued(), "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.55:
            record["edition"] = str(self.rng.randint(2, 18))
        if self.rng.random() < 0.12:  # an e-book read on a library platform
            self.online(record, f"https://www.vlebooks.com/product/{self.rng.randint(100000, 999999)}", access=0.9)
        return self.done(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(PUBLISHERS[:8])
        start = self.rng.randint(3, 400)
        record: dict[str, Any] = {"type": "chapter", "title": self.words(self.rng.choice(["{T} in {s}", "Rethinking {t}", "Consumers, {t} and trust", "{T}: the retailer's view"])),
                                  "author": self.people(1, 3, [55, 30, 15]), "editor": self.people(1, 3),
                                  "container-title": self.rng.choice(EDITED), "issued": self.issued(),
                                  "publisher": publisher, "publisher-place": place, "page": f"{start}-{start + self.rng.randint(12, 30)}"}  # fmt: skip
        return self.done(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 1200)
        record: dict[str, Any] = {"type": "article-journal", "title": self.words(self.rng.choice(ARTICLES)),
                                  "author": self.people(1, 8, [22, 26, 20, 12, 8, 5, 4, 3]),
                                  "container-title": self.rng.choice(JOURNALS), "issued": self.issued(),
                                  "volume": str(self.rng.randint(5, 190)), "issue": str(self.rng.randint(1, 12)),
                                  "page": f"{start}-{start + self.rng.randint(9, 28)}"}  # fmt: skip
        if self.rng.random() < 0.55:
            record["DOI"] = (
                f"10.{self.rng.choice([1016, 1108, 1007, 1002, 1177, 1080])}/{self.rng.choice(['jclepro', 'ejm', 'bse', 'mar', 'jbe'])}.{self.rng.randint(2010, 2025)}.{self.rng.randint(1000, 99999)}"
            )
        return self.done(record, "journal")

    def _web(self) -> Work:
        body, tags = self.rng.choice(BODIES)
        title = self.words(
            self.rng.choice(
                GOV_TITLES.get(
                    body.split(" (")[0],
                    ["Guidance on {t}", "{T}: what businesses need to know", "Consumer attitudes to {t}"],
                )
            )
        )
        record: dict[str, Any] = {"type": "webpage", "title": title}
        if self.rng.random() < 0.8:
            record["issued"] = self.issued()
        self.online(
            record, f"https://www.{self.slug(body.split(' (')[0]).replace('-', '')[:14]}.org/{self.slug(title)}"
        )
        return self.org(record, body, tags, "web")

    def _report(self) -> Work:
        name, titles = self.rng.choice(RESEARCH)
        record: dict[str, Any] = {"type": "report", "title": self.words(self.rng.choice(titles)), "publisher": name}
        if self.rng.random() < 0.9:
            record["issued"] = self.issued(low=2018)
        else:
            record["title"] = record["title"].replace(" - UK - ", " - UK")
        if self.rng.random() < 0.75:
            self.online(record, f"https://www.{name.split()[0].lower()}.com/insights/{self.slug(record['title'])}")
        return self.org(record, name, {"market-research"}, "report")

    def _company_report(self) -> Work:
        name, tags = self.rng.choice(COMPANIES)
        issued = self.issued(low=2016)
        year = issued["date-parts"][0][0]
        title = self.rng.choice([f"Annual report and accounts {year}", f"Sustainability report {year}", f"ESG report {year}",
                                 f"Impact report {year - 1}/{str(year)[2:]}", "Climate transition action plan",
                                 f"Planet and people report {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": issued, "publisher": name}
        if self.rng.random() < 0.7:
            self.online(record, f"https://www.{self.slug(name).split('-')[0]}.com/investors/{self.slug(title)}.pdf")
        return self.org(record, name, tags, "company-report")

    def _government(self) -> Work:
        body = self.rng.choice(["Competition and Markets Authority", "Advertising Standards Authority", "Committee of Advertising Practice",
                                "DEFRA", "WRAP", "Ellen MacArthur Foundation", "European Commission", "B Lab UK"])  # fmt: skip
        title = self.words(self.rng.choice(GOV_TITLES[body]))
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": title,
            "issued": self.issued(detail="day", low=2015),
        }
        self.online(record, f"https://www.gov.uk/government/publications/{self.slug(title)}" if body in ("DEFRA", "Competition and Markets Authority")
                    else f"https://www.{self.slug(body).replace('-', '')[:12]}.org.uk/{self.slug(title)}", access=0.9)  # fmt: skip
        tags = (
            {"government"}
            if body in ("DEFRA", "European Commission", "Competition and Markets Authority")
            else {"regulator"}
        )
        return self.org(record, body, tags, "government")

    def _legislation(self) -> Work:
        author, title, year = self.rng.choice(ACTS)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}}
        if author.startswith("European"):
            record["container-title"] = "Official Journal of the European Union"
        if self.rng.random() < 0.6:
            sites = {
                "Great Britain": "https://www.legislation.gov.uk/",
                "Ireland": "https://www.irishstatutebook.ie/eli/",
            }
            url = (
                sites[author] + self.slug(title)
                if author in sites
                else f"https://eur-lex.europa.eu/eli/dir/{year}/{self.rng.randint(100, 999)}/oj"
            )
            self.online(record, url)
        record["author"] = [{"literal": author}]
        return self.done(record, "legislation", {"legislation"})

    def _standard(self) -> Work:
        author, title, year = self.rng.choice(STANDARDS)
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": author, "publisher-place": self.rng.choice(["Geneva", "London"])}  # fmt: skip
        record["author"] = [{"literal": author}]
        return self.done(record, "standard", {"standard"})

    def _news(self) -> Work:
        paper, url = self.rng.choice(NEWS)
        title = self.words(self.rng.choice(HEADLINES))
        record: dict[str, Any] = {"type": "article-newspaper", "title": title, "container-title": paper,
                                  "issued": self.issued(detail="day", low=2016), "author": self.people(1, 2, [80, 20])}  # fmt: skip
        self.online(record, url + self.slug(title))
        return self.done(record, "news")

    def _trade_press(self) -> Work:
        paper, url = self.rng.choice(PRESS)
        title = self.words(self.rng.choice(HEADLINES))
        record: dict[str, Any] = {"type": "article-magazine" if self.rng.random() < 0.3 else "article-newspaper",
                                  "title": title, "container-title": paper, "issued": self.issued(detail="day", low=2016)}  # fmt: skip
        self.online(record, url + self.slug(title))
        if self.rng.random() < 0.7:
            record["author"] = self.people(1, 2, [85, 15])
            return self.done(record, "trade-press")
        return self.org(record, paper, {"press"}, "trade-press")

    def _podcast(self) -> Work:
        host, show = self.rng.choice(PODCASTS)
        title = self.words(self.rng.choice(["Episode {n}: {t}", "{B} on {t}", "Is {t} worth it?"])).replace(
            "{n}", str(self.rng.randint(3, 240))
        )
        record: dict[str, Any] = {"type": "broadcast", "title": title, "container-title": show, "medium": "Podcast",
                                  "issued": self.issued(detail="day", low=2019)}  # fmt: skip
        self.online(
            record, f"https://podcasts.apple.com/gb/podcast/{self.slug(show)}/id{self.rng.randint(100000, 999999)}"
        )
        if self.rng.random() < 0.4:
            record["author"] = self.people(1, 2)
            return self.done(record, "podcast")
        return self.org(record, host, {"podcast"}, "podcast")

    def _video(self) -> Work:
        title = self.words(
            self.rng.choice(
                ["{B}: our refill journey", "How {B} cut plastic from {s}", "{T} explained", "Inside the {B} factory"]
            )
        )
        record: dict[str, Any] = {"type": "motion_picture", "title": title, "medium": "YouTube video",
                                  "issued": self.issued(detail="day", low=2017)}  # fmt: skip
        self.online(
            record,
            f"https://www.youtube.com/watch?v={''.join(self.rng.choices('abcdefghijkXYZ0123456789', k=11))}",
            access=0.9,
        )
        name, tags = self.rng.choice(COMPANIES + BODIES[:12])
        if self.rng.random() < 0.3:
            record["author"] = self.people(1, 1)
            return self.done(record, "video")
        return self.org(record, name, tags, "video")

    def _social(self) -> Work:
        platform = self.rng.choice(PLATFORMS)
        title = self.words(self.rng.choice(["Proud to share that {B} is now a certified B Corp", "Our new refill pouch uses 70% less plastic",
                                            "What {t} really means for {s}", "We asked 2,000 shoppers about {t}"]))  # fmt: skip
        record: dict[str, Any] = {
            "type": "post",
            "title": title,
            "container-title": platform,
            "issued": self.issued(detail="day", low=2020),
        }
        self.online(record, f"https://www.{platform.lower()}.com/posts/{self.rng.randint(10**9, 10**10)}", access=0.8)
        if self.rng.random() < 0.6:
            record["author"] = self.people(1, 1)
            return self.done(record, "social")
        name, tags = self.rng.choice(COMPANIES)
        return self.org(record, name, tags, "social")

    def _brand_page(self) -> Work:
        """An undated page of a brand's own site: "(Ecover, no date)"."""
        name, tags = self.rng.choice(COMPANIES)
        title = self.rng.choice(BRAND_PAGES)
        record: dict[str, Any] = {"type": "webpage", "title": title}
        if self.rng.random() < 0.25:
            record["issued"] = self.issued(low=2020)
        self.online(record, f"https://www.{self.slug(name).split('-')[0]}.com/{self.slug(title)}", access=0.9)
        return self.org(record, name, tags | {"undated"}, "brand-page")
