"""The blind363 pool's works: what marketers at pet-food brands, pet shops and online pet retailers, veterinary
groups, pet insurers and dog-walking and pet-sitting apps in the UK, Ireland, France, Poland, Thailand and New
Zealand cite in CIM Level 6 and 7 reports and MBA assignments written in English.

Written without reading the checker, its tests or any other pool. Textbooks and their chapters, journal articles
on pet ownership, premiumisation, subscriptions, trust in vets and pricing (one to eight authors), trade bodies and
animal-welfare charities, regulators and governments, firms' annual reports and press pages, research firms, trade
press, signed and unsigned news and undated web pages; names as this region's scholars and journals print them.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IE", "fr_FR", "fr_FR", "pl_PL", "pl_PL", "en_NZ", "th_TH"]
# Names as English-language journals print them: Thai names romanised, Māori names with macrons, Irish names in
# Irish, Polish and French names with their letters (family name, given name).
_NAMES = [
    ("Srisuk", "Nattapong"), ("Wongsawat", "Kanokwan"), ("Chaiyasit", "Pimchanok"), ("Suksawang", "Thanawat"),
    ("Rattanakorn", "Siriporn"), ("Boonmee", "Apichart"), ("Phongphaew", "Warunee"), ("Thongchai", "Jirayu"),
    ("Ngata", "Aroha"), ("Te Awa", "Hēmi"), ("Pōmare", "Mere"), ("Tūhiwai", "Rāwiri"), ("Parata", "Kiri"),
    ("Ó Súilleabháin", "Siobhán"), ("Ní Bhriain", "Aoife"), ("Mac Giolla Phádraig", "Cian"), ("Ó Ceallaigh", "Pádraig"),
    ("Wójcik", "Małgorzata"), ("Łukasik", "Jędrzej"), ("Dąbrowska", "Żaneta"), ("Szczepański", "Michał"),
    ("Kaczmarek-Nowak", "Agnieszka"), ("Lefèvre", "Hélène"), ("Bézier", "Amélie"), ("Rousseau-Dubois", "Thibault"),
    ("O'Sullivan", "Ciara"), ("McCarthy", "Niamh"), ("Fitzgerald", "Eoin"), ("Walsh", "Orla"),
]  # fmt: skip
_PARTICLE_NAMES = [("de", "Villiers", "Anaïs"), ("du", "Pont", "Mathilde"), ("le", "Goff", "Yann"),
                   ("van", "der Merwe", "Pieter"), ("de la", "Fontaine", "Claire")]  # fmt: skip
# Who these candidates cite when no person is named (name, tags, web address).
_TRADE = [
    ("UK Pet Food", {"trade-body"}), ("Pet Food Manufacturers' Association (PFMA)", {"trade-body", "apostrophe", "abbreviation"}),
    ("FEDIAF", {"trade-body", "acronym"}), ("European Pet Food Industry Federation (FEDIAF)", {"trade-body", "abbreviation"}),
    ("Pet Industry Federation", {"trade-body"}), ("British Veterinary Association (BVA)", {"trade-body", "abbreviation"}),
    ("BVA", {"trade-body", "acronym"}), ("Royal College of Veterinary Surgeons", {"trade-body"}),
    ("RCVS", {"trade-body", "acronym"}), ("Veterinary Ireland", {"trade-body"}),
    ("New Zealand Veterinary Association (NZVA)", {"trade-body", "abbreviation"}), ("Companion Animals New Zealand", {"trade-body"}),
    ("Association of British Insurers", {"trade-body"}), ("The Kennel Club", {"trade-body"}),
    ("Facco", {"trade-body"}), ("Polska Izba Handlu Zoologicznego", {"trade-body"}),
]  # fmt: skip
_CHARITIES = [
    ("PDSA", {"charity", "acronym"}), ("People's Dispensary for Sick Animals (PDSA)", {"charity", "apostrophe", "abbreviation"}),
    ("RSPCA", {"charity", "acronym"}), ("Dogs Trust", {"charity"}), ("Battersea Dogs & Cats Home", {"charity", "ampersand"}),
    ("Cats Protection", {"charity"}), ("Blue Cross", {"charity"}), ("ISPCA", {"charity", "acronym"}),
    ("Dogs Trust Ireland", {"charity"}), ("SPCA New Zealand", {"charity"}), ("Soi Dog Foundation", {"charity"}),
    ("Fondation 30 Millions d'Amis", {"charity", "apostrophe"}), ("SPA", {"charity", "acronym"}),
]  # fmt: skip
_GOVERNMENT = [
    ("Competition and Markets Authority", {"government"}), ("Competition and Markets Authority (CMA)", {"government", "abbreviation"}),
    ("CMA", {"government", "acronym"}), ("Department for Environment, Food & Rural Affairs", {"government", "comma", "ampersand"}),
    ("Defra", {"government"}), ("Office for National Statistics", {"government"}), ("Financial Conduct Authority", {"government"}),
    ("Department of Agriculture, Food and the Marine", {"government", "comma"}), ("Central Statistics Office", {"government"}),
    ("Competition and Consumer Protection Commission", {"government"}), ("Ministry for Primary Industries", {"government"}),
    ("Stats NZ", {"government"}), ("Commerce Commission", {"government"}), ("INSEE", {"government", "acronym"}),
    ("Główny Urząd Statystyczny (GUS)", {"government", "abbreviation"}), ("UOKiK", {"government", "acronym"}),
    ("National Statistical Office of Thailand", {"government"}), ("Department of Livestock Development", {"government"}),
    ("Scottish Government", {"government"}), ("European Commission", {"government"}),
]  # fmt: skip
_FIRMS = [
    ("Pets at Home Group Plc", {"company"}), ("Pets at Home", {"company"}), ("CVS Group plc", {"company"}),
    ("IVC Evidensia", {"company"}), ("Medivet", {"company"}), ("Mars Petcare", {"company"}),
    ("Nestlé Purina PetCare", {"company"}), ("Lily's Kitchen", {"company", "apostrophe"}), ("Butternut Box", {"company"}),
    ("tails.com", {"company"}), ("Petplan", {"company"}), ("ManyPets", {"company"}), ("Animal Friends Insurance", {"company"}),
    ("Rover", {"company"}), ("BorrowMyDoggy", {"company"}), ("Zooplus SE", {"company"}), ("Maxi Zoo", {"company"}),
    ("Animalis", {"company"}), ("Kakadu", {"company"}), ("Pet Lovers Centre", {"company"}), ("Animates", {"company"}),
    ("Petmania", {"company"}), ("Jollyes", {"company"}), ("Hill's Pet Nutrition", {"company", "apostrophe"}),
    ("Royal Canin", {"company"}), ("Jollyes & Co", {"company", "ampersand"}), ("Vets4Pets", {"company"}),
]  # fmt: skip
_RESEARCH = ["Mintel", "Euromonitor International", "Statista", "Kantar", "YouGov", "GfK", "IBISWorld", "NielsenIQ",
             "Grand View Research", "Mordor Intelligence", "Packaged Facts"]  # fmt: skip
_PRESS = ["Pet Gazette", "PetQuip News", "Pet Business World", "Petfood Industry", "Vet Times", "The Grocer", "Retail Gazette",
          "Marketing Week", "Campaign", "The Irish Times", "Le Monde", "Bangkok Post", "The Nation Thailand",
          "NZ Herald", "Stuff", "Rzeczpospolita", "Notes from Poland", "The Guardian", "BBC News", "Financial Times"]  # fmt: skip
_JOURNALS = ["Anthrozoös", "Journal of Consumer Behaviour", "Journal of Marketing Management", "Journal of Business Research",
             "Psychology & Marketing", "Journal of Retailing and Consumer Services", "Veterinary Record",
             "Journal of Small Animal Practice", "Animals", "Society & Animals", "European Journal of Marketing",
             "Journal of Services Marketing", "Journal of Product & Brand Management", "Recherche et Applications en Marketing",
             "Australasian Marketing Journal", "New Zealand Veterinary Journal", "Irish Veterinary Journal",
             "Journal of Pricing Strategy and Practice"]  # fmt: skip
_TOPICS = ["pet ownership", "pet humanisation", "premium pet food", "subscription pet food", "trust in vets",
           "veterinary pricing", "pet insurance", "the pandemic puppy boom", "dog-walking apps", "pet-sitting platforms",
           "fresh and raw feeding", "grain-free diets", "pet parenting", "cat owners' loyalty", "corporate vet groups",
           "insect-based pet food", "online pet retail", "pet health plans", "the cost of owning a dog",
           "price transparency in veterinary care", "premiumisation", "pet wellbeing", "Gen Z pet owners"]  # fmt: skip
_BOOKS = [("Marketing management", "Pearson"), ("Principles of marketing", "Pearson"), ("Consumer behaviour", "Pearson"),
          ("Services marketing: people, technology, strategy", "World Scientific"), ("Marketing: an introduction", "Pearson"),
          ("Digital marketing", "Pearson"), ("Strategic brand management", "Pearson"), ("Pricing strategy", "Routledge"),
          ("Retail marketing management", "Kogan Page"), ("Consumer behaviour: buying, having, and being", "Pearson"),
          ("Marketing strategy", "Cengage"), ("Exploring strategy", "Pearson")]  # fmt: skip


class Blind363WorkFactory(WorkFactory):
    """Works cited by pet-care marketers in six countries: a subclass with its own random source."""

    KINDS = ("book", "chapter", "journal", "trade-body", "charity", "government", "company-report", "press-page",
             "market-research", "trade-press", "news", "web", "undated-web")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 363)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.dated_orgs: list[tuple[str, set[str], dict[str, Any]]] = []

    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.3:
            family, given = self.rng.choice(_NAMES)
            return {"family": family, "given": given}
        if roll < 0.36:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        locale = self.rng.choice(_LOCALES)
        if locale == "th_TH":
            locale = "en_GB"
        fake = self.fakers[locale]
        family, given = fake.last_name(), fake.first_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():
            return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        return {"family": family, "given": given}

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1975, 2005)  # classics: Kotler, Zeithaml
        return self.rng.randint(2010, 2025)

    def accessed_after(self, issued: int | None) -> dict[str, list[list[int]]]:
        low = 2023 if issued is None else max(2023, issued + 1)
        return {
            "date-parts": [[self.rng.randint(low, max(low, 2026)), self.rng.randint(1, 12), self.rng.randint(1, 28)]]
        }

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        market = self.rng.choice(["UK", "Irish", "French", "Polish", "Thai", "New Zealand", "European"])
        forms = [f"{topic[0].upper()}{topic[1:]} and {other}: evidence from {market} owners",
                 f"What {topic} means for {market} pet owners", f"{topic[0].upper()}{topic[1:]}: a review",
                 f"The state of {topic} in Europe", f"Understanding {topic} in the {market} market",
                 f"From owner to pet parent: {topic} and {other}", f"{topic[0].upper()}{topic[1:]} after the pandemic"]  # fmt: skip
        return self.rng.choice(forms)

    def _url(self) -> str:
        fake = self.fakers["en_GB"]
        return fake.url() + fake.uri_path()

    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.KINDS), weights=[10, 5, 22, 7, 8, 8, 6, 4, 9, 6, 6, 5, 4])[0]
        work: Work = getattr(self, "_k_" + kind.replace("-", "_"))()
        work.kind = kind
        return work

    # ---------------------------------------------------------------- people's works
    def _k_book(self) -> Work:
        title, publisher = self.rng.choice(_BOOKS)
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": self.rng.choice(["Harlow", "London", "Abingdon", "Boston", "Hoboken"])}  # fmt: skip
        if self.rng.random() < 0.5:
            record["edition"] = str(self.rng.randint(2, 17))
        return self._person_work(record, "book")

    def _k_chapter(self) -> Work:
        start = self.rng.randint(1, 400)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["The Routledge companion to pets and society", "Handbook of consumer behaviour and animals",
                                                "The Palgrave handbook of services marketing", "Marketing in the pet economy"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "Palgrave Macmillan", "Edward Elgar"]),
            "publisher-place": self.rng.choice(["Abingdon", "Cham", "Cheltenham"]), "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _k_journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 70)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{start}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _k_web(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(), "accessed": self.accessed_after(year)}  # fmt: skip
        return self._person_work(record, "web")

    def _k_news(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(), "accessed": self.accessed_after(year),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org(record, "news", record["container-title"], {"press", "unsigned"})

    def _k_trade_press(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-magazine", "title": self._title(),
            "container-title": self.rng.choice(["Pet Gazette", "PetQuip News", "Pet Business World", "Petfood Industry", "Vet Times", "The Grocer"]),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12)]]}, "URL": self._url(), "accessed": self.accessed_after(year),
        }  # fmt: skip
        record["author"] = self._people(2)
        return self._person_work(record, "trade-press")

    # ---------------------------------------------------------------- organisations' works
    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then a second work of one organisation in one year ("PDSA, 2024a" and "2024b").
        if self.dated_orgs and "issued" in record and kind != "news" and self.rng.random() < 0.15:
            name, tags, issued = self.rng.choice(self.dated_orgs)
            old, new = record["issued"]["date-parts"][0][0], issued["date-parts"][0][0]
            record["title"] = record["title"].replace(str(old), str(new))  # "Annual report 2021" follows its year
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(issued["date-parts"][0][0])
        if "issued" in record:
            self.dated_orgs.append((name, tags, record["issued"]))
        if record.get("type") == "report" and "publisher" not in record:
            record["publisher"] = name.split(" (")[0]
        return self._org_work(record, kind, name, tags)

    def _org_record(self, kind: str, dated: float, title: str, web: bool) -> dict[str, Any]:
        record: dict[str, Any] = {"type": "webpage" if web else "report", "title": title}
        year = self.year() if self.rng.random() < dated else None
        if year is not None:
            record["issued"] = {"date-parts": [[year]]}
        if web or self.rng.random() < 0.7:
            record["URL"] = self._url()
            record["accessed"] = self.accessed_after(year)
        return record

    def _k_trade_body(self) -> Work:
        name, tags = self.rng.choice(_TRADE)
        title = self.rng.choice(["Pet population data", "Annual review", self._title(),
                                 "Facts and figures", "Code of practice for pet food labelling"])  # fmt: skip
        return self._org(
            self._org_record("trade-body", 0.85, title, self.rng.random() < 0.5), "trade-body", name, set(tags)
        )

    def _k_charity(self) -> Work:
        name, tags = self.rng.choice(_CHARITIES)
        title = self.rng.choice(["PDSA Animal Wellbeing (PAW) Report", "Cats and Their Stats (CATS) report", "Dog adoption: what to expect",
                                 "Annual review", self._title(), "The cost of owning a pet"])  # fmt: skip
        if (title.startswith("PDSA") and "PDSA" not in name) or (
            title.startswith("Cats and") and name != "Cats Protection"
        ):
            title = self._title()
        return self._org(self._org_record("charity", 0.8, title, self.rng.random() < 0.5), "charity", name, set(tags))

    def _k_government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        title = self.rng.choice(["Veterinary services market for pets: provisional decision report", "Review of veterinary services for household pets",
                                 "Animal welfare strategy", "Household survey: pets", "Family Resources Survey", self._title(),
                                 "Code of practice for the welfare of dogs", "Guidance on pet food labelling"])  # fmt: skip
        return self._org(
            self._org_record("government", 0.9, title, self.rng.random() < 0.5), "government", name, set(tags)
        )

    def _k_company_report(self) -> Work:
        name, tags = self.rng.choice(_FIRMS)
        year = self.year()
        title = self.rng.choice([f"Annual report and accounts {year}", f"Sustainability report {year}", f"Annual report {year}",
                                 "Pet Care Report", self._title()])  # fmt: skip
        record = self._org_record("company-report", 1.0, title, False)
        record["issued"] = {"date-parts": [[year]]}
        if "accessed" in record:
            record["accessed"] = self.accessed_after(year)
        return self._org(record, "company-report", name, set(tags))

    def _k_press_page(self) -> Work:
        name, tags = self.rng.choice(_FIRMS)
        record = self._org_record(
            "press-page",
            0.75,
            self.rng.choice(["About us", "Our story", "Press centre", "Newsroom", self._title()]),
            True,
        )
        return self._org(record, "press-page", name, set(tags))

    def _k_market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        market = self.rng.choice(
            ["Pet food", "Pet care", "Pet insurance", "Veterinary services", "Pet retail", "Pet accessories"]
        )
        country = self.rng.choice(["UK", "Ireland", "France", "Poland", "Thailand", "New Zealand", "Europe"])
        year = self.year()
        title = self.rng.choice([f"{market} - {country} - {self.rng.choice(['March', 'July', 'November'])} {year}",
                                 f"{market} in {country}", f"{country}: {market.lower()} market size and forecast to 2030",
                                 f"Number of dog-owning households in {country}, {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name, "URL": self._url(),
                                  "accessed": self.accessed_after(year), "issued": {"date-parts": [[year]]}}  # fmt: skip
        if self.rng.random() < 0.08:
            record.pop("issued")
            record["accessed"] = self.accessed_after(None)
        return self._org(record, "market-research", name, {"market-research"})

    def _k_undated_web(self) -> Work:
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self._title(),
            "URL": self._url(),
            "accessed": self.accessed_after(None),
        }
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            return self._person_work(record, "undated-web")
        name, tags = self.rng.choice(self.rng.choice([_CHARITIES, _FIRMS, _TRADE]))
        return self._org(record, "undated-web", name, set(tags) | {"undated"})
