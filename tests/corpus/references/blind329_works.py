"""Works the blind329 pool's candidates cite: marketers at tennis and padel clubs, racket and ball brands, academies,
court builders, tournaments, federations and sports retailers in Spain, Sweden, Argentina, Italy, France, the UK and
Australia, writing CIM Level 6 and 7 reports and MBA assignments in English.

Books and chapters of sport management and marketing, journal articles with one to eight authors (Sport Management
Review, Journal of Sport Management, European Sport Management Quarterly and the rest), reports and pages of
governments and public bodies (Sport England, the CSD, Riksidrottsförbundet, SCB, the INE, the Australian Sports
Commission), firms' pages and annual reports (S.L., S.A., AB, S.p.A., SAS, Ltd, plc, Pty Ltd, Inc.), the sports press
of each country, market research and the marketing texts every candidate cites. Spanish and Argentine authors with two
surnames, hyphenated or not, and "de", "del" and "de la"; Swedish names with "å", "ä" and "ö"; Italian names with
"Di", "De" and "Lo" written as part of the surname; French names with "de" and "Le"; Australian and British names.
Written without reading the checker, its tests or any other pool.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "report", "web", "news")

_LOCALES = ["en_GB", "en_GB", "en_AU", "es_ES", "es_ES", "sv_SE", "sv_SE", "it_IT", "fr_FR"]
# Surnames that are also players, inventors, founders or rackets named in this pool's decoys: no author carries them,
# so "(Borg, 1980)" or "(Wilson Pro Staff, 1984)" never meets a work of the same name in a report.
_NOT_AUTHORS = {"borg", "nadal", "federer", "sabatini", "barty", "belasteguín", "belasteguin", "edberg", "wilander",
                "vilas", "panatta", "pennetta", "schiavone", "noah", "mauresmo", "leconte", "murray", "laver", "court",
                "king", "riggs", "williams", "mcenroe", "djokovic", "alcaraz", "tapia", "coello", "lebrón", "lebron",
                "galán", "galan", "salazar", "sánchez", "sanchez", "navarro", "triay", "chingotto", "ruud", "sinner",
                "raducanu", "hewitt", "rafter", "cash", "goolagong", "graf", "seles", "corcuera", "wingfield", "head",
                "wilson", "dunlop", "slazenger", "prince", "babolat", "mouratoglou", "isner", "mahut", "arantxa",
                "conchita", "martínez", "martinez", "bueno", "roddick", "sampras", "agassi", "evert", "navratilova",
                "becker", "kyrgios", "cahill", "hohenlohe", "rosewall", "emerson", "newcombe", "roche", "stolle",
                "stan", "berrettini", "musetti", "paolini", "errani", "lenglen", "suzanne", "gasquet", "forget",
                "pioline", "söderling", "soderling", "norman", "lindahl", "ymer", "moya", "moyà", "ferrero", "bruguera",
                "costa", "gaudio", "coria", "nalbandian", "potro", "schwartzman", "dubois", "stupaczuk", "lima",
                "paquito", "bela", "ortega", "gutiérrez", "gutierrez", "serena", "venus", "nole", "rafa", "ash",
                "fred", "perry", "drysdale", "henman", "rusedski", "wade", "jones", "fleming", "bjorkman"}  # fmt: skip
# Spanish and Argentine surnames as Spanish and Argentine scholars print them: two surnames, hyphenated or not.
_ES_SURNAMES = ["García", "Fernández", "López", "González", "Rodríguez", "Pérez", "Gómez", "Díaz", "Muñoz", "Álvarez",
                "Romero", "Ruiz", "Jiménez", "Moreno", "Castillo", "Iglesias", "Calabuig", "Crespo", "Parra", "Ibáñez",
                "Courel", "Pradas", "Sosa", "Llopis", "Escamilla", "Ferreyra", "Giménez", "Acosta", "Benítez",
                "Villalba", "Peñalver", "Núñez", "Aguirre", "Cabello", "Sarmiento", "Ortuño", "Baena", "Carrasco",
                "Valcárcel", "Mestre", "Soler", "Bosch", "Pons", "Cuadrado", "Quiroga", "Echeverría", "Urquiza"]  # fmt: skip
_ES_GIVEN = ["Javier", "María José", "Ferran", "Bernardino", "Jerónimo", "Ana Isabel", "Juan Carlos", "Lucía",
             "Pablo", "Mercedes", "Santiago", "Florencia", "Martín", "Valentina", "Agustín", "Cristina", "Josep",
             "Miguel Ángel", "Laura", "Gonzalo", "Rocío", "Carla", "Tomás", "Julieta"]  # fmt: skip
_ES_PARTICLES = [("de", "la Fuente"), ("de", "Castro"), ("del", "Río"), ("de", "la Cruz"), ("de", "Armas"),
                 ("de", "Miguel"), ("del", "Valle"), ("de", "Vicente")]  # fmt: skip
_SV_NAMES = [("Åkesson", "Karin"), ("Söderström", "Jonas"), ("Björk", "Åsa"), ("Fahlström", "Per Göran"),
             ("Lindström", "Maria"), ("Östberg", "Mikael"), ("Ångström", "Linnea"), ("Nordström", "Björn"),
             ("Sjöblom", "Malin"), ("Hedström", "Annika"), ("Ekholm", "Pär"), ("Löfgren", "Sofia"),
             ("Wästerfors", "Sara"), ("Stenlås", "Johan"), ("Åberg", "Göran"), ("Jönsson", "Elin")]  # fmt: skip
_IT_NAMES = [("Di Stefano", "Marco"), ("De Luca", "Giulia"), ("Lo Presti", "Francesca"), ("Della Valle", "Luca"),
             ("Esposito", "Chiara"), ("Ferrari", "Alessandro"), ("Bianchi", "Simona"), ("D'Angelo", "Paolo"),
             ("Lombardi", "Elena"), ("Cherubini", "Silvia"), ("Mazzei", "Lorenzo")]  # fmt: skip
_FR_NAMES = [("Le Goff", "Yann"), ("Bodet", "Guillaume"), ("Durand", "Claire"), ("Chanavat", "Nicolas"),
             ("Lefèvre", "Hélène"), ("Desbordes", "Michel"), ("Bouchet", "Patrick"), ("Ferrand", "Alain")]  # fmt: skip
_FR_PARTICLES = [("de", "Vaux", "Amélie"), ("de", "Saint-Exupéry", "Louis"), ("de", "Montfort", "Sophie")]  # fmt: skip

_JOURNALS = ["Sport Management Review", "International Journal of Sports Marketing and Sponsorship",
             "Journal of Sport Management", "European Sport Management Quarterly", "Managing Sport and Leisure",
             "Sport in Society", "Journal of Retailing and Consumer Services", "Journal of Marketing Management",
             "Sport, Business and Management: An International Journal", "Sport Marketing Quarterly",
             "Retos: Nuevas Tendencias en Educación Física, Deporte y Recreación"]  # fmt: skip
_TOPICS = ["padel participation", "tennis club membership", "court booking apps", "event sponsorship",
           "racket-sports retail", "sponsorship-linked marketing", "fan engagement", "grassroots tennis",
           "padel club growth", "member retention", "dynamic court pricing", "digital channels in sport",
           "brand communities", "athlete endorsement", "tournament hospitality", "women's tennis",
           "social media in sport", "sports retail footfall", "club volunteering", "junior coaching programmes",
           "sport tourism", "service quality in sports centres", "racket brand loyalty", "the padel boom"]  # fmt: skip
_PLACES = ["Spain", "Sweden", "Argentina", "Italy", "France", "the UK", "Australia", "Europe", "Madrid", "Barcelona",
           "Stockholm", "Buenos Aires", "Milan", "Lyon", "Melbourne", "Valencia", "Gothenburg", "Murcia"]  # fmt: skip

# Organisations as these candidates cite them: public bodies with and without their abbreviation, firms with their
# legal form, the press and research firms. (name, tags, web domain)
_PUBLIC = [("Sport England", {"government"}, "sportengland.org"), ("UK Sport", {"government"}, "uksport.gov.uk"),
           ("Consejo Superior de Deportes (CSD)", {"government", "abbreviation"}, "csd.gob.es"),
           ("Consejo Superior de Deportes", {"government"}, "csd.gob.es"),
           ("Ministerio de Cultura y Deporte", {"government"}, "culturaydeporte.gob.es"),
           ("Riksidrottsförbundet", {"government"}, "rf.se"),
           ("Riksidrottsförbundet (RF)", {"government", "abbreviation"}, "rf.se"),
           ("Statistics Sweden (SCB)", {"government", "abbreviation"}, "scb.se"),
           ("Statistiska centralbyrån", {"government", "lowercase"}, "scb.se"),
           ("Agence nationale du Sport", {"government", "lowercase"}, "agencedusport.fr"),
           ("Agence nationale du Sport (ANS)", {"government", "abbreviation"}, "agencedusport.fr"),
           ("Australian Sports Commission", {"government"}, "sportaus.gov.au"),
           ("Instituto Nacional de Estadística (INE)", {"government", "abbreviation"}, "ine.es"),
           ("Instituto Nacional de Estadística", {"government"}, "ine.es"),
           ("European Commission", {"government"}, "ec.europa.eu"),
           ("Sport and Recreation Alliance", {"trade-body"}, "sportandrecreation.org.uk"),
           ("Chartered Institute for the Management of Sport & Physical Activity (CIMSPA)",
            {"trade-body", "ampersand", "abbreviation"}, "cimspa.co.uk")]  # fmt: skip
_FIRMS = [("Head N.V.", {"company"}, "head.com"), ("Amer Sports, Inc.", {"company", "comma"}, "amersports.com"),
          ("Babolat VS SAS", {"company"}, "babolat.com"), ("Bullpadel S.L.", {"company"}, "bullpadel.com"),
          ("Playtomic S.L.", {"company"}, "playtomic.io"), ("Padel Haus Ltd", {"company"}, "padelhaus.com"),
          ("Frasers Group plc", {"company"}, "frasers.group"), ("Decathlon SE", {"company"}, "decathlon.com"),
          ("Tennis Australia Limited", {"company"}, "tennis.com.au"), ("Adidas AG", {"company"}, "adidas-group.com"),
          ("Tecnifibre SAS", {"company"}, "tecnifibre.com"), ("Sumitomo Rubber Industries, Ltd.", {"company", "comma"}, "srigroup.co.jp"),
          ("Padel Nuestro S.L.", {"company"}, "padelnuestro.com"), ("MATCHi AB", {"company"}, "matchi.se"),
          ("Padel Group S.p.A.", {"company"}, "padelgroup.it"), ("Court Supplies Pty Ltd", {"company"}, "courtsupplies.com.au"),
          ("We Are Padel Ltd", {"company"}, "wearepadel.co.uk"), ("Mejorset S.L.", {"company"}, "mejorset.com"),
          ("Nox Padel S.A.", {"company"}, "noxsport.com"), ("Marks & Court Ltd", {"company", "ampersand"}, "marksandcourt.co.uk"),
          ("Smith's Racket Sports Ltd", {"company", "apostrophe"}, "smithsrackets.co.uk"),
          ("Ernst & Young", {"company", "ampersand"}, "ey.com")]  # fmt: skip
_RESEARCH = [("Deloitte", "deloitte.com"), ("PwC", "pwc.com"), ("Statista", "statista.com"), ("Mintel", "mintel.com"),
             ("Kantar", "kantar.com"), ("YouGov", "yougov.co.uk"), ("Nielsen Sports", "nielsensports.com"),
             ("Deloitte Sports Business Group", "deloitte.com"), ("Statista Research Department", "statista.com")]  # fmt: skip
_PRESS = [("El País", "elpais.com"), ("Marca", "marca.com"), ("Mundo Deportivo", "mundodeportivo.com"),
          ("Clarín", "clarin.com"), ("Dagens Nyheter", "dn.se"), ("Aftonbladet", "aftonbladet.se"),
          ("L'Équipe", "lequipe.fr"), ("La Gazzetta dello Sport", "gazzetta.it"), ("The Times", "thetimes.co.uk"),
          ("The Sydney Morning Herald", "smh.com.au"), ("Tennis.com", "tennis.com"), ("Padel Magazine", "padelmagazine.fr"),
          ("SportBusiness", "sportbusiness.com"), ("The Guardian", "theguardian.com")]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Sage", "London"), ("Palgrave Macmillan", "Cham"),
               ("Human Kinetics", "Champaign, IL"), ("Edward Elgar", "Cheltenham"), ("Kogan Page", "London"),
               ("Pearson", "Harlow"), ("Goodfellow", "Oxford"), ("Emerald", "Bingley"), ("Paidotribo", "Barcelona"),
               ("Studentlitteratur", "Lund")]  # fmt: skip
# What each public body publishes, as candidates cite it.
_PUBLIC_TITLES = {
    "Sport England": [
        "Active lives adult survey: November {y} report",
        "Active lives children and young people survey: academic year {y}",
        "Uniting the movement: a 10-year vision to transform lives and communities through sport and physical activity",
    ],
    "UK Sport": ["Major events strategy", "Annual report and accounts {y}", "Powering performance: strategic plan"],
    "Consejo Superior de Deportes": ["Licencias y clubes deportivos federados {y}", "Memoria anual {y}"],
    "Ministerio de Cultura y Deporte": [
        "Encuesta de hábitos deportivos en España {y}",
        "Anuario de estadísticas deportivas {y}",
    ],
    "Riksidrottsförbundet": ["Idrotten i siffror {y}", "Strategi 2025: idrottsrörelsen"],
    "Statistics Sweden": [
        "Leisure activities and sport participation {y}",
        "Living conditions survey: physical activity",
    ],
    "Statistiska centralbyrån": ["Fritid och idrott {y}", "Undersökningarna av levnadsförhållanden (ULF/SILC)"],
    "Agence nationale du Sport": ["Rapport d'activité {y}", "Baromètre national des pratiques sportives {y}"],
    "Australian Sports Commission": [
        "AusPlay: tennis state of play report",
        "AusPlay national data tables {y}",
        "Sport 2030",
    ],
    "Instituto Nacional de Estadística": [
        "Encuesta de empleo del tiempo",
        "Directorio central de empresas: actividades deportivas {y}",
    ],
    "European Commission": [
        "Special Eurobarometer 525: sport and physical activity",
        "White paper on sport",
        "Study on the economic impact of sport through sport satellite accounts",
    ],
    "Sport and Recreation Alliance": ["Sports club survey {y}", "The value of sport clubs"],
    "Chartered Institute for the Management of Sport & Physical Activity": [
        "Workforce insight report {y}",
        "Professional standards for racket-sports coaching",
    ],
}
# The marketing and sport-marketing texts every candidate cites: (authors, title, publisher, place, year, edition).
_CLASSICS: list[tuple[list[tuple[str, str]], str, str, str, int, str | None]] = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Chernev", "Alexander")], "Marketing management", "Pearson", "Harlow", 2022, "16"),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow", 2019, "7"),
    ([("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], "Principles and practice of marketing", "McGraw-Hill", "London", 2020, "9"),
    ([("Mullin", "Bernard J."), ("Hardy", "Stephen"), ("Sutton", "William A.")], "Sport marketing", "Human Kinetics", "Champaign, IL", 2014, "4"),
    ([("Shilbury", "David"), ("Westerbeek", "Hans"), ("Quick", "Shayne"), ("Funk", "Daniel C."), ("Karg", "Adam")], "Strategic sport marketing", "Routledge", "Abingdon", 2021, "5"),
    ([("Hoye", "Russell"), ("Smith", "Aaron C.T."), ("Nicholson", "Matthew"), ("Stewart", "Bob")], "Sport management: principles and applications", "Routledge", "Abingdon", 2018, "5"),
    ([("Fahy", "John"), ("Jobber", "David")], "Foundations of marketing", "McGraw-Hill", "London", 2019, "6"),
    ([("Ries", "Al"), ("Trout", "Jack")], "Positioning: the battle for your mind", "McGraw-Hill", "New York", 2001, None),
    ([("Smith", "Paul R."), ("Zook", "Ze")], "Marketing communications: integrating online and offline, customer engagement and digital technologies", "Kogan Page", "London", 2020, "7"),
    ([("Aaker", "David A.")], "Building strong brands", "Free Press", "New York", 1996, None),
    ([("Chadwick", "Simon"), ("Chanavat", "Nicolas"), ("Desbordes", "Michel")], "Routledge handbook of sports marketing", "Routledge", "Abingdon", 2016, None),
    ([("Ferrand", "Alain"), ("McCarthy", "Scott")], "Marketing the sports organisation: building networks and relationships", "Routledge", "Abingdon", 2009, None),
]  # fmt: skip


class Blind329WorkFactory(WorkFactory):
    """The blind329 pool's works: tennis and padel marketing sources from Spain, Sweden, Argentina, Italy, France,
    the UK and Australia. A subclass, so no other pool's works change."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 43 + 329329)
        for index, locale in enumerate(["en_AU", "es_ES", "sv_SE", "it_IT", "fr_FR"]):
            fake = Faker(locale)
            fake.seed_instance(seed * 331 + index)
            self.fakers[locale] = fake
        self.dated_organisations: list[tuple[str, set[str], str, dict[str, Any]]] = []
        self.classics_used: set[int] = set()

    # ------------------------------------------------------------------ people
    def _faker_person(self) -> dict[str, str]:
        fake = self.fakers[self.rng.choice(_LOCALES)]
        return {"family": fake.last_name(), "given": fake.first_name()}

    def _one_person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.26:  # Spanish and Argentine: two surnames, hyphenated as many journals print them, or not
            first, second = self.rng.sample(_ES_SURNAMES, 2)
            family = self.rng.choice([f"{first} {second}", f"{first}-{second}", first, f"{first}-{second}"])
            return {"family": family, "given": self.rng.choice(_ES_GIVEN)}
        if roll < 0.32:
            particle, family = self.rng.choice(_ES_PARTICLES)
            return {"family": family, "given": self.rng.choice(_ES_GIVEN), "non-dropping-particle": particle}
        if roll < 0.44:
            family, given = self.rng.choice(_SV_NAMES)
            return {"family": family, "given": given}
        if roll < 0.51:
            family, given = self.rng.choice(_IT_NAMES)
            return {"family": family, "given": given}
        if roll < 0.56:
            family, given = self.rng.choice(_FR_NAMES)
            return {"family": family, "given": given}
        if roll < 0.59:
            particle, family, given = self.rng.choice(_FR_PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        return self._faker_person()

    def person(self) -> dict[str, str]:
        for _ in range(20):
            name = self._one_person()
            words = name["family"].replace("-", " ").casefold().split()
            if not any(word in _NOT_AUTHORS for word in words):
                return name
        return {"family": "Lindqvist", "given": "Emma"}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if all(name["family"] != other["family"] for other in people):
                people.append(name)
        return people

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        if self.rng.random() < 0.06:
            return self.rng.randint(1996, 2009)
        return self.rng.randint(2010, 2025)

    def _accessed_after(self, record: dict[str, Any]) -> dict[str, list[list[int]]]:
        issued = record.get("issued", {}).get("date-parts", [[2020]])[0]
        year = max(issued[0], self.rng.randint(2023, 2025))
        month = self.rng.randint(1, 12)
        if year == issued[0] and len(issued) > 1:
            month = max(month, issued[1])
            day = (
                max(self.rng.randint(1, 28), issued[2])
                if len(issued) > 2 and month == issued[1]
                else self.rng.randint(1, 28)
            )
            return {"date-parts": [[year, month, day]]}
        return {"date-parts": [[year, month, self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        topic, other = self.rng.sample(_TOPICS, 2)
        place = self.rng.choice(_PLACES)
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {place}: evidence from club members",
            f"Why people play padel: motives, constraints and {other}",
            f"{topic[0].upper()}{topic[1:]} and {other}",
            f"From tennis to padel? {topic[0].upper()}{topic[1:]} in {place}",
            f"The effect of {topic} on {other}: a study of {place}",
            f"Understanding {topic}: a mixed-methods study",
            f"Sponsor recall at a {self.rng.choice(['Grand Slam', 'padel tour', 'Davis Cup', 'junior tennis'])} event",
            f"Service quality, satisfaction and loyalty in {self.rng.choice(['padel', 'tennis', 'racket-sport'])} clubs",
            f"{topic[0].upper()}{topic[1:]}: lessons from {place}",
            f"Digital platforms and {topic}",
        ]
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "classic", "chapter", "journal", "public", "firm-web", "firm-report", "market-research", "press",
             "web-person"],
            weights=[8, 5, 6, 28, 12, 10, 7, 9, 11, 5],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _classic(self) -> Work:
        """One of the texts every candidate cites, once a report; a generated book when all have been drawn."""
        free = [i for i in range(len(_CLASSICS)) if i not in self.classics_used]
        if free:
            index = self.rng.choice(free)
            self.classics_used.add(index)
            authors, title, publisher, place, year, edition = _CLASSICS[index]
            record: dict[str, Any] = {
                "type": "book", "title": title, "author": [{"family": f, "given": g} for f, g in authors],
                "issued": {"date-parts": [[year]]}, "publisher": publisher, "publisher-place": place,
            }  # fmt: skip
            if edition:
                record["edition"] = edition
            return self._person_work(record, "book")
        return self._book()

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "book", "title": self._title(), "author": self._people(4),
            "issued": {"date-parts": [[self.year()]]},
            "publisher": publisher, "publisher-place": place,
        }  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS[:5])
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["Routledge handbook of sport marketing", "Racket sports: a management perspective",
                                                "Sport management in Europe", "The business of tennis",
                                                "Research handbook on sport governance", "Sport event management"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(3, 42)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 800))}-{start + self.rng.randint(10, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.55:
            record["DOI"] = (
                f"10.{self.rng.choice(['1080', '1016', '1123', '1108', '47197'])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(2010, 2025)}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _web_person(self) -> Work:
        fake = self.fakers["en_GB"]
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "URL": f"https://www.{self.rng.choice(['padelmagazine.fr', 'tennis.com', 'linkedin.com/pulse', 'medium.com'])}/{fake.slug()}"}  # fmt: skip
        if self.rng.random() < 0.8:
            record["issued"] = {"date-parts": [[self.year()]]}
        record["accessed"] = self._accessed_after(record)
        return self._person_work(record, "web")

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Often a second work of an organisation already drawn is of the same year ("Sport England, 2023a, b").
        earlier = [entry for entry in self.dated_organisations if entry[0] == name]
        if earlier and "issued" in record and self.rng.random() < 0.45:
            name, tags, publisher, issued = self.rng.choice(earlier)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "publisher" in record:
                record["publisher"] = publisher
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record)
        if "issued" in record:
            self.dated_organisations.append((name, tags, name.split(" (")[0], record["issued"]))
        return self._org_work(record, kind, name, tags)

    def _public(self) -> Work:
        name, tags, domain = self.rng.choice(_PUBLIC)
        year = self.rng.randint(2014, 2025)
        titles = _PUBLIC_TITLES[name.split(" (")[0]]
        title = self.rng.choice(titles).replace("{y}", str(year - 1))
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "report", "webpage"]), "title": title,
            "URL": f"https://www.{domain}/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        if self.rng.random() < 0.9:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after(record)
        return self._org(record, "report" if record["type"] == "report" else "web", name, set(tags))

    def _firm_web(self) -> Work:
        name, tags, domain = self.rng.choice(_FIRMS)
        record: dict[str, Any] = {
            "type": "webpage", "title": self.rng.choice(["About us", "Our story", "Sustainability", "Investor relations",
                                                         "Press releases", "Find a court near you", "Our clubs",
                                                         "Padel rackets collection", "Careers", self._title()]),
            "URL": f"https://www.{domain}/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["issued"] = {"date-parts": [[self.rng.randint(2016, 2025)]]}
        record["accessed"] = self._accessed_after(record)
        return self._org(record, "web", name, set(tags))

    def _firm_report(self) -> Work:
        name, tags, domain = self.rng.choice(_FIRMS)
        year = self.rng.randint(2012, 2025)
        record: dict[str, Any] = {
            "type": "report",
            "title": self.rng.choice([f"Annual report {year - 1}", f"Annual report and accounts {year}",
                                      f"Sustainability report {year - 1}", f"Global padel report {year}",
                                      f"Informe anual {year - 1}",
                                      f"Årsredovisning {year - 1}"]),
            "issued": {"date-parts": [[year]]}, "publisher": name,
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = f"https://www.{domain}/{self.fakers['en_GB'].slug()}"
            record["accessed"] = self._accessed_after(record)
        return self._org(record, "report", name, set(tags))

    def _market_research(self) -> Work:
        name, domain = self.rng.choice(_RESEARCH)
        market = self.rng.choice(["padel", "tennis", "racket sports", "sports equipment", "sporting goods retail",
                                  "sports clubs", "sports sponsorship", "sportswear"])  # fmt: skip
        country = self.rng.choice(["UK", "Spain", "Sweden", "Europe", "Australia", "Italy", "France", "Argentina"])
        year = self.rng.randint(2016, 2025)
        titles = [f"{market.capitalize()} - {country} - {self.rng.choice(['March', 'July', 'November'])} {year}",
                  f"Number of {self.rng.choice(['padel', 'tennis'])} players in {country} from {year - 6} to {year}",
                  f"{country} {market} market: size and forecast to 2030",
                  f"Sports industry outlook {year}" if name.startswith("Deloitte") else f"{market.capitalize()} consumer report",
                  f"Sports survey {year}: what fans want", f"Global {market} market report {year}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": f"https://www.{domain}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if self.rng.random() < 0.88:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after(record)
        return self._org(record, "report", name, {"market-research"})

    def _press(self) -> Work:
        name, domain = self.rng.choice(_PRESS)
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._press_title(), "container-title": name,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.{domain}/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record)
        if self.rng.random() < 0.72:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org(record, "news", name, {"press"})

    def _press_title(self) -> str:
        return self.rng.choice([
            "The padel boom: why everyone is swapping tennis for the glass court",
            f"{self.rng.choice(['Madrid', 'Stockholm', 'London', 'Milan', 'Buenos Aires', 'Sydney'])} runs out of padel courts",
            "Tennis clubs fight back with pay-and-play", "Racket sales soar as padel goes mainstream",
            "Why Swedish padel halls are closing", "Premier Padel signs new title sponsor",
            "El pádel supera al tenis en licencias", "Booking apps change how clubs sell courts",
            "Wimbledon ticket ballot opens", "Padel centres: the new gyms?", self._title(),
        ])  # fmt: skip
