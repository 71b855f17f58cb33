"""The blind318 pool's works: what marketers at cider and perry makers, orchards, apple-juice and cider-vinegar brands,
cider bars, farm shops and rural-tourism bodies cite in CIM Level 6 and 7 reports and MBA assignments.

Written without reading the checker, its tests or any other pool. Books, chapters and food, wine, rural-studies,
heritage-tourism and marketing journals with one to eight authors; the marketing texts every candidate cites;
governments and public bodies of the UK, Ireland, France, Spain, Canada and the EU (with and without their
abbreviations, two works of one body in a year); firms' pages and annual reports with Ltd, plc, SAS, S.A., GmbH,
Inc. and "Trust"; the trade, regional and national press signed and unsigned; market research with and without a
year; people's reports and blog posts, some undated. Names as the region's scholars print them: West Country and
Herefordshire farming names, Irish names with Ó, Ní and Mac, Breton and Norman names with "Le" and "de", Asturian and
Basque names with "de la", double surnames and accents, German names with umlauts and "von", Québécois names.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "report", "web", "news")

# (family, given, particle or "") by the region the name comes from.
_WEST = [("Hoskins", "Robert"), ("Coombes", "Sarah"), ("Chedzoy", "Mark"), ("Vowles", "Jenny"), ("Hembrow", "Tom"),
         ("Gulliford", "Alison"), ("Pullin", "Richard"), ("Venn", "Catherine"), ("Bartlett", "James"),
         ("Prosser", "David"), ("Preece", "Helen"), ("Watkins", "Gareth"), ("Gwillim", "Ruth"), ("Probert", "Ian"),
         ("Symonds", "Kate"), ("Pritchard", "Owen"), ("Hopkins-Clarke", "Emma"), ("Tucker", "Simon"),
         ("Pearce", "Lucy"), ("Jones", "Rhian"), ("Smith", "Andrew"), ("Taylor", "Claire"), ("Wright", "Paul"),
         ("Darby", "Hannah"), ("Kemsley", "Neil"), ("Ashdown-Hill", "Fiona")]  # fmt: skip
_IRISH = [("O'Sullivan", "Siobhán"), ("O'Brien", "Cormac"), ("Ó Súilleabháin", "Pádraig"), ("Ní Bhriain", "Aoife"),
          ("Mac Cárthaigh", "Dónal"), ("McCarthy", "Niamh"), ("Kavanagh", "Eoin"), ("Fitzgerald", "Orla"),
          ("Ní Mhurchú", "Gráinne"), ("Ó Conaill", "Seán"), ("Quinlan", "Máire"), ("Hennessy", "Ciarán")]  # fmt: skip
_FRENCH = [("Le Goff", "Yann", ""), ("Le Bihan", "Gwenaëlle", ""), ("Le Gall", "Erwan", ""), ("Le Floc'h", "Maël", ""),
           ("Guéguen", "Nolwenn", ""), ("Quéré", "Loïc", ""), ("Lefèvre", "Céline", ""), ("Lemonnier", "Thierry", ""),
           ("Hébert", "Mathilde", ""), ("Duval", "Antoine", ""), ("Montaigu", "Hélène", "de"),
           ("Saint-Pierre", "Benoît", "de"), ("Plessis", "Agnès", "du"), ("Leroux", "Pascale", ""),
           ("Marie", "Étienne", "")]  # fmt: skip
_IBERIAN = [("García Fernández", "Lucía", ""), ("Álvarez", "Covadonga", ""), ("Menéndez", "Xuan", ""),
            ("Fernández-Cuesta", "Pelayo", ""), ("Suárez Díaz", "Marta", ""), ("Rodríguez-Vigil", "Alberto", ""),
            ("Fuente", "Begoña", "de la"), ("Vega", "Ignacio", "de la"), ("Río", "Carmen", "del"),
            ("Etxeberria", "Iñaki", ""), ("Agirre", "Miren", ""), ("Goikoetxea", "Unai", ""),
            ("Zubizarreta", "Amaia", ""), ("Urrutia", "Jon", ""), ("Larrañaga", "Nerea", ""),
            ("Peña", "Aitor", "de la")]  # fmt: skip
_GERMAN = [("Müller", "Jürgen", ""), ("Schäfer", "Katrin", ""), ("Becker", "Lukas", ""), ("Hofmann", "Anja", ""),
           ("Weiß", "Tobias", ""), ("Möller", "Sabine", ""), ("Berg", "Friederike", "von"), ("Dörr", "Matthias", "")]  # fmt: skip
_QUEBEC = [("Tremblay", "Geneviève", ""), ("Gagnon", "Mathieu", ""), ("Côté", "Isabelle", ""), ("Bélanger", "Sylvain", ""),
           ("Lévesque", "Marie-Ève", ""), ("Bouchard", "François", ""), ("Pelletier", "Josée", ""),
           ("Gauthier", "Jean-Philippe", "")]  # fmt: skip
_OTHERS = [("Chen", "Li"), ("Kowalski", "Marta"), ("Patel", "Anjali"), ("Rossi", "Chiara"), ("Andersson", "Erik"),
           ("Novak", "Petra"), ("Okafor", "Ngozi"), ("Brown", "Michael"), ("Johnson", "Laura"), ("Nguyen", "Thi Mai")]  # fmt: skip

# The marketing texts every candidate cites: (authors, title, publisher, place, year, edition).
_TEXTBOOKS = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane")], "Marketing management", "Pearson", "Harlow", 2016, "15"),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow", 2019, "7"),
    ([("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], "Principles and practice of marketing", "McGraw-Hill", "London", 2020, "9"),
    ([("Keller", "Kevin Lane"), ("Swaminathan", "Vanitha")], "Strategic brand management: building, measuring, and managing brand equity", "Pearson", "Harlow", 2020, "5"),
    ([("Aaker", "David A.")], "Building strong brands", "Free Press", "New York", 1996, None),
    ([("Kapferer", "Jean-Noël")], "The new strategic brand management", "Kogan Page", "London", 2012, "5"),
    ([("Porter", "Michael E.")], "Competitive advantage: creating and sustaining superior performance", "Free Press", "New York", 1985, None),
    ([("Pine", "B. Joseph"), ("Gilmore", "James H.")], "The experience economy", "Harvard Business Review Press", "Boston, MA", 2019, "Updated"),
    ([("Solomon", "Michael R."), ("Askegaard", "Søren"), ("Hogg", "Margaret K."), ("Bamossy", "Gary J.")], "Consumer behaviour: a European perspective", "Pearson", "Harlow", 2019, "7"),
    ([("Ryan", "Damian")], "Understanding digital marketing", "Kogan Page", "London", 2020, "5"),
    ([("Fill", "Chris"), ("Turnbull", "Sarah")], "Marketing communications: touchpoints, sharing and disruption", "Pearson", "Harlow", 2019, "8"),
    ([("Kozinets", "Robert V.")], "Netnography: the essential guide to qualitative social media research", "Sage", "London", 2020, "3"),
]  # fmt: skip

_BOOK_TOPICS = ["craft cider", "perry", "orchard heritage", "cider tourism", "terroir", "farm diversification",
                "provenance", "premiumisation", "rural tourism", "heritage apples", "drinks marketing",
                "geographical indications", "farm shops", "alcohol policy", "food heritage", "wassailing",
                "cider vinegar", "apple juice", "regional food", "agritourism", "Calvados", "sidra natural",
                "Apfelwein", "ice cider", "low- and no-alcohol drinks", "sustainable orchards"]  # fmt: skip
_PLACES = ["Somerset", "Herefordshire", "Devon", "Kent", "the West Country", "the Three Counties", "Ireland",
           "County Armagh", "Normandy", "the Pays d'Auge", "Brittany", "Asturias", "the Basque Country", "Gipuzkoa",
           "Hesse", "Frankfurt", "Quebec", "the Eastern Townships", "England", "Europe"]  # fmt: skip
_JOURNALS = ["British Food Journal", "Journal of Rural Studies", "Journal of Wine Research",
             "International Journal of Wine Business Research", "Food Quality and Preference",
             "Journal of Heritage Tourism", "Tourism Management", "Journal of Marketing Management",
             "Journal of Place Management and Development", "Sociologia Ruralis", "Appetite",
             "Journal of Gastronomy and Tourism", "Current Issues in Tourism"]  # fmt: skip
_DOI = {"British Food Journal": ("1108", "BFJ"), "Journal of Rural Studies": ("1016", "j.jrurstud"),
        "Journal of Wine Research": ("1080", "09571264"), "International Journal of Wine Business Research": ("1108", "IJWBR"),
        "Food Quality and Preference": ("1016", "j.foodqual"), "Journal of Heritage Tourism": ("1080", "1743873X"),
        "Tourism Management": ("1016", "j.tourman"), "Journal of Marketing Management": ("1080", "0267257X"),
        "Journal of Place Management and Development": ("1108", "JPMD"), "Sociologia Ruralis": ("1111", "soru"),
        "Appetite": ("1016", "j.appet"), "Current Issues in Tourism": ("1080", "13683500")}  # fmt: skip
_CHAPTER_BOOKS = [("Craft beverages and tourism, volume 1: the rise of breweries and distilleries in the United States", "Palgrave Macmillan", "Cham"),
                  ("The Routledge handbook of food tourism", "Routledge", "Abingdon"),
                  ("Wine and identity: branding, heritage, terroir", "Routledge", "Abingdon"),
                  ("Food and drink tourism: principles and practice", "Sage", "London"),
                  ("Geographical indications and international agricultural trade", "Palgrave Macmillan", "Basingstoke"),
                  ("Rural tourism and sustainable business", "Channel View Publications", "Clevedon"),
                  ("Alcohol, drinking and society", "Routledge", "London"),
                  ("Heritage, place and the politics of food", "CABI", "Wallingford")]  # fmt: skip
_BOOK_PUBLISHERS = [("Routledge", "Abingdon"), ("CABI", "Wallingford"), ("Goodfellow Publishers", "Oxford"),
                    ("Infinite Ideas", "Oxford"), ("Channel View Publications", "Bristol"), ("Palgrave Macmillan", "Cham"),
                    ("Kogan Page", "London"), ("Logaston Press", "Almeley"), ("Board and Bench Publishing", "San Francisco, CA"),
                    ("Presses universitaires de Rennes", "Rennes"), ("Edward Elgar", "Cheltenham")]  # fmt: skip

# Public bodies: (name as author, tags, domain).
_BODIES = [
    ("Department for Environment, Food & Rural Affairs", {"government", "ampersand", "comma"}, "www.gov.uk"),
    ("Department for Environment, Food and Rural Affairs (Defra)", {"government", "abbreviation", "comma"}, "www.gov.uk"),
    ("Defra", {"government", "acronym"}, "www.gov.uk"),
    ("HM Revenue & Customs", {"government", "ampersand"}, "www.gov.uk"),
    ("HM Revenue and Customs (HMRC)", {"government", "abbreviation"}, "www.gov.uk"),
    ("Food Standards Agency", {"government"}, "www.food.gov.uk"),
    ("Bord Bia", {"government"}, "www.bordbia.ie"),
    ("Institut National de l'Origine et de la Qualité (INAO)", {"government", "apostrophe", "abbreviation"}, "www.inao.gouv.fr"),
    ("INAO", {"government", "acronym"}, "www.inao.gouv.fr"),
    ("Ministerio de Agricultura, Pesca y Alimentación", {"government", "comma"}, "www.mapa.gob.es"),
    ("Agriculture and Agri-Food Canada", {"government"}, "agriculture.canada.ca"),
    ("European Commission", {"government"}, "agriculture.ec.europa.eu"),
    ("Office for National Statistics", {"government"}, "www.ons.gov.uk"),
    ("ONS", {"government", "acronym"}, "www.ons.gov.uk"),
    ("Fáilte Ireland", {"government"}, "www.failteireland.ie"),
    ("VisitBritain", {"government"}, "www.visitbritain.org"),
    ("Herefordshire Council", {"government"}, "www.herefordshire.gov.uk"),
    ("Somerset Council", {"government"}, "www.somerset.gov.uk"),
]  # fmt: skip
_BODY_PLACES = {'www.gov.uk': 'London', 'www.food.gov.uk': 'London', 'www.bordbia.ie': 'Dublin', 'www.inao.gouv.fr': 'Montreuil', 'www.mapa.gob.es': 'Madrid', 'agriculture.canada.ca': 'Ottawa', 'agriculture.ec.europa.eu': 'Brussels', 'www.ons.gov.uk': 'Newport', 'www.failteireland.ie': 'Dublin', 'www.visitbritain.org': 'London', 'www.herefordshire.gov.uk': 'Hereford', 'www.somerset.gov.uk': 'Taunton'}  # fmt: skip
# Firms, trusts and trade bodies: (name as author, tags, domain).
_FIRMS = [
    ("Thatchers Cider Company Ltd", {"company"}, "www.thatcherscider.co.uk"),
    ("H. Weston & Sons Ltd", {"company", "ampersand"}, "www.westons-cider.co.uk"),
    ("C&C Group plc", {"company", "ampersand"}, "www.candcgroupplc.com"),
    ("Heineken UK Ltd", {"company"}, "www.heineken.co.uk"),
    ("Christian Drouin SAS", {"company"}, "www.calvados-drouin.com"),
    ("Sidra El Gaitero S.A.", {"company"}, "www.elgaitero.com"),
    ("Possmann GmbH", {"company"}, "www.possmann.de"),
    ("National Trust", {"trust"}, "www.nationaltrust.org.uk"),
    ("Aspall Cyder Ltd", {"company"}, "www.aspall.co.uk"),
    ("Orchard Pig Ltd", {"company"}, "www.orchardpig.co.uk"),
    ("Sheppy's Cider Ltd", {"company", "apostrophe"}, "www.sheppyscider.com"),
    ("Healeys Cornish Cyder Farm Ltd", {"company"}, "www.healeyscyder.co.uk"),
    ("Somerset Cider Brandy Company Ltd", {"company"}, "www.ciderbrandy.co.uk"),
    ("Domaine Pinnacle Inc.", {"company"}, "www.domainepinnacle.com"),
    ("National Association of Cider Makers (NACM)", {"trade-body", "abbreviation"}, "cideruk.com"),
    ("National Association of Cider Makers", {"trade-body"}, "cideruk.com"),
    ("Three Counties Cider and Perry Association", {"trade-body"}, "www.thethreecountiesciderandperryassociation.co.uk"),
    ("Campaign for Real Ale (CAMRA)", {"trade-body", "abbreviation"}, "camra.org.uk"),
    ("Wine & Spirit Trade Association", {"trade-body", "ampersand"}, "wsta.co.uk"),
    ("Visit Somerset", {"trade-body"}, "www.visitsomerset.co.uk"),
    ("Hogan's Cider", {"company", "apostrophe"}, "www.hoganscider.co.uk"),
    ("Irish Craft Cider Association", {"trade-body"}, "www.irishcraftcider.ie"),
]  # fmt: skip
_PRESS = [("The Grocer", "www.thegrocer.co.uk"), ("Western Daily Press", "www.westerndailypress.co.uk"),
          ("Hereford Times", "www.herefordtimes.com"), ("Somerset County Gazette", "www.somersetcountygazette.co.uk"),
          ("The Irish Times", "www.irishtimes.com"), ("Ouest-France", "www.ouest-france.fr"),
          ("La Nueva España", "www.lne.es"), ("The Morning Advertiser", "www.morningadvertiser.co.uk"),
          ("Imbibe", "imbibe.com"), ("The Guardian", "www.theguardian.com")]  # fmt: skip
_RESEARCH = [("Mintel", "www.mintel.com"), ("Kantar", "www.kantar.com"), ("Nielsen", "nielseniq.com"),
             ("CGA", "cgastrategy.com"), ("Statista", "www.statista.com"), ("IWSR", "www.theiwsr.com")]  # fmt: skip
_UNIVERSITIES = [("Harper Adams University", "Newport", "www.harper-adams.ac.uk"),
                 ("Royal Agricultural University", "Cirencester", "www.rau.ac.uk"),
                 ("Hartpury University", "Gloucester", "www.hartpury.ac.uk"),
                 ("University of Gloucestershire", "Cheltenham", "www.glos.ac.uk"), ("Teagasc", "Carlow", "www.teagasc.ie"),
                 ("Université de Caen Normandie", "Caen", "www.unicaen.fr"),
                 ("Universidad de Oviedo", "Oviedo", "www.uniovi.es"),
                 ("Hochschule Geisenheim University", "Geisenheim", "www.hs-geisenheim.de")]  # fmt: skip


class Blind318WorkFactory(WorkFactory):
    """Works that cider, perry, orchard and rural-tourism marketers cite, from one seeded random source."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 43 + 318_318)
        self.bodies: list[tuple[str, set[str], dict[str, Any], str]] = []
        self.textbooks_used: set[int] = set()

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.3:
            family, given = self.rng.choice(_WEST)
            particle = ""
        elif roll < 0.42:
            family, given = self.rng.choice(_IRISH)
            particle = ""
        elif roll < 0.57:
            family, given, particle = self.rng.choice(_FRENCH)
        elif roll < 0.73:
            family, given, particle = self.rng.choice(_IBERIAN)
        elif roll < 0.81:
            family, given, particle = self.rng.choice(_GERMAN)
        elif roll < 0.89:
            family, given, particle = self.rng.choice(_QUEBEC)
        else:
            family, given = self.rng.choice(_OTHERS)
            particle = ""
        name = {"family": family, "given": given}
        if particle:
            name["non-dropping-particle"] = particle
        return name

    def year(self) -> int:
        if self.rng.random() < 0.06:
            return self.rng.randint(1986, 1999)
        return self.rng.randint(2005, 2025)

    def _accessed_after(self, year: int) -> dict[str, list[list[int]]]:
        return {
            "date-parts": [
                [self.rng.randint(max(year + 1, 2023), 2026), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            ]
        }

    def _topic_title(self) -> str:
        topic, other = self.rng.sample(_BOOK_TOPICS, 2)
        place = self.rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}: a marketing perspective",
                 f"Consumer perceptions of {topic} in {place}",
                 f"From orchard to glass: {topic} and {other} in {place}",
                 f"{topic[0].upper()}{topic[1:]} and the construction of place: evidence from {place}",
                 f"Authenticity, {topic} and willingness to pay",
                 f"The role of {topic} in the marketing of {place}",
                 f"Why {topic} matters: {other} and rural development in {place}",
                 f"Exploring {topic} through {other}: a qualitative study"]  # fmt: skip
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "textbook", "chapter", "journal", "body", "firm", "press", "research", "person-report", "blog"],
            weights=[9, 7, 5, 22, 13, 14, 10, 8, 5, 5],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_BOOK_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._topic_title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.2:
            record["edition"] = str(self.rng.randint(2, 4))
        return self._person_work(record, "book")

    def _textbook(self) -> Work:
        left = [i for i in range(len(_TEXTBOOKS)) if i not in self.textbooks_used]
        if not left:
            return self._book()
        index = self.rng.choice(left)
        self.textbooks_used.add(index)
        authors, title, publisher, place, year, edition = _TEXTBOOKS[index]
        record: dict[str, Any] = {"type": "book", "title": title,
                                  "author": [{"family": f, "given": g} for f, g in authors],
                                  "issued": {"date-parts": [[year]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if edition:
            record["edition"] = edition
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        book, publisher, place = self.rng.choice(_CHAPTER_BOOKS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._topic_title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))], "container-title": book,
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 320))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        count = self.rng.choices(range(1, 9), weights=[18, 26, 22, 14, 8, 5, 4, 3])[0]
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._topic_title(), "author": [self.person() for _ in range(count)],
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(8, 130)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{(start := self.rng.randint(1, 2400))}-{start + self.rng.randint(10, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.55:
            prefix, code = _DOI.get(record["container-title"], ("1080", "rjmm"))
            record["DOI"] = f"10.{prefix}/{code}.{record['issued']['date-parts'][0][0]}.{self.rng.randint(100, 99999)}"
        return self._person_work(record, "journal")

    def _dated_org(self, record: dict[str, Any], kind: str, name: str, tags: set[str], domain: str) -> Work:
        # Now and then a second work of a body already cited, of the same year ("Defra, 2023a" and "2023b").
        if self.bodies and "issued" in record and self.rng.random() < 0.15:
            name, tags, issued, domain = self.rng.choice(self.bodies)
            record["issued"] = {"date-parts": [list(p) for p in issued["date-parts"]]}
            record["URL"] = f"https://{domain}/{self.fakers['en_GB'].slug()}"
            record["accessed"] = self._accessed_after(issued["date-parts"][0][0])
            if "publisher" in record:
                record["publisher"] = name.split(" (")[0]
            if "publisher-place" in record and domain in _BODY_PLACES:
                record["publisher-place"] = _BODY_PLACES[domain]
            elif "publisher-place" in record:
                del record["publisher-place"]
        if "issued" in record:
            self.bodies.append((name, tags, record["issued"], domain))
        return self._org_work(record, kind, name, tags)

    def _body(self) -> Work:
        name, tags, domain = self.rng.choice(_BODIES)
        year = self.year() if self.rng.random() < 0.9 else max(self.year(), 2008)
        subject = self.rng.choice(["cider and perry production", "apple and pear orchards", "alcohol duty",
                                   "the cider industry", "agri-food exports", "farm diversification",
                                   "rural tourism", "orchard area", "food labelling", "protected food names"])  # fmt: skip
        titles = [f"Statistics on {subject}: {year} edition", f"Consultation on {subject}",
                  f"{subject[0].upper()}{subject[1:]}: guidance for producers", f"Annual review of {subject} {year}",
                  f"Evaluation of support for {subject}", f"{subject[0].upper()}{subject[1:]} in {self.rng.choice(_PLACES)}"]  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(titles),
                                  "issued": {"date-parts": [[year]]},
                                  "URL": f"https://{domain}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        record["accessed"] = self._accessed_after(year)
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = _BODY_PLACES[domain]
        return self._dated_org(record, "report" if record["type"] == "report" else "web", name, tags, domain)

    def _firm(self) -> Work:
        name, tags, domain = self.rng.choice(_FIRMS)
        year = self.rng.randint(2010, 2025)
        titles = [f"Annual report and accounts {year}", f"Sustainability report {year}", "Our story",
                  "Our orchards", "Our cider makers", "Visit the cider farm", "Sustainability", "Heritage and provenance",
                  "Apple varieties", "Tours and tastings", "Trade and on-trade", f"Impact report {year}"]  # fmt: skip
        title = self.rng.choice(titles)
        record: dict[str, Any] = {"type": "report" if "report" in title else "webpage", "title": title,
                                  "URL": f"https://{domain}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["issued"] = {"date-parts": [[year]]}
        elif self.rng.random() < 0.6:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after(year)
        return self._dated_org(record, "report" if record["type"] == "report" else "web", name, tags, domain)

    def _press(self) -> Work:
        paper, domain = self.rng.choice(_PRESS)
        year = self.rng.randint(2008, 2025)
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        brand = self.rng.choice(["Thatchers", "Westons", "Aspall", "Orchard Pig", "Sheppy's", "Magners", "Bulmers",
                                 "Strongbow", "Christian Drouin", "Maison Sassy", "El Gaitero", "Possmann",
                                 "Hogan's", "Healeys", "Burrow Hill"])  # fmt: skip
        titles = [f"{brand} bets on premium as cider volumes slide", f"{brand} unveils new orchard visitor centre",
                  "Cider makers count the cost of duty changes", f"{brand} doubles down on sustainability",
                  "Wassail crowds return to the orchards", f"Why {brand} is backing heritage varieties",
                  "Small cider makers fear for the future", f"{brand} launches low-alcohol cider",
                  "Farm shops ride the staycation boom", "Apple harvest hit by late frost"]  # fmt: skip
        record: dict[str, Any] = {"type": "article-newspaper", "title": self.rng.choice(titles), "container-title": paper,
                                  "issued": {"date-parts": [[year, month, day]]},
                                  "URL": f"https://{domain}/news/{self.fakers['en_GB'].slug()}",
                                  "accessed": {"date-parts": [[self.rng.randint(max(year + 1, 2023), 2026), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}}  # fmt: skip
        if self.rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _research(self) -> Work:
        name, domain = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2015, 2025)
        market, place = self.rng.choice(["Cider", "Cider and perry", "Apple juice", "Flavoured cider", "Craft cider",
                                          "Low and no alcohol drinks", "Farm shops", "Vinegar"]), self.rng.choice(
            ["UK", "Ireland", "France", "Spain", "Germany", "Canada", "Europe"])  # fmt: skip
        titles = [f"{market} - {place} - {self.rng.choice(['March', 'July', 'November'])} {year}",
                  f"{market} market report {place} {year}", f"{market}: consumer trends {year}",
                  f"Volume of {market.lower()} consumed in {place} from 2015 to {year}",
                  f"On-trade drinks tracker: {market.lower()} {year}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": f"https://{domain}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if self.rng.random() < 0.88:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after(year)
        return self._dated_org(record, "report", name, {"market-research"}, domain)

    def _person_report(self) -> Work:
        place_name, town, domain = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {"type": "report", "title": self._topic_title(), "author": self._people(3),
                                  "publisher": place_name, "publisher-place": town}  # fmt: skip
        if self.rng.random() < 0.85:
            year = self.year()
            record["issued"] = {"date-parts": [[year]]}
        else:
            year = 2022
        if self.rng.random() < 0.5:
            record["URL"] = f"https://{domain}/research/{self.fakers['en_GB'].slug()}"
            record["accessed"] = self._accessed_after(year)
        return self._person_work(record, "report")

    def _blog(self) -> Work:
        record: dict[str, Any] = {"type": "post-weblog", "title": self._topic_title(), "author": self._people(2),
                                  "container-title": self.rng.choice(["Cider Review", "Cider Is Wine", "The Cider Journal",
                                                                      "Farm Shop Diaries", "Orchard Notes"]),
                                  "URL": f"https://{self.fakers['en_GB'].domain_name()}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        year = 2024
        if self.rng.random() < 0.75:
            year = self.rng.randint(2012, 2025)
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after(year)
        return self._person_work(record, "web")
