"""Works that marketers at record labels, streaming services, promoters, ticket sellers, festivals and venues cite.

The blind364 pool (HELD OUT), written without reading the checker, its tests or any other pool: CIM Level 6 and 7
reports and MBA assignments by marketers in the UK, Ireland, Nigeria, South Korea, Colombia and Canada. They cite
marketing, arts-marketing and consumer-behaviour textbooks and their chapters, journal articles on fandom,
streaming, live experiences, ticket pricing and social media, the music industry's trade bodies and collecting
societies, regulators' and governments' guidance and statistics, labels' and promoters' annual reports and press
pages, market-research and chart-data firms, trade press, signed and unsigned news, and undated web pages. Names are
written as the region's scholars and journals print them: Irish fadas, Nigerian and Korean names romanised with the
family name first in the record, Colombian double surnames, Québécois accents and hyphenated given names.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IE", "ga_IE", "en_CA", "fr_CA", "es_CO", "en_NG", "yo_NG"]
# Names as English-language journals print them (family, given).
_NIGERIAN = [("Adebayo", "Oluwaseun"), ("Okonkwo", "Chinonso"), ("Eze", "Ngozi"), ("Olaniyan", "Tejumola"),
             ("Nwosu", "Chukwuemeka"), ("Ogunleye", "Folasade"), ("Bello", "Abubakar"), ("Ibrahim", "Hauwa"),
             ("Adeyemi", "Adesola"), ("Okafor", "Ifeoma"), ("Akinwale", "Babatunde"), ("Uchenna", "Obiora"),
             ("Ajayi-Obe", "Modupe"), ("Ọlánrewájú", "Fẹ̀mi"), ("Shonekan", "Stephanie"), ("Oikelome", "Albert")]  # fmt: skip
_KOREAN = [("Kim", "Soo-Jin"), ("Lee", "Hye-Kyung"), ("Jin", "Dal Yong"), ("Shin", "Hyunjoon"), ("Oh", "Ingyu"),
           ("Park", "Ji-Hoon"), ("Choi", "Min-Seo"), ("Jung", "Eun-Young"), ("Yoon", "Kyong"), ("Kang", "Dae-Woong"),
           ("Han", "Seung-Ah"), ("Ryoo", "Woongjae"), ("Lie", "John"), ("Kwon", "Jungmin"), ("Cho", "Younghan")]  # fmt: skip
_COLOMBIAN = [("Ochoa Gautier", "Ana María"), ("Hernández Salgar", "Óscar"), ("Rodríguez-Peña", "Catalina"),
              ("Gómez Restrepo", "Juliana"), ("Vargas Cárdenas", "Andrés Felipe"), ("Muñoz", "Valentina"),
              ("Castañeda Londoño", "Sebastián"), ("Quintero", "Luisa Fernanda"), ("Zuluaga Arango", "María José"),
              ("Santamaría-Delgado", "Carolina"), ("Pardo Tovar", "Andrés")]  # fmt: skip
_CANADIAN = [("Tremblay", "Marie-Ève"), ("Côté", "Jean-François"), ("Gagnon", "Sophie"), ("Lévesque", "Mathieu"),
             ("Bouchard", "Geneviève"), ("Straw", "Will"), ("Sutherland", "Richard"), ("Bélanger", "Hélène"),
             ("MacDonald", "Fiona"), ("Leblanc", "Étienne"), ("Nguyen", "Thi Thanh")]  # fmt: skip
_IRISH = [("Ó Briain", "Siobhán"), ("Ní Bhriain", "Aoife"), ("Mac Giolla Rí", "Ciarán"), ("Ó Súilleabháin", "Mícheál"),
          ("O'Flynn", "John"), ("Ní Chonchúir", "Gráinne"), ("McLaughlin", "Noel"), ("Ó Laoire", "Seán")]  # fmt: skip
_PARTICLES = [("de la", "Hoz", "Camila"), ("de", "Zubiría", "Samuel"), ("van", "der Merwe", "Pieter"),
              ("de", "Villiers", "Anne"), ("di", "Stefano", "Paolo")]  # fmt: skip

# Organisations as authors, with tags saying what makes each hard.
_TRADE = [
    ("BPI", {"trade-body", "acronym"}), ("British Phonographic Industry (BPI)", {"trade-body", "abbreviation"}),
    ("PRS for Music", {"collecting-society"}), ("PPL", {"collecting-society", "acronym"}), ("IFPI", {"trade-body", "acronym"}),
    ("UK Music", {"trade-body"}), ("Music Venue Trust", {"trade-body"}), ("Musicians' Union", {"trade-body", "apostrophe"}),
    ("Association of Independent Festivals (AIF)", {"trade-body", "abbreviation"}),
    ("Live Music Industry Venues & Entertainment (LIVE)", {"trade-body", "ampersand", "abbreviation"}),
    ("Featured Artists Coalition", {"trade-body"}), ("Irish Music Rights Organisation (IMRO)", {"collecting-society", "abbreviation"}),
    ("IRMA", {"trade-body", "acronym"}), ("Music Canada", {"trade-body"}), ("SOCAN", {"collecting-society", "acronym"}),
    ("Korea Music Copyright Association (KOMCA)", {"collecting-society", "abbreviation"}),
    ("Copyright Society of Nigeria (COSON)", {"collecting-society", "abbreviation"}),
    ("Sociedad de Autores y Compositores de Colombia (SAYCO)", {"collecting-society", "abbreviation"}),
    ("Association of Independent Music (AIM)", {"trade-body", "abbreviation"}), ("Concert Promoters Association", {"trade-body"}),
    ("STAR (Society of Ticket Agents & Retailers)", {"trade-body", "ampersand", "abbreviation"}),
]  # fmt: skip
_GOVERNMENT = [
    ("Competition and Markets Authority", {"government"}), ("CMA", {"government", "acronym"}),
    ("Department for Culture, Media & Sport", {"government", "comma", "ampersand"}), ("DCMS", {"government", "acronym"}),
    ("Arts Council England", {"government"}), ("The Arts Council", {"government"}), ("Central Statistics Office", {"government"}),
    ("Statistics Canada", {"government"}), ("Canadian Heritage", {"government"}), ("Competition Bureau Canada", {"government"}),
    ("Korea Creative Content Agency (KOCCA)", {"government", "abbreviation"}),
    ("Ministry of Culture, Sports and Tourism", {"government", "comma"}), ("Nigerian Copyright Commission", {"government"}),
    ("Federal Competition and Consumer Protection Commission (FCCPC)", {"government", "abbreviation"}),
    ("Superintendencia de Industria y Comercio", {"government"}), ("DANE", {"government", "acronym"}),
    ("Ofcom", {"government"}), ("Advertising Standards Authority", {"government"}), ("Intellectual Property Office", {"government"}),
    ("House of Commons Digital, Culture, Media and Sport Committee", {"government", "comma"}),
    ("Department of Tourism, Culture, Arts, Gaeltacht, Sport and Media", {"government", "comma"}),
]  # fmt: skip
_COMPANIES = [
    ("Universal Music Group", {"company"}), ("Sony Music Entertainment", {"company"}), ("Warner Music Group", {"company"}),
    ("Beggars Group", {"company"}), ("Live Nation Entertainment", {"company"}), ("Ticketmaster UK", {"company"}),
    ("AEG Presents", {"company"}), ("CTS Eventim", {"company"}), ("See Tickets", {"company"}), ("DICE", {"company", "acronym"}),
    ("Festival Republic", {"company"}), ("MCD Productions", {"company"}), ("HYBE", {"company", "acronym"}),
    ("SM Entertainment", {"company"}), ("JYP Entertainment", {"company"}), ("Mavin Records", {"company"}),
    ("Chocolate City", {"company"}), ("Spotify", {"company"}), ("Deezer", {"company"}), ("Boomplay", {"company"}),
    ("Audiomack", {"company"}), ("Kakao Entertainment", {"company"}), ("Evenko", {"company"}),
    ("Academy Music Group", {"company"}), ("Páramo Presenta", {"company"}), ("Tuboleta", {"company"}),
    ("Mama's Boys Promotions", {"company", "apostrophe"}), ("Harbottle & Lewis", {"company", "ampersand"}),
    ("Goldman Sachs", {"company"}), ("PwC", {"company"}), ("Deloitte", {"company"}),
]  # fmt: skip
_RESEARCH = [
    ("Official Charts Company", {"chart-data"}), ("Luminate", {"chart-data"}), ("MIDiA Research", {"market-research"}),
    ("Mintel", {"market-research"}), ("Statista", {"market-research"}), ("YouGov", {"market-research"}),
    ("Chartmetric", {"chart-data"}), ("Circle Chart", {"chart-data"}), ("TurnTable Charts", {"chart-data"}),
    ("GWI", {"market-research", "acronym"}), ("Kantar", {"market-research"}), ("Ipsos", {"market-research"}),
]  # fmt: skip
_PRESS = ["Music Week", "Music Business Worldwide", "Billboard", "Pollstar", "IQ Magazine", "Complete Music Update",
          "NME", "Hot Press", "The Native", "Pulse Nigeria", "The Korea Herald", "Korea JoongAng Daily", "El Tiempo",
          "Semana", "Exclaim!", "The Globe and Mail", "CBC News", "BBC News", "The Guardian", "The Irish Times",
          "Financial Times", "Business Day", "Campaign", "Marketing Week"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Routledge", "London"), ("Pearson", "Harlow"), ("Sage", "London"),
               ("Kogan Page", "London"), ("Palgrave Macmillan", "Cham"), ("Oxford University Press", "Oxford"),
               ("Bloomsbury Academic", "London"), ("Wiley", "Hoboken, NJ"), ("Edward Elgar", "Cheltenham"),
               ("Intellect", "Bristol"), ("University of Toronto Press", "Toronto"), ("McGill-Queen's University Press", "Montreal"),
               ("Cork University Press", "Cork"), ("Duke University Press", "Durham, NC"), ("Goodfellow", "Oxford")]  # fmt: skip
_JOURNALS = ["Journal of Marketing Management", "Arts and the Market", "International Journal of Arts Management",
             "Popular Music and Society", "Popular Music", "Journal of Consumer Behaviour", "Psychology & Marketing",
             "Journal of Business Research", "Event Management", "Journal of Services Marketing", "Marketing Theory",
             "International Journal of Cultural Policy", "Journal of Consumer Culture", "European Journal of Marketing",
             "Kritika Kultura", "Journal of Interactive Marketing", "Journal of Product & Brand Management",
             "Media, Culture & Society", "Tourism Management", "Journal of Cultural Economics", "Convergence",
             "Journal of Popular Music Studies", "Korea Journal", "Latin American Music Review", "MUSICultures",
             "International Journal of Event and Festival Management", "Journal of Revenue and Pricing Management"]  # fmt: skip
_TOPICS = ["fandom", "K-pop fandom", "superfans", "music streaming", "playlist curation", "live music experiences",
           "dynamic ticket pricing", "secondary ticketing", "festival attendance", "Afrobeats", "reggaetón",
           "artist branding", "TikTok virality", "fan communities", "vinyl revival", "grassroots venues",
           "ticket touting", "music discovery", "livestreamed concerts", "festival sponsorship", "brand partnerships",
           "loyalty in streaming subscriptions", "merchandise", "collective experience", "nostalgia marketing"]  # fmt: skip
_BOOK_TITLES = ["Marketing the arts: a fresh approach", "Arts marketing", "Consumer behaviour", "Principles of marketing",
                "Music business: a guide for managers", "Events management: an introduction", "The music industries",
                "Strategic marketing for the creative industries", "Digital marketing: strategy, implementation and practice",
                "Festival and event management", "Fandom: identities and communities in a mediated world",
                "Understanding the music industries", "The K-pop wave", "Marketing communications", "Services marketing"]  # fmt: skip


class Blind364WorkFactory(WorkFactory):
    """blind364 (HELD OUT): music and live entertainment in the UK, Ireland, Nigeria, South Korea, Colombia and Canada."""

    KINDS = ("book", "chapter", "journal", "report", "web", "news")

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 364)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 263 + index)
                self.fakers[locale] = fake
        self.issued_by: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        table = None
        if roll < 0.12:
            table = _NIGERIAN
        elif roll < 0.24:
            table = _KOREAN
        elif roll < 0.32:
            table = _COLOMBIAN
        elif roll < 0.40:
            table = _CANADIAN
        elif roll < 0.46:
            table = _IRISH
        elif roll < 0.49:
            particle, family, given = self.rng.choice(_PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if table is not None:
            family, given = self.rng.choice(table)
            return {"family": family, "given": given}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        if self.rng.random() < 0.06:
            family = f"{family.split()[-1]}-{self.fakers['en_GB'].last_name()}"
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        table = self.rng.choices([_TRADE, _GOVERNMENT, _COMPANIES, _RESEARCH], weights=[30, 25, 30, 15])[0]
        name, tags = self.rng.choice(table)
        return name, set(tags)

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.05:  # the classics still cited (Kotler, Hill's arts marketing)
            return self.rng.randint(1995, 2007)
        return self.rng.randint(2012, 2025)

    def _recent(self) -> int:  # organisations' reports, pages and the press: the years candidates can find online
        return self.rng.randint(2012, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        first = issued[0] if issued else 2022
        year = self.rng.randint(max(first, 2023), 2025)
        month = self.rng.randint(1, 12)
        day = self.rng.randint(1, 28)
        if issued and year == issued[0]:
            low_month = issued[1] if len(issued) > 1 else 1
            month = self.rng.randint(low_month, 12)
            if len(issued) > 2 and month == issued[1]:
                day = self.rng.randint(min(issued[2], 28), 28)
        return {"date-parts": [[year, month, day]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        place = self.rng.choice(["the UK", "Ireland", "Nigeria", "South Korea", "Colombia", "Canada", "Lagos", "Seoul",
                                 "Bogotá", "Montréal", "Dublin", "Manchester"])  # fmt: skip
        forms = [f"{topic[0].upper()}{topic[1:]} and {other}", f"{topic[0].upper()}{topic[1:]} in {place}",
                 f"Rethinking {topic}: evidence from {place}", f"Why {topic} matters to music marketers",
                 f"From {topic} to {other}: a consumer perspective", f"The value of {topic} for live music",
                 f"{topic[0].upper()}{topic[1:]}, identity and belonging"]  # fmt: skip
        return self.rng.choice(forms)

    def _url(self, host: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        host = host or fake.domain_name()
        return f"https://www.{host}/{fake.slug()}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "org-report", "org-web", "undated-web", "research", "analyst-report",
             "press-page", "news", "unsigned-news"],
            weights=[11, 6, 22, 12, 10, 6, 8, 4, 5, 10, 6],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _people(self, most: int) -> list[dict[str, str]]:
        weights = [36, 26, 15, 9, 5, 4, 3, 2][:most]
        return [self.person() for _ in range(self.rng.choices(range(1, most + 1), weights=weights)[0])]

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then an organisation's second work of the same year ("BPI, 2024a" and "2024b").
        if self.issued_by and "issued" in record and kind != "news" and self.rng.random() < 0.12:
            name, tags, issued = self.rng.choice(self.issued_by)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.issued_by.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "book", "title": self.rng.choice(_BOOK_TITLES) if self.rng.random() < 0.6 else self._title(),
            "author": self._people(4), "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
            "publisher-place": place,
        }  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 380)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The Routledge companion to arts marketing", "The Oxford handbook of music and virtuality",
                                                "Music, markets and consumption", "Live music studies", "The Cambridge companion to music in digital culture",
                                                "Festival cultures: mapping new fields", "K-pop: the international rise of the Korean music industry"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 1400)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 60)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(2012, 2025)}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _org_report(self) -> Work:
        name, tags = self.organisation()
        year = self._recent()
        titles = [f"Annual report {year}", f"Annual report and accounts {year}", "This is music",
                  "Music by numbers", "Live music census", "Secondary ticketing: guidance for businesses",
                  "Consumer enforcement update: online ticket sales", "Global music report", "Culture and heritage survey",
                  "Festival attendance survey", "Grassroots venue annual report", "Royalty distribution report", self._title()]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0], "publisher-place": self.rng.choice(["London", "Dublin", "Toronto", "Seoul", "Lagos", "Bogotá"])}  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self._url()
            record["accessed"] = self._accessed_after([year])
        return self._org_work(record, "report", name, tags)

    def _org_web(self) -> Work:
        name, tags = self.organisation()
        year = self._recent()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "issued": {"date-parts": [[year]]},
                                  "URL": self._url(), "accessed": self._accessed_after([year])}  # fmt: skip
        return self._org_work(record, "web", name, tags)

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(["About us", "Our history", "How resale works",
                                  "Fan-to-fan ticket exchange", "Membership and royalties", "Ticket prices explained",
                                  "Accessibility at our venues", "Artist services", self._title()]),
                                  "URL": self._url(), "accessed": self._accessed_after(None)}  # fmt: skip
        if self.rng.random() < 0.25:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags | {"undated"})

    def _press_page(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self._recent()
        record: dict[str, Any] = {"type": "webpage", "title": f"{self._title()} [press release]",
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url(), "accessed": {}}  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._org_work(record, "web", name, set(tags) | {"press-page"})

    def _research(self) -> Work:
        name, tags = self.rng.choice(_RESEARCH)
        year = self._recent()
        market = self.rng.choice(["music streaming", "live music", "festivals", "recorded music", "ticketing", "vinyl"])
        country = self.rng.choice(["UK", "Ireland", "Nigeria", "South Korea", "Colombia", "Canada"])
        titles = [f"{market.capitalize()} - {country} - {self.rng.choice(['March', 'July', 'November'])} {year}",
                  f"{country} {market} market report {year}", f"Year-end music report {year}",
                  f"Share of adults in {country} who paid for {market} in {year}", f"{market.capitalize()}: fan trends"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name.split(" (")[0],
                                  "URL": self._url(), "issued": {"date-parts": [[year]]}}  # fmt: skip
        if self.rng.random() < 0.08:
            del record["issued"]
        record["accessed"] = self._accessed_after([year] if "issued" in record else None)
        return self._org_work(record, "report", name, set(tags))

    def _analyst_report(self) -> Work:
        name, _tags = self.rng.choice(_RESEARCH[:3] + _COMPANIES[-3:])
        year = self.year()
        record: dict[str, Any] = {"type": "report", "title": self._title(), "author": self._people(3),
                                  "issued": {"date-parts": [[year]]}, "publisher": name, "publisher-place": "London"}  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = self._url()
            record["accessed"] = self._accessed_after([year])
        return self._person_work(record, "report")

    def _news(self) -> Work:
        year = self._recent()
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "author": self._people(2),
            "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}, "URL": self._url(),
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._person_work(record, "news")

    def _unsigned_news(self) -> Work:
        year = self._recent()
        name = self.rng.choice(_PRESS)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": name,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}, "URL": self._url(),
        }  # fmt: skip
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._org_work(record, "news", name, {"press"})
