"""Works for the "blind231" pool: what marketers in Iraq, the Kurdistan Region and the Iraqi diaspora cite.

Written without reading the checker, its tests or any other pool. These candidates (at banks and fintechs,
telecoms, airlines, malls and retailers, FMCG and drinks makers, developers and NGOs in Baghdad, Basra, Mosul,
Erbil, Sulaymaniyah, Duhok, Najaf, Karbala and Kirkuk, and in London, Manchester, Malmö, Stockholm, Berlin,
Dearborn and San Diego) cite UK marketing textbooks beside regional journals, theses from Iraqi and Kurdish
universities, conference papers from Erbil, the Central Bank of Iraq, the CSO and KRSO, the CMC and the KRG, laws by
number and year, company pages and annual reports of Iraqi banks, telecoms and airlines, market research, Kurdish,
Iraqi and Gulf news sites signed and unsigned, Facebook and Instagram posts (the region's main channels), YouTube
videos, podcasts and undated pages. Names are written as their owners print them: Arabic names with al-, Al, Abd al-
and Abu, Kurdish names in Latin letters with ê, î, û and ş, patronymic chains, Assyrian, Chaldean and Yazidi names,
and diaspora spellings ("Alsaadi" beside "Al-Saadi").
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from faker import Faker

from tests.corpus.references.records import Work, WorkFactory

# (family, given) as English-language papers by Iraqi and Kurdish scholars print them.
_ARABIC = [
    ("al-Hashimi", "Zainab"), ("Al Sudani", "Mohammed Shia"), ("Abdul-Mahdi", "Adel"), ("Abu Zeid", "Omar"),
    ("al-Jubouri", "Saad"), ("Al-Jubouri", "Hiba"), ("Aljuboori", "Ayad"), ("Al-Saadi", "Noor"), ("Alsaadi", "Haider"),
    ("al-Khafaji", "Ali"), ("Alkhafaji", "Marwa"), ("Abd al-Rahman", "Huda"), ("Abdulrazzaq", "Yasir"),
    ("Abdul-Hussein", "Rusul"), ("Al-Tamimi", "Mustafa"), ("al-Rubaie", "Sarah"), ("Al-Obaidi", "Ammar"),
    ("Al-Dulaimi", "Raad"), ("Al-Zubaidi", "Duaa"), ("Al-Musawi", "Hassan"), ("Al-Karkhi", "Layla"), ("Jawad", "Sinan"),
    ("Kadhim", "Zahraa"), ("Hussein", "Ali Abbas"), ("Al-Ani", "Faris"), ("Al-Mashhadani", "Baraa"),
    ("Abu Rghif", "Dhuha"), ("Abu Khalil", "Tariq"), ("Al-Hakim", "Ruqaya"), ("Al-Bayati", "Amir"), ("Shubbar", "Ahmed"),
    ("Al-Khalili", "Yasmin"), ("Chalabi", "Tamara"), ("Zahawi", "Nadim"), ("Al-Naqeeb", "Sura"), ("Nouri", "Dalia"),
]  # fmt: skip
_KURDISH = [
    ("Barzanî", "Hêvî"), ("Talabanî", "Şîrîn"), ("Hewramî", "Rêbîn"), ("Şêx", "Narîn"), ("Zêbarî", "Dilşad"),
    ("Kakeyî", "Berîvan"), ("Mihemed", "Rêbwar"), ("Hama Amin", "Rebwar"), ("Hama Rashid", "Shilan"),
    ("Mam Rasul", "Karwan"), ("Kaka Ahmed", "Shwan"), ("Qadir", "Hardi"), ("Aziz", "Awat"), ("Faraj", "Rozh"),
    ("Salih", "Kawa"), ("Othman", "Lana"), ("Rasul", "Bakhtiyar"), ("Mahmood", "Sazan"), ("Ebdulla", "Çiya"),
    ("Mihemed Emîn", "Hêja"), ("Sheikh Mohammed", "Dara"), ("Baban", "Goran"), ("Hawrami", "Shno"),
    ("Barzani", "Nechirvan"), ("Ahmad", "Kurdistan"), ("Abdulla", "Sherzad"), ("Karim", "Tara"), ("Jaff", "Avan"),
    ("Hawezy", "Dilan"), ("Sindî", "Azad"),
]  # fmt: skip
# Patronymic chains: the father's and grandfather's names stand after the given name.
_CHAINS = [
    ("Ali", "Ahmed Hassan"), ("Hassan Ali", "Ahmed"), ("Mohammed Saeed", "Karwan"), ("Saeed", "Karwan Mohammed"),
    ("Abbas Jasim", "Israa"), ("Jasim", "Mohammed Kadhim"), ("Hamad Amin", "Sakar"), ("Omer", "Rebin Jalal"),
    ("Ibrahim Khalil", "Soran"), ("Salman Dawood", "Farah"),
]  # fmt: skip
# Assyrian, Chaldean and Yazidi names, at home and in Dearborn, San Diego, Södertälje and Berlin.
_MINORITY = [
    ("Khoshaba", "Ninos"), ("Yousif", "Martina"), ("Odisho", "Sargon"), ("Benyamin", "Shamiram"), ("Warda", "Bashar"),
    ("Shlemon", "Nahrain"), ("Kassab", "Rita"), ("Jajou", "Fadi"), ("Kalasho", "Rani"), ("Sako", "Louis"),
    ("Shamoon", "Nadia"), ("Arabo", "Evon"), ("Yono", "Samir"), ("Bahoora", "Lara"), ("Hanna", "Rafid"),
    ("Murad", "Nadia"), ("Khalaf", "Khairi"), ("Qasim", "Jiyan"), ("Haji", "Dilovan"), ("Shingali", "Hadiya"),
    ("Barakat", "Salwa"), ("Pirmam", "Hazim"),
]  # fmt: skip
_TEXTBOOKS = [
    ([("Kotler", "Philip"), ("Armstrong", "Gary")], "Principles of marketing", "Pearson", "Harlow", ((2018, 17), (2021, 18), (2024, 19))),
    ([("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Chernev", "Alexander")], "Marketing management", "Pearson", "Harlow", ((2016, 15), (2022, 16))),
    ([("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona")], "Digital marketing: strategy, implementation and practice", "Pearson", "Harlow", ((2019, 7), (2022, 8))),
    ([("Jobber", "David"), ("Ellis-Chadwick", "Fiona")], "Principles and practice of marketing", "McGraw-Hill", "London", ((2016, 8), (2020, 9))),
    ([("Temporal", "Paul")], "Islamic branding and marketing: creating a global Islamic business", "Wiley", "Singapore", ((2011, 1),)),
    ([("Wilson", "Jonathan A.J.")], "Halal branding", "Claritas Books", "Swansea", ((2020, 2),)),
    ([("Sandikci", "Özlem"), ("Rice", "Gillian")], "Handbook of Islamic marketing", "Edward Elgar", "Cheltenham", ((2011, 1),)),
    ([("Saunders", "Mark"), ("Lewis", "Philip"), ("Thornhill", "Adrian")], "Research methods for business students", "Pearson", "Harlow", ((2019, 8), (2023, 9))),
    ([("Hollensen", "Svend")], "Global marketing", "Pearson", "Harlow", ((2019, 8), (2020, 9))),
    ([("Bryman", "Alan"), ("Bell", "Emma")], "Business research methods", "Oxford University Press", "Oxford", ((2015, 4), (2019, 5))),
    ([("Hofstede", "Geert"), ("Hofstede", "Gert Jan"), ("Minkov", "Michael")], "Cultures and organizations: software of the mind", "McGraw-Hill", "New York", ((2010, 3),)),
    ([("Ryan", "Damian")], "Understanding digital marketing", "Kogan Page", "London", ((2020, 5), (2023, 6))),
]  # fmt: skip
_UNIVERSITIES = [
    ("University of Baghdad", "Baghdad"), ("Salahaddin University-Erbil", "Erbil"), ("University of Sulaimani", "Sulaimani"),
    ("American University of Iraq, Sulaimani", "Sulaimani"), ("Koya University", "Koya"),
    ("University of Kurdistan Hewlêr", "Erbil"), ("SOAS University of London", "London"), ("University of Exeter", "Exeter"),
    ("University of Duhok", "Duhok"), ("University of Basrah", "Basra"), ("University of Mosul", "Mosul"),
    ("Lund University", "Lund"), ("University of Salford", "Salford"),
]  # fmt: skip
_JOURNALS = [
    ("Journal of Islamic Marketing", "10.1108/JIMA"), ("International Journal of Bank Marketing", "10.1108/IJBM"),
    ("Journal of Middle East Women's Studies", "10.1215/15525864"), ("Iraqi Journal of Business", None),
    ("Cihan University-Erbil Journal of Humanities and Social Sciences", "10.24086/cuejhss"),
    ("Journal of Marketing Management", "10.1080/0267257X"), ("Journal of Business Research", "10.1016/j.jbusres"),
    ("Zanco Journal of Humanity Sciences", "10.21271/zjhs"), ("Journal of University of Human Development", "10.21928/juhd"),
    ("Koya University Journal of Humanities and Social Sciences", "10.14500/kujhss"),
    ("Journal of Economics and Administrative Sciences", "10.33095/jeas"), ("Middle East Journal of Management", "10.1504/MEJM"),
    ("International Journal of Emerging Markets", "10.1108/IJOEM"), ("Journal of Retailing and Consumer Services", "10.1016/j.jretconser"),
    ("Polytechnic Journal of Humanities and Social Sciences", "10.25156/ptjhss"), ("Tourism Management", "10.1016/j.tourman"),
]  # fmt: skip
_TOPICS = [
    "customer loyalty in Iraqi private banks", "mobile wallet adoption in the Kurdistan Region of Iraq",
    "e-payment trust after the dinar devaluation", "Islamic banking and customer satisfaction in Iraq",
    "social media marketing in Iraqi Kurdistan", "brand trust among young consumers in Erbil",
    "Facebook advertising and purchase intention in Baghdad", "service quality in Iraqi telecommunications",
    "tourism destination image of Iraqi Kurdistan", "halal branding and consumer choice",
    "women entrepreneurs in Sulaimani", "religious tourism in Karbala and Najaf", "shopping mall patronage in Erbil",
    "influencer marketing on Instagram in Iraq", "financial inclusion and the Qi Card", "country-of-origin effects in Iraq",
    "customer switching between mobile operators in Iraq", "post-conflict branding in Mosul",
    "corporate social responsibility in the Kurdistan Region", "cash culture and digital payments in Iraq",
    "diaspora consumers in Malmö and Dearborn", "airline service quality and loyalty in Iraq",
    "e-commerce delivery and cash on delivery in Baghdad", "Kurdish language advertising and brand attitude",
    "bottled water brands in Basra", "private university marketing in Hewlêr", "real estate marketing in Erbil",
]  # fmt: skip
_PAGES = ["About us", "Our history", "Personal banking", "Mobile wallet", "Careers", "Sustainability", "Corporate social responsibility",
          "Investor relations", "Press releases", "Tariffs and packages", "Our network", "Loyalty programme", "Destinations",
          "Store locations", "Frequently asked questions"]  # fmt: skip
# Organisation authors: (name, tags, kind of body, site).
_ORGANISATIONS: list[tuple[str, tuple[str, ...], str, str]] = [
    ("Central Bank of Iraq", ("government",), "government", "cbi.iq"),
    ("Central Bank of Iraq (CBI)", ("government", "abbreviation"), "government", "cbi.iq"),
    ("Central Statistical Organization (CSO)", ("government", "abbreviation"), "government", "cosit.gov.iq"),
    ("Central Statistical Organization", ("government",), "government", "cosit.gov.iq"),
    ("Kurdistan Region Statistics Office (KRSO)", ("government", "abbreviation"), "government", "krso.gov.krd"),
    ("Kurdistan Region Statistics Office", ("government",), "government", "krso.gov.krd"),
    ("Communications and Media Commission (CMC)", ("government", "abbreviation"), "government", "cmc.iq"),
    ("Kurdistan Regional Government", ("government",), "government", "gov.krd"),
    ("KRG", ("government", "acronym"), "government", "gov.krd"),
    ("Kurdistan Board of Investment", ("government",), "government", "kurdistaninvestment.org"),
    ("National Investment Commission", ("government",), "government", "investpromo.gov.iq"),
    ("Ministry of Planning", ("government",), "government", "mop.gov.iq"),
    ("KRG Ministry of Planning", ("government",), "government", "mop.gov.krd"),
    ("Iraq Stock Exchange (ISX)", ("abbreviation",), "government", "isx-iq.net"),
    ("UNDP Iraq", ("international",), "international", "undp.org/iraq"),
    ("United Nations Development Programme (UNDP)", ("international", "abbreviation"), "international", "undp.org"),
    ("World Bank", ("international",), "international", "worldbank.org"),
    ("The World Bank", ("international",), "international", "worldbank.org"),
    ("International Organization for Migration (IOM)", ("international", "abbreviation"), "international", "iraq.iom.int"),
    ("IOM Iraq", ("international", "acronym"), "international", "iraq.iom.int"),
    ("UNICEF Iraq", ("international",), "international", "unicef.org/iraq"),
    ("Mercy Corps", ("ngo",), "ngo", "mercycorps.org"), ("Norwegian Refugee Council", ("ngo",), "ngo", "nrc.no"),
    ("Iraqi Women's League", ("ngo", "apostrophe"), "ngo", "iraqiwomensleague.org"),
    ("Kurdistan Women's Union", ("ngo", "apostrophe"), "ngo", "kwu-krd.org"),
    ("Iraqi Institute for Economic Reform", ("ngo",), "ngo", "iier.org"),
    ("Asiacell Communications PJSC", ("company",), "company", "asiacell.com"), ("Zain Iraq", ("company",), "company", "iq.zain.com"),
    ("Korek Telecom", ("company",), "company", "korektel.com"), ("Iraqi Airways", ("company",), "company", "ia.com.iq"),
    ("Fly Erbil", ("company",), "company", "flyerbil.com"), ("Cihan Group", ("company",), "company", "cihangroup.com"),
    ("Faruk Holding", ("company",), "company", "farukgroup.com"), ("Rafidain Bank", ("company",), "company", "rafidain-bank.gov.iq"),
    ("Trade Bank of Iraq", ("company",), "company", "tbi.com.iq"), ("Trade Bank of Iraq (TBI)", ("company", "abbreviation"), "company", "tbi.com.iq"),
    ("Kurdistan International Bank for Investment & Development", ("company", "ampersand"), "company", "kib.iq"),
    ("Kurdistan International Bank for Investment and Development", ("company",), "company", "kib.iq"),
    ("First Iraqi Bank (FIB)", ("company", "abbreviation"), "company", "fib.iq"), ("Zain Cash", ("company",), "company", "zaincash.iq"),
    ("International Smart Card (Qi Card)", ("company", "abbreviation"), "company", "qi.iq"), ("Rasheed Bank", ("company",), "company", "rb.iq"),
    ("Cihan Bank for Islamic & Commercial Finance", ("company", "ampersand"), "company", "cihanbank.com.iq"),
    ("Majid Al Futtaim", ("company",), "company", "majidalfuttaim.com"), ("Ernst & Young Iraq", ("company", "ampersand"), "company", "ey.com"),
    ("Deloitte & Touche (M.E.)", ("company", "ampersand", "abbreviation"), "company", "deloitte.com"),
    ("PwC Middle East", ("company",), "company", "pwc.com"), ("GSMA Intelligence", ("market-research",), "company", "gsmaintelligence.com"),
    ("Shaswar's Sweets", ("company", "apostrophe"), "company", "shaswarsweets.com"), ("Lezzoo", ("company",), "company", "lezzoo.com"),
]  # fmt: skip
_RESEARCH = [("IIACSS", "iiacss.org"), ("Kantar", "kantar.com"), ("Ipsos", "ipsos.com"), ("GfK", "gfk.com"),
             ("Statista", "statista.com"), ("Euromonitor International", "euromonitor.com"), ("DataReportal", "datareportal.com"),
             ("Arab Barometer", "arabbarometer.org"), ("YouGov MENA", "mena.yougov.com"), ("Nielsen", "nielsen.com")]  # fmt: skip
_RESEARCH_TITLES = ["Digital 2024: Iraq", "Iraq consumer confidence survey {y}", "Mobile money in Iraq: market update {y}",
                    "Consumer lifestyles in Iraq", "Brand footprint: Iraq {y}", "Share of internet users in Iraq by age group",
                    "Banking habits in the Kurdistan Region: wave {w}", "Retail trends in Iraq {y}", "Soft drinks in Iraq",
                    "Number of mobile subscriptions in Iraq from 2015 to {y}", "Iraqi youth and social media: survey findings"]  # fmt: skip
_NEWS = ["Rudaw", "Kurdistan24", "Shafaq News", "The New Arab", "Al-Monitor", "Reuters", "BBC News Arabic", "The National",
         "Iraqi News Agency", "964media", "Iraq Business News", "Arab News"]  # fmt: skip
_NEWS_TITLES = ["Dinar falls against the dollar as Central Bank tightens rules", "Erbil's malls bet on family entertainment",
                "Iraqi banks push electronic salaries to public servants", "Fly Erbil adds routes to Europe",
                "Zain Iraq and Asiacell race to roll out 4G", "Sulaimani cafe culture draws young crowds",
                "Baghdad shoppers turn to Instagram stores", "Qi Card reaches millions of pensioners",
                "KRG pushes for salary localisation in banks", "Karbala prepares for millions of Arbaeen visitors",
                "Basra's new stadium revives local advertising", "Diaspora entrepreneurs return to Erbil",
                "Iraq's e-commerce grows despite cash habits", "Carrefour opens its latest store in Baghdad",
                "The fight to rebuild Mosul's old markets"]  # fmt: skip
_LAWS = [
    ("Republic of Iraq", "Central Bank of Iraq Law No. 56 of 2004", 2004), ("Republic of Iraq", "Banking Law No. 94 of 2004", 2004),
    ("Republic of Iraq", "Investment Law No. 13 of 2006", 2006), ("Kurdistan Parliament", "Investment Law in the Kurdistan Region No. 4 of 2006", 2006),
    ("Central Bank of Iraq", "Regulation No. 2 of 2019 on electronic payment services", 2019),
    ("Republic of Iraq", "Consumer Protection Law No. 1 of 2010", 2010), ("Republic of Iraq", "Competition and Monopoly Prevention Law No. 14 of 2010", 2010),
    ("Republic of Iraq", "Electronic Signature and Electronic Transactions Law No. 78 of 2012", 2012),
    ("Kurdistan Parliament", "Law No. 8 of 2011 on combating domestic violence in the Kurdistan Region", 2011),
    ("Communications and Media Commission (CMC)", "Regulation No. 1 of 2023 on digital content", 2023),
    ("Republic of Iraq", "Islamic Banks Law No. 43 of 2015", 2015),
]  # fmt: skip
_SOCIAL = [("Instagram", "instagram.com"), ("Facebook", "facebook.com"), ("X", "x.com"), ("LinkedIn", "linkedin.com"),
           ("TikTok", "tiktok.com")]  # fmt: skip
_POSTS = ["Our new branch in Slêmanî is now open", "Eid Mubarak to all our customers", "Ramadan offers start today",
          "Pay your bills with one tap", "Thank you Duhok for an amazing launch", "Unlimited internet for students",
          "Nowruz Piroz from all of us", "Meet our new brand ambassador", "Cash withdrawals now available at 500 agents"]  # fmt: skip
_VIDEOS = ["How to open a wallet in two minutes", "Behind the scenes: our Ramadan advert", "Iraq's startup scene explained",
           "Inside Erbil's newest mall", "Why Iraqis still prefer cash", "Marketing in Kurdistan: a panel discussion"]  # fmt: skip
_PODCASTS = [("Iraq Business Podcast", "Episode {w}: selling to Iraqi consumers"), ("Kurdistan Startup Talks", "Episode {w}: growth in Hewlêr"),
             ("Mesopotamia Marketing", "Episode {w}: brands after the war"), ("The Diaspora Founders", "Episode {w}: from Malmö to Erbil")]  # fmt: skip
# Kinds whose author may bring a second work of the same year (a bulletin and a report; two press releases).
_PAIRED = ("government", "company-web", "annual-report", "market-research")
_EXTRA_SURNAMES_LOCALES = ["en_GB", "en_GB", "en_US", "sv_SE", "de_DE"]


def _place(name: str) -> str:
    """Where a body publishes: Erbil for the Kurdistan Region's, Baghdad for the federal ones, head offices abroad."""
    if any(
        word in name
        for word in ("Kurdistan", "KRG", "KRSO", "Korek", "Fly Erbil", "Cihan", "Faruk", "Lezzoo", "Shaswar")
    ):
        return "Erbil"
    if any(word in name for word in ("World Bank", "UNDP", "United Nations", "Majid", "Deloitte", "PwC", "GSMA")):
        return {"World Bank": "Washington, DC", "The World Bank": "Washington, DC", "GSMA Intelligence": "London"}.get(
            name, "Dubai" if "UN" not in name else "New York"
        )
    if any(word in name for word in ("IOM", "Migration", "Norwegian")):
        return "Geneva" if "IOM" in name or "Migration" in name else "Oslo"
    return "Baghdad"


class Blind231WorkFactory(WorkFactory):
    """Works Iraqi, Kurdish and diaspora marketers cite, from a random source of this pool's own."""

    KINDS = ("book", "chapter", "journal", "thesis", "conference", "government", "legislation", "company-web",
             "annual-report", "market-research", "news", "social", "video", "podcast", "undated-web")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 37 + 231_000)
        for index, locale in enumerate(sorted(set(_EXTRA_SURNAMES_LOCALES))):
            if locale not in self.fakers:
                fake = Faker(locale)
                fake.seed_instance(seed * 307 + index)
                self.fakers[locale] = fake
        self.textbooks: set[str] = set()
        self.dated: list[tuple[str, set[str], int, str, Any]] = []  # organisations already given a dated work, by kind

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.3:
            family, given = self.rng.choice(_ARABIC)
        elif roll < 0.52:
            family, given = self.rng.choice(_KURDISH)
        elif roll < 0.62:
            family, given = self.rng.choice(_CHAINS)
        elif roll < 0.74:
            family, given = self.rng.choice(_MINORITY)
        else:  # UK, American, Swedish and German co-authors and supervisors
            fake = self.fakers[self.rng.choice(_EXTRA_SURNAMES_LOCALES)]
            family, given = fake.last_name(), fake.first_name()
            if "-" in given:
                given = given.split("-")[0]
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[30, 30, 18, 9, 5, 3, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if all(p["family"] != name["family"] for p in people):
                people.append(name)
        return people

    def organisation(self) -> tuple[str, set[str]]:
        name, tags, _body, _site = self.rng.choice(_ORGANISATIONS)
        return name, set(tags)

    def _site(self, name: str) -> str:
        for org, _tags, _body, site in _ORGANISATIONS:
            if org == name:
                return site
        return "example.iq"

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1980, 2004)
        return self.rng.randint(2008, 2025)

    def _accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        year = self.rng.randint(max(2023, issued[0] if issued else 2023), 2025)
        month = self.rng.randint(1, 12)
        day = self.rng.randint(1, 28)
        if issued and year == issued[0]:
            month = self.rng.randint(issued[1] if len(issued) > 1 else 1, 12)
            if len(issued) > 2 and month == issued[1]:
                day = self.rng.randint(issued[2], 28)
        return {"date-parts": [[year, month, day]]}

    def _id(self) -> str:
        self.counter += 1
        return f"b231w{self.counter}"

    def _title(self) -> str:
        topic = self.rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]}", f"The impact of {self.rng.choice(['trust', 'perceived risk', 'brand image', 'word of mouth', 'service quality', 'religiosity'])} on {topic}",
                 f"{topic[0].upper()}{topic[1:]}: evidence from {self.rng.choice(['Erbil', 'Baghdad', 'Sulaymaniyah', 'Duhok', 'Basra', 'the Kurdistan Region', 'Iraq'])}",
                 f"Determinants of {topic}", f"Rethinking {topic}", f"{topic[0].upper()}{topic[1:]}: a structural equation modelling approach"]  # fmt: skip
        return self.rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.KINDS), weights=[12, 4, 22, 5, 4, 9, 3, 8, 5, 7, 9, 4, 2, 2, 4])[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, record["author"][0]["family"], year, False, len(record["author"]), kind)

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then a second work of an organisation in a year it already has ("CBI, 2023a" and "2023b").
        earlier = [d for d in self.dated if d[3] == kind and d[4] != record.get("title")]
        if kind in _PAIRED and "issued" in record and earlier and self.rng.random() < 0.2:
            name, tags, year, _kind, _title = self.rng.choice(earlier)
            record["issued"] = {"date-parts": [[year]]}
            if "URL" in record:
                record["URL"] = f"https://www.{self._site(name)}/{self.fakers['en_GB'].slug()}"
                record["accessed"] = self._accessed_after([year])
            if "publisher" in record and kind in ("annual-report", "government"):
                record["publisher"] = name.split(" (")[0]
                record["publisher-place"] = _place(name)
        if "issued" in record:
            self.dated.append((name, set(tags), record["issued"]["date-parts"][0][0], kind, record.get("title")))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, set(tags) | {"organisation"})

    def _book(self) -> Work:
        unused = [t for t in _TEXTBOOKS if t[1] not in self.textbooks]
        if unused and self.rng.random() < 0.35:
            authors, title, publisher, place, editions = self.rng.choice(unused)
            self.textbooks.add(title)
            year, edition = self.rng.choice(editions)
            record: dict[str, Any] = {"type": "book", "title": title,
                                      "author": [{"family": f, "given": g} for f, g in authors],
                                      "issued": {"date-parts": [[year]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
            if edition > 1:
                record["edition"] = str(edition)
            return self._person(record, "book")
        publisher, place = self.rng.choice([("Routledge", "Abingdon"), ("Sage", "London"), ("Pearson", "Harlow"),
                                            ("Oxford University Press", "Oxford"), ("Palgrave Macmillan", "Cham"),
                                            ("Springer", "Cham"), ("Edinburgh University Press", "Edinburgh"),
                                            ("I.B. Tauris", "London"), ("Aras", "Erbil")])  # fmt: skip
        record = {"type": "book", "title": self._title(), "author": self._people(3),
                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place}  # fmt: skip
        return self._person(record, "book")

    def _chapter(self) -> Work:
        start = self.rng.randint(1, 280)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": self._people(2),
            "container-title": self.rng.choice(["The Routledge handbook of Islamic marketing", "Handbook of Islamic marketing",
                                                "The Kurdish question revisited", "Marketing in the Middle East and North Africa",
                                                "Iraq after 2003: state, economy and society", "The Routledge handbook on the Kurds"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["Routledge", "Edward Elgar", "Palgrave Macmillan", "Oxford University Press"]),
            "publisher-place": self.rng.choice(["Abingdon", "Cheltenham", "London", "Oxford"]), "page": f"{start}-{start + self.rng.randint(12, 30)}",
        }  # fmt: skip
        return self._person(record, "chapter")

    def _journal(self) -> Work:
        journal, prefix = self.rng.choice(_JOURNALS)
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8), "container-title": journal,
            "issued": {"date-parts": [[self.year()]]}, "volume": str(self.rng.randint(1, 45)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{start}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        if prefix and self.rng.random() < 0.7:
            record["DOI"] = (
                f"{prefix}-{self.rng.randint(1, 12):02d}-{self.rng.randint(2015, 2024)}-{self.rng.randint(1, 400):04d}"
                if prefix.startswith("10.1108")
                else f"{prefix}.{self.rng.randint(2015, 2024)}.{self.rng.randint(100, 9999)}"
            )
        elif self.rng.random() < 0.4:  # the journal's own site, read online
            record["URL"] = (
                f"https://journals.{self.rng.choice(['uobaghdad.edu.iq', 'su.edu.krd', 'univsul.edu.iq', 'cihanuniversity.edu.iq'])}/article/view/{self.rng.randint(100, 9999)}"
            )
            record["accessed"] = self._accessed_after(record["issued"]["date-parts"][0])
        return self._person(record, "journal")

    def _thesis(self) -> Work:
        university, place = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {
            "type": "thesis", "title": self._title(), "author": [self.person()],
            "issued": {"date-parts": [[self.year()]]}, "genre": self.rng.choice(["PhD thesis", "MBA dissertation", "MSc dissertation", "MA thesis"]),
            "publisher": university, "publisher-place": place,
        }  # fmt: skip
        return self._person(record, "thesis")

    def _conference(self) -> Work:
        start = self.rng.randint(1, 400)
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(4),
            "container-title": self.rng.choice([f"Proceedings of the {self.rng.randint(2, 9)}th International Conference on Business, Economics and Management",
                                                "Academy of Marketing Conference Proceedings", "Proceedings of the International Conference on Accounting, Business, Economics and Politics"]),
            "issued": {"date-parts": [[self.rng.randint(2015, 2025)]]}, "publisher-place": self.rng.choice(["Erbil", "Sulaimani", "London", "Cardiff"]),
            "page": f"{start}-{start + self.rng.randint(6, 14)}",
        }  # fmt: skip
        return self._person(record, "conference")

    def _government(self) -> Work:
        name, tags, _body, site = self.rng.choice(
            [o for o in _ORGANISATIONS if o[2] in ("government", "international", "ngo")]
        )
        year = self.year()
        title = self.rng.choice([f"Annual report {year - 1}", f"Financial stability report {year - 1}", "Labour force survey: key findings",
                                 "Population estimates by governorate", "Mobile and internet subscriptions: quarterly bulletin",
                                 "Iraq economic monitor", "Financial inclusion strategy", "Women's economic participation in Iraq",
                                 "Tourism statistics of the Kurdistan Region", "Investment guide", "Youth employment in Iraq",
                                 "Migration flows and remittances"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0], "publisher-place": _place(name)}  # fmt: skip
        if self.rng.random() < 0.7:
            record["URL"] = f"https://{site}/{self.fakers['en_GB'].slug()}"
            record["accessed"] = self._accessed_after([year])
        return self._org(record, "government", name, set(tags))

    def _legislation(self) -> Work:
        author, title, year = self.rng.choice(_LAWS)
        tags = {"government", "legislation"} | ({"abbreviation"} if "(" in author else set())
        record: dict[str, Any] = {"type": "legislation", "title": title, "issued": {"date-parts": [[year]]}}
        if self.rng.random() < 0.6:
            record["URL"] = (
                f"https://{self.rng.choice(['iraqld.hjc.iq', 'cbi.iq/static/uploads', 'parliament.krd/laws', 'moj.gov.iq'])}/{self.rng.randint(1000, 99999)}"
            )
            record["accessed"] = self._accessed_after([year])
        record["id"] = self._id()
        record["author"] = [{"literal": author}]
        return Work(record, author, str(year), True, 1, "legislation", tags | {"organisation"})

    def _company_web(self) -> Work:
        name, tags, _body, site = self.rng.choice([o for o in _ORGANISATIONS if o[2] == "company"])
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self.rng.choice(_PAGES),
            "URL": f"https://www.{site}/{self.fakers['en_GB'].slug()}",
        }
        issued = None
        if self.rng.random() < 0.55:
            issued = [self.rng.randint(2016, 2025)]
            record["issued"] = {"date-parts": [issued]}
        record["accessed"] = self._accessed_after(issued)
        return self._org(record, "company-web", name, set(tags))

    def _annual_report(self) -> Work:
        name, tags, _body, site = self.rng.choice([o for o in _ORGANISATIONS if o[2] == "company"])
        year = self.rng.randint(2012, 2025)
        record: dict[str, Any] = {"type": "report", "title": self.rng.choice([f"Annual report {year - 1}", f"Integrated report {year - 1}",
                                                                             f"Sustainability report {year - 1}", "Corporate profile"]),
                                  "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0],
                                  "publisher-place": _place(name)}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = f"https://www.{site}/reports/{self.fakers['en_GB'].slug()}.pdf"
            record["accessed"] = self._accessed_after([year])
        return self._org(record, "annual-report", name, set(tags))

    def _market_research(self) -> Work:
        name, site = self.rng.choice(_RESEARCH)
        year = self.rng.randint(2015, 2025)
        title = self.rng.choice(_RESEARCH_TITLES).format(y=year, w=self.rng.randint(2, 9))
        record: dict[str, Any] = {
            "type": "report",
            "title": title,
            "publisher": name,
            "URL": f"https://www.{site}/{self.fakers['en_GB'].slug()}",
        }
        issued = None
        if self.rng.random() < 0.88:
            issued = [year]
            record["issued"] = {"date-parts": [issued]}
        record["accessed"] = self._accessed_after(issued)
        return self._org(record, "market-research", name, {"market-research"})

    def _news(self) -> Work:
        outlet = self.rng.choice(_NEWS)
        issued = [self.rng.randint(2014, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "article-newspaper", "title": self.rng.choice(_NEWS_TITLES), "container-title": outlet,
                                  "issued": {"date-parts": [issued]}, "URL": f"https://www.{outlet.lower().replace(' ', '')}.com/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        record["accessed"] = self._accessed_after(issued)
        if self.rng.random() < 0.65:
            record["author"] = self._people(2)
            return self._person(record, "news")
        return self._org(record, "news", outlet, {"press"})

    def _social(self) -> Work:
        platform, host = self.rng.choice(_SOCIAL)
        name, tags, _body, _site = self.rng.choice([o for o in _ORGANISATIONS if o[2] == "company"])
        issued = [self.rng.randint(2019, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "post", "title": self.rng.choice(_POSTS), "container-title": platform,
                                  "issued": {"date-parts": [issued]}, "URL": f"https://www.{host}/{name.split()[0].lower()}/posts/{self.rng.randint(10**6, 10**7)}"}  # fmt: skip
        record["accessed"] = self._accessed_after(issued)
        return self._org(record, "social", name, set(tags) | {"social"})

    def _video(self) -> Work:
        issued = [self.rng.randint(2016, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "motion_picture", "title": self.rng.choice(_VIDEOS), "container-title": "YouTube",
                                  "issued": {"date-parts": [issued]}, "URL": f"https://www.youtube.com/watch?v={self.fakers['en_GB'].lexify('???????????')}"}  # fmt: skip
        record["accessed"] = self._accessed_after(issued)
        if self.rng.random() < 0.5:
            record["author"] = self._people(1)
            return self._person(record, "video")
        name, tags, _body, _site = self.rng.choice([o for o in _ORGANISATIONS if o[2] in ("company", "ngo")])
        return self._org(record, "video", name, set(tags))

    def _podcast(self) -> Work:
        show, episode = self.rng.choice(_PODCASTS)
        issued = [self.rng.randint(2019, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)]
        record: dict[str, Any] = {"type": "song", "title": episode.format(w=self.rng.randint(3, 120)), "container-title": show,
                                  "author": self._people(2), "issued": {"date-parts": [issued]},
                                  "URL": f"https://podcasts.apple.com/podcast/{self.fakers['en_GB'].slug()}"}  # fmt: skip
        record["accessed"] = self._accessed_after(issued)
        return self._person(record, "podcast")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {
            "type": "webpage",
            "title": self.rng.choice(
                [
                    *_PAGES,
                    "Doing business in the Kurdistan Region",
                    "Visit Erbil",
                    "Banking in Iraq: a guide for expatriates",
                ]
            ),
        }
        if self.rng.random() < 0.35:
            record["author"] = self._people(2)
            record["URL"] = f"https://{self.fakers['en_GB'].domain_name()}/{self.fakers['en_GB'].slug()}"
            record["accessed"] = self._accessed_after(None)
            return self._person(record, "undated-web")
        name, tags, _body, site = self.rng.choice(_ORGANISATIONS)
        record["URL"] = f"https://www.{site}/{self.fakers['en_GB'].slug()}"
        record["accessed"] = self._accessed_after(None)
        return self._org(record, "undated-web", name, set(tags) | {"undated"})
