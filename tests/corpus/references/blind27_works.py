"""Works for the twenty-seventh held-out pool, "blind27": what public relations students and practitioners cite.

HELD OUT: never tune the checker on this pool; report its tables, never its misses.

Written by a twenty-seventh hand, without reading the checker, its tests or the other pools' works, from what CIM and
CIPR learners in public relations and corporate communications read: PR textbooks in their editions, chapters in
edited handbooks, Public Relations Review and the Journal of Communication Management, CIPR, PRCA, PRWeek, Edelman,
Muck Rack, Cision and Meltwater, IPSO and Ofcom rulings, select committee reports and Hansard, company statements and
newsrooms, news agencies, broadsheets and broadcasters, trade press, podcasts, YouTube videos and X and LinkedIn posts.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work

FIRSTS = ["Siobhan", "Kwame", "Priya", "Gareth", "Aoife", "Hamza", "Zoë", "Lars", "Ngozi", "Callum", "Mariana", "Jun", "Ffion",
          "Tariq", "Élodie", "Rajesh", "Catriona", "Oksana", "Dele", "Isla", "Mateusz", "Yuki", "Bronwen", "Farida", "Seán"]  # fmt: skip
SURNAMES = ["Gregory", "L'Etang", "Theaker", "Tench", "Yeomans", "Grunig", "Coombs", "Heath", "Moloney", "Macnamara",
            "Adeyemi", "Chaudhry", "Whitmore", "Kowalski", "Nakashima", "Brennan", "Fawkes", "Edwards", "Bhattacharya",
            "Mensah", "Lindqvist", "Pereira", "Jørgensen", "Şahin", "Nowak", "Fernández", "Ó Ceallaigh", "Dubois",
            "Lloyd-Jones", "Ahmed", "Waddington", "Zerfass", "Falkheimer", "Sriramesh", "Valentini", "Verčič"]  # fmt: skip
PARTICLES = [("van", "Ruler"), ("de", "Bussy"), ("van der", "Meer"), ("von", "Platen"), ("da", "Silva"), ("de la", "Cruz"),
             ("van den", "Berg"), ("di", "Stefano"), ("le", "Roux"), ("dos", "Santos")]  # fmt: skip
HYPHENATED = [
    "Smith-Okafor",
    "Taylor-Wood",
    "Garcia-Lopez",
    "Ní Bhriain",
    "Abu-Zeid",
    "Harris-Begum",
    "Rees-Mogg",
    "Wong-Baxter",
]
CELTIC = ["McGregor", "O'Sullivan", "MacLeod", "O'Brien", "McAllister", "Mac an tSaoi", "O'Donoghue"]

BOOKS = [("Exploring public relations and management communication", [4, 5, 6]), ("The public relations handbook", [5, 6]),
         ("Planning and managing public relations campaigns", [4, 5, 6]), ("Public relations: a practical guide to the basics", [1, 2]),
         ("Ongoing crisis communication: planning, managing, and responding", [5, 6]), ("Corporate communication: a guide to theory and practice", [6, 7]),
         ("Effective public relations", [11, 12]), ("Strategic planning for public relations", [6, 7]),
         ("Public relations: critical debates and contemporary practice", [2, 3]), ("Managing reputation in the digital age", [1, 2, 3]),
         ("The new rules of marketing and PR", [7, 8]), ("Public relations writing and media techniques", [8, 9]),
         ("Share this: the social media handbook for PR professionals", [1]), ("Lobbying and public affairs in the UK", [2, 3]),
         ("Fashion public relations", [2, 3]), ("Internal communication: a manual for practitioners", [1, 2])]  # fmt: skip
TOPICS = ["crisis communication", "reputation management", "media relations", "public affairs", "internal communication",
          "stakeholder engagement", "corporate social responsibility", "influencer relations", "issues management",
          "sport governing bodies", "NGO campaigning", "fashion PR", "tech PR", "product recalls", "spokespeople",
          "press releases", "share of voice", "trust in news", "employee advocacy", "purpose-led communication"]  # fmt: skip
EDITED = ["The Routledge handbook of {s}", "The SAGE handbook of {s}", "Public relations and {s}: cases and concepts",
          "Handbook of {s}", "Contemporary perspectives on {s}"]  # fmt: skip
ARTICLES = ["Situational crisis communication and {t}: an experimental study", "{T} on social media: a content analysis",
            "Journalists' perceptions of {t} in the UK", "Dialogue, trust and {t}", "Measuring {t}: beyond advertising value equivalents",
            "The practitioner's view of {t}", "When apologies fail: {t} after a scandal", "Power, legitimacy and {t}",
            "{T} in the age of misinformation", "Who speaks for the organisation? {T} and the CEO"]  # fmt: skip
JOURNALS = ["Public Relations Review", "Journal of Communication Management", "Corporate Communications: An International Journal",
            "Journal of Public Relations Research", "Public Relations Inquiry", "International Journal of Strategic Communication",
            "Journal of Public Affairs", "Journal of Contingencies and Crisis Management", "Journalism Practice"]  # fmt: skip
PUBLISHERS = [("Routledge", "Abingdon"), ("Pearson", "Harlow"), ("SAGE", "London"), ("Kogan Page", "London"),
              ("Oxford University Press", "Oxford"), ("Wiley-Blackwell", "Chichester"), ("Bloomsbury", "London"), ("Palgrave Macmillan", "Basingstoke")]  # fmt: skip
# Organisations as authors: (name, url, titles)
BODIES = [("Chartered Institute of Public Relations", "https://www.cipr.co.uk/", ["State of the profession {Y}", "CIPR code of conduct", "Guide to crisis communications", "AI in PR: ethics guide"]),
          ("CIPR", "https://www.cipr.co.uk/", ["State of the profession {Y}", "Influencer marketing code of conduct"]),
          ("PRCA", "https://www.prca.org.uk/", ["PR and communications census {Y}", "Public affairs register guidance"]),
          ("Edelman", "https://www.edelman.com/", ["{Y} Edelman Trust Barometer", "Edelman Trust Barometer special report: brand trust"]),
          ("Muck Rack", "https://muckrack.com/", ["The state of journalism {Y}", "The state of PR {Y}"]),
          ("Cision", "https://www.cision.co.uk/", ["State of the media report {Y}", "Global state of the media"]),
          ("Meltwater", "https://www.meltwater.com/", ["State of social media {Y}", "Share of voice: how to measure it"]),
          ("AMEC", "https://amecorg.com/", ["Barcelona Principles 3.0", "Integrated evaluation framework"]),
          ("Reuters Institute for the Study of Journalism", "https://reutersinstitute.politics.ox.ac.uk/", ["Digital news report {Y}"]),
          ("Ofcom", "https://www.ofcom.org.uk/", ["News consumption in the UK: {Y}", "Broadcast bulletin issue {n}", "Media nations {Y}"]),
          ("IPSO", "https://www.ipso.co.uk/", ["Editors' code of practice", "Ruling: complaint {n} against a national newspaper", "Annual report {Y}"]),
          ("Food Standards Agency", "https://www.food.gov.uk/", ["Product recall information notice", "Food incident management: annual report {Y}"]),
          ("Civil Aviation Authority", "https://www.caa.co.uk/", ["Airline complaints handling report {Y}", "Passenger rights during disruption"]),
          ("The Football Association", "https://www.thefa.com/", ["Annual review {Y}", "Statement on the review of governance"]),
          ("Amnesty International UK", "https://www.amnesty.org.uk/", ["Campaigning toolkit", "Annual report {Y}"]),
          ("Greenpeace UK", "https://www.greenpeace.org.uk/", ["Our campaigns", "Annual review {Y}"]),
          ("Marks & Spencer Group plc", "https://corporate.marksandspencer.com/", ["Annual report and financial statements {Y}", "Media centre"]),
          ("easyJet plc", "https://corporate.easyjet.com/", ["Annual report and accounts {Y}", "Statement on flight disruption"]),
          ("British Airways Plc", "https://mediacentre.britishairways.com/", ["Press release: update on IT systems", "Media centre"]),
          ("Brands2Life Ltd", "https://www.brands2life.com/", ["Tech PR trends {Y}", "The B2B reputation report"]),
          ("Weber Shandwick", "https://www.webershandwick.co.uk/", ["The CEO reputation premium", "Employee activism in the age of purpose"]),
          ("Pret A Manger", "https://www.pret.co.uk/", ["Allergen information", "Our response to the inquest"]),
          ("L'Oréal UK and Ireland", "https://www.loreal.com/en-gb/", ["Newsroom", "Annual report {Y}"]),
          ("PA Media", "https://pa.media/", ["PA Media newswire services", "About PA Media"]),
          ("World Rugby", "https://www.world.rugby/", ["Annual report {Y}", "Media guidelines for tournaments"]),
          ("The Guardian", "https://www.theguardian.com/", ["Editorial code", "About the Guardian"]),
          ("WWF-UK", "https://www.wwf.org.uk/", ["Living planet report {Y}", "Press office"]),
          ("ASA", "https://www.asa.org.uk/", ["Ruling on a fashion brand's influencer post", "Influencers' guide to making clear that ads are ads"])]  # fmt: skip
GOV = [("Cabinet Office", ["Government communication service: modern communications operating model", "Civil service code"]),
       ("Government Communication Service", ["GCS evaluation framework 2.0", "Communicating in a crisis: guidance", "RESIST 2 counter disinformation toolkit"]),
       ("House of Commons Digital, Culture, Media and Sport Committee", ["Disinformation and 'fake news': final report", "Sustainability of local journalism"]),
       ("House of Commons Transport Committee", ["Airline compensation and consumer rights", "Disruption at UK airports"]),
       ("House of Lords Communications and Digital Committee", ["The future of news", "Freedom of expression in the digital age"]),
       ("Department for Culture, Media and Sport", ["Online media literacy strategy", "Fan-led review of football governance"]),
       ("Committee on Standards in Public Life", ["Regulating election finance", "Standards matter 2"])]  # fmt: skip
ACTS = ["Transparency of Lobbying, Non-Party Campaigning and Trade Union Administration Act 2014", "Defamation Act 2013",
        "Online Safety Act 2023", "Bribery Act 2010", "Food Safety Act 1990", "Lobbying Act 2014"]  # fmt: skip
NEWS = [("BBC News", "https://www.bbc.co.uk/news/"), ("The Guardian", "https://www.theguardian.com/"), ("Financial Times", "https://www.ft.com/"),
        ("The Times", "https://www.thetimes.co.uk/"), ("Sky News", "https://news.sky.com/"), ("Reuters", "https://www.reuters.com/"),
        ("AP News", "https://apnews.com/"), ("The Independent", "https://www.independent.co.uk/"), ("i", "https://inews.co.uk/")]  # fmt: skip
TRADE = [("PRWeek", "https://www.prweek.com/uk/"), ("PR Week", "https://www.prweek.com/uk/"), ("Influence", "https://influenceonline.co.uk/"),
         ("Press Gazette", "https://pressgazette.co.uk/"), ("PRmoment", "https://www.prmoment.com/"), ("Campaign", "https://www.campaignlive.co.uk/"),
         ("Holmes Report", "https://www.provokemedia.com/"), ("Drapers", "https://www.drapersonline.com/")]  # fmt: skip
ORGS_IN_NEWS = ["easyJet", "British Airways", "the FA", "the RFU", "Oxfam", "Greenpeace", "Pret", "Boohoo", "Huel", "Monzo", "the BBC",
                "Ryanair", "Shein", "Cancer Research UK", "Wimbledon", "Charlotte Tilbury", "Nothing", "Deliveroo"]  # fmt: skip
HEADLINES = ["{B} apologises after outage leaves passengers stranded", "{B} recalls product over undeclared allergen",
             "How {B}'s press office handled the story", "{B} chief executive grilled by MPs", "{B} accused of greenwashing",
             "Inside the {B} crisis: what went wrong", "{B} hires new head of communications", "{B} statement criticised as 'tone deaf'",
             "{B} wins PRWeek campaign of the year", "Journalists turn on {B} after embargo broken"]  # fmt: skip
PODCASTS = [("CIPR", "CIPR podcast"), ("PRmoment", "The PRmoment podcast"), ("Stephen Waddington", "Wadds Inc. podcast"),
            ("PR Week", "PRWeek podcast"), ("Reputation Matters", "Reputation matters podcast")]  # fmt: skip
CHANNELS = ["CIPR TV", "PRCA", "BBC Newsnight", "Sky News", "Channel 4 News", "TEDx Talks", "Meltwater"]
HANDLES = [("@CIPR_UK", "X"), ("@PRWeekUKNews", "X"), ("@Ofcom", "X"), ("@easyJet", "X"), ("@BBCNews", "X"),
           ("Chartered Institute of Public Relations", "LinkedIn"), ("Muck Rack", "LinkedIn"), ("PRCA", "LinkedIn")]  # fmt: skip


class Blind27WorkFactory:
    """Seeded works, one random source, so a seed always gives the same reports."""

    KINDS: ClassVar[dict[str, float]] = {
        "book": 12, "chapter": 5, "journal": 17, "web": 10, "report": 9, "company-report": 5, "statement": 5,
        "government": 5, "hansard": 2, "legislation": 1, "ruling": 3, "news": 10, "trade-press": 7, "podcast": 3,
        "video": 3, "social": 3,
    }  # fmt: skip

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 53 + 27)
        self.count = 0
        self.used: list[tuple[str, str]] = []

    # ------------------------------------------------------------ pieces
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        given = self.rng.choice(FIRSTS)
        if roll < 0.12:
            particle, family = self.rng.choice(PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.2:
            return {"family": self.rng.choice(HYPHENATED), "given": given}
        if roll < 0.28:
            return {"family": self.rng.choice(CELTIC), "given": given}
        return {"family": self.rng.choice(SURNAMES), "given": given}

    def people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[36, 26, 16, 8, 5, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def year(self, low: int = 2009, high: int = 2025) -> int:
        return self.rng.randint(low, high)

    def issued(self, detail: str = "year") -> dict[str, Any]:
        year = self.year(2014)
        if detail == "day":
            return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        return {"date-parts": [[year]]}

    def accessed(self, issued: dict[str, Any] | None) -> dict[str, Any]:
        low = issued["date-parts"][0][0] if issued else 2020
        year = max(low, self.rng.randint(2023, 2025))
        parts = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        if issued and parts[: len(issued["date-parts"][0])] < issued["date-parts"][0]:
            parts = [low, 12, 28]
        return {"date-parts": [parts]}

    def words(self, pattern: str, year: int | None = None) -> str:
        topic = self.rng.choice(TOPICS)
        return (pattern.replace("{s}", topic).replace("{t}", topic).replace("{T}", topic[:1].upper() + topic[1:])
                .replace("{B}", self.rng.choice(ORGS_IN_NEWS)).replace("{Y}", str(year or self.year(2016)))
                .replace("{n}", str(self.rng.randint(10000, 99999))))  # fmt: skip

    def fix_caps(self, title: str) -> str:
        return title[:1].upper() + title[1:]

    def online(self, record: dict[str, Any], url: str, access: float = 0.85) -> None:
        record["URL"] = url
        if self.rng.random() < access:  # some students leave the access date off a web source
            record["accessed"] = self.accessed(record.get("issued"))

    def done(self, record: dict[str, Any], kind: str, org: str | None = None, tags: set[str] | None = None) -> Work:
        self.count += 1
        record["id"] = f"b27-{self.rng.randint(0, 10**9)}-{self.count}"
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        if org is not None:
            record["author"] = [{"literal": org}]
            return Work(record, org, year, True, 1, kind, (tags or set()) | {"organisation"})
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        return Work(record, lead, year, False, len(record["author"]), kind, tags or set())

    def slug(self, text: str) -> str:
        return "-".join("".join(c for c in text.lower() if c.isalnum() or c == " ").split()[:7])

    def make(self, kind: str | None = None) -> Work:
        if kind is None:
            kind = self.rng.choices(list(self.KINDS), weights=list(self.KINDS.values()))[0]
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        return work

    # ------------------------------------------------------------ kinds
    def _book(self) -> Work:
        title, editions = self.rng.choice(BOOKS)
        publisher, place = self.rng.choice(PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self.fix_caps(title), "author": self.people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        edition = self.rng.choice(editions)
        if edition > 1:
            record["edition"] = str(edition)
        if self.rng.random() < 0.15:  # read as an e-book
            record["URL"] = (
                f"https://ebookcentral.proquest.com/lib/{self.rng.choice(['leedsbeckett', 'stir', 'bournemouth'])}/detail.action?docID={self.rng.randint(100000, 9999999)}"
            )
            record["accessed"] = self.accessed(record["issued"])
        return self.done(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self.fix_caps(self.words(self.rng.choice(ARTICLES))), "author": self.people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.words(self.rng.choice(EDITED)), "issued": {"date-parts": [[self.year()]]},
            "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self.done(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self.fix_caps(self.words(self.rng.choice(ARTICLES))), "author": self.people(8),
            "container-title": self.rng.choice(JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(5, 50)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 600))}-{start + self.rng.randint(10, 24)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.choice([1016, 1108, 1177, 1080])}/{self.rng.choice(['j.pubrev', 'JCOM', 'ccij'])}.{self.rng.randint(2015, 2025)}.{self.rng.randint(100, 99999)}"
            )
        return self.done(record, "journal")

    def _web(self) -> Work:
        name, url, titles = self.rng.choice(BODIES)
        record: dict[str, Any] = {"type": "webpage"}
        if self.rng.random() < 0.8:
            record["issued"] = self.issued(self.rng.choice(["year", "day"]))
        title = record["title"] = self.words(
            self.rng.choice(titles), record.get("issued", {}).get("date-parts", [[None]])[0][0]
        )
        self.online(record, url + self.slug(title))
        return self.done(record, "web", name)

    def _report(self) -> Work:
        name, url, titles = self.rng.choice(BODIES[:12])
        record: dict[str, Any] = {"type": "report", "publisher": name.split(" (")[0], "publisher-place": "London"}
        if self.rng.random() < 0.9:
            record["issued"] = self.issued()
        title = record["title"] = self.words(
            self.rng.choice(titles), record.get("issued", {}).get("date-parts", [[None]])[0][0]
        )
        if self.rng.random() < 0.7:
            self.online(record, url + "reports/" + self.slug(title))
        return self.done(record, "report", name)

    def _company_report(self) -> Work:
        name, url, titles = self.rng.choice(BODIES[16:])
        year = self.year(2016)
        title = (
            f"Annual report and accounts {year}"
            if self.rng.random() < 0.5
            else self.words(self.rng.choice(titles), year)
        )
        record: dict[str, Any] = {
            "type": "report",
            "title": title,
            "issued": {"date-parts": [[year]]},
            "publisher": name,
        }
        self.online(record, url + "investors/" + self.slug(title), 0.9)
        return self.done(record, "company-report", name)

    def _statement(self) -> Work:
        # Company statements and newsroom press releases, often with a full date because embargoes matter.
        name, url, _ = self.rng.choice(BODIES[13:])
        title = self.rng.choice(
            [
                "Statement on {B}",
                "Press release: {B} responds to media reports",
                "Update for customers",
                "Our statement following today's announcement",
                "Response to the select committee",
            ]
        )
        title = self.words(title)
        record: dict[str, Any] = {"type": "webpage", "title": title, "genre": "Press release"}
        if self.rng.random() < 0.85:
            record["issued"] = self.issued("day")
        self.online(record, url + "newsroom/" + self.slug(title), 0.8)
        return self.done(record, "statement", name, {"press-release"})

    def _government(self) -> Work:
        name, titles = self.rng.choice(GOV)
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "issued": {"date-parts": [[self.year()]]},
                                  "publisher": "The Stationery Office" if "House" in name else "Cabinet Office", "publisher-place": "London"}  # fmt: skip
        if "House" in name and self.rng.random() < 0.6:
            record["number"] = f"HC {self.rng.randint(100, 1900)}"
        if self.rng.random() < 0.8:
            self.online(
                record,
                f"https://{'committees.parliament.uk' if 'House' in name else 'www.gov.uk'}/publications/{self.rng.randint(1000, 50000)}",
            )
        return self.done(record, "government", name, {"government"})

    def _hansard(self) -> Work:
        issued = self.issued("day")
        topic = self.rng.choice(["Airline passenger compensation", "Food allergen labelling", "Lobbying transparency", "Local news",
                                 "Football governance", "Disinformation", "Charity campaigning"])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": f"{topic}, volume {self.rng.randint(650, 760)}, col. {self.rng.randint(1, 900)}",
                                  "container-title": "HC Deb", "issued": issued}  # fmt: skip
        self.online(
            record, f"https://hansard.parliament.uk/commons/{issued['date-parts'][0][0]}/{self.slug(topic)}", 0.9
        )
        return self.done(record, "hansard", "Hansard", {"government"})

    def _legislation(self) -> Work:
        title = self.rng.choice(ACTS)
        year = int(title[-4:])
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}}
        self.count += 1
        record["id"] = f"b27-act-{self.count}"
        return Work(record, title, str(year), True, 1, "legislation", {"legislation", "organisation"})

    def _ruling(self) -> Work:
        name = self.rng.choice(["IPSO", "Ofcom", "Independent Press Standards Organisation", "ASA"])
        brand = self.rng.choice(ORGS_IN_NEWS).removeprefix("the ")
        title = self.rng.choice([f"{self.rng.randint(1000, 29999)}-{self.rng.randint(17, 24)} A Woman v The Daily Telegraph",
                                 f"Decision: {brand} complaint", f"ASA ruling on {brand} Ltd", f"Broadcast bulletin: {brand} interview"])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": title, "issued": self.issued("day")}
        self.online(
            record,
            {"Ofcom": "https://www.ofcom.org.uk/", "ASA": "https://www.asa.org.uk/rulings/"}.get(
                name, "https://www.ipso.co.uk/rulings-and-resolution-statements/"
            )
            + self.slug(title),
        )
        return self.done(record, "ruling", name, {"regulator"})

    def _news(self) -> Work:
        outlet, url = self.rng.choice(NEWS)
        title = self.words(self.rng.choice(HEADLINES))
        record: dict[str, Any] = {
            "type": "article-newspaper",
            "title": title,
            "container-title": outlet,
            "issued": self.issued("day"),
        }
        self.online(record, url + self.slug(title), 0.85)
        if self.rng.random() < 0.55:
            record["author"] = self.people(2)
            return self.done(record, "news")
        if self.rng.random() < 0.15:
            del record["issued"]
        return self.done(record, "news", outlet)

    def _trade_press(self) -> Work:
        outlet, url = self.rng.choice(TRADE)
        title = self.words(self.rng.choice(HEADLINES))
        record: dict[str, Any] = {
            "type": "article-magazine",
            "title": title,
            "container-title": outlet,
            "issued": self.issued("day"),
        }
        self.online(record, url + "article/" + self.slug(title), 0.85)
        if self.rng.random() < 0.7:
            record["author"] = self.people(2)
            return self.done(record, "trade-press")
        return self.done(record, "trade-press", outlet)

    def _podcast(self) -> Work:
        host, show = self.rng.choice(PODCASTS)
        title = f"Episode {self.rng.randint(1, 300)}: {self.words('{t}')}"
        record: dict[str, Any] = {"type": "broadcast", "title": title, "container-title": show, "medium": "Podcast",
                                  "issued": self.issued("day")}  # fmt: skip
        self.online(
            record, f"https://podcasts.apple.com/gb/podcast/{self.slug(show)}/id{self.rng.randint(10**8, 10**9)}", 0.8
        )
        if self.rng.random() < 0.5:
            record["author"] = [self.person()]
            return self.done(record, "podcast")
        return self.done(record, "podcast", host)

    def _video(self) -> Work:
        channel = self.rng.choice(CHANNELS)
        title = self.fix_caps(
            self.rng.choice(["{t} explained", "Masterclass: {t}", "Interview on {t}", "{T}: lessons from the newsroom"])
        )
        record: dict[str, Any] = {
            "type": "motion_picture",
            "title": self.words(title),
            "medium": "YouTube video",
            "issued": self.issued("day"),
        }
        self.online(
            record, f"https://www.youtube.com/watch?v={''.join(self.rng.choices('abcdefXYZ0123456789_-', k=11))}", 0.85
        )
        return self.done(record, "video", channel)

    def _social(self) -> Work:
        handle, platform = self.rng.choice(HANDLES)
        text = self.rng.choice(["Our statement on today's disruption", "New research: trust in PR is rising", "Update on the recall",
                                "We've published our findings today", "Applications for the awards are now open"])  # fmt: skip
        record: dict[str, Any] = {
            "type": "webpage",
            "title": text,
            "container-title": platform,
            "issued": self.issued("day"),
        }
        self.online(
            record,
            f"https://{'x.com' if platform == 'X' else 'www.linkedin.com/posts'}/{handle.strip('@').replace(' ', '-').lower()}/{self.rng.randint(10**9, 10**10)}",
            0.9,
        )
        if platform == "LinkedIn" and self.rng.random() < 0.5:
            record["author"] = [self.person()]
            return self.done(record, "social")
        return self.done(record, "social", handle)
