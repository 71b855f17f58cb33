"""The blind214 pool's works: what marketers at airlines, airports, cruise lines, rail operators, tour operators,
online travel agencies and hotel groups in the UK, Ireland, Germany, the Gulf, Singapore and the United States cite
in CIM Level 6 and 7 reports and MBA assignments.

Written by an independent hand without reading the checker, its tests or any other pool. Textbooks (Routledge,
Goodfellow, CABI, Pearson), chapters, journal articles in the air-transport and tourism journals with one to eight
authors and DOIs, theses, ATRS and TTRA conference papers, regulators and public bodies (CAA, IATA, ICAO, the DfT,
EASA, the US DOT, the ORR, VisitBritain), companies' pages, annual reports and investor decks, market research with
years, news signed and unsigned, social posts, videos, podcasts and undated pages. Names as the scholars of these
places print them: British, Irish (Ó Súilleabháin, Mac Giolla), German (Müller, von Hagen), Gulf Arabic (Al-Mansoori,
Al Maktoum), Singaporean Chinese, Malay and Tamil (Tan, Binte Ismail, Subramaniam) and American.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_IE", "en_IE", "de_DE", "de_DE", "en_US", "en_US", "de_AT", "de_CH"]
# Names as English-language papers from the Gulf, Singapore and Ireland print them (family, given).
_NAMES = [
    ("Al-Mansoori", "Fatima"), ("Al Maktoum", "Rashid"), ("Al-Hashimi", "Omar"), ("Al Suwaidi", "Mariam"),
    ("Al-Thani", "Khalid"), ("Al Nuaimi", "Hessa"), ("Al-Kaabi", "Saeed"), ("Haddad", "Rania"), ("Rahman", "Aisha"),
    ("Tan", "Wei Ling"), ("Lim", "Boon Keng"), ("Ng", "Siew Hoon"), ("Goh", "Chee Meng"), ("Chua", "Mei Xuan"),
    ("Teo", "Kok Wah"), ("Wong", "Pei Shan"), ("Subramaniam", "Lakshmi"), ("Pillai", "Arun"), ("Nair", "Priya"),
    ("Binte Ismail", "Nurul"), ("Bin Abdullah", "Hafiz"), ("Ó Súilleabháin", "Siobhán"), ("Ní Bhriain", "Aoife"),
    ("Mac Giolla Phádraig", "Cathal"), ("Ó Ceallaigh", "Pádraig"), ("O'Connell", "Niamh"), ("McCarthy", "Seán"),
    ("Müller", "Jürgen"), ("Schäfer", "Katrin"), ("Groß", "Lukas"), ("Weiß", "Anneliese"), ("Köhler", "Maximilian"),
    ("Zhang", "Yue"), ("Wang", "Dan"), ("Kim", "Seongsoo"), ("Papatheodorou", "Andreas"), ("Yılmaz", "Elif"),
]  # fmt: skip
_PARTICLE_NAMES = [("von", "Hagen", "Klara"), ("van", "Dijk", "Thijs"), ("de", "Groot", "Sanne"),
                   ("von der", "Heyde", "Felix"), ("da", "Silva", "Ana"), ("van der", "Linden", "Joris")]  # fmt: skip
# (name as written as the author, tags): regulators, public bodies, trade bodies, companies and research firms.
_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("Civil Aviation Authority", {"regulator"}), ("Civil Aviation Authority (CAA)", {"regulator", "abbreviation"}),
    ("CAA", {"regulator", "acronym"}), ("International Air Transport Association (IATA)", {"trade-body", "abbreviation"}),
    ("IATA", {"trade-body", "acronym"}), ("International Civil Aviation Organization (ICAO)", {"regulator", "abbreviation"}),
    ("ICAO", {"regulator", "acronym"}), ("Department for Transport", {"government"}),
    ("Department for Transport (DfT)", {"government", "abbreviation"}),
    ("European Union Aviation Safety Agency (EASA)", {"regulator", "abbreviation"}), ("EASA", {"regulator", "acronym"}),
    ("U.S. Department of Transportation", {"government"}), ("US Department of Transportation", {"government"}),
    ("Office of Rail and Road", {"regulator"}), ("Office of Rail and Road (ORR)", {"regulator", "abbreviation"}),
    ("VisitBritain", {"government"}), ("VisitBritain/VisitEngland", {"government", "slash"}),
    ("Fáilte Ireland", {"government", "accent"}), ("Tourism Ireland", {"government"}),
    ("Deutsche Zentrale für Tourismus (DZT)", {"government", "accent", "abbreviation"}),
    ("Singapore Tourism Board", {"government"}), ("Dubai Department of Economy and Tourism", {"government"}),
    ("Competition and Markets Authority", {"government"}), ("Transport Focus", {"government"}),
    ("Rail Delivery Group", {"trade-body"}), ("ABTA – The Travel Association", {"trade-body", "dash"}),
    ("ABTA", {"trade-body", "acronym"}), ("Airlines UK", {"trade-body"}), ("ACI Europe", {"trade-body"}),
    ("Cruise Lines International Association (CLIA)", {"trade-body", "abbreviation"}),
    ("World Travel & Tourism Council", {"trade-body", "ampersand"}), ("UN Tourism", {"trade-body"}),
    ("International Airlines Group", {"company"}), ("IAG", {"company", "acronym"}), ("easyJet plc", {"company", "lowercase"}),
    ("Ryanair Holdings plc", {"company"}), ("Lufthansa Group", {"company"}), ("Deutsche Lufthansa AG", {"company"}),
    ("The Emirates Group", {"company"}), ("Emirates", {"company"}), ("Singapore Airlines", {"company"}),
    ("Singapore Airlines Limited", {"company"}), ("Carnival Corporation & plc", {"company", "ampersand"}),
    ("TUI AG", {"company"}), ("TUI Group", {"company"}), ("Booking Holdings Inc.", {"company"}),
    ("Trainline plc", {"company"}), ("Heathrow Airport Limited", {"company"}), ("daa plc", {"company", "lowercase"}),
    ("Aer Lingus", {"company"}), ("Virgin Atlantic", {"company"}), ("Jet2 plc", {"company"}),
    ("Changi Airport Group", {"company"}), ("Expedia Group", {"company"}), ("Whitbread PLC", {"company"}),
    ("InterContinental Hotels Group (IHG)", {"company", "abbreviation"}), ("Marriott International", {"company"}),
    ("Hilton", {"company"}), ("Royal Caribbean Group", {"company"}), ("Avanti West Coast", {"company"}),
    ("Deutsche Bahn AG", {"company"}), ("Eurostar", {"company"}), ("Mr & Mrs Smith", {"company", "ampersand"}),
    ("Hays Travel", {"company"}), ("Trailfinders", {"company"}), ("Qatar Airways", {"company"}),
    ("Dubai Airports", {"company"}), ("American Airlines Group", {"company"}), ("Delta Air Lines", {"company"}),
    ("McKinsey & Company", {"company", "ampersand"}), ("Deloitte", {"company"}), ("Which?", {"company", "punctuation"}),
    ("Travellers' Aid Society", {"apostrophe"}), ("Guild of Travel Management Companies (GTMC)", {"trade-body", "abbreviation"}),
]  # fmt: skip
_RESEARCH = ["Phocuswright", "Skift Research", "OAG", "Mintel", "Euromonitor International", "Statista", "Cirium",
             "CAPA – Centre for Aviation", "YouGov", "STR", "Kantar", "GlobalData"]  # fmt: skip
_JOURNALS = [("Journal of Air Transport Management", "j.jairtraman"), ("Tourism Management", "j.tourman"),
             ("Annals of Tourism Research", "j.annals"), ("Journal of Travel Research", "00472875"),
             ("International Journal of Hospitality Management", "j.ijhm"), ("Transport Policy", "j.tranpol"),
             ("Current Issues in Tourism", "13683500"), ("Journal of Revenue and Pricing Management", "s41272"),
             ("Journal of Travel & Tourism Marketing", "10548408"), ("Journal of Vacation Marketing", "13567667"),
             ("Research in Transportation Business & Management", "j.rtbm"), ("Tourism Economics", "13548166"),
             ("Journal of Hospitality and Tourism Management", "j.jhtm"), ("Journal of Marketing Management", "0267257X")]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Routledge", "London"), ("Goodfellow Publishers", "Oxford"),
               ("CABI", "Wallingford"), ("Pearson", "Harlow"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Channel View Publications", "Bristol"), ("Palgrave Macmillan", "Cham"), ("Wiley", "Hoboken, NJ"),
               ("Edward Elgar", "Cheltenham"), ("Ashgate", "Farnham")]  # fmt: skip
_UNIVERSITIES = ["Cranfield University", "University of Surrey", "Oxford Brookes University", "Bournemouth University",
                 "University of Westminster", "Technological University Dublin", "Dublin City University",
                 "Leeds Beckett University", "Universität Bremen", "Nanyang Technological University",
                 "National University of Singapore", "Hamad Bin Khalifa University", "Emirates Aviation University",
                 "Embry-Riddle Aeronautical University", "Loughborough University"]  # fmt: skip
_TOPICS = ["airline loyalty programmes", "ancillary revenue", "dynamic pricing", "low-cost carriers", "airport retail",
           "cruise tourism", "rail passenger satisfaction", "hotel direct booking", "online travel agencies",
           "frequent flyer programmes", "premium economy", "overtourism", "sustainable aviation fuel",
           "flight shame", "revenue management", "NDC distribution", "brand trust after disruption",
           "service recovery", "airport experience", "travel influencers", "package holidays", "open-access rail",
           "hub competition in the Gulf", "co-branded credit cards", "destination marketing", "seat selection fees",
           "business travel after COVID-19", "the customer journey in air travel", "bleisure travel",
           "staycations", "night trains", "online reviews of hotels"]  # fmt: skip
_NEWS = ["Simple Flying", "Travel Weekly", "Financial Times", "BBC News", "The Guardian", "The Irish Times",
         "Business Traveller", "TTG", "Skift", "The National", "The Straits Times", "Reuters", "The Independent",
         "Handelsblatt", "PhocusWire", "Breaking Travel News", "Gulf News", "The Points Guy", "Head for Points"]  # fmt: skip
_MARKETS = ["low-cost airlines", "package holidays", "cruises", "rail travel", "business travel", "hotels",
            "airport parking", "online travel agents", "city breaks", "premium leisure travel", "holiday lettings"]  # fmt: skip
_REGIONS = ["UK", "Ireland", "Germany", "Europe", "the US", "the GCC", "Singapore", "Asia Pacific"]


class Blind214WorkFactory(WorkFactory):
    """Works cited by marketers at airlines, airports, cruise lines, rail operators, tour operators, OTAs and hotel
    groups: a subclass with a random source of its own, so no other half's corpus changes."""

    # The kinds of work made (Work.kind), and the makers that draw them with their weights.
    KINDS = ("book", "chapter", "journal", "thesis", "conference", "report", "web", "news", "social", "video",
             "podcast")  # fmt: skip
    MAKERS = (("book", 11), ("chapter", 5), ("journal", 22), ("thesis", 3), ("conference", 3), ("regulator", 10),
              ("company", 8), ("report", 8), ("market-research", 8), ("news", 7), ("press", 4), ("social", 2),
              ("video", 2), ("podcast", 2), ("undated-web", 5))  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 214)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.dated_organisations: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people, organisations, dates
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.3:
            family, given = self.rng.choice(_NAMES)
            return {"family": family, "given": given}
        if roll < 0.36:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():
            return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        roll = self.rng.random()
        if roll < 0.08:
            family = f"{family}-{self.fakers['en_GB'].last_name().split('-')[0]}"
        elif roll < 0.12:
            family = self.rng.choice(["O'", "Mc", "Mac"]) + self.fakers["en_GB"].last_name().split("-")[0]
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def organisation(self) -> tuple[str, set[str]]:
        if self.rng.random() < 0.9:
            name, tags = self.rng.choice(_ORGANISATIONS)
            return name, set(tags)
        return super().organisation()

    def year(self) -> int:
        if self.rng.random() < 0.05:  # the classics of services and tourism marketing
            return self.rng.randint(1974, 1999)
        return self.rng.randint(2006, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        year = max(issued[0] if issued else 2022, self.rng.randint(2023, 2025))
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if issued and year == issued[0]:
            first_month = issued[1] if len(issued) > 1 else 1
            month = self.rng.randint(first_month, 12)
            if len(issued) > 2 and month == first_month:
                day = self.rng.randint(issued[2], 28)
        return {"date-parts": [[year, month, day]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]} and {other}", f"The effect of {topic} on passenger loyalty",
                 f"Rethinking {topic}: evidence from {self.rng.choice(_REGIONS)}", f"{topic[0].upper()}{topic[1:]}: a review",
                 f"Why {topic} matters to travel marketers", f"{topic[0].upper()}{topic[1:]} in {self.rng.choice(_REGIONS)}",
                 f"Customer perceptions of {topic}", f"Marketing {topic} after the pandemic"]  # fmt: skip
        return self.rng.choice(forms)

    def _url(self, domain: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        return f"https://www.{domain}/{fake.slug()}" if domain else fake.url() + fake.uri_path()

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            [name for name, _ in self.MAKERS], weights=[weight for _, weight in self.MAKERS],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then an organisation's second work of a year ("CAA, 2023a" and "2023b").
        if self.dated_organisations and "issued" in record and self.rng.random() < 0.14:
            name, tags, issued = self.rng.choice(self.dated_organisations)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated_organisations.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        titles = [f"{self.rng.choice(['Airline', 'Airport', 'Tourism', 'Hospitality', 'Cruise', 'Rail', 'Travel'])} "
                  f"{self.rng.choice(['marketing', 'marketing and management', 'revenue management', 'distribution', 'branding', 'strategy'])}",
                  f"Marketing for {self.rng.choice(['tourism', 'hospitality', 'aviation', 'travel and tourism'])}", self._title()]  # fmt: skip
        record: dict[str, Any] = {"type": "book", "title": self.rng.choice(titles), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS[:6])
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": f"The Routledge handbook of {self.rng.choice(['airline marketing', 'tourism marketing', 'hospitality studies', 'transport and tourism'])}"
            if publisher == "Routledge" else f"{self.rng.choice(['Contemporary issues in', 'Managing', 'Marketing'])} {self.rng.choice(['air transport', 'tourism', 'hospitality'])}",
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        journal, stem = self.rng.choice(_JOURNALS)
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8), "container-title": journal,
            "issued": {"date-parts": [[year]]}, "volume": str(self.rng.randint(5, 110)),
            "issue": str(self.rng.randint(1, 8)), "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(8, 24)}",
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["DOI"] = (f"10.1016/{stem}.{year}.{self.rng.randint(100000, 999999)}" if stem.startswith("j.")
                             else f"10.{self.rng.choice(['1177', '1080', '1057'])}/{stem}.{year}.{self.rng.randint(1000000, 9999999)}")  # fmt: skip
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": [self.person()],
            "genre": self.rng.choice(["PhD thesis", "MBA dissertation", "MSc dissertation", "DBA thesis"]),
            "publisher": self.rng.choice(_UNIVERSITIES), "issued": {"date-parts": [[self.rng.randint(2008, 2025)]]},
        }  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        year = self.rng.randint(2010, 2025)
        atrs = self.rng.random() < 0.6
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": f"Proceedings of the {year - 1996}th ATRS World Conference" if atrs
            else f"TTRA International Conference {year}: Advancing Tourism Research Globally",
            "event-place": self.rng.choice(["Lisbon", "Amsterdam", "Seoul", "Antwerp", "Vancouver", "Istanbul"]) if atrs
            else self.rng.choice(["Victoria, BC", "Fort Worth, TX", "Boston, MA", "Denver, CO"]),
            "publisher": "Air Transport Research Society" if atrs else "Travel and Tourism Research Association",
            "issued": {"date-parts": [[year]]},
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _regulator(self) -> Work:
        name, tags = self.rng.choice([o for o in _ORGANISATIONS if o[1] & {"regulator", "government"}])
        issued = [self.year() if self.rng.random() < 0.3 else self.rng.randint(2016, 2025)]
        titles = [f"UK aviation market review {issued[0]}", "Passenger rights: delays and cancellations",
                  f"Annual rail consumer report {issued[0]}", "Aviation 2050: the future of UK aviation",
                  f"Consumer survey: wave {self.rng.randint(2, 12)}", f"Inbound tourism forecast {issued[0]}",
                  "Air passenger experience report", "Guidance for ATOL holders", "Global outlook for air transport",
                  f"Rail fares index: March {issued[0]}", "Accessibility at airports: performance report", self._title()]  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(titles),
                                  "issued": {"date-parts": [issued]}, "URL": self._url()}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = self.rng.choice(
                ["London", "Montreal", "Cologne", "Washington, DC", "Singapore", "Dublin"]
            )
        record["accessed"] = self._accessed_after(issued)
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _company(self) -> Work:
        name, tags = self.rng.choice([o for o in _ORGANISATIONS if "company" in o[1]])
        titles = ["About us", "Our brands", "Executive Club: tiers and benefits", "Our sustainability strategy",
                  "Investor relations", "Press centre", "Loyalty programme terms and conditions", "Fares explained",
                  "Our fleet", "Newsroom: record summer for passenger numbers", "Capital markets day presentation",
                  "Results presentation: full year", "Sustainability report", "Skywards: how to earn Miles"]  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(titles), "URL": self._url()}
        issued = None
        if self.rng.random() < 0.7:
            issued = [self.rng.randint(2015, 2025)]
            record["issued"] = {"date-parts": [issued]}
        record["accessed"] = self._accessed_after(issued)
        return self._org_work(record, "web", name, tags)

    def _report(self) -> Work:
        name, tags = self.rng.choice([o for o in _ORGANISATIONS if "company" in o[1]] + _ORGANISATIONS[:10])
        year = self.rng.randint(2012, 2025)
        title = self.rng.choice([f"Annual report and accounts {year}", f"Annual report {year - 1}/{str(year)[2:]}",
                                 f"Full year results {year - 1}", f"Investor presentation: Q{self.rng.randint(1, 4)} {year}",
                                 f"Sustainability report {year}", f"Capital markets day {year}", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0],
                                  "publisher-place": self.rng.choice(["London", "Dublin", "Frankfurt", "Dubai", "Singapore", "Miami, FL", "Hanover"])}  # fmt: skip
        if self.rng.random() < 0.65:
            record["URL"] = self._url()
            record["accessed"] = self._accessed_after([year])
        return self._org_work(record, "report", name, tags)

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2015, 2025) if self.rng.random() < 0.92 else None
        market, region = self.rng.choice(_MARKETS), self.rng.choice(_REGIONS)
        titles = [f"{market[0].upper()}{market[1:]} - {region} - {self.rng.choice(['March', 'July', 'November'])} {year or 2024}",
                  f"{region} travel market report {year or 2023}", f"The state of travel {year or 2024}",
                  f"Airline loyalty and co-brand credit cards: {region}", f"Frequency and capacity trends in {region}",
                  f"Number of passengers of {market} in {region}, by year"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": self._url(f"{name.split()[0].lower()}.com")}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after([year] if year else None)
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        year = self.rng.randint(2014, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._news_title(), "author": self._people(2),
                                  "container-title": self.rng.choice(_NEWS), "issued": {"date-parts": [issued]},
                                  "URL": self._url(), "accessed": self._accessed_after(issued)}  # fmt: skip
        return self._person_work(record, "news")

    def _news_title(self) -> str:
        airline = self.rng.choice(["Ryanair", "easyJet", "British Airways", "Aer Lingus", "Lufthansa", "Emirates",
                                   "Singapore Airlines", "Jet2", "TUI", "Avanti West Coast", "Carnival", "Eurostar"])  # fmt: skip
        return self.rng.choice([f"{airline} reports record summer demand", f"{airline} changes its loyalty scheme",
                                f"{airline} faces backlash over seat fees", f"Why {airline} is betting on premium leisure",
                                f"{airline} launches new brand campaign", f"Strikes hit {airline} passengers"])  # fmt: skip

    def _press(self) -> Work:
        """An unsigned news item, cited under the title of the outlet."""
        year = self.rng.randint(2014, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        outlet = self.rng.choice(["BBC News", "Travel Weekly", "Simple Flying", "TTG", "Business Traveller"])
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._news_title(), "container-title": outlet,
                                  "issued": {"date-parts": [issued]}, "URL": self._url(),
                                  "accessed": self._accessed_after(issued)}  # fmt: skip
        return self._org_work(record, "news", outlet, {"press"})

    def _social(self) -> Work:
        issued = [self.rng.randint(2019, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        platform = self.rng.choice(["LinkedIn", "X", "Instagram", "TikTok"])
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(
            ["Proud to announce our new route to Singapore", "Thank you to our crews this summer",
             "Our new lounge opens today", "Three things I learned running an airline loyalty scheme",
             "Why we rebuilt our app around the traveller"]), "container-title": platform,
            "issued": {"date-parts": [issued]}, "URL": self._url(f"{platform.lower()}.com"),
            "accessed": self._accessed_after(issued)}  # fmt: skip
        if self.rng.random() < 0.5:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        name, tags = self.rng.choice([o for o in _ORGANISATIONS if "company" in o[1]])
        return self._org_work(record, "social", name, tags)

    def _video(self) -> Work:
        issued = [self.rng.randint(2012, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(
            ["Inside the A350 cabin", "The making of our safety video", "How airline revenue management works",
             "CEO keynote: the future of travel", "Our brand film: made for the journey"]),
            "container-title": "YouTube", "issued": {"date-parts": [issued]}, "URL": self._url("youtube.com"),
            "accessed": self._accessed_after(issued)}  # fmt: skip
        if self.rng.random() < 0.4:
            record["author"] = [self.person()]
            return self._person_work(record, "video")
        name, tags = self.rng.choice([o for o in _ORGANISATIONS if "company" in o[1]])
        return self._org_work(record, "video", name, tags)

    def _podcast(self) -> Work:
        issued = [self.rng.randint(2018, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "webpage", "title": f"{self.rng.choice(['Skift Podcast', 'The Travel Marketing Podcast', 'Aviation Week Check 6', 'The Loyalty Show'])}: episode {self.rng.randint(3, 240)}",
                                  "author": [self.person() for _ in range(self.rng.randint(1, 2))],
                                  "issued": {"date-parts": [issued]}, "URL": self._url(), "accessed": self._accessed_after(issued)}  # fmt: skip
        return self._person_work(record, "podcast")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url(),
                                  "accessed": self._accessed_after(None)}  # fmt: skip
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags | {"undated"})
