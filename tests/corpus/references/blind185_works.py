"""The works cited by the hundred-and-eighty-fifth independent pool, "blind185" (HELD OUT): marketers in Belgium,
Luxembourg and their diaspora, writing CIM Level 6 and 7 reports and MBA assignments in English.

Written without reading the checker, its tests or any other pool. Names are Flemish (with "Van den", "De", "Vande"
and "Vander" capitalised and part of the surname, as the Belgian register writes them), Walloon and Brussels French
("de", "du" and "le" in lower case, kept apart as reference managers keep them), German-speaking from Eupen and
Sankt Vith, Luxembourgish, Congolese (postnoms written as part of the surname), Moroccan, Turkish, Italian and
Portuguese Belgian, Dutch from across the border ("van der" in lower case) and the expatriate scholars who write
about the Benelux. Works are textbooks (some Belgian publishers, some e-books), chapters, journal articles with one
to eight authors, theses from Belgian and Luxembourgish universities and business schools, conference papers,
company pages and reports (NV/SA, BV/SRL, CV/SC, VZW/ASBL, S.A., S.à r.l., SE), trade bodies, regulators and
governments, laws with the state or the EU institutions as author, research firms' titles with a year, the press
signed and unsigned, posts, podcasts, videos and undated pages; titles in Dutch, French, German and Luxembourgish
often carry an English translation in square brackets.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
import re
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# ---------------------------------------------------------------------- people
# (family, given): the surname exactly as the style writes it first, particle and all.
_FLEMISH = [
    ("Peeters", "Jan"), ("Janssens", "Lien"), ("Maes", "Wout"), ("Jacobs", "Sofie"), ("Mertens", "Bart"),
    ("Willems", "Katrien"), ("Claes", "Stijn"), ("Goossens", "Hanne"), ("Wouters", "Koen"), ("De Smet", "Griet"),
    ("Van den Broeck", "Pieter"), ("Vanderlinden", "Els"), ("Van de Velde", "Arne"), ("D'Hondt", "Sarah"),
    ("De Clercq", "Joke"), ("Vermeulen", "Thomas"), ("Van Damme", "Lieselot"), ("Verstraete", "Jef"),
    ("Vande Walle", "Ine"), ("Vanden Bossche", "Dries"), ("Van Acker", "Elke"), ("De Backer", "Wim"),
    ("Vandenberghe", "Annelies"), ("Van Hoof", "Tom"), ("Dewaele", "Nele"), ("Verhaegen", "Jonas"),
    ("De Pelsmacker", "Patrick"), ("Geuens", "Maggie"), ("Van Kenhove", "Marijke"), ("Verhoeven", "Joeri"),
    ("Cauberghe", "Veroniek"), ("Van der Auwera", "Kristof"), ("Vander Elst", "Hilde"), ("T'Jampens", "Brecht"),
    ("Callewaert", "Marthe"), ("Van Hecke", "Gert-Jan"), ("Ooms", "Evi"), ("Lemmens", "Kobe"),
]  # fmt: skip
_WALLOON = [
    ("Dubois", "Marie-Hélène"), ("Lambert", "Benoît"), ("Dupont", "Aurélie"), ("Lejeune", "Frédéric"),
    ("Mathieu", "Géraldine"), ("Renard", "Thibaut"), ("Leclercq", "Céline"), ("Collignon", "Gaëlle"),
    ("Delvaux", "Jean-Luc"), ("Hennebert", "Quentin"), ("Piérard", "Amélie"), ("Lemaître", "Maxime"),
    ("Degrève", "Sébastien"), ("Bodart", "Anne-Sophie"), ("Wathelet", "Jérôme"), ("Gérard", "Noémie"),
    ("Lefèbvre", "François"), ("Hanquet", "Pascale"), ("d'Ursel", "Louise"), ("Mahieu-Derouck", "Claire"),
]  # fmt: skip
# (particle, family, given): lower-case particles kept apart, as Zotero and Mendeley store them.
_PARTICLED = [
    ("de", "Lannoy", "Hélène"), ("de", "Bruyne", "Pieter"), ("du", "Bois", "Christophe"), ("le", "Grelle", "Julie"),
    ("de", "Ligne", "Antoine"), ("van der", "Meulen", "Sanne"), ("van", "Dijk", "Thijs"),
    ("van den", "Berg", "Femke"), ("de", "Jong", "Marloes"), ("da", "Silva", "João"), ("dos", "Santos", "Ana"),
    ("de", "Sousa", "Tiago"), ("von", "Loë", "Katharina"),
]  # fmt: skip
_GERMAN_LUX = [
    ("Hoffmann", "Jürgen"), ("Schmit", "Carole"), ("Weber", "Tessy"), ("Muller", "Nico"), ("Wagner", "Jhemp"),
    ("Thill", "Claude"), ("Kieffer", "Martine"), ("Reding", "Luc"), ("Goerens", "Anne"), ("Lambertz", "Karin"),
    ("Mockel", "Heinz"), ("Heinen", "Sabine"), ("Schröder", "Björn"), ("Kremer", "Sven"), ("Thein", "Monique"),
    ("Back", "Mireille"), ("Feyder", "Pol"), ("Schumacher", "Lynn"),
]  # fmt: skip
_DIASPORA = [
    ("Kabeya Mbuyi", "Trésor"), ("Ilunga Kasongo", "Mireille"), ("Mukendi", "Jean-Claude"), ("Tshibanda", "Dieudonné"),
    ("Lumbala Nsimba", "Gloire"), ("Mbala", "Bénédicte"), ("El Amrani", "Yasmina"), ("Ben Abdelkader", "Nordin"),
    ("Bouzid", "Hajar"), ("Azzouzi", "Soufiane"), ("El Khattabi", "Ilyas"), ("Yılmaz", "Emre"), ("Çelik", "Zeynep"),
    ("Demir", "Burak"), ("Öztürk", "Meryem"), ("Di Rupo", "Francesca"), ("Lo Bue", "Salvatore"),
    ("Santangelo", "Giuseppe"), ("Ferreira", "Inês"), ("Gonçalves", "Rui"), ("Nguyen", "Thi Mai"),
]  # fmt: skip
_EXPAT = [
    ("Smith", "Rebecca"), ("O'Connor", "Niamh"), ("Müller", "Stefan"), ("Rossi", "Chiara"), ("García", "Lucía"),
    ("Kowalski", "Piotr"), ("Andersen", "Mette"), ("Chen", "Wei"), ("Patel", "Anjali"), ("Brennan-Hughes", "Tom"),
    ("MacLeod", "Fiona"), ("Schneider", "Lena"),
]  # fmt: skip

# ---------------------------------------------------------------------- organisations
_COMPANIES = [
    "KBC Group NV", "KBC", "Belfius Bank SA/NV", "Belfius", "BNP Paribas Fortis SA/NV", "BNP Paribas Fortis",
    "ING Belgium SA/NV", "Argenta Spaarbank NV", "Crelan NV", "Spuerkeess", "Banque et Caisse d'Épargne de l'État, Luxembourg",
    "BGL BNP Paribas S.A.", "Banque de Luxembourg S.A.", "Payconiq International S.A.", "Bancontact Payconiq Company",
    "AG Insurance", "Ethias SA", "Foyer S.A.", "La Luxembourgeoise", "Proximus", "Proximus Group", "Orange Belgium",
    "Telenet Group Holding NV", "Telenet", "POST Luxembourg", "Tango S.A.", "Ahold Delhaize", "Delhaize",
    "Colruyt Group", "Carrefour Belgique", "Aldi Belgium", "Lidl Belgium GmbH & Co. KG", "Cactus S.A.", "Kruidvat",
    "Action", "bol.com", "Zalando SE", "AB InBev", "Anheuser-Busch InBev SA/NV", "Duvel Moortgat NV", "Lotus Bakeries NV",
    "Neuhaus NV", "Godiva", "Côte d'Or", "Leonidas", "Barry Callebaut AG", "Vandemoortele", "Spadel SA/NV",
    "Brasserie Nationale S.A.", "Sources Rosport S.A.", "Solvay SA", "UCB SA", "D'Ieteren Group", "Brussels Airlines",
    "Luxair S.A.", "Cargolux Airlines International S.A.", "SNCB", "NMBS", "RTL Group S.A.", "ArcelorMittal",
    "Amazon EU S.à r.l.", "Mortierbrigade", "Happiness Brussels", "Duval Guillaume", "LDV United", "TBWA\\Belgium",
    "Hema Belgium BV", "Standaard Boekhandel NV", "Ekoplaza BV", "Vooruit CV", "Oxfam-Wereldwinkels vzw",
]  # fmt: skip
_BODIES = [
    "Febelfin", "Comeos", "Union of Belgian Advertisers (UBA)", "Belgian Association of Marketing (BAM)",
    "ACC Belgium", "Fevia", "Belgian Brewers", "Voka", "FEB/VBO", "Union Wallonne des Entreprises (UWE)", "Agoria",
    "ABBL", "Luxinnovation", "Chambre de Commerce Luxembourg", "Centre d'Information sur les Médias (CIM)",
    "Centrum voor Informatie over de Media", "Test Aankoop", "Test Achats", "Creative Belgium", "Unizo",
    "Fedis", "BeCommerce", "Flanders Investment & Trade", "Visit Flanders", "visit.brussels", "Luxembourg for Tourism",
]  # fmt: skip
_REGULATORS = [
    "Gegevensbeschermingsautoriteit (GBA)", "Autorité de protection des données (APD)", "Data Protection Authority",
    "Commission nationale pour la protection des données (CNPD)", "FOD Economie", "SPF Économie",
    "FPS Economy, S.M.E.s, Self-employed and Energy", "Statbel", "STATEC", "FSMA", "CSSF",
    "Commission de Surveillance du Secteur Financier", "Jury voor Ethische Praktijken inzake reclame (JEP)",
    "Jury d'Éthique Publicitaire", "Nationale Bank van België", "Banque nationale de Belgique", "BIPT",
    "Institut Luxembourgeois de Régulation", "European Commission", "Vlaamse Overheid", "Service public de Wallonie",
    "Gouvernement du Grand-Duché de Luxembourg", "Belgische Mededingingsautoriteit", "Eurostat",
]  # fmt: skip
_RESEARCH = ["GfK Belgium", "iVOX", "Ipsos Belgium", "Kantar Belgium", "Statista", "Mintel", "Euromonitor International",
             "Indiville", "Profacts", "NielsenIQ", "TNS Ilres", "Quest", "Deloitte Belgium", "PwC Luxembourg",
             "McKinsey & Company", "Gondola"]  # fmt: skip
_PRESS = ["De Standaard", "De Morgen", "Het Laatste Nieuws", "Het Nieuwsblad", "Gazet van Antwerpen", "Le Soir",
          "La Libre Belgique", "L'Echo", "De Tijd", "Trends", "Trends-Tendances", "VRT NWS", "RTBF Info", "RTL Info",
          "Luxemburger Wort", "L'essentiel", "Paperjam", "Delano", "Tageblatt", "The Brussels Times", "Grenz-Echo",
          "Bruzz", "Pub", "MM", "Knack", "Le Vif", "Politico Europe", "Financial Times"]  # fmt: skip
_JOURNALS = ["International Journal of Research in Marketing", "Journal of Business Research",
             "Journal of Retailing and Consumer Services", "European Journal of Marketing", "Psychology & Marketing",
             "Journal of Advertising", "International Journal of Advertising", "Marketing Letters",
             "Journal of Consumer Behaviour", "Recherche et Applications en Marketing", "Revue française de gestion",
             "Reflets et perspectives de la vie économique", "Tijdschrift voor Economie en Management",
             "Marketing Review St. Gallen", "Journal of Interactive Marketing", "Journal of Brand Management",
             "Journal of Financial Services Marketing", "International Journal of Bank Marketing",
             "Journal of Marketing Communications", "Journal of Service Management", "Décisions Marketing",
             "Die Unternehmung", "British Food Journal", "Journal of Consumer Marketing"]  # fmt: skip
_PUBLISHERS = [("Lannoo Campus", "Leuven"), ("Acco", "Leuven"), ("Die Keure", "Brugge"), ("Pelckmans", "Kalmthout"),
               ("De Boeck Supérieur", "Louvain-la-Neuve"), ("Larcier", "Bruxelles"), ("Intersentia", "Antwerpen"),
               ("Presses universitaires de Louvain", "Louvain-la-Neuve"), ("Éditions de l'Université de Bruxelles", "Bruxelles"),
               ("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Palgrave Macmillan", "Cham"), ("Springer Gabler", "Wiesbaden"), ("Dunod", "Paris"),
               ("Noordhoff", "Groningen"), ("Academia Press", "Gent"), ("Wolters Kluwer", "Mechelen"),
               ("Vanden Broele", "Brugge"), ("Éditions Saint-Paul", "Luxembourg"), ("Promoculture-Larcier", "Luxembourg"),
               ("Oxford University Press", "Oxford"), ("Wiley", "Hoboken, NJ")]  # fmt: skip
_UNIVERSITIES = [("KU Leuven", "Leuven"), ("Universiteit Gent", "Gent"), ("Universiteit Antwerpen", "Antwerpen"),
                 ("Vlerick Business School", "Gent"), ("Solvay Brussels School of Economics and Management, Université libre de Bruxelles", "Bruxelles"),
                 ("UCLouvain", "Louvain-la-Neuve"), ("HEC Liège, Université de Liège", "Liège"),
                 ("ICHEC Brussels Management School", "Bruxelles"), ("University of Luxembourg", "Esch-sur-Alzette"),
                 ("Vrije Universiteit Brussel", "Brussel"), ("Universiteit Hasselt", "Hasselt"),
                 ("Antwerp Management School", "Antwerpen"), ("Université de Namur", "Namur"),
                 ("Université de Mons", "Mons")]  # fmt: skip
_GENRES = ["MSc thesis", "Master's thesis", "Masterproef", "Mémoire de master", "PhD thesis", "Doctoral dissertation",
           "MBA dissertation", "Masterarbeit"]  # fmt: skip

# ---------------------------------------------------------------------- titles
_TOPICS_EN = ["mobile payments", "loyalty cards", "private labels", "retail media", "green claims", "influencer disclosure",
              "bilingual advertising", "cross-border shopping", "neobanks", "brand heritage", "festival sponsorship",
              "price promotions", "chocolate tourism", "craft beer", "online grocery", "cookie consent",
              "Gen Z banking", "sustainable packaging", "employer branding", "regional identity"]  # fmt: skip
_TITLES_NL = [("De Belg en zijn bank", "Belgians and their bank"), ("Hoe Gen Z winkelt", "How Gen Z shops"),
              ("Huismerken in de Belgische supermarkt", "Private labels in the Belgian supermarket"),
              ("Merkvertrouwen na de crisis", "Brand trust after the crisis"),
              ("Mobiel betalen in Vlaanderen", "Mobile payment in Flanders"),
              ("Duurzaamheidsclaims en consumentengedrag", "Sustainability claims and consumer behaviour"),
              ("Reclame in twee talen", "Advertising in two languages"),
              ("De prijsoorlog tussen Colruyt en Delhaize", "The price war between Colruyt and Delhaize"),
              ("Influencers en de reclamewet", "Influencers and the advertising law"),
              ("Jaarverslag", "Annual report"), ("Duurzaamheidsverslag", "Sustainability report")]  # fmt: skip
_TITLES_FR = [("Le consommateur belge face à l'inflation", "The Belgian consumer facing inflation"),
              ("Les marques de distributeur en Wallonie", "Private labels in Wallonia"),
              ("La banque mobile au Luxembourg", "Mobile banking in Luxembourg"),
              ("Publicité et protection des données", "Advertising and data protection"),
              ("Le marketing d'influence : enjeux éthiques", "Influencer marketing: ethical issues"),
              ("Fidéliser le client frontalier", "Building loyalty among cross-border customers"),
              ("L'image de marque du chocolat belge", "The brand image of Belgian chocolate"),
              ("Rapport annuel", "Annual report"), ("Baromètre de la confiance", "Trust barometer")]  # fmt: skip
_TITLES_DE = [("Markenführung im Grenzraum", "Brand management in the border region"),
              ("Konsumverhalten in Ostbelgien", "Consumer behaviour in East Belgium"),
              ("Digitale Kundenbindung im Einzelhandel", "Digital customer loyalty in retail")]  # fmt: skip
_TITLES_LB = [("Lëtzebuerger Konsumenten an d'Online-Shopping", "Luxembourg consumers and online shopping"),
              ("Wéi d'Jugend bankt", "How young people bank"), ("Eis Sprooch an der Reklamm", "Our language in advertising")]  # fmt: skip


_DATED_TITLE = re.compile(r"\b(19|20)\d\d\b")
_REPORT_TITLES = ("Jaarverslag", "Duurzaamheidsverslag", "Rapport annuel", "Baromètre de la confiance")


class Blind185WorkFactory(WorkFactory):
    """Works that marketers in Belgium, Luxembourg and their diaspora cite, from a random source of the pool's own."""

    # The kinds make() draws and their weights; KINDS are the kinds of the works that come out.
    DRAWN: tuple[tuple[str, int], ...] = (
        ("book", 11), ("chapter", 5), ("journal", 20), ("thesis", 4), ("conference", 4), ("company-web", 10),
        ("company-report", 7), ("body", 6), ("regulator", 8), ("legislation", 4), ("market-research", 7),
        ("news", 7), ("news-unsigned", 3), ("post", 3), ("podcast", 2), ("video", 2), ("undated-web", 4),
    )  # fmt: skip
    KINDS = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "legislation", "news", "post",
             "podcast", "video")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 185 + 18501)
        self.issued_by: list[tuple[str, dict[str, Any]]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.34:
            family, given = self.rng.choice(_FLEMISH)
        elif roll < 0.52:
            family, given = self.rng.choice(_WALLOON)
        elif roll < 0.62:
            particle, family, given = self.rng.choice(_PARTICLED)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        elif roll < 0.74:
            family, given = self.rng.choice(_GERMAN_LUX)
        elif roll < 0.9:
            family, given = self.rng.choice(_DIASPORA)
        else:
            family, given = self.rng.choice(_EXPAT)
        if self.rng.random() < 0.05 and "-" not in family and " " not in family:  # a married name joined on
            family = f"{family}-{self.rng.choice(['Janssens', 'Dupont', 'Weber', 'Maes', 'Lambert'])}"
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if all(name.get("family") != p.get("family") for p in people):
                people.append(name)
        return people

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1978, 2005)
        return self.rng.randint(2009, 2025)

    def _issued(self, year: int, day: bool = False) -> dict[str, Any]:
        if day:
            return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        return {"date-parts": [[year]]}

    def _accessed(self, issued: dict[str, Any] | None) -> dict[str, Any]:
        first = issued["date-parts"][0][0] if issued else 2022
        if first >= 2025:
            return {"date-parts": [[2025, 12, self.rng.randint(28, 28)]]}
        year = self.rng.randint(max(first + 1, 2022), 2025)
        return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _id(self) -> str:
        self.counter += 1
        return f"b185w{self.counter}"

    # ------------------------------------------------------------------ titles
    def _local_title(self, report: bool = False) -> str:
        roll = self.rng.random()
        table = _TITLES_NL if roll < 0.45 else _TITLES_FR if roll < 0.8 else _TITLES_DE if roll < 0.9 else _TITLES_LB
        local, english = self.rng.choice(table)
        while not report and local in _REPORT_TITLES:
            local, english = self.rng.choice(_TITLES_NL + _TITLES_FR)
        if local in _REPORT_TITLES:
            year = self.rng.randint(2015, 2024)
            local, english = f"{local} {year}", f"{english} {year}"
        return f"{local} [{english}]" if self.rng.random() < 0.8 else local

    def _title(self, report: bool = False) -> str:
        if self.rng.random() < 0.3:
            return self._local_title(report)
        topic = self.rng.choice(_TOPICS_EN)
        place = self.rng.choice(["Belgium", "Flanders", "Wallonia", "Brussels", "Luxembourg", "the Benelux",
                                 "the Greater Region", "Belgian retail", "Belgian banking"])  # fmt: skip
        other = self.rng.choice([t for t in _TOPICS_EN if t != topic])
        forms = [
            f"{topic.capitalize()} in {place}",
            f"The effect of {topic} on {other}: evidence from {place}",
            f"{topic.capitalize()} and {other} in a multilingual market",
            f"Rethinking {topic} for {place}",
            f"Between {topic} and {other}",
            f"Consumer responses to {topic} in {place}",
            f"{topic.capitalize()}: a study of {self.rng.choice(['Flemish', 'Walloon', 'Luxembourgish', 'Brussels'])} consumers",
            f"Does investing in {topic} pay? {place[0].upper()}{place[1:]} {self.rng.randint(2015, 2024)}",
        ]
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices([k for k, _ in self.DRAWN], weights=[w for _, w in self.DRAWN])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind, {"person"})

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then an organisation's second work of a year it has already published in ("Statbel, 2019a/b").
        if (
            self.issued_by
            and "issued" in record
            and kind in ("report", "web")
            and not _DATED_TITLE.search(str(record.get("title", "")))
            and self.rng.random() < 0.14
        ):
            name, issued = self.rng.choice(self.issued_by)
            record["issued"] = {
                "date-parts": [list(issued["date-parts"][0][:1]) + list(record["issued"]["date-parts"][0][1:])]
            }
            if record.get("publisher") and kind == "report":
                record["publisher"] = name
            if "accessed" in record:
                record["accessed"] = self._accessed(record["issued"])
            if "URL" in record:
                record["URL"] = self._url(name)
            tags = tags | {"same-year"}
        if "issued" in record and kind in ("report", "web"):
            self.issued_by.append((name, record["issued"]))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def _url(self, name: str) -> str:
        base = "".join(ch for ch in name.lower().split(" (")[0] if ch.isalnum())[:18] or "site"
        tld = self.rng.choice([".be", ".be", ".lu", ".com", ".eu"])
        path = self.rng.choice(["nl", "fr", "en", "de", "nl-be", "fr-be", "lb"])
        return f"https://www.{base}{tld}/{path}/{self.fakers['en_GB'].slug()}"

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": self._issued(self.year()), "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 8))
        if self.rng.random() < 0.15:
            record["medium"] = "E-book"
            record["URL"] = (
                f"https://www.{self.rng.choice(['dawsonera.com', 'vlebooks.com', 'kortext.com', 'ebookcentral.proquest.com'])}/{self.fakers['en_GB'].slug()}"
            )
            record["accessed"] = self._accessed(record["issued"])
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["Marketing in the Benelux", "Handboek marketing", "Le marketing en Belgique",
                                                "The Routledge companion to European retailing", "Consumer behaviour in small open economies",
                                                "Digital marketing in multilingual markets"]),
            "issued": self._issued(self.year()), "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 950)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": self._issued(self.year()),
            "volume": str(self.rng.randint(1, 80)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{start}-{start + self.rng.randint(8, 28)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice(['1016', '1108', '1080', '1002', '3917', '1177'])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(2010, 2025)}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "genre": self.rng.choice(_GENRES), "publisher": university, "publisher-place": place,
                                  "issued": self._issued(self.rng.randint(2012, 2025))}  # fmt: skip
        if self.rng.random() < 0.4:
            record["URL"] = (
                f"https://repository.{self.rng.choice(['kuleuven.be', 'ugent.be', 'uantwerpen.be', 'uclouvain.be', 'uliege.be', 'uni.lu'])}/{self.rng.randint(10000, 999999)}"
            )
            record["accessed"] = self._accessed(record["issued"])
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        city = self.rng.choice(["Leuven", "Gent", "Bruxelles", "Luxembourg", "Antwerpen", "Liège", "Namur", "Paris"])
        year = self.rng.randint(2010, 2025)
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": self.rng.choice([f"Proceedings of the {year} EMAC Annual Conference",
                                                f"Proceedings of the {year} AFM Congress (Association Française du Marketing)",
                                                f"Proceedings of the ICORIA {year} Conference", f"Benelux Marketing Day {year}"]),
            "event-place": city, "publisher-place": city, "issued": self._issued(year),
        }  # fmt: skip
        if self.rng.random() < 0.5:
            start = self.rng.randint(1, 400)
            record["page"] = f"{start}-{start + self.rng.randint(6, 14)}"
        return self._person_work(record, "conference")

    def _company_web(self) -> Work:
        name = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {"type": "webpage", "title": self._title() if self.rng.random() < 0.5 else
                                  self.rng.choice(["Over ons [About us]", "Qui sommes-nous ?", "Our brand story",
                                                   "Duurzaamheid [Sustainability]", "Privacyverklaring [Privacy statement]",
                                                   "Nos engagements [Our commitments]", "Newsroom", "Investor relations"]),
                                  "URL": self._url(name)}  # fmt: skip
        if self.rng.random() < 0.8:
            record["issued"] = self._issued(self.year(), day=self.rng.random() < 0.3)
        record["accessed"] = self._accessed(record.get("issued"))
        return self._org_work(record, "web", name, {"company"})

    def _company_report(self) -> Work:
        name = self.rng.choice(_COMPANIES)
        year = self.rng.randint(2010, 2025)
        title = self.rng.choice([f"Annual report {year}", f"Jaarverslag {year}", f"Rapport annuel {year}",
                                 f"Integrated report {year}", f"Sustainability report {year}", self._title(report=True)])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": self._issued(year),
                                  "publisher": name, "publisher-place": self.rng.choice(["Brussels", "Bruxelles", "Antwerpen", "Luxembourg", "Leuven", "Mechelen"])}  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self._url(name)
            record["accessed"] = self._accessed(record["issued"])
        return self._org_work(record, "report", name, {"company"})

    def _body(self) -> Work:
        name = self.rng.choice(_BODIES)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "URL": self._url(name)}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name
        if self.rng.random() < 0.85:
            record["issued"] = self._issued(self.year())
        record["accessed"] = self._accessed(record.get("issued"))
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"trade-body"})

    def _regulator(self) -> Work:
        name = self.rng.choice(_REGULATORS)
        year = 2019 if self.rng.random() < 0.25 else self.year()
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title() if self.rng.random() < 0.5 else
                                  self.rng.choice([f"Jaarverslag {year} [Annual report {year}]", f"Rapport annuel {year}",
                                                   "Cookies en andere trackers [Cookies and other trackers]",
                                                   "Lignes directrices sur le marketing direct [Guidelines on direct marketing]",
                                                   "Huishoudbudgetonderzoek [Household budget survey]",
                                                   "Consumentenbarometer [Consumer barometer]", "Panorama de l'économie belge",
                                                   "Le Luxembourg en chiffres [Luxembourg in figures]",
                                                   "Guidance on the marketing of financial products to retail clients"]),
                                  "issued": self._issued(year), "URL": self._url(name)}  # fmt: skip
        record["accessed"] = self._accessed(record["issued"])
        if record["type"] == "report":
            record["publisher"] = name
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _legislation(self) -> Work:
        laws = [
            ("Belgium", "Wet van 30 juli 2018 betreffende de bescherming van natuurlijke personen met betrekking tot de verwerking van persoonsgegevens", 2018, "Belgisch Staatsblad"),
            ("Belgique", "Loi du 30 juillet 2018 relative à la protection des personnes physiques à l'égard des traitements de données à caractère personnel", 2018, "Moniteur belge"),
            ("Grand-Duché de Luxembourg", "Loi du 1er août 2018 portant organisation de la Commission nationale pour la protection des données et du régime général sur la protection des données", 2018, "Journal officiel du Grand-Duché de Luxembourg"),
            ("Belgium", "Code de droit économique (Wetboek van economisch recht), Livre VI: Pratiques du marché et protection du consommateur", 2013, "Moniteur belge"),
            ("FOD Economie", "Wetboek van economisch recht, Boek XII: Recht van de elektronische economie", 2013, "Belgisch Staatsblad"),
            ("European Parliament and Council of the European Union", "Regulation (EU) 2016/679 (General Data Protection Regulation)", 2016, "Official Journal of the European Union"),
            ("European Parliament and Council of the European Union", "Directive (EU) 2019/2161 on the better enforcement and modernisation of Union consumer protection rules", 2019, "Official Journal of the European Union"),
            ("European Parliament and Council of the European Union", "Regulation (EU) 2022/2065 on a Single Market for Digital Services (Digital Services Act)", 2022, "Official Journal of the European Union"),
            ("Grand-Duché de Luxembourg", "Loi du 23 décembre 2016 relative aux ventes en soldes ainsi qu'à la publicité trompeuse et comparative", 2016, "Mémorial A"),
        ]  # fmt: skip
        author, title, year, gazette = self.rng.choice(laws)
        record: dict[str, Any] = {"type": "legislation", "title": title, "container-title": gazette,
                                  "issued": self._issued(year, day=self.rng.random() < 0.5)}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self.rng.choice(["https://www.ejustice.just.fgov.be/eli/wet/", "https://legilux.public.lu/eli/etat/leg/loi/",
                                             "https://eur-lex.europa.eu/eli/reg/"]) + f"{year}/{self.rng.randint(1, 12)}/{self.rng.randint(1, 28)}/oj"  # fmt: skip
            record["accessed"] = self._accessed(record["issued"])
        return self._org_work(record, "legislation", author, {"legislation", "government"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.92 else None
        shown = year or 2024
        market = self.rng.choice(["chocolate", "beer", "mobile banking", "online grocery", "bottled water",
                                  "telecom bundles", "home insurance", "pet food", "e-commerce", "discount retail"])  # fmt: skip
        title = self.rng.choice([
            f"{market.capitalize()} in Belgium {shown}", f"{market.capitalize()} - Belgium - {self.rng.choice(['March', 'June', 'October'])} {shown}",
            f"Consumentenbarometer {shown} [Consumer barometer {shown}]", f"Baromètre {market} {shown}",
            f"Luxembourg {market} market: size and forecast {shown}-2030", f"Belgian Digital Report {shown}",
            f"Share of Belgians who bought {market} online in Q{self.rng.randint(1, 4)} {shown}",
        ])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name, "URL": self._url(name)}
        if year:
            record["issued"] = self._issued(year)
        record["accessed"] = self._accessed(record.get("issued"))
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        year = self.rng.randint(2012, 2025)
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "author": self._people(2),
                                  "container-title": paper, "issued": self._issued(year, day=True), "URL": self._url(paper)}  # fmt: skip
        if self.rng.random() < 0.85:
            record["accessed"] = self._accessed(record["issued"])
        return self._person_work(record, "news")

    def _news_unsigned(self) -> Work:
        year = self.rng.randint(2012, 2025)
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": paper,
                                  "issued": self._issued(year, day=True), "URL": self._url(paper)}  # fmt: skip
        record["accessed"] = self._accessed(record["issued"])
        return self._org_work(record, "news", paper, {"press"})

    def _post(self) -> Work:
        name = self.rng.choice(_COMPANIES + _BODIES)
        platform = self.rng.choice(["LinkedIn", "Instagram", "Facebook", "X", "TikTok"])
        record: dict[str, Any] = {"type": "post", "title": self.rng.choice([
            "Trots op ons team! #werkenbij", "Fier d'annoncer notre nouvelle campagne", "Happy Saint Nicholas from all of us",
            "Onze nieuwe app is live", "Merci à tous nos clients pour cette année", "Moien! Eis nei Filial zu Esch ass op",
            "Tournée Minérale: wij doen mee", "Nouveau : payez avec Payconiq en magasin"]),
            "container-title": platform, "issued": self._issued(self.rng.randint(2018, 2025), day=True),
            "URL": f"https://www.{platform.lower()}.com/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        record["accessed"] = self._accessed(record["issued"])
        return self._org_work(record, "post", name, {"social"})

    def _podcast(self) -> Work:
        record: dict[str, Any] = {"type": "broadcast", "title": f"{self._title()} (episode {self.rng.randint(1, 180)})",
                                  "container-title": self.rng.choice(["De Tijd Podcast", "Marketing Talks (BAM)", "Le Brief (L'Echo)",
                                                                      "Paperjam Podcast", "Bij de koffie (VRT)", "Pub Podcast"]),
                                  "medium": "Podcast", "issued": self._issued(self.rng.randint(2018, 2025), day=True),
                                  "URL": f"https://open.spotify.com/episode/{self.fakers['en_GB'].lexify('??????????')}"}  # fmt: skip
        record["accessed"] = self._accessed(record["issued"])
        if self.rng.random() < 0.6:
            record["author"] = self._people(2)
            return self._person_work(record, "podcast")
        return self._org_work(
            record, "podcast", self.rng.choice(["VRT", "RTBF", "RTL Luxembourg", "De Tijd", "L'Echo"]), {"press"}
        )

    def _video(self) -> Work:
        name = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {"type": "motion_picture", "title": self.rng.choice([
            "Brand film", "Making of onze kerstcampagne [Making of our Christmas campaign]", "Spot TV 30''",
            "Wij zijn er voor jou [We are there for you]", "L'histoire de notre marque [Our brand's story]", "Case study video"]),
            "container-title": "YouTube", "issued": self._issued(self.rng.randint(2014, 2025), day=True),
            "URL": f"https://www.youtube.com/watch?v={self.fakers['en_GB'].lexify('???????????')}"}  # fmt: skip
        record["accessed"] = self._accessed(record["issued"])
        return self._org_work(record, "video", name, {"company", "video"})

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title()}
        if self.rng.random() < 0.4:
            record["author"] = self._people(2)
            record["URL"] = self._url(record["author"][0]["family"])
            record["accessed"] = self._accessed(None)
            return self._person_work(record, "web")
        name = self.rng.choice(_COMPANIES + _BODIES + _REGULATORS)
        record["URL"] = self._url(name)
        record["accessed"] = self._accessed(None)
        return self._org_work(record, "web", name, {"undated"})
