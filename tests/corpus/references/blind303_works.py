"""Works for the blind303 pool: what marketers at Florida theme parks, cruise lines, golf and retirement communities,
citrus brands, hotels and destination-marketing bodies cite in CIM Level 6 and 7 reports and MBA assignments.

Hospitality, tourism and services journals with one to eight authors, the marketing texts every candidate cites,
US federal and Florida state bodies, the cruise industry's trade body, VisitBritain and Embratur, firms' pages and
annual reports (Inc., Ltd., N.V., LLC, Corp., plc), the Florida and travel-trade press, and market research.
Names as the region's scholars print them: Cuban American and Puerto Rican authors with two family names, Haitian
names, Brazilian names with "da", "dos" and "de", Canadian French names with accents, and British names.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# (family, given, particle) as printed on papers: two family names kept together, particles apart.
_HISPANIC = [("Rodríguez Vélez", "Marisol", ""), ("González Díaz", "Alejandro", ""), ("Pérez-López", "Yamilé", ""),
             ("Fernández Suárez", "Ernesto", ""), ("Rivera Ortiz", "Luis", ""), ("Torres-Rivera", "Carmen", ""),
             ("Menéndez", "Raúl", ""), ("Alvarado Colón", "Ivelisse", ""), ("Morales-Quiñones", "Javier", ""),
             ("Cabrera Infante", "Lourdes", ""), ("Santiago Negrón", "Héctor", ""), ("Del Valle", "Maritza", ""),
             ("Echevarría", "Tomás", ""), ("Núñez Betancourt", "Gisela", "")]  # fmt: skip
_HAITIAN = [("Jean-Baptiste", "Widlene", ""), ("Pierre-Louis", "Fritz", ""), ("Dérisier", "Nadège", ""),
            ("Saint-Fleur", "Jocelyn", ""), ("Célestin", "Guerline", ""), ("Désir", "Wilner", ""),
            ("Toussaint", "Marie-Ange", ""), ("Exantus", "Rodney", "")]  # fmt: skip
_BRAZILIAN = [("Silva", "Ana Paula", "da"), ("Santos", "Rodrigo", "dos"), ("Oliveira", "Mariana", "de"),
              ("Gonçalves", "Thiago", ""), ("Araújo", "Luana", ""), ("Conceição", "Felipe", "da"),
              ("Souza", "Beatriz", "de"), ("Nascimento", "Gustavo", ""), ("Magalhães", "Camila", ""),
              ("Reis", "Júlio", "dos"), ("Brandão", "Larissa", "")]  # fmt: skip
_CANADIAN = [("Tremblay", "Geneviève", ""), ("Côté", "Mathieu", ""), ("Bélanger", "Élise", ""),
             ("Lévesque", "François", ""), ("Gagnon", "Isabelle", ""), ("Bouchard", "Étienne", ""),
             ("Pelletier", "Josée", ""), ("Ouellet", "Frédéric", "")]  # fmt: skip
_BRITISH = [("Hughes", "Rebecca", ""), ("Whitfield", "Oliver", ""), ("Pritchard", "Gemma", ""), ("O'Connell", "Ciarán", ""),
            ("McAllister", "Fiona", ""), ("Ashworth", "Daniel", ""), ("Fairbrother", "Claire", ""),
            ("Hollingsworth", "James", ""), ("Bain", "Kirsty", ""), ("Okafor", "Chinedu", ""), ("Patel", "Priya", "")]  # fmt: skip
_AMERICAN = [("Kim", "Soyoung", ""), ("Milman", "Ady", ""), ("Pizam", "Abraham", ""), ("Wang", "Youcheng", ""),
             ("Baker", "Melissa", ""), ("Thompson", "Kyle", ""), ("Lindsey", "Shannon", ""), ("Choi", "Hyunjung", ""),
             ("Sirakaya-Turk", "Ercan", ""), ("Fyall", "Alan", ""), ("Zhang", "Lu", ""), ("Okumus", "Fevzi", ""),
             ("Hernandez", "Tyler", ""), ("Washington", "Danielle", ""), ("Nguyen", "Thao", "")]  # fmt: skip
_GROUPS = [
    _HISPANIC,
    _HISPANIC,
    _HAITIAN,
    _BRAZILIAN,
    _BRAZILIAN,
    _CANADIAN,
    _BRITISH,
    _BRITISH,
    _AMERICAN,
    _AMERICAN,
    _AMERICAN,
]

_JOURNALS = ["Tourism Management", "Journal of Travel Research", "International Journal of Hospitality Management",
             "Journal of Vacation Marketing", "Cornell Hospitality Quarterly", "Journal of Services Marketing",
             "Tourism Economics", "Journal of Consumer Research", "Annals of Tourism Research",
             "Journal of Hospitality & Tourism Research", "Journal of Travel & Tourism Marketing"]  # fmt: skip
_TOPICS = ["theme park experiences", "cruise passenger loyalty", "family travel decisions", "senior travellers",
           "memorable tourism experiences", "destination image", "hurricane risk perception", "dynamic pricing",
           "queue management", "immersive storytelling", "mobile apps in theme parks", "loyalty programme tiers",
           "retirement community branding", "golf tourism", "citrus brand heritage", "destination marketing organisations",
           "Brazilian outbound travel", "British long-haul holidays", "Canadian snowbirds", "multigenerational travel",
           "service recovery on cruise ships", "all-inclusive resorts", "influencer marketing in tourism",
           "customer delight", "brand love", "nostalgia marketing", "space tourism"]  # fmt: skip
_FORMS = ["{t}: evidence from Florida", "The role of {t} in visitor satisfaction", "Rethinking {t} after COVID-19",
          "{t} and revisit intention", "Understanding {t}: a mixed-methods study", "{t} among repeat visitors",
          "Does {t} drive word of mouth?", "{t} in the Orlando market", "Measuring {t}: scale development and validation",
          "{t} and the cruise experience"]  # fmt: skip
_CLASSICS = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane")], "Marketing management", "Pearson", "Harlow", [2016, 2022], ["15th", "16th"]),
    ([("Kotler", "Philip"), ("Bowen", "John T."), ("Baloglu", "Seyhmus"), ("Makens", "James C.")], "Marketing for hospitality and tourism", "Pearson", "Harlow", [2017, 2021], ["7th", "8th"]),
    ([("Pine", "B. Joseph"), ("Gilmore", "James H.")], "The experience economy", "Harvard Business Review Press", "Boston, MA", [1999, 2011, 2019], [None, "updated", None]),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow", [2019, 2022], ["7th", "8th"]),
    ([("Zeithaml", "Valarie A."), ("Bitner", "Mary Jo"), ("Gremler", "Dwayne D.")], "Services marketing: integrating customer focus across the firm", "McGraw-Hill", "New York", [2017, 2018], ["7th", "7th"]),
    ([("Wirtz", "Jochen"), ("Lovelock", "Christopher")], "Services marketing: people, technology, strategy", "World Scientific", "New Jersey", [2016, 2021], ["8th", "9th"]),
    ([("Morgan", "Nigel"), ("Pritchard", "Annette"), ("Pride", "Roger")], "Destination brands: managing place reputation", "Routledge", "Abingdon", [2011], ["3rd"]),
    ([("Reichheld", "Frederick F.")], "The loyalty effect", "Harvard Business School Press", "Boston, MA", [1996], [None]),
]  # fmt: skip

# Organisations: (name as written in the list, tags, kind of body, domain).
_GOVERNMENT = [("U.S. Census Bureau", {"government", "abbreviation"}, "census.gov"),
               ("U.S. Bureau of Labor Statistics", {"government", "abbreviation"}, "bls.gov"),
               ("Bureau of Labor Statistics (BLS)", {"government", "abbreviation"}, "bls.gov"),
               ("Florida Department of Revenue", {"government"}, "floridarevenue.com"),
               ("Florida Department of Citrus", {"government"}, "floridacitrus.org"),
               ("National Oceanic and Atmospheric Administration (NOAA)", {"government", "abbreviation"}, "noaa.gov"),
               ("NOAA", {"government", "acronym"}, "nhc.noaa.gov"),
               ("Federal Emergency Management Agency (FEMA)", {"government", "abbreviation"}, "fema.gov"),
               ("Federal Maritime Commission", {"government"}, "fmc.gov"),
               ("Cruise Lines International Association (CLIA)", {"trade-body", "abbreviation"}, "cruising.org"),
               ("CLIA", {"trade-body", "acronym"}, "cruising.org"),
               ("VisitBritain", {"government"}, "visitbritain.org"),
               ("Embratur", {"government"}, "embratur.com.br"),
               ("U.S. Travel Association", {"trade-body", "abbreviation"}, "ustravel.org"),
               ("National Travel & Tourism Office", {"government", "ampersand"}, "trade.gov"),
               ("Destination Canada", {"government"}, "destinationcanada.com")]  # fmt: skip
_FIRMS = [("The Walt Disney Company", {"company"}, "thewaltdisneycompany.com"),
          ("Comcast Corporation", {"company"}, "cmcsa.com"),
          ("Royal Caribbean Cruises Ltd.", {"company", "abbreviation"}, "rclinvestor.com"),
          ("Carnival Corporation & plc", {"company", "ampersand"}, "carnivalcorp.com"),
          ("Carnival plc", {"company"}, "carnivalcorp.com"),
          ("Norwegian Cruise Line Holdings Ltd.", {"company", "abbreviation"}, "nclhltd.com"),
          ("United Parks & Resorts Inc.", {"company", "ampersand"}, "unitedparks.com"),
          ("Merlin Entertainments Ltd", {"company"}, "merlinentertainments.biz"),
          ("Publix Super Markets, Inc.", {"company", "comma"}, "corporate.publix.com"),
          ("Florida's Natural Growers", {"company", "apostrophe"}, "floridasnatural.com"),
          ("Tropicana Brands Group", {"company"}, "tropicanabrandsgroup.com"),
          ("Delaware North Companies, Inc.", {"company", "comma"}, "delawarenorth.com"),
          ("Marriott International, Inc.", {"company", "comma"}, "marriott.com"),
          ("Hyatt Hotels Corp.", {"company", "abbreviation"}, "hyatt.com"),
          ("NBCUniversal Media, LLC", {"company", "comma"}, "nbcuniversal.com"),
          ("Kerzner International N.V.", {"company", "abbreviation"}, "kerzner.com"),
          ("Visit Florida", {"dmo"}, "visitflorida.org"),
          ("Visit Orlando", {"dmo"}, "visitorlando.com"),
          ("Greater Miami Convention & Visitors Bureau", {"dmo", "ampersand"}, "miamiandbeaches.com"),
          ("Visit St. Pete/Clearwater", {"dmo", "punctuation"}, "visitstpeteclearwater.com"),
          ("Disney Parks, Experiences and Products", {"company", "comma"}, "disneyparks.disney.go.com")]  # fmt: skip
_PRESS = ["Orlando Sentinel", "Miami Herald", "Tampa Bay Times", "Travel Weekly", "Skift", "Cruise Critic",
          "Theme Park Insider", "Blooloop", "Travel Weekly (UK)", "TTG", "Folha de S.Paulo"]  # fmt: skip
_RESEARCH = ["TEA/AECOM", "Mintel", "Euromonitor International", "Tourism Economics", "Statista", "Phocuswright",
             "STR", "Mintel Group Ltd"]  # fmt: skip
_MARKETS = ["theme parks", "cruises", "family holidays", "long-haul holidays", "orange juice", "golf tourism",
            "retirement living", "hotels", "travel booking", "attractions", "senior travel"]  # fmt: skip
_REGIONS = ["US", "UK", "Brazil", "Canada", "Florida", "North America", "Latin America", "Global"]


class Blind303WorkFactory(WorkFactory):
    """Florida theme parks, cruises, golf, retirement, citrus, hotels and destination marketing."""

    KINDS = ("book", "chapter", "journal", "report", "web", "news")

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 303)
        self.dated: list[tuple[str, set[str], str, dict[str, Any]]] = []

    # ------------------------------------------------------------------ names and dates
    def person(self) -> dict[str, str]:
        family, given, particle = self.rng.choice(self.rng.choice(_GROUPS))
        name = {"family": family, "given": given}
        if particle:
            name["non-dropping-particle"] = particle
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[30, 28, 18, 10, 6, 4, 2, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if name not in people:
                people.append(name)
        return people

    def year(self) -> int:
        return self.rng.randint(2006, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        year = self.rng.randint(2024, 2026)
        if issued:
            year = max(year, issued[0] + (1 if len(issued) > 1 else 0))
        return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        title = self.rng.choice(_FORMS).format(t=topic)
        return title[0].upper() + title[1:]

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "government", "organisation-report", "organisation-web", "news",
             "market-research", "classic"],
            weights=[8, 5, 26, 12, 9, 12, 11, 9, 8],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        record: dict[str, Any] = {
            "type": "book", "title": self._title(), "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "CABI", "Goodfellow Publishers", "Channel View Publications", "Sage", "University Press of Florida"]),
            "publisher-place": self.rng.choice(["Abingdon", "Wallingford", "Oxford", "Bristol", "London", "Gainesville, FL"]),
        }  # fmt: skip
        return self._person_work(record, "book")

    def _classic(self) -> Work:
        people, title, publisher, place, years, editions = self.rng.choice(_CLASSICS)
        index = self.rng.randrange(len(years))
        record: dict[str, Any] = {
            "type": "book", "title": title, "author": [{"family": f, "given": g} for f, g in people],
            "issued": {"date-parts": [[years[index]]]}, "publisher": publisher, "publisher-place": place,
        }  # fmt: skip
        if editions[index]:
            record["edition"] = editions[index]
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3), "editor": self._people(2),
            "container-title": self.rng.choice(["The Routledge handbook of theme park development", "Cruise tourism: issues, impacts, cases",
                                                "Tourism in the Caribbean", "Senior travel and tourism", "Destination marketing: insights and practices"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "CABI", "Channel View Publications"]),
            "publisher-place": self.rng.choice(["Abingdon", "Wallingford", "Bristol"]), "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 1200)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(10, 105)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{start}-{start + self.rng.randint(9, 24)}",
        }  # fmt: skip
        if self.rng.random() < 0.55:
            record["DOI"] = (
                f"10.{self.rng.choice(['1016', '1177', '1108', '1080'])}/{self.rng.choice(['j.tourman', '0047287', 'JSM', 'ijhm'])}.{self.rng.randint(2010, 2025)}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _dated_or_twin(self, name: str, tags: set[str], record: dict[str, Any]) -> tuple[str, set[str]]:
        """Now and then the same body in the same year as an earlier work ("CLIA, 2023a" and "2023b")."""
        if self.dated and "issued" in record and self.rng.random() < 0.1:
            name, tags, _domain, issued = self.rng.choice(self.dated)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        if "issued" in record:
            self.dated.append((name, tags, "", record["issued"]))
        return name, tags

    def _government(self) -> Work:
        name, tags, domain = self.rng.choice(_GOVERNMENT)
        year = self.year()
        title = self.rng.choice([f"Florida visitor estimates {year}", f"Annual report {year}", "Atlantic hurricane season outlook",
                                 "State of the cruise industry outlook", "Quick facts: Osceola County, Florida", "Occupational employment and wages: amusement parks",
                                 "Citrus: final forecast and season summary", "Tourist development tax collections by county",
                                 f"Inbound market profile: USA {year}", "Plano Nacional de Turismo", "Cruise line passenger vessel report"])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[year]]}, "URL": f"https://www.{domain}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if self.rng.random() < 0.12:
            record.pop("issued")
        name, tags = self._dated_or_twin(name, tags, record)
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _organisation_report(self) -> Work:
        name, tags, domain = self.rng.choice(_FIRMS)
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report {year}", f"Form 10-K: fiscal year {year}", f"Sustainability report {year}",
                                                        "Annual report and accounts", "Investor presentation", "Seatrade Cruise Global investor update"]),
            "issued": {"date-parts": [[year]]}, "publisher": name,
        }  # fmt: skip
        name, tags = self._dated_or_twin(name, tags, record)
        record["publisher"] = name
        if self.rng.random() < 0.6:
            record["URL"] = f"https://www.{domain}/investors"
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._org_work(record, "report", name, tags)

    def _organisation_web(self) -> Work:
        name, tags, domain = self.rng.choice(_FIRMS + _GOVERNMENT[9:13])
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(["About us", "Our story", "Annual passes", "Loyalty programme benefits",
                                                                               "Press releases", "Accessibility services", "Sustainability", "Plan your visit",
                                                                               "Partner toolkit", "Research and statistics"]),
                                  "URL": f"https://www.{domain}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if self.rng.random() < 0.65:
            record["issued"] = {"date-parts": [[self.year()]]}
        name, tags = self._dated_or_twin(name, tags, record)
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        return self._org_work(record, "web", name, tags | ({"undated"} if "issued" not in record else set()))

    def _news(self) -> Work:
        year = self.year()
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.{paper.split()[0].lower()}.com/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        if self.rng.random() < 0.8:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        market, region = self.rng.choice(_MARKETS), self.rng.choice(_REGIONS)
        year = self.year()
        title = self.rng.choice([f"{market.capitalize()} - {region} - {year}", f"Theme Index and Museum Index {year}" if name == "TEA/AECOM" else f"{market.capitalize()} in the {region}: market report {year}",
                                 f"{region} {market} market report", f"Number of visitors to {market} in the {region}",
                                 f"{market.capitalize()}: consumer trends", f"Global cruise outlook {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name,
                                  "URL": f"https://www.{name.split('/')[0].split()[0].lower()}.com/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if self.rng.random() < 0.88:
            record["issued"] = {"date-parts": [[year]]}
        name, tags = self._dated_or_twin(name, {"market-research"}, record)
        record["publisher"] = name
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        return self._org_work(record, "report", name, tags)
