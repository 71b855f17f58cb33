"""The blind209 pool's prose: marketers in eastern India and the Bengali and Odia diaspora.

Written without reading the checker, its tests or any other pool, from how these candidates write CIM Level 6 and 7
reports and MBA assignments in English: Indian English ("the said brand", "in the year 2019", "w.r.t."), rupees in
lakh and crore, festivals and their dates, Acts with their years, company forms and registration numbers, tea grades,
cricket and films with years, and people with their titles. ``{N}``, ``{P}``, ``{Q}``, ``{C}`` and ``{O}`` are the
builder's slots; frames may use every fill value and the ones ``values`` draws.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["ITC", "Emami", "Britannia", "Haldiram's", "Bandhan Bank", "Amul", "Mio Amore", "K.C. Das", "Senco Gold",
          "Spencer's", "Tata Tea", "Goodricke", "Bisk Farm", "Anmol", "Rupa", "Dollar Industries", "Boroline",
          "Sreeleathers", "Reliance Jio", "Airtel", "Vodafone Idea", "Swiggy", "Zomato", "Blinkit", "BigBasket",
          "Flipkart", "Tanishq", "OMFED", "Odisha Tourism", "Biswa Bangla", "Balaram Mullick", "Bengal Tea Company",
          "Shoppers Stop", "Paragon", "Dabur", "Keo Karpin", "Sanjha Chulha", "bKash", "Pran", "Aarong"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    return {
        "cr": rng.choice(["4.5", "12", "27.8", "150", "1,200", "38", "2.75", "640"]),
        "lk": rng.choice(["25", "3.5", "80", "12", "1.2", "45"]),
        "city": rng.choice(["Kolkata", "Bhubaneswar", "Guwahati", "Patna", "Ranchi", "Siliguri", "Cuttack", "Durgapur", "Asansol", "Jamshedpur"]),
        "abroad": rng.choice(["Dhaka", "London", "New Jersey", "Toronto", "Tower Hamlets", "Edison"]),
        "fest": rng.choice(["Durga Puja", "Rath Yatra", "Bihu", "Pohela Boishakh", "Kali Puja", "Chhath", "Saraswati Puja", "Poush Mela", "Raja Parba"]),
        "Yr": str(rng.randint(2015, 2024)),
        "age": str(rng.randint(24, 71)),
        "pc": str(rng.randint(4, 78)),
        "tk": rng.choice(["250", "1,200", "85", "4,999"]),
        "grade": rng.choice(["FTGFOP1", "SFTGFOP1", "TGFOP", "GFOP", "BOP", "CTC BOPSM"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} opined that {C}.", "{N} have found that {C}.", "{N} observed that {C}, especially in {city}.",
    "{N} concluded that {C}; the same holds good for {B}.", "{N} has highlighted that {C}.",
    "{N} studied consumers in {city} and found that {C}.", "{N} argue that {C}.",
    "{N} points out that {C}, which is very relevant for {B}.", "{N} stated that {C}.",
    "{N} were of the view that {C}.", "{N} explain that {C} (for example, during {fest}).",
    "{N} noted that {C} and that {C2}.", "{N} emphasised that {C}.",
    "{N} surveyed households in {city} and reported that {C}.", "{N} reiterates that {C}.",
    "{N} cautioned that {C} in tier-2 markets.", "{N} discuss how {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As rightly pointed out by {N}, {C}.", "{O}, {N} found that {C}.", "This is in line with {N}, who found that {C}.",
    "{C}, as observed by {N}.", "{C} – a view also taken by {N}.", "According to {N}, {C}.",
    "In the context of {city}, {N} showed that {C}.", "A study conducted by {N} revealed that {C}.",
    "{B} is a case in point; {N} showed that {C}.", "The findings of {N} indicate that {C}.",
    "It may be argued, following {N}, that {C}.", "{C}; however, {N} found the opposite among {A}.",
    "For the diaspora in {abroad}, {N} found that {C}.", "Evidence from {N} suggests that {C}.",
    "Drawing upon {N}, it can be said that {C}.", "{C}, as per {N}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study revealed that {C}.", "{O}, {N} framework shows that {C}.", "{N} findings suggest that {C}.",
    "Applying {N} model to {B}, it is clear that {C}.", "{N} survey of {city} shoppers found that {C}.",
    "This supports {N} argument that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Studies show that {C} {P}.", "In {city}, {C} {P}.",
    "{B} is no exception, since {C} {P}.", "It is widely accepted that {C} {P:see}.",
    "Several Indian studies report that {C} {P:e.g.}.", "{C}, particularly during {fest} {P}.",
    "This matters because {C} {P}.", "{C} (Figure {q}) {P}.", "{C}. {P}", "To sum up, {C} {P}.",
    "A similar pattern is seen among the diaspora in {abroad} {P}.", "{C} {P:see also}.",
    "{C}, as Indian marketing textbooks stress {P:cf.}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; {C2}.", "While {C} {P}, {C2}.",
    "Although {C} {P}, it is equally true that {C2}.", "{C} {P:see}, whereas {C2}.",
    "Some researchers {P:e.g.} argue that {C}.", "{O}, {C} {P}, hence {C2}.", "Studies {P} agree that {C}.",
]  # fmt: skip
CLAIMS = [
    "{A} in {city} prefer local brands over national ones", "festive offers drive most of the annual sales of {B}",
    "vernacular advertising builds more trust than English-only campaigns", "{T} works better in metros than in small towns",
    "UPI has changed how kirana stores deal with {A}", "price remains the main purchase criterion for {A}",
    "celebrity endorsement raises recall but not always {R}", "{B} must adapt its communication for Bengali-speaking customers",
    "WhatsApp is the most used channel for customer service in eastern India", "{A} are willing to pay more for GI-tagged products",
    "the Durga Puja season accounts for a large share of retail sales in Bengal", "{T} improves {R} among {A}",
    "tea estates need to build consumer brands rather than sell only through auctions", "quick commerce is eating into the share of local grocers",
    "trust in the bank's staff matters more than the mobile app for rural customers", "regional OTT platforms have found a loyal audience",
    "the diaspora buys nostalgia as much as it buys the product", "{B} has under-invested in digital channels compared with its rivals",
    "small retailers in {city} still rely on credit given to regular customers", "data tariffs have made video the default format for {A}",
]  # fmt: skip
OPENERS = ["Moreover", "Further", "In the Indian context", "In case of {B}", "On the other hand", "However",
           "With respect to eastern India", "Post-pandemic", "Hence", "In {city}", "For the diaspora", "Thus",
           "In this regard", "Apart from this", "Nowadays", "Especially during the festive season"]  # fmt: skip
PLAIN = [
    "{B} was started in {city} and now sells across eastern India.", "The present report analyses the marketing mix of {B}.",
    "The table below gives the key figures for each channel.", "{B} has around {n}k followers on Instagram, but engagement is low.",
    "Primary data were collected through a structured questionnaire.", "{O}, {C}.",
    "The recommendations are phased over the next financial year.", "A SWOT analysis of {B} is given in the annexure.",
    "The company sells through distributors, modern trade and its own website.", "The main competitors of {B} are two national brands and many local players.",
    "Task 2 builds on this by proposing a digital plan.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one Indian textbook puts it, {Q} {P}.", "{N} put it aptly: {Q}.", "It has been rightly said that {Q} {P}.",
    "{N} write that {Q}.", "{B} seems to have accepted that {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘jugaad’", "‘value for money’", "‘desi’", "‘glocal’", "‘Bengali pride’", "‘premiumisation’",
                "'vocal for local'", "‘sachet economy’", "“heritage”", "‘Bharat’ consumers"]  # fmt: skip
SCARE_FRAMES = [
    "{B} positions itself on {Q} {P}.", "Marketers often speak of {Q} as a strategy {P}.",
    "The so-called {Q} approach is common among {A} {P}.", "Many brands now claim {Q} {P}.",
    "What {N} call {Q} is visible in {city}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Pujo offers are live – up to 40% off’", "‘Shubho Noboborsho! A gift for you inside’",
                 "“Your first flush order has shipped”", "‘Recharge now and get 2GB extra’",
                 "‘Last day: free delivery across {city}’", "'Rath Yatra special: buy 1 get 1'"]  # fmt: skip
SUBJECT_FRAMES = [
    "A message such as {Q} worked well before {fest} {P}.", "{B} sent {Q} to its app users {P}.",
    "The SMS {Q} got the best response of the quarter {P}.", "Copy like {Q} creates urgency {P}.",
]  # fmt: skip

# Text that looks like a citation and is not one: what a tutor would never expect in the reference list.
NOT_CITATIONS = {
    "indian-act": ["Complaints are now handled under the Consumer Protection Act, 2019.", "{B} revised its labels after the Legal Metrology Act, 2009 was enforced.",
                   "Tea exports are still regulated under the Tea Act, 1953."],
    "dpdp-act": ["Consent must be recorded under the DPDP Act 2023.", "{B} rewrote its privacy notice for the Digital Personal Data Protection Act, 2023 (DPDP Act).",
                 "Opt-in records will matter once the DPDP Rules (2025) take effect."],
    "indian-rules": ["Pack labels follow the Food Safety and Standards (Labelling and Display) Regulations, 2020.",
                     "The MRP is printed as the Legal Metrology (Packaged Commodities) Rules, 2011 require.",
                     "Unsolicited SMS fall under TRAI's TCCCPR, 2018."],
    "rupee-crore": ["{B} spent ₹{cr} crore on advertising last year.", "The campaign budget was Rs. {cr} crore (about {pc}% of sales).",
                    "Turnover crossed INR {cr} crore in FY {Yr}-{q}."],
    "rupee-lakh": ["Each pandal sponsorship costs around Rs. {lk} lakh.", "The pilot in {city} cost ₹{lk} lakh (including GST).",
                   "Footfall reached {lk} lakh visitors during {fest}."],
    "gstin": ["The distributor is registered (GSTIN 19AABCE{n}F1ZQ).", "Invoices carry the GSTIN (21AAACO{n}K1Z5) of the Odisha unit.",
              "{B}'s Assam depot has its own GSTIN: 18AADCB{n}M1Z2."],
    "cin": ["The company's CIN is L15491WB1919PLC003452.", "{B} is incorporated in West Bengal (CIN U51909WB2011PTC{n}145).",
            "The Odisha subsidiary (CIN U15400OR2016PTC0{n}21) handles dairy."],
    "legal-form": ["The brand is owned by Dey Brothers Pvt. Ltd. (Kolkata).", "The agency operates as Sen & Patnaik LLP.",
                   "{B}'s distributor, Mahapatra Agencies (OPC) Private Limited, covers Cuttack."],
    "festival-year": ["Sales doubled during Durga Puja 2023.", "The campaign ran before Bihu ({Yr}) in Guwahati.",
                      "{B} launched a limited pack for Pohela Boishakh 1431."],
    "festival-date": ["Rath Yatra (20 June {Yr}) is the busiest day for sweet shops in Puri.", "Pohela Boishakh (14 April) marks the Bengali new year.",
                      "Orders peak around Kali Puja (late October or November)."],
    "bengali-calendar": ["The shop's ledger (haal khata) opens on 1 Boishakh 1430.", "The brand dates its founding to Bangabda 1312.",
                         "Jamai Sasthi (Jyoishtho 1431) is a strong sweet-buying occasion."],
    "tea-grade": ["The estate's best lot was graded FTGFOP1 ({n} kg).", "{B} sells a {grade} Darjeeling at a premium.",
                  "Auction prices for CTC (BOP, BP) fell in Guwahati."],
    "tea-flush": ["The 2022 first flush sold out within weeks.", "Buyers in London prefer the second flush (May–June).",
                  "Rain delayed the autumn flush ({Yr}) across Dooars gardens."],
    "pin-code": ["The flagship store is at Park Street, Kolkata 700 016.", "The warehouse is in Mancheswar, Bhubaneswar 751010.",
                 "Deliveries began in Siliguri (PIN 734001) first."],
    "ipl": ["{B} sponsored Kolkata Knight Riders (2008) for three seasons.", "Ad rates rose during IPL 2024.",
            "The brand ran a contest during the final (KKR vs SRH, 26 May 2024)."],
    "film-year": ["The advert borrowed from Satyajit Ray's Pather Panchali (1955).", "Kahaani (2012) made Kolkata a film location again.",
                  "The Bengali hit Bela Seshe (2015) ran for over a hundred days."],
    "tv-show": ["{B} sponsored Dadagiri Unlimited (Zee Bangla, Season 10).", "Star Jalsha's Sreemoyee (2019–2023) drew strong TRPs.",
                "The brand placed products in Anupamaa (2020–present)."],
    "stock-code": ["ITC is listed on the exchange (NSE: ITC).", "The bank's shares (BSE: 541153) fell after the results.",
                   "Investors watch the stock (NSE: EMAMILTD) closely."],
    "awards": ["The campaign won gold at the Effies India 2021.", "{B}'s film was shortlisted at Goafest {Yr} (Abby Awards).",
               "The agency won ‘Agency of the Year’ at the ACEF Awards (2022)."],
    "person-title": ["Shri A. K. Mohanty, IAS, launched the scheme.", "Dr. S. Banerjee (Head, Marketing) approved the plan.",
                     "The store was opened by Smt. Rina Pattanaik, MLA."],
    "person-age": ["The founder, Mr. Dey (72), still visits the shop daily.", "Our persona, Sohini (28), works in Salt Lake Sector V.",
                   "The typical buyer is a homemaker (aged 35–50)."],
    "gi-tag": ["Odisha Rasagola received a GI tag (2019).", "Darjeeling Tea was India's first GI product (2004).",
               "Banglar Rasogolla (GI tag since 2017) is a point of pride for Kolkata."],
    "fiscal-year": ["Revenue grew in FY 2023-24.", "Margins fell in Q3 FY25 (October–December).",
                    "The target is set for FY2{q} (April to March)."],
    "quarter-results": ["{B} posted a profit of ₹{cr} crore (Q{q} FY24 results).", "Rural volumes recovered (Q{q} {Yr} earnings call).",
                        "Net interest income rose {pc}% (H1 FY25)."],
    "fssai-licence": ["Every pack shows the FSSAI licence (Lic. No. 1001{n}000312).", "The kitchen is licensed (FSSAI No. 2281{n}000045).",
                      "Home bakers in {city} need an FSSAI registration (Form A)."],
    "mrp-pack": ["The ₹10 pack (MRP incl. of all taxes) is the best seller.", "A 250 g pouch (MRP ₹{n}) targets rural buyers.",
                 "The sachet (8 ml, ₹2) brought in first-time users."],
    "indian-date": ["The offer is valid till 31.03.{Yr}.", "Prices changed w.e.f. 01.04.{Yr}.",
                    "The new pack design was approved on 15.08.{Yr}."],
    "founding": ["{B} (est. 1974) is still family-run.", "K.C. Das (since 1866) claims to have invented the canned rasogolla.",
                 "The estate (planted 1852) is one of the oldest in Darjeeling."],
    "address": ["The head office is at 22 Camac Street, Kolkata.", "The new outlet is on Janpath, Unit 3, Bhubaneswar.",
                "Customers in {abroad} order from the Brick Lane store (E1)."],
    "programme-batch": ["This report is submitted for the PGDM (2023–25 batch).", "I wrote it as part of my MBA (Batch {Yr}).",
                        "The assignment is for CIM Level 7 (Module 2, {Yr})."],
    "interviewee": ["One distributor agreed (Interviewee 3, Siliguri).", "A store manager was sceptical (Respondent 7, Patna).",
                    "A tea taster disagreed (Interviewee 5, Jalpaiguri)."],
    "survey-sample": ["Most respondents preferred Bengali ads (n = {n}).", "The survey covered Kolkata and Howrah (n={n}, {Yr}).",
                      "Women made up {pc}% of the sample (N = {n})."],
    "cross-reference": ["The full questionnaire is in Annexure II.", "See Exhibit {q} for the media plan.",
                        "The costs are shown in Table {q}.{q} (page {q}{q})."],
    "handle": ["Complaints are answered on X (@AskSpencers) within a day.", "The hashtag #DurgaPuja{Yr} trended for a week.",
               "Customers can WhatsApp the store (+91 98300 {n}12)."],
    "phone-tollfree": ["The helpline (1800 345 {n}) works from 9 am to 9 pm.", "Call the Kolkata office (033 2288 {n}1).",
                       "The Dhaka outlet (+880 2 9{n} 4411) takes phone orders."],
    "rating": ["The app has a 4.3★ rating (Play Store, {n}k reviews).", "Google reviews average 4.6 (out of 5).",
               "The stall was rated 4.1 on Zomato (Park Street)."],
    "percentage-share": ["{B} holds a large share of the market ({pc}% by value).", "Rural areas give most of the sales ({pc}%).",
                         "Share of voice dropped ({pc}% vs {q}0%)."],
    "schemes": ["Lakshmir Bhandar (2021) has raised the spending power of women in Bengal.", "The Kanyashree Prakalpa (2013) won a UN award.",
                "Mission Shakti (2001) groups supply products to OMFED."],
    "election": ["Ad rates rose before the West Bengal Assembly election (2021).", "Outdoor media was restricted during the Lok Sabha polls (2024).",
                 "Campaigns paused in Odisha (model code of conduct, March–June {Yr})."],
    "slogan": ["Amul's ‘Utterly Butterly Delicious’ (1966) is still used.", "{B}'s tagline ‘Bangalir pride’ runs across hoardings.",
               "Boroline's line ‘Suravit antiseptic cream’ dates from 1929."],
    "song-year": ["The ad used the Tagore song ‘Ekla Chalo Re’ (1905).", "The jingle reworked ‘Ami Banglay Gaan Gai’ (1970s).",
                  "The Puja anthem (released September {Yr}) got {n}k views."],
    "cricket": ["The ad ran during the India v Australia ODI (19 November 2023).", "Sourav Ganguly (born 1972) is the brand ambassador.",
                "Eden Gardens (capacity 68,000) hosted the final."],
    "exchange-rate": ["This is about US$ {n} million (₹83 = US$1, March 2024).", "Remittances from London (£1 = ₹105) fund many purchases.",
                      "A pack costs Tk {tk} in Dhaka (about ₹{n})."],
    "taka": ["bKash processed Tk {tk} crore in one day.", "The Dhaka launch budget was BDT {tk} lakh.",
             "Prices start at Tk {tk} (VAT included)."],
    "standards": ["The jewellery is BIS hallmarked (IS 1417:2016).", "The factory is certified to ISO 22000:2018.",
                  "The ghee carries the AGMARK grade (Special)."],
    "city-tier": ["Tier-2 cities (e.g., Siliguri, Cuttack, Durgapur) are growing fastest.", "Smaller towns (e.g. Bankura, Balasore) lag behind.",
                  "Metros (Kolkata, Delhi, Mumbai) account for most online orders."],
    "age-segment": ["Gen Z (born 1997–2012) spends most time on reels.", "The core segment is young professionals (aged 22–30).",
                    "Older customers (60+) still prefer cash."],
    "weather-season": ["Sales of hair oil drop in the monsoon (June–September).", "Cyclone Fani (May 2019) shut stores in Puri.",
                       "Winter (December–February) is the peak season for Darjeeling tourism."],
    "price-observation": ["A 1 kg pack costs ₹{n} at the local kirana (July {Yr}).", "Online prices were lower (₹{n} on BigBasket, June {Yr}).",
                          "In {abroad} the same pack sells for £{q}.99 (store visit, {Yr})."],
    "version": ["The app was relaunched (version {q}.{q}) before {fest}.", "UPI Lite (launched 2022) suits small payments.",
                "Jio's 5G (rolled out October 2022) reached {city} later."],
    "durations": ["The campaign ran for six weeks (September–October {Yr}).", "The trial lasted {q} months (Jan–Apr {Yr}).",
                  "Stores stayed open late during the Puja (Shashthi to Dashami)."],
    "registration-numbers": ["The trust is registered (Reg. No. S/{n} of {Yr}).", "The brand name is a registered trademark (TM No. {n}{n}).",
                             "Its PAN (AAACI1681G) appears on all invoices."],
    "trains-flights": ["Products travel on the Kanchanjungha Express (15657) to Siliguri.", "The Kolkata–Bhubaneswar flight (6E 7212) made day trips possible.",
                       "Tourists arrive by the toy train (the DHR, opened in 1881) to Darjeeling."],
    "headcount": ["{B} employs around {n} staff (2024).", "The estate has 1,{n} permanent workers (and casual pluckers).",
                  "The agency grew to {n} people (three offices)."],
}  # fmt: skip
