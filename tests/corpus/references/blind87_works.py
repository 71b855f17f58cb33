"""Works for the eighty-seventh held-out pool, "blind87": what UK insurance, pensions, building-society, savings and
wealth-management marketers cite in CIM Level 6 and 7 reports and MBA assignments.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by an eighty-seventh
hand, without reading the checker, its tests or the other pools' frames, decoys and works, from how brand,
proposition, CRM, adviser-channel and member-engagement marketers at insurers, life and pensions providers,
building societies, mutuals, platforms, comparison sites and agencies write: journal articles with one to eight
authors (Journal of Financial Services Marketing, International Journal of Bank Marketing, Geneva Papers...),
textbooks and CII study texts, chapters, theses from Bayes (Cass), Warwick, Leeds, Edinburgh, Strathclyde, Bristol
and the Open University, regulators' and trade bodies' papers (FCA, TPR, MaPS, ABI, BSA, FOS), firms' annual and
Consumer Duty reports (plc, Plc, PLC, Limited, Society), legislation, market research (Mintel, Defaqto, Boring
Money...), the trade and personal-finance press signed and unsigned, web pages with and without dates or access
dates, social posts and podcasts; British names of every origin (English, Scottish, Welsh, Irish, Jewish, South
Asian, Caribbean, West African, Chinese, Polish), double-barrelled, O' and Mc names, particles, accents and
expatriates.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# (given, family) pairs by origin; particles kept apart as reference managers store them.
_GIVEN = {
    "english": ["Charlotte", "Oliver", "Harriet", "James", "Eleanor", "Thomas", "Sophie", "Matthew", "Rebecca", "Daniel",
                "Lucy", "Benedict", "Philippa", "Nicholas", "Joanna", "Edward", "Anne-Marie", "Mary-Jane", "Rupert", "Gemma"],
    "scottish": ["Eilidh", "Callum", "Morag", "Fraser", "Iona", "Hamish", "Kirsty", "Euan", "Mhairi", "Ruaridh"],
    "welsh": ["Rhys", "Cerys", "Dafydd", "Sian", "Gareth", "Angharad", "Owain", "Bethan", "Llŷr", "Gwenllian"],
    "irish": ["Siobhán", "Ciarán", "Aoife", "Pádraig", "Niamh", "Seán", "Orla", "Eoin", "Róisín", "Declan"],
    "jewish": ["Miriam", "Jonathan", "Naomi", "Daniel", "Rachel", "Benjamin", "Tamar", "Eliot", "Leah", "Saul"],
    "south_asian": ["Priya", "Rajesh", "Anjali", "Imran", "Sunita", "Amrit", "Farah", "Vikram", "Nadia", "Harpreet", "Zainab", "Sanjay"],
    "caribbean": ["Marcia", "Delroy", "Simone", "Winston", "Paulette", "Lloyd", "Cheryl", "Errol", "Jerome", "Yvonne"],
    "west_african": ["Chiamaka", "Oluwaseun", "Kwame", "Abena", "Tunde", "Folake", "Kofi", "Ngozi", "Yaw", "Adaeze"],
    "chinese": ["Wei", "Mei-Ling", "Jun", "Xiaoyu", "Hao", "Li", "Kar-Wai", "Siu-Ming", "Yan", "Jia"],
    "polish": ["Agnieszka", "Tomasz", "Katarzyna", "Paweł", "Małgorzata", "Łukasz", "Zofia", "Krzysztof", "Joanna", "Michał"],
    "expatriate": ["Lars", "Ingrid", "Søren", "Chloé", "Matthieu", "Giulia", "Stefan", "Mariana", "Hélène", "Björn", "Ana", "Joost"],
}  # fmt: skip
_FAMILY = {
    "english": ["Whitfield", "Ashworth", "Pemberton", "Holloway", "Fairbrother", "Cartwright", "Thornbury", "Hartley",
                "Lockwood", "Middleton", "Brampton", "Sedgwick", "Greenhalgh", "Ackroyd", "Haworth", "Pilkington",
                "Bellamy", "Stanhope", "Rowntree", "Winterbottom"],
    "scottish": ["McAllister", "MacKinnon", "Drummond", "Buchanan", "Urquhart", "McGregor", "Ferguson", "MacLeod",
                 "Strachan", "McIntyre", "Rennie", "Lamont"],
    "welsh": ["Pritchard", "Llewellyn", "Vaughan", "Prosser", "ap Rhys", "Bowen", "Gruffydd", "Parry", "Powell", "Meredith"],
    "irish": ["O'Sullivan", "O'Donnell", "McCarthy", "Ó Súilleabháin", "Ní Bhriain", "Fitzgerald", "Keane", "Doherty",
              "O'Rourke", "MacNamara", "Ó Ceallaigh"],
    "jewish": ["Rosenberg", "Abrahams", "Sassoon", "Lewin", "Goldschmidt", "Mendelsohn", "Cohen", "Finkelstein", "Sebag-Montefiore"],
    "south_asian": ["Patel", "Chaudhry", "Sandhu", "Mukherjee", "Rahman", "Bhattacharyya", "Khan", "Gill", "Venkataraman",
                    "Hussain", "Mistry", "Chowdhury", "Dhillon", "Karim"],
    "caribbean": ["Campbell", "Thompson-Reid", "Grant", "Beckford", "McKenzie", "Bailey", "Clarke", "Forbes", "Gayle", "Lindo"],
    "west_african": ["Okonkwo", "Adeyemi", "Mensah", "Boateng", "Oyelaran", "Asante", "Nwachukwu", "Ogunleye", "Danquah", "Adebayo-Smith"],
    "chinese": ["Wong", "Chan", "Leung", "Zhang", "Liu", "Ng", "Cheung", "Lam", "Huang", "Tsang"],
    "polish": ["Kowalski", "Wiśniewska", "Zieliński", "Nowak", "Wójcik", "Kamińska", "Lewandowski", "Dąbrowska", "Szymański", "Jankowska"],
    "expatriate": ["Østergaard", "Lindqvist", "Müller", "Lefèvre", "Rossi", "Fernández", "Schröder", "Jansen", "Nyström", "Gonçalves"],
}  # fmt: skip
_PARTICLE_NAMES = [("van der", "Merwe", "Pieter"), ("de", "Souza", "Marisa"), ("van", "Rooyen", "Annelie"),
                   ("de la", "Mare", "Giles"), ("von", "Bülow", "Katrin"), ("da", "Costa", "Inês"),
                   ("de", "Freitas", "Aaron"), ("van den", "Bosch", "Maarten"), ("le", "Brun", "Pascale"),
                   ("di", "Lorenzo", "Marco"), ("du", "Plessis", "Francois")]  # fmt: skip
_SUFFIXED = [("Jr.", "Henderson", "Marcus"), ("Jr.", "Okafor", "Emmanuel"), ("III", "Whitaker", "Bradley")]

# Who is an author when no person is: firms, mutuals, regulators, trade bodies, charities, press and research firms.
_ORGANISATIONS = [
    ("Aviva plc", {"company", "plc"}), ("Aviva", {"company"}), ("Legal & General Group Plc", {"company", "ampersand", "plc"}),
    ("Legal & General", {"company", "ampersand"}), ("Phoenix Group Holdings plc", {"company", "plc"}),
    ("Standard Life", {"company"}), ("Admiral Group plc", {"company", "plc"}),
    ("Direct Line Insurance Group plc", {"company", "plc"}), ("Hastings Group", {"company"}),
    ("Royal London Mutual Insurance Society Limited", {"company", "mutual"}), ("Royal London", {"company", "mutual"}),
    ("LV= (Liverpool Victoria Financial Services Limited)", {"company", "punctuation", "abbreviation"}),
    ("Nationwide Building Society", {"building-society"}), ("Coventry Building Society", {"building-society"}),
    ("Yorkshire Building Society", {"building-society"}), ("Skipton Building Society", {"building-society"}),
    ("Leeds Building Society", {"building-society"}), ("Principality Building Society", {"building-society"}),
    ("St. James's Place plc", {"company", "apostrophe", "plc"}), ("St. James's Place", {"company", "apostrophe"}),
    ("Hargreaves Lansdown plc", {"company", "plc"}), ("AJ Bell plc", {"company", "plc", "acronym"}),
    ("Nutmeg Saving and Investment Limited", {"company"}), ("Moneysupermarket.com Group PLC", {"company", "plc", "punctuation"}),
    ("Compare the Market Limited", {"company"}), ("Confused.com", {"company", "punctuation"}),
    ("Zurich Insurance plc", {"company", "plc"}), ("Scottish Widows", {"company"}), ("Vitality", {"company"}),
    ("Shepherds Friendly Society", {"mutual"}), ("Foresters Friendly Society", {"mutual"}),
    ("Wesleyan Assurance Society", {"mutual"}), ("Ecclesiastical Insurance Office plc", {"company", "plc"}),
    ("Quilter plc", {"company", "plc"}), ("Rathbones Group Plc", {"company", "plc"}), ("Brewin Dolphin", {"company"}),
    ("Schroders Personal Wealth", {"company"}), ("Chase de Vere", {"company", "particle"}),
    ("The Money and Pensions Service", {"government", "article"}), ("Money and Pensions Service (MaPS)", {"government", "abbreviation"}),
    ("Pension Wise", {"government"}), ("MoneyHelper", {"government"}), ("Which?", {"press", "punctuation"}),
    ("Association of British Insurers", {"trade-body"}), ("Association of British Insurers (ABI)", {"trade-body", "abbreviation"}),
    ("ABI", {"trade-body", "acronym"}), ("Building Societies Association", {"trade-body"}),
    ("Building Societies Association (BSA)", {"trade-body", "abbreviation"}), ("The Pensions Regulator", {"government", "article"}),
    ("The Pensions Regulator (TPR)", {"government", "abbreviation"}), ("Financial Conduct Authority", {"government"}),
    ("Financial Conduct Authority (FCA)", {"government", "abbreviation"}), ("FCA", {"government", "acronym"}),
    ("Financial Ombudsman Service", {"government"}), ("Financial Ombudsman Service (FOS)", {"government", "abbreviation"}),
    ("Prudential Regulation Authority", {"government"}), ("Bank of England", {"government"}),
    ("Pensions and Lifetime Savings Association (PLSA)", {"trade-body", "abbreviation"}),
    ("Chartered Insurance Institute", {"trade-body"}), ("Chartered Insurance Institute (CII)", {"trade-body", "abbreviation"}),
    ("Personal Finance Society", {"trade-body"}), ("Investing and Saving Alliance (TISA)", {"trade-body", "abbreviation"}),
    ("British Insurance Brokers' Association", {"trade-body", "apostrophe"}), ("Association of Mutual Insurers and Friendly Societies", {"trade-body"}),
    ("Pensions Policy Institute", {"trade-body"}), ("Age UK", {"charity"}), ("Citizens Advice", {"charity"}),
    ("StepChange Debt Charity", {"charity"}), ("Fair4All Finance", {"charity"}), ("Deloitte LLP", {"company", "llp"}),
    ("PwC", {"company", "acronym"}), ("Ernst & Young LLP", {"company", "ampersand", "llp"}), ("KPMG LLP", {"company", "llp"}),
    ("Lane Clark & Peacock LLP", {"company", "ampersand", "llp"}), ("Hymans Robertson LLP", {"company", "llp"}),
    ("Barnett Waddingham", {"company"}), ("Consumer Intelligence", {"market-research"}), ("Boring Money", {"market-research"}),
    ("Defaqto", {"market-research"}), ("Mintel", {"market-research"}), ("GlobalData", {"market-research"}),
    ("YouGov", {"market-research"}), ("Ipsos", {"market-research"}), ("Kantar", {"market-research"}),
]  # fmt: skip
_GOVERNMENT = ["HM Treasury", "HM Revenue & Customs", "HMRC", "Department for Work and Pensions", "DWP",
               "Office for National Statistics", "ONS", "Financial Conduct Authority", "The Pensions Regulator",
               "Money and Pensions Service", "House of Commons Work and Pensions Committee", "House of Commons Library",
               "Treasury Committee", "Pensions Dashboards Programme", "Scottish Government", "Welsh Government",
               "Government Actuary's Department", "National Audit Office"]  # fmt: skip
_ACTS = [("Financial Services and Markets Act 2000", 2000), ("Pension Schemes Act 2021", 2021), ("Pensions Act 2008", 2008),
         ("Consumer Rights Act 2015", 2015), ("Building Societies Act 1986", 1986), ("Friendly Societies Act 1992", 1992),
         ("Insurance Act 2015", 2015), ("Pensions Act 2014", 2014), ("Data Protection Act 2018", 2018),
         ("Financial Services Act 2021", 2021), ("Consumer Insurance (Disclosure and Representations) Act 2012", 2012),
         ("Financial Services and Markets Act 2023", 2023), ("Pensions Dashboards Regulations 2022", 2022)]  # fmt: skip
_JOURNALS = ["Journal of Financial Services Marketing", "International Journal of Bank Marketing",
             "Journal of Marketing Management", "Geneva Papers on Risk and Insurance - Issues and Practice",
             "Journal of Consumer Policy", "Journal of Business Research", "Journal of Services Marketing",
             "Journal of Consumer Affairs", "Journal of Pension Economics and Finance", "Risk Management and Insurance Review",
             "Journal of Behavioral and Experimental Finance", "European Journal of Marketing", "Journal of Retailing and Consumer Services",
             "Financial Planning Research Journal", "Journal of Risk and Insurance"]  # fmt: skip
_PRESS = ["Financial Times", "FT Adviser", "Money Marketing", "Professional Adviser", "Insurance Times", "Insurance Post",
          "Mortgage Strategy", "This is Money", "MoneySavingExpert", "The Guardian", "The Times", "The Telegraph",
          "Citywire", "Pensions Expert", "Marketing Week", "Campaign", "BBC News", "Mortgage Solutions",
          "Corporate Adviser", "The Scotsman"]  # fmt: skip
_PUBLISHERS = [("Kogan Page", "London"), ("Routledge", "Abingdon"), ("Pearson", "Harlow"), ("Palgrave Macmillan", "Basingstoke"),
               ("Sage", "London"), ("Oxford University Press", "Oxford"), ("Wiley", "Chichester"), ("Edward Elgar", "Cheltenham"),
               ("Chartered Insurance Institute", "London"), ("Bloomsbury Business", "London"), ("Harriman House", "Petersfield"),
               ("McGraw-Hill Education", "Maidenhead")]  # fmt: skip
_UNIVERSITIES = ["Bayes Business School, City, University of London", "Cass Business School, City University London",
                 "University of Warwick", "University of Leeds", "University of Edinburgh", "University of Strathclyde",
                 "University of Bristol", "The Open University", "Cardiff University", "University of East Anglia"]  # fmt: skip
_TOPICS = ["auto-enrolment", "pension engagement", "the Consumer Duty", "price walking in home insurance",
           "renewal pricing", "vulnerable customers", "building society membership", "mutuality", "trust in insurers",
           "robo-advice", "ISA switching", "the advice gap", "pension freedoms", "retirement income",
           "financial wellbeing", "protection insurance", "income protection", "life cover", "price-comparison websites",
           "customer loyalty in motor insurance", "claims experience", "financial promotions", "behavioural nudges",
           "gender and investing", "young savers", "digital onboarding", "open finance", "pensions dashboards",
           "annuity shopping", "equity release", "brand heritage", "customer-owned banking", "fair value",
           "member communications", "adviser relationships", "financial literacy", "default pension funds",
           "ethical investing", "net zero pensions", "savings rates", "cash ISAs", "mortgage prisoners"]  # fmt: skip
_MARKETS = ["home insurance", "motor insurance", "pet insurance", "life insurance", "income protection", "cash savings",
            "stocks and shares ISAs", "SIPPs", "workplace pensions", "annuities", "equity release", "travel insurance",
            "wealth management", "mortgages", "critical illness cover", "over-50s life cover"]  # fmt: skip
_SOCIAL = [("X", "post"), ("LinkedIn", "post"), ("Instagram", "post"), ("TikTok", "video"), ("YouTube", "video")]
_PODCASTS = ["The Meaningful Money Podcast", "Financial Times Money Clinic", "Pensions Craft", "Insurance Covered",
             "The Compound", "Boring Money Podcast", "Fintech Insider", "Mutual Matters"]  # fmt: skip
_HANDLES = ["@AvivaUK", "@LandG_UK", "@NationwideBS", "@MoneyHelperUK", "@TPRgovuk", "@TheFCA", "@WhichMoney",
            "@HLInvest", "@ajbell", "@RoyalLondon", "@MartinSLewis", "@skiptonbs"]  # fmt: skip


class Blind87WorkFactory(WorkFactory):
    """The blind87 pool's works (see the module docstring). A subclass, so the other halves' factories are unchanged."""

    KINDS = ("book", "chapter", "journal", "organisation-web", "organisation-report", "government", "legislation",
             "market-research", "web-person", "news", "thesis", "social", "podcast", "study-text", "undated-web")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 87087)
        self.surnames: list[tuple[str, str]] = []
        self.dated_orgs: list[tuple[str, set[str], int]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.06:
            particle, family, given = self.rng.choice(_PARTICLE_NAMES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.08:
            suffix, family, given = self.rng.choice(_SUFFIXED)
            return {"family": family, "given": given, "suffix": suffix}
        if roll < 0.13 and self.surnames:  # a second "Patel" in one report, with another given name
            origin, family = self.rng.choice(self.surnames)
            return {"family": family, "given": self.rng.choice(_GIVEN[origin])}
        if roll < 0.18:  # a fourth of them from Faker, for more names than these lists hold
            fake = self.fakers[self.rng.choice(["en_GB", "en_GB", "en_IE", "en_IN", "pl_PL"])]
            family = fake.last_name().split()[-1]
            return {"family": family, "given": fake.first_name()}
        origin = self.rng.choice(list(_FAMILY))
        family = self.rng.choice(_FAMILY[origin])
        given = self.rng.choice(_GIVEN[origin])
        if self.rng.random() < 0.07 and "-" not in family and " " not in family:  # double-barrelled by marriage
            family = f"{family}-{self.rng.choice(_FAMILY['english'])}"
        name = {"family": family, "given": given}
        self.surnames.append((origin, family))
        return name

    def organisation(self) -> tuple[str, set[str]]:
        if self.rng.random() < 0.9:
            name, tags = self.rng.choice(_ORGANISATIONS)
            return name, set(tags)
        return super().organisation()

    def year(self) -> int:
        if self.rng.random() < 0.05:  # the classics still cited: Parasuraman, Berry, Kotler
            return self.rng.randint(1978, 2004)
        return self.rng.randint(2012, 2025)

    def accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        first = max(2023, issued[0]) if issued else 2023
        year = self.rng.randint(first, max(first, 2025))
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if issued and year == issued[0] and len(issued) > 1:
            month = self.rng.randint(issued[1], 12)
            day = self.rng.randint(issued[2] if len(issued) > 2 and month == issued[1] else 1, 28)
        return {"date-parts": [[year, month, day]]}

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        other = self.rng.choice(_TOPICS)
        market = self.rng.choice(_MARKETS)
        cap = topic[0].upper() + topic[1:]
        forms = [
            f"{cap} and {other}: evidence from UK consumers",
            f"Understanding {topic} in the UK {market} market",
            f"{cap}: a review and research agenda",
            f"What {topic} means for {market} providers",
            f"The effect of {topic} on trust in {market}",
            f"Communicating {topic} to members: lessons from mutuals",
            f"{cap} after the Consumer Duty",
            f"Segmenting savers by attitudes to {topic}",
            f"From {topic} to {other}: rethinking {market} propositions",
            f"{cap} in {market}: a qualitative study",
            f"Measuring {topic} among {self.rng.choice(['under-35s', 'retirees', 'renters', 'self-employed workers', 'women', 'first-time buyers'])}",
            f"Brand, trust and {topic}",
        ]
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.KINDS), weights=[9, 4, 22, 12, 11, 7, 2, 7, 5, 9, 3, 3, 1, 2, 3])[0]
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        work.kind = kind
        if (
            kind in ("web-person", "organisation-report", "organisation-web")
            and "issued" in work.record
            and self.rng.random() < 0.12
        ):
            work.record.pop("issued")  # undated pages and leaflets: cited "n.d."
            work.year = "n.d."
        return work

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same body twice in one year ("FCA, 2023a" and "2023b").
        if self.dated_orgs and "issued" in record and self.rng.random() < 0.12:
            name, tags, year = self.rng.choice(self.dated_orgs)
            record["issued"] = {"date-parts": [[year]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after([year])
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.dated_orgs.append((name, set(tags), record["issued"]["date-parts"][0][0]))
        return super()._org_work(record, kind, name, tags)

    def _url(self, host: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        return f"https://www.{host}/{fake.slug()}" if host else fake.url() + fake.uri_path()

    def _people_n(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[30, 28, 18, 10, 6, 4, 2, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people_n(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _study_text(self) -> Work:
        code = self.rng.choice(["R01", "R02", "R05", "R06", "IF1", "W01", "M05", "AF8", "J05", "RO8"])
        subject = self.rng.choice(["Financial services, regulation and ethics", "Investment principles and risk",
                                   "Financial protection", "Personal tax and trust planning", "Insurance, legal and regulatory",
                                   "Award in general insurance", "Pension income options", "Retirement planning"])  # fmt: skip
        record: dict[str, Any] = {"type": "book", "title": f"{code}: {subject}", "issued": {"date-parts": [[self.rng.randint(2019, 2025)]]},
                                  "publisher": "Chartered Insurance Institute", "publisher-place": "London"}  # fmt: skip
        if self.rng.random() < 0.5:
            record["author"] = self._people_n(2)
            return self._person_work(record, "book")
        return self._org_work(record, "book", "Chartered Insurance Institute", {"trade-body", "study-text"})

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS[:8])
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people_n(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["The Routledge companion to financial services marketing",
                                                "Financial services marketing: an international guide",
                                                "Handbook of insurance marketing", "The Oxford handbook of pensions and retirement income",
                                                "Consumer finance and behaviour"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people_n(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(3, 48)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{(start := self.rng.randint(1, 700))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        if self.rng.random() < 0.55:
            record["DOI"] = (
                f"10.{self.rng.choice(['1057', '1108', '1080', '1016', '1111', '1007'])}/{self.fakers['en_GB'].lexify('????').lower()}.{self.rng.randint(1000, 99999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": [self.person()],
            "genre": self.rng.choice(["PhD thesis", "MBA dissertation", "MSc dissertation", "DBA thesis"]),
            "publisher": self.rng.choice(_UNIVERSITIES), "issued": {"date-parts": [[self.year()]]},
        }  # fmt: skip
        return self._person_work(record, "thesis")

    def _web_person(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people_n(2),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url()}  # fmt: skip
        if self.rng.random() < 0.85:
            record["accessed"] = self.accessed_after([year])
        return self._person_work(record, "web")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url(),
                                  "accessed": self.accessed_after(None)}  # fmt: skip
        if self.rng.random() < 0.3:
            record["author"] = self._people_n(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags | {"undated"})

    def _organisation_web(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "issued": {"date-parts": [[year]]},
                                  "URL": self._url()}  # fmt: skip
        if self.rng.random() < 0.88:
            record["accessed"] = self.accessed_after([year])
        return self._org_work(record, "web", name, tags)

    def _organisation_report(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        titles = [f"Annual report and accounts {year}", f"Consumer Duty board report {year}", f"Member review {year}",
                  f"Value assessment {year}", f"Sustainability report {year}", f"Annual report and financial statements {year}",
                  self._title(), self._title()]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0], "publisher-place": self.rng.choice(
                                      ["London", "Edinburgh", "Leeds", "Bristol", "Norwich", "Swindon", "Cardiff", "Halifax", "Northampton"])}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url()
            record["accessed"] = self.accessed_after([year])
        return self._org_work(record, "report", name, tags)

    def _government(self) -> Work:
        name = self.rng.choice(_GOVERNMENT)
        year = self.year()
        fake = self.fakers["en_GB"]
        titles = [self._title(), f"Financial Lives {year} survey: key findings", f"Automatic enrolment evaluation report {year}",
                  f"PS{str(year)[2:]}/{self.rng.randint(1, 19)}: {self.rng.choice(_TOPICS)}",
                  f"CP{str(year)[2:]}/{self.rng.randint(1, 35)}: {self.rng.choice(_TOPICS)}",
                  f"Family resources survey: financial year {year - 1} to {year}", f"Individual Savings Account statistics: {self.rng.choice(['April', 'June', 'September'])} {year}"]  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(titles),
                                  "issued": {"date-parts": [[year]]},
                                  "URL": self.rng.choice([f"https://www.gov.uk/government/publications/{fake.slug()}",
                                                          f"https://www.fca.org.uk/publications/{fake.slug()}",
                                                          f"https://www.thepensionsregulator.gov.uk/en/document-library/{fake.slug()}",
                                                          f"https://www.ons.gov.uk/peoplepopulationandcommunity/{fake.slug()}"]),
                                  "accessed": self.accessed_after([year])}  # fmt: skip
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _legislation(self) -> Work:
        title, year = self.rng.choice(_ACTS)
        record: dict[str, Any] = {
            "type": "legislation",
            "title": title,
            "issued": {"date-parts": [[year]]},
            "id": self._id(),
        }
        return Work(record, title, str(year), True, 1, "legislation", {"legislation", "organisation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(["Mintel", "Defaqto", "GlobalData", "YouGov", "Ipsos", "Boring Money", "Consumer Intelligence",
                                "Deloitte", "Kantar", "Statista", "Savanta", "Opinium"])  # fmt: skip
        year = self.year()
        market = self.rng.choice(_MARKETS)
        titles = [f"{market[0].upper()}{market[1:]} - UK - {self.rng.choice(['March', 'July', 'November'])} {year}",
                  f"Product ratings {year}: {market}", f"Online investing report {year}",
                  f"UK {market} market: consumer attitudes {year}", f"Price index: {market} Q{self.rng.randint(1, 4)} {year}",
                  f"Financial services brand tracker {year}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "publisher-place": "London", "issued": {"date-parts": [[year]]}}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url(f"{name.split()[0].lower()}.com")
            record["accessed"] = self.accessed_after([year])
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        year = self.year()
        date = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": self.rng.choice(_PRESS),
                                  "issued": {"date-parts": [date]}}  # fmt: skip
        if self.rng.random() < 0.75:
            record["URL"] = self._url()
            record["accessed"] = self.accessed_after(date)
        if self.rng.random() < 0.75:
            record["author"] = self._people_n(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _social(self) -> Work:
        platform, medium = self.rng.choice(_SOCIAL)
        year = self.rng.randint(2019, 2025)
        date = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "post", "title": f"{self._title()} [{platform} {medium}]", "container-title": platform,
                                  "issued": {"date-parts": [date]}, "URL": self._url(f"{platform.lower()}.com"),
                                  "accessed": self.accessed_after(date)}  # fmt: skip
        if self.rng.random() < 0.5:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        name, tags = self.rng.choice(_ORGANISATIONS[:40])
        return self._org_work(record, "social", name, set(tags) | {"social"})

    def _podcast(self) -> Work:
        year = self.rng.randint(2018, 2025)
        date = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "broadcast", "title": f"{self._title()} [Podcast]", "container-title": self.rng.choice(_PODCASTS),
                                  "issued": {"date-parts": [date]}, "URL": self._url(),
                                  "accessed": self.accessed_after(date), "author": self._people_n(2)}  # fmt: skip
        return self._person_work(record, "podcast")
