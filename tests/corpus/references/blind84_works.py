"""Works for the eighty-fourth held-out pool, "blind84": what football, sport-sponsorship, fan-engagement, stadium and
live-sport media marketers in England, Spain, Germany, Italy and France cite in CIM Level 6 and 7 reports and
sport-business MBA assignments taught in English.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by an eighty-fourth
hand, without reading the checker, its tests or the other pools' frames, decoys and works, from how these writers
reference: sport-management journals with one to eight authors (Spanish double surnames, German, Italian, French,
Dutch and Portuguese particles, Scandinavian, West African, Japanese and Korean names), textbooks, chapters, theses
from Loughborough, Liverpool, Birkbeck, Universidad Europea, the Johan Cruyff Institute, the Deutsche Sporthochschule
Köln, SDA Bocconi and CDES Limoges, clubs', leagues' and federations' annual reports and statements (plc, Limited,
S.A.D., S.p.A., AG, SE, GmbH & Co. KGaA), consultancy and research-firm reports, statistics offices, legislation as
reference managers hold it, the sports press signed and unsigned, social posts, podcasts and videos, works in
Spanish, German, Italian and French with English translations in square brackets, web pages with and without dates
or access dates.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "es_ES", "es_ES", "de_DE", "de_DE", "it_IT", "it_IT", "fr_FR", "fr_FR",
            "pt_PT", "pt_BR", "nl_NL", "en_IE", "da_DK", "no_NO", "sv_SE"]  # fmt: skip

# Names written by hand: (family, given, particle or "").
_NAMES = [
    ("García-Lorenzo", "María José", ""), ("Fernández de la Vega", "Álvaro", ""), ("Cruz", "Sofía", "de la"),
    ("Río", "Íñigo", "del"), ("Castillo", "Pilar", "del"), ("Olmo", "Nerea", "del"), ("Puig i Ferrer", "Jordi", ""),
    ("Casals", "Montserrat", ""), ("Vilanova", "Oriol", ""), ("Sánchez Ibáñez", "Begoña", ""),
    ("Müller-Wohlfahrt", "Jürgen", ""), ("Weiß", "Anneliese", ""), ("Groß", "Matthias", ""), ("Hagen", "Klara", "von"),
    ("Heyden", "Maximilian", "von der"), ("Schürrle", "Jörg", ""), ("Köhler", "Lea-Sophie", ""),
    ("De Luca", "Alessandro", ""), ("Di Natale", "Francesca", ""), ("Lo Bianco", "Salvatore", ""),
    ("Della Valle", "Chiara", ""), ("D'Angelo", "Matteo", ""), ("Dell'Orto", "Giulia", ""),
    ("Le Goff", "Jean-Marc", ""), ("d'Harcourt", "Anne-Sophie", ""), ("Montfort", "Hélène", "de"),
    ("Lefèvre", "François", ""), ("Bénard", "Marie-Claire", ""), ("Santos", "João Pedro", "dos"),
    ("Silva", "Ana Beatriz", "da"), ("Gonçalves", "Luís", ""), ("Dijk", "Thijs", "van"), ("Berg", "Lotte", "van den"),
    ("Ødegaard", "Sigrid", ""), ("Sørensen", "Mads", ""), ("Åkesson", "Linnea", ""), ("Lindqvist", "Erik", ""),
    ("Diallo", "Mamadou", ""), ("Traoré", "Awa", ""), ("Ndiaye", "Cheikh", ""), ("Mensah", "Kwabena", ""),
    ("Okafor", "Chiamaka", ""), ("Adébáyọ̀", "Tunde", ""), ("Koné", "Ibrahim", ""), ("Tanaka", "Hiroshi", ""),
    ("Kubo", "Ayaka", ""), ("Nakamura", "Shunsuke", ""), ("Son", "Min-Jae", ""), ("Park", "Ji-Yeon", ""),
    ("Kim", "Seo-Yun", ""), ("O'Sullivan", "Niamh", ""), ("McAllister", "Ross", ""), ("Ní Bhriain", "Aoife", ""),
    ("Ashworth-Ryan", "Charlotte", ""), ("Yılmaz", "Emre", ""), ("Kowalczyk", "Paweł", ""),
]  # fmt: skip

# Organisations as authors, with tags saying what makes them hard.
_CLUBS = [
    ("Manchester United plc", {"company", "plc"}), ("Liverpool Football Club and Athletic Grounds Limited", {"company"}),
    ("Arsenal Holdings Limited", {"company"}), ("Tottenham Hotspur Limited", {"company"}),
    ("Manchester City Football Club", {"company"}), ("Real Madrid C.F.", {"company", "abbreviation"}),
    ("Futbol Club Barcelona", {"company"}), ("Club Atlético de Madrid, S.A.D.", {"company", "comma"}),
    ("Sevilla Fútbol Club, S.A.D.", {"company", "comma"}), ("Real Betis Balompié, S.A.D.", {"company", "comma"}),
    ("FC Bayern München AG", {"company"}), ("Borussia Dortmund GmbH & Co. KGaA", {"company", "ampersand"}),
    ("Juventus Football Club S.p.A.", {"company"}), ("A.C. Milan", {"company", "abbreviation"}),
    ("F.C. Internazionale Milano S.p.A.", {"company", "abbreviation"}), ("Paris Saint-Germain Football Club", {"company"}),
    ("Olympique Lyonnais Groupe", {"company"}),
]  # fmt: skip
_BODIES = [
    ("The Football Association Premier League Limited", {"league"}), ("Premier League", {"league"}),
    ("The Football Association", {"federation"}), ("EFL", {"league", "acronym"}),
    ("English Football League (EFL)", {"league", "abbreviation"}),
    ("LaLiga", {"league"}), ("Liga Nacional de Fútbol Profesional (LaLiga)", {"league", "abbreviation"}),
    ("RFEF", {"federation", "acronym"}), ("Real Federación Española de Fútbol", {"federation"}),
    ("DFL Deutsche Fußball Liga GmbH", {"league"}), ("DFB", {"federation", "acronym"}),
    ("Deutscher Fußball-Bund", {"federation"}), ("Lega Serie A", {"league"}),
    ("Ligue de Football Professionnel (LFP)", {"league", "abbreviation"}), ("UEFA", {"federation", "acronym"}),
    ("FIFA", {"federation", "acronym"}), ("Football Supporters' Association", {"supporters", "apostrophe"}),
    ("Women's Sport Trust", {"charity", "apostrophe"}), ("Kick It Out", {"charity"}),
    ("European Club Association", {"federation"}),
]  # fmt: skip
_FIRMS = [
    ("adidas AG", {"company"}), ("Nike, Inc.", {"company", "comma"}), ("PUMA SE", {"company"}),
    ("Sky UK Limited", {"company"}), ("DAZN Group", {"company"}), ("Canal+", {"company", "punctuation"}),
    ("Deloitte", {"consultancy"}), ("Deloitte Sports Business Group", {"consultancy"}),
    ("KPMG Football Benchmark", {"consultancy"}), ("Nielsen Sports", {"market-research"}), ("YouGov", {"market-research"}),
    ("Two Circles", {"consultancy"}), ("PwC", {"consultancy", "acronym"}), ("McKinsey & Company", {"consultancy", "ampersand"}),
    ("Ernst & Young", {"consultancy", "ampersand"}), ("Kantar", {"market-research"}), ("Statista", {"market-research"}),
    ("Populous", {"company"}), ("Levy UK & Ireland", {"company", "ampersand"}), ("Ticketmaster UK Ltd", {"company"}),
    ("Stats Perform", {"company"}), ("Banco Santander, S.A.", {"company", "comma"}), ("Allianz SE", {"company"}),
    ("Volkswagen AG", {"company"}), ("Emirates", {"company"}), ("Spotify AB", {"company"}),
    ("Blue Sky Sports & Media Ltd", {"company", "ampersand"}), ("Fan Pulse Analytics Ltd", {"company"}),
]  # fmt: skip
_GOVERNMENT = [
    ("Department for Culture, Media and Sport", {"government", "comma"}), ("DCMS", {"government", "acronym"}),
    ("Department for Culture, Media & Sport", {"government", "comma", "ampersand"}),
    ("Office for National Statistics", {"government"}), ("Sport England", {"government"}),
    ("House of Commons Culture, Media and Sport Committee", {"government", "comma"}),
    ("Instituto Nacional de Estadística (INE)", {"government", "abbreviation"}),
    ("Consejo Superior de Deportes", {"government"}), ("Statistisches Bundesamt (Destatis)", {"government", "abbreviation"}),
    ("Istituto Nazionale di Statistica (ISTAT)", {"government", "abbreviation"}),
    ("Institut national de la statistique et des études économiques (INSEE)", {"government", "abbreviation"}),
    ("Ministère des Sports et des Jeux Olympiques et Paralympiques", {"government"}),
    ("European Commission", {"government"}), ("Ofcom", {"government"}),
    ("Advertising Standards Authority (ASA)", {"government", "abbreviation"}),
    ("Committee of Advertising Practice", {"government"}),
]  # fmt: skip
_LEGISLATION = [
    ("UK Parliament", "Football Spectators Act 1989", 1989, "https://www.legislation.gov.uk/ukpga/1989/37"),
    ("UK Parliament", "Football Governance Act 2025", 2025, "https://www.legislation.gov.uk/ukpga/2025/1"),
    ("UK Parliament", "Football (Offences) Act 1991", 1991, "https://www.legislation.gov.uk/ukpga/1991/19"),
    ("Jefatura del Estado", "Ley 39/2022, de 30 de diciembre, del Deporte [Sports Act 39/2022]", 2022, "https://www.boe.es/eli/es/l/2022/12/30/39"),
    ("Jefatura del Estado", "Ley 10/1990, de 15 de octubre, del Deporte [Sports Act 10/1990]", 1990, "https://www.boe.es/eli/es/l/1990/10/15/10"),
    ("République française", "Loi n° 91-32 du 10 janvier 1991 relative à la lutte contre le tabagisme et l'alcoolisme (Loi Évin)", 1991, "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000344577"),
    ("République française", "Code du sport [Sports Code]", 2006, "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006071318"),
    ("European Parliament and Council of the European Union", "Regulation (EU) 2016/679 (General Data Protection Regulation)", 2016, "https://eur-lex.europa.eu/eli/reg/2016/679/oj"),
    ("European Parliament and Council of the European Union", "Directive (EU) 2018/1808 (Audiovisual Media Services Directive)", 2018, "https://eur-lex.europa.eu/eli/dir/2018/1808/oj"),
    ("UEFA", "UEFA Financial Sustainability Regulations (2022 edition)", 2022, "https://documents.uefa.com/r/Financial-Sustainability"),
    ("The Football Association Premier League Limited", "Premier League Handbook 2024/25", 2024, "https://www.premierleague.com/publications"),
    ("DFL Deutsche Fußball Liga GmbH", "Satzung des Ligaverband e.V. [Statutes of the League Association]", 2023, "https://www.dfl.de/de/ueber-uns/statuten/"),
    ("Presidenza del Consiglio dei Ministri", "Decreto Legislativo 28 febbraio 2021, n. 36 [Legislative Decree 36/2021 on sport]", 2021, "https://www.gazzettaufficiale.it/eli/id/2021/03/18/21G00043/sg"),
    ("Committee of Advertising Practice", "The CAP Code: the UK Code of Non-broadcast Advertising and Direct & Promotional Marketing", 2014, "https://www.asa.org.uk/codes-and-rulings/advertising-codes.html"),
]  # fmt: skip
_PRESS = ["The Athletic", "BBC Sport", "Sky Sports", "ESPN", "Marca", "AS", "Mundo Deportivo", "Kicker", "Bild",
          "La Gazzetta dello Sport", "Corriere dello Sport", "L'Équipe", "Le Parisien", "SportBusiness", "SportsPro",
          "The Guardian", "Financial Times", "El País", "Süddeutsche Zeitung", "Off The Pitch", "Marketing Week",
          "Campaign", "The Times", "Manchester Evening News", "Liverpool Echo"]  # fmt: skip
_JOURNALS = ["Sport, Business and Management: an International Journal", "Journal of Sport Management",
             "European Sport Management Quarterly", "International Journal of Sports Marketing and Sponsorship",
             "Soccer & Society", "Journal of Business Research", "Sport Management Review", "Managing Sport and Leisure",
             "Journal of Global Sport Management", "International Journal of Sport Finance", "Journal of Sports Economics",
             "Sport Marketing Quarterly", "Journal of Marketing Management", "Revista de Psicología del Deporte",
             "Sciamus - Sport und Management", "Rivista di Diritto ed Economia dello Sport", "Staps",
             "Cuadernos de Gestión"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Routledge", "London"), ("Sage", "London"), ("Kogan Page", "London"),
               ("Palgrave Macmillan", "Cham"), ("Edward Elgar", "Cheltenham"), ("Human Kinetics", "Champaign, IL"),
               ("Goodfellow", "Oxford"), ("Pearson", "Harlow"), ("Oxford University Press", "Oxford"),
               ("Ediciones Pirámide", "Madrid"), ("Springer Gabler", "Wiesbaden"), ("FrancoAngeli", "Milano"),
               ("De Boeck Supérieur", "Louvain-la-Neuve"), ("Bloomsbury Sport", "London")]  # fmt: skip
_UNIVERSITIES = [("Loughborough University", "Loughborough"), ("University of Liverpool", "Liverpool"),
                 ("Birkbeck, University of London", "London"), ("Universidad Europea", "Madrid"),
                 ("Johan Cruyff Institute", "Barcelona"), ("Deutsche Sporthochschule Köln", "Köln"),
                 ("SDA Bocconi", "Milano"), ("CDES Limoges", "Limoges"), ("Manchester Metropolitan University", "Manchester"),
                 ("Universitat Pompeu Fabra", "Barcelona"), ("Technische Universität München", "München")]  # fmt: skip
_TOPICS = ["fan engagement", "shirt sponsorship", "naming rights", "season-ticket renewal", "matchday hospitality",
           "club membership", "supporter ownership", "OTT streaming", "broadcast rights", "women's football",
           "esports", "kit launches", "pre-season tours", "sleeve sponsorship", "stadium naming", "CRM in football",
           "dynamic ticket pricing", "fan tokens", "club identity", "brand heritage", "social media in sport",
           "ambush marketing", "sponsorship activation", "sponsor recall", "multi-club ownership", "academy brands",
           "second-screen viewing", "stadium experience", "derby rivalry", "international fan bases",
           "Gen Z football fans", "athlete endorsement", "sports betting restrictions", "the 50+1 rule",
           "financial fair play", "fan loyalty", "fan identification", "cashless stadiums", "matchday revenue",
           "women's super league sponsorship"]  # fmt: skip
_SETTINGS = ["the Premier League", "LaLiga", "the Bundesliga", "Serie A", "Ligue 1", "European football",
             "English football", "Spanish football", "German football", "Italian football", "French football",
             "the UEFA Champions League", "elite football clubs", "the Women's Super League", "the EFL Championship"]  # fmt: skip
_FOREIGN_TITLES = [
    ("El socio como cliente: marketing relacional en el fútbol español", "The member as customer: relationship marketing in Spanish football"),
    ("La marca club en LaLiga: identidad y globalización", "The club brand in LaLiga: identity and globalisation"),
    ("Patrocinio deportivo y retorno de la inversión", "Sports sponsorship and return on investment"),
    ("Fankultur und Kommerzialisierung im deutschen Profifußball", "Fan culture and commercialisation in German professional football"),
    ("Die 50+1-Regel zwischen Tradition und Investoren", "The 50+1 rule between tradition and investors"),
    ("Stadionerlebnis und Markenbindung", "Stadium experience and brand attachment"),
    ("Il marketing delle società di calcio", "The marketing of football clubs"),
    ("Tifosi, stadi e diritti televisivi in Serie A", "Fans, stadiums and television rights in Serie A"),
    ("La sponsorizzazione sportiva nell'era digitale", "Sports sponsorship in the digital age"),
    ("Le marketing du football professionnel en France", "The marketing of professional football in France"),
    ("Supporters, clubs et territoires", "Supporters, clubs and territories"),
    ("Les droits audiovisuels de la Ligue 1", "The audiovisual rights of Ligue 1"),
]  # fmt: skip


class Blind84WorkFactory(WorkFactory):
    """The blind84 pool's works: football clubs, leagues, federations, kit makers, sponsors, broadcasters,
    consultancies and statistics offices as authors, sport-management scholars from England, Spain, Germany, Italy,
    France and beyond, the sports press, social posts and podcasts, legislation and theses."""

    KINDS = ("book", "chapter", "journal", "thesis", "report", "web", "news", "social", "podcast", "video",
             "government", "legislation")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 84084)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.dated_organisations: list[tuple[str, set[str], list[int]]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.3:
            family, given, particle = rng.choice(_NAMES)
            name = {"family": family, "given": given}
            if particle:
                name["non-dropping-particle"] = particle
            return name
        locale = rng.choice(_LOCALES)
        fake = self.fakers[locale]
        family, given = fake.last_name(), fake.first_name()
        if locale == "es_ES" and rng.random() < 0.7:  # two surnames, the father's then the mother's
            family = f"{family} {fake.last_name()}"
        words = family.split()
        particle = []
        while len(words) > 1 and words[0].islower():
            particle.append(words.pop(0))
        given = "-".join(part[:1].upper() + part[1:] for part in given.split("-"))
        name = {"family": " ".join(words), "given": given}
        if particle:
            name["non-dropping-particle"] = " ".join(particle)
        elif locale == "en_GB" and rng.random() < 0.08:
            name["family"] = f"{name['family']}-{fake.last_name()}"
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        weights = [34, 26, 16, 9, 6, 4, 3, 2][:most]
        count = self.rng.choices(range(1, most + 1), weights=weights)[0]
        return [self.person() for _ in range(count)]

    def organisation(self) -> tuple[str, set[str]]:
        table = self.rng.choices([_CLUBS, _BODIES, _FIRMS, _GOVERNMENT], weights=[30, 25, 35, 10])[0]
        name, tags = self.rng.choice(table)
        return name, set(tags)

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1992, 2007)
        return self.rng.randint(2010, 2025)

    def _issued(self, year: int, precise: bool = False) -> dict[str, list[list[int]]]:
        if precise:
            return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        return {"date-parts": [[year]]}

    def _accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        low = 2023 if year is None else max(2023, year + 1)
        return {
            "date-parts": [[self.rng.randint(low, max(low, 2026)), self.rng.randint(1, 12), self.rng.randint(1, 28)]]
        }

    def _title(self) -> str:
        rng = self.rng
        topic, other, setting = rng.choice(_TOPICS), rng.choice(_TOPICS), rng.choice(_SETTINGS)
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {setting}",
            f"{topic[0].upper()}{topic[1:]} and {other}: evidence from {setting}",
            f"Beyond the ninety minutes: {topic} in {setting}",
            f"Who owns the fan? {topic[0].upper()}{topic[1:]} and {other}",
            f"Measuring {topic} in {setting}",
            f"From terraces to timelines: {topic} in {setting}",
            f"The economics of {topic}",
            f"{topic[0].upper()}{topic[1:]}: a case study of {setting}",
            f"Rethinking {topic} after the pandemic",
            f"Sponsors, supporters and {topic}",
        ]
        if rng.random() < 0.15:
            original, english = rng.choice(_FOREIGN_TITLES)
            return f"{original} [{english}]"
        return rng.choice(forms)

    def _lower_title(self) -> str:
        """A title after a colon: its first word in lower case unless it is a name or an acronym."""
        title = self._title()
        if title[1:2].islower() and not title.startswith(("Who ", "From ")):
            return title[0].lower() + title[1:]
        return title

    def _url(self, domain: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        host = domain or fake.domain_name()
        return f"https://www.{host}/{fake.slug()}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            self.KINDS, weights=[12, 6, 24, 4, 13, 11, 12, 5, 3, 2, 5, 3],
        )[0]  # fmt: skip
        return getattr(self, "_make_" + kind)()

    def _person_work84(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org_work84(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation in the same year as an earlier work: "UEFA, 2023a" and "2023b".
        if kind != "legislation" and self.dated_organisations and "issued" in record and self.rng.random() < 0.12:
            name, tags, parts = self.rng.choice(self.dated_organisations)
            record["issued"] = {"date-parts": [list(parts)]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(parts[0])
        if "issued" in record and kind != "legislation":
            self.dated_organisations.append((name, set(tags), list(record["issued"]["date-parts"][0])))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, set(tags) | {"organisation"})

    def _make_book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": self._issued(self.year()), "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 6))
        if self.rng.random() < 0.1:  # an e-book read online
            record["URL"] = self._url()
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0][0])
        return self._person_work84(record, "book")

    def _make_chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 380)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["Routledge handbook of football business and management",
                                                "The business of football", "Football and marketing",
                                                "Sport marketing in Europe", "Handbook of sports sponsorship",
                                                "Managing football: an international perspective"]),
            "issued": self._issued(self.year()), "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work84(record, "chapter")

    def _make_journal(self) -> Work:
        start = self.rng.randint(1, 800)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": self._issued(self.year()),
            "volume": str(self.rng.randint(1, 40)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice([1108, 1080, 1123, 1016, 1177])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work84(record, "journal")

    def _make_thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": [self.person()],
            "issued": self._issued(self.year()), "publisher": university, "publisher-place": place,
            "genre": self.rng.choice(["PhD thesis", "MBA dissertation", "MSc dissertation", "Doctoral thesis",
                                      "Master's thesis"]),
        }  # fmt: skip
        return self._person_work84(record, "thesis")

    def _make_report(self) -> Work:
        rng = self.rng
        name, tags = self.organisation()
        year = self.year()
        titles = [f"Annual report {year}", f"Annual report {year}/{str(year + 1)[2:]}", f"Sustainability report {year}",
                  f"Football Money League {year}", f"Annual Review of Football Finance {year}",
                  f"Global fan study {year}", f"The European Club Finance and Investment Landscape {year}",
                  f"Fan survey {year}: results", f"Sponsorship trends {year}", self._title()]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": rng.choice(titles), "issued": self._issued(year),
                                  "publisher": name.split(" (")[0], "publisher-place": rng.choice(
                                      ["London", "Manchester", "Madrid", "Barcelona", "München", "Dortmund", "Milano",
                                       "Torino", "Paris", "Lyon", "Nyon", "Zürich"])}  # fmt: skip
        if rng.random() < 0.6:
            record["URL"] = self._url()
            if rng.random() < 0.9:
                record["accessed"] = self._accessed_after(year)
        if rng.random() < 0.1:
            del record["issued"]
        return self._org_work84(record, "report", name, tags)

    def _make_web(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url()}
        year = self.year()
        if rng.random() < 0.75:
            record["issued"] = self._issued(year, precise=rng.random() < 0.4)
        if rng.random() < 0.85:
            record["accessed"] = self._accessed_after(year if "issued" in record else None)
        if rng.random() < 0.25:
            record["author"] = self._people(2)
            return self._person_work84(record, "web")
        name, tags = self.organisation()
        return self._org_work84(record, "web", name, tags)

    def _make_news(self) -> Work:
        rng = self.rng
        year = self.year()
        paper = rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": paper,
                                  "issued": self._issued(year, precise=True)}  # fmt: skip
        if rng.random() < 0.8:
            record["URL"] = self._url()
            record["accessed"] = self._accessed_after(year)
        if rng.random() < 0.75:
            record["author"] = self._people(3)
            return self._person_work84(record, "news")
        return self._org_work84(record, "news", paper, {"press"})

    def _make_social(self) -> Work:
        rng = self.rng
        year = rng.randint(2016, 2025)
        name, tags = rng.choice(_CLUBS + _BODIES[:18] + _FIRMS[:6])
        platform = rng.choice(["Instagram", "X", "TikTok", "YouTube", "Facebook", "LinkedIn"])
        caption = rng.choice(["Matchday", "New season. New kit", "Our new home shirt", "Derby day", "Thank you, fans",
                              "Season tickets on sale now", "Welcome to the family", "Pre-season tour announced",
                              "Final whistle", "Unveiling our partner"])  # fmt: skip
        record: dict[str, Any] = {"type": "post", "title": f"{caption} [{platform} post]", "container-title": platform,
                                  "issued": self._issued(year, precise=True), "URL": self._url(),
                                  "accessed": self._accessed_after(year)}  # fmt: skip
        if rng.random() < 0.2:  # a fan-forum post or a creator's post, signed
            record["author"] = [self.person()]
            return self._person_work84(record, "social")
        return self._org_work84(record, "social", name, tags)

    def _make_podcast(self) -> Work:
        rng = self.rng
        year = rng.randint(2017, 2025)
        show = rng.choice(["The Price of Football", "Business of Sport", "The Athletic Football Podcast",
                           "SportsPro Podcast", "Off The Pitch Podcast", "Fútbol de Marketing", "Bundesliga Insider",
                           "Calcio Business Talk"])  # fmt: skip
        record: dict[str, Any] = {"type": "broadcast", "title": f"Episode {rng.randint(1, 400)}: {self._lower_title()}",
                                  "container-title": show, "issued": self._issued(year, precise=True),
                                  "URL": self._url(), "accessed": self._accessed_after(year)}  # fmt: skip
        if rng.random() < 0.5:
            record["author"] = self._people(2)
            return self._person_work84(record, "podcast")
        return self._org_work84(record, "podcast", show, {"podcast"})

    def _make_video(self) -> Work:
        rng = self.rng
        year = rng.randint(2015, 2025)
        name, tags = rng.choice(_CLUBS + _FIRMS[:6])
        record: dict[str, Any] = {"type": "webpage", "title": f"{rng.choice(['Behind the scenes', 'Kit launch', 'Stadium tour', 'Documentary'])}: {self._lower_title()} [video]",
                                  "container-title": "YouTube", "issued": self._issued(year, precise=True),
                                  "URL": f"https://www.youtube.com/watch?v={self.fakers['en_GB'].lexify('???????????')}",
                                  "accessed": self._accessed_after(year)}  # fmt: skip
        return self._org_work84(record, "video", name, tags)

    def _make_government(self) -> Work:
        rng = self.rng
        name, tags = rng.choice(_GOVERNMENT)
        year = self.year()
        titles = ["Fan-led review of football governance: securing the game's future", "Taking Part survey: sport participation",
                  f"Encuesta de hábitos deportivos en España {year} [Survey of sports habits in Spain {year}]",
                  f"Sport und Freizeit: Ausgaben privater Haushalte {year} [Sport and leisure: household spending {year}]",
                  f"Pratica sportiva in Italia {year} [Sports participation in Italy {year}]",
                  f"Les pratiques sportives en France en {year} [Sports participation in France in {year}]",
                  f"Sport satellite account for the UK, {year}", f"Active Lives Adult Survey {year}-{str(year + 1)[2:]}",
                  f"Ruling on {rng.choice(['a football club', 'a kit sponsor', 'a streaming service'])}", self._title()]  # fmt: skip
        record: dict[str, Any] = {"type": rng.choice(["report", "webpage"]), "title": rng.choice(titles),
                                  "issued": self._issued(year), "URL": self._url(rng.choice(
                                      ["gov.uk", "ine.es", "destatis.de", "istat.it", "insee.fr", "csd.gob.es",
                                       "sports.gouv.fr", "ec.europa.eu", "ofcom.org.uk", "asa.org.uk"]))}  # fmt: skip
        if rng.random() < 0.85:
            record["accessed"] = self._accessed_after(year)
        return self._org_work84(record, "government", name, tags | {"government"})

    def _make_legislation(self) -> Work:
        name, title, year, url = self.rng.choice(_LEGISLATION)
        record: dict[str, Any] = {"type": "webpage", "title": title, "issued": self._issued(year), "URL": url,
                                  "accessed": self._accessed_after(year)}  # fmt: skip
        return self._org_work84(record, "legislation", name, {"legislation", "government"})
