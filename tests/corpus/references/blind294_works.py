"""The blind294 pool's works: what marketers at Tuscan and Umbrian wineries, agriturismi, olive-oil mills, leather and
fashion houses, food brands and tourism bodies cite in CIM Level 6 and 7 reports and MBA assignments in English.

Written without reading the checker, its tests or any other pool. Books, chapters and articles in wine, tourism,
food and fashion journals with one to eight authors (Italian surnames with "Del", "Della", "De'", "Di", "Lo", "D'"
and "dei", noble double surnames, German, American and British names), the marketing texts every candidate cites,
reports of Italian, Tuscan, Umbrian and European public bodies (two of one body in a year now and then), firms'
pages and annual reports (S.p.A., S.r.l., Società Agricola, S.s., AG, plc, Inc., SA), the wine, food and fashion
press signed and unsigned, market research with and without years and undated pages with access dates.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
import re
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "report", "web", "news")

_LOCALES = ["it_IT", "it_IT", "it_IT", "en_GB", "en_GB", "en_US", "en_US", "de_DE", "de_AT", "de_CH"]
# Italian surnames as Italian scholars print them: the particle capitalised and part of the surname.
_ITALIAN = [
    ("Del Chiaro", "Francesca"), ("Della Corte", "Valentina"), ("Della Lucia", "Maria"), ("De' Medici", "Lorenzo"),
    ("Di Vita", "Giuseppe"), ("Di Gregorio", "Angelo"), ("Lo Presti", "Ornella"), ("Lo Monaco", "Salvatore"),
    ("D'Amico", "Simona"), ("D'Alessandro", "Luca"), ("Dell'Orto", "Chiara"), ("Dall'Ara", "Giovanni"),
    ("De Luca", "Patrizia"), ("Del Bono", "Riccardo"), ("De Salvo", "Paola"), ("Di Fatta", "Davide"),
    ("Pucci di Benisichi", "Niccolò"), ("Guicciardini Strozzi", "Irene"), ("Capponi Ginori", "Neri"),
    ("Corsini Lanfredini", "Duccio"), ("Mazzei", "Filippo"), ("Pomarici", "Eugenio"), ("Capitello", "Roberta"),
    ("Sottini", "Vera Alpi"), ("Menghini", "Silvio"), ("Marinelli", "Nicola"), ("Casini", "Leonardo"),
    ("Corsi", "Armando"), ("Fabbrizzi", "Sara"), ("Gastaldello", "Giulia"), ("Cantù", "Nicolò"),
    ("Mancini", "Maria Cecilia"), ("Santini", "Cristina"), ("Cavicchi", "Alessio"), ("Sarti", "Débora"),
    ("Scorrano", "Paola"), ("Festa", "Giuseppe"), ("Fiore", "Mariantonietta"), ("Rossi", "Gianluca"),
    ("Bianchi", "Elisabetta"), ("Nardò", "Benedetta"), ("Forlì", "Matteo"),
]  # fmt: skip
# Noble and old Tuscan families with a lowercase particle kept apart, as reference managers hold it.
_PARTICLES = [("dei", "Frescobaldi", "Lamberto"), ("de'", "Bardi", "Ginevra"), ("di", "Napoli", "Gaddo"),
              ("della", "Gherardesca", "Ugolino"), ("von", "Hagen", "Klara"), ("von", "Weizsäcker", "Anna"),
              ("de", "Jong", "Pieter")]  # fmt: skip
_ORGANISATIONS = [
    ("Istituto Nazionale di Statistica (ISTAT)", {"government", "abbreviation"}), ("ISTAT", {"government", "acronym"}),
    ("Regione Toscana", {"government"}), ("Regione Umbria", {"government"}),
    ("ENIT – Agenzia Nazionale del Turismo", {"government", "dash"}), ("ENIT", {"government", "acronym"}),
    ("Ministero dell'Agricoltura, della Sovranità Alimentare e delle Foreste (MASAF)", {"government", "apostrophe", "comma", "abbreviation"}),
    ("MASAF", {"government", "acronym"}), ("ISMEA", {"government", "acronym"}), ("Banca d'Italia", {"government", "apostrophe"}),
    ("Eurostat", {"government"}), ("European Commission", {"government"}),
    ("International Organisation of Vine and Wine (OIV)", {"government", "abbreviation"}), ("OIV", {"government", "acronym"}),
    ("UNWTO", {"government", "acronym"}), ("World Tourism Organization (UNWTO)", {"government", "abbreviation"}),
    ("Toscana Promozione Turistica", {"government"}), ("Sviluppumbria", {"government"}),
    ("Consorzio Vino Chianti Classico", {"trade-body"}), ("Consorzio del Vino Brunello di Montalcino", {"trade-body"}),
    ("Slow Food", {"trade-body"}), ("Agriturist", {"trade-body"}), ("Federvini", {"trade-body"}),
    ("Unione Italiana Vini (UIV)", {"trade-body", "abbreviation"}), ("Coldiretti", {"trade-body"}),
    ("Salvatore Ferragamo S.p.A.", {"company", "abbreviation"}), ("Marchesi Antinori S.p.A.", {"company", "abbreviation"}),
    ("Castello Banfi Società Agricola S.r.l.", {"company", "abbreviation"}), ("Kering SA", {"company"}),
    ("Eataly S.p.A.", {"company", "abbreviation"}), ("Marchesi Frescobaldi Società Agricola S.r.l.", {"company"}),
    ("Barone Ricasoli S.p.A. Agricola", {"company"}), ("Lungarotti S.s.", {"company"}),
    ("Biondi-Santi S.p.A.", {"company", "hyphen"}), ("Fattoria La Vialla", {"company"}),
    ("Olio Carli S.p.A.", {"company"}), ("Il Bisonte S.p.A.", {"company"}), ("Brunello Cucinelli S.p.A.", {"company"}),
    ("Guccio Gucci S.p.A.", {"company"}), ("LVMH Moët Hennessy Louis Vuitton SE", {"company"}),
    ("Berry Bros. & Rudd", {"company", "ampersand"}), ("Majestic Wine plc", {"company"}),
    ("Henkell Freixenet AG", {"company"}), ("Constellation Brands, Inc.", {"company", "comma"}),
    ("Deloitte", {"company"}), ("McKinsey & Company", {"company", "ampersand"}), ("Bain & Company", {"company", "ampersand"}),
    ("Altagamma", {"trade-body"}), ("Touring Club Italiano", {"trade-body"}),
]  # fmt: skip
_RESEARCH = ["Nomisma Wine Monitor", "Mintel", "Euromonitor International", "IWSR", "Wine Intelligence", "Statista",
             "Nielsen IQ", "Ipsos"]  # fmt: skip
_PRESS = ["Wine Spectator", "Decanter", "Gambero Rosso", "Il Sole 24 Ore", "Corriere della Sera", "La Nazione",
          "WineNews", "The Drinks Business", "Business of Fashion", "Financial Times", "The Guardian",
          "Vogue Business", "Wine Enthusiast", "Frankfurter Allgemeine Zeitung"]  # fmt: skip
_JOURNALS = ["International Journal of Wine Business Research", "Wine Economics and Policy", "Journal of Wine Research",
             "Tourism Management", "Journal of Travel Research", "British Food Journal",
             "Journal of Fashion Marketing and Management", "Sinergie Italian Journal of Management",
             "Journal of Rural Studies", "Journal of Sustainable Tourism", "Journal of Brand Management",
             "Current Issues in Tourism", "Journal of Wine Economics"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Pearson", "Harlow"), ("Kogan Page", "London"), ("Springer", "Cham"),
               ("Palgrave Macmillan", "Cham"), ("Edward Elgar", "Cheltenham"), ("CABI", "Wallingford"),
               ("FrancoAngeli", "Milano"), ("Il Mulino", "Bologna"), ("Goodfellow", "Oxford"),
               ("Channel View Publications", "Bristol"), ("Emerald", "Bingley")]  # fmt: skip
_TOPICS = ["wine tourism", "cellar-door sales", "agritourism", "farm stays", "extra virgin olive oil",
           "denomination of origin labels", "luxury leather goods", "Made in Italy", "country-of-origin effects",
           "slow tourism", "food and wine routes", "wine export", "direct-to-consumer wine sales", "heritage branding",
           "family-owned wineries", "experiential marketing", "wine clubs", "Instagram and wine brands",
           "sustainable viticulture", "luxury fashion e-commerce", "rural hospitality", "gastronomy tourism",
           "the Chianti Classico brand", "Brunello di Montalcino", "the Sagrantino of Montefalco", "Val d'Orcia",
           "quiet luxury", "consumer ethnocentrism", "organic wine", "wine label design"]  # fmt: skip
_PLACES = ["Tuscany", "Umbria", "Chianti", "Montalcino", "Montepulciano", "Montefalco", "Italy", "central Italy",
           "the Val d'Orcia", "Florence", "Perugia", "Bolgheri", "Italian wineries", "Tuscan agriturismi"]  # fmt: skip
# The marketing texts every candidate cites: (authors, title, publisher, place, editions).
_CLASSICS = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane")], "Marketing management", "Pearson", "Harlow", (14, 15, 16)),
    ([("Kotler", "Philip"), ("Armstrong", "Gary")], "Principles of marketing", "Pearson", "Harlow", (16, 17, 18)),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow", (6, 7, 8)),
    ([("Kapferer", "Jean-Noël"), ("Bastien", "Vincent")], "The luxury strategy: break the rules of marketing to build luxury brands", "Kogan Page", "London", (1, 2)),
    ([("Hall", "C. Michael"), ("Sharples", "Liz"), ("Cambourne", "Brock"), ("Macionis", "Niki")], "Wine tourism around the world: development, management and markets", "Butterworth-Heinemann", "Oxford", (1,)),
    ([("Getz", "Donald")], "Explore wine tourism: management, development and destinations", "Cognizant", "New York", (1,)),
    ([("Lockshin", "Larry"), ("Corsi", "Armando")], "Wine marketing and consumer behaviour", "Routledge", "Abingdon", (1, 2)),
    ([("Johnson", "Gerry"), ("Whittington", "Richard"), ("Regnér", "Patrick"), ("Angwin", "Duncan"), ("Scholes", "Kevan")], "Exploring strategy", "Pearson", "Harlow", (11, 12, 13)),
    ([("Aaker", "David A.")], "Building strong brands", "Free Press", "New York", (1,)),
    ([("Pine", "B. Joseph"), ("Gilmore", "James H.")], "The experience economy", "Harvard Business Review Press", "Boston, MA", (1, 2)),
]  # fmt: skip


# Bodies and firms seated outside Italy: their reports are published there, in English.
_ABROAD = ("Eurostat", "European", "OIV", "UNWTO", "World Tourism", "Kering", "LVMH", "Berry", "Majestic", "Henkell",
           "Constellation", "Deloitte", "McKinsey", "Bain")  # fmt: skip
_ESTATES = ("Antinori", "Banfi", "Frescobaldi", "Ricasoli", "Lungarotti", "Biondi-Santi", "La Vialla", "Carli")


class Blind294WorkFactory(WorkFactory):
    """Works cited by marketers in Tuscany and Umbria and their partners in the UK, Germany and the United States."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 294_294)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 293 + index)
                self.fakers[locale] = fake
        self.dated_organisations: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.3:
            family, given = self.rng.choice(_ITALIAN)
            return {"family": family, "given": given}
        if roll < 0.36:
            particle, family, given = self.rng.choice(_PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():
            return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        if self.rng.random() < 0.05:
            family = f"{family}-{self.fakers['en_GB'].last_name()}"
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[30, 28, 18, 10, 6, 4, 2, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        if self.rng.random() < 0.04:
            return self.rng.randint(1975, 1999)
        return self.rng.randint(2005, 2025)

    def _accessed_after(self, issued: list[int]) -> dict[str, list[list[int]]]:
        year = self.rng.randint(max(issued[0], 2023), 2025)
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if year == issued[0] and len(issued) > 1:
            month = self.rng.randint(issued[1], 12)
            day = self.rng.randint(issued[2] if len(issued) > 2 and month == issued[1] else 1, 28)
        return {"date-parts": [[year, month, day]]}

    def _title(self) -> str:
        topic, place = self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        other = self.rng.choice(_TOPICS)
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {place}: a consumer perspective",
            f"Understanding {topic}: evidence from {place}",
            f"{topic[0].upper()}{topic[1:]} and {other}",
            f"The role of {topic} in the competitiveness of {place}",
            f"{topic[0].upper()}{topic[1:]} as a source of value: the case of {place}",
            f"{topic[0].upper()}{topic[1:]}, authenticity and place: lessons from {place}",
            f"Segmenting visitors to {place} by their interest in {topic}",
            f"Between tradition and innovation: {topic} in {place}",
        ]
        return self.rng.choice(forms)

    def _seat(self, name: str) -> str:
        if any(mark in name for mark in _ABROAD):
            return self.rng.choice(
                ["London", "Paris", "Frankfurt am Main", "New York", "Victor, NY", "Brussels", "Madrid"]
            )
        return self.rng.choice(
            [
                "Firenze",
                "Florence",
                "Milano",
                "Roma",
                "Montalcino",
                "San Casciano in Val di Pesa",
                "Torgiano",
                "Perugia",
            ]
        )

    @staticmethod
    def _site(name: str) -> str:
        for mark, site in (("Promozione", "www.visittuscany.com"), ("ISTAT", "www.istat.it"), ("Toscana", "www.regione.toscana.it"), ("Umbria", "www.regione.umbria.it"),
                           ("ENIT", "www.enit.it"), ("MASAF", "www.masaf.gov.it"), ("ISMEA", "www.ismea.it"),
                           ("Banca", "www.bancaditalia.it"), ("Eurostat", "ec.europa.eu/eurostat"),
                           ("European", "commission.europa.eu"), ("OIV", "www.oiv.int"), ("UNWTO", "www.unwto.org"),
                           ("Sviluppumbria", "www.sviluppumbria.it")):  # fmt: skip
            if mark in name:
                return site
        return "www.visittuscany.com"

    def _date(self, year: int | None = None) -> dict[str, list[list[int]]]:
        return {"date-parts": [[year or self.year()]]}

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "classic", "chapter", "journal", "public-body", "company", "press", "market-research", "undated-web"],
            weights=[8, 6, 6, 24, 14, 12, 12, 10, 8],
        )[0]  # fmt: skip
        if kind == "book" and self.rng.random() < 0.35:
            kind = "classic"
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then a second work of one body in one year ("ISTAT, 2023a" and "2023b"): the same body's earlier
        # year is taken and the years in the title move with it. Only dated works pair.
        earlier = [o for o in self.dated_organisations if o[0] == name]
        if earlier and "issued" in record and kind != "news" and self.rng.random() < 0.4:
            old = record["issued"]["date-parts"][0][0]
            issued = self.rng.choice(earlier)[2]
            new = issued["date-parts"][0][0]
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            record["title"] = re.sub(
                r"\b(19|20)\d\d\b",
                lambda m: str(int(m.group(0)) - old + new) if int(m.group(0)) <= old else m.group(0),
                record["title"],
            )
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        if "issued" in record:
            self.dated_organisations.append((name, tags, record["issued"]))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": self._date(), "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 5))
        return self._person_work(record, "book")

    def _classic(self) -> Work:
        authors, title, publisher, place, editions = self.rng.choice(_CLASSICS)
        edition = self.rng.choice(editions)
        record: dict[str, Any] = {
            "type": "book", "title": title, "author": [{"family": f, "given": g} for f, g in authors],
            "issued": self._date(self.rng.randint(2009, 2024) if edition > 1 else self.rng.randint(1996, 2012)),
            "publisher": publisher, "publisher-place": place,
        }  # fmt: skip
        if edition > 1:
            record["edition"] = str(edition)
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["Wine tourism destination management and marketing",
                                                "The Routledge handbook of wine and culture",
                                                "Luxury brands in emerging and mature markets",
                                                "Food and wine tourism: integrating food, travel and terroir",
                                                "Italian fashion: the made in Italy brand",
                                                "Rural tourism and enterprise", "Sustainable wine business"]),
            "issued": self._date(), "publisher": publisher, "publisher-place": place, "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 1200)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": self._date(),
            "volume": str(self.rng.randint(3, 130)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{start}-{start + self.rng.randint(9, 26)}",
        }  # fmt: skip
        if self.rng.random() < 0.55:
            record["DOI"] = (
                f"10.{self.rng.choice([1108, 1016, 1177, 1080, 7433, 3280])}/{self.fakers['en_GB'].lexify('????').upper()}-{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _public_body(self) -> Work:
        name, tags = self.rng.choice([o for o in _ORGANISATIONS if "government" in o[1]])
        if any(mark in name for mark in _ABROAD):
            subject = self.rng.choice(["Wine tourism and rural development", "State of the world vine and wine sector",
                                       "International tourism highlights", "Agri-food trade statistics",
                                       "Rural development programme", "Tourism statistics: nights spent at tourist accommodation",
                                       "Global report on wine tourism", "Olive oil market situation"])  # fmt: skip
        else:
            subject = self.rng.choice(["Movimento turistico in Toscana", "Rapporto sul turismo in Umbria",
                                       "Agriturismi in Italia", "Il mercato dell'olio d'oliva", "Tourism trends in Italy",
                                       "Export of Italian wine", "Economie regionali: la Toscana", "Le aziende agrituristiche in Italia",
                                       "Economie regionali: l'Umbria", "Rapporto annuale sul vino", "Piano strategico del turismo"])  # fmt: skip
        year = min(self.year(), 2025)
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "report", "webpage"]),
            "title": f"{subject} {year - self.rng.randint(0, 1)}" if self.rng.random() < 0.5 else subject,
            "issued": self._date(year), "URL": f"https://{self._site(name)}/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = self._seat(name)
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _company(self) -> Work:
        name, tags = self.rng.choice([o for o in _ORGANISATIONS if "government" not in o[1]])
        kind = self.rng.choice(["report", "web", "web"])
        if kind == "report":
            year = self.year()
            titles = [f"Annual report {year - 1}", f"Sustainability report {year - 1}", "Integrated annual report"]
            if not any(mark in name for mark in _ABROAD):
                titles += [f"Relazione finanziaria annuale {year - 1}", "Bilancio di sostenibilità"]
            title = self.rng.choice(titles)
            record: dict[str, Any] = {"type": "report", "title": title, "issued": self._date(year),
                                      "publisher": name.split(" (")[0], "publisher-place": self._seat(name)}  # fmt: skip
            if self.rng.random() < 0.7:
                record["URL"] = (
                    f"https://www.{self.fakers['en_GB'].domain_word()}.com/investors/{self.fakers['en_GB'].slug()}"
                )
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
            return self._org_work(record, "report", name, tags)
        estate = any(word in name for word in _ESTATES)
        pages = (
            ["Visit the estate", "Wine tours and tastings", "Stay with us", "Our wines", "Our olive oil"]
            if estate
            else ["Our craft", "Investor relations", "Press area", "Careers"]
        )
        record = {"type": "webpage", "title": self.rng.choice(["Our story", "Our history", "Sustainability", *pages,
                                                                f"{self.rng.choice(_TOPICS).capitalize()}"]),
                  "URL": f"https://www.{self.fakers['it_IT'].domain_word()}.it/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if self.rng.random() < 0.6:
            record["issued"] = self._date(min(self.year(), 2025))
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        else:
            record["accessed"] = self._accessed_after([2023])
        return self._org_work(record, "web", name, tags)

    def _press(self) -> Work:
        fake = self.fakers["en_GB"]
        year = self.rng.randint(2008, 2024)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [issued]}, "URL": f"https://www.{fake.domain_word()}.com/{fake.slug()}",
        }  # fmt: skip
        record["accessed"] = self._accessed_after(issued)
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        market = self.rng.choice(
            [
                "wine",
                "premium wine",
                "olive oil",
                "luxury leather goods",
                "agritourism",
                "Italian food",
                "sparkling wine",
                "organic wine",
                "wine tourism",
            ]
        )
        country = self.rng.choice(["Italy", "the UK", "Germany", "the US", "Europe"])
        year = self.year() if self.rng.random() < 0.85 else None
        titles = [f"{market.capitalize()} in {country}", f"{market.capitalize()} - {country} - {year or 2024}",
                  f"{country[0].upper()}{country[1:]} {market} market: consumer trends {year or 2024}",
                  f"Observatory on {market}: {country}", f"Volume of {market} sold in {country} from {(year or 2024) - 9} to {year or 2024}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": f"https://www.{name.split()[0].lower()}.com/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if year:
            record["issued"] = self._date(year)
            record["accessed"] = self._accessed_after([year])
        else:
            record["accessed"] = self._accessed_after([2023])
        return self._org_work(record, "report", name, {"market-research"})

    def _undated_web(self) -> Work:
        fake = self.fakers["en_GB"]
        record: dict[str, Any] = {"type": "webpage", "title": self._title(),
                                  "URL": f"https://{fake.domain_name()}/{fake.slug()}",
                                  "accessed": self._accessed_after([2023])}  # fmt: skip
        if self.rng.random() < 0.4:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags | {"undated"})
