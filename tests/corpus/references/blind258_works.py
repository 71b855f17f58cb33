"""The blind258 pool's works: what marketers in Sicily, Sardinia, Calabria and Puglia, and in their diaspora, cite.

Written without reading the checker, its tests or the other pools. Textbooks from Italian and British publishers,
chapters, journal articles (with up to eight authors and DOIs), theses from southern universities, conference papers,
regional and national bodies and regulators (some with two works in a year), trade bodies, consortia and charities,
company pages, annual reports and investor decks, market research with years, the regional and national press signed
and unsigned, social posts, videos, podcasts and undated pages. Names as their owners print them: Italian surnames
with particles and apostrophes kept whole ("Di Stefano", "D'Alessandro", "Lo Presti"), Sardinian surnames, double
given names, and the diaspora's Australian, Canadian, American and Argentine names.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

_SURNAMES = ["Di Stefano", "De Luca", "Lo Presti", "La Rosa", "Li Causi", "D'Alessandro", "Dell'Utri", "D'Amico",
             "Russo", "Lombardo", "Messina", "Caruso", "Greco", "Marino", "Rizzo", "Puglisi", "Scuderi", "Cannizzaro",
             "Pinna", "Porcu", "Sanna", "Melis", "Piras", "Deiana", "Mura", "Cossu", "Zedda", "Floris", "Carta",
             "Gentile", "Ferraro", "Loiacono", "Palumbo", "Colucci", "De Giorgi", "Quarta", "Perrone", "Mancuso",
             "Vitale", "Lo Iacono", "Li Volsi", "Di Maggio", "La Barbera", "Abbate", "Sciacca", "Vaccaro", "Nicolosi",
             "Giuffrida", "Tumminello", "Scarcella", "Calò", "Nicolò", "Salvà", "Pappalardo", "Tornatore"]  # fmt: skip
_GIVEN = ["Giuseppe", "Salvatore", "Rosalia", "Agata", "Carmelo", "Francesca", "Giovanni", "Antonella", "Vincenzo",
          "Maria Grazia", "Gian Luca", "Gian Marco", "Anna Maria", "Maria Rita", "Pier Paolo", "Maria Chiara",
          "Efisio", "Gavino", "Bachisio", "Giovanna", "Nicola", "Teresa", "Domenico", "Concetta", "Rocco", "Ilaria",
          "Niccolò", "Lucrezia", "Tiziana", "Angelo", "Sebastiano", "Federica", "Marcello", "Simona"]  # fmt: skip
# The diaspora and the foreign scholars these candidates read (family name, given name).
_DIASPORA = [("Fernández", "Lucía"), ("Pérez", "Martín"), ("González", "Sofía"), ("Rodríguez", "Mateo"),
             ("Bianchi Acosta", "Julieta"), ("Sciarra", "Brendan"), ("Costanzo", "Kylie"), ("Nguyen", "Lan"),
             ("Tremblay", "Chantal"), ("Gagnon", "Marc-André"), ("MacDonald", "Heather"), ("O'Brien", "Siobhan"),
             ("Smith", "Andrew"), ("Williams", "Rebecca"), ("Taylor", "James"), ("Ryan", "Megan"),
             ("Kowalski", "Adam"), ("Chen", "Wei"), ("Papadopoulos", "Eleni"), ("Iacobucci", "Dawn"),
             ("Cohen", "Rachel"), ("Charters", "Steve"), ("Thach", "Liz"), ("Lockshin", "Larry"),
             ("Hall", "C. Michael"), ("Sigala", "Marianna"), ("Kotler", "Philip"), ("Keller", "Kevin Lane")]  # fmt: skip
_ORGANISATIONS = [
    ("Istat", {"government", "statistics"}), ("Istituto Nazionale di Statistica (Istat)", {"government", "abbreviation"}),
    ("Regione Siciliana", {"government"}), ("Regione Autonoma della Sardegna", {"government"}),
    ("Regione Puglia", {"government"}), ("Regione Calabria", {"government"}),
    ("ENIT", {"government", "acronym"}), ("ENIT – Agenzia Nazionale del Turismo", {"government"}),
    ("Autorità Garante della Concorrenza e del Mercato (AGCM)", {"government", "abbreviation"}),
    ("Garante per la protezione dei dati personali", {"government"}), ("AGCOM", {"government", "acronym"}),
    ("Banca d'Italia", {"government", "apostrophe"}),
    ("Ministero dell'Agricoltura, della Sovranità Alimentare e delle Foreste (MASAF)", {"government", "apostrophe", "comma", "abbreviation"}),
    ("European Commission", {"government"}), ("Eurostat", {"government"}),
]  # fmt: skip
_TRADE = [
    ("Confindustria Sicilia", {"trade-body"}), ("Confcommercio", {"trade-body"}), ("Coldiretti", {"trade-body"}),
    ("Federvini", {"trade-body"}), ("Assobirra", {"trade-body"}),
    ("Consorzio di Tutela Vini DOC Sicilia", {"trade-body"}), ("Consorzio Pecorino Sardo", {"trade-body"}),
    ("Slow Food", {"charity"}), ("Libera", {"charity"}), ("Legambiente", {"charity"}),
    ("Slow Food Italia", {"charity"}), ("Coldiretti Puglia", {"trade-body"}),
]  # fmt: skip
_COMPANIES = [
    ("Dolce & Gabbana S.r.l.", {"company", "ampersand"}), ("Averna S.p.A.", {"company"}),
    ("Gruppo Campari", {"company"}), ("Tasca d'Almerita S.r.l.", {"company", "apostrophe"}),
    ("Planeta S.r.l.", {"company"}), ("Banca Popolare di Bari S.C.p.A.", {"company"}),
    ("Banco di Sardegna S.p.A.", {"company"}), ("Tiscali S.p.A.", {"company"}),
    ("Caronte & Tourist S.p.A.", {"company", "ampersand"}), ("Grandi Navi Veloci S.p.A.", {"company"}),
    ("Aeroporti di Puglia S.p.A.", {"company"}), ("Donnafugata", {"company"}), ("Cantine Florio", {"company"}),
    ("Sella & Mosca", {"company", "ampersand"}), ("Argiolas", {"company"}), ("Caffè Mauro", {"company"}),
    ("Pastificio Rummo S.p.A.", {"company"}), ("Divella", {"company"}), ("Callipo", {"company"}),
    ("Amarelli", {"company"}), ("Fiasconaro", {"company"}), ("BPER Banca", {"company"}), ("Credem", {"company"}),
    ("GESAP", {"company", "acronym"}), ("SAC Società Aeroporto Catania S.p.A.", {"company"}),
]  # fmt: skip
_RESEARCH = ["Istat", "Nomisma", "Ismea", "Censis", "Svimez", "Doxa", "Ipsos Italia", "NielsenIQ Italia", "Statista",
             "Euromonitor International"]  # fmt: skip
_PRESS = ["Giornale di Sicilia", "La Sicilia", "L'Unione Sarda", "La Nuova Sardegna", "La Gazzetta del Mezzogiorno",
          "Corriere della Sera", "Il Sole 24 Ore", "la Repubblica", "Gambero Rosso", "Reuters", "Financial Times"]  # fmt: skip
_JOURNALS = ["Journal of Business Research", "Tourism Management", "British Food Journal", "Journal of Wine Research",
             "Italian Journal of Marketing", "Mercati e Competitività", "Sinergie", "Micro & Macro Marketing",
             "International Journal of Wine Business Research", "Journal of Destination Marketing & Management"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Sage", "London"), ("Kogan Page", "London"), ("Pearson", "Harlow"),
               ("McGraw-Hill Italia", "Milano"), ("Egea", "Milano"), ("Il Mulino", "Bologna"),
               ("FrancoAngeli", "Milano"), ("Giappichelli", "Torino")]  # fmt: skip
_UNIVERSITIES = ["University of Palermo", "University of Catania", "University of Cagliari", "University of Salento",
                 "University of Bari Aldo Moro", "Università Bocconi", "LUISS Guido Carli", "University of Calabria"]  # fmt: skip
_CONFERENCES = ["Società Italiana Marketing (SIM) Conference", "Sinergie–SIMA Conference", "EMAC Annual Conference",
                "Academy of Marketing Conference", "Academy of Wine Business Research Conference"]  # fmt: skip
_CONF_PLACES = ["Palermo", "Bari", "Cagliari", "Catania", "Lecce", "Budapest", "Cardiff", "Adelaide", "Milano"]
_TOPICS = ["wine tourism", "place branding", "the Made in Italy effect", "country-of-origin cues",
           "Protected Designation of Origin labels", "agritourism", "food heritage", "family wineries",
           "destination image", "the Mezzogiorno's small firms", "olive oil exports", "island tourism",
           "seasonality", "authenticity", "short supply chains", "anti-mafia consumption", "diaspora tourism",
           "roots tourism", "co-operative banking", "craft beer", "luxury fashion", "ferry travel", "sustainability claims",
           "Instagram and food", "the Mediterranean diet", "regional airports", "traditional sweets"]  # fmt: skip
_PLACES = ["Sicily", "Sardinia", "Calabria", "Puglia", "Southern Italy", "the Mezzogiorno", "Palermo", "Catania",
           "Cagliari", "Lecce", "Bari", "Etna", "the Salento", "Italian-Australian communities", "Buenos Aires"]  # fmt: skip
_ITALIAN_TITLES = ["Il marketing del vino in Sicilia", "Turismo e territorio nel Mezzogiorno",
                   "Marketing agroalimentare: strategie e casi", "La marca territoriale", "Economia e gestione delle imprese",
                   "Il consumatore e il cibo di qualità", "Marketing del turismo esperienziale",
                   "Le imprese familiari del vino"]  # fmt: skip
_SITES = ["https://www.istat.it/", "https://www.regione.sicilia.it/", "https://www.regione.sardegna.it/",
          "https://www.regione.puglia.it/", "https://www.enit.it/", "https://www.agcm.it/", "https://www.garanteprivacy.it/",
          "https://www.bancaditalia.it/", "https://www.coldiretti.it/", "https://www.federvini.it/",
          "https://www.slowfood.it/", "https://www.tascadalmerita.it/", "https://www.planeta.it/",
          "https://www.averna.it/", "https://www.gnv.it/", "https://www.carontetourist.it/",
          "https://www.aeroportidipuglia.it/", "https://www.bancodisardegna.it/"]  # fmt: skip


def _site(name: str) -> str:
    """The web address an organisation publishes under, made from its name."""
    if name in ("European Commission", "Eurostat"):
        return "https://ec.europa.eu/" + ("eurostat/" if name == "Eurostat" else "info/")
    base = name.split(" (")[0].split(" –")[0]
    for suffix in (" S.p.A.", " S.r.l.", " S.C.p.A."):
        base = base.replace(suffix, "")
    letters = "".join(ch for ch in base.lower() if ch.isascii() and ch.isalnum())
    return f"https://www.{letters[:28]}.it/"


class Blind258WorkFactory(WorkFactory):
    """Works for blind258: southern Italian and diaspora marketers' sources, seeded apart from every other pool."""

    KINDS = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "news", "social", "video",
             "podcast")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 41 + 258258)
        self.held: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.72:
            return {"family": self.rng.choice(_SURNAMES), "given": self.rng.choice(_GIVEN)}
        family, given = self.rng.choice(_DIASPORA)
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        table = self.rng.choices([_ORGANISATIONS, _TRADE, _COMPANIES], weights=[4, 3, 4])[0]
        name, tags = self.rng.choice(table)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1975, 1999)
        return self.rng.randint(2005, 2025)

    def _accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        start = max(2023, year or 2023)
        return {
            "date-parts": [
                [self.rng.randint(start, max(start, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            ]
        }

    def _title(self) -> str:
        topic, place = self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"Marketing {topic}: evidence from {place}",
                 f"The role of {topic} in {place}'s food and drink firms", f"{topic[0].upper()}{topic[1:]} and consumer trust",
                 f"Rethinking {topic}: the case of {place}", f"Does {topic} pay? Small producers in {place}",
                 self.rng.choice(_ITALIAN_TITLES)]  # fmt: skip
        return self.rng.choice(forms)

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 28, 16, 9, 5, 4, 2, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if person["family"] not in {p["family"] for p in people}:
                people.append(person)
        return people

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then a body already in the list, in the same year: "Istat (2023a)" and "Istat (2023b)".
        if self.held and "issued" in record and self.rng.random() < 0.15:
            old_name, old_year = name, str(record["issued"]["date-parts"][0][0])
            name, tags, issued = self.rng.choice(self.held)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            record["title"] = record["title"].replace(old_year, str(issued["date-parts"][0][0]))
            if record.get("URL", "").startswith(_site(old_name)):  # the new body's own site
                record["URL"] = _site(name) + record["URL"][len(_site(old_name)) :]
            if "accessed" in record:
                record["accessed"] = self._accessed_after(issued["date-parts"][0][0])
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.held.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "thesis", "conference", "organisation-web", "organisation-report",
             "market-research", "news", "social", "video", "podcast", "undated-web"],
            weights=[12, 6, 22, 4, 5, 12, 10, 8, 10, 3, 3, 2, 4],
        )[0]  # fmt: skip
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        if "accessed" in work.record and "issued" in work.record:  # read on or after the day it was published
            issued = work.record["issued"]["date-parts"][0]
            if work.record["accessed"]["date-parts"][0][: len(issued)] < issued:
                work.record["accessed"] = {"date-parts": [[issued[0], 12, 28]]}
        return work

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        title = (
            self.rng.choice(_ITALIAN_TITLES)
            if place in ("Milano", "Bologna", "Torino") and self.rng.random() < 0.6
            else self._title()
        )
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["Wine tourism in the Mediterranean", "Food, place and identity",
                                                "Marketing the Italian South", "Destination marketing: a reader",
                                                "Family business in the agri-food sector"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 280))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 160)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 700))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["DOI"] = (
                f"10.{self.rng.choice(['1016', '1108', '3280', '7433', '1080'])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(2005, 2025)}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": self._people(1),
            "genre": self.rng.choice(["PhD thesis", "Master's dissertation", "Tesi di dottorato"]),
            "publisher": self.rng.choice(_UNIVERSITIES), "issued": {"date-parts": [[self.rng.randint(2008, 2025)]]},
        }  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        year = self.rng.randint(2010, 2025)
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": f"Proceedings of the {self.rng.choice(_CONFERENCES)}",
            "event-place": self.rng.choice(_CONF_PLACES), "issued": {"date-parts": [[year]]},
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _organisation_web(self) -> Work:
        name, tags = self.organisation()
        year = self.year() if self.rng.random() < 0.8 else None
        record: dict[str, Any] = {"type": "webpage", "title": self._title(),
                                  "URL": _site(name) + self.fakers["it_IT"].slug(),
                                  "accessed": self._accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, "web", name, tags)

    def _organisation_report(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        titles = [f"Annual report {year}", f"Relazione annuale {year}", f"Bilancio di sostenibilità {year}",
                  f"Investor presentation: FY{year} results", f"Rapporto sul turismo in {self.rng.choice(_PLACES)}",
                  self._title()]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0], "publisher-place": self.rng.choice(
                                      ["Palermo", "Cagliari", "Bari", "Catanzaro", "Roma", "Milano", "Brussels"])}  # fmt: skip
        if self.rng.random() < 0.65:
            record["URL"] = _site(name) + self.fakers["it_IT"].slug() + ".pdf"
            record["accessed"] = self._accessed_after(year)
        return self._org_work(record, "report", name, tags)

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.9 else None
        market = self.rng.choice(
            [
                "wine",
                "craft beer",
                "coffee",
                "pasta",
                "olive oil",
                "bitters and amari",
                "pecorino",
                "agritourism",
                "ferry travel",
                "luxury fashion",
            ]
        )
        region = self.rng.choice(["Italy", "Sicily", "Sardinia", "Puglia", "Calabria", "the Mezzogiorno"])
        titles = [f"The {market} market in {region} {year or 2024}", f"{market.capitalize()} consumption in {region}: report {year or 2023}",
                  f"Rapporto {market} {year or 2024}", f"Osservatorio {market}: consumer trends in {region}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": f"https://www.{name.split()[0].lower()}.it/{self.fakers['it_IT'].slug()}",
                                  "accessed": self._accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        year = self.rng.randint(2012, 2025)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self.fakers["it_IT"].url() + self.fakers["it_IT"].slug(), "accessed": self._accessed_after(year),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _social(self) -> Work:
        year = self.rng.randint(2018, 2025)
        name, tags = self.rng.choice(_COMPANIES + _TRADE)
        title = self.rng.choice(
            [
                "Vendemmia time in the vineyards",
                "Our new limited edition",
                "Buona Pasqua from Sicily",
                "Behind the scenes at the roastery",
                "Meet our growers",
            ]
        )
        platform = self.rng.choice(["Instagram", "Facebook", "LinkedIn", "TikTok"])
        address = {
            "Instagram": "https://www.instagram.com/p/",
            "Facebook": "https://www.facebook.com/posts/",
            "LinkedIn": "https://www.linkedin.com/posts/",
            "TikTok": "https://www.tiktok.com/video/",
        }[platform]
        record: dict[str, Any] = {
            "type": "post", "title": f"{title} [{platform}]",
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"{address}{self.fakers['en_GB'].lexify('???????????')}/", "accessed": self._accessed_after(year),
        }  # fmt: skip
        return self._org_work(record, "social", name, set(tags) | {"social"})

    def _video(self) -> Work:
        year = self.rng.randint(2015, 2025)
        name, tags = self.rng.choice(_COMPANIES + _TRADE + _ORGANISATIONS[:8])
        record: dict[str, Any] = {
            "type": "motion_picture", "title": self._title(), "medium": "YouTube video",
            "issued": {"date-parts": [[year]]}, "URL": f"https://www.youtube.com/watch?v={self.fakers['en_GB'].lexify('???????????')}",
            "accessed": self._accessed_after(year),
        }  # fmt: skip
        return self._org_work(record, "video", name, set(tags) | {"video"})

    def _podcast(self) -> Work:
        year = self.rng.randint(2019, 2025)
        record: dict[str, Any] = {
            "type": "song", "title": f"{self._title()} [podcast]", "author": self._people(2),
            "container-title": self.rng.choice(["Wine Business Podcast", "Il Mezzogiorno che innova", "Marketing Week Podcast"]),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://open.spotify.com/episode/{self.fakers['en_GB'].lexify('??????????')}", "accessed": self._accessed_after(year),
        }  # fmt: skip
        return self._person_work(record, "podcast")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(),
                                  "URL": self.rng.choice(_SITES) + self.fakers["it_IT"].slug(),
                                  "accessed": self._accessed_after(None)}  # fmt: skip
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        record["URL"] = _site(name) + self.fakers["it_IT"].slug()
        return self._org_work(record, "web", name, tags | {"undated"})
