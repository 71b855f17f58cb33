"""Works for the thirty-first held-out pool, "blind31": what healthcare and public-sector marketers cite.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a thirty-first hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from what communications and
marketing staff in NHS trusts, integrated care boards, councils, public health teams, medical charities and
pharmaceutical and medical-device firms cite on CIM and NCFE courses: NHS England, UKHSA, OHID, NICE, MHRA, the ABPI
and PMCPA, WHO, the King's Fund, Nuffield Trust and Health Foundation, Ipsos, council and committee papers, Acts and
statutory instruments, BMJ, Lancet and social-marketing journal articles with up to eight authors, textbooks and
chapters, NHS web pages with no date, news, podcasts and social posts. The people are invented, with names of NHS
staff and researchers from South Asia, West Africa, the Philippines, Poland, Romania and the four UK nations.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# (family names, given names) by the cultures the writers meet on wards, in comms teams and in journals.
_NAMES: dict[str, tuple[list[str], list[str]]] = {
    "uk": (["Hughes", "Pritchard", "Thompson", "Walsh", "Fairbairn", "Ellwood", "Cartwright", "Hargreaves",
            "O'Donoghue", "McAllister", "MacKinnon", "Llewellyn", "Rees-Mogg", "Davies-Nkemelu", "Baxter",
            "Whitfield", "Greenhalgh", "Ní Mhurchú", "Ó Súilleabháin", "Crichton", "Penhaligon", "Marsh"],
           ["Siân", "Gareth", "Ruth", "Callum", "Eilidh", "Hannah", "Matthew", "Bethan", "Niamh", "Alastair",
            "Joanne", "Clare", "Rhys", "Fiona", "Declan"]),
    "south-asia": (["Chaudhry", "Raghunathan", "Venkatesan", "Bhattacharjee", "Siddiqui", "Begum", "Rahman",
                    "Perera", "Wickramasinghe", "Jayasuriya", "Kaur", "Sandhu", "Mukherjee", "Deshpande",
                    "Iqbal", "Hussain-Bhatti", "Nair", "Thakkar", "Chowdhury", "Ranasinghe"],
                   ["Priyanka", "Anil", "Farzana", "Imran", "Shalini", "Harpreet", "Nusrat", "Kavitha",
                    "Rohit", "Tahmina", "Sanjeev", "Dilani", "Arif", "Meera"]),
    "west-africa": (["Okonkwo-Adeyemi", "Adebayo", "Oyelaran", "Nwachukwu", "Boateng", "Asante", "Mensah",
                     "Owusu-Ansah", "Ogunleye", "Eze", "Bello", "Danquah", "Obi", "Akinola", "Diallo",
                     "Oduya", "Agyemang", "Fashola", "Kamara"],
                    ["Chiamaka", "Oluwaseun", "Kwabena", "Abena", "Tobi", "Ngozi", "Kofi", "Funmilayo",
                     "Emeka", "Yaa", "Adaeze", "Ibrahim", "Efua", "Babajide"]),
    "philippines": (["Bautista", "Villanueva", "Macaraeg", "Dimaculangan", "Pangilinan", "Mendoza", "Santiago",
                     "Aquino", "Tolentino", "Manalo", "Dizon", "Salvador", "Ocampo", "Magsaysay"],
                    ["Maricel", "Jhun", "Rowena", "Arnel", "Joy", "Mary Grace", "Rodel", "Liezl", "Jonalyn",
                     "Ferdinand", "Cherry Ann", "Marites"]),
    "poland": (["Wiśniewska", "Kowalczyk", "Wójcik", "Zając", "Dąbrowski", "Lewandowska", "Szymański", "Król",
                "Grabowska", "Pawłowski", "Jabłońska", "Nowicki", "Kaczmarek", "Żółkiewska"],
               ["Agnieszka", "Paweł", "Małgorzata", "Krzysztof", "Joanna", "Tomasz", "Katarzyna", "Łukasz",
                "Ewelina", "Grzegorz"]),
    "romania": (["Popescu", "Ionescu", "Dumitrescu", "Constantinescu", "Munteanu", "Ștefănescu", "Țurcanu",
                 "Răduță", "Gheorghiu", "Stoica", "Bălan", "Niculescu", "Vlădescu"],
                ["Ioana", "Andrei", "Mihaela", "Bogdan", "Alexandra", "Răzvan", "Cristina", "Ștefan", "Oana",
                 "Vlad", "Larisa"]),
}  # fmt: skip
_CULTURES = ["uk", "uk", "uk", "south-asia", "south-asia", "west-africa", "west-africa", "philippines", "poland",
             "romania", "elsewhere"]  # fmt: skip
# Names with particles, as reference managers keep them (particle apart, not dropped).
_PARTICLED = [("dela", "Cruz", "Rosario"), ("de los", "Reyes", "Angelica"), ("de", "Souza", "Lionel"),
              ("van der", "Merwe", "Annelie"), ("de", "Silva", "Nirosha"), ("del", "Rosario", "Jerome"),
              ("van", "Rooyen", "Pieter"), ("de", "Guzman", "Carmela"), ("da", "Costa", "Marisa")]  # fmt: skip
# Researchers from elsewhere on the same papers.
_ELSEWHERE = [("Lindqvist", "Sofia"), ("Müller", "Jana"), ("Okafor", "Uchenna"), ("Zhang", "Lin"), ("Haddad", "Rami"),
              ("Kovačević", "Ana"), ("García-López", "Marta"), ("Papadakis", "Eleni"), ("Yıldız", "Emre"),
              ("Søgaard", "Henrik"), ("Nakagawa", "Ken"), ("Fitzgerald", "Orla")]  # fmt: skip

# Organisations as they are written as authors, with tags saying what makes them hard.
_HEALTH_BODIES = [
    ("NHS England", {"nhs"}), ("NHS England and NHS Improvement", {"nhs"}), ("NHS Digital", {"nhs"}),
    ("NHS", {"nhs", "acronym"}), ("NHS Inform", {"nhs"}), ("NHS Employers", {"nhs"}),
    ("NHS Confederation", {"nhs"}), ("NHS Providers", {"nhs"}), ("NHS Business Services Authority", {"nhs"}),
    ("UK Health Security Agency", {"government"}), ("UKHSA", {"government", "acronym"}),
    ("Office for Health Improvement and Disparities", {"government"}),
    ("Office for Health Improvement & Disparities (OHID)", {"government", "ampersand", "abbreviation"}),
    ("Public Health England", {"government"}), ("Department of Health and Social Care", {"government"}),
    ("Department of Health & Social Care", {"government", "ampersand"}),
    ("National Institute for Health and Care Excellence", {"government"}),
    ("National Institute for Health and Care Excellence (NICE)", {"government", "abbreviation"}),
    ("NICE", {"government", "acronym"}), ("Medicines and Healthcare products Regulatory Agency", {"government"}),
    ("MHRA", {"government", "acronym"}), ("Care Quality Commission", {"government"}),
    ("Public Health Scotland", {"government"}), ("Public Health Wales", {"government"}),
    ("Public Health Agency", {"government"}), ("Healthwatch England", {"government"}),
    ("World Health Organization", {"international"}), ("WHO", {"international", "acronym"}),
    ("WHO Regional Office for Europe", {"international"}), ("UNICEF", {"international", "acronym"}),
]  # fmt: skip
_THINK_TANKS = [
    ("The King's Fund", {"think-tank", "apostrophe"}), ("King's Fund", {"think-tank", "apostrophe"}),
    ("Nuffield Trust", {"think-tank"}), ("The Health Foundation", {"think-tank"}), ("Health Foundation", {"think-tank"}),
    ("Ipsos", {"market-research"}), ("Ipsos MORI", {"market-research"}), ("YouGov", {"market-research"}),
    ("Kantar Public", {"market-research"}), ("Institute for Fiscal Studies", {"think-tank"}),
    ("National Social Marketing Centre", {"think-tank"}), ("The Behavioural Insights Team", {"think-tank"}),
    ("Local Government Association", {"government"}), ("Royal College of Nursing", {"professional"}),
    ("Royal College of General Practitioners (RCGP)", {"professional", "abbreviation"}),
    ("Royal Pharmaceutical Society", {"professional"}), ("British Medical Association", {"professional"}),
    ("Chartered Institute of Marketing", {"professional"}), ("CIM", {"professional", "acronym"}),
]  # fmt: skip
_CHARITIES = [
    ("Macmillan Cancer Support", {"charity"}), ("Cancer Research UK", {"charity"}), ("Diabetes UK", {"charity"}),
    ("British Heart Foundation", {"charity"}), ("Mind", {"charity"}), ("Alzheimer's Society", {"charity", "apostrophe"}),
    ("Marie Curie", {"charity"}), ("Terrence Higgins Trust", {"charity"}), ("Asthma + Lung UK", {"charity", "punctuation"}),
    ("Jo's Cervical Cancer Trust", {"charity", "apostrophe"}), ("Age UK", {"charity"}), ("Versus Arthritis", {"charity"}),
    ("Samaritans", {"charity"}), ("Prostate Cancer UK", {"charity"}), ("Stroke Association", {"charity"}),
    ("Bowel Cancer UK", {"charity"}), ("Breast Cancer Now", {"charity"}), ("Parkinson's UK", {"charity", "apostrophe"}),
]  # fmt: skip
_COMPANIES = [
    ("AstraZeneca PLC", {"company"}), ("AstraZeneca", {"company"}), ("GSK plc", {"company"}), ("GSK", {"company", "acronym"}),
    ("Pfizer Ltd", {"company"}), ("Pfizer", {"company"}), ("Novo Nordisk", {"company"}), ("Sanofi", {"company"}),
    ("Smith & Nephew plc", {"company", "ampersand"}), ("Johnson & Johnson", {"company", "ampersand"}),
    ("Reckitt Benckiser Group plc", {"company"}), ("Haleon plc", {"company"}), ("Roche Products Ltd", {"company"}),
    ("Boots UK Ltd", {"company"}), ("Moderna", {"company"}), ("Bayer plc", {"company"}), ("Medtronic", {"company"}),
    ("Association of the British Pharmaceutical Industry", {"trade-body"}),
    ("Association of the British Pharmaceutical Industry (ABPI)", {"trade-body", "abbreviation"}),
    ("ABPI", {"trade-body", "acronym"}), ("Prescription Medicines Code of Practice Authority", {"trade-body"}),
    ("PMCPA", {"trade-body", "acronym"}), ("Association of British HealthTech Industries (ABHI)", {"trade-body", "abbreviation"}),
    ("IQVIA", {"market-research", "acronym"}), ("Evaluate Ltd", {"market-research"}),
]  # fmt: skip
_LOCAL = [
    ("Birmingham City Council", {"council"}), ("Leeds City Council", {"council"}), ("Bristol City Council", {"council"}),
    ("London Borough of Tower Hamlets", {"council"}), ("Royal Borough of Greenwich", {"council"}),
    ("Cardiff Council", {"council"}), ("Glasgow City Council", {"council"}), ("Kent County Council", {"council"}),
    ("Manchester University NHS Foundation Trust", {"trust"}), ("Guy's and St Thomas' NHS Foundation Trust", {"trust", "apostrophe"}),
    ("Leeds Teaching Hospitals NHS Trust", {"trust"}), ("Barts Health NHS Trust", {"trust"}),
    ("Sheffield Teaching Hospitals NHS Foundation Trust", {"trust"}), ("Betsi Cadwaladr University Health Board", {"trust"}),
    ("NHS Greater Manchester Integrated Care", {"icb"}), ("NHS North East London", {"icb"}),
    ("NHS Birmingham and Solihull ICB", {"icb", "acronym"}), ("NHS Kent & Medway", {"icb", "ampersand"}),
    ("Birmingham and Solihull Integrated Care Board", {"icb"}), ("Lancashire & South Cumbria Integrated Care Board", {"icb", "ampersand"}),
]  # fmt: skip
_GOVERNMENT = [
    ("Department of Health and Social Care", {"government"}), ("Cabinet Office", {"government"}),
    ("HM Government", {"government"}), ("HM Treasury", {"government"}), ("House of Commons Library", {"government"}),
    ("House of Commons Health and Social Care Committee", {"government"}), ("National Audit Office", {"government"}),
    ("Office for National Statistics", {"government"}), ("ONS", {"government", "acronym"}),
    ("Scottish Government", {"government"}), ("Welsh Government", {"government"}),
    ("Department of Health (Northern Ireland)", {"government"}), ("Government Communication Service", {"government"}),
    ("Advertising Standards Authority", {"government"}), ("Committee of Advertising Practice", {"government"}),
]  # fmt: skip

_TOPICS = ["bowel cancer screening", "cervical screening", "breast screening", "childhood vaccination", "MMR uptake",
           "flu vaccination", "COVID-19 boosters", "HPV vaccination", "smoking cessation", "vaping among young people",
           "alcohol harm", "physical activity", "healthy weight", "type 2 diabetes prevention", "NHS Health Checks",
           "sexual health", "antibiotic resistance", "blood donation", "organ donation", "mental health stigma",
           "self-referral to talking therapies", "patient information leaflets", "health literacy", "digital inclusion",
           "the NHS App", "pharmacy first", "winter pressures", "A&E attendances", "GP access", "maternity services",
           "staff recruitment", "international nurse recruitment", "health inequalities", "Core20PLUS5",
           "social prescribing", "lung health checks", "prostate cancer awareness", "stroke awareness",
           "dementia diagnosis", "pharmaceutical brand building", "HCP engagement", "medical device adoption",
           "clinical trial recruitment", "patient support programmes", "biosimilar switching"]  # fmt: skip
_AUDIENCES = ["ethnic minority communities", "young men", "older adults", "pregnant women", "carers",
              "South Asian communities", "Black African and Caribbean communities", "Eastern European communities",
              "people with learning disabilities", "low-income households", "rural residents", "NHS staff",
              "GPs and practice nurses", "community pharmacists", "secondary school pupils"]  # fmt: skip
_PLACES = ["England", "the UK", "London", "Greater Manchester", "Wales", "Scotland", "Birmingham", "the North East",
           "Northern Ireland", "Europe", "low- and middle-income countries", "primary care"]  # fmt: skip
_BOOK_TITLES = ["Social marketing: changing behaviours for good", "Health communication: from theory to practice",
                "Marketing in the public sector", "Strategic healthcare marketing", "Social marketing and public health",
                "Pharmaceutical marketing: principles, environment and practice", "Public sector marketing",
                "Behaviour change: a guide for practitioners", "Marketing health services", "Healthcare brand management",
                "Principles of health communication", "Nudge in public health", "The NHS: a very short introduction",
                "Marketing medical devices", "Patient-centred communication", "Communicating risk in health care",
                "Public relations in the health sector", "Digital health marketing", "Understanding the NHS",
                "Marketing for charities and non-profits"]  # fmt: skip
_JOURNALS = ["BMJ", "BMJ Open", "The Lancet", "The Lancet Public Health", "Journal of Social Marketing",
             "Social Marketing Quarterly", "Health Education Journal", "Journal of Public Health",
             "Vaccine", "Health Expectations", "Patient Education and Counseling", "British Journal of General Practice",
             "Journal of Health Communication", "Health Marketing Quarterly", "International Journal of Pharmaceutical and Healthcare Marketing",
             "Public Health", "BMC Public Health", "Journal of Nonprofit & Public Sector Marketing", "Health Policy",
             "Journal of Medical Internet Research"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Sage", "London"), ("Oxford University Press", "Oxford"),
               ("Open University Press", "Maidenhead"), ("Palgrave Macmillan", "London"), ("Kogan Page", "London"),
               ("Wiley-Blackwell", "Chichester"), ("Policy Press", "Bristol"), ("Elsevier", "Edinburgh"),
               ("Pearson", "Harlow"), ("McGraw-Hill Education", "Maidenhead")]  # fmt: skip
_NEWS = ["BBC News", "The Guardian", "The Independent", "Health Service Journal", "Nursing Times", "Pulse",
         "PharmaTimes", "PMLiVE", "Manchester Evening News", "Birmingham Mail", "The Times", "i News",
         "Pharmaceutical Journal", "Local Government Chronicle", "PRWeek", "Campaign"]  # fmt: skip
_PODCASTS = [("The King's Fund podcast", "The King's Fund"), ("Nuffield Trust Health Check", "Nuffield Trust"),
             ("NHS Confed Podcast", "NHS Confederation"), ("The Health Foundation podcast", "The Health Foundation"),
             ("BMJ Talk Medicine", "BMJ"), ("Behavioural Science for Health", "The Behavioural Insights Team")]  # fmt: skip
_SOCIAL = [("X", "NHSEngland"), ("Instagram", "nhs"), ("LinkedIn", "UKHSA"), ("TikTok", "nhsblood"),
           ("Facebook", "Macmillan Cancer Support"), ("X", "DHSCgovuk"), ("YouTube", "NHS"), ("Instagram", "cancerresearchuk")]  # fmt: skip
_ACTS = [("Health and Social Care Act 2012", 2012), ("Health and Care Act 2022", 2022), ("Equality Act 2010", 2010),
         ("Public Health (Control of Disease) Act 1984", 1984), ("Medicines Act 1968", 1968), ("Mental Health Act 1983", 1983),
         ("Data Protection Act 2018", 2018), ("Tobacco and Related Products Regulations 2016", 2016),
         ("Human Medicines Regulations 2012", 2012), ("Medical Devices Regulations 2002", 2002),
         ("Care Act 2014", 2014), ("Coronavirus Act 2020", 2020), ("Organ Donation (Deemed Consent) Act 2019", 2019),
         ("Human Tissue (Authorisation) (Scotland) Act 2019", 2019), ("Local Government Act 1972", 1972),
         ("National Health Service Act 2006", 2006), ("Health Protection (Notification) Regulations 2010", 2010)]  # fmt: skip
_NHS_PAGES = ["Bowel cancer screening", "Cervical screening", "Flu vaccine", "MMR (measles, mumps and rubella) vaccine",
              "Quit smoking", "NHS Health Check", "Type 2 diabetes", "Check if you have measles", "HPV vaccine",
              "Blood donation: who can give blood", "Talking therapies", "Pharmacy First: what your pharmacist can help with",
              "Breast screening (mammogram)", "Lung health checks", "Stroke: symptoms", "How to register with a GP surgery",
              "Childhood vaccinations", "Shingles vaccine", "RSV vaccine", "Chlamydia"]  # fmt: skip


class Blind31WorkFactory(WorkFactory):
    """The blind31 pool's works: healthcare, public-sector and pharma sources, invented authors from the NHS workforce's
    cultures, real organisations (NHS bodies, regulators, think tanks, charities, councils, trusts, ICBs, pharma
    companies), Acts and regulations, undated NHS pages, news, podcasts and social posts."""

    KINDS = ("book", "chapter", "journal", "report", "web", "nhs-web", "government", "guidance", "legislation",
             "committee-paper", "news", "trade-press", "podcast", "social", "market-research", "trial")  # fmt: skip
    _WEIGHTS = (10, 5, 22, 10, 7, 7, 7, 6, 2, 4, 6, 4, 2, 2, 3, 3)

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 31031)
        self.people: list[tuple[list[dict[str, str]], int]] = []  # (authors, year) already made, for same-year twins

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.07:
            particle, family, given = self.rng.choice(_PARTICLED)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        culture = self.rng.choice(_CULTURES)
        if culture == "elsewhere":
            family, given = self.rng.choice(_ELSEWHERE)
            return {"family": family, "given": given}
        families, givens = _NAMES[culture]
        return {"family": self.rng.choice(families), "given": self.rng.choice(givens)}

    def _people(self, most: int) -> list[dict[str, str]]:
        weights = [30, 22, 15, 10, 8, 6, 5, 4][:most]
        count = self.rng.choices(range(1, most + 1), weights=weights)[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            person = self.person()
            if all(p["family"] != person["family"] for p in people):
                people.append(person)
        return people

    def organisation(self) -> tuple[str, set[str]]:
        group = self.rng.choices([_HEALTH_BODIES, _THINK_TANKS, _CHARITIES, _COMPANIES, _LOCAL], weights=[30, 20, 18, 17, 15])[0]  # fmt: skip
        name, tags = self.rng.choice(group)
        return name, set(tags)

    # ------------------------------------------------------------------ dates, addresses, titles
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1986, 2004)  # the classics: Kotler and Zaltman's heirs, Acheson, Black
        return self.rng.randint(2010, 2024)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        first = max(issued[0] if issued else 2022, 2022)
        year = self.rng.randint(first, 2025)
        month = self.rng.randint(1, 12)
        if issued and year == issued[0] and len(issued) > 1:
            year = issued[0] + 1 if issued[0] < 2025 else year
        return {"date-parts": [[year, month, self.rng.randint(1, 28)]]}

    def _slug(self, title: str) -> str:
        keep = "".join(ch if ch.isalnum() else "-" for ch in title.lower() if ch.isascii())
        return "-".join(part for part in keep.split("-") if part)[:60]

    def _title(self) -> str:
        topic, audience, place = self.rng.choice(_TOPICS), self.rng.choice(_AUDIENCES), self.rng.choice(_PLACES)
        forms = [
            f"Barriers to {topic} among {audience}: a qualitative study",
            f"Improving {topic} in {place}: a social marketing approach",
            f"{topic[0].upper()}{topic[1:]} and {audience} in {place}",
            f"What works in {topic}? A systematic review",
            f"Evaluating a text-message intervention to increase {topic}",
            f"Trust, misinformation and {topic} among {audience}",
            f"Co-designing {topic} messages with {audience}",
            f"The effect of GP invitation letters on {topic}: a randomised controlled trial",
            f"{topic[0].upper()}{topic[1:]} in {place}, {self.rng.randint(2015, 2024)} to {self.rng.randint(2025, 2030)}",
            f"Segmenting {audience} for {topic}: a cluster analysis",
            f"Message framing and {topic}",
            f"Inequalities in {topic} in {place}",
        ]
        return self.rng.choice(forms)

    def _dated(self, record: dict[str, Any], issued: list[int]) -> None:
        record["issued"] = {"date-parts": [issued]}

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(self.KINDS, weights=self._WEIGHTS)[0]
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        work.kind = kind
        return work

    def _authors_and_year(self, most: int) -> tuple[list[dict[str, str]], int]:
        """Now and then an author (or team) already met, in the same year: two works of one year."""
        if self.people and self.rng.random() < 0.08:
            authors, year = self.rng.choice(self.people)
            return [dict(a) for a in authors], year
        authors, year = self._people(most), self.year()
        self.people.append((authors, year))
        return authors, year

    def _book(self) -> Work:
        authors, year = self._authors_and_year(4)
        publisher, place = self.rng.choice(_PUBLISHERS)
        title = self.rng.choice(_BOOK_TITLES) if self.rng.random() < 0.6 else self._title()
        record: dict[str, Any] = {"type": "book", "title": title, "author": authors, "issued": {"date-parts": [[year]]},
                                  "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 6))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        authors, year = self._authors_and_year(3)
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": authors,
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(_BOOK_TITLES), "issued": {"date-parts": [[year]]},
            "publisher": publisher, "publisher-place": place, "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        authors, year = self._authors_and_year(8)
        start = self.rng.randint(1, 1200)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": authors,
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[year]]},
            "volume": str(self.rng.randint(3, 400)), "page": f"{start}-{start + self.rng.randint(5, 16)}",
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["issue"] = str(self.rng.randint(1, 12))
        if self.rng.random() < 0.5:
            record["DOI"] = f"10.{self.rng.choice([1136, 1016, 1093, 1108, 1186, 2196])}/{self.rng.randint(100000, 999999)}"  # fmt: skip
        elif self.rng.random() < 0.4:
            record["URL"] = f"https://www.bmj.com/content/{self.rng.randint(300, 389)}/bmj-{year}-{self.rng.randint(10000, 99999)}"  # fmt: skip
            record["accessed"] = self._accessed_after([year])
        return self._person_work(record, "journal")

    def _trial(self) -> Work:
        """A clinical-trial paper: phase and acronym in the title, often many authors."""
        authors, year = self._authors_and_year(8)
        drug = self.rng.choice(["semaglutide", "tirzepatide", "nirsevimab", "inclisiran", "dapagliflozin", "a bivalent RSV vaccine",
                                "an HPV self-sampling kit", "a continuous glucose monitor", "varenicline", "cytisine"])  # fmt: skip
        phase = self.rng.choice(["phase 2", "phase 3", "phase 3b", "phase 4", "pragmatic", "cluster randomised"])
        record: dict[str, Any] = {
            "type": "article-journal", "title": f"Efficacy and safety of {drug} in {self.rng.choice(_AUDIENCES)}: a {phase} trial",
            "author": authors, "container-title": self.rng.choice(["The Lancet", "New England Journal of Medicine", "BMJ", "Vaccine", "Diabetes Care"]),
            "issued": {"date-parts": [[year]]}, "volume": str(self.rng.randint(20, 402)),
            "page": f"{(p := self.rng.randint(1, 2400))}-{p + self.rng.randint(8, 14)}",
            "DOI": f"10.{self.rng.choice([1016, 1056, 2337])}/{self.rng.randint(1000000, 9999999)}",
        }  # fmt: skip
        return self._person_work(record, "trial")

    def _report(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        title = self.rng.choice([self._title(), f"Annual report and accounts {year - 1}/{str(year)[2:]}",
                                 f"{self.rng.choice(_TOPICS).capitalize()}: insight report",
                                 f"Public attitudes to {self.rng.choice(_TOPICS)}",
                                 f"Communications and engagement strategy {year}-{year + 3}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0], "publisher-place": "London"}  # fmt: skip
        if self.rng.random() < 0.65:
            record["URL"] = f"https://www.{self._slug(name)[:24].strip('-')}.org.uk/reports/{self._slug(title)}"
            record["accessed"] = self._accessed_after([year])
        if self.rng.random() < 0.12:  # an undated report
            record.pop("issued")
        return self._org_work(record, "report", name, tags)

    def _web(self) -> Work:
        """A web page by an organisation or a named person (a blog on a trust's or charity's site)."""
        title = self._title() if self.rng.random() < 0.6 else f"{self.rng.choice(_TOPICS).capitalize()}: what you need to know"  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": title}
        dated = self.rng.random() < 0.7
        issued = [self.year()] if dated else None
        if dated and self.rng.random() < 0.4:
            issued = [issued[0], self.rng.randint(1, 12), self.rng.randint(1, 28)]
        if issued:
            record["issued"] = {"date-parts": [issued]}
        if self.rng.random() < 0.85:
            record["accessed"] = self._accessed_after(issued)
        if self.rng.random() < 0.3:
            site = self.rng.choice(["kingsfund.org.uk", "nuffieldtrust.org.uk", "health.org.uk", "england.nhs.uk", "local.gov.uk"])  # fmt: skip
            record["URL"] = f"https://www.{site}/blog/{self._slug(title)}"
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        site = self._slug(name.split(" (")[0]).replace("-", "")[:22]
        record["URL"] = f"https://www.{site}.org.uk/{self.rng.choice(['news', 'insight', 'about-us', 'get-involved'])}/{self._slug(title)}"  # fmt: skip
        return self._org_work(record, "web", name, tags)

    def _nhs_web(self) -> Work:
        """An NHS or GOV.UK page with no date, as the writers usually cite it."""
        title = self.rng.choice(_NHS_PAGES)
        name = self.rng.choice(["NHS", "NHS", "NHS Inform", "NHS England", "NHS Blood and Transplant", "UKHSA", "NHS 111 Wales"])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": title, "URL": f"https://www.nhs.uk/conditions/{self._slug(title)}/"}  # fmt: skip
        if self.rng.random() < 0.85:
            record["accessed"] = self._accessed_after(None)
        if self.rng.random() < 0.2:
            record["issued"] = {"date-parts": [[self.rng.randint(2019, 2024)]]}
        return self._org_work(record, "web", name, {"nhs", "undated"} if "issued" not in record else {"nhs"})

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT + _HEALTH_BODIES[:22])
        year = self.year()
        title = self.rng.choice([self._title(), f"Fingertips: public health profiles, {self.rng.choice(_TOPICS)}",
                                 f"{self.rng.choice(_TOPICS).capitalize()}: official statistics {year}",
                                 "NHS Long Term Plan", "Major conditions strategy: case for change",
                                 f"Government response to the consultation on {self.rng.choice(_TOPICS)}"])  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": title,
                                  "issued": {"date-parts": [[year]]},
                                  "URL": f"https://www.gov.uk/government/publications/{self._slug(title)}"}  # fmt: skip
        if self.rng.random() < 0.9:
            record["accessed"] = self._accessed_after([year])
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, set(tags) | {"government"})  # fmt: skip

    def _guidance(self) -> Work:
        """NICE guidance with its code, MHRA and PMCPA guidance, WHO guidelines."""
        year = self.year()
        name, code = self.rng.choice([("National Institute for Health and Care Excellence", "NG"), ("NICE", "PH"),
                                      ("National Institute for Health and Care Excellence (NICE)", "QS"), ("NICE", "TA"),
                                      ("MHRA", None), ("PMCPA", None), ("World Health Organization", None),
                                      ("UKHSA", None)])  # fmt: skip
        topic = self.rng.choice(_TOPICS)
        if code:
            title = f"{topic[0].upper()}{topic[1:]} ({code}{self.rng.randint(2, 240)})"
        else:
            title = self.rng.choice([f"Guidance on {topic}", f"Code of practice: {topic}", f"Immunisation against infectious disease: {topic}",
                                     f"{topic[0].upper()}{topic[1:]}: guideline"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0],
                                  "URL": f"https://www.nice.org.uk/guidance/{self._slug(title)}"}  # fmt: skip
        if self.rng.random() < 0.85:
            record["accessed"] = self._accessed_after([year])
        return self._org_work(record, "report", name, {"guidance"})

    def _legislation(self) -> Work:
        title, year = self.rng.choice(_ACTS)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}, "id": self._id(),
                                  "URL": f"https://www.legislation.gov.uk/ukpga/{year}/{self.rng.randint(1, 60)}/contents",
                                  "accessed": self._accessed_after([year])}  # fmt: skip
        return Work(record, title, str(year), True, 1, "legislation", {"legislation", "organisation"})

    def _committee_paper(self) -> Work:
        """A council, health and wellbeing board or ICB board paper."""
        name, tags = self.rng.choice(_LOCAL)
        year = self.year()
        title = self.rng.choice([f"Health and Wellbeing Board: {self.rng.choice(_TOPICS)} update",
                                 f"Report to Cabinet: {self.rng.choice(_TOPICS)}", f"Board papers, {self.rng.choice(['January', 'March', 'July', 'November'])} {year}",
                                 f"Director of Public Health annual report {year}", f"Joint strategic needs assessment: {self.rng.choice(_TOPICS)}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]}, "publisher": name}  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = f"https://democracy.{self._slug(name)[:18].strip('-')}.gov.uk/documents/{self._slug(title)}.pdf"  # fmt: skip
            record["accessed"] = self._accessed_after([year])
        return self._org_work(record, "report", name, tags | {"committee"})

    def _news(self) -> Work:
        year = self.year()
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        outlet = self.rng.choice(_NEWS[:4] + _NEWS[8:12])
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": self._title() if self.rng.random() < 0.5 else f"Figures show fall in {self.rng.choice(_TOPICS)}",
            "container-title": outlet, "issued": {"date-parts": [issued]},
            "URL": f"https://www.{self._slug(outlet)}.co.uk/news/{self._slug(self.rng.choice(_TOPICS))}-{self.rng.randint(1000, 9999)}",
            "accessed": self._accessed_after(issued),
        }  # fmt: skip
        if self.rng.random() < 0.8:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", outlet, {"press"})

    def _trade_press(self) -> Work:
        year = self.year()
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        outlet = self.rng.choice(["Health Service Journal", "Nursing Times", "Pulse", "PharmaTimes", "PMLiVE",
                                  "Pharmaceutical Journal", "PRWeek", "Campaign", "Local Government Chronicle"])  # fmt: skip
        record: dict[str, Any] = {
            "type": "article-magazine", "title": self._title(), "container-title": outlet, "issued": {"date-parts": [issued]},
            "URL": f"https://www.{self._slug(outlet)}.com/{self._slug(self.rng.choice(_TOPICS))}", "accessed": self._accessed_after(issued),
        }  # fmt: skip
        record["author"] = self._people(2)
        return self._person_work(record, "trade-press")

    def _podcast(self) -> Work:
        show, host = self.rng.choice(_PODCASTS)
        year = self.year() if self.rng.random() < 0.9 else 2023
        issued = [max(year, 2016), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {
            "type": "webpage", "title": f"{show}, episode {self.rng.randint(1, 180)}: {self.rng.choice(_TOPICS)}",
            "issued": {"date-parts": [issued]}, "URL": f"https://podcasts.apple.com/gb/podcast/{self._slug(show)}",
            "accessed": self._accessed_after(issued),
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["author"] = self._people(2)
            return self._person_work(record, "podcast")
        return self._org_work(record, "podcast", host, {"podcast"})

    def _social(self) -> Work:
        platform, handle = self.rng.choice(_SOCIAL)
        year = self.rng.randint(2018, 2024)
        issued = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        name = {"NHSEngland": "NHS England", "nhs": "NHS", "UKHSA": "UKHSA", "nhsblood": "NHS Blood and Transplant",
                "DHSCgovuk": "Department of Health and Social Care", "NHS": "NHS", "cancerresearchuk": "Cancer Research UK"}.get(handle, handle)  # fmt: skip
        record: dict[str, Any] = {
            "type": "webpage", "title": f"{self.rng.choice(_TOPICS).capitalize()} [{platform} post]",
            "issued": {"date-parts": [issued]}, "URL": f"https://www.{platform.lower()}.com/{handle}",
            "accessed": self._accessed_after(issued),
        }  # fmt: skip
        return self._org_work(record, "social", name, {"social"})

    def _market_research(self) -> Work:
        name = self.rng.choice(["Ipsos", "Ipsos MORI", "YouGov", "IQVIA", "Kantar Public", "Mintel", "Evaluate Ltd"])
        year = self.year()
        title = self.rng.choice([f"Public perceptions of the NHS: wave {self.rng.randint(1, 40)}",
                                 f"Attitudes to {self.rng.choice(_TOPICS)} among {self.rng.choice(_AUDIENCES)}",
                                 f"Global use of medicines {year}", f"UK pharmaceutical market outlook to {year + 5}",
                                 f"Vaccine confidence tracker {year}"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]}, "publisher": name,
                                  "publisher-place": "London"}  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = f"https://www.{self._slug(name)}.com/en-uk/{self._slug(title)}"
            record["accessed"] = self._accessed_after([year])
        return self._org_work(record, "report", name, {"market-research"})
