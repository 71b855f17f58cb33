"""The blind249 pool's works: what marketers in Iceland, the Faroe Islands and Greenland (and their diaspora in
Copenhagen, Oslo, Winnipeg, Seattle and Edinburgh) cite in CIM Level 6 and 7 reports and MBA assignments written in
English.

Textbooks from the UK and Nordic presses, chapters, tourism, marketing, Arctic and fisheries journals with up to eight
authors and DOIs, theses from the universities of the region, conference papers, public bodies and regulators (two works
of one body in a year now and then), trade bodies and charities, company pages, annual reports and investor decks,
market research with years, the national and regional press signed and unsigned, social posts, videos, podcasts and
undated pages. Names as their owners print them: Icelandic patronymics and matronymics with þ, ð and æ, Faroese names
with "á" and "í", Greenlandic and Danish names and British double-barrelled ones. Written without reading the checker.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "thesis", "conference", "report", "web", "news", "social", "video", "podcast")

_IS_GIVEN_F = ["Guðrún", "Sigríður", "Kristín", "Margrét", "Anna", "Helga", "Ragnheiður", "Þórdís", "Bryndís",
               "Ásta", "Steinunn", "Hildur", "Erla", "Þóra", "Auður", "Katrín", "Halldóra", "Sæunn", "Vigdís", "Eyrún"]  # fmt: skip
_IS_GIVEN_M = ["Jón", "Sigurður", "Guðmundur", "Gunnar", "Ólafur", "Einar", "Kristján", "Magnús", "Stefán",
               "Þorsteinn", "Haukur", "Bjarni", "Ragnar", "Árni", "Páll", "Egill", "Hjalti", "Ævar", "Davíð", "Þórður"]  # fmt: skip
# The genitive of a father's (or mother's) name: "Jóns" gives Jónsson and Jónsdóttir.
_IS_FATHERS = ["Jóns", "Sigurðs", "Guðmunds", "Gunnars", "Ólafs", "Einars", "Kristjáns", "Stefáns", "Halldórs",
               "Arnþórs", "Sæmunds", "Hauks", "Ragnars", "Péturs", "Friðriks", "Sveins", "Egils", "Hallgríms",
               "Bjarna", "Helga", "Árna", "Gísla", "Magnús", "Hjörleifs", "Eiríks", "Davíðs"]  # fmt: skip
_IS_MOTHERS = ["Guðrúnar", "Helgu", "Sigríðar", "Bryndísar", "Ástu", "Kristínar", "Hildar"]
_IS_FAMILY = [
    "Thors",
    "Briem",
    "Hafstein",
    "Blöndal",
    "Thoroddsen",
    "Zoëga",
    "Möller",
    "Fjeldsted",
]  # family names some Icelanders carry
_FO = [("Joensen", "Rógvi"), ("Poulsen", "Sunneva"), ("Hansen", "Bárður"), ("Jacobsen", "Turið"),
       ("Olsen", "Heðin"), ("Petersen", "Rannvá"), ("Mortensen", "Jógvan"), ("Dam", "Gunnvá"), ("Nolsøe", "Tróndur"),
       ("Højgaard", "Marita"), ("Djurhuus", "Sámal"), ("Thomsen", "Annika")]  # fmt: skip
_FO_PARTICLE = [("á", "Lakjuni", "Jóan"), ("í", "Skorini", "Kristina"), ("á", "Ryggi", "Bjarni"),
                ("við", "Streym", "Óli"), ("í", "Jákupsstovu", "Beinta"), ("á", "Rógvu", "Elin")]  # fmt: skip
_GL = [("Kleist", "Kuupik"), ("Olsen", "Aaja"), ("Motzfeldt", "Vivian"), ("Lynge", "Aqqaluk"), ("Egede", "Múte"),
       ("Heilmann", "Nivi"), ("Rosing", "Minik"), ("Kreutzmann", "Naja"), ("Petersen", "Inuuteq"),
       ("Kristiansen", "Pipaluk"), ("Berthelsen", "Aviaja"), ("Sandgreen", "Malik")]  # fmt: skip
_DK_NO = [("Jørgensen", "Mette"), ("Sørensen", "Rasmus"), ("Nielsen", "Line"), ("Kjær", "Anders"),
          ("Østergaard", "Sofie"), ("Halvorsen", "Ingrid"), ("Bærenholdt", "Jørgen Ole"), ("Gyimóthy", "Szilvia"),
          ("Haldrup", "Michael"), ("Larsen", "Jonas"), ("Vestergaard", "Karen"), ("Dahl", "Kristian"),
          ("Fredriksen", "Ida"), ("Kristensen", "Mads")]  # fmt: skip
_UK = [("Lloyd-Jones", "Catherine"), ("Fraser-Smith", "Alasdair"), ("Hughes-Wilson", "Rhiannon"),
       ("Bowen-Jones", "Tom"), ("Campbell", "Fiona"), ("MacLeod", "Iain"), ("Hall", "Michael C."), ("Kotler", "Philip"),
       ("Baum", "Tom"), ("Chaffey", "Dave"), ("Smith", "Rachel"), ("Wilson", "James"), ("O'Sullivan", "Niamh"),
       ("Gossling", "Stefan"), ("Keller", "Kevin Lane"), ("Sharp", "Byron"), ("Thorsteinson", "Eric")]  # fmt: skip

_PUBLIC = [("Hagstofa Íslands", {"government"}), ("Statistics Iceland", {"government"}),
           ("Seðlabanki Íslands", {"government"}), ("Central Bank of Iceland", {"government"}),
           ("Ferðamálastofa", {"government"}), ("Icelandic Tourist Board", {"government"}),
           ("Samkeppniseftirlitið", {"government"}), ("Icelandic Competition Authority", {"government"}),
           ("Neytendastofa", {"government"}), ("Consumer Agency", {"government"}),
           ("Directorate of Fisheries", {"government"}), ("Fiskistofa", {"government"}),
           ("Hagstova Føroya", {"government"}), ("Statistics Greenland", {"government"}),
           ("Naatsorsueqqissaartarfik", {"government"}), ("Naalakkersuisut", {"government"}),
           ("Government of Greenland", {"government"}), ("Nordic Council of Ministers", {"government"}),
           ("European Free Trade Association (EFTA)", {"government", "abbreviation"}), ("EFTA", {"government", "acronym"}),
           ("Ministry of Industries and Innovation", {"government"}), ("Government of Iceland", {"government"})]  # fmt: skip
_TRADE = [("Icelandic Travel Industry Association (SAF)", {"trade-body", "abbreviation"}),
          ("Samtök ferðaþjónustunnar", {"trade-body"}), ("Íslandsstofa", {"trade-body"}),
          ("Business Iceland", {"trade-body"}), ("Federation of Icelandic Industries (SI)", {"trade-body", "abbreviation"}),
          ("Samtök iðnaðarins", {"trade-body"}), ("Confederation of Icelandic Enterprise (SA)", {"trade-body", "abbreviation"}),
          ("Fisheries Iceland (SFS)", {"trade-body", "abbreviation"}), ("Faroese Employers' Association", {"trade-body", "apostrophe"}),
          ("Grønlands Erhverv", {"trade-body"}), ("Greenland Business Association", {"trade-body"}),
          ("Icelandic Red Cross", {"charity"}), ("Rauði krossinn á Íslandi", {"charity"}),
          ("Visit Faroe Islands", {"trade-body"}), ("Visit Greenland", {"trade-body"}),
          ("Iceland Ocean Cluster", {"trade-body"}), ("Arctic Circle", {"trade-body"}),
          ("Ölgerðin Egill Skallagrímsson hf.", {"company"}), ("Ernst & Young ehf.", {"company", "ampersand"})]  # fmt: skip
_COMPANIES = [("Icelandair Group hf.", {"company"}), ("Icelandair", {"company"}), ("PLAY hf.", {"company"}),
              ("Arion banki hf.", {"company"}), ("Landsbankinn hf.", {"company"}), ("Landsbankinn", {"company"}),
              ("Íslandsbanki hf.", {"company"}), ("Síminn hf.", {"company"}), ("Hagar hf.", {"company"}),
              ("Festi hf.", {"company"}), ("Brim hf.", {"company"}), ("Bakkafrost P/F", {"company"}),
              ("Bakkafrost", {"company"}), ("Royal Greenland A/S", {"company"}), ("Air Greenland A/S", {"company"}),
              ("Atlantic Airways P/F", {"company"}), ("Marel hf.", {"company"}), ("Blue Lagoon", {"company"}),
              ("Kvika banki hf.", {"company"}), ("Sýn hf.", {"company"}), ("Mjólkursamsalan", {"company"}),
              ("BankNordik", {"company"}), ("Samherji hf.", {"company"}), ("Síldarvinnslan hf.", {"company"})]  # fmt: skip
_RESEARCH = ["Gallup", "Gallup Iceland", "Maskína", "Prósent", "MMR", "Statista", "Euromonitor International",
             "Icelandic Tourist Board", "Ferðamálastofa", "Deloitte Iceland", "KPMG Iceland"]  # fmt: skip
_NEWS = [("Morgunblaðið", "https://www.mbl.is/frettir/"), ("mbl.is", "https://www.mbl.is/vidskipti/"),
         ("Vísir", "https://www.visir.is/g/"), ("RÚV", "https://www.ruv.is/frettir/"),
         ("RÚV English", "https://www.ruv.is/english/"), ("Iceland Review", "https://www.icelandreview.com/news/"),
         ("Kjarninn", "https://kjarninn.is/frettir/"), ("Viðskiptablaðið", "https://www.vb.is/frettir/"),
         ("Dimmalætting", "https://www.dimma.fo/"), ("KNR", "https://knr.gl/da/nyheder/"),
         ("Sermitsiaq", "https://sermitsiaq.ag/"), ("Reuters", "https://www.reuters.com/business/"),
         ("Financial Times", "https://www.ft.com/content/"), ("BBC News", "https://www.bbc.co.uk/news/"),
         ("Iceland Monitor", "https://icelandmonitor.mbl.is/news/"), ("Heimildin", "https://heimildin.is/grein/")]  # fmt: skip
_JOURNALS = ["Scandinavian Journal of Hospitality and Tourism", "Tourism Management", "Journal of Marketing Management",
             "Arctic Review on Law and Politics", "Stjórnmál og stjórnsýsla", "Icelandic Review of Politics & Administration",
             "Nordic Journal of Business", "Marine Policy", "Journal of Sustainable Tourism", "Polar Geography",
             "Current Issues in Tourism", "European Journal of Marketing", "Journal of Destination Marketing & Management",
             "Tímarit um viðskipti og efnahagsmál", "Fisheries Research", "Journal of Brand Management"]  # fmt: skip
_BOOK_PUBLISHERS = [("Routledge", "Abingdon"), ("Sage", "London"), ("Kogan Page", "London"), ("Pearson", "Harlow"),
                    ("Háskólaútgáfan", "Reykjavík"), ("Forlagið", "Reykjavík"), ("Gyldendal", "Copenhagen"),
                    ("Channel View Publications", "Bristol"), ("Edward Elgar", "Cheltenham"),
                    ("Samfundslitteratur", "Frederiksberg"), ("Fróðskapur", "Tórshavn")]  # fmt: skip
_UNIVERSITIES = [("Háskóli Íslands", "Reykjavík"), ("University of Iceland", "Reykjavík"),
                 ("Reykjavík University", "Reykjavík"), ("Háskólinn í Reykjavík", "Reykjavík"),
                 ("University of Akureyri", "Akureyri"), ("Háskólinn á Akureyri", "Akureyri"),
                 ("Bifröst University", "Borgarnes"), ("Fróðskaparsetur Føroya", "Tórshavn"),
                 ("University of the Faroe Islands", "Tórshavn"), ("Ilisimatusarfik", "Nuuk"),
                 ("Copenhagen Business School", "Frederiksberg")]  # fmt: skip
_CONFERENCES = [("Nordic Symposium in Tourism and Hospitality Research", ["Akureyri", "Roskilde", "Reykjavík", "Tórshavn", "Stavanger"]),
                ("Arctic Circle Assembly", ["Reykjavík"]), ("Academy of Marketing Conference", ["Cardiff", "Edinburgh", "Stirling"]),
                ("Nordic Academy of Management Conference", ["Reykjavík", "Bodø", "Copenhagen"]),
                ("Þjóðarspegillinn", ["Reykjavík"])]  # fmt: skip
_TOPICS = ["destination branding", "the Northern Lights as a product", "overtourism in the Golden Circle",
           "slow tourism in the Faroe Islands", "cruise tourism in Nuuk", "brand trust after the 2008 collapse",
           "bank switching among young Icelanders", "mobile banking adoption", "skyr as a national brand",
           "country-of-origin effects for Icelandic seafood", "salmon farming and consumer trust",
           "loyalty programmes in aviation", "low-cost carriers on the North Atlantic", "stopover marketing",
           "sheep-cam and viral destination campaigns", "green claims in the seafood industry",
           "the Inspired by Iceland campaign", "Arctic tourism and local communities", "Greenlandic export branding",
           "grocery price competition in Iceland", "word of mouth among Faroese consumers",
           "social media and destination image", "the Icelandic diaspora in Manitoba", "geothermal spas as brands",
           "consumer ethnocentrism in small states", "crisis communication during the Reykjanes eruptions",
           "telecoms switching after 5G", "craft beer and place branding", "employer branding in fish processing",
           "sustainability reporting in Nordic firms", "luxury Arctic expedition cruises", "the Nordic brand"]  # fmt: skip
_MARKETS = ["tourism", "inbound travel", "grocery retail", "retail banking", "mobile telecoms", "seafood exports",
            "salmon farming", "dairy", "beer and spirits", "air travel", "hotel accommodation", "car rental"]  # fmt: skip
_PLACES = ["Iceland", "the Faroe Islands", "Greenland", "the Nordic countries", "the West Nordic region", "Reykjavík",
           "Nuuk", "Tórshavn", "North Iceland", "the Westfjords"]  # fmt: skip


class Blind249WorkFactory(WorkFactory):
    """Works from seeded random sources, so a seed always gives the same works; a subclass, so no other pool changes."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 249_249)
        self.surnames: list[tuple[str, str]] = []
        self.dated_orgs: list[tuple[str, set[str], int]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.42:  # Icelandic: patronymic (rarely matronymic) or a family name
            female = rng.random() < 0.5
            given = rng.choice(_IS_GIVEN_F if female else _IS_GIVEN_M)
            sub = rng.random()
            if sub < 0.1:
                family = rng.choice(_IS_FAMILY)
            else:
                stem = rng.choice(_IS_MOTHERS) if sub < 0.2 else rng.choice(_IS_FATHERS)
                if stem.endswith("a") and not female:  # Bjarna, Helga, Árna, Gísla: Bjarnason
                    family = f"{stem}son"
                elif stem.endswith("a"):
                    family = f"{stem}dóttir"
                else:
                    family = f"{stem}{'dóttir' if female else 'son'}"
            name = {"family": family, "given": given}
        elif roll < 0.52:
            family, given = rng.choice(_FO)
            name = {"family": family, "given": given}
        elif roll < 0.58:
            particle, family, given = rng.choice(_FO_PARTICLE)
            name = {"family": family, "given": given, "non-dropping-particle": particle}
        elif roll < 0.68:
            family, given = rng.choice(_GL)
            name = {"family": family, "given": given}
        elif roll < 0.82:
            family, given = rng.choice(_DK_NO)
            name = {"family": family, "given": given}
        elif roll < 0.95:
            family, given = rng.choice(_UK)
            name = {"family": family, "given": given}
        else:
            fake = self.fakers["en_GB"]
            name = {"family": fake.last_name(), "given": fake.first_name()}
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if all(p["family"] != person["family"] for p in people):
                people.append(person)
        return people

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1975, 2004)
        return self.rng.randint(2008, 2025)

    def _web_year(self) -> int:
        return self.rng.randint(2012, 2024)

    def _accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        low = 2023 if year is None else max(year + 1, 2023)
        return {"date-parts": [[self.rng.randint(low, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        rng = self.rng
        topic = rng.choice(_TOPICS)
        place = rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]}: evidence from {place}", f"Rethinking {topic}",
                 f"{topic[0].upper()}{topic[1:]} in {place}", f"Marketing {place}: {topic}",
                 f"Small markets, big brands: {topic}", f"{topic[0].upper()}{topic[1:]} and {rng.choice(_TOPICS)}",
                 f"Consumers, trust and {topic} in {place}"]  # fmt: skip
        return rng.choice(forms)

    def _doi(self) -> str:
        return f"10.{self.rng.choice(['1080', '1016', '1177', '23865', '33112', '1108'])}/{self.rng.randint(10000, 99999)}.{self.rng.randint(2008, 2025)}.{self.rng.randint(100, 9999)}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "thesis", "conference", "public", "trade", "company", "research", "news",
             "social", "video", "podcast", "undated"],
            weights=[12, 5, 20, 6, 4, 11, 7, 10, 7, 9, 3, 2, 2, 2],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind)()

    def _person(self, record: dict[str, Any], kind: str) -> Work:
        return self._person_work(record, kind)

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then a second work of an organisation already cited, in the same year ("Hagstofa Íslands, 2023a").
        if self.dated_orgs and "issued" in record and self.rng.random() < 0.14:
            name, tags, year = self.rng.choice(self.dated_orgs)
            parts = record["issued"]["date-parts"][0]
            record["issued"] = {"date-parts": [[year, *parts[1:]]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(year)
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated_orgs.append((name, tags, record["issued"]["date-parts"][0][0]))
        return self._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_BOOK_PUBLISHERS)
        title = self._title() if self.rng.random() < 0.6 else self.rng.choice(
            ["Marketing management", "Tourism marketing for small places", "Principles of marketing",
             "Digital marketing: strategy, implementation and practice", "Destination branding",
             "Markaðsfræði", "Ferðaþjónusta á Íslandi", "Brand management in the Nordics", "Services marketing",
             "Arctic tourism: experiences, design and development", "Strategic brand management"])  # fmt: skip
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice([*_BOOK_PUBLISHERS[:4], ("Channel View Publications", "Bristol")])
        containers = ["Tourism in the Arctic", "The Routledge handbook of tourism in the Arctic",
                      "Nordic perspectives on destination marketing", "Small states and the global economy",
                      "The Routledge handbook of place branding", "Iceland's financial crisis: the politics of blame"]  # fmt: skip
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3), "editor": self._people(2),
            "container-title": self.rng.choice(containers), "issued": {"date-parts": [[self.year()]]},
            "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 95)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 700))}-{start + self.rng.randint(9, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["DOI"] = self._doi()
        return self._person(record, "journal")

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        year = self._web_year()
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": self._people(1),
            "issued": {"date-parts": [[year]]}, "publisher": university, "publisher-place": place,
            "genre": self.rng.choice(["MSc thesis", "MS thesis", "MBA dissertation", "PhD thesis", "BSc thesis"]),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = f"https://skemman.is/handle/1946/{self.rng.randint(10000, 48000)}"
            record["accessed"] = self._accessed_after(year)
        return self._person(record, "thesis")

    def _conference(self) -> Work:
        name, places = self.rng.choice(_CONFERENCES)
        year = self.rng.randint(2010, 2024)
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": f"{name} {year}" if self.rng.random() < 0.5 else name,
            "issued": {"date-parts": [[year]]}, "publisher-place": self.rng.choice(places),
        }  # fmt: skip
        return self._person(record, "conference")

    def _public(self) -> Work:
        name, tags = self.rng.choice(_PUBLIC)
        year = self._web_year()
        title = self.rng.choice([
            f"Tourism in {self.rng.choice(_PLACES)} {year}", f"Financial stability {year}/{self.rng.randint(1, 2)}",
            f"Monetary bulletin {year}", f"Landings and catch by species {year}", f"International visitors to Iceland: {year}",
            f"Decision on the merger of two {self.rng.choice(_MARKETS)} firms", f"Consumer price index, {self.rng.choice(['January', 'June', 'November'])} {year}",
            f"Nordic statistics on {self.rng.choice(_MARKETS)}", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = self.rng.choice(["Reykjavík", "Tórshavn", "Nuuk", "Copenhagen", "Brussels"])
        if record["type"] == "webpage" or self.rng.random() < 0.6:
            record["URL"] = self.rng.choice(["https://hagstofa.is/utgafur/", "https://www.sedlabanki.is/utgefid-efni/",
                                             "https://www.ferdamalastofa.is/is/tolur-og-utgafur/", "https://hagstova.fo/en/",
                                             "https://stat.gl/", "https://www.norden.org/en/publication/",
                                             "https://www.efta.int/publications/"]) + str(self.rng.randint(100, 9999))  # fmt: skip
            record["accessed"] = self._accessed_after(year)
        return self._org(record, "report" if record["type"] == "report" else "web", name, tags)

    def _trade(self) -> Work:
        name, tags = self.rng.choice(_TRADE)
        dated = self.rng.random() < 0.8
        year = self._web_year()
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self.rng.choice([f"Annual report {year}", f"Tourism in numbers {year}", "Our members",
                                      f"Seafood exports: the year {year} in review", "About us", self._title(),
                                      f"Strategy {year}-{year + 5}", "Inspired by Iceland: brand guidelines"]),
            "URL": f"https://www.{self.rng.choice(['saf.is', 'islandsstofa.is', 'si.is', 'sa.is', 'sfs.is', 'ga.gl', 'visitfaroeislands.com', 'visitgreenland.com', 'raudikrossinn.is'])}/{self.rng.randint(10, 999)}",
        }  # fmt: skip
        if dated:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after(year if dated else None)
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = self.rng.choice(["Reykjavík", "Tórshavn", "Nuuk"])
        return self._org(record, "report" if record["type"] == "report" else "web", name, tags)

    def _company(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self._web_year()
        roll = self.rng.random()
        if roll < 0.45:
            record: dict[str, Any] = {"type": "report", "title": self.rng.choice(
                [f"Annual report {year - 1}", f"Annual and sustainability report {year - 1}", f"Q{self.rng.randint(1, 4)} {year - 1} investor presentation",
                 f"Capital markets day {year}", f"Sustainability report {year - 1}"]),
                "issued": {"date-parts": [[year]]}, "publisher": name, "publisher-place": self.rng.choice(["Reykjavík", "Tórshavn", "Nuuk", "Glyvrar"])}  # fmt: skip
            if self.rng.random() < 0.6:
                record["URL"] = (
                    f"https://www.{name.split()[0].lower().replace('í', 'i').replace('ý', 'y')}.is/investors/{self.rng.randint(10, 999)}"
                )
                record["accessed"] = self._accessed_after(year)
            return self._org(record, "report", name, tags)
        record = {"type": "webpage", "title": self.rng.choice(["About us", "Our story", "Saga Club", "Sustainability",
                                                                "Our brand", "Press releases", self._title()]),
                  "URL": f"https://www.{name.split()[0].lower().replace('í', 'i').replace('ý', 'y')}.com/{self.rng.randint(10, 999)}"}  # fmt: skip
        dated = self.rng.random() < 0.6
        if dated:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after(year if dated else None)
        return self._org(record, "web", name, tags)

    def _research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self._web_year()
        market, place = self.rng.choice(_MARKETS), self.rng.choice(_PLACES)
        title = self.rng.choice([f"{market.capitalize()} in {place}", f"Brand tracker {year}: {market}",
                                 f"Number of international visitors to {place} from 2015 to {year}",
                                 f"Visitor survey {year}: summer", f"Þjóðarpúls Gallup: {market}",
                                 f"Consumer confidence index, {place}, {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name, "issued": {"date-parts": [[year]]},
                                  "URL": f"https://www.{name.split()[0].lower().replace('á', 'a').replace('ó', 'o')}.is/{self.rng.randint(100, 9999)}"}  # fmt: skip
        record["accessed"] = self._accessed_after(year)
        if self.rng.random() < 0.15:  # a named analyst's report
            record["author"] = self._people(2)
            return self._person(record, "report")
        return self._org(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        paper, url = self.rng.choice(_NEWS)
        year = self._web_year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"{url}{year}/{self.rng.randint(1000, 99999)}", "accessed": self._accessed_after(year),
        }  # fmt: skip
        if self.rng.random() < 0.65:
            record["author"] = self._people(2)
            return self._person(record, "news")
        return self._org(record, "news", paper, {"press"})

    def _social(self) -> Work:
        name, tags = self.rng.choice(_TRADE[13:16] + _COMPANIES[:3] + [("Blue Lagoon", {"company"})])
        platform = self.rng.choice(["Instagram", "LinkedIn", "Facebook", "TikTok", "X"])
        year = self._web_year()
        record: dict[str, Any] = {
            "type": "webpage", "title": f"{self._title()} [{platform}]", "container-title": platform,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.{platform.lower()}.com/p/{self.rng.randint(100000, 999999)}",
            "accessed": self._accessed_after(year),
        }  # fmt: skip
        return self._org(record, "social", name, tags)

    def _video(self) -> Work:
        name, tags = self.rng.choice([("Inspired by Iceland", {"trade-body"}), ("Visit Faroe Islands", {"trade-body"}),
                                      ("Icelandair", {"company"}), ("RÚV", {"press"}), ("Visit Greenland", {"trade-body"})])  # fmt: skip
        year = self._web_year()
        record: dict[str, Any] = {
            "type": "webpage", "title": f"{self._title()} [Video]", "container-title": "YouTube",
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.youtube.com/watch?v={self.fakers['en_GB'].lexify('???????????')}",
            "accessed": self._accessed_after(year),
        }  # fmt: skip
        return self._org(record, "video", name, tags)

    def _podcast(self) -> Work:
        year = self._web_year()
        record: dict[str, Any] = {
            "type": "webpage", "title": f"{self._title()} [Podcast]",
            "container-title": self.rng.choice(["Markaðsmál", "Arctic Business Podcast", "Iceland Review Podcast", "Þjóðmál"]),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://open.spotify.com/episode/{self.rng.randint(10**8, 10**9)}", "accessed": self._accessed_after(year),
            "author": self._people(2),
        }  # fmt: skip
        return self._person(record, "podcast")

    def _undated(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(),
                                  "URL": f"https://www.{self.rng.choice(['visiticeland.com', 'northiceland.is', 'visitreykjavik.is', 'guidetofaroeislands.fo', 'arcticcircle.org'])}/{self.rng.randint(10, 999)}",
                                  "accessed": self._accessed_after(None)}  # fmt: skip
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            return self._person(record, "web")
        name, tags = self.rng.choice(_TRADE + _PUBLIC[:8])
        return self._org(record, "web", name, tags | {"undated"})
