"""The blind328 pool's works: what marketers at eyewear brands, frame makers, optician chains, contact-lens and lens
makers, online glasses retailers and eye-health charities cite in CIM Level 6 and 7 reports and MBA assignments.

Written without reading the checker, its tests or any other pool. Books and chapters on marketing, retail and
fashion, optometry and retail journals with one to eight authors, the texts every candidate cites, reports and pages
of regulators and public bodies (GOC, CMA, NHS England, MHRA, Istat, HAS, FDA, FTC, WHO, European Commission), firms'
pages and annual reports (S.A., S.p.A., SE, A/S, Ltd, plc, Inc., K.K.), the optical, national and fashion press
signed and unsigned, market research and undated pages. Italian names with "De" and "Di", French with "Le" and "de",
Danish with "ø" and "æ", Japanese, Irish and British, American.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# The kinds of work as the builder knows them; classics are books, government, firms' and research reports are
# reports, pages are web and the press is news.
KINDS = ("book", "chapter", "journal", "report", "web", "news")

# (family, given, particle or "") as the region's journals print them.
_NAMES = [
    ("Rossi", "Giulia", ""), ("De Luca", "Marco", ""), ("Di Stefano", "Chiara", ""), ("Esposito", "Francesca", ""),
    ("Bianchi", "Luca", ""), ("Ferrari", "Alessandro", ""), ("Romano", "Silvia", ""), ("Colombo", "Paolo", ""),
    ("Ricci", "Elena", ""), ("Marino", "Giorgio", ""), ("Greco", "Valentina", ""), ("De Angelis", "Roberta", ""),
    ("Di Nardo", "Matteo", ""), ("Lo Presti", "Antonio", ""), ("D'Amico", "Federica", ""), ("Dall'Olio", "Stefano", ""),
    ("Zanetti", "Barbara", ""), ("Cavalli", "Nicola", ""), ("Del Prete", "Claudia", ""), ("Bassi", "Andrea", ""),
    ("Dubois", "Camille", ""), ("Lefèvre", "Julien", ""), ("Le Goff", "Anne", ""), ("Le Roux", "Mathilde", ""),
    ("Montclos", "Hélène", "de"), ("Villiers", "Pierre", "de"), ("Moreau", "Céline", ""), ("Girard", "Théo", ""),
    ("Rousseau", "Isabelle", ""), ("Chevalier", "Émilie", ""), ("Fontaine", "Antoine", ""), ("Lemaître", "Claire", ""),
    ("Sørensen", "Mette", ""), ("Jørgensen", "Anders", ""), ("Møller", "Kirsten", ""), ("Østergaard", "Rasmus", ""),
    ("Kjær", "Louise", ""), ("Nørgaard", "Søren", ""), ("Thygesen", "Ida", ""), ("Bech", "Mikkel", ""),
    ("Lund", "Freja", ""), ("Hvidt", "Jesper", ""), ("Brøndum", "Line", ""), ("Dæhlin", "Karen", ""),
    ("Tanaka", "Yuki", ""), ("Suzuki", "Haruto", ""), ("Sato", "Aiko", ""), ("Takahashi", "Kenji", ""),
    ("Watanabe", "Emi", ""), ("Ito", "Daisuke", ""), ("Yamamoto", "Naoko", ""), ("Kobayashi", "Takeshi", ""),
    ("Ōtani", "Hiroshi", ""), ("Matsumoto", "Rie", ""),
    ("O'Sullivan", "Aoife", ""), ("Ní Bhriain", "Siobhán", ""), ("Ó Briain", "Cian", ""), ("McCarthy", "Niamh", ""),
    ("O'Donnell", "Ciarán", ""), ("Mac Gabhann", "Seán", ""), ("Fitzgerald", "Orla", ""), ("Kavanagh", "Declan", ""),
    ("Smith", "James", ""), ("Jones", "Rebecca", ""), ("Patel", "Priya", ""), ("Thompson", "Oliver", ""),
    ("Clarke", "Hannah", ""), ("Evans", "Rhys", ""), ("Hughes", "Sian", ""), ("Wright", "Tom", ""),
    ("Armstrong-Hill", "Katie", ""), ("Ahmed", "Sana", ""), ("Okafor", "Chidi", ""), ("Hussain", "Imran", ""),
    ("Johnson", "Tyler", ""), ("Martinez", "Ana", ""), ("Kim", "Jiwoo", ""), ("Nguyen", "Linh", ""),
    ("Goldberg", "Rachel", ""), ("Washington", "Darnell", ""), ("Rivera", "Carlos", ""), ("Cohen", "Sarah", ""),
    ("Wolffsohn", "James", ""), ("Efron", "Nathan", ""), ("Morgan", "Philip", ""), ("Naidoo", "Kovin", ""),
]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Oxford University Press", "Oxford"), ("Wiley", "Chichester"), ("Palgrave Macmillan", "Basingstoke"),
               ("Bloomsbury", "London"), ("Elsevier", "Edinburgh"), ("Butterworth-Heinemann", "Oxford"),
               ("Thames & Hudson", "London"), ("Rizzoli", "New York"), ("Edward Elgar", "Cheltenham"),
               ("Springer", "Cham"), ("Berg", "Oxford")]  # fmt: skip
_JOURNALS = ["Ophthalmic and Physiological Optics", "Optometry and Vision Science", "Contact Lens and Anterior Eye",
             "Journal of Retailing", "Journal of Fashion Marketing and Management", "Journal of Business Research",
             "International Journal of Retail & Distribution Management", "Journal of Marketing Management",
             "Journal of Retailing and Consumer Services", "Journal of Brand Management", "Clinical and Experimental Optometry",
             "European Journal of Marketing", "Fashion Theory", "Journal of Product & Brand Management"]  # fmt: skip
_TOPICS = ["eyewear as fashion", "online spectacle sales", "contact lens compliance", "myopia control",
           "brand licensing in eyewear", "optical retail footprints", "independent opticians", "sight test uptake",
           "virtual try-on", "blue-light lenses", "luxury sunglasses", "vertical integration in eyewear",
           "direct-to-consumer glasses", "eye-health awareness", "prescription verification", "frame design",
           "daily disposable lenses", "children's eye care", "omnichannel optical retail", "celebrity endorsement",
           "sustainable acetate", "smart glasses", "price transparency in optics", "store staff and service quality",
           "social media and eyewear", "ageing consumers and presbyopia", "loyalty in optical chains",
           "counterfeit sunglasses", "made-in-Italy provenance", "Danish minimalist design", "Japanese titanium frames",
           "home try-on programmes", "franchise and joint-venture opticians", "lens subscription services"]  # fmt: skip
_MARKETS = ["spectacles", "sunglasses", "contact lenses", "optical retail", "eyewear", "eye care services",
            "prescription lenses", "luxury eyewear", "reading glasses", "online eyewear"]  # fmt: skip
_COUNTRIES = ["the UK", "Italy", "France", "Ireland", "Denmark", "Japan", "the US", "Europe"]
# (name, tags, site) of firms as candidates cite them
_FIRMS = [
    ("EssilorLuxottica SA", {"company"}, "essilorluxottica.com"), ("EssilorLuxottica", {"company"}, "essilorluxottica.com"),
    ("Safilo Group S.p.A.", {"company"}, "safilogroup.com"), ("Marcolin S.p.A.", {"company"}, "marcolin.com"),
    ("De Rigo S.p.A.", {"company"}, "derigo.com"), ("Kering Eyewear", {"company"}, "keringeyewear.com"),
    ("Lindberg A/S", {"company"}, "lindberg.com"), ("Ørgreen Optics A/S", {"company"}, "orgreenoptics.com"),
    ("Specsavers Optical Group Ltd", {"company"}, "specsavers.co.uk"), ("Specsavers", {"company"}, "specsavers.co.uk"),
    ("Warby Parker Inc.", {"company"}, "warbyparker.com"), ("Hoya Corporation", {"company"}, "hoya.com"),
    ("Carl Zeiss AG", {"company"}, "zeiss.com"), ("JINS Holdings Inc.", {"company"}, "jins.com"),
    ("Boots Opticians", {"company"}, "boots.com"), ("Vision Express", {"company"}, "visionexpress.com"),
    ("Optical Express", {"company"}, "opticalexpress.co.uk"), ("Cutler and Gross Ltd", {"company"}, "cutlerandgross.com"),
    ("Bausch + Lomb Corporation", {"company"}, "bausch.com"), ("CooperVision", {"company"}, "coopervision.co.uk"),
    ("The Cooper Companies, Inc.", {"company", "comma"}, "coopercos.com"), ("Moscot", {"company"}, "moscot.com"),
    ("Zoff Co., Ltd.", {"company", "comma"}, "zoff.co.jp"), ("Owndays Co., Ltd.", {"company", "comma"}, "owndays.com"),
    ("Krys Group", {"company"}, "krys.com"),
    ("Hoya Corporation", {"company"}, "hoya.com"), ("Essilor of America, Inc.", {"company", "comma"}, "essilorusa.com"),
    ("Royal National Institute of Blind People (RNIB)", {"charity", "abbreviation"}, "rnib.org.uk"),
    ("RNIB", {"charity", "acronym"}, "rnib.org.uk"), ("Fight for Sight", {"charity"}, "fightforsight.org.uk"),
    ("Eyecare Trust", {"charity"}, "eyecaretrust.org.uk"), ("Association of Optometrists (AOP)", {"trade-body", "abbreviation"}, "aop.org.uk"),
    ("Federation of Dispensing Opticians", {"trade-body"}, "fodo.com"), ("College of Optometrists", {"trade-body"}, "college-optometrists.org"),
    ("Association of British Dispensing Opticians (ABDO)", {"trade-body", "abbreviation"}, "abdo.org.uk"),
    ("The Vision Council", {"trade-body"}, "thevisioncouncil.org"), ("Optometry Scotland", {"trade-body"}, "optometryscotland.org.uk"),
    ("Specsavers' Hearcare & Eyecare Trust", {"charity", "apostrophe", "ampersand"}, "specsavers.co.uk"),
    ("Marks & Spencer Group plc", {"company", "ampersand"}, "marksandspencer.com"),
    ("Boots UK Ltd", {"company"}, "boots-uk.com"), ("Optician's Choice", {"company", "apostrophe"}, "opticianschoice.co.uk"),
    ("Glasses Direct Ltd", {"company"}, "glassesdirect.co.uk"), ("Mister Spex SE", {"company"}, "misterspex.com"),
    ("Kering SA", {"company"}, "kering.com"), ("LVMH Moët Hennessy Louis Vuitton SE", {"company"}, "lvmh.com"),
    ("Thélios S.p.A.", {"company"}, "thelios.com"), ("Coty Inc.", {"company"}, "coty.com"),
]  # fmt: skip
_GOVERNMENT = [
    ("General Optical Council", "optical.org"), ("General Optical Council (GOC)", "optical.org"),
    ("Competition and Markets Authority", "gov.uk"), ("Competition and Markets Authority (CMA)", "gov.uk"),
    ("NHS England", "england.nhs.uk"), ("Medicines and Healthcare products Regulatory Agency", "gov.uk"),
    ("Medicines and Healthcare products Regulatory Agency (MHRA)", "gov.uk"), ("Istat", "istat.it"),
    ("Istituto Nazionale di Statistica (Istat)", "istat.it"), ("Haute Autorité de Santé", "has-sante.fr"),
    ("Haute Autorité de Santé (HAS)", "has-sante.fr"), ("U.S. Food and Drug Administration", "fda.gov"),
    ("U.S. Food and Drug Administration (FDA)", "fda.gov"), ("Federal Trade Commission", "ftc.gov"),
    ("Federal Trade Commission (FTC)", "ftc.gov"), ("World Health Organization", "who.int"),
    ("World Health Organization (WHO)", "who.int"), ("European Commission", "ec.europa.eu"),
    ("Department of Health and Social Care", "gov.uk"), ("Health Service Executive", "hse.ie"),
    ("Danmarks Statistik", "dst.dk"), ("Office for National Statistics", "ons.gov.uk"),
    ("Ministry of Economy, Trade and Industry", "meti.go.jp"), ("Public Health Scotland", "publichealthscotland.scot"),
]  # fmt: skip
_PRESS = [("Optician", "opticianonline.net"), ("Optometry Today", "aop.org.uk/ot"), ("The Guardian", "theguardian.com"),
          ("Financial Times", "ft.com"), ("Le Monde", "lemonde.fr"), ("Il Sole 24 Ore", "ilsole24ore.com"),
          ("Børsen", "borsen.dk"), ("Nikkei Asia", "asia.nikkei.com"), ("WWD", "wwd.com"),
          ("Vogue Business", "voguebusiness.com"), ("The Irish Times", "irishtimes.com"), ("Drapers", "drapersonline.com"),
          ("The Business of Fashion", "businessoffashion.com"), ("Marketing Week", "marketingweek.com")]  # fmt: skip
_RESEARCH = ["Mintel", "Statista", "Euromonitor International", "GfK", "Kantar", "YouGov", "Vision Council",
             "Statista Research Department", "Euromonitor"]  # fmt: skip
# The texts every candidate cites: (family, given) authors, title, publisher, place, edition, years
_CLASSICS = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane")], "Marketing management", "Pearson", "Harlow", ["15", "16"], [2016, 2022]),
    ([("Kotler", "Philip"), ("Armstrong", "Gary")], "Principles of marketing", "Pearson", "Harlow", ["17", "18", "19"], [2018, 2020, 2023]),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow", ["7", "8"], [2019, 2022]),
    ([("Kapferer", "Jean-Noël"), ("Bastien", "Vincent")], "The luxury strategy: break the rules of marketing to build luxury brands", "Kogan Page", "London", ["2"], [2012]),
    ([("Porter", "Michael E.")], "Competitive advantage: creating and sustaining superior performance", "Free Press", "New York", [""], [1985]),
    ([("Keller", "Kevin Lane"), ("Swaminathan", "Vanitha")], "Strategic brand management", "Pearson", "Harlow", ["5"], [2020]),
    ([("Solomon", "Michael R."), ("Rabolt", "Nancy J.")], "Consumer behavior in fashion", "Prentice Hall", "Upper Saddle River, NJ", ["2"], [2009]),
    ([("Zeithaml", "Valarie A."), ("Bitner", "Mary Jo"), ("Gremler", "Dwayne D.")], "Services marketing", "McGraw-Hill", "New York", ["7"], [2018]),
    ([("Posner", "Harriet")], "Marketing fashion: strategy, branding and promotion", "Laurence King", "London", ["2"], [2015]),
    ([("Ries", "Al"), ("Trout", "Jack")], "Positioning: the battle for your mind", "McGraw-Hill", "New York", [""], [2001]),
    ([("Sharp", "Byron")], "How brands grow: what marketers don't know", "Oxford University Press", "South Melbourne", [""], [2010]),
    ([("Brassington", "Frances"), ("Pettitt", "Stephen")], "Essentials of marketing", "Pearson", "Harlow", ["4"], [2013]),
]  # fmt: skip


class Blind328WorkFactory(WorkFactory):
    """Works of eyewear, optical-retail and eye-health marketing: a subclass, so no other pool's corpus changes."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 328328)
        self.organisations: list[tuple[str, set[str], dict[str, Any], str, str]] = []
        self.surnames: list[str] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.72:
            family, given, particle = self.rng.choice(_NAMES)
            name = {"family": family, "given": given}
            if particle:
                name["non-dropping-particle"] = particle
        elif roll < 0.75 and self.surnames:  # a second person of a surname already in the report
            name = {"family": self.rng.choice(self.surnames), "given": self.rng.choice(_NAMES)[1]}
        else:
            locale = self.rng.choice(["it_IT", "fr_FR", "da_DK", "en_GB", "en_US", "en_IE", "ja_JP"])
            if locale not in self.fakers:
                locale = "en_GB"
            fake = self.fakers[locale]
            if locale == "ja_JP":
                family, given = self.rng.choice(_NAMES[44:54])[:2]
            else:
                family, given = fake.last_name(), fake.first_name()
            name = {"family": family, "given": given}
            words = family.split()
            if len(words) > 1 and words[0].islower():
                name = {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        self.surnames.append(name["family"])
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if all(p["family"] != person["family"] for p in people):
                people.append(person)
        return people

    def year(self) -> int:
        return self.rng.randint(2005, 2025) if self.rng.random() < 0.92 else self.rng.randint(1988, 2004)

    def accessed_after(self, issued: int | list[int] | None) -> dict[str, list[list[int]]]:
        """An access date on or after the work's date (a year, or a year, month and day) and from 2022 on."""
        parts = [issued] if isinstance(issued, int) else list(issued or [2022])
        start = max(2022, parts[0])
        year = self.rng.randint(start, max(start, 2025))
        if year == parts[0] and len(parts) == 3:
            month = self.rng.randint(parts[1], 12)
            day = self.rng.randint(parts[2] if month == parts[1] else 1, 28)
            return {"date-parts": [[year, month, day]]}
        return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        market = self.rng.choice(_MARKETS)
        country = self.rng.choice(_COUNTRIES)
        forms = [
            f"{topic[0].upper()}{topic[1:]}: evidence from {country}",
            f"The role of {topic} in {market} retailing",
            f"{topic[0].upper()}{topic[1:]} and {other}",
            f"Rethinking {topic}: a consumer perspective",
            f"How {topic} shapes {other}",
            f"Seeing is believing: {topic} and the {market} market in {country}",
            f"From frames to faces: {topic} and brand meaning",
            f"Consumer attitudes to {topic} among {self.rng.choice(['young adults', 'presbyopes', 'parents', 'Gen Z shoppers', 'contact lens wearers', 'luxury buyers'])}",
            f"{topic[0].upper()}{topic[1:]}: a systematic review",
        ]
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "classic", "government", "company-web", "company-report", "press",
             "market-research", "web-person", "undated-web"],
            weights=[10, 5, 24, 6, 11, 11, 7, 11, 8, 4, 3],
        )[0]  # fmt: skip
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        return work

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then a second work of a year by an organisation of the same sort already in the report ("General
        # Optical Council, 2023a" and "2023b"); a title that names its year follows the year it was given.
        source = record.pop("source", kind)
        earlier = [entry for entry in self.organisations if entry[3] == source]
        if earlier and "issued" in record and self.rng.random() < 0.14:
            name, tags, issued, _source, site = self.rng.choice(earlier)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(issued["date-parts"][0])
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
            if "URL" in record and site:  # the page sits on the organisation's own site
                record["URL"] = site + record["URL"].split("/", 3)[3]
            elif "URL" in record:  # read in print: no address to give
                del record["URL"], record["accessed"]
        if "issued" in record:
            site = (
                record["URL"].split("/", 3)[0] + "//" + record["URL"].split("/", 3)[2] + "/" if "URL" in record else ""
            )
            self.organisations.append((name, tags, record["issued"], source, site))
        year = record["issued"]["date-parts"][0][0] if "issued" in record else 2024
        record["title"] = record["title"].replace("{year}", str(year)).replace("{last}", str(year - 1))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _classic(self) -> Work:
        authors, title, publisher, place, editions, years = self.rng.choice(_CLASSICS)
        pick = self.rng.randrange(len(years))
        record: dict[str, Any] = {"type": "book", "title": title,
                                  "author": [{"family": f, "given": g} for f, g in authors],
                                  "issued": {"date-parts": [[years[pick]]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        edition = editions[min(pick, len(editions) - 1)]
        if edition:
            record["edition"] = edition
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        topic = self.rng.choice(_TOPICS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice([f"The Routledge companion to {topic}", f"Handbook of {topic}",
                                                "Fashion branding and communication", "The optical retail handbook",
                                                "Luxury marketing: a challenge for theory and practice"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(3, 120)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(6, 24)}",
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.choice(['1111/opo', '1097/OPX', '1016/j.clae', '1016/j.jretai', '1108/JFMM', '1016/j.jbusres', '1108/IJRDM', '1080/0267257X'])}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _government(self) -> Work:
        name, site = self.rng.choice(_GOVERNMENT)
        topic = self.rng.choice(_TOPICS)
        year = self.year() if self.rng.random() < 0.93 else None
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "webpage"]),
            "title": self.rng.choice([f"{topic[0].upper()}{topic[1:]}: guidance for the sector",
                                      "Annual report and accounts {last}", f"{self.rng.choice(_MARKETS).capitalize()}: market study",
                                      "Standards for optical businesses", "Eye care in numbers",
                                      f"Consultation on {topic}", f"{self.rng.choice(_MARKETS).capitalize()} and consumer protection",
                                      "Public perceptions survey {year}", "Optical services: statistics"]),
            "URL": f"https://www.{site}/{self.fakers['en_GB'].slug()}", "accessed": self.accessed_after(year),
            "source": "government",
        }  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _company_web(self) -> Work:
        name, tags, site = self.rng.choice(_FIRMS)
        year = self.year() if self.rng.random() < 0.75 else None
        if year and year < 2012:
            year += 12
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self.rng.choice(["Our story", "About us", "Sustainability", "Our brands", "Eye health",
                                      "Careers in optics", "Book an eye test", f"{self.rng.choice(_TOPICS).capitalize()}",
                                      "Investor relations", "Press release: results for the year", "Our heritage",
                                      f"Why {self.rng.choice(_MARKETS)} matter"]),
            "URL": f"https://www.{site}/{self.fakers['en_GB'].slug()}", "accessed": self.accessed_after(year),
        }  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, "web", name, set(tags))

    def _company_report(self) -> Work:
        name, tags, site = self.rng.choice(_FIRMS)
        year = self.rng.randint(2015, 2025)
        record: dict[str, Any] = {
            "type": "report",
            "title": self.rng.choice(["Annual report {last}", "Universal registration document {last}",
                                      "Sustainability report {last}", "Integrated report {year}",
                                      "Letter to shareholders {last}", "Impact report {year}",
                                      "Annual financial report {last}", "Eyes on the future: strategy {year}"]),
            "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0], "source": "company-report",
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = f"https://www.{site}/investors/{self.fakers['en_GB'].slug()}.pdf"
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "report", name, set(tags))

    def _press(self) -> Work:
        paper, site = self.rng.choice(_PRESS)
        year = self.rng.randint(2010, 2025)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.{site}/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2014, 2025) if self.rng.random() < 0.9 else None
        market, country = self.rng.choice(_MARKETS), self.rng.choice(_COUNTRIES)
        where = country.replace("the ", "")
        titles = [f"{market.capitalize()} - {where} - {self.rng.choice(['March', 'July', 'November'])} {{year}}",
                  f"{market.capitalize()} in {country}", f"Revenue of the {market} market in {country} 2018-2028",
                  f"{where} {market} market: size and forecast to 2030",
                  f"Share of adults in {country} who wear {market}, by age", f"VisionWatch: {market} report Q{self.rng.randint(1, 4)}",
                  "Eyewear consumer survey {year}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": f"https://www.{'thevisioncouncil.org' if name == 'Vision Council' else name.split()[0].lower() + '.com'}/{self.fakers['en_GB'].slug()}",
                                  "accessed": self.accessed_after(year), "source": "research"}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org_work(record, "report", name, {"market-research"})

    def _web_person(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "issued": {"date-parts": [[year]]},
                                  "URL": f"https://www.{self.rng.choice(['opticianonline.net', 'aop.org.uk', 'eyewear-insight.com', 'medium.com', 'linkedin.com/pulse'])}/{self.fakers['en_GB'].slug()}",
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        return self._person_work(record, "web")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(),
                                  "URL": f"https://www.{self.rng.choice(_FIRMS)[2]}/{self.fakers['en_GB'].slug()}",
                                  "accessed": self.accessed_after(None)}  # fmt: skip
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags, _site = self.rng.choice(_FIRMS)
        return self._org_work(record, "web", name, set(tags) | {"undated"})
