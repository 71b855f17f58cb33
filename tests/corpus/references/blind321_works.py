"""The blind321 pool's works: what marketers at board-game, chess, jigsaw-puzzle and tabletop role-playing
publishers, game cafés, toy and hobby retailers, chess federations and online chess platforms and games fairs in
Germany, the Netherlands, Poland, Norway, Czechia, the UK and the United States cite in CIM Level 6 and 7 reports
and MBA assignments.

Written without reading the checker, its tests or any other pool. Books, chapters and journal articles (games,
play, leisure, consumer-culture and marketing journals) with one to eight authors; the statistics offices and
ministries of the region (Destatis, CBS, GUS, SSB, the Czech Statistical Office, the ONS, DCMS, the U.S. Census
Bureau, the European Commission) with and without their abbreviation; publishers', federations', fairs' and
retailers' pages and reports with AG, GmbH & Co. KG, B.V., N.V., S.A., sp. z o.o., s.r.o., a.s., plc, LLC and Inc.;
the national and games press, signed and unsigned; market research with and without a year; the marketing and
game-studies texts every candidate cites. German and Dutch names with "von", "van", "van der" and "ter", Polish
names with "-ska" and "-ski", Czech names with their háčeks, Norwegian names with "ø" and "å", American names.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import datetime
import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "web", "report", "news")

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_US", "en_US", "de_DE", "de_DE", "nl_NL", "nl_NL", "pl_PL", "pl_PL",
            "cs_CZ", "no_NO"]  # fmt: skip
# Names as the region's scholars print them (particle, family, given).
_NAMES = [
    ("von", "Brandt", "Henrike"), ("von der", "Heide", "Moritz"), (None, "Schäfer", "Jörg"), (None, "Weiß", "Anja"),
    (None, "Krüger", "Tobias"), (None, "Oßwald", "Lena"), (None, "Große-Kettler", "Svenja"), (None, "Hoffmann", "Katrin"),
    ("van", "Dijk", "Sanne"), ("van der", "Meer", "Joost"), ("van den", "Broek", "Femke"), ("de", "Jong", "Maarten"),
    ("ter", "Horst", "Ruben"), ("van 't", "Hof", "Daan"), (None, "Bakker", "Eline"), ("van", "Leeuwen", "Thijs"),
    (None, "Kowalska", "Agnieszka"), (None, "Wiśniewski", "Paweł"), (None, "Nowakowska", "Magdalena"),
    (None, "Zieliński", "Łukasz"), (None, "Szymańska", "Joanna"), (None, "Łukaszewski", "Michał"),
    (None, "Grzybowska-Nowak", "Ewa"), (None, "Dąbrowski", "Tomasz"), (None, "Dvořák", "Jan"), (None, "Nováková", "Tereza"),
    (None, "Procházka", "Ondřej"), (None, "Černá", "Lucie"), (None, "Kučera", "Jiří"), (None, "Svobodová", "Kateřina"),
    (None, "Šťastný", "Vojtěch"), (None, "Solberg", "Ingrid"), (None, "Østby", "Håkon"), (None, "Bjørnstad", "Silje"),
    (None, "Hålien", "Eirik"), (None, "Aasen", "Marte"), (None, "Sæther", "Kristoffer"), (None, "Johnson", "Tyler"),
    (None, "Rodriguez", "Maria"), (None, "O'Connell", "Brianna"), (None, "McAllister", "Jordan"),
    (None, "Washington", "Keisha"), (None, "Kim", "Daniel"), (None, "Nguyen", "Linh"),
]  # fmt: skip
# Surnames the pool's decoys use for players, designers and inventors: never an author, so no decoy names a work.
_DECOY_NAMES = {"teuber", "knizia", "rosenberg", "chvátil", "chvatil", "kasparov", "karpov", "carlsen", "polgár",
                "polgar", "fischer", "spassky", "hou", "yifan", "elo", "rubik", "gygax", "arneson", "garfield",
                "darrow", "magie", "butts", "childres", "moon", "leacock", "wrede", "kramer", "uwe", "vlaada",
                "nakamura", "glickman", "lopez", "deep", "blue", "kosmos", "ravensburger", "piatnik", "frosthaven"}  # fmt: skip
_ORGANISATIONS = [
    ("Ravensburger AG", {"company"}), ("Franckh-Kosmos Verlags-GmbH & Co. KG", {"company", "ampersand"}),
    ("Asmodee Group", {"company"}), ("Games Workshop Group plc", {"company"}), ("Hasbro, Inc.", {"company", "comma"}),
    ("Mattel, Inc.", {"company", "comma"}), ("Czech Games Edition s.r.o.", {"company"}),
    ("Portal Games sp. z o.o.", {"company"}), ("Rebel sp. z o.o.", {"company"}), ("Trefl S.A.", {"company"}),
    ("Cartamundi N.V.", {"company"}), ("Goliath Games B.V.", {"company"}), ("999 Games B.V.", {"company"}),
    ("ALBI Česká republika a.s.", {"company"}), ("Chess.com LLC", {"company"}), ("Chess.com", {"company"}),
    ("Lichess.org", {"company"}), ("Wizards of the Coast LLC", {"company"}), ("Play Magnus Group AS", {"company"}),
    ("Wentworth Wooden Puzzles Ltd", {"company"}), ("Hamleys", {"company"}), ("The Entertainer", {"company"}),
    ("Smyths Toys Superstores", {"company"}), ("John Lewis & Partners", {"company", "ampersand"}),
    ("Orc's Nest", {"company", "apostrophe"}), ("Dragon's Lair Comics & Fantasy", {"company", "apostrophe", "ampersand"}),
    ("Thirsty Meeples", {"company"}), ("Draughts London", {"company"}), ("Spielwarenmesse eG", {"company"}),
    ("Fédération Internationale des Échecs (FIDE)", {"trade-body", "abbreviation"}), ("FIDE", {"trade-body", "acronym"}),
    ("English Chess Federation (ECF)", {"trade-body", "abbreviation"}), ("English Chess Federation", {"trade-body"}),
    ("Deutscher Schachbund e.V.", {"trade-body"}), ("Koninklijke Nederlandse Schaakbond (KNSB)", {"trade-body", "abbreviation"}),
    ("Polski Związek Szachowy", {"trade-body"}), ("Norges Sjakkforbund", {"trade-body"}),
    ("Šachový svaz České republiky", {"trade-body"}), ("British Toy & Hobby Association (BTHA)", {"trade-body", "ampersand", "abbreviation"}),
    ("The Toy Association", {"trade-body"}),
]  # fmt: skip
_URLS = {"Ravensburger AG": "https://www.ravensburger-gruppe.de", "Franckh-Kosmos Verlags-GmbH & Co. KG": "https://www.kosmos.de",
         "Asmodee Group": "https://corporate.asmodee.com", "Games Workshop Group plc": "https://investor.games-workshop.com",
         "Hasbro, Inc.": "https://investor.hasbro.com", "Mattel, Inc.": "https://corporate.mattel.com",
         "Czech Games Edition s.r.o.": "https://czechgames.com", "Portal Games sp. z o.o.": "https://portalgames.pl",
         "Rebel sp. z o.o.": "https://www.rebel.pl", "Trefl S.A.": "https://trefl.com", "Cartamundi N.V.": "https://www.cartamundi.com",
         "Goliath Games B.V.": "https://www.goliathgames.com", "999 Games B.V.": "https://www.999games.nl",
         "ALBI Česká republika a.s.": "https://www.albi.cz", "Chess.com LLC": "https://www.chess.com", "Chess.com": "https://www.chess.com",
         "Lichess.org": "https://lichess.org", "Wizards of the Coast LLC": "https://company.wizards.com",
         "Play Magnus Group AS": "https://www.playmagnus.com", "Wentworth Wooden Puzzles Ltd": "https://www.wentworthpuzzles.com",
         "Hamleys": "https://www.hamleys.com", "The Entertainer": "https://www.thetoyshop.com",
         "Smyths Toys Superstores": "https://www.smythstoys.com", "John Lewis & Partners": "https://www.johnlewispartnership.co.uk",
         "Orc's Nest": "https://www.orcsnest.com", "Dragon's Lair Comics & Fantasy": "https://dlair.net",
         "Thirsty Meeples": "https://www.thirstymeeples.co.uk", "Draughts London": "https://www.draughtslondon.com",
         "Spielwarenmesse eG": "https://www.spielwarenmesse.de", "Fédération Internationale des Échecs (FIDE)": "https://www.fide.com",
         "FIDE": "https://www.fide.com", "English Chess Federation (ECF)": "https://www.englishchess.org.uk",
         "English Chess Federation": "https://www.englishchess.org.uk", "Deutscher Schachbund e.V.": "https://www.schachbund.de",
         "Koninklijke Nederlandse Schaakbond (KNSB)": "https://schaakbond.nl", "Polski Związek Szachowy": "https://pzszach.pl",
         "Norges Sjakkforbund": "https://www.sjakk.no", "Šachový svaz České republiky": "https://www.chess.cz",
         "British Toy & Hobby Association (BTHA)": "https://www.btha.co.uk", "The Toy Association": "https://www.toyassociation.org",
         "ICv2": "https://icv2.com"}  # fmt: skip
_GOVERNMENT = [
    ("Statistisches Bundesamt (Destatis)", "https://www.destatis.de/EN/Themes"), ("Destatis", "https://www.destatis.de/EN/Themes"),
    ("Centraal Bureau voor de Statistiek (CBS)", "https://www.cbs.nl/en-gb/news"), ("CBS", "https://www.cbs.nl/en-gb/figures"),
    ("Statistics Poland (GUS)", "https://stat.gov.pl/en/topics"), ("Główny Urząd Statystyczny", "https://stat.gov.pl/obszary-tematyczne"),
    ("Statistics Norway (SSB)", "https://www.ssb.no/en/kultur-og-fritid"), ("Statistisk sentralbyrå", "https://www.ssb.no/kultur-og-fritid"),
    ("Czech Statistical Office", "https://csu.gov.cz/produkty"), ("Český statistický úřad", "https://csu.gov.cz/produkty"),
    ("Office for National Statistics", "https://www.ons.gov.uk/peoplepopulationandcommunity"),
    ("Office for National Statistics (ONS)", "https://www.ons.gov.uk/economy"), ("ONS", "https://www.ons.gov.uk/economy"),
    ("Department for Culture, Media and Sport", "https://www.gov.uk/government/statistics"),
    ("Department for Culture, Media & Sport (DCMS)", "https://www.gov.uk/government/publications"),
    ("U.S. Census Bureau", "https://www.census.gov/library/stories"), ("European Commission", "https://single-market-economy.ec.europa.eu"),
    ("Ministerie van Onderwijs, Cultuur en Wetenschap", "https://www.rijksoverheid.nl/documenten"),
]  # fmt: skip
_GOV_TITLES = ["Household spending on recreation and culture, {y}", "Time use survey {y}: leisure and games",
               "Participation in cultural and leisure activities, {y}", "Retail trade in toys and games, {y}",
               "Hobbies and pastimes: survey results {y}", "Annual retail trade survey {y}", "Household budget survey {y}",
               "Cultural participation statistics {y}", "Consumer price index: games, toys and hobbies, {y}",
               "Statistical yearbook {y}: culture and leisure", "Digital skills and online activities of households, {y}"]  # fmt: skip
_MARKET_RESEARCH = ["Circana", "The NPD Group", "Euromonitor International", "Statista", "Statista", "Mintel", "YouGov",
                    "Kantar", "ICv2"]  # fmt: skip
_MR_MARKETS = ["board games", "jigsaw puzzles", "traditional toys and games", "tabletop role-playing games",
               "collectible card games", "hobby games", "games and puzzles", "chess sets and accessories",
               "party games", "children's games", "miniature wargames"]  # fmt: skip
_MR_PLACES = ["Germany", "the Netherlands", "Poland", "Norway", "the Czech Republic", "the UK", "the United States",
              "Europe", "Western Europe"]  # fmt: skip
_PRESS = ["Die Zeit", "Der Spiegel", "de Volkskrant", "Gazeta Wyborcza", "Aftenposten", "The Guardian",
          "The New York Times", "Polygon", "Dicebreaker", "Toy World", "Toys 'n' Playthings", "Tabletop Gaming",
          "Financial Times", "BBC News"]  # fmt: skip
_JOURNALS = ["Simulation & Gaming", "Games and Culture", "Journal of Consumer Culture", "International Journal of Play",
             "Journal of Business Research", "Journal of Retailing and Consumer Services", "Leisure Studies",
             "Journal of Marketing Management", "Journal of Consumer Research", "European Journal of Marketing",
             "Analog Game Studies", "Journal of Interactive Marketing", "Journal of Product & Brand Management"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("MIT Press", "Cambridge, MA"), ("Kogan Page", "London"), ("Pearson", "Harlow"),
               ("Palgrave Macmillan", "Cham"), ("Bloomsbury Academic", "London"), ("Springer", "Cham"), ("Sage", "London"),
               ("Edward Elgar", "Cheltenham"), ("McFarland", "Jefferson, NC"), ("Wiley", "Hoboken, NJ"),
               ("Amsterdam University Press", "Amsterdam"), ("transcript Verlag", "Bielefeld"),
               ("Wydawnictwo Uniwersytetu Jagiellońskiego", "Kraków")]  # fmt: skip
_TOPICS = ["brand communities around board games", "crowdfunding tabletop games", "licensing in the toy industry",
           "game cafés as third places", "online chess audiences", "hobby retail", "jigsaw puzzles during lockdown",
           "tabletop role-playing communities", "Kickstarter backers", "the paratexts of modern board games",
           "livestreamed chess", "collectible card games", "miniature wargaming", "family game nights",
           "chess clubs and youth membership", "playful consumption", "nostalgia marketing in toys",
           "limited editions and collectors", "omnichannel toy retailing", "influencer unboxing videos",
           "organised play in friendly local game stores", "pre-orders and late pledges", "sustainable game packaging",
           "localising board games", "gamification", "Eurogames", "games fairs and trade shows", "Christmas toy sales",
           "subscription boxes for puzzles", "player reviews and ratings", "intellectual property in tabletop games"]  # fmt: skip
_PLACES = ["Germany", "the Netherlands", "Poland", "Norway", "the Czech Republic", "the UK", "the United States",
           "Europe", "Scandinavia", "Central Europe"]  # fmt: skip
_PAGE_TITLES = ["Annual report {y}", "Half-year report {y}", "Sustainability report {y}", "Our story", "About us", "Press release: record year for {m}",
                "Investor presentation {y}", "Community guidelines", "Organised play programme", "Company history",
                "Membership statistics {y}", "Rating regulations", "Retail partner programme", "Licensing and partnerships",
                "Impact report {y}", "Strategic plan {y}-{y2}", "Our approach to sustainable packaging"]  # fmt: skip
# The texts every candidate cites: author list, year, title, type and where it appeared.
_CLASSICS: list[dict[str, Any]] = [
    {"type": "book", "author": [("Kotler", "Philip"), ("Keller", "Kevin Lane")], "year": 2016, "title": "Marketing management", "edition": "15", "publisher": "Pearson", "publisher-place": "Harlow"},
    {"type": "book", "author": [("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "year": 2019, "title": "Digital marketing: strategy, implementation and practice", "edition": "7", "publisher": "Pearson", "publisher-place": "Harlow"},
    {"type": "book", "author": [("Jenkins", "Henry")], "year": 2006, "title": "Convergence culture: where old and new media collide", "publisher": "New York University Press", "publisher-place": "New York"},
    {"type": "book", "author": [("Huizinga", "Johan")], "year": 1955, "title": "Homo ludens: a study of the play-element in culture", "publisher": "Beacon Press", "publisher-place": "Boston"},
    {"type": "book", "author": [("Caillois", "Roger")], "year": 1961, "title": "Man, play and games", "publisher": "Free Press", "publisher-place": "New York"},
    {"type": "book", "author": [("Salen", "Katie"), ("Zimmerman", "Eric")], "year": 2004, "title": "Rules of play: game design fundamentals", "publisher": "MIT Press", "publisher-place": "Cambridge, MA"},
    {"type": "book", "author": [("Woods", "Stewart")], "year": 2012, "title": "Eurogames: the design, culture and play of modern European board games", "publisher": "McFarland", "publisher-place": "Jefferson, NC"},
    {"type": "book", "author": [("Booth", "Paul")], "year": 2015, "title": "Game play: paratextuality in contemporary board games", "publisher": "Bloomsbury Academic", "publisher-place": "New York"},
    {"type": "book", "author": [("Pine", "B. Joseph"), ("Gilmore", "James H.")], "year": 1999, "title": "The experience economy: work is theatre and every business a stage", "publisher": "Harvard Business School Press", "publisher-place": "Boston"},
    {"type": "book", "author": [("Oldenburg", "Ray")], "year": 1989, "title": "The great good place", "publisher": "Paragon House", "publisher-place": "New York"},
    {"type": "book", "author": [("Kozinets", "Robert V.")], "year": 2015, "title": "Netnography: redefined", "edition": "2", "publisher": "Sage", "publisher-place": "London"},
    {"type": "article-journal", "author": [("Muniz", "Albert M."), ("O'Guinn", "Thomas C.")], "year": 2001, "title": "Brand community", "container-title": "Journal of Consumer Research", "volume": "27", "issue": "4", "page": "412-432"},
    {"type": "article-journal", "author": [("Schau", "Hope Jensen"), ("Muñiz", "Albert M."), ("Arnould", "Eric J.")], "year": 2009, "title": "How brand community practices create value", "container-title": "Journal of Marketing", "volume": "73", "issue": "5", "page": "30-51"},
    {"type": "article-journal", "author": [("Mollick", "Ethan")], "year": 2014, "title": "The dynamics of crowdfunding: an exploratory study", "container-title": "Journal of Business Venturing", "volume": "29", "issue": "1", "page": "1-16"},
    {"type": "article-journal", "author": [("Belleflamme", "Paul"), ("Lambert", "Thomas"), ("Schwienbacher", "Armin")], "year": 2014, "title": "Crowdfunding: tapping the right crowd", "container-title": "Journal of Business Venturing", "volume": "29", "issue": "5", "page": "585-609"},
    {"type": "article-journal", "author": [("Brodie", "Roderick J."), ("Hollebeek", "Linda D."), ("Jurić", "Biljana"), ("Ilić", "Ana")], "year": 2011, "title": "Customer engagement: conceptual domain, fundamental propositions, and implications for research", "container-title": "Journal of Service Research", "volume": "14", "issue": "3", "page": "252-271"},
    {"type": "article-journal", "author": [("Huotari", "Kai"), ("Hamari", "Juho")], "year": 2017, "title": "A definition for gamification: anchoring gamification in the service marketing literature", "container-title": "Electronic Markets", "volume": "27", "issue": "1", "page": "21-31"},
    {"type": "article-journal", "author": [("Vargo", "Stephen L."), ("Lusch", "Robert F.")], "year": 2004, "title": "Evolving to a new dominant logic for marketing", "container-title": "Journal of Marketing", "volume": "68", "issue": "1", "page": "1-17"},
]  # fmt: skip


class Blind321WorkFactory(WorkFactory):
    """Works cited by marketers at games publishers, chess bodies, game cafés, toy retailers and fairs."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 321)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 313 + index)
                self.fakers[locale] = fake
        self.used_classics: set[int] = set()
        self.bodies: list[tuple[str, set[str], int]] = []  # organisations with a dated work, for "2023a" and "2023b"

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        if self.rng.random() < 0.35:
            particle, family, given = self.rng.choice(_NAMES)
            name = {"family": family, "given": given}
            if particle:
                name["non-dropping-particle"] = particle
            return name
        for _ in range(20):
            fake = self.fakers[self.rng.choice(_LOCALES)]
            family, given = fake.last_name(), fake.first_name()
            words = family.split()
            particle = []
            while len(words) > 1 and words[0].islower():
                particle.append(words.pop(0))
            if not set(" ".join(words).casefold().replace("-", " ").split()) & _DECOY_NAMES:
                break
        name = {"family": " ".join(words), "given": given}
        if particle:
            name["non-dropping-particle"] = " ".join(particle)
        return name

    def organisation(self) -> tuple[str, set[str]]:
        if self.rng.random() < 0.12:  # an invented agency or shop, with "&" or an apostrophe
            fake = self.fakers[self.rng.choice(["en_GB", "de_DE", "nl_NL"])]
            a, b = fake.last_name().split()[-1], fake.last_name().split()[-1]
            if {a.casefold(), b.casefold()} & _DECOY_NAMES:
                a, b = "Brandt", "Vos"
            if self.rng.random() < 0.5:
                return f"{a} & {b} Consulting", {"company", "ampersand"}
            return f"{a}'s Games & Puzzles", {"company", "apostrophe", "ampersand"}
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1985, 2007)
        return self.rng.randint(2008, 2025)

    def accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        start = datetime.date(2023, 1, 1) + datetime.timedelta(days=self.rng.randint(0, 1000))
        if issued:
            parts = list(issued) + [1] * (3 - len(issued))
            start = max(start, datetime.date(*parts) + datetime.timedelta(days=self.rng.randint(3, 240)))
        return {"date-parts": [[start.year, start.month, start.day]]}

    def _org_name_year(self, names: list[tuple[str, set[str]]] | None = None) -> tuple[str, set[str], int]:
        """An organisation and a year; now and then one already used with its year again ("2023a", "2023b")."""
        if self.bodies and self.rng.random() < 0.12:
            candidates = [b for b in self.bodies if names is None or b[0] in {n for n, _ in names}]
            if candidates:
                return self.rng.choice(candidates)
        name, tags = self.rng.choice(names) if names else self.organisation()
        return name, tags, self.rng.randint(2008, 2025)  # bodies' pages and reports: recent years only

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        place = self.rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]}: evidence from {place}", f"Rolling the dice on {topic}",
                 f"Beyond the box: {topic} in {place}", f"{topic[0].upper()}{topic[1:]} and consumer engagement",
                 f"Who plays? {topic[0].upper()}{topic[1:]} in {place}", f"Meeples and markets: {topic}",
                 f"Checkmate? {topic[0].upper()}{topic[1:]} after the pandemic",
                 f"Value co-creation in {topic}", f"Understanding {topic}: a netnography"]  # fmt: skip
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        if kind is None and self.rng.random() < 0.1:
            classic = self._classic()
            if classic is not None:
                return classic
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "company-page", "company-report", "government", "market-research",
             "web-person", "press", "undated-web"],
            weights=[11, 6, 22, 12, 9, 9, 9, 5, 11, 6],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[36, 26, 15, 9, 5, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def _classic(self) -> Work | None:
        left = [i for i in range(len(_CLASSICS)) if i not in self.used_classics]
        if not left:
            return None
        index = self.rng.choice(left)
        self.used_classics.add(index)
        data = _CLASSICS[index]
        record: dict[str, Any] = {k: v for k, v in data.items() if k not in ("author", "year")}
        record["author"] = [{"family": family, "given": given} for family, given in data["author"]]
        record["issued"] = {"date-parts": [[data["year"]]]}
        return self._person_work(record, "book" if data["type"] == "book" else "journal")

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.2:
            record["edition"] = str(self.rng.randint(2, 5))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        container = self.rng.choice(["Tabletop games and society", "The business of play", "Analog game studies reader",
                                     "Chess, culture and commerce", "Toys, games and consumption", "Playful marketing",
                                     "Handbook of leisure and consumer culture", "Board games in Europe"])  # fmt: skip
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))], "container-title": container,
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 320))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS),
            "volume": str(max(1, (issued_year := self.year()) - 1995 + self.rng.randint(-4, 20))), "issue": str(self.rng.randint(1, 8)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(8, 30)}",
            "issued": {"date-parts": [[issued_year]]},
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.choice(['1177', '1016', '1080', '1108'])}/{self.rng.randint(10000, 99999999)}"
            )
        return self._person_work(record, "journal")

    def _company_page(self) -> Work:
        name, tags, year = self._org_name_year()
        url = _URLS.get(name, f"https://www.{name.split()[0].lower().replace(chr(39), '')}.com")
        title = self.rng.choice(_PAGE_TITLES).format(
            y=year, y2=year + 3, m=self.rng.choice(["puzzles", "board games", "memberships", "events"])
        )
        record: dict[str, Any] = {"type": "webpage", "title": title, "URL": f"{url}/{self.fakers['en_GB'].slug()}"}
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[year]]}
            self.bodies.append((name, tags, year))
        record["accessed"] = self.accessed_after(record.get("issued", {}).get("date-parts", [None])[0])
        return self._org_work(record, "web", name, tags | {"organisation"})

    def _company_report(self) -> Work:
        name, tags, year = self._org_name_year()
        local = "Annual report {y}"
        if name.endswith(("AG", "KG", "e.V.", "eG")):
            local = "Geschäftsbericht {y}"
        elif name.endswith(("B.V.", "N.V.", "(KNSB)")):
            local = "Jaarverslag {y}"
        elif name.endswith(("sp. z o.o.", "S.A.", "Szachowy")):
            local = "Raport roczny {y}"
        title = self.rng.choice([local, local, "Annual report {y}", "Annual report and accounts {y}",
                                 "Sustainability report {y}", "Strategy {y}-{y2}"]).format(y=year, y2=year + 3)  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0]}  # fmt: skip
        self.bodies.append((name, tags, year))
        if self.rng.random() < 0.6:
            url = _URLS.get(name, f"https://www.{name.split()[0].lower().replace(chr(39), '')}.com")
            record["URL"] = f"{url}/investors/{year}"
            record["accessed"] = self.accessed_after([year])
        return self._org_work(record, "report", name, tags | {"organisation"})

    def _government(self) -> Work:
        names = [(n, {"government"}) for n, _ in _GOVERNMENT]
        name, tags, year = self._org_name_year(names)
        url = dict(_GOVERNMENT)[name]
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(_GOV_TITLES).format(y=year - 1),
            "issued": {"date-parts": [[year]]}, "URL": f"{url}/{self.fakers['en_GB'].slug()}",
            "accessed": self.accessed_after([year]),
        }  # fmt: skip
        self.bodies.append((name, tags, year))
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags | {"organisation"})

    def _market_research(self) -> Work:
        names = [(n, {"market-research"}) for n in _MARKET_RESEARCH]
        name, tags, year = self._org_name_year(names)
        market, place = self.rng.choice(_MR_MARKETS), self.rng.choice(_MR_PLACES)
        dated = self.rng.random() < 0.85
        titles = [f"{market[0].upper()}{market[1:]} - {place.replace('the ', '')} - {self.rng.choice(['March', 'July', 'November'])} {year}",
                  f"{market[0].upper()}{market[1:]} in {place}", f"Revenue of the {market} market in {place} from 2019 to 2028",
                  f"Share of adults in {place} who played {market} in the last month, {year}",
                  f"{place[0].upper()}{place[1:]}: {market} market size and forecast", f"Toys and games in {place}",
                  f"Top-selling {market} in {place}: {year} annual results"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": f"https://www.{name.split()[-1].lower()}.com/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if dated:
            record["issued"] = {"date-parts": [[year]]}
            self.bodies.append((name, tags, year))
        record["accessed"] = self.accessed_after([year] if dated else None)
        return self._org_work(record, "report", name, tags | {"organisation"})

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path()}  # fmt: skip
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[self.year()]]}
        record["accessed"] = self.accessed_after(record.get("issued", {}).get("date-parts", [None])[0])
        return self._person_work(record, "web")

    def _press(self) -> Work:
        year = self.year()
        outlet = self.rng.choice(_PRESS)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": outlet,
                                  "issued": {"date-parts": [issued]},
                                  "URL": f"https://www.{outlet.lower().replace(' ', '').replace(chr(39), '')}.com/{self.fakers['en_GB'].slug()}",
                                  "accessed": self.accessed_after(issued)}  # fmt: skip
        if self.rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", outlet, {"press", "organisation"})

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(),
                                  "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path()}  # fmt: skip
        record["accessed"] = self.accessed_after(None)
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags | {"undated"})
