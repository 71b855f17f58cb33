"""The blind200 pool's prose (HELD OUT): marketers in South Korea and the Korean diaspora.

A two-hundredth independent pool, written without reading the checker, its tests or any other pool. Candidates at
banks and fintechs (KB Kookmin, Shinhan, KakaoBank, Toss), telecoms, retailers and platforms (Coupang, Olive Young,
Musinsa, Baemin, Danggeun), food makers (Nongshim, Samyang, CJ CheilJedang), K-beauty and K-pop firms, media and
agencies in Seoul, Busan, Pangyo and Jeju, and in Koreatown LA, Flushing, Fort Lee, Toronto, New Malden, Shin-Ōkubo,
Almaty and Tashkent, write CIM Level 6 and 7 reports and MBA assignments in English. Their decoys: Korean laws with
Act numbers and years, lunar and Gregorian dates (Seollal, Chuseok), won in every notation (₩, KRW, '10억 원'),
people in Hangul with romanisation, K-pop groups and debut years, product and model names, events, awards,
stock codes, hallyu titles and firms' names in brackets with years. HELD OUT: nobody tunes the checker on it until
its first tables have been read.
"""

from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} argues that {C}.",
    "{N} found that {C}, which matters for {B}.",
    "{N} shows that {C} among consumers in Seoul and Busan.",
    "{N} reports that {C}.",
    "{N} observes that {C}, especially in the MZ segment.",
    "{N} makes the case that {C}.",
    "{N} suggests that {C}.",
    "{N} concluded that {C} after surveying shoppers in {city}.",
    "{N} points out that {C}, a lesson {B} has been slow to learn.",
    "{N} warned that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.",
    "{O}, {N} found that {C}.",
    "As {N} explains, {C}.",
    "This is consistent with {N}, who found that {C}.",
    "{C}, as {N} notes.",
    "In the Korean market, {N} showed that {C}.",
    "For {B}, the lesson from {N} is that {C}.",
    "Writing about the diaspora market in {diaspora}, {N} argues that {C}.",
    "{C}; {N} reached much the same conclusion.",
    "A study by {N} suggests that {C}.",
    "Similar findings were reported by {N} for {B}: {C}.",
    "{O}, work by {N} indicates that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} survey of {A} in {city} shows that {C}.",
    "{O}, {N} findings imply that {C}.",
    "{N} framework explains why {C}.",
    "{N} data suggest that {C}.",
    "{N} analysis of {B} shows that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "It is widely reported that {C} {P}.",
    "In Korea, {C} {P}.",
    "There is good evidence that {C} {P}.",
    "Among {A} in {city}, {C} {P}.",
    "{B} is no exception: {C} {P}.",
    "Industry data confirm that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{C} {P}, although {C2}.",
    "{C} {P}; even so, {C2}.",
    "{C} {P}, while {C2}.",
    "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "MZ consumers switch brands faster than any earlier generation",
    "{B} wins loyalty through its membership app rather than price",
    "quick commerce has reset what {A} expect from delivery times",
    "Korean shoppers compare prices on Naver before they buy anywhere else",
    "pop-up stores in Seongsu build awareness more cheaply than TV",
    "influencer posts without a clear '#광고' tag damage trust",
    "super-apps such as Toss keep users by bundling payments, credit and insurance",
    "K-beauty brands launch in Olive Young before they go abroad",
    "Chuseok and Seollal gift sets account for a large share of annual sales",
    "diaspora consumers in Koreatown buy the same brands as in Seoul but for different reasons",
    "convenience stores use private-label products to differentiate",
    "{T} drives {R} among {A}",
    "value consumption (가치소비) rewards brands with a clear ESG story",
    "live commerce converts better than ordinary product pages",
    "hallyu content lifts demand for Korean food abroad",
    "consent banners under PIPA are seldom read",
    "banks lose younger customers to KakaoBank and Toss",
    "{A} respond to limited editions timed for Pepero Day",
    "K-pop fandoms act as unpaid distributors of brand content",
    "Coupang's Rocket Delivery has raised the cost of competing on speed",
    "{B} needs a clearer position against Coupang and Naver",
    "solo households (1인 가구) buy smaller packs more often",
    "brand trust in Korea depends heavily on online reviews and blog posts",
    "older consumers have adopted mobile payments faster than expected",
]  # fmt: skip
OPENERS = [
    "However",
    "In practice",
    "In the Korean context",
    "For {B}",
    "By contrast",
    "At the same time",
    "In Seoul especially",
    "Since the pandemic",
    "More recently",
    "For the diaspora market",
    "Even so",
    "Looking at {B}",
]  # fmt: skip
PLAIN = [
    "{B} sells through its own app, Naver Smart Store, Coupang and its flagship store in {place}.",
    "The campaign ran for six weeks before Chuseok on Instagram, YouTube and KakaoTalk channels.",
    "Most of {B}'s customers pay with Samsung Pay, Naver Pay or Kakao Pay.",
    "The brand's KakaoTalk channel has more followers than its Instagram account.",
    "{B} has stores in Seoul, Busan and Daegu and a warehouse in Icheon.",
    "The author works in the marketing team of {B} in {place}.",
    "This report follows the structure of the CIM brief and uses the 7Ps.",
    "{O}, {C}.",
    "Prices are quoted in won ({won}) and converted at about ₩1,350 to the US dollar.",
    "The survey for this report was run on Naver Form with 128 colleagues and customers.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one textbook puts it, {Q} {P}.",
    "{N} puts it bluntly: {Q}.",
    "{O}, {Q} {P}.",
    "In the words of {N}, {Q}.",
    "This is summed up well: {Q} {P}.",
    "{Q} {P}; {B} would do well to remember this.",
    "{N} writes that {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["‘MZ’", "‘gap-bi’ (value for money)", "‘flex’", "‘K-’", "‘honjok’", "‘Rocket’", "‘gachi sobi’",
                "‘healthy pleasure’", "'omakase' culture", "“dopamine dressing”", "‘glocal’", "‘Seoul vibe’",
                "\"premium\"", "‘chaebol’", "‘nunchi’", "‘jeong’", "'ppalli ppalli'", "“appointment viewing”",
                "‘dupe’", "‘fan-made’"]  # fmt: skip
SCARE_FRAMES = [
    "Brands now court the so-called {Q} generation {P}.",
    "The idea of {Q} is overused in Korean marketing {P}.",
    "{B} leans on {Q} in its messaging, a strategy questioned by {N}.",
    "What counts as {Q} varies from Gangnam to Koreatown {P}.",
    "Consumers call it {Q}, and marketers have followed {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘[광고] 추석 선물세트 사전예약 30% 할인’", "“[Ad] Your Chuseok gift set is waiting”",
                 "‘Pepero Day 1+1 only today!’", "'(광고) 오늘만 무료배송'", "“Happy Seollal from {B} 🧧”",
                 "‘Your Toss points expire on {d} December’", "“Korea Sale Festa starts now”",
                 "‘Welcome to the membership, {name}님’"]  # fmt: skip
SUBJECT_FRAMES = [
    "Under the Network Act, a promotional message must start with '(광고)', as in {Q} {P}.",
    "{B}'s push notification {Q} had the highest open rate of the quarter {P}.",
    "Subject lines such as {Q} perform well before holidays {P}.",
    "A message like {Q} builds urgency {P}, but repeated too often it annoys customers.",
    "The email headed {Q} was tested against a plainer one, as {N} recommends.",
]  # fmt: skip

NOT_CITATIONS = {
    "korean-law-with-act-number": [
        "{B} updated its consent screens to comply with the Personal Information Protection Act (PIPA, Act No. 19234).",
        "Article 50 of the Network Act (Act No. 18201) requires opt-in consent for advertising messages.",
        "The Act on Fair Labeling and Advertising (Act No. 17799) bans misleading comparisons.",
    ],
    "korean-law-with-year": [
        "PIPA (2011) was amended in 2020 and again in 2023 to create a single regulator.",
        "The Electronic Commerce Act (2002) gives consumers seven days to withdraw from a purchase.",
        "The Framework Act on Consumers (1980, renamed 2006) sets out consumers' eight basic rights.",
    ],
    "enforcement-decree": [
        "The Enforcement Decree of PIPA (Presidential Decree No. 33723) sets the rules for cross-border transfers.",
        "Under Article 61 of the Enforcement Decree (2023), the notice must be given every two years.",
    ],
    "data-three-laws": [
        "The so-called 'data three laws' (데이터 3법, 2020) opened pseudonymised data to marketers.",
        "After the Data 3 Acts (January 2020) banks could combine card and telecom data.",
    ],
    "regulator-fine-with-year": [
        "The PIPC's fine of ₩15.1 billion (May 2024) against a large platform made headlines.",
        "The KFTC fined the platform 3.29 billion won in {yr} for self-preferencing.",
        "The KCC (now the Korea Media and Communications Commission) issued a corrective order in {yr}.",
    ],
    "lunar-date": [
        "Chuseok fell on 17 September 2024 (the 15th day of the 8th lunar month).",
        "Seollal (음력 1월 1일) fell on 10 February in 2024 and on 29 January in 2025.",
        "Sales peak in the two weeks before Chuseok (15 August by the lunar calendar).",
    ],
    "korean-holiday-with-date": [
        "Pepero Day (11 November) is the biggest single day for confectionery sales.",
        "Children's Day (5 May) and Parents' Day (8 May) make May the busiest gifting month.",
        "Hangul Day (9 October) campaigns often play with the shapes of the letters.",
        "White Day (14 March) and Black Day (14 April) are marketed to singles and couples alike.",
    ],
    "sale-festival": [
        "Korea Sale Festa (Coreasale FESTA {yr}) ran from 9 to 30 November.",
        "Coupang's Rocket Sale (November {yr}) competed directly with Black Friday.",
        "The Olive Young Sale (March, June, September and December) drives a quarter of its traffic.",
    ],
    "won-amounts": [
        "Marketing spend rose to ₩1.2 trillion (KRW 1.2tn) in {yr}.",
        "The campaign budget was 10억 원 (about ₩1 billion), or roughly £580,000.",
        "Revenue reached W3.4 trillion in {yr}, up 12% on the year before.",
        "The app's users spent 3,500억 원 in the first quarter.",
    ],
    "billion-won-bracket": [
        "Olive Young's online sales (₩1.5 trillion, {yr}) now match its stores'.",
        "The loyalty scheme cost 48.2 billion won ({yr}) to run.",
    ],
    "stock-code": [
        "Samsung Electronics (KRX: 005930) and SK hynix (KRX: 000660) lead the KOSPI.",
        "Coupang is listed in New York (NYSE: CPNG), not in Seoul.",
        "KakaoBank (323410) listed on the KOSPI in August 2021.",
    ],
    "kospi-index": [
        "The KOSPI (2,500) and KOSDAQ (850) both fell in the week of the announcement.",
        "The KOSPI 200 (June {yr}) rebalancing added two consumer stocks.",
    ],
    "hangul-name-with-romanisation": [
        "The campaign was led by 김민준 (Kim Min-jun), head of brand at {B}.",
        "Chef 백종원 (Baek Jong-won) fronts the franchise's adverts.",
        "The founder, 이승건 (Lee Seung-gun), trained as a dentist before starting Toss.",
    ],
    "person-with-birth-year": [
        "The chairman, Lee Jae-yong (b. 1968), rarely appears in advertising.",
        "Founder Kim Beom-su (born 1966) built Kakao from a gaming portal.",
        "Lee Kun-hee (1942–2020) launched the 'new management' drive in 1993.",
    ],
    "kpop-group-debut": [
        "BTS (debut 2013) and BLACKPINK (2016) are the most used faces in K-brand adverts abroad.",
        "NewJeans (2022) became the face of several fintech and food brands.",
        "Stray Kids (2018) fronted {B}'s campaign in the diaspora markets.",
    ],
    "kpop-member-name": [
        "Jennie (Kim Jennie) of BLACKPINK and V (Kim Tae-hyung) of BTS both front luxury brands.",
        "Jungkook (Jeon Jung-kook) sold out the fabric softener he mentioned on a live stream.",
    ],
    "drama-with-year": [
        "Squid Game (2021) lifted sales of dalgona sets in Koreatown.",
        "Crash Landing on You (2019–2020) placed fried chicken brands in nearly every episode.",
        "Extraordinary Attorney Woo (ENA, 2022) made whale motifs a merchandise trend.",
    ],
    "film-award": [
        "Parasite (2019) won the Palme d'Or and four Oscars (2020).",
        "Minari (A24, 2020) reached Korean-American audiences beyond Koreatown.",
    ],
    "song-with-year": [
        "PSY's 'Gangnam Style' (2012) made the district a global brand.",
        "The jingle borrows from 'Dynamite' (2020), which many viewers noticed.",
    ],
    "sporting-event": [
        "Red Devils street cheering during the 2002 World Cup (Korea/Japan) is still used in beer adverts.",
        "Sponsors of the 2018 PyeongChang Olympics reported higher brand recall in Korea.",
        "The 1988 Seoul Olympics (Seoul 88) are remembered as the country's coming-out party.",
    ],
    "sports-player": [
        "Son Heung-min (Tottenham, 2015–2025) is the most trusted endorser among sports stars.",
        "Kim Yuna (Vancouver 2010 gold) still fronts bank and telecom campaigns.",
    ],
    "product-model": [
        "The Galaxy S24 Ultra (SM-S928N) was launched with a 'Galaxy AI' campaign.",
        "The Hyundai Ioniq 5 (NE1) and Kia EV6 (CV) won the World Car awards of 2022 and 2023.",
        "LG's OLED evo (C3, {yr}) was positioned against Samsung's Neo QLED.",
    ],
    "food-product-line": [
        "Buldak Bokkeum Myeon (2012) now sells more abroad than in Korea.",
        "Shin Ramyun (1986) and Chapagetti (1984) were combined as 'ram-don' after Parasite.",
        "Bibigo Mandu (2013) became the best-selling frozen dumpling in the US.",
    ],
    "brand-slogan": [
        "Samsung's 'Do What You Can't' (2016) line was used in Korea and abroad.",
        "Baemin's tagline 'Eat well, live well' ('우리가 어떤 민족입니까') is a play on words.",
    ],
    "advertising-award": [
        "The campaign won a Gold Lion at Cannes Lions {yr} and a Grand Prix at the Korea Advertising Awards.",
        "{B} took the Grand Prize at the Seoul International Creative Awards (SICA {yr}).",
        "Cheil's 'Bridge of Life' (2012) won 37 awards at Cannes.",
    ],
    "company-founding-bracket": [
        "Nongshim (founded 1965 as Lotte Food Industrial) renamed itself in 1978.",
        "Woowa Brothers (est. 2010) sold Baemin to Delivery Hero in 2019.",
        "Amorepacific (1945) is the oldest of the major beauty groups.",
    ],
    "company-with-legal-form": [
        "Payments are handled by Viva Republica Co., Ltd. (비바리퍼블리카) under the Toss brand.",
        "주식회사 카카오 (Kakao Corp.) and (주)우아한형제들 are both based near Pangyo Techno Valley.",
        "The retailer is a subsidiary of Shinsegae Inc. (신세계) and SSG.com Co., Ltd.",
    ],
    "chaebol-group-bracket": [
        "CJ Group (formerly part of Samsung, spun off 1993) owns Olive Young and CJ ENM.",
        "The Lotte Group (롯데그룹) operates in both Korea and Japan.",
        "SK Group (SK Inc., 2015 merger) controls SK Telecom and SK hynix.",
    ],
    "address-and-postcode": [
        "The flagship is at 14 Yeonmujang-gil, Seongdong-gu, Seoul 04782.",
        "{B}'s head office is at 1 Teheran-ro, Gangnam-gu (서울시 강남구), Seoul.",
        "The New Malden shop is on Burlington Road, KT3 4NT.",
    ],
    "district-and-station": [
        "Footfall is highest around Gangnam Station (Line 2, exit 11) and Hongik University Station.",
        "The pop-up ran near Seongsu Station (Line 2) for three weeks in {yr}.",
        "Yeouido (여의도), home of the broadcasters and brokerages, is where the launch took place.",
    ],
    "diaspora-place": [
        "Koreatown (Wilshire Boulevard, Los Angeles) has the largest Korean community outside Asia.",
        "Fort Lee (New Jersey) and Flushing (Queens) are the main East Coast markets for H Mart.",
        "Shin-Ōkubo (新大久保, Tokyo) is the destination for Japanese K-beauty fans.",
        "New Malden (Royal Borough of Kingston, London) is home to Europe's largest Korean community.",
    ],
    "koryo-saram-history": [
        "The Koryo-saram were deported to Central Asia in 1937, and many live in Almaty and Tashkent.",
        "Joseonjok (조선족, Korean-Chinese) workers make up much of the delivery workforce.",
    ],
    "historic-date": [
        "The IMF crisis (1997–98) changed how Korean consumers think about debt.",
        "The Gwangju Uprising (18 May 1980) is commemorated every year.",
        "Liberation Day (15 August 1945) is a public holiday.",
    ],
    "korean-era-or-age": [
        "Until June 2023 Koreans also counted their age in 'Korean age' (세는 나이), one or two years older.",
        "Born in 1995, she was 29 in 'international age' (만 나이) when the campaign launched.",
    ],
    "survey-statistic-bracket": [
        "The survey for this report (n = {n}, March {yr}) used an online panel of office workers in Seoul.",
        "Of the colleagues I asked (n = 64, week {q} of the project), 58% had used a delivery app that day.",
        "Penetration of mobile banking (78.4%, {yr}) is among the highest in the OECD.",
    ],
    "kosis-table-code": [
        "The figures come from KOSIS table DT_1J22001 and were downloaded in {yr}.",
        "Statistics Korea's online shopping series (code 101_DT_1KE10041) is monthly.",
    ],
    "percentage-and-year-brackets": [
        "Coupang's share of e-commerce (24.5%, {yr}) is larger than Naver's (23.3%).",
        "Cashless payments (93%, {yr}) dominate in Seoul.",
    ],
    "ranking-bracket": [
        "Samsung (No. 5 in {yr}) is the only Korean brand in the global top ten by value.",
        "{B} was named brand of the year (KS-SQI {yr}) by the Korean Standards Association.",
    ],
    "certification-code": [
        "The products carry the HACCP mark and a Korean KC certification (KC R-R-SMG-SM-S928N).",
        "The app holds ISMS-P certification (ISMS-P-KISA-{yr}-012).",
    ],
    "business-registration-number": [
        "The seller's business registration number (사업자등록번호 120-81-47521) must appear on every page.",
        "Mail-order business report no. {yr}-서울강남-01234 is shown in the footer.",
    ],
    "phone-and-hotline": [
        "Customers can call the Korea Consumer Agency hotline (1372) or the PIPC helpline (182).",
        "The delivery complaints line (1588-1234) is open 24 hours.",
    ],
    "app-version-and-store": [
        "The Toss app (version 5.180.0, {yr}) added a stock-trading tab.",
        "Baemin 2.0 (iOS, {yr}) redesigned the home screen around reviews.",
    ],
    "membership-programme": [
        "Coupang WOW (₩7,890 a month since April 2024) includes free delivery and Coupang Play.",
        "Naver Plus Membership (November {yr}) bundles Netflix with shopping points.",
        "CJ ONE (2010) is the loyalty scheme shared across CJ's brands.",
    ],
    "event-and-exhibition": [
        "The campaign was launched at CES {yr} (Las Vegas) and again at the Seoul Motor Show.",
        "KCON LA (August {yr}) drew fans from across the US.",
        "The Busan International Film Festival (BIFF, October {yr}) attracts sponsors from banking and beauty.",
    ],
    "university-and-programme": [
        "The author studied on the SNU Business School Global MBA (class of {yr}).",
        "KAIST College of Business (Seoul campus) runs the country's first digital marketing MBA.",
        "The Ewha Womans University (1886) alumni network is strong in the beauty sector.",
    ],
    "course-and-unit-code": [
        "This report answers Task 2 of CIM unit 2206 (Level 6, {yr}).",
        "The assignment brief (MKT7005, Yonsei GSB, semester {q}) sets a 3,000-word limit.",
    ],
    "honorific-and-title": [
        "As my manager, Park 팀장님 (team leader Park), said in the kick-off, the budget is fixed.",
        "Chairman Chung (정 회장) opened the new plant in Ulsan himself.",
        "Director Kim (김 이사) approved the Chuseok campaign in {yr}.",
    ],
    "media-programme": [
        "The brand sponsored Running Man (SBS, 2010–) and I Live Alone (MBC).",
        "Culinary Class Wars (Netflix, 2024) lifted restaurant bookings in Seoul.",
    ],
    "weather-and-season": [
        "Sales of cold noodles rise during the monsoon season (jangma, late June to July).",
        "Yellow dust (hwangsa) days in spring ({yr}: 14 days) lift sales of masks and air purifiers.",
    ],
    "generation-number-codes": [
        "The 2030 generation (people in their 20s and 30s) is sometimes called 'MZ'.",
        "The 5060 segment (aged 50 to 69) is the fastest-growing group of online shoppers.",
    ],
    "won-conversion": [
        "At KRW 1,380/USD (December {yr}), the budget equals about US$870,000.",
        "Prices rose from ₩3,000 (2019) to ₩4,500 (2024) for an Americano at the chain.",
    ],
    "ratings-and-viewership": [
        "The final episode reached a 26.9% rating (nationwide, {d} March).",
        "The live stream drew 1.2 million views (YouTube, {d} March).",
    ],
}  # fmt: skip

BRANDS = ["KB Kookmin Bank", "Shinhan Bank", "Woori Bank", "Hana Bank", "NH NongHyup", "KakaoBank", "Toss", "K Bank",
          "Naver Pay", "Kakao Pay", "SK Telecom", "KT", "LG U+", "Coupang", "Naver Shopping", "Gmarket", "11st",
          "SSG.com", "E-mart", "Homeplus", "Lotte Mart", "Lotte Department Store", "Shinsegae",
          "Hyundai Department Store", "Olive Young", "Musinsa", "Kurly", "Baemin", "Yogiyo", "Daiso Korea", "GS25",
          "CU", "7-Eleven Korea", "Danggeun Market", "Bibigo", "Nongshim", "Ottogi", "Samyang", "Orion",
          "Lotte Wellfood", "Binggrae", "Paris Baguette", "Hite Jinro", "Lotte Chilsung", "Maeil Dairies", "Pulmuone",
          "Dongwon", "Starbucks Korea", "Ediya Coffee", "Amorepacific", "Sulwhasoo", "Innisfree", "Laneige",
          "Gentle Monster", "HYBE", "CJ ENM", "Korean Air", "H Mart", "Lotte Plaza Market"]  # fmt: skip

_CITIES = ["Seoul", "Busan", "Incheon", "Daegu", "Daejeon", "Gwangju", "Suwon", "Pangyo", "Jeju", "Ulsan"]
_PLACES = ["Gangnam", "Seongsu-dong", "Hongdae", "Yeouido", "Jamsil", "Myeong-dong", "Haeundae", "Pangyo",
           "the Lotte World Tower", "The Hyundai Seoul", "COEX Mall", "Starfield Hanam"]  # fmt: skip
_DIASPORA = ["Koreatown, Los Angeles", "Flushing", "Fort Lee", "Atlanta (Duluth)", "Toronto's Koreatown", "Vancouver",
             "Sydney (Strathfield)", "New Malden", "Frankfurt", "Shin-Ōkubo", "Almaty", "Tashkent"]  # fmt: skip
_WON = ["₩4,500", "KRW 39,000", "₩1.2 trillion", "10억 원", "3,000억 원", "W250 billion", "52 billion won", "₩990"]
_NAMES = ["민준", "서연", "지우", "Grace", "Daniel"]


def values(rng: random.Random) -> dict[str, str]:
    """The placeholders only this pool's frames use."""
    return {"city": rng.choice(_CITIES), "place": rng.choice(_PLACES), "diaspora": rng.choice(_DIASPORA),
            "won": rng.choice(_WON), "yr": str(rng.randint(2016, 2025)), "name": rng.choice(_NAMES)}  # fmt: skip
