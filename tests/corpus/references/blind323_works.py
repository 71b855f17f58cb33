"""The works that blind323's candidates cite: marketers at architecture and interior-design practices, furniture,
lighting and kitchen brands, design fairs, design museums and schools and homeware retailers in Denmark, Finland,
Sweden, Italy, the Netherlands, Japan and the UK, writing CIM Level 6 and 7 reports and MBA assignments in English.

Books, chapters and design and marketing journals with one to eight authors; the statistics offices, ministries and
public bodies of the region (with and without their abbreviation, two works of one body in a year); firms' pages and
annual reports with A/S, Oy, Oyj, AB, S.p.A., B.V., AG, K.K., Ltd and plc; the design and general press, signed and
unsigned; market research with and without years; undated pages; and the marketing texts every candidate cites.
Names are written as the region's scholars and journals print them: Danish and Norwegian "ø", "æ" and "å", Finnish
"ä" and "ö", Swedish "å", Italian "De", "Di" and "D'", Dutch "van", "van der" and "de", Japanese with and without
macrons. Written without reading the checker, its tests or any other pool.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "report", "web", "news")

# (family, given) as printed; no designer's or firm's name (no Jacobsen, Aalto, Wegner, Hansen, Foster...).
_DANISH = [("Sørensen", "Mette"), ("Kjærgaard", "Anders"), ("Østergaard", "Lise"), ("Bækgaard", "Søren"),
           ("Rasmussen", "Kirsten"), ("Mortensen", "Jesper"), ("Lauridsen", "Pernille"), ("Thygesen", "Rasmus"),
           ("Dalsgaard", "Trine"), ("Nørgaard", "Mikkel"), ("Skovgaard", "Ida"), ("Frølund", "Henrik"),
           ("Kristensen", "Birgitte"), ("Lykke", "Camilla"), ("Holmgaard", "Jens")]  # fmt: skip
_NORWEGIAN = [("Bjørnstad", "Ingrid"), ("Solberg", "Eirik"), ("Haugen", "Silje"), ("Brække", "Tor"),
              ("Løvlie", "Kari"), ("Sæther", "Ola"), ("Grønvold", "Marit")]  # fmt: skip
_FINNISH = [("Mäkinen", "Aino"), ("Häkkinen", "Juha"), ("Lehtonen", "Riikka"), ("Heikkilä", "Mikko"),
            ("Järvinen", "Satu"), ("Mäkelä", "Petri"), ("Kärkkäinen", "Outi"), ("Nieminen", "Tuomas"),
            ("Väänänen", "Hanna"), ("Kivistö", "Jussi"), ("Pöyhönen", "Elina")]  # fmt: skip
_SWEDISH = [("Lindqvist", "Karin"), ("Åberg", "Johan"), ("Ekström", "Maria"), ("Sjöberg", "Lars"),
            ("Holmström", "Emma"), ("Wallin", "Erik"), ("Bergström", "Sofia"), ("Nordström", "Anna"),
            ("Öhman", "Fredrik"), ("Lundgren", "Maja")]  # fmt: skip
_ITALIAN = [("De Luca", "Chiara"), ("Di Stefano", "Marco"), ("Bianchi", "Giulia"), ("Rossi", "Alessandro"),
            ("D'Amico", "Francesca"), ("Colombo", "Luca"), ("Ferraro", "Valentina"), ("De Angelis", "Paolo"),
            ("Di Maria", "Elena"), ("Bertola", "Paola"), ("Galli", "Matteo"),
            ("Mazzoleni", "Silvia"), ("Rinaldi", "Davide")]  # fmt: skip
# Dutch names: the particle apart, lower case, as Dutch and English journals print "van der Meer".
_DUTCH = [("van", "Dijk", "Sanne"), ("van der", "Meer", "Pieter"), ("de", "Vries", "Femke"), ("van den", "Berg", "Joost"),
          ("de", "Jong", "Lotte"), ("van", "Leeuwen", "Bram"), ("ter", "Horst", "Eline")]  # fmt: skip
_DUTCH_PLAIN = [("Bakker", "Maarten"), ("Visser", "Anouk"), ("Janssen", "Ruben"), ("Smits", "Iris")]  # fmt: skip
# Japanese names with their macrons, and the same families as many English-language journals print them.
_JAPANESE = [("Satō", "Haruki"), ("Itō", "Yui"), ("Katō", "Ren"), ("Sato", "Aiko"), ("Ito", "Daisuke"),
             ("Yamamoto", "Naoko"), ("Kobayashi", "Takeshi"), ("Watanabe", "Emi"), ("Ōno", "Kenta"),
             ("Nakamura", "Mai"), ("Saitō", "Yūko"), ("Hayashi", "Sho"), ("Mori", "Kaori")]  # fmt: skip
_BRITISH = [("Walker", "Emily"), ("Thompson", "James"), ("Clarke", "Rachel"), ("Hughes", "Tom"),
            ("O'Brien", "Siobhan"), ("McAllister", "Fiona"), ("Patel", "Priya"), ("Whitfield", "George"),
            ("Ashworth-Lee", "Hannah"), ("Greenhalgh", "Ben"), ("Kaur", "Jasmeet"), ("Pemberton", "Lucy"),
            ("Shaw", "Oliver"), ("Fairbairn", "Alice")]  # fmt: skip

_JOURNALS = ["Design Studies", "Journal of Design History", "The Design Journal", "International Journal of Design",
             "Journal of Product Innovation Management", "Journal of Interior Design", "Journal of Retailing",
             "Journal of Marketing Management", "Design Issues", "Journal of Brand Management",
             "European Journal of Marketing", "Scandinavian Journal of Design History",
             "She Ji: The Journal of Design, Economics, and Innovation", "Journal of Cleaner Production"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Bloomsbury Academic", "London"), ("Phaidon", "London"),
               ("Thames & Hudson", "London"), ("Laurence King", "London"), ("Kogan Page", "London"),
               ("Pearson", "Harlow"), ("Harvard Business Press", "Boston, MA"), ("MIT Press", "Cambridge, MA"),
               ("Lars Müller Publishers", "Zürich"), ("Gestalten", "Berlin"), ("Electa", "Milan"),
               ("Strandberg Publishing", "Copenhagen"), ("Edward Elgar", "Cheltenham"), ("Wiley", "Chichester")]  # fmt: skip
_TOPICS = ["brand heritage", "design licensing", "reissues of classic furniture", "showroom experience",
           "circular design", "take-back schemes", "design-driven innovation", "trade-fair participation",
           "Scandinavian design identity", "Italian design districts", "the Dutch design scene", "Japanese minimalism",
           "material provenance", "craft and authenticity", "flagship stores", "Instagram and interior brands",
           "design museums as brands", "counterfeit furniture", "second-hand design classics", "flat-pack retailing",
           "lighting design", "kitchen brands", "design awards", "collaborations between designers and retailers",
           "hygge in branding", "the designer as brand", "design schools and industry", "biophilic interiors"]  # fmt: skip
_TITLE_FORMS = ["{T}: evidence from {R}", "Rethinking {t} in {R}", "{T} and the premium furniture consumer",
                "Why {t} matters: a study of {R}", "From workshop to showroom: {t} in {R}",
                "{T} in practice", "Selling the classics: {t} and brand value", "{T}, value and meaning",
                "The marketing of {t}", "Between craft and industry: {t} in {R}",
                "{T}: a review and research agenda", "Designing for longevity: {t} and the consumer"]  # fmt: skip
_REGIONS = ["Denmark", "Finland", "Sweden", "Italy", "the Netherlands", "Japan", "the UK", "the Nordic countries",
            "Scandinavia", "Milan", "Copenhagen", "Helsinki", "Eindhoven", "Tokyo", "Europe"]  # fmt: skip
_EDITED = ["The Routledge companion to design studies", "Scandinavian design: alternative histories",
           "The Bloomsbury handbook of interior design", "Design and marketing: a research handbook",
           "Made in Italy: rethinking a century of Italian design", "Luxury and the design industries",
           "The Handbook of Design Management", "Circular design: a reader"]  # fmt: skip

# (name, tags, URL domain) as candidates write them as authors.
_FIRMS: list[tuple[str, set[str], str]] = [
    ("Fritz Hansen A/S", {"company"}, "fritzhansen.com"),
    ("Carl Hansen & Søn Møbelfabrik A/S", {"company", "ampersand"}, "carlhansen.com"),
    ("Carl Hansen & Søn", {"company", "ampersand"}, "carlhansen.com"),
    ("Artek Oy", {"company"}, "artek.fi"), ("Fiskars Group Oyj", {"company"}, "fiskarsgroup.com"),
    ("Fiskars Group", {"company"}, "fiskarsgroup.com"),
    ("Inter IKEA Systems B.V.", {"company", "abbreviation"}, "ikea.com"), ("Ingka Group", {"company"}, "ingka.com"),
    ("Kartell S.p.A.", {"company"}, "kartell.com"), ("Vitra AG", {"company"}, "vitra.com"),
    ("Ryohin Keikaku Co., Ltd.", {"company", "comma"}, "ryohin-keikaku.jp"),
    ("Foster + Partners Ltd", {"company"}, "fosterandpartners.com"),
    ("Louis Poulsen A/S", {"company"}, "louispoulsen.com"), ("String Furniture AB", {"company"}, "stringfurniture.com"),
    ("Heal's", {"company", "apostrophe"}, "heals.com"), ("Habitat Retail Ltd", {"company"}, "habitat.co.uk"),
    ("Karimoku Furniture Inc.", {"company"}, "karimoku.com"), ("Cassina S.p.A.", {"company"}, "cassina.com"),
    ("Marks & Spencer Group plc", {"company", "ampersand"}, "marksandspencer.com"),
    ("Kingfisher plc", {"company"}, "kingfisher.com"), ("Moooi B.V.", {"company", "abbreviation"}, "moooi.com"),
]  # fmt: skip
_BODIES: list[tuple[str, set[str], str]] = [
    ("Statistics Denmark", {"government"}, "dst.dk"), ("Danmarks Statistik", {"government"}, "dst.dk"),
    ("Statistics Finland", {"government"}, "stat.fi"), ("Statistics Sweden (SCB)", {"government", "abbreviation"}, "scb.se"),
    ("Statistics Sweden", {"government"}, "scb.se"), ("Istat", {"government"}, "istat.it"),
    ("Istituto Nazionale di Statistica (Istat)", {"government", "abbreviation"}, "istat.it"),
    ("Centraal Bureau voor de Statistiek (CBS)", {"government", "abbreviation"}, "cbs.nl"),
    ("Centraal Bureau voor de Statistiek", {"government"}, "cbs.nl"),
    ("Ministry of Economy, Trade and Industry (METI)", {"government", "abbreviation", "comma"}, "meti.go.jp"),
    ("Ministry of Economy, Trade and Industry", {"government", "comma"}, "meti.go.jp"),
    ("Design Council", {"government"}, "designcouncil.org.uk"),
    ("Office for National Statistics", {"government"}, "ons.gov.uk"),
    ("Office for National Statistics (ONS)", {"government", "abbreviation"}, "ons.gov.uk"),
    ("European Commission", {"government"}, "ec.europa.eu"),
    ("European Union Intellectual Property Office (EUIPO)", {"government", "abbreviation"}, "euipo.europa.eu"),
    ("European Union Intellectual Property Office", {"government"}, "euipo.europa.eu"),
    ("Danish Design Council", {"government"}, "danishdesigncouncil.dk"),
    ("Business Finland", {"government"}, "businessfinland.fi"),
]  # fmt: skip
_PLACES = {"dst.dk": "Copenhagen", "stat.fi": "Helsinki", "scb.se": "Stockholm", "istat.it": "Rome", "cbs.nl": "The Hague",
           "meti.go.jp": "Tokyo", "designcouncil.org.uk": "London", "ons.gov.uk": "Newport", "ec.europa.eu": "Luxembourg",
           "euipo.europa.eu": "Alicante", "danishdesigncouncil.dk": "Copenhagen", "businessfinland.fi": "Helsinki"}  # fmt: skip
_BODY_TITLES = ["The design economy {Y}", "Furniture production and sales by product group, {Y}",
                "Household consumption expenditure: furnishings and household equipment",
                "Retail trade in furniture, lighting and household articles", "Design in the creative industries",
                "Design protection in the EU: a guide for businesses", "Infringement of intellectual property rights in the furniture sector",
                "Circular economy action plan: the furniture sector", "Exports of furniture and design goods {Y}",
                "Survey on consumer attitudes to second-hand goods", "The value of design to the economy",
                "Enterprises in manufacture of furniture by size class"]  # fmt: skip
_FIRM_TITLES = ["Annual report {Y}", "Sustainability report {Y}", "Annual and sustainability report {Y}",
                "Our story", "Heritage and craftsmanship", "About us", "Care and repair", "Take-back programme",
                "Press release: new showroom opens", "The classics collection", "Licensing and authenticity",
                "Our approach to circularity", "Integrated report {Y}", "Investor presentation Q{q} {Y}"]  # fmt: skip
_PRESS = [("Dezeen", "dezeen.com"), ("Wallpaper*", "wallpaper.com"), ("Domus", "domusweb.it"), ("Icon", "iconeye.com"),
          ("Frame", "frameweb.com"), ("Monocle", "monocle.com"), ("Politiken", "politiken.dk"),
          ("Helsingin Sanomat", "hs.fi"), ("Corriere della Sera", "corriere.it"), ("The Guardian", "theguardian.com"),
          ("Financial Times", "ft.com"), ("Dagens Nyheter", "dn.se")]  # fmt: skip
_PRESS_TITLES = ["Why the classics still sell", "Inside the new {R} showroom", "The rise of second-hand design",
                 "Reissues: who owns a chair?", "Design week report: {R}", "How furniture brands went digital",
                 "The fair that came back", "A new home for Nordic design", "Can furniture be circular?",
                 "Copies, fakes and the law", "The brand behind the lamp", "Flat-pack goes premium"]  # fmt: skip
_RESEARCH = [("CSIL", "csilmilano.com"), ("CSIL Centre for Industrial Studies", "csilmilano.com"),
             ("Euromonitor International", "euromonitor.com"), ("Statista", "statista.com"), ("Mintel", "mintel.com"),
             ("GlobalData", "globaldata.com"), ("Kantar", "kantar.com")]  # fmt: skip
_MARKETS = ["Home furnishings", "Lighting", "Kitchen furniture", "Office furniture", "Homewares", "Outdoor furniture",
            "Upholstered furniture", "Luxury furniture", "Second-hand furniture"]  # fmt: skip
_COUNTRIES = ["Denmark", "Finland", "Sweden", "Italy", "the Netherlands", "Japan", "the UK", "Europe", "the world"]  # fmt: skip
# The texts every candidate cites: (authors, year, title, edition, publisher, place).
_CLASSICS: list[tuple[list[tuple[str, str]], int, str, str | None, str, str]] = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Chernev", "Alexander")], 2022, "Marketing management", "16", "Pearson", "Harlow"),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], 2019, "Digital marketing", "7", "Pearson", "Harlow"),
    ([("Aaker", "David A.")], 1996, "Building strong brands", None, "Free Press", "New York"),
    ([("Keller", "Kevin Lane"), ("Swaminathan", "Vanitha")], 2020, "Strategic brand management", "5", "Pearson", "Harlow"),
    ([("Kapferer", "Jean-Noël")], 2012, "The new strategic brand management", "5", "Kogan Page", "London"),
    ([("Verganti", "Roberto")], 2009, "Design-driven innovation", None, "Harvard Business Press", "Boston, MA"),
    ([("Brown", "Tim")], 2009, "Change by design", None, "HarperCollins", "New York"),
    ([("Norman", "Donald A.")], 2013, "The design of everyday things", "Revised", "Basic Books", "New York"),
    ([("Sharp", "Byron")], 2010, "How brands grow", None, "Oxford University Press", "Melbourne"),
    ([("Pine", "B. Joseph"), ("Gilmore", "James H.")], 1999, "The experience economy", None, "Harvard Business School Press", "Boston, MA"),
    ([("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], 2019, "Principles and practice of marketing", "9", "McGraw-Hill", "London"),
    ([("Best", "Kathryn")], 2015, "Design management", "2", "Bloomsbury", "London"),
    ([("Fiell", "Charlotte"), ("Fiell", "Peter")], 2002, "Scandinavian design", None, "Taschen", "Cologne"),
    ([("Kotler", "Philip"), ("Kartajaya", "Hermawan"), ("Setiawan", "Iwan")], 2021, "Marketing 5.0", None, "Wiley", "Hoboken, NJ"),
]  # fmt: skip


class Blind323WorkFactory(WorkFactory):
    """blind323's works; a subclass so that no other half's factory changes."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 323)
        self.classics_used: set[int] = set()

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.12:
            particle, family, given = self.rng.choice(_DUTCH)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        table = self.rng.choices(
            [_DANISH, _NORWEGIAN, _FINNISH, _SWEDISH, _ITALIAN, _DUTCH_PLAIN, _JAPANESE, _BRITISH],
            weights=[16, 6, 12, 11, 14, 4, 11, 20],
        )[0]
        family, given = self.rng.choice(table)
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags, _domain = self.rng.choice(_FIRMS if self.rng.random() < 0.6 else _BODIES)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.06:
            return self.rng.randint(1988, 2005)
        return self.rng.randint(2008, 2025)

    def _recent(self) -> int:  # bodies and firms: a narrow span, so one body's two works of a year happen
        return self.rng.randint(2019, 2025)

    def _dated_access(self, year: int | None) -> dict[str, list[list[int]]]:
        low = max(2023, year or 2023)
        return {"date-parts": [[self.rng.randint(low, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        form = self.rng.choice(_TITLE_FORMS)
        return form.format(T=topic[0].upper() + topic[1:], t=topic, R=self.rng.choice(_REGIONS))

    def _url(self, domain: str) -> str:
        return f"https://www.{domain}/{self.fakers['en_GB'].slug()}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "classic", "firm", "body", "research", "press", "web-person", "undated"],
            weights=[11, 7, 24, 7, 14, 11, 8, 10, 4, 4],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 5))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))], "container-title": self.rng.choice(_EDITED),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(3, 60)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.choice(['1016', '1080', '1111', '1177'])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _classic(self) -> Work:
        free = [i for i in range(len(_CLASSICS)) if i not in self.classics_used]
        if not free:
            return self._book()
        index = self.rng.choice(free)
        self.classics_used.add(index)
        authors, year, title, edition, publisher, place = _CLASSICS[index]
        record: dict[str, Any] = {"type": "book", "title": title,
                                  "author": [{"family": f, "given": g} for f, g in authors],
                                  "issued": {"date-parts": [[year]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if edition:
            record["edition"] = edition
        return self._person_work(record, "book")

    def _firm(self) -> Work:
        name, tags, domain = self.rng.choice(_FIRMS)
        year = self._recent() if self.rng.random() < 0.85 else None
        title = self.rng.choice(_FIRM_TITLES).format(Y=(year or 2024) - 1, q=self.rng.randint(1, 4))
        report = title.startswith(("Annual", "Sustainability", "Integrated", "Investor"))
        record: dict[str, Any] = {"type": "report" if report else "webpage", "title": title, "URL": self._url(domain),
                                  "accessed": self._dated_access(year)}  # fmt: skip
        if report:
            record["publisher"] = name
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(
            record, "report" if report else "web", name, tags | ({"undated"} if year is None else set())
        )

    def _body(self) -> Work:
        name, tags, domain = self.rng.choice(_BODIES)
        year = self._recent()
        record: dict[str, Any] = {"type": self.rng.choice(["report", "report", "webpage"]),
                                  "title": self.rng.choice(_BODY_TITLES).format(Y=year - 1),
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = _PLACES[domain]
        if record["type"] == "webpage" or self.rng.random() < 0.7:
            record["URL"] = self._url(domain)
            record["accessed"] = self._dated_access(year)
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _research(self) -> Work:
        name, domain = self.rng.choice(_RESEARCH)
        year = self._recent() if self.rng.random() < 0.85 else None
        market, country = self.rng.choice(_MARKETS), self.rng.choice(_COUNTRIES)
        titles = [f"{market} in {country}", f"{market} market in {country}: outlook to 2030",
                  f"World furniture outlook {year or 2024}", f"{market} - {country} - {self.rng.choice(['March', 'June', 'November'])} {year or 2024}",
                  f"Revenue of the {market.lower()} market in {country} from 2018 to 2028",
                  f"{market}: consumer trends in {country}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": self._url(domain), "accessed": self._dated_access(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, "report", name, {"market-research"} | ({"undated"} if year is None else set()))

    def _press(self) -> Work:
        paper, domain = self.rng.choice(_PRESS)
        year = self.rng.randint(2015, 2025)
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        record: dict[str, Any] = {
            "type": "article-newspaper" if paper in ("Politiken", "Helsingin Sanomat", "Corriere della Sera", "The Guardian", "Financial Times", "Dagens Nyheter") else "article-magazine",
            "title": self.rng.choice(_PRESS_TITLES).format(R=self.rng.choice(_REGIONS)), "container-title": paper,
            "issued": {"date-parts": [[year, month, day]]}, "URL": self._url(domain),
            "accessed": {"date-parts": [[min(2025, year + self.rng.randint(0, 2)), 12, 28]]},
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _web_person(self) -> Work:
        _name, _tags, domain = self.rng.choice(_FIRMS)
        year = self.year()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(domain),
                                  "accessed": self._dated_access(year)}  # fmt: skip
        return self._person_work(record, "web")

    def _undated(self) -> Work:
        if self.rng.random() < 0.35:
            _name, _tags, domain = self.rng.choice(_FIRMS)
            record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                      "URL": self._url(domain), "accessed": self._dated_access(None)}  # fmt: skip
            return self._person_work(record, "web")
        if self.rng.random() < 0.75:
            name, tags, domain = self.rng.choice(_FIRMS)
            title = self.rng.choice(
                [
                    "Our story",
                    "About us",
                    "Heritage",
                    "Care and maintenance",
                    "Visit our showroom",
                    "Designers",
                    "Authenticity of our designs",
                ]
            )
        else:
            name, tags, domain = self.rng.choice(_BODIES)
            title = self.rng.choice(
                ["About us", "Design protection", "Statistics on design", "Furniture and homewares"]
            )
        record = {"type": "webpage", "title": title,
                  "URL": self._url(domain), "accessed": self._dated_access(None)}  # fmt: skip
        return self._org_work(record, "web", name, tags | {"undated"})
