"""The blind301 pool's works: what marketers at butchers, meat-box services, charcuterie makers, abattoirs, livestock
co-operatives and meat-industry bodies in the UK, Ireland, France, Spain, Argentina and Australia cite in CIM Level 6
and 7 reports and MBA assignments.

Books, chapters and journal articles (Meat Science, British Food Journal, Food Policy, Journal of Rural Studies,
Appetite, the retailing journals, Animal) with one to eight authors; reports and pages of governments and public
bodies (the FSA, DEFRA, the AHDB, Bord Bia, the Department of Agriculture, Food and the Marine, FranceAgriMer, MAPA,
INDEC, the ABS, the FAO, the OECD), firms' pages and annual reports (Ltd, Limited, plc, SAS, S.L., S.A., Pty Ltd),
the national and trade press, market research and the marketing texts every candidate cites. Names as the region's
scholars and journals print them: Irish "Ó", "Ní", "Mac" and fadas, French "de", "du" and "Le", Spanish and Argentine
double family names with "y" and "de la", Australian and British names. Written without reading the checker.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "report", "web", "press", "market-research", "classic", "web-person")

# (given, family, particle) as the region's scholars print their names.
_BRITISH = [("Sarah", "Whitcombe"), ("James", "Pennington"), ("Helen", "Ashworth"), ("Tom", "Fairbairn"),
            ("Rachel", "Lister"), ("David", "Harcourt-Smith"), ("Emma", "Bramley"), ("Andrew", "Wetherell"),
            ("Claire", "Rowntree"), ("Gareth", "Pryce"), ("Rhian", "Llewelyn"), ("Iain", "MacKinnon"),
            ("Fiona", "McCallum"), ("Mark", "Oldfield"), ("Joanna", "Sturridge"), ("Peter", "Hebblethwaite"),
            ("Lucy", "Garside"), ("Owain", "Prydderch"), ("Kirsty", "Ogilvie"), ("Neil", "Thwaites")]  # fmt: skip
_IRISH = [("Siobhán", "Ó Briain"), ("Pádraig", "Ó Súilleabháin"), ("Aoife", "Ní Bhriain"), ("Máire", "Ní Dhomhnaill"),
          ("Ciarán", "Mac Cárthaigh"), ("Seán", "Mac Mathúna"), ("Niamh", "O'Sullivan"), ("Eoin", "Ó Conchúir"),
          ("Orla", "McCarthy"), ("Dónal", "Ó Riain"), ("Gráinne", "Ní Fhlatharta"), ("Colm", "MacGabhann"),
          ("Róisín", "Kehoe"), ("Cathal", "O'Mahony"), ("Deirdre", "Ní Chonaill"), ("Fiachra", "Mac Giolla Phádraig")]  # fmt: skip
_FRENCH = [("Camille", "Lefèvre", None), ("Hélène", "Roux", "du"), ("Jean-Baptiste", "Mérel", None),
           ("Anne-Sophie", "Le Goff", None), ("Étienne", "Villiers", "de"), ("Marion", "Le Bihan", None),
           ("François", "Chaumet", None), ("Sébastien", "Sainte-Marie", None), ("Claire", "Bellay", "du"),
           ("Amélie", "Préfontaine", None), ("Thibault", "Lacroix", "de"), ("Gaëlle", "Le Floc'h", None)]  # fmt: skip
_SPANISH = [("María", "García y Sánchez", None), ("José Luis", "Fernández Ortega", None), ("Lucía", "Fuente", "de la"),
            ("Javier", "Martínez-Carrasco", None), ("Carmen", "Ruiz de Gauna", None), ("Ignacio", "Peña y Lillo", None),
            ("Ana Belén", "López Bote", None), ("Pilar", "Torre", "de la"), ("Rocío", "Muñoz Alcázar", None),
            ("Álvaro", "Ibáñez Gutiérrez", None), ("Begoña", "Íñiguez Sáez", None)]  # fmt: skip
_ARGENTINE = [("Martín", "Rodríguez Larreta", None), ("Florencia", "Bianchi", None), ("Santiago", "Vázquez y Ocampo", None),
              ("Mariana", "Colombo Etcheverry", None), ("Federico", "Riestra", "de la"), ("Valeria", "Pérez Iturraspe", None),
              ("Gonzalo", "Echeverría", None), ("Agustina", "Sáenz Peña", None), ("Tomás", "Mónaco", None)]  # fmt: skip
_AUSTRALIAN = [("Kylie", "Pattinson"), ("Brett", "Cavanagh"), ("Leanne", "Tuckwell"), ("Hamish", "Drysdale"),
               ("Mei", "Zhang"), ("Rhys", "Thomsett"), ("Tahnee", "Brockhurst"), ("Thi Lan", "Nguyen"),
               ("Rob", "Polkinghorne"), ("Jess", "Murdoch-Evans"), ("Priya", "Raman"), ("Connor", "Gilchrist")]  # fmt: skip

_JOURNALS = ["Meat Science", "British Food Journal", "Food Policy", "Journal of Rural Studies", "Appetite",
             "Journal of Retailing and Consumer Services", "International Journal of Retail & Distribution Management",
             "Animal", "Food Quality and Preference", "Journal of Marketing Management", "European Journal of Marketing",
             "Irish Journal of Agricultural and Food Research", "Spanish Journal of Agricultural Research"]  # fmt: skip
_TOPICS = ["provenance claims", "grass-fed beef", "dry-aged beef", "meat-box subscriptions", "farm-to-door delivery",
           "independent butchers", "Iberian pork", "charcuterie", "salumi", "premium lamb", "carcass grading",
           "animal welfare labels", "origin labelling", "red meat consumption", "flexitarian consumers",
           "online meat retailing", "beef quality grading", "protected designations of origin", "abattoir closures",
           "short food supply chains", "meat reduction", "Wagyu crossbreeding", "heritage breeds", "halal meat",
           "carbon labelling of beef", "cured ham", "the asado", "farm shops", "direct-to-consumer meat",
           "Instagram and butchery", "traceability", "rewilded grazing"]  # fmt: skip
_PLACES = ["the UK", "Ireland", "France", "Spain", "Argentina", "Australia", "Great Britain", "Northern Ireland",
           "Scotland", "Wales", "the Pampas", "Extremadura", "Queensland", "Victoria", "New South Wales", "Europe"]  # fmt: skip
_BOOK_TITLES = ["Marketing meat: provenance, trust and the premium consumer", "The butcher's craft in a digital age",
                "Food marketing: an international perspective", "Red meat and the consumer",
                "Branding food from farm to fork", "Charcuterie and the politics of taste",
                "Rural enterprise and the food economy", "Consumer behaviour in food markets",
                "Meat, place and identity", "Direct marketing of farm produce", "Luxury food brands",
                "Sustainable livestock and the market", "The ethics of eating meat"]  # fmt: skip
_CLASSICS = [
    ({"family": "Kotler", "given": "Philip"}, [{"family": "Keller", "given": "Kevin Lane"}], "Marketing management", "Pearson", "Harlow"),
    ({"family": "Chaffey", "given": "Dave"}, [{"family": "Ellis-Chadwick", "given": "Fiona"}], "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow"),
    ({"family": "Porter", "given": "Michael E."}, [], "Competitive strategy", "Free Press", "New York"),
    ({"family": "Kapferer", "given": "Jean-Noël"}, [], "The new strategic brand management", "Kogan Page", "London"),
    ({"family": "Aaker", "given": "David A."}, [], "Building strong brands", "Free Press", "New York"),
    ({"family": "Sharp", "given": "Byron"}, [], "How brands grow", "Oxford University Press", "Melbourne"),
    ({"family": "Jobber", "given": "David"}, [{"family": "Ellis-Chadwick", "given": "Fiona"}], "Principles and practice of marketing", "McGraw-Hill", "London"),
    ({"family": "Johnson", "given": "Gerry"}, [{"family": "Whittington", "given": "Richard"}, {"family": "Scholes", "given": "Kevan"}], "Exploring strategy", "Pearson", "Harlow"),
    ({"family": "Ryan", "given": "Damian"}, [], "Understanding digital marketing", "Kogan Page", "London"),
    ({"family": "Ritson", "given": "Mark"}, [], "Mini MBA in marketing: course notes", "Marketing Week", "London"),
]  # fmt: skip
# Who publishes when no person is named: (name, tags, web domain).
_GOVERNMENT = [
    ("Food Standards Agency", {"government"}, "food.gov.uk"), ("Food Standards Agency (FSA)", {"government", "abbreviation"}, "food.gov.uk"),
    ("Department for Environment, Food & Rural Affairs", {"government", "ampersand", "comma"}, "gov.uk"),
    ("DEFRA", {"government", "acronym"}, "gov.uk"), ("AHDB", {"government", "acronym"}, "ahdb.org.uk"),
    ("Agriculture and Horticulture Development Board (AHDB)", {"government", "abbreviation"}, "ahdb.org.uk"),
    ("Bord Bia", {"government"}, "bordbia.ie"), ("Bord Bia – Irish Food Board", {"government"}, "bordbia.ie"),
    ("Department of Agriculture, Food and the Marine", {"government", "comma"}, "gov.ie"),
    ("FranceAgriMer", {"government"}, "franceagrimer.fr"),
    ("Ministerio de Agricultura, Pesca y Alimentación (MAPA)", {"government", "abbreviation", "comma"}, "mapa.gob.es"),
    ("INDEC", {"government", "acronym"}, "indec.gob.ar"), ("Australian Bureau of Statistics", {"government"}, "abs.gov.au"),
    ("Australian Bureau of Statistics (ABS)", {"government", "abbreviation"}, "abs.gov.au"),
    ("Food and Agriculture Organization of the United Nations (FAO)", {"government", "abbreviation"}, "fao.org"),
    ("FAO", {"government", "acronym"}, "fao.org"), ("OECD/FAO", {"government", "acronym"}, "oecd.org"),
    ("OECD", {"government", "acronym"}, "oecd.org"), ("Scottish Government", {"government"}, "gov.scot"),
    ("Quality Meat Scotland", {"government"}, "qmscotland.co.uk"), ("Hybu Cig Cymru – Meat Promotion Wales", {"government"}, "meatpromotion.wales"),
    ("Instituto de Promoción de la Carne Vacuna Argentina (IPCVA)", {"government", "abbreviation"}, "ipcva.com.ar"),
]  # fmt: skip
_FIRMS = [
    ("Donald Russell Ltd", {"company"}, "donaldrussell.com"), ("Dawn Meats Group Unlimited Company", {"company"}, "dawnmeats.com"),
    ("Cranswick plc", {"company"}, "cranswick.plc.uk"), ("Cinco Jotas S.A.", {"company"}, "cincojotas.com"),
    ("Meat & Livestock Australia Limited", {"company", "ampersand"}, "mla.com.au"),
    ("Meat & Livestock Australia (MLA)", {"company", "ampersand", "abbreviation"}, "mla.com.au"),
    ("Farmison & Co", {"company", "ampersand"}, "farmison.com"), ("Turner & George", {"company", "ampersand"}, "turnerandgeorge.co.uk"),
    ("Field & Flower", {"company", "ampersand"}, "fieldandflower.co.uk"), ("The Ethical Butcher", {"company"}, "ethicalbutcher.co.uk"),
    ("Jack O'Shea's", {"company", "apostrophe"}, "jackoshea.com"), ("Hugh Maguire Butchers", {"company"}, "hughmaguire.ie"),
    ("ABP Food Group", {"company"}, "abpfoodgroup.com"), ("Maison Verot SAS", {"company"}, "maison-verot.fr"),
    ("Joselito S.L.", {"company"}, "joselito.com"), ("La Piamontesa S.A.", {"company"}, "lapiamontesa.com"),
    ("Cabaña Las Lilas", {"company"}, "laslilas.com"), ("Victor Churchill Pty Ltd", {"company"}, "victorchurchill.com"),
    ("Vic's Meat Market Pty Ltd", {"company", "apostrophe"}, "vicsmeat.com.au"), ("Kepak Group", {"company"}, "kepak.com"),
    ("Dovecote Park Ltd", {"company"}, "dovecotepark.com"), ("Pipers Farm Ltd", {"company"}, "pipersfarm.com"),
    ("Butchers' Q Guild", {"company", "apostrophe"}, "qguild.co.uk"), ("Associated Craft Butchers of Ireland (ACBI)", {"company", "abbreviation"}, "craftbutchers.ie"),
    ("Interporc", {"company"}, "interporc.com"), ("Interbev", {"company"}, "interbev.fr"),
    ("National Farmers' Union", {"company", "apostrophe"}, "nfuonline.com"),
]  # fmt: skip
_PRESS = [("Meat Management", "meatmanagement.com"), ("Meat Trades Journal", "meatinfo.co.uk"), ("The Grocer", "thegrocer.co.uk"),
          ("The Irish Times", "irishtimes.com"), ("Farmers Journal", "farmersjournal.ie"), ("Le Figaro", "lefigaro.fr"),
          ("El País", "elpais.com"), ("La Nación", "lanacion.com.ar"), ("The Sydney Morning Herald", "smh.com.au"),
          ("Farmers Weekly", "fwi.co.uk"), ("The Guardian", "theguardian.com"), ("Beef Central", "beefcentral.com")]  # fmt: skip
_RESEARCH = [("Kantar", "kantar.com"), ("Mintel", "mintel.com"), ("Euromonitor International", "euromonitor.com"),
             ("IGD", "igd.com"), ("Nielsen", "nielsen.com"), ("Statista", "statista.com"),
             ("NielsenIQ", "nielseniq.com"), ("Kantar Worldpanel", "kantar.com")]  # fmt: skip
_MARKETS = ["meat and poultry", "red meat", "processed meat", "charcuterie", "online grocery", "meat-box subscriptions",
            "premium beef", "cured ham", "barbecue", "butchers' shops"]  # fmt: skip


def _place(domain: str) -> str:
    """Where a body publishes, from its web domain."""
    for ending, place in ((".ie", "Dublin"), (".fr", "Paris"), (".es", "Madrid"), (".ar", "Buenos Aires"),
                          (".au", "Canberra"), ("fao.org", "Rome"), ("oecd.org", "Paris"), (".scot", "Edinburgh"),
                          (".wales", "Aberystwyth"), ("ahdb.org.uk", "Kenilworth")):  # fmt: skip
        if domain.endswith(ending):
            return place
    return "London"


class Blind301WorkFactory(WorkFactory):
    """Works that butchery, meat-box and charcuterie marketers cite; a subclass so no other half changes."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 301)
        self.organisations: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        particle = None
        if roll < 0.3:
            given, family = self.rng.choice(_BRITISH)
        elif roll < 0.5:
            given, family = self.rng.choice(_IRISH)
        elif roll < 0.62:
            given, family, particle = self.rng.choice(_FRENCH)
        elif roll < 0.75:
            given, family, particle = self.rng.choice(_SPANISH)
        elif roll < 0.85:
            given, family, particle = self.rng.choice(_ARGENTINE)
        else:
            given, family = self.rng.choice(_AUSTRALIAN)
        name = {"family": family, "given": given}
        if particle:
            name["non-dropping-particle"] = particle
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[36, 26, 15, 9, 6, 3, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if name not in people:
                people.append(name)
        return people

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        return self.rng.randint(2006, 2024)

    def accessed(self) -> dict[str, list[list[int]]]:
        return {"date-parts": [[self.rng.randint(2025, 2026), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        topic, other = self.rng.sample(_TOPICS, 2)
        place = self.rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}: consumer perceptions and willingness to pay",
                 f"Consumer attitudes to {topic}: evidence from {place}", f"{topic[0].upper()}{topic[1:]} and {other}",
                 f"Why shoppers pay more for {topic}", f"Marketing {topic}: a qualitative study of {place}",
                 f"The role of {topic} in building trust in {place}", f"From farm to fork: {topic} in {place}",
                 f"{topic[0].upper()}{topic[1:]}, {other} and the premium consumer"]  # fmt: skip
        return self.rng.choice(forms)

    def _url(self, domain: str) -> str:
        slug = "-".join(self.rng.choice(_TOPICS).replace("the ", "").split())
        return (
            f"https://www.{domain}/{self.rng.choice(['news', 'insights', 'about', 'reports', 'blog'])}/{slug.lower()}"
        )

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "government", "firm", "press", "market-research", "classic", "web-person",
             "person-report"],
            weights=[10, 6, 24, 14, 12, 10, 8, 6, 5, 5],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self.rng.choice(_BOOK_TITLES) if self.rng.random() < 0.5 else self._title(),
            "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Earthscan", "Woodhead Publishing", "CABI", "Kogan Page",
                                          "Palgrave Macmillan", "Wageningen Academic Publishers", "Springer"]),
            "publisher-place": self.rng.choice(["Abingdon", "London", "Cambridge", "Wallingford", "Cham", "Dublin"]),
        }  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 5))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": self._people(2), "container-title": self.rng.choice(_BOOK_TITLES),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "Woodhead Publishing", "CABI"]),
            "publisher-place": self.rng.choice(["Abingdon", "Cambridge", "Wallingford"]),
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(8, 210)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.1016/j.{self.rng.choice(['meatsci', 'foodpol', 'jrurstud', 'appet', 'jretconser'])}.{record['issued']['date-parts'][0][0]}.{self.rng.randint(100000, 999999)}"
            )
        return self._person_work(record, "journal")

    def _classic(self) -> Work:
        lead, others, title, publisher, place = self.rng.choice(_CLASSICS)
        record: dict[str, Any] = {
            "type": "book", "title": title, "author": [dict(lead)] + [dict(o) for o in others],
            "issued": {"date-parts": [[self.rng.randint(2009, 2024)]]}, "publisher": publisher, "publisher-place": place,
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["edition"] = str(self.rng.randint(2, 17))
        work = self._person_work(record, "book")
        work.kind = "classic"
        return work

    def _web_person(self) -> Work:
        name, _tags, domain = self.rng.choice(_FIRMS + _GOVERNMENT)
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "container-title": name, "URL": self._url(domain), "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.8:
            record["issued"] = {"date-parts": [[self.year()]]}
        return self._person_work(record, "web-person")

    def _person_report(self) -> Work:
        name, _tags, domain = self.rng.choice(_GOVERNMENT)
        record: dict[str, Any] = {"type": "report", "title": self._title(), "author": self._people(4),
                                  "publisher": name.split(" (")[0], "publisher-place": _place(domain),
                                  "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = self._url(domain)
            record["accessed"] = self.accessed()
        return self._person_work(record, "report")

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then one body's second work of a year ("AHDB, 2023a" and "2023b").
        if self.organisations and "issued" in record and self.rng.random() < 0.15:
            name, tags, issued = self.rng.choice(self.organisations)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.organisations.append((name, tags, record["issued"]))
        return self._org_work(record, kind, name, tags)

    def _government(self) -> Work:
        name, tags, domain = self.rng.choice(_GOVERNMENT)
        year = self.year()
        title = self.rng.choice([f"{self.rng.choice(['Meat market outlook', 'Consumer insight', 'Annual review', 'Livestock statistics', 'Food and you survey'])} {year}",
                                 self._title(), f"{self.rng.choice(_MARKETS).capitalize()}: market situation and trade"])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(domain), "accessed": self.accessed()}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = _place(domain)
            if self.rng.random() < 0.3:
                del record["URL"], record["accessed"]
        elif self.rng.random() < 0.15:
            del record["issued"]
        return self._org(record, "report" if record["type"] == "report" else "web", name, tags | {"government"})

    def _firm(self) -> Work:
        name, tags, domain = self.rng.choice(_FIRMS)
        year = self.year()
        if self.rng.random() < 0.35:
            record: dict[str, Any] = {"type": "report", "title": f"{self.rng.choice(['Annual report', 'Annual report and accounts', 'Sustainability report', 'Impact report'])} {year}",
                                      "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0],
                                      "URL": self._url(domain), "accessed": self.accessed()}  # fmt: skip
            return self._org(record, "report", name, tags)
        record = {"type": "webpage", "title": self.rng.choice(["Our story", "Our farms", "Provenance and welfare", "How we age our beef",
                                                              "The meat box explained", "Sustainability", "Our butchers", "Nuestra historia",
                                                              "Notre maison", "Grass-fed promise"]),
                  "URL": self._url(domain), "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.65:
            record["issued"] = {"date-parts": [[year]]}
        return self._org(record, "web", name, tags)

    def _press(self) -> Work:
        paper, domain = self.rng.choice(_PRESS)
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(domain), "accessed": self.accessed(),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "press")
        return self._org(record, "press", paper, {"press"})

    def _market_research(self) -> Work:
        name, domain = self.rng.choice(_RESEARCH)
        market, place = (
            self.rng.choice(_MARKETS),
            self.rng.choice(["UK", "Ireland", "France", "Spain", "Argentina", "Australia"]),
        )
        year = self.year() if self.rng.random() < 0.85 else None
        titles = [f"{market.capitalize()} - {place} - {self.rng.choice(['March', 'July', 'November'])} {year or 2024}",
                  f"{market.capitalize()} in {place}", f"Per capita consumption of {market} in {place} from 2015 to 2024",
                  f"{place} {market}: shopper insight", f"{market.capitalize()} retail sales in {place}, by channel"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": self._url(domain), "accessed": self.accessed()}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org(record, "market-research", name, {"market-research"})
