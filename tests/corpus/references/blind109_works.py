"""Works for the blind109 pool (HELD OUT): what marketers in Mongolia and Mongolians in Inner Mongolia, Buryatia and
Seoul cite in CIM Level 6 and 7 reports and MBA assignments.

Mongolian authors are cited by their given name, with the father's (or mother's) name as an initial ("Gantulga,
B."), or, as English-language journals print them, by the patronymic ("Batbayar, G."); some keep the genitive
patronymic before the given name ("Tsakhiagiin Elbegdorj"), a clan name (ovog) such as Borjigin, a hyphenated given
name ("Bat-Erdene") or one name only; transliterations vary (Batbayar/Batbaiar, Tömörbaatar/Tumurbaatar) and some are
left in Cyrillic. Buryat names take Russian endings and patronymics, Inner Mongolian ones Chinese spellings, and
Korean and Western co-authors and expatriates write beside them. Organisations are LLCs and JSCs, banks, telecoms,
mining, cashmere and dairy firms, the Bank of Mongolia, the Financial Regulatory Commission, the Mongolian Stock
Exchange and the National Statistics Office; laws are cited as the State Great Khural adopted them, from the
national legal portal; theses come from NUM, MUST and UFE; Mongolian titles carry English in square brackets.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
import re
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

# (given name, transliteration variant) as Mongolians write them in Latin letters
_GIVEN = [
    ("Batbayar", "Batbaiar"), ("Gantulga", "Gantulga"), ("Oyunchimeg", "Oyuunchimeg"), ("Enkhtuya", "Enhtuya"),
    ("Bolormaa", "Bolormaa"), ("Sarangerel", "Sarangerel"), ("Tsetsegmaa", "Tsetsegmaa"), ("Munkhbat", "Mönkhbat"),
    ("Altangerel", "Altangerel"), ("Ganbold", "Ganbold"), ("Nyamdorj", "Nyamdorzh"), ("Erdenechimeg", "Erdenechimeg"),
    ("Khulan", "Hulan"), ("Anujin", "Anujin"), ("Temuulen", "Temuulen"), ("Enkhjargal", "Enkhjargal"),
    ("Narantsetseg", "Narantsetseg"), ("Ariunaa", "Ariunaa"), ("Solongo", "Solongo"), ("Dulguun", "Dölgöön"),
    ("Uyanga", "Uyanga"), ("Byambasuren", "Byambasüren"), ("Tserendorj", "Tserendorzh"), ("Davaasuren", "Davaasüren"),
    ("Tumurbaatar", "Tömörbaatar"), ("Sukhbaatar", "Sükhbaatar"), ("Batjargal", "Batjargal"), ("Ochirbat", "Ochirbat"),
    ("Purevjav", "Pürevjav"), ("Lkhagvasuren", "Lhagvasüren"), ("Otgonbayar", "Otgonbayar"), ("Bayarmaa", "Bayarmaa"),
    ("Zolzaya", "Zolzaya"), ("Nomin", "Nomin"), ("Misheel", "Misheel"), ("Tuvshinjargal", "Tüvshinjargal"),
    ("Amarsanaa", "Amarsanaa"), ("Baasanjav", "Baasanjav"), ("Gerelmaa", "Gerelmaa"), ("Munkhzul", "Mönkhzul"),
    ("Ulziibayar", "Ölziibayar"), ("Oyunbileg", "Oyuunbileg"), ("Erdenebileg", "Erdenebileg"), ("Chinzorig", "Chinzorig"),
    ("Khishigsuren", "Khishigsüren"), ("Delgermaa", "Delgermaa"), ("Naranbaatar", "Naranbaatar"), ("Jargalsaikhan", "Jargalsaikhan"),
    ("Tsogtbaatar", "Tsogtbaatar"), ("Ankhbayar", "Ankhbayar"), ("Boldbaatar", "Boldbaatar"), ("Munkh-Erdene", "Mönkh-Erdene"),
]  # fmt: skip
# hyphenated given names: cited as the family name, never as an initial (citeproc-py breaks hyphenated initials)
_HYPHENATED = ["Bat-Erdene", "Oyun-Erdene", "Gan-Ochir", "Bat-Ochir", "Tsend-Ayush", "Luvsan-Ochir", "Mönkh-Erdene",
               "Ganbat-Ochir", "Erdene-Ochir", "Sod-Erdene", "Altan-Ochir", "Enkh-Amgalan"]  # fmt: skip
# genitive patronymics written before the given name ("Tsakhiagiin Elbegdorj")
_GENITIVE = ["Tsakhiagiin", "Batbayaryn", "Dorjiin", "Tserendorjiin", "Ganbaataryn", "Luvsangiin", "Sodnomyn",
             "Nyamaagiin", "Jambyn", "Dashiin", "Bazarsadyn", "Purevdorjiin"]  # fmt: skip
_CLANS = ["Borjigin", "Khiad", "Uriankhai", "Besud", "Jalair", "Tsoros", "Sartuul", "Khalkh", "Olkhonud", "Khorchin"]
# names left in Cyrillic, as Mongolian-language sources print them: (given, father's name)
_CYRILLIC = [("Батбаяр", "Ганболд"), ("Оюунчимэг", "Дорж"), ("Мөнхбат", "Төмөр"), ("Энхтуяа", "Бат"),
             ("Төмөрбаатар", "Лхагва"), ("Цэрэндорж", "Нямаа"), ("Сарангэрэл", "Очир"), ("Хулан", "Ганзориг"),
             ("Болормаа", "Даваа"), ("Ганчимэг", "Пүрэв")]  # fmt: skip
# Buryat names with Russian endings and patronymics
_BURYAT = [("Dashiev", "Bair Dorzhievich"), ("Tsybikova", "Tuyana Bairovna"), ("Badmaeva", "Sayana"),
           ("Zhamsueva", "Erzhena Tsyrenovna"), ("Dorzhiev", "Aldar"), ("Budaeva", "Aryuna"), ("Sanzhiev", "Dugar"),
           ("Tsyrenova", "Darima"), ("Bal'zhinimaeva", "Sesegma"), ("Ayusheev", "Chingis")]  # fmt: skip
# Inner Mongolian names in Chinese spelling, and single names
_INNER = [("Bao", "Haiying"), ("Wu", "Rina"), ("Bai", "Yinhua"), ("Siqin", "Gaowa"), ("Han", "Suyila"),
          ("Borjigin", "Huhbator"), ("Bao", "Wurigumula"), ("Na", "Risu")]  # fmt: skip
_SINGLE = ["Naranbilig", "Wuyunbilige", "Siqintu", "Bateer", "Sarnai", "Altanzul", "Saruul", "Khurelbaatar"]
_KOREAN = [("Kim", "Jiyoung"), ("Park", "Sungho"), ("Lee", "Hyunwoo"), ("Choi", "Minseo"), ("Jung", "Eunji"),
           ("Kang", "Dongwook"), ("Yoon", "Seojin"), ("Han", "Jisoo")]  # fmt: skip
_EXPAT = [("Sneath", "David"), ("Empson", "Rebecca"), ("Højer", "Lars"), ("Pedersen", "Morten Axel"),
          ("Dierkes", "Julian"), ("Bonilla", "Lauren"), ("Jackson", "Sarah"), ("Rossabi", "Morris"),
          ("Bulag", "Uradyn E."), ("Humphrey", "Caroline"), ("Bruun", "Ole"), ("Fernández-Giménez", "María"),
          ("Waters", "Hedwig"), ("Byambajav", "Dalaibuyan"), ("MacDonald", "Fiona"), ("O'Brien", "Ciarán"),
          ("Schmidt", "Jürgen"), ("Hoffmann", "Katrin"), ("Dupont", "Émilie"), ("Tanaka", "Kenji"),
          ("Smith", "Alexander"), ("Konagaya", "Yuki")]  # fmt: skip
_PARTICLED = [("van der", "Heijden", "Anouk"), ("de", "Graaf", "Pieter"), ("von", "Hirschberg", "Anna")]

_BANKS = [("Khan Bank JSC", {"company"}), ("Khan Bank", {"company"}), ("Golomt Bank", {"company"}),
          ("Trade and Development Bank of Mongolia (TDB)", {"company", "abbreviation"}), ("XacBank LLC", {"company"}),
          ("State Bank of Mongolia", {"company"}), ("Mobicom Corporation LLC", {"company"}), ("Unitel LLC", {"company"}),
          ("Unitel Group", {"company"}), ("Skytel LLC", {"company"}), ("G-Mobile", {"company", "hyphen"}),
          ("Gobi JSC", {"company"}), ("Gobi Cashmere", {"company"}), ("APU JSC", {"company", "acronym"}),
          ("Suu JSC", {"company"}), ("Tavan Bogd Group", {"company"}), ("MCS Group", {"company", "acronym"}),
          ("Nomin Holding LLC", {"company"}), ("Erdenet Mining Corporation", {"company"}),
          ("Oyu Tolgoi LLC", {"company"}), ("Erdenes Tavan Tolgoi JSC", {"company"}),
          ("MIAT Mongolian Airlines", {"company"}), ("Hunnu Air", {"company"}), ("Sansar Trade LLC", {"company"}),
          ("E-Mart Mongolia", {"company", "hyphen"}), ("CU Mongolia (Central Express LLC)", {"company", "abbreviation"}),
          ("Tumen Shuvuut LLC", {"company"}), ("Shunkhlai Group", {"company"}), ("Lhamour LLC", {"company"}),
          ("Goyo Cashmere", {"company"}), ("Max Group", {"company"}), ("Mongol Shiltgeen Group", {"company"}),
          ("Juulchin World Tours", {"company"}), ("Nomadic Journeys LLC", {"company"}),
          ("Three Camel Lodge", {"company"}), ("LendMN NBFI JSC", {"company"}), ("Ard Financial Group", {"company"}),
          ("Mongolian Mining Corporation", {"company"})]  # fmt: skip
_PUBLIC = [("Bank of Mongolia", {"government"}), ("Mongolbank", {"government"}),
           ("Financial Regulatory Commission", {"government"}), ("Financial Regulatory Commission (FRC)", {"government", "abbreviation"}),
           ("National Statistics Office of Mongolia", {"government"}), ("National Statistics Office (NSO)", {"government", "abbreviation"}),
           ("Mongolian Stock Exchange", {"government"}), ("Mongolian Stock Exchange (MSE)", {"government", "abbreviation"}),
           ("Ministry of Environment and Tourism", {"government"}), ("Ministry of Food, Agriculture and Light Industry", {"government", "comma"}),
           ("Communications Regulatory Commission of Mongolia", {"government"}),
           ("Agency for Fair Competition and Consumer Protection", {"government"}),
           ("Cabinet Secretariat of the Government of Mongolia", {"government"}), ("Invest Mongolia Agency", {"government"}),
           ("Ulaanbaatar City Governor's Office", {"government", "apostrophe"}),
           ("Mongolian National Chamber of Commerce and Industry (MNCCI)", {"trade-body", "abbreviation"}),
           ("Mongolian Bankers Association", {"trade-body"}), ("Mongolian Tourism Association", {"trade-body"}),
           ("Mongolian Wool and Cashmere Federation", {"trade-body"}), ("Mongolian Marketing Association", {"trade-body"}),
           ("Asian Development Bank", {"government"}), ("World Bank", {"government"}), ("UNDP Mongolia", {"government"}),
           ("Government of Inner Mongolia Autonomous Region", {"government"}), ("Statistics Korea (KOSTAT)", {"government", "abbreviation"})]  # fmt: skip
_RESEARCH = ["Euromonitor International", "Statista", "MMCG (Mongolian Marketing Consulting Group)", "Sant Maral Foundation",
             "Independent Research Institute of Mongolia (IRIM)", "Kantar", "Fitch Solutions", "BDSec JSC",
             "Mongolian Economic Forum", "Nielsen", "Ipsos Mongolia"]  # fmt: skip
_PRESS = ["Montsame", "The UB Post", "Mongolia Weekly", "News.mn", "Ikon.mn", "Unuudur", "Zuunii Medee",
          "Gogo.mn", "Business Mongolia", "BNE IntelliNews", "Reuters", "Bloomberg", "The Diplomat",
          "Mongolian Mining Journal", "Korea JoongAng Daily", "The Korea Herald", "Buryatiya", "Inner Mongolia Daily",
          "Eagle News", "Forbes Mongolia"]  # fmt: skip
_JOURNALS = ["Mongolian Journal of Economics and Business", "Mongolian Journal of Agricultural Sciences", "Inner Asia",
             "Central Asian Survey", "Asian Journal of Business Research", "Journal of Asian Finance, Economics and Business",
             "Sustainability", "Journal of Asia Business Studies", "Asia Pacific Journal of Marketing and Logistics",
             "International Journal of Bank Marketing", "Journal of Retailing and Consumer Services",
             "Journal of Destination Marketing & Management", "Tourism Management Perspectives",
             "Эдийн засгийн судалгаа [Economic Research]", "Шинжлэх ухааны бүтээл [Scientific Works]",
             "Mongolian Studies", "Nomadic Civilization: Historical Research", "Asian Journal of Marketing",
             "Journal of Business Research", "International Journal of Consumer Studies"]  # fmt: skip
_PUBLISHERS = [("Admon", "Ulaanbaatar"), ("Munkhiin Useg", "Ulaanbaatar"), ("NUM Press", "Ulaanbaatar"),
               ("Soyombo Printing", "Ulaanbaatar"), ("Bitpress", "Ulaanbaatar"), ("Pearson", "Harlow"),
               ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"), ("Wiley", "Hoboken, NJ"),
               ("Palgrave Macmillan", "Cham"), ("Inner Mongolia University Press", "Hohhot"),
               ("Buryat State University Publishing", "Ulan-Ude"), ("Hanol Publishing", "Seoul"),
               ("Oxford University Press", "Oxford")]  # fmt: skip
_UNIVERSITIES = ["National University of Mongolia", "Mongolian University of Science and Technology",
                 "University of Finance and Economics", "University of the Humanities", "Otgontenger University",
                 "Inner Mongolia University", "Buryat State University", "Seoul National University",
                 "Korea University", "Ulaanbaatar Erdem University", "Mongolian University of Life Sciences"]  # fmt: skip
_DEGREES = ["Master's thesis", "MBA thesis", "PhD thesis", "Doctoral dissertation", "Магистрын ажил [Master's thesis]",
            "Докторын диссертаци [Doctoral dissertation]", "BA dissertation"]  # fmt: skip
_TOPICS = ["brand loyalty", "mobile banking adoption", "cashmere export branding", "Tsagaan Sar gift spending",
           "Naadam sponsorship", "winter tourism after the dzud", "e-wallet use", "customer satisfaction in telecoms",
           "dairy brand trust", "Facebook advertising", "influencer marketing", "green claims on cashmere",
           "loyalty programmes in supermarkets", "service quality in airlines", "ger camp tourism",
           "price sensitivity during inflation", "country-of-origin effects", "QR payments", "social commerce",
           "financial literacy", "corporate social responsibility in mining", "employer branding",
           "K-culture and Mongolian consumers", "online reviews of tourist camps", "private labels",
           "word of mouth", "IPO marketing on the MSE", "halal and organic meat exports", "store brands in Ulaanbaatar"]  # fmt: skip
_MN_TITLES = ["Монгол хэрэглэгчдийн брэндэд үнэнч байдал", "Мобайл банкны хэрэглээнд нөлөөлөх хүчин зүйлс",
              "Ноолуурын экспортын брэндинг", "Цагаан сарын хэрэглээний зардал", "Наадмын ивээн тэтгэлэг",
              "Зудын дараах өвлийн аялал жуулчлал", "Цахим түрийвчийн хэрэглээ", "Харилцаа холбооны салбарын харилцагчийн сэтгэл ханамж",
              "Сүүн бүтээгдэхүүний брэндэд итгэх итгэл", "Фэйсбүүк дэх зар сурталчилгаа", "Инфлюэнсер маркетинг",
              "Супермаркетын урамшууллын хөтөлбөр", "Агаарын тээврийн үйлчилгээний чанар", "Гэр баазын аялал жуулчлал",
              "Инфляцийн үеийн үнийн мэдрэмж", "Улс гарал үүслийн нөлөө", "Корпорацийн нийгмийн хариуцлага уул уурхайд"]  # fmt: skip
_MN_EN = ["Brand loyalty among Mongolian consumers", "Factors affecting mobile banking use", "Branding cashmere exports",
          "Spending at Tsagaan Sar", "Naadam sponsorship", "Winter tourism after the dzud", "E-wallet use",
          "Customer satisfaction in the telecommunications sector", "Trust in dairy brands", "Advertising on Facebook",
          "Influencer marketing", "Supermarket loyalty programmes", "Service quality in air transport",
          "Ger camp tourism", "Price sensitivity during inflation", "The country-of-origin effect",
          "Corporate social responsibility in mining"]  # fmt: skip
_PLACES = ["Mongolia", "Ulaanbaatar", "Erdenet", "Darkhan", "Inner Mongolia", "Buryatia", "the Mongolian diaspora in Seoul",
           "rural aimags", "Khövsgöl", "the Gobi"]  # fmt: skip
# laws as candidates cite them from the national legal portal: (Mongolian title, English, year, month, day)
_LAWS = [("Зар сурталчилгааны тухай хууль", "Law on Advertising", 2002, 2, 1),
         ("Хэрэглэгчийн эрхийг хамгаалах тухай хууль", "Law on Consumer Protection", 2003, 5, 15),
         ("Хүний хувийн мэдээлэл хамгаалах тухай хууль", "Law on the Protection of Personal Information", 2021, 12, 17),
         ("Өрсөлдөөний тухай хууль", "Law on Competition", 2010, 5, 20),
         ("Компанийн тухай хууль", "Company Law", 2011, 10, 6),
         ("Үнэт цаасны зах зээлийн тухай хууль", "Law on the Securities Market", 2013, 5, 24),
         ("Банкны тухай хууль", "Law on Banking", 2010, 1, 28),
         ("Кибер аюулгүй байдлын тухай хууль", "Law on Cyber Security", 2021, 12, 17),
         ("Нийтийн мэдээллийн ил тод байдлын тухай хууль", "Law on Public Information Transparency", 2021, 12, 17),
         ("Аялал жуулчлалын тухай хууль", "Law on Tourism", 2000, 5, 5),
         ("Нэмэгдсэн өртгийн албан татварын тухай хууль", "Law on Value Added Tax", 2015, 7, 2),
         ("Виртуал хөрөнгийн үйлчилгээ үзүүлэгчийн тухай хууль", "Law on Virtual Asset Service Providers", 2021, 12, 17)]  # fmt: skip
_LAW_AUTHORS = ["State Great Khural of Mongolia", "Mongolia", "Parliament of Mongolia", "Монгол Улсын Их Хурал"]


_HOSTS = {"Bank of Mongolia": "mongolbank.mn", "Mongolbank": "mongolbank.mn", "Financial Regulatory": "frc.mn",
          "National Statistics": "nso.mn", "Stock Exchange": "mse.mn", "Fair Competition": "afccp.gov.mn",
          "Environment and Tourism": "met.gov.mn", "Food, Agriculture": "mofa.gov.mn", "Communications Regulatory": "crc.gov.mn",
          "Cabinet Secretariat": "zasag.mn", "Ulaanbaatar City": "ulaanbaatar.mb.mn", "Asian Development Bank": "adb.org",
          "World Bank": "worldbank.org", "UNDP": "undp.org/mongolia", "KOSTAT": "kostat.go.kr", "Inner Mongolia": "nmg.gov.cn",
          "IRIM": "irim.mn", "MMCG": "mmcg.mn", "Sant Maral": "santmaral.mn", "Euromonitor": "euromonitor.com",
          "Statista": "statista.com", "Khan Bank": "khanbank.com", "Golomt": "golomtbank.com", "Trade and Development": "tdbm.mn",
          "MIAT": "miat.com", "Oyu Tolgoi": "ot.mn"}  # fmt: skip
_REGULATOR_TITLES = {"Bank of Mongolia": ["Monetary policy statement", "Financial stability report", "Payment system report",
                                          "Regulation on mobile and internet banking services", "Consumer credit survey"],
                     "Mongolbank": ["Monetary policy statement", "Financial stability report", "Payment system report"],
                     "Financial Regulatory": ["Guideline on consumer lending and debt-to-income ratios", "Insurance market review",
                                              "Resolution on the licensing of non-bank financial institutions"],
                     "Statistic": ["Labour force survey", "Mongolian statistical yearbook", "Consumer price index bulletin",
                                   "Household socio-economic survey", "Tourism statistics: inbound arrivals by country"],
                     "Stock Exchange": ["Rules on the disclosure of information by listed companies",
                                        "Quarterly bulletin of the securities market", "Listing rules"]}  # fmt: skip


def _host(name: str) -> str:
    """The web address an organisation's pages live at."""
    for part, host in _HOSTS.items():
        if part in name:
            return host
    words = re.sub(r"\(.*?\)|\b(LLC|JSC|Group|Corporation|Holding|NBFI|of|and|the)\b", "", name).lower().split()
    return "".join(re.sub(r"[^a-z]", "", word) for word in words[:2]) + ".mn"


def _regulator_titles(name: str) -> list[str]:
    for part, titles in _REGULATOR_TITLES.items():
        if part in name:
            return titles
    return [
        "Annual review",
        "Policy brief on consumer protection",
        "Sector survey",
        "Member survey",
        "Strategy for inbound tourism",
        "Cashmere value chain study",
        "Report on digital payments",
    ]


class Blind109WorkFactory(WorkFactory):
    """Works for blind109: Mongolian, Buryat, Inner Mongolian, Korean and expatriate authors; LLCs, JSCs, regulators,
    laws, theses, the Ulaanbaatar press, social posts and videos, Mongolian titles with English in brackets."""

    # how often make() draws each kind of work
    DRAWN: ClassVar[dict[str, int]] = {"book": 11, "ebook": 3, "chapter": 6, "journal": 20, "thesis": 6, "conference": 5, "company-web": 9,
             "company-report": 7, "regulator": 8, "law": 4, "market-research": 6, "news": 8, "unsigned-news": 4,
             "social": 3, "video": 2, "podcast": 2, "web-person": 3, "undated-web": 3}  # fmt: skip
    # the kinds of Work it makes (Work.kind)
    KINDS = ("book", "chapter", "journal", "thesis", "conference", "report", "web", "news", "legislation", "social",
             "video", "podcast")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 109 + 10901)
        self.organisations: list[tuple[str, str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        rng = self.rng
        roll = rng.random()
        given, variant = rng.choice(_GIVEN)
        father, father_variant = rng.choice(_GIVEN)
        if rng.random() < 0.3:
            given = variant
        if rng.random() < 0.3:
            father = father_variant
        if roll < 0.26:  # cited by the given name, the father's name as an initial
            return {"family": given, "given": father}
        if roll < 0.42:  # as English-language journals print it: the patronymic as a surname
            return {"family": father, "given": given}
        if roll < 0.47:
            return {"family": rng.choice(_HYPHENATED), "given": father}
        if roll < 0.52:
            return {"family": given, "given": father, "non-dropping-particle": rng.choice(_GENITIVE)}
        if roll < 0.56:
            return {"family": rng.choice(_CLANS), "given": given}
        if roll < 0.62:
            cyr_given, cyr_father = rng.choice(_CYRILLIC)
            return {"family": cyr_given, "given": cyr_father}
        if roll < 0.68:
            family, first = rng.choice(_BURYAT)
            return {"family": family, "given": first}
        if roll < 0.73:
            family, first = rng.choice(_INNER)
            return {"family": family, "given": first}
        if roll < 0.77:
            return {"family": rng.choice(_SINGLE)}
        if roll < 0.83:
            family, first = rng.choice(_KOREAN)
            return {"family": family, "given": first}
        if roll < 0.86:
            particle, family, first = rng.choice(_PARTICLED)
            return {"family": family, "given": first, "non-dropping-particle": particle}
        family, first = rng.choice(_EXPAT)
        return {"family": family, "given": first}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if name not in people:
                people.append(name)
        return people

    def organisation(self) -> tuple[str, set[str]]:
        name, tags = self.rng.choice(_BANKS if self.rng.random() < 0.55 else _PUBLIC)
        return name, set(tags)

    # ------------------------------------------------------------------ dates and titles
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1990, 2005)
        return self.rng.randint(2008, 2025)

    def _after(self, issued: list[int]) -> dict[str, list[list[int]]]:
        """An access date on or after the work's date."""
        year = max(issued[0], self.rng.randint(2023, 2025))
        month = self.rng.randint(issued[1] if year == issued[0] and len(issued) > 1 else 1, 12)
        day_from = issued[2] if year == issued[0] and len(issued) > 2 and month == issued[1] else 1
        return {"date-parts": [[year, month, self.rng.randint(min(day_from, 28), 28)]]}

    def _accessed_for(self, record: dict[str, Any]) -> dict[str, list[list[int]]]:
        issued = record.get("issued", {"date-parts": [[2020]]})["date-parts"][0]
        return self._after(list(issued))

    def _dated(self, recent: bool = False) -> list[int]:
        year = self.rng.randint(2016, 2025) if recent else self.year()
        return [year, self.rng.randint(1, 12), self.rng.randint(1, 28)]

    def _title(self) -> str:
        rng = self.rng
        if rng.random() < 0.22:
            index = rng.randrange(len(_MN_TITLES))
            place = rng.choice(["", f": {rng.choice(['Улаанбаатар', 'Эрдэнэт', 'Дархан'])} хотын жишээн дээр"])
            english = _MN_EN[index] + (": the case of a city" if place else "")
            return f"{_MN_TITLES[index]}{place} [{english}]"
        topic, place = rng.choice(_TOPICS), rng.choice(_PLACES)
        other = rng.choice(_TOPICS)
        forms = [f"{topic[0].upper()}{topic[1:]} in {place}", f"The effect of {topic} on {other}: evidence from {place}",
                 f"Determinants of {topic} among consumers in {place}", f"{topic[0].upper()}{topic[1:]} and {other}",
                 f"Rethinking {topic} in a post-socialist market", f"{topic[0].upper()}{topic[1:]}: a study of {place}",
                 f"How {topic} shapes {other} in {place}", f"Nomads online? {topic[0].upper()}{topic[1:]} in {place}"]  # fmt: skip
        return rng.choice(forms)

    def _url(self, host: str) -> str:
        slug = self.rng.choice(_TOPICS).lower().replace(" ", "-")
        return f"https://www.{host}/{self.rng.choice(['mn', 'en', 'news', 'p'])}/{slug}-{self.rng.randint(100, 99999)}"

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        if kind == "book":
            return self._book()
        if kind == "journal":
            return self._journal()
        kind = kind if kind in self.DRAWN else self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str], twin: str = "") -> Work:
        # an organisation's second work of a year: "Bank of Mongolia (2019a)" and "(2019b)", drawn from the same
        # source (a bank's pages, a regulator's reports) so that the title and address still fit the organisation
        earlier = [entry for entry in self.organisations if entry[0] == twin]
        if twin and earlier and "issued" in record and self.rng.random() < 0.15:
            _source, name, tags, issued = self.rng.choice(earlier)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            record["title"] = re.sub(r"\b(19|20)\d\d\b", str(issued["date-parts"][0][0]), record["title"])
            if "accessed" in record:
                record["accessed"] = self._accessed_for(record)
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
            if twin == "regulator":
                record["title"] = self.rng.choice(_regulator_titles(name))
            if twin == "report":
                kinds = ["Investor presentation", "Corporate governance report", "ESG report", "Market update"]
                record["title"] = f"{self.rng.choice(kinds)} {issued['date-parts'][0][0]}"
            if "URL" in record and twin != "report":
                record["URL"] = self._url(_host(name))
        if twin and "issued" in record:
            self.organisations.append((twin, name, tags, record["issued"]))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def _book(self, ebook: bool = False) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 6))
        if ebook:
            record["medium"] = "e-book"
            if self.rng.random() < 0.6:
                record["URL"] = self._url(self.rng.choice(["ebook.num.edu.mn", "books.google.mn", "elib.must.edu.mn"]))
                record["accessed"] = self._accessed_for(record)
        return self._person_work(record, "book")

    def _ebook(self) -> Work:
        return self._book(ebook=True)

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 300)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(self.rng.randint(1, 2))],
            "container-title": self.rng.choice(["Marketing in Mongolia", "Consumers and markets in Inner Asia",
                                                "The Routledge handbook of Mongolian business", "Emerging markets of North-East Asia",
                                                "Монголын бизнесийн орчин [The Mongolian business environment]"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(8, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 400)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 40)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{start}-{start + self.rng.randint(6, 25)}",
        }  # fmt: skip
        roll = self.rng.random()
        if roll < 0.4:
            record["DOI"] = (
                f"10.{self.rng.choice(['5564', '3390', '1108', '13106', '1016'])}/{self.rng.choice(['mjeb', 'su', 'apjml', 'jafeb', 'ia'])}.v{self.rng.randint(1, 30)}i{self.rng.randint(1, 6)}.{self.rng.randint(100, 9999)}"
            )
        elif roll < 0.55:
            record["URL"] = self._url(self.rng.choice(["journal.num.edu.mn", "mongoliajol.info", "ufe.edu.mn/journal"]))
            record["accessed"] = self._accessed_for(record)
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        university = self.rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "issued": {"date-parts": [[self.year()]]}, "genre": self.rng.choice(_DEGREES),
                                  "publisher": university, "publisher-place": "Ulaanbaatar"}  # fmt: skip
        if self.rng.random() < 0.3:
            record["URL"] = self._url("repository.num.edu.mn")
            record["accessed"] = self._accessed_for(record)
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        start = self.rng.randint(1, 300)
        number = self.rng.randint(2, 15)
        suffix = {2: "nd", 3: "rd"}.get(number, "th")
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self._people(5),
            "container-title": self.rng.choice([f"Proceedings of the {number}{suffix} International Conference on Business and Economics (ICBE)",
                                                f"Proceedings of the {number}{suffix} MUST Business School Research Conference",
                                                f"Proceedings of the {number}{suffix} Mongolia–Korea Business Forum",
                                                "UFE Annual Scientific Conference Proceedings"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": self.rng.choice(["MUST", "University of Finance and Economics", "National University of Mongolia"]),
            "publisher-place": "Ulaanbaatar", "page": f"{start}-{start + self.rng.randint(5, 14)}",
        }  # fmt: skip
        return self._person_work(record, "conference")

    def _company_web(self) -> Work:
        name, tags = self.rng.choice(_BANKS)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(
            ["About us", "Бидний тухай [About us]", "Sustainability", "Our products", "Investor relations",
             "Tsagaan Sar promotion", "Naadam offers", "Corporate governance", "Press release: new app launch",
             f"{self.rng.choice(['Brand', 'Loyalty', 'Digital'])} strategy {self.rng.randint(2021, 2026)}"]) + (
                 "" if self.rng.random() < 0.5 else f" – {self._title()}"),
            "URL": self._url(_host(name))}  # fmt: skip
        if self.rng.random() < 0.75:
            record["issued"] = {"date-parts": [[self.year()]]}
        if self.rng.random() < 0.85:
            record["accessed"] = self._accessed_for(record)
        return self._org_work(record, "web", name, tags, twin="web")

    def _company_report(self) -> Work:
        name, tags = self.organisation()
        year = self.year()
        record: dict[str, Any] = {
            "type": "report",
            "title": self.rng.choice([f"Annual report {year}", f"Жилийн тайлан {year} [Annual report {year}]",
                                      f"Sustainability report {year}", f"Integrated report {year}", self._title()]),
            "issued": {"date-parts": [[year]]}, "publisher": name.split(" (")[0], "publisher-place": "Ulaanbaatar",
        }  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url("mse.mn")
            record["accessed"] = self._accessed_for(record)
        if self.rng.random() < 0.1:
            record.pop("issued")
        return self._org_work(record, "report", name, tags, twin="report")

    def _regulator(self) -> Work:
        name, tags = self.rng.choice(_PUBLIC)
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]),
                                  "title": f"{self.rng.choice(_regulator_titles(name))}{self.rng.choice(['', f', Q{self.rng.randint(1, 4)}'])}",
                                  "issued": {"date-parts": [[self.year()]]}, "URL": self._url(_host(name))}  # fmt: skip
        if self.rng.random() < 0.85:
            record["accessed"] = self._accessed_for(record)
        return self._org_work(
            record, "report" if record["type"] == "report" else "web", name, tags | {"government"}, twin="regulator"
        )

    def _law(self) -> Work:
        mongolian, english, year, month, day = self.rng.choice(_LAWS)
        author = self.rng.choice(_LAW_AUTHORS)
        title = self.rng.choice([f"{mongolian} [{english}]", f"{english} of Mongolia", english])
        record: dict[str, Any] = {"type": "webpage", "title": title,
                                  "issued": {"date-parts": [[year, month, day]] if self.rng.random() < 0.5 else [[year]]},
                                  "URL": f"https://legalinfo.mn/mn/detail?lawId={self.rng.randint(200, 17000)}"}  # fmt: skip
        record["accessed"] = self._accessed_for(record)
        record["id"] = self._id()
        record["author"] = [{"literal": author}]
        return Work(record, author, str(year), True, 1, "legislation", {"legislation", "organisation", "government"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year()
        market = self.rng.choice(["dairy products", "cashmere apparel", "mobile telecoms", "consumer lending",
                                  "packaged food", "inbound tourism", "e-commerce", "beer", "skin care", "fast food"])  # fmt: skip
        record: dict[str, Any] = {
            "type": "report", "title": self.rng.choice([f"{market[0].upper()}{market[1:]} in Mongolia {year}",
                                                        f"Mongolia: {market} market report {year}",
                                                        f"Mongolian consumer survey {year}: {market}",
                                                        f"Politbarometer {year}" if name.startswith("Sant") else f"Consumer confidence index {year}", f"Brand health tracker Mongolia, wave {self.rng.randint(2, 9)}"]),
            "publisher": name.split(" (")[0], "issued": {"date-parts": [[year]]},
            "URL": self._url(_host(name)),
        }  # fmt: skip
        if self.rng.random() < 0.85:
            record["accessed"] = self._accessed_for(record)
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "author": self._people(2),
                                  "container-title": self.rng.choice(_PRESS), "issued": {"date-parts": [self._dated()]},
                                  "URL": self._url(self.rng.choice(["montsame.mn", "news.mn", "ikon.mn", "gogo.mn", "theubpost.mn"]))}  # fmt: skip
        record["accessed"] = self._accessed_for(record)
        return self._person_work(record, "news")

    def _unsigned_news(self) -> Work:
        press = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": press,
                                  "issued": {"date-parts": [self._dated()]},
                                  "URL": self._url(self.rng.choice(["montsame.mn", "news.mn", "ikon.mn", "unuudur.mn"]))}  # fmt: skip
        if self.rng.random() < 0.85:
            record["accessed"] = self._accessed_for(record)
        return self._org_work(record, "news", press, {"press"})

    def _social(self) -> Work:
        name, tags = self.rng.choice(_BANKS)
        platform = self.rng.choice(["Facebook", "Instagram", "TikTok", "LinkedIn", "X (formerly Twitter)"])
        record: dict[str, Any] = {"type": "webpage", "container-title": platform,
                                  "title": self.rng.choice(["Сар шинэдээ сайхан шинэлээрэй! [Happy Tsagaan Sar!]",
                                                            "Naadam giveaway: win two tickets to the opening ceremony",
                                                            "New cashmere collection, now in store", "Our app just got better",
                                                            "Dzud relief campaign: every purchase helps herders",
                                                            f"{self.rng.randint(3, 40)}% off this weekend only"]),
                                  "issued": {"date-parts": [self._dated(recent=True)]},
                                  "URL": f"https://www.{platform.split()[0].lower()}.com/{name.split()[0].lower()}/posts/{self.rng.randint(10**6, 10**9)}"}  # fmt: skip
        record["accessed"] = self._accessed_for(record)
        return self._org_work(record, "social", name, tags | {"social"})

    def _video(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": f"{self._title()} [Video]", "container-title": "YouTube",
                                  "issued": {"date-parts": [self._dated(recent=True)]},
                                  "URL": f"https://www.youtube.com/watch?v={self.rng.randint(10**9, 10**10)}"}  # fmt: skip
        record["accessed"] = self._accessed_for(record)
        if self.rng.random() < 0.5:
            record["author"] = [self.person()]
            return self._person_work(record, "video")
        name, tags = self.organisation()
        return self._org_work(record, "video", name, tags)

    def _podcast(self) -> Work:
        record: dict[str, Any] = {"type": "webpage",
                                  "title": f"Episode {self.rng.randint(1, 120)}: {self._title()}",
                                  "container-title": self.rng.choice(["Mongolia Focus", "Business Talk Mongolia", "The Steppe Marketer", "Mongolia Weekly podcast"]),
                                  "issued": {"date-parts": [self._dated(recent=True)]},
                                  "URL": self._url(self.rng.choice(["podcasts.apple.com", "open.spotify.com", "soundcloud.com"]))}  # fmt: skip
        record["accessed"] = self._accessed_for(record)
        record["author"] = self._people(2)
        return self._person_work(record, "podcast")

    def _web_person(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "author": self._people(2),
                                  "issued": {"date-parts": [[self.year()]]},
                                  "URL": self._url(self.rng.choice(["medium.com", "mongolianstudies.org", "blogs.ubc.ca/mongolia", "linkedin.com/pulse"]))}  # fmt: skip
        record["accessed"] = self._accessed_for(record)
        return self._person_work(record, "web")

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(),
                                  "URL": self._url(self.rng.choice(["mongolia.travel", "toolbox.mn", "mongolianmarketing.mn", "visitmongolia.gov.mn"]))}  # fmt: skip
        if self.rng.random() < 0.85:
            record["accessed"] = self._accessed_for(record)
        if self.rng.random() < 0.4:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name, tags = self.organisation()
        return self._org_work(record, "web", name, tags | {"undated"})
