"""The hundred-and-seventy-seventh independent pool, "blind177" (HELD OUT): marketers in Japan and its diaspora.

Written without reading the checker, its tests or any other pool, from how candidates write CIM Level 6 and 7
reports and MBA assignments in English about Japanese markets: marketers in Tokyo, Osaka, Nagoya, Fukuoka,
Sapporo, Kyoto, Kobe, Yokohama, Sendai, Hiroshima and Okinawa, and in São Paulo, Honolulu, Los Angeles, London,
Singapore and Bangkok, at banks, fintechs and payment brands, insurers, mobile carriers, convenience stores and
retailers, food and drink makers, car, electronics and game makers, airlines and railways, media and agencies.
Their sentences cite at the start, middle and end, after "according to" and "as ... put it"; their quotations come
in Word's curly marks, straight ones and now and then Japanese corner brackets. Their brackets, years and figures
that are not citations are the theme's own: imperial eras (Reiwa 5, Heisei 30), fiscal years ("the year to March
2024"), yen written ¥, JPY and "yen" with "man", "oku", "million" and "billion", laws numbered "Act No. 57 of
2003", Golden Week, Obon and White Day, stock codes, store counts, executives in kanji and romaji, launches,
events, awards, addresses, flights, trains and the candidates' own surveys and interviews. HELD OUT: nobody
tunes the checker on it until its first tables have been read.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Seven-Eleven Japan", "FamilyMart", "Lawson", "Aeon", "Uniqlo", "Muji", "Don Quijote", "Nitori", "Rakuten",
          "Mercari", "ZOZOTOWN", "MUFG", "SMBC", "Mizuho", "Japan Post Bank", "Rakuten Bank", "PayPay", "Suica",
          "LINE Pay", "Nippon Life", "Tokio Marine", "Sompo", "NTT Docomo", "KDDI", "au", "SoftBank", "Rakuten Mobile",
          "Ajinomoto", "Kirin", "Asahi", "Suntory", "Kikkoman", "Nissin", "Meiji", "Calbee", "Yakult", "Ito En",
          "Toyota", "Honda", "Sony", "Panasonic", "Nintendo", "Bandai Namco", "Sanrio", "JAL", "ANA", "JR East",
          "JR Central", "Shiseido", "Kao", "Dentsu", "Hakuhodo", "CyberAgent", "Pocky", "Tsutaya", "Daiso"]  # fmt: skip

_CITIES = ["Tokyo", "Osaka", "Nagoya", "Fukuoka", "Sapporo", "Kyoto", "Kobe", "Yokohama", "Sendai", "Hiroshima",
           "Naha", "São Paulo", "Honolulu", "Los Angeles", "London", "Singapore", "Bangkok"]  # fmt: skip
_FESTIVALS = ["Golden Week", "Obon", "Shōgatsu", "Valentine's Day", "White Day", "Tanabata", "the cherry-blossom season",
              "Setsubun", "Hinamatsuri", "Children's Day", "Christmas Eve", "Halloween in Shibuya", "the ochūgen gift season",
              "the oseibo gift season"]  # fmt: skip
_EXECUTIVES = ["Tadashi Yanai", "Masayoshi Son", "Hiroshi Mikitani", "Shintaro Yamada", "Akio Toyoda", "Kenichiro Yoshida",
               "Shuntaro Furukawa", "Ryuji Arai", "Katsuhiko Hara", "Takeshi Niinami", "Yoshitaka Ishida", "Satoru Iwata"]  # fmt: skip
_LAW_NAMES = ["the Act on the Protection of Personal Information (Act No. 57 of 2003)",
              "the Act against Unjustifiable Premiums and Misleading Representations (Act No. 134 of 1962)",
              "the Specified Commercial Transactions Act (Act No. 57 of 1976)", "the Payment Services Act (Act No. 59 of 2009)",
              "the Telecommunications Business Act (Act No. 86 of 1984)", "the Food Labeling Act (Act No. 70 of 2013)",
              "the Antimonopoly Act (Act No. 54 of 1947)", "the Consumer Contract Act (Act No. 61 of 2000)"]  # fmt: skip
_PRODUCTS = ["the Nintendo Switch 2", "the PlayStation 5 (PS5)", "the Toyota Prius (fifth generation)", "the Honda N-BOX",
             "the Sony α7 IV", "Cup Noodle Pro", "Kirin Ichiban Shibori", "Asahi Super Dry", "Pocari Sweat", "Oi Ocha",
             "Yakult 1000", "the Uniqlo AIRism range", "Muji's Be Comfortable sofa", "Suntory Kakubin highballs",
             "Calbee Jagarico", "Meiji Chocolate Effect 72%", "the Walkman (TPS-L2)", "Tamagotchi Uni"]  # fmt: skip
_TICKERS = ["TSE: 3382", "TYO: 9983", "TSE 7453", "4755.T", "NYSE: SONY", "TSE Prime 9434", "TYO 7974", "TSE: 4385",
            "TSE 8306", "9984.T", "TSE Prime 2914", "OTC: FRCOY"]  # fmt: skip
_HANDLES = ["@uniqlo_jp", "@muji_global", "@sej_official", "@famima_now", "@akiko_kirin", "@paypay_official",
            "@lawson_info", "@nintendo_jp", "@sanrio_official", "@docomo"]  # fmt: skip


def _yen(rng: random.Random) -> str:
    n = rng.randint(2, 950)
    return rng.choice([f"¥{n} million", f"¥{n / 10:.1f} billion", f"JPY {n}m", f"{n} billion yen", f"¥{n} man",
                       f"{rng.randint(2, 90)} oku yen", f"¥{rng.randint(1, 9)}.{rng.randint(1, 9)} trillion",
                       f"JPY {n:,}00,000", f"{n}万円", f"¥{n:,}"])  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    year = rng.randint(2016, 2024)
    era_year = year - 2018
    return {
        "CITY": rng.choice(_CITIES), "YEN": _yen(rng), "YEN2": _yen(rng),
        "FY": rng.choice([f"FY{year}", f"the year to March {year + 1}", f"FY{year}/{str(year + 1)[2:]}",
                          f"fiscal {year}", f"the fiscal year ended 31 March {year + 1}"]),
        "JY": str(year), "JY1": str(year + 1), "JYN": str(year + 2), "ERA": f"Reiwa {era_year}" if era_year > 0 else f"Heisei {year - 1988}",
        "FEST": rng.choice(_FESTIVALS), "EXEC": rng.choice(_EXECUTIVES), "LAW": rng.choice(_LAW_NAMES),
        "PROD": rng.choice(_PRODUCTS), "TICK": rng.choice(_TICKERS), "HANDLE": rng.choice(_HANDLES),
        "PCT": f"{rng.randint(5, 89)}.{rng.randint(0, 9)}%", "STORES": f"{rng.randint(2, 21):,},{rng.randint(100, 999)}",
        "MON": rng.choice(["January", "February", "March", "April", "May", "June", "July", "August", "September",
                           "October", "November", "December"]),
        "JN": rng.choice(["Satō", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Itō", "Yamamoto", "Nakamura", "Kobayashi"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argues that {C}.",
    "{N} found that {C}.",
    "{N} show that {C}, which matters for {B}.",
    "{N} observed that {C} across {CITY} and the regions.",
    "{N} reported that {C}.",
    "{N} contends that {C}, a point {B} has been slow to accept.",
    "{N} suggests that {C}, although the sample was drawn only from {CITY}.",
    "{N} explain that {C}.",
    "{N} highlighted that {C}.",
    "{N} warned that {C} unless the yen recovers.",
    "{N} identifies that {C}.",
    "{N} noted that {C} during {FEST}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.",
    "As {N} points out, {C}.",
    "{O}, {N} found that {C}.",
    "This is consistent with {N}, who argue that {C}.",
    "{C}, as {N} observes.",
    "For {B}, the lesson from {N} is that {C}.",
    "Research by {N} shows that {C}.",
    "{C}; {N} reached a similar conclusion for the Kansai market.",
    "In the Japanese context, {N} argues that {C}.",
    "A study of {CITY} shoppers by {N} confirmed that {C}.",
    "Building on {N}, this report assumes that {C}.",
    "{O}, work by {N} suggests that {C}.",
    "Writing about the diaspora market in {CITY}, {N} notes that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of konbini shoppers shows that {C}.",
    "{O}, {N} findings imply that {C}.",
    "{N} framework helps explain why {C}.",
    "{N} survey of {CITY} consumers found that {C}.",
    "{N} analysis of the points economy suggests that {C}.",
    "Applying {N} model, {C}.",
    "{N} interviews with marketing managers revealed that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "There is evidence that {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "Japanese consumers are often described as demanding, and {C} {P}.",
    "In {CITY}, {C} {P}.",
    "Recent data suggest that {C} {P}.",
    "{B} is no exception: {C} {P}.",
    "This matters because {C} {P}.",
    "Since the pandemic, {C} {P}.",
    "{C} {P:see}.",
    "{C}, especially among older consumers {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{C} {P}, although {C2}.",
    "{C} {P}; however, {C2}.",
    "{O}, {C} {P}, while {C2}.",
    "Although {C} {P}, {C2}.",
    "{C} {P}, which suggests that {C2}.",
    "{C} {P} - and in Japan {C2}.",
]  # fmt: skip
CLAIMS = [
    "{B} relies on its points programme more than its rivals do",
    "convenience stores act as a third place for commuters in {CITY}",
    "Japanese shoppers punish brands that fail on service quality",
    "the shift to cashless payment accelerated after the consumption tax rise",
    "{A} in Japan respond better to character collaborations than to celebrity endorsements",
    "seasonal limited editions create urgency that discounting cannot",
    "trust in a brand is built slowly in Japan and lost quickly",
    "LINE is the default channel for customer service among {A}",
    "QR-code payments spread fastest where card acceptance was lowest",
    "omotenashi raises customers' expectations of every touchpoint",
    "the weak yen has made Japan a bargain for inbound tourists",
    "{B} could use its app data to personalise offers without breaching consumers' trust",
    "ageing consumers are the fastest-growing segment for {B}",
    "private-label ranges now compete on quality rather than price",
    "{T} works best when it respects the Japanese preference for subtlety",
    "oshikatsu spending is remarkably resilient to economic downturns",
    "stealth marketing rules have made influencers disclose paid posts",
    "Japanese-Brazilian consumers in {CITY} remain loyal to brands they knew in Japan",
    "gift-giving seasons account for a large share of annual confectionery sales",
    "{B}'s overseas stores adapt their range more than their service model",
    "mobile carriers compete increasingly on their points ecosystems",
    "word of mouth on X and Instagram drives trial among {A}",
    "regional brands gain national reach through furusato nozei",
    "{A} treat second-hand apps such as Mercari as part of the purchase decision",
    "packaging signals quality to Japanese consumers more than in Western markets",
    "the super-app model has not yet displaced single-purpose apps in Japan",
    "{T} raises {R} among {A}",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "Similarly", "At the same time", "In the Japanese market",
           "By contrast", "In the case of {B}", "More recently", "Even so", "Outside Japan", "In {CITY}",
           "Since the pandemic", "For a convenience-store chain"]  # fmt: skip
PLAIN = [
    "{B} sells through its own stores, its app and the major marketplaces.",
    "The campaign ran for six weeks around {FEST}, on TV, LINE and in store.",
    "{O}, {C}.",
    "This section applies the 7Ps to {B}'s operations in {CITY}.",
    "Table 2 summarises the PESTLE factors for the Japanese market.",
    "The recommendations below are costed and phased over eighteen months.",
    "{B}'s customers can pay with Suica, PayPay or a credit card.",
    "The SWOT analysis in Appendix 1 supports this view.",
    "Japan's population has been shrinking for more than a decade.",
    "The proposed budget is {YEN}, phased across two fiscal years.",
    "Competitors include both domestic chains and global entrants.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one textbook puts it, {Q} {P}.",
    "{N} puts it plainly: {Q}.",
    "{O}, {Q} {P}.",
    "The Japanese consumer has been described as follows: {Q} {P}.",
    "{N} argues that {Q}.",
    "This is summed up neatly: {Q} {P}.",
    "One study of {CITY} retailers concludes that {Q} {P}.",
    "{Q} {P}; this report agrees.",
]  # fmt: skip
SCARE_QUOTES = ["‘omotenashi’", "‘kawaii’", "‘oshikatsu’", "‘konbini culture’", "‘Cool Japan’", "‘galapagos’",
                "“mottainai”", "‘kodawari’", "'ekinaka'", "“points economy”", "‘Made in Japan’", "'stema'",
                "「おもてなし」", "‘Japan quality’", "“kaizen”"]  # fmt: skip
SCARE_FRAMES = [
    "Brands often talk of {Q} as a competitive advantage {P}.",
    "{B} calls its approach {Q} {P}.",
    "Marketers describe this as {Q} {P}.",
    "The idea of {Q} shapes customer expectations {P}.",
    "{N} describes a {Q} mindset among Japanese shoppers.",
    "So-called {Q} has become a selling point overseas {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Golden Week only: double points on everything’", "“Your White Day gift, sorted”",
                 "‘【期間限定】桜フレーバー登場 [Limited time: sakura flavours are here]’",
                 "‘Last chance: summer sale ends at midnight JST’", "“Thank you for being with us since {JY}”",
                 "'Your Rakuten points expire this month'", "‘New year, new Lucky Bag (fukubukuro)’",
                 "“Obon opening hours and a little something from us”", "'Free shipping this weekend only'"]  # fmt: skip
SUBJECT_FRAMES = [
    "Subject lines such as {Q} performed well in A/B tests {P}.",
    "{B}'s re-engagement email, {Q}, was opened by almost a third of lapsed customers {P}.",
    "A LINE message headed {Q} had the highest click rate of the quarter {P}.",
    "Testing {Q} against a plainer version showed the value of seasonality {P}.",
    "{N} found that a subject line like {Q} lifts opens.",
]  # fmt: skip

NOT_CITATIONS = {
    "imperial-era-year": ["Sales peaked in {ERA} ({JY}), when inbound travel resumed.",
                          "The chain was founded in Shōwa 48 (1973) in Tokyo's Toyosu district.",
                          "The policy dates from Heisei 30 (2018), before the era changed to Reiwa."],
    "japanese-fiscal-year": ["Operating profit rose 8% in {FY}.", "{B}'s revenue reached {YEN} in the year to March {JY1} (FY{JY}).",
                             "Guidance for FY{JY1} (April {JY1} to March {JYN}) was cut twice."],
    "yen-man-oku": ["The launch budget was {YEN} (about £{n},000 at the time of writing).",
                    "A mid-sized campaign in Japan costs around {YEN} ({YEN2} with TV).",
                    "Average household spending on gifts was ¥{n},000 (roughly 3 man yen) per season."],
    "law-act-number": ["{B} must comply with {LAW}.",
                       "{B}'s legal team reviewed the campaign against {LAW}.",
                       "Direct mail is governed by the Act on Regulation of Transmission of Specified Electronic Mail (Act No. 26 of 2002)."],
    "premiums-act-stealth": ["Since 1 October 2023, undisclosed influencer posts are banned under the Premiums and Representations Act (Keihinhyōjihō).",
                             "The stealth marketing rules (Cabinet Office Notification No. 19 of 2023) apply to {B}'s ambassadors too."],
    "regulator-established": ["The Consumer Affairs Agency (CAA, established 2009) enforces the labelling rules.",
                              "The Personal Information Protection Commission (PPC, set up in 2016) can now impose orders.",
                              "The JFTC (founded 1947) has studied the digital platforms since 2019."],
    "founding-year-bracket": ["Nintendo (founded 1889 in Kyoto) began as a maker of hanafuda cards.",
                              "Kikkoman (est. 1917) now earns most of its profit abroad.",
                              "Seven-Eleven Japan (first store: Toyosu, May 1974) changed Japanese retailing."],
    "stock-code": ["{B} ({TICK}) trades on the Prime Market.", "Fast Retailing (TYO: 9983) is the largest weight in the Nikkei 225.",
                   "Investors value Seven & i Holdings (TSE 3382) at about {YEN}."],
    "festival-dates": ["Spending peaks in Golden Week (29 April to 5 May) and again at Obon (13-16 August).",
                       "White Day (14 March) follows Valentine's Day by a month.",
                       "Tanabata (7 July) is marked with wishes written on tanzaku strips in {CITY}."],
    "event-year": ["{B} will have a pavilion at Expo 2025 Osaka (13 April to 13 October 2025).",
                   "The Tokyo 2020 Olympics (held in summer 2021) were staged without spectators.",
                   "{B} exhibited at Tokyo Game Show {JY} and CEATEC {JY1}."],
    "product-model": ["{B}'s sales rose after the launch of {PROD}.", "Sony's Walkman (TPS-L2, 1979) is still taught as a case of product innovation.",
                      "The Honda N-BOX (JF5) has been Japan's best-selling car for years."],
    "executive-kanji": ["Founder Tadashi Yanai (柳井正) still chairs Fast Retailing.", "{EXEC}, the chief executive, announced the plan in {MON} {JY}.",
                        "Masayoshi Son (孫正義) founded SoftBank in 1981."],
    "executive-title": ["{EXEC} (CEO from {JY}) pushed the brand overseas.", "{JN}-san (head of CRM, interviewed in {MON} {JY}) described the loyalty data as 'under-used'.",
                        "{JN} Kachō (section chief) approved the pilot in {CITY}."],
    "award-year": ["The campaign won a Cannes Lions Grand Prix ({JY}) and an ACC Tokyo Creativity Award.",
                   "Muji's packaging received a Good Design Award (G Mark, {JY}).",
                   "{B} was named in the Nikkei Superior Products and Services Awards {JY}."],
    "district-places": ["The flagship sits on Omotesandō, near Harajuku station.", "Footfall is highest in Umeda (Osaka) and Tenjin (Fukuoka).",
                        "The pop-up ran in Liberdade (São Paulo) and on Sawtelle Boulevard (Los Angeles)."],
    "japanese-address": ["Head office: 1-1-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005.", "Orders ship from 〒530-0001, Umeda, Kita-ku, Osaka.",
                         "The store at 4-6-16 Ginza (Chūō-ku) opened in {MON} {JY}."],
    "free-dial": ["Customers can call 0120-{n}-123 (free dial, 9:00-18:00 JST).", "The helpline (03-5555-{n}) is staffed in English and Portuguese."],
    "store-count": ["{B} had {STORES} stores in Japan (as of 28 February {JY1}).", "The chain operates 14,{n} outlets (end of {FY})."],
    "own-survey": ["Our own survey of {n} shoppers in {CITY} (fieldwork in {MON} {JY}) supports this.",
                   "Most respondents agreed (n = {n}, online panel, {MON} {JY1}).", "Over half of the sample ({PCT}) paid by QR code."],
    "percent-year": ["Cashless payments reached {PCT} of consumer spending ({JY}).", "The over-65s make up 29.1% of the population (September {JY1})."],
    "exchange-rate": ["At ¥150 to the US dollar ({MON} {JY1}), imports became expensive.", "Prices are converted at £1 = ¥190 (spot rate, {d} {MON} {JY})."],
    "jis-iso-standard": ["{B}'s data handling is certified to JIS Q 15001:2023 (the PrivacyMark standard).", "The plant is certified to ISO 14001:2015 and ISO 9001:2015."],
    "privacymark": ["The site carries the PrivacyMark (Pマーク, registration No. 10820033).", "The app displays the TRUSTe seal (renewed {JY})."],
    "train-line": ["The campaign ran on the JR Yamanote Line and the Tōkaidō Shinkansen (Nozomi services).",
                   "Digital posters were bought at Shibuya (Tōkyū Tōyoko Line) for two weeks."],
    "flight-number": ["Staff flew JL 44 (Haneda to Heathrow) for the London launch.", "ANA's NH 184 (Narita to Honolulu) carries a Pokémon livery."],
    "tv-programme": ["The advertisement aired during Kōhaku Uta Gassen (31 December).", "{B} sponsored the Hakone Ekiden broadcast (2-3 January {JY1})."],
    "character-year": ["Hello Kitty (created 1974) still anchors Sanrio's licensing revenue.", "Pokémon Red and Green (1996) launched the franchise."],
    "seasonal-product": ["The Sakura Frappuccino ({JY} edition) sold out in a week.", "Kit Kat Matcha (launched 2004) is a souvenir staple."],
    "hashtag": ["The #ファミマの日 campaign ran on the 20th of each month.", "User posts tagged #UniqloU{JY} doubled during the launch."],
    "social-handle": ["Follow {HANDLE} on X for updates.", "The official LINE account ({HANDLE}) passed 10 million friends."],
    "slogan-japanese": ["Nitori's slogan 「お、ねだん以上。」 (\"Oh, more than the price\") is widely known.", "Lawson's 'Machi no Hotto Sutēshon' (Happy station in town) line is still used."],
    "interviewee-code": ["Interviewee B (brand manager, {CITY}, {d} {MON} {JY1}) disagreed.", "Participant 4 (Marketing Director, Tokyo) described the budget as fixed."],
    "japanese-date-format": ["The price change took effect on 2024年4月1日 (1 April 2024).", "Notices were dated 令和6年3月15日 (15 March 2024)."],
    "time-jst": ["The sale opens at 10:00 JST ({d} {MON}).", "Live-commerce sessions run 20:00-21:00 JST on Fridays."],
    "disaster-date": ["Demand for emergency food rose after the Great East Japan Earthquake (11 March 2011).",
                      "Stores near Wajima closed after the Noto Peninsula earthquake (1 January 2024)."],
    "points-programme": ["V Point (relaunched April 2024) merged T Point with SMBC's programme.", "Rakuten's SPU (Super Point Up) programme rewards use of several services."],
    "car-generation": ["The Corolla (E210) is sold as the Auris in some markets.", "The Prius (XW60, {JY}) was restyled for younger buyers."],
    "flagship-store": ["Uniqlo Ginza (12 floors, opened 2012) is the brand's global flagship.", "Muji Ginza (with Muji Hotel, 2019) is a destination store."],
    "notification-number": ["The guidelines (PPC Notification No. 6 of 2016) were revised in 2021.", "Food labels follow the Food Labelling Standards (Cabinet Office Ordinance No. 10 of 2015)."],
    "sports-team": ["{B} sponsors the Hanshin Tigers (2023 champions).", "The Yomiuri Giants (founded 1934) play at Tokyo Dome."],
    "diaspora-event": ["The brand joined the Festival do Japão (São Paulo, July {JY}).", "The Honolulu Festival (March {JY1}) drew visitors from Japan.",
                       "Hyper Japan (London, {MON} {JY}) sold out its exhibitor space."],
    "migration-history": ["The Kasato Maru (1908) brought the first Japanese migrants to Brazil.", "Japanese Americans were interned under Executive Order 9066 (1942)."],
    "zodiac-year": ["{B} launched a dragon design for the Year of the Dragon (2024).", "New Year cards (nengajō) for {JY1} featured the zodiac animal."],
    "brand-kana": ["Ito En's 「お～いお茶」 (Oi Ocha, 1989) leads the bottled tea market.", "Kirin's 午後の紅茶 (Gogo no Kōcha, launched 1986) targets afternoon breaks."],
    "government-scheme": ["The Go To Travel campaign (July-December 2020) subsidised domestic trips.",
                          "The Cashless Consumer Return Programme (October 2019 to June 2020) refunded up to 5%.",
                          "Mynapoint (My Number Card points, 2020-2023) encouraged card sign-ups."],
    "tax-change": ["The consumption tax rose from 8% to 10% (October 2019), with 8% kept for food.", "The qualified invoice system (from 1 October 2023) affected small suppliers."],
    "app-version": ["The redesign came with the LINE app (version 14.3).", "PayPay's app update (v4.20) added a points tab."],
    "jan-code": ["Each SKU carries a JAN code (4901777xxxxxx).", "The product code (JAN 4902102{n}) identifies the maker."],
    "unit-course-code": ["This report answers Task 1 of the CIM 2206 assessment brief.", "The module (MKT7{n}, Semester 2) assessed it."],
    "cherry-blossom-date": ["The cherry blossoms opened in Tokyo on 14 March 2023, the earliest on record.", "The sakura forecast for {CITY} ({d} {MON}) shaped the media plan."],
    "olympic-sponsor": ["Toyota was a TOP partner for the Olympic Games (2015-2024).", "Asahi was an official Tokyo 2020 Gold Partner (beer)."],
    "price-point": ["Daiso's ¥100 range (¥110 with tax) is its best-known format.", "Lucky bags (fukubukuro) cost ¥3,000-¥10,000 each."],
    "nengo-founding": ["The ryokan has been family-run since the Edo period (1716).", "The brewery dates from Meiji 19 (1886)."],
}  # fmt: skip
