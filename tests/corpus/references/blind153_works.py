"""The hundred-and-fifty-third independent pool's works (HELD OUT): what marketers in Nigeria, Ghana and their
diaspora cite in CIM Level 6 and 7 reports and MBA assignments.

Yoruba, Igbo, Hausa, Ijaw, Efik, Akan, Ewe and Ga names (some with their tone marks, some hyphenated, some with an
apostrophe), expatriates writing about West Africa, banks, fintechs, telcos and FMCG makers as authors (Plc, Ltd,
Ltd/Gte, (Nig.) Ltd), the CBN, NCC, NBS, ARCON, Bank of Ghana, NCA and GSS, laws as the two countries number them,
theses from UNILAG, UI, Covenant, Legon and KNUST, conference papers, Nigerian and Ghanaian press signed and
unsigned, posts, videos and podcasts, undated pages, and Yoruba, Igbo, Hausa and Twi titles with English in square
brackets.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

_YORUBA = [("Adebayo", "Oluwaseun"), ("Adeyemi", "Folake"), ("Ogunleye", "Babatunde"), ("Oyelaran", "Titilayo"),
           ("Akinwumi", "Adeola"), ("Ọdúbánjọ", "Olúwadámilọ́lá"), ("Akínyẹmí", "Tèmítọ́pẹ́"), ("Olatunji", "Kehinde"),
           ("Bamidele", "Oluwatosin"), ("Fashola", "Abiodun"), ("Ogunbiyi", "Yetunde"), ("Adesanya", "Olumide"),
           ("Ajayi", "Funmilayo"), ("Oyeyemi", "Ibukunoluwa"), ("Balogun", "Rasheed"), ("Lawal", "Aminat"),
           ("Salami", "Kazeem"), ("Oyèwọ̀lé", "Ayọ̀dèjì")]  # fmt: skip
_IGBO = [("Okonkwo", "Chidi"), ("Nwosu", "Ngozi"), ("Eze", "Chukwuemeka"), ("Okafor", "Ifeoma"), ("Obi", "Nnamdi"),
         ("Nwachukwu", "Adaeze"), ("Onyekachi", "Uchenna"), ("Okeke", "Chiamaka"), ("Ezeani", "Obinna"),
         ("Anyanwu", "Chinwe"), ("Igwe", "Kelechi"), ("Nnadozie", "Somtochukwu"), ("Uzoma", "Ebere"),
         ("Ọkọnkwọ", "Chịnụa")]  # fmt: skip
_HAUSA = [("Abubakar", "Aisha"), ("Bello", "Muhammad"), ("Danjuma", "Hauwa"), ("Yusuf", "Ibrahim"),
          ("Sani", "Zainab"), ("Garba", "Usman"), ("Yar'Adua", "Maryam"), ("Dan-Azumi", "Abdullahi"),
          ("Musa", "Fatima"), ("Aliyu", "Sadiq"), ("Ɗanladi", "Hadiza"), ("Shehu", "Bashir")]  # fmt: skip
_SOUTH_SOUTH = [("Bassey", "Effiong"), ("Essien", "Imaobong"), ("Ekpo", "Uduak"), ("Ebiri", "Tamuno"),
                ("Tariah", "Boma"), ("Ebikeme", "Preye"), ("Alamieyeseigha", "Timi"), ("Etim", "Ekaette"),
                ("Ikpeme", "Ime"), ("Okon", "Edidiong")]  # fmt: skip
_GHANA = [("Mensah", "Kwame"), ("Owusu", "Akosua"), ("Boateng", "Kofi"), ("Asante", "Yaa"), ("Osei", "Kwabena"),
          ("Agyeman", "Ama"), ("Appiah", "Kwasi"), ("Ofori", "Efua"), ("Darko", "Kojo"), ("Amoah", "Abena"),
          ("Agbodeka", "Selorm"), ("Dzokoto", "Elikem"), ("Kpodo", "Edem"), ("Quaye", "Nii Armah"),
          ("Lamptey", "Naa Adjeley"), ("Tetteh", "Nii Okai"), ("Ankrah", "Naa Dedei"), ("Quarcoopome", "Nii Lante"),
          ("Fuseini", "Abdul-Rahman"), ("Iddrisu", "Mariam"), ("Adu-Gyamfi", "Yaw"), ("Nketia", "Adwoa")]  # fmt: skip
_HYPHENATED = ["Owusu-Ansah", "Ofori-Atta", "Adu-Boahen", "Coker-Appiah", "Bello-Osagie", "Ade-Ajayi",
               "Olufemi-Kayode", "Nwankwo-Okeke", "Kufuor-Boakye", "Adjei-Mensah", "Obeng-Odoom",
               "Agyei-Twum", "Lawson-Jack", "Williams-Ogunbanjo"]  # fmt: skip
_EXPAT = [("Smith", "Rachel"), ("Taylor", "James"), ("O'Brien", "Siobhan"), ("Patel", "Priya"),
          ("Khoury", "Rami"), ("Chaudhary", "Nikhil"), ("Hughes", "Emma"), ("MacDonald", "Fiona"),
          ("Müller", "Jonas"), ("Nakamura", "Aiko"), ("Botha", "Pieter"), ("Dlamini", "Thandiwe")]  # fmt: skip
_EXPAT_PARTICLES = [("van der", "Merwe", "Anika"), ("de", "Villiers", "Marelize"), ("van", "Wyk", "Johan"),
                    ("du", "Plessis", "Lize")]  # fmt: skip
_MIDDLE = ["Adewale", "Chinedu", "Kofi", "Olufunke", "Nneka", "Tunde", "Ifeanyi", "Yaw", "Bola", "Amaka"]

_COMPANIES: list[tuple[str, set[str]]] = [
    ("Guaranty Trust Holding Company Plc", {"company"}), ("GTCO", {"company", "acronym"}),
    ("Access Holdings Plc", {"company"}), ("Zenith Bank Plc", {"company"}), ("First Bank of Nigeria Ltd", {"company"}),
    ("Ecobank Ghana PLC", {"company"}), ("GCB Bank PLC", {"company"}), ("Flutterwave", {"company"}),
    ("Paystack", {"company"}), ("OPay Digital Services Ltd", {"company"}), ("Moniepoint Inc.", {"company"}),
    ("MTN Nigeria Communications Plc", {"company"}), ("MTN Ghana", {"company"}), ("Airtel Africa plc", {"company"}),
    ("Globacom Ltd", {"company"}), ("Telecel Ghana", {"company"}), ("Dangote Cement Plc", {"company"}),
    ("Nestlé Nigeria Plc", {"company"}), ("Nigerian Breweries Plc", {"company"}), ("Guinness Ghana Breweries PLC", {"company"}),
    ("Cadbury Nigeria Plc", {"company"}), ("Dufil Prima Foods Plc", {"company"}), ("Jumia Technologies AG", {"company"}),
    ("Shoprite Holdings Ltd", {"company"}), ("Melcom Group", {"company"}), ("Air Peace Ltd", {"company"}),
    ("Africa World Airlines", {"company"}), ("Channels Television", {"press"}), ("Multimedia Group Ltd", {"company"}),
    ("PZ Cussons Nigeria Plc", {"company"}), ("Unilever Nigeria Plc", {"company"}), ("FBNQuest", {"company"}),
    ("Stanbic IBTC Holdings Plc", {"company"}), ("Chi Ltd", {"company"}), ("Promasidor (Nig.) Ltd", {"company", "bracket"}),
    ("UAC of Nigeria Plc", {"company"}), ("Fan Milk Ltd", {"company"}), ("Kasapreko Company Ltd", {"company"}),
]  # fmt: skip
_BODIES: list[tuple[str, set[str]]] = [
    ("Central Bank of Nigeria", {"government"}), ("Central Bank of Nigeria (CBN)", {"government", "abbreviation"}),
    ("CBN", {"government", "acronym"}), ("Nigerian Communications Commission", {"government"}),
    ("Nigerian Communications Commission (NCC)", {"government", "abbreviation"}),
    ("National Bureau of Statistics", {"government"}), ("National Bureau of Statistics (NBS)", {"government", "abbreviation"}),
    ("Advertising Regulatory Council of Nigeria (ARCON)", {"government", "abbreviation"}),
    ("Nigeria Data Protection Commission", {"government"}), ("Federal Competition and Consumer Protection Commission", {"government"}),
    ("Bank of Ghana", {"government"}), ("National Communications Authority", {"government"}),
    ("National Communications Authority (NCA)", {"government", "abbreviation"}),
    ("Ghana Statistical Service", {"government"}), ("Ghana Statistical Service (GSS)", {"government", "abbreviation"}),
    ("Data Protection Commission Ghana", {"government"}), ("Ministry of Information, Ghana", {"government", "comma"}),
    ("Federal Ministry of Communications, Innovation and Digital Economy", {"government", "comma"}),
    ("Lagos State Government", {"government"}), ("Securities and Exchange Commission, Nigeria", {"government", "comma"}),
]  # fmt: skip
_TRADE: list[tuple[str, set[str]]] = [
    ("Advertisers Association of Nigeria (ADVAN)", {"trade-body", "abbreviation"}),
    ("Association of Advertising Agencies of Nigeria", {"trade-body"}),
    ("Nigerian Institute of Marketing of Nigeria", {"trade-body"}),
    ("Chartered Institute of Marketing Ghana", {"trade-body"}), ("Ghana Chamber of Telecommunications", {"trade-body"}),
    ("Lagos Chamber of Commerce and Industry (LCCI)", {"trade-body", "abbreviation"}),
    ("Manufacturers Association of Nigeria", {"trade-body"}), ("Fintech Association of Nigeria", {"trade-body"}),
    ("Association of Ghana Industries", {"trade-body"}), ("GSMA", {"trade-body", "acronym"}),
    ("Chartered Institute of Marketing", {"trade-body"}),
]  # fmt: skip
_RESEARCH = ["NOIPolls", "Statista", "Kantar", "GeoPoll", "Ipsos Nigeria", "Euromonitor International", "Nielsen",
             "KPMG Nigeria", "PwC Nigeria", "Afrobarometer", "Stears", "SBM Intelligence", "TechCabal Insights",
             "Agusto & Co.", "Proshare", "Mintel", "GWI"]  # fmt: skip
_PRESS = ["BusinessDay", "Punch", "The Guardian Nigeria", "Vanguard", "ThisDay", "Premium Times", "Nairametrics",
          "TechCabal", "Daily Trust", "Leadership", "Daily Graphic", "The Business & Financial Times", "MyJoyOnline",
          "Citi Newsroom", "GhanaWeb", "BBC News Pidgin", "Financial Times", "Bloomberg", "Marketing Edge",
          "Brand Communicator", "Rest of World", "Quartz Africa", "Pulse Nigeria"]  # fmt: skip
_PLATFORMS = [
    "X (formerly Twitter)",
    "Instagram",
    "LinkedIn",
    "YouTube",
    "TikTok",
    "Facebook",
    "Spotify",
    "Apple Podcasts",
]
_TOPICS = ["mobile money adoption", "USSD banking", "agency banking", "brand trust in fintech", "the cashless policy",
           "naira redesign", "Detty December spending", "Afrobeats brand partnerships", "Nollywood product placement",
           "influencer marketing on Instagram", "WhatsApp commerce", "data bundles pricing", "sachet marketing",
           "price sensitivity under inflation", "customer loyalty in retail banking", "airline service quality",
           "MoMo merchant payments", "BNPL in Lagos", "brand activation in open markets", "Gen Z on TikTok",
           "SIM registration and NIN linkage", "Sallah promotions", "point-of-sale agents", "informal retail",
           "e-levy and mobile payments", "cause-related marketing", "celebrity endorsement", "diaspora remittances",
           "experiential marketing", "alcohol advertising regulation", "telco churn", "digital lending apps"]  # fmt: skip
_PLACES = ["Nigeria", "Ghana", "Lagos", "Accra", "Kumasi", "Abuja", "Port Harcourt", "Ibadan", "Kano", "Enugu",
           "Onitsha", "Tamale", "Takoradi", "West Africa", "sub-Saharan Africa", "the Nigerian diaspora in London"]  # fmt: skip
_LOCAL_TITLES = [
    ("Ọjà òde òní", "Today's market"), ("Owó àti ìgbẹ́kẹ̀lé", "Money and trust"),
    ("Ahịa na ndụ ndị Igbo", "Trade and Igbo life"), ("Ego na-akpata ego", "Money makes money"),
    ("Kasuwanci a zamanin yau", "Business in the present day"), ("Talla ta hanyar waya", "Selling by phone"),
    ("Sika ne adwuma", "Money and work"), ("Adwumayɛ ne nkɔsoɔ", "Business and progress"),
    ("Ɔman no sikasɛm", "The nation's finances"),
]  # fmt: skip
_UNIVERSITIES = [("University of Lagos", "Lagos"), ("University of Ibadan", "Ibadan"), ("Covenant University", "Ota"),
                 ("University of Ghana", "Legon"), ("Kwame Nkrumah University of Science and Technology", "Kumasi"),
                 ("Ahmadu Bello University", "Zaria"), ("University of Nigeria, Nsukka", "Nsukka"),
                 ("Lagos Business School, Pan-Atlantic University", "Lagos"), ("University of Cape Coast", "Cape Coast")]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Palgrave Macmillan", "Cham"), ("Wiley", "Chichester"), ("Spectrum Books", "Ibadan"),
               ("University Press Plc", "Ibadan"), ("Malthouse Press", "Lagos"), ("Sub-Saharan Publishers", "Accra"),
               ("Woeli Publishing Services", "Accra"), ("Ghana Universities Press", "Accra"),
               ("Pearson Education Limited", "Harlow"), ("Oxford University Press", "Oxford")]  # fmt: skip
_JOURNALS = ["African Journal of Economic and Management Studies", "Journal of African Business",
             "Nigerian Journal of Management Sciences", "Ghana Journal of Development Studies",
             "Journal of Marketing Management", "International Journal of Bank Marketing", "Journal of Business Research",
             "African Journal of Marketing Management", "Journal of Islamic Marketing", "Telecommunications Policy",
             "Journal of Retailing and Consumer Services", "Covenant Journal of Business and Social Sciences",
             "Ife Journal of Economics and Finance", "Journal of Global Marketing"]  # fmt: skip
_CONFERENCES = [("Academy of Marketing Conference", "Cardiff"), ("African Marketing Conference", "Accra"),
                ("Covenant University International Conference on African Development Issues", "Ota"),
                ("Academy of African Business and Development Conference", "Lagos"),
                ("Global Business Conference of the Nigerian Academy of Management", "Abuja")]  # fmt: skip
_LAWS = [("Federal Republic of Nigeria", "Nigeria Data Protection Act, 2023", 2023, "Federal Government Printer", "Abuja"),
         ("Federal Republic of Nigeria", "Federal Competition and Consumer Protection Act, 2018", 2019, "Federal Government Printer", "Abuja"),
         ("Federal Republic of Nigeria", "Advertising Regulatory Council of Nigeria Act, 2022", 2022, "Federal Government Printer", "Abuja"),
         ("Federal Republic of Nigeria", "Nigerian Communications Act, 2003", 2003, "Federal Government Printer", "Lagos"),
         ("Republic of Ghana", "Data Protection Act, 2012 (Act 843)", 2012, "Assembly Press", "Accra"),
         ("Republic of Ghana", "Electronic Transactions Act, 2008 (Act 772)", 2008, "Assembly Press", "Accra"),
         ("Republic of Ghana", "Payment Systems and Services Act, 2019 (Act 987)", 2019, "Assembly Press", "Accra"),
         ("Republic of Ghana", "Electronic Transfer Levy Act, 2022 (Act 1075)", 2022, "Assembly Press", "Accra"),
         ("Central Bank of Nigeria", "Guidelines on Operations of Electronic Payment Channels in Nigeria (circular BPS/DIR/GEN/CIR/04/010)", 2020, "CBN", "Abuja"),
         ("Central Bank of Nigeria", "Regulatory framework for Bank Verification Number (BVN) operations (circular PSM/DIR/PUB/CIR/001/003)", 2021, "CBN", "Abuja"),
         ("Bank of Ghana", "Guidelines for E-Money Issuers in Ghana", 2015, "Bank of Ghana", "Accra")]  # fmt: skip


class Blind153WorkFactory(WorkFactory):
    """Works a Nigerian or Ghanaian marketing candidate cites, from a seeded random source of this pool's own."""

    DRAWN: ClassVar[list[tuple[str, int]]] = [("book", 12), ("chapter", 5), ("journal", 20), ("thesis", 4), ("conference", 3), ("company-web", 9),
             ("company-report", 7), ("trade-body", 5), ("regulator", 9), ("law", 4), ("market-research", 8),
             ("news", 9), ("unsigned-news", 4), ("social", 3), ("undated-web", 4)]  # fmt: skip
    KINDS = frozenset(
        {"book", "chapter", "journal", "thesis", "conference", "web", "report", "legislation", "news", "social"}
    )

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 153 + 15301)
        self.org_years: list[tuple[str, str, set[str], int]] = []

    # ---------------------------------------------------------------- people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.08:
            particle, family, given = self.rng.choice(_EXPAT_PARTICLES)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        if roll < 0.2:
            family, given = self.rng.choice(_EXPAT)
        elif roll < 0.3:
            family = self.rng.choice(_HYPHENATED)
            given = self.rng.choice([g for _, g in _YORUBA + _GHANA + _IGBO])
        else:
            group = self.rng.choice([_YORUBA, _YORUBA, _IGBO, _IGBO, _HAUSA, _SOUTH_SOUTH, _GHANA, _GHANA])
            family, given = self.rng.choice(group)
        if self.rng.random() < 0.2 and " " not in given:  # a middle name, kept whole or as an initial
            middle = self.rng.choice(_MIDDLE)
            given = f"{given} {middle}" if self.rng.random() < 0.5 else f"{given} {middle[0]}."
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_COMPANIES + _BODIES + _TRADE)
        return name, set(tags)

    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1975, 1999)
        return self.rng.randint(2008, 2025)

    def accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        start = max(2022, year or 2022)
        return {"date-parts": [[self.rng.randint(start, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def accessed_after_day(self, issued: list[int]) -> dict[str, list[list[int]]]:
        """An access date on or after a dated article's or post's day."""
        year, month, day = issued
        if year < 2025:
            return self.accessed_after(year + 1)
        later = self.rng.randint(month, 12)
        return {"date-parts": [[2025, later, self.rng.randint(day if later == month else 1, 28)]]}

    def _title(self) -> str:
        topic, place = self.rng.choice(_TOPICS), self.rng.choice(_PLACES)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"The effect of {topic} on customer loyalty in {place}",
                 f"{topic[0].upper()}{topic[1:]}: evidence from {place}",
                 f"Determinants of {topic} among young consumers in {place}",
                 f"Marketing in {place}: {topic} and the emerging middle class",
                 f"An assessment of {topic} in selected firms in {place}",
                 f"{topic[0].upper()}{topic[1:]} and brand equity: a study of {place}"]  # fmt: skip
        if self.rng.random() < 0.08:
            local, english = self.rng.choice(_LOCAL_TITLES)
            return f"{local} [{english}]"
        return self.rng.choice(forms)

    def _url(self, host: str) -> str:
        fake = self.fakers["en_GB"]
        return f"https://{host}/{fake.slug()}"

    # ---------------------------------------------------------------- works
    def make(self, kind: str | None = None) -> Work:
        kinds, weights = zip(*self.DRAWN, strict=True)
        kind = kind or self.rng.choices(kinds, weights=weights)[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _org_and_year(
        self, category: str, choices: list[tuple[str, set[str]]], dated: bool = True
    ) -> tuple[str, set[str], int | None]:
        """An organisation of one kind and its year; now and then one already cited with the same year again, so the
        list holds "CBN (2019a)" and "CBN (2019b)"."""
        earlier = [entry for entry in self.org_years if entry[0] == category]
        if dated and earlier and self.rng.random() < 0.15:
            _, name, tags, year = self.rng.choice(earlier)
            return name, set(tags), year
        name, tags = self.rng.choice(choices)
        year = self.year() if dated else None
        if year is not None:
            self.org_years.append((category, name, set(tags), year))
        return name, set(tags), year

    @staticmethod
    def _host(name: str) -> str:
        word = "".join(ch for ch in name.split()[0].lower() if ch.isascii() and ch.isalnum())
        return {
            "central": "www.cbn.gov.ng",
            "cbn": "www.cbn.gov.ng",
            "nigerian": "www.ncc.gov.ng",
            "national": "nigerianstat.gov.ng",
            "bank": "www.bog.gov.gh",
            "ghana": "statsghana.gov.gh",
            "advertising": "arcon.gov.ng",
            "data": "dataprotection.org.gh",
            "federal": "fccpc.gov.ng",
            "lagos": "lagosstate.gov.ng",
            "ministry": "moi.gov.gh",
            "securities": "sec.gov.ng",
            "nigeria": "ndpc.gov.ng",
        }.get(word, f"www.{word}.com")

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 8))
        if self.rng.random() < 0.15:  # an e-book read online
            record["URL"] = self._url("ebookcentral.proquest.com")
            record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0][0])
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 300)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": f"{self.rng.choice(['Marketing in Africa', 'Doing business in Nigeria', 'Consumer behaviour in Ghana', 'Digital financial services in Africa', 'Brands and branding in West Africa'])}",
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 600)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 45)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{start}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        if self.rng.random() < 0.45:
            record["DOI"] = (
                f"10.{self.rng.randint(1000, 9999)}/{self.fakers['en_GB'].lexify('????').upper()}-{self.rng.randint(2010, 2025)}-{self.rng.randint(100, 9999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "genre": self.rng.choice(["PhD thesis", "MBA dissertation", "MSc dissertation", "MPhil thesis"]),
                                  "publisher": university, "publisher-place": place,
                                  "issued": {"date-parts": [[self.rng.randint(2005, 2024)]]}}  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        name, place = self.rng.choice(_CONFERENCES)
        year = self.year()
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(3),
                                  "container-title": f"Proceedings of the {name}", "event-place": place,
                                  "publisher-place": place, "issued": {"date-parts": [[year]]},
                                  "page": f"{(s := self.rng.randint(1, 400))}-{s + self.rng.randint(6, 14)}"}  # fmt: skip
        return self._person_work(record, "conference")

    def _company_web(self) -> Work:
        name, tags, year = self._org_and_year("company-web", _COMPANIES, self.rng.random() < 0.7)
        record: dict[str, Any] = {"type": "webpage",
                                  "title": self.rng.choice(["About us", "Our story", "Sustainability", "Investor relations",
                                                            "Press releases", "Our brands", "Corporate social responsibility",
                                                            f"{self.rng.choice(['Detty December', 'Sallah', 'Christmas', 'Easter', 'Independence Day'])} offers"]),
                                  "URL": self._url(self._host(name))}  # fmt: skip
        if year is not None:
            record["issued"] = {"date-parts": [[year]]}
        if self.rng.random() < 0.85:
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "web", name, tags | {"company"})

    def _company_report(self) -> Work:
        name, tags, year = self._org_and_year("company-report", _COMPANIES)
        assert year is not None
        record: dict[str, Any] = {"type": "report",
                                  "title": self.rng.choice([f"Annual report and accounts {year}", f"{year} sustainability report",
                                                            f"Integrated annual report {year}", "Investor presentation",
                                                            f"Full year {year} results"]),
                                  "issued": {"date-parts": [[year]]}, "publisher": name,
                                  "publisher-place": self.rng.choice(["Lagos", "Accra", "Abuja", "London"])}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url(self._host(name))
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "report", name, tags | {"company"})

    def _trade_body(self) -> Work:
        name, tags, year = self._org_and_year("trade", _TRADE, self.rng.random() < 0.85)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self._title(),
                                  "URL": self._url(self._host(name))}  # fmt: skip
        if year is not None:
            record["issued"] = {"date-parts": [[year]]}
        if self.rng.random() < 0.85:
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _regulator(self) -> Work:
        name, tags, year = self._org_and_year("regulator", _BODIES)
        assert year is not None
        nigerian = "Ghana" not in name and name not in (
            "Bank of Ghana",
            "National Communications Authority",
            "National Communications Authority (NCA)",
        )
        money = "banks" if nigerian else "banks and specialised deposit-taking institutions"
        titles = [f"Subscriber statistics: {self.rng.choice(['January', 'June', 'December'])} {year}",
                  f"Labour force survey Q{self.rng.randint(1, 4)} {year}", "Consumer price index",
                  f"Circular to all {money} on {self.rng.choice(['cash withdrawal limits', 'the naira redesign', 'USSD charges', 'agent banking', 'mobile money interoperability'])}",
                  f"Payment systems oversight report {year}", f"Guidelines on {self.rng.choice(_TOPICS)}",
                  f"{year} Population and Housing Census: general report", f"National financial inclusion strategy {year}"]  # fmt: skip
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(titles),
                                  "issued": {"date-parts": [[year]]}, "URL": self._url(self._host(name))}  # fmt: skip
        if self.rng.random() < 0.85:
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, tags | {"government"})

    def _law(self) -> Work:
        author, title, year, publisher, place = self.rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "book", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": publisher, "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = self._url(
                self._host(author)
                if "Republic" not in author
                else ("www.nass.gov.ng" if "Nigeria" in author else "www.parliament.gh")
            )
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "legislation", author, {"legislation", "government"})

    def _market_research(self) -> Work:
        choices = [(name, {"market-research"}) for name in _RESEARCH]
        name, tags, year = self._org_and_year("research", choices, self.rng.random() < 0.9)
        market = self.rng.choice(
            [
                "mobile money",
                "packaged noodles",
                "beer",
                "malt drinks",
                "fintech",
                "e-commerce",
                "pay-TV",
                "data services",
                "seasoning cubes",
                "bottled water",
                "air travel",
            ]
        )
        place = self.rng.choice(["Nigeria", "Ghana", "West Africa", "Africa"])
        titles = [f"{market.capitalize()} in {place} {year or 2024}", f"{place} {market} market report {year or 2024}",
                  f"Number of {market} users in {place} from 2018 to {year or 2024}",
                  f"State of {market} in {place}: {year or 2024} outlook", f"{market.capitalize()} consumer survey, {place}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice(titles), "publisher": name,
                                  "URL": self._url(self._host(name))}  # fmt: skip
        if year:
            record["issued"] = {"date-parts": [[year]]}
        if self.rng.random() < 0.85:
            record["accessed"] = self.accessed_after(year)
        return self._org_work(record, "report", name, tags)

    def _news(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "author": self._people(2),
                                  "container-title": self.rng.choice(_PRESS),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url("businessday.ng")}  # fmt: skip
        if self.rng.random() < 0.85:
            record["accessed"] = self.accessed_after_day(record["issued"]["date-parts"][0])
        return self._person_work(record, "news")

    def _unsigned_news(self) -> Work:
        year = self.year()
        paper = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": paper,
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url("www.myjoyonline.com")}  # fmt: skip
        record["accessed"] = self.accessed_after_day(record["issued"]["date-parts"][0])
        return self._org_work(record, "news", paper, {"press"})

    def _social(self) -> Work:
        platform = self.rng.choice(_PLATFORMS)
        year = self.rng.randint(2016, 2025)
        record: dict[str, Any] = {
            "type": "webpage", "container-title": platform,
            "title": self._post_title(platform),
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": self._url(f"www.{platform.split()[0].lower()}.com"),
        }  # fmt: skip
        record["accessed"] = self.accessed_after_day(record["issued"]["date-parts"][0])
        if self.rng.random() < 0.6:
            record["author"] = [self.person()]
            return self._person_work(record, "social")
        name, tags = self.rng.choice(_COMPANIES)
        return self._org_work(record, "social", name, tags)

    def _post_title(self, platform: str) -> str:
        topic = self.rng.choice(_TOPICS)
        if platform in ("Spotify", "Apple Podcasts"):
            return f"Episode {self.rng.randint(1, 120)}: {topic} [podcast]"
        if platform in ("YouTube", "TikTok"):
            return f"{topic[0].upper()}{topic[1:]} [video]"
        if platform == "X (formerly Twitter)":
            return self.rng.choice(["Thread on the naira redesign [X post]", f"Thread on {topic} [X post]"])
        label = {"Instagram": "Instagram post", "LinkedIn": "LinkedIn post", "Facebook": "Facebook post"}[platform]
        return self.rng.choice(
            [
                f"Our Detty December campaign is live! [{label}]",
                f"{topic[0].upper()}{topic[1:]} [{label}]",
                f"Happy Independence Day, Ghana! [{label}]",
                f"Barka da Sallah from all of us [{label}]",
            ]
        )

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url("www.nairaland.com"),
                                  "accessed": self.accessed_after(None)}  # fmt: skip
        if self.rng.random() < 0.4:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags | {"undated"})
