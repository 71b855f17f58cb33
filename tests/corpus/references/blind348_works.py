"""The blind348 pool's works: what marketers at cinema chains, independent cinemas, distributors, streaming services,
film festivals and cinema-advertising firms in the UK, Ireland, France, South Korea, India and Mexico cite in CIM
Level 6 and 7 reports and MBA assignments.

Books, chapters and journal articles (film, media, arts-management and marketing journals) with one to eight
authors; reports of governments and public bodies with and without their abbreviation; cinema chains', distributors'
and streamers' pages and annual reports (plc, Ltd, S.A., S.A.S., Co., Ltd., Limited, S.A. de C.V., Inc.); trade
bodies; the trade and daily press, signed and unsigned; market research; undated pages; the marketing texts every
candidate cites. French names with "de", "du" and "Le", Korean names with the family name first, Indian names,
Mexican names with "de la" and "y", Irish names with "O'" and "Mac", and British names.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# (family, given, particle): as the region's scholars and journals print them.
_NAMES: list[tuple[str, str, str]] = [
    # British
    ("Hanson", "Stuart", ""), ("Hubbard", "Phil", ""), ("Jancovich", "Mark", ""), ("Faire", "Lucy", ""),
    ("Stubbings", "Sarah", ""), ("Pett", "Emma", ""), ("Atkinson", "Sarah", ""), ("Kennedy", "Helen", ""),
    ("Dickinson", "Margaret", ""), ("Harbord", "Janet", ""), ("Crisp", "Virginia", ""), ("Cunningham", "Stuart", ""),
    ("Wood", "Rachel", ""), ("Smith-Jones", "Eleanor", ""), ("Barker", "Martin", ""), ("Hollinshead", "Ann", ""),
    ("Pritchard", "Owen", ""), ("Fletcher", "Imogen", ""), ("Whitehead", "Dominic", ""), ("Baxter-Wright", "Jo", ""),
    # Irish
    ("O'Sullivan", "Niamh", ""), ("O'Brien", "Seán", ""), ("MacCarthy", "Aoife", ""), ("Mac Con Iomaire", "Ciarán", ""),
    ("O'Connell", "Eimear", ""), ("MacNamara", "Darragh", ""), ("Ní Bhriain", "Orla", ""), ("Flynn", "Roddy", ""),
    ("Barton", "Ruth", ""), ("Monahan", "Barry", ""),
    # French
    ("Montebello", "Fabrice", ""), ("Forest", "Claude", ""), ("Creton", "Laurent", ""), ("Le Goff", "Isabelle", ""),
    ("Le Bihan", "Yann", ""), ("Jullier", "Laurent", ""), ("Benghozi", "Pierre-Jean", ""), ("Chantepie", "Philippe", ""),
    ("Sorlin", "Pierre", ""), ("Lefèvre", "Amélie", ""), ("Mesnildrey", "Lucile", ""), ("Bourgeois-Guérin", "Hélène", ""),
    ("Baecque", "Antoine", "de"), ("Vasconcelos", "Marie", "de"), ("Pontavice", "Claire", "du"), ("Mesnil", "Jean", "du"),
    # Korean, family name first as Korean journals print it; given names without a hyphen
    ("Kim", "Jiwoo", ""), ("Park", "Seunghyun", ""), ("Lee", "Hyejin", ""), ("Choi", "Minsoo", ""), ("Jung", "Yuna", ""),
    ("Kang", "Dongwon", ""), ("Yoon", "Seoyeon", ""), ("Shin", "Jaehyun", ""), ("Han", "Sooyoung", ""), ("Paik", "Haejoang", ""),
    ("Jin", "Dal Yong", ""), ("Shim", "Doobo", ""),
    # Indian: Hindi, Marathi and Tamil names
    ("Sharma", "Ananya", ""), ("Gupta", "Rohit", ""), ("Deshpande", "Aditi", ""), ("Kulkarni", "Vinayak", ""),
    ("Joshi", "Madhura", ""), ("Patwardhan", "Ketaki", ""), ("Subramanian", "Karthik", ""), ("Ramaswamy", "Lakshmi", ""),
    ("Venkatesan", "Priya", ""), ("Iyer", "Ganesh", ""), ("Athique", "Adrian", ""), ("Ganti", "Tejaswini", ""),
    ("Srinivas", "Lakshmi", ""), ("Chaturvedi", "Nikhil", ""), ("Pillai", "Meenakshi", ""), ("Mukherjee", "Debashree", ""),
    # Mexican Spanish, with two surnames, "de la" and "y"
    ("Hernández Ruiz", "Mariana", ""), ("García Canclini", "Néstor", ""), ("Rosas Mantecón", "Ana", ""),
    ("Torre", "Alejandro", "de la"), ("Garza", "Lucía", "de la"), ("Ortiz y Pino", "Rodrigo", ""),
    ("Sánchez y Gómez", "Valeria", ""), ("Fuente", "Ximena", "de la"), ("Martínez", "Jorge", ""), ("Ugalde", "Víctor", ""),
    ("López Aguilar", "Fernanda", ""), ("Peredo Castro", "Francisco", ""),
]  # fmt: skip

# Organisations as these candidates cite them, with tags saying what makes each hard.
_GOVERNMENT: list[tuple[str, set[str]]] = [
    ("British Film Institute", {"government"}), ("BFI", {"government", "abbreviation"}),
    ("British Film Institute (BFI)", {"government", "abbreviation"}),
    ("Department for Culture, Media and Sport", {"government", "comma"}), ("DCMS", {"government", "abbreviation"}),
    ("Department for Culture, Media and Sport (DCMS)", {"government", "abbreviation", "comma"}),
    ("Ofcom", {"government"}), ("Office for National Statistics", {"government"}), ("ONS", {"government", "abbreviation"}),
    ("Office for National Statistics (ONS)", {"government", "abbreviation"}),
    ("Competition and Markets Authority", {"government"}), ("Competition and Markets Authority (CMA)", {"government", "abbreviation"}),
    ("Screen Ireland", {"government"}), ("Fís Éireann/Screen Ireland", {"government", "accent"}),
    ("Centre national du cinéma et de l'image animée", {"government", "apostrophe", "accent"}),
    ("Centre national du cinéma et de l'image animée (CNC)", {"government", "apostrophe", "abbreviation", "accent"}),
    ("CNC", {"government", "abbreviation"}), ("Korean Film Council", {"government"}),
    ("Korean Film Council (KOFIC)", {"government", "abbreviation"}), ("KOFIC", {"government", "abbreviation"}),
    ("Ministry of Information and Broadcasting", {"government"}),
    ("Ministry of Information and Broadcasting, Government of India", {"government", "comma"}),
    ("Central Board of Film Certification", {"government"}), ("Central Board of Film Certification (CBFC)", {"government", "abbreviation"}),
    ("Instituto Mexicano de Cinematografía", {"government", "accent"}),
    ("Instituto Mexicano de Cinematografía (IMCINE)", {"government", "abbreviation", "accent"}), ("IMCINE", {"government", "abbreviation"}),
    ("UNESCO", {"government", "abbreviation"}), ("UNESCO Institute for Statistics", {"government"}),
]  # fmt: skip
_COMPANIES: list[tuple[str, set[str]]] = [
    ("Cineworld Group plc", {"company"}), ("Cineworld", {"company"}), ("Vue International Ltd", {"company"}),
    ("Vue International", {"company"}), ("Everyman Media Group plc", {"company"}), ("Everyman Cinemas", {"company"}),
    ("Odeon Cinemas Group Ltd", {"company"}), ("Odeon Cinemas Group", {"company"}), ("Pathé S.A.", {"company", "full-stop"}),
    ("Les Cinémas Pathé Gaumont S.A.S.", {"company", "full-stop", "accent"}), ("UGC Ciné Cité", {"company"}),
    ("mk2", {"company", "lower-case"}), ("CJ CGV Co., Ltd.", {"company", "comma", "full-stop"}), ("CJ CGV", {"company"}),
    ("Lotte Cultureworks Co., Ltd.", {"company", "comma", "full-stop"}), ("Megabox JoongAng Co., Ltd.", {"company", "comma", "full-stop"}),
    ("PVR INOX Limited", {"company"}), ("PVR INOX", {"company"}), ("Cinépolis de México S.A. de C.V.", {"company", "full-stop", "accent"}),
    ("Cinépolis", {"company", "accent"}), ("Cinemex", {"company"}), ("Netflix, Inc.", {"company", "comma", "full-stop"}),
    ("Netflix", {"company"}), ("MUBI", {"company"}), ("Digital Cinema Media Ltd", {"company"}),
    ("Digital Cinema Media (DCM)", {"company", "abbreviation"}), ("Pearl & Dean", {"company", "ampersand"}),
    ("Curzon", {"company"}), ("Picturehouse Cinemas Ltd", {"company"}), ("Light Cinemas", {"company"}),
    ("Omniplex Cinemas", {"company"}), ("Irish Film Institute", {"company"}), ("StudioCanal", {"company"}),
    ("Warner Bros. Discovery, Inc.", {"company", "comma", "full-stop"}), ("The Walt Disney Company", {"company"}),
    ("Universal Pictures", {"company"}),
]  # fmt: skip
_TRADE: list[tuple[str, set[str]]] = [
    ("UK Cinema Association", {"trade-body"}), ("UK Cinema Association (UKCA)", {"trade-body", "abbreviation"}),
    ("UKCA", {"trade-body", "abbreviation"}), ("Film Distributors' Association", {"trade-body", "apostrophe"}),
    ("Film Distributors' Association (FDA)", {"trade-body", "apostrophe", "abbreviation"}),
    ("Independent Cinema Office", {"trade-body"}), ("Independent Cinema Office (ICO)", {"trade-body", "abbreviation"}),
    ("UNIC", {"trade-body", "abbreviation"}), ("International Union of Cinemas (UNIC)", {"trade-body", "abbreviation"}),
    ("Fédération nationale des cinémas français", {"trade-body", "accent"}),
    ("Fédération nationale des cinémas français (FNCF)", {"trade-body", "accent", "abbreviation"}), ("FNCF", {"trade-body", "abbreviation"}),
    ("Multiplex Association of India", {"trade-body"}), ("Cinema Advertising Association", {"trade-body"}),
    ("Cinema Advertising Association (CAA)", {"trade-body", "abbreviation"}), ("Cinema United", {"trade-body"}),
    ("Film & TV Charity", {"trade-body", "ampersand"}), ("Into Film", {"trade-body"}),
]  # fmt: skip
_RESEARCH = ["Comscore", "Gower Street Analytics", "Kantar", "Mintel", "Statista", "YouGov", "Ampere Analysis",
             "Nielsen", "Kantar Media", "Ormax Media", "Mintel Group Ltd"]  # fmt: skip
_PRESS = ["Screen International", "Variety", "The Hollywood Reporter", "Deadline", "The Guardian", "The Times",
          "The Irish Times", "Le Monde", "The Korea Herald", "The Hindu", "El Universal", "Screen Daily",
          "Financial Times", "Campaign", "Marketing Week", "IndieWire", "The Economic Times", "Korea JoongAng Daily"]  # fmt: skip
_JOURNALS = ["Journal of Cultural Economics", "International Journal of Arts Management", "Journal of Media Business Studies",
             "Media, Culture & Society", "Journal of Consumer Research", "Journal of Advertising Research",
             "Journal of Retailing and Consumer Services", "Journal of Marketing Management", "Participations",
             "Journal of Marketing", "International Journal of Cultural Policy", "Convergence", "Screen",
             "Journal of Film and Video", "Arts and the Market", "European Journal of Marketing"]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Oxford University Press", "Oxford"), ("Wiley", "Chichester"), ("Palgrave Macmillan", "London"),
               ("BFI Publishing", "London"), ("Bloomsbury Academic", "London"), ("Edinburgh University Press", "Edinburgh"),
               ("Amsterdam University Press", "Amsterdam"), ("Indiana University Press", "Bloomington"),
               ("SAGE India", "New Delhi"), ("Fondo de Cultura Económica", "Mexico City"), ("Armand Colin", "Paris")]  # fmt: skip
_TOPICS = ["cinema attendance after the pandemic", "cinema loyalty schemes", "subscription cinema", "premium large formats",
           "theatrical windows", "event cinema", "dynamic ticket pricing", "film marketing on social media",
           "streaming and the cinema audience", "independent cinema audiences", "cinema advertising effectiveness",
           "film festival audiences", "the multiplex experience", "Gen Z and the big screen", "word of mouth and box office",
           "trailers and film choice", "food and beverage revenue", "the cinema as a third place", "film piracy",
           "day-and-date release", "audience development", "regional cinema exhibition", "Korean film exports",
           "Indian multiplex growth", "Mexican cinema-going", "French cinema policy", "recommendation algorithms",
           "ticketing apps", "customer experience in cinemas", "brand partnerships in film releases"]  # fmt: skip
# The marketing texts every candidate cites: (authors, title, publisher, place, years, editions).
_CLASSICS: list[tuple[list[tuple[str, str, str]], str, str, str, list[int]]] = [
    ([("Kotler", "Philip", ""), ("Keller", "Kevin Lane", ""), ("Chernev", "Alexander", "")], "Marketing management", "Pearson", "Harlow", [2016, 2022]),
    ([("Kotler", "Philip", ""), ("Armstrong", "Gary", ""), ("Harris", "Lloyd C.", ""), ("He", "Hongwei", "")], "Principles of marketing", "Pearson", "Harlow", [2019, 2020, 2023]),
    ([("Chaffey", "Dave", ""), ("Ellis-Chadwick", "Fiona", "")], "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow", [2019, 2022]),
    ([("Jobber", "David", ""), ("Ellis-Chadwick", "Fiona", "")], "Principles and practice of marketing", "McGraw-Hill", "London", [2019, 2023]),
    ([("Solomon", "Michael R.", "")], "Consumer behavior: buying, having, and being", "Pearson", "Harlow", [2020]),
    ([("Kerrigan", "Finola", "")], "Film marketing", "Routledge", "Abingdon", [2010, 2017]),
    ([("Colbert", "François", ""), ("St-James", "Yannik", "")], "Marketing culture and the arts", "HEC Montréal", "Montreal", [2018]),
    ([("Hill", "Elizabeth", ""), ("O'Sullivan", "Catherine", ""), ("O'Sullivan", "Terry", "")], "Creative arts marketing", "Routledge", "Abingdon", [2018]),
    ([("Ryan", "Damian", "")], "Understanding digital marketing", "Kogan Page", "London", [2020]),
    ([("Sharp", "Byron", "")], "How brands grow: what marketers don't know", "Oxford University Press", "Melbourne", [2010]),
    ([("Pine", "B. Joseph", ""), ("Gilmore", "James H.", "")], "The experience economy", "Harvard Business Review Press", "Boston, MA", [2019]),
    ([("Porter", "Michael E.", "")], "Competitive strategy", "Free Press", "New York", [1980]),
    ([("Jenkins", "Henry", "")], "Convergence culture: where old and new media collide", "New York University Press", "New York", [2006]),
    ([("Lobato", "Ramon", "")], "Netflix nations: the geography of digital distribution", "New York University Press", "New York", [2019]),
]  # fmt: skip


class Blind348WorkFactory(WorkFactory):
    """Works cinema, distribution, streaming and cinema-advertising marketers cite, from the pool's own seeded source."""

    # The kinds of work a report holds: books (the classics among them), chapters, journal articles, reports (public
    # bodies, annual reports, trade bodies, market research), web pages (company, public-body, trade-body, undated,
    # signed) and the press.
    KINDS = ("book", "chapter", "journal", "report", "web", "news")

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 348)

    # ------------------------------------------------------------------ names and dates
    def person(self) -> dict[str, str]:
        if self.rng.random() < 0.15:
            return super().person()
        family, given, particle = self.rng.choice(_NAMES)
        name = {"family": family, "given": given}
        if particle:
            name["non-dropping-particle"] = particle
        return name

    def year(self) -> int:
        if self.rng.random() < 0.06:
            return self.rng.randint(1985, 2009)
        return self.rng.randint(2012, 2025)

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        country = self.rng.choice(["the UK", "Ireland", "France", "South Korea", "India", "Mexico", "Europe"])
        forms = [f"{topic[0].upper()}{topic[1:]} in {country}", f"{topic[0].upper()}{topic[1:]} and {other}",
                 f"Back to the big screen? {topic[0].upper()}{topic[1:]}", f"Rethinking {topic}",
                 f"{topic[0].upper()}{topic[1:]}: evidence from {country}", f"Why {topic} matters to exhibitors",
                 f"From lockdown to Barbenheimer: {topic}"]  # fmt: skip
        return self.rng.choice(forms)

    def _url(self, domain: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        return f"https://www.{domain}/{fake.slug()}" if domain else fake.url() + fake.uri_path()

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "classic", "government", "company-web", "annual-report", "trade-body",
             "news", "market-research", "undated-web", "web-person"],
            weights=[10, 6, 22, 8, 10, 9, 5, 6, 10, 8, 3, 3],
        )[0]  # fmt: skip
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        if "accessed" in work.record and "issued" in work.record:  # a page is read after it is published
            issued = work.record["issued"]["date-parts"][0]
            accessed = work.record["accessed"]["date-parts"][0]
            if accessed[: len(issued)] < issued:
                later = [
                    issued[0] + self.rng.randint(0, max(0, 2025 - issued[0])),
                    self.rng.randint(1, 12),
                    self.rng.randint(1, 28),
                ]
                work.record["accessed"] = {
                    "date-parts": [later if later[: len(issued)] >= issued else issued + later[len(issued) :]]
                }
        return work

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.2:
            record["edition"] = str(self.rng.randint(2, 5))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS[:10])
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The Routledge companion to film marketing", "The cinema audience reader",
                                                "Going to the movies: Hollywood and the social experience of cinema",
                                                "The Palgrave handbook of screen distribution", "Arts marketing: a critical reader",
                                                "Global cinema exhibition", "Film festivals: history, theory, method, practice"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????')}.{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _classic(self) -> Work:
        people, title, publisher, place, years = self.rng.choice(_CLASSICS)
        authors = [{"family": f, "given": g} for f, g, _ in people]
        record: dict[str, Any] = {"type": "book", "title": title, "author": authors,
                                  "issued": {"date-parts": [[self.rng.choice(years)]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.6:
            record["edition"] = str(self.rng.randint(2, 17))
        return self._person_work(record, "book")

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "issued": {"date-parts": [[self.year()]]}, "URL": self._url(), "accessed": self.accessed()}  # fmt: skip
        return self._person_work(record, "web")

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        kind = self.rng.choice(["report", "webpage"])
        title = self.rng.choice([f"Statistical yearbook {self.rng.randint(2019, 2025)}", "Audiences and cinema-going",
                                 f"Box office and admissions {self.rng.randint(2019, 2025)}", "Media nations: UK",
                                 "Film and screen industries: economic contribution", "Cultural participation survey",
                                 self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": kind, "title": title, "URL": self._url(), "accessed": self.accessed()}
        if self.rng.random() < 0.92:
            record["issued"] = {"date-parts": [[self.year()]]}
        if kind == "report":
            record["publisher"] = name.split(" (")[0]
        return self._org_work(record, "report" if kind == "report" else "web", name, tags)

    def _company_web(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        title = self.rng.choice(["About us", "Membership and loyalty", "Our cinemas", "Investor relations",
                                 "Unlimited card: terms", "Sustainability", "Advertise with us", "Press centre",
                                 "Premium formats", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": title, "URL": self._url(), "accessed": self.accessed()}
        if self.rng.random() < 0.7:
            record["issued"] = {"date-parts": [[self.year()]]}
            return self._org_work(record, "web", name, tags)
        return self._org_work(record, "web", name, tags | {"undated"})

    def _annual_report(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES[:24])
        year = self.year()
        title = self.rng.choice([f"Annual report and accounts {year}", f"Annual report {year}", f"Integrated annual report {year - 1}-{str(year)[2:]}",
                                 f"Universal registration document {year}", "Sustainability report"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name}  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self._url()
            record["accessed"] = self.accessed()
        return self._org_work(record, "report", name, tags | {"annual-report"})

    def _trade_body(self) -> Work:
        name, tags = self.rng.choice(_TRADE)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "URL": self._url(),
                                  "accessed": self.accessed(),
                                  "title": self.rng.choice(["Cinema admissions and box office", "Yearbook", "Annual review",
                                                            "The value of cinema", "Cinema-going: the facts", self._title()])}  # fmt: skip
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[self.year()]]}
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _news(self) -> Work:
        year = self.year()
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": paper,
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url(), "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.75:
            record["author"] = self._people(3)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.88 else None
        market = self.rng.choice(["cinema", "cinema-going", "film streaming", "SVOD", "cinema advertising", "event cinema",
                                  "film festivals", "premium cinema"])  # fmt: skip
        country = self.rng.choice(["UK", "Ireland", "France", "South Korea", "India", "Mexico"])
        titles = [f"{market[0].upper()}{market[1:]} - {country} - {self.rng.choice(['March', 'July', 'November'])} {year or 2024}",
                  f"Number of {market} visits in {country} from 2019 to 2024", f"{country} {market} market report",
                  f"{market[0].upper()}{market[1:]} audiences tracker, Q{self.rng.randint(1, 4)} {year or 2023}",
                  f"Global box office outlook {year or 2024}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": self._url(f"{name.split()[0].lower()}.com"), "accessed": self.accessed()}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, "report", name, {"market-research"} | (set() if year else {"undated"}))

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self._title(),
            "URL": self._url(),
            "accessed": self.accessed(),
        }
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.rng.choice(_COMPANIES + _TRADE)
        return self._org_work(record, "web", name, tags | {"undated"})
