"""The blind325 pool's works: what marketers at radio stations, newspaper and magazine publishers, podcast networks,
audio platforms and media-sales houses in the UK, Ireland, Australia, South Africa, Canada and the Netherlands cite in
CIM Level 6 and 7 reports and MBA assignments.

Books, chapters and journal articles (journalism, radio, media-business and marketing journals) with one to eight
authors; the marketing and media-economics texts every candidate cites; reports and pages of regulators, ministries
and statistics offices (with and without their abbreviation, two of one body in a year); firms' pages and annual
reports with plc, Ltd, Limited, Pty Ltd, NV, Inc. and AB; the press, signed and unsigned; audience and
market-research reports, some undated. Names as this region's scholars print them: Irish with "Ó", "Ní" and "Mac",
Afrikaans with "van der", "du", "de" and "le", Dutch with "van", "van den" and "de", Zulu and Xhosa, French Canadian,
Australian and British names.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# (particle, family, given); the particle is kept apart, as reference managers keep it.
_NAMES = {
    "irish": [("", "Ó Súilleabháin", "Ciarán"), ("", "Ní Chonaill", "Aoife"), ("", "Ó Ceallaigh", "Pádraig"),
              ("", "Ní Bhroin", "Gráinne"), ("", "Mac Con Iomaire", "Eoin"), ("", "Ní Riain", "Caoimhe"),
              ("", "O'Sullivan", "Niamh"), ("", "Kavanagh", "Dónal"), ("", "Ó Faoláin", "Seán"),
              ("", "Ní Dhuibhir", "Siobhán"), ("", "McNamara", "Orla"), ("", "Cullinane", "Aisling"),
              ("", "Ó Murchú", "Colm"), ("", "Fitzgerald", "Méabh"), ("", "Mac Giolla Phádraig", "Róisín")],
    "afrikaans": [("van der", "Merwe", "Riaan"), ("du", "Plessis", "Annelie"), ("du", "Toit", "Pieter"),
                  ("van", "Wyk", "Marieke"), ("le", "Roux", "Francois"), ("de", "Villiers", "Elmarie"),
                  ("van der", "Westhuizen", "Johan"), ("", "Botha", "Liezl"), ("", "Pretorius", "Hendrik"),
                  ("", "Oosthuizen", "Carien"), ("", "Janse van Rensburg", "Wilhelm"), ("", "Coetzee", "Anri"),
                  ("de", "Beer", "Suzette"), ("", "Steyn", "Danie")],
    "dutch": [("van", "Dijk", "Joost"), ("de", "Vries", "Femke"), ("van den", "Berg", "Marloes"),
              ("van der", "Linden", "Sjoerd"), ("de", "Jong", "Ilse"), ("", "Bakker", "Maarten"),
              ("", "Visser", "Anouk"), ("van", "Leeuwen", "Thijs"), ("", "Smit", "Lieke"), ("ter", "Horst", "Bram"),
              ("van 't", "Hof", "Esther"), ("", "Mulder", "Wouter")],
    "nguni": [("", "Dlamini", "Thandeka"), ("", "Nkosi", "Sipho"), ("", "Mthembu", "Nomvula"), ("", "Ndlovu", "Lwazi"),
              ("", "Zungu", "Zanele"), ("", "Khumalo", "Ayanda"), ("", "Mbatha", "Siyabonga"),
              ("", "Gqola", "Unathi"), ("", "Nqoko", "Xolani"), ("", "Qwabe", "Nokuthula"), ("", "Ntsebeza", "Lindiwe"),
              ("", "Mabandla", "Bongani"), ("", "Sigcau", "Nomsa")],
    "canadian": [("", "Tremblay", "Geneviève"), ("", "Gagnon", "Mathieu"), ("", "Côté", "Isabelle"),
                 ("", "Lévesque", "Étienne"), ("", "Bouchard", "Chloé"), ("", "MacNeil", "Heather"),
                 ("", "Campbell", "Ryan"), ("", "Sinclair", "Meghan"), ("", "Singh", "Harpreet"), ("", "Leblanc", "Josée")],
    "australian": [("", "Nicholls", "Bronwyn"), ("", "Papadopoulos", "Nick"), ("", "Nguyen", "Linh"),
                   ("", "Harrington", "Kate"), ("", "Whitlock", "Lachlan"), ("", "O'Donoghue", "Tegan"),
                   ("", "McAllister", "Bree"), ("", "Kaur", "Simran"), ("", "Chen", "Wei"), ("", "Rossi", "Matteo")],
    "british": [("", "Ashworth", "Helen"), ("", "Pritchard", "Gareth"), ("", "Okafor", "Chinedu"),
                ("", "Hussain", "Aisha"), ("", "Brennan", "Kieran"), ("", "Lloyd-Evans", "Rhian"),
                ("", "Whitfield", "Tom"), ("", "Barraclough", "Sarah"), ("", "Begum", "Nadia"),
                ("", "Forde-Kavanagh", "Claire"), ("", "Ellison", "Mark"), ("", "MacLeod", "Fiona")],
}  # fmt: skip
_REGIONS = ["irish", "afrikaans", "dutch", "nguni", "canadian", "australian", "british", "british", "irish"]

_JOURNALS = ["Journalism Studies", "Digital Journalism", "Journal of Radio & Audio Media", "Media, Culture & Society",
             "Journal of Media Business Studies", "Journalism Practice", "International Journal of Advertising",
             "Journal of Marketing Management", "Media International Australia", "Canadian Journal of Communication",
             "Communicatio", "Irish Communication Review", "Radio Journal: International Studies in Broadcast & Audio Media"]  # fmt: skip
_TOPICS = ["local news", "commercial radio", "podcast advertising", "digital subscriptions", "paywalls",
           "radio audience measurement", "news avoidance", "trust in news", "community radio", "regional newspapers",
           "audio streaming", "smart speakers", "branded podcasts", "programmatic audio", "email newsletters",
           "news deserts", "public service media", "media sales houses", "native advertising", "host-read adverts",
           "reader revenue", "breakfast radio", "audio brands", "news on social media", "DAB+ radio"]  # fmt: skip
_PLACES = ["the UK", "Ireland", "Australia", "South Africa", "Canada", "the Netherlands", "Flanders", "Scotland",
           "regional England", "Gauteng", "Quebec", "New South Wales", "the Western Cape", "Munster"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Sage", "London"), ("Palgrave Macmillan", "Cham"), ("Bloomsbury Academic", "London"),
               ("Intellect", "Bristol"), ("Polity", "Cambridge"), ("Wits University Press", "Johannesburg"),
               ("UCT Press", "Cape Town"), ("University of Toronto Press", "Toronto"), ("UNSW Press", "Sydney"),
               ("Amsterdam University Press", "Amsterdam"), ("Four Courts Press", "Dublin"),
               ("Edinburgh University Press", "Edinburgh"), ("Kogan Page", "London")]  # fmt: skip
# The texts every candidate cites, as their title pages print them: (authors, year, title, edition, publisher, place).
_CLASSICS = [
    ([("", "Kotler", "Philip"), ("", "Keller", "Kevin Lane"), ("", "Chernev", "Alexander")], 2022, "Marketing management", "16", "Pearson", "Harlow"),
    ([("", "Kotler", "Philip"), ("", "Armstrong", "Gary")], 2018, "Principles of marketing", "17", "Pearson", "Harlow"),
    ([("", "Chaffey", "Dave"), ("", "Ellis-Chadwick", "Fiona")], 2019, "Digital marketing", "7", "Pearson", "Harlow"),
    ([("", "Sharp", "Byron")], 2010, "How brands grow: what marketers don't know", None, "Oxford University Press", "South Melbourne"),
    ([("", "Binet", "Les"), ("", "Field", "Peter")], 2013, "The long and the short of it: balancing short and long-term marketing strategies", None, "Institute of Practitioners in Advertising", "London"),
    ([("", "Fill", "Chris"), ("", "Turnbull", "Sarah")], 2019, "Marketing communications: touchpoints, sharing and disruption", "8", "Pearson", "Harlow"),
    ([("", "Doyle", "Gillian")], 2013, "Understanding media economics", "2", "Sage", "London"),
    ([("", "Picard", "Robert G.")], 2011, "The economics and financing of media companies", "2", "Fordham University Press", "New York"),
    ([("", "Jobber", "David"), ("", "Ellis-Chadwick", "Fiona")], 2023, "Principles and practice of marketing", "10", "McGraw-Hill", "London"),
    ([("", "Keller", "Kevin Lane"), ("", "Swaminathan", "Vanitha")], 2020, "Strategic brand management: building, measuring, and managing brand equity", "5", "Pearson", "Harlow"),
    ([("", "Ryan", "Damian")], 2020, "Understanding digital marketing", "5", "Kogan Page", "London"),
]  # fmt: skip
# Regulators, ministries and statistics offices, with the titles of what they publish ({y} is the year issued).
_BODIES: list[tuple[str, str, list[str]]] = [
    ("Ofcom", "https://www.ofcom.org.uk/research-and-data/", ["Media nations: UK {y}", "News consumption in the UK: {y}", "Audio survey {y}", "Online nation {y} report", "Podcast listening in the UK"]),
    ("Ofcom", "https://www.ofcom.org.uk/tv-radio-and-on-demand/", ["The future of radio: audio listening trends", "Local media in the UK: review of local news", "Localness on commercial radio: guidance"]),
    ("Department for Culture, Media and Sport", "https://www.gov.uk/government/publications/", ["Digital radio and audio review", "Local media action plan", "Sustainability of local journalism: government response"]),
    ("Department for Culture, Media and Sport (DCMS)", "https://www.gov.uk/government/publications/", ["Media Bill: impact assessment", "Radio deregulation: consultation outcome"]),
    ("DCMS", "https://www.gov.uk/government/news/", ["Support for local newspapers announced", "Public interest news: next steps"]),
    ("Coimisiún na Meán", "https://www.cnam.ie/", ["Strategy statement {y}-{y2}", "Sound and Vision scheme: funding round results", "Journalism schemes: local democracy reporting"]),
    ("Australian Communications and Media Authority (ACMA)", "https://www.acma.gov.au/publications/", ["Communications and media in Australia: how we listen to audio content", "News in Australia: diversity and localism", "Local content on regional commercial radio"]),
    ("ACMA", "https://www.acma.gov.au/publications/", ["Audio content consumption: trends and insights", "Regional news and local content report"]),
    ("Independent Communications Authority of South Africa (ICASA)", "https://www.icasa.org.za/legislation-and-regulations/", ["The state of the ICT sector in South Africa", "Findings document: inquiry into subscription broadcasting", "Community broadcasting services: position paper"]),
    ("Canadian Radio-television and Telecommunications Commission (CRTC)", "https://crtc.gc.ca/eng/publications/reports/", ["Communications market reports: radio sector", "Harnessing change: the future of programming distribution", "Commercial radio policy review"]),
    ("CRTC", "https://crtc.gc.ca/eng/publications/reports/", ["Retail revenues of commercial radio stations", "Online news: what we heard"]),
    ("Commissariaat voor de Media", "https://www.cvdm.nl/", ["Mediamonitor: de Nederlandse mediamarkt", "Mediamonitor {y}: mediabedrijven en mediamarkten", "Digital news report Netherlands"]),
    ("European Commission", "https://digital-strategy.ec.europa.eu/en/library/", ["Media and news survey", "European media freedom act: impact assessment", "Rule of law report: media pluralism"]),
    ("Statistics Canada", "https://www150.statcan.gc.ca/n1/daily-quotidien/", ["Radio broadcasting industry, {yp}", "Newspaper publishers, {yp}", "Periodical publishers, {yp}"]),
    ("Central Statistics Office", "https://www.cso.ie/en/releases-and-publications/", ["Information society statistics: households {yp}"]),
]  # fmt: skip
# Firms: the name as its pages and reports sign it, its site and what candidates cite from it.
_FIRMS: list[tuple[str, str, set[str]]] = [
    ("Reach plc", "https://www.reachplc.com/investors/", set()), ("Global Media & Entertainment Ltd", "https://global.com/", {"ampersand"}),
    ("Bauer Media Group", "https://www.bauermedia.co.uk/", set()), ("Mediahuis NV", "https://www.mediahuis.be/en/", set()),
    ("Southern Cross Media Group Limited", "https://www.southerncrossaustereo.com.au/investors/", set()),
    ("Primedia (Pty) Ltd", "https://www.primedia.co.za/", {"parentheses"}), ("Corus Entertainment Inc.", "https://www.corusent.com/investors/", set()),
    ("Acast AB", "https://investors.acast.com/", set()), ("Audioboom Group plc", "https://audioboom.com/investors", set()),
    ("Newsquest Media Group Ltd", "https://www.newsquest.co.uk/", set()), ("National World plc", "https://www.nationalworld.com/", set()),
    ("DC Thomson & Co Ltd", "https://www.dcthomson.co.uk/", {"ampersand"}), ("DPG Media", "https://www.dpgmediagroup.com/", set()),
    ("Nova Entertainment Pty Ltd", "https://www.novaentertainment.com.au/", set()), ("Communicorp Media", "https://www.communicorp.ie/", set()),
    ("Spotify Technology S.A.", "https://investors.spotify.com/", set()), ("Radiocentre", "https://www.radiocentre.org/", set()),
    ("News Media Association", "https://www.newsmediauk.org/", set()), ("RTÉ", "https://about.rte.ie/", {"accent"}),
    ("Children's Media Foundation", "https://www.thechildrensmediafoundation.org/", {"apostrophe"}),
    ("Writers' Guild of Great Britain", "https://writersguild.org.uk/", {"apostrophe"}),
]  # fmt: skip
_FIRM_TITLES = ["Annual report and accounts {y}", "Integrated annual report {y}", "Sustainability report {y}",
                "Full-year results {y}", "Our audiences", "Advertise with us", "About us", "Audio advertising that works",
                "Podcast advertising: how it works", "Rate card and audience profile", "Our brands", "Media pack {y}",
                "Why local news matters to advertisers", "Digital subscriptions update"]  # fmt: skip
# Audience measurement and market research: who publishes, site, titles.
_RESEARCH: list[tuple[str, str, list[str]]] = [
    ("RAJAR", "https://www.rajar.co.uk/", ["Quarterly summary of radio listening: Q{q} {y}", "Data release: Q{q} {y}", "MIDAS audio survey: spring {y}"]),
    ("JICRIS", "https://www.jnlr.ie/", ["Radio listenership report: {y}", "Irish radio listenership: trends"]),
    ("PAMCo", "https://pamco.co.uk/", ["PAMCo audience data: Q{q} {y}", "Published media audiences: brand reach"]),
    ("GfK", "https://www.gfk.com/en-au/", ["Radio 360 survey {q}, {y}: Sydney", "Commercial radio ratings: survey {q}"]),
    ("Edison Research", "https://www.edisonresearch.com/", ["The infinite dial UK {y}", "The infinite dial Australia {y}", "The podcast consumer"]),
    ("Nielsen", "https://www.nielsen.com/insights/", ["Audio today {y}", "Podcast advertising effectiveness"]),
    ("Broadcast Research Council of South Africa (BRC)", "https://brcsa.org.za/", ["RAMS: radio audience measurement survey", "BRC RAMS release {q}, {y}"]),
    ("Numeris", "https://numeris.ca/", ["Top-line radio statistics: fall {y}", "Canadian radio and audio trends"]),
    ("Reuters Institute for the Study of Journalism", "https://reutersinstitute.politics.ox.ac.uk/", ["Journalism, media, and technology trends and predictions {y}", "Paying for news: country data"]),
    ("Audiotrack", "https://www.audiotrack.co.uk/", ["Audio brand tracker {y}"]),
]  # fmt: skip
# The press: its title as unsigned articles are cited, and where its articles live.
_PRESS = [("Press Gazette", "https://pressgazette.co.uk/"), ("The Guardian", "https://www.theguardian.com/media/"),
          ("The Irish Times", "https://www.irishtimes.com/business/media-and-marketing/"),
          ("The Australian", "https://www.theaustralian.com.au/business/media/"),
          ("Mail & Guardian", "https://mg.co.za/business/"), ("The Globe and Mail", "https://www.theglobeandmail.com/business/"),
          ("de Volkskrant", "https://www.volkskrant.nl/cultuur-media/"), ("Campaign", "https://www.campaignlive.co.uk/article/"),
          ("Mumbrella", "https://mumbrella.com.au/"), ("Radio Today", "https://radiotoday.co.uk/")]  # fmt: skip
# The Reuters Institute's Digital News Report is cited under its authors, as the report's title page names them.
_DNR_AUTHORS = [("", "Newman", "Nic"), ("", "Fletcher", "Richard"), ("", "Robertson", "Craig T."),
                ("", "Ross Arguedas", "Amy"), ("", "Nielsen", "Rasmus Kleis")]  # fmt: skip


class Blind325WorkFactory(WorkFactory):
    """Works cited by marketers in radio, newspapers, podcasts and media sales across six English-writing markets."""

    KINDS = ("book", "chapter", "journal", "report", "web", "annual-report", "news", "market-research")

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 41 + 325)
        self.classics = list(_CLASSICS)
        self.rng.shuffle(self.classics)
        self.dated: list[tuple[str, set[str], int]] = []  # organisations already given a year, for "2023a/b"

    # ------------------------------------------------------------------ people and dates
    def person(self) -> dict[str, str]:
        particle, family, given = self.rng.choice(_NAMES[self.rng.choice(_REGIONS)])
        name = {"family": family, "given": given}
        if particle:
            name["non-dropping-particle"] = particle
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[36, 26, 15, 9, 5, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if name not in people:
                people.append(name)
        return people

    def year(self) -> int:
        return self.rng.randint(2005, 2025) if self.rng.random() < 0.9 else self.rng.randint(1994, 2004)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        if not issued:
            return {"date-parts": [[self.rng.randint(2023, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        year = self.rng.randint(max(issued[0], 2023), 2025)
        month = self.rng.randint(issued[1] if year == issued[0] and len(issued) > 1 else 1, 12)
        same_month = year == issued[0] and len(issued) > 2 and month == issued[1]
        day = self.rng.randint(issued[2] if same_month else 1, 28)
        return {"date-parts": [[year, month, day]]}

    def _title(self) -> str:
        topic, other, place = self.rng.choice(_TOPICS), self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}: audiences, advertisers and revenue",
                 f"Selling the audience: {topic} and {other}", f"Who pays for {topic}? Evidence from {place}",
                 f"{topic[0].upper()}{topic[1:]} and the local advertiser", f"Rethinking {topic} after the pandemic",
                 f"From broadcast to on-demand: {topic} in {place}", f"The economics of {topic}",
                 f"{topic[0].upper()}{topic[1:]}, {other} and audience loyalty", f"Measuring {topic}: evidence from {place}",
                 f"Why audiences value {topic}", f"Trust, habit and {topic} in {place}"]  # fmt: skip
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "classic", "chapter", "journal", "report", "web", "annual-report", "news", "market-research"],
            weights=[9, 8, 6, 24, 14, 10, 8, 12, 10],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 4))
        return self._person_work(record, "book")

    def _classic(self) -> Work:
        if not self.classics:  # each report cites each text once; a long run falls back to other books
            return self._book()
        authors, year, title, edition, publisher, place = self.classics.pop()
        record: dict[str, Any] = {
            "type": "book", "title": title, "issued": {"date-parts": [[year]]}, "publisher": publisher,
            "publisher-place": place,
            "author": [{"family": f, "given": g, **({"non-dropping-particle": p} if p else {})} for p, f, g in authors],
        }  # fmt: skip
        if edition:
            record["edition"] = edition
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS[:6])
        topic = self.rng.choice(_TOPICS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": self._people(2)[: self.rng.randint(1, 2)],
            "container-title": self.rng.choice([f"The Routledge companion to {topic}", f"The Palgrave handbook of {topic}",
                                                f"Radio and audio in {self.rng.choice(_PLACES)}", f"Local journalism and {topic}"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 320))}-{start + self.rng.randint(12, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(3, 45)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{(start := self.rng.randint(1, 420))}-{start + self.rng.randint(12, 24)}",
        }  # fmt: skip
        if self.rng.random() < 0.55:
            record["DOI"] = (
                f"10.{self.rng.choice(['1080', '1177', '1386', '1386'])}/{self.rng.randint(1000000, 9999999)}"
            )
        return self._person_work(record, "journal")

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        """An organisation's work; now and then the same body in the same year as an earlier one ("Ofcom, 2023a/b")."""
        if "issued" in record:
            earlier = [d for d in self.dated if d[0] == name]
            undated_title = not any(ch.isdigit() for ch in record["title"])
            if earlier and undated_title and kind != "news" and self.rng.random() < 0.35:
                record["issued"] = {"date-parts": [[earlier[0][2]]]}
            self.dated.append((name, tags, record["issued"]["date-parts"][0][0]))
        if "URL" in record:
            record["accessed"] = self._accessed_after(record.get("issued", {}).get("date-parts", [None])[0])
        return self._org_work(record, kind, name, tags)

    def _report(self) -> Work:
        name, url, titles = self.rng.choice(_BODIES)
        year = self.rng.randint(2012, 2025)
        title = self.rng.choice(titles).format(y=year, yp=year - 1, y2=year + 2)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[year]]}, "URL": url + self.fakers["en_GB"].slug()}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        tags = {"government"} | ({"abbreviation"} if "(" in name or name.isupper() else set())
        return self._org(record, "report", name, tags)

    def _web(self) -> Work:
        if self.rng.random() < 0.3:  # a person's page or blog post on a trade site
            record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                      "container-title": self.rng.choice(["Radiocentre", "Nieman Lab", "The Conversation", "Podnews", "LinkedIn"]),
                                      "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].slug()}  # fmt: skip
            if self.rng.random() < 0.85:
                record["issued"] = {"date-parts": [[self.rng.randint(2016, 2025)]]}
            record["accessed"] = self._accessed_after(record.get("issued", {}).get("date-parts", [None])[0])
            return self._person_work(record, "web")
        name, url, tags = self.rng.choice(_FIRMS)
        title = self.rng.choice([t for t in _FIRM_TITLES if "{y}" not in t])
        record = {"type": "webpage", "title": title, "URL": url + self.fakers["en_GB"].slug()}
        if self.rng.random() < 0.7:
            record["issued"] = {"date-parts": [[self.rng.randint(2018, 2025)]]}
        return self._org(record, "web", name, tags | {"company"})

    def _annual_report(self) -> Work:
        name, url, tags = self.rng.choice(_FIRMS[:16])
        year = self.rng.randint(2015, 2025)
        title = self.rng.choice(_FIRM_TITLES[:4]).format(y=year - 1)
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name}  # fmt: skip
        if self.rng.random() < 0.75:
            record["URL"] = url + self.fakers["en_GB"].slug()
        return self._org(record, "annual-report", name, tags | {"company"})

    def _news(self) -> Work:
        paper, url = self.rng.choice(_PRESS)
        year = self.rng.randint(2010, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._headline(), "container-title": paper,
                                  "issued": {"date-parts": [issued]}, "URL": url + self.fakers["en_GB"].slug()}  # fmt: skip
        if self.rng.random() < 0.75:
            record["author"] = self._people(2)
            record["accessed"] = self._accessed_after(issued)
            return self._person_work(record, "news")
        return self._org(record, "news", paper, {"press"})

    def _headline(self) -> str:
        firm = self.rng.choice(["Global", "Bauer", "Reach", "Mediahuis", "Nova", "ARN", "Southern Cross Austereo",
                                "Primedia", "Corus", "Acast", "Audioboom", "Newsquest", "DPG Media", "Communicorp"])  # fmt: skip
        forms = [f"{firm} cuts local shows as networking spreads", f"{firm} reports rise in digital subscribers",
                 f"Podcast advertising revenue overtakes {self.rng.choice(['print', 'outdoor', 'cinema'])} for {firm}",
                 f"Why {firm} is betting on {self.rng.choice(_TOPICS)}", f"{firm} to close {self.rng.randint(3, 30)} regional titles",
                 f"Breakfast ratings: {firm} stations gain listeners", f"{firm} launches paywall across regional sites",
                 f"Ad market slowdown hits {firm}", f"{firm} signs podcast deal with sporting stars"]  # fmt: skip
        return self.rng.choice(forms)

    def _market_research(self) -> Work:
        if self.rng.random() < 0.2:  # the Reuters Institute's Digital News Report, under its authors
            year = self.rng.randint(2016, 2025)
            count = self.rng.choice([4, 5, 5, 6])
            authors = list(_DNR_AUTHORS)
            if count == 6:
                authors.append(("", "Schulz", "Anne"))
            record: dict[str, Any] = {
                "type": "report", "title": f"Reuters Institute digital news report {year}",
                "author": [{"family": f, "given": g} for _p, f, g in authors[:count]], "issued": {"date-parts": [[year]]},
                "publisher": "Reuters Institute for the Study of Journalism", "publisher-place": "Oxford",
                "URL": f"https://reutersinstitute.politics.ox.ac.uk/digital-news-report/{year}",
            }  # fmt: skip
            record["accessed"] = self._accessed_after([year])
            return self._person_work(record, "market-research")
        name, url, titles = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2014, 2025)
        template = self.rng.choice(titles)
        title = template.format(y=year, q=self.rng.randint(1, 4))
        record = {
            "type": "report",
            "title": title,
            "publisher": name.split(" (")[0],
            "URL": url + self.fakers["en_GB"].slug(),
        }
        if "{y}" in template or self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[year]]}
        tags = {"market-research"} | ({"abbreviation"} if "(" in name or name.isupper() else set())
        return self._org(record, "market-research", name, tags)
