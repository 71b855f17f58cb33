"""Works for the thirtieth held-out pool, "blind30": what marketers in financial services cite on CIM courses.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a thirtieth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how marketers in banks,
building societies, insurers, pension providers, credit unions and fintechs in the UK, Nigeria, Ghana, Kenya and
South Africa write their CIM Level 6 and Level 7 assignments: bank-marketing textbooks and journal articles (one to
eight authors), regulators' policy statements and guidance (FCA, PRA, CBN, CBK, SARB, FSCA, Bank of Ghana), Acts and
regulations cited by their government, central-bank statistics, World Bank and GSMA reports, banks' and insurers'
annual reports, Business Day, Nation, Mail & Guardian and the Financial Times, trade press, blogs, podcasts, YouTube
videos and LinkedIn posts. Names are Yoruba, Igbo, Hausa, Akan, Kikuyu, Luo, Zulu, Xhosa and Afrikaans (du, de, van
der, le Roux), with British, Irish and British Asian ones; some keep their tone marks or dotted vowels.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import datetime
import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# (family, given) pairs by the names' cultures; a family name may carry hyphens, apostrophes or tone marks.
_YORUBA = [("Adeyemi", "Oluwaseun"), ("Ogunleye", "Tolulope"), ("Adebayo", "Folasade"), ("Olawale", "Babajide"),
           ("Akinwumi", "Temitope"), ("Ogunbiyi", "Adeola"), ("Oyebanji", "Oluwakemi"), ("Fashola", "Damilola"),
           ("Adébáyọ̀", "Títílọ́pẹ́"), ("Ògúnṣọlá", "Kẹ́hìndé"), ("Àjàyí", "Olúwadámilọ́lá"), ("Adewale-Coker", "Bukola"),
           ("Oyelaran", "Ayodeji"), ("Bamidele", "Opeyemi"), ("Ìdòwú", "Ṣẹ̀gun")]  # fmt: skip
_IGBO = [("Okafor", "Chiamaka"), ("Nwosu", "Chinedu"), ("Eze", "Ngozi"), ("Okonkwo", "Ifeanyi"), ("Obi", "Adaeze"),
         ("Nwachukwu", "Chukwuemeka"), ("Okeke", "Obinna"), ("Ezeani", "Chidinma"), ("Uzo-Okoro", "Nnamdi"),
         ("Ọkafọ", "Ụzọma"), ("Nwankwọ", "Ifeoma"), ("Chukwu", "Ebuka"), ("Onyekachi", "Amarachi")]  # fmt: skip
_HAUSA = [("Abubakar", "Aisha"), ("Bello", "Abdullahi"), ("Musa", "Hauwa"), ("Danjuma", "Nasiru"), ("Usman", "Zainab"),
          ("Yusuf", "Maryam"), ("Sani", "Aminu"), ("Garba", "Fatima"), ("Shehu", "Kabiru"), ("Dan-Asabe", "Halima"),
          ("Ɗanladi", "Bilkisu"), ("Ibrahim", "Sadiq")]  # fmt: skip
_AKAN = [("Mensah", "Kwame"), ("Owusu", "Akosua"), ("Boateng", "Kofi"), ("Asante", "Ama"), ("Appiah", "Yaw"),
         ("Osei", "Abena"), ("Agyeman", "Kwabena"), ("Frimpong", "Efua"), ("Amoako", "Kwaku"), ("Owusu-Ansah", "Adwoa"),
         ("Oppong-Boateng", "Nana Yaa"), ("Gyamfi", "Kojo"), ("Ofori-Atta", "Esi"), ("Kyei", "Afua")]  # fmt: skip
_KENYAN = [("Kamau", "Wanjiku"), ("Njoroge", "Peter"), ("Mwangi", "Njeri"), ("Kariuki", "James"), ("Gitau", "Wambui"),
           ("Githinji", "Muthoni"), ("Ng'ang'a", "Wairimu"), ("Otieno", "Akinyi"), ("Odhiambo", "Brian"),
           ("Ochieng", "Atieno"), ("Owino", "Kevin"), ("Onyango", "Adhiambo"), ("Awuor", "Mercy"), ("Oduor", "Tom"),
           ("Wa Kahiga", "Grace"), ("Ng'endo", "Faith")]  # fmt: skip
_NGUNI = [("Dlamini", "Sipho"), ("Nkosi", "Thandiwe"), ("Mthembu", "Bongani"), ("Ndlovu", "Nomvula"),
          ("Khumalo", "Sibusiso"), ("Ngcobo", "Lindiwe"), ("Mbatha", "Ayanda"), ("Sithole", "Lwazi"), ("Gqola", "Nomsa"),
          ("Qwabe", "Siyabonga"), ("Mgqibelo", "Thembeka"), ("Mahlangu", "Luthando"), ("Mokoena-Dlamini", "Zanele"),
          ("Xaba", "Nokuthula")]  # fmt: skip
_AFRIKAANS_PARTICLE = [("van der", "Merwe", "Jaco"), ("du", "Plessis", "Anri"), ("de", "Villiers", "Marelize"),
                       ("le", "Roux", "Hennie"), ("van", "Wyk", "Riaan"), ("du", "Toit", "Liezl"), ("de", "Klerk", "Elmarie"),
                       ("van", "Zyl", "Francois"), ("van", "Niekerk", "Danie"), ("le", "Grange", "Anél"),
                       ("de", "Bruyn", "Wikus"), ("van der", "Westhuizen", "Karlien")]  # fmt: skip
_AFRIKAANS = [("Du Plessis", "Marié"), ("Van der Merwe", "Pieter"), ("Le Roux", "Elrien"), ("Botha", "Johan"),
              ("Steenkamp", "Retha"), ("Pienaar", "Gerhard"), ("Bezuidenhout", "Carla"), ("Joubert", "André"),
              ("Viljoen", "Chané"), ("Janse van Rensburg", "Hendrik"), ("Grobbelaar", "Suné"), ("Rossouw", "Louis")]  # fmt: skip
_BRITISH = [("Patel", "Priya"), ("Khan", "Imran"), ("Hughes", "Rhiannon"), ("Evans", "Gareth"), ("Thompson", "Hannah"),
            ("Begum", "Shamima"), ("MacDonald", "Fiona"), ("O'Brien", "Siobhán"), ("Fitzgerald", "Ciarán"),
            ("Ward-Jones", "Oliver"), ("Clarke", "Zoë"), ("Ó Súilleabháin", "Aoife"), ("McAllister", "Ruth"),
            ("Chowdhury", "Rahim"), ("Sandhu", "Harjit"), ("Okoro-Smith", "Daniel"), ("Lawson", "Chloé"),
            ("Morgan", "Sinéad"), ("Ahmed", "Yasmin"), ("Fletcher", "Tom")]  # fmt: skip
_CULTURES = [(_YORUBA, 13), (_IGBO, 10), (_HAUSA, 6), (_AKAN, 10), (_KENYAN, 12), (_NGUNI, 10), (_AFRIKAANS, 7),
             (_BRITISH, 22)]  # fmt: skip

# Who is cited when no person is: regulators, central banks, governments, development bodies, banks, insurers,
# fintechs, trade bodies, research firms and the press; with "&", apostrophes, abbreviations, plc, Ltd and PLC.
_REGULATORS = [
    ("Financial Conduct Authority", {"regulator"}), ("Financial Conduct Authority (FCA)", {"regulator", "abbreviation"}),
    ("FCA", {"regulator", "acronym"}), ("Prudential Regulation Authority", {"regulator"}),
    ("Bank of England", {"regulator"}), ("Central Bank of Nigeria", {"regulator"}),
    ("Central Bank of Nigeria (CBN)", {"regulator", "abbreviation"}), ("CBN", {"regulator", "acronym"}),
    ("Central Bank of Kenya", {"regulator"}), ("South African Reserve Bank", {"regulator"}),
    ("South African Reserve Bank (SARB)", {"regulator", "abbreviation"}),
    ("Financial Sector Conduct Authority", {"regulator"}), ("FSCA", {"regulator", "acronym"}),
    ("Bank of Ghana", {"regulator"}), ("Financial Ombudsman Service", {"regulator"}),
    ("The Pensions Regulator", {"regulator"}), ("Nigeria Deposit Insurance Corporation (NDIC)", {"regulator", "abbreviation"}),
    ("National Insurance Commission (NAICOM)", {"regulator", "abbreviation"}),
    ("Insurance Regulatory Authority", {"regulator"}), ("Retirement Benefits Authority", {"regulator"}),
    ("Communications Authority of Kenya", {"regulator"}), ("Competition and Markets Authority", {"regulator"}),
]  # fmt: skip
_COMPANIES = [
    ("Lloyds Banking Group plc", {"company"}), ("Barclays PLC", {"company"}), ("NatWest Group plc", {"company"}),
    ("Nationwide Building Society", {"company"}), ("Coventry Building Society", {"company"}),
    ("Yorkshire Building Society", {"company"}), ("Monzo Bank Ltd", {"company"}), ("Starling Bank", {"company"}),
    ("Revolut Ltd", {"company"}), ("Legal & General Group plc", {"company", "ampersand"}), ("Aviva plc", {"company"}),
    ("Sainsbury's Bank plc", {"company", "apostrophe"}), ("Lloyd's of London", {"company", "apostrophe"}),
    ("Standard Chartered PLC", {"company"}), ("Safaricom PLC", {"company"}), ("Safaricom", {"company"}),
    ("MTN Group Limited", {"company"}), ("Equity Group Holdings Plc", {"company"}), ("KCB Group", {"company"}),
    ("Access Bank Plc", {"company"}), ("Guaranty Trust Holding Company Plc", {"company"}), ("Zenith Bank Plc", {"company"}),
    ("First Bank of Nigeria Ltd", {"company"}), ("Ecobank Transnational Incorporated", {"company"}),
    ("Standard Bank Group", {"company"}), ("Absa Group Limited", {"company"}), ("Capitec Bank Holdings Limited", {"company"}),
    ("Old Mutual Limited", {"company"}), ("Sanlam", {"company"}), ("Discovery Limited", {"company"}),
    ("TymeBank", {"company"}), ("Moniepoint", {"company"}), ("Flutterwave", {"company"}), ("Paystack", {"company"}),
    ("M-KOPA", {"company", "acronym"}), ("Kuda Microfinance Bank", {"company"}), ("Chipper Cash", {"company"}),
    ("Moody's", {"company", "apostrophe"}), ("Standard & Poor's", {"company", "ampersand", "apostrophe"}),
    ("S&P Global", {"company", "ampersand"}), ("McKinsey & Company", {"company", "ampersand"}),
    ("PwC Nigeria", {"company"}), ("KPMG South Africa", {"company"}), ("Deloitte Africa", {"company"}),
    ("Ernst & Young", {"company", "ampersand"}), ("Boston Consulting Group", {"company"}),
]  # fmt: skip
_BODIES = [
    ("World Bank", {"development"}), ("World Bank Group", {"development"}), ("GSMA", {"development", "acronym"}),
    ("International Monetary Fund", {"development"}), ("IMF", {"development", "acronym"}),
    ("Alliance for Financial Inclusion", {"development"}), ("CGAP", {"development", "acronym"}),
    ("FSD Kenya", {"development"}), ("FSD Africa", {"development"}), ("FinMark Trust", {"development"}),
    ("Enhancing Financial Innovation & Access (EFInA)", {"development", "ampersand", "abbreviation"}),
    ("UK Finance", {"trade-body"}), ("Building Societies Association", {"trade-body"}),
    ("Association of British Insurers (ABI)", {"trade-body", "abbreviation"}),
    ("Association of British Credit Unions Limited (ABCUL)", {"trade-body", "abbreviation"}),
    ("Kenya Bankers Association", {"trade-body"}), ("Banking Association South Africa (BASA)", {"trade-body", "abbreviation"}),
    ("Nigeria Inter-Bank Settlement System (NIBSS)", {"trade-body", "abbreviation"}),
    ("Money and Pensions Service", {"government"}), ("Citizens Advice", {"charity"}), ("Which?", {"trade-body", "punctuation"}),
    ("Chartered Institute of Marketing (CIM)", {"trade-body", "abbreviation"}), ("Mintel", {"market-research"}),
    ("Statista", {"market-research"}), ("Kantar", {"market-research"}), ("Ipsos", {"market-research"}),
    ("YouGov", {"market-research"}), ("Finder UK", {"company"}), ("MoneySavingExpert", {"company"}),
]  # fmt: skip
_GOVERNMENT = [("HM Treasury", {"government"}), ("HM Revenue & Customs", {"government", "ampersand"}),
               ("Office for National Statistics", {"government"}), ("Department for Work and Pensions", {"government"}),
               ("National Treasury", {"government"}), ("Statistics South Africa", {"government"}),
               ("Kenya National Bureau of Statistics (KNBS)", {"government", "abbreviation"}),
               ("National Bureau of Statistics", {"government"}), ("Ghana Statistical Service", {"government"}),
               ("Federal Ministry of Finance, Budget and National Planning", {"government", "comma"}),
               ("Ministry of Finance, Ghana", {"government", "comma"}), ("The National Treasury and Economic Planning", {"government"})]  # fmt: skip
# Acts and regulations as candidates cite them: the enacting government as author, the Act as title.
_LEGISLATION = [
    ("legislation.gov.uk", "Financial Services and Markets Act 2000", 2000, None),
    ("legislation.gov.uk", "Consumer Credit Act 1974", 1974, None),
    ("legislation.gov.uk", "Financial Services and Markets Act 2023", 2023, None),
    ("UK Government", "The Payment Services Regulations 2017", 2017, "SI 2017/752"),
    ("UK Government", "The Electronic Money Regulations 2011", 2011, "SI 2011/99"),
    ("UK Government", "The Consumer Protection from Unfair Trading Regulations 2008", 2008, "SI 2008/1277"),
    ("Federal Republic of Nigeria", "Banks and Other Financial Institutions Act 2020", 2020, None),
    ("Federal Republic of Nigeria", "Central Bank of Nigeria Act 2007", 2007, None),
    ("Federal Republic of Nigeria", "Nigeria Data Protection Act 2023", 2023, None),
    ("Federal Republic of Nigeria", "Federal Competition and Consumer Protection Act 2018", 2018, None),
    ("Republic of Kenya", "National Payment System Act, No. 39 of 2011", 2011, None),
    ("Republic of Kenya", "Data Protection Act, No. 24 of 2019", 2019, None),
    ("Republic of Kenya", "Central Bank of Kenya (Amendment) Act 2021", 2021, None),
    ("Republic of South Africa", "National Credit Act 34 of 2005", 2005, None),
    ("Republic of South Africa", "Financial Sector Regulation Act 9 of 2017", 2017, None),
    ("Republic of South Africa", "Protection of Personal Information Act 4 of 2013", 2013, None),
    ("Republic of South Africa", "Financial Advisory and Intermediary Services Act 37 of 2002", 2002, None),
    ("Republic of Ghana", "Payment Systems and Services Act, 2019 (Act 987)", 2019, None),
    ("Republic of Ghana", "Banks and Specialised Deposit-Taking Institutions Act, 2016 (Act 930)", 2016, None),
]  # fmt: skip
_JOURNALS = ["International Journal of Bank Marketing", "Journal of Financial Services Marketing", "Journal of Services Marketing",
             "Journal of African Business", "African Journal of Economic and Management Studies",
             "Journal of Retailing and Consumer Services", "Telematics and Informatics", "Journal of Consumer Affairs",
             "Journal of Marketing Management", "Technological Forecasting and Social Change", "World Development",
             "South African Journal of Business Management", "Journal of Business Research",
             "Information Technology for Development", "Review of Development Finance", "Journal of Consumer Marketing",
             "Journal of Financial Regulation and Compliance", "Qualitative Market Research"]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Kogan Page", "London"), ("Routledge", "Abingdon"), ("Palgrave Macmillan", "Cham"),
               ("Wiley", "Chichester"), ("Oxford University Press", "Oxford"), ("Juta", "Cape Town"),
               ("Van Schaik", "Pretoria"), ("East African Educational Publishers", "Nairobi"),
               ("Spectrum Books", "Ibadan"), ("Sub-Saharan Publishers", "Accra"), ("Edward Elgar", "Cheltenham"),
               ("Springer", "Cham"), ("Sage", "London")]  # fmt: skip
_NEWS = ["Financial Times", "BusinessDay", "Business Day", "Daily Nation", "Nation", "Mail & Guardian", "The Guardian",
         "Punch", "Premium Times", "Business Daily Africa", "The Standard", "Daily Graphic", "News24", "Moneyweb",
         "BBC News", "The Times", "This is Money", "City A.M.", "TechCabal"]  # fmt: skip
_TRADE = ["FT Adviser", "Money Marketing", "Finextra", "The Banker", "Insurance Times", "Mortgage Strategy",
          "Marketing Week", "Campaign", "Retail Banker International", "Bizcommunity", "Techpoint Africa",
          "Disrupt Africa", "Marketing Edge", "Mortgage Solutions"]  # fmt: skip
_PODCASTS = ["Fintech Insider", "Money Box", "The Banking Brief", "Africa Fintech Radio", "The Moneyweb Podcast",
             "Insurance Uncut", "Mobile Money Matters", "The Credit Union Show"]  # fmt: skip
_BLOGS = ["Bank Underground", "CGAP Blog", "Monzo Blog", "Starling Bank Blog", "Flutterwave Blog", "FSD Africa Insights",
          "GSMA Mobile for Development Blog", "Moniepoint Blog"]  # fmt: skip

_TOPICS = ["mobile money", "agency banking", "financial inclusion", "the Consumer Duty", "treating customers fairly",
           "open banking", "buy now, pay later", "digital lending", "microinsurance", "pension auto-enrolment",
           "credit unions", "building society membership", "USSD banking", "trust in banks", "branch closures",
           "financial literacy", "savings groups", "chama savings", "cash ISAs", "mortgage affordability",
           "vulnerable customers", "bancassurance", "digital wallets", "cross-border remittances", "instant payments",
           "the cashless policy", "customer onboarding", "KYC and tiered accounts", "insurance claims experience",
           "Islamic banking", "fraud and scams", "overdraft pricing", "youth banking", "women's financial inclusion",
           "neobanks", "loyalty in retail banking", "switching current accounts", "stokvels", "funeral cover",
           "robo-advice"]  # fmt: skip
_PLACES = ["Nigeria", "Kenya", "Ghana", "South Africa", "the UK", "sub-Saharan Africa", "East Africa", "West Africa",
           "emerging markets", "Lagos", "Nairobi", "Gauteng", "rural Kenya", "northern Nigeria", "Accra"]  # fmt: skip
_REG_TITLES = ["PS22/9: A new Consumer Duty", "FG22/5: Final non-Handbook guidance for firms on the Consumer Duty",
               "Guidance for firms on the fair treatment of vulnerable customers", "Financial Lives survey: key findings",
               "Consumer Duty: findings from our review of fair value frameworks", "Treating Customers Fairly: towards fair outcomes for consumers",
               "Guidelines for the regulation of agent banking and agent banking relationships in Nigeria",
               "Regulatory framework for the use of unstructured supplementary service data (USSD) for financial services",
               "Exposure draft of the guidelines on operations of open banking in Nigeria",
               "National Financial Inclusion Strategy (revised)", "Monetary Policy Committee communiqué",
               "Guidance note on agent banking", "Prudential guidelines for institutions licensed under the Banking Act",
               "Financial Stability Review", "Conduct standard for banks", "Treating Customers Fairly: the outcomes",
               "Monetary Policy Review", "Mobile money guidelines", "Guidelines on consumer recourse mechanisms",
               "Digital credit providers regulations", "Financial Sector Outlook Study", "Quarterly Bulletin"]  # fmt: skip
_STATS = ["Mobile payments", "Bankstats (Monetary & Financial Statistics) tables", "Money and Credit",
          "NIP transactions dashboard", "Summary of economic and financial data", "Payment systems statistics",
          "Household debt: inequalities in Great Britain", "Quarterly Labour Force Survey", "Consumer price index",
          "Effective interest rates", "Central bank rate history", "Mortgage lenders and administrators statistics",
          "Agent banking statistics", "Consumer credit statistics"]  # fmt: skip


class Blind30WorkFactory(WorkFactory):
    """Works cited by financial-services marketers in the UK, Nigeria, Ghana, Kenya and South Africa."""

    KINDS = ("book", "chapter", "journal", "report", "annual-report", "regulator", "government", "legislation",
             "statistics", "web", "news", "trade-press", "podcast", "social", "blog", "video")  # fmt: skip
    _WEIGHTS = (10, 4, 22, 8, 6, 9, 4, 3, 4, 6, 7, 5, 2, 3, 4, 2)

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 53 + 30030)
        self.seen: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        if self.rng.random() < 0.1:
            particle, family, given = self.rng.choice(_AFRIKAANS_PARTICLE)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        names = self.rng.choices([c for c, _ in _CULTURES], weights=[w for _, w in _CULTURES])[0]
        family, given = self.rng.choice(names)
        if self.rng.random() < 0.05:  # married and double-barrelled names across cultures
            family = f"{family}-{self.rng.choice(self.rng.choice([_YORUBA, _AKAN, _NGUNI, _BRITISH]))[0].split('-')[0]}"
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        table = self.rng.choices([_REGULATORS, _COMPANIES, _BODIES, _GOVERNMENT], weights=[3, 4, 4, 1])[0]
        name, tags = self.rng.choice(table)
        return name, set(tags)

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1975, 2004)
        return self.rng.randint(2008, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        if issued is None:
            start = datetime.date(2023, 1, 1)
        else:
            start = datetime.date(issued[0], issued[1] if len(issued) > 1 else 12, issued[2] if len(issued) > 2 else 28)
            start = max(start, datetime.date(2022, 9, 1))
        day = min(start + datetime.timedelta(days=self.rng.randint(1, 700)), datetime.date(2026, 11, 20))
        return {"date-parts": [[day.year, day.month, day.day]]}

    def _day(self) -> list[int]:
        return [self.year(), self.rng.randint(1, 12), self.rng.randint(1, 28)]

    def _title(self) -> str:
        topic, place = self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        other = self.rng.choice(_TOPICS)
        forms = [
            f"{topic[0].upper()}{topic[1:]} in {place}: a customer perspective",
            f"Drivers of {topic} adoption in {place}",
            f"{topic[0].upper()}{topic[1:]} and {other}: evidence from {place}",
            f"Trust, risk and {topic}: a study of bank customers in {place}",
            f"Marketing {topic} to the unbanked in {place}",
            f"Why {topic} matters for {other}",
            f"The effect of {topic} on customer loyalty in {place}",
            f"{topic[0].upper()}{topic[1:]}: lessons for financial services marketers",
            f"Rethinking {topic} after the pandemic",
            f"Customer experience and {topic} in {place}",
        ]
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(self.KINDS, weights=self._WEIGHTS)[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 28, 16, 9, 5, 4, 2, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if name not in people:
                people.append(name)
        return people

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation in the same year as an earlier work ("CBN, 2023a" and "2023b").
        if self.seen and "issued" in record and self.rng.random() < 0.12:
            name, tags, issued = self.rng.choice(self.seen)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
            if record.get("publisher"):
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.seen.append((name, tags, record["issued"]))
        return super()._org_work(record, kind, name, tags)

    def _online(self, record: dict[str, Any], url: str, undated: float = 0.0) -> dict[str, Any]:
        if self.rng.random() < undated:
            record.pop("issued", None)
        record["URL"] = url
        record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0] if "issued" in record else None)
        return record

    def _url(self, host: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        return f"https://{host or fake.domain_name()}/{fake.slug()}"

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "author": self._people(4), "issued": {"date-parts": [[self.year()]]},
                                  "publisher": publisher, "publisher-place": place,
                                  "title": self.rng.choice([self._title(), f"Marketing financial services {self.rng.choice(['in Africa', 'and products', 'in a digital age'])}",
                                                            f"Bank marketing: {self.rng.choice(_TOPICS)} and beyond", f"Principles of {self.rng.choice(['insurance', 'bank', 'pensions', 'fintech'])} marketing"])}  # fmt: skip
        if self.rng.random() < 0.3:
            record["edition"] = str(self.rng.randint(2, 8))
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": f"The Routledge handbook of {self.rng.choice(['financial services marketing', 'fintech in Africa', 'financial inclusion', 'services marketing'])}",
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{(start := self.rng.randint(1, 400))}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 45)), "issue": str(self.rng.randint(1, 8)),
            "page": f"{(start := self.rng.randint(1, 1200))}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice(['1108', '1057', '1016', '1080'])}/{self.fakers['en_GB'].lexify('????').upper()}-{self.rng.randint(100, 99999)}"
            )
        return self._person_work(record, "journal")

    def _report(self) -> Work:
        name, tags = self.rng.choice(_BODIES)
        year = self.year()
        titles = [
            self._title(),
            f"The state of the industry report on mobile money {year}",
            f"The Global Findex Database {year}: financial inclusion, digital payments and resilience",
            f"Access to financial services in {self.rng.choice(_PLACES)} survey {year}",
            f"Financial inclusion insights {year}",
            f"UK retail banking market review {year}",
        ]
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0], "publisher-place": self.rng.choice(["London", "Washington, DC", "Nairobi", "Lagos", "Johannesburg"])}  # fmt: skip
        if self.rng.random() < 0.6:
            self._online(record, self._url(), undated=0.2)
        return self._org_work(record, "report", name, tags)

    def _annual_report(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.year()
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"Annual report and accounts {year - 1}", f"Integrated annual report {year - 1}",
                                                       f"Sustainability report {year - 1}", f"Annual report {year - 1}"]),
            "issued": {"date-parts": [[year]]}, "publisher": name, "publisher-place": self.rng.choice(["London", "Lagos", "Nairobi", "Johannesburg", "Accra"]),
        }  # fmt: skip
        if self.rng.random() < 0.7:
            self._online(record, self._url())
        return self._org_work(record, "annual-report", name, tags)

    def _regulator(self) -> Work:
        name, tags = self.rng.choice(_REGULATORS)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(_REG_TITLES),
                                  "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        self._online(record, self._url(), undated=0.15 if record["type"] == "webpage" else 0.0)
        return self._org_work(record, "regulator", name, tags)

    def _government(self) -> Work:
        name, tags = self.rng.choice(_GOVERNMENT)
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice([self._title(), f"Budget statement {self.year()}", "Financial inclusion strategy", f"Economic survey {self.year()}"]),
                                  "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        self._online(record, self._url())
        return self._org_work(record, "government", name, tags)

    def _legislation(self) -> Work:
        author, title, year, number = self.rng.choice(_LEGISLATION)
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}}
        if number:
            record["number"] = number
        if author == "legislation.gov.uk" and self.rng.random() < 0.7:
            self._online(record, f"https://www.legislation.gov.uk/ukpga/{year}/{self.rng.randint(1, 40)}/contents")
        elif author == "Federal Republic of Nigeria":
            record["type"], record["publisher"], record["publisher-place"] = (
                "bill",
                "Federal Government Printer",
                "Abuja",
            )
        return super()._org_work(record, "legislation", author, {"legislation", "government"})

    def _statistics(self) -> Work:
        name = self.rng.choice(["Central Bank of Kenya", "Bank of England", "Bank of Ghana", "South African Reserve Bank",
                                "Central Bank of Nigeria", "Nigeria Inter-Bank Settlement System (NIBSS)",
                                "Office for National Statistics", "Kenya National Bureau of Statistics (KNBS)", "Statistics South Africa"])  # fmt: skip
        record: dict[str, Any] = {
            "type": "dataset",
            "title": self.rng.choice(_STATS),
            "issued": {"date-parts": [[self.year()]]},
        }
        self._online(record, self._url(), undated=0.25)
        return self._org_work(record, "statistics", name, {"government", "statistics"})

    def _web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice([self._title(), f"{self.rng.choice(['Savings', 'Current', 'Business', 'Junior ISA', 'Fixed-rate bond'])} accounts: compare rates",
                                                                              "How agency banking works", "Our commitment to the Consumer Duty", "About mobile money"]),
                                  "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        self._online(record, self._url(), undated=0.35)
        if self.rng.random() < 0.3:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags)

    def _news(self) -> Work:
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._headline(), "container-title": self.rng.choice(_NEWS),
                                  "issued": {"date-parts": [self._day()]}}  # fmt: skip
        if self.rng.random() < 0.8:
            self._online(record, self._url())
        if self.rng.random() < 0.85:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", record["container-title"], {"press"})

    def _headline(self) -> str:
        bank = self.rng.choice(_COMPANIES)[0].split(" ")[0]
        forms = [f"{bank} bets on {self.rng.choice(_TOPICS)}", f"CBN tightens rules on {self.rng.choice(_TOPICS)}",
                 f"Regulator warns lenders over {self.rng.choice(_TOPICS)}", f"Why {self.rng.choice(_TOPICS)} is booming in {self.rng.choice(_PLACES)}",
                 f"{bank} cuts savings rates again", f"Mobile money agents feel the squeeze in {self.rng.choice(_PLACES)}",
                 f"Banks face Consumer Duty deadline on {self.rng.choice(_TOPICS)}"]  # fmt: skip
        return self.rng.choice(forms)

    def _trade_press(self) -> Work:
        record: dict[str, Any] = {"type": "article-magazine", "title": self._headline() if self.rng.random() < 0.5 else self._title(),
                                  "container-title": self.rng.choice(_TRADE), "issued": {"date-parts": [self._day()]}}  # fmt: skip
        self._online(record, self._url())
        if self.rng.random() < 0.75:
            record["author"] = self._people(2)
            return self._person_work(record, "trade-press")
        return self._org_work(record, "trade-press", record["container-title"], {"press"})

    def _podcast(self) -> Work:
        record: dict[str, Any] = {"type": "broadcast", "title": f"Episode {self.rng.randint(3, 260)}: {self.rng.choice(_TOPICS)}",
                                  "container-title": self.rng.choice(_PODCASTS), "medium": "Podcast", "issued": {"date-parts": [self._day()]}}  # fmt: skip
        self._online(record, self._url())
        if self.rng.random() < 0.7:
            record["author"] = self._people(2)
            return self._person_work(record, "podcast")
        return self._org_work(record, "podcast", self.rng.choice(["BBC Radio 4", "11:FS", "Moneyweb"]), {"company"})

    def _social(self) -> Work:
        record: dict[str, Any] = {"type": "post-weblog", "container-title": self.rng.choice(["LinkedIn", "LinkedIn", "X", "Instagram"]),
                                  "title": self.rng.choice([f"Three things I learnt launching {self.rng.choice(_TOPICS)}", f"Proud of our team: {self.rng.choice(_TOPICS)} milestone",
                                                            f"Thoughts on {self.rng.choice(_TOPICS)} from the field", "What the Consumer Duty means for marketers"]),
                                  "issued": {"date-parts": [self._day()]}}  # fmt: skip
        self._online(record, self._url("www.linkedin.com"))
        if self.rng.random() < 0.75:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        name, tags = self.rng.choice(_REGULATORS + _COMPANIES)
        return self._org_work(record, "social", name, set(tags))

    def _blog(self) -> Work:
        record: dict[str, Any] = {"type": "post-weblog", "title": self._title(), "container-title": self.rng.choice(_BLOGS),
                                  "issued": {"date-parts": [self._day()]}}  # fmt: skip
        self._online(record, self._url(), undated=0.25)
        if self.rng.random() < 0.7:
            record["author"] = self._people(3)
            return self._person_work(record, "blog")
        name, tags = self.rng.choice(_COMPANIES + _BODIES)
        return self._org_work(record, "blog", name, set(tags))

    def _video(self) -> Work:
        record: dict[str, Any] = {"type": "motion_picture", "title": self.rng.choice([f"{(topic := self.rng.choice(_TOPICS))[0].upper()}{topic[1:]} explained", self._title()]),
                                  "medium": "YouTube", "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        self._online(record, self._url("www.youtube.com"))
        name, tags = self.rng.choice(_REGULATORS + _COMPANIES + _BODIES)
        return self._org_work(record, "video", name, set(tags))
