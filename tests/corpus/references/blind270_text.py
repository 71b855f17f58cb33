"""The blind270 pool's prose: marketers in southern India (Chennai, Coimbatore, Madurai, Bengaluru, Mysuru, Kochi,
Thiruvananthapuram, Hyderabad, Visakhapatnam) and its diaspora (Singapore, Kuala Lumpur, Dubai, Leicester, London,
Toronto, New Jersey) writing CIM Level 6 and 7 reports and MBA assignments in English.

Written without reading the checker, its tests or the other pools. Indian English as these candidates write it
("the same", "in this regard", "as per", "lakh" and "crore", "FY2023-24"), citations at the start, middle and end of
sentences, and text with brackets, years, rupees, codes and quoted regional-language words that is no citation:
festivals, state schemes and policies, GST slabs, films, IPL teams, launches and prices, PIN and STD codes, slogans
in Tamil, Malayalam, Kannada and Telugu, founding years, tickers, awards, survey rounds and fiscal years.
"""

# ruff: noqa: E501  (generator tables and frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["Federal Bank", "South Indian Bank", "Karur Vysya Bank", "Muthoot Finance", "Manappuram", "Britannia",
          "MTR Foods", "Aachi Masala", "CavinKare", "Jyothy Labs", "Milma", "Aavin", "Nandini", "Saravana Stores",
          "Pothys", "Kalyan Jewellers", "Malabar Gold & Diamonds", "Joyalukkas", "Lulu Hypermarket", "Infosys", "Wipro",
          "Zoho", "Freshworks", "Swiggy", "Byju's", "Kerala Tourism", "Nalli Silks", "Chai Kings", "Kerala Ayurveda",
          "Mustafa Centre", "Saravana Bhavan"]  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use."""
    return {
        "fest": rng.choice(["Onam", "Pongal", "Ugadi", "Deepavali", "Vishu", "Sankranti", "Navratri", "Christmas", "Ramzan"]),
        "rs": rng.choice(["₹99", "₹149", "Rs. 10", "₹1,299", "Rs. 499", "₹2,999", "₹35", "Rs. 5"]),
        "lk": str(rng.randint(2, 95)), "cr": f"{rng.randint(1, 9)},{rng.randint(100, 999)}",
        "city": rng.choice(["Chennai", "Coimbatore", "Madurai", "Bengaluru", "Mysuru", "Kochi", "Thiruvananthapuram",
                            "Hyderabad", "Visakhapatnam", "Thrissur", "Tiruppur"]),
        "fy": rng.choice(["FY2021-22", "FY2022-23", "FY2023-24", "FY24", "FY2024-25", "2022-23"]),
        "dias": rng.choice(["Singapore", "Kuala Lumpur", "Dubai", "Leicester", "East Ham", "Toronto", "Edison, New Jersey"]),
    }  # fmt: skip


NARRATIVE_START = [
    "{N} opined that {C}.", "{N} found that {C}, especially in tier-2 cities like {city}.",
    "{N} concluded that {C}; the same is applicable to {B}.", "{N} have highlighted that {C}.",
    "{N} argues that {C}, which is very relevant in the Indian context.", "{N} observed that {C} among {A}.",
    "{N} points out that {C}.", "{N} states that {C}.", "{N} reported that {C} in South India.",
    "{N} explained that {C} and that {C2}.", "{N} is of the view that {C}.",
    "{N} studied {n} respondents in {city} and found that {C}.", "{N} suggested that {C}, as per their survey.",
    "{N} mentions that {C}.", "{N} emphasise that {C}.",
]  # fmt: skip
NARRATIVE_MID = [
    "In the Indian context, {N} found that {C}.", "{O}, {N} argue that {C}.", "As per {N}, {C}.",
    "This is in line with {N}, who found that {C}.", "{C}, as observed by {N}.", "According to {N}, {C}.",
    "{B} is a good example; {N} noted that {C}.", "A study conducted by {N} revealed that {C}.",
    "{C}, which is supported by {N}.", "In this regard, {N} mention that {C}.",
    "Similar findings were reported by {N} in {city}: {C}.", "For the diaspora in {dias}, {N} found that {C}.",
    "{C}; however, {N} found the opposite for {A}.", "Data published by {N} shows that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study shows that {C}.", "Using {N} framework, it is clear that {C}.", "{O}, {N} report highlights that {C}.",
    "{N} findings suggest that {C}.", "As per {N} model, {C}.", "{B} can adopt {N} approach, since {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "Studies show that {C} {P}.", "In South India, {C} {P}.", "For {A}, {C} {P}.",
    "It is observed that {C} {P}.", "{C}, particularly in {city} {P}.", "{B} is no exception as {C} {P}.",
    "{C} {P:see}.", "Many researchers agree that {C} {P:e.g.}.", "{C} (refer Figure {q}) {P}.",
    "This is important because {C} {P}.", "{C}. {P}", "In the Gulf and Singapore markets also, {C} {P}.",
    "{C}, which is why {B} spends heavily on {T} {P}.", "{C} {P:see also}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, but {C2}.", "{C} {P}; hence {C2}.", "While {C} {P}, {C2}.",
    "Since {C} {P}, {B} must ensure that {C2}.", "Some authors {P:e.g.} argue that {C}.",
    "{C} {P:see}, whereas {C2}.", "{O}, {C} {P}, so {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} in tier-2 and tier-3 towns trust {T} more than national advertising",
    "regional-language content improves {R} among {A}", "{B} depends on festive-season sales for a large share of revenue",
    "gold loan customers value speed of disbursement more than the interest rate",
    "UPI has changed how {A} pay at kirana stores", "{T} improved {R} by nearly {q}0% in one pilot",
    "cooperative dairy brands enjoy high trust among {A}", "WhatsApp is the most used channel for {A}",
    "{A} in the Gulf remain loyal to brands from their home state",
    "celebrity endorsements by film stars still drive {R} in South India",
    "price sensitivity is higher in rural markets than in metros", "{B} needs to {bs} to remain competitive",
    "customer experience at branches still matters for private banks", "quick commerce is eroding kirana footfall",
    "vernacular influencers deliver better {R} than English-language ones",
    "responsible tourism initiatives improve destination image", "Zoho-style bootstrapped SaaS firms spend little on paid media",
    "{A} expect EMI options on jewellery and electronics", "loyalty schemes increase {R} for jewellery retailers",
    "the DPDP Act has made consent-based marketing compulsory",
]  # fmt: skip
OPENERS = [
    "Furthermore", "In addition", "Moreover", "On the other hand", "For example", "In the Indian context",
    "For {B}", "In Tamil Nadu", "In Kerala", "Post-pandemic", "In this regard", "Hence", "Nevertheless",
    "Among NRIs in {dias}", "In the case of {B}", "Overall",
]  # fmt: skip
PLAIN = [
    "{B} has its headquarters in {city} and operates in {q} states.", "{O}, {C}.",
    "This report analyses the marketing environment of {B} and gives recommendations.",
    "The SWOT analysis of {B} is given in Appendix {q}.", "A PESTEL analysis is carried out in the next section.",
    "{B} sells through its own showrooms, its app, Amazon and Flipkart.",
    "The primary data was collected through a Google Forms survey of {n} respondents.",
    "The objectives are framed as per the SMART criteria.", "Kindly refer to the Gantt chart in Appendix {q}.",
    "{B}'s Instagram page has {n}k followers but engagement is low.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As stated by the author, {Q} {P}.", "This can be summed up as follows: {Q} {P}.",
    "{N} rightly says that {Q}.", "It has been argued that {Q} {P}, which {B} should note.",
    "In the words of one Indian marketing text, {Q} {P}.",
]  # fmt: skip
SCARE_QUOTES = ["‘jugaad’", "‘paisa vasool’", "‘vocal for local’", "‘kirana’", "‘value for money’", "'glocal'",
                "‘Bharat’", "‘D2C’", "'NRI'", "“premiumisation”", "‘Gulf money’", "‘swadeshi’", "'hyperlocal'",
                "‘phygital’"]  # fmt: skip
SCARE_FRAMES = [
    "{B} has positioned itself as {Q} {P}.", "So-called {Q} marketing is growing fast in India {P}.",
    "The idea of {Q} is often misused by brands {P}.", "Many {A} describe the offer as {Q} {P}.",
    "The term {Q} is used loosely by Indian marketers {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘{fest} offer: flat 20% off on all {M}’", "‘Your EMI is due – pay now via UPI’",
                 "“Akshaya Tritiya gold booking is open”", "‘Hi Priya, your cashback of {rs} is waiting’",
                 "'Last 2 days: {fest} mega sale'", "‘Gold loan at attractive rates – apply in 5 minutes’",
                 "“Vanakkam! Your order from {city} is on the way”"]  # fmt: skip
SUBJECT_FRAMES = [
    "An SMS with the text {Q} got the highest response {P}.", "{B} sent the push notification {Q} to app users {P}.",
    "Messages such as {Q} create urgency {P}.", "The WhatsApp broadcast {Q} was opened by most {A} {P}.",
]  # fmt: skip

# Text with brackets, years, rupees, codes and quoted words that is no citation and must raise no problem.
NOT_CITATIONS = {
    "festival-year": ["Sales of {B} peaked during Onam {Y} and the weeks before Deepavali.",
                      "The {fest} {Y} campaign was the biggest in the brand's history."],
    "festival-date": ["Footfall doubles in the week of Pongal (14–17 January).",
                      "Ugadi (the Telugu and Kannada new year, March/April) is a key buying occasion for gold."],
    "temple-festival": ["Thrissur Pooram (April–May) brings lakhs of visitors to the city.",
                        "Hotels in Madurai are fully booked for the Chithirai festival (April {Y})."],
    "diwali-sale": ["Online platforms run Diwali sales (Big Billion Days, October {Y}) that {B} cannot match on price.",
                    "{B} extended its Diwali offer (till 15 November) due to heavy demand."],
    "state-mission": ["{B} was incubated under the Kerala Startup Mission (2006) programme.",
                      "Kudumbashree (launched 1998) runs many women-led food units in Kerala."],
    "state-policy": ["Incentives under the Tamil Nadu Industrial Policy 2021 helped new plants near Hosur.",
                     "The Tamil Nadu Startup and Innovation Policy (2018–23) offers seed grants."],
    "karnataka-policy": ["Karnataka's Startup Policy 2022-27 targets 25,000 start-ups.",
                         "Under Karnataka's IT Policy (2020–25), tier-2 cities like Mysuru get extra support."],
    "gst-slab": ["Packaged curd moved into the 5% GST slab (July 2022).",
                 "Gold attracts GST of 3% (plus 5% on making charges) since 2017."],
    "gst-year": ["After GST (1 July 2017), {B} rationalised its distributor network.",
                 "The GST Council's 47th meeting (June 2022) changed rates on many food items."],
    "telugu-film": ["Baahubali (2015) and RRR (2022) made Telugu cinema a national brand.",
                    "Brands tied up with Pushpa: The Rise (2021) for in-film placements."],
    "tamil-film": ["Vikram (2022) and Jailer (2023) were both backed by heavy brand tie-ins.",
                   "The re-release of Ghilli (2004) in {Y} showed the power of nostalgia."],
    "malayalam-film": ["Manjummel Boys (2024) boosted tourism to Kodaikanal's Guna caves.",
                       "The Onam release of Premam (2015) is still remembered by {A}."],
    "ipl-team": ["{B} sponsored Chennai Super Kings (founded 2008) for three seasons.",
                 "Royal Challengers Bengaluru (RCB) and Sunrisers Hyderabad (SRH) have large fan bases on Instagram."],
    "ipl-season": ["Ad rates on JioCinema rose sharply during IPL {Y}.",
                   "The brand's spend was concentrated in the IPL window (March–May)."],
    "launch-price": ["{B} launched a sachet pack at {rs} (2019) to reach rural buyers.",
                     "The new variant is priced at {rs} (MRP, inclusive of all taxes)."],
    "lakh-crore": ["{B}'s turnover crossed ₹{cr} crore ({fy}).", "The campaign budget was Rs. {lk} lakh (approx.)."],
    "pin-code": ["The flagship store is on DB Road, Coimbatore (PIN 641002).",
                 "Deliveries are limited to Kochi pin codes (682001–682040) in phase one."],
    "std-code": ["Customers can call the branch on (0484) 2{n}{q}10.",
                 "Older print ads still show landline numbers with the STD code (044) for Chennai."],
    "tamil-words": ["The slogan ‘Namma ooru, namma brand’ (our town, our brand) did well in Madurai.",
                    "Aavin's pack carries the line 'Thooya paal' in Tamil."],
    "malayalam-words": ["Milma's tagline ‘Malayaliyude swantham’ (the Malayali's own) appeals to {A}.",
                        "The Onam ad closes with ‘Ellavarkkum Onashamsakal’ in Malayalam."],
    "kannada-words": ["Nandini's ‘Namma Nandini’ campaign (2023) built pride among Kannadigas.",
                      "Bengaluru stores use the greeting 'Namaskara' on all signage."],
    "telugu-words": ["The Hyderabad campaign used the Telugu phrase ‘Mana brand’ (our brand).",
                     "Sankranti ads in Andhra Pradesh opened with 'Sankranti subhakankshalu'."],
    "temple-founding": ["The Meenakshi Amman Temple (rebuilt in the 16th century) draws thousands daily.",
                        "Guruvayur temple (est. c. 16th century) is central to wedding-jewellery demand in Thrissur."],
    "firm-founding": ["Saravana Stores (started 1969) began as a small vessel shop in T. Nagar.",
                      "Aachi Masala (est. 1995) grew from a single-room unit in Chennai."],
    "textile-house": ["Pothys (founded 1923 in Srivilliputhur) is famous for Kanchipuram silk.",
                      "Nalli (since 1928) remains the reference point for silk sarees in Chennai."],
    "nse-ticker": ["Infosys (NSE: INFY) and Wipro (NSE: WIPRO) both trade on Indian and US exchanges.",
                   "Federal Bank's share price (NSE: FEDERALBNK) rose after the results."],
    "bse-code": ["Britannia (BSE: 500825) is part of the Nifty FMCG index.",
                 "Muthoot Finance is listed on BSE (533398) and NSE."],
    "award-year": ["{B} won the Effie India Gold (2022) for its regional campaign.",
                   "The campaign was shortlisted at Goafest ({Y}) in the digital category."],
    "census": ["Kerala has the highest literacy rate in India (Census 2011: 94%).",
               "Tamil Nadu is among the most urbanised states (48.4% urban as per the 2011 census)."],
    "nfhs-round": ["Internet use among women in Kerala is high (NFHS-5, 2019–21).",
                   "Mobile phone ownership rose between survey rounds (NFHS-4 to NFHS-5)."],
    "fiscal-year": ["Revenue grew by {q}{q}% in {fy} over the previous year.",
                    "Marketing spend for {fy} was approved by the board (Q{q} review)."],
    "year-sales": ["{B} is the market leader in Kerala (2023 sales).", "Sales doubled in {city} ({Y} sales: ₹{lk} crore)."],
    "diaspora-event": ["The Deepavali light-up on Serangoon Road (Singapore, October {Y}) is sponsored by Indian brands.",
                       "Leicester's Diwali lights on Belgrave Road (since 1983) attract 40,000 visitors."],
    "diaspora-place": ["Many NRI customers shop at Mustafa Centre (Little India, Singapore).",
                       "{B} opened its first store in Karama (Dubai) to serve the Malayali community."],
    "gulf-event": ["Jewellers offer gold coins during Dubai Shopping Festival (DSF {Y}).",
                   "Remittances peak before Onam and Eid (Aug–Sept)."],
    "gold-rate": ["The 22-carat gold rate touched ₹{n}0 per gram ({fest} {Y}).",
                  "Gold loans are given at up to 75% LTV (loan-to-value) as per norms."],
    "loan-rate": ["The gold loan scheme starts at 9.9% p.a. (processing fee extra).",
                  "Personal loans are offered at attractive rates (T&C apply)."],
    "vehicle-number": ["The delivery fleet is registered in Ernakulam (KL-07) and Chennai (TN-09).",
                       "Bike taxis in Bengaluru (KA-01 to KA-05) compete with autos."],
    "kyc-name": ["KYC forms still ask for the father's name (S/o or D/o) as in the Aadhaar card.",
                 "Account holders are written as 'Ramesh S/o Krishnappa' in branch records."],
    "door-address": ["The head office is at No. 14/2, Anna Salai, Chennai – 600 002.",
                     "The Kochi outlet (Door No. 39/2475, M.G. Road) opened recently."],
    "nirf-rank": ["IIM Bangalore and IIM Kozhikode (NIRF {Y}) are top-ranked B-schools.",
                  "Anna University (NIRF rank 13) supplies many of {B}'s trainees."],
    "monsoon": ["Demand for umbrellas and raincoats peaks in the southwest monsoon (June–September).",
                "Tourist arrivals in Munnar fall in the monsoon months (Jun–Aug)."],
    "flood-event": ["The Kerala floods (August 2018) disrupted supply for weeks.",
                    "Chennai's 2015 floods (December) changed how retailers plan stock."],
    "election": ["Ad spends were high before the Lok Sabha elections (April–June 2024).",
                 "The Tamil Nadu Assembly elections (2021) saw heavy use of WhatsApp."],
    "ambassador": ["Mohanlal (brand ambassador since 2013) fronts the {B} campaign in Kerala.",
                   "Nayanthara (Tamil/Telugu films) endorses several jewellery brands."],
    "tv-show": ["{B} sponsored Bigg Boss Tamil (Season 7, 2023).", "Ads during Super Singer (Vijay TV) reach family audiences."],
    "metro-launch": ["Footfall at Lulu Mall improved after Kochi Metro (opened June 2017) started.",
                     "Namma Metro (Purple Line, 2011) changed shopping patterns in Bengaluru."],
    "survey-n": ["Most respondents preferred UPI (n = {n}, {city}).", "The questionnaire used a five-point Likert scale (1–5)."],
    "app-version": ["The new {B} app (v{q}.{q}) added Tamil and Malayalam interfaces.",
                    "Customers complained about the old app (Android 2.{q}) in Play Store reviews."],
    "cross-reference": ["The competitor analysis is given in Table {q} (refer Appendix {q}).",
                        "Refer to Task 2 (b) for the budget in ₹ lakh."],
}  # fmt: skip
