"""The blind159 pool's prose (HELD OUT): how marketers in Thailand and its diaspora write CIM reports in English.

A hundred-and-fifty-ninth independent pool, written without reading the checker, its tests or any other pool, and
HELD OUT: nobody tunes the checker on it until its first tables have been read. The writers are marketers at Thai
banks and fintechs (Kasikornbank, SCB, Bangkok Bank, Krungthai, Krungsri, TrueMoney, Rabbit LINE Pay), telecoms
(AIS, True, NT), conglomerates and retailers (CP Group, Central, The Mall, 7-Eleven/CP ALL, Big C, Lotus's, Makro),
food and drink makers (ThaiBev, Singha, Osotspa, Carabao, Ichitan, CPF, Mama), airlines, the TAT, the media and
agencies in Bangkok, Chiang Mai, Phuket, Pattaya, Khon Kaen, Hat Yai, Korat and Udon Thani, and in the diaspora in
Los Angeles, London, Sydney, Singapore and Tokyo. Their text is full of brackets and years that cite nothing:
Buddhist Era years beside Common Era ones ("B.E. 2567 (2024)"), Acts and royal decrees numbered by the B.E., baht as
฿, THB and Bt in millions and billions, the BOT, NBTC, OCPB, NSO, SEC and PDPC with their notifications, Songkran,
Loy Krathong, Chinese New Year in Yaowarat, 11.11 and 12.12, nicknames and Khun, royal titles, monks, PCL and
Co., Ltd. in brackets with years, tickers on the SET, campaigns, awards, products and places.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argue that {C}, which is highly relevant to {B}.",
    "{N} points out that {C}.",
    "{N} highlighted that, in the Thai context, {C}.",
    "{N} revealed that {C}.",
    "{N} mentioned that {C}, especially in Bangkok and the big upcountry cities.",
    "{N} concluded that {C}.",
    "{N} stated that {C}.",
    "{N} suggests that {C}, and this can be applied to {B}.",
    "{N} emphasised that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.",
    "{O}, {N} found that {C}.",
    "As stated by {N}, {C}.",
    "This is in line with {N}, who found that {C}.",
    "{C}, as {N} explained.",
    "For {B}, the study of {N} shows that {C}.",
    "In the Thai market, {N} observed that {C}.",
    "Similar to the findings of {N}, {C}.",
    "{O}, research by {N} confirms that {C}.",
    "Based on {N}, {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study shows that {C}.",
    "{O}, {N} framework helps explain why {C}.",
    "{N} survey of Bangkok consumers found that {C}.",
    "Using {N} model, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "It is generally accepted that {C} {P}.",
    "In Thailand, {C} {P}.",
    "Studies in Southeast Asia show that {C} {P}.",
    "{B} should note that {C} {P}.",
    "Many Thai consumers believe that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, while {C2}.",
    "{C} {P}; however, {C2}.",
    "{C} {P}, so {C2}.",
    "Although {C} {P}, {C2}.",
    "{C} {P} and, at the same time, {C2}.",
]  # fmt: skip
CLAIMS = [
    "{B} can use LINE Official Account to build closer relationships with {A}",
    "Thai consumers trust recommendations from KOLs more than traditional advertising",
    "mobile banking has become the main channel for {A} in Thailand",
    "QR payment through PromptPay has made cash less important even at street food stalls",
    "{T} increases {R} among {A}",
    "loyalty points are a key reason why {A} keep shopping at convenience stores",
    "brand trust is built through word of mouth in Thai culture",
    "price promotions during 11.11 and 12.12 shift sales rather than create new demand",
    "Songkran and New Year campaigns are the most important sales periods for {B}",
    "Generation Z in Bangkok expects brands to respond on social media within the same day",
    "upcountry consumers are more price sensitive than those in Bangkok",
    "the PDPA has made marketers more careful with customer data",
    "celebrity endorsement still drives purchase intention for energy drinks",
    "Thai tourists and foreign visitors respond differently to destination advertising",
    "{B} could {bs} to win {A}",
    "live commerce on TikTok and Shopee is growing faster than traditional e-commerce",
    "sustainability messages work best when they connect to Thai values such as kreng jai and community",
    "super apps make it harder for smaller brands to reach {A}",
]  # fmt: skip
OPENERS = [
    "In the Thai context",
    "For this reason",
    "Moreover",
    "In addition",
    "Furthermore",
    "From the marketing point of view",
    "After the COVID-19 situation",
    "In terms of customer experience",
    "On the other hand",
    "As a result",
]  # fmt: skip
PLAIN = [
    "This section analyses the marketing environment of {B} in Thailand.",
    "The next part explains the recommendations for {B}.",
    "Table {q} summarises the key points of the PESTEL analysis.",
    "The author has worked in the marketing team of {B} for {q} years.",
    "Customer insight was collected from interviews with {n} customers in Bangkok and Chiang Mai.",
    "The recommendations are prioritised by cost and speed of implementation.",
    "Please see Appendix {q} for the full customer journey map.",
    "Khun {nick}, the brand manager, kindly gave permission to use internal data.",
]  # fmt: skip
SCARE_QUOTES = [
    "“sanuk”",
    "“kreng jai”",
    "‘same same but different’",
    "“Amazing Thailand”",
    "‘mai pen rai’",
    "“phygital”",
    "'soft power'",
    "“Thai-ness”",
]  # fmt: skip
SCARE_FRAMES = [
    "Many Thai brands build campaigns around {Q} {P}.",
    "{B} describes its approach as {Q} {P}.",
    "The idea of {Q} is often used to explain Thai consumers {P}.",
    "Marketers in Bangkok talk about {Q} all the time {P}.",
]  # fmt: skip
SUBJECT_LINES = [
    "“Songkran splash sale: up to 50% cashback”",
    "‘12.12 only! Free delivery all day’",
    "“Khun {nick}, your points are about to expire”",
    "“Loy Krathong special: buy 1 get 1”",
    "‘Happy Chinese New Year from {B}’",
    "\"Your K PLUS bill is ready\"",
]  # fmt: skip
SUBJECT_FRAMES = [
    "The LINE message {Q} had the highest open rate {P}.",
    "{B} pushed the notification {Q} to lapsed members {P}.",
    "An email with the subject {Q} doubled click-throughs {P}.",
    "The headline {Q} was tested against a plain version {P}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As one author says, {Q} {P}.",
    "It is stated that {Q} {P}.",
    "{N} wrote that {Q}.",
    "{N} explains that {Q}.",
    "Marketing in Thailand is described this way: {Q} {P}.",
]  # fmt: skip

BRANDS = ["Kasikornbank", "KBank", "K PLUS", "SCB", "SCB EASY", "Bangkok Bank", "Krungthai", "Paotang", "Krungsri",
          "TrueMoney", "Rabbit LINE Pay", "AIS", "True", "NT", "CP Group", "Central", "The Mall", "7-Eleven",
          "CP ALL", "Big C", "Lotus's", "Makro", "Thai Beverage", "Chang", "Singha", "Leo", "M-150", "Carabao Dang",
          "Ichitan", "CPF", "Mama", "Thai Airways", "Bangkok Airways", "Thai AirAsia", "Nok Air", "Workpoint",
          "Channel 3", "Thai PBS", "Central World", "Siam Paragon", "ICONSIAM", "Grab", "LINE MAN", "Shopee",
          "Lazada", "After You", "Cafe Amazon", "Tao Kae Noi", "Srichand", "Mistine", "Bar B Q Plaza", "MK Suki"]  # fmt: skip

_BE_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]  # fmt: skip

NOT_CITATIONS = {
    "buddhist-era-year": ["The campaign ran in B.E. {BE} ({TY}) across all branches.", "Sales in {BE} (B.E.) were the highest in five years."],
    "be-ce-pair": ["The fiscal year {BE}/{TY} budget was cut by {pct}%.", "Figures are for the year B.E. {BE} (C.E. {TY})."],
    "thai-law-be": ["The Personal Data Protection Act, B.E. 2562 (2019) changed how {B} collects consent.", "The Computer Crime Act (No. 2), B.E. 2560 (2017) also applies to fake reviews."],
    "royal-decree": ["The Royal Decree on Digital Platform Services, B.E. 2565 (2022) requires platforms to notify ETDA.", "Under the royal decree (B.E. 2565) platforms must register with ETDA."],
    "regulator-notification": ["The BOT notification (SorNorSor. {q}/{TY}) limits credit card promotions.", "The OCPB announcement (No. {q}, {TY}) covers online advertising claims."],
    "regulator-acronym-year": ["{B} followed the NBTC rule on SIM registration (effective {d} {mon} {TY}).", "The PDPC grace period ended (PDPA, 1 June 2022) with no fines."],
    "baht-symbol": ["Marketing spend rose to ฿{amt} million ({TY}).", "The flagship store cost ฿{amt}m to refit ({TY} prices)."],
    "thb-amount": ["Revenue reached THB {amt} billion in {TY} (THB {amt2} billion in {TY0}).", "{B} targets THB {amt} million ({pct}% growth)."],
    "bt-amount": ["The Bt{amt} billion budget ({TY}) was approved in March.", "Tickets start at Bt{amt2} (including VAT 7%)."],
    "songkran": ["Sales peaked during Songkran ({d}–15 April {TY}).", "The Songkran festival (13 April) is the Thai New Year."],
    "loy-krathong": ["Loy Krathong ({d} November {TY}) is a key night for restaurants by the river.", "{B} sold eco-krathong (Loy Krathong {TY}) made from bread."],
    "chinese-new-year": ["Chinese New Year in Yaowarat ({TY}) drew huge crowds.", "Gold shops on Yaowarat Road (Chinatown) sell out before Chinese New Year."],
    "double-date-sale": ["The 11.11 sale ({TY}) beat the 12.12 sale by {pct}%.", "{B} joined the 9.9 and 10.10 campaigns ({TY})."],
    "thai-date-format": ["The store opened on {d}/{mm}/{BE} (Thai date).", "Data were collected between 1/6/{BE} and 30/6/{BE}."],
    "ticker": ["Shares of CP ALL (SET: CPALL) rose {pct}% in {TY}.", "Kasikornbank (SET: KBANK) and SCB X (SET: SCB) dominate mobile banking."],
    "pcl-year": ["Thai Beverage PCL (founded 2003) owns Chang.", "Osotspa Public Company Limited (est. 1891) makes M-150."],
    "co-ltd-bracket": ["Boon Rawd Brewery Co., Ltd. (Singha Corporation) was founded in 1933.", "The agency (Bangkok office, {TY}) works for {B}."],
    "nickname": ["Khun Ploy (Marketing Manager, {B}) explained the plan in an interview.", "My colleague Toon (Sasin MBA {TY}) ran the survey."],
    "royal-title": ["M.R. Kukrit Pramoj (1911–1995) founded Siam Rath newspaper.", "Khunying {given} (Chair, {TY}) opened the new branch."],
    "monk": ["Phra Maha {given} (abbot of a Chiang Mai temple) blessed the new store in {TY}.", "A famous monk (Luang Pho Koon, 1923–2015) is still used on amulet advertising."],
    "founder-lifespan": ["Chaleo Yoovidhya (1923–2012) created Krating Daeng.", "Chin Sophonpanich (1910–1988) founded Bangkok Bank."],
    "award": ["The campaign won a Gold at Adman Awards ({TY}).", "{B} received the Thailand Trust Mark (T Mark {TY})."],
    "cannes-lion": ["Thai Life Insurance films won many Cannes Lions (2014, 2015).", "The ad won a Silver Lion (Cannes {TY}) for Film Craft."],
    "product-model": ["The AIS 5G Home Broadband (1 Gbps) package costs ฿{amt2} a month.", "The Toyota Hilux Revo ({TY} model) is the best-selling pickup."],
    "flight-route": ["Thai AirAsia flight FD{n} (Bangkok–Phuket) was full every day.", "Thai Airways TG{n} (Bangkok–London) resumed in {TY}."],
    "place-bracket": ["The pop-up ran at ICONSIAM (Khlong San, Bangkok) in {TY}.", "Central Festival Hat Yai (Songkhla) reopened in {TY}."],
    "province-code": ["The survey covered Khon Kaen (KKC) and Udon Thani (UTH) airports.", "Nakhon Ratchasima (Korat) has over {n} convenience stores."],
    "postcode-address": ["Head office: 1 Silom Road, Bang Rak, Bangkok 10500 (Tel. 02 {n} 8888).", "The store is at 99/9 Moo 4, Chalong, Phuket 83130."],
    "phone-hotline": ["Customers can call the hotline (1{n}) for support.", "The OCPB hotline (1166) receives many online shopping complaints."],
    "tv-show": ["The Mask Singer (Workpoint, {TY}) was the most watched show.", "Channel 3's lakorn (soap opera, {TY}) had product placement for {B}."],
    "bl-series": ["The BL series 2gether (GMMTV, 2020) made Bright and Win famous.", "KinnPorsche (Be On Cloud, 2022) brought fans to Thailand."],
    "tpop-artist": ["Lisa (BLACKPINK) became an ambassador for {B} in {TY}.", "The T-pop group 4EVE ({TY} debut) promoted the drink."],
    "sport-event": ["The Thailand MotoGP (Buriram, {TY}) attracted sponsors.", "Muay Thai at Rajadamnern Stadium (since 1945) is a tourist attraction."],
    "survey-sample": ["A total of {n} respondents answered the questionnaire (Likert scale 1–5).", "The sample (n = {n}) was collected in Bangkok, Pattaya and Khon Kaen."],
    "statistics": ["The model fitted well (Cronbach's alpha = 0.8{q}).", "The relationship was significant (p < 0.05, r = 0.{n})."],
    "figure-table": ["Market share is shown in Figure {q} ({TY} data).", "Table {q} (Source: {B} internal data, {TY}) shows sales by region."],
    "quarter-result": ["Sales fell in Q{q}/{TY} but recovered in Q4.", "Net profit rose {pct}% (9M{TY})."],
    "percent-bracket": ["Most customers use mobile banking ({pct}%).", "Online sales were small ({pct}% of total in {TY})."],
    "exchange-rate": ["The baht weakened to 36.{q} per US dollar ({TY}).", "Prices were converted at THB 45 = GBP 1 ({TY} rate)."],
    "vat-tax": ["The price includes VAT (7%) and service charge (10%).", "The sugar tax (phase {q}, {TY}) raised the price of soft drinks."],
    "covid-period": ["Tourist arrivals fell during the COVID-19 lockdown ({TY0}–{TY}).", "The Phuket Sandbox (July 2021) reopened the island."],
    "government-scheme": ["The Khon La Khrueng scheme (Half-Half, 2020) increased QR payments.", "The Digital Wallet (฿10,000, {TY}) boosted spending."],
    "campaign-slogan": ["The TAT slogan Amazing Thailand (since 1998) is still used.", "{B} launched the Thai Tiew Thai campaign ({TY})."],
    "university-programme": ["I studied at Sasin (EMBA {TY}) before joining {B}.", "The course (Chulalongkorn, MMM {TY}) included a brand project."],
    "diaspora-place": ["Thai Town in Los Angeles (Hollywood, since 1999) hosts a Songkran festival.", "Thai restaurants in Sydney (Haymarket, {TY}) use LINE for orders."],
    "diaspora-count": ["About {n},000 Thais live in the UK (mostly in London, {TY}).", "The Thai community in Singapore (Golden Mile Complex) is well known."],
    "app-version": ["K PLUS (version {q}.{n}) added a new loan feature.", "The LINE app (v{q}.{d}) introduced LINE Shopping in {TY}."],
    "handle-hashtag": ["The hashtag #Songkran{TY} trended on X (Twitter).", "Our account @{nick}official (TikTok) has {n}k followers."],
    "standard-certification": ["The products are certified (ISO 14001:2015).", "The factory holds halal status (CICOT, {TY})."],
    "company-registration": ["The company is registered (Reg. No. 0107{n}000{q}) with the DBD.", "The licence (TAT License No. 11/{n}) allows tour sales."],
    "election-politics": ["Spending slowed before the general election (14 May 2023).", "Consumer confidence fell after the coup (2014)."],
    "lottery-number": ["The Thai lottery (1st and 16th of each month) drives store traffic.", "Ticket number {n}{n} won the first prize (1 {mon} {TY})."],
    "world-ranking": ["Bangkok was again the most visited city in the world in {TY} (over 22 million international visitors).", "Thailand is ranked No. {q} in Asia for medical tourism (by visitor numbers, {TY})."],
}  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use: Buddhist Era years beside Common Era ones, baht and nicknames."""
    year = rng.randint(2015, 2025)
    return {
        "TY": str(year), "BE": str(year + 543), "TY0": str(year - 1),
        "amt": str(rng.choice([rng.randint(2, 999), round(rng.uniform(1, 99), 1)])), "amt2": f"{rng.randint(1, 99):,}",
        "pct": str(rng.randint(3, 68)), "mm": f"{rng.randint(1, 12):02d}",
        "nick": rng.choice(["Ploy", "Bee", "Toon", "Nok", "Pim", "Boss", "Mint", "Ton", "Fon", "Golf", "Beam", "Aom"]),
        "given": rng.choice(["Sasithorn", "Kanokwan", "Porntip", "Chadatip", "Supatra", "Nattaya"]),
        "mon": rng.choice(["March", "June", "September", "December"]),
    }  # fmt: skip
