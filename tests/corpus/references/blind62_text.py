"""Prose for the sixty-second held-out pool, "blind62": frames, claims, brands and decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a sixty-second hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, trade, digital,
loyalty and communications marketers at FMCG firms, dairies, coffee chains, banks, e-wallets, retailers, hotel groups,
tourism boards, telecoms and agencies in Ho Chi Minh City, Hanoi, Da Nang, Bangkok, Chiang Mai, Phuket and Phnom Penh
write their CIM Level 6 and 7 reports and MBA assignments in English: decrees, laws, Acts and Prakas by number and
year, Buddhist Era dates beside Gregorian ones, GSO, NSO and NIS releases by quarter, Tết, Songkran, Loy Krathong,
Pchum Ben and Double Day campaigns, prices in đồng, baht, riel and dollars, exchange rates, HOSE and SET tickers,
company forms, store counts, awards, fieldwork and interview codes, hashtags, handles and promo codes, standards with
their years, models named after their authors, Vietnamese, Thai and Khmer words glossed in brackets, honorifics and
nicknames, group members, appendices and figures.

``{N}`` is a narrative citation, ``{P}`` a parenthetical one, ``{Q}`` a quotation, ``{C}`` a claim, ``{O}`` an opener,
``{B}`` a brand; the other placeholders are filled by ``values``.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} showed that {C}, which matches what our {CITY} team sees every {FEST}.",
    "{N} reported that {C}.",
    "{N} noted that {C}, especially outside the big cities.",
    "{N} argued that {C}; this is relevant for {B}.",
    "{N} observed that {C} in the period after the pandemic.",
    "{N} concluded that {C}.",
    "{N} explained that {C}, although the sample was mostly urban.",
    "{N} suggested that {C}.",
    "{N} pointed out that {C}.",
    "{N} confirmed that {C}, and {B} is a clear example.",
    "{N} highlighted that {C}.",
]  # fmt: skip

NARRATIVE_MID = [
    "{O} {N} found that {C}.",
    "According to {N}, {C}.",
    "As {N} explained, {C}.",
    "In a study of {CITY} shoppers, {N} found that {C}.",
    "For {B}, this matters because, as {N} showed, {C}.",
    "This is consistent with {N}, who reported that {C}.",
    "Similarly, {N} noted that {C}.",
    "However, {N} warned that {C}.",
    "The brand team should remember that, in the words of {N}, {C}.",
    "{C}, which is also what {N} concluded.",
    "In the banking sector, {N} found that {C}.",
    "Looking at {FEST} campaigns, {N} argued that {C}.",
    "Our agency partner in {CITY} shared the findings of {N}, who observed that {C}.",
]  # fmt: skip

POSSESSIVE = [
    "{N} study of {CITY} consumers shows that {C}.",
    "{N} survey found that {C}.",
    "{N} framework is useful here because {C}.",
    "Applying {N} model to {B}, {C}.",
    "{N} findings suggest that {C}.",
    "Following {N} argument, {C}.",
    "{N} report on {FEST} spending shows that {C}.",
    "{N} research is still relevant: {C}.",
]  # fmt: skip

PARENTHETICAL_END = [
    "{C} {P}.",
    "{C}, particularly in {CITY} {P}.",
    "{O} {C} {P}.",
    "{C}, as seen during {FEST} {P}.",
    "For {B}, {C} {P}.",
    "Research in the region shows that {C} {P}.",
    "{C} {P:see}.",
    "It is widely accepted that {C} {P}.",
    "{C}, even among older customers {P}.",
    "In Vietnam, Thailand and Cambodia, {C} {P}.",
    "Evidence from the banking sector shows that {C} {P}.",
    "{C} {P:e.g.}.",
    "Several studies agree that {C} {P}.",
    "{C}; this explains part of the growth of {B} {P}.",
]  # fmt: skip

PARENTHETICAL_MID = [
    "{C} {P}, so {B} should invest in this area.",
    "Research {P} shows that {C}.",
    "{C} {P}, which supports the recommendation in section 3.",
    "Recent studies {P} show that {C}.",
    "Because {C} {P}, the campaign will focus on {CITY} first.",
    "{C} {P}, but the evidence from Cambodia is still limited.",
    "Industry data {P} confirm that {C}.",
    "{C} {P}; however, price is still the main driver.",
    "The literature {P} suggests that {C}.",
    "{O} {C} {P}, and this shapes the {FEST} plan.",
]  # fmt: skip

CLAIMS = [
    "loyalty apps increase repeat visits to coffee chains",
    "e-wallet users respond strongly to cashback vouchers",
    "younger consumers in Southeast Asia trust KOL reviews more than brand advertising",
    "family values dominate Tết advertising in Vietnam",
    "Thai consumers expect brands to create fun (sanuk) experiences",
    "trust in the brand is the main driver of dairy purchase decisions",
    "livestream selling shortens the path to purchase",
    "QR payments have changed how street vendors accept money",
    "hotel guests read online reviews before they compare prices",
    "bank customers switch when the mobile app is slow",
    "convenience stores win on location rather than on price",
    "Gen Z shoppers compare prices across several platforms before buying",
    "local coffee brands compete on national pride as much as on taste",
    "festival campaigns produce short spikes in sales but weak long-term loyalty",
    "price promotions during Double Day sales train customers to wait for discounts",
    "word of mouth spreads faster through Zalo and LINE groups than through public posts",
    "domestic tourists book later and more often on mobile than before the pandemic",
    "Cambodian consumers are moving quickly from cash to mobile banking",
    "sustainability claims matter more to urban than to rural consumers",
    "personalised offers improve engagement with telecom subscribers",
    "celebrity endorsement works best when the celebrity fits the brand",
    "small retailers still depend on distributors for credit and display materials",
    "consumers in the region prefer brands that show respect for local culture",
    "short-form video is now the main channel for discovering new food brands",
    "customer service in the local language builds trust in foreign brands",
    "alcohol brands rely on sponsorship because direct advertising is restricted",
    "premium milk products grow faster than the category as a whole",
    "tourists from neighbouring countries spend less per day but return more often",
    "data privacy concerns reduce willingness to share personal information with apps",
    "trade promotions take a large share of FMCG marketing budgets",
    "super-apps keep users by bundling payments, food delivery and rides",
    "brand heritage supports higher prices for traditional products",
]  # fmt: skip

OPENERS = [
    "In the Vietnamese market,",
    "In Thailand,",
    "For a bank in Phnom Penh,",
    "Before the {FEST} campaign,",
    "From a retail perspective,",
    "In the FMCG sector,",
    "After the pandemic,",
    "For tourism boards,",
    "In practice,",
    "Looking at the coffee segment,",
    "For e-wallets,",
    "At {B},",
]  # fmt: skip

PLAIN = [
    "This section applies the theory to {B} and its main competitors.",
    "The recommendations below are based on desk research and two interviews with the brand team.",
    "The budget is limited, so the plan focuses on owned and earned channels.",
    "The key markets are Ho Chi Minh City and Hanoi, with Da Nang as a test market.",
    "The team will review the results after the first month.",
    "A detailed timeline is provided in the appendix.",
    "Customer feedback was collected through the app and in store.",
    "The main risk is that competitors copy the offer quickly.",
    "Staff training will be needed before the launch.",
    "This approach fits the company's current positioning.",
    "The plan needs approval from the regional office in Bangkok.",
    "Social listening shows mostly positive comments about the new packaging.",
    "The next part looks at the segmentation and targeting options.",
    "The store teams in Phnom Penh gave useful feedback on the pilot.",
    "Each option is evaluated against cost, reach and brand fit.",
]  # fmt: skip

QUOTE_FRAMES = [
    "{N} argued that {Q}.",
    "As one study put it, {Q} {P}.",
    "{Q} {P}.",
    "{N} wrote that {Q}, which fits the situation of {B}.",
    "The point is made clearly: {Q} {P}.",
    "In their review, {N} stated that {Q}.",
    "A regional report warned that {Q} {P}.",
    "{N} put it simply: {Q}.",
    "For {FEST} campaigns in particular, {Q} {P}.",
]  # fmt: skip

SCARE_QUOTES = [
    "sanuk", "kreng jai", "Tết spirit", "value for money", "glocal", "premium but affordable", "Made in Vietnam",
    "cashless society", "super-app", "lucky money", "same same but different", "hot trend", "seamless", "viral",
    "phygital", "Thai-ness",
]  # fmt: skip

SCARE_FRAMES = [
    "Many brands now talk about “{Q}” in their campaigns {P}.",
    "The idea of \"{Q}\" is popular with marketers in {CITY} {P}.",
    "{N} discussed how ‘{Q}’ is used in advertising.",
    "The term '{Q}' appears in many brand plans {P}.",
    "Local agencies often promise “{Q}” results {P}.",
    "{N} questioned what \"{Q}\" really means for consumers.",
]  # fmt: skip

SUBJECT_LINES = [
    "Lì xì đầy túi – Tết deals inside",
    "Your Songkran splash starts now",
    "12.12 is here: up to 50% off",
    "Happy Loy Krathong from all of us",
    "Double points this weekend only",
    "Welcome to the family, friend",
    "Your statement is ready",
    "Free delivery on 9.9",
    "Last chance: mooncakes are almost gone",
    "Pchum Ben greetings and a gift for you",
]  # fmt: skip

SUBJECT_FRAMES = [
    "An email with the subject line “{Q}” had a high open rate {P}.",
    "The push notification \"{Q}\" is a typical example {P}.",
    "{N} tested subject lines such as ‘{Q}’ in a field experiment.",
    "Messages like '{Q}' work because they feel personal {P}.",
    "The Zalo message read “{Q}”, which follows the advice of {N}.",
]  # fmt: skip

BRANDS = ["Vinamilk", "Highlands Coffee", "Trung Nguyên Legend", "Phúc Long", "The Coffee House", "Masan", "VinFast",
          "Viettel", "MoMo", "ZaloPay", "Vietcombank", "Techcombank", "Vietjet Air", "Bách Hóa Xanh", "Thế Giới Di Động",
          "WinMart", "Co.opmart", "Pizza 4P's", "TH true MILK", "Biti's", "CP ALL", "7-Eleven Thailand", "Central Group",
          "ThaiBev", "Chang", "Singha", "SCB", "KBank", "Krungthai", "True", "AIS", "LINE MAN Wongnai", "Big C",
          "Lotus's", "Dusit Thani", "Minor Hotels", "Cafe Amazon", "After You", "ABA Bank", "ACLEDA Bank", "Wing Bank",
          "Smart Axiata", "Cellcard", "Cambodia Beer", "Brown Coffee", "Chip Mong", "Aeon Mall Phnom Penh", "Grab",
          "Shopee", "Lazada", "TikTok Shop"]  # fmt: skip

NOT_CITATIONS: dict[str, list[str]] = {
    "decree-number": [
        "Under Decree No. 13/2023/ND-CP, the app must ask for consent before sending personalised offers.",
        "Since Decree 13/2023/ND-CP took effect on 1 July 2023, our CRM team has rewritten every consent form.",
        "Sales promotions above 50% need registration under Decree No. 81/2018/ND-CP (amended in {YR}).",
    ],
    "vn-law-number": [
        "The Law on Advertising (No. 16/2012/QH13) does not allow comparative claims such as “the best milk in Vietnam”.",
        "The new Law on Protection of Consumers' Rights No. 19/2023/QH15 applies from 1 July 2024.",
    ],
    "thai-act": [
        "Thailand's Personal Data Protection Act B.E. 2562 (2019) was fully enforced from 1 June 2022.",
        "Under the PDPA (B.E. 2562), {B} must appoint a data protection officer.",
        "Consent banners on the Thai website were updated to follow the PDPA (Section 19).",
    ],
    "alcohol-act": [
        "Section 32 of the Alcoholic Beverage Control Act B.E. 2551 (2008) bans advertising that encourages drinking.",
        "Because of the Alcoholic Beverage Control Act (2008), the Songkran activation shows only the brand logo, not the beer.",
    ],
    "prakas": [
        "The Ministry of Commerce Prakas No. 225 MOC/SM ({YR}) sets the labelling rules in Khmer.",
        "All promotions in Cambodia must follow the relevant Prakas issued by the National Bank of Cambodia (NBC).",
    ],
    "statistics-release": [
        "The General Statistics Office (GSO) reported retail sales growth of {PCT} in Q{q}/{YR}.",
        "According to the latest NSO Household Socio-Economic Survey ({YR}), spending on food away from home increased.",
        "The National Institute of Statistics (NIS) counted {NN} households in Phnom Penh in the {YR} census.",
    ],
    "festival-year": [
        "Tết {YR} (the Year of the {ANIMAL}) was the biggest sales period of the year for {B}.",
        "Songkran {YR} (13–15 April) brought record visitor numbers to Chiang Mai.",
        "Loy Krathong ({LKDATE}) is a good moment for hotel and restaurant promotions.",
    ],
    "double-day": [
        "The 11.11 ({YR}) sale on Shopee generated more orders than any other day for {B}.",
        "Double Day campaigns (9.9, 10.10, 11.11 and 12.12) now dominate the e-commerce calendar.",
        "For {DD} we planned a flash sale from 8 p.m. to midnight.",
    ],
    "dong-price": [
        "A medium Phin Sữa Đá costs {VND} (about US$1.20) at Highlands Coffee.",
        "The new 180 ml pack is priced at {VND}, below the main competitor.",
    ],
    "baht-price": [
        "A set menu at the Bangkok branch costs {THB} (including VAT).",
        "The Songkran bundle was sold at ฿199 (normal price ฿259).",
    ],
    "riel-price": [
        "A can of local beer sells for {KHR} in Phnom Penh (roughly US$0.50).",
        "Most customers in Cambodia still pay in US dollars, with change given in riel (KHR).",
    ],
    "exchange-rate": [
        "All figures are converted at US$1 = VND 25,400 (June {YR}).",
        "Prices are shown in baht (US$1 = THB 35.5 at the time of writing).",
    ],
    "buddhist-era": [
        "The Thai annual report is dated B.E. {BE} ({YR} in the Gregorian calendar).",
        "In Thailand the fiscal year {BE} runs from October to September.",
    ],
    "ticker": [
        "Vinamilk (HOSE: VNM) is still the largest listed dairy company in Vietnam.",
        "CP ALL (SET: CPALL) operates more than 14,000 7-Eleven stores in Thailand.",
        "Masan Group (HOSE: MSN) reorganised its consumer business in {YR}.",
    ],
    "company-form": [
        "The distributor is registered as Saigon Trading Co., Ltd. (a 100% foreign-owned company).",
        "The bank changed its name to ABA Bank Plc. after the National Bank of Canada (NBC) became the main shareholder.",
        "Our client, Mekong Foods JSC (a subsidiary of a Japanese group), sells mainly in the south.",
    ],
    "award": [
        "The campaign won Gold at the Vietnam Effie Awards {YR} (Brand Experience category).",
        "{B} received the Thailand Zocial Awards {YR} for best use of TikTok.",
    ],
    "survey-fieldwork": [
        "Our own survey (n = {NN}, fieldwork in March {YR}) was run through a Facebook group.",
        "The questionnaire was answered by {NN} customers in {CITY} (response rate {PCT}).",
    ],
    "interview-code": [
        "The trade marketing manager (Interviewee 3, Hanoi) said distributors still expect cash incentives.",
        "One respondent (R7, female, 24, Phnom Penh) uses three e-wallets at the same time.",
    ],
    "campaign-year": [
        "The “{SLOGAN}” campaign (launched in {YR}) is still remembered by many customers.",
        "{B}'s Tết film for {YR} reached more than {NN} million views on YouTube.",
    ],
    "hashtag-handle": [
        "Users shared their photos with the hashtag #{HASH} and tagged @{HANDLE}.",
        "The official account @{HANDLE} gained many followers during {FEST}.",
    ],
    "promo-code": [
        "New users could enter the code {PROMO} to get {VND} off their first order.",
        "The code {PROMO} (valid until 31 December) was shared by KOLs on TikTok.",
    ],
    "press-mention": [
        "VnExpress and Tuổi Trẻ both covered the launch on the same day.",
        "The story was picked up by the Bangkok Post and Khmer Times after it went viral.",
    ],
    "named-model": [
        "Porter's Five Forces and the PESTLE framework are used to analyse the market.",
        "Hofstede's cultural dimensions help to explain why Thai customers avoid complaining directly.",
        "The 7Ps of the services marketing mix are applied to the hotel below.",
    ],
    "fiscal-year": [
        "Revenue reached VND 60,000 billion in FY{YR} (year ending 31 December).",
        "In FY{YR}, the company opened {NN} new stores.",
    ],
    "quarter-slash": [
        "Sales in Q{q}/{YR} were lower because of the long rainy season.",
        "The app was relaunched in Q{q} {YR} with a new loyalty tier.",
    ],
    "period-range": [
        "During the pandemic (2020–2022), most hotel groups in Phuket closed temporarily.",
        "Between 2019 and {YR2}, mobile banking users in Cambodia more than doubled.",
    ],
    "store-count": [
        "{B} had {NN} outlets (as of December {YR}), mainly in shopping malls.",
        "The chain operates around {NN} stores across 63 provinces and cities.",
    ],
    "growth-bracket": [
        "Online orders increased sharply (+{PCT} year on year).",
        "The market share of private labels is small ({PCT} of value sales in {YR}).",
    ],
    "figure-table": [
        "The customer journey is shown in Figure {q} (Appendix B).",
        "Table {q} compares the three options on cost and reach (see also Appendix C).",
    ],
    "course-unit": [
        "This report answers Task 2 of the CIM Level 7 Postgraduate Diploma (Marketing Leadership and Planning).",
        "As required by the CIM Level 6 assessment brief (June {YR} session), the plan covers 12 months.",
    ],
    "standard-year": [
        "The factory is certified to ISO 22000:2018 and FSSC 22000.",
        "The fish sauce meets the national standard TCVN 5107:2018.",
    ],
    "event-edition": [
        "The brand had a booth at Thailand Coffee Fest {YR} (Queen Sirikit National Convention Center).",
        "We met the distributor at Vietnam Expo {YR} in Hanoi.",
    ],
    "guide-rating": [
        "Two of the group's restaurants are listed in the Michelin Guide Thailand {YR}.",
        "The resort in Da Nang holds a Five-Star rating from Forbes Travel Guide ({YR}).",
    ],
    "group-members": [
        "This report was prepared by Group 4 (Trần, Somchai and Sokha) for the MBA module.",
        "Work was shared between team members (Linh – research, Pim – design, Dara – budget).",
    ],
    "vietnamese-gloss": [
        "Many families still give lì xì (lucky money) in red envelopes during Tết.",
        "The slogan “Tết đoàn viên” (Tết of reunion) is used by many brands.",
    ],
    "thai-gloss": [
        "Thai customers value kreng jai (consideration for others) in service encounters.",
        "The campaign used the idea of “sabai sabai” (relaxed and easy) in its visuals.",
    ],
    "khmer-gloss": [
        "During Pchum Ben (the Festival of the Dead), many workers return to their home provinces.",
        "The Khmer New Year (Choul Chnam Thmey) in April is the main holiday in Cambodia.",
    ],
    "honorific-nickname": [
        "Khun Ploy, the store manager in Chiang Mai, suggested a loyalty card for students.",
        "Anh Tuấn (the owner of the café) allowed us to observe customers for one week.",
    ],
    "lunar-date": [
        "Mid-Autumn Festival falls on the 15th day of the 8th lunar month ({MAF} in {YR}).",
        "Tết Nguyên Đán began on {TETDATE}, so the campaign started three weeks earlier.",
    ],
    "regulator-abbreviation": [
        "The State Bank of Vietnam (SBV) requires biometric checks for large transfers.",
        "The Bank of Thailand (BOT) has promoted PromptPay since 2017.",
        "The Ministry of Information and Communications (MIC) manages the licence for cross-border advertising.",
    ],
    "telecom-plan": [
        "The Viettel ST120 package (120,000 đồng for 30 days) is popular with students.",
        "AIS launched a 5G plan at {THB} per month (12-month contract).",
    ],
    "season-months": [
        "The rainy season (May to October) reduces foot traffic in outdoor markets.",
        "High season in Phuket (November–April) accounts for most hotel revenue.",
    ],
    "app-rating": [
        "The app has a rating of 4.6 (App Store, {NN} reviews) in Vietnam.",
        "Version 5.2 of the MoMo app (released in {YR}) added a new rewards tab.",
    ],
    "royal-occasion": [
        "Mother's Day in Thailand (12 August) is an important gifting occasion.",
        "Shops close early on Visakha Bucha Day (a Buddhist holiday in May or June).",
    ],
    "hotline-address": [
        "Customers can call the hotline (1900 545 411) or visit the store at 86 Lê Lợi, District 1.",
        "The flagship store is at CentralWorld (7th floor), Ratchadamri Road, Bangkok.",
    ],
}

_CITIES = ["Ho Chi Minh City", "Hanoi", "Da Nang", "Bangkok", "Chiang Mai", "Phuket", "Phnom Penh", "Siem Reap", "Can Tho", "Hai Phong"]  # fmt: skip
_FESTS = ["Tết", "Songkran", "Loy Krathong", "Pchum Ben", "Khmer New Year", "Mid-Autumn Festival", "11.11", "12.12", "Black Friday", "Christmas"]  # fmt: skip
_SLOGANS = ["Proud of Vietnamese coffee", "Tết is for family", "Splash into happiness", "Pay with a smile", "Home is where Tết is", "Rise and shine, Vietnam", "Fresh every morning"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    year = rng.randint(2018, 2025)
    return {
        "CITY": rng.choice(_CITIES),
        "FEST": rng.choice(_FESTS),
        "YR": str(year),
        "YR2": str(rng.randint(2022, 2025)),
        "BE": str(year + 543),
        "PCT": f"{rng.randint(3, 68)}%",
        "NN": str(rng.choice([120, 150, 184, 200, 236, 312, 350, 400, 512, 1200, 1500])),
        "VND": rng.choice([f"{rng.randint(15, 99)},000 đồng", f"VND {rng.randint(15, 99)},000", f"{rng.randint(15, 99)}.000đ", f"{rng.randint(15, 99)}k VND"]),
        "THB": rng.choice([f"฿{rng.randint(39, 899)}", f"{rng.randint(39, 899)} baht", f"THB {rng.randint(39, 899)}"]),
        "KHR": rng.choice(["2,000 riel", "KHR 2,000", "4,000 riel", "៛2,500"]),
        "DD": rng.choice(["9.9", "10.10", "11.11", "12.12"]),
        "HASH": rng.choice(["TetVuiVe", "SongkranSplash", "MomoLiXi", "DoubleDaySale", "PchumBenTogether", "TraiNghiemCungVinamilk"]),
        "HANDLE": rng.choice(["highlandscoffeevn", "vinamilkofficial", "momo.vn", "ktc_thailand", "abavbank", "smartaxiata", "7eleventhailand"]),
        "PROMO": rng.choice(["TET25", "SONGKRAN50", "NEWMOMO", "SALE1212", "ABAPAY5", "WELCOME30"]),
        "SLOGAN": rng.choice(_SLOGANS),
        "ANIMAL": {2018: "Dog", 2019: "Pig", 2020: "Rat", 2021: "Buffalo", 2022: "Tiger", 2023: "Cat", 2024: "Dragon", 2025: "Snake"}[year],
        "LKDATE": rng.choice(["27 November 2023", "15 November 2024", "5 November 2025"]),
        "MAF": rng.choice(["17 September", "29 September", "6 October"]),
        "TETDATE": rng.choice(["22 January 2023", "10 February 2024", "29 January 2025"]),
    }  # fmt: skip
