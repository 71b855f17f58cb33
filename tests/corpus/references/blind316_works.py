"""The blind316 pool's works: what marketers at Swiss and German watchmakers, jewellers, watch retailers, pre-owned
platforms, auction houses and luxury groups cite in CIM Level 6 and 7 reports and MBA assignments written in English.

Books, chapters and journal articles (luxury, brand management, business history of the watch industry) with one
to eight authors whose names are Swiss German, Swiss French, Swiss Italian, German with "von", French with "de" and
"du", Italian with "di" and "della", Hong Kong and Singaporean Chinese, American and British; reports of public bodies
(FSO, FH, customs, SECO, Switzerland Global Enterprise, HKTDC, Destatis, USTR); firms' pages and annual reports (AG,
SA, S.A., GmbH, Ltd, plc, Inc., SE, a foundation); the Swiss, British, Hong Kong and trade press; market research
(Morgan Stanley & LuxeConsult, Deloitte, Bain, McKinsey, Statista, Euromonitor) and the marketing texts every
candidate cites. Written without reading the checker, its tests or any other pool.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["de_CH", "fr_CH", "de_DE", "en_GB", "en_US"]
# Names as the region's scholars print them on English-language papers: (particle, family, given).
_NAMES = [
    ("", "Müller", "Reto"), ("", "Keller", "Andrea"), ("", "Brunner", "Urs"), ("", "Zürcher", "Beat"),
    ("", "Schnyder", "Corinne"), ("", "Bühlmann", "Matthias"), ("", "Gerber", "Nadja"), ("", "Wüthrich", "Stefan"),
    ("", "Rochat", "Pascal"), ("", "Jaquet", "Sylvie"), ("", "Favre", "Laurent"), ("", "Perrenoud", "Olivier"),
    ("", "Huguenin-Virchaux", "Aline"), ("", "Jeanneret", "Frédéric"), ("", "Perret-Gentil", "Céline"),
    ("", "Donzé", "Mathieu"), ("", "Bernasconi", "Luca"), ("", "Pedrazzini", "Chiara"), ("", "Lurati", "Fabio"),
    ("", "Cattaneo", "Sara"), ("", "Bianchi", "Marco"), ("", "Tschopp", "Daniela"), ("", "Grütter", "Lukas"),
    ("von", "Arx", "Christoph"), ("von", "Wattenwyl", "Béatrice"), ("von", "Matt", "Simon"), ("von", "Moos", "Katrin"),
    ("von", "der Heyden", "Friederike"), ("de", "Montmollin", "Étienne"), ("de", "Senarclens", "Isabelle"),
    ("du", "Pasquier", "Henri"), ("de", "Pury", "Anne"), ("di", "Stefano", "Giorgio"), ("della", "Valle", "Francesca"),
    ("della", "Torre", "Paolo"), ("di", "Maggio", "Elena"),
    ("", "Chan", "Ka Wai"), ("", "Wong", "Siu Ming"), ("", "Leung", "Mei Ling"), ("", "Cheung", "Hoi Yan"),
    ("", "Lau", "Chi Keung"), ("", "Tsang", "Wing Sze"), ("", "Tan", "Wei Ling"), ("", "Lim", "Boon Hock"),
    ("", "Ng", "Hui Min"), ("", "Goh", "Kian Seng"), ("", "Teo", "Shu Fen"), ("", "Ong", "Jia Hui"),
    ("", "Li", "Xiaoyu"), ("", "Zhang", "Wei"), ("", "O'Connell", "Brian"), ("", "Whitfield", "Harriet"),
    ("", "McAllister", "Ross"), ("", "Abernethy", "Claire"), ("", "Goldberg", "Nathan"), ("", "Castellano", "Maria"),
    ("", "Weiß", "Johanna"), ("", "Schäfer", "Tobias"), ("", "Großmann", "Jens"), ("", "Köhler", "Anja"),
    ("", "Lefèvre", "Amélie"), ("", "Girard", "Thierry"), ("", "Chopard-Lallier", "Nathalie"),
]  # fmt: skip
_PUBLISHERS = [("Kogan Page", "London"), ("Routledge", "Abingdon"), ("Palgrave Macmillan", "Cham"),
               ("Springer", "Cham"), ("Bloomsbury", "London"), ("Edward Elgar", "Cheltenham"),
               ("Presses polytechniques et universitaires romandes", "Lausanne"), ("Wiley", "Chichester"),
               ("Oxford University Press", "Oxford"), ("Alphil", "Neuchâtel"), ("NZZ Libro", "Zürich")]  # fmt: skip
_JOURNALS = ["Journal of Brand Management", "Journal of Business Research", "Luxury: History, Culture, Consumption",
             "Journal of Fashion Marketing and Management", "Business History", "Journal of Global Fashion Marketing",
             "International Journal of Research in Marketing", "Journal of Product & Brand Management"]  # fmt: skip
_TOPICS = ["heritage", "scarcity", "waiting lists", "the grey market", "certified pre-owned watches",
           "brand ambassadors", "the Swiss made label", "luxury pricing", "price increases", "boutique retail",
           "the secondary market", "auction prices", "watch collectors", "Instagram watch communities",
           "haute horlogerie", "independent watchmakers", "counterfeits", "Chinese luxury consumers",
           "country of origin", "craftsmanship", "limited editions", "brand storytelling", "digital channels",
           "clienteling", "sustainability in luxury", "smartwatches", "Swiss watch exports", "vertical integration"]  # fmt: skip
_CLASSICS = [
    ("Kotler", "Philip", "Keller", "Kevin Lane", "Marketing management", 2016, "15th", "Pearson", "Harlow"),
    ("Kapferer", "Jean Noël", "Bastien", "Vincent", "The luxury strategy: break the rules of marketing to build luxury brands", 2012, "2nd", "Kogan Page", "London"),
    ("Chaffey", "Dave", "Ellis-Chadwick", "Fiona", "Digital marketing: strategy, implementation and practice", 2019, "7th", "Pearson", "Harlow"),
    ("Keller", "Kevin Lane", "", "", "Strategic brand management: building, measuring, and managing brand equity", 2013, "4th", "Pearson", "Harlow"),
    ("Aaker", "David A.", "", "", "Building strong brands", 1996, "", "Free Press", "New York"),
    ("Chevalier", "Michel", "Mazzalovo", "Gérald", "Luxury brand management: a world of privilege", 2012, "2nd", "Wiley", "Singapore"),
    ("Jobber", "David", "Ellis-Chadwick", "Fiona", "Principles and practice of marketing", 2020, "9th", "McGraw-Hill", "London"),
    ("Sharp", "Byron", "", "", "How brands grow: what marketers don't know", 2010, "", "Oxford University Press", "South Melbourne"),
    ("Kapferer", "Jean Noël", "", "", "Kapferer on luxury: how luxury brands can grow yet remain rare", 2015, "", "Kogan Page", "London"),
]  # fmt: skip
# Public bodies, with the title each publishes and its web address.
_GOVERNMENT = [
    ("Federation of the Swiss Watch Industry (FH)", ["Swiss watch exports {y}", "The Swiss and world watchmaking industry in {y}", "Watch exports: {m} {y}"], "https://www.fhs.swiss/eng/statistics.html"),
    ("Federal Statistical Office (FSO)", ["Swiss economy: facts and figures {y}", "Household budget survey {y}", "Statistical yearbook of Switzerland {y}", "Tourism in Switzerland {y}", "Retail trade turnover statistics {y}"], "https://www.bfs.admin.ch/bfs/en/home/statistics.html"),
    ("Swiss Federal Customs Administration", ["Swiss foreign trade: watches (tariff chapter 91), {y}", "Swiss foreign trade annual report {y}"], "https://www.bazg.admin.ch/bazg/en/home.html"),
    ("Switzerland Global Enterprise", ["Export opportunities for Swiss watchmakers in Asia", "Market report: Singapore {y}", "Doing business in the United States: Swiss consumer goods"], "https://www.s-ge.com/en/publication"),
    ("State Secretariat for Economic Affairs (SECO)", ["Free trade agreement between Switzerland and China: key figures {y}", "Swiss economic outlook {y}", "Switzerland's trade relations with the United States"], "https://www.seco.admin.ch/seco/en/home.html"),
    ("Hong Kong Trade Development Council", ["Hong Kong industry profile: clocks and watches", "Watch and clock buyers' survey {y}", "Mainland consumers and luxury spending in Hong Kong"], "https://research.hktdc.com/en/article"),
    ("Statistisches Bundesamt", ["Foreign trade: imports of watches and clocks {y}", "Retail trade in Germany {y}"], "https://www.destatis.de/EN/Themes/Economy/Foreign-Trade/_node.html"),
    ("Office of the United States Trade Representative", ["{y} national trade estimate report on foreign trade barriers", "Switzerland: trade summary"], "https://ustr.gov/countries-regions/europe-middle-east/europe/switzerland"),
]  # fmt: skip
# Firms: (name as cited, tags, titles, site).
_COMPANIES = [
    ("The Swatch Group AG", {"company"}, ["Annual report {y}", "Sustainability report {y}", "Swatch Group at a glance"], "https://www.swatchgroup.com/en/investor-relations"),
    ("Compagnie Financière Richemont SA", {"company"}, ["Annual report and accounts {y}", "Sustainability report {y}"], "https://www.richemont.com/investors/results-reports-presentations/"),
    ("Rolex SA", {"company"}, ["Rolex certified pre-owned", "The Rolex Perpetual Planet initiative", "Rolex and tennis"], "https://www.rolex.com/en-gb/rolex-certified-pre-owned"),
    ("Hans Wilsdorf Foundation", {"foundation"}, ["Our mission", "Annual activity report {y}"], "https://www.fondationwilsdorf.ch/en"),
    ("Watches of Switzerland Group plc", {"company"}, ["Annual report and accounts {y}", "Long range plan: investor presentation", "Certified pre-owned: our approach"], "https://www.thewosgroupplc.com/investors"),
    ("Chrono24 GmbH", {"company"}, ["Watch market report {y}", "The Chrono24 price index", "How Chrono24's trusted checkout works"], "https://www.chrono24.com/magazine"),
    ("LVMH Moët Hennessy Louis Vuitton SE", {"company"}, ["Annual report {y}", "Watches and jewelry: business review {y}"], "https://www.lvmh.com/investors/"),
    ("Patek Philippe SA", {"company"}, ["The Watch Art Grand Exhibition", "Our history", "Caring for your watch"], "https://www.patek.com/en/company/history"),
    ("Breitling SA", {"company"}, ["Breitling squads", "Sustainability report {y}"], "https://www.breitling.com/gb-en/sustainability/"),
    ("TAG Heuer S.A.", {"company"}, ["TAG Heuer certified pre-owned", "Our heritage"], "https://www.tagheuer.com/gb/en/certified-pre-owned.html"),
    ("Chopard & Cie SA", {"company", "ampersand"}, ["The journey to sustainable luxury", "Ethical gold: progress report {y}"], "https://www.chopard.com/en-gb/sustainability.html"),
    ("WatchBox Ltd", {"company"}, ["The pre-owned watch market {y}", "How we authenticate watches"], "https://www.thewatchbox.com/en-gb/about"),
    ("Phillips Auctioneers Ltd", {"company"}, ["Geneva watch auction: results {y}", "Racing Pulse: sale results"], "https://www.phillips.com/auctions/past"),
    ("Christie's Inc.", {"company", "apostrophe"}, ["Rare watches: results {y}", "Collecting guide: vintage Rolex"], "https://www.christies.com/en/stories"),
    ("Sotheby's", {"company", "apostrophe"}, ["Important watches: sale results {y}", "A collector's guide to independent watchmakers"], "https://www.sothebys.com/en/articles"),
    ("Bucherer AG", {"company"}, ["Bucherer certified pre-owned", "Blue editions"], "https://www.bucherer.com/ch/en/certified-pre-owned"),
    ("Fondation de la Haute Horlogerie", {"foundation"}, ["Watch market overview {y}", "The FHH compendium"], "https://www.hautehorlogerie.org/en/watches-and-culture/"),
    ("Hodinkee Inc.", {"company"}, ["Hodinkee certified pre-owned", "About Hodinkee"], "https://www.hodinkee.com/about"),
]  # fmt: skip
_PRESS = ["Neue Zürcher Zeitung", "Le Temps", "Tages-Anzeiger", "Financial Times", "Hodinkee", "WatchPro", "Revolution",
          "South China Morning Post", "The Business Times", "Bloomberg"]  # fmt: skip
_DOMAINS = {"Neue Zürcher Zeitung": "www.nzz.ch/english", "Le Temps": "www.letemps.ch/economie",
            "Tages-Anzeiger": "www.tagesanzeiger.ch/wirtschaft", "Financial Times": "www.ft.com/content",
            "Hodinkee": "www.hodinkee.com/articles", "WatchPro": "www.watchpro.com", "Revolution": "revolutionwatch.com",
            "South China Morning Post": "www.scmp.com/business", "The Business Times": "www.businesstimes.com.sg/lifestyle",
            "Bloomberg": "www.bloomberg.com/news/articles"}  # fmt: skip
_HEADLINES = ["Swiss watch exports fall as demand in China weakens", "Rolex buys Bucherer in surprise deal",
              "Why waiting lists for steel sports watches are getting shorter", "Grey-market prices slide for the third quarter",
              "Certified pre-owned becomes the new battleground for watch retailers", "Swatch shares drop after profit warning",
              "The MoonSwatch effect: queues, resellers and a new generation of buyers", "Richemont sells Yoox Net-a-Porter stake",
              "Watch brands raise prices again as the franc strengthens", "Hong Kong watch retailers struggle as tourists stay away",
              "Singapore's watch boutiques bet on wealthy younger buyers", "Watches and Wonders draws record crowds to Geneva",
              "US tariffs threaten Swiss watchmakers' biggest market", "Inside the auction boom for independent watchmakers",
              "How brand ambassadors sell mechanical watches to Gen Z", "Pre-owned platforms face a reckoning as prices cool",
              "The end of Baselworld and what it means for smaller brands", "Chrono24 cuts jobs as second-hand market slows",
              "Uhrenindustrie: Die Luxusmarken trotzen der Krise", "Horlogerie: la fin des listes d'attente"]  # fmt: skip
_RESEARCH = [
    ("Morgan Stanley & LuxeConsult", {"market-research", "ampersand"}, ["Swiss watch industry report {y}: brand rankings and market shares", "The Swiss watch industry: the year of the pre-owned"], "https://www.morganstanley.com/ideas"),
    ("Morgan Stanley", {"market-research"}, ["Swiss watches: top 50 brands {y}"], "https://www.morganstanley.com/ideas"),
    ("Deloitte", {"market-research"}, ["The Deloitte Swiss watch industry study {y}", "Swiss watch industry study {y}: navigating uncertainty"], "https://www.deloitte.com/ch/en/Industries/consumer/research/swiss-watch-industry-study.html"),
    ("Bain & Company", {"market-research", "ampersand"}, ["Luxury goods worldwide market study, fall-winter {y}", "Long live luxury: converge to expand through turbulence"], "https://www.bain.com/insights/topics/luxury/"),
    ("McKinsey & Company", {"market-research", "ampersand"}, ["The state of fashion: watches and jewellery {y}", "Time for change: how to win in the pre-owned watch market"], "https://www.mckinsey.com/industries/retail/our-insights"),
    ("Statista", {"market-research"}, ["Value of Swiss watch exports worldwide from 2000 to {y}", "Luxury watches: market data and analysis {y}", "Leading Swiss watch brands by estimated revenue {y}"], "https://www.statista.com/statistics/"),
    ("Euromonitor International", {"market-research"}, ["Luxury watches in Switzerland", "Watches in Hong Kong, China", "Luxury goods in the United States"], "https://www.euromonitor.com/"),
    ("Boston Consulting Group & Altagamma", {"market-research", "ampersand"}, ["True-luxury global consumer insight {y}"], "https://www.bcg.com/publications"),
]  # fmt: skip
_MONTHS = ["January", "March", "May", "July", "September", "November"]


class Blind316WorkFactory(WorkFactory):
    """Works for blind316: a subclass with a random source of its own, so no other pool's corpus changes."""

    # The kinds of work it makes (its makers: book, chapter, journal, government, company, press, market research,
    # the classic texts and web pages by named writers).
    KINDS = ("book", "chapter", "journal", "report", "web", "news")

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 316)
        for index, locale in enumerate(_LOCALES):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 313 + index)
                self.fakers[locale] = fake
        self.classics_used: set[int] = set()
        self.org_years: list[tuple[str, Any, int]] = []
        self.org_titles: list[tuple[str, Any, int, str]] = []

    # ---------------------------------------------------------------- people
    def person(self) -> dict[str, str]:
        if self.rng.random() < 0.55:
            particle, family, given = self.rng.choice(_NAMES)
        else:
            fake = self.fakers[self.rng.choice(_LOCALES)]
            family, given = fake.last_name(), fake.first_name()
            particle = ""
            words = family.split()
            if len(words) > 1 and words[0].islower():  # "de Dardel": the particle apart
                particle, family = words[0], " ".join(words[1:])
            given = given.replace("-", " ")  # "Jean-Pierre" is kept as two given names
        name = {"family": family, "given": given}
        if particle:
            name["non-dropping-particle"] = particle
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 28, 16, 9, 5, 4, 2, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1986, 2005)
        return self.rng.randint(2008, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        first = issued[0] if issued else 2022
        year = self.rng.randint(max(first, 2023), max(first, 2025))
        month = self.rng.randint(1, 12)
        day = self.rng.randint(1, 28)
        if issued and year == issued[0] and len(issued) > 1:
            month = self.rng.randint(issued[1], 12)
            if month == issued[1] and len(issued) > 2:
                day = self.rng.randint(issued[2], 28)
        return {"date-parts": [[year, month, day]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        forms = [
            f"{topic[0].upper()}{topic[1:]} and {other} in the Swiss watch industry",
            f"Time as luxury: {topic} and the consumer",
            f"The role of {topic} in luxury watch brands",
            f"From the Jura to Hong Kong: {topic} in haute horlogerie",
            f"{topic[0].upper()}{topic[1:]}: evidence from luxury watch buyers in {self.rng.choice(['Switzerland', 'Germany', 'Hong Kong', 'Singapore', 'the United States', 'the UK'])}",
            f"When rarity sells: {topic} and {other}",
            f"Rethinking {topic} after the quartz crisis",
            f"Swiss made, digitally sold: {topic} and {other}",
        ]
        return self.rng.choice(forms)

    # ---------------------------------------------------------------- works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "government", "company", "press", "market-research", "classic", "web"],
            weights=[9, 5, 24, 10, 14, 12, 11, 7, 4],
        )[0]  # fmt: skip
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        return work

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "book", "title": self._title(), "author": self._people(4),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
        }  # fmt: skip
        if self.rng.random() < 0.2:
            record["edition"] = str(self.rng.randint(2, 4))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 280)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["The Routledge companion to luxury marketing", "Luxury and the watch: a history",
                                                "Research handbook on luxury branding", "The Palgrave handbook of luxury business",
                                                "Global luxury: organizational change and emerging markets since the 1970s"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(12, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 80)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = f"10.{self.rng.choice(['1057', '1016', '1080', '1108'])}/{self.rng.randint(10000, 99999)}"
        return self._person_work(record, "journal")

    def _classic(self) -> Work:
        free = [i for i in range(len(_CLASSICS)) if i not in self.classics_used]
        if not free:
            return self._book()
        index = self.rng.choice(free)
        self.classics_used.add(index)
        family, given, family2, given2, title, year, edition, publisher, place = _CLASSICS[index]
        authors = [{"family": family, "given": given}]
        if family2:
            authors.append({"family": family2, "given": given2})
        record: dict[str, Any] = {"type": "book", "title": title, "author": authors,
                                  "issued": {"date-parts": [[year]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if edition:
            record["edition"] = edition
        return self._person_work(record, "book")

    def _row(self, table: str, rows: list[Any], undated: float) -> tuple[Any, int | None, str]:
        """A row of a table of sources, its year and a title of it; now and then one source's second work of a year
        ("Statista, 2024a" and "2024b"), always with another title."""
        earlier = [(row, year) for key, row, year in self.org_years if key == table]
        if earlier and self.rng.random() < 0.15:
            row, year = self.rng.choice(earlier)
            used = {t for key, r, y, t in self.org_titles if r is row and y == year}
            titles = [
                t
                for t in row[-2]
                if t.format(y=year - 1, m="May") not in used and t.format(y=year, m="May") not in used
            ]
            if titles:
                return row, year, self.rng.choice(titles)
        row = self.rng.choice(rows)
        year = None if self.rng.random() < undated else self.rng.randint(2014, 2025)
        return row, year, self.rng.choice(row[-2])

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str], table: str, row: Any) -> Work:
        year = record.get("issued", {}).get("date-parts", [[None]])[0][0]
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        if year is not None:
            self.org_years.append((table, row, year))
            self.org_titles.append((table, row, year, record["title"]))
        return self._org_work(record, kind, name, tags)

    def _government(self) -> Work:
        row, year, title = self._row("government", _GOVERNMENT, 0.08)
        name, _titles, url = row
        record: dict[str, Any] = {"type": "report" if self.rng.random() < 0.7 else "webpage", "URL": url,
                                  "title": title.format(y=(year or 2024) - 1, m="May")}  # fmt: skip
        if year is not None:
            record["issued"] = {"date-parts": [[year]]}
        if record["type"] == "report":
            record["publisher"] = name
            record["publisher-place"] = {"Hong Kong Trade Development Council": "Hong Kong", "Statistisches Bundesamt": "Wiesbaden",
                                         "Office of the United States Trade Representative": "Washington, DC",
                                         "Switzerland Global Enterprise": "Zürich"}.get(name, "Neuchâtel" if "Statistical" in name else "Bern")  # fmt: skip
            if "(FH)" in name or " FH" in name:
                record["publisher-place"] = "Biel/Bienne"
        return self._org(
            record, "report" if record["type"] == "report" else "web", name, {"government"}, "government", row
        )

    def _company(self) -> Work:
        row, year, title = self._row("company", _COMPANIES, 0.0)
        name, tags, _titles, url = row
        if year is not None and "{y}" not in title and self.rng.random() < 0.35:
            year = None  # firms' pages carry no date: "(Rolex SA, no date)"
        record: dict[str, Any] = {"type": "report" if "report" in title.lower() else "webpage", "URL": url,
                                  "title": title.format(y=year or 2024)}  # fmt: skip
        if year is not None:
            record["issued"] = {"date-parts": [[year]]}
        if record["type"] == "report":
            record["publisher"] = name
        return self._org(
            record,
            "report" if record["type"] == "report" else "web",
            name,
            set(tags) | {"organisation"},
            "company",
            row,
        )

    def _market_research(self) -> Work:
        row, year, title = self._row("research", _RESEARCH, 0.1)
        name, tags, _titles, url = row
        record: dict[str, Any] = {"type": "report", "URL": url, "publisher": name.split(" & ")[0] if "Company" not in name else name,
                                  "title": title.format(y=(year or 2024) - 1)}  # fmt: skip
        if year is not None:
            record["issued"] = {"date-parts": [[year]]}
        return self._org(record, "report", name, set(tags), "research", row)

    def _press(self) -> Work:
        paper = self.rng.choice(_PRESS)
        year = self.year() if self.rng.random() < 0.3 else self.rng.randint(2017, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self.rng.choice(_HEADLINES), "container-title": paper,
            "issued": {"date-parts": [issued]},
            "URL": f"https://{_DOMAINS[paper]}/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        record["accessed"] = self._accessed_after(issued)
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _dated(self, record: dict[str, Any], undated: float) -> int | None:
        if self.rng.random() < undated:
            return None
        year = self.year()
        record["issued"] = {"date-parts": [[year]]}
        return year

    def _web(self) -> Work:
        """A blog post or page by a named writer (a collector, a consultant), sometimes with no date."""
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "URL": f"https://{self.rng.choice(['www.watchtime.com', 'monochrome-watches.com', 'www.fratellowatches.com', 'www.luxurysociety.com', 'www.linkedin.com/pulse'])}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        self._dated(record, 0.35)
        record["accessed"] = self._accessed_after(record.get("issued", {}).get("date-parts", [None])[0])
        return self._person_work(record, "web")
