"""Works for the blind355 pool: what marketers and owners of salons, barbers, nail bars, brow and lash studios,
professional haircare brands and salon-booking apps in the UK, Ireland, Italy, South Korea, Ghana and Canada cite in
CIM Level 6 and 7 reports and MBA assignments.

Written without reading the checker, its tests or any other pool. Textbooks on marketing and services marketing and
their chapters, journal articles on service quality, loyalty, social media and beauty consumption (one to eight
authors, DOIs now and then), trade bodies and professional associations (with "&", apostrophes and abbreviations,
two works of one body in a year), regulators' and governments' guidance and statistics on licensing, hygiene and
employment, haircare and cosmetics companies' annual reports and press pages, market research, trade magazines,
signed and unsigned news, and undated web pages with access dates. Names as this region's scholars and journals
print them: Korean family names first in the record ("Kim", given "Min-Jun"), Italian surnames with their particle
capitalised and kept in the surname ("De Luca", "D'Amico"), Irish names with Ó, Ní and Mac, Ghanaian double surnames
("Owusu-Ansah") and Québécois accents ("Côté").
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "trade-body", "government", "company-report", "company-web",
         "market-research", "trade-press", "news", "web")  # fmt: skip

# (family, given) as English-language journals print them.
_UK = [("Walsh", "Hannah"), ("Clarke", "Daniel"), ("Patel", "Priya"), ("Hughes", "Rebecca"), ("Bennett", "Tom"),
       ("Ahmed", "Sana"), ("Thompson", "Laura"), ("Fletcher-Wood", "Alice"), ("Okafor", "Chinedu"), ("Sharp", "Gemma"),
       ("Lloyd", "Rhys"), ("Robertson", "Eilidh"), ("Khan", "Imran"), ("Barnes", "Chloe"), ("Pugh", "Sian")]  # fmt: skip
_IRISH = [("Ó Súilleabháin", "Cian"), ("Ní Dhomhnaill", "Aoife"), ("Mac Giolla Phádraig", "Seán"), ("O'Brien", "Niamh"),
          ("McCarthy", "Orla"), ("Kavanagh", "Ciara"), ("Ní Bhriain", "Róisín"), ("Mac Namara", "Eoin"),
          ("Brennan", "Sinéad"), ("Ó Conaill", "Pádraig")]  # fmt: skip
_ITALIAN = [("De Luca", "Chiara"), ("D'Amico", "Francesca"), ("Di Stefano", "Marco"), ("Bianchi", "Giulia"),
            ("Esposito", "Alessandro"), ("Lo Russo", "Martina"), ("Ferrari", "Elisa"), ("Dell'Orto", "Paolo"),
            ("Romano", "Federica"), ("Colombo", "Luca"), ("Greco", "Sara"), ("La Rocca", "Valentina")]  # fmt: skip
_KOREAN = [("Kim", "Min-Jun"), ("Lee", "Seo-Yeon"), ("Park", "Ji-Woo"), ("Choi", "Hyun-Woo"), ("Jung", "Eun-Ji"),
           ("Kang", "Da-Eun"), ("Yoon", "Soo-Jin"), ("Han", "Jae-Hyun"), ("Shin", "Ha-Eun"), ("Cho", "Yeon-Woo"),
           ("Lim", "Ji-Hye"), ("Oh", "Sung-Min")]  # fmt: skip
_GHANAIAN = [("Mensah", "Akosua"), ("Owusu-Ansah", "Kwabena"), ("Boateng", "Abena"), ("Asante", "Kofi"),
             ("Agyeman-Duah", "Efua"), ("Ofori-Atta", "Yaw"), ("Amoako", "Adwoa"), ("Appiah", "Kwame"),
             ("Tetteh", "Naa"), ("Darko", "Ama"), ("Quaye", "Nii"), ("Adu-Gyamfi", "Esi")]  # fmt: skip
_CANADIAN = [("Tremblay", "Marie-Ève"), ("Côté", "Olivier"), ("Gagnon", "Isabelle"), ("Bélanger", "Mathieu"),
             ("Lévesque", "Sophie"), ("MacDonald", "Heather"), ("Singh", "Harpreet"), ("Wong", "Jennifer"),
             ("Bouchard", "Émilie"), ("Fraser", "Graham"), ("Nguyen", "Thao")]  # fmt: skip
_PARTICLES = [("van", "Dijk", "Sanne"), ("de", "Vries", "Lotte"), ("da", "Silva", "Ana"), ("van der", "Berg", "Iris")]  # fmt: skip

_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Sage", "London"), ("Kogan Page", "London"),
               ("Oxford University Press", "Oxford"), ("McGraw-Hill Education", "Maidenhead"),
               ("Cengage Learning", "Andover"), ("Wiley", "Chichester"), ("Palgrave Macmillan", "London"),
               ("Goodfellow Publishers", "Oxford"), ("Cengage", "Boston, MA"), ("Milady", "Clifton Park, NY")]  # fmt: skip
_BOOK_TITLES = ["Services marketing: integrating customer focus across the firm", "Principles of marketing",
                "Marketing management", "Services marketing: people, technology, strategy",
                "Essentials of services marketing", "Marketing: an introduction", "Strategic brand management",
                "Consumer behaviour: buying, having and being", "Digital marketing: strategy, implementation and practice",
                "The salon business: marketing for hair and beauty professionals", "Managing customer experience",
                "Relationship marketing: creating stakeholder value", "Beauty and the business of appearance",
                "Social media marketing: a strategic approach", "Small business marketing", "Retailing: an introduction",
                "Marketing the beauty salon", "Service management: operations, strategy and information technology"]  # fmt: skip
_HANDBOOKS = ["The Routledge handbook of services marketing", "The Sage handbook of consumer culture",
              "Handbook of research on beauty and personal care marketing", "The Oxford handbook of service management",
              "The Routledge companion to fashion and beauty marketing", "Handbook of research on customer loyalty"]  # fmt: skip
_JOURNALS = ["Journal of Services Marketing", "Journal of Service Research", "Managing Service Quality",
             "Journal of Retailing and Consumer Services", "International Journal of Cosmetic Science",
             "Journal of Marketing", "Journal of Business Research", "Service Industries Journal",
             "Journal of Consumer Behaviour", "Psychology & Marketing", "International Journal of Consumer Studies",
             "Journal of Research in Interactive Marketing", "Journal of Fashion Marketing and Management",
             "Asia Pacific Journal of Marketing and Logistics", "Journal of Global Fashion Marketing",
             "African Journal of Economic and Management Studies", "Irish Journal of Management",
             "Canadian Journal of Administrative Sciences", "Mercati & Competitività", "Journal of Small Business and Enterprise Development"]  # fmt: skip
_TOPICS = ["service quality in hair salons", "customer loyalty to hairdressers", "stylist–client rapport",
           "online booking and no-shows", "Instagram and salon choice", "beauty influencers and trust",
           "K-beauty and global consumers", "natural hair care in West Africa", "male grooming and barbershops",
           "nail bar hygiene and risk", "brow and lash treatments", "professional haircare brands",
           "price and perceived value in salons", "salon retailing of products", "employee turnover in salons",
           "self-employed chair renters", "sustainability in salons", "beauty apps and augmented reality",
           "switching costs in personal services", "service recovery after a bad haircut", "online reviews of salons",
           "ethnic haircare and inclusion", "TikTok beauty trends", "appearance and identity", "luxury salon experiences"]  # fmt: skip
_FORMS = ["{t}: evidence from {c}", "The effect of {t} on repeat visits", "{T}: a qualitative study",
          "Understanding {t}: the role of trust", "{T} and word of mouth", "Why clients stay: {t}",
          "{T} in {c}: a survey of salon clients", "Rethinking {t}", "{T}: a systematic review",
          "Beyond the chair: {t}"]  # fmt: skip
_PLACES = ["the UK", "Ireland", "Italy", "South Korea", "Ghana", "Canada", "Seoul", "Accra", "Milan", "Toronto",
           "Dublin", "Manchester", "Montreal", "Kumasi"]  # fmt: skip

# (name, tags, domain): who candidates cite when no person is named.
_BODIES = [
    ("National Hair & Beauty Federation", {"trade-body", "ampersand"}, "nhbf.co.uk"),
    ("National Hair & Beauty Federation (NHBF)", {"trade-body", "ampersand", "abbreviation"}, "nhbf.co.uk"),
    ("Hair & Beauty Industry Authority (Habia)", {"trade-body", "ampersand", "abbreviation"}, "habia.org"),
    ("Hair and Barber Council", {"regulator"}, "haircouncil.org.uk"),
    ("British Beauty Council", {"trade-body"}, "britishbeautycouncil.com"),
    ("Cosmetic, Toiletry & Perfumery Association (CTPA)", {"trade-body", "ampersand", "abbreviation", "comma"}, "ctpa.org.uk"),
    ("British Association of Beauty Therapy & Cosmetology", {"trade-body", "ampersand"}, "babtac.com"),
    ("Irish Hairdressers Federation", {"trade-body"}, "ihf.ie"),
    ("Hair & Beauty Ireland", {"trade-body", "ampersand"}, "hairandbeautyireland.ie"),
    ("Cosmetica Italia", {"trade-body"}, "cosmeticaitalia.it"),
    ("Confartigianato Acconciatori", {"trade-body"}, "confartigianato.it"),
    ("Korea Cosmetic Association", {"trade-body"}, "kcia.or.kr"),
    ("Cosmetics Alliance Canada", {"trade-body"}, "cosmeticsalliance.ca"),
    ("Ghana Hairdressers' & Beauticians' Association (GHABA)", {"trade-body", "apostrophe", "ampersand", "abbreviation"}, "ghaba.org.gh"),
    ("Chartered Institute of Marketing (CIM)", {"trade-body", "abbreviation"}, "cim.co.uk"),
]  # fmt: skip
_GOVERNMENT = [
    ("Health and Safety Executive", {"government"}, "hse.gov.uk"),
    ("Health and Safety Executive (HSE)", {"government", "abbreviation"}, "hse.gov.uk"),
    ("Department for Business and Trade", {"government"}, "gov.uk"),
    ("Office for National Statistics", {"government"}, "ons.gov.uk"),
    ("Office for Product Safety & Standards", {"government", "ampersand"}, "gov.uk"),
    ("Competition and Markets Authority", {"government"}, "gov.uk"),
    ("Scottish Government", {"government"}, "gov.scot"),
    ("Welsh Government", {"government"}, "gov.wales"),
    ("Westminster City Council", {"government"}, "westminster.gov.uk"),
    ("Health Service Executive", {"government"}, "hse.ie"),
    ("Central Statistics Office", {"government"}, "cso.ie"),
    ("Department of Enterprise, Trade and Employment", {"government", "comma"}, "enterprise.gov.ie"),
    ("Istat", {"government"}, "istat.it"),
    ("Ministero della Salute", {"government"}, "salute.gov.it"),
    ("Ministry of Food and Drug Safety", {"government"}, "mfds.go.kr"),
    ("Statistics Korea", {"government"}, "kostat.go.kr"),
    ("Korea Health Industry Development Institute (KHIDI)", {"government", "abbreviation"}, "khidi.or.kr"),
    ("Food and Drugs Authority", {"government"}, "fdaghana.gov.gh"),
    ("Ghana Statistical Service", {"government"}, "statsghana.gov.gh"),
    ("Statistics Canada", {"government"}, "statcan.gc.ca"),
    ("Health Canada", {"government"}, "canada.ca"),
    ("Ontario Ministry of Health", {"government"}, "ontario.ca"),
]  # fmt: skip
_COMPANIES = [
    ("L'Oréal", {"company", "apostrophe"}, "loreal.com"), ("L'Oréal UK & Ireland", {"company", "apostrophe", "ampersand"}, "loreal.com"),
    ("Wella Company", {"company"}, "wellacompany.com"), ("Coty Inc.", {"company"}, "coty.com"),
    ("Henkel", {"company"}, "henkel.com"), ("Amorepacific", {"company"}, "amorepacific.com"),
    ("LG H&H", {"company", "ampersand", "acronym"}, "lghnh.com"), ("Davines Group", {"company"}, "davines.com"),
    ("Alfaparf Milano", {"company"}, "alfaparfmilano.com"), ("Olaplex Holdings", {"company"}, "olaplex.com"),
    ("Toni & Guy", {"company", "ampersand"}, "toniandguy.com"), ("Rush Hair & Beauty", {"company", "ampersand"}, "rush.co.uk"),
    ("Regis UK", {"company"}, "regis.co.uk"), ("Headmasters", {"company"}, "headmasters.com"),
    ("Lee Stafford", {"company"}, "leestafford.com"), ("Brushworks", {"company"}, "brushworks.ie"),
    ("Fresha", {"company"}, "fresha.com"), ("Treatwell", {"company"}, "treatwell.co.uk"), ("Booksy", {"company"}, "booksy.com"),
    ("Phorest", {"company"}, "phorest.com"), ("Kakao", {"company"}, "kakaocorp.com"), ("Olive Young", {"company"}, "oliveyoung.com"),
    ("Sally Beauty", {"company"}, "sallybeauty.co.uk"), ("Boots UK", {"company"}, "boots.com"),
    ("Jamieson's Salon Group", {"company", "apostrophe"}, "jamiesons-salons.ca"),
]  # fmt: skip
_RESEARCH = ["Mintel", "Statista", "Euromonitor International", "Kantar", "NielsenIQ", "IBISWorld", "Circana",
             "YouGov", "GlobalData", "Ipsos"]  # fmt: skip
_MARKETS = ["hair and beauty salons", "barbers", "nail salons", "haircare", "men's grooming", "professional haircare",
            "beauty and personal care", "brow and lash services", "hair colourants", "salon booking apps",
            "cosmetics", "ethnic haircare"]  # fmt: skip
_PRESS = ["Hairdressers Journal International", "Professional Beauty", "Salon Business", "Scratch Magazine",
          "Creative HEAD", "Beauty Independent", "Cosmetics Business", "Salon Magazine", "The Grocer", "Marketing Week",
          "Campaign"]  # fmt: skip
_NEWS = ["The Guardian", "The Irish Times", "BBC News", "The Korea Herald", "Korea JoongAng Daily",
         "Corriere della Sera", "Il Sole 24 Ore", "Graphic Online", "MyJoyOnline", "CBC News", "The Globe and Mail",
         "Financial Times", "The Independent", "Irish Independent"]  # fmt: skip
_WEB_TITLES = ["Starting a hair salon", "Skin tests before hair colour", "Licensing of special treatments",
               "Hygiene in nail salons", "Employment status of salon workers", "Chair rental explained",
               "Minimum wage rates", "Gel nail allergies", "Tips and the tronc", "Our story", "Our brands",
               "Careers in hair and beauty", "Find a salon", "Cosmetic product safety", "Salon owners' guide to VAT"]  # fmt: skip


class Blind355WorkFactory(WorkFactory):
    """The blind355 pool's works: hair, beauty, barbering and salon apps in six countries."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 355)
        self.organisations: list[tuple[str, set[str], dict[str, Any], str]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.05:
            particle, family, given = self.rng.choice(_PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        table = self.rng.choices(
            [_UK, _IRISH, _ITALIAN, _KOREAN, _GHANAIAN, _CANADIAN], weights=[26, 16, 15, 16, 14, 13]
        )[0]
        family, given = self.rng.choice(table)
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if name not in people:
                people.append(name)
        return people

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1985, 2004)
        return self.rng.randint(2008, 2024)

    def _accessed_after(self, record: dict[str, Any]) -> dict[str, list[list[int]]]:
        first = 2022
        if "issued" in record:
            first = max(first, record["issued"]["date-parts"][0][0] + 1)
        return {
            "date-parts": [[self.rng.randint(min(first, 2025), 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]
        }

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        form = self.rng.choice(_FORMS)
        return (
            form.replace("{T}", topic[0].upper() + topic[1:])
            .replace("{t}", topic)
            .replace("{c}", self.rng.choice(_PLACES))
        )

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            list(KINDS), weights=[12, 5, 22, 10, 10, 7, 7, 8, 8, 6, 5]
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then one body's second work of a year ("NHBF, 2024a" and "2024b").
        if self.organisations and "issued" in record and self.rng.random() < 0.14:
            name, tags, issued, _domain = self.rng.choice(self.organisations)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record)
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.organisations.append((name, tags, record["issued"], ""))
        return self._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self.rng.choice(_BOOK_TITLES), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.4:
            record["edition"] = str(self.rng.randint(2, 12))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS[:9])
        start = self.rng.randint(1, 380)
        record: dict[str, Any] = {"type": "chapter", "title": self._title(), "author": self._people(3),
                                  "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
                                  "container-title": self.rng.choice(_HANDBOOKS),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place, "page": f"{start}-{start + self.rng.randint(10, 28)}"}  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 1200)
        record: dict[str, Any] = {"type": "article-journal", "title": self._title(), "author": self._people(8),
                                  "container-title": self.rng.choice(_JOURNALS),
                                  "issued": {"date-parts": [[self.year()]]}, "volume": str(self.rng.randint(3, 78)),
                                  "issue": str(self.rng.randint(1, 8)),
                                  "page": f"{start}-{start + self.rng.randint(9, 24)}"}  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 1199)}/{self.rng.choice(['JSM', 'JOSM', 'ics', 'jcb', 'IJRDM'])}-{self.rng.randint(1, 12):02d}-{self.rng.randint(2010, 2024)}-{self.rng.randint(1, 999):04d}"
            )
        return self._person_work(record, "journal")

    def _trade_body(self) -> Work:
        name, tags, domain = self.rng.choice(_BODIES)
        report = self.rng.random() < 0.45
        title = self.rng.choice(["Industry statistics", "State of the industry report", "Salon pay and conditions survey",
                                 "Skills and workforce report", "Code of practice for nail technicians",
                                 "Guide to patch testing", "Sustainability charter", "Value of beauty report",
                                 "Members' guide to employment status", "Apprenticeships in hair and barbering"])  # fmt: skip
        record: dict[str, Any] = {"type": "report" if report else "webpage", "title": title,
                                  "URL": f"https://www.{domain}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if report:
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = "London" if domain.endswith(".uk") else None
            if record["publisher-place"] is None:
                del record["publisher-place"]
        if self.rng.random() < 0.82:
            record["issued"] = {"date-parts": [[self.year()]]}
        record["accessed"] = self._accessed_after(record)
        return self._org(record, "trade-body", name, tags)

    def _government(self) -> Work:
        name, tags, domain = self.rng.choice(_GOVERNMENT)
        title = self.rng.choice(["Special treatments licensing: guidance for premises", "Hairdressing and beauty: health and safety",
                                 "Skin treatment licence", "National minimum wage and national living wage rates",
                                 "Business population estimates", "Labour force survey: personal services",
                                 "Cosmetic products: registration and notification", "Guidance on tattoo, piercing and nail premises",
                                 "Employment status: self-employed and chair renting", "Consumer protection: fake reviews",
                                 "Cosmetics regulations", "Annual business survey"])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title,
                                  "URL": f"https://www.{domain}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if self.rng.random() < 0.9:
            record["issued"] = {"date-parts": [[self.rng.randint(2012, 2024)]]}
        record["accessed"] = self._accessed_after(record)
        return self._org(record, "government", name, tags)

    def _company_report(self) -> Work:
        name, tags, domain = self.rng.choice(_COMPANIES)
        year = self.rng.randint(2015, 2024)
        title = self.rng.choice([f"Annual report {year}", f"Universal registration document {year}",
                                 f"Sustainability report {year}", f"Integrated report {year}", "Annual results"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name, "URL": f"https://www.{domain}/investors"}  # fmt: skip
        record["accessed"] = self._accessed_after(record)
        return self._org(record, "company-report", name, tags)

    def _company_web(self) -> Work:
        name, tags, domain = self.rng.choice(_COMPANIES)
        title = self.rng.choice(["Press release: record results", "About us", "Our commitments", "Newsroom",
                                 "Salon owners' report", "Education and academy", "Booking trends report",
                                 "Press release: new professional range"])  # fmt: skip
        record: dict[str, Any] = {
            "type": "webpage",
            "title": title,
            "URL": f"https://www.{domain}/{self.fakers['en_GB'].slug()}",
        }
        if self.rng.random() < 0.7:
            record["issued"] = {"date-parts": [[self.rng.randint(2016, 2024)]]}
        record["accessed"] = self._accessed_after(record)
        return self._org(record, "company-web", name, tags)

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        market, place = (
            self.rng.choice(_MARKETS),
            self.rng.choice(["UK", "Ireland", "Italy", "South Korea", "Ghana", "Canada"]),
        )
        year = self.rng.randint(2016, 2024)
        title = self.rng.choice([f"{market[0].upper()}{market[1:]} - {place} - {year}", f"{market[0].upper()}{market[1:]} in {place}",
                                 f"Revenue of the {market} market in {place} from 2018 to 2028",
                                 f"{place} {market} market: size and forecast"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name,
                                  "URL": f"https://www.{name.split()[0].lower()}.com/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if self.rng.random() < 0.92:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after(record)
        return self._org(record, "market-research", name, {"market-research"})

    def _trade_press(self) -> Work:
        year = self.rng.randint(2014, 2024)
        record: dict[str, Any] = {"type": "article-magazine", "title": self._title(),
                                  "container-title": self.rng.choice(_PRESS),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": f"https://www.{self.fakers['en_GB'].domain_name()}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        record["accessed"] = self._accessed_after(record)
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "trade-press")
        return self._org_work(record, "trade-press", record["container-title"], {"press"})

    def _news(self) -> Work:
        year = self.rng.randint(2012, 2024)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(),
                                  "container-title": self.rng.choice(_NEWS),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": f"https://www.{self.fakers['en_GB'].domain_name()}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        record["accessed"] = self._accessed_after(record)
        if self.rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(_WEB_TITLES),
                                  "URL": f"https://www.{self.fakers['en_GB'].domain_name()}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        record["accessed"] = self._accessed_after(record)
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags, domain = self.rng.choice(_BODIES + _COMPANIES)
        record["URL"] = f"https://www.{domain}/{self.fakers['en_GB'].slug()}"
        return self._org_work(record, "web", name, tags | {"undated"})
