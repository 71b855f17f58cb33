"""Works for the "blind229" pool (HELD OUT): what marketers at farm-machinery makers and dealers, agritech start-ups,
seed, crop-protection and fertiliser firms, feed makers, co-operatives and farm-data platforms cite in CIM Level 6
and 7 reports and MBA assignments: textbooks, chapters, journal articles, theses, conference papers, public bodies
and regulators, trade bodies and charities, company pages, annual reports and investor decks, market research,
the farming and national press signed and unsigned, social posts, videos, podcasts and undated pages.

Written without reading the checker, its tests or any other pool. Names come from the UK, Ireland, Germany, the
Netherlands, Denmark, the United States and New Zealand, written as their scholars and journals print them.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "thesis", "conference", "report", "web", "company", "market-research", "news",
         "social", "video", "podcast")  # fmt: skip

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IE", "en_US", "en_US", "de_DE", "de_DE", "nl_NL", "nl_NL", "da_DK",
            "da_DK", "en_NZ"]  # fmt: skip
# Names as the region's journals print them (family, given, particle).
_NAMES = [
    ("Müller", "Jürgen", ""), ("Schäfer", "Anja", ""), ("Bülow", "Friederike", "von"), ("Höhne", "Matthias", ""),
    ("Weiß", "Katrin", ""), ("Thünen", "Heinrich", "von"), ("Großmann", "Lukas", ""), ("Köhler", "Sören", ""),
    ("Meer", "Joost", "van der"), ("Boer", "Imke", "de"), ("Horst", "Marijke", "ter"), ("Vries", "Sjoerd", "de"),
    ("Dijk", "Bram", "van"), ("Berg", "Femke", "van den"), ("Haar", "Wouter", "ter"), ("Wit", "Annemieke", "de"),
    ("Sørensen", "Claus Aage Grøn", ""), ("Jørgensen", "Mette", ""), ("Bækgaard", "Rasmus", ""), ("Aagaard", "Søren", ""),
    ("Kjærgaard", "Birgit", ""), ("Løkke", "Anders", ""), ("Østergaard", "Hanne", ""), ("Grøn", "Jens", ""),
    ("Ó Súilleabháin", "Pádraig", ""), ("Mac Cárthaigh", "Siobhán", ""), ("Ó Dónaill", "Ciarán", ""),
    ("Ní Fhlatharta", "Aoife", ""), ("MacNamara", "Declan", ""), ("O'Donovan", "Niamh", ""), ("Ó Gráda", "Cormac", ""),
    ("Ngata", "Hēmi", ""), ("Te Whaiti", "Mere", ""), ("Pōtae", "Rāwiri", ""), ("McAlister", "Grant", ""),
    ("Lowenberg-DeBoer", "James", ""), ("Erickson", "Bruce", ""), ("Schimmelpfennig", "David", ""),
]  # fmt: skip
_ORGANISATIONS = [
    ("Department for Environment, Food & Rural Affairs", {"government", "ampersand", "comma"}),
    ("Defra", {"government", "acronym"}), ("Rural Payments Agency", {"government"}),
    ("Health and Safety Executive", {"government"}), ("HSE", {"government", "acronym"}),
    ("Agriculture and Horticulture Development Board", {"government"}), ("AHDB", {"government", "acronym"}),
    ("Teagasc", {"government"}), ("European Commission", {"government"}),
    ("European Commission, Directorate-General for Agriculture and Rural Development", {"government", "comma"}),
    ("USDA", {"government", "acronym"}), ("United States Department of Agriculture", {"government"}),
    ("Food and Agriculture Organization of the United Nations", {"government"}), ("FAO", {"government", "acronym"}),
    ("Bundesministerium für Ernährung und Landwirtschaft", {"government"}), ("BMEL", {"government", "acronym"}),
    ("Ministry for Primary Industries", {"government"}), ("Department of Agriculture, Food and the Marine", {"government", "comma"}),
]  # fmt: skip
_BODIES = [
    ("Agricultural Engineers Association", {"trade-body"}), ("AEA", {"trade-body", "acronym"}),
    ("National Farmers' Union", {"trade-body", "apostrophe"}), ("NFU", {"trade-body", "acronym"}),
    ("Country Land and Business Association (CLA)", {"trade-body", "abbreviation"}),
    ("Agricultural Industries Confederation", {"trade-body"}), ("CEMA", {"trade-body", "acronym"}),
    ("Association of Equipment Manufacturers", {"trade-body"}), ("LEAF (Linking Environment And Farming)", {"charity", "abbreviation"}),
    ("Farm Safety Foundation", {"charity"}), ("Irish Farmers' Association", {"trade-body", "apostrophe"}),
    ("Landbrug & Fødevarer", {"trade-body", "ampersand"}), ("Deutsche Landwirtschafts-Gesellschaft (DLG)", {"trade-body", "abbreviation"}),
]  # fmt: skip
_COMPANIES = [
    ("Deere & Company", {"company", "ampersand"}), ("CLAAS KGaA mbH", {"company"}), ("AGCO Corporation", {"company"}),
    ("CNH Industrial N.V.", {"company", "punctuation"}), ("Kubota Corporation", {"company"}),
    ("J C Bamford Excavators Ltd", {"company"}), ("JCB", {"company", "acronym"}), ("Bayer AG", {"company"}),
    ("Syngenta Group", {"company"}), ("Yara International ASA", {"company"}), ("Corteva, Inc.", {"company", "comma"}),
    ("ForFarmers N.V.", {"company", "punctuation"}), ("Agrii", {"company"}), ("Frontier Agriculture Ltd", {"company"}),
    ("Gallagher Group", {"company"}), ("Bayer Crop Science UK", {"company"}),
]  # fmt: skip
_RESEARCH = [("Kynetec", {"market-research"}), ("AHDB", {"market-research", "acronym"}), ("Mintel", {"market-research"}),
             ("McKinsey & Company", {"market-research", "ampersand"}), ("Statista", {"market-research"})]  # fmt: skip
_PRESS = ["Farmers Weekly", "Farmers Guardian", "Agriland", "top agrar", "Successful Farming", "Financial Times",
          "BBC News", "Irish Farmers Journal", "Profi", "Farm Contractor & Large Scale Farmer"]  # fmt: skip
_JOURNALS = ["Journal of Rural Studies", "Agricultural Systems", "Precision Agriculture",
             "Computers and Electronics in Agriculture", "Industrial Marketing Management",
             "Journal of Business & Industrial Marketing", "Journal of Agricultural Economics",
             "NJAS: Impact in Agricultural and Life Sciences", "Sociologia Ruralis", "Biosystems Engineering",
             "Agronomy for Sustainable Development", "International Food and Agribusiness Management Review"]  # fmt: skip
_UNIVERSITIES = ["Harper Adams University", "Royal Agricultural University", "Wageningen University",
                 "Aarhus University", "University College Dublin", "Lincoln University", "Iowa State University",
                 "University of Hohenheim", "Newcastle University", "Massey University"]  # fmt: skip
_CONFERENCES = [("Proceedings of the 14th European Conference on Precision Agriculture", "Bologna", 2023),
                ("Precision agriculture '21: proceedings of the 13th European Conference on Precision Agriculture", "Budapest", 2021),
                ("Oxford Farming Conference", "Oxford", None), ("AgriFood Innovation Conference", "Belfast", None),
                ("Proceedings of the International Conference on Precision Agriculture", "Minneapolis", None)]  # fmt: skip
_TOPICS = ["precision agriculture adoption", "dealer networks", "farmer trust in data platforms", "autonomous tractors",
           "variable-rate fertiliser", "smart farming technologies", "agricultural advisory services", "farm data sharing",
           "machinery purchase decisions", "co-operative membership", "B2B brand loyalty", "digital agronomy",
           "biostimulants", "regenerative agriculture", "controlled traffic farming", "virtual fencing",
           "robotic milking", "service contracts", "farmer social media use", "lead generation at farm shows",
           "low-carbon fertiliser", "integrated pest management", "dealer loyalty", "subscription pricing for farm software"]  # fmt: skip


class Blind229WorkFactory(WorkFactory):
    """The blind229 pool's works (HELD OUT). A subclass, so no other half's corpus changes."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 229)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 229 + index)
                self.fakers[locale] = fake
        self.dated: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people, organisations, dates
    def person(self) -> dict[str, str]:
        if self.rng.random() < 0.35:
            family, given, particle = self.rng.choice(_NAMES)
            name = {"family": family, "given": given}
            if particle:
                name["non-dropping-particle"] = particle
            return name
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():  # "van der Linden": the particle apart, as reference managers keep it
            particle = []
            while len(words) > 1 and words[0].islower():
                particle.append(words.pop(0))
            return {"family": " ".join(words), "given": given, "non-dropping-particle": " ".join(particle)}
        if self.rng.random() < 0.06:
            family = f"{family}-{self.fakers['en_GB'].last_name()}"
        return {"family": family, "given": given}

    def year(self) -> int:
        if self.rng.random() < 0.04:  # the classics: Rogers, Ansoff
            return self.rng.randint(1962, 1990)
        return self.rng.randint(2006, 2025)

    def _after(self, issued: dict[str, Any] | None) -> dict[str, list[list[int]]]:
        parts = issued["date-parts"][0] if issued else [2022]
        year = max(parts[0], self.rng.randint(2023, 2025))
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if year == parts[0] and len(parts) > 1:
            month = self.rng.randint(parts[1], 12)
            if month == parts[1] and len(parts) > 2:
                day = self.rng.randint(parts[2], 28)
        return {"date-parts": [[year, month, day]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]}: evidence from {self.rng.choice(['UK', 'Irish', 'German', 'Dutch', 'Danish', 'US', 'New Zealand'])} farms",
                 f"Why farmers adopt {topic}", f"{topic[0].upper()}{topic[1:]} and {other}",
                 f"Understanding {topic} in arable and livestock systems", f"The economics of {topic}",
                 f"{topic[0].upper()}{topic[1:]}: a review", f"Marketing {topic} to farmers and contractors"]  # fmt: skip
        return self.rng.choice(forms)

    def _url(self, host: str) -> str:
        return f"https://www.{host}/{self.fakers['en_GB'].slug()}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "thesis", "conference", "government", "body", "company", "report",
             "market-research", "news", "social", "video", "podcast", "web"],
            weights=[10, 5, 22, 3, 4, 10, 7, 9, 5, 7, 9, 2, 2, 2, 3],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then an organisation already in the report again in the same year ("AHDB, 2023a" and "2023b").
        titled_year = any(word.isdigit() and len(word) == 4 for word in str(record.get("title", "")).split())
        if self.dated and "issued" in record and not titled_year and self.rng.random() < 0.15:
            name, tags, issued = self.rng.choice(self.dated)
            record["issued"] = {"date-parts": [list(issued["date-parts"][0][:1])]}
            if "publisher" in record:
                record["publisher"] = name
            if "accessed" in record:
                record["accessed"] = self._after(record["issued"])
        if "issued" in record:
            self.dated.append((name, tags, record["issued"]))
        return self._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self._title(), "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "CABI", "Wiley-Blackwell", "Kogan Page", "Pearson", "Burleigh Dodds Science Publishing"]),
            "publisher-place": self.rng.choice(["Abingdon", "Wallingford", "Chichester", "London", "Harlow", "Cambridge"]),
        }  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["Precision agriculture for sustainability", "Agricultural marketing and price analysis",
                                                "The Routledge handbook of sustainable food", "Improving data management and decision support systems in agriculture"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "CABI", "Burleigh Dodds Science Publishing"]),
            "publisher-place": self.rng.choice(["Abingdon", "Wallingford", "Cambridge"]),
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(10, 220)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["DOI"] = (
                f"10.{self.rng.choice(['1016', '1007', '1108', '1111'])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(2010, 2025)}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": [self.person()], "issued": {"date-parts": [[self.year()]]},
            "genre": self.rng.choice(["PhD thesis", "MSc thesis", "MBA dissertation", "DBA thesis"]),
            "publisher": self.rng.choice([*_UNIVERSITIES, "Teagasc and University College Dublin"]),
        }  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        name, place, fixed = self.rng.choice(_CONFERENCES)
        year = fixed or self.year()
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(5),
            "container-title": name, "event-place": place, "publisher-place": place,
            "issued": {"date-parts": [[year]]}, "page": f"{(start := self.rng.randint(1, 800))}-{start + self.rng.randint(5, 9)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _government(self) -> Work:
        name, tags = self.rng.choice(_ORGANISATIONS)
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self.rng.choice([f"Farm accounts in England: results from the Farm Business Survey {self.rng.randint(2018, 2024)} to {self.rng.randint(2019, 2025)}",
                                      "Agriculture in the United Kingdom", "Sustainable Farming Incentive: guidance for applicants",
                                      "Fatal injuries in agriculture, forestry and fishing in Great Britain", "Farming equipment and technology fund: round results",
                                      "The future of farming", "Precision agriculture: state of play", self._title()]),
            "issued": {"date-parts": [[self.year()]]},
        }  # fmt: skip
        record["URL"] = self._url(self.rng.choice(["gov.uk/government/publications", "hse.gov.uk/agriculture", "ahdb.org.uk",
                                                   "teagasc.ie/publications", "agriculture.ec.europa.eu", "ers.usda.gov", "fao.org", "bmel.de"]))  # fmt: skip
        record["accessed"] = self._after(record["issued"])
        if self.rng.random() < 0.15:
            record.pop("issued")
        return self._org(record, "report" if record["type"] == "report" else "web", name, tags)

    def _body(self) -> Work:
        name, tags = self.rng.choice(_BODIES)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice([
            "Machinery market statistics", "Farm safety week", "Annual review", "Member survey results", self._title(),
            "The state of the agricultural machinery market", "Why farmers need a fair deal on repair"]),
            "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        record["URL"] = self._url(self.rng.choice(["aea.uk.com", "nfuonline.com", "cla.org.uk", "agindustries.org.uk", "cema-agri.org",
                                                   "aem.org", "leaf.eco", "yellowwellies.org", "ifa.ie", "lf.dk", "dlg.org"]))  # fmt: skip
        record["accessed"] = self._after(record["issued"])
        if self.rng.random() < 0.25:
            record.pop("issued")
        return self._org(record, "web", name, tags)

    def _company(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.year() if self.rng.random() < 0.8 else max(2010, self.year())
        record: dict[str, Any] = {"type": self.rng.choice(["report", "report", "webpage"]), "title": self.rng.choice([
            f"Annual report {year}", f"Integrated annual report {year}", f"Capital markets day {year}: investor presentation",
            f"Sustainability report {year}", "About us", "Our dealer network", "Precision farming solutions", f"Q{self.rng.randint(1, 4)} {year} results"]),
            "issued": {"date-parts": [[year]]}, "publisher": name}  # fmt: skip
        record["URL"] = self._url(self.rng.choice(["deere.com", "claas.com", "agcocorp.com", "cnh.com", "kubota.com", "jcb.com",
                                                   "bayer.com", "syngenta.com", "yara.com", "corteva.com", "forfarmers.eu",
                                                   "agrii.co.uk", "frontierag.co.uk", "gallagher.com"]))  # fmt: skip
        record["accessed"] = self._after(record["issued"])
        if record["type"] == "webpage" and self.rng.random() < 0.4:
            record.pop("issued")
        return self._org(record, "company", name, tags)

    def _report(self) -> Work:
        record: dict[str, Any] = {"type": "report", "title": self._title(), "author": self._people(3),
                                  "issued": {"date-parts": [[self.year()]]},
                                  "publisher": self.rng.choice(["AHDB", "Teagasc", "Wageningen Economic Research", "SEGES Innovation", "Thünen-Institut"]),
                                  "publisher-place": self.rng.choice(["Kenilworth", "Carlow", "Wageningen", "Aarhus", "Braunschweig"])}  # fmt: skip
        return self._person_work(record, "report")

    def _market_research(self) -> Work:
        name, tags = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2016, 2025)
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice([
            f"Farmer voice {year}: machinery purchase intentions", f"Tractor registrations in the UK from 2015 to {year}",
            f"Global agricultural machinery market size {year}", f"Agriculture's connected future: {year} update",
            f"Crop protection market in the UK - {year}", f"Animal feed in Europe: market report {year}"]),
            "publisher": name, "issued": {"date-parts": [[year]]}}  # fmt: skip
        record["URL"] = self._url(
            self.rng.choice(["kynetec.com", "ahdb.org.uk", "mintel.com", "mckinsey.com", "statista.com"])
        )
        record["accessed"] = self._after(record["issued"])
        return self._org(record, "market-research", name, tags)

    def _news(self) -> Work:
        paper = self.rng.choice(_PRESS)
        year = self.rng.randint(2012, 2025)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(self.rng.choice(["fwi.co.uk", "farmersguardian.com", "agriland.ie", "topagrar.com", "agriculture.com", "ft.com", "bbc.co.uk/news"])),
        }  # fmt: skip
        record["accessed"] = self._after(record["issued"])
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org(record, "news", paper, {"press"})

    def _posted(self, kind: str, platform: str) -> Work:
        name, tags = self.rng.choice(_COMPANIES + _BODIES[:6])
        year = self.rng.randint(2016, 2025)
        record: dict[str, Any] = {"type": "webpage", "title": f"{self._title()} [{platform}]", "container-title": platform,
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url(platform.lower().replace(" ", "") + ".com")}  # fmt: skip
        record["accessed"] = self._after(record["issued"])
        if self.rng.random() < 0.3:
            record["author"] = [self.person()]
            return self._person_work(record, kind)
        return self._org(record, kind, name, tags)

    def _social(self) -> Work:
        return self._posted("social", self.rng.choice(["LinkedIn", "X", "Facebook", "Instagram"]))

    def _video(self) -> Work:
        return self._posted("video", "YouTube")

    def _podcast(self) -> Work:
        return self._posted("podcast", self.rng.choice(["Spotify", "Apple Podcasts"]))

    def _web(self) -> Work:
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self._title(),
            "URL": self._url(self.fakers["en_GB"].domain_name()),
        }
        if self.rng.random() < 0.5:
            record["accessed"] = self._after(None)
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        record["accessed"] = self._after(None)
        name, tags = self.rng.choice(_BODIES + _COMPANIES)
        return self._org(record, "web", name, tags | {"undated"})
