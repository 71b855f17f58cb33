"""The blind213 pool's works: what marketers in pet care, veterinary practice groups and animal health in the UK,
Ireland, the Netherlands and the United States cite in CIM Level 6 and 7 reports and MBA assignments.

Textbooks (CABI, Wiley-Blackwell, Routledge), chapters, journal articles with one to eight authors and DOIs
(Veterinary Record, Anthrozoös, Journal of Business Research, Journal of Consumer Behaviour), theses (the Royal
Veterinary College, Edinburgh, Nottingham, Wageningen), BSAVA Congress and London Vet Show papers, regulators and
public bodies (RCVS, the CMA, Defra, the VMD, APHA, the FDA's Center for Veterinary Medicine), trade bodies and
charities, company pages and annual reports, market research with years, the press signed and unsigned, social
posts, videos, podcasts and undated pages. Written without reading the checker, its tests or any other pool.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IE", "en_US", "en_US", "nl_NL", "nl_NL", "nl_BE", "de_DE", "en_AU"]
# Names as the region's scholars and journals print them: Irish names with their fada, Dutch and Flemish names with
# their particle apart ("van der Meer"), Scottish Mac and Mc, and the vets and researchers of the UK's practices.
_NAMES = [
    ("Ó Briain", "Siobhán", None), ("Ní Mhurchú", "Aoife", None), ("Ó Súilleabháin", "Cormac", None),
    ("O'Sullivan", "Niamh", None), ("O'Neill", "Ciarán", None), ("McCarthy", "Orla", None), ("Ní Bhriain", "Gráinne", None),
    ("Meer", "Joris", "van der"), ("Vries", "Sanne", "de"), ("Dijk", "Thijs", "van"), ("Berg", "Lotte", "van den"),
    ("Jong", "Femke", "de"), ("Bruijn", "Maarten", "de"), ("Hoek", "Eline", "ten"), ("Wouters", "Pieter", None),
    ("Janssens", "Lien", None), ("Bakker", "Ruud", None), ("Visser", "Anouk", None), ("Smit", "Bram", None),
    ("MacLeod", "Eilidh", None), ("McGregor", "Fraser", None), ("Mac an tSaoi", "Máire", None),
    ("Patel", "Priya", None), ("Chaudhry", "Imran", None), ("Okafor", "Chiamaka", None), ("Nowak", "Agnieszka", None),
    ("Sørensen", "Mette", None), ("Müller", "Jürgen", None), ("García", "Lucía", None), ("Kowalski", "Tomasz", None),
    ("Zhang", "Wei", None), ("Nguyen", "Thi Lan", None), ("Kim", "Minjun", None), ("Fernández", "Álvaro", None),
]  # fmt: skip
# Organisations as these candidates cite them: regulators, public bodies, trade bodies, charities, companies.
_REGULATORS = [
    ("Royal College of Veterinary Surgeons", {"government"}), ("Royal College of Veterinary Surgeons (RCVS)", {"abbreviation"}),
    ("RCVS", {"acronym"}), ("Competition and Markets Authority", {"government"}),
    ("Competition and Markets Authority (CMA)", {"government", "abbreviation"}),
    ("Department for Environment, Food & Rural Affairs", {"government", "ampersand", "comma"}),
    ("Defra", {"government"}), ("Veterinary Medicines Directorate", {"government"}),
    ("Veterinary Medicines Directorate (VMD)", {"government", "abbreviation"}),
    ("Animal and Plant Health Agency", {"government"}), ("APHA", {"government", "acronym"}),
    ("FDA Center for Veterinary Medicine", {"government"}), ("U.S. Food and Drug Administration", {"government", "punctuation"}),
    ("Department of Agriculture, Food and the Marine", {"government", "comma"}),
    ("Rijksoverheid", {"government"}), ("Veterinary Council of Ireland", {"government"}),
]  # fmt: skip
_CHARITIES = [
    ("UK Pet Food", {"trade-body"}), ("Pet Food Manufacturers' Association", {"trade-body", "apostrophe"}),
    ("PDSA", {"charity", "acronym"}), ("People's Dispensary for Sick Animals (PDSA)", {"charity", "apostrophe", "abbreviation"}),
    ("RSPCA", {"charity", "acronym"}), ("Royal Society for the Prevention of Cruelty to Animals", {"charity"}),
    ("Dogs Trust", {"charity"}), ("Blue Cross", {"charity"}), ("Cats Protection", {"charity"}),
    ("The Kennel Club", {"trade-body"}), ("Kennel Club", {"trade-body"}),
    ("American Pet Products Association", {"trade-body"}), ("American Pet Products Association (APPA)", {"trade-body", "abbreviation"}),
    ("British Small Animal Veterinary Association", {"trade-body"}), ("BSAVA", {"trade-body", "acronym"}),
    ("British Veterinary Association", {"trade-body"}), ("Pet Industry Federation", {"trade-body"}),
    ("Association of British Insurers", {"trade-body"}), ("NOAH", {"trade-body", "acronym"}),
    ("ISPCA", {"charity", "acronym"}), ("Battersea Dogs & Cats Home", {"charity", "ampersand"}),
]  # fmt: skip
_COMPANIES = [
    ("Mars Petcare", {"company"}), ("Mars, Incorporated", {"company", "comma"}), ("Nestlé Purina PetCare", {"company"}),
    ("Purina", {"company"}), ("Pets at Home Group plc", {"company"}), ("Pets at Home", {"company"}),
    ("IVC Evidensia", {"company"}), ("CVS Group plc", {"company"}), ("Zoetis", {"company"}), ("Zoetis Inc.", {"company"}),
    ("Elanco", {"company"}), ("Elanco Animal Health", {"company"}), ("Boehringer Ingelheim Animal Health", {"company"}),
    ("Medivet", {"company"}), ("Vets4Pets", {"company"}), ("Petplan", {"company"}), ("ManyPets", {"company"}),
    ("Royal Canin", {"company"}), ("Lily's Kitchen", {"company", "apostrophe"}), ("Butternut Box", {"company"}),
    ("Jollyes", {"company"}), ("Chewy, Inc.", {"company", "comma"}), ("Petco", {"company"}), ("Dechra", {"company"}),
    ("Agria Pet Insurance", {"company"}), ("Hill's Pet Nutrition", {"company", "apostrophe"}),
    ("Ceva Santé Animale", {"company"}), ("MSD Animal Health", {"company", "acronym"}), ("VetPartners", {"company"}),
    ("Linnaeus", {"company"}), ("Ogilvy & Mather", {"company", "ampersand"}), ("AnyVan", {"company"}),
]  # fmt: skip
_RESEARCH = ["Mintel", "Mintel", "Euromonitor International", "Packaged Facts", "Statista", "Kantar", "YouGov",
             "GlobalData", "IBISWorld", "Grand View Research"]  # fmt: skip
_PRESS = ["The Grocer", "Vet Times", "BBC News", "Veterinary Practice", "Pet Business World", "The Guardian",
          "Financial Times", "The Irish Times", "Marketing Week", "Campaign", "Pet Food Industry", "VetSurgeon.org",
          "Veterinary Ireland Journal", "NOS", "Pet Gazette", "The Telegraph", "Petfood Forum"]  # fmt: skip
_JOURNALS = ["Veterinary Record", "Anthrozoös", "Journal of Business Research", "Journal of Consumer Behaviour",
             "Journal of Small Animal Practice", "Animals", "Preventive Veterinary Medicine", "Journal of Marketing Management",
             "Society & Animals", "Veterinary Record Open", "Irish Veterinary Journal", "Journal of Services Marketing",
             "Frontiers in Veterinary Science", "Equine Veterinary Journal", "British Food Journal",
             "Journal of Feline Medicine and Surgery", "Tijdschrift voor Diergeneeskunde", "Psychology & Marketing"]  # fmt: skip
_PUBLISHERS = [("CABI", "Wallingford"), ("Wiley-Blackwell", "Chichester"), ("Wiley-Blackwell", "Oxford"),
               ("Routledge", "Abingdon"), ("Routledge", "London"), ("Elsevier", "Edinburgh"), ("Pearson", "Harlow"),
               ("Kogan Page", "London"), ("Sage", "London"), ("Wageningen Academic Publishers", "Wageningen"),
               ("BSAVA", "Quedgeley"), ("5m Books", "Sheffield"), ("Oxford University Press", "Oxford")]  # fmt: skip
_UNIVERSITIES = ["Royal Veterinary College, University of London", "University of Edinburgh", "University of Nottingham",
                 "Wageningen University", "University College Dublin", "University of Liverpool", "University of Bristol",
                 "Utrecht University", "University of Glasgow", "Cornell University"]  # fmt: skip
_TOPICS = ["pet humanisation", "premium pet food", "vet practice consolidation", "pet insurance pricing",
           "owner trust in vets", "subscription pet food", "fresh dog food", "puppy farming", "pandemic puppies",
           "brachycephalic breeds", "antimicrobial stewardship", "online pharmacy", "flea and tick treatments",
           "pet owners' willingness to pay", "cat owners' loyalty", "rehoming charities", "corporate vet groups",
           "equine health marketing", "farm-animal vaccines", "pet wellness plans", "telehealth for pets",
           "insect-based pet food", "the cost of vet care", "dog ownership and wellbeing", "influencer pets",
           "sustainable pet food packaging", "client communication in practice", "Crufts sponsorship"]  # fmt: skip
_MARKETS = ["Pet food", "Pet care", "Dog food", "Cat food", "Pet insurance", "Veterinary services", "Pet accessories",
            "Pet supplements", "Premium pet food", "Pet treats", "Animal health"]  # fmt: skip
_REGIONS = ["the UK", "Ireland", "the Netherlands", "the US", "Europe", "Western Europe"]


class Blind213WorkFactory(WorkFactory):
    """Works of pet care and animal health: a subclass with its own random source, so no other pool changes."""

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

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 21301)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.org_years: list[tuple[str, str, set[str], int]] = []

    # ------------------------------------------------------------------ people and organisations
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
        if len(words) > 1 and words[0].islower():  # Dutch "van Leeuwen": the particle kept apart
            particle = []
            while len(words) > 1 and words[0].islower():
                particle.append(words.pop(0))
            return {"family": " ".join(words), "given": given, "non-dropping-particle": " ".join(particle)}
        if self.rng.random() < 0.06:
            family = f"{family}-{self.fakers['en_GB'].last_name()}"
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[30, 25, 17, 10, 7, 5, 3, 3][:most])[0]
        return [self.person() for _ in range(count)]

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1986, 2004)
        return self.rng.randint(2010, 2025)

    def accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        low = max(2023, issued[0] if issued else 2023)
        year = self.rng.randint(low, 2025)
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if issued and year == issued[0]:
            month = max(month, issued[1] if len(issued) > 1 else 1)
            day = max(day, issued[2] if len(issued) > 2 else 1)
        return {"date-parts": [[year, month, day]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]}: evidence from {self.rng.choice(_REGIONS)}",
                 f"{topic[0].upper()}{topic[1:]} and {other}", f"Understanding {topic} in companion animal practice",
                 f"Why {topic} matters to pet owners", f"{topic[0].upper()}{topic[1:]}: a mixed-methods study",
                 f"The marketing of {topic}", f"Owners, vets and {topic}", f"Rethinking {topic} after the pandemic"]  # fmt: skip
        return self.rng.choice(forms)

    def _doi(self) -> str:
        return f"10.{self.rng.choice(['1136', '1002', '1016', '1080', '3390', '3389'])}/{self.fakers['en_GB'].bothify('???.####.###').lower()}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "thesis", "conference", "regulator", "charity", "company", "annual-report",
             "market-research", "news", "social", "video", "podcast", "undated"],
            weights=[10, 5, 22, 3, 3, 9, 8, 8, 5, 8, 9, 3, 2, 2, 3],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org(self, table: list[tuple[str, set[str]]]) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(table)
        return name, set(tags)

    def _pair(self, family: str) -> tuple[str, set[str], int] | None:
        """Now and then an organisation of the same family already drawn, with its year: its second work of a year."""
        earlier = [entry for entry in self.org_years if entry[0] == family]
        if earlier and self.rng.random() < 0.15:
            _family, name, tags, year = self.rng.choice(earlier)
            return name, set(tags), year
        return None

    def _org_dated(self, record: dict[str, Any], kind: str, name: str, tags: set[str], family: str) -> Work:
        # One organisation's two works of a year ("Defra, 2024a" and "2024b") now and then.
        paired = self._pair(family) if "issued" in record else None
        if paired is not None:
            name, tags, year = paired
            record["issued"] = {"date-parts": [[year]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after([year])
            if "publisher" in record:
                record["publisher"] = name
        if "issued" in record:
            self.org_years.append((family, name, tags, record["issued"]["date-parts"][0][0]))
        return self._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "publisher": publisher, "publisher-place": place, "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3), "editor": self._people(2),
            "container-title": f"{self.rng.choice(['The Veterinary Business', 'Companion Animal Marketing', 'Pet Food Markets', 'Animal Health Economics', 'The Human-Animal Bond'])}: {self.rng.choice(['a handbook', 'principles and practice', 'global perspectives'])}",
            "publisher": publisher, "publisher-place": place, "issued": {"date-parts": [[self.year()]]},
            "page": f"{(p := self.rng.randint(3, 300))}-{p + self.rng.randint(8, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(5, 195)), "issue": str(self.rng.randint(1, 24)),
            "page": f"{(p := self.rng.randint(1, 900))}-{p + self.rng.randint(5, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["DOI"] = self._doi()
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": [self.person()],
            "genre": self.rng.choice(["PhD thesis", "MSc dissertation", "DBA thesis", "MRes thesis"]),
            "publisher": self.rng.choice(_UNIVERSITIES), "issued": {"date-parts": [[self.year()]]},
        }  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        year = self.year()
        event = self.rng.choice(["BSAVA Congress", "London Vet Show", "BCVA Congress", "Vet Ireland Show",
                                 "WSAVA World Congress", "Pet Food Forum Europe"])  # fmt: skip
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(3),
            "container-title": f"Proceedings of {event} {year}", "event-place": self.rng.choice(["Birmingham", "London", "Dublin", "Manchester"]),
            "issued": {"date-parts": [[year]]},
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _web_record(self, kind: str, title: str, dated: bool = True) -> dict[str, Any]:
        fake = self.fakers["en_GB"]
        record: dict[str, Any] = {
            "type": kind,
            "title": title,
            "URL": f"https://www.{fake.domain_word()}.co.uk/{fake.slug()}",
        }
        issued = None
        if dated:
            issued = [self.year()]
            record["issued"] = {"date-parts": [issued]}
        record["accessed"] = self.accessed_after(issued)
        return record

    def _regulator(self) -> Work:
        name, tags = self._org(_REGULATORS)
        titles = [f"Vets market investigation: {self.rng.choice(['provisional decision report', 'working paper', 'issues statement', 'remedies notice'])}",
                  "Code of professional conduct for veterinary surgeons", "Sales of veterinary antibiotics: annual report",
                  "Pet travel: rules for dogs, cats and ferrets", "Microchipping your cat: guidance for owners",
                  f"Guidance on {self.rng.choice(_TOPICS)}", "Survey of the veterinary profession",
                  f"Animal welfare: {self.rng.choice(_TOPICS)}", "Veterinary medicines: marketing authorisations"]  # fmt: skip
        record = self._web_record(self.rng.choice(["report", "webpage"]), self.rng.choice(titles))
        return self._org_dated(
            record, "report" if record["type"] == "report" else "web", name, tags | {"government"}, "regulator"
        )

    def _charity(self) -> Work:
        name, tags = self._org(_CHARITIES)
        titles = ["PDSA Animal Wellbeing (PAW) Report", "Pet population data", "Stray dogs survey",
                  "Annual report and accounts", "Breed registration statistics", "Pet Data Report",
                  "National Pet Owners Survey", "Cats and Their Stats (CATS) report", f"{self.rng.choice(_TOPICS).capitalize()}: our position",
                  "Rehoming in a cost-of-living crisis"]  # fmt: skip
        dated = self.rng.random() < 0.85
        record = self._web_record(self.rng.choice(["report", "webpage"]), self.rng.choice(titles), dated)
        return self._org_dated(record, "report" if record["type"] == "report" else "web", name, tags, "charity")

    def _company(self) -> Work:
        name, tags = self._org(_COMPANIES)
        titles = ["Our purpose", "About us", "Sustainability report", "Our brands", "Press release: results for the year",
                  "Pet care trends", "State of pet health report", "Investor presentation", "Careers in practice",
                  f"{self.rng.choice(_TOPICS).capitalize()}"]  # fmt: skip
        dated = self.rng.random() < 0.75
        record = self._web_record("webpage", self.rng.choice(titles), dated)
        return self._org_dated(record, "web", name, tags, "company")

    def _annual_report(self) -> Work:
        name, tags = self._org(_COMPANIES)
        record = self._web_record("report", self.rng.choice(["Annual report and accounts", "Annual report", "Integrated annual report",
                                                              "Form 10-K", "Annual report and financial statements"]))  # fmt: skip
        record["publisher"] = name
        return self._org_dated(record, "report", name, tags, "company")

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2016, 2025)
        paired = self._pair("research")  # a firm's second report of a year, its title written with that year
        if paired is not None:
            name, _tags, year = paired
        market, region = self.rng.choice(_MARKETS), self.rng.choice(_REGIONS)
        titles = [f"{market} - {region.removeprefix('the ')} - {self.rng.choice(['March', 'June', 'September', 'November'])} {year}",
                  f"{market} in {region}", f"{market} in {region}: market size and forecast",
                  f"U.S. {market.lower()} market outlook, {year}-{year + 5}", f"{market}: consumer trends {year}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "issued": {"date-parts": [[year]]},
                                  "URL": f"https://www.{name.split()[0].lower()}.com/{self.fakers['en_GB'].slug()}",
                                  "accessed": self.accessed_after([year])}  # fmt: skip
        self.org_years.append(("research", name, {"market-research"}, year))
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        fake = self.fakers["en_GB"]
        year = self.year()
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [issued]}, "URL": fake.url() + fake.uri_path(), "accessed": self.accessed_after(issued),
        }  # fmt: skip
        if self.rng.random() < 0.65:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _social(self) -> Work:
        name, tags = self._org(_COMPANIES + _CHARITIES)
        platform = self.rng.choice(["Instagram", "TikTok", "LinkedIn", "X", "Facebook"])
        year = self.rng.randint(2019, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "post", "title": f"{self.rng.choice(['Meet our vets', 'Crufts highlights', 'Adopt, don’t shop', 'Summer heat and dogs', 'Our new recipe'])} [{platform}]",
                                  "container-title": platform, "issued": {"date-parts": [issued]},
                                  "URL": f"https://www.{platform.lower()}.com/{fake_slug(self.rng)}", "accessed": self.accessed_after(issued)}  # fmt: skip
        return self._org_work(record, "social", name, tags)

    def _video(self) -> Work:
        name, tags = self._org(_COMPANIES + _CHARITIES)
        year = self.rng.randint(2015, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "motion_picture", "title": f"{self.rng.choice(_TOPICS).capitalize()} [video]",
                                  "container-title": "YouTube", "issued": {"date-parts": [issued]},
                                  "URL": f"https://www.youtube.com/watch?v={fake_slug(self.rng)}", "accessed": self.accessed_after(issued)}  # fmt: skip
        return self._org_work(record, "video", name, tags)

    def _podcast(self) -> Work:
        year = self.rng.randint(2018, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "broadcast", "title": f"{self.rng.choice(_TOPICS).capitalize()} [podcast]",
                                  "container-title": self.rng.choice(["The Vet Times Podcast", "VetX Podcast", "The Pet Business Podcast", "Dog Edition"]),
                                  "author": self._people(2), "issued": {"date-parts": [issued]},
                                  "URL": f"https://podcasts.apple.com/gb/podcast/{fake_slug(self.rng)}", "accessed": self.accessed_after(issued)}  # fmt: skip
        return self._person_work(record, "podcast")

    def _undated(self) -> Work:
        record = self._web_record("webpage", self._title(), dated=False)
        if self.rng.random() < 0.4:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self._org(self.rng.choice([_COMPANIES, _CHARITIES, _REGULATORS]))
        return self._org_work(record, "web", name, tags | {"undated"})


def fake_slug(rng: random.Random) -> str:
    return "".join(rng.choice("abcdefghijkmnopqrstuvwxyz0123456789") for _ in range(11))
