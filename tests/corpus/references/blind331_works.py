"""Works for the blind331 pool: what marketers at garden centres, nurseries, growers, seed and bulb firms, garden-tool
brands, landscapers, flower shows and horticultural charities in the UK, the Netherlands, Belgium, Germany, Denmark and
Canada cite in CIM Level 6 and 7 reports and MBA assignments.

Written without reading the checker or any other pool: books and chapters, journal articles with one to eight authors,
reports of governments and public bodies (Defra, the HTA, the AHDB, RVO, CBS, Destatis, Statistics Denmark,
Statistics Canada), firms' pages and annual reports ("Ltd", "plc", "B.V.", "U.A.", "GmbH & Co. KG", "Oyj", "AB",
"A/S"), trade and national press, market-research reports and the marketing texts every candidate cites. Dutch and
Flemish names keep their "van", "van der" and "De", German ones their "von", Danish ones their "ø".
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# People: (particle, family, given) as the region's journals print them; an empty particle for none.
_PEOPLE = [
    ("", "Jansen", "Marloes"), ("", "Bakker", "Pieter"), ("", "Visser", "Femke"), ("", "Smit", "Joost"),
    ("van", "Dijk", "Sanne"), ("van der", "Meer", "Bram"), ("van den", "Berg", "Lieke"), ("van", "Leeuwen", "Maarten"),
    ("van der", "Heijden", "Eva"), ("van", "Rijn", "Thijs"), ("", "De Smet", "Wouter"), ("", "De Clercq", "Lotte"),
    ("", "Vermeulen", "Jef"), ("", "Peeters", "An"), ("", "Claes", "Sofie"), ("", "Van Damme", "Koen"),
    ("", "Van Hecke", "Ine"), ("", "Janssens", "Pieterjan"), ("von", "Hagen", "Klara"), ("von", "Arnim", "Felix"),
    ("", "Müller", "Jürgen"), ("", "Schröder", "Anke"), ("", "Weiß", "Tobias"), ("", "Krüger", "Lena"),
    ("", "Hoffmann", "Stefan"), ("", "Becker", "Julia"), ("", "Jørgensen", "Mette"), ("", "Søndergaard", "Rasmus"),
    ("", "Møller", "Camilla"), ("", "Sørensen", "Anders"), ("", "Kjær", "Sofie"), ("", "Hansen", "Lars"),
    ("", "Nielsen", "Ida"), ("", "Thompson", "Claire"), ("", "Walker", "Rebecca"), ("", "Hughes", "Gareth"),
    ("", "O'Brien", "Siobhan"), ("", "MacDonald", "Fiona"), ("", "Fletcher", "Tom"), ("", "Ashworth", "Helen"),
    ("", "Pemberton-Hill", "James"), ("", "Tremblay", "Chloé"), ("", "Gagnon", "Mathieu"), ("", "Roy", "Isabelle"),
    ("", "Côté", "Olivier"), ("", "Bouchard", "Émilie"), ("", "MacLean", "Duncan"), ("", "Singh", "Harpreet"),
    ("", "Chen", "Wei"), ("", "Li", "Na"), ("", "Patel", "Anjali"), ("", "Kowalski", "Marta"), ("", "Lindqvist", "Erik"),
]  # fmt: skip
_JOURNALS = ["Journal of Retailing and Consumer Services", "International Journal of Retail & Distribution Management",
             "Urban Forestry & Urban Greening", "Landscape and Urban Planning", "HortScience", "Acta Horticulturae",
             "Journal of Consumer Behaviour", "Journal of Marketing Management", "HortTechnology",
             "British Food Journal", "Journal of Business Research", "European Journal of Marketing"]  # fmt: skip
_TOPICS = ["peat-free compost", "garden-centre footfall", "online plant sales", "loyalty schemes", "impulse plant buying",
           "pollinator-friendly planting", "houseplant buying among millennials", "flower-show visitor experience",
           "seasonal promotions", "click-and-collect", "sustainable gardening", "bulb sales by mail order",
           "battery garden tools", "gardening and wellbeing", "urban green space", "plant provenance labels",
           "social media and garden influencers", "the Christmas shop in garden centres", "garden-centre cafés",
           "robotic lawnmowers", "water-wise gardening", "cut-flower auctions", "grow-your-own vegetables"]  # fmt: skip
_BOOK_TITLES = ["Marketing management", "Principles of marketing", "Retail marketing management", "Services marketing",
                "Digital marketing essentials", "Strategic brand management",
                "Consumer behaviour", "Marketing: an introduction", "Strategy in practice", "Retailing management",
                "Horticultural marketing", "The garden centre handbook", "Sustainable marketing"]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Oxford University Press", "Oxford"), ("Wiley", "Chichester"), ("CABI", "Wallingford"),
               ("Palgrave Macmillan", "London"), ("Noordhoff", "Groningen"), ("Springer", "Cham")]  # fmt: skip
# The marketing texts every candidate cites: authors, title, publisher, place, years printed and editions.
_CLASSICS = [
    ([("", "Kotler", "Philip"), ("", "Keller", "Kevin Lane"), ("", "Chernev", "Alexander")], "Marketing management", "Pearson", "Harlow", 2022, "16"),
    ([("", "Kotler", "Philip"), ("", "Armstrong", "Gary"), ("", "Harris", "Lloyd C."), ("", "He", "Hongwei")], "Principles of marketing", "Pearson", "Harlow", 2023, "9"),
    ([("", "Chaffey", "Dave"), ("", "Ellis-Chadwick", "Fiona")], "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow", 2022, "8"),
    ([("", "Johnson", "Gerry"), ("", "Whittington", "Richard"), ("", "Regnér", "Patrick"), ("", "Angwin", "Duncan"), ("", "Scholes", "Kevan")], "Exploring strategy", "Pearson", "Harlow", 2023, "13"),
    ([("", "Solomon", "Michael R."), ("", "Askegaard", "Søren"), ("", "Hogg", "Margaret K."), ("", "Bamossy", "Gary J.")], "Consumer behaviour: a European perspective", "Pearson", "Harlow", 2019, "7"),
    ([("", "Jobber", "David"), ("", "Ellis-Chadwick", "Fiona")], "Principles and practice of marketing", "McGraw-Hill", "London", 2019, "9"),
    ([("", "Wilson", "Alan"), ("", "Zeithaml", "Valarie"), ("", "Bitner", "Mary Jo"), ("", "Gremler", "Dwayne")], "Services marketing: integrating customer focus across the firm", "McGraw-Hill", "London", 2020, "4"),
    ([("", "Ryan", "Damian")], "Understanding digital marketing", "Kogan Page", "London", 2020, "5"),
    ([("", "Porter", "Michael E.")], "Competitive strategy", "Free Press", "New York", 1980, None),
]  # fmt: skip
# Organisations as candidates cite them, with what makes each hard, and the URL of its site.
_GOVERNMENT = [
    ("Department for Environment, Food and Rural Affairs (Defra)", {"government", "abbreviation", "comma"}, "https://www.gov.uk/government/statistics"),
    ("Department for Environment, Food & Rural Affairs", {"government", "ampersand", "comma"}, "https://www.gov.uk/government/publications"),
    ("Defra", {"government", "acronym"}, "https://www.gov.uk/government/publications"),
    ("Agriculture and Horticulture Development Board (AHDB)", {"government", "abbreviation"}, "https://ahdb.org.uk/knowledge-library"),
    ("AHDB", {"government", "acronym"}, "https://horticulture.ahdb.org.uk"),
    ("Netherlands Enterprise Agency (RVO)", {"government", "abbreviation"}, "https://english.rvo.nl/topics"),
    ("Statistics Netherlands (CBS)", {"government", "abbreviation"}, "https://www.cbs.nl/en-gb/news"),
    ("CBS", {"government", "acronym"}, "https://www.cbs.nl/en-gb/figures"),
    ("Destatis", {"government"}, "https://www.destatis.de/EN/Themes"),
    ("Statistisches Bundesamt (Destatis)", {"government", "abbreviation"}, "https://www.destatis.de/EN/Press"),
    ("Statistics Denmark", {"government"}, "https://www.dst.dk/en/Statistik"),
    ("Danmarks Statistik", {"government"}, "https://www.dst.dk/da/Statistik"),
    ("Statistics Canada", {"government"}, "https://www150.statcan.gc.ca/n1/daily-quotidien"),
    ("Agriculture and Agri-Food Canada", {"government"}, "https://agriculture.canada.ca/en/sector"),
    ("European Commission", {"government"}, "https://agriculture.ec.europa.eu/farming"),
    ("Royal Horticultural Society (RHS)", {"abbreviation", "charity"}, "https://www.rhs.org.uk/about-the-rhs"),
    ("Horticultural Trades Association (HTA)", {"abbreviation", "trade-body"}, "https://hta.org.uk/news-current-issues"),
    ("HTA", {"acronym", "trade-body"}, "https://hta.org.uk/insight"),
    ("Garden Industry Manufacturers Association (GIMA)", {"abbreviation", "trade-body"}, "https://www.gima.co.uk/news"),
    ("National Garden Scheme", {"charity"}, "https://ngs.org.uk/about-us"),
]  # fmt: skip
_COMPANIES = [
    ("Dobbies Garden Centres Ltd", {"company"}, "https://www.dobbies.com/about-us"),
    ("Blue Diamond (UK) Ltd", {"company", "brackets"}, "https://www.bluediamond.gg/about"),
    ("Royal FloraHolland U.A.", {"company"}, "https://www.royalfloraholland.com/en/about-us"),
    ("Intratuin B.V.", {"company"}, "https://www.intratuin.nl/over-intratuin"),
    ("Dehner GmbH & Co. KG", {"company", "ampersand"}, "https://www.dehner.de/unternehmen"),
    ("Fiskars Group Oyj", {"company"}, "https://www.fiskarsgroup.com/investors"),
    ("Husqvarna AB", {"company"}, "https://www.husqvarnagroup.com/en/investors"),
    ("Stihl Holding AG & Co. KG", {"company", "ampersand"}, "https://www.stihl.com/en/about-stihl"),
    ("Westland Horticulture Ltd", {"company"}, "https://www.gardenhealth.com/about-westland"),
    ("Thompson & Morgan", {"company", "ampersand"}, "https://www.thompson-morgan.com/about-us"),
    ("Mr Fothergill's Seeds Ltd", {"company", "apostrophe"}, "https://www.mr-fothergills.co.uk/about-us"),
    ("Suttons Seeds", {"company"}, "https://www.suttons.co.uk/about"),
    ("Hillier Nurseries Ltd", {"company"}, "https://www.hillier.co.uk/about-us"),
    ("Notcutts Ltd", {"company"}, "https://www.notcutts.co.uk/about-us"),
    ("Taylors Bulbs", {"company"}, "https://www.taylorsbulbs.com/about"),
    ("Plantorama A/S", {"company"}, "https://www.plantorama.dk/om-plantorama"),
    ("Robert Bosch GmbH", {"company"}, "https://www.bosch-home-and-garden.com/gb/en"),
    ("Canadian Tire Corporation, Limited", {"company", "comma"}, "https://corp.canadiantire.ca/English/investors"),
    ("Kingfisher plc", {"company", "lowercase"}, "https://www.kingfisher.com/en/investors"),
]  # fmt: skip
_PLACES = {"Dobbies Garden Centres Ltd": "Edinburgh", "Blue Diamond (UK) Ltd": "St Sampson's", "Royal FloraHolland U.A.": "Aalsmeer",
           "Intratuin B.V.": "Woerden", "Dehner GmbH & Co. KG": "Rain am Lech", "Fiskars Group Oyj": "Helsinki",
           "Husqvarna AB": "Stockholm", "Stihl Holding AG & Co. KG": "Waiblingen", "Westland Horticulture Ltd": "Dungannon",
           "Thompson & Morgan": "Ipswich", "Mr Fothergill's Seeds Ltd": "Kentford", "Hillier Nurseries Ltd": "Romsey",
           "Plantorama A/S": "Taastrup", "Robert Bosch GmbH": "Stuttgart", "Canadian Tire Corporation, Limited": "Toronto",
           "Netherlands Enterprise Agency (RVO)": "The Hague", "Statistics Netherlands (CBS)": "The Hague", "CBS": "The Hague",
           "Destatis": "Wiesbaden", "Statistisches Bundesamt (Destatis)": "Wiesbaden", "Statistics Denmark": "Copenhagen",
           "Danmarks Statistik": "Copenhagen", "Statistics Canada": "Ottawa", "Agriculture and Agri-Food Canada": "Ottawa",
           "European Commission": "Brussels", "AHDB": "Kenilworth", "Agriculture and Horticulture Development Board (AHDB)": "Kenilworth",
           "Horticultural Trades Association (HTA)": "Theale", "HTA": "Theale"}  # fmt: skip
_RESEARCH = ["Mintel", "Kantar", "GfK", "Statista", "YouGov", "Euromonitor International",
             "Garden Industry Manufacturers Association (GIMA)", "Statista Research Department"]  # fmt: skip
_MARKETS = ["Garden products retailing", "Gardening review", "Garden centres", "Houseplants", "Lawn and garden equipment",
            "Home and garden", "Seeds and bulbs", "Cut flowers and plants", "Outdoor living", "Garden furniture"]  # fmt: skip
_COUNTRIES = ["UK", "Netherlands", "Germany", "Denmark", "Canada", "Belgium", "Europe"]
_PRESS = ["Horticulture Week", "Garden Centre Retail", "Garden Trade News", "The Guardian", "The Telegraph", "NRC",
          "De Telegraaf", "Der Spiegel", "Politiken", "The Globe and Mail", "BBC Gardeners' World Magazine"]  # fmt: skip
_PRESS_URLS = {"Horticulture Week": "https://www.hortweek.com", "Garden Centre Retail": "https://www.gardencentreretail.com",
               "Garden Trade News": "https://www.gardentradenews.co.uk", "The Guardian": "https://www.theguardian.com/lifeandstyle/gardens",
               "The Telegraph": "https://www.telegraph.co.uk/gardening", "NRC": "https://www.nrc.nl/nieuws",
               "De Telegraaf": "https://www.telegraaf.nl/nieuws", "Der Spiegel": "https://www.spiegel.de/wirtschaft",
               "Politiken": "https://politiken.dk/oekonomi", "The Globe and Mail": "https://www.theglobeandmail.com/business",
               "BBC Gardeners' World Magazine": "https://www.gardenersworld.com/plants"}  # fmt: skip


class Blind331WorkFactory(WorkFactory):
    """The blind331 pool's works, drawn from a random source of its own so that no other pool changes."""

    KINDS = ("book", "chapter", "journal", "report", "web", "news")

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 331)
        self.dated_orgs: list[tuple[str, str, set[str], int]] = []  # (sort, name, tags, year)

    # ------------------------------------------------------------------ people, titles, dates
    def person(self) -> dict[str, str]:
        if self.rng.random() < 0.25:
            return super().person()
        particle, family, given = self.rng.choice(_PEOPLE)
        name = {"family": family, "given": given}
        if particle:
            name["non-dropping-particle"] = particle
        return name

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1990, 2007)
        return self.rng.randint(2010, 2025)

    def accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        low = max(2023, year or 2023)
        return {
            "date-parts": [[self.rng.randint(low, max(low, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]]
        }

    def _title(self) -> str:
        topic, other = self.rng.sample(_TOPICS, 2)
        place = self.rng.choice(["UK", "Dutch", "German", "Danish", "Canadian", "Flemish", "European"])
        forms = [f"{topic[0].upper()}{topic[1:]} and {other}", f"{topic[0].upper()}{topic[1:]} in {place} garden retail",
                 f"Why shoppers choose {topic}: evidence from {place} garden centres",
                 f"The effect of {topic} on {other}", f"{topic[0].upper()}{topic[1:]}: a consumer perspective",
                 f"Understanding {topic} among {place} gardeners", f"Rethinking {topic} after the pandemic",
                 f"{topic[0].upper()}{topic[1:]} {self.rng.randint(2019, 2025)}: trends and outlook"]  # fmt: skip
        return self.rng.choice(forms)

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if all(p.get("family") != name["family"] for p in people):
                people.append(name)
        return people

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "government", "organisation-web", "organisation-report", "market-research",
             "news", "classic", "web-person"],
            weights=[9, 5, 22, 13, 13, 8, 10, 10, 6, 4],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        title = self.rng.choice(_BOOK_TITLES) if self.rng.random() < 0.4 else self._title()
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _classic(self) -> Work:
        authors, title, publisher, place, year, edition = self.rng.choice(_CLASSICS)
        people = []
        for particle, family, given in authors:
            people.append(
                {"family": family, "given": given} | ({"non-dropping-particle": particle} if particle else {})
            )
        record: dict[str, Any] = {"type": "book", "title": title, "author": people,
                                  "issued": {"date-parts": [[year]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if edition:
            record["edition"] = edition
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 280)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3), "editor": self._people(2),
            "container-title": self.rng.choice(["Horticulture: plants for people and places", "Garden retailing in Europe",
                                                "The Routledge handbook of urban forestry", "Contemporary issues in retail marketing",
                                                "Handbook of sustainable consumption"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(5, 95)), "issue": str(self.rng.randint(1, 12)),
            "page": f"{start}-{start + self.rng.randint(8, 24)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = f"10.{self.rng.choice([1016, 1108, 21273, 17660, 1002])}/{self.rng.randint(100000, 999999)}"
        return self._person_work(record, "journal")

    def _web_person(self) -> Work:
        year = self.year() if self.rng.random() < 0.8 else None
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "URL": f"https://www.{self.rng.choice(['gardenersworld.com', 'rhs.org.uk', 'hta.org.uk', 'gardencentreretail.com'])}/{self.fakers['en_GB'].slug()}",
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._person_work(record, "web")

    def _pick(self, group: str, table: list[tuple[str, set[str], str]]) -> tuple[str, set[str], str, int | None]:
        """An organisation of the table, now and then one already used with its year ("HTA, 2023a" and "2023b")."""
        same = [entry for entry in self.dated_orgs if entry[0] == group]
        if same and self.rng.random() < 0.15:
            _group, name, tags, year = self.rng.choice(same)
            url = next((u for n, _t, u in [*table, *_COMPANIES, *_GOVERNMENT] if n == name), "https://www.rhs.org.uk")
            return name, set(tags), url, year
        name, tags, url = self.rng.choice(table)
        return name, set(tags), url, None

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str], group: str) -> Work:
        if "issued" in record:
            self.dated_orgs.append((group, name, tags, record["issued"]["date-parts"][0][0]))
        return self._org_work(record, kind, name, tags)

    @staticmethod
    def _publisher(name: str, tags: set[str]) -> str:
        return name.rsplit(" (", 1)[0] if "abbreviation" in tags else name

    def _government(self) -> Work:
        name, tags, url, year = self._pick("body", _GOVERNMENT)
        if year is None and self.rng.random() < 0.9:
            year = self.year()
        record: dict[str, Any] = {"type": self.rng.choice(["report", "report", "webpage"]), "title": self._title(),
                                  "URL": f"{url}/{self.fakers['en_GB'].slug()}", "accessed": self.accessed_after(year)}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = self._publisher(name, tags)
            record["publisher-place"] = _PLACES.get(name, "London")
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org(record, "report" if record["type"] == "report" else "web", name, tags, "body")

    def _organisation_web(self) -> Work:
        name, tags, url, year = self._pick("body", _COMPANIES + _GOVERNMENT[15:])
        if year is None and self.rng.random() < 0.7:
            year = self.year()
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(
            ["Our story", "Our sustainability commitments", "Peat-free: our journey", "About us", "Loyalty club terms",
             "Garden club rewards", "Our plant guarantee", "Press centre", self._title()]
            if any(name == n for n, _t, _u in _COMPANIES) else ["About us", "Our strategy", "Peat-free gardening", self._title()]),
            "URL": f"{url}/{self.fakers['en_GB'].slug()}", "accessed": self.accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org(record, "web", name, tags | ({"undated"} if not year else set()), "body")

    def _organisation_report(self) -> Work:
        name, tags, url, year = self._pick("body", _COMPANIES)
        year = year or self.year()
        title = self.rng.choice([f"Annual report {year}", f"Annual report and accounts {year}", f"Sustainability report {year}",
                                 f"Jaarverslag {year}" if name.endswith(("B.V.", "U.A.")) else f"Impact report {year}",
                                 f"Geschäftsbericht {year}" if "KG" in name else f"Strategic report {year}",
                                 self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": self._publisher(name, tags), "publisher-place": _PLACES.get(name, "London")}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = f"{url}/{self.fakers['en_GB'].slug()}"
            record["accessed"] = self.accessed_after(year)
        return self._org(record, "report", name, tags, "body")

    def _market_research(self) -> Work:
        table = [
            (
                n,
                {"market-research"} | ({"abbreviation"} if "(" in n else set()),
                f"https://www.{n.split()[0].lower()}.com",
            )
            for n in _RESEARCH
        ]
        name, tags, url, year = self._pick("research", table)
        if year is None and self.rng.random() < 0.9:
            year = self.year()
        market, country = self.rng.choice(_MARKETS), self.rng.choice(_COUNTRIES)
        title = self.rng.choice([f"{market} - {country} - {self.rng.choice(['March', 'May', 'September'])} {year or 2024}",
                                 f"{market}: {country} market report {year or 2024}",
                                 f"Share of adults in {'the ' if country == 'UK' else ''}{country} who gardened in the last year, by age",
                                 f"{country} {market.lower()} market: size and forecast to 2030",
                                 f"Garden futures: {country} consumer tracker"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": self._publisher(name, tags),
                                  "URL": f"{url}/{self.fakers['en_GB'].slug()}", "accessed": self.accessed_after(year)}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org(record, "report", name, tags, "research")

    def _news(self) -> Work:
        paper = self.rng.choice(_PRESS)
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"{_PRESS_URLS[paper]}/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        record["accessed"] = self.accessed_after(year)
        if record["accessed"]["date-parts"][0][0] == year:
            record["accessed"]["date-parts"][0][1:] = [12, 28]
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})
