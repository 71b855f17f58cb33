"""Works for the blind170 pool (HELD OUT): what marketers in Switzerland and Liechtenstein and their diaspora cite.

Written without reading the checker, its tests or any other pool. Swiss German, French, Italian and Romansh names
(umlauts written and as "ue", "von" and "de", married women's double names joined by a hyphen), expatriate
colleagues, textbooks and e-books, chapters, journal articles with one to eight authors, theses from ETH Zürich,
HSG, IMD, HEC Lausanne, USI and ZHAW, conference papers, banks, insurers, telecoms, co-operatives, food makers and
watch houses (AG, SA, GmbH, Sàrl, Genossenschaft), trade bodies, regulators and federal offices (the BFS with two
works of 2019), federal and cantonal laws with their SR numbers, research firms, the Swiss press signed and
unsigned, posts, podcasts, videos and undated pages; German, French, Italian and Romansh titles with English in
square brackets.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

_GIVEN = ["Reto", "Urs", "Beat", "Lukas", "Simon", "Thomas", "Andrea", "Corinne", "Nadia", "Sandra", "Regula",
          "Ursula", "Esther", "Käthi", "Mirjam", "Jürg", "Hansjörg", "Rüdiger", "Noëmi", "Cédric", "Sébastien",
          "Aurélie", "Céline", "Valérie", "Nicolas", "Olivier", "Laurent", "Chiara", "Giulia", "Marco", "Luca",
          "Matteo", "Curdin", "Ladina", "Seraina", "Flurina", "Gian Reto", "Anna Lena", "Fabienne", "Yannick",
          "Stéphanie", "Dominique", "Martina", "Roger", "Christoph", "Franziska", "Samuel", "Jonas"]  # fmt: skip
_FAMILY = ["Müller", "Mueller", "Meier", "Meyer", "Schmid", "Keller", "Weber", "Frei", "Baumann", "Huber",
           "Brunner", "Gerber", "Zürcher", "Zuercher", "Wüthrich", "Bühler", "Buehler", "Bösch", "Schläpfer",
           "Hürlimann", "Odermatt", "Gwerder", "Zbinden", "Aebischer", "Stöckli", "Lüthi", "Luethi", "Jäggi",
           "Iseli", "Favre", "Rochat", "Dubois", "Perret", "Pittet", "Monnier", "Girardin", "Chappuis", "Rossier",
           "Berset", "Jaccard", "Vuilleumier", "Rossi", "Bernasconi", "Bianchi", "Pedrazzini", "Lurati", "Cattaneo",
           "Galli", "Pronzini", "Caviezel", "Cadonau", "Casanova", "Capaul", "Derungs", "Candinas", "Decurtins",
           "Cathomen", "Wyss", "Hofstetter", "Marxer", "Frommelt", "Hasler", "Ospelt", "Büchel"]  # fmt: skip
_PARTICLED = [("von", "Arx"), ("von", "Wattenwyl"), ("von", "Graffenried"), ("de", "Weck"), ("de", "Pury"),
              ("de", "Rham"), ("von", "Matt"), ("de", "Courten"), ("von", "Siebenthal"), ("de", "Montmollin")]  # fmt: skip
_EXPATS = [("Smith", "Hannah"), ("Patel", "Rohan"), ("Chen", "Li"), ("O'Neill", "Ciara"), ("Nakamura", "Yuki"),
           ("Kowalski", "Piotr"), ("García López", "Marta"), ("Hansen", "Mette"), ("Brown", "James"),
           ("Schneider", "Katrin"), ("Lefèvre", "Julien"), ("Moretti", "Alessandro"), ("Tan", "Wei Ling"),
           ("Williams", "Rhys"), ("Okafor", "Chinedu"), ("Andersson", "Karin")]  # fmt: skip

_PUBLISHERS = [("Springer Gabler", "Wiesbaden"), ("Versus Verlag", "Zürich"), ("Haupt Verlag", "Bern"),
               ("NZZ Libro", "Basel"), ("Presses polytechniques et universitaires romandes", "Lausanne"),
               ("Schäffer-Poeschel", "Stuttgart"), ("Vahlen", "München"), ("Pearson", "Harlow"),
               ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Wiley", "Chichester"),
               ("Compendio Bildungsmedien", "Zürich"), ("Editions Slatkine", "Genève"), ("Sage", "London"),
               ("Orell Füssli", "Zürich"), ("Hep Verlag", "Bern")]  # fmt: skip
_TOPICS_EN = ["Swissness as a brand promise", "customer loyalty in Swiss retail banking", "mobile payments and Twint",
              "co-operative retailers and their members", "the Cumulus and Supercard programmes",
              "marketing in a multilingual market", "luxury watch marketing after Baselworld",
              "digital-only banks in Switzerland", "sustainability labels and Swiss consumers",
              "brand heritage in Swiss chocolate", "price perception at the Swiss border",
              "influencer disclosure under the LCD", "data protection in direct marketing",
              "tourism marketing in the Alps", "employer branding at Swiss insurers",
              "telecom bundles and churn", "the Romandie as a test market", "Ticino shoppers and cross-border retail",
              "omnichannel retail at Galaxus", "loyalty in private banking", "fintech adoption in Liechtenstein"]  # fmt: skip
_TITLES_LOCAL = [
    "Kundenbindung im Detailhandel: Cumulus und Supercard im Vergleich [Customer loyalty in retail: Cumulus and Supercard compared]",
    "Swissness als Markenversprechen [Swissness as a brand promise]",
    "Mobile Payment in der Schweiz: Twint und die Konkurrenz [Mobile payment in Switzerland: Twint and its rivals]",
    "Datenschutz im Dialogmarketing nach dem revDSG [Data protection in direct marketing under the revised FADP]",
    "Markenführung in mehrsprachigen Märkten [Brand management in multilingual markets]",
    "Genossenschaften im Wettbewerb: Migros und Coop [Co-operatives in competition: Migros and Coop]",
    "La fidélisation client dans la banque de détail romande [Customer loyalty in retail banking in French-speaking Switzerland]",
    "Consommation responsable et labels en Suisse romande [Responsible consumption and labels in French-speaking Switzerland]",
    "Le marketing horloger à l'ère du numérique [Watch marketing in the digital age]",
    "Les néobanques suisses face aux banques cantonales [Swiss neobanks and the cantonal banks]",
    "Il marketing digitale nelle PMI ticinesi [Digital marketing in Ticino SMEs]",
    "Il turismo dello shopping transfrontaliero in Ticino [Cross-border shopping tourism in Ticino]",
    "Marketing en lingua rumantscha [Marketing in the Romansh language]",
    "Vertrauen in Versicherungsmarken nach der Pandemie [Trust in insurance brands after the pandemic]",
    "Digitale Transformation bei Schweizer Kantonalbanken [Digital transformation at Swiss cantonal banks]",
    "Influencer-Marketing und Lauterkeitsrecht [Influencer marketing and fair-trading law]",
]  # fmt: skip
_JOURNALS = ["Journal of Marketing", "European Journal of Marketing", "Journal of Business Research",
             "International Journal of Bank Marketing", "Journal of Retailing and Consumer Services",
             "Marketing Review St. Gallen", "Die Unternehmung", "Schweizer Monat", "Journal of Brand Management",
             "Journal of Product & Brand Management", "Tourism Management", "Revue française de gestion",
             "Swiss Journal of Economics and Statistics", "Psychology & Marketing", "Journal of Consumer Behaviour"]  # fmt: skip
_COMPANIES = [("UBS Group AG", "ubs.com"), ("Raiffeisen Schweiz Genossenschaft", "raiffeisen.ch"),
              ("Zürcher Kantonalbank", "zkb.ch"), ("PostFinance AG", "postfinance.ch"), ("TWINT AG", "twint.ch"),
              ("Neon Switzerland AG", "neon-free.ch"), ("Swissquote Bank SA", "yuh.com"), ("LGT Group", "lgt.com"),
              ("Swiss Life", "swisslife.ch"), ("Zurich Insurance Group", "zurich.com"), ("AXA Schweiz", "axa.ch"),
              ("Helvetia", "helvetia.com"), ("Swisscom AG", "swisscom.ch"), ("Sunrise GmbH", "sunrise.ch"),
              ("Salt Mobile SA", "salt.ch"), ("Migros-Genossenschafts-Bund", "migros.ch"),
              ("Coop Genossenschaft", "coop.ch"), ("Manor AG", "manor.ch"), ("Denner AG", "denner.ch"),
              ("Digitec Galaxus AG", "galaxus.ch"), ("Nestlé S.A.", "nestle.com"),
              ("Chocoladefabriken Lindt & Sprüngli AG", "lindt-spruengli.com"), ("Emmi AG", "emmi.com"),
              ("Rivella AG", "rivella.ch"), ("Ricola Group AG", "ricola.com"), ("Läderach (Schweiz) AG", "laderach.com"),
              ("Kambly SA", "kambly.com"), ("The Swatch Group Ltd", "swatchgroup.com"),
              ("Compagnie Financière Richemont SA", "richemont.com"), ("Swiss International Air Lines", "swiss.com"),
              ("SBB CFF FFS", "sbb.ch"), ("Switzerland Tourism", "myswitzerland.com"), ("Deloitte AG", "deloitte.com"),
              ("PwC Schweiz", "pwc.ch"), ("KPMG AG", "kpmg.ch"), ("Jung von Matt Limmat AG", "jvm.ch"),
              ("Wirz Werbung AG", "wirz.ch"), ("Publicis Zürich", "publicis.ch"), ("Rolex SA", "rolex.com")]  # fmt: skip
_BODIES = [("Swiss Marketing (SMC)", "swissmarketing.ch"), ("Schweizer Werbe-Auftraggeberverband (SWA)", "swa-asa.ch"),
           ("Leading Swiss Agencies", "leadingswissagencies.ch"), ("Swiss Bankers Association", "swissbanking.ch"),
           ("economiesuisse", "economiesuisse.ch"), ("Swiss Retail Federation", "swiss-retail.ch"),
           ("IAB Switzerland", "iab-switzerland.ch"), ("Schweizer Tourismus-Verband", "stv-fst.ch"),
           ("Swiss Fintech Innovations", "swissfintechinnovations.ch"), ("Fédération romande des consommateurs (FRC)", "frc.ch"),
           ("Stiftung für Konsumentenschutz", "konsumentenschutz.ch"), ("Bio Suisse", "bio-suisse.ch")]  # fmt: skip
_REGULATORS = [("Federal Statistical Office (FSO)", "bfs.admin.ch"), ("Bundesamt für Statistik (BFS)", "bfs.admin.ch"),
               ("Office fédéral de la statistique (OFS)", "bfs.admin.ch"),
               ("Federal Data Protection and Information Commissioner (FDPIC)", "edoeb.admin.ch"),
               ("Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter (EDÖB)", "edoeb.admin.ch"),
               ("State Secretariat for Economic Affairs (SECO)", "seco.admin.ch"), ("FINMA", "finma.ch"),
               ("Swiss Financial Market Supervisory Authority (FINMA)", "finma.ch"),
               ("Schweizerische Lauterkeitskommission", "lauterkeit.ch"), ("Swiss National Bank", "snb.ch"),
               ("Schweizerische Nationalbank (SNB)", "snb.ch"), ("Swiss Federal Council", "admin.ch"),
               ("Amt für Statistik Liechtenstein", "statistikportal.li"), ("Datenschutzstelle Liechtenstein", "datenschutzstelle.li"),
               ("Finanzmarktaufsicht Liechtenstein (FMA)", "fma-li.li"), ("Statistik Stadt Zürich", "stadt-zuerich.ch"),
               ("Office cantonal de la statistique (OCSTAT)", "ge.ch")]  # fmt: skip
_LAWS = [
    ("Swiss Confederation", "Bundesgesetz über den Datenschutz (DSG) vom 25. September 2020 (SR 235.1) [Federal Act on Data Protection]", 2020, "fedlex.admin.ch/eli/cc/2022/491/de"),
    ("Swiss Confederation", "Loi fédérale contre la concurrence déloyale (LCD) du 19 décembre 1986 (RS 241) [Federal Act against Unfair Competition]", 1986, "fedlex.admin.ch/eli/cc/1988/223_223_223/fr"),
    ("Schweizerische Eidgenossenschaft", "Bundesgesetz gegen den unlauteren Wettbewerb (UWG) vom 19. Dezember 1986 (SR 241) [Federal Act against Unfair Competition]", 1986, "fedlex.admin.ch/eli/cc/1988/223_223_223/de"),
    ("Swiss Confederation", "Markenschutzgesetz (MSchG) vom 28. August 1992 (SR 232.11) [Trade Mark Protection Act]", 1992, "fedlex.admin.ch/eli/cc/1993/274_274_274/de"),
    ("Schweizerische Eidgenossenschaft", "Verordnung über die Bekanntgabe von Preisen (PBV) vom 11. Dezember 1978 (SR 942.211) [Price Disclosure Ordinance]", 1978, "fedlex.admin.ch/eli/cc/1978/2081_2081_2081/de"),
    ("Swiss Federal Council", "Verordnung über den Datenschutz (DSV) vom 31. August 2022 (SR 235.11) [Data Protection Ordinance]", 2022, "fedlex.admin.ch/eli/cc/2022/568/de"),
    ("Kanton Zürich", "Gesetz über die Information und den Datenschutz (IDG) vom 12. Februar 2007 (LS 170.4) [Act on Information and Data Protection]", 2007, "zh.ch/de/politik-staat/gesetze-beschluesse.html"),
    ("République et canton de Genève", "Loi sur les procédés de réclame (LPR) du 9 juin 2000 (rsGE F 3 20) [Act on advertising]", 2000, "silgeneve.ch/legis/"),
    ("Fürstentum Liechtenstein", "Datenschutzgesetz (DSG) vom 4. Oktober 2018 (LGBl. 2018 Nr. 272) [Data Protection Act]", 2018, "gesetze.li/konso/2018272000"),
]  # fmt: skip
_RESEARCH = [("GfK Switzerland", "gfk.com"), ("LINK Institut", "link.ch"), ("gfs.bern", "gfsbern.ch"),
             ("Sotomo", "sotomo.ch"), ("Statista", "statista.com"), ("Mintel", "mintel.com"),
             ("Euromonitor International", "euromonitor.com"), ("WEMF AG für Werbemedienforschung", "wemf.ch"),
             ("Comparis", "comparis.ch"), ("moneyland.ch", "moneyland.ch"), ("NielsenIQ Switzerland", "nielseniq.com")]  # fmt: skip
_PRESS = ["Neue Zürcher Zeitung", "NZZ am Sonntag", "Tages-Anzeiger", "Le Temps", "24 heures", "Tribune de Genève",
          "Corriere del Ticino", "Blick", "Handelszeitung", "Bilanz", "Werbewoche", "persoenlich.com", "finews.ch",
          "swissinfo.ch", "SRF News", "RTS Info", "RSI News", "Watson", "Liechtensteiner Vaterland", "Financial Times",
          "Bloomberg"]  # fmt: skip
_THESES = [("ETH Zürich", "Zürich"), ("University of St. Gallen (HSG)", "St. Gallen"), ("IMD", "Lausanne"),
           ("HEC Lausanne, Université de Lausanne", "Lausanne"), ("Università della Svizzera italiana", "Lugano"),
           ("ZHAW School of Management and Law", "Winterthur"), ("Universität Bern", "Bern"),
           ("Universität Liechtenstein", "Vaduz"), ("Université de Genève", "Genève"), ("Hochschule Luzern", "Luzern")]  # fmt: skip
_CONFERENCES = [("Swiss Marketing Forum", "Pfäffikon SZ"), ("European Marketing Academy Conference (EMAC)", "Bern"),
                ("Swiss Retail Forum", "Zürich"), ("Finance 2.0", "Zürich"), ("Forum des 100", "Lausanne"),
                ("St. Galler Marketing Konferenz", "St. Gallen"), ("Digital Economy Award Forum", "Zürich")]  # fmt: skip


class Blind170WorkFactory(WorkFactory):
    """Works that Swiss and Liechtenstein marketers and their diaspora cite, from one seeded random source."""

    DRAWN = (("book", 12), ("ebook", 4), ("chapter", 6), ("journal", 20), ("thesis", 4), ("conference", 3),
             ("company", 12), ("company-report", 6), ("body", 5), ("regulator", 8), ("fso-2019", 3), ("law", 4),
             ("research", 8), ("news", 8), ("news-unsigned", 4), ("post", 3), ("podcast", 2), ("video", 2),
             ("undated", 5))  # fmt: skip
    KINDS = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "legislation", "news", "post",
             "podcast", "video")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 170 + 17001)
        self.fso_titles = 0

    # ------------------------------------------------------------------ names
    def person(self) -> dict[str, str]:
        rng = self.rng
        given = rng.choice(_GIVEN)
        roll = rng.random()
        if roll < 0.1:
            particle, family = rng.choice(_PARTICLED)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.22:
            family, given = rng.choice(_EXPATS)
            return {"family": family, "given": given}
        family = rng.choice(_FAMILY)
        if roll < 0.32:  # a married woman's double name: her husband's name, then her own
            other = rng.choice([f for f in _FAMILY if f != family])
            family = f"{family}-{other}"
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[36, 26, 15, 8, 6, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        return self.rng.randint(2004, 2024) if self.rng.random() < 0.95 else self.rng.randint(1985, 2003)

    def accessed(self) -> dict[str, list[list[int]]]:
        return {"date-parts": [[2025, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        rng = self.rng
        if rng.random() < 0.35:
            return rng.choice(_TITLES_LOCAL)
        topic = rng.choice(_TOPICS_EN)
        forms = [f"{topic[0].upper()}{topic[1:]}", f"Rethinking {topic}", f"{topic[0].upper()}{topic[1:]}: evidence from Switzerland",
                 f"{topic[0].upper()}{topic[1:]} in the DACH region", f"Beyond the Röstigraben: {topic}",
                 f"{topic[0].upper()}{topic[1:]}: a study of Swiss consumers"]  # fmt: skip
        return rng.choice(forms)

    def _dated(self, record: dict[str, Any], day: bool = False, recent: bool = False) -> dict[str, Any]:
        year = self.rng.randint(2016, 2024) if recent else self.year()
        parts = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)] if day else [year]
        record["issued"] = {"date-parts": [parts]}
        return record

    def _online(self, record: dict[str, Any], domain: str, access: float = 0.85) -> dict[str, Any]:
        slug = self.rng.choice(["de", "fr", "en", "it"])
        record["URL"] = (
            f"https://www.{domain}/{slug}/{self.rng.choice(['medien', 'news', 'insights', 'about', 'media', 'studien'])}/{self.rng.randint(1000, 99999)}"
        )
        if self.rng.random() < access:
            record["accessed"] = self.accessed()
        return record

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices([k for k, _ in self.DRAWN], weights=[w for _, w in self.DRAWN])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person(self, record: dict[str, Any], kind: str) -> Work:
        return self._person_work(record, kind)

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        return self._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record = self._dated({"type": "book", "title": self._title(), "author": self._people(4), "publisher": publisher,
                              "publisher-place": place})  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 11))
        return self._person(record, "book")

    def _ebook(self) -> Work:
        work = self._book()
        work.record["medium"] = "E-book"
        work.record["URL"] = (
            f"https://www.{self.rng.choice(['perlego.com/book', 'springer.com/book', 'ebookcentral.proquest.com/lib/hslu'])}/{self.rng.randint(10000, 999999)}"
        )
        work.record["accessed"] = self.accessed()
        return work

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 400)
        record = self._dated({"type": "chapter", "title": self._title(), "author": self._people(3),
                              "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
                              "container-title": self.rng.choice(["Handbuch Marketing Schweiz", "Marketing in Switzerland",
                                                                  "Handbook of Swiss Banking", "Le marketing en Suisse romande",
                                                                  "Swiss Luxury: Brands and Heritage", "Handbuch Detailhandel"]),
                              "publisher": publisher, "publisher-place": place, "page": f"{start}-{start + self.rng.randint(10, 30)}"})  # fmt: skip
        return self._person(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record = self._dated({"type": "article-journal", "title": self._title(), "author": self._people(8),
                              "container-title": self.rng.choice(_JOURNALS), "volume": str(self.rng.randint(1, 60)),
                              "issue": str(self.rng.randint(1, 6)), "page": f"{start}-{start + self.rng.randint(8, 25)}"})  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice(['1108', '1016', '1007', '1002', '1080', '3917'])}/{self.rng.choice(['ijbm', 'jbr', 'jrcs', 'mrsg', 'pm'])}.{self.rng.randint(2010, 2024)}.{self.rng.randint(100, 99999)}"
            )
        return self._person(record, "journal")

    def _thesis(self) -> Work:
        school, place = self.rng.choice(_THESES)
        record = self._dated({"type": "thesis", "title": self._title(), "author": [self.person()],
                              "genre": self.rng.choice(["PhD thesis", "Doctoral dissertation", "MBA dissertation", "Master's thesis", "Thèse de doctorat", "Masterarbeit"]),
                              "publisher": school, "publisher-place": place})  # fmt: skip
        if self.rng.random() < 0.4:
            self._online(record, "research-collection.ethz.ch" if "ETH" in school else "alexandria.unisg.ch")
        return self._person(record, "thesis")

    def _conference(self) -> Work:
        name, place = self.rng.choice(_CONFERENCES)
        record = self._dated({"type": "paper-conference", "title": self._title(), "author": self._people(4),
                              "container-title": f"Proceedings of the {name}", "event-place": place,
                              "publisher-place": place})  # fmt: skip
        return self._person(record, "conference")

    def _company(self) -> Work:
        name, domain = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {"type": "webpage", "title": self._title() if self.rng.random() < 0.4 else self.rng.choice(
            ["Unsere Geschichte [Our history]", "Notre engagement durable [Our sustainability commitment]", "Media releases",
             "Brand and values", "Cumulus: Ihre Vorteile [Cumulus: your benefits]", "Facts and figures", "Nachhaltigkeit [Sustainability]"])}  # fmt: skip
        if self.rng.random() < 0.8:
            self._dated(record)
        self._online(record, domain)
        return self._org(record, "web", name, {"company"})

    def _company_report(self) -> Work:
        name, domain = self.rng.choice(_COMPANIES)
        year = self.year()
        title = self.rng.choice([f"Geschäftsbericht {year} [Annual report {year}]", f"Annual Report {year}",
                                 f"Rapport annuel {year} [Annual report {year}]", f"Sustainability Report {year}",
                                 f"Nachhaltigkeitsbericht {year} [Sustainability report {year}]"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[min(year + 1, 2024)]]},
                                  "publisher": name, "publisher-place": self.rng.choice(["Zürich", "Basel", "Bern", "Vevey", "Genève", "Kilchberg", "Biel/Bienne"])}  # fmt: skip
        if self.rng.random() < 0.7:
            self._online(record, domain)
        return self._org(record, "report", name, {"company"})

    def _body(self) -> Work:
        name, domain = self.rng.choice(_BODIES)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title()}
        if self.rng.random() < 0.85:
            self._dated(record)
        self._online(record, domain)
        return self._org(record, "report" if record["type"] == "report" else "web", name, {"trade-body"})

    def _regulator(self) -> Work:
        name, domain = self.rng.choice(_REGULATORS)
        title = self.rng.choice([self._title(), "Leitfaden zu den technischen und organisatorischen Massnahmen des Datenschutzes [Guide to technical and organisational data protection measures]",
                                 "Guide relatif au traitement des données personnelles [Guide to processing personal data]",
                                 "Rundschreiben 2023/1: Operationelle Risiken und Resilienz – Banken [Circular 2023/1: operational risks and resilience – banks]",
                                 "Haushaltsbudgeterhebung (HABE) [Household budget survey]", "Swiss Payment Methods Survey",
                                 "Statistical yearbook of Liechtenstein", "Monetary policy assessment"])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title}
        self._dated(record)
        self._online(record, domain)
        return self._org(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _fso_2019(self) -> Work:
        """The Federal Statistical Office with two works of 2019 (cited 2019a and 2019b when both are in a report)."""
        self.fso_titles += 1
        title = ["Einkommen und Verbrauch der Haushalte 2017 [Household income and consumption 2017]",
                 "Internetnutzung in den Haushalten 2019 [Internet use in households 2019]",
                 "Les langues en Suisse : enquête sur la langue, la religion et la culture [Languages in Switzerland]"][self.fso_titles % 3]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[2019]]},
                                  "publisher": "Bundesamt für Statistik", "publisher-place": "Neuchâtel"}  # fmt: skip
        self._online(record, "bfs.admin.ch", access=0.9)
        return self._org(record, "report", "Bundesamt für Statistik (BFS)", {"government"})

    def _law(self) -> Work:
        name, title, year, path = self.rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": f"https://www.{path}", "accessed": self.accessed()}  # fmt: skip
        return self._org(record, "legislation", name, {"government", "legislation"})

    def _research(self) -> Work:
        name, domain = self.rng.choice(_RESEARCH)
        year = self.year()
        market = self.rng.choice(["Mobile payments", "Chocolate confectionery", "Grocery retail", "Private banking",
                                  "Telecom services", "Luxury watches", "Plant-based dairy", "Online retail", "Insurance"])  # fmt: skip
        title = self.rng.choice([f"{market} in Switzerland {year}", f"{market} - Switzerland - {self.rng.choice(['March', 'June', 'October'])} {year}",
                                 f"Swiss {market.lower()} market: size and forecast to 2030", f"Medienstudie {year} [Media study {year}]",
                                 f"Baromètre des consommateurs {year} [Consumer barometer {year}]", f"{market}: brand tracker, Q{self.rng.randint(1, 4)} {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" AG")[0]}
        if self.rng.random() < 0.9:
            record["issued"] = {"date-parts": [[year]]}
        self._online(record, domain, access=0.9)
        return self._org(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        record = self._dated({"type": "article-newspaper", "title": self._title(), "author": self._people(2),
                              "container-title": self.rng.choice(_PRESS)}, day=True)  # fmt: skip
        self._online(
            record,
            self.rng.choice(
                [
                    "nzz.ch",
                    "tagesanzeiger.ch",
                    "letemps.ch",
                    "blick.ch",
                    "cdt.ch",
                    "handelszeitung.ch",
                    "persoenlich.com",
                ]
            ),
        )
        return self._person(record, "news")

    def _news_unsigned(self) -> Work:
        paper = self.rng.choice(_PRESS)
        record = self._dated({"type": "article-newspaper", "title": self._title(), "container-title": paper}, day=True)
        self._online(
            record,
            self.rng.choice(["swissinfo.ch", "srf.ch/news", "rts.ch/info", "rsi.ch/info", "watson.ch", "vaterland.li"]),
        )
        return self._org(record, "news", paper, {"press"})

    def _post(self) -> Work:
        platform = self.rng.choice(["LinkedIn", "Instagram", "X", "Facebook"])
        if self.rng.random() < 0.5:
            name, _domain = self.rng.choice(_COMPANIES)
            record = self._dated({"type": "webpage", "title": f"{self.rng.choice(['Happy 1. August!', 'Zäme für d Schwiiz', 'Merci, Romandie', 'Our new Twint campaign is live'])} [{platform} post]",
                                  "container-title": platform}, day=True, recent=True)  # fmt: skip
            self._online(record, f"{platform.lower()}.com")
            return self._org(record, "post", name, {"company", "social"})
        record = self._dated({"type": "webpage", "title": f"{self._title()} [{platform} post]", "author": [self.person()],
                              "container-title": platform}, day=True, recent=True)  # fmt: skip
        self._online(record, f"{platform.lower()}.com")
        return self._person(record, "post")

    def _podcast(self) -> Work:
        show = self.rng.choice(["NZZ Akzent", "Echo der Zeit", "Le Point J", "Werbewoche Podcast", "Marketing Booster"])
        record = self._dated({"type": "webpage", "title": f"{self._title()} [Podcast]", "container-title": show,
                              "author": self._people(2)}, day=True)  # fmt: skip
        self._online(record, self.rng.choice(["podcasts.apple.com", "open.spotify.com", "srf.ch/audio"]))
        return self._person(record, "podcast")

    def _video(self) -> Work:
        name, _domain = self.rng.choice(_COMPANIES + _BODIES)
        record = self._dated({"type": "webpage", "title": f"{self.rng.choice(['Swissness, explained', 'Behind the brand', 'Campagne 2023 : les coulisses', 'So entsteht Schokolade [How chocolate is made]'])} [Video]",
                              "container-title": "YouTube"}, recent=True)  # fmt: skip
        self._online(record, "youtube.com", access=0.9)
        return self._org(record, "video", name, {"company"})

    def _undated(self) -> Work:
        if self.rng.random() < 0.5:
            name, domain = self.rng.choice(_COMPANIES + _BODIES + _REGULATORS)
            record: dict[str, Any] = {"type": "webpage", "title": self._title()}
            self._online(record, domain)
            return self._org(record, "web", name, {"undated"})
        record = {"type": "webpage", "title": self._title(), "author": self._people(2)}
        self._online(record, self.rng.choice(["marketing.ch", "netzwoche.ch", "bilan.ch", "handelszeitung.ch"]))
        return self._person(record, "web")
