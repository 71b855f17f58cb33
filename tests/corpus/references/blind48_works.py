"""Works for the forty-eighth held-out pool, "blind48": what higher-education and student-recruitment marketers cite.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a forty-eighth hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from what marketing,
recruitment, admissions and communications staff at universities, colleges, pathway providers and recruitment
agents in the UK, Australia, Malaysia, Singapore and Hong Kong cite on CIM Level 6 and 7 and MA Higher Education
Marketing courses: the higher-education marketing journals with one to eight authors, textbooks and handbook
chapters, UCAS, HESA, OfS, Universities UK, the British Council, QS, THE, IDP and Studyportals reports and data,
league tables, government pages and statutes of four jurisdictions, Times Higher Education, Wonkhe, The PIE News,
University World News and the regional press, ICEF, NAFSA and EAIE talks, prospectuses, MA dissertations, LinkedIn
posts, YouTube videos and podcasts; British, Australian, Malay (bin, binti), Chinese-Malaysian, Tamil (a/l, a/p),
Singaporean, Hong Kong Cantonese, Nigerian, Indian and Vietnamese names, Eurasian and Irish particles and accents.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import datetime
import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

_FAKER_LOCALES = ["en_GB", "en_GB", "en_GB", "en_AU", "en_AU", "en_IE", "en_NZ", "en_IN"]

# (given names with their sex, family names): the patronym is the family name as reference managers keep it.
_MALAY_GIVEN = [("Nur Aisyah", "f"), ("Muhammad Haziq", "m"), ("Siti Nurhaliza", "f"), ("Ahmad Faizal", "m"),
                ("Nurul Izzah", "f"), ("Mohd Firdaus", "m"), ("Farah Adibah", "f"), ("Amirul Hakim", "m"),
                ("Aina Sofea", "f"), ("Syazwani", "f"), ("Khairul Anuar", "m"), ("Nor Hafizah", "f"),
                ("Wan Ahmad Zaki", "m"), ("Puteri Balqis", "f"), ("Iskandar", "m")]  # fmt: skip
_MALAY_FAMILY = ["Ismail", "Abdullah", "Rahman", "Hassan", "Othman", "Yusof", "Ibrahim", "Mohd Noor", "Abdul Latif",
                 "Zainal Abidin", "Razak", "Kamaruddin", "Sulaiman", "Mat Saad", "Ab Rahim"]  # fmt: skip
_CHINESE_MY = (["Tan", "Lim", "Lee", "Ng", "Ong", "Teoh", "Chong", "Yap", "Goh", "Khoo", "Cheah", "Loh", "Foo", "Chin"],
               ["Boon Hock", "Mei Ling", "Wei Jie", "Siew Lan", "Kah Wai", "Jia Hui", "Chee Keong", "Pei Shan",
                "Jason Boon Keat", "Michelle Siew Yin", "Kok Leong", "Hui Wen"])  # fmt: skip
_TAMIL_GIVEN = [("Kumaran", "m"), ("Thivya", "f"), ("Saravanan", "m"), ("Kavitha", "f"), ("Prakash", "m"),
                ("Shalini", "f"), ("Vinod", "m"), ("Thanuja", "f"), ("Ganesan", "m"), ("Malathi", "f")]  # fmt: skip
_TAMIL_FAMILY = ["Subramaniam", "Krishnan", "Muniandy", "Rajendran", "Arumugam", "Selvaraj", "Nadarajah",
                 "Govindasamy", "Pillai", "Ramasamy", "Supramaniam"]  # fmt: skip
_SINGAPORE = (["Tan", "Lim", "Teo", "Koh", "Chua", "Quek", "Seah", "Ho", "Yeo", "Sim", "Ang", "Toh", "Low"],
              ["Wei Ling", "Jun Hao", "Hui Min", "Zhi Wei", "Xin Yi", "Kai Xiang", "Shu Fen", "Rachel Hui Ting",
               "Benjamin Jun Jie", "Li Ting"])  # fmt: skip
_HONG_KONG = (["Wong", "Chan", "Cheung", "Leung", "Lau", "Ho", "Yeung", "Tsang", "Chow", "Kwok", "Ng", "Lai", "Fung",
               "Tse", "Mak", "Siu", "Chiu", "Yip"],
              ["Ka-Wai", "Siu-Ming", "Wing-Yan", "Hoi-Ling", "Chi-Keung", "Tsz-Ching", "Man-Kit", "Yuen-Ting",
               "Winnie Ka-Yee", "Kenneth Chun-Hei", "Ho-Yin", "Sze-Wan"])  # fmt: skip
_NIGERIAN = (["Adebayo", "Okafor", "Okonkwo", "Nwosu", "Ogunleye", "Adeyemi", "Eze", "Bello", "Olaniyan", "Abubakar",
              "Oyelaran-Oyeyinka", "Akinwande", "Chukwuemeka", "Adeleke", "Obi", "Usman", "Nwachukwu", "Oladipo"],
             ["Oluwaseun", "Chinonso", "Ngozi", "Tunde", "Funmilayo", "Emeka", "Aisha", "Ifeoma", "Babajide",
              "Temitope", "Chiamaka", "Yusuf", "Adaeze"])  # fmt: skip
_INDIAN = (["Sharma", "Iyer", "Menon", "Reddy", "Banerjee", "Chatterjee", "Nair", "Gupta", "Deshpande", "Kulkarni",
            "Rao", "Mukherjee", "Patel", "Singh", "Venkataraman", "Bhattacharjee", "Joshi", "Kaur"],
           ["Priya", "Arjun", "Ananya", "Rohit", "Lakshmi", "Vikram", "Deepika", "Sanjay", "Aditi", "Karthik",
            "Meenakshi", "Harpreet", "Rahul"])  # fmt: skip
_VIETNAMESE = (["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương"],
               ["Thị Thu Hà", "Văn Minh", "Ngọc Anh", "Quang Huy", "Thanh Hương", "Minh Châu", "Đức Anh", "Thị Lan",
                "Hoài Nam", "Bảo Ngọc"])  # fmt: skip
_FOLDED = {"Nguyễn": "Nguyen", "Trần": "Tran", "Lê": "Le", "Phạm": "Pham", "Hoàng": "Hoang", "Huỳnh": "Huynh",
           "Vũ": "Vu", "Đặng": "Dang", "Bùi": "Bui", "Đỗ": "Do", "Ngô": "Ngo", "Dương": "Duong"}  # fmt: skip
# Eurasian, Goan, Afrikaans, Irish, Welsh and Scottish names of the people these writers read and work with.
_PARTICLED = [("de", "Souza", "Melissa"), ("de", "Silva", "Andrew"), ("da", "Costa", "Marianne"),
              ("van der", "Merwe", "Annelie"), ("de", "Mello", "Sharon"), ("van", "Huyssteen", "Pieter"),
              ("ap", "Gwilym", "Rhodri"), ("de la", "Cruz", "Maria")]  # fmt: skip
_CELTIC = [("Ó Súilleabháin", "Siobhán"), ("Ní Bhriain", "Aoife"), ("D'Cruz", "Melissa"), ("O'Donnell", "Ciarán"),
           ("MacKinnon", "Eilidh"), ("McLaughlin", "Seán"), ("Ó Briain", "Pádraig"), ("D'Souza", "Clement"),
           ("Llewellyn-Jones", "Sioned"), ("Mac Giolla Phádraig", "Órla")]  # fmt: skip

# Organisations as authors: (name as cited, tags). Real bodies, universities, firms and media these writers cite.
_BODIES = [
    ("UCAS", {"acronym"}), ("Universities and Colleges Admissions Service (UCAS)", {"abbreviation"}),
    ("Higher Education Statistics Agency (HESA)", {"abbreviation"}), ("HESA", {"acronym"}),
    ("Office for Students", {"regulator"}), ("Office for Students (OfS)", {"regulator", "abbreviation"}),
    ("Universities UK", {"trade-body"}), ("Universities UK International", {"trade-body"}),
    ("British Council", {"trade-body"}), ("Jisc", {"trade-body"}), ("Advance HE", {"trade-body"}),
    ("Quality Assurance Agency for Higher Education (QAA)", {"regulator", "abbreviation"}),
    ("Higher Education Policy Institute (HEPI)", {"think-tank", "abbreviation"}), ("Russell Group", {"trade-body"}),
    ("UK Council for International Student Affairs (UKCISA)", {"trade-body", "abbreviation"}),
    ("Migration Advisory Committee", {"government"}), ("MillionPlus", {"trade-body"}),
    ("QS Quacquarelli Symonds", {"company"}), ("Times Higher Education", {"press"}), ("Studyportals", {"company"}),
    ("IDP Education", {"company"}), ("IDP Education Ltd", {"company"}), ("Navitas", {"company"}),
    ("INTO University Partnerships", {"company"}), ("Study Group", {"company"}), ("Kaplan International Pathways", {"company"}),
    ("Pearson plc", {"company"}), ("Ernst & Young", {"company", "ampersand"}), ("PwC", {"company"}),
    ("London Economics", {"company"}), ("Enroly", {"company"}), ("Unibuddy", {"company"}), ("Chartered Institute of Marketing", {"trade-body"}),
    ("ICEF Monitor", {"press"}), ("NAFSA: Association of International Educators", {"trade-body", "punctuation"}),
    ("Universities Australia", {"trade-body"}), ("Tertiary Education Quality and Standards Agency (TEQSA)", {"regulator", "abbreviation"}),
    ("Education Malaysia Global Services (EMGS)", {"government", "abbreviation"}),
    ("Ministry of Higher Education Malaysia", {"government"}), ("University Grants Committee", {"government"}),
    ("Council for Private Education", {"government"}), ("Which? University", {"press", "punctuation"}),
    ("King's College London", {"university", "apostrophe"}), ("Queen's University Belfast", {"university", "apostrophe"}),
    ("Taylor's University", {"university", "apostrophe"}), ("St George's, University of London", {"university", "apostrophe", "comma"}),
    ("UCL", {"university", "acronym"}), ("London School of Economics and Political Science", {"university"}),
    ("Nottingham Trent University", {"university"}), ("UNSW Sydney", {"university"}), ("National University of Singapore", {"university"}),
    ("The University of Hong Kong", {"university"}), ("Monash University Malaysia", {"university"}), ("Sunway University", {"university"}),
    ("Heriot-Watt University Malaysia", {"university", "hyphen"}), ("University of Nottingham Malaysia", {"university"}),
    ("The Hong Kong Polytechnic University", {"university"}), ("Coventry University Group", {"university"}),
    ("Universiti Malaya", {"university"}), ("Singapore Management University", {"university"}), ("De Montfort University", {"university"}),
]  # fmt: skip
_BODY_NAMES = {name for name, _tags in _BODIES}
_GOVERNMENT = ["Home Office", "Department for Education", "UK Visas and Immigration", "Department for Business and Trade",
               "Department of Home Affairs", "Department of Education", "Australian Trade and Investment Commission (Austrade)",
               "Ministry of Education Singapore", "Immigration & Checkpoints Authority", "Education Bureau",
               "Immigration Department", "Scottish Government", "Welsh Government", "House of Commons Library",
               "Education Committee", "Office for National Statistics"]  # fmt: skip
_LEGISLATION = [
    ("UK Parliament", "Higher Education and Research Act 2017", 2017), ("UK Parliament", "Higher Education (Freedom of Speech) Act 2023", 2023),
    ("UK Parliament", "Immigration Act 1971", 1971), ("UK Parliament", "Equality Act 2010", 2010),
    ("UK Parliament", "Consumer Rights Act 2015", 2015), ("UK Parliament", "Data Protection Act 2018", 2018),
    ("Parliament of Australia", "Education Services for Overseas Students Act 2000", 2000),
    ("Parliament of Australia", "Tertiary Education Quality and Standards Agency Act 2011", 2011),
    ("Attorney General's Chambers", "Private Higher Educational Institutions Act 1996 (Act 555)", 1996),
    ("Attorney-General's Chambers", "Private Education Act 2009", 2009),
    ("Department of Justice", "Post Secondary Colleges Ordinance (Cap. 320)", 1960),
]  # fmt: skip
_PRESS = ["Times Higher Education", "Wonkhe", "The PIE News", "University World News", "The Guardian", "BBC News",
          "South China Morning Post", "The Straits Times", "The Star", "New Straits Times", "The Australian",
          "Financial Times", "The Conversation", "Malay Mail", "ICEF Monitor"]  # fmt: skip
_JOURNALS = ["Journal of Marketing for Higher Education", "Studies in Higher Education", "Higher Education Quarterly",
             "Higher Education", "Journal of Studies in International Education", "International Journal of Educational Management",
             "Higher Education Research & Development", "Journal of Higher Education Policy and Management",
             "Journal of Further and Higher Education", "Asia Pacific Education Review", "Tertiary Education and Management",
             "Journal of Marketing Management", "International Journal of Consumer Studies", "Journal of Business Research",
             "Perspectives: Policy and Practice in Higher Education", "Compare: A Journal of Comparative and International Education"]  # fmt: skip
_PUBLISHERS = [("Routledge", "Abingdon"), ("Routledge", "London"), ("Palgrave Macmillan", "Cham"), ("Sage", "London"),
               ("Kogan Page", "London"), ("Pearson", "Harlow"), ("Bloomsbury Academic", "London"), ("Edward Elgar", "Cheltenham"),
               ("Springer", "Singapore"), ("Emerald", "Bingley"), ("Open University Press", "Maidenhead"),
               ("Hong Kong University Press", "Hong Kong"), ("UM Press", "Kuala Lumpur"), ("Oxford University Press", "Oxford")]  # fmt: skip
_TOPICS = ["international student recruitment", "university choice", "education agents", "league tables",
           "the National Student Survey", "student satisfaction", "university branding", "Clearing", "open days",
           "transnational education", "branch campuses", "the Graduate Route", "post-study work rights",
           "student visa policy", "pathway programmes", "word of mouth", "social media", "prospectus design",
           "widening participation", "the student as consumer", "tuition fees", "graduate employability",
           "Chinese applicants", "Indian applicants", "Nigerian applicants", "virtual open days", "chatbots in admissions",
           "offer-to-enrolment conversion", "student ambassadors", "TikTok", "university rankings", "brand personality",
           "service quality", "student engagement", "alumni advocacy", "parental influence", "scholarships",
           "the marketisation of higher education", "student mobility", "online learning", "CRM in admissions",
           "dependants", "the cost of living", "recruitment fairs", "microcredentials", "sub-agents"]  # fmt: skip
_PLACES = ["the UK", "England", "Scotland", "Australia", "Malaysia", "Singapore", "Hong Kong", "Vietnam", "Nigeria",
           "India", "South-East Asia", "Greater China", "the Asia-Pacific", "Sub-Saharan Africa"]  # fmt: skip
_GROUPS = ["postgraduate applicants", "international students", "first-generation students", "mature learners",
           "Generation Z", "parents", "agents", "offer holders", "TNE students", "doctoral candidates"]  # fmt: skip
_REPORT_TITLES = [
    "International student survey {y}", "The international student journey {y}", "End of cycle report {y}",
    "Higher education student statistics: UK, {ay}", "Financial sustainability of higher education providers in England {y}",
    "Student mobility trends {y}", "International facts and figures {y}", "The value of international students to the UK economy",
    "Annual report and accounts {ay}", "Emerging futures {y}: what international students want", "Global student flows {y}",
    "Recruitment agent survey {y}", "Student perceptions of the Graduate Route", "Access and participation plan {ay} to {ay2}",
    "Where next? What influences the choices school leavers make", "Prospectus {ay}: undergraduate study",
    "Annual report {y}", "Market intelligence briefing: {place}", "Strategic plan 2030", "National Student Survey {y}: sector results",
    "Internationalisation strategy {y}", "Student recruitment outlook {y}",
]  # fmt: skip


_HOSTS = ["www.timeshighereducation.com", "wonkhe.com", "thepienews.com", "monitor.icef.com", "www.universityworldnews.com",
          "www.hepi.ac.uk", "www.studyportals.com", "www.topuniversities.com", "www.ucas.com", "www.hesa.ac.uk",
          "www.officeforstudents.org.uk", "www.universitiesuk.ac.uk", "www.britishcouncil.org", "www.idp.com", "medium.com",
          "www.thecompleteuniversityguide.co.uk", "www.ukcisa.org.uk", "www.studyinaustralia.gov.au", "www.studymalaysia.com"]  # fmt: skip


def _host(name: str, default: str) -> str:
    for words, host in ((("Home Affairs",), "immi.homeaffairs.gov.au"), (("Department of Education", "Austrade"), "www.education.gov.au"),
                        (("Singapore", "Checkpoints"), "www.moe.gov.sg"), (("Education Bureau", "Immigration Department"), "www.edb.gov.hk"),
                        (("Scottish",), "www.gov.scot"), (("Welsh",), "www.gov.wales"), (("Commons", "Committee"), "commonslibrary.parliament.uk"),
                        (("Statistics",), "www.ons.gov.uk")):  # fmt: skip
        if any(word in name for word in words):
            return host
    return default


def _places(name: str) -> list[str]:
    if any(word in name for word in ("Malaysia", "Universiti ", "Taylor's", "Sunway", "EMGS")):
        return ["Kuala Lumpur", "Petaling Jaya", "Subang Jaya", "Putrajaya"]
    if "Singapore" in name or "Private Education" in name:
        return ["Singapore"]
    if "Hong Kong" in name or "Grants" in name:
        return ["Hong Kong"]
    if any(word in name for word in ("Australia", "UNSW", "TEQSA", "Navitas", "IDP")):
        return ["Sydney", "Melbourne", "Canberra", "Perth"]
    return ["London", "London", "Cheltenham", "Bristol", "Manchester", "Oxford"]


def _cap(text: str) -> str:
    """The first letter capitalised and the rest as written ("CRM in admissions", "TikTok")."""
    return text[:1].upper() + text[1:]


def _vary(rng: random.Random, text: str) -> str:
    return text.replace("{place}", rng.choice(_PLACES))


class Blind48WorkFactory(WorkFactory):
    """The forty-eighth pool's works: a subclass, so that no other half's corpus changes."""

    KINDS = ("book", "chapter", "journal", "web", "report", "government", "legislation", "news", "trade-press",
             "league-table", "dataset", "prospectus", "conference", "thesis", "social", "video", "podcast")  # fmt: skip
    _WEIGHTS = (10, 5, 22, 9, 9, 6, 2, 7, 6, 4, 3, 3, 3, 2, 3, 2, 1)

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 48 + 48048)
        for index, locale in enumerate(sorted(set(_FAKER_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 487 + index)
                self.fakers[locale] = fake
        self.used_orgs: list[tuple[str, set[str], int, str]] = []
        self.used_people: list[tuple[list[dict[str, str]], int]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.34:
            fake = self.fakers[rng.choice(_FAKER_LOCALES)]
            family, given = fake.last_name(), fake.first_name()
            if rng.random() < 0.07:
                family = f"{family}-{self.fakers['en_GB'].last_name()}"
            return {"family": family, "given": given}
        if roll < 0.44:
            given, sex = rng.choice(_MALAY_GIVEN)
            family = rng.choice(_MALAY_FAMILY)
            if rng.random() < 0.2:  # "bin Ismail, A.F.": kept as written in the paper's byline
                return {"family": family, "given": given, "non-dropping-particle": "bin" if sex == "m" else "binti"}
            return {"family": family, "given": given}
        if roll < 0.51:
            families, givens = _CHINESE_MY
            return {"family": rng.choice(families), "given": rng.choice(givens)}
        if roll < 0.56:
            given, sex = rng.choice(_TAMIL_GIVEN)
            family = rng.choice(_TAMIL_FAMILY)
            if rng.random() < 0.15:
                return {"family": family, "given": given, "non-dropping-particle": "a/l" if sex == "m" else "a/p"}
            return {"family": family, "given": given}
        if roll < 0.62:
            families, givens = _SINGAPORE
            return {"family": rng.choice(families), "given": rng.choice(givens)}
        if roll < 0.69:
            families, givens = _HONG_KONG
            return {"family": rng.choice(families), "given": rng.choice(givens)}
        if roll < 0.76:
            families, givens = _NIGERIAN
            return {"family": rng.choice(families), "given": rng.choice(givens)}
        if roll < 0.84:
            families, givens = _INDIAN
            return {"family": rng.choice(families), "given": rng.choice(givens)}
        if roll < 0.91:
            families, givens = _VIETNAMESE
            family = rng.choice(families)
            if rng.random() < 0.3:  # many English-language journals print the name without its diacritics
                family = _FOLDED[family]
            return {"family": family, "given": rng.choice(givens)}
        if roll < 0.95:
            particle, family, given = rng.choice(_PARTICLED)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        family, given = rng.choice(_CELTIC)
        return {"family": family, "given": given}

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_BODIES)
        return name, set(tags)

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.06:  # the classics of student choice still cited
            return self.rng.randint(1986, 2004)
        return min(2026, int(self.rng.triangular(2005, 2027, 2024)))

    def _recent(self) -> int:
        return min(2026, int(self.rng.triangular(2016, 2027, 2024)))

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        last = datetime.date(2026, 11, 30)
        start = datetime.date(2023, 1, 9)
        if issued:
            when = datetime.date(issued[0], issued[1] if len(issued) > 1 else 1, issued[2] if len(issued) > 2 else 1)
            start = max(start, when)
        day = start + datetime.timedelta(days=self.rng.randint(0, max(0, (last - start).days)))
        return {"date-parts": [[day.year, day.month, day.day]]}

    def _day(self, year: int) -> list[int]:
        month = self.rng.randint(1, 11 if year >= 2026 else 12)
        return [year, month, self.rng.randint(1, 28)]

    def _academic_year(self, year: int) -> str:
        return f"{year - 1}/{str(year)[2:]}"

    # ------------------------------------------------------------------ titles
    def _title(self) -> str:
        rng = self.rng
        topic, other = rng.sample(_TOPICS, 2)
        place, group = rng.choice(_PLACES), rng.choice(_GROUPS)
        cap = topic[0].upper() + topic[1:]
        forms = [
            f"{cap} and {other}: evidence from {place}",
            f"Choosing a university in {place}: the role of {topic}",
            f"{cap} in UK higher education: a critical review",
            f"Marketing higher education in {place}: {topic} and {other}",
            f"Why {group} choose {place}: {topic} revisited",
            f"The marketisation of higher education and {topic}",
            f"Beyond the league table: {topic} and {group}",
            f"A systematic review of {topic}",
            f"{cap}, trust and {group}",
            f"How {group} use {topic} when choosing a course",
            f"{cap} after Brexit: {group} in {place}",
            f"Does {topic} matter? {cap} and {other} among {group}",
            f"Understanding {group}: {topic} in {place}",
            f"Strategic enrolment management and {topic}",
        ]
        return rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(self.KINDS, weights=self._WEIGHTS)[0]
        work: Work = getattr(self, "_" + kind.replace("-", "_"))()
        work.kind = kind
        return work

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[30, 28, 18, 10, 6, 4, 2, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def _issued(self, record: dict[str, Any], year: int | None, day: bool = False) -> None:
        if year is not None:
            record["issued"] = {"date-parts": [self._day(year) if day else [year]]}

    def _online(self, record: dict[str, Any], url: str, access: float = 0.9) -> None:
        record["URL"] = url
        if self.rng.random() < access:
            issued = record.get("issued", {}).get("date-parts", [None])[0]
            record["accessed"] = self._accessed_after(issued)

    def _person(self, record: dict[str, Any], kind: str) -> Work:
        # now and then one writer's or team's second work of the same year: "Tan (2021a)" and "Tan (2021b)"
        if self.used_people and "issued" in record and self.rng.random() < 0.04:
            authors, year = self.rng.choice(self.used_people)
            record["author"] = [dict(a) for a in authors]
            record["issued"] = {"date-parts": [[year, *record["issued"]["date-parts"][0][1:]]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        elif "issued" in record:
            self.used_people.append(([dict(a) for a in record["author"]], record["issued"]["date-parts"][0][0]))
        return self._person_work(record, kind)

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str], group: str = "body") -> Work:
        # UCAS, HESA and the like publish several things a year: "UCAS (2024a)" and "UCAS (2024b)"
        same = [used for used in self.used_orgs if used[3] == group]
        if same and kind in ("web", "report", "social") and "issued" in record and self.rng.random() < 0.12:
            name, tags, year, _group = self.rng.choice(same)
            record["issued"] = {"date-parts": [[year, *record["issued"]["date-parts"][0][1:]]]}
            if "accessed" in record:
                record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
            if record.get("publisher") and kind in ("report", "prospectus"):
                record["publisher"] = name.split(" (")[0]
        elif "issued" in record:
            self.used_orgs.append((name, tags, record["issued"]["date-parts"][0][0], group))
        return self._org_work(record, kind, name, tags)

    def _url(self, host: str | None = None) -> str:
        fake = self.fakers["en_GB"]
        return f"https://{host or self.rng.choice(_HOSTS)}/{fake.slug()}"

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "publisher": publisher, "publisher-place": place}  # fmt: skip
        self._issued(record, self.year())
        if self.rng.random() < 0.25:
            record["edition"] = str(self.rng.randint(2, 5))
        if self.rng.random() < 0.1:
            record["URL"] = f"https://ebookcentral.proquest.com/lib/{self.fakers['en_GB'].slug()}"
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._person(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 3))],
            "container-title": self.rng.choice(["The Routledge handbook of higher education marketing",
                                                "Marketing higher education: theory and practice",
                                                "The Palgrave handbook of international student mobility",
                                                "Student recruitment in Asia: cases and perspectives",
                                                "Global perspectives on university branding"]),
            "publisher": publisher, "publisher-place": place, "page": f"{start}-{start + self.rng.randint(10, 28)}",
        }  # fmt: skip
        self._issued(record, self.year())
        return self._person(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 1400)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "volume": str(self.rng.randint(4, 89)),
            "issue": str(self.rng.randint(1, 8)), "page": f"{start}-{start + self.rng.randint(12, 30)}",
        }  # fmt: skip
        self._issued(record, self.year())
        if self.rng.random() < 0.55:
            record["DOI"] = (
                f"10.{self.rng.choice(['1080', '1007', '1111', '1177', '1108'])}/{self.fakers['en_GB'].bothify('??????.####.#######').lower()}"
            )
        elif self.rng.random() < 0.3:
            self._online(record, self._url("www.tandfonline.com"), access=0.85)
        return self._person(record, "journal")

    def _web(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "webpage", "title": rng.choice([
            f"{_cap(rng.choice(_TOPICS))}: a guide for {rng.choice(_GROUPS)}",
            f"Study in {rng.choice(_PLACES)}: {rng.choice(_TOPICS)}", "Clearing: how it works", "Student visa",
            "Entry requirements for international students", "Tuition fees and funding", "Open days and campus tours",
            "Graduate Route", "Why study with us", "Our rankings", "Scholarships for international students",
            f"What is {rng.choice(_TOPICS)}?", "Key dates for applicants", f"Understanding {rng.choice(_TOPICS)}"])}  # fmt: skip
        if rng.random() < 0.7:
            self._issued(record, self._recent())
        self._online(record, self._url(), access=0.85)
        if rng.random() < 0.3:
            record["author"] = self._people(2)
            if "issued" not in record:
                return self._person_work(record, "web")
            return self._person(record, "web")
        name, tags = self.organisation()
        return self._org(record, "web", name, tags)

    def _report(self) -> Work:
        rng = self.rng
        year = self._recent()
        name, tags = self.organisation()
        title = _vary(rng, rng.choice(_REPORT_TITLES)).format(
            y=year, ay=self._academic_year(year), ay2=self._academic_year(year + 4)) if rng.random() < 0.7 else self._title()  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name.split(" (")[0],
                                  "publisher-place": rng.choice(_places(name))}  # fmt: skip
        if rng.random() < 0.88:
            self._issued(record, year)
        if rng.random() < 0.6:
            self._online(record, self._url(), access=0.9)
        return self._org(record, "report", name, tags)

    def _government(self) -> Work:
        rng = self.rng
        name = rng.choice(_GOVERNMENT)
        tags = {"government"} | ({"abbreviation"} if "(" in name else set()) | ({"ampersand"} if "&" in name else set())
        year = self._recent()
        record: dict[str, Any] = {"type": rng.choice(["report", "webpage", "webpage"]), "title": rng.choice([
            "Student visa: guidance for Student sponsors", f"International Education Strategy: {year} update",
            "Statement of changes to the Immigration Rules", "Migration Strategy", "Graduate visa",
            f"Immigration system statistics, year ending June {year}", "Student (subclass 500) visa",
            "Genuine Student requirement", f"International education data and research {year}",
            "Higher education funding and student finance", "Studying in Singapore: Student's Pass",
            "Non-local students in UGC-funded universities", "Rapid review of the Graduate route",
            f"{_cap(rng.choice(_TOPICS))}: policy paper", "Reforms to student recruitment agent practices"])}  # fmt: skip
        self._issued(record, year, day=rng.random() < 0.4)
        self._online(record, self._url(_host(name, "www.gov.uk")), access=0.9)
        return self._org(record, "report" if record["type"] == "report" else "web", name, tags, "government")

    def _legislation(self) -> Work:
        body, title, year = self.rng.choice(_LEGISLATION)
        record: dict[str, Any] = {"type": "legislation", "title": title}
        self._issued(record, year)
        host = {"UK Parliament": "www.legislation.gov.uk", "Parliament of Australia": "www.legislation.gov.au",
                "Attorney-General's Chambers": "sso.agc.gov.sg", "Attorney General's Chambers": "lom.agc.gov.my",
                "Department of Justice": "www.elegislation.gov.hk"}[body]  # fmt: skip
        self._online(record, self._url(host), access=0.95)
        return self._org_work(
            record, "legislation", body, {"legislation", "government"} | ({"apostrophe"} if "'" in body else set())
        )

    def _news(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "article-newspaper", "title": rng.choice([
            f"{_cap(rng.choice(_TOPICS))} under pressure as applications fall",
            f"Universities in {rng.choice(_PLACES)} turn to {rng.choice(_TOPICS)}",
            f"Dependants ban hits postgraduate recruitment from {rng.choice(_PLACES)}",
            f"Why {rng.choice(_GROUPS)} are rethinking {rng.choice(_PLACES)}",
            f"{_cap(rng.choice(_TOPICS))}: what the latest figures tell us",
            f"League table shake-up as {rng.choice(_PLACES)} universities climb"]),
            "container-title": rng.choice(_PRESS[:6] + _PRESS[6:])}  # fmt: skip
        self._issued(record, self._recent(), day=True)
        self._online(record, self._url(), access=0.88)
        if rng.random() < 0.85:
            record["author"] = self._people(2)
            return self._person(record, "news")
        return self._org(record, "news", record["container-title"], {"press"})

    def _trade_press(self) -> Work:
        rng = self.rng
        outlet = rng.choice(
            ["Wonkhe", "Times Higher Education", "The PIE News", "ICEF Monitor", "University World News"]
        )
        record: dict[str, Any] = {"type": rng.choice(["article-magazine", "post-weblog"]), "container-title": outlet,
                                  "title": rng.choice([f"A strategy for {rng.choice(_TOPICS)}",
                                                       f"What {rng.choice(_GROUPS)} want from {rng.choice(_TOPICS)}",
                                                       f"Five things we learned about {rng.choice(_TOPICS)}",
                                                       f"The numbers behind {rng.choice(_TOPICS)}",
                                                       f"Is it time to rethink {rng.choice(_TOPICS)}?"])}  # fmt: skip
        self._issued(record, self._recent(), day=True)
        self._online(record, self._url(), access=0.85)
        if rng.random() < 0.9:
            record["author"] = self._people(3)
            return self._person(record, "trade-press")
        return self._org(record, "trade-press", outlet, {"press"})

    def _league_table(self) -> Work:
        rng = self.rng
        edition = self._recent()
        name, title = rng.choice([
            ("QS Quacquarelli Symonds", f"QS World University Rankings {edition}"),
            ("QS Quacquarelli Symonds", f"QS Asia University Rankings {edition}"),
            ("Times Higher Education", f"World University Rankings {edition}"),
            ("Times Higher Education", f"Asia University Rankings {edition}"),
            ("The Complete University Guide", f"University league tables {edition}"),
            ("The Guardian", f"The Guardian University Guide {edition}: the rankings"),
            ("ShanghaiRanking Consultancy", f"Academic Ranking of World Universities {edition}"),
            ("The Times", f"Good University Guide {edition}"),
        ])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": title}
        if rng.random() < 0.75:  # an edition is published the autumn before the year it names
            self._issued(record, edition - 1 if rng.random() < 0.6 else edition)
        self._online(record, self._url(), access=0.92)
        return self._org(record, "league-table", name, {"company"})

    def _dataset(self) -> Work:
        rng = self.rng
        year = self._recent()
        name, title = rng.choice([
            ("HESA", f"Where do HE students come from? {self._academic_year(year)}"),
            ("Higher Education Statistics Agency (HESA)", f"HE student enrolments by domicile, {self._academic_year(year)}"),
            ("UCAS", f"Undergraduate end of cycle data resources {year}"), ("UCAS", f"Daily Clearing analysis {year}"),
            ("Office for Students", f"National Student Survey {year}: data dashboard"),
            ("Office for Students", f"Size and shape of provision data dashboard {year}"),
            ("Department of Education", f"International student data {year}"),
            ("Home Office", f"Entry clearance visas granted outside the UK, year ending June {year}"),
        ])  # fmt: skip
        record: dict[str, Any] = {"type": "dataset", "title": title}
        self._issued(record, year)
        self._online(record, self._url(), access=0.9)
        return self._org(record, "dataset", name, {"data"})

    def _prospectus(self) -> Work:
        rng = self.rng
        name, tags = rng.choice([b for b in _BODIES if "university" in b[1]])
        year = self._recent()
        record: dict[str, Any] = {"type": "report", "title": rng.choice([
            f"Undergraduate prospectus {year + 1} entry", f"Postgraduate prospectus {self._academic_year(year + 1)}",
            f"International student guide {year}", "Study with us: international prospectus",
            f"Foundation and pathway programmes {year}"]), "publisher": name}  # fmt: skip
        if rng.random() < 0.7:
            self._issued(record, year)
        if rng.random() < 0.5:
            self._online(record, self._url(), access=0.85)
        return self._org(record, "prospectus", name, tags | {"university"})

    def _conference(self) -> Work:
        rng = self.rng
        event, place = rng.choice([("ICEF Berlin Workshop", "Berlin"), ("NAFSA Annual Conference & Expo", "New Orleans"),
                                   ("EAIE Conference", "Toulouse"), ("Going Global", "Melbourne"),
                                   ("APAIE Conference and Exhibition", "Taipei"), ("AIEC", "Adelaide"),
                                   ("HELOA Conference", "Leicester"), ("CASE Europe Annual Conference", "Manchester")])  # fmt: skip
        year = self._recent()
        record: dict[str, Any] = {"type": rng.choice(["speech", "paper-conference"]), "title": self._title(),
                                  "author": self._people(3)}  # fmt: skip
        if record["type"] == "speech":
            record["event"], record["event-place"] = f"{event} {year}", place
            self._issued(record, year, day=True)
        else:
            record["container-title"] = f"Proceedings of the {event} {year}"
            record["publisher-place"] = place
            self._issued(record, year)
        return self._person(record, "conference")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "genre": self.rng.choice(["MA dissertation", "MBA dissertation", "PhD thesis", "EdD thesis"]),
                                  "publisher": self.rng.choice(["University of Nottingham", "Universiti Sains Malaysia",
                                                                "The University of Hong Kong", "Coventry University",
                                                                "University of Leicester", "Monash University"])}  # fmt: skip
        self._issued(record, self._recent())
        return self._person(record, "thesis")

    def _social(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "post", "container-title": rng.choice(["LinkedIn", "LinkedIn", "X", "Instagram"]),
                                  "title": rng.choice([f"Reflections on {rng.choice(_TOPICS)}",
                                                       f"Our {self._recent()} results are in",
                                                       f"Thoughts from {rng.choice(['ICEF Berlin', 'NAFSA', 'EAIE', 'Going Global'])}",
                                                       f"A thread on {rng.choice(_TOPICS)}"])}  # fmt: skip
        self._issued(record, self._recent(), day=True)
        self._online(record, self._url("www.linkedin.com"), access=0.85)
        if rng.random() < 0.7:
            record["author"] = [self.person()]
            return self._person(record, "social")
        name, tags = self.organisation()
        return self._org(record, "social", name, tags)

    def _video(self) -> Work:
        rng = self.rng
        name, tags = rng.choice([("UCAS", {"acronym"}), ("Study UK", {"government"}), ("IDP Education", {"company"}),
                                 ("Nottingham Trent University", {"university"}), ("Sunway University", {"university"}),
                                 ("Times Higher Education", {"press"}), ("Studyportals", {"company"})])  # fmt: skip
        record: dict[str, Any] = {"type": "motion_picture", "title": rng.choice(["Clearing explained", "How to apply through UCAS",
                                  "Virtual campus tour", "Student life in Kuala Lumpur", "Your CAS and visa: step by step",
                                  f"{_cap(rng.choice(_TOPICS))} webinar"]), "medium": "Video"}  # fmt: skip
        self._issued(record, self._recent(), day=True)
        self._online(record, self._url("www.youtube.com"), access=0.9)
        return self._org(record, "video", name, tags)

    def _podcast(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "broadcast", "title": _cap(rng.choice(_TOPICS)),
                                  "container-title": rng.choice(["The Wonkhe Show", "The PIE Podcast", "HE Marketing Matters",
                                                                 "Recruitment Unplugged"]), "author": self._people(2)}  # fmt: skip
        self._issued(record, self._recent(), day=True)
        self._online(record, self._url(), access=0.85)
        return self._person(record, "podcast")
