"""The blind232 pool's works: what marketers at insurers, Lloyd's syndicates, brokers, price-comparison sites, pension
providers, platforms and wealth managers in the UK, Ireland, Germany, France, Switzerland and Bermuda cite in CIM
Level 6 and 7 reports and MBA assignments.

Textbooks (Routledge, Kogan Page, Pearson, the CII's study texts), chapters, journal articles with one to eight
authors and DOIs (Journal of Financial Services Marketing, International Journal of Bank Marketing, The Geneva Papers
on Risk and Insurance...), theses, conference papers, working papers, regulators and public bodies (two works of one
body in a year now and then), their rules and policy statements, trade bodies, company pages, annual reports and
investor decks, market research with years, the trade and national press signed and unsigned, social posts, videos,
podcasts and undated pages. Names as their owners print them: British double-barrelled names, Irish names with Ó,
Ní and Mac, German names with von and umlauts, French names with de and d', Swiss names with umlauts.
Written without reading the checker, its tests or any other pool.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_LOCALES = ["en_GB", "en_GB", "en_GB", "en_GB", "en_IE", "de_DE", "de_CH", "fr_FR", "fr_CH", "en_US"]
# Irish names as Irish scholars print them, with their fadas.
_IRISH = [("Ó Súilleabháin", "Siobhán"), ("Ó Briain", "Cathal"), ("Ní Bhriain", "Aoife"), ("Mac Cárthaigh", "Dónal"),
          ("Ó Ceallaigh", "Pádraig"), ("Ní Dhomhnaill", "Gráinne"), ("Mac Giolla Phádraig", "Eoin"),
          ("O'Sullivan", "Niamh"), ("MacNamara", "Ciarán"), ("McGuinness", "Orla"), ("Ó Gráda", "Cormac"),
          ("Nic Giolla", "Róisín"), ("Ó Murchú", "Seán"), ("Fitzgerald", "Aisling"), ("O'Driscoll", "Declan")]  # fmt: skip
# German, French and Swiss names with their particles, kept apart as reference managers keep them.
_PARTICLES = [("von", "Weizsäcker", "Katharina"), ("von", "Bülow", "Maximilian"), ("von", "der Schulenburg", "J.-Matthias"),
              ("de", "Castries", "Henri"), ("de", "La Rochefoucauld", "Amélie"), ("de", "Montalembert", "Bertrand"),
              ("van", "Rijn", "Pieter"), ("von", "Gunten", "Reto"), ("du", "Plessis", "Margaux")]  # fmt: skip
# Names printed with an elided particle as part of the surname.
_ELIDED = [("d'Aumale", "Chloé"), ("d'Estienne", "Laurent"), ("d'Arcy", "Fiona")]
_SWISS = [("Zürcher", "Beat"), ("Gähwiler", "Ursula"), ("Bührer", "Andreas"), ("Schläpfer", "Corinne"),
          ("Nüesch", "Martin"), ("Hürlimann", "Regula"), ("Wüthrich", "Lukas"), ("Möckli", "Sandra")]  # fmt: skip
_GERMAN = [("Müller", "Jürgen"), ("Schröder", "Anja"), ("Weiß", "Tobias"), ("Götz", "Henrike"), ("Kühn", "Florian"),
           ("Eßer", "Lena"), ("Schäfer", "Matthias"), ("Löffler", "Birgit")]  # fmt: skip
_FRENCH = [("Lefèvre", "Hélène"), ("Béranger", "Étienne"), ("Gaudé", "Inès"), ("Ménard", "Thibault"),
           ("Rousseau", "Céline"), ("Pérez", "Noémie")]  # fmt: skip
_ELSEWHERE = [("Zhang", "Wei"), ("Li", "Na"), ("Chen", "Jing"), ("Kumar", "Anil"), ("Patel", "Priya"),
              ("Shah", "Ritesh"), ("Adeyemi", "Folake"), ("Okonkwo", "Chidi"), ("Papadopoulos", "Nikos"),
              ("Nguyen", "Thi Lan"), ("Ahmed", "Sana"), ("Kowalczyk", "Agnieszka"), ("Rossi", "Giulia")]  # fmt: skip

# Who candidates cite when no person is named, as the body prints itself (one form per report), with tags.
_BODIES: list[tuple[tuple[str, ...], set[str]]] = [
    (("Financial Conduct Authority", "Financial Conduct Authority (FCA)", "FCA"), {"government", "regulator"}),
    (("Prudential Regulation Authority", "Prudential Regulation Authority (PRA)", "Bank of England"), {"government", "regulator"}),
    (("The Pensions Regulator", "The Pensions Regulator (TPR)"), {"government", "regulator"}),
    (("Financial Ombudsman Service", "Financial Ombudsman Service (FOS)"), {"government"}),
    (("Money and Pensions Service", "Money and Pensions Service (MaPS)", "MoneyHelper"), {"government"}),
    (("HM Treasury",), {"government"}),
    (("Department for Work and Pensions", "Department for Work & Pensions"), {"government", "ampersand"}),
    (("Central Bank of Ireland",), {"government", "regulator"}),
    (("Bundesanstalt für Finanzdienstleistungsaufsicht (BaFin)", "BaFin"), {"government", "regulator"}),
    (("European Insurance and Occupational Pensions Authority (EIOPA)", "EIOPA"), {"government", "regulator"}),
    (("Office for National Statistics", "ONS"), {"government"}),
    (("Competition and Markets Authority", "Competition and Markets Authority (CMA)"), {"government"}),
]  # fmt: skip
_DOMAINS = {"Financial Conduct Authority": "fca.org.uk", "Prudential Regulation Authority": "bankofengland.co.uk",
            "The Pensions Regulator": "thepensionsregulator.gov.uk", "Financial Ombudsman Service": "financial-ombudsman.org.uk",
            "Money and Pensions Service": "moneyhelper.org.uk", "HM Treasury": "gov.uk", "Department for Work and Pensions": "gov.uk",
            "Central Bank of Ireland": "centralbank.ie", "Bundesanstalt für Finanzdienstleistungsaufsicht (BaFin)": "bafin.de",
            "European Insurance and Occupational Pensions Authority (EIOPA)": "eiopa.europa.eu", "Office for National Statistics": "ons.gov.uk",
            "Competition and Markets Authority": "gov.uk", "Association of British Insurers": "abi.org.uk",
            "Chartered Insurance Institute": "cii.co.uk", "Personal Finance Society": "thepfs.org", "Lloyd's Market Association": "lmalloyds.com",
            "British Insurance Brokers' Association (BIBA)": "biba.org.uk", "Pensions and Lifetime Savings Association (PLSA)": "plsa.co.uk",
            "Insurance Ireland": "insuranceireland.eu", "Gesamtverband der Deutschen Versicherungswirtschaft (GDV)": "gdv.de",
            "France Assureurs": "franceassureurs.fr", "Swiss Insurance Association (SIA)": "svv.ch", "Bermuda Monetary Authority": "bma.bm",
            "Chartered Institute of Marketing": "cim.co.uk", "Pensions Policy Institute": "pensionspolicyinstitute.org.uk",
            "Which?": "which.co.uk", "Fairer Finance": "fairerfinance.com"}  # fmt: skip
# What each trade body publishes; others publish the general titles.
_BODY_TITLES = {"Association of British Insurers": ["UK insurance and long-term savings: key facts {y}", "Insurance fraud: annual figures {y}",
                                                    "Mind the gap: the protection gap in {y}", "Motor insurance premium tracker Q{q} {y}"],
                "Chartered Insurance Institute": ["Code of Ethics", "Public trust in insurance {y}", "Insurance broking fundamentals: members' guide"],
                "Personal Finance Society": ["The future of the profession: {y} member survey", "Good practice guide: client communications"],
                "Lloyd's Market Association": ["Lloyd's market guide to the Consumer Duty", "Market bulletin: product governance {y}"],
                "British Insurance Brokers' Association (BIBA)": ["Insurance broking: the value of advice", "BIBA manifesto {y}"],
                "Pensions and Lifetime Savings Association (PLSA)": ["Retirement Living Standards {y}", "Hitting the target: a vision for retirement income adequacy"],
                "Chartered Institute of Marketing": ["Marketing trends {y}", "Code of professional standards"],
                "Which?": ["Which? Recommended Providers {y}: home insurance", "Home insurance claims satisfaction survey {y}"],
                "Fairer Finance": ["Fairer Finance Ratings {y}: home and motor", "Clarity ratings: insurance documents {y}"]}  # fmt: skip
_TRADE_BODIES: list[tuple[tuple[str, ...], set[str]]] = [
    (("Association of British Insurers", "Association of British Insurers (ABI)", "ABI"), {"trade-body"}),
    (("Chartered Insurance Institute", "Chartered Insurance Institute (CII)", "The Chartered Insurance Institute"), {"trade-body"}),
    (("Personal Finance Society", "Personal Finance Society (PFS)"), {"trade-body"}),
    (("Lloyd's Market Association", "Lloyd's Market Association (LMA)"), {"trade-body", "apostrophe"}),
    (("British Insurance Brokers' Association (BIBA)", "BIBA"), {"trade-body", "apostrophe"}),
    (("Pensions and Lifetime Savings Association (PLSA)", "Pensions and Lifetime Savings Association"), {"trade-body"}),
    (("Insurance Ireland",), {"trade-body"}),
    (("Gesamtverband der Deutschen Versicherungswirtschaft (GDV)", "GDV"), {"trade-body"}),
    (("France Assureurs",), {"trade-body"}),
    (("Swiss Insurance Association (SIA)", "Schweizerischer Versicherungsverband"), {"trade-body"}),
    (("Bermuda Monetary Authority",), {"government", "regulator"}),
    (("Chartered Institute of Marketing", "The Chartered Institute of Marketing (CIM)"), {"trade-body"}),
    (("Pensions Policy Institute", "Pensions Policy Institute (PPI)"), {"trade-body"}),
    (("Which?",), {"trade-body", "punctuation"}),
    (("Fairer Finance",), {"company"}),
]  # fmt: skip
_COMPANIES: list[tuple[tuple[str, ...], set[str], str]] = [
    (("Aviva plc", "Aviva"), {"company"}, "aviva.com"),
    (("Legal & General Group Plc", "Legal & General"), {"company", "ampersand"}, "legalandgeneralgroup.com"),
    (("Prudential plc",), {"company"}, "prudentialplc.com"),
    (("Phoenix Group Holdings plc", "Phoenix Group"), {"company"}, "thephoenixgroup.com"),
    (("Direct Line Insurance Group plc", "Direct Line Group"), {"company"}, "directlinegroup.co.uk"),
    (("Admiral Group plc",), {"company"}, "admiralgroup.co.uk"),
    (("Hiscox Ltd", "Hiscox"), {"company"}, "hiscoxgroup.com"),
    (("Beazley plc",), {"company"}, "beazley.com"),
    (("Zurich Insurance Group AG", "Zurich Insurance Group"), {"company"}, "zurich.com"),
    (("Allianz SE",), {"company"}, "allianz.com"),
    (("AXA SA", "AXA"), {"company", "acronym"}, "axa.com"),
    (("Swiss Re Ltd", "Swiss Re Institute"), {"company"}, "swissre.com"),
    (("Lloyd's of London", "Lloyd's"), {"company", "apostrophe"}, "lloyds.com"),
    (("Hargreaves Lansdown plc",), {"company"}, "hl.co.uk"),
    (("St. James's Place plc", "St. James's Place"), {"company", "apostrophe"}, "sjp.co.uk"),
    (("AJ Bell plc", "AJ Bell"), {"company"}, "ajbell.co.uk"),
    (("Nest Corporation", "Nest Pensions"), {"company"}, "nestpensions.org.uk"),
    (("Compare the Market Ltd", "comparethemarket.com"), {"company", "lowercase"}, "comparethemarket.com"),
    (("MONY Group plc", "MoneySuperMarket"), {"company"}, "corporate.moneysupermarket.com"),
    (("Royal London Mutual Insurance Society", "Royal London"), {"company"}, "royallondon.com"),
    (("Munich Re",), {"company"}, "munichre.com"),
    (("Irish Life Group",), {"company"}, "irishlife.ie"),
]  # fmt: skip
_PLACES = {"Zurich Insurance Group AG": "Zurich", "Allianz SE": "Munich", "AXA SA": "Paris", "Swiss Re Ltd": "Zurich",
           "Hiscox Ltd": "Hamilton", "Munich Re": "Munich", "Irish Life Group": "Dublin", "Hargreaves Lansdown plc": "Bristol",
           "Admiral Group plc": "Cardiff", "St. James's Place plc": "Cirencester", "Direct Line Insurance Group plc": "Bromley",
           "Compare the Market Ltd": "Peterborough", "MONY Group plc": "Ewloe", "Royal London Mutual Insurance Society": "Wilmslow"}  # fmt: skip
_RESEARCH = ["Defaqto", "Consumer Intelligence", "NMG Consulting", "Finalytiq", "Boring Money", "Mintel", "Statista",
             "J.D. Power", "Moneyfacts", "Deloitte LLP", "McKinsey & Company", "Ernst & Young LLP", "Oliver Wyman",
             "Capgemini Research Institute", "YouGov"]  # fmt: skip
_RESEARCH_TITLES = ["UK home insurance market report {y}", "Direct-to-consumer investing: UK landscape {y}",
                    "Pensions and retirement income - UK - {y}", "Number of active pension savers in the UK {y}",
                    "Protection market in Ireland: distribution trends {y}", "Global insurance outlook {y}",
                    "Consumer Duty one year on: outcomes testing across {n} firms"]  # fmt: skip
_RESEARCH_OWN = {"Defaqto": ["Star Ratings: what the market looks like in {y}", "Defaqto Engage: adviser platform usage {y}"],
                 "Consumer Intelligence": ["Motor insurance price index: Q{q} {y}", "Home insurance price index: Q{q} {y}"],
                 "NMG Consulting": ["UK Adviser Study {y}: consolidation and client segmentation", "Protection Programme {y}"],
                 "Finalytiq": ["Centralised retirement propositions: research report {y}", "Sustainable withdrawal rates in the UK"],
                 "Boring Money": ["The Boring Money Online Platforms Report {y}", "Advice and guidance report {y}"],
                 "Mintel": ["Life insurance and protection - UK - {mo} {y}", "Home insurance - UK - {mo} {y}"],
                 "Statista": ["Number of active pension savers in the UK {y}", "Gross written premiums of UK insurers {y}"],
                 "J.D. Power": ["U.K. Home Insurance Study {y}", "U.K. Motor Insurance Claims Satisfaction Study {y}"],
                 "Moneyfacts": ["Moneyfacts UK Personal Protection Trends Treasury Report {y}", "Annuity rates review {y}"]}  # fmt: skip
_PRESS = ["Money Marketing", "FTAdviser", "Insurance Times", "Insurance Post", "The Actuary", "Professional Pensions",
          "Financial Times", "This is Money", "BBC News", "The Irish Times", "Citywire", "Pensions Expert",
          "Reinsurance News", "The Insurer"]  # fmt: skip
_JOURNALS = ["Journal of Financial Services Marketing", "International Journal of Bank Marketing",
             "The Geneva Papers on Risk and Insurance - Issues and Practice", "Journal of Risk and Insurance",
             "Journal of Pension Economics and Finance", "Journal of Services Marketing",
             "Journal of Marketing Management", "European Journal of Marketing", "Risk Management and Insurance Review",
             "The Service Industries Journal", "Journal of Consumer Affairs", "Journal of Financial Regulation and Compliance"]  # fmt: skip
_DOI = {"Journal of Financial Services Marketing": "1057/s41264", "International Journal of Bank Marketing": "1108/IJBM",
        "The Geneva Papers on Risk and Insurance - Issues and Practice": "1057/s41288", "Journal of Risk and Insurance": "1111/jori",
        "Journal of Pension Economics and Finance": "1017/S1474747", "Journal of Services Marketing": "1108/JSM",
        "European Journal of Marketing": "1108/EJM", "Risk Management and Insurance Review": "1111/rmir",
        "The Service Industries Journal": "1080/02642069", "Journal of Consumer Affairs": "1111/joca"}  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Pearson", "Harlow"), ("Palgrave Macmillan", "Cham"),
               ("Chartered Insurance Institute", "London"), ("Wiley", "Chichester"), ("Edward Elgar", "Cheltenham"),
               ("Oxford University Press", "Oxford"), ("Sage", "London")]  # fmt: skip
_UNIVERSITIES = ["Bayes Business School, City, University of London", "Cass Business School, City University London",
                 "University of Nottingham", "Heriot-Watt University", "University of St. Gallen",
                 "Ludwig-Maximilians-Universität München", "Trinity College Dublin", "University College Dublin",
                 "University of Edinburgh"]  # fmt: skip
_CONFERENCES = [("Academy of Marketing Conference {y}", "Academy of Marketing"),
                ("CII Insurance Conference {y}", "Chartered Insurance Institute"),
                ("PLSA Annual Conference {y}", "Pensions and Lifetime Savings Association"),
                ("European Marketing Academy (EMAC) Annual Conference {y}", "EMAC"),
                ("Annual Conference of the European Group of Risk and Insurance Economists {y}", "EGRIE")]  # fmt: skip
_TOPICS = ["the Consumer Duty", "fair value assessments", "vulnerable customers", "price walking", "auto-enrolment",
           "pension dashboards", "retirement income", "drawdown", "protection gaps", "income protection",
           "cyber insurance", "embedded insurance", "telematics", "price-comparison websites", "broker distribution",
           "adviser trust", "robo-advice", "ESG funds", "greenwashing", "financial capability", "the advice gap",
           "annuity sales", "claims experience", "customer retention", "brand trust", "mutuality",
           "Lloyd's syndicates", "reinsurance buying", "climate risk", "direct-to-consumer platforms",
           "generation rent", "gender pension gap", "small-business cover", "flood insurance", "pet insurance"]  # fmt: skip


class Blind232WorkFactory(WorkFactory):
    """The blind232 pool's works: insurance, pensions and wealth-management sources as UK, Irish, German, French,
    Swiss and Bermudan candidates cite them. A subclass, so the other halves' factories are unchanged."""

    KINDS = ("book", "chapter", "journal", "thesis", "conference", "report", "government", "rules", "trade-body",
             "company", "annual-report", "investor", "market-research", "news", "social", "video", "podcast", "web")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 232)
        for index, locale in enumerate(sorted(set(_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 233 + index)
                self.fakers[locale] = fake
        self.forms: dict[str, str] = {}  # the one form each body takes in a report
        self.dated: dict[str, list[dict[str, Any]]] = {}
        self.seen: set[tuple[str, Any, str]] = set()

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.1:
            family, given = self.rng.choice(_IRISH)
            return {"family": family, "given": given}
        if roll < 0.16:
            particle, family, given = self.rng.choice(_PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.19:
            family, given = self.rng.choice(_ELIDED)
            return {"family": family, "given": given}
        if roll < 0.25:
            family, given = self.rng.choice(_SWISS + _GERMAN + _FRENCH)
            return {"family": family, "given": given}
        if roll < 0.32:
            family, given = self.rng.choice(_ELSEWHERE)
            return {"family": family, "given": given}
        fake = self.fakers[self.rng.choice(_LOCALES)]
        family, given = fake.last_name(), fake.first_name()
        words = family.split()
        if len(words) > 1 and words[0].islower():
            return {"family": " ".join(words[1:]), "given": given, "non-dropping-particle": words[0]}
        if self.rng.random() < 0.1:  # double-barrelled British names
            family = f"{family}-{self.fakers['en_GB'].last_name().split('-')[0]}"
        return {"family": family, "given": given.split("-")[0]}

    def _form(self, forms: tuple[str, ...]) -> str:
        if forms[0] not in self.forms:
            self.forms[forms[0]] = self.rng.choice(forms)
        return self.forms[forms[0]]

    def organisation(self) -> tuple[str, set[str]]:
        roll = self.rng.random()
        if roll < 0.4:
            forms, tags = self.rng.choice(_BODIES)
        elif roll < 0.7:
            forms, tags = self.rng.choice(_TRADE_BODIES)
        else:
            forms, tags, _domain = self.rng.choice(_COMPANIES)
        name = self._form(forms)
        tags = set(tags) | ({"abbreviation"} if name.endswith(")") else set())
        return name, tags

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.05:  # the classics still on reading lists
            return self.rng.randint(1983, 2004)
        return self.rng.randint(2008, 2025)

    def accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        first = max(2022, issued[0] + 1 if issued else 2022)
        year = self.rng.randint(min(first, 2025), 2025)
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if issued and year == issued[0]:
            month = max(month, issued[1] if len(issued) > 1 else 1)
            day = max(day, issued[2] if len(issued) > 2 else 1)
        return {"date-parts": [[year, month, day]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        forms = [
            f"{topic[0].upper()}{topic[1:]} and {other}: evidence from the UK",
            f"Trust, switching and {topic} in UK general insurance",
            f"The effect of {topic} on customer outcomes",
            f"Marketing {topic} to younger savers",
            f"{topic[0].upper()}{topic[1:]}: a review of the literature",
            f"Rethinking {topic} after the pandemic",
            f"Getting {topic} right: evidence from Irish and German insurers",
            f"{topic[0].upper()}{topic[1:]} in European life and pensions markets",
            f"Brand equity, {topic} and loyalty among policyholders",
            f"Communicating {topic} to advised clients",
        ]
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(
            ["book", "chapter", "journal", "thesis", "conference", "report", "government", "rules", "trade-body",
             "company", "annual-report", "investor", "market-research", "news", "social", "video", "podcast", "web"],
            weights=[11, 5, 20, 3, 3, 3, 9, 5, 7, 7, 5, 3, 9, 10, 3, 2, 2, 3],
        )[0]  # fmt: skip
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then one organisation's second work of the same year ("FCA, 2023a" and "2023b"): a body already in
        # the report publishes again in a year it has published in.
        earlier = self.dated.get(name)
        if earlier and "issued" in record and kind != "rules" and self.rng.random() < 0.35:
            old = str(record["issued"]["date-parts"][0][0])
            record["issued"] = {"date-parts": [list(part) for part in self.rng.choice(earlier)["date-parts"]]}
            new = str(record["issued"]["date-parts"][0][0])
            record["title"] = record["title"].replace(old, new)  # "Annual report 2023" stays the year it is dated
            if "accessed" in record:
                record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0])
        same = (name, record.get("title"), str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d.")
        if same in self.seen:  # one body's two pages of one title and year would be one work: draw another
            return self.make()
        self.seen.add(same)
        if "issued" in record:
            self.dated.setdefault(name, []).append(record["issued"])
        return super()._org_work(record, kind, name, tags)

    def _access(self, record: dict[str, Any]) -> None:
        issued = record["issued"]["date-parts"][0] if "issued" in record else None
        record["accessed"] = self.accessed_after(issued)

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if publisher == "Chartered Insurance Institute":
            record["title"] = self.rng.choice(
                [
                    "Insurance, legal and regulatory",
                    "Financial protection",
                    "Pensions and retirement planning",
                    "Insurance broking fundamentals",
                    "Principles of marketing for insurance",
                    "Regulation and ethics",
                ]
            )
            record["edition"] = str(self.rng.randint(2, 12))
            record["title"] += f" ({self.rng.choice(['R01', 'R05', 'IF1', 'IF2', 'W01', 'J05', 'AF8'])} study text)"
        elif self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS[:4])
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["The Routledge companion to financial services marketing",
                                                "Handbook of insurance", "Marketing financial services",
                                                "The Oxford handbook of pensions and retirement income",
                                                "Financial services marketing: an international guide"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        year = self.rng.randint(1995, 2025)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[year]]},
            "volume": str(self.rng.randint(5, 92)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{(start := self.rng.randint(1, 900))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        if self.rng.random() < 0.65:
            prefix = _DOI.get(record["container-title"], "1080/0267257X")
            record["DOI"] = f"10.{prefix}-{year}-{self.rng.randint(100, 9999):04d}"
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": [self.person()],
            "genre": self.rng.choice(["PhD thesis", "DBA thesis", "MSc dissertation", "Doctoral dissertation"]),
            "publisher": self.rng.choice(_UNIVERSITIES), "issued": {"date-parts": [[self.rng.randint(2005, 2024)]]},
        }  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        name, body = self.rng.choice(_CONFERENCES)
        year = self.rng.randint(2010, 2024)
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": name.format(y=year), "publisher": body, "issued": {"date-parts": [[year]]},
            "publisher-place": self.rng.choice(["London", "Cardiff", "Liverpool", "Manchester", "Dublin", "Brighton"]),
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _report(self) -> Work:
        """A working paper or consultancy report with named authors."""
        record: dict[str, Any] = {
            "type": "report", "title": self._title(), "author": self._people(3),
            "issued": {"date-parts": [[self.year()]]},
            "publisher": self.rng.choice(["Pensions Policy Institute", "Institute for Fiscal Studies",
                                          "Resolution Foundation", "Bayes Business School", "Oxera",
                                          "ESRI", "Swiss Re Institute", "Social Market Foundation"]),
            "publisher-place": self.rng.choice(["London", "Dublin", "Zurich"]),
        }  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = f"https://www.{self.fakers['en_GB'].domain_word()}.org.uk/{self.fakers['en_GB'].slug()}"
            self._access(record)
        return self._person_work(record, "report")

    def _government(self) -> Work:
        forms, tags = self.rng.choice(_BODIES)
        name = self._form(forms)
        titles = ["Financial Lives {y} survey: key findings", "General insurance pricing practices market study: final report",
                  "Multi-occupancy buildings insurance: findings", "Retirement income market data {y}",
                  "Our strategy {y} to {y2}", "Annual report and accounts {y}", "Vulnerable customers: good and poor practice",
                  "Value for money: a framework on metrics, standards and disclosures", "Complaints data {y}",
                  "Insurance Stress Test {y}: results", "Pension scams: what you need to know", "Stronger Nation strategy",
                  "Consumer trends report {y}", "Review of the Consumer Duty implementation plans",
                  "Auto-enrolment evaluation report {y}", "Pensions dashboards: connection guidance"]  # fmt: skip
        year = self.year()
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]),
                                  "title": self.rng.choice(titles).format(y=year, y2=year + 3),
                                  "issued": {"date-parts": [[year]]},
                                  "URL": f"https://www.{_DOMAINS.get(forms[0], 'gov.uk')}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = self.rng.choice(["London", "Dublin", "Frankfurt am Main", "Brighton"])
        self._access(record)
        return self._org_work(
            record, "government", name, set(tags) | ({"abbreviation"} if name.endswith(")") else set())
        )

    def _rules(self) -> Work:
        """Guidance, consultations and directives, cited under the body that wrote them."""
        choice = self.rng.choice([
            (("Financial Conduct Authority", "Financial Conduct Authority (FCA)", "FCA"), "FG21/1 Guidance for firms on the fair treatment of vulnerable customers", 2021),
            (("Financial Conduct Authority", "Financial Conduct Authority (FCA)", "FCA"), "FG22/5 Final non-Handbook guidance for firms on the Consumer Duty", 2022),
            (("Financial Conduct Authority", "Financial Conduct Authority (FCA)", "FCA"), "CP24/2 Advice guidance boundary review: proposals for targeted support", 2024),
            (("Prudential Regulation Authority", "Prudential Regulation Authority (PRA)", "Bank of England"), "SS3/19 Enhancing banks' and insurers' approaches to managing the financial risks from climate change", 2019),
            (("European Insurance and Occupational Pensions Authority (EIOPA)", "EIOPA"), "Guidelines on product oversight and governance arrangements by insurance undertakings and insurance distributors", 2016),
            (("European Insurance and Occupational Pensions Authority (EIOPA)", "EIOPA"), "Consumer trends report {y}", None),
            (("Central Bank of Ireland",), "Consumer Protection Code review: discussion paper", 2022),
            (("Bundesanstalt für Finanzdienstleistungsaufsicht (BaFin)", "BaFin"), "Merkblatt zu Fehlanreizen bei Versicherungsvertrieb", 2023),
            (("The Pensions Regulator", "The Pensions Regulator (TPR)"), "General Code of Practice", 2024),
            (("HM Treasury",), "Mansion House reforms: next steps", 2023),
        ])  # fmt: skip
        forms, title, year = choice
        year = year or self.rng.randint(2015, 2024)
        record: dict[str, Any] = {"type": "report", "title": title.format(y=year), "issued": {"date-parts": [[year]]},
                                  "publisher": self._form(forms).split(" (")[0],
                                  "URL": f"https://www.{_DOMAINS.get(forms[0], 'gov.uk')}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        self._access(record)
        name = self._form(forms)
        return self._org_work(
            record, "rules", name, {"government", "regulator"} | ({"abbreviation"} if name.endswith(")") else set())
        )

    def _trade_body(self) -> Work:
        forms, tags = self.rng.choice(_TRADE_BODIES)
        name = self._form(forms)
        year = self.rng.randint(2010, 2025)
        titles = _BODY_TITLES.get(
            forms[0],
            [
                "Annual review {y}",
                "Consultation response: the Consumer Duty",
                "Market insight {y}",
                "Member briefing: price comparison and renewals",
            ],
        )
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]),
                                  "title": self.rng.choice(titles).format(y=year, q=self.rng.randint(1, 4)),
                                  "URL": f"https://www.{_DOMAINS.get(forms[0], 'org.uk')}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if self.rng.random() < 0.85:
            record["issued"] = {"date-parts": [[year]]}
        self._access(record)
        return self._org_work(
            record, "trade-body", name, set(tags) | ({"abbreviation"} if name.endswith(")") else set())
        )

    def _company(self) -> Work:
        forms, tags, domain = self.rng.choice(_COMPANIES)
        name = self._form(forms)
        titles = ["About us", "Our history", "Our purpose and values", "Responsible investment", "Home insurance",
                  "Workplace pensions for employers", "Cyber insurance for small businesses", "Our brands",
                  "Climate transition plan", "Customer outcomes under the Consumer Duty"]  # fmt: skip
        year = self.rng.randint(2012, 2025)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(titles),
                                  "URL": f"https://www.{domain}/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if self.rng.random() < 0.6:
            record["issued"] = {"date-parts": [[year]]}
            if self.rng.random() < 0.3:
                record["title"] = f"Sustainability report {year}"
        self._access(record)
        return self._org_work(record, "company", name, set(tags))

    def _annual_report(self) -> Work:
        forms, tags, domain = self.rng.choice(_COMPANIES)
        name = self._form(forms)
        year = self.rng.randint(2012, 2024)
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report and accounts {year}", f"Annual Report {year}",
                                                         f"Strategic report {year}", f"Solvency and financial condition report {year}"]),
            "issued": {"date-parts": [[year + 1 if self.rng.random() < 0.5 else year]]}, "publisher": name,
            "publisher-place": _PLACES.get(forms[0], "London"),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = f"https://www.{domain}/investors/{self.fakers['en_GB'].slug()}"
            self._access(record)
        return self._org_work(record, "annual-report", name, set(tags))

    def _investor(self) -> Work:
        forms, tags, domain = self.rng.choice(_COMPANIES)
        name = self._form(forms)
        year = self.rng.randint(2016, 2024)
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Capital Markets Day {year}", f"Full year {year} results presentation",
                                                         f"H1 {year} results: investor presentation", f"Investor Day {year}"]),
            "issued": {"date-parts": [[year]]}, "publisher": name,
            "URL": f"https://www.{domain}/investors/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        self._access(record)
        return self._org_work(record, "investor", name, set(tags))

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2014, 2025)
        titles = _RESEARCH_OWN.get(name, _RESEARCH_TITLES)
        title = self.rng.choice(titles).format(
            y=year,
            q=self.rng.randint(1, 4),
            n=self.rng.randint(20, 90),
            mo=self.rng.choice(["March", "June", "October"]),
        )
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name,
                                  "URL": f"https://www.{name.split()[0].lower().replace('.', '')}.com/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        if self.rng.random() < 0.92:
            record["issued"] = {"date-parts": [[year]]}
        self._access(record)
        tags = {"market-research"} | ({"ampersand"} if "&" in name else set())
        return self._org_work(record, "market-research", name, tags)

    def _news(self) -> Work:
        fake = self.fakers["en_GB"]
        year = self.rng.randint(2012, 2025)
        paper = self.rng.choice(_PRESS)
        headline = self.rng.choice([
            "Insurers warned over price walking as new rules bite", "Consumer Duty: what advisers need to know",
            "Pension freedoms ten years on", "Admiral and Direct Line battle for motor market share",
            "Auto-enrolment opt-out rates stay low", "Lloyd's syndicates post strongest results in a decade",
            "Why the meerkats still work", "Platform fees under scrutiny", "St. James's Place scraps exit fees",
            "Flood Re levy to fall", "Home insurance premiums rise again", "Insurers face scrutiny over claims delays",
        ])  # fmt: skip
        record: dict[str, Any] = {
            "type": "article-newspaper", "title": headline if self.rng.random() < 0.6 else self._title(),
            "container-title": paper,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": fake.url() + fake.uri_path(),
        }  # fmt: skip
        self._access(record)
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", paper, {"press"})

    def _social(self) -> Work:
        year = self.rng.randint(2018, 2025)
        record: dict[str, Any] = {
            "type": "post", "title": self.rng.choice(["Proud to announce our new brand platform", "Five things the Consumer Duty means for brokers",
                                                       "Our claims team paid out in record time this winter", "Auto-enrolment: thread",
                                                       "Why we back the meerkats"]),
            "container-title": (platform := self.rng.choice(["LinkedIn", "X", "Instagram", "TikTok"])),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": {"LinkedIn": "https://www.linkedin.com/posts/", "X": "https://x.com/status/",
                    "Instagram": "https://www.instagram.com/p/", "TikTok": "https://www.tiktok.com/video/"}[platform]
            + self.fakers["en_GB"].slug(),
        }  # fmt: skip
        self._access(record)
        if self.rng.random() < 0.5:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        forms, tags, _domain = self.rng.choice(_COMPANIES)
        return self._org_work(record, "social", self._form(forms), set(tags))

    def _video(self) -> Work:
        year = self.rng.randint(2010, 2025)
        record: dict[str, Any] = {
            "type": "webpage", "title": self.rng.choice(["Our new TV advert: behind the scenes", "Behind the brand: our new campaign",
                                                          "Explaining the Consumer Duty in five minutes", "Meet our claims team",
                                                          "How workplace pensions work"]) + " [Video]",
            "container-title": "YouTube", "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.youtube.com/watch?v={self.fakers['en_GB'].lexify('???????????')}",
        }  # fmt: skip
        self._access(record)
        forms, tags, _domain = self.rng.choice(_COMPANIES)
        return self._org_work(record, "video", self._form(forms), set(tags))

    def _podcast(self) -> Work:
        year = self.rng.randint(2017, 2025)
        record: dict[str, Any] = {
            "type": "webpage", "title": self.rng.choice(["Brokers, brands and the Consumer Duty", "What savers really want",
                                                          "The protection gap", "Marketing to the sandwich generation"]) + f" [Podcast], episode {self.rng.randint(3, 140)}",
            "container-title": self.rng.choice(["The Insurance Podcast", "Money Marketing Podcast", "Pensions Pulse"]),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "author": self._people(2), "URL": f"https://podcasts.apple.com/gb/podcast/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        self._access(record)
        return self._person_work(record, "podcast")

    def _web(self) -> Work:
        """A page with no date: a guide, a glossary or a product page, by a person now and then."""
        forms, tags, domain = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {
            "type": "webpage", "title": self.rng.choice(["What is income protection?", "A guide to drawdown",
                                                          "Understanding your pension statement", "Glossary of insurance terms",
                                                          "How we use your data", "Landlord insurance explained",
                                                          "Is a SIPP right for you?", "Travel insurance: what's covered"]),
            "URL": f"https://www.{domain}/{self.fakers['en_GB'].slug()}",
        }  # fmt: skip
        self._access(record)
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        return self._org_work(record, "web", self._form(forms), set(tags) | {"undated"})
