"""Works for the blind107 pool (HELD OUT): what marketers in Thailand, Laos and Cambodia cite in CIM Level 6 and 7
reports and MBA assignments written in English.

Thai authors under their family names as journals print them (long RTGS surnames, older spellings beside newer ones,
"na Ayutthaya" and "Na Ranong" lineages), Lao and Khmer names with the family name first or last as the source
printed it, expatriates and regional academics; Thai and international textbooks, chapters, journal articles with one
to eight authors, theses from Chulalongkorn, Thammasat, Mahidol, Kasetsart, Khon Kaen, Chiang Mai and the Royal
University of Phnom Penh, conference papers, "Public Company Limited" and "Co., Ltd." pages and annual reports,
regulators (Bank of Thailand, SEC Thailand, ETDA, the PDPC, the Bank of the Lao PDR, the National Bank of Cambodia),
Thai laws under their Buddhist Era year as web pages of the Office of the Council of State, market research with a
year in the title, the Bangkok, Vientiane and Phnom Penh press signed and unsigned, social posts, podcasts and videos,
undated pages; titles in Thai, Lao or Khmer (romanised or in their own script) with English in square brackets.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random
from typing import Any

from tests.corpus.references.records import Work, WorkFactory

# Thai names as English-language journals print them: (family, given).
_THAI = [
    ("Wongsuwan", "Somchai"), ("Srisawat", "Nattaya"), ("Chaiyaporn", "Kittipong"), ("Rattanakosin", "Pimchanok"),
    ("Suwannarat", "Thanawat"), ("Jitpleecheep", "Pornthip"), ("Boonyarattanasoontorn", "Wipawee"),
    ("Tangsakul", "Anan"), ("Chirathivat", "Tos"), ("Sirivadhanabhakdi", "Thapana"), ("Kongsompong", "Ratchanee"),
    ("Phongpaichit", "Pasuk"), ("Limsakul", "Chutima"), ("Thongchai", "Winai"), ("Ruangsri", "Supaporn"),
    ("Prasertsuk", "Kitti"), ("Kanchanawong", "Siriporn"), ("Yodprasit", "Jirawat"), ("Saengthong", "Sasithorn"),
    ("Piyaratanaphipat", "Chanakarn"), ("Ungpakorn", "Ji"), ("Laohavichien", "Tipparat"), ("Sathitwiriyawong", "Sirin"),
    ("Ekasingh", "Benchaphun"), ("Intarakumnerd", "Patarapong"), ("Tejapira", "Kasian"), ("Pongsakornrungsilp", "Siwarit"),
    ("Chansawang", "Ratchaneewan"), ("Kaewkitipong", "Laddawan"), ("Hongsakul", "Apinya"), ("Buranasiri", "Thitima"),
    ("Sae-Lim", "Warunee"), ("Sae-Tang", "Kanokwan"), ("Sae-Ung", "Pichet"), ("Techakanont", "Kriengkrai"),
    ("Mahakittikun", "Narong"), ("Chaovalit", "Phanthip"), ("Wattanasupachoke", "Teerasak"), ("Nimsai", "Suthep"),
    ("Ketkaew", "Duangporn"), ("Thammasiri", "Orawan"), ("Srichai", "Nuttapol"), ("Rakthai", "Preecha"),
]  # fmt: skip
# Royal and noble lineages, and the older spellings some authors keep.
_THAI_LINEAGE = [
    ("Snidvongs na Ayutthaya", "Chalermchai"), ("Isarasena na Ayudhya", "Siriwan"), ("Na Ranong", "Vorapol"),
    ("Na Nakorn", "Thanyaporn"), ("Na Pombejra", "Dhiravat"), ("Na Songkhla", "Pisit"), ("Malakul na Ayudhya", "Arunee"),
    ("Chakrabongse", "Narisa"), ("Diskul", "Poon Pismai"), ("Kridakorn", "Nuanchan"),
]  # fmt: skip
# Lao names: family name last on English papers, or first when the source printed it so.
_LAO = [
    ("Phommachanh", "Khamla"), ("Sisouphanthong", "Bounthavy"), ("Keosavang", "Vilayvanh"), ("Vongphachanh", "Souksavanh"),
    ("Inthavong", "Phonesavanh"), ("Souvannavong", "Manivone"), ("Khounsavath", "Chanthala"), ("Luangrath", "Sengdao"),
    ("Thammavongsa", "Noy"), ("Sengsoulichanh", "Amphone"), ("Douangphachanh", "Khamphoui"),
]  # fmt: skip
# Khmer names: family name first, as Cambodian papers print them (Sok Chanthy is Ms Sok).
_KHMER = [
    ("Sok", "Chanthy"), ("Chea", "Sophal"), ("Hun", "Sreyneang"), ("Keo", "Sambath"), ("Ly", "Vuthy"), ("Mao", "Sreymom"),
    ("Chhim", "Sovannarith"), ("Pen", "Rithy"), ("Touch", "Bunthoeun"), ("Ngin", "Chanrith"), ("Heng", "Sopheak"),
    ("Sâm", "Ang"), ("Kheang", "Leang"), ("Oum", "Sothea"), ("Prak", "Sokhom"),
]  # fmt: skip
# Expatriates, regional academics and the textbook authors candidates cite beside them.
_EXPAT = [
    ("Nguyễn", "Thị Hương"), ("Trần", "Minh Đức"), ("Phạm", "Quang"), ("Lim", "Wei Ling"), ("Tan", "Kok Leong"),
    ("Müller", "Jürgen"), ("Lefèvre", "Claire"), ("Høgh", "Anders"), ("Schäfer", "Katrin"), ("Ó Súilleabháin", "Ciarán"),
    ("Kotler", "Philip"), ("Keller", "Kevin Lane"), ("Chaffey", "Dave"), ("Ellis-Chadwick", "Fiona"), ("Baker", "Chris"),
    ("Hollingsworth", "Emma"), ("Rahman", "Nurul"), ("Ishikawa", "Kenji"), ("Park", "Jiyeon"), ("Wong", "Ka Man"),
    ("Ryan", "Damian"), ("Solomon", "Michael R."), ("Hennig-Thurau", "Thorsten"), ("de Jong", "Marieke"),
]  # fmt: skip

_PUBLISHERS = [("Pearson", "Harlow"), ("Routledge", "Abingdon"), ("Kogan Page", "London"), ("Sage", "London"),
               ("Wiley", "Chichester"), ("Palgrave Macmillan", "Singapore"), ("Chulalongkorn University Press", "Bangkok"),
               ("Thammasat University Press", "Bangkok"), ("Silkworm Books", "Chiang Mai"), ("Springer", "Singapore"),
               ("McGraw-Hill Education", "Singapore"), ("Se-Education", "Bangkok"), ("Cengage Learning", "Boston"),
               ("NUS Press", "Singapore"), ("Matichon", "Bangkok")]  # fmt: skip
_JOURNALS = ["Asia Pacific Journal of Marketing and Logistics", "Journal of Asia Business Studies",
             "Chulalongkorn Business Review", "Thammasat Review", "Kasetsart Journal of Social Sciences",
             "Journal of Business, Economics and Communications", "Asian Journal of Business Research",
             "Journal of Retailing and Consumer Services", "International Journal of Hospitality Management",
             "Journal of Islamic Marketing", "ABAC Journal", "Asia-Pacific Social Science Review",
             "Journal of Southeast Asian Economies", "Journal of Marketing Management", "Tourism Management Perspectives",
             "Cambodian Journal of Business and Management", "Silpakorn University Journal of Social Sciences, Humanities, and Arts",
             "Journal of Mekong Societies", "Humanities, Arts and Social Sciences Studies", "Journal of Consumer Marketing"]  # fmt: skip
_TOPICS = ["LINE official accounts", "Shopee and Lazada flash sales", "mobile banking adoption", "PromptPay QR payments",
           "K-pop brand ambassadors", "Thai BL series fandoms", "convenience-store loyalty", "Songkran campaigns",
           "halal food in southern Thailand", "green condominiums", "medical tourism", "Gen Z in Bangkok",
           "live commerce on TikTok Shop", "the Thai PDPA and consent", "cannabis-infused beverages", "Muay Thai tourism",
           "luxury hotels in Phuket", "low-cost airlines in the Mekong region", "KHQR payments in Cambodia",
           "Lao beer brand loyalty", "Chinese tourists after reopening", "retail expansion into Khon Kaen and Udon Thani",
           "ready-to-drink tea", "cause-related marketing in Buddhist merit-making", "digital nomads in Chiang Mai",
           "department-store omnichannel retailing", "Thai street-food branding", "net-zero claims by SET-listed firms",
           "word of mouth on Pantip", "the Phnom Penh condominium boom", "eco-tourism in Luang Prabang"]  # fmt: skip
_TITLE_FORMS = ["{T}: evidence from Thailand", "The effect of {T} on purchase intention among Thai consumers",
                "{T} and brand equity in an emerging ASEAN market", "Understanding {T}: a study of Bangkok millennials",
                "Antecedents of {T} in Cambodia and Laos", "{T}: a structural equation modelling approach",
                "Rethinking {T} in the Greater Mekong Subregion", "Customer engagement through {T}",
                "{T} in Thailand 4.0", "A qualitative study of {T} in Chiang Mai", "Why {T} matters for Thai SMEs"]  # fmt: skip
# Titles in the local language as candidates copy them, with the English in square brackets.
_LOCAL_TITLES = [
    "Kan talat dichithan samrap thurakit SME nai prathet Thai [Digital marketing for SMEs in Thailand]",
    "Phrutikam phu borihok Gen Z nai Krungthep Mahanakhon [Gen Z consumer behaviour in Bangkok]",
    "การตลาดดิจิทัลสำหรับธุรกิจค้าปลีก [Digital marketing for retail businesses]",
    "พฤติกรรมผู้บริโภคยุคใหม่ [The new consumer behaviour]",
    "Patchai thi mi phon to kan tatsinjai sue condominium [Factors affecting condominium purchase decisions]",
    "Khwam phakdi to tra sinkha khong phu chai borikan thanakhan [Brand loyalty among bank customers]",
    "ການຕະຫຼາດດິຈິຕອນໃນ ສປປ ລາວ [Digital marketing in the Lao PDR]",
    "Kan pathana kan thong thiao nai Vientiane [Tourism development in Vientiane]",
    "ទីផ្សារឌីជីថលនៅកម្ពុជា [Digital marketing in Cambodia]",
    "Ekasar sthiti pheak tech nev Kampuchea [Statistics of the tech sector in Cambodia]",
    "Rai-ngan phawa setthakit Thai pi 2566 [Thai economic report B.E. 2566]",
    "Kan sue-san kan talat baep buranakan [Integrated marketing communications]",
]  # fmt: skip
_UNIVERSITIES = ["Chulalongkorn University", "Thammasat University", "Mahidol University", "Kasetsart University",
                 "Khon Kaen University", "Chiang Mai University", "Royal University of Phnom Penh",
                 "National University of Laos", "Assumption University", "NIDA", "Prince of Songkla University",
                 "University of the Thai Chamber of Commerce"]  # fmt: skip
_THESIS_GENRES = ["MBA independent study", "MSc thesis", "PhD thesis", "MA thesis", "DBA thesis", "MMgt thesis"]
_CONFERENCES = ["International Conference on Business and Industrial Research (ICBIR)", "Asia Pacific Marketing Conference",
                "National and International Graduate Research Conference, Khon Kaen University",
                "International Conference on Digital Arts, Media and Technology (ICDAMT)",
                "Academy of Marketing Science World Marketing Congress", "Mekong Business Forum"]  # fmt: skip
_CONF_PLACES = ["Bangkok", "Chiang Mai", "Phuket", "Khon Kaen", "Chiang Rai", "Pattaya", "Vientiane", "Phnom Penh",
                "Siem Reap", "Hua Hin"]  # fmt: skip
# Organisations as authors, with tags that say what makes them hard.
_COMPANIES: list[tuple[str, set[str]]] = [
    ("CP ALL Public Company Limited", {"company", "legal-form"}), ("Central Retail Corporation Public Company Limited", {"company", "legal-form"}),
    ("Siam Commercial Bank", {"company"}), ("SCB X Public Company Limited", {"company", "legal-form"}),
    ("Kasikornbank", {"company"}), ("KASIKORNBANK PCL", {"company", "capitals"}), ("Bangkok Bank Public Company Limited", {"company", "legal-form"}),
    ("Advanced Info Service Public Company Limited (AIS)", {"company", "abbreviation"}), ("True Corporation", {"company"}),
    ("Thai Beverage Public Company Limited", {"company", "legal-form"}), ("ThaiBev", {"company"}),
    ("Boon Rawd Brewery Co., Ltd.", {"company", "legal-form", "comma"}), ("Osotspa Public Company Limited", {"company"}),
    ("Minor International", {"company"}), ("Thai Airways International", {"company"}), ("Bangkok Airways", {"company"}),
    ("Sansiri", {"company"}), ("AP (Thailand) Public Company Limited", {"company", "brackets"}),
    ("Land & Houses", {"company", "ampersand"}), ("Dusit International", {"company"}), ("The Mall Group", {"company"}),
    ("Siam Piwat", {"company"}), ("Charoen Pokphand Foods", {"company"}), ("Lao Brewery Co., Ltd.", {"company", "legal-form", "comma"}),
    ("Beerlao", {"company"}), ("BCEL", {"company", "acronym"}), ("ABA Bank", {"company"}), ("ACLEDA Bank Plc.", {"company", "legal-form"}),
    ("Smart Axiata", {"company"}), ("Cellcard", {"company"}), ("Lao Telecommunications Public Company", {"company"}),
    ("LINE Thailand", {"company"}), ("Wongnai", {"company"}), ("Ogilvy Thailand", {"company"}), ("Dentsu Thailand", {"company"}),
    ("Chimney Thailand", {"company"}), ("Rabbit's Tale", {"company", "apostrophe"}), ("Seven & i Holdings", {"company", "ampersand"}),
]  # fmt: skip
_BODIES: list[tuple[str, set[str]]] = [
    ("Bank of Thailand", {"government"}), ("Bank of Thailand (BOT)", {"government", "abbreviation"}),
    ("Securities and Exchange Commission, Thailand", {"government", "comma"}), ("SEC Thailand", {"government", "acronym"}),
    ("Electronic Transactions Development Agency (ETDA)", {"government", "abbreviation"}),
    ("Personal Data Protection Committee", {"government"}), ("Office of the Personal Data Protection Committee (PDPC)", {"government", "abbreviation"}),
    ("National Statistical Office", {"government"}), ("Tourism Authority of Thailand", {"government"}),
    ("Tourism Authority of Thailand (TAT)", {"government", "abbreviation"}), ("Stock Exchange of Thailand", {"government"}),
    ("The Stock Exchange of Thailand (SET)", {"government", "abbreviation"}), ("Office of the Consumer Protection Board", {"government"}),
    ("Office of the National Economic and Social Development Council (NESDC)", {"government", "abbreviation"}),
    ("Ministry of Commerce", {"government"}), ("Department of Business Development", {"government"}),
    ("Digital Economy Promotion Agency (depa)", {"government", "lowercase"}), ("Bank of the Lao PDR", {"government"}),
    ("Lao Statistics Bureau", {"government"}), ("National Bank of Cambodia", {"government"}),
    ("Ministry of Commerce, Kingdom of Cambodia", {"government", "comma"}), ("National Institute of Statistics", {"government"}),
    ("Thai Chamber of Commerce", {"trade-body"}), ("Digital Advertising Association (Thailand)", {"trade-body", "brackets"}),
    ("Marketing Association of Thailand", {"trade-body"}), ("Thai Retailers Association", {"trade-body"}),
    ("Advertising Association of Thailand", {"trade-body"}), ("ASEAN Secretariat", {"government"}),
    ("Federation of Thai Industries", {"trade-body"}), ("EuroCham Cambodia", {"trade-body"}),
]  # fmt: skip
_RESEARCH = ["Kantar Worldpanel Thailand", "Nielsen Thailand", "Euromonitor International", "Statista", "Ipsos Thailand",
             "Kasikorn Research Center", "Krungthai COMPASS", "SCB EIC", "Marketeer Research", "YouGov", "GWI",
             "Mintel", "DataReportal", "Rakuten Insight"]  # fmt: skip
_RESEARCH_TITLES = ["Digital {Y}: Thailand", "Thailand consumer trends {Y}", "Beer in Cambodia {Y}",
                    "Convenience retailers in Thailand {Y}", "Soft drinks in Laos: market report {Y}",
                    "Thai e-commerce outlook B.E. {BE}", "Songkran spending survey {Y}", "Consumer foodservice in Thailand {Y}",
                    "Luxury goods in Thailand {Y}", "Mobile payments in Southeast Asia", "Brand Footprint Thailand {Y}",
                    "Ready-to-drink coffee in Thailand: Q3 {Y}", "Condominium demand in Bangkok {Y}"]  # fmt: skip
# Thai laws under their Buddhist Era year, as the Office of the Council of State publishes them in English.
_LAWS = [("Personal Data Protection Act, B.E. 2562 (2019)", 2019), ("Electronic Transactions Act, B.E. 2544 (2001)", 2001),
         ("Consumer Protection Act, B.E. 2522 (1979)", 1979), ("Computer Crime Act (No. 2), B.E. 2560 (2017)", 2017),
         ("Trade Competition Act, B.E. 2560 (2017)", 2017), ("Direct Sales and Direct Marketing Act, B.E. 2545 (2002)", 2002),
         ("Alcoholic Beverage Control Act, B.E. 2551 (2008)", 2008), ("Securities and Exchange Act, B.E. 2535 (1992)", 1992),
         ("Royal Decree on Digital Platform Services, B.E. 2565 (2022)", 2022), ("Drug Act (No. 6), B.E. 2562 (2019)", 2019)]  # fmt: skip
_PRESS = ["Bangkok Post", "The Nation", "Thai PBS World", "Khaosod English", "Prachachat Turakij", "Thansettakij",
          "Marketeer Online", "Brand Inside", "Positioning Magazine", "Vientiane Times", "Laotian Times", "Khmer Times",
          "The Phnom Penh Post", "Nikkei Asia", "Campaign Asia", "Marketing-Interactive", "The Standard Wealth"]  # fmt: skip
_SOCIAL = [("Facebook", "facebook.com"), ("Instagram", "instagram.com"), ("TikTok", "tiktok.com"), ("X", "x.com"),
           ("LinkedIn", "linkedin.com"), ("YouTube", "youtube.com"), ("Blockdit", "blockdit.com")]  # fmt: skip
_PODCASTS = ["The Secret Sauce", "Mission to the Moon", "Marketing Oops! Podcast", "Thai Marketing Unfiltered",
             "Mekong Marketers", "Bangkok Brand Talk"]  # fmt: skip
_POST_TITLES = ["Songkran deals start today! #SongkranFestival", "สุขสันต์วันลอยกระทง [Happy Loy Krathong]",
                "Meet our new brand ambassador", "Thank you Chiang Mai for 10 years", "Flash sale 11.11 only on the app",
                "Pchum Ben opening hours at all branches", "Our Vientiane store is now open"]  # fmt: skip
_PODCAST_TITLES = ["Episode 112: marketing to Thai Gen Z", "How 7-Eleven won Thailand", "Brand building in Cambodia",
                   "What the PDPA means for CRM", "Live commerce and the Thai seller"]  # fmt: skip
_SLUGS = ["news", "insights", "en/about/sustainability", "research/2023", "th/press-release", "investor-relations",
          "en/knowledge", "report/annual", "blog", "article"]  # fmt: skip


class Blind107WorkFactory(WorkFactory):
    """Works that candidates of Thailand, Laos and Cambodia cite, from a random source of the pool's own."""

    DRAWN = ("book", "chapter", "journal", "thesis", "conference", "company-web", "company-report", "regulator",
             "law", "market-research", "news", "unsigned-news", "social", "podcast", "undated-web", "local-book")  # fmt: skip
    WEIGHTS = (11, 5, 22, 5, 3, 8, 6, 8, 3, 7, 7, 3, 3, 2, 4, 3)
    KINDS = frozenset(
        {"book", "chapter", "journal", "thesis", "conference", "web", "report", "news", "social", "podcast"}
    )

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.rng = random.Random(seed * 107 + 10701)
        self.paired: list[tuple[str, set[str], dict[str, Any]]] = []

    # ------------------------------------------------------------------ people
    def person(self) -> dict[str, str]:
        roll = self.rng.random()
        if roll < 0.5:
            family, given = self.rng.choice(_THAI)
            if self.rng.random() < 0.1:  # older spellings on English papers
                family = family.replace("w", "v", 1) if "w" in family else family
        elif roll < 0.6:
            family, given = self.rng.choice(_THAI_LINEAGE)
        elif roll < 0.7:
            family, given = self.rng.choice(_LAO)
        elif roll < 0.8:
            family, given = self.rng.choice(_KHMER)
        else:
            family, given = self.rng.choice(_EXPAT)
        if family.startswith("de "):
            return {"family": family[3:], "given": given, "non-dropping-particle": "de"}
        return {"family": family, "given": given}

    def people(self, most: int) -> list[dict[str, str]]:
        count = self.rng.choices(range(1, most + 1), weights=[30, 28, 18, 10, 6, 4, 2, 2][:most])[0]
        chosen: list[dict[str, str]] = []
        while len(chosen) < count:
            name = self.person()
            if name not in chosen:
                chosen.append(name)
        return chosen

    # ------------------------------------------------------------------ dates and pieces
    def year(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.randint(1979, 2003)
        return self.rng.randint(2008, 2025)

    def accessed_after(self, year: int | None) -> dict[str, list[list[int]]]:
        low = max(2022, year or 2022)
        return {
            "date-parts": [[self.rng.randint(low, max(low, 2025)), self.rng.randint(1, 12), self.rng.randint(1, 28)]]
        }

    def _id(self) -> str:
        self.counter += 1
        return f"b107w{self.counter}"

    def _title(self) -> str:
        if self.rng.random() < 0.1:
            return self.rng.choice(_LOCAL_TITLES)
        topic = self.rng.choice(_TOPICS)
        title = self.rng.choice(_TITLE_FORMS).replace("{T}", topic)
        return title[0].upper() + title[1:]

    def _url(self, host: str | None = None) -> str:
        host = host or self.rng.choice(["www.bangkokpost.com", "www.set.or.th", "www.bot.or.th", "www.etda.or.th",
                                        "www.marketeeronline.co", "www.khmertimeskh.com", "www.brandinside.asia"])  # fmt: skip
        return f"https://{host}/{self.rng.choice(_SLUGS)}/{self.rng.randint(1000, 999999)}"

    def _finish(self, record: dict[str, Any], kind: str, organisation: tuple[str, set[str]] | None = None) -> Work:
        record["id"] = self._id()
        if "accessed" in record and "issued" in record:  # read online on or after the day it came out
            issued = record["issued"]["date-parts"][0]
            if record["accessed"]["date-parts"][0][: len(issued)] < issued:
                record["accessed"] = {"date-parts": [[issued[0], issued[1] if len(issued) > 1 else 12, 28]]}
        year = str(record["issued"]["date-parts"][0][0]) if "issued" in record else "n.d."
        if organisation is not None:
            name, tags = organisation
            record["author"] = [{"literal": name}]
            return Work(record, name, year, True, 1, kind, tags | {"organisation"})
        first = record["author"][0]
        lead = " ".join(filter(None, [first.get("non-dropping-particle"), first["family"]]))
        return Work(record, lead, year, False, len(record["author"]), kind)

    def _organisation_work(self, record: dict[str, Any], kind: str, name: str, tags: set[str]) -> Work:
        # Now and then the same organisation in the same year as an earlier work: "Bank of Thailand, 2023a" and "b".
        if self.paired and "issued" in record and self.rng.random() < 0.15:
            name, tags, issued = self.rng.choice(self.paired)
            record["issued"] = {"date-parts": [list(part) for part in issued["date-parts"]]}
            if "accessed" in record:
                record["accessed"] = self.accessed_after(issued["date-parts"][0][0])
            if record.get("publisher") and kind == "report":
                record["publisher"] = name.split(" (")[0]
        if "issued" in record:
            self.paired.append((name, tags, record["issued"]))
        return self._finish(record, kind, (name, set(tags)))

    # ------------------------------------------------------------------ works
    def make(self, kind: str | None = None) -> Work:
        kind = kind or self.rng.choices(self.DRAWN, weights=self.WEIGHTS)[0]
        return getattr(self, "_" + kind.replace("-", "_"))()

    def _book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        record: dict[str, Any] = {"type": "book", "title": self._title(), "author": self.people(4),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        if self.rng.random() < 0.35:
            record["edition"] = str(self.rng.randint(2, 17))
        if self.rng.random() < 0.15:  # an e-book read online
            record["URL"] = (
                f"https://ebookcentral.proquest.com/lib/{self.rng.choice(['chula', 'tu', 'mahidol', 'ku'])}/detail.action?docID={self.rng.randint(100000, 9999999)}"
            )
            record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0][0])
        return self._finish(record, "book")

    def _local_book(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS[6:10] + _PUBLISHERS[11:12] + _PUBLISHERS[14:])
        record: dict[str, Any] = {"type": "book", "title": self.rng.choice(_LOCAL_TITLES), "author": self.people(2),
                                  "issued": {"date-parts": [[self.year()]]}, "publisher": publisher,
                                  "publisher-place": place}  # fmt: skip
        return self._finish(record, "book")

    def _chapter(self) -> Work:
        publisher, place = self.rng.choice(_PUBLISHERS)
        start = self.rng.randint(1, 380)
        record: dict[str, Any] = {
            "type": "chapter", "title": self._title(), "author": self.people(3), "editor": self.people(2),
            "container-title": self.rng.choice(["Marketing in Thailand: cases and concepts", "The Routledge handbook of Southeast Asian business",
                                                "Tourism in the Mekong region", "Digital consumers in ASEAN",
                                                "Branding in emerging Asia", "Retailing in Southeast Asia"]),
            "issued": {"date-parts": [[self.year()]]}, "publisher": publisher, "publisher-place": place,
            "page": f"{start}-{start + self.rng.randint(10, 30)}",
        }  # fmt: skip
        return self._finish(record, "chapter")

    def _journal(self) -> Work:
        start = self.rng.randint(1, 900)
        record: dict[str, Any] = {
            "type": "article-journal", "title": self._title(), "author": self.people(8),
            "container-title": self.rng.choice(_JOURNALS), "issued": {"date-parts": [[self.year()]]},
            "volume": str(self.rng.randint(1, 45)), "issue": str(self.rng.randint(1, 6)),
            "page": f"{start}-{start + self.rng.randint(8, 25)}",
        }  # fmt: skip
        roll = self.rng.random()
        if roll < 0.45:
            record["DOI"] = (
                f"10.{self.rng.choice(['1108', '1016', '34044', '14456', '1080'])}/{self.rng.choice(['apjml', 'j.jretconser', 'kjss', 'abacj', 'rjms'])}.{self.rng.randint(2008, 2025)}.{self.rng.randint(100, 99999)}"
            )
        elif roll < 0.6:  # a Thai Journal Online (ThaiJO) article read on the web
            record["URL"] = (
                f"https://so0{self.rng.randint(1, 6)}.tci-thaijo.org/index.php/{self.rng.choice(['cbsr', 'tureview', 'kjss', 'abacjournal'])}/article/view/{self.rng.randint(10000, 280000)}"
            )
            record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0][0])
        return self._finish(record, "journal")

    def _thesis(self) -> Work:
        record: dict[str, Any] = {"type": "thesis", "title": self._title(), "author": self.people(1),
                                  "genre": self.rng.choice(_THESIS_GENRES), "publisher": self.rng.choice(_UNIVERSITIES),
                                  "issued": {"date-parts": [[self.year()]]}}  # fmt: skip
        if self.rng.random() < 0.5:
            record["URL"] = f"https://digital.car.chula.ac.th/chulaetd/{self.rng.randint(1000, 12000)}"
            record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0][0])
        return self._finish(record, "thesis")

    def _conference(self) -> Work:
        year = self.year()
        start = self.rng.randint(1, 600)
        record: dict[str, Any] = {
            "type": "paper-conference", "title": self._title(), "author": self.people(5),
            "container-title": f"Proceedings of the {self.rng.choice(_CONFERENCES)}",
            "event-place": self.rng.choice(_CONF_PLACES), "issued": {"date-parts": [[year]]},
            "page": f"{start}-{start + self.rng.randint(5, 12)}",
        }  # fmt: skip
        return self._finish(record, "conference")

    def _company_web(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        record: dict[str, Any] = {"type": "webpage", "title": self.rng.choice(
            ["About us", "Our brands", "Sustainability", "Investor relations: company snapshot", "ข่าวสาร [News]",
             "Press release: new loyalty programme", "Our ESG journey", "Store network", "Corporate profile",
             "Privacy notice under the PDPA"]), "URL": self._url()}  # fmt: skip
        if self.rng.random() < 0.75:
            record["issued"] = {"date-parts": [[self.year()]]}
        record["accessed"] = self.accessed_after(record["issued"]["date-parts"][0][0] if "issued" in record else None)
        return self._organisation_work(record, "web", name, tags)

    def _company_report(self) -> Work:
        name, tags = self.rng.choice(_COMPANIES)
        year = self.year()
        title = self.rng.choice([f"Annual report {year}", f"Form 56-1 One Report {year}", f"Sustainability report {year}",
                                 f"รายงานประจำปี {year + 543} [Annual report {year}]", f"Integrated report {year}",
                                 "Investor presentation", self._title()])  # fmt: skip
        record: dict[str, Any] = {"type": "report", "title": title, "issued": {"date-parts": [[year]]},
                                  "publisher": name.split(" (")[0], "publisher-place": self.rng.choice(["Bangkok", "Nonthaburi", "Vientiane", "Phnom Penh"])}  # fmt: skip
        if self.rng.random() < 0.6:
            record["URL"] = self._url("www.set.or.th")
            record["accessed"] = self.accessed_after(year)
        return self._organisation_work(record, "report", name, tags)

    def _regulator(self) -> Work:
        name, tags = self.rng.choice(_BODIES)
        year = self.year()
        record: dict[str, Any] = {"type": self.rng.choice(["report", "webpage"]), "title": self.rng.choice(
            [f"Payment systems report {year}", "Guidelines on consent under the PDPA", "Thailand internet user behavior",
             f"Thailand e-commerce value survey {year}", f"International tourist arrivals to Thailand {year}",
             "Notification on the disclosure of sustainability information", f"Financial inclusion survey {year}",
             f"Household socio-economic survey {year}", "Consumer protection in advertising: a guide", self._title()]),
            "issued": {"date-parts": [[year]]}, "URL": self._url(), "accessed": self.accessed_after(year)}  # fmt: skip
        if record["type"] == "report":
            record["publisher"] = name.split(" (")[0]
            record["publisher-place"] = self.rng.choice(["Bangkok", "Vientiane", "Phnom Penh", "Jakarta"])
        return self._organisation_work(record, "report" if record["type"] == "report" else "web", name, tags)

    def _law(self) -> Work:
        # A law as the Office of the Council of State (or the PDPC) publishes it in English: a web page of that body.
        title, year = self.rng.choice(_LAWS)
        name, tags = self.rng.choice([("Office of the Council of State", {"government"}),
                                      ("Office of the Council of State (OCS)", {"government", "abbreviation"}),
                                      ("Royal Thai Government Gazette", {"government"})])  # fmt: skip
        record: dict[str, Any] = {"type": "webpage", "title": title, "issued": {"date-parts": [[year]]},
                                  "URL": f"https://www.krisdika.go.th/web/guest/law?lawId={self.rng.randint(100, 9999)}",
                                  "accessed": self.accessed_after(year)}  # fmt: skip
        return self._organisation_work(record, "web", name, tags | {"legislation"})

    def _market_research(self) -> Work:
        name = self.rng.choice(_RESEARCH)
        year = self.year()
        title = self.rng.choice(_RESEARCH_TITLES).replace("{Y}", str(year)).replace("{BE}", str(year + 543))
        record: dict[str, Any] = {"type": "report", "title": title, "publisher": name,
                                  "URL": self._url(f"www.{name.split()[0].lower()}.com"), "accessed": self.accessed_after(year)}  # fmt: skip
        if self.rng.random() < 0.9:
            record["issued"] = {"date-parts": [[year]]}
        return self._organisation_work(record, "report", name, {"market-research"})

    def _news(self) -> Work:
        year = self.year()
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "author": self.people(2),
                                  "container-title": self.rng.choice(_PRESS),
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url(), "accessed": self.accessed_after(year)}  # fmt: skip
        return self._finish(record, "news")

    def _unsigned_news(self) -> Work:
        year = self.year()
        press = self.rng.choice(_PRESS)
        record: dict[str, Any] = {"type": "article-newspaper", "title": self._title(), "container-title": press,
                                  "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
                                  "URL": self._url(), "accessed": self.accessed_after(year)}  # fmt: skip
        return self._organisation_work(record, "news", press, {"press"})

    def _social(self) -> Work:
        platform, host = self.rng.choice(_SOCIAL)
        year = self.rng.randint(2016, 2025)
        if self.rng.random() < 0.5:
            name, tags = self.rng.choice(_COMPANIES)
            author = None
        else:
            name, tags = "", set()
            author = self.people(1)
        record: dict[str, Any] = {
            "type": "post",
            "title": self.rng.choice(_POST_TITLES),
            "container-title": platform,
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://www.{host}/{self.rng.randint(10**8, 10**9)}",
            "accessed": self.accessed_after(year),
        }
        if author is None:
            return self._finish(record, "social", (name, tags))
        record["author"] = author
        return self._finish(record, "social")

    def _podcast(self) -> Work:
        year = self.rng.randint(2018, 2025)
        record: dict[str, Any] = {
            "type": "broadcast",
            "title": self.rng.choice(_PODCAST_TITLES),
            "container-title": self.rng.choice(_PODCASTS),
            "medium": "Podcast",
            "issued": {"date-parts": [[year, self.rng.randint(1, 12), self.rng.randint(1, 28)]]},
            "URL": f"https://open.spotify.com/episode/{self.rng.randint(10**6, 10**7)}",
            "accessed": self.accessed_after(year),
        }
        if self.rng.random() < 0.5:
            record["author"] = self.people(2)
            return self._finish(record, "podcast")
        return self._finish(record, "podcast", (record["container-title"], {"media"}))

    def _undated_web(self) -> Work:
        record: dict[str, Any] = {"type": "webpage", "title": self._title(), "URL": self._url(),
                                  "accessed": self.accessed_after(None)}  # fmt: skip
        if self.rng.random() < 0.4:
            record["author"] = self.people(2)
            return self._finish(record, "web")
        name, tags = self.rng.choice(_COMPANIES + _BODIES)
        return self._finish(record, "web", (name, tags | {"undated"}))
