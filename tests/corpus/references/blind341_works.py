"""blind341's works: what marketers in hearing care and audiology cite (written without reading the checker)."""

# ruff: noqa: E501  (tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

_PEOPLE = [("Jørgensen", "Mette"), ("Østergaard", "Søren"), ("Kjærgaard", "Anne"), ("Sørensen", "Lærke"),
           ("Højbjerg", "Rasmus"), ("Dalsgaard", "Ida"), ("Bækgaard", "Jens"), ("Frølund", "Kirsten"),
           ("Müller", "Jürgen"), ("Schäfer", "Katrin"), ("Krüger", "Uwe"), ("Böhm", "Lena"), ("Weiß", "Stefan"),
           ("Hoffmann", "Sabine"), ("Gerber", "Reto"), ("Brunner", "Corinne"), ("Zürcher", "Beat"),
           ("Favre", "Céline"), ("Rochat", "Léa"), ("Bühler", "Urs"), ("Nguyen", "Linh"), ("O'Donnell", "Siobhan"),
           ("McPherson", "Callum"), ("Kowalczyk", "Bronwyn"), ("Dillon", "Harvey"), ("Ching", "Teresa Y.C."),
           ("Lin", "Frank R."), ("Reed", "Nicholas S."), ("Manchaiah", "Vinaya"), ("Picou", "Erin M."),
           ("Hickson", "Louise"), ("Meyer", "Carly"), ("Ferguson", "Melanie"), ("Henshaw", "Helen"),
           ("Davis", "Adrian"), ("Smith-Jones", "Emily"), ("Patel", "Priya"), ("Ahmed", "Yusuf"),
           ("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona"),
           ("Zeithaml", "Valarie A."), ("Bitner", "Mary Jo"), ("Sharp", "Byron"), ("Kiełbasa", "Anna")]  # fmt: skip
_PARTICLES = [("von", "Gablenz", "Petra"), ("von", "Weizsäcker", "Henrike"), ("van", "Leeuwen", "Marieke"),
              ("de", "Weck", "Antoine"), ("von", "Arx", "Martina"), ("van den", "Berg", "Koen")]  # fmt: skip
_ORGS = [("NHS England", {"government"}), ("National Institute for Health and Care Excellence (NICE)", {"government", "abbreviation"}),
         ("Department of Health and Social Care", {"government"}), ("Office for National Statistics (ONS)", {"government", "abbreviation"}),
         ("Sundhedsstyrelsen", {"government"}), ("Federal Statistical Office (FSO)", {"government", "abbreviation"}),
         ("Destatis", {"government"}), ("Australian Institute of Health and Welfare (AIHW)", {"government", "abbreviation"}),
         ("U.S. Food and Drug Administration", {"government"}), ("National Institute on Deafness and Other Communication Disorders (NIDCD)", {"government", "abbreviation"}),
         ("World Health Organization", {"government"}),
         ("Specsavers Optical Group Ltd", {"company"}), ("Amplifon S.p.A.", {"company"}), ("Demant A/S", {"company"}),
         ("GN Store Nord A/S", {"company"}), ("Sonova Holding AG", {"company"}), ("WS Audiology A/S", {"company"}),
         ("Kind GmbH & Co. KG", {"company", "ampersand"}), ("Hearing Australia", {"company"}), ("Eargo, Inc.", {"company"}),
         ("Apple Inc.", {"company"}), ("Boots Hearingcare Ltd", {"company"}), ("Audika Pty Ltd", {"company"}),
         ("RNID", {"charity"}), ("British Society of Audiology (BSA)", {"abbreviation"}), ("British Academy of Audiology", {"charity"}),
         ("British Irish Hearing Instrument Manufacturers Association (BIHIMA)", {"abbreviation"}),
         ("European Hearing Instrument Manufacturers Association (EHIMA)", {"abbreviation"}),
         ("Hearing Loss Association of America", {"charity"}), ("Tinnitus UK", {"charity"}),
         ("Hearing Dogs for Deaf People", {"charity"}), ("Action on Hearing Loss & RNID", {"ampersand"}),
         ("Scrivens' Hearing Care", {"apostrophe"}), ("Ear Science Institute Australia", {"charity"})]  # fmt: skip
_PRESS = ["The Guardian", "The Times", "The Telegraph", "Berlingske", "Neue Zürcher Zeitung", "The Australian",
          "The New York Times", "Audiology Online", "The Hearing Review"]  # fmt: skip
_RESEARCH = ["EuroTrak", "MarkeTrak", "Mintel", "Statista", "Kantar", "YouGov", "GfK", "Euromonitor International"]
_JOURNALS = ["International Journal of Audiology", "Ear and Hearing", "Trends in Hearing", "American Journal of Audiology",
             "Journal of Consumer Marketing", "Journal of Services Marketing", "Health Marketing Quarterly",
             "Journal of Marketing Management"]  # fmt: skip
_TOPICS = ["over-the-counter hearing aids", "hearing-aid stigma", "online hearing tests", "hearing screening in older adults",
           "hearing-aid uptake", "tinnitus support", "direct-to-consumer audiology", "earbuds as hearables",
           "teleaudiology", "charity fundraising", "brand trust in hearing care", "hearing-aid design",
           "self-fitting hearing aids", "cochlear implant awareness", "retail audiology", "word of mouth among older customers"]  # fmt: skip
_CLASSICS = [("Kotler", "Philip", "Principles of marketing", "Pearson", "Harlow"),
             ("Chaffey", "Dave", "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow"),
             ("Sharp", "Byron", "How brands grow: what marketers don't know", "Oxford University Press", "Melbourne"),
             ("Zeithaml", "Valarie A.", "Services marketing: integrating customer focus across the firm", "McGraw-Hill", "New York"),
             ("Goffman", "Erving", "Stigma: notes on the management of spoiled identity", "Prentice-Hall", "Englewood Cliffs, NJ")]  # fmt: skip


class Blind341WorkFactory(WorkFactory):
    """Hearing-care and audiology works: Danish, Swiss, German, Australian, American and British names, public
    bodies, hearing-aid makers and chains, charities, press, market research and marketing classics."""

    KINDS = ("book", "chapter", "journal", "report", "web", "news", "market-research")

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 34100)
        self.used: dict[tuple[str, int], int] = {}

    def person(self) -> dict[str, str]:
        if self.rng.random() < 0.12:
            particle, family, given = self.rng.choice(_PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if self.rng.random() < 0.75:
            family, given = self.rng.choice(_PEOPLE)
            return {"family": family, "given": given}
        return super().person()

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGS)
        return name, set(tags)

    def year(self) -> int:
        return self.rng.randint(2008, 2025) if self.rng.random() < 0.93 else self.rng.randint(1963, 2007)

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]}: a survey of {self.rng.choice(['older adults', 'first-time users', 'audiologists', 'carers'])}",
                 f"Barriers to {topic} in {self.rng.choice(['Denmark', 'Switzerland', 'Germany', 'Australia', 'the UK', 'the United States'])}",
                 f"{topic[0].upper()}{topic[1:]} and consumer decision-making", f"Rethinking {topic}",
                 f"What drives {topic}? Evidence from {self.rng.randint(200, 9000)} adults",
                 f"The marketing of {topic}", super()._title()]  # fmt: skip
        return self.rng.choice(forms)

    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "organisation-web", "organisation-report", "market-research", "press", "classic"],
            weights=[10, 6, 28, 16, 12, 8, 10, 5],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _journal(self) -> Work:
        work = super()._journal()
        work.record["container-title"] = self.rng.choice(_JOURNALS)
        return work

    def _classic(self) -> Work:
        family, given, title, publisher, place = self.rng.choice(_CLASSICS)
        authors = [{"family": family, "given": given}]
        if family == "Kotler" and self.rng.random() < 0.6:
            authors.append({"family": "Armstrong", "given": "Gary"})
        if family == "Chaffey":
            authors.append({"family": "Ellis-Chadwick", "given": "Fiona"})
        record: dict[str, Any] = {"type": "book", "title": title, "author": authors, "publisher": publisher,
                                  "publisher-place": place, "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        if family != "Goffman":
            record["edition"] = str(self.rng.randint(4, 18))
        return self._person_work(record, "book")

    def _dated(self, name: str) -> int:
        year = self.year()
        if self.rng.random() < 0.3:  # two works of one organisation in a year
            for (used, y), _count in self.used.items():
                if used == name:
                    year = y
                    break
        self.used[(name, year)] = self.used.get((name, year), 0) + 1
        return year

    def _organisation_web(self) -> Work:
        name, tags = self.organisation()
        fake = self.fakers["en_GB"]
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": fake.url() + fake.uri_path(),
                                  "accessed": self.accessed()}  # fmt: skip
        if self.rng.random() < 0.75:
            year = self._dated(name)
            record["issued"] = {"date-parts": [[year]]}
            if record["accessed"]["date-parts"][0][0] < year:
                record["accessed"]["date-parts"][0][0] = year
        return self._org_work(record, "web", name, tags if "issued" in record else tags | {"undated"})

    def _organisation_report(self) -> Work:
        name, tags = self.organisation()
        year = self._dated(name)
        title = (f"{self.rng.choice(['Annual report', 'Annual Report', 'Impact report', 'Hearing health strategy', 'Commissioning framework'])} {year}"
                 if self.rng.random() < 0.45 else self._title())  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0],
                                  "publisher-place": self.rng.choice(["London", "Copenhagen", "Smørum", "Stäfa", "Neuchâtel", "Wiesbaden", "Canberra", "Silver Spring, MD", "Geneva", "Milan"])}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path()
            record["accessed"] = self.accessed()
            if record["accessed"]["date-parts"][0][0] < year:
                record["accessed"]["date-parts"][0][0] = year
        return self._org_work(record, "report", name, tags)

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        fake = self.fakers["en_GB"]
        record: dict[str, Any] = {"type": "report", "publisher": name, "URL": fake.url() + fake.uri_path(),
                                  "accessed": self.accessed(),
                                  "title": self.rng.choice([f"Hearing aids - {c} - {m}" for c in ("UK", "Denmark", "Germany", "Switzerland", "Australia", "US") for m in ("March", "October")]
                                                           + [f"{name} {c} hearing-aid survey" for c in ("UK", "Danish", "German", "Swiss")]
                                                           + ["Share of adults with hearing loss who own a hearing aid, by country"])}  # fmt: skip
        if self.rng.random() < 0.85:
            year = self.rng.randint(2012, 2025)
            record["issued"] = {"date-parts": [[year]]}
            if record["accessed"]["date-parts"][0][0] < year:
                record["accessed"]["date-parts"][0][0] = year
        return self._org_work(record, "market-research", name, {"market-research"})

    def _press(self) -> Work:
        fake = self.fakers["en_GB"]
        year = self.rng.randint(2010, 2025)
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": fake.url() + fake.uri_path(),
            "accessed": {"date-parts": [[max(year, 2022) + self.rng.randint(0, 2), self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
        }  # fmt: skip
        if (
            record["accessed"]["date-parts"][0][:1] == [year]
            and record["accessed"]["date-parts"][0] < record["issued"]["date-parts"][0]
        ):
            record["accessed"]["date-parts"][0][0] = year + 1
        if self.rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})
