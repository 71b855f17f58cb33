"""The blind191 pool's prose (HELD OUT): how marketers in Singapore, Hong Kong, Macau and their diaspora write.

A hundred-and-ninety-first independent pool, written without reading the checker, its tests or any other pool, and
HELD OUT: nobody tunes the checker on it until its first tables have been read. Candidates at banks and fintechs
(DBS, OCBC, UOB, GXS, HSBC, Hang Seng, ZA Bank, Octopus), telecoms (Singtel, StarHub, SmarTone, CTM), retailers and
platforms (FairPrice, Sheng Siong, Shopee, HKTVmall, Watsons, Sa Sa), F&B makers (Tiger Beer, Yeo's, Ya Kun,
Vitasoy, Maxim's, Koi Kei), airlines, casinos and attractions write CIM Level 6 and 7 reports and MBA assignments
in British-taught English with a Singlish or Cantonese word now and then. The decoys are what their reports carry
that is no citation: laws with their numbers (No. 26 of 2012, Cap. 486, Lei n.º 8/2005), festivals and lunar
dates, the handover, tickers and UENs, S$, HK$ and MOP, addresses, postal codes and phone numbers, MRT and MTR
lines, awards, dramas and films, celebrities with their years, glosses of Chinese and Malay words, and more.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["DBS", "OCBC", "UOB", "POSB", "GXS Bank", "Trust Bank", "HSBC Hong Kong", "Hang Seng Bank", "BOCHK",
          "Standard Chartered", "ZA Bank", "Octopus", "PayMe", "AlipayHK", "Grab", "Nium", "Singtel", "StarHub", "M1",
          "csl", "SmarTone", "3 Hong Kong", "CTM", "FairPrice", "Cold Storage", "Sheng Siong", "Don Don Donki",
          "Shopee", "Lazada", "Carousell", "Qoo10", "Courts", "Watsons", "Mannings", "ParknShop", "Wellcome",
          "HKTVmall", "Sa Sa", "Chow Tai Fook", "Bossini", "Giordano", "Charles & Keith", "Tiger Beer", "Yeo's",
          "F&N", "Ya Kun", "Old Chang Kee", "Bee Cheng Hiang", "Irvins", "BreadTalk", "Vitasoy", "Maxim's",
          "Café de Coral", "Lee Kum Kee", "Koi Kei", "Singapore Airlines", "Cathay Pacific", "Razer",
          "Changi Airport", "MTR", "Sands China", "Galaxy Macau", "Hong Kong Disneyland", "Ocean Park"]  # fmt: skip

_AUDIENCES = ["PMETs", "heartland families", "HDB upgraders", "Gen Z shoppers", "silver-generation customers",
              "mainland visitors", "domestic helpers", "young professionals in Central", "students at NTU and NUS",
              "Malay-Muslim households", "Tamil-speaking families", "cross-border shoppers", "expats in Sentosa Cove",
              "high-net-worth clients", "first-jobbers", "Macanese families", "tourists from the Greater Bay Area"]  # fmt: skip
_CHANNELS = ["WhatsApp broadcasts", "Xiaohongshu posts", "KOL content", "TikTok livestreams", "in-app rewards",
             "MRT station ads", "Instagram Reels", "SMS promotions", "loyalty points", "e-vouchers", "EDMs",
             "WeChat mini programs", "branded red packets", "pop-up stores", "geo-targeted push notifications"]  # fmt: skip
_PLACES = ["Orchard", "Jurong", "Tampines", "Punggol", "One-North", "Central", "Kowloon", "Tsim Sha Tsui", "Sha Tin",
           "Tsuen Wan", "Causeway Bay", "Taipa", "Cotai", "Macau", "Shenzhen", "Guangzhou", "Johor Bahru",
           "Kuala Lumpur", "Vancouver", "Sydney", "London"]  # fmt: skip
_FESTIVALS = ["Chinese New Year", "Hari Raya Puasa", "Deepavali", "the Mid-Autumn Festival", "Ching Ming",
              "the Dragon Boat Festival", "Christmas", "National Day", "11.11", "the Great Singapore Sale",
              "Golden Week", "Hari Raya Haji", "Vesak Day", "the Hungry Ghost Festival"]  # fmt: skip
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]  # fmt: skip
_ANIMALS = ["Rat", "Ox", "Tiger", "Rabbit", "Dragon", "Snake", "Horse", "Goat", "Monkey", "Rooster", "Dog", "Pig"]
_CELEBS = ["Eason Chan", "Jacky Cheung", "Andy Lau", "Stefanie Sun", "JJ Lin", "Fann Wong", "Zoe Tay",
           "Keung To", "Edan Lui", "Nathan Hartono", "Joanne Peh", "Aaron Kwok"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Values for this pool's own placeholders, drawn afresh for each frame."""
    yr = rng.randint(2015, 2025)
    return {
        "aud": rng.choice(_AUDIENCES), "ch": rng.choice(_CHANNELS), "pl": rng.choice(_PLACES),
        "pl2": rng.choice(_PLACES), "fest": rng.choice(_FESTIVALS), "mon": rng.choice(_MONTHS),
        "cnymon": rng.choice(["January", "February"]), "automon": rng.choice(["September", "October"]),
        "yr": str(yr), "yr2": str(min(yr + rng.randint(1, 3), 2025)), "yy": f"{yr % 100:02d}", "yy2": f"{(yr + 1) % 100:02d}",
        "animal": rng.choice(_ANIMALS), "celeb": rng.choice(_CELEBS), "pct": str(rng.randint(3, 68)),
        "amt": f"{rng.randint(1, 9)}.{rng.randint(1, 9)}", "k": str(rng.randint(15, 950)),
        "day": str(rng.randint(1, 28)), "blk": str(rng.randint(101, 999)), "unit": f"#{rng.randint(1, 15):02d}-{rng.randint(10, 380)}",
        "post": f"{rng.randint(10, 82):02d}{rng.randint(1000, 9999)}", "tel": f"{rng.randint(6100, 6999)} {rng.randint(1000, 9999)}",
        "hktel": f"{rng.randint(2100, 3999)} {rng.randint(1000, 9999)}", "uen": f"{yr}{rng.randint(10000, 99999)}{rng.choice('KMNRWZ')}",
        "ver": f"{rng.randint(3, 12)}.{rng.randint(0, 9)}", "plan": f"{rng.randint(25, 98)}.90", "n2": str(rng.randint(100, 2400)), "q2": str(rng.randint(1, 9)),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} argues that {C}.",
    "{N} found that {C}, especially among {aud}.",
    "{N} observed that {C} in {pl}.",
    "{N} concludes that {C}; {B} appears to have taken note.",
    "{N} highlights that {C}.",
    "{N} points out that {C}, which is very relevant to {B}.",
    "{N} suggested that {C} and that {C2}.",
    "{N} explains how {C}.",
    "{N} maintains that {C}, although the sample came only from {pl}.",
    "{N} also noted that {C}.",
    "{N} cautions that {C}.",
    "{N} reported that {C} during {fest}.",
    "{N} shows that {C} – a lesson for {B}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.",
    "As {N} put it, {C}.",
    "{O}, {N} found that {C}.",
    "This is in line with {N}, who argue that {C}.",
    "In the Hong Kong context, {N} found that {C}.",
    "For Singapore, {N} showed that {C}.",
    "{C}, as {N} observed.",
    "{B} could learn from {N}, whose study of {aud} showed that {C}.",
    "A similar pattern is reported by {N} for {pl}.",
    "Drawing on {N}, this report assumes that {C}.",
    "Research in Macau by {N} likewise suggests that {C}.",
    "{O}, the work of {N} indicates that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {aud} suggests that {C}.",
    "{O}, {N} framework helps to explain why {C}.",
    "{N} findings imply that {C}.",
    "{N} survey in {pl} showed that {C}.",
    "Applying {N} model to {B}, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "There is growing evidence that {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "In {pl}, {C} {P}.",
    "During {fest}, {C} {P}.",
    "Studies of {aud} show that {C} {P}.",
    "{B} is a case in point: {C} {P}.",
    "Locally, {C} {P:see}.",
    "{C} {P:e.g.}.",
    "{C} (as noted earlier) {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{C} {P}, although {C2}.",
    "{C} {P}; however, {C2}.",
    "While {C} {P}, {C2}.",
    "{C} {P}, whereas in {pl} {C2}.",
    "Although {C} {P}, {B} still finds that {C2}.",
]  # fmt: skip
CLAIMS = [
    "{B} relies heavily on {ch} to reach {aud}",
    "{ch} lift {R} among {aud}",
    "{aud} expect brands to speak their language, whether Mandarin, Malay, Tamil or Cantonese",
    "festive campaigns around {fest} drive a large share of annual sales",
    "trust in banks fell after a series of phishing scams",
    "cashless payments are now the norm even at hawker centres",
    "{aud} compare prices across borders before buying",
    "{T} works best when it is tied to {R}",
    "heritage brands such as {B} must refresh their image without losing older customers",
    "virtual banks have struggled to turn sign-ups into profitable customers",
    "{aud} respond better to KOLs than to celebrity endorsements",
    "loyalty points are valued less than instant discounts",
    "consumers in {pl} are highly price-sensitive but brand-conscious",
    "data protection concerns reduce willingness to share personal data",
    "{B} gains more from {ch} than from traditional media",
    "mainland tourists spend more on experiences than on luxury goods than they did before 2019",
    "the kiasu mindset makes limited-time offers unusually effective",
    "{T} lowers the cost of reaching {aud}",
    "{aud} reward {T} with {R}",
    "word of mouth in WhatsApp groups spreads faster than any paid campaign",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "Similarly", "In the case of {B}", "More recently", "By contrast",
           "In Singapore", "In Hong Kong", "In Macau", "Since COVID-19", "At the same time", "Closer to home",
           "Before {fest}", "Even so", "Moreover"]  # fmt: skip
PLAIN = [
    "{B} sells through its own app, its website and marketplaces such as Shopee and HKTVmall.",
    "The campaign ran for six weeks across {ch} and outdoor media in {pl}.",
    "{O}, {C}.",
    "This section applies the 7Ps to {B}.",
    "Table {q} summarises the PESTLE factors for Singapore and Hong Kong.",
    "The author interviewed four branch managers in {pl} for this report.",
    "{B} has a strong presence in {pl} but is almost unknown in {pl2}.",
    "A SWOT analysis of {B} is given in Appendix {q2}.",
    "The recommendations below are costed in Section {q}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one study puts it, {Q} {P}.",
    "{N} argues that {Q}.",
    "{N} put it bluntly: {Q}.",
    "{O}, {Q} {P}.",
    "This is summed up well: {Q} {P}.",
    "In the words of {N}, {Q}.",
    "{Q} {P}, which is exactly the challenge {B} faces.",
]  # fmt: skip
SCARE_QUOTES = ["‘kiasu’", "‘huat’", "‘shiok’", "‘atas’", "“phygital”", "‘face’", "“Gen Z-approved”", "‘heartland’",
                "‘auntie and uncle’", "“lo-hei”", "‘Made in Hong Kong’", "“buy now, pay later”", "‘blur like sotong’"]  # fmt: skip
SCARE_FRAMES = [
    "Marketers now describe this as a {Q} approach {P}.",
    "{B} calls its shoppers {Q} {P}.",
    "The idea of a {Q} customer is now common in local marketing {P}.",
    "{N} describes the mood among {aud} as {Q}.",
    "Ads that feel {Q} tend to trend on Mothership {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Huat ah! Your ang bao of S$8.88 is waiting 🧧’", "‘Last call: GSS deals end at midnight’",
                 "“Your mooncakes are ready for collection”", "‘Selamat Hari Raya: 20% off festive bundles’",
                 "“新年快樂! Double points this weekend only”", "‘11.11 is here: free delivery island-wide’",
                 "“We miss you – here’s HK$50 off your next order”", "‘Deepavali deals just for you’"]  # fmt: skip
SUBJECT_FRAMES = [
    "Subject lines such as {Q} lifted open rates {P}.",
    "{B}'s EDM headed {Q} performed best of the quarter {P}.",
    "A push notification reading {Q} doubled app opens {P}.",
    "{B} sent {Q} to lapsed customers in {pl} {P}.",
]  # fmt: skip

NOT_CITATIONS: dict[str, list[str]] = {
    "sg-act-number": [
        "Under the Personal Data Protection Act 2012 (No. 26 of 2012), {B} must obtain consent before sending marketing messages.",
        "The Personal Data Protection (Amendment) Act 2020 (No. 40 of 2020) introduced higher financial penalties.",
    ],
    "hk-ordinance-cap": [
        "The Personal Data (Privacy) Ordinance (Cap. 486) applies to every direct-marketing list {B} holds in Hong Kong.",
        "Claims about gold purity are covered by the Trade Descriptions Ordinance (Cap. 362), amended in 2012.",
    ],
    "macau-lei": [
        "In Macau, Lei n.º 8/2005 governs how casino membership data may be transferred to Zhuhai.",
        "Macau's consumer law (Lei n.º 9/2021) came into force on 1 January 2022.",
    ],
    "cap-revised-edition": [
        "The Spam Control Act (Cap. 311A) now appears in the 2020 Revised Edition as the Spam Control Act 2007.",
        "The Consumer Protection (Fair Trading) Act 2003 (2020 Rev. Ed.) lists unfair practices in its Second Schedule.",
    ],
    "dnc-registry": [
        "Numbers on the Do Not Call Registry (in force since 2 January 2014) cannot be sent telemarketing SMS.",
        "{B} checks every mobile number against the DNC Registry (valid for 30 days) before a campaign.",
    ],
    "national-day": [
        "Brands fly the flag around National Day (9 August), and {B} launched an SG60 bundle for 2025.",
        "The National Day Parade ({yr}) is sponsored by several local banks.",
    ],
    "lunar-date": [
        "Mooncake sales peak before the 15th day of the eighth lunar month ({day} {automon} {yr}).",
        "Ching Ming (清明, 4 or 5 April) is a sensitive time for any festive promotion.",
    ],
    "zodiac-year": [
        "The Year of the {animal} ({yr}) inspired red-and-gold packaging along Orchard Road.",
        "{B}'s limited-edition tin for the Year of the {animal} ({yr}) sold out in three days.",
    ],
    "festival-date": [
        "Hari Raya Puasa ({day} {mon} {yr}) fell in the same week as the school holidays.",
        "The Tuen Ng Festival (Dragon Boat Festival, 5th day of the 5th lunar month) is a public holiday in Hong Kong and Macau.",
    ],
    "cny-eve": [
        "Reunion dinners on Chinese New Year's Eve (除夕, {day} {cnymon} {yr}) are booked weeks ahead.",
        "Lo hei on the seventh day (人日, renri) is a Singapore tradition restaurants promote heavily.",
    ],
    "shopping-festival": [
        "Sales on 11.11 and 12.12 ({yr}) beat the Great Singapore Sale for the first time.",
        "Golden Week (1–7 October) brings mainland visitors to Cotai and Tsim Sha Tsui.",
    ],
    "handover-date": [
        "Since the handover (1 July 1997), Hong Kong has kept its own data protection regime.",
        "Macau's return to China (20 December 1999) ended four centuries of Portuguese administration.",
    ],
    "covid-period": [
        "During the Circuit Breaker (7 April to 1 June 2020), hawkers moved onto delivery apps.",
        "Hong Kong's fifth wave (early 2022) emptied the malls of Causeway Bay.",
    ],
    "sgd-amount": [
        "The campaign's budget was S${amt} million (FY{yy}), about a tenth of annual marketing spend.",
        "{B} spent SGD {amt} million on the rebrand (FY{yy}).",
    ],
    "hkd-mop-amount": [
        "A Koi Kei gift box costs MOP 168 (HK$163).",
        "Cotai hotel rooms averaged MOP {n2} a night ({mon} {yr}), about the same in HK$.",
    ],
    "exchange-rate": [
        "All figures are converted at S$1 = HK$5.80 ({mon} {yr}).",
        "The pataca is pegged to the Hong Kong dollar (MOP 1.03 = HK$1).",
    ],
    "sgx-ticker": [
        "DBS (SGX: D05), OCBC (SGX: O39) and UOB (SGX: U11) dominate the index.",
        "Sheng Siong (SGX: OV8) has outperformed the STI since {yr}.",
    ],
    "hkex-ticker": [
        "Sa Sa (HKEX: 0178) and Chow Tai Fook (HKEX: 1929) both report in Hong Kong dollars.",
        "Sands China (1928.HK) and Galaxy Entertainment (0027.HK) rely on mass-market gaming.",
    ],
    "uen-number": [
        "The agency is registered as {B} Pte. Ltd. (UEN {uen}).",
        "Every Singapore company shows its UEN (for example, {uen}) on invoices.",
    ],
    "legal-form-est": [
        "Yeo Hiap Seng Limited (est. 1900) is one of Singapore's oldest food companies.",
        "Chow Tai Fook (founded 1929) and Lee Kum Kee (since 1888) both market their heritage.",
    ],
    "sdn-bhd": [
        "Its Malaysian arm, {B} (M) Sdn. Bhd. (registered 2011), handles sales in Johor Bahru.",
        "The Kuala Lumpur office trades as {B} Malaysia Sdn Bhd (200901012345).",
    ],
    "lifespan": [
        "Lee Kuan Yew (1923–2015) championed the Speak Mandarin Campaign.",
        "Sir Run Run Shaw (1907–2014) built TVB into Hong Kong's dominant broadcaster.",
    ],
    "celebrity-year": [
        "{B} signed {celeb} as its ambassador in {yr}.",
        "Canto-pop star Eason Chan (b. 1974) fronted the campaign in {yr}.",
    ],
    "boy-band": [
        "Hong Kong boy band MIRROR (formed 2018) moved more product than any KOL.",
        "The brand's collaboration with ERROR ({yr}) trended on HK01 for a week.",
    ],
    "drama-film": [
        "Product placement in the TVB drama 'Big White Duel' (2019) raised awareness of the clinic chain.",
        "Crazy Rich Asians (2018) put Singapore's hawker food in front of a global audience.",
    ],
    "song-credit": [
        "The National Day song 'Home' (music and lyrics by Dick Lee, 1998) still moves audiences.",
        "The jingle borrows from 'Below the Lion Rock' (獅子山下, 1979).",
    ],
    "award": [
        "The campaign won Gold at the Marketing Excellence Awards {yr} in Singapore.",
        "{B} took a Bronze at Spikes Asia {yr} and a Silver at the Effie Awards Greater China {yr2}.",
    ],
    "ranking": [
        "Singapore Airlines was named World's Best Airline (Skytrax World Airline Awards {yr}).",
        "Changi came first again in the World Airport Awards ({yr} edition).",
    ],
    "transit-line": [
        "The Thomson–East Coast Line (Stage 4, opened {yr}) brought new footfall to the east.",
        "The MTR Tuen Ma Line (fully opened 27 June 2021) changed commuting patterns in the New Territories.",
    ],
    "sg-address": [
        "The flagship is at 391 Orchard Road, Singapore {post}.",
        "The pop-up ran at Blk {blk} Tampines Street 11, {unit}, Singapore {post}.",
    ],
    "hk-address": [
        "The store is at Shop G12, Times Square, 1 Matheson Street, Causeway Bay.",
        "The new branch opened at 18/F, Tower 2, The Gateway, Harbour City, Tsim Sha Tsui.",
    ],
    "phone-number": [
        "Customers can call the hotline on +65 {tel} (9 am to 6 pm).",
        "The Hong Kong enquiry line is (852) {hktel}.",
    ],
    "sms-shortcode": [
        "Subscribers text STOP to 74688 to opt out (as the Spam Control Act requires).",
        "Dial *#{q}{q2}# on a SmarTone phone to check the data balance.",
    ],
    "product-model": [
        "The Razer Blade 16 (2024 model) was launched with a live stream from One-North.",
        "{B} bundled the iPhone 15 Pro (256 GB) with its 5G plan.",
    ],
    "telco-plan": [
        "The '5G Priority+' plan costs S${plan} a month (24-month contract).",
        "{B}'s SIM-only plan (100 GB, HK$198/month) targets students.",
    ],
    "own-survey": [
        "A quick poll of classmates (n = {n}, conducted {day} {mon} {yr}) gave similar results.",
        "The author's own survey of shoppers in {pl} (n = {n2}) is in Appendix {q2}.",
    ],
    "figure-table": [
        "The customer journey is mapped in the diagram below (Figure {q}; see also Appendix {q2}).",
        "Market shares are compared in Table {q} (figures for {yr}).",
    ],
    "fiscal-year": [
        "Revenue rose by {pct}% in FY{yy}/{yy2} (year ended 31 March).",
        "Net profit fell in 2H{yr} (second half) but recovered in 1H{yr2}.",
    ],
    "yoy-change": [
        "Visitor arrivals to Macau rose sharply (+{pct}% y-o-y, {mon} {yr}).",
        "Online sales grew strongly (up {pct}% on {yr}).",
    ],
    "gst-rate": [
        "GST rose to 9% (1 January 2024), so many retailers absorbed the increase.",
        "The GST Voucher (S${k} in {yr}) softened the blow for lower-income households.",
    ],
    "census-name": [
        "Hong Kong's 2021 Population Census counted 7.4 million residents.",
        "The Census of Population 2020 showed that English is now the most spoken language at home.",
    ],
    "chinese-gloss": [
        "The idea of face (面子, mianzi) explains much of the gift market.",
        "Shoppers who are kiasu (怕輸, afraid to lose) queue for limited editions.",
    ],
    "malay-gloss": [
        "Families balik kampung (return to their home town) across the Causeway at Hari Raya.",
        "Brands now print duit raya (festive money) envelopes alongside red packets.",
    ],
    "hashtag": [
        "The hashtag #GSS{yr} reached over {k},000 posts.",
        "{B}'s #HuatAh{yr} challenge ran on TikTok for three weeks.",
    ],
    "course-code": [
        "This report answers Task 1 of the CIM Level 7 brief (module 2206, {mon} {yr} sitting).",
        "The MBA module (MKT5{q}0{q2}, Semester {q}, AY{yr}/{yy2}) asked for a 3,000-word plan.",
    ],
    "campaign-slogan": [
        "DBS's 'Live more, Bank less' positioning (launched 2017) is still in use.",
        "Singapore Airlines' 'Singapore Girl' (introduced 1972) remains a powerful icon.",
    ],
    "app-version": [
        "The PayLah! app (version {ver}, released {mon} {yr}) added QR payments at hawker stalls.",
        "{B}'s app update (v{ver}) brought back the dark mode users had asked for.",
    ],
    "store-count": [
        "FairPrice runs more than 160 supermarkets (as at 31 March {yr}).",
        "{B} has {n} outlets across Hong Kong, Kowloon and the New Territories (at 30 June {yr}).",
    ],
    "casino-concession": [
        "Sands China's new gaming concession (2023–2032) requires more non-gaming investment.",
        "The six concessionaires signed their contracts on 16 December 2022.",
    ],
    "flight-number": [
        "The flagship route, SQ 318 (Changi–Heathrow), uses the A380.",
        "Cathay's CX 888 (Hong Kong–Vancouver) is popular with the diaspora.",
    ],
    "voucher-scheme": [
        "The CDC Vouchers (S$500 per household, {yr}) were spent mostly at heartland shops.",
        "Hong Kong's Consumption Voucher Scheme (HK$10,000 in 2022) boosted Octopus top-ups.",
    ],
    "weight-size": [
        "A 500 g box of bak kwa (S${k} before Chinese New Year) is a typical gift.",
        "The 250 ml Vitasoy pack (six-pack HK$32) is the best seller.",
    ],
    "chinese-year-name": [
        "The packaging was dated 癸卯年 (2023) in the traditional way.",
        "Prosperity greetings such as 恭喜發財 (gong hei fat choy) appear on every ad in January.",
    ],
    "industry-code": [
        "The firm is classified under SSIC 47191 (supermarkets and hypermarkets).",
        "Bird's nest exports fall under HS code 0410.90.",
    ],
}  # fmt: skip
