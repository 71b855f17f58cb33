"""The blind208 pool's works: what marketers in luxury, fashion, beauty and fragrance cite.

Written without reading the checker, its tests or the other pools, from how candidates at maisons, department
stores, resale platforms and beauty start-ups in Paris, Milan, London, Geneva, Dubai and New York reference their
CIM Level 6 and 7 reports and MBA assignments: luxury brand management and fashion marketing textbooks, chapters,
journals (Journal of Fashion Marketing and Management, Journal of Brand Management, Journal of Luxury Research),
theses from IFM, Bocconi, ESSEC and the London College of Fashion, conference papers, industry bodies and reports
with years (Bain-Altagamma, McKinsey's State of Fashion, the British Fashion Council, the Fédération de la Haute
Couture et de la Mode, Camera Nazionale della Moda Italiana), groups' pages and annual reports (LVMH, Kering,
Richemont, Hermès, L'Oréal), the fashion press signed and unsigned, social posts, videos, podcasts and undated
pages. French names with their accents and particles ("de La Rochefoucauld", "Lefèvre"), Italian ones ("De Luca",
"D'Amico", "Dell'Acqua"), Swiss, British, American and romanised Gulf names ("Al Maktoum", "Al-Falasi").
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "fr_FR", "fr_FR", "fr_FR", "it_IT", "it_IT", "it_IT", "en_US", "en_US",
            "fr_CH", "de_CH"]  # fmt: skip
# Names as the region's scholars and journals print them: (particle or "", family, given).
_REGION_NAMES = [
    ("de", "La Rochefoucauld", "Héloïse"), ("de", "Montalembert", "Amaury"), ("d'", "Ormesson", "Clémence"),
    ("", "Lefèvre", "Anaïs"), ("", "Bérubé", "Gaëlle"), ("", "Châtelain", "Benoît"), ("", "Dupré", "Céline"),
    ("", "Kapferer-Roux", "Jérôme"), ("", "Chevalier-Gillot", "Inès"), ("", "Fauré", "Rémi"),
    ("", "De Luca", "Giulia"), ("", "D'Amico", "Lorenzo"), ("", "Dell'Acqua", "Chiara"), ("", "Di Marco", "Matteo"),
    ("", "Lo Russo", "Federica"), ("", "Bonetti", "Niccolò"), ("", "Caputo", "Ilaria"), ("", "Ferragamo-Sacchi", "Elisa"),
    ("", "Zürcher", "Lukas"), ("", "Müller-Brändli", "Annina"), ("", "Rochat", "Léa"), ("", "Favre", "Yannick"),
    ("", "Al Maktoum", "Latifa"), ("", "Al-Falasi", "Mariam"), ("", "Al Suwaidi", "Hamdan"), ("", "Haddad", "Rania"),
    ("", "Khoury", "Nour"), ("", "Chalhoub", "Karim"), ("", "Nasser", "Layla"), ("", "Okafor", "Adaeze"),
    ("", "Nakamura", "Aiko"), ("", "Kim", "Seo-yeon"), ("", "Chen", "Yiling"), ("", "Ó Dálaigh", "Siobhán"),
    ("", "O'Connell", "Fiona"), ("", "McAllister", "Rory"), ("", "Goldberg", "Rachel"), ("", "Rosenthal", "Ethan"),
    ("van", "Rijn", "Sanne"), ("von", "Fürstenberg", "Clara"), ("da", "Costa", "Inês"), ("", "Ünal", "Defne"),
]  # fmt: skip
# Who these candidates cite when no person is named, with tags saying what makes each name hard.
_ORGANISATIONS = [
    ("Bain & Company", {"company", "ampersand"}), ("Fondazione Altagamma", {"trade-body"}),
    ("McKinsey & Company", {"company", "ampersand"}), ("The Business of Fashion", {"press"}),
    ("British Fashion Council", {"trade-body"}), ("British Fashion Council (BFC)", {"trade-body", "abbreviation"}),
    ("Fédération de la Haute Couture et de la Mode", {"trade-body", "accent"}),
    ("Fédération de la Haute Couture et de la Mode (FHCM)", {"trade-body", "accent", "abbreviation"}),
    ("Camera Nazionale della Moda Italiana", {"trade-body"}), ("CNMI", {"trade-body", "acronym"}),
    ("Council of Fashion Designers of America (CFDA)", {"trade-body", "abbreviation"}),
    ("Comité Colbert", {"trade-body", "accent"}), ("Walpole", {"trade-body"}),
    ("LVMH", {"company", "acronym"}), ("LVMH Moët Hennessy Louis Vuitton", {"company", "accent"}),
    ("Kering", {"company"}), ("Compagnie Financière Richemont", {"company", "accent"}), ("Richemont", {"company"}),
    ("Hermès International", {"company", "accent"}), ("Hermès", {"company", "accent"}),
    ("L'Oréal", {"company", "apostrophe", "accent"}), ("L'Oréal Groupe", {"company", "apostrophe", "accent"}),
    ("The Estée Lauder Companies", {"company", "accent"}), ("Chanel", {"company"}), ("Prada Group", {"company"}),
    ("Moncler", {"company"}), ("Burberry Group plc", {"company"}), ("Farfetch", {"company"}),
    ("Vestiaire Collective", {"company"}), ("The RealReal", {"company"}), ("Selfridges & Co.", {"company", "ampersand"}),
    ("Harrods", {"company"}), ("Galeries Lafayette", {"company"}), ("Chalhoub Group", {"company"}),
    ("Dubai Design District (d3)", {"company", "abbreviation"}), ("Deloitte", {"company"}),
    ("Boston Consulting Group (BCG)", {"company", "abbreviation"}), ("Euromonitor International", {"market-research"}),
    ("Statista", {"market-research"}), ("Mintel", {"market-research"}), ("WGSN", {"market-research", "acronym"}),
    ("Lyst", {"company"}), ("Launchmetrics", {"company"}), ("Ellen MacArthur Foundation", {"trade-body"}),
    ("Fashion Revolution", {"trade-body"}), ("Dubai Chamber of Commerce & Industry", {"government", "ampersand"}),
    ("Marks & Spencer", {"company", "ampersand"}), ("Sephora", {"company"}), ("Cosmetics Europe", {"trade-body"}),
]  # fmt: skip
_PUBLISHERS = ["Kogan Page", "Routledge", "Bloomsbury Visual Arts", "Fairchild Books", "Palgrave Macmillan",
               "Pearson", "Sage", "Wiley", "Laurence King", "Berg", "Éditions Eyrolles", "Egea"]  # fmt: skip
_PLACES = ["London", "London", "New York", "Paris", "Milan", "Abingdon", "Oxford", "Chichester", "Cham"]
_JOURNALS = ["Journal of Fashion Marketing and Management", "Journal of Brand Management", "Journal of Luxury Research",
             "Journal of Global Fashion Marketing", "Journal of Product & Brand Management", "Journal of Business Research",
             "International Journal of Fashion Design, Technology and Education", "Fashion Theory",
             "Luxury: History, Culture, Consumption", "Journal of Retailing and Consumer Services",
             "Psychology & Marketing", "International Journal of Cosmetic Science", "Décisions Marketing",
             "Micro & Macro Marketing"]  # fmt: skip
_PRESS = ["The Business of Fashion", "WWD", "Vogue Business", "Financial Times", "The New York Times", "Drapers",
          "Harper's Bazaar", "Reuters", "Bloomberg", "The National", "Gulf News", "Glossy", "Cosmetics Business",
          "Premium Beauty News", "Hypebeast", "Dazed"]  # fmt: skip
_TOPICS = ["quiet luxury", "brand heritage", "the resale market", "luxury clienteling", "haute couture",
           "fragrance launches", "clean beauty", "luxury in the Gulf", "the Chinese luxury consumer",
           "logo fatigue", "circular fashion", "craftsmanship narratives", "luxury e-commerce", "the métiers d'art",
           "scarcity and waiting lists", "masstige beauty", "fashion weeks", "celebrity ambassadors",
           "digital product passports", "luxury hospitality", "Gen Z and luxury", "price increases in luxury",
           "the Dubai luxury shopper", "sustainable materials", "the brand museum", "K-beauty in Europe"]  # fmt: skip
_THESES = [("PhD thesis", "Institut Français de la Mode", "Paris"), ("MSc dissertation", "SDA Bocconi School of Management", "Milan"),
           ("PhD thesis", "Università Bocconi", "Milan"), ("MBA dissertation", "ESSEC Business School", "Cergy"),
           ("MA dissertation", "London College of Fashion, University of the Arts London", "London"),
           ("PhD thesis", "University of the Arts London", "London"), ("MSc thesis", "HEC Paris", "Jouy-en-Josas")]  # fmt: skip
_CONFERENCES = ["Proceedings of the Global Fashion Management Conference", "Proceedings of the Academy of Marketing Conference",
                "Proceedings of the European Marketing Academy (EMAC) Annual Conference",
                "Proceedings of the International Conference on Luxury and Fashion Management",
                "Proceedings of the Colloque Marketing du Luxe"]  # fmt: skip
_PLATFORMS = ["Instagram", "TikTok", "YouTube", "LinkedIn", "X", "Spotify", "Apple Podcasts"]


class Blind208WorkFactory(WorkFactory):
    """Works for blind208: luxury, fashion and beauty sources with the region's names and organisations."""

    # The kinds of work it makes (Work.kind), and the makers it draws them from.
    KINDS = (
        "book",
        "chapter",
        "journal",
        "thesis",
        "conference",
        "report",
        "web",
        "news",
        "social",
        "video",
        "podcast",
    )
    MAKERS = ("book", "chapter", "journal", "thesis", "conference", "organisation-report", "industry-report",
              "company-report", "organisation-web", "news", "social", "video", "podcast", "undated-web")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 20808)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.dated_orgs: list[tuple[str, set[str], int]] = []

    # ------------------------------------------------------------------ people, organisations, dates
    def person(self) -> dict[str, str]:
        if self.rng.random() < 0.35:
            particle, family, given = self.rng.choice(_REGION_NAMES)
            name = {"family": family, "given": given}
            if particle:
                name["non-dropping-particle"] = particle
            return name
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():
            return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        if self.rng.random() < 0.06:
            family = f"{family}-{self.fakers['fr_FR'].last_name().split()[-1]}"
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.05:  # the classics of luxury marketing still cited
            return self.rng.randint(1970, 1999)
        return self.rng.randint(2009, 2025)

    def accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        first = max(2022, year or 2022)
        return {
            "date-parts": [
                [self.rng.randint(first, max(first, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]
            ]
        }

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        cap = topic[0].upper() + topic[1:]
        forms = [f"{cap} and brand equity", f"Rethinking {topic}", f"{cap}: evidence from Paris and Milan",
                 f"Social media and {topic}", f"{cap} in an age of digital disruption",
                 f"The paradox of {topic}", f"Consumer responses to {topic}", f"{cap}: a review and research agenda",
                 f"Managing {topic} across Europe and the Middle East", f"What {topic} means for luxury maisons"]  # fmt: skip
        return self.rng.choice(forms)

    def _url(self, domain: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        return f"https://www.{domain}/{fake.slug()}" if domain else fake.url() + fake.uri_path()

    def _dated(self, record: dict[str, Any], year: int) -> None:
        record["issued"] = {"date-parts": [[year]]}

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            list(self.MAKERS), weights=[12, 5, 20, 3, 3, 6, 8, 7, 8, 11, 3, 3, 2, 4],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation in the same year as an earlier work ("Kering, 2023a" and "2023b").
        if self.dated_orgs and "issued" in record and self.rng.random() < 0.15:
            name, tags, year = self.rng.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [[year]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(year)
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated_orgs.append((name, tags, record["issued"]["date-parts"][0][0]))
        return self._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self.rng.choice([
                "Luxury brand management: a world of privilege", "Fashion marketing: theory, principles and practice",
                "The luxury strategy", "Luxury fashion branding", "Beauty marketing", "Marketing fashion",
                "Luxury marketing: a challenge for theory and practice", "Fashion brand management",
                "Managing luxury brands", "The fragrance business", "Fashion retailing", self._title()]),
            "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(_PUBLISHERS), "publisher-place": self.rng.choice(_PLACES),
        }  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 5))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["The Routledge companion to luxury marketing", "Luxury: a handbook",
                                                "The Oxford handbook of fashion", "Research handbook on luxury branding",
                                                "Fashion and beauty in the digital age"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(_PUBLISHERS),
            "publisher-place": self.rng.choice(_PLACES),
            "page": f"{(start := self.rng.randint(1, 320))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 32)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 700))}-{start + self.rng.randint(8, 24)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????').upper()}-{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        genre, school, place = self.rng.choice(_THESES)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()], "genre": genre,
                                  "publisher": school, "publisher-place": place,
                                  "issued": {"date-parts": [[self.rng.randint(2012, 2024)]]}}  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": self.rng.choice(_CONFERENCES), "issued": {"date-parts": [[self.rng.randint(2012, 2025)]]},
            "event-place": self.rng.choice(["Paris", "Milan", "Florence", "London", "Geneva", "Dubai", "New York"]),
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(5, 14)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _organisation_report(self) -> Work:
        name, tags = self.organisation()
        year = self.rng.randint(2010, 2025)
        record: dict[str, Any] = {"type": "report", "title": self._title(), "publisher": name.split(" (")[0],
                                  "publisher-place": self.rng.choice(["Paris", "Milan", "London", "Geneva", "Dubai", "New York"])}  # fmt: skip
        self._dated(record, year)
        if self.rng.random() < 0.6:
            record["URL"] = self._url()
            record["accessed"] = self.accessed_after(year)
        if self.rng.random() < 0.1:
            record.pop("issued")
            if "accessed" in record:
                record["accessed"] = self.accessed_after(None)
        return self._org(record, "report", name, tags)

    def _industry_report(self) -> Work:
        year = self.rng.randint(2014, 2025)
        name, tags, title = self.rng.choice([
            ("Bain & Company", {"company", "ampersand"}, f"Luxury goods worldwide market study, {self.rng.choice(['spring', 'fall', 'winter'])} {year}"),
            ("Bain & Company and Fondazione Altagamma", {"company", "ampersand"}, f"Altagamma-Bain worldwide luxury markets monitor {year}"),
            ("McKinsey & Company", {"company", "ampersand"}, f"The state of fashion {year}"),
            ("The Business of Fashion and McKinsey & Company", {"press", "ampersand"}, f"The state of fashion {year}"),
            ("The Business of Fashion and McKinsey & Company", {"press", "ampersand"}, f"The state of fashion: beauty {year}"),
            ("British Fashion Council", {"trade-body"}, f"The value of the UK fashion industry {year}"),
            ("Deloitte", {"company"}, f"Global powers of luxury goods {year}"),
            ("Fondazione Altagamma", {"trade-body"}, f"Altagamma consumer and retail insight {year}"),
            ("Camera Nazionale della Moda Italiana", {"trade-body"}, f"Fashion economic trends {year}"),
            ("Fédération de la Haute Couture et de la Mode", {"trade-body", "accent"}, f"Bilan de la Paris Fashion Week {year}"),
            ("Knight Frank", {"company"}, f"The wealth report {year}"),
            ("Lyst", {"company"}, f"The Lyst index: Q{self.rng.randint(1, 4)} {year}"),
            ("Euromonitor International", {"market-research"}, f"Luxury goods in the United Arab Emirates {year}"),
        ])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" and ")[-1] if name.startswith("The Business") else name,
                                  "publisher-place": self.rng.choice(["London", "Milan", "Boston", "New York", "Paris"]),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(), "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org(record, "report", name, tags)

    def _company_report(self) -> Work:
        year = self.rng.randint(2012, 2025)
        name, tags = self.rng.choice([o for o in _ORGANISATIONS if "company" in o[1]])
        title = self.rng.choice([f"Annual report {year}", f"Universal registration document {year}",
                                 f"{year} financial documents", f"Sustainability report {year}",
                                 f"Integrated annual report {year}", f"Half-year results {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" (")[0],
                                  "publisher-place": self.rng.choice(["Paris", "Milan", "Geneva", "London", "Dubai"]),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(), "accessed": self.accessed_after(year)}  # fmt: skip
        return self._org(record, "report", name, tags)

    def _organisation_web(self) -> Work:
        name, tags = self.organisation()
        year = self.rng.randint(2010, 2025)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice([self._title(), "Our history", "Savoir-faire",
                                  "Our commitments", "Sustainability at a glance", "Our maisons", "Press release"]),
                                  "URL": self._url(), "accessed": self.accessed_after(year)}  # fmt: skip
        self._dated(record, year)
        return self._org(record, "web", name, tags)

    def _news(self) -> Work:
        year = self.rng.randint(2010, 2025)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(), "accessed": self.accessed_after(year + 1),
        }  # fmt: skip
        if self.rng.random() < 0.75:
            record["author"] = self._people(3)
            return self._person_work(record, "news")
        name = record["container-title"]
        return self._org(record, "news", name, {"press"})

    def _social(self) -> Work:
        year = self.rng.randint(2016, 2025)
        platform = self.rng.choice(_PLATFORMS[:5])
        record: dict[str, Any] = {"type": "webpage", "title": f"{self._title()} [{platform}]",
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url(f"{platform.lower()}.com"), "accessed": self.accessed_after(year + 1)}  # fmt: skip
        if self.rng.random() < 0.4:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        name, tags = self.rng.choice([o for o in _ORGANISATIONS if "company" in o[1]])
        return self._org(record, "social", name, tags)

    def _video(self) -> Work:
        year = self.rng.randint(2012, 2025)
        record: dict[str, Any] = {"type": "webpage", "title": f"{self._title()} [Video]", "issued": {"date-parts": [[year]]},
                                  "URL": self._url("youtube.com"), "accessed": self.accessed_after(year)}  # fmt: skip
        if self.rng.random() < 0.5:
            record["author"] = self._people(2)
            return self._person_work(record, "video")
        name, tags = self.organisation()
        return self._org(record, "video", name, tags)

    def _podcast(self) -> Work:
        year = self.rng.randint(2016, 2025)
        show = self.rng.choice(["The BoF Podcast", "Vogue Business Podcast", "Luxury Talks", "Fashion No Filter",
                                "The Beauty Edit", "Glossy Podcast"])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": f"{self._title()} [Podcast]", "container-title": show,
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(), "accessed": self.accessed_after(year)}  # fmt: skip
        record["author"] = self._people(2)
        return self._person_work(record, "podcast")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice([self._title(), "About us", "Our story",
                                  "The house", "Careers", "Heritage"]), "URL": self._url(), "accessed": self.accessed_after(None)}  # fmt: skip
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org(record, "web", name, tags | {"undated"})
