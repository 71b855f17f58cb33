"""The blind129 pool's prose (HELD OUT): marketers in Malaysia, Brunei and their diaspora.

A hundred-and-twenty-ninth independent pool, written without reading the checker, its tests or any other pool, from
how brand, trade, CRM and digital marketers at banks and Islamic banks, telecoms and e-wallets (Touch 'n Go, Boost,
GrabPay), palm-oil and rubber-glove firms, halal food and drink makers, hypermarkets and convenience chains, airlines,
property developers, universities, media houses and agencies in Kuala Lumpur, Petaling Jaya, Penang, Johor Bahru,
Kota Kinabalu, Kuching, Ipoh and Bandar Seri Begawan (and in Singapore, London and Melbourne) write CIM Level 6 and 7
reports and MBA assignments in English: Malaysian English ("per cent", "RM", "Sdn. Bhd."), festive calendars (Hari
Raya Aidilfitri, Chinese New Year, Deepavali, Gawai, Kaamatan, Merdeka), the 11.11 and 12.12 sales, Acts with their
numbers ("Act 709"), Brunei Orders, BNM policy documents, JAKIM and Malaysian Standards, Bursa codes, company
registration numbers, ringgit and Brunei dollars, and Malay words with English in square brackets.

HELD OUT: nobody tunes the checker on this pool; its tables are reported, never its misses.

Placeholders: the builder's own ({B}, {A}, {R}, {T}, {Y}, {Y2}, {n}, {q}, {d}, {M}) and these from values():
{rm} a ringgit sum, {bnd} a Brunei-dollar sum, {pct} a percentage's number, {city} a city, {fest} a festival,
{mall} a shopping mall, {uni} a university, {yr} and {yr2} recent years, {ew} an e-wallet, {bank} a bank,
{stock} a Bursa stock code, {reg} a company registration number, {hijri} a Hijri year, {promo} a promo code.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Maybank", "CIMB", "Public Bank", "Bank Islam", "Bank Muamalat", "RHB", "Hong Leong Bank", "BIBD",
          "Baiduri Bank", "Touch 'n Go eWallet", "Boost", "GrabPay", "ShopeePay", "Maxis", "CelcomDigi", "U Mobile",
          "Unifi", "DST", "imagine", "Top Glove", "Hartalega", "Sime Darby Plantation", "FGV", "Mamee", "Ramly",
          "Gardenia", "Dutch Lady", "F&N", "Milo", "OldTown White Coffee", "Zus Coffee", "Tealive", "Secret Recipe",
          "Mydin", "Lotus's", "AEON", "99 Speedmart", "7-Eleven Malaysia", "KK Mart", "myNEWS", "Hua Ho", "Supa Save",
          "AirAsia", "Malaysia Airlines", "Firefly", "Royal Brunei Airlines", "Sunway", "SP Setia", "Mah Sing",
          "EcoWorld", "Taylor's University", "Astro", "Media Prima", "Shopee", "Lazada", "Zalora", "Nando's Malaysia",
          "Marrybrown", "Petronas", "Proton", "Perodua", "Watsons Malaysia", "Guardian", "Mr. D.I.Y.", "Padini",
          "Bonia", "Habib Jewels", "Aeon Credit", "Setel", "foodpanda", "Grab", "Mixue", "Kenangan Coffee"]  # fmt: skip

_CITIES = ["Kuala Lumpur", "Petaling Jaya", "Shah Alam", "Penang", "George Town", "Johor Bahru", "Kota Kinabalu",
           "Kuching", "Ipoh", "Melaka", "Seremban", "Kota Bharu", "Miri", "Bandar Seri Begawan", "Kuala Belait",
           "Cyberjaya", "Putrajaya", "Subang Jaya", "Bangsar", "Iskandar Puteri"]  # fmt: skip
_FESTIVALS = ["Hari Raya Aidilfitri", "Hari Raya Haji", "Chinese New Year", "Deepavali", "Thaipusam", "Gawai Dayak",
              "Pesta Kaamatan", "Christmas", "Ramadan", "Merdeka", "Malaysia Day", "the Mid-Autumn Festival",
              "Wesak Day", "Brunei National Day"]  # fmt: skip
_MALLS = ["Mid Valley Megamall", "Pavilion Kuala Lumpur", "Sunway Pyramid", "1 Utama", "The Exchange TRX",
          "Gurney Plaza", "Imago Kota Kinabalu", "Vivacity Megamall", "The Mall Gadong", "Aman Central",
          "IOI City Mall", "Paradigm Mall Johor Bahru"]  # fmt: skip
_UNIS = ["Universiti Malaya", "UiTM", "UKM", "Universiti Brunei Darussalam", "USM", "UPM", "Taylor's University",
         "Sunway University", "Monash University Malaysia", "UNIMAS", "UMS", "Multimedia University"]  # fmt: skip
_EWALLETS = ["Touch 'n Go eWallet", "Boost", "GrabPay", "ShopeePay", "MAE by Maybank", "BigPay", "Setel", "BIBD NEXGEN"]
_BANKS = ["Maybank", "CIMB", "Bank Islam", "Public Bank", "RHB", "BIBD", "Baiduri Bank", "AmBank", "Hong Leong Bank"]
_STOCKS = ["Bursa: 1155", "KLSE: 7113", "Bursa: 5347", "Bursa: 6012", "KLSE: 1295", "Bursa: 5225", "Bursa: 5296",
           "KLSE: 4707", "Bursa: 5681"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    yr = rng.randint(2017, 2025)
    return {
        "rm": rng.choice([f"RM{rng.randint(2, 95)}.{rng.choice(['90', '50', '99', '00'])}", f"RM{rng.randint(1, 40)}.{rng.randint(1, 9)} billion",
                          f"RM{rng.randint(12, 900)} million", f"RM{rng.randint(1, 9)},{rng.randint(100, 999)}", f"RM{rng.randint(5, 50)}"]),
        "bnd": rng.choice([f"B${rng.randint(1, 90)}.{rng.randint(1, 9)} million", f"BND {rng.randint(20, 900)}", f"B${rng.randint(5, 300)}"]),
        "pct": str(rng.randint(5, 88)), "city": rng.choice(_CITIES), "fest": rng.choice(_FESTIVALS),
        "mall": rng.choice(_MALLS), "uni": rng.choice(_UNIS), "yr": str(yr), "yr2": str(yr + rng.randint(1, 3)),
        "ew": rng.choice(_EWALLETS), "bank": rng.choice(_BANKS), "stock": rng.choice(_STOCKS),
        "reg": f"{rng.randint(1970, 2021)}01{rng.randint(100000, 999999)} ({rng.randint(10000, 999999)}-{rng.choice('AHKPUVWXD')})",
        "hijri": str(rng.randint(1438, 1447)), "promo": rng.choice(["RAYA", "CNY", "DEEPA", "MERDEKA", "GAWAI", "PAYDAY"]) + str(yr),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} found that {C}.",
    "{N} argued that {C}, which is relevant to {B}.",
    "{N} reported that {C}.",
    "{N} highlighted that {C}, especially among Malaysian consumers.",
    "{N} concluded that {C}.",
    "{N} observed that {C} in both Malaysia and Brunei.",
    "{N} mentioned that {C}.",
    "{N} emphasised that {C}, and this is in line with what {B} is doing.",
    "{N} stated that {C}.",
    "{N} explains that {C}.",
    "{N} also noted that {C}.",
    "{N} claimed that {C}, although the sample was from the Klang Valley only.",
    "{N} posited that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "According to {N}, {C}.",
    "As mentioned by {N}, {C}.",
    "{O}, {N} found that {C}.",
    "This is supported by {N}, who found that {C}.",
    "Based on the study by {N}, {C}.",
    "{C}, as highlighted by {N}.",
    "In the Malaysian context, {N} showed that {C}.",
    "A survey in {city} by {N} revealed that {C}.",
    "This is consistent with {N}, where {C}.",
    "For {B}, the findings of {N} suggest that {C}.",
    "{C}; {N} made the same point about Brunei.",
    "In a study of {uni} students, {N} found that {C}.",
    "Similarly, {N} argued that {C}.",
    "Referring to {N}, {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study shows that {C}.",
    "{O}, {N} findings suggest that {C}.",
    "{N} framework helps to explain why {C}.",
    "Based on {N} survey, {C}.",
    "{N} model was applied to {B} because {C}.",
    "{N} research in {city} showed that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "It is found that {C} {P}.",
    "Studies in Malaysia show that {C} {P}.",
    "In Brunei too, {C} {P}.",
    "During {fest}, {C} {P}.",
    "For {B}, {C} {P}.",
    "Research has shown that {C} {P}.",
    "It was reported that {C} {P}.",
    "This is important because {C} {P}.",
    "Among Malaysian millennials, {C} {P}.",
    "{C} (see also {B}'s own research) {P}.",
    "{C} {P:see}.",
    "{C} {P:e.g.}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{C} {P}; however, {C2}.",
    "{C} {P}, whereas {C2}.",
    "{O}, {C} {P}, but {C2}.",
    "Although {C} {P}, {C2}.",
    "{C} {P}, hence {C2}.",
    "{C} {P}, which means {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} in Malaysia prefer {ew} for small payments",
    "halal certification from JAKIM increases purchase intention among Muslim consumers",
    "{T} raises {R} during {fest}",
    "festive advertisements that show family values are remembered longer",
    "cashless payments grew quickly after the Movement Control Order",
    "Islamic banks must explain Shariah concepts in simple language to win {A}",
    "{B} could use {T} to reach {A} in East Malaysia",
    "trust in an e-wallet depends more on security than on cashback",
    "price promotions during the 11.11 and 12.12 sales train customers to wait for discounts",
    "{A} in Brunei are loyal to local banks but open to digital wallets",
    "{B} spends about RM{n} million a year on festive campaigns",
    "consumers are sensitive to halal issues and boycotts spread fast on social media",
    "convenience chains win on location while hypermarkets win on price",
    "palm-oil firms need to answer the deforestation criticism from European buyers",
    "glove makers relied on pandemic demand and now face overcapacity",
    "property developers use virtual tours and influencers to sell to first-time buyers",
    "{A} judge a university by its ranking and its graduate employability",
    "live-stream selling on TikTok Shop converts better than static posts for {A}",
    "word of mouth on WhatsApp groups is more trusted than paid advertising",
    "{T} works well for {B} because customers are mostly mobile-first",
    "the B40 group is very price sensitive and responds to vouchers",
    "Malay-language content performs better than English content outside the Klang Valley",
    "brand ambassadors from local celebrities improve {R}",
    "customers expect a bank's app to work as smoothly as {ew}",
    "the rising cost of living has shifted spending to private labels",
    "about {pct} per cent of shoppers compare prices online before visiting the store",
]  # fmt: skip
OPENERS = [
    "However", "In addition", "Furthermore", "Moreover", "In the Malaysian context", "For {B}", "Besides that",
    "On the other hand", "In Brunei", "Nevertheless", "In this case", "Meanwhile", "Apart from that",
    "After the pandemic", "Since the MCO",
]  # fmt: skip
PLAIN = [
    "{B} was chosen for this report because the author has worked in its marketing team in {city}.",
    "The company operates in Peninsular Malaysia, Sabah, Sarawak and Brunei.",
    "{O}, {C}.",
    "The target audience is urban millennials and Gen Z in the Klang Valley.",
    "A PESTEL and SWOT analysis is given in the appendix.",
    "{B} sells through its own app, Shopee, Lazada and TikTok Shop.",
    "The marketing team has eight staff and reports to the Chief Marketing Officer.",
    "The campaign will run for six weeks before {fest} and two weeks after.",
    "All prices in this report are in ringgit unless stated otherwise.",
    "The recommendations below are prioritised by cost and impact.",
    "Customer data is kept in a CRM system that the bank introduced recently.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As stated by {N}, {Q}.",
    "According to {N}, {Q}.",
    "It is said that {Q} {P}.",
    "{N} wrote that {Q}.",
    "This is summarised well: {Q} {P}.",
    "One textbook states that {Q} {P}, which {B} should take note of.",
    "In the words of {N}, {Q}.",
    "The author argues that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["“halalan toyyiban”", "‘Malaysia Boleh’", '"kiasu"', "‘cashless society’", '"balik kampung"',
                "“Buy Malaysian First”", "‘open house’", '"shiok"', "‘syok sendiri’", "“cancel culture”",
                "‘boikot’", '"lepak"', "‘duit raya’", "“Keluarga Malaysia”", "'angpau'", "“tapau”", "'cincai'",
                "‘Shariah-compliant’", "“Muslim-friendly”", '"makan"']  # fmt: skip
SCARE_FRAMES = [
    "Many brands still follow a {Q} approach to marketing {P}.",
    "{B} described its festive campaign as {Q} {P}.",
    "The so-called {Q} mindset affects how {A} shop {P}.",
    "The idea of {Q} is strong among Malaysian consumers {P}.",
    "{N} described this as {Q}.",
    "Customers value {Q} products more than before {P}.",
    "Younger consumers use the word {Q} on social media {P}.",
]  # fmt: skip
SUBJECT_LINES = ["“Selamat Hari Raya! Your duit raya cashback is here”", "‘Gong Xi Fa Cai – ang pow rewards inside’",
                 '"11.11 starts NOW: up to 70% off"', "‘Happy Deepavali from all of us ✨’",
                 "“Last day to claim your RM{n} voucher”", "'Your e-statement for {M} is ready'",
                 "‘Balik kampung? Top up before you go’", "“Payday sale: free shipping, no min spend”",
                 "‘Selamat Hari Gawai – special offers for Sarawakians’", '"We miss you! Here\'s RM5 off"']  # fmt: skip
SUBJECT_FRAMES = [
    "The push notification {Q} had the highest open rate {P}.",
    "{B} sent the email {Q} to dormant users {P}.",
    "A subject line such as {Q} creates urgency {P}.",
    "Testing {Q} against an English-only version showed that bilingual copy works better {P}.",
    "The message {Q} was sent to {A} one week before the festive season {P}.",
    "{N} used the example {Q} to show how urgency works.",
]  # fmt: skip

# ---------------------------------------------------------------------------------------------- decoys
# Text a careless reader could take for a citation, none of which a tutor expects in the reference list.
NOT_CITATIONS = {
    "act-with-number": [
        "{B} must comply with the Personal Data Protection Act 2010 (Act 709) when it collects customer data.",
        "The Consumer Protection Act 1999 (Act 599) covers misleading festive promotions.",
        "Telcos are regulated under the Communications and Multimedia Act 1998 (Act 588).",
        "Halal claims fall under the Trade Descriptions Act 2011 (Act 730).",
    ],
    "act-amendment": [
        "The amendment (Act A1727) added a duty to notify data breaches.",
        "Since the 2024 amendments (Act A1727), {B} must appoint a data protection officer.",
    ],
    "brunei-order": [
        "In Brunei, the Consumer Protection (Fair Trading) Order, 2011 applies to online sellers.",
        "The Halal Certificate and Halal Label Order, 2005 means {B} needs a Brunei halal permit as well.",
        "The Competition Order, 2015 limits exclusive deals with retailers in Bandar Seri Begawan.",
    ],
    "malay-law-title": [
        "The Malay text, Akta Perlindungan Data Peribadi 2010 [Personal Data Protection Act 2010], is the authoritative version.",
        "Under the Akta Perihal Dagangan 2011 (Akta 730), a false halal logo is an offence.",
    ],
    "bnm-policy-document": [
        "BNM's policy document on e-money (BNM/RH/PD 029-6) sets the wallet limit at RM5,000.",
        "Banks follow BNM's Fair Treatment of Financial Consumers policy document (BNM/RH/PD 028-{n}), issued in {yr}.",
    ],
    "malaysian-standard": [
        "Production follows MS 1500:2019 (halal food) and MS 2400-1:2019 for logistics.",
        "{B}'s factory is certified to ISO 9001:2015 and MS 1500:2019.",
        "Gloves are tested to EN 455 and ASTM D6319 before export.",
    ],
    "ringgit-figure": [
        "Revenue reached {rm} last year ({yr} annual report figures).",
        "The campaign budget was modest ({rm} for six weeks).",
        "Festive sales rose to {rm} ({yr}).",
    ],
    "brunei-dollar": [
        "{B} spent {bnd} on digital advertising in Brunei ({yr}).",
        "The average basket in Bandar Seri Begawan is small (B$38, {yr}).",
    ],
    "exchange-rate": [
        "Imported packaging became dearer as the ringgit weakened (USD1 = RM4.{n}, {yr}).",
        "The Brunei dollar is pegged to the Singapore dollar (B$1 = S$1).",
    ],
    "festival-year": [
        "The {fest} {yr} campaign was the brand's most watched.",
        "Sales peaked in the week before Hari Raya ({yr}).",
        "The Chinese New Year ({yr}) ad was shared widely on Facebook.",
    ],
    "hijri-date": [
        "The promotion ran until 1 Syawal {hijri}H.",
        "The Ramadan bazaar ({hijri} AH) attracted more visitors than the year before.",
    ],
    "zodiac-year": [
        "The Year of the Dragon ({yr}) campaign used red and gold packaging.",
        "{B} launched limited-edition ang pow packets for the Year of the Snake (2025).",
    ],
    "east-malaysia-festival": [
        "Sarawak customers were targeted before Gawai Dayak (1 June).",
        "The Kaamatan (30–31 May) promotion ran only in Sabah.",
    ],
    "sale-date": [
        "Orders doubled during the 11.11 sale (11 November {yr}).",
        "The 12.12 campaign ({yr}) focused on free shipping.",
        "The 9.9 and 10.10 sales ({yr}) were smaller than expected.",
    ],
    "national-day": [
        "The Merdeka campaign celebrated Malaysia's independence (31 August 1957).",
        "Malaysia Day (16 September 1963) is now a bigger marketing moment in Sabah and Sarawak.",
        "Brunei's National Day (23 February) is a key date for BIBD's campaigns.",
    ],
    "historical-person": [
        "The Merdeka ad featured Tunku Abdul Rahman (1903–1990) reading the proclamation.",
        "Tun Dr Mahathir Mohamad (Prime Minister 1981–2003 and 2018–2020) launched the Multimedia Super Corridor.",
        "The tagline quotes P. Ramlee (1929–1973), the film legend.",
    ],
    "ad-director": [
        "The festive ads of Yasmin Ahmad (1958–2009) for Petronas are still shared every Merdeka.",
        "Director Yasmin Ahmad's Tan Hong Ming in Love (2007) remains a favourite.",
    ],
    "celebrity-year": [
        "Badminton legend Lee Chong Wei (Olympic silver, 2008) is a long-time brand ambassador.",
        "The brand signed Siti Nurhaliza (Anugerah Juara Lagu winner, 1997) for its Raya campaign.",
        "Michelle Yeoh (Oscar winner, 2023) is from Ipoh.",
    ],
    "film-title": [
        "The campaign borrowed the football theme of the film Ola Bola (2016).",
        "Older viewers remember Ibu Mertuaku (1962) and Pendekar Bujang Lapok (1959).",
        "The Hari Raya ad was made like the drama Nur (2018).",
    ],
    "founding-year": [
        "Mamee (founded 1971) began in Melaka as a small noodle snack maker.",
        "Bank Negara Malaysia (established 1959) regulates the banks and the e-wallets.",
        "BIBD (formed 2006) is Brunei's biggest bank.",
    ],
    "company-registration": [
        "The licensed e-money issuer is {B} Sdn. Bhd. (Registration No. {reg}).",
        "Invoices show the company number ({reg}) and the SST number.",
    ],
    "bursa-code": [
        "{B} ({stock}) is listed on the Main Market of Bursa Malaysia.",
        "The share price of Top Glove (Bursa: 7113) fell after the pandemic.",
    ],
    "financial-year": [
        "Net profit grew in the last quarter (FY{yr}, Q4).",
        "The results for 1H{yr} showed lower margins (1H{yr}: {pct}%).",
    ],
    "product-model": [
        "The Proton X50 (2020) and Perodua Myvi (2005) are the best-selling cars among young families.",
        "{B} gave away a Samsung Galaxy S24 (2024) as the grand prize.",
        "The Perodua Axia (2014) is marketed as the cheapest car in Malaysia.",
    ],
    "award": [
        "{B} won Gold at the Putra Brand Awards {yr} (Banking category).",
        "The agency's Raya film won at the Kancil Awards ({yr}).",
        "{B} was named in Malaysia's 100 Leading Graduate Employers ({yr}).",
    ],
    "event": [
        "The brand will exhibit at MIHAS {yr} (Malaysia International Halal Showcase).",
        "Visit Malaysia Year 2026 (VMY2026) is an opportunity for {B}.",
        "The launch took place at {mall} during the {fest} open house ({yr}).",
    ],
    "national-plan": [
        "The Twelfth Malaysia Plan (2021–2025) aims to raise the digital economy's share of GDP.",
        "Brunei's Wawasan 2035 (Vision 2035) calls for a dynamic economy.",
        "The MyDIGITAL blueprint (2021) targets cashless payments for all.",
        "Budget {yr} (tabled October {yr}) gave e-wallet credits to youths.",
    ],
    "mco-phase": [
        "Stores closed during the first Movement Control Order (18 March 2020).",
        "Sales recovered only after the MCO 3.0 (June 2021).",
    ],
    "government-scheme": [
        "Many users first downloaded an e-wallet for e-Tunai Rakyat (RM30, 2020).",
        "The ePENJANA credit (RM50) pushed Boost and GrabPay downloads up.",
        "Students received RM200 through the e-Pemula scheme ({yr}).",
    ],
    "income-group": [
        "The B40 group (household income below RM4,850) is the main target.",
        "M40 families (RM4,851–RM10,970) shop more at AEON and Lotus's.",
    ],
    "tax-rate": [
        "Prices rose after the SST increase (8%, March 2024).",
        "GST (6%) was replaced by SST in 2018.",
    ],
    "interest-rate": [
        "Mortgage demand slowed after the OPR hike (3.00%, May 2023).",
        "Islamic home financing rates follow the base rate (BR 3.{n}%).",
    ],
    "minimum-wage": [
        "Labour costs rose with the minimum wage (RM1,500 a month, {yr}).",
        "The new minimum wage (RM1,700) applies from February 2025.",
    ],
    "survey-sample": [
        "The questionnaire was answered by {n} respondents (n = {n}, Klang Valley).",
        "The focus group had eight participants (four Malay, three Chinese and one Indian).",
    ],
    "statistics": [
        "Trust had a significant effect on intention (β = 0.{n}, p < 0.05).",
        "The model explained a good share of variance (R² = 0.{pct}).",
        "Cronbach's alpha was acceptable for all constructs (α > 0.70).",
    ],
    "table-figure": [
        "The results are summarised below (see Table {q} and Appendix B).",
        "Market shares are shown in the chart (Figure {q}, {yr} data).",
    ],
    "market-share": [
        "{B} holds the biggest share of the market ({pct}% in {yr}).",
        "E-wallet users now outnumber credit card holders ({yr}: {pct} per cent).",
    ],
    "promo-code": [
        "The voucher code {promo} gave RM10 off the first order.",
        "Customers used the code {promo} (valid until 31 December) at checkout.",
    ],
    "hotline": [
        "Customers can call the careline (1-300-88-{n}) or WhatsApp the bank.",
        "The scam hotline (997) was promoted on every receipt.",
    ],
    "address-postcode": [
        "The flagship store is on Jalan Ampang (50450 Kuala Lumpur).",
        "The head office moved to Mutiara Damansara (47820 Petaling Jaya) in {yr}.",
        "The Brunei branch is in Kiulap (BE1518, Bandar Seri Begawan).",
    ],
    "university-ranking": [
        "Universiti Malaya is ranked highly in Asia (QS World University Rankings {yr}).",
        "{uni} moved up in the THE Impact Rankings ({yr}).",
    ],
    "shariah-terms": [
        "The product is based on tawarruq (commodity murabahah).",
        "Deposits are accepted under wadiah (safekeeping) or mudarabah (profit-sharing).",
        "Takaful (Islamic insurance) grew faster than conventional insurance ({yr}).",
    ],
    "malay-phrase-gloss": [
        "The tagline 'Jom Raya!' (Let's celebrate Raya!) was used on all channels.",
        "The slogan “Kita Jaga Kita” (We take care of each other) was popular during the pandemic.",
        "Customers often say 'boleh tahan' (not bad) about the service.",
    ],
    "hashtag-year": [
        "The hashtag #BeliBarangMuslim (2019) started a wave of boycotts.",
        "User posts with #RayaDiRumah ({yr}) doubled the reach.",
    ],
    "flight-route": [
        "AirAsia promoted its new route (AK 6142, Kuala Lumpur to Kota Kinabalu).",
        "Royal Brunei Airlines flies daily to London (BI 3, via Dubai).",
    ],
    "mall-opening": [
        "The Exchange TRX (opened 2023) attracts high-income shoppers.",
        "{mall} (refurbished {yr}) is where the pop-up store will be.",
    ],
    "election": [
        "Consumer sentiment dipped before the general election (GE15, 19 November 2022).",
        "The Sabah state election (2020) affected advertising rates.",
    ],
    "sports-event": [
        "{B} sponsored Malaysia's Thomas Cup squad (1992 champions).",
        "The SEA Games (2017, Kuala Lumpur) campaign was a success.",
    ],
    "organisation-acronym-year": [
        "The e-wallet is licensed by BNM (licence no. EMI-{n}) and audited by the PDP Commissioner.",
        "JAKIM (2023 guidelines) now requires halal executives in large factories.",
        "The MCMC (Internet Users Survey) figures are used by most agencies.",
    ],
    "salutation-title": [
        "The campaign was launched by the group chairman, Tan Sri Kamal Jaafar, in {city} ({yr}).",
        "Dato' Seri Lee Kah Choon's speech at the Invest Malaysia forum ({yr}) was widely reported.",
        "Yang Berhormat Menteri (Minister of Communications, {yr}) officiated the launch.",
    ],
    "percent-growth": [
        "Transaction volume grew year on year ({yr}–{yr2}: +{pct}%).",
        "Footfall in {city} recovered (from {pct}% in {yr} to pre-pandemic levels).",
    ],
    "ewallet-limit": [
        "Unverified wallets are capped (RM200 per transaction, RM1,500 a month).",
        "{ew} raised its wallet limit (RM5,000 for verified users).",
    ],
}  # fmt: skip
