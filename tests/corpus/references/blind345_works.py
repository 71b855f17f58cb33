"""Works cited by marketers at home-heating and energy firms in the UK, Germany, the Netherlands, Denmark, Japan
and Canada, for the "blind345" pool (HELD OUT).

Written without reading the checker, its tests or any other pool. The mix is what CIM Level 6 and 7 reports and
MBA assignments on heat pumps, boilers, smart thermostats, energy bills and green claims cite: marketing textbooks
and chapters, energy-policy and consumer journals with one to eight authors, government and regulators' reports
(DESNZ, Ofgem, the CCC, the ONS, the CMA, the BMWK, the Bundesnetzagentur, CBS, Energistyrelsen, ANRE, NRCan,
Statistics Canada, the IEA, the European Commission), makers' and suppliers' pages and annual reports (plc, Ltd,
SE, GmbH, B.V., A/S, AB, Inc., Ltd.), trade bodies and charities, the press signed and unsigned, market research
with and without a year, and undated web pages. Names are printed as these countries' scholars and journals print
them: German "von" and "zu" and umlauts, Dutch "van", "van der" and "ter", Danish "ø", "æ" and "å", Japanese
names with and without macrons, French Canadian "Le", "D'" and "St-", and British names.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "report", "web", "news")

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_GB", "de_DE", "de_DE", "nl_NL", "nl_NL", "da_DK", "da_DK", "en_CA",
            "fr_CA", "de_AT", "en_IE"]  # fmt: skip
# Names as these countries' journals print them: (particle or "", family, given).
_NAMED = [
    ("von", "Hirschhausen", "Christian"), ("von", "Wedel", "Heike"), ("zu", "Knyphausen", "Dodo"),
    ("von der", "Heyde", "Anja"), ("", "Müller", "Jürgen"), ("", "Schäfer", "Lena"), ("", "Bürger", "Veit"),
    ("", "Köhler", "Matthias"), ("", "Weiß", "Katrin"), ("", "Kemfert", "Claudia"), ("", "Größler", "Andreas"),
    ("van", "Dijk", "Thijs"), ("van der", "Meer", "Sanne"), ("van den", "Berg", "Joost"), ("ter", "Haar", "Femke"),
    ("de", "Vries", "Maarten"), ("van", "Vliet", "Bas"), ("ter", "Braak", "Lotte"), ("van der", "Schoor", "Tineke"),
    ("", "Sørensen", "Mette"), ("", "Kjærgaard", "Anders"), ("", "Møller", "Signe"), ("", "Bækgaard", "Rasmus"),
    ("", "Ågård", "Freja"), ("", "Østergaard", "Jacob"), ("", "Lund", "Henrik"), ("", "Mathiesen", "Brian Vad"),
    ("", "Satō", "Kenji"), ("", "Sato", "Yuki"), ("", "Itō", "Haruka"), ("", "Ito", "Daisuke"), ("", "Kōno", "Taro"),
    ("", "Tanaka", "Hiroshi"), ("", "Watanabe", "Aiko"), ("", "Yamamoto", "Ren"), ("", "Ōta", "Misaki"),
    ("", "Le Moyne", "Geneviève"), ("", "Le Sieur", "Mathieu"), ("", "D'Amours", "Luc"), ("", "D'Aoust", "Chantal"),
    ("", "St-Pierre", "Élise"), ("", "St-Onge", "Benoît"), ("", "Tremblay", "Isabelle"), ("", "Gagnon", "Étienne"),
    ("", "Côté", "Julie"), ("", "Bélanger", "François"), ("", "O'Brien", "Siobhan"), ("", "McKenna", "Eoghan"),
]  # fmt: skip

_GOVERNMENT: list[tuple[str, set[str], str]] = [
    ("Department for Energy Security and Net Zero", {"government"}, "https://www.gov.uk/government/publications/"),
    ("Department for Energy Security and Net Zero (DESNZ)", {"government", "abbreviation"}, "https://www.gov.uk/government/statistics/"),
    ("DESNZ", {"government", "acronym"}, "https://www.gov.uk/government/publications/"),
    ("Ofgem", {"government"}, "https://www.ofgem.gov.uk/"), ("Climate Change Committee", {"government"}, "https://www.theccc.org.uk/publication/"),
    ("Climate Change Committee (CCC)", {"government", "abbreviation"}, "https://www.theccc.org.uk/publication/"),
    ("Office for National Statistics", {"government"}, "https://www.ons.gov.uk/"),
    ("Office for National Statistics (ONS)", {"government", "abbreviation"}, "https://www.ons.gov.uk/"),
    ("Competition and Markets Authority", {"government"}, "https://www.gov.uk/cma-cases/"),
    ("Competition and Markets Authority (CMA)", {"government", "abbreviation"}, "https://www.gov.uk/government/publications/"),
    ("Bundesministerium für Wirtschaft und Klimaschutz", {"government"}, "https://www.bmwk.de/Redaktion/DE/Publikationen/"),
    ("Bundesministerium für Wirtschaft und Klimaschutz (BMWK)", {"government", "abbreviation"}, "https://www.bmwk.de/Redaktion/EN/Publikationen/"),
    ("Bundesnetzagentur", {"government"}, "https://www.bundesnetzagentur.de/EN/"),
    ("Statistics Netherlands (CBS)", {"government", "abbreviation"}, "https://www.cbs.nl/en-gb/news/"),
    ("Centraal Bureau voor de Statistiek", {"government"}, "https://www.cbs.nl/nl-nl/nieuws/"),
    ("Danish Energy Agency", {"government"}, "https://ens.dk/en/our-services/"),
    ("Energistyrelsen", {"government"}, "https://ens.dk/ansvarsomraader/"),
    ("Agency for Natural Resources and Energy (ANRE)", {"government", "abbreviation"}, "https://www.enecho.meti.go.jp/en/"),
    ("Natural Resources Canada", {"government"}, "https://natural-resources.canada.ca/energy-efficiency/"),
    ("Natural Resources Canada (NRCan)", {"government", "abbreviation"}, "https://natural-resources.canada.ca/"),
    ("Statistics Canada", {"government"}, "https://www150.statcan.gc.ca/n1/daily-quotidien/"),
    ("International Energy Agency", {"government"}, "https://www.iea.org/reports/"),
    ("International Energy Agency (IEA)", {"government", "abbreviation"}, "https://www.iea.org/reports/"),
    ("IEA", {"government", "acronym"}, "https://www.iea.org/reports/"),
    ("European Commission", {"government"}, "https://energy.ec.europa.eu/topics/"),
]  # fmt: skip
_GOVERNMENT_COUNTRY = {
    "uk": ("Department for", "DESNZ", "Ofgem", "Climate Change", "Office for", "Competition"),
    "de": ("Bundes",), "nl": ("Statistics Netherlands", "Centraal"), "dk": ("Danish", "Energistyrelsen"),
    "jp": ("Agency for",), "ca": ("Natural Resources", "Statistics Canada"),
}  # fmt: skip
_GOVERNMENT_PLACES = {"uk": "London", "de": "Berlin", "nl": "The Hague", "dk": "Copenhagen", "jp": "Tokyo", "ca": "Ottawa", "eu": "Paris"}  # fmt: skip
_GOVERNMENT_TITLES = {
    "uk": ["Energy trends", "Energy trends: UK gas and electricity", "Heat and buildings strategy", "Boiler Upgrade Scheme statistics", "Progress in reducing emissions: report to Parliament",
       "Household energy efficiency statistics", "Consumer protection in the retail energy market", "Energy price cap explained",
       "Green claims code: compliance review of the heating sector", "Energy prices and their effect on households",
       "Delivering a smart and secure electricity system", "Heat pump installer market study"],
    "de": ["Wärmepumpen-Offensive: Ergebnisse", "Monitoringbericht", "Gebäudeenergiegesetz: Fragen und Antworten",
           "Die Energie der Zukunft", "Heat pump summit: joint declaration"],
    "nl": ["Energieverbruik van woningen", "Households' natural gas consumption falls", "More homes heated without natural gas"],
    "dk": ["Denmark's energy and climate outlook", "Energy statistics", "Varmeplan Danmark", "Phasing out gas boilers"],
    "jp": ["Energy white paper", "Japan's energy: 10 questions", "Energy statistics of Japan"],
    "ca": ["Canada Greener Homes Grant: results", "Households and the environment: energy use", "Heating with a heat pump",
           "Energy fact book"],
    "eu": ["The future of heat pumps", "Energy efficiency 2023", "World energy outlook", "REPowerEU plan",
           "Heat pumps: accelerating the roll-out", "Renewables 2024"],
}  # fmt: skip
_FIRMS: list[tuple[str, set[str], str]] = [
    ("Centrica plc", {"company"}, "https://www.centrica.com/"), ("British Gas", {"company"}, "https://www.britishgas.co.uk/"),
    ("Octopus Energy Group Ltd", {"company"}, "https://octopus.energy/"), ("Octopus Energy", {"company"}, "https://octopus.energy/blog/"),
    ("OVO Energy Ltd", {"company"}, "https://www.ovoenergy.com/"), ("E.ON SE", {"company", "punctuation"}, "https://www.eon.com/en/"),
    ("E.ON UK", {"company", "punctuation"}, "https://www.eonenergy.com/"), ("EDF Energy", {"company"}, "https://www.edfenergy.com/"),
    ("Robert Bosch GmbH", {"company"}, "https://www.bosch.com/"), ("Worcester Bosch", {"company"}, "https://www.worcester-bosch.co.uk/"),
    ("Vaillant GmbH", {"company"}, "https://www.vaillant-group.com/"), ("Vaillant Group", {"company"}, "https://www.vaillant-group.com/news/"),
    ("Viessmann Climate Solutions SE", {"company"}, "https://www.viessmann-climatesolutions.com/"),
    ("Daikin Industries, Ltd.", {"company", "comma"}, "https://www.daikin.com/"), ("Daikin UK", {"company"}, "https://www.daikin.co.uk/"),
    ("Danfoss A/S", {"company", "slash"}, "https://www.danfoss.com/en/"), ("NIBE Industrier AB", {"company"}, "https://www.nibe.com/"),
    ("Eneco B.V.", {"company", "punctuation"}, "https://www.eneco.nl/"), ("Tado GmbH", {"company"}, "https://www.tado.com/"),
    ("tado°", {"company", "lowercase"}, "https://www.tado.com/gb-en/"), ("Hydro-Québec", {"company"}, "https://www.hydroquebec.com/"),
    ("Mitsubishi Electric Corporation", {"company"}, "https://www.mitsubishielectric.com/"),
    ("Panasonic Holdings Corporation", {"company"}, "https://holdings.panasonic/global/"),
    ("Tokyo Gas Co., Ltd.", {"company", "comma"}, "https://www.tokyo-gas.co.jp/en/"),
    ("Carrier Global Corporation", {"company"}, "https://www.corporate.carrier.com/"), ("Ørsted A/S", {"company", "slash"}, "https://orsted.com/en/"),
    ("Vattenfall AB", {"company"}, "https://group.vattenfall.com/"), ("Kingspan Group plc", {"company"}, "https://www.kingspan.com/"),
    ("Grundfos", {"company"}, "https://www.grundfos.com/"), ("Baxi Heating UK Ltd", {"company"}, "https://www.baxi.co.uk/"),
    ("Ideal Heating", {"company"}, "https://idealheating.com/"), ("Enbridge Inc.", {"company"}, "https://www.enbridge.com/"),
    ("Google", {"company"}, "https://store.google.com/gb/magazine/"), ("ecobee Inc.", {"company", "lowercase"}, "https://www.ecobee.com/en-ca/"),
    ("Aira Group", {"company"}, "https://www.airahome.com/"), ("Hive Home", {"company"}, "https://www.hivehome.com/"),
]  # fmt: skip
_BODIES: list[tuple[str, set[str], str]] = [
    ("Energy UK", {"trade-body"}, "https://www.energy-uk.org.uk/publications/"),
    ("Heat Pump Association", {"trade-body"}, "https://www.heatpumps.org.uk/"),
    ("Heat Pump Association (HPA)", {"trade-body", "abbreviation"}, "https://www.heatpumps.org.uk/resources/"),
    ("Heating and Hotwater Industry Council (HHIC)", {"trade-body", "abbreviation"}, "https://www.hhic.org.uk/"),
    ("Heating & Hotwater Industry Council", {"trade-body", "ampersand"}, "https://www.hhic.org.uk/news/"),
    ("Microgeneration Certification Scheme (MCS)", {"trade-body", "abbreviation"}, "https://mcscertified.com/"),
    ("MCS Charitable Foundation", {"trade-body"}, "https://mcsfoundation.org.uk/"),
    ("Citizens Advice", {"trade-body"}, "https://www.citizensadvice.org.uk/about-us/our-work/policy/"),
    ("Energy Saving Trust", {"trade-body"}, "https://energysavingtrust.org.uk/"), ("Nesta", {"trade-body"}, "https://www.nesta.org.uk/report/"),
    ("Bundesverband Wärmepumpe (BWP) e.V.", {"trade-body", "abbreviation"}, "https://www.waermepumpe.de/presse/"),
    ("Bundesverband Wärmepumpe", {"trade-body"}, "https://www.waermepumpe.de/"),
    ("European Heat Pump Association (EHPA)", {"trade-body", "abbreviation"}, "https://www.ehpa.org/news-and-resources/"),
    ("European Heat Pump Association", {"trade-body"}, "https://www.ehpa.org/"),
    ("Canada Green Building Council", {"trade-body"}, "https://www.cagbc.org/news-resources/"),
    ("National Energy Action (NEA)", {"trade-body", "abbreviation"}, "https://www.nea.org.uk/"),
    ("Chartered Institute of Marketing", {"trade-body"}, "https://www.cim.co.uk/content-hub/"),
    ("Chartered Institution of Building Services Engineers (CIBSE)", {"trade-body", "abbreviation"}, "https://www.cibse.org/"),
    ("Boiler & Heating Trade Federation", {"trade-body", "ampersand"}, "https://www.bhtf.example.org.uk/"),
    ("Installer's Guild", {"trade-body", "apostrophe"}, "https://www.installersguild.example.co.uk/"),
]  # fmt: skip
_RESEARCH = ["Mintel", "Statista", "Kantar", "YouGov", "BSRIA", "Cornwall Insight", "Euromonitor International",
             "Delta-EE", "GfK"]  # fmt: skip
_PRESS = ["The Guardian", "The Times", "BBC News", "Financial Times", "Der Spiegel", "Handelsblatt", "NRC", "Politiken",
          "The Japan Times", "The Globe and Mail", "Which?", "H&V News", "Installer Online", "Marketing Week", "The Telegraph"]  # fmt: skip
_JOURNALS = ["Energy Policy", "Energy Research & Social Science", "Applied Energy", "Building Research & Information",
             "Journal of Consumer Research", "Journal of Public Policy & Marketing", "Journal of Business Research",
             "Journal of Marketing Management", "Energy and Buildings", "Journal of Cleaner Production",
             "European Journal of Marketing", "Renewable and Sustainable Energy Reviews", "Psychology & Marketing"]  # fmt: skip
_TOPICS = ["heat pump adoption", "the boiler ban", "smart thermostats", "energy bills", "the price cap",
           "installer networks", "green claims", "low-carbon heating", "home insulation", "demand flexibility",
           "time-of-use tariffs", "energy advice", "consumer trust in grants", "district heating", "hydrogen boilers",
           "switching suppliers", "fuel poverty", "energy labels", "retrofit", "smart meters"]  # fmt: skip
_PLACES = ["UK", "British", "German", "Dutch", "Danish", "Japanese", "Canadian", "Quebec", "European", "English"]


class Blind345WorkFactory(WorkFactory):
    """The blind345 pool's works: home heating and energy in six countries, as UK-trained candidates cite them."""

    KINDS = KINDS

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 345)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.dated_bodies: list[tuple[str, set[str], str, dict[str, Any]]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.38:
            particle, family, given = self.rng.choice(_NAMED)
            name = {"family": family, "given": given}
            if particle:
                name["non-dropping-particle"] = particle
            return name
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        words = family.split()
        particle = []
        while len(words) > 1 and words[0].islower():
            particle.append(words.pop(0))
        name = {"family": " ".join(words), "given": given}
        if particle:
            name["non-dropping-particle"] = " ".join(particle)
        elif self.rng.random() < 0.06:
            name["family"] = f"{name['family']}-{self.fakers['en_GB'].last_name()}"
        return name

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[36, 26, 15, 9, 5, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if person not in people:
                people.append(person)
        return people

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        if self.rng.random() < 0.05:  # the classics: Rogers, Kotler, Ajzen
            return self.rng.randint(1971, 1995)
        return self.rng.randint(2006, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        first = issued[0] if issued else 2022
        year = self.rng.randint(max(2023, first), 2025)
        month = self.rng.randint(1, 12)
        day = self.rng.randint(1, 28)
        if issued and year == issued[0]:
            month = max(month, issued[1] if len(issued) > 1 else 1)
            if len(issued) > 2 and month == issued[1]:
                day = max(day, issued[2])
        return {"date-parts": [[year, month, day]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice([t for t in _TOPICS if t != topic])
        place = self.rng.choice(_PLACES)
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {place} homes: evidence from a household survey",
            f"Why households hesitate: {topic} and {other}",
            f"Trust, grants and {topic}: a mixed-methods study",
            f"Marketing {topic} to homeowners",
            f"{topic[0].upper()}{topic[1:]} and the installer: a qualitative study of {place} households",
            f"Framing {topic}: messages that move {place} consumers",
            f"Who adopts {topic}? Segmenting {place} homeowners",
            f"The social acceptance of {topic}",
            f"From boilers to heat pumps: {topic} and consumer choice",
            f"{topic[0].upper()}{topic[1:]}, {other} and the green gap",
        ]
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "government", "firm", "body", "research", "press", "person-report",
             "person-web", "undated-web"],
            weights=[12, 5, 22, 13, 12, 9, 7, 9, 3, 3, 5],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        classics = [("Principles of marketing", "Pearson", "Harlow"), ("Marketing management", "Pearson", "Harlow"),
                    ("Diffusion of innovations", "Free Press", "New York"), ("Digital marketing", "Pearson", "Harlow"),
                    ("Services marketing: integrating customer focus across the firm", "McGraw-Hill", "New York"),
                    ("Sustainable marketing", "Pearson", "Harlow"), ("Consumer behaviour", "Pearson", "Harlow"),
                    ("Energy and behaviour: towards a low carbon future", "Academic Press", "London"),
                    ("Marketing channels", "Routledge", "Abingdon"), ("The green marketing manifesto", "Wiley", "Chichester")]  # fmt: skip
        if self.rng.random() < 0.35:
            title, publisher, place = self.rng.choice(classics)
        else:
            title = self._title()
            publisher = self.rng.choice(
                [
                    "Routledge",
                    "Kogan Page",
                    "Sage",
                    "Palgrave Macmillan",
                    "Springer",
                    "Edward Elgar",
                    "Oxford University Press",
                    "Earthscan",
                    "UCL Press",
                ]
            )
            place = self.rng.choice(["London", "Abingdon", "Cham", "Cheltenham", "Oxford", "Berlin", "Toronto"])
        record: dict[str, Any] = {"type": "book", "title": title, "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 19))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["The Routledge handbook of energy transitions",
                                                "Energy and society: a reader", "Handbook of sustainable consumption",
                                                "The Oxford handbook of energy and society",
                                                "Low-carbon heating in Europe", "Green marketing in practice"]),
            "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Routledge", "Edward Elgar", "Oxford University Press", "Springer"]),
            "publisher-place": self.rng.choice(["Abingdon", "Cheltenham", "Oxford", "Cham"]),
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(8, 190)), "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(8, 24)}",
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["issue"] = str(self.rng.randint(1, 12))
        if self.rng.random() < 0.5:
            record["DOI"] = (
                f"10.1016/j.{self.rng.choice(['enpol', 'erss', 'apenergy', 'jbusres'])}.{self.rng.randint(2010, 2025)}.{self.rng.randint(100000, 999999)}"
            )
        return self._person_work(record, "journal")

    def _body_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same body in the same year as an earlier work (Ofgem 2023a and 2023b).
        if self.dated_bodies and "issued" in record and self.rng.random() < 0.14:
            name, tags, url, issued = self.rng.choice(self.dated_bodies)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "publisher" in record:
                record["publisher"] = name.split(" (")[0]
            if "URL" in record:
                record["URL"] = url + self.fakers["en_GB"].slug()
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        if "issued" in record:
            self.dated_bodies.append(
                (name, tags, record.get("URL", "https://www.example.org/").rsplit("/", 1)[0] + "/", record["issued"])
            )
        return self._org_work(record, kind, name, tags)

    def _government(self) -> Work:
        name, tags, url = self.rng.choice(_GOVERNMENT)
        country = next((c for c, names in _GOVERNMENT_COUNTRY.items() if any(name.startswith(n) for n in names)), "eu")
        title = self.rng.choice([self._title(), *_GOVERNMENT_TITLES[country]])
        issued = [self.year()]
        record: dict[str, Any] = {"type": self.rng.choice(["report", "report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [issued]}, "URL": url + self.fakers["en_GB"].slug()}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = _GOVERNMENT_PLACES[country]
        record["accessed"] = self._accessed_after(issued)
        return self._body_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _firm(self) -> Work:
        name, tags, url = self.rng.choice(_FIRMS)
        if self.rng.random() < 0.45:
            year = self.rng.randint(2012, 2025)  # firms' annual reports are recent
            record: dict[str, Any] = {"type": "report", "title": f"{self.rng.choice(['Annual report', 'Annual report and accounts', 'Sustainability report', 'Integrated report', 'Strategic report'])} {year}",
                                      "issued": {"date-parts": [[year]]}, "publisher": name}  # fmt: skip
            if self.rng.random() < 0.7:
                record["URL"] = url + "investors/" + self.fakers["en_GB"].slug()
                record["accessed"] = self._accessed_after([year])
            return self._body_work(record, "report", name, tags)
        record = {"type": "webpage", "title": self.rng.choice(["Heat pumps explained", "Our smart thermostat",
                                                                 "Our history", "About us", "Heat pump installation: what to expect",
                                                                 "Boiler Upgrade Scheme: how we can help", "Our price promise",
                                                                 "Press release: record heat pump sales", "Smart tariffs for heat pump owners",
                                                                 self._title()]),
                  "URL": url + self.fakers["en_GB"].slug()}  # fmt: skip
        issued = [self.year()] if self.rng.random() < 0.7 else None
        if issued:
            record["issued"] = {"date-parts": [issued]}
        record["accessed"] = self._accessed_after(issued)
        return self._body_work(record, "web", name, tags | ({"undated"} if not issued else set()))

    def _body(self) -> Work:
        name, tags, url = self.rng.choice(_BODIES)
        issued = [self.year()] if self.rng.random() < 0.8 else None
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "URL": url + self.fakers["en_GB"].slug()}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = self.rng.choice(["London", "Berlin", "Brussels", "Toronto", "Milton Keynes"])
        if issued:
            record["issued"] = {"date-parts": [issued]}
        record["accessed"] = self._accessed_after(issued)
        return self._body_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year() if self.rng.random() < 0.88 else None
        market = self.rng.choice(
            [
                "Domestic heating",
                "Heat pumps",
                "Smart home devices",
                "Home insulation",
                "Energy suppliers",
                "Boilers",
                "Smart thermostats",
                "Home energy management",
            ]
        )
        country = self.rng.choice(["UK", "Germany", "Netherlands", "Denmark", "Japan", "Canada", "Europe"])
        titles = [f"{market} - {country} - {self.rng.choice(['February', 'May', 'September', 'November'])} {year or 2024}",
                  f"{market} in {country}: market report {year or 2024}", f"{country} {market.lower()} market: size and forecast to 2030",
                  f"Share of households in {country} with {market.lower()} {year or 2023}", f"{market}: consumer attitudes {year or 2023}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": f"https://www.{name.split()[0].lower()}.com/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        record["accessed"] = self._accessed_after([year] if year else None)
        return self._body_work(record, "report", name, {"market-research"})

    def _press(self) -> Work:
        fake = self.fakers["en_GB"]
        year = self.rng.randint(2012, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        headline = self.rng.choice([
            "Heat pump sales jump as grant rises", "Why are energy bills still so high?", "The boiler ban, explained",
            "Installers warn of skills shortage", "Smart thermostats: do they really save money?",
            "Octopus overtakes British Gas as biggest supplier", "Wärmepumpen: Der große Streit ums Heizungsgesetz",
            "Price cap to fall in the spring", "Are heat pumps worth it in an old house?", self._title(),
        ])  # fmt: skip
        record: dict[str, Any] = {"type": "article-newspaper", "title": headline, "container-title": self.rng.choice(_PRESS),
                                  "issued": {"date-parts": [issued]}, "URL": fake.url() + fake.uri_path()}  # fmt: skip
        record["accessed"] = self._accessed_after(issued)
        if self.rng.random() < 0.75 or record["container-title"] == "Which?":  # Which? signs its reviews
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _person_report(self) -> Work:
        issued = [self.year()]
        record: dict[str, Any] = {"type": "report", "title": self._title(), "author": self._people(3),
                                  "issued": {"date-parts": [issued]},
                                  "publisher": self.rng.choice(["UK Energy Research Centre", "Nesta", "Energy Systems Catapult",
                                                                "Fraunhofer ISE", "TNO", "Agora Energiewende", "Regulatory Assistance Project"]),
                                  "publisher-place": self.rng.choice(["London", "Freiburg", "Delft", "Berlin", "Birmingham"])}  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path()
            record["accessed"] = self._accessed_after(issued)
        return self._person_work(record, "report")

    def _person_web(self) -> Work:
        issued = [self.rng.randint(2010, 2025)] if self.rng.random() < 0.75 else None
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "URL": self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path()}  # fmt: skip
        if issued:
            record["issued"] = {"date-parts": [issued]}
        record["accessed"] = self._accessed_after(issued)
        return self._person_work(record, "web")

    def _undated_web(self) -> Work:
        if self.rng.random() < 0.5:
            name, tags, url = self.rng.choice(_FIRMS + _BODIES)
        else:
            name, tags, url = self.rng.choice(_GOVERNMENT)
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": url + self.fakers["en_GB"].slug(),
                                  "accessed": self._accessed_after(None)}  # fmt: skip
        return self._org_work(record, "web", name, tags | {"undated"})
