"""Prose for the eighty-first held-out pool, "blind81": marketing reports from Pakistan, Bangladesh and Sri Lanka.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by an eighty-first hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, trade, CRM,
digital, sponsorship and communications marketers at telecoms and mobile wallets, banks and Islamic banks, insurers,
textile and garment exporters, FMCG, tea, dairy and biscuit makers, e-commerce platforms, conglomerates and agencies
in Karachi, Lahore, Islamabad, Faisalabad, Dhaka, Chattogram, Colombo and Kandy write CIM Level 6 and 7 reports and
MBA assignments in English: Acts, ordinances and circulars with their numbers and years, PBS, BBS and Department of
Census and Statistics tables, rupee and taka figures in lakh and crore, exchange rates and fiscal years, PSX, DSE
and CSE tickers, PSL and BPL seasons and scores, Ramadan, Eid, Pohela Boishakh, Avurudu, Vesak, 11.11 and wedding
season campaigns, Hijri and Bangla calendar years, dramas and Coke Studio seasons, tariffs, bundles, USSD and short
codes, hashtags, handles and promo codes, awards, certifications and standards, Urdu, Bangla and Sinhala words
glossed in brackets, people with their roles, appendices, tables and task numbers.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argues that {C}, which matters for {B} in {city}.",
    "{N} reported that {C}.",
    "{N} showed, using survey data from {city}, that {C}.",
    "{N} observes that {C}; this is visible in how {B} plans its {festival} push.",
    "{N} concluded that {C}.",
    "{N} notes that {C}, especially among {A}.",
    "{N} suggests that {C}.",
    "{N} explains that {C}, although the {country} evidence is still thin.",
    "{N} highlighted that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In the {country} context, {N} found that {C}.",
    "For {B}, the key point from {N} is that {C}.",
    "A similar pattern is described by {N}, who found that {C}.",
    "As {N} points out, {C}.",
    "According to {N}, {C}.",
    "This is supported by {N}, whose study in {city} showed that {C}.",
    "During {festival}, as {N} observed, {C}.",
    "Building on this, {N} argued that {C}.",
    "Research by {N} also indicates that {C}.",
    "On the other hand, {N} warned that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study of {A} in {city} found that {C}.",
    "{N} framework helps explain why {C}.",
    "Following {N} argument, {C}.",
    "{N} survey showed that {C}.",
    "Applying {N} model to {B}, it appears that {C}.",
    "{N} findings suggest that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "Evidence from {country} markets shows that {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "In the case of {B}, {C} {P}.",
    "Studies of {A} indicate that {C} {P}.",
    "{O} {C} {P}.",
    "This matters because {C} {P:see}.",
    "Research in {city} confirms that {C} {P}.",
    "During {festival}, {C} {P}.",
    "For mobile wallets and banks alike, {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, so {B} should revisit its {T} plan before {festival}.",
    "Because {C} {P}, the brief for {B} focuses on {A}.",
    "While {C} {P}, {C2}.",
    "Several authors agree that {C} {P}, and this report adopts that view.",
    "The literature {P} suggests that {C}.",
    "It has been argued {P} that {C}.",
    "{C} {P}, which is why trade spend in {city} is rising.",
    "Since {C} {P}, the CRM team at {B} has changed its targeting.",
]  # fmt: skip
CLAIMS = [
    "trust in the agent network drives mobile wallet adoption more than app features do",
    "cricket sponsorship raises brand recall but rarely changes brand preference on its own",
    "Ramadan advertising works best when it shows family rituals rather than products",
    "cash on delivery remains the main barrier to e-commerce profitability in South Asia",
    "Islamic banking customers value Shariah compliance but still switch on service quality",
    "rural consumers buy sachets because cash flow, not price, limits their basket",
    "young urban consumers follow micro-influencers more closely than celebrities",
    "garment buyers now reward suppliers for traceable and certified sustainable production",
    "tea brands that tell a heritage story can charge a premium in export markets",
    "bundled data offers reduce churn among prepaid subscribers",
    "women in rural areas are more likely to use a wallet when a family member has one",
    "festive promotions pull sales forward rather than creating new demand",
    "dairy buyers switch brands quickly after a food safety scare",
    "brand purpose campaigns are credible only when the firm acts on its claims",
    "loyalty programmes in banking reward the already loyal more than they win new customers",
    "digital payments grew sharply after COVID-19 and did not fall back",
    "perceived service quality strongly predicts satisfaction with telecom operators",
    "halal certification acts as a quality cue even for non-Muslim consumers",
    "wedding-season spending makes the fourth quarter critical for jewellery, apparel and banks",
    "remittance flows peak before Eid and shape bank and wallet promotions",
    "TikTok reaches audiences outside the big cities that Facebook no longer reaches",
    "country-of-origin cues still influence how consumers judge local brands",
    "employer branding helps textile firms keep skilled machine operators",
    "green packaging claims raise purchase intention only when they are specific",
    "price is the main reason shoppers give for switching biscuit brands",
]  # fmt: skip
OPENERS = [
    "In Pakistan,",
    "In Bangladesh,",
    "In Sri Lanka,",
    "Across South Asia,",
    "In practice,",
    "For FMCG brands,",
    "In the telecom sector,",
    "Since the pandemic,",
    "For the purposes of this report,",
]  # fmt: skip
PLAIN = [
    "The next section applies these ideas to {B}.",
    "This report was prepared for the marketing team at {B} in {city}.",
    "The following recommendations are made for the next {festival} campaign.",
    "Table 3 summarises the options against cost, reach and risk.",
    "Each option is assessed against the objectives set out in Task 1.",
    "The budget assumes the current exchange rate holds for the year.",
    "Implementation will be phased over two quarters.",
    "Both segments were validated with the sales team before the plan was finalised.",
    "The customer journey map is shown in Appendix 2.",
    "Risks are discussed in the final part of this section.",
]  # fmt: skip
QUOTE_FRAMES = [
    "As one study put it, {Q} {P}.",
    "{N} puts it plainly: {Q}.",
    "Marketers are reminded that {Q} {P}.",
    "{N} writes that {Q}.",
    "In the words of the authors, {Q} {P}.",
    "A useful definition is that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = [
    "value for money", "barakat", "apna brand", "desi", "premium", "Shariah compliant", "halal", "purpose",
    "local hero", "Made in Bangladesh", "Ceylon tea", "digital first", "unbanked", "family pack", "festive mood",
]  # fmt: skip
SCARE_FRAMES = [
    "Brands often promise \u201c{Q}\u201d without defining it {P}.",
    "{N} notes that many campaigns lean on the idea of \u201c{Q}\u201d.",
    "The notion of '{Q}' is used loosely by advertisers {P}.",
    "Consumers in {city} treat \u201c{Q}\u201d as a given, as {N} shows.",
]  # fmt: skip
SUBJECT_LINES = [
    "Eid Mubarak! Your gift is inside", "11.11 is here: up to 70% off", "Pay your bills, win a trip to Hunza",
    "Shubho Noboborsho from all of us", "Suba Aluth Avuruddak Wewa", "Last chance: PSL tickets on the app",
    "Your salary has arrived, now save it", "Sehri deals until 4 am", "Double data this weekend only",
]  # fmt: skip
SUBJECT_FRAMES = [
    "Push notifications such as \u201c{Q}\u201d lift open rates during festivals {P}.",
    "An email headed '{Q}' is typical of the tactics {N} describes.",
    "Messages like \u201c{Q}\u201d work because they are timely {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "act-with-year": [
        "All data capture on the microsite must comply with the Prevention of Electronic Crimes Act, 2016.",
        "Comparative claims in Bangladesh are limited by the Consumer Rights Protection Act, 2009, so the copy avoids naming rivals.",
        "Any complaint about the offer could be raised under the Punjab Consumer Protection Act 2005.",
    ],
    "act-number-sri-lanka": [
        "The CRM database will be reviewed against the Personal Data Protection Act, No. 9 of 2022 before launch.",
        "Pricing displays in Kandy outlets must follow the Consumer Affairs Authority Act, No. 9 of 2003.",
    ],
    "ordinance": [
        "TV spots are cleared against the PEMRA Ordinance 2002 (as amended in 2007) before airing.",
        "Under the PEMRA Ordinance, 2002 (Section 27), airtime for certain products can be restricted.",
    ],
    "regulator-circular": [
        "Account opening through the app follows SBP BPRD Circular No. {circ} of {yr} on digital onboarding.",
        "Bangladesh Bank's PSD Circular No. {circ} ({yr}) caps the daily limit for personal wallets.",
        "CBSL Direction No. {circ} of {yr} changed how card instalment plans may be advertised.",
    ],
    "telecom-regulator": [
        "Bulk SMS campaigns must be registered with the PTA (Pakistan Telecommunication Authority) first.",
        "BTRC approval (ref. BTRC/LL/{n}) is needed before the new bundle can be sold.",
    ],
    "rupee-crore": [
        "The media budget for the quarter is Rs {crore} crore, roughly half of it on digital.",
        "Jazz Cash processed transactions worth PKR {crore} crore in a single Eid week.",
    ],
    "taka-lakh": [
        "The pilot in Chattogram cost Tk 12,50,000 (about Tk 12.5 lakh) including activation.",
        "Each distributor receives a Tk {lakh} lakh incentive pool for the Boishakh quarter.",
    ],
    "lkr-figures": [
        "The Avurudu gift pack retails at LKR {lkr} in Keells supermarkets.",
        "Sponsorship of the series costs Rs. {lkr},000 per match day in Colombo.",
    ],
    "exchange-rate": [
        "All figures are converted at PKR {pkr_rate} = USD 1 (June {yr}).",
        "The export price is quoted at BDT {bdt_rate} to the US dollar (Bangladesh Bank rate, {yr}).",
    ],
    "fiscal-year": [
        "Sales grew in FY{fy1}-{yy} (July to June), the first full year after the relaunch.",
        "The plan covers FY 2024/25 (April to March) for the Sri Lankan business.",
    ],
    "ticker": [
        "Engro Corporation Limited (PSX: ENGRO) is used as the benchmark for brand equity.",
        "Grameenphone (DSE: GP) and Robi (DSE: ROBI) both cut data prices in {yr}.",
        "John Keells Holdings PLC (CSE: JKH.N0000) owns the Keells supermarket chain.",
    ],
    "company-suffix": [
        "The client, Telenor Pakistan (Pvt.) Ltd. (now part of PTCL), asked for a churn model.",
        "English Biscuit Manufacturers (Private) Limited (EBM) owns the Peek Freans brand.",
        "MAS Holdings (Pvt) Ltd supplies several global sportswear brands from its Sri Lankan plants.",
    ],
    "cricket-season": [
        "{B} was the title sponsor of PSL {psl} ({yr}) and saw a spike in app installs.",
        "Ad rates doubled during BPL {fy1}-{yy} match days.",
        "The kit deal ran for the LPL {yr} season (five teams, 24 matches).",
    ],
    "match-score": [
        "Pakistan's chase of 198/4 (19.2 overs) drew the highest streaming audience of the year.",
        "The final, won by {margin} runs (DLS method), was watched by over 20 million people.",
    ],
    "festival-dates": [
        "The campaign runs from the first of Ramadan to Eid ul-Fitr (about 30 days).",
        "Pohela Boishakh (14 April) is the single biggest day for apparel sales in Dhaka.",
        "Sinhala and Tamil New Year (Avurudu, 13-14 April) drives gifting and travel spend.",
    ],
    "hijri-year": [
        "Ramadan 1445 AH (March-April 2024) saw record wallet top-ups.",
        "The Eid ul-Adha campaign of 1444 AH (June 2023) focused on livestock payments.",
    ],
    "bangla-year": [
        "The new catalogue was launched for Bangla year 1431 (April 2024).",
        "Halkhata books for 1430 Bangabda were printed with the bank's logo.",
    ],
    "sale-event": [
        "Daraz 11.11 ({yr}) remains the largest single shopping day in Pakistan.",
        "Black Friday (White Friday in Pakistan) is now part of the November calendar.",
    ],
    "campaign-with-year": [
        "The \u201cDunya Ko Bata Do\u201d campaign ({yr}) is still remembered by students.",
        "Its 'Ghore Ghore Biye' wedding campaign (Season {psl}) ran on Facebook and TV.",
    ],
    "drama-sponsorship": [
        "Product placement in the drama Tere Bin (2023) reached a large female audience.",
        "The brand sponsored Coke Studio Season {psl} ({yr}) as an associate partner.",
    ],
    "statistics-table": [
        "Household spending on food is taken from the PBS Household Integrated Economic Survey {fy1}-{yy} (Table 12).",
        "Internet use by district is drawn from the BBS ICT Use Survey {yr} (Table 4.3).",
        "Department of Census and Statistics figures for {yr} (Table 2.1) show Colombo has the highest incomes.",
    ],
    "census": [
        "Karachi's population in the 7th Population and Housing Census (2023) was over 20 million.",
        "The Population and Housing Census 2022 (BBS) counted about 169 million people.",
    ],
    "survey-sample": [
        "The online survey collected {n} valid responses (n = {n}) from Lahore and Islamabad.",
        "Respondents were aged 18-35 (N = {n}; 54% female).",
    ],
    "percentage-change": [
        "Subscribers rose to {subs} million (up {pct}% from {yr0}).",
        "Wallet transactions grew {pct}% year on year (Q{q} {yr} against Q{q} {yr0}).",
    ],
    "year-range": [
        "Between {yr0} and {yr} the brand's share of the biscuit market doubled.",
        "The period studied (2019-2023) includes two lockdowns.",
    ],
    "award": [
        "The work won Gold at the Effie Awards Pakistan {yr} (Consumer Products).",
        "It was named Best Brand at the SLIM Brand Excellence Awards {yr}.",
        "The campaign took a Silver at Bangladesh Brand Forum's Best Brand Awards ({yr}).",
    ],
    "certification": [
        "The Faisalabad unit is certified to ISO 9001:2015 and OEKO-TEX Standard 100.",
        "The garments carry GOTS and WRAP (Worldwide Responsible Accredited Production) certification.",
        "Only LEED Platinum (USGBC) factories are used for the new line.",
    ],
    "product-model": [
        "The Walton Primo R10 (launched {yr}) was pushed through rural retailers.",
        "Dialog's 5G router (model DL-{n}) sells at LKR {lkr}.",
    ],
    "tariff-bundle": [
        "The Weekly Mega bundle (Rs 450, 30 GB) was the best seller.",
        "A new 7-day pack (Tk {tk}, 15 GB plus 300 minutes) targets students.",
    ],
    "short-code": [
        "Customers dial *{ussd}# to check their balance.",
        "The helpline 16247 handles wallet complaints around the clock.",
    ],
    "hashtag-handle": [
        "The hashtag #{hashtag} trended for two days on X.",
        "Posts from @{handle} reached most of the target audience.",
    ],
    "promo-code": [
        "The code EID{yy} gave a 15% discount on the app.",
        "Shoppers using BOISHAKH{yy} saved up to Tk 500.",
    ],
    "local-gloss": [
        "Families exchange Eidi (cash gifts) and this drives small-note demand.",
        "The shop-front adda (informal gathering) is where word of mouth spreads.",
        "Avurudu kevili (New Year sweets) are the core of the seasonal range.",
    ],
    "abbreviation-expansion": [
        "Mobile financial services (MFS) now serve more adults than bank branches do.",
        "The brand uses an OTC (over-the-counter) model at agent shops.",
        "Point of sale (POS) materials were printed in Urdu and English.",
    ],
    "named-model": [
        "Porter's Five Forces is used to assess the wallet market.",
        "The PESTLE analysis (Appendix 1) shows political risk is rising.",
        "Maslow's hierarchy is a weak fit for a market this price sensitive.",
    ],
    "appendix-figure": [
        "The segmentation is shown in Figure 2.{q} (see Appendix {q}).",
        "Costs are broken down in Table {q} and in Appendix {q}.",
    ],
    "task-reference": [
        "This section answers Task 1(b) of the CIM Level 6 assignment.",
        "The word count (excluding references) is 2,{three} words.",
    ],
    "as-at-date": [
        "Store numbers are correct as at 30 June {yr}.",
        "Follower counts were recorded on {d} March {yr} (the last day of the campaign).",
    ],
    "person-role": [
        "The CEO of the bank (a LUMS graduate) approved the rebrand.",
        "Mr. Salman Haider (Head of Brand, Jazz) shared the brief in an interview.",
        "Ms. Nadeesha Perera (CMO) said the company would focus on Gen Z.",
    ],
    "branch-count": [
        "The bank now has {n} branches (including 40 Islamic banking windows).",
        "Cargills runs over 450 outlets (Cargills Food City) across the island.",
    ],
    "subscriber-count": [
        "The operator had {subs} million subscribers (Q{q} {yr}).",
        "bKash reports more than 70 million registered accounts (as of {yr}).",
    ],
    "app-version": [
        "The app (version 5.{q}, released in {yr}) added QR payments.",
        "Android 14 (API level 34) is required for the new features.",
    ],
    "tax-rate": [
        "Prices include 18% GST (Punjab Revenue Authority).",
        "VAT at 15% (FY{yy}) is applied to the subscription.",
    ],
    "location-bracket": [
        "The flagship store (Gulberg III, Lahore) opened last year.",
        "The new distribution hub (Biyagama, Gampaha District) cut delivery times.",
    ],
    "university-course": [
        "The author studied at IBA Karachi (BBA, Class of {yr0}).",
        "The fieldwork was done as part of an MBA at North South University (Summer {yr}).",
    ],
    "time-window": [
        "Sehri offers run from 1 am to 4 am (Pakistan Standard Time).",
        "Flash deals go live at 11:11 pm (Bangladesh time) on 10 November.",
    ],
    "ranking": [
        "The brand ranks 3rd (Kantar BrandZ Top 30) among local names.",
        "It is listed in Forbes Asia's Best Under A Billion ({yr}).",
    ],
    "stock-exchange-index": [
        "The KSE-100 index rose 4% (to 82,{three} points) after the budget.",
        "The ASPI (All Share Price Index) closed higher in {yr}.",
    ],
}

BRANDS = ["Jazz", "Telenor Pakistan", "HBL", "Meezan Bank", "Engro", "Nishat", "K&N's", "Peek Freans", "Daraz",
          "Grameenphone", "bKash", "BRAC Bank", "Square", "PRAN", "Walton", "Dialog", "Keells", "Hayleys", "MAS",
          "Dilmah", "Cargills Food City", "Olpers", "Tapal", "Shan Foods", "Khaadi", "Gul Ahmed", "Aarong", "Nagad",
          "Robi", "Foodpanda", "Pathao", "PickMe", "Munchee", "Maliban", "Anchor", "Nestlé Lanka"]  # fmt: skip

_CITIES = ["Karachi", "Lahore", "Islamabad", "Faisalabad", "Dhaka", "Chattogram", "Colombo", "Kandy", "Multan",
           "Sylhet", "Galle", "Rawalpindi"]  # fmt: skip
_FESTIVALS = ["Ramadan", "Eid ul-Fitr", "Eid ul-Adha", "Pohela Boishakh", "Avurudu", "Vesak", "Independence Day",
              "11.11", "Black Friday", "the PSL season", "the BPL season", "the wedding season", "Christmas"]  # fmt: skip
_COUNTRIES = ["Pakistani", "Bangladeshi", "Sri Lankan", "South Asian"]
_HASHTAGS = ["DarazEid", "JazzWorld", "KhelAur", "BoishakhiOffer", "AvuruduWithKeells", "PSLwithHBL",
             "MeezanRamadan", "bKashEid", "DilmahMoments"]  # fmt: skip
_HANDLES = ["JazzPakistan", "bKash", "DialogLK", "DarazPK", "GrameenphoneGP", "HBLPak", "KeellsLK"]


def values(rng: random.Random) -> dict[str, str]:
    """Fill values that only this pool's frames use."""
    year = rng.randint(2015, 2024)
    return {
        "city": rng.choice(_CITIES),
        "festival": rng.choice(_FESTIVALS),
        "country": rng.choice(_COUNTRIES),
        "circ": str(rng.randint(1, 15)).zfill(rng.choice([1, 2])),
        "crore": rng.choice(["2.5", "12", "1.75", "40", "6.2"]),
        "lakh": str(rng.randint(2, 95)),
        "lkr": f"{rng.randint(1, 9)},{rng.randint(100, 999)}",
        "tk": str(rng.choice([49, 99, 149, 299, 399])),
        "pkr_rate": str(rng.randint(155, 305)),
        "bdt_rate": str(rng.randint(84, 122)),
        "fy1": str(year),
        "yy": str(year + 1)[-2:],
        "yr0": str(rng.randint(2012, 2019)),
        "yr": str(rng.randint(2020, 2025)),
        "three": str(rng.randint(100, 999)),
        "psl": str(rng.randint(2, 10)),
        "margin": str(rng.randint(2, 60)),
        "subs": f"{rng.randint(8, 85)}.{rng.randint(1, 9)}",
        "pct": str(rng.randint(3, 48)),
        "ussd": rng.choice(["786", "247", "444", "678", "166"]),
        "hashtag": rng.choice(_HASHTAGS) + str(year),
        "handle": rng.choice(_HANDLES),
    }
