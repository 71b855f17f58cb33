"""Works for the "blind187" pool: what marketers in Iran and its diaspora cite in CIM reports and MBA assignments.

Written without reading the checker, its tests or any other pool. Authors are Persian, Azeri-Iranian, Kurdish,
Armenian-Iranian, Baluchi and diaspora names as they appear on English-language papers (compound surnames in
"-zadeh", "-pour", "-nejad", "-far", "-ian", "-loo"; "Seyed", "Haj" and "Mir" in the given names; transliteration
variants "Hossein"/"Hosein"/"Hussein"), beside the expatriates and foreign scholars who write about Iran. Organisation
authors are Iranian banks, fintechs, telecoms, platforms, food makers, carmakers, regulators, ministries, the press and
the market-research firms candidates quote. Titles in Persian come in transliteration or Perso-Arabic script with an
English translation in square brackets, as Iranian universities ask.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import datetime
import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

_FAMILIES = [
    "Mohammadi", "Hosseini", "Ahmadi", "Rezaei", "Moradi", "Karimi", "Jafari", "Rahimi", "Kazemi", "Ghasemi",
    "Qasemi", "Shahbazi", "Tehrani", "Esfahani", "Shirazi", "Hashemi", "Mousavi", "Sadeghi", "Bagheri", "Heydari",
    "Najafi", "Akbari", "Ebrahimi", "Soltani", "Salehi", "Amini", "Rostami", "Nouri", "Zamani", "Farahani",
    "Hosseinzadeh", "Alizadeh", "Hassanzadeh", "Taghizadeh", "Karimzadeh", "Abbaszadeh", "Valizadeh", "Naghizadeh",
    "Rahimpour", "Alipour", "Hassanpour", "Gholipour", "Ebrahimpour", "Aminpur", "Ahmadpour", "Jahanpour",
    "Farahnejad", "Ahmadinejad", "Karimnezhad", "Hosseinnejad", "Bahramnejad", "Pournejad",
    "Mohammadifar", "Rastegarfar", "Sabetfar", "Sharifian", "Khodabakhshian", "Isfahanian", "Ghodsian",
    "Shamloo", "Karamloo", "Ghanbarlou", "Bayatloo", "Hashemabadi", "Dolatabadi", "Firouzabadi", "Najafabadi",
    "Mir-Hosseini", "Mirzaei", "Mirjalili", "Mirsalehi", "Mir Mohammadi", "Sadat-Hosseini", "Tabatabaei",
    "Tabatabai", "Khamenei-Far", "Seyedi", "Haji-Ahmadi", "Hajizadeh", "Haji Hosseini",
    "Ja'fari", "Mo'tamedi", "Sa'adati", "Shoja'i", "Rezā'i", "Ghāsemi", "Nāseri", "Sāberi",
    "Petrossian", "Hovsepian", "Sarkissian", "Babayan", "Ter-Petrosyan", "Minassian",  # Armenian-Iranian
    "Baluch", "Rigi", "Brahui", "Naroui", "Shahbakhsh",  # Baluchi
    "Ardalan", "Saghezi", "Kurdistani", "Sanandaji", "Baban",  # Kurdish
    "Aliyari", "Tabrizi", "Ardabili", "Azarbaijani", "Urmiyeh", "Əsgərli",  # Azeri-Iranian
    "Kharrazi", "Daneshvar", "Golshiri", "Kasravi", "Vahdat", "Khosravi", "Parsa", "Azadi", "Bakhtiari",
    "Amirkhani", "Rouhani", "Javid", "Mehran", "Nikoukar", "Foroughi",
]  # fmt: skip
_GIVEN = [
    "Ali", "Mohammad", "Mohamed", "Muhammad", "Hossein", "Hosein", "Hussein", "Reza", "Mahdi", "Mehdi", "Amir",
    "Hamid", "Saeed", "Said", "Majid", "Behrouz", "Babak", "Kaveh", "Dariush", "Farhad", "Kourosh", "Arash", "Omid",
    "Pouya", "Sina", "Navid", "Ehsan", "Maryam", "Fatemeh", "Zahra", "Narges", "Leila", "Laleh", "Shirin", "Parisa",
    "Nasrin", "Azadeh", "Mahsa", "Niloufar", "Negin", "Sahar", "Roya", "Golnaz", "Mina", "Samira", "Ziba", "Elham",
    "Somayeh", "Tahereh", "Afsaneh", "Bahareh", "Arman", "Ani", "Hovik", "Anahid", "Karim", "Jalal", "Shahram",
    "Mohammad Reza", "Mohammad-Ali", "Ali Akbar", "Amir Hossein", "Seyed Mohammad", "Seyed Hamid", "Sayyed Ali",
    "Seyedeh Fatemeh", "Haj Ali", "Haj Mahmoud", "Mir Hadi", "Mir Saeed", "Fatemeh Sadat", "Zahra Sadat",
]  # fmt: skip
# Expatriates and foreign scholars who write about Iranian consumers and the diaspora.
_FOREIGN = [
    ("Smith", "Rachel"), ("Müller", "Jonas"), ("Andersson", "Karin"), ("Lindqvist", "Erik"), ("Yılmaz", "Elif"),
    ("Özdemir", "Burak"), ("Al-Hashimi", "Noura"), ("Haddad", "Omar"), ("Tremblay", "Julie"), ("Chen", "Wei"),
    ("Kowalski", "Anna"), ("O'Brien", "Sean"), ("Schäfer", "Katrin"), ("Nordström", "Anders"), ("Patel", "Priya"),
    ("Green", "Thomas"), ("Brown", "Emma"), ("Wilson", "James"), ("Garcia", "Sofia"), ("Dubois", "Claire"),
]  # fmt: skip
_PARTICLE_FOREIGN = [("van", "Dijk", "Maarten"), ("de", "Vries", "Sanne"), ("von", "Hagen", "Klara")]
_DIASPORA_DOUBLE = ["Müller", "Smith", "Andersson", "Schneider", "Wright", "Johansson", "Sørensen", "Lefèvre"]

_ORGANISATIONS: list[tuple[str, set[str]]] = [
    ("Bank Mellat", {"company", "bank"}), ("Bank Melli Iran", {"company", "bank"}), ("Bank Saderat Iran", {"company", "bank"}),
    ("Bank Pasargad", {"company", "bank"}), ("Saman Bank", {"company", "bank"}), ("Ayandeh Bank", {"company", "bank"}),
    ("Asan Pardakht Persian Group (AP)", {"company", "abbreviation"}), ("Snapp! Pay", {"company", "punctuation"}),
    ("Digipay", {"company"}), ("Shaparak", {"company"}), ("Mobile Communication Company of Iran (MCI)", {"company", "abbreviation"}),
    ("Hamrah-e Avval", {"company", "hyphen"}), ("Irancell", {"company"}), ("MTN Irancell", {"company"}), ("RighTel", {"company"}),
    ("Digikala", {"company"}), ("Digikala Group", {"company"}), ("Snapp", {"company"}), ("Snapp Food", {"company"}),
    ("Divar", {"company"}), ("Torob", {"company"}), ("Tapsi", {"company"}), ("Alibaba.ir", {"company", "punctuation"}),
    ("Okala", {"company"}), ("Refah Chain Stores Co.", {"company", "punctuation"}), ("Ofogh Kourosh Chain Stores", {"company"}),
    ("Majid Al Futtaim", {"company"}), ("Kalleh Dairy Co.", {"company", "punctuation"}), ("Pegah Dairy Industries Co. PJS", {"company"}),
    ("Zar Macaron Industrial Group", {"company"}), ("Minoo Industrial Group", {"company"}), ("Shirin Asal Co.", {"company"}),
    ("Golestan Co.", {"company"}), ("Delester", {"company"}), ("Zamzam Iran", {"company"}), ("Iran Khodro Co. (IKCO)", {"company", "abbreviation"}),
    ("SAIPA Group", {"company", "acronym"}), ("Sherkat-e Sanaye-e Ghazayi-e Minoo", {"company", "hyphen"}),
    ("Central Bank of Iran", {"government"}), ("Central Bank of the Islamic Republic of Iran (CBI)", {"government", "abbreviation"}),
    ("Statistical Centre of Iran", {"government"}), ("Statistical Centre of Iran (SCI)", {"government", "abbreviation"}),
    ("Ministry of Industry, Mine and Trade", {"government", "comma"}), ("Iran Chamber of Commerce, Industries, Mines and Agriculture (ICCIMA)", {"trade-body", "comma", "abbreviation"}),
    ("Trade Promotion Organization of Iran (TPO)", {"government", "abbreviation"}), ("Information Technology Organization of Iran (ITO)", {"government", "abbreviation"}),
    ("Communications Regulatory Authority (CRA)", {"government", "abbreviation"}), ("Iran E-Commerce Development Centre", {"government"}),
    ("Iran Fintech Association", {"trade-body"}), ("Iranian Marketing Association", {"trade-body"}),
    ("Tehran Chamber of Commerce", {"trade-body"}), ("Iran Advertising Association", {"trade-body"}),
    ("Iran Fair Organization", {"government"}), ("Tehran Stock Exchange", {"company"}), ("Codal", {"company"}),
    ("Euromonitor International", {"market-research"}), ("Statista", {"market-research"}), ("GWI", {"market-research", "acronym"}),
    ("Kantar", {"market-research"}), ("Ipsos", {"market-research"}), ("GlobalData", {"market-research"}),
    ("Mordor Intelligence", {"market-research"}), ("Fitch Solutions", {"market-research"}), ("IranPoll", {"market-research"}),
    ("World Bank", {"government"}), ("International Monetary Fund (IMF)", {"government", "abbreviation"}),
    ("Chartered Institute of Marketing", {"trade-body"}), ("Iranian Canadian Congress", {"trade-body"}),
    ("Iranian American Chamber of Commerce", {"trade-body"}), ("Persian Chamber of Commerce (Hamburg)", {"trade-body"}),
]  # fmt: skip
_GOVERNMENT = [name for name, tags in _ORGANISATIONS if "government" in tags]
_MARKET_RESEARCH = ["Euromonitor International", "Statista", "GWI", "Kantar", "Ipsos", "GlobalData", "Mordor Intelligence",
                    "Fitch Solutions", "IranPoll", "Research and Markets"]  # fmt: skip
_PRESS = ["Tehran Times", "Financial Tribune", "Donya-e-Eqtesad", "Hamshahri", "IRNA", "ISNA", "Tasnim News Agency",
          "BBC Persian", "Iran International", "Eghtesad News", "Shargh Daily", "Iran Daily", "Al-Monitor", "Reuters",
          "The Guardian", "Financial Times", "Toronto Star", "Los Angeles Times", "Khaleej Times", "Zoomit",
          "Digiato"]  # fmt: skip
_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Wiley", "Chichester"), ("Palgrave Macmillan", "Cham"), ("Oxford University Press", "Oxford"),
               ("Nashr-e Ney", "Tehran"), ("Samt", "Tehran"), ("Ketab-e Mehraban", "Tehran"), ("Atinegar", "Tehran"),
               ("Nashr-e Markaz", "Tehran"), ("Ghoghnoos", "Tehran"), ("Ferdowsi University Press", "Mashhad"),
               ("I.B. Tauris", "London"), ("Bloomsbury", "London"), ("Springer", "Cham")]  # fmt: skip
_UNIVERSITIES = ["University of Tehran", "Sharif University of Technology", "Allameh Tabataba'i University",
                 "Shahid Beheshti University", "Tarbiat Modares University", "Iran University of Science and Technology",
                 "Ferdowsi University of Mashhad", "University of Isfahan", "Shiraz University", "University of Tabriz",
                 "Amirkabir University of Technology", "Kharazmi University", "Islamic Azad University, Science and Research Branch",
                 "University of Toronto", "York University", "Simon Fraser University", "University of Westminster",
                 "Universität Hamburg", "Stockholm University"]  # fmt: skip
_JOURNALS = ["Journal of Islamic Marketing", "Iranian Journal of Management Studies", "Journal of Business Management (Modiriat-e Bazargani)",
             "Journal of Marketing Management (Iran)", "Quarterly Journal of Brand Management", "Journal of Business Research",
             "International Journal of Bank Marketing", "Journal of Retailing and Consumer Services",
             "Iranian Economic Review", "Journal of Information Technology Management", "Management Research in Iran",
             "Journal of Consumer Marketing", "International Journal of Emerging Markets", "Middle East Journal of Management",
             "Journal of International Consumer Marketing", "Asia Pacific Journal of Marketing and Logistics",
             "Iranian Studies", "Journal of Marketing Communications"]  # fmt: skip
_TOPICS = ["mobile banking adoption", "brand loyalty in dairy products", "e-commerce trust", "online grocery", "ride-hailing apps",
           "sanctions and brand strategy", "influencer marketing on Instagram", "Telegram channel marketing",
           "buy now, pay later", "QR payments", "loyalty programmes", "halal food branding", "country-of-origin effects",
           "consumer ethnocentrism", "Nowruz promotions", "Yalda Night campaigns", "diaspora consumers",
           "word of mouth", "price sensitivity under inflation", "customer experience in banking", "super-apps",
           "domestic car brands", "food delivery platforms", "VPN use and digital advertising", "second-hand marketplaces",
           "tea brands", "Persian-language SEO", "Black Friday (Jome-ye Siah) sales", "women entrepreneurs",
           "brand authenticity", "omnichannel retailing", "service quality", "green purchase intention",
           "Generation Z", "heritage brands"]  # fmt: skip
_PERSIAN_TITLES = [
    ("Bazaryabi-ye dijital dar Iran", "Digital marketing in Iran"),
    ("Raftar-e masrafkonandeh", "Consumer behaviour"),
    ("Modiriat-e bazaryabi", "Marketing management"),
    ("Tablighat dar shabakeh-haye ejtemai", "Advertising on social networks"),
    ("Vafadari be berand dar sanat-e labaniat", "Brand loyalty in the dairy industry"),
    ("Tajrobeh-ye moshtari dar bankdari-ye hamrah", "Customer experience in mobile banking"),
    ("Tejarat-e elektroniki va e'temad", "Electronic commerce and trust"),
    ("Barrasi-ye avamel-e mo'asser bar kharid-e online", "Factors affecting online purchasing"),
    ("بازاریابی دیجیتال", "Digital marketing"),
    ("رفتار مصرف‌کننده", "Consumer behaviour"),
    ("مدیریت برند", "Brand management"),
    ("تجارت الکترونیک در ایران", "E-commerce in Iran"),
    ("بانکداری دیجیتال و وفاداری مشتری", "Digital banking and customer loyalty"),
]  # fmt: skip
_REPORT_TITLES = ["Annual report {y}", "Sustainability report {y}", "Iran e-commerce report {y}", "Fintech landscape of Iran {y}",
                  "Statistical yearbook {sy}", "Household income and expenditure survey {sy}", "Digikala annual report {y}",
                  "Consumer price index, Esfand {sy}", "Report on the payment system, {sy}", "Board of directors' report to the AGM, {sy}",
                  "Iran's digital economy in figures", "Nowruz sales report {sy}", "State of mobile in Iran {y}",
                  "Brand health tracker: Iranian FMCG", "Annual report for the year ended 29 Esfand {sy}"]  # fmt: skip
_WEB_TITLES = ["About us", "Our history", "Corporate social responsibility", "Investor relations", "Privacy policy",
               "Yalda Night offers", "Nowruz {sy} campaign", "Jome-ye Siah: Black Friday deals", "Careers",
               "Customer charter", "How Snapp! Pay works", "Fees and tariffs", "Sustainability", "Press releases",
               "Mobile bank app: frequently asked questions", "Our brands", "Terms and conditions of Hamrah Card"]  # fmt: skip
_LAWS = [("Islamic Parliament of Iran", "Electronic Commerce Law", 2003), ("Islamic Parliament of Iran", "Computer Crimes Law", 2009),
         ("Islamic Parliament of Iran", "Consumer Rights Protection Act", 2009),
         ("Ministry of Information and Communications Technology", "Law on Protection of Personal Data (draft)", 2018),
         ("Islamic Parliament of Iran", "Law on Protection of Personal Data (draft)", 2023),
         ("Central Bank of Iran", "Regulation on payment service providers (PSPs)", 2019),
         ("Central Bank of Iran", "Regulations on crypto-asset mining and trading", 2020),
         ("Islamic Parliament of Iran", "Law on the Protection of Users' Rights in Cyberspace (draft)", 2021),
         ("Ministry of Industry, Mine and Trade", "Executive by-law on online retail licences (Enamad)", 2016),
         ("Islamic Parliament of Iran", "Law on Facilitating Business Environment", 2011)]  # fmt: skip
_SOCIAL = [
    "Instagram",
    "LinkedIn",
    "X (formerly Twitter)",
    "Telegram",
    "YouTube",
    "Aparat",
    "TikTok",
    "Clubhouse",
    "Castbox",
    "Spotify",
]


_HOSTS = {"Central Bank": "cbi.ir", "Statistical Centre": "amar.org.ir", "Ministry of Industry": "mimt.gov.ir",
          "Trade Promotion": "tpo.ir", "Information Technology Organization": "ito.gov.ir", "Communications Regulatory": "cra.ir",
          "E-Commerce Development": "ecommerce.gov.ir", "Iran Fair": "iranfair.com", "World Bank": "worldbank.org",
          "International Monetary": "imf.org", "Chartered Institute": "cim.co.uk", "Iran Chamber": "iccima.ir",
          "Majid Al Futtaim": "hyperstariran.com", "Mobile Communication": "mci.ir", "Asan Pardakht": "ap.ir"}  # fmt: skip


def _host(name: str, end: str = ".ir") -> str:
    """A plausible web address for an organisation or paper: "Bank Mellat" at bankmellat.ir."""
    for start, host in _HOSTS.items():
        if name.startswith(start):
            return host
    words = [
        w
        for w in name.split(" (")[0].lower().replace("-", " ").split()
        if w not in ("co.", "pjs", "the", "of", "group")
    ]
    return "".join(ch for ch in "".join(words[:2]) if ch.isalnum() or ch == ".").strip(".") + (
        "" if ".ir" in name else end
    )


class Blind187WorkFactory(WorkFactory):
    """The blind187 pool's works, from a seeded random source of its own."""

    DRAWN: ClassVar[dict[str, int]] = {
        "book": 12, "chapter": 6, "journal": 22, "thesis": 5, "conference": 4, "company-web": 10, "company-report": 8,
        "government": 7, "legislation": 3, "market-research": 7, "news": 9, "social": 3, "video": 2, "undated-web": 4,
    }  # fmt: skip
    KINDS: ClassVar[set[str]] = {"book", "chapter", "journal", "thesis", "conference", "web", "report", "legislation",
                                 "news", "social", "video"}  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 187 + 18701)
        self.used: list[tuple[str, set[str], dict[str, Any], str]] = []

    # -------------------------------------------------------------- people
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.08:
            family, given = rng.choice(_FOREIGN)
            return {"family": family, "given": given}
        if roll < 0.1:
            particle, family, given = rng.choice(_PARTICLE_FOREIGN)
            return {"family": family, "given": given, "non-dropping-particle": particle}
        family, given = rng.choice(_FAMILIES), rng.choice(_GIVEN)
        if roll < 0.14:  # a diaspora double name: "Karimi-Müller", "Ahmadi Johansson"
            family = f"{family}{rng.choice(['-', ' '])}{rng.choice(_DIASPORA_DOUBLE)}"
        elif roll < 0.17:  # two Persian surnames joined, as on Iranian ID cards: "Sadeghi-Nejad", "Hosseini Tehrani"
            family = f"{family}{rng.choice(['-', ' '])}{rng.choice(['Tehrani', 'Esfahani', 'Shirazi', 'Nejad', 'Kashani', 'Moghaddam', 'Yazdi'])}"
        return {"family": family, "given": given}

    def people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[35, 28, 18, 8, 5, 3, 2, 2][:most])[0]
        return [self.person() for _ in range(count)]

    def organisation(self, web: bool = False) -> tuple[str, set[str]]:
        """An organisation author; for its own web pages a firm or trade body, not a research firm or ministry."""
        choices = [o for o in _ORGANISATIONS if not web or not o[1] & {"government", "market-research"}]
        name, tags = self.rng.choice(choices)
        return name, set(tags)

    # -------------------------------------------------------------- dates
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1975, 2004)  # Kotler, Ansoff and the classics
        return self.rng.randint(2008, 2025)

    def _accessed(self, issued: dict[str, Any] | None) -> dict[str, list[list[int]]]:
        parts = issued["date-parts"][0] if issued else [2023]
        start = datetime.date(max(parts[0], 2023), parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
        day = start + datetime.timedelta(days=self.rng.randint(1, 500))
        return {"date-parts": [[day.year, day.month, day.day]]}

    def _id(self) -> str:
        self.counter += 1
        return f"b187w{self.counter}"

    def _url(self, host: str) -> str:
        slug = "-".join(self.rng.sample(["bazaryabi", "bank", "fintech", "nowruz", "yalda", "brand", "report", "news",
                                         "digital", "customer", "1402", "1403", "tehran", "sales", "app"], 2))  # fmt: skip
        return f"https://www.{host}/{slug}-{self.rng.randint(100, 99999)}"

    def _title(self) -> str:
        rng = self.rng
        topic = rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]} in Iran: evidence from Tehran",
                 f"The effect of {topic} on purchase intention: the case of {rng.choice(['Digikala', 'Snapp', 'Bank Mellat', 'Kalleh', 'Irancell', 'Divar'])}",
                 f"{topic[0].upper()}{topic[1:]} among Iranian consumers", f"Rethinking {topic}",
                 f"{topic[0].upper()}{topic[1:]} and {rng.choice(_TOPICS)}: a structural equation model",
                 f"Iranian diaspora consumers in {rng.choice(['Los Angeles', 'Toronto', 'London', 'Hamburg', 'Stockholm', 'Dubai'])}: {topic}",
                 f"{topic[0].upper()}{topic[1:]}: a fuzzy DEMATEL approach", f"A grounded theory of {topic} in {rng.choice(['Mashhad', 'Isfahan', 'Shiraz', 'Tabriz', 'Karaj'])}"]  # fmt: skip
        return rng.choice(forms)

    def _persian_title(self) -> str:
        persian, english = self.rng.choice(_PERSIAN_TITLES)
        return f"{persian} [{english}]"

    # -------------------------------------------------------------- works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # One organisation now and then twice in one year ("Statistical Centre of Iran, 2019a" and "2019b").
        same = [used for used in self.used if used[3] == kind]
        if same and "issued" in record and kind != "legislation" and self.rng.random() < 0.12:
            name, tags, issued, _kind = self.rng.choice(same)
            old, new = record["issued"]["date-parts"][0][0], issued["date-parts"][0][0]
            record["issued"] = {"date-parts": [list(issued["date-parts"][0])]}
            if "title" in record:  # a title that names its year names the new one
                record["title"] = record["title"].replace(str(old), str(new)).replace(str(old - 621), str(new - 621))
            if "accessed" in record:
                record["accessed"] = self._accessed(record["issued"])
            if "publisher" in record and kind == "report":
                record["publisher"] = name.split(" (")[0]
            if "container-title" in record and kind == "news":
                record["container-title"] = name
        if "issued" in record:
            self.used.append((name, tags, record["issued"], kind))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def _book(self) -> Work:
        rng = self.rng
        publisher, place = rng.choice(_PUBLISHERS)
        persian = place == "Tehran" or place == "Mashhad"
        record: dict[str, Any] = {
            "type": "book", "title": self._persian_title() if persian else self._title(), "author": self.people(4),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
        }  # fmt: skip
        if rng.random() < 0.25:  # the classics in translation or a later edition
            record["edition"] = str(rng.randint(2, 17))
        if rng.random() < 0.12:
            record["medium"] = "e-book"
        if rng.random() < 0.2 and not persian:  # Kotler in Tehran: the textbook everyone cites
            record["author"] = [{"family": "Kotler", "given": "Philip"}, {"family": "Keller", "given": "Kevin Lane"}]
            record["title"] = "Marketing management"
            edition, year = rng.choice([(14, 2012), (15, 2016), (16, 2022)])
            record["edition"], record["issued"] = str(edition), {"date-parts": [[year]]}
            record["publisher"], record["publisher-place"] = "Pearson", "Harlow"
        return self._person(record, "book")

    def _chapter(self) -> Work:
        rng = self.rng
        publisher, place = rng.choice(_PUBLISHERS[:7] + _PUBLISHERS[14:])
        start = rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self.people(3),
            "editor": [self.person() for _ in range(rng.randint(1, 2))],
            "container-title": rng.choice(["The Palgrave handbook of marketing in the Middle East", "Marketing in Iran: a reader",
                                           "Consumer culture in Iran", "The Routledge companion to Islamic marketing",
                                           "Digital entrepreneurship in the Middle East", "Iran and the global economy"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + rng.randint(10, 28)}",
        }  # fmt: skip
        return self._person(record, "chapter")

    def _journal(self) -> Work:
        rng = self.rng
        journal = rng.choice(_JOURNALS)
        start = rng.randint(1, 900)
        iranian = "Iran" in journal or "Modiriat" in journal
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._persian_title() if iranian and rng.random() < 0.3 else self._title(),
            "author": self.people(8), "container-title": journal, "issued": {"date-parts": [[self.year()]]},
            "volume": str(rng.randint(1, 60)), "issue": str(rng.randint(1, 4)), "page": f"{start}-{start + rng.randint(9, 30)}",
        }  # fmt: skip
        if rng.random() < 0.45:
            record["DOI"] = (
                f"10.{rng.choice(['1108', '22059', '1016', '22034', '30495'])}/{rng.choice(['jima', 'ijms', 'jbm', 'ijbm'])}.{rng.randint(2010, 2025)}.{rng.randint(1000, 99999)}"
            )
        elif rng.random() < 0.3:
            record["URL"] = self._url(
                rng.choice(["ijms.ut.ac.ir", "jbm.ut.ac.ir", "journals.sbu.ac.ir", "civilica.com"])
            )
            record["accessed"] = self._accessed(record["issued"])
        return self._person(record, "journal")

    def _thesis(self) -> Work:
        rng = self.rng
        university = rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {
            "type": "thesis", "title": self._persian_title() if rng.random() < 0.4 and university in _UNIVERSITIES[:13] else self._title(),
            "author": [self.person()], "issued": {"date-parts": [[self.year()]]}, "publisher": university,
            "genre": rng.choice(["MSc thesis", "MBA dissertation", "PhD thesis", "MA thesis", "DBA thesis"]),
        }  # fmt: skip
        if rng.random() < 0.3:
            record["URL"] = self._url("ganj.irandoc.ac.ir")
            record["accessed"] = self._accessed(record["issued"])
        return self._person(record, "thesis")

    def _conference(self) -> Work:
        rng = self.rng
        start = rng.randint(1, 400)
        number = rng.randint(3, 19)
        suffix = "th" if number > 3 else "rd"
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self.people(4),
            "container-title": rng.choice([f"Proceedings of the {number}{suffix} International Conference on e-Commerce in Developing Countries (ECDC)",
                                           f"Proceedings of the {number}{suffix} International Conference on Management, Accounting and Economics",
                                           f"{number}{suffix} International Marketing Conference", "Academy of Marketing Conference proceedings"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher-place": rng.choice(["Tehran", "Isfahan", "Mashhad", "Kish Island", "London"]),
            "page": f"{start}-{start + rng.randint(5, 14)}",
        }  # fmt: skip
        if rng.random() < 0.3:
            record["DOI"] = f"10.1109/ECDC.{rng.randint(2012, 2025)}.{rng.randint(100000, 999999)}"
        return self._person(record, "conference")

    def _company_web(self) -> Work:
        name, tags = self.organisation(web=True)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(_WEB_TITLES).replace("{sy}", str(self.rng.randint(1398, 1403))),
                                  "URL": self._url(_host(name))}  # fmt: skip
        if self.rng.random() < 0.8:
            record["issued"] = {"date-parts": [[self.year()]]}
        if self.rng.random() < 0.9:
            record["accessed"] = self._accessed(record.get("issued"))
        return self._org(record, "web", name, tags)

    def _company_report(self) -> Work:
        rng = self.rng
        name, tags = self.organisation()
        year = self.year()
        chosen = (4, 5, 7, 8, 10, 12) if "government" in tags else (0, 1, 2, 3, 9, 10, 11, 12, 13, 14)
        titles = [_REPORT_TITLES[i] for i in chosen]
        title = rng.choice(titles).replace("{y}", str(year)).replace("{sy}", str(year - 621))
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0], "publisher-place": rng.choice(["Tehran", "Tehran", "Mashhad", "Isfahan", "Dubai"])}  # fmt: skip
        if rng.random() < 0.6:
            record["URL"] = self._url(rng.choice(["codal.ir", "codal.ir", _host(name), _host(name), _host(name)]))
            record["accessed"] = self._accessed(record["issued"])
        if rng.random() < 0.1:
            record.pop("issued")
        return self._org(record, "report", name, tags)

    def _government(self) -> Work:
        rng = self.rng
        name = rng.choice(_GOVERNMENT)
        year = self.year()
        title = rng.choice([f"Statistical yearbook {year - 621}", f"Consumer price index: Farvardin {year - 621}",
                            f"Results of the {year - 621} labour force survey", "Guidelines for online retailers (Enamad trust mark)",
                            f"Monetary and credit policy for {year - 621}", f"Economic trends, {rng.choice(['first', 'second', 'third', 'fourth'])} quarter {year - 621}",
                            f"Iran's foreign trade in {year - 621}", "Payment statistics of the Shaparak network", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": rng.choice(["report", "webpage"]), "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": self._url(_host(name))}  # fmt: skip
        record["accessed"] = self._accessed(record["issued"])
        return self._org(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _legislation(self) -> Work:
        body, title, year = self.rng.choice(_LAWS)
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": self._url(self.rng.choice(["rc.majlis.ir", "qavanin.ir"]) if body.startswith("Islamic") else _host(body))}  # fmt: skip
        record["accessed"] = self._accessed(record["issued"])
        work = self._org(record, "legislation", body, {"government", "legislation"})
        return work

    def _market_research(self) -> Work:
        rng = self.rng
        name = rng.choice(_MARKET_RESEARCH)
        year = rng.randint(2016, 2025)
        market = rng.choice(["e-commerce", "dairy products", "mobile payments", "soft drinks", "tea", "passenger cars",
                             "food delivery", "confectionery", "telecoms", "online travel", "personal care"])  # fmt: skip
        title = rng.choice([f"{market.capitalize()} in Iran: market report {year}", f"Iran {market} market: size, share and forecast to 2030",
                            f"Number of internet users in Iran from 2015 to {year}", f"{market.capitalize()} in Iran - country report - {rng.choice(['March', 'June', 'October'])} {year}",
                            f"Iran's {market} market outlook {year}", f"Iranian attitudes to foreign brands, wave {rng.randint(2, 12)} ({year})"])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name, "issued": {"date-parts": [[year]]},
                                  "URL": self._url(_host(name, ".com"))}  # fmt: skip
        if rng.random() < 0.85:
            record["accessed"] = self._accessed(record["issued"])
        return self._org(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        rng = self.rng
        paper = rng.choice(_PRESS)
        year = rng.randint(2012, 2025)
        title = self._persian_title() if paper in ("Donya-e-Eqtesad", "Hamshahri", "Shargh Daily", "Eghtesad News") and rng.random() < 0.5 else rng.choice([
            f"{rng.choice(['Digikala', 'Snapp', 'Kalleh', 'Irancell', 'Bank Mellat', 'Divar', 'Iran Khodro'])} {rng.choice(['bets on', 'cuts prices for', 'launches app for', 'faces backlash over'])} {rng.choice(['Nowruz shoppers', 'Yalda Night', 'Black Friday', 'the diaspora', 'young Iranians'])}",
            f"Inflation pushes {rng.choice(['dairy', 'car', 'rice', 'chicken', 'tea'])} prices up {rng.randint(20, 60)}%", "Tehrangeles: the Persian businesses of Westwood Boulevard",
            f"E-commerce sales reach {rng.randint(100, 900)} trillion rials", "Why Iranian start-ups are moving to Dubai", "Internet shutdowns hit online sellers",
            f"Toman to lose four zeros: what it means for {rng.choice(['retailers', 'banks', 'shoppers'])}"])  # fmt: skip
        record: dict[str, Any] = {"type": "article-newspaper", "title": title, "container-title": paper,
                                  "issued": {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]},
                                  "URL": self._url(_host(paper, ".com"))}  # fmt: skip
        if rng.random() < 0.9:
            record["accessed"] = self._accessed(record["issued"])
        if rng.random() < 0.7:
            record["author"] = self.people(2)
            return self._person(record, "news")
        return self._org(record, "news", paper, {"press"})

    def _social(self) -> Work:
        rng = self.rng
        year = rng.randint(2016, 2025)
        record: dict[str, Any] = {
            "type": "post", "title": rng.choice(["Our Yalda Night offer is live", "Nowruz mobarak! 20% off all orders",
                                                 "Chaharshanbe Suri safety tips", "Join us at Iran Expo", "We are hiring marketers in Tehran",
                                                 "Happy Sizdah Bedar from all of us", "Jome-ye Siah starts at midnight"]),
            "container-title": rng.choice(_SOCIAL[:4]), "issued": {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]},
        }  # fmt: skip
        record["URL"] = self._url(
            dict(zip(_SOCIAL[:4], ["instagram.com", "linkedin.com", "x.com", "t.me"], strict=True))[
                record["container-title"]
            ]
        )
        record["accessed"] = self._accessed(record["issued"])
        if rng.random() < 0.5:
            record["author"] = [self.person()]
            return self._person(record, "social")
        name, tags = self.organisation()
        return self._org(record, "social", name, tags)

    def _video(self) -> Work:
        rng = self.rng
        year = rng.randint(2015, 2025)
        record: dict[str, Any] = {
            "type": "motion_picture", "title": rng.choice([f"Episode {rng.randint(1, 120)}: building a brand in Iran",
                                                           "How Digikala built trust", "Marketing to the Iranian diaspora",
                                                           "Selling in tomans when prices change weekly", "Snapp's growth story"]),
            "medium": rng.choice(["video", "podcast"]), "container-title": rng.choice(["YouTube", "Aparat", "Castbox", "Spotify"]),
            "issued": {"date-parts": [[year]]}, "URL": self._url(rng.choice(["youtube.com", "aparat.com", "castbox.fm"])),
        }  # fmt: skip
        record["accessed"] = self._accessed(record["issued"])
        if rng.random() < 0.6:
            record["author"] = self.people(2)
            return self._person(record, "video")
        name, tags = self.organisation()
        return self._org(record, "video", name, tags)

    def _undated_web(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "webpage", "title": rng.choice(_WEB_TITLES).replace("{sy}", "1403"),
                                  "URL": ""}  # fmt: skip
        record["accessed"] = self._accessed(None)
        if rng.random() < 0.35:
            record["URL"] = self._url(
                rng.choice(["virgool.io", "medium.com", "zoomit.ir", "digiato.com", "linkedin.com/pulse"])
            )
            record["title"] = self._title()
            record["author"] = self.people(2)
            return self._person(record, "web")
        name, tags = self.organisation(web=True)
        record["URL"] = self._url(_host(name))
        return self._org(record, "web", name, tags | {"undated"})
