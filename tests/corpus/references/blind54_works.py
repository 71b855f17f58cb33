"""Works for the fifty-fourth held-out pool, "blind54": what mining, resources, energy-transition and agribusiness
marketers in South Africa and Australia cite in CIM Level 6 and 7 reports and MBA assignments.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a fifty-fourth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how these writers' reading
lists look: Resources Policy, The Extractive Industries and Society, Industrial Marketing Management and the South
African Journal of Business Management with one to eight authors, textbooks in their editions and chapters, the
Minerals Council South Africa, Stats SA, the ABS, Geoscience Australia, PwC's Mine, Wood Mackenzie, JSE and ASX
listed houses with plc, Ltd and Limited, government departments of both countries, web pages with and without access
dates, undated pages, theses, LinkedIn and YouTube posts, and names with particles (van der Merwe, du Plessis, Janse
van Rensburg), Zulu, Xhosa, Sotho, Tswana, Venda, Indian-South African, Greek-, Italian- and Vietnamese-Australian
names, accents and hyphens.
"""

# ruff: noqa: E501  (tables read best one to a line)
from __future__ import annotations

from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# (given, family, particle)
_AFRIKAANS = [("Pieter", "Merwe", "van der"), ("Annelie", "Plessis", "du"), ("Jaco", "Villiers", "de"),
              ("Marlize", "Roux", "le"), ("Hendrik", "Janse van Rensburg", ""), ("Riaan", "Coetzee", ""),
              ("Elmarie", "Botha", ""), ("Wynand", "Heerden", "van"), ("Carien", "Wet", "de"),
              ("Francois", "Toit", "du"), ("Liezl", "Westhuizen", "van der"), ("Gerhard", "Steyn", ""),
              ("Anri", "Schalkwyk", "van"), ("Jan-Hendrik", "Pretorius", ""), ("Ilse", "Kock", "de"),
              ("Theuns", "Grange", "la"), ("Mariëtte", "Nel", ""), ("André", "Smit", ""),
              ("Zandré", "Swanepoel", ""), ("Danie", "Bruyn", "de"), ("Lizé", "Engelbrecht", "")]  # fmt: skip
_AFRICAN = [("Thandeka", "Dlamini"), ("Sipho", "Ndlovu"), ("Nomvula", "Mthembu"), ("Lwazi", "Khumalo"),
            ("Ayanda", "Zungu"), ("Siyabonga", "Mkhize"), ("Lindiwe", "Nxumalo"), ("Zolani", "Mabandla"),
            ("Asanda", "Mgijima"), ("Luyanda", "Sotashe"), ("Thabo", "Mokoena"), ("Palesa", "Mofokeng"),
            ("Lerato", "Motaung"), ("Kagiso", "Molefe"), ("Boitumelo", "Seretse"), ("Tshepo", "Masilo"),
            ("Mpho", "Ramaphakela"), ("Rudzani", "Netshitenzhe"), ("Mashudu", "Ravele"), ("Khathu", "Mudau"),
            ("Ndivhuwo", "Tshivhase"), ("Onalenna", "Kgosietsile"), ("Refilwe", "Moloi"), ("Vusumuzi", "Shabalala")]  # fmt: skip
_INDIAN_SA = [("Kavitha", "Naidoo"), ("Pravin", "Pillay"), ("Shireen", "Moodley"), ("Yusuf", "Essack"),
              ("Deshni", "Govender"), ("Anand", "Reddy"), ("Fatima", "Cassim"), ("Nishan", "Singh"),
              ("Rookaya", "Ebrahim"), ("Vishal", "Maharaj")]  # fmt: skip
_AUSTRALIAN = [("Bronwyn", "McAllister"), ("Lachlan", "Fraser"), ("Kirsty", "O'Brien"), ("Mitchell", "Hargreaves"),
               ("Tegan", "Walsh"), ("Callum", "Richardson"), ("Jacinta", "Kennedy"), ("Brodie", "Thompson-Hall"),
               ("Georgia", "Papadopoulos"), ("Nikos", "Karamanlis"), ("Eleni", "Georgiou"), ("Stavros", "Christodoulou"),
               ("Giulia", "Lombardi"), ("Marco", "Rossi"), ("Francesca", "D'Angelo"), ("Luca", "Di Stefano"),
               ("Thi Huong", "Nguyễn"), ("Minh", "Trần"), ("Thanh", "Lê"), ("Quoc", "Phạm"), ("Linh", "Võ"),
               ("Warren", "Yunupingu"), ("Shannon", "Mununggurr"), ("Darren", "Walker-Ngarri"), ("Siobhan", "Ní Bhriain"),
               ("Chloé", "Béranger"), ("Søren", "Ødegaard"), ("Mei", "Zhang"), ("Rajesh", "Krishnamurthy")]  # fmt: skip

_JOURNALS = ["Resources Policy", "The Extractive Industries and Society", "Industrial Marketing Management",
             "South African Journal of Business Management", "Journal of Cleaner Production", "Energy Policy",
             "Mineral Economics", "Journal of Business Ethics", "Journal of Business & Industrial Marketing",
             "Agrekon", "Australian Journal of Agricultural and Resource Economics", "Journal of Wine Economics",
             "Business Strategy and the Environment", "Journal of the Southern African Institute of Mining and Metallurgy",
             "Australasian Marketing Journal", "Acta Commercii", "Corporate Communications: An International Journal"]  # fmt: skip
_TOPICS = ["social licence to operate", "B-BBEE procurement", "critical minerals", "green hydrogen", "lithium supply chains",
           "mine closure", "community trust", "ESG disclosure", "TCFD reporting", "load shedding", "renewable PPAs",
           "industrial buyer behaviour", "key account management", "investor relations", "platinum group metals",
           "coal phase-down", "just energy transition", "host communities", "water stewardship", "export citrus",
           "wine tourism", "agritech adoption", "cooperative branding", "trade show marketing", "Indigenous land use agreements",
           "tailings governance", "battery minerals", "mining equipment after-sales", "digital twins in mining",
           "sustainability reporting", "green steel", "carbon offsets"]  # fmt: skip
_PLACES = ["South Africa", "Australia", "the Western Cape", "the Pilbara", "Mpumalanga", "Queensland", "the Northern Cape",
           "Limpopo", "Western Australia", "the Bowen Basin", "the Bushveld Complex", "sub-Saharan Africa", "the Hunter Valley"]  # fmt: skip
_ORGS: list[tuple[str, set[str]]] = [
    ("Minerals Council South Africa", {"trade-body"}), ("Minerals Council of Australia", {"trade-body"}),
    ("Statistics South Africa", {"government"}), ("Stats SA", {"government", "abbreviation"}),
    ("Australian Bureau of Statistics", {"government"}), ("Geoscience Australia", {"government"}),
    ("PwC", {"company"}), ("PricewaterhouseCoopers", {"company"}), ("Wood Mackenzie", {"company"}),
    ("Anglo American plc", {"company"}), ("Anglo American Platinum Ltd", {"company"}), ("Sibanye-Stillwater", {"company", "hyphen"}),
    ("Exxaro Resources Ltd", {"company"}), ("Harmony Gold Mining Company Ltd", {"company"}), ("BHP Group Ltd", {"company"}),
    ("Rio Tinto", {"company"}), ("Fortescue Ltd", {"company"}), ("Northern Star Resources Ltd", {"company"}),
    ("Pilbara Minerals Ltd", {"company"}), ("South32 Ltd", {"company"}), ("Sasol Ltd", {"company"}),
    ("Eskom Holdings SOC Ltd", {"company"}), ("Distell Group Holdings Ltd", {"company"}), ("KWV", {"company"}),
    ("Wines of South Africa (WOSA)", {"abbreviation"}), ("Citrus Growers' Association of Southern Africa", {"apostrophe"}),
    ("Agri SA", {"trade-body"}), ("Grain SA", {"trade-body"}), ("McKinsey & Company", {"ampersand", "company"}),
    ("Deloitte", {"company"}), ("Ernst & Young", {"ampersand", "company"}), ("Johannesburg Stock Exchange (JSE)", {"abbreviation"}),
    ("ASX Ltd", {"company"}), ("Institute of Directors in Southern Africa (IoDSA)", {"abbreviation"}),
    ("Task Force on Climate-related Financial Disclosures", {"hyphen"}), ("International Energy Agency", {"government"}),
    ("CSIRO", {"government", "abbreviation"}), ("Presidential Climate Commission", {"government"}),
    ("Clean Energy Council", {"trade-body"}), ("Women in Mining South Africa (WiMSA)", {"abbreviation"}),
    ("Mining Indaba", {"company"}), ("Mining Weekly", {"press"}), ("Daily Maverick", {"press"}), ("BusinessDay", {"press"}),
    ("Australian Financial Review", {"press"}), ("Multotec (Pty) Ltd", {"company"}), ("Bell Equipment Ltd", {"company"}),
    ("Epiroc", {"company"}), ("Zest WEG Group", {"company"}), ("Land and Agricultural Development Bank of South Africa", {"government"}),
    ("Central Land Council", {"aboriginal"}), ("Yindjibarndi Aboriginal Corporation", {"aboriginal"}),
    ("Ngarluma Ngurra Aboriginal Corporation", {"aboriginal"}), ("Niche Mining's Editorial Team", {"apostrophe"}),
]  # fmt: skip
_GOV: list[tuple[str, str]] = [
    ("Department of Mineral Resources and Energy", "https://www.dmre.gov.za/"),
    ("Department of Forestry, Fisheries and the Environment", "https://www.dffe.gov.za/"),
    ("Department of Trade, Industry and Competition", "https://www.thedtic.gov.za/"),
    ("National Treasury", "https://www.treasury.gov.za/"),
    ("Department of Agriculture, Land Reform and Rural Development", "https://www.dalrrd.gov.za/"),
    ("Department of Industry, Science and Resources", "https://www.industry.gov.au/"),
    ("Department of Climate Change, Energy, the Environment and Water", "https://www.dcceew.gov.au/"),
    ("Government of Western Australia", "https://www.wa.gov.au/"),
    ("Queensland Government", "https://www.qld.gov.au/"),
    ("Austrade", "https://www.austrade.gov.au/"),
    ("Republic of South Africa", "https://www.gov.za/"),
]
_PUBLISHERS = [("Van Schaik", "Pretoria"), ("Juta", "Cape Town"), ("Oxford University Press Southern Africa", "Cape Town"),
               ("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Cengage", "Melbourne"), ("Wiley", "Milton, Qld"),
               ("Kogan Page", "London"), ("Wits University Press", "Johannesburg"), ("UCT Press", "Cape Town"),
               ("Allen & Unwin", "Sydney"), ("Tafelberg", "Cape Town"), ("Penguin Random House South Africa", "Johannesburg")]  # fmt: skip
_HOSTS = ["www.miningweekly.com", "www.dailymaverick.co.za", "www.businesslive.co.za", "www.afr.com", "www.mining.com",
          "www.engineeringnews.co.za", "www.linkedin.com/pulse", "www.youtube.com/watch", "www.australianmining.com.au",
          "www.farmersweekly.co.za", "www.wine.co.za", "www.news24.com"]  # fmt: skip


def _cap(text: str) -> str:
    """The first letter in capitals, the rest as written ("TCFD reporting" stays so)."""
    return text[:1].upper() + text[1:]


class Blind54WorkFactory(WorkFactory):
    """Works of South African and Australian resources, energy and agribusiness marketers: one seed, one corpus."""

    KINDS = ("book", "chapter", "journal", "report", "web", "thesis", "press", "video")
    _DRAWS = ("book", "chapter", "journal", "organisation-report", "organisation-web", "government", "web-person",
              "thesis", "press", "video", "undated-web", "market-research")  # fmt: skip
    _ASKED: ClassVar[dict[str, str]] = {"report": "organisation-report", "web": "organisation-web"}

    def make(self, kind: str | None = None) -> Work:
        if kind is None:
            kind = self.rng.choices(self._DRAWS, weights=[12, 6, 28, 12, 9, 8, 6, 3, 7, 3, 3, 5])[0]
        kind = self._ASKED.get(kind, kind)
        return getattr(self, "_b54_" + kind.replace("-", "_"))()

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.3:
            given, family, particle = self.rng.choice(_AFRIKAANS)
            name = {"family": family, "given": given}
            if particle:
                name["non-dropping-particle"] = particle
            return name
        if roll < 0.55:
            given, family = self.rng.choice(_AFRICAN)
        elif roll < 0.68:
            given, family = self.rng.choice(_INDIAN_SA)
        else:
            given, family = self.rng.choice(_AUSTRALIAN)
        if self.rng.random() < 0.05:
            family = f"{family}-{self.rng.choice(['Smith', 'Nkosi', 'Botha', 'Jones'])}"
        return {"family": family, "given": given}

    def _b54_people(self, most: int) -> list[dict[str, Any]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, Any]] = []
        while len(people) < count:
            one = self.person()
            if one not in people:
                people.append(one)
        return people

    def _b54_title(self) -> str:
        topic, other, place = self.rng.choice(_TOPICS), self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        forms = [
            f"{_cap(topic)} in {place}: evidence from {self.rng.randint(6, 60)} firms",
            f"Rethinking {topic}: lessons from {place}",
            f"{_cap(topic)} and {other} in {place}",
            f"Does {topic} pay? {_cap(other)} and firm value on the {self.rng.choice(['JSE', 'ASX'])}",
            f"Beyond compliance: {topic} in {place}",
            f"The marketing of {topic}",
            f"{_cap(topic)}: a stakeholder perspective",
            f"From pit to port: {topic} in {place}",
            f"Who trusts the miners? {_cap(topic)} in {place}",
        ]
        return self.rng.choice(forms)

    def _b54_year(self) -> int:
        return self.rng.choices([self.rng.randint(1994, 2012), self.rng.randint(2013, 2024)], weights=[3, 7])[0]

    def _b54_accessed(self, year: int | None) -> dict[str, list[list[int]]]:
        low = max(2023, year or 2023)
        return {"date-parts": [[self.rng.randint(low, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _b54_url(self) -> str:
        slug = "-".join(self.rng.choice(_TOPICS).replace("-", " ").split()).lower()
        return f"https://{self.rng.choice(_HOSTS)}/{slug}-{self.rng.randint(100, 99999)}"

    # ------------------------------------------------------------------ works
    def _b54_book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._b54_title(), "author": self._b54_people(4),
                                  "issued": {"date-parts": [[self._b54_year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _b54_chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._b54_title(), "author": self._b54_people(3),
            "editor": self._b54_people(2), "container-title": f"The Routledge handbook of {self.rng.choice(_TOPICS)}",
            "issued": {"date-parts": [[self._b54_year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _b54_journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._b54_title(), "author": self._b54_people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self._b54_year()]]},
            "volume": str(self.rng.randint(1, 95)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/j.{self.rng.choice(['resourpol', 'exis', 'indmarman', 'sajbm'])}.{self.rng.randint(2010, 2024)}.{self.rng.randint(100, 999999)}"
            )
        return self._person_work(record, "journal")

    def _b54_organisation_report(self) -> Work:
        name, tags = self.rng.choice(_ORGS)
        year = self._b54_year()
        title = self.rng.choice([f"Integrated annual report {year}", f"Sustainability report {year}", f"ESG data book {year}",
                                 f"Climate change report {year}", f"Facts and figures {year}", self._b54_title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0], "publisher-place": self.rng.choice(["Johannesburg", "Perth", "Melbourne", "Cape Town", "Brisbane"])}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._b54_url()
            if self.rng.random() < 0.9:
                record["accessed"] = self._b54_accessed(year)
        return self._org_work(record, "report", name, tags)

    def _b54_organisation_web(self) -> Work:
        name, tags = self.rng.choice(_ORGS)
        record: dict[str, Any] = {"type": "webpage", "title": self._b54_title(), "URL": self._b54_url()}
        year = self._b54_year() if self.rng.random() < 0.85 else None
        if year:
            record["issued"] = {"date-parts": [[year]]}
        if self.rng.random() < 0.85:
            record["accessed"] = self._b54_accessed(year)
        return self._org_work(record, "web", name, tags)

    def _b54_undated_web(self) -> Work:
        name, tags = self.rng.choice(_ORGS)
        record: dict[str, Any] = {"type": "webpage", "title": self._b54_title(), "URL": self._b54_url(),
                                  "accessed": self._b54_accessed(None)}  # fmt: skip
        return self._org_work(record, "web", name, tags | {"no-date"})

    def _b54_government(self) -> Work:
        name, site = self.rng.choice(_GOV)
        year = self._b54_year()
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._b54_title(),
                                  "issued": {"date-parts": [[year]]}, "URL": f"{site}{self.rng.choice(['publications', 'documents', 'media'])}/{self.rng.randint(1000, 9999)}"}  # fmt: skip
        if self.rng.random() < 0.9:
            record["accessed"] = self._b54_accessed(year)
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _b54_web_person(self) -> Work:
        year = self._b54_year()
        record: dict[str, Any] = {"type": "webpage", "title": self._b54_title(), "author": self._b54_people(2),
                                  "issued": {"date-parts": [[year]]}, "URL": self._b54_url()}  # fmt: skip
        if self.rng.random() < 0.8:
            record["accessed"] = self._b54_accessed(year)
        return self._person_work(record, "web")

    def _b54_press(self) -> Work:
        year = max(self._b54_year(), 2010)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._b54_title(), "author": self._b54_people(2),
                                  "container-title": self.rng.choice(["Mining Weekly", "Daily Maverick", "BusinessDay", "Australian Financial Review", "Farmer's Weekly", "Engineering News"]),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._b54_url()
            record["accessed"] = {
                "date-parts": [
                    [self.rng.randint(max(year, 2023), 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
                ]
            }
            if record["accessed"]["date-parts"][0][:1] == [year]:
                record["accessed"]["date-parts"][0][1] = 12
                record["accessed"]["date-parts"][0][2] = 29
        return self._person_work(record, "press")

    def _b54_video(self) -> Work:
        year = max(self._b54_year(), 2012)
        record: dict[str, Any] = {"type": "motion_picture", "title": self._b54_title(), "author": self._b54_people(1),
                                  "issued": {"date-parts": [[year]]}, "URL": self._b54_url(), "accessed": self._b54_accessed(year),
                                  "medium": self.rng.choice(["YouTube", "LinkedIn", "Vimeo"])}  # fmt: skip
        return self._person_work(record, "video")

    def _b54_thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self._b54_title(), "author": self._b54_people(1),
                                  "issued": {"date-parts": [[self._b54_year()]]}, "genre": self.rng.choice(["MBA dissertation", "MPhil dissertation", "PhD thesis"]),
                                  "publisher": self.rng.choice(["University of Pretoria", "University of Cape Town", "University of the Witwatersrand", "Stellenbosch University", "UNSW Sydney", "Curtin University", "The University of Queensland"])}  # fmt: skip
        return self._person_work(record, "thesis")

    def _b54_market_research(self) -> Work:
        name = self.rng.choice(["Wood Mackenzie", "S&P Global Market Intelligence", "BloombergNEF", "Euromonitor International",
                                "Fitch Solutions", "IBISWorld", "GlobalData", "Statista", "BMI"])  # fmt: skip
        year = self._b54_year() if self.rng.random() < 0.9 else None
        record: dict[str, Any] = {"type": "report", "title": f"{_cap(self.rng.choice(_TOPICS))} outlook: {self.rng.choice(_PLACES)} to 20{self.rng.randint(30, 50)}",
                                  "publisher": name, "URL": self._b54_url(), "accessed": self._b54_accessed(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, "report", name, {"market-research"} | ({"ampersand"} if "&" in name else set()))
