"""Works for the fortieth held-out pool, "blind40": what sustainability, ESG and purpose-led marketers cite.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a fortieth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how sustainability,
brand-purpose and corporate-responsibility marketers at B Corps, consumer brands, retailers, packaging firms and
NGOs' corporate-partnership teams in the UK, the Netherlands, Germany, Denmark and Canada cite on CIM Level 6 and 7
courses: textbooks on sustainable marketing, chapters in handbooks, articles in the Journal of Business Ethics and
the Journal of Cleaner Production with one to eight authors, impact and ESG reports of companies ("Unilever plc",
"Marks & Spencer Group plc", "Ben & Jerry's"), NGOs and trade bodies with and without their abbreviation, regulators'
rulings and guidance (the ASA, the CMA, the ACM, the Competition Bureau), EU directives and proposals, trend reports
(Kantar, Edelman, GlobeScan), trade press and newspapers, podcasts and LinkedIn posts, web pages with and without a
date or an access date, and one organisation's two reports of a year. Names: British, Dutch with "van", "van der"
and "de", German with "von", Danish with "ø" and "å", French-Canadian with accents, First Nations and Inuit, Chinese
(mainland and Cantonese spellings) and Indian, invented people throughout.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
import unicodedata
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_GB", "nl_NL", "de_DE", "da_DK", "en_CA", "fr_CA", "en_IE"]

# (family, given) as papers and reports print them.
_NAMES: list[tuple[str, str]] = [
    ("Søndergaard", "Mette"), ("Østergaard", "Frederik"), ("Kjærsgaard", "Ida"), ("Mølgaard", "Rasmus"),
    ("Bækgaard", "Sofie"), ("Nørgaard", "Anders"), ("Thygesen", "Line"), ("Ågesen", "Kasper"),
    ("Müller", "Jürgen"), ("Schäfer", "Katrin"), ("Köhler", "Lukas"), ("Weiß", "Hannah"), ("Brückner", "Felix"),
    ("Tremblay", "Émilie"), ("Côté", "Mathieu"), ("Bélanger", "Geneviève"), ("Lévesque", "Hélène"),
    ("Gagnon", "François"), ("Bouchard", "Anaïs"), ("Beaulieu", "Étienne"),
    ("Littlechild", "Tanis"), ("Cardinal", "Shawna"), ("Nanibush", "Wanda"), ("Kakekayash", "Darren"),
    ("Kusugak", "Aputi"), ("Qitsualik", "Rachel"), ("Aglukark", "Naomi"), ("Meekis", "Jordan"), ("Bearhead", "Cheyenne"),
    ("Zhang", "Wei"), ("Wang", "Xiaoyu"), ("Li", "Na"), ("Liu", "Yang"), ("Chen", "Jing"), ("Zhou", "Mingyu"),
    ("Wong", "Ka Man"), ("Chan", "Wing Yan"), ("Leung", "Tsz Hin"), ("Lam", "Hoi Ying"), ("Ho", "Kwok Wai"),
    ("Sharma", "Ananya"), ("Patel", "Rakesh"), ("Iyer", "Lakshmi"), ("Banerjee", "Sourav"), ("Nair", "Priya"),
    ("Menon", "Arvind"), ("Reddy", "Kavya"), ("Kaur", "Harpreet"), ("Singh", "Gurpreet"), ("Chaudhary", "Neha"),
    ("Mukherjee", "Ishita"), ("Krishnamurthy", "Vikram"),
    ("O'Sullivan", "Ciara"), ("McAllister", "Fraser"), ("MacKinnon", "Eilidh"), ("Fitzgerald", "Niamh"),
    ("Ó Súilleabháin", "Cian"), ("Smith-Hughes", "Rebecca"), ("Ashworth-Kaur", "Simran"), ("Okafor", "Chiamaka"),
]  # fmt: skip
# (particle, family, given): the particle kept apart, as reference managers keep it.
_PARTICLED: list[tuple[str, str, str]] = [
    ("van", "Dijk", "Thijs"), ("van", "Leeuwen", "Femke"), ("van der", "Berg", "Lotte"), ("van der", "Meer", "Joost"),
    ("van den", "Broek", "Anouk"), ("de", "Vries", "Sanne"), ("de", "Jong", "Maarten"), ("de", "Graaf", "Eline"),
    ("van der", "Heijden", "Bram"), ("van", "Rijn", "Sven"), ("ten", "Brink", "Ilse"),
    ("von", "Hagen", "Klara"), ("von", "Stein", "Maximilian"), ("von", "Arnim", "Charlotte"),
]  # fmt: skip

_ORGS: list[tuple[str, set[str]]] = [
    ("Unilever plc", {"company"}), ("Unilever", {"company"}), ("Patagonia", {"company"}),
    ("Patagonia, Inc.", {"company", "comma"}), ("Marks & Spencer Group plc", {"company", "ampersand"}),
    ("Marks and Spencer", {"company"}), ("Tesco PLC", {"company"}), ("J Sainsbury plc", {"company"}),
    ("Sainsbury's", {"company", "apostrophe"}), ("Ben & Jerry's", {"company", "ampersand", "apostrophe"}),
    ("innocent drinks", {"company", "lowercase"}), ("Lush Ltd", {"company"}), ("The Body Shop International Ltd", {"company"}),
    ("Oatly Group AB", {"company"}), ("Tony's Chocolonely", {"company", "apostrophe"}), ("Ørsted A/S", {"company"}),
    ("Carlsberg Group", {"company"}), ("The LEGO Group", {"company"}), ("Novo Nordisk", {"company"}),
    ("Ahold Delhaize", {"company"}), ("Albert Heijn", {"company"}), ("Heineken N.V.", {"company"}),
    ("Henkel AG & Co. KGaA", {"company", "ampersand"}), ("Otto Group", {"company"}), ("dm-drogerie markt", {"company", "lowercase"}),
    ("Loblaw Companies Limited", {"company"}), ("Mountain Equipment Company", {"company"}), ("DS Smith Plc", {"company"}),
    ("Mondi plc", {"company"}), ("Tetra Pak", {"company"}), ("Danone", {"company"}), ("Nestlé", {"company"}),
    ("Procter & Gamble", {"company", "ampersand"}), ("Cook's Kitchen Ltd", {"company", "apostrophe"}),
    ("Ellen MacArthur Foundation", {"ngo"}), ("WRAP", {"ngo", "acronym"}),
    ("Waste and Resources Action Programme (WRAP)", {"ngo", "abbreviation"}), ("WWF", {"ngo", "acronym"}),
    ("WWF-UK", {"ngo"}), ("Greenpeace UK", {"ngo"}), ("Greenpeace", {"ngo"}), ("Friends of the Earth", {"ngo"}),
    ("ClientEarth", {"ngo"}), ("Changing Markets Foundation", {"ngo"}), ("Global Footprint Network", {"ngo"}),
    ("UN Global Compact", {"ngo"}), ("United Nations Global Compact", {"ngo"}), ("B Lab", {"ngo"}), ("B Lab UK", {"ngo"}),
    ("Science Based Targets initiative (SBTi)", {"ngo", "abbreviation"}), ("CDP", {"ngo", "acronym"}),
    ("Carbon Trust", {"ngo"}), ("Business in the Community (BITC)", {"ngo", "abbreviation"}),
    ("Global Reporting Initiative (GRI)", {"ngo", "abbreviation"}), ("IFRS Foundation", {"ngo"}),
    ("International Organization for Standardization", {"ngo"}), ("Ad Net Zero", {"trade-body"}),
    ("Chartered Institute of Marketing (CIM)", {"trade-body", "abbreviation"}),
    ("Institute of Practitioners in Advertising (IPA)", {"trade-body", "abbreviation"}),
    ("Kantar", {"market-research"}), ("Edelman", {"company"}), ("GlobeScan", {"market-research"}),
    ("Deloitte", {"company"}), ("PwC", {"company"}), ("EY", {"company", "acronym"}), ("KPMG", {"company", "acronym"}),
    ("McKinsey & Company", {"company", "ampersand"}), ("Futerra", {"company"}), ("Ipsos", {"market-research"}),
    ("Mintel", {"market-research"}), ("YouGov", {"market-research"}), ("World Economic Forum", {"ngo"}),
]  # fmt: skip
_GOVERNMENT: list[tuple[str, set[str]]] = [
    ("Advertising Standards Authority", {"government"}), ("Advertising Standards Authority (ASA)", {"government", "abbreviation"}),
    ("ASA", {"government", "acronym"}), ("Competition and Markets Authority", {"government"}),
    ("Competition and Markets Authority (CMA)", {"government", "abbreviation"}), ("CMA", {"government", "acronym"}),
    ("Committee of Advertising Practice (CAP)", {"government", "abbreviation"}),
    ("Department for Energy Security and Net Zero", {"government"}),
    ("Department for Environment, Food & Rural Affairs", {"government", "comma", "ampersand"}),
    ("DEFRA", {"government", "acronym"}), ("Climate Change Committee", {"government"}), ("Environment Agency", {"government"}),
    ("HM Government", {"government"}), ("European Commission", {"government"}), ("EFRAG", {"government", "acronym"}),
    ("Autoriteit Consument & Markt", {"government", "ampersand"}), ("Autoriteit Consument & Markt (ACM)", {"government", "abbreviation", "ampersand"}),
    ("Umweltbundesamt", {"government"}), ("Verbraucherzentrale Bundesverband (vzbv)", {"government", "abbreviation"}),
    ("Forbrugerombudsmanden", {"government"}), ("Danish Consumer Ombudsman", {"government"}),
    ("Environment and Climate Change Canada", {"government"}), ("Competition Bureau Canada", {"government"}),
    ("Ad Standards", {"government"}), ("Government of Canada", {"government"}), ("Office for National Statistics", {"government"}),
    ("UNEP", {"government", "acronym"}), ("UNFCCC", {"government", "acronym"}), ("IPCC", {"government", "acronym"}),
]  # fmt: skip
_LEGISLATION = [  # none of these is named in the pool's decoys, so a listed Act is never "cited" by a decoy
    ("European Parliament and Council of the European Union", "Directive (EU) 2019/904 on the reduction of the impact of certain plastic products on the environment", 2019),
    ("European Parliament and Council of the European Union", "Regulation (EU) 2023/1115 on the making available on the Union market of certain commodities and products associated with deforestation and forest degradation", 2023),
    ("European Parliament and Council of the European Union", "Regulation (EU) 2019/2088 on sustainability-related disclosures in the financial services sector", 2019),
    ("European Parliament and Council of the European Union", "Regulation (EU) 2025/40 on packaging and packaging waste", 2025),
    ("European Parliament and Council of the European Union", "Regulation (EU) 2024/1781 establishing a framework for the setting of ecodesign requirements for sustainable products", 2024),
    ("UK Parliament", "Environment Act 2021, c. 30", 2021),
    ("UK Parliament", "Climate Change Act 2008, c. 27", 2008),
    ("Bundesministerium der Justiz", "Gesetz über die unternehmerischen Sorgfaltspflichten in Lieferketten (LkSG)", 2021),
]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Pearson", "Harlow"), ("Sage", "London"),
               ("Palgrave Macmillan", "Cham"), ("Wiley", "Chichester"), ("Greenleaf Publishing", "Sheffield"),
               ("Oxford University Press", "Oxford"), ("Springer", "Cham"), ("Edward Elgar", "Cheltenham"),
               ("Chelsea Green Publishing", "White River Junction, VT"), ("Penguin Random House", "London"),
               ("Random House Business", "London"), ("Bloomsbury Business", "London")]  # fmt: skip
_JOURNALS = ["Journal of Business Ethics", "Journal of Cleaner Production", "Journal of Marketing",
             "Business Strategy and the Environment", "Journal of Macromarketing", "Journal of Consumer Research",
             "Journal of Public Policy & Marketing", "European Journal of Marketing", "Journal of Marketing Management",
             "Sustainability", "Journal of Brand Management", "Corporate Social Responsibility and Environmental Management",
             "Journal of the Academy of Marketing Science", "Psychology & Marketing", "Resources, Conservation and Recycling",
             "Journal of Advertising", "International Journal of Consumer Studies", "Ecological Economics"]  # fmt: skip
_PRESS = ["The Guardian", "Financial Times", "Marketing Week", "ENDS Report", "edie", "Campaign", "The Grocer",
          "BusinessGreen", "Packaging News", "The Globe and Mail", "Het Financieele Dagblad", "Handelsblatt",
          "Reuters", "BBC News", "The Drum", "GreenBiz", "Ethical Consumer", "The Times"]  # fmt: skip
_PODCASTS = ["The Sustainable Marketing Podcast", "Outrage + Optimism", "Purpose Pioneers", "Brand Purpose Unpacked",
             "The Green Room", "Costing the Earth", "Marketing Week Uncovered", "The B Corp Podcast", "Climate Confident"]  # fmt: skip
_TOPICS = ["greenwashing", "green claims", "brand purpose", "carbon labelling", "the circular economy",
           "refill and reuse", "plastic packaging", "net zero pledges", "Scope 3 emissions", "B Corp certification",
           "sustainable consumption", "ethical consumerism", "greenhushing", "cause-related marketing",
           "corporate social responsibility", "ESG reporting", "the say-do gap", "eco-labels", "climate anxiety",
           "fast fashion", "plant-based food", "biodiversity claims", "carbon offsetting", "deposit return schemes",
           "supply chain transparency", "stakeholder capitalism", "regenerative agriculture", "the attitude-behaviour gap",
           "sustainability communication", "science-based targets"]  # fmt: skip
_SECTORS = ["fashion retail", "grocery", "personal care", "household cleaning", "soft drinks", "dairy", "outdoor clothing",
            "confectionery", "packaging", "beer", "coffee", "furniture", "consumer electronics", "banking"]  # fmt: skip
_PLACES = ["UK", "the Netherlands", "Germany", "Denmark", "Canada", "Europe", "the EU", "Scandinavia"]

_DOMAINS = {"Unilever": "unilever.com", "Patagonia": "patagonia.com", "Marks": "marksandspencer.com",
            "Tesco": "tescoplc.com", "J Sainsbury": "about.sainsburys.co.uk", "Sainsbury's": "about.sainsburys.co.uk",
            "Ben & Jerry's": "benjerry.co.uk", "Ellen MacArthur Foundation": "ellenmacarthurfoundation.org",
            "WRAP": "wrap.ngo", "Waste and Resources": "wrap.ngo", "WWF": "wwf.org.uk", "Greenpeace": "greenpeace.org.uk",
            "UN Global Compact": "unglobalcompact.org", "United Nations Global Compact": "unglobalcompact.org",
            "B Lab UK": "bcorporation.uk", "B Lab": "bcorporation.net", "Kantar": "kantar.com", "Edelman": "edelman.com",
            "GlobeScan": "globescan.com", "Science Based": "sciencebasedtargets.org", "CDP": "cdp.net",
            "Carbon Trust": "carbontrust.com", "Ørsted": "orsted.com", "Oatly": "oatly.com", "The LEGO Group": "lego.com",
            "Carlsberg": "carlsberggroup.com", "Albert Heijn": "ah.nl", "Ahold": "aholddelhaize.com", "Loblaw": "loblaw.ca",
            "Global Reporting": "globalreporting.org", "Futerra": "wearefuterra.com", "Ad Net Zero": "adnetzero.com",
            "Advertising Standards": "asa.org.uk", "ASA": "asa.org.uk", "Committee of Advertising": "asa.org.uk",
            "Autoriteit": "acm.nl", "Umweltbundesamt": "umweltbundesamt.de", "Verbraucherzentrale": "vzbv.de",
            "Forbrugerombudsmanden": "forbrugerombudsmanden.dk", "Danish Consumer": "forbrugerombudsmanden.dk",
            "Environment and Climate": "canada.ca", "Government of Canada": "canada.ca", "Ad Standards": "adstandards.ca",
            "Competition Bureau": "competition-bureau.canada.ca", "European Commission": "commission.europa.eu",
            "EFRAG": "efrag.org", "UNEP": "unep.org", "UNFCCC": "unfccc.int", "IPCC": "ipcc.ch",
            "Climate Change Committee": "theccc.org.uk", "Office for National": "ons.gov.uk", "Competition and": "gov.uk",
            "CMA": "gov.uk", "Department": "gov.uk", "DEFRA": "gov.uk", "HM Government": "gov.uk",
            "Environment Agency": "gov.uk"}  # fmt: skip


def _domain(name: str) -> str:
    """An organisation's own web site, as far as a report's reader could tell."""
    for start, host in _DOMAINS.items():
        if name.startswith(start):
            return host
    words = [
        w
        for w in name.split(" (")[0].replace("&", "and").split()
        if w not in ("plc", "PLC", "Ltd", "Plc", "Inc.", "Limited", "The")
    ]
    plain = unicodedata.normalize("NFKD", "".join(words[:3]).lower().replace("ø", "o"))
    return "".join(ch for ch in plain if ch.isascii() and ch.isalnum()) + ".com"


KINDS = ["book", "chapter", "journal", "web", "report", "company-report", "government", "legislation", "news",
         "trade-press", "podcast", "social", "ruling"]  # fmt: skip


class Blind40WorkFactory(WorkFactory):
    """The fortieth pool's works: its own names, organisations, titles and mix, from one seeded random source."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 4093 + 40)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.earlier: list[tuple[str, set[str], int]] = []  # organisations already used, with a year

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.35:
            family, given = self.rng.choice(_NAMES)
            return {"family": family, "given": given}
        if roll < 0.47:
            particle, family, given = self.rng.choice(_PARTICLED)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        given = given.split("-")[0].split()[0]  # citeproc-py mangles hyphenated given names
        words = family.split()
        particle = []
        while len(words) > 1 and words[0].islower():
            particle.append(words.pop(0))
        name = {"family": " ".join(words), "given": given}
        if particle:
            name["non-dropping-particle"] = " ".join(particle)
        elif self.rng.random() < 0.06:
            name["family"] = f"{name['family']}-{self.fakers['en_GB'].last_name()}"
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        weights = [36, 26, 15, 9, 5, 4, 3, 2][:most]
        return [self.person() for _ in range(self.rng.choices(range(1, most + 1), weights=weights)[0])]

    def _org(self, table: list[tuple[str, set[str]]]) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(table)
        return name, set(tags)

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        roll = self.rng.random()
        if roll < 0.04:
            return self.rng.choice([1962, 1971, 1987, 1994, 1997, 1998, 2002])  # Silent Spring, Brundtland, Elkington
        return self.rng.randint(2009, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        start = issued[0] if issued else 2021
        year = self.rng.randint(max(start, 2022), 2025) if start <= 2025 else start
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if issued and year == issued[0] and len(issued) > 1:
            month = self.rng.randint(issued[1], 12)
            if month == issued[1] and len(issued) > 2:
                day = self.rng.randint(issued[2], 28)
        return {"date-parts": [[year, month, day]]}

    def _url(self, host: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        host = host or fake.domain_name()
        if host.startswith("http"):
            return f"{host}/{fake.slug()}"
        return f"https://{'' if host.count('.') > 1 else 'www.'}{host}/{fake.slug()}"

    def _title(self) -> str:
        topic, other = self.rng.sample(_TOPICS, 2)
        sector = self.rng.choice(_SECTORS)
        place = self.rng.choice(_PLACES)
        cap = topic[0].upper() + topic[1:]
        forms = [
            f"{cap} and consumer trust in {sector}",
            f"Beyond {topic}: {other} in {place}",
            f"{cap}: a systematic literature review",
            f"When does {topic} backfire? Evidence from {sector}",
            f"The effect of {topic} on purchase intention",
            f"{cap} in {place}: a qualitative study of {sector} brands",
            f"Communicating {topic} without {self.rng.choice(['greenwashing', 'greenhushing', 'overclaiming'])}",
            f"From {topic} to {other}: rethinking {sector}",
            f"Who trusts {topic}? Consumer scepticism in {place}",
            f"{cap}, {other} and brand equity",
            f"Measuring {topic} across the value chain",
            f"{cap} as a marketing capability",
        ]
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            KINDS, weights=[12, 5, 22, 12, 8, 10, 7, 3, 7, 6, 3, 3, 2],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _organisation(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation and year as an earlier work: "WRAP (2023a)" and "(2023b)".
        pairable = kind in ("web", "report", "company-report", "government")
        if pairable and "issued" in record and self.earlier and self.rng.random() < 0.12:
            old = record["issued"]["date-parts"][0][0]
            name, tags, year = self.rng.choice(self.earlier)
            record["issued"] = {"date-parts": [[year]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after([year])
            if "publisher" in record and kind in ("report", "company-report"):
                record["publisher"] = name.split(" (")[0]
            if old != year:  # "Impact report 2021" issued in 2021, not in another year
                record["title"] = str(record["title"]).replace(str(old), str(year))
        if pairable and "issued" in record:
            self.earlier.append((name, set(tags), record["issued"]["date-parts"][0][0]))
        if kind in ("web", "report", "company-report", "government") and "URL" in record:
            record["URL"] = self._url(_domain(name))  # an organisation's page lives on its own site
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        title = self.rng.choice([self._title(), f"Sustainable marketing: {self.rng.choice(_TOPICS)} in practice",
                                 f"Marketing for a {self.rng.choice(['net zero', 'circular', 'regenerative', 'fairer'])} economy",
                                 f"The purpose-driven brand: {self.rng.choice(_TOPICS)} and beyond"])  # fmt: skip
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 380)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": f"The Routledge handbook of {self.rng.choice(_TOPICS)}" if publisher == "Routledge"
            else f"{self.rng.choice(['Sustainable', 'Responsible', 'Ethical'])} marketing: {self.rng.choice(['a research agenda', 'critical perspectives', 'cases and concepts'])}",
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 1400)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(12, 420)), "page": f"{start}-{start + self.rng.randint(9, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["issue"] = str(self.rng.randint(1, 12))
        if self.rng.random() < 0.5:
            prefix = self.rng.choice(["1007", "1016", "1002", "1177", "3390"])
            record["DOI"] = f"10.{prefix}/{self.fakers['en_GB'].bothify('??##-####-###')}".lower()
        elif self.rng.random() < 0.3:
            record["URL"] = self._url("sciencedirect.com")
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._person(record, "journal")

    def _web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title() if self.rng.random() < 0.5 else
                                  self.rng.choice(["Our planet, our plan", "Sustainability at a glance", "Climate action",
                                                   "Our impact", "How we measure our footprint", "Packaging pledge",
                                                   "What is a B Corp?", "Green claims: the basics", "Net zero roadmap",
                                                   f"Plastic Pact progress {self.rng.randint(2019, 2024)}"]),
                                  "URL": self._url()}  # fmt: skip
        if self.rng.random() < 0.75:
            record["issued"] = {"date-parts": [[self.year()]]}
        if self.rng.random() < 0.92:
            issued = record["issued"]["date-parts"][0] if "issued" in record else None
            record["accessed"] = self._accessed_after(issued)
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            return self._person(record, "web")
        name, tags = self._org(_ORGS)
        return self._organisation(record, "web", name, tags)

    def _report(self) -> Work:
        name, tags = self._org(_ORGS)
        year = self.year()
        title = self.rng.choice([f"Trust Barometer special report: brand trust and climate {year}",
                                 f"The circularity gap report {year}", f"Who cares, who does? {year}",
                                 f"Healthy and sustainable living {year}", f"Living Planet Report {year}",
                                 f"Corporate climate responsibility monitor {year}", self._title(),
                                 f"Consumer attitudes to {self.rng.choice(_TOPICS)} in {self.rng.choice(_PLACES)}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0], "publisher-place": self.rng.choice(["London", "Amsterdam", "Copenhagen", "Toronto", "Berlin", "Geneva"])}  # fmt: skip
        if self.rng.random() < 0.65:
            record["URL"] = self._url()
            record["accessed"] = self._accessed_after([year])
        if self.rng.random() < 0.15:
            record.pop("issued")
        return self._organisation(record, "report", name, tags)

    def _company_report(self) -> Work:
        name, tags = self._org(_ORGS[:36])
        year = self.rng.randint(2012, 2025) if self.rng.random() < 0.4 else self.rng.randint(2019, 2025)
        titles = [f"Annual report and accounts {year}", f"Sustainability report {year}", f"Impact report {year}",
                  f"ESG data book {year}", "Climate transition action plan", f"B Corp impact report {year}",
                  f"Plan A report {year}", f"Modern slavery statement {year}"]  # fmt: skip
        if year >= 2018:
            titles.append(f"TCFD report {year}")
        if year >= 2024:
            titles.append(f"Sustainability statement {year} (CSRD)")
        title = self.rng.choice(titles)
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0], "URL": self._url(),
                                  "accessed": self._accessed_after([year])}  # fmt: skip
        return self._organisation(record, "company-report", name, tags)

    def _government(self) -> Work:
        name, tags = self._org(_GOVERNMENT)
        year = self.year() if self.rng.random() < 0.4 else self.rng.randint(2019, 2025)
        title = self.rng.choice(["Green claims code: making environmental claims on goods and services",
                                 "Environmental claims: misleading advertising guidance", "Guidance on sustainability claims",
                                 "Net zero strategy: build back greener", f"UK greenhouse gas emissions, provisional figures {year}",
                                 "Greenwashing: consumer research", "Carbon neutral claims: updated guidance",
                                 f"Progress in reducing emissions: {year} report to Parliament", self._title(),
                                 "Environmental claims in advertising: rulings summary"])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[year]]}, "URL": self._url("gov.uk"),
                                  "accessed": self._accessed_after([year])}  # fmt: skip
        return self._organisation(record, "government", name, tags)

    def _ruling(self) -> Work:
        """An ASA ruling on an advertiser, as students cite them: the regulator as author, the ruling as title."""
        name = self.rng.choice(["Advertising Standards Authority", "Advertising Standards Authority (ASA)", "ASA"])
        advertiser = self.rng.choice(["Shell UK Ltd", "Innocent Ltd", "Oatly UK Ltd", "HSBC UK Bank plc", "Ryanair Ltd",
                                      "Persil (Unilever UK Ltd)", "Etihad Airways", "Lufthansa Group", "Tesco Stores Ltd",
                                      "Anglian Water Services Ltd", "Pepsico International Ltd", "Alpro UK Ltd"])  # fmt: skip
        year = self.rng.randint(2019, 2025)
        record: dict[str, Any] = {"type": "webpage", "title": f"ASA Ruling on {advertiser}",
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url("asa.org.uk")}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._organisation(record, "ruling", name, {"government"})

    def _legislation(self) -> Work:
        name, title, year = self.rng.choice(_LEGISLATION)
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": self._url("https://eur-lex.europa.eu/legal-content/EN/TXT" if "EU" in title else "https://www.legislation.gov.uk/ukpga"),
                                  "accessed": self._accessed_after([year])}  # fmt: skip
        return self._organisation(record, "legislation", name, {"government", "legislation"})

    def _news(self) -> Work:
        paper = self.rng.choice(_PRESS[:12] if self.rng.random() < 0.5 else _PRESS)
        year = self.rng.randint(2012, 2025)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._headline(), "container-title": paper,
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url()}  # fmt: skip
        if self.rng.random() < 0.95:
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        if self.rng.random() < 0.85:
            record["author"] = self._people(2)
            return self._person(record, "news")
        return self._organisation(record, "news", paper, {"press"})

    def _headline(self) -> str:
        brand = self.rng.choice(["Shell", "HSBC", "Innocent", "Oatly", "Lufthansa", "Tesco", "Persil", "Coca-Cola",
                                 "Unilever", "Patagonia", "H&M", "Primark", "Danone", "Nestlé", "Ørsted", "Albert Heijn"])  # fmt: skip
        return self.rng.choice([f"{brand} ad banned over misleading green claims",
                                f"{brand} accused of greenwashing by campaigners",
                                f"Why {brand} has gone quiet on its climate targets",
                                f"{brand} drops net zero pledge as costs rise",
                                f"Regulators tighten rules on {self.rng.choice(_TOPICS)}",
                                f"Has {self.rng.choice(_TOPICS)} had its day? Marketers weigh in",
                                f"{brand} becomes a certified B Corp",
                                f"Consumers are losing faith in {self.rng.choice(_TOPICS)}, survey finds"])  # fmt: skip

    def _trade_press(self) -> Work:
        magazine = self.rng.choice(["Marketing Week", "Campaign", "edie", "ENDS Report", "The Grocer", "Packaging News",
                                    "BusinessGreen", "Ethical Corporation", "PR Week", "Sustainable Brands"])  # fmt: skip
        year = self.rng.randint(2015, 2025)
        record: dict[str, Any] = {"type": "article-magazine", "title": self._headline(), "container-title": magazine,
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "author": self._people(2), "URL": self._url()}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._person(record, "trade-press")

    def _podcast(self) -> Work:
        year = self.rng.randint(2018, 2025)
        record: dict[str, Any] = {"type": "broadcast", "title": f"Episode {self.rng.randint(3, 240)}: {self.rng.choice(_TOPICS)} with {self.fakers['en_GB'].first_name()} {self.fakers['en_GB'].last_name()}",
                                  "container-title": self.rng.choice(_PODCASTS), "medium": "Podcast",
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "author": self._people(2), "URL": self._url("podcasts.apple.com")}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._person(record, "podcast")

    def _social(self) -> Work:
        year = self.rng.randint(2020, 2025)
        record: dict[str, Any] = {"type": "post", "title": self.rng.choice([
            "Three things I learned taking our brand through B Corp recertification",
            "Greenhushing is not a strategy", "What the Green Claims Directive means for your packaging",
            "We just published our first CSRD-aligned report", "Stop calling it 'eco-friendly'",
            "Our Scope 3 number went up and that is good news"]),
            "container-title": "LinkedIn", "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "author": self._people(1), "URL": self._url("linkedin.com")}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._person(record, "social")
