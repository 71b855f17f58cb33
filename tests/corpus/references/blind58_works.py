"""Works for the fifty-eighth held-out pool, "blind58": what brand, export, trade-marketing and digital staff at
Italian fashion houses, eyewear and furniture makers, food and wine consortia, cooperatives, family firms and agencies
cite in CIM Level 6 and 7 reports and Masters in Luxury and Food Marketing taught in English.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a fifty-eighth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how these writers cite:
Italian textbooks and their translations (Egea, Il Mulino, FrancoAngeli, McGraw-Hill Italia), journals from Micro &
Macro Marketing to the International Journal of Wine Business Research with one to eight authors, consortia, trade
fairs and research houses (Altagamma, Bain & Company, Nomisma, Censis, ISTAT, Banca d'Italia), the AGCM and the IAP,
EU regulations on geographical indications and Italian decrees under the body that made them, Il Sole 24 Ore,
Corriere della Sera, Pambianco and Gambero Rosso pieces, tesi di laurea, web pages with and without access dates,
works with no date; Italian names with particles and apostrophes (De, Di, Della, Lo, D'Amico, Dell'Orto), double
surnames, accented Sicilian and Sardinian names, Italian-Americans and Chinese-Italian names from Prato.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

_FAMILIES = [
    "Rossi", "Bianchi", "Esposito", "Russo", "Ferrari", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno",
    "Gallo", "Conti", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti", "Barbieri", "Fontana",
    "Santoro", "Mariani", "Rinaldi", "Caruso", "Ferrara", "Galli", "Martini", "Leone", "Longo", "Gentile", "Vitale",
    "Serra", "Coppola", "Farina", "Cattaneo", "Pellegrini", "Bellini", "Guerra", "Sartori", "Zanetti", "Bassi",
    "Pagano", "Fabbri", "Vianello", "Zanella", "Brambilla", "Crippa", "Bonfanti", "Sormani", "Castelli", "Vigan\u00f2",
    "Cant\u00f9", "Zappal\u00e0", "Cin\u00e0", "Mul\u00e8", "Parrin\u00f2", "Pappalardo", "Scuderi", "La Rosa", "Lo Bianco",
    "Li Causi", "Porcu", "Piras", "Sanna", "Atzeni", "Deiana", "Usai", "Mannu", "Pinna", "Melis", "Fadda", "Soru",
]  # fmt: skip
_PARTICLED = ["De Luca", "De Angelis", "Di Stefano", "Di Pietro", "Della Valle", "Della Rocca", "Dal Molin",
              "Dalla Costa", "Lo Russo", "La Torre", "D'Amico", "D'Alessandro", "Dell'Orto", "Dell'Acqua",
              "De Santis", "Degli Esposti", "Del Vecchio", "D'Onofrio", "Lo Giudice"]  # fmt: skip
_DOUBLE = ["Bianchi Visconti", "Ferrari-Bravo", "Marzotto Caotorta", "Ricci Curbastro", "Frescobaldi Rossi",
           "Guidi di Bagno", "Tasca d'Almerita", "Stucchi-Prinetti", "Borromeo Arese"]  # fmt: skip
_AMERICAN = ["DiMaggio", "DeLuca", "LaRosa", "Cavalieri", "Mastroianni", "Iacocca", "DiNapoli", "Scarpelli"]
_PRATO = [("Hu", "Xiaowei"), ("Zhou", "Lin"), ("Wang", "Jiayi"), ("Chen", "Marco"), ("Lin", "Giulia"),
          ("Xu", "Hao"), ("Zheng", "Yuting"), ("Ye", "Matteo"), ("Wu", "Sofia"), ("Huang", "Wei")]  # fmt: skip
_OTHERS = [("Thompson", "Claire"), ("M\u00fcller", "Katrin"), ("Dupont", "Am\u00e9lie"), ("Fern\u00e1ndez", "Luc\u00eda"),
           ("O'Sullivan", "Niamh"), ("Tanaka", "Yuki"), ("Schmitt", "Felix"), ("Harrington", "James"),
           ("Castro", "Jo\u00e3o"), ("Novak", "Petra")]  # fmt: skip
_GIVEN = ["Giulia", "Francesca", "Chiara", "Alessandro", "Lorenzo", "Matteo", "Federica", "Niccol\u00f2", "Gianluca",
          "Maria Chiara", "Pierluigi", "Elisa", "Valentina", "Giovanni", "Roberta", "Tommaso", "Ilaria", "Stefano",
          "Beatrice", "Andrea", "Gianmaria", "Martina", "Paolo", "Luca", "Sara", "Fabrizio", "Simona", "Davide",
          "Caterina", "Salvatore", "Gavino", "Efisio", "Rosalia", "Agata", "Carmelo", "Antonella"]  # fmt: skip

_ORGANISATIONS: list[tuple[str, tuple[str, ...]]] = [
    ("Fondazione Altagamma", ("company",)),
    ("Altagamma", ("company",)),
    ("Bain & Company", ("ampersand",)),
    ("Nomisma", ("company",)),
    ("Censis", ("company",)),
    ("Istituto Nazionale di Statistica (ISTAT)", ("abbreviation", "government")),
    ("ISTAT", ("abbreviation", "government")),
    ("Banca d'Italia", ("apostrophe", "government")),
    ("Consorzio del Prosciutto di Parma", ("company",)),
    ("Consorzio Vino Chianti Classico", ("company",)),
    ("Consorzio del Formaggio Parmigiano Reggiano", ("company",)),
    ("Consorzio Tutela Prosecco DOC", ("abbreviation",)),
    ("Camera Nazionale della Moda Italiana (CNMI)", ("abbreviation",)),
    ("FederlegnoArredo", ("company",)),
    ("Unione Italiana Vini (UIV)", ("abbreviation",)),
    ("ICE - Agenzia per la promozione all'estero e l'internazionalizzazione delle imprese italiane", ("apostrophe",)),
    ("ISMEA", ("abbreviation", "government")),
    ("Pitti Immagine S.r.l.", ("company",)),
    ("Veronafiere S.p.A.", ("company",)),
    ("Brunello Cucinelli S.p.A.", ("company",)),
    ("Salvatore Ferragamo S.p.A.", ("company",)),
    ("Moncler S.p.A.", ("company",)),
    ("Prada S.p.A.", ("company",)),
    ("EssilorLuxottica", ("company",)),
    ("Barilla G. e R. Fratelli S.p.A. Societ\u00e0 Benefit", ("company",)),
    ("Marchesi Antinori S.p.A.", ("company",)),
    ("Cantine Riunite & CIV", ("ampersand", "company")),
    ("Kartell S.p.A.", ("company",)),
    ("Natuzzi S.p.A.", ("company",)),
    ("Mediobanca", ("company",)),
    ("McKinsey & Company", ("ampersand",)),
    ("Deloitte", ("company",)),
    ("Coldiretti", ("company",)),
    ("Marks & Spencer plc", ("ampersand", "company")),
    ("Harrods Ltd", ("company",)),
    ("Burberry Group plc", ("company",)),
    ("Eataly S.p.A.", ("company",)),
    ("Gambero Rosso", ("company",)),
    ("Pambianco", ("company",)),
    ("Istituto dell'Autodisciplina Pubblicitaria (IAP)", ("apostrophe", "abbreviation")),
    ("Autorit\u00e0 Garante della Concorrenza e del Mercato (AGCM)", ("abbreviation", "government")),
    ("Societ\u00e0 Agricola Fattoria dei Barbi", ("company",)),
    ("Cooperativa Agricola Cesenate", ("company",)),
    ("Wine Intelligence", ("company",)),
    ("IWSR", ("abbreviation",)),
]  # fmt: skip
_GOVERNMENT = ["Ministero delle Imprese e del Made in Italy", "Ministero dell'Agricoltura, della Sovranit\u00e0 Alimentare e delle Foreste (MASAF)",
               "Ministero degli Affari Esteri e della Cooperazione Internazionale", "European Commission",
               "Agenzia delle Dogane e dei Monopoli", "Department for Business and Trade", "EUIPO",
               "Regione Toscana", "Regione Emilia-Romagna", "Comune di Milano"]  # fmt: skip
_LEGISLATORS = ["European Union", "European Parliament and Council of the European Union", "Repubblica Italiana",
                "Gazzetta Ufficiale della Repubblica Italiana", "European Commission"]  # fmt: skip
_LAWS = ["Regulation (EU) No 1151/2012 on quality schemes for agricultural products and foodstuffs",
         "Regulation (EU) 2024/1143 on geographical indications for wine, spirit drinks and agricultural products",
         "Regulation (EU) No 1169/2011 on the provision of food information to consumers",
         "Regulation (EU) 2019/787 on spirit drinks", "Directive 2005/29/EC on unfair commercial practices",
         "Decreto legislativo 6 settembre 2005, n. 206: Codice del Consumo",
         "Legge 22 aprile 1941, n. 633: Protezione del diritto d'autore",
         "Decreto legislativo 15 dicembre 2017, n. 231: Sanzioni per la violazione del Regolamento (UE) n. 1169/2011",
         "Legge 12 dicembre 2016, n. 238: Disciplina organica della coltivazione della vite e della produzione e del commercio del vino",
         "Legge 27 dicembre 2023, n. 206: Disposizioni organiche per la valorizzazione del made in Italy",
         "Directive (EU) 2024/825 on empowering consumers for the green transition"]  # fmt: skip
_JOURNALS = ["Micro & Macro Marketing", "Mercati e Competitivit\u00e0", "International Journal of Wine Business Research",
             "Journal of Fashion Marketing and Management", "British Food Journal", "Wine Economics and Policy",
             "Sinergie Italian Journal of Management", "Italian Journal of Marketing", "Journal of Global Fashion Marketing",
             "Journal of Wine Research", "Food Policy", "Journal of Brand Management", "Journal of Product & Brand Management",
             "International Marketing Review", "Journal of Business Research"]  # fmt: skip
_PRESS = ["Il Sole 24 Ore", "Corriere della Sera", "Pambianco News", "Gambero Rosso", "la Repubblica", "MF Fashion",
          "Financial Times", "WWD", "The Business of Fashion", "Decanter", "Wine Spectator", "Dezeen", "Il Fatto Alimentare"]  # fmt: skip
_TOPICS = ["country-of-origin effects", "made in Italy", "geographical indications", "luxury brand heritage",
           "wine tourism", "PDO cheese exports", "Italian sounding products", "craftsmanship narratives",
           "family business succession", "direct-to-consumer e-commerce", "sustainable fashion",
           "brand extension in eyewear", "design fairs", "food storytelling", "consortium governance",
           "price premiums for DOCG wines", "second-hand luxury", "influencers in fashion weeks",
           "Chinese tourists in Milan", "export to the United States", "quiet luxury", "retail in outlet villages",
           "co-operative wineries", "counterfeiting and dupes", "Prosecco and the sparkling boom"]  # fmt: skip
_FORMS = ["{t}: evidence from Italy", "The role of {t} in {u}", "{t} and {u}", "Rethinking {t}",
          "{t}: a study of Italian SMEs", "How {t} shapes {u}", "Il ruolo di {t} nel made in Italy",
          "{t} in the Italian {s} sector", "Consumer responses to {t}", "{t}: lessons from {p}"]  # fmt: skip
_SECTORS = ["wine", "fashion", "furniture", "eyewear", "agri-food", "luxury", "cheese", "olive oil", "leather goods"]
_PLACES = ["Parma", "Prato", "the Langhe", "Franciacorta", "Brianza", "Montalcino", "Naples", "Valpolicella", "Belluno"]
_PUBLISHERS = [("Egea", "Milano"), ("Il Mulino", "Bologna"), ("FrancoAngeli", "Milano"), ("McGraw-Hill Education", "Milano"),
               ("Pearson Italia", "Milano"), ("Giappichelli", "Torino"), ("Routledge", "Abingdon"), ("Kogan Page", "London"),
               ("Palgrave Macmillan", "Cham"), ("Edward Elgar", "Cheltenham"), ("Bloomsbury", "London"), ("Springer", "Cham")]  # fmt: skip
_UNIVERSITIES = ["Universit\u00e0 Bocconi", "Politecnico di Milano", "Universit\u00e0 di Bologna", "Universit\u00e0 di Parma",
                 "Universit\u00e0 degli Studi di Firenze", "Universit\u00e0 degli Studi di Napoli Federico II", "Universit\u00e0 di Verona"]  # fmt: skip


class Blind58WorkFactory(WorkFactory):
    """Italian fashion, food, wine and design works for blind58, drawn from a random source of its own."""

    KINDS = ("book", "chapter", "journal", "news", "report", "web", "web-person", "government", "legislation",
             "market-research", "thesis")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.r = random.Random(seed * 58 + 5801)
        self.seen: list[tuple[str, set[str], int]] = []

    # -------------------------------------------------------------- people, organisations, dates
    def person(self) -> dict[str, str]:
        r = self.r
        roll = r.random()
        given = r.choice(_GIVEN)
        if roll < 0.5:
            family = r.choice(_FAMILIES)
        elif roll < 0.68:
            family = r.choice(_PARTICLED)
        elif roll < 0.74:
            family = r.choice(_DOUBLE)
        elif roll < 0.8:
            family, given = r.choice(_AMERICAN), r.choice(["Anthony", "Gina", "Michael", "Teresa", "Joseph"])
        elif roll < 0.9:
            family, given = r.choice(_PRATO)
        else:
            family, given = r.choice(_OTHERS)
        return {"family": family, "given": given}

    def people(self, most: int) -> list[dict[str, str]]:
        count = self.r.choices(range(1, most + 1), weights=[30, 28, 18, 10, 6, 4, 2, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def org(self) -> tuple[str, set[str]]:
        name, tags = self.r.choice(_ORGANISATIONS)
        return name, set(tags)

    def year(self) -> int:
        return self.r.choices([self.r.randint(1994, 2015), self.r.randint(2016, 2025)], weights=[3, 7])[0]

    def access(self, year: int | None) -> dict[str, list[list[int]]]:
        low = max(2022, year or 2022)
        return {"date-parts": [[self.r.randint(low, max(low, 2025)), self.r.randint(1, 12), self.r.randint(1, 28)]]}

    def title(self) -> str:
        r = self.r
        text = r.choice(_FORMS).format(
            t=r.choice(_TOPICS), u=r.choice(_TOPICS), s=r.choice(_SECTORS), p=r.choice(_PLACES)
        )
        return text[:1].upper() + text[1:]

    def url(self, host: str) -> str:
        return f"https://www.{host}/{self.r.choice(['it', 'en', 'news', 'media', 'insights'])}/{self.r.randint(1000, 99999)}"

    # -------------------------------------------------------------- works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.r.choices(list(self.KINDS), weights=[13, 5, 22, 9, 11, 10, 6, 6, 4, 8, 3])[0]
        return getattr(self, "_b58_" + kind.replace("-", "_"))()

    def _person(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, record["author"][0]["family"], year, False, len(record["author"]), kind)

    def _organisation(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        if "issued" in record and self.seen and self.r.random() < 0.12:  # the same body twice in one year
            name, tags, year = self.r.choice(self.seen)
            record["issued"] = {"date-parts": [[year]]}
            if "accessed" in record:
                record["accessed"] = self.access(year)
        if "issued" in record:
            self.seen.append((name, tags, record["issued"]["date-parts"][0][0]))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def _b58_book(self) -> Work:
        publisher, place = self.r.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self.title(), "author": self.people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.r.random() < 0.3:
            record["edition"] = str(self.r.randint(2, 8))
        return self._person(record, "book")

    def _b58_chapter(self) -> Work:
        publisher, place = self.r.choice(_PUBLISHERS)
        start = self.r.randint(1, 300)
        record: dict[str, Any] = {"type": "chapter", "title": self.title(), "author": self.people(3),
                                  "editor": [self.person() for _ in range(self.r.randint(1, 2))],
                                  "container-title": f"Marketing del {self.r.choice(['lusso', 'vino', 'made in Italy', 'design'])}: {self.r.choice(_TOPICS)}",
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
                                  "page": f"{start}-{start + self.r.randint(10, 30)}"}  # fmt: skip
        return self._person(record, "chapter")

    def _b58_journal(self) -> Work:
        start = self.r.randint(1, 600)
        record: dict[str, Any] = {"type": "article-journal", "title": self.title(), "author": self.people(8),
                                  "container-title": self.r.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
                                  "volume": str(self.r.randint(1, 60)), "issue": str(self.r.randint(1, 6)),
                                  "page": f"{start}-{start + self.r.randint(8, 28)}"}  # fmt: skip
        if self.r.random() < 0.5:
            record["DOI"] = (
                f"10.{self.r.randint(1000, 9999)}/mm{self.r.randint(2010, 2025)}-{self.r.randint(100, 9999)}"
            )
        return self._person(record, "journal")

    def _b58_news(self) -> Work:
        year = self.year()
        paper = self.r.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self.title(), "author": self.people(2),
                                  "container-title": paper, "issued": {"date-parts": [[year, self.r.randint(1, 12), self.r.randint(1, 28)]]}}  # fmt: skip
        if self.r.random() < 0.7:
            record["URL"] = self.url(paper.lower().replace(" ", "") + ".com")
            record["accessed"] = {"date-parts": [[max(year, self.r.randint(2022, 2025)), 12, self.r.randint(1, 28)]]}
        return self._person(record, "news")

    def _b58_report(self) -> Work:
        name, tags = self.org()
        year = self.year()
        title = (
            f"{self.r.choice(['Osservatorio', 'Rapporto', 'Annual report', 'Sustainability report', 'True-Luxury Global Consumer Insight', 'Monitor'])} {year}"
            if self.r.random() < 0.5
            else self.title()
        )
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" (")[0],
                                  "publisher-place": self.r.choice(["Milano", "Roma", "Bologna", "Parma", "London"])}  # fmt: skip
        if self.r.random() < 0.85:
            record["issued"] = {"date-parts": [[year]]}
        if self.r.random() < 0.5:
            record["URL"] = self.url("example-" + name.split()[0].lower().strip("'") + ".it")
            record["accessed"] = self.access(year if "issued" in record else None)
        return self._organisation(record, "report", name, tags)

    def _b58_web(self) -> Work:
        name, tags = self.org()
        year = self.year()
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self.title(),
            "URL": self.url(name.split()[0].lower().strip("'()") + ".it"),
        }
        if self.r.random() < 0.75:
            record["issued"] = {"date-parts": [[year]]}
        if self.r.random() < 0.85:
            record["accessed"] = self.access(year if "issued" in record else None)
        return self._organisation(record, "web", name, tags)

    def _b58_web_person(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "webpage", "title": self.title(), "author": self.people(2),
                                  "URL": f"https://www.linkedin.com/pulse/{self.r.randint(10000, 99999)}"}  # fmt: skip
        if self.r.random() < 0.75:
            record["issued"] = {"date-parts": [[year]]}
        if self.r.random() < 0.8:
            record["accessed"] = self.access(year if "issued" in record else None)
        return self._person(record, "web-person")

    def _b58_government(self) -> Work:
        name = self.r.choice(_GOVERNMENT)
        year = self.year()
        record: dict[str, Any] = {"type": self.r.choice(["report", "webpage"]), "title": self.title(),
                                  "issued": {"date-parts": [[year]]}, "URL": self.url("gov.it"), "accessed": self.access(year)}  # fmt: skip
        return self._organisation(record, "government", name, {"government"})

    def _b58_legislation(self) -> Work:
        law = self.r.choice(_LAWS)
        found = [
            int(part)
            for part in law.replace("/", " ").replace(",", " ").split()
            if part.isdigit() and len(part) == 4 and part.startswith(("19", "20"))
        ]
        year = found[0] if found else 2012
        name = self.r.choice(_LEGISLATORS)
        record: dict[str, Any] = {"type": "webpage", "title": law, "issued": {"date-parts": [[year]]},
                                  "URL": self.url(self.r.choice(["eur-lex.europa.eu", "normattiva.it", "gazzettaufficiale.it"])),
                                  "accessed": self.access(year)}  # fmt: skip
        return self._organisation(record, "legislation", name, {"government", "legislation"})

    def _b58_market_research(self) -> Work:
        name = self.r.choice(
            [
                "Mintel",
                "Euromonitor International",
                "Statista",
                "Nomisma Wine Monitor",
                "Circana",
                "NielsenIQ",
                "Kantar",
            ]
        )
        year = self.year()
        market = self.r.choice(
            [
                "Italian wine",
                "luxury eyewear",
                "premium pasta",
                "designer furniture",
                "PDO cheese",
                "sparkling wine",
                "leather goods",
            ]
        )
        record: dict[str, Any] = {"type": "report", "title": f"{market.capitalize()} in {self.r.choice(['Italy', 'the UK', 'China', 'the US', 'Germany'])}: {self.r.choice(['market report', 'consumer trends', 'market size'])} {year}",
                                  "publisher": name, "issued": {"date-parts": [[year]]}}  # fmt: skip
        if self.r.random() < 0.5:
            record["URL"] = self.url(name.split()[0].lower() + ".com")
            record["accessed"] = self.access(year)
        return self._organisation(record, "market-research", name, {"company"})

    def _b58_thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "genre": self.r.choice(["Tesi di laurea magistrale", "MSc dissertation", "PhD thesis"]),
                                  "title": self.title(), "author": [self.person()], "issued": {"date-parts": [[self.year()]]},
                                  "publisher": self.r.choice(_UNIVERSITIES)}  # fmt: skip
        return self._person(record, "thesis")
