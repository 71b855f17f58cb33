"""The hundred-and-forty-eighth independent pool, "blind148" (HELD OUT): the prose of marketers in South Korea and its
diaspora.

Written without reading the checker, its tests or any other pool, from how marketers in Seoul, Busan, Incheon, Daegu,
Daejeon, Gwangju, Suwon and Jeju, and in Los Angeles, New York, Toronto, Sydney, Almaty and Tashkent, write CIM Level 6
and 7 reports and MBA assignments in English about the chaebol and their affiliates (Samsung, Hyundai, LG, SK, Lotte,
CJ), banks and fintechs (KB Kookmin, Shinhan, Woori, Hana, Kakao Bank, Toss), telecoms (SK Telecom, KT, LG U+),
platforms (Naver, Kakao, Coupang, Baemin), cosmetics and food makers (Amorepacific, Innisfree, Nongshim, Orion,
Binggrae), K-pop agencies (HYBE, SM, JYP, YG) and airlines (Korean Air, Asiana, Jeju Air). Citations sit at the start,
middle and end of sentences; around them are won written "₩3.2 trillion", "KRW 45 billion", "3억 원" and "5만 원",
laws by Act number and Enforcement Decrees, KFTC and KCC decisions, the Bank of Korea's base rate, Seollal, Chuseok,
Pepero Day, the suneung and the dol, dates written "2023.09.28." and "2023년 9월 28일", Hangul beside brand names,
stock codes, flights, phones, cars, albums, dramas, idols, founders, awards, interviewees and samples: none of them
citations. HELD OUT: never tune the checker on it; report its tables, never its misses.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Samsung", "Hyundai", "Kia", "LG Electronics", "SK Telecom", "KT", "LG U+", "Lotte", "CJ CheilJedang",
          "Naver", "Kakao", "Coupang", "Baemin", "Toss", "Kakao Bank", "KB Kookmin Bank", "Shinhan Bank", "Woori Bank",
          "Hana Bank", "Amorepacific", "Innisfree", "Sulwhasoo", "Laneige", "Nongshim", "Orion", "Binggrae", "HYBE",
          "SM Entertainment", "JYP", "YG", "Korean Air", "Asiana", "Jeju Air", "Olive Young", "Musinsa", "Kurly",
          "Paris Baguette", "CU", "GS25", "E-mart", "Gentle Monster", "Bibigo", "Lotte Chilsung", "Cheil Worldwide"]  # fmt: skip

_CITIES = ["Seoul", "Busan", "Incheon", "Daegu", "Daejeon", "Gwangju", "Suwon", "Jeju", "Los Angeles", "New York",
           "Toronto", "Sydney", "Almaty", "Tashkent"]  # fmt: skip
_TACTICS = ["live commerce", "idol endorsements", "KakaoTalk channel messages", "Naver search ads", "pop-up stores",
            "limited-edition collaborations", "membership points", "dawn delivery", "webtoon tie-ins",
            "short-form video on Instagram Reels", "YouTube Shorts", "Chuseok gift sets", "subscription memberships",
            "fan-sign events", "push notifications in the app", "virtual influencers", "group-buying deals"]  # fmt: skip
_AUDIENCES = ["MZ consumers", "Gen Z fans", "one-person households", "working mothers", "office workers in Gangnam",
              "university students", "seniors in their sixties", "Korean-American shoppers", "second-generation "
              "Koreans in Toronto", "international K-pop fans", "Koryo-saram customers in Almaty", "tourists from "
              "China and Japan", "parents preparing for the suneung"]  # fmt: skip
_RESULTS = ["repurchase intention", "brand love", "app retention", "word of mouth", "basket size", "fan loyalty",
            "trust", "share of search", "willingness to pay a premium", "membership sign-ups"]  # fmt: skip
_ACTS = ["Personal Information Protection Act (Act No. 16930)", "Personal Information Protection Act (Act No. 19234)",
         "Act on Fair Labeling and Advertising (Act No. 17799)", "Telecommunications Business Act (Act No. 18478)",
         "Act on the Consumer Protection in Electronic Commerce (Act No. 17799)",
         "Improper Solicitation and Graft Act (Act No. 13278)", "Monopoly Regulation and Fair Trade Act (Act No. 17799)",
         "Electronic Financial Transactions Act (Act No. 18960)", "Framework Act on Consumers (Act No. 18190)"]  # fmt: skip
_DECREES = ["Enforcement Decree of the Personal Information Protection Act (Presidential Decree No. 30892)",
            "Enforcement Decree of the Telecommunications Business Act (Presidential Decree No. 31593)",
            "Enforcement Decree of the Improper Solicitation and Graft Act (Presidential Decree No. 27129)",
            "Enforcement Decree of the Act on Fair Labeling and Advertising (Presidential Decree No. 32352)"]  # fmt: skip
_STOCKS = ["Samsung Electronics (KRX: 005930)", "SK Hynix (KRX: 000660)", "Naver (KRX: 035420)",
           "Kakao (KRX: 035720)", "Coupang (NYSE: CPNG)", "HYBE (KRX: 352820)", "Amorepacific (KRX: 090430)",
           "Nongshim (KRX: 004370)", "Korean Air (KRX: 003490)", "KakaoBank (KRX: 323410)", "CJ ENM (KOSDAQ: 035760)",
           "JYP Entertainment (KOSDAQ: 035900)"]  # fmt: skip
_PHONES = ["Galaxy S24 Ultra (2024)", "Galaxy Z Flip5 (SM-F731N)", "Galaxy Z Fold6 (2024)", "Galaxy A35 5G",
           "Galaxy S23 FE (2023)", "LG Wing (2020)", "Galaxy Note20 (2020)"]  # fmt: skip
_CARS = ["Hyundai Ioniq 5 (2021)", "Kia EV6 GT-Line", "Genesis GV80 (2020)", "Hyundai Casper (2021)",
         "Kia Carnival Hi-Limousine", "Hyundai Grandeur (GN7)", "Kia Seltos (2019)"]  # fmt: skip
_FLIGHTS = ["KE017 (Incheon–Los Angeles)", "OZ202 (Los Angeles–Incheon)", "KE073 (Toronto–Incheon)",
            "7C1101 (Gimpo–Jeju)", "KE929 (Incheon–Almaty)", "OZ601 (Incheon–Sydney)", "KE941 (Incheon–Tashkent)"]  # fmt: skip
_IDOLS = ["BTS", "BLACKPINK", "NewJeans", "Stray Kids", "SEVENTEEN", "TWICE", "aespa", "IVE", "LE SSERAFIM",
          "NCT 127", "ITZY", "(G)I-DLE", "EXO", "Big Bang"]  # fmt: skip
_ALBUMS = ["Proof (2022)", "BORN PINK (2022)", "Get Up (2023)", "5-STAR (2023)", "FML (2023)", "Map of the Soul: 7 (2020)",
           "Ready to Be (2023)", "I've IVE (2023)"]  # fmt: skip
_DRAMAS = ["Squid Game (Netflix, 2021)", "Crash Landing on You (tvN, 2019–2020)", "Extraordinary Attorney Woo (ENA, 2022)",
           "The Glory (Netflix, 2022–2023)", "Reply 1988 (tvN, 2015–2016)", "Descendants of the Sun (KBS2, 2016)",
           "Queen of Tears (tvN, 2024)", "Itaewon Class (JTBC, 2020)"]  # fmt: skip
_FESTIVALS = ["Busan International Film Festival (BIFF)", "Jeju Fire Festival", "Boryeong Mud Festival",
              "Seoul Lantern Festival", "Jinju Namgang Yudeung Festival", "KCON LA", "Korean Festival in Los Angeles",
              "Korean Harvest Festival in Toronto", "Hi Seoul Festival"]  # fmt: skip
_AWARDS = ["Cannes Lions Grand Prix", "Korea Advertising Awards", "the Daesang at the Melon Music Awards",
           "the Spikes Asia Gold", "Red Dot Design Award", "iF Design Award", "the Effie Korea Gold",
           "Korea Brand Power Index No. 1"]  # fmt: skip
_FOUNDERS = ["Lee Byung-chul (1910–1987)", "Chung Ju-yung (1915–2001)", "Koo In-hwoi (1907–1969)",
             "Shin Kyuk-ho (1921–2020)", "Suh Sung-whan (1924–2003)", "Shin Choon-ho (1930–2021)",
             "Chey Jong-gun (1926–1973)", "Lee Kun-hee (1942–2020)"]  # fmt: skip
_EXECS = ["Chairman Lee Jae-yong", "Chairman Chung Eui-sun", "Chairman Koo Kwang-mo", "Chairman Chey Tae-won",
          "Chairman Shin Dong-bin", "Chairman Lee Jay-hyun", "Bang Si-hyuk", "Park Jin-young", "Kim Bom-soo",
          "Lee Seung-gun", "Kim Beom-seok"]  # fmt: skip
_UNIS = ["Seoul National University (est. 1946)", "Yonsei University (est. 1885)", "Korea University (est. 1905)",
         "KAIST (est. 1971)", "Ewha Womans University (est. 1886)", "Sungkyunkwan University (est. 1398)"]  # fmt: skip
_DISTRICTS = ["Seongsu-dong (Seongdong-gu)", "Hongdae (Mapo-gu)", "Gangnam-gu", "Itaewon (Yongsan-gu)",
              "Haeundae-gu, Busan", "Myeong-dong (Jung-gu)", "Garosu-gil (Sinsa-dong)", "Songdo (Yeonsu-gu, Incheon)"]  # fmt: skip
_HANGUL = ["Baemin (배달의민족)", "Toss (토스)", "Coupang (쿠팡)", "Olive Young (올리브영)", "Kakao Bank (카카오뱅크)",
           "Musinsa (무신사)", "Danggeun Market (당근마켓)", "Shin Ramyun (신라면)", "Banana Flavored Milk (바나나맛우유)",
           "Choco Pie (초코파이)", "Nongshim (농심)", "Binggrae (빙그레)"]  # fmt: skip
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "September",
    "October",
    "November",
    "December",
]


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn from the builder's random source after the common ones."""
    year = rng.randint(2012, 2024)
    return {
        "CITY": rng.choice(_CITIES), "KTAC": rng.choice(_TACTICS), "KAUD": rng.choice(_AUDIENCES),
        "KRES": rng.choice(_RESULTS), "ACT": rng.choice(_ACTS), "DEC": rng.choice(_DECREES),
        "STK": rng.choice(_STOCKS), "PH": rng.choice(_PHONES), "CAR": rng.choice(_CARS), "FL": rng.choice(_FLIGHTS),
        "IDOL": rng.choice(_IDOLS), "ALB": rng.choice(_ALBUMS), "DRAMA": rng.choice(_DRAMAS),
        "FEST": rng.choice(_FESTIVALS), "AWARD": rng.choice(_AWARDS), "FOUNDER": rng.choice(_FOUNDERS),
        "EXEC": rng.choice(_EXECS), "UNI": rng.choice(_UNIS), "DIS": rng.choice(_DISTRICTS), "HG": rng.choice(_HANGUL),
        "KY": str(year), "KY2": str(year + rng.randint(1, 3)), "YY": f"{year % 100:02d}",
        "MM": f"{rng.randint(1, 12):02d}", "DD": f"{rng.randint(1, 28):02d}", "MON": rng.choice(_MONTHS),
        "TR": f"{rng.randint(1, 9)}.{rng.randint(1, 9)}", "BN": str(rng.randint(12, 950)),
        "EOK": str(rng.randint(2, 90)), "MAN": str(rng.choice([1, 2, 3, 5, 10, 15, 30, 50])),
        "KRW": f"{rng.randint(1, 79):,}{rng.choice(['', '0'])},000",
        "PLAN": rng.choice(["55,000", "69,000", "89,000", "105,000", "130,000"]),
        "PCT": str(rng.randint(3, 78)), "RATE": f"{rng.randint(1180, 1420):,}",
        "BRN": f"{rng.randint(101, 899)}-{rng.randint(81, 88)}-{rng.randint(10000, 99999)}",
        "TEL": f"{rng.choice(['1588', '1577', '1544', '1600'])}-{rng.randint(1000, 9999)}",
        "PCODE": f"{rng.randint(1, 63):02d}{rng.randint(100, 999)}",
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, although the sample was drawn only from {CITY}.",
    "{N} concluded that {C}.", "{N} points out that {C}, which is very relevant to {B}.",
    "{N} suggested that {C}; {B}'s own results seem to support this.", "{N} emphasised that {C}.",
    "{N} showed that {C}, especially among {KAUD}.", "{N} states that {C}.", "{N} insists that {C}.",
    "{N} explains how {C}.", "{N} also found that {C}.", "{N} recommended that Korean brands test whether {C}.",
    "{N} went further and argued that {C} and that {C2}.",
    "{N} surveyed {KAUD} and reported that {C}.", "{N} observed that {C} – a finding {B} cannot ignore.",
    "{N} described {KTAC} as the fastest route to {KAUD} and showed that {C}.", "{N} questioned whether {C}.",
    "{N} reported that {C} in the Korean market.", "{N} agree that {C}, e.g. in beauty and food delivery.",
    "{N} noted that, after the pandemic, {C}.", "{N} confirmed that {C} in both Seoul and Los Angeles.",
]  # fmt: skip
NARRATIVE_MID = [
    "In their study of Korean platforms, {N} found that {C}.", "{O}, {N} argued that {C}.",
    "This is in line with {N}, who found that {C}.", "{C}, which supports the findings of {N}.",
    "{C} – a view shared by {N}.", "As highlighted by {N}, {C}.",
    "{B} is a good example: {N} showed that {C}.", "Research by {N} suggests {C}.",
    "According to a report by {N}, {C}.", "A survey conducted by {N} found that {C}.",
    "{C}, as {N} noted in their review of {KTAC}.", "It can be argued, following {N}, that {C}.",
    "Both {B} and its rivals use {KTAC}, and {N} found that {C}.", "{C}; however, {N} found the opposite for {KAUD}.",
    "When {B} relaunched its app it seemed to follow {N}: {C}.", "Evidence from {N} suggests that, for {KAUD}, {C}.",
    "Data from {N} show that {C}.", "As {N} put it, {C}.", "{C}, according to {N}.",
    "Unlike {B}, which relies on {KTAC}, the firms studied by {N} found that {C}.",
    "In the Korean context, {N} found that {C}.", "Interestingly, {N} discovered that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} research shows that {C}.", "Using {N} framework, it is clear that {C}.",
    "{O}, {N} report concluded that {C}.", "{B} could apply {N} model, since {C}.",
    "According to {N} survey, {C}.", "{N} findings are useful here because {C}.",
    "This reflects {N} argument that {C}.", "{N} study of {KAUD} shows how {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {KAUD}, {C} {P}.", "This matters because {C} {P}.", "In Korea especially, {C} {P}.",
    "Three things drive this: price, speed of delivery and the fact that {C} {P}.", "{C}, especially on mobile {P}.",
    "It is often said that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.",
    "{C} (as shown in Figure {q}) {P}.", "{B}’s results suggest {C} {P}.", "In short, {C} {P}.",
    "{C}, which is why {B} invests in {KTAC} {P}.", "Put simply: {C} {P}.",
    "Recent Korean data confirm this – {C} {P}.", "A key point for {B} is that {C} {P}.", "{C}. {P}",
    "{C} in {CITY} as well {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, although {C2}.", "{C} {P}; however, {C2}.", "{C} {P}, while {C2}.",
    "{O}, {C} {P}, so {C2}.", "{C} {P:see also}, but {C2}.", "{C} {P} – and {C2}.", "{C} {P}; in addition, {C2}.",
]  # fmt: skip
CLAIMS = [
    "{B} could use {KTAC} to reach {KAUD}", "spending on {KTAC} raises {KRES} among {KAUD}", "{KAUD} expect brands to reply on KakaoTalk",
    "campaigns built on {KTAC} work best when they are tied to {KRES}", "small Korean brands gain more from {KTAC} than the chaebol do",
    "investment in {KTAC} lowers the cost of reaching {KAUD}", "firms that localise for the diaspora see stronger {KRES}",
    "{B} relies on {KTAC} more than its rivals do", "{KAUD} reward {KTAC} with {KRES}",
    "the return on {KTAC} falls as budgets grow", "trust in the chaebol shapes how {KAUD} read a campaign",
    "fandoms behave more like communities than like customers", "price comparison on Naver has made {KAUD} very sensitive to discounts",
    "gift sets at Seollal and Chuseok still account for a large share of annual sales",
    "{KAUD} switch brands quickly when delivery is late", "idol endorsements lift {KRES} only while the group is in the news",
    "Hallyu content makes Korean brands easier to sell abroad", "{KAUD} trust reviews from other users more than advertising",
    "super-apps such as Kakao and Toss lock customers in through convenience", "K-beauty depends on rapid product launches",
    "{KAUD} value 'gasungbi' (cost-effectiveness) above brand heritage", "ESG claims raise {KRES} only when they are verified",
    "loyalty points matter less than free delivery to {KAUD}", "brand collaborations create short bursts of demand",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "Similarly", "At the same time", "By contrast", "In the case of {B}",
           "More recently", "Even so", "In the Korean market", "Moreover", "Furthermore", "In {CITY}", "On the other hand",
           "As a result", "Since the pandemic"]  # fmt: skip
PLAIN = [
    "{B} sells through its own app, Naver Smart Store, Coupang and Kakao Gift.",
    "The campaign ran for six weeks on YouTube, Instagram and KakaoTalk.", "{O}, {C}.",
    "{B} reaches most of its customers through its membership app.",
    "The brand's owned channels now matter more than its paid ones.",
    "Appendix 2 shows the full customer journey for {B}.", "The table below compares {B} with its two nearest rivals.",
    "This section applies the 7Ps to {B}'s position in {CITY}.", "{B} has not published its marketing budget.",
    "I interviewed three colleagues in our Seoul office for this section.", "The SWOT analysis is summarised below.",
    "{B}'s Korean-language site and its English site tell different stories.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one author puts it, {Q} {P}.", "{N} writes that {Q}.", "It has been argued that {Q} {P}.",
    "The point is made clearly: {Q} {P}.", "{Q} {P}, and {B} has yet to act on this.", "{N} put it simply: {Q}.",
    "In the words of one study, {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘gasungbi’", "‘gaseongbi’", "“K-beauty”", "‘nunchi’", "“jeong”", "‘MZ generation’", "“honjok”",
                "'Hallyu'", "‘ppalli ppalli’", "“fandom economy”", "'value consumption'", "‘dupe’"]  # fmt: skip
SCARE_FRAMES = [
    "Korean marketers speak of {Q} as a buying motive {P}.", "{B} calls its approach {Q} {P}.",
    "The idea of {Q} now shapes pricing in convenience stores {P}.", "What Koreans call {Q} explains a lot here {P}.",
    "{N} treats {Q} as a cultural value rather than a trend.",
]  # fmt: skip
SUBJECT_LINES = ["‘[광고] Chuseok gift sets up to 30% off’", "“Only today: free dawn delivery on {B}”",
                 "‘Your Pepero Day order is on its way’", "“[Ad] New drop – {IDOL} limited edition”",
                 "'Happy Seollal! A gift from {B}'", "‘Your points expire at midnight’",
                 "“Suneung day: cheering you on”", "‘₩{MAN}만 원 coupon inside’"]  # fmt: skip
SUBJECT_FRAMES = [
    "A KakaoTalk message headed {Q} lifted open rates {P}.", "The push notification {Q} doubled clicks {P}.",
    "{B} sent the message {Q} to lapsed members {P}.", "An email with the subject line {Q} performed best {P}.",
    "{N} cite the notification {Q} as an example of good timing.",
]  # fmt: skip

# Text with brackets, years, numbers or names that is no citation and must raise no problem.
NOT_CITATIONS = {
    "won-trillion": ["{B}'s sales reached ₩{TR} trillion in {KY}, its best year yet.",
                     "Korea's online shopping market passed ₩{BN} trillion ({KY} total), with food delivery the fastest-growing part."],
    "krw-billion": ["The campaign cost KRW {BN} billion (about US${n} million at {KY} rates).",
                    "{B} set aside KRW {BN} billion for the {KY} relaunch."],
    "eok-man": ["A typical influencer package costs 3억 원 to {EOK}억 원 per campaign.",
                "Most shoppers spend 5만 원 to {MAN}만 원 (about ₩{KRW}) on a Chuseok gift set."],
    "act-number": ["Marketing consent must be asked for separately under the {ACT}.",
                   "Since the {ACT} was amended, {B} has rewritten its app's consent screen."],
    "enforcement-decree": ["Article 17 of the {DEC} sets out what must be disclosed.",
                           "The details are in the {DEC}, which took effect in {MON} {KY}."],
    "kftc-decision": ["The Fair Trade Commission fined a delivery platform ₩{BN} billion (KFTC Decision No. {KY}-{n}).",
                      "In {KY} the KFTC ordered {B} to correct its '1+1' advertising (case no. {KY}Gyeongchuk{n})."],
    "kcc-ruling": ["The Korea Communications Commission (KCC) capped handset subsidies in {KY}.",
                   "A KCC ruling of {d} {MON} {KY} limited spam text messages sent after 9 p.m."],
    "base-rate": ["The Bank of Korea held its base rate at 3.50% ({MON} {KY}).",
                  "Mortgage costs rose after the base-rate rise (0.50% to 3.25%, {KY})."],
    "seollal-date": ["Seollal fell in late January in {KY}, so gift-set orders closed early.",
                     "Sales peak in the week before Seollal (Lunar New Year, {KY})."],
    "chuseok-date": ["Chuseok (the 15th day of the 8th lunar month) moves every year.",
                     "The Chuseok holiday ({KY}) ran for five days in late September."],
    "lunar-date": ["The festival is held on 음력 8월 15일 (15 August in the lunar calendar).",
                   "Daeboreum (1/15 in the lunar calendar) is another moment for snack promotions."],
    "pepero-day": ["Pepero Day (11 November, 11.11) is Lotte's biggest week of the year.",
                   "Convenience stores build whole displays for Pepero Day (11/11) every year."],
    "other-days": ["White Day (14 March) and Black Day (14 April) bring their own promotions.",
                   "Hangul Day (9 October) and Children's Day (5 May) are both public holidays."],
    "suneung": ["The suneung (College Scholastic Ability Test, November {KY}) is a big day for snack brands.",
                "On suneung day ({KY}) flights are grounded during the listening test."],
    "dol": ["Parents spend heavily on the dol (first-birthday party) and the doljabi ritual.",
            "A dol party in {CITY} now costs around ₩{KRW} (my own estimate, 50 guests)."],
    "korean-age": ["Under the old 'Korean age' system (abolished 28 June 2023), a baby was one at birth.",
                   "The switch to 'international age' (June 2023) changed how brands target teenagers."],
    "korean-date": ["The offer ran from {KY}.{MM}.{DD}. to {KY}.{MM}.28.",
                    "The launch date was {KY}년 {MM}월 {DD}일, just before the holiday."],
    "fiscal-quarter": ["Operating profit fell in 3Q{YY} and recovered in 4Q{YY}.",
                       "{B}'s FY{KY} results (released {MON} {KY2}) beat expectations."],
    "stock-code": ["{STK} shares fell {PCT}% on the news.", "Investors compare {STK} with its global peers."],
    "business-registration": ["The importer is registered as 주식회사 (business registration no. {BRN}).",
                              "Every invoice must show the seller's number ({BRN})."],
    "customer-centre": ["Complaints go to the customer centre (☎ {TEL}, 9:00–18:00).",
                        "The hotline number ({TEL}) appears on every pack."],
    "address-postcode": ["The flagship store is at Teheran-ro {n}, Gangnam-gu, Seoul {PCODE}.",
                         "Its Koreatown branch is at 3200 Wilshire Blvd, Los Angeles, CA 90010."],
    "phone-model": ["The {PH} was launched with a K-pop tie-in.", "Pre-orders for the {PH} opened in {MON} {KY}."],
    "car-model": ["The {CAR} was marketed to young families.",
                  "Hyundai's campaign for the {CAR} used a Jeju road trip."],
    "flight-number": ["Korean Air's {FL} carries most of the Los Angeles diaspora traffic.",
                      "The {FL} route was relaunched in {KY} after the pandemic."],
    "kpop-album": ["{IDOL}'s album {ALB} sold over two million copies in its first week.",
                   "Fans bought several copies of {ALB} to collect the photocards."],
    "k-drama": ["Product placement in {DRAMA} lifted searches for the brand.",
                "{DRAMA} made Korean fried chicken a global trend."],
    "film-credit": ["The Oscar-winning Parasite (dir. Bong Joon-ho, 2019) made the 'ram-don' dish famous.",
                    "Minari (dir. Lee Isaac Chung, 2020) told a Korean-American family story."],
    "tv-show": ["Running Man (SBS, 2010–present) is popular across South-East Asia.",
                "Variety shows such as Infinite Challenge (MBC, 2005–2018) shaped Korean humour in ads."],
    "idol-group": ["{IDOL} (debut {KY}) signed a global deal with {B}.",
                   "{B} chose {IDOL} as its ambassador for the {KY2} season."],
    "festival-event": ["{B} sponsored the {FEST} in {KY}.", "Pop-ups at the {FEST} ({MON} {KY}) drew large crowds."],
    "sports-event": ["Samsung was a top sponsor of PyeongChang 2018.",
                     "The 2002 FIFA World Cup (Korea/Japan) is still remembered in advertising."],
    "award": ["The campaign won the {AWARD} ({KY}).", "{B}'s packaging took the {AWARD} in {KY}."],
    "founder-dates": ["The group was founded by {FOUNDER}.",
                      "Its founder, {FOUNDER}, started as a small trader."],
    "executive": ["{EXEC} announced the plan at CES {KY}.", "{EXEC} (then CEO, aged {n}) opened the {CITY} store in {MON} {KY}."],
    "university-founded": ["Many of {B}'s managers studied at {UNI}.", "The brand ran a campus event at {UNI}."],
    "district": ["Pop-up stores in {DIS} attract young visitors every weekend.",
                 "Rents in {DIS} doubled between {Y} and {Y2}."],
    "hangul-brand": ["{HG} is the brand most respondents named first.", "Apps such as {HG} changed how people shop."],
    "legal-form": ["The company was renamed CJ CheilJedang Corp. (CJ제일제당) in {KY}.",
                   "Its Korean name is (주){B}, i.e. {B} Co., Ltd."],
    "exchange-rate": ["All figures were converted at ₩{RATE} = US$1 ({KY} average).",
                      "The won weakened (KRW/USD {RATE}) during {MON} {KY}."],
    "interviewee": ["A brand manager at {B} (Interviewee 3, Seoul, {MON} {KY}) confirmed this.",
                    "One respondent (P7, female, 24, {CITY}) said she only buys during sales."],
    "survey-sample": ["Most respondents agreed (n = {n}, {CITY}, {KY}).",
                      "The questionnaire (N = {n}; 52% female) was sent through KakaoTalk."],
    "figure-table": ["The results are summarised below (Table {q}).",
                     "Figure {q} (Appendix B) shows the perceptual map."],
    "programme-year": ["KOTRA's {KY} export voucher programme paid for the trade show.",
                       "{B} joined KOCCA's {KY} content-export fund (₩{BN} billion in total)."],
    "generation-label": ["The MZ generation (born 1981–2010) is the main target.",
                         "Gen Z (born 1997–2012) in {CITY} use Instagram more than Facebook."],
    "certification": ["The product carries the KC mark (R-R-SEC-{PCODE}) and HACCP certification.",
                      "Only KS-certified (KS C {PCODE}) chargers can be sold in Korea."],
    "tariff-price": ["The 5G plan costs ₩{PLAN} per month (VAT incl., {KY}).",
                     "A Shin Ramyun five-pack costs ₩{KRW} at E-mart ({MON} {KY})."],
    "law-nickname": ["The so-called Kim Young-ran Act (2016) caps gifts to public officials at ₩50,000.",
                     "Gift sets were repackaged at ₩49,000 after the Kim Young-ran Act (2016)."],
    "diaspora-place": ["Koreatown (Los Angeles, since the 1970s) has over 100 Korean restaurants.",
                       "The Korean community in Almaty (Koryo-saram, since 1937) keeps its own food traditions."],
    "webtoon": ["The webtoon True Beauty (Naver Webtoon, 2018–2021) became a drama.",
                "Kakao Page turned Solo Leveling (2016–2018) into a franchise."],
    "campaign-year": ["Samsung's 'Do What You Can't' campaign (2017) targeted millennials.",
                      "Jeju Air's 'Fly, Jeju' campaign ({KY}) used only user-generated photos."],
    "character-ip": ["Kakao Friends' Ryan (2016) is printed on everything from cards to cups.",
                     "Line Friends' BT21 (2017) was created with BTS."],
    "units-pyeong": ["The store is only 30 pyeong (about 99 m²).", "A 25-pyeong flat (82 m²) is typical for a young family."],
}  # fmt: skip
