"""The blind107 pool's prose (HELD OUT): how marketers in Thailand, Laos and Cambodia write CIM Level 6 and 7 reports
and MBA assignments in English on the CIM 2206 brief.

Written without reading the checker, its tests or any other pool. The writers are brand, trade, CRM, digital and
communications marketers at banks, telecoms, convenience and department-store chains, FMCG and beverage makers,
property developers, hotels, airlines and agencies in Bangkok, Chiang Mai, Phuket, Khon Kaen, Vientiane and Phnom
Penh. They cite at the start, middle and end of sentences, name colleagues by nickname with "Khun", give Buddhist
Era years beside Common Era ones, write baht, kip and riel figures, SET tickers, Thai laws under their B.E. year, SEC
and Bank of Thailand notifications with their numbers, festival calendars (Songkran, Loy Krathong, Pchum Ben, Boun
That Luang), and quote slogans and subject lines in curly or straight marks. The decoys are text of that kind which
looks like a citation but is none. HELD OUT: never tune the checker on this pool; report its tables, never its misses.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["7-Eleven", "CP ALL", "Central Department Store", "Robinson", "Big C", "Lotus's", "Makro", "Tops",
          "FamilyMart", "Siam Paragon", "ICONSIAM", "The Mall", "Kasikornbank", "KBank", "SCB", "Krungsri",
          "Bangkok Bank", "AIS", "True", "dtac", "Chang", "Singha", "Leo", "Beerlao", "Cambodia Beer", "Osotspa",
          "M-150", "Carabao", "Oishi", "Ichitan", "Mama", "Lactasoy", "Dutch Mill", "Sansiri", "AP Thailand",
          "Pruksa", "Ananda", "Dusit Thani", "Minor Hotels", "Centara", "Thai Airways", "Thai AirAsia", "Bangkok Airways",
          "Nok Air", "Lao Airlines", "Cambodia Angkor Air", "LINE MAN Wongnai", "Grab", "Foodpanda", "Shopee",
          "Lazada", "ABA Bank", "ACLEDA", "BCEL", "Smart Axiata", "Cellcard", "Unitel", "After You", "Jim Thompson",
          "Café Amazon", "Tao Kae Noi", "S&P", "MK Restaurants", "Bar B Q Plaza", "Boots Thailand", "Watsons"]  # fmt: skip

NARRATIVE_START = [
    "{N} argued that {C}.", "{N} found that {C}, which fits what we see at {B}.", "{N} points out that {C}.",
    "{N} concluded that {C}, at least in Bangkok and the big provincial cities.", "{N} noted that {C}.",
    "{N} suggests that {C}; Khun {NICK} in our trade team says the same.", "{N} reported that {C} across the Mekong region.",
    "{N} explained that {C}, especially among {A}.", "{N} showed that {C}, although their sample was mostly from Bangkok.",
    "{N} also highlighted that {C}.", "{N} claim that {C}.", "{N} observed that, after COVID-19, {C}.",
    "{N} warned that {C} unless the brand adapts to Thai culture.", "{N} argue that {C} and that {C2}.",
    "{N} studied {T} in Thailand and found that {C}.", "{N} makes the case that {C} – something {B} has not tested yet.",
    "{N} emphasise that {C}.", "{N} identified that {C} (for example through LINE OA broadcasts).",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.", "{O}, {N} found that {C}.", "This is in line with {N}, who found that {C}.",
    "{C}, as {N} pointed out.", "{C} – a view supported by {N}.", "As {N} explain, {C}.",
    "In a study of Thai consumers, {N} found that {C}.", "Research by {N} in Khon Kaen suggests that {C}.",
    "A survey conducted by {N} shows that {C}.", "{B} is a good case here: {N} showed that {C}.",
    "Data from {N} indicate that {C}.", "{C}; however, {N} found the opposite among {A}.",
    "In Cambodia, too, {N} found that {C}.", "{C}, according to {N}.", "For {B}, the lesson from {N} is that {C}.",
    "When {B} launched its Songkran campaign it seemed to follow {N}: {C}.", "It can be argued, following {N}, that {C}.",
    "Evidence from {N} suggests that, in Vientiane as in Bangkok, {C}.", "In her MBA thesis, {N} found that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study shows that {C}.", "Using {N} framework, it is clear that {C}.", "{O}, {N} report found that {C}.",
    "{B} could apply {N} model, because {C}.", "{N} findings matter here since {C}.",
    "This reflects {N} argument that {C}.", "According to {N} survey, {C}.", "{N} data show that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Research shows that {C} {P}.", "{B} is no exception, since {C} {P}.",
    "For {A}, {C} {P}.", "This is important because {C} {P}.", "In Thailand, {C} {P}.", "{C}, especially on mobile {P}.",
    "It is often said that {C} {P:see}.", "Several studies report that {C} {P:e.g.}.", "{C} (see Figure {q}) {P}.",
    "{B}'s results suggest {C} {P}.", "In short, {C} {P}.", "{C}, which is why {B} invests in {T} {P}.",
    "Recent Thai data confirm this: {C} {P}.", "A key point for {B} is that {C} {P}.", "{C}. {P}",
    "In Laos and Cambodia, {C} {P}.", "Put simply, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, although {C2}.", "{C} {P}; even so, {C2}.", "{C} {P}, while {C2}.",
    "{O}, {C} {P}, but {C2}.", "Because {C} {P}, {C2}.", "{C} {P} – and in Phnom Penh {C2}.",
]  # fmt: skip
CLAIMS = [
    "Thai consumers trust recommendations from friends on LINE more than brand posts",
    "{T} raises {R} among {A}", "{A} reward brands that show kreng jai and respect", "{B} relies on {T} more than its rivals do",
    "price promotions around payday and 11.11 train shoppers to wait for discounts", "{T} works best when tied to merit-making and festivals",
    "provincial shoppers respond to local celebrities more than to Bangkok influencers", "loyalty points matter more than cashback to {A}",
    "brand trust in Thailand is built face to face before it moves online", "{A} in Vientiane follow Thai media and Thai brands closely",
    "KHQR and PromptPay have made mobile payment the default for {A}", "{B} could use {T} to win {A}",
    "green claims need proof under Thai consumer law", "the return on {T} falls as budgets grow",
    "convenience stores act as a media channel as well as a shop", "{A} expect brands to protect their data under the PDPA",
    "cute mascots and humour travel well across Thai, Lao and Khmer audiences", "firms that personalise by province see stronger {R}",
    "department stores keep {A} by turning malls into events", "{T} lowers the cost of reaching {A} outside Bangkok",
]  # fmt: skip
OPENERS = ["However", "In practice", "For {B}", "Similarly", "At the same time", "By contrast", "In the case of {B}",
           "More recently", "Even so", "In the Thai market", "After the pandemic", "Outside Bangkok",
           "In Phnom Penh", "In Vientiane", "During Songkran"]  # fmt: skip
PLAIN = [
    "{B} sells through its own app, LINE OA, Shopee and Lazada.", "The campaign ran for six weeks before Songkran.",
    "{B} has more than {n} branches in Bangkok and the provinces.", "Our team in Chiang Mai tested the new menu first.",
    "{O}, {C}.", "Khun {NICK}, our CRM manager, shared the dashboard with the agency.",
    "The brief asks for a plan for the next financial year.", "Most of {B}'s customers pay with PromptPay or a card.",
    "Stakeholders include franchisees, distributors and the head office in Bangkok.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "One author puts it simply: {Q} {P}.", "{N} write that {Q}.", "As {N} put it, {Q}.",
    "It has been argued that {Q} {P}.", "The point is made clearly: {Q} {P}, and {B} should take note.",
    "{Q} {P}; this report agrees.", "{N} state: {Q}.",
]  # fmt: skip
SCARE_QUOTES = ["‘sanuk’", "‘kreng jai’", "‘mai pen rai’", "'phygital'", "“O2O”", "'sabai sabai'", "‘Thainess’",
                "\"soft power\"", "‘nong’", "“same same but different”", "‘jai yen yen’", "'bo pen nyang'"]  # fmt: skip
SCARE_FRAMES = [
    "Thai marketers speak of {Q} in every brief {P}.", "{B} builds its tone of voice on {Q} {P}.",
    "The idea of {Q} shapes how staff treat customers {P}.", "{N} describe this as {Q}.",
    "Customers expect a sense of {Q} from service staff {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Songkran Splash Sale: up to 50% off’", "“Your K Point is about to expire”", "'Loy Krathong treats just for you'",
                 "“สวัสดีปีใหม่ – Happy New Year from {B}”", "‘11.11 flash deals start at midnight’", "\"Free delivery in Bangkok today only\"",
                 "‘Pchum Ben: our branches’ opening hours’", "“Double points this weekend only”"]  # fmt: skip
SUBJECT_FRAMES = [
    "The subject line {Q} had the best open rate {P}.", "{B} sent {Q} to lapsed members {P}.",
    "An email headed {Q} doubled clicks {P}.", "The LINE broadcast {Q} reached most followers within an hour {P}.",
]  # fmt: skip

_NICKS = ["Ploy", "Nok", "Fah", "Bee", "Ton", "Golf", "Beam", "Mint", "Gift", "Pim", "Bank", "Boss", "Aom", "Nan", "Joy", "Tarn"]  # fmt: skip
_PEOPLE = ["Lisa Manobal", "Bright Vachirawit", "Mario Maurer", "Nadech Kugimiya", "Yaya Urassaya", "Win Metawin",
           "Baifern Pimchanok", "Tony Jaa", "Buakaw Banchamek", "Sophia Kao"]  # fmt: skip
_CITIES = ["Bangkok", "Chiang Mai", "Phuket", "Khon Kaen", "Hat Yai", "Udon Thani", "Pattaya", "Vientiane",
           "Luang Prabang", "Phnom Penh", "Siem Reap", "Sihanoukville"]  # fmt: skip
_TICKERS = ["CPALL", "CRC", "KBANK", "SCB", "BBL", "ADVANC", "TRUE", "OSP", "MINT", "AOT", "BEM", "CPN", "HMPRO",
            "SIRI", "AP", "LH", "CBG", "BJC", "TU", "CPF"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values for this pool's frames: Buddhist Era years beside Common Era ones, money, tickers and names."""
    ce = rng.randint(2015, 2025)
    return {
        "CE": str(ce), "BE": str(ce + 543), "CE2": str(ce + 1), "BE2": str(ce + 544),
        "baht": f"{rng.randint(2, 950)}.{rng.randint(1, 9)}", "kip": f"{rng.randint(1, 90)},{rng.randint(100, 999)}",
        "riel": f"{rng.randint(1, 40)},{rng.randint(0, 9)}00", "usd": str(rng.randint(2, 900)),
        "pct": str(rng.randint(3, 68)), "TICK": rng.choice(_TICKERS), "CITY": rng.choice(_CITIES),
        "NICK": rng.choice(_NICKS), "STAR": rng.choice(_PEOPLE), "day": str(rng.randint(1, 28)),
        "n2": str(rng.randint(1000, 9999)), "no": str(rng.randint(1, 60)),
    }  # fmt: skip


NOT_CITATIONS = {
    "th-be-beside-ce": ["Sales peaked in B.E. {BE} ({CE}) after the relaunch.", "The store opened in {CE} (B.E. {BE}).",
                        "The budget for fiscal year {BE} was cut by {pct}%."],
    "th-be-slash-ce": ["Footfall recovered in {BE}/{CE}.", "The loyalty scheme ran from {CE}/{BE} onwards."],
    "th-pdpa-be": ["Consent forms were rewritten for the PDPA (B.E. 2562).", "Since the PDPA took full effect (1 June 2022), {B} asks before it sends offers."],
    "th-act-be-ce": ["Advertising claims fall under the Consumer Protection Act B.E. 2522 (1979).",
                     "Alcohol posts are limited by the Alcoholic Beverage Control Act B.E. 2551 (2008), section 32."],
    "th-sec-notification": ["Listed firms report ESG data under SEC Notification TorJor. 44/2556.",
                            "The prospectus followed SEC Notification No. KorChor. {no}/2565."],
    "th-bot-notification": ["Digital lending is governed by BOT Notification No. SorNorSor. {no}/2566 (2023).",
                            "The Bank of Thailand's rules on responsible lending (December 2023) changed credit-card promotions."],
    "th-set-ticker": ["{B} is listed on the SET (ticker: {TICK}).", "Its parent (SET: {TICK}) reported revenue of ฿{baht} billion in {CE}."],
    "th-baht-figure": ["Spend rose sharply (฿{baht} million in {CE}).", "The average basket was THB {n} ({CE})."],
    "la-kip-figure": ["Beer prices in Vientiane rose (LAK {kip} per case, {CE}).", "Inflation pushed wages to {kip} kip a month ({CE})."],
    "kh-riel-figure": ["A tuk-tuk ride costs about KHR {riel} (US${usd}, {CE}).", "Prices were shown in riel (៛{riel}) and dollars."],
    "fx-rate": ["All figures are converted at THB 35.6 = USD 1 ({CE} average).", "The kip fell to 21,000 per dollar (December {CE})."],
    "th-songkran-dates": ["The splash sale ran over Songkran (13–15 April {CE}).", "Songkran {CE} (B.E. {BE}) brought record footfall."],
    "th-loy-krathong": ["Loy Krathong ({day} November {CE}) is a key date for hotels in Chiang Mai.", "Yi Peng and Loy Krathong ({CE}) filled every room in {CITY}."],
    "kh-pchum-ben": ["Branches closed for Pchum Ben ({CE}).", "Khmer New Year (14–16 April) and Pchum Ben (September/October) shape the calendar."],
    "la-boun-that-luang": ["Boun That Luang (November {CE}) is the busiest week in Vientiane.", "Lao New Year (Pi Mai, April {CE}) is when Beerlao spends most."],
    "th-buddhist-holiday": ["Makha Bucha ({CE}) is an alcohol-free day, so Chang paused its ads.", "Sales dipped around Asahna Bucha and Khao Phansa (July {CE})."],
    "khun-nickname": ["Khun {NICK} (Brand Manager, {CE}) approved the plan.", "Our head of trade, Khun {NICK} (since {CE}), agreed."],
    "celebrity-year": ["The brand ambassador, {STAR} ({CE} campaign), drove most of the reach.", "{STAR}'s post ({day} March {CE}) had millions of likes."],
    "royal-lineage": ["The founder, M.R. Chalermchai (1954–2019), set up the first store.", "The project is run by Khun Ying Siriwan of the Na Ranong family (Phuket)."],
    "rank-title": ["Pol. Gen. Somkiat (retired {CE}) sits on the board.", "Assoc. Prof. Dr. Pornthip (Dean, {CE}–{CE2}) opened the event."],
    "university-founded": ["Many of our managers studied at Chulalongkorn University (founded 1917).", "Thammasat (est. 1934) runs an evening MBA in English."],
    "company-founded": ["Boon Rawd Brewery (founded 1933) still owns Singha.", "CP ALL (7-Eleven licensee since 1988) has more than 14,000 stores."],
    "mall-opened": ["ICONSIAM (opened 2018) changed the riverside.", "Central World (reopened 2010) hosts the countdown."],
    "thailand-4-0": ["Thailand 4.0 (2016) put digital at the centre of policy.", "The 20-Year National Strategy (2018–2037) names tourism as a growth engine."],
    "nesdp-plan": ["The 13th National Economic and Social Development Plan (2023–2027) stresses green growth.",
                   "Under the 9th Five-Year Plan (2021–2025), Laos aims to grow exports."],
    "eec-law": ["The Eastern Economic Corridor Act B.E. 2561 (2018) attracted new developers.", "EEC projects (phase 1, {CE}) lifted land prices in Rayong."],
    "award-year": ["{B} won Thailand's Most Admired Brand ({CE}).", "The campaign took a Gold at the Adman Awards ({CE}).",
                   "{B} was named in the Marketing Award of Thailand (MAT {CE})."],
    "tv-series": ["The BL series 2gether (2020) made its stars brand ambassadors overnight.", "Product placement in Girl from Nowhere (2018) reached viewers across Asia."],
    "film-title": ["The film Pee Mak (2013) is still quoted in ads.", "How to Make Millions Before Grandma Dies (2024) made {B} think about family themes."],
    "product-model": ["The Honda Wave 110i (2023 model) is the top-selling motorbike.", "{B} bundled the iPhone 15 ({CE} launch) with a data plan."],
    "double-day-sale": ["Sales tripled on 11.11 ({CE}).", "The 12.12 campaign ({CE}) beat the 9.9 one by {pct}%."],
    "promo-code": ["Customers used the code SONGKRAN{usd} at checkout.", "The voucher LOY{CE} gave ฿{n} off."],
    "app-version": ["K PLUS (version 5.{no}) added a PDPA consent screen.", "The release notes (v{q}.{no}, {CE}) list the changes."],
    "fiscal-quarter": ["Revenue grew in Q{q}/{CE}.", "Same-store sales fell ({q}Q{CE}: -{q}.{day}%)."],
    "survey-sample": ["Most respondents in {CITY} agreed (n = {n}).", "The online panel (n = {n2}, {CE}) was recruited through LINE."],
    "set-index": ["The SET Index closed at 1,{n} points (end of {CE}).", "{B} joined the SET50 index ({CE})."],
    "postcode-province": ["The new store is in Khon Kaen (40000).", "Deliveries reach Mueang Chiang Mai (50200) the next day."],
    "flight-code": ["Bangkok Airways flight PG 931 (Bangkok–Phnom Penh) was sold out.", "Lao Airlines QV 634 (Vientiane–Bangkok) runs daily."],
    "minimum-wage": ["The daily minimum wage in Bangkok is ฿{n} (from 1 October {CE}).", "Cambodia's garment wage rose to US$204 a month (2024)."],
    "fda-number": ["Every bottle carries its Thai FDA number (อย. 10-1-{n2}-5-0001).", "The serum's notification number (Thai FDA 10-1-{n2}) is on the box."],
    "vat-rate": ["Prices include VAT (7%).", "Cambodia's VAT (10%, since 1999) applies to online sales."],
    "hashtag-year": ["The hashtag #Songkran{CE} trended for two days.", "Fans used #LoyKrathong{CE} and #{TICK}Fanmeet."],
    "covid-period": ["Hotels in Phuket closed during the lockdown (April–June 2020).", "The Phuket Sandbox (July 2021) let vaccinated tourists in."],
    "visa-scheme": ["The 60-day visa exemption (July 2024) helped hotels.", "Chinese arrivals recovered slowly after reopening (February 2023)."],
    "iso-standard": ["The data centre is certified (ISO/IEC 27001:2022).", "The bank's ESG reporting follows the GRI Standards (2021 edition)."],
    "store-code": ["Store 0{n} (Siam Square) tested the self-checkout.", "Branch code {n2} in {CITY} opened on Sundays."],
    "thai-script-brand": ["The label reads ช้าง (Chang) in gold.", "Its Thai name, มาม่า (Mama), is now a generic word for noodles."],
    "election-coup": ["Ad budgets froze after the 2014 coup.", "Consumer confidence dipped before the general election (14 May 2023)."],
    "legal-form-bracket": ["The distributor is a Thai company (Co., Ltd., registered {CE}).", "{B} trades through a subsidiary (Public Company Limited, listed {CE})."],
    "hotline-number": ["Customers can call the hotline (1333) at any time.", "Complaints go to the Consumer Protection Board (hotline 1166)."],
    "room-and-rate": ["The hotel has {n} rooms (ADR ฿{n2}, {CE}).", "Occupancy in {CITY} reached {pct}% (high season {CE}/{CE2})."],
    "khmer-lao-script": ["The sign says ផ្សារធំថ្មី (Central Market) above the door.", "Its Lao name, ເບຍລາວ (Beerlao), appears on every can."],
}  # fmt: skip
