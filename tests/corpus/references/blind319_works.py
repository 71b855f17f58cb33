"""The blind319 pool's works: what marketers at surf brands, surf schools, wave pools, beach resorts and coastal
tourism boards in Hawaii, California, Cornwall and Devon, Portugal, the Basque coast, Morocco, Bali and Australia cite.

Written without reading the checker, its tests or any other pool. Books, chapters and tourism, leisure, sport and
marketing journals with one to eight authors; tourism authorities, state departments, NOAA, councils and national
statistics offices (with and without their abbreviation, two works of one body in a year); surf firms' pages and
annual reports with Inc., LLC, Ltd, Pty Ltd, S.A., S.L. and "Foundation"; surf and local press signed and unsigned;
market research with and without years; undated pages. Native Hawaiian names with the ʻokina and kahakō as their
scholars print them (and now and then without, as some journals do), Portuguese, Basque, Australian, Cornish and
American names.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
import re
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "report", "web", "news", "market-research", "textbook")

_LOCALES = ["en_US", "en_US", "en_GB", "en_GB", "en_AU", "pt_PT", "pt_PT", "es_ES", "fr_FR", "id_ID"]
# Native Hawaiian family and given names, as Hawaiian scholars and the University of Hawaiʻi Press print them.
_HAWAIIAN = [("Kanahele", "George"), ("Kanaʻiaupuni", "Shawn Malia"), ("Kamakau", "Samuel"),
             ("Kameʻeleihiwa", "Lilikalā"), ("Trask", "Haunani-Kay"), ("Kahakalau", "Kū"), ("Kealiʻikanakaʻole", "Noelani"),
             ("Nāone", "Carolyn"), ("Kekumu", "Leilani"), ("Akana", "Kalani"),
             ("Kauanui", "J. Kēhaulani"), ("Walker", "Isaiah Helekunihi"), ("Osorio", "Jonathan Kay Kamakawiwoʻole"),
             ("Kamakea-Ohelo", "Kamaʻāina"), ("Keola", "Mālia"), ("Nākoa", "Kēhau"), ("Ah Nee-Benham", "Maenette"),
             ("Kaʻōpua", "Noelani"), ("Makanani", "Kawika")]  # fmt: skip
_PORTUGUESE = [("Gonçalves", "João"), ("Simões", "Inês"), ("Antunes", "Margarida"), ("Mendes", "Luís"),
               ("Brandão", "Rita"), ("Araújo", "Tiago"), ("Conceição", "Beatriz"), ("Magalhães", "Rui"),
               ("Valente", "Catarina"), ("Guimarães", "Nuno")]  # fmt: skip
_PORTUGUESE_PARTICLE = [("da", "Silva", "Ana"), ("dos", "Santos", "Pedro"), ("de", "Sousa", "Miguel"),
                        ("da", "Costa", "Joana"), ("das", "Neves", "Sofia")]  # fmt: skip
_BASQUE = [("Etxeberria", "Iñaki"), ("Agirre", "Miren"), ("Urkiza", "Ander"), ("Goikoetxea", "Ane"),
           ("Arrieta", "Itziar"), ("Zubizarreta", "Jon"), ("Ibarguren", "Nerea"), ("Olaizola", "Unai")]  # fmt: skip
_CORNISH = [("Trevithick", "Tamsin"), ("Penhaligon", "Jory"), ("Tregenza", "Morwenna"), ("Polglase", "Kerensa"),
            ("Pascoe", "Jago"), ("Trewin", "Demelza"), ("Nancarrow", "Loveday"), ("Chenoweth", "Piran")]  # fmt: skip
_SURF_SCHOLARS = [("Ponting", "Jess"), ("Buckley", "Ralf"), ("Booth", "Douglas"), ("Wheaton", "Belinda"),
                  ("Lazarow", "Neil"), ("Ford", "Nick"), ("Warshaw", "Matt"), ("Westwick", "Peter"),
                  ("Laderman", "Scott"), ("Martin", "Steven Andrew"), ("O'Brien", "Danny"), ("McGloin", "Colleen")]  # fmt: skip

_JOURNALS = ["Journal of Sport & Tourism", "Tourism Management", "Annals of Tourism Research",
             "Journal of Sustainable Tourism", "Leisure Studies", "Journal of Consumer Culture",
             "Sport, Business and Management", "Journal of Marketing Management", "Tourism Geographies",
             "Current Issues in Tourism", "Journal of Travel Research", "International Journal of Sport Management and Marketing",
             "Sport in Society", "Journal of Destination Marketing & Management"]  # fmt: skip
_TOPICS = ["surf tourism", "lifestyle sport", "surf localism", "wave pools", "athlete sponsorship", "overtourism",
           "coastal destination branding", "surf camps", "blue-space wellbeing", "surf-brand authenticity",
           "event tourism", "sustainable surfboards", "eco-labels", "destination social media", "surfing reserves",
           "women's surfing", "visitor management", "influencer content", "travel intentions", "place attachment",
           "Instagram travel", "subcultural capital", "sponsorship fit", "regenerative tourism"]  # fmt: skip
_PLACES = ["Hawaiʻi", "Hawaii", "Oʻahu", "Maui", "Cornwall", "Devon", "Ericeira", "Nazaré", "Peniche",
           "the Basque Country", "Mundaka", "Taghazout", "Bali", "the Gold Coast", "Bells Beach", "California",
           "Santa Cruz", "Newquay", "Portugal", "Australia"]  # fmt: skip
_TEXTBOOKS = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Chernev", "Alexander")], "Marketing management", "Pearson", "Harlow", "16"),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow", "8"),
    ([("Kotler", "Philip"), ("Bowen", "John T."), ("Baloglu", "Seyhmus")], "Marketing for hospitality and tourism", "Pearson", "Harlow", "8"),
    ([("Morgan", "Nigel"), ("Pritchard", "Annette"), ("Pride", "Roger")], "Destination brands: managing place reputation", "Routledge", "Abingdon", "3"),
    ([("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], "Principles and practice of marketing", "McGraw-Hill", "London", "9"),
    ([("Keller", "Kevin Lane")], "Strategic brand management", "Pearson", "Harlow", "5"),
    ([("Holt", "Douglas B.")], "How brands become icons: the principles of cultural branding", "Harvard Business School Press", "Boston, MA", None),
    ([("Urry", "John"), ("Larsen", "Jonas")], "The tourist gaze 3.0", "Sage", "London", None),
    ([("Smith", "Aaron C.T."), ("Stewart", "Bob")], "Introduction to sport marketing", "Routledge", "Abingdon", "2"),
    ([("Doxey", "George V.")], "A causation theory of visitor–resident irritants", "Travel and Tourism Research Association", "San Diego, CA", None),
]  # fmt: skip
# Who candidates cite when no person is named, with tags saying what makes each name hard.
_GOVERNMENT = [
    ("Hawaii Tourism Authority", {"government"}), ("Hawaiʻi Tourism Authority", {"government"}),
    ("Hawaii Tourism Authority (HTA)", {"government", "abbreviation"}),
    ("State of Hawaii Department of Business, Economic Development and Tourism", {"government", "comma"}),
    ("Department of Business, Economic Development & Tourism (DBEDT)", {"government", "comma", "ampersand", "abbreviation"}),
    ("National Oceanic and Atmospheric Administration", {"government"}), ("NOAA", {"government", "acronym"}),
    ("Visit Cornwall", {"government"}), ("Cornwall Council", {"government"}), ("Visit Devon", {"government"}),
    ("Turismo de Portugal", {"government"}), ("Instituto Nacional de Estatística (INE)", {"government", "abbreviation"}),
    ("Instituto Nacional de Estatística", {"government"}), ("Tourism Australia", {"government"}),
    ("Destination NSW", {"government"}), ("Sport England", {"government"}), ("VisitBritain", {"government"}),
    ("Eusko Jaurlaritza – Basque Government", {"government"}), ("Office for National Statistics (ONS)", {"government", "abbreviation"}),
    ("Surfrider Foundation", {"charity"}), ("Surfers Against Sewage", {"charity"}), ("Save The Waves Coalition", {"charity"}),
    ("International Surfing Association (ISA)", {"trade-body", "abbreviation"}),
    ("Surfing England", {"trade-body"}), ("Surfing Australia", {"trade-body"}),
    ("Environment Agency", {"government"}), ("Kōkua Hawaiʻi Foundation", {"charity"}),
]  # fmt: skip
_FIRMS = [
    ("Boardriders, Inc.", {"company", "comma"}), ("Billabong International Ltd", {"company"}),
    ("Rip Curl Group Pty Ltd", {"company"}), ("Wavegarden S.L.", {"company"}), ("Finisterre Ltd", {"company"}),
    ("Patagonia, Inc.", {"company", "comma"}), ("World Surf League Holdings LLC", {"company"}),
    ("World Surf League (WSL)", {"company", "abbreviation"}), ("WSL", {"company", "acronym"}),
    ("Outrigger Hospitality Group", {"company"}), ("Aqua-Aston Hospitality, LLC", {"company", "comma"}),
    ("Kelly Slater Wave Company", {"company"}), ("The Wave Bristol Ltd", {"company"}),
    ("O'Neill Europe B.V.", {"company", "apostrophe"}), ("Firewire Surfboards", {"company"}),
    ("Adventure Parc Snowdonia", {"company"}), ("Liquid Sports S.A.", {"company"}),
    ("Sumol Compal S.A.", {"company"}), ("Corona (AB InBev)", {"company", "abbreviation"}),
    ("Fistral Beach Surf School", {"company"}), ("Ericeira Surf & Skate", {"company", "ampersand"}),
    ("Rapture Camps", {"company"}), ("Lapoint Surf Camps", {"company"}), ("Pete's Surf School", {"company", "apostrophe"}),
]  # fmt: skip
_GOV_HOSTS = {"Hawaii": "hawaiitourismauthority.org", "Hawaiʻi": "hawaiitourismauthority.org", "State": "dbedt.hawaii.gov",
              "Department": "dbedt.hawaii.gov", "National": "noaa.gov", "NOAA": "noaa.gov", "Cornwall": "cornwall.gov.uk",
              "Turismo": "turismodeportugal.pt", "Instituto": "ine.pt", "Tourism": "tourism.australia.com",
              "Sport": "sportengland.org", "Surfrider": "surfrider.org", "Eusko": "euskadi.eus", "Office": "ons.gov.uk",
              "Environment": "gov.uk/government/organisations/environment-agency"}  # fmt: skip
_PRESS = ["Honolulu Star-Advertiser", "Civil Beat", "Surfer", "Stab", "Surfline", "Tracks", "Cornwall Live",
          "Público", "The Guardian", "Los Angeles Times", "BBC News", "The Sydney Morning Herald", "Surfer Today",
          "Wavelength", "Hawaii Business Magazine"]  # fmt: skip
_MARKET_RESEARCH = ["Statista", "Grand View Research", "Mintel", "Euromonitor International", "Kantar", "Technavio"]
_MARKETS = ["surfing equipment", "wetsuits", "surf tourism", "surfboards", "boardshorts", "wave pools",
            "adventure tourism", "coastal holidays", "swimwear", "action cameras", "sun care", "outdoor apparel"]  # fmt: skip
_COUNTRIES = ["global", "US", "UK", "Europe", "Portugal", "Australia", "Hawaii", "Asia Pacific"]
_REPORT_TITLES = ["Annual visitor research report", "Destination management plan", "Strategic plan 2020–2025",
                  "Visitor statistics", "Tourism strategy 2027", "Resident sentiment survey",
                  "Annual report", "Impact report", "Sustainability report", "Economic impact assessment",
                  "Coastal tourism evidence base", "Marine debris programme report", "Surf breaks protection study",
                  "Active lives adult survey", "International visitor survey", "Estratégia Turismo 2027"]  # fmt: skip


class Blind319WorkFactory(WorkFactory):
    """Works for the blind319 pool (see the module's docstring)."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 31900)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.dated_orgs: list[tuple[str, str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.16:
            family, given = self.rng.choice(_HAWAIIAN)
            if self.rng.random() < 0.15:  # some journals drop the ʻokina and kahakō
                family = family.replace("ʻ", "").translate(str.maketrans("āēīōū", "aeiou"))
            return {"family": family, "given": given}
        if roll < 0.26:
            family, given = self.rng.choice(_PORTUGUESE)
            return {"family": family, "given": given}
        if roll < 0.31:
            particle, family, given = self.rng.choice(_PORTUGUESE_PARTICLE)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.37:
            family, given = self.rng.choice(_BASQUE)
            return {"family": family, "given": given}
        if roll < 0.43:
            family, given = self.rng.choice(_CORNISH)
            return {"family": family, "given": given}
        if roll < 0.53:
            family, given = self.rng.choice(_SURF_SCHOLARS)
            return {"family": family, "given": given}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():
            return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        if self.rng.random() < 0.06:
            family = f"{family}-{self.fakers['en_GB'].last_name()}"
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def year(self) -> int:
        if self.rng.random() < 0.04:
            return self.rng.randint(1966, 1994)
        return self.rng.randint(2005, 2025)

    def _title(self) -> str:
        topic, other, place = self.rng.choice(_TOPICS), self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"{topic[0].upper()}{topic[1:]} and {other}: evidence from {place}",
                 f"Riding the wave: {topic} and {other}", f"Who owns the break? {topic[0].upper()}{topic[1:]} in {place}",
                 f"Beyond the lineup: {topic} and destination marketing", f"{topic[0].upper()}{topic[1:]} and the making of {place}",
                 f"Selling the stoke: {topic} in {place}", f"Measuring {topic} among surfers in {place}"]  # fmt: skip
        return self.rng.choice(forms)

    def accessed_after(self, year: int | None, issued: list[int] | None = None) -> dict[str, list[list[int]]]:
        low = max(2022, year or 2022)
        date = [self.rng.randint(low, max(low, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        if issued and date[: len(issued)] < issued:  # read on or after the day it came out
            date = [issued[0], 12, 28]
        return {"date-parts": [date]}

    @staticmethod
    def _host(name: str) -> str:
        """A plausible web address for a body or firm: its name's words run together, without the legal suffix."""
        words = [w for w in re.split(r"[^A-Za-z0-9]+", name.split(" (")[0]) if w]
        words = [w.lower() for w in words if w not in ("The", "Inc", "LLC", "Ltd", "Pty", "S", "A", "L", "B", "V")]
        return "".join(words[:3]) + ".com"

    def _url(self, host: str) -> str:
        return f"https://www.{host}/{self.fakers['en_GB'].slug()}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "textbook", "government", "firm-report", "firm-web", "press",
             "market-research", "web-person"],
            weights=[9, 6, 24, 7, 14, 8, 9, 10, 8, 5],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self._title(), "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Channel View Publications", "CABI", "University of Hawaiʻi Press",
                                          "Bloomsbury", "Palgrave Macmillan", "Edward Elgar", "Goodfellow Publishers"]),
            "publisher-place": self.rng.choice(["Abingdon", "Bristol", "Wallingford", "Honolulu", "London", "Cheltenham", "Oxford"]),
        }  # fmt: skip
        if self.rng.random() < 0.2:
            record["edition"] = str(self.rng.randint(2, 4))
        return self._person_work(record, "book")

    def _textbook(self) -> Work:
        authors, title, publisher, place, edition = self.rng.choice(_TEXTBOOKS)
        record: dict[str, Any] = {
            "type": "book", "title": title, "author": [{"family": f, "given": g} for f, g in authors],
            "issued": {"date-parts": [[self.rng.randint(2008, 2024) if edition else self.rng.choice([1975, 2004, 2011])]]},
            "publisher": publisher, "publisher-place": place,
        }  # fmt: skip
        if edition:
            record["edition"] = edition
        return self._person_work(record, "book" if self.rng.random() < 0.5 else "textbook")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The critical surf studies reader", "Surf tourism and sustainability",
                                                "Routledge handbook of sport and the environment", "Lifestyle sports and public policy",
                                                "Blue space, health and wellbeing", "Sport tourism destinations"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "Duke University Press", "CABI"]),
            "publisher-place": self.rng.choice(["Abingdon", "Durham, NC", "Wallingford"]),
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(10, 25)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(5, 105)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{(start := self.rng.randint(1, 1200))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        if self.rng.random() < 0.55:
            record["DOI"] = (
                f"10.{self.rng.choice(['1080', '1016', '1177'])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "URL": self._url(self.rng.choice(["surfertoday.com", "theinertia.com", "medium.com", "linkedin.com/pulse"]))}  # fmt: skip
        year = None
        if self.rng.random() < 0.8:
            year = self.year()
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self.accessed_after(year)
        return self._person_work(record, "web")

    def _dated_org(self, record: dict[str, Any], kind: str, name: str, tags: set[str], group: str) -> Work:
        # Now and then one body's second work of a year ("Hawaii Tourism Authority, 2023a" and "2023b"), drawn from
        # bodies of the same sort so that a council never publishes a market report.
        earlier = [entry for entry in self.dated_orgs if entry[0] == group]
        if earlier and "issued" in record and self.rng.random() < 0.14:
            _group, name, tags, issued = self.rng.choice(earlier)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(issued["date-parts"][0][0])
            if "URL" in record:
                record["URL"] = self._url(_GOV_HOSTS.get(name.split(" (")[0].split()[0], self._host(name)))
            if "publisher" in record:
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated_orgs.append((group, name, tags, record["issued"]))
        return self._org_work(record, kind, name, tags)

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        year = self.year() if self.rng.random() < 0.88 else None
        kind = self.rng.choice(["report", "report", "web"])
        record: dict[str, Any] = {"type": "report" if kind == "report" else "webpage",
                                  "title": f"{self.rng.choice(_REPORT_TITLES)}" if self.rng.random() < 0.5 else self._title(),
                                  "URL": self._url(_GOV_HOSTS.get(name.split(" (")[0].split()[0], self._host(name))),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        if kind == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = self.rng.choice(
                ["Honolulu, HI", "Truro", "Lisbon", "Sydney", "San Clemente, CA", "London"]
            )
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._dated_org(record, kind, name, tags, "government")

    def _firm_report(self) -> Work:
        name, tags = self.rng.choice(_FIRMS)
        year = self.rng.randint(2008, 2025)
        record: dict[str, Any] = {"type": "report", "title": f"{self.rng.choice(['Annual report', 'Impact report', 'Environmental responsibility report', 'Sustainability report'])} {year}",
                                  "publisher": name.split(" (")[0], "issued": {"date-parts": [[year]]}}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url(self._host(name))
            record["accessed"] = self.accessed_after(year)
        return self._dated_org(record, "report", name, tags, "firm")

    def _firm_web(self) -> Work:
        name, tags = self.rng.choice(_FIRMS)
        year = self.rng.randint(2008, 2025) if self.rng.random() < 0.7 else None
        record: dict[str, Any] = {"type": "webpage",
                                  "title": self.rng.choice(["Our story", "About us", "Our environmental commitments", "Press release: new season",
                                                            "Surf camps and packages", "Team riders", "Wave technology", "Championship Tour schedule",
                                                            self._title()]),
                                  "URL": self._url(self._host(name)), "accessed": self.accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._dated_org(record, "web", name, tags, "firm")

    def _press(self) -> Work:
        year = self.year() if self.rng.random() < 0.97 else 2023
        title = self._title() if self.rng.random() < 0.5 else self.rng.choice(
            ["Maui tourism slow to recover after fires", "Cornwall's second-home crisis and the surf economy",
             "Nazaré's big-wave boom brings crowds", "The wave pool arms race", "Why surf brands are going green",
             "Quiksilver owner sold in billion-dollar deal", "Record crowds at Supertubos", "Visitors told to stay away from West Maui"])  # fmt: skip
        container = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": title, "container-title": container,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(container.lower().replace(" ", "").replace("ú", "u") + ".com"),
        }  # fmt: skip
        record["accessed"] = self.accessed_after(year, record["issued"]["date-parts"][0])
        if self.rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", container, {"press"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_MARKET_RESEARCH)
        year = self.year() if self.rng.random() < 0.85 else None
        market, country = self.rng.choice(_MARKETS), self.rng.choice(_COUNTRIES)
        titles = [f"{market[0].upper()}{market[1:]} market size, share and trends analysis report, 2024–2030",
                  f"{country} {market} market {year or 2024}", f"{market[0].upper()}{market[1:]} - {country} - {self.rng.choice(['March', 'July', 'November'])} {year or 2023}",
                  f"Number of participants in surfing in the {country} from 2010 to 2023",
                  f"{market[0].upper()}{market[1:]} market forecast 2025–2029"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": self._url(self._host(name)), "accessed": self.accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._dated_org(record, "market-research", name, {"market-research"}, "research")
