"""The blind298 pool's works: what marketers at tattoo studios, piercing and body-art brands, aftercare and ink
makers, laser-removal clinics, conventions and booking platforms in the UK, the United States, Japan, New Zealand,
Germany and Brazil cite in CIM Level 6 and 7 reports and MBA assignments.

Books and chapters on tattooing, the body and consumer culture; journal articles (Body & Society, Journal of
Consumer Culture, Deviant Behavior, dermatology journals, consumer-studies and marketing journals) with one to eight
authors and DOIs; reports and pages of governments and public bodies (HSE, ECHA, the European Commission, the FDA,
CIEH, Public Health England, the ONS, IBGE, Stats NZ, Japan's Ministry of Health, Labour and Welfare), two of one
body in a year now and then; firms' pages and annual reports (LLC, Inc., GmbH, K.K., Ltda., ApS, Pty Ltd, Ltd), the
tattoo and lifestyle press signed and unsigned, artists' Instagram posts, market research with and without years,
undated pages; and the marketing texts every candidate cites. Names as this region's scholars and journals print
them: Japanese family names (and single "Hori-" artist names), Māori names with macrons and single names, German
names with "von" and umlauts, Brazilian names with "da", "dos" and "de" and two family names, and British and
American names. Written without reading the checker or any other pool.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "government", "company", "company-report", "news", "trade-press",
         "market-research", "social", "web", "classic")  # fmt: skip

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_US", "en_US", "de_DE", "pt_BR", "en_NZ"]
_JAPANESE = [("Tanaka", "Hiroshi"), ("Yamamoto", "Aiko"), ("Kitamura", "Takahiro"), ("Sasaki", "Emi"),
             ("Nakano", "Kenji"), ("Ishikawa", "Mariko"), ("Fujimoto", "Daisuke"), ("Ōta", "Yumi"),
             ("Saitō", "Kazuki"), ("Kōno", "Rie"), ("Matsuda", "Shun"), ("Hayashi", "Naoko")]  # fmt: skip
_HORI = ["Horitaka", "Horikazu", "Horitomo", "Horimitsu", "Horiren", "Horikoi"]  # artist names, one word
_MAORI = [("Te Whata", "Mereana"), ("Ngāwhika", "Tāne"), ("Tāwhai", "Aroha"), ("Mātene", "Wiremu"),
          ("Te Rangi", "Hēmi"), ("Pōtae", "Rangimārie"), ("Rāwiri", "Kahu"), ("Te Ao", "Miriama"),
          ("Whaanga", "Tamati"), ("Hōhaia", "Ngaire")]  # fmt: skip
_MAORI_SINGLE = ["Tūmanako", "Rangitāne", "Whetū", "Mokonui"]  # moko artists known by one name
_GERMAN = [("von Bülow", "Katrin"), ("von Hagen", "Lukas"), ("Müller", "Jürgen"), ("Schäfer", "Anja"),
           ("Köhler", "Tobias"), ("Weiß", "Sabine"), ("Groß", "Matthias"), ("Böhm", "Lena"),
           ("von der Heide", "Felix"), ("Krüger", "Miriam")]  # fmt: skip
_BRAZILIAN = [("da Silva", "Ana Paula"), ("dos Santos", "Rafael"), ("de Souza", "Mariana"),
              ("Pereira da Costa", "Thiago"), ("Oliveira Santos", "Camila"), ("Ferreira Lima", "Bruno"),
              ("de Almeida Rocha", "Juliana"), ("dos Reis Carvalho", "Lucas"), ("Gonçalves", "Beatriz"),
              ("Araújo Mendes", "Felipe")]  # fmt: skip
_JOURNALS = ["Body & Society", "Journal of Consumer Culture", "Deviant Behavior", "Journal of Cosmetic Dermatology",
             "British Journal of Dermatology", "International Journal of Consumer Studies",
             "Journal of Business Research", "Journal of Marketing Management", "Consumption Markets & Culture",
             "Journal of Consumer Research", "Contact Dermatitis"]  # fmt: skip
_PUBLISHERS = [("Routledge", "London"), ("Bloomsbury Academic", "London"), ("Palgrave Macmillan", "London"),
               ("University of Hawai'i Press", "Honolulu"), ("Reaktion Books", "London"),
               ("Auckland University Press", "Auckland"), ("Kogan Page", "London"), ("SAGE", "London"),
               ("Taschen", "Cologne"), ("Huia Publishers", "Wellington"), ("Rutgers University Press", "New Brunswick, NJ")]  # fmt: skip
_TOPICS = ["tattoo consumption", "body modification", "tattoo removal", "tattoo regret", "ink safety",
           "tattoo aftercare", "piercing culture", "studio branding", "tattoo tourism", "tā moko",
           "irezumi and stigma", "Instagram and tattoo artists", "influencer tattoo culture", "tattoo conventions",
           "fine-line tattooing", "laser removal clinics", "tattooed employees", "REACH ink restrictions",
           "online booking platforms", "tattoo flash", "cosmetic tattooing", "tattooed women",
           "heritage and indigenous tattooing", "the Brazilian tattoo market"]  # fmt: skip
_TITLE_FORMS = ["{T}: {S}", "The marketing of {t}", "{T} and the consumer", "Rethinking {t}",
                "{T} in the digital age", "Consuming the skin: {t} and identity", "{T}: a qualitative study",
                "{T} in {C}", "{T} and brand communities", "Stigma, status and {t}",
                "{T}: motives, risks and regret"]  # fmt: skip
_SUBTITLES = ["an ethnography", "practices and meanings", "a consumer culture perspective", "risks and responses",
              "evidence from a survey of adults", "a review", "a mixed-methods study"]  # fmt: skip
_COUNTRIES = ["the UK", "the United States", "Japan", "New Zealand", "Germany", "Brazil", "Europe"]
_GOVERNMENT = [
    ("Health and Safety Executive", {"government"}, "https://www.hse.gov.uk/"),
    ("Health and Safety Executive (HSE)", {"government", "abbreviation"}, "https://www.hse.gov.uk/"),
    ("European Chemicals Agency", {"government"}, "https://echa.europa.eu/"),
    ("European Chemicals Agency (ECHA)", {"government", "abbreviation"}, "https://echa.europa.eu/"),
    ("European Commission", {"government"}, "https://ec.europa.eu/"),
    ("U.S. Food and Drug Administration", {"government", "abbreviation"}, "https://www.fda.gov/"),
    ("U.S. Food and Drug Administration (FDA)", {"government", "abbreviation"}, "https://www.fda.gov/"),
    ("Chartered Institute of Environmental Health", {"government"}, "https://www.cieh.org/"),
    ("Chartered Institute of Environmental Health (CIEH)", {"government", "abbreviation"}, "https://www.cieh.org/"),
    ("Public Health England", {"government"}, "https://www.gov.uk/"),
    ("Office for National Statistics", {"government"}, "https://www.ons.gov.uk/"),
    ("Office for National Statistics (ONS)", {"government", "abbreviation"}, "https://www.ons.gov.uk/"),
    ("IBGE", {"government", "acronym"}, "https://www.ibge.gov.br/"),
    ("Instituto Brasileiro de Geografia e Estatística (IBGE)", {"government", "abbreviation"}, "https://www.ibge.gov.br/"),
    ("Statistics New Zealand", {"government"}, "https://www.stats.govt.nz/"),
    ("Stats NZ", {"government"}, "https://www.stats.govt.nz/"),
    ("Ministry of Health, Labour and Welfare", {"government", "comma"}, "https://www.mhlw.go.jp/"),
    ("Ministry of Health, Labour and Welfare (MHLW)", {"government", "comma", "abbreviation"}, "https://www.mhlw.go.jp/"),
    ("Bundesinstitut für Risikobewertung (BfR)", {"government", "abbreviation"}, "https://www.bfr.bund.de/"),
    ("Te Puni Kōkiri", {"government"}, "https://www.tpk.govt.nz/"),
]  # fmt: skip
_GOV_TITLES = ["Tattooing and body piercing: guidance for local authorities", "Tattoo inks and permanent make-up",
               "Restriction of hazardous substances in tattoo inks and permanent make-up",
               "Think before you ink: are tattoos safe?", "Tattooing, piercing and electrolysis toolkit",
               "Skin piercing activities: a guide for businesses", "Q&A on the REACH restriction of tattoo inks",
               "Pesquisa Nacional de Saúde: hábitos e estilo de vida", "Tattoo inks: safety alert and recall",
               "Household Labour Force Survey: self-employment and creative trades",
               "Tattoo removal and laser safety: a guide", "Guidelines on tattooing as a medical practice",
               "Ngā toi Māori: arts participation and tā moko", "Annual population survey: creative occupations"]  # fmt: skip
_FIRMS = [
    ("Removery LLC", {"company"}, "https://removery.com/"), ("Tattoodo ApS", {"company"}, "https://www.tattoodo.com/"),
    ("Cheyenne Professional Tattoo Equipment GmbH", {"company"}, "https://www.cheyennetattoo.com/"),
    ("Eternal Ink Inc.", {"company"}, "https://eternaltattoosupply.com/"),
    ("Electric Ink Indústria e Comércio Ltda.", {"company"}, "https://www.electricink.com.br/"),
    ("Tebori Supply K.K.", {"company"}, "https://www.teborisupply.jp/"),
    ("Inkvault Pty Ltd", {"company"}, "https://www.inkvault.com.au/"),
    ("Kōwhai Ink Ltd", {"company"}, "https://www.kowhaiink.co.nz/"),
    ("Needle & Thread Tattoo Co.", {"company", "ampersand"}, "https://www.needleandthread.co.uk/"),
    ("Ink & Iron Studios Ltd", {"company", "ampersand"}, "https://www.inkandiron.co.uk/"),
    ("Frankie's Tattoo Supply", {"company", "apostrophe"}, "https://www.frankiestattoosupply.com/"),
    ("Laser Away UK Ltd", {"company"}, "https://www.laserawayuk.co.uk/"),
    ("Tattoo & Piercing Industry Union (TPIU)", {"trade-body", "ampersand", "abbreviation"}, "https://www.tpiu.co.uk/"),
    ("Association of Professional Piercers (APP)", {"trade-body", "abbreviation"}, "https://safepiercing.org/"),
    ("British Association of Dermatologists", {"trade-body"}, "https://www.bad.org.uk/"),
    ("Alliance of Professional Tattooists", {"trade-body"}, "https://www.safe-tattoos.com/"),
    ("Deutsche Organisierte Tätowierer e.V.", {"trade-body"}, "https://www.dot-ev.de/"),
]  # fmt: skip
_FIRM_TITLES = ["About us", "Our story", "How laser tattoo removal works", "Annual report {Y}",
                "Aftercare instructions", "Ink safety and REACH compliance", "Find a studio near you",
                "Artist partnership programme", "Impact report {Y}", "Press kit", "Pricing and packages",
                "Safe piercing guidelines", "Code of practice for tattooists", "Sustainability statement {Y}",
                "State of the tattoo industry {Y}", "Careers: join our clinic team"]  # fmt: skip
_PRESS = ["Total Tattoo", "Skin Deep", "Inked", "Tattoo Life", "Vice", "Dazed", "The Guardian", "BBC News", "Allure",
          "The Japan Times", "Folha de S.Paulo", "Stuff", "The Spinoff", "Der Spiegel"]  # fmt: skip
_TRADE = ["Total Tattoo", "Skin Deep", "Inked", "Tattoo Life"]
_PRESS_TITLES = ["Inside the studio that made fine-line famous", "Why Gen Z is booking tattoos on Instagram",
                 "The EU's tattoo ink ban, explained", "Tattoo removal is booming: here's why",
                 "Meet the artists reviving tā moko", "Japan's tattoo taboo is fading, slowly",
                 "How Brazil became a tattoo superpower", "Convention report: a weekend in Frankfurt",
                 "The business of aftercare", "Is your tattoo ink safe?", "Tattooed and hired: the end of a stigma?",
                 "Five minutes with a Hori master", "Flash days and walk-ins: the new economics of ink",
                 "Laser clinics and the regret economy"]  # fmt: skip
_RESEARCH = [
    "Mintel",
    "IBISWorld",
    "Grand View Research",
    "Ipsos",
    "YouGov",
    "Statista",
    "Statista Research Department",
]
_RESEARCH_TITLES = ["Tattoo artists in the US: market size {Y}", "Tattoos and body art: UK, {Y}",
                    "Tattoo removal market size, share and trends analysis report, {Y} to 2030",
                    "Share of adults with a tattoo, by country, {Y}", "Tattoo ink market report {Y}",
                    "Beauty and personal care: consumer attitudes, UK, {Y}",
                    "Ipsos global survey: tattoos and piercings", "Tattoo parlours in the UK: industry report",
                    "One in four Britons now have a tattoo", "Tattoo aftercare products: global market outlook"]  # fmt: skip
# The marketing texts every candidate cites: (authors, year, title, publisher, place, edition).
_CLASSICS = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Chernev", "Alexander")], 2022, "Marketing management", "Pearson", "Harlow", "16th"),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], 2022, "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow", "8th"),
    ([("Aaker", "David A.")], 1996, "Building strong brands", "Free Press", "New York", None),
    ([("Keller", "Kevin Lane"), ("Swaminathan", "Vanitha")], 2020, "Strategic brand management: building, measuring, and managing brand equity", "Pearson", "Harlow", "5th"),
    ([("Solomon", "Michael R.")], 2020, "Consumer behavior: buying, having, and being", "Pearson", "Harlow", "13th"),
    ([("Jenkins", "Henry")], 2006, "Convergence culture: where old and new media collide", "New York University Press", "New York", None),
    ([("Fill", "Chris"), ("Turnbull", "Sarah")], 2019, "Marketing communications: touchpoints, sharing and disruption", "Pearson", "Harlow", "8th"),
    ([("Sanders", "Clinton R.")], 1989, "Customizing the body: the art and culture of tattooing", "Temple University Press", "Philadelphia", None),
    ([("DeMello", "Margo")], 2000, "Bodies of inscription: a cultural history of the modern tattoo community", "Duke University Press", "Durham, NC", None),
]  # fmt: skip


class Blind298WorkFactory(WorkFactory):
    """Works for blind298, drawn from one seeded source of its own so that a seed always gives the same works."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 298)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            fake = Faker(locale)
            fake.seed_instance(seed * 307 + index)
            self.fakers[locale] = fake
        self.bodies: list[tuple[str, set[str], int, str]] = []
        self.classics_used: set[int] = set()

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.12:
            family, given = self.rng.choice(_JAPANESE)
        elif roll < 0.2:
            family, given = self.rng.choice(_MAORI)
        elif roll < 0.3:
            family, given = self.rng.choice(_GERMAN)
        elif roll < 0.42:
            family, given = self.rng.choice(_BRAZILIAN)
        else:
            fake = self.fakers[self.rng.choice(_LOCALES)]
            family, given = fake.last_name(), fake.first_name()
            if self.rng.random() < 0.06:
                family = f"{family}-{self.fakers['en_GB'].last_name()}"
            elif self.rng.random() < 0.04:
                family = self.rng.choice(["O'", "Mc"]) + self.fakers["en_GB"].last_name().split("-")[0]
        words = family.split()
        if len(words) > 1 and words[0].islower():  # "da Silva", "von Bülow": the particle kept apart
            particle = []
            while len(words) > 1 and words[0].islower():
                particle.append(words.pop(0))
            return {"family": " ".join(words), "given": given, "non-dropping-particle": " ".join(particle)}
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 15, 9, 6, 4, 3, 3][:most])[0]
        return [self.person() for _ in range(count)]

    def year(self) -> int:
        return self.rng.randint(2005, 2025)

    def accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        year = self.rng.randint(max(2023, issued[0] if issued else 2023), 2025)
        month = self.rng.randint(1, 12)
        day = self.rng.randint(1, 28)
        if issued and year == issued[0]:
            month = self.rng.randint(issued[1] if len(issued) > 1 else 1, 12)
            if len(issued) > 2 and month == issued[1]:
                day = self.rng.randint(issued[2], 28)
        return {"date-parts": [[year, month, day]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        form = self.rng.choice(_TITLE_FORMS)
        title = form.format(T=topic[0].upper() + topic[1:], t=topic, S=self.rng.choice(_SUBTITLES),
                            C=self.rng.choice(_COUNTRIES))  # fmt: skip
        return title[0].upper() + title[1:]

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "government", "company", "company-report", "news", "trade-press",
             "market-research", "social", "web", "classic"],
            weights=[10, 6, 22, 11, 9, 4, 7, 6, 9, 4, 5, 6],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "book", "title": self._title(), "author": self._people(3), "publisher": publisher,
            "publisher-place": place, "issued": {"date-parts": [[self.year()]]},
        }  # fmt: skip
        if self.rng.random() < 0.15:  # a tattoo master's book under his artist name
            record["author"] = [{"family": self.rng.choice(_HORI)}]
        return self._person_work(record, "book")

    def _classic(self) -> Work:
        choices = [i for i in range(len(_CLASSICS)) if i not in self.classics_used]
        if not choices:
            return self._book()
        index = self.rng.choice(choices)
        self.classics_used.add(index)
        names, year, title, publisher, place, edition = _CLASSICS[index]
        record: dict[str, Any] = {
            "type": "book", "title": title, "author": [{"family": f, "given": g} for f, g in names],
            "publisher": publisher, "publisher-place": place, "issued": {"date-parts": [[year]]},
        }  # fmt: skip
        if edition:
            record["edition"] = edition
        return self._person_work(record, "classic")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 280)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3), "editor": self._people(2),
            "container-title": self.rng.choice(["The Routledge handbook of tattooing", "Tattooed bodies: theorizing body inscription",
                                                "Tā moko: culture, body modification and the psychology of identity",
                                                "Consumer culture theory", "The Oxford handbook of the body and marketing"]),
            "publisher": publisher, "publisher-place": place, "page": f"{start}-{start + self.rng.randint(12, 30)}",
            "issued": {"date-parts": [[self.year()]]},
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        journal = self.rng.choice(_JOURNALS)
        start = self.rng.randint(1, 1400)
        authors = self._people(8)
        if self.rng.random() < 0.08:  # eight-author dermatology papers are common
            authors = [self.person() for _ in range(self.rng.randint(6, 8))]
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": authors, "container-title": journal,
            "volume": str(self.rng.randint(3, 60)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{start}-{start + self.rng.randint(8, 25)}", "issued": {"date-parts": [[self.year()]]},
            "DOI": f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].bothify('????.#####').lower()}",
        }  # fmt: skip
        return self._person_work(record, "journal")

    def _body_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        """An organisation's work; now and then one of a body already drawn, in the same year (2023a, 2023b)."""
        same_kind = [body for body in self.bodies if body[3] == kind]
        if same_kind and "issued" in record and self.rng.random() < 0.2:
            old_year = record["issued"]["date-parts"][0][0]
            name, tags, year, _kind = self.rng.choice(same_kind)
            record["issued"] = {"date-parts": [[year]]}
            record["title"] = record["title"].replace(str(old_year), str(year))
            if "URL" in record and kind not in ("news", "trade-press"):  # the body's own site
                record["URL"] = dict((n, u) for n, _t, u in _GOVERNMENT + _FIRMS).get(name, record["URL"])
            if "accessed" in record:
                record["accessed"] = self.accessed_after([year])
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
            if kind in ("news", "trade-press"):  # an unsigned article: the paper is its author
                record["container-title"] = name
        if "issued" in record:
            self.bodies.append((name, tags, record["issued"]["date-parts"][0][0], kind))
        return self._org_work(record, kind, name, tags)

    def _government(self) -> Work:
        name, tags, url = self.rng.choice(_GOVERNMENT)
        year = self.year()
        record: dict[str, Any] = {
            "type": self.rng.choice(["report", "report", "webpage"]), "title": self.rng.choice(_GOV_TITLES),
            "issued": {"date-parts": [[year]]}, "URL": url + self.fakers["en_GB"].slug(),
            "accessed": self.accessed_after([year]),
        }  # fmt: skip
        if record["type"] == "report" and self.rng.random() < 0.5:
            record["publisher"] = name.split(" (")[0]
        if record["type"] == "webpage" and self.rng.random() < 0.25:
            del record["issued"]
        return self._body_work(record, "government", name, set(tags))

    def _company(self) -> Work:
        name, tags, url = self.rng.choice(_FIRMS)
        year = self.year()
        title = self.rng.choice([t for t in _FIRM_TITLES if "{Y}" not in t])
        record: dict[str, Any] = {"type": "webpage", "title": title, "URL": url + self.fakers["en_GB"].slug(),
                                  "issued": {"date-parts": [[year]]}, "accessed": self.accessed_after([year])}  # fmt: skip
        if self.rng.random() < 0.35:  # a firm's page with no date: cited "n.d."
            del record["issued"]
        return self._body_work(record, "company", name, set(tags))

    def _company_report(self) -> Work:
        name, tags, url = self.rng.choice(_FIRMS)
        year = self.year()
        title = self.rng.choice([t for t in _FIRM_TITLES if "{Y}" in t]).format(Y=year)
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name, "URL": url + "reports",
                                  "issued": {"date-parts": [[year]]}, "accessed": self.accessed_after([year])}  # fmt: skip
        return self._body_work(record, "company-report", name, set(tags))

    def _news(self) -> Work:
        paper = self.rng.choice(_PRESS)
        year = self.year()
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self.rng.choice(_PRESS_TITLES), "container-title": paper,
            "issued": {"date-parts": [issued]}, "URL": f"https://www.{paper.lower().replace(' ', '').replace('.', '')}.com/{self.fakers['en_GB'].slug()}",
            "accessed": self.accessed_after(issued),
        }  # fmt: skip
        if self.rng.random() < 0.8:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._body_work(record, "news", paper, {"press"})

    def _trade_press(self) -> Work:
        magazine = self.rng.choice(_TRADE)
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-magazine", "title": self.rng.choice(_PRESS_TITLES), "container-title": magazine,
            "issue": str(self.rng.randint(20, 280)), "issued": {"date-parts": [[year, self.rng.randint(1, 12)]]},
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = f"https://www.{magazine.lower().replace(' ', '')}.com/{self.fakers['en_GB'].slug()}"
            record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        if self.rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person_work(record, "trade-press")
        return self._body_work(record, "trade-press", magazine, {"press"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice(_RESEARCH_TITLES).format(Y=year), "publisher": name,
            "URL": f"https://www.{name.split()[0].lower()}.com/{self.fakers['en_GB'].slug()}",
            "issued": {"date-parts": [[year]]}, "accessed": self.accessed_after([year]),
        }  # fmt: skip
        if self.rng.random() < 0.1:
            del record["issued"]
            record["title"] = record["title"].replace(f", {year}", "").replace(f" {year}", "")
        return self._body_work(record, "market-research", name, {"market-research"})

    def _social(self) -> Work:
        """An artist's or studio's Instagram post: a moko artist or a Hori master by one name, or a person."""
        year = self.rng.randint(2016, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        roll = self.rng.random()
        if roll < 0.3:
            author = [{"family": self.rng.choice(_MAORI_SINGLE)}]
        elif roll < 0.5:
            author = [{"family": self.rng.choice(_HORI)}]
        else:
            author = [self.person()]
        record: dict[str, Any] = {
            "type": "webpage", "title": self.rng.choice(["New healed work, swipe for the fresh shot", "Flash day this Saturday",
                                                         "Ngā mihi to everyone who sat for moko this year",
                                                         "Books open for the spring", "Back piece finished after 40 hours"]),
            "container-title": "Instagram", "author": author, "issued": {"date-parts": [issued]},
            "URL": f"https://www.instagram.com/p/{self.fakers['en_GB'].bothify('??##?#??#?')}/",
            "accessed": self.accessed_after(issued),
        }  # fmt: skip
        return self._person_work(record, "social")

    def _web(self) -> Work:
        """A blog or web article by a named person, a third of them undated."""
        record: dict[str, Any] = {
            "type": "webpage", "title": self._title(), "author": self._people(2),
            "container-title": self.rng.choice(["Tattoodo Journal", "Medium", "Tattoo Artist Magazine", "Aftercare Blog"]),
            "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].slug(),
        }  # fmt: skip
        if self.rng.random() < 0.66:
            year = self.year()
            record["issued"] = {"date-parts": [[year]]}
            record["accessed"] = self.accessed_after([year])
        else:
            record["accessed"] = self.accessed_after(None)
        return self._person_work(record, "web")
