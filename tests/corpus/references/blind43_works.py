"""Works for the forty-third held-out pool, "blind43": what arts, culture, publishing and media marketers cite.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a forty-third hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how audience-development,
marketing and press staff at theatres, museums, galleries, orchestras, festivals, publishers, record labels, film
distributors, broadcasters and streamers in the UK, Ireland and the US reference their CIM and arts-management
assignments: arts-marketing textbooks and chapters in companions, journal articles (International Journal of Arts
Management, Poetics, Cultural Trends...) with one to eight authors, funders' and sector bodies' reports (Arts Council
England, The Audience Agency, Nesta, the BPI, the Publishers Association), annual reports (BBC, Netflix, Penguin
Random House), government reports and Acts, trade press (The Stage, The Bookseller, Music Week, Variety), podcasts,
YouTube videos, LinkedIn posts and MA dissertations; web pages with and without dates and access dates; British,
Irish, American (middle initials, Jr., III), Caribbean, Jewish, Italian and Greek names.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# (given, family) pools by the cultures the writers meet; a family may carry a particle, kept apart as CSL does.
_BRITISH = [("Hannah", "Whitcombe"), ("Oliver", "Pemberton"), ("Rosie", "Atherton"), ("James", "Fairclough"),
            ("Charlotte", "Ashworth"), ("Tom", "Hebblethwaite"), ("Imogen", "Lytton-Cobbold"), ("Ruth", "Greenhalgh"),
            ("Matthew", "Dunstable"), ("Alice", "Carrington"), ("Gareth", "Pritchard"), ("Eilidh", "MacRae"),
            ("Fraser", "McIlroy"), ("Bethan", "Llewellyn"), ("Dylan", "ap Rhys"), ("Harriet", "Somerville-Large"),
            ("Nicholas", "Trelawney"), ("Megan", "Hargreaves"), ("Kirsty", "Drummond"), ("Sam", "Oakley")]  # fmt: skip
_IRISH = [("Siobhán", "Ó Súilleabháin"), ("Aoife", "Ní Dhomhnaill"), ("Seán", "Mac Giolla Phádraig"),
          ("Niamh", "O'Sullivan"), ("Ciarán", "Ó Ceallaigh"), ("Órla", "Nic Amhlaoibh"), ("Declan", "MacNamara"),
          ("Gráinne", "Ní Bhriain"), ("Cathal", "O'Donoghue"), ("Róisín", "Fitzgerald"), ("Eoin", "Ó Murchú"),
          ("Sinéad", "Kavanagh"), ("Pádraig", "de Búrca"), ("Clodagh", "Breathnach"), ("Fionnuala", "McGettigan")]  # fmt: skip
_AMERICAN = [("Tamara J.", "Whitfield"), ("Marcus T.", "Ellison"), ("Kimberly A.", "Delgado"), ("Robert E.", "Lanier"),
             ("Dana M.", "Okafor"), ("Carl W.", "Huxtable"), ("Jennifer L.", "Cavanaugh"), ("Darnell K.", "Booker"),
             ("Ashley R.", "Thornburg"), ("Bradley S.", "Kowalski"), ("Monique D.", "Fairweather"),
             ("Wesley P.", "Gatling"), ("Lauren E.", "Van Ness"), ("Trevor J.", "McAllister")]  # fmt: skip
_CARIBBEAN = [("Marcia", "Thompson-Reid"), ("Delroy", "Baptiste"), ("Shereen", "St. Hilaire"), ("Winston", "Francis-Joseph"),
              ("Keisha", "Mohammed"), ("Leroy", "Charles"), ("Yvette", "Ramkissoon"), ("Desmond", "Grant-Lewis"),
              ("Natalia", "Persad"), ("Errol", "McFarlane"), ("Camille", "Boisselle"), ("Andre", "Gooding")]  # fmt: skip
_JEWISH = [("Rachel", "Goldberg"), ("Daniel", "Rosenthal"), ("Miriam", "Ben-David"), ("Jonathan", "Shapiro"),
           ("Naomi", "Feldman"), ("Eli", "Abramovitz"), ("Tova", "Katz"), ("Aaron", "Lichtenstein"),
           ("Leah", "Birnbaum"), ("Noam", "Weinberger"), ("Judith", "Levy-Sassoon"), ("Gideon", "Zuckerman")]  # fmt: skip
_ITALIAN = [("Giulia", "Esposito"), ("Marco", "De Santis"), ("Chiara", "D'Alessandro"), ("Luca", "Ferraro"),
            ("Francesca", "Lo Bianco"), ("Alessandro", "Di Matteo"), ("Valentina", "Bianchi"), ("Paolo", "Russo"),
            ("Federica", "Mancuso"), ("Stefano", "Cavallaro"), ("Elena", "Giordano"), ("Matteo", "Longhi")]  # fmt: skip
_GREEK = [("Eleni", "Papadopoulou"), ("Nikos", "Christodoulou"), ("Katerina", "Oikonomou"), ("Yannis", "Karagiannis"),
          ("Sofia", "Konstantinidou"), ("Dimitris", "Vlachos"), ("Ioanna", "Georgiou"), ("Andreas", "Nikolaidis"),
          ("Despina", "Mavromichali"), ("Kostas", "Tsakalidis"), ("Maria", "Theodorou"), ("Christos", "Antoniadis")]  # fmt: skip
_CULTURES = [_BRITISH, _BRITISH, _IRISH, _AMERICAN, _AMERICAN, _CARIBBEAN, _JEWISH, _ITALIAN, _GREEK]
_PARTICLE_NAMES = [("della", "Valle", "Lucia"), ("di", "Stefano", "Roberto"), ("de", "Courcy", "Aisling"),
                   ("van", "Heerden", "Pieter"), ("de la", "Haye", "Imogen"), ("dos", "Santos", "Rafaela")]  # fmt: skip
_SUFFIXES = ["Jr.", "Jr.", "II", "III"]

# Real organisations, as candidates write them as authors, with what makes each hard.
_ORGANISATIONS = [
    ("Arts Council England", {"funder"}), ("Arts Council England", {"funder"}), ("Creative Scotland", {"funder"}),
    ("Arts Council of Wales", {"funder"}), ("Arts Council of Northern Ireland", {"funder"}),
    ("The Arts Council", {"funder"}), ("The Audience Agency", {"sector"}), ("The Audience Agency", {"sector"}),
    ("Nesta", {"sector"}), ("British Phonographic Industry (BPI)", {"sector", "abbreviation"}), ("BPI", {"sector", "acronym"}),
    ("The Publishers Association", {"sector"}), ("Publishers Association", {"sector"}), ("Nielsen BookScan", {"company"}),
    ("Luminate", {"company"}), ("Ofcom", {"government"}), ("BBC", {"broadcaster", "acronym"}),
    ("British Broadcasting Corporation", {"broadcaster"}), ("Netflix, Inc.", {"company", "comma"}),
    ("Penguin Random House", {"company"}), ("Penguin Random House UK", {"company"}),
    ("Bloomsbury Publishing Plc", {"company"}), ("HarperCollins Publishers Ltd", {"company"}),
    ("Faber & Faber", {"company", "ampersand"}), ("Society of London Theatre (SOLT)", {"sector", "abbreviation"}),
    ("Society of London Theatre & UK Theatre", {"sector", "ampersand"}), ("UK Theatre", {"sector"}),
    ("Film Distributors' Association", {"sector", "apostrophe"}), ("Sadler's Wells", {"venue", "apostrophe"}),
    ("Shakespeare's Globe", {"venue", "apostrophe"}), ("Women's Prize Trust", {"sector", "apostrophe"}),
    ("British Film Institute (BFI)", {"funder", "abbreviation"}), ("BFI", {"funder", "acronym"}),
    ("Screen Ireland", {"funder"}), ("Association of Leading Visitor Attractions (ALVA)", {"sector", "abbreviation"}),
    ("Museums Association", {"sector"}), ("Art Fund", {"sector"}), ("Tate", {"venue"}), ("National Theatre", {"venue"}),
    ("Royal Shakespeare Company", {"venue"}), ("Southbank Centre", {"venue"}), ("Music Venue Trust", {"sector"}),
    ("PRS for Music", {"sector"}), ("Association of Independent Music (AIM)", {"sector", "abbreviation"}),
    ("Official Charts Company", {"company"}), ("Spotify", {"company"}), ("Channel 4", {"broadcaster"}),
    ("ITV plc", {"broadcaster"}), ("Sky UK Ltd", {"broadcaster"}), ("Warner Music Group Corp.", {"company"}),
    ("Universal Music Group N.V.", {"company"}), ("Edinburgh Festival Fringe Society", {"festival"}),
    ("Americans for the Arts", {"sector"}), ("National Endowment for the Arts", {"government"}),
    ("Broadway League", {"sector"}), ("Motion Picture Association", {"sector"}), ("Ticketmaster", {"company"}),
    ("Culture Counts", {"company"}), ("Morris Hargreaves McIntyre", {"company"}), ("Indigo-Ltd", {"company"}),
    ("Mayor of London", {"government"}), ("Creative Industries Federation", {"sector"}),
]  # fmt: skip
_GOVERNMENT = ["Department for Culture, Media and Sport", "Department for Culture, Media & Sport", "DCMS",
               "HM Treasury", "House of Commons Culture, Media and Sport Committee", "Scottish Government",
               "Department of Tourism, Culture, Arts, Gaeltacht, Sport and Media", "Office for National Statistics",
               "National Endowment for the Arts", "U.S. Copyright Office", "Welsh Government", "Ofcom",
               "Department for Communities", "Intellectual Property Office"]  # fmt: skip
_ACTS = ["Licensing Act 2003", "Copyright, Designs and Patents Act 1988", "Public Libraries and Museums Act 1964",
         "Media Act 2024", "Theatres Act 1968", "Museums and Galleries Act 1992", "National Lottery etc. Act 1993",
         "Communications Act 2003", "Broadcasting Act 1990", "Online Safety Act 2023",
         "Digital Markets, Competition and Consumers Act 2024", "Online Safety and Media Regulation Act 2022",
         "Charities Act 2011", "Equality Act 2010"]  # fmt: skip
_PRESS = ["The Stage", "The Bookseller", "Music Week", "Variety", "The New York Times", "The Guardian", "The Irish Times",
          "The Hollywood Reporter", "Arts Professional", "Screen International", "Museums Journal", "Campaign",
          "Publishers Weekly", "Billboard", "Deadline", "The Observer", "Broadcast", "Financial Times"]  # fmt: skip
_JOURNALS = ["International Journal of Arts Management", "Journal of Arts Management, Law, and Society", "Poetics",
             "Arts Marketing: An International Journal", "International Journal of Cultural Policy", "Cultural Trends",
             "Journal of Marketing Management", "Museum Management and Curatorship", "Popular Music and Society",
             "Journal of Cultural Economics", "Media, Culture & Society", "Publishing Research Quarterly",
             "International Journal of Nonprofit and Voluntary Sector Marketing", "Journal of Consumer Research",
             "Consumption Markets & Culture", "Journal of Media Business Studies", "Arts and the Market"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Routledge", "London"), ("Palgrave Macmillan", "Cham"),
               ("Bloomsbury Academic", "London"), ("Sage", "London"), ("Oxford University Press", "Oxford"),
               ("Edward Elgar", "Cheltenham"), ("Intellect", "Bristol"), ("Manchester University Press", "Manchester"),
               ("Goodfellow Publishers", "Oxford"), ("Kogan Page", "London"), ("University of Chicago Press", "Chicago"),
               ("Columbia University Press", "New York"), ("Methuen Drama", "London"), ("Cork University Press", "Cork"),
               ("Wiley-Blackwell", "Chichester")]  # fmt: skip
_UNIVERSITIES = ["University of Leeds", "Goldsmiths, University of London", "King's College London",
                 "Trinity College Dublin", "University of Warwick", "Queen Margaret University",
                 "City, University of London", "Columbia University", "Birkbeck, University of London",
                 "Technological University Dublin"]  # fmt: skip
_PODCASTS = ["The Arts Marketing Podcast", "Bums on Seats", "The Bookseller Podcast", "Culture Shift",
             "The Museum Life", "Music Week Podcast", "Box Office Brief", "Stage Door Talks"]  # fmt: skip

_SUBJECTS = ["audience development", "arts marketing", "museum membership", "subscription seasons", "dynamic pricing",
             "theatre ticketing", "cultural participation", "book publicity", "fan engagement", "streaming royalties",
             "festival sponsorship", "relaxed performances", "digital programming", "loyalty in the arts",
             "word of mouth in cinema", "BookTok", "vinyl reissues", "gallery visiting", "classical music audiences",
             "place-based cultural strategy", "young audiences", "access and inclusion", "box-office forecasting",
             "co-production", "audience segmentation", "cultural value", "crowdfunding the arts",
             "arts philanthropy", "film release windows", "podcast advertising"]  # fmt: skip
_SETTINGS = ["UK theatre", "regional museums", "British orchestras", "Irish festivals", "independent publishing",
             "the recorded-music industry", "US performing arts", "public service broadcasting", "art galleries",
             "independent cinema", "the subsidised arts", "the West End", "Broadway", "UK music venues",
             "trade publishing", "heritage attractions"]  # fmt: skip
_NOUNS = ["audiences", "attenders", "members", "readers", "listeners", "visitors", "subscribers", "fans", "donors",
          "first-time bookers"]  # fmt: skip


def _host(name: str) -> str:
    """A plausible web address for an organisation: its name, shortened, with a UK or US domain."""
    words = [w for w in name.split(" (")[0].replace("&", "and").replace("'", "").replace(",", "").replace(".", "").split()
             if w.lower() not in ("the", "of", "for", "and", "plc", "ltd", "inc", "corp", "nv")]  # fmt: skip
    stem = "".join(words).lower() if len(words) < 3 else "".join(w[0] for w in words).lower()
    return f"{stem}.{'org' if len(words) > 2 else 'co.uk'}"


class Blind43WorkFactory(WorkFactory):
    """The forty-third pool's works: arts, culture, publishing and media sources, seeded so a seed is one corpus."""

    KINDS: ClassVar[list[str]] = ["book", "chapter", "journal", "report", "web", "news", "trade-press", "podcast", "video", "social",
                                  "legislation", "thesis"]  # fmt: skip
    _WEIGHTS: ClassVar[list[int]] = [13, 7, 24, 14, 11, 5, 7, 3, 3, 3, 1, 2]

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 43 + 4301)
        self.seen_orgs: list[tuple[str, set[str], int]] = []

    # ------------------------------------------------------------------ people, organisations, dates
    def person(self) -> dict[str, str]:
        rng = self.rng
        if rng.random() < 0.06:
            particle, family, given = rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        culture = rng.choice(_CULTURES)
        given, family = rng.choice(culture)
        if family.startswith("ap "):
            name = {"family": family[3:], "given": given, "non-dropping-particle": "ap"}
        elif family.startswith("de "):
            name = {"family": family[3:], "given": given, "non-dropping-particle": "de"}
        else:
            name = {"family": family, "given": given}
        if culture is _AMERICAN and rng.random() < 0.25:
            name["suffix"] = rng.choice(_SUFFIXES)
        elif culture is _BRITISH and rng.random() < 0.1:
            name["family"] = f"{family}-{rng.choice(['Moss', 'Bright', 'Hale', 'Kerr'])}"
        return name

    def people(self, most: int) -> list[dict[str, str]]:
        weights = [34, 24, 16, 9, 6, 4, 4, 3][:most]
        count = self.rng.choices(range(1, most + 1), weights=weights)[0]
        return [self.person() for _ in range(count)]

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    def year(self) -> int:
        roll = self.rng.random()
        if roll < 0.06:
            return self.rng.randint(1979, 1999)  # the classics of arts marketing
        return self.rng.randint(2005, 2025)

    def accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        rng = self.rng
        start = max(2022, issued[0] if issued else 2022)
        year = rng.randint(start, 2025)
        month = rng.randint(1, 12)
        day = rng.randint(1, 28)
        if issued and year == issued[0]:
            month = rng.randint(issued[1] if len(issued) > 1 else 1, 12)
            if len(issued) > 2 and month == issued[1]:
                day = rng.randint(issued[2], 28)
        return {"date-parts": [[year, month, day]]}

    def dated(self, full: bool = False) -> list[int]:
        year = self.year()
        if full:
            return [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        return [year]

    def url(self, host: str) -> str:
        slug = "-".join(self.rng.sample(["season", "audiences", "report", "insight", "2024", "data", "membership",
                                         "young", "access", "news", "press", "spring", "launch", "tickets"], 3))  # fmt: skip
        return f"https://www.{host}/{slug}"

    # ------------------------------------------------------------------ titles
    def title(self) -> str:
        rng = self.rng
        s, place, noun = rng.choice(_SUBJECTS), rng.choice(_SETTINGS), rng.choice(_NOUNS)
        forms = [
            f"{s[0].upper()}{s[1:]} in {place}",
            f"{s[0].upper()}{s[1:]}: evidence from {place}",
            f"Who comes back? {s[0].upper()}{s[1:]} and repeat {noun}",
            f"Beyond the usual suspects: {s} and new {noun}",
            f"Rethinking {s} after the pandemic",
            f"Why {noun} stay: {s} in {place}",
            f"{s[0].upper()}{s[1:]} and the digital {noun[:-1] if noun.endswith('s') else noun}",
            f"From {noun} to advocates: {s} in {place}",
            f"Measuring {s}",
            f"The economics of {s}",
        ]
        return rng.choice(forms)

    def book_title(self) -> str:
        rng = self.rng
        s = rng.choice(_SUBJECTS)
        forms = [f"Marketing the arts: {rng.choice(['a fresh approach', 'principles and practice', 'audiences first', 'a global perspective'])}",
                 f"{s[0].upper()}{s[1:]}: a practical guide", f"Arts marketing and {s}",
                 f"Strategic {s} for cultural organisations", f"Managing {rng.choice(_SETTINGS)}",
                 f"Audiences, {rng.choice(_NOUNS)} and {s}", f"{s[0].upper()}{s[1:]} in the creative industries",
                 f"The {rng.choice(['culture', 'attention', 'experience', 'fan'])} economy"]  # fmt: skip
        return rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(self.KINDS, weights=self._WEIGHTS)[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation in the same year as one before ("Arts Council England, 2024a" and "b").
        if "issued" in record and self.seen_orgs and self.rng.random() < 0.12:
            name, tags, year = self.rng.choice(self.seen_orgs)
            record["issued"] = {"date-parts": [[year]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after([year])
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.seen_orgs.append((name, tags, record["issued"]["date-parts"][0][0]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self.book_title(), "author": self.people(4),
                                  "issued": {"date-parts": [self.dated()]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 5))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS[:8])
        record: dict[str, Any] = {
            "type": "chapter", "title": self.title(), "author": self.people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The Routledge companion to arts marketing", "Arts and cultural management: critical perspectives",
                                                "The Oxford handbook of cultural policy", "Audience research methods in the arts",
                                                "The Palgrave handbook of music marketing", "A research agenda for publishing"]),
            "issued": {"date-parts": [self.dated()]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 420))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self.title(), "author": self.people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [self.dated()]},
            "volume": str(self.rng.randint(3, 58)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 700))}-{start + self.rng.randint(9, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.rng.choice(['ijam', 'jamls', 'ct', 'poetic', 'mmc'])}.{self.rng.randint(1000, 99999)}"
            )
        elif self.rng.random() < 0.2:
            record["URL"] = f"https://www.jstor.org/stable/{self.rng.randint(10000, 99999)}"
            record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "journal")

    def _report(self) -> Work:
        rng = self.rng
        if rng.random() < 0.25:  # a consultant's report for a funder, under its authors' names
            funder = rng.choice(["Arts Council England", "Creative Scotland", "Nesta", "The Arts Council"])
            record: dict[str, Any] = {"type": "report", "title": self.title(), "author": self.people(3),
                                      "issued": {"date-parts": [self.dated()]}, "publisher": funder,
                                      "publisher-place": rng.choice(["Manchester", "Edinburgh", "London", "Dublin"])}  # fmt: skip
            if rng.random() < 0.5:
                record["URL"] = self.url("artscouncil.org.uk")
                record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
            return self._person_work(record, "report")
        name, tags = self.organisation()
        issued = self.dated()
        title = rng.choice([
            f"Annual report and accounts {issued[0] - 1}/{str(issued[0])[2:]}", f"Annual report {issued[0]}",
            "Audience Spectrum pen portraits" if name == "The Audience Agency" else self.title(), f"{rng.choice(['Culture', 'Audience', 'Music', 'Book'])} insight {issued[0]}",
            f"Impact and insight report {issued[0] - 1}-{str(issued[0])[2:]}", self.title(), self.title(),
        ])  # fmt: skip
        record = {"type": "report", "title": title, "issued": {"date-parts": [issued]},
                  "publisher": name.split(" (")[0], "publisher-place": rng.choice(["London", "Manchester", "Dublin", "New York", "Edinburgh"])}  # fmt: skip
        if rng.random() < 0.6:
            record["URL"] = self.url(_host(name))
            record["accessed"] = self.accessed_after(issued)
        if rng.random() < 0.1:
            del record["issued"]
            record["title"] = self.title()
        return self._org_work(record, "report", name, tags | ({"undated"} if "issued" not in record else set()))

    def _web(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "webpage", "title": self.title(), "URL": self.url(rng.choice(
            ["theaudienceagency.org", "artscouncil.org.uk", "nationaltheatre.org.uk", "tate.org.uk", "bfi.org.uk",
             "publishers.org.uk", "bpi.co.uk", "creativescotland.com", "artscouncil.ie", "arts.gov"]))}  # fmt: skip
        if rng.random() < 0.75:
            record["issued"] = {"date-parts": [self.dated()]}
        if rng.random() < 0.9:
            record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        if rng.random() < 0.3:
            record["author"] = self.people(2)
            return self._person_work(record, "web")
        if rng.random() < 0.25:
            name = rng.choice(_GOVERNMENT)
            return self._org_work(record, "web", name, {"government"})
        name, tags = self.organisation()
        record["URL"] = self.url(_host(name))
        return self._org_work(record, "web", name, tags | ({"undated"} if "issued" not in record else set()))

    def _news(self) -> Work:
        outlet = self.rng.choice(
            ["The New York Times", "The Guardian", "The Irish Times", "Financial Times", "The Observer"]
        )
        return self._press(outlet, "news")

    def _trade_press(self) -> Work:
        outlet = self.rng.choice(["The Stage", "The Bookseller", "Music Week", "Variety", "The Hollywood Reporter",
                                  "Arts Professional", "Screen International", "Museums Journal", "Publishers Weekly",
                                  "Billboard", "Deadline", "Broadcast", "Campaign"])  # fmt: skip
        return self._press(outlet, "trade-press")

    def _press(self, outlet: str, kind: str) -> Work:
        issued = self.dated(full=True)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self.title(), "container-title": outlet,
                                  "issued": {"date-parts": [issued]}}  # fmt: skip
        if self.rng.random() < 0.8:
            record["URL"] = self.url(outlet.lower().replace("the ", "").replace(" ", "") + ".com")
            record["accessed"] = self.accessed_after(issued)
        if self.rng.random() < 0.85:
            record["author"] = self.people(2)
            return self._person_work(record, kind)
        return self._org_work(record, kind, outlet, {"press"})

    def _podcast(self) -> Work:
        issued = self.dated(full=True)
        record: dict[str, Any] = {"type": "broadcast", "title": self.title(), "author": self.people(2),
                                  "container-title": self.rng.choice(_PODCASTS), "medium": "Podcast",
                                  "issued": {"date-parts": [issued]}, "URL": self.url("podcasts.apple.com"),
                                  "accessed": self.accessed_after(issued)}  # fmt: skip
        return self._person_work(record, "podcast")

    def _video(self) -> Work:
        issued = self.dated(full=True)
        record: dict[str, Any] = {"type": "motion_picture", "title": self.title(), "medium": "YouTube video",
                                  "issued": {"date-parts": [issued]}, "URL": f"https://www.youtube.com/watch?v={self.fakers['en_GB'].lexify('???????????')}",
                                  "accessed": self.accessed_after(issued)}  # fmt: skip
        if self.rng.random() < 0.5:
            record["author"] = self.people(1)
            return self._person_work(record, "video")
        name, tags = self.organisation()
        return self._org_work(record, "video", name, tags)

    def _social(self) -> Work:
        issued = self.dated(full=True)
        platform = self.rng.choice(["LinkedIn", "LinkedIn", "Instagram", "X", "Substack"])
        host = {
            "LinkedIn": "linkedin.com/posts",
            "Instagram": "instagram.com/p",
            "X": "x.com/status",
            "Substack": "substack.com/p",
        }[platform]
        record: dict[str, Any] = {"type": "webpage", "title": self.title(), "author": self.people(1),
                                  "container-title": platform, "issued": {"date-parts": [issued]}, "URL": self.url(host),
                                  "accessed": self.accessed_after(issued)}  # fmt: skip
        return self._person_work(record, "social")

    def _legislation(self) -> Work:
        title = self.rng.choice(_ACTS)
        year = int(title[-4:])
        record: dict[str, Any] = {
            "type": "legislation",
            "title": title,
            "issued": {"date-parts": [[year]]},
            "id": self._id(),
        }
        return Work(record, title, str(year), True, 1, "legislation", {"legislation", "organisation"})

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self.title(), "author": self.people(1),
                                  "genre": self.rng.choice(["MA dissertation", "MSc dissertation", "PhD thesis", "MBA dissertation"]),
                                  "publisher": self.rng.choice(_UNIVERSITIES), "issued": {"date-parts": [self.dated()]}}  # fmt: skip
        return self._person_work(record, "thesis")
