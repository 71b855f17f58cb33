"""Works for the blind291 pool: what marketers at Belgian chocolatiers, praline and biscuit makers, confectionery
retailers, cocoa processors and the Flemish, Walloon and Brussels food-promotion bodies cite in CIM Level 6 and 7
reports and MBA assignments written in English.

Books and chapters from Lannoo, Acco, Die Keure, De Boeck and the English presses, articles in food, hospitality,
brand and consumer journals with one to eight authors (Belgian, Dutch, French and British scholars, Belgian
Moroccan and Turkish names), the marketing texts every candidate cites, statistics offices, the National Bank and
the regions' agencies (two works of one body in a year), firms' pages and annual reports with NV, SA, BV, SRL,
BVBA, AG, plc and Inc., the Belgian and trade press signed and unsigned, market research with and without years and
undated pages. Flemish "Van", "Van den", "Vander", "De" and "D'" are written as part of the surname, capitalised, as
Belgian journals print them; the French "de" and "d'" of Walloon and Brussels names stay lower case.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# Flemish surnames, the particle written as part of the name and capitalised as Belgian registers print it.
_FLEMISH = ["Van den Broeck", "Van Damme", "Vandenberghe", "Vander Elst", "De Smet", "De Clercq", "D'Hondt",
            "Van Hecke", "Verstraete", "Peeters", "Janssens", "Maes", "Claeys", "Goossens", "Van de Velde",
            "De Meulenaere", "Vanderstraeten", "Van der Auwera", "Wouters", "Mertens", "De Backer", "D'Haese",
            "Vermeulen", "Van Looy", "Geuens", "De Pelsmacker", "Verbeke", "Vanhamme", "Dewitte", "Van Kerckhove",
            "De Keyser", "Vanhoutte", "Van Trijp", "Lambrechts", "Dhondt", "Van Rompaey"]  # fmt: skip
_FLEMISH_GIVEN = ["Pieter", "Jan", "Koen", "Sofie", "Lien", "Wouter", "Annelies", "Bart", "Elke", "Joris", "Hanne",
                  "Stijn", "Katrien", "Tom", "Eline", "Maarten", "Griet", "Lieven", "Nele", "Dries", "Iris"]  # fmt: skip
# Walloon and Brussels French names: the particle lower case and apart, noble double-barrelled names.
_FRENCH = [("de", "Wasseige"), ("de", "Lichtervelde"), ("d'", "Ursel"), ("", "Dubois"), ("", "Lambert"),
           ("", "Dupont"), ("", "Lejeune"), ("", "Collignon"), ("", "Renard"), ("", "Delvaux"), ("", "Marchal"),
           ("de", "Ligne"), ("", "Lefèvre"), ("", "Gérard"), ("", "Hautecœur"), ("de", "Harlez de Deulin"),
           ("", "Simonis"), ("", "Pirson"), ("de", "Crombrugghe"), ("", "Thiry"), ("", "Goffin"),
           ("", "de Hemptinne"), ("", "Nève de Mévergnies"), ("", "Dumont"), ("d'", "Oultremont")]  # fmt: skip
_FRENCH_GIVEN = ["Amélie", "François", "Hélène", "Benoît", "Céline", "Olivier", "Aurélie", "Jérôme", "Valérie",
                 "Grégoire", "Noémie", "Laurent", "Sébastien", "Marie-Laure", "Thibault", "Anne-Sophie"]  # fmt: skip
# Belgian Moroccan and Turkish names, and scholars from the Netherlands, France, Germany and the UK.
_OTHERS = [("El Khattabi", "Yasmina"), ("Bouzian", "Karim"), ("Ouali", "Nadia"), ("Ben Abdellah", "Samir"),
           ("El Idrissi", "Fatima"), ("Aït Ouarab", "Mehdi"), ("Öztürk", "Elif"), ("Yılmaz", "Emre"),
           ("Çelik", "Zeynep"), ("Demir", "Hakan"), ("Kaya", "Ayşe"), ("Şahin", "Burak"),
           ("Jansen", "Sanne"), ("Bakker", "Thijs"), ("Visser", "Lotte"), ("Müller", "Jürgen"),
           ("Schäfer", "Katrin"), ("Moreau", "Camille"), ("Girard", "Élodie"), ("Smith", "Rachel"),
           ("Taylor", "James"), ("O'Connor", "Siobhán"), ("Hughes", "Gareth"), ("Hoefkens", "Christine"),
           ("Spence", "Charles"), ("Grunert", "Klaus G."), ("Kapferer", "Jean-Noël")]  # fmt: skip
_DUTCH_PARTICLES = [("van", "Dijk", "Thijs"), ("van der", "Lans", "Ivo"), ("de", "Vries", "Sanne"),
                    ("van den", "Berg", "Lotte"), ("ten", "Kate", "Marloes")]  # fmt: skip

# Organisations as Belgian candidates cite them.
_GOVERNMENT = [
    ("Statbel", {"government"}), ("Statbel (Directorate-General Statistics - Statistics Belgium)", {"government", "abbreviation"}),
    ("National Bank of Belgium", {"government"}), ("National Bank of Belgium (NBB)", {"government", "abbreviation"}),
    ("VLAM", {"government", "acronym"}), ("Flanders' Agricultural Marketing Board (VLAM)", {"government", "apostrophe", "abbreviation"}),
    ("Flanders Investment & Trade", {"government", "ampersand"}), ("Flanders Investment & Trade (FIT)", {"government", "ampersand", "abbreviation"}),
    ("AWEX", {"government", "acronym"}), ("Wallonia Export & Investment Agency (AWEX)", {"government", "ampersand", "abbreviation"}),
    ("hub.brussels", {"government", "lowercase"}), ("Federal Agency for the Safety of the Food Chain (FAVV-AFSCA)", {"government", "abbreviation"}),
    ("FAVV-AFSCA", {"government", "acronym"}), ("Visit Flanders", {"government"}), ("VisitFlanders", {"government"}),
    ("Wallonie Belgique Tourisme", {"government"}), ("European Commission", {"government"}), ("Eurostat", {"government"}),
    ("International Cocoa Organization (ICCO)", {"government", "abbreviation"}), ("ICCO", {"government", "acronym"}),
    ("FPS Economy, SMEs, Self-employed and Energy", {"government", "comma"}), ("Choprabisco", {"trade-body"}),
    ("Fevia", {"trade-body"}), ("Comeos", {"trade-body"}),
]  # fmt: skip
_FIRMS = [
    ("Barry Callebaut AG", {"company"}), ("Barry Callebaut", {"company"}), ("Lotus Bakeries NV", {"company"}),
    ("Lotus Bakeries", {"company"}), ("Colruyt Group NV", {"company"}), ("Colruyt Group", {"company"}),
    ("Ahold Delhaize N.V.", {"company", "abbreviation"}), ("Ahold Delhaize", {"company"}),
    ("Mondelēz International, Inc.", {"company", "comma"}), ("Mondelēz International", {"company"}),
    ("Puratos Group NV", {"company"}), ("Neuhaus NV", {"company"}),
    ("Confiserie Leonidas SA", {"company"}), ("Godiva Chocolatier, Inc.", {"company", "comma"}),
    ("Pierre Marcolini SA", {"company"}), ("Galler Chocolatiers SA", {"company"}), ("Guylian NV", {"company"}),
    ("Jules Destrooper NV", {"company"}), ("Delacre SAS", {"company"}), ("Belvas SRL", {"company"}),
    ("Meurisse BV", {"company"}), ("Chocolaterie Dumon BVBA", {"company"}), ("Cocoa Horizons Foundation", {"company"}),
    ("Tony's Chocolonely B.V.", {"company", "apostrophe"}), ("Tony's Chocolonely", {"company", "apostrophe"}),
    ("Hotel Chocolat Group plc", {"company"}), ("Lindt & Sprüngli AG", {"company", "ampersand"}),
    ("Ferrero International S.A.", {"company", "abbreviation"}), ("Nestlé S.A.", {"company", "abbreviation"}),
    ("McKinsey & Company", {"company", "ampersand"}), ("Deloitte Belgium", {"company"}), ("Google", {"company"}),
    ("Meta", {"company"}), ("Chartered Institute of Marketing (CIM)", {"trade-body", "abbreviation"}),
]  # fmt: skip
_MARKET_RESEARCH = ["Mintel", "Euromonitor International", "Euromonitor", "Nielsen", "NielsenIQ", "GfK Belgium",
                    "iVOX", "Kantar", "Kantar Worldpanel", "Statista", "YouGov"]  # fmt: skip
_PRESS = ["De Tijd", "L'Echo", "Gondola", "Het Nieuwsblad", "Le Soir", "The Brussels Times", "Confectionery News",
          "The Grocer", "Kennis Online", "De Standaard", "Trends", "Financial Times", "Food Navigator", "Knack"]  # fmt: skip
_JOURNALS = ["Food Quality and Preference", "Appetite", "Journal of Product & Brand Management", "British Food Journal",
             "International Journal of Hospitality Management", "Journal of Consumer Behaviour",
             "Tijdschrift voor Economie en Management", "Journal of Marketing", "Journal of Business Research",
             "International Journal of Research in Marketing", "Journal of Retailing and Consumer Services",
             "European Journal of Marketing", "Journal of Wine Economics", "Food Policy",
             "Journal of International Food & Agribusiness Marketing"]  # fmt: skip
_PUBLISHERS = [("Lannoo", "Tielt"), ("Lannoo Campus", "Leuven"), ("Acco", "Leuven"), ("Die Keure", "Brugge"),
               ("De Boeck Supérieur", "Louvain-la-Neuve"), ("Racine", "Brussels"), ("Pearson", "Harlow"),
               ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"), ("Wiley", "Chichester"),
               ("Palgrave Macmillan", "Cham"), ("Springer", "Cham"), ("Woodhead Publishing", "Cambridge"),
               ("Noordhoff", "Groningen"), ("Dunod", "Paris")]  # fmt: skip
_TOPICS = ["premium chocolate", "pralines as gifts", "Belgian chocolate as a place brand", "country-of-origin cues",
           "biscuit brand extensions", "the speculoos category", "cocoa sustainability claims", "Fairtrade labels",
           "duty-free gifting", "chocolate tourism", "seasonal confectionery", "Easter and Saint Nicholas sales",
           "private-label chocolate", "retail discounters", "packaging and luxury cues", "online chocolate shops",
           "sensory liking of dark chocolate", "sugar reduction", "plant-based chocolate", "export promotion",
           "regional food labels", "artisan chocolatiers", "corporate gifting", "Instagram and food brands",
           "loyalty programmes in grocery", "impulse purchases at the checkout", "brand heritage", "price premiums",
           "deforestation-free cocoa", "the Chinese gifting market", "airport retail", "consumer ethnocentrism"]  # fmt: skip
_TEXTBOOKS = [
    (("Kotler", "Philip"), ("Keller", "Kevin Lane"), "Marketing management", "Pearson", "Harlow"),
    (("Kotler", "Philip"), ("Armstrong", "Gary"), "Principles of marketing", "Pearson", "Harlow"),
    (("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona"), "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow"),
    (("Keller", "Kevin Lane"), None, "Strategic brand management: building, measuring, and managing brand equity", "Pearson", "Harlow"),
    (("Kapferer", "Jean-Noël"), ("Bastien", "Vincent"), "The luxury strategy: break the rules of marketing to build luxury brands", "Kogan Page", "London"),
    (("De Pelsmacker", "Patrick"), ("Geuens", "Maggie"), "Marketing communications: a European perspective", "Pearson", "Harlow"),
    (("Solomon", "Michael R."), ("Bamossy", "Gary J."), "Consumer behaviour: a European perspective", "Pearson", "Harlow"),
    (("Sharp", "Byron"), None, "How brands grow: what marketers don't know", "Oxford University Press", "South Melbourne"),
    (("Aaker", "David A."), None, "Building strong brands", "Free Press", "New York"),
    (("Johnson", "Gerry"), ("Whittington", "Richard"), "Exploring strategy", "Pearson", "Harlow"),
]  # fmt: skip


class Blind291WorkFactory(WorkFactory):
    """The blind291 pool's works: Belgian chocolate, pralines and biscuits, as its candidates cite them."""

    KINDS = ("book", "chapter", "journal", "web", "report", "news")

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 29101)
        self.organisations: list[tuple[str, str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.38:
            return {"family": self.rng.choice(_FLEMISH), "given": self.rng.choice(_FLEMISH_GIVEN)}
        if roll < 0.6:
            particle, family = self.rng.choice(_FRENCH)
            name = {"family": family, "given": self.rng.choice(_FRENCH_GIVEN)}
            if particle == "d'":  # written joined, "d'Ursel", as the family writes it
                name["family"] = f"d'{family}"
            elif particle:
                name["non-dropping-particle"] = particle
            return name
        if roll < 0.82:
            family, given = self.rng.choice(_OTHERS)
            return {"family": family, "given": given}
        if roll < 0.88:
            particle, family, given = self.rng.choice(_DUTCH_PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        fake = self.fakers[self.rng.choice(["en_GB", "nl_NL", "fr_FR", "de_DE"])]
        family = fake.last_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():
            return {"family": " ".join(words[1:]), "given": fake.first_name(), "non-dropping-particle": words[0]}
        return {"family": family, "given": fake.first_name()}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_FIRMS if self.rng.random() < 0.6 else _GOVERNMENT)
        return name, set(tags)

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1972, 1999)
        return self.rng.randint(2008, 2025)

    def _accessed_after(self, record: dict[str, Any]) -> dict[str, list[list[int]]]:
        issued = record.get("issued", {"date-parts": [[2020]]})["date-parts"][0]
        year = self.rng.randint(max(2023, issued[0]), 2025)
        month = self.rng.randint(1, 12)
        if year == issued[0] and len(issued) > 1:
            month = self.rng.randint(issued[1], 12)
        return {"date-parts": [[year, month, self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        market = self.rng.choice(["Belgium", "Flanders", "Wallonia", "Brussels", "the Netherlands", "France",
                                  "the UK", "Germany", "Europe", "China", "the Benelux"])  # fmt: skip
        forms = [f"{topic[0].upper()}{topic[1:]} in {market}", f"The effect of {topic} on {other}",
                 f"{topic[0].upper()}{topic[1:]} and {other}: evidence from {market}",
                 f"Why consumers pay more for {topic}", f"Rethinking {topic}",
                 f"{topic[0].upper()}{topic[1:]}: a review and research agenda",
                 f"Consumer responses to {topic} in {market}"]  # fmt: skip
        return self.rng.choice(forms)

    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "organisation-web", "organisation-report", "government", "market-research",
             "web-person", "press", "undated-web", "textbook"],
            weights=[8, 5, 22, 13, 9, 10, 9, 4, 10, 4, 6],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then one body's second work of a year ("VLAM, 2023a" and "2023b").
        same = [o for o in self.organisations if o[0] == kind and kind != "news"]
        if same and "issued" in record and self.rng.random() < 0.14:
            _kind, name, tags, issued = self.rng.choice(same)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "URL" in record and kind != "report":  # the body's own site
                record["URL"] = self._site(name)
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record)
            if record.get("publisher") and kind == "report":
                record["publisher"] = name
        if "issued" in record:
            self.organisations.append((kind, name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    # ------------------------------------------------------------------ works
    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _textbook(self) -> Work:
        first, second, title, publisher, place = self.rng.choice(_TEXTBOOKS)
        authors = [{"family": first[0], "given": first[1]}]
        if second:
            authors.append({"family": second[0], "given": second[1]})
        record: dict[str, Any] = {"type": "book", "title": title, "author": authors,
                                  "issued": {"date-parts": [[self.rng.randint(2010, 2024)]]}, "publisher": publisher,
                                  "publisher-place": place, "edition": str(self.rng.randint(3, 17))}  # fmt: skip
        work = self._person_work(record, "book")
        work.tags.add("textbook")
        return work

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 300)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["Chocolate science and technology", "The Routledge handbook of food marketing",
                                                "Belgian business in a global economy", "Food tourism and regional identity",
                                                "Handbook of luxury branding", "Sustainable cocoa supply chains"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(10, 120)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{start}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.55:
            record["DOI"] = (
                f"10.{self.rng.choice([1016, 1108, 1002, 1080])}/{self.fakers['en_GB'].lexify('????').lower()}.{record['issued']['date-parts'][0][0]}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "issued": {"date-parts": [[self.year()]]},
                                  "URL": f"https://www.{self.rng.choice(['linkedin.com/pulse', 'medium.com', 'chocolatereview.be', 'foodbloggers.be'])}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        record["accessed"] = self._accessed_after(record)
        return self._person_work(record, "web")

    def _site(self, name: str) -> str:
        host = "".join(ch for ch in name.split(" (")[0].lower() if ch.isalnum())[:18] or "example"
        return f"https://www.{host}.{self.rng.choice(['be', 'com', 'eu'])}/{self.rng.choice(['en', 'nl', 'fr'])}/{self.fakers['en_GB'].slug()}"

    def _organisation_web(self) -> Work:
        name, tags = self.organisation()
        title = self.rng.choice([self._title(), "Our story", "Sustainability", "About us", "Cocoa Horizons: our progress",
                                 "Our brands", "Press releases", "Where to buy"])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": title, "URL": self._site(name)}
        if self.rng.random() < 0.75:
            record["issued"] = {"date-parts": [[self.year()]]}
        record["accessed"] = self._accessed_after(record)
        return self._org_work(record, "web", name, tags)

    def _organisation_report(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        title = self.rng.choice([f"Annual report {year}", f"Integrated annual report {year}/{str(year + 1)[2:]}",
                                 f"Sustainability report {year}", f"Forever Chocolate progress report {year}",
                                 self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0],
                                  "publisher-place": self.rng.choice(["Brussels", "Zürich", "Lembeke", "Antwerp",
                                                                      "Halle", "Zaandam", "Chicago", "Sint-Niklaas"])}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._site(name)
            record["accessed"] = self._accessed_after(record)
        if self.rng.random() < 0.12:
            record.pop("issued")
        return self._org_work(record, "report", name, tags)

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        titles = [self._title(), "Key figures on Belgian agriculture and food", "Belgian chocolate exports",
                  "Consumer price index: chocolate and confectionery", "Household budget survey",
                  "Quarterly cocoa bulletin", "Food consumption in Flanders", "Export statistics of Wallonia",
                  "Tourism in Brussels: key figures", "Chocolate and cocoa products: guidance for operators"]  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(titles),
                                  "issued": {"date-parts": [[self.year()]]}, "URL": self._site(name)}  # fmt: skip
        record["accessed"] = self._accessed_after(record)
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, set(tags))

    def _market_research(self) -> Work:
        name = self.rng.choice(_MARKET_RESEARCH)
        year = self.year() if self.rng.random() < 0.88 else None
        market = self.rng.choice(["chocolate confectionery", "sweet biscuits", "pralines", "spreads", "snack bars",
                                  "seasonal confectionery", "bakery", "premium chocolate"])  # fmt: skip
        country = self.rng.choice(["Belgium", "the Netherlands", "France", "the UK", "Germany", "Europe"])
        titles = [f"{market[0].upper()}{market[1:]} in {country}", f"{market[0].upper()}{market[1:]} - {country} - {self.rng.choice(['March', 'June', 'November'])} {year or 2024}",
                  f"Belgian shoppers and {market}: {year or 2023} report", f"Share of households buying {market}, {country}",
                  f"{country} {market} market: size and forecast to 2030"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": f"https://www.{name.split()[0].lower()}.com/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after(record)
        return self._org_work(record, "report", name, {"market-research"})

    def _press(self) -> Work:
        year = self.year()
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": paper,
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._site(paper)}  # fmt: skip
        record["accessed"] = self._accessed_after(record)
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _undated_web(self) -> Work:
        name, tags = self.organisation()
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(["Our story", "Our history", "Heritage",
                                  "Cocoa sourcing", "Our pralines", "The Biscoff story", "Visit our chocolate workshop"]),
                                  "URL": self._site(name)}  # fmt: skip
        record["accessed"] = self._accessed_after(record)
        return self._org_work(record, "web", name, tags | {"undated"})
