"""Works for the thirty-seventh held-out pool, "blind37": what games, esports and interactive-entertainment marketers cite.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a thirty-seventh hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how community, influencer
and performance marketers at studios, publishers, esports teams and streaming platforms in the UK, Poland, Finland,
Sweden, France, Japan, South Korea and Brazil build reading lists: games-marketing textbooks and chapters, journal
articles with one to eight authors, publisher annual reports, Ukie, PEGI, the ASA and CMA, Newzoo, Circana, GfK and
Ampere, trade press (GamesIndustry.biz, PC Gamer, Eurogamer, The Verge, Kotaku), GDC talks, YouTube videos, podcasts,
X and Reddit posts, web pages with and without dates, and one author's two works of a year.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

_PEOPLE: list[tuple[str, str, str | None]] = [
    # (family, given, particle)
    ("Kowalski", "Tomasz", None), ("Wiśniewska", "Agnieszka", None), ("Zieliński", "Paweł", None), ("Wójcik", "Małgorzata", None),
    ("Kamińska", "Zofia", None), ("Lewandowski", "Michał", None), ("Dąbrowski", "Łukasz", None), ("Szymańska", "Katarzyna", None),
    ("Grzybowski-Nowak", "Jakub", None), ("Krawczyk", "Bartosz", None), ("Pietrzak", "Ewa", None), ("Żak", "Marek", None),
    ("Virtanen", "Aino", None), ("Mäkinen", "Juho", None), ("Korhonen", "Eetu", None), ("Järvinen", "Satu", None),
    ("Heikkilä", "Onni", None), ("Lähteenmäki", "Riikka", None), ("Nieminen", "Ville", None), ("Hämäläinen", "Kaisa", None),
    ("Lindqvist", "Elin", None), ("Åberg", "Oskar", None), ("Söderström", "Maja", None), ("Bergström", "Linnea", None),
    ("Öhman", "Hugo", None), ("Sjögren", "Ebba", None), ("Karlsson", "Axel", None), ("Nyström", "Wilma", None),
    ("Lefèvre", "Camille", None), ("Moreau", "Théo", None), ("Girard", "Léa", None), ("Rousseau", "Mathis", None),
    ("Fontaine", "Chloé", None), ("Lemaître", "Hélène", None), ("Villeneuve", "Benoît", "de"), ("Bernard-Durand", "Élodie", None),
    ("Tanaka", "Haruki", None), ("Sato", "Yui", None), ("Watanabe", "Ren", None), ("Yamamoto", "Sakura", None),
    ("Kobayashi", "Daiki", None), ("Nakamura", "Aoi", None), ("Itō", "Kenta", None), ("Ōtsuka", "Mei", None),
    ("Kim", "Minseo", None), ("Park", "Jihoon", None), ("Lee", "Seojin", None), ("Choi", "Yerin", None),
    ("Jung", "Dohyun", None), ("Kang", "Hayoon", None), ("Yoon", "Sungmin", None), ("Han", "Jiyoung", None),
    ("Silva", "João", None), ("Santos", "Ana Clara", None), ("Oliveira", "Luíza", None), ("Souza", "Gabriel", None),
    ("Conceição", "Thiago", None), ("Araújo", "Letícia", None), ("Gonçalves", "Rafael", None), ("Costa", "Beatriz", "da"),
    ("Carvalho", "Mateus", "de"), ("Nascimento", "Júlia", "do"), ("Ferreira-Lima", "Caio", None), ("Magalhães", "Isadora", None),
    ("Thompson", "Ellie", None), ("Hughes", "Callum", None), ("Patel", "Priya", None), ("O'Connor", "Niamh", None),
    ("McAllister", "Rory", None), ("Davies", "Rhys", None), ("Okafor", "Chidi", None), ("Fletcher-Brown", "Hannah", None),
    ("Walsh", "Aoife", None), ("Begum", "Samira", None), ("Chadwick", "Oliver", None), ("Reid", "Isla", None),
    ("Hall", "Jonathan", None), ("Nguyen", "Linh", None), ("Graham", "Kirsty", None), ("Barker", "Tom", None),
]  # fmt: skip

_COMPANIES: list[tuple[str, set[str]]] = [
    ("CD PROJEKT S.A.", {"company"}), ("Ubisoft Entertainment SA", {"company"}), ("Embracer Group AB", {"company"}),
    ("Remedy Entertainment Plc", {"company"}), ("Nintendo Co., Ltd.", {"company"}), ("Frontier Developments plc", {"company"}),
    ("Team17 Group plc", {"company"}), ("Keywords Studios plc", {"company"}), ("Paradox Interactive AB", {"company"}),
    ("Techland", {"company"}), ("11 bit studios S.A.", {"company"}), ("Rovio Entertainment", {"company"}),
    ("Supercell", {"company"}), ("Krafton, Inc.", {"company"}), ("NEXON Co., Ltd.", {"company"}),
    ("Square Enix Holdings Co., Ltd.", {"company"}), ("Bandai Namco Entertainment", {"company"}), ("Capcom Co., Ltd.", {"company"}),
    ("Sony Interactive Entertainment", {"company"}), ("Valve Corporation", {"company"}), ("Epic Games", {"company"}),
    ("Twitch Interactive, Inc.", {"company"}), ("Riot Games", {"company"}), ("ESL FACEIT Group", {"company"}),
    ("Fnatic Ltd", {"company"}), ("Excel Esports", {"company"}), ("Sumo Group plc", {"company"}),
    ("Don't Nod", {"company", "apostrophe"}), ("Devolver Digital", {"company"}), ("Focus Entertainment", {"company"}),
    ("Kwalee Ltd", {"company"}), ("Rockstar Games", {"company"}), ("Mojang Studios", {"company"}),
    ("Hi-Rez Studios", {"company"}), ("Games Workshop Group PLC", {"company"}), ("Larian Studios", {"company"}),
]  # fmt: skip
_BODIES: list[tuple[str, set[str]]] = [
    ("Ukie", {"trade-body"}), ("Ukie (UK Interactive Entertainment)", {"abbreviation", "trade-body"}),
    ("PEGI", {"regulator"}), ("Pan European Game Information (PEGI)", {"abbreviation", "regulator"}),
    ("Advertising Standards Authority", {"regulator"}), ("Advertising Standards Authority (ASA)", {"abbreviation", "regulator"}),
    ("Competition and Markets Authority", {"government"}), ("Competition & Markets Authority (CMA)", {"abbreviation", "ampersand", "government"}),
    ("Committee of Advertising Practice (CAP)", {"abbreviation", "regulator"}), ("Video Standards Council Rating Board", {"regulator"}),
    ("Department for Culture, Media & Sport", {"government", "ampersand"}), ("Department for Digital, Culture, Media & Sport", {"government", "ampersand"}),
    ("Ofcom", {"regulator"}), ("Information Commissioner's Office", {"government", "apostrophe"}),
    ("Interactive Software Federation of Europe (ISFE)", {"abbreviation", "trade-body"}), ("Video Games Europe", {"trade-body"}),
    ("British Esports Federation", {"trade-body"}), ("Neogames Finland", {"trade-body"}), ("Dataspelsbranschen", {"trade-body"}),
    ("Polish Agency for Enterprise Development (PARP)", {"abbreviation", "government"}), ("Korea Creative Content Agency (KOCCA)", {"abbreviation", "government"}),
    ("Computer Entertainment Supplier's Association (CESA)", {"abbreviation", "apostrophe", "trade-body"}), ("Associação Brasileira das Desenvolvedoras de Jogos Digitais (Abragames)", {"abbreviation", "trade-body"}),
    ("Centre national du cinéma et de l'image animée (CNC)", {"abbreviation", "apostrophe", "government"}), ("European Commission", {"government"}),
    ("Games & Esports Experience Research Lab", {"ampersand"}), ("BAFTA", {"trade-body"}), ("Safe In Our World", {"charity"}),
]  # fmt: skip
_RESEARCH = ["Newzoo", "Circana", "GfK", "Ampere Analysis", "Statista", "Mintel", "Sensor Tower", "data.ai", "Stream Hatchet",
             "Streams Charts", "StreamElements", "Esports Charts", "Niko Partners", "Midia Research", "Omdia"]  # fmt: skip
_PRESS = ["GamesIndustry.biz", "PC Gamer", "Eurogamer", "The Verge", "Kotaku", "Rock Paper Shotgun", "VGC", "Polygon",
          "IGN", "Game Developer", "Pocket Gamer.biz", "Dexerto", "Esports Insider", "The Esports Observer", "MCV/DEVELOP",
          "Gry-Online.pl", "Famitsu", "Inven", "The Guardian", "BBC News"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("CRC Press", "Boca Raton, FL"), ("MIT Press", "Cambridge, MA"),
               ("Kogan Page", "London"), ("Bloomsbury Academic", "London"), ("Palgrave Macmillan", "Cham"),
               ("Springer", "Cham"), ("Sage", "London"), ("Pearson", "Harlow"), ("Wiley", "Hoboken, NJ"),
               ("Amsterdam University Press", "Amsterdam"), ("Focal Press", "New York")]  # fmt: skip
_JOURNALS = ["Games and Culture", "New Media & Society", "Journal of Interactive Marketing", "Convergence",
             "International Journal of Esports", "Computers in Human Behavior", "Journal of Business Research",
             "Journal of Marketing Management", "Internet Research", "Entertainment Computing", "Simulation & Gaming",
             "Journal of Gaming & Virtual Worlds", "Addictive Behaviors", "Psychology & Marketing",
             "European Journal of Marketing", "Game Studies", "Information, Communication & Society",
             "Journal of Consumer Behaviour", "Sport Management Review", "ToDiGRA"]  # fmt: skip
_TOPICS = ["loot boxes", "battle passes", "live-service games", "esports sponsorship", "Twitch streamers",
           "game trailers", "Steam wishlists", "community management", "Discord communities", "influencer codes",
           "early access", "free-to-play monetisation", "player retention", "user acquisition", "game reviews",
           "review bombing", "crowdfunding", "cross-play", "mobile gacha games", "virtual goods",
           "fan conventions", "game demos", "speedrunning", "player toxicity", "age ratings", "cosmetic items",
           "subscription services", "cloud gaming", "indie publishing", "brand collaborations", "game localisation",
           "streaming audiences", "nostalgia and remakes", "seasonal events", "player-generated content"]  # fmt: skip
_AUDIENCES = ["Gen Z players", "lapsed players", "mobile gamers", "esports fans", "women who play", "parents",
              "Brazilian players", "Korean PC bang users", "Japanese console owners", "Polish players", "Nordic players",
              "UK teenagers", "core PC players", "viewers who do not play"]  # fmt: skip
_GAMES = ["Cyberpunk 2077", "The Witcher 3: Wild Hunt", "Alan Wake 2", "Frostpunk 2", "Dying Light 2", "Clash Royale",
          "Angry Birds", "Assassin's Creed Mirage", "Valheim", "Baldur's Gate 3", "Elden Ring", "Monster Hunter: World",
          "Animal Crossing: New Horizons", "PUBG: Battlegrounds", "Lost Ark", "Free Fire", "League of Legends",
          "Counter-Strike 2", "Fortnite", "Minecraft", "Hades II", "Helldivers 2", "Palworld", "Stardew Valley"]  # fmt: skip


class Blind37WorkFactory(WorkFactory):
    """Works games and esports marketers cite, from one seeded random source."""

    KINDS = ("book", "chapter", "journal", "company-report", "body-report", "market-research", "news", "trade-press",
             "web", "video", "podcast", "social", "conference", "government")  # fmt: skip
    _WEIGHTS = (12, 6, 22, 7, 7, 8, 6, 8, 7, 4, 3, 3, 4, 5)

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 37 + 3701)
        self.counter = 0

    # ------------------------------------------------------------------ pieces
    def _name(self) -> dict[str, str]:
        family, given, particle = self.rng.choice(_PEOPLE)
        name = {"family": family, "given": given}
        if particle:
            name["non-dropping-particle"] = particle
        return name

    def _names(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        names: list[dict[str, str]] = []
        while len(names) < count:
            name = self._name()
            if name not in names:
                names.append(name)
        return names

    def _year(self) -> int:
        return self.rng.choices([self.rng.randint(1997, 2015), self.rng.randint(2016, 2025)], weights=[2, 8])[0]

    def _accessed(self, year: int | None) -> dict[str, list[list[int]]]:
        low = max(year or 2022, 2021)
        return {
            "date-parts": [[self.rng.randint(low, max(low, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]]
        }

    def _url(self, host: str) -> str:
        slug = "-".join(self.rng.sample(["games", "players", "report", "2024", "season", "esports", "launch", "community",
                                         "ratings", "streaming", "market", "mobile", "uk", "insights"], 3))  # fmt: skip
        return f"https://www.{host}/{slug}"

    def _title(self) -> str:
        topic, other = self.rng.sample(_TOPICS, 2)
        audience = self.rng.choice(_AUDIENCES)
        game = self.rng.choice(_GAMES)
        forms = [
            f"{topic.capitalize()} and {other}: evidence from {audience}",
            f"Why {audience} engage with {topic}",
            f"{topic.capitalize()} in practice: the case of {game}",
            f"Playing together: {topic} and brand loyalty",
            f"From {topic} to {other}: marketing live games",
            f"Understanding {audience}: {topic} and purchase intention",
            f"The economics of {topic}",
            f"{topic.capitalize()}, fairness and trust among {audience}",
            f"What {game} teaches marketers about {topic}",
            f"Measuring the effect of {topic} on {other}",
        ]
        return self.rng.choice(forms)

    def _person(self, record: dict[str, Any], kind: str, year: int | None) -> Work:
        self.counter += 1
        record["id"] = f"b37w{self.counter}"
        if year is not None:
            record["issued"] = {"date-parts": [[year]]}
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        return Work(record, lead, str(year) if year is not None else "n.d.", False, len(record["author"]), kind)

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str], year: int | None) -> Work:
        self.counter += 1
        record["id"] = f"b37w{self.counter}"
        record["author"] = [{"literal": name}]
        if year is not None:
            record["issued"] = {"date-parts": [[year]]}
        return Work(record, name, str(year) if year is not None else "n.d.", True, 1, kind, tags | {"organisation"})

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(self.KINDS, weights=self._WEIGHTS)[0]
        return getattr(self, "_k_" + kind.replace("-", "_"))()

    def _k_book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "author": self._names(4), "publisher": publisher, "publisher-place": place,
                                  "title": self.rng.choice([self._title(), f"Games marketing: {self.rng.choice(_TOPICS)} and the player",
                                                            f"Marketing video games: {self.rng.choice(_AUDIENCES)}", f"Esports business and {self.rng.choice(_TOPICS)}"])}  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 5))
        return self._person(record, "book", self._year())

    def _k_chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 280)
        record: dict[str, Any] = {"type": "chapter", "author": self._names(3), "title": self._title(),
                                  "editor": [self._name() for _ in range(self.rng.randint(1, 2))],
                                  "container-title": f"The Routledge handbook of {self.rng.choice(['games marketing', 'esports', 'game studies', 'live streaming'])}",
                                  "publisher": publisher, "publisher-place": place, "page": f"{start}-{start + self.rng.randint(10, 25)}"}  # fmt: skip
        return self._person(record, "chapter", self._year())

    def _k_journal(self) -> Work:
        start = self.rng.randint(1, 600)
        record: dict[str, Any] = {"type": "article-journal", "author": self._names(8), "title": self._title(),
                                  "container-title": self.rng.choice(_JOURNALS), "volume": str(self.rng.randint(1, 60)),
                                  "issue": str(self.rng.randint(1, 8)), "page": f"{start}-{start + self.rng.randint(8, 24)}"}  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.rng.choice(['gac', 'nms', 'ijes', 'jim', 'chb'])}.{self.rng.randint(1000, 99999)}"
            )
        return self._person(record, "journal", self._year())

    def _k_company_report(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.rng.randint(2016, 2025)
        record: dict[str, Any] = {"type": "report", "publisher": name,
                                  "title": self.rng.choice([f"Annual report {year - 1}", f"Integrated report {year - 1}/{str(year)[2:]}",
                                                            f"Half-year report H1 {year}", f"Sustainability report {year - 1}",
                                                            f"Investor presentation: {self.rng.choice(_GAMES)} launch update"])}  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self._url(name.split()[0].lower().strip(",.") + ".com")
            if self.rng.random() < 0.85:
                record["accessed"] = self._accessed(year)
        return self._org(record, "company-report", name, tags, year)

    def _k_body_report(self) -> Work:
        name, tags = self.rng.choice(_BODIES)
        year = self._year() if self.rng.random() < 0.85 else None
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]),
                                  "title": self.rng.choice([self._title(), "UK video games fact sheet", "Guidance on in-game purchases",
                                                            "Age ratings explained", "Key facts about Europe's video games sector",
                                                            "Rulings on influencer marketing in games", "Loot boxes: call for evidence",
                                                            "State of the industry"])}  # fmt: skip
        record["URL"] = self._url(
            self.rng.choice(["ukie.org.uk", "pegi.info", "asa.org.uk", "gov.uk", "videogameseurope.eu", "kocca.kr"])
        )
        if self.rng.random() < 0.85:
            record["accessed"] = self._accessed(year)
        return self._org(record, "body-report", name, tags, year)

    def _k_government(self) -> Work:
        name = self.rng.choice(["Department for Culture, Media & Sport", "Competition and Markets Authority", "HM Treasury",
                                "House of Commons Digital, Culture, Media and Sport Committee", "European Parliament",
                                "Department for Science, Innovation & Technology"])  # fmt: skip
        year = self.rng.randint(2018, 2025)
        record: dict[str, Any] = {"type": "report", "URL": self._url("gov.uk"), "accessed": self._accessed(year),
                                  "title": self.rng.choice(["Government response to the call for evidence on loot boxes",
                                                            "Immersive and addictive technologies", "Video games research framework",
                                                            "Online choice architecture: how digital design can harm competition and consumers",
                                                            "Protecting consumers in online video games", self._title()])}  # fmt: skip
        return self._org(record, "government", name, {"government"}, year)

    def _k_market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2018, 2025) if self.rng.random() < 0.9 else None
        when = year or 2024
        record: dict[str, Any] = {"type": "report", "publisher": name, "URL": self._url(name.split()[0].lower().replace(".", "") + ".com"),
                                  "title": self.rng.choice([f"Global games market report {when}", f"Esports audience report {when}",
                                                            f"Live streaming trends Q{self.rng.randint(1, 4)} {when}", f"PC and console gaming report {when}",
                                                            f"Mobile gaming in {self.rng.choice(['Brazil', 'South Korea', 'Japan', 'Europe', 'the UK'])} {when}",
                                                            f"Games market dynamics: {self.rng.choice(_TOPICS)}"])}  # fmt: skip
        if self.rng.random() < 0.85:
            record["accessed"] = self._accessed(year)
        return self._org(record, "market-research", name, {"market-research"}, year)

    def _k_news(self) -> Work:
        year = self._year()
        record: dict[str, Any] = {"type": "article-newspaper", "author": self._names(2), "container-title": self.rng.choice(["The Guardian", "BBC News", "Financial Times", "Le Monde", "Helsingin Sanomat"]),
                                  "title": f"{self.rng.choice(_GAMES)} {self.rng.choice(['studio cuts jobs after launch', 'breaks sales record', 'faces loot box questions', 'delayed again', 'tops UK charts'])}",
                                  "URL": self._url("news.example.co.uk"), "accessed": self._accessed(year)}  # fmt: skip
        return self._person(record, "news", year)

    def _k_trade_press(self) -> Work:
        year = self._year() if self.rng.random() < 0.92 else None
        press = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "webpage", "author": self._names(2), "container-title": press,
                                  "title": self.rng.choice([f"How {self.rng.choice(_GAMES)} built its wishlist campaign",
                                                            f"Interview: the marketing of {self.rng.choice(_GAMES)}",
                                                            f"{self.rng.choice(_TOPICS).capitalize()} are changing how publishers launch games",
                                                            f"Why {self.rng.choice(_AUDIENCES)} matter for {self.rng.choice(_TOPICS)}"]),
                                  "URL": self._url(press.lower().replace(" ", "").replace("/", "") + ".com")}  # fmt: skip
        if self.rng.random() < 0.85:
            record["accessed"] = self._accessed(year)
        return self._person(record, "trade-press", year)

    def _k_web(self) -> Work:
        year = self._year() if self.rng.random() < 0.7 else None
        if self.rng.random() < 0.5:
            name, tags = self.rng.choice(_COMPANIES + _BODIES)
            record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(["Press kit", "Community guidelines", "Creator programme", "Our approach to player safety", self._title()]),
                                      "URL": self._url("example-games.com")}  # fmt: skip
            if self.rng.random() < 0.8:
                record["accessed"] = self._accessed(year)
            return self._org(record, "web", name, tags, year)
        record = {"type": "webpage", "author": self._names(2), "title": self._title(), "URL": self._url("medium.com")}
        if self.rng.random() < 0.8:
            record["accessed"] = self._accessed(year)
        return self._person(record, "web", year)

    def _k_video(self) -> Work:
        year = self.rng.randint(2014, 2025)
        record: dict[str, Any] = {"type": "motion_picture", "author": self._names(1), "medium": "YouTube video",
                                  "title": self.rng.choice([f"Marketing {self.rng.choice(_GAMES)}", "How we hit 1 million wishlists",
                                                            f"Why {self.rng.choice(_TOPICS)} work", "Devlog 12: launch week"]),
                                  "URL": f"https://www.youtube.com/watch?v={self.rng.randint(10**9, 10**10)}", "accessed": self._accessed(year)}  # fmt: skip
        return self._person(record, "video", year)

    def _k_podcast(self) -> Work:
        year = self.rng.randint(2017, 2025)
        record: dict[str, Any] = {"type": "song", "author": self._names(2), "medium": "Podcast",
                                  "container-title": self.rng.choice(["The Game Marketing Podcast", "GamesIndustry.biz Podcast", "Esports Business Show", "Mojipod"]),
                                  "title": f"Episode {self.rng.randint(3, 240)}: {self.rng.choice(_TOPICS)}",
                                  "URL": self._url("podcasts.example.com"), "accessed": self._accessed(year)}  # fmt: skip
        return self._person(record, "podcast", year)

    def _k_social(self) -> Work:
        year = self.rng.randint(2019, 2025)
        record: dict[str, Any] = {"type": "post", "author": self._names(1), "container-title": self.rng.choice(["X", "Reddit", "LinkedIn", "Bluesky"]),
                                  "title": self.rng.choice(["Our wishlist numbers after the Steam Next Fest demo", "Thread on what worked for our launch",
                                                            "We asked 2,000 players about battle passes", "Some thoughts on review bombing"]),
                                  "URL": self._url("x.com"), "accessed": self._accessed(year)}  # fmt: skip
        return self._person(record, "social", year)

    def _k_conference(self) -> Work:
        year = self.rng.randint(2012, 2025)
        record: dict[str, Any] = {"type": "speech", "author": self._names(2), "event": self.rng.choice(["Game Developers Conference", "Develop:Brighton", "Digital Dragons", "Nordic Game", "Pocket Gamer Connects"]),
                                  "event-place": self.rng.choice(["San Francisco", "Brighton", "Kraków", "Malmö", "London", "Helsinki"]),
                                  "title": self.rng.choice([self._title(), "Marketing your indie game on a shoestring", "Building a community before launch"])}  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = self._url("gdcvault.com")
            record["accessed"] = self._accessed(year)
        return self._person(record, "conference", year)
