"""Prose for the seventy-fourth held-out pool, "blind74": sentence frames, claims, brands and decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a seventy-fourth
hand, without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, trade,
B2B, CRM, digital and communications marketers in Taipei, Hsinchu, Taichung, Kaohsiung, Hong Kong, Kowloon and
Macau write their CIM Level 6 and 7 reports and MBA assignments in English: at chip and electronics makers,
bubble-tea and bakery chains, convenience and department stores, banks and insurers, property developers, casino
resorts, airlines, the MTR, tourism boards and agencies. They write ROC (Minguo) years beside Gregorian ones,
NT$, HK$ and MOP figures, ordinances by chapter and Macau laws by number and year, tickers on the TWSE and HKEX,
lunar festivals and shopping days, store counts, chip nodes, flight numbers, MTR lines, loyalty tiers, typhoon
signals, hashtags, handles and promo codes, Chinese and Cantonese words with their glosses in brackets, and their
interviewees by code; their decoys are those habits, with capitals, years, brackets or quotation marks that cite
nothing.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} found that {C}, which matches what our CRM team sees in {city}.",
    "{N} argues that {C}.",
    "{N} shows that {C}, although the sample was drawn before the pandemic.",
    "{N} reports that {C}; this is relevant to {B} because most of its members are under 35.",
    "{N} suggests that {C}, a point our regional director repeated at the {month} planning meeting.",
    "{N} notes that {C}.",
    "{N} makes the case that {C}, and the same pattern appears in Hong Kong and Macau.",
    "{N} concluded that {C}, so the brief for {B} should start there.",
    "{N} observed that {C} in a survey of shoppers in Taipei and Kaohsiung.",
    "{N} is clear that {C}.",
    "{N} explains that {C}, which is why the loyalty app matters more than the flagship store.",
    "{N} points out that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In the Taiwanese market, {N} found that {C}.",
    "For a B2B brand such as {B}, {N} argues that {C}.",
    "As {N} explains, {C}.",
    "Looking at Hong Kong, {N} suggests that {C}.",
    "This is consistent with {N}, who found that {C}.",
    "On the other hand, {N} warns that {C}.",
    "In Macau's integrated resorts, {N} observed that {C}.",
    "For the Mid-Autumn campaign, the team relied on {N}, who showed that {C}.",
    "Our segmentation follows {N}, where {C}.",
    "Applied to {B}, the work of {N} implies that {C}.",
    "A useful counterpoint is {N}, where the argument is that {C}.",
    "Following {N}, the plan assumes that {C}.",
    "In the semiconductor supply chain, {N} notes that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} framework is used here to map the customer journey of a {city} office worker.",
    "{N} model of brand equity fits {B} well because the brand is already well known.",
    "{N} findings on Generation Z in Taiwan support the move to LINE and Instagram.",
    "Using {N} typology, the members of the loyalty scheme fall into four groups.",
    "{N} study of {city} consumers is the closest match to our target segment.",
    "{N} argument that {C} is tested in section 3.",
    "{N} data on cross-border shoppers explain the weekend peak at the Lo Wu counters.",
]  # fmt: skip
PARENTHETICAL_END = [
    "Consumers in Taiwan increasingly expect brands to reply on LINE within the hour {P}.",
    "{C} {P}.",
    "In Hong Kong, {C} {P}.",
    "For bubble-tea chains, {C} {P}.",
    "Across Greater China, {C} {P}.",
    "Trust in virtual banks is still lower among older customers in Hong Kong {P}.",
    "Non-gaming spending now matters more to Macau's resorts than it did a decade ago {P}.",
    "Employer branding has become a marketing task for chip makers, not only an HR one {P}.",
    "This is especially true of the seasonal gifting market, where {C} {P}.",
    "Convenience stores in Taiwan act as a third place for students and shift workers {P}.",
    "{C}, particularly among shoppers under 30 {P}.",
    "B2B buyers still rely heavily on technical white papers and trade fairs {P}.",
    "Festival campaigns work best when they start two weeks before the holiday {P}.",
    "Short-form video now drives discovery for bakery and dessert brands {P}.",
    "It follows that {C} {P}.",
    "Members who redeem points in the first month tend to stay longer {P:see}.",
    "Property buyers in Hong Kong now compare show flats online before visiting {P:e.g.}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "Studies of Taiwanese tea drinkers {P} show that {C}.",
    "Earlier work {P} found that {C}, which this report tests for {B}.",
    "The service-quality literature {P} suggests that {C}.",
    "Research on Hong Kong retail {P} indicates that {C}.",
    "Evidence from Macau {P} suggests that {C}, although the data are thin.",
    "Several authors {P} agree that {C}.",
    "The relationship-marketing view {P} holds that {C}.",
    "Work on B2B branding in electronics {P} shows that {C}.",
    "Surveys of mobile-payment users {P} suggest that {C}.",
    "As noted earlier {P}, {C}.",
    "The consensus {P:see also} is that {C}.",
]  # fmt: skip
CLAIMS = [
    "loyalty members spend more per visit than non-members",
    "brand trust drives repeat purchase more than price does",
    "younger consumers discover new drinks on Instagram and Xiaohongshu before they visit a store",
    "festival gift boxes are bought as much for the packaging as for the product",
    "B2B buyers judge a supplier's brand by its reliability and its engineers",
    "personalised LINE messages raise redemption rates",
    "store density gives convenience chains an advantage that online rivals cannot copy",
    "celebrity endorsement works best when the celebrity is seen to use the product",
    "mobile payment has changed how often shoppers visit small stores",
    "heritage is a strong asset for bakery brands in a crowded market",
    "green claims are trusted only when they are specific and checked",
    "tourists from the mainland respond to different messages from local customers",
    "service recovery matters more than the original failure",
    "word of mouth on Dcard and PTT shapes the image of a new brand",
    "price promotions teach customers to wait for the next discount",
    "customer experience in the branch still shapes trust in a bank",
    "employees are the first audience of an employer brand",
    "live-stream selling converts best when the host is already trusted",
    "a clear positioning helps a brand survive a price war",
    "most customers do not read privacy notices",
    "non-gaming attractions extend the length of a visit",
    "the store is still the strongest medium a retail brand owns",
    "sugar-level choices make customers feel in control of the drink",
    "first-party data is becoming the main asset of a CRM team",
]  # fmt: skip
OPENERS = [
    "In the context of {B},",
    "For the Taiwan market,",
    "In Hong Kong,",
    "Turning to Macau,",
    "From a CRM point of view,",
    "For the {fest} campaign,",
    "In practice,",
    "Put simply,",
    "At board level,",
]  # fmt: skip
PLAIN = [
    "This section applies the theory to {B}.",
    "The recommendations below are prioritised by cost and speed of delivery.",
    "The table in the appendix sets out the budget by quarter.",
    "The rest of this report follows the structure of the brief.",
    "Each recommendation is linked to a measurable objective.",
    "Our team ran two workshops with the store managers before writing this plan.",
    "The next part looks at the customer journey in more detail.",
    "The evidence is mixed, so the plan includes a pilot before the full rollout.",
    "The plan assumes the same headcount as last year.",
    "This matters because the brand is entering a new segment.",
    "Three options were considered and one is recommended.",
    "The risks are set out at the end of this section.",
    "These points are summarised in the conclusion.",
]  # fmt: skip
QUOTE_FRAMES = [
    "As one study put it, {Q} {P}.",
    "{N} puts it plainly: {Q}.",
    "{N} writes that {Q}.",
    "The point is well made: {Q} {P}.",
    "{Q} {P}; this is the challenge {B} faces.",
    "In the words of {N}, {Q}.",
    "Our interviews echo the view that {Q} {P}.",
    "One definition is helpful here: {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = [
    "“value for money”",
    "‘Instagrammable’",
    "\"affordable luxury\"",
    "“old-school”",
    "‘QQ’",
    "“premium”",
    "\"local\"",
    "‘smart retail’",
    "“hidden gem”",
    "\"Made in Taiwan\"",
    "‘authentic’",
    "“seamless”",
]  # fmt: skip
SCARE_FRAMES = [
    "Customers describe the brand as {Q}, which is what the literature predicts {P}.",
    "The word {Q} appears in most reviews, as {N} found for other chains.",
    "Being seen as {Q} is not the same as being trusted {P}.",
    "Staff used the label {Q} in every interview, a pattern {N} also reports.",
    "Positioning a bank as {Q} carries risk {P}.",
]  # fmt: skip
SUBJECT_LINES = [
    "“Your Mid-Autumn gift box is waiting 🥮”",
    "‘Double points this weekend only’",
    "\"Last chance: 11.11 deals end tonight\"",
    "“Happy Lunar New Year from all of us”",
    "‘Your OPENPOINT balance has been updated’",
    "\"Buy one get one free on Wednesdays\"",
    "“A new drink for the Dragon Boat Festival”",
    "‘Your boarding pass and lounge invitation’",
    "“Thank you for being a Gold member”",
    "\"New show flats open this Saturday\"",
]  # fmt: skip
SUBJECT_FRAMES = [
    "The push message {Q} lifted opens, in line with {N}.",
    "A subject line such as {Q} works because it is specific {P}.",
    "The email {Q} was sent to 40,000 members, following advice in {N}.",
    "Messages like {Q} should be short and timely {P}.",
    "The LINE broadcast {Q} had the highest click rate of the quarter, as {N} would predict.",
]  # fmt: skip

# Decoys: what these writers put in their text that has capitals, years, brackets or quotation marks but cites
# nothing.
NOT_CITATIONS: dict[str, list[str]] = {
    "roc-year": [
        "Sales in ROC {roc} ({yr}) were the highest since the chain was founded.",
        "The company's fiscal year {roc} (ROC calendar, i.e. {yr}) closed with {store} stores.",
        "Minguo {roc} ({yr}) was the first year without pandemic restrictions on dining in.",
    ],
    "hk-ordinance": [
        "Direct marketing in Hong Kong is governed by Part 6A of the Personal Data (Privacy) Ordinance (Cap. 486).",
        "Any claim about the drink's origin must comply with the Trade Descriptions Ordinance (Cap. 362).",
        "The Competition Ordinance (Cap. 619) came fully into force in December 2015.",
    ],
    "macau-law": [
        "In Macau, Law 8/2005 (the Personal Data Protection Act) requires consent before customer data are shared.",
        "Law 16/2022, which amended the gaming law, cut the number of satellite casinos.",
    ],
    "taiwan-act": [
        "Article 20 of the Personal Data Protection Act (amended {yr}) allows marketing use only with consent.",
        "The Fair Trade Act (Article 21) bans false or misleading advertising in Taiwan.",
        "Under the Consumer Protection Act (Article 19), online buyers in Taiwan may return goods within seven days.",
    ],
    "currency": [
        "A large pearl milk tea costs NT${ntd} in Taipei and HK${hkd} in Mong Kok.",
        "The mooncake box retails at HK${hkd}, or about MOP {mop} in Macau.",
        "Average spend per ticket was NT${ntd} (roughly US$2.10) in {month} {yr}.",
    ],
    "ticker": [
        "{tw_firm} (TWSE: {tw_ticker}) reported record revenue in {yr}.",
        "{hk_firm} (HKEX: {hk_ticker}) is one of the most widely held stocks in the city.",
        "Shares of {tw_firm} ({tw_ticker}.TW) rose {pct} after the launch.",
    ],
    "festival": [
        "The Mid-Autumn Festival (15th day of the 8th lunar month) fell on {d} September in {yr}.",
        "Dragon Boat Festival (Duanwu) sales began in May, a month before the holiday.",
        "Lunar New Year (the Year of the Dragon) fell in February {yr}.",
    ],
    "ghost-month": [
        "Ghost Month (the 7th lunar month) is a slow period for property launches and weddings in Taiwan.",
        "During Ghost Month ({month} {yr}), the chain ran a 'Pudu' offering-box promotion in every store.",
    ],
    "shopping-days": [
        "Double Eleven (11.11) and Double Twelve (12.12) now account for a large share of online sales.",
        "The 6.18 mid-year sale matters more to mainland visitors than to local shoppers.",
        "Black Friday (the day after US Thanksgiving) has arrived in Hong Kong malls too.",
    ],
    "campaign-name": [
        "The “{fest} Together” campaign ran from {month} to December {yr} across Taiwan.",
        "Its ‘Taste of Home’ campaign ({yr}) reached more people than any earlier effort.",
        "The \"Hello Hong Kong\" promotion (2023) gave away 500,000 air tickets.",
    ],
    "product-model": [
        "The ASUS Zenbook 14 OLED (UX3405) was the hero product of the back-to-school campaign.",
        "Giant's TCR Advanced Pro (MY{yr2}) was launched at Taipei Cycle.",
        "Acer's Swift Go 14 (SFG14-73) was priced below NT$35,000.",
    ],
    "chip-node": [
        "The N3 (3 nm) and N2 (2 nm) processes are marketed to a handful of large customers.",
        "CoWoS (Chip on Wafer on Substrate) capacity was the bottleneck in {yr}.",
        "Its A16 node (1.6 nm) is due to enter volume production in the second half of {yr2}.",
    ],
    "store-count": [
        "7-ELEVEN Taiwan operates more than 7,000 stores (over {n} of them in New Taipei alone).",
        "The chain closed {n} stores (net) in {yr} but grew sales per store.",
        "FamilyMart (4,200 stores) and Hi-Life (1,300 stores) follow 7-ELEVEN in Taiwan.",
    ],
    "mtr-line": [
        "The Tuen Ma Line (opened June 2021) brought new footfall to the malls of the New Territories.",
        "Exit A2 of Causeway Bay station (Island Line) is the busiest spot for outdoor advertising.",
        "The East Rail Line crossing (Admiralty extension, May 2022) changed commuter routes.",
    ],
    "flight": [
        "EVA Air flight BR 87 (TPE–CDG) was used for the Hello Kitty jet campaign.",
        "CX 520 (HKG–NRT) is one of the airline's busiest routes.",
        "The new route (Taoyuan to Macau, six flights a week) started in {month} {yr}.",
    ],
    "job-title": [
        "The Head of CRM (in post since {yr}) leads a team of twelve.",
        "Our interviewee, a Senior Brand Manager (Hsinchu office, {yr}–present), asked not to be named.",
        "Ms Lau (Assistant Vice President, Retail Banking) approved the pilot.",
    ],
    "respondent": [
        "Respondent R{n} (female, 28, Taichung) said she buys bubble tea four times a week.",
        "Participant P{q} (male, 41, Kowloon Tong) preferred the branch to the app.",
        "Interviewee HK-{n} (store manager, Causeway Bay) described the queue as “part of the brand”.",
    ],
    "sample": [
        "The survey (n = {n}, fieldwork {month} {yr}) was run through the alumni network.",
        "A convenience sample (N = {n}; 62% female) was drawn from Dcard users.",
    ],
    "chinese-gloss": [
        "Customers talk about xiaoquexing (小確幸, 'small but certain happiness') when they describe the drink.",
        "The brand leans on renqingwei (人情味, human warmth) in its store design.",
        "Tea shops compete on the QQ (Q彈, chewy) texture of their pearls.",
    ],
    "cantonese-gloss": [
        "Hong Kong diners praise a dish as 'ho sik' (好食, tasty) rather than 'healthy'.",
        "The campaign used the phrase “Hong Kong Yan” (香港人, Hongkongers) in every headline.",
        "Staff call regular customers 'suk hak' (熟客, familiar guests).",
    ],
    "portuguese-gloss": [
        "The resort's heritage walk starts at Largo do Senado (Senado Square) and ends at the Ruins of St. Paul's.",
        "Macanese cuisine (comida macaense) is on UNESCO's list as part of Macao's City of Gastronomy status (2017).",
    ],
    "chinese-name": [
        "Uni-President (統一企業) owns a large stake in President Chain Store (統一超商).",
        "Chun Shui Tang (春水堂) claims to have invented pearl milk tea in Taichung in the 1980s.",
        "Sun Hung Kai Properties (新鴻基地產) is the largest developer by market value.",
    ],
    "hashtag": [
        "The hashtags #中秋快樂 and #MooncakeSeason{yr} trended on Threads in September.",
        "Posts tagged #台灣珍奶 (Taiwan bubble tea) doubled during the campaign.",
        "The brand asked fans to post with #MyHKMoment and tag @discoverhongkong.",
    ],
    "handle": [
        "Follow @{handle} on Instagram and {handle}_official on Xiaohongshu.",
        "The LINE official account (@{handle}) has over two million friends.",
    ],
    "promo-code": [
        "New members could use the code {code}{yr2} (valid until 30 September) for NT$50 off.",
        "The code BOBA{d} gave a free upsize on Wednesdays in {month}.",
        "Enter code MOP{n} at checkout in the app (one use per member).",
    ],
    "award": [
        "The campaign won Gold at the Marketing Excellence Awards {yr} (Best Use of Social Media).",
        "The chain was named in the Taiwan Top 20 Global Brands ({yr}) for the third time.",
        "The resort's restaurants hold three stars in the Michelin Guide Hong Kong Macau {yr}.",
    ],
    "event": [
        "Computex {yr} (Taipei Nankang Exhibition Center, 4–7 June) is the main B2B showcase.",
        "SEMICON Taiwan (September, Taipei) is where the employer-branding booth will be launched.",
        "The Hong Kong Food Expo (August, HKCEC) is the peak week for bakery sales.",
    ],
    "exchange-rate": [
        "Figures are converted at US$1 = NT$32.1 and US$1 = HK$7.8 (average for {yr}).",
        "The pataca is pegged to the Hong Kong dollar (MOP 1.03 = HK$1).",
    ],
    "financial-period": [
        "Revenue for FY{yr} (year ended 31 December {yr}) rose {pct}.",
        "In 1H{yr} (January to June) same-store sales fell {pct}.",
        "The Q{q} {yr} results were released on {d} October.",
    ],
    "regulator-matter": [
        "The FSC fined the bank NT$8 million (Order No. 11{n}) for mis-selling.",
        "PCPD Case No. {yr}C{n} concerned a developer's use of buyers' phone numbers.",
        "The Competition Commission's case (CTEA 1/2017) involved a renovation cartel.",
    ],
    "property": [
        "Phase 2 of the Kai Tak project ({n} units) launched at HK${hkd},000 per sq ft (saleable area).",
        "The show flat (Tower 3, 28/F, Unit B) opened on a Saturday in {month}.",
        "Units in Xinyi District sold for NT$1.5 million per ping (3.3 m²) in {yr}.",
    ],
    "address": [
        "The flagship store (Shop G12, Langham Place, 8 Argyle Street, Mong Kok) opened in {yr}.",
        "Its first shop (No. 38, Siwei Road, Taichung) is now a museum.",
        "The pop-up ran at Avenida da Praia Grande (opposite the BNU building) for two weeks.",
    ],
    "menu-item": [
        "The Brown Sugar Pearl Milk (large, 700 ml, 30% sugar, less ice) is the best seller.",
        "Its Passion Fruit Green Tea (M size, NT${ntd}) was added to the menu in {month} {yr}.",
        "The pineapple cake (鳳梨酥) gift box of 10 pieces costs NT${ntd}.",
    ],
    "loyalty-tier": [
        "OPENPOINT members (Gold tier and above) get double points on Tuesdays.",
        "Marco Polo Club members (Diamond) and Asia Miles members can use the new lounge.",
        "The Infinite Flight tier (EVA Air, Diamond) is offered to frequent B2B travellers.",
    ],
    "payment": [
        "Stores accept Octopus, AlipayHK, PayMe (HSBC) and WeChat Pay HK.",
        "LINE Pay, JKOPAY (街口支付) and EasyCard account for most mobile payments in the chain.",
        "MPay (Macau Pass) is the most used wallet in Macau.",
    ],
    "course-ref": [
        "This report answers Task 2 (AC 3.2 and 3.3) of the CIM Level 7 brief.",
        "The word count (3,000 words ± 10%) excludes the appendices.",
        "The module (Marketing & Digital Strategy, Level 6) was taken in {yr}.",
    ],
    "figure-ref": [
        "Figure {q} (below) shows the customer journey map for the loyalty app.",
        "The full survey is in Appendix C (Table A{q}).",
        "See Section {q}.{d} for the budget (Table 5).",
    ],
    "typhoon": [
        "When Typhoon Signal No. 8 (T8) was hoisted on {d} {month}, the app switched to delivery-only offers.",
        "A Black Rainstorm Warning (the highest level) closed the stores for a day in {yr}.",
    ],
    "gaming-concession": [
        "The new concessions (2023–2032) require every operator to invest in non-gaming attractions.",
        "Under the ten-year licence (from 1 January 2023), six operators remain in Macau.",
    ],
    "founded": [
        "CoCo Fresh Tea & Juice (founded in Tamsui in 1997) now has stores in more than ten countries.",
        "The bakery (established {yr_old}) is still run by the founder's family.",
        "Giant (founded 1972 in Taichung) began as a contract manufacturer.",
    ],
    "date": [
        "The soft launch took place on Saturday {d} October {yr}.",
        "Pre-orders open on {d} {month} and close two weeks later.",
        "The pop-up runs from 1 to {d} December (10 am to 10 pm).",
    ],
    "growth-figure": [
        "Online orders grew {pct} year on year (from a small base).",
        "App downloads rose {pct} in Q{q} (versus {pct2} in the same quarter of {yr}).",
        "Visitor arrivals reached {arrivals} million in {yr} (up {pct} on the previous year).",
    ],
    "slogan": [
        "Cathay Pacific's brand line “Move Beyond” (launched 2023) replaced “Life Well Travelled”.",
        "The tourism board's tagline 'Hello Hong Kong' (2023) was followed by a new destination brand.",
        "The chain's slogan \"Always Open, Always Near\" is printed on every receipt.",
    ],
    "drama-title": [
        "Product placement in the drama “Someday or One Day” ({yr} rerun) lifted searches for the drink.",
        "The TVB series 'Barrack O'Karma' (season 2) featured the brand's bakery.",
        "The film “A Sun” (2019, Netflix) is often mentioned by Taiwanese respondents.",
    ],
    "standard": [
        "The fab is certified to ISO 14064-1:2018 and has committed to RE100.",
        "Its targets were validated by the SBTi (Science Based Targets initiative) in {yr}.",
        "The packaging carries the FSC (Forest Stewardship Council) mark.",
    ],
    "app-version": [
        "The OPENPOINT app (version {q}.{d}, iOS and Android) added a points wallet in {month} {yr}.",
        "The MTR Mobile app (v20.{n}) now shows carriage loading in real time.",
    ],
    "season": [
        "The plum-rain season (May–June) is when umbrella and dehumidifier promotions run.",
        "Summer (June–August) accounts for over 40% of cold-drink sales.",
    ],
    "branch-code": [
        "The branch (code 0{n}, Zhongshan District) was the first to offer video banking.",
        "Store No. {n} (Banqiao) tested the self-checkout kiosks.",
    ],
}  # fmt: skip

BRANDS = ["TSMC", "ASUS", "Acer", "Giant", "CoCo", "Chun Shui Tang", "7-ELEVEN Taiwan", "Uni-President",
          "Cathay United Bank", "CTBC", "EVA Air", "Cathay Pacific", "MTR", "Sun Hung Kai Properties", "Hang Seng Bank",
          "Watsons", "Galaxy Macau", "The Venetian Macao", "Tiger Sugar", "85°C Bakery Cafe", "PX Mart", "FamilyMart",
          "Chunghwa Telecom", "HKTVmall", "Chow Tai Fook", "Fubon", "Octopus", "Sands China", "MediaTek", "Wellcome",
          "Maxim's", "Gong Cha", "Hello Kitty Cafe", "Eslite", "SOGO", "HSBC Hong Kong", "AIA Hong Kong"]  # fmt: skip

_CITIES = ["Taipei", "Hsinchu", "Taichung", "Kaohsiung", "Tainan", "Taoyuan", "Hong Kong", "Kowloon", "Sha Tin",
           "Macau", "Taipa"]  # fmt: skip
_FESTIVALS = ["Lunar New Year", "Mid-Autumn", "Dragon Boat", "Christmas", "Double Eleven", "Lantern Festival",
              "Qixi", "Valentine's Day"]  # fmt: skip
_TW_FIRMS = [("TSMC", "2330"), ("ASUS", "2357"), ("Acer", "2353"), ("Giant", "9921"), ("Uni-President", "1216"),
             ("President Chain Store", "2912"), ("Cathay Financial", "2882"), ("CTBC Financial", "2891"),
             ("EVA Air", "2618"), ("MediaTek", "2454"), ("Gourmet Master", "2723")]  # fmt: skip
_HK_FIRMS = [("Sun Hung Kai Properties", "0016"), ("MTR Corporation", "0066"), ("Hang Seng Bank", "0011"),
             ("Cathay Pacific", "0293"), ("Galaxy Entertainment", "0027"), ("Sands China", "1928"),
             ("Chow Tai Fook", "1929"), ("AIA", "1299")]  # fmt: skip
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]  # fmt: skip
_HANDLES = ["cocofreshtea_tw", "chunshuitang", "7eleven_tw", "discoverhongkong", "mtrcorporation", "galaxymacau",
            "evaair", "cathaypacific", "tigersugar.tw", "hangsengbank"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use: years in two calendars, money in three currencies and the like."""
    year = rng.randint(2015, 2025)
    tw_firm, tw_ticker = rng.choice(_TW_FIRMS)
    hk_firm, hk_ticker = rng.choice(_HK_FIRMS)
    return {
        "yr": str(year), "roc": str(year - 1911), "yr2": str(year + rng.randint(1, 2)),
        "yr_old": str(rng.randint(1958, 1999)), "city": rng.choice(_CITIES), "fest": rng.choice(_FESTIVALS),
        "ntd": str(rng.choice([45, 55, 60, 65, 75, 80, 95, 120, 380, 450, 680])),
        "hkd": str(rng.choice([18, 24, 28, 32, 38, 168, 288, 388, 428, 598])),
        "mop": str(rng.choice([20, 30, 35, 40, 178, 298, 400])), "store": f"{rng.randint(1, 9)},{rng.randint(100, 999)}",
        "pct": f"{rng.randint(2, 48)}%", "pct2": f"{rng.randint(1, 20)}.{rng.randint(0, 9)}%",
        "arrivals": f"{rng.randint(10, 45)}.{rng.randint(0, 9)}", "month": rng.choice(_MONTHS),
        "tw_firm": tw_firm, "tw_ticker": tw_ticker, "hk_firm": hk_firm, "hk_ticker": hk_ticker,
        "handle": rng.choice(_HANDLES), "code": rng.choice(["MOONCAKE", "CNY", "DRAGON", "XMAS", "WELCOME", "TEA"]),
    }  # fmt: skip
