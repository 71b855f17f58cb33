"""The blind261 pool's works: what marketers in Alsace, Lorraine, Brittany and Corsica (and their diaspora in
Montreal, Paris, London and Brussels) cite in CIM Level 6 and 7 reports and MBA assignments written in English.

French textbooks (Dunod, Vuibert, Pearson France, the Presses universitaires de Rennes and de Strasbourg) beside
English ones, French and English journals with up to eight authors and DOIs, theses of the region's universities and
business schools, conference papers (AFM, JNRC, EMAC), public bodies and regulators, trade bodies and charities,
regional companies' pages, annual reports and investor decks, market research with years, the regional and national
press signed and unsigned, social posts, videos, podcasts and undated pages. Names as their owners print them:
French particles and apostrophes (de Gaulle, d'Ornano, Le Goff, L'Hostis), Breton, Alsatian, Corsican, Québécois,
Belgian and British names. Written without reading the checker, its tests or the other pools.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# (family, given, particle): particle "" for none. Hyphenated given names are written as their owners print them.
_PEOPLE = [
    ("Gaulle", "Anne", "de"), ("Pont", "Hélène", "du"), ("Le Goff", "Yann", ""), ("Le Bihan", "Gwenaëlle", ""),
    ("L'Hostis", "Erwan", ""), ("d'Ornano", "Marie-Claire", ""), ("Kerjean", "Loïc", ""), ("Le Gall", "Nolwenn", ""),
    ("Quéméner", "Tanguy", ""), ("Morvan", "Soizic", ""), ("Schneider", "Thomas", ""), ("Haegeli", "Mathilde", ""),
    ("Meyer-Kuhn", "Lukas", ""), ("Santoni", "Ghjuvanni", ""), ("Pieri", "Letizia", ""), ("Casanova", "Paul-Antoine", ""),
    ("Colonna d'Istria", "Ghjulia", ""), ("Tremblay", "Jean-Pierre", ""), ("Gagnon", "Émilie", ""),
    ("Bouchard", "Mathieu", ""), ("Côté", "Geneviève", ""), ("Lefebvre", "Amélie", ""), ("Peeters", "Jan", ""),
    ("Janssens", "Els", ""), ("Dubois", "Céline", ""), ("Vanderstraeten", "Pieter", ""), ("Smith", "Rebecca", ""),
    ("Davies", "Owen", ""), ("Campbell", "Fiona", ""), ("Müller", "Jürgen", ""), ("Wetzel", "Claire", ""),
    ("Ehrhart", "Sophie", ""), ("Kieffer", "Damien", ""), ("Stoeckel", "Aurélie", ""), ("Jacquemin", "Benoît", ""),
    ("Thiébaut", "Nicolas", ""), ("Guillou", "Maëlle", ""), ("Le Roux", "Gaël", ""), ("Prigent", "Ronan", ""),
    ("Cadiou", "Annaïg", ""), ("Filippi", "Dumenicu", ""), ("Luciani", "Stella", ""), ("Marchetti", "Antoine", ""),
    ("Ladwein", "Richard", ""), ("Gallen", "Céline", ""), ("Cova", "Bernard", ""), ("Bergadaà", "Michelle", ""),
    ("Lambert", "Virginie", ""), ("Villiers", "Marc", "de"), ("Barnier", "Virginie", "de"), ("Mesnil", "Claire", "du"),
    ("Robert-Demontrond", "Philippe", ""), ("Ferrandi", "Jean-Marc", ""), ("Ouellet", "Jean-François", ""),
    ("O'Neill", "Siobhan", ""), ("Bertrand", "Julie", ""), ("Nguyen", "Thi Lan", ""), ("Benali", "Yasmine", ""),
]  # fmt: skip
# Organisations as the candidates cite them: (name, tags, kind of body).
_PUBLIC = [
    ("INSEE", {"government", "acronym"}), ("Institut national de la statistique et des études économiques (INSEE)", {"government", "abbreviation"}),
    ("Région Grand Est", {"government"}), ("Région Bretagne", {"government"}), ("Collectivité de Corse", {"government"}),
    ("Collectivité européenne d'Alsace", {"government", "apostrophe"}), ("Atout France", {"government"}),
    ("Autorité de la concurrence", {"government"}), ("CNIL", {"government", "acronym"}),
    ("Commission nationale de l'informatique et des libertés (CNIL)", {"government", "apostrophe", "abbreviation"}),
    ("ARPP", {"government", "acronym"}), ("DGCCRF", {"government", "acronym"}), ("Banque de France", {"government"}),
    ("Office public de la langue bretonne", {"government"}), ("European Commission", {"government"}),
    ("Eurostat", {"government"}),
]  # fmt: skip
_TRADE = [
    ("CCI Alsace Eurométropole", {"trade-body"}), ("CCI Bretagne", {"trade-body"}), ("Medef", {"trade-body"}),
    ("Produit en Bretagne", {"trade-body"}), ("Conseil Interprofessionnel des Vins d'Alsace (CIVA)", {"trade-body", "apostrophe", "abbreviation"}),
    ("Syndicat des Brasseurs", {"trade-body"}), ("Diwan", {"charity"}), ("Fondation du patrimoine", {"charity"}),
    ("Emmaüs France", {"charity"}), ("Secours populaire", {"charity"}),
]  # fmt: skip
_COMPANIES = [
    ("Brasseries Kronenbourg SAS", {"company"}), ("Crédit Mutuel Arkéa", {"company"}), ("Armor-Lux SA", {"company"}),
    ("Brittany Ferries", {"company"}), ("BAI Bretagne Angleterre Irlande SA", {"company"}), ("Hénaff SAS", {"company"}),
    ("Corsica Linea SA", {"company"}), ("Europa-Park GmbH & Co Mack KG", {"company", "ampersand"}),
    ("Groupe Even", {"company"}), ("Bonduelle SA", {"company"}), ("Le Slip Français SAS", {"company"}),
    ("Crédit Mutuel Alliance Fédérale", {"company"}), ("Saint James", {"company"}), ("Air Corsica", {"company"}),
]  # fmt: skip
_RESEARCH = ["INSEE", "Kantar France", "Ipsos France", "IFOP", "Nielsen France", "Circana France", "Xerfi", "Statista",
             "Euromonitor International", "Baromètre de l'économie bretonne"]  # fmt: skip
_PRESS = ["Les Dernières Nouvelles d'Alsace", "DNA", "L'Alsace", "Le Républicain Lorrain", "Ouest-France",
          "Le Télégramme", "Corse-Matin", "Le Monde", "Les Échos", "Le Figaro", "LSA", "Reuters", "Financial Times"]  # fmt: skip
_UNIVERSITIES = ["Université de Strasbourg (EM Strasbourg)", "Université de Lorraine (ICN Business School)",
                 "Université de Rennes (IGR-IAE)", "Rennes School of Business", "Université de Bretagne Occidentale",
                 "Università di Corsica Pasquale Paoli", "Sciences Po", "HEC Paris"]  # fmt: skip
_CONFERENCES = ["Congrès de l'Association Française du Marketing (AFM)", "Journées Normandes de Recherche sur la Consommation",
                "EMAC Annual Conference", "Academy of Marketing Conference", "Tourism and Hospitality Research Conference"]  # fmt: skip
_JOURNALS = ["Journal of Business Research", "Tourism Management", "Recherche et Applications en Marketing",
             "Décisions Marketing", "Revue française de gestion", "Management & Avenir", "Annals of Tourism Research"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Sage", "London"), ("Kogan Page", "London"), ("Pearson", "Harlow"),
               ("Dunod", "Paris"), ("Vuibert", "Paris"), ("Pearson France", "Montreuil"),
               ("Presses universitaires de Rennes", "Rennes"), ("Presses universitaires de Strasbourg", "Strasbourg")]  # fmt: skip
_TOPICS = ["regional brand identity", "terroir and place branding", "Breton products and consumer ethnocentrism",
           "the Produit en Bretagne label", "Alsace wine tourism", "Christmas market tourism", "Corsican identity in food marketing",
           "bilingual advertising", "mutualist banking and customer loyalty", "ferry brand experience", "theme park service quality",
           "festival sponsorship", "cider and craft beer brands", "made-in-France fashion", "co-operative brands",
           "island tourism seasonality", "cross-border shoppers in the Upper Rhine", "heritage brands and nostalgia",
           "local sourcing in supermarkets", "the Bretagne regional brand"]  # fmt: skip
_FORMS = ["{T}: evidence from Brittany", "Rethinking {t}", "{T} in Alsace and Lorraine", "{T}: a Corsican case",
          "Marketing {t} to the diaspora", "{T} and the regional consumer", "What {t} means for SMEs", "{T}: lessons for marketers"]  # fmt: skip


class Blind261WorkFactory(WorkFactory):
    """Works of the blind261 pool (see the module docstring)."""

    KINDS = ("book", "chapter", "journal", "thesis", "conference", "government", "trade-body", "company",
             "annual-report", "market-research", "news", "social", "video", "podcast", "undated-web")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 261)
        self.dated_orgs: list[tuple[str, set[str], int]] = []

    def person(self) -> dict[str, str]:
        family, given, particle = self.rng.choice(_PEOPLE)
        name = {"family": family, "given": given}
        if particle:
            name["non-dropping-particle"] = particle
        return name

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1975, 2004)
        return self.rng.randint(2010, 2025)

    def accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        low = max(2022, year or 2022)
        return {
            "date-parts": [[self.rng.randint(low, max(low, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]]
        }

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        form = self.rng.choice(_FORMS)
        return form.replace("{t}", topic).replace("{T}", topic[0].upper() + topic[1:])

    def _url(self, host: str) -> str:
        slug = self.rng.choice(["actualites", "etudes", "presse", "en/news", "publications", "insights"])
        return f"https://www.{host}/{slug}/{self.rng.randint(1000, 99999)}"

    def _host(self, name: str) -> str:
        return "".join(c for c in name.split(" (")[0].lower() if c.isascii() and c.isalnum())[:18] + ".fr"

    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.KINDS), weights=[12, 5, 20, 4, 4, 9, 6, 7, 4, 9, 8, 3, 2, 2, 5])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _dated_org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then a second work of an organisation in a year it already has ("INSEE, 2023a" and "2023b").
        if "issued" in record and self.dated_orgs and self.rng.random() < 0.15:
            name, tags, year = self.rng.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [[year]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(year)
            if kind == "report":
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated_orgs.append((name, set(tags), record["issued"]["date-parts"][0][0]))
        return self._org_work(record, kind, name, set(tags))

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 300)
        record: dict[str, Any] = {"type": "chapter", "title": self._title(), "author": self._people(3),
                                  "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
                                  "container-title": f"Marketing territorial: {self.rng.choice(_TOPICS)}",
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place, "page": f"{start}-{start + self.rng.randint(10, 30)}"}  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 600)
        record: dict[str, Any] = {"type": "article-journal", "title": self._title(), "author": self._people(8),
                                  "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
                                  "volume": str(self.rng.randint(1, 160)), "issue": str(self.rng.randint(1, 6)),
                                  "page": f"{start}-{start + self.rng.randint(10, 28)}"}  # fmt: skip
        if self.rng.random() < 0.6:
            record["DOI"] = (
                f"10.{self.rng.choice(['1016', '1177', '3917', '7193'])}/{self.rng.choice(['j.jbusres', 'j.tourman', 'rfg', 'mav', 'dm'])}.{self.rng.randint(2010, 2025)}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(_UNIVERSITIES),
                                  "genre": self.rng.choice(["PhD thesis", "Thèse de doctorat", "MBA dissertation"])}  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(4),
                                  "container-title": self.rng.choice(_CONFERENCES),
                                  "publisher-place": self.rng.choice(["Strasbourg", "Rennes", "Nancy", "Brest", "Corte", "London"]),
                                  "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        return self._person_work(record, "conference")

    def _government(self) -> Work:
        name, tags = self.rng.choice(_PUBLIC)
        year = self.year() if self.rng.random() < 0.85 else None
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "URL": self._url(self._host(name)), "accessed": self.accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._dated_org(record, "government", name, tags)

    def _trade_body(self) -> Work:
        name, tags = self.rng.choice(_TRADE)
        year = self.year() if self.rng.random() < 0.8 else None
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url(self._host(name)),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._dated_org(record, "trade-body", name, tags)

    def _company(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.year() if self.rng.random() < 0.7 else None
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(["Notre histoire", "Our story", "Nos engagements RSE", "Press room", "Brand values"]) + f": {self.rng.choice(_TOPICS)}",
                                  "URL": self._url(self._host(name)), "accessed": self.accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._dated_org(record, "company", name, tags)

    def _annual_report(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.year()
        title = self.rng.choice([f"Annual report {year}", f"Rapport annuel {year}", f"Document d'enregistrement universel {year}",
                                 f"Investor presentation: FY{year} results", f"Rapport RSE {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name, "publisher-place": self.rng.choice(["Strasbourg", "Rennes", "Roscoff", "Bastia", "Paris", "Obernai"]),
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url(self._host(name))
            record["accessed"] = self.accessed_after(year)
        return self._dated_org(record, "annual-report", name, tags)

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.9 else None
        market = self.rng.choice(["beer", "cider", "Alsace wine", "crêpes and galettes", "canned fish", "French-made underwear",
                                  "ferry travel", "theme parks", "regional banking", "Corsican charcuterie"])  # fmt: skip
        title = self.rng.choice([f"Le marché de la {market} en France {year or 2024}", f"{market.capitalize()} in France: market report",
                                 f"Consumer survey on {market}, {year or 2023}", f"Les Français et la {market}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" (")[0],
                                  "URL": self._url(self._host(name)), "accessed": self.accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._dated_org(record, "market-research", name, {"market-research"})

    def _news(self) -> Work:
        paper = self.rng.choice(_PRESS)
        year = self.year()
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": paper,
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url(self._host(paper)), "accessed": self.accessed_after(year + 1)}  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _social(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES + _TRADE)
        year = self.year()
        record: dict[str, Any] = {"type": "post", "title": f"{self.rng.choice(['Instagram post', 'LinkedIn post', 'Post on X'])}: {self.rng.choice(_TOPICS)}",
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url("instagram.com"), "accessed": self.accessed_after(year + 1)}  # fmt: skip
        return self._org_work(record, "social", name, tags | {"social"})

    def _video(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.year()
        record: dict[str, Any] = {"type": "motion_picture", "title": f"{self.rng.choice(['Brand film', 'Campaign video', 'Behind the scenes'])}: {self.rng.choice(_TOPICS)}",
                                  "issued": {"date-parts": [[year]]}, "URL": self._url("youtube.com"), "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org_work(record, "video", name, tags)

    def _podcast(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "song", "title": f"Episode {self.rng.randint(1, 180)}: {self.rng.choice(_TOPICS)}",
                                  "author": self._people(2), "container-title": self.rng.choice(["Marketing Breizh", "Les Echos Start", "Parlons marque", "Bastia Business"]),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url("podcasts.apple.com"), "accessed": self.accessed_after(year)}  # fmt: skip
        return self._person_work(record, "podcast")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "accessed": self.accessed_after(None)}
        if self.rng.random() < 0.4:
            record["author"] = self._people(2)
            record["URL"] = self._url("blog.bzh")
            return self._person_work(record, "undated-web")
        name, tags = self.rng.choice(_TRADE + _COMPANIES + _PUBLIC)
        record["URL"] = self._url(self._host(name))
        return self._org_work(record, "undated-web", name, set(tags) | {"undated"})
