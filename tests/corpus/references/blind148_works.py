"""Works for the hundred-and-forty-eighth independent pool, "blind148" (HELD OUT): what marketers in South Korea and
its diaspora cite in CIM Level 6 and 7 reports and MBA assignments.

Korean names are written family name first in Korea and given name last in the reference list ("Kim, M.-J."), so the
given names are kept as a reference manager imports them: pre-initialised with their hyphen ("M.-J.", as exported
from RISS and DBpia), one word ("Minjun"), two words ("Min Jun") or a Western name used abroad ("Grace"); now and then
the whole name sits in the family field ("Kim Min-jun"), as candidates file a Korean author they have read in Korean.
Romanisations vary (Lee, Yi, Rhee; Park, Pak, Bak; Choi, Choe; Jung, Jeong, Chung), McCune-Reischauer breves turn up
in older Korean-studies work ("Chŏng", "Sŏ"), Korean-Chinese authors write pinyin ("Piao", "Jin", "Cui"), the
Koryo-saram of Almaty and Tashkent write Russian spellings ("Tsoi", "Ten", "Khan"), and expatriates write about Korea
under their own names. Works are textbooks (editions and e-books, Seoul and Paju as well as Western publishers),
chapters, Korean and international journals with one to eight authors, theses from Seoul National University, Yonsei,
Korea University, KAIST, Ewha and others, conference papers, chaebol and affiliate pages and reports ("Co., Ltd.",
"Corp."), regulators and ministries, laws with their Act numbers, research firms with a year in the title, signed and
unsigned press, Instagram and Naver Blog posts, YouTube videos, podcasts and undated pages, Korean titles romanised
with the English in square brackets.
"""

# ruff: noqa: E501  (generator tables read best one to a line)
from __future__ import annotations

import random
from typing import Any, ClassVar

from tests.corpus.references.records import Work, WorkFactory

_FAMILY = ["Kim", "Kim", "Kim", "Lee", "Lee", "Yi", "Rhee", "Park", "Park", "Pak", "Bak", "Choi", "Choe", "Jung",
           "Jeong", "Chung", "Kang", "Cho", "Jo", "Yoon", "Yun", "Jang", "Chang", "Lim", "Im", "Han", "Oh", "Seo",
           "Suh", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Jeon", "Chun", "Hong", "Yoo", "Yu", "Ko", "Koh", "Moon",
           "Yang", "Son", "Bae", "Baek", "Paik", "Heo", "Huh", "Nam", "Noh", "Roh", "Ha", "Kwak", "Sung", "Cha", "Ryu",
           "Woo", "Min", "Byun", "Namgung", "Sunwoo", "Jegal", "Hwangbo", "Eom", "Um", "Gu", "Koo", "Na", "Ji"]  # fmt: skip
_GIVEN = ["Min-jun", "Seo-yeon", "Ji-woo", "Ha-eun", "Do-yoon", "Ji-ho", "Soo-jin", "Hye-jin", "Eun-ji", "Young-hee",
          "Sung-min", "Jae-hyun", "Dong-hyun", "Yoo-jin", "Ji-hoon", "Hyun-woo", "Seung-hoon", "Mi-kyung", "Kyung-soo",
          "Jin-young", "Sang-hoon", "Hae-won", "So-yeon", "Da-eun", "Ye-jin", "Tae-yang", "Joon-ho", "Seong-ho",
          "Hee-jung", "Su-bin", "Chae-won", "Yeon-woo", "Byung-chul", "In-sook", "Myung-hee", "Kwang-soo", "Eun-young",
          "Jong-hyun", "Ga-young", "Woo-jin", "Na-rae", "Bo-ram", "Se-ri", "Yu-na", "Hyo-jin", "Jun-seo"]  # fmt: skip
_WESTERN_GIVEN = ["Grace", "Daniel", "Michelle", "Jason", "Jenny", "David", "Christine", "Sarah", "Eugene", "Stella",
                  "Andrew", "Esther", "Paul", "Hannah", "Joseph", "Sophia", "Brian", "Irene", "Peter", "Julia"]  # fmt: skip
# McCune-Reischauer, as Korean-studies authors of an older generation are filed.
_MR = [("Chŏng", "Chae-sŏk"), ("Sŏ", "Yŏng-hŭi"), ("Ch'oe", "Kyŏng-ae"), ("Pak", "Ŭn-ju"), ("Yi", "Sŏng-gyu"),
       ("Hŏ", "Chin-hŭi"), ("Sŏng", "Min-gyŏng"), ("Ch'ŏn", "Myŏng-suk"), ("Kim", "Tŏk-su"), ("Yŏ", "Un-hyŏng")]  # fmt: skip
# Korean-Chinese (Joseonjok) authors in pinyin, and the Koryo-saram of Kazakhstan and Uzbekistan in Russian spelling.
_CHAOXIAN = [("Piao", "Yingji"), ("Jin", "Zhehao"), ("Cui", "Meilan"), ("Li", "Chunhua"), ("Quan", "Lizhu"),
             ("Zheng", "Xianglan"), ("Jin", "Hua"), ("Piao", "Chengri")]  # fmt: skip
_KORYO = [("Tsoi", "Viktoriya"), ("Ten", "Aleksandr"), ("Pak", "Sergey"), ("Khan", "Marina"), ("Kim", "Yelena"),
          ("Nam", "Irina"), ("Shin", "Vladislav"), ("Tyan", "Olga"), ("Kogay", "Dmitriy"), ("Li", "Oleg")]  # fmt: skip
_EXPAT = [("Harrison", "Claire"), ("O'Sullivan", "Niamh"), ("Whitfield", "James"), ("Dubois", "Camille"),
          ("Tan", "Wei Ling"), ("Nakamura", "Ken"), ("Müller", "Jonas"), ("Brennan", "Tom"), ("MacDonald", "Fiona"),
          ("Fernandes", "Ana"), ("Cooper", "Rachel"), ("Novak", "Petra"), ("Ahmed", "Sara"), ("Hughes", "Gareth"),
          ("van der Berg", "Lotte"), ("Okafor", "Emeka"), ("Sørensen", "Mads"), ("Russo", "Luca")]  # fmt: skip

_TOPICS = ["K-beauty", "the Korean Wave (Hallyu)", "live commerce", "quick commerce", "fandom marketing",
           "K-pop fandom", "super-apps", "mobile banking", "simple payment services", "dawn delivery",
           "brand collaborations", "pop-up stores in Seongsu", "convenience-store private labels", "MZ consumers",
           "gifting at Chuseok", "Seollal gift sets", "Pepero Day promotions", "virtual influencers",
           "webtoon IP licensing", "K-food exports", "ramyeon brand loyalty", "green marketing", "5G services",
           "loyalty points", "rocket delivery", "subscription membership", "chaebol reputation", "value consumption",
           "the 'gasungbi' consumer", "solo households", "the silver market", "K-content exports", "clean beauty",
           "fintech trust", "food delivery platforms", "airline loyalty", "low-cost carriers", "duty-free retail",
           "idol endorsement", "hyper-personalisation", "ESG communication", "dupe culture"]  # fmt: skip
_KO_TITLES = [
    ("Sobija haengdong-ui ihae", "Understanding consumer behaviour"),
    ("Maketing wollon", "Principles of marketing"),
    ("Hallyu-wa gukka beuraendeu", "The Korean Wave and the nation brand"),
    ("Ranibeu keomeoseu-ui sobija chamyeo yeongu", "A study of consumer participation in live commerce"),
    ("K-byuti beuraendeu-ui haeoe jinchul jeollyak", "Overseas expansion strategies of K-beauty brands"),
    ("Paendeom maketing-ui iron-gwa silje", "Fandom marketing in theory and practice"),
    ("Chuseok seonmul sijang-ui byeonhwa", "Changes in the Chuseok gift market"),
    ("MZ sedae-ui gachi sobi", "Value consumption of the MZ generation"),
    ("Gangnam seutail ihu-ui K-pop maketing", "K-pop marketing after Gangnam Style"),
    ("Pyeonuijeom PB sangpum-ui gagyeok jeollyak", "Pricing strategies for convenience-store private labels"),
    ("Hanguk-ui pinteku hyeongmyeong", "Korea's fintech revolution"),
    ("Dijiteol maketing", "Digital marketing"),
    ("Beuraendeu gwalli", "Brand management"),
    ("Gogaek gyeongheom seolgye", "Designing customer experience"),
    ("Sobija teurendeu 2024", "Consumer trends 2024"),
    ("Seoul sobija teurendeu bogoseo", "Seoul consumer trend report"),
    ("Hansik segyehwa-wa K-pudeu suchul", "Globalising Korean food and K-food exports"),
    ("Soseol midieo gwanggo hyogwa bunseok", "An analysis of social media advertising effects"),
    ("Ilin gagu-ui sobi yuhyeong", "Consumption patterns of one-person households"),
    ("Hanguk gwanggo-ui yeoksa", "A history of Korean advertising"),
]  # fmt: skip
_KO_JOURNALS = ["Korean Journal of Marketing", "Journal of Korean Marketing Association", "Asia Marketing Journal",
                "Journal of Consumer Studies", "Korean Management Review", "Journal of Distribution Research",
                "The Korean Journal of Advertising", "Journal of Global Scholars of Marketing Science",
                "Journal of Product Research", "Korea Business Review", "The Korean Journal of Advertising and "
                "Public Relations", "Journal of Channel and Retailing", "Korean Journal of Consumer and Advertising "
                "Psychology", "Journal of the Korean Society of Clothing and Textiles"]  # fmt: skip
_INT_JOURNALS = ["Journal of Business Research", "Asia Pacific Journal of Marketing and Logistics",
                 "International Journal of Advertising", "Journal of Retailing and Consumer Services",
                 "Journal of Interactive Marketing", "Psychology & Marketing", "Journal of Global Marketing",
                 "Asian Business & Management", "Journal of Fashion Marketing and Management",
                 "International Marketing Review", "Journal of Consumer Behaviour", "Tourism Management",
                 "Journal of Air Transport Management", "International Journal of Bank Marketing",
                 "Telecommunications Policy", "Journal of Brand Management", "Korea Observer",
                 "Asian Journal of Communication"]  # fmt: skip
_KO_PUBLISHERS = [("Pakyoungsa", "Seoul"), ("Bobmunsa", "Paju"), ("Hakhyunsa", "Seoul"), ("Gimm-Young Publishers", "Paju"),
                  ("Seoul National University Press", "Seoul"), ("Yonsei University Press", "Seoul"),
                  ("Korea University Press", "Seoul"), ("Hanul Academy", "Paju"), ("Sigongsa", "Seoul"),
                  ("Miraebook", "Seoul"), ("Changbi Publishers", "Paju"), ("Kyobo Book Centre", "Seoul")]  # fmt: skip
_WEST_PUBLISHERS = [("Routledge", "Abingdon"), ("Palgrave Macmillan", "Singapore"), ("Pearson", "Harlow"),
                    ("Kogan Page", "London"), ("Wiley", "Hoboken, NJ"), ("Sage", "London"),
                    ("Oxford University Press", "Oxford"), ("Cambridge University Press", "Cambridge"),
                    ("Springer", "Singapore"), ("Edward Elgar", "Cheltenham"), ("McGraw-Hill Education", "New York"),
                    ("Tuttle Publishing", "Tokyo"), ("University of Hawaiʻi Press", "Honolulu")]  # fmt: skip
_UNIVERSITIES = ["Seoul National University", "Yonsei University", "Korea University", "KAIST",
                 "Ewha Womans University", "Sungkyunkwan University", "Hanyang University", "Sogang University",
                 "Kyung Hee University", "Pusan National University", "Kyungpook National University",
                 "Chonnam National University", "Jeju National University", "University of California, Los Angeles",
                 "University of Toronto", "KIMEP University"]  # fmt: skip
_DEGREES = ["PhD thesis", "Doctoral dissertation", "Master's thesis", "MBA thesis", "MSc dissertation",
            "Unpublished MA thesis"]  # fmt: skip
_CONFERENCES = ["Korean Marketing Association Spring Conference", "Korean Marketing Association Autumn Conference",
                "Global Marketing Conference", "Korean Academic Society of Business Administration Joint Conference",
                "Asia-Pacific Advances in Consumer Research Conference", "Korean Advertising Society Annual Conference",
                "World Marketing Congress", "International Conference on Electronic Commerce (ICEC)"]  # fmt: skip
_CONF_PLACES = ["Seoul", "Busan", "Jeju", "Daejeon", "Incheon", "Gwangju", "Singapore", "Tokyo", "Sydney"]
# Firms as they are filed as authors: the chaebol, their affiliates and the platforms, with their legal forms.
_COMPANIES = ["Samsung Electronics Co., Ltd.", "Samsung Electronics", "Samsung C&T", "Hyundai Motor Company",
              "Hyundai Motor Group", "Kia Corporation", "LG Electronics Inc.", "LG Household & Health Care Ltd.",
              "SK Telecom Co., Ltd.", "SK Telecom", "SK Inc.", "KT Corporation", "KT Corp.", "LG Uplus Corp.",
              "Lotte Shopping Co., Ltd.", "Lotte Confectionery", "Lotte Wellfood", "CJ CheilJedang Corp.",
              "CJ CheilJedang", "CJ ENM", "CJ Olive Young", "Naver Corporation", "NAVER Corp.", "Kakao Corp.",
              "Kakao", "Coupang, Inc.", "Coupang", "Woowa Brothers Corp.", "Amorepacific Corporation", "Amorepacific",
              "Innisfree", "Nongshim Co., Ltd.", "Nongshim", "Orion Corp.", "Binggrae Co., Ltd.", "HYBE Co., Ltd.",
              "HYBE", "SM Entertainment", "SM Entertainment Co., Ltd.", "JYP Entertainment Corp.", "YG Entertainment",
              "Korean Air Lines Co., Ltd.", "Korean Air", "Asiana Airlines", "Jeju Air Co., Ltd.", "Jeju Air",
              "KB Financial Group", "KB Kookmin Bank", "Shinhan Financial Group", "Shinhan Bank", "Woori Bank",
              "Woori Financial Group", "Hana Financial Group", "KakaoBank Corp.", "Kakao Bank", "Viva Republica",
              "Toss", "Cheil Worldwide", "Innocean Worldwide", "HS Ad", "Daehong Communications", "Musinsa",
              "Kurly Inc.", "Gentle Monster", "E-mart Inc.", "BGF Retail (CU)", "GS Retail"]  # fmt: skip
_GOVERNMENT = ["Bank of Korea", "The Bank of Korea", "Statistics Korea", "Statistics Korea (KOSTAT)", "KOSTAT",
               "Korea Communications Commission", "Korea Communications Commission (KCC)", "Korea Fair Trade Commission",
               "Fair Trade Commission", "Korea Fair Trade Commission (KFTC)", "Personal Information Protection Commission",
               "Financial Services Commission", "Financial Supervisory Service", "Ministry of Science and ICT",
               "Ministry of Culture, Sports and Tourism", "Ministry of Food and Drug Safety",
               "Ministry of SMEs and Startups", "Ministry of Trade, Industry and Energy",
               "Korea Creative Content Agency (KOCCA)", "Korea Creative Content Agency", "KOCCA",
               "Korea Trade-Investment Promotion Agency (KOTRA)", "KOTRA", "Korea Tourism Organization",
               "Korea Consumer Agency", "Korea Internet & Security Agency (KISA)", "Korea Press Foundation",
               "Seoul Metropolitan Government", "Busan Metropolitan City", "Jeju Special Self-Governing Province",
               "Korea Institute for Industrial Economics and Trade (KIET)", "Korea Development Institute (KDI)"]  # fmt: skip
_TRADE_BODIES = ["Korea Advertisers Association", "Korea Federation of Advertising Associations",
                 "Korea Online Shopping Association", "Korea Chamber of Commerce and Industry",
                 "Korea Chamber of Commerce and Industry (KCCI)", "Federation of Korean Industries",
                 "Korea Cosmetic Association", "Korea Fintech Industry Association", "Korea Music Content Association",
                 "Korea Franchise Industry Association", "Korea Marketing Association",
                 "Korean-American Chamber of Commerce of Los Angeles", "Korean Canadian Business Association",
                 "Korea International Trade Association (KITA)", "Korea Communications Agency"]  # fmt: skip
_RESEARCH = ["Gallup Korea", "Hankook Research", "Embrain Trend Monitor", "Macromill Embrain", "Opensurvey",
             "Mintel", "Statista", "Euromonitor International", "Kantar Worldpanel Korea", "Nielsen Korea",
             "NielsenIQ", "WiseApp·Retail·Goods", "IGAWorks Mobile Index", "Samjong KPMG", "Deloitte Korea",
             "McKinsey & Company", "PwC Korea", "Ipsos Korea"]  # fmt: skip
_PRESS = ["Korea JoongAng Daily", "The Korea Herald", "The Korea Times", "Yonhap News Agency", "The Chosun Ilbo",
          "Maeil Business Newspaper", "Pulse by Maeil Business", "The Korea Economic Daily", "KED Global",
          "BusinessKorea", "The Hankyoreh", "Korea Biz Wire", "Nikkei Asia", "Financial Times", "Reuters",
          "Bloomberg", "Los Angeles Times", "The Korea Daily", "Korea Times US", "SBS News", "CBC News",
          "Campaign Asia", "Marketing-Interactive", "Ad Age", "The Drum", "Rest of World", "The Straits Times",
          "Kursiv", "The Astana Times"]  # fmt: skip
_PLATFORMS = [
    "Instagram",
    "YouTube",
    "X",
    "Facebook",
    "TikTok",
    "LinkedIn",
    "Naver Blog",
    "Brunch",
    "KakaoTalk channel",
]
_PODCASTS = ["Korea Now", "Seoul Brand Talk", "The K-Marketing Podcast", "Hallyu Business Weekly",
             "Asia Marketing Matters", "Startup Korea Podcast", "K-Beauty Insider"]  # fmt: skip
_HANDLES = ["Pony Makeup", "Korean Englishman", "Seoul Store Tours", "Hyojin Eats", "Dami's Beauty Diary",
            "Koreaboo Insider", "Min-seo's Toronto Vlog", "Almaty Koryo TV"]  # fmt: skip
_LAWS = [
    ("Personal Information Protection Act", "Act No.", 10465, 2011),
    ("Enforcement Decree of the Personal Information Protection Act", "Presidential Decree No.", 23169, 2011),
    ("Act on the Consumer Protection in Electronic Commerce", "Act No.", 7487, 2002),
    ("Act on Fair Labeling and Advertising", "Act No.", 5814, 1999),
    ("Telecommunications Business Act", "Act No.", 4394, 1991),
    ("Monopoly Regulation and Fair Trade Act", "Act No.", 3320, 1980),
    ("Act on Promotion of Information and Communications Network Utilization and Information Protection", "Act No.", 6360, 2001),
    ("Framework Act on Consumers", "Act No.", 7988, 2006),
    ("Electronic Financial Transactions Act", "Act No.", 7929, 2006),
    ("Credit Information Use and Protection Act", "Act No.", 4866, 1995),
    ("Cosmetics Act", "Act No.", 5949, 1999),
    ("Act on Labeling and Advertising of Foods", "Act No.", 15483, 2018),
    ("Improper Solicitation and Graft Act", "Act No.", 13278, 2015),
    ("Popular Culture and Arts Industry Development Act", "Act No.", 12395, 2014),
    ("Enforcement Decree of the Act on Fair Labeling and Advertising", "Presidential Decree No.", 16417, 1999),
    ("Act on Fair Transactions in Large Franchise Businesses", "Act No.", 6704, 2002),
]  # fmt: skip
_LAW_AUTHORS = ["Korea Legislation Research Institute", "Ministry of Government Legislation",
                "Korea Law Information Center", "National Assembly of the Republic of Korea"]  # fmt: skip


_DOMAINS = {"Samsung": "samsung.com", "Hyundai": "hyundai.com", "Kia": "kia.com", "LG": "lg.com", "SK": "sktelecom.com",
            "KT": "kt.com", "Lotte": "lotte.co.kr", "CJ": "cj.net", "Naver": "navercorp.com", "NAVER": "navercorp.com",
            "Kakao": "kakaocorp.com", "KakaoBank": "kakaobank.com", "Coupang": "aboutcoupang.com",
            "Woowa": "woowahan.com", "Korean": "koreanair.com", "Asiana": "flyasiana.com", "Jeju": "jejuair.net",
            "KB": "kbfg.com", "Shinhan": "shinhan.com", "Woori": "wooribank.com", "Hana": "hanafn.com",
            "Viva": "toss.im", "Toss": "toss.im", "HYBE": "hybecorp.com", "SM": "smentertainment.com",
            "JYP": "jype.com", "YG": "ygfamily.com", "Amorepacific": "amorepacific.com", "Innisfree": "innisfree.com",
            "Nongshim": "nongshim.com", "Orion": "orionworld.com", "Binggrae": "bing.co.kr", "Olive": "oliveyoung.co.kr",
            "Baemin": "baemin.com", "E-mart": "emart.com", "GS": "gsretail.com", "BGF": "bgfretail.com"}  # fmt: skip


def _domain(name: str) -> str:
    first = name.split()[0].strip(",.")
    return _DOMAINS.get(first, f"{first.lower()}.co.kr")


class Blind148WorkFactory(WorkFactory):
    """The works of the blind148 pool, drawn from a random source of its own."""

    # The kinds a report draws, with their weights; KINDS are the Work kinds they come out as.
    DRAWN: ClassVar[dict[str, int]] = {"book": 12, "chapter": 5, "journal": 22, "thesis": 4, "conference": 4, "company-web": 9,
             "company-report": 6, "body": 5, "government": 8, "legislation": 3, "market-research": 7, "news": 9,
             "social": 3, "video": 2, "podcast": 2, "undated-web": 4}  # fmt: skip
    KINDS = ("book", "chapter", "journal", "thesis", "conference", "web", "report", "legislation", "news", "social",
             "video", "podcast")  # fmt: skip

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 148 + 14801)
        self.people: list[dict[str, str]] = []
        self.dated_orgs: list[tuple[str, int]] = []

    # ------------------------------------------------------------------ people and organisations
    def person(self) -> dict[str, str]:
        rng = self.rng
        if self.people and rng.random() < 0.05:  # the same Korean author filed the other way ("Kim Min-jun")
            earlier = rng.choice(self.people)
            if "full" in earlier:
                return {"family": earlier["full"]}
        roll = rng.random()
        if roll < 0.66:
            family, given = rng.choice(_FAMILY), rng.choice(_GIVEN)
            form = rng.random()
            full = f"{family} {given}"
            if form < 0.4:  # pre-initialised with the hyphen, as RISS and DBpia export it
                name = {"family": family, "given": "-".join(f"{part[0].upper()}." for part in given.split("-"))}
            elif form < 0.65:  # one word: "Minjun"
                name = {"family": family, "given": given.replace("-", "").capitalize()}
            elif form < 0.85:  # two words: "Min Jun"
                name = {"family": family, "given": " ".join(part.capitalize() for part in given.split("-"))}
            elif form < 0.93:  # filed whole, family name first
                name = {"family": full}
            else:  # a Western given name used abroad
                name = {"family": family, "given": rng.choice(_WESTERN_GIVEN)}
            if "given" in name:
                self.people.append({**name, "full": full})
            return name
        if roll < 0.72:
            family, given = rng.choice(_MR)
            return {"family": family, "given": "-".join(f"{part[0].upper()}." for part in given.split("-"))}
        if roll < 0.78:
            family, given = rng.choice(_CHAOXIAN)
            return {"family": family, "given": given}
        if roll < 0.83:
            family, given = rng.choice(_KORYO)
            return {"family": family, "given": given}
        if roll < 0.9:  # Korean-American and Korean-Canadian authors with Western given names
            return {"family": rng.choice(_FAMILY), "given": rng.choice(_WESTERN_GIVEN)}
        family, given = rng.choice(_EXPAT)
        if family.startswith("van der "):
            return {"family": family[8:], "given": given, "non-dropping-particle": "van der"}
        return {"family": family, "given": given}

    def _people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[34, 26, 16, 9, 6, 4, 3, 2][:most])[0]
        people: list[dict[str, str]] = []
        while len(people) < count:
            name = self.person()
            if name not in people:
                people.append(name)
        return people

    # ------------------------------------------------------------------ dates
    def year(self) -> int:
        if self.rng.random() < 0.04:  # the classics still cited
            return self.rng.randint(1983, 2004)
        return self.rng.randint(2008, 2025)

    def accessed_after(self, issued: list[int] | None) -> dict[str, list[list[int]]]:
        first = max(2022, issued[0] + 1) if issued else 2022
        year = self.rng.randint(first, max(first, 2025))
        return {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]}

    def _id(self) -> str:
        self.counter += 1
        return f"b148-{self.counter}"

    def _title(self) -> str:
        rng = self.rng
        if rng.random() < 0.22:
            korean, english = rng.choice(_KO_TITLES)
            return f"{korean} [{english}]"
        topic, other = rng.choice(_TOPICS), rng.choice(_TOPICS)
        city = rng.choice(["Seoul", "Busan", "South Korea", "Korea", "Los Angeles's Koreatown", "Toronto", "Almaty"])
        forms = [f"{topic[0].upper()}{topic[1:]} and {other}: evidence from {city}",
                 f"The effect of {topic} on purchase intention: the moderating role of {other}",
                 f"Why Korean consumers care about {topic}", f"{topic[0].upper()}{topic[1:]} in {city}",
                 f"How {topic} can build brand love among Korean {rng.choice(['millennials', 'Gen Z', 'MZ consumers', 'mothers', 'seniors'])}",
                 f"Rethinking {topic} after COVID-19", f"{topic[0].upper()}{topic[1:]}: a structural equation model",
                 f"From {topic} to {other}: lessons for global brands"]  # fmt: skip
        return rng.choice(forms)

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(list(self.DRAWN), weights=list(self.DRAWN.values()))[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _person_work(self, record: dict[str, Any], kind: str) -> Work:
        record["id"] = self._id()
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _org_year(self, names: list[str]) -> tuple[str, int]:
        """An organisation and a year; now and then one already used in this report with its year, so that the
        same body has two works in a year ("Statistics Korea, 2019a" and "2019b")."""
        earlier = [(name, year) for name, year in self.dated_orgs if name in names]
        if earlier and self.rng.random() < 0.16:
            return self.rng.choice(earlier)
        return self.rng.choice(names), self.rng.randint(2008, 2025)

    def _org_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        if "issued" in record:
            self.dated_orgs.append((name, record["issued"]["date-parts"][0][0]))
        record["id"] = self._id()
        record["author"] = [{"literal": name}]
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        return Work(record, name, year, True, 1, kind, tags | {"organisation"})

    def _online(self, record: dict[str, Any], url: str, chance: float = 0.96) -> None:
        record["URL"] = url
        if self.rng.random() < chance:  # now and then the access date is forgotten
            issued = record.get("issued", {}).get("date-parts", [None])[0]
            record["accessed"] = self.accessed_after(issued)

    def _slug(self) -> str:
        words = self.rng.sample(["brand", "k-beauty", "chuseok", "fandom", "report", "insight", "consumer", "trend",
                                 "news", "esg", "live", "commerce", "seoul", "global", "app", "market"], 3)  # fmt: skip
        return "-".join(words) + f"-{self.rng.randint(100, 99999)}"

    def _book(self) -> Work:
        rng = self.rng
        publisher, place = rng.choice(_KO_PUBLISHERS if rng.random() < 0.4 else _WEST_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self._people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if rng.random() < 0.3:
            record["edition"] = str(rng.randint(2, 8))
        if rng.random() < 0.15:  # an e-book read online
            self._online(
                record,
                f"https://ebook.{rng.choice(['kyobobook.co.kr', 'yes24.com', 'ridibooks.com'])}/{rng.randint(100000, 999999)}",
            )
        return self._person_work(record, "book")

    def _chapter(self) -> Work:
        rng = self.rng
        publisher, place = rng.choice(_WEST_PUBLISHERS + _KO_PUBLISHERS[:4])
        start = rng.randint(1, 320)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self._people(3),
            "editor": [self.person() for _ in range(rng.randint(1, 2))],
            "container-title": rng.choice(["The Korean Wave: evolution, fandom and transnationality",
                                           "Marketing in Korea", "Handbook of Asian consumer behaviour",
                                           "Hallyu 2.0: the Korean Wave in the age of social media",
                                           "Digital marketing in East Asia", "Korean business and management",
                                           "Retailing in Asia", "K-pop: the international rise of the Korean music industry"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + rng.randint(10, 30)}",
        }  # fmt: skip
        return self._person_work(record, "chapter")

    def _journal(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self._people(8),
            "container-title": rng.choice(_KO_JOURNALS if rng.random() < 0.45 else _INT_JOURNALS),
            "issued": {"date-parts": [[self.year()]]}, "volume": str(rng.randint(1, 60)),
            "issue": str(rng.randint(1, 6)), "page": f"{(start := rng.randint(1, 600))}-{start + rng.randint(10, 28)}",
        }  # fmt: skip
        if rng.random() < 0.45:
            record["DOI"] = (
                f"10.{rng.choice(['15830', '1016', '1108', '1080', '14397', '17657'])}/{rng.choice(['kjm', 'amj', 'j.jbusres', 'APJML', 'jcs'])}.{rng.randint(2010, 2025)}.{rng.randint(10, 9999)}"
            )
        return self._person_work(record, "journal")

    def _thesis(self) -> Work:
        rng = self.rng
        university = rng.choice(_UNIVERSITIES)
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": [self.person()],
                                  "issued": {"date-parts": [[self.year()]]}, "genre": rng.choice(_DEGREES),
                                  "publisher": university}  # fmt: skip
        if rng.random() < 0.35:
            self._online(record, f"https://s-space.snu.ac.kr/handle/10371/{rng.randint(100000, 209999)}"
                         if university == "Seoul National University" else f"https://www.riss.kr/link?id=T{rng.randint(10000000, 16999999)}")  # fmt: skip
        return self._person_work(record, "thesis")

    def _conference(self) -> Work:
        rng = self.rng
        year = self.year()
        record: dict[str, Any] = {"type": "paper-conference", "title": self._title(), "author": self._people(4),
                                  "container-title": f"Proceedings of the {rng.choice(_CONFERENCES)}",
                                  "event-place": rng.choice(_CONF_PLACES), "publisher-place": rng.choice(_CONF_PLACES),
                                  "issued": {"date-parts": [[year]]},
                                  "page": f"{(start := rng.randint(1, 900))}-{start + rng.randint(4, 14)}"}  # fmt: skip
        return self._person_work(record, "conference")

    def _company_web(self) -> Work:
        rng = self.rng
        name, year = self._org_year(_COMPANIES)
        title = rng.choice(["Newsroom", "Our brand story", "Sustainability", "Press release", "Investor relations",
                            "Chuseok gift set line-up", "Seollal gift collection", "Membership benefits",
                            "Company overview", "ESG highlights", "Global fan community", "Brand heritage",
                            self._title()])  # fmt: skip
        if title == "Press release":
            title = f"{name.split(',')[0].split(' Co')[0]} {rng.choice(['launches', 'unveils', 'expands', 'opens'])} {rng.choice(_TOPICS)} {rng.choice(['in Seoul', 'in the US', 'in Canada', 'in Kazakhstan', 'worldwide'])}"
        record: dict[str, Any] = {"type": "webpage", "title": title}
        if rng.random() < 0.8:
            record["issued"] = {"date-parts": [[year]]}
        self._online(record, f"https://www.{_domain(name)}/{self._slug()}")
        return self._org_work(record, "web", name, {"company"})

    def _company_report(self) -> Work:
        rng = self.rng
        name, year = self._org_year(_COMPANIES)
        title = rng.choice([f"Sustainability report {year}", f"Annual report {year}", f"ESG report {year}",
                            f"Integrated report {year}", f"{year} business report", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0], "publisher-place": rng.choice(["Seoul", "Suwon", "Seongnam", "Incheon"])}  # fmt: skip
        if rng.random() < 0.6:
            self._online(record, f"https://www.{_domain(name)}/ir/{self._slug()}.pdf")
        return self._org_work(record, "report", name, {"company"})

    def _body(self) -> Work:
        rng = self.rng
        name, year = self._org_year(_TRADE_BODIES)
        record: dict[str, Any] = {"type": rng.choice(["report", "webpage"]), "title": self._title()}
        if rng.random() < 0.85:
            record["issued"] = {"date-parts": [[year]]}
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = "Los Angeles" if "Los Angeles" in name else "Seoul"
            if "issued" not in record:
                record["issued"] = {"date-parts": [[year]]}
        self._online(
            record, f"https://www.{''.join(w[0] for w in name.split() if w[0].isupper()).lower()}.or.kr/{self._slug()}"
        )
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"trade-body"})

    def _government(self) -> Work:
        rng = self.rng
        name, year = self._org_year(_GOVERNMENT)
        titles = [self._title(), f"Online shopping trends, {rng.choice(['March', 'June', 'September', 'December'])} {year}",
                  f"Household income and expenditure survey {year}", f"{year} content industry white paper",
                  f"Press release: {rng.choice(['sanctions on deceptive advertising', 'mobile payment statistics', 'K-content exports', 'consumer price index'])}",
                  f"Guidelines on {rng.choice(['influencer advertising disclosure', 'dark patterns in e-commerce', 'pseudonymised data', 'recommendation and endorsement advertising'])}",
                  f"Payment and settlement systems report {year}", f"{year} K-food export survey"]  # fmt: skip
        record: dict[str, Any] = {"type": rng.choice(["report", "webpage"]), "title": rng.choice(titles),
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = rng.choice(["Sejong", "Seoul", "Daejeon", "Naju"])
        domain = {"Bank of Korea": "bok.or.kr", "Statistics Korea": "kostat.go.kr", "KOSTAT": "kostat.go.kr"}.get(
            name.replace("The ", "").split(" (")[0],
            rng.choice(["korea.kr", "ftc.go.kr", "kcc.go.kr", "kocca.kr", "kotra.or.kr", "msit.go.kr"]),
        )
        self._online(record, f"https://www.{domain}/eng/{self._slug()}", 0.95)
        return self._org_work(record, "report" if record["type"] == "report" else "web", name, {"government"})

    def _legislation(self) -> Work:
        rng = self.rng
        title, label, first_number, enacted = rng.choice(_LAWS)
        year = rng.randint(max(enacted, 2008), 2024)
        number = first_number + (year - enacted) * rng.randint(500, 700) + rng.randint(0, 400)
        form = rng.random()
        if form < 0.6:
            full = f"{title} ({label} {number})"
        elif form < 0.85:
            full = f"{title} ({label} {number}, amended {rng.randint(1, 28)} {rng.choice(['January', 'February', 'March', 'June', 'August', 'December'])} {year})"
        else:
            full = f"{title}, {label} {number}"
        record: dict[str, Any] = {"type": "legislation", "title": full, "issued": {"date-parts": [[year]]}}
        self._online(
            record, f"https://elaw.klri.re.kr/eng_service/lawView.do?hseq={rng.randint(10000, 69999)}&lang=ENG"
        )
        return self._org_work(record, "legislation", rng.choice(_LAW_AUTHORS), {"legislation", "government"})

    def _market_research(self) -> Work:
        rng = self.rng
        name, year = self._org_year(_RESEARCH)
        subject = rng.choice(["Beauty and personal care", "Instant noodles", "Food delivery", "Mobile banking",
                              "Convenience stores", "Fashion e-commerce", "Snacks", "Ice cream", "Air travel",
                              "K-pop merchandise", "Pet food", "Home meal replacement"])  # fmt: skip
        titles = [f"{subject} in South Korea {year}", f"Trend monitor {year}: {rng.choice(_TOPICS)}",
                  f"{subject} in Korea: market report {year}", f"Korea consumer trends {year}",
                  f"{year} Chuseok consumer survey", f"Share of South Koreans using {rng.choice(['Toss', 'Kakao Pay', 'Naver Pay', 'Samsung Pay'])} in {year}, by age group",
                  f"Gallup Korea Daily Opinion No. {rng.randint(300, 560)} ({year})", f"Mobile shopping trend report {year}"]  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": rng.choice(titles), "publisher": name,
                                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        self._online(record, f"https://www.{name.split()[0].lower().replace('·', '')}.com/{self._slug()}")
        return self._org_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        rng = self.rng
        year = self.year()
        press = rng.choice(_PRESS)
        if rng.random() < 0.2:
            korean, english = rng.choice(
                [("Chuseok seonmul seteu maechul 20% jeungga", "Chuseok gift set sales up 20%"),
                 ("Ramyeon suchul yeokdae choego", "Ramyeon exports hit a record high"),
                 ("Pyeonuijeom PB sangpum inki", "Convenience-store private labels in demand"),
                 ("K-byuti, bungmi sijang gongnyak", "K-beauty targets the North American market"),
                 ("Toseu, gaein gyeoljeo 1wi", "Toss tops personal payments")])  # fmt: skip
            title = f"{korean} [{english}]"
        else:
            title = rng.choice([f"{rng.choice(_COMPANIES).split(',')[0]} bets on {rng.choice(_TOPICS)}",
                                f"{rng.choice(['Seoul', 'Busan', 'Koreatown', 'Toronto', 'Almaty'])} shoppers turn to {rng.choice(_TOPICS)}",
                                f"The boom in {rng.choice(_TOPICS)}", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "article-newspaper", "title": title, "container-title": press,
                                  "issued": {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]}}  # fmt: skip
        self._online(
            record, f"https://www.{press.lower().replace(' ', '')[:18]}.com/article/{rng.randint(10000, 9999999)}"
        )
        if rng.random() < 0.72:
            record["author"] = self._people(2)
            return self._person_work(record, "news")
        return self._org_work(record, "news", press, {"press"})

    def _social(self) -> Work:
        rng = self.rng
        name = rng.choice([*_COMPANIES, "Innisfree", "Binggrae", "Olive Young", "Baemin", "Toss"])
        platform = rng.choice(_PLATFORMS)
        year = rng.randint(2016, 2025)
        record: dict[str, Any] = {
            "type": "post", "title": rng.choice(["Happy Chuseok! Our hanbok edition is here", "Pepero Day 11.11 giveaway",
                                                 "Seollal greetings from our family to yours", "New drop: collab with our favourite idol",
                                                 "Thank you, ARMY", "Pop-up now open in Seongsu-dong", "Our first store in Koreatown, LA",
                                                 "Earth Hour: lights off, bottles back"]),
            "container-title": platform, "issued": {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]},
        }  # fmt: skip
        self._online(
            record,
            f"https://www.{platform.split()[0].lower()}.com/{_domain(name).split('.')[0]}/{rng.randint(10**9, 10**10)}",
        )
        return self._org_work(record, "social", name, {"company", "social"})

    def _video(self) -> Work:
        rng = self.rng
        year = rng.randint(2012, 2025)
        record: dict[str, Any] = {
            "type": "motion_picture", "title": rng.choice([f"{rng.choice(_TOPICS)[0].upper()}{rng.choice(_TOPICS)[1:]} explained",
                                                           "What Koreans buy for Chuseok", "Inside a Korean convenience store",
                                                           "K-beauty haul: Olive Young edition", "Brand film: Seoul, my soul",
                                                           "Behind the ad: our Pepero Day campaign", "Korean groceries in Almaty"]),
            "container-title": "YouTube", "issued": {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]},
        }  # fmt: skip
        self._online(
            record, f"https://www.youtube.com/watch?v={''.join(rng.choices('abcdefghijkLMNOPQ0123456789_-', k=11))}"
        )
        if rng.random() < 0.5:
            return self._org_work(
                record, "video", rng.choice([*_HANDLES, "Samsung", "HYBE LABELS", "Korean Air", "CJ ENM"]), {"video"}
            )
        record["author"] = [self.person()]
        return self._person_work(record, "video")

    def _podcast(self) -> Work:
        rng = self.rng
        year = rng.randint(2017, 2025)
        record: dict[str, Any] = {
            "type": "broadcast", "title": f"Episode {rng.randint(3, 240)}: {self._title()}",
            "container-title": rng.choice(_PODCASTS), "medium": "Podcast",
            "issued": {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]},
        }  # fmt: skip
        self._online(record, f"https://podcasts.apple.com/kr/podcast/id{rng.randint(10**9, 2 * 10**9)}")
        record["author"] = self._people(2)
        return self._person_work(record, "podcast")

    def _undated_web(self) -> Work:
        rng = self.rng
        record: dict[str, Any] = {"type": "webpage", "title": rng.choice(["About us", "Our history", "Brand philosophy",
                                                                          "FAQ", "Store locator", "Membership",
                                                                          self._title()])}  # fmt: skip
        self._online(
            record,
            f"https://www.{rng.choice(['visitkorea.or.kr', 'korea.net', 'amorepacific.com', 'lotte.co.kr', 'kakaocorp.com', 'hybecorp.com', 'cj.net'])}/{self._slug()}",
        )
        if rng.random() < 0.3:
            record["author"] = self._people(2)
            return self._person_work(record, "web")
        name = rng.choice(_COMPANIES + _GOVERNMENT[:10] + _TRADE_BODIES[:5])
        return self._org_work(record, "web", name, {"undated"})
