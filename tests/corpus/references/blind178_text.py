"""The blind178 pool (HELD OUT): sentence frames, claims, brands and decoys of marketers in northern India and its
diaspora.

A hundred-and-seventy-eighth independent pool, written without reading the checker, its tests or any other pool:
CIM Level 6 and 7 reports and MBA assignments in English by candidates in Delhi/New Delhi, Gurugram, Noida,
Lucknow, Kanpur, Varanasi, Jaipur, Jodhpur, Chandigarh, Amritsar, Ludhiana, Patna, Dehradun and Srinagar, and in
London, Leicester, Birmingham, Toronto/Brampton, Vancouver/Surrey, New Jersey and Dubai, who work at banks and
fintechs, telecoms, FMCG and food makers, retailers and platforms, car and two-wheeler makers, airlines and travel
firms, media houses and agencies. Their prose carries rupees as ₹, Rs., Rs and INR with lakh and crore and Indian
digit grouping, Acts numbered "(No. 22 of 2023)", the ASCI Code, the CCPA, MeitY, TRAI, the RBI and the NSO, the
Census of India 2011, festivals and sales with their years, IPL seasons, Republic Day and Independence Day, Hindi,
Punjabi and Urdu words glossed in brackets, and Indian English turns of phrase ("as per", "kindly", "the same").
None of the decoys is a citation. HELD OUT: nobody tunes the checker on it until its first tables have been read.
"""

# ruff: noqa: E501  (frames read best one to a line)
from __future__ import annotations

import random

BRANDS = ["State Bank of India", "SBI", "Punjab National Bank", "HDFC Bank", "ICICI Bank", "Paytm", "PhonePe",
          "Google Pay", "BharatPe", "Policybazaar", "Jio", "Airtel", "Vi", "Haldiram's", "Bikaji", "Amul",
          "Mother Dairy", "Patanjali", "Dabur", "Parle", "Britannia", "Hindustan Unilever", "HUL", "ITC",
          "Reliance Retail", "DMart", "Flipkart", "Myntra", "Nykaa", "Zomato", "Blinkit", "Swiggy", "Meesho",
          "Zepto", "Maruti Suzuki", "Hero MotoCorp", "Tata Motors", "Mahindra", "IndiGo", "Air India", "MakeMyTrip",
          "OYO", "IRCTC", "Dainik Bhaskar", "Amar Ujala", "The Times of India", "Tanishq", "Lenskart"]  # fmt: skip

NARRATIVE_START = [
    "{N} has rightly pointed out that {C}.", "{N} argued that {C}.", "{N} found that {C}, at least in {CITY}.",
    "{N} opines that {C}.", "{N} is of the view that {C}.", "{N} observed that {C} during the {FEST} season.",
    "{N} concluded that {C}, which is relevant for {B}.", "{N} states that {C}.", "{N} explains that {C}.",
    "{N} highlighted that {C} in tier-2 and tier-3 cities.", "{N} surveyed shoppers in {CITY} and found that {C}.",
    "{N} emphasised that {C}; the same holds for {B}.", "{N} noted that {C}, especially among {A}.",
    "{N} suggest that {C}.", "{N} demonstrated that {C} even after demonetisation.",
    "{N} makes the point that {C}, and {B} is a good example of the same.",
]  # fmt: skip
NARRATIVE_MID = [
    "As per {N}, {C}.", "According to {N}, {C}.", "{O}, {N} found that {C}.", "In the Indian context, {N} found that {C}.",
    "This is in line with {N}, who observed that {C}.", "{C}, as {N} also observed.", "{C}, a point made by {N}.",
    "A study on {CITY} by {N} shows that {C}.", "{B} seems to have followed {N}: {C}.",
    "The diaspora picture is similar, and {N} found that {C} in {DIAS}.", "As rightly said by {N}, {C}.",
    "{C}; however, {N} found the opposite among {A}.", "Research conducted by {N} reveals that {C}.",
    "Going by {N}, {C}.", "For Bharat rather than India, {N} argues that {C}.",
    "Kindly note that {N} found that {C}.",
]  # fmt: skip
POSSESSIVE = [
    "{N} study clearly shows that {C}.", "{O}, {N} framework helps explain why {C}.",
    "Applying {N} model to {B}, it is clear that {C}.", "{N} findings from {CITY} suggest that {C}.",
    "{N} survey of {A} found that {C}.", "This echoes {N} argument that {C}.",
]  # fmt: skip
PARENTHETICAL_END = [
    "{C} {P}.", "{O}, {C} {P}.", "In India, {C} {P}.", "For {B}, {C} {P}.", "It is observed that {C} {P}.",
    "During {FEST}, {C} {P}.", "Studies from {CITY} show that {C} {P}.", "{C}, particularly in {STATE} {P}.",
    "{C} {P:see}.", "{C} {P:e.g.}.", "{C} {P:see also}.", "The same is true of the diaspora in {DIAS}: {C} {P}.",
    "Hence, {C} {P}.", "{C} (refer Exhibit {q}) {P}.", "{C}. {P}", "Thus it can be said that {C} {P}.",
    "{C}, as per industry estimates {P}.",
]  # fmt: skip
PARENTHETICAL_MID = [
    "{C} {P}, and {C2}.", "{C} {P}, whereas {C2}.", "{C} {P}; at the same time, {C2}.",
    "While {C} {P}, {C2}.", "Although {C} {P}, {C2}.", "{B} knows that {C} {P}, so {C2}.",
    "{C} {P:see}, but {C2}.", "Several Indian studies {P} confirm that {C}.", "{O}, {C} {P}, hence {C2}.",
]  # fmt: skip
CLAIMS = [
    "{A} in {STATE} trust cash-on-delivery more than prepaid orders",
    "UPI has made small-ticket payments almost free for kirana owners",
    "vernacular ads in Hindi and Punjabi outperform English creatives in smaller towns",
    "festive-season sales account for a large share of annual revenue for {B}",
    "Hinglish copy feels more authentic to {A} than formal Hindi",
    "cashback offers build trial but not loyalty",
    "campaigns built on {T} work better in {CITY} when they are tied to a local festival",
    "regional celebrities are cheaper than Bollywood stars and often more credible",
    "{A} compare prices on Flipkart and Amazon before walking into a store",
    "trust in Ayurvedic claims depends heavily on the brand's heritage",
    "WhatsApp is the first customer-service channel for most small businesses",
    "the diaspora buys nostalgia as much as it buys the product",
    "quick-commerce apps have changed how urban households stock up on groceries",
    "price remains the deciding factor for most {A}",
    "sachet packs keep FMCG brands within reach of rural buyers",
    "{B} gains more from {T} than from print advertising",
    "consent flows designed for the DPDP Act will lengthen sign-up journeys",
    "IPL sponsorship lifts brand recall but rarely lifts {R} on its own",
    "second-generation customers in {DIAS} respond to bilingual campaigns",
    "dark patterns such as false urgency erode {R}",
    "the same campaign cannot work unchanged in Lucknow and in Leicester",
    "{A} expect a brand's Instagram and its store staff to say the same thing",
]  # fmt: skip
OPENERS = ["Further", "Moreover", "In the Indian market", "For {B}", "Post-pandemic", "In northern India",
           "In the case of {B}", "Having said that", "On the other hand", "Similarly", "In the diaspora market",
           "As a result", "With respect to {B}", "Overall", "Nowadays", "In today's scenario"]  # fmt: skip
PLAIN = [
    "{B} was founded in {CITY} and now sells in over {q}0 countries.",
    "The following section analyses {B}'s marketing mix as per the 7Ps.",
    "{B} has {q}{q} lakh followers on Instagram but engagement remains low.",
    "The proposed budget is ₹{q}{q} lakh for the first two quarters.",
    "{B} sells through its own app, through Flipkart and Amazon, and through general trade.",
    "A PESTLE analysis of {B} is given in Appendix {q}.",
    "{O}, {C}.", "The recommendations are phased over FY{FY}.",
    "The target audience is urban and semi-urban families in the Hindi belt.",
    "Kindly refer to the Gantt chart for the timeline of the same.",
    "{B} has recently opened a store in {DIAS}.",
    "Task 2 builds on this by proposing a digital plan for {FEST}.",
]  # fmt: skip
QUOTE_FRAMES = [
    "{Q} {P}.", "As one Indian textbook puts it, {Q} {P}.", "{N} writes that {Q}.", "{O}, {Q} {P}.",
    "The point is made plainly: {Q} {P}.", "In the words of {N}, {Q}.", "{Q} {P}, and {B} would do well to note the same.",
]  # fmt: skip
SCARE_QUOTES = ["‘jugaad’", "‘Bharat’", "‘vocal for local’", "‘paisa vasool’", "‘desi’", "'value for money'",
                "“premiumisation”", "‘Make in India’", "‘sasta aur tikau’ [cheap and durable]", "'shrinkflation'",
                "“phygital”", "‘Digital India’"]  # fmt: skip
SCARE_FRAMES = [
    "Indian marketers often speak of {Q} {P}.", "{B} calls its approach {Q} {P}.",
    "The idea of {Q} appeals to {A} {P}.", "{N} describes this as {Q}.", "So-called {Q} marketing is now mainstream {P}.",
]  # fmt: skip
SUBJECT_LINES = ["‘Diwali dhamaka: flat 40% off only today!’", "“Your cart misses you 🪔 – free delivery till midnight”",
                 "'Happy Lohri! Extra ₹{n} off on your next order'", "‘Rakhi gifts delivered in 10 minutes’",
                 "“Eid Mubarak – a special offer for you”", "'Sale ends tonight: Big Billion Days'",
                 "‘Aapka order raste mein hai [Your order is on its way]’"]  # fmt: skip
SUBJECT_FRAMES = [
    "The push notification {Q} had the highest open rate {P}.", "{B} sent {Q} to lapsed users {P}.",
    "A subject line like {Q} creates urgency {P}.", "{N} reports that {Q} doubled click-throughs.",
    "Messages such as {Q} performed well on WhatsApp {P}.",
]  # fmt: skip

NOT_CITATIONS = {
    "indian-act-with-number": [
        "The Digital Personal Data Protection Act, 2023 (No. 22 of 2023) requires notice before consent.",
        "Under the Consumer Protection Act, 2019 (No. 35 of 2019), misleading advertisements attract penalties.",
        "The Information Technology Act, 2000 (No. 21 of 2000) still governs most online contracts.",
    ],
    "rules-with-year": [
        "{B} updated its seller pages after the Consumer Protection (E-Commerce) Rules, 2020 came into force.",
        "The Legal Metrology (Packaged Commodities) Rules, 2011 require the MRP on every pack.",
        "Influencers must label paid posts under the IT Rules (2021) and the CCPA guidelines.",
    ],
    "asci-code": [
        "Every ad must comply with the ASCI Code (Chapter I, {RY} edition).",
        "The influencer guidelines of the ASCI (May 2021) ask for a clear #ad label.",
    ],
    "regulator-circular": [
        "The RBI's circular (RBI/2023-24/{n}) tightened rules on digital lending.",
        "TRAI's order (No. {n}/{RY}) limited promotional SMS to registered headers.",
        "The CCPA's notice (F. No. J-25/{q}/{RY}-CCPA) was sent to {q} platforms.",
    ],
    "rupee-crore": [
        "{B}'s marketing spend rose to ₹{n} crore (FY{FY}).", "The campaign cost Rs. {n} lakh ({RY} budget).",
        "Revenue crossed INR {CRORE} crore in {RY}.",
    ],
    "indian-grouping": [
        "The average order value was ₹{n} (up from ₹{q}{q}0 in {RY}).", "A bundle is priced at Rs {LAKHS} (ex-showroom, Delhi).",
        "The scheme reached {LAKHS} customers ({STATE} only).",
    ],
    "financial-year": [
        "Sales grew {q}{q}% in FY{FY} (April to March).", "The plan covers Q{q} FY{FY} to Q4 FY{FY}.",
        "Ad spend was frozen for the year (2023-24).",
    ],
    "festival-year": [
        "Sales peaked during Diwali ({RY}) as expected.", "{B}'s Holi campaign ({RY}) used water-safe colours.",
        "Demand for sweets doubles around Raksha Bandhan (August {RY}).", "The Karva Chauth ({RY}) advert was widely shared.",
    ],
    "punjabi-festival": [
        "{B} ran bonfire-themed offers for Lohri (13 January {RY}).", "The Baisakhi ({RY}) mela in {DIAS} drew families from across the region.",
        "Vaisakhi (14 April) marks the harvest and the Khalsa's founding.",
    ],
    "gurpurab": [
        "Langar kits were donated on Gurpurab ({RY}) by the brand's Amritsar team.",
        "Guru Nanak Jayanti (Gurpurab, November {RY}) is a key date for brands in Punjab.",
    ],
    "eid-and-chhath": [
        "Stores in Patna stocked extra for Chhath (November {RY}).", "Sevaiyan sales jump before Eid ul-Fitr ({RY}).",
        "{B} greeted customers on Eid al-Adha ({RY}) in Urdu and English.",
    ],
    "kumbh-mela": [
        "Telecom operators set up extra towers for the Kumbh Mela (Prayagraj, 2019).",
        "The Maha Kumbh (January–February 2025) drew crores of pilgrims.",
    ],
    "ipl-season": [
        "{B} was the title sponsor of the IPL ({RY} season).", "Ad rates peaked during the IPL final (IPL {RY}).",
        "The brand's spot in IPL 2024 (Match {q}) was its costliest buy.",
    ],
    "sale-event": [
        "Flipkart's Big Billion Days ({RY}) set a new order record.", "Amazon's Great Indian Festival (October {RY}) began a day earlier for Prime members.",
        "Myntra's End of Reason Sale (EORS {q}{q}) ran for five days.",
    ],
    "national-day": [
        "The brand launched its freedom sale on Independence Day (15 August {RY}).",
        "{B} released a patriotic film on Republic Day (26 January {RY}).",
        "Sales of tricolour merchandise peak near 15 August (Har Ghar Tiranga, 2022).",
    ],
    "census-and-survey": [
        "Uttar Pradesh is the most populous state (Census of India 2011).",
        "Household spending data (HCES 2022-23) show rural spending rising.",
        "Literacy in Bihar remains below the national average (Census 2011).",
    ],
    "hindi-gloss": [
        "The brand's tagline uses the word ‘apnapan’ (belonging) to great effect.",
        "The campaign played on ‘bachat’ (savings) during the sale.",
        "Shoppers look for ‘shuddh’ (pure) ghee and ‘desi’ (local) ingredients.",
    ],
    "devanagari-slogan": [
        "Its Hindi slogan, ‘हर घर कुछ कहता है’ (Every home says something), ran for years.",
        "The print ad read ‘अब बचत होगी’ [Now you will save] in large type.",
    ],
    "gurmukhi-or-urdu": [
        "Hoardings in Ludhiana carried the line ‘ਸਾਡਾ ਪੰਜਾਬ’ (Our Punjab).",
        "In Srinagar the brand used Urdu copy (‘خوش آمدید’, welcome) on its shop signs.",
    ],
    "honorific-person": [
        "The founder (Shri {SHRI}) still signs every dealer letter.", "Smt. {SMT} (Chairperson, {Y}–{Y2}) led the rebrand.",
        "Sardar {SARDAR} (founder, 1965) opened the first outlet in Amritsar.",
    ],
    "executive-title": [
        "{B}'s CMO ({BOSS}) announced the campaign on LinkedIn.", "The MD & CEO, {BOSS} (since {RY}), set a digital-first target.",
        "According to the brand manager ({BOSS}, interview, {d} March {RY}), repeat purchase improved.",
    ],
    "founder-dates": [
        "Haldiram's began as a small shop in Bikaner (1937).", "{B} (est. {RY}) now operates across {q}0 cities.",
        "Amul (founded 1946) remains a cooperative.",
    ],
    "company-legal-number": [
        "The company is registered as {B} Pvt. Ltd. (CIN U{n}DL{RY}PTC{n}).", "Its GSTIN (07AAACB{n}Q1Z{q}) appears on every invoice.",
        "The family business is held as a HUF (PAN AAAH{n}K) for tax purposes.",
    ],
    "trust-and-llp": [
        "The CSR projects are run through a trust (registered {RY}, Lucknow).", "The agency is a partnership firm (LLP No. AAB-{n}).",
    ],
    "stock-code": [
        "Zomato's shares traded on the NSE (ZOMATO) and BSE (543320) before the rename.", "The IPO (November {RY}) was subscribed {q}{q} times.",
        "The stock closed at ₹{n} (NSE, {d} June {RY}).",
    ],
    "product-model": [
        "The Splendor+ (2024 model) remains India's best-selling motorcycle.", "Maruti's Swift (fourth generation, 2024) was launched in May.",
        "The Nexon EV (Max LR) offers a range of 465 km.", "Tata's Punch (2021) made the micro-SUV segment popular.",
    ],
    "pack-size-price": [
        "The Parle-G pack (₹5, 45 g) got smaller rather than pricier.", "Sachets (1 ml, ₹1) drive trial in rural markets.",
        "The family pack (1 kg, MRP ₹{n}) sells best in {CITY}.",
    ],
    "pin-and-address": [
        "The flagship store is in Connaught Place (New Delhi 110001).", "Orders ship from the Noida warehouse (Sector {q}3, PIN 201301).",
        "The Lucknow office is on Hazratganj (PIN 226001).",
    ],
    "phone-and-helpline": [
        "Customers can call the toll-free helpline (1800-{n}-{n}) or the National Consumer Helpline (1915).",
        "Complaints go to the grievance officer (+91 98{n} {n}{q}0).",
    ],
    "upi-and-codes": [
        "Payment is by UPI (merchant VPA: {B_SLUG}@ybl).", "The offer needs the coupon code (DIWALI{q}0) at checkout.",
        "The IFSC (SBIN000{n}) is printed on every cheque.",
    ],
    "trai-dlt-and-sms": [
        "Promotional SMS need a registered header (DLT ID 1101{n}) under TRAI rules.",
        "The SMS came from the sender ID (AD-{B_CODE}) at 9 p.m.",
    ],
    "handle-and-hashtag": [
        "The hashtag #{TAG}WithUs trended in {CITY} ({d} October {RY}).", "The brand replies from its X handle (@{B_SLUG}Cares).",
        "Amul's topical ads (@Amul_Coop) comment on the news every week.",
    ],
    "website-in-brackets": [
        "The rules are on the government portal (indiacode.nic.in).", "Complaints can be filed online (consumerhelpline.gov.in).",
        "Details are on the brand's site (www.{B_SLUG}.in).",
    ],
    "award-year": [
        "The campaign won a Gold Lion (Cannes Lions, {RY}).", "{B} was named Brand of the Year (ET Brand Equity, {RY}).",
        "The film took a Grand Prix at Goafest ({RY}).",
    ],
    "campaign-year": [
        "Cadbury's ‘Not just a Cadbury ad’ campaign (2021) used AI to feature local shops.",
        "{B}'s ‘{FEST} ki khushiyan’ campaign ({RY}) ran on regional TV.",
        "The ‘Har ghar Tiranga’ drive (August 2022) was widely adopted by brands.",
    ],
    "tv-and-ratings": [
        "The ad was aired during the India–Pakistan match (BARC week {q}{q}, {RY}).",
        "The serial's ratings rose in the Hindi-speaking market (HSM, week {q}).",
        "Aaj Tak led the news genre (BARC, {RY}).",
    ],
    "bollywood-film": [
        "The product placement in the film Dangal (2016) was subtle.",
        "{B} sponsored the music launch of a Punjabi film (Carry On Jatta 3, 2023).",
        "The song from Lagaan (2001) was reused in the ad.",
    ],
    "celebrity-not-author": [
        "The brand ambassador (Virat Kohli, since {RY}) features in every ad.", "{B} signed Diljit Dosanjh (contract, {RY}) for its Punjab launch.",
        "Amitabh Bachchan (born 1942) still fronts many campaigns.",
    ],
    "place-with-year": [
        "The first store opened in Hazratganj, Lucknow ({RY}).", "Expansion into Jodhpur (Rajasthan, {RY}) doubled the dealer network.",
        "The Leicester branch (Belgrave Road, {RY}) serves the Gujarati and Punjabi communities.",
    ],
    "diaspora-place": [
        "Many customers live in Brampton (Peel Region, Ontario).", "The Surrey store (British Columbia, Canada) opened in {RY}.",
        "Sales to Edison (New Jersey, USA) are handled by a distributor.", "The Dubai outlet (Karama, {RY}) targets expatriate families.",
    ],
    "indian-date": [
        "The sale began on 02/10/{RY} (Gandhi Jayanti).", "The notification is dated 11.08.2023 (Gazette of India).",
        "Entries close on 31-03-{RY} (end of the financial year).",
    ],
    "hindu-calendar": [
        "Gold sales peak on Dhanteras (Kartik, {RY}).", "The Vikram Samvat new year (Samvat 2081) begins after Diwali.",
        "Weddings cluster in the auspicious season (Dev Uthani Ekadashi onwards).",
    ],
    "state-and-district": [
        "The pilot ran in two districts (Varanasi and Gorakhpur, UP).", "Rural reach in Bihar (38 districts) is still limited.",
        "The ad was shot in the Kashmir valley (Gulmarg, J&K).",
    ],
    "figures-and-sample": [
        "Most respondents were aged 18–25 (n = {n}).", "The survey covered {q}{q} cities (Table {q}).",
        "Awareness was highest in Delhi NCR ({q}{q}%, Figure {q}).",
    ],
    "percent-and-rank": [
        "{B} has a {q}{q}% market share (rank {q}, {RY}).", "The app ranks first in its category (Play Store, {d} May {RY}).",
    ],
    "course-and-exam": [
        "This assignment is submitted for the CIM Level 7 module (Marketing and Digital Strategy, {RY}).",
        "The case was discussed in class (MBA Batch {Y}–{Y2}, Section B).",
    ],
    "university-not-author": [
        "The author is an alumnus of SRCC (Delhi University, {RY}).", "Interviews were held at IIM Lucknow (Noida campus).",
        "The survey was approved by the ethics committee (Panjab University, {RY}).",
    ],
    "interviewee": [
        "A dealer in Kanpur (Mr. {SHRI}, personal interview, {d} June {RY}) confirmed the same.",
        "One respondent (Respondent {q}, female, 34, Jaipur) preferred cash on delivery.",
    ],
    "gst-and-tax": [
        "Snacks attract GST (12%) while milk is exempt.", "The price includes GST (HSN 2106, 18%).",
        "The cut in GST rates (September 2025) lowered car prices.",
    ],
    "unit-and-distance": [
        "The new plant in Sonipat produces {n} tonnes (per day).", "Delivery is promised in ten minutes (within 2 km of the dark store).",
        "The Dehradun route (250 km) is served by overnight trucks.",
    ],
    "exchange-and-currency": [
        "Remittances from the UK rose (£1 = ₹{n}, {RY}).", "Prices in Dubai are shown in dirhams (AED {n}).",
        "The Canadian pack costs CAD {q}.99 (about ₹{n}).",
    ],
    "covid-and-lockdown": [
        "Demand collapsed in the first lockdown (25 March 2020).", "Online grocery took off during the second wave (April–May 2021).",
    ],
    "demonetisation-and-upi": [
        "Digital payments surged after demonetisation (8 November 2016).", "UPI (launched 2016) now handles most retail payments.",
    ],
    "train-and-flight": [
        "The Vande Bharat Express (Delhi–Varanasi, 2019) cut travel time sharply.", "IndiGo's flight (6E {n}) links Amritsar and Dubai.",
    ],
    "section-cross-reference": [
        "This is discussed in Section {q}.{q} (Task 2).", "See Appendix {q} (Table A{q}) for the full budget.",
        "The competitor map (Exhibit {q}) is given below.",
    ],
}  # fmt: skip


def values(rng: random.Random) -> dict[str, str]:
    """The fill values only this pool's frames use, drawn from the builder's random source."""
    brand = rng.choice(["haldirams", "bikaji", "amul", "dabur", "paytm", "policybazaar", "meesho", "zepto"])
    return {
        "CITY": rng.choice(["Lucknow", "Kanpur", "Varanasi", "Jaipur", "Jodhpur", "Chandigarh", "Amritsar", "Ludhiana",
                            "Patna", "Dehradun", "Srinagar", "Gurugram", "Noida", "New Delhi"]),
        "STATE": rng.choice(["Uttar Pradesh", "Punjab", "Bihar", "Rajasthan", "Haryana", "Uttarakhand", "Jammu and Kashmir", "Delhi NCR"]),
        "DIAS": rng.choice(["Leicester", "Southall", "Birmingham", "Brampton", "Surrey, BC", "New Jersey", "Dubai", "Wolverhampton"]),
        "FEST": rng.choice(["Diwali", "Holi", "Lohri", "Baisakhi", "Eid", "Karva Chauth", "Raksha Bandhan", "Chhath", "Dhanteras", "Navratri"]),
        "FY": rng.choice(["24", "25", "2023-24", "2024-25", "26"]),
        "BOSS": rng.choice(["Rajiv Mehrotra", "Sunita Agarwal", "Harjeet Singh Bedi", "Farah Siddiqui", "Vivek Srivastava",
                            "Gurpreet Kaur", "Anil K. Tiwari", "Omar Rizvi"]),
        "SHRI": rng.choice(["Ram Niwas Agarwal", "Devendra Kumar Gupta", "Om Prakash Mathur", "Vinod Tiwari"]),
        "SMT": rng.choice(["Kusum Lata Jain", "Neelam Srivastava", "Rekha Devi", "Anjali Bhatnagar"]),
        "SARDAR": rng.choice(["Harbhajan Singh", "Gurcharan Singh Sethi", "Kartar Singh Bedi", "Jaswant Singh Gill"]),
        "RY": str(rng.randint(2015, 2024)),
        "LAKHS": rng.choice(["1,25,000", "2,40,000", "12,50,000", "3,75,500", "85,000", "4,99,999"]),
        "CRORE": rng.choice(["1,240", "3,450", "12,600", "870", "2,15,000"]),
        "TAG": rng.choice(["Diwali", "Holi", "Lohri", "Vaisakhi", "Eid", "Rakhi", "Chhath"]),
        "B_SLUG": brand, "B_CODE": brand[:6].upper(),
    }  # fmt: skip
