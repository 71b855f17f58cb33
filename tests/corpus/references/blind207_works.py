"""The blind207 pool's works: what healthcare, pharmaceutical, medtech and consumer-health marketers cite.

Written without reading the checker, its tests or any other pool, from what candidates in NHS suppliers, pharma
brands, over-the-counter medicines, private clinics and digital health start-ups in the UK, Ireland, Germany,
Switzerland and the Nordics cite in CIM Level 6 and 7 reports and MBA assignments: healthcare marketing,
pharmaceutical marketing and health communication textbooks, chapters, journal articles with many authors (BMJ,
The Lancet, Health Marketing Quarterly, Journal of Medical Internet Research; some with DOIs), theses, conference
papers, regulators and public bodies (MHRA, EMA, NICE, the ABPI and its Code, PMCPA, HPRA, Swissmedic, the Care
Quality Commission, NHS England, WHO), guidelines with their numbers (NICE NG28), company pages, annual reports and
press releases, market research with years (IQVIA, Kantar Health, Mintel), the press signed and unsigned, social
posts, videos, podcasts and undated pages. Names as the region's scholars and journals print them: Irish names
with their fadas, German and Swiss names with umlauts and particles, Nordic names with their letters.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

KINDS = ("book", "chapter", "journal", "thesis", "conference", "regulator", "guideline", "company-web",
         "annual-report", "press-release", "market-research", "news", "social", "video", "podcast", "web")  # fmt: skip

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_GB", "en_IE", "en_IE", "de_DE", "de_DE", "de_CH", "de_AT", "fr_CH",
            "sv_SE", "da_DK", "no_NO", "fi_FI", "en_US"]  # fmt: skip
# Names as the region's journals print them (family, given).
_NAMES = [
    ("Ó Súilleabháin", "Siobhán"), ("Ní Bhriain", "Aoife"), ("Mac Giolla Phádraig", "Cian"), ("Ó Ceallaigh", "Pádraig"),
    ("Ní Mhurchú", "Máire"), ("O'Donovan", "Gráinne"), ("McAleese", "Niamh"), ("Mac Cárthaigh", "Seán"),
    ("Müller", "Jürgen"), ("Schäfer", "Anja"), ("Größer", "Lukas"), ("Böhm", "Katrin"), ("Käppeli", "Reto"),
    ("Nüesch", "Corinne"), ("Brügger", "Urs"), ("Zürcher", "Dominik"), ("Jönsson", "Åsa"), ("Åkesson", "Linnéa"),
    ("Björklund", "Märta"), ("Søndergaard", "Mette"), ("Østergaard", "Rasmus"), ("Kjærsgaard", "Søren"),
    ("Halvorsen", "Ingrid"), ("Sæther", "Øystein"), ("Virtanen", "Päivi"), ("Mäkinen", "Jussi"),
    ("Jónsdóttir", "Sigrún"), ("Guðmundsson", "Einar"), ("Patel", "Nisha"), ("Okafor", "Chiamaka"),
    ("Sharma", "Anjali"), ("Chen", "Wei"), ("Khan", "Imran"), ("Nowak", "Katarzyna"), ("Rossi", "Giulia"),
]  # fmt: skip
_PARTICLE_NAMES = [("von", "Arx", "Stefanie"), ("von", "Bülow", "Henrike"), ("van", "der Meer", "Pieter"),
                   ("de", "Weck", "Olivier"), ("zur", "Nieden", "Friederike"), ("von", "Wattenwyl", "Andrea"),
                   ("van", "Dijk", "Sanne"), ("de", "Montmollin", "Claire")]  # fmt: skip
# Who these candidates cite when no person is named: regulators, public bodies, trade bodies, pharma, medtech and
# consumer-health firms, clinics, digital health start-ups, think tanks and research firms.
_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("Medicines and Healthcare products Regulatory Agency", {"regulator"}),
    ("Medicines and Healthcare products Regulatory Agency (MHRA)", {"regulator", "abbreviation"}),
    ("MHRA", {"regulator", "acronym"}), ("European Medicines Agency", {"regulator"}),
    ("European Medicines Agency (EMA)", {"regulator", "abbreviation"}),
    ("National Institute for Health and Care Excellence", {"regulator"}),
    ("National Institute for Health and Care Excellence (NICE)", {"regulator", "abbreviation"}),
    ("NICE", {"regulator", "acronym"}),
    ("Association of the British Pharmaceutical Industry", {"trade-body"}),
    ("Association of the British Pharmaceutical Industry (ABPI)", {"trade-body", "abbreviation"}),
    ("ABPI", {"trade-body", "acronym"}),
    ("Prescription Medicines Code of Practice Authority", {"regulator"}),
    ("Prescription Medicines Code of Practice Authority (PMCPA)", {"regulator", "abbreviation"}),
    ("Health Products Regulatory Authority", {"regulator"}),
    ("Health Products Regulatory Authority (HPRA)", {"regulator", "abbreviation"}),
    ("Swissmedic", {"regulator"}), ("Care Quality Commission", {"regulator"}),
    ("Care Quality Commission (CQC)", {"regulator", "abbreviation"}), ("NHS England", {"government"}),
    ("NHS Digital", {"government"}), ("Department of Health and Social Care", {"government"}),
    ("Department of Health & Social Care", {"government", "ampersand"}),
    ("UK Health Security Agency", {"government"}), ("Health Service Executive", {"government"}),
    ("Health Service Executive (HSE)", {"government", "abbreviation"}),
    ("World Health Organization", {"government"}), ("World Health Organization (WHO)", {"government", "abbreviation"}),
    ("Bundesinstitut für Arzneimittel und Medizinprodukte (BfArM)", {"regulator", "abbreviation"}),
    ("Läkemedelsverket", {"regulator"}), ("Lægemiddelstyrelsen", {"regulator"}),
    ("Proprietary Association of Great Britain (PAGB)", {"trade-body", "abbreviation"}),
    ("European Federation of Pharmaceutical Industries and Associations (EFPIA)", {"trade-body", "abbreviation"}),
    ("Healthcare Ireland", {"trade-body"}), ("Royal Pharmaceutical Society", {"trade-body"}),
    ("The King's Fund", {"think-tank", "apostrophe"}), ("Nuffield Trust", {"think-tank"}),
    ("The Health Foundation", {"think-tank"}), ("Healthwatch England", {"government"}),
    ("Johnson & Johnson", {"company", "ampersand"}), ("Smith & Nephew plc", {"company", "ampersand"}),
    ("Reckitt Benckiser Group plc", {"company"}), ("Haleon plc", {"company"}), ("GSK plc", {"company"}),
    ("AstraZeneca", {"company"}), ("Novo Nordisk A/S", {"company"}), ("Novartis AG", {"company"}),
    ("F. Hoffmann-La Roche Ltd", {"company", "punctuation"}), ("Bayer AG", {"company"}),
    ("Siemens Healthineers AG", {"company"}), ("H. Lundbeck A/S", {"company", "punctuation"}),
    ("Coloplast", {"company"}), ("Orion Corporation", {"company"}), ("Boots UK", {"company"}),
    ("Holland & Barrett", {"company", "ampersand"}), ("Bupa", {"company"}), ("Spire Healthcare Group plc", {"company"}),
    ("Doctor Care Anywhere", {"company"}), ("Livi", {"company"}), ("Kry", {"company"}), ("Numan", {"company"}),
    ("Lloyds Pharmacy", {"company"}), ("Superdrug Online Doctor", {"company"}), ("Ada Health", {"company"}),
    ("Deloitte Centre for Health Solutions", {"company"}), ("McKinsey & Company", {"company", "ampersand"}),
    ("PwC", {"company", "acronym"}), ("Ernst & Young", {"company", "ampersand"}),
    ("Wellcome Trust", {"charity"}), ("Diabetes UK", {"charity"}), ("Macmillan Cancer Support", {"charity"}),
    ("Cancer Research UK", {"charity"}), ("Asthma + Lung UK", {"charity", "punctuation"}),
    ("Mind", {"charity"}), ("Alzheimer's Society", {"charity", "apostrophe"}),
]  # fmt: skip
_REGULATORS = [o for o in _ORGANISATIONS if o[1] & {"regulator", "government", "trade-body", "think-tank"}]
_COMPANIES = [o for o in _ORGANISATIONS if "company" in o[1] and "Deloitte" not in o[0] and "McKinsey" not in o[0]
              and o[0] not in ("PwC", "Ernst & Young")]  # fmt: skip
_RESEARCH = ["IQVIA", "IQVIA Institute for Human Data Science", "Kantar Health", "Kantar", "Mintel", "Ipsos",
             "Ipsos MORI", "GlobalData", "Statista", "Euromonitor International", "YouGov", "Evaluate"]  # fmt: skip
_JOURNALS = ["BMJ", "BMJ Open", "The Lancet", "The Lancet Digital Health", "Health Marketing Quarterly",
             "Journal of Medical Internet Research", "JMIR mHealth and uHealth",
             "International Journal of Pharmaceutical and Healthcare Marketing", "Journal of Health Communication",
             "Health Communication", "Social Science & Medicine", "British Journal of General Practice",
             "Patient Education and Counseling", "Journal of Medical Marketing", "Pharmaceutical Medicine",
             "Journal of Marketing Management", "European Journal of Marketing", "Journal of Service Research",
             "Health Policy", "Scandinavian Journal of Public Health", "Irish Journal of Medical Science",
             "Journal of Pharmaceutical Policy and Practice", "Drug Discovery Today", "Digital Health"]  # fmt: skip
_PRESS = ["The Guardian", "Financial Times", "BBC News", "The Irish Times", "The Times", "The Pharmaceutical Journal",
          "PharmaTimes", "pharmaphorum", "PMLiVE", "Health Service Journal", "Chemist+Druggist", "Reuters",
          "Fierce Pharma", "Sifted", "Irish Independent", "Swissinfo", "The Local Sweden", "Marketing Week",
          "Campaign", "Pulse"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Sage", "London"), ("Kogan Page", "London"), ("Wiley-Blackwell", "Chichester"),
               ("Jones & Bartlett Learning", "Burlington, MA"), ("Springer", "Cham"), ("Oxford University Press", "Oxford"),
               ("Palgrave Macmillan", "London"), ("Open University Press", "Maidenhead"), ("Elsevier", "Edinburgh"),
               ("Pharmaceutical Press", "London"), ("Health Administration Press", "Chicago"), ("Gower", "Farnham"),
               ("Pearson", "Harlow"), ("Cambridge University Press", "Cambridge")]  # fmt: skip
_UNIVERSITIES = ["University of Manchester", "Trinity College Dublin", "University College Cork", "University of St. Gallen",
                 "Karolinska Institutet", "Copenhagen Business School", "Aalto University", "ETH Zürich",
                 "Norwegian School of Economics", "Ludwig-Maximilians-Universität München", "University of Leeds",
                 "Cranfield University", "Stockholm School of Economics", "University of Galway", "Universität Basel"]  # fmt: skip
_TOPICS = ["direct-to-consumer advertising", "patient engagement", "omnichannel pharma marketing", "digital therapeutics",
           "health literacy", "over-the-counter switches", "medical science liaisons", "key opinion leaders",
           "vaccine hesitancy", "social prescribing", "telehealth adoption", "patient support programmes",
           "GLP-1 weight-loss medicines", "consumer health brands", "wearable devices", "symptom checker apps",
           "pharmacy-led services", "health apps", "market access", "value-based pricing", "rare disease communities",
           "medtech sales forces", "private GP services", "menopause care", "men's health platforms",
           "patient reviews of clinics", "influencers and medicines", "shared decision making", "NHS procurement",
           "biosimilar uptake", "self-care", "antimicrobial resistance campaigns", "smoking cessation"]  # fmt: skip
_GUIDELINES = [
    ("Type 2 diabetes in adults: management (NG28)", 2015, "ng28"),
    ("Obesity: identification, assessment and management (CG189)", 2014, "cg189"),
    ("Semaglutide for managing overweight and obesity (TA875)", 2023, "ta875"),
    ("Behaviour change: individual approaches (PH49)", 2014, "ph49"),
    ("Medicines optimisation: the safe and effective use of medicines (NG5)", 2015, "ng5"),
    ("Shared decision making (NG197)", 2021, "ng197"),
    ("Hypertension in adults: diagnosis and management (NG136)", 2019, "ng136"),
    ("Tobacco: preventing uptake, promoting quitting and treating dependence (NG209)", 2021, "ng209"),
    ("Menopause: identification and management (NG23)", 2015, "ng23"),
    ("Patient experience in adult NHS services (CG138)", 2012, "cg138"),
    ("Evidence standards framework for digital health technologies", 2018, "corporate/ecd7"),
    ("Tirzepatide for managing overweight and obesity (TA1026)", 2024, "ta1026"),
]  # fmt: skip
_REG_TITLES = [
    "The Blue Guide: advertising and promoting medicines in the UK", "Code of Practice for the Pharmaceutical Industry",
    "Guidance on the promotion of prescription-only medicines to the public", "Medical devices: software applications (apps)",
    "Guide to advertising compliance for medicinal products for human use", "Social media guidance for the pharmaceutical industry",
    "Annual report and accounts", "Good practice guidance on digital communications",
    "Guideline on good pharmacovigilance practices (GVP)", "State of care", "NHS Long Term Plan",
    "Global strategy on digital health 2020-2025", "Delivery plan for recovering access to primary care",
    "Regulating AI as a medical device", "Yellow Card: reporting side effects", "Self-care and the NHS",
    "Interactions with patient organisations", "Disclosure UK: payments to healthcare professionals",
    "Clinical trials in the UK: the road to recovery", "Over-the-counter medicines: consumer attitudes",
]  # fmt: skip
_MR_MARKETS = ["OTC analgesics", "vitamins and supplements", "cough, cold and flu remedies", "digestive remedies",
               "sleep aids", "skincare", "sexual health", "weight management", "eye care", "oral care",
               "hay fever remedies", "private healthcare", "digital health apps", "men's health"]  # fmt: skip
_MR_COUNTRIES = ["UK", "Ireland", "Germany", "Switzerland", "Nordics", "Sweden", "Denmark", "Europe"]


class Blind207WorkFactory(WorkFactory):
    """The blind207 pool's works (see the module docstring). A subclass, so no other half changes."""

    KINDS = KINDS  # the kinds of work it makes, every one drawn in a few hundred works

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 20700)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 207 + index)
                self.fakers[locale] = fake
        self.dated_orgs: list[tuple[str, set[str], int]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.22:
            family, given = self.rng.choice(_NAMES)
            return {"family": family, "given": given}
        if roll < 0.28:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family = fake.last_name()
        given = fake.first_name().split("-")[0].split()[0]  # no hyphenated given names: they measure the renderer
        words = family.split()
        if len(words) > 1 and words[0].islower():  # "von Allmen": the particle apart, as reference managers keep it
            return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        if self.rng.random() < 0.06:
            family = f"{family}-{self.fakers['en_GB'].last_name().split('-')[0]}"
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.04:  # the classics: Kotler and Zaltman's social marketing and the like
            return self.rng.randint(1971, 1999)
        return self.rng.randint(2008, 2025)

    def after(self, issued: list[int]) -> dict[str, list[list[int]]]:
        """An access date on or after the work's date."""
        year = self.rng.randint(max(2022, issued[0]), max(2025, issued[0]))
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if year == issued[0] and len(issued) > 1:
            month = self.rng.randint(issued[1], 12)
            if month == issued[1] and len(issued) > 2:
                day = self.rng.randint(issued[2], 28)
        return {"date-parts": [[year, month, day]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        market = self.rng.choice(["the NHS", "UK community pharmacy", "Irish general practice", "German hospitals",
                                  "the Swiss OTC market", "Nordic digital health", "European pharma"])  # fmt: skip
        forms = [f"{topic[0].upper()}{topic[1:]} in {market}", f"The role of {topic} in {market}",
                 f"{topic[0].upper()}{topic[1:]} and {other}: a systematic review",
                 f"Rethinking {topic}: evidence from {market}", f"How {topic} shapes {other}",
                 f"{topic[0].upper()}{topic[1:]}: a qualitative study of patients' views",
                 f"Marketing {topic} to healthcare professionals", f"{topic[0].upper()}{topic[1:]} after COVID-19",
                 f"Trust, {topic} and {other}", f"A mixed-methods evaluation of {topic} in {market}"]  # fmt: skip
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "thesis", "conference", "regulator", "guideline", "company-web",
             "annual-report", "press-release", "market-research", "news", "social", "video", "podcast", "web"],
            weights=[12, 5, 22, 2, 3, 10, 5, 6, 4, 4, 7, 8, 3, 2, 2, 5],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then an organisation's second work of a year already cited (NICE 2021a and 2021b).
        # Only a firm pairs with a firm and a public body with a public body, so a headline still fits its issuer.
        alike = [o for o in self.dated_orgs if ("company" in o[1]) == ("company" in tags)]
        if alike and "issued" in record and self.rng.random() < 0.12:
            name, tags, year = self.rng.choice(alike)
            parts = record["issued"]["date-parts"][0]
            record["issued"] = {"date-parts": [[year, *parts[1:]]]}
            if "accessed" in record:
                record["accessed"] = self.after(record["issued"]["date-parts"][0])
            if record.get("publisher") and kind in ("report", "annual-report", "guideline", "market-research"):
                record["publisher"] = name.split(" (")[0]
        if kind == "press-release":  # the release's headline opens on its issuer's name
            record["title"] = f"{name.split(' (')[0]} {record['title']}"
        if "issued" in record:
            self.dated_orgs.append((name, tags, record["issued"]["date-parts"][0][0]))
        return super()._org_work(record, kind, name, tags)

    def _online(self, record: dict[str, Any], url: str) -> dict[str, Any]:
        record["URL"] = url
        record["accessed"] = self.after(record["issued"]["date-parts"][0] if "issued" in record else [2022])
        return record

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        topic = self.rng.choice(["Healthcare marketing", "Pharmaceutical marketing", "Health communication",
                                 "Marketing health services", "Social marketing and public health",
                                 "Medical device marketing", "Consumer health marketing", "Strategic healthcare marketing",
                                 "Digital health marketing", "Pharmaceutical brand management"])  # fmt: skip
        subtitle = self.rng.choice(["principles and practice", "a case study approach", "strategy, planning and evaluation",
                                    "theory and practice", "an introduction", "from theory to practice",
                                    "global perspectives", "a European perspective", "concepts and cases"])  # fmt: skip
        record: dict[str, Any] = {"type": "book", "title": f"{topic}: {subtitle}", "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 8))
        if self.rng.random() < 0.15:  # read as an e-book
            self._online(record, f"https://ebookcentral.proquest.com/lib/{self.fakers['en_GB'].slug()}")
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS[:9])
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The Routledge handbook of health communication",
                                                "Pharmaceutical marketing in Europe", "Handbook of healthcare marketing",
                                                "The Oxford handbook of health communication, behavior change, and treatment adherence",
                                                "Digital health: a strategic perspective", "Social marketing: global perspectives"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[year]]},
            "volume": str(self.rng.randint(1, 400)),
        }  # fmt: skip
        if self.rng.random() < 0.8:
            record["issue"] = str(self.rng.randint(1, 12))
        if self.rng.random() < 0.75:
            record["page"] = f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(5, 20)}"
        else:  # an article number, as BMJ and JMIR give
            record["page"] = f"e{self.rng.randint(10000, 99999)}"
        if self.rng.random() < 0.55:
            prefix = self.rng.choice(["10.1136/bmj", "10.1016/S0140-6736", "10.2196/", "10.1080/07359683",
                                      "10.1108/IJPHM-", "10.1136/bmjopen-"])  # fmt: skip
            record["DOI"] = f"{prefix}{year}-{self.rng.randint(100000, 999999)}"
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": [self.person()],
            "genre": self.rng.choice(["PhD thesis", "DBA thesis", "MBA dissertation", "MSc dissertation"]),
            "publisher": self.rng.choice(_UNIVERSITIES), "issued": {"date-parts": [[self.year()]]},
        }  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        event = self.rng.choice(["European Marketing Academy (EMAC) Annual Conference", "Academy of Marketing Conference",
                                 "Medical Informatics Europe (MIE)", "Irish Academy of Management Conference",
                                 "ISPOR Europe", "Digital Health Rewired"])  # fmt: skip
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(5),
            "container-title": f"Proceedings of the {event}" if not event.startswith(("ISPOR", "Digital")) else f"{event} proceedings", "issued": {"date-parts": [[self.year()]]},
            "publisher-place": self.rng.choice(["Dublin", "Copenhagen", "Zürich", "Berlin", "Glasgow", "Helsinki", "Oslo"]),
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["page"] = f"{(start := self.rng.randint(1, 300))}-{start + self.rng.randint(4, 12)}"
        return self._person_work(record, "conference")

    def _regulator(self) -> Work:
        name, tags = self.rng.choice(_REGULATORS)
        year = self.year() if self.rng.random() < 0.85 else None
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(_REG_TITLES)}
        if year:
            record["issued"] = {"date-parts": [[max(year, 2005)]]}
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
        domain = "".join(ch for ch in name.split(" (")[-1].rstrip(")").lower() if ch.isascii() and ch.isalnum())[:16]
        self._online(record, f"https://www.{domain}.org/{self.fakers['en_GB'].slug()}")
        return self._org_work(
            record, "report" if record["type"] == "report" else "regulator", name, tags | {"public-body"}
        )

    def _guideline(self) -> Work:
        title, year, slug = self.rng.choice(_GUIDELINES)
        name = self.rng.choice(["National Institute for Health and Care Excellence",
                                "National Institute for Health and Care Excellence (NICE)", "NICE"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": "NICE", "publisher-place": "London"}  # fmt: skip
        self._online(record, f"https://www.nice.org.uk/guidance/{slug}")
        return self._org_work(record, "guideline", name, {"regulator", "guideline"})

    def _company_web(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        fake = self.fakers["en_GB"]
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(
            ["Our purpose", "About us", "Our medicines", "Patient support", "Sustainability", "How it works",
             "Our approach to responsible marketing", "Consumer health", "Pricing", "Our clinics", "Careers",
             f"Our commitment to {self.rng.choice(_TOPICS)}", "Frequently asked questions"])}  # fmt: skip
        if self.rng.random() < 0.45:
            record["issued"] = {"date-parts": [[self.rng.randint(2015, 2025)]]}
        self._online(record, f"https://www.{fake.domain_word()}.com/{fake.slug()}")
        return self._org_work(record, "company-web", name, tags)

    def _annual_report(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.rng.randint(2012, 2025)
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(
            [f"Annual report {year - 1}", f"Annual report and accounts {year - 1}", f"Integrated report {year - 1}",
             f"ESG report {year - 1}", f"Annual report {year - 2}/{str(year - 1)[2:]}"]),
            "issued": {"date-parts": [[year]]}, "publisher": name, "publisher-place": self.rng.choice(
                ["London", "Dublin", "Basel", "Bagsværd", "Leverkusen", "Weybridge", "Espoo"])}  # fmt: skip
        if self.rng.random() < 0.7:
            self._online(
                record, f"https://www.{self.fakers['en_GB'].domain_word()}.com/investors/annual-report-{year - 1}.pdf"
            )
        return self._org_work(record, "annual-report", name, tags)

    def _press_release(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.rng.randint(2015, 2025)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(
            ["launches new patient support programme", "announces results of phase III trial",
             "welcomes NICE recommendation", "partners with NHS trust on virtual wards", "opens new clinic in Dublin",
             "reports full-year results", "announces UK availability of weight-management service",
             "updates guidance on promotional material", "launches consumer awareness campaign"]),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}}  # fmt: skip
        self._online(
            record,
            f"https://www.{self.fakers['en_GB'].domain_word()}.com/media/press-releases/{self.fakers['en_GB'].slug()}",
        )
        return self._org_work(record, "press-release", name, tags | {"press-release"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2016, 2025)
        market, country = self.rng.choice(_MR_MARKETS), self.rng.choice(_MR_COUNTRIES)
        titles = [f"{market[0].upper()}{market[1:]} - {country} - {self.rng.choice(['March', 'June', 'September'])} {year}",
                  f"The global use of medicines {year}: outlook to {year + 4}", f"{country} consumer health market {year}",
                  f"{market[0].upper()}{market[1:]} in {country}: market report {year}",
                  f"Share of adults in {country} who bought {market} online in {year}",
                  f"Digital health trends {year}", f"Healthcare professional channel preferences {year}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name}
        if self.rng.random() < 0.92:
            record["issued"] = {"date-parts": [[year]]}
        self._online(record, f"https://www.{name.split()[0].lower()}.com/{self.fakers['en_GB'].slug()}")
        return self._org_work(record, "market-research", name, {"market-research"})

    def _news(self) -> Work:
        year = self.year() if self.rng.random() < 0.3 else self.rng.randint(2016, 2025)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        press = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": press,
                                  "issued": {"date-parts": [issued]}}  # fmt: skip
        self._online(
            record, f"https://www.{press.lower().replace(' ', '').replace('+', '')}.com/{self.fakers['en_GB'].slug()}"
        )
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", press, {"press"})

    def _social(self) -> Work:
        platform = self.rng.choice(["LinkedIn", "X", "Instagram", "TikTok", "Facebook"])
        issued = [self.rng.randint(2019, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(
            ["Proud to share our new patient campaign", "Thread: what the new ABPI Code means for social media",
             "Five things I learnt launching a digital clinic", "Our pharmacists answer your hay fever questions",
             "Why we stopped paying influencers", "Behind the scenes at our new Dublin clinic"]),
            "container-title": platform, "issued": {"date-parts": [issued]}}  # fmt: skip
        self._online(record, f"https://www.{platform.lower()}.com/{self.fakers['en_GB'].user_name()}")
        if self.rng.random() < 0.5:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        name, tags = self.rng.choice(_COMPANIES + _REGULATORS)
        return self._org_work(record, "social", name, tags | {"social"})

    def _video(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(
            ["How pharma can earn patients' trust", "Digital health in the NHS: the next ten years",
             "Launching a consumer health brand in the Nordics", "Medtech marketing masterclass",
             "The ABPI Code explained"]) + " [Video]", "container-title": "YouTube",
            "issued": {"date-parts": [[self.rng.randint(2016, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}}  # fmt: skip
        self._online(record, f"https://www.youtube.com/watch?v={self.fakers['en_GB'].lexify('???????????')}")
        if self.rng.random() < 0.5:
            record["author"] = self._people(2)
            return self._person_work(record, "video")
        name, tags = self.organisation()
        return self._org_work(record, "video", name, tags)

    def _podcast(self) -> Work:
        show = self.rng.choice(["The Pharma Marketing Podcast", "Healthcare Marketing Matters", "The King's Fund podcast",
                                "Digital Health Talks", "Medtech Voices"])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": f"Episode {self.rng.randint(1, 240)}: {self._title().lower()} [Podcast]",
                                  "container-title": show,
                                  "issued": {"date-parts": [[self.rng.randint(2018, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}}  # fmt: skip
        self._online(record, f"https://podcasts.apple.com/gb/podcast/{self.fakers['en_GB'].slug()}")
        record["author"] = self._people(2)
        return self._person_work(record, "podcast")

    def _web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title()}
        if self.rng.random() < 0.55:  # undated pages: cited "n.d."
            pass
        else:
            record["issued"] = {"date-parts": [[self.rng.randint(2012, 2025)]]}
        self._online(record, self.fakers["en_GB"].url() + self.fakers["en_GB"].uri_path())
        if self.rng.random() < 0.4:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags | {"undated"} if "issued" not in record else tags)
