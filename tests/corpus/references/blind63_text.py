"""Prose for the sixty-third held-out pool, "blind63": sentence frames, claims, brands and decoys.

HELD OUT: never tune the checker on this pool; report its tables, never its misses. Written by a sixty-third hand,
without reading the checker, its tests or the other pools' frames, decoys and works, from how brand, trade, growth,
CRM and communications marketers at telecoms and mobile-money firms, banks, SACCOs, FMCG and beverage firms, tea,
coffee and flower exporters, safari and hotel groups, tourism boards, NGOs and agencies in Nairobi, Mombasa, Dar es
Salaam, Arusha, Kampala, Kigali and Addis Ababa write CIM Level 6 and 7 reports and MBA assignments in English:
Acts with their numbers and years and chapters of the laws, regulators' directives, statistics offices' surveys by
name and year, Madaraka Day, Jamhuri Day, Eid, Meskel, Umuganda and Christmas campaigns with their dates, shilling,
franc and birr prices with dollar conversions, exchange rates, financial years, USSD codes, paybill and till
numbers, stock tickers, company forms and former names, founding years, awards, fieldwork and interview codes,
hashtags and handles, Swahili, Amharic and Kinyarwanda words glossed in brackets, campaign slogans in quotation
marks, tea and coffee grades and auction sales, flight numbers, park fees, standards with their years, census
figures, radio frequencies, course units, figures and appendices.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argue that {C}, a point that holds for {B} in {CITY}.",
    "{N} showed that {C}.",
    "{N} observes that {C}, especially outside {CITY}.",
    "{N} report that {C} among {A}.",
    "{N} concluded that {C}.",
    "{N} note that {C}, although the sample was drawn from {CITY} only.",
    "{N} suggests that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As {N} points out, {C}.",
    "This is in line with {N}, who found that {C}.",
    "{O} {N} argue that {C}.",
    "For {B}, the work of {N} matters because {C}.",
    "Evidence from {CITY} supports this: {N} show that {C}.",
    "However, {N} caution that {C}.",
    "In a study of {SACCO} members, {N} found that {C}.",
    "Applied to {B}, the framework of {N} implies that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} survey of {A} in {CITY} found that {C}.",
    "{N} study suggests that {C}.",
    "According to {N} findings, {C}.",
    "{N} model explains why {C}.",
    "Building on {N} work, this report assumes that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O} {C} {P}.",
    "In East Africa, {C} {P}.",
    "For a brand like {B}, {C} {P}.",
    "Studies in {CITY} suggest that {C} {P}.",
    "It is widely accepted that {C} {P}.",
    "{C}, particularly for {A} {P}.",
    "{C} {P:see}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, which is why {B} should act before {HOLIDAY}.",
    "Because {C} {P}, the plan puts mobile first.",
    "{C} {P}, and this is truer still in {CITY}.",
    "While {C} {P}, {C2}.",
    "{O} {C} {P}, so the budget is weighted towards {T}.",
    "Research {P} shows that {C}.",
]  # fmt: skip
CLAIMS = [
    "mobile money has become the default way {A} pay for everyday goods",
    "trust in agents matters more than the app itself for rural customers",
    "price is still the first reason low-income shoppers switch brands",
    "sachet packs widen reach but erode perceived quality",
    "Swahili-language creative outperforms English in recall outside Nairobi",
    "loyalty to a mobile network is driven by the network's coverage more than by its promotions",
    "SACCO members value personal relationships over digital channels",
    "domestic tourists respond to price bundles more than to destination imagery",
    "tea buyers in export markets pay a premium for traceable origin",
    "flower exporters gain from certification only when buyers reward it",
    "influencers with small, local followings drive more trial than celebrities",
    "customer complaints on X are answered faster than those made in branches",
    "data protection rules have made consent a visible part of CRM",
    "banks that partner with telcos reach the unbanked faster than those that build their own apps",
    "brand heritage protects beer brands against cheaper illicit alcohol only in part",
    "promotions tied to public holidays lift sales briefly but do little for equity",
    "word of mouth in chamas shapes which financial products women adopt",
    "safari operators depend heavily on a few European source markets",
    "corporate reputation affects employees' advocacy as much as customers' loyalty",
    "radio remains the most trusted medium in rural Uganda and Tanzania",
    "dairy brands compete on freshness and availability more than on advertising",
    "digital credit uptake is high but repayment stress damages the lender's brand",
    "young urban consumers expect the brands they follow to reply in Sheng",
    "service quality explains most of the variation in customer satisfaction among bank customers",
    "distributors and dukas decide which FMCG brands reach the shelf in informal retail",
    "airline loyalty schemes matter to business travellers but barely to leisure travellers",
    "perceived ease of use predicts the adoption of mobile banking",
    "cause-related campaigns are trusted only when the brand's commitment is long term",
    "{B} can defend its share only by improving {R} among {A}",
    "{T} works best when it is tested in one county before it is rolled out",
]  # fmt: skip
OPENERS = [
    "In the Kenyan market,",
    "Across the East African Community,",
    "For mobile-money providers,",
    "In Tanzania's FMCG sector,",
    "In Rwanda's tourism sector,",
    "Among SACCOs and microfinance banks,",
    "Since the pandemic,",
    "For exporters of tea, coffee and flowers,",
    "In Ethiopia's newly opened telecoms market,",
    "In practice,",
]  # fmt: skip
PLAIN = [
    "This section applies those ideas to {B}.",
    "The recommendations below are costed in shillings and phased over twelve months.",
    "The analysis draws on secondary data and on informal conversations with the trade team.",
    "{B} has not yet segmented its customers beyond basic demographics.",
    "The next part turns to the marketing mix.",
    "A phased approach reduces the risk to the brand.",
    "Each objective below is specific, measurable and time-bound.",
    "The campaign would run across radio, TikTok, WhatsApp and in-store activation.",
    "Regional differences are large, so one national plan is unlikely to work.",
    "Budget constraints mean that not every option can be pursued at once.",
    "The table that follows summarises the main risks and how they would be managed.",
    "The brand team in {CITY} would own the plan, with support from the agency.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "One regional study puts it plainly: {Q} {P}.",
    "{N} argues that {Q}.",
    "As {N} put it, {Q}.",
    "The point is made clearly in the literature: {Q} {P}.",
    "{N} warns that {Q}.",
    "This report takes the view that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = [
    "‘premium’", "‘digital first’", "‘customer obsessed’", "‘affordable luxury’", "\"lifestyle\"", "'Kenyan-made'",
    "‘authentic’", "\"youth-centric\"", "‘bundled’", "'value for money'", "‘hustler’", "‘mama mboga’",
    "\"chama\"", "‘sustainable’", "‘free’",
]  # fmt: skip
SCARE_FRAMES = [
    "{B} describes its new range as {Q}, though shoppers may not agree {P}.",
    "Many SACCOs call themselves {Q} while most members still queue in branches {P}.",
    "{N} questions whether {Q} is a position or only a slogan.",
    "The word {Q} appears in almost every tourism brief {P}.",
    "So-called {Q} offers can cheapen a brand over time {P}.",
    "{N} shows how often {Q} is used without evidence.",
]  # fmt: skip
SUBJECT_LINES = [
    "‘Your M-Pesa statement is ready’", "\"Karibu! Your bonus bundle is waiting\"", "‘Lipa na M-Pesa and win’",
    "'Happy Madaraka Day from all of us'", "‘Last chance: 50% off safari packages’", "\"Eid Mubarak - enjoy double points\"",
    "‘Tembea Kenya this December’", "'Your loan limit has increased'", "‘Melkam Meskel!’", "\"Visit Rwanda, remarkable\"",
    "‘Ni Yetu’", "'Chukua hatua leo'",
]  # fmt: skip
SUBJECT_FRAMES = [
    "An SMS such as {Q} reaches customers on any handset {P}.",
    "The subject line {Q} was opened by more customers than any other {P}.",
    "{N} found that messages like {Q} raise response among {A}.",
    "Slogans such as {Q} travel well across the region {P}.",
    "{B}'s push notification {Q} drew complaints about frequency {P}.",
]  # fmt: skip

# Text with capitals, years, brackets or quotation marks that cites nothing: what these writers put in their reports.
NOT_CITATIONS = {
    "act-with-number": [
        "Kenya's Data Protection Act, 2019 (No. 24 of 2019) requires a lawful basis for every marketing SMS.",
        "Under Uganda's Data Protection and Privacy Act 2019, {B} must register as a data controller.",
        "Tanzania's Personal Data Protection Act, 2022 came into force in May 2023.",
    ],
    "act-with-chapter": [
        "Section 31 of the Competition Act (Cap. 504) deals with abuse of buyer power in retail.",
        "The Consumer Protection Act, 2012 (No. 46 of 2012) bans misleading price claims.",
    ],
    "rwanda-law-number": [
        "Rwanda's Law No. 058/2021 of 13/10/2021 governs how {B} may process personal data.",
        "Law No. 058/2021 (Rwanda) requires consent before customer data leaves the country.",
    ],
    "regulator-directive": [
        "The CAK's SIM registration deadline ({d} April {YR}) forced every telco to re-verify customers.",
        "The BoT's directive on mobile-money charges (July {YR}) cut fees on small transfers.",
        "The NBE directive of {YR} opened mobile money to non-bank operators in Ethiopia.",
    ],
    "statistics-release": [
        "The Economic Survey {YR} (Chapter 13) reports a rise in international arrivals.",
        "According to the KNBS Economic Survey {YR}, tea earnings fell for the second year.",
        "The UBOS National Household Survey {FY} gives the latest figures on phone ownership.",
        "NISR's Labour Force Survey (Q{q} {YR}) shows youth unemployment above 20 per cent.",
    ],
    "census-figure": [
        "The 2019 Kenya Population and Housing Census counted 47.6 million people.",
        "Tanzania's 2022 Population and Housing Census (61.7 million) confirms a young market.",
    ],
    "shilling-price": [
        "A 1 kg packet of {FMCG} retails at {KSH} in Nairobi supermarkets.",
        "The entry bundle costs {TSH} (about US$ {n}) for 30 days.",
        "In Kampala the same pack sells for {USH}.",
    ],
    "franc-birr-price": [
        "A gorilla trekking permit costs US$ 1,500 (about {RWF}) per person.",
        "In Addis Ababa a macchiato now costs {ETB}, up from ETB 15 in {YR}.",
    ],
    "exchange-rate": [
        "Figures are converted at KSh 129 = US$ 1 (the mean rate on {d} March {YR2}).",
        "All prices use an exchange rate of TSh 2,540 to the dollar ({MON} {YR2}).",
    ],
    "financial-year": [
        "Service revenue grew {PCT} in FY{FY} (year to 31 March).",
        "The plan runs from July {YR} to June of the next year, the Government's financial year.",
        "Ethiopia's fiscal year {FY} ends on 7 July.",
    ],
    "quarter-figure": [
        "Mobile-money subscriptions reached {n} million in Q{q} {YR}.",
        "Sales fell in Q{q} {YR} and recovered in Q{q} {YR2}.",
    ],
    "ussd-code": [
        "Customers dial {SHORTCODE} to opt in, free of charge.",
        "The promotion ran on USSD ({SHORTCODE}) because most rural customers use feature phones.",
    ],
    "paybill-till": [
        "Customers pay through Paybill {PAYBILL} (account: their meter number).",
        "Each duka was given its own Buy Goods till ({TILL}) during the pilot.",
    ],
    "stock-ticker": [
        "{TICKER} shares rose after the results were announced.",
        "Investors compare Safaricom (NSE: SCOM) with Airtel Africa (LSE: AAF).",
    ],
    "company-form": [
        "Bidco Africa Ltd (formerly Bidco Oil Refineries Limited) now sells in 16 countries.",
        "East African Breweries PLC (EABL) owns Kenya Breweries Limited (KBL) and Uganda Breweries Limited (UBL).",
        "Brookside Dairy Limited (a Kenyan private company) buys milk from over 100,000 farmers.",
    ],
    "founding-year": [
        "Equity Bank (founded in 1984 as Equity Building Society) is now a regional group.",
        "KTDA (established 1964) manages more than 70 factories.",
        "Ethiopian Airlines (founded 1945) is Africa's largest carrier by fleet.",
    ],
    "launch-date": [
        "M-Pesa was launched on 6 March 2007 and Fuliza in January 2019.",
        "Telebirr (launched May 2021) passed {n} million users within two years.",
    ],
    "holiday-date": [
        "The campaign peaks before Madaraka Day (1 June) and again before Jamhuri Day (12 December).",
        "Meskel (27 September) and Genna (7 January) are Ethiopia's strongest gifting seasons.",
        "Sales plans follow Eid al-Fitr, Mashujaa Day (20 October) and Christmas.",
    ],
    "ramadan-period": [
        "During Ramadan (March to April {YR2}) the team shifted airtime offers to after iftar.",
        "Evening promotions ran through Ramadan {YR2}, when footfall in Eastleigh peaks after dark.",
    ],
    "rwanda-calendar": [
        "No activation is planned on Umuganda (the last Saturday of the month), when shops close until noon.",
        "Visit Rwanda builds its content around Kwita Izina (the gorilla naming ceremony, September).",
    ],
    "campaign-slogan": [
        "Safaricom's ‘Twende Tukiuke’ campaign (2017) asked Kenyans to go beyond limits.",
        'The "Magical Kenya" destination brand (relaunched in {YR}) targets domestic travellers too.',
        "Tusker's 'Bia Yetu, Nchi Yetu' (Our Beer, Our Country) line is still remembered.",
    ],
    "award": [
        "{B} won Gold at the Marketing Society of Kenya Warc Awards ({YR}).",
        "The hotel was named Africa's Leading Safari Lodge (World Travel Awards, {YR}).",
        "Superbrands East Africa ({FY}) listed {B} among the top ten.",
    ],
    "fieldwork": [
        "The survey (n = {n}) was run by phone in {MON} {YR2}.",
        "Fieldwork took place in Nairobi, Kisumu and Eldoret (October to November {YR2}).",
    ],
    "interview-code": [
        "One agent said customers trust the face behind the counter (Interview A4, Kisumu).",
        "A farmer in Kericho (FGD 2, women aged 25 to 34) said the cooperative pays late.",
        "Respondent R17 (Marketing Manager, {CITY}) described the trade budget as flat.",
    ],
    "scale-statistic": [
        "All items used a five-point Likert scale (Cronbach's α = 0.{n}).",
        "The model explained most of the variance (R² = 0.61, p < 0.01).",
    ],
    "hashtag-handle": [
        "The launch trended as {TAG} within two hours.",
        "Complaints were sent to {HANDLE} rather than to the call centre.",
        "The TikTok challenge ({TAG}) drew entries from Kampala and Kigali.",
    ],
    "social-metrics": [
        "The video (1.2m views, {d} {MON}) was the brand's best performer of the year.",
        "The X Space on {d} {MON} drew {n} listeners (peak) and 3,400 replays.",
    ],
    "swahili-gloss": [
        "Most sales happen in dukas (small neighbourhood shops) and through mama mboga (vegetable sellers).",
        "Women save through chamas (informal savings groups) that meet every month.",
        "Riders of boda bodas (motorcycle taxis) are a key segment for pay-as-you-go insurance.",
    ],
    "amharic-gloss": [
        "The buna (coffee) ceremony is central to how Ethiopian households host guests.",
        "Members of an iqub (rotating savings group) already trust peer lending.",
    ],
    "sheng-slang": [
        'Young customers call data bundles "bundles za kusort" (bundles that sort you out).',
        "The word ‘Fuliza’ (to keep going) is now a verb in Sheng.",
    ],
    "pack-size": [
        "Tusker Lager (500 ml bottle) and Tusker Lite (330 ml can) sell at different margins.",
        "Brookside's Lala (500 ml) is priced below Fresha (500 ml) in most outlets.",
        "The 10 g sachet (KSh 10) is the fastest-moving unit in rural dukas.",
    ],
    "standard-code": [
        "All products carry the KEBS Standardization Mark (KS EAS 12:2018).",
        "The factory is certified to ISO 22000:2018 and FSSC 22000 (Version 6).",
        "Exports must meet EU MRL limits (Regulation (EC) No 396/2005).",
    ],
    "tea-coffee-grade": [
        "Kenyan BP1 and PF1 grades fetched US$ {n} per kg at the Mombasa auction (Sale {q}).",
        "AA and AB grades sold at the Nairobi Coffee Exchange (Sale No. {d}) above expectations.",
        "Yirgacheffe Grade 1 (washed) commands a premium in Japan and the US.",
    ],
    "flight-number": [
        "The new ET 308 service (Addis Ababa to Nairobi) added a third daily frequency.",
        "Kenya Airways' KQ 100 (Nairobi to Mombasa) is the busiest domestic route.",
    ],
    "park-fee": [
        "The Maasai Mara reserve fee rose to US$ 100 (adult, per day) in the high season.",
        "Serengeti conservation fees (US$ 70 plus VAT) are charged per 24 hours.",
    ],
    "tourism-statistic": [
        "Kenya received 2,089,259 international visitors in 2023 (up 31.5 per cent).",
        "Tourism earnings reached US$ {n} million in {YR}, about {PCT} of GDP.",
    ],
    "hotel-detail": [
        "The lodge (five-star, {n} rooms) reopened in {MON} {YR2} after refurbishment.",
        "{B} Beach Resort (Diani, 120 rooms, all-inclusive) targets families from Nairobi.",
    ],
    "address-phone": [
        "Orders are taken on WhatsApp (+254 722 {n} 000) and at P.O. Box 30375-00100, Nairobi.",
        "The head office (Plot 22, Kampala Road, Kampala) handles all trade enquiries.",
    ],
    "radio-frequency": [
        "The jingle ran on Radio Jambo (97.5 FM), Ramogi FM (107.1) and Kameme FM (101.1).",
        "In Uganda the spots aired on CBS FM (88.8) and Radio Simba (97.3) at breakfast.",
    ],
    "course-unit": [
        "This report answers Task 1 of the CIM Level 7 Postgraduate Diploma (Unit 2, Digital Strategy).",
        "The assignment follows the Level 6 brief (Marketing and Digital Strategy, {MON} {YR2} series).",
    ],
    "figure-table": [
        "Market shares are shown in Figure {q} (Appendix B).",
        "Table {q} (below) compares the options against cost, reach and risk.",
        "The customer journey map (Appendix C) shows where agents lose customers.",
    ],
    "model-name": [
        "The PESTLE analysis (Appendix A) highlights regulation and currency risk.",
        "The Ansoff matrix (Figure 2) places the Ethiopian launch in market development.",
        "SOSTAC® (situation, objectives, strategy, tactics, action, control) structures the plan.",
    ],
    "year-range": [
        "Between 2019 and 2023 the share of cash in retail payments fell sharply.",
        "The recovery period ({YR} to {YR2}) saw domestic tourism outgrow international arrivals.",
    ],
    "election-period": [
        "Spend was paused during the August 2022 general election (campaign period: May to August).",
        "Consumer confidence dipped around the 2017 repeat presidential election (26 October).",
    ],
    "sacco-name": [
        "Stima SACCO (Stima DT Sacco Society Ltd), licensed by SASRA, has a mobile app.",
        "Mwalimu National SACCO (teachers' society) and Kenya Police SACCO are among the largest.",
    ],
    "app-version": [
        "The M-Pesa app (version 2.4) added a mini-app store for merchants.",
        "The super app (iOS 16 and Android 10 and later) is available in English and Kiswahili.",
    ],
    "date-in-text": [
        "On {d} {MON} {YR}, {B} cut prices across its core range.",
        "The rebrand was announced on {d} {MON} {YR2} at a launch in {CITY}.",
    ],
    "percentage-share": [
        "Safaricom holds about {PCT} of mobile subscriptions (Q{q} {YR} figures) and most of mobile money.",
        "Private labels now hold {PCT} of the dairy category in modern trade.",
    ],
}

BRANDS = ["Safaricom", "M-Pesa", "Airtel Kenya", "MTN Uganda", "Vodacom Tanzania", "Ethio Telecom", "telebirr",
          "Equity Bank", "KCB", "NCBA", "CRDB Bank", "Bank of Kigali", "EABL", "Tusker", "Bidco", "Brookside",
          "KTDA", "Kericho Gold", "Ketepa", "Java House", "Dormans", "Ethiopian Airlines", "Kenya Airways",
          "Magical Kenya", "Visit Rwanda", "Serena Hotels", "Sarova", "Naivas", "Quickmart", "Carrefour Kenya",
          "Azam", "Kapa Oil", "Menengai", "Del Monte Kenya", "M-KOPA", "Twiga Foods", "Jumia Kenya", "Glovo"]  # fmt: skip

_CITIES = ["Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret", "Dar es Salaam", "Arusha", "Mwanza", "Dodoma",
           "Kampala", "Entebbe", "Gulu", "Kigali", "Musanze", "Addis Ababa", "Hawassa", "Bahir Dar"]  # fmt: skip
_HOLIDAYS = ["Madaraka Day", "Jamhuri Day", "Mashujaa Day", "Christmas", "Eid al-Fitr", "Meskel", "Easter",
             "Idd-ul-Adha", "Genna", "Saba Saba"]  # fmt: skip
_FMCG = ["Kimbo", "Golden Fry", "Menengai Cream", "Ketepa Pride", "Kericho Gold", "Elianto", "Ushindi soap", "Fresh Fri"]  # fmt: skip
_SACCOS = ["Stima SACCO", "Mwalimu National SACCO", "Kenya Police SACCO", "Harambee SACCO", "Unaitas", "Tower SACCO"]
_TICKERS = ["Safaricom (NSE: SCOM)", "EABL (NSE: EABL)", "KCB Group (NSE: KCB)", "CRDB (DSE: CRDB)",
            "MTN Uganda (USE: MTNU)", "Bank of Kigali (RSE: BOK)", "Equity (NSE: EQTY)", "Vodacom Tanzania (DSE: VODA)"]  # fmt: skip
_TAGS = ["#MPesaAt17", "#TembeaKenya", "#VisitRwanda", "#TuskerLager", "#MadarakaDay", "#NiYetu", "#KaribuTanzania",
         "#MelkamMeskel", "#DataBundles", "#SokoFresh"]  # fmt: skip
_HANDLES = ["@SafaricomPLC", "@Safaricom_Care", "@AirtelKenya", "@mtnug", "@VodacomTanzania", "@ethiotelecom",
            "@KeEquityBank", "@KCBGroup", "@EABL_Official", "@MagicalKenya", "@visitrwanda_now"]  # fmt: skip
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use: places, holidays, prices in five currencies, codes and handles."""
    year = rng.randint(2015, 2024)
    return {
        "CITY": rng.choice(_CITIES),
        "HOLIDAY": rng.choice(_HOLIDAYS),
        "FMCG": rng.choice(_FMCG),
        "SACCO": rng.choice(_SACCOS),
        "KSH": f"KSh {rng.randint(45, 1450):,}",
        "TSH": f"TSh {rng.randint(1, 25) * 1000:,}",
        "USH": f"USh {rng.randint(2, 60) * 500:,}",
        "RWF": f"RWF {rng.randint(18, 22) * 100_000:,}",
        "ETB": f"ETB {rng.randint(25, 90)}",
        "PCT": f"{rng.randint(4, 68)}{rng.choice(['%', ' per cent', '.5%'])}",
        "YR": str(year),
        "YR2": str(year + rng.randint(1, 2)),
        "FY": f"{year}/{str(year + 1)[2:]}",
        "MON": rng.choice(_MONTHS),
        "SHORTCODE": rng.choice(["*544#", "*334#", "*150*01#", "*247#", "*185#", "*127#"]),
        "PAYBILL": str(rng.randint(100000, 999999)),
        "TILL": str(rng.randint(1000000, 9999999)),
        "TICKER": rng.choice(_TICKERS),
        "TAG": rng.choice(_TAGS),
        "HANDLE": rng.choice(_HANDLES),
    }
