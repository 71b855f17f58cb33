"""The blind302 pool's works: what marketers at Nordic and Baltic sauna, spa, wellness-tourism, design and outdoor
brands cite in CIM Level 6 and 7 reports and MBA assignments written in English.

Books, chapters and journal articles with one to eight authors (hospitality, tourism, place and leisure journals),
the marketing texts every candidate cites, statistics offices, ministries and tourism bodies of Finland, Estonia and
Sweden, Eurostat, UNESCO and the Global Wellness Institute (two works of one body in a year), firms' pages and annual
reports (Oy, Oyj, Ab, AB, AS, OÜ, GmbH, Ltd), the Nordic and international press signed and unsigned, market
research with and without years and undated pages. Names as the region's scholars print them: Finnish names with
ä, ö and double vowels and compound surnames, Estonian names with õ and ü, Swedish names with "af" and "von", Sámi
names, German names with umlauts and British names. Written without reading the checker or any other pool.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "statistics", "government", "tourism-body", "firm-web", "annual-report", "press",
         "market-research", "undated-web")  # fmt: skip

# (family, given, particle): Finnish, Estonian, Swedish, Sámi, German and British names as printed on papers.
_FINNISH = [("Komppula", "Raija"), ("Konu", "Henna"), ("Tuohino", "Anja"), ("Pesonen", "Juho"), ("Lähteenmäki", "Liisa"),
            ("Kääriäinen", "Päivi"), ("Virtanen-Mäkelä", "Eeva-Liisa"), ("Saarinen", "Jarkko"), ("Rantala", "Outi"),
            ("Äijälä", "Jyrki"), ("Tuulentie", "Seija"), ("Haahti", "Antti"), ("Hjalager", "Anne-Mette"),
            ("Mäenpää", "Kirsi"), ("Pöllänen", "Sinikka"), ("Kyyrä", "Tuomas"), ("Hölttä-Otto", "Katja"),
            ("Järviluoma", "Helmi"), ("Suutari", "Timo"), ("Heikkilä", "Sanna"), ("Kauppila", "Pekka"),
            ("Määttä", "Aino"), ("Ylönen", "Riikka"), ("Leppänen", "Ville"), ("Tyrväinen", "Liisa"),
            ("Uusitalo", "Outi"), ("Siitonen", "Mikko"), ("Väätäinen", "Hanna")]  # fmt: skip
_ESTONIAN = [("Tooman", "Heli"), ("Õun", "Tõnu"), ("Pärn", "Ülle"), ("Mägi", "Märt"), ("Tamm", "Kadri"),
             ("Jõgi", "Priit"), ("Kütt", "Liina"), ("Rüütel", "Maarja"), ("Sepp", "Jüri"), ("Kask", "Triin"),
             ("Võsu", "Ene"), ("Pae", "Taavi"), ("Tõnisson", "Kärt")]  # fmt: skip
_SWEDISH = [("Andersson", "Åsa", ""), ("Lindqvist", "Björn", ""), ("Sjöberg", "Maria", ""), ("Åkerlund", "Ulrika", ""),
            ("Bergström", "Lars", ""), ("Klint", "Carl", "af"), ("Essen", "Louise", "von"), ("Heidenstam", "Anna", "von"),
            ("Ekström", "Karin", ""), ("Gyllensvärd", "Henrik", ""), ("Wahlström", "Erik", ""),
            ("Sillén", "Per", ""), ("Wright", "Ebba", "von")]  # fmt: skip
_SAMI = [("Magga", "Ánde"), ("Näkkäläjärvi", "Klemetti"), ("Valkeapää", "Elle-Máret"), ("Aikio", "Áile"),
         ("Utsi", "Nils-Henrik"), ("Labba", "Inga"), ("Sara", "Máret")]  # fmt: skip
_GERMAN = [("Müller", "Jürgen", ""), ("Schäfer", "Katrin", ""), ("Köhler", "Jörg", ""), ("Bülow", "Friederike", "von"),
           ("Großmann", "Lena", ""), ("Hölzl", "Tobias", ""), ("Pechlaner", "Harald", ""), ("Weiß", "Sabine", "")]  # fmt: skip
_BRITISH = [("Smith", "Melanie"), ("Morgan", "Nigel"), ("Pritchard", "Annette"), ("Walton-Hughes", "Claire"),
            ("O'Neill", "Siobhan"), ("McCabe", "Scott"), ("Puczkó", "László"), ("Ashworth", "Gregory"),
            ("Kavaratzis", "Mihalis"), ("Bell", "Fiona"), ("Clarke", "Jackie"), ("Hudson", "Simon")]  # fmt: skip

_JOURNALS = ["Scandinavian Journal of Hospitality and Tourism", "Journal of Hospitality & Tourism Research",
             "Tourism Management Perspectives", "Journal of Place Management and Development", "Leisure Studies",
             "International Journal of Spa and Wellness", "Journal of Business Research", "Design Management Journal",
             "Journal of Destination Marketing & Management", "Tourism Recreation Research"]  # fmt: skip
_TOPICS = ["sauna culture", "wellness tourism", "lakeside resorts", "public saunas", "Arctic tourism",
           "place branding", "Nordic design", "experience design", "slow tourism", "winter swimming",
           "forest bathing", "glass igloo accommodation", "aurora tourism", "Finnish design exports",
           "nature-based wellbeing", "spa hotels", "digital destination marketing", "Sámi tourism",
           "urban bathing culture", "outdoor recreation", "smoke saunas", "country-of-origin effects"]  # fmt: skip
_PLACES = ["Finland", "Estonia", "Sweden", "Lapland", "Helsinki", "Tallinn", "the Nordic countries", "Saimaa",
           "the Baltic states", "Northern Europe", "Stockholm", "Tampere", "Åland", "Saaremaa"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("CABI", "Wallingford"), ("Channel View Publications", "Bristol"),
               ("Edward Elgar", "Cheltenham"), ("Goodfellow Publishers", "Oxford"), ("Palgrave Macmillan", "Cham"),
               ("Gaudeamus", "Helsinki"), ("Tartu University Press", "Tartu"), ("Studentlitteratur", "Lund"),
               ("Sage", "London"), ("Kogan Page", "London")]  # fmt: skip

# Bodies and firms as candidates name them (name, tags, site).
_STATISTICS = [("Statistics Finland", {"government"}, "stat.fi"), ("Statistics Estonia", {"government"}, "stat.ee"),
               ("Statistics Sweden (SCB)", {"government", "abbreviation"}, "scb.se"),
               ("Eurostat", {"government"}, "ec.europa.eu/eurostat")]  # fmt: skip
_GOVERNMENT = [("Business Finland", {"government"}, "businessfinland.fi"),
               ("Ministry of Economic Affairs and Employment", {"government"}, "tem.fi"),
               ("Enterprise Estonia", {"government"}, "eas.ee"), ("Tillväxtverket", {"government"}, "tillvaxtverket.se"),
               ("UNESCO", {"government", "acronym"}, "ich.unesco.org"),
               ("Nordic Council of Ministers", {"government"}, "norden.org"),
               ("Regional Council of Lapland", {"government"}, "lapinliitto.fi")]  # fmt: skip
_TOURISM = [("Visit Finland", {"government"}, "visitfinland.com"), ("Visit Estonia", {"government"}, "visitestonia.com"),
            ("Visit Sweden", {"government"}, "visitsweden.com"), ("Helsinki Partners", {"government"}, "myhelsinki.fi"),
            ("Global Wellness Institute", {"trade-body"}, "globalwellnessinstitute.org"),
            ("Finnish Sauna Society (Suomen Saunaseura)", {"trade-body", "abbreviation"}, "saunaseura.fi"),
            ("Sauna from Finland", {"trade-body"}, "saunafromfinland.fi"),
            ("Finland's Sauna Ambassadors", {"trade-body", "apostrophe"}, "saunafromfinland.fi")]  # fmt: skip
_FIRMS = [("Harvia Oyj", {"company"}, "harviagroup.com"), ("Fiskars Oyj Abp", {"company"}, "fiskarsgroup.com"),
          ("Marimekko Oyj", {"company"}, "company.marimekko.com"), ("Saunum OÜ", {"company"}, "saunum.com"),
          ("Lapland Hotels Oy", {"company"}, "laplandhotels.com"), ("Oy Stockmann Ab", {"company"}, "stockmanngroup.com"),
          ("Tylö AB", {"company"}, "tylo.com"), ("Tallink Grupp AS", {"company"}, "tallink.com"),
          ("Klafs GmbH & Co. KG", {"company", "ampersand"}, "klafs.de"), ("Huum OÜ", {"company"}, "huum.eu"),
          ("Kalevala Koru Oy", {"company"}, "kalevalakoru.fi"), ("Narvi Oy", {"company"}, "narvi.fi"),
          ("Nordic Sauna Collective Ltd", {"company"}, "nordicsaunacollective.co.uk"),
          ("Arctic TreeHouse Hotel Oy", {"company"}, "arctictreehousehotel.com")]  # fmt: skip
_PRESS = [("Helsingin Sanomat", "hs.fi"), ("Yle", "yle.fi/a"), ("Kauppalehti", "kauppalehti.fi"),
          ("Postimees", "news.postimees.ee"), ("ERR News", "news.err.ee"), ("Dagens Nyheter", "dn.se"),
          ("Monocle", "monocle.com"), ("Wallpaper*", "wallpaper.com"), ("Condé Nast Traveller", "cntraveller.com"),
          ("The Guardian", "theguardian.com")]  # fmt: skip
_RESEARCH = ["Global Wellness Institute", "Euromonitor International", "Mintel", "Statista", "Kantar"]
_CLASSICS = [
    ([("Pine", "B. Joseph"), ("Gilmore", "James H.")], "The experience economy", [(1999, ""), (2011, ""), (2019, "")], "Harvard Business Review Press", "Boston, MA"),
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane")], "Marketing management", [(2016, "15"), (2022, "16")], "Pearson", "Harlow"),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing: strategy, implementation and practice", [(2019, "7"), (2022, "8")], "Pearson", "Harlow"),
    ([("Anholt", "Simon")], "Competitive identity: the new brand management for nations, cities and regions", [(2007, "")], "Palgrave Macmillan", "Basingstoke"),
    ([("Morgan", "Nigel"), ("Pritchard", "Annette"), ("Pride", "Roger")], "Destination brands: managing place reputation", [(2011, "3")], "Butterworth-Heinemann", "Oxford"),
    ([("Smith", "Melanie"), ("Puczkó", "László")], "Health, tourism and hospitality: spas, wellness and medical travel", [(2014, "2")], "Routledge", "Abingdon"),
    ([("Keller", "Kevin Lane"), ("Swaminathan", "Vanitha")], "Strategic brand management", [(2020, "5")], "Pearson", "Harlow"),
    ([("Kotler", "Philip"), ("Kartajaya", "Hermawan"), ("Setiawan", "Iwan")], "Marketing 5.0: technology for humanity", [(2021, "")], "Wiley", "Hoboken, NJ"),
]  # fmt: skip


class Blind302WorkFactory(WorkFactory):
    """Works of Nordic and Baltic sauna, spa, wellness-tourism and design marketing, from a seed."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 31 + 30200)
        self.bodies: list[tuple[str, set[str], str, int]] = []
        self.classics: set[str] = set()

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.34:
            family, given = self.rng.choice(_FINNISH)
            return {"family": family, "given": given}
        if roll < 0.48:
            family, given = self.rng.choice(_ESTONIAN)
            return {"family": family, "given": given}
        if roll < 0.64:
            family, given, particle = self.rng.choice(_SWEDISH)
        elif roll < 0.72:
            family, given = self.rng.choice(_SAMI)
            particle = ""
        elif roll < 0.82:
            family, given, particle = self.rng.choice(_GERMAN)
        else:
            family, given = self.rng.choice(_BRITISH)
            particle = ""
        name = {"family": family, "given": given}
        if particle:
            name["non-dropping-particle"] = particle
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 28, 16, 9, 5, 3, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if all(p["family"] != name["family"] for p in people):
                people.append(name)
        return people

    # ------------------------------------------------------------------ dates and words
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1986, 2004)
        return self.rng.randint(2008, 2025)

    def _web_year(self) -> int:
        return self.rng.randint(2014, 2024)

    def _accessed_after(self, issued: int | None) -> dict[str, list[list[int]]]:
        low = 2023 if issued is None else max(2023, issued + 1)
        return {"date-parts": [[self.rng.randint(low, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _title(self) -> str:
        topic, other, place = self.rng.choice(_TOPICS), self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {place}: a qualitative study",
            f"Co-creating {topic} experiences in {place}",
            f"From {topic} to {other}: branding {place}",
            f"Authenticity and {topic}: evidence from {place}",
            f"{topic[0].upper()}{topic[1:]} and {other} in {place}",
            f"Who buys {topic}? Segmenting visitors to {place}",
            f"Marketing {topic} to international visitors: the case of {place}",
            f"Digital channels and {topic} in {place}",
        ]
        return self.rng.choice(forms)

    def _pages(self) -> str:
        start = self.rng.randint(1, 480)
        return f"{start}-{start + self.rng.randint(9, 28)}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "classic", "statistics", "government", "firm-web", "annual-report", "press",
             "press-unsigned", "market-research", "undated-web", "tourism-body"],
            weights=[8, 6, 22, 6, 7, 7, 8, 5, 7, 4, 7, 4, 7],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.2:
            record["edition"] = str(self.rng.randint(2, 4))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS[:6])
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": self._people(2), "issued": {"date-parts": [[self.year()]]},
            "container-title": self.rng.choice(["Routledge handbook of health tourism", "Nordic perspectives on tourism",
                                                "Wellness tourism: a destination perspective", "Arctic tourism experiences",
                                                "The Routledge handbook of place branding"]),
            "publisher": publisher, "publisher-place": place, "page": self._pages(),
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(3, 48)), "issue": str(self.rng.randint(1, 6)), "page": self._pages(),
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.{self.rng.choice(['1080', '1016', '1108', '1177'])}/{self.rng.randint(10000, 99999)}.{self.rng.randint(2008, 2025)}.{self.rng.randint(100000, 999999)}"
            )
        return self._person_work(record, "journal")

    def _classic(self) -> Work:
        authors, title, editions, publisher, place = self.rng.choice(_CLASSICS)
        if title in self.classics:  # a candidate lists one edition of a text once
            return self._book()
        self.classics.add(title)
        year, edition = self.rng.choice(editions)
        record: dict[str, Any] = {"type": "book", "title": title,
                                  "author": [{"family": f, "given": g} for f, g in authors],
                                  "issued": {"date-parts": [[year]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if edition:
            record["edition"] = edition
        return self._person_work(record, "book")

    def _body_work(self, record: dict[str, Any], kind: str, bodies: list[tuple[str, set[str], str]],
                   dated: float = 1.0) -> Work:  # fmt: skip
        name, tags, site = self.rng.choice(bodies)
        year: int | None = self._web_year() if self.rng.random() < dated else None
        if year is not None and self.bodies and self.rng.random() < 0.15:  # one body's two works of a year
            name, tags, site, year = self.rng.choice(self.bodies)
        if year is not None:
            record["issued"] = {"date-parts": [[year]]}
            self.bodies.append((name, tags, site, year))
        record.setdefault(
            "URL",
            f"https://www.{site}/{self.rng.choice(['en', 'en/insights', 'tilastot', 'news', 'media'])}/{self.rng.randint(1000, 99999)}",
        )
        record["accessed"] = self._accessed_after(year)
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        return self._org_work(record, kind, name, set(tags))

    def _statistics(self) -> Work:
        what = self.rng.choice(["Accommodation statistics", "Transport and tourism", "Tourism in the Baltic Sea region",
                                "Overnight stays by country of residence", "Household consumption of leisure services",
                                "Nights spent at tourist accommodation establishments", "Foreign visitors"])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]),
                                  "title": f"{what} {self.rng.randint(2015, 2024)}"}  # fmt: skip
        return self._body_work(record, "statistics", _STATISTICS)

    def _government(self) -> Work:
        what = self.rng.choice(["Tourism strategy", "Roadmap for sustainable tourism", "Creative industries export programme",
                                "Wellbeing from nature: action plan", "Design export review", "Regional tourism outlook",
                                "Intangible cultural heritage: nomination file"])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]),
                                  "title": f"{what} {self.rng.randint(2019, 2030)}" if self.rng.random() < 0.5 else what}  # fmt: skip
        return self._body_work(record, "government", _GOVERNMENT)

    def _tourism_body(self) -> Work:
        what = self.rng.choice(["Sauna in Finland", "Wellbeing travel in Estonia", "Visitor survey", "Nordic wellness",
                                "Sustainable travel programme", "The Finnish sauna experience", "Nature and wellbeing",
                                "Brand book", "Arctic light and silence", "Wellness travel trends"])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["webpage", "report"]), "title": what}
        return self._body_work(record, "tourism-body", _TOURISM, dated=0.8)

    def _firm_web(self) -> Work:
        what = self.rng.choice(["Our story", "Sustainability", "About us", "Sauna heaters", "Design heritage",
                                "Responsibility", "Investors", "Press releases", "Careers", "Smart sauna control"])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": what}
        return self._body_work(record, "firm-web", _FIRMS, dated=0.55)

    def _annual_report(self) -> Work:
        firms = _FIRMS[:3] + _FIRMS[5:8]
        name, tags, site = self.rng.choice(firms)
        year = self.rng.randint(2016, 2024)
        record: dict[str, Any] = {"type": "report",
                                  "title": f"{self.rng.choice(['Annual report', 'Financial statements', 'Sustainability report', 'Annual review'])} {year}",
                                  "issued": {"date-parts": [[year + 1 if year < 2024 else year]]}, "publisher": name,
                                  "URL": f"https://www.{site}/investors/reports-{year}.pdf"}  # fmt: skip
        issued = record["issued"]["date-parts"][0][0]
        record["accessed"] = self._accessed_after(issued)
        self.bodies.append((name, tags, site, issued))
        return self._org_work(record, "annual-report", name, set(tags))

    def _press(self) -> Work:
        paper, site = self.rng.choice(_PRESS)
        year = self._web_year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._headline(), "author": self._people(2),
            "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://{site}/{self.rng.randint(100000, 999999)}", "accessed": self._accessed_after(year),
        }  # fmt: skip
        return self._person_work(record, "press")

    def _press_unsigned(self) -> Work:
        paper, site = self.rng.choice(_PRESS)
        year = self._web_year()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._headline(), "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://{site}/{self.rng.randint(100000, 999999)}", "accessed": self._accessed_after(year),
        }  # fmt: skip
        return self._org_work(record, "press", paper, {"press"})

    def _headline(self) -> str:
        place = self.rng.choice(_PLACES)
        return self.rng.choice([
            f"Why the world is falling for the {self.rng.choice(['Finnish', 'Estonian', 'Nordic'])} sauna",
            f"Public saunas are booming in {place}", f"Record winter for tourism in {place}",
            f"The new wave of design hotels in {place}", "Sauna heater maker reports strong export growth",
            f"Ice swimming goes mainstream in {place}", f"Glass igloos and the aurora economy of {place}",
            f"How {place} sells silence to city dwellers", f"Smoke sauna tradition draws visitors to {place}",
        ])  # fmt: skip

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self._web_year() if self.rng.random() < 0.85 else None
        market = self.rng.choice(["wellness tourism", "spa and sauna equipment", "home saunas", "Nordic design homeware",
                                  "outdoor recreation", "thermal and mineral springs", "wellness travel"])  # fmt: skip
        record: dict[str, Any] = {
            "type": "report", "publisher": name,
            "title": self.rng.choice([f"{market[0].upper()}{market[1:]} in Finland", f"Global {market} monitor",
                                      f"{market[0].upper()}{market[1:]} - Europe - {self.rng.choice(['March', 'June', 'November'])} {year or 2024}",
                                      f"Revenue of the {market} market in the Nordics, 2018 to 2028"]),
            "URL": f"https://www.{name.split()[0].lower()}.com/{self.rng.randint(1000, 99999)}",
            "accessed": self._accessed_after(year),
        }  # fmt: skip
        if year is not None:
            record["issued"] = {"date-parts": [[year]]}
        tags = {"market-research"} if year is not None else {"market-research", "undated"}
        return self._org_work(record, "market-research", name, tags)

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(
            ["Sauna etiquette", "Public saunas in Helsinki", "Smoke sauna weekends", "How to sauna like a Finn",
             "Visiting Lapland in winter", "Wellness on Saaremaa", "Ice swimming for beginners", "Design shops in Tallinn"]),
            "accessed": self._accessed_after(None)}  # fmt: skip
        if self.rng.random() < 0.4:
            record["author"] = self._people(2)
            record["URL"] = (
                f"https://www.{self.rng.choice(['nordicwellbeing.blog', 'saunatimes.com', 'thelocal.se'])}/{self.rng.randint(100, 9999)}"
            )
            return self._person_work(record, "undated-web")
        return self._body_work(record, "undated-web", _TOURISM + _FIRMS, dated=0.0)
