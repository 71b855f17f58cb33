"""The blind324 pool's works: what marketers at veterinary groups, pet insurers, animal-health and pet-food brands,
animal charities and pet-care platforms in the UK, Ireland, the Netherlands, Belgium, Australia and New Zealand cite
in CIM Level 6 and 7 reports and MBA assignments. Written without reading the checker, its tests or any other pool.

Books, chapters and veterinary, anthrozoology, services and marketing journals with one to eight authors; reports and
pages of governments and public bodies (CMA, Defra, the VMD, APHA, DAFM, the NVWA, the ABS, MPI, the European
Commission), with and without their abbreviation and two of one body in a year; firms' pages and annual reports
(plc, Ltd, B.V., N.V., Pty Ltd, Limited, Inc., SAS); the press signed and unsigned; market research; undated pages.
Names as the region prints them: Dutch "van", "van den", "de" kept apart as particles, Flemish "De" and "Van" as part
of the surname, Irish "O'" and "Mac", Māori names with macrons, British Asian, Australian and New Zealand names.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IE", "nl_NL", "nl_BE", "en_AU", "en_AU", "en_NZ"]
# Names as they are printed on papers from the region (family, given, particle or "").
_NAMES = [
    ("Berg", "Lotte", "van den"), ("Dijk", "Thijs", "van"), ("Vries", "Sanne", "de"), ("Heuvel", "Joost", "van den"),
    ("Leeuwen", "Marieke", "van"), ("Graaf", "Pieter", "de"), ("Wal", "Femke", "van der"), ("Jong", "Bram", "de"),
    ("De Smet", "Lieselot", ""), ("Van Damme", "Wouter", ""), ("De Backer", "Els", ""), ("Vandenberghe", "Jens", ""),
    ("Peeters", "Annelies", ""), ("Claes", "Joris", ""), ("O'Sullivan", "Aoife", ""), ("O'Neill", "Cian", ""),
    ("MacNamara", "Orla", ""), ("Mac Giolla Phádraig", "Seán", ""), ("Ó Súilleabháin", "Niamh", ""),
    ("McCarthy", "Ciarán", ""), ("Ní Fhlatharta", "Caoimhe", ""), ("Te Huia", "Aroha", ""), ("Tāwhai", "Rāwiri", ""),
    ("Pōmare", "Mereana", ""), ("Ngata", "Hēmi", ""), ("Whaanga", "Kiri", ""), ("Patel", "Priya", ""),
    ("Chaudhry", "Imran", ""), ("Sandhu", "Harpreet", ""), ("Begum", "Nasreen", ""), ("Mistry", "Ravi", ""),
    ("Kaur", "Simran", ""), ("Nguyen", "Linh", ""), ("Kowalski", "Marta", ""), ("Tamura", "Kenji", ""),
]  # fmt: skip
_JOURNALS = ["Veterinary Record", "Journal of Small Animal Practice", "Preventive Veterinary Medicine", "Anthrozoös",
             "Journal of Veterinary Medical Education", "Journal of Service Research", "Journal of Consumer Behaviour",
             "Journal of Marketing Management", "Animals", "Irish Veterinary Journal", "Australian Veterinary Journal",
             "New Zealand Veterinary Journal", "Tijdschrift voor Diergeneeskunde", "Vlaams Diergeneeskundig Tijdschrift",
             "Journal of Services Marketing", "European Journal of Marketing"]  # fmt: skip
_PUBLISHERS = ["Wiley-Blackwell", "CABI", "Routledge", "Elsevier", "Pearson", "Kogan Page", "SAGE", "Palgrave Macmillan",
               "5m Publishing", "Oxford University Press", "CRC Press", "Butterworth-Heinemann"]  # fmt: skip
_TOPICS = ["pet health plans", "practice consolidation", "client trust in veterinary care", "pet insurance uptake",
           "premium pet food", "subscription pet food", "the pandemic puppy boom", "responsible dog ownership",
           "veterinary fees", "client communication", "telehealth for pets", "rehoming and adoption",
           "antimicrobial stewardship", "preventive parasite control", "brachycephalic breeds", "the human-animal bond",
           "pet ownership and wellbeing", "online pet pharmacies", "charity fundraising", "corporate veterinary groups",
           "pet-owner loyalty", "cat owners' visit frequency", "raw feeding", "insect-based pet food",
           "vet nurse retention", "price transparency", "social media and pet brands", "pet influencers"]  # fmt: skip
_TITLE_FORMS = ["{T}: evidence from {where}", "Understanding {T} among {who}", "{T} and client loyalty in {where}",
                "Why owners choose {T}", "A review of {T}", "{T} in small animal practice",
                "Marketing {T}: a services perspective", "Owner attitudes to {T} in {where}",
                "{T} after the pandemic", "The economics of {T}", "Trust, price and {T}"]  # fmt: skip
_WHERE = ["the UK", "Ireland", "the Netherlands", "Flanders", "Australia", "New Zealand", "England", "Scotland",
          "Europe", "Aotearoa New Zealand"]  # fmt: skip
_WHO = ["dog owners", "cat owners", "first-time owners", "veterinary clients", "millennial pet owners",
        "rural clients", "farm clients", "vet nurses"]  # fmt: skip
_CLASSICS = [  # the marketing texts every candidate cites: (authors, title, publisher, years)
    ([("Kotler", "Philip", ""), ("Keller", "Kevin Lane", "")], "Marketing management", "Pearson", (2016, 2022)),
    ([("Kotler", "Philip", ""), ("Armstrong", "Gary", "")], "Principles of marketing", "Pearson", (2018, 2021)),
    ([("Chaffey", "Dave", ""), ("Ellis-Chadwick", "Fiona", "")], "Digital marketing: strategy, implementation and practice", "Pearson", (2019, 2022)),
    ([("Zeithaml", "Valarie A.", ""), ("Bitner", "Mary Jo", ""), ("Gremler", "Dwayne D.", "")], "Services marketing: integrating customer focus across the firm", "McGraw-Hill", (2018, 2020)),
    ([("Sharp", "Byron", "")], "How brands grow: what marketers don't know", "Oxford University Press", (2010, 2010)),
    ([("Lovelock", "Christopher", ""), ("Wirtz", "Jochen", "")], "Services marketing: people, technology, strategy", "Pearson", (2016, 2021)),
    ([("Aaker", "David A.", "")], "Building strong brands", "Free Press", (1996, 1996)),
    ([("Jobber", "David", ""), ("Ellis-Chadwick", "Fiona", "")], "Principles and practice of marketing", "McGraw-Hill", (2019, 2023)),
    ([("Johnson", "Gerry", ""), ("Whittington", "Richard", ""), ("Regnér", "Patrick", ""), ("Angwin", "Duncan", ""), ("Scholes", "Kevan", "")], "Exploring strategy", "Pearson", (2017, 2020)),
    ([("Ryan", "Damian", "")], "Understanding digital marketing", "Kogan Page", (2020, 2023)),
]  # fmt: skip
# Public bodies as candidates cite them, with and without their abbreviation: (name, URL stem).
_GOVERNMENT = [
    ("Competition and Markets Authority", "https://www.gov.uk/cma-cases"),
    ("Competition and Markets Authority (CMA)", "https://www.gov.uk/cma-cases"),
    ("Department for Environment, Food & Rural Affairs", "https://www.gov.uk/government/publications"),
    ("Department for Environment, Food and Rural Affairs (Defra)", "https://www.gov.uk/government/publications"),
    ("Veterinary Medicines Directorate", "https://www.gov.uk/government/publications"),
    ("Veterinary Medicines Directorate (VMD)", "https://www.gov.uk/government/publications"),
    ("Animal and Plant Health Agency", "https://www.gov.uk/government/organisations/animal-and-plant-health-agency"),
    ("Animal and Plant Health Agency (APHA)", "https://www.gov.uk/government/organisations/animal-and-plant-health-agency"),
    ("Department of Agriculture, Food and the Marine", "https://www.gov.ie/en/publication"),
    ("Department of Agriculture, Food and the Marine (DAFM)", "https://www.gov.ie/en/publication"),
    ("Nederlandse Voedsel- en Warenautoriteit (NVWA)", "https://www.nvwa.nl/documenten"),
    ("Netherlands Food and Consumer Product Safety Authority", "https://english.nvwa.nl/documents"),
    ("Australian Bureau of Statistics", "https://www.abs.gov.au/statistics"),
    ("Australian Bureau of Statistics (ABS)", "https://www.abs.gov.au/statistics"),
    ("Ministry for Primary Industries", "https://www.mpi.govt.nz/dmsdocument"),
    ("Ministry for Primary Industries (MPI)", "https://www.mpi.govt.nz/dmsdocument"),
    ("European Commission", "https://food.ec.europa.eu/animals"),
    ("Scottish Government", "https://www.gov.scot/publications"),
]  # fmt: skip
_GOV_TITLES = ["Veterinary services market for pets: {kind}", "Pet welfare and ownership statistics {yr}",
               "Sales of veterinary antibiotics for animals in the UK {yr}", "Code of practice for the welfare of dogs",
               "Responsible pet ownership: guidance for owners", "Animal welfare strategy {yr} to {yr2}",
               "Pet travel: rules and controls", "Household pet ownership, {yr}", "Review of the pet food supply chain",
               "Dog control and welfare: consultation outcome", "Surveillance report: notifiable diseases in animals {yr}",
               "Annual report and accounts {yr} to {yr2}", "Companion animal welfare: evidence review"]  # fmt: skip
# Firms, charities and trade bodies: (name, tags, web stem).
_FIRMS = [
    ("CVS Group plc", {"company"}, "https://www.cvsukltd.co.uk"), ("Pets at Home Group plc", {"company"}, "https://investors.petsathome.com"),
    ("Pets at Home Group Plc", {"company"}, "https://investors.petsathome.com"), ("IVC Evidensia", {"company"}, "https://ivcevidensia.com"),
    ("IVC Evidensia B.V.", {"company"}, "https://ivcevidensia.com"), ("Zoetis Inc.", {"company"}, "https://www.zoetis.com"),
    ("Mars, Incorporated", {"company", "comma"}, "https://www.mars.com"), ("Royal Canin SAS", {"company"}, "https://www.royalcanin.com"),
    ("Greencross Limited", {"company"}, "https://www.greencrosspets.com.au"), ("ManyPets Ltd", {"company"}, "https://manypets.com"),
    ("Medivet Group Ltd", {"company"}, "https://www.medivet.co.uk"), ("Linnaeus Group", {"company"}, "https://www.linnaeusgroup.co.uk"),
    ("VetPartners", {"company"}, "https://vetpartners.co.uk"), ("Bought By Many Ltd", {"company"}, "https://boughtbymany.com"),
    ("Allianz Insurance plc", {"company"}, "https://www.allianz.co.uk"), ("Butternut Box", {"company"}, "https://butternutbox.com"),
    ("Lily's Kitchen", {"company", "apostrophe"}, "https://www.lilyskitchen.co.uk"), ("Tails.com", {"company"}, "https://tails.com"),
    ("Hill's Pet Nutrition", {"company", "apostrophe"}, "https://www.hillspet.co.uk"),
    ("Boehringer Ingelheim Animal Health", {"company"}, "https://www.boehringer-ingelheim.com"),
    ("Rover", {"company"}, "https://www.rover.com"),
    ("Greencross Vets Pty Ltd", {"company"}, "https://www.greencrossvets.com.au"), ("Petbarn Pty Ltd", {"company"}, "https://www.petbarn.com.au"),
    ("Animates NZ Holdings Limited", {"company"}, "https://www.animates.co.nz"), ("Jumbo Supermarkten B.V.", {"company"}, "https://www.jumbo.com"),
    ("Ahold Delhaize N.V.", {"company"}, "https://www.aholddelhaize.com"), ("Zooplus SE", {"company"}, "https://www.zooplus.co.uk"),
    ("PDSA", {"charity", "acronym"}, "https://www.pdsa.org.uk"), ("People's Dispensary for Sick Animals (PDSA)", {"charity", "apostrophe", "abbreviation"}, "https://www.pdsa.org.uk"),
    ("RSPCA", {"charity", "acronym"}, "https://www.rspca.org.uk"), ("Dogs Trust", {"charity"}, "https://www.dogstrust.org.uk"),
    ("Blue Cross", {"charity"}, "https://www.bluecross.org.uk"), ("Battersea Dogs & Cats Home", {"charity", "ampersand"}, "https://www.battersea.org.uk"),
    ("Cats Protection", {"charity"}, "https://www.cats.org.uk"), ("ISPCA", {"charity", "acronym"}, "https://www.ispca.ie"),
    ("Dierenbescherming", {"charity"}, "https://www.dierenbescherming.nl"), ("RSPCA Australia", {"charity"}, "https://www.rspca.org.au"),
    ("SPCA New Zealand", {"charity"}, "https://www.spca.nz"),
    ("British Veterinary Association", {"trade-body"}, "https://www.bva.co.uk"), ("British Veterinary Association (BVA)", {"trade-body", "abbreviation"}, "https://www.bva.co.uk"),
    ("Royal College of Veterinary Surgeons", {"trade-body"}, "https://www.rcvs.org.uk"), ("Royal College of Veterinary Surgeons (RCVS)", {"trade-body", "abbreviation"}, "https://www.rcvs.org.uk"),
    ("British Small Animal Veterinary Association (BSAVA)", {"trade-body", "abbreviation"}, "https://www.bsava.com"),
    ("Veterinary Council of Ireland", {"trade-body"}, "https://www.vci.ie"), ("Australian Veterinary Association", {"trade-body"}, "https://www.ava.com.au"),
    ("New Zealand Veterinary Association", {"trade-body"}, "https://nzva.org.nz"), ("Association of British Insurers", {"trade-body"}, "https://www.abi.org.uk"),
    ("Pet Industry Federation", {"trade-body"}, "https://petindustry.co.uk"),
    ("Animal Health Ireland", {"trade-body"}, "https://animalhealthireland.ie"), ("NOAH", {"trade-body", "acronym"}, "https://www.noah.co.uk"),
]  # fmt: skip
_FIRM_TITLES = ["Annual report and accounts {yr}", "Annual report {yr}", "Our health plans explained", "About us",
                "Sustainability report {yr}", "PAW Report {yr}", "Pet Care Plan: what is included",
                "Preliminary results for the year ended {yr}", "Our purpose and values", "Pet insurance claims data {yr}",
                "Why we joined the family: our story", "Responsible pet food sourcing", "Vet fees explained",
                "Strategy update: the pet care ecosystem", "Impact report {yr}", "State of pet health {yr}"]  # fmt: skip
_PRESS = ["The Guardian", "The Times", "The Irish Times", "NRC", "The Sydney Morning Herald", "Stuff", "Vet Times",
          "Veterinary Practice", "Pet Gazette", "Pet Business World", "BBC News", "RTÉ News", "Financial Times",
          "The Australian Financial Review", "Marketing Week", "Campaign"]  # fmt: skip
_PRESS_TITLES = ["Vet bills soar as corporate chains buy up practices", "CMA widens probe into vet prices",
                 "Pet insurance premiums rise for a third year", "Why owners are switching to fresh dog food",
                 "Rehoming charities stretched as pandemic pets are given up", "Pets at Home says vet arm drives growth",
                 "IVC Evidensia plans further European deals", "Inside the subscription boom in pet food",
                 "Vet shortage leaves rural clients waiting", "Dogs Trust campaign targets impulse buyers",
                 "Butternut Box raises new funding to fuel expansion", "Greencross sold in private equity deal",
                 "Dierenartsenketens nemen praktijken over", "Price transparency: what vets must show clients",
                 "Insurers and vets clash over direct claims"]  # fmt: skip
_MARKET = ["UK Pet Food", "UK Pet Food (PFMA)", "Mintel", "Euromonitor International", "Statista", "Kantar", "YouGov",
           "Animal Medicines Australia", "GfK", "IBISWorld"]  # fmt: skip
_MARKET_SITES = {"UK Pet Food": "https://www.ukpetfood.org/information-centre", "Mintel": "https://store.mintel.com/report",
                 "Euromonitor International": "https://www.euromonitor.com", "Statista": "https://www.statista.com/statistics",
                 "Kantar": "https://www.kantar.com/uki/inspiration", "YouGov": "https://yougov.co.uk/topics",
                 "Animal Medicines Australia": "https://animalmedicinesaustralia.org.au/report", "GfK": "https://www.gfk.com/insights",
                 "IBISWorld": "https://www.ibisworld.com/industry"}  # fmt: skip
_MARKET_TITLES = ["Pet population data {yr}", "Pet care - UK - {month} {yr}", "Pet food in the United Kingdom",
                  "Pets and their owners - Ireland - {yr}", "Pet insurance - UK - {month} {yr}",
                  "Number of pet-owning households in the Netherlands {yr}", "Pets in Australia: a national survey of pets and people",
                  "Pet care in New Zealand", "Dog food market share in the UK, by brand", "Pet ownership tracker {yr}",
                  "Vet services - UK - {month} {yr}"]  # fmt: skip


class Blind324WorkFactory(WorkFactory):
    """The blind324 pool's works (see the module's docstring). A subclass, so the other halves are unchanged."""

    KINDS = ("book", "chapter", "journal", "report", "web", "news")

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 324)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.bodies: list[tuple[str, set[str], str, int]] = []  # dated organisation works, for a second of a year

    # ------------------------------------------------------------------ people
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
        if len(words) > 1 and words[0].islower():  # Dutch "van der Meer": the particle apart
            particle = []
            while len(words) > 1 and words[0].islower():
                particle.append(words.pop(0))
            return {"family": " ".join(words), "given": given, "non-dropping-particle": " ".join(particle)}
        if self.rng.random() < 0.06:
            family = f"{family}-{self.fakers['en_GB'].last_name()}"
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.04:
            return self.rng.randint(1986, 2005)
        return self.rng.randint(2012, 2025)

    def _accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        low = max(2022, year or 2022)
        return {
            "date-parts": [[self.rng.randint(low, max(low, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]]
        }

    def _title(self) -> str:
        form = self.rng.choice(_TITLE_FORMS)
        title = form.format(T=self.rng.choice(_TOPICS), where=self.rng.choice(_WHERE), who=self.rng.choice(_WHO))
        return title[0].upper() + title[1:]

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "classic", "chapter", "journal", "government", "firm", "firm-report", "press", "market", "web-person"],
            weights=[8, 7, 6, 24, 12, 12, 8, 10, 9, 4],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "book", "title": self._title(), "author": self._people(4), "publisher": self.rng.choice(_PUBLISHERS),
            "publisher-place": self.rng.choice(["London", "Oxford", "Chichester", "Wallingford", "Abingdon", "Sheffield"]),
            "issued": {"date-parts": [[year]]},
        }  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _classic(self) -> Work:
        authors, title, publisher, years = self.rng.choice(_CLASSICS)
        year = self.rng.choice(sorted(set(years)))
        record: dict[str, Any] = {
            "type": "book", "title": title, "publisher": publisher, "publisher-place": "London",
            "author": [dict({"family": f, "given": g}, **({"non-dropping-particle": p} if p else {})) for f, g, p in authors],
            "issued": {"date-parts": [[year]]},
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["edition"] = str(self.rng.randint(3, 17))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3), "editor": self._people(2),
            "container-title": f"{self.rng.choice(['Veterinary practice management', 'The business of veterinary medicine', 'Companion animal welfare', 'Services marketing in practice', 'Pets and people'])}",
            "publisher": self.rng.choice(_PUBLISHERS), "publisher-place": self.rng.choice(["London", "Oxford", "Wallingford"]),
            "page": f"{(first := self.rng.randint(1, 300))}-{first + self.rng.randint(8, 30)}",
            "issued": {"date-parts": [[self.year()]]},
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        first = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "volume": str(self.rng.randint(5, 195)),
            "issue": str(self.rng.randint(1, 12)), "page": f"{first}-{first + self.rng.randint(6, 20)}",
            "issued": {"date-parts": [[self.year()]]},
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _web_person(self) -> Work:
        year = self.year() if self.rng.random() < 0.75 else None
        record: dict[str, Any] = {
            "type": "webpage", "title": self._title(), "author": self._people(2),
            "container-title": self.rng.choice(["VetSurgeon.org", "Vet Help Direct", "LinkedIn", "Medium", "BVA Voice"]),
            "URL": f"https://{self.fakers['en_GB'].domain_name()}/{self.fakers['en_GB'].slug()}",
            "accessed": self._accessed_after(year),
        }  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._person_work(record, "web")

    def _body_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same body in the same year as an earlier work ("CMA, 2024a" and "2024b").
        if self.bodies and "issued" in record and self.rng.random() < 0.15:
            name, tags, _stem, year = self.rng.choice(self.bodies)
            record["issued"] = {"date-parts": [[year]]}
            record["accessed"] = self._accessed_after(year) if "accessed" in record else record.get("accessed")
            if record.get("accessed") is None:
                record.pop("accessed", None)
        if "issued" in record:
            self.bodies.append((name, tags, "", record["issued"]["date-parts"][0][0]))
        return self._org_work(record, kind, name, tags)

    def _government(self) -> Work:
        name, stem = self.rng.choice(_GOVERNMENT)
        year = self.year()
        if year < 2010:
            year += 15
        title = self.rng.choice(_GOV_TITLES).format(
            kind=self.rng.choice(
                ["final report", "provisional decision report", "remedies working paper", "issues statement"]
            ),
            yr=year,
            yr2=year + 1,
        )
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "report", "webpage"]), "title": title, "publisher": name.split(" (")[0],
            "issued": {"date-parts": [[year]]}, "URL": f"{stem}/{self.fakers['en_GB'].slug()}",
            "accessed": self._accessed_after(year),
        }  # fmt: skip
        return self._body_work(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _firm(self) -> Work:
        name, tags, stem = self.rng.choice(_FIRMS)
        year = self.year() if self.rng.random() < 0.7 else None
        record: dict[str, Any] = {
            "type": "webpage", "title": self.rng.choice(_FIRM_TITLES).format(yr=year or 2024),
            "URL": f"{stem}/{self.fakers['en_GB'].slug()}", "accessed": self._accessed_after(year),
        }  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._body_work(record, "web", name, set(tags) | ({"undated"} if year is None else set()))

    def _firm_report(self) -> Work:
        name, tags, stem = self.rng.choice(_FIRMS)
        year = self.rng.randint(2016, 2025)
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice(_FIRM_TITLES).format(yr=year), "publisher": name,
            "issued": {"date-parts": [[year]]}, "URL": f"{stem}/media/{self.fakers['en_GB'].slug()}.pdf",
            "accessed": self._accessed_after(year),
        }  # fmt: skip
        if self.rng.random() < 0.3:  # a printed annual report, no URL
            record.pop("URL")
            record.pop("accessed")
        return self._body_work(record, "report", name, set(tags))

    def _press(self) -> Work:
        year = self.rng.randint(2015, 2025)
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self.rng.choice(_PRESS_TITLES), "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.{paper.lower().replace(' ', '').replace('é', 'e')}.com/{self.fakers['en_GB'].slug()}",
            "accessed": self._accessed_after(year),
        }  # fmt: skip
        issued = record["issued"]["date-parts"][0]
        accessed = record["accessed"]["date-parts"][0]
        if accessed < issued:  # read the day it came out or later that year
            record["accessed"] = {"date-parts": [[year, 12, 28]]}
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _market(self) -> Work:
        name = self.rng.choice(_MARKET)
        year = self.rng.randint(2016, 2025) if self.rng.random() < 0.88 else None
        title = self.rng.choice(_MARKET_TITLES).format(
            yr=year or 2024, month=self.rng.choice(["March", "June", "October"])
        )
        record: dict[str, Any] = {
            "type": "report", "title": title, "publisher": name.split(" (")[0],
            "URL": f"{_MARKET_SITES[name.split(' (')[0]]}/{self.fakers['en_GB'].slug()}",
            "accessed": self._accessed_after(year),
        }  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
            return self._body_work(record, "report", name, {"market-research"})
        return self._org_work(record, "report", name, {"market-research", "undated"})
