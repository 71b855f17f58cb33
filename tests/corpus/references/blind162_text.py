"""Prose of the hundred-and-sixty-second independent pool, "blind162" (HELD OUT: never tune on it; report its tables,
never its misses).

Written without reading the checker, its tests or any other pool, as marketers in western India (Maharashtra and
Gujarat) and its diaspora write CIM Level 6 and 7 reports and MBA assignments on the CIM 2206 brief: Indian English
reporting habits ("as per", "opines", "has rightly pointed out", "in the words of"), banks and fintechs, telecoms,
conglomerates, dairy co-operatives, snack makers, airlines and the Marathi and Gujarati press, money in ₹, Rs and
INR with lakh and crore, financial years (FY24, 2023-24), laws cited with their comma and year ("Consumer Protection
Act, 2019") and RBI, SEBI, TRAI and ASCI circulars, festivals (Ganeshotsav, Navratri and garba, Diwali, Uttarayan,
Gudi Padwa), sale events, codes (GSTIN, CIN, IFSC, UPI handles, PIN codes, MahaRERA numbers) and the diaspora in
Leicester, Wembley, New Jersey, Nairobi, Dubai and Toronto. Decoys are brackets, years and names that are no
citation a tutor would expect in the list.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

NARRATIVE_START = [
    "{N} opines that {C}.",
    "{N} has rightly pointed out that {C}.",
    "{N} states that {C}.",
    "{N} found that {C}, which is very relevant for {B}.",
    "{N} observed that {C} in Maharashtra and Gujarat alike.",
    "{N} argues that {C}.",
    "{N} concluded that {C}, especially in tier-2 cities like {city}.",
    "{N} highlights that {C}.",
    "{N} explains that {C} during the festive season.",
    "{N} have shown that {C}.",
    "{N} suggests that {C}; this is also seen in {city}.",
]  # fmt: skip
NARRATIVE_MID = [
    "As per {N}, {C}.",
    "According to {N}, {C}.",
    "In the words of {N}, {C}.",
    "{O}, {N} found that {C}.",
    "{C}, as stated by {N}.",
    "{C}, as has been observed by {N}.",
    "This is in line with {N}, who found that {C}.",
    "For {B}, the learning from {N} is that {C}.",
    "A similar view is given by {N}, that {C}.",
    "{B} can take a lesson from {N}, who say that {C}.",
    "As mentioned by {N} in the context of {city}, {C}.",
    "{O}, a study by {N} showed that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study on {city} shows that {C}.",
    "{N} findings suggest that {C}.",
    "{O}, {N} model explains why {C}.",
    "{N} survey of {n} respondents in {city} found that {C}.",
    "As per {N} framework, {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.",
    "{O}, {C} {P}.",
    "It is a well-known fact that {C} {P}.",
    "Studies in India show that {C} {P}.",
    "In the Indian context, {C} {P}.",
    "Especially in {city}, {C} {P}.",
    "Research on the {fest} season shows that {C} {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.",
    "{C} {P}; at the same time {C2}.",
    "{C} {P}, whereas {C2}.",
    "{C} {P}, but in {city} {C2}.",
    "{C} {P} and hence {C2}.",
]  # fmt: skip
CLAIMS = [
    "{B} can use {T} to reach {A} in {city}",
    "{T} improves {R} among {A}",
    "{A} in tier-2 cities trust brands that speak in Marathi or Gujarati",
    "UPI has made small-ticket payments almost free for kirana stores",
    "festive offers during {fest} bring a large share of annual sales",
    "cashback matters more than brand name for {A}",
    "co-operative brands enjoy higher trust than private dairies",
    "{B} depends on {T} more than its competitors do",
    "price-sensitive {A} switch brands for a ₹{small} discount",
    "regional-language advertising gives better {R} than Hindi or English creatives",
    "the Gujarati diaspora in {diaspora} stays loyal to brands from home",
    "{A} compare prices on three apps before buying",
    "{T} works best when it is linked with {R}",
    "customers of co-operative banks value personal relationships over apps",
    "{A} are influenced by WhatsApp forwards from family members",
    "small snack brands grow faster in western India than national ones",
    "{B} must build trust before it can charge a premium",
]  # fmt: skip
OPENERS = [
    "However",
    "Moreover",
    "Further",
    "In the Indian context",
    "In case of {B}",
    "Also",
    "At the same time",
    "In today's scenario",
    "Similarly",
    "On the other hand",
    "Post pandemic",
]  # fmt: skip
PLAIN = [
    "{B} sells through its own app, general trade and three quick-commerce partners.",
    "The campaign ran for nine nights of Navratri across Instagram, YouTube and FM radio in {city}.",
    "{O}, {C}.",
    "Table {q} summarises the situation analysis for {B}.",
    "The target segment is SEC A and B households in {city} and {city2}.",
    "The budget proposed for the first year is ₹{cr} crore, spread across four quarters.",
    "{B} should test the idea in {city} before a national roll-out.",
    "The recommendations below are based on the 7Ps and the customer journey.",
]  # fmt: skip

# Decoys: text with brackets, years, names or codes that is no citation a tutor would expect in the list.
NOT_CITATIONS = {
    "act-comma-year": ["{B} will have to take fresh consent under the Digital Personal Data Protection Act, 2023 before sending offers.",
                       "Misleading claims are covered by the Consumer Protection Act, 2019, which created the CCPA."],
    "act-section": ["Section 2(47) of the Consumer Protection Act, 2019 defines an unfair trade practice.",
                    "Under Section 6 of the DPDP Act (consent), notices must be available in Marathi and Gujarati too."],
    "state-act": ["Shops in Pune must register under the Maharashtra Shops and Establishments (Regulation of Employment and Conditions of Service) Act, 2017.",
                  "The society is registered under the Gujarat Co-operative Societies Act, 1961 (Reg. No. {n}/{Y})."],
    "government-resolution": ["A Maharashtra GR dated {d}.03.{Y} made Marathi signboards compulsory for shops.",
                              "The Government Resolution (GR No. {n}/{Y}) allowed shops in Mumbai to stay open 24x7."],
    "rbi-circular": ["The RBI's digital lending guidelines (September 2022) changed how fintechs show loan costs.",
                     "Under RBI circular DOR.CRE.REC.{n}/21.07.001/20{fy0}-{fy}, card issuers must seek explicit consent."],
    "sebi-circular": ["SEBI's circular on finfluencers (August 2024) restricts paid promotions by unregistered advisers.",
                      "The circular SEBI/HO/MIRSD/MIRSD-PoD-1/P/CIR/{Y}/{n} applies to all stock brokers."],
    "trai-regulation": ["Promotional SMS must follow TRAI's TCCCPR, 2018 and the DND registry.",
                        "TRAI's order on tariff transparency (No. {n} of {Y}) applies to Jio, Airtel and Vi."],
    "asci-code": ["ASCI's Guidelines for Influencer Advertising (2021) require a clear #ad label.",
                  "The ASCI code (Chapter I.4) bans claims that cannot be substantiated."],
    "rupee-crore": ["{B} spent around ₹{cr} crore on advertising in FY{fy}.",
                    "The festive budget was Rs {cr} crore ({fest} {Y})."],
    "rupee-lakh": ["A 30-second spot on Zee Marathi costs about Rs {lakh} lakh.",
                   "Each store in {city} earns INR {lakh} lakh a month (approx.)."],
    "financial-year": ["Revenue grew by {pct}% (FY{fy} vs FY{fy0}).",
                       "Net profit for 20{fy0}-{fy} was higher than expected."],
    "quarter-results": ["{B} reported strong Q{q} FY{fy} results.",
                        "Same-store sales dipped in Q{q} (FY{fy})."],
    "samvat-year": ["Gujarati traders open new account books on Labh Pancham, Vikram Samvat 2080.",
                    "Muhurat trading on the NSE marks the start of Samvat 2081."],
    "shaka-calendar": ["The Maharashtra government calendar also prints the Shaka year (Shaka 1946).",
                       "Gudi Padwa marks the new year (Shaka Samvat 1945) in Maharashtra."],
    "festival-year": ["Sales in Mumbai peaked during Ganeshotsav (2023).",
                      "Navratri {Y} saw garba passes sold out in Ahmedabad within hours."],
    "festival-date": ["Diwali (12 November 2023) fell later than usual, shifting the sales peak.",
                      "Uttarayan (14 January) is the biggest day of the year for kite and chikki sellers."],
    "sale-event": ["{B} ran offers during the Big Billion Days (2023) and the Great Indian Festival (2023).",
                   "Orders doubled in the Great Indian Festival {Y} compared with the year before."],
    "ipl-season": ["{B} was an associate sponsor of TATA IPL {Y}.",
                   "Ad rates jumped during the IPL (2024 season) on JioCinema."],
    "gst-rate": ["Namkeen attracts GST at 12% (HSN 2106) while plain chips are taxed differently.",
                 "Ice creams are taxed at 18% GST (Chapter 21)."],
    "gstin": ["The invoice shows the GSTIN 24AAACG{n}L1Z5 of the Anand unit.",
              "Every Maharashtra seller displays a GSTIN starting with 27, for example 27AABCU{n}R1ZM."],
    "cin-number": ["The company's CIN is L24239MH1930PLC001234, showing it was registered in Maharashtra in 1930.",
                   "Its CIN (U15400GJ{Y}PTC0{n}) shows a private company in Gujarat."],
    "ifsc-upi": ["Payments can be made to the UPI ID shahtraders@okhdfcbank or by NEFT to IFSC SRCB0000{n}.",
                 "The QR code links to the handle shahtraders@ybl (PhonePe)."],
    "pin-code": ["The flagship store is at Linking Road, Bandra (W), Mumbai 400050.",
                 "The new outlet opens at C.G. Road, Ahmedabad 380009 (near Swastik Char Rasta)."],
    "stock-ticker": ["Avenue Supermarts trades on the NSE as DMART (BSE: 540376).",
                     "Nykaa's shares (NSE: NYKAA) fell {pct}% after the results."],
    "index-level": ["The Sensex closed at 72,000 (March 2024), lifting investor sentiment.",
                    "The Nifty 50 crossed 22,000 (January 2024) for the first time."],
    "product-model": ["The JioBharat V2 (₹999) was launched for feature-phone users.",
                      "Mahindra's XUV700 (AX7 L) was promoted heavily in Pune and Nashik."],
    "tariff-plan": ["The most popular prepaid pack is ₹299 (28 days, 2 GB/day).",
                    "Vi's ₹{small} plan (84 days) targets students."],
    "pack-mrp": ["The 55 g pack (MRP ₹20) sells best in kirana stores.",
                 "Parle-G's ₹5 pack (2011 onwards: smaller grammage) is a classic case of shrinkflation."],
    "award": ["The campaign won a Gold at Effie India {Y} and a Bronze at Cannes Lions {Y2}.",
              "{B} won the Abby (Goafest {Y}) for best regional-language campaign."],
    "people-dates": ["Dr. Verghese Kurien (1921–2012) built the Amul model in Anand.",
                     "Dhirubhai Ambani (1932–2002) founded what became Reliance Industries."],
    "honorific-people": ["Shri Rameshbhai Patel (Chairman, 2019–2024) opened the new chilling centre.",
                         "Smt. Hetalben Shah, the society's secretary, shared the sales figures for {Y}."],
    "campaign-year": ["Amul's 'Utterly Butterly Delicious' campaign (1966) still runs.",
                      "The 'Hamara Bajaj' jingle (1989) is often quoted in class."],
    "brand-founded": ["Parle-G (1938) remains India's best-known biscuit.",
                      "Vadilal (founded 1907) started as a soda fountain in Ahmedabad."],
    "org-abbreviation-year": ["The Gujarat Cooperative Milk Marketing Federation (GCMMF, 1973) markets the Amul brand.",
                              "The National Payments Corporation of India (NPCI, 2008) runs UPI."],
    "census": ["Surat's population was 44.6 lakh (Census 2011).",
               "The Census of India 2011 counted {lakh} lakh Marathi speakers in Gujarat."],
    "survey-round": ["Household spending data come from the HCES 2022-23 (released February 2024).",
                     "Female workforce participation rose (PLFS 2022-23)."],
    "government-scheme": ["Jan Dhan Yojana (2014) brought millions of new customers to banks.",
                          "Digital India (launched 1 July 2015) pushed online payments."],
    "historic-event": ["After demonetisation (8 November 2016), Paytm downloads rose sharply.",
                       "The first lockdown (25 March 2020) closed most of Mumbai's malls."],
    "election": ["Ad inventory was scarce during the Lok Sabha elections (2024).",
                 "The BMC elections (due since 2022) affect hoarding permissions in Mumbai."],
    "infrastructure": ["Mumbai Metro Line 3 (Aqua Line) opened in phases from 2024.",
                       "The Mumbai–Ahmedabad bullet train (target 2028) will change weekend travel."],
    "film-tv": ["The campaign borrowed from Dilwale Dulhania Le Jayenge (1995).",
                "{B} sponsored Shark Tank India (Season 3, 2024) on Sony LIV."],
    "course-batch": ["I completed the PGDM (2021–23 batch) before joining the brand team.",
                     "The survey was run among MBA (Tech) students, 2023-25 batch."],
    "iso-fssai": ["The Anand plant is certified to ISO 22000:2018.",
                  "The pack carries FSSAI Lic. No. 100{n}000{q}{d}."],
    "exchange-rate": ["At ₹83.2 = US$1 (March 2024), imported packaging became costlier.",
                      "Remittances from Dubai rose when the dirham touched ₹22.7 (October 2023)."],
    "local-date": ["The offer runs from 15/08/{Y} to 31/08/{Y}.",
                   "Results were announced on 26th January {Y} (Republic Day)."],
    "diaspora-place": ["Belgrave Road (the Golden Mile) in Leicester is full of Gujarati sweet shops.",
                       "Oak Tree Road in Edison, New Jersey (Little India) has {n} Indian stores."],
    "nairobi-dubai-toronto": ["Many Gujarati families in Parklands (Nairobi) shop at Indian-owned supermarkets.",
                              "Meena Bazaar (Bur Dubai) and Gerrard Street (Toronto) stock Haldiram's and Balaji."],
    "vehicle-registration": ["Delivery vans registered MH 12 (Pune) and GJ 01 (Ahmedabad) carry the new livery.",
                             "Most fleet vehicles are on MH 43 (Navi Mumbai) plates."],
    "rera-number": ["The project is registered under MahaRERA No. P5180004{n}.",
                    "GujRERA registration (PR/GJ/AHMEDABAD/{Y}/{n}) is printed on every hoarding."],
    "phone-helpline": ["Customers can call the toll-free number 1800 266 {n} (9 am to 9 pm IST).",
                       "WhatsApp orders are taken on +91 98250 {n}0."],
    "language-tagline": ["The Gujarati tagline 'Aapnu Amul' [Our Amul] tested well in Rajkot.",
                         "The Marathi line 'Aamhi Punekar' [We Punekars] ({Y} campaign) went viral."],
    "tv-ratings": ["Zee Marathi led the GEC ratings (BARC week {d}, {Y}).",
                   "ABP Majha's reach grew after the floods (BARC data, week {d})."],
    "percent-year": ["UPI's share of retail digital payments rose to {pct}% (20{fy0}-{fy}).",
                     "Rural FMCG volumes grew {pct}% year on year (Q{q} {Y})."],
    "app-version": ["PhonePe v5.{q} added UPI Lite for small payments.",
                    "The CRED app (version 4.{d}) introduced rent payments."],
    "newspaper-edition": ["A jacket ad on the front page of the Times of India (Mumbai edition) costs more than a month of digital spends.",
                          "Divya Bhaskar (Surat edition) carried a full-page ad on Dhanteras."],
}  # fmt: skip

SCARE_QUOTES = [
    "‘jugaad’",
    "“paisa vasool”",
    "'value for money'",
    "‘Bharat’",
    "“vocal for local”",
    "‘phygital’",
    "“kirana 2.0”",
    "'India 2.0'",
]  # fmt: skip
SCARE_FRAMES = [
    "Brands call this {Q} marketing {P}.",
    "{B} sells itself as {Q} {P}.",
    "This so-called {Q} customer is the real target {P}.",
    "The idea of {Q} is now common in boardrooms {P}.",
    "{N} calls this {Q} behaviour.",
]  # fmt: skip
SUBJECT_LINES = [
    "‘Shubh Deepavali! Extra 10% off today only’",
    "“Garba nights, glam looks: 30% off”",
    "'Ganpati Bappa Morya: modak boxes are back'",
    "‘Your ₹{small} cashback is waiting’",
    "“Kem cho, {city}? Free delivery this week”",
    "'Patang, chikki ane offers: Uttarayan sale is live'",
]  # fmt: skip
SUBJECT_FRAMES = [
    "The WhatsApp message {Q} had the highest click rate {P}.",
    "An email with the subject line {Q} performed best {P}.",
    "{B} pushed the notification {Q} to lapsed users {P}.",
    "The SMS {Q} was sent to the DND-cleared base {P}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.",
    "As rightly said, {Q} {P}.",
    "{N} puts it as: {Q}.",
    "In the words of {N}, {Q}.",
    "It has been stated that {Q} {P}.",
    "The point is clear: {Q} {P}.",
]  # fmt: skip

BRANDS = ["HDFC Bank", "ICICI Bank", "Kotak Mahindra Bank", "Bank of Baroda", "Saraswat Bank", "PhonePe", "Paytm",
          "Zerodha", "CRED", "Jio", "Airtel", "Vi", "Reliance Retail", "Tata", "Godrej", "Mahindra", "Adani Wilmar",
          "DMart", "Nykaa", "Shoppers Stop", "Amul", "Parle", "Haldiram's", "Balaji Wafers", "Vadilal", "Havmor",
          "Britannia", "IndiGo", "Air India", "Akasa Air", "Lokmat", "Divya Bhaskar", "Zee Marathi", "Tanishq",
          "Chitale Bandhu", "Jio Mart", "Kaka Halwai", "Surat Diamond Bourse"]  # fmt: skip

_CITIES = ["Mumbai", "Pune", "Nagpur", "Nashik", "Thane", "Navi Mumbai", "Ahmedabad", "Surat", "Vadodara", "Rajkot",
           "Gandhinagar", "Kolhapur", "Anand", "Jamnagar"]  # fmt: skip
_DIASPORA = ["Leicester", "London", "Wembley", "New Jersey", "Nairobi", "Dubai", "Toronto"]
_FESTS = [
    "Diwali",
    "Navratri",
    "Ganeshotsav",
    "Uttarayan",
    "Gudi Padwa",
    "Dhanteras",
    "Raksha Bandhan",
    "Akshaya Tritiya",
]


def values(rng: random.Random) -> dict[str, str]:
    """Fill values only this pool's frames use."""
    city = rng.choice(_CITIES)
    fy = rng.randint(19, 25)
    return {
        "city": city,
        "city2": rng.choice([c for c in _CITIES if c != city]),
        "diaspora": rng.choice(_DIASPORA),
        "fest": rng.choice(_FESTS),
        "cr": str(rng.choice([12, 45, 120, 250, 480, 1200])) + rng.choice(["", ".5"]),
        "lakh": str(rng.choice([2, 4.5, 8, 12, 18, 35])),
        "small": str(rng.choice([19, 49, 99, 149, 199])),
        "fy": str(fy),
        "fy0": str(fy - 1),
        "pct": str(rng.randint(4, 48)),
    }
