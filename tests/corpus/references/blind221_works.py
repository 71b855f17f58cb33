"""The blind221 pool's works: what marketers in publishing, news, magazines, podcasting and bookselling cite.

Written without reading the checker, its tests or any other pool. Candidates at publishers, newspapers, magazine
houses, podcast networks, bookshops, audiobook and streaming services and literary agencies in the UK, Ireland,
the United States and Australia cite publishing and media-management textbooks (Routledge, Bloomsbury Academic,
Sage, Oxford University Press), chapters, journal articles (Publishing Research Quarterly, Digital Journalism,
Journalism Practice, Journal of Media Business Studies, Journal of Marketing Management) with up to eight authors
and DOIs, theses, London and Frankfurt Book Fair papers, regulators and public bodies, trade bodies and charities,
publishers' and media groups' pages, annual reports and investor decks, market research, the trade and national
press signed and unsigned, social posts, videos, podcast episodes and undated pages.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
import re
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "thesis", "conference", "government", "trade-body", "company",
         "market-research", "news", "press", "social", "video", "podcast", "undated-web")  # fmt: skip

# Names as the region's scholars and journals print them: British, Irish (with the fada), American and Australian.
_GIVEN = ["Sarah", "James", "Claire", "Tom", "Rebecca", "Daniel", "Hannah", "Oliver", "Emma", "Michael", "Laura",
          "David", "Sophie", "Ben", "Katherine", "Jack", "Rachel", "Matthew", "Lucy", "Andrew", "Grace", "Liam",
          "Chloe", "Nathan", "Isla", "Ryan", "Megan", "Samuel", "Jessica", "Patrick", "Zoe", "Connor", "Harriet"]  # fmt: skip
_FAMILY = ["Thompson", "Squires", "Phillips", "Murray", "Bhaskar", "Hall", "Thomas", "Clark", "Baverstock",
           "Bradley", "Hughes", "Wright", "Kovač", "Nash", "Driscoll", "Edwards", "Bold", "Rowberry", "Fry",
           "Steiner", "Ramdarshan Bold", "Noorda", "Walsh", "Patel", "Khan", "Ahmed", "Campbell", "Fletcher",
           "Mitchell", "Robinson", "Kaufman", "Goldberg", "Rodriguez", "Johnson", "Williams", "Nguyen", "Tran",
           "Kelly", "Byrne", "Ryan", "Doyle", "Chen", "Cooper", "Wilkinson", "Harrison", "Lloyd", "Evans"]  # fmt: skip
_IRISH = [("Ó Súilleabháin", "Aoife"), ("Ní Chonaill", "Siobhán"), ("Ó Briain", "Cathal"), ("Mac Con Iomaire", "Máirtín"),
          ("Ní Bhriain", "Orla"), ("Ó Ceallaigh", "Seán"), ("Nic Aodha", "Gráinne"), ("O'Sullivan", "Niamh"),
          ("O'Brien", "Ciarán"), ("MacNamara", "Róisín"), ("Ó Donnchadha", "Pádraig"), ("McGuinness", "Eoin")]  # fmt: skip
_AUSTRALIAN = [("Carter", "Mitchell"), ("Nguyen", "Linh"), ("Papadopoulos", "Eleni"), ("Wilson", "Bronwyn"),
               ("Kennedy", "Jarrah"), ("Zhou", "Mei"), ("Rossi", "Francesca"), ("Stewart", "Lachlan")]  # fmt: skip
_AMERICAN = [("Greenfield", "Marcus"), ("Washington", "Keisha"), ("Hernández", "Lucía"), ("Kowalski", "Dana"),
             ("Oyelaran", "Tunde"), ("Park", "Ji-hoon"), ("Levine", "Rachel"), ("Murphy", "Caitlin")]  # fmt: skip
_PARTICLE = [("de", "Souza", "Ana"), ("van der", "Weel", "Adriaan"), ("de", "Wit", "Marieke"),
             ("van", "Dijck", "José"), ("von", "Hoffmann", "Lena")]  # fmt: skip

_REGULATORS = ["Ofcom", "Independent Press Standards Organisation (IPSO)", "Independent Press Standards Organisation",
               "Competition and Markets Authority", "Competition and Markets Authority (CMA)",
               "Advertising Standards Authority", "ASA", "Department for Culture, Media and Sport",
               "Department for Culture, Media & Sport", "British Library", "The British Library", "Arts Council England",
               "Office for National Statistics"]  # fmt: skip
_TRADE = ["The Publishers Association", "Publishers Association", "Booksellers Association of the UK & Ireland",
          "Booksellers Association", "Reuters Institute for the Study of Journalism", "National Literacy Trust",
          "The Society of Authors", "Society of Authors", "Audio Publishers Association", "Publishing Ireland",
          "News Media Association", "Professional Publishers Association (PPA)", "Copyright Licensing Agency",
          "Books+Publishing", "Australian Publishers Association", "Pew Research Center"]  # fmt: skip
_COMPANIES = ["Penguin Random House UK", "Penguin Random House", "HarperCollins Publishers", "HarperCollins UK",
              "Bloomsbury Publishing Plc", "Faber & Faber Ltd", "Faber & Faber", "Hachette UK", "Pan Macmillan",
              "Waterstones", "Audible, Inc.", "Audible", "Spotify Technology S.A.", "Spotify", "Reach plc",
              "Guardian Media Group plc", "Guardian News & Media", "Condé Nast", "Future plc",
              "The New York Times Company", "News UK", "DMG Media", "Bonnier Books UK", "Blackwell's", "Foyles",
              "Simon & Schuster UK", "Gill Books", "Kobo", "Storytel AB"]  # fmt: skip
_RESEARCH = ["Nielsen BookScan", "Circana BookScan", "YouGov", "Edison Research", "Mintel", "Kantar", "Statista",
             "Ipsos", "GWI", "Enders Analysis", "Ampere Analysis"]  # fmt: skip
_PRESS = ["The Bookseller", "Press Gazette", "The Guardian", "The New York Times", "BBC News", "The Irish Times",
          "Publishers Weekly", "Financial Times", "The Conversation", "Campaign", "Marketing Week",
          "The Sydney Morning Herald", "Nieman Lab", "Books+Publishing"]  # fmt: skip
_UNSIGNED = ["The Bookseller", "Press Gazette", "BBC News", "The Guardian", "Publishers Weekly", "Campaign",
             "The Irish Times", "RTÉ News", "ABC News"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Routledge", "London"), ("Bloomsbury Academic", "London"),
               ("Sage", "London"), ("SAGE Publications", "Thousand Oaks, CA"), ("Oxford University Press", "Oxford"),
               ("Oxford University Press", "New York"), ("Palgrave Macmillan", "Cham"), ("Polity", "Cambridge"),
               ("Kogan Page", "London"), ("Chandos", "Oxford"), ("Manchester University Press", "Manchester")]  # fmt: skip
_JOURNALS = ["Publishing Research Quarterly", "Digital Journalism", "Journalism Practice",
             "Journal of Media Business Studies", "Journal of Marketing Management", "Logos",
             "Journalism Studies", "Media, Culture & Society", "Convergence", "New Media & Society",
             "International Journal of Cultural Studies", "Journal of Radio & Audio Media", "Learned Publishing",
             "European Journal of Marketing", "Journalism: Theory, Practice & Criticism"]  # fmt: skip
_UNIVERSITIES = [("Oxford Brookes University", "Oxford"), ("University of Stirling", "Stirling"),
                 ("University College London", "London"), ("UCL", "London"), ("City, University of London", "London"),
                 ("Kingston University", "Kingston upon Thames"), ("Trinity College Dublin", "Dublin"),
                 ("University of Melbourne", "Melbourne")]  # fmt: skip
_FAIRS = [("London Book Fair", "London"), ("The London Book Fair Quantum Conference", "London"),
          ("Frankfurt Book Fair", "Frankfurt"), ("Frankfurter Buchmesse: THE MARKETS", "Frankfurt"),
          ("Frankfurt Book Fair CONTEC", "Frankfurt")]  # fmt: skip
_TOPICS = ["BookTok", "audiobook subscriptions", "reader loyalty", "digital subscriptions", "paywalls",
           "podcast advertising", "debut fiction", "independent bookshops", "metadata", "pre-orders",
           "newsletter strategy", "author brands", "front-list campaigns", "backlist sales", "news avoidance",
           "local news", "celebrity memoirs", "romantasy", "literary prizes", "magazine brands", "print on demand",
           "ebook pricing", "translated fiction", "children's reading", "podcast discovery", "reader reviews",
           "bundled subscriptions", "branded content", "influencer marketing", "audience data"]  # fmt: skip
_MARKETS = ["UK consumer books", "audiobooks", "news subscriptions", "podcasts", "magazines", "children's books",
            "ebooks", "bookshops", "streaming audio", "Irish books"]  # fmt: skip


class Blind221WorkFactory(WorkFactory):
    """Publishing, news and podcasting sources as UK, Irish, American and Australian candidates list them."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 221221)
        self.paired: list[tuple[str, set[str], dict[str, Any], str]] = []

    # ------------------------------------------------------------------ people, dates and titles
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.5:
            return {"family": self.rng.choice(_FAMILY), "given": self.rng.choice(_GIVEN)}
        if roll < 0.66:
            family, given = self.rng.choice(_IRISH)
        elif roll < 0.76:
            family, given = self.rng.choice(_AUSTRALIAN)
        elif roll < 0.86:
            family, given = self.rng.choice(_AMERICAN)
        elif roll < 0.92:
            particle, family, given = self.rng.choice(_PARTICLE)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        else:  # a hyphenated British name, as many married academics now keep both
            family, given = f"{self.rng.choice(_FAMILY[:20])}-{self.rng.choice(_FAMILY[20:])}", self.rng.choice(_GIVEN)
        return {"family": family, "given": given}

    def year(self) -> int:
        if self.rng.random() < 0.05:  # the classics: Bourdieu's field of cultural production, Genette's paratexts
            return self.rng.randint(1987, 2004)
        return self.rng.randint(2010, 2025)

    def _dated(self, full: bool) -> dict[str, list[list[int]]]:
        year = self.year()
        if full:
            return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        return {"date-parts": [[year]]}

    def _accessed_after(self, issued: dict[str, list[list[int]]] | None) -> dict[str, list[list[int]]]:
        parts = issued["date-parts"][0] if issued else [2022]
        year = max(parts[0], self.rng.randint(2023, 2025))
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if year == parts[0] and len(parts) > 1:
            month, day = 12, self.rng.randint(max(parts[2], 1) if parts[1] == 12 else 1, 28)
        return {"date-parts": [[year, month, day]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        market = self.rng.choice(_MARKETS)
        forms = [f"{topic[0].upper()}{topic[1:]} and the marketing of {market}", f"Selling {market}: {topic} in practice",
                 f"{topic[0].upper()}{topic[1:]}, {other} and the reader", f"The case for {topic} in {market}",
                 f"From {topic} to {other}: lessons for {market}", f"Rethinking {topic} in {market}",
                 f"{market[0].upper()}{market[1:]} after the pandemic: the role of {topic}",
                 f"How publishers use {topic}", f"The value of {topic} for {market}"]  # fmt: skip
        return self.rng.choice(forms)

    def _url(self, host: str) -> str:
        return f"https://www.{host}/{self.fakers['en_GB'].slug()}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            list(KINDS), weights=[12, 5, 20, 3, 3, 8, 8, 9, 7, 8, 4, 3, 3, 3, 4]
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org(self, record: dict[str, Any], kind: str, names: list[str], tags: set[str]) -> Work:
        name = self.rng.choice(names)
        # Now and then one organisation's second work of a year ("Ofcom, 2024a" and "2024b").
        if self.paired and "issued" in record and self.rng.random() < 0.15:
            name, tags, issued, _ = self.rng.choice(self.paired)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"])
        if "issued" in record:
            self.paired.append((name, tags, record["issued"], kind))
        if "&" in name:
            tags = tags | {"ampersand"}
        if "'" in name:
            tags = tags | {"apostrophe"}
        if "(" in name:
            tags = tags | {"abbreviation"}
        if record.get("publisher") == "":
            record["publisher"] = name.split(" (")[0]
        if "URL" in record and kind not in ("social", "video"):
            host = re.sub(r"[^a-z]", "", name.split(" (")[0].casefold().removeprefix("the "))
            record["URL"] = (
                f"https://www.{host}.{self.rng.choice(['co.uk', 'com', 'org.uk', 'org'])}/{self.fakers['en_GB'].slug()}"
            )
        return self._org_work(record, kind, name, tags)

    def _people(self, most: int) -> list[dict[str, str]]:
        people = super()._people(most)
        unique = {p["family"]: p for p in people}  # no author twice on one work
        return list(unique.values())

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": self._dated(False), "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The Oxford handbook of publishing", "The Routledge companion to media industries",
                                                "The Sage handbook of digital journalism studies", "Book publishing in the digital age",
                                                "The Bloomsbury handbook of magazine studies", "Podcasting: new aural cultures"]),
            "issued": self._dated(False), "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": self._dated(False),
            "volume": str(self.rng.randint(3, 42)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{start}-{start + self.rng.randint(10, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.65:
            record["DOI"] = (
                f"10.{self.rng.choice(['1007', '1080', '1177', '1386'])}/{self.rng.choice(['s12109', 'rdij', 'rjop', 'jmbs', 'rjmm'])}.{self.rng.randint(2015, 2025)}.{self.rng.randint(100000, 999999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": [self.person()], "issued": self._dated(False),
            "genre": self.rng.choice(["PhD thesis", "MA dissertation", "MBA dissertation", "MPhil thesis"]),
            "publisher": university, "publisher-place": place,
        }  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        fair, place = self.rng.choice(_FAIRS)
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(3),
                                  "issued": self._dated(True), "container-title": f"{fair} {self.rng.choice(['seminar programme', 'conference', 'Insight Seminar'])}",
                                  "event": fair, "event-place": place}  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = self._url(self.rng.choice(["londonbookfair.co.uk", "buchmesse.de"]))
            record["accessed"] = self._accessed_after(record["issued"])
        return self._person_work(record, "conference")

    def _government(self) -> Work:
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]), "title": self._title(), "issued": self._dated(False),
            "URL": self._url(self.rng.choice(["gov.uk/government/publications", "ofcom.org.uk/research", "ipso.co.uk",
                                              "asa.org.uk/rulings", "bl.uk", "artscouncil.org.uk"])),
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        if record["type"] == "report":
            record["publisher"] = ""
        return self._org(record, "government", _REGULATORS, {"government"})

    def _trade_body(self) -> Work:
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "URL": self._url(self.rng.choice(["publishers.org.uk", "booksellers.org.uk", "reutersinstitute.politics.ox.ac.uk",
                                                                    "literacytrust.org.uk", "societyofauthors.org", "audiopub.org"]))}  # fmt: skip
        if self.rng.random() < 0.88:
            record["issued"] = self._dated(False)
        record["accessed"] = self._accessed_after(record.get("issued"))
        if record["type"] == "report":
            record["publisher"] = ""
            if self.rng.random() < 0.4 and "issued" in record:
                record["title"] = (
                    f"{self.rng.choice(['Digital News Report', 'Publishing in the UK: yearbook', 'Annual literacy survey', 'Authors earnings survey', 'Audiobook sales survey'])} {record['issued']['date-parts'][0][0]}"
                )
        return self._org(record, "trade-body", _TRADE, {"trade-body"})

    def _company(self) -> Work:
        form = self.rng.choice(["annual", "page", "deck", "press-release"])
        record: dict[str, Any] = {"type": "report" if form in ("annual", "deck") else "webpage",
                                  "URL": self._url(self.rng.choice(["penguin.co.uk", "harpercollins.co.uk", "bloomsbury-ir.co.uk",
                                                                    "faber.co.uk", "hachette.co.uk", "panmacmillan.com",
                                                                    "waterstones.com", "about.audible.com", "investors.spotify.com",
                                                                    "reachplc.com", "gmgplc.co.uk", "futureplc.com", "nytco.com"]))}  # fmt: skip
        if form != "page" or self.rng.random() < 0.6:
            record["issued"] = self._dated(form == "press-release")
        year = record.get("issued", {"date-parts": [[2024]]})["date-parts"][0][0]
        record["title"] = {
            "annual": f"Annual report and accounts {year}"
            if self.rng.random() < 0.5
            else f"Annual report {year - 1}/{str(year)[2:]}",
            "deck": f"{self.rng.choice(['Full year', 'Interim', 'Capital markets day'])} results presentation {year}",
            "page": self.rng.choice(
                [
                    "About us",
                    "Our story",
                    "Our brands",
                    "Sustainability",
                    "Inclusion at work",
                    "Our imprints",
                    "Investor relations",
                ]
            ),
            "press-release": self._title(),
        }[form]
        record["accessed"] = self._accessed_after(record.get("issued"))
        if record["type"] == "report":
            record["publisher"] = ""
        return self._org(record, "company", _COMPANIES, {"company"})

    def _market_research(self) -> Work:
        record: dict[str, Any] = {"type": "report", "issued": self._dated(False), "publisher": ""}
        year = record["issued"]["date-parts"][0][0]
        market = self.rng.choice(_MARKETS)
        record["title"] = self.rng.choice([f"{market[0].upper()}{market[1:]} - UK - {self.rng.choice(['March', 'July', 'November'])} {year}",
                                           f"{market[0].upper()}{market[1:]}: consumer survey {year}",
                                           f"Book sales by genre, UK, {year - 1}", f"Podcast listening in the UK {year}",
                                           f"Audio listening trends report {year}"])  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url(
                self.rng.choice(["mintel.com", "yougov.co.uk", "edisonresearch.com", "circana.com", "statista.com"])
            )
            record["accessed"] = self._accessed_after(record["issued"])
        return self._org(record, "market-research", _RESEARCH, {"market-research"})

    def _news(self) -> Work:
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "author": self._people(2),
                                  "container-title": self.rng.choice(_PRESS), "issued": self._dated(True),
                                  "URL": ""}  # fmt: skip
        host = re.sub(r"[^a-z]", "", record["container-title"].casefold().removeprefix("the "))
        record["URL"] = f"https://www.{host}.com/{self.fakers['en_GB'].slug()}"
        record["accessed"] = self._accessed_after(record["issued"])
        return self._person_work(record, "news")

    def _press(self) -> Work:
        name = self.rng.choice(_UNSIGNED)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": name,
                                  "issued": self._dated(True), "URL": self._url("press.example.com")}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        work = self._org(record, "press", [name], {"press"})
        work.record["container-title"] = work.lead
        return work

    def _social(self) -> Work:
        record: dict[str, Any] = {"type": "post", "title": self.rng.choice(["Our Super Thursday picks are in", "Cover reveal day!",
                                                                             "Proof copies are going out this week", "Pre-order now for signed copies",
                                                                             "New episode out now", "Our Books of the Year", "Thank you, BookTok"]),
                                  "container-title": self.rng.choice(["Instagram", "TikTok", "X", "LinkedIn", "Threads"]),
                                  "issued": self._dated(True), "URL": self._url("social.example.com")}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        return self._org(record, "social", [*_COMPANIES, "The Bookseller", "National Literacy Trust"], {"social"})

    def _video(self) -> Work:
        record: dict[str, Any] = {"type": "motion_picture", "title": self._title(), "medium": "Video",
                                  "issued": self._dated(True), "URL": f"https://www.youtube.com/watch?v={self.fakers['en_GB'].lexify('???????????')}"}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        if self.rng.random() < 0.4:
            record["author"] = self._people(2)
            return self._person_work(record, "video")
        return self._org(record, "video", _COMPANIES + _TRADE[:6], {"video"})

    def _podcast(self) -> Work:
        record: dict[str, Any] = {"type": "broadcast", "title": self._title(),
                                  "container-title": self.rng.choice(["The Bookseller Podcast", "Media Confidential", "The Media Show",
                                                                      "Publishing Talks", "The Publishing Rodeo", "Page Turners"]),
                                  "number": str(self.rng.randint(3, 320)), "issued": self._dated(True),
                                  "URL": self._url(self.rng.choice(["podcasts.apple.com", "open.spotify.com", "bbc.co.uk/sounds"]))}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"])
        record["author"] = self._people(3)
        return self._person_work(record, "podcast")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url("example.co.uk")}
        record["accessed"] = self._accessed_after(None)
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            return self._person_work(record, "undated-web")
        return self._org(record, "undated-web", _COMPANIES + _TRADE, {"undated"})
