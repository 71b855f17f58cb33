"""Works for the twentieth held-out pool, "blind20": what lecturers, PhD and MSc students in marketing read and cite.

HELD OUT: never tune the checker on this pool; report its tables, never its misses.

Written by a twentieth hand, without reading the checker, its tests or the other pools' works and frames. Its
sources are those of literature reviews and model answers: classics cited by their original year (Levitt 1960,
Borden 1964, Kotler 1967), textbooks in late editions, chapters in Sage and Routledge handbooks, Journal of Marketing,
EJM, JAMS and Industrial Marketing Management articles with one to eight authors, AMA and EMAC conference papers,
SSRN and university working papers, PhD theses, OECD, EU and ONS reports, regulators and Acts, company reports,
news and trade press, web pages with and without access dates, podcasts, lecture videos and LinkedIn posts; sectors
are B2B professional services, nonprofit and public sector marketing, luxury, tourism and place branding and higher
education.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

GIVEN = ["Eleanor", "Kwabena", "Ingrid", "Rajesh", "Siobhán", "Tariq", "Małgorzata", "Hamish", "Chiara", "Oluwatobi", "Yuki",
         "Maximilian", "Aoife", "Dévora", "Lars", "Nomvula", "Fergus", "Ayşe", "Benedikt", "Priyanka", "Rhiannon", "Jun",
         "Thandiwe", "Étienne", "Gareth", "Mariam", "Pieter", "Zofia", "Callum", "Leilani"]  # fmt: skip
FAMILY = ["Gummesson", "Grönroos", "Vargo", "Lusch", "Hollebeek", "Brodie", "Payne", "Frow", "Christopher", "Ballantyne",
          "Kapferer", "Bastien", "Kavaratzis", "Ashworth", "Hankinson", "Hemsley-Brown", "Oplatka", "Sargeant", "Bennett",
          "Andreasen", "Kotler", "Baker", "Saren", "Brownlie", "Hakansson", "Ford", "Gadde", "Lindgreen", "Wynstra",
          "Morgan", "Hunt", "Gummerus", "Keränen", "Jaakkola", "Dholakia", "Eggert", "Ulaga", "Wilson", "Chandler",
          "Nguyen", "Adebayo", "Mensah", "Okafor", "Ishikawa", "Tanaka", "Kowalska", "Nowak", "Şahin", "Yıldız", "Dvořák",
          "Bhattacharya", "Iyer", "Khalil", "Haddad", "Pereira", "Ferreira", "Østergaard", "Lindqvist", "Müller", "Nagy"]  # fmt: skip
# Particles kept apart, as reference managers hold them: cited "van Riel (2012)", "de Chernatony (2010)".
PARTICLES = [("de", "Chernatony", "Leslie"), ("van", "Riel", "Cees"), ("van der", "Westhuizen", "Liezl"),
             ("de", "Vries", "Janneke"), ("von", "Wallpach", "Sylvia"), ("da", "Costa", "Inês"), ("di", "Benedetto", "Anthony"),
             ("van den", "Bulte", "Christophe"), ("de la", "Fuente", "Marta"), ("dos", "Santos", "Rafael")]  # fmt: skip
HYPHENS = ["Hemsley-Brown", "Wallace-Hadrill", "Ward-Perkins", "Sáez-Martínez", "Abdel-Aziz", "Lloyd-Reason", "Kim-Park",
           "Nunes-Silva"]  # fmt: skip
CELTIC = ["McDonagh", "O'Malley", "MacLaran", "O'Driscoll", "McCole", "O'Reilly", "Mac an Bhaird", "Ní Chonaill",
          "Ó Súilleabháin", "McKechnie"]  # fmt: skip
# Classics students still cite by their first year, with the source they came out in.
CLASSICS = [
    ({"family": "Levitt", "given": "Theodore"}, 1960, "Marketing myopia", "Harvard Business Review", "38", "4", "45-56"),
    ({"family": "Borden", "given": "Neil H."}, 1964, "The concept of the marketing mix", "Journal of Advertising Research", "4", "2", "2-7"),
    ({"family": "Kotler", "given": "Philip"}, 1967, None, None, None, None, None),
    ({"family": "Shostack", "given": "G. Lynn"}, 1977, "Breaking free from product marketing", "Journal of Marketing", "41", "2", "73-80"),
    ({"family": "Kotler", "given": "Philip"}, 1969, "Broadening the concept of marketing", "Journal of Marketing", "33", "1", "10-15"),
    ({"family": "Smith", "given": "Wendell R."}, 1956, "Product differentiation and market segmentation as alternative marketing strategies", "Journal of Marketing", "21", "1", "3-8"),
    ({"family": "Booms", "given": "Bernard H."}, 1981, "Marketing strategies and organization structures for service firms", "Marketing of services", None, None, "47-51"),
    ({"family": "Zeithaml", "given": "Valarie A."}, 1988, "Consumer perceptions of price, quality, and value: a means-end model and synthesis of evidence", "Journal of Marketing", "52", "3", "2-22"),
]  # fmt: skip
SECTORS = {
    "B2B professional services": ["client relationships", "key account management", "thought leadership", "solution selling"],
    "nonprofit marketing": ["donor loyalty", "charity brands", "social marketing", "volunteer engagement"],
    "public sector marketing": ["citizen engagement", "public service brands", "behaviour change", "co-production"],
    "luxury": ["brand heritage", "rarity", "luxury consumption", "craftsmanship"],
    "tourism": ["destination image", "place branding", "visitor experience", "overtourism"],
    "higher education": ["student recruitment", "university branding", "student satisfaction", "league tables"],
}  # fmt: skip
ARTICLE_TITLES = ["{T} in {s}: a systematic literature review", "Rethinking {t}: a service-dominant logic perspective",
                  "Antecedents and outcomes of {t} in {s}", "When does {t} pay? Evidence from {s}",
                  "{T} and value co-creation in {s}", "Towards a theory of {t}", "The dark side of {t}",
                  "{T}: scale development and validation", "Measuring {t} in {s}: a multi-country study",
                  "Legitimacy, trust and {t} in {s}"]  # fmt: skip
BOOK_TITLES = [("Principles of marketing", "Pearson", "Harlow"), ("Marketing management", "Pearson", "Harlow"),
               ("Services marketing: integrating customer focus across the firm", "McGraw-Hill Education", "Maidenhead"),
               ("Strategic brand management", "Kogan Page", "London"), ("Business marketing management: B2B", "Cengage", "Boston, MA"),
               ("Social marketing: behaviour change for social good", "SAGE", "Thousand Oaks, CA"),
               ("Marketing management for non-profit organizations", "Oxford University Press", "Oxford"),
               ("Destination brands: managing place reputation", "Routledge", "Abingdon"),
               ("Marketing higher education: theory and practice", "Open University Press", "Maidenhead"),
               ("The luxury strategy: break the rules of marketing to build luxury brands", "Kogan Page", "London"),
               ("Relationship marketing: creating stakeholder value", "Butterworth-Heinemann", "Oxford"),
               ("Total relationship marketing", "Routledge", "Abingdon"), ("Marketing theory: a student text", "SAGE", "London")]  # fmt: skip
HANDBOOKS = [("The SAGE handbook of marketing theory", "SAGE", "London"), ("The Routledge companion to the future of marketing", "Routledge", "Abingdon"),
             ("Handbook of business-to-business marketing", "Edward Elgar", "Cheltenham"), ("The Routledge handbook of place branding", "Routledge", "Abingdon"),
             ("Research handbook on luxury branding", "Edward Elgar", "Cheltenham"), ("The Routledge companion to nonprofit marketing", "Routledge", "Abingdon"),
             ("The SAGE handbook of service-dominant logic", "SAGE", "London"), ("Marketing higher education: a handbook", "Palgrave Macmillan", "Basingstoke")]  # fmt: skip
JOURNALS = ["Journal of Marketing", "European Journal of Marketing", "Journal of the Academy of Marketing Science",
            "Industrial Marketing Management", "Journal of Marketing Management", "Journal of Business Research",
            "Journal of Nonprofit & Public Sector Marketing", "Tourism Management", "Journal of Marketing for Higher Education",
            "Journal of Brand Management", "Place Branding and Public Diplomacy", "Journal of Service Research",
            "International Journal of Research in Marketing", "Journal of Business & Industrial Marketing", "Marketing Theory"]  # fmt: skip
CONFERENCES = [("Proceedings of the {n} EMAC Annual Conference", ["Budapest", "Odense", "Madrid", "Bucharest", "Hamburg"]),
               ("AMA Summer Academic Conference proceedings", ["Chicago, IL", "San Francisco, CA", "Boston, MA"]),
               ("Academy of Marketing Conference {Y}", ["Cardiff", "Sheffield", "Leeds", "Kent"]),
               ("AMA Winter Academic Conference proceedings", ["Austin, TX", "Nashville, TN"]),
               ("IMP Conference {Y}", ["Kaunas", "Bath", "Marseille"])]  # fmt: skip
UNIVERSITIES = ["University of Strathclyde", "Cranfield University", "Lancaster University", "Université Paris-Dauphine",
                "University of Bath", "Aston University", "Copenhagen Business School", "Ulster University",
                "Manchester Metropolitan University", "University of Otago", "Bournemouth University", "Universität St. Gallen"]  # fmt: skip
ORGANISATIONS: list[tuple[str, set[str], str]] = [
    ("OECD", {"abbreviation", "international"}, "https://www.oecd.org/"),
    ("European Commission", {"government", "international"}, "https://ec.europa.eu/"),
    ("Office for National Statistics", {"government"}, "https://www.ons.gov.uk/"),
    ("Office for National Statistics (ONS)", {"government", "abbreviation"}, "https://www.ons.gov.uk/"),
    ("Eurostat", {"government", "international"}, "https://ec.europa.eu/eurostat/"),
    ("Higher Education Statistics Agency (HESA)", {"abbreviation"}, "https://www.hesa.ac.uk/"),
    ("Office for Students", {"government"}, "https://www.officeforstudents.org.uk/"),
    ("UCAS", {"abbreviation"}, "https://www.ucas.com/"),
    ("Universities UK", set(), "https://www.universitiesuk.ac.uk/"),
    ("The Charity Commission for England and Wales", {"government", "the"}, "https://www.gov.uk/charity-commission"),
    ("National Council for Voluntary Organisations (NCVO)", {"abbreviation"}, "https://www.ncvo.org.uk/"),
    ("Charities Aid Foundation", set(), "https://www.cafonline.org/"),
    ("VisitBritain", {"government"}, "https://www.visitbritain.org/"),
    ("VisitScotland", {"government"}, "https://www.visitscotland.org/"),
    ("UN Tourism", {"international"}, "https://www.unwto.org/"),
    ("World Travel & Tourism Council", {"ampersand", "international"}, "https://wttc.org/"),
    ("Bain & Company", {"ampersand", "company"}, "https://www.bain.com/"),
    ("McKinsey & Company", {"ampersand", "company"}, "https://www.mckinsey.com/"),
    ("Deloitte LLP", {"company"}, "https://www2.deloitte.com/uk/"),
    ("PwC UK", {"company"}, "https://www.pwc.co.uk/"),
    ("Burberry Group plc", {"company"}, "https://www.burberryplc.com/"),
    ("LVMH Moët Hennessy Louis Vuitton", {"company"}, "https://www.lvmh.com/"),
    ("Mulberry Group plc", {"company"}, "https://www.mulberry.com/"),
    ("Savills plc", {"company"}, "https://www.savills.co.uk/"),
    ("Linklaters LLP", {"company"}, "https://www.linklaters.com/"),
    ("Cancer Research UK", set(), "https://www.cancerresearchuk.org/"),
    ("Macmillan Cancer Support", set(), "https://www.macmillan.org.uk/"),
    ("The National Trust", {"the"}, "https://www.nationaltrust.org.uk/"),
    ("Chartered Institute of Marketing (CIM)", {"abbreviation"}, "https://www.cim.co.uk/"),
    ("Institute of Practitioners in Advertising (IPA)", {"abbreviation"}, "https://ipa.co.uk/"),
    ("Marketing Society", set(), "https://www.marketingsociety.com/"),
    ("B2B Institute at LinkedIn", {"company"}, "https://business.linkedin.com/"),
    ("Ipsos UK", {"market-research"}, "https://www.ipsos.com/en-uk"),
    ("Mintel", {"market-research"}, "https://store.mintel.com/"),
    ("Euromonitor International", {"market-research"}, "https://www.euromonitor.com/"),
    ("Kantar BrandZ", {"market-research"}, "https://www.kantar.com/"),
    ("YouGov", {"market-research"}, "https://yougov.co.uk/"),
    ("Altagamma & Bain", {"ampersand", "market-research"}, "https://altagamma.it/"),
    ("Advertising Standards Authority", set(), "https://www.asa.org.uk/"),
    ("Competition and Markets Authority (CMA)", {"government", "abbreviation"}, "https://www.gov.uk/cma"),
    ("Information Commissioner's Office", {"government", "apostrophe"}, "https://ico.org.uk/"),
    ("Fundraising Regulator", {"government"}, "https://www.fundraisingregulator.org.uk/"),
    ("Department for Education", {"government"}, "https://www.gov.uk/government/organisations/department-for-education"),
    ("HM Government", {"government"}, "https://www.gov.uk/"),
    ("Department for Culture, Media and Sport", {"government", "comma"}, "https://www.gov.uk/dcms"),
    ("Walpole", {"company"}, "https://www.thewalpole.co.uk/"),
    ("Sotheby's", {"apostrophe", "company"}, "https://www.sothebys.com/"),
    ("King's College London", {"apostrophe"}, "https://www.kcl.ac.uk/"),
    ("Harrods Ltd", {"company"}, "https://www.harrods.com/"),
    ("Edelman", {"company"}, "https://www.edelman.co.uk/"),
]  # fmt: skip
REPORT_TITLES = {
    "OECD": ["Education at a glance {Y}: OECD indicators", "OECD tourism trends and policies {Y}", "Trust and public policy"],
    "European Commission": ["Transition pathway for tourism", "Digital economy and society index {Y}", "Flash Eurobarometer 486: SMEs, start-ups, scale-ups"],
    "Eurostat": ["Tourism statistics: nights spent at tourist accommodation", "Key figures on Europe: {Y} edition"],
    "Office for National Statistics": ["Overseas travel and tourism: {Y}", "Charities and the voluntary sector in the UK", "Business insights and impact on the UK economy"],
}  # fmt: skip
GENERIC_REPORTS = ["{S} outlook {Y}", "The state of {t} {Y}", "{S}: annual review {Y}", "Annual report and accounts {Y}",
                   "Impact report {Y}", "Trust barometer {Y}: special report on brand trust", "Insight: {t} in {s}",
                   "Global powers of {s} {Y}", "True-luxury global consumer insight", "Understanding {t}: a guide for practitioners"]  # fmt: skip
LEGISLATION = ["Charities Act 2022", "Higher Education and Research Act 2017", "Digital Markets, Competition and Consumers Act 2024",
               "Consumer Rights Act 2015", "Data Protection Act 2018", "Public Services (Social Value) Act 2012",
               "Lobbying Act 2014", "Procurement Act 2023"]  # fmt: skip
NEWS = [("Financial Times", "https://www.ft.com/content/"), ("The Guardian", "https://www.theguardian.com/"),
        ("Times Higher Education", "https://www.timeshighereducation.com/news/"), ("BBC News", "https://www.bbc.co.uk/news/"),
        ("Civil Society", "https://www.civilsociety.co.uk/news/"), ("The Business of Fashion", "https://www.businessoffashion.com/articles/"),
        ("Travel Weekly", "https://travelweekly.co.uk/articles/"), ("Wonkhe", "https://wonkhe.com/blogs/")]  # fmt: skip
TRADE = [("Campaign", "https://www.campaignlive.co.uk/article/"), ("Marketing Week", "https://www.marketingweek.com/"),
         ("The Drum", "https://www.thedrum.com/news/"), ("B2B Marketing", "https://www.b2bmarketing.net/"),
         ("Third Sector", "https://www.thirdsector.co.uk/"), ("WARC", "https://www.warc.com/newsandopinion/news/")]  # fmt: skip
HEADLINES = ["Why {s} brands are rethinking {t}", "{t} is the new battleground for {s}", "Inside the rebrand of a {s} leader",
             "What the {Y} figures say about {t}", "Lessons in {t} from the {s} sector", "Is {t} overrated?"]  # fmt: skip
PODCASTS = [("Marketing Today with Alan Hart", "Episode {n}: {T}"), ("The B2B Marketing Podcast", "{T} with {person}"),
            ("Everyone Hates Marketers", "{T} explained"), ("Charity Marketing Podcast", "Episode {n}: {t} on a shoestring"),
            ("The Luxury Podcast", "{T} in {s}"), ("HE Marketing Talks", "Season {q}, episode {n}: {t}")]  # fmt: skip
CHANNELS = [("Harvard Business School", "YouTube"), ("Mark Ritson", "YouTube"), ("TEDx Talks", "YouTube"),
            ("Said Business School", "YouTube"), ("Ehrenberg-Bass Institute", "Vimeo"), ("Académie Luxe", "YouTube")]  # fmt: skip
SOCIAL = [("Binet", "Les", "LinkedIn"), ("Sharp", "Byron", "LinkedIn"), ("Ritson", "Mark", "X"), ("Field", "Peter", "LinkedIn"),
          ("Pérez-Ortega", "Lucía", "LinkedIn"), ("Nwosu", "Chiamaka", "Instagram")]  # fmt: skip


class Blind20WorkFactory(WorkFactory):
    """Works for blind20, drawn from its own random source so the seed alone fixes every report."""

    KINDS: ClassVar[dict[str, float]] = {
        "book": 12, "chapter": 9, "journal": 26, "classic": 4, "conference": 5, "working-paper": 4, "thesis": 2,
        "report": 9, "company-report": 3, "government": 5, "legislation": 2, "news": 5, "trade-press": 4, "web": 6,
        "podcast": 2, "video": 2, "social": 2,
    }  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 24_000)
        self.fake = Faker("en_GB")
        self.fake.seed_instance(seed * 17 + 3)
        self.people_seen: list[dict[str, str]] = []
        self.org_years: list[tuple[str, set[str], str, dict[str, Any]]] = []

    # ------------------------------------------------------------------ names and dates
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        given = self.rng.choice(GIVEN)
        if roll < 0.1:
            particle, family, given = self.rng.choice(PARTICLES)
            name = {"family": family, "given": given, "non-dropping-particle": particle}
        elif roll < 0.18:
            name = {"family": self.rng.choice(HYPHENS), "given": given}
        elif roll < 0.28:
            name = {"family": self.rng.choice(CELTIC), "given": given}
        elif roll < 0.33 and self.people_seen:  # a co-author already met: networks of scholars cite each other
            name = dict(self.rng.choice(self.people_seen))
        else:
            name = {"family": self.rng.choice(FAMILY), "given": given}
        self.people_seen.append(name)
        return name

    def people(self, low: int, high: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(low, high + 1), weights=[30, 28, 20, 10, 5, 3, 2, 2][: high - low + 1])[0]
        chosen: list[dict[str, str]] = []
        while len(chosen) < count:
            name = self.person()
            if all(name["family"] != other["family"] for other in chosen):
                chosen.append(name)
        return chosen

    def year(self) -> int:
        return self.rng.choice(
            [self.rng.randint(1995, 2014), self.rng.randint(2012, 2025), self.rng.randint(2016, 2025)]
        )

    def issued(self, year: int | None = None, day: bool = False) -> dict[str, Any]:
        year = year or self.year()
        if day:
            return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}
        return {"date-parts": [[year]]}

    def accessed_after(self, issued: dict[str, Any] | None) -> dict[str, Any]:
        """An access date on or after the work's date, as a student reading it in 2022-2025 would note."""
        parts = [] if issued is None else issued["date-parts"][0]
        year = self.rng.randint(max(2022, parts[0] if parts else 2022), 2025)
        month = self.rng.randint(parts[1] if len(parts) > 1 and year == parts[0] else 1, 12)
        same = len(parts) > 2 and year == parts[0] and month == parts[1]
        return {"date-parts": [[year, month, self.rng.randint(parts[2] if same else 1, 28)]]}

    def words(self, pattern: str) -> str:
        sector = self.rng.choice(list(SECTORS))
        topic = self.rng.choice(SECTORS[sector])
        text = pattern.format(t=topic, T=topic[0].upper() + topic[1:], s=sector, S=sector[0].upper() + sector[1:],
                              Y=self.rng.randint(2015, 2025), n=self.rng.randint(2, 140), q=self.rng.randint(1, 6),
                              person=f"{self.rng.choice(GIVEN)} {self.rng.choice(FAMILY)}")  # fmt: skip
        return text[0].upper() + text[1:]

    def _id(self) -> str:
        self.counter += 1
        return f"b20-{self.counter}"

    # ------------------------------------------------------------------ finishing a work
    def person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same body in the same year again (OECD 2023a, 2023b): the builder adds the letters.
        if self.org_years and "issued" in record and self.rng.random() < 0.15:
            name, tags, _url, issued = self.rng.choice(self.org_years)
            record["issued"] = {"date-parts": [list(issued["date-parts"][0])]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(record["issued"])
            if "publisher" in record and kind in ("report", "company-report"):
                record["publisher"] = name.split(" (")[0]
        elif "issued" in record:
            self.org_years.append((name, tags, "", record["issued"]))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def online(self, record: dict[str, Any], url: str, access: float = 0.96) -> None:
        record["URL"] = url
        if self.rng.random() < access:  # some students leave the access date out: the builder records it as a problem
            record["accessed"] = self.accessed_after(record.get("issued"))

    def undated(self, record: dict[str, Any], chance: float) -> None:
        if self.rng.random() < chance:
            record.pop("issued", None)

    def slug(self, text: str) -> str:
        return "-".join("".join(ch for ch in word.lower() if ch.isalnum()) for word in text.split()[:6])

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        if kind is None:
            kind = self.rng.choices(list(self.KINDS), weights=list(self.KINDS.values()))[0]
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        return work

    def _book(self) -> Work:
        title, publisher, place = self.rng.choice(BOOK_TITLES)
        record: dict[str, Any] = {"type": "book", "title": title, "author": self.people(1, 4), "issued": self.issued(),
                                  "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.6:
            record["edition"] = str(self.rng.randint(2, 19))
        if self.rng.random() < 0.1:  # a translation
            record["title"] = f"{title} (trans. {self.rng.choice(GIVEN)[0]}. {self.rng.choice(FAMILY)})"
        return self.person_work(record, "book")

    def _chapter(self) -> Work:
        book, publisher, place = self.rng.choice(HANDBOOKS)
        start = self.rng.randint(3, 520)
        record: dict[str, Any] = {
            "type": "chapter", "title": self.words(self.rng.choice(["{T} in {s}", "Marketing {s}: a critical review",
                                                                    "Researching {t}", "{T}: past, present and future"])),
            "author": self.people(1, 3), "editor": self.people(1, 3), "container-title": book, "issued": self.issued(),
            "publisher": publisher, "publisher-place": place, "page": f"{start}-{start + self.rng.randint(12, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 4))
        return self.person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 1400)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self.words(self.rng.choice(ARTICLE_TITLES)), "author": self.people(1, 8),
            "container-title": self.rng.choice(JOURNALS), "issued": self.issued(), "volume": str(self.rng.randint(8, 112)),
            "issue": str(self.rng.randint(1, 12)), "page": f"{start}-{start + self.rng.randint(10, 32)}",
        }  # fmt: skip
        if self.rng.random() < 0.12:  # a special issue's guest editorial
            record["title"] = f"Editorial: {record['title'][0].lower()}{record['title'][1:]}"
        if self.rng.random() < 0.5:
            record["DOI"] = f"10.{self.rng.choice([1016, 1108, 1177, 1007, 1080])}/{self.rng.randint(100000, 999999)}"
        elif self.rng.random() < 0.3:  # read through the library, cited with a URL
            self.online(record, f"https://www.sciencedirect.com/science/article/pii/S{self.rng.randint(10**9, 10**10)}")
        return self.person_work(record, "journal")

    def _classic(self) -> Work:
        author, year, title, journal, volume, issue, pages = self.rng.choice(CLASSICS)
        if title is None:  # the first edition of a textbook, cited by its first year
            record: dict[str, Any] = {"type": "book", "title": "Marketing management: analysis, planning, and control",
                                      "author": [dict(author)], "issued": self.issued(year), "publisher": "Prentice-Hall",
                                      "publisher-place": "Englewood Cliffs, NJ"}  # fmt: skip
            return self.person_work(record, "book")
        record = {"type": "article-journal", "title": title, "author": [dict(author)], "container-title": journal,
                  "issued": self.issued(year), "page": pages}  # fmt: skip
        if volume:
            record["volume"], record["issue"] = volume, issue
        return self.person_work(record, "journal")

    def _conference(self) -> Work:
        name, places = self.rng.choice(CONFERENCES)
        year = self.rng.randint(2010, 2025)
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self.words(self.rng.choice(ARTICLE_TITLES)), "author": self.people(1, 5),
            "container-title": name.format(n=self.rng.choice(["44th", "47th", "49th", "50th", "51st", "52nd"]), Y=year), "publisher-place": self.rng.choice(places),
            "issued": self.issued(year), "page": f"{start}-{start + self.rng.randint(5, 14)}",
        }  # fmt: skip
        return self.person_work(record, "conference")

    def _working_paper(self) -> Work:
        number = str(self.rng.randint(1_000_000, 4_999_999))
        record: dict[str, Any] = {"type": "report", "title": self.words(self.rng.choice(ARTICLE_TITLES)),
                                  "author": self.people(1, 4), "issued": self.issued(self.rng.randint(2015, 2025))}  # fmt: skip
        if self.rng.random() < 0.6:
            record.update({"genre": "SSRN Working Paper", "number": number, "publisher": "SSRN"})
            self.online(record, f"https://papers.ssrn.com/sol3/papers.cfm?abstract_id={number}")
        else:
            uni = self.rng.choice(UNIVERSITIES)
            record.update({"genre": "Working paper", "number": f"{self.rng.randint(2015, 2024)}/{self.rng.randint(1, 40):02d}",
                           "publisher": uni})  # fmt: skip
        return self.person_work(record, "working-paper")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self.words(self.rng.choice(ARTICLE_TITLES)),
                                  "author": self.people(1, 1), "genre": self.rng.choice(["PhD thesis", "DBA thesis", "MPhil thesis"]),
                                  "publisher": self.rng.choice(UNIVERSITIES), "issued": self.issued()}  # fmt: skip
        if self.rng.random() < 0.5:
            self.online(
                record, f"https://ethos.bl.uk/OrderDetails.do?uin=uk.bl.ethos.{self.rng.randint(100000, 899999)}"
            )
        return self.person_work(record, "thesis")

    def _report(self) -> Work:
        name, tags, url = self.rng.choice(ORGANISATIONS)
        key = name.split(" (")[0]
        title = self.words(self.rng.choice(REPORT_TITLES.get(key, GENERIC_REPORTS)))
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": key, "issued": self.issued()}
        if self.rng.random() < 0.65:
            self.online(record, url + self.slug(title))
        self.undated(record, 0.1)
        return self.org_work(record, "report", name, tags)

    def _company_report(self) -> Work:
        name, tags, url = self.rng.choice([o for o in ORGANISATIONS if "company" in o[1]])
        year = self.rng.randint(2016, 2025)
        title = self.rng.choice([f"Annual report {year}", f"Annual report and accounts {year - 1}/{str(year)[2:]}",
                                 f"Strategic report {year}", f"Sustainability report {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name, "issued": self.issued(year)}
        self.online(record, url + "investors/" + self.slug(title), 0.8)
        return self.org_work(record, "company-report", name, tags)

    def _government(self) -> Work:
        name, tags, url = self.rng.choice([o for o in ORGANISATIONS if "government" in o[1] or "international" in o[1]])
        key = name.split(" (")[0]
        title = self.words(self.rng.choice(REPORT_TITLES.get(key, ["{S}: policy paper", "Guidance on {t}", "{T}: a consultation",
                                                                   "Statistical release: {t} {Y}"])))  # fmt: skip
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": title,
            "issued": self.issued(),
        }
        self.online(record, url + self.slug(title), 0.95)
        return self.org_work(record, "government", name, tags)

    def _legislation(self) -> Work:
        title = self.rng.choice(LEGISLATION)
        year = int(title[-4:])
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": self.issued(year), "id": self._id()}
        return Work(record, title, str(year), True, 1, "legislation", {"legislation", "organisation"})

    def _news(self) -> Work:
        paper, url = self.rng.choice(NEWS)
        title = self.words(self.rng.choice(HEADLINES))
        issued = self.issued(self.rng.randint(2014, 2025), day=True)
        record: dict[str, Any] = {
            "type": "article-newspaper",
            "title": title,
            "container-title": paper,
            "issued": issued,
        }
        self.online(record, url + self.slug(title), 0.93)
        if self.rng.random() < 0.8:
            record["author"] = self.people(1, 2)
            return self.person_work(record, "news")
        return self.org_work(record, "news", paper, {"press"})

    def _trade_press(self) -> Work:
        paper, url = self.rng.choice(TRADE)
        title = self.words(self.rng.choice(HEADLINES))
        record: dict[str, Any] = {"type": "article-magazine", "title": title, "container-title": paper,
                                  "issued": self.issued(self.rng.randint(2015, 2025), day=True)}  # fmt: skip
        self.online(record, url + self.slug(title), 0.93)
        record["author"] = self.people(1, 2)
        return self.person_work(record, "trade-press")

    def _web(self) -> Work:
        title = self.words(
            self.rng.choice(["What is {t}?", "{T}: a guide", "About us", "Our approach to {t}", "{S} insights"])
        )
        record: dict[str, Any] = {
            "type": "webpage",
            "title": title,
            "issued": self.issued(self.rng.randint(2015, 2025)),
        }
        self.undated(record, 0.3)
        if self.rng.random() < 0.35:
            record["author"] = self.people(1, 2)
            self.online(record, self.fake.url() + self.slug(title), 0.9)
            return self.person_work(record, "web")
        name, tags, url = self.rng.choice(ORGANISATIONS)
        record["container-title"] = name.split(" (")[0]
        self.online(record, url + self.slug(title), 0.95)
        return self.org_work(record, "web", name, tags)

    def _podcast(self) -> Work:
        show, episode = self.rng.choice(PODCASTS)
        record: dict[str, Any] = {"type": "song", "title": self.words(episode), "container-title": show,
                                  "medium": "Podcast", "issued": self.issued(self.rng.randint(2018, 2025), day=True)}  # fmt: skip
        self.online(
            record, f"https://podcasts.apple.com/gb/podcast/{self.slug(show)}/id{self.rng.randint(10**8, 10**9)}"
        )
        if self.rng.random() < 0.5:
            record["author"] = self.people(1, 2)
            return self.person_work(record, "podcast")
        return self.org_work(record, "podcast", show, {"podcast"})

    def _video(self) -> Work:
        channel, platform = self.rng.choice(CHANNELS)
        record: dict[str, Any] = {"type": "motion_picture", "title": self.words(self.rng.choice(["{T} explained", "Lecture {q}: {t}",
                                                                                                  "The future of {s}", "{T} masterclass"])),
                                  "medium": f"{platform} video", "issued": self.issued(self.rng.randint(2012, 2025), day=True)}  # fmt: skip
        self.online(record, f"https://www.youtube.com/watch?v={self.fake.lexify('???????????')}")
        self.undated(record, 0.08)
        return self.org_work(record, "video", channel, {"video"})

    def _social(self) -> Work:
        family, given, platform = self.rng.choice(SOCIAL)
        record: dict[str, Any] = {"type": "post", "title": self.words(self.rng.choice(["Everyone in {s} should read this on {t}",
                                                                                        "Thread: {t}, and why it matters", "Hot take on {t}"])),
                                  "author": [{"family": family, "given": given}], "container-title": platform,
                                  "issued": self.issued(self.rng.randint(2019, 2025), day=True)}  # fmt: skip
        self.online(record, f"https://www.{platform.lower()}.com/posts/{self.fake.lexify('????????')}", 0.9)
        return self.person_work(record, "social")
