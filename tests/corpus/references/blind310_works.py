"""The blind310 pool's works: what marketers at zoos, aquariums, safari parks, wildlife sanctuaries, conservation
charities, nature-documentary producers and eco-tour operators in the UK, Ireland, Germany, the Netherlands,
Australia, Singapore and South Africa cite in CIM Level 6 and 7 reports and MBA assignments.

Books, chapters and journal articles with one to eight authors (Zoo Biology, Tourism Management, Journal of
Sustainable Tourism, Visitor Studies, Nonprofit and Voluntary Sector Quarterly, International Journal of Nonprofit
and Voluntary Sector Marketing, Journal of Ecotourism, Environmental Education Research), the marketing texts every
candidate cites, reports of governments and public bodies (Defra, Natural England, NatureScot, the Charity
Commission, ALVA, BIAZA, EAZA, the IUCN, CITES, VisitBritain) with and without their abbreviation, charities' and
firms' pages and annual reports with plc, Ltd, CIC, gGmbH and "Trust", the press signed and unsigned and market
research with and without years. Names as the region's scholars and journals print them: Dutch and Afrikaans
particles kept apart ("van der Merwe", "de Boer", "du Plessis"), German umlauts and "ß", Zulu and Xhosa surnames,
Singaporean Chinese surnames first ("Tan", "Lim") and Malay names by the father's name, Irish "Ó" and "Ní".
Written without reading the checker, its tests or any other pool.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "report", "web", "news")

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_GB", "en_AU", "de_DE", "nl_NL"]
# (particle, family, given) as Dutch and Afrikaans names are printed: the particle lower case and apart.
_PARTICLE_NAMES = [
    ("van der", "Merwe", "Johan"), ("van der", "Westhuizen", "Anri"), ("du", "Plessis", "Marelize"),
    ("du", "Toit", "Pieter"), ("le", "Roux", "Elmarie"), ("de", "Villiers", "Hendrik"), ("van", "Wyk", "Charlene"),
    ("van", "Zyl", "Riaan"), ("van", "Dijk", "Sanne"), ("de", "Boer", "Maarten"), ("van der", "Meer", "Ilse"),
    ("van den", "Berg", "Joost"), ("de", "Vries", "Femke"), ("van", "Leeuwen", "Thijs"), ("ter", "Horst", "Anouk"),
    ("van 't", "Hof", "Bram"),
]  # fmt: skip
_SOUTH_AFRICAN = [("Botha", "Liezl"), ("Pretorius", "Wynand"), ("Steyn", "Annelie"), ("Nel", "Francois"),
                  ("Dlamini", "Thandeka"), ("Ndlovu", "Sipho"), ("Khumalo", "Nomvula"), ("Mthembu", "Bongani"),
                  ("Nkosi", "Lindiwe"), ("Zungu", "Mandla"), ("Mahlangu", "Precious"), ("Mbeki", "Zukiswa"),
                  ("Ngcobo", "Sibusiso"), ("Mqhayi", "Lwazi"), ("Matshikiza", "Ayanda"), ("Sisulu", "Nandipha"),
                  ("Xaba", "Nokuthula"), ("Magwaza", "Themba")]  # fmt: skip
_SINGAPOREAN = [("Tan", "Wei Ling"), ("Lim", "Boon Heng"), ("Ng", "Hui Min"), ("Goh", "Kok Wai"), ("Chua", "Mei Xuan"),
                ("Teo", "Jun Jie"), ("Ong", "Siew Ling"), ("Koh", "Li Ting"), ("Wong", "Kah Seng"), ("Lee", "Xin Yi"),
                ("Ismail", "Nur Aisyah"), ("Abdullah", "Muhammad Hafiz"), ("Rahman", "Siti Nurhaliza"),
                ("Osman", "Farid"), ("Hassan", "Nurul Huda"), ("Yusof", "Aminah")]  # fmt: skip
_IRISH = [("Ó Súilleabháin", "Cian"), ("Ní Bhriain", "Aoife"), ("Ó Briain", "Seán"), ("Mac Cárthaigh", "Donncha"),
          ("Ní Mhurchú", "Siobhán"), ("O'Sullivan", "Niamh"), ("McCarthy", "Ciarán"), ("O'Brien", "Orla"),
          ("Ó Néill", "Pádraig")]  # fmt: skip
_GERMAN = [("Müller", "Jürgen"), ("Schäfer", "Katrin"), ("Weiß", "Lukas"), ("Groß", "Annika"), ("Böhm", "Tobias"),
           ("Köhler", "Miriam"), ("Hoffmann", "Jan"), ("Krüger", "Lena"), ("Jäger", "Florian")]  # fmt: skip

# Who these candidates cite when no person is named: public bodies, trade and zoo associations, zoos, charities,
# firms and research houses (with "&", apostrophes, abbreviations, plc, Ltd, CIC, gGmbH and Trust).
_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("Department for Environment, Food & Rural Affairs", {"government", "ampersand", "comma"}),
    ("Department for Environment, Food & Rural Affairs (Defra)", {"government", "ampersand", "comma", "abbreviation"}),
    ("Defra", {"government", "acronym"}), ("Natural England", {"government"}), ("NatureScot", {"government"}),
    ("Charity Commission for England and Wales", {"government"}), ("The Charity Commission", {"government"}),
    ("Association of Leading Visitor Attractions (ALVA)", {"trade-body", "abbreviation"}),
    ("Association of Leading Visitor Attractions", {"trade-body"}),
    ("British and Irish Association of Zoos and Aquariums (BIAZA)", {"trade-body", "abbreviation"}),
    ("BIAZA", {"trade-body", "acronym"}),
    ("European Association of Zoos and Aquaria (EAZA)", {"trade-body", "abbreviation"}),
    ("International Union for Conservation of Nature (IUCN)", {"abbreviation"}), ("IUCN", {"acronym"}),
    ("CITES Secretariat", {"government"}), ("VisitBritain", {"government"}), ("VisitBritain/VisitEngland", {"government", "slash"}),
    ("Fáilte Ireland", {"government"}), ("Tourism Australia", {"government"}), ("Singapore Tourism Board", {"government"}),
    ("South African National Parks (SANParks)", {"government", "abbreviation"}),
    ("Merlin Entertainments plc", {"company"}), ("Merlin Entertainments Ltd", {"company"}),
    ("Zoological Society of London", {"charity"}), ("Zoological Society of London (ZSL)", {"charity", "abbreviation"}),
    ("ZSL", {"charity", "acronym"}), ("North of England Zoological Society", {"charity"}),
    ("Royal Zoological Society of Scotland", {"charity"}), ("Royal Zoological Society of Scotland (RZSS)", {"charity", "abbreviation"}),
    ("Longleat Enterprises Ltd", {"company"}), ("Mandai Wildlife Group", {"company"}),
    ("Zoologischer Garten Berlin AG", {"company"}), ("Zoo Osnabrück gGmbH", {"company"}),
    ("Wild Shores Tours CIC", {"company"}), ("Durrell Wildlife Conservation Trust", {"charity", "trust"}),
    ("Wildfowl & Wetlands Trust", {"charity", "ampersand", "trust"}), ("Fauna & Flora", {"charity", "ampersand"}),
    ("People's Trust for Endangered Species", {"charity", "apostrophe", "trust"}),
    ("Zoological Society of Ireland", {"charity"}), ("Fota Wildlife Park", {"charity"}),
    ("Taronga Conservation Society Australia", {"charity"}), ("Born Free Foundation", {"charity"}),
    ("WWF-UK", {"charity", "hyphen"}), ("WWF", {"charity", "acronym"}),
    ("Royal Society for the Protection of Birds (RSPB)", {"charity", "abbreviation"}), ("RSPB", {"charity", "acronym"}),
    ("The Deep", {"charity"}), ("BBC Studios", {"company"}), ("Natura Artis Magistra", {"company"}),
    ("Diergaarde Blijdorp", {"company"}), ("Zoo and Aquarium Association Australasia", {"trade-body"}),
    ("National Council for Voluntary Organisations (NCVO)", {"trade-body", "abbreviation"}),
    ("Chartered Institute of Fundraising", {"trade-body"}), ("Fundraising Regulator", {"government"}),
]  # fmt: skip
_GOVERNMENT = ["Department for Environment, Food & Rural Affairs", "Department for Environment, Food & Rural Affairs (Defra)",
               "Defra", "Natural England", "NatureScot", "Charity Commission for England and Wales",
               "Department for Culture, Media & Sport", "VisitBritain", "Fáilte Ireland", "Scottish Government",
               "Office for National Statistics", "Department of Agriculture, Water and the Environment",
               "Bundesamt für Naturschutz"]  # fmt: skip
_MARKET_RESEARCH = ["Mintel", "Statista", "YouGov", "Kantar", "Euromonitor International"]
_PRESS = ["The Guardian", "BBC News", "The Times", "The Irish Times", "Der Tagesspiegel", "The Straits Times",
          "Attractions Management", "Third Sector"]  # fmt: skip
_JOURNALS = ["Zoo Biology", "Tourism Management", "Journal of Sustainable Tourism", "Visitor Studies",
             "Nonprofit and Voluntary Sector Quarterly",
             "International Journal of Nonprofit and Voluntary Sector Marketing", "Journal of Ecotourism",
             "Environmental Education Research", "Tourism Management Perspectives", "Current Issues in Tourism",
             "Journal of Marketing Management", "Journal of Philanthropy and Marketing"]  # fmt: skip
_TOPICS = ["zoo visitor experience", "annual membership", "animal adoption schemes", "legacy giving",
           "conservation messaging", "wildlife tourism", "captive breeding", "animal welfare perceptions",
           "aquarium visitors", "safari park pricing", "donor retention", "charity trust", "Gift Aid",
           "flagship species", "ecotourism certification", "nature documentaries", "zoo ethics",
           "social media and zoos", "keeper talks", "visitor learning", "dynamic pricing at attractions",
           "volunteer tourism", "sustainable souvenirs", "immersive exhibits", "crowdfunding for conservation"]  # fmt: skip
_CLASSICS: list[tuple[list[tuple[str, str]], str, str, int, str | None]] = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Chernev", "Alexander")], "Marketing management", "Pearson", 2022, "16"),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing: strategy, implementation and practice", "Pearson", 2019, "7"),
    ([("Sargeant", "Adrian"), ("Jay", "Elaine")], "Fundraising management: analysis, planning and practice", "Routledge", 2014, "3"),
    ([("Middleton", "Victor T.C."), ("Fyall", "Alan"), ("Morgan", "Michael"), ("Ranchhod", "Ashok")], "Marketing in travel and tourism", "Butterworth-Heinemann", 2009, "4"),
    ([("Kotler", "Philip"), ("Bowen", "John T."), ("Baloglu", "Seyhmus")], "Marketing for hospitality and tourism", "Pearson", 2021, "8"),
    ([("Ryan", "Damian")], "Understanding digital marketing: a complete guide to engaging customers", "Kogan Page", 2020, "5"),
    ([("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], "Principles and practice of marketing", "McGraw-Hill", 2023, "10"),
    ([("Hosey", "Geoff"), ("Melfi", "Vicky"), ("Pankhurst", "Sheila")], "Zoo animals: behaviour, management, and welfare", "Oxford University Press", 2013, "2"),
    ([("Andreasen", "Alan R."), ("Kotler", "Philip")], "Strategic marketing for nonprofit organizations", "Pearson", 2008, "7"),
    ([("Pine", "B. Joseph"), ("Gilmore", "James H.")], "The experience economy", "Harvard Business Review Press", 2019, None),
]  # fmt: skip


class Blind310WorkFactory(WorkFactory):
    """Works for the blind310 pool, from its own random source so the other pools are unchanged."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 310)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.dated_organisations: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.12:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.24:
            family, given = self.rng.choice(_SOUTH_AFRICAN)
        elif roll < 0.36:
            family, given = self.rng.choice(_SINGAPOREAN)
        elif roll < 0.44:
            family, given = self.rng.choice(_IRISH)
        elif roll < 0.52:
            family, given = self.rng.choice(_GERMAN)
        else:
            fake = self.fakers[self.rng.choice(_LOCALES)]
            family, given = fake.last_name(), fake.first_name()
            words = family.split()
            if len(words) > 1 and words[0].islower():  # Faker's Dutch "van Dam": the particle apart
                return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
            if self.rng.random() < 0.06:
                family = f"{family}-{self.fakers['en_GB'].last_name()}"
        return {"family": family, "given": given.replace("-", " ")}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.04:
            return self.rng.randint(1986, 1999)
        return self.rng.randint(2005, 2025)

    def _accessed_after(self, record: dict[str, Any]) -> dict[str, list[list[int]]]:
        issued = record.get("issued", {"date-parts": [[2022]]})["date-parts"][0]
        year = self.rng.randint(max(2022, issued[0]), 2025)
        month = self.rng.randint(issued[1] if year == issued[0] and len(issued) > 1 else 1, 12)
        low = issued[2] if year == issued[0] and len(issued) > 2 and month == issued[1] else 1
        return {"date-parts": [[year, month, self.rng.randint(low, 28)]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice([t for t in _TOPICS if t != topic])
        place = self.rng.choice(["UK", "British", "Irish", "German", "Dutch", "Australian", "Singaporean",
                                 "South African", "European"])  # fmt: skip
        forms = [
            f"{topic[0].upper()}{topic[1:]}: evidence from {place} zoos",
            f"The role of {topic} in {other}",
            f"{topic[0].upper()}{topic[1:]} and {other} at {place} visitor attractions",
            f"Rethinking {topic} after the pandemic",
            f"Can {topic} change visitor behaviour?",
            f"{topic[0].upper()}{topic[1:]} in {place} wildlife charities",
            f"From entertainment to conservation: {topic} in modern zoos",
        ]
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "organisation-web", "organisation-report", "government", "market-research",
             "web-person", "news"],
            weights=[12, 6, 24, 16, 11, 8, 8, 5, 10],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then one body's second work of the same year ("BIAZA, 2023a" and "2023b").
        if self.dated_organisations and "issued" in record and kind != "news" and self.rng.random() < 0.12:
            name, tags, issued = self.rng.choice(self.dated_organisations)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record)
        if "issued" in record:
            self.dated_organisations.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        if self.rng.random() < 0.3:
            people, title, publisher, year, edition = self.rng.choice(_CLASSICS)
            record: dict[str, Any] = {"type": "book", "title": title,
                                      "author": [{"family": f, "given": g} for f, g in people],
                                      "issued": {"date-parts": [[year]]}, "publisher": publisher,
                                      "publisher-place": self.rng.choice(["Harlow", "London", "Abingdon", "Oxford"])}  # fmt: skip
            if edition:
                record["edition"] = edition
            return self._person_work(record, "book")
        record = {
            "type": "book", "title": self._title(), "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "CABI", "Channel View Publications", "Goodfellow Publishers",
                                          "Springer", "Palgrave Macmillan", "Wiley-Blackwell", "Cambridge University Press"]),
            "publisher-place": self.rng.choice(["Abingdon", "Wallingford", "Bristol", "Oxford", "Cham", "London", "Cambridge"]),
        }  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 5))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The Routledge handbook of wildlife tourism", "Zoos and aquariums in the 21st century",
                                                "Nonprofit marketing in practice", "Ecotourism and conservation in Africa",
                                                "Visitor attractions management", "Wildlife documentaries and their audiences"]),
            "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "CABI", "Springer", "Channel View Publications"]),
            "publisher-place": self.rng.choice(["Abingdon", "Wallingford", "Cham", "Bristol"]),
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(8, 24)}",
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["DOI"] = (
                f"10.{self.rng.choice(['1002', '1080', '1016', '1177'])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(10000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _web_person(self) -> Work:
        fake = self.fakers["en_GB"]
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "URL": f"https://{fake.domain_name()}/{fake.slug()}"}  # fmt: skip
        if self.rng.random() < 0.8:
            record["issued"] = {"date-parts": [[self.year()]]}
        record["accessed"] = self._accessed_after(record)
        return self._person_work(record, "web")

    def _organisation_web(self) -> Work:
        name, tags = self.organisation()
        fake = self.fakers["en_GB"]
        record: dict[str, Any] = {
            "type": "webpage", "URL": f"https://www.{fake.domain_word()}.org.uk/{fake.slug()}",
            "title": self.rng.choice([self._title(), "Adopt an animal", "Become a member", "Our conservation work",
                                      "Plan your visit", "Leave a gift in your will", "Our impact",
                                      f"{self.rng.choice(['Tiger', 'Red panda', 'Penguin', 'Okapi', 'Pangolin'])} conservation"]),
        }  # fmt: skip
        if self.rng.random() < 0.72:
            record["issued"] = {"date-parts": [[self.year()]]}
        record["accessed"] = self._accessed_after(record)
        return self._org_work(record, "web", name, tags if "issued" in record else tags | {"undated"})

    def _organisation_report(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0],
            "title": self.rng.choice([f"Annual report and financial statements {year - 1}/{str(year)[2:]}",
                                      f"Impact report {year}", f"Trustees' report and accounts {year}",
                                      f"Conservation strategy {year}-{year + 5}", self._title()]),
            "publisher-place": self.rng.choice(["London", "Chester", "Edinburgh", "Dublin", "Berlin", "Sydney",
                                                "Singapore", "Gland", "Geneva", "Bristol"]),
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = f"https://www.{self.fakers['en_GB'].domain_word()}.org/{self.fakers['en_GB'].slug()}.pdf"
            record["accessed"] = self._accessed_after(record)
        if self.rng.random() < 0.12:
            record.pop("issued")
            record["title"] = self._title()
        return self._org_work(record, "report", name, tags)

    def _government(self) -> Work:
        name = self.rng.choice(_GOVERNMENT)
        fake = self.fakers["en_GB"]
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]), "title": self._title(),
            "issued": {"date-parts": [[self.year()]]}, "URL": f"https://www.gov.uk/government/publications/{fake.slug()}",
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record)
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_MARKET_RESEARCH)
        year = self.year() if self.rng.random() < 0.85 else None
        market = self.rng.choice(["Visitor attractions", "Days out", "Zoos and wildlife parks", "Charitable giving",
                                  "Leisure attractions", "Eco-tourism", "Pet and wildlife media"])  # fmt: skip
        country = self.rng.choice(["the UK", "Ireland", "Germany", "Australia", "Singapore", "South Africa"])
        record: dict[str, Any] = {
            "type": "report", "publisher": name, "accessed": {"date-parts": [[2024, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "title": self.rng.choice([f"{market} - {country.removeprefix('the ')} - {self.rng.choice(['March', 'July', 'November'])} {year or 2023}",
                                      f"Number of visitors to zoos in {country} {year or 2023}",
                                      f"{market} in {country.removeprefix('the ')}: market report", f"{market}: consumer attitudes {year or 2024}"]),
            "URL": f"https://www.{name.split()[0].lower()}.com/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
            record["accessed"] = self._accessed_after(record)
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        fake = self.fakers["en_GB"]
        year = self.rng.randint(2008, 2025)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.{fake.domain_word()}.com/{fake.slug()}",
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record)
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})
