"""The blind240 pool's works: what marketers at parcel carriers, couriers, freight forwarders, logistics and
warehousing firms, ports and shipping lines in the UK and Ireland cite in CIM Level 6 and 7 reports and MBA
assignments.

Written without reading the checker, its tests or any other pool. Textbooks from Kogan Page, Routledge, Pearson, Sage
and CILT, chapters, logistics, maritime and marketing journals with one to eight authors and DOIs, theses from the UK's
and Ireland's logistics schools, conference papers (LRN, IAME, the Academy of Marketing), regulators and public bodies
(two works of one body in a year now and then), trade bodies and charities, carriers' and ports' pages, annual reports
and investor decks, market research with years, trade and national press signed and unsigned, social posts, videos,
podcasts and undated pages. Names as their owners print them: British double-barrelled names, Irish names with Ó, Ní
and Mac, Dutch, Danish and Polish names, South Asian and Nigerian names.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_GB", "en_IE", "en_IE", "nl_NL", "da_DK", "pl_PL", "en_IN"]
# Names written as their owners print them (family, given, particle).
_NAMES = [
    ("Ó Briain", "Siobhán", ""), ("Ní Mhurchú", "Aoife", ""), ("Mac Giolla Phádraig", "Cian", ""),
    ("Ó Súilleabháin", "Pádraig", ""), ("Ní Bhriain", "Gráinne", ""), ("MacCarthy", "Niamh", ""),
    ("Mac an tSaoi", "Eoin", ""), ("O'Donoghue", "Ciarán", ""), ("McLoughlin", "Róisín", ""),
    ("Berg", "Lotte", "van der"), ("Meer", "Thijs", "van der"), ("Dijk", "Sanne", "van"), ("Vries", "Joost", "de"),
    ("Møller", "Mette", ""), ("Sørensen", "Rasmus", ""), ("Østergaard", "Kasper", ""), ("Kjærgaard", "Line", ""),
    ("Wójcik", "Agnieszka", ""), ("Kowalczyk", "Tomasz", ""), ("Wiśniewska", "Magdalena", ""), ("Łukasik", "Piotr", ""),
    ("Chaudhry", "Imran", ""), ("Patel", "Nisha", ""), ("Banerjee", "Sourav", ""), ("Sivakumar", "Lakshmi", ""),
    ("Gupta", "Rohit", ""), ("Raghavan", "Priya", ""), ("Adebayo", "Oluwaseun", ""), ("Okafor", "Chinedu", ""),
    ("Nwachukwu", "Ngozi", ""), ("Olanrewaju", "Tunde", ""), ("Eze", "Adaeze", ""), ("Ogunleye", "Folasade", ""),
    ("Fothergill-Smythe", "Harriet", ""), ("Lloyd-Jones", "Gareth", ""), ("Heaton-Brown", "Oliver", ""),
    ("Christopher", "Martin", ""), ("Mangan", "John", ""), ("Naim", "Mohamed", ""), ("Towill", "Denis", ""),
]  # fmt: skip
_GIVEN = ["Emma", "James", "Sarah", "David", "Claire", "Mark", "Rachel", "Andrew", "Helen", "Paul", "Laura",
          "Stephen", "Fiona", "Gareth", "Aisling", "Declan", "Catherine", "Richard", "Sinéad", "Alan"]  # fmt: skip
_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("Ofcom", {"government"}), ("Department for Transport", {"government"}),
    ("Department for Transport (DfT)", {"government", "abbreviation"}), ("HM Revenue & Customs", {"government", "ampersand"}),
    ("Office for National Statistics", {"government"}), ("Office for National Statistics (ONS)", {"government", "abbreviation"}),
    ("Competition and Markets Authority", {"government"}), ("Advertising Standards Authority", {"government"}),
    ("ComReg", {"government"}), ("Commission for Communications Regulation (ComReg)", {"government", "abbreviation"}),
    ("Revenue Commissioners", {"government"}), ("Maritime and Coastguard Agency", {"government"}),
    ("European Commission", {"government"}),
]  # fmt: skip
_BODIES: list[tuple[str, set[str]]] = [
    ("Logistics UK", {"trade-body"}), ("Road Haulage Association", {"trade-body"}),
    ("Road Haulage Association (RHA)", {"trade-body", "abbreviation"}),
    ("Chartered Institute of Logistics and Transport", {"trade-body"}),
    ("Chartered Institute of Logistics and Transport (CILT)", {"trade-body", "abbreviation"}),
    ("UK Warehousing Association", {"trade-body"}), ("British Ports Association", {"trade-body"}),
    ("UK Chamber of Shipping", {"trade-body"}), ("Freight Transport Association Ireland", {"trade-body"}),
    ("Citizens Advice", {"charity"}), ("Institute of Customer Service", {"trade-body"}),
]  # fmt: skip
_COMPANIES: list[tuple[str, set[str]]] = [
    ("International Distribution Services plc", {"company"}), ("Royal Mail Group Ltd", {"company"}),
    ("Royal Mail", {"company"}), ("Evri", {"company"}), ("Hermes Parcelnet Ltd", {"company"}),
    ("DPDgroup UK Ltd", {"company"}), ("DPD UK", {"company"}), ("Deutsche Post DHL Group", {"company"}),
    ("DHL Group", {"company"}), ("United Parcel Service Inc.", {"company"}), ("UPS", {"company", "acronym"}),
    ("Yodel Delivery Network Ltd", {"company"}), ("An Post", {"company"}), ("GXO Logistics Inc.", {"company"}),
    ("Wincanton plc", {"company"}), ("A.P. Moller - Maersk A/S", {"company", "punctuation"}),
    ("Maersk", {"company"}), ("Associated British Ports Holdings Ltd", {"company"}), ("Peel Ports Group", {"company"}),
    ("InPost S.A.", {"company", "punctuation"}), ("Clipper Logistics plc", {"company"}),
    ("Stena Line", {"company"}), ("Dublin Port Company", {"company"}), ("Hutchison Ports UK", {"company"}),
]  # fmt: skip
_RESEARCH = ["Apex Insight", "Transport Intelligence", "Transport Intelligence (Ti)", "Mintel", "Statista", "IMRG",
             "Which?", "Pitney Bowes", "Citizens Advice"]  # fmt: skip
_PRESS = ["Post & Parcel", "Parcel and Postal Technology International", "Logistics Manager", "Motor Transport",
          "Lloyd's List", "The Loadstar", "Financial Times", "The Guardian", "The Irish Times", "BBC News"]  # fmt: skip
_JOURNALS = ["International Journal of Physical Distribution & Logistics Management", "Journal of Business Logistics",
             "Supply Chain Management: An International Journal", "Transportation Research Part E: Logistics and Transportation Review",
             "Maritime Policy & Management", "Industrial Marketing Management", "Journal of Marketing Management",
             "International Journal of Logistics Management", "Journal of Marketing", "Irish Journal of Management"]  # fmt: skip
_TOPICS = ["last-mile delivery", "parcel lockers", "out-of-home delivery", "delivery choice", "B2B service quality",
           "returns management", "e-fulfilment", "port branding", "employer branding for drivers",
           "sustainable freight", "electric delivery vans", "customer experience in parcels", "freight forwarding",
           "relationship marketing in logistics", "warehouse automation", "peak season capacity",
           "logistics service providers", "the universal service obligation", "cross-border e-commerce",
           "green shipping corridors", "driver retention", "delivery tracking", "post-Brexit customs",
           "container shipping alliances", "contract logistics tenders"]  # fmt: skip
_TITLE_FORMS = ["{t}: a UK perspective", "Rethinking {t}", "{T} and customer loyalty", "The marketing of {t}",
                "{T} in the United Kingdom and Ireland", "Why {t} matters to shippers", "{T}: evidence from Europe",
                "{T} and the Amazon effect", "Managing {t} after Brexit", "{T}: a systematic literature review",
                "Service quality in {t}", "{T} and brand trust among online shoppers"]  # fmt: skip
_BOOKS = ["Logistics and Supply Chain Management", "The Handbook of Logistics and Distribution Management",
          "Global Logistics: New Directions in Supply Chain Management", "Marketing Logistics",
          "Business-to-Business Marketing", "Maritime Economics", "Sustainable Logistics and Supply Chain Management",
          "Port Management and Operations", "Strategic Marketing for Logistics Firms", "E-commerce Logistics",
          "Transport and Logistics in the Digital Age", "Green Logistics", "Contemporary Logistics"]  # fmt: skip
_PUBLISHERS = [("Kogan Page", "London"), ("Routledge", "Abingdon"), ("Pearson", "Harlow"), ("Sage", "London"),
               ("Chartered Institute of Logistics and Transport", "Corby"), ("Palgrave Macmillan", "Basingstoke"),
               ("Informa Law", "Abingdon")]  # fmt: skip
_SCHOOLS = ["Cranfield School of Management, Cranfield University", "Cardiff Business School, Cardiff University",
            "Heriot-Watt University", "Aston Business School, Aston University",
            "The Logistics Institute, University of Hull", "Technological University Dublin",
            "University of Plymouth"]  # fmt: skip
_CONFERENCES = [("Logistics Research Network (LRN) Annual Conference", ["Hull", "Cardiff", "Southampton", "Edinburgh"]),
                ("International Association of Maritime Economists (IAME) Conference", ["Athens", "Hong Kong", "Rotterdam"]),
                ("Academy of Marketing Conference", ["Cardiff", "Huddersfield", "Birmingham", "Glasgow"])]  # fmt: skip
_HOSTS = {"Royal Mail": "royalmail.com", "Evri": "evri.com", "DPD UK": "dpd.co.uk", "UPS": "ups.com",
          "An Post": "anpost.com", "Maersk": "maersk.com", "Stena Line": "stenaline.co.uk"}  # fmt: skip


class Blind240WorkFactory(WorkFactory):
    """The blind240 pool's works: parcels, logistics, warehousing, ports and shipping in the UK and Ireland."""

    KINDS = ("book", "chapter", "journal", "thesis", "conference", "government", "body", "company-web",
             "annual-report", "investor-deck", "market-research", "news", "trade-press", "social", "video", "podcast",
             "web")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 61 + 240)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 223 + index)
                self.fakers[locale] = fake
        self.dated_orgs: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people, organisations, dates
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.35:
            family, given, particle = self.rng.choice(_NAMES)
            name = {"family": family, "given": given}
            if particle:
                name["non-dropping-particle"] = particle
            return name
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family = fake.last_name()
        words = family.split()
        given = self.rng.choice(_GIVEN) if self.rng.random() < 0.5 else fake.first_name().split("-")[0]
        if len(words) > 1 and words[0].islower():
            return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        if self.rng.random() < 0.08:
            family = f"{family}-{self.fakers['en_GB'].last_name()}"
        return {"family": family, "given": given}

    def year(self) -> int:
        if self.rng.random() < 0.06:
            return self.rng.randint(1980, 2004)
        return self.rng.randint(2008, 2024)

    def accessed_after(self, year: int) -> dict[str, list[list[int]]]:
        return {
            "date-parts": [
                [self.rng.randint(max(year + 1, 2023), 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            ]
        }

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        form = self.rng.choice(_TITLE_FORMS)
        title = form.replace("{t}", topic).replace("{T}", topic[0].upper() + topic[1:])
        return title[0].upper() + title[1:]

    def _org(self, pool: list[tuple[str, set[str]]], record: dict[str, Any], kind: str) -> Work:
        name, tags = self.rng.choice(pool)
        same_pool = [entry for entry in self.dated_orgs if (entry[0], entry[1]) in pool]
        if same_pool and "issued" in record and self.rng.random() < 0.15:  # one body's two works of a year
            name, tags, issued = self.rng.choice(same_pool)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(issued["date-parts"][0][0])
        if "issued" in record:
            self.dated_orgs.append((name, set(tags), record["issued"]))
        if record.get("type") == "report" and "publisher" not in record:
            record["publisher"] = name.split(" (")[0]
        return self._org_work(record, kind, name, set(tags))

    def _url(self, name: str = "") -> str:
        host = _HOSTS.get(name) or f"www.{self.fakers['en_GB'].domain_name()}"
        return f"https://{host}/{self.fakers['en_GB'].slug()}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            list(self.KINDS), weights=[10, 5, 22, 3, 4, 8, 7, 6, 5, 2, 8, 6, 6, 2, 2, 2, 4]
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self.rng.choice(_BOOKS), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.4:
            record["edition"] = str(self.rng.randint(2, 7))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS[:4])
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {"type": "chapter", "title": self._title(), "author": self._people(3),
                                  "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
                                  "container-title": self.rng.choice(_BOOKS), "issued": {"date-parts": [[self.year()]]},
                                  "publisher": publisher, "publisher-place": place,
                                  "page": f"{start}-{start + self.rng.randint(10, 28)}"}  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 1400)
        record: dict[str, Any] = {"type": "article-journal", "title": self._title(), "author": self._people(8),
                                  "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
                                  "volume": str(self.rng.randint(8, 180)), "issue": str(self.rng.randint(1, 12)),
                                  "page": f"{start}-{start + self.rng.randint(10, 30)}"}  # fmt: skip
        if self.rng.random() < 0.6:
            record["DOI"] = (
                f"10.{self.rng.choice(['1108', '1111', '1016', '1080'])}/{self.fakers['en_GB'].bothify('????-##-####-####').upper()}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(_SCHOOLS),
                                  "genre": self.rng.choice(["PhD thesis", "DBA thesis", "MSc dissertation", "MPhil thesis"])}  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        name, places = self.rng.choice(_CONFERENCES)
        year = self.year()
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(4),
                                  "container-title": f"Proceedings of the {name} {year}", "event-place": self.rng.choice(places),
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        return self._person_work(record, "conference")

    def _government(self) -> Work:
        year = self.year()
        title = self.rng.choice([f"Annual monitoring update on postal services: financial year {year - 1}-{str(year)[2:]}",
                                 "Transport statistics Great Britain", "Review of postal regulation",
                                 "Future of freight plan", "Customs declarations: guidance for traders",
                                 "Retail sales, Great Britain", "Road freight statistics", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(),
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org(_ORGANISATIONS, record, "government")

    def _body(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(
            ["Logistics report", "Skills and employment survey", "Driver shortage briefing", "Port freight insight",
             "Parcel delivery complaints", "UK Customer Satisfaction Index", "State of the warehousing sector",
             self._title()]), "URL": self._url(), "accessed": self.accessed_after(year)}  # fmt: skip
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[year]]}
        return self._org(_BODIES, record, "body")

    def _company_web(self) -> Work:
        name, _tags = self.rng.choice(_COMPANIES)
        year = self.year()
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(
            ["About us", "Our sustainability commitments", "Careers: join our drivers", "Send a parcel",
             "Our network", "Press release: new hub opens", self._title()]), "URL": self._url(name),
            "accessed": self.accessed_after(year)}  # fmt: skip
        if self.rng.random() < 0.7:
            record["issued"] = {"date-parts": [[year]]}
        return self._org(_COMPANIES, record, "company-web")

    def _annual_report(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(
            [f"Annual report and financial statements {year - 1}-{str(year)[2:]}", f"Annual report {year}",
             f"Sustainability report {year}", "Annual report and accounts"]), "issued": {"date-parts": [[year]]}}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"], record["accessed"] = self._url(), self.accessed_after(year)
        return self._org(_COMPANIES, record, "annual-report")

    def _investor_deck(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(
            [f"Capital markets day {year}", f"Half-year results presentation {year}", f"Q{self.rng.randint(1, 4)} {year} investor presentation"]),
            "issued": {"date-parts": [[year]]}, "URL": self._url(), "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org(_COMPANIES, record, "investor-deck")

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2015, 2024)
        market = self.rng.choice(["UK parcels market", "UK courier and express market", "Irish parcels market",
                                  "UK contract logistics", "European e-commerce logistics", "UK warehousing"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(
            [f"{market} {year}", f"{market}: market report", f"Parcel Shipping Index {year}",
             f"Online retail index {year}", f"{market} forecast to {year + 5}"]), "publisher": name.split(" (")[0],
            "URL": self._url(), "accessed": self.accessed_after(year)}  # fmt: skip
        if self.rng.random() < 0.92:
            record["issued"] = {"date-parts": [[year]]}
        return self._org([(name, {"market-research"})], record, "market-research")

    def _dated_press(self, kind: str) -> Work:
        year = self.rng.randint(2014, 2024)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(),
                                  "container-title": self.rng.choice(_PRESS[:6] if kind == "trade-press" else _PRESS[6:]),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url(), "accessed": self.accessed_after(year)}  # fmt: skip
        if self.rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person_work(record, kind)
        return self._org([(record["container-title"], {"press"})], record, kind)

    def _news(self) -> Work:
        return self._dated_press("news")

    def _trade_press(self) -> Work:
        return self._dated_press("trade-press")

    def _social(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES + _BODIES[:4])
        year = self.rng.randint(2019, 2024)
        record: dict[str, Any] = {"type": "post", "title": self.rng.choice(
            ["Peak is here: thank you to every one of our drivers", "We're hiring warehouse operatives",
             "Our new electric vans hit the road today", "Customs changes explained in one minute"]),
            "container-title": self.rng.choice(["LinkedIn", "X", "Instagram", "TikTok"]),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}, "URL": self._url(),
            "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org([(name, tags)], record, "social")

    def _video(self) -> Work:
        year = self.rng.randint(2016, 2024)
        record: dict[str, Any] = {"type": "motion_picture", "title": self.rng.choice(
            ["Inside the Midlands Super Hub", "A day in the life of a courier", "How a container port works",
             "Our journey to net zero"]), "medium": "YouTube video", "issued": {"date-parts": [[year]]},
            "URL": f"https://www.youtube.com/watch?v={self.fakers['en_GB'].lexify('???????????')}",
            "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org(_COMPANIES, record, "video")

    def _podcast(self) -> Work:
        year = self.rng.randint(2019, 2024)
        record: dict[str, Any] = {"type": "song", "title": f"Episode {self.rng.randint(1, 180)}: {self._title()}",
                                  "container-title": self.rng.choice(["The Logistics Podcast", "Let's Talk Supply Chain", "Freight Matters"]),
                                  "medium": "Podcast", "author": self._people(2), "issued": {"date-parts": [[year]]},
                                  "URL": self._url(), "accessed": self.accessed_after(year)}  # fmt: skip
        return self._person_work(record, "podcast")

    def _web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url(),
                                  "accessed": self.accessed_after(2022)}  # fmt: skip
        if self.rng.random() < 0.5:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        return self._org(_BODIES + _COMPANIES, record, "web")
