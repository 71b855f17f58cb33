"""The blind311 pool's works: what marketers at opera houses, theatres, ballet and dance companies, West End and
Broadway producers, ticketing platforms, touring musicals and performing-arts festivals cite in CIM Level 6 and 7
reports and MBA assignments written in English in the UK, Ireland, France, Italy, Germany, Austria and the US.

Books, chapters and journal articles on arts marketing and cultural economics with one to eight authors (and DOIs),
the marketing texts every candidate cites, reports of arts councils, the DCMS, SOLT, UK Theatre, the Broadway League,
the Audience Agency and Eurostat (with and without their abbreviation, two works of one body in a year), the pages
and annual reports of opera houses, producers and ticketing firms with Ltd, plc, LLC, Inc., GmbH, S.p.A. and "Trust",
the arts and general press signed and unsigned, market research with and without years, and undated pages. Names
as the region's scholars and journals print them: Italian, French, German and Austrian names with "von", "de" and
"di", Irish names with "Ó", "Ní" and "Mac", Welsh, American and British names.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
import re
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_GB", "en_US", "en_US", "en_IE", "it_IT", "it_IT", "fr_FR", "fr_FR",
            "de_DE", "de_DE", "de_AT"]  # fmt: skip
# Surnames that are also the names of shows, singers, venues or festivals this pool's decoys write with a year:
# a work by "Hamilton (2015)" beside the decoy "(Hamilton, 2015)" would make the truth depend on luck.
_DECOY_SURNAMES = {"Hamilton", "Carmen", "Tosca", "Cats", "Callas", "Pavarotti", "Nureyev", "Bridge", "Palladium",
                   "Wexford", "Proms", "Evita", "Aida", "Salome", "Wicked", "Matilda", "Oliver", "Fonteyn", "Domingo",
                   "Mackintosh", "Webber", "Lloyd", "Sondheim", "Verdi", "Puccini", "Wagner", "Mozart", "Rossini",
                   "Bellini", "Donizetti", "Bizet", "Strauss", "Glass", "Britten", "Tolkien", "Barbican", "Coliseum",
                   "Lyceum", "Savoy", "Adelphi", "Garrick", "Hippodrome", "Olivier", "Tony", "Netrebko", "Bartoli",
                   "Sutherland", "Acosta", "Bussell", "Guillem", "Garnier", "Rolex", "Fenice", "Mousetrap", "Akhnaten",
                   "Gershwin", "Figaro", "Turandot", "Butterfly", "Giselle", "Equity"}  # fmt: skip
_IRISH = [("Ó Súilleabháin", "Siobhán"), ("Ní Mhurchú", "Aoife"), ("Mac Giolla Phádraig", "Ciarán"),
          ("Ó Ceallaigh", "Pádraig"), ("Mac Craith", "Niamh"), ("Ní Bhriain", "Gráinne"), ("O'Rourke", "Seán"),
          ("McGuinness", "Órla"), ("Ó Dubhghaill", "Cathal"), ("MacNamara", "Eimear"), ("O'Sullivan", "Clíona"),
          ("Ní Dhomhnaill", "Éabha")]  # fmt: skip
_WELSH = [("Llwyd", "Rhian"), ("Prys-Jones", "Gwenllian"), ("Pritchard", "Gareth"), ("ab Iorwerth", "Dafydd"),
          ("Hughes", "Ffion"), ("Evans", "Rhodri"), ("Price", "Elin"), ("Gruffudd", "Iwan"), ("Rees", "Cerys"),
          ("Bowen", "Siôn")]  # fmt: skip
_PARTICLES = [("von", "Hagen", "Klara"), ("von", "Trotha", "Maximilian"), ("von", "Hoffmannsthal", "Leopold"),
              ("de", "Montmollin", "Claire"), ("de", "Vries", "Sanne"), ("di", "Stefano", "Marco"),
              ("de", "la Motte", "Hélène"), ("van", "Hove", "Pieter"), ("du", "Pré", "Solène"),
              ("von", "Bülow", "Konstanze"), ("de", "Santis", "Chiara"), ("de", "Bellaigue", "Aurélien")]  # fmt: skip
_TOPICS = ["audience development", "dynamic pricing", "membership schemes", "corporate sponsorship",
           "opera audiences", "theatre-going", "ballet audiences", "touring musicals", "festival marketing",
           "subscription decline", "ticketing platforms", "digital streaming of live performance", "cinema relays",
           "philanthropy and patrons", "young audiences", "brand extension in the arts", "secondary ticketing",
           "loyalty and repeat attendance", "social media in the performing arts", "cultural consumption",
           "arts sponsorship", "price discrimination in theatre", "relationship marketing in opera",
           "audience segmentation", "word of mouth and reviews", "accessible performances", "post-pandemic recovery"]  # fmt: skip
_JOURNALS = ["International Journal of Arts Management", "Arts Marketing: An International Journal",
             "Journal of Cultural Economics", "Cultural Trends", "Poetics", "Journal of Marketing Management",
             "Journal of Business Research", "Theatre Research International", "International Journal of Cultural Policy",
             "Journal of Arts Management, Law, and Society", "European Journal of Marketing",
             "International Journal of Nonprofit and Voluntary Sector Marketing"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Routledge", "London"), ("Palgrave Macmillan", "Basingstoke"),
               ("Pearson", "Harlow"), ("Sage", "London"), ("Oxford University Press", "Oxford"),
               ("Bloomsbury", "London"), ("Edward Elgar", "Cheltenham"), ("Methuen Drama", "London"),
               ("Cambridge University Press", "Cambridge"), ("Springer", "Cham"), ("Wiley", "Chichester")]  # fmt: skip
# The texts every candidate cites, as (authors, title, year, edition, publisher, place).
_CLASSICS: list[tuple[list[tuple[str, str]], str, int, str | None, str, str]] = [
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane")], "Marketing management", 2016, "15", "Pearson", "Harlow"),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing", 2019, "7", "Pearson", "Harlow"),
    ([("Colbert", "François"), ("St-James", "Yannik")], "Marketing culture and the arts", 2018, "5", "HEC Montréal", "Montreal"),
    ([("Kolb", "Bonita M.")], "Marketing for cultural organizations", 2020, "4", "Routledge", "Abingdon"),
    ([("Hill", "Elizabeth"), ("O'Sullivan", "Catherine"), ("O'Sullivan", "Terry")], "Creative arts marketing", 2012, "2", "Routledge", "Abingdon"),
    ([("Walmsley", "Ben")], "Audience engagement in the performing arts", 2019, None, "Palgrave Macmillan", "Cham"),
    ([("Kerrigan", "Finola"), ("Fraser", "Peter"), ("Özbilgin", "Mustafa")], "Arts marketing", 2004, None, "Elsevier Butterworth-Heinemann", "Oxford"),
    ([("Baumol", "William J."), ("Bowen", "William G.")], "Performing arts: the economic dilemma", 1966, None, "Twentieth Century Fund", "New York"),
    ([("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], "Principles and practice of marketing", 2023, "10", "McGraw-Hill", "London"),
    ([("Pine", "B. Joseph"), ("Gilmore", "James H.")], "The experience economy", 2011, "2", "Harvard Business Review Press", "Boston, MA"),
    ([("Rentschler", "Ruth")], "Arts governance: people, passion, performance", 2015, None, "Routledge", "Abingdon"),
    ([("Kemp", "Elyria"), ("Poole", "Sonja Martin")], "Arts audiences: establishing the attendance decision", 2016, None, "Routledge", "New York"),
]  # fmt: skip
# Organisations as these candidates cite them, with tags saying what makes each hard.
_BODIES: list[tuple[str, set[str]]] = [
    ("Arts Council England", {"government"}), ("Arts Council England (ACE)", {"government", "abbreviation"}),
    ("Creative Scotland", {"government"}), ("Arts Council of Wales", {"government"}),
    ("Cyngor Celfyddydau Cymru/Arts Council of Wales", {"government", "punctuation"}),
    ("The Arts Council", {"government"}), ("An Chomhairle Ealaíon/The Arts Council", {"government", "punctuation"}),
    ("Department for Culture, Media and Sport", {"government", "comma"}),
    ("Department for Culture, Media and Sport (DCMS)", {"government", "comma", "abbreviation"}),
    ("DCMS", {"government", "acronym"}), ("Society of London Theatre (SOLT)", {"abbreviation"}),
    ("Society of London Theatre", set()), ("SOLT & UK Theatre", {"ampersand", "acronym"}), ("UK Theatre", set()),
    ("The Broadway League", set()), ("The Audience Agency", set()), ("Eurostat", {"government"}),
    ("European Commission", {"government"}), ("National Endowment for the Arts", {"government"}),
    ("Bundesministerium für Kunst, Kultur, öffentlichen Dienst und Sport", {"government", "comma"}),
    ("Ministère de la Culture", {"government"}), ("Opera Europa", set()), ("Office for National Statistics", {"government"}),
]  # fmt: skip
_FIRMS: list[tuple[str, set[str]]] = [
    ("Royal Opera House Covent Garden Foundation", {"company"}), ("Royal Opera House", {"company"}),
    ("ATG Entertainment Ltd", {"company"}), ("Delfont Mackintosh Theatres Ltd", {"company"}),
    ("Live Nation Entertainment, Inc.", {"company", "comma"}), ("Fondazione Teatro alla Scala", {"company"}),
    ("English National Opera", {"company"}), ("Glyndebourne Productions Ltd", {"company"}),
    ("Welsh National Opera", {"company"}), ("Opera North", {"company"}), ("Sadler's Wells Trust Ltd", {"company", "apostrophe"}),
    ("Sadler's Wells", {"company", "apostrophe"}), ("The Royal National Theatre", {"company"}), ("National Theatre", {"company"}),
    ("Abbey Theatre Amharclann na Mainistreach", {"company"}), ("Wexford Festival Opera", {"company"}),
    ("Opéra national de Paris", {"company", "lowercase"}), ("Wiener Staatsoper GmbH", {"company"}),
    ("Bayreuther Festspiele GmbH", {"company"}), ("The Metropolitan Opera", {"company"}),
    ("Cameron Mackintosh Ltd", {"company"}), ("Really Useful Group Ltd", {"company"}),
    ("Ticketmaster", {"company"}), ("TodayTix Group", {"company"}), ("CTS Eventim AG & Co. KGaA", {"company", "ampersand"}),
    ("G. Ricordi & C. S.p.A.", {"company", "ampersand"}), ("Shakespeare's Globe Trust", {"company", "apostrophe"}),
    ("Nimax Theatres Ltd", {"company"}), ("LW Theatres", {"company"}), ("Birmingham Royal Ballet", {"company"}),
    ("English National Ballet", {"company"}), ("Salzburger Festspiele", {"company"}), ("Eventbrite, Inc.", {"company", "comma"}),
    ("See Tickets Ltd", {"company"}), ("Encore Tickets Ltd", {"company"}), ("Spektrix Ltd", {"company"}),
    ("Tessitura Network, Inc.", {"company", "comma"}), ("Seatgeek, Inc.", {"company", "comma"}),
]  # fmt: skip
_PRESS = ["The Stage", "The Guardian", "The Times", "Opera Now", "Gramophone", "The New York Times", "Le Monde",
          "Corriere della Sera", "WhatsOnStage", "Financial Times", "The Irish Times", "Arts Professional",
          "Süddeutsche Zeitung", "Der Standard", "Playbill", "Variety"]  # fmt: skip
_RESEARCH = ["Mintel", "YouGov", "Statista", "Kantar", "Nielsen", "Statista Research Department", "Ipsos",
             "Mintel Group Ltd"]  # fmt: skip
_MARKETS = ["theatre and live performance", "music concerts and festivals", "opera and classical music",
            "live entertainment", "West End theatre", "Broadway attendance", "ballet and dance", "event ticketing",
            "leisure outlook", "days out and attractions"]  # fmt: skip
_REGIONS = ["UK", "Ireland", "Europe", "US", "Germany", "Italy", "France", "Austria"]
_DOMAINS = {"Arts Council England": "artscouncil.org.uk", "Creative Scotland": "creativescotland.com",
            "Arts Council of Wales": "arts.wales", "The Arts Council": "artscouncil.ie",
            "Society of London Theatre": "solt.co.uk", "UK Theatre": "uktheatre.org",
            "The Broadway League": "broadwayleague.com", "The Audience Agency": "theaudienceagency.org",
            "Eurostat": "ec.europa.eu/eurostat", "Royal Opera House": "rbo.org.uk",
            "Ticketmaster": "ticketmaster.co.uk", "The Metropolitan Opera": "metopera.org",
            "Wiener Staatsoper": "wiener-staatsoper.at", "Fondazione Teatro alla Scala": "teatroallascala.org",
            "The Stage": "thestage.co.uk", "The Guardian": "theguardian.com", "The Times": "thetimes.co.uk",
            "Opera Now": "operanow.co.uk", "Gramophone": "gramophone.co.uk", "The New York Times": "nytimes.com",
            "Le Monde": "lemonde.fr", "Corriere della Sera": "corriere.it", "WhatsOnStage": "whatsonstage.com",
            "Financial Times": "ft.com", "The Irish Times": "irishtimes.com", "Arts Professional": "artsprofessional.co.uk",
            "Süddeutsche Zeitung": "sueddeutsche.de", "Der Standard": "derstandard.at", "Playbill": "playbill.com",
            "Variety": "variety.com"}  # fmt: skip

_PLACES = {"England": "Manchester", "Scotland": "Edinburgh", "Wales": "Cardiff", "Arts Council": "Dublin", "Broadway": "New York",
           "Eurostat": "Luxembourg", "European Commission": "Brussels", "Endowment": "Washington, DC",
           "Bundesministerium": "Vienna", "Ministère": "Paris", "Opera Europa": "Brussels", "Scala": "Milan",
           "Ricordi": "Milan", "Wiener": "Vienna", "Salzburger": "Salzburg", "Bayreuther": "Bayreuth",
           "Opéra national": "Paris", "Metropolitan": "New York", "Live Nation": "Beverly Hills, CA", "Eventim": "Bremen",
           "Abbey": "Dublin", "Wexford": "Wexford", "Opera North": "Leeds", "Welsh National": "Cardiff",
           "Birmingham": "Birmingham", "Glyndebourne": "Lewes", "Eventbrite": "San Francisco, CA",
           "Tessitura": "Dallas, TX", "Seatgeek": "New York", "TodayTix": "New York"}  # fmt: skip


class Blind311WorkFactory(WorkFactory):
    """Works cited by marketers in opera, theatre, dance, West End and Broadway producing, ticketing and festivals."""

    KINDS = ("book", "chapter", "journal", "report", "web", "news")

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 43 + 311)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.dated_orgs: list[tuple[str, set[str], int]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.1:
            family, given = self.rng.choice(_IRISH)
            return {"family": family, "given": given}
        if roll < 0.17:
            family, given = self.rng.choice(_WELSH)
            if family.startswith("ab "):
                return {"family": family[3:], "given": given, "non-dropping-particle": "ab"}
            return {"family": family, "given": given}
        if roll < 0.25:
            particle, family, given = self.rng.choice(_PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        for _ in range(20):
            fake = self.fakers[self.rng.choice(_LOCALES)]
            family, given = fake.last_name(), fake.first_name().split("-")[0]
            if family.split()[-1] not in _DECOY_SURNAMES:
                break
        words = family.split()
        if len(words) > 1 and words[0].islower():  # "de la Fontaine": the particle apart, as reference managers keep it
            return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        if self.rng.random() < 0.06:
            family = f"{family}-{self.fakers['en_GB'].last_name()}"
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[36, 26, 16, 9, 5, 4, 2, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1966, 1999)
        return self.rng.randint(2005, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        first = max(2022, issued[0]) if issued else 2022
        year = self.rng.randint(first, max(first, 2025))
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if issued and year == issued[0]:
            low_month = issued[1] if len(issued) > 1 else 1
            month = self.rng.randint(low_month, 12)
            if len(issued) > 2 and month == issued[1]:
                day = self.rng.randint(issued[2], 28)
        return {"date-parts": [[year, month, day]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        place = self.rng.choice(["UK", "British", "Irish", "Italian", "German", "Austrian", "French", "American",
                                 "European", "West End", "Broadway", "regional"])  # fmt: skip
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {place} opera houses",
            f"{topic[0].upper()}{topic[1:]} and {other}: evidence from {place} theatres",
            f"Rethinking {topic} after the pandemic",
            f"Who goes to the opera? {topic[0].upper()}{topic[1:]} in {place} houses",
            f"The role of {topic} in {place} performing arts organisations",
            f"{topic[0].upper()}{topic[1:]}: a study of {place} dance audiences",
            f"From box office to brand: {topic} in {place} theatre",
        ]
        return self.rng.choice(forms)

    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "classic", "chapter", "journal", "body-report", "body-web", "company-report", "company-web",
             "press", "market-research", "web-person", "undated-web"],
            weights=[9, 6, 5, 22, 10, 6, 7, 7, 11, 8, 4, 5],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str], titled: Any = None) -> Work:
        # Now and then a second work of an organisation of the same sort in the same year ("Arts Council England,
        # 2023a" and "2023b"), its URL on that organisation's site.
        group = (
            "research"
            if "market-research" in tags
            else "press"
            if "press" in tags
            else "firm"
            if "company" in tags
            else "body"
        )
        same = [entry for entry in self.dated_orgs if entry[0] == group]
        if "issued" in record and same and self.rng.random() < 0.14:
            _group, name, tags, year = self.rng.choice(same)
            record["issued"] = {"date-parts": [[year]]}
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
            if "URL" in record:
                slug = self.fakers["en_GB"].slug()
                record["URL"] = (
                    f"https://www.{name.split()[0].lower()}.com/{slug}" if group == "research" else self._url(name)
                )
        if "issued" in record:
            self.dated_orgs.append((group, name, tags, record["issued"]["date-parts"][0][0]))
        if titled is not None:  # a title naming a year names one the work could have been written in
            record["title"] = titled(
                record["issued"]["date-parts"][0][0] if "issued" in record else self.rng.randint(2018, 2024), name
            )
        if record.get("publisher-place") and kind == "report" and "market-research" not in tags:
            record["publisher-place"] = next((p for key, p in _PLACES.items() if key in name), "London")
        if "URL" in record:
            record["accessed"] = self._accessed_after(record.get("issued", {}).get("date-parts", [None])[0])
        return self._org_work(record, kind, name, tags)

    def _url(self, name: str) -> str:
        fake = self.fakers["en_GB"]
        domain = next((d for key, d in _DOMAINS.items() if name.startswith(key)), None)
        if domain is None:
            words = [
                w
                for w in re.sub(r"[^\w ]", "", name.split(" (")[0].replace("'s", "s")).split()
                if w not in ("The", "Ltd", "Inc", "GmbH")
            ]
            domain = "".join(words[:3]).lower().encode("ascii", "ignore").decode() + self.rng.choice(
                [".org.uk", ".com", ".org"]
            )
        return f"https://www.{domain}/{fake.slug()}"

    # ------------------------------------------------------------------ works
    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _classic(self) -> Work:
        authors, title, year, edition, publisher, place = self.rng.choice(_CLASSICS)
        record: dict[str, Any] = {"type": "book", "title": title,
                                  "author": [{"family": f, "given": g} for f, g in authors],
                                  "issued": {"date-parts": [[year]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if edition:
            record["edition"] = edition
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS[:4])
        container = self.rng.choice(["The Routledge companion to arts marketing", "Marketing the arts: a fresh approach",
                                     "Audience development and the performing arts", "The Oxford handbook of opera",
                                     "Handbook of research on arts and cultural management",
                                     "Cultural policy and the performing arts in Europe"])  # fmt: skip
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))], "container-title": container,
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 380))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 48)), "issue": str(self.rng.randint(1, 4)),
            "page": f"{(start := self.rng.randint(1, 600))}-{start + self.rng.randint(10, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _body_title(self, issued: int, name: str) -> str:
        year = issued - self.rng.randint(0, 1)
        if "Broadway" in name and self.rng.random() < 0.6:
            return self.rng.choice([f"Broadway season statistics {year}-{str(year + 1)[2:]}", f"The demographics of the Broadway audience {year}-{str(year + 1)[2:]}",
                                    "Touring Broadway: the road season"])  # fmt: skip
        if "Arts Council England" in name and self.rng.random() < 0.5:
            return self.rng.choice([f"Investment Programme {year}-{str(year + 3)[2:]}: data and analysis",
                                    f"Annual data survey {year}/{str(year + 1)[2:]}: theatre and music"])  # fmt: skip
        if "Audience Agency" in name and self.rng.random() < 0.6:
            return self.rng.choice(["Audience Spectrum: segment profiles", f"Cultural Participation Monitor: wave {self.rng.randint(2, 12)}",
                                    "Evidence for the performing arts: who books, and how early"])  # fmt: skip
        return self.rng.choice([
            f"Annual survey of audiences {year}", "Audience Spectrum: segment profiles",
            "Culture and heritage participation survey",
            f"Theatre attendance and box office figures {year}", "Arts and culture: taking part in the recovery",
            f"Cultural statistics: performing arts employment and attendance {year}", "Touring and the regional theatre ecology",
            "Digital culture: how audiences engage online",
            "Pricing and ticket yield in the subsidised sector", "Diversity and the creative case: data report",
        ])  # fmt: skip

    def _body_report(self) -> Work:
        name, tags = self.rng.choice(_BODIES)
        record: dict[str, Any] = {"type": "report", "issued": {"date-parts": [[self.rng.randint(2008, 2025)]]},
                                  "publisher": name.split(" (")[0], "publisher-place": "London"}  # fmt: skip
        if self.rng.random() < 0.65:
            record["URL"] = self._url(name)
        return self._org(record, "report", name, tags, self._body_title)

    def _body_web(self) -> Work:
        name, tags = self.rng.choice(_BODIES)
        record: dict[str, Any] = {"type": "webpage", "URL": self._url(name)}
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[self.rng.randint(2010, 2025)]]}
        return self._org(record, "web", name, tags, self._body_title)

    def _company_title(self, issued: int, name: str) -> str:
        year = issued - 1
        if self.rng.random() < 0.3 and ("Scala" in name or "S.p.A." in name):
            return f"Bilancio di esercizio {year}"
        if self.rng.random() < 0.3 and ("GmbH" in name or "KGaA" in name or "Festspiele" in name):
            return f"Geschäftsbericht {year}"
        return self.rng.choice([
            f"Annual report and financial statements {year}", f"Annual review {year}/{str(year + 1)[2:]}",
            "Our membership schemes", "Friends and Patrons: join us", f"Season {year}/{str(year + 1)[2:]} announced",
            "Corporate partnerships", "Access and relaxed performances", "Young people and students: tickets for under-26s",
            "Sustainability and touring strategy",
            "How our dynamic pricing works", f"Investor presentation Q{self.rng.randint(1, 4)} {year}",
        ])  # fmt: skip

    def _company_report(self) -> Work:
        name, tags = self.rng.choice(_FIRMS)
        record: dict[str, Any] = {"type": "report", "issued": {"date-parts": [[self.rng.randint(2010, 2025)]]},
                                  "publisher": name.split(" (")[0], "publisher-place": "London"}  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = self._url(name)
        if self.rng.random() < 0.12:
            record.pop("issued")
        return self._org(record, "report", name, tags, self._company_title)

    def _company_web(self) -> Work:
        name, tags = self.rng.choice(_FIRMS)
        record: dict[str, Any] = {"type": "webpage", "URL": self._url(name)}
        if self.rng.random() < 0.75:
            record["issued"] = {"date-parts": [[self.rng.randint(2010, 2025)]]}
        return self._org(record, "web", name, tags, self._company_title)

    def _press(self) -> Work:
        fake = self.fakers["en_GB"]
        year = self.rng.randint(2008, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._press_title(paper), "container-title": paper,
                                  "issued": {"date-parts": [issued]}, "URL": f"{self._url(paper).rsplit('/', 1)[0]}/{year}/{fake.slug()}"}  # fmt: skip
        if self.rng.random() < 0.72:
            record["author"] = self._people(2)
            record["accessed"] = self._accessed_after(issued)
            return self._person_work(record, "news")
        return self._org(record, "news", paper, {"press"})

    def _press_title(self, paper: str) -> str:
        if paper == "Le Monde":
            return self.rng.choice(["Les abonnés de l'Opéra de Paris vieillissent", "Le Palais Garnier mise sur les jeunes",
                                    "Billetterie : la fin du prix unique"])  # fmt: skip
        if paper == "Corriere della Sera":
            return self.rng.choice(["Il pubblico giovane torna all'opera", "La Scala, record di abbonamenti",
                                    "Prima della Scala: biglietti esauriti in poche ore"])  # fmt: skip
        if paper in ("Süddeutsche Zeitung", "Der Standard"):
            return self.rng.choice(["Die Staatsoper und das junge Publikum", "Bayreuth verkauft Karten jetzt online",
                                    "Wie Theater ihre Abonnenten verlieren"])  # fmt: skip
        return self.rng.choice([
            "Opera houses turn to TikTok to find younger audiences", "West End ticket prices: who can still afford a night out?",
            "Why touring musicals are filling regional theatres", "Dynamic pricing comes to Broadway",
            "La Scala's new season opens amid sponsorship row", "ENO's move to Manchester: what it means for audiences",
            "Theatre memberships surge as venues chase loyalty", "Live Nation faces scrutiny over ticket fees",
            "Cinema relays bring opera to the high street", "Can dance companies survive funding cuts?",
            "Festival audiences return, but later booking is the new normal", "Wiener Staatsoper sells out streaming season",
            "Arts Council cuts hit regional opera", "Why premium seats now pay for the cheap ones",
        ])  # fmt: skip

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        market, region = self.rng.choice(_MARKETS), self.rng.choice(_REGIONS)
        where = f"the {region}" if region in ("UK", "US") else region
        year = self.rng.randint(2012, 2025) if self.rng.random() < 0.85 else None

        def titled(year: int, _name: str) -> str:
            return self.rng.choice([
                f"{market[0].upper()}{market[1:]} - {region} - {self.rng.choice(['March', 'July', 'November'])} {year}",
                f"Share of adults in {where} who attended {market} in the last 12 months",
                f"{region} {market} market: revenue forecast to 2029",
                f"Attitudes towards {market}: {region} consumer report", f"Ticket spend on {market} in {where}, by age group",
            ])  # fmt: skip

        record: dict[str, Any] = {"type": "report", "publisher": name.split(" (")[0],
                                  "URL": f"https://www.{name.split()[0].lower()}.com/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        return self._org(record, "report", name, {"market-research"}, titled)

    def _web_person(self) -> Work:
        fake = self.fakers["en_GB"]
        issued = [self.rng.randint(2010, 2025)]
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "issued": {"date-parts": [issued]}, "URL": f"https://{fake.domain_name()}/{fake.slug()}",
                                  "accessed": self._accessed_after(issued)}  # fmt: skip
        return self._person_work(record, "web")

    def _undated_web(self) -> Work:
        fake = self.fakers["en_GB"]
        if self.rng.random() < 0.35:
            record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                      "URL": f"https://{fake.domain_name()}/{fake.slug()}", "accessed": self._accessed_after(None)}  # fmt: skip
            return self._person_work(record, "web")
        if self.rng.random() < 0.5:
            name, tags = self.rng.choice(_FIRMS)
            return self._org(
                {"type": "webpage", "URL": self._url(name)}, "web", name, tags | {"undated"}, self._company_title
            )
        name, tags = self.rng.choice(_BODIES)
        return self._org({"type": "webpage", "URL": self._url(name)}, "web", name, tags | {"undated"}, self._body_title)
